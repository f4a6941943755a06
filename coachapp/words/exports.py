"""The words of an export: its parts, counted in the language's plural forms, and what the
preview says will leave the workstation."""

from __future__ import annotations

from coachapp.i18n import Translatable


def section_label(section: str) -> str:
    return PreviewWords().section(section)


class PreviewWords(Translatable):
    """The preview's phrases, counted in the language's plural forms."""

    def section(self, section: str) -> str:
        return {
            "people": self.tr("People"),
            "entries": self.tr("Journal entries"),
            "rituals": self.tr("Rituals"),
            "delegations": self.tr("Delegations"),
            "skills": self.tr("Skill plans"),
            "experiments": self.tr("Experiments"),
            "methods": self.tr("My methods"),
            "self_assessment": self.tr("Self-assessment"),
            "prompts": self.tr("What I did with the prompts"),
            "feedback": self.tr("Coach feedback"),
        }[section]

    def count(self, section: str, n: int) -> str:
        return {
            "people": self.tr("%Ln person(s)", "", n),
            "entries": self.tr("%Ln journal entry(ies)", "", n),
            "rituals": self.tr("%Ln ritual(s)", "", n),
            "delegations": self.tr("%Ln delegation(s)", "", n),
            "skills": self.tr("%Ln skill plan(s)", "", n),
            "experiments": self.tr("%Ln experiment(s)", "", n),
            "methods": self.tr("%Ln method(s) of my own", "", n),
            "self_assessment": self.tr("%Ln month(s) of self-assessment", "", n),
            "prompts": self.tr("%Ln prompt(s) acted on, snoozed or dismissed", "", n),
            "feedback": self.tr("%Ln comment(s) from a coach", "", n),
        }[section]

    def private(self, n: int) -> str:
        return self.tr("%Ln private entry(ies) of the period stay here.", "", n)

    def aliased(self, n: int) -> str:
        return self.tr("The names of %Ln person(s) are replaced by aliases, in every text.", "", n)

    def named(self, n: int) -> str:
        return self.tr("Names appear as you wrote them (%Ln person(s) in your journal).", "", n)

    def written(self, entries: int, name: str) -> str:
        return self.tr("Exported to {name} (%Ln entry(ies)).", "", entries).format(name=name)
