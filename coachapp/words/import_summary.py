"""What an import did, in sentences: for the command line and the import report in the app."""

from __future__ import annotations

from coachapp.i18n import Translatable


class ImportSummary(Translatable):
    def counts(self, added: int, updated: int, unchanged: int, kept: int) -> str:
        parts = (
            self.tr("Imported: %n record(s) added", "", added),
            self.tr(", %n updated", "", updated),
            self.tr(", %n unchanged", "", unchanged),
            self.tr(", %n left as yours (yours is newer).", "", kept),
        )
        return "".join(parts)

    def kept(self, area: str, uuid: str) -> str:
        return self.tr("  kept yours: {area} {uuid}").format(area=area, uuid=uuid)

    def feedback(self, added: int, updated: int, unchanged: int) -> str:
        parts = (
            self.tr("Coach feedback: %n new comment(s)", "", added),
            self.tr(", %n changed by the coach", "", updated),
            self.tr(", %n already here.", "", unchanged),
        )
        return "".join(parts)

    def unknown(self, area: str, title: str) -> str:
        return self.tr("  not in this journal, left out: {area} “{title}”").format(
            area=area, title=title
        )
