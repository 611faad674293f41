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


def _warm_up() -> None:
    """Build what the process builds once (lexicon tries, holiday names and calendars, compiled
    regexes, the suggester of misspelt words) on the grammar families' own examples and one
    misspelt word, none of which is a corpus row: a first pass after this still meets every
    corpus expression for the first time."""
    from timeline.errors import TimelineError
    from timeline.grammar.registry import FAMILIES
    from timeline.resolver import Resolver

    # the examples read; "last Thursdy": a misspelt word builds the suggester (imports difflib)
    texts = [example[0] for module in FAMILIES for example in getattr(module, "EXAMPLES", ())] + ["last Thursdy"]
    for text in texts:
        try:
            Resolver(datetime(2025, 3, 6, 9, 30), "past").resolve(text)
        except TimelineError:
            pass


def speed_worker() -> None:
    """Measure in this process (started by ``throughput``): prints one JSON line."""
    sys.path.insert(0, os.environ["TIMELINE_BENCH_TREE"])  # the build under test, before this checkout
    from timeline._mypyc import compiled
    from timeline.errors import TimelineError
    from timeline.resolver import Resolver

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    refs = [(r["text"], parse_iso(r["ref"]), r["prefer"]) for r in rows]

    def one_pass() -> float:
        t0 = time.process_time()
        for text, ref, prefer in refs:
            try:
                Resolver(ref, prefer).resolve(text)  # a new resolver per row: no memo shared between rows
            except TimelineError:
                pass
        return time.process_time() - t0

    cold = one_pass() if os.environ.get("TIMELINE_BENCH_COLD") else None
    if cold is None:
        _warm_up()
    first = one_pass()
    best = min([first] + [one_pass() for _ in range(4)])
    print(json.dumps({"compiled": compiled(), "rows": len(refs), "cold": cold, "first": first, "best": best}))


def _compiled_tree() -> Path | None:
    """A copy of the package built with TIMELINE_COMPILE=1 in bench/out/, rebuilt when the sources
    change; None (with the reason printed) when it cannot be built here."""
    import hashlib
    import shutil

    digest = hashlib.sha256()
    for path in sorted((ROOT / "timeline").rglob("*.py")) + [ROOT / "setup.py"]:
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    tree = ROOT / "bench" / "out" / f"compiled-{digest.hexdigest()[:12]}"
    if (tree / "built").exists():
        return tree
    if shutil.which("cc") is None:
        print("- compiled build: skipped (no C compiler)")
        return None
    for old in (ROOT / "bench" / "out").glob("compiled-*"):
        shutil.rmtree(old, ignore_errors=True)
    tree.mkdir(parents=True)
    shutil.copytree(ROOT / "timeline", tree / "timeline", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "pyproject.toml"):
        shutil.copy(ROOT / name, tree / name)
    print("- building the compiled core (TIMELINE_COMPILE=1 python setup.py build_ext --inplace)...", flush=True)
    built = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=tree,
                           env={**os.environ, "TIMELINE_COMPILE": "1"}, capture_output=True, text=True)
    if built.returncode != 0:
        print(f"- compiled build failed (is mypy installed?): {built.stderr.strip().splitlines()[-1:]}")
        shutil.rmtree(tree, ignore_errors=True)
        return None
    (tree / "built").touch()
    return tree


def _measure(tree: Path, cold: bool) -> dict:
    env = {**os.environ, "TIMELINE_BENCH_TREE": str(tree)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cold:
        env["TIMELINE_BENCH_COLD"] = "1"
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--speed-worker"], env=env,
                         cwd=str(tree), capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def throughput(compiled_build: bool) -> None:
    """Expressions/s through ``Resolver(ref, prefer).resolve(text)``, one new resolver per row, CPU
    time of one process, for the pure build and (``--compiled``) the mypyc build, in one run."""
    builds = [("pure Python", ROOT)]
    if compiled_build:
        tree = _compiled_tree()
        if tree is not None:
            builds.append(("compiled (mypyc)", tree))
    print("\n## timeline throughput through the Python API (CPU time, one core, a new Resolver per row)")
    print("| build | first pass | best of 5 | cold process, first pass | target |")
    print("|---|---:|---:|---:|---|")
    for label, tree in builds:
        warm = _measure(tree, cold=False)
        cold = _measure(tree, cold=True)
        if (label == "compiled (mypyc)") != warm["compiled"]:
            raise SystemExit(f"the {label} measure imported the wrong build")
        target = 75_000 if warm["compiled"] else 50_000
        first = warm["rows"] / warm["first"]
        print(f"| {label} | {first:,.0f}/s | {warm['rows'] / warm['best']:,.0f}/s "
              f"| {cold['rows'] / cold['cold']:,.0f}/s | {target:,} first pass: {first / target:.2f}x |")
    print("(first pass: after the grammar's own examples built the lazily-built tables, every corpus row "
          "met once; cold: the first rows of a fresh process, building those tables on the way)")


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
    ap.add_argument("--compiled", action="store_true",
                    help="also measure the mypyc build (built once into bench/out/, needs a C compiler and mypy)")
    ap.add_argument("--speed-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.speed_worker:
        speed_worker()
        return
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
    throughput(args.compiled)
    memo_throughput(rows)
    import_time()


if __name__ == "__main__":
    main()
