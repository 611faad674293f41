"""ICS at the speed of NDJSON: `timeline ics` against `timeline show -f ndjson` on the same file.

    python bench/ics_bench.py                    # 100k NDJSON events, 3 runs each, interleaved
    python bench/ics_bench.py --events 10000 --repeat 5

Issue 18's target: ``ics`` on 100k events (NDJSON with expressions and a
reference per event, from bench/gen_events.py) takes at most 1.3x
``show -f ndjson`` on the same input. Both run as whole processes, stdout to
/dev/null, alternating so that a busy machine slows both alike; the figure is
the ratio of the medians.

In process, on the loaded timeline, it also prints the cost per event of the
renderers alone: the direct ICS writer, the same mapping written through
icalendar's object model (tests/ics_reference.py, when icalendar is
installed), and the NDJSON renderer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.3


def whole_process(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def in_process(path: Path, events: int) -> None:
    sys.path[:0] = [str(REPO), str(REPO / "tests")]
    from timeline.loader import load
    from timeline.model import Timeline
    from timeline.renderers import RenderOptions, get_renderer

    timeline = load([str(path)]).timeline
    timeline = Timeline(timeline.events[:events], timeline.calendar, timeline.files, timeline.references)
    options = RenderOptions(generated_at=datetime(2025, 3, 6, 12, tzinfo=UTC))
    writers = {"ics (direct)": get_renderer("ics"), "ndjson": get_renderer("ndjson")}
    try:
        from ics_reference import reference_calendar

        writers["ics (icalendar)"] = lambda t, o: reference_calendar(t, o).to_ical(sorted=True).decode()
    except ImportError:
        print("  (icalendar not installed: no reference figure)")
    n = len(timeline.events)
    print(f"\nin process, renderers alone, {n:,} events (best of 3):")
    best: dict[str, float] = {}
    for name, write in writers.items():
        times = []
        for _ in range(3):
            started = time.perf_counter()
            write(timeline, options)
            times.append(time.perf_counter() - started)
        best[name] = min(times)
    for name, seconds in best.items():
        print(f"  {name:16} {seconds / n * 1e6:7.1f} µs/event  {seconds / best['ndjson']:5.2f}x ndjson")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--in-process", type=int, default=20_000, metavar="N",
                        help="events for the in-process comparison (0: skip it)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1741262400"}
    with tempfile.TemporaryDirectory(prefix="timeline-ics-bench-") as tmp:
        path = Path(tmp) / f"events-{args.events}.ndjson"
        subprocess.run([sys.executable, str(REPO / "bench" / "gen_events.py"), str(args.events), "--format",
                        "ndjson", "-o", str(path)], check=True)
        commands = {
            "show -f ndjson": [sys.executable, "-m", "timeline", "show", str(path), "-f", "ndjson"],
            "ics": [sys.executable, "-m", "timeline", "ics", str(path)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, argv in commands.items():
                times[name].append(whole_process(argv, env))
        floor = statistics.median(times["show -f ndjson"])
        print(f"ics bench: {args.events:,} NDJSON events (expressions, a reference per event), "
              f"median of {args.repeat} whole-process runs, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}\n")
        print("| command | seconds | x show -f ndjson | target |")
        print("|---------|--------:|-----------------:|-------:|")
        for name, values in times.items():
            seconds = statistics.median(values)
            target = f"<= {TARGET}" if name == "ics" else "floor"
            print(f"| {name} | {seconds:.2f} | {seconds / floor:.2f} | {target} |")
        ratio = statistics.median(times["ics"]) / floor
        print(f"\nics / show -f ndjson = {ratio:.2f} (target <= {TARGET}: {'met' if ratio <= TARGET else 'NOT met'})")
        if args.in_process:
            in_process(path, args.in_process)


if __name__ == "__main__":
    main()
