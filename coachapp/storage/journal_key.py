"""The key of a protected journal, kept beside it wrapped by the passphrase and a recovery key.

The database is encrypted (SQLCipher) with a random 256-bit key, never with the passphrase
itself: so the passphrase changes without rewriting the journal, a printed recovery key opens it
too, and SQLCipher's own slow key derivation is skipped at each connection (ours runs once, at
unlock). The key file holds one slot per secret: scrypt(secret, fresh salt) XOR key. Each slot's
pad is used once (a new salt at every wrap), and an HMAC of the key tells a right secret from a
wrong one without revealing anything. Losing the key file and the secrets loses the journal: the
app says so when protection is set up.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.fileio import write_text_atomic
from coachapp.storage.errors import StorageError

KEY_BYTES = 32
FORMAT = "coachapp-journal-key"
VERSION = 1
CHECK_LABEL = b"coachapp journal key v1"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
# scrypt's interactive parameters: 32 MiB and about a tenth of a second per attempt.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on paper
RECOVERY_GROUPS = 8
RECOVERY_GROUP = 4


class KeyFileError(StorageError):
    """The key file beside a protected journal is missing, damaged or foreign."""


class WrongSecretError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage", "This passphrase or recovery key does not open the journal."
            )
        )


def key_file_for(database: Path) -> Path:
    """Where the key of the journal `database` is kept: beside it, same name plus `.key`."""
    return database.with_name(database.name + ".key")


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key(key: bytes) -> str:
    """The value of `PRAGMA key` that hands SQLCipher the raw key (no derivation)."""
    return f"x'{key.hex()}'"


def new_recovery_key() -> str:
    """A recovery key to print: 32 characters in groups of four, about 160 bits."""
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP)
    )
    return "-".join(chars[i : i + RECOVERY_GROUP] for i in range(0, len(chars), RECOVERY_GROUP))


def normalise_recovery(text: str) -> str:
    """A recovery key as typed back (any case, spaces or dashes) in its canonical form."""
    return "".join(c for c in text.upper() if c.isalnum())


def _pad(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=KEY_BYTES
    )


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _check(key: bytes) -> str:
    return hmac.new(key, CHECK_LABEL, hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Slot:
    kind: str
    salt: bytes
    wrapped: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def wrap(cls, kind: str, secret: str, key: bytes) -> Slot:
        salt = os.urandom(16)
        return cls(kind, salt, _xor(key, _pad(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)))

    def unwrap(self, secret: str) -> bytes:
        return _xor(self.wrapped, _pad(secret, self.salt, self.n, self.r, self.p))

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": _b64(self.salt),
            "wrapped": _b64(self.wrapped),
        }


@dataclass(frozen=True)
class KeyFile:
    """The wrapped key of one journal."""

    slots: tuple[Slot, ...]
    check: str

    @classmethod
    def create(cls, key: bytes, passphrase: str, recovery: str) -> KeyFile:
        return cls(
            (
                Slot.wrap(PASSPHRASE, passphrase, key),
                Slot.wrap(RECOVERY, normalise_recovery(recovery), key),
            ),
            _check(key),
        )

    def unlock(self, secret: str) -> bytes:
        """The journal's key from its passphrase or its recovery key."""
        for slot in self.slots:
            typed = normalise_recovery(secret) if slot.kind == RECOVERY else secret
            if not typed:
                continue
            key = slot.unwrap(typed)
            if hmac.compare_digest(_check(key), self.check):
                return key
        raise WrongSecretError()

    def opens(self, key: bytes) -> bool:
        """Whether this file holds `key` (a backup's key file against the journal's key)."""
        return hmac.compare_digest(_check(key), self.check)

    def with_passphrase(self, key: bytes, passphrase: str) -> KeyFile:
        """The same key wrapped by a new passphrase; the recovery key still opens it."""
        slots = tuple(s for s in self.slots if s.kind != PASSPHRASE)
        return KeyFile((Slot.wrap(PASSPHRASE, passphrase, key), *slots), self.check)

    def with_recovery(self, key: bytes, recovery: str) -> KeyFile:
        """The same key with a new recovery key (the old one stops working)."""
        slots = tuple(s for s in self.slots if s.kind != RECOVERY)
        return KeyFile((*slots, Slot.wrap(RECOVERY, normalise_recovery(recovery), key)), self.check)

    def to_text(self) -> str:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "cipher": "sqlcipher4-raw-key",
            "check": self.check,
            "slots": [slot.as_json() for slot in self.slots],
        }
        return json.dumps(document, indent=2) + "\n"

    def save(self, path: Path) -> None:
        write_text_atomic(path, self.to_text())


def _damaged(path: Path) -> KeyFileError:
    return KeyFileError(
        QT_TRANSLATE_NOOP(
            "Storage",
            "The key file {path} of your protected journal is missing or damaged: without it "
            "the journal cannot be opened. Restore it from a copy, or restore a backup.",
        ),
        path=path,
    )


def read_key_file(path: Path) -> KeyFile:
    """Parse the key file at `path`; a missing, damaged or foreign file raises KeyFileError."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise _damaged(path)
        slots = tuple(
            Slot(
                kind=str(raw["kind"]),
                salt=base64.b64decode(raw["salt"], validate=True),
                wrapped=base64.b64decode(raw["wrapped"], validate=True),
                n=int(raw["n"]),
                r=int(raw["r"]),
                p=int(raw["p"]),
            )
            for raw in document["slots"]
            if raw.get("kdf") == "scrypt"
        )
        check = str(document["check"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _damaged(path) from exc
    if not slots or any(len(s.wrapped) != KEY_BYTES for s in slots):
        raise _damaged(path)
    return KeyFile(slots, check)
