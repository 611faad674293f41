"""TimeML values the resolver's span does not carry by itself: lengths and sets."""

from __future__ import annotations

import re
from datetime import date, datetime

from timeline.extraction.found import Found
from timeline.extraction.scan import DUR, FY, QUANT, D, F, M, N, P, S, Tok, U, W
from timeline.extraction.vocabulary import vocabulary
from timeline.lexicons import UNITS

# Local normalizations (what the resolver does not read as a point in time): TimeML values of
# lengths and sets, computed from the lexicon's unit facts and word meanings.


def duration_value(n: int | None, unit: str) -> str:
    """The TIMEX3 duration of *n* canonical *unit* (None: an unknown count, "PXY").

    Built from :data:`timeline.lexicons.UNITS`: calendar units in months
    (a quarter is ``P3M``, a decade ``P10Y``), clock units in seconds (a
    fortnight is ``P2W``, an hour ``PT1H``).
    """
    facts = UNITS[unit]
    if facts.months is not None:
        per, code = (facts.months // 12, "Y") if facts.months % 12 == 0 else (facts.months, "M")
        clock = ""
    else:
        seconds = facts.seconds or 86400
        for size, code, clock in ((604800, "W", ""), (86400, "D", ""), (3600, "H", "T"), (60, "M", "T"),
                                  (1, "S", "T")):
            if seconds % size == 0:
                per = seconds // size
                break
    if n is None:
        return f"P{clock}X{code}"
    return f"P{clock}{n * per}{code}"


def local_value(words: list[Tok], text_after: str) -> tuple[str, str] | None:
    """TIMEX3 (value, type) for durations, sets and fiscal years, or None."""
    kinds = [w.kind for w in words]
    lows = [w.low for w in words]
    voc = vocabulary()
    if len(words) == 2 and lows[0] in ("a", "an") and words[0].value == "rate":
        if lows[1] == "night":
            return "XXXX-XX-XXTNI", "SET"
        return duration_value(1, voc.units[lows[1]]), "SET"  # "200 trains a day": P1D
    if len(words) == 1 and kinds[0] == DUR:
        n, unit = words[0].value
        return duration_value(n, unit), "DURATION"
    if kinds[0] == FY or lows[0] == "fiscal":
        m = re.search(r"(\d{2,4})$", words[-1].low)
        if m and (len(words) <= 3):
            y = int(m.group(1))
            y = y + 2000 if y < 100 else y
            return f"FY{y}", "DATE"
    if kinds[0] == F and len(words) >= 2:
        last = words[-1]
        if last.kind == S:
            return f"XXXX-{voc.seasons[last.low]}", "SET"
        if last.kind == W:
            return f"XXXX-WXX-{voc.weekdays[last.low] + 1}", "SET"
        if last.kind == M:
            return f"XXXX-{voc.months[last.low]:02d}", "SET"
        if last.kind == U:
            n = words[1].value if len(words) == 3 and words[1].kind == N else 1
            return duration_value(n if isinstance(n, int) else 1, voc.units[last.low]), "SET"
        if last.kind == P:
            part = voc.parts_of_day.get(last.low)
            return f"XXXX-XX-XXT{part.code if part else 'XX'}", "SET"
    # "40 years", "two hours", "a week", "several months", "the past decade", "the next 18 months"
    body = words
    lead = ""
    if lows[0] == "the" and len(words) >= 3 and lows[1] in ("past", "last", "next", "coming", "previous",
                                                           "following", "first", "final"):
        lead = lows[1]
        body = words[2:]
    elif lows[0] in ("the",) and len(words) == 2:
        return None
    if body and body[-1].kind == U:
        unit = voc.units[body[-1].low]
        plural = body[-1].low.endswith("s") or body[-1].low == "centuries"
        count: int | None
        if len(body) == 1:
            if lead and not plural:
                count = 1
            elif not lead and plural and lows[0] not in ("the",):
                # bare plural unit: "for years"
                count = None
            else:
                return None
        elif len(body) == 2 and body[0].kind == N:
            if body[0].low in QUANT:
                count = None
            else:
                count = body[0].value if isinstance(body[0].value, int) else None
        elif len(body) == 2 and body[0].low in ("a", "an"):
            count = 1
        elif len(body) == 3 and body[0].low in ("a", "an") and body[1].low in QUANT:
            count = 2 if body[1].low == "couple" else None
        elif len(body) == 3 and body[0].kind == N and body[1].kind == N:  # "twenty five years"
            count = None
        else:
            return None
        if unit in ("weekend", "season"):
            return None
        if not lead:
            # "two weeks ago" / "a year earlier" are points: not here
            nxt = text_after.lstrip()[:12].lower()
            if re.match(r"(?:ago|earlier|later|hence|from now|before\b|after\b|prior)(?!\s+than)", nxt) and \
                    not re.match(r"(?:before|after)\s", nxt):
                return None
        if lead in ("previous", "following", "first", "final") and len(body) == 1:
            return None  # "the previous quarter": a date (anaphoric), not a length
        if lead in ("coming", "next", "past", "last", "previous", "following") and count is None and plural \
                and len(body) == 1:
            return None  # "the coming days": vague, the resolver says FUTURE_REF
        return duration_value(count, unit), "DURATION"
    return None


def timex_type(value: str) -> str:
    if value.startswith("P") and not value.endswith("_REF"):
        return "DURATION"
    if "T" in value and not value.startswith("XXXX"):
        return "TIME"
    return "DATE"


_DAYBOUND_NOUNS = re.compile(
    r"\s*(?:meeting|session|vote|game|match|talks|summit|announcement|decision|statement|trading|"
    r"hearing|speech|event|deadline|election|race|news|edition|paper|ruling|rally|launch|briefing|"
    r"debate|final|results?|close|open|auction|release|report|data|figures|strike|protest)\b", re.IGNORECASE)


def adjust(found: Found, phrase: str, toks: list[Tok], a: int, b: int, clean: str,
            reference: date | datetime) -> None:
    """TimeML conventions the resolver's value does not carry by itself."""
    lows = [t.low for t in toks[a:b]]
    span = found.span
    v = found.value
    # "the last 30 years" -> DURATION P30Y with the span kept
    m = re.fullmatch(r"[^/]+/(P[0-9TXYMWDHS.]+)", v)
    if m:
        found.value, found.type = m.group(1), "DURATION"
        return
    # "today's Russia", "Today there are six": the present, not the day
    if lows and lows[-1] == "today" or (len(lows) == 1 and lows[0] == "today"):
        after = clean[toks[b - 1].end:toks[b - 1].end + 40]
        generic_possessive = bool(re.match(r"['\u2019]s\b", after)) and not _DAYBOUND_NOUNS.match(after[2:])
        generic_clause = re.match(r",?\s+(?:there\s+(?:is|are)|it\s+is|we\s+(?:are|have)|they\s+(?:are|have))\b",
                                  after)
        if generic_possessive or generic_clause:
            found.value = "PRESENT_REF"
    # "early Tuesday" / "late Monday": the day (TimeML mod START/END), not a part of day
    if lows and lows[0] in ("early", "late") and (len(lows) == 2 or len(lows) == 3 and lows[1] == "on") \
            and toks[b - 1].kind in (W, D) and span is not None:  # "late on Thursday" too
        found.value = span.first_day.isoformat()
    found.type = timex_type(found.value)

