"""What the guides hold: their sections and pages in reading order, which page tells of each
pillar and of each area (resources/guide/contents.json), and the app's own links.

Links inside the app use one scheme, `coachapp:`: `coachapp:guide/<page>` opens a page of the
guide wherever it is clicked (a suggestion's pillar, a method, a self-assessment dimension);
`coachapp:method/<key>`, `coachapp:question/<id>`, `coachapp:assessment` and
`coachapp:action/<name>` open the app where a page points to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from coachapp.resources import resource_path

SCHEME = "coachapp"
GUIDE = "guide"
WHATS_NEW = "whats-new"
OVERVIEW = "model-overview"
START = "getting-started"


@dataclass(frozen=True)
class Section:
    key: str
    titles: dict[str, str]  # language -> title
    pages: tuple[str, ...]

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles["en"]


@dataclass(frozen=True)
class Contents:
    sections: tuple[Section, ...]
    pillars: dict[str, str]  # pillar key -> page
    areas: dict[str, str]  # area of the window -> page
    organisation: dict[str, str]  # language -> heading of a pillar's links to a pack's pages

    def slugs(self) -> list[str]:
        return [slug for section in self.sections for slug in section.pages]

    def pillar_of(self, slug: str) -> str | None:
        return next((p for p, page in self.pillars.items() if page == slug), None)

    def with_section(self, section: Section, after: str) -> Contents:
        """These contents with `section` after the section `after` (an organisation's pages
        after the model's)."""
        keys = [s.key for s in self.sections]
        at = keys.index(after) + 1 if after in keys else len(keys)
        return replace(self, sections=(*self.sections[:at], section, *self.sections[at:]))

    def area_page(self, area: str) -> str:
        """The user guide's page on `area`; getting started for an area it does not know."""
        return self.areas.get(area, START)


def read_contents(path: Path) -> Contents:
    document = json.loads(path.read_text(encoding="utf-8"))
    sections = tuple(
        Section(s["key"], dict(s["title"]), tuple(s["pages"])) for s in document["sections"]
    )
    return Contents(
        sections,
        dict(document["pillars"]),
        dict(document["areas"]),
        dict(document.get("organisation", {})),
    )


@cache
def contents() -> Contents:
    """The guides' contents as shipped."""
    return read_contents(resource_path("guide", "contents.json"))


def guide_url(slug: str) -> str:
    return f"{SCHEME}:{GUIDE}/{slug}"


def pillar_url(pillar: str) -> str:
    """The link to the guide's page on `pillar` ("EXP"...)."""
    return guide_url(contents().pillars.get(pillar, OVERVIEW))
