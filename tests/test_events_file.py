"""The end-to-end path: events.yaml -> normalized events -> a table (issue 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import InputErrors
from timeline.loader import load, load_text, split_event_string
from timeline.resolver import Resolver

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "show"
UPDATE = bool(os.environ.get("TIMELINE_UPDATE_GOLDEN"))


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_seed_events_resolve_to_the_article_dates() -> None:
    events = {e.id or e.title: e for e in load([str(ROOT / "events.yaml")]).timeline.events}
    assert events["oval-office"].span.start == date(2025, 2, 24)
    assert events["oval-office"].span.last_day == date(2025, 3, 2)
    assert events["starmer-defence"].span.value == "2025-W09"
    speech = events["Speech to Congress by President Trump"]
    assert (speech.span.start, speech.when) == (date(2025, 3, 5), "Wednesday's")
    assert events["healey-hegseth"].span.start == date(2025, 3, 6)
    assert events["healey-hegseth"].span.end == date(2025, 3, 8)  # a two-day programme
    assert events["eu-summit"].span.start == date(2025, 3, 6)
    assert events["russia-army-target"].span.value == "2030"
    assert events["russia-army-target"].span.qualifier == "by"
    assert events["berlin-wall"].span.start == date(1989, 11, 9)
    assert events["macron-address"].span.value == "2025-03-05TEV"


def test_seed_events_are_in_chronological_order() -> None:
    starts = [e.span.sort_key() for e in load([str(ROOT / "events.yaml")]).timeline.events]
    assert starts == sorted(starts)


def test_golden_table_through_clirunner() -> None:
    result = CliRunner().invoke(app, ["show", str(ROOT / "events.yaml"), "--no-color"])
    assert result.exit_code == 0, result.output
    _golden("events.table.txt", result.stdout)


def test_golden_table_through_a_real_process() -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "timeline", "show", "events.yaml"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout == (GOLDEN / "events.table.txt").read_text(encoding="utf-8")


def test_table_order_and_dates_in_the_output() -> None:
    out = (GOLDEN / "events.table.txt").read_text(encoding="utf-8").splitlines()[2:]
    firsts = [line.split("  ")[0] for line in out]
    assert firsts[0] == "1989-11-09"
    assert "2025-02-24 → 2025-03-02" in firsts
    assert any(line.startswith("2025-03-05 ") and "Speech to Congress" in line for line in out)
    assert any(line.startswith("2025-03-06") and "Healey meets Hegseth" in line for line in out)
    assert out[-1].startswith("2030-01-01 → 2030-12-31")


@pytest.mark.parametrize(("text", "when", "title"), [
    ("Wednesday's speech to Congress", "Wednesday's", "Speech to Congress"),
    ("last week's confrontation in the Oval Office", "last week's", "Confrontation in the Oval Office"),
    ("Thursday's meeting", "Thursday's", "Meeting"),
    ("speech to Congress on Wednesday", "on Wednesday", "Speech to Congress"),
    ("9 November 1989: fall of the Berlin Wall", "9 November 1989", "Fall of the Berlin Wall"),
    ("by 2030 Russia's army of 1.5 million", "by 2030", "Russia's army of 1.5 million"),
    ("tomorrow - EU summit", "tomorrow", "EU summit"),
])
def test_plain_string_event_splits_date_and_title(text: str, when: str, title: str) -> None:
    resolver = Resolver(date(2025, 3, 6))
    got_when, got_title, span = split_event_string(text, resolver.resolve)
    assert (got_when, got_title) == (when, title)
    assert span.start < span.end


def test_plain_string_events_in_a_file() -> None:
    text = 'reference: 2025-03-06\nevents:\n  - "Wednesday\'s speech to Congress"\n  - "Thursday\'s meeting"\n'
    events, _, errors, _ = load_text(text, "inline.yaml")
    assert errors == []
    assert [(e.title, e.when, e.span.start) for e in events] == [
        ("Speech to Congress", "Wednesday's", date(2025, 3, 5)),
        ("Meeting", "Thursday's", date(2025, 3, 6)),
    ]


def test_unquoted_yaml_dates_are_dates() -> None:
    text = "reference: 2025-03-06\nevents:\n  - title: x\n    when: 2025-03-04\n"
    events, _, errors, _ = load_text(text, "inline.yaml")
    assert errors == [] and events[0].span.start == date(2025, 3, 4)


MISSPELT = """\
reference: 2025-03-06
events:
  - title: Healey meets Hegseth
    when: Thursdy
  - title: Summit
    when: Thursday
  - title: Impossible
    when: 30 February 2025
  - when: yesterday
  - title: no date
"""


def test_every_error_is_reported_with_file_line_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MISSPELT, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "timeline", "show", str(bad)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert lines == [
        f"{bad}:4:11: error: unknown date expression 'Thursdy': unknown word 'Thursdy' "
        f"(did you mean 'Thursday'?)",
        f"{bad}:8:11: error: February 2025 has no day 30 (it has 28 days) in '30 February 2025'",
        f"{bad}:9:5: error: missing 'title'",
        f"{bad}:10:5: error: missing 'when' (the date as the source wrote it)",
    ]


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "syntax.yaml"
    bad.write_text("reference: 2025-03-06\nevents:\n  - title: x\n    when: [Thursday\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{bad}:5:1: error: YAML syntax error:")
    assert "Traceback" not in result.stderr


def test_errors_are_collected_not_first_only() -> None:
    with pytest.raises(InputErrors) as info:
        load([str(ROOT / "tests" / "data" / "misspelt.yaml")])
    assert len(info.value.errors) == 2


def test_shipped_schema_matches_the_schema_command() -> None:
    import json

    from timeline.schema import events_schema

    shipped = json.loads((ROOT / "docs" / "events.schema.json").read_text(encoding="utf-8"))
    assert shipped == events_schema(), "regenerate with: timeline schema > docs/events.schema.json"
    assert (ROOT / "events.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=./docs/events.schema.json")


def test_the_readme_example_file_loads() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```yaml\nreference:") + len("```yaml\n")
    block = readme[start:readme.index("```", start)]
    events, _, errors, _ = load_text(block, "README.md")
    assert errors == []
    assert len(events) == 4
