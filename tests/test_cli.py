"""The command line: exit codes 0/1/2, messages instead of tracebacks, the same services."""

from __future__ import annotations

import ctypes
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpradmin import accounts, cli, demo
from cpradmin.errors import AuthenticationError
from cpradmin.keyslots import SlotFile
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

ROOT = Path(__file__).resolve().parents[1]
RECOVERY_KEY = re.compile(r"\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){7}\b")
NEW_PASSWORD = "Mosekone-Tromle-Fyr-64"


@pytest.fixture(autouse=True)
def clean_cli_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No CLI variable from the developer's shell; undo main()'s process hardening after."""
    for name in ("CPRADMIN_USER", "CPRADMIN_PASSWORD", "CPRADMIN_NEW_PASSWORD",
                 "CPRADMIN_VAULT", "CPRADMIN_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    umask = os.umask(0o077)
    os.umask(umask)
    yield
    os.umask(umask)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE back on for pytest


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


def as_user(monkeypatch: pytest.MonkeyPatch, initials: str, password: str) -> None:
    monkeypatch.setenv("CPRADMIN_USER", initials)
    monkeypatch.setenv("CPRADMIN_PASSWORD", password)


def assert_refused(capsys: pytest.CaptureFixture[str], text: str) -> str:
    err = capsys.readouterr().err
    assert err.startswith("cpradmin: ") and text in err, err
    assert "Traceback" not in err
    return err


# --------------------------------------------------------------------------- init and login


def test_init_prints_a_recovery_key_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "cpradmin.vault"
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    code, output = run("--vault", str(path), "init", "--officer", "Pia Holm", "--initials", "ph",
                       "--authority", "Testkommune")
    assert code == 0, capsys.readouterr().err
    assert f"Vault created: {path}" in output and "Pia Holm (PH)" in output
    keys = RECOVERY_KEY.findall(output)
    assert len(keys) == 1
    assert "bound to this workstation" in output  # the in-memory keyring is available
    assert path.is_file() and SlotFile.path_for(path).is_file()

    before = path.read_bytes()
    code, output = run("--vault", str(path), "init", "--officer", "Ny Person", "--initials", "NP")
    assert code == 1 and output == ""
    assert_refused(capsys, "A vault already exists")
    assert path.read_bytes() == before

    # The printed key recovers the vault from the command line, with a new password.
    monkeypatch.setenv("CPRADMIN_RECOVERY_KEY", keys[0])
    monkeypatch.setenv("CPRADMIN_NEW_PASSWORD", NEW_PASSWORD)
    code, output = run("--vault", str(path), "recover")
    assert code == 0, capsys.readouterr().err
    assert "PH has a new password" in output
    Vault.login(path, OFFICER, NEW_PASSWORD).lock("test")


def test_init_with_a_weak_password_names_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cpradmin.vault"
    monkeypatch.setenv("CPRADMIN_VAULT", str(path))  # the path from the environment
    monkeypatch.setenv("CPRADMIN_PASSWORD", "pia")
    code, _ = run("init", "--officer", "Pia Holm", "--initials", "PH", "--password-only")
    assert code == 1
    err = assert_refused(capsys, "does not follow the password rules")
    assert "  - The password must be at least 8 characters long." in err
    assert not path.exists()


def test_wrong_password_exits_1_without_a_traceback(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, OFFICER, "Forkert-Kode-Helt-99")
    code, output = run("--vault", str(vault_path), "accounts", "list")
    assert code == 1 and output == ""
    assert_refused(capsys, "Wrong initials or password")
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    code, _ = run("--vault", str(vault_path.with_name("missing.vault")), "accounts", "list")
    assert code == 1
    assert_refused(capsys, "No vault file at")


def test_file_system_errors_exit_1_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    code, _ = run("--vault", str(blocker / "cpradmin.vault"), "init", "--officer", "Pia Holm",
                  "--initials", "PH", "--password-only")
    assert code == 1
    assert_refused(capsys, str(blocker))


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["init"],  # --officer and --initials are required
        ["init", "--officer", "Pia Holm"],
        ["accounts", "add", "--initials", "LK"],  # --name is required
        ["accounts", "add", "--initials", "LK", "--name", "Lars", "--role", "boss"],
        ["accounts", "unlock"],
        ["accounts", "list", "--format", "xml"],
        ["accounts"],  # an action is required
        ["audit"],
        ["audit", "remove"],
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv, out=io.StringIO())
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "usage: cpradmin" in err and "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0
    assert re.fullmatch(r"cpradmin \d+\.\d+.*\n", capsys.readouterr().out)


# --------------------------------------------------------------------------- accounts


def test_accounts_add_list_unlock(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, OFFICER, PASSWORD)
    code, output = run("--vault", str(vault_path), "accounts", "add", "--initials", "lk",
                       "--name", "Lars Kjær", "--role", "deputy", "--password-only")
    assert code == 0, capsys.readouterr().err
    one_time = re.search(r"One-time password .*: ([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})$",
                         output.strip(), re.S).group(1)
    code, _ = run("--vault", str(vault_path), "accounts", "add", "--initials", "LK",
                  "--name", "Lars Kjær")
    assert code == 1
    assert_refused(capsys, "already exists")

    code, output = run("--vault", str(vault_path), "accounts", "list", "--format", "json")
    assert code == 0
    rows = {row["initials"]: row for row in json.loads(output)}
    assert set(rows) == {OFFICER, "LK"}
    assert rows["LK"] == {
        "initials": "LK", "name": "Lars Kjær", "role": "deputy", "active": True,
        "disabled": False, "bound": False, "may_unlock_accounts": False,
        "must_change_password": True,
    }
    assert rows[OFFICER]["role"] == "officer"

    # The deputy cannot use the CLI before replacing the one-time password...
    as_user(monkeypatch, "LK", one_time)
    code, _ = run("--vault", str(vault_path), "accounts", "list")
    assert code == 1
    assert_refused(capsys, "must be changed first")
    monkeypatch.setenv("CPRADMIN_NEW_PASSWORD", "Spurv-Klokke-Hav-52")
    code, output = run("--vault", str(vault_path), "accounts", "passwd")
    assert code == 0 and "Password changed." in output, capsys.readouterr().err
    # ... and, as a deputy, may not add accounts.
    as_user(monkeypatch, "LK", "Spurv-Klokke-Hav-52")
    code, _ = run("--vault", str(vault_path), "accounts", "add", "--initials", "MA",
                  "--name", "Mette Andersen")
    assert code == 1
    assert_refused(capsys, "Your role (deputy) does not allow this.")

    for _ in range(5):
        with pytest.raises(AuthenticationError):
            Vault.login(vault_path, "LK", "Forkert-Kode-Helt-99")
    as_user(monkeypatch, OFFICER, PASSWORD)
    code, output = run("--vault", str(vault_path), "accounts", "list")
    assert code == 0
    assert re.search(r"^LK\s+deputy\s+Lars Kjær\s+disabled password-only$", output, re.M)
    code, output = run("--vault", str(vault_path), "accounts", "unlock", "lk")
    assert code == 0 and output == "Account LK unlocked.\n"
    code, _ = run("--vault", str(vault_path), "accounts", "unlock", "LK")
    assert code == 1
    assert_refused(capsys, "is not disabled")
    code, output = run("--vault", str(vault_path), "accounts", "list", "--format", "json")
    assert {row["initials"]: row["disabled"] for row in json.loads(output)} == {
        OFFICER: False, "LK": False}


def test_audit_verify(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, OFFICER, PASSWORD)
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    code, output = run("audit", "verify")
    assert code == 0
    assert re.search(r"^entries: \d+$", output, re.M)
    assert re.search(r"^head: [0-9a-f]{64}$", output, re.M)
    assert "audit trail intact" in output


# --------------------------------------------------------------------------- demo, self-test


def test_demo_creates_a_vault_and_tells_how_to_log_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo" / "demo.vault"
    code, output = run("--vault", str(path), "demo")
    assert code == 0, capsys.readouterr().err
    assert f"Demo vault: {path}" in output
    assert f"Log in as {demo.OFFICER_INITIALS} with password {demo.DEMO_PASSWORD}" in output
    assert "A new demo vault was created." in output
    session = Vault.login(path, demo.OFFICER_INITIALS, demo.DEMO_PASSWORD)
    initials = {a.initials for a in accounts.list_accounts(session)}
    if hasattr(os, "memfd_create"):  # the demo's log: from memory, a control started on it
        from cpradmin import controls

        [control] = controls.list_controls(session.db)
        found = controls.get_control(session.db, control.id)
        assert found.entries_in_scope > 10_000
        assert {"unknown-user", "colleague-lookup", "watchlist"} <= set(found.by_rule)
        assert sum(found.by_rule.values()) < 40  # a few, not a flood
    session.lock("test")
    assert {demo.OFFICER_INITIALS, "LK", "AJ", "MA"} <= initials
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.vault", "demo.vault.keys"]
    before = path.read_bytes()
    code, output = run("--vault", str(path), "demo")  # a second run keeps the vault
    assert code == 0 and "A new demo vault was created." not in output
    assert path.read_bytes() == before


def test_self_test_without_gui(capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run("--self-test", "--no-gui")
    assert code == 0, output + capsys.readouterr().err
    assert "self-test: vault created, opened and locked" in output
    assert re.search(r"self-test: ok in [\d.]+ s", output)
    assert "login window" not in output.lower()


# --------------------------------------------------------------------------- end to end


def test_python_m_cpradmin_end_to_end(vault_path: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update({
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        "CPRADMIN_USER": OFFICER, "CPRADMIN_PASSWORD": PASSWORD,
        "CPRADMIN_NO_KEYRING": "1",  # never the developer's real keyring
    })
    done = subprocess.run(
        [sys.executable, "-m", "cpradmin", "--vault", str(vault_path), "audit", "verify"],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^entries: \d+$", done.stdout, re.M)
    assert "audit trail intact" in done.stdout and done.stderr == ""

    env["CPRADMIN_PASSWORD"] = "Forkert-Kode-Helt-99"
    done = subprocess.run(
        [sys.executable, "-m", "cpradmin", "--vault", str(vault_path), "audit", "verify"],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("cpradmin: Wrong initials or password")
    assert "Traceback" not in done.stderr and done.stdout == ""
