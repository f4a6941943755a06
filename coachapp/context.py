"""Opening a journal: the database, its migrations and the services over it, in one object.

Every headless command goes through `open_journal`, and the GUI through `Journal.open` once its
window has painted (ui/shell/opening.py), so they all get the same checks (foreign file, newer
version, backup before migrating) and the same services.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from coachapp.clock import Clock
from coachapp.config import Paths, Settings
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.resources import resource_path
from coachapp.storage.backups import inspect_journal_file
from coachapp.storage.errors import CorruptDatabaseError, NotAJournalError, classify
from coachapp.storage.sqlite_file import LATEST_VERSION, check_file_before_open

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from coachapp.services.coaching.workspace import Coaching
    from coachapp.services.delegations.delegations import DelegationService
    from coachapp.services.delegations.poker import PokerService
    from coachapp.services.exchange.export_keys import ExportKeys
    from coachapp.services.exchange.exporting import ExportService
    from coachapp.services.exchange.feedback import FeedbackService
    from coachapp.services.exchange.importing import ImportService
    from coachapp.services.exchange.sharing import SharingLog
    from coachapp.services.experiments.experiments import ExperimentService
    from coachapp.services.journal.journal import JournalService
    from coachapp.services.journal.templates import TemplateService
    from coachapp.services.people.people import PeopleService
    from coachapp.services.people.skills import SkillService
    from coachapp.services.protection.backup import BackupService
    from coachapp.services.rituals.own_methods import MethodService
    from coachapp.services.rituals.rituals import RitualService
    from coachapp.services.today.prompts import PromptService
    from coachapp.services.today.reminders import ReminderService
    from coachapp.services.today.self_assessment import SelfAssessmentService
    from coachapp.services.trash.trash import TrashService

log = logging.getLogger("coachapp.context")
T = TypeVar("T")


def _opened(build: Callable[[Journal], T]) -> cached_property[T]:
    """A service, built once the journal is open: its queries go through the open database."""

    def service(journal: Journal) -> T:
        journal.open()
        return build(journal)

    service.__doc__ = build.__doc__
    return cached_property(service)


@dataclass
class Journal:
    """A journal and the services that work on it.

    Made before its file is opened: the window's frame paints first, then `open` connects,
    migrates and loads peewee and the models. A service opens it when first used.
    """

    paths: Paths
    settings: Settings
    clock: Clock
    key: bytes | None = field(default=None, repr=False)
    migrated: list[int] = field(default_factory=list)
    _database: SqliteDatabase | None = field(default=None, init=False, repr=False)

    def open(self) -> None:
        """Connect to the file (checked first), migrate it (backed up first), and take in the
        export keys earlier versions kept as files; once (a closed journal stays closed)."""
        if self._database is not None:
            return
        from coachapp.storage.database import close_database  # noqa: PLC0415 (after the paint)

        database = _connect(self.paths.database, self.key)
        self.migrated = _migrate(database, self.paths, self.backups)
        try:
            self.export_keys.adopt_files(self.paths.export_keys)  # out of sight from now on
        except BaseException:
            close_database()
            raise
        self._database = database

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def database(self) -> SqliteDatabase:
        self.open()
        assert self._database is not None
        return self._database

    @cached_property
    def backups(self) -> BackupService:
        from coachapp.services.protection.backup import BackupService  # noqa: PLC0415

        keep = self.settings.get("backup.keep")
        return BackupService(self.paths.database, self.paths.backups, self.clock, keep, self.key)

    @cached_property
    def export_keys(self) -> ExportKeys:
        from coachapp.services.exchange.export_keys import ExportKeys  # noqa: PLC0415

        return ExportKeys(self.clock)

    # The services load their modules (the domain's rules, the coaching rules, the export
    # formats...) when first used, the journal opened first: none before the first paint.
    @_opened
    def people(self) -> PeopleService:
        from coachapp.services.people.people import PeopleService  # noqa: PLC0415

        return PeopleService(self.clock)

    @_opened
    def entries(self) -> JournalService:
        from coachapp.services.journal.journal import JournalService  # noqa: PLC0415

        return JournalService(self.clock)

    @_opened
    def templates(self) -> TemplateService:
        from coachapp.services.journal.templates import TemplateService  # noqa: PLC0415

        pack = self.settings.get("templates.folder")
        return TemplateService(
            resource_path("templates"), self.paths.templates, Path(pack) if pack else None
        )

    @_opened
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

    @_opened
    def rituals(self) -> RitualService:
        from coachapp.services.rituals.rituals import RitualService  # noqa: PLC0415

        return RitualService(self.clock, self.people)

    @_opened
    def delegations(self) -> DelegationService:
        from coachapp.services.delegations.delegations import DelegationService  # noqa: PLC0415

        return DelegationService(self.clock, self.people)

    @_opened
    def skills(self) -> SkillService:
        from coachapp.services.people.skills import SkillService  # noqa: PLC0415

        return SkillService(self.clock, self.people)

    @_opened
    def experiments(self) -> ExperimentService:
        from coachapp.services.experiments.experiments import ExperimentService  # noqa: PLC0415

        return ExperimentService(self.clock, self.people)

    @_opened
    def trash(self) -> TrashService:
        from coachapp.services.trash.trash import TrashService  # noqa: PLC0415

        return TrashService(
            [self.entries, self.rituals, self.people, self.delegations, self.skills,
             self.experiments]
        )  # fmt: skip

    @_opened
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

    @_opened
    def self_assessment(self) -> SelfAssessmentService:
        from coachapp.services.today.self_assessment import SelfAssessmentService  # noqa: PLC0415

        return SelfAssessmentService(self.clock, resource_path("coaching", "self_assessment.json"))

    @_opened
    def reminders(self) -> ReminderService:
        from coachapp.services.today.reminders import ReminderService  # noqa: PLC0415

        return ReminderService(self.clock, self.rituals, self.delegations, self.experiments)

    @_opened
    def poker(self) -> PokerService:
        from coachapp.services.delegations.poker import PokerService  # noqa: PLC0415

        return PokerService(self.clock, self.delegations)

    @_opened
    def coaching(self) -> Coaching:
        """The coach's portfolio: a file of its own, opened on first use."""
        from coachapp.services.coaching.workspace import coaching_workspace  # noqa: PLC0415
        from coachapp.storage.identity import journal_id  # noqa: PLC0415

        keep = self.settings.get("backup.keep")
        return coaching_workspace(self.paths, self.clock, self.key, journal_id, keep)

    @_opened
    def sharing(self) -> SharingLog:
        from coachapp.services.exchange.sharing import SharingLog  # noqa: PLC0415

        return SharingLog(self.clock)

    @_opened
    def feedback(self) -> FeedbackService:
        from coachapp.services.exchange.feedback import FeedbackService  # noqa: PLC0415

        return FeedbackService(self.clock, self.sharing, self.export_keys)

    @_opened
    def exports(self) -> ExportService:
        from coachapp.services.exchange.exporting import ExportService  # noqa: PLC0415

        return ExportService(self.clock, self.export_keys, self.sharing)

    @_opened
    def imports(self) -> ImportService:
        from coachapp.services.exchange.importing import ImportService  # noqa: PLC0415

        return ImportService(self.backups, self.people, self.entries, self.sharing)

    @property
    def protected(self) -> bool:
        """Whether the journal is encrypted at rest."""
        return self.key is not None

    def close(self) -> None:
        """Close what is open (a journal never opened has nothing to close)."""
        if "coaching" in self.__dict__:  # opened
            self.coaching.close()
        if self._database is not None:
            from coachapp.storage.database import close_database  # noqa: PLC0415

            close_database()

    def reopen(self) -> None:
        """Open the file again (after a restore replaced it), keeping the same services."""
        from coachapp.storage.database import close_database  # noqa: PLC0415

        close_database()
        self._database = _connect(self.paths.database, self.key)
        self.migrated = _migrate(self._database, self.paths, self.backups)

    def recover(self, source: Path) -> Path | None:
        """Put the backup `source` in place of this journal's unreadable file, which is not
        open, and open it; where the unreadable file was kept (in the backup folder).

        `restore_journal` checks `source` fully before it changes anything.
        """
        kept = _restore(source, self.paths, self.clock, self.key)
        log.warning("Restored the journal from %s; the unreadable file is kept as %s", source, kept)
        self.open()
        return kept

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
    from coachapp.services.protection.backup import restore_journal  # noqa: PLC0415

    try:
        return restore_journal(source, paths.database, paths.backups, clock, key)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Journal", "Cannot restore {path}: {reason}"),
            path=source,
            reason=exc.strerror or exc,
        ) from exc


# The journal file itself is unusable (as opposed to a busy disk): a backup may replace it.
UNREADABLE = (CorruptDatabaseError, NotAJournalError)


def _connect(path: Path, key: bytes | None) -> SqliteDatabase:
    from peewee import DatabaseError  # noqa: PLC0415 (opened after the first paint)

    from coachapp.storage.database import close_database, open_database  # noqa: PLC0415

    check_file_before_open(path, protected=key is not None)
    try:
        return open_database(path, key)
    except DatabaseError as exc:
        close_database()
        raise (classify(exc, path) or CorruptDatabaseError(path, str(exc))) from exc


def _migrate(database: SqliteDatabase, paths: Paths, backups: BackupService) -> list[int]:
    from coachapp.storage.database import close_database  # noqa: PLC0415
    from coachapp.storage.migrations import migrate  # noqa: PLC0415

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
    journal = Journal(paths, settings, clock, key)
    journal.open()
    return journal
