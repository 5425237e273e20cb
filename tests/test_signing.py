"""Signing certificates, PAdES signatures and their verification; signed reports kept in the
vault; the ``report`` CLI. Signatures are checked by pyHanko and, independently, by poppler's
``pdfsig``; tampering (a flipped byte, an appended update) is caught; nothing unsigned or
secret reaches the disk while signing."""

from __future__ import annotations

import ctypes
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from cpradmin import audit, cli, reports, signing
from cpradmin.errors import AuthenticationError, PermissionDenied, ValidationError
from cpradmin.keyslots import SlotFile
from cpradmin.models.accounts import Role
from cpradmin.report_pdf import render
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD
from tests.test_report_pdf import CPR_LIKE, flat_text, sample_document

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None,
                                  reason="poppler-utils not installed")


def p12_file(password: bytes, *, days: int = 365, usage_ok: bool = True,
             common_name: str = "Pia Holm (MitID Erhverv)") -> tuple[bytes, x509.Certificate]:
    """A PKCS#12 like an OCES/MitID Erhverv file: a CA-issued certificate with its chain
    (EC keys: quick to make; the authority certificate test covers RSA)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA")])
    now = datetime.now(UTC)
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - timedelta(days=400)).not_valid_after(now + timedelta(days=900))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testkommune")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - timedelta(days=400)).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.KeyUsage(
                digital_signature=usage_ok, content_commitment=usage_ok,
                key_encipherment=not usage_ok, data_encipherment=False, key_agreement=False,
                key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
                critical=True)
            .sign(ca_key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        b"pia", key, cert, [ca], serialization.BestAvailableEncryption(password))
    return data, ca


@pytest.fixture
def authority_cert(vault: Vault) -> signing.CertificateInfo:
    return signing.create_authority_certificate(vault)


@pytest.fixture(scope="module")
def signed(template_vault: tuple[Path, str],
           tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, list[bytes]]:
    """(unsigned, signed, trusted certificates) of the sample document, made once in a vault
    of its own: the tests that only check a signed file share it."""
    folder = tmp_path_factory.mktemp("signed")
    shutil.copy2(template_vault[0], folder / "v.vault")
    shutil.copy2(SlotFile.path_for(template_vault[0]), SlotFile.path_for(folder / "v.vault"))
    session = Vault.login(folder / "v.vault", OFFICER, PASSWORD)
    try:
        signing.create_authority_certificate(session)
        unsigned = render(sample_document(rows=40, findings=5))
        data = signing.sign_pdf(session, unsigned, password=PASSWORD)
        trusted = signing.trusted_certificates(session.db)
    finally:
        session.lock("test")
    return unsigned, data, trusted


def pdfsig(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return result.stdout + result.stderr


# -- certificates ----------------------------------------------------------------------------


def test_authority_certificate(vault: Vault, authority_cert: signing.CertificateInfo) -> None:
    info = authority_cert
    assert info.common_name == "Testkommune cpradmin signing"
    assert info.origin == "created" and info.owner is None and info.active
    years = (info.not_after - info.not_before).days / 365.25
    assert 4.99 < years < 5.01
    cert = x509.load_pem_x509_certificate(signing.certificate_pem(vault.db, info.id))
    assert hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest() == \
        info.fingerprint
    assert signing.list_certificates(vault.db) == [info]
    assert signing.certificate_for_signing(vault) == info
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert entry.action == "signing-certificate-added" and "PRIVATE" not in entry.details


def test_the_key_is_stored_wrapped_and_only_the_vault_opens_it(
        vault: Vault, authority_cert: signing.CertificateInfo) -> None:
    sealed = bytes(vault.db.execute("SELECT key_p12 FROM signing_certificates").fetchone()[0])
    assert b"PRIVATE KEY" not in sealed
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(sealed, None)
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(sealed, PASSWORD.encode())
    key, cert, _chain = pkcs12.load_key_and_certificates(
        sealed, signing._wrap_passphrase(vault, authority_cert.fingerprint))
    assert key is not None and cert is not None


def test_import_pkcs12(vault: Vault, tmp_path: Path) -> None:
    data, _ca = p12_file(b"p12-secret")
    with pytest.raises(ValidationError, match="password is wrong"):
        signing.import_pkcs12(vault, data, "wrong")
    path = tmp_path / "pia.p12"
    path.write_bytes(data)
    info = signing.import_pkcs12_file(vault, path, "p12-secret")
    assert info.origin == "imported" and info.owner == OFFICER
    assert info.common_name == "Pia Holm (MitID Erhverv)"
    with pytest.raises(ValidationError, match="already in the vault"):
        signing.import_pkcs12(vault, data, b"p12-secret")
    expired, _ = p12_file(b"x", days=-1)
    with pytest.raises(ValidationError, match="expired"):
        signing.import_pkcs12(vault, expired, "x")
    wrong_use, _ = p12_file(b"x", usage_ok=False)
    with pytest.raises(ValidationError, match="key usage"):
        signing.import_pkcs12(vault, wrong_use, "x")
    with pytest.raises(ValidationError, match="PKCS#12"):
        signing.import_pkcs12(vault, b"not a certificate", "x")


def test_who_signs_with_which_certificate(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="no signing certificate"):
        signing.certificate_for_signing(vault)
    authority = signing.create_authority_certificate(vault, algorithm="rsa")
    assert signing.certificate_for_signing(vault) == authority
    data, _ = p12_file(b"s")
    personal = signing.import_pkcs12(vault, data, "s")
    assert signing.certificate_for_signing(vault) == personal  # one's own first
    officer = vault.account
    vault.account = replace(officer, initials="DE", role=Role.DEPUTY)
    try:
        assert signing.certificate_for_signing(vault) == authority
        with pytest.raises(PermissionDenied, match="belongs to PH"):
            signing.certificate_for_signing(vault, personal.id)
    finally:
        vault.account = officer
    signing.retire_certificate(vault, personal.id)
    assert signing.certificate_for_signing(vault) == authority
    with pytest.raises(ValidationError, match="retired"):
        signing.certificate_for_signing(vault, personal.id)


# -- signing and verifying ----------------------------------------------------------------------


def test_signing_asks_for_the_password(vault: Vault,
                                       authority_cert: signing.CertificateInfo) -> None:
    before = audit.head(vault.db)[0]
    with pytest.raises(AuthenticationError, match="Wrong password"):
        signing.sign_pdf(vault, render(sample_document(rows=5, findings=1)), password="nope")
    actions = [e.action for e in audit.entries(vault.db, newest_first=True, limit=2)]
    assert actions[0] == "confirmation-failed" and audit.head(vault.db)[0] == before + 1


def test_a_signed_pdf_verifies(signed: tuple[bytes, bytes, list[bytes]]) -> None:
    unsigned, data, trusted = signed
    assert data.startswith(unsigned)  # the signature is an incremental update
    result = signing.verify_pdf(data, trusted)
    assert result.ok and result.signed and result.intact and result.valid and result.trusted
    assert not result.modified_after_signing
    assert result.signer == "Testkommune cpradmin signing"
    assert result.signed_at is not None
    assert abs(result.signed_at - datetime.now(UTC)) < timedelta(minutes=5)
    untrusted = signing.verify_pdf(data)
    assert untrusted.ok and not untrusted.trusted and not untrusted.trust_checked
    stranger = x509.load_pem_x509_certificate(p12_pem())
    other = signing.verify_pdf(data, [stranger])
    assert not other.ok and other.trust_checked and not other.trusted
    assert not CPR_LIKE.search(flat_text(data))


def test_signing_is_audited(vault: Vault, authority_cert: signing.CertificateInfo) -> None:
    unsigned = render(sample_document(rows=3, findings=1))
    data = signing.sign_pdf(vault, unsigned, password=PASSWORD)
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert entry.action == "pdf-signed" and entry.object == f"certificate:{authority_cert.id}"
    details = entry.details_dict()
    assert details["sha256"] == hashlib.sha256(data).hexdigest()
    assert details["unsigned_sha256"] == hashlib.sha256(unsigned).hexdigest()


def p12_pem() -> bytes:
    _data, ca = p12_file(b"z")
    return ca.public_bytes(serialization.Encoding.PEM)


def test_a_personal_certificate_with_its_chain_verifies(vault: Vault) -> None:
    data, ca = p12_file(b"s")
    signing.import_pkcs12(vault, data, "s")
    pdf = signing.sign_pdf(vault, render(sample_document(rows=3, findings=1)),
                           password=PASSWORD)
    result = signing.verify_pdf(pdf, [ca.public_bytes(serialization.Encoding.PEM)])
    assert result.ok and result.trusted and result.signer == "Pia Holm (MitID Erhverv)"


@needs_pdfsig
def test_pdfsig_validates_independently(signed: tuple[bytes, bytes, list[bytes]],
                                        tmp_path: Path) -> None:
    report = pdfsig(signed[1], tmp_path)
    assert "Signature is Valid" in report, report
    assert "Total document signed" in report
    assert "Testkommune cpradmin signing" in report


def test_one_flipped_byte_is_detected(signed: tuple[bytes, bytes, list[bytes]],
                                      tmp_path: Path) -> None:
    unsigned, data, trusted = signed
    start = unsigned.index(b"stream", len(unsigned) // 2) + 40  # inside a content stream
    flipped = bytearray(data)
    flipped[start] ^= 0x01
    result = signing.verify_pdf(bytes(flipped), trusted)
    assert result.signed and not result.intact and not result.ok
    assert "does not match its signature" in result.message.english()
    if shutil.which("pdfsig"):
        assert "Signature is Valid" not in pdfsig(bytes(flipped), tmp_path)


def test_an_appended_update_is_detected(signed: tuple[bytes, bytes, list[bytes]]) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed[1]))
    info = writer.trailer["/Info"].get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("Changed after signing")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    result = signing.verify_pdf(out.getvalue(), signed[2])
    assert result.signed and result.intact and result.valid
    assert result.modified_after_signing and not result.ok
    assert "added to the document after it was signed" in result.message.english()


def test_unsigned_and_unreadable_files(signed: tuple[bytes, bytes, list[bytes]]) -> None:
    plain = signing.verify_pdf(signed[0])
    assert not plain.signed and not plain.ok
    assert "no digital signature" in plain.message.english()
    junk = signing.verify_pdf(b"%PDF-1.4 nothing here")
    assert not junk.ok and "not a readable PDF" in junk.message.english()


def _files_under(*folders: Path) -> set[Path]:
    found: set[Path] = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            found |= {Path(root) / f for f in files}
    return found


def test_signing_writes_no_file_anywhere(vault: Vault, authority_cert: signing.CertificateInfo,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """No unsigned copy and no key material on disk: the temp folder and the vault folder
    hold no new file during signing or after it, and ``tempfile`` is never asked for one."""
    from pyhanko.sign import signers

    private_tmp = vault.path.parent.parent / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))  # this process's temp folder
    folders = (Path(tempfile.gettempdir()), vault.path.parent)
    made = reports.make_report(vault, "access", {"on": date(2025, 4, 1).isoformat()})
    before = _files_under(*folders)
    during: list[set[Path]] = []
    original = signers.sign_pdf

    def spying(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        during.append(_files_under(*folders) - before)
        return result

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a temporary file was asked for while signing")

    with monkeypatch.context() as patched:
        patched.setattr(signers, "sign_pdf", spying)
        for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile",
                     "SpooledTemporaryFile"):
            patched.setattr(tempfile, name, refuse)
        stored, data = reports.sign_and_store(vault, made, password=PASSWORD)
    after = _files_under(*folders) - before
    assert during == [set()]
    # The vault's own files change in place (SQLCipher WAL), but nothing new appears
    # except SQLCipher's WAL/SHM companions of the vault itself.
    assert all(p.name.startswith(vault.path.name) for p in after), after
    assert stored.signed and data.startswith(made.pdf)


# -- keeping reports ---------------------------------------------------------------------------


def test_store_list_fetch_and_regenerate(vault: Vault,
                                         authority_cert: signing.CertificateInfo) -> None:
    made = reports.make_report(vault, "unlocks", {"start": "2025-01-01", "end": "2025-03-31"},
                               lang="en")
    stored, data = reports.sign_and_store(vault, made, password=PASSWORD)
    assert stored.kind == "unlocks" and stored.signed and stored.control_id is None
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.unsigned_sha256 == hashlib.sha256(made.pdf).hexdigest()
    assert stored.signer == "Testkommune cpradmin signing"
    assert reports.list_reports(vault.db) == [stored]
    assert reports.list_reports(vault.db, kind="access") == []
    assert reports.fetch_report(vault.db, stored.id) == data
    assert reports.check_regenerates(vault.db, stored.id)
    vault.db.execute("UPDATE reports SET pdf = ? WHERE id = ?", (data + b"\n", stored.id))
    with pytest.raises(ValidationError, match="does not match its recorded SHA-256"):
        reports.fetch_report(vault.db, stored.id)
    actions = [e.action for e in audit.entries(vault.db, newest_first=True, limit=2)]
    assert actions == ["report-stored", "pdf-signed"]


def test_the_report_states_the_audit_anchor_before_signing(
        vault: Vault, authority_cert: signing.CertificateInfo) -> None:
    count, head = audit.head(vault.db)
    made = reports.make_report(vault, "access", {"on": "2025-04-01"})
    text = flat_text(made.pdf)
    assert f"{count:,}".replace(",", ".") in text
    assert " ".join(head[i:i + 8] for i in range(0, 64, 8)) in text


# -- the CLI ------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    umask = os.umask(0o077)
    os.umask(umask)
    yield vault_path
    os.umask(umask)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # main() hardens the process; undo for pytest


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(argv), out=out), out.getvalue()


def test_cli_sign_verify_and_tamper(cli_env: Path, tmp_path: Path) -> None:
    code, out = run("report", "certificate", "create")
    assert code == 0 and "cpradmin signing" in out
    code, out = run("report", "unlocks", "--from", "2025-01-01", "--to", "2025-03-31",
                    "--pdf", str(tmp_path / "u.pdf"), "--sign", "--lang", "en")
    assert code == 0 and "kept in the vault as report #1" in out, out
    code, out = run("report", "verify", str(tmp_path / "u.pdf"))
    assert code == 0, out
    assert "signer: Testkommune cpradmin signing" in out and "intact: yes" in out
    assert "modified after signing: no" in out and "trusted: not checked" in out
    assert re.search(r"signed at: \d{4}-\d\d-\d\dT", out)
    code, out = run("report", "verify", str(tmp_path / "u.pdf"), "--vault-certificates")
    assert code == 0 and "trusted: yes" in out
    code, out = run("report", "certificate", "export", "1", "--pem", str(tmp_path / "c.pem"))
    assert code == 0
    code, out = run("report", "verify", str(tmp_path / "u.pdf"), "--trust",
                    str(tmp_path / "c.pem"))
    assert code == 0 and "trusted: yes" in out
    data = bytearray((tmp_path / "u.pdf").read_bytes())
    data[len(data) // 3] ^= 0x01
    (tmp_path / "bad.pdf").write_bytes(bytes(data))
    code, out = run("report", "verify", str(tmp_path / "bad.pdf"))
    assert code == 1 and "NOT VALID" in out
    code, out = run("report", "list")
    assert code == 0 and "#1" in out and "unlocks" in out and "signed" in out
    code, out = run("report", "fetch", "1", "--pdf", str(tmp_path / "again.pdf"))
    assert code == 0 and (tmp_path / "again.pdf").read_bytes() == (tmp_path / "u.pdf").read_bytes()
    code, out = run("report", "check", "1")
    assert code == 0 and "identical" in out


def test_cli_unsigned_access_report(cli_env: Path, tmp_path: Path) -> None:
    target = tmp_path / "access.pdf"
    code, out = run("report", "access", "--on", "01-04-2025", "--pdf", str(target))
    assert code == 0 and "Not signed" in out
    assert "CPR-adgang pr. 1. april 2025" in flat_text(target.read_bytes())
    code, out = run("report", "verify", str(target))
    assert code == 1 and "signed: no" in out
    session = Vault.login(cli_env, OFFICER, PASSWORD)
    try:
        actions = [e.action for e in audit.entries(session.db, newest_first=True, limit=4)]
    finally:
        session.lock("test")
    assert "report-exported" in actions
