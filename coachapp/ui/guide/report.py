"""Report a problem: the version and a check of the installation, copied to paste in a message.

The checks are those of `coachapp self-test` that are safe while the journal is open (the
journal is described from the open one, never opened again), so support reads the same report
either way. Nothing of the journal's text is in it: counts and paths only.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from coachapp import BUG_TRACKER, __version__
from coachapp.i18n import current_language, translate
from coachapp.selftest import (
    Result,
    Status,
    check_backups,
    check_encryption,
    check_folder,
    check_fonts,
    check_icons,
    check_resources,
    check_storage,
    check_translations,
    policy_checks,
)
from coachapp.storage.sqlite_file import LATEST_VERSION
from coachapp.ui.common import messages
from coachapp.ui.common.host import Host


def report_text(host: Host) -> str:
    """The report: versions, system, the journal's state, then each check of the install."""
    journal = host.journal
    paths = journal.paths
    protected = (
        translate("ProblemReport", "protected by a passphrase")
        if journal.protected
        else translate("ProblemReport", "not protected")
    )
    lines = [
        translate("ProblemReport", "CoachApp {version}: problem report").format(
            version=__version__
        ),
        f"{platform.platform()}; Python {sys.version.split()[0]}; Qt {qVersion()}; "
        f"PySide6 {pyside_version}; {QGuiApplication.platformName()}; "
        f"{current_language() or 'en'}",
        translate("ProblemReport", "Journal: format {version}, {protected}; entries: {entries}, "
                  "people: {people}").format(
            version=LATEST_VERSION, protected=protected, entries=journal.entries.count(),
            people=journal.people.count(),
        ),
        translate("ProblemReport", "Self-test while the journal is open:"),
    ]  # fmt: skip
    checks: list[tuple[str, Callable[[], Result]]] = [
        (translate("SelfTest", "Fonts"), check_fonts),
        (translate("SelfTest", "Resources"), check_resources),
        (translate("SelfTest", "Icons"), check_icons),
        (translate("SelfTest", "Translations"), check_translations),
        (translate("SelfTest", "Encryption"), check_encryption),
        *((name, lambda done=result: done) for name, result in policy_checks(host.settings.policy)),
        (translate("SelfTest", "Data folder"), lambda: check_folder(paths.data)),
        (translate("SelfTest", "Log folder"), lambda: check_folder(paths.logs)),
        (translate("SelfTest", "Journal storage"), lambda: check_storage(paths)),
        (translate("SelfTest", "Backups"), lambda: check_backups(paths)),
    ]
    for name, check in checks:
        try:
            result = check()
        except Exception as exc:  # a check that crashes is reported, never raised
            result = Result(Status.FAIL, f"{type(exc).__name__}: {exc}")
        lines.append(f"  {result.status.value:<4}  {name}: {result.detail}")
    return "\n".join(lines) + "\n"


def copy_report(host: Host) -> str:
    """Copy the report to the clipboard and say where to send it; the report."""
    text = report_text(host)
    QGuiApplication.clipboard().setText(text)
    messages.information(
        host.widget(),
        translate("ProblemReport", "Report a problem"),
        translate(
            "ProblemReport",
            "The version of CoachApp and a check of its installation are copied. Paste them in "
            "your message, with what you did and what you saw, and send it to: {tracker}\n\n"
            "They hold no text of your journal. The log file (Help > Open the log folder) can "
            "help too.",
        ).format(tracker=BUG_TRACKER),
    )
    return text
