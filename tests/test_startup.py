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
