"""Scale: the loader's figures of issue 18, each against its floor in the same run, with the growth.

    python bench/scale.py                                   # 10k and 100k events, every scenario
    python bench/scale.py --sizes 10000,100000,1000000      # the issue's sizes (minutes, GBs of files)
    python bench/scale.py --scenarios normalized --repeat 3

Scenarios (each timed in fresh processes, stdout to /dev/null):

- ``expressions``: NDJSON events with expressions and per-event references (bench/gen_events.py:
  real files repeat a few hundred phrases: 372 distinct expressions, 14 references). ``timeline show -f ndjson`` against a loop that only
  ``json.loads`` each line: target <= 3x. ``timeline ics`` against ``show -f ndjson``: <= 1.3x.
- ``normalized``: NDJSON records that already carry ``start``/``end`` (what ``-f ndjson`` writes).
  ``timeline show -f csv`` against a loop that ``json.loads`` each line, parses start and end with
  ``date.fromisoformat`` and writes the row with ``csv.writer``: target <= 3x and <= 1.5 GB peak.
- ``--sort input`` (in ``expressions`` and ``normalized``): the same outputs streamed in file order,
  a block of lines at a time; their peak memory should not grow with the size.
- ``yaml``: a YAML events file. ``timeline show -f ndjson`` against PyYAML's C loader reading the
  same file: target <= 1.3x, and <= 1.5 GB peak.

Each run is timed twice: CPU time of the child (user + system, from ``os.wait4``), which other
jobs on a shared machine barely move, and wall time; ratios are judged on CPU time, with the wall
ratio beside. Times are medians of --repeat runs; peak memory is the child's maximum resident set,
the largest of the runs. The last block prints CPU microseconds per event at each size: flat
means linear.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GB = 1536  # MB: the peak-memory target (1.5 GB)

FLOORS = {
    "json.loads loop": "import json,sys\nfor l in open(sys.argv[1],'rb'): json.loads(l)",
    "json.loads + fromisoformat + csv.writer loop": (
        "import csv,json,sys\nfrom datetime import date\nw=csv.writer(sys.stdout)\n"
        "for l in open(sys.argv[1],'rb'):\n r=json.loads(l)\n"
        " w.writerow([r['title'],date.fromisoformat(r['start']),date.fromisoformat(r['end'])])"),
    "PyYAML CSafeLoader": "import yaml,sys; yaml.load(open(sys.argv[1],'rb'), Loader=yaml.CSafeLoader)",
}
# scenario -> (input kind, floor, [(label, argv, what it is compared with, target ratio, peak target MB)])
SCENARIOS: dict[str, tuple[str, str, list[tuple[str, list[str], str, float, int | None]]]] = {
    "expressions": ("ndjson", "json.loads loop", [
        ("show -f ndjson", ["show", "{file}", "-f", "ndjson"], "floor", 3.0, None),
        ("ics", ["ics", "{file}"], "show -f ndjson", 1.3, None),
        ("show -f ndjson --sort input", ["show", "{file}", "-f", "ndjson", "--sort", "input"], "floor", 3.0, None),
    ]),
    "normalized": ("normalized", "json.loads + fromisoformat + csv.writer loop", [
        ("show -f csv", ["show", "{file}", "-f", "csv"], "floor", 3.0, GB),
        ("show -f csv --sort input", ["show", "{file}", "-f", "csv", "--sort", "input"], "floor", 3.0, GB),
    ]),
    "yaml": ("yaml", "PyYAML CSafeLoader", [
        ("show -f ndjson", ["show", "{file}", "-f", "ndjson"], "floor", 1.3, GB),
    ]),
}


def _load() -> str:
    """The 1, 5 and 15 minute load averages (other jobs on a shared machine)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """(CPU seconds, wall seconds, peak RSS in MiB, exit code) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def run(argv: list[str], env: dict[str, str], repeat: int) -> tuple[float, float, int, int]:
    results = [measure(argv, env) for _ in range(repeat)]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            max(r[2] for r in results), max(r[3] for r in results))


def normalized_records(n: int, path: Path) -> None:
    """*n* records as ``-f ndjson`` writes them (start/end already there), a fixed seed."""
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
            out.write(json.dumps({
                "id": f"e{i}", "title": f"Council delays report #{i}", "when": "last week",
                "start": day.isoformat(), "end": (day + timedelta(days=7)).isoformat(), "granularity": "week",
                "value": f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}", "reference": "2025-03-06",
                "tags": ["politics", "uk"]}) + "\n")


def make_input(kind: str, n: int, workdir: Path) -> Path:
    path = workdir / f"{kind}-{n}.{'ndjson' if kind != 'yaml' else 'yaml'}"
    if not path.exists():
        if kind == "normalized":
            normalized_records(n, path)
        else:
            subprocess.run([sys.executable, str(REPO / "bench" / "gen_events.py"), str(n), "--format", kind,
                            "-o", str(path)], check=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help=f"subset of: {','.join(SCENARIOS)}")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", help="directory to keep the generated files in")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1741262400"}
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="timeline-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"scale: median of {args.repeat} run(s), {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"load average {_load()} at the start\n")
    print("| scenario | events | MB | command | CPU s | x CPU | wall s | x wall | of | target | peak MB | target | ok |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---|")
    per_event: dict[str, list[float]] = {}
    peaks: dict[str, list[int]] = {}
    for name in args.scenarios.split(","):
        kind, floor_name, commands = SCENARIOS[name]
        for n in sizes:
            path = make_input(kind, n, workdir)
            mb = path.stat().st_size / 2**20
            floor_cpu, floor_wall, floor_peak, _ = run([sys.executable, "-c", FLOORS[floor_name], str(path)], env,
                                                       args.repeat)
            print(f"| {name} | {n:,} | {mb:.0f} | floor: {floor_name} | {floor_cpu:.2f} | 1.00 | {floor_wall:.2f} | "
                  f"1.00 | | | {floor_peak} | | |", flush=True)
            seconds: dict[str, tuple[float, float]] = {"floor": (floor_cpu, floor_wall)}
            for label, argv, against, target, peak_target in commands:
                cmd = [sys.executable, "-m", "timeline", *(a.format(file=path) for a in argv)]
                cpu, wall, peak, code = run(cmd, env, args.repeat)
                seconds[label] = (cpu, wall)
                ratio = cpu / seconds[against][0]
                wall_ratio = wall / seconds[against][1]
                ok = code == 0 and ratio <= target and (peak_target is None or peak <= peak_target)
                per_event.setdefault(f"{name}: {label}", []).append(cpu / n * 1e6)
                peaks.setdefault(f"{name}: {label}", []).append(peak)
                print(f"| {name} | {n:,} | {mb:.0f} | {label} | {cpu:.2f} | {ratio:.2f} | {wall:.2f} | {wall_ratio:.2f} | "
                      f"{against} | <= {target} | {peak} | {'<= ' + str(peak_target) if peak_target else ''} | "
                      f"{'yes' if ok else 'NO' if code == 0 else f'exit {code}'} |", flush=True)
            if not args.keep:
                path.unlink()
    print(f"\nload average {_load()} at the end")
    if len(sizes) > 1:
        print("\ngrowth: CPU microseconds per event at " + ", ".join(f"{n:,}" for n in sizes) + " (flat = linear)")
        for label, values in per_event.items():
            print(f"  {label:40} " + "  ".join(f"{v:8.1f}" for v in values)
                  + f"   ({values[-1] / values[0]:.2f}x per event from the first to the last size)")
        print("\npeak MB at " + ", ".join(f"{n:,}" for n in sizes) + " (--sort input streams: flat = memory does not grow)")
        for label, values in peaks.items():
            print(f"  {label:40} " + "  ".join(f"{v:8d}" for v in values)
                  + f"   ({values[-1] / values[0]:.2f}x from the first to the last size)")
    if not args.keep:
        for p in workdir.iterdir():
            p.unlink()
        workdir.rmdir()


if __name__ == "__main__":
    main()
