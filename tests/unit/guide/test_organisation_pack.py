"""An organisation's pack of guide pages: the example shipped for IT, what a faulty pack or page
gets (a message naming the file and the field, the rest still in), and the guide with it (a
section of its own, linked from the pillars' pages it concerns, searchable)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.resources import resource_path
from coachapp.services.guide.contents import contents
from coachapp.services.guide.organisation import GuidePack, read_pack
from coachapp.services.guide.pages import Guide, Sources

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "packaging" / "guide-pack-example"
SCHEMA = resource_path("schemas", "guide-pack.schema.json")


def write_pack(folder: Path, manifest: object, pages: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    for name, text in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def manifest(*pages: dict[str, Any]) -> dict[str, Any]:
    return {"format": "coachapp-guide-pack", "version": 1, "title": {"fr": "Ville"},
            "pages": list(pages)}  # fmt: skip


def guide_with(pack: GuidePack | None, language: str) -> Guide:
    return Guide(resource_path("guide"), contents(), language, Sources(pack=pack))


def test_the_example_pack_loads_whole_in_both_languages() -> None:
    pack = read_pack(EXAMPLE, SCHEMA)
    assert pack.problems == ()
    assert [p.key for p in pack.pages] == [
        "charte-manageriale", "projet-administration", "projet-territoire", "formation-contacts"
    ]  # fmt: skip
    assert all(set(p.texts) == {"fr", "en"} for p in pack.pages)
    assert pack.title("fr") == "Ville d’Exemple" and pack.title("en") == "City of Example"


@pytest.mark.parametrize(
    ("language", "section", "heading", "charter"),
    [("fr", "Ville d’Exemple", "Dans votre organisation",
      "Charte managériale de la Ville d’Exemple"),
     ("en", "City of Example", "In your organisation", "City of Example management charter")],
)  # fmt: skip
def test_the_guide_shows_the_pack_after_the_model_linked_from_its_pillars(
    language: str, section: str, heading: str, charter: str
) -> None:
    guide = guide_with(read_pack(EXAMPLE, SCHEMA), language)
    keys = [s.key for s in guide.contents.sections]
    assert keys == ["model", "organisation", "user"]
    own = guide.contents.sections[1]
    assert own.title(language) == section
    assert own.pages[0] == "org-charte-manageriale"
    assert guide.page("org-charte-manageriale").title == charter
    co_construction = guide.page("co-construction").markdown
    assert f"## {heading}\n\n- [{charter}](org-charte-manageriale.md)" in co_construction
    assert 'href="coachapp:guide/org-charte-manageriale"' in guide.html("co-construction")
    assert "org-formation-contacts" not in co_construction  # not about co-construction
    assert "org-formation-contacts" in guide.page("manager-role").markdown
    assert guide.search("conseillère de prévention" if language == "fr" else "safety adviser")[
        0
    ].slug == ("org-formation-contacts")


def test_without_a_pack_the_guide_is_as_shipped() -> None:
    guide = guide_with(None, "fr")
    assert [s.key for s in guide.contents.sections] == ["model", "user"]
    assert "Dans votre organisation" not in guide.page("co-construction").markdown


def test_a_page_in_one_language_is_shown_in_it_to_everyone(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path / "pack",
        manifest({"key": "charte", "pillars": ["ERR"], "files": {"fr": "fr/charte.md"}}),
        {"fr/charte.md": "# Notre charte\n\n![Signature](signature.png)\n"},
    )
    guide = guide_with(read_pack(folder, SCHEMA), "en")
    assert guide.page("org-charte").title == "Notre charte"
    assert "[Notre charte](org-charte.md)" in guide.page("right-to-error").markdown
    picture = (folder / "fr" / "signature.png").resolve().as_uri()
    assert f'src="{picture}"' in guide.html("org-charte")  # beside the page's file


def test_a_faulty_page_is_left_out_with_its_reason_and_the_rest_loads(tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("# Not the pack's\n", encoding="utf-8")
    folder = write_pack(
        tmp_path / "pack",
        manifest(
            {"key": "good", "pillars": ["COC"], "files": {"fr": "good.md"}},
            {"key": "missing", "files": {"fr": "missing.md"}},
            {"key": "untitled", "files": {"en": "untitled.md"}},
            {"key": "escape", "files": {"fr": "sub/../../secret.md"}},
            {"key": "good", "files": {"fr": "good.md"}},
            {"key": "latin", "files": {"fr": "latin1.md"}},
        ),
        {"good.md": "# Bonne page\n", "untitled.md": "No heading here.\n", "sub/x.md": "# x\n"},
    )
    (folder / "latin1.md").write_bytes("# Charte\n\nénergie".encode("latin-1"))
    pack = read_pack(folder, SCHEMA)
    assert [p.key for p in pack.pages] == ["good"]
    said = [str(p) for p in pack.problems]
    source = str(folder / "pack.json")
    assert said[0].startswith(f"{source}: pages[1].files.fr: missing.md: ")
    assert said[1] == f"{source}: pages[2].files.en: untitled.md has no title (a first '# ' line)"
    assert (
        said[2] == f"{source}: pages[3].files.fr: sub/../../secret.md is outside the pack's folder"
    )
    assert said[3] == f"{source}: pages[4].key: 'good' is used twice"
    assert said[4] == f"{source}: pages[5].files.fr: latin1.md is not UTF-8 text"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "this file is missing"),
        ("{not json", "not valid JSON"),
        (json.dumps({"format": "coachapp-methods", "version": 1, "title": {"fr": "V"},
                     "pages": []}), "format: 'coachapp-guide-pack' was expected"),
        (json.dumps(manifest({"key": "a b", "files": {"fr": "a.md"}})), "pages[0].key: "),
        (json.dumps(manifest({"key": "ab", "pillars": ["XYZ"], "files": {"fr": "a.md"}})),
         "pages[0].pillars[0]: 'XYZ' is not one of"),
    ],
)  # fmt: skip
def test_a_faulty_manifest_leaves_the_pack_out_and_says_why(
    tmp_path: Path, content: str | None, expected: str
) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    if content is not None:
        (folder / "pack.json").write_text(content, encoding="utf-8")
    pack = read_pack(folder, SCHEMA)
    assert pack.pages == ()
    assert len(pack.problems) == 1 and expected in str(pack.problems[0])
    assert [s.key for s in guide_with(pack, "fr").contents.sections] == ["model", "user"]


def test_a_folder_that_does_not_exist_is_said(tmp_path: Path) -> None:
    pack = read_pack(tmp_path / "nowhere", SCHEMA)
    assert [str(p) for p in pack.problems] == [
        f"{tmp_path / 'nowhere'}: this folder does not exist"
    ]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
PAGE = st.fixed_dictionaries(
    {"key": st.sampled_from(["a", "ab", "charte", "x-y", "A"]),
     "files": st.dictionaries(st.sampled_from(["fr", "en", "de"]),
                              st.sampled_from(["p.md", "q.md", "../p.md", "/p.md", "p.txt"]),
                              max_size=2)},
    optional={"pillars": st.lists(st.sampled_from(["EXP", "COC", "NOPE"]), max_size=3)},
)  # fmt: skip


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=JSON | st.builds(manifest, PAGE, PAGE))
def test_any_manifest_gives_pages_or_reasons_never_an_exception(
    tmp_path: Path, document: object
) -> None:
    folder = tmp_path / "pack"
    shutil.rmtree(folder, ignore_errors=True)
    write_pack(folder, document, {"p.md": "# P\n", "q.md": "no title\n"})
    pack = read_pack(folder, SCHEMA)
    assert pack.pages or pack.problems
    for page in pack.pages:
        assert all(folder.resolve() in path.parents for path in page.files.values())
        guide = guide_with(pack, "en")
        assert guide.page(page.slug).title == "P"
