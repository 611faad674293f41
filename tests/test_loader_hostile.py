"""The loader on hostile input: 10x the input costs about 10x, never more (issue 17).

The cases are the loader's in ``bench/hostile.py`` (one table for the bench
and the tests). Time is a ratio of CPU times, 1 MB against 100 kB, at most
12x; never a wall-clock bound. Each case is measured by ``growth()`` in a fresh
interpreter: the 100 kB input run ten times in a row against one run of 1 MB
(so both measurements last as long and see the same noise), best of up to
three interleaved rounds, without the collector. A linear case measures about
10x on a quiet or a loaded machine; a quadratic one about 100x.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_hostile", ROOT / "bench" / "hostile.py")
assert _spec is not None and _spec.loader is not None
hostile = sys.modules.setdefault("bench_hostile", importlib.util.module_from_spec(_spec))
if not hasattr(hostile, "CASES"):
    _spec.loader.exec_module(hostile)

LOADER = {c.name: c for c in hostile.CASES if c.area == "loader"}
BOUND = 12.0


def growth(name: str) -> tuple[float, float]:
    """(seconds of one 100 kB run, of one 1 MB run) of case *name*, measured in a fresh interpreter."""
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "hostile.py"), "--growth", name, "--bound", str(BOUND)],
                          capture_output=True, text=True, timeout=600, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-800:]
    small, large = map(float, proc.stdout.split())
    return small, large


def test_every_loader_case_is_timed() -> None:
    assert len(LOADER) >= 8


@pytest.mark.parametrize("name", sorted(LOADER))
def test_one_megabyte_costs_at_most_12_times_100_kilobytes(name: str) -> None:
    small, large = growth(name)
    assert large <= BOUND * small, f"{name}: 100 kB {small:.4f}s, 1 MB {large:.3f}s ({large / small:.1f}x)"


def test_the_measure_tells_a_quadratic_case() -> None:
    """The control: what the ratio is asserted against would catch a quadratic loader."""
    small, large = growth("quadratic control")
    assert large > 3 * BOUND * small, f"100 kB {small:.4f}s, 1 MB {large:.3f}s ({large / small:.1f}x)"


@pytest.mark.parametrize("name", ["unresolvable plain strings", "misspelt weekday everywhere"])
def test_every_error_is_reported_and_short(name: str) -> None:
    from timeline.loader import load_text

    text = LOADER[name].make(200_000)
    events, _, errors, _ = load_text(text, "e.yaml")
    assert events == []
    assert len(errors) == text.count("\n  - ")
    assert max(len(str(e)) for e in errors) < 300
