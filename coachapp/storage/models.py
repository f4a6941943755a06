"""Tables as peewee models. The schema itself is created by migrations, never by `create_table`.

Every record has an integer id (internal, for joins and full-text rowids), a UUID that stays
the same across export and import, created/updated instants in UTC, and a `deleted_at` instant
that puts it in the trash instead of erasing it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from peewee import AutoField, BooleanField, CharField, Field, Model, TextField

from coachapp.storage.database import db


class UtcDateTimeField(Field):
    """An aware UTC instant stored as fixed-width ISO 8601 text, so text order is time order."""

    field_type = "TEXT"

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"expected an aware datetime, got {value!r}")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def python_value(self, value: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


class BaseModel(Model):
    id = AutoField()
    uuid = CharField(unique=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        database = db
        legacy_table_names = False


class Person(BaseModel):
    name = TextField()
    role = TextField(default="")
    kind = TextField(default="agent")
    team = TextField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)
    # Accent- and case-folded copies (see coachapp.storage.text) for search and duplicate checks.
    name_key = TextField(default="")
    search_text = TextField(default="")
