"""Prompts from the management model: what the engine says today, and what the manager did
with each one (acted on, snoozed, dismissed), so that a prompt does not nag.

A prompt acted on or dismissed stays quiet until the facts behind it change (its fingerprint);
a snoozed one until its day; one shown several days running and left alone backs off for a
week, then two, then four. A kind of prompt can be switched off altogether, and back on.
Today shows cards (engine.grouped, engine.spread): what is done with a card that lists several
prompts is done with each of them, and each one left comes back on its own terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from coachapp.clock import Clock
from coachapp.coaching.conditions import READS_ENTRIES
from coachapp.coaching.engine import Prompt, evaluate, grouped, spread
from coachapp.coaching.facts import (
    DelegationFact,
    EntryFact,
    ExperimentFact,
    Facts,
    PersonFact,
    RitualFact,
    SkillActionFact,
)
from coachapp.coaching.pack import Pack
from coachapp.coaching.quantities import Team
from coachapp.coaching.questions import Question, load_questions, question_of_the_day
from coachapp.storage import signal_queries as q
from coachapp.storage.database import db
from coachapp.storage.models import PromptRuleOff, PromptState
from coachapp.timezones import local_zone

QUIET_AFTER = 3  # days shown and left alone before a prompt backs off
LONGEST_BACK_OFF = 28


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


_SEPARATOR = "\x1f"  # between the tags, or the people, of one entry (never typed in)


def _detailed(kinds: frozenset[str], since: str, today: str) -> tuple[EntryFact, ...]:
    """The entries of `kinds` from `since` to `today`, with their tags and linked people."""
    if not kinds:
        return ()
    marks = ", ".join("?" for _ in kinds)
    rows = db.execute_sql(
        "SELECT e.uuid, e.day, e.kind, e.title, "
        "(SELECT group_concat(t.key, char(31)) FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
        " WHERE et.entry_id = e.id), "
        "(SELECT group_concat(l.target_uuid, char(31)) FROM link l "
        " WHERE l.entry_id = e.id AND l.target_kind = 'person') "
        f"FROM entry e WHERE e.deleted_at IS NULL AND e.kind IN ({marks}) "
        "AND e.day BETWEEN ? AND ? ORDER BY e.day, e.id",
        (*sorted(kinds), since, today),
    ).fetchall()
    return tuple(
        EntryFact(uuid, date.fromisoformat(day), kind, title,
                  frozenset((tags or "").split(_SEPARATOR)) - {""},
                  frozenset((people or "").split(_SEPARATOR)) - {""})
        for uuid, day, kind, title, tags, people in rows
    )  # fmt: skip


def _tag_last(since: str, today: str) -> dict[str, date]:
    """Each tag's latest day (folded tag), among the entries from `since` to `today`."""
    rows = db.execute_sql(
        "SELECT t.key, max(e.day) FROM entry e JOIN entry_tag et ON et.entry_id = e.id "
        "JOIN tag t ON t.id = et.tag_id WHERE e.deleted_at IS NULL AND e.day BETWEEN ? AND ? "
        "GROUP BY t.id",
        (since, today),
    ).fetchall()
    return {key: date.fromisoformat(day) for key, day in rows}


def _people_and_skills() -> tuple[dict[str, str], dict[str, int]]:
    """Each person's kind (those not in the trash), and by kind how many people have a skill
    in progress in their plan."""
    kinds = dict(
        db.execute_sql("SELECT uuid, kind FROM person WHERE deleted_at IS NULL").fetchall()
    )
    holders = db.execute_sql(
        "SELECT p.kind, count(DISTINCT p.uuid) FROM skill s "
        "JOIN person p ON p.uuid = s.person_uuid "
        "WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL AND s.level < s.target_level "
        "GROUP BY p.kind"
    ).fetchall()
    return kinds, {kind: int(count) for kind, count in holders}


def gather_facts(today: date, window: int = 400, detailed: frozenset[str] = frozenset()) -> Facts:
    """The journal as the rules see it on `today` (a few queries, whatever the rules); rules
    look back at most `window` days, besides the last day of each kind of entry; entries of
    the `detailed` kinds come one by one, for the rules that read them so."""
    since = (today - timedelta(days=window)).isoformat()
    kind_days: dict[str, list[date]] = {}
    for kind, day in q.recent_days(since, today.isoformat()):
        kind_days.setdefault(kind, []).append(date.fromisoformat(day))
    step = q.latest_change_step(today.isoformat())
    rituals = []
    for uuid, title, method, starts, present, invited, actions, debriefed in q.held_rituals():
        groups = present or invited or ""
        rituals.append(RitualFact(uuid, title, method, date.fromisoformat(starts[:10]),
                                  frozenset(g for g in groups.split(",") if g),
                                  int(actions), bool(debriefed)))  # fmt: skip
    delegations = [
        DelegationFact(uuid, area, name or Team(team or ""), person, level, target, _day(next_day),
                       _day(since_day) or today, tuple((went or "").split(",")) if went else ())
        for uuid, area, person, name, team, level, target, next_day, since_day, went
        in q.active_delegations()
    ]  # fmt: skip
    person_kinds, skill_holders = _people_and_skills()
    return Facts(
        today=today,
        kind_days=kind_days,
        last_by_kind={k: date.fromisoformat(d) for k, d in q.last_by_kind(today.isoformat())},
        first_entry=_day(q.first_day()),
        latest_change_step=EntryFact(step[0], date.fromisoformat(step[1]), step[2], step[3])
        if step
        else None,
        agents=tuple(
            PersonFact(u, n, k, date.fromisoformat(c[:10]), _day(arrived))
            for u, n, k, c, arrived in q.agents()
        ),
        last_one_to_one={u: date.fromisoformat(d) for u, d in q.last_one_to_one()},
        last_contact={k: date.fromisoformat(d) for k, d in q.last_contact_by_kind()},
        learning_tags=tuple((date.fromisoformat(d), t) for d, t in q.learning_tags(since)),
        rituals=tuple(rituals),
        delegations=tuple(delegations),
        overdue_actions=tuple(
            SkillActionFact(s, name, p, person, action, date.fromisoformat(due))
            for s, name, p, person, action, due in q.overdue_skill_actions(today.isoformat())
        ),
        interpersonal_skills=q.interpersonal_skills(),
        experiments=tuple(
            ExperimentFact(
                u,
                t,
                s,
                date.fromisoformat(c[:10]),
                _day(start),
                _day(review),
                _day(concluded),
                outcome or None,
            )
            for u, t, s, c, start, review, concluded, outcome in q.experiments()
        ),
        pillar_counts=dict(q.pillar_counts((today - timedelta(days=89)).isoformat())),
        detailed=_detailed(detailed, since, today.isoformat()),
        tag_last=_tag_last(since, today.isoformat()),
        person_kinds=person_kinds,
        skill_holders=skill_holders,
    )


@dataclass(frozen=True)
class Today:
    prompts: list[Prompt]  # to show, highest priority first
    question: Question | None


class PromptService:
    def __init__(
        self, clock: Clock, built_in: Path, schema: Path, questions: Path, folder: Path | None
    ) -> None:
        self._clock = clock
        self._paths = (built_in, schema, folder)
        self._questions_path = questions
        self._pack: Pack | None = None
        self._questions: list[Question] | None = None

    def today(self) -> date:
        return self._clock.now().astimezone(local_zone()).date()

    @property
    def pack(self) -> Pack:
        """The rules, read when first needed (not at start-up)."""
        if self._pack is None:
            built_in, schema, folder = self._paths
            self._pack = Pack(built_in, schema, folder)
        return self._pack

    def all_prompts(self, day: date | None = None) -> list[Prompt]:
        """What the rules say on `day` as Today's cards, whatever was done with them before."""
        when = day or self.today()
        return spread(grouped(evaluate(self.pack.rules.values(), self._facts(when))))

    def _facts(self, day: date) -> Facts:
        return gather_facts(day, self.window(), self.detailed_kinds())

    def detailed_kinds(self) -> frozenset[str]:
        """The kinds of entries the rules in force read one by one."""
        return frozenset(
            str(kind)
            for rule in self.pack.rules.values()
            if rule.enabled and rule.condition in READS_ENTRIES
            for kind in rule.params.get("kinds", ())
        )

    def window(self) -> int:
        """How far back the rules in force look, in days (their `days` parameters)."""
        spans = [
            value
            for rule in self.pack.rules.values()
            if rule.enabled
            for name, value in rule.params.items()
            if name.endswith("days") and isinstance(value, int)
        ]
        return max([400, *spans]) + 1

    def current(self, day: date | None = None, *, limit: int | None = None) -> Today:
        """Today's prompts, less those acted on, dismissed, snoozed or backing off."""
        when = day or self.today()
        facts = self._facts(when)
        off = {row.rule_id for row in PromptRuleOff.select(PromptRuleOff.rule_id)}
        states = {(s.rule_id, s.subject): s for s in PromptState.select()}
        shown = [
            p for p in evaluate(self.pack.rules.values(), facts)
            if p.rule.id not in off and not _quiet(states.get(p.key), p, when)
        ]  # fmt: skip
        if self._questions is None:
            self._questions = load_questions(self._questions_path)
        question = question_of_the_day(self._questions, facts.pillar_counts, when)
        cards = spread(grouped(shown))
        return Today(cards[:limit] if limit else cards, question)

    # What the manager does with a prompt

    def _write(self, prompt: Prompt, state: str, **columns: object) -> None:
        """Keep what was done with the prompt, or with each prompt its card lists."""
        with db.atomic():
            for item in prompt.members:
                self._write_one(item, state, **columns)

    def _write_one(self, prompt: Prompt, state: str, **columns: object) -> None:
        with db.atomic():
            PromptState.insert(
                rule_id=prompt.rule.id, subject=prompt.subject, state=state,
                fingerprint=prompt.fingerprint, updated_at=self._clock.now(), **columns,
            ).on_conflict(
                conflict_target=[PromptState.rule_id, PromptState.subject],
                update={PromptState.state: state, PromptState.fingerprint: prompt.fingerprint,
                        PromptState.updated_at: self._clock.now(), PromptState.ignored: 0,
                        **{getattr(PromptState, k): v for k, v in columns.items()}},
            ).execute()  # fmt: skip

    def act(self, prompt: Prompt) -> None:
        """Acted on: quiet until its facts change."""
        self._write(prompt, "acted", until=None)

    def snooze(self, prompt: Prompt, until: date) -> None:
        if until <= self.today():
            raise ValueError("a prompt is snoozed until a later day")
        self._write(prompt, "snoozed", until=until.isoformat())

    def dismiss(self, prompt: Prompt, *, never_again: bool = False) -> None:
        """Dismissed: quiet until its facts change; `never_again` switches the kind off."""
        with db.atomic():
            self._write(prompt, "dismissed", until=None)
            if never_again:
                PromptRuleOff.insert(rule_id=prompt.rule.id, since=self._clock.now()).on_conflict(
                    "IGNORE"
                ).execute()

    def switched_off(self) -> list[str]:
        return [r.rule_id for r in PromptRuleOff.select().order_by(PromptRuleOff.rule_id)]

    def switch_on(self, rule_id: str) -> None:
        with db.atomic():
            PromptRuleOff.delete().where(PromptRuleOff.rule_id == rule_id).execute()

    def seen(self, prompts: list[Prompt], day: date | None = None) -> None:
        """The prompts were shown on `day`: count the days they were left alone."""
        when = (day or self.today()).isoformat()
        with db.atomic():
            for prompt in (item for card in prompts for item in card.members):
                row = PromptState.get_or_none(
                    PromptState.rule_id == prompt.rule.id, PromptState.subject == prompt.subject
                )
                if row is None or row.state != "shown" or row.fingerprint != prompt.fingerprint:
                    self._write_one(prompt, "shown", shown_on=when)
                elif row.shown_on != when:
                    PromptState.update(
                        shown_on=when, ignored=row.ignored + 1, updated_at=self._clock.now()
                    ).where(
                        PromptState.rule_id == row.rule_id, PromptState.subject == row.subject
                    ).execute()


def _quiet(state: PromptState | None, prompt: Prompt, day: date) -> bool:
    """Whether what was done with this prompt keeps it out of today's list."""
    if state is None:
        return False
    if state.state in ("acted", "dismissed"):
        return bool(state.fingerprint == prompt.fingerprint)
    if state.state == "snoozed":
        return bool(state.until and date.fromisoformat(state.until) > day)
    # Shown before: after QUIET_AFTER days left alone it backs off, longer each time.
    if state.fingerprint != prompt.fingerprint or state.ignored < QUIET_AFTER:
        return False
    back_off = min(LONGEST_BACK_OFF, 7 * 2 ** (state.ignored - QUIET_AFTER))
    last = date.fromisoformat(state.shown_on) if state.shown_on else day
    return day < last + timedelta(days=back_off)
