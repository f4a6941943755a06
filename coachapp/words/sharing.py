"""The last section of a person's report: what left the workstation while the journal held
something about them, in the words of the sharing record, and how far that record can tell."""

from __future__ import annotations

from datetime import datetime

from coachapp.exchange.reading import Item, Section
from coachapp.i18n import Translatable, format_datetime, format_value
from coachapp.services.exchange.sharing import FEEDBACK, Shared
from coachapp.words.exports import section_label

SECTION = "sharing"


class PersonSharedWords(Translatable):
    def section(self, records: list[Shared], since: datetime, name: str) -> Section:
        day = format_value(since.date())
        about = self.tr(
            "The journal records what each export held (its period, its parts, whether private "
            "entries and real names were in it), not which people it named. Listed here is every "
            "export written since {day}, when the journal first held something about {name}: "
            "each may have carried their data, as far as its period and parts reach, and every "
            "coach feedback brought in on one of them."
        ).format(day=day, name=name)
        items = [Item(self.tr("How this list is made"), "", about)]
        if not records:
            items.append(
                Item(
                    self.tr("Nothing shared"), "", self.tr("No export since {day}.").format(day=day)
                )
            )
        items += [self._item(record) for record in records]
        return Section(SECTION, self.tr("Shared outside this workstation"), tuple(items))

    def _item(self, record: Shared) -> Item:
        when = format_datetime(record.at)
        if record.action == FEEDBACK:
            what = SharedWords().feedback(record.items)
            return Item(
                f"{when} · {what}", self.tr("File: {file}").format(file=record.file_name), ""
            )
        what = SharedWords().export(record.form.upper(), record.items)
        if record.first or record.last:
            period = self.tr("entries from {first} to {last}").format(
                first=format_value(record.first) if record.first else "…",
                last=format_value(record.last) if record.last else "…",
            )
        else:
            period = self.tr("entries of any date")
        facts = " · ".join((
            self.tr("File: {file}").format(file=record.file_name),
            period,
            self.tr("names replaced by aliases")
            if record.pseudonymised
            else self.tr("names as written"),
            self.tr("private entries included")
            if record.include_private
            else self.tr("private entries left out"),
        ))  # fmt: skip
        parts = self.tr("Parts: {parts}").format(
            parts=", ".join(section_label(s) for s in record.sections)
        )
        return Item(f"{when} · {what}", facts, parts)


class SharedWords(Translatable):
    """Counted phrases, in the language's plural forms."""

    def export(self, form: str, entries: int) -> str:
        return self.tr("Export {form}, %Ln entry(ies)", "", entries).format(form=form)

    def erasure(self, alias: str) -> str:
        return self.tr("A person erased, now called “{alias}”").format(alias=alias)

    def feedback(self, comments: int) -> str:
        return self.tr("Coach feedback, %Ln comment(s) new or changed", "", comments)
