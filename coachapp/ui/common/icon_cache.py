"""Icons drawn once and kept in the user's cache folder, one file per theme, so that later
starts paint them from the file without loading the icon font (coachapp.ui.common.icons).

A file holds the PNG of every icon drawn in that theme, by glyph, colours, mode and size. Its
first line is a stamp of what drew them (the icon font file, Qt's version, this format): a
file with another stamp is stale and is rebuilt as icons are drawn again. Files are written
whole, under a new name renamed over the old (coachapp.fileio), a little after the last new
icon was drawn; a damaged or unreadable file only means drawing the icons again.
"""

from __future__ import annotations

import hashlib
import logging
import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, qVersion
from PySide6.QtGui import QPixmap

from coachapp.fileio import write_bytes_atomic

log = logging.getLogger("coachapp.ui.icons")

FORMAT = "coachapp-icons 1"
SAVE_DELAY_MS = 2000  # after the last icon drawn: a burst of new icons is written once
_KEY = struct.Struct(">H")
_BLOB = struct.Struct(">I")


def theme_file(folder: Path, theme: str) -> Path:
    """The cache file of the theme whose colours are named by `theme`."""
    digest = hashlib.sha256(theme.encode("utf-8")).hexdigest()[:16]
    return folder / f"icons-{digest}.bin"


def font_stamp(font_file: Path) -> str:
    """What drew the icons: the font file (name, size, date) and Qt, which renders it."""
    info = font_file.stat()
    return f"{FORMAT} {font_file.name} {info.st_size} {info.st_mtime_ns} Qt {qVersion()}"


class IconStore:
    """The drawn icons of the current theme, read from and written to the cache folder."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._stamp = ""
        self._file: Path | None = None
        self._blobs: dict[str, bytes] = {}
        self._pixmaps: dict[str, QPixmap] = {}
        self._dirty = False
        self._save_pending = False
        self.warm = False  # the file held this theme's icons under the current stamp

    def open(self, folder: Path | None, theme: str, stamp: str) -> None:
        """Use the cache file of `theme` in `folder` (None: in memory only)."""
        self.save()
        self._folder, self._stamp = folder, stamp
        self._file = theme_file(folder, theme) if folder else None
        self._pixmaps.clear()
        self._blobs = self._read() if self._file else {}
        self.warm = bool(self._blobs)
        self._dirty = False

    def _read(self) -> dict[str, bytes]:
        assert self._file is not None
        try:
            data = self._file.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError:
            log.warning("Cannot read the icon cache %s", self._file, exc_info=True)
            return {}
        header, _, body = data.partition(b"\n")
        if header.decode("utf-8", "replace") != self._stamp:
            log.info("Icon cache %s is stale: drawing the icons again", self._file.name)
            return {}
        blobs: dict[str, bytes] = {}
        at = 0
        try:
            while at < len(body):
                (size,) = _KEY.unpack_from(body, at)
                at += _KEY.size
                key = body[at : at + size].decode("utf-8")
                at += size
                (size,) = _BLOB.unpack_from(body, at)
                at += _BLOB.size
                blobs[key] = body[at : at + size]
                at += size
        except (struct.error, UnicodeDecodeError):
            log.warning("Icon cache %s is damaged: drawing the icons again", self._file.name)
            return {}
        return blobs

    def get(self, key: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(key)
        if pixmap is None and key in self._blobs:
            pixmap = QPixmap()
            if not pixmap.loadFromData(self._blobs[key], "PNG"):
                del self._blobs[key]
                return None
            self._pixmaps[key] = pixmap
        return pixmap

    def put(self, key: str, pixmap: QPixmap) -> None:
        """Keep a newly drawn icon; the file is written a little later."""
        self._pixmaps[key] = pixmap
        self._dirty = True
        if self._file is not None and not self._save_pending:
            self._save_pending = True
            QTimer.singleShot(SAVE_DELAY_MS, self.save)

    def save(self) -> None:
        """Write every icon drawn in this theme, if some are new."""
        self._save_pending = False
        if self._file is None or not self._dirty:
            return
        parts = [self._stamp.encode("utf-8"), b"\n"]
        for key in sorted(self._blobs.keys() | self._pixmaps.keys()):
            blob = self._blobs.get(key) or _png(self._pixmaps[key])
            self._blobs[key] = blob
            encoded = key.encode("utf-8")
            parts += [_KEY.pack(len(encoded)), encoded, _BLOB.pack(len(blob)), blob]
        try:
            write_bytes_atomic(self._file, b"".join(parts))
        except OSError:
            log.warning("Cannot write the icon cache %s", self._file, exc_info=True)
            return
        self._dirty = False


def _png(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
