"""The main window: navigation, shortcuts, live language, layout memory, backups, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from coachapp import __version__
from coachapp.context import Journal
from coachapp.i18n import set_language
from coachapp.services.people.people import PersonDraft
from coachapp.storage.models import Person
from coachapp.ui.common.icons import _NAMES as ICON_NAMES
from coachapp.ui.common.icons import icon
from coachapp.ui.common.theme import apply_theme
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.shell.main_window import WINDOW_KEY, MainWindow
from tests.gui.conftest import Answers, type_text
from tests.gui.doors import Dialogs, choose_file


def test_every_main_action_has_a_distinct_shortcut(window: MainWindow) -> None:
    actions = [
        window.act_new_person,
        window.act_backup,
        window.act_quit,
        window.act_find,
        window.act_trash,
        window.act_preferences,
        window.act_fullscreen,
        *window.act_areas,
    ]
    shortcuts = [action.shortcut().toString() for action in actions]
    assert all(shortcuts), shortcuts
    assert len(set(shortcuts)) == len(shortcuts)


def test_sidebar_switches_areas(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.today_view  # the home
    window.act_areas[window.stack.indexOf(window.trash_view)].trigger()
    assert window.stack.currentWidget() is window.trash_view
    window.sidebar.setCurrentRow(5)
    assert window.stack.currentWidget() is window.people_view
    window.sidebar.setCurrentRow(4)
    assert window.stack.currentWidget() is window.experiments_view
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Today", "Journal", "Rituals", "Delegations", "Experiments", "People", "Insights", "Trash",
        "Coaching",
    ]  # fmt: skip
    assert window.sidebar.isRowHidden(8)  # until a coach files an export or switches it on
    assert not window.sidebar.item(0).icon().isNull()


def test_language_switches_live(qtbot: QtBot, window: MainWindow) -> None:
    model = window.people_view.model
    try:
        set_language("fr")  # Qt posts LanguageChange to every window
        qtbot.waitUntil(lambda: window.menu_file.title() == "&Fichier")
        assert window.sidebar.item(0).text() == "Aujourd’hui"
        assert window.sidebar.item(5).text() == "Personnes"
        assert window.sidebar.item(4).text() == "Expérimentations"
        assert window.sidebar.item(3).text() == "Délégations"
        assert window.people_view.add_button.text() == "Nouvelle personne"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
        assert window.count_label.text() == "0 entrée · 0 personne"
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_geometry_is_remembered_and_kept_on_screen(
    qtbot: QtBot, journal: Journal, answers: Answers
) -> None:
    first = MainWindow(journal)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(30, 40, 700, 500))  # Qt keeps at least the minimum size
    remembered = first.geometry()
    first.close()
    second = MainWindow(journal)
    qtbot.addWidget(second)
    assert second.geometry() == remembered
    journal.settings.set_state(f"{WINDOW_KEY}.geometry", "")
    lost = MainWindow(journal)
    qtbot.addWidget(lost)
    lost.setGeometry(QRect(50_000, 40_000, 9_000, 7_000))
    geometry = lost.saveGeometry()
    journal.settings.set_state(
        f"{WINDOW_KEY}.geometry", bytes(QByteArray(geometry).toBase64().data()).decode()
    )
    restored = MainWindow(journal)
    qtbot.addWidget(restored)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(restored.frameGeometry())


def test_closing_saves_a_pending_edit(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str]
) -> None:
    view = window.people_view
    view.refresh()
    view.select(staff["Karim Benali"])
    qtbot.waitUntil(lambda: view.editor.record is not None)
    type_text(qtbot, view.editor.form.role, " référent")
    window.close()  # before the autosave timer fires
    assert Person.get(Person.uuid == staff["Karim Benali"]).role == "Conseiller numérique référent"


def test_backup_now_and_restore(
    qtbot: QtBot, window: MainWindow, journal: Journal, answers: Answers
) -> None:
    journal.people.create(PersonDraft("In The Backup"))
    window.backups.backup_now()
    qtbot.waitUntil(lambda: len(journal.backups.backups()) == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup:"))
    saved = journal.backups.backups()[0].path
    journal.people.create(PersonDraft("After The Backup"))
    window.people_view.refresh()
    dialog = window.backups.restore_backup()
    assert dialog.list.topLevelItemCount() == 1
    dialog.accept()
    assert "Replace your journal with the backup" in answers.seen[-1]
    assert [p.name for p in Person.select()] == ["In The Backup"]
    window.show_area(window.stack.indexOf(window.people_view))
    proxy = window.people_view.proxy
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["In The Backup"]
    reasons = sorted(b.reason for b in journal.backups.backups())
    assert reasons == ["before-restore", "manual"]
    assert saved.exists()


def test_restoring_a_bad_file_changes_nothing(
    window: MainWindow, journal: Journal, answers: Answers, tmp_path: Path
) -> None:
    journal.people.create(PersonDraft("Safe"))
    bad = tmp_path / "notes.db"
    bad.write_text("not a journal", encoding="utf-8")
    assert not window.backups.restore_from(bad, ask=True)
    assert "is not a CoachApp journal" in answers.seen[-1]
    assert [p.name for p in Person.select()] == ["Safe"]


def test_damage_found_at_start_offers_the_newest_healthy_backup(
    window: MainWindow, journal: Journal, answers: Answers
) -> None:
    journal.people.create(PersonDraft("Backed Up"))
    journal.backups.create()
    journal.people.create(PersonDraft("Not Backed Up"))
    window.backups._integrity_checked(["*** in database main *** Page 7: btreeInitPage() error"])
    assert "found damage in your journal" in answers.seen[-1]
    assert [p.name for p in Person.select()] == ["Backed Up"]


def test_about_names_version_and_folders(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.act_about.trigger()
    assert __version__ in shown[0]
    assert str(journal.paths.data) in shown[0]
    assert str(journal.paths.logs) in shown[0]


def test_preferences_apply_at_once(qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    requested: list[str] = []
    window.language_requested.connect(requested.append)
    dialog = window.show_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert journal.settings.get("language") == "fr"
    assert requested == ["fr"]
    dialog.keep.setValue(4)
    assert journal.settings.get("backup.keep") == 4
    assert dialog.keep.suffix() == " backups"
    dialog.close()


def test_dark_theme(qapp: QApplication) -> None:
    try:
        assert apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    finally:
        apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_editor_shortcuts_do_not_collide_with_the_window(window: MainWindow) -> None:
    """Two actions on one key make Qt fire neither: the key would silently do nothing."""
    window_keys = {
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
        and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
    }
    editor_keys = {
        action.shortcut().toString()
        for action in window.journal_view.editor.body.actions_by_name.values()
    }
    assert window_keys & editor_keys == set()


def test_coloured_labels_follow_a_live_theme_switch(qapp: QApplication) -> None:
    label = ToneLabel("muted")
    try:
        apply_theme(qapp, "dark")
        QApplication.sendPostedEvents()
        assert label.palette().color(QPalette.ColorRole.WindowText).lightness() > 128
        apply_theme(qapp, "light")
        QApplication.sendPostedEvents()
        assert label.palette().color(QPalette.ColorRole.WindowText).lightness() < 128
    finally:
        apply_theme(qapp, "light")


def test_every_icon_draws_a_glyph(qapp: QApplication) -> None:
    for name in ICON_NAMES:
        image = icon(name).pixmap(24, 24).toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)), name


def test_files_to_bring_in_are_looked_for_where_the_last_one_was(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, answers: Answers, tmp_path: Path
) -> None:
    """Never in the folder the program started from; then where the last file was found."""
    folders: list[str] = []

    def look_then_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        folders.append(dialog.directory().absolutePath())
        dialog.reject()

    with dialogs.expecting(look_then_cancel):
        window.act_import.trigger()
    assert folders[0] != str(Path.cwd())
    sent = tmp_path / "received"
    sent.mkdir()
    (sent / "notes.json").write_text("{}", encoding="utf-8")
    with dialogs.expecting(choose_file(sent / "notes.json")):
        window.act_review.trigger()
    assert answers.seen  # not an export: said, and nothing opens
    with dialogs.expecting(look_then_cancel):
        window.act_import.trigger()
    assert folders[1] == str(sent)


def test_accents_of_capitals_show_on_tabs_behind(qtbot: QtBot, qapp: QApplication) -> None:
    """« Étape » on a tab not in front must not read « Etape » (Fusion clips the accent)."""
    apply_theme(qapp, "light")

    def tab_behind(text: str) -> QImage:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        tabs.addTab(QWidget(), "Front")
        tabs.addTab(QWidget(), text)
        tabs.show()
        qtbot.waitExposed(tabs)
        return tabs.tabBar().grab(tabs.tabBar().tabRect(1)).toImage()

    assert tab_behind("Étape") != tab_behind("Etape")
