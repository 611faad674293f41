"""Merging many sources: time, growth and clustering quality of ``timeline merge``.

    python bench/merge_bench.py                 # 1k, 10k, 30k events (10 per file); 3 runs, median
    python bench/merge_bench.py --sizes 10000 --repeat 5

A generated corpus (fixed seed): real events spread over a year, each with a
few content words (actor, action, object, place drawn from word lists); every
file is one article published on some day, telling 10 of the events that
happened in the week before, each title a shuffled subset of its event's
words with function words, each date written the way news writes it relative
to the publication day ("today", "yesterday", "on Tuesday", "last week",
"3 March"), and 2% of the dates planted a day off (contradictions).

For each size it prints the time to load the files, the time to merge them
(the library's :func:`timeline.merging.merge`, median of --repeat runs), the
merge time per event and its growth from one size to the next (linear is the
size ratio; quadratic its square), and the clustering quality against the
generator's truth: pairwise precision and recall, and how many planted
contradictions were flagged. Target: 10,000 events from 1,000 files merged
in under 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.loader import load
from timeline.merging import merge

ACTORS = ("Macron", "Scholz", "Starmer", "Meloni", "Tusk", "Zelensky", "Trump", "Vance", "Rubio", "Lammy",
          "Healey", "Hegseth", "Witkoff", "Kellogg", "Sybiha", "Yermak", "Costa", "Kallas", "Rutte", "Merz",
          "Sanchez", "Frederiksen", "Orban", "Fico", "Erdogan", "Lavrov", "Putin", "Peskov", "Carney", "Albanese")
ACTIONS = ("meets", "visits", "announces", "signs", "rejects", "proposes", "hosts", "addresses", "criticises",
           "welcomes", "suspends", "resumes", "approves", "blocks", "unveils", "cancels", "postpones", "backs")
OBJECTS = ("ceasefire", "sanctions", "minerals", "tariffs", "aid", "intelligence", "summit", "budget",
           "loan", "peacekeepers", "drones", "missiles", "pipeline", "grain", "energy", "refugees", "treaty",
           "reconstruction", "elections", "reforms", "troops", "airspace", "exports", "deterrence", "navy")
PLACES = ("Brussels", "London", "Paris", "Berlin", "Warsaw", "Kyiv", "Washington", "Rome", "Madrid",
          "Ankara", "Riyadh", "Jeddah", "Geneva", "Vienna", "Helsinki", "Oslo", "Prague", "Vilnius", "Munich")
GLUE = ("in", "at", "on", "over", "with", "after", "for")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
START = date(2025, 1, 6)


def words_as_written(day: date, published: date, rng: random.Random) -> str:
    """How an article published on *published* might write *day* (on or before it)."""
    back = (published - day).days
    if back == 0:
        return rng.choice(("today", "today", "this morning"))
    if back == 1:
        return "yesterday"
    if back < published.isoweekday():
        return "on " + WEEKDAYS[day.weekday()]
    choice = rng.random()
    if choice < 0.3:
        return "last week"
    if choice < 0.6:
        return f"last {WEEKDAYS[day.weekday()]}"
    return f"{day.day} {MONTHS[day.month - 1]}"


def generate(directory: Path, files: int, per_file: int, seed: int = 13) -> tuple[dict[tuple[str, int], int], set[int]]:
    """Write *files* articles; return the truth (file, line) -> real event, and the planted conflicts."""
    rng = random.Random(seed)
    n_events = max(10, files * per_file // 8)  # each real event told ~8 times
    days = max(30, n_events // 3)
    events = []
    for k in range(n_events):
        words = [rng.choice(ACTORS), rng.choice(ACTIONS), rng.choice(OBJECTS), rng.choice(OBJECTS),
                 rng.choice(PLACES)]
        events.append((START + timedelta(days=rng.randrange(days)), words))
    by_day: dict[date, list[int]] = {}
    for k, (day, _) in enumerate(events):
        by_day.setdefault(day, []).append(k)
    truth: dict[tuple[str, int], int] = {}
    planted: set[int] = set()
    for f in range(files):
        published = START + timedelta(days=rng.randrange(days + 7))
        recent = [k for back in range(7) for k in by_day.get(published - timedelta(days=back), [])]
        told = rng.sample(recent, min(per_file, len(recent))) if recent else []
        lines = [f"source: {{outlet: Outlet {f}, published: {published.isoformat()}, language: en}}",
                 "events:"]
        for n, k in enumerate(told):
            day, words = events[k]
            kept = [w for w in words if rng.random() < 0.85] or words[:2]
            rng.shuffle(kept)
            title = " ".join(w if rng.random() < 0.7 else f"{w} {rng.choice(GLUE)}" for w in kept)
            if rng.random() < 0.02 and day < published:
                day += timedelta(days=1)
                planted.add(k)
            name = str(directory / f"article-{f:05d}.yaml")
            truth[(name, len(lines) + 1)] = k
            lines.append(f"  - {{id: a{f}-{n}, title: '{title}', when: '{words_as_written(day, published, rng)}'}}")
        (directory / f"article-{f:05d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth, planted


def quality(merged: object, truth: dict[tuple[str, int], int], planted: set[int]) -> tuple[float, float, int]:
    """Pairwise precision and recall of the clusters, and planted contradictions flagged."""
    from collections import Counter
    from math import comb

    found_pairs = true_pairs = both = 0
    flagged = set()
    real_sizes: Counter[int] = Counter(truth.values())
    true_pairs = sum(comb(n, 2) for n in real_sizes.values())
    for event in merged.events:  # type: ignore[attr-defined]
        reals = [truth[(s.file, s.origin.line)] for s in event.merge.sources]
        found_pairs += comb(len(reals), 2)
        both += sum(comb(n, 2) for n in Counter(reals).values())
        if event.merge.status == "conflict":
            flagged.update(k for k in reals if k in planted)
    precision = both / found_pairs if found_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return precision, recall, len(flagged & planted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,30000", help="numbers of events (10 per file)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'events':>7} {'files':>6} {'load s':>7} {'merge s':>8} {'µs/event':>9} {'growth':>7} "
          f"{'merged':>7} {'precision':>9} {'recall':>7} {'conflicts flagged':>17}")
    previous: tuple[int, float] | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        files = size // 10
        with tempfile.TemporaryDirectory() as tmp:
            truth, planted = generate(Path(tmp), files, 10)
            paths = sorted(str(p) for p in Path(tmp).glob("*.yaml"))
            t0 = time.perf_counter()
            timeline = load(paths).timeline
            load_s = time.perf_counter() - t0
            times = []
            merged = None
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                merged = merge(timeline)
                times.append(time.perf_counter() - t0)
            merge_s = statistics.median(times)
            n = len(timeline.events)
            growth = ""
            if previous is not None:
                growth = f"{merge_s / previous[1]:.1f}x/{n / previous[0]:.0f}x"
            previous = (n, merge_s)
            precision, recall, flagged = quality(merged, truth, planted)
            print(f"{n:>7} {files:>6} {load_s:>7.2f} {merge_s:>8.2f} {merge_s / n * 1e6:>9.0f} {growth:>7} "
                  f"{len(merged.events):>7} {precision:>9.3f} {recall:>7.3f} "  # type: ignore[union-attr]
                  f"{flagged:>8} of {len(planted):<5}")
    print("target: 10,000 events from 1,000 files merged in < 5 s; growth ~ the size ratio (not its square)")


if __name__ == "__main__":
    main()
