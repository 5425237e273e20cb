"""How long a signed report with 1,000 findings takes, against plain reportlab.

    python bench/bench_report.py [--findings 1000] [--runs 5] [--json FILE]

Issue 5 asks for a signed log-control report with 1,000 findings in under 3 s. The log
control's own builder comes later, so the document is synthetic but shaped like one: a
statistics table, a bar chart of 20 users, 1,000 findings (title, explanation, four facts,
decision, who and when), sources, the audit anchor and the signature block. Each run times,
round-robin, in one process:

* baseline: plain reportlab (``SimpleDocTemplate``, its sample styles, Helvetica) rendering
  the same findings text as one paragraph each: no tables, page furniture, guard or signing;
* ``report_pdf.render``: cpradmin's engine (fonts embedded, tables with repeated headers,
  every string through the CPR guard, "page x of y", deterministic output);
* ``signing.sign_pdf``: the PAdES signature on the rendered bytes, including the password
  check (Argon2id, as the officer waits for it) and the audit entry;
* the whole thing: render + sign, what the officer waits for after pressing "Sign".

pyHanko's import (about half a second, paid once per process, by the first signature) is
measured separately in a fresh interpreter and added to the first signature's figure.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from _common import Series, context, fmt, print_table, write_json

from cpradmin import signing
from cpradmin.report_pdf import (
    AuditAnchor,
    BarChart,
    ChartSeries,
    DataTable,
    Finding,
    Findings,
    Heading,
    KeyValues,
    ReportDocument,
    SignatureBlock,
    Source,
    Sources,
    Text,
    render,
)
from cpradmin.vault import Vault

OFFICER = ("Bente Benchmark", "BB")
PASSWORD = "Kobber-Ugle-Vinter-93"
TARGET_SECONDS = 3.0


def findings(count: int) -> list[Finding]:
    start = datetime(2025, 1, 2, 7, 0, tzinfo=UTC)
    rules = ("Opslag uden for arbejdstid", "Opslag på egen familie", "Mange opslag på kort tid",
             "Opslag på person på observationslisten", "Opslag uden sag")
    return [
        Finding(
            title=f"{rules[i % len(rules)]} (U{i % 20:03d})",
            text=(f"Brugeren U{i % 20:03d} slog en person op kl. "
                  f"{(start + timedelta(minutes=37 * i)):%H:%M} den "
                  f"{(start + timedelta(minutes=37 * i)):%d-%m-%Y} uden en registreret sag. "
                  "Reglen kræver en sag eller en begrundelse for hvert opslag."),
            severity=("high", "medium", "low")[i % 3],
            facts=(("Regel", f"R{i % len(rules) + 1} v1"), ("Bruger", f"U{i % 20:03d}"),
                   ("CPR", "010190-XXXX"), ("Linje", 1000 + i)),
            decision="Begrundet: sagsbehandling af ansøgning om boligstøtte.",
            decided_by="BB", decided_at=date(2025, 4, 2),
        )
        for i in range(count)
    ]


def document(count: int) -> ReportDocument:
    users = [f"U{i:03d}" for i in range(20)]
    return ReportDocument(
        title="Logkontrol 1. kvartal 2025", authority="Benchmark Kommune", language="da",
        created=datetime(2025, 4, 3, 9, 0, tzinfo=UTC),
        period=(date(2025, 1, 1), date(2025, 3, 31)), author=OFFICER[0],
        sections=(
            Text("Kontrol af opslag i CPR efter CPR-vilkårene, afsnit 4."),
            Heading("Statistik"),
            KeyValues((("Logrækker", 1_000_000), ("Brugere", 20), ("Fund", count))),
            BarChart("Opslag pr. bruger", tuple(users),
                     (ChartSeries("Opslag", tuple(float(1000 + 37 * i) for i in range(20))),)),
            DataTable(("Bruger", "Opslag", "Fund"),
                      [(u, 1000 + 37 * i, count // 20) for i, u in enumerate(users)]),
            Heading("Fund og beslutninger"),
            Findings(findings(count)),
            Sources((Source("cpr-log-2025q1.csv", 1_000_000, "ab12" * 16),)),
            AuditAnchor(12_345, "cd34" * 16),
            SignatureBlock(OFFICER[0], "sikkerhedsansvarlig"),
        ),
    )


def baseline(count: int) -> bytes:
    """The same findings text, the plainest reportlab way."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [Paragraph("Logkontrol 1. kvartal 2025", styles["Title"])]
    for number, item in enumerate(findings(count), start=1):
        facts = " · ".join(f"{k}: {v}" for k, v in item.facts)
        story.append(Paragraph(
            f"{number}. <b>{item.title}</b> [{item.severity}]<br/>{item.text}<br/>{facts}<br/>"
            f"{item.decision} {item.decided_by} {item.decided_at}", styles["Normal"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def cold_import_seconds() -> float:
    code = "import time; t = time.perf_counter(); import pyhanko.sign.signers, " \
           "pyhanko.sign.validation; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--findings", type=int, default=1000)
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    os.environ.setdefault("CPRADMIN_NO_KEYRING", "1")
    pyhanko_import = cold_import_seconds()

    with tempfile.TemporaryDirectory(prefix="cpradmin-bench-") as tmp:
        print("building the benchmark vault and its signing certificate…", flush=True)
        vault = Vault.create(Path(tmp) / "bench.vault", officer_name=OFFICER[0],
                             initials=OFFICER[1], password=PASSWORD,
                             authority="Benchmark Kommune", password_only=True).vault
        try:
            signing.create_authority_certificate(vault)
            base_s = Series("baseline: plain reportlab, same text, unsigned")
            render_s = Series(f"report_pdf.render ({args.findings:,} findings)")
            sign_s = Series("signing.sign_pdf (password check + PAdES)")
            total_s = Series("render + sign (what the officer waits for)")
            pages = size = 0
            for _ in range(args.runs):
                t = time.perf_counter()
                baseline(args.findings)
                base_s.seconds.append(time.perf_counter() - t)

                t = time.perf_counter()
                pdf = render(document(args.findings))
                rendered = time.perf_counter()
                signed = signing.sign_pdf(vault, pdf, password=PASSWORD)
                done = time.perf_counter()
                render_s.seconds.append(rendered - t)
                sign_s.seconds.append(done - rendered)
                total_s.seconds.append(done - t)
                size = len(signed)
                pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
        finally:
            vault.lock("bench done")

    print()
    print_table([base_s, render_s, sign_s, total_s], [("baseline", base_s)])
    first = total_s.seconds[0] + pyhanko_import
    print(f"\npyHanko import (fresh interpreter, paid by the first signature): "
          f"{fmt(pyhanko_import)}")
    print(f"first signed report in a session (render + sign + import): {fmt(first)}")
    print(f"signed report: {size:,} bytes, about {pages} pages")
    verdict = "OK" if max(first, total_s.median) < TARGET_SECONDS else "TOO SLOW"
    print(f"target: under {TARGET_SECONDS:.0f} s for a signed report with "
          f"{args.findings:,} findings: {verdict}")
    print(f"context: {context()}")
    write_json(args.json, "report", args.runs, [base_s, render_s, sign_s, total_s],
               {"findings": args.findings, "pyhanko_import_seconds": pyhanko_import,
                "first_signed_report_seconds": first, "bytes": size, "pages": pages,
                "target_seconds": TARGET_SECONDS})
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    raise SystemExit(main())
