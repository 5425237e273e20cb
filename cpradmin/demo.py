"""A demo vault with synthetic data, so a new user can try cpradmin at once.

The password is public and the slot is password-only (works on any machine): the demo holds
invented people and must never be used for real records. The data is drawn from a fixed
seed, so every demo vault tells the same story: a mid-sized municipality with a few things
waiting for the officer (expiring and open-ended authorisations, a leaver who still has
access, missing training, a locked user ID).
"""

from __future__ import annotations

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
    registers.add_to_watchlist(vault, _cpr(rng, date(1971, 5, 4)),
                               "Navne- og adressebeskyttelse")
    registers.add_to_watchlist(vault, _cpr(rng, date(1958, 9, 30)), "Offentlig person")
