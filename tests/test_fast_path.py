"""The fast path for NDJSON records (issue 18.3) says exactly what the general path says.

``timeline.loader.fast`` takes plain records (printable text fields, tags, a reference; or the
start/end our own output writes) straight to events, through a memo of (expression, reference).
Everything else goes the general way, record by record, and any error makes the file be read
again the general way. Here both paths read the same text: the events (every field), the errors
(class, message, file:line:column), the warnings, and through the CLI the output bytes, stderr
and exit codes, must be the same. Inputs: the NDJSON fixtures, our own ``-f ndjson`` output read
back, a table of records that are each not plain in one way, and hypothesis-generated files
(good and bad records, duplicate keys, escapes, numbers, nulls, anchors between events).
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import InputErrors, TimelineError
from timeline.loader import LoadOptions, chronological, load, load_text
from timeline.loader import fast as fast_module
from timeline.loader.ndjson_reader import NdjsonDocument
from timeline.model import Event, Granularity, Origin, Provenance, Span, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers import csv as csv_renderer
from timeline.renderers._records import table_rows

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2025, 3, 6)


@contextmanager
def general_path() -> Iterator[None]:
    """Read NDJSON the general way only (the loader takes the fast path when a document has
    plain_events)."""
    saved = NdjsonDocument.plain_events
    del NdjsonDocument.plain_events
    try:
        yield
    finally:
        NdjsonDocument.plain_events = saved  # type: ignore[method-assign]


def _errors(errors: list[TimelineError]) -> list[tuple[str, str, object]]:
    return [(type(e).__name__, e.message, e.location) for e in errors]


def _read(text: str, options: LoadOptions) -> tuple[Any, ...]:
    events, settings, errors, warnings = load_text(text, "events.ndjson", options)
    return events, settings, _errors(errors), warnings


def assert_same(text: str, options: LoadOptions | None = None) -> tuple[Any, ...]:
    """Both paths read *text* alike; returns what they read."""
    options = options or LoadOptions(today=TODAY)
    fast = _read(text, options)
    with general_path():
        general = _read(text, options)
    assert fast[2] == general[2]  # errors: class, message, location
    assert fast[3] == general[3]  # warnings
    assert fast[1] == general[1]  # settings
    assert len(fast[0]) == len(general[0])
    for a, b in zip(fast[0], general[0]):
        assert type(a) is Event and a == b
        assert [getattr(a, name) for name in Event._fields] == [getattr(b, name) for name in Event._fields]
    return fast


def _cli(args: list[str], general: bool = False) -> tuple[int, str, str]:
    runner = CliRunner()
    if general:
        with general_path():
            result = runner.invoke(app, args)
    else:
        result = runner.invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


def assert_same_cli(path: Path, *extra: str) -> tuple[int, str, str]:
    fast = _cli(["show", str(path), *extra])
    assert fast == _cli(["show", str(path), *extra], general=True)
    return fast


# ---- the model's classes as the fast constructors fill them -------------------------------------

def test_the_fast_constructors_fill_every_field_of_the_model() -> None:
    """new_event/new_origin are only used while Event and Origin have the fields they fill."""
    assert Event.__slots__ == fast_module._EVENT_SLOTS == Event._fields
    assert Origin.__slots__ == fast_module._ORIGIN_SLOTS
    span = Span(date(2025, 3, 1), date(2025, 3, 2), Granularity.DAY, "2025-03-01", "x")
    origin = fast_module.new_origin("f.ndjson", 3, 1)
    made = fast_module.new_event("t", "Saturday", span, TODAY, "e1", "Kyiv", ("a",), "s", "n", None, origin,
                                 None, "event", "en")
    plain = Event("t", "Saturday", span, TODAY, "e1", "Kyiv", ("a",), "s", "n", None, Origin("f.ndjson", 3, 1),
                  None, None, None, "event", "en")
    assert type(made) is Event and type(origin) is Origin
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    with pytest.raises(AttributeError):  # still frozen
        made.title = "other"  # type: ignore[misc]


# ---- fixtures ------------------------------------------------------------------------------------

NDJSON_FIXTURES = sorted((REPO / "tests" / "data" / "bad").glob("*.ndjson")) + sorted(
    (REPO / "tests" / "golden").rglob("*.ndjson"))


@pytest.mark.parametrize("path", NDJSON_FIXTURES, ids=lambda p: p.name)
def test_fixtures_read_alike(path: Path) -> None:
    assert_same(path.read_text(encoding="utf-8"))
    for fmt in ("ndjson", "csv"):
        assert_same_cli(path, "-f", fmt)


def test_our_own_output_read_back_alike(tmp_path: Path) -> None:
    """``-f ndjson`` output (every field, nulls, start/end) goes the fast way and reads back alike."""
    source = tmp_path / "in.ndjson"
    source.write_text(_generated(600, seed=3), encoding="utf-8")
    code, out, _ = _cli(["show", str(source), "-f", "ndjson"])
    assert code == 0
    normalized = tmp_path / "out.ndjson"
    normalized.write_text(out, encoding="utf-8")
    events = assert_same(out)[0]
    assert len(events) == len(out.splitlines())
    assert_same_cli(normalized, "-f", "ndjson")
    assert_same_cli(normalized, "-f", "csv")


def _generated(n: int, seed: int) -> str:
    """Records as news files write them: a few phrases, a few references, tags, anchors."""
    rng = random.Random(seed)
    phrases = ["last week", "yesterday", "Monday", "last Friday", "2019-10-22", "March 2024", "Christmas",
               "the 1990s", "this morning", "in 3 weeks", "03/04/2025", "1 day after e1", "Q3 2017", "1850"]
    lines = []
    for i in range(n):
        record: dict[str, Any] = {"id": f"e{i}", "title": f"Event #{i}", "when": rng.choice(phrases),
                                  "reference": f"2025-03-0{rng.randint(1, 6)}"}
        if rng.random() < 0.4:
            record["tags"] = rng.sample(["uk", "eu", "economy", "sport"], rng.randint(1, 2))
        if rng.random() < 0.2:
            record["location"] = rng.choice(["London", "Kyiv"])
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5))
    return "\n".join(lines) + "\n"


def test_generated_files_read_alike(tmp_path: Path) -> None:
    text = _generated(2000, seed=1)
    events = assert_same(text)[0]
    assert len(events) == 2000
    path = tmp_path / "g.ndjson"
    path.write_text(text, encoding="utf-8")
    code, _, err = assert_same_cli(path, "-f", "ndjson")
    assert code == 0 and "03/04/2025" in err  # the ambiguous date warns, the general way
    assert_same_cli(path, "-f", "csv", "--ref", "2024-01-01")
    assert_same(text, LoadOptions(reference=date(2024, 1, 1), today=TODAY))
    assert_same(text, LoadOptions(today=TODAY, language="fr"))


# ---- records that are each not plain in one way ----------------------------------------------------

PLAIN = '{"id": "a", "title": "Budget vote", "when": "last week", "reference": "2025-03-06", "tags": ["uk"]}'
ODD_RECORDS = [
    PLAIN,
    '{"id": "a", "title": "x", "when": "last week", "when": "Monday", "reference": "2025-03-06"}',  # duplicate
    '{"title": "x", "title": "y", "when": "Monday", "reference": "2025-03-06"}',
    '{"title": "say \\"hi\\"", "when": "Monday", "reference": "2025-03-06"}',  # escaped quotes
    '{"title": "caf\\u00e9", "when": "lundi", "reference": "2025-03-06"}',  # an escape, another language
    '{"title": "tab\\there", "when": "Monday", "reference": "2025-03-06"}',  # a control character
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "line": 12, "file": "a.yaml"}',  # not normalized
    '{"title": "x", "when": 2024, "reference": "2025-03-06"}',  # a number: warns
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "id": 7}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "id": 1e400}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "tags": "a, b"}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "tags": ["a", ""]}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "tags": [["a"]]}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "tags": null}',
    '{"title": "x", "when": "Monday", "reference": null}',
    '{"title": "x", "when": "Monday"}',  # no reference at all
    '{"title": "x", "when": "6 March 2025"}',  # no reference, an absolute date
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "source": {"outlet": "BBC"}}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "source": "a quote"}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "prefer": "future"}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "timezone": "Europe/Kyiv"}',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "language": "en"}',
    '{"title": "x", "when": "Monday", "end": "Tuesday", "reference": "2025-03-06"}',
    '{"title": "x", "when": "Monday", "duration": "2 days", "reference": "2025-03-06"}',
    '{"title": "x", "when": "1850", "reference": "2025-03-06"}',  # far from the reference: warns
    '{"title": "x", "when": "3/4/2025", "reference": "2025-03-06"}',  # ambiguous: warns
    '{"title": "x", "when": "2 days after a", "reference": "2025-03-06"}',  # anchored
    '{"title": "x", "when": "Monday", "reference": "2025-03-06", "colour": "red"}',  # unknown field
    '{"title": "x", "when": "Monday", "reference": "2025-03-06T10:00+02:00"}',
    '{"title": "x", "when": "Monday", "reference": "2025-02-30"}',  # an error: the whole file again
    '{"title": "x", "when": "Thrusday", "reference": "2025-03-06"}',
    '{"title": "x", "when": "", "reference": "2025-03-06"}',
    '{"title": "", "when": "Monday", "reference": "2025-03-06"}',
    '{"when": "Monday", "reference": "2025-03-06"}',
    '{"title": null, "when": "Monday", "reference": "2025-03-06"}',
    '{"title": "x", "when": null, "reference": "2025-03-06"}',
    '  {"title": "x", "when": "Monday", "reference": "2025-03-06"}  ',
    '{"title": "x", "when": "Monday", "reference": "2025-03-06"} {"title": "y"}',
    '{"title": "x", "when": "Monday",\n"reference": "2025-03-06"}',
    '{"events": []}',
    '[1, 2]',
    '"Monday\'s vote"',
    '{"title": "x", "start": "2025-03-06", "end": "2025-03-07", "reference": "2025-03-06"}',
    ('{"title": "x", "when": null, "start": "2025-03-06", "end": "2025-03-07", "granularity": "day", '
     '"value": "2025-03-06", "approximate": false, "qualifier": null, "explanation": "", "location": null, '
     '"tags": [], "source": null, "notes": null, "reference": "2025-03-06", "file": "a", "line": 3, '
     '"distance": "today", "group": null, "outlet": null, "url": null, "published": null, "language": null, '
     '"author": null}'),
    '{"title": "x", "start": "2025-03-06", "end": "2025-03-06", "reference": "2025-03-06"}',  # end not after
    '{"title": "x", "start": "2025-03-06T10:00", "end": "2025-03-07", "reference": "2025-03-06"}',
    '{"title": "x", "start": "2025-03-06", "reference": "2025-03-06"}',
    '{"title": "x", "start": "2025-03-06", "end": "2025-03-07", "granularity": "fortnight"}',
    '{"title": "x", "start": "2025-03-06", "end": "2025-03-07", "approximate": "yes"}',
    '{"title": "x", "start": "2025-03-06", "end": "2025-03-07", "language": "fr", "outlet": "Le Monde"}',
    '{"title": "x", "start": "1800-03-06", "end": "1800-03-07", "reference": "2025-03-06"}',  # far: warns
    '{"title": "x", "start": "2025-03-06", "end": "2025-03-07", "line": [1]}',
]


@pytest.mark.parametrize("record", ODD_RECORDS, ids=range(len(ODD_RECORDS)))
def test_each_odd_record_reads_alike_among_plain_ones(record: str) -> None:
    text = "\n".join([PLAIN.replace('"a"', '"p1"'), record, PLAIN.replace('"a"', '"p2"'),
                      '{"title": "y", "when": "last week", "reference": "2025-03-06"}']) + "\n"
    assert_same(text)


def test_an_anchor_on_a_fast_event_and_a_repeated_id(tmp_path: Path) -> None:
    lines = ['{"id": "a", "title": "Summit", "when": "Monday", "reference": "2025-03-06"}',
             '{"id": "b", "title": "Follow-up", "when": "2 days after a", "reference": "2025-03-06"}',
             '{"id": "c", "title": "Before", "when": "1 day before d", "reference": "2025-03-06"}',
             '{"id": "d", "title": "Later", "when": "yesterday", "reference": "2025-03-06"}']
    events = assert_same("\n".join(lines) + "\n")[0]
    assert [e.id for e in events] == ["a", "b", "c", "d"]
    repeated = assert_same("\n".join(lines + [lines[0]]) + "\n")
    assert repeated[2] and "duplicate event id" in repeated[2][0][1]
    path = tmp_path / "dup.ndjson"
    path.write_text("\n".join(lines + [lines[3]]) + "\n", encoding="utf-8")
    code, out, err = assert_same_cli(path, "-f", "ndjson")
    assert code == 1 and out == "" and "dup.ndjson:5:1" in err


def test_the_same_events_in_the_same_order_through_load(tmp_path: Path) -> None:
    """Ties (the same start from two references) keep the file's order, as a stable sort does."""
    path = tmp_path / "t.ndjson"
    path.write_text(_generated(1500, seed=7), encoding="utf-8")
    fast = load([str(path)], LoadOptions(today=TODAY)).timeline
    with general_path():
        general = load([str(path)], LoadOptions(today=TODAY)).timeline
    assert fast == general
    events = list(fast.events)
    random.Random(2).shuffle(events)
    assert chronological(events) == sorted(events, key=lambda e: e.span.sort_key())


# ---- hypothesis: any mix of records ----------------------------------------------------------------

_text = st.one_of(st.sampled_from(["Monday", "last week", "x", "", "2025-03-06", "3/4/2025", "Thrusday",
                                   "2 days after e1", "e1", "1850", "Christmas", "next month"]),
                  st.text(max_size=12))
_value = st.one_of(_text, st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=False),
                   st.lists(_text, max_size=3), st.dictionaries(st.sampled_from(["outlet", "x"]), _text, max_size=2))
_keys = st.sampled_from(["id", "title", "when", "reference", "tags", "location", "notes", "source", "start",
                         "end", "granularity", "value", "line", "file", "prefer", "language", "bogus"])


@st.composite
def _record(draw: st.DrawFn) -> str:
    plain = draw(st.booleans())
    record: dict[str, Any] = {}
    if plain:
        record = {"id": draw(st.sampled_from(["e1", "e2", "e3", "e4", None])), "title": draw(_text),
                  "when": draw(st.sampled_from(["Monday", "last week", "1 day after e1", "2019-10-22", "today"])),
                  "reference": draw(st.sampled_from(["2025-03-06", "2025-03-01", "2025-03-06T10:00"]))}
        if draw(st.booleans()):
            record["tags"] = draw(st.lists(st.sampled_from(["uk", "eu"]), max_size=2))
        if record["id"] is None:
            del record["id"]
    else:
        record = draw(st.dictionaries(_keys, _value, max_size=6))
    text = json.dumps(record, ensure_ascii=draw(st.booleans()))
    if draw(st.integers(0, 9)) == 0 and record:  # a key written twice
        key = next(iter(record))
        text = text[:-1] + (", " if len(record) else "") + json.dumps(key) + ": " + json.dumps(draw(_text)) + "}"
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_record(), min_size=1, max_size=8))
def test_any_records_read_alike(records: list[str]) -> None:
    assert_same("\n".join(records) + "\n")


def test_errors_and_exit_codes_alike(tmp_path: Path) -> None:
    path = tmp_path / "bad.ndjson"
    lines = [PLAIN, '{"title": "x", "when": "Thrusday", "reference": "2025-03-06"}',
             '{"title": "y", "when": "Monday", "reference": "2025-13-01"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = assert_same_cli(path, "-f", "ndjson")
    assert code == 1 and out == "" and "bad.ndjson:2:" in err and "bad.ndjson:3:" in err
    with pytest.raises(InputErrors) as fast_error:
        load([str(path)])
    with general_path(), pytest.raises(InputErrors) as general_error:
        load([str(path)])
    assert _errors(fast_error.value.errors) == _errors(general_error.value.errors)


def test_plain_records_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain records never reach the general reader, nor an anchor on an event read before it; the
    others (an anchor on a later event, a warning) do."""
    from timeline.loader.specs import DocumentReader

    general: list[object] = []
    event = DocumentReader.event
    monkeypatch.setattr(DocumentReader, "event", lambda self, value, path: general.append(value) or event(
        self, value, path))
    lines = [json.dumps({"id": f"e{i}", "title": f"t{i}", "when": when, "reference": "2025-03-06",
                         "tags": ["uk"], "location": "Київ"}, ensure_ascii=False)
             for i, when in enumerate(["last week", "Monday", "2019-10-22", "Christmas"] * 50)]
    lines.append('{"title": "anchored", "when": "2 days after e1", "reference": "2025-03-06"}')  # e1: before it
    lines.append('{"title": "forward", "when": "1 day before z", "reference": "2025-03-06"}')
    lines.append('{"id": "z", "title": "z", "when": "Monday", "reference": "2025-03-06"}')
    lines.append('{"title": "far", "when": "1850", "reference": "2025-03-06"}')
    events, _, errors, warnings = load_text("\n".join(lines) + "\n", "f.ndjson", LoadOptions())
    assert not errors and len(events) == 204 and len(warnings) == 1
    assert [g["title"] for g in general] == ["forward", "far"]  # type: ignore[index]
    assert events[-4].span.start == date(2025, 3, 5)  # Monday 3 March + 2 days


# ---- the CSV writer: each line what csv.writer writes for the row ------------------------------------

_NASTY = st.text(alphabet=st.sampled_from(list('ab ,"\'\r\n=+-@\t;é€')), max_size=8)
_SPANS = [Span(date(2025, 2, 24), date(2025, 3, 3), Granularity.WEEK, "2025-W09", 'last week, "the" → x'),
          Span(datetime(2025, 3, 5, 18, tzinfo=timezone(timedelta(hours=1))),
               datetime(2025, 3, 6, 0, tzinfo=timezone(timedelta(hours=1))), Granularity.PART_OF_DAY,
               "2025-03-05TEV", "=evening", approximate=True, qualifier="by")]
_REFERENCES = [date(2025, 3, 6), datetime(2025, 3, 6, 10, tzinfo=UTC),
               datetime(2025, 3, 6, 11, tzinfo=timezone(timedelta(hours=1)))]  # the same instant as the one before


@st.composite
def _event(draw: st.DrawFn) -> Event:
    provenance = draw(st.one_of(st.none(), st.builds(Provenance, outlet=_NASTY, url=st.none() | _NASTY,
                                                     published=st.none() | st.just(date(2025, 3, 1)))))
    return Event(draw(_NASTY), draw(_NASTY), draw(st.sampled_from(_SPANS)), draw(st.sampled_from(_REFERENCES)),
                 id=draw(st.none() | _NASTY), location=draw(st.none() | _NASTY),
                 tags=tuple(draw(st.lists(_NASTY, max_size=2))), source=draw(st.none() | _NASTY),
                 notes=draw(st.none() | _NASTY),
                 origin=draw(st.none() | st.builds(Origin, st.sampled_from(["a,b.ndjson", "f"]),
                                                   st.none() | st.integers(-3, 99))),
                 provenance=provenance)


@settings(max_examples=200, deadline=None)
@given(st.lists(_event(), max_size=6), st.booleans(), st.sampled_from([None, date(2025, 1, 1)]),
       st.sampled_from([None, "week"]))
def test_csv_lines_are_what_csv_writer_writes(events: list[Event], guard: bool, now: date | None,
                                              group_by: str | None) -> None:
    timeline = Timeline(tuple(events))
    options = RenderOptions(csv_formula_guard=guard, now=now, group_by=group_by)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in table_rows(timeline, options):
        writer.writerow(row)
    assert csv_renderer.render(timeline, options) == buffer.getvalue()
    assert "".join(csv_renderer.render_chunks(timeline, options)) == buffer.getvalue()


# ---- the ICS writer: each VEVENT what vevent_lines(event_fields(...)) writes ------------------------

_ZONED = [None, "Europe/London", "America/New_York"]
_MORE_SPANS = _SPANS + [Span(date(2025, 1, 1), date(2026, 1, 1), Granularity.YEAR, "2025", "the year, 2025"),
                        Span(date(2025, 3, 3), date(2025, 3, 4), Granularity.DAY, "2025-03-03", "Monday",
                             approximate=True)]


@st.composite
def _ics_event(draw: st.DrawFn) -> Event:
    event = draw(_event())
    return Event(event.title, event.when, draw(st.sampled_from(_MORE_SPANS)), event.reference, id=event.id,
                 location=event.location, tags=event.tags, source=draw(st.sampled_from(
                     [None, "https://example.org/a", " https://x.org/b?c=d ", "quote, with; \\ marks", event.source])),
                 notes=event.notes, timezone=draw(st.sampled_from(_ZONED)), origin=event.origin,
                 provenance=event.provenance)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ics_event(), max_size=6), st.sampled_from(["first-day", "span", "skip"]))
def test_ics_events_are_what_the_field_mapping_writes(events: list[Event], coarse: str) -> None:
    from timeline.renderers import ics

    events += events[:1]  # the same key twice: a numbered UID
    options = RenderOptions(generated_at=datetime(2025, 3, 6, 12, tzinfo=UTC), ics_coarse=coarse)
    timeline = Timeline(tuple(events))
    stamp = ics._stamp(options)
    expected = [ics.vevent_lines(ics.event_fields(e, uid, stamp, options))
                for e, uid in zip(events, ics._unique_uids(events))
                if not (coarse == "skip" and ics.is_coarse(e.span))]
    text = ics.render(timeline, options)
    body = text[text.index("BEGIN:VEVENT"):text.rindex("END:VCALENDAR")] if expected else ""
    assert body == "".join(expected)
    assert "".join(ics.render_chunks(timeline, options)) == text


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r", "\u2028"], ids=["crlf", "lf", "cr", "ls"])
def test_line_ends_read_alike(end: str) -> None:
    """CRLF files take the fast path with the lines of LF files; the other line ends (not record
    separators in NDJSON) the general one, alike."""
    lines = [PLAIN, '{"title": "x", "when": "Thrusday", "reference": "2025-03-06"}', PLAIN.replace('"a"', '"b"')]
    events = assert_same(end.join([lines[0], lines[2]]) + end)[0]
    bad = assert_same(end.join(lines) + end)[2]
    if end in ("\r\n", "\n"):
        assert [e.origin.line for e in events if e.origin] == [1, 2]
        assert [(where.line, where.column) for _, _, where in bad] == [(2, 24)]
