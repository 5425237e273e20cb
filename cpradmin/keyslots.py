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
import json
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cpradmin.securefiles import atomic_write

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
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise ValueError("not a cpradmin key slot file")
        return cls(
            vault_id=str(raw["vault_id"]),
            slots={name.upper(): Slot(**slot) for name, slot in raw["slots"].items()},
            recovery=Slot(**raw["recovery"]) if raw.get("recovery") else None,
            failures={k.upper(): int(v) for k, v in raw.get("failures", {}).items()},
            disabled={k.upper(): str(v) for k, v in raw.get("disabled", {}).items()},
            pending_events=list(raw.get("pending_events", [])),
            audit_anchor=dict(raw.get("audit_anchor", {})),
        )

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
