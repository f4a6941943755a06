"""Atomic, private file writes: a reader never sees half a file, and others cannot read it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one rename.

    The temporary file is created readable by the user alone (where the OS allows), synced to
    disk before the rename, and removed if the body raises.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a folder it creates is private
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _fsync_file(tmp)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """`open(..., opener=private_opener)`: a file created readable by its owner alone whatever
    the umask, and one an earlier version left readable to others made private (POSIX)."""
    fd = os.open(path, flags, 0o600)
    if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
        # A file system without POSIX modes (a network share) refuses: its folder's rights hold.
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
    return fd


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
