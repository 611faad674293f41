"""English: every word the grammar matches on, as data.

Tables map a value to its surface forms; :data:`LEXICON` compiles them. To
add a word, add it to its table (and an example to the family that reads it);
the grammar never spells an English word it could get from here.
"""

from __future__ import annotations

from timeline.lexicons.extract_words import ExtractWords
from timeline.lexicons.schema import (
    DayWord,
    Lexicon,
    Meaning,
    Position,
    VagueWindow,
    build_entries,
)

LANGUAGE = "en"

WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("monday", "mon", "mondays"),
    1: ("tuesday", "tue", "tues", "tuesdays"),
    2: ("wednesday", "wed", "weds", "wednesdays"),
    3: ("thursday", "thu", "thur", "thurs", "thursdays"),
    4: ("friday", "fri", "fridays"),
    5: ("saturday", "sat", "saturdays"),
    6: ("sunday", "sun", "sundays"),
}

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"), 4: ("april", "apr"),
    5: ("may",), 6: ("june", "jun"), 7: ("july", "jul"), 8: ("august", "aug"),
    9: ("september", "sep", "sept"), 10: ("october", "oct"), 11: ("november", "nov"),
    12: ("december", "dec"),
}

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen")
TENS: dict[int, str] = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
                        80: "eighty", 90: "ninety"}
NUMBERS: dict[int, tuple[str, ...]] = {i: (w,) for i, w in enumerate(ONES)}
NUMBERS.update({n: (w,) for n, w in TENS.items()})
NUMBERS[0] += ("oh", "o", "ou", "nought")
NUMBERS[1] += ("a", "an", "single")
NUMBERS[2] += ("couple", "pair")
NUMBERS[3] += ("few", "several")
NUMBERS[12] = (*NUMBERS[12], "dozen")
NUMBERS[100] = ("hundred",)
NUMBERS[1000] = ("thousand",)

ORDINALS: dict[int, tuple[str, ...]] = {i: (w,) for i, w in enumerate((
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth")) if i}
ORDINALS.update({20: ("twentieth",), 30: ("thirtieth",), 40: ("fortieth",), 50: ("fiftieth",)})
# the first half of "twenty-first", "thirty first"
ORDINAL_TENS: dict[int, tuple[str, ...]] = {20: ("twenty",), 30: ("thirty",)}
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})

UNITS: dict[str, tuple[str, ...]] = {
    "second": ("second", "seconds", "sec", "secs", "s"),
    "minute": ("minute", "minutes", "min", "mins", "m"),
    "hour": ("hour", "hours", "hr", "hrs", "h"),
    "day": ("day", "days"),
    "week": ("week", "weeks", "wk", "wks"),
    "fortnight": ("fortnight", "fortnights"),
    "month": ("month", "months", "mo", "mos"),
    "quarter": ("quarter", "quarters", "qtr", "qtrs"),
    "year": ("year", "years", "yr", "yrs"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "weekend": ("weekend", "weekends", "wkend", "wkends"),
    "season": ("season", "seasons"),
}

# relative words before a unit, weekday, month or season: -1 previous, 0 current, +1 following
RELATIVES: dict[int, tuple[str, ...]] = {
    -1: ("last", "past", "previous", "prior", "preceding"),
    0: ("this", "current", "present"),
    1: ("next", "coming", "upcoming", "following", "forthcoming"),
}

DAY_WORDS: dict[int, tuple[str, ...]] = {
    -2: ("the day before yesterday", "day before yesterday"),
    -1: ("yesterday",),
    0: ("today",),
    1: ("tomorrow", "tomorrows", "tmrw", "tmr", "tomorow"),
    2: ("the day after tomorrow", "day after tomorrow"),
}
TONIGHT = ("tonight", "tonite")

# ago/in markers: (direction, position) -> surfaces
MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "after"): ("ago", "back", "earlier"),
    (1, "after"): ("hence", "later", "from now", "from today"),
    (1, "before"): ("in", "within"),
}

QUALIFIERS: dict[str, tuple[str, ...]] = {
    "by": ("by",),
    "since": ("since", "from", "starting", "effective", "commencing"),
    "until": ("until", "till", "til", "untill", "through", "thru"),
    "before": ("before",),
    "after": ("after",),
}

HEDGES = ("around", "about", "approximately", "approx", "circa", "ca", "roughly", "some", "sometime",
          "ish", "or", "so", "nearly", "almost")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "early": ("early",), "mid": ("mid", "middle"), "late": ("late",),
    "begin": ("beginning", "start"), "end": ("end",), "rest": ("rest", "remainder", "balance"),
    "earlier": ("earlier",), "later": ("later",),
}

# words before "part of" and the part of the period they name: "the latter part of the year" is late
PART_WORDS: dict[str, tuple[str, ...]] = {"early": ("early", "earlier", "first", "opening"),
                                          "late": ("late", "later", "latter", "last", "final", "closing")}

# words for the whole of a unit: "all year", "the whole of 2024", "the entire week"
WHOLE: tuple[str, ...] = ("all", "whole", "entire", "full")

# one-word middles of the current unit: "midweek" is "mid-week"
MID_UNITS: dict[str, tuple[str, ...]] = {"week": ("midweek",), "month": ("midmonth",), "year": ("midyear",)}

# the current unit up to the reference day, abbreviated ("revenue YTD")
TO_DATE: dict[str, tuple[str, ...]] = {"year": ("ytd",), "month": ("mtd",), "quarter": ("qtd",)}

SEASONS: dict[str, tuple[str, ...]] = {"SP": ("spring",), "SU": ("summer",), "FA": ("autumn", "fall"),
                                       "WI": ("winter",)}
SEASON_NAMES: dict[str, str] = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

# the half of a year or month a word names before "half": "the back half of 2025" is its second half
HALVES: dict[int, tuple[str, ...]] = {1: ("front",), 2: ("back", "latter")}

# part of day -> (start hour, end hour (may be 24), TIMEX3 code); an hour below 0 is on the day before
PARTS_OF_DAY: dict[str, tuple[int, int, str]] = {
    "morning": (0, 12, "MO"),
    "afternoon": (12, 19, "AF"),
    "evening": (18, 24, "EV"),
    "night": (18, 24, "NI"),
    "lunch": (12, 14, "MI"),
    "lunchtime": (12, 14, "MI"),
    "noon": (12, 13, "MI"),
    "midday": (12, 13, "MI"),
    # the night that ends on the morning of its day: "overnight" in a Thursday story is Wed 18:00-Thu 06:00
    "overnight": (-6, 6, "NI"),
    # twilight, the hours around sunrise and sunset the year round (news says "at dawn", "before dusk")
    "dawn": (5, 7, "MO"), "daybreak": (5, 7, "MO"), "sunrise": (5, 7, "MO"),
    "dusk": (17, 20, "EV"), "sunset": (17, 20, "EV"), "nightfall": (17, 20, "EV"),
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

DECADES: dict[int, tuple[str, ...]] = {
    1920: ("twenties",), 1930: ("thirties",), 1940: ("forties",), 1950: ("fifties",), 1960: ("sixties",),
    1970: ("seventies",), 1980: ("eighties",), 1990: ("nineties",), 2000: ("noughties", "aughts"),
}

# Words that tie parts together and carry no meaning of their own.
GLUE = ("at", "on", "in", "the", "of", "for", "during", "@", ",", "around", "about", "approximately",
        "approx", "circa", "ca", "roughly", "sometime", "some", "time", "day", "date", "than", "o'clock",
        "exactly", "precisely", "local")

# The one table of vague words: the documented windows (docs/conventions.md, section 13).
WINDOWS: dict[str, VagueWindow] = {w.kind: w for w in (
    VagueWindow("recent", -30, 0, "PAST_REF", "the 30 days before the reference"),
    VagueWindow("recent_days", -7, 0, "PAST_REF", "the 7 days before the reference"),
    VagueWindow("recent_weeks", -42, 0, "PAST_REF", "the 6 weeks before the reference"),
    VagueWindow("recent_months", -182, 0, "PAST_REF", "the 6 months before the reference"),
    VagueWindow("recent_years", -1826, 0, "PAST_REF", "the 5 years before the reference"),
    VagueWindow("past", -3652, 0, "PAST_REF", "the 10 years before the reference"),
    VagueWindow("soon", 1, 31, "FUTURE_REF", "the 30 days after the reference"),
    VagueWindow("coming_days", 1, 8, "FUTURE_REF", "the 7 days after the reference"),
    VagueWindow("coming_weeks", 1, 43, "FUTURE_REF", "the 6 weeks after the reference"),
    VagueWindow("coming_months", 1, 183, "FUTURE_REF", "the 6 months after the reference"),
    VagueWindow("coming_years", 1, 1827, "FUTURE_REF", "the 5 years after the reference"),
    VagueWindow("future", 1, 3653, "FUTURE_REF", "the 10 years after the reference"),
    VagueWindow("present", 0, 1, "PRESENT_REF", "the reference day"),
)}

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("recently", "lately", "of late", "just"),
    "recent_days": ("in recent days", "recent days", "the past few days", "the last few days",
                    "past few days", "last few days", "days ago"),
    "recent_weeks": ("in recent weeks", "recent weeks", "the past few weeks", "the last few weeks",
                     "past few weeks", "last few weeks", "weeks ago"),
    "recent_months": ("in recent months", "recent months", "the past few months", "the last few months",
                      "past few months", "last few months", "months ago"),
    "recent_years": ("in recent years", "recent years", "the past few years", "the last few years",
                     "past few years", "last few years", "years ago"),
    "soon": ("soon", "shortly", "in short order", "in very short order", "short order", "very short order",
             "very soon", "before long",
             "imminently", "in the immediate future", "the immediate future"),
    "coming_days": ("in the coming days", "the coming days", "in the next few days", "the next few days",
                    "in the days ahead", "the days ahead", "over the coming days", "in the days to come",
                    "the days to come", "within days", "in a matter of days", "a matter of days"),
    "coming_weeks": ("in the coming weeks", "the coming weeks", "in the next few weeks", "the next few weeks",
                     "in the weeks ahead", "the weeks ahead", "over the coming weeks", "in the weeks to come",
                     "the weeks to come", "within weeks", "in a matter of weeks", "a matter of weeks"),
    "coming_months": ("in the coming months", "the coming months", "in the next few months",
                      "in the months ahead", "the months ahead", "over the coming months", "in the months to come",
                      "the months to come", "within months", "in a matter of months", "a matter of months",
                      "in the near future",
                      "the near future", "in the foreseeable future", "the foreseeable future",
                      "in the near term", "the near term", "in the short term", "the short term"),
    "coming_years": ("in the coming years", "the coming years", "in the years ahead", "the years ahead",
                     "in the next few years", "over the coming years", "in the years to come", "the years to come",
                     "within years"),
    "future": ("in the future", "in future", "the future", "in the long term", "the long term",
               "in the distant future", "the distant future"),
    "past": ("in the past", "previously", "formerly", "once"),
    "present": ("currently", "at present", "nowadays", "these days", "presently"),
}


def _entries() -> list[tuple[str, Meaning]]:
    entries = build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, ordinal_tens=ORDINAL_TENS,
        units=UNITS, relatives={(n, "before"): ss for n, ss in RELATIVES.items()}, day_words=DAY_WORDS,
        markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS, seasons=SEASONS,
        parts_of_day={s: (s, *v) for s, v in PARTS_OF_DAY.items()}, zones=ZONES, decades=DECADES,
        vague=VAGUE, windows=WINDOWS, glue=GLUE)
    return entries + [(s, DayWord(0, "night")) for s in TONIGHT]


# English needs no morphology beyond the shared normalization: plurals are listed in the
# tables (a blind "-s" rule would read "mars" as "mar", March), and the tokenizer drops
# possessives ("Wednesday's", "weeks'").
LEXICON: Lexicon = Lexicon(LANGUAGE, _entries(), name="English")  # typed: mypyc reads this module in a cycle

# Frequent words of English prose that are not date words: what the language detector
# (lexicons/detect.py) counts; no letter is English's alone among the Latin-script languages.
FUNCTION_WORDS = ("the", "and", "of", "to", "is", "was", "that", "with", "for", "he", "she", "they", "it", "his",
                  "her", "their", "has", "have", "had", "were", "are", "be", "been", "will", "would", "said",
                  "which", "who", "not", "but", "this", "from", "an", "its", "after", "also", "than", "there")
LETTERS = ""


# What extract reads in English prose beside the date words (timeline/lexicons/extract_words.py). English
# tense cues are read by the richer rules of timeline/extraction/tense.py ("has been", "is set to",
# "-ed" participles after "be"); the lists here serve the stages every language shares and the
# language-neutral reader a language without rules of its own gets.
EXTRACT = ExtractWords(
    past=frozenset({"was", "were", "did", "had", "said", "told", "met", "took", "made", "came", "went", "saw",
                    "gave", "got", "began", "fell", "rose", "lost", "won", "held", "left", "spoke", "wrote", "sent",
                    "brought", "bought", "sold", "paid", "led", "ran", "became", "grew", "knew", "thought",
                    "found", "felt", "kept", "stood", "struck", "chose", "drove", "flew", "broke", "spent",
                    "built"}),
    past_endings=("ed",),
    compound_past=frozenset({"has", "have", "had"}),
    participle_endings=("ed", "en"),
    future=frozenset({"will", "shall", "wont", "going"}),
    not_tense=frozenset({"need", "speed", "feed", "seed", "bed", "red", "shed", "breed", "proceed", "exceed",
                         "succeed", "indeed", "embed", "hundred", "united", "based", "proposed", "expected",
                         "scheduled", "planned", "slated", "supposed", "concerned", "limited", "related", "armed"}),
    speech=frozenset({"said", "told", "added", "stated", "declared", "wrote", "insisted", "announced", "warned",
                      "noted", "explained", "asked", "replied", "argued", "claimed"}),
    quotes=(("\u201c", "\u201d"), ('"', '"')),
    published=("published", "updated", "posted", "first published", "last updated", "last modified", "modified",
               "date"),
    abbreviations=frozenset({"mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "jr", "sr",
                             "inc", "corp", "co", "ltd", "vs", "etc", "no"}),
    articles=frozenset({"the", "a", "an"}),
    prepositions=frozenset({"on", "in", "at", "by", "since", "from", "during", "over", "until", "of", "for",
                            "after", "before"}),
    clause_breaks=frozenset({"and", "but", "while", "which", "who", "because", "although", "though", "when",
                             "where", "as", "amid"}),
)
