"""The whole journal as plain values, record by record, for a lossless export.

Each record comes as it is stored (timestamps as stored, in UTC), without the internal integer
ids: references between records go by UUID, and what belongs to a record (an entry's tags and
links, a ritual's occurrences, a delegation's check-ins...) is nested inside it. Columns that
are only derived from others (search keys, an entry's day) are left out: an import computes
them again.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from coachapp.storage.database import db

Row = dict[str, Any]


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[Row]:
    cursor = db.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _by(rows: list[Row], key: str) -> dict[Any, list[Row]]:
    """Rows grouped by `key`, which is then dropped from each row."""
    grouped: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row.pop(key)].append(row)
    return grouped


def people() -> list[Row]:
    return _rows(
        "SELECT uuid, created_at, updated_at, deleted_at, name, role, kind, team, notes, active, "
        "arrived_on "
        "FROM person ORDER BY created_at, id"
    )


def _entry_filter(
    first: str | None, last: str | None, include_private: bool
) -> tuple[str, list[str]]:
    clauses, params = ["1 = 1"], []
    if first:
        clauses.append("day >= ?")
        params.append(first)
    if last:
        clauses.append("day <= ?")
        params.append(last)
    if not include_private:
        clauses.append("private = 0")
    return " AND ".join(clauses), params


def entries(first: str | None, last: str | None, include_private: bool) -> list[Row]:
    """Entries (with their tags, pillars and links) from `first` to `last` (days, included)."""
    where, params = _entry_filter(first, last, include_private)
    found = _rows(
        "SELECT id, uuid, created_at, updated_at, deleted_at, occurred_at, kind, title, body, "
        f"mood, energy, private, tags FROM entry WHERE {where} ORDER BY occurred_at, id",
        tuple(params),
    )
    pillars = _by(_rows("SELECT entry_id, pillar FROM entry_pillar ORDER BY pillar"), "entry_id")
    links = _by(_rows("SELECT entry_id, target_kind AS kind, target_uuid AS uuid FROM link "
                      "ORDER BY target_kind, target_uuid"), "entry_id")  # fmt: skip
    for entry in found:
        number = entry.pop("id")
        entry["tags"] = entry["tags"].split("\n") if entry["tags"] else []  # as typed
        entry["pillars"] = [p["pillar"] for p in pillars.get(number, [])]
        entry["links"] = links.get(number, [])
    return found


def rituals() -> list[Row]:
    found = _rows(
        "SELECT id, uuid, created_at, updated_at, deleted_at, title, method_key, purpose, "
        "starts_at, timezone, duration_minutes, place, rrule, agenda FROM ritual "
        "ORDER BY created_at, id"
    )
    occurrences = _by(_rows(
        "SELECT ritual_id, id, uuid, starts_at, status, outcomes, decisions, created_at, "
        "updated_at FROM ritual_occurrence ORDER BY starts_at, id"), "ritual_id")  # fmt: skip
    participants = _rows(
        "SELECT ritual_id, occurrence_id, person_uuid, stakeholder, count "
        "FROM ritual_participant ORDER BY id"
    )
    invited = _by([p for p in participants if p["occurrence_id"] is None], "ritual_id")
    present = _by([p for p in participants if p["occurrence_id"] is not None], "occurrence_id")
    actions = _by(_rows(
        "SELECT a.ritual_id, a.uuid, o.uuid AS occurrence, a.text, a.owner_uuid, a.due, a.done, "
        "a.created_at, a.updated_at FROM ritual_action a "
        "LEFT JOIN ritual_occurrence o ON o.id = a.occurrence_id ORDER BY a.id"),
        "ritual_id")  # fmt: skip
    for ritual in found:
        number = ritual.pop("id")
        ritual["participants"] = [
            {k: v for k, v in p.items() if k != "occurrence_id"} for p in invited.get(number, [])
        ]
        ritual["occurrences"] = []
        for occurrence in occurrences.get(number, []):
            occurrence_id = occurrence.pop("id")
            occurrence["participants"] = [
                {k: v for k, v in p.items() if k != "ritual_id"}
                for p in present.get(occurrence_id, [])
            ]
            ritual["occurrences"].append(occurrence)
        ritual["actions"] = actions.get(number, [])
    return found


def delegations() -> list[Row]:
    found = _rows(
        "SELECT id, uuid, created_at, updated_at, deleted_at, area, area_kind, person_uuid, team, "
        "level, target_level, started_on, cadence_days, next_checkin, status, notes "
        "FROM delegation ORDER BY created_at, id"
    )
    levels = _by(_rows(
        "SELECT delegation_id, changed_at, day, from_level, to_level, reason, source "
        "FROM delegation_level ORDER BY changed_at, id"), "delegation_id")  # fmt: skip
    checkins = _by(_rows(
        "SELECT delegation_id, uuid, day, level, went, note, entry_uuid, created_at, updated_at "
        "FROM delegation_checkin ORDER BY day, id"), "delegation_id")  # fmt: skip
    for delegation in found:
        number = delegation.pop("id")
        delegation["levels"] = levels.get(number, [])
        delegation["checkins"] = checkins.get(number, [])
    return found


def poker_rounds() -> list[Row]:
    found = _rows(
        "SELECT r.id, r.uuid, r.played_on, r.case_text, d.uuid AS delegation, r.agreed_level, "
        "r.created_at, r.updated_at FROM poker_round r "
        "LEFT JOIN delegation d ON d.id = r.delegation_id ORDER BY r.created_at, r.id"
    )
    cards = _by(_rows("SELECT round_id, participant, person_uuid, level FROM poker_card "
                      "ORDER BY id"), "round_id")  # fmt: skip
    for poker_round in found:
        poker_round["cards"] = cards.get(poker_round.pop("id"), [])
    return found


def skills() -> list[Row]:
    found = _rows(
        "SELECT id, uuid, created_at, updated_at, deleted_at, person_uuid, name, kind, level, "
        "target_level, due_on, notes FROM skill ORDER BY created_at, id"
    )
    actions = _by(
        _rows(
            "SELECT skill_id, uuid, position, kind, description, provider, provider_name, "
            "due_on, status, created_at, updated_at FROM skill_action ORDER BY position, id"
        ),
        "skill_id",
    )
    for skill in found:
        skill["actions"] = actions.get(skill.pop("id"), [])
    return found


def experiments() -> list[Row]:
    found = _rows(
        "SELECT e.id, e.uuid, e.created_at, e.updated_at, e.deleted_at, e.title, e.owner_uuid, "
        "e.ritual_uuid, p.uuid AS previous, e.believe, e.verify, e.measure, e.right_if, "
        "e.criticality, e.cost, e.reliability, e.starts_on, e.review_on, e.risk, e.safe_scope, "
        "e.safe_duration, e.safe_reversibility, e.status, e.position, e.observed, e.learned, "
        "e.next_step, e.outcome, e.confidence, e.concluded_on, e.abandoned_reason "
        "FROM experiment e LEFT JOIN experiment p ON p.id = e.previous_id "
        "ORDER BY e.created_at, e.id"
    )
    people_by = _by(_rows("SELECT experiment_id, person_uuid FROM experiment_person "
                          "ORDER BY person_uuid"), "experiment_id")  # fmt: skip
    moves = _by(_rows("SELECT experiment_id, changed_at, from_status, to_status, note "
                      "FROM experiment_move ORDER BY changed_at, id"), "experiment_id")  # fmt: skip
    for experiment in found:
        number = experiment.pop("id")
        experiment["people"] = [p["person_uuid"] for p in people_by.get(number, [])]
        experiment["moves"] = moves.get(number, [])
    return found


def user_methods() -> list[Row]:
    return _rows(
        "SELECT uuid, key, data, created_at, updated_at, deleted_at FROM user_method "
        "ORDER BY created_at, id"
    )


def self_ratings() -> list[Row]:
    return _rows(
        "SELECT month, dimension, rating, note, updated_at FROM self_rating "
        "ORDER BY month, dimension"
    )


def prompt_states() -> list[Row]:
    return _rows(
        "SELECT rule_id, subject, state, fingerprint, until, shown_on, ignored, updated_at "
        "FROM prompt_state ORDER BY rule_id, subject"
    )


def prompt_rules_off() -> list[Row]:
    return _rows("SELECT rule_id, since FROM prompt_rule_off ORDER BY rule_id")


def coach_comments() -> list[Row]:
    return _rows(
        "SELECT uuid, feedback_uuid, export_id, author, item_kind, item_uuid, item_title, text, "
        "written_at, received_at, seen_at FROM coach_comment ORDER BY written_at, id"
    )


LIVE_TABLES = {
    "people": "person", "rituals": "ritual", "delegations": "delegation", "skills": "skill",
    "experiments": "experiment", "methods": "user_method",
}  # fmt: skip


def live_counts(first: str | None, last: str | None, include_private: bool) -> dict[str, int]:
    """Records outside the trash per section, entries as filtered; "private" counts the private
    entries of the period (left out unless asked for)."""
    where, params = _entry_filter(first, last, include_private)
    counts = {
        "entries": _count(f"SELECT COUNT(*) FROM entry WHERE deleted_at IS NULL AND {where}",
                          params),
        "self_assessment": _count("SELECT COUNT(DISTINCT month) FROM self_rating"),
        "prompts": _count("SELECT COUNT(*) FROM prompt_state"),
        "feedback": _count("SELECT COUNT(*) FROM coach_comment"),
    }  # fmt: skip
    for section, table in LIVE_TABLES.items():
        counts[section] = _count(f"SELECT COUNT(*) FROM {table} WHERE deleted_at IS NULL")
    period, period_params = _entry_filter(first, last, True)
    counts["private"] = _count(
        f"SELECT COUNT(*) FROM entry WHERE deleted_at IS NULL AND private = 1 AND {period}",
        period_params,
    )
    return counts


def latest_entries(
    first: str | None, last: str | None, include_private: bool, limit: int
) -> list[Row]:
    """The newest live entries of the selection, for a preview."""
    where, params = _entry_filter(first, last, include_private)
    found = _rows(
        "SELECT uuid, occurred_at, kind, title, body, private, tags FROM entry "
        f"WHERE deleted_at IS NULL AND {where} ORDER BY occurred_at DESC, id DESC LIMIT ?",
        (*params, limit),
    )
    for entry in found:
        entry["tags"] = entry["tags"].split("\n") if entry["tags"] else []
    return found


def _count(sql: str, params: list[str] | tuple[()] = ()) -> int:
    row = db.execute_sql(sql, tuple(params)).fetchone()
    return int(row[0])
