"""No network connection, ever (the journal names people): a full run of the window over a
demo journal, through every area and the dialogs that show data, opens no Internet socket,
looks no host up, makes no Qt network object, loads no web or HTTP module, and leaves no
Internet socket open. The single-instance link is a local (Unix-domain) socket: allowed.

The guard is shown to work: the second test trips it every way it watches."""

from __future__ import annotations

import ast
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6 import QtNetwork
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.render.writers import writers_for
from coachapp.services.exchange.exporting import FORMATS, SUFFIXES
from coachapp.services.exchange.journal_export import ExportOptions
from coachapp.ui.coaching import import_question
from coachapp.ui.common import messages
from coachapp.ui.exchange.review_window import ReviewWindow
from coachapp.ui.people.erase_dialog import EraseDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.painted import wait_painted

ROOT = Path(__file__).resolve().parents[3]
INET = (socket.AF_INET, socket.AF_INET6)
# Modules that only serve to talk to other machines.
NETWORK_MODULES = (
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebSockets", "PySide6.QtWebChannel", "PySide6.QtWebView", "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth", "http.client", "urllib.request", "ftplib", "smtplib", "requests",
    "urllib3", "httpx", "aiohttp",
)  # fmt: skip
# The Qt classes that reach other machines (QLocalSocket and QLocalServer do not).
QT_NETWORK = (
    "QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QTcpServer",
    "QDnsLookup", "QNetworkInformation",
)  # fmt: skip
QT_LOOKUPS = ("lookupHost", "fromName")  # QHostInfo's static host lookups


class Refused(OSError):
    """What the guard raises instead of letting a connection out."""


class NetworkGuard:
    """Refuses, and records, every way out it watches."""

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self.modules_before = set(sys.modules)

    def refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise Refused(f"no network in CoachApp: {what}")

    def new_network_modules(self) -> list[str]:
        return sorted(
            name for name in set(sys.modules) - self.modules_before
            if name in NETWORK_MODULES or name.startswith(tuple(f"{m}." for m in NETWORK_MODULES))
        )  # fmt: skip


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Python's sockets for the Internet (a Unix-domain one passes), host lookups, and Qt's
    network classes, refused while the test runs."""
    guard = NetworkGuard()
    real_init = socket.socket.__init__
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def init(
        self: socket.socket, family: int = -1, type: int = -1, proto: int = -1,
        fileno: int | None = None,
    ) -> None:  # fmt: skip
        if fileno is None and (socket.AF_INET if family == -1 else family) in INET:
            guard.refuse(f"socket.socket({family!r})")
        real_init(self, family, type, proto, fileno)

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in INET:
            guard.refuse(f"connect {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in INET:
            guard.refuse(f"connect_ex {address!r}")
        return real_connect_ex(self, address)

    def refusing(what: str) -> Callable[..., Any]:
        def refused(*args: object, **_kwargs: object) -> Any:
            plain = tuple(a for a in args if isinstance(a, str | int | tuple))  # not Qt's self
            guard.refuse(f"{what}{plain!r}")

        return refused

    monkeypatch.setattr(socket.socket, "__init__", init)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refusing(f"socket.{name}"))
    for name in QT_NETWORK:
        cls = getattr(QtNetwork, name, None)
        if cls is not None:
            monkeypatch.setattr(cls, "__init__", refusing(name))
    for name in QT_LOOKUPS:
        monkeypatch.setattr(QtNetwork.QHostInfo, name, refusing(f"QHostInfo.{name}"))
    yield guard


def inet_sockets() -> list[int]:
    """The file descriptors of the Internet sockets this process holds, whoever opened them
    (Python or Qt's C++), bound or not: each socket among its open files, asked its family."""
    held = []
    for entry in FDS.iterdir():
        fd = int(entry.name)
        try:
            probe = socket.socket(fileno=fd)  # reads the family; the guard lets it pass
        except OSError:
            continue  # not a socket, or closed while listing
        try:
            if probe.family in INET:
                held.append(fd)
        finally:
            probe.detach()  # the descriptor stays its owner's
    return held


FDS = Path("/proc/self/fd") if Path("/proc/self/fd").is_dir() else Path("/dev/fd")
needs_fds = pytest.mark.skipif(not FDS.is_dir(), reason="no listing of open files")


@pytest.fixture
def demo(journal: Journal) -> None:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="fr")


def close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()
    QApplication.processEvents()


@needs_fds
def test_a_full_run_opens_no_network_connection(
    no_network: NetworkGuard, demo: None, window: MainWindow, qtbot: QtBot, *,
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    preferences = window.show_preferences()  # the Coaching area switched on, to be seen too
    preferences.coaching.setChecked(True)
    preferences.reject()
    # Every area, by its shortcut, each with something selected where it lists records.
    for number, action in enumerate(window.act_areas):
        action.trigger()
        area = window.stack.currentWidget()
        assert area is not None and window.stack.currentIndex() == number
        wait_painted(qtbot, area)  # what it reads and draws, done
    window.show_area(window.stack.indexOf(window.people_view))  # each tab of a person, seen
    window.people_view.table.selectRow(0)
    person = window.people_view.editor.record
    assert person is not None
    tabs = window.people_view.editor.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        page = tabs.currentWidget()
        assert page is not None
        wait_painted(qtbot, page)
    window.show_area(window.stack.indexOf(window.journal_view))
    window.journal_view.search.setText("accueil")
    qtbot.waitUntil(lambda: window.journal_view.model.rowCount() > 0)
    # The dialogs that show journal data.
    exporting = window.exchange.export_journal()
    for form in FORMATS:
        exporting.form.setCurrentIndex(exporting.form.findData(form))
        exporting.refresh_preview()
    close(exporting)
    today = window.today_actions
    for dialog in (
        window.show_preferences(), today.self_assessment(), today.show_progress(),
        today.weekly_review(), window.show_templates(), window.exchange.show_shared(),
    ):  # fmt: skip
        qtbot.waitExposed(dialog)
        close(dialog)
    erasing = window.people_view.erase_selected()
    assert isinstance(erasing, EraseDialog) and erasing.preview.total > 0
    close(erasing)
    monkeypatch.setattr(messages, "save_file", lambda *_a: tmp_path / "report.html")
    assert window.exchange.person_report(person.uuid) == tmp_path / "report.html"
    # Every export form written, then the JSON one opened for review and imported back.
    for form in FORMATS:
        journal.exports.export(form, tmp_path / f"out{SUFFIXES[form]}", ExportOptions(),
               writers_for(journal), pseudonymised=form == "json")  # fmt: skip
    review = window.exchange.open_for_review(tmp_path / "out.json")
    assert isinstance(review, ReviewWindow)
    qtbot.waitExposed(review)
    close(review)
    monkeypatch.setattr(import_question, "whose", lambda *_a, **_k: import_question.MINE)
    assert window.exchange.import_file(tmp_path / "out.json")  # pseudonymised: "my own"
    QApplication.processEvents()

    assert no_network.attempts == []
    assert no_network.new_network_modules() == []
    assert inet_sockets() == []
    source_imports = sorted({
        alias.name
        for path in (ROOT / "coachapp").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork"
        for alias in node.names
    })  # fmt: skip
    assert source_imports == ["QLocalServer", "QLocalSocket"]


@needs_fds
def test_the_guard_trips_on_every_way_out(no_network: NetworkGuard) -> None:
    with pytest.raises(Refused):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)  # a documentation address
    with pytest.raises(Refused):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(Refused):
        socket.socket()  # the default family is the Internet's
    with pytest.raises(Refused):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(Refused):
        QtNetwork.QNetworkAccessManager()
    with pytest.raises(Refused):
        QtNetwork.QTcpSocket()
    local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # the single-instance kind
    local.close()
    assert len(no_network.attempts) == 6
    # A socket opened below Python (as Qt's C++ would) is still seen, by the process's files.
    import _socket  # noqa: PLC0415

    raw = _socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        assert len(inet_sockets()) == 1
    finally:
        raw.close()
    assert inet_sockets() == []
    # A network module loaded during the run is seen too.
    import http.client  # noqa: F401, PLC0415

    no_network.modules_before.discard("http.client")
    assert "http.client" in no_network.new_network_modules()
