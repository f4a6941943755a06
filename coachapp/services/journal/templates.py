"""Templates for new entries: built in, from an IT content pack, or written by the manager.

A template is a Markdown file with a short header:

    ---
    name: Weekly review
    kind: note
    title: Week {week} review
    pillars: MGR COC
    ---
    ## What moved forward

Files live in one folder per language. The manager's own folder overrides the pack's, which
overrides the built-in one, file name by file name; a file that cannot be read is skipped
(and logged), never fatal.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.fileio import write_text_atomic
from coachapp.folding import fold
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryKind

log = logging.getLogger("coachapp.templates")

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")
MAX_TEMPLATE = 100_000
DEFAULT_KEY = "daily-note"


class Source(StrEnum):
    BUILT_IN = "built-in"
    PACK = "pack"
    USER = "user"


@dataclass(frozen=True)
class Template:
    key: str  # the file name without ".md"
    name: str
    kind: EntryKind
    title: str  # may hold {date}, {week} and {person}
    pillars: frozenset[Pillar]
    body: str
    source: Source

    def title_for(self, day: date, day_text: str, person: str = "…") -> str:
        """The title for an entry made on `day` (`day_text` is that day, as the UI writes it)
        about `person` (names as the UI joins them; an ellipsis to fill in when no one)."""
        week = day.isocalendar().week
        return (
            self.title.replace("{date}", day_text)
            .replace("{week}", str(week))
            .replace("{person}", person)
        )


def parse(text: str, key: str, source: Source) -> Template:
    """Read a template file's text; ValueError when its header is missing or wrong."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---" or "---" not in (s.strip() for s in lines[1:]):
        raise ValueError("no header between --- lines")
    end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if ":" in line:
            name, value = line.split(":", 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]  # only the outer quotes a writer put around the value
            meta[name.strip().lower()] = value.strip()
    if not meta.get("name"):
        raise ValueError("the header has no name")
    return Template(
        key=key,
        name=meta["name"],
        kind=EntryKind(meta.get("kind") or EntryKind.NOTE.value),
        title=meta.get("title") or meta["name"],
        pillars=frozenset(Pillar(p) for p in meta.get("pillars", "").split()),
        body="\n".join(lines[end + 1 :]).lstrip("\n"),
        source=source,
    )


def render(template: Template) -> str:
    """The file text for `template` (what `parse` reads back)."""
    header = [
        "---",
        f'name: "{template.name}"',
        f"kind: {template.kind.value}",
        f'title: "{template.title}"',
    ]
    if template.pillars:
        header.append("pillars: " + " ".join(sorted(p.value for p in template.pillars)))
    return "\n".join([*header, "---", template.body])


class TemplateService:
    def __init__(self, built_in: Path, user: Path, pack: Path | None = None) -> None:
        self._folders = [(built_in, Source.BUILT_IN)]
        if pack is not None:
            self._folders.append((pack, Source.PACK))
        self._user = user
        self._folders.append((user, Source.USER))

    def templates(self, language: str) -> list[Template]:
        """Every template for `language`, by name; later folders override earlier ones."""
        found: dict[str, Template] = {}
        for folder, source in self._folders:
            directory = folder / language
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.md")):
                try:
                    found[path.stem] = parse(path.read_text(encoding="utf-8"), path.stem, source)
                except (OSError, UnicodeDecodeError, ValueError) as exc:
                    log.warning("Skipping template %s: %s", path, exc)
        return sorted(found.values(), key=lambda t: t.name.casefold())

    def default(self, language: str) -> Template | None:
        """What Ctrl+N starts from: the daily note, else the first note template."""
        templates = self.templates(language)
        return next((t for t in templates if t.key == DEFAULT_KEY), None) or next(
            (t for t in templates if t.kind is EntryKind.NOTE), None
        )

    def save(self, template: Template, language: str) -> Template:
        """Write `template` into the manager's own folder (overriding one of the same key)."""
        if not _KEY.match(template.key):
            raise ValidationError(
                "key", QT_TRANSLATE_NOOP("Templates", "A template file name uses a-z, 0-9 and -.")
            )
        name = " ".join(template.name.split())  # one line: the header holds one value a line
        if not name:
            raise ValidationError(
                "name", QT_TRANSLATE_NOOP("Templates", "A template needs a name.")
            )
        if len(template.body) > MAX_TEMPLATE:
            raise ValidationError(
                "body",
                QT_TRANSLATE_NOOP("Templates", "A template is limited to {limit} characters."),
                limit=MAX_TEMPLATE,
            )
        title = " ".join(template.title.split()).replace('"', "'") or name
        saved = Template(
            template.key, name, template.kind, title, template.pillars, template.body, Source.USER
        )
        write_text_atomic(self._user / language / f"{template.key}.md", render(saved))
        return saved

    def has_original(self, key: str, language: str) -> bool:
        """Whether a built-in or pack template of `key` lies under the manager's version."""
        return any(
            (folder / language / f"{key}.md").is_file()
            for folder, source in self._folders
            if source is not Source.USER
        )

    def reset(self, key: str, language: str) -> None:
        """Remove the manager's version of `key`, bringing back the pack's or built-in one."""
        if _KEY.match(key):
            (self._user / language / f"{key}.md").unlink(missing_ok=True)

    def new_key(self, name: str, language: str) -> str:
        """A file name for a new template called `name` that no template uses yet."""
        base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40] or "template"
        taken = {t.key for t in self.templates(language)}
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        return key
