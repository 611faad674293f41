#!/usr/bin/env python3
"""Hostile inputs at growing sizes: time each and print the growth ratios (issue 17).

Usage (from the repository root)::

    python bench/hostile.py                          # every case at 100 kB and 1 MB
    python bench/hostile.py --only extract --sizes 100000,1000000,5000000
    python bench/hostile.py --repeat 3               # best of 3 per size

Linear cost shows as a ratio close to the ratio of the sizes (10x per 10x);
``tests/test_extract_hostile.py`` and ``tests/test_loader_hostile.py`` assert at most 12x,
each case measured by :func:`growth` in a fresh interpreter (``--growth NAME``).
CPU time of this process is measured (``time.process_time``), so the other
jobs on a shared machine disturb it less than wall time.

Adding a case is one line in :data:`CASES`: a name, the area it belongs to,
a generator ``make(size) -> str`` and the call ``run(text)`` to time.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REFERENCE = date(2025, 3, 6)


@dataclass(frozen=True)
class Case:
    """One hostile input: ``make(size)`` builds it, ``run(text)`` is what is timed."""

    name: str
    area: str
    make: Callable[[int], str]
    run: Callable[[str], object]


def repeat(unit: str, size: int) -> str:
    """*unit* repeated to exactly *size* characters."""
    return (unit * (size // len(unit) + 1))[:size]


def articles(size: int) -> str:
    """The gold news texts of tests/data/extract, one after another, to *size* characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "extract").glob("*.txt"))]
    return repeat("\n\n".join(texts) + "\n\n", size)


def extract_and_draft(text: str) -> object:
    """What `timeline extract -f json` does: read the article, then draft its events."""
    from timeline.extraction import article_events, read_article

    return article_events(read_article(text, REFERENCE))


def load(name: str) -> Callable[[str], object]:
    """The loader on a file called *name* (its suffix picks the reader), as `timeline check` runs it."""
    def run(text: str) -> object:
        from timeline.loader import load_text

        return load_text(text, name)
    return run


def events_yaml(size: int, event: Callable[[int], str]) -> str:
    """A YAML events file of about *size* characters, one event per line from ``event(i)``."""
    lines = ["reference: 2025-03-06", "events:"]
    total, i = 0, 0
    while total < size:
        line = event(i)
        lines.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(lines) + "\n"


def reverse_chain(size: int) -> str:
    """Events each anchored on the next one written below it (the worst order for the graph)."""
    n = max(2, size // 48)
    lines = ["reference: 2025-03-06", "events:"]
    lines += [f"  - {{id: e{i}, title: t{i}, when: 1 day after e{i - 1}}}" for i in range(n - 1, 0, -1)]
    return "\n".join(lines + ["  - {id: e0, title: t0, when: 2025-01-01}"]) + "\n"


_WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]
LOADER_CASES: list[Case] = [
    Case("unresolvable plain strings", "loader", lambda n: events_yaml(
        n, lambda i: "  - \"" + " ".join(_WORDS[(i * 7 + k) % 12] for k in range(8)) + " x"
        + "".join(chr(97 + int(d)) for d in str(i)) + "\""), load("e.yaml")),
    Case("misspelt weekday everywhere", "loader", lambda n: events_yaml(
        n, lambda i: f"  - {{title: e{i}, when: Thrusday}}"), load("e.yaml")),
    Case("anchored chain in reverse", "loader", reverse_chain, load("e.yaml")),
    Case("one huge expression", "loader", lambda n: "reference: 2025-03-06\nevents:\n  - {title: a, when: '"
         + repeat("Thursday ", n) + "'}\n", load("e.yaml")),
    Case("JSON duplicate keys", "loader", lambda n: "[" + ",".join(
        ['{"title": "a", "title": "b", "when": "Monday", "reference": "2025-03-06"}'] * max(1, n // 75)) + "]",
         load("e.json")),
    Case("JSON lone surrogates", "loader", lambda n: "[" + ",".join(
        ['{"title": "A\\ud800", "when": "Monday", "reference": "2025-03-06"}'] * max(1, n // 65)) + "]",
         load("e.json")),
    Case("NDJSON, every line broken", "loader", lambda n: repeat('{"title": "a", "when": }\n', n), load("e.ndjson")),
    Case("CR-only line ends", "loader", lambda n: events_yaml(n, lambda i: f"  - {{title: e{i}, when: Monday}}")
         .replace("\n", "\r"), load("e.yaml")),
]


def quadratic(text: str) -> object:
    """A deliberately quadratic step (a suffix rescanned every 1,000 characters): the control
    that shows the growth measure tells quadratic from linear (about 100x per 10x)."""
    return sum(text[i:].count("x") for i in range(0, len(text), 1000))


CONTROL_CASES: list[Case] = [Case("quadratic control", "control", lambda n: repeat("abcx", n), quadratic)]

CASES: list[Case] = LOADER_CASES + CONTROL_CASES + [
    Case("articles concatenated", "extract", articles, extract_and_draft),
    Case("one long sentence", "extract", lambda n: repeat("the talks went on with Monday and March 4 and ", n),
         extract_and_draft),
    Case("'March 4, ' * N", "extract", lambda n: repeat("March 4, ", n), extract_and_draft),
    Case("'[a](' * N", "extract", lambda n: repeat("[a](", n), extract_and_draft),
    Case("'<p><!--' * N", "extract", lambda n: repeat("<p><!--", n), extract_and_draft),
    Case("'<p><script>' * N", "extract", lambda n: repeat("<p><script>", n), extract_and_draft),
    Case("'<p ' * N", "extract", lambda n: repeat("<p ", n), extract_and_draft),
    Case("run of full stops", "extract", lambda n: "On Monday" + repeat(".", n - 10) + "x", extract_and_draft),
    Case("one open quote", "extract", lambda n: "\u201c" + repeat("We will meet tomorrow, he said on Monday ", n - 1),
         extract_and_draft),
    Case("'said on Monday' * N", "extract", lambda n: repeat("He said on Monday the deal would close. ", n),
         extract_and_draft),
    Case("date words without a break", "extract", lambda n: repeat("last next this week month year ", n),
         extract_and_draft),
    Case("long capitalised word", "extract",
         lambda n: "The talks resumed on Monday after the envoy, " + repeat("A", n - 60) + ", spoke.",
         extract_and_draft),
    Case("'after' clauses", "extract",
         lambda n: repeat("Prices fell last week after the minister announced cuts and ", n), extract_and_draft),
]


def cpu_seconds(case: Case, text: str, runs: int = 1) -> float:
    """CPU seconds of one run of *case* on *text*, averaged over *runs* runs in a row,
    from a collected heap and without the cyclic collector (whose passes cost in
    proportion to everything alive in the process, not to the work of the run)."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.process_time()
        for _ in range(runs):
            case.run(text)
        return (time.process_time() - t0) / runs
    finally:
        if was_enabled:
            gc.enable()


def growth(case: Case, size: int = 100_000, factor: int = 10, bound: float | None = None,
           rounds: int = 3) -> tuple[float, float]:
    """(CPU seconds of one run at *size*, of one run at *size* x *factor*), for a growth ratio.

    Built to give the same answer on a quiet and on a loaded machine:

    - both inputs are made first and the case is warmed up (imports, first-use tables);
    - the small input runs *factor* times in a row and its time is the mean of those runs, so
      each measurement lasts about as long as one run of the large input and both see the same
      noise (a single short run is at the mercy of the scheduler and the timer, and the best of a
      few short runs is biased low, which inflates the ratio);
    - CPU time of this process, without the collector (see :func:`cpu_seconds`);
    - small and large are measured in interleaved rounds and the best of each is kept
      (interference only ever adds time); with *bound*, rounds stop as soon as the ratio is
      within it, so a linear case costs one round.

    Run it in a fresh interpreter (``python bench/hostile.py --growth NAME``): the heap of a
    test process would weigh on the larger run.
    """
    small_text, large_text = case.make(size), case.make(size * factor)
    case.run(case.make(1000))
    small = large = float("inf")
    for _ in range(rounds):
        small = min(small, cpu_seconds(case, small_text, factor))
        large = min(large, cpu_seconds(case, large_text))
        if bound is not None and large <= bound * small:
            break
    return small, large


def time_case(case: Case, size: int, repeats: int) -> float:
    """Best CPU time of *repeats* runs of *case* on an input of *size* characters."""
    text = case.make(size)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        case.run(text)
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="comma list of input sizes in characters")
    ap.add_argument("--only", default="", help="only the cases of this area (extract, loader)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size (best is kept)")
    ap.add_argument("--growth", metavar="CASE", help="print the CPU seconds of one run at 100 kB and at 1 MB of "
                    "this case (see growth()), as the tests read them")
    ap.add_argument("--bound", type=float, help="with --growth: stop measuring once the ratio is within this")
    args = ap.parse_args(argv)
    if args.growth:
        small, large = growth(next(c for c in CASES if c.name == args.growth), bound=args.bound)
        print(small, large)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    extract_and_draft("Warm-up on Monday.")  # imports are not timed
    head = ["area", "case"] + [f"{s:,} chars (s)" for s in sizes] + [f"x{sizes[i + 1] // sizes[i]}" for i in
                                                                        range(len(sizes) - 1)]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---", "---"] + ["---:"] * (len(head) - 2)) + "|")
    for case in CASES:
        if args.only and case.area != args.only:
            continue
        times = [time_case(case, s, args.repeat) for s in sizes]
        ratios = [f"{times[i + 1] / max(times[i], 1e-6):.1f}" for i in range(len(times) - 1)]
        print("| " + " | ".join([case.area, case.name] + [f"{t:.3f}" for t in times] + ratios) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
