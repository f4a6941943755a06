"""The guides' window: the management model and the user guide, page by page, searchable, and
saved as a PDF to print.

Pages are rendered from Markdown as they are asked for (`GuideBrowser.loadResource`), so the
browser keeps its own history (Back, Forward) across the guide's pages. The app's other links
(a method, a question to answer, the self-assessment) go to the window through `app_link`.
Printing goes through a PDF, as for the recovery key: the bundle leaves Qt's print support out.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.fileio import atomic_path
from coachapp.services.guide.contents import GUIDE, SCHEME, guide_url
from coachapp.services.guide.pages import Guide
from coachapp.ui.common import messages
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.rich_delegate import RichTextDelegate
from coachapp.ui.common.widgets import SearchField

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
RICH_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 250
VIEWER_STYLE = (
    "h1{font-size:xx-large} h2{font-size:x-large;margin-top:18px} h3{font-size:large}"
    "td,th{padding:3px 6px} img{margin:6px 0}"
)


def slug_of(url: QUrl) -> str | None:
    """The guide page a `coachapp:guide/<page>` URL names, None for any other URL."""
    path = url.path()
    if url.scheme() == SCHEME and path.startswith(GUIDE + "/"):
        return path[len(GUIDE) + 1 :]
    return None


class GuideBrowser(QTextBrowser):
    """Shows the guide's pages by their `coachapp:guide/` URLs, rendered when asked for."""

    def __init__(self, guide: Callable[[], Guide], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guide = guide
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(VIEWER_STYLE)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        url = QUrl(url)
        slug = slug_of(url)
        if slug is not None and kind == QTextDocument.ResourceType.HtmlResource.value:
            guide = self._guide()
            if slug not in guide.contents.slugs():
                return None
            return f"<html><body>{guide.html(slug)}</body></html>"
        return super().loadResource(kind, url)


class GuideWindow(Retranslatable, QDialog):
    """`app_link(url)`: a link into the app (a method, a question...) was followed."""

    app_link = Signal(QUrl)

    def __init__(self, guide: Callable[[], Guide], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self._guide = guide
        tools = self._build_tools()
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderHidden(True)
        self.contents.itemActivated.connect(self._chosen)
        self.contents.itemClicked.connect(self._chosen)
        self.results = QListWidget(self)
        self.results.setObjectName("guideResults")
        self.results.setItemDelegate(RichTextDelegate(RICH_ROLE, self.results, wrap=True))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows wrap anew when resized
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.left = QStackedWidget(self)
        self.left.addWidget(self.contents)
        self.left.addWidget(self.results)
        self.browser = GuideBrowser(guide, self)
        self.browser.setObjectName("guidePage")
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        self.resize(1000, 680)
        self.retranslate_ui()
        self.splitter.setSizes([self.contents_width(), 1000 - self.contents_width()])

    def contents_width(self) -> int:
        """What the contents need to show every title whole (at most two fifths of the window)."""
        tree = self.contents
        needed = (
            tree.sizeHintForColumn(0) + tree.indentation() + 2 * tree.frameWidth()
            + tree.verticalScrollBar().sizeHint().width()
        )  # fmt: skip
        return min(needed, max(self.width() * 2 // 5, 340))

    def _build_tools(self) -> QHBoxLayout:
        """Back, forward, the search and the PDF to print."""
        self.back_button = QToolButton(self)
        self.back_button.setObjectName("back")
        self.forward_button = QToolButton(self)
        self.forward_button.setObjectName("forward")
        self.search = SearchField(SEARCH_DELAY_MS, self)
        self.search.searched.connect(self._search)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        tools = QHBoxLayout()
        tools.addWidget(self.back_button)
        tools.addWidget(self.forward_button)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.pdf_button)
        return tools

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("CoachApp guide"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("The page read before (Alt+Left)"))
        self.back_button.setShortcut("Alt+Left")
        self.forward_button.setText(self.tr("Forward"))
        self.forward_button.setShortcut("Alt+Right")
        self.search.setPlaceholderText(self.tr("Search the guides (accents optional)"))
        self.search.setAccessibleName(self.tr("Search the guides"))
        self.pdf_button.setText(self.tr("Save as PDF to print…"))
        self.contents.setAccessibleName(self.tr("Pages of the guides"))
        self.results.setAccessibleName(self.tr("Pages found"))
        self.browser.setAccessibleName(self.tr("Guide page"))
        self._fill_contents()
        if not self.browser.source().isEmpty():
            self.browser.reload()  # the page in the new language
        if self.search.text().strip():
            self._search()

    def refresh_icons(self) -> None:
        self.back_button.setIcon(icon("undo"))
        self.forward_button.setIcon(icon("redo"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.forward_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search.refresh_icon()

    def _fill_contents(self) -> None:
        guide = self._guide()
        current = self.current_page()
        self.contents.clear()
        for section in guide.contents.sections:
            top = QTreeWidgetItem([section.title(guide.language)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.contents.addTopLevelItem(top)
            for slug in section.pages:
                item = QTreeWidgetItem([guide.page(slug).title])
                item.setToolTip(0, guide.page(slug).title)
                item.setData(0, SLUG_ROLE, slug)
                top.addChild(item)
                if slug == current:
                    self.contents.setCurrentItem(item)
        self.contents.expandAll()

    # Pages

    def current_page(self) -> str | None:
        return slug_of(self.browser.source())

    def show_page(self, slug: str) -> None:
        """Show the page `slug` (from the contents, a link, the Help menu or F1)."""
        if self.current_page() != slug:
            self.browser.setSource(QUrl(guide_url(slug)))

    def _source_changed(self, url: QUrl) -> None:
        slug = slug_of(url)
        for item in self._items():
            if item.data(0, SLUG_ROLE) == slug:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                self.setWindowTitle(self.tr("{page} · CoachApp guide").format(page=item.text(0)))

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        for s in range(self.contents.topLevelItemCount()):
            section = self.contents.topLevelItem(s)
            if section is not None:
                found += [c for p in range(section.childCount()) if (c := section.child(p))]
        return found

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        slug = item.data(0, SLUG_ROLE)
        if slug:
            self.show_page(slug)

    def follow(self, url: QUrl) -> None:
        """A link clicked in a page: another page here, the app's own elsewhere, the web
        in the browser of the desktop."""
        slug = slug_of(url)
        if slug is not None:
            self.show_page(slug)
        elif url.scheme() == SCHEME:
            self.app_link.emit(url)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the desktop's browser: CoachApp never goes online

    # Search

    def _search(self) -> None:
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            self.left.setCurrentWidget(self.contents)
            return
        hits = self._guide().search(query)
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}: {hit.snippet}")  # what a screen reader says
            item.setData(SLUG_ROLE, hit.slug)
            item.setData(RICH_ROLE, f"<b>{html.escape(hit.title)}</b><br>"
                         f"<span class='muted'>{html.escape(hit.snippet)}</span>")  # fmt: skip
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("No page holds these words."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.left.setCurrentWidget(self.results)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        slug = item.data(SLUG_ROLE)
        if not slug:
            return
        self.show_page(slug)
        first = self.search.text().split()[0] if self.search.text().split() else ""
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if first:
            self.browser.find(first)

    # Printing

    def save_pdf(self) -> Path | None:
        """The page shown, as a PDF to print or keep; where it was written."""
        guide = self._guide()
        slug = self.current_page()
        if slug is None:
            return None
        title = guide.page(slug).title
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target = messages.save_file(
            self,
            self.tr("Save the page as PDF"),
            Path(folder or Path.home()) / f"{title}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return None
        try:
            with atomic_path(target) as tmp:
                writer = QPdfWriter(str(tmp))
                writer.setTitle(title)
                writer.setPageLayout(
                    QPageLayout(
                        QPageSize(QPageSize.PageSizeId.A4),
                        QPageLayout.Orientation.Portrait,
                        QMarginsF(18, 18, 18, 18),
                    )
                )
                self.browser.document().print_(writer)
        except OSError as exc:
            messages.error(self, self.tr("Cannot save"), str(exc.strerror or exc))
            return None
        return target
