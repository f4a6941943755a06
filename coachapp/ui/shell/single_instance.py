"""The running instance listens on a local socket; a second start asks it to come forward.

The file lock (coachapp.instance_lock) decides who owns the data folder; this socket only
carries the "raise" request, so a stale socket left by a crash is simply replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coachapp.config import Paths

log = logging.getLogger("coachapp.instance")

RAISE = b"raise\n"
TIMEOUT_MS = 1000


def server_name(paths: Paths) -> str:
    """One name per user and data folder, short enough for every platform's socket rules."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\n{paths.data.resolve()}".encode()).hexdigest()[:20]
    return f"coachapp-{digest}"


class InstanceServer(QObject):
    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        QLocalServer.removeServer(name)  # a socket file left by a crashed instance
        if not self._server.listen(name):
            log.warning("Cannot listen on %s: %s", name, self._server.errorString())

    def _accept(self) -> None:
        """Read each request at once: the client writes right after connecting."""
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS):
                request = bytes(socket.readAll().data())
                if request.startswith(RAISE.strip()):
                    log.info("Another start asked this window to come forward")
                    self.activation_requested.emit()
            socket.close()  # the socket itself goes with the server

    def close(self) -> None:
        self._server.close()


def request_activation(name: str) -> bool:
    """Ask the running instance to bring its window forward; False if nobody answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent
