"""Tables as peewee models. The schema itself is created by migrations, never by `create_table`.

Every record has an integer id (internal, for joins and full-text rowids), a UUID that stays
the same across export and import, created/updated instants in UTC, and a `deleted_at` instant
that puts it in the trash instead of erasing it.

Long because every table of the journal is here, so that the whole schema reads in one place.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from coachapp.storage.database import db


class UtcDateTimeField(Field):
    """An aware UTC instant stored as fixed-width ISO 8601 text, so text order is time order."""

    field_type = "TEXT"

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"expected an aware datetime, got {value!r}")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def python_value(self, value: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


class BaseModel(Model):
    id = AutoField()
    uuid = CharField(unique=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        database = db
        legacy_table_names = False


class Person(BaseModel):
    name = TextField()
    role = TextField(default="")
    kind = TextField(default="agent")
    team = TextField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)
    arrived_on = TextField(null=True)  # YYYY-MM-DD they joined the team, when known
    # Accent- and case-folded copies (see coachapp.storage.text) for search and duplicate checks.
    name_key = TextField(default="")
    search_text = TextField(default="")


class Entry(BaseModel):
    occurred_at = UtcDateTimeField()
    day = TextField()  # local calendar day, YYYY-MM-DD
    kind = TextField(default="note")
    title = TextField(default="")
    body = TextField(default="")
    mood = IntegerField(null=True)
    energy = IntegerField(null=True)
    private = BooleanField(default=False)
    tags = TextField(default="")  # the tag names, one per line, for the index and the list


class Tag(Model):
    id = AutoField()
    name = TextField()
    key = TextField(unique=True)  # folded name: "Réunion" and "reunion" are one tag

    class Meta:
        database = db
        legacy_table_names = False


class EntryTag(Model):
    entry = ForeignKeyField(Entry, on_delete="CASCADE", column_name="entry_id")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", column_name="tag_id")

    class Meta:
        database = db
        table_name = "entry_tag"
        primary_key = CompositeKey("entry", "tag")


class EntryPillar(Model):
    entry = ForeignKeyField(Entry, on_delete="CASCADE", column_name="entry_id")
    pillar = TextField()

    class Meta:
        database = db
        table_name = "entry_pillar"
        primary_key = CompositeKey("entry", "pillar")


class Link(Model):
    """An entry points at any record (a person, later a ritual, a delegation...) by UUID."""

    entry = ForeignKeyField(Entry, on_delete="CASCADE", column_name="entry_id")
    target_kind = TextField()
    target_uuid = TextField()

    class Meta:
        database = db
        table_name = "link"
        primary_key = CompositeKey("entry", "target_kind", "target_uuid")


class Ritual(BaseModel):
    title = TextField()
    method_key = TextField(default="")
    purpose = TextField(default="")
    starts_at = TextField()  # local wall-clock time, ISO "YYYY-MM-DDTHH:MM:SS"
    timezone = TextField()  # IANA zone name
    duration_minutes = IntegerField()
    place = TextField(default="")
    rrule = TextField(default="")
    agenda = TextField(default="")


class RitualOccurrence(Model):
    """An occurrence something happened to (held, cancelled, notes); others are computed."""

    id = AutoField()
    uuid = CharField(unique=True)
    ritual = ForeignKeyField(Ritual, on_delete="CASCADE", column_name="ritual_id")
    starts_at = TextField()  # the local start the recurrence gave it
    status = TextField(default="planned")
    outcomes = TextField(default="")
    decisions = TextField(default="")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "ritual_occurrence"


class RitualParticipant(Model):
    """Invited to the series (no occurrence) or present at one occurrence."""

    id = AutoField()
    ritual = ForeignKeyField(Ritual, on_delete="CASCADE", column_name="ritual_id")
    occurrence = ForeignKeyField(
        RitualOccurrence, null=True, on_delete="CASCADE", column_name="occurrence_id"
    )
    person_uuid = TextField(null=True)
    stakeholder = TextField()
    count = IntegerField(default=1)

    class Meta:
        database = db
        table_name = "ritual_participant"


class RitualAction(Model):
    id = AutoField()
    uuid = CharField(unique=True)
    ritual = ForeignKeyField(Ritual, on_delete="CASCADE", column_name="ritual_id")
    occurrence = ForeignKeyField(
        RitualOccurrence, null=True, on_delete="SET NULL", column_name="occurrence_id"
    )
    text = TextField()
    owner_uuid = TextField(null=True)
    due = TextField(null=True)  # YYYY-MM-DD
    done = BooleanField(default=False)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "ritual_action"


class UserMethod(BaseModel):
    key = TextField(unique=True)
    data = TextField()  # the method as a library file holds it (JSON)

    class Meta:
        table_name = "user_method"


class Delegation(BaseModel):
    area = TextField()
    area_kind = TextField(default="decision")
    person_uuid = TextField(null=True)
    team = TextField(default="")
    level = IntegerField()
    target_level = IntegerField()
    started_on = TextField()  # YYYY-MM-DD
    cadence_days = IntegerField(null=True)  # None: the cadence suggested for the level
    next_checkin = TextField(null=True)  # YYYY-MM-DD
    status = TextField(default="active")
    notes = TextField(default="")


class DelegationCheckin(Model):
    id = AutoField()
    uuid = CharField(unique=True)
    delegation = ForeignKeyField(Delegation, on_delete="CASCADE", column_name="delegation_id")
    day = TextField()
    level = IntegerField()
    went = TextField()
    note = TextField(default="")
    entry_uuid = TextField(null=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "delegation_checkin"


class DelegationLevel(Model):
    """One step of a delegation's level history (the first has no `from_level`)."""

    id = AutoField()
    delegation = ForeignKeyField(Delegation, on_delete="CASCADE", column_name="delegation_id")
    changed_at = UtcDateTimeField()
    day = TextField()
    from_level = IntegerField(null=True)
    to_level = IntegerField()
    reason = TextField(default="")
    source = TextField(default="form")

    class Meta:
        database = db
        table_name = "delegation_level"


class PokerRound(Model):
    id = AutoField()
    uuid = CharField(unique=True)
    played_on = TextField()
    case_text = TextField()
    delegation = ForeignKeyField(
        Delegation, null=True, on_delete="SET NULL", column_name="delegation_id"
    )
    delegation_id: int | None
    agreed_level = IntegerField(null=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "poker_round"


class PokerCard(Model):
    id = AutoField()
    round = ForeignKeyField(PokerRound, on_delete="CASCADE", column_name="round_id")
    round_id: int
    participant = TextField()
    person_uuid = TextField(null=True)
    level = IntegerField()

    class Meta:
        database = db
        table_name = "poker_card"


class Skill(BaseModel):
    person_uuid = TextField()
    name = TextField()
    kind = TextField()
    level = IntegerField()
    target_level = IntegerField()
    due_on = TextField(null=True)
    notes = TextField(default="")


class SkillAction(Model):
    id = AutoField()
    uuid = CharField(unique=True)
    skill = ForeignKeyField(Skill, on_delete="CASCADE", column_name="skill_id")
    skill_id: int  # peewee's accessor for the column, declared for type checkers
    position = IntegerField(default=0)
    kind = TextField()
    description = TextField()
    provider = TextField(default="internal")
    provider_name = TextField(default="")
    due_on = TextField(null=True)
    status = TextField(default="planned")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "skill_action"


class Experiment(BaseModel):
    title = TextField()
    owner_uuid = TextField(null=True)  # None: the manager
    ritual_uuid = TextField(null=True)  # the ritual it came from
    previous = ForeignKeyField(
        "self", null=True, on_delete="SET NULL", column_name="previous_id", backref="next"
    )
    previous_id: int | None
    believe = TextField()
    verify = TextField(default="")
    measure = TextField(default="")
    right_if = TextField(default="")
    criticality = IntegerField(default=2)
    cost = IntegerField(default=1)
    reliability = IntegerField(default=2)
    starts_on = TextField(null=True)
    review_on = TextField(null=True)
    risk = TextField(default="low")
    safe_scope = TextField(default="")
    safe_duration = TextField(default="")
    safe_reversibility = TextField(default="")
    status = TextField(default="idea")
    position = IntegerField(default=0)
    observed = TextField(default="")
    learned = TextField(default="")
    next_step = TextField(null=True)
    outcome = TextField(null=True)
    confidence = IntegerField(null=True)
    concluded_on = TextField(null=True)
    abandoned_reason = TextField(default="")


class ExperimentPerson(Model):
    experiment = ForeignKeyField(Experiment, on_delete="CASCADE", column_name="experiment_id")
    experiment_id: int
    person_uuid = TextField()

    class Meta:
        database = db
        table_name = "experiment_person"
        primary_key = CompositeKey("experiment", "person_uuid")


class ExperimentMove(Model):
    """One step of an experiment's lifecycle (the first has no `from_status`)."""

    id = AutoField()
    experiment = ForeignKeyField(Experiment, on_delete="CASCADE", column_name="experiment_id")
    changed_at = UtcDateTimeField()
    from_status = TextField(null=True)
    to_status = TextField()
    note = TextField(default="")

    class Meta:
        database = db
        table_name = "experiment_move"


class PromptState(Model):
    """What the manager did with one prompt (a rule about one subject)."""

    rule_id = TextField()
    subject = TextField()
    state = TextField()  # shown, acted, snoozed, dismissed
    fingerprint = TextField(default="")
    until = TextField(null=True)  # YYYY-MM-DD, snoozed until then
    shown_on = TextField(null=True)  # YYYY-MM-DD, the last day it was shown
    ignored = IntegerField(default=0)  # days it was shown and left alone
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "prompt_state"
        primary_key = CompositeKey("rule_id", "subject")


class PromptRuleOff(Model):
    """A kind of prompt the manager asked never to see again."""

    rule_id = TextField(primary_key=True)
    since = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "prompt_rule_off"


class SelfRating(Model):
    """One dimension of one month's self-assessment."""

    month = TextField()  # YYYY-MM
    dimension = TextField()
    rating = IntegerField()
    note = TextField(default="")
    updated_at = UtcDateTimeField()

    class Meta:
        database = db
        table_name = "self_rating"
        primary_key = CompositeKey("month", "dimension")


class CoachComment(Model):
    """A coach's comment from a feedback file, on one record or (no record) overall."""

    uuid = TextField(unique=True)
    feedback_uuid = TextField()
    export_id = TextField()
    author = TextField(default="")
    item_kind = TextField(default="")  # entry, ritual, delegation, experiment, skill, person
    item_uuid = TextField(null=True)
    item_title = TextField(default="")
    text = TextField()
    written_at = UtcDateTimeField()  # when the coach last changed it
    received_at = UtcDateTimeField()
    seen_at = UtcDateTimeField(null=True)

    class Meta:
        database = db
        table_name = "coach_comment"


class ShareRecord(Model):
    """One export written, one coach feedback file brought in, or one person erased."""

    id = AutoField()
    uuid = TextField(unique=True)
    at = UtcDateTimeField()
    action = TextField()  # export, feedback, erasure (the alias in file_name, never the name)
    form = TextField(default="")  # json, html, md, pdf
    file_name = TextField(default="")
    first_day = TextField(null=True)
    last_day = TextField(null=True)
    sections = TextField(default="")  # comma-separated
    include_private = BooleanField(default=False)
    pseudonymised = BooleanField(default=False)
    items = IntegerField(default=0)  # entries exported, or comments brought in
    export_id = TextField(default="")

    class Meta:
        database = db
        table_name = "share_record"


class ExportKey(Model):
    """The key of one pseudonymised export: which name each alias stands for. It never leaves
    the journal."""

    id = AutoField()
    export_id = TextField(unique=True)
    created_at = UtcDateTimeField()
    aliases = TextField()  # JSON {alias: name}

    class Meta:
        database = db
        table_name = "export_key"
