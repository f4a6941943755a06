"""The coach's workspace in words, the same on screen, in a preparation sheet and on the command
line: what changed between two exports, why a coachee needs attention, open commitments.

Long because every kind of change the digest tells (records added, changed, trashed; levels,
statuses, rituals held, ratings, feedback brought in) has its own sentence here, in one class,
so that the words of the digest read alike wherever it shows.
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from functools import cache

from coachapp.i18n import Translatable, current_language, format_value
from coachapp.resources import resource_path
from coachapp.services.coaching.changes import Change, Digest
from coachapp.services.coaching.overview import Attention
from coachapp.services.coaching.preparation import Commitment
from coachapp.services.common.pillars import Pillar
from coachapp.services.delegations.delegations import DelegationStatus
from coachapp.services.experiments.experiments import ExpStatus, Outcome
from coachapp.services.rituals.rituals import Stakeholder
from coachapp.words.experiment_labels import exp_status_label, outcome_label
from coachapp.words.growth_labels import delegation_status_label
from coachapp.words.labels import pillar_label, stakeholder_label


@cache
def _dimensions() -> dict[str, dict[str, object]]:
    document = json.loads(resource_path("coaching", "self_assessment.json").read_text("utf-8"))
    return {d["key"]: d for d in document["dimensions"]}


def dimension_label(key: str) -> str:
    """A self-assessment dimension by its name in the current language ("D1" if unknown)."""
    found = _dimensions().get(key)
    if found is None:
        return key
    names = found["name"]
    assert isinstance(names, dict)
    return str(names.get(current_language() or "en") or names["en"])


def groups_label(groups: tuple[str, ...] | list[str]) -> str:
    """Stakeholder groups by name, in a list a sentence can hold."""
    return ", ".join(
        stakeholder_label(Stakeholder(g)) if _known(Stakeholder, g) else g for g in groups
    )


def _known(kind: type[StrEnum], value: str) -> bool:
    return value in {member.value for member in kind}


def _status(value: str) -> str:
    return exp_status_label(ExpStatus(value)) if _known(ExpStatus, value) else value


class CoachingWords(Translatable):
    def area(self, area: str) -> str:
        return {
            "entries": self.tr("Journal entries"),
            "rituals": self.tr("Co-construction rituals"),
            "delegations": self.tr("Delegations"),
            "experiments": self.tr("Experiments"),
            "skills": self.tr("Skill plans"),
            "self_assessment": self.tr("Self-assessment"),
            "feedback": self.tr("Your feedback"),
        }[area]

    def change(self, change: Change) -> str:
        """One change as a line of the digest."""
        title = change.title or "…"
        if change.area == "entries":
            return self._entry(change, title)
        if change.area == "rituals":
            return self._ritual(change, title)
        if change.area == "delegations":
            return self._delegation(change, title)
        if change.area == "experiments":
            return self._experiment(change, title)
        if change.area == "skills":
            return self._skill(change, title)
        if change.area == "self_assessment":
            return self._rating(change)
        return self.tr("%n comment(s) of a feedback file brought into the journal", "",
                       int(change.after or 0))  # fmt: skip

    def _entry(self, change: Change, title: str) -> str:
        day = format_value(date.fromisoformat(change.day)) if change.day else ""
        texts = {
            "new": self.tr("New: “{title}” ({day})"),
            "changed": self.tr("Rewritten: “{title}” ({day})"),
            "trashed": self.tr("Moved to the trash: “{title}” ({day})"),
            "restored": self.tr("Back from the trash: “{title}” ({day})"),
        }
        return texts[change.what].format(title=title, day=day)

    def _ritual(self, change: Change, title: str) -> str:
        if change.what == "held":
            day = format_value(date.fromisoformat(change.day))
            groups = tuple(change.detail or ())
            if groups:
                return self.tr("“{title}” held on {day}, with: {groups}").format(
                    title=title, day=day, groups=groups_label(groups)
                )
            return self.tr("“{title}” held on {day}").format(title=title, day=day)
        texts = {
            "new": self.tr("New ritual: “{title}”"),
            "changed": self.tr("Ritual changed: “{title}”"),
            "trashed": self.tr("Ritual moved to the trash: “{title}”"),
            "restored": self.tr("Ritual back from the trash: “{title}”"),
        }
        return texts[change.what].format(title=title)

    def _delegation(self, change: Change, title: str) -> str:
        if change.what in ("new", "restored"):
            level, target = change.after
            text = (
                self.tr("New delegation: “{title}”, level {level} aiming at {target}")
                if change.what == "new"
                else self.tr("Delegation back from the trash: “{title}”, level {level}")
            )
            return text.format(title=title, level=level, target=target)
        if change.what == "level":
            text = (self.tr("“{title}”: level raised from {before} to {after}")
                    if change.after > change.before else
                    self.tr("“{title}”: level lowered from {before} to {after}"))  # fmt: skip
            return text.format(title=title, before=change.before, after=change.after)
        if change.what == "target":
            return self.tr("“{title}”: now aiming at level {after} (was {before})").format(
                title=title, before=change.before, after=change.after
            )
        if change.what == "status":
            status = str(change.after)
            said = (delegation_status_label(DelegationStatus(status))
                    if _known(DelegationStatus, status) else status)  # fmt: skip
            return self.tr("“{title}”: now {status}").format(title=title, status=said.lower())
        if change.what == "checkins":
            return self.tr("“{title}”: %n check-in(s)", "", int(change.after)).format(title=title)
        texts = {
            "changed": self.tr("Delegation changed: “{title}”"),
            "trashed": self.tr("Delegation moved to the trash: “{title}”"),
        }
        return texts[change.what].format(title=title)

    def _experiment(self, change: Change, title: str) -> str:
        if change.what in ("new", "status"):
            status = str(change.after)
            if status == ExpStatus.CONCLUDED and change.detail:
                outcome, learned = change.detail
                said = outcome_label(Outcome(outcome)) if _known(Outcome, outcome) else outcome
                return self.tr("Concluded: “{title}” ({outcome}). Learned: {learned}").format(
                    title=title, outcome=said, learned=learned or "…"
                )
            if status == ExpStatus.RUNNING:
                return self.tr("Started: “{title}”").format(title=title)
            if change.what == "new":
                return self.tr("New experiment: “{title}” ({status})").format(
                    title=title, status=_status(status)
                )
            return self.tr("“{title}”: {before} → {after}").format(
                title=title, before=_status(str(change.before)), after=_status(status)
            )
        texts = {
            "changed": self.tr("Experiment changed: “{title}”"),
            "trashed": self.tr("Experiment moved to the trash: “{title}”"),
            "restored": self.tr("Experiment back from the trash: “{title}”"),
        }
        return texts[change.what].format(title=title)

    def _skill(self, change: Change, title: str) -> str:
        if change.what == "level":
            return self.tr("Skill “{title}”: level {before} → {after}").format(
                title=title, before=change.before, after=change.after
            )
        texts = {
            "new": self.tr("New skill in a plan: “{title}”"),
            "changed": self.tr("Skill plan changed: “{title}”"),
            "trashed": self.tr("Skill plan moved to the trash: “{title}”"),
            "restored": self.tr("Skill plan back from the trash: “{title}”"),
        }
        return texts[change.what].format(title=title)

    def _rating(self, change: Change) -> str:
        name = dimension_label(change.title)
        if change.before is None:
            return self.tr("{dimension}: rated {after} of 5").format(
                dimension=name, after=change.after
            )
        text = (self.tr("{dimension}: up from {before} to {after} of 5")
                if change.after > change.before else
                self.tr("{dimension}: down from {before} to {after} of 5"))  # fmt: skip
        return text.format(dimension=name, before=change.before, after=change.after)

    def digest_heading(self, digest: Digest) -> str:
        if not digest.until:
            return self.tr("No export yet.")
        count = len(digest.changes)
        if digest.since is None:
            return self.tr("First export: everything in it is new (%n change(s)).", "", count)
        return self.tr("%n change(s) since the export before.", "", count)

    def attention(self, reason: Attention) -> str:
        """Why a coachee may need attention, in a few words."""
        value = reason.value
        if reason.key == "no_export":
            return self.tr("no export yet")
        if reason.key == "stale":
            return self.tr("no export for %n day(s)", "", int(value))
        if reason.key == "self_down":
            return self.tr("self-assessment down ({points})").format(points=format_value(value))
        if reason.key == "quiet":
            return self.tr("writes little ({count} entries a week)").format(
                count=format_value(value)
            )
        if reason.key == "no_session":
            return (self.tr("no session planned") if value is None else
                    self.tr("no session for %n day(s)", "", int(value)))  # fmt: skip
        if reason.key == "narrow":
            return self.tr("%n pillar(s) of 8 written about", "", int(value))
        return self.tr("%n feedback file(s) not brought in yet", "", int(value))

    def commitment(self, commitment: Commitment) -> str:
        kind = {
            "action": self.tr("Follow-up action"),
            "checkin": self.tr("Delegation check-in"),
            "review": self.tr("Experiment review"),
            "training": self.tr("Skill plan action"),
        }[commitment.kind]
        parts = [self.tr("{kind}: {title}").format(kind=kind, title=commitment.title)]
        if commitment.owner:
            parts.append(commitment.owner)
        if commitment.due:
            parts.append(self.tr("due {day}").format(day=format_value(commitment.due)))
        return " · ".join(parts)

    def pillar(self, key: str) -> str:
        return pillar_label(Pillar(key)) if _known(Pillar, key) else key


class SheetWords(Translatable):
    """The headings of a session preparation sheet."""

    def title(self, name: str) -> str:
        return self.tr("Preparing the session with {name}").format(name=name)

    def subtitle(self, day: date, since: date | None, latest: str) -> str:
        parts = [self.tr("Session of {day}").format(day=format_value(day))]
        parts.append(
            self.tr("since the session of {day}").format(day=format_value(since))
            if since
            else self.tr("first session")
        )
        parts.append(
            self.tr("latest export: {day}").format(day=latest) if latest else self.tr("no export")
        )
        return " · ".join(parts)

    def highlights(self) -> str:
        return self.tr("Since the last session")

    def nothing_new(self) -> str:
        return self.tr("No export since the last session.")

    def more(self, count: int) -> str:
        return self.tr("…and %n more change(s), in the coachee's digest.", "", count)

    def commitments(self) -> str:
        return self.tr("Open commitments")

    def no_commitments(self) -> str:
        return self.tr("The journal shows no open commitment.")

    def questions(self) -> str:
        return self.tr("Questions for the pillars the journal shows least")

    def question_facts(self, pillar: str) -> str:
        return self.tr("Pillar: {pillar}").format(pillar=pillar)

    def notes(self) -> str:
        return self.tr("Your notes (private)")

    def about(self) -> str:
        return self.tr("About this coachee")

    def this_session(self) -> str:
        return self.tr("For this session")
