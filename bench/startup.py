"""Start-up time of whole `timeline` processes beside the bare-interpreter floors, in one run.

    python bench/startup.py                  # a fresh `pip install .` in a temporary venv, 31 runs each
    python bench/startup.py -n 61 --installed-only
    python bench/startup.py --venv /tmp/tl   # reuse (or create and keep) that venv

Issue 18's targets, each a ratio of medians measured in the same run:

- ``timeline resolve "last week" --ref 2025-03-06`` <= 2x ``python -c "import yaml"``
- ``timeline show events.yaml``                    <= 1.3x ``python -c "import yaml, dateutil.parser, tabulate"``

What a user gets is measured: the repository is installed with a plain ``pip install .`` (no
``-e``) into a new virtual environment, and each command is the installed ``timeline`` script
(bytecode compiled by pip, no editable-install finder in ``site``). The floors run on that
venv's interpreter. The development venv (an editable install: its ``.pth`` finder adds about
10 ms to every process, floors included) is measured beside it for information.

Each run is timed twice: CPU time of the child (user + system, from ``os.wait4``), which a busy
shared machine moves less than wall time, and wall time. Targets are judged on CPU time; wall time
is printed beside. The runs are interleaved: each round runs every command once, in an order
shuffled per round (a fixed seed), and each target's floor and command back to back in a random
order of the two, so a busy moment slows both alike. A target is judged on the ratio of the
medians; the median and the quartiles of the per-round ratios (floor and command run together)
are printed beside, and a target is "met with margin" when even the upper quartile is within it. ``import typer``
is printed as a floor too: keeping Typer costs that much on every command but the plain
``timeline resolve``, which the ``timeline`` script runs without Typer (``timeline.__main__``). Then the costliest
imports of each timeline command (``-X importtime``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLOORS = {
    "python -c pass": ["-c", "pass"],
    'python -c "import yaml"': ["-c", "import yaml"],
    'python -c "import yaml, dateutil.parser, tabulate"': ["-c", "import yaml, dateutil.parser, tabulate"],
    'python -c "import typer"': ["-c", "import typer"],
    # not a floor: issue 11's `import timeline` <= 30 ms, read as the difference from `python -c pass`
    'python -c "import timeline"': ["-c", "import timeline"],
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
# each run beside the floor it is compared with (`import timeline` with `python -c pass`)
PAIRS = [(floor, command) for command, floor, _ in TARGETS] + [("python -c pass", 'python -c "import timeline"')]


def commands(python: Path, script: list[str]) -> dict[str, list[str]]:
    """Every measured command line, floors first."""
    out = {name: [str(python), *args] for name, args in FLOORS.items()}
    for name, args in TIMELINE.items():
        out[name] = [*script, *args]
    return out


def rounds_order(names: list[str], pairs: list[tuple[str, str]], rng: random.Random) -> list[str]:
    """One round's order: every command once, each (floor, command) pair back to back in a random
    order of the two, the pairs and the other commands shuffled."""
    paired = {name for pair in pairs for name in pair}
    units = [list(pair) for pair in pairs] + [[name] for name in names if name not in paired]
    for unit in units:
        rng.shuffle(unit)
    rng.shuffle(units)
    return [name for unit in units for name in unit]


def run_once(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime, wall


def installed_venv(path: Path | None) -> Path:
    """A venv with ``pip install .`` of this checkout (created when missing); its directory."""
    venv = path or Path(tempfile.mkdtemp(prefix="timeline-venv-"))
    if not (venv / "bin" / "timeline").exists():
        print(f"installing the package: python -m venv {venv} && pip install . ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        with tempfile.TemporaryDirectory() as build:  # a clean copy: no egg-info or build/ from the checkout
            src = Path(build) / "src"
            shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(
                ".git", ".peers", "__pycache__", "*.egg-info", "build", ".mypy_cache", ".ruff_cache", ".pytest_cache"))
            done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                                   "--disable-pip-version-check", str(src)], capture_output=True, text=True, check=False)
            if done.returncode != 0:  # pip's warnings only when the install fails
                raise SystemExit(f"pip install failed:\n{done.stderr[-3000:]}")
    return venv


def setups(workdir: Path, venv: Path) -> dict[str, tuple[list[str], Path, dict[str, str]]]:
    """mode -> (timeline command prefix, python, environment); both run in *workdir* (events.yaml there)."""
    base = {k: v for k, v in os.environ.items()
            if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH")}
    base.update(COLUMNS="120", SOURCE_DATE_EPOCH="1741262400")
    shutil.copy(REPO / "events.yaml", workdir / "events.yaml")
    dev = Path(sys.executable)
    return {
        "installed": ([str(venv / "bin" / "timeline")], venv / "bin" / "python", base),
        "dev venv": ([str(dev), "-m", "timeline"], dev, base),
    }


def import_profile(argv: list[str], python: Path, root: Path, env: dict[str, str],
                   top: int = 12) -> list[tuple[int, int, str]]:
    """The costliest top-level imports (and their direct children) of one command."""
    script = [argv[0]] if argv[0] != str(python) else []  # the installed script, run by that venv's python
    full = [str(python), "-X", "importtime", *script, *argv[1:]]
    proc = subprocess.run(full, cwd=root, env=env, capture_output=True, text=True, check=True,
                          stdin=subprocess.DEVNULL)
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
    parser.add_argument("-n", type=int, default=31, help="runs per command and mode (default 31)")
    parser.add_argument("--installed-only", action="store_true", help="skip the development venv (info only)")
    parser.add_argument("--seed", type=int, default=18, help="of the shuffled order (default 18)")
    parser.add_argument("--venv", type=Path, help="the venv to install into (or reuse); default: a temporary one")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="timeline-startup-"))
    venv = installed_venv(args.venv)
    try:
        modes = setups(workdir, venv)
        if args.installed_only:
            del modes["dev venv"]
        rng = random.Random(args.seed)
        load_before = os.getloadavg()
        cmds = {mode: commands(python, script) for mode, (script, python, _) in modes.items()}
        for mode, (_, _, env) in modes.items():  # warm-up: the page cache
            for argv in cmds[mode].values():
                run_once(argv, env, workdir)
        cpu: dict[tuple[str, str], list[float]] = {(m, c): [] for m in modes for c in cmds[m]}
        wall: dict[tuple[str, str], list[float]] = {(m, c): [] for m in modes for c in cmds[m]}
        for _ in range(args.n):
            for mode, (_, _, env) in modes.items():
                for name in rounds_order(list(cmds[mode]), PAIRS, rng):
                    c, w = run_once(cmds[mode][name], env, workdir)
                    cpu[(mode, name)].append(c)
                    wall[(mode, name)].append(w)
        load_after = os.getloadavg()
        cpu_median = {key: statistics.median(values) for key, values in cpu.items()}
        wall_median = {key: statistics.median(values) for key, values in wall.items()}
        print(f"start-up, median of {args.n} interleaved runs ({os.cpu_count()} CPUs, Python "
              f"{sys.version.split()[0]}); installed = `pip install .` into {venv}")
        print(f"load average (1, 5, 15 min) before {' '.join(f'{x:.2f}' for x in load_before)}, "
              f"after {' '.join(f'{x:.2f}' for x in load_after)}\n")
        width = max(len(c) for c in cmds["installed"])
        print(f"| {'mode':9} | {'command':{width}} | {'CPU ms':>6} | {'wall ms':>7} | {'min wall':>8} |")
        print(f"|{'-' * 11}|{'-' * (width + 2)}|{'-' * 7}:|{'-' * 8}:|{'-' * 9}:|")
        for mode in modes:
            for name in cmds[mode]:
                print(f"| {mode:9} | {name:{width}} | {cpu_median[(mode, name)] * 1000:6.1f} | "
                      f"{wall_median[(mode, name)] * 1000:7.1f} | {min(wall[(mode, name)]) * 1000:8.1f} |")
        print("\ntargets (ratio of medians in this run; judged on CPU time in the installed mode):")
        for mode in modes:
            for command, floor, target in TARGETS:
                ratio = cpu_median[(mode, command)] / cpu_median[(mode, floor)]
                wall_ratio = wall_median[(mode, command)] / wall_median[(mode, floor)]
                paired = [c / f for c, f in zip(cpu[(mode, command)], cpu[(mode, floor)], strict=True)]
                low, middle, high = statistics.quantiles(paired, n=4)
                verdict = ("MISSED" if ratio > target else "met with margin" if high <= target else "met") \
                    if mode == "installed" else "(info)"
                print(f"  {mode:9}  {command}  {ratio:.2f}x CPU ({wall_ratio:.2f}x wall)  {floor}  "
                      f"(target <= {target}x): {verdict}")
                print(f"  {'':9}    per-round ratios: median {middle:.2f}x, quartiles {low:.2f}x-{high:.2f}x")
        typer_ratio = cpu_median[("installed", 'python -c "import typer"')] / \
            cpu_median[("installed", 'python -c "import yaml"')]
        print(f"  installed  (for scale: `import typer` alone is {typer_ratio:.2f}x `import yaml`)")
        api = cpu_median[("installed", 'python -c "import timeline"')] - cpu_median[("installed", "python -c pass")]
        print(f"  installed  import timeline: +{api * 1000:.1f} ms CPU over `python -c pass` (target <= 30 ms): "
              f"{'met' if api <= 0.030 else 'MISSED'}")
        _, python, env = modes["installed"]
        for command in ('timeline resolve "last week" --ref 2025-03-06', "timeline show events.yaml"):
            print(f"\nlargest imports of `{command}` (installed; cumulative ms, self ms):")
            for cumulative, own, name in import_profile(cmds["installed"][command], python, workdir, env):
                print(f"  {cumulative / 1000:7.1f} {own / 1000:7.1f}  {name}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if args.venv is None:
            shutil.rmtree(venv, ignore_errors=True)


if __name__ == "__main__":
    main()
