"""The bad-input catalogue: every file under tests/data/bad/ through the CLI.

Each entry gives the exact stderr lines and the exit code of
``timeline show FILE`` (run from that directory, so messages name the file as
the user typed it). Nothing may ever print a traceback. A file added to the
directory without an entry here fails ``test_catalogue_is_complete``.

Beyond the catalogue: the size limit, ``-o`` (atomic, never over an input),
an alias bomb measured for time and memory, YAML 1.1 words kept as text, and
CSV cells that a spreadsheet would run as formulas.
"""

from __future__ import annotations

import csv
import io
import os
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import InputErrors
from timeline.loader import LoadOptions, load

BAD = Path(__file__).parent / "data" / "bad"
REPO = Path(__file__).resolve().parent.parent
NO_REF = "no reference date: add 'reference: YYYY-MM-DD' to the file (or the event), or pass --ref"
ALIAS = "is not allowed in events files: write the value out in full"

# file -> (exit code, the exact stderr lines)
CATALOGUE: dict[str, tuple[int, list[str]]] = {
    # YAML syntax
    "syntax-unclosed-flow.yaml": (1, [
        ("syntax-unclosed-flow.yaml:4:1: error: YAML syntax error: while parsing a flow sequence, "
        "did not find expected ',' or ']'")]),
    "syntax-mapping-in-plain.yaml": (1, [
        "syntax-mapping-in-plain.yaml:3:17: error: YAML syntax error: mapping values are not allowed in this context"]),
    "syntax-bad-indent.yaml": (1, [
        "syntax-bad-indent.yaml:4:10: error: YAML syntax error: mapping values are not allowed in this context"]),
    "tabs.yaml": (1, ["tabs.yaml:4:1: error: a tab in the indentation: YAML indents with spaces only"]),
    "two-documents.yaml": (1, ["two-documents.yaml:3:1: error: a second YAML document ('---'): an events file holds one"]),
    "deep-nesting.yaml": (1, ["deep-nesting.yaml:2:72: error: nested more than 64 levels deep: an events file needs 4"]),
    # spreadsheets, calendars and files that are neither
    "spreadsheet-unclosed.csv": (1, [
        "spreadsheet-unclosed.csv:3:1: error: a quoted cell is never closed (a '\"' is missing)"]),
    "spreadsheet-bad-cells.csv": (1, [
        ("spreadsheet-bad-cells.csv:2:8: error: unknown date expression 'Thursdy': unknown word 'Thursdy' "
         "(did you mean 'Thursday'?)"),
        f"spreadsheet-bad-cells.csv:3:1: error: {NO_REF}",
        ("spreadsheet-bad-cells.csv:3:12: error: reference '2025-13-45' is not a date: cannot resolve "
         "'2025-13-45': these words do not combine into a date")]),
    "recurring.ics": (1, [
        ("recurring.ics:6:1: error: recurring event 'Weekly briefing' (RRULE): timeline reads single events; "
         "export the occurrences you need as events of their own")]),
    "report.pdf": (1, [
        ("report.pdf:1:1: error: this is a PDF document, not an events file: timeline reads YAML, JSON, NDJSON, "
         "CSV, TSV and ICS (copy its text into an events file, or run `timeline extract` on the text)")]),
    # keys and ids
    "duplicate-key.yaml": (1, [
        "duplicate-key.yaml:5:5: error: duplicate key 'when' (first at line 4); YAML would silently keep only the last"]),
    "duplicate-id.yaml": (1, ["duplicate-id.yaml:4:5: error: duplicate event id 'vote' (first at line 3)"]),
    "unknown-field.yaml": (1, ["unknown-field.yaml:4:5: error: unknown field 'wen' (did you mean 'when'?)"]),
    "unknown-top-level.yaml": (1, [
        "unknown-top-level.yaml:1:1: error: unknown top-level field 'referense' (did you mean 'reference'?)",
        f"unknown-top-level.yaml:3:5: error: {NO_REF}"]),
    "missing-title.yaml": (1, ["missing-title.yaml:3:5: error: missing 'title'"]),
    # wrong types
    "when-int.yaml": (0, [
        "when-int.yaml:4:11: warning: 'when: 2025' is a YAML number; read as the year 2025 (quote it to say so)"]),
    "when-float.yaml": (1, ["when-float.yaml:4:12: error: unknown date expression '1e3': unknown word 'e'"]),
    "title-null.yaml": (1, [
        "title-null.yaml:3:12: error: title is empty (null); give it a value",
        "title-null.yaml:5:11: error: title is empty (null); give it a value"]),
    "title-list.yaml": (1, [
        "title-list.yaml:3:12: error: title must be a string, not a list",
        "title-list.yaml:6:11: error: when must be a string, not a mapping"]),
    "title-bool.json": (1, ["title-bool.json:1:50: error: title must be a string, not true"]),
    "top-level-scalar.yaml": (1, [
        "top-level-scalar.yaml:1:1: error: the file must be a mapping with 'events' (or a list of events)"]),
    "events-not-list.yaml": (1, ["events-not-list.yaml:2:9: error: 'events' must be a list"]),
    "event-number.yaml": (1, ["event-number.yaml:3:5: error: cannot read the number '42' here"]),
    "bad-prefer.yaml": (1, ["bad-prefer.yaml:2:9: error: prefer must be one of past, future, nearest, not 'later'"]),
    "bad-duration.yaml": (1, [
        ("bad-duration.yaml:3:45: error: cannot read the duration 'a while'; write it like '2 days', '90 minutes' "
        "or 'P2D'")]),
    "end-before-when.yaml": (1, ["end-before-when.yaml:3:40: error: 'end' (2025-02-28) is not after 'when' (2025-03-03)"]),
    # YAML 1.1 words stay the text that was written (see test_yaml11_words_stay_strings)
    "yaml11-surprises.yaml": (0, []),
    # encodings
    "bom.yaml": (0, []),
    "not-utf8.yaml": (1, ["not-utf8.yaml:3:15: error: not UTF-8 text (byte 0xe9); save the file as UTF-8"]),
    "utf16.yaml": (1, ["utf16.yaml:1:1: error: not UTF-8 text (byte 0xff) (it looks like UTF-16); save the file as UTF-8"]),
    "nul-bytes.bin": (1, ["nul-bytes.bin:1:1: error: the control character U+0000 is not allowed in YAML text"]),
    "empty.yaml": (1, ["empty.yaml:1:1: error: empty file: expected a mapping with 'reference' and 'events'"]),
    "only-comment.yaml": (1, [
        "only-comment.yaml:1:1: error: the file holds no data (only comments?): expected a mapping with 'events'"]),
    # settings
    "unknown-timezone.yaml": (1, [
        "unknown-timezone.yaml:2:11: error: unknown time zone 'Europe/Londn' (did you mean 'Europe/London'?)"]),
    "reference-not-date.yaml": (1, [
        "reference-not-date.yaml:1:12: error: reference 'last Tuesday' depends on the day it is read: "
        "write the day itself, such as 2025-03-06, 'March 6, 2025' or 2025-03-06T09:00"]),
    "reference-impossible.yaml": (1, [
        "reference-impossible.yaml:1:12: error: reference '2025-02-30' is not a date: "
        "February 2025 has no day 30 (it has 28 days)"]),
    "no-reference.yaml": (1, [f"no-reference.yaml:2:5: error: {NO_REF}"]),
    # expressions
    "bad-expression.yaml": (1, [
        ("bad-expression.yaml:4:11: error: unknown date expression 'Thrusday': unknown word 'Thrusday' "
        "(did you mean 'Thursday'?)")]),
    "impossible-date.yaml": (1, [
        "impossible-date.yaml:4:11: error: February 2025 has no day 30 (it has 28 days) in '30 February 2025'"]),
    "cycle.yaml": (1, [
        "cycle.yaml:5:11: error: events refer to each other in a cycle: a -> b -> a in '2 days after b'",
        "cycle.yaml:8:11: error: events refer to each other in a cycle: b -> a -> b in '1 day before a'"]),
    "unknown-event-id.yaml": (1, ["unknown-event-id.yaml:3:46: error: unknown event id 'summit' in '2 days after summit'"]),
    # safety: no aliases, no tags that build objects
    "billion-laughs.yaml": (1, [f"billion-laughs.yaml:3:8: error: YAML alias *a {ALIAS}"]),
    "alias-event.yaml": (1, [f"alias-event.yaml:4:5: error: YAML alias *talks {ALIAS}"]),
    "python-tag.yaml": (1, [
        ("python-tag.yaml:3:12: error: the YAML tag !!python/object/apply:os.system is not allowed in events files: "
        "timeline never builds objects from a file")]),
    # JSON and NDJSON
    "syntax.json": (1, ["syntax.json:1:73: error: invalid JSON: Expecting value"]),
    "bad-line.ndjson": (1, ["bad-line.ndjson:2:24: error: invalid JSON: Expecting value"]),
    # issue 17: validation at the model boundary, positions, echoes (each failed on the old loader)
    "lone-surrogate.json": (1, [
        'lone-surrogate.json:2:13: error: title holds text that is not valid Unicode (the lone surrogate U+D800 at character 2)',
        'lone-surrogate.json:3:46: error: notes holds text that is not valid Unicode (the lone surrogate U+DCFF at character 1)',
    ]),
    "huge-integer.json": (1, [
        "huge-integer.json:2:26: error: when: the number '111111111111111111111111111111111111111…' (5000 digits) is far beyond any date",
    ]),
    "huge-duration.yaml": (1, [
        "huge-duration.yaml:3:40: error: the duration '100000000000 days' is longer than the calendar (years 1 to 9999)",
        "huge-duration.yaml:4:40: error: the duration 'P99999999999999999999W' is longer than the calendar (years 1 to 9999)",
        "huge-duration.yaml:5:22: warning: '9998-12-30' resolves to 9998-12-30, more than 50 years from the reference 2025-03-06",
        "huge-duration.yaml:5:44: error: the event would end after the year 9999 (it lasts 'P400000W')",
    ]),
    "mixed-bounds.ndjson": (1, [
        "mixed-bounds.ndjson:1:1: error: 'start' '2025-03-06T10:00' and 'end' '2025-03-06T11:00+01:00' must both have a UTC offset or both have none",
        "mixed-bounds.ndjson:2:1: error: 'start' '2025-03-06' and 'end' '2025-03-07T11:00' must both be dates or both be dates with a time",
        "mixed-bounds.ndjson:3:75: error: granularity must be one of second, minute, hour, part_of_day, day, weekend, week, month, season, quarter, year, decade, century, not 'fortnight'",
    ]),
    "duplicate-key.json": (1, [
        "duplicate-key.json:2:46: error: duplicate key 'title' (first at line 2); JSON would silently keep only the last",
        "duplicate-key.json:3:2: error: duplicate key 'events' (first at line 2); JSON would silently keep only the last",
    ]),
    "tag-types.json": (1, [
        'tag-types.json:2:45: error: a tag must be a string, not a list',
        'tag-types.json:2:50: error: a tag must be a string, not a mapping',
        'tag-types.json:2:60: error: a tag must be a string, not true',
        'tag-types.json:3:13: error: title must be a string, not the number 1e400: write it in quotes',
        'tag-types.json:4:13: error: title must be a string, not the number NaN: write it in quotes',
        "tag-types.json:5:27: warning: 'when: 2025' is a JSON number; read as the year 2025 (quote it to say so)",
    ]),
    "cr-only.yaml": (1, [
        "cr-only.yaml:4:22: error: unknown date expression 'Thrusday': unknown word 'Thrusday' (did you mean 'Thursday'?)",
    ]),
    "line-separator.yaml": (1, [
        "line-separator.yaml:4:22: error: unknown date expression 'Thrusday': unknown word 'Thrusday' (did you mean 'Thursday'?)",
    ]),
    "cr-only.json": (1, [
        "cr-only.json:4:26: error: unknown date expression 'Thrusday': unknown word 'Thrusday' (did you mean 'Thursday'?)",
    ]),
    "iso-offset.yaml": (0, [
    ]),
    "long-expression.yaml": (1, [
        "long-expression.yaml:4:11: error: date expression too long (5399 characters; at most 400) in 'Thursday Thursday Thursday Thursday Thursday Thursday Thursday Thursday Thursda…'",
        "long-expression.yaml:6:11: error: date expression too long (3000 characters; at most 400) in 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'",
        "long-expression.yaml:9:5: error: unknown field 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…'; known: title, when, id, end, duration, location, tags, source, notes, reference, prefer, timezone, language",
    ]),
    "reference-beyond-zone.yaml": (1, [
        ("reference-beyond-zone.yaml:4:22: error: the reference 9999-12-31T23:59:59-12:00 in UTC falls outside the "
         "years 1-9999 in 'last week'"),
    ]),
    "errors-in-order.json": (1, [
        "errors-in-order.json:2:26: error: unknown date expression 'Thrusday': unknown word 'Thrusday' (did you mean 'Thursday'?)",
        "errors-in-order.json:3:36: error: unknown field 'wen' (did you mean 'when'?)",
        "errors-in-order.json:5:29: error: unknown top-level field 'referense' (did you mean 'reference'?)",
    ]),
    "bad-lines.ndjson": (1, [
        'bad-lines.ndjson:2:24: error: invalid JSON: Expecting value',
        "bad-lines.ndjson:3:24: error: unknown date expression 'Thrusday': unknown word 'Thrusday' (did you mean 'Thursday'?)",
        'bad-lines.ndjson:4:1: error: an event must be a mapping (title, when, ...) or a string',
        'bad-lines.ndjson:5:1: error: NDJSON input holds one event per line, not a whole document',
    ]),

}


def invoke(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input)


def assert_clean(result, code: int) -> None:  # type: ignore[no-untyped-def]
    """Exit *code*, and no traceback anywhere."""
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == code, result.stderr


def test_catalogue_is_complete() -> None:
    on_disk = sorted(p.name for p in BAD.iterdir() if p.is_file())
    assert on_disk == sorted(CATALOGUE)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_catalogue(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD)
    code, lines = CATALOGUE[name]
    result = invoke("show", name, "--ref", "2025-03-06") if name == "no-reference-with-ref" else invoke("show", name)
    assert_clean(result, code)
    assert [without_library_wording(line) for line in result.stderr.splitlines()] == [
        without_library_wording(line) for line in lines]
    if code:
        assert result.stdout == ""


# What libyaml and the json module say after these words is theirs and may change with their
# versions (PyYAML 6.0.4's libyaml words deep nesting differently): the catalogue asserts the
# file, line, column, our own words and that the library said something, not its wording.
LIBRARY_MARKERS = (": YAML syntax error: ", ": invalid JSON: ")


def without_library_wording(line: str) -> str:
    for marker in LIBRARY_MARKERS:
        if marker in line:
            head, _, rest = line.partition(marker)
            assert rest.strip(), line
            return head + marker + "..."
    return line


@pytest.mark.parametrize("name", ["cycle.yaml", "billion-laughs.yaml", "not-utf8.yaml", "when-int.yaml"])
def test_catalogue_in_a_real_process(name: str) -> None:
    """A few entries through ``python -m timeline`` itself: same lines, same code."""
    code, lines = CATALOGUE[name]
    proc = subprocess.run([sys.executable, "-m", "timeline", "show", name], check=False, cwd=BAD, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == code
    assert proc.stderr.splitlines() == lines


@pytest.mark.parametrize("name", ["duplicate-key.yaml", "cycle.yaml", "tabs.yaml"])
def test_check_reports_the_same(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD)
    code, lines = CATALOGUE[name]
    result = invoke("check", name)
    assert_clean(result, code)
    assert [line for line in result.stderr.splitlines() if ": error: " in line] == lines


def test_yaml11_words_stay_strings() -> None:
    """NO, on, yes, off, 1e3, 0x1F, 012, 1:20 are what the user wrote, never False/True/1000/31/10/80."""
    events = load([str(BAD / "yaml11-surprises.yaml")]).timeline.events
    by_title = {e.title: e for e in events}
    no = by_title["NO"]
    assert no.tags == ("on", "yes", "off", "1e3")
    assert no.location == "0x1F"
    noon = by_title["Noon meeting"]
    assert noon.notes == "012"
    assert noon.when == "1:20"
    assert noon.span.start.isoformat() == "2025-03-06T13:20:00"  # a clock time, not 80 minutes


def test_bom_is_dropped() -> None:
    (event,) = load([str(BAD / "bom.yaml")]).timeline.events
    assert event.title == "Budget"
    assert str(event.span.start) == "2025-03-03"


def test_when_int_is_the_year() -> None:
    result = load([str(BAD / "when-int.yaml")])
    (event,) = result.timeline.events
    assert (str(event.span.start), str(event.span.end)) == ("2025-01-01", "2026-01-01")
    assert [d.message for d in result.diagnostics] == [
        "'when: 2025' is a YAML number; read as the year 2025 (quote it to say so)"]


def test_library_raises_input_errors_in_line_order() -> None:
    with pytest.raises(InputErrors) as caught:
        load([str(BAD / "title-list.yaml")])
    assert [(e.location.line, e.location.column) for e in caught.value.errors] == [(3, 12), (6, 11)]


# --------------------------------------------------------------------------
# Alias bomb: refused fast, with bounded memory


def test_billion_laughs_is_refused_fast_in_little_memory() -> None:
    text = (BAD / "billion-laughs.yaml").read_text()
    # a deeper bomb than the catalogue's: 9**12 leaves if anything expanded it
    deeper = text.replace("events: [*i]\n", "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("ijk", "jkl")) + "events: [*l]\n")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        from timeline.loader import load_text

        _, _, errors, _ = load_text(deeper, "bomb.yaml")
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [str(e) for e in errors] == [f"bomb.yaml:3:8: YAML alias *a {ALIAS}"]
    assert elapsed < 0.5
    assert peak < 1_000_000  # bytes: nothing was expanded


def test_deep_nesting_does_not_crash_the_process(tmp_path: Path) -> None:
    """libyaml's own composer recurses in C and segfaults near 100,000 levels: ours refuses at 64."""
    for name, text in (("deep.yaml", "events: " + "[" * 200_000 + "]" * 200_000 + "\n"),
                       ("deep2.yaml", "events:\n" + "- " * 100_000 + "x\n"),
                       ("deep.json", "[" * 200_000 + "]" * 200_000 + "\n")):
        (tmp_path / name).write_text(text)
        proc = subprocess.run([sys.executable, "-m", "timeline", "show", name], check=False, cwd=tmp_path, capture_output=True,
                              text=True, timeout=60, stdin=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
        assert proc.returncode == 1, (name, proc.returncode, proc.stderr[-500:])
        assert "Traceback" not in proc.stderr
        # the behaviour, not a library's wording (libyaml's own message changed in PyYAML 6.0.4):
        # one located error line
        lines = proc.stderr.splitlines()
        assert len(lines) == 1, proc.stderr[-500:]
        assert re.match(rf"{re.escape(name)}:\d+:\d+: error: ", lines[0]), lines[0]
    # bounded memory: the deepest child stayed far below what expanding 200,000 levels would take
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 400_000  # KiB


# --------------------------------------------------------------------------
# Size limit


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    big = tmp_path / "big.yaml"
    padding = "# " + "x" * 1000 + "\n"
    big.write_text("reference: 2025-03-06\n" + padding * 1100 + "events:\n  - {title: a, when: Monday}\n")
    size = big.stat().st_size
    result = invoke("show", "big.yaml", "--max-size", "1")
    assert_clean(result, 1)
    assert result.stderr.splitlines() == [
        f"big.yaml: error: file is {size:,} bytes, over the limit of 1,048,576 (raise it with --max-size)"]
    assert_clean(invoke("show", "big.yaml", "--max-size", "2"), 0)


def test_size_limit_on_standard_input() -> None:
    data = ("reference: 2025-03-06\n" + "# padding\n" * 120_000 + "events: []\n").encode()
    result = invoke("show", "-", "--max-size", "1", input=data)
    assert_clean(result, 1)
    assert result.stderr.splitlines() == [
        "<stdin>: error: input is over the limit of 1,048,576 bytes (raise it with --max-size)"]


def test_size_limit_in_the_library(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("reference: 2025-03-06\nevents:\n  - {title: a, when: Monday}\n")
    with pytest.raises(InputErrors) as caught:
        load([str(path)], LoadOptions(max_bytes=10))
    assert caught.value.errors[0].message == "file is 59 bytes, over the limit of 10 (raise it with --max-size)"


# --------------------------------------------------------------------------
# -o: atomic, and never over an input


EVENTS = "reference: 2025-03-06\nevents:\n  - {title: Budget, when: Monday}\n"


def test_output_refuses_to_overwrite_an_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events.yaml").write_text(EVENTS)
    for target in ("events.yaml", "./events.yaml", str(tmp_path / "events.yaml")):
        result = invoke("show", "events.yaml", "-o", target)
        assert_clean(result, 2)
        assert result.stderr.splitlines() == [
            f"{Path(target)}: error: refusing to overwrite the input file events.yaml"]
        assert (tmp_path / "events.yaml").read_text() == EVENTS
    (tmp_path / "link.yaml").symlink_to(tmp_path / "events.yaml")
    result = invoke("show", "events.yaml", "-o", "link.yaml")
    assert_clean(result, 2)
    assert (tmp_path / "events.yaml").read_text() == EVENTS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml", "link.yaml"]  # no temporary left


def test_output_is_written_whole_and_keeps_the_old_file_on_error(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events.yaml").write_text(EVENTS)
    result = invoke("show", "events.yaml", "-o", "out.txt")
    assert_clean(result, 0)
    good = (tmp_path / "out.txt").read_text()
    assert "Budget" in good
    (tmp_path / "events.yaml").write_text(EVENTS.replace("Monday", "Thrusday"))
    result = invoke("show", "events.yaml", "-o", "out.txt")
    assert_clean(result, 1)
    assert (tmp_path / "out.txt").read_text() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml", "out.txt"]


def test_write_output_leaves_nothing_when_the_write_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import io
    from timeline.errors import OutputError

    target = tmp_path / "out.txt"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(io.os, "fsync", broken_fsync)
    with pytest.raises(OutputError) as caught:
        io.write_output(target, "new", ())
    assert str(caught.value) == f"{target}: cannot write: No space left on device"
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_write_output_into_a_missing_directory(tmp_path: Path) -> None:
    from timeline import io
    from timeline.errors import OutputError

    with pytest.raises(OutputError) as caught:
        io.write_output(tmp_path / "nope" / "out.txt", "x", ())
    assert caught.value.message == "cannot write here: No such file or directory"


def test_write_output_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    from timeline import io

    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o600)
    io.write_output(target, "new", ())
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600


# --------------------------------------------------------------------------
# Event text must not forge structure in CSV (ICS: tests/test_ics.py)

FORMULAS = ["=HYPERLINK(\"http://x.invalid\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1"]
ROW_BREAKERS = ["a,b\nc,\"d\"", "ok\r\nnext,row", "\r=1+1", "lone\rcarriage return"]


def _csv_rows(tmp_path: Path, titles: list[str]) -> list[dict[str, str]]:
    pytest.importorskip("timeline.renderers.csv", reason="the CSV renderer is not written yet (issue 5)")
    import json

    events = [{"title": t, "when": "Monday", "notes": t} for t in titles]
    (tmp_path / "e.json").write_text(json.dumps({"reference": "2025-03-06", "events": events}))
    result = invoke("show", str(tmp_path / "e.json"), "-f", "csv")
    assert_clean(result, 0)
    # stdout_bytes: CliRunner's text output folds CRLF, which would hide what a spreadsheet sees
    return list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))


def test_csv_cells_cannot_be_formulas(tmp_path: Path) -> None:
    rows = _csv_rows(tmp_path, FORMULAS)
    assert len(rows) == len(FORMULAS)
    for row, title in zip(rows, FORMULAS):
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r"), value
        assert title in row["title"] and title in row["notes"]  # the text is kept, only made inert


def test_csv_text_cannot_forge_rows(tmp_path: Path) -> None:
    rows = _csv_rows(tmp_path, ROW_BREAKERS)
    assert [row["notes"].lstrip("'") for row in rows] == [t.lstrip("'") for t in ROW_BREAKERS]
