"""Retention an organisation requires by policy: old entries to the trash, old trash erased;
nothing at all while the policy sets none."""

from __future__ import annotations

from datetime import timedelta

from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.protection.retention import apply_retention
from coachapp.storage.models import Entry
from tests.conftest import NOW


def _entry(journal: Journal, days_ago: int, title: str) -> str:
    return journal.entries.create(EntryDraft(NOW - timedelta(days=days_ago), title)).uuid


def test_old_entries_go_to_the_trash_and_old_trash_is_erased(journal: Journal) -> None:
    recent = _entry(journal, 10, "Récente")
    old = _entry(journal, 400, "Ancienne")
    gone = _entry(journal, 20, "Jetée il y a longtemps")
    journal.entries.trash(gone)
    Entry.update(deleted_at=NOW - timedelta(days=200)).where(Entry.uuid == gone).execute()

    done = apply_retention(journal.entries, journal.trash, NOW, entry_months=12, trash_months=3)
    assert (done.trashed, done.purged) == (1, 1)
    assert Entry.get(Entry.uuid == old).deleted_at == NOW  # in the trash, restorable for now
    assert Entry.get(Entry.uuid == recent).deleted_at is None
    assert not Entry.select().where(Entry.uuid == gone).exists()
    again = apply_retention(journal.entries, journal.trash, NOW, entry_months=12, trash_months=3)
    assert (again.trashed, again.purged) == (0, 0)


def test_no_policy_keeps_everything(journal: Journal) -> None:
    _entry(journal, 4000, "Très ancienne")
    done = apply_retention(journal.entries, journal.trash, NOW, entry_months=0, trash_months=0)
    assert (done.trashed, done.purged) == (0, 0)
    assert journal.entries.count() == 1
