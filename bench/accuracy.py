#!/usr/bin/env python3
"""Accuracy and speed of the resolver beside its peers, in one run.

    python bench/accuracy.py              # all 990 rows, every peer
    python bench/accuracy.py --quick      # timeline only

It runs ../shared/bench/peers.py on Duckling's English corpus with timeline as
an adapter (bench/bench_adapter.py) beside dateparser, parsedatetime,
chrono-node and dateutil, then scores timeline alone by family: the strict
score on the 731 non-holiday rows and on the 259 holiday rows, and the misses
grouped by the kind of expression (and whether the miss is a documented
convention difference, see docs/conventions.md). It also measures the
API throughput (first pass, no cache shared between rows) and the import time.

Peers are looked up in .peers/ (see bench/README.md for how to install them).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" / "bench" for p in ROOT.parents if (p / "shared" / "bench").is_dir()),
              ROOT.parent / "shared" / "bench")
GOLD = SHARED / "duckling_en_time.jsonl"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

# Rows where Duckling follows a different convention from ours, by design
# (docs/conventions.md, "Where Duckling differs"). They are counted as misses.
CONVENTION_FAMILIES = {
    "offset-grain": "offsets keep the unit's grain ('in 7 days' is a day, 'a week ago' the ISO week)",
    "weekday-forward": "a bare weekday on the reference's own weekday is that day; 'next X' the first after",
    "weekend": "a weekend is Saturday and Sunday, not Friday 18:00 to Monday",
    "past-time": "Duckling reads some bare times backwards ('at 4:23')",
}


def family(text: str, row: dict) -> str:
    t = text.lower()
    if row.get("holiday"):
        return "holiday"
    if any(w in t for w in ("weekend", "week-end", "wkend", "week end")):
        return "weekend"
    if any(w in t for w in (" ago", "hence", "from now", "from today", "in a ", "in 1 ", "in 7 ", "in one ")) \
            and not any(c in t for c in ":") and ("day" in t or "week" in t or "month" in t or "year" in t
                                                  or "fortnight" in t):
        return "offset-grain"
    if row["kind"] == "interval" or any(w in t for w in (" - ", "-", " to ", "between", "until", "till",
                                                         " thru ", "through")):
        return "interval"
    if any(c.isdigit() for c in t) and any(w in t for w in ("am", "pm", ":", "h", "o'clock", "oclock")):
        return "time"
    if any(w in t for w in ("morning", "evening", "night", "afternoon", "noon", "lunch", "tonight")):
        return "part of day"
    if any(w in t for w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            "mon", "tue", "wed", "thu", "fri", "sat", "sun")):
        return "weekday"
    if any(w in t for w in ("week", "month", "quarter", "year", "qtr", "yr")):
        return "calendar unit"
    return "date / other"


def trunc(d: datetime, g: str) -> object:
    if g == "second":
        return d.replace(microsecond=0)
    if g == "minute":
        return d.replace(second=0, microsecond=0)
    if g == "hour":
        return d.replace(minute=0, second=0, microsecond=0)
    if g in ("day", "weekend"):
        return d.date()
    if g == "week":
        return d.isocalendar()[:2]
    if g == "month":
        return (d.year, d.month)
    if g == "quarter":
        return (d.year, (d.month - 1) // 3)
    return d.year


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text if "T" in text else text + "T00:00:00")


def score_timeline(rows: list[dict], show: int) -> None:
    from bench_adapter import normalize

    frame = timezone(timedelta(hours=-2))
    ok: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    misses: dict[str, list[str]] = collections.defaultdict(list)
    for row in rows:
        ref = parse_iso(row["ref"])
        out = normalize(row["text"], ref, row["prefer"])
        part = "holiday" if row.get("holiday") else "non-holiday"
        total[part] += 1
        good = False
        if out is not None:
            start = out[0]
            if start.tzinfo is not None:
                start = start.astimezone(frame).replace(tzinfo=None)
            good = trunc(start, row["granularity"]) == trunc(parse_iso(row["start"]), row["granularity"])
        if good:
            ok[part] += 1
        else:
            got = "no answer" if out is None else f"{out[0].isoformat()} ({out[2]})"
            misses[family(row["text"], row)].append(f"{row['text']!r}: gold {row['start']} "
                                                    f"({row['granularity']}), got {got}")
    print("\n## timeline, strict score")
    for part in ("non-holiday", "holiday"):
        print(f"- {part}: {ok[part]}/{total[part]} = {100 * ok[part] / max(total[part], 1):.1f}%")
    all_ok = ok["non-holiday"] + ok["holiday"]
    print(f"- all: {all_ok}/{len(rows)} = {100 * all_ok / len(rows):.1f}%")
    print("\n## misses by family")
    for fam, items in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        note = f"  (convention: {CONVENTION_FAMILIES[fam]})" if fam in CONVENTION_FAMILIES else ""
        print(f"- {fam}: {len(items)}{note}")
        for line in items[:show]:
            print(f"    {line}")


def throughput(rows: list[dict]) -> None:
    from timeline.errors import TimelineError
    from timeline.resolver import Resolver

    refs = [(r["text"], parse_iso(r["ref"]), r["prefer"]) for r in rows]
    t0 = time.process_time()
    for text, ref, prefer in refs:
        try:
            Resolver(ref, prefer).resolve(text)
        except TimelineError:
            pass
    first = time.process_time() - t0
    best = first
    for _ in range(4):
        t0 = time.process_time()
        for text, ref, prefer in refs:
            try:
                Resolver(ref, prefer).resolve(text)
            except TimelineError:
                pass
        best = min(best, time.process_time() - t0)
    print("\n## timeline throughput through the Python API (CPU time, one core)")
    print(f"- first pass: {len(rows) / first:,.0f} expressions/s (target 50,000: {len(rows) / first / 50_000:.2f}x)")
    print(f"- best of 5:  {len(rows) / best:,.0f} expressions/s")


def memo_throughput(rows: list[dict]) -> None:
    """A realistic events file: 100k expressions drawn (Zipf-like, seeded) from 500 distinct
    ones, resolved by one Resolver per file as the loader does (its per-run memo on)."""
    import random

    from timeline.errors import TimelineError
    from timeline.resolver import Resolver

    distinct = sorted({r["text"] for r in rows})[:500]
    rng = random.Random(2025)
    weights = [1 / (rank + 1) for rank in range(len(distinct))]
    texts = rng.choices(distinct, weights=weights, k=100_000)
    ref = datetime(2025, 3, 6, 9, 30)
    samples = []
    for _ in range(3):
        resolver = Resolver(ref, "past")
        t0 = time.process_time()
        for text in texts:
            try:
                resolver.resolve(text)
            except TimelineError:
                pass
        samples.append(time.process_time() - t0)
    rate = len(texts) / statistics.median(samples)
    print(f"\n## memoised: 100k events from {len(distinct)} distinct expressions, one Resolver per file")
    print(f"- {rate:,.0f} expressions/s (median of 3; target 150,000: {rate / 150_000:.1f}x)")


def import_time() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "timeline")], check=False, env=env)
    times = []
    for code in ("pass", "import timeline", "import timeline.resolver", "import timeline; timeline.resolve"):
        samples = []
        for _ in range(9):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            samples.append(time.perf_counter() - t0)
        times.append(statistics.median(samples))
    print("\n## import time (median of 9 processes, bytecode compiled)")
    print(f"- python -c pass: {times[0] * 1000:.0f} ms")
    for label, took in zip(("import timeline", "import timeline.resolver", "import timeline; timeline.resolve"),
                           times[1:]):
        print(f"- {label}: {took * 1000:.0f} ms (+{(took - times[0]) * 1000:.0f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="timeline only (no peers)")
    ap.add_argument("--show", type=int, default=4, help="example misses per family")
    args = ap.parse_args()
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"# Duckling English corpus: {len(rows)} rows ({GOLD})")
    if not args.quick:
        peers_python = ROOT / ".peers" / "venv" / "bin" / "python"
        python = str(peers_python) if peers_python.exists() else sys.executable
        env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}"}
        # Measure what an installed copy runs: compiled modules, not a recompile of every file.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "timeline")], check=False, env=env)
        for extra in ([], ["--exclude-holidays"]):
            print(f"\n## peers.py {' '.join(extra) or '(all rows)'}", flush=True)
            subprocess.run([python, str(SHARED / "peers.py"), str(GOLD), "--adapter",
                            "timeline=bench_adapter:normalize", *extra], cwd=ROOT, env=env, check=False)
    score_timeline(rows, args.show)
    throughput(rows)
    memo_throughput(rows)
    import_time()


if __name__ == "__main__":
    main()
