"""Key slots: the vault's data key, wrapped once per account and once for recovery.

The slot file sits next to the database (``<vault>.keys``) and holds no secret in clear:
each slot is the data key sealed with AES-256-GCM under a key derived from the account's
password (Argon2id) and, for a bound slot, a workstation secret from the OS keyring.
Changing a password rewraps one slot and never re-encrypts the database. The same file
keeps failed-login counters and events that happen while the vault is closed (a failed
login cannot write to a database it cannot open); they enter the audit trail at next open.
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cpradmin.securefiles import atomic_write, locked_file

FORMAT = "cpradmin-keyslots"
VERSION = 1
MAX_FAILURES = 5
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; above OWASP's minimum (19 MiB, t=2, p=1), about 0.3 s on an office PC."""

    memory_kib: int = 65536
    time_cost: int = 3
    parallelism: int = 4

    def __post_init__(self) -> None:
        # Read from the (unauthenticated) key file: refuse values Argon2 rejects and costs
        # that would exhaust the machine, instead of failing deep inside the KDF.
        for value in (self.memory_kib, self.time_cost, self.parallelism):
            if type(value) is not int:
                raise ValueError("Argon2 parameters are integers")
        if not (1 <= self.parallelism <= 64 and 1 <= self.time_cost <= 100
                and 8 * self.parallelism <= self.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("Argon2 parameters out of range")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_password(password: str) -> bytes:
    """NFC so 'å' typed as one or two code points gives the same key."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive_kek(
    password: str, salt: bytes, params: KdfParams, workstation_secret: bytes | None
) -> bytes:
    stretched = hash_secret_raw(
        normalise_password(password),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )
    return _hkdf(stretched + (workstation_secret or b""), b"cpradmin slot v1")


def _hkdf(material: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(material)


@dataclass
class Slot:
    """One sealed copy of the data key."""

    salt: str
    nonce: str
    sealed: str
    kdf: dict[str, int] = field(default_factory=dict)
    bound: bool = False
    keyring_entry: str = ""

    def params(self) -> KdfParams:
        return KdfParams(**self.kdf)

    def check(self) -> Slot:
        """Raise ``ValueError``/``TypeError`` unless the fields are well-formed (for ``load``)."""
        for text in (self.salt, self.nonce, self.sealed):
            if not isinstance(text, str) or not _unb64(text):
                raise ValueError("slot field is not base64")
        self.params()
        if not isinstance(self.bound, bool) or not isinstance(self.keyring_entry, str):
            raise ValueError("slot binding is malformed")
        return self


def seal(data_key: bytes, kek: bytes, aad: bytes) -> tuple[str, str]:
    nonce = secrets.token_bytes(12)
    return _b64(nonce), _b64(AESGCM(kek).encrypt(nonce, data_key, aad))


def unseal(slot: Slot, kek: bytes, aad: bytes) -> bytes | None:
    """The data key, or None if the key is wrong or the slot was altered."""
    try:
        return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.sealed), aad)
    except (InvalidTag, ValueError):
        return None


def slot_aad(vault_id: str, name: str, bound: bool) -> bytes:
    """Binds a slot to its vault and owner, so slots cannot be swapped between accounts."""
    return f"{FORMAT}/{VERSION}/{vault_id}/{name.upper()}/{int(bound)}".encode()


def new_password_slot(
    data_key: bytes,
    vault_id: str,
    initials: str,
    password: str,
    workstation_secret: bytes | None,
    keyring_entry: str = "",
    params: KdfParams | None = None,
) -> Slot:
    params = params or KdfParams()
    salt = secrets.token_bytes(16)
    bound = workstation_secret is not None
    kek = derive_kek(password, salt, params, workstation_secret)
    nonce, sealed = seal(data_key, kek, slot_aad(vault_id, initials, bound))
    return Slot(_b64(salt), nonce, sealed, asdict(params), bound, keyring_entry if bound else "")


def open_password_slot(
    slot: Slot, vault_id: str, initials: str, password: str, workstation_secret: bytes | None
) -> bytes | None:
    kek = derive_kek(password, _unb64(slot.salt), slot.params(), workstation_secret)
    return unseal(slot, kek, slot_aad(vault_id, initials, slot.bound))


def generate_recovery_key() -> str:
    """160 random bits as 8 groups of 4 unambiguous characters: printable, readable."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.replace("0", "O").replace("1", "I")


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    # 160 bits of entropy need no stretching; HKDF keeps recovery fast and exact.
    return _hkdf(normalise_recovery_key(recovery_key).encode("ascii") + salt, b"cpradmin recovery")


def new_recovery_slot(data_key: bytes, vault_id: str, recovery_key: str) -> Slot:
    salt = secrets.token_bytes(16)
    nonce, sealed = seal(
        data_key, _recovery_kek(recovery_key, salt), slot_aad(vault_id, "#recovery", False)
    )
    return Slot(_b64(salt), nonce, sealed)


def open_recovery_slot(slot: Slot, vault_id: str, recovery_key: str) -> bytes | None:
    kek = _recovery_kek(recovery_key, _unb64(slot.salt))
    return unseal(slot, kek, slot_aad(vault_id, "#recovery", False))


@dataclass
class SlotFile:
    """The sidecar's content; ``save`` writes it atomically (survives ``kill -9``)."""

    vault_id: str
    slots: dict[str, Slot] = field(default_factory=dict)
    recovery: Slot | None = None
    failures: dict[str, int] = field(default_factory=dict)
    disabled: dict[str, str] = field(default_factory=dict)
    pending_events: list[dict[str, Any]] = field(default_factory=list)
    audit_anchor: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def path_for(vault_path: Path) -> Path:
        return vault_path.with_name(vault_path.name + ".keys")

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        raw = json.loads(path.read_bytes())
        if not isinstance(raw, dict):
            raise ValueError("not a cpradmin key slot file")
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise ValueError("not a cpradmin key slot file")
        loaded = cls(
            vault_id=str(raw["vault_id"]),
            slots={name.upper(): Slot(**slot).check() for name, slot in raw["slots"].items()},
            recovery=Slot(**raw["recovery"]).check() if raw.get("recovery") else None,
            failures={k.upper(): int(v) for k, v in raw.get("failures", {}).items()},
            disabled={k.upper(): str(v) for k, v in raw.get("disabled", {}).items()},
            pending_events=list(raw.get("pending_events", [])),
            audit_anchor=dict(raw.get("audit_anchor", {})),
        )
        # Pending events go into the audit trail at the next login: a malformed one would
        # fail there with a bare exception, so refuse it here as a damaged file.
        for event in loaded.pending_events:
            if not isinstance(event, dict) or not isinstance(event.get("action"), str):
                raise ValueError("malformed pending event")
            if not isinstance(event.get("at"), str):
                raise ValueError("malformed pending event")
            datetime.fromisoformat(event["at"])
        anchor = loaded.audit_anchor
        if anchor and (type(anchor.get("count")) is not int
                       or not isinstance(anchor.get("head"), str)):
            raise ValueError("malformed audit anchor")
        return loaded

    def save(self, path: Path) -> None:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": {name: asdict(slot) for name, slot in sorted(self.slots.items())},
            "recovery": asdict(self.recovery) if self.recovery else None,
            "failures": self.failures,
            "disabled": self.disabled,
            "pending_events": self.pending_events[-1000:],
            "audit_anchor": self.audit_anchor,
        }
        atomic_write(path, json.dumps(body, indent=1, sort_keys=True).encode("utf-8"))


@contextlib.contextmanager
def editing(path: Path) -> Iterator[SlotFile]:
    """Read, change and write the key file under an exclusive lock.

    Several sessions and processes share one key file (a failed login here, an unlock in the
    officer's open session there): each change re-reads the file under the lock, so none of
    them undoes another's.
    """
    with locked_file(path):
        slots = SlotFile.load(path)
        yield slots
        slots.save(path)
