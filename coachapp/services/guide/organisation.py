"""An organisation's own pages for the guide to the model (its charte managériale, projet
d'administration, projet de territoire, training offer, contacts), from the folder IT names in
the policy (`guide.folder`).

The folder holds `pack.json` (checked against resources/schemas/guide-pack.schema.json) and the
Markdown files it names. A manifest that cannot be used leaves the pack out; a page that cannot
be used leaves that page out and the rest in. Each problem names the file and the field, so IT
reads in the log and the self-test what to fix.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from coachapp.content_problems import Problem, json_path
from coachapp.resources import resource_path

log = logging.getLogger("coachapp.guide")

MANIFEST = "pack.json"
MAX_PAGE_BYTES = 512 * 1024
SLUG_PREFIX = "org-"  # the guide's slugs of a pack's pages never meet the built-in ones


@dataclass(frozen=True)
class OrganisationPage:
    key: str
    pillars: tuple[str, ...]
    texts: dict[str, str]  # language -> Markdown (a first "# " line is its title)
    files: dict[str, Path]  # language -> its file, whose folder holds its pictures

    @property
    def slug(self) -> str:
        return SLUG_PREFIX + self.key

    def language_of(self, language: str) -> str:
        """The language the page is read in: `language` if the pack has it, else the other."""
        return language if language in self.texts else next(iter(self.texts))

    def markdown(self, language: str) -> str:
        return self.texts[self.language_of(language)]

    def folder(self, language: str) -> Path:
        return self.files[self.language_of(language)].parent


@dataclass(frozen=True)
class GuidePack:
    folder: Path
    titles: dict[str, str]
    pages: tuple[OrganisationPage, ...]
    problems: tuple[Problem, ...]

    def title(self, language: str) -> str:
        return self.titles.get(language) or next(iter(self.titles.values()))

    def for_pillar(self, pillar: str) -> list[OrganisationPage]:
        return [page for page in self.pages if pillar in page.pillars]


@cache
def _validator(schema: Path) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema.read_text(encoding="utf-8")))


def load_pack(folder: Path) -> GuidePack:
    """The pack in `folder`, checked against the shipped schema, its problems logged."""
    pack = read_pack(folder, resource_path("schemas", "guide-pack.schema.json"))
    for problem in pack.problems:
        log.warning("Organisation guide pack: %s", problem)
    return pack


def read_pack(folder: Path, schema: Path) -> GuidePack:
    """The pack in `folder`, with what had to be left out and why."""
    manifest = folder / MANIFEST
    source = str(manifest)
    if not folder.is_dir():
        return _empty(folder, Problem(str(folder), "", "this folder does not exist"))
    try:
        document = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _empty(folder, Problem(source, "", "this file is missing"))
    except OSError as exc:
        return _empty(folder, Problem(source, "", exc.strerror or str(exc)))
    except (UnicodeDecodeError, ValueError) as exc:
        return _empty(folder, Problem(source, "", f"not valid JSON ({exc})"))
    errors = sorted(_validator(schema).iter_errors(document), key=lambda e: list(e.path))
    if errors:
        return _empty(folder, Problem(source, json_path(errors[0].path), errors[0].message))
    pages: list[OrganisationPage] = []
    problems: list[Problem] = []
    for number, data in enumerate(document["pages"]):
        where = f"pages[{number}]"
        if any(page.key == data["key"] for page in pages):
            problems.append(Problem(source, f"{where}.key", f"{data['key']!r} is used twice"))
            continue
        page = _page(folder, data, source, where, problems)
        if page is not None:
            pages.append(page)
    return GuidePack(folder, dict(document["title"]), tuple(pages), tuple(problems))


def _empty(folder: Path, problem: Problem) -> GuidePack:
    return GuidePack(folder, {}, (), (problem,))


def _page(
    folder: Path, data: dict[str, Any], source: str, where: str, problems: list[Problem]
) -> OrganisationPage | None:
    """The page `data` describes, or None with the reason added to `problems`."""
    texts: dict[str, str] = {}
    files: dict[str, Path] = {}
    base = folder.resolve()
    for language, name in data["files"].items():
        field = f"{where}.files.{language}"
        path = (folder / name).resolve()
        if not path.is_relative_to(base):
            problems.append(Problem(source, field, f"{name} is outside the pack's folder"))
            return None
        try:
            if path.stat().st_size > MAX_PAGE_BYTES:
                problems.append(Problem(source, field, f"{name} is larger than 512 KiB"))
                return None
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            problems.append(Problem(source, field, f"{name}: {exc.strerror or exc}"))
            return None
        except UnicodeDecodeError:
            problems.append(Problem(source, field, f"{name} is not UTF-8 text"))
            return None
        if title_of(text) is None:
            problems.append(Problem(source, field, f"{name} has no title (a first '# ' line)"))
            return None
        texts[language], files[language] = text, path
    return OrganisationPage(data["key"], tuple(data.get("pillars", ())), texts, files)


def title_of(markdown: str) -> str | None:
    """A page's title: its first "# " line."""
    return next(
        (ln[2:].strip() for ln in markdown.splitlines() if ln.startswith("# ") and ln[2:].strip()),
        None,
    )
