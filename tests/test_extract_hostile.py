"""extract on hostile input: linear time and memory, warnings that point into the article.

The inputs are the extract cases of ``bench/hostile.py`` (one table for the
bench and the tests). Time is asserted as a ratio (1 MB against 100 kB, at
most 12x for 10x the text), never a wall-clock bound: ``growth()`` of
``bench/hostile.py`` in a fresh interpreter, CPU time without the collector,
the 100 kB input run ten times in a row against one 1 MB run (both
measurements last as long, so both see the same noise), best of up to three
interleaved rounds. A linear case measures about 10x on a quiet or a loaded
machine; a quadratic one about 100x.
"""

from __future__ import annotations

import gc
import importlib.util
import re
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from timeline.extraction import MAX_MENTIONS_PER_SENTENCE, article_events, read_article

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_hostile", ROOT / "bench" / "hostile.py")
assert _spec is not None and _spec.loader is not None
hostile = sys.modules.setdefault("bench_hostile", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(hostile)
CASES = {c.name: c for c in hostile.CASES if c.area == "extract"}

# the inputs issue 17 measured as super-linear, and the mechanisms they exercise
TIMED = ["articles concatenated", "one long sentence", "'March 4, ' * N", "'[a](' * N", "'<p><!--' * N",
         "'<p><script>' * N", "run of full stops", "long capitalised word"]


def _cpu(case: object, text: str) -> float:
    """CPU time of one run, from a collected heap and without the cyclic collector.

    The collector's full passes cost in proportion to everything alive in the
    test process, not to the work of the run: they are left out so that the
    ratio measures the algorithm. Memory is asserted separately.
    """
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        case.run(text)  # type: ignore[attr-defined]
        return time.process_time() - t0
    finally:
        gc.enable()


BOUND = 12.0


@pytest.mark.parametrize("name", TIMED)
def test_one_megabyte_costs_at_most_about_ten_times_100_kilobytes(name: str) -> None:
    """Measured in a fresh interpreter: the suite's own heap would weigh on the larger run."""
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "hostile.py"), "--growth", name, "--bound", str(BOUND)],
                          capture_output=True, text=True, timeout=600, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-800:]
    small, large = map(float, proc.stdout.split())
    assert large <= BOUND * small, f"{name}: 100 kB {small:.4f}s, 1 MB {large:.3f}s ({large / small:.1f}x)"


def test_every_bench_case_is_one_of_the_tested_kinds_or_quick() -> None:
    """The untimed cases still run, at 100 kB, in well under a second each."""
    for name, case in CASES.items():
        if name in TIMED:
            continue
        assert _cpu(case, case.make(100_000)) < 5, name


def test_memory_of_a_long_sentence_is_linear_and_small() -> None:
    """160 kB of one sentence used 540 MB (a copy of the sentence per mention); now about 100 bytes a character."""
    text = CASES["one long sentence"].make(160_000)
    tracemalloc.start()
    try:
        article_events(read_article(text, date(2025, 3, 6)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40_000_000, f"{peak / 1e6:.0f} MB"


def test_a_sentence_with_too_many_dates_is_cut_with_a_located_warning() -> None:
    text = "Schedule:\n" + "Mon, Tue, Wed, " * 60 + "and then nothing."
    article = read_article(text, date(2025, 3, 6), name="list.txt")
    assert len(article.mentions) == MAX_MENTIONS_PER_SENTENCE
    [warning] = article.warnings
    first_skipped = [m.start() for m in re.finditer("Mon|Tue|Wed", text)][MAX_MENTIONS_PER_SENTENCE]
    assert warning.severity == "warning" and warning.location is not None
    assert (warning.location.file, warning.location.line, warning.location.column) == (
        "list.txt", 2, first_skipped - len("Schedule:\n") + 1)
    # the sentences after it are read again
    again = read_article(text + "\nTalks ended on Friday.", date(2025, 3, 6))
    assert again.mentions[-1].text == "Friday"


def test_html_and_markdown_stay_correct_after_the_linear_rewrite() -> None:
    from timeline.extraction.text import blank_markup

    html = ("<p>Talks <!-- a comment with Monday --> ended on <b>Wednesday</b>.</p>"
            "<script>var d = 'Friday';</script><STYLE>p {}</style >"
            "<p>An unclosed comment <!-- keeps the text after the next tag > on Thursday</p>")
    clean = blank_markup(html)
    assert len(clean) == len(html)
    assert "Monday" not in clean and "Friday" not in clean and "<" not in clean
    assert "Wednesday" in clean and "Thursday" in clean
    md = "See [the report](https://example.com/a(b)/2024) and [x](y(z) of 12 March."
    assert "12 March" in blank_markup(md) and "https" not in blank_markup(md)


def test_cli_on_a_megabyte_of_hostile_text_exits_cleanly() -> None:
    text = CASES["'March 4, ' * N"].make(1_000_000)
    proc = subprocess.run([sys.executable, "-m", "timeline", "extract", "--ref", "2025-03-06", "-f", "ndjson"], check=False,
                          input=text, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "Traceback" not in proc.stderr
    assert "warning: more than" in proc.stderr and "<stdin>:1:" in proc.stderr
