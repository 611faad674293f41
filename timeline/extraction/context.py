"""Stage 4, context: what only the document tells (anaphora, quotes, a story's one Wednesday)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, datetime, timedelta

from timeline.extraction.anaphora import anaphor_of
from timeline.extraction.found import CachedResolver, Found, phrase_of
from timeline.extraction.normalize import adjust, timex_type
from timeline.extraction.scan import DEC, ISO, R, Tok, W, Y
from timeline.extraction.tense import SPEECH
from timeline.extraction.text import Sentence
from timeline.model import Granularity, day_of

_PERIOD = re.compile(r"(\d{4})(?:-Q(\d)|-(\d{2})(?:-\d{2})?)?")
_SUB_YEAR = re.compile(r"\d{4}-(?:Q\d|H\d|\d{2})")
_CALENDAR = re.compile(r"\d{4}(?:$|-)")  # a year, or a part of one: 2018, 2025-Q1, 2025-03-05T10:00


def _recent(found: list[Found], i: int, window: int, wanted: Callable[[Found], bool]) -> Found | None:
    """The last mention before ``found[i]`` that ends less than *window* characters before it and is *wanted*.

    Mentions are in text order and do not overlap, so the walk back stops at
    the first one out of reach: bounded by the window, not by the document.
    """
    start = found[i].start
    for j in range(i - 1, -1, -1):
        g = found[j]
        if start - g.end >= window:
            return None
        if wanted(g):
            return g
    return None


_GRAIN = {"day": Granularity.DAY, "week": Granularity.WEEK, "month": Granularity.MONTH,
          "quarter": Granularity.QUARTER, "year": Granularity.YEAR}
_PERIOD_VALUE = {"quarter": re.compile(r"\d{4}-Q\d"), "half": re.compile(r"\d{4}-H\d"),
                 "month": re.compile(r"\d{4}-\d{2}"), "year": re.compile(r"\d{4}"),
                 "period": re.compile(r"\d{4}(?:-(?:Q\d|H\d|\d{2}))?")}
_WINDOW = 1000  # characters back to the date a narrative expression counts from


def _usable(g: Found) -> bool:
    """A mention another can count from: resolved, a date or time, not vague, not a length."""
    return g.span is not None and g.type in ("DATE", "TIME") and bool(_CALENDAR.match(g.value)) \
        and not g.span.approximate and g.context != "comparison" and not g.quoted
    # not "the early 2000s", "soon", "a year ago", nor a date inside a quote (the speaker's, not the story's)


def _anchor(found: list[Found], i: int, unit: str) -> Found | None:
    """The date mentioned last before ``found[i]`` that is at least as fine as *unit* (a day for "that evening")."""
    grain = _GRAIN.get(unit, Granularity.DAY)
    return _recent(found, i, _WINDOW, lambda g: _usable(g) and g.span is not None
                   and g.span.granularity.rank <= grain.rank)


def _period(found: list[Found], i: int, unit: str, window: int = 800) -> Found | None:
    """The period of *unit* mentioned last ("the quarter" after "first-quarter"): quarter, half, month or year."""
    pattern = _PERIOD_VALUE[unit]
    return _recent(found, i, window, lambda g: _usable(g) and bool(pattern.fullmatch(g.value)))


def _a_year_before(value: str, year: int | None = None) -> str:
    """*value* (a year, quarter, half or month) one year earlier, or in *year*."""
    head, sep, tail = value.partition("-")
    return f"{year if year is not None else int(head) - 1}{sep}{tail}"


def resolve_anaphora(found: list[Found], clean: str, toks: list[Tok], reference: date | datetime,
                     resolver: CachedResolver) -> list[Found]:
    """Narrative and financial anaphora: what counts from the date or period the text mentioned last.

    "two days later", "the following month", "that evening", "the day before" are read by the grammar
    with that date as the reference; "a year earlier" (or "a year ago" in a text about results) after a
    quarter, half or month is that period a year before; "the year-earlier period", "the same period
    last year", "the quarter" name the period just mentioned. The explanation names the anchor. Without
    an anchor, words the grammar reads alone keep their reading against the reference.
    """
    for i, f in enumerate(found):
        ta, tb = f.toks
        ana = anaphor_of(toks[ta:tb])
        if ana is None or (ana.kind == "this_period" and not resolver.financial):
            continue
        words = clean[f.start:f.end]
        anchor: Found | None = None
        span = None
        value = ""
        if ana.kind in ("shift", "ago") and ana.unit == "year" and ana.n == 1 and ana.sign < 0:
            anchor = _recent(found, i, 400, lambda g: _usable(g) and bool(_SUB_YEAR.fullmatch(g.value)))
            if anchor is not None:
                value = _a_year_before(anchor.value)
        if anchor is None and ana.kind in ("shift", "relative", "that"):
            anchor = _anchor(found, i, ana.unit)
            if anchor is not None and anchor.span is not None:
                span = resolver(ana.grammar_words, anchor.span.first_day, f.direction)
        if anchor is None and ana.kind == "this_period" and ana.unit == "year":
            # "for the year": the year of the quarter or half being reported, or else the reference's year
            anchor = _period(found, i, "quarter") or _period(found, i, "half")
            this_year = resolver("this year", reference, "past")
            if anchor is not None:
                value = anchor.value[:4]
            elif this_year is not None:
                value, anchor = this_year.value, f
        elif anchor is None and ana.kind in ("year_ago", "this_period"):
            anchor = _period(found, i, ana.unit)
            if anchor is not None:
                value = anchor.value if ana.kind == "this_period" else _a_year_before(anchor.value, ana.year)
        if value:
            span = resolver(value, reference, "past")
            if span is None or span.value != value:
                span = None
        if anchor is None or span is None:
            continue
        # a period compared with the one just mentioned ("a year earlier", "the year-ago quarter") is never the
        # anchor of the next one: "net income for the quarter" is the story's quarter, not last year's
        compared = ana.kind == "year_ago" or (ana.kind in ("shift", "ago") and bool(value))
        f.span, f.value, f.type = span, value or span.value, timex_type(value or span.value)
        f.context = "comparison" if compared else "anaphora"
        f.explanation = (f"{words!r} -> {f.value}: the reference's year (no quarter or half reported before it)"
                         if anchor is f else f"{words!r} -> {f.value}: counted from "
                         f"{clean[anchor.start:anchor.end]!r} ({anchor.value}), the date mentioned last")
    return found


def _span_from_value(f: Found, reference: date | datetime, resolver: CachedResolver) -> None:
    """Make *f*'s span the period its (changed) TIMEX3 value names: "a year earlier" is 2023-Q4, all of it."""
    span = resolver(f.value, reference, "past")
    if span is not None and span.value == f.value:
        f.span = span


_DOCUMENT = re.compile(r"\b(?:letter|e-?mail|memo|message|post|note|tweet|text|statement|diary|minutes)\b"
                       r"[^.\n]{0,80}\b(?:wrote|writes|written|read|reads|said|says|dated|sent)\b", re.IGNORECASE)
_ARRIVAL = re.compile(r"\b(?:upon|on)\s+(?:his|her|their|its)?\s*arrival\b|\barriving\b|\bafter\s+landing\b", re.IGNORECASE)


def anchor_quotes(found: list[Found], clean: str, quotes: list[tuple[int, int]], sentences: list[Sentence],
            reference: date | datetime, resolver: CachedResolver, toks: list[Tok]) -> list[Found]:
    """Re-anchor relative words inside a quote on the time its attribution gives.

    Two cases (docs/extract.md): the attribution next to the quote carries a
    resolved day ("..., he said on Wednesday" / "Speaking on Monday, she
    said, '...'"), or it says "on arrival" and the article dates the visit's
    scheduled meeting: the arrival is then taken to be the day before it.
    """
    if not quotes:
        return found
    quote_starts = [q[0] for q in quotes]
    starts = [f.start for f in found]
    visit: list[Found | None] = []  # the first future-directed day outside quotes, looked for once
    for f in found:
        k = bisect_left(quote_starts, f.start) - 1  # quotes do not overlap: only this one can hold f
        if k < 0 or f.end > quotes[k][1]:
            continue
        f.quoted = True
        ta, tb = f.toks
        words = {t.low for t in toks[ta:tb]}
        if f.span is None or f.value.endswith("_REF") or any(t.kind in (Y, ISO, DEC) for t in toks[ta:tb]):
            continue  # "in 2019" means the same in a quote; "now" is the moment of speaking
        qs, qe = quotes[k]
        # attribution: the text of the enclosing paragraph outside the quote, up to 200/120 chars each side
        left = clean[max(0, qs - 200):qs]
        right = clean[qe:qe + 120]
        left = left[left.rfind("\n") + 1:]
        right = right.split("\n")[0]
        anchor: date | None = None
        why = ""
        # only the mentions in the attribution windows, never the (possibly long) quote itself
        around = range(bisect_left(starts, qs - len(left)), bisect_left(starts, qs))
        after = range(bisect_left(starts, qe), bisect_left(starts, qe + len(right)))
        for j in (*around, *after):
            g = found[j]
            if g is f or g.span is None or g.type not in ("DATE", "TIME") or g.value.endswith("_REF") or g.quoted:
                continue  # (a date inside the previous quote does not say when this one was said)
            in_right = qe <= g.start and SPEECH.search(clean, qe, g.start)
            in_left = g.start < qs and SPEECH.search(clean, g.end, qs)
            if (in_right or in_left) and g.span.granularity.rank <= Granularity.DAY.rank:
                anchor = g.span.first_day
                why = f"the quote was said {clean[g.start:g.end]!r} ({anchor.isoformat()})"
                break
        if anchor is None and "tomorrow" in words and _ARRIVAL.search(left + right):
            if not visit:
                visit.append(next((g for g in found if g.direction == "future" and g.span is not None
                                   and not g.quoted and g.type == "DATE"
                                   and g.span.granularity == Granularity.DAY and g.value[:1].isdigit()), None))
            scheduled = visit[0]
            if scheduled is not None and scheduled.span is not None:
                anchor = scheduled.span.first_day - timedelta(days=1)
                why = (f"said on arrival, the day before the scheduled {clean[scheduled.start:scheduled.end]!r} "
                       f"({scheduled.value})")
        if anchor is None and _DOCUMENT.search(left):
            # a quoted letter, e-mail or post with no date of its own: never silently the publication date
            f.span = f.span.replace(approximate=True)
            f.context = "quote (undated)"
            f.explanation += (" [inside a quoted document the text does not date: read against the publication "
                              "date, approximate]")
            continue
        if anchor is None or anchor == day_of(reference):
            continue
        phrase = phrase_of(clean, toks, ta, tb)
        span = resolver(phrase, anchor, f.direction)
        if span is not None:
            f.span, f.value, f.anchor, f.context = span, span.value, anchor, "quote"
            f.explanation = (span.explanation or phrase) + f" [{why}]"
            f.type = timex_type(span.value)
    return found


def same_weekday(found: list[Found], clean: str, toks: list[Tok], reference: date | datetime,
                  resolver: CachedResolver) -> list[Found]:
    """A weekday without a tense cue takes the day of the same weekday read with one.

    News stories rarely mean two different Wednesdays: the headline's
    "Wednesday evening" is the body's "will try again on Wednesday".
    """
    decided: dict[str, Found] = {}
    for f in found:
        ta, tb = f.toks
        wd = [t.low for t in toks[ta:tb] if t.kind == W]
        if len(wd) == 1 and "no tense cue" not in f.explanation and f.span is not None and not f.quoted:
            decided.setdefault(wd[0], f)
    for f in found:
        ta, tb = f.toks
        wd = [t.low for t in toks[ta:tb] if t.kind == W]
        if len(wd) != 1 or "no tense cue" not in f.explanation or any(
                t.kind == R for t in toks[ta:tb]):
            continue
        other = decided.get(wd[0])
        if other is None or other.direction == f.direction:
            continue
        phrase = phrase_of(clean, toks, ta, tb)
        phrase = re.sub(r"\b([ap])\.m\.", r"\1m", phrase, flags=re.IGNORECASE)
        span = resolver(phrase, f.anchor, other.direction)
        if span is not None:
            f.span, f.value, f.direction, f.context = span, span.value, other.direction, "same weekday"
            f.explanation = (span.explanation or phrase) + (
                f" [same weekday as {clean[other.start:other.end]!r}, read {other.direction}]")
            adjust(f, phrase, toks, ta, tb, clean, f.anchor)
    return found

