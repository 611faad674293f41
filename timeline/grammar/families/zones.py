"""Time zones: abbreviations ('ET', 'CEST', 'GMT+2') and IANA names ('Europe/Paris')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.grammar.expression import Components

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def iana_zone(ps: Parser, i: int, end: int, p: Components) -> int:
    """'Europe/Paris', 'America/Argentina/Buenos_Aires' (checked against the zone database)."""
    j = i + 1
    while ps.w(j) == "/" and ps.adjacent(j) and j + 1 < end and ps.adjacent(j + 1):
        j += 2
        while ps.w(j) in ("_", "-") and ps.adjacent(j) and ps.adjacent(j + 1):
            j += 2
    name = ps.text[ps.toks[i].start:ps.toks[j - 1].end]
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return i
    p.zone, p.zone_text = name, name
    return j


def zone_name(ps: Parser, i: int, end: int, p: Components) -> int:
    """One token holding an IANA name: how another language's zone words reach the grammar
    ("за київським часом" is read as "europe/kyiv", see grammar/canonical.py)."""
    from zoneinfo import ZoneInfo

    name = "/".join("_".join(w.capitalize() for w in part.split("_")) for part in ps.words[i].split("/"))
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return i
    p.zone, p.zone_text = name, ps.text[ps.toks[i].start:ps.toks[i].end]
    return i + 1


def zone(ps: Parser, i: int, end: int, p: Components) -> int:
    p.zone = lx.ZONES[ps.words[i]]
    p.zone_text = ps.words[i].upper()
    j = i + 1
    if ps.w(j) == ")":
        j += 1
    # GMT+2, UTC-05:00
    if ps.w(j) in ("+", "-") and ps.num(j + 1) is not None and isinstance(p.zone, int) \
            and ps.adjacent(j) and ps.adjacent(j + 1):
        sign = 1 if ps.w(j) == "+" else -1
        hours = ps.num(j + 1) or 0
        minutes = 0
        k = j + 2
        if hours > 24:
            hours, minutes = divmod(hours, 100)
        if ps.w(k) == ":" and ps.num(k + 1) is not None:
            minutes = ps.num(k + 1) or 0
            k += 2
        p.zone = sign * (hours * 60 + minutes)
        p.zone_text = ps.text[ps.toks[i].start:ps.toks[k - 1].end].upper()
        return k
    return j


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("Thursday 10:00 CET", "2025-03-06T10:00", "2025-03-06T10:01", "minute", "2025-03-06T10:00"),
    ("10am ET", "2025-03-06T10:00", "2025-03-06T11:00", "hour", "2025-03-06T10:00"),
    ("noon UTC", "2025-03-06T12:00", "2025-03-06T13:00", "hour", "2025-03-06T12:00"),
]
