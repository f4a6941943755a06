"""Areas built the first time they are shown: before that, their menu actions and shortcuts
still reach them, building them on the spot."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coachapp.context import Journal
from coachapp.storage.models import Person
from coachapp.ui.people.new_person_dialog import NewPersonDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import type_text
from tests.gui.doors import Dialogs, press_ok


def built(window: MainWindow) -> list[str]:
    return [name for name in window.areas if window.stack.is_built(name)]


def test_only_the_home_is_built_before_anything_is_asked(window: MainWindow) -> None:
    assert built(window) == ["today"]
    assert window.stack.currentIndex() == window.areas.index("today")
    # Each other row holds an empty page until then.
    for row, name in enumerate(window.areas[1:], start=1):
        page = window.stack.widget(row)
        assert page is not None and page.objectName() == f"{name}Placeholder"


def test_the_frame_paints_first_then_today_and_the_counts(
    qtbot: QtBot, journal: Journal, staff: dict[str, str]
) -> None:
    """As the app starts: the window painted with no area built and nothing said in the status
    bar (no "0 entries" before the journal was read); then Today on screen, and the counts."""
    main = MainWindow(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert built(main) == [] and main.sidebar.currentRow() == 0
    assert main.stack.currentWidget().objectName() == "todayPlaceholder"  # type: ignore[union-attr]
    assert main.count_label.text() == "" and main.backup_label.text() == ""
    width = main.sidebar.width()
    main.show_home()  # what after_first_paint does first
    assert main.sidebar.width() == width  # nothing moves when Today comes
    assert built(main) == ["today"]
    assert main.stack.currentWidget() is main.today_view and main.today_view.isVisible()
    assert main.count_label.text().endswith(f"{len(staff)} people")
    main.close()


def test_a_shortcut_builds_and_shows_its_area(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str]
) -> None:
    row = window.areas.index("people")
    qtbot.keyClick(window, Qt.Key.Key_1 + row, Qt.KeyboardModifier.ControlModifier)
    assert built(window) == ["today", "people"]
    view = window.stack.currentWidget()
    assert view is window.people_view and window.sidebar.currentRow() == row
    qtbot.waitUntil(lambda: window.people_view.proxy.rowCount() == len(staff))
    assert window.stack.count() == len(window.areas)  # the empty page gone, not added to


def test_a_menu_action_reaches_an_area_not_built_yet(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPersonDialog)
        type_text(qtbot, dialog.form.name, "Inès Garcia")
        press_ok(qtbot, dialog)

    assert not window.stack.is_built("people")
    with dialogs.expecting(fill_in):
        window.act_new_person.trigger()
    assert Person.get(Person.name == "Inès Garcia").active
    assert window.stack.currentWidget() is window.people_view
    assert window.people_view.editor.record is not None
    assert window.people_view.editor.record.name == "Inès Garcia"


def test_delete_works_in_a_list_built_later(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str], dialogs: Dialogs
) -> None:
    window.act_areas[window.areas.index("people")].trigger()
    view = window.people_view
    qtbot.waitUntil(lambda: view.proxy.rowCount() == len(staff))
    view.table.setFocus()
    view.table.selectRow(0)
    name = view.proxy.index(0, 0).data()
    qtbot.waitUntil(lambda: view.editor.record is not None)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    dialogs.settle()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == len(staff) - 1)
    assert Person.get(Person.name == name).deleted_at is not None


def test_the_window_closes_with_areas_never_built(window: MainWindow) -> None:
    window.close()
    assert not window.isVisible()
    assert built(window) == ["today"]  # closing built nothing to save it
