"""`timeline extract` through the real command: the seed article to a draft that `show` reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "data" / "extract" / "seed.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], check=False, cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extract") / "draft.yaml"
    proc = run("extract", str(ARTICLE), "--ref", "2025-03-06", "--format", "yaml", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def test_draft_is_an_events_file_with_every_dated_statement(draft: Path) -> None:
    doc = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert doc["reference"] == "2025-03-06"
    whens = [e["when"] for e in doc["events"]]
    for expected in ("Thursday", "Wednesday", "last week", "by 2030", "the last 30 years"):
        assert expected in whens, whens
    assert whens.count("last week") >= 2  # the confrontation and the spending announcement's sentence


def test_show_on_the_draft_prints_the_article_dates(draft: Path) -> None:
    proc = run("show", str(draft), "-f", "json")
    assert proc.returncode == 0, proc.stderr
    import json

    events = json.loads(proc.stdout)["events"]
    by_when = {}
    for e in events:
        by_when.setdefault(e["when"], []).append(e)
    assert by_when["Wednesday"][0]["start"] == "2025-03-05"
    assert by_when["Thursday"][0]["start"] == "2025-03-06"
    assert all(e["start"] == "2025-02-24" and e["granularity"] == "week" for e in by_when["last week"])
    assert by_when["by 2030"][0]["value"] == "2030" and by_when["by 2030"][0]["qualifier"] == "by"
    span = by_when["the last 30 years"][0]
    assert (span["start"], span["end"], span["granularity"]) == ("1995-01-01", "2025-01-01", "year")


def test_other_formats_print_the_timeline_directly() -> None:
    proc = run("extract", str(ARTICLE), "--ref", "2025-03-06", "-f", "ndjson")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) >= 6 and all(line.startswith("{") for line in lines)


def test_reads_standard_input_and_asks_for_a_reference_when_the_text_has_none() -> None:
    proc = run("extract", "-", stdin="Talks ended on Wednesday.")
    assert proc.returncode == 1
    assert "--ref" in proc.stderr and "Traceback" not in proc.stderr
    proc = run("extract", "--ref", "2025-03-06", "-f", "ndjson", stdin="Talks ended on Wednesday.")
    assert proc.returncode == 0 and '"start": "2025-03-05"' in proc.stdout


def test_reference_from_a_dateline() -> None:
    text = "WASHINGTON, March 4, 2025 (Reuters) - The president will speak to Congress on Wednesday.\n"
    proc = run("extract", "-f", "ndjson", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert '"start": "2025-03-05"' in proc.stdout


def test_after_clauses_draft_the_earlier_event_too(draft: Path) -> None:
    """The seed dates Starmer's announcement and the Oval Office clash only through 'last week after ...'."""
    events = yaml.safe_load(draft.read_text(encoding="utf-8"))["events"]
    titles = [e["title"] for e in events if e["when"] == "last week"]
    assert any("defence spending" in t for t in titles), titles
    assert any("confrontation" in t for t in titles), titles


def test_events_point_into_the_article_not_into_a_draft() -> None:
    """Issue 17.9: without a YAML round trip, every event's file and line are the article's own."""
    import json

    proc = run("extract", str(ARTICLE), "--ref", "2025-03-06", "-f", "ndjson")
    assert proc.returncode == 0, proc.stderr
    lines = ARTICLE.read_text(encoding="utf-8").splitlines()
    for record in map(json.loads, proc.stdout.splitlines()):
        assert record["file"] == str(ARTICLE)
        assert record["when"] in lines[record["line"] - 1], record


def test_an_unknown_time_zone_is_a_usage_error() -> None:
    proc = run("extract", str(ARTICLE), "--ref", "2025-03-06", "--tz", "Nowhere/Land", "-f", "ndjson")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Nowhere/Land" in proc.stderr and "Traceback" not in proc.stderr


def test_an_article_without_a_reference_names_the_file(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("Talks ended on Wednesday.\n", encoding="utf-8")
    proc = run("extract", str(article), "-f", "ndjson")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(str(article)) and "--ref" in proc.stderr and "Traceback" not in proc.stderr
