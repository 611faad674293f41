"""The data formats (json, ndjson, csv, tsv, markdown, yaml) and the table:
golden files for the repository's events.yaml, hostile text, the record
contract and the YAML round trip through the loader.

Golden files live in tests/golden/formats/; regenerate them with
``TIMELINE_UPDATE_GOLDEN=1 pytest tests/test_formats.py tests/test_cli.py``
and review the diff. The CLI tests (tests/test_cli.py) compare the real
command's output with the same files.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from timeline.formula import guard_formula
from timeline.loader import load, load_text
from timeline.model import Event, Granularity, Origin, Span, Timeline
from timeline.renderers import RENDERERS, RenderOptions, available_formats, get_renderer
from timeline.renderers._records import FIELDS, event_record
from timeline.renderers.markdown import escape as md_escape

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "formats"
UPDATE = os.environ.get("TIMELINE_UPDATE_GOLDEN") == "1"
REFERENCE = date(2025, 3, 6)
LONDON = ZoneInfo("Europe/London")

# format -> golden file extension; the formats with a golden file here
# (ics has tests/golden/ics/events.ics, pictures have tests/golden/pictures).
DATA_FORMATS = {"table": "txt", "json": "json", "ndjson": "ndjson", "csv": "csv", "tsv": "tsv",
                "markdown": "md", "yaml": "yaml"}


def check_golden(name: str, text: str) -> None:
    """Compare *text* with tests/golden/formats/<name>; rewrite it when asked to."""
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        if not UPDATE:
            pytest.fail(f"golden file {path} was missing and has been written; check it and rerun")
    assert text == path.read_bytes().decode("utf-8")


def render(fmt: str, timeline: Timeline, **options: object) -> str:
    return get_renderer(fmt)(timeline, RenderOptions(**options))  # type: ignore[arg-type]


def events_yaml() -> Timeline:
    """The repository's events.yaml as the CLI reads it from the repository root."""
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return load(["events.yaml"]).timeline
    finally:
        os.chdir(cwd)


def _day(day: date, days: int = 1, granularity: Granularity = Granularity.DAY, **fields: object) -> Span:
    return Span(day, day + timedelta(days=days), granularity, day.isoformat(), "why", **fields)  # type: ignore[arg-type]


def _event(title: str, span: Span, **fields: object) -> Event:
    fields.setdefault("when", "Thursday")
    fields.setdefault("reference", REFERENCE)
    return Event(title=title, span=span, origin=Origin("news/a.yaml", 3, 5), **fields)  # type: ignore[arg-type]


def nasty() -> Timeline:
    """Text that breaks naive writers: separators, formulas, YAML 1.1 words, zones."""
    evening = datetime(2025, 3, 5, 18, tzinfo=LONDON)
    events = (
        _event("=HYPERLINK(\"http://x\",\"click\")", _day(date(2025, 3, 3)), id="formula",
               tags=("a,b", "-c", "@d")),
        _event("Pipe | and\ttab\nnew line\r\nCRLF", _day(date(2025, 3, 4)), id="seps",
               notes="line one\nline two", location="+44 London"),
        _event("yes", _day(date(2025, 3, 5)), id="yes", when="NO", source="1:20",
               location="2025-03-06", tags=("null", "~")),
        _event("Macron speaks", Span(evening, evening + timedelta(hours=6), Granularity.PART_OF_DAY,
                                     "2025-03-05TEV", "evening", approximate=True),
               when="Wednesday evening", timezone="Europe/London"),
        _event("# not a comment: really", _day(date(2030, 1, 1), 365, Granularity.YEAR, qualifier="by"),
               when="by 2030", id="target"),
        _event("Ünïcödé — “quotes” <b>bold</b> \\ backslash", _day(date(2025, 3, 6)), id="unicode"),
    )
    return Timeline(events, "Nasty: a calendar", ("news/a.yaml",), (REFERENCE,))


EMPTY = Timeline((), None, (), ())


# ---------------------------------------------------------------- golden


@pytest.mark.parametrize("fmt", sorted(DATA_FORMATS))
def test_golden_events_yaml(fmt: str) -> None:
    """Each data format (and the table) of events.yaml, byte for byte."""
    check_golden(f"events.{DATA_FORMATS[fmt]}", render(fmt, events_yaml()))


@pytest.mark.parametrize("fmt", sorted(DATA_FORMATS))
def test_golden_grouped_by_week(fmt: str) -> None:
    """--group-by: headers in the table and markdown, a ``group`` field in the records."""
    check_golden(f"events-week.{DATA_FORMATS[fmt]}", render(fmt, events_yaml(), group_by="week"))


# ---------------------------------------------------------------- registry and record contract


def test_every_registered_format_has_a_render_function() -> None:
    from timeline.renderers import BINARY_FORMATS, get_binary_renderer

    for name in available_formats():
        assert callable(get_binary_renderer(name) if name in BINARY_FORMATS else get_renderer(name)), name
    assert set(DATA_FORMATS) <= set(RENDERERS)


def test_record_fields_are_the_documented_contract() -> None:
    """FIELDS is public (docs/formats.md): changing it breaks users' scripts."""
    assert FIELDS == ("id", "title", "when", "start", "end", "granularity", "value", "approximate",
                      "qualifier", "explanation", "location", "tags", "source", "notes", "reference",
                      "file", "line", "distance", "group", "outlet", "url", "published", "language", "author")
    docs = (REPO / "docs" / "formats.md").read_text(encoding="utf-8")
    for name in FIELDS:
        assert f"`{name}`" in docs, f"field {name!r} is not documented in docs/formats.md"
    for name in RENDERERS:
        assert f"`{name}`" in docs, f"format {name!r} is not documented in docs/formats.md"


def test_record_types() -> None:
    record = event_record(nasty().events[3])
    assert record["start"] == "2025-03-05T18:00:00+00:00"
    assert record["end"] == "2025-03-06T00:00:00+00:00"
    assert record["approximate"] is True
    assert record["tags"] == []
    assert record["line"] == 3
    assert record["group"] is None
    assert event_record(nasty().events[0], group_by="month")["group"] == "2025-03"


# ---------------------------------------------------------------- json / ndjson


def test_json_document_shape() -> None:
    doc = json.loads(render("json", nasty()))
    assert set(doc) == {"timeline", "events"}
    assert doc["timeline"] == {"calendar": "Nasty: a calendar", "files": ["news/a.yaml"], "count": 6,
                               "generator": doc["timeline"]["generator"], "references": ["2025-03-06"]}
    assert doc["timeline"]["generator"].startswith("timeline ")
    for record in doc["events"]:
        assert tuple(record) == FIELDS  # every field, in order, null when empty
    assert doc["events"][1]["title"] == "Pipe | and\ttab\nnew line\r\nCRLF"


def test_json_empty_timeline_and_stdin_file_name() -> None:
    doc = json.loads(render("json", Timeline((), None, ("-",), ())))
    assert doc == {"timeline": {"calendar": None, "files": ["<stdin>"], "count": 0,
                                "generator": doc["timeline"]["generator"], "references": []}, "events": []}


def test_ndjson_one_object_per_line() -> None:
    text = render("ndjson", nasty())
    lines = text.splitlines()
    assert len(lines) == 6 and text.endswith("\n")
    assert [json.loads(line)["title"] for line in lines] == [e.title for e in nasty().events]
    assert render("ndjson", EMPTY) == ""


# ---------------------------------------------------------------- csv / tsv


def test_csv_parses_back_to_the_records() -> None:
    rows = list(csv.reader(io.StringIO(render("csv", nasty(), csv_formula_guard=False))))
    assert rows[0] == list(FIELDS)
    assert len(rows) == 7
    title = FIELDS.index("title")
    assert [r[title] for r in rows[1:]] == [e.title for e in nasty().events]
    assert rows[1][FIELDS.index("tags")] == "a,b; -c; @d"
    assert rows[4][FIELDS.index("approximate")] == "true"
    assert rows[1][FIELDS.index("qualifier")] == ""


@pytest.mark.parametrize("cell, guarded", [
    ("=1+1", "'=1+1"), ("+44 London", "'+44 London"), ("-c", "'-c"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("2025-03-06", "2025-03-06"), ("a=b", "a=b"), ("", ""),
])
def test_formula_guard(cell: str, guarded: str) -> None:
    assert guard_formula(cell) == guarded


def test_csv_formula_guard_on_by_default_and_off_on_request() -> None:
    guarded = list(csv.reader(io.StringIO(render("csv", nasty()))))
    raw = list(csv.reader(io.StringIO(render("csv", nasty(), csv_formula_guard=False))))
    title, location = FIELDS.index("title"), FIELDS.index("location")
    assert guarded[1][title] == "'=HYPERLINK(\"http://x\",\"click\")"
    assert raw[1][title] == "=HYPERLINK(\"http://x\",\"click\")"
    assert guarded[2][location] == "'+44 London"
    assert guarded[0] == list(FIELDS)  # the header is never touched


def test_tsv_cells_cannot_forge_columns_or_rows() -> None:
    text = render("tsv", nasty())
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 8  # header, 6 events, final newline
    for line in lines[:-1]:
        assert len(line.split("\t")) == len(FIELDS)
    title = FIELDS.index("title")
    assert lines[2].split("\t")[title] == "Pipe | and tab new line  CRLF"
    assert lines[1].split("\t")[title].startswith("'=")


# ---------------------------------------------------------------- markdown


def test_markdown_escapes_cells() -> None:
    text = render("markdown", nasty())
    lines = text.splitlines()
    assert len(lines) == 2 + 6
    for line in lines:
        # every row has the same number of unescaped separators
        assert line.replace("\\|", "").count("|") == 8, line
    assert "Pipe \\| and\ttab<br>new line<br>CRLF" in text
    assert "&lt;b>bold&lt;/b> \\\\ backslash" in text
    assert md_escape("a|b\nc") == "a\\|b<br>c"
    assert render("markdown", EMPTY) == "_No events._\n"


# ---------------------------------------------------------------- yaml round trip


def _spans(timeline: Timeline) -> list[tuple[object, ...]]:
    return [(e.title, e.when, e.span.start, e.span.end, e.span.granularity, e.span.value,
             e.span.approximate, e.span.qualifier, e.span.explanation, e.reference, e.id, e.location,
             e.tags, e.source, e.notes) for e in timeline.events]


@pytest.mark.parametrize("make", [events_yaml, nasty], ids=["events.yaml", "nasty"])
def test_yaml_loads_back_to_the_same_spans(make: object) -> None:
    timeline = make()  # type: ignore[operator]
    text = render("yaml", timeline)
    events, settings, errors, _ = load_text(text, "archive.yaml")
    assert errors == []
    assert settings is not None and settings.calendar == timeline.calendar
    again = Timeline(tuple(sorted(events, key=lambda e: e.span.sort_key())))
    assert _spans(again) == _spans(Timeline(tuple(sorted(timeline.events, key=lambda e: e.span.sort_key()))))
    # and it is stable: rendering the reloaded events gives the same text
    assert render("yaml", Timeline(tuple(events), settings.calendar)) == text


def test_yaml_keeps_spans_whatever_the_reference_later() -> None:
    """An archive is read years later, or with --ref: the spans must not move."""
    from timeline.loader import LoadOptions

    text = render("yaml", events_yaml())
    events, _, errors, _ = load_text(text, "archive.yaml", LoadOptions(reference=date(2031, 1, 1)))
    assert errors == []
    assert [e.span for e in events] == [e.span for e in events_yaml().events]


def test_yaml_renames_ids_repeated_across_merged_files() -> None:
    first = _event("One", _day(date(2025, 3, 3)), id="summit")
    second = _event("Two", _day(date(2025, 3, 4)), id="summit")
    text = render("yaml", Timeline((first, second)))
    events, _, errors, _ = load_text(text, "merged.yaml")
    assert errors == []
    assert [e.id for e in events] == ["summit", "summit-2"]


def test_yaml_quotes_what_yaml_1_1_would_retype() -> None:
    text = render("yaml", nasty())
    assert "title: 'yes'" in text
    assert "when: 'NO'" in text
    assert "source: '1:20'" in text
    assert "start: '2025-03-05'" in text


# ---------------------------------------------------------------- tables that fit

from timeline.renderers._records import display_date as _display_date
from timeline.renderers.table import display_width


def _table(timeline: Timeline, **options: object) -> list[str]:
    return render("table", timeline, **options).splitlines()


@pytest.mark.parametrize(("style", "width"), [
    ("simple", 70), ("simple", 80), ("simple", 100), ("simple", 120), ("github", 80), ("github", 100),
    ("pretty", 80), ("grid", 90), ("grid", 120),
])
@pytest.mark.parametrize("make", [events_yaml, nasty], ids=["events.yaml", "nasty"])
def test_table_fits_the_width_and_keeps_dates_whole(make: object, width: int, style: str) -> None:
    timeline = make()  # type: ignore[operator]
    lines = _table(timeline, table_width=width, style=style)
    assert max(display_width(line) for line in lines) <= width
    for event in timeline.events:
        assert any(_display_date(event.span) in line for line in lines), event.title
        assert any(event.span.granularity.value.replace("_", " ") in line for line in lines)
    if width >= 100:  # room for whole words: every short word of every title is there, uncut
        words = set(" ".join(lines).split())
        for event in timeline.events:
            for word in event.title.split():
                if display_width(word) <= 12 and "|" not in word and style == "simple":
                    assert word in words, word


def test_table_too_narrow_for_its_whole_columns_is_as_narrow_as_it_can_be() -> None:
    lines = _table(events_yaml(), table_width=40)
    widest = max(display_width(line) for line in lines)
    assert 40 < widest < 80  # the date, granularity and distance columns stay whole
    assert _table(events_yaml(), table_width=30) == lines


def test_table_does_not_wrap_what_fits_or_without_a_width() -> None:
    natural = _table(events_yaml())
    assert len(natural) == 2 + len(events_yaml().events)
    assert _table(events_yaml(), table_width=500) == natural
    assert max(len(line) for line in natural) > 80  # so the tests above did wrap


def test_table_columns_are_named_as_the_record_fields() -> None:
    header = _table(events_yaml())[0].split()
    assert header == ["date", "granularity", "title", "when", "distance"]
    assert {"granularity", "title", "when", "distance"} <= set(FIELDS)
    assert render("markdown", events_yaml()).splitlines()[0] == \
        "| date | granularity | title | when | location | tags | value |"


def test_grouped_tables_line_up_and_fit() -> None:
    lines = _table(events_yaml(), group_by="week", table_width=80)
    rules = [line for line in lines if set(line) <= {"-", " "} and line]
    groups = [line for line in lines if line.startswith("== ")]
    assert len(rules) == len(groups) == 4 and len(set(rules)) == 1  # one rule per group, all alike
    assert max(display_width(line) for line in lines) <= 80


def test_readme_table_is_what_an_80_column_terminal_shows() -> None:
    from typer.testing import CliRunner

    from timeline.cli import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("80-column terminal", 1)[1].split("```\n", 2)[1]
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        result = CliRunner().invoke(app, ["show", "events.yaml", "--width", "80"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert block == result.stdout
    assert max(display_width(line) for line in block.splitlines()) <= 80


def _cli_table(args: list[str], terminal: bool, columns: int = 80) -> list[str]:
    """`timeline show events.yaml ARGS` in a real process, its stdout a pipe or a pseudo-terminal."""
    import pty
    import subprocess
    import sys

    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    argv = [sys.executable, "-m", "timeline", "show", "events.yaml", *args]
    if not terminal:
        done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=True)
        return done.stdout.splitlines()
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen(argv, cwd=REPO, env=env, stdout=follower, stderr=subprocess.DEVNULL)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the process is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n").splitlines()


def test_cli_fits_a_terminal_but_never_wraps_a_pipe() -> None:
    on_terminal = _cli_table([], terminal=True, columns=80)
    assert max(display_width(line) for line in on_terminal) <= 80
    assert len(on_terminal) > 2 + len(events_yaml().events)
    piped = _cli_table([], terminal=False, columns=80)
    assert len(piped) == 2 + len(events_yaml().events) and max(len(line) for line in piped) > 80
    assert _cli_table(["--wide"], terminal=True, columns=80) == piped
    assert _cli_table(["--width", "100"], terminal=False) == _table(events_yaml(), table_width=100)
    assert max(display_width(line) for line in _cli_table([], terminal=True, columns=100)) <= 100


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_the_qualifier_is_added_to_english_words_only(tmp_path: Path, fmt: str) -> None:
    """'by 2030' for an English mention '2030'; 'd'ici 2030' already says 'by', in French."""
    from timeline.loader import load
    from timeline.renderers import RenderOptions, get_renderer

    french = tmp_path / "fr.yaml"
    french.write_text("reference: 2025-03-06\nlanguage: fr\nevents:\n  - title: a\n    when: \"d'ici 2030\"\n",
                      encoding="utf-8")
    shown = get_renderer(fmt)(load([str(french)]).timeline, RenderOptions())
    assert "d'ici 2030" in shown and "by d'ici" not in shown
    # -f yaml keeps the language, so the normalized file shows the same
    again = tmp_path / "again.yaml"
    again.write_text(get_renderer("yaml")(load([str(french)]).timeline, RenderOptions()), encoding="utf-8")
    assert "by d'ici" not in get_renderer(fmt)(load([str(again)]).timeline, RenderOptions())
