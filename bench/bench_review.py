"""How fast the log control's rules run over a quarter, against a plain SQLite scan.

    python bench/bench_review.py [--rows 1000000] [--runs 1] [--json FILE] [--keep DIR]

Builds a synthetic municipal quarter (Q1 2024: New Year, Easter, the spring DST change) in a
fresh encrypted vault, inserting rows directly (no CSV import; that is bench_log_import.py):

* registers: about 10,000 employees in 24 departments (a "Vagtcentral" working shifts, "Løn og
  personale" looking up colleagues for payroll), about 3,000 user IDs of employees and 40 of
  20 system-to-system programs, one authorisation each (half of them restricted to the
  transaction types the user works with; a few expire, are revoked or belong to an employee
  who leaves during the quarter), a watchlist, lockouts, and case files covering most of
  the caseworkers' own caseloads;
* ``--rows`` log rows in time order: each user works their own hours with a lognormal
  workload, mostly on a caseload of their own citizens, sometimes elsewhere; employees are
  citizens too, so some lookups of colleagues happen by chance; programs run day and night;
* planted misuse, one handful per rule (an unknown user ID, lookups after the end of
  employment, a snooper looking up colleagues, a watched person, a celebrity looked up by
  many, a day of mass lookups, a night session, activity while locked, an unauthorised
  transaction type, a self-lookup). The bench prints whether each was found and how many
  findings each rule made in all: a rule that drowns the officer shows here.

Then it measures in the same run:

* baseline: stdlib ``sqlite3`` on an unencrypted file holding the same rows and indexes, one
  full ``GROUP BY user_ref`` scan of the quarter (what a naive "rows per user" costs);
* ``run_rules`` (all rules, defaults) on the vault, in a child process that reports its own
  peak RSS after login (``VmHWM`` reset), and each rule's share of the time.

Targets (issue 4): all rules over a 1,000,000-row quarter in at most 5 s; 10,000,000 rows
under 90 s with peak memory under 400 MB. Building the vault is not timed (about a minute for
1M rows, 15-20 minutes for 10M: keep it with ``--keep DIR`` and run again). With ``--rows``
the same users do proportionally more lookups, so a 10M-row quarter is a deliberately dense
log (each user ten times as busy), which is what makes popular-person's bulk path run and
the finding counts of colleague-lookup, watchlist and popular-person grow.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from _common import Series, context, print_table, write_json

OFFICER = ("Bente Benchmark", "BB")
PASSWORD = "Kobber-Ugle-Vinter-93"
ZONE = ZoneInfo("Europe/Copenhagen")
FIRST, LAST = date(2024, 1, 1), date(2024, 3, 31)
TRANSACTIONS = ["OPSLAG", "NAVNESOEG", "ADRESSESOEG", "BOPAELSHIST", "RELATIONER",
                "AJOURFOER", "UDSKRIFT", "STATUS", "NAVNEHIST", "VAERGEMAAL"]
TX_WEIGHTS = [40, 15, 10, 8, 7, 5, 5, 5, 4, 1]
# (department, employees, share of them with a CPR user ID, share of random lookups)
DEPARTMENTS = [
    ("Borgerservice", 260, 0.95, 0.60), ("Jobcenter", 700, 0.85, 0.05),
    ("Socialforvaltningen", 600, 0.85, 0.05), ("Børn og Familie", 500, 0.8, 0.05),
    ("Ydelsescenter", 320, 0.9, 0.10), ("Pension og Boligstøtte", 180, 0.9, 0.10),
    ("Skat og Opkrævning", 120, 0.8, 0.10), ("Sundhed og Omsorg", 1600, 0.15, 0.05),
    ("Handicap og Psykiatri", 500, 0.4, 0.05), ("Skoleområdet", 1800, 0.03, 0.05),
    ("Dagtilbud", 1200, 0.02, 0.05), ("Teknik og Miljø", 450, 0.1, 0.10),
    ("Byggesag", 120, 0.3, 0.10), ("Løn og personale", 60, 0.9, 0.05),
    ("Vagtcentral", 40, 1.0, 0.30), ("Integration", 150, 0.8, 0.05),
    ("Familieretten", 60, 0.9, 0.05), ("Økonomi", 90, 0.2, 0.10),
    ("IT og Digitalisering", 110, 0.1, 0.10), ("Kultur og Fritid", 300, 0.02, 0.10),
    ("Beskæftigelse Unge", 140, 0.85, 0.05), ("Misbrugscenter", 80, 0.6, 0.05),
    ("Rådhusservice", 50, 0.5, 0.20), ("Direktionen", 30, 0.05, 0.10),
]
_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def local_epoch(day: date, seconds: float) -> int:
    """Seconds after local midnight of *day* (a time in the missing spring hour moves on)."""
    hour, rest = divmod(int(seconds), 3600)
    naive = datetime(day.year, day.month, day.day) + timedelta(hours=hour, seconds=rest)
    return int(naive.replace(tzinfo=ZONE).timestamp())


def synthetic_cpr(rng: random.Random) -> str:
    while True:
        birth = date(1935, 1, 1) + timedelta(days=rng.randrange(30_000))
        seventh = rng.choice("0123") if birth.year < 2000 else "4"
        digits = f"{birth:%d%m%y}{seventh}{rng.randrange(1000):03d}"
        if sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0:
            return digits


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class World:
    """The registers and the behaviour of every user; the planted cases are kept to check."""

    def __init__(self, rows: int, seed: int = 4) -> None:
        import holidays

        rng = self.rng = random.Random(seed)
        self.rows = rows
        self.days = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]
        dk = holidays.Denmark(years=2024)
        self.workday = {d: d.weekday() < 5 and d not in dk for d in self.days}
        persons = {synthetic_cpr(rng) for _ in range(120_000)}
        self.employees: list[dict[str, object]] = []
        for dept, count, _share, _random in DEPARTMENTS:
            for _ in range(count):
                cpr = synthetic_cpr(rng)
                left = None
                if rng.random() < 0.01:
                    left = FIRST + timedelta(days=rng.randrange(20, 80))
                self.employees.append({
                    "id": len(self.employees) + 1, "dept": dept, "cpr": cpr,
                    "from": date(2005 + rng.randrange(18), 1 + rng.randrange(12), 1),
                    "to": left})
                if rng.random() < 0.6:  # lives in the municipality: a citizen like others
                    persons.add(cpr)
        self.persons = sorted(persons)
        rng.shuffle(self.persons)
        self.users: list[dict[str, object]] = []
        by_dept = {d[0]: d for d in DEPARTMENTS}
        for emp in self.employees:
            dept = by_dept[str(emp["dept"])]
            if rng.random() < dept[2]:
                self._add_user(emp, dept)
        self.programs = [f"Fagsystem {i + 1}" for i in range(20)]
        for i in range(40):
            self.users.append({
                "user_id": f"SYS{i + 1:03d}", "employee": None, "program": 1 + i % 20,
                "rate": 0.0, "caseload": [], "random": 1.0, "start": 0.0, "end": 24.0,
                "dept": None, "types": [], "restricted": False, "weekend": True})
        total = sum(float(u["rate"]) for u in self.users)
        workdays = sum(self.workday.values())
        employee_rows = rows * 0.85
        scale = employee_rows / (total * workdays * 0.88)
        for user in self.users:
            user["rate"] = float(user["rate"]) * scale
        for user in self.users[-40:]:
            user["rate"] = rows * 0.15 / 40 / len(self.days)
        self.planted: list[tuple[str, str]] = []  # (rule, key) expected among the findings

    def _add_user(self, emp: dict[str, object], dept: tuple[str, int, float, float]) -> None:
        rng = self.rng
        shift = dept[0] == "Vagtcentral"
        types = sorted(set(rng.choices(TRANSACTIONS[:9], TX_WEIGHTS[:9], k=6)))
        start = rng.uniform(7.0, 9.0)
        self.users.append({
            "user_id": f"KOM{len(self.users) + 1:05d}", "employee": emp["id"], "program": None,
            "rate": rng.lognormvariate(0, 0.9), "dept": dept[0],
            "caseload": [rng.choice(self.persons) for _ in range(rng.randrange(20, 250))],
            "random": dept[3], "start": 0.0 if shift else start,
            "end": 24.0 if shift else start + rng.uniform(6.5, 8.5), "types": types,
            "restricted": rng.random() < 0.5, "weekend": shift,
            "evenings": rng.random() < 0.05, "left": emp["to"]})

    # -- the rows --------------------------------------------------------------------------

    def day_rows(self, day: date) -> list[tuple[int, int, str, str | None]]:
        """(ts, user index, transaction, cpr) of one day, not yet in time order."""
        rng = self.rng
        out: list[tuple[int, int, str, str | None]] = []
        midnight = local_epoch(day, 0)
        shift = local_epoch(day, 23 * 3600) - midnight - 23 * 3600  # DST change that day
        persons = self.persons
        for index, user in enumerate(self.users):
            if user.get("ghost"):
                continue
            program = user["program"] is not None
            if not (program or self.workday[day] or user["weekend"]):
                continue
            left = user.get("stop") or user.get("left")
            if left is not None and day > left:  # type: ignore[operator]
                continue
            if not program and rng.random() < 0.12:  # leave, sick, meetings all day
                continue
            n = poisson(rng, float(user["rate"]) * rng.uniform(0.6, 1.4))
            if not n:
                continue
            caseload: list[str] = user["caseload"]  # type: ignore[assignment]
            start, end = float(user["start"]) * 3600, float(user["end"]) * 3600
            share = float(user["random"])
            types = user["types"] or TRANSACTIONS
            chosen = rng.choices(types, None if user["types"] else TX_WEIGHTS,  # type: ignore[arg-type]
                                 k=n)
            for k in range(n):
                when = int(rng.uniform(start, end))
                ts = midnight + when + (shift if shift and when >= 3 * 3600 else 0)
                cpr = rng.choice(caseload) if caseload and rng.random() > share \
                    else rng.choice(persons)
                out.append((ts, index, chosen[k], cpr))
            if user.get("evenings") and rng.random() < 0.15:  # a little work at home
                for _ in range(rng.randrange(1, 5)):
                    cpr = rng.choice(caseload) if caseload else None
                    out.append((midnight + shift + int(rng.uniform(18.5, 21.5) * 3600), index,
                                types[0], cpr))  # type: ignore[index]
        return out

    def planted_rows(self) -> dict[date, list[tuple[int, int, str, str | None]]]:
        """Misuse hidden in the quarter; records what the rules must find."""
        rng = self.rng
        out: dict[date, list[tuple[int, int, str, str | None]]] = {}
        workers = [i for i, u in enumerate(self.users)
                   if u["program"] is None and u["dept"] not in ("Vagtcentral",
                                                                  "Løn og personale")
                   and not u.get("left") and not u.get("evenings")]
        pick = rng.sample(workers, 12)

        def add(day: date, hour: float, user: int, tx: str, cpr: str | None) -> None:
            out.setdefault(day, []).append((local_epoch(day, hour * 3600), user, tx, cpr))

        # unknown user: a user ID nobody registered (index beyond the register)
        ghost = len(self.users)
        self.users.append({"user_id": "XKOM999", "ghost": True})
        for k in range(15):
            add(date(2024, 2, 6), 10 + k / 10, ghost, "OPSLAG", rng.choice(self.persons))
        self.planted.append(("unknown-user", "XKOM999"))
        # a snooper looks up three colleagues
        snoop = pick[0]
        citizens = set(self.persons)
        colleagues = rng.sample([e for e in self.employees if e["cpr"] not in citizens], 3)
        for k, emp in enumerate(colleagues):
            add(date(2024, 2, 13), 11 + k / 3, snoop, "OPSLAG", str(emp["cpr"]))
            self.planted.append(("colleague-lookup",
                                 f"{self.users[snoop]['user_id']}|employee:{emp['id']}"))
        # self-lookup
        me = pick[1]
        own = next(e for e in self.employees if e["id"] == self.users[me]["employee"])
        add(date(2024, 1, 17), 13.2, me, "OPSLAG", str(own["cpr"]))
        self.planted.append(("self-lookup", f"{self.users[me]['user_id']}"))
        # watchlist
        self.watched = [rng.choice(self.persons) for _ in range(25)]
        add(date(2024, 3, 5), 9.5, pick[2], "OPSLAG", self.watched[0])
        self.planted.append(("watchlist", f"{self.users[pick[2]]['user_id']}|watchlist:1"))
        # a celebrity looked up by 9 users within two days
        star = rng.choice(self.persons)
        for k, user in enumerate(rng.sample(workers, 9)):
            add(date(2024, 3, 12) + timedelta(days=k % 2), 10 + k / 5, user, "OPSLAG", star)
        self.planted.append(("popular-person", f"{star[:6]}-XXXX#|2024-03-12"))
        # a day of mass lookups: 8x the user's normal, at least 150
        mass = pick[3]
        n = max(150, int(float(self.users[mass]["rate"]) * 8))
        for k in range(n):
            add(date(2024, 2, 21), 9 + 6 * k / n, mass, "OPSLAG", rng.choice(self.persons))
        self.planted.append(("volume-spike", f"{self.users[mass]['user_id']}|2024-02-21"))
        # a night session on a Saturday
        night = pick[4]
        for k in range(8):
            add(date(2024, 1, 27), 23 + k / 10, night, "OPSLAG", rng.choice(self.persons))
        self.planted.append(("off-hours", f"{self.users[night]['user_id']}|2024-01-27"))
        # activity while locked (the lockout is in the register, see registers())
        locked = pick[5]
        self.locked = (locked, datetime(2024, 2, 8, 8, 0), datetime(2024, 2, 8, 14, 0))
        for k in range(4):
            add(date(2024, 2, 8), 10 + k / 4, locked, "OPSLAG", rng.choice(self.persons))
        self.planted.append(("locked-user-activity",
                             f"{self.users[locked]['user_id']}|2024-02-08T08:00"))
        # an unauthorised transaction type (the user is restricted, see registers())
        rogue = pick[6]
        self.users[rogue]["restricted"] = True
        self.users[rogue]["types"] = ["OPSLAG", "ADRESSESOEG"]
        add(date(2024, 3, 7), 10.5, rogue, "VAERGEMAAL", rng.choice(self.persons))
        self.planted.append(("out-of-scope-transaction",
                             f"{self.users[rogue]['user_id']}|VAERGEMAAL"))
        # lookups two weeks after the authorisation expired (see registers())
        late = pick[7]
        self.users[late]["expires"] = date(2024, 2, 29)
        for k in range(3):
            add(date(2024, 3, 14), 10 + k, late, "OPSLAG", rng.choice(self.persons))
        self.planted.append(("outside-authorisation",
                             f"{self.users[late]['user_id']}|after-expiry|2024-03-14"))
        self.users[late]["stop"] = date(2024, 2, 29)
        return out

    # -- the registers ---------------------------------------------------------------------

    def registers(self, conn: object) -> None:
        execute = conn.execute  # type: ignore[attr-defined]
        now = "2024-01-01T08:00:00+01:00"
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT INTO employees (id, name, department, cpr, employed_from, employed_to, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(e["id"], f"Medarbejder {e['id']}", e["dept"], e["cpr"],
              e["from"].isoformat(),  # type: ignore[attr-defined]
              e["to"].isoformat() if e["to"] else None, now, now)  # type: ignore[attr-defined]
             for e in self.employees])
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT INTO programs (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(i + 1, name, now, now) for i, name in enumerate(self.programs)])
        rng = self.rng
        auths, cases = [], []
        for index, user in enumerate(self.users):
            if user.get("ghost"):
                continue
            execute("INSERT INTO user_ids (id, user_id, employee_id, program_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?)", (index + 1, user["user_id"], user["employee"],
                                               user["program"], now))
            granted = date(2019 + rng.randrange(5), 1 + rng.randrange(12), 1)
            expires = user.get("expires") or date(2025 + rng.randrange(3), 12, 31)
            types = user["types"] if user["restricted"] else []
            auths.append((index + 1, granted.isoformat(), expires.isoformat(),
                          json.dumps(types)))
            for cpr in user["caseload"]:  # type: ignore[attr-defined]
                if rng.random() < 0.8:
                    cases.append((user["user_id"], int(cpr), f"SAG-{len(cases) + 1}",
                                  "2023-06-01", None))
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT INTO authorisations (user_id_id, granted_on, expires_on, "
            "transaction_types) VALUES (?, ?, ?, ?)", auths)
        execute("INSERT INTO log_imports (id, kind, source, file_name, file_size, sha256, "
                "rows_read, rows_accepted, rows_rejected, rows_added, imported_at, "
                "imported_by) VALUES (1, 'cases', 'cpr', 'sager.csv', 0, 'x', 0, 0, 0, 0, "
                "?, 'BB')", (now,))
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT OR IGNORE INTO log_cases (import_id, user_id, cpr, case_number, "
            "valid_from, valid_to) VALUES (1, ?, ?, ?, ?, ?)", cases)
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT OR IGNORE INTO watchlist (cpr, reason, added_on, added_by) "
            "VALUES (?, 'Beskyttet adresse', '2023-01-01', 'BB')",
            [(c,) for c in self.watched])
        locked, at, until = self.locked
        execute("INSERT INTO lockouts (user_id_id, locked_at, unlocked_at, recorded_by) "
                "VALUES (?, ?, ?, 'BB')", (locked + 1, at.isoformat(timespec="minutes"),
                                           until.isoformat(timespec="minutes")))
        for k in range(30):  # ordinary lockouts with no activity in between
            user = rng.randrange(len(self.users) - 41)
            day = datetime(2024, 1, 2) + timedelta(days=rng.randrange(85), hours=7)
            execute("INSERT INTO lockouts (user_id_id, locked_at, unlocked_at, recorded_by) "
                    "VALUES (?, ?, ?, 'BB')", (user + 1, day.isoformat(timespec="minutes"),
                                               (day + timedelta(minutes=1 + k % 3)).isoformat(
                                                   timespec="minutes")))


SCHEMA_PLAIN = """
CREATE TABLE log_entries (id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL, line INTEGER
    NOT NULL, source INTEGER NOT NULL, user_ref INTEGER NOT NULL, ts INTEGER NOT NULL,
    flags INTEGER NOT NULL, tx_ref INTEGER NOT NULL, cpr INTEGER, terminal_ref INTEGER,
    criterion_ref INTEGER, system_ref INTEGER)
"""
INDEXES = ("CREATE INDEX log_entries_user ON log_entries (user_ref, ts)",
           "CREATE INDEX log_entries_cpr ON log_entries (cpr, ts) WHERE cpr IS NOT NULL")


def build(vault_path: Path, plain_path: Path, rows: int) -> dict[str, object]:
    """Fill the vault (registers + log) and a plain SQLite file with the same log rows."""
    from cpradmin.models.logs import AMBIGUOUS, NONEXISTENT
    from cpradmin.vault import Vault

    world = World(rows)
    planted = world.planted_rows()
    vault = Vault.login(vault_path, OFFICER[1], PASSWORD)
    plain = sqlite3.connect(plain_path, isolation_level=None)
    plain.execute(SCHEMA_PLAIN)
    conn = vault.db
    conn.execute("PRAGMA cache_size = -200000")
    with vault.change("bench-world") as tx:
        world.registers(tx)
        tx.executemany("INSERT INTO log_users (id, user_id) VALUES (?, ?)",
                       [(i + 1, u["user_id"]) for i, u in enumerate(world.users)])
        tx.executemany("INSERT INTO log_transactions (id, code) VALUES (?, ?)",
                       [(i + 1, code) for i, code in enumerate(TRANSACTIONS)])
        tx_ref = {code: i + 1 for i, code in enumerate(TRANSACTIONS)}
        for name, _sql in zip(("log_entries_user", "log_entries_cpr"), INDEXES, strict=True):
            tx.execute(f"DROP INDEX IF EXISTS {name}")
        plain.execute("BEGIN")
        line, low, high = 0, None, None
        for day in world.days:
            batch = world.day_rows(day) + planted.get(day, [])
            batch.sort()
            values = []
            for ts, user, tx_code, cpr in batch:
                line += 1
                local = datetime.fromtimestamp(ts, ZONE)
                flags = AMBIGUOUS if local.fold else 0
                if day == date(2024, 3, 31) and local.hour == 3 and line % 50 == 0:
                    flags = NONEXISTENT  # a few "02:xx" rows from a clock not yet put forward
                values.append((line, 2, line, 0, user + 1, ts, flags, tx_ref[tx_code],
                               int(cpr) if cpr else None, None, None, None))
            tx.executemany("INSERT INTO log_entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values)
            plain.executemany("INSERT INTO log_entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                              values)
            if values:
                low = values[0][5] if low is None else low
                high = values[-1][5]
        tx.execute(
            "INSERT INTO log_imports (id, kind, source, file_name, file_size, sha256, "
            "rows_read, rows_accepted, rows_rejected, rows_added, period_start, period_end, "
            "first_id, last_id, imported_at, imported_by) VALUES (2, 'log', 'cpr', "
            "'logsoegning.csv', 0, 'y', ?, ?, 0, ?, ?, ?, 1, ?, '2024-04-02T09:00:00+02:00', "
            "'BB')", (line, line, line, low, high, line))
        for sql in INDEXES:
            tx.execute(sql)
        plain.execute("COMMIT")
    for sql in INDEXES:
        plain.execute(sql)
    plain.close()
    vault.lock("benchmark: world built")
    return {"rows": line, "users": len(world.users), "employees": len(world.employees),
            "planted": world.planted}


# -- measuring -----------------------------------------------------------------------------------

BASELINE_SQL = ("SELECT user_ref, count(*) FROM log_entries NOT INDEXED WHERE ts >= ? AND ts < ? "
                "GROUP BY user_ref")


def baseline(plain_path: Path) -> float:
    from cpradmin.models.logs import local_day_bounds

    conn = sqlite3.connect(plain_path)
    started = time.perf_counter()
    conn.execute(BASELINE_SQL, local_day_bounds(FIRST, LAST)).fetchall()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


CHILD = r"""
import json, resource, sys, time
from datetime import date
sys.path.insert(0, sys.argv[1])
from cpradmin.review_rules import RULES, run_rules
from cpradmin.vault import Vault
vault = Vault.login(sys.argv[2], sys.argv[3], sys.argv[4])
try:  # reset the peak (VmHWM) so login's Argon2id (64 MiB) does not count
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    reset = True
except OSError:
    reset = False

def hwm():
    if not reset:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

start_rss = hwm()
marks = []
def progress(done, total):
    marks.append((time.perf_counter(), time.process_time()))
started, cpu = time.perf_counter(), time.process_time()
marks.append((started, cpu))
run = run_rules(vault.db, start=date(2024, 1, 1), end=date(2024, 3, 31), progress=progress)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = hwm()
per_rule = {}
names = list(RULES)
for i in range(1, len(marks)):
    if i - 1 < len(names):
        per_rule[names[i - 1]] = [marks[i][0] - marks[i - 1][0],
                                  marks[i][1] - marks[i - 1][1]]
counts = {}
for f in run.findings:
    counts[f.rule] = counts.get(f.rule, 0) + 1
keys = [[f.rule, f.key] for f in run.findings]
vault.lock("benchmark")
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_rss_kib": peak, "start_rss_kib": start_rss,
                  "peak_reset": reset, "per_rule": per_rule, "counts": counts,
                  "explained": run.explained, "entries": run.entries_in_scope,
                  "keys": keys}))
"""


def rules_in_child(vault: Path) -> dict[str, object]:
    root = str(Path(__file__).resolve().parents[1])
    done = subprocess.run(
        [sys.executable, "-c", CHILD, root, str(vault), OFFICER[1], PASSWORD],
        check=True, capture_output=True, text=True,
        env={**os.environ, "CPRADMIN_NO_KEYRING": "1"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def planted_matches(planted: str, key: str) -> bool:
    """A planted key, where ``#|`` stands for the finding's person number (popular-person)."""
    if "#|" not in planted:
        return planted == key
    prefix, suffix = planted.split("#|")
    return key.startswith(prefix + "#") and key.endswith("|" + suffix)


def masked_key(key: str) -> str:
    """Planted keys hold CPR numbers: print them masked like everything else."""
    from cpradmin.models.cpr import redact_cpr

    return redact_cpr(key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--keep", help="build the vault in this folder and keep it (reused "
                                       "if present)")
    args = parser.parse_args(argv)
    os.environ.setdefault("CPRADMIN_NO_KEYRING", "1")
    from cpradmin.keyslots import SlotFile
    from cpradmin.vault import Vault

    with tempfile.TemporaryDirectory(prefix="cpradmin-bench-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        vault = folder / f"review-{args.rows}.vault"
        plain = folder / f"review-{args.rows}.sqlite"
        info_path = folder / f"review-{args.rows}.json"
        if not (vault.exists() and info_path.exists()):
            for stale in (vault, plain, SlotFile.path_for(vault)):
                stale.unlink(missing_ok=True)
            print(f"building a {args.rows:,}-row quarter…", flush=True)
            started = time.perf_counter()
            Vault.create(vault, officer_name=OFFICER[0], initials=OFFICER[1],
                         password=PASSWORD, authority="Benchmark Kommune",
                         password_only=True).vault.lock("benchmark: created")
            info = build(vault, plain, args.rows)
            info_path.write_text(json.dumps(info))
            print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
        info = json.loads(info_path.read_text())
        base = Series("sqlite3 plain: one GROUP BY user_ref full scan")
        ours = Series("run_rules (encrypted, all rules, defaults)")
        cpu = Series("run_rules, CPU time of the process")
        child: dict[str, object] = {}
        for _ in range(args.runs):
            base.seconds.append(baseline(plain))
            child = rules_in_child(vault)
            ours.seconds.append(float(child["seconds"]))  # type: ignore[arg-type]
            cpu.seconds.append(float(child["cpu"]))  # type: ignore[arg-type]
        peak_mb = int(child["peak_rss_kib"]) / 1024  # type: ignore[call-overload]
        print(f"\n{info['rows']:,} rows, {info['users']:,} user IDs, {info['employees']:,} "
              f"employees; {context()['cpus']} CPUs, Python {context()['python']}\n")
        print_table([base, ours, cpu], [("baseline", base)])
        budget = (5.0, None) if args.rows <= 1_000_000 else (90.0, 400)
        print(f"\nrun_rules: {ours.median:.2f} s (target ≤ {budget[0]:.0f} s), "
              f"{ours.median / base.median:.1f}× the plain scan")
        print(f"peak RSS during run_rules: {peak_mb:.0f} MB"
              + (f" (target < {budget[1]} MB)" if budget[1] else "")
              + f"; {int(child['start_rss_kib']) / 1024:.0f} MB after login")  # type: ignore[call-overload]
        print("\nper rule (wall s, CPU s, findings, entries explained by a case; the first "
              "rule includes loading the registers and the rows per user):")
        counts, explained = child["counts"], child["explained"]
        for rule, (wall, used) in child["per_rule"].items():  # type: ignore[attr-defined]
            print(f"  {rule:<26} {wall:6.2f}  {used:6.2f}  "
                  f"{counts.get(rule, 0):>6}  {explained.get(rule, 0):>7}")  # type: ignore[attr-defined]
        found = {tuple(k) for k in child["keys"]}  # type: ignore[attr-defined]
        print("\nplanted misuse:")
        hits = 0
        for rule, key in info["planted"]:
            ok = any(r == rule and planted_matches(key, k) for r, k in found)
            hits += ok
            print(f"  {'found' if ok else 'MISSED':<6} {rule:<26} {masked_key(key)}")
        print(f"{hits} of {len(info['planted'])} planted cases found")
        write_json(args.json, "review", args.runs, [base, ours, cpu],
                   {"rows": info["rows"], "peak_rss_mb": peak_mb, "per_rule": child["per_rule"],
                    "findings": counts, "explained": explained,
                    "planted_found": hits, "planted": len(info["planted"])})
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
