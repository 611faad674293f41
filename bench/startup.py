"""Start-up time: `timeline show events.yaml` beside the bare-interpreter floors.

    python bench/startup.py            # 21 runs each, interleaved
    python bench/startup.py -n 41

Runs, in the same session and interleaved (so a busy machine slows all alike):
``python -c pass``, ``python -c "import yaml, dateutil, tabulate"`` (the
bare-imports floor) and ``python -m timeline show events.yaml``, each with
a compiled copy of the package (the normal case) and with PYTHONDONTWRITEBYTECODE=1
and no bytecode for timeline (its modules recompile on every run, as in this sandbox). Prints medians
and the targets: timeline <= 120 ms and <= 2.5x the bare-imports floor.
Then the 15 costliest imports of the show command (``-X importtime``).
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
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import yaml, dateutil, tabulate": [sys.executable, "-c", "import yaml, dateutil, tabulate"],
    "timeline show events.yaml": [sys.executable, "-m", "timeline", "show", "events.yaml"],
}


def run_once(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   stdin=subprocess.DEVNULL)
    return time.perf_counter() - started


def setups(workdir: Path) -> dict[str, tuple[Path, dict[str, str]]]:
    """Two copies of the package: one with its bytecode compiled, one without any (and none written)."""
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    base["COLUMNS"] = "120"
    out = {}
    for mode in ("compiled", "no bytecode"):
        root = workdir / mode.replace(" ", "-")
        shutil.copytree(REPO / "timeline", root / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO / "events.yaml", root / "events.yaml")
        env = {**base, "PYTHONPATH": str(root)}
        if mode == "compiled":
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "timeline")], check=True)
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"  # as in this sandbox: timeline recompiles on every run
        out[mode] = (root, env)
    return out


def import_profile(root: Path, env: dict[str, str], top: int = 15) -> list[tuple[int, int, str]]:
    proc = subprocess.run([sys.executable, "-X", "importtime", *COMMANDS["timeline show events.yaml"][1:]],
                          cwd=root, env=env, capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= 1:  # top-level imports and their direct children
            rows.append((int(cumulative_us), int(self_us), name.strip()))
    rows.sort(reverse=True)
    return rows[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=21, help="runs per command and mode (default 21)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="timeline-startup-"))
    try:
        envs = setups(workdir)
        for root, env in envs.values():  # warm-up: the page cache, and the compiled copy's bytecode
            for argv in COMMANDS.values():
                run_once(argv, env, root)
        times: dict[tuple[str, str], list[float]] = {(m, c): [] for m in envs for c in COMMANDS}
        for _ in range(args.n):
            for mode, (root, env) in envs.items():
                for name, argv in COMMANDS.items():
                    times[(mode, name)].append(run_once(argv, env, root))
        print(f"start-up, median of {args.n} interleaved runs ({os.cpu_count()} CPUs, Python "
              f"{sys.version.split()[0]})\n")
        print(f"| {'mode':12} | {'command':34} | {'median ms':>9} | {'min ms':>7} | {'x floor':>7} |")
        print(f"|{'-' * 14}|{'-' * 36}|{'-' * 11}:|{'-' * 8}:|{'-' * 8}:|")
        for mode in envs:
            floor = statistics.median(times[(mode, "import yaml, dateutil, tabulate")])
            for name in COMMANDS:
                values = times[(mode, name)]
                median = statistics.median(values)
                print(f"| {mode:12} | {name:34} | {median * 1000:9.0f} | {min(values) * 1000:7.0f} | "
                      f"{median / floor:7.2f} |")
        for mode in envs:
            show = statistics.median(times[(mode, "timeline show events.yaml")])
            floor = statistics.median(times[(mode, "import yaml, dateutil, tabulate")])
            ok = show <= 0.120 and show <= 2.5 * floor
            print(f"\n{mode}: timeline show {show * 1000:.0f} ms; targets <= 120 ms and <= 2.5x floor "
                  f"({2.5 * floor * 1000:.0f} ms): {'met' if ok else 'MISSED'}")
        print("\nlargest imports of `timeline show events.yaml` (compiled; cumulative ms, self ms):")
        for cumulative, own, name in import_profile(*envs["compiled"]):
            print(f"  {cumulative / 1000:7.1f} {own / 1000:7.1f}  {name}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
