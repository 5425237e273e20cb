"""A demo vault with synthetic data, so a new user can try cpradmin at once.

The password is public and the slot is password-only (works on any machine): the demo holds
invented people and must never be used for real records. The data is drawn from a fixed
seed, so every demo vault tells the same story: a mid-sized municipality with a few things
waiting for the officer (expiring and open-ended authorisations, a leaver who still has
access, missing training, a locked user ID).
"""

from __future__ import annotations

import os
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import platformdirs

from cpradmin import accounts, registers, regulations, unlocks
from cpradmin.models.accounts import Role
from cpradmin.models.registers import Verification
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault

OFFICER_NAME = "Sofie Holm"
OFFICER_INITIALS = "SH"
DEMO_PASSWORD = "Demo-Kode-Vinter-Ugle-47"
AUTHORITY = "Demo Kommune (syntetiske data)"

DEPUTIES = (
    ("LK", "Lars Kjær", Role.DEPUTY),
    ("AJ", "Amira Jensen", Role.DEPUTY),
    ("MA", "Mette Andersen", Role.AUDITOR),
)
FIRST = ("Anne", "Bo", "Camilla", "Dennis", "Emma", "Frederik", "Gitte", "Henrik", "Ida",
         "Jonas", "Karen", "Lasse", "Maja", "Niels", "Olivia", "Peter", "Rikke", "Søren",
         "Tina", "Ulrik", "Vibeke", "William", "Yasmin", "Zainab", "Ali", "Birgitte")
LAST = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard")
DEPARTMENTS = ("Borgerservice", "Jobcenter", "Familieafdelingen", "Ældreområdet",
               "Skoleforvaltningen", "Økonomi og løn", "Folkeregister", "Byggesag")
TRANSACTIONS = ("PERSON", "ADRSOG", "NAVNSOG", "FAMILIE", "ADRHIST", "OPDATER")
EMPLOYEES = 240


def demo_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("cpradmin", appauthor=False)) / "demo" / "demo.vault"


def ensure_demo_vault(path: Path) -> bool:
    """Create the demo vault at *path* unless it exists; True when it was created."""
    if path.exists():
        return False
    created = Vault.create(
        path, officer_name=OFFICER_NAME, initials=OFFICER_INITIALS, password=DEMO_PASSWORD,
        authority=AUTHORITY, password_only=True,
    )
    vault = created.vault
    try:
        populate(vault)
    finally:
        vault.lock("demo created")
    return True


def _cpr(rng: random.Random, birth: date) -> str:
    """A well-formed synthetic number (7th digit gives the right century)."""
    seventh = rng.choice("0123") if birth.year < 2000 else "4"
    return f"{birth:%d%m%y}{seventh}{rng.randrange(1000):03d}"


def populate(vault: Vault, *, today: date | None = None) -> None:
    """Fill the registers with synthetic records around *today*."""
    today = today or vault.clock.now().date()
    rng = random.Random(20261127)
    for initials, name, role in DEPUTIES:
        accounts.add_account(vault, initials=initials, name=name, role=role, password_only=True)
    accounts.update_account(vault, "LK", may_unlock_accounts=True)
    regulations.add_version(
        vault, title="Interne retningslinjer for brug af CPR", version="2.1",
        approved_on=today - timedelta(days=340),
        document=b"Demo: interne retningslinjer (syntetisk dokument)",
        file_name="retningslinjer.txt",
    )
    used: set[str] = set()
    employee_ids: list[int] = []
    for number in range(EMPLOYEES):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        initials = (first[:2] + last[:2]).upper()
        while initials in used:
            initials = (first[:2] + last[:1] + str(rng.randrange(10))).upper()
        used.add(initials)
        birth = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 40))
        start = today - timedelta(days=rng.randrange(60, 4000))
        left = number % 60 == 7
        employee = registers.add_employee(vault, EmployeeInput(
            name=f"{first} {last}", initials=initials, department=rng.choice(DEPARTMENTS),
            cpr=_cpr(rng, birth), email=f"{initials.lower()}@demo.kommune.dk",
            employed_from=start,
            employed_to=today - timedelta(days=rng.randrange(5, 40)) if left else None,
            trained_on=None if number % 17 == 3 else today - timedelta(days=rng.randrange(400)),
            acknowledged_on=today - timedelta(days=rng.randrange(380)),
        ))
        employee_ids.append(employee.id)
        uid = registers.add_user_id(vault, f"DK{1000 + number}", employee_id=employee.id)
        granted = max(start, today - timedelta(days=rng.randrange(30, 700)))
        expires: date | None = today + timedelta(days=rng.randrange(35, 720))
        if number % 31 == 4:
            expires = today - timedelta(days=rng.randrange(1, 60))
        elif number % 45 == 11:
            expires = None
        elif number % 23 == 5:
            expires = today + timedelta(days=rng.randrange(1, 30))
        profiles = ("100",) if rng.random() < 0.2 else ()
        if number % 80 == 9:
            profiles = ("127",)
        registers.grant_authorisation(vault, uid.id, AuthorisationInput(
            granted_on=granted, expires_on=expires,
            purpose="Sagsbehandling i " + employee.department.lower(),
            case_number=f"{today.year}-{number:05d}",
            transaction_types=tuple(rng.sample(TRANSACTIONS, rng.randrange(1, 4))),
            profiles=profiles, granted_by=OFFICER_INITIALS,
        ), "demo")
    program = registers.add_program(
        vault, name="ESDH-integration", responsible_id=employee_ids[0],
        supplier="Demo Software A/S", purpose="Opslag af adresse ved journalisering")
    system = registers.add_user_id(vault, "SYSESDH01", program_id=program.id)
    registers.grant_authorisation(vault, system.id, AuthorisationInput(
        granted_on=today - timedelta(days=200), expires_on=today + timedelta(days=165),
        purpose="System-til-system opslag", transaction_types=("PERSON", "ADRSOG"),
        granted_by=OFFICER_INITIALS), "demo")
    helper = unlocks.authorise_unlocker(
        vault, name="IT-support (Lars Kjær)", account="LK",
        authorised_from=today - timedelta(days=300))
    for offset, user_id in ((20, "DK1003"), (9, "DK1020")):
        when = datetime.combine(today - timedelta(days=offset), datetime.min.time()).replace(
            hour=8, minute=12)
        unlocks.record_lockout(vault, user_id, when)
        unlocks.record_unlock(vault, user_id, unlocked_at=when + timedelta(minutes=25),
                              verification=Verification.CALL_BACK, unlocker_id=helper.id,
                              note="Ringet tilbage til kendt lokalnummer")
    unlocks.record_lockout(vault, "DK1042", datetime.combine(today, datetime.min.time())
                           .replace(hour=7, minute=55))
    protected = _cpr(rng, date(1971, 5, 4))
    registers.add_to_watchlist(vault, protected, "Navne- og adressebeskyttelse")
    registers.add_to_watchlist(vault, _cpr(rng, date(1958, 9, 30)), "Offentlig person")
    _demo_log(vault, today, rng, protected)


def _demo_log(vault: Vault, today: date, rng: random.Random, protected: str) -> None:
    """Sixty days of synthetic CPR log with a few planted cases, imported, and a log control
    started on it, so the demo shows the log control too.

    The CSV lives in an anonymous in-memory file (``memfd``), reached through a symbolic link
    in the demo folder that holds no data: no plaintext file is written. Where ``memfd`` does
    not exist (Windows, macOS) the demo has no log; import one from the Log view.
    """
    if not hasattr(os, "memfd_create"):
        return
    from cpradmin import controls, log_import
    from cpradmin.models.review import ControlType

    start, end = today - timedelta(days=60), today - timedelta(days=1)
    users = _demo_users(vault)
    persons = [_cpr(rng, date(1930, 1, 1) + timedelta(days=rng.randrange(33_000)))
               for _ in range(6_000)]
    caseloads = {uid: rng.sample(persons, 40) for uid, *_ in users}
    lines = ["Bruger-ID;Tidspunkt;Transaktion;CPR-nummer;Terminal"]
    day = start
    while day <= end:
        if day.weekday() < 5:
            for uid, types, first, last in users:
                if not first <= day <= last:
                    continue  # the demo's users work only while authorised
                for _ in range(rng.randrange(0, 14)):
                    when = datetime.combine(day, datetime.min.time()) + timedelta(
                        seconds=rng.randrange(7 * 3600 + 1800, 16 * 3600))
                    lines.append(f"{uid};{when:%d-%m-%Y %H:%M:%S};{rng.choice(types)};"
                                 f"{rng.choice(caseloads[uid])};PC{rng.randrange(300):03d}")
        day += timedelta(days=1)
    planted = end - timedelta(days=6)
    while planted.weekday() != 5:  # a Saturday night
        planted -= timedelta(days=1)
    night = datetime.combine(planted, datetime.min.time()).replace(hour=23)
    colleagues = [row[0] for row in vault.db.execute(
        "SELECT cpr FROM employees WHERE cpr IS NOT NULL ORDER BY id LIMIT 4")]
    snooper, snooper_types, *_ = users[7]
    for minute, person in enumerate([*colleagues[1:], protected, *persons[:3]]):
        lines.append(f"{snooper};{night + timedelta(minutes=4 * minute):%d-%m-%Y %H:%M:%S};"
                     f"{snooper_types[0]};{person};PC999")
    for minute in range(5):
        lines.append(f"DKX9999;{night - timedelta(days=3, minutes=minute):%d-%m-%Y %H:%M:%S};"
                     f"PERSON;{rng.choice(persons)};PC998")
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    memory = os.memfd_create("cpradmin-demo-log")
    link = vault.path.parent / f"demo-cpr-log-{end:%Y%m%d}.csv"
    try:
        os.write(memory, data)
        link.unlink(missing_ok=True)
        link.symlink_to(f"/proc/{os.getpid()}/fd/{memory}")
        log_import.import_log(vault, link)
    finally:
        link.unlink(missing_ok=True)
        os.close(memory)
    controls.start_log_control(vault, type=ControlType.QUARTERLY, start=start, end=end,
                               seed=20261127)


def _demo_users(vault: Vault) -> list[tuple[str, tuple[str, ...], date, date]]:
    """Each employee's user ID, the transaction types its authorisation allows, and the days
    it may work: from the grant to the expiry, revocation or the end of employment."""
    import json

    rows = vault.db.execute(
        "SELECT u.user_id, a.transaction_types, a.granted_on, "
        "min(coalesce(a.expires_on, '9999-12-31'), coalesce(a.revoked_on, '9999-12-31'), "
        "coalesce(e.employed_to, '9999-12-31')) "
        "FROM user_ids AS u JOIN authorisations AS a ON a.user_id_id = u.id "
        "JOIN employees AS e ON e.id = u.employee_id ORDER BY u.user_id")
    return [(uid, tuple(json.loads(types)) or TRANSACTIONS, date.fromisoformat(first),
             date.fromisoformat(last)) for uid, types, first, last in rows]
