"""The Qt side of an export: the words of the current language, the PDF writer and the charts
of the period, gathered as the `Writers` the export use case takes. The window and the command
line both use it (the command line makes a QApplication first: Qt draws charts and PDF pages).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from coachapp.context import Journal
from coachapp.exchange.reading import Figure
from coachapp.i18n import current_language
from coachapp.render.pdf import write_pdf
from coachapp.services.exchange.exporting import Writers
from coachapp.services.exchange.journal_export import ExportOptions
from coachapp.services.insights.insights import InsightsService
from coachapp.services.people.people import PersonKind
from coachapp.words.labels import kind_label
from coachapp.words.report_words import ReportWords
from coachapp.words.sharing import PersonSharedWords


def alias_label(kind: str) -> str:
    """ "Agent", "Élu"...: the first half of an alias, in the manager's language."""
    return kind_label(PersonKind(kind))


def writers_for(journal: Journal) -> Writers:
    return Writers(
        words=ReportWords(),
        language=current_language() or "en",
        alias_label=alias_label,
        pdf=write_pdf,
        figures=lambda options: _figures(journal, options),
        shared=PersonSharedWords().section,
    )


def _figures(journal: Journal, options: ExportOptions) -> tuple[Figure, ...]:
    """The Insights charts of the export's period, as images, those the period left empty as
    their reading alone (none without a QApplication: charts are drawn by widgets)."""
    if not isinstance(QApplication.instance(), QApplication):
        return ()
    from coachapp.render.charts import (  # noqa: PLC0415  (QtCharts weighs on start-up)
        InsightCharts,
        empty_charts,
        render_png,
    )

    service = InsightsService(journal.experiments, journal.entries)
    today = journal.prompts.today()
    last = options.last or today
    first = options.first or min(service.first_day() or last, last)
    found = service.compute(first, last, today)
    empty = empty_charts(found)
    drawn = InsightCharts(journal.self_assessment.dimensions).draw(found)
    return tuple(
        Figure(chart.title(), b"" if key in empty else render_png(chart), reading)
        for key, (chart, _headers, _rows, reading) in drawn.items()
    )
