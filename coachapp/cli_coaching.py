"""`coachapp coaching add|list|prepare`: the coach's portfolio from the command line.

These commands never open the coach's journal: they read its id (to refuse an export of it)
and, when it is protected, use its key for the portfolio, which is encrypted with it.
"""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from coachapp.clock import Clock
from coachapp.config import Paths, Settings
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.i18n import (
    SUPPORTED,
    Translatable,
    current_language,
    format_datetime,
    format_value,
    translate,
)

if TYPE_CHECKING:  # the portfolio's modules load when a coaching command runs, not at every start
    from coachapp.services.coaching.workspace import Coaching


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    coaching = commands.add_parser(
        "coaching", help=translate("Cli", "a coach's portfolio: coachees followed from exports")
    )
    _options(coaching)
    tasks = coaching.add_subparsers(
        dest="coaching_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    add = tasks.add_parser(
        "add", help=translate("Cli", "file a coachee's journal export in the portfolio")
    )
    _options(add)
    add.add_argument("file", metavar=translate("Cli", "FILE"), type=Path)
    add.add_argument(
        "--coachee", metavar=translate("Cli", "NAME"),
        help=translate("Cli", "the coachee's name (needed for a journal not in the portfolio)"),
    )  # fmt: skip
    listing = tasks.add_parser(
        "list", help=translate("Cli", "coachees, their exports and last activity")
    )
    _options(listing)
    prepare = tasks.add_parser(
        "prepare", help=translate("Cli", "write the preparation sheet of the next session")
    )
    _options(prepare)
    prepare.add_argument("name", metavar=translate("Cli", "NAME"))
    prepare.add_argument(
        "--out", metavar=translate("Cli", "FILE"), type=Path, required=True,
        help=translate("Cli", "where to write it: .html or .pdf"),
    )  # fmt: skip


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar=translate("Cli", "DIR"), default=argparse.SUPPRESS,
                        help=translate("Cli", "folder holding the journal, its backups, "
                                       "settings and logs"))  # fmt: skip
    parser.add_argument("--lang", choices=SUPPORTED, default=argparse.SUPPRESS,
                        help=translate("Cli", "language of the interface"))  # fmt: skip


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the portfolio (it then takes the data folder's lock)."""
    return getattr(args, "coaching_command", None) in ("add", "prepare")


def run(
    args: argparse.Namespace, paths: Paths, settings: Settings, clock: Clock, key: bytes | None
) -> None:
    from coachapp.services.coaching.workspace import coaching_workspace  # noqa: PLC0415
    from coachapp.storage.identity import read_journal_id  # noqa: PLC0415

    coaching = coaching_workspace(
        paths, clock, key, lambda: read_journal_id(paths.database, key),
        settings.get("backup.keep"),
    )  # fmt: skip
    try:
        if args.coaching_command == "add":
            interval = timedelta(hours=settings.get("backup.interval_hours"))
            _add(coaching, args.file, args.coachee, interval)
        elif args.coaching_command == "list":
            _list(coaching)
        else:
            _prepare(coaching, args.name, args.out)
    finally:
        coaching.close()


def _add(coaching: Coaching, source: Path, name: str | None, interval: timedelta) -> None:
    from coachapp.services.exchange.journal_import import read_export  # noqa: PLC0415

    document = read_export(source)
    coaching.store.backup_if_due(interval)  # the portfolio as it was, before it changes
    coachee = coaching.portfolio.add(document, source, name)
    count = len(coaching.portfolio.exports(coachee.uuid))
    print(CoachingSummary().added(source.name, coachee.name, count))


def _list(coaching: Coaching) -> None:
    if not coaching.store.exists():
        print(CoachingSummary().empty())
        return
    rows = coaching.overview.rows()
    if not rows:
        print(CoachingSummary().empty())
    for row in rows:
        print(CoachingSummary().row(row.name, row.exports, row.last_export, row.last_session))


def _prepare(coaching: Coaching, name: str, out: Path) -> None:
    if out.suffix.lower() not in (".html", ".htm", ".pdf"):
        raise UserError(
            QT_TRANSLATE_NOOP("Cli", "Give the sheet a name ending in .html or .pdf: {path}"),
            path=out,
        )
    found = coaching.portfolio.find(name) if coaching.store.exists() else None
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Cli", "No coachee called {name} in the portfolio (see: coachapp coaching list)."
            ),
            name=name,
        )
    prep = coaching.preparation.prepare(found.uuid)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt lays out the PDF; no window
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from coachapp.i18n import set_language  # noqa: PLC0415
    from coachapp.render.session_sheet import write_sheet  # noqa: PLC0415

    if QApplication.instance() is None:
        _app = QApplication([])
        set_language(current_language() or "en")
    write_sheet(prep, out)
    coaching.preparation.record_sheet(found.uuid, out)
    print(CoachingSummary().sheet(found.name, out))


class CoachingSummary(Translatable):
    def added(self, file: str, name: str, count: int) -> str:
        return self.tr("{file} filed under {name} (%n export(s) in their timeline).", "",
                       count).format(file=file, name=name)  # fmt: skip

    def empty(self) -> str:
        return self.tr("No coachee in the portfolio yet: coachapp coaching add FILE --coachee "
                       "NAME")  # fmt: skip

    def row(
        self, name: str, exports: int, last_export: datetime | None, last_session: date | None
    ) -> str:
        parts = [name, self.tr("%n export(s)", "", exports)]
        if last_export is not None:
            parts.append(self.tr("last export {when}").format(when=format_datetime(last_export)))
        parts.append(
            self.tr("last session {day}").format(day=format_value(last_session))
            if last_session
            else self.tr("no session yet")
        )
        return " · ".join(parts)

    def sheet(self, name: str, out: Path) -> str:
        return self.tr("Preparation sheet for {name} written to {path}").format(name=name, path=out)
