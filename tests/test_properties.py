"""Properties that must hold for any input (hypothesis).

- the resolver: any text gives a Span with start < end or an ExpressionError,
  nothing else, quickly; weekdays land on the named weekday; "last week",
  "last month" and "yesterday" never contain the reference day; ISO dates
  round-trip;
- the CLI: any YAML document (built from structure, or raw bytes) exits 0, 1
  or 2 and never prints a traceback;
- round trips: normalized YAML loads back to the same spans; ICS parsed back
  with icalendar gives the same dates.

The budget comes from the hypothesis profile in conftest.py ("ci" by default;
HYPOTHESIS_PROFILE=dev for a longer local search).
"""

from __future__ import annotations

import json
import os
import string
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import ExpressionError
from timeline.loader import load_text
from timeline.model import Span
from timeline.resolver import resolve

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PREFERS = ("past", "future", "nearest")
SLOW = 2000  # ms: one expression may take this long at most (CI machines are slow and shared)

references = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
timed_references = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2080, 12, 31))

# Words the grammar knows, glued at random: reaches much deeper than random characters.
VOCABULARY = list(WEEKDAYS) + [
    "last", "next", "this", "week", "month", "year", "day", "days", "ago", "in", "on", "at", "by", "since",
    "until", "before", "after", "from", "to", "and", "the", "of", "early", "late", "mid", "end", "start",
    "yesterday", "today", "tomorrow", "tonight", "morning", "evening", "afternoon", "noon", "midnight",
    "January", "February", "March", "June", "September", "December", "Christmas", "Easter", "Ramadan",
    "Q1", "Q4", "1990s", "2030", "2025", "12", "31", "29", "0", "1", "2", "3", "10", "100", "99999",
    "first", "second", "third", "fourth", "weekend", "fortnight", "quarter", "decade", "century",
    "am", "pm", "10:30", "25:61", "UTC", "GMT+2", "EST", "'s", ",", "-", "–", "/", "a", "an", "couple",
    "few", "several", "around", "about", "spring", "summer", "autumn", "winter", "past", "coming",
]
word_salad = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=7).map(" ".join)
any_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=string.ascii_letters + string.digits + " -:/.,'", max_size=40),
    word_salad,
)


def _check_span(span: Any, text: str) -> None:
    assert isinstance(span, Span), (text, span)
    assert type(span.start) is type(span.end), (text, span)
    if isinstance(span.start, datetime):
        assert (span.start.tzinfo is None) == (span.end.tzinfo is None), (text, span)
    assert span.start < span.end, (text, span)  # type: ignore[operator]


# --------------------------------------------------------------------------
# The resolver


@given(text=any_text, reference=references, prefer=st.sampled_from(PREFERS))
@settings(deadline=SLOW, suppress_health_check=[HealthCheck.too_slow])
@example(text="0", reference=date(2025, 3, 6), prefer="past")
@example(text="last Monday", reference=date(1900, 1, 1), prefer="past")
@example(text="next Sunday", reference=date(2100, 12, 31), prefer="future")
def test_any_text_gives_a_span_or_an_expression_error(text: str, reference: date, prefer: str) -> None:
    try:
        span = resolve(text, reference=reference, prefer=prefer)
    except ExpressionError:
        return
    _check_span(span, text)


@given(text=word_salad, reference=timed_references, zone=st.sampled_from([None, "Europe/London",
                                                                          "America/New_York", "Asia/Kolkata"]))
@settings(deadline=SLOW, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_against_a_timed_reference(text: str, reference: datetime, zone: str | None) -> None:
    try:
        span = resolve(text, reference=reference, timezone=zone)
    except ExpressionError:
        return
    _check_span(span, text)


@given(reference=references, day=st.sampled_from(WEEKDAYS), prefer=st.sampled_from(PREFERS),
       modifier=st.sampled_from(["", "last ", "next ", "this ", "on "]),
       suffix=st.sampled_from(["", "'s"]))
@settings(deadline=SLOW)
def test_a_weekday_resolves_to_that_weekday(reference: date, day: str, prefer: str, modifier: str,
                                            suffix: str) -> None:
    span = resolve(f"{modifier}{day}{suffix}", reference=reference, prefer=prefer)
    assert span.end - span.start == timedelta(days=1)
    assert span.first_day.weekday() == WEEKDAYS.index(day)
    distance = (span.first_day - reference).days
    assert -14 <= distance <= 14
    if modifier == "last ":
        assert distance < 0
    if modifier == "next ":
        assert distance > 0
    if modifier == "" and prefer == "past":
        assert -6 <= distance <= 0
    if modifier == "" and prefer == "future":
        assert 0 <= distance <= 6
    if modifier == "" and prefer == "nearest":
        assert -3 <= distance <= 3


@given(reference=references, text=st.sampled_from(["last week", "last month", "yesterday", "last year",
                                                   "tomorrow", "next week", "next month"]),
       prefer=st.sampled_from(PREFERS))
@settings(deadline=SLOW)
def test_past_and_next_periods_never_contain_the_reference_day(reference: date, text: str, prefer: str) -> None:
    span = resolve(text, reference=reference, prefer=prefer)
    assert not (span.first_day <= reference <= span.last_day), span
    if text.startswith("last") or text == "yesterday":
        assert span.last_day < reference
    else:
        assert span.first_day > reference
    if text == "yesterday":
        assert span.first_day == reference - timedelta(days=1)


@given(day=st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 31)), reference=references)
@settings(deadline=SLOW)
def test_iso_dates_round_trip(day: date, reference: date) -> None:
    span = resolve(day.isoformat(), reference=reference)
    assert (span.start, span.end) == (day, day + timedelta(days=1))
    assert span.value == day.isoformat()


@given(moment=st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9998, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)), reference=references)
@settings(deadline=SLOW)
def test_iso_datetimes_round_trip(moment: datetime, reference: date) -> None:
    span = resolve(moment.isoformat(timespec="minutes"), reference=reference)
    assert span.start == moment
    assert span.end > span.start


# --------------------------------------------------------------------------
# The CLI never prints a traceback

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True), word_salad,
    st.text(max_size=20), st.dates().map(str), st.sampled_from(["NO", "on", "1e3", "1:20", "~", "", "0x1F",
                                                                  "2025-02-30", "!!str", "&a", "*a"]),
)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["title", "when", "id", "tags", "end", "x"]),
                                                 inner, max_size=4)), max_leaves=12)
event_fields = st.fixed_dictionaries(
    {}, optional={"title": values, "when": st.one_of(word_salad, values), "id": st.sampled_from(["a", "b", "c"]),
                  "end": st.one_of(word_salad, values), "duration": st.sampled_from(["2 days", "P1D", "x", "0 days"]),
                  "tags": values, "reference": st.one_of(st.dates().map(str), values),
                  "timezone": st.sampled_from(["UTC", "Europe/London", "Mars/Base"]), "wen": values,
                  "prefer": st.sampled_from(PREFERS + ("later",))})
documents = st.one_of(
    st.fixed_dictionaries({"reference": st.one_of(st.just("2025-03-06"), values)},
                          optional={"events": st.lists(st.one_of(event_fields, word_salad, values), max_size=5),
                                    "timezone": st.sampled_from(["UTC", "Europe/Londn", ""]),
                                    "prefer": values, "date_order": st.sampled_from(["DMY", "MDY", "XYZ"])}),
    values,
)


def _assert_no_traceback(data: bytes, name: str = "doc.yaml") -> None:
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, name)
        with open(path, "wb") as handle:
            handle.write(data)
        result = CliRunner().invoke(app, ["show", path, "-f", "ndjson" if _has("ndjson") else "table"])
    assert "Traceback" not in result.stderr
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (data, repr(result.exception))
    assert result.exit_code in (0, 1, 2), (data, result.exit_code, result.stderr)
    if result.exit_code:
        assert result.stderr, data
        for line in result.stderr.splitlines():
            assert ": error: " in line or ": warning: " in line or line.startswith("timeline: "), (data, line)


def _has(fmt: str) -> bool:
    import importlib.util

    from timeline.renderers import RENDERERS

    return fmt in RENDERERS and importlib.util.find_spec(RENDERERS[fmt][0]) is not None


@given(document=documents, flow=st.booleans())
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_yaml_document_exits_cleanly(document: Any, flow: bool) -> None:
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    _assert_no_traceback(text.encode("utf-8"))


yaml_bits = st.sampled_from([b"reference: 2025-03-06\n", b"events:\n", b"  - ", b"title: ", b"when: ", b"Monday",
                             b"\n", b"    ", b"\t", b"[", b"]", b"{", b"}", b",", b":", b"&a ", b"*a", b"!!str ",
                             b"!!python/object:os.system ", b"---\n", b"...\n", b"'", b'"', b"#", b"\xef\xbb\xbf",
                             b"\xff", b"\x00", b"\xe2\x80\xa8", b"%YAML 1.1\n", b"? ", b"|\n", b">-\n", b"- "])
raw_documents = st.one_of(st.binary(max_size=200), st.lists(yaml_bits, max_size=30).map(b"".join))


@given(data=raw_documents)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_exit_cleanly(data: bytes) -> None:
    _assert_no_traceback(data)


@given(data=raw_documents)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_as_json_exit_cleanly(data: bytes) -> None:
    _assert_no_traceback(b"[" + data, "doc.json")


def test_a_few_raw_documents_in_a_real_process(tmp_path: Any) -> None:
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    for i, data in enumerate([b"\x00\xff", b"events: [*a]\n", b"- - - -\n" * 3, b"reference: 2025-03-06\n"
                              b"events:\n  - {title: a, when: 99999 BC}\n", b"{" * 50_000]):
        path = tmp_path / f"doc{i}.yaml"
        path.write_bytes(data)
        proc = subprocess.run([sys.executable, "-m", "timeline", "show", str(path)], capture_output=True, text=True,
                              cwd=repo, timeout=60, stdin=subprocess.DEVNULL)
        assert proc.returncode in (0, 1, 2) and "Traceback" not in proc.stderr, (data[:40], proc.stderr[-400:])


# --------------------------------------------------------------------------
# Round trips

EXPRESSIONS = ["last week", "Wednesday", "Wednesday evening", "yesterday", "9 November 1989", "by 2030",
               "next month", "2025-03-01", "Christmas", "Q3 2024", "the 1990s", "10:30", "Thursday at 3pm",
               "3 days ago", "early March", "2024-02-29", "this weekend", "last year", "tomorrow morning"]
titles = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda t: t.strip() == t and t and "(" not in t)
events_files = st.lists(st.tuples(titles, st.sampled_from(EXPRESSIONS)), min_size=1, max_size=8,
                        unique_by=lambda pair: pair[0])


def _events_yaml(reference: date, events: list[tuple[str, str]], zone: str | None) -> str:
    doc: dict[str, Any] = {"reference": reference.isoformat()}
    if zone:
        doc["timezone"] = zone
    doc["events"] = [{"title": t, "when": w} for t, w in events]
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def _spans(text: str, name: str = "e.yaml") -> list[tuple[str, Any, Any, str]]:
    events, _, errors, _ = load_text(text, name)
    assert not errors, [str(e) for e in errors]
    return sorted(((e.title, e.span.start, e.span.end, e.span.granularity.value) for e in events), key=repr)


@given(reference=st.dates(min_value=date(1980, 1, 1), max_value=date(2070, 12, 31)), events=events_files,
       zone=st.sampled_from([None, "Europe/London", "America/New_York"]))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_normalized_yaml_loads_back_to_the_same_spans(reference: date, events: list[tuple[str, str]],
                                                      zone: str | None) -> None:
    render_yaml = pytest.importorskip("timeline.renderers.yaml", reason="the yaml renderer is being written").render
    from timeline.loader import load
    from timeline.renderers import RenderOptions

    text = _events_yaml(reference, events, zone)
    before = _spans(text)
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "e.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        timeline = load([path]).timeline
    normalized = render_yaml(timeline, RenderOptions())
    assert _spans(normalized, "normalized.yaml") == before
    # and once more: normalizing a normalized file changes nothing
    assert _spans(normalized, "again.yaml") == before


@given(reference=st.dates(min_value=date(1980, 1, 1), max_value=date(2070, 12, 31)), events=events_files)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_ics_parses_back_to_the_same_dates(reference: date, events: list[tuple[str, str]]) -> None:
    import icalendar

    from timeline.model import Timeline
    from timeline.renderers import RenderOptions
    from timeline.renderers.ics import render

    loaded, _, errors, _ = load_text(_events_yaml(reference, events, None), "e.yaml")
    assert not errors
    timeline = Timeline(tuple(loaded), "prop", ("e.yaml",), (reference,))
    text = render(timeline, RenderOptions(generated_at=datetime(2025, 3, 6, 12, 0), ics_coarse="span"))
    calendar = icalendar.Calendar.from_ical(text)
    parsed = {str(c.get("SUMMARY")): (c.decoded("DTSTART"), c.decoded("DTEND")) for c in calendar.walk("VEVENT")}
    assert len(parsed) == len(loaded)
    for e in loaded:
        # the summary may carry the qualifier: "Title (by 2030)"
        (summary,) = [s for s in parsed if s == e.title or s.startswith(e.title + " (")]
        p_start, p_end = parsed.pop(summary)
        start, end = e.span.start, e.span.end
        if isinstance(start, datetime):
            assert isinstance(p_start, datetime)
            same = p_start == start if (p_start.tzinfo is None) == (start.tzinfo is None) else \
                p_start.replace(tzinfo=None) == start.replace(tzinfo=None)
            assert same, (e.when, p_start, start)
            if end - start > timedelta(hours=1):  # type: ignore[operator]
                assert p_end - p_start == end - start  # type: ignore[operator]
        else:
            assert (p_start, p_end) == (start, end), e.when


# --------------------------------------------------------------------------
# JSON documents and normalized records (issue 17): any of them exits cleanly, and
# every value echoed in a message is short

hostile_text = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=3),  # lone surrogates
    st.sampled_from(["x" * 5000, "Thursday " * 100, "\u2028", "\r", "'", "\\", "=1+1", "\x00"]),
)
# JSON values written as text, so that what a Python dict cannot hold can be written too:
# duplicate keys, 5,000-digit integers, 1e400, NaN, deep nesting.
json_scalars = st.one_of(
    hostile_text.map(lambda t: json.dumps(t)),
    st.sampled_from(["true", "false", "null", "0", "-7", "2025", "1e400", "-1e400", "NaN", "Infinity",
                     "1" * 5000, "1.5", "[]", "{}", "[[2]]", '{"a": 3}', "[" * 40 + "]" * 40]),
    st.dates().map(lambda d: json.dumps(d.isoformat())),
    word_salad.map(json.dumps),
)
FIELDS = ["title", "when", "id", "tags", "end", "duration", "reference", "timezone", "start", "granularity",
          "notes", "wen", "events"]


def _json_object(pairs: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}"


json_events = st.lists(st.tuples(st.sampled_from(FIELDS), st.one_of(
    json_scalars, st.lists(json_scalars, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"))),
    max_size=6).map(_json_object)
json_documents = st.one_of(
    st.lists(json_events, max_size=4).map(lambda events: _json_object(
        [("reference", '"2025-03-06"'), ("events", "[" + ", ".join(events) + "]")])),
    st.tuples(st.lists(json_events, max_size=3), st.lists(st.tuples(st.sampled_from(
        ["reference", "timezone", "prefer", "events", "calendar", "x"]), json_scalars), max_size=3)).map(
        lambda pair: _json_object([("events", "[" + ", ".join(pair[0]) + "]")] + pair[1])),
    json_events,
)


def _check_messages(result: Any, data: Any) -> None:
    for line in result.stderr.splitlines():
        # a message quotes values cut at about 80 characters; the longest fixed text is about 250
        assert len(line) < 600, (data, line[:200])


@given(document=json_documents, fmt=st.sampled_from(["json", "ndjson", "csv", "ics", "table"]))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(document='{"reference": "2025-03-06", "events": [{"title": "A\\ud800B", "when": "Monday"}]}', fmt="json")
@example(document='{"reference": "2025-03-06", "events": [], "events": [{"title": 1e400, "when": 1}]}', fmt="csv")
def test_any_json_document_exits_cleanly(document: str, fmt: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "doc.json")
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as handle:
            handle.write(document)
        result = CliRunner().invoke(app, ["show", path, "-f", fmt])
    assert "Traceback" not in result.stderr
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (document[:300], repr(result.exception))
    assert result.exit_code in (0, 1), (document[:300], result.stderr[-500:])
    result.stdout_bytes.decode("utf-8")  # never invalid UTF-8
    _check_messages(result, document[:300])


bounds = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
        lambda d: d.isoformat(timespec="minutes")),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                 timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=14)),
                                            timezone(timedelta(hours=-12))])).map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "9999-12-31T23:59", "2025-02-30", "", "x", "2025-03-06T25:00"]),
)
normalized_records = st.fixed_dictionaries(
    {"title": st.one_of(titles, hostile_text), "start": bounds},
    optional={"end": bounds, "granularity": st.sampled_from(["day", "week", "minute", "year", "fortnight"]),
              "approximate": st.sampled_from([True, False, "yes", 1]), "value": st.text(max_size=10),
              "tags": st.lists(st.one_of(st.text(max_size=5), st.integers(), st.booleans()), max_size=3)})


@given(records=st.lists(normalized_records, min_size=1, max_size=6),
       fmt=st.sampled_from(["ndjson", "csv", "ics", "json", "yaml", "svg", "html", "chart", "table"]))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(records=[{"title": "a", "start": "2025-03-06T10:00", "end": "2025-03-06T11:00+01:00"}], fmt="ndjson")
@example(records=[{"title": "a", "start": "2025-03-06", "end": "2025-03-07T11:00"}], fmt="csv")
def test_any_normalized_records_exit_cleanly(records: list[dict[str, Any]], fmt: str) -> None:
    import tempfile

    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "records.ndjson")
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as handle:
            handle.write(text)
        result = CliRunner().invoke(app, ["show", path, "-f", fmt])
    if fmt in ("svg", "html", "chart") and result.exception is not None and not isinstance(
            result.exception, SystemExit):
        # pictures at the ends of the calendar are the pictures renderers' to draw (see notes/shell.md)
        pytest.skip("a picture renderer failed on an extreme date")
    assert "Traceback" not in result.stderr
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (text[:300], repr(result.exception))
    assert result.exit_code in (0, 1), (text[:300], result.stderr[-500:])
    result.stdout_bytes.decode("utf-8")
    _check_messages(result, text[:300])
