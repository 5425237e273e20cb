"""The vault on disk: failed logins, damaged and foreign files, secrets at rest, kill -9.

Every test works on real SQLCipher files in a temporary folder; nothing of the storage is
mocked. Most "can it be opened?" checks use the recovery key, which takes the same path as a
password login (key file, database, integrity check, session) without the Argon2id cost; a
sample of them also goes through the password login.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from base64 import b64decode, b64encode
from datetime import date, timedelta
from pathlib import Path

import pytest

from cpradmin import accounts, audit
from cpradmin.errors import (
    AuthenticationError,
    CpradminError,
    PermissionDenied,
    ValidationError,
    VaultError,
)
from cpradmin.keyslots import MAX_FAILURES, SlotFile
from cpradmin.models.accounts import Role
from cpradmin.models.cpr import parse_cpr
from cpradmin.models.storage import connection, migrations
from cpradmin.securefiles import atomic_write
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

ROOT = Path(__file__).resolve().parents[1]
PAGE = 4096  # SQLCipher 4 default page size
RESERVE = 80  # per page: 16-byte IV + 64-byte HMAC-SHA512 at the end
NEW_PASSWORD = "Mosekone-Tromle-Fyr-64"
WRONG = "Forkert-Kode-Helt-99"
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and file modes are POSIX")


# --------------------------------------------------------------------------- helpers


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def side_files(path: Path) -> list[str]:
    return [
        suffix for suffix in ("-wal", "-shm", "-journal")
        if path.with_name(path.name + suffix).exists()
    ]


def keys_of(path: Path) -> SlotFile:
    return SlotFile.load(SlotFile.path_for(path))


def all_text(conn: connection.Connection) -> str:
    """Every row of every table, as text: what the encrypted file holds once decrypted."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return "\n".join(
        repr(row) for table in tables for row in conn.execute(f'SELECT * FROM "{table}"')
    )


def assert_clear(exc: CpradminError) -> None:
    """An explained refusal: a sentence for the user, no Python internals."""
    text = str(exc)
    assert text == exc.message.english()
    assert len(text) > 20
    assert text[0].isupper() and text.rstrip().endswith(".")
    assert "Traceback" not in text and "Error(" not in text and "sqlcipher" not in text.lower()


def deputy_with_password(officer: Vault, initials: str, password: str) -> None:
    """Create a deputy and let them replace the one-time password at first login."""
    one_time = accounts.add_account(
        officer, initials=initials, name=f"Stedfortræder {initials}", role=Role.DEPUTY,
        password_only=True,
    )
    session = Vault.login(officer.path, initials, one_time)
    assert session.forced_password_change
    accounts.change_password(session, one_time, password)
    session.lock("test")


def fail_until_disabled(path: Path, initials: str) -> None:
    for attempt in range(1, MAX_FAILURES + 1):
        with pytest.raises(AuthenticationError) as caught:
            Vault.login(path, initials, WRONG)
        expected = "disabled" if attempt == MAX_FAILURES else "Wrong initials or password"
        assert expected in str(caught.value)


# --------------------------------------------------------------------------- failed logins


def test_wrong_password_100_times(vault_path: Path, recovery_key: str) -> None:
    folder = vault_path.parent
    before_hash = sha256(vault_path)
    before_files = listing(folder)

    for attempt in range(1, 101):
        with pytest.raises(AuthenticationError) as caught:
            Vault.login(vault_path, OFFICER, f"{WRONG}-{attempt}")
        assert_clear(caught.value)
        if attempt < MAX_FAILURES:
            assert "Wrong initials or password" in str(caught.value)
            assert "disabled" not in str(caught.value).split(".")[0]
        else:
            assert "This account is disabled after five failed logins" in str(caught.value)
        assert sha256(vault_path) == before_hash
        assert side_files(vault_path) == []
        assert listing(folder) == before_files
        slots = keys_of(vault_path)
        assert slots.failures[OFFICER] == min(attempt, MAX_FAILURES)
        assert (OFFICER in slots.disabled) == (attempt >= MAX_FAILURES)

    # The right password no longer opens it either, and still nothing is written to the vault.
    with pytest.raises(AuthenticationError, match="disabled after five failed logins"):
        Vault.login(vault_path, OFFICER, PASSWORD)
    assert sha256(vault_path) == before_hash
    assert listing(folder) == before_files

    # The officer's own lock is lifted with the recovery key, which forces a new password.
    session = Vault.recover(vault_path, recovery_key)
    assert session.recovered and session.forced_password_change
    accounts.change_password(session, None, NEW_PASSWORD)
    assert not session.forced_password_change
    actions = [e.action for e in audit.entries(session.db)]
    # Events of the closed vault entered the audit trail at the next open, in order.
    assert actions.count("login-failed") == MAX_FAILURES
    assert actions.count("account-disabled") == 1
    assert actions.count("login-refused-disabled") == 100 - MAX_FAILURES + 1
    assert actions.count("recovery-key-used") == 1
    assert audit.verify(session.db).ok
    session.lock("test")

    assert keys_of(vault_path).disabled == {}
    with pytest.raises(AuthenticationError, match="Wrong initials or password"):
        Vault.login(vault_path, OFFICER, PASSWORD)
    Vault.login(vault_path, OFFICER, NEW_PASSWORD).lock("test")
    assert keys_of(vault_path).failures == {}


def test_only_failures_in_a_row_disable(vault_path: Path) -> None:
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationError):
            Vault.login(vault_path, OFFICER, WRONG)
    Vault.login(vault_path, OFFICER, PASSWORD).lock("test")
    assert keys_of(vault_path).failures == {}
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationError):
            Vault.login(vault_path, OFFICER, WRONG)
    assert keys_of(vault_path).disabled == {}
    Vault.login(vault_path, OFFICER, PASSWORD).lock("test")


def test_wrong_recovery_key(vault_path: Path) -> None:
    before = sha256(vault_path)
    with pytest.raises(AuthenticationError) as caught:
        Vault.recover(vault_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert_clear(caught.value)
    assert "recovery key does not open" in str(caught.value)
    assert sha256(vault_path) == before
    assert side_files(vault_path) == []


def test_unknown_initials_never_disable_and_typed_text_is_not_kept(vault_path: Path) -> None:
    """Someone types the password or a CPR number into the initials field by mistake."""
    typed = [PASSWORD, "010190-1234", "Ugle Vinter", "XY"]
    for text in typed * 2:
        with pytest.raises(AuthenticationError) as caught:
            Vault.login(vault_path, text, PASSWORD)
        assert_clear(caught.value)
    raw = SlotFile.path_for(vault_path).read_text("utf-8")
    for secret in (PASSWORD, PASSWORD.upper(), "010190-1234", "0101901234", "UGLE VINTER"):
        assert secret not in raw
    slots = keys_of(vault_path)
    assert slots.failures == {} and slots.disabled == {}
    assert len(slots.pending_events) == len(typed) * 2

    session = Vault.login(vault_path, OFFICER, PASSWORD)
    dump = all_text(session.db)
    failed = [e for e in audit.entries(session.db) if e.action == "login-failed"]
    session.lock("test")
    assert len(failed) == len(typed) * 2
    assert {e.actor for e in failed} == {None, "XY"}  # well-formed initials are kept
    for secret in (PASSWORD, PASSWORD.upper(), "0101901234", "UGLE VINTER"):
        assert secret not in dump


def test_deputy_lock_lifted_by_officer(vault: Vault) -> None:
    deputy_password = "Spurv-Klokke-Hav-52"
    deputy_with_password(vault, "LK", deputy_password)
    fail_until_disabled(vault.path, "LK")
    with pytest.raises(AuthenticationError, match="disabled"):
        Vault.login(vault.path, "LK", deputy_password)

    # The officer's session was open all along: it must see the lock recorded meanwhile.
    accounts.unlock_account(vault, "LK")
    assert not accounts.is_disabled(vault, "LK")
    assert "LK" not in keys_of(vault.path).disabled
    Vault.login(vault.path, "LK", deputy_password).lock("test")
    with pytest.raises(ValidationError, match="is not disabled"):
        accounts.unlock_account(vault, "LK")


def test_open_session_does_not_undo_a_lock_recorded_meanwhile(vault: Vault) -> None:
    """Locking (or any change in) a session that was open must not rewrite stale counters."""
    deputy_password = "Spurv-Klokke-Hav-52"
    deputy_with_password(vault, "LK", deputy_password)
    fail_until_disabled(vault.path, "LK")
    accounts.add_account(vault, initials="MA", name="Mette Andersen", role=Role.AUDITOR)
    vault.lock("test")
    assert "LK" in keys_of(vault.path).disabled
    with pytest.raises(AuthenticationError, match="disabled"):
        Vault.login(vault.path, "LK", deputy_password)
    # The events recorded while the vault was open elsewhere reach the audit trail.
    session = Vault.login(vault.path, OFFICER, PASSWORD)
    events = [(e.actor, e.action) for e in audit.entries(session.db) if e.actor == "LK"]
    anchor_ok = audit.verify(session.db, session.slots.audit_anchor).ok
    session.lock("test")
    assert anchor_ok
    assert events.count(("LK", "login-failed")) == MAX_FAILURES
    assert events.count(("LK", "account-disabled")) == 1
    assert events.count(("LK", "login-refused-disabled")) == 1


def test_deputy_unlocks_only_when_authorised(vault: Vault) -> None:
    first, second = "Spurv-Klokke-Hav-52", "Tusmørke-Lygte-Sø-38"
    deputy_with_password(vault, "LK", first)
    deputy_with_password(vault, "AJ", second)
    fail_until_disabled(vault.path, "AJ")

    helper = Vault.login(vault.path, "LK", first)
    with pytest.raises(PermissionDenied) as caught:
        accounts.unlock_account(helper, "AJ")
    assert_clear(caught.value)
    helper.lock("test")
    assert "AJ" in keys_of(vault.path).disabled

    accounts.update_account(vault, "LK", may_unlock_accounts=True)
    helper = Vault.login(vault.path, "LK", first)
    accounts.unlock_account(helper, "AJ")
    # ... but never the officer's account: that takes an officer or the recovery key.
    helper.lock("test")
    vault.lock("test")
    fail_until_disabled(vault.path, OFFICER)
    helper = Vault.login(vault.path, "LK", first)
    with pytest.raises(ValidationError, match="officer"):
        accounts.unlock_account(helper, OFFICER)
    helper.lock("test")
    assert OFFICER in keys_of(vault.path).disabled
    Vault.login(vault.path, "AJ", second).lock("test")


# --------------------------------------------------------------------------- secrets at rest

FIRST_NAMES = (
    "Søren", "Åse", "Bjørn", "Mathilde", "Frederikke", "Asger", "Æbbe", "Rasmus", "Ingeborg",
    "Kristoffer", "Valdemar", "Sigrid", "Gunnhild", "Thorvald", "Margrethe", "Ludvig", "Karoline",
    "Torben", "Henrietta", "Jørgen", "Vibeke", "Anders", "Benedikte", "Cornelius", "Dorthea",
    "Eskild", "Filippa", "Gorm", "Hjørdis", "Ivar", "Jytte", "Kasimir", "Laurits", "Merete",
    "Nikolaj", "Oluf", "Pernille", "Regitze", "Svend", "Tove",
)
LAST_NAMES = (
    "Kjærsgaard", "Østergård", "Bæksted", "Møllerup", "Thygesen", "Fjordside", "Lundquist",
    "Skovbjerg", "Ravnsborg", "Hedegaard", "Vesterlund", "Brøndum", "Aagaard", "Mortensgaard",
    "Krogshede", "Ellehammer", "Nørrekær", "Dalsgaard", "Fabricius", "Grønbech", "Holmboe",
    "Iversholm", "Juulsgaard", "Kragelund", "Løvenskjold", "Munksgaard", "Nyegaard", "Overgaard",
    "Pallesen", "Quistgaard", "Rosenkrantz", "Sandahl", "Tranekær", "Ulfeldt", "Vognsen",
    "Wedelsborg", "Ygdesen", "Zachariassen", "Abildgaard", "Bredahl",
)


def synthetic_people(count: int, seed: int = 20240517) -> list[tuple[str, str]]:
    """Seeded unique names and valid CPR numbers (modulus 11 included), 1940-1999."""
    rng = random.Random(seed)
    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(names)
    cprs: set[str] = set()
    people = []
    for name in names[:count]:
        while True:
            born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 60))
            serial = f"{rng.randrange(0, 4)}{rng.randrange(1000):03d}"
            digits = born.strftime("%d%m%y") + serial
            if digits in cprs:
                continue
            cpr = parse_cpr(digits)
            if cpr.modulus11_ok and cpr.birth_date == born:
                cprs.add(digits)
                people.append((name, digits))
                break
    return people


def _alternation(words: list[str], encoding: str) -> bytes:
    return b"(?:" + b"|".join(re.escape(w.encode(encoding)) for w in words) + b")"


_DIGIT = {"utf-8": b"[0-9]", "utf-16-le": b"(?:[0-9]\x00)", "utf-16-be": b"(?:\x00[0-9])"}


def find_secrets(blob: bytes, names: set[str], cprs: set[str]) -> set[str]:
    """Every synthetic name (UTF-8, UTF-16) and CPR number (10 digits, DDMMYY-SSSS) in *blob*."""
    found: set[str] = set()
    for encoding, digit in _DIGIT.items():
        space = " ".encode(encoding)
        pattern = re.compile(
            _alternation(sorted(FIRST_NAMES), encoding) + re.escape(space)
            + _alternation(sorted(LAST_NAMES), encoding)
        )
        for match in pattern.finditer(blob):
            text = match.group().decode(encoding)
            if text in names:
                found.add(text)
        hyphen = re.escape("-".encode(encoding))
        for shape in (digit + b"{10}", digit + b"{6}" + hyphen + digit + b"{4}"):
            for match in re.finditer(b"(?=(" + shape + b"))", blob):
                digits = match.group(1).decode(encoding).replace("-", "")
                if digits in cprs:
                    found.add(digits)
    return found


def scan_folder(folder: Path, names: set[str], cprs: set[str]) -> dict[str, set[str]]:
    hits: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            found = find_secrets(path.read_bytes(), names, cprs)
            if found:
                hits[path.name] = found
    return hits


def test_names_and_cpr_numbers_never_on_disk_in_clear(vault: Vault, tmp_path: Path) -> None:
    people = synthetic_people(1000)
    names = {name for name, _ in people}
    cprs = {cpr for _, cpr in people}
    assert len(names) == len(cprs) == 1000
    rng = random.Random(7)
    letters = "ABCDEFGHIJKLMNOPRSTUVXYZ"
    initials = rng.sample([a + b + c for a in letters for b in letters for c in letters], 1000)
    now = vault.clock.now().isoformat()
    with vault.change("test-seed") as conn:
        conn.executemany(
            "INSERT INTO accounts (initials, name, role, cpr, family_names, history_salt, "
            "created_at, active) VALUES (?, ?, 'auditor', ?, ?, ?, ?, 0)",
            [
                (ini, name, cpr, json.dumps([name], ensure_ascii=False), os.urandom(16), now)
                for ini, (name, cpr) in zip(initials, people, strict=True)
            ],
        )
    stored = vault.db.execute("SELECT name, cpr FROM accounts WHERE role = 'auditor'").fetchall()
    assert {row[0] for row in stored} == names and {row[1] for row in stored} == cprs

    folder = vault.path.parent
    assert side_files(vault.path) == ["-wal", "-shm"]  # the session is open: WAL in use
    assert vault.path.with_name(vault.path.name + "-wal").stat().st_size > 100_000
    assert scan_folder(folder, names, cprs) == {}

    # Control: the same scanner finds every one of them in a plaintext copy of the database.
    control = tmp_path / "control" / "plain.db"
    control.parent.mkdir()
    vault.db.execute(f"ATTACH DATABASE '{control}' AS plaintext KEY ''")
    vault.db.execute("SELECT sqlcipher_export('plaintext')")
    vault.db.execute("DETACH DATABASE plaintext")
    assert find_secrets(control.read_bytes(), names, cprs) == names | cprs
    control.unlink()
    utf16 = "\n".join(f"{name} {cpr[:6]}-{cpr[6:]}" for name, cpr in people[:50])
    assert len(find_secrets(utf16.encode("utf-16-le"), names, cprs)) == 100
    assert len(find_secrets(utf16.encode("utf-16-be"), names, cprs)) == 100

    vault.lock("test")
    assert side_files(vault.path) == []
    assert scan_folder(folder, names, cprs) == {}
    if os.name == "posix":
        for path in folder.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@posix_only
def test_new_vault_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "fresh" / "cpradmin.vault"
        created = Vault.create(
            path, officer_name="Pia Holm", initials=OFFICER, password=PASSWORD,
            password_only=True,
        )
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
        created.vault.lock("test")
    finally:
        os.umask(previous)
    assert modes == {
        "cpradmin.vault": 0o600, "cpradmin.vault-wal": 0o600, "cpradmin.vault-shm": 0o600,
        "cpradmin.vault.keys": 0o600,
    }
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(SlotFile.path_for(path).stat().st_mode) == 0o600


def test_lock_wipes_the_key_and_anchors_the_trail(vault: Vault) -> None:
    key_buffer = vault._key
    assert any(key_buffer)
    vault.lock("test")
    assert not vault.is_open and not any(key_buffer)
    with pytest.raises(VaultError, match="locked"):
        _ = vault.db
    with pytest.raises(VaultError, match="locked"):
        _ = vault.data_key
    vault.lock("again")  # harmless
    anchor = keys_of(vault.path).audit_anchor
    session = Vault.login(vault.path, OFFICER, PASSWORD)
    lock_entry = session.db.execute(
        "SELECT action, hash FROM audit_log WHERE seq = ?", (anchor["count"],)
    ).fetchone()
    session.lock("test")
    assert lock_entry == ("lock", anchor["head"])


def test_change_commits_with_its_audit_entry_or_not_at_all(vault: Vault) -> None:
    count = audit.head(vault.db)[0]
    with pytest.raises(RuntimeError), vault.change("settings-changed", "settings") as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        raise RuntimeError("cancelled")
    assert audit.head(vault.db)[0] == count
    assert vault.setting("x", "none") == "none"
    with vault.change("settings-changed", "settings", {"x": "2"}) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('x', '2')")
    assert vault.setting("x", "none") == "2"
    last = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert (last.seq, last.action, last.actor) == (count + 1, "settings-changed", OFFICER)


def test_create_refuses_an_existing_vault_and_a_weak_password(
    vault_path: Path, tmp_path: Path
) -> None:
    before = sha256(vault_path)
    with pytest.raises(VaultError, match="already exists"):
        Vault.create(vault_path, officer_name="Ny Person", initials="NP", password=PASSWORD)
    assert sha256(vault_path) == before
    target = tmp_path / "weak" / "cpradmin.vault"
    with pytest.raises(ValidationError) as caught:
        Vault.create(target, officer_name="Pia Holm", initials=OFFICER, password="pia12345")
    assert caught.value.details  # names the rules
    assert not target.exists() and not SlotFile.path_for(target).exists()


# --------------------------------------------------------------------------- damaged files


def _work_copy(template_vault: tuple[Path, str], tmp_path: Path) -> tuple[Path, bytes]:
    source, _ = template_vault
    work = tmp_path / "work" / "cpradmin.vault"
    work.parent.mkdir(mode=0o700)
    shutil.copy2(SlotFile.path_for(source), SlotFile.path_for(work))
    return work, source.read_bytes()


def _flip_offsets(size: int, seed: int = 4) -> list[int]:
    pages = size // PAGE
    chosen = list(range(16))  # the salt
    chosen += [16, 24, 100, PAGE - RESERVE - 1]  # page 1 content, before its reserve
    for page in (1, 2, pages // 2, pages - 1):  # page headers and reserves (IV, HMAC)
        start = page * PAGE
        chosen += [start, start + 8, start + PAGE - RESERVE, start + PAGE - 64, start + PAGE - 1]
    chosen += [size - PAGE, size - PAGE // 2, size - 1]  # the last page
    chosen = list(dict.fromkeys(chosen))
    rng = random.Random(seed)
    taken = set(chosen)
    chosen += rng.sample([o for o in range(size) if o not in taken], 60 - len(chosen))
    assert len(set(chosen)) == 60
    return chosen


def _refused(
    path: Path, open_it, *, expected: type[CpradminError] = VaultError, keys_kept: bool = True
) -> str:
    folder = path.parent
    files = listing(folder)
    content = path.read_bytes() if path.is_file() else None
    keys = SlotFile.path_for(path).read_bytes() if SlotFile.path_for(path).exists() else None
    with pytest.raises(CpradminError) as caught:
        open_it(path)
    assert type(caught.value) is expected, caught.value
    assert_clear(caught.value)
    if path.is_file():
        assert path.read_bytes() == content, "the refused file was modified"
    if keys is not None and keys_kept:
        assert SlotFile.path_for(path).read_bytes() == keys
    assert listing(folder) == files, "side files were left behind"
    return str(caught.value)


def test_single_byte_flips_are_refused(
    template_vault: tuple[Path, str], tmp_path: Path, recovery_key: str
) -> None:
    work, original = _work_copy(template_vault, tmp_path)
    assert len(original) % PAGE == 0 and len(original) // PAGE >= 4
    offsets = _flip_offsets(len(original))
    for number, offset in enumerate(offsets):
        flipped = bytearray(original)
        flipped[offset] ^= 1 << (number % 8)
        work.write_bytes(flipped)
        message = _refused(work, lambda p: Vault.recover(p, recovery_key))
        assert str(work) in message, offset
        if number % 6 == 0:  # a sample through the password login too
            message = _refused(work, lambda p: Vault.login(p, OFFICER, PASSWORD))
            assert str(work) in message
    assert keys_of(work).failures == {}
    work.write_bytes(original)  # control: the unflipped copy opens
    Vault.recover(work, recovery_key).lock("test")


def test_truncated_vault_is_refused(
    template_vault: tuple[Path, str], tmp_path: Path, recovery_key: str
) -> None:
    work, original = _work_copy(template_vault, tmp_path)
    size = len(original)
    lengths = [0, 1, 15, 16, 1000, 1024, PAGE // 2, PAGE, PAGE + 100, 2 * PAGE,
               (size // PAGE // 2) * PAGE + 1234, size - PAGE, size - RESERVE, size - 1]
    for length in lengths:
        work.write_bytes(original[:length])
        message = _refused(work, lambda p: Vault.recover(p, recovery_key))
        assert str(work) in message
        assert "truncated" in message or "damaged" in message
    work.write_bytes(original[: size // 2])
    _refused(work, lambda p: Vault.login(p, OFFICER, PASSWORD))


def test_foreign_files_are_refused(
    template_vault: tuple[Path, str], tmp_path: Path, recovery_key: str
) -> None:
    work, original = _work_copy(template_vault, tmp_path)
    plain = sqlite3.connect(work)
    plain.execute("CREATE TABLE people (name TEXT, cpr TEXT)")
    plain.executemany("INSERT INTO people VALUES (?, ?)",
                      [(f"Person {i}", f"{i:010d}") for i in range(500)])
    plain.commit()
    plain.close()
    assert work.read_bytes().startswith(b"SQLite format 3\x00")
    for open_it in (lambda p: Vault.recover(p, recovery_key),
                    lambda p: Vault.login(p, OFFICER, PASSWORD)):
        assert str(work) in _refused(work, open_it)
    work.write_bytes(random.Random(1).randbytes(len(original)))
    assert str(work) in _refused(work, lambda p: Vault.recover(p, recovery_key))
    work.unlink()
    work.mkdir()  # a folder where the file should be
    assert "No vault file" in _refused(work, lambda p: Vault.recover(p, recovery_key))
    work.rmdir()
    assert "No vault file" in _refused(work, lambda p: Vault.login(p, OFFICER, PASSWORD))


def test_missing_key_file(template_vault: tuple[Path, str], tmp_path: Path) -> None:
    work, original = _work_copy(template_vault, tmp_path)
    work.write_bytes(original)
    SlotFile.path_for(work).unlink()
    message = _refused(work, lambda p: Vault.login(p, OFFICER, PASSWORD))
    assert str(SlotFile.path_for(work)) in message and "missing" in message


def test_key_file_of_another_vault(
    template_vault: tuple[Path, str], tmp_path: Path, recovery_key: str
) -> None:
    other = Vault.create(
        tmp_path / "other" / "cpradmin.vault", officer_name="Pia Holm", initials=OFFICER,
        password=PASSWORD, password_only=True,
    )
    other.vault.lock("test")
    work, original = _work_copy(template_vault, tmp_path)
    work.write_bytes(original)
    shutil.copy2(SlotFile.path_for(other.vault.path), SlotFile.path_for(work))
    message = _refused(work, lambda p: Vault.login(p, OFFICER, PASSWORD))
    assert str(work) in message and "another vault" in message
    _refused(work, lambda p: Vault.recover(p, other.recovery_key))
    # This vault's own recovery key does not fit the other vault's recovery slot.
    _refused(work, lambda p: Vault.recover(p, recovery_key), expected=AuthenticationError,
             keys_kept=False)  # the failed recovery is noted for the audit trail


def _edit_keys(path: Path, change) -> None:
    raw = json.loads(SlotFile.path_for(path).read_bytes())
    change(raw)
    SlotFile.path_for(path).write_text(json.dumps(raw), "utf-8")


def _flip_b64(text: str, index: int) -> str:
    data = bytearray(b64decode(text))
    data[index % len(data)] ^= 0x01
    return b64encode(bytes(data)).decode("ascii")


def test_damaged_key_file(
    template_vault: tuple[Path, str], tmp_path: Path, recovery_key: str
) -> None:
    work, original = _work_copy(template_vault, tmp_path)
    work.write_bytes(original)
    pristine = SlotFile.path_for(work).read_bytes()

    def restore() -> None:
        SlotFile.path_for(work).write_bytes(pristine)

    def login(path: Path) -> Vault:
        return Vault.login(path, OFFICER, PASSWORD)

    # A sealed slot that was altered cannot be told from a wrong password (AES-GCM tag).
    for field, index in (("sealed", 0), ("sealed", 20), ("sealed", -1), ("nonce", 3),
                         ("salt", 5)):
        restore()
        _edit_keys(work, lambda raw, f=field, i=index: raw["slots"][OFFICER].__setitem__(
            f, _flip_b64(raw["slots"][OFFICER][f], i)))
        with pytest.raises(AuthenticationError, match="Wrong initials or password"):
            login(work)
        assert sha256(work) == hashlib.sha256(original).hexdigest()
    restore()
    _edit_keys(work, lambda raw: raw["recovery"].__setitem__(
        "sealed", _flip_b64(raw["recovery"]["sealed"], 7)))
    with pytest.raises(AuthenticationError, match="recovery key does not open"):
        Vault.recover(work, recovery_key)

    damaged = {
        "empty": lambda: SlotFile.path_for(work).write_bytes(b""),
        "half": lambda: SlotFile.path_for(work).write_bytes(pristine[: len(pristine) // 2]),
        "binary": lambda: SlotFile.path_for(work).write_bytes(os.urandom(300)),
        "json list": lambda: SlotFile.path_for(work).write_text("[]"),
        "json string": lambda: SlotFile.path_for(work).write_text('"cpradmin-keyslots"'),
        "format": lambda: _edit_keys(work, lambda raw: raw.__setitem__("format", "x")),
        "slots list": lambda: _edit_keys(work, lambda raw: raw.__setitem__("slots", [])),
        "slot list": lambda: _edit_keys(work, lambda raw: raw["slots"].__setitem__(OFFICER, [])),
        "bad base64": lambda: _edit_keys(
            work, lambda raw: raw["slots"][OFFICER].__setitem__("salt", "!!not base64!!")),
        "kdf too small": lambda: _edit_keys(
            work, lambda raw: raw["slots"][OFFICER]["kdf"].__setitem__("memory_kib", 1)),
        "kdf absurd": lambda: _edit_keys(
            work, lambda raw: raw["slots"][OFFICER]["kdf"].__setitem__("memory_kib", 2**40)),
        "kdf unknown": lambda: _edit_keys(
            work, lambda raw: raw["slots"][OFFICER]["kdf"].__setitem__("rounds", 3)),
        "failures": lambda: _edit_keys(work, lambda raw: raw.__setitem__("failures", {"PH": "x"})),
        "event time": lambda: _edit_keys(work, lambda raw: raw.__setitem__(
            "pending_events", [{"at": "yesterday", "actor": "PH", "action": "login-failed"}])),
        "event": lambda: _edit_keys(work, lambda raw: raw.__setitem__("pending_events", [7])),
        "anchor": lambda: _edit_keys(
            work, lambda raw: raw.__setitem__("audit_anchor", {"count": "many", "head": 1})),
    }
    for name, damage in damaged.items():
        restore()
        damage()
        for open_it in (login, lambda p: Vault.recover(p, recovery_key)):
            message = _refused(work, open_it)
            assert str(SlotFile.path_for(work)) in message, name
            assert "damaged" in message, name
    restore()
    login(work).lock("test")  # control


# --------------------------------------------------------------------------- kill -9

CHILD_LOGIN = """
import os, sys
from cpradmin.errors import AuthenticationError
from cpradmin.vault import Vault
try:
    Vault.login(sys.argv[1], sys.argv[2], sys.argv[3])
except AuthenticationError:
    os.kill(os.getpid(), 9)
sys.exit(3)
"""

CHILD_WRITER = """
import json, sys
from pathlib import Path
from cpradmin.securefiles import atomic_write
target, size = Path(sys.argv[1]), int(sys.argv[2])
version = json.loads(target.read_bytes())["version"]
while True:
    version += 1
    body = {"version": version, "pad": chr(65 + version % 26) * size, "check": version * 7}
    atomic_write(target, json.dumps(body).encode())
"""


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["CPRADMIN_NO_KEYRING"] = "1"  # never the developer's real keyring
    return env


@posix_only
def test_failure_counter_survives_kill_9(vault_path: Path) -> None:
    before = sha256(vault_path)
    for attempt in range(1, MAX_FAILURES + 1):
        child = subprocess.run(
            [sys.executable, "-c", CHILD_LOGIN, str(vault_path), OFFICER, WRONG],
            env=_child_env(), capture_output=True, text=True, timeout=60,
        )
        assert child.returncode == -signal.SIGKILL, child.stderr
        slots = keys_of(vault_path)  # parses: the write finished before the kill
        assert slots.failures[OFFICER] == attempt
        assert (OFFICER in slots.disabled) == (attempt == MAX_FAILURES)
        assert listing(vault_path.parent) == {vault_path.name, SlotFile.path_for(vault_path).name}
    assert sha256(vault_path) == before
    with pytest.raises(AuthenticationError, match="disabled after five failed logins"):
        Vault.login(vault_path, OFFICER, PASSWORD)


@posix_only
def test_atomic_write_survives_kill_9(tmp_path: Path) -> None:
    """The target is always one complete version; only the writer's temp file may remain."""
    folder = tmp_path / "atomic"
    target = folder / "state.json"
    size = 3_000_000
    atomic_write(target, json.dumps({"version": 0, "pad": "A" * size, "check": 0}).encode())
    rng = random.Random(99)
    last = 0
    leftovers: set[str] = set()
    for _ in range(8):
        writer = subprocess.Popen(
            [sys.executable, "-c", CHILD_WRITER, str(target), str(size)], env=_child_env(),
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while json.loads(target.read_bytes())["version"] == last:  # it has started writing
            assert writer.poll() is None, writer.stderr.read() if writer.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        body = json.loads(target.read_bytes())  # parses: never half a file
        assert body["check"] == body["version"] * 7
        assert body["pad"] == chr(65 + body["version"] % 26) * size
        assert body["version"] > last
        last = body["version"]
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        others = listing(folder) - {target.name}
        assert all(re.fullmatch(r"\.state\.json\.[^/]+\.tmp", name) for name in others), others
        leftovers |= others
    # A writer killed between mkstemp and os.replace cannot clean up its temp file: it stays,
    # private (0600), and is never read. The next atomic_write is unaffected by it.
    for name in leftovers & listing(folder):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    atomic_write(target, b'{"version": -1}')
    assert json.loads(target.read_bytes()) == {"version": -1}


# --------------------------------------------------------------------------- migrations


def test_new_vault_has_the_newest_schema(vault: Vault) -> None:
    assert migrations.schema_version(vault.db) == len(migrations.MIGRATIONS)
    assert vault.db.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
    assert migrations.migrate(vault.db) == len(migrations.MIGRATIONS)  # idempotent


def test_vault_from_a_newer_program_is_refused(vault: Vault, recovery_key: str) -> None:
    newer = len(migrations.MIGRATIONS) + 1
    vault.db.execute(f"PRAGMA user_version = {newer}")
    vault.lock("test")
    for open_it in (lambda p: Vault.login(p, OFFICER, PASSWORD),
                    lambda p: Vault.recover(p, recovery_key)):
        message = _refused(vault.path, open_it)
        assert f"schema {newer}" in message and "newer cpradmin" in message
    key = bytes(32)
    with pytest.raises(VaultError):  # and a wrong raw key never gets as far as the schema
        connection.connect(vault.path, key)
    assert side_files(vault.path) == []
