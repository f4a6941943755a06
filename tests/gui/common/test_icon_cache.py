"""Icons drawn once per theme and size, kept in the cache folder: reused by the next start
without the icon font, drawn again when the file is stale, damaged or of another theme."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from coachapp.ui.common import icon_cache, icons


def font_loaded() -> bool:
    return bool(icons._font)


def forget_font() -> None:
    """As in a new process: the font not loaded (it stays registered with Qt, harmlessly)."""
    icons._font.clear()


@pytest.fixture
def cache(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    folder = tmp_path / "cache"
    icons.use_cache_folder(folder)
    yield folder
    icons._folder.clear()
    icons.clear_cache()


def drawn(name: str, size: int = 20) -> QImage:
    return icons.icon(name).pixmap(QSize(size, size)).toImage()


def restart() -> None:
    """What the next start does: the icons forgotten, the cache read again."""
    forget_font()
    icons.clear_cache()


def test_icons_drawn_once_are_reused_without_the_font(cache: Path) -> None:
    assert not icons.cache_warm()  # nothing kept yet
    first = drawn("people")
    assert font_loaded()
    icons.save_cache()
    [kept] = cache.iterdir()
    assert kept.name.startswith("icons-") and kept.read_bytes().startswith(b"coachapp-icons")
    restart()
    assert icons.cache_warm()
    assert drawn("people") == first  # the same picture, read from the file
    assert not font_loaded()


def test_a_new_size_is_drawn_and_kept_too(cache: Path) -> None:
    drawn("trash", 16)
    icons.save_cache()
    restart()
    assert not drawn("trash", 16).isNull() and not font_loaded()
    drawn("trash", 32)  # not in the file: drawn with the font
    assert font_loaded()
    icons.save_cache()
    restart()
    drawn("trash", 32)
    drawn("trash", 16)
    assert not font_loaded()


def test_a_stale_file_is_drawn_again_and_rewritten(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn("search")
    icons.save_cache()
    # The icon font changed (qtawesome upgraded): the file's stamp no longer matches.
    monkeypatch.setattr(icons, "font_stamp", lambda _font: f"{icon_cache.FORMAT} other-font-6.0")
    restart()
    assert not icons.cache_warm()
    drawn("search")
    assert font_loaded()
    icons.save_cache()
    [kept] = cache.iterdir()
    assert kept.read_bytes().startswith(f"{icon_cache.FORMAT} other-font-6.0\n".encode())
    restart()
    assert icons.cache_warm()


def test_a_damaged_file_only_means_drawing_again(cache: Path) -> None:
    drawn("backup")
    icons.save_cache()
    [kept] = cache.iterdir()
    kept.write_bytes(kept.read_bytes()[:-40] + b"\xff" * 10)  # cut short, as by a full disk
    restart()
    image = drawn("backup")
    assert not image.isNull() and font_loaded()


def test_each_theme_has_its_own_file(cache: Path, qapp: QApplication) -> None:
    drawn("about")
    icons.save_cache()
    light = qapp.palette()
    dark = QPalette(light)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        dark.setColor(group, QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    qapp.setPalette(dark)
    try:
        restart()
        assert not icons.cache_warm()  # never drawn in these colours
        assert drawn("about").pixelColor(10, 10) != QColor("#000000")
        icons.save_cache()
        assert len(list(cache.iterdir())) == 2
    finally:
        qapp.setPalette(light)
    restart()
    assert icons.cache_warm()


def test_the_file_is_written_whole_and_private(cache: Path) -> None:
    drawn("lock")
    icons.save_cache()
    assert [path.name for path in cache.iterdir() if path.name.startswith(".")] == []
    [kept] = cache.iterdir()
    assert kept.stat().st_mode & 0o077 == 0


def test_disabled_icons_are_kept_apart(cache: Path) -> None:
    icon = icons.icon("quit")
    enabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage()
    assert enabled != disabled
    icons.save_cache()
    restart()
    again = icons.icon("quit")
    assert again.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage() == disabled
    assert not font_loaded()
