"""Stage 4, context: what only the document tells (anaphora, quotes, a story's one Wednesday)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, datetime, timedelta

from timeline.extraction.found import CachedResolver, Found, phrase_of
from timeline.extraction.normalize import adjust, timex_type
from timeline.extraction.scan import R, Tok, U, W, number_of
from timeline.extraction.tense import SPEECH
from timeline.extraction.text import Sentence
from timeline.extraction.vocabulary import vocabulary
from timeline.model import Granularity, Span, day_of

_PERIOD = re.compile(r"(\d{4})(?:-Q(\d)|-(\d{2})(?:-\d{2})?)?")
_SUB_YEAR = re.compile(r"\d{4}-(?:Q\d|H\d|\d{2})")
_YEAR = re.compile(r"\d{4}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def _shift(toks: list[Tok]) -> tuple[int, str, int] | None:
    """(count, canonical unit, -1 or +1) of "a year earlier", "two days later", "six months before"."""
    voc = vocabulary()
    # "earlier"/"later"/"before"/"after" count from a time the text gave; "ago" and "back" from the reference
    if len(toks) != 3 or toks[1].kind != U or toks[2].low not in voc.anaphoric_markers:
        return None
    count = 1 if toks[0].low in ("a", "an") else number_of(toks[0].low)
    unit = voc.units[toks[1].low]
    if count is None or unit not in ("year", "quarter", "month", "week", "day"):
        return None
    return count, unit, voc.anaphoric_markers[toks[2].low]


def _previous(toks: list[Tok]) -> str | None:
    """The canonical unit of "the previous quarter", "the prior year" (not "the past year": a length)."""
    voc = vocabulary()
    if len(toks) != 3 or toks[0].low != "the" or voc.relative_shift.get(toks[1].low) != -1 \
            or toks[1].low in ("last", "past") or toks[2].kind != U:
        return None
    unit = voc.units[toks[2].low]
    return unit if unit in ("quarter", "year", "month") else None


def resolve_anaphora(found: list[Found], clean: str, toks: list[Tok], reference: date | datetime,
              resolver: CachedResolver) -> list[Found]:
    """"a year earlier" after "fourth-quarter": the same quarter a year before."""
    for i, f in enumerate(found):
        ta, tb = f.toks
        unit_before = _previous(toks[ta:tb])
        if unit_before is not None and i:
            unit = unit_before
            prev = _recent(found, i, 400, lambda g: g.type == "DATE" and bool(_PERIOD.fullmatch(g.value))
                           and g.value != f.value)  # noqa: B023 - called at once
            if prev is not None:
                mm = _PERIOD.fullmatch(prev.value)
                assert mm is not None
                y = int(mm.group(1))
                q = int(mm.group(2)) if mm.group(2) else None
                month = int(mm.group(3)) if mm.group(3) else None
                if unit == "year":
                    f.value = str(y - 1)
                elif unit == "quarter" and (q or month):
                    k = (q or (month - 1) // 3 + 1) - 1  # type: ignore[operator]
                    f.value = f"{y - 1}-Q4" if k == 0 else f"{y}-Q{k}"
                elif unit == "month" and month:
                    f.value = f"{y - 1}-12" if month == 1 else f"{y}-{month - 1:02d}"
                else:
                    continue
                f.explanation = f"{clean[f.start:f.end]!r}: the {unit} before {prev.value} (just mentioned)"
                f.context = "anaphora"
                _span_from_value(f, reference, resolver)
            continue
        shift = _shift(toks[ta:tb])
        if shift is None or i == 0:
            continue
        n, unit, sign = shift
        if unit == "year":
            prev = _recent(found, i, 600, lambda g: g.type == "DATE" and g.span is not None
                           and bool(_SUB_YEAR.fullmatch(g.value)))
            if prev is None or sign > 0:
                prev = _recent(found, i, 600, lambda g: g.type == "DATE" and bool(_YEAR.fullmatch(g.value))) or prev
            if prev is None:
                continue
            mq = re.fullmatch(r"(\d{4})(-(?:Q\d|H\d|\d{2}))?", prev.value)
            if not mq:
                continue
            f.value = f"{int(mq.group(1)) + sign * n}{mq.group(2) or ''}"
            _span_from_value(f, reference, resolver)
        elif unit == "day":
            prev = _recent(found, i, 400, lambda g: g.type == "DATE" and g.span is not None
                           and bool(_DAY.fullmatch(g.value)))
            if prev is None:
                continue
            d = prev.span.first_day + timedelta(days=sign * n)  # type: ignore[union-attr]
            f.value = d.isoformat()
            f.span = Span(d, d + timedelta(days=1), Granularity.DAY, f.value, f"{n} day(s) from {prev.value}")
        else:
            continue
        f.explanation = (f"{clean[f.start:f.end]!r}: {n} {unit}(s) {toks[tb - 1].low} than {prev.value} "
                         f"(the time just mentioned)")
        f.type, f.context = "DATE", "anaphora"
    return found


def _span_from_value(f: Found, reference: date | datetime, resolver: CachedResolver) -> None:
    """Make *f*'s span the period its (changed) TIMEX3 value names: "a year earlier" is 2023-Q4, all of it."""
    span = resolver(f.value, reference, "past")
    if span is not None and span.value == f.value:
        f.span = span


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
        if not words & (vocabulary().day_words | vocabulary().weekdays.keys()) or f.span is None:
            continue
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
            if g is f or g.span is None or g.type not in ("DATE", "TIME") or g.value.endswith("_REF"):
                continue
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

