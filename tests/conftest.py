"""Shared fixtures: offscreen Qt, an in-memory keyring, and a fresh vault per test.

A vault is created once per session (key derivation is deliberately slow) and copied
byte for byte for each test, so every test works on its own real SQLCipher file.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CPRADMIN_LANGUAGE", "en")

import keyring
import pytest
from keyring.backend import KeyringBackend

from cpradmin import keystore
from cpradmin.keyslots import SlotFile
from cpradmin.vault import Vault

OFFICER = "PH"
OFFICER_NAME = "Pia Holm"
PASSWORD = "Ugle-Vinter-Kaffe-81"


class MemoryKeyring(KeyringBackend):
    """A secure-keyring stand-in: secrets in a dict, gone when the process ends."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


_MEMORY = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets an empty, trusted in-memory keyring (never the real one)."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(keystore, "SECURE_BACKENDS", keystore.SECURE_BACKENDS | {_MEMORY})
    monkeypatch.delenv("CPRADMIN_NO_KEYRING", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session", autouse=True)
def collect_on_main_thread() -> Iterator[None]:
    """As the app does (ui/garbage.py): no automatic collection on the vault's worker thread;
    collect between tests, on the main thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A password-only vault made once; tests copy it (its slot needs no keyring)."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.vault"
    created = Vault.create(
        path, officer_name=OFFICER_NAME, initials=OFFICER, password=PASSWORD,
        authority="Testkommune", password_only=True,
    )
    created.vault.lock("template")
    return path, created.recovery_key


@pytest.fixture
def vault_path(template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    source, _ = template_vault
    target = tmp_path / "vault" / "cpradmin.vault"
    target.parent.mkdir(mode=0o700)
    shutil.copy2(source, target)
    shutil.copy2(SlotFile.path_for(source), SlotFile.path_for(target))
    return target


@pytest.fixture
def recovery_key(template_vault: tuple[Path, str]) -> str:
    return template_vault[1]


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """An open session of the officer on a fresh copy of the template vault."""
    session = Vault.login(vault_path, OFFICER, PASSWORD)
    yield session
    session.lock("test finished")
