"""Opening a journal: the database, its migrations and the services over it, in one object.

The GUI and every headless command go through `open_journal`, so they all get the same checks
(foreign file, newer version, backup before migrating) and the same services.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import DatabaseError, SqliteDatabase

from coachapp.clock import Clock
from coachapp.config import Paths, Settings
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.resources import resource_path
from coachapp.services.exchange.export_keys import ExportKeys
from coachapp.services.protection.backup import BackupService, restore_journal
from coachapp.storage.backups import inspect_journal_file
from coachapp.storage.database import close_database, open_database
from coachapp.storage.errors import CorruptDatabaseError, NotAJournalError, classify
from coachapp.storage.identity import journal_id
from coachapp.storage.migrations import LATEST_VERSION, check_file_before_open, migrate

if TYPE_CHECKING:
    from coachapp.services.coaching.workspace import Coaching
    from coachapp.services.delegations.delegations import DelegationService
    from coachapp.services.delegations.poker import PokerService
    from coachapp.services.exchange.exporting import ExportService
    from coachapp.services.exchange.feedback import FeedbackService
    from coachapp.services.exchange.importing import ImportService
    from coachapp.services.exchange.sharing import SharingLog
    from coachapp.services.experiments.experiments import ExperimentService
    from coachapp.services.journal.journal import JournalService
    from coachapp.services.journal.templates import TemplateService
    from coachapp.services.people.people import PeopleService
    from coachapp.services.people.skills import SkillService
    from coachapp.services.rituals.own_methods import MethodService
    from coachapp.services.rituals.rituals import RitualService
    from coachapp.services.today.prompts import PromptService
    from coachapp.services.today.reminders import ReminderService
    from coachapp.services.today.self_assessment import SelfAssessmentService
    from coachapp.services.trash.trash import TrashService

log = logging.getLogger("coachapp.context")


@dataclass
class Journal:
    """An open journal and the services that work on it."""

    paths: Paths
    settings: Settings
    clock: Clock
    database: SqliteDatabase
    backups: BackupService
    export_keys: ExportKeys
    migrated: list[int] = field(default_factory=list)
    key: bytes | None = field(default=None, repr=False)

    # The services load their modules (the domain's rules, the coaching rules, the export
    # formats...) when first used: not before the window's first paint, which needs none.
    @cached_property
    def people(self) -> PeopleService:
        from coachapp.services.people.people import PeopleService  # noqa: PLC0415

        return PeopleService(self.clock)

    @cached_property
    def entries(self) -> JournalService:
        from coachapp.services.journal.journal import JournalService  # noqa: PLC0415

        return JournalService(self.clock)

    @cached_property
    def templates(self) -> TemplateService:
        from coachapp.services.journal.templates import TemplateService  # noqa: PLC0415

        pack = self.settings.get("templates.folder")
        return TemplateService(
            resource_path("templates"), self.paths.templates, Path(pack) if pack else None
        )

    @cached_property
    def methods(self) -> MethodService:
        from coachapp.services.rituals.methods import MethodLibrary  # noqa: PLC0415
        from coachapp.services.rituals.own_methods import MethodService  # noqa: PLC0415

        pack = self.settings.get("methods.folder")
        library = MethodLibrary(
            resource_path("methods", "methods.json"),
            resource_path("schemas", "methods.schema.json"),
            Path(pack) if pack else None,
        )
        methods = MethodService(library, self.clock)
        methods.reload()
        return methods

    @cached_property
    def rituals(self) -> RitualService:
        from coachapp.services.rituals.rituals import RitualService  # noqa: PLC0415

        return RitualService(self.clock, self.people)

    @cached_property
    def delegations(self) -> DelegationService:
        from coachapp.services.delegations.delegations import DelegationService  # noqa: PLC0415

        return DelegationService(self.clock, self.people)

    @cached_property
    def skills(self) -> SkillService:
        from coachapp.services.people.skills import SkillService  # noqa: PLC0415

        return SkillService(self.clock, self.people)

    @cached_property
    def experiments(self) -> ExperimentService:
        from coachapp.services.experiments.experiments import ExperimentService  # noqa: PLC0415

        return ExperimentService(self.clock, self.people)

    @cached_property
    def trash(self) -> TrashService:
        from coachapp.services.trash.trash import TrashService  # noqa: PLC0415

        return TrashService(
            [self.entries, self.rituals, self.people, self.delegations, self.skills,
             self.experiments]
        )  # fmt: skip

    @cached_property
    def prompts(self) -> PromptService:
        from coachapp.services.today.prompts import PromptService  # noqa: PLC0415

        folder = self.settings.get("prompts.folder")
        return PromptService(
            self.clock,
            resource_path("coaching", "prompts.json"),
            resource_path("schemas", "prompts.schema.json"),
            resource_path("coaching", "questions.json"),
            Path(folder) if folder else None,
        )

    @cached_property
    def self_assessment(self) -> SelfAssessmentService:
        from coachapp.services.today.self_assessment import SelfAssessmentService  # noqa: PLC0415

        return SelfAssessmentService(self.clock, resource_path("coaching", "self_assessment.json"))

    @cached_property
    def reminders(self) -> ReminderService:
        from coachapp.services.today.reminders import ReminderService  # noqa: PLC0415

        return ReminderService(self.clock, self.rituals, self.delegations, self.experiments)

    @cached_property
    def poker(self) -> PokerService:
        from coachapp.services.delegations.poker import PokerService  # noqa: PLC0415

        return PokerService(self.clock, self.delegations)

    @cached_property
    def coaching(self) -> Coaching:
        """The coach's portfolio: a file of its own, opened on first use."""
        from coachapp.services.coaching.workspace import coaching_workspace  # noqa: PLC0415

        keep = self.settings.get("backup.keep")
        return coaching_workspace(self.paths, self.clock, self.key, journal_id, keep)

    @cached_property
    def sharing(self) -> SharingLog:
        from coachapp.services.exchange.sharing import SharingLog  # noqa: PLC0415

        return SharingLog(self.clock)

    @cached_property
    def feedback(self) -> FeedbackService:
        from coachapp.services.exchange.feedback import FeedbackService  # noqa: PLC0415

        return FeedbackService(self.clock, self.sharing, self.export_keys)

    @cached_property
    def exports(self) -> ExportService:
        from coachapp.services.exchange.exporting import ExportService  # noqa: PLC0415

        return ExportService(self.clock, self.export_keys, self.sharing)

    @cached_property
    def imports(self) -> ImportService:
        from coachapp.services.exchange.importing import ImportService  # noqa: PLC0415

        return ImportService(self.backups, self.people, self.entries, self.sharing)

    @property
    def protected(self) -> bool:
        """Whether the journal is encrypted at rest."""
        return self.key is not None

    def close(self) -> None:
        if "coaching" in self.__dict__:  # opened
            self.coaching.close()
        close_database()

    def reopen(self) -> None:
        """Open the file again (after a restore replaced it), keeping the same services."""
        close_database()
        self.database = _connect(self.paths.database, self.key)
        self.migrated = _migrate(self.database, self.paths, self.backups)

    def restore(self, source: Path) -> Path | None:
        """Replace this journal with the backup `source`, then reopen it.

        Nothing changes when `source` is refused; the journal is open again afterwards either
        way. Returns where the previous journal was kept.
        """
        inspect_journal_file(source, LATEST_VERSION, self.key)  # refuse before closing anything
        self.close()
        try:
            return _restore(source, self.paths, self.clock, self.key)
        finally:
            self.reopen()


def _restore(source: Path, paths: Paths, clock: Clock, key: bytes | None) -> Path | None:
    """`restore_journal` with a disk's refusal said as a user error; where the old one went."""
    try:
        return restore_journal(source, paths.database, paths.backups, clock, key)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Journal", "Cannot restore {path}: {reason}"),
            path=source,
            reason=exc.strerror or exc,
        ) from exc


def recover(
    paths: Paths,
    settings: Settings,
    clock: Clock,
    source: Path | None = None,
    key: bytes | None = None,
) -> Journal | None:
    """Put the backup `source` (by default the newest healthy one) in place of an unreadable
    journal, and open it.

    None when there is no healthy backup. The unreadable file is kept in the backup folder;
    `restore_journal` checks `source` fully before it changes anything.
    """
    if source is None:
        keep = settings.get("backup.keep")
        newest = BackupService(paths.database, paths.backups, clock, keep, key).newest_healthy()
        if newest is None:
            return None
        source = newest.path
    kept = _restore(source, paths, clock, key)
    log.warning("Restored the journal from %s; the unreadable file is kept as %s", source, kept)
    return open_journal(paths, settings, clock, key)


# The journal file itself is unusable (as opposed to a busy disk): a backup may replace it.
UNREADABLE = (CorruptDatabaseError, NotAJournalError)


def _connect(path: Path, key: bytes | None) -> SqliteDatabase:
    check_file_before_open(path, protected=key is not None)
    try:
        return open_database(path, key)
    except DatabaseError as exc:
        close_database()
        raise (classify(exc, path) or CorruptDatabaseError(path, str(exc))) from exc


def _migrate(database: SqliteDatabase, paths: Paths, backups: BackupService) -> list[int]:
    try:
        return migrate(
            database,
            paths.database,
            backup=lambda current: backups.create(f"before-v{LATEST_VERSION}-from-v{current}"),
        )
    except BaseException:
        close_database()
        raise


def open_journal(
    paths: Paths, settings: Settings, clock: Clock, key: bytes | None = None
) -> Journal:
    """Open (creating or migrating as needed) the journal in `paths`, encrypted with `key`."""
    database = _connect(paths.database, key)
    backups = BackupService(paths.database, paths.backups, clock, settings.get("backup.keep"), key)
    migrated = _migrate(database, paths, backups)
    export_keys = ExportKeys(clock)
    try:
        export_keys.adopt_files(paths.export_keys)  # earlier versions' key files, out of sight
    except BaseException:
        close_database()
        raise
    return Journal(
        paths=paths,
        settings=settings,
        clock=clock,
        database=database,
        backups=backups,
        export_keys=export_keys,
        migrated=migrated,
        key=key,
    )
