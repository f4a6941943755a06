"""Delegation poker in a team meeting: everyone shows a card (a level from 1 to 7) for a case,
the spread says how far apart they are, and the level agreed goes into a delegation.

Each round is kept (case, cards, agreed level), so the manager can look back at how the team
saw a decision before agreeing.
"""

from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass
from datetime import date

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.services.common.text import one_line
from coachapp.services.delegations.delegation_levels import Level
from coachapp.services.delegations.delegations import DelegationRecord, DelegationService, Source
from coachapp.storage.database import db
from coachapp.storage.models import Delegation, PokerCard, PokerRound

MAX_CASE = 300
MAX_PLAYERS = 30


@dataclass(frozen=True)
class Card:
    participant: str
    level: int
    person_uuid: str | None = None


@dataclass(frozen=True)
class Spread:
    low: int
    high: int
    median: float
    counts: dict[int, int]  # level -> how many cards
    lowest: tuple[str, ...]  # who showed the lowest card (they explain first)
    highest: tuple[str, ...]

    @property
    def agreed(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True)
class Round:
    uuid: str
    played_on: date
    case: str
    cards: tuple[Card, ...]
    agreed_level: int | None
    delegation_uuid: str | None


def spread(cards: tuple[Card, ...] | list[Card]) -> Spread:
    """How far apart the cards are; needs at least one card."""
    if not cards:
        raise ValueError("no cards")
    levels = [card.level for card in cards]
    low, high = min(levels), max(levels)
    return Spread(
        low=low,
        high=high,
        median=statistics.median(levels),
        counts={level: levels.count(level) for level in Level if level in levels},
        lowest=tuple(card.participant for card in cards if card.level == low),
        highest=tuple(card.participant for card in cards if card.level == high),
    )


def _clean_cards(cards: tuple[Card, ...]) -> tuple[Card, ...]:
    if not cards:
        raise ValidationError(
            "cards", QT_TRANSLATE_NOOP("Poker", "Record at least one participant's card.")
        )
    if len(cards) > MAX_PLAYERS:
        raise ValidationError(
            "cards",
            QT_TRANSLATE_NOOP("Poker", "A round takes at most {high} players."),
            high=MAX_PLAYERS,
        )
    clean: list[Card] = []
    seen: set[str] = set()
    for card in cards:
        name = one_line(card.participant)
        if not name:
            raise ValidationError(
                "cards", QT_TRANSLATE_NOOP("Poker", "Every card needs the player's name.")
            )
        if name.casefold() in seen:
            raise ValidationError(
                "cards",
                QT_TRANSLATE_NOOP("Poker", "{name} shows two cards: keep one."),
                name=name,
            )
        if card.level not in set(Level):
            raise ValidationError("cards", QT_TRANSLATE_NOOP("Poker", "Cards go from 1 to 7."))
        seen.add(name.casefold())
        clean.append(Card(name, card.level, card.person_uuid))
    return tuple(clean)


class PokerService:
    def __init__(self, clock: Clock, delegations: DelegationService) -> None:
        self._clock = clock
        self._delegations = delegations

    def record(
        self,
        case: str,
        cards: tuple[Card, ...],
        agreed_level: int,
        *,
        delegation_uuid: str | None = None,
    ) -> tuple[Round, DelegationRecord | None]:
        """Keep the round; with a delegation, move it to the agreed level (in its history)."""
        text = one_line(case)
        if not text:
            raise ValidationError(
                "case", QT_TRANSLATE_NOOP("Poker", "Say which case the team played.")
            )
        if len(text) > MAX_CASE:
            raise ValidationError(
                "case",
                QT_TRANSLATE_NOOP("Poker", "Keep the case under {high} characters."),
                high=MAX_CASE,
            )
        clean = _clean_cards(cards)
        if agreed_level not in set(Level):
            raise ValidationError(
                "agreed", QT_TRANSLATE_NOOP("Poker", "Choose the level the team agreed on.")
            )
        now = self._clock.now()
        today = self._delegations.today()
        with db.atomic():
            delegation = None
            if delegation_uuid is not None:
                delegation = self._delegations.change_level(
                    delegation_uuid, agreed_level, reason=text, source=Source.POKER
                )
            row = PokerRound.create(
                uuid=str(uuid.uuid4()),
                played_on=today.isoformat(),
                case_text=text,
                delegation=(
                    Delegation.get(Delegation.uuid == delegation_uuid).id
                    if delegation_uuid
                    else None
                ),
                agreed_level=agreed_level,
                created_at=now,
                updated_at=now,
            )
            for card in clean:
                PokerCard.create(
                    round=row.id,
                    participant=card.participant,
                    person_uuid=card.person_uuid,
                    level=card.level,
                )
        return Round(row.uuid, today, text, clean, agreed_level, delegation_uuid), delegation

    def rounds(self, delegation_uuid: str | None = None, limit: int = 100) -> list[Round]:
        """Rounds played, the latest first (for one delegation when given)."""
        query = PokerRound.select().order_by(PokerRound.played_on.desc(), PokerRound.id.desc())
        if delegation_uuid is not None:
            query = query.join(Delegation).where(Delegation.uuid == delegation_uuid)
        rows = list(query.limit(limit))
        cards: dict[int, list[Card]] = {row.id: [] for row in rows}
        if rows:
            for card in PokerCard.select().where(PokerCard.round.in_(list(cards))):
                cards[card.round_id].append(Card(card.participant, card.level, card.person_uuid))
        owners = {
            row.id: row.uuid
            for row in Delegation.select(Delegation.id, Delegation.uuid).where(
                Delegation.id.in_([r.delegation_id for r in rows if r.delegation_id])
            )
        }
        return [
            Round(
                uuid=row.uuid,
                played_on=date.fromisoformat(row.played_on),
                case=row.case_text,
                cards=tuple(cards[row.id]),
                agreed_level=row.agreed_level,
                delegation_uuid=owners.get(row.delegation_id or 0),
            )
            for row in rows
        ]
