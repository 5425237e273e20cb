"""Helpers shared by the benchmarks: statistics, the result table, and the run's context."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Series:
    """One measured step: its timings in seconds, one per run."""

    name: str
    seconds: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def low(self) -> float:
        return min(self.seconds)

    @property
    def high(self) -> float:
        return max(self.seconds)


def fmt(seconds: float) -> str:
    """Milliseconds with sensible precision: 0.052 ms, 4.31 ms, 312 ms, 1 830 ms."""
    ms = seconds * 1000
    if ms < 1:
        return f"{ms:.3f} ms"
    if ms < 100:
        return f"{ms:.2f} ms"
    return f"{ms:,.0f} ms".replace(",", " ")


def ratio(value: float, base: float) -> str:
    if base <= 0:
        return "-"
    factor = value / base
    return f"{factor:,.1f}×".replace(",", " ") if factor < 10_000 else f"{factor:.2e}×"


def print_table(rows: list[Series], baselines: list[tuple[str, Series]]) -> None:
    """Median, min and max of each row, and its median divided by each baseline's median."""
    width = max(len(row.name) for row in rows)
    head = f"{'step':<{width}}  {'median':>10}  {'min':>10}  {'max':>10}"
    head += "".join(f"  {'× ' + label:>14}" for label, _ in baselines)
    print(head)
    print("-" * len(head))
    for row in rows:
        line = f"{row.name:<{width}}  {fmt(row.median):>10}  {fmt(row.low):>10}"
        line += f"  {fmt(row.high):>10}"
        line += "".join(f"  {ratio(row.median, base.median):>14}" for _, base in baselines)
        print(line)


def context() -> dict[str, str]:
    """What the figures depend on, printed with them and stored in the JSON."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": str(os.cpu_count()),
        "executable": sys.executable,
    }


def write_json(path: str | None, name: str, runs: int, rows: list[Series],
               extra: dict[str, object]) -> None:
    if not path:
        return
    body = {
        "benchmark": name,
        "runs": runs,
        "context": context(),
        **extra,
        "series": [{**asdict(row), "median": row.median} for row in rows],
    }
    Path(path).write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nresults written to {path}")
