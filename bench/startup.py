"""Start-up time of whole `timeline` processes beside the bare-interpreter floors, in one run.

    python bench/startup.py            # 21 runs of each command, interleaved
    python bench/startup.py -n 41

Issue 18's targets, each a ratio of medians measured in the same run:

- ``timeline resolve "last week" --ref 2025-03-06`` <= 2x ``python -c "import yaml"``
- ``timeline show events.yaml``                    <= 1.3x ``python -c "import yaml, dateutil.parser, tabulate"``

Every command runs as the installed ``timeline`` script does (``from timeline.cli import main``),
on a copy of the package put first on ``PYTHONPATH``, in two modes: ``installed`` (bytecode
compiled, as ``pip install .`` leaves it: the targets apply here) and ``no bytecode``
(``PYTHONDONTWRITEBYTECODE=1`` and no ``__pycache__``: every module of timeline recompiles on every
run, as in a source checkout under that setting). The runs are interleaved, so a busy machine
slows all alike. Then the costliest imports of each timeline command (``-X importtime``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = "import re, sys; from timeline.cli import main; sys.argv[0] = 'timeline'; sys.exit(main())"
FLOORS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    'python -c "import yaml"': [sys.executable, "-c", "import yaml"],
    'python -c "import yaml, dateutil.parser, tabulate"': [sys.executable, "-c",
                                                           "import yaml, dateutil.parser, tabulate"],
}
TIMELINE = {
    'timeline resolve "last week" --ref 2025-03-06': ["resolve", "last week", "--ref", "2025-03-06"],
    "timeline show events.yaml": ["show", "events.yaml"],
    "timeline show -f ndjson events.yaml": ["show", "-f", "ndjson", "events.yaml"],
    "timeline ics events.yaml": ["ics", "events.yaml"],
    "timeline --help": ["--help"],
}
# (command, floor, target ratio): the targets of issue 18.1
TARGETS = [
    ('timeline resolve "last week" --ref 2025-03-06', 'python -c "import yaml"', 2.0),
    ("timeline show events.yaml", 'python -c "import yaml, dateutil.parser, tabulate"', 1.3),
]


def commands() -> dict[str, list[str]]:
    """Every measured command line, floors first."""
    out = dict(FLOORS)
    for name, args in TIMELINE.items():
        out[name] = [sys.executable, "-c", SCRIPT, *args]
    return out


def run_once(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   stdin=subprocess.DEVNULL)
    return time.perf_counter() - started


def setups(workdir: Path) -> dict[str, tuple[Path, dict[str, str]]]:
    """Two copies of the package: one with its bytecode compiled, one without any (and none written)."""
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    base.update(COLUMNS="120", SOURCE_DATE_EPOCH="1741262400")
    out = {}
    for mode in ("installed", "no bytecode"):
        root = workdir / mode.replace(" ", "-")
        shutil.copytree(REPO / "timeline", root / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO / "events.yaml", root / "events.yaml")
        env = {**base, "PYTHONPATH": str(root)}
        if mode == "installed":
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "timeline")], check=True)
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        out[mode] = (root, env)
    return out


def import_profile(argv: list[str], root: Path, env: dict[str, str], top: int = 12) -> list[tuple[int, int, str]]:
    """The costliest top-level imports (and their direct children) of one command."""
    proc = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], cwd=root, env=env, capture_output=True,
                          text=True, check=True, stdin=subprocess.DEVNULL)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= 1:
            rows.append((int(cumulative_us), int(self_us), name.rstrip()))
    rows.sort(reverse=True)
    return rows[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=21, help="runs per command and mode (default 21)")
    args = parser.parse_args()
    cmds = commands()
    workdir = Path(tempfile.mkdtemp(prefix="timeline-startup-"))
    try:
        envs = setups(workdir)
        for root, env in envs.values():  # warm-up: the page cache
            for argv in cmds.values():
                run_once(argv, env, root)
        times: dict[tuple[str, str], list[float]] = {(m, c): [] for m in envs for c in cmds}
        for _ in range(args.n):
            for mode, (root, env) in envs.items():
                for name, argv in cmds.items():
                    times[(mode, name)].append(run_once(argv, env, root))
        median = {key: statistics.median(values) for key, values in times.items()}
        print(f"start-up, median of {args.n} interleaved runs ({os.cpu_count()} CPUs, Python "
              f"{sys.version.split()[0]})\n")
        width = max(len(c) for c in cmds)
        print(f"| {'mode':11} | {'command':{width}} | {'median ms':>9} | {'min ms':>6} |")
        print(f"|{'-' * 13}|{'-' * (width + 2)}|{'-' * 10}:|{'-' * 7}:|")
        for mode in envs:
            for name in cmds:
                values = times[(mode, name)]
                print(f"| {mode:11} | {name:{width}} | {median[(mode, name)] * 1000:9.1f} | "
                      f"{min(values) * 1000:6.1f} |")
        print("\ntargets (ratio of medians in this run; judged on the installed mode):")
        for mode in envs:
            for command, floor, target in TARGETS:
                ratio = median[(mode, command)] / median[(mode, floor)]
                verdict = ("met" if ratio <= target else "MISSED") if mode == "installed" else "(info)"
                print(f"  {mode:11}  {command}  {ratio:.2f}x  {floor}  (target <= {target}x): {verdict}")
        root, env = envs["installed"]
        for command in ('timeline resolve "last week" --ref 2025-03-06', "timeline show events.yaml"):
            print(f"\nlargest imports of `{command}` (installed; cumulative ms, self ms):")
            for cumulative, own, name in import_profile(cmds[command], root, env):
                print(f"  {cumulative / 1000:7.1f} {own / 1000:7.1f}  {name}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
