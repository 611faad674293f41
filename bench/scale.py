"""Scale: wall time and peak memory of the CLI on generated files of 1k-1M events.

    python bench/scale.py                          # 1k, 10k, 100k events; YAML; 1 run each
    python bench/scale.py --sizes 1000,10000,100000,1000000 --repeat 3
    python bench/scale.py --sizes 1000000 --input ndjson --commands ndjson

For each size it generates a file (bench/gen_events.py: a realistic mix of
expressions, fixed seed), then runs, each in a fresh process:

- the floor: PyYAML's C loader reading the same file
  (``yaml.load(f, Loader=yaml.CSafeLoader)``; for JSON/NDJSON input, ``json``);
- ``timeline show FILE -f ndjson``, ``timeline show FILE -f csv`` and
  ``timeline ics FILE``, stdout to /dev/null.

Wall time is the median of --repeat runs; peak memory is the child's maximum
resident set (``os.wait4``), the largest of the runs. The targets: time
grows linearly; at 100k events end to end <= 1.5x the floor's time and peak
memory <= 2x the floor's; JSON/NDJSON input of 1M events in <= 20 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLOORS = {
    "yaml": "import yaml,sys; yaml.load(open(sys.argv[1],'rb'), Loader=yaml.CSafeLoader)",
    "json": "import json,sys; json.load(open(sys.argv[1],'rb'))",
    "ndjson": "import json,sys; [json.loads(l) for l in open(sys.argv[1],'rb')]",
}
COMMANDS = {
    "ndjson": ["show", "{file}", "-f", "ndjson"],
    "csv": ["show", "{file}", "-f", "csv"],
    "ics": ["ics", "{file}"],
}


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds, peak RSS in MiB, exit code) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss // 1024, proc.returncode


def run(argv: list[str], env: dict[str, str], repeat: int) -> tuple[float, int, int]:
    results = [measure(argv, env) for _ in range(repeat)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), max(r[2] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated event counts")
    parser.add_argument("--input", choices=("yaml", "json", "ndjson"), default="yaml")
    parser.add_argument("--commands", default=",".join(COMMANDS), help="subset of: ndjson,csv,ics")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", help="directory to keep the generated files in")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    commands = args.commands.split(",")
    env = {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1741262400"}
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="timeline-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"scale: {args.input} input, median of {args.repeat} run(s), {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}\n")
    print("| events | file MB | command | seconds | x floor | events/s | peak MB | x floor | exit |")
    print("|-------:|--------:|---------|--------:|--------:|---------:|--------:|--------:|-----:|")
    per_event: dict[str, list[float]] = {}
    for n in sizes:
        path = workdir / f"events-{n}.{args.input}"
        if not path.exists():
            subprocess.run([sys.executable, str(REPO / "bench" / "gen_events.py"), str(n), "--format", args.input,
                            "-o", str(path)], check=True)
        size_mb = path.stat().st_size / 2**20
        floor_s, floor_mb, _ = run([sys.executable, "-c", FLOORS[args.input], str(path)], env, args.repeat)
        print(f"| {n:,} | {size_mb:.1f} | floor: {'PyYAML CSafeLoader' if args.input == 'yaml' else 'json'} | "
              f"{floor_s:.2f} | 1.00 | {n / floor_s:,.0f} | {floor_mb} | 1.00 | |", flush=True)
        for name in commands:
            argv = [sys.executable, "-m", "timeline", *(a.format(file=path) for a in COMMANDS[name])]
            seconds, peak, code = run(argv, env, args.repeat)
            per_event.setdefault(name, []).append(seconds / n)
            label = " ".join(COMMANDS[name]).replace("{file}", "FILE")
            print(f"| {n:,} | {size_mb:.1f} | {label} | {seconds:.2f} | {seconds / floor_s:.2f} | "
                  f"{n / seconds:,.0f} | {peak} | {peak / floor_mb:.2f} | {code} |", flush=True)
    if len(sizes) > 1:
        print("\nlinearity: microseconds per event at each size (flat = linear)")
        for name, values in per_event.items():
            print(f"  {name:7} " + "  ".join(f"{v * 1e6:8.1f}" for v in values))
    if not args.keep:
        for p in workdir.iterdir():
            p.unlink()
        workdir.rmdir()


if __name__ == "__main__":
    main()
