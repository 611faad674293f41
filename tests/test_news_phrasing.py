"""Phrases of the financial and wire press, read alike by `resolve` and inside running text by `extract`.

Each row: (expression, expected start, exclusive end, granularity, approximate), read on Thursday
2025-03-06 with prefer past. The sentence form puts the same words in a sentence of an article of that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline import ExpressionError, resolve
from timeline.extraction import read_article

REFERENCE = date(2025, 3, 6)

PHRASES = [
    # the hyphened parts of the financial press
    ("end-March", "2025-03-21", "2025-04-01", "day", False),
    ("end-2026", "2026-09-01", "2027-01-01", "month", False),
    ("start-2024", "2024-01-01", "2024-04-01", "month", False),
    ("early-February", "2025-02-01", "2025-02-11", "day", False),
    ("late-2023", "2023-09-01", "2024-01-01", "month", False),
    # half of a month, not of the year
    ("the second half of January", "2025-01-16", "2025-02-01", "day", False),
    ("the first half of April 2026", "2026-04-01", "2026-04-16", "day", False),
    ("the second half of next month", "2025-04-16", "2025-05-01", "day", False),
    ("the first half of 2026", "2026-01-01", "2026-07-01", "quarter", False),
    # a unit with "ago" and no count: a vague stretch before the reference
    ("weeks ago", "2025-01-23", "2025-03-06", "day", True),
    ("days ago", "2025-02-27", "2025-03-06", "day", True),
    ("months ago", "2024-09-05", "2025-03-06", "day", True),
    ("years ago", "2020-03-06", "2025-03-06", "day", True),
    # with a count it stays an offset
    ("three weeks ago", "2025-02-10", "2025-02-17", "week", False),
]


@pytest.mark.parametrize(("text", "start", "end", "grain", "approximate"), PHRASES, ids=[p[0] for p in PHRASES])
def test_resolve_reads_the_phrase(text: str, start: str, end: str, grain: str, approximate: bool) -> None:
    span = resolve(text, reference=REFERENCE)
    assert (str(span.start), str(span.end), span.granularity.value, span.approximate) == (
        start, end, grain, approximate)


@pytest.mark.parametrize(("text", "start", "end", "grain", "approximate"), PHRASES, ids=[p[0] for p in PHRASES])
def test_extract_finds_the_same_span_in_a_sentence(text: str, start: str, end: str, grain: str,
                                                   approximate: bool) -> None:
    sentence = f"Officials said the shipments were the biggest since {text}, the ministry added."
    if text.endswith("ago"):
        sentence = f"{text[0].upper()}{text[1:]}, the ministry said the shipments had stopped."
    mentions = [m for m in read_article(sentence, REFERENCE).mentions if m.span is not None]
    assert [m.text.lower() for m in mentions] == [text.lower()]
    span = mentions[0].span
    assert span is not None
    assert (str(span.start), str(span.end), span.granularity.value) == (start, end, grain)


def _iso(value: object) -> str:
    return value.isoformat()[:16] if hasattr(value, "hour") else str(value)


# (expression, reference, start, exclusive end, granularity), prefer past: news phrasing read on
# other days than the seed's, month and year ends and leap days among them.
NEWS = [
    # "overnight" is the night that ends on the morning of its day (the reference's, or the one named)
    ("overnight", date(2025, 3, 6), "2025-03-05T18:00", "2025-03-06T06:00", "part_of_day"),
    ("overnight", date(2024, 3, 1), "2024-02-29T18:00", "2024-03-01T06:00", "part_of_day"),
    ("overnight into Thursday", date(2025, 3, 7), "2025-03-05T18:00", "2025-03-06T06:00", "part_of_day"),
    ("overnight on Tuesday", date(2025, 1, 1), "2024-12-30T18:00", "2024-12-31T06:00", "part_of_day"),
    ("overnight Tuesday into Wednesday", date(2025, 3, 6), "2025-03-04T18:00", "2025-03-05T06:00", "part_of_day"),
    # twilight
    ("at dawn", date(2025, 3, 6), "2025-03-06T05:00", "2025-03-06T07:00", "part_of_day"),
    ("before dawn on Sunday", date(2025, 3, 6), "2025-03-02T05:00", "2025-03-02T07:00", "part_of_day"),
    ("at dusk on Friday", date(2024, 3, 1), "2024-03-01T17:00", "2024-03-01T20:00", "part_of_day"),
    ("the early hours of Saturday", date(2025, 3, 6), "2025-03-01T00:00", "2025-03-01T09:00", "part_of_day"),
    # a winter written with both its years is the winter that starts in the first
    ("winter 2024/25", date(2025, 3, 6), "2024-12-21", "2025-03-20", "season"),
    ("the winter of 2023-24", date(2025, 3, 6), "2023-12-21", "2024-03-20", "season"),
    ("winter 1999/2000", date(2025, 3, 6), "1999-12-21", "2000-03-20", "season"),
    ("the 2022-23 winter", date(2025, 3, 6), "2022-12-21", "2023-03-20", "season"),
    # the front and back halves of a year (or of a month)
    ("the back half of 2025", date(2025, 3, 6), "2025-07-01", "2026-01-01", "quarter"),
    ("the front half of next year", date(2024, 12, 31), "2025-01-01", "2025-07-01", "quarter"),
    ("the back half of the year", date(2026, 1, 2), "2026-07-01", "2027-01-01", "quarter"),
    ("the latter half of February", date(2024, 2, 10), "2024-02-16", "2024-03-01", "day"),
    # "end-of-X", the compound adjective, reads as "the end of X"
    ("end-of-March", date(2025, 3, 6), "2025-03-21", "2025-04-01", "day"),
    ("end-of-year", date(2024, 2, 29), "2024-09-01", "2025-01-01", "month"),
    ("start-of-the-month", date(2024, 2, 29), "2024-02-01", "2024-02-11", "day"),
    ("by year end", date(2025, 12, 31), "2025-01-01", "2026-01-01", "year"),
    ("midweek", date(2025, 3, 6), "2025-03-05", "2025-03-08", "day"),
    # a unit before/after with nothing named after it: the reference's neighbour
    ("the day before", date(2025, 1, 1), "2024-12-31", "2025-01-01", "day"),
    ("the day after", date(2024, 2, 28), "2024-02-29", "2024-03-01", "day"),
    ("the week before", date(2025, 1, 1), "2024-12-23", "2024-12-30", "week"),
    ("the year after", date(2025, 3, 6), "2026-01-01", "2027-01-01", "year"),
    ("a day after", date(2024, 12, 31), "2025-01-01", "2025-01-02", "day"),
    # vague windows (docs/conventions.md section 13)
    ("within days", date(2025, 3, 6), "2025-03-07", "2025-03-14", "day"),
    ("in a matter of weeks", date(2025, 3, 6), "2025-03-07", "2025-04-18", "day"),
    ("the months ahead", date(2025, 3, 6), "2025-03-07", "2025-09-05", "day"),
    ("in the days to come", date(2024, 12, 31), "2025-01-01", "2025-01-08", "day"),
    # the unit so far: from its start to the reference day, included
    ("so far this year", date(2024, 2, 29), "2024-01-01", "2024-03-01", "day"),
    ("year-to-date", date(2025, 12, 31), "2025-01-01", "2026-01-01", "day"),
    ("month-to-date", date(2025, 3, 1), "2025-03-01", "2025-03-02", "day"),
    ("YTD", date(2025, 3, 6), "2025-01-01", "2025-03-07", "day"),
    ("within the next two weeks", date(2024, 2, 29), "2024-02-29", "2024-03-14", "day"),
    # a hundred before 2000 is its century; the 2000s stay the decade
    ("the 1800s", date(2025, 3, 6), "1800-01-01", "1900-01-01", "century"),
    ("the early 1900s", date(2025, 3, 6), "1900-01-01", "1940-01-01", "year"),
    ("the 2000s", date(2025, 3, 6), "2000-01-01", "2010-01-01", "decade"),
    # the financial press's halves and split years
    ("1H25", date(2025, 8, 1), "2025-01-01", "2025-07-01", "quarter"),
    ("2H 2024", date(2025, 3, 6), "2024-07-01", "2025-01-01", "quarter"),
    ("2024-25", date(2025, 3, 6), "2024-01-01", "2026-01-01", "year"),
    ("the 2019/20 season", date(2025, 3, 6), "2019-01-01", "2021-01-01", "year"),
    ("the 2011-12 season", date(2025, 3, 6), "2011-01-01", "2013-01-01", "year"),
    ("2011-12", date(2025, 3, 6), "2011-12-01", "2012-01-01", "month"),
    ("fiscal 2024-25", date(2025, 3, 6), "2024-01-01", "2025-01-01", "year"),
    ("the 2026 fiscal year", date(2025, 3, 6), "2026-01-01", "2027-01-01", "year"),
    # turns: two years either side of a century's first year, ten days either side of a year's
    ("the turn of the century", date(2025, 3, 6), "1998-01-01", "2003-01-01", "year"),
    ("the turn of the 20th century", date(2025, 3, 6), "1898-01-01", "1903-01-01", "year"),
    ("the turn of the year", date(2025, 1, 15), "2024-12-22", "2025-01-11", "day"),
    # a holiday's weekend, with the holiday when it makes the weekend long
    ("Labor Day weekend", date(2025, 9, 10), "2025-08-30", "2025-09-02", "weekend"),
    ("the Easter weekend", date(2025, 5, 1), "2025-04-19", "2025-04-21", "weekend"),
    ("Thanksgiving weekend", date(2025, 12, 1), "2025-11-27", "2025-12-01", "weekend"),
    ("the week before last", date(2025, 1, 1), "2024-12-16", "2024-12-23", "week"),
    # the early / latter part of a period is its early / late part (section 6)
    ("the early part of the year", date(2025, 3, 6), "2025-01-01", "2025-05-01", "month"),
    ("the latter part of the year", date(2025, 3, 6), "2025-09-01", "2026-01-01", "month"),
    ("the later part of 2025", date(2024, 12, 31), "2025-09-01", "2026-01-01", "month"),
    ("the last part of March", date(2025, 3, 6), "2025-03-21", "2025-04-01", "day"),
    ("earlier in the year", date(2025, 3, 6), "2025-01-01", "2025-03-06", "day"),
    ("later in the week", date(2025, 3, 6), "2025-03-07", "2025-03-10", "day"),
    # the whole of a unit
    ("all year", date(2025, 3, 6), "2025-01-01", "2026-01-01", "year"),
    ("all of 2024", date(2025, 3, 6), "2024-01-01", "2025-01-01", "year"),
    ("the whole of March", date(2024, 12, 31), "2024-03-01", "2024-04-01", "month"),
    ("the entire year", date(2024, 2, 29), "2024-01-01", "2025-01-01", "year"),
    ("the winter months", date(2024, 2, 29), "2023-12-21", "2024-03-20", "season"),
    # the end of a holiday of several days is its last third
    ("the end of Ramadan", date(2025, 4, 15), "2025-03-21", "2025-03-30", "day"),
    # fractions of calendar units land in a unit one step finer
    ("half a century ago", date(2025, 3, 6), "1975-01-01", "1976-01-01", "year"),
    ("a year and a half ago", date(2024, 2, 29), "2022-08-01", "2022-09-01", "month"),
    ("in a week and a half", date(2024, 2, 29), "2024-03-10", "2024-03-11", "day"),
    # quarters and the wires' clock
    ("3Q24", date(2025, 3, 6), "2024-07-01", "2024-10-01", "quarter"),
    ("4Q 2024", date(2025, 3, 6), "2024-10-01", "2025-01-01", "quarter"),
    ("1400 GMT on Friday", date(2025, 3, 6), "2025-02-28T14:00", "2025-02-28T14:01", "minute"),
    ("0300 GMT", date(2025, 3, 6), "2025-03-06T03:00", "2025-03-06T03:01", "minute"),
    ("at 9 a.m. local time", date(2025, 3, 6), "2025-03-06T09:00", "2025-03-06T10:00", "hour"),
    # a range of parts; the small hours; midway through
    ("mid-to-late March", date(2025, 3, 6), "2025-03-11", "2025-04-01", "day"),
    ("early-to-mid 2026", date(2025, 3, 6), "2026-01-01", "2026-09-01", "month"),
    ("mid to late next year", date(2024, 12, 31), "2025-05-01", "2026-01-01", "month"),
    ("in the small hours of Sunday", date(2025, 3, 6), "2025-03-02T00:00", "2025-03-02T09:00", "part_of_day"),
    ("the wee hours of Saturday", date(2024, 3, 1), "2024-02-24T00:00", "2024-02-24T09:00", "part_of_day"),
    ("first thing Monday", date(2025, 3, 6), "2025-03-03T00:00", "2025-03-03T09:00", "part_of_day"),
    ("midway through the year", date(2025, 3, 6), "2025-05-01", "2025-09-01", "month"),
    # British weekday phrasing
    ("this coming Friday", date(2025, 3, 6), "2025-03-07", "2025-03-08", "day"),
    ("a week Friday", date(2025, 3, 6), "2025-03-14", "2025-03-15", "day"),
    ("a week today", date(2024, 12, 31), "2025-01-07", "2025-01-08", "day"),
    ("a fortnight tomorrow", date(2025, 3, 6), "2025-03-21", "2025-03-22", "day"),
    ("Monday next", date(2025, 3, 6), "2025-03-10", "2025-03-11", "day"),
    ("on Friday last", date(2025, 3, 7), "2025-02-28", "2025-03-01", "day"),
]


# (expression, qualifier, approximate): bounds and hedges read off before the date
BOUNDS = [
    ("on or before March 31", "by", False),
    ("on or after 1 April", "since", False),
    ("as early as next week", None, True),
    ("as late as 2019", None, True),
    ("shortly after 5 a.m.", "after", True),
    ("just before midnight", "before", True),
    ("most of last year", None, True),
]


@pytest.mark.parametrize(("text", "qualifier", "approximate"), BOUNDS, ids=[b[0] for b in BOUNDS])
def test_bounds_and_hedges(text: str, qualifier: str | None, approximate: bool) -> None:
    span = resolve(text, reference=REFERENCE)
    assert (span.qualifier, span.approximate) == (qualifier, approximate)


@pytest.mark.parametrize(("text", "qualifier"), [("starting next week", "since"), ("effective Jan. 1", "since"),
                                                 ("commencing Monday", "since")])
def test_starting_and_effective_are_since(text: str, qualifier: str) -> None:
    assert resolve(text, reference=REFERENCE).qualifier == qualifier


@pytest.mark.parametrize(("text", "reference", "start", "end", "grain"), NEWS, ids=[f"{n[0]} @{n[1]}" for n in NEWS])
def test_resolve_reads_news_phrasing(text: str, reference: date, start: str, end: str, grain: str) -> None:
    span = resolve(text, reference=reference)
    assert (_iso(span.start), _iso(span.end), span.granularity.value) == (start, end, grain), span.explanation


def test_overnight_names_the_night_by_its_evening() -> None:
    assert resolve("overnight", reference=date(2025, 3, 6)).value == "2025-03-05TNI"
    assert resolve("Tuesday overnight", reference=date(2025, 3, 6)).value == "2025-03-03TNI"


def test_a_split_year_must_be_the_next_year() -> None:
    with pytest.raises(ExpressionError):
        resolve("winter 2024-26", reference=REFERENCE)


# (sentence, reference, the mention's text, start, exclusive end)
SENTENCES = [
    ("Russian forces launched overnight strikes on Kyiv, officials said.", date(2025, 3, 6),
     "overnight", "2025-03-05T18:00", "2025-03-06T06:00"),
    ("Sales were weak in the front half of the year, the company said.", date(2025, 8, 14),
     "the front half of the year", "2025-01-01", "2025-07-01"),
    ("The airline expects margins to improve in the back half of 2025.", date(2025, 3, 6),
     "the back half of 2025", "2025-07-01", "2026-01-01"),
    ("Gas storage fell sharply during winter 2024/25, the regulator said.", date(2025, 6, 2),
     "winter 2024/25", "2024-12-21", "2025-03-20"),
    ("Prices rose through the winter of 2023-24.", date(2025, 3, 6),
     "the winter of 2023-24", "2023-12-21", "2024-03-20"),
    ("The bank missed its end-of-March target, the filing showed.", date(2025, 5, 2),
     "end-of-March", "2025-03-21", "2025-04-01"),
    ("Troops crossed the border at dawn on Sunday.", date(2025, 3, 6),
     "dawn on Sunday", "2025-03-02T05:00", "2025-03-02T07:00"),
    ("Talks are expected to resume midweek.", date(2025, 3, 3),
     "midweek", "2025-03-05", "2025-03-08"),
    ("Talks could resume in the weeks to come, diplomats said.", date(2025, 3, 6),
     "the weeks to come", "2025-03-07", "2025-04-18"),
    ("He scored 20 goals in the 2024-25 season.", date(2025, 6, 1),
     "the 2024-25 season", "2024-01-01", "2026-01-01"),
    ("The index is up 8% year-to-date.", date(2025, 3, 6), "year-to-date", "2025-01-01", "2025-03-07"),
    ("Margins widened in 1H25, the company said.", date(2025, 8, 1), "1H25", "2025-01-01", "2025-07-01"),
    ("The building dates from the turn of the century.", date(2025, 3, 6),
     "the turn of the century", "1998-01-01", "2003-01-01"),
    ("Traffic was heavy over the Labor Day weekend.", date(2025, 9, 3),
     "the Labor Day weekend", "2025-08-30", "2025-09-02"),
    ("The talks collapsed the week before last.", date(2025, 3, 6),
     "the week before last", "2025-02-17", "2025-02-24"),
    ("The economy is expected to recover by mid-next year.", date(2025, 3, 6),
     "mid-next year", "2026-05-01", "2026-09-01"),
    ("The statue was erected in the 1800s.", date(2025, 3, 6), "the 1800s", "1800-01-01", "1900-01-01"),
    ("The company expects sales to pick up in the latter part of the year.", date(2025, 3, 6),
     "the latter part of the year", "2025-09-01", "2026-01-01"),
    ("Margins improved in 3Q24, the bank said.", date(2025, 3, 6), "3Q24", "2024-07-01", "2024-10-01"),
    ("Russia struck the city at 0300 GMT on Friday.", date(2025, 3, 6),
     "0300 GMT on Friday", "2025-02-28T03:00", "2025-02-28T03:01"),
    ("The plant was built half a century ago.", date(2025, 3, 6),
     "half a century ago", "1975-01-01", "1976-01-01"),
    ("Prices are expected to peak in mid-to-late March.", date(2025, 3, 6),
     "mid-to-late March", "2025-03-11", "2025-04-01"),
    ("The economy will recover in early-to-mid 2026.", date(2025, 3, 6),
     "early-to-mid 2026", "2026-01-01", "2026-09-01"),
    ("The attack came in the small hours of Sunday.", date(2025, 3, 6),
     "the small hours of Sunday", "2025-03-02T00:00", "2025-03-02T09:00"),
    ("We will meet this coming Friday.", date(2025, 3, 6), "this coming Friday", "2025-03-07", "2025-03-08"),
    ("The final is a week Friday.", date(2025, 3, 6), "a week Friday", "2025-03-14", "2025-03-15"),
    ("Rockets were fired overnight Tuesday into Wednesday.", date(2025, 3, 6),
     "overnight Tuesday into Wednesday", "2025-03-04T18:00", "2025-03-05T06:00"),
    ("Ukraine said Russia fired 40 drones overnight into Thursday.", date(2025, 3, 6),
     "overnight into Thursday", "2025-03-05T18:00", "2025-03-06T06:00"),
]


@pytest.mark.parametrize(("second", "text", "start", "end"), [
    ("The ministers had met the week before, aides said.", "the week before", "2024-12-30", "2025-01-06"),
    ("Later in the day, the ministers issued a statement.", "Later in the day", "2025-01-12", "2025-01-13"),
])
def test_extract_counts_from_the_date_just_told(second: str, text: str, start: str, end: str) -> None:
    mentions = {m.text: m.span for m in read_article(f"The summit opened on 12 January 2025. {second}",
                                                     REFERENCE).mentions}
    span = mentions[text]
    assert span is not None
    assert (str(span.start), str(span.end)) == (start, end)


def test_extract_reads_within_weeks_as_a_length_and_a_lone_overnight_by_tense() -> None:
    # TimeML marks "weeks" in "within weeks" as a duration; "counted overnight" in the present is a manner
    found = [(m.text, m.value) for m in read_article("The deal could be signed within weeks.", REFERENCE).mentions]
    assert found == [("weeks", "PXW")]
    assert not read_article("Votes are counted overnight.", REFERENCE).mentions
    assert [m.text for m in read_article("Drones hit the city overnight.", REFERENCE).mentions] == ["overnight"]


@pytest.mark.parametrize(("sentence", "reference", "text", "start", "end"), SENTENCES, ids=[s[2] for s in SENTENCES])
def test_extract_reads_news_phrasing(sentence: str, reference: date, text: str, start: str, end: str) -> None:
    mentions = [m for m in read_article(sentence, reference).mentions if m.span is not None]
    assert [m.text for m in mentions] == [text]
    span = mentions[0].span
    assert span is not None
    assert (_iso(span.start), _iso(span.end)) == (start, end)
