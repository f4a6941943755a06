"""Reminders: the check-ins due, the meetings about to start and the experiment reviews due,
worked out afresh each time, so that nothing already done is ever announced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coachapp.clock import Clock
from coachapp.services.delegations.delegations import DelegationService
from coachapp.services.experiments.experiments import ExperimentService, ExpStatus
from coachapp.services.rituals.rituals import RitualService, Status
from coachapp.timezones import local_zone

CHECKIN, RITUAL, REVIEW = "checkin", "ritual", "review"


@dataclass(frozen=True)
class Reminder:
    kind: str  # CHECKIN, RITUAL or REVIEW
    key: str  # the same for the same thing to do: announced once
    uuid: str  # the delegation, ritual or experiment
    subject: str  # its title (with the delegate, for a check-in)
    when: datetime


def quiet(moment: datetime, quiet_from: int, quiet_until: int) -> bool:
    """Within the quiet hours (from `quiet_from` o'clock to `quiet_until`, across midnight)."""
    hour = moment.astimezone(local_zone()).hour
    if quiet_from == quiet_until:
        return False
    if quiet_from < quiet_until:
        return quiet_from <= hour < quiet_until
    return hour >= quiet_from or hour < quiet_until


class ReminderService:
    def __init__(
        self,
        clock: Clock,
        rituals: RitualService,
        delegations: DelegationService,
        experiments: ExperimentService,
    ) -> None:
        self._clock = clock
        self._rituals = rituals
        self._delegations = delegations
        self._experiments = experiments

    def now(self) -> datetime:
        return self._clock.now()

    def due(self, kinds: set[str], minutes_before: int) -> list[Reminder]:
        """What to remind of now, for the kinds switched on."""
        now = self._clock.now().astimezone(local_zone())
        found: list[Reminder] = []
        if CHECKIN in kinds:
            found += self._checkins(now)
        if RITUAL in kinds:
            found += self._meetings(now, minutes_before)
        if REVIEW in kinds:
            found += self._reviews(now)
        return found

    def _checkins(self, now: datetime) -> list[Reminder]:
        found = []
        for record in self._delegations.due(now.date()):
            day = record.draft.next_checkin or now.date()
            subject = f"{record.draft.area} — {record.delegate}"
            key = f"{CHECKIN}:{record.uuid}:{day}"
            found.append(Reminder(CHECKIN, key, record.uuid, subject, _midnight(day)))
        return found

    def _meetings(self, now: datetime, minutes_before: int) -> list[Reminder]:
        soon = now + timedelta(minutes=minutes_before)
        return [
            Reminder(RITUAL, f"{RITUAL}:{o.ritual_uuid}:{o.starts_at.isoformat()}",
                     o.ritual_uuid, o.title, o.starts_at)
            for o in self._rituals.occurrences(now, soon)
            if o.status is Status.PLANNED
        ]  # fmt: skip

    def _reviews(self, now: datetime) -> list[Reminder]:
        found = []
        for experiment in self._experiments.find(status=ExpStatus.RUNNING):
            review = experiment.draft.review_on
            if review is not None and review <= now.date():
                key = f"{REVIEW}:{experiment.uuid}:{review}"
                found.append(Reminder(REVIEW, key, experiment.uuid, experiment.draft.title,
                                      _midnight(review)))  # fmt: skip
        return found


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, local_zone())
