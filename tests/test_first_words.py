"""timeline/holidays/names/first_words.py is generated from the catalogue, and covers every English name.

The grammar tests a word against FIRST_WORDS_EN before it loads the holiday catalogue, so a
name whose first word is missing there would never be read. The table is written by
tools/gen_first_words.py; these tests fail when it is stale.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from timeline.holidays import holidays
from timeline.holidays.matching import name_variants
from timeline.holidays.names.first_words import FIRST_WORDS_EN

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "gen_first_words.py"
TABLE = ROOT / "timeline" / "holidays" / "names" / "first_words.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_first_words", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_what_the_generator_writes() -> None:
    assert TABLE.read_text(encoding="utf-8") == _generator().build()


def test_the_generator_reports_a_stale_table(tmp_path: Path) -> None:
    """``--check`` passes on the tree and fails on a copy whose table lost a word."""
    run = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    copy = tmp_path / "repo"
    (copy / "tools").mkdir(parents=True)
    (copy / "tools" / TOOL.name).write_bytes(TOOL.read_bytes())
    shutil.copytree(ROOT / "timeline", copy / "timeline", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    stale = copy / "timeline" / "holidays" / "names" / "first_words.py"
    stale.write_text(stale.read_text(encoding="utf-8").replace('"thanksgiving", ', ""), encoding="utf-8")
    run = subprocess.run([sys.executable, str(copy / "tools" / TOOL.name), "--check"], capture_output=True,
                         text=True, check=False, cwd=copy)
    assert run.returncode == 1
    assert "STALE" in run.stdout


def _english_names() -> list[tuple[str, str]]:
    return [(holiday.key, name) for holiday in holidays().values() for name in holiday.names("en")]


def test_every_english_name_starts_with_a_word_of_the_table() -> None:
    """Read from the name patterns themselves ("(Saint) Patrick's Day", "{Hanukkah|Chanukah}"),
    not from the index the generator walks."""
    names = _english_names()
    assert len(names) > 500
    missing = sorted({(key, variant[0]) for key, name in names for variant in name_variants(name, "en")
                      if variant[0] not in FIRST_WORDS_EN})
    assert missing == []


@pytest.mark.parametrize(("text", "reference", "start"), [
    ("Thanksgiving", date(2025, 3, 6), date(2024, 11, 28)),
    ("Diwali 2024", date(2025, 3, 6), date(2024, 10, 31)),  # Lakshmi Puja, the new moon of Kartika
    ("Juneteenth", date(2026, 1, 10), date(2025, 6, 19)),
    ("Hogmanay", date(2025, 3, 6), date(2024, 12, 31)),
])
def test_a_holiday_named_first_in_a_fresh_process_resolves(text: str, reference: date, start: date) -> None:
    """Start-up reads the table, not the catalogue: a holiday that is the first thing a process
    reads must still be found through it."""
    code = ("import sys; from datetime import date; from timeline import resolve; "
            f"print(resolve({text!r}, reference=date.fromisoformat({reference.isoformat()!r})).start)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == start.isoformat()
