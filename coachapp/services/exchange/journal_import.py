"""Taking a journal export back in: on a new workstation, or to merge two journals.

The whole file is read and checked before anything is written; then every record is merged
by UUID in one transaction: a record not here is added, a newer one (by `updated_at`) replaces
ours with everything it holds, an identical or older one is left alone (an older one that
differs is listed, ours being kept). Importing the same file twice changes nothing. An
export brought into a journal that holds nothing yet moves that journal here: the journal
takes its id too, so its later exports still read as the same journal's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import Model

from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.exchange.journal_json import checked, newer_file, read_json
from coachapp.services.common.pillars import Pillar
from coachapp.services.exchange.journal_export import FORMAT, SCHEMA_VERSION
from coachapp.services.journal.journal import EntryDraft, EntryKind, EntryRecord, JournalService
from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.storage.database import db
from coachapp.storage.identity import adopt_journal_id
from coachapp.storage.models import (
    CoachComment,
    Delegation,
    DelegationCheckin,
    DelegationLevel,
    Entry,
    Experiment,
    ExperimentMove,
    ExperimentPerson,
    Person,
    PokerCard,
    PokerRound,
    PromptRuleOff,
    PromptState,
    Ritual,
    RitualAction,
    RitualOccurrence,
    RitualParticipant,
    SelfRating,
    Skill,
    SkillAction,
    UserMethod,
    UtcDateTimeField,
)
from coachapp.storage.sqlite_file import LATEST_VERSION

PERSON = "person"
MAX_BYTES = 512 * 1024 * 1024


@dataclass
class ImportReport:
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (area, uuid): ours was newer


def read_export(path: Path) -> dict[str, Any]:
    """The export in `path`, checked whole. Anything else, a PDF, web page or Markdown export
    among them (not JSON: it does not open with `{`), is refused saying which file to ask for."""
    try:
        with path.open("rb") as file:
            start = file.read(64).lstrip()
    except OSError:
        start = b"{"  # read_json says why it cannot be read
    if not start.startswith(b"{"):
        raise _not_an_export(str(path))
    return check_export(read_json(path, MAX_BYTES), str(path))


def _not_an_export(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{path} is not a CoachApp journal export, so it cannot be reviewed. A coach reviews "
            "the CoachApp file (.json) that the manager makes with File > Export…; PDF, web page "
            "and Markdown exports are for reading only. Ask the manager to send the .json file.",
        ),
        path=name,
    )


def check_export(document: object, name: str) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _not_an_export(name)
    journal_schema = document.get("journal_schema")
    if isinstance(journal_schema, int) and journal_schema > LATEST_VERSION:
        raise newer_file(name)
    return checked(document, name, SCHEMA_VERSION, "journal.schema.json")


def _holds_records() -> bool:
    return any(model.select().exists() for model in (Person, Entry, Ritual, Delegation, Skill,
                                                     Experiment))  # fmt: skip


def _instant(text: str | None) -> datetime | None:
    return _when(text) if text else None


def _when(text: str) -> datetime:
    """A required instant (the schema made sure it is one)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _values(
    model: type[Model], row: dict[str, Any], *, skip: tuple[str, ...] = ()
) -> dict[str, Any]:
    """`row`'s columns for `model`, instants as the aware datetimes its fields want."""
    fields = {f.column_name: f for f in model._meta.fields.values()}
    values: dict[str, Any] = {}
    for name, value in row.items():
        if name in skip or name not in fields or isinstance(value, list | dict):
            continue
        field_ = fields[name]
        values[field_.name] = _instant(value) if isinstance(field_, UtcDateTimeField) else value
    return values


def _arrival(text: str | None) -> date | None:
    """A person's arrival day; exports from before it existed have none. The schema checks
    its shape only: a day that does not exist stops the import before it is committed."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "A person's arrival date is not a real day: {day}."),
            day=text,
        ) from None


class JournalImport:
    def __init__(self, people: PeopleService, entries: JournalService) -> None:
        self._people = people
        self._entries = entries

    def run(self, document: dict[str, Any]) -> ImportReport:
        """Merge a checked export (see `read_export`) into this journal, all or nothing."""
        report = ImportReport()
        with db.atomic():
            moving = bool(document.get("journal_id")) and not _holds_records()
            for row in document.get("people", []):
                self._merge(report, "people", Person, row, self._put_person)
            self._merge_entries(report, document.get("entries", []))
            for row in document.get("rituals", []):
                self._merge(report, "rituals", Ritual, row, self._put_ritual)
            for row in document.get("delegations", []):
                self._merge(report, "delegations", Delegation, row, self._put_delegation)
            for row in document.get("poker_rounds", []):
                self._merge(report, "poker_rounds", PokerRound, row, self._put_poker)
            for row in document.get("skills", []):
                self._merge(report, "skills", Skill, row, self._put_skill)
            written = [
                row
                for row in document.get("experiments", [])
                if self._merge(report, "experiments", Experiment, row, self._put_experiment)
            ]
            self._chain(written)
            for row in document.get("methods", []):
                self._merge(report, "methods", UserMethod, row, self._put_method)
            self._merge_keyed(report, document)
            if moving:  # the journal moved here from another workstation: it stays itself
                adopt_journal_id(document["journal_id"])
        return report

    # Merging

    def _merge(
        self, report: ImportReport, area: str, model: type[Model], row: dict[str, Any], put: Any
    ) -> bool:
        """Add or replace the record where the export's is new or newer; whether it was."""
        found = model.get_or_none(model.uuid == row["uuid"])  # type: ignore[attr-defined]
        theirs = _instant(row["updated_at"])
        if found is None:
            put(row, None)
            report.added[area] += 1
            return True
        ours = getattr(found, "updated_at", None)
        if theirs is not None and ours is not None and theirs > ours:
            put(row, found)
            report.updated[area] += 1
            return True
        if theirs == ours:
            report.unchanged[area] += 1
        else:
            report.kept.append((area, row["uuid"]))
        return False

    def _merge_entries(self, report: ImportReport, rows: list[dict[str, Any]]) -> None:
        """Entries are most of a journal: new ones go in by batches, the rest one by one."""
        ours = dict(Entry.select(Entry.uuid, Entry.updated_at).tuples().iterator())
        new = []
        for row in rows:
            stamp = ours.get(row["uuid"])
            theirs = _when(row["updated_at"])
            if stamp is None:
                new.append(self._entry(row))
            elif theirs > stamp:
                self._entries.put(self._entry(row))
                report.updated["entries"] += 1
            elif theirs == stamp:
                report.unchanged["entries"] += 1
            else:
                report.kept.append(("entries", row["uuid"]))
        if new:
            self._entries.put_new(new)
            report.added["entries"] += len(new)

    def _merge_keyed(self, report: ImportReport, document: dict[str, Any]) -> None:
        """Self-ratings, prompt states and coach comments: keyed, newer wins."""
        keyed: tuple[tuple[str, type[Model], tuple[str, ...], str], ...] = (
            ("self_ratings", SelfRating, ("month", "dimension"), "updated_at"),
            ("prompt_states", PromptState, ("rule_id", "subject"), "updated_at"),
            ("prompt_rules_off", PromptRuleOff, ("rule_id",), "since"),
            ("coach_comments", CoachComment, ("uuid",), "written_at"),
        )
        for area, model, keys, stamp in keyed:
            for row in document.get(area, []):
                where = [getattr(model, k) == row[k] for k in keys]
                found = model.get_or_none(*where)
                theirs = _instant(row[stamp])
                if found is None:
                    model.insert(**_values(model, row)).execute()
                    report.added[area] += 1
                elif theirs is not None and theirs > getattr(found, stamp):
                    model.update(**_values(model, row)).where(*where).execute()
                    report.updated[area] += 1
                elif theirs == getattr(found, stamp):
                    report.unchanged[area] += 1
                else:
                    report.kept.append((area, "/".join(str(row[k]) for k in keys)))

    # Writing one record (with all it holds)

    def _put_person(self, row: dict[str, Any], _found: Model | None) -> None:
        self._people.put(
            PersonRecord(
                uuid=row["uuid"],
                name=row["name"],
                role=row["role"],
                kind=PersonKind(row["kind"]),
                team=row["team"],
                notes=row["notes"],
                active=bool(row["active"]),
                created_at=_when(row["created_at"]),
                updated_at=_when(row["updated_at"]),
                deleted_at=_instant(row["deleted_at"]),
                arrived_on=_arrival(row.get("arrived_on")),
            )
        )

    @staticmethod
    def _entry(row: dict[str, Any]) -> EntryRecord:
        links = [(link["kind"], link["uuid"]) for link in row["links"]]
        occurred = _when(row["occurred_at"])
        return EntryRecord(
            uuid=row["uuid"],
            draft=EntryDraft(
                occurred_at=occurred,
                title=row["title"],
                body=row["body"],
                kind=EntryKind(row["kind"]),
                mood=row["mood"],
                energy=row["energy"],
                private=bool(row["private"]),
                tags=tuple(row["tags"]),
                pillars=frozenset(Pillar(p) for p in row["pillars"]),
                people=tuple(target for kind, target in links if kind == PERSON),
                links=frozenset((kind, target) for kind, target in links if kind != PERSON),
            ),
            created_at=_when(row["created_at"]),
            updated_at=_when(row["updated_at"]),
            deleted_at=_instant(row["deleted_at"]),
        )

    @staticmethod
    def _root(
        model: type[Model], row: dict[str, Any], found: Model | None, skip: tuple[str, ...] = ()
    ) -> int:
        """Insert or replace the record's own row; its id."""
        values = _values(model, row, skip=skip)
        if found is None:
            return int(model.insert(**values).execute())
        model.update(**values).where(model.id == found.id).execute()  # type: ignore[attr-defined]
        return int(found.id)  # type: ignore[attr-defined]

    def _put_ritual(self, row: dict[str, Any], found: Model | None) -> None:
        ritual_id = self._root(Ritual, row, found)
        RitualAction.delete().where(RitualAction.ritual == ritual_id).execute()
        RitualParticipant.delete().where(RitualParticipant.ritual == ritual_id).execute()
        RitualOccurrence.delete().where(RitualOccurrence.ritual == ritual_id).execute()
        for person in row["participants"]:
            RitualParticipant.insert(
                ritual=ritual_id, **_values(RitualParticipant, person)
            ).execute()
        occurrence_ids = {}
        for occurrence in row["occurrences"]:
            occurrence_id = RitualOccurrence.insert(
                ritual=ritual_id, **_values(RitualOccurrence, occurrence)
            ).execute()
            occurrence_ids[occurrence["uuid"]] = occurrence_id
            for person in occurrence["participants"]:
                RitualParticipant.insert(
                    ritual=ritual_id, occurrence=occurrence_id, **_values(RitualParticipant, person)
                ).execute()
        for action in row["actions"]:
            RitualAction.insert(
                ritual=ritual_id,
                occurrence=occurrence_ids.get(action["occurrence"]),
                **_values(RitualAction, action),
            ).execute()

    def _put_delegation(self, row: dict[str, Any], found: Model | None) -> None:
        delegation_id = self._root(Delegation, row, found)
        DelegationLevel.delete().where(DelegationLevel.delegation == delegation_id).execute()
        DelegationCheckin.delete().where(DelegationCheckin.delegation == delegation_id).execute()
        for level in row["levels"]:
            DelegationLevel.insert(
                delegation=delegation_id, **_values(DelegationLevel, level)
            ).execute()
        for checkin in row["checkins"]:
            DelegationCheckin.insert(
                delegation=delegation_id, **_values(DelegationCheckin, checkin)
            ).execute()

    def _put_poker(self, row: dict[str, Any], found: Model | None) -> None:
        delegation = (
            Delegation.get_or_none(Delegation.uuid == row["delegation"])
            if row["delegation"]
            else None
        )
        values = _values(PokerRound, row) | {"delegation": delegation.id if delegation else None}
        if found is None:
            round_id = PokerRound.insert(**values).execute()
        else:
            round_id = found.id  # type: ignore[attr-defined]
            PokerRound.update(**values).where(PokerRound.id == round_id).execute()
        PokerCard.delete().where(PokerCard.round == round_id).execute()
        for card in row["cards"]:
            PokerCard.insert(round=round_id, **_values(PokerCard, card)).execute()

    def _put_skill(self, row: dict[str, Any], found: Model | None) -> None:
        skill_id = self._root(Skill, row, found)
        SkillAction.delete().where(SkillAction.skill == skill_id).execute()
        for action in row["actions"]:
            SkillAction.insert(skill=skill_id, **_values(SkillAction, action)).execute()

    def _put_experiment(self, row: dict[str, Any], found: Model | None) -> None:
        experiment_id = self._root(Experiment, row, found, skip=("previous",))
        ExperimentPerson.delete().where(ExperimentPerson.experiment == experiment_id).execute()
        ExperimentMove.delete().where(ExperimentMove.experiment == experiment_id).execute()
        for person in row["people"]:
            ExperimentPerson.insert(experiment=experiment_id, person_uuid=person).execute()
        for move in row["moves"]:
            ExperimentMove.insert(
                experiment=experiment_id, **_values(ExperimentMove, move)
            ).execute()

    @staticmethod
    def _chain(experiments: list[dict[str, Any]]) -> None:
        """Link each experiment to the one it follows, once they are all in."""
        for row in experiments:
            if row["previous"]:
                previous = Experiment.get_or_none(Experiment.uuid == row["previous"])
                Experiment.update(previous=previous.id if previous else None).where(
                    Experiment.uuid == row["uuid"]
                ).execute()

    def _put_method(self, row: dict[str, Any], found: Model | None) -> None:
        self._root(UserMethod, row, found)
