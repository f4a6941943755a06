"""The coachees a coach follows and the exports they sent, filed apart from each other and from
the coach's own journal.

An export is filed under its coachee by the journal's id it carries (every export of one
journal carries the same): successive exports of a journal form that coachee's timeline. An
export whose journal the portfolio does not know yet (a first export, a manager on a new
workstation, or an export from before journal ids) goes where the coach says, by name. An
export of the coach's own journal, or one already filed, is refused; an export of a known
journal is never filed under another coachee. Each export is kept whole (compressed), with
its facts and catalogue (export_facts) worked out once, so the original file may be deleted.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from coachapp.folding import fold
from coachapp.services.coaching.changes import Digest, digest
from coachapp.services.coaching.export_facts import catalogue, export_facts
from coachapp.services.coaching.store import PortfolioStore
from coachapp.storage.portfolio.database import portfolio_db
from coachapp.storage.portfolio.models import Coachee, CoacheeJournal, StoredExport

Doc = dict[str, Any]
MAX_NAME = 200


@dataclass(frozen=True)
class CoacheeRef:
    uuid: str
    name: str


@dataclass(frozen=True)
class ExportRef:
    export_id: str
    file_name: str
    exported_at: datetime
    added_at: datetime
    first_day: str | None
    last_day: str | None
    entries: int
    pseudonymised: bool


@dataclass(frozen=True)
class Match:
    """Where an export would go, before it is added."""

    coachee: CoacheeRef | None  # the coachee whose journal it comes from, when known
    filed_under: CoacheeRef | None  # set when this very export is in the portfolio already
    own_journal: bool  # an export of the coach's own journal
    identified: bool  # it carries its journal's id


def pack(value: Any) -> bytes:
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def unpack(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))


def _ref(row: Coachee) -> CoacheeRef:
    return CoacheeRef(row.uuid, row.name)


def _export_ref(row: StoredExport) -> ExportRef:
    return ExportRef(row.export_id, row.file_name, row.exported_at, row.added_at, row.first_day,
                     row.last_day, row.entries, row.pseudonymised)  # fmt: skip


class Portfolio:
    def __init__(self, store: PortfolioStore, own_journal_id: Callable[[], str | None]) -> None:
        self.store = store
        self._own_journal_id = own_journal_id  # None when it cannot be read

    def open(self) -> None:
        self.store.open()

    # Filing exports

    def match(self, document: Doc) -> Match:
        self.open()
        journal_id = document.get("journal_id")
        own = journal_id is not None and journal_id == self._own_journal_id()
        filed = StoredExport.get_or_none(StoredExport.export_id == document["export_id"])
        link = CoacheeJournal.get_or_none(CoacheeJournal.journal_id == journal_id)
        return Match(
            coachee=_ref(link.coachee) if link else None,
            filed_under=_ref(filed.coachee) if filed else None,
            own_journal=own,
            identified=journal_id is not None,
        )

    def add(self, document: Doc, source: Path, name: str | None = None) -> CoacheeRef:
        """File a checked export (services.exchange.journal_import.check_export) under its
        coachee: the one its journal belongs to, else the one named `name` (created if new).
        All in one transaction; nothing is written when it is refused."""
        found = self.match(document)
        if found.filed_under is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Coaching", "{file} is in the portfolio already, under {name}."),
                file=source.name,
                name=found.filed_under.name,
            )
        if found.own_journal:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Coaching",
                    "{file} is an export of your own journal, not a coachee's: it stays out of "
                    "the portfolio.",
                ),
                file=source.name,
            )
        if name is not None:
            name = _checked_name(name)
        if found.coachee is not None and name and fold(name) != fold(found.coachee.name):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Coaching",
                    "{file} comes from the journal of {owner}: it cannot be filed under {name}.",
                ),
                file=source.name,
                owner=found.coachee.name,
                name=name,
            )
        if found.coachee is None and not name:
            raise ValidationError(
                "coachee", QT_TRANSLATE_NOOP("Coaching", "Give the coachee's name.")
            )
        facts = export_facts(document)
        listed = catalogue(document)
        now = self.store.clock.now()
        with portfolio_db.atomic():
            if found.coachee is not None:
                coachee = Coachee.get(Coachee.uuid == found.coachee.uuid)
            else:
                assert name is not None
                coachee = self._coachee_named(name, now)
                if document.get("journal_id"):
                    CoacheeJournal.create(journal_id=document["journal_id"], coachee=coachee)
            StoredExport.create(
                export_id=document["export_id"], coachee=coachee,
                journal_id=document.get("journal_id"), file_name=source.name,
                source=str(source.absolute()), added_at=now,
                exported_at=datetime.fromisoformat(document["exported_at"]),
                pseudonymised=bool(document["options"].get("pseudonymised")),
                first_day=facts["first_day"], last_day=facts["last_day"],
                entries=sum(facts["entries_by_week"].values()),
                facts=json.dumps(facts, ensure_ascii=False), catalogue=pack(listed),
                document=pack(document),
            )  # fmt: skip
            Coachee.update(updated_at=now).where(Coachee.id == coachee.id).execute()
        return _ref(coachee)

    def _coachee_named(self, name: str, now: datetime) -> Coachee:
        existing = Coachee.get_or_none(Coachee.name_key == fold(name))
        if existing is not None:
            return existing
        return Coachee.create(uuid=str(uuid.uuid4()), name=name, name_key=fold(name),
                              created_at=now, updated_at=now)  # fmt: skip

    # Reading

    def coachees(self) -> list[CoacheeRef]:
        """Every coachee, by name."""
        self.open()
        return sorted((_ref(row) for row in Coachee.select()), key=lambda c: fold(c.name))

    def coachee(self, coachee_uuid: str) -> CoacheeRef:
        return _ref(self._row(coachee_uuid))

    def find(self, name: str) -> CoacheeRef | None:
        """The coachee of that name (in any case, with or without accents)."""
        self.open()
        row = Coachee.get_or_none(Coachee.name_key == fold(name))
        return _ref(row) if row else None

    def _row(self, coachee_uuid: str) -> Coachee:
        self.open()
        row = Coachee.get_or_none(Coachee.uuid == coachee_uuid)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Coaching", "This coachee is not in the "
                                                  "portfolio any more."))  # fmt: skip
        return row

    def rename(self, coachee_uuid: str, name: str) -> None:
        name = _checked_name(name)
        row = self._row(coachee_uuid)
        other = Coachee.get_or_none(Coachee.name_key == fold(name))
        if other is not None and other.id != row.id:
            raise ValidationError(
                "coachee",
                QT_TRANSLATE_NOOP("Coaching", "Another coachee is called {name} already."),
                name=name,
            )
        with portfolio_db.atomic():
            Coachee.update(name=name, name_key=fold(name), updated_at=self.store.clock.now()
                           ).where(Coachee.id == row.id).execute()  # fmt: skip

    def notes(self, coachee_uuid: str) -> str:
        return str(self._row(coachee_uuid).notes)

    def set_notes(self, coachee_uuid: str, text: str) -> None:
        """The coach's private notes on a coachee (never in a feedback file)."""
        row = self._row(coachee_uuid)
        if text != row.notes:
            with portfolio_db.atomic():
                Coachee.update(notes=text, updated_at=self.store.clock.now()).where(
                    Coachee.id == row.id
                ).execute()

    def exports(self, coachee_uuid: str) -> list[ExportRef]:
        """The coachee's timeline: their exports, oldest first."""
        row = self._row(coachee_uuid)
        query = StoredExport.select(
            *[f for f in StoredExport._meta.sorted_fields
              if f.name not in ("facts", "catalogue", "document")]
        ).where(StoredExport.coachee == row.id)  # fmt: skip
        return [_export_ref(e) for e in query.order_by(StoredExport.exported_at)]

    def document(self, export_id: str) -> Doc:
        """An export as it was sent."""
        self.open()
        row = StoredExport.get_or_none(StoredExport.export_id == export_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Coaching", "This export is not in the "
                                                  "portfolio any more."))  # fmt: skip
        return dict(unpack(row.document))

    def owner_of(self, export_id: str) -> CoacheeRef:
        self.open()
        return _ref(StoredExport.get(StoredExport.export_id == export_id).coachee)

    def digest(self, coachee_uuid: str, export_id: str | None = None) -> Digest:
        """What changed from the export before `export_id` (by default the newest) to it."""
        ids = [e.export_id for e in self.exports(coachee_uuid)]
        if not ids:
            return Digest(None, "", ())
        at = ids.index(export_id) if export_id else len(ids) - 1
        return self.between(ids[at - 1] if at > 0 else None, ids[at])

    def between(self, older_id: str | None, newer_id: str) -> Digest:
        """What changed from one export of a coachee to a later one (None: from nothing)."""
        self.open()
        ids = [i for i in (older_id, newer_id) if i]
        query = StoredExport.select(
            StoredExport.export_id, StoredExport.catalogue, StoredExport.exported_at
        ).where(StoredExport.export_id.in_(ids))
        rows = {r.export_id: r for r in query}
        newer = rows[newer_id]
        older = rows.get(older_id) if older_id else None
        return digest(
            unpack(older.catalogue) if older else None, unpack(newer.catalogue),
            older.exported_at.isoformat() if older else None, newer.exported_at.isoformat(),
        )  # fmt: skip


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("coachee", QT_TRANSLATE_NOOP("Coaching", "Give the coachee's name."))
    if len(name) > MAX_NAME:
        raise ValidationError(
            "coachee",
            QT_TRANSLATE_NOOP("Coaching", "A coachee's name has at most {count} characters."),
            count=MAX_NAME,
        )
    return name
