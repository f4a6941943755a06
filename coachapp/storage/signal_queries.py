"""The few aggregate queries the prompt engine's facts come from, as plain tuples.

One query per kind of fact, whatever the number of rules: on a five-year journal they take a
few tens of milliseconds together (benchmarks/prompts.py).
"""

from __future__ import annotations

from typing import Any

from coachapp.storage.database import db

SETBACK_KINDS = ("learning_error", "learning_incident")  # what can repeat


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, params).fetchall())


def recent_days(since: str, today: str) -> list[tuple[str, str]]:
    """(kind, day) of the entries from `since` to `today` (the entry_kind_day index covers it)."""
    return _rows(
        "SELECT kind, day FROM entry WHERE deleted_at IS NULL AND day BETWEEN ? AND ?",
        (since, today),
    )


def last_by_kind(today: str) -> list[tuple[str, str]]:
    return _rows(
        "SELECT kind, max(day) FROM entry WHERE deleted_at IS NULL AND day <= ? GROUP BY kind",
        (today,),
    )


def first_day() -> str | None:
    row = db.execute_sql("SELECT min(day) FROM entry WHERE deleted_at IS NULL").fetchone()
    return row[0] if row else None


def latest_change_step(today: str) -> tuple[str, str, str, str] | None:
    """(uuid, day, kind, title) of the latest change step up to `today`."""
    rows = _rows(
        "SELECT uuid, day, kind, title FROM entry WHERE deleted_at IS NULL "
        "AND kind = 'change_step' AND day <= ? ORDER BY day DESC, id DESC LIMIT 1",
        (today,),
    )
    return rows[0] if rows else None


def agents() -> list[tuple[str, str, str, str, str | None]]:
    """(uuid, name, kind, created_at, arrived_on) of the active agents."""
    return _rows(
        "SELECT uuid, name, kind, created_at, arrived_on FROM person "
        "WHERE deleted_at IS NULL AND active = 1 AND kind = 'agent' ORDER BY name_key"
    )


def last_one_to_one() -> list[tuple[str, str]]:
    """(person uuid, latest day) of one-to-one entries, per person linked to one."""
    return _rows(
        "SELECT l.target_uuid, max(e.day) FROM entry e "
        "CROSS JOIN link l ON l.entry_id = e.id AND l.target_kind = 'person' "
        "WHERE e.kind = 'one_to_one' AND e.deleted_at IS NULL GROUP BY l.target_uuid"
    )


def last_contact_by_kind() -> list[tuple[str, str]]:
    """(person kind, latest day) of stakeholder-contact entries linked to people of that kind."""
    return _rows(
        "SELECT p.kind, max(e.day) FROM entry e "
        "CROSS JOIN link l ON l.entry_id = e.id AND l.target_kind = 'person' "
        "JOIN person p ON p.uuid = l.target_uuid "
        "WHERE e.kind = 'stakeholder_contact' AND e.deleted_at IS NULL GROUP BY p.kind"
    )


def learning_tags(since: str) -> list[tuple[str, str]]:
    """(day, tag name) of the mistakes and incidents noted from `since` (YYYY-MM-DD)."""
    marks = ", ".join("?" for _ in SETBACK_KINDS)
    return _rows(
        "SELECT e.day, t.name FROM entry e JOIN entry_tag et ON et.entry_id = e.id "
        f"JOIN tag t ON t.id = et.tag_id WHERE e.deleted_at IS NULL AND e.kind IN ({marks}) "
        "AND e.day >= ? ORDER BY e.day",
        (*SETBACK_KINDS, since),
    )


def pillar_counts(since: str) -> list[tuple[str, int]]:
    return _rows(
        "SELECT p.pillar, count(*) FROM entry e CROSS JOIN entry_pillar p ON p.entry_id = e.id "
        "WHERE e.deleted_at IS NULL AND e.day >= ? GROUP BY p.pillar",
        (since,),
    )


def held_rituals() -> list[tuple[str, str, str, str, str | None, str | None, int, int]]:
    """Held meetings: (ritual uuid, title, method, local start, groups present, groups
    invited, actions, debriefed), oldest first; groups as comma-separated stakeholder keys."""
    return _rows(
        """
        SELECT r.uuid, r.title, r.method_key, o.starts_at,
               (SELECT group_concat(DISTINCT p.stakeholder) FROM ritual_participant p
                WHERE p.ritual_id = r.id AND p.occurrence_id = o.id),
               (SELECT group_concat(DISTINCT p.stakeholder) FROM ritual_participant p
                WHERE p.ritual_id = r.id AND p.occurrence_id IS NULL),
               (SELECT count(*) FROM ritual_action a WHERE a.occurrence_id = o.id),
               EXISTS (SELECT 1 FROM link l JOIN entry e ON e.id = l.entry_id
                       WHERE l.target_kind = 'ritual' AND l.target_uuid = r.uuid
                       AND e.deleted_at IS NULL AND e.day >= substr(o.starts_at, 1, 10))
        FROM ritual_occurrence o JOIN ritual r ON r.id = o.ritual_id
        WHERE o.status = 'held' AND r.deleted_at IS NULL
        ORDER BY o.starts_at
        """
    )


def active_delegations() -> list[tuple[Any, ...]]:
    """(uuid, area, person uuid, person name, team, level, target, next check-in, day the
    level was set, check-ins' "went" newest first, comma-separated)."""
    return _rows(
        """
        SELECT d.uuid, d.area, d.person_uuid, p.name, d.team, d.level, d.target_level,
               d.next_checkin,
               coalesce((SELECT max(h.day) FROM delegation_level h
                         WHERE h.delegation_id = d.id), d.started_on),
               (SELECT group_concat(went) FROM (
                   SELECT c.went FROM delegation_checkin c WHERE c.delegation_id = d.id
                   ORDER BY c.day DESC, c.id DESC LIMIT 5))
        FROM delegation d LEFT JOIN person p ON p.uuid = d.person_uuid
        WHERE d.deleted_at IS NULL AND d.status = 'active'
        ORDER BY d.area
        """
    )


def overdue_skill_actions(today: str) -> list[tuple[str, str, str, str, str, str]]:
    """(skill uuid, skill, person uuid, person, action, due) not done and due before today."""
    return _rows(
        """
        SELECT s.uuid, s.name, s.person_uuid, p.name, a.description, a.due_on
        FROM skill_action a JOIN skill s ON s.id = a.skill_id
        JOIN person p ON p.uuid = s.person_uuid
        WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL AND a.status <> 'done'
          AND a.due_on IS NOT NULL AND a.due_on < ?
        ORDER BY a.due_on
        """,
        (today,),
    )


def interpersonal_skills() -> int:
    row = db.execute_sql(
        "SELECT count(*) FROM skill s JOIN person p ON p.uuid = s.person_uuid "
        "WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL AND s.kind = 'interpersonal' "
        "AND s.level < s.target_level"
    ).fetchone()
    return int(row[0])


def experiments() -> list[tuple[str, str, str, str, str | None, str | None, str | None, str]]:
    """(uuid, title, status, created_at, starts_on, review_on, concluded_on, outcome)."""
    return _rows(
        "SELECT uuid, title, status, created_at, starts_on, review_on, concluded_on, "
        "coalesce(outcome, '') FROM experiment WHERE deleted_at IS NULL ORDER BY created_at"
    )


def week_activity(start: str, end: str) -> dict[str, Any]:
    """What happened between two days (both included): for the weekly review."""

    def titles(sql: str) -> list[str]:
        return [row[0] for row in _rows(sql, (start, end))]

    def count(sql: str) -> int:
        return int(db.execute_sql(sql, (start, end)).fetchone()[0])

    return {
        "entries": count(
            "SELECT count(*) FROM entry WHERE deleted_at IS NULL AND day BETWEEN ? AND ?"
        ),
        "rituals": titles(
            "SELECT r.title FROM ritual_occurrence o JOIN ritual r ON r.id = o.ritual_id "
            "WHERE o.status = 'held' AND r.deleted_at IS NULL "
            "AND substr(o.starts_at, 1, 10) BETWEEN ? AND ? ORDER BY o.starts_at"
        ),
        "checkins": count(
            "SELECT count(*) FROM delegation_checkin c JOIN delegation d ON d.id = c.delegation_id "
            "WHERE d.deleted_at IS NULL AND c.day BETWEEN ? AND ?"
        ),
        "level_changes": count(
            "SELECT count(*) FROM delegation_level h JOIN delegation d ON d.id = h.delegation_id "
            "WHERE d.deleted_at IS NULL AND h.from_level IS NOT NULL AND h.day BETWEEN ? AND ?"
        ),
        "started": titles(
            "SELECT title FROM experiment WHERE deleted_at IS NULL AND starts_on BETWEEN ? AND ? "
            "ORDER BY starts_on"
        ),
        "concluded": titles(
            "SELECT title FROM experiment WHERE deleted_at IS NULL AND status = 'concluded' "
            "AND concluded_on BETWEEN ? AND ? ORDER BY concluded_on"
        ),
    }
