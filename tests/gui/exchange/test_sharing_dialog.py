"""File > What I have shared…: the key of a pseudonymised export is read there, from the
keyboard too, and only for an export whose names were replaced."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.render.writers import writers_for
from coachapp.services.exchange.journal_export import ExportOptions
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.ui.exchange.sharing_dialog import AliasesDialog, SharingDialog
from tests.conftest import NOW


@pytest.fixture
def shared(
    qtbot: QtBot, journal: Journal, clock: FixedClock, tmp_path: Path
) -> Iterator[SharingDialog]:
    """Newest first: an export with names, a pseudonymised one, then a coach's feedback."""
    journal.people.create(PersonDraft("Zéphyrine Lacombe", kind=PersonKind.AGENT))
    journal.people.create(PersonDraft("Marc Dussollier", kind=PersonKind.ELECTED_OFFICIAL))
    journal.sharing.feedback("feedback.json", 2, "x0")
    clock.set(NOW + timedelta(minutes=1))
    journal.exports.export(
        "json", tmp_path / "hidden.json", ExportOptions(), writers_for(journal), pseudonymised=True
    )
    clock.set(NOW + timedelta(minutes=2))
    journal.exports.export(
        "json", tmp_path / "named.json", ExportOptions(), writers_for(journal), pseudonymised=False
    )
    dialog = SharingDialog(journal.sharing, journal.export_keys)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def test_the_aliases_of_a_pseudonymised_export_from_the_keyboard(
    shared: SharingDialog, qtbot: QtBot, journal: Journal
) -> None:
    records = shared.records
    assert [records.model().index(n, 2).data() for n in range(3)] == [
        "named.json",
        "hidden.json",
        "feedback.json",
    ]
    assert not shared.aliases_button.isEnabled()
    assert records.accessibleName()
    records.setFocus()
    first = records.topLevelItem(0)
    assert first is not None
    records.setCurrentItem(first)
    assert not shared.aliases_button.isEnabled()  # names were not replaced: no key
    qtbot.keyClick(records, Qt.Key.Key_Down)
    assert shared.aliases_button.isEnabled()
    qtbot.keyClick(records, Qt.Key.Key_Return)  # opens the key, as the button does

    aliases = shared.findChild(AliasesDialog)
    assert aliases is not None
    qtbot.waitExposed(aliases)
    table = aliases.table
    rows = [
        tuple(table.model().index(r, c).data() for c in (0, 1)) for r in range(table.rowCount())
    ]
    [(_export_id, key)] = journal.export_keys.all().items()
    assert rows == list(key.items())
    assert ("Agent A", "Zéphyrine Lacombe") in rows and len(rows) == 2
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.accessibleName()
    assert "hidden.json" in aliases.windowTitle()
    aliases.close()

    qtbot.keyClick(records, Qt.Key.Key_Down)
    assert not shared.aliases_button.isEnabled()  # a coach's feedback has no key
    assert shared.show_aliases() is None


def test_an_export_whose_key_is_missing_says_so(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    journal.sharing.exported(
        "json", "lost.json", ExportOptions(), pseudonymised=True, entries=0, export_id="x9"
    )
    dialog = SharingDialog(journal.sharing, journal.export_keys)
    qtbot.addWidget(dialog)
    row = dialog.records.topLevelItem(0)
    assert row is not None
    dialog.records.setCurrentItem(row)
    aliases = dialog.show_aliases()
    assert aliases is not None
    assert aliases.table.rowCount() == 0
    assert aliases.intro.text() == "This journal holds no key for this export."
    aliases.close()
