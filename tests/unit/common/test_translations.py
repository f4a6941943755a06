"""Both languages ship complete, and the catalogues match the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest

from PySide6.QtCore import QTime

from coachapp.coaching.quantities import Days, Team
from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import (
    current_language,
    format_datetime,
    format_time,
    format_value,
    render,
    set_language,
    translate,
)

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{(\w*)\}")
ACCELERATOR = re.compile(r"&(?=[^\s&])")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"coachapp_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_is_translated_faithfully(language: str) -> None:
    found = messages(language)
    assert found
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"unfinished: {where}"
        for text in forms(message):
            assert text.strip(), f"empty: {where}"
            assert set(FIELD.findall(text)) == set(FIELD.findall(source)), where
            if message.get("numerus") == "yes" and "%n" in source:
                assert "%n" in text or len(forms(message)) > 1, where
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where
            assert text[:1].isspace() == source[:1].isspace(), where
            assert text[-1:].isspace() == source[-1:].isspace(), where


def test_french_has_every_message_of_the_code(tmp_path: Path) -> None:
    """lupdate on the sources finds no message missing from the committed catalogue."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "coachapp_fr.ts"
    shutil.copy(TRANSLATIONS / "coachapp_fr.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "coachapp").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    committed = {(c, m.findtext("source")) for c, m in messages("fr")}
    root = ET.parse(copy).getroot()
    current = {
        (context.findtext("name") or "", message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    assert current - committed == set(), "run `make ts` and translate the new messages"
    assert committed - current == set(), "run `make ts` to drop messages the code no longer has"


def test_french_texts_and_plurals_at_run_time() -> None:
    try:
        set_language("fr")
        assert current_language() == "fr"
        assert render(QT_TRANSLATE_NOOP("People", "A person needs a name.")) == (
            "Une personne doit avoir un nom."
        )
        assert translate("MainWindow", "%n person(s)", None, 1) == "1 personne"
        assert translate("MainWindow", "%n person(s)", None, 2) == "2 personnes"
        assert translate("MainWindow", "%n person(s)", None, 0) == "0 personne"
    finally:
        set_language("en")
    assert translate("MainWindow", "%n person(s)", None, 2) == "2 people"


def test_no_translated_text_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: such a text would never be translated."""
    hidden = re.compile(r"""\bf(["'])[^\n]*?\{[^}\n]*\b(tr|translate)\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "coachapp").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("language", "one", "five"), [("fr", "1 jour", "5 jours"), ("en", "1 day", "5 days")]
)
def test_durations_in_suggestions_take_their_plural(language: str, one: str, five: str) -> None:
    """ "The check-in was due yesterday, 1 day ago", never "1 days" (a value of the prompts)."""
    set_language(language)
    assert format_value(Days(1)) == one
    assert format_value(Days(5)) == five


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("fr", "1er novembre 2026", "2 novembre 2026"),
        ("en", "1 November 2026", "2 November 2026"),
    ],
)
def test_the_first_of_the_month_as_each_language_writes_it(
    language: str, first: str, second: str
) -> None:
    set_language(language)
    assert format_value(date(2026, 11, 1)) == first
    assert format_value(date(2026, 11, 2)) == second


@pytest.mark.parametrize(
    ("language", "half_past", "on_the_hour"),
    [("fr", "9\u00a0h\u00a030", "14\u00a0h"), ("en", "09:30", "14:00")],
)
def test_a_time_of_day_as_each_language_writes_it(
    language: str, half_past: str, on_the_hour: str
) -> None:
    """French writes « 9 h 30 » (the week list, the journal, rituals, messages)."""
    set_language(language)
    assert format_time(QTime(9, 30)) == half_past
    assert format_time(QTime(14, 0)) == on_the_hour
    moment = datetime(2026, 11, 27, 9, 30).astimezone()
    assert format_datetime(moment) == f"{'27/11/2026'} {half_past}"


@pytest.mark.parametrize(
    ("language", "said"), [("fr", "l’équipe Accueil"), ("en", "the Accueil team")]
)
def test_a_team_in_a_suggestion_reads_as_a_team(language: str, said: str) -> None:
    """« Faites le point avec l’équipe Accueil », not « avec Accueil » (a place, it seems)."""
    set_language(language)
    assert format_value(Team("Accueil")) == said
