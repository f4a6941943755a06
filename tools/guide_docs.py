"""The user guide's pictures and its HTML, made from the app itself (`make docs`).

    python tools/guide_docs.py [--lang fr --lang en] [--no-images] [--no-html]
                               [--shots FOLDER --size 1366x768]

Pictures: the app on the demo journal (a fixed date, a fixed seed), offscreen, one per area,
plus the first run and the export dialog over the window; JPEG under
resources/guide/<lang>/images/, so they follow the app as it changes.
HTML: every page of both guides as a file a browser reads and prints, under
resources/guide/html/<lang>/ (shipped with the app), with the contents on each page.
--shots: the screens of the first run, Today's first steps, an empty area, a pillar's page and
the guide, at --size, into FOLDER (for docs/screenshots).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's code
sys.path.insert(0, str(ROOT / "tools"))

from screens import big_offscreen_screen, settle  # noqa: E402

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coachapp.clock import FixedClock  # noqa: E402
from coachapp.coaching.questions import load_questions  # noqa: E402
from coachapp.config import Settings, prepare_paths, resolve_paths  # noqa: E402
from coachapp.context import Journal, open_journal  # noqa: E402
from coachapp.demo.fill import DemoService, DemoSize  # noqa: E402
from coachapp.i18n import set_language  # noqa: E402
from coachapp.resources import resource_path  # noqa: E402
from coachapp.services.guide.contents import contents  # noqa: E402
from coachapp.services.guide.pages import Guide, Sources  # noqa: E402
from coachapp.services.onboarding.example import EXAMPLE_STATE  # noqa: E402
from coachapp.services.onboarding.first_steps import FIRST_RUN_STATE  # noqa: E402
from coachapp.services.onboarding.team import add_team, read_team  # noqa: E402
from coachapp.services.people.people import PersonKind  # noqa: E402
from coachapp.services.rituals.methods import MethodLibrary  # noqa: E402
from coachapp.services.today.self_assessment import SelfAssessmentService  # noqa: E402
from coachapp.ui.common.theme import apply_theme  # noqa: E402
from coachapp.ui.shell.main_window import MainWindow  # noqa: E402

GUIDE = ROOT / "resources" / "guide"
WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # the pictures' "today", for stable pictures
PICTURE_WIDTH = 820  # pixels: readable in the guide's window and in a browser
QUALITY = 65
AREAS = ("today", "journal", "rituals", "delegations", "experiments", "people", "insights",
         "trash")  # fmt: skip


@contextmanager
def window_on(journal: Journal, app: QApplication, size: tuple[int, int]) -> Iterator[MainWindow]:
    window = MainWindow(journal)
    window.resize(*size)
    window.show()
    settle(app)
    window.after_first_paint()
    settle(app)
    try:
        yield window
    finally:
        window.close()
        settle(app, 100)


def demo_journal(folder: Path, language: str) -> Journal:
    paths = resolve_paths(str(folder))
    prepare_paths(paths)
    journal = open_journal(paths, Settings(paths.settings_file), FixedClock(WHEN))
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language=language)
    return journal


def empty_journal(folder: Path) -> Journal:
    paths = resolve_paths(str(folder))
    prepare_paths(paths)
    return open_journal(paths, Settings(paths.settings_file), FixedClock(WHEN))


def with_dialog(window: QWidget, dialog: QWidget) -> QImage:
    """The window with `dialog` drawn over its middle, as a person sees them."""
    picture = window.grab().toImage()
    above = dialog.grab().toImage()
    painter = QPainter(picture)
    corner = QPoint(
        (picture.width() - above.width()) // 2, (picture.height() - above.height()) // 3
    )
    painter.fillRect(corner.x() + 6, corner.y() + 6, above.width(), above.height(),
                     QColor(0, 0, 0, 60))  # fmt: skip
    painter.drawImage(corner, above)
    painter.setPen(QColor("#777777"))
    painter.drawRect(corner.x(), corner.y(), above.width() - 1, above.height() - 1)
    painter.end()
    return picture


def save(picture: QImage, target: Path, width: int | None = PICTURE_WIDTH) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if width is not None and picture.width() > width:
        picture = picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    if not picture.save(str(target), "JPG", QUALITY):  # type: ignore[call-overload]
        raise OSError(f"cannot write {target}")
    print(target)


def first_run_picture(
    app: QApplication, folder: Path, size: tuple[int, int], team: str = ""
) -> QImage:
    """The first run's welcome over the window; with `team`, its team page, filled in."""
    journal = empty_journal(folder)
    try:
        with window_on(journal, app, size) as window:
            dialog = window.onboarding.setup_assistant()
            if team:
                dialog.go_to(dialog.pages.indexOf(dialog.team_page))
                dialog.team.text.setPlainText(team)
            settle(app)
            picture = with_dialog(window, dialog)
            dialog.reject()
            return picture
    finally:
        journal.close()


def guide_pictures(app: QApplication, language: str) -> None:
    """The pictures of the user guide in `language`."""
    images = GUIDE / language / "images"
    with tempfile.TemporaryDirectory() as tmp:
        save(first_run_picture(app, Path(tmp) / "empty", (1100, 720)), images / "first-run.jpg")
        journal = demo_journal(Path(tmp) / "demo", language)
        try:
            with window_on(journal, app, (1100, 720)) as window:
                for row, name in enumerate(AREAS):
                    window.show_area(row)
                    settle(app, 500)
                    save(window.grab().toImage(), images / f"{name}.jpg")
                window.show_area(AREAS.index("journal"))
                settle(app, 300)
                dialog = window.exchange.export_journal()
                settle(app)
                save(with_dialog(window, dialog), images / "export.jpg")
                dialog.reject()
        finally:
            journal.close()


def guide_in(language: str) -> Guide:
    library = MethodLibrary(
        resource_path("methods", "methods.json"), resource_path("schemas", "methods.schema.json")
    )
    grid = SelfAssessmentService(
        FixedClock(WHEN), resource_path("coaching", "self_assessment.json")
    )
    sources = Sources(
        library.methods(language),
        load_questions(resource_path("coaching", "questions.json")),
        grid.dimensions,
    )
    return Guide(GUIDE, contents(), language, sources)


def html_pages(language: str) -> list[Path]:
    """Every page of both guides as an HTML file, with the contents at the top."""
    guide = guide_in(language)
    folder = GUIDE / "html" / language
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for section in guide.contents.sections:
        for slug in section.pages:
            written.append(folder / f"{slug}.html")
            written[-1].write_text(guide.html_file(slug), encoding="utf-8")
    index = folder / "index.html"
    index.write_text(guide.html_file(None), encoding="utf-8")
    return [index, *written]


TEAM = {
    "fr": "Hélène Dupont, agent d’accueil\nKarim Benali, conseiller numérique\n"
    "Sophie Martin, agente\nMartine Roux, élue",
    "en": "Helen Dupont, front-desk agent\nKarim Benali, digital adviser\n"
    "Sophie Martin, agent\nMartine Roux, elected official",
}


def report_shots(app: QApplication, language: str, size: tuple[int, int], folder: Path) -> None:
    """The first run, Today's first steps, an empty area, a pillar's page and the guide."""
    name = f"{language}-{size[0]}x{size[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        save(first_run_picture(app, Path(tmp) / "first", size), folder / f"{name}-first-run.jpg",
             None)  # fmt: skip
        team = first_run_picture(app, Path(tmp) / "team", size, TEAM[language])
        save(team, folder / f"{name}-first-run-team.jpg", None)
        example = demo_journal(Path(tmp) / "example", language)
        example.settings.set_state(EXAMPLE_STATE, "yes")  # as the sandbox marks it
        try:
            with window_on(example, app, size) as window:
                save(window.grab().toImage(), folder / f"{name}-example-journal.jpg", None)
        finally:
            example.close()
        journal = empty_journal(Path(tmp) / "new")
        journal.settings.set_state(FIRST_RUN_STATE, "done")  # as after the first run
        try:
            add_team(journal.people, read_team(TEAM[language], PersonKind.AGENT).people)
            with window_on(journal, app, size) as window:
                save(window.grab().toImage(), folder / f"{name}-today-first-steps.jpg", None)
                window.show_area(AREAS.index("rituals"))
                settle(app, 500)
                save(window.grab().toImage(), folder / f"{name}-empty-rituals.jpg", None)
                guide = window.help.show_page(contents().pillars["ERR"])
                guide.resize(*size)
                settle(app, 500)
                save(guide.grab().toImage(), folder / f"{name}-guide-pillar.jpg", None)
                window.show_area(AREAS.index("delegations"))
                window.help.act_guide.trigger()  # F1 in the delegations area
                guide.search.setText("délégation" if language == "fr" else "delegation")
                guide.search.settle()
                guide._search()
                settle(app, 500)
                save(guide.grab().toImage(), folder / f"{name}-guide-f1-search.jpg", None)
                guide.close()
        finally:
            journal.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=("fr", "en"))
    parser.add_argument("--no-images", action="store_true")
    parser.add_argument("--no-html", action="store_true")
    parser.add_argument("--shots", type=Path, help="also the screens for docs/screenshots")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    languages = args.lang or ["fr", "en"]
    if not args.no_html:
        for language in languages:
            for path in html_pages(language):
                print(path)
    if args.no_images and args.shots is None:
        return 0
    big_offscreen_screen()
    app = QApplication([sys.argv[0]])
    apply_theme(app, "light")
    for language in languages:
        set_language(language)
        if not args.no_images:
            guide_pictures(app, language)
        if args.shots is not None:
            width, height = (int(n) for n in args.size.lower().split("x"))
            report_shots(app, language, (width, height), args.shots)
    return 0


if __name__ == "__main__":
    sys.exit(main())
