"""The charts of the Insights view, drawn from the figures of coachapp.services.insights:
each with its table of the same figures and a one-line reading, in the current language. The
view shows them; the HTML and PDF exports carry them as images (`render_png`), those with
something to draw (`empty_charts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QPolarChart,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QObject,
    Qt,
)

from coachapp.i18n import Translatable, current_language, format_value
from coachapp.render.chart_parts import (
    add_bars,
    add_lines,
    add_radar,
    drawn_at,
    month_label,
    paint_series,
    tell_apart,
)
from coachapp.services.common.pillars import Pillar
from coachapp.services.experiments.celebration import Behaviour, Result
from coachapp.services.experiments.experiments import Outcome
from coachapp.services.insights.insights import GROUPS, LEVELS, Insights
from coachapp.services.rituals.methods import Purpose
from coachapp.services.rituals.rituals import Stakeholder
from coachapp.services.today.self_assessment import Dimension
from coachapp.words.experiment_labels import behaviour_label, outcome_label, result_label
from coachapp.words.growth_labels import level_label
from coachapp.words.labels import pillar_label, purpose_label, stakeholder_label

CHARTS = ("rituals", "groups", "levels", "experiments", "journal", "mood", "radar", "skills")
# A chart, the same figures as a table (headers, rows), and its reading in plain words.
Drawn = tuple[QChart, list[str], list[list[str]], str]


def _percent(share: float) -> str:
    return QLocale().toString(round(share * 100)) + "\u202f%"


def _one_decimal(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "f", 1)


def _number(value: float) -> str:
    return QLocale().toString(round(value))


class InsightCharts(QObject):
    def __init__(self, dimensions: Sequence[Dimension], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dimensions = list(dimensions)

    def draw(self, found: Insights, dark: bool = False) -> dict[str, Drawn]:
        """Every chart of `found`, themed light or dark, by key (in CHARTS order)."""
        builders = {
            "rituals": self._rituals, "groups": self._groups, "levels": self._levels,
            "experiments": self._experiments, "journal": self._journal_rhythm,
            "mood": self._mood, "radar": self._radar, "skills": self._skills,
        }  # fmt: skip
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        drawn = {}
        for key in CHARTS:
            chart, headers, rows, reading = builders[key](found)
            chart.setTheme(theme)
            paint_series(chart, dark)
            tell_apart(chart)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            drawn[key] = (chart, headers, rows, reading)
        return drawn

    def _rituals(self, found: Insights) -> Drawn:
        figures = found.rituals
        chart = QChart()
        chart.setTitle(self.tr("Meetings held per month, by purpose"))
        series = QStackedBarSeries()
        purposes = [
            p for p in Purpose if any(figures.per_month[m][p.value] for m in figures.months)
        ]
        for purpose in purposes:
            bars = QBarSet(purpose_label(purpose))
            bars.append([figures.per_month[m][purpose.value] for m in figures.months])
            series.append(bars)
        labels = [month_label(m, short=len(figures.months) > 6) for m in figures.months]
        add_bars(
            chart,
            series,
            labels,
            max([sum(figures.per_month[m].values()) for m in figures.months] or [1]),
        )
        rows = [[month_label(m), *[str(figures.per_month[m][p.value]) for p in purposes]]
                for m in figures.months]  # fmt: skip
        headers = [self.tr("Month"), *[purpose_label(p) for p in purposes]]
        reading = InsightWords().rituals(figures.held, _percent(figures.share("agents")),
                                         _percent(figures.share("usagers")))  # fmt: skip
        return chart, headers, rows, reading

    def _groups(self, found: Insights) -> Drawn:
        figures = found.rituals
        chart = QChart()
        chart.setTitle(self.tr("Share of meetings with each group"))
        series = QHorizontalBarSeries()
        bars = QBarSet(self.tr("Share of meetings (%)"))
        groups = [Stakeholder(g) for g in GROUPS]
        bars.append([round(figures.share(g.value) * 100) for g in groups])
        series.append(bars)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([stakeholder_label(g) for g in groups])
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().hide()
        rows = [[stakeholder_label(g), _percent(figures.share(g.value)),
                 str(figures.with_group.get(g.value, 0))] for g in groups]  # fmt: skip
        missing = [stakeholder_label(g) for g in groups if not figures.with_group.get(g.value)]
        reading = (
            self.tr("No meeting with: {groups}.").format(groups=", ".join(missing))
            if missing and figures.held
            else self.tr("Every group took part in at least one meeting.")
            if figures.held
            else self.tr("No meeting held in this period.")
        )
        return chart, [self.tr("Group"), self.tr("Share"), self.tr("Meetings")], rows, reading

    def _levels(self, found: Insights) -> Drawn:
        figures = found.delegations
        chart = QChart()
        chart.setTitle(self.tr("Active delegations by level"))
        series = QBarSeries()
        bars = QBarSet(self.tr("Delegations"))
        bars.append([figures.levels[level] for level in LEVELS])
        series.append(bars)
        add_bars(chart, series, [str(level) for level in LEVELS], max(figures.levels.values()))
        chart.legend().hide()
        rows = [[level_label(level), str(figures.levels[level])] for level in LEVELS]
        words = InsightWords()
        reading = words.moves(sum(figures.levels.values()), figures.moved_up, figures.moved_down)
        if figures.median_days_at_level is not None:
            reading += " " + words.stay(round(figures.median_days_at_level))
        return chart, [self.tr("Level"), self.tr("Delegations")], rows, reading

    def _experiments(self, found: Insights) -> Drawn:
        figures = found.experiments
        chart = QChart()
        chart.setTitle(self.tr("Experiments started and concluded per quarter"))
        series = QBarSeries()
        for name, counts in ((self.tr("Started"), figures.started),
                             (self.tr("Concluded"), figures.concluded)):  # fmt: skip
            bars = QBarSet(name)
            bars.append([counts[q] for q in figures.quarters])
            series.append(bars)
        add_bars(chart, series, [self._quarter(q) for q in figures.quarters],
              max([*figures.started.values(), *figures.concluded.values(), 1]))  # fmt: skip
        rows = [[self._quarter(q), str(figures.started[q]), str(figures.concluded[q])]
                for q in figures.quarters]  # fmt: skip
        rows += [
            [outcome_label(Outcome(o)), "", str(n)] for o, n in sorted(figures.outcomes.items())
        ]
        rows += [[f"{behaviour_label(Behaviour(b))} · {result_label(Result(r))}", "", str(n)]
                 for (b, r), n in figures.grid.items()]  # fmt: skip
        words = InsightWords()
        learned = sum(figures.outcomes.values())
        reading = words.learned(learned, figures.outcomes.get("invalidated", 0))
        if figures.median_days_to_learning is not None:
            reading += " " + words.days_to_learn(round(figures.median_days_to_learning))
        headers = [self.tr("Quarter"), self.tr("Started"), self.tr("Concluded")]
        return chart, headers, rows, reading

    def _quarter(self, quarter: str) -> str:
        """ "2026-Q1" as the language writes it, short enough for an axis ("T1 26")."""
        year, number = quarter.split("-Q")
        return self.tr("Q{number} {year}").format(number=number, year=year[2:])

    def _journal_rhythm(self, found: Insights) -> Drawn:
        figures = found.journal
        chart = QChart()
        chart.setTitle(self.tr("Entries per week"))
        series = QLineSeries()
        series.setName(self.tr("Entries"))
        for index, week in enumerate(figures.weeks):
            series.append(index, figures.per_week[week])
        add_lines(chart, [series], figures.weeks, max([*figures.per_week.values(), 1]))
        chart.legend().hide()
        rows = [[format_value(week), str(figures.per_week[week])] for week in figures.weeks]
        total = sum(figures.per_week.values())
        pillars = [pillar_label(Pillar(p)) for p, _n in figures.pillars.most_common(2)]
        reading = InsightWords().rhythm(total, figures.streak_weeks)
        if pillars:
            reading += " " + self.tr("Most written about: {pillars}.").format(
                pillars=", ".join(pillars)
            )
        return chart, [self.tr("Week of"), self.tr("Entries")], rows, reading

    def _mood(self, found: Insights) -> Drawn:
        figures = found.journal
        chart = QChart()
        chart.setTitle(self.tr("Mood and energy, weekly average"))
        lines = []
        for name, values in ((self.tr("Mood"), figures.mood), (self.tr("Energy"), figures.energy)):
            series = QLineSeries()
            series.setName(name)
            for index, week in enumerate(figures.weeks):
                if week in values:
                    series.append(index, values[week])
            lines.append(series)
        add_lines(chart, lines, figures.weeks, 5)
        rows = [
            [
                format_value(w),
                _one_decimal(figures.mood.get(w)),
                _one_decimal(figures.energy.get(w)),
            ]
            for w in figures.weeks
            if w in figures.mood or w in figures.energy
        ]
        reading = (
            InsightWords().recorded(len(rows))
            if rows
            else self.tr("No mood or energy recorded in this period.")
        )
        return chart, [self.tr("Week of"), self.tr("Mood"), self.tr("Energy")], rows, reading

    def _radar(self, found: Insights) -> Drawn:
        figures = found.self_assessment
        dimensions = self._dimensions
        language = current_language() or "en"
        chart = QPolarChart()
        chart.setTitle(self.tr("Self-assessment: latest month and three months before"))
        rounds = ((figures.earlier_month, figures.earlier), (figures.latest_month, figures.latest))
        add_radar(
            chart,
            [d.key for d in dimensions],
            [(month_label(month), ratings) for month, ratings in rounds if month and ratings],
        )
        rows = [[f"{d.key} {d.name.get(language, d.key)}", str(figures.earlier.get(d.key, "")),
                 str(figures.latest.get(d.key, ""))] for d in dimensions]  # fmt: skip
        if not figures.latest_month:
            reading = self.tr("No self-assessment in this period yet.")
        else:
            moved = [d.key for d in dimensions if figures.earlier.get(d.key) is not None
                     and figures.latest.get(d.key, 0) > figures.earlier[d.key]]  # fmt: skip
            reading = self.tr("Latest: {month}. Up since three months before: {keys}.").format(
                month=month_label(figures.latest_month), keys=", ".join(moved) or "-"
            )
        headers = [self.tr("Dimension"), month_label(figures.earlier_month or "2000-01")
                   if figures.earlier_month else "", month_label(figures.latest_month)
                   if figures.latest_month else ""]  # fmt: skip
        return chart, headers, rows, reading

    def _skills(self, found: Insights) -> Drawn:
        figures = found.skills
        chart = QChart()
        chart.setTitle(self.tr("Skill plan actions due in the period"))
        series = QBarSeries()
        names = (self.tr("Due"), self.tr("Done"), self.tr("Late"))
        values = (figures.due, figures.done, figures.overdue)
        bars = QBarSet(self.tr("Actions"))
        bars.append(list(values))
        series.append(bars)
        add_bars(chart, series, list(names), max(values))
        chart.legend().hide()
        rows = [[name, str(value)] for name, value in zip(names, values, strict=True)]
        reading = InsightWords().skills(figures.due, figures.done, figures.overdue)
        return chart, [self.tr("Actions"), self.tr("Count")], rows, reading


def empty_charts(found: Insights) -> set[str]:
    """The charts (by key) that the period gave nothing to draw: an export gives each of them
    its one-line reading instead of an empty picture."""
    rituals, experiments, journal = found.rituals, found.experiments, found.journal
    empty = {
        "rituals": not rituals.held,
        "groups": not rituals.held,
        "levels": not any(found.delegations.levels.values()),
        "experiments": not any([*experiments.started.values(), *experiments.concluded.values()]),
        "journal": not any(journal.per_week.values()),
        "mood": not journal.mood and not journal.energy,
        "radar": not found.self_assessment.latest_month,
        "skills": not found.skills.due,
    }
    return {key for key in CHARTS if empty[key]}


class InsightWords(Translatable):
    """Readings with numbers in them, in the language's plural forms."""

    def rituals(self, held: int, agents: str, usagers: str) -> str:
        return self.tr(
            "%Ln meeting(s) held; agents took part in {agents}, usagers in {usagers}.", "", held
        ).format(agents=agents, usagers=usagers)

    def moves(self, active: int, up: int, down: int) -> str:
        return (
            self.tr("%n active delegation(s);", "", active)
            + " "
            + self.tr("{up} moved up and {down} down in the period.").format(
                up=_number(up), down=_number(down)
            )
        )

    def stay(self, days: int) -> str:
        return self.tr("A level lasts %n day(s) (median).", "", days)

    def learned(self, concluded: int, invalidated: int) -> str:
        text = self.tr("%n experiment(s) concluded.", "", concluded)
        if invalidated:
            text += " " + self.tr(
                "%n did not confirm its hypothesis: learning all the same.", "", invalidated
            )
        return text

    def days_to_learn(self, days: int) -> str:
        return self.tr("%n day(s) from start to learning (median).", "", days)

    def rhythm(self, entries: int, streak: int) -> str:
        return (
            self.tr("%Ln entry(ies) in the period;", "", entries)
            + " "
            + self.tr("%n week(s) in a row with an entry.", "", streak)
        )

    def recorded(self, weeks: int) -> str:
        return self.tr("Recorded in %n week(s) of the period.", "", weeks)

    def skills(self, due: int, done: int, late: int) -> str:
        return (
            self.tr("%n action(s) due,", "", due)
            + " "
            + self.tr("{done} done, {late} late.").format(done=_number(done), late=_number(late))
        )


def render_png(chart: QChart, width: int = 900, height: int = 520) -> bytes:
    """The chart as a PNG image (needs a QApplication: charts are widgets' graphics)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with drawn_at(chart, width, height) as view:
        view.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
