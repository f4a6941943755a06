"""What an empty area says: what it is for, in the model's terms, and the button that starts it.

Each area of the window with nothing in it shows a panel above its usual content, until its
first record exists: a journal with no entry, a people list with nobody, a board with no
delegation. The panels are put in from here, so the areas' own views stay as they were.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import QT_TRANSLATE_NOOP, Message
from coachapp.i18n import render
from coachapp.services.guide.contents import OVERVIEW, guide_url
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge
from coachapp.ui.guide.links import linked, pillar_link

# area: (title, what it is for, the first action, the pillar it serves or "" for the overview)
TEXTS: dict[str, tuple[Message, Message, Message, str]] = {
    "journal": (
        QT_TRANSLATE_NOOP("EmptyState", "Your journal is empty"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "The journal is where practising the model shows: what you tried, what went wrong "
            "and what it taught, whom you listened to. A few lines after a meeting or a hard "
            "moment are enough, and the suggestions on Today come from what you write here.",
        ),
        QT_TRANSLATE_NOOP("EmptyState", "Write a first entry"),
        "",
    ),
    "rituals": (
        QT_TRANSLATE_NOOP("EmptyState", "No ritual planned yet"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Rituals are the regular times when the team builds things together: a weekly "
            "round of ideas, a look back after a project, a world café with service users. "
            "Co-construction needs such times, planned and kept; the method library proposes "
            "one for each situation.",
        ),
        QT_TRANSLATE_NOOP("EmptyState", "Plan a first ritual…"),
        "COC",
    ),
    "delegations": (
        QT_TRANSLATE_NOOP("EmptyState", "No delegation recorded yet"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "A delegation says who decides what, on seven levels from “I decide and announce” "
            "to “the team decides”. Writing it down, then raising the level step by step at "
            "each check-in, is how control gives way to trust.",
        ),
        QT_TRANSLATE_NOOP("EmptyState", "Record a first delegation…"),
        "MGR",
    ),
    "experiments": (
        QT_TRANSLATE_NOOP("EmptyState", "No experiment yet"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "An experiment tries a small change for a set time, with a sign that tells whether "
            "it works: another way of welcoming service users at the front desk, a shared rota. "
            "It may fail; what it teaches is kept, and that is what the right to error is for.",
        ),
        QT_TRANSLATE_NOOP("EmptyState", "Start a first experiment…"),
        "EXP",
    ),
    "people": (
        QT_TRANSLATE_NOOP("EmptyState", "Nobody here yet"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "The people you work with and for: your agents first, then the service users' "
            "representatives, elected officials and partners the model asks you to include. "
            "Type your team "
            "once, one person a line; meetings, delegations and experiments then name them.",
        ),
        QT_TRANSLATE_NOOP("EmptyState", "Add your team…"),
        "INC",
    ),
    "insights": (
        QT_TRANSLATE_NOOP("EmptyState", "Nothing to chart yet"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Insights show your practice over the months: meetings held and who took part, "
            "delegation levels, experiments started and concluded. They fill in as you record "
            "your work; a first meeting built with the team is a good start.",
        ),
        QT_TRANSLATE_NOOP("EmptyState", "Plan a ritual…"),
        "CHG",
    ),
}


class EmptyState(Retranslatable, QFrame):
    """`act`: the area's first action was asked for."""

    act = Signal()

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"emptyState_{area}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = QLabel(self)
        enlarge(self.title, 1.15)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("firstAction")
        self.button.clicked.connect(self.act)
        self.guide = linked(QLabel(self))
        self.guide.setObjectName("aboutInGuide")
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addSpacing(12)
        row.addWidget(self.guide)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()  # until the area is read: never a verdict before it
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, text, action, pillar = TEXTS[self.area]
        self.title.setText(render(title))
        self.text.setText(render(text))
        self.button.setText(render(action))
        self.setAccessibleName(render(title))
        if pillar:
            link = pillar_link(pillar)
        else:
            words = html.escape(self.tr("the management model in short"))
            link = f"<a href='{guide_url(OVERVIEW)}'>{words}</a>"
        self.guide.setText(self.tr("In the guide: {link}").format(link=link))

    def update_state(self) -> None:
        # Areas are built after the first paint, with the journal open: its models load then.
        from coachapp.services.onboarding.activity import is_empty  # noqa: PLC0415

        self.setVisible(is_empty(self.area))


class EmptyStates(QObject):
    """The panels of the areas built so far: an area gets its panel when it is built (the
    window builds an area the first time it is shown), its button doing `actions[area]`."""

    def __init__(
        self, events: DataEvents, actions: dict[str, Callable[[], object]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.panels: dict[str, EmptyState] = {}
        self._views: dict[QObject, EmptyState] = {}
        self._actions = actions
        events.changed.connect(lambda _kind: self.update_shown())
        events.reloaded.connect(self.update_shown)

    def add(self, name: str, view: QWidget) -> None:
        """A panel above the content of the area `name`, if it has one."""
        layout = view.layout()
        if name not in TEXTS or not isinstance(layout, QBoxLayout):
            return
        panel = EmptyState(name, view)
        panel.act.connect(self._actions[name])
        layout.insertWidget(0, panel)
        self.panels[name] = panel
        self._views[view] = panel
        view.installEventFilter(self)

    def update_shown(self) -> None:
        for view, panel in self._views.items():
            if isinstance(view, QWidget) and view.isVisible():
                panel.update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._views:
            self._views[watched].update_state()
        return False
