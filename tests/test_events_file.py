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


# --------------------------------------------------------------------------
# The event graph: an explicit work list, no recursion limit


def _chain_yaml(n: int) -> str:
    """n events, each one day after the next one written below it (the worst order)."""
    lines = ["reference: 2025-03-06", "events:"]
    lines += [f"  - {{id: e{i}, title: t{i}, when: 1 day after e{i - 1}}}" for i in range(n - 1, 0, -1)]
    lines.append("  - {id: e0, title: t0, when: 2025-01-01}")
    return "\n".join(lines) + "\n"


def test_a_100000_event_chain_written_in_reverse() -> None:
    events, _, errors, _ = load_text(_chain_yaml(100_000), "chain.yaml")
    assert errors == []
    by_id = {e.id: e for e in events}
    assert len(by_id) == 100_000
    assert by_id["e0"].span.start == date(2025, 1, 1)
    assert by_id["e1"].span.start == date(2025, 1, 2)
    assert (by_id["e99999"].span.start - by_id["e0"].span.start).days == 99_999


def test_a_10000_event_cycle_is_reported_on_every_member_briefly() -> None:
    n = 10_000
    lines = ["reference: 2025-03-06", "events:"]
    lines += [f"  - {{id: c{i}, title: t{i}, when: 1 day after c{(i + 1) % n}}}" for i in range(n)]
    lines.append("  - {id: d, title: depends, when: 2 days before c5}")
    events, _, errors, _ = load_text("\n".join(lines) + "\n", "cycle.yaml")
    assert events == []
    assert len(errors) == n + 1
    first = str(errors[0])
    assert first == ("cycle.yaml:3:31: events refer to each other in a cycle: c0 -> c1 -> c2 -> … -> c9998 -> c9999 "
                     "-> c0 (10,000 events) in '1 day after c1'")
    assert all(len(str(e)) < 200 for e in errors)  # a long cycle is not spelt out 10,000 times
    assert str(errors[-1]).startswith(f"cycle.yaml:{n + 3}:")
    assert "event 'c5' is in a cycle: c5 -> c6 -> c7 -> … -> c3 -> c4 -> c5 (10,000 events)" in str(errors[-1])


def test_anchors_resolve_in_any_order_and_failures_propagate(tmp_path: Path) -> None:
    text = """reference: 2025-03-06
events:
  - {id: c, title: C, when: 1 day after b}
  - {id: b, title: B, when: 2 days after a}
  - {id: a, title: A, when: Monday}
  - {id: f, title: F, when: Thrusday}
  - {id: g, title: G, when: 1 day after f}
"""
    events, _, errors, _ = load_text(text, "e.yaml")
    spans = {e.id: e.span.start for e in events}
    assert spans == {"a": date(2025, 3, 3), "b": date(2025, 3, 5), "c": date(2025, 3, 6)}
    assert [str(e) for e in errors] == [
        "e.yaml:6:29: unknown date expression 'Thrusday': unknown word 'Thrusday' (did you mean 'Thursday'?)",
        "e.yaml:7:29: event 'f' has no date (see the error at line 6) in '1 day after f'"]


def test_resolve_with_a_reference_beyond_its_zone_is_a_clean_error() -> None:
    proc = subprocess.run([sys.executable, "-m", "timeline", "resolve", "last week", "--ref",
                           "9999-12-31T23:59:59-12:00", "--tz", "UTC"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert proc.returncode == 1
    assert proc.stderr == ("timeline: error: argument 1: 'last week': the reference 9999-12-31T23:59:59-12:00 in UTC "
                           "falls outside the years 1-9999\n")


@pytest.mark.parametrize("when, start, value", [
    ("2025-03-06T10:00:00+05:00", "2025-03-06T05:00:00+00:00", "2025-03-06T05:00:00"),
    ("2025-03-06T10:00-03:30", "2025-03-06T13:30:00+00:00", "2025-03-06T13:30"),
    ("2025-03-06 23:30:00+00:00", "2025-03-06T23:30:00+00:00", "2025-03-06T23:30:00"),
])
def test_an_iso_datetime_with_an_offset_is_read_in_the_file_zone(when: str, start: str, value: str) -> None:
    text = f"reference: 2025-03-06\ntimezone: Europe/London\nevents:\n  - {{title: a, when: '{when}'}}\n"
    (event,), _, errors, _ = load_text(text, "e.yaml")
    assert errors == []
    assert (event.span.start.isoformat(), event.span.value) == (start, value)


def test_an_internal_error_is_one_line_and_exit_70(tmp_path: Path) -> None:
    """A bug (here: a renderer made to crash) never shows a traceback to the user."""
    script = ("import sys; from timeline import cli; from timeline.renderers import table\n"
              "def broken(timeline, options): raise ValueError('ordinal must be >= 1')\n"
              "table.render = broken\n"
              "sys.argv = ['timeline', 'show', 'e.yaml']; cli.main()\n")
    (tmp_path / "e.yaml").write_text("reference: 2025-03-06\nevents:\n  - {title: a, when: Monday}\n")
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_DEBUG"}
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env={**env, "PYTHONPATH": str(ROOT)}, check=False)
    assert proc.returncode == 70
    assert proc.stderr == ("timeline: internal error: this is a bug in timeline; please report it with the command "
                           "and its input (TIMELINE_DEBUG=1 shows the details)\n")


def test_the_library_changes_no_collector_setting_unless_asked(tmp_path: Path) -> None:
    import gc

    from timeline.loader import LoadOptions, release

    path = tmp_path / "e.yaml"
    path.write_text("reference: 2025-03-06\nevents:\n" + "".join(f"  - {{title: t{i}, when: Monday}}\n"
                                                               for i in range(200)))
    release()
    before = gc.get_freeze_count()
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            assert len(load([str(path)]).timeline.events) == 200
            assert gc.isenabled() is enabled  # restored, whatever it was
            assert gc.get_freeze_count() == before
        finally:
            gc.enable()
    timeline = load([str(path)], LoadOptions(freeze=True)).timeline
    try:
        assert gc.get_freeze_count() > before  # the loaded events are out of the collector's way
        assert gc.isenabled()
    finally:
        release()
    assert gc.get_freeze_count() == 0 and len(timeline.events) == 200
