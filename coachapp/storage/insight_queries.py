"""Aggregates read for the Insights view, one query per figure, over a period of local days.

Each query returns plain tuples; coachapp.services.insights.insights turns them into figures.
"""

from __future__ import annotations

from typing import Any

from coachapp.storage.database import db


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, params).fetchall())


def rituals_held(first: str, last: str) -> list[tuple[str, str, str]]:
    """(local day, purpose, stakeholder groups) of each meeting held in the period; the groups
    (comma-separated) are those recorded present, else those invited."""
    return _rows(
        """
        SELECT substr(o.starts_at, 1, 10), r.purpose,
               coalesce((SELECT group_concat(DISTINCT p.stakeholder) FROM ritual_participant p
                         WHERE p.occurrence_id = o.id),
                        (SELECT group_concat(DISTINCT p.stakeholder) FROM ritual_participant p
                         WHERE p.ritual_id = r.id AND p.occurrence_id IS NULL), '')
        FROM ritual_occurrence o JOIN ritual r ON r.id = o.ritual_id
        WHERE o.status = 'held' AND r.deleted_at IS NULL
          AND substr(o.starts_at, 1, 10) BETWEEN ? AND ?
        ORDER BY o.starts_at
        """,
        (first, last),
    )


def active_levels() -> list[tuple[int, int]]:
    """(level, active delegations at it)."""
    return _rows(
        "SELECT level, count(*) FROM delegation WHERE deleted_at IS NULL AND status = 'active' "
        "GROUP BY level ORDER BY level"
    )


def level_history() -> list[tuple[int, str, str, int | None, int]]:
    """(delegation id, start day, change day, from, to) for every level change, in order."""
    return _rows(
        """
        SELECT d.id, d.started_on, h.day, h.from_level, h.to_level
        FROM delegation_level h JOIN delegation d ON d.id = h.delegation_id
        WHERE d.deleted_at IS NULL
        ORDER BY d.id, h.day, h.id
        """
    )


def experiment_dates() -> list[tuple[str | None, str | None, str | None]]:
    """(start day, conclusion day, outcome) of every experiment outside the trash."""
    return _rows("SELECT starts_on, concluded_on, outcome FROM experiment WHERE deleted_at IS NULL")


def entry_days(first: str, last: str) -> list[tuple[str, int | None, int | None]]:
    """(day, mood, energy) of the entries of the period."""
    return _rows(
        "SELECT day, mood, energy FROM entry WHERE deleted_at IS NULL AND day BETWEEN ? AND ?",
        (first, last),
    )


def pillar_counts(first: str, last: str) -> list[tuple[str, int]]:
    return _rows(
        """
        SELECT p.pillar, count(*) FROM entry_pillar p JOIN entry e ON e.id = p.entry_id
        WHERE e.deleted_at IS NULL AND e.day BETWEEN ? AND ? GROUP BY p.pillar
        """,
        (first, last),
    )


def first_day() -> str | None:
    """The day of the oldest entry outside the trash."""
    row = db.execute_sql("SELECT min(day) FROM entry WHERE deleted_at IS NULL").fetchone()
    return row[0] if row else None


def days_written(last: str) -> list[str]:
    """Every day with an entry up to `last`, newest first (for the streak)."""
    return [
        row[0]
        for row in _rows(
            "SELECT DISTINCT day FROM entry WHERE deleted_at IS NULL AND day <= ? "
            "ORDER BY day DESC",
            (last,),
        )
    ]


def self_ratings(first_month: str, last_month: str) -> list[tuple[str, str, int]]:
    return _rows(
        "SELECT month, dimension, rating FROM self_rating WHERE month BETWEEN ? AND ? "
        "ORDER BY month",
        (first_month, last_month),
    )


def skill_actions(first: str, last: str) -> list[tuple[str, str]]:
    """(status, due day) of the skill plan actions due in the period."""
    return _rows(
        """
        SELECT a.status, a.due_on FROM skill_action a JOIN skill s ON s.id = a.skill_id
        JOIN person p ON p.uuid = s.person_uuid
        WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL AND a.due_on BETWEEN ? AND ?
        """,
        (first, last),
    )
