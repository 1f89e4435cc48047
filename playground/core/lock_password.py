"""A password on a lesson's locks, kept as a salted hash (never the password itself).

A lesson file may hold ``"lock_password": {"kdf": "pbkdf2-sha256", "iterations": N,
"salt": "<32 hex digits>", "hash": "<64 hex digits>"}``: PBKDF2-HMAC-SHA256 of the
password (NFC-normalised, UTF-8) with a random 16-byte salt. With it, the window asks for
the password before the lesson's locks come off (Leave lesson, Teacher mode).

What it protects against: a student switching the locks off in the app. What it does not:
anyone may edit the file by hand and delete the lesson part, locks and all; the hash only
keeps the password itself out of the file. A file is hostile: an unknown ``kdf``, an
iteration count outside ``MIN_ITERATIONS``..``MAX_ITERATIONS`` (so that a file cannot make
the window spin for minutes), or a salt or hash that is not lowercase hex of the right
length is refused with a :class:`ProjectError` naming the field. Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

from engine.i18n import number, translate
from playground.core.project_checks import fail, json_object, shown, whole_number

KDF = "pbkdf2-sha256"
ITERATIONS = 200_000  # what the teacher dialog writes: about 0.1-0.2 s per check
MIN_ITERATIONS = 1_000
MAX_ITERATIONS = 1_000_000
SALT_BYTES = 16
HASH_BYTES = 32  # SHA-256's digest
MAX_PASSWORD = 200  # characters


def _hex(value: object, where: str, nbytes: int) -> str:
    if not isinstance(value, str) or not re.fullmatch(f"[0-9a-f]{{{2 * nbytes}}}", value):
        fail(
            where,
            translate(
                "lock_password", "must be {count} lowercase hexadecimal digits; got {value}"
            ).format(count=2 * nbytes, value=shown(value)),
        )
    return value


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8", "surrogatepass")
    return hashlib.pbkdf2_hmac("sha256", secret, salt, iterations, HASH_BYTES)


@dataclass(frozen=True)
class LockPassword:
    """The salted hash of a lesson's lock password."""

    iterations: int
    salt: str  # hex
    hash: str  # hex

    @classmethod
    def create(cls, password: str, iterations: int = ITERATIONS) -> LockPassword:
        """The hash of ``password`` with a new random salt. Raises ValueError for an empty
        or too long password, or an iteration count out of range."""
        if not password:
            raise ValueError("password: " + translate("lock_password", "must not be empty"))
        if len(password) > MAX_PASSWORD:
            raise ValueError(
                "password: "
                + translate("lock_password", "at most {limit} characters").format(
                    limit=MAX_PASSWORD
                )
            )
        if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
            raise ValueError(
                "iterations: "
                + translate("lock_password", "must be from {low} to {high}; got {value}").format(
                    low=number(MIN_ITERATIONS, ","),
                    high=number(MAX_ITERATIONS, ","),
                    value=repr(iterations),
                )
            )
        salt = secrets.token_bytes(SALT_BYTES)
        return cls(iterations, salt.hex(), _derive(password, salt, iterations).hex())

    def matches(self, password: str) -> bool:
        """Whether ``password`` is the one hashed (compared in constant time)."""
        if len(password) > MAX_PASSWORD:
            return False
        found = _derive(password, bytes.fromhex(self.salt), self.iterations)
        return hmac.compare_digest(found, bytes.fromhex(self.hash))

    def to_dict(self) -> dict:
        return {"kdf": KDF, "iterations": self.iterations, "salt": self.salt, "hash": self.hash}

    @classmethod
    def from_dict(cls, data: object, where: str = "lesson.lock_password") -> LockPassword:
        """Check a file's password part; raises ProjectError naming the bad field."""
        if isinstance(data, LockPassword):
            return data
        obj = json_object(data, where, required=("kdf", "iterations", "salt", "hash"), optional=())
        if obj["kdf"] != KDF:
            fail(f"{where}.kdf", f'must be "{KDF}"; got {shown(obj["kdf"])}')
        iterations = whole_number(
            obj["iterations"], f"{where}.iterations", MIN_ITERATIONS, MAX_ITERATIONS
        )
        salt = _hex(obj["salt"], f"{where}.salt", SALT_BYTES)
        digest = _hex(obj["hash"], f"{where}.hash", HASH_BYTES)
        return cls(iterations, salt, digest)
