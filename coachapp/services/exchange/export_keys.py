"""The keys of pseudonymised exports: which name each alias ("Agent A") stands for, kept in the
journal itself so that they are encrypted with it when it is protected, and erased with a
person's name. An export never holds its key; the manager reads it in File > What I have
shared….

Earlier versions wrote each key as a plain file beside the journal (`Paths.export_keys`);
`adopt_files` moves such files into the journal once, then deletes them.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeGuard

from coachapp.clock import Clock
from coachapp.storage.database import db
from coachapp.storage.models import ExportKey

log = logging.getLogger("coachapp.export_keys")


class ExportKeys:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def keep(self, export_id: str, aliases: dict[str, str]) -> None:
        """Keep the key of the export `export_id` (alias -> name)."""
        with db.atomic():
            ExportKey.create(
                export_id=export_id, created_at=self._clock.now(), aliases=_encode(aliases)
            )

    def aliases(self, export_id: str) -> dict[str, str]:
        """The key of one export, alias -> name, in the export's order; empty when none."""
        row = ExportKey.get_or_none(ExportKey.export_id == export_id)
        return {} if row is None else _decode(row.export_id, row.aliases)

    def all(self) -> dict[str, dict[str, str]]:
        """Every key, by export id, oldest first."""
        rows = ExportKey.select().order_by(ExportKey.created_at, ExportKey.id)
        return {row.export_id: _decode(row.export_id, row.aliases) for row in rows}

    def renamed(self, rewrite: Callable[[str], str]) -> dict[str, dict[str, str]]:
        """The keys whose names `rewrite` changes, rewritten (nothing is written)."""
        found = {}
        for export_id, names in self.all().items():
            rewritten = {alias: rewrite(name) for alias, name in names.items()}
            if rewritten != names:
                found[export_id] = rewritten
        return found

    def replace(self, export_id: str, aliases: dict[str, str]) -> None:
        """Put `aliases` in place of the key of `export_id` (an erasure's rewrite)."""
        with db.atomic():
            ExportKey.update(aliases=_encode(aliases)).where(
                ExportKey.export_id == export_id
            ).execute()

    def adopt_files(self, folder: Path) -> int:
        """Move the key files an earlier version left in `folder` into the journal: all in one
        transaction, each file deleted only once it is committed. A file that cannot be read
        stays where it is (and is logged). The number of keys taken in."""
        if not folder.is_dir():
            return 0
        found: dict[Path, tuple[str, dict[str, str], datetime]] = {}
        for path in sorted(folder.glob("*.json")):
            read = _read_key_file(path)
            if read is None:
                log.warning("Export key %s unreadable; left in the data folder", path.name)
                continue
            export_id, aliases = read
            found[path] = (export_id, aliases, _written_at(path) or self._clock.now())
        if not found:
            return 0
        with db.atomic():
            for export_id, aliases, at in found.values():
                ExportKey.insert(
                    export_id=export_id, created_at=at, aliases=_encode(aliases)
                ).on_conflict_ignore().execute()  # taken in already, its file not deleted then
        for path in found:
            try:
                path.unlink()
            except OSError:
                log.exception("Export key %s kept in the journal; its file not deleted", path.name)
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when nothing is left in it
        log.info("Moved %d export keys from their files into the journal", len(found))
        return len(found)


def _encode(aliases: dict[str, str]) -> str:
    return json.dumps(aliases, ensure_ascii=False)


def _decode(export_id: str, text: str) -> dict[str, str]:
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not _is_key(value):
        log.warning("The key of export %s is unreadable", export_id)
        return {}
    return dict(value)


def _is_key(value: object) -> TypeGuard[dict[str, str]]:
    return isinstance(value, dict) and all(
        isinstance(alias, str) and isinstance(name, str) for alias, name in value.items()
    )


def _read_key_file(path: Path) -> tuple[str, dict[str, str]] | None:
    """(export id, aliases) from a key file of an earlier version; None when unreadable."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(document, dict):
        return None
    export_id, aliases = document.get("export_id"), document.get("aliases")
    if not isinstance(export_id, str) or not export_id or not _is_key(aliases):
        return None
    return export_id, dict(aliases)


def _written_at(path: Path) -> datetime | None:
    """When the file was written: the key's own date, as near as it is known."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return None
