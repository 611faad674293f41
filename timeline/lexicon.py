"""The words the grammar knows, as plain lookup tables (no logic here)."""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate((
    ("monday", "mon", "mondays"),
    ("tuesday", "tue", "tues", "tuesdays"),
    ("wednesday", "wed", "weds", "wednesdays"),
    ("thursday", "thu", "thur", "thurs", "thursdays"),
    ("friday", "fri", "fridays"),
    ("saturday", "sat", "saturdays"),
    ("sunday", "sun", "sundays"),
)):
    for _n in _names:
        WEEKDAYS[_n] = _i
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
), start=1):
    for _n in _names:
        MONTHS[_n] = _i
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

_UNITS_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
               "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}

NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS_ONES)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "dozen": 12, "couple": 2, "pair": 2, "few": 3,
                     "several": 3, "hundred": 100, "thousand": 1000, "oh": 0, "o": 0, "ou": 0,
                     "nought": 0})

_ORD_ONES = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth")
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ORD_ONES) if i}
ORDINAL_WORDS.update({"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50})
ORDINAL_TENS = {"twenty": 20, "thirty": 30}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# unit word -> canonical unit
UNITS: dict[str, str] = {}
for _unit, _names in (
    ("second", ("second", "seconds", "sec", "secs", "s")),
    ("minute", ("minute", "minutes", "min", "mins", "m")),
    ("hour", ("hour", "hours", "hr", "hrs", "h")),
    ("day", ("day", "days")),
    ("week", ("week", "weeks", "wk", "wks")),
    ("fortnight", ("fortnight", "fortnights")),
    ("month", ("month", "months", "mo", "mos")),
    ("quarter", ("quarter", "quarters", "qtr", "qtrs")),
    ("year", ("year", "years", "yr", "yrs")),
    ("decade", ("decade", "decades")),
    ("century", ("century", "centuries")),
    ("weekend", ("weekend", "weekends", "wkend", "wkends")),
    ("season", ("season", "seasons")),
):
    for _n in _names:
        UNITS[_n] = _unit

# relative words before a unit or weekday: -1 previous, 0 current, +1 following
RELATIVE: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "this": 0, "current": 0, "present": 0,
    "next": 1, "coming": 1, "upcoming": 1, "following": 1, "forthcoming": 1,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

# part of day -> (start hour, end hour (may be 24), TIMEX3 code)
PARTS_OF_DAY: dict[str, tuple[int, int, str]] = {
    "morning": (0, 12, "MO"),
    "afternoon": (12, 19, "AF"),
    "evening": (18, 24, "EV"),
    "night": (18, 24, "NI"),
    "lunch": (12, 14, "MI"),
    "lunchtime": (12, 14, "MI"),
    "noon": (12, 13, "MI"),
    "midday": (12, 13, "MI"),
}

# Zone abbreviations -> UTC offset in minutes (fixed) or an IANA name (DST-aware).
ZONES: dict[str, str | int] = {
    "utc": 0, "gmt": 0, "z": 0, "zulu": 0,
    "et": "America/New_York", "est": -300, "edt": -240,
    "ct": "America/Chicago", "cst": -360, "cdt": -300,
    "mt": "America/Denver", "mst": -420, "mdt": -360,
    "pt": "America/Los_Angeles", "pst": -480, "pdt": -420,
    "akst": -540, "akdt": -480, "hst": -600,
    "bst": 60, "ist": 330, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "wet": 0, "west": 60,
    "msk": 180, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "aest": 600, "aedt": 660,
    "awst": 480, "nzst": 720, "nzdt": 780,
}

# Words that tie parts together and carry no meaning of their own here.
FILLERS = frozenset({"at", "on", "in", "the", "of", "for", "during", "@", ",", "around", "about",
                     "approximately", "approx", "circa", "ca", "roughly", "sometime", "some",
                     "time", "day", "date", "than", "o'clock", "oclock", "exactly", "precisely"})

# Leading words that make the span a bound rather than the event's own dates.
QUALIFIERS: dict[str, str] = {
    "by": "by", "since": "since", "until": "until", "till": "until", "til": "until", "untill": "until",
    "before": "before", "after": "after", "through": "until", "thru": "until",
    "from": "since",
}
APPROXIMATORS = frozenset({"around", "about", "approximately", "approx", "circa", "ca", "roughly",
                           "some", "sometime", "ish", "or", "so", "nearly", "almost"})
