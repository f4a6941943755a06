"""Render the CoachApp application icon from its SVG source into raster files.

The icon is designed once, as ``resources/icons/coachapp.svg``. Some consumers need
pre-rendered rasters instead: PNG files at fixed sizes (window icons on some desktops,
packaging, documentation) and a multi-size ``.ico`` for Windows executables and shortcuts.
Run this script again after every edit of the SVG so that the rasters stay in sync::

    python tools/render_icons.py

It takes no arguments; paths are resolved from the script's location. It renders with
PySide6 (``QSvgRenderer`` onto a transparent ``QImage``, antialiased) and writes the ICO
container itself, embedding PNG-compressed images (accepted by Windows Vista and later),
so it does not depend on Qt's ``ico`` image plugin. Every file is written atomically.
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO_ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = REPO_ROOT / "resources" / "icons"
SVG_PATH = ICON_DIR / "coachapp.svg"
ICO_PATH = ICON_DIR / "coachapp.ico"
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """Render the SVG at ``size`` x ``size`` pixels and return the PNG-encoded bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter rather than QImage.save: PySide6's stubs and runtime disagree on the type
    # of save()'s format argument (bytes versus str), so no call satisfies both mypy and Qt.
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"could not encode the {size}px image as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def build_ico(images: dict[int, bytes]) -> bytes:
    """Assemble an ICO container from PNG images keyed by their (square) pixel size.

    Layout: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG data.
    A width or height of 256 is stored as 0, as the format requires.
    """
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        png = images[size]
        dim = 0 if size >= 256 else size
        # width, height, colour count, reserved, planes, bits per pixel, data size, offset
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp_path = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp_path.chmod(0o644)
        tmp_path.replace(path)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def main() -> int:
    """Render every PNG size and the ICO file; return a process exit status."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG_PATH))
    if not renderer.isValid():
        print(f"error: cannot load {SVG_PATH}", file=sys.stderr)
        return 1

    images = {size: render_png(renderer, size) for size in SIZES}
    for size, png in images.items():
        target = ICON_DIR / f"coachapp-{size}.png"
        write_atomic(target, png)
        print(f"wrote {target.relative_to(REPO_ROOT)}")
    write_atomic(ICO_PATH, build_ico(images))
    print(f"wrote {ICO_PATH.relative_to(REPO_ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
