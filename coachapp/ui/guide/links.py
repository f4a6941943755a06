"""The app's own links (`coachapp:`), opened wherever they are clicked.

A label or a text browser anywhere (a suggestion's pillar, a method's pillars, a
self-assessment dimension) only shows a link and lets Qt open it: Qt hands every `coachapp:`
URL to the one router registered here, which passes it to the window in use. No widget needs
to know the window or the guide.
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from coachapp.services.common.pillars import Pillar
from coachapp.services.guide.contents import SCHEME, pillar_url


class _Router(QObject):
    """Passes each `coachapp:` URL to the latest window that asked for them."""

    def __init__(self) -> None:
        super().__init__()
        self._target: weakref.WeakMethod[Callable[[QUrl], None]] | None = None

    def follow(self, opener: Callable[[QUrl], None]) -> None:
        self._target = weakref.WeakMethod(opener)

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        opener = self._target() if self._target is not None else None
        if opener is not None:
            opener(url)


_router: list[_Router] = []


def route_links_to(opener: Callable[[QUrl], None]) -> None:
    """From now on, `coachapp:` links go to `opener` (a bound method of a window's object)."""
    if not _router:
        _router.append(_Router())
        QDesktopServices.setUrlHandler(SCHEME, _router[0], "open")  # type: ignore[arg-type]
    _router[0].follow(opener)


def linked(label: QLabel) -> QLabel:
    """Make `label`'s links open, by mouse or keyboard (Tab reaches them, Enter opens)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return label


def pillar_link(pillar: str | Pillar, text: str = "") -> str:
    """A link to the guide's page on `pillar`, worded `text` (its name by default)."""
    # The domain's words load with the first link drawn, after the window's first paint.
    from coachapp.words.labels import pillar_label  # noqa: PLC0415

    words = text or pillar_label(Pillar(pillar))
    return f"<a href='{html.escape(pillar_url(str(pillar)))}'>{html.escape(words)}</a>"
