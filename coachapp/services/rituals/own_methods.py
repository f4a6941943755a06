"""The manager's own methods, kept in the journal next to the library's files."""

from __future__ import annotations

import json
import re
import uuid

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.folding import fold
from coachapp.services.rituals.method_drafts import MethodDraft, method_from_draft
from coachapp.services.rituals.methods import Method, MethodLibrary
from coachapp.storage.database import db
from coachapp.storage.models import UserMethod


class MethodService:
    """The library as the app uses it: files, plus the manager's own methods in the journal."""

    def __init__(self, library: MethodLibrary, clock: Clock) -> None:
        self.library = library
        self._clock = clock

    def reload(self) -> None:
        query = UserMethod.select().where(UserMethod.deleted_at.is_null()).order_by(UserMethod.id)
        self.library.load(json.loads(row.data) for row in query)

    def save(self, method: Method) -> Method:
        """Keep `method` as the manager's own (new, or overriding one of the same key)."""
        data = method.as_data()
        problem = self.library.check(data)
        if problem is not None:
            raise ValidationError(
                "method",
                QT_TRANSLATE_NOOP("Methods", "This method cannot be saved: {problem}"),
                problem=problem,
            )
        now = self._clock.now()
        with db.atomic():
            existing = UserMethod.get_or_none(UserMethod.key == method.key)
            if existing is None:
                UserMethod.create(
                    uuid=str(uuid.uuid4()),
                    key=method.key,
                    created_at=now,
                    updated_at=now,
                    data=json.dumps(data, ensure_ascii=False),
                )
            else:
                UserMethod.update(
                    data=json.dumps(data, ensure_ascii=False), updated_at=now, deleted_at=None
                ).where(UserMethod.id == existing.id).execute()
        self.reload()
        saved = self.library.get(method.key)
        assert saved is not None
        return saved

    def save_draft(self, draft: MethodDraft, key: str | None = None) -> Method:
        """Keep what the manager typed as method `key` (None: a new method)."""
        names = [v.name for v in draft.versions.values() if v.name.strip()]
        method = method_from_draft(draft, key or self.new_key(names[0] if names else ""))
        return self.save(method)

    def delete(self, key: str) -> None:
        """Remove the manager's own method `key` (a built-in one of that key comes back)."""
        with db.atomic():
            UserMethod.delete().where(UserMethod.key == key).execute()
        self.reload()

    def new_key(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:50] or "method"
        key, n = f"own-{base}", 2
        while self.library.get(key) is not None:
            key, n = f"own-{base}-{n}", n + 1
        return key
