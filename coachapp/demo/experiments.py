"""Demo experiments across every status and outcome, and the learning they left in the journal.

Most experiments are concluded (validated, invalidated and inconclusive ones, each with its
learning card), a few are running, planned, still ideas or abandoned with their reason; two
follow-ups continue concluded tests as a chain. Some come from the demo's premortem or 15%
solutions rituals. The words are in experiments.json and learning.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coachapp.clock import FixedClock
from coachapp.demo.run import DemoRun, at, new_uuid
from coachapp.demo.texts import ExperimentsText, LearningText, read_text
from coachapp.services.common.pillars import Pillar
from coachapp.services.experiments.experiment_entries import conclude_with_entry
from coachapp.services.experiments.experiments import (
    ExperimentDraft,
    ExperimentService,
    ExpStatus,
    LearningCard,
    NextStep,
    Outcome,
    Risk,
    SafeToFail,
    TestCard,
)
from coachapp.services.journal.journal import EntryDraft, EntryKind, JournalService
from coachapp.services.people.people import PersonKind
from coachapp.storage.models import Ritual
from coachapp.timezones import local_zone

# Experiments by their place in experiments.json. The concluded ones, in the order they draw
# their dates; the learning card each is concluded with is in the file.
CONCLUDED = (0, 1, 5, 3, 12, 4, 11, 6, 10, 2, 9)
RUNNING = (7, 8)
PLANNED = (15,)
ABANDONED = (13, 14)
RITUAL_METHODS = ("premortem", "fifteen-percent-solutions")
ENTRY_PILLARS = frozenset({Pillar.EXPERIMENTATION, Pillar.RIGHT_TO_ERROR})


@dataclass(frozen=True)
class ExperimentReport:
    experiments: int
    entries: int  # learning entries, and those written when concluding


def fill_experiments(run: DemoRun) -> ExperimentReport:
    """Write the demo experiments and learning entries over the run's span."""
    rng, writer = run.rng, _Writer(run)
    today, span = writer.today, run.span
    for number, index in enumerate(sorted(CONCLUDED, key=lambda _: rng.random()), start=1):
        day = (run.end - span + span / (len(CONCLUDED) + 1) * number).astimezone(local_zone())
        writer.concluded(index, day.date())
    for index in RUNNING:
        length = rng.randint(28, 42)
        writer.create(index, today - timedelta(days=rng.randint(3, length)), length)
    for index in PLANNED:
        writer.create(index, today + timedelta(days=rng.randint(5, 20)), 30, running=False)
    halfway = today - timedelta(days=span.days // 2)
    for reason, index in zip(writer.text["abandon_reasons"], ABANDONED, strict=False):
        experiment_uuid = writer.create(index, halfway, 30)
        writer.clock.set(at(halfway + timedelta(days=rng.randint(5, 15)), 11))
        writer.experiments.abandon(experiment_uuid, reason)
    writer.follow_ups()
    writer.learning_entries()
    return ExperimentReport(experiments=writer.count, entries=writer.entries_written)


class _Writer:
    """What the demo experiments share: the clock they move, the people, the rituals."""

    def __init__(self, run: DemoRun) -> None:
        self.rng = run.rng
        self.text: ExperimentsText = read_text("experiments", run.language)
        self.learning: LearningText = read_text("learning", run.language)
        self.end = run.end
        self.clock = FixedClock(run.end)
        self.experiments = ExperimentService(self.clock, run.people)
        self.entries = JournalService(self.clock)
        self.agents = run.agents()
        self.others = [
            p
            for p in run.staff
            if p.kind is PersonKind.USAGER_REPRESENTATIVE and p.active and p.deleted_at is None
        ]
        self.rituals = [
            r.uuid
            for r in Ritual.select(Ritual.uuid).where(
                Ritual.method_key.in_(RITUAL_METHODS), Ritual.deleted_at.is_null()
            )
        ]
        self.today = run.end.astimezone(local_zone()).date()
        self.first = self.today - run.span
        self.made: dict[int, str] = {}
        self.count = 0
        self.entries_written = 0

    def _draft(self, index: int, starts_on: date, length: int) -> ExperimentDraft:
        rng, text = self.rng, self.text["experiments"][index]
        owner = rng.choice(self.agents).uuid if self.agents and rng.random() < 0.75 else None
        involved = rng.sample(self.agents, k=min(len(self.agents), rng.randint(1, 3)))
        if self.others and rng.random() < 0.4:
            involved.append(rng.choice(self.others))
        from_ritual = self.rituals and index % 3 == 0
        return ExperimentDraft(
            title=text["title"],
            card=TestCard(text["believe"], text["verify"], text["measure"], text["right_if"],
                          criticality=rng.randint(1, 3), cost=rng.randint(1, 3),
                          reliability=rng.randint(1, 3)),
            safety=SafeToFail(Risk(text["risk"]), text["scope"], text["duration"],
                              text["reversibility"]),
            owner_uuid=owner,
            people=tuple(p.uuid for p in involved if p.uuid != owner),
            ritual_uuid=self.rituals[index % len(self.rituals)] if from_ritual else None,
            starts_on=starts_on,
            review_on=starts_on + timedelta(days=length),
        )  # fmt: skip

    def create(self, index: int, starts_on: date, length: int, *, running: bool = True) -> str:
        """Planned some days before it starts, then running from its start."""
        draft = self._draft(index, starts_on, length)
        planned_on = max(self.first, starts_on - timedelta(days=self.rng.randint(5, 20)))
        self.clock.set(at(min(planned_on, self.today), 9))
        record = self.experiments.create(
            draft, status=ExpStatus.PLANNED, experiment_uuid=new_uuid(self.rng)
        )
        self.made[index] = record.uuid
        self.count += 1
        if running:
            self.clock.set(at(min(max(self.first, starts_on), self.today), 9))
            self.experiments.move(record.uuid, ExpStatus.RUNNING)
        return record.uuid

    def concluded(self, index: int, day: date) -> None:
        """Run for a few weeks up to `day`, then concluded, often with a journal entry."""
        length = self.rng.randint(21, 56)
        experiment_uuid = self.create(index, day - timedelta(days=length), length)
        self.clock.set(at(day, 17))
        text = self.text["experiments"][index]
        card = LearningCard(
            observed=text["observed"], learned=text["learned"],
            next_step=NextStep(text["next_step"]), outcome=Outcome(text["outcome"]),
            confidence=self.rng.randint(2, 5),
        )  # fmt: skip
        if self.rng.random() >= 0.6:
            self.experiments.conclude(experiment_uuid, card, day=day)
            return
        headings = self.text["headings"]
        body = "\n\n".join(
            f"## {heading}\n\n{part}"
            for heading, part in (
                (headings["observed"], card.observed),
                (headings["learned"], card.learned),
                (headings["therefore"], text["therefore"]),
            )
        )
        conclude_with_entry(
            self.experiments, self.entries, experiment_uuid, card,
            title=headings["entry_title"].format(title=text["title"]), body=body,
            entry_uuid=new_uuid(self.rng),
        )  # fmt: skip
        self.entries_written += 1

    def follow_ups(self) -> None:
        """The next tests that concluded ones called for, linked to them."""
        self.clock.set(self.end)
        for follow_up in self.text["follow_ups"]:
            previous = self.made[follow_up["after"]]
            base = self.experiments.get(previous).draft
            self.experiments.create(
                ExperimentDraft(follow_up["title"], TestCard(follow_up["believe"]), base.safety,
                                base.owner_uuid, base.people,
                                starts_on=self.today + timedelta(days=14)),
                status=ExpStatus(follow_up["status"]), previous_uuid=previous,
                experiment_uuid=new_uuid(self.rng),
            )  # fmt: skip
            self.count += 1

    def learning_entries(self) -> None:
        """The learning kept in the journal: mistakes, incidents and insights, over the span."""
        rng = self.rng
        days = (self.today - self.first).days or 1
        for entry in self.learning["entries"]:
            when = at(self.first + timedelta(days=rng.randrange(days)), rng.randint(9, 18))
            self.clock.set(when)
            person = (rng.choice(self.agents).uuid,) if self.agents and rng.random() < 0.5 else ()
            self.entries.create(
                EntryDraft(occurred_at=when, title=entry["title"], body=entry["body"],
                           kind=EntryKind(entry["kind"]), pillars=ENTRY_PILLARS, people=person),
                entry_uuid=new_uuid(rng),
            )  # fmt: skip
            self.entries_written += 1
