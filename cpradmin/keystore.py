"""The workstation secret in the OS keyring, from secure backends only.

A key slot may be *bound*: its key also needs a 32-byte secret held by the OS keyring of the
user who last set the password, so a copied vault file is useless on another machine. Only
backends that encrypt at rest count; ``keyrings.alt`` and other plaintext stores never do.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "cpradmin"

#: Backend classes, by ``module.qualname``, that keep secrets encrypted by the OS.
SECURE_BACKENDS: set[str] = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.libsecret.Keyring",
}


def _errors() -> Any:
    import keyring.errors

    return keyring.errors


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _secure_backend() -> KeyringBackend | None:
    import keyring  # lazily: it costs ~50 ms of start-up, and the login window needs none

    if os.environ.get("CPRADMIN_NO_KEYRING"):
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring setup means "not available"
        return None
    candidates = list(getattr(backend, "backends", [])) or [backend]
    for candidate in candidates:
        if _name(candidate) in SECURE_BACKENDS:
            try:
                if candidate.priority > 0:
                    return candidate
            except Exception:  # noqa: BLE001
                continue
    return None


def available() -> bool:
    """True when a secure keyring backend is usable for this OS user."""
    return _secure_backend() is not None


def backend_name() -> str:
    backend = _secure_backend()
    return _name(backend) if backend else ""


def create_secret(entry: str) -> bytes:
    """Store a new random 32-byte secret under *entry* and return it."""
    backend = _secure_backend()
    if backend is None:
        raise LookupError("no secure keyring backend")
    secret = secrets.token_bytes(32)
    backend.set_password(SERVICE, entry, base64.b64encode(secret).decode("ascii"))
    return secret


def load_secret(entry: str) -> bytes | None:
    backend = _secure_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, entry)
    except _errors().KeyringError:
        return None
    return base64.b64decode(value) if value else None


def delete_secret(entry: str) -> None:
    backend = _secure_backend()
    if backend is None:
        return
    with contextlib.suppress(_errors().PasswordDeleteError):
        backend.delete_password(SERVICE, entry)
