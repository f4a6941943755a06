"""The child of the services crash test: realistic writes through the services until killed.

Run as `python -m tests.e2e.crash_writer DATA_DIR SEED`. It opens the journal as the app does
and writes in a loop, announcing every write on stdout before it starts and confirming it once
the service returned (its transaction committed), one flushed line each:

    opening                         about to open the journal
    ready                           the journal is open
    begin AREA UUID DIGEST          a write of this record starts; DIGEST is what it will hold
    commit                          ...and it is committed

DIGEST is "-" when the write erases the record. Whatever moment the parent kills this process
at, it then knows what the journal must hold (every committed write) and what it may hold (the
one write begun but not confirmed, whole or not at all). The digests below are shared with the
parent, which computes them from the raw database file.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from coachapp.clock import SystemClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.experiments.experiments import ExperimentDraft, TestCard
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.services.people.people import PersonDraft
from coachapp.services.rituals.rituals import RitualDraft
from coachapp.storage.models import Delegation, Experiment, Ritual

AREAS = ("entry", "person", "ritual", "delegation", "experiment")
ERASED = "-"
# A safety net: an orphaned writer (its parent gone) stops by itself.
MAX_SECONDS = 120

WORDS = (
    "réunion", "équipe", "décision", "accueil", "usagers", "élus", "délégation", "bilan",
    "confiance", "rétrospective", "café", "projet", "priorités", "écoute", "œuvre", "naïf",
    "Noël", "à", "déjà", "ça", "coopération", "expérience", "mairie", "crèche", "piscine",
    "médiathèque", "budget", "planning", "entretien", "reconnaissance", "Zoë", "Ærø", "☕",
    "🙂", "straße", "Ångström", "vérifier", "apprendre", "erreur", "incident",
)  # fmt: skip
TAGS = ("équipe", "décision", "élus", "bien-être", "urgence", "café", "Noël", "suivi")
NAMES = ("Amélie Léger", "Loïc Hervé", "Chloé Mbappé", "Jérôme Ôzil", "Maëlle Dubœuf",
         "François Nguyễn", "Zoé Kowalczyk", "Hélène Ñúñez")  # fmt: skip
TEAM = "Équipe accueil"


def _digest(*values: object) -> str:
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def entry_digest(
    title: str, body: str, tags: Sequence[str], people: Sequence[str], trashed: bool
) -> str:
    return _digest("entry", title, body, list(tags), sorted(people), trashed)


def person_digest(name: str, role: str, team: str, notes: str, trashed: bool) -> str:
    return _digest("person", name, role, team, notes, trashed)


def titled_digest(area: str, title: str, trashed: bool) -> str:
    """Rituals and experiments by their title, delegations by their area."""
    return _digest(area, title, trashed)


def say(*words: str) -> None:
    print(*words, flush=True)


class Writer:
    """Picks a write at random, announces it, does it through the services, confirms it."""

    def __init__(self, journal: Journal, rng: random.Random) -> None:
        self.journal = journal
        self.rng = rng
        people = journal.people
        self.live: dict[str, list[str]] = {
            "entry": [row.uuid for row in journal.entries.page(EntryFilter(), limit=10**9)],
            "person": [p.uuid for p in people.search(include_inactive=True)],
            "ritual": [r.uuid for r in journal.rituals.all()],
            "delegation": [d.uuid for d in journal.delegations.find()],
            "experiment": [e.uuid for e in journal.experiments.find()],
        }
        self.trashed: dict[str, list[str]] = {
            "entry": [item.uuid for item in journal.entries.trashed()],
            "person": [item.uuid for item in people.trashed()],
            "ritual": [item.uuid for item in journal.rituals.trashed()],
            "delegation": [item.uuid for item in journal.delegations.trashed()],
            "experiment": [item.uuid for item in journal.experiments.trashed()],
        }
        self.moves: list[tuple[int, Callable[[], None]]] = [
            (30, self.new_entry), (25, self.edit_entry), (8, self.new_person),
            (5, self.edit_person), (3, self.new_ritual), (3, self.new_delegation),
            (3, self.new_experiment), (3, self.rename_other), (6, self.trash_entry),
            (3, self.restore_entry), (3, self.purge_entry), (2, self.trash_person),
            (2, self.restore_person), (2, self.trash_other), (2, self.restore_other),
        ]  # fmt: skip

    def step(self) -> None:
        weights = [weight for weight, _move in self.moves]
        moves = [move for _weight, move in self.moves]
        self.rng.choices(moves, weights)[0]()

    # Content a manager might type: accents, emoji, several lines, now and then a long text.

    def title(self) -> str:
        return " ".join(self.rng.choices(WORDS, k=self.rng.randint(1, 6)))

    def body(self) -> str:
        lines = self.rng.randint(0, 6) if self.rng.random() > 0.03 else self.rng.randint(300, 900)
        return "\n".join(
            " ".join(self.rng.choices(WORDS, k=self.rng.randint(1, 14))) for _ in range(lines)
        )

    def tags(self) -> tuple[str, ...]:
        return tuple(self.rng.sample(TAGS, self.rng.randint(0, 3)))

    def linked_people(self) -> tuple[str, ...]:
        people = self.live["person"]
        return tuple(self.rng.sample(people, min(len(people), self.rng.randint(0, 3))))

    # Writes

    def write(self, area: str, record: str, digest: str, action: Callable[[], object]) -> None:
        say("begin", area, record, digest)
        action()
        say("commit")

    def new_entry(self) -> None:
        record = str(uuid.uuid4())
        draft = EntryDraft(
            occurred_at=datetime.now(UTC) - timedelta(days=self.rng.randint(0, 400)),
            title=self.title(),
            body=self.body(),
            tags=self.tags(),
            people=self.linked_people(),
        )
        digest = entry_digest(draft.title, draft.body, draft.tags, draft.people, False)
        self.write(
            "entry", record, digest, lambda: self.journal.entries.create(draft, entry_uuid=record)
        )
        self.live["entry"].append(record)

    def edit_entry(self) -> None:
        if not self.live["entry"]:
            return
        record = self.rng.choice(self.live["entry"])
        draft = self.journal.entries.get(record).draft
        body = draft.body if self.rng.random() < 0.3 else self.body()
        if len(draft.body) < 100_000 and self.rng.random() < 0.5:
            body = draft.body + "\n" + body  # the manager adds a paragraph
        edited = replace(
            draft,
            title=self.title() if self.rng.random() < 0.5 else draft.title,
            body=body,
            tags=self.tags() if self.rng.random() < 0.3 else draft.tags,
            people=tuple(sorted({*draft.people, *self.linked_people()})),
        )
        digest = entry_digest(edited.title, edited.body, edited.tags, edited.people, False)
        self.write(
            "entry", record, digest, lambda: self.journal.entries.update(record, edited)
        )  # fmt: skip

    def new_person(self) -> None:
        record = str(uuid.uuid4())
        draft = PersonDraft(
            name=self.rng.choice(NAMES), role="Agent d’accueil", team=TEAM, notes=self.body()
        )
        digest = person_digest(draft.name, draft.role, draft.team, draft.notes, False)
        self.write(
            "person", record, digest, lambda: self.journal.people.create(draft, person_uuid=record)
        )
        self.live["person"].append(record)

    def edit_person(self) -> None:
        if not self.live["person"]:
            return
        record = self.rng.choice(self.live["person"])
        draft = replace(self.journal.people.get(record).as_draft(), notes=self.body())
        digest = person_digest(draft.name, draft.role, draft.team, draft.notes, False)
        self.write("person", record, digest, lambda: self.journal.people.update(record, draft))

    def new_ritual(self) -> None:
        record, title = str(uuid.uuid4()), self.title()
        draft = RitualDraft(
            title=title,
            starts_at=datetime(2026, 12, 7, 9, 30, tzinfo=ZoneInfo("Europe/Paris")),
            duration_minutes=45,
            rrule=self.rng.choice(("", "FREQ=WEEKLY;BYDAY=MO")),
            agenda=self.title(),
        )
        self.write(
            "ritual", record, titled_digest("ritual", title, False),
            lambda: self.journal.rituals.create(draft, ritual_uuid=record),
        )  # fmt: skip
        self.live["ritual"].append(record)

    def new_delegation(self) -> None:
        record, area = str(uuid.uuid4()), self.title()
        draft = DelegationDraft(
            area=area, level=2, target_level=4, started_on=date(2026, 11, 2), team=TEAM
        )
        self.write(
            "delegation", record, titled_digest("delegation", area, False),
            lambda: self.journal.delegations.create(draft, delegation_uuid=record),
        )  # fmt: skip
        self.live["delegation"].append(record)

    def new_experiment(self) -> None:
        record, title = str(uuid.uuid4()), self.title()
        draft = ExperimentDraft(title=title, card=TestCard(believe=self.title()))
        self.write(
            "experiment", record, titled_digest("experiment", title, False),
            lambda: self.journal.experiments.create(draft, experiment_uuid=record),
        )  # fmt: skip
        self.live["experiment"].append(record)

    def rename_other(self) -> None:
        area = self.rng.choice(("ritual", "delegation", "experiment"))
        if not self.live[area]:
            return
        record, title = self.rng.choice(self.live[area]), self.title()
        journal = self.journal

        def rename() -> None:
            if area == "ritual":
                journal.rituals.update(
                    record, replace(journal.rituals.get(record).draft, title=title)
                )
            elif area == "delegation":
                journal.delegations.update(
                    record, replace(journal.delegations.get(record).draft, area=title)
                )
            else:
                journal.experiments.update(
                    record, replace(journal.experiments.get(record).draft, title=title)
                )

        self.write(area, record, titled_digest(area, title, False), rename)

    def _move(self, area: str, *, to_trash: bool) -> str | None:
        """A record of `area` picked at random, moved between the live and the trashed lists."""
        source, target = (self.live, self.trashed) if to_trash else (self.trashed, self.live)
        if not source[area]:
            return None
        record = self.rng.choice(source[area])
        source[area].remove(record)
        target[area].append(record)
        return record

    def trash_entry(self) -> None:
        if (record := self._move("entry", to_trash=True)) is None:
            return
        d = self.journal.entries.get(record).draft
        digest = entry_digest(d.title, d.body, d.tags, d.people, True)
        self.write("entry", record, digest, lambda: self.journal.entries.trash(record))

    def restore_entry(self) -> None:
        if (record := self._move("entry", to_trash=False)) is None:
            return
        d = self.journal.entries.get(record).draft
        digest = entry_digest(d.title, d.body, d.tags, d.people, False)
        self.write("entry", record, digest, lambda: self.journal.entries.restore(record))

    def purge_entry(self) -> None:
        if not self.trashed["entry"]:
            return
        record = self.rng.choice(self.trashed["entry"])
        self.trashed["entry"].remove(record)
        self.write("entry", record, ERASED, lambda: self.journal.entries.purge(record))

    def _person(self, record: str, trashed: bool) -> str:
        p = self.journal.people.get(record)
        return person_digest(p.name, p.role, p.team, p.notes, trashed)

    def trash_person(self) -> None:
        if (record := self._move("person", to_trash=True)) is None:
            return
        digest = self._person(record, True)
        self.write("person", record, digest, lambda: self.journal.people.trash(record))

    def restore_person(self) -> None:
        if (record := self._move("person", to_trash=False)) is None:
            return
        digest = self._person(record, False)
        self.write("person", record, digest, lambda: self.journal.people.restore(record))

    @staticmethod
    def _title(area: str, record: str) -> str:
        """A ritual's or experiment's title, a delegation's area, in the trash or not."""
        if area == "delegation":
            return str(Delegation.get(Delegation.uuid == record).area)
        model = Ritual if area == "ritual" else Experiment
        return str(model.get(model.uuid == record).title)

    def trash_other(self) -> None:
        area = self.rng.choice(("ritual", "delegation", "experiment"))
        if (record := self._move(area, to_trash=True)) is None:
            return
        source = getattr(self.journal, f"{area}s")
        digest = titled_digest(area, self._title(area, record), True)
        self.write(area, record, digest, lambda: source.trash(record))

    def restore_other(self) -> None:
        area = self.rng.choice(("ritual", "delegation", "experiment"))
        if (record := self._move(area, to_trash=False)) is None:
            return
        source = getattr(self.journal, f"{area}s")
        digest = titled_digest(area, self._title(area, record), False)
        self.write(area, record, digest, lambda: source.restore(record))


def main(argv: Sequence[str]) -> int:
    folder, seed = argv[0], int(argv[1])
    paths = resolve_paths(folder)
    prepare_paths(paths)
    say("opening")
    journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
    say("ready")
    writer = Writer(journal, random.Random(seed))
    stop = time.monotonic() + MAX_SECONDS
    while time.monotonic() < stop:
        writer.step()
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
