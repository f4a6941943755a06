"""The next meeting with a coachee, prepared on one page: what happened since the last session
(the highlights of what changed between the export seen then and the latest), the commitments
the journal shows open, questions from the question bank for the pillars the journal shows
least, and the coach's own notes (private: the sheet is the coach's, never the manager's)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from coachapp.clock import Clock
from coachapp.coaching.questions import PILLARS, Question, load_questions
from coachapp.services.coaching.changes import Change, Digest
from coachapp.services.coaching.overview import PERIOD_DAYS
from coachapp.services.coaching.portfolio import Portfolio
from coachapp.services.coaching.sessions import SessionService
from coachapp.storage.portfolio.database import portfolio_db
from coachapp.storage.portfolio.models import Coachee, StoredExport, WrittenFile
from coachapp.timezones import local_zone

HIGHLIGHTS = 10  # changes on the sheet; the rest are counted
COMMITMENTS = 6  # the soonest due, at most PER_KIND of a kind: a page holds them
PER_KIND = 2
QUESTIONS = 3
# The order a sheet takes changes in: what a coach asks about first.
INTEREST = {("experiments", "status"): 0, ("experiments", "new"): 1, ("delegations", "level"): 2,
            ("rituals", "held"): 3, ("self_assessment", "rating"): 4, ("feedback", "brought_in"): 5,
            ("skills", "level"): 6, ("delegations", "new"): 7, ("entries", "new"): 8}  # fmt: skip


@dataclass(frozen=True)
class Commitment:
    kind: str  # action, checkin, review, training
    title: str
    due: date | None
    owner: str


@dataclass(frozen=True)
class Preparation:
    coachee: str
    day: date  # the meeting prepared: the next one planned, else today
    since: date | None  # the last session
    latest_export: datetime | None
    digest: Digest  # since the export seen at the last session
    highlights: tuple[Change, ...]
    commitments: tuple[Commitment, ...]
    least: tuple[str, ...]  # pillars shown least in the last period
    questions: tuple[Question, ...]
    coachee_notes: str
    session_notes: str  # of the meeting prepared, when it is planned already

    @property
    def left_out(self) -> int:
        return len(self.digest.changes) - len(self.highlights)


class PreparationService:
    def __init__(
        self, clock: Clock, portfolio: Portfolio, sessions: SessionService, questions: Path
    ) -> None:
        self._clock = clock
        self._portfolio = portfolio
        self._sessions = sessions
        self._questions_path = questions
        self._questions: list[Question] | None = None

    def prepare(self, coachee_uuid: str) -> Preparation:
        coachee = self._portfolio.coachee(coachee_uuid)
        today = self._clock.now().astimezone(local_zone()).date()
        coming = self._sessions.next_one(coachee_uuid, today)
        # Since the meeting before the one prepared (before tomorrow when none is planned).
        last = self._sessions.last_held(
            coachee_uuid, coming.day if coming else today + timedelta(days=1)
        )
        timeline = self._portfolio.exports(coachee_uuid)
        if timeline:
            seen = [e for e in timeline if last and e.exported_at.astimezone(local_zone()).date()
                    <= last.day]  # fmt: skip
            if last is None:
                baseline = timeline[-2].export_id if len(timeline) > 1 else None
            else:
                baseline = seen[-1].export_id if seen else None
            latest = timeline[-1]
            changes = (self._portfolio.between(baseline, latest.export_id)
                       if baseline != latest.export_id else Digest(None, "", ()))  # fmt: skip
            facts = json.loads(StoredExport.get(StoredExport.export_id == latest.export_id).facts)
        else:
            changes, facts, latest = Digest(None, "", ()), None, None
        least = _least_shown(facts)
        return Preparation(
            coachee=coachee.name, day=coming.day if coming else today,
            since=last.day if last else None,
            latest_export=latest.exported_at if latest else None, digest=changes,
            highlights=_highlights(changes), commitments=_commitments(facts),
            least=least, questions=self._pick(least, coachee_uuid, today),
            coachee_notes=self._portfolio.notes(coachee_uuid),
            session_notes=coming.notes if coming else "",
        )  # fmt: skip

    def record_sheet(self, coachee_uuid: str, path: Path) -> None:
        """A sheet written to `path`: in the sharing record, and deleted with the coachee."""
        self._portfolio.open()
        with portfolio_db.atomic():
            WrittenFile.create(coachee=Coachee.get(Coachee.uuid == coachee_uuid), kind="sheet",
                               path=str(path.absolute()), written_at=self._clock.now())  # fmt: skip

    def _pick(self, pillars: tuple[str, ...], coachee_uuid: str, day: date) -> tuple[Question, ...]:
        """One question a pillar, turning with the weeks (and differing between coachees)."""
        if self._questions is None:
            self._questions = load_questions(self._questions_path)
        turn = day.toordinal() // 7 + sum(map(ord, coachee_uuid))
        chosen = []
        for pillar in pillars:
            bank = [q for q in self._questions if q.pillar == pillar]
            if bank:
                chosen.append(bank[turn % len(bank)])
        return tuple(chosen)


def _highlights(changes: Digest) -> tuple[Change, ...]:
    interesting = [c for c in changes.changes if (c.area, c.what) in INTEREST]
    ranked = sorted(interesting, key=lambda c: (INTEREST[(c.area, c.what)], c.day))
    return tuple(ranked[:HIGHLIGHTS])


def _commitments(facts: dict[str, object] | None) -> tuple[Commitment, ...]:
    if not facts:
        return ()
    found: list[Commitment] = []
    kinds: dict[str, int] = {}
    for kind, title, due, owner in facts["commitments"]:  # type: ignore[attr-defined]
        kinds[kind] = kinds.get(kind, 0) + 1
        if kinds[kind] <= PER_KIND:
            found.append(Commitment(kind, title, date.fromisoformat(due) if due else None, owner))
    return tuple(found[:COMMITMENTS])


def _least_shown(facts: dict[str, object] | None) -> tuple[str, ...]:
    """The pillars with fewest entries in the eight weeks before the latest export."""
    counts = dict.fromkeys(PILLARS, 0)
    if facts:
        made = datetime.fromisoformat(str(facts["exported_at"])).date()
        start = made - timedelta(days=PERIOD_DAYS)
        for week, pillars in facts["pillars_by_week"].items():  # type: ignore[attr-defined]
            if date.fromisoformat(week) + timedelta(days=6) > start:
                for pillar, count in pillars.items():
                    counts[pillar] = counts.get(pillar, 0) + count
    ranked = sorted(PILLARS, key=lambda p: (counts[p], PILLARS.index(p)))
    return tuple(ranked[:QUESTIONS])
