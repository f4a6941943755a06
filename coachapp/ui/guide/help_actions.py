"""The Help menu's work: the user guide (F1, at the page of the area in use), the guide to the
management model, the keyboard shortcuts, what is new after an upgrade, and a problem report.

It also opens the app's own links (`coachapp:`) wherever they were clicked: a guide page, a
method of the library, a question to answer in the journal, the self-assessment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from coachapp import __version__
from coachapp.i18n import current_language
from coachapp.resources import resource_path
from coachapp.services.guide.contents import OVERVIEW, SCHEME, WHATS_NEW, contents
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.host import Host
from coachapp.ui.common.icons import icon
from coachapp.ui.guide.links import route_links_to
from coachapp.ui.shell.navigator import Navigator

if TYPE_CHECKING:  # the guides (Markdown, the guide window...) load when first opened, after
    # the first paint
    from coachapp.services.guide.organisation import GuidePack
    from coachapp.services.guide.pages import Guide
    from coachapp.ui.guide.guide_window import GuideWindow
    from coachapp.ui.guide.shortcuts_dialog import ShortcutsDialog

# ruff: noqa: PLC0415  (imports in the functions that need them, for the reason above)

WHATS_NEW_STATE = "whats_new_seen"  # the version whose news the user has seen


class HelpActions(QObject):
    def __init__(
        self, host: Host, nav: Navigator, current_area: Callable[[], str],
        self_assessment: Callable[[], object],
    ) -> None:  # fmt: skip
        super().__init__(host.widget())
        self._host = host
        self._nav = nav
        self._current_area = current_area
        self._self_assessment = self_assessment
        self._guides: dict[str, Guide] = {}
        self._pack: GuidePack | None = None
        self._window: GuideWindow | None = None
        self.link_actions: dict[str, Callable[[], object]] = {}  # coachapp:action/<name>
        window = host.widget()
        self.act_guide = new_action(window, "userGuide", self.show_user_guide, "F1")
        window.addAction(self.act_guide)
        self.act_model = new_action(window, "managementModel", self.show_model)
        self.act_shortcuts = new_action(window, "keyboardShortcuts", self.show_shortcuts)
        self.act_whats_new = new_action(window, "whatsNew", self.show_whats_new)
        self.act_report = new_action(window, "reportProblem", self.report_problem)
        route_links_to(self.open_link)

    def retranslate_ui(self) -> None:
        self.act_guide.setText(self.tr("CoachApp &guide"))
        self.act_model.setText(self.tr("The management &model"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.act_whats_new.setText(self.tr("What's &new in this version"))
        self.act_report.setText(self.tr("&Report a problem…"))
        self.act_report.setToolTip(
            self.tr("Copy the version and a check of the installation, to paste in a message")
        )

    def refresh_icons(self) -> None:
        self.act_guide.setIcon(icon("guide"))
        self.act_model.setIcon(icon("model"))
        self.act_report.setIcon(icon("log"))
        if self._window is not None:
            self._window.refresh_icons()

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.act_guide, self.act_model, self.act_shortcuts, self.act_whats_new])
        menu.addSeparator()
        menu.addAction(self.act_report)

    # The guides

    def guide(self) -> Guide:
        """The guides in the language in use (built once per language)."""
        language = current_language() or "en"
        found = self._guides.get(language)
        if found is None:
            from coachapp.coaching.questions import load_questions
            from coachapp.services.guide.pages import Guide, Sources

            journal = self._host.journal
            sources = Sources(
                journal.methods.library.methods(language),
                load_questions(resource_path("coaching", "questions.json")),
                journal.self_assessment.dimensions,
                self.pack(),
            )
            found = Guide(resource_path("guide"), contents(), language, sources)
            self._guides[language] = found
        return found

    def pack(self) -> GuidePack | None:
        """The organisation's pages the policy names, read once."""
        folder = self._host.settings.get("guide.folder")
        if folder and self._pack is None:
            from coachapp.services.guide.organisation import load_pack

            self._pack = load_pack(Path(folder))
        return self._pack

    def window(self) -> GuideWindow:
        if self._window is None:
            from coachapp.ui.guide.guide_window import GuideWindow

            self._window = GuideWindow(self.guide, self._host.widget())
            self._window.app_link.connect(self.open_link)
            self._window.refresh_icons()
        return self._window

    def show_page(self, slug: str) -> GuideWindow:
        window = self.window()
        window.show_page(slug)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_user_guide(self) -> GuideWindow:
        """The user guide's page on the area in use."""
        return self.show_page(contents().area_page(self._current_area()))

    def show_model(self) -> GuideWindow:
        return self.show_page(OVERVIEW)

    def show_whats_new(self) -> GuideWindow:
        self._host.settings.set_state(WHATS_NEW_STATE, __version__)
        return self.show_page(WHATS_NEW)

    def whats_new_once(self, *, new_journal: bool) -> GuideWindow | None:
        """After an upgrade, what changed, once; a first start has nothing "new" to tell."""
        seen = self._host.settings.state(WHATS_NEW_STATE)
        if new_journal or seen == __version__:
            self._host.settings.set_state(WHATS_NEW_STATE, __version__)
            return None
        return self.show_whats_new()

    def show_shortcuts(self) -> ShortcutsDialog:
        window = self._host.widget()
        actions = _menu_actions(window) if isinstance(window, QMainWindow) else []
        from coachapp.ui.guide.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(actions, window)
        dialog.guide_requested.connect(lambda: self.show_page("shortcuts"))
        dialog.open()
        return dialog

    def report_problem(self) -> str:
        from coachapp.ui.guide.report import copy_report

        return copy_report(self._host)

    # The app's own links

    def open_link(self, url: QUrl) -> None:
        """Open what a `coachapp:` link points to."""
        if url.scheme() != SCHEME:
            return
        from coachapp.ui.guide.guide_window import slug_of

        slug = slug_of(url)
        kind, _, name = url.path().partition("/")
        if slug is not None:
            self.show_page(slug)
        elif kind == "method":
            self._nav.show_method(name)
            self._host.widget().activateWindow()
        elif kind == "question":
            from coachapp.coaching.questions import load_questions

            language = current_language() or "en"
            questions = load_questions(resource_path("coaching", "questions.json"))
            question = next((q for q in questions if q.id == name), None)
            if question is not None:
                text = question.text.get(language) or question.text["en"]
                self._nav.entry_of_kind("note", title=text)
                self._host.widget().activateWindow()
        elif kind == "assessment":
            self._self_assessment()
        elif kind == "action" and name in self.link_actions:
            self.link_actions[name]()


def _menu_actions(window: QMainWindow) -> list[QAction]:
    """The window's actions as its menus order them, then those only a shortcut reaches."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif not action.isSeparator() and action not in found:
                found.append(action)

    walk(window.menuBar().actions())
    walk(window.actions())
    return found
