"""Signing certificates, PAdES signatures on reports, and checking them.

The officer either imports a personal or organisation certificate (PKCS#12, e.g. OCES /
MitID Erhverv) or lets cpradmin create the authority's own signing certificate. Either way
the key lives only inside the vault: the PKCS#12 is re-encrypted under a key derived from
the vault's data key (HKDF) and stored in ``signing_certificates``, which SQLCipher encrypts
again; no key material is ever written to a file.

``sign_pdf`` asks for the account's password again (a protected action) and adds a PAdES
B-B signature with pyHanko as an incremental update, entirely in memory: the unsigned PDF
goes in as bytes and the signed PDF comes out as bytes, and its first revision is exactly
the unsigned PDF (so a report made again from the vault can be compared with it).
``verify_pdf`` says who signed, when, whether the signed bytes are intact and whether
anything was appended after signing. pyHanko takes about half a second to import, so it is
imported inside the functions that need it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cpradmin.clock import iso, parse_iso
from cpradmin.errors import (
    QT_TRANSLATE_NOOP,
    PermissionDenied,
    ValidationError,
    error,
)
from cpradmin.i18n import Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.storage.connection import Connection

if TYPE_CHECKING:
    from cryptography import x509

    from cpradmin.vault import Vault

#: The wrapping key's HKDF label; a new scheme gets a new label, old rows keep theirs.
_WRAP_INFO = b"cpradmin signing key v1|"
AUTHORITY_CERTIFICATE_YEARS = 5


def _msg(template: str, **args: Any) -> Message:
    return Message("Signing", template, args)


@dataclass(frozen=True)
class CertificateInfo:
    """A stored signing certificate, without its key."""

    id: int
    origin: str  # "imported" or "created"
    owner: str | None  # the account's initials; None: the authority's, for anyone
    subject: str
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    fingerprint: str  # SHA-256 of the DER certificate
    active: bool

    def valid_at(self, moment: datetime) -> bool:
        return self.not_before <= moment <= self.not_after

    @property
    def common_name(self) -> str:
        match = re.search(r"(?:^|,)CN=((?:\\.|[^,])*)", self.subject)
        return match.group(1).replace("\\", "") if match else self.subject


_COLUMNS = ("id, origin, owner, subject, issuer, serial, not_before, not_after, fingerprint, "
            "active")


def _info(row: tuple[Any, ...]) -> CertificateInfo:
    id_, origin, owner, subject, issuer, serial, start, end, fingerprint, active = row
    return CertificateInfo(int(id_), origin, owner, subject, issuer, serial, parse_iso(start),
                           parse_iso(end), fingerprint, bool(active))


def list_certificates(conn: Connection, *, active_only: bool = False) -> list[CertificateInfo]:
    where = " WHERE active = 1" if active_only else ""
    return [_info(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM signing_certificates{where} ORDER BY id")]


def get_certificate(conn: Connection, certificate_id: int) -> CertificateInfo:
    row = conn.execute(f"SELECT {_COLUMNS} FROM signing_certificates WHERE id = ?",
                       (certificate_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No such signing certificate."))
    return _info(row)


def certificate_der(conn: Connection, certificate_id: int) -> bytes:
    row = conn.execute("SELECT certificate FROM signing_certificates WHERE id = ?",
                       (certificate_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No such signing certificate."))
    return bytes(row[0])


def certificate_pem(conn: Connection, certificate_id: int) -> bytes:
    """The public certificate, for whoever should be able to check the signatures."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_der_x509_certificate(certificate_der(conn, certificate_id)).public_bytes(
        Encoding.PEM)


def trusted_certificates(conn: Connection) -> list[bytes]:
    """Every certificate the vault has signed with (retired ones too, for older reports)."""
    return [bytes(r[0]) for r in conn.execute(
        "SELECT certificate FROM signing_certificates ORDER BY id")]


# -- storing keys ---------------------------------------------------------------------------


def _wrap_passphrase(vault: Vault, fingerprint: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=_WRAP_INFO + fingerprint.encode("ascii")).derive(vault.data_key)
    return key.hex().encode("ascii")


def _fingerprint(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def _store(vault: Vault, *, origin: str, owner: str | None, key: Any, cert: x509.Certificate,
           chain: Sequence[x509.Certificate]) -> CertificateInfo:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding
    from cryptography.hazmat.primitives.serialization.pkcs12 import (
        serialize_key_and_certificates,
    )

    fingerprint = _fingerprint(cert)
    if vault.db.execute("SELECT 1 FROM signing_certificates WHERE fingerprint = ?",
                        (fingerprint,)).fetchone():
        raise error(ValidationError,
                    QT_TRANSLATE_NOOP("Errors", "This certificate is already in the vault."))
    sealed = serialize_key_and_certificates(
        b"cpradmin", key, cert, list(chain) or None,
        BestAvailableEncryption(_wrap_passphrase(vault, fingerprint)),
    )
    subject = redact_cpr(cert.subject.rfc4514_string())
    details = {"subject": subject, "fingerprint": fingerprint, "origin": origin,
               "owner": owner, "not_after": cert.not_valid_after_utc.date().isoformat()}
    with vault.change("signing-certificate-added", None, details) as conn:
        cursor = conn.execute(
            "INSERT INTO signing_certificates (origin, owner, subject, issuer, serial, "
            "not_before, not_after, fingerprint, certificate, key_p12, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (origin, owner, subject, redact_cpr(cert.issuer.rfc4514_string()),
             format(cert.serial_number, "x"), iso(cert.not_valid_before_utc),
             iso(cert.not_valid_after_utc), fingerprint, cert.public_bytes(Encoding.DER),
             sealed, iso(vault.clock.now()), vault.account.initials),
        )
        info = get_certificate(conn, int(cursor.lastrowid or 0))
        vault.describe(f"certificate:{info.id}", details)
    return info


def _check_usable(key: Any, cert: x509.Certificate, now: datetime) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    def public(k: Any) -> bytes:
        return bytes(k.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo))

    if public(key.public_key()) != public(cert.public_key()):
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The private key in the file does not belong to its certificate."))
    if cert.not_valid_after_utc < now:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The certificate expired on {date}."),
            date=cert.not_valid_after_utc.date().isoformat())
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The certificate may not be used for signatures (its key usage)."))


def import_pkcs12(vault: Vault, data: bytes, passphrase: str | bytes | None, *,
                  personal: bool = True) -> CertificateInfo:
    """Import a PKCS#12 (.p12/.pfx): a personal certificate for the logged-in account, or
    (``personal=False``, the officer only) the authority's organisation certificate."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    vault.require(Permission.DO_CONTROLS if personal else Permission.CHANGE_SETTINGS)
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, secret or None)
    except (ValueError, TypeError):
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The file is not a PKCS#12 certificate, or its password is wrong."),
        ) from None
    if key is None or cert is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The PKCS#12 file must hold a certificate and its private key."))
    _check_usable(key, cert, vault.clock.now())
    return _store(vault, origin="imported", owner=vault.account.initials if personal else None,
                  key=key, cert=cert, chain=chain)


def import_pkcs12_file(vault: Vault, path: str | Path, passphrase: str | bytes | None, *,
                       personal: bool = True) -> CertificateInfo:
    return import_pkcs12(vault, Path(path).read_bytes(), passphrase, personal=personal)


def authority_name(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'authority'").fetchone()
    return str(row[0]) if row and row[0] else ""


def create_authority_certificate(vault: Vault, *, algorithm: Literal["ec", "rsa"] = "ec",
                                 years: int = AUTHORITY_CERTIFICATE_YEARS) -> CertificateInfo:
    """A self-signed certificate "<authority> cpradmin signing" (EC P-256 or RSA 3072).

    Self-signed means a reader trusts it only once given the certificate (export it with
    :func:`certificate_pem`); the signature's integrity is checked either way.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import NameOID

    vault.require(Permission.CHANGE_SETTINGS)
    authority = redact_cpr(authority_name(vault.db)).strip() or "cpradmin"
    common_name = f"{authority[:40]} cpradmin signing"
    key: Any = (ec.generate_private_key(ec.SECP256R1()) if algorithm == "ec"
                else rsa.generate_private_key(public_exponent=65537, key_size=3072))
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, authority[:64]),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
    ])
    now = vault.clock.now().astimezone(UTC).replace(microsecond=0)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * years + years // 4))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return _store(vault, origin="created", owner=None, key=key, cert=cert, chain=())


def retire_certificate(vault: Vault, certificate_id: int) -> None:
    """Stop signing with a certificate (it stays, so older reports still verify)."""
    info = get_certificate(vault.db, certificate_id)
    if info.owner != vault.account.initials:
        vault.require(Permission.CHANGE_SETTINGS)
    with vault.change("signing-certificate-retired", f"certificate:{certificate_id}",
                      {"fingerprint": info.fingerprint}) as conn:
        conn.execute("UPDATE signing_certificates SET active = 0 WHERE id = ?",
                     (certificate_id,))


def certificate_for_signing(vault: Vault, certificate_id: int | None = None) -> CertificateInfo:
    """The certificate the logged-in account signs with: the one asked for, else its own
    newest valid certificate, else the authority's newest valid one."""
    now = vault.clock.now()
    mine = vault.account.initials
    if certificate_id is not None:
        info = get_certificate(vault.db, certificate_id)
        if info.owner not in (None, mine):
            raise error(PermissionDenied, QT_TRANSLATE_NOOP(
                "Errors", "This certificate belongs to {owner}; only they may sign with it."),
                owner=info.owner)
        if not info.active or not info.valid_at(now):
            raise error(ValidationError, QT_TRANSLATE_NOOP(
                "Errors", "This certificate is retired or not valid today."))
        return info
    usable = [c for c in list_certificates(vault.db, active_only=True) if c.valid_at(now)]
    for owner in (mine, None):
        candidates = [c for c in usable if c.owner == owner]
        if candidates:
            return candidates[-1]
    raise error(ValidationError, QT_TRANSLATE_NOOP(
        "Errors", "There is no signing certificate. Import your certificate (PKCS#12) or "
        "create the authority's signing certificate first."))


def _signer(vault: Vault, info: CertificateInfo) -> Any:
    from pyhanko.sign import signers

    row = vault.db.execute("SELECT key_p12 FROM signing_certificates WHERE id = ?",
                           (info.id,)).fetchone()
    return signers.SimpleSigner.load_pkcs12_data(
        bytes(row[0]), [], _wrap_passphrase(vault, info.fingerprint))


# -- signing ------------------------------------------------------------------------------------


def sign_pdf(vault: Vault, pdf_bytes: bytes, *, password: str, certificate_id: int | None = None,
             reason: str = "", location: str = "") -> bytes:
    """Sign *pdf_bytes* (PAdES B-B) after checking the account's password again.

    Everything happens in memory; the result's first revision is *pdf_bytes* unchanged.
    The audit trail records the signing with both digests.
    """
    from cpradmin import accounts

    vault.require(Permission.DO_CONTROLS)
    accounts.confirm_password(vault, password)
    info = certificate_for_signing(vault, certificate_id)
    signed = _sign(vault, info, pdf_bytes, reason=reason, location=location)
    vault.record("pdf-signed", f"certificate:{info.id}", {
        "sha256": hashlib.sha256(signed).hexdigest(),
        "unsigned_sha256": hashlib.sha256(pdf_bytes).hexdigest(),
        "signer": info.common_name,
    })
    return signed


def _sign(vault: Vault, info: CertificateInfo, pdf_bytes: bytes, *, reason: str,
          location: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    _quiet_pyhanko()
    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name="cpradmin-signature",
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=redact_cpr(reason) or None,
        location=redact_cpr(location) or None,
        name=redact_cpr(vault.account.name),
    )
    output = BytesIO()
    signers.sign_pdf(writer, meta, signer=_signer(vault, info), output=output)
    return output.getvalue()


# -- verifying ------------------------------------------------------------------------------


_NO_MESSAGE = Message("Signing", "")


@dataclass(frozen=True)
class Verification:
    """What checking a signed PDF found; ``ok`` only when nothing is wrong."""

    signed: bool
    signer: str = ""
    signed_at: datetime | None = None
    intact: bool = False  # the signed bytes are unchanged
    valid: bool = False  # the signature itself is cryptographically sound
    modified_after_signing: bool = False  # incremental updates were appended after it
    trusted: bool = False  # the signer's certificate chains to a given trusted certificate
    trust_checked: bool = False  # trusted certificates were given at all
    message: Message = _NO_MESSAGE
    fingerprint: str = ""  # SHA-256 of the signer's certificate

    @property
    def ok(self) -> bool:
        """Signed, intact, valid, unchanged since, and trusted if trust was asked for."""
        return (self.signed and self.intact and self.valid and not self.modified_after_signing
                and (self.trusted or not self.trust_checked))

    @property
    def trust_message(self) -> Message:
        if not self.trust_checked:
            return _msg(QT_TRANSLATE_NOOP(
                "Signing", "The signer's certificate was not checked against a trusted "
                "certificate."))
        if self.trusted:
            return _msg(QT_TRANSLATE_NOOP(
                "Signing", "The signer's certificate is one of the trusted certificates."))
        return _msg(QT_TRANSLATE_NOOP(
            "Signing", "The signer's certificate is NOT among the trusted certificates."))


def _quiet_pyhanko() -> None:
    """pyHanko logs validation problems with tracebacks; we report them as results."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _asn1_certificate(value: Any) -> Any:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    if isinstance(value, asn1_x509.Certificate):
        return value
    if hasattr(value, "public_bytes"):  # a cryptography certificate
        from cryptography.hazmat.primitives.serialization import Encoding

        value = value.public_bytes(Encoding.DER)
    data = bytes(value)
    if pem.detect(data):
        _kind, _headers, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


def load_certificates(data: bytes) -> list[bytes]:
    """DER certificates from a PEM file (one or more) or a single DER file."""
    from asn1crypto import pem

    if pem.detect(data):
        return [der for _kind, _headers, der in pem.unarmor(data, multiple=True)]
    return [data]


def verify_pdf(data: bytes, trust: Sequence[Any] = ()) -> Verification:
    """Check the PDF's signature: who signed, when, intact, changed since, trusted.

    *trust*: certificates (DER or PEM bytes, or certificate objects) to accept as trust
    anchors; with none, ``trusted`` stays False and ``ok`` does not ask for it. Works
    offline: no revocation lookups.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    _quiet_pyhanko()
    try:
        roots = [_asn1_certificate(t) for t in trust]
    except (ValueError, TypeError):
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "A trusted certificate could not be read.")) from None
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError):
        return Verification(signed=False, message=_msg(QT_TRANSLATE_NOOP(
            "Signing", "The file is not a readable PDF.")))
    if not signatures:
        return Verification(signed=False, message=_msg(QT_TRANSLATE_NOOP(
            "Signing", "The document has no digital signature.")))
    embedded = signatures[0]
    context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(embedded, context)
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError):
        return Verification(signed=True, message=_msg(QT_TRANSLATE_NOOP(
            "Signing", "The signature could not be checked: the file is damaged.")))
    cert = status.signing_cert
    names = cert.subject.native if cert is not None else {}
    signer = redact_cpr(str(names.get("common_name") or (
        cert.subject.human_friendly if cert is not None else "")))
    modified = status.coverage != SignatureCoverageLevel.ENTIRE_FILE
    intact, valid = bool(status.intact), bool(status.valid)
    if not intact:
        message = QT_TRANSLATE_NOOP(
            "Signing", "The document does not match its signature: it was changed after "
            "signing, or it is damaged.")
    elif not valid:
        message = QT_TRANSLATE_NOOP("Signing", "The signature itself is not valid.")
    elif modified:
        message = QT_TRANSLATE_NOOP(
            "Signing", "The signed part is intact, but content was added to the document "
            "after it was signed.")
    else:
        message = QT_TRANSLATE_NOOP(
            "Signing", "The signature is valid and the document has not been changed since "
            "it was signed.")
    signed_at = status.signer_reported_dt
    return Verification(
        signed=True, signer=signer,
        signed_at=signed_at.astimezone(UTC) if signed_at else None,
        intact=intact, valid=valid, modified_after_signing=modified,
        trusted=bool(roots) and bool(status.trusted), trust_checked=bool(roots),
        message=_msg(message),
        fingerprint=hashlib.sha256(cert.dump()).hexdigest() if cert is not None else "",
    )
