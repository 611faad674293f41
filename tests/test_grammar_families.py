"""Every family of the grammar: each family module's EXAMPLES table, read against Thu 2025-03-06.

Rows: expression, expected start, expected exclusive end, granularity, TIMEX3
value. Times use a naive reference (no zone) unless the row names one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from timeline import ExpressionError, resolve
from timeline.errors import UnsupportedError
from timeline.grammar import families
from timeline.grammar.registry import FAMILIES, READING_ORDER

REF = date(2025, 3, 6)


def iso(value: date | datetime) -> str:
    return value.isoformat()[:16] if isinstance(value, datetime) else value.isoformat()


def row(expr: str, start: str, end: str, grain: str, value: str, ref: date | datetime = REF,
        prefer: str = "past", tz: str | None = None) -> None:
    span = resolve(expr, reference=ref, prefer=prefer, timezone=tz)
    assert (iso(span.start), iso(span.end), span.granularity.value, span.value) == (start, end, grain, value), \
        span.explanation



EXAMPLES = [(family.__name__.rsplit(".", 1)[1], *case) for family in FAMILIES for case in family.EXAMPLES]


@pytest.mark.parametrize(("family", "expr", "start", "end", "grain", "value"), EXAMPLES,
                         ids=[f"{c[0]}: {c[1]}" for c in EXAMPLES])
def test_family(family: str, expr: str, start: str, end: str, grain: str, value: str) -> None:
    row(expr, start, end, grain, value)


def test_every_family_keeps_examples_and_the_registry_lists_every_module() -> None:
    modules = {p.stem for p in Path(families.__file__).parent.glob("*.py")} - {"__init__", "handlers"}
    assert modules == set(READING_ORDER)
    for family in FAMILIES:
        assert len(family.EXAMPLES) >= 2, family.__name__


@pytest.mark.parametrize(("expr", "utc_start"), [
    ("Thursday 10:00 ET", "2025-03-06T15:00"),
    ("Thursday 10:00 EST", "2025-03-06T15:00"),
    ("10am GMT", "2025-03-06T10:00"),
    ("3pm BST", "2025-03-06T14:00"),
    ("9:00 CET", "2025-03-06T08:00"),
    ("9:00 CEST", "2025-03-06T07:00"),
    ("10:00 UTC", "2025-03-06T10:00"),
    ("Thursday 10:00 Europe/Paris", "2025-03-06T09:00"),
])
def test_zones(expr: str, utc_start: str) -> None:
    span = resolve(expr, reference=REF, timezone="UTC")
    assert isinstance(span.start, datetime)
    assert span.start.astimezone(UTC).isoformat()[:16] == utc_start


@pytest.mark.parametrize(("expr", "ref", "utc_hour"), [
    # New York changes to summer time on Sunday 9 March 2025: 10:00 ET is 15:00 UTC before, 14:00 after
    ("Friday 10:00 ET", date(2025, 3, 6), 15),
    ("Monday 10:00 ET", date(2025, 3, 9), 15),
    ("next Monday 10:00 ET", date(2025, 3, 6), 14),
])
def test_named_zone_is_right_across_dst(expr: str, ref: date, utc_hour: int) -> None:
    span = resolve(expr, reference=ref, timezone="UTC")
    assert span.start.astimezone(UTC).hour == utc_hour  # type: ignore[union-attr]


@pytest.mark.parametrize(("expr", "qualifier", "approximate"), [
    ("around March 5", None, True),
    ("about 3pm", None, True),
    ("some time in March", None, True),
    ("before Friday", "before", False),
    ("until Friday", "until", False),
    ("after Easter", "after", False),
    ("by the end of the year", "by", False),
])
def test_qualifiers(expr: str, qualifier: str | None, approximate: bool) -> None:
    span = resolve(expr, reference=REF)
    assert (span.qualifier, span.approximate) == (qualifier, approximate)


@pytest.mark.parametrize(("expr", "value", "after_reference"), [
    ("recently", "PAST_REF", False),
    ("lately", "PAST_REF", False),
    ("in recent weeks", "PAST_REF", False),
    ("the past few weeks", "PAST_REF", False),
    ("soon", "FUTURE_REF", True),
    ("in the coming days", "FUTURE_REF", True),
    ("in very short order", "FUTURE_REF", True),
])
def test_vague_references_are_approximate_windows(expr: str, value: str, after_reference: bool) -> None:
    span = resolve(expr, reference=REF)
    assert span.approximate and span.value == value
    assert (span.start > REF) == after_reference
    assert span.start < span.end


def test_anchored_on_another_event() -> None:
    speech = resolve("Wednesday", reference=REF)
    span = resolve("2 days after congress-speech", reference=REF, events={"congress-speech": speech})
    assert span.start == date(2025, 3, 7)
    span = resolve("the day before congress-speech", reference=REF, events={"congress-speech": speech})
    assert span.start == date(2025, 3, 4)
    with pytest.raises(ExpressionError, match="unknown event id 'nope'"):
        resolve("2 days after nope", reference=REF, events={})


def test_lunar_festival_not_computable_is_a_clear_error() -> None:
    try:
        resolve("Onam 2018", reference=REF)
    except UnsupportedError as exc:
        assert "Onam" in str(exc)
    else:  # computed since: then it must be a real date
        assert resolve("Onam 2018", reference=REF).start.year == 2018


def test_hostile_input_answers_quickly() -> None:
    import time

    for text in ("1 " * 5000, "last " * 2000 + "week", "a" * 10_000, "-" * 10_000, "9:" * 3000):
        t0 = time.perf_counter()
        with pytest.raises(ExpressionError):
            resolve(text, reference=REF)
        # a bound against catastrophic backtracking, generous enough for a loaded CI machine
        assert time.perf_counter() - t0 < 0.25, text[:20]


def test_long_expression_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ExpressionError, match="too long"):
        resolve("next " * 200 + "week", reference=REF)


def test_time_only_expression_with_a_datetime_reference_prefers_direction() -> None:
    ref = datetime(2025, 3, 6, 16, 0)
    assert resolve("3pm", reference=ref, prefer="past").start == datetime(2025, 3, 6, 15, 0)
    assert resolve("3pm", reference=ref, prefer="future").start == datetime(2025, 3, 7, 15, 0)
    assert resolve("in 2 hours", reference=ref).start == ref + timedelta(hours=2)


@pytest.mark.parametrize(("expr", "start", "approximate"), [
    ("a year ago today", "2024-03-06", False),
    ("a week ago today", "2025-02-27", False),
    ("more than a decade ago", "2010-01-01", True),
    ("at least two weeks ago", "2025-02-17", True),
])
def test_same_day_offsets_and_bounds(expr: str, start: str, approximate: bool) -> None:
    span = resolve(expr, reference=REF)
    assert (iso(span.start), span.approximate) == (start, approximate)


@pytest.mark.parametrize(("expr", "year"), [("fiscal 2025", 2025), ("FY2024", 2024), ("FY25", 2025),
                                            ("fiscal year 2023", 2023)])
def test_fiscal_years_are_approximate_calendar_years(expr: str, year: int) -> None:
    span = resolve(expr, reference=REF)
    assert (span.start, span.end, span.approximate) == (date(year, 1, 1), date(year + 1, 1, 1), True)
    assert "fiscal" in span.explanation


# Phrases extract read alone and resolve refused (issue 11.4: one grammar everywhere).
# (expression, reference, prefer, start, end exclusive, granularity, value)
SHARED_WITH_EXTRACT = [
    ("a week on Sunday", REF, "past", "2025-03-16", "2025-03-17", "day", "2025-03-16"),
    ("a week from Sunday", REF, "past", "2025-03-16", "2025-03-17", "day", "2025-03-16"),
    ("a fortnight on Friday", REF, "past", "2025-03-21", "2025-03-22", "day", "2025-03-21"),
    ("the December quarter", date(2025, 1, 15), "past", "2024-10-01", "2025-01-01", "quarter", "2024-Q4"),
    ("the December quarter", REF, "future", "2025-10-01", "2026-01-01", "quarter", "2025-Q4"),
    ("the March quarter", REF, "past", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    # a bare weekend is like a bare weekday: prefer decides (on Thursday 6 March)
    ("the weekend", REF, "past", "2025-03-01", "2025-03-03", "weekend", "2025-W09-WE"),
    ("over the weekend", REF, "past", "2025-03-01", "2025-03-03", "weekend", "2025-W09-WE"),
    ("the weekend", REF, "future", "2025-03-08", "2025-03-10", "weekend", "2025-W10-WE"),
    ("the weekend", REF, "nearest", "2025-03-08", "2025-03-10", "weekend", "2025-W10-WE"),
    ("the weekend", date(2025, 3, 9), "past", "2025-03-08", "2025-03-10", "weekend", "2025-W10-WE"),
    ("the weekend", date(2025, 3, 9), "future", "2025-03-08", "2025-03-10", "weekend", "2025-W10-WE"),
    ("this weekend", REF, "past", "2025-03-08", "2025-03-10", "weekend", "2025-W10-WE"),
    # extract takes the TIMEX3 extent without its preposition ("in [short order]")
    ("short order", REF, "past", "2025-03-07", "2025-04-06", "day", "FUTURE_REF"),
]


@pytest.mark.parametrize(("expr", "ref", "prefer", "start", "end", "grain", "value"), SHARED_WITH_EXTRACT)
def test_phrases_shared_with_extract(expr: str, ref: date, prefer: str, start: str, end: str, grain: str,
                                     value: str) -> None:
    row(expr, start, end, grain, value, ref=ref, prefer=prefer)


def test_longest_expression_at_a_position_in_running_text() -> None:
    from timeline.resolver import Resolver

    resolver = Resolver(REF, "past")
    text = "Talks that began last week resume in the coming weeks, officials said on Thursday evening."
    found = {}
    for word in ("last", "in the", "on Thursday"):
        at = text.index(" " + word) + 1
        got = resolver.resolve_longest(text, at)
        assert got is not None
        span, end = got
        found[text[at:end]] = span.value
    assert found == {"last week": "2025-W09", "in the coming weeks": "FUTURE_REF",
                     "on Thursday evening": "2025-03-06TEV"}
    assert resolver.resolve_longest(text, text.index("officials")) is None


# ---------------------------------------------------------------- the first word decides fast

SHARED_BENCH = next((p / "shared" / "bench" for p in Path(__file__).resolve().parents
                     if (p / "shared" / "bench").is_dir()), None)


def _every_expression_that_resolves() -> list[str]:
    texts = [case[1] for case in EXAMPLES]
    if SHARED_BENCH is not None:
        import json

        with (SHARED_BENCH / "duckling_en_time.jsonl").open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    out = []
    for text in texts:
        try:
            resolve(text, reference=REF)
        except ExpressionError:
            continue
        out.append(text)
    return out


def test_no_expression_that_resolves_is_refused_by_its_first_word() -> None:
    from timeline.grammar import may_begin_expression

    refused = [text for text in _every_expression_that_resolves() if not may_begin_expression(text)]
    assert refused == []


@pytest.mark.parametrize(("text", "may_begin"), [
    ("alpha beta gamma", False),
    ("speech to Congress on Wednesday", False),
    ("Thrusday", False),  # a misspelling: the error (with its suggestion) comes from the parser
    ("Thursday", True),
    ("by 2030", True),
    ("around noon", True),
    ("Christmas Eve", True),
    ("Valentine's Day", True),  # an apostrophe: left to the tokenizer
    ("Eid al-Fitr", True),
    ("Europe/Paris 10am", True),
    ("congress-speech", True),  # a hyphenated id: left to the tokenizer
    ("10am", True),
    ("morningish", True),
    ("FY2025", True),
])
def test_may_begin_expression(text: str, may_begin: bool) -> None:
    from timeline.grammar import may_begin_expression

    assert may_begin_expression(text) is may_begin
    assert may_begin_expression(text, "uk") is True  # other languages are read into canonical words first


def test_a_refused_first_word_still_gets_its_suggestion() -> None:
    with pytest.raises(ExpressionError, match="did you mean 'Thursday'"):
        resolve("Thrusday", reference=REF)
