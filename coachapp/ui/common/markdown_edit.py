"""A plain-text editor for Markdown that helps with the syntax without hiding it.

Shortcuts wrap the selection in bold or italic, turn lines into headings, lists or
checklists, insert links, and tick checklist items; Enter continues a list and Enter on an
empty item ends it. Undo and redo are the editor's own, so every change can be taken back.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolBar, QWidget

from coachapp.ui.common.actions import new_action
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable

_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])(\s+)(\[[ xX]\]\s+)?")
_CHECKBOX = re.compile(r"^(\s*[-*+]\s+)\[([ xX])\]")


class MarkdownEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the text for the next field (no trap)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, slot in (
            ("bold", "Ctrl+B", lambda: self.toggle_wrap("**")),
            ("italic", "Ctrl+I", lambda: self.toggle_wrap("*")),
            ("heading", "Ctrl+H", lambda: self.toggle_prefix("## ")),
            ("list", "Ctrl+L", lambda: self.toggle_prefix("- ")),
            ("checklist", "Ctrl+Shift+L", lambda: self.toggle_prefix("- [ ] ")),
            ("link", "Ctrl+K", self.insert_link),
            ("tick", "Ctrl+Return", self.toggle_checkbox),
        ):
            action = new_action(self, name, slot, keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.addAction(action)
            self.actions_by_name[name] = action

    # Formatting

    def toggle_wrap(self, marker: str) -> None:
        """Wrap the selection (or the word under the cursor) in `marker`, or unwrap it."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        text = cursor.selectedText()
        cursor.beginEditBlock()
        if len(text) >= 2 * len(marker) and text.startswith(marker) and text.endswith(marker):
            cursor.insertText(text[len(marker) : -len(marker)])
        elif not text:
            cursor.insertText(marker * 2)
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(marker)
            )
        else:
            cursor.insertText(f"{marker}{text}{marker}")
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _selected_blocks(self) -> tuple[int, int]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        return first, last

    def toggle_prefix(self, prefix: str) -> None:
        """Start every selected line with `prefix`, or remove it when all already have it."""
        first, last = self._selected_blocks()
        document = self.document()
        blocks = [document.findBlockByNumber(n) for n in range(first, last + 1)]
        remove = all(block.text().startswith(prefix) for block in blocks)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for block in blocks:
            cursor.setPosition(block.position())
            if remove:
                cursor.setPosition(block.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            else:
                cursor.insertText(prefix)
        cursor.endEditBlock()

    def insert_link(self) -> None:
        """[selection](address), with the address selected so it can be typed over."""
        cursor = self.textCursor()
        label = cursor.selectedText() or self.tr("link")
        placeholder = "https://"
        cursor.beginEditBlock()
        cursor.insertText(f"[{label}]({placeholder})")
        cursor.endEditBlock()
        end = cursor.position() - 1
        cursor.setPosition(end - len(placeholder))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def toggle_checkbox(self) -> None:
        """Tick or untick the checklist item on the cursor's line."""
        block = self.textCursor().block()
        match = _CHECKBOX.match(block.text())
        if not match:
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + match.start(2))
        cursor.setPosition(block.position() + match.end(2), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(" " if match.group(2) in "xX" else "x")

    # Lists continue on Enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        cursor = self.textCursor()
        if plain_enter and not cursor.hasSelection() and cursor.atBlockEnd():
            line = cursor.block().text()
            match = _LIST_ITEM.match(line)
            if match:
                if match.end() == len(line):  # an empty item ends the list
                    cursor.beginEditBlock()
                    cursor.movePosition(
                        QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.removeSelectedText()
                    cursor.endEditBlock()
                    return
                indent, bullet, space, box = match.groups()
                if bullet[0].isdigit():
                    number = int(bullet[:-1]) + 1
                    bullet = f"{number}{bullet[-1]}"
                cursor.insertText("\n" + indent + bullet + space + ("[ ] " if box else ""))
                self.ensureCursorVisible()
                return
        super().keyPressEvent(event)


class FormattingBar(Retranslatable, QToolBar):
    """Buttons for the formatting shortcuts of a MarkdownEdit, each named with its keys."""

    SHOWN = ("bold", "italic", "heading", "list", "checklist", "link")  # icons of those names

    def __init__(self, edit: MarkdownEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self._edit = edit
        self.setIconSize(QSize(16, 16))
        for name in self.SHOWN:
            self.addAction(edit.actions_by_name[name])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "bold": self.tr("Bold (Ctrl+B)"),
            "italic": self.tr("Italic (Ctrl+I)"),
            "heading": self.tr("Heading (Ctrl+H)"),
            "list": self.tr("List (Ctrl+L)"),
            "checklist": self.tr("Checklist (Ctrl+Shift+L); tick with Ctrl+Enter"),
            "link": self.tr("Link (Ctrl+K)"),
            "tick": self.tr("Tick or untick"),
        }
        for name, action in self._edit.actions_by_name.items():
            action.setText(texts[name])

    def refresh_icons(self) -> None:
        for name in self.SHOWN:
            self._edit.actions_by_name[name].setIcon(icon(name))
