"""Numeric dates that name two days (issue 14.8): read day first, with a warning naming both readings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.grammar.ambiguity import Ambiguity, ambiguous_numeric_dates
from timeline.loader import load

runner = CliRunner()


@pytest.mark.parametrize("text, expected", [
    ("03/06/2025", [Ambiguity("03/06/2025", "3 June 2025", "6 March 2025")]),
    ("4/7/99", [Ambiguity("4/7/99", "4 July 1999", "7 April 1999")]),
    ("12-01-2024", [Ambiguity("12-01-2024", "12 January 2024", "1 December 2024")]),
    ("3/6", [Ambiguity("3/6", "3 June", "6 March")]),
    ("from 1/2/2025 to 3/4/2025", [Ambiguity("1/2/2025", "1 February 2025", "2 January 2025"),
                                   Ambiguity("3/4/2025", "3 April 2025", "4 March 2025")]),
])
def test_both_readings_are_named(text: str, expected: list[Ambiguity]) -> None:
    assert ambiguous_numeric_dates(text) == expected


@pytest.mark.parametrize("text", [
    "13/06/2025",   # only day first is a date
    "06/13/2025",   # only month first is
    "05/05/2025",   # the same day either way
    "2025-03-06",   # ISO
    "2025/03/06",   # year first
    "03.06.2025",   # dotted: day first wherever it is written
    "10-12 March",  # a range of days
    "3/6/20255",    # not a year
    "1/2/3/4",
])
def test_unambiguous_or_not_a_numeric_date(text: str) -> None:
    assert ambiguous_numeric_dates(text) == []


def test_linear_on_long_runs() -> None:
    assert len(ambiguous_numeric_dates("1/2 " * 50_000)) == 50_000
    assert ambiguous_numeric_dates("1/" * 100_000) == []


def test_a_file_without_date_order_warns_at_the_value(tmp_path: Path) -> None:
    path = tmp_path / "us.yaml"
    path.write_text("reference: 2025-03-10\nevents:\n  - title: a\n    when: 03/06/2025\n"
                    "  - title: b\n    when: 13/06/2025\n", encoding="utf-8")
    result = load([str(path)])
    assert [e.span.start.isoformat() for e in result.timeline.events] == ["2025-06-03", "2025-06-13"]
    assert [(d.location.line, d.location.column) for d in result.diagnostics if d.location] == [(4, 11)]
    assert "3 June 2025" in result.diagnostics[0].message and "6 March 2025" in result.diagnostics[0].message


@pytest.mark.parametrize("order, start", [("MDY", "2025-03-06"), ("DMY", "2025-06-03")])
def test_a_file_that_sets_date_order_is_quiet(tmp_path: Path, order: str, start: str) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(f"reference: 2025-03-10\ndate_order: {order}\nevents:\n  - title: a\n    when: 03/06/2025\n",
                    encoding="utf-8")
    result = load([str(path)])
    assert [e.span.start.isoformat() for e in result.timeline.events] == [start]
    assert result.diagnostics == []


def test_show_prints_the_warning_on_stderr_and_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "us.yaml"
    path.write_text("reference: 2025-03-10\nevents:\n  - title: a\n    when: 03/06/2025\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "timeline", "show", "-f", "csv", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert proc.stderr.startswith(f"{path}:4:11: warning: '03/06/2025' is ambiguous")
    assert "2025-06-03" in proc.stdout


def test_resolve_warns_unless_the_order_is_given() -> None:
    warned = runner.invoke(app, ["resolve", "03/06/2025", "--ref", "2025-03-06", "-f", "csv"])
    assert warned.exit_code == 0 and "--date-order" in warned.stderr and "6 March 2025" in warned.stderr
    quiet = runner.invoke(app, ["resolve", "03/06/2025", "--ref", "2025-03-06", "-f", "csv", "--date-order", "MDY"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and "2025-03-06" in quiet.stdout
