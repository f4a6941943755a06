"""A data folder on a network file system: told apart from a local disk, and the journal
opened there without a write-ahead log, its file locked for the app's one connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import Journal, open_journal
from coachapp.selftest import Status, check_storage
from coachapp.services.people.people import PersonDraft
from coachapp.services.protection.backup import check_health
from coachapp.services.protection.opening import check_before_open, file_stamp
from coachapp.storage import database as database_module
from coachapp.storage.database import close_database
from coachapp.storage.filesystems import (
    DRIVE_REMOTE,
    REMOTE_DRIVE,
    UNC,
    mount_type,
    network_filesystem,
    windows_network,
)

MOUNTINFO = "\n".join(
    [
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw",
        "40 27 0:50 / /home rw,relatime - nfs4 srv:/export/home rw,vers=4.2",
        "41 40 0:51 / /home/agent/Mes\\040documents rw - cifs //mairie/docs rw",
        "42 27 0:52 / /mnt/share rw - ext4 /dev/vdb rw",
        "43 27 0:53 / /mnt/share rw - fuse.sshfs agent@srv:/data rw",  # mounted over the disk
        "44 27 0:54 / /run/user/1000/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw",
        "45 27 0:55 / /media/usb rw - vfat /dev/sdb1 rw",
        "46 27 0:56 / /opt/app rw - fuse.appimage app rw",
        "garbage line without the separator",
    ]
)


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/agent/.local/share/CoachApp", "nfs4"),
        ("/home", "nfs4"),
        ("/home/agent/Mes documents/CoachApp", "cifs"),
        ("/home/agent/Mes documents2", "nfs4"),  # a sibling, not inside the cifs mount
        ("/mnt/share/CoachApp", "fuse.sshfs"),
        ("/run/user/1000/gvfs/smb-share:server=mairie,share=agents/CoachApp", "fuse.gvfsd-fuse"),
        ("/var/lib/CoachApp", ""),
        ("/media/usb/CoachApp", ""),
        ("/opt/app/data", ""),
    ],
)
def test_network_file_systems_are_told_from_the_mount_table(folder: str, kind: str) -> None:
    found = network_filesystem(Path(folder), platform="linux", mountinfo=lambda: MOUNTINFO)
    assert found == kind


def test_the_deepest_and_latest_mount_wins() -> None:
    assert mount_type(PurePosixPath("/mnt/share/x"), MOUNTINFO) == "fuse.sshfs"
    assert mount_type(PurePosixPath("/mnt/sharex"), MOUNTINFO) == "ext4"
    assert mount_type(PurePosixPath("/anything"), "") == ""


def test_a_mount_table_that_cannot_be_read_counts_as_local(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path, platform="linux", mountinfo=lambda: "") == ""


@pytest.mark.parametrize(
    ("path", "drives", "kind"),
    [
        (r"\\mairie\agents$\dupont\CoachApp", {}, UNC),
        (r"\\?\UNC\mairie\agents\dupont\CoachApp", {}, UNC),
        (r"Z:\CoachApp", {"Z:\\": DRIVE_REMOTE}, REMOTE_DRIVE),
        (r"\\?\Z:\CoachApp", {"Z:\\": DRIVE_REMOTE}, REMOTE_DRIVE),
        (r"z:\CoachApp", {"Z:\\": DRIVE_REMOTE}, REMOTE_DRIVE),
        (r"C:\Users\dupont\AppData\Local\CoachApp", {"C:\\": 3}, ""),  # DRIVE_FIXED
        (r"\\?\C:\Users\dupont", {"C:\\": 3}, ""),
        (r"E:\CoachApp", {"E:\\": 2}, ""),  # DRIVE_REMOVABLE
    ],
)
def test_windows_shares_and_mapped_drives(path: str, drives: dict[str, int], kind: str) -> None:
    asked: list[str] = []

    def kind_of_drive(root: str) -> int:
        asked.append(root)
        return drives.get(root, 0)

    assert windows_network(PureWindowsPath(path), kind_of_drive) == kind
    assert asked == ([] if kind == UNC else [next(iter(drives))])


def pragmas(journal: Journal) -> tuple[str, str, int]:
    def one(name: str) -> object:
        return journal.database.execute_sql(f"PRAGMA {name}").fetchone()[0]

    return str(one("journal_mode")), str(one("locking_mode")), int(str(one("synchronous")))


@pytest.fixture
def on_network(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every folder is on an NFS share; the folders asked about are recorded."""
    asked: list[Path] = []

    def detect(folder: Path) -> str:
        asked.append(folder)
        return "nfs4"

    monkeypatch.setattr(database_module, "network_filesystem", detect)
    return asked


@pytest.fixture
def network_journal(
    on_network: list[Path], paths: Paths, settings: Settings, clock: FixedClock
) -> Iterator[Journal]:
    opened = open_journal(paths, settings, clock)
    assert on_network == [paths.data]
    yield opened
    close_database()


def test_a_local_journal_uses_the_write_ahead_log(journal: Journal) -> None:
    assert pragmas(journal) == ("wal", "normal", 1)


def test_a_network_journal_has_a_rollback_journal_and_keeps_its_file(
    network_journal: Journal, paths: Paths
) -> None:
    assert pragmas(network_journal) == ("delete", "exclusive", 2)  # 2: FULL
    network_journal.people.create(PersonDraft("Camille Martin"))
    # Another program (or workstation) waits instead of writing beside the app.
    other = sqlite3.connect(paths.database, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
    other.close()
    assert not paths.database.with_name("journal.db-wal").exists()
    network_journal.close()
    # At rest the folder holds the journal alone, not even an empty rollback journal.
    assert sorted(p.name for p in paths.data.glob("journal.db*")) == ["journal.db"]


def test_backups_and_checks_read_through_the_journal_s_own_connection(
    network_journal: Journal, paths: Paths
) -> None:
    network_journal.people.create(PersonDraft("Camille Martin"))  # the file is now held for writing
    assert not network_journal.backups.in_background()
    made = network_journal.backups.create("manual")
    assert check_health(paths.database) == []
    network_journal.people.create(PersonDraft("Dominique Petit"))  # still writable after both
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    copy.close()


def test_a_journal_moved_from_a_local_disk_leaves_the_write_ahead_log(
    journal: Journal, on_network: list[Path], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal.people.create(PersonDraft("Camille Martin"))
    assert journal.backups.in_background()
    journal.close()
    assert paths.database.read_bytes()[18:20] == b"\x02\x02"  # WAL, recorded in the file
    moved = open_journal(paths, settings, clock)
    assert pragmas(moved) == ("delete", "exclusive", 2)
    assert moved.people.count() == 1
    moved.close()
    assert paths.database.read_bytes()[18:20] == b"\x01\x01"  # rollback journal


def test_a_protected_journal_on_the_network_gets_the_same_mode(
    journal: Journal, on_network: list[Path], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal.people.create(PersonDraft("Camille Martin"))
    protection.protect(journal, "trois mots simples", "trois mots simples")
    assert journal.protected
    assert pragmas(journal) == ("delete", "exclusive", 2)
    key = journal.key
    journal.close()
    reopened = open_journal(paths, settings, clock, key)
    assert pragmas(reopened) == ("delete", "exclusive", 2)
    assert reopened.people.count() == 1
    assert reopened.backups.create("manual").exists()
    reopened.close()


def test_the_self_test_says_how_the_journal_is_opened(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = check_storage(paths)
    assert (local.status, local.detail) == (Status.OK, "local disk: write-ahead log")
    monkeypatch.setattr(database_module, "network_filesystem", lambda _folder: "smb3")
    remote = check_storage(paths)
    assert remote.status is Status.OK
    assert remote.detail.startswith("network file system (smb3): rollback journal")
    assert "a write-ahead log is unsafe on a network folder" in remote.detail


def test_a_rollback_journal_left_by_a_crash_has_the_file_checked_at_start(
    network_journal: Journal, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    network_journal.people.create(PersonDraft("Camille Martin"))
    network_journal.close()
    stamp = file_stamp(paths.database)
    checked: list[Path] = []

    def closed_file_problems(path: Path, _key: bytes | None = None) -> list[str]:
        checked.append(path)
        return []

    monkeypatch.setattr(
        "coachapp.services.protection.opening.closed_file_problems", closed_file_problems
    )
    check_before_open(paths.database, paths.backups, closed_as=stamp)
    assert checked == []  # as the clean close left it
    paths.database.with_name("journal.db-journal").write_bytes(b"\0" * 512)  # a crash's
    check_before_open(paths.database, paths.backups, closed_as=stamp)
    assert checked == [paths.database]
