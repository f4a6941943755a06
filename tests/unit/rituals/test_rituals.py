"""Rituals: planning, occurrences, what happened, actions, inclusion, the trash, ICS."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, vDDDLists, vRecur

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.errors import ValidationError
from coachapp.exchange.ics import calendar_for, write_calendar
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.services.rituals.methods import MethodLibrary, Purpose
from coachapp.services.rituals.rituals import Report, RitualDraft, Stakeholder, Status
from coachapp.storage.models import RitualOccurrence, RitualParticipant
from tests.conftest import NOW

PARIS = ZoneInfo("Europe/Paris")
ROOT = Path(__file__).resolve().parents[3]


def draft(**fields: object) -> RitualDraft:
    values: dict[str, object] = {
        "title": "Atelier d'équipe",
        "starts_at": datetime(2026, 12, 1, 10, 0, tzinfo=PARIS),
        "duration_minutes": 90,
    }
    values.update(fields)
    return RitualDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"title": " "}, "title", "A ritual needs a title."),
        ({"duration_minutes": 0}, "duration", "A ritual lasts at least one minute."),
        ({"duration_minutes": -30}, "duration", "The ritual ends before it starts."),
        ({"rrule": "FREQ=WEEKLY;BYDAY=ZZ"}, "rrule", "This repetition rule is not valid"),
        ({"groups": ((Stakeholder.USAGERS, -2),)}, "groups", "cannot be negative"),
    ],
)
def test_bad_plans_are_refused(
    journal: Journal, fields: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.rituals.create(draft(**fields))
    assert caught.value.field == field
    assert message in str(caught.value)
    assert journal.rituals.all() == []


def test_plan_and_read_back(journal: Journal) -> None:
    agent = journal.people.create(PersonDraft("Nadia", kind=PersonKind.AGENT)).uuid
    record = journal.rituals.create(
        draft(
            method_key="world-cafe",
            purpose=Purpose.DIVERGE,
            rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=6",
            people=(agent, agent),
            groups=((Stakeholder.USAGERS, 5), (Stakeholder.USAGERS, 1)),
            place="Salle du conseil",
        )
    )
    again = journal.rituals.get(record.uuid)
    assert again == record
    assert again.draft.people == (agent,)
    assert again.draft.groups == ((Stakeholder.USAGERS, 6),)
    assert again.draft.starts_at == datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)
    found = journal.rituals.occurrences(NOW, NOW + timedelta(days=365))
    assert len(found) == 6
    assert all(o.recurring and o.status is Status.PLANNED for o in found)
    assert found[1].starts_at - found[0].starts_at == timedelta(days=14)


def test_hold_an_occurrence_with_outcomes_attendance_and_actions(journal: Journal) -> None:
    agent = journal.people.create(PersonDraft("Karim", kind=PersonKind.AGENT)).uuid
    elected = journal.people.create(PersonDraft("Mme la maire", kind=PersonKind.ELECTED_OFFICIAL))
    record = journal.rituals.create(draft(rrule="FREQ=WEEKLY;COUNT=3", people=(agent,)))
    second = journal.rituals.occurrences(NOW, NOW + timedelta(days=60))[1]
    journal.rituals.record(
        record.uuid,
        second.starts_at,
        Report(Status.HELD, "Trois idées retenues", "On teste la borne", (agent, elected.uuid),
               ((Stakeholder.USAGERS, 4),)),
    )  # fmt: skip
    action = journal.rituals.add_action(
        record.uuid, " Relancer  la CAF ", occurrence=second.starts_at, owner=agent,
        due=date(2026, 12, 20),
    )  # fmt: skip
    assert action.text == "Relancer la CAF"
    assert action.occurrence == second.starts_at
    states = journal.rituals.occurrences(NOW, NOW + timedelta(days=60))
    assert [o.status for o in states] == [Status.PLANNED, Status.HELD, Status.PLANNED]
    assert states[1].outcomes == "Trois idées retenues"
    people, groups = journal.rituals.attendance(record.uuid, second.starts_at)
    assert set(people) == {agent, elected.uuid}
    assert groups == ((Stakeholder.USAGERS, 4),)
    assert [a.text for a in journal.rituals.actions()] == ["Relancer la CAF"]
    journal.rituals.set_action(action.uuid, done=True)
    assert journal.rituals.actions() == []
    assert len(journal.rituals.actions(open_only=False)) == 1
    with pytest.raises(ValidationError):
        journal.rituals.add_action(record.uuid, "   ")


def test_an_occurrence_that_does_not_exist_is_refused(journal: Journal) -> None:
    record = journal.rituals.create(draft(rrule="FREQ=WEEKLY;COUNT=2"))
    with pytest.raises(ValidationError, match="does not meet then"):
        journal.rituals.record(
            record.uuid, datetime(2026, 12, 2, 10, 0, tzinfo=PARIS), Report(Status.HELD)
        )
    assert RitualOccurrence.select().count() == 0


def test_inclusion_over_a_period(journal: Journal) -> None:
    agents = [journal.people.create(PersonDraft(f"Agent {i}")).uuid for i in range(3)]
    partner = journal.people.create(PersonDraft("CAF", kind=PersonKind.PARTNER)).uuid
    first = journal.rituals.create(draft(people=(agents[0], partner)))
    second = journal.rituals.create(
        draft(title="Avec les usagers", starts_at=datetime(2026, 12, 8, 14, 0, tzinfo=PARIS),
              people=(agents[1],), groups=((Stakeholder.USAGERS, 8),))
    )  # fmt: skip
    journal.rituals.create(
        draft(title="Annulé", starts_at=datetime(2026, 12, 9, 9, 0, tzinfo=PARIS))
    )
    for record in (first, second):
        journal.rituals.record(record.uuid, record.draft.starts_at, Report(Status.HELD))
    report = journal.rituals.inclusion(
        NOW, NOW + timedelta(days=60), journal.people.search(include_inactive=True)
    )
    shares = {row.stakeholder: row.occurrences for row in report.rows}
    assert report.held == 2
    assert shares[Stakeholder.AGENTS] == 2
    assert shares[Stakeholder.USAGERS] == 1
    assert shares[Stakeholder.PARTNERS] == 1
    assert shares[Stakeholder.ELECTED] == 0
    assert [p.uuid for p in report.left_out] == [agents[2]]


def test_trash_and_purge_take_everything(journal: Journal) -> None:
    record = journal.rituals.create(
        draft(rrule="FREQ=WEEKLY;COUNT=2", groups=((Stakeholder.AGENTS, 3),))
    )
    journal.rituals.record(record.uuid, record.draft.starts_at, Report(Status.HELD))
    journal.rituals.add_action(record.uuid, "Compte rendu")
    journal.rituals.trash(record.uuid)
    assert journal.rituals.occurrences(NOW, NOW + timedelta(days=60)) == []
    assert journal.rituals.actions() == []
    (item,) = [i for i in journal.trash.items() if i.kind == "ritual"]
    journal.trash.purge(item)
    assert RitualOccurrence.select().count() == RitualParticipant.select().count() == 0


def test_calendar_file_round_trip(journal: Journal, tmp_path: Path) -> None:
    record = journal.rituals.create(
        draft(rrule="FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331T235959", place="Mairie annexe",
              agenda="## Déroulé\n- accueil")
    )  # fmt: skip
    occurrences = journal.rituals.occurrences(NOW, NOW + timedelta(days=200))
    journal.rituals.record(record.uuid, occurrences[2].starts_at, Report(Status.CANCELLED))
    occurrences = journal.rituals.occurrences(NOW, NOW + timedelta(days=200))
    target = tmp_path / "rituels.ics"
    write_calendar(target, [(journal.rituals.get(record.uuid), "World Café")], occurrences)
    parsed = Calendar.from_ical(target.read_bytes())
    (event,) = parsed.walk("VEVENT")
    assert str(event["UID"]) == f"{record.uuid}@coachapp.local"
    assert str(event["SUMMARY"]) == "Atelier d'équipe"
    assert str(event["LOCATION"]) == "Mairie annexe"
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)
    assert event.decoded("DURATION") == timedelta(minutes=90)
    rule = event["RRULE"]
    assert isinstance(rule, vRecur)
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2]
    assert rule["UNTIL"][0] == datetime(2027, 3, 31, 21, 59, 59, tzinfo=UTC)
    exdates = event["EXDATE"]
    assert isinstance(exdates, vDDDLists)
    assert [d.dt for d in exdates.dts] == [occurrences[2].starts_at]
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert "World Café" in str(event["DESCRIPTION"])


def test_a_cancelled_meeting_is_an_exception_that_leaves_the_series_alone(
    journal: Journal,
) -> None:
    """Weekly on Tuesdays at 10:00 across the end of summer time, the 27 Oct 2026 one off."""
    start = datetime(2026, 10, 13, 10, 0, tzinfo=PARIS)
    record = journal.rituals.create(draft(starts_at=start, rrule="FREQ=WEEKLY;COUNT=5"))
    window = (start - timedelta(days=1), start + timedelta(days=60))
    cancelled = datetime(2026, 10, 27, 10, 0, tzinfo=PARIS)  # the first Tuesday in winter time
    journal.rituals.record(record.uuid, cancelled, Report(Status.CANCELLED))
    found = journal.rituals.occurrences(*window)
    assert [(o.starts_at.hour, o.starts_at.day, o.status) for o in found] == [
        (10, 13, Status.PLANNED),
        (10, 20, Status.PLANNED),
        (10, 27, Status.CANCELLED),
        (10, 3, Status.PLANNED),
        (10, 10, Status.PLANNED),
    ]
    assert [o.starts_at.utcoffset() for o in found[1:3]] == [timedelta(hours=2), timedelta(hours=1)]
    exdates = calendar_for([(record, "")], found).walk("VEVENT")[0]["EXDATE"]
    assert isinstance(exdates, vDDDLists)
    assert [d.dt for d in exdates.dts] == [cancelled]
    journal.rituals.record(record.uuid, cancelled, Report(Status.PLANNED))  # back on
    assert [o.status for o in journal.rituals.occurrences(*window)] == [Status.PLANNED] * 5
    assert (
        "EXDATE"
        not in calendar_for([(record, "")], journal.rituals.occurrences(*window)).walk("VEVENT")[0]
    )


def test_calendar_uids_are_stable(journal: Journal) -> None:
    record = journal.rituals.create(draft())
    first = calendar_for([(record, "")], []).to_ical()
    second = calendar_for([(journal.rituals.get(record.uuid), "")], []).to_ical()
    assert first == second


def test_method_library_loads_and_finds(clock: FixedClock) -> None:
    library = MethodLibrary(
        ROOT / "resources" / "methods" / "methods.json",
        ROOT / "resources" / "schemas" / "methods.schema.json",
    )
    library.load()
    assert len(library.methods()) >= 28 and library.problems == []
    assert {m.key for m in library.find(purpose=Purpose.CELEBRATE)} == {"celebration-grid"}
    short = library.find(minutes=20, people=8)
    assert short and all(m.minutes[0] <= 20 for m in short)
    assert library.find(language="fr", text="REUNION d'equipe") is not None
    launch = library.find(situation="launch-project")
    assert {m.key for m in launch} == set(library.situations()[0].methods)


def test_a_malformed_pack_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    built_in = json.loads((ROOT / "resources" / "methods" / "methods.json").read_text("utf-8"))
    good = built_in["methods"][0] | {"key": "pack-good"}
    bad = built_in["methods"][1] | {"key": "pack-bad", "purposes": ["dance"]}
    missing = {k: v for k, v in built_in["methods"][2].items() if k != "steps"} | {"key": "pack-x"}
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "ours.json").write_text(
        json.dumps({"format": "coachapp-methods", "version": 1, "methods": [good, bad, missing],
                    "situations": []}), encoding="utf-8")  # fmt: skip
    (pack / "broken.json").write_text("{not json", encoding="utf-8")
    (pack / "foreign.json").write_text('{"format": "other"}', encoding="utf-8")
    library = MethodLibrary(
        ROOT / "resources" / "methods" / "methods.json",
        ROOT / "resources" / "schemas" / "methods.schema.json",
        pack,
    )
    library.load()
    assert library.get("pack-good") is not None
    assert library.get("pack-bad") is None and library.get("pack-x") is None
    messages = [str(p) for p in library.problems]
    assert any("ours.json: methods[1].purposes[0]" in m and "dance" in m for m in messages)
    assert any("ours.json: methods[2]" in m and "steps" in m for m in messages)
    assert any("broken.json" in m and "not valid JSON" in m for m in messages)
    assert any("foreign.json" in m for m in messages)
    assert len(library.methods()) == len(built_in["methods"]) + 1  # the built-in ones and good


def test_own_methods_are_kept_in_the_journal(journal: Journal) -> None:
    base = journal.methods.library.get("premortem")
    assert base is not None
    own = replace(base, key=journal.methods.new_key("Ma méthode"), names={"fr": "Ma méthode",
                  "en": "My method"})  # fmt: skip
    saved = journal.methods.save(own)
    assert saved.key == "own-ma-methode"
    assert journal.methods.library.get("own-ma-methode") is not None
    with pytest.raises(ValidationError, match="cannot be saved"):
        journal.methods.save(replace(base, key="own-bad", minutes=(30, 10)))
    journal.methods.delete(saved.key)
    assert journal.methods.library.get("own-ma-methode") is None


def test_the_start_moves_to_the_first_meeting_the_rule_gives(journal: Journal) -> None:
    monday = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
    record = journal.rituals.create(draft(starts_at=monday, rrule="FREQ=WEEKLY;BYDAY=TH"))
    assert record.draft.starts_at == datetime(2026, 12, 3, 10, 0, tzinfo=PARIS)
    first = journal.rituals.occurrences(NOW, NOW + timedelta(days=30))[0]
    assert first.starts_at == record.draft.starts_at
