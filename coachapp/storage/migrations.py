"""The schema's history: ordered steps from an empty file to the current version.

The version lives in `PRAGMA user_version`; each step runs in its own transaction together with
the version bump, so a failure leaves the previous version intact. Steps are written in SQL (and
plain Python for data), never with the live models, so an old step keeps its meaning when the
models change. Before upgrading an existing journal the caller's backup function runs.

Long because it is the schema's whole history: a step, once released, is never rewritten.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from coachapp.folding import fold
from coachapp.storage.database import analyze, has_statistics
from coachapp.storage.errors import NewerSchemaError, NotAJournalError
from coachapp.storage.sqlite_file import APPLICATION_ID, LATEST_VERSION

log = logging.getLogger("coachapp.storage.migrations")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[SqliteDatabase], None]


def _v1_people(database: SqliteDatabase) -> None:
    database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    database.execute_sql(
        """
        CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'agent',
            team TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        )
        """
    )
    database.execute_sql("CREATE INDEX person_deleted_at ON person (deleted_at)")


def _v2_people_search_keys(database: SqliteDatabase) -> None:
    """Accent-insensitive search and duplicate detection need folded copies of the text."""
    database.execute_sql("ALTER TABLE person ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    database.execute_sql("ALTER TABLE person ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = database.execute_sql("SELECT id, name, role, team, notes FROM person").fetchall()
    database.cursor().executemany(
        "UPDATE person SET name_key = ?, search_text = ? WHERE id = ?",
        [
            (fold(name), fold(" ".join((name, role, team, notes))), row_id)
            for row_id, name, role, team, notes in rows
        ],
    )
    database.execute_sql("CREATE INDEX person_name_key ON person (name_key)")


def _v3_journal(database: SqliteDatabase) -> None:
    """Journal entries, their tags, pillars and links, and a full-text index.

    `day` is the local calendar day the manager gave the entry (what the calendar and the date
    filters use); `occurred_at` is the instant, in UTC. The index folds accents ("reunion"
    finds "réunion") and follows the entry table through triggers; the update trigger fires
    only when indexed text changes, so mood or link edits cost nothing there.
    """
    statements = [
        """
        CREATE TABLE entry (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            occurred_at TEXT NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'note',
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            mood INTEGER CHECK (mood BETWEEN 1 AND 5),
            energy INTEGER CHECK (energy BETWEEN 1 AND 5),
            private INTEGER NOT NULL DEFAULT 0,
            tags TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX entry_list ON entry (occurred_at DESC, id DESC) WHERE deleted_at IS NULL",
        "CREATE INDEX entry_day ON entry (day) WHERE deleted_at IS NULL",
        "CREATE INDEX entry_deleted ON entry (deleted_at) WHERE deleted_at IS NOT NULL",
        "CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE)",
        """
        CREATE TABLE entry_tag (
            entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (entry_id, tag_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX entry_tag_tag ON entry_tag (tag_id, entry_id)",
        """
        CREATE TABLE entry_pillar (
            entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
            pillar TEXT NOT NULL,
            PRIMARY KEY (entry_id, pillar)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX entry_pillar_pillar ON entry_pillar (pillar, entry_id)",
        """
        CREATE TABLE link (
            entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
            target_kind TEXT NOT NULL,
            target_uuid TEXT NOT NULL,
            PRIMARY KEY (entry_id, target_kind, target_uuid)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX link_target ON link (target_kind, target_uuid, entry_id)",
        """
        CREATE VIRTUAL TABLE entry_fts USING fts5 (
            title, body, tags,
            content = 'entry', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
            INSERT INTO entry_fts (rowid, title, body, tags)
            VALUES (new.id, new.title, new.body, new.tags);
        END
        """,
        """
        CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
            INSERT INTO entry_fts (entry_fts, rowid, title, body, tags)
            VALUES ('delete', old.id, old.title, old.body, old.tags);
        END
        """,
        """
        CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, body, tags ON entry BEGIN
            INSERT INTO entry_fts (entry_fts, rowid, title, body, tags)
            VALUES ('delete', old.id, old.title, old.body, old.tags);
            INSERT INTO entry_fts (rowid, title, body, tags)
            VALUES (new.id, new.title, new.body, new.tags);
        END
        """,
    ]
    for statement in statements:
        database.execute_sql(statement)


def _v4_rituals(database: SqliteDatabase) -> None:
    """Co-construction rituals: a series (one date or a recurrence rule), its occurrences once
    something happened to them, who takes part, and the follow-up actions; the manager's own
    methods.

    Times are local wall-clock times with their IANA zone, so a weekly 10:00 meeting stays at
    10:00 across daylight-saving changes.
    """
    statements = [
        """
        CREATE TABLE ritual (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            method_key TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL,
            timezone TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            place TEXT NOT NULL DEFAULT '',
            rrule TEXT NOT NULL DEFAULT '',
            agenda TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX ritual_deleted ON ritual (deleted_at)",
        """
        CREATE TABLE ritual_occurrence (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            ritual_id INTEGER NOT NULL REFERENCES ritual (id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'held', 'cancelled')),
            outcomes TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (ritual_id, starts_at)
        )
        """,
        """
        CREATE TABLE ritual_participant (
            id INTEGER PRIMARY KEY,
            ritual_id INTEGER NOT NULL REFERENCES ritual (id) ON DELETE CASCADE,
            occurrence_id INTEGER REFERENCES ritual_occurrence (id) ON DELETE CASCADE,
            person_uuid TEXT,
            stakeholder TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0)
        )
        """,
        "CREATE INDEX ritual_participant_ritual ON ritual_participant (ritual_id, occurrence_id)",
        "CREATE INDEX ritual_participant_person ON ritual_participant (person_uuid)",
        """
        CREATE TABLE ritual_action (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            ritual_id INTEGER NOT NULL REFERENCES ritual (id) ON DELETE CASCADE,
            occurrence_id INTEGER REFERENCES ritual_occurrence (id) ON DELETE SET NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            owner_uuid TEXT,
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX ritual_action_open ON ritual_action (done, due)",
        """
        CREATE TABLE user_method (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL UNIQUE,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """,
    ]
    for statement in statements:
        database.execute_sql(statement)


def _v5_growth(database: SqliteDatabase) -> None:
    """Growing agents: delegations on the seven levels with their check-ins and level history,
    delegation-poker rounds, and skill plans.

    Days are local calendar days (YYYY-MM-DD). People are referred to by UUID, like rituals do;
    a person erased for good takes their delegations and skills along (triggers), while a person
    in the trash keeps them, so restoring brings everything back.
    """
    statements = [
        """
        CREATE TABLE delegation (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            area TEXT NOT NULL CHECK (length(trim(area)) > 0),
            area_kind TEXT NOT NULL DEFAULT 'decision' CHECK (area_kind IN ('decision', 'task')),
            person_uuid TEXT,
            team TEXT NOT NULL DEFAULT '',
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
            target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 7),
            started_on TEXT NOT NULL,
            cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
            next_checkin TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'completed', 'withdrawn')),
            notes TEXT NOT NULL DEFAULT '',
            CHECK ((person_uuid IS NULL) <> (team = ''))
        )
        """,
        "CREATE INDEX delegation_person ON delegation (person_uuid)",
        "CREATE INDEX delegation_due ON delegation (status, next_checkin)",
        """
        CREATE TABLE delegation_checkin (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            delegation_id INTEGER NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
            went TEXT NOT NULL CHECK (went IN ('well', 'mixed', 'difficult')),
            note TEXT NOT NULL DEFAULT '',
            entry_uuid TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX delegation_checkin_delegation ON delegation_checkin (delegation_id, day)",
        """
        CREATE TABLE delegation_level (
            id INTEGER PRIMARY KEY,
            delegation_id INTEGER NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            day TEXT NOT NULL,
            from_level INTEGER CHECK (from_level IS NULL OR from_level BETWEEN 1 AND 7),
            to_level INTEGER NOT NULL CHECK (to_level BETWEEN 1 AND 7),
            reason TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'form'
        )
        """,
        "CREATE INDEX delegation_level_delegation ON delegation_level (delegation_id, changed_at)",
        """
        CREATE TABLE poker_round (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            played_on TEXT NOT NULL,
            case_text TEXT NOT NULL CHECK (length(trim(case_text)) > 0),
            delegation_id INTEGER REFERENCES delegation (id) ON DELETE SET NULL,
            agreed_level INTEGER CHECK (agreed_level IS NULL OR agreed_level BETWEEN 1 AND 7),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE poker_card (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES poker_round (id) ON DELETE CASCADE,
            participant TEXT NOT NULL CHECK (length(trim(participant)) > 0),
            person_uuid TEXT,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7)
        )
        """,
        """
        CREATE TABLE skill (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            person_uuid TEXT NOT NULL,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('know_how', 'interpersonal')),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
            target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 4),
            due_on TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX skill_person ON skill (person_uuid)",
        """
        CREATE TABLE skill_action (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL
                CHECK (kind IN ('training', 'pairing', 'immersion', 'one_to_one')),
            description TEXT NOT NULL CHECK (length(trim(description)) > 0),
            provider TEXT NOT NULL DEFAULT 'internal'
                CHECK (provider IN ('internal', 'cnfpt', 'other')),
            provider_name TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'in_progress', 'done')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TRIGGER person_erased_takes_growth AFTER DELETE ON person BEGIN
            DELETE FROM delegation WHERE person_uuid = OLD.uuid;
            DELETE FROM skill WHERE person_uuid = OLD.uuid;
        END
        """,
    ]
    for statement in statements:
        database.execute_sql(statement)


def _v6_experiments(database: SqliteDatabase) -> None:
    """Experiments: the test card, what makes them safe to fail, their lifecycle (with each
    move kept), the learning card when concluded, and the chain from one to the next.

    The owner and the people involved are referred to by UUID; erasing a person for good
    leaves the experiment without them (triggers), nothing else. Also: erasing a delegation,
    skill or experiment for good removes journal links to it, and an erased person's name
    leaves the delegation-poker cards.
    """
    statements = [
        """
        CREATE TABLE experiment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            owner_uuid TEXT,
            ritual_uuid TEXT,
            previous_id INTEGER REFERENCES experiment (id) ON DELETE SET NULL,
            believe TEXT NOT NULL CHECK (length(trim(believe)) > 0),
            verify TEXT NOT NULL DEFAULT '',
            measure TEXT NOT NULL DEFAULT '',
            right_if TEXT NOT NULL DEFAULT '',
            criticality INTEGER NOT NULL DEFAULT 2 CHECK (criticality BETWEEN 1 AND 3),
            cost INTEGER NOT NULL DEFAULT 1 CHECK (cost BETWEEN 1 AND 3),
            reliability INTEGER NOT NULL DEFAULT 2 CHECK (reliability BETWEEN 1 AND 3),
            starts_on TEXT,
            review_on TEXT,
            risk TEXT NOT NULL DEFAULT 'low' CHECK (risk IN ('low', 'medium', 'high')),
            safe_scope TEXT NOT NULL DEFAULT '',
            safe_duration TEXT NOT NULL DEFAULT '',
            safe_reversibility TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'idea'
                CHECK (status IN ('idea', 'planned', 'running', 'concluded', 'abandoned')),
            position INTEGER NOT NULL DEFAULT 0,
            observed TEXT NOT NULL DEFAULT '',
            learned TEXT NOT NULL DEFAULT '',
            next_step TEXT CHECK (next_step IS NULL
                OR next_step IN ('scale', 'adapt', 'stop', 'retest')),
            outcome TEXT CHECK (outcome IS NULL
                OR outcome IN ('validated', 'invalidated', 'inconclusive')),
            confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 5),
            concluded_on TEXT,
            abandoned_reason TEXT NOT NULL DEFAULT '',
            CHECK (review_on IS NULL OR starts_on IS NULL OR review_on >= starts_on),
            CHECK (status <> 'concluded' OR (outcome IS NOT NULL AND next_step IS NOT NULL
                AND length(trim(learned)) > 0))
        )
        """,
        "CREATE INDEX experiment_status ON experiment (status, position)",
        "CREATE INDEX experiment_owner ON experiment (owner_uuid)",
        "CREATE INDEX experiment_previous ON experiment (previous_id)",
        """
        CREATE TABLE experiment_person (
            experiment_id INTEGER NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
            person_uuid TEXT NOT NULL,
            PRIMARY KEY (experiment_id, person_uuid)
        )
        """,
        "CREATE INDEX experiment_person_person ON experiment_person (person_uuid)",
        """
        CREATE TABLE experiment_move (
            id INTEGER PRIMARY KEY,
            experiment_id INTEGER NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX experiment_move_experiment ON experiment_move (experiment_id, changed_at)",
        """
        CREATE TRIGGER person_erased_leaves_experiments AFTER DELETE ON person BEGIN
            UPDATE experiment SET owner_uuid = NULL WHERE owner_uuid = OLD.uuid;
            DELETE FROM experiment_person WHERE person_uuid = OLD.uuid;
            UPDATE poker_card SET person_uuid = NULL, participant = '-'
                WHERE person_uuid = OLD.uuid;
        END
        """,
        # Erasing a record for good takes the journal's links to it along, whichever way it
        # goes (from the trash, or with the person it belonged to).
        """
        CREATE TRIGGER delegation_erased_unlinks AFTER DELETE ON delegation BEGIN
            DELETE FROM link WHERE target_kind = 'delegation' AND target_uuid = OLD.uuid;
        END
        """,
        """
        CREATE TRIGGER skill_erased_unlinks AFTER DELETE ON skill BEGIN
            DELETE FROM link WHERE target_kind = 'skill' AND target_uuid = OLD.uuid;
        END
        """,
        """
        CREATE TRIGGER experiment_erased_unlinks AFTER DELETE ON experiment BEGIN
            DELETE FROM link WHERE target_kind = 'experiment' AND target_uuid = OLD.uuid;
        END
        """,  # Links version 5 left behind when a person's delegations went with them.
        """
        DELETE FROM link
        WHERE (target_kind = 'delegation' AND target_uuid NOT IN (SELECT uuid FROM delegation))
           OR (target_kind = 'skill' AND target_uuid NOT IN (SELECT uuid FROM skill))
        """,
    ]
    for statement in statements:
        database.execute_sql(statement)


def _v7_prompts(database: SqliteDatabase) -> None:
    """What the manager did with each prompt (acted on, snoozed until a day, dismissed, or only
    shown), keyed by rule and subject, with the fingerprint of the facts it was about; and the
    kinds of prompt they asked never to see again."""
    statements = [
        """
        CREATE TABLE prompt_state (
            rule_id TEXT NOT NULL,
            subject TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('shown', 'acted', 'snoozed', 'dismissed')),
            fingerprint TEXT NOT NULL DEFAULT '',
            until TEXT,
            shown_on TEXT,
            ignored INTEGER NOT NULL DEFAULT 0 CHECK (ignored >= 0),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (rule_id, subject),
            CHECK (state <> 'snoozed' OR until IS NOT NULL)
        ) WITHOUT ROWID
        """,
        # The prompt engine reads entries by kind and day (benchmarks/prompts.py).
        "CREATE INDEX entry_kind_day ON entry (deleted_at, kind, day)",
        """
        CREATE TABLE prompt_rule_off (
            rule_id TEXT PRIMARY KEY,
            since TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    ]
    for statement in statements:
        database.execute_sql(statement)


def _v8_self_assessment(database: SqliteDatabase) -> None:
    """The monthly self-assessment: one rating (1-5) per dimension and month, with an optional
    note of evidence."""
    database.execute_sql(
        """
        CREATE TABLE self_rating (
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
            dimension TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (month, dimension)
        ) WITHOUT ROWID
        """
    )


def _v9_coach_feedback(database: SqliteDatabase) -> None:
    """A coach's comments brought in from feedback files: on one record (kind + UUID), or the
    overall note (no record). `seen_at` stays empty until the manager has seen it."""
    database.execute_sql(
        """
        CREATE TABLE coach_comment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            feedback_uuid TEXT NOT NULL,
            export_id TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            item_kind TEXT NOT NULL DEFAULT '',
            item_uuid TEXT,
            item_title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL CHECK (length(text) > 0),
            written_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            seen_at TEXT
        )
        """
    )
    database.execute_sql("CREATE INDEX coach_comment_item ON coach_comment (item_uuid)")
    database.execute_sql("CREATE INDEX coach_comment_unseen ON coach_comment (seen_at)")


def _v10_sharing_record(database: SqliteDatabase) -> None:
    """What left the workstation or came back in: each export and each coach feedback brought
    in, with what it held (period, parts, names replaced or not) and the file's name."""
    database.execute_sql(
        """
        CREATE TABLE share_record (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('export', 'feedback')),
            form TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            first_day TEXT,
            last_day TEXT,
            sections TEXT NOT NULL DEFAULT '',
            include_private INTEGER NOT NULL DEFAULT 0,
            pseudonymised INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0,
            export_id TEXT NOT NULL DEFAULT ''
        )
        """
    )
    database.execute_sql("CREATE INDEX share_record_at ON share_record (at)")


def _v11_erasure_record(database: SqliteDatabase) -> None:
    """The sharing record keeps each person erased too: the day and the alias their name
    became, never the name. SQLite cannot widen a CHECK constraint, so the table is rebuilt."""
    columns = (
        "id, uuid, at, action, form, file_name, first_day, last_day, sections, "
        "include_private, pseudonymised, items, export_id"
    )
    statements = [
        """
        CREATE TABLE share_record_new (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('export', 'feedback', 'erasure')),
            form TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            first_day TEXT,
            last_day TEXT,
            sections TEXT NOT NULL DEFAULT '',
            include_private INTEGER NOT NULL DEFAULT 0,
            pseudonymised INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0,
            export_id TEXT NOT NULL DEFAULT ''
        )
        """,
        f"INSERT INTO share_record_new ({columns}) SELECT {columns} FROM share_record",
        "DROP TABLE share_record",
        "ALTER TABLE share_record_new RENAME TO share_record",
        "CREATE INDEX share_record_at ON share_record (at)",
    ]
    for statement in statements:
        database.execute_sql(statement)


def _v12_entry_dates_index(database: SqliteDatabase) -> None:
    """When each entry happened, by id, in a compact index: a search sorts its matches by date
    from it instead of reading every matching entry (common words match thousands, and in a
    protected journal each page read is a page decrypted)."""
    database.execute_sql(
        "CREATE INDEX entry_when ON entry (id, occurred_at) WHERE deleted_at IS NULL"
    )


def _v13_export_keys(database: SqliteDatabase) -> None:
    """The key of each pseudonymised export (alias to name) lives in the journal, encrypted with
    it when it is protected, instead of a plain file beside it that names people."""
    database.execute_sql(
        """
        CREATE TABLE export_key (
            id INTEGER PRIMARY KEY,
            export_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            aliases TEXT NOT NULL
        )
        """
    )


def _v14_arrival_day(database: SqliteDatabase) -> None:
    """The day a person joined the team or took up their post, when the manager knows it: the
    "first weeks" prompts go by it, not by the day the person was typed into the journal.
    Nobody has one yet, so nobody is taken for a newcomer."""
    database.execute_sql(
        "ALTER TABLE person ADD COLUMN arrived_on TEXT CHECK (arrived_on IS NULL "
        "OR arrived_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"
    )


def _v15_journal_identity(database: SqliteDatabase) -> None:
    """The journal's own id, written in every export: a coach's portfolio files successive
    exports of one journal under one coachee, and an import tells the manager's own journal
    from another one. A copy of the file keeps it; a new journal draws its own."""
    database.execute_sql(
        "CREATE TABLE journal_identity (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "journal_id TEXT NOT NULL CHECK (length(journal_id) = 36))"
    )
    database.execute_sql(
        "INSERT INTO journal_identity (id, journal_id) VALUES (1, ?)", (str(uuid.uuid4()),)
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "people", _v1_people),
    Migration(2, "people search keys", _v2_people_search_keys),
    Migration(3, "journal", _v3_journal),
    Migration(4, "rituals", _v4_rituals),
    Migration(5, "delegations and skills", _v5_growth),
    Migration(6, "experiments", _v6_experiments),
    Migration(7, "prompts", _v7_prompts),
    Migration(8, "self-assessment", _v8_self_assessment),
    Migration(9, "coach feedback", _v9_coach_feedback),
    Migration(10, "sharing record", _v10_sharing_record),
    Migration(11, "erasures in the sharing record", _v11_erasure_record),
    Migration(12, "entry dates index", _v12_entry_dates_index),
    Migration(13, "export keys", _v13_export_keys),
    Migration(14, "arrival day", _v14_arrival_day),
    Migration(15, "journal identity", _v15_journal_identity),
)
if MIGRATIONS[-1].version != LATEST_VERSION:  # the constant read before peewee is loaded
    raise RuntimeError(f"LATEST_VERSION is {LATEST_VERSION}: make it {MIGRATIONS[-1].version}")


def schema_version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def _application_id(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA application_id").fetchone()[0])


def check_compatible(database: SqliteDatabase, path: Path) -> int:
    """The journal's schema version, or an error if the file is foreign or too new."""
    try:
        version = schema_version(database)
        app_id = _application_id(database)
        tables = database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except DatabaseError as exc:
        raise NotAJournalError(path) from exc
    if version == 0 and app_id == 0 and tables == 0:
        return 0  # a new, empty file
    if app_id != APPLICATION_ID:
        raise NotAJournalError(path)
    if version > LATEST_VERSION:
        raise NewerSchemaError(path, version, LATEST_VERSION)
    return version


def migrate(
    database: SqliteDatabase,
    path: Path,
    backup: Callable[[int], object] | None = None,
    target: int = LATEST_VERSION,
) -> list[int]:
    """Bring the journal to `target`, returning the versions applied.

    `backup(current_version)` runs first when an existing journal is about to change.
    """
    current = check_compatible(database, path)
    if current > 0 and not has_statistics(database):
        analyze(database)  # a journal from before they were kept: its first open takes them
    pending = [m for m in MIGRATIONS if current < m.version <= target]
    if not pending:
        return []
    if current > 0 and backup is not None:
        backup(current)
    for step in pending:
        log.info("Migrating schema to version %d (%s)", step.version, step.name)
        with database.atomic():
            step.apply(database)
            database.execute_sql(f"PRAGMA user_version = {step.version}")
    return [step.version for step in pending]
