"""The many-source example (examples/many-sources/): four articles told by four outlets
between 28 February and 7 March 2025, merged. Clusters, statuses and spans exactly,
through the library and through the real command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.loader import load
from timeline.merging import merge

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "many-sources"
FILES = sorted(str(p.relative_to(ROOT)) for p in EXAMPLE.glob("*.yaml"))
KYIV, WIRE, BRUSSELS, NORTH = "The Kyiv Ledger", "Atlantic Wire", "Brussels Briefing", "The Northern Ledger"

# (status, merged start, merged end, [(outlet, as written)...] in file order)
EXPECTED = [
    ("refined", "2025-02-25", "2025-02-26", [(KYIV, "on Tuesday"), (WIRE, "last week")]),
    ("conflict", "2025-02-28", "2025-03-01", [(KYIV, "today"), (WIRE, "Friday's"), (BRUSSELS, "last week"),
                                              (NORTH, "Saturday's")]),
    ("consistent", "2025-02-28T12:00:00+02:00", "2025-02-28T19:00:00+02:00", [(KYIV, "this afternoon")]),
    ("consistent", "2025-03-01", "2025-03-02", [(KYIV, "tomorrow"), (WIRE, "Saturday")]),
    ("refined", "2025-03-02", "2025-03-03", [(KYIV, "Sunday"), (WIRE, "Sunday's"), (NORTH, "last weekend")]),
    ("consistent", "2025-03-03", "2025-03-04", [(BRUSSELS, "on Monday")]),
    ("refined", "2025-03-04T18:00:00+01:00", "2025-03-05T00:00:00+01:00",
     [(WIRE, "tomorrow"), (BRUSSELS, "last night"), (NORTH, "Tuesday's")]),
    ("consistent", "2025-03-05", "2025-03-06", [(BRUSSELS, "today"), (NORTH, "on Wednesday")]),
    ("refined", "2025-03-05T18:00:00+01:00", "2025-03-06T00:00:00+01:00",
     [(BRUSSELS, "this evening"), (NORTH, "on Wednesday")]),
    ("consistent", "2025-03-06", "2025-03-07", [(BRUSSELS, "tomorrow"), (NORTH, "yesterday")]),
    ("consistent", "2025-03-06", "2025-03-07", [(NORTH, "yesterday")]),
]


def iso(value: date | datetime) -> str:
    return value.isoformat()


@pytest.fixture(scope="module")
def merged_json() -> dict[str, object]:
    result = CliRunner().invoke(app, ["merge", *FILES, "-f", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    document: dict[str, object] = json.loads(result.stdout)
    return document


def test_every_planted_cluster_status_and_span() -> None:
    merged = merge(load([str(ROOT / f) for f in FILES]).timeline)
    got = [(e.merge.status, iso(e.span.start), iso(e.span.end),
            [(s.source_name, s.when) for s in e.merge.sources]) for e in merged.events if e.merge]
    assert got == EXPECTED


def test_no_false_merges_and_one_contradiction_flagged(merged_json: dict[str, object]) -> None:
    events = merged_json["events"]
    assert isinstance(events, list)
    assert len(events) == 11  # 23 readings of 11 real events
    assert sum(len(e["sources"]) for e in events) == 23
    assert [e["id"] for e in events if e["status"] == "conflict"] == ["clash"]
    [clash] = [e for e in events if e["status"] == "conflict"]
    assert [(s["outlet"], s["published"], s["when"], s["start"], s["end"]) for s in clash["sources"]] == [
        (KYIV, "2025-02-28", "today", "2025-02-28", "2025-03-01"),
        (WIRE, "2025-03-03", "Friday's", "2025-02-28", "2025-03-01"),
        (BRUSSELS, "2025-03-05T09:00:00+01:00", "last week", "2025-02-24", "2025-03-03"),
        (NORTH, "2025-03-07", "Saturday's", "2025-03-01", "2025-03-02"),
    ]
    assert clash["explanation"].endswith(
        "versus The Northern Ledger ('Saturday's', 2025-03-07) gives 2025-03-01")
    assert {"file", "outlet", "published", "when", "start", "end", "explanation", "url"} <= \
        set(clash["sources"][0])


def test_conflicts_only_and_strict_exit_status() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["merge", *FILES, "--conflicts", "-f", "ndjson"])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["clash"]
    result = runner.invoke(app, ["merge", *FILES, "--strict", "-f", "csv"])
    assert result.exit_code == 1
    assert result.stdout.startswith("id,title,when,start,end,")
    assert result.stderr.splitlines() == [(
        "examples/many-sources/04-northern-ledger.yaml:12:5: error: conflicting dates for 'Zelensky, Trump "
        "and Vance clash in the Oval Office': conflict: The Kyiv Ledger ('today', 2025-02-28) gives "
        "2025-02-28 and Atlantic Wire ('Friday's', 2025-03-03) gives 2025-02-28 and Brussels Briefing "
        "('last week', 2025-03-05) gives 2025-W09 (together 2025-02-28) versus The Northern Ledger "
        "('Saturday's', 2025-03-07) gives 2025-03-01")]
    agreeing = [f for f in FILES if "northern" not in f]
    assert runner.invoke(app, ["merge", *agreeing, "--strict"]).exit_code == 0


def test_never_splits_the_contradiction_and_same_joins_by_hand(tmp_path: Path) -> None:
    never = tmp_path / "never.txt"
    never.write_text("# say the Northern Ledger wrote about another meeting\n"
                     "oval-office-row clash\noval-office-row, white-house-meeting\n"
                     "04-northern-ledger:oval-office-row 03-brussels-briefing.yaml:oval-office\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["merge", *FILES, "--never", str(never), "--strict", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["events"]) == 12
    same = tmp_path / "same.txt"
    same.write_text("aid-pause intel-pause\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["merge", *FILES, "--same", str(same), "-f", "json"])
    statuses = {e["id"]: e["status"] for e in json.loads(result.stdout)["events"]}
    assert statuses["aid-pause"] == "conflict" and "intel-pause" not in statuses


def test_unknown_id_in_a_pair_file_is_located(tmp_path: Path) -> None:
    same = tmp_path / "same.txt"
    same.write_text("# pairs\nclash nowhere\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["merge", *FILES, "--same", str(same)])
    assert result.exit_code == 1
    assert result.stderr == f"{same}:2:7: error: --same: no event has the id 'nowhere'\n"


def test_a_file_without_publication_date_needs_ref(tmp_path: Path) -> None:
    undated = tmp_path / "undated.yaml"
    undated.write_text("source: {outlet: Nowhere Times}\nevents:\n  - {title: Oval Office clash, when: Friday}\n",
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["merge", FILES[0], str(undated)])
    assert result.exit_code == 1
    assert result.stderr == (f"{undated}:3:5: error: no reference date: add 'reference: YYYY-MM-DD' to the file "
                             f"(or the event), or pass --ref\n")
    result = CliRunner().invoke(app, ["merge", FILES[0], str(undated), "--ref", "2025-03-02", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)["events"]
    [clash] = [e for e in events if e["id"] == "clash"]
    # --ref only fills in for the undated file: the Kyiv Ledger keeps its own day
    assert [(s["outlet"], s["published"], s["start"]) for s in clash["sources"]] == [
        (KYIV, "2025-02-28", "2025-02-28"), ("Nowhere Times", "2025-03-02", "2025-02-28")]


@pytest.mark.parametrize(("fmt", "name"), [("table", "merged.txt"), ("html", "merged.html")])
def test_the_shipped_merged_outputs_are_current(fmt: str, name: str) -> None:
    """examples/many-sources/merged.{txt,html} are what the command prints (regenerate them with it)."""
    result = subprocess.run([sys.executable, "-m", "timeline", "merge", *FILES, "-f", fmt], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", check=False,
                            env={"PATH": "", "COLUMNS": "200", "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == (EXAMPLE / name).read_text(encoding="utf-8")


def test_files_in_other_languages_and_zones_merge(tmp_path: Path) -> None:
    french = tmp_path / "courrier.yaml"
    french.write_text(
        "source: {outlet: Le Courrier de Bruxelles, published: '2025-03-01', language: fr}\n"
        "timezone: Europe/Paris\n"
        "events:\n"
        "  - {id: clash, title: Altercation dans le Bureau ovale entre Trump et Zelensky, when: yesterday}\n"
        "  - {title: Sommet des dirigeants européens à Londres, when: tomorrow, prefer: future}\n",
        encoding="utf-8")
    result = CliRunner().invoke(app, ["merge", FILES[0], str(french), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    events = {e["title"]: e for e in json.loads(result.stdout)["events"]}
    clash = events["Zelensky, Trump and Vance clash in the Oval Office"]  # joined by the shared id
    assert (clash["status"], [s["language"] for s in clash["sources"]]) == ("consistent", ["en", "fr"])
    assert len(events) == 6  # French titles share no words with English ones: the rest stay apart


def test_a_merged_archive_keeps_status_and_sources_and_loads_back(tmp_path: Path) -> None:
    archive = tmp_path / "merged.yaml"
    result = CliRunner().invoke(app, ["merge", *FILES, "-f", "yaml", "-o", str(archive)])
    assert result.exit_code == 0, result.stderr
    timeline = load([str(archive)]).timeline
    merged = merge(load([str(ROOT / f) for f in FILES]).timeline)
    assert [(e.id, e.span) for e in timeline.events] == [(e.id, e.span) for e in merged.events]
    text = archive.read_text(encoding="utf-8")
    assert text.count("  status: ") == 11 and text.count("  - file: examples/many-sources/") == 23
