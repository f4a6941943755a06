"""The guides as shipped: every page in both languages, links that lead somewhere, the pillars'
pages completed from the app's data, search, and the HTML shipped for a browser (French
typography: tests/unit/common/test_content_style.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coachapp.clock import FixedClock
from coachapp.coaching.questions import load_questions
from coachapp.resources import resource_path
from coachapp.services.guide.contents import contents
from coachapp.services.guide.pages import Guide, Links, Sources
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.services.today.self_assessment import SelfAssessmentService
from tests.conftest import NOW

ROOT = resource_path("guide")
LANGUAGES = ("fr", "en")
PILLAR_SECTIONS = {
    "en": ("## Why it matters for a public service", "## Signs you practise it",
           "## First steps this week", "## Pitfalls", "## Methods from the library",
           "## Questions to reflect on", "## How CoachApp helps"),
    "fr": ("## Pourquoi c’est important pour un service public",
           "## Les signes que vous le pratiquez", "## Premiers pas cette semaine",
           "## Les pièges", "## Les méthodes de la bibliothèque", "## Questions pour réfléchir",
           "## Ce que CoachApp apporte"),
}  # fmt: skip


def sources(language: str) -> Sources:
    library = MethodLibrary(
        resource_path("methods", "methods.json"), resource_path("schemas", "methods.schema.json")
    )
    grid = SelfAssessmentService(FixedClock(NOW), resource_path("coaching", "self_assessment.json"))
    return Sources(
        library.methods(language),
        load_questions(resource_path("coaching", "questions.json")),
        grid.dimensions,
    )


@pytest.fixture(params=LANGUAGES)
def guide(request: pytest.FixtureRequest) -> Guide:
    return Guide(ROOT, contents(), request.param, sources(request.param))


def test_every_page_exists_in_both_languages_with_a_title(guide: Guide) -> None:
    for slug in contents().slugs():
        page = guide.page(slug)
        assert page.title and page.title != slug, (guide.language, slug)
        assert "TODO" not in page.markdown
    extra = {p.stem for p in guide.folder.glob("*.md")} - set(contents().slugs())
    assert extra == set(), "pages missing from contents.json"


def test_every_pillar_and_every_area_has_its_page() -> None:
    known = set(contents().slugs())
    assert sorted(contents().pillars) == sorted(["EXP", "ERR", "COC", "INC", "AGT", "MGR", "MEB",
                                                 "CHG"])  # fmt: skip
    assert set(contents().pillars.values()) <= known
    areas = ("today", "journal", "rituals", "delegations", "experiments", "people", "insights",
             "trash", "coaching")  # fmt: skip
    assert {contents().area_page(area) for area in areas} <= known
    assert contents().area_page("an area the guide does not know") == "getting-started"


def test_a_pillar_page_tells_everything_the_model_asks_of_it(guide: Guide) -> None:
    for pillar, slug in contents().pillars.items():
        page = guide.page(slug)
        for heading in PILLAR_SECTIONS[guide.language]:
            assert heading in page.markdown, (guide.language, slug, heading)
        assert "{{" not in page.markdown
        methods = [m for m in sources(guide.language).methods if pillar in m.pillars]
        questions = [q for q in sources(guide.language).questions if q.pillar == pillar]
        assert methods and questions
        for method in methods:
            assert f"(coachapp:method/{method.key})" in page.markdown, (slug, method.key)
        for question in questions:
            assert f"(coachapp:question/{question.id})" in page.markdown
        assert "(coachapp:assessment)" in page.markdown


def test_links_lead_to_pages_and_images_that_exist(guide: Guide) -> None:
    known = set(contents().slugs())
    for slug in known:
        markdown = guide.page(slug).markdown
        for target in re.findall(r"\]\(([^)]+)\)", markdown):
            if target.endswith(".md"):
                assert target[:-3] in known, (guide.language, slug, target)
            elif target.startswith("images/"):
                assert (guide.folder / target).is_file(), (guide.language, slug, target)
            else:
                assert target.startswith("coachapp:"), (guide.language, slug, target)


def test_pages_render_for_the_viewer_and_for_a_browser(guide: Guide) -> None:
    viewer = guide.html("experimentation")
    assert 'href="coachapp:guide/right-to-error"' in viewer
    assert 'href="coachapp:method/' in viewer
    files = guide.html("experimentation", Links.FILES)
    assert 'href="right-to-error.html"' in files
    assert "coachapp:" not in files  # the app's own links read as words in a browser
    today = guide.html("today", Links.FILES)
    assert f'src="../../{guide.language}/images/today.jpg"' in today
    assert Path(re.search(r'src="file://([^"]+)"', guide.html("today")).group(1)).is_file()  # type: ignore[union-attr]


def test_search_ignores_accents_and_case_and_ranks_by_hits() -> None:
    guide = Guide(ROOT, contents(), "fr", sources("fr"))
    hits = guide.search("DELEGATION")
    assert hits and hits[0].slug in ("delegations", "manager-role")
    assert all("délégation" in guide.plain(h.slug).lower() for h in hits)
    assert guide.search("erreur bonne foi")[0].slug == "right-to-error"
    assert "bonne foi" in guide.search("erreur bonne foi")[0].snippet.lower()
    assert guide.search("zzzz introuvable") == []
    english = Guide(ROOT, contents(), "en", sources("en"))  # a link's words run on, as printed
    assert "Delegation Board: A card game" in english.plain("agent-support")
    assert all(" :" not in english.plain(slug) for slug in contents().slugs())
    assert guide.search("   ") == []


def test_the_html_shipped_is_the_guide_as_written(guide: Guide) -> None:
    """resources/guide/html is what `make docs` writes from the pages and the app's data."""
    folder = ROOT / "html" / guide.language
    for slug in contents().slugs():
        assert (folder / f"{slug}.html").read_text(encoding="utf-8") == guide.html_file(slug), (
            f"{guide.language}/{slug}.html is out of date: make docs"
        )
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert index == guide.html_file(None)
    assert all(f'href="{slug}.html"' in index for slug in contents().slugs())


def test_english_pages_speak_of_service_users() -> None:
    for path in sorted((ROOT / "en").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\busagers?\b|\bélus?\b", text), path.name
