"""`coachapp self-test`: check an installation headless and say plainly what is wrong.

IT runs it after deploying; support asks for its output. It changes nothing: the journal is
checked read-only and in a rolled-back transaction, and write checks use temporary files.
Long because it holds every check of an installation, each a short function in the order the
report prints them, so that what IT reads maps to one place.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TextIO

from coachapp import __version__
from coachapp.config import Origin, Paths, Policy, PolicyLayer, prepare_folder
from coachapp.errors import UserError
from coachapp.i18n import SUPPORTED, Translatable, render_error, translate
from coachapp.protection import JournalState, journal_state, readable_backups
from coachapp.resources import resource_path
from coachapp.storage.backups import list_backups
from coachapp.storage.database import close_database, open_database, placement
from coachapp.storage.journal_key import key_file_for, read_key_file
from coachapp.storage.migrations import check_compatible
from coachapp.storage.sqlite_file import LATEST_VERSION, quick_check

PLATFORM_PROBE = "platform-probe"
BINDING_CALLS = 20_000


class Status(Enum):
    OK = "OK"
    SKIP = "SKIP"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Result:
    status: Status
    detail: str


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def probe_command() -> list[str]:
    """How to start this same program (source or frozen) with the platform probe."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PLATFORM_PROBE]
    return [sys.executable, "-m", "coachapp", PLATFORM_PROBE]


def run_platform_probe() -> int:
    """Child side: can Qt start its GUI platform here? (A failure aborts the process.)"""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication([sys.argv[0]])
    print(app.platformName())
    return 0


def check_platform() -> Result:
    if not has_display():
        return Result(
            Status.SKIP, translate("SelfTest", "no graphical session here; the window cannot open")
        )
    try:
        done = subprocess.run(
            probe_command(), capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Result(Status.FAIL, str(exc))
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        hint = lines[-1] if lines else f"exit code {done.returncode}"
        return Result(
            Status.FAIL, translate("SelfTest", "Qt cannot open a window: {hint}").format(hint=hint)
        )
    return Result(
        Status.OK, translate("SelfTest", "platform {name}").format(name=done.stdout.strip())
    )


def check_versions() -> Result:
    import PySide6  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    detail = f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, Qt {qVersion()}"
    if sys.version_info[:2] == (3, 11) and PySide6.__version__.startswith("6.12."):
        return Result(
            Status.FAIL, detail + translate("SelfTest", " (this PySide6 crashes on Python 3.11)")
        )
    return Result(Status.OK, detail)


def check_binding() -> Result:
    """Void Qt calls and signal emits must not leak or steal references (PySide6 6.12 on 3.11)."""
    from PySide6.QtCore import QObject, Signal  # noqa: PLC0415

    class Emitter(QObject):
        fired = Signal(int)

    emitter = Emitter()
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(BINDING_CALLS):
        emitter.setObjectName("probe")
        emitter.fired.emit(i)
    drift = max(abs(sys.getrefcount(None) - before_none), abs(sys.getrefcount(True) - before_true))
    if drift > BINDING_CALLS // 10:
        return Result(
            Status.FAIL, translate("SelfTest", "reference counts drift by {n}").format(n=drift)
        )
    return Result(
        Status.OK, translate("SelfTest", "{n} calls, no reference drift").format(n=BINDING_CALLS)
    )


def check_fonts() -> Result:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics  # noqa: PLC0415

    families = QFontDatabase.families()
    if not families or QFontMetrics(QFont()).horizontalAdvance("CoachApp") <= 0:
        return Result(
            Status.FAIL,
            translate("SelfTest", "no usable font; install fontconfig and a font package"),
        )
    return Result(Status.OK, translate("SelfTest", "{n} font families").format(n=len(families)))


def check_icons() -> Result:
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    from coachapp.ui.common.icons import icon  # noqa: PLC0415

    app_icon = QIcon(str(resource_path("icons", "coachapp.svg")))
    if app_icon.pixmap(32, 32).isNull():
        return Result(Status.FAIL, translate("SelfTest", "the application icon cannot be drawn"))
    if icon("people").pixmap(32, 32).isNull():
        return Result(Status.FAIL, translate("SelfTest", "the icon font cannot be drawn"))
    return Result(Status.OK, translate("SelfTest", "application icon and icon font draw"))


def check_translations() -> Result:
    from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: PLC0415

    missing = []
    for language in SUPPORTED:
        own = QTranslator()
        if not own.load(str(resource_path("translations", f"coachapp_{language}.qm"))):
            missing.append(f"coachapp_{language}.qm")
    qt = QTranslator()
    if not qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        missing.append("qtbase_fr.qm")
    if missing:
        return Result(
            Status.FAIL, translate("SelfTest", "missing: {files}").format(files=", ".join(missing))
        )
    return Result(Status.OK, ", ".join(SUPPORTED))


def check_resources() -> Result:
    needed = [resource_path("icons", "coachapp.svg"), resource_path("icons", "coachapp-256.png")]
    missing = [str(path) for path in needed if not path.is_file()]
    if missing:
        return Result(
            Status.FAIL, translate("SelfTest", "missing: {files}").format(files=", ".join(missing))
        )
    return Result(Status.OK, str(resource_path()))


def check_folder(folder: Path) -> Result:
    try:
        prepare_folder(folder)
    except UserError as exc:
        return Result(Status.FAIL, render_error(exc))
    return Result(Status.OK, str(folder))


def check_encryption() -> Result:
    """SQLCipher must load for a protected journal to open: a packaging fault shows here."""
    try:
        from sqlcipher3 import dbapi2 as sqlcipher  # noqa: PLC0415

        connection = sqlcipher.connect(":memory:")
        try:
            version = connection.execute("PRAGMA cipher_version").fetchone()[0]
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        finally:
            connection.close()
    except Exception as exc:
        return Result(Status.FAIL, f"{type(exc).__name__}: {exc}")
    return Result(
        Status.OK,
        translate("SelfTest", "SQLCipher {version}, full-text search").format(version=version),
    )


def check_database(paths: Paths) -> Result:
    if not paths.database.exists():
        return Result(
            Status.OK, translate("SelfTest", "no journal yet; it will be created at first start")
        )
    if journal_state(paths.database) is JournalState.PROTECTED:
        # Without the passphrase only its key file can be checked (and should be).
        try:
            read_key_file(key_file_for(paths.database))
        except UserError as exc:
            return Result(Status.FAIL, render_error(exc))
        return Result(
            Status.OK,
            translate("SelfTest", "protected by a passphrase (not opened by the self-test)"),
        )
    try:
        database = open_database(paths.database)
    except Exception as exc:
        return Result(Status.FAIL, str(exc))
    try:
        version = check_compatible(database, paths.database)
        problems = quick_check(database.connection())
        if problems:
            return Result(
                Status.FAIL, translate("SelfTest", "damaged: {details}").format(details=problems[0])
            )
        with database.atomic() as transaction:
            database.execute_sql("CREATE TEMP TABLE self_test_probe (x)")
            transaction.rollback()
    except UserError as exc:
        return Result(Status.FAIL, render_error(exc))
    except Exception as exc:
        return Result(Status.FAIL, str(exc))
    finally:
        close_database()
    detail = translate("SelfTest", "format {version}, healthy, writable").format(version=version)
    if version < LATEST_VERSION:
        detail += translate("SelfTest", " (upgraded to format {latest} at next start)").format(
            latest=LATEST_VERSION
        )
    return Result(Status.OK, detail)


def check_storage(paths: Paths) -> Result:
    """How the journal is opened where it lives: a network folder cannot hold a WAL."""
    network = placement(paths.database).network
    if not network:
        return Result(Status.OK, translate("SelfTest", "local disk: write-ahead log"))
    return Result(
        Status.OK,
        translate(
            "SelfTest",
            "network file system ({kind}): rollback journal, the file locked while CoachApp "
            "runs (a write-ahead log is unsafe on a network folder); backups and checks run in "
            "the window's thread",
        ).format(kind=network),
    )


def check_backups(paths: Paths) -> Result:
    found = list_backups(paths.backups)
    if journal_state(paths.database) is JournalState.PROTECTED:
        readable = readable_backups(paths.backups)
        if readable:
            names = ", ".join(path.name for path in readable)
            return Result(Status.FAIL, SelfTestCounts().readable(len(readable), names))
    if not found:
        return Result(Status.OK, translate("SelfTest", "none yet"))
    newest = found[0].created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return Result(
        Status.OK,
        translate("SelfTest", "{n} in {folder}, newest {date}").format(
            n=len(found), folder=paths.backups, date=newest
        ),
    )


class SelfTestSummary(Translatable):
    def failed(self, count: int) -> str:
        return self.tr("%n check(s) failed.", "", count)


class SelfTestCounts(Translatable):
    def pages(self, count: int, folder: str) -> str:
        return self.tr("%n page(s) from {folder}", "", count).format(folder=folder)

    def readable(self, count: int, names: str) -> str:
        return self.tr(
            "%n backup(s) in clear beside the protected journal, readable by anyone who can "
            "read the folder: {names}. In CoachApp: File > Protection > Backups left "
            "readable.",
            "",
            count,
        ).format(names=names)


def policy_checks(policy: Policy) -> list[tuple[str, Result]]:
    """One line per place that sets a policy, saying what of it applies (so where each locked
    value comes from), or that there is none."""
    if not policy.layers:
        none = Result(Status.OK, translate("SelfTest", "none (built-in defaults)"))
        return [(translate("SelfTest", "Machine policy"), none)]
    names = {
        Origin.MACHINE_REGISTRY: translate("SelfTest", "Group Policy (computer)"),
        Origin.USER_REGISTRY: translate("SelfTest", "Group Policy (user)"),
        Origin.FILE: translate("SelfTest", "Machine policy"),
    }
    return [(names[layer.origin], check_policy_layer(policy, layer)) for layer in policy.layers]


def check_guide_pack(policy: Policy) -> Result:
    """The organisation's guide pages the policy names: how many, and what was left out."""
    folder = policy.locked.get("guide.folder") or policy.defaults.get("guide.folder")
    if not folder:
        return Result(Status.OK, translate("SelfTest", "none"))
    from coachapp.services.guide.organisation import load_pack  # noqa: PLC0415

    pack = load_pack(Path(str(folder)))
    found = SelfTestCounts().pages(len(pack.pages), str(folder))
    if pack.problems:
        return Result(
            Status.FAIL,
            translate("SelfTest", "{found}; left out: {problems}").format(
                found=found, problems="; ".join(str(p) for p in pack.problems)
            ),
        )
    return Result(Status.OK, found)


def check_policy_layer(policy: Policy, layer: PolicyLayer) -> Result:
    if layer.problems:
        return Result(
            Status.FAIL,
            translate("SelfTest", "{file}: {problem} (skipped; the rest applies)")
            .format(file=layer.place, problem="; ".join(layer.problems)),
        )  # fmt: skip

    def own(set_here: dict[str, object], in_force: dict[str, object]) -> list[str]:
        return sorted(k for k in set_here if k in in_force and policy.origin(k) is layer.origin)

    defaults = own(layer.defaults, policy.defaults)
    locked = own(layer.locked, policy.locked)
    detail = translate("SelfTest", "{file}: defaults {defaults}; locked {locked}").format(
        file=layer.place, defaults=", ".join(defaults) or "-", locked=", ".join(locked) or "-"
    )
    replaced = sorted({*layer.defaults, *layer.locked} - {*defaults, *locked})
    if replaced:
        detail = translate("SelfTest", "{detail}; replaced by a stronger policy: {keys}").format(
            detail=detail, keys=", ".join(replaced)
        )
    return Result(Status.OK, detail)


def run_self_test(paths: Paths, out: TextIO, policy: Policy | None = None) -> int:
    """Run every check, print a report, and return the exit code (0 all good, 1 otherwise)."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    if QGuiApplication.instance() is None:
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "coachapp"])
        from coachapp.i18n import current_language, set_language  # noqa: PLC0415

        set_language(current_language() or "en")
        del app  # kept alive by Qt until exit
    data_result = check_folder(paths.data)
    checks: list[tuple[str, Callable[[], Result]]] = [
        (translate("SelfTest", "Versions"), check_versions),
        (translate("SelfTest", "Qt bindings"), check_binding),
        (translate("SelfTest", "Display"), check_platform),
        (translate("SelfTest", "Fonts"), check_fonts),
        (translate("SelfTest", "Resources"), check_resources),
        (translate("SelfTest", "Icons"), check_icons),
        (translate("SelfTest", "Translations"), check_translations),
        (translate("SelfTest", "Encryption"), check_encryption),
        *((name, lambda done=result: done) for name, result in policy_checks(policy or Policy())),
        (
            translate("SelfTest", "Organisation guide pages"),
            lambda: check_guide_pack(policy or Policy()),
        ),
        (translate("SelfTest", "Data folder"), lambda: data_result),
        (translate("SelfTest", "Log folder"), lambda: check_folder(paths.logs)),
    ]
    if data_result.status is Status.OK:
        checks.append((translate("SelfTest", "Journal storage"), lambda: check_storage(paths)))
        checks.append((translate("SelfTest", "Journal"), lambda: check_database(paths)))
        checks.append((translate("SelfTest", "Backups"), lambda: check_backups(paths)))
    print(
        translate("SelfTest", "CoachApp {version} self-test").format(version=__version__), file=out
    )
    failures = 0
    for name, check in checks:
        try:
            result = check()
        except Exception as exc:  # a check that crashes is a failed check, not a traceback
            result = Result(Status.FAIL, f"{type(exc).__name__}: {exc}")
        failures += result.status is Status.FAIL
        line = translate("SelfTest", "{name}: {detail}").format(name=name, detail=result.detail)
        print(f"  {result.status.value:<4}  {line}", file=out)
    if failures:
        print(SelfTestSummary().failed(failures), file=out)
        return 1
    print(translate("SelfTest", "All checks passed."), file=out)
    return 0
