"""Delegation poker at a team meeting: note each player's card, see the spread, record the
level the team agreed on (into a delegation when there is one)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import ValidationError
from coachapp.i18n import render_error
from coachapp.services.delegations.delegation_levels import Level
from coachapp.services.delegations.delegations import DelegationService
from coachapp.services.delegations.poker import Card, PokerService, Spread, spread
from coachapp.services.people.people import PeopleService
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.form_dialog import ErrorLine
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import name_choice, named_after
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import focused_row
from coachapp.ui.delegations.level_style import level_color, level_icon
from coachapp.words.growth_labels import level_label

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class SpreadChart(QWidget):
    """How many cards show each level, one coloured bar per level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:
        return QSize(420, 140)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        line = self.fontMetrics().height()
        width = self.width() / len(Level)
        top, bottom = line + 4, self.height() - line - 4
        most = max(self.counts.values(), default=0)
        for level in Level:
            left = int((level - 1) * width)
            count = self.counts.get(level, 0)
            if most:
                height = int((bottom - top) * count / most)
                bar = QRect(left + 6, bottom - height, int(width) - 12, height)
                painter.fillRect(bar, level_color(level, palette))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            if count:
                painter.drawText(QRect(left, bottom - line - 2 - (
                    int((bottom - top) * count / most) if most else 0), int(width), line),
                    Qt.AlignmentFlag.AlignCenter, str(count))  # fmt: skip
            painter.drawText(QRect(left, bottom + 2, int(width), line),
                             Qt.AlignmentFlag.AlignCenter, str(int(level)))  # fmt: skip


class PokerPanel(Retranslatable, QWidget):
    recorded = Signal(str)  # delegation uuid ("" when the round was kept alone)
    status = Signal(str)

    def __init__(
        self,
        poker: PokerService,
        delegations: DelegationService,
        people: PeopleService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._poker = poker
        self._delegations = delegations
        self._people = people
        self._build_play()
        self._build_result()
        play = self._play_page()
        result = self._result_page()
        splitter = QSplitter(self)
        splitter.addWidget(play)
        splitter.addWidget(result)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def _build_play(self) -> None:
        """The case, the delegation it is about, the players and their cards."""
        self.case = QLineEdit(self)
        self.case.setObjectName("case")
        self.delegation = QComboBox(self)
        self.delegation.setObjectName("delegation")
        self.players = QTableWidget(0, 2, self)
        self.players.setTabKeyNavigation(False)  # arrows move in it, Tab leaves it
        self.players.setObjectName("players")
        self.players.verticalHeader().hide()
        self.players.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.players.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.players.horizontalHeader().resizeSection(
            1, self.fontMetrics().averageCharWidth() * 22 + 40
        )
        self.add_player = QPushButton(self)
        self.add_player.setObjectName("addPlayer")
        self.add_player.clicked.connect(lambda: self.add_row(""))
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        self.add_team = QPushButton(self)
        self.add_team.setObjectName("addTeam")
        self.add_team.clicked.connect(self._add_team)
        self.remove_player = QPushButton(self)
        self.remove_player.setObjectName("removePlayer")
        self.remove_player.clicked.connect(self._remove_row)
        self.reveal = QPushButton(self)
        self.reveal.setObjectName("reveal")
        self.reveal.clicked.connect(lambda _checked=False: self.show_spread())

    def _build_result(self) -> None:
        """The spread of the cards, the level agreed, and the rounds played."""
        self.chart = SpreadChart(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.agreed = QComboBox(self)
        self.agreed.setObjectName("agreed")
        for level in Level:
            self.agreed.addItem(level_icon(level, self.palette()), "", int(level))
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("record")
        self.record_button.clicked.connect(self.record)
        self.error = ErrorLine(self)
        self.rounds = Listing(self, "rounds", 4, stretch=1)

    def _play_page(self) -> QWidget:
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self._labels, (self.case, self.delegation, self.agreed),
                                strict=True):  # fmt: skip
            label.setBuddy(field)
        form.addRow(self._labels[0], self.case)
        form.addRow(self._labels[1], self.delegation)
        player_tools = QHBoxLayout()
        player_tools.addWidget(self.add_player)
        player_tools.addWidget(self.remove_player)
        player_tools.addStretch(1)
        team_tools = QHBoxLayout()
        team_tools.addWidget(self.team, 1)
        team_tools.addWidget(self.add_team)
        play = QWidget(self)
        play_layout = QVBoxLayout(play)
        play_layout.setContentsMargins(0, 0, 0, 0)
        play_layout.addLayout(form)
        play_layout.addWidget(self.players, 1)
        play_layout.addLayout(player_tools)
        play_layout.addLayout(team_tools)
        play_layout.addWidget(self.reveal)
        return play

    def _result_page(self) -> QWidget:
        agree_row = QHBoxLayout()
        agree_row.addWidget(self._labels[2])
        agree_row.addWidget(self.agreed, 1)
        agree_row.addWidget(self.record_button)
        result = QWidget(self)
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.chart, 1)
        result_layout.addWidget(self.summary)
        result_layout.addLayout(agree_row)
        result_layout.addWidget(self.error)
        self._rounds_label = QLabel(self)
        result_layout.addWidget(self._rounds_label)
        result_layout.addWidget(self.rounds, 1)
        return result

    def retranslate_ui(self) -> None:
        self._labels[0].setText(self.tr("&Case"))
        self._labels[1].setText(self.tr("&For the delegation"))
        self._labels[2].setText(self.tr("&Agreed level"))
        self.case.setPlaceholderText(self.tr("The decision the team plays, in a sentence"))
        self.players.setHorizontalHeaderLabels([self.tr("Player"), self.tr("Card")])
        self.add_player.setText(self.tr("Add a &player"))
        self.add_team.setText(self.tr("Add the &team"))
        self.remove_player.setText(self.tr("Re&move"))
        self.reveal.setText(self.tr("Show the &spread"))
        self.record_button.setText(self.tr("&Record the round"))
        self._rounds_label.setText(self.tr("<b>Rounds played</b>"))
        named_after(self._rounds_label, self.rounds)
        self.players.setAccessibleName(self.tr("Players and their cards"))
        name_choice(self.team, self.tr("Team to add"))
        self.rounds.setHeaderLabels(
            [self.tr("Day"), self.tr("Case"), self.tr("Cards"), self.tr("Agreed")]
        )
        for row in range(self.agreed.count()):
            self.agreed.setItemText(row, level_label(self.agreed.itemData(row)))
        for row in range(self.players.rowCount()):
            combo = self.players.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                for index in range(combo.count()):
                    combo.setItemText(index, level_label(combo.itemData(index)))
        if self.delegation.count():
            self.delegation.setItemText(0, self.tr("None: just keep the round"))
        if self.chart.counts:
            self.show_spread(choose=False)

    def refresh_icons(self) -> None:
        self.add_player.setIcon(icon("person-add"))
        self.remove_player.setIcon(icon("trash"))
        self.record_button.setIcon(icon("poker"))

    def refresh(self) -> None:
        """Read the delegations, teams and past rounds again."""
        current = self.delegation.currentData()
        self.delegation.clear()
        self.delegation.addItem(self.tr("None: just keep the round"), "")
        for record in self._delegations.find():
            self.delegation.addItem(
                level_icon(record.draft.level, self.palette()),
                f"{record.draft.area} — {record.delegate}",
                record.uuid,
            )
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(current)))
        team = self.team.currentText()
        self.team.clear()
        self.team.addItems(self._people.teams())
        self.team.setCurrentText(team)
        self.rounds.clear()
        for played in self._poker.rounds():
            cards = ", ".join(f"{c.participant} {c.level}" for c in played.cards)
            agreed = level_label(played.agreed_level) if played.agreed_level else ""
            self.rounds.addTopLevelItem(
                QTreeWidgetItem([day_text(played.played_on), played.case, cards, agreed])
            )

    # Players

    def add_row(self, name: str, level: int | None = None, person_uuid: str | None = None) -> int:
        row = self.players.rowCount()
        self.players.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(PERSON_ROLE, person_uuid)
        self.players.setItem(row, 0, item)
        combo = QComboBox(self.players)
        for card in Level:
            combo.addItem(level_icon(card, self.palette()), level_label(card), int(card))
        combo.setCurrentIndex((level or Level.AGREE) - 1)
        self.players.setCellWidget(row, 1, combo)
        if not name:
            self.players.setCurrentCell(row, 0)
            self.players.editItem(item)
        return row

    def _add_team(self) -> None:
        team = self.team.currentText()
        present = {card.participant for card in self.cards()}
        for person in self._people.search():
            if person.team == team and person.name not in present:
                self.add_row(person.name, None, person.uuid)

    def _remove_row(self) -> None:
        row = focused_row(self.players)
        if row >= 0:
            self.players.removeRow(row)

    def cards(self) -> tuple[Card, ...]:
        found = []
        for row in range(self.players.rowCount()):
            item = self.players.item(row, 0)
            combo = self.players.cellWidget(row, 1)
            if item is None or not isinstance(combo, QComboBox):
                continue
            found.append(Card(item.text(), int(combo.currentData()), item.data(PERSON_ROLE)))
        return tuple(found)

    # The spread

    def show_spread(self, *, choose: bool = True) -> Spread | None:
        """Count the cards; `choose` proposes the median as the agreed level."""
        cards = [card for card in self.cards() if card.participant.strip()]
        if not cards:
            self.chart.counts = {}
            self.chart.update()
            self.summary.setText(self.tr("Add the players and the card each one shows."))
            return None
        shown = spread(cards)
        self.chart.counts = shown.counts
        self.chart.update()
        if shown.agreed:
            text = self.tr("Everyone shows {level}: the team agrees.").format(
                level=level_label(shown.low)
            )
        else:
            text = self.tr(
                "Cards from {low} to {high}. {lowest} (lowest) and {highest} (highest) say why, "
                "then the team plays again."
            ).format(
                low=shown.low,
                high=shown.high,
                lowest=", ".join(shown.lowest),
                highest=", ".join(shown.highest),
            )
        self.summary.setText(text)
        if choose:
            self.agreed.setCurrentIndex(int(shown.median + 0.5) - 1)  # halves round up
        return shown

    def record(self) -> None:
        delegation_uuid = self.delegation.currentData() or None
        try:
            _round, moved = self._poker.record(
                self.case.text(), self.cards(), int(self.agreed.currentData()),
                delegation_uuid=delegation_uuid,
            )  # fmt: skip
        except ValidationError as exc:
            fields = {"case": self.case, "cards": self.players, "agreed": self.agreed}
            self.error.show_error(render_error(exc), fields.get(exc.field))
            return
        self.error.clear_error()
        if moved is not None:
            self.status.emit(
                self.tr("Round recorded: “{area}” is now at {level}.").format(
                    area=moved.draft.area, level=level_label(moved.draft.level)
                )
            )
        else:
            self.status.emit(self.tr("Round recorded."))
        self.case.clear()
        self.players.setRowCount(0)
        self.chart.counts = {}
        self.chart.update()
        self.summary.clear()
        self.refresh()
        self.recorded.emit(delegation_uuid or "")
