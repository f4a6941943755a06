"""The next session with a coachee, prepared: the sheet on screen, saved as a web page or a
PDF to print or take along."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from coachapp.config import Settings
from coachapp.services.coaching.workspace import Coaching
from coachapp.ui.common import messages
from coachapp.ui.common.retranslate import Retranslatable


class PreparationTab(Retranslatable, QWidget):
    status = Signal(str)

    def __init__(
        self, coaching: Coaching, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._coaching = coaching
        self._settings = settings
        self._coachee = ""
        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("preparationSheet")
        self.sheet.setOpenLinks(False)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("saveSheetPdf")
        self.pdf_button.clicked.connect(lambda: self.save_sheet(".pdf"))
        self.html_button = QPushButton(self)
        self.html_button.setObjectName("saveSheetHtml")
        self.html_button.clicked.connect(lambda: self.save_sheet(".html"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.html_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.sheet.setAccessibleName(self.tr("Preparation sheet"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.html_button.setText(self.tr("Save as a &web page…"))
        self.refresh()

    def show_coachee(self, coachee_uuid: str) -> None:
        self._coachee = coachee_uuid
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # notes and sessions may have changed in the tab before
        super().showEvent(event)

    def refresh(self) -> None:
        if not self._coachee or not self.isVisible():
            return
        from coachapp.render.session_sheet import sheet_html  # noqa: PLC0415 (the PDF writer)

        self.sheet.setHtml(sheet_html(self._coaching.preparation.prepare(self._coachee)))

    def save_sheet(self, suffix: str) -> Path | None:
        from coachapp.render.session_sheet import write_sheet  # noqa: PLC0415

        name = self._coaching.portfolio.coachee(self._coachee).name
        stem = "".join(c if c.isalnum() else "-" for c in name).strip("-") or "coachee"
        folder = self._settings.get("export.folder") or str(Path.home())
        kinds = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Web pages (*.html)")
        out = messages.save_file(
            self, self.tr("Save the preparation sheet for {name}").format(name=name),
            Path(folder) / f"{stem}-session{suffix}", kinds,
        )  # fmt: skip
        if out is None:
            return None
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        try:
            write_sheet(self._coaching.preparation.prepare(self._coachee), out)
        except OSError as exc:
            messages.error(
                self, self.tr("Cannot write the sheet"),
                self.tr("The file {path} could not be written: {reason}").format(
                    path=out, reason=exc.strerror or exc
                ),
            )  # fmt: skip
            return None
        self._coaching.preparation.record_sheet(self._coachee, out)
        self.status.emit(self.tr("Preparation sheet written to {name}.").format(name=out.name))
        return out
