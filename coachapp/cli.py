"""The `coachapp` command: the GUI by default, and headless sub-commands for IT and scripts.

Startup happens in one explicit order: crash hook, arguments, paths, logging, then (GUI) the
application object and translators, the single-instance lock, the journal's file checked, the
main window, and once it has painted the journal opened (ui/shell/app.py).
Problems the user can fix print one clear sentence and a non-zero exit code, never a traceback.
Long because every command, its options and their help texts are declared here, in one
place a reader and `--help` can follow; the work of each command is in the services.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from coachapp import __version__, cli_coaching
from coachapp.clock import SystemClock
from coachapp.config import Paths, Policy, Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.crash import crash_handler
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.exchange.journal_json import SECTIONS
from coachapp.i18n import (
    SUPPORTED,
    Translatable,
    choose_language,
    current_language,
    format_value,
    render_error,
    set_language,
    translate,
)
from coachapp.instance_lock import InstanceLock
from coachapp.logs import setup_logging
from coachapp.policy import load_policy
from coachapp.protection import JournalState, journal_state, settle, unlock

if TYPE_CHECKING:
    from coachapp.demo.fill import DemoReport

log = logging.getLogger("coachapp.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PASSPHRASE_VARIABLE = "COACHAPP_PASSPHRASE"


def _common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "DIR"),
        default=default,
        help=translate("Cli", "folder holding the journal, its backups, settings and logs"),
    )
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        default=default,
        help=translate("Cli", "language of the interface"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachapp",
        description=translate(
            "Cli", "CoachApp: a companion for managers practising a new management model."
        ),
    )
    parser.add_argument(
        "--version", action="store_true", help=translate("Cli", "print the version and exit")
    )
    parser.add_argument("--no-crash-dialog", action="store_true", help=argparse.SUPPRESS)
    # Smoke tests: the window painted, the journal opened and Today shown, then quit.
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bench-idle", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    _common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    selftest = commands.add_parser(
        "self-test", help=translate("Cli", "check the installation without opening a window")
    )
    _common_options(selftest, suppress=True)

    demo = commands.add_parser(
        "demo", help=translate("Cli", "fill the journal with realistic demo data")
    )
    _common_options(demo, suppress=True)
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace existing data (backed up first)"),
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "the same seed gives the same data")
    )

    backup = commands.add_parser("backup", help=translate("Cli", "write a backup of the journal"))
    _common_options(backup, suppress=True)
    backup.add_argument(
        "--out",
        metavar=translate("Cli", "FILE"),
        type=Path,
        help=translate("Cli", "where to write it (default: the backup folder)"),
    )

    restore = commands.add_parser(
        "restore", help=translate("Cli", "replace the journal with a backup")
    )
    _common_options(restore, suppress=True)
    restore.add_argument("file", metavar=translate("Cli", "FILE"), type=Path)

    export = commands.add_parser(
        "export",
        help=translate(
            "Cli", "write the journal (json, md, html, pdf) or the rituals (ics) to a file"
        ),
    )
    _common_options(export, suppress=True)
    export.add_argument("--format", choices=("json", "md", "html", "pdf", "ics"), required=True)
    export.add_argument("--out", metavar=translate("Cli", "FILE"), type=Path, required=True)
    export.add_argument(
        "--from", dest="start", type=_date, metavar="YYYY-MM-DD",
        help=translate("Cli", "first day (ics: today by default; otherwise: of the entries)"),
    )  # fmt: skip
    export.add_argument(
        "--to", dest="end", type=_date, metavar="YYYY-MM-DD",
        help=translate("Cli", "last day (ics: a year on by default; otherwise: of the entries)"),
    )  # fmt: skip

    merge = commands.add_parser(
        "import",
        help=translate(
            "Cli", "merge a journal export (by UUID) or a coach's feedback into this journal"
        ),
    )
    _common_options(merge, suppress=True)
    merge.add_argument("file", metavar=translate("Cli", "FILE"), type=Path)
    merge.add_argument(
        "--mine", action="store_true",
        help=translate("Cli", "the export is of your own journal, though it comes from another "
                       "one or is pseudonymised: merge it all the same"),
    )  # fmt: skip
    cli_coaching.add_parser(commands)

    prompts = commands.add_parser(
        "prompts", help=translate("Cli", "print the prompts the management model gives on a day")
    )
    _common_options(prompts, suppress=True)
    prompts.add_argument("--at", type=_date, metavar="YYYY-MM-DD",
                         help=translate("Cli", "the day (default: today)"))  # fmt: skip

    export.add_argument(
        "--pseudonymize",
        action="store_true",
        help=translate("Cli", "replace every person's name by an alias (the key stays here)"),
    )
    export.add_argument(
        "--sections", type=_sections, default=frozenset(SECTIONS), metavar="LIST",
        help=translate("Cli", "which parts, separated by commas (default: all): {names}").format(
            names=", ".join(SECTIONS)
        ),
    )  # fmt: skip
    export.add_argument(
        "--include-private",
        action="store_true",
        help=translate("Cli", "also the entries marked private (left out by default)"),
    )

    commands.add_parser("platform-probe")  # internal: used by self-test in a child process
    return parser


class ExportSummary(Translatable):
    def written(self, rituals: int, path: Path) -> str:
        return self.tr("%n ritual(s) written to {path}", "", rituals).format(path=path)

    def pages(self, pages: int) -> str:
        return self.tr("%n page(s)", "", pages)

    def journal(self, entries: int, path: Path) -> str:
        return self.tr("Journal written to {path} (%n entry(ies))", "", entries).format(path=path)


def _export_journal(journal: Journal, args: argparse.Namespace) -> None:
    """The journal (entries limited to --from/--to if given) as JSON, Markdown, HTML or PDF."""
    from coachapp.render.writers import writers_for  # noqa: PLC0415  (Qt: only to export)
    from coachapp.services.exchange.journal_export import ExportOptions  # noqa: PLC0415

    if args.start and args.end and args.end < args.start:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "The last day comes before the first day."))
    if args.format != "json":  # reading formats lay out text and draw the Insights charts
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        if QApplication.instance() is None:
            _app = QApplication([])
            set_language(current_language() or "en")  # into the new application too
    options = ExportOptions(
        first=args.start, last=args.end, sections=args.sections,
        include_private=args.include_private,
    )  # fmt: skip
    written = journal.exports.export(
        args.format, args.out, options, writers_for(journal), pseudonymised=args.pseudonymize
    )
    summary = ExportSummary()
    print(summary.journal(written.entries, args.out))
    if written.pages is not None:
        print(summary.pages(written.pages))
    if written.pseudonymised:
        print(
            translate(
                "Cli", "The key to the aliases is kept in the journal: File > What I have shared…"
            )
        )


def _import_file(journal: Journal, source: Path, mine: bool) -> None:
    """Check the whole file; a journal export is merged after a backup (one that may be a
    coachee's is refused unless `mine`), a coach's feedback attached to its items; say what
    changed."""
    from coachapp.exchange.feedback import FORMAT as FEEDBACK  # noqa: PLC0415
    from coachapp.services.exchange.importing import read_incoming  # noqa: PLC0415
    from coachapp.words.import_summary import ImportSummary  # noqa: PLC0415

    kind, document = read_incoming(source)
    summary = ImportSummary()
    if kind == FEEDBACK:
        feedback = journal.feedback.import_feedback(document, source.name)
        print(summary.feedback(feedback.added, feedback.updated, feedback.unchanged))
        for area, title in feedback.unknown:
            print(summary.unknown(area, title))
        return
    if not mine:
        _refuse_unless_own(journal, source, document)
    merged = journal.imports.merge(document)
    print(translate("Cli", "Existing journal backed up to {path}").format(path=merged.backup))
    report = merged.report
    print(summary.counts(sum(report.added.values()), sum(report.updated.values()),
                         sum(report.unchanged.values()), len(report.kept)))  # fmt: skip
    for area, uuid in report.kept:
        print(summary.kept(area, uuid))


def _refuse_unless_own(journal: Journal, source: Path, document: dict[str, object]) -> None:
    """A pseudonymised export, or one from another journal, is not merged without --mine: it is
    most likely a coachee's, which belongs in the coaching portfolio."""
    from coachapp.services.exchange.importing import OWN, PSEUDONYMISED  # noqa: PLC0415

    found = journal.imports.ownership(document)
    if found == OWN:
        return
    why = (
        QT_TRANSLATE_NOOP("Cli", "{path} is pseudonymised (names replaced by aliases): it "
                          "was not merged into your journal.")
        if found == PSEUDONYMISED else
        QT_TRANSLATE_NOOP("Cli", "{path} comes from another journal than yours: it was not "
                          "merged into your journal.")
    )  # fmt: skip
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Cli",
            "{why} A coachee's export goes to your coaching portfolio: coachapp coaching add "
            "{path} --coachee NAME. If it is your own journal all the same: coachapp import "
            "{path} --mine",
        ),
        why=translate(why.context, why.text).format(path=source),
        path=source,
    )


def _export_calendar(journal: Journal, out: Path, start: date | None, end: date | None) -> int:
    """Write the rituals meeting between `start` and `end` (default: the coming year)."""
    from coachapp.services.rituals.calendar import RitualCalendar  # noqa: PLC0415
    from coachapp.timezones import local_zone  # noqa: PLC0415

    zone = local_zone()
    first = start or journal.clock.now().astimezone(zone).date()
    last = end or first + timedelta(days=366)
    calendar = RitualCalendar(journal.rituals, journal.methods.library, current_language() or "fr")
    return calendar.write_period(out, first, last, zone)


class DemoSummary(Translatable):
    def written(self, report: DemoReport) -> str:
        parts = (
            self.tr("Demo journal written: %n entry(ies)", "", report.entries),
            self.tr(", %n ritual(s)", "", report.rituals),
            self.tr(", %n delegation(s)", "", report.delegations),
            self.tr(", %n skill(s) in plans", "", report.skills),
            self.tr(", %n experiment(s)", "", report.experiments),
            self.tr(", %n person(s).", "", report.people),
        )
        return "".join(parts)


def _sections(text: str) -> frozenset[str]:
    chosen = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(chosen - set(SECTIONS))
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            translate("Cli", "unknown parts: {names} (choose among {known})").format(
                names=", ".join(unknown), known=", ".join(SECTIONS)
            )
        )
    return chosen


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date like 2026-12-31").format(text=text)
        ) from exc


def _prescan_language(argv: Sequence[str]) -> str | None:
    """`--lang` before parsing, so that help and errors are already in that language."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        # Python flushes stdout again at exit; point it at /dev/null so that is quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    crash_handler.install()
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_language(choose_language(_prescan_language(arguments), "system"))
    args = build_parser().parse_args(arguments)
    if args.version:
        print(f"CoachApp {__version__}")
        return EXIT_OK
    if args.command == "platform-probe":
        from coachapp.selftest import run_platform_probe  # noqa: PLC0415

        return run_platform_probe()
    crash_handler.show_dialogs = not args.no_crash_dialog
    policy = load_policy()
    paths = resolve_paths(args.data_dir, policy=policy)
    if args.command == "self-test":
        return _self_test(paths, policy, args.lang)
    try:
        prepare_paths(paths)
    except UserError as exc:
        print(render_error(exc), file=sys.stderr)
        return EXIT_USAGE
    crash_handler.log_file = setup_logging(paths.log_file)
    crash_handler.enable_faulthandler(paths.logs)
    settings = Settings(paths.settings_file, policy)
    set_language(choose_language(args.lang, settings.get("language")))
    if args.command is None:
        from coachapp.ui.shell.app import run_gui  # noqa: PLC0415

        return run_gui(paths, settings, args)
    try:
        return _run_command(args, paths, settings)
    except UserError as exc:
        log.info("Command %s refused: %s", args.command, exc)
        print(render_error(exc), file=sys.stderr)
        return EXIT_FAILED


def _self_test(paths: Paths, policy: Policy, lang: str | None) -> int:
    from coachapp.selftest import run_self_test  # noqa: PLC0415

    log_file = None
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        log_file = paths.log_file
    except OSError:
        pass
    setup_logging(log_file, console_level=logging.CRITICAL)
    settings = Settings(paths.settings_file, policy)
    set_language(choose_language(lang, settings.get("language")))
    return run_self_test(paths, sys.stdout, policy)


def _run_command(args: argparse.Namespace, paths: Paths, settings: Settings) -> int:
    clock = SystemClock()
    with InstanceLock(paths.lock_file) as lock:
        if args.command in ("demo", "restore", "import") or cli_coaching.writes(args):
            lock.acquire(clock.now())
        if args.command in ("restore", "coaching"):  # the journal is not opened
            return _without_journal(args, paths, settings, _key(paths))
        if lock.held:
            settle(paths.database)  # only the data folder's owner may tidy it
        journal = open_journal(paths, settings, clock, _key(paths))
        try:
            if args.command == "backup":
                target = journal.backups.create(out=args.out)
                print(translate("Cli", "Backup written to {path}").format(path=target))
            elif args.command == "export" and args.format != "ics":
                _export_journal(journal, args)
            elif args.command == "export":
                count = _export_calendar(journal, args.out, args.start, args.end)
                print(ExportSummary().written(count, args.out))
            elif args.command == "import":
                _import_file(journal, args.file, args.mine)
            elif args.command == "prompts":
                _print_prompts(journal, args.at)
            elif args.command == "demo":
                from coachapp.demo.fill import DemoService, DemoSize  # noqa: PLC0415

                demo = DemoService(clock, journal.methods.library)
                if args.force and demo.has_data():
                    saved = journal.backups.create("before-demo")
                    print(
                        translate("Cli", "Existing journal backed up to {path}").format(path=saved)
                    )
                report = demo.fill(
                    DemoSize(args.size),
                    seed=args.seed,
                    replace=args.force,
                    language=current_language() or "fr",
                )
                print(DemoSummary().written(report))
        finally:
            journal.close()
    return EXIT_OK


def _without_journal(
    args: argparse.Namespace, paths: Paths, settings: Settings, key: bytes | None
) -> int:
    """Restoring replaces the journal; the coaching commands use the portfolio alone."""
    if args.command == "restore":
        return _restore(args.file, paths, settings, key)
    cli_coaching.run(args, paths, settings, SystemClock(), key)
    return EXIT_OK


def _key(paths: Paths) -> bytes | None:
    """The key of a protected journal: its passphrase from COACHAPP_PASSPHRASE or typed."""
    if journal_state(paths.database) is not JournalState.PROTECTED:
        return None
    secret = os.environ.get(PASSPHRASE_VARIABLE)
    if secret is None:
        if not sys.stdin.isatty():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The journal is protected: type its passphrase in a terminal, or set "
                    "{variable}.",
                ),
                variable=PASSPHRASE_VARIABLE,
            )
        secret = getpass.getpass(translate("Cli", "Passphrase or recovery key: "))
    return unlock(paths.database, secret)


def _print_prompts(journal: Journal, day: date | None) -> None:
    """Every prompt the rules give on `day` (whatever was done with them), with why."""
    language = current_language() or "en"
    when = day or journal.prompts.today()
    for problem in journal.prompts.pack.problems:
        print(translate("Cli", "Prompt pack problem: {problem}").format(problem=problem),
              file=sys.stderr)  # fmt: skip
    prompts = journal.prompts.all_prompts(when)
    print(PromptsSummary().heading(len(prompts), format_value(when)))
    for prompt in prompts:
        print(f"\n[{prompt.rule.pillar}] {prompt.rule.id}  {prompt.text(language, format_value)}")
        print(f"    {prompt.why(language, format_value)}")
    question = journal.prompts.current(when).question
    if question is not None:
        heading = translate("Cli", "Question of the day:")
        print(f"\n{heading} {question.text.get(language) or question.text['en']}")


class PromptsSummary(Translatable):
    def heading(self, count: int, day: str) -> str:
        return self.tr("%n prompt(s) on {day}", "", count).format(day=day)


def _restore(source: Path, paths: Paths, settings: Settings, key: bytes | None) -> int:
    from coachapp.services.protection.backup import restore_journal  # noqa: PLC0415

    clock = SystemClock()
    safety = restore_journal(source, paths.database, paths.backups, clock, key)
    if safety is not None:
        print(translate("Cli", "The previous journal was kept as {path}").format(path=safety))
    open_journal(paths, settings, clock, key).close()  # upgrade an older backup now, checked
    print(translate("Cli", "Journal restored from {path}").format(path=source))
    return EXIT_OK
