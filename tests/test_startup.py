"""Start-up guard (issue 18.1): each command imports only what it uses.

Runs the real command under ``python -X importtime`` and fails when a module
the command has no use for is imported. Times are measured by
``bench/startup.py``, never here; this only checks which modules load.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Imported by no command that does not need it: tabulate reads its installed metadata at import
# (importlib.metadata); icalendar is for the tests only; the loader and YAML only where files are read.
NEVER_AT_START = ("importlib.metadata", "icalendar", "rich", "pydantic")
FORBIDDEN = {
    ("resolve", "last week", "--ref", "2025-03-06"):
        (*NEVER_AT_START, "tabulate", "yaml", "timeline.loader", "dateutil", "timeline.extraction",
         "timeline.merging", "timeline.renderers.svg", "timeline.renderers.ics", "timeline.holidays"),
    ("resolve", "last week", "--ref", "2025-03-06", "-f", "ndjson"):
        (*NEVER_AT_START, "tabulate", "yaml", "timeline.loader", "timeline.renderers.table"),
    ("show", "-f", "ndjson", "events.yaml"):
        (*NEVER_AT_START, "tabulate", "timeline.renderers.table", "timeline.renderers.ics",
         "timeline.renderers.svg", "timeline.extraction", "timeline.merging", "csv"),
    ("show", "-f", "csv", "events.yaml"):
        (*NEVER_AT_START, "tabulate", "timeline.renderers.table", "timeline.renderers.ics",
         "timeline.renderers.svg", "timeline.extraction", "timeline.merging"),
    ("show", "events.yaml"):
        (*NEVER_AT_START, "tabulate", "timeline.renderers.ics", "timeline.extraction", "timeline.merging"),
    ("ics", "events.yaml"): (*NEVER_AT_START, "tabulate", "timeline.renderers.table", "timeline.extraction"),
    ("--help",): (*NEVER_AT_START, "tabulate", "yaml", "timeline.loader", "timeline.resolver", "timeline.grammar"),
}


def imported_modules(*args: str) -> set[str]:
    """The modules a real ``timeline ARGS`` run imports (stdout piped, as in scripts)."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    env["SOURCE_DATE_EPOCH"] = "1741262400"
    done = subprocess.run(check=False, args=[sys.executable, "-X", "importtime", "-m", "timeline", *args], cwd=REPO,
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


@pytest.mark.parametrize("args", list(FORBIDDEN), ids=[" ".join(a) for a in FORBIDDEN])
def test_a_command_imports_only_what_it_uses(args: tuple[str, ...]) -> None:
    modules = imported_modules(*args)
    assert "timeline.cli" in modules  # the control: this really ran timeline
    loaded = sorted(m for m in modules for f in FORBIDDEN[args] if m == f or m.startswith(f + "."))
    assert loaded == [], f"timeline {' '.join(args)} imports {loaded}"


def test_the_table_style_option_needs_tabulate_only_when_it_is_used() -> None:
    assert "tabulate" in imported_modules("show", "--style", "github", "events.yaml")


def test_import_timeline_stays_light() -> None:
    """``import timeline`` (issue 11: <= 30 ms) loads the API lazily: no CLI, no YAML, no grammar."""
    done = subprocess.run(check=False, args=[sys.executable, "-X", "importtime", "-c", "import timeline"], cwd=REPO,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    names = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:") and "cumulative" not in line}
    assert "timeline" in names
    heavy = ("typer", "yaml", "tabulate", "dateutil", "icalendar", "timeline.cli", "timeline.grammar",
             "timeline.resolver", "timeline.loader", "timeline.holidays", "timeline.renderers")
    assert sorted(n for n in names for h in heavy if n == h or n.startswith(h + ".")) == []


def test_the_words_after_a_weekday_in_a_holiday_name_are_the_catalogues() -> None:
    """The grammar's table of the words that may follow a weekday or a part of the day at the start of
    an English holiday name (so "Wednesday evening" needs no catalogue) is the name index's own."""
    from timeline import lexicon as lx
    from timeline.grammar.families.holidays import AFTER_COMMON_FIRST
    from timeline.holidays.matching import _trie

    trie = _trie("en")
    expected: dict[str, frozenset[str]] = {}
    for first in {*lx.WEEKDAYS, *lx.PARTS_OF_DAY}:
        followers = {word for form in (first, first + "s") for word in trie.get(form, {}) if word is not None}
        if followers:
            expected[first] = frozenset(followers)
    assert AFTER_COMMON_FIRST == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Thursday of Mysteries 2025", "2025-04-17", "2025-04-18"),
    ("Night of Power 2025", "2025-03-27", "2025-03-28"),
    ("Wednesday evening", "2025-03-05T18:00:00", "2025-03-06T00:00:00"),
    ("Friday morning", "2025-02-28T00:00:00", "2025-02-28T12:00:00"),
    ("Night Journey 2025", "2025-01-27", "2025-01-28"),
])
def test_a_weekday_or_part_of_day_still_starts_the_holidays_it_starts(text: str, start: str, end: str) -> None:
    from datetime import date

    import timeline

    span = timeline.resolve(text, reference=date(2025, 3, 6))
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_a_file_without_holidays_never_loads_the_catalogue() -> None:
    """events.yaml says 'Wednesday evening' and "Wednesday's speech": no holiday, no catalogue."""
    modules = imported_modules("show", "-f", "ndjson", "events.yaml")
    assert "timeline.cli" in modules
    assert not {"timeline.holidays.catalogue", "timeline.holidays.rules"} & modules


def test_the_precomputed_first_words_of_english_holiday_names_are_the_catalogues() -> None:
    """What the grammar tests a word against before it loads the catalogue is the index's own set."""
    from timeline.holidays.matching import _CANONICAL, first_words
    from timeline.holidays.names.first_words import FIRST_WORDS_EN

    indexed = {word for word in first_words("en") if not word.startswith(_CANONICAL)}
    assert sorted(indexed - FIRST_WORDS_EN) == []  # a new name's first word: add it to first_words.py
    assert sorted(FIRST_WORDS_EN - indexed) == []
