"""French is printed the way a French editor prints it, everywhere it is shown or exported:
the content files (coaching, methods, templates, the demo), the guides and the French catalogue
of the interface. English content is British English and says "service users". See
docs/content-style.md for the rules and the terms the app holds to.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coachapp.demo.texts import read_text
from coachapp.resources import resource_path
from tests.unit.demo.test_texts import FILES as DEMO_FILES
from tests.unit.demo.test_texts import strings as demo_strings

ROOT = Path(__file__).resolve().parents[3]
CATALOGUE = ROOT / "resources" / "translations" / "coachapp_fr.ts"
EXAMPLE_PACK = ROOT / "packaging" / "guide-pack-example"

UNIT = "a number and its unit not held together (10\u00a0h\u00a030, 18\u00a0%)"
# (what is wrong, how to find it): a no-break space before « : » (U+00A0), before « ; ! ? »
# (U+00A0 or the narrow U+202F), inside « », and between a number and its unit.
TYPOGRAPHY = [
    ("a straight apostrophe (write ’)", re.compile(r"'")),
    ("no no-break space before “:”", re.compile(r"(?<!\u00a0):")),
    ("no no-break space before “;”, “!” or “?”", re.compile(r"(?<![\u00a0\u202f])[;!?]")),
    ("no no-break space after “«”", re.compile(r"«(?![\u00a0\u202f])")),
    ("no no-break space before “»”", re.compile(r"(?<![\u00a0\u202f])»")),
    ("English or straight quotes (write « »)", re.compile(r"[\"“”]")),
    ("three dots (write …)", re.compile(r"\.\.\.")),
    (UNIT, re.compile(r"\d ?(?:h(?![^\W\d])|min(?!\w)|%|€)|\d\u00a0h \d|\d:\d\d")),
]  # fmt: skip
# One word per concept, the words agents and encadrants use (docs/content-style.md).
VOCABULARY = [
    (re.compile(r"\bauto-évaluation", re.IGNORECASE), "autoévaluation"),
    (re.compile(r"\bco-développement", re.IGNORECASE), "codéveloppement"),
    (re.compile(r"(?<![.\w])logs?\b|fichier de log", re.IGNORECASE), "journal technique"),
    (re.compile(r"\bShift\b"), "Maj"),
    (re.compile(r"poker de la délégation|Delegation Poker", re.IGNORECASE), "poker de délégation"),
    (re.compile(r"«\u00a0dire\u00a0»"), "« annoncer » (the board's name for level 1)"),
    (re.compile(r"\b(?:e-?mail|mail)s?\b", re.IGNORECASE), "courriel"),
    (re.compile(r"\b(?:feedback|check-in|deadline|meeting|back-office|verbatims?)\b",
                re.IGNORECASE), "the French word"),
    (re.compile(r"\bkudos?\b", re.IGNORECASE), "carte de remerciement"),
]  # fmt: skip
# British spellings, and the public service's word for its public.
ENGLISH = [
    (re.compile(r"\b(?:organ|real|recogn|priorit|apolog|emphas|summar|minim|maxim|custom|standard"
                r"|familiar|special|categor|final|util|optim|mobil|author|visual|critic|memor)"
                r"iz(?:e|es|ed|ing|ations?)\b|\banalyz", re.IGNORECASE), "British -ise / -yse"),
    (re.compile(r"\b(?:behavior|color|favor|honor|labor|center|catalog|enroll)\w*", re.I),
     "British spelling"),
    (re.compile(r"\busagers?\b", re.IGNORECASE), "service users"),
    (re.compile(r"[«»]"), "English quotation marks “ ”"),
]  # fmt: skip
MARKUP = re.compile(r"<[^>]*>|&\w+;|https?://\S+|\(\*\.\w+\)|;;|\{\w*\}")


def problems(text: str) -> list[str]:
    """What a French editor would correct in `text` (markup, file filters and {placeholders}
    aside)."""
    prose = MARKUP.sub(" ", text)
    found = [what for what, pattern in TYPOGRAPHY if pattern.search(prose)]
    found += [f"say “{word}”" for pattern, word in VOCABULARY if pattern.search(prose)]
    return found


def english_problems(text: str) -> list[str]:
    """What a British editor would correct in `text` (its {placeholders} aside)."""
    prose = re.sub(r"\{\w*\}", " ", text)
    return [f"{what}: {m.group(0)}" for pattern, what in ENGLISH if (m := pattern.search(prose))]


def walk(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from walk(item, f"{where}[{number}]")
    elif isinstance(value, str):
        yield where, value


def in_language(path: Path, language: str) -> Iterator[tuple[str, str]]:
    """The texts of one language in a bilingual content file ({"fr": ..., "en": ...})."""
    for where, text in walk(json.loads(path.read_text(encoding="utf-8"))):
        if where.endswith(f".{language}") or f".{language}[" in where:
            yield f"{path.name} {where}", text


def templates(language: str) -> Iterator[tuple[str, str]]:
    """The words of the entry templates: the header's name and title, and the body."""
    for path in sorted(resource_path("templates", language).glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        end = lines.index("---", 1)
        for number, line in enumerate(lines):
            if 0 < number < end and line.split(":", 1)[0] in ("name", "title"):
                yield f"{path.name}:{number + 1}", line.split(":", 1)[1].strip().strip('"')
            elif number > end and line.strip() not in ("", "- [ ]"):
                yield f"{path.name}:{number + 1}", line.removeprefix("## ")


CONTENT = ("coaching/prompts.json", "coaching/questions.json", "coaching/self_assessment.json",
           "methods/methods.json")  # fmt: skip


def content(language: str) -> Iterator[tuple[str, str]]:
    for name in CONTENT:
        yield from in_language(resource_path(*name.split("/")), language)
    yield from templates(language)


# Markdown's own signs in the guides: link and picture targets, `code`, {{lists}} made from data.
GUIDE_MARKUP = re.compile(r"!?\[|\]\([^)]*\)|`[^`]*`|\{\{\w+\}\}")


def guide(folder: Path) -> Iterator[tuple[str, str]]:
    """The prose of guide pages (the management model, the user guide, an organisation's
    pack), line by line."""
    for path in sorted(folder.glob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.relative_to(ROOT)}:{number}", GUIDE_MARKUP.sub(" ", line)


def catalogue(path: Path) -> Iterator[tuple[str, str]]:
    """The French translations of the interface, plural forms included."""
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                yield f"{context.findtext('name')}: {message.findtext('source')!r}", text


def report(texts: Iterator[tuple[str, str]]) -> list[str]:
    return [f"{where}: {', '.join(found)}: {text}" for where, text in texts
            if (found := problems(text))]  # fmt: skip


def test_the_check_sees_an_ordinary_space_before_a_colon() -> None:
    assert problems("Pourquoi ce changement : les usagers attendent") == [
        "no no-break space before “:”"
    ]
    assert problems("Pourquoi ce changement\u00a0: les usagers attendent") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("L'équipe", "a straight apostrophe (write ’)"),
        ("Qui décide ?", "no no-break space before “;”, “!” or “?”"),
        ("« oui\u00a0»", "no no-break space after “«”"),
        ("Ouvert à 10h30", UNIT),
        ("Ouvert à 10\u00a0h 30", UNIT),
        ("18 % des usagers", UNIT),
        ("Un “essai”", "English or straight quotes (write « »)"),
        ("Voir le fichier de log", "say “journal technique”"),
        ("Auto-évaluation du mois", "say “autoévaluation”"),
    ],
)  # fmt: skip
def test_the_check_sees_each_rule(text: str, found: str) -> None:
    assert found in problems(text)


def test_the_check_leaves_markup_and_file_filters_alone() -> None:
    assert problems("Dossier\u00a0: <a href='{url}'>{folder}</a>") == []
    assert problems("Fichiers CoachApp (*.json);;Tous les fichiers (*)") == []
    assert problems("Ouvert de 10\u00a0h\u00a030 à 12\u00a0h, soit 18\u00a0% du temps.") == []


def test_french_content_is_printed_the_french_way() -> None:
    assert report(content("fr")) == []


def test_the_french_demo_is_printed_the_french_way() -> None:
    found = report(
        (f"{name}.json {where}", text)
        for name in DEMO_FILES
        for where, text in demo_strings(read_text(name, "fr"))
    )
    assert found == []


def test_the_french_guides_are_printed_the_french_way() -> None:
    assert report(guide(resource_path("guide", "fr"))) == []


def test_the_example_organisation_pack_is_printed_the_french_way() -> None:
    assert report(guide(EXAMPLE_PACK / "fr")) == []


def test_the_french_interface_is_printed_the_french_way() -> None:
    """The catalogue as shipped: its corrections come through tools/fill_translations.py."""
    assert report(catalogue(CATALOGUE)) == []


def test_english_content_is_british_and_says_service_users() -> None:
    texts = [*content("en"), *guide(resource_path("guide", "en")), *guide(EXAMPLE_PACK / "en"), *(
        (f"{name}.json {where}", text)
        for name in DEMO_FILES for where, text in demo_strings(read_text(name, "en"))
    )]  # fmt: skip
    found = [f"{where}: {p}" for where, text in texts for p in english_problems(text)]
    assert found == []
