"""The English words of the grammar as plain lookup tables, derived from
:mod:`timeline.lexicons.en` (the data lives there, once).

Kept while the grammar and its callers move to :mod:`timeline.lexicons`;
new code should use ``get_lexicon(language)`` instead of these names.
"""

from __future__ import annotations

from timeline.lexicons import en as _en
from timeline.lexicons.schema import UNITS as UNIT_FACTS
from timeline.lexicons.schema import (
    Decade,
    Glue,
    Hedge,
    Month,
    Number,
    Ordinal,
    Qualifier,
    Relative,
    Season,
    Unit,
    VagueWindow,
    Weekday,
)

_LEX = _en.LEXICON

WEEKDAYS: dict[str, int] = {k: m.n for k, m in _LEX.values(Weekday).items()}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: dict[str, int] = {k: m.n for k, m in _LEX.values(Month).items()}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

NUMBER_WORDS: dict[str, int] = {k: m.value for k, m in _LEX.values(Number).items()}
_TENS: dict[str, int] = {w: n for n, w in _en.TENS.items()}
ORDINAL_WORDS: dict[str, int] = {k: m.n for k, m in _LEX.values(Ordinal).items() if not m.tens}
ORDINAL_TENS: dict[str, int] = {s: n for n, ss in _en.ORDINAL_TENS.items() for s in ss}
ORDINAL_SUFFIXES = _en.ORDINAL_SUFFIXES

# unit word -> canonical unit (a key of timeline.lexicons.UNITS)
UNITS: dict[str, str] = {k: m.name for k, m in _LEX.values(Unit).items()}

# relative words before a unit or weekday: -1 previous, 0 current, +1 following
RELATIVE: dict[str, int] = {k: m.shift for k, m in _LEX.values(Relative).items()}

SEASONS: dict[str, str] = {k: m.code for k, m in _LEX.values(Season).items()}
SEASON_NAMES = _en.SEASON_NAMES

# words for a half before "half": "back" -> 2 ("the back half of 2025")
HALVES: dict[str, int] = {s: n for n, ss in _en.HALVES.items() for s in ss}
# a word before "part of" -> the part it names ("latter" -> "late")
PART_WORDS: dict[str, str] = {s: part for part, ss in _en.PART_WORDS.items() for s in ss}
# words for the whole of a unit
WHOLE: frozenset[str] = frozenset(_en.WHOLE)
# one-word middles of a unit: "midweek" -> "week"
MID_UNITS: dict[str, str] = {s: unit for unit, ss in _en.MID_UNITS.items() for s in ss}
# "ytd" -> "year": the unit up to the reference day
TO_DATE_ABBREVIATIONS: dict[str, str] = {s: unit for unit, ss in _en.TO_DATE.items() for s in ss}

# part of day -> (start hour, end hour (may be 24), TIMEX3 code)
PARTS_OF_DAY: dict[str, tuple[int, int, str]] = dict(_en.PARTS_OF_DAY)

ZONES: dict[str, str | int] = dict(_en.ZONES)

FILLERS = frozenset(k for k, m in _LEX.values(Glue).items())

# Leading words that make the span a bound rather than the event's own dates.
QUALIFIERS: dict[str, str] = {k: m.kind for k, m in _LEX.values(Qualifier).items()}
APPROXIMATORS = frozenset(k for k in _LEX.values(Hedge))

DECADE_WORDS: dict[str, int] = {k: m.start for k, m in _LEX.values(Decade).items()}

# Vague phrases -> their window kind, and the windows (one table: timeline.lexicons.en.VAGUE).
VAGUE: dict[str, str] = {s: kind for kind, ss in _en.VAGUE.items() for s in ss}
VAGUE_WINDOWS: dict[str, VagueWindow] = dict(_en.WINDOWS)

__all__ = [
    "APPROXIMATORS", "DECADE_WORDS", "FILLERS", "HALVES", "MID_UNITS", "MONTHS", "MONTH_NAMES",
    "NUMBER_WORDS", "ORDINAL_SUFFIXES", "ORDINAL_TENS", "ORDINAL_WORDS", "PARTS_OF_DAY", "PART_WORDS",
    "QUALIFIERS", "RELATIVE", "SEASONS", "SEASON_NAMES", "TO_DATE_ABBREVIATIONS", "UNITS", "UNIT_FACTS",
    "VAGUE", "VAGUE_WINDOWS", "WEEKDAYS", "WEEKDAY_NAMES", "WHOLE", "ZONES",
]
