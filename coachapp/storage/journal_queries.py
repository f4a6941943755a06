"""The journal's list, search and calendar queries, in SQL.

Lists page by a (occurred_at, id) cursor rather than OFFSET, so page 100 costs what page 1
costs, and return plain tuples: building model objects for thousands of rows is several times
slower (see ../shared/PERF.md, sections 2 and 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coachapp.storage.database import db
from coachapp.storage.fts import match_expression

# Marks around matched words in titles and excerpts (private-use characters: never typed).
MATCH_START = "\ue000"
MATCH_END = "\ue001"

LIST_COLUMNS = "e.id, e.uuid, e.occurred_at, e.day, e.kind, e.title, e.tags, e.mood, e.private"


@dataclass(frozen=True)
class Criteria:
    text: str = ""
    start: date | None = None
    end: date | None = None
    kind: str | None = None
    tag_key: str | None = None
    pillar: str | None = None
    links: tuple[tuple[str, str], ...] = ()  # (kind, UUID) the entries must all link to
    mood: int | None = None
    unlinked_kind: str | None = None  # entries linked to no record of this kind


def _where(criteria: Criteria) -> tuple[list[str], list[object], str | None]:
    clauses = ["e.deleted_at IS NULL"]
    params: list[object] = []
    if criteria.start is not None:
        clauses.append("e.day >= ?")
        params.append(criteria.start.isoformat())
    if criteria.end is not None:
        clauses.append("e.day <= ?")
        params.append(criteria.end.isoformat())
    if criteria.kind:
        clauses.append("e.kind = ?")
        params.append(criteria.kind)
    if criteria.mood is not None:
        clauses.append("e.mood = ?")
        params.append(criteria.mood)
    if criteria.tag_key:
        clauses.append(
            "e.id IN (SELECT et.entry_id FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
            "WHERE t.key = ?)"
        )
        params.append(criteria.tag_key)
    if criteria.pillar:
        clauses.append("e.id IN (SELECT entry_id FROM entry_pillar WHERE pillar = ?)")
        params.append(criteria.pillar)
    for kind, target in criteria.links:
        clauses.append(
            "e.id IN (SELECT entry_id FROM link WHERE target_kind = ? AND target_uuid = ?)"
        )
        params.extend((kind, target))
    if criteria.unlinked_kind:
        clauses.append("e.id NOT IN (SELECT entry_id FROM link WHERE target_kind = ?)")
        params.append(criteria.unlinked_kind)
    return clauses, params, match_expression(criteria.text)


def page_sql(
    criteria: Criteria, after: tuple[str, int] | None, limit: int
) -> tuple[str, list[object]]:
    """The SQL and parameters of one page of rows (LIST_COLUMNS), newest first."""
    clauses, params, match = _where(criteria)
    if after is not None:
        clauses.append("(e.occurred_at, e.id) < (?, ?)")
        params.extend(after)
    where = " AND ".join(clauses)
    order = "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?"
    if match is None:
        return f"SELECT {LIST_COLUMNS} FROM entry e WHERE {where} {order}", [*params, limit]
    # The matches are ordered by date from the entry_when index (when no filter needs the
    # entry's other columns), then only the page's entries are read.
    covered = criteria.start is None and criteria.end is None and not criteria.kind
    hint = " INDEXED BY entry_when" if covered and criteria.mood is None else ""
    newest = (
        f"SELECT e.id FROM entry_fts JOIN entry e{hint} ON e.id = entry_fts.rowid "
        f"WHERE entry_fts MATCH ? AND {where} {order}"
    )
    sql = (
        f"SELECT {LIST_COLUMNS} FROM entry e WHERE e.id IN ({newest}) "
        "ORDER BY e.occurred_at DESC, e.id DESC"
    )
    return sql, [match, *params, limit]


def page(criteria: Criteria, after: tuple[str, int] | None, limit: int) -> list[tuple[object, ...]]:
    sql, params = page_sql(criteria, after, limit)
    return db.execute_sql(sql, params).fetchall()


def highlights(text: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    """For entries `ids` matching the search `text`: the title and an excerpt of the body with
    the matches between MATCH_START and MATCH_END.

    Kept apart from `page` because an excerpt re-reads the entry's text: worth it for the rows
    on screen, far too slow for every hit of a common word.
    """
    match = match_expression(text)
    if match is None or not ids:
        return {}
    marks = f"'{MATCH_START}', '{MATCH_END}'"
    sql = (
        f"SELECT rowid, highlight(entry_fts, 0, {marks}), "
        f"snippet(entry_fts, 1, {marks}, '…', 14) FROM entry_fts "
        f"WHERE entry_fts MATCH ? AND rowid IN ({', '.join('?' * len(ids))})"
    )
    return {
        int(row_id): (str(title), str(excerpt))
        for row_id, title, excerpt in db.execute_sql(sql, [match, *ids])
    }


def count(criteria: Criteria) -> int:
    clauses, params, match = _where(criteria)
    where = " AND ".join(clauses)
    if match is None:
        sql = f"SELECT count(*) FROM entry e WHERE {where}"
        return int(db.execute_sql(sql, params).fetchone()[0])
    sql = (
        "SELECT count(*) FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid "
        f"WHERE entry_fts MATCH ? AND {where}"
    )
    return int(db.execute_sql(sql, [match, *params]).fetchone()[0])


def days_with_entries(start: date, end: date) -> list[str]:
    sql = (
        "SELECT DISTINCT day FROM entry WHERE deleted_at IS NULL AND day BETWEEN ? AND ? "
        "ORDER BY day"
    )
    return [row[0] for row in db.execute_sql(sql, [start.isoformat(), end.isoformat()])]


def tags_in_use() -> list[tuple[str, str]]:
    """(key, name) of the tags that live entries carry, by name."""
    sql = (
        "SELECT t.key, t.name FROM tag t WHERE EXISTS (SELECT 1 FROM entry_tag et "
        "JOIN entry e ON e.id = et.entry_id WHERE et.tag_id = t.id AND e.deleted_at IS NULL) "
        "ORDER BY t.key"
    )
    return [(key, name) for key, name in db.execute_sql(sql)]
