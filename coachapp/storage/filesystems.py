r"""Whether a folder is on a network file system, where SQLite's write-ahead log is unsafe.

WAL keeps its index in shared memory (the memory-mapped `-shm` file): a network file system
cannot share that memory between the machines that open the file, so two of them would each
believe their own index and damage the journal. Local authorities often keep users' data on a
network home drive, and a machine policy may put the data folder there; `storage.database`
then opens the journal another way.

Linux: the type of the mount that holds the folder, from /proc/self/mountinfo. Windows: a UNC
path (\\server\share) or a drive letter that Windows says is remote. Each source is a
parameter, so the detection is tested on any machine with any mount table or drive.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

log = logging.getLogger("coachapp.storage")

MOUNTINFO = Path("/proc/self/mountinfo")

# Mount types whose files live on another machine (or are shared between machines).
NETWORK_TYPES = frozenset(
    {
        "9p",
        "afs",
        "beegfs",
        "ceph",
        "cifs",
        "coda",
        "davfs",
        "gfs2",
        "glusterfs",
        "gpfs",
        "lustre",
        "ncpfs",
        "nfs",
        "nfs4",
        "ocfs2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.ceph",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.gvfsd-fuse",  # GNOME's mounts of SMB, SFTP and WebDAV shares
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.smbnetfs",
        "fuse.sshfs",
    }
)
UNC = "unc"
REMOTE_DRIVE = "remote drive"
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def read_mountinfo() -> str:
    """This process's mount table (Linux); empty where there is none."""
    try:
        return MOUNTINFO.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return ""


def drive_type(root: str) -> int:
    """What Windows says the drive of `root` ("Z:\\") is; 0 (unknown) elsewhere."""
    if sys.platform != "win32":
        return 0
    import ctypes  # noqa: PLC0415 (Windows only)

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _unescape(field: str) -> str:
    """A mountinfo path field with its octal escapes (\\040 for a space) decoded."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_type(path: PurePath, mountinfo: str) -> str:
    """The type of the mount holding the absolute `path` in `mountinfo` ("" if none does).

    The deepest mount point containing the path wins; of two on the same point, the later one
    (it hides the first).
    """
    depth, found = -1, ""
    for line in mountinfo.splitlines():
        fields, separator, tail = line.partition(" - ")
        head, rest = fields.split(), tail.split()
        if not separator or len(head) < 5 or not rest:
            continue
        point = PurePosixPath(_unescape(head[4]))
        if path.is_relative_to(point) and len(point.parts) >= depth:
            depth, found = len(point.parts), rest[0]
    return found


def windows_network(path: PureWindowsPath, kind_of_drive: Callable[[str], int]) -> str:
    """UNC or REMOTE_DRIVE when `path` is on a network share, else ""."""
    drive = path.drive.upper()
    if drive.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return UNC
    if drive.startswith(("\\\\?\\", "\\\\.\\")):  # a long or device path: its letter, if any
        drive = drive[4:]
    elif drive.startswith("\\\\"):
        return UNC
    if len(drive) == 2 and drive[1] == ":" and kind_of_drive(drive + "\\") == DRIVE_REMOTE:
        return REMOTE_DRIVE
    return ""


def network_filesystem(
    folder: Path,
    *,
    platform: str = sys.platform,
    mountinfo: Callable[[], str] = read_mountinfo,
    kind_of_drive: Callable[[str], int] = drive_type,
) -> str:
    """The network file system holding `folder` ("nfs4", "cifs", UNC...), "" on a local disk.

    A file system that cannot be told counts as local: SQLite's default, as before.
    """
    if platform == "win32":
        return windows_network(PureWindowsPath(folder.resolve()), kind_of_drive)
    kind = mount_type(PurePosixPath(folder.resolve()), mountinfo())
    return kind if kind in NETWORK_TYPES or kind.startswith("nfs") else ""
