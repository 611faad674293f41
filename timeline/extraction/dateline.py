"""The reference from the text: "Published ..." lines and wire datelines."""

from __future__ import annotations

import re
from datetime import date

from timeline.extraction.text import blank_markup
from timeline.extraction.vocabulary import vocabulary


def _names(table: dict[str, int]) -> str:
    """A regex alternation of the lexicon's surfaces, longest first ("september|sept|sep")."""
    return "|".join(sorted(table, key=len, reverse=True))


_MONTH = _names(vocabulary().months)
_WEEKDAY = _names(vocabulary().weekdays)
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .,'\u2019-]{1,60}?,?\s*(?:[A-Z][a-z]+\.?,?\s+)?"
    r"(?P<month>(?i:" + _MONTH + r"))\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>\d{4}))?\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014:]", re.MULTILINE)
_CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?"
# "Published 6 March 2025", "Updated 9:41 AM GMT, Thu March 6, 2025", "Last modified: 2025-03-06 10:00",
# "By Jane Smith, March 6, 2025": a line that dates the article (the time, before or after, is optional)
PUBLISHED = re.compile(
    r"^[ \t#*_>|]*(?:(?:(?:Published|Updated|Posted|First published|Last updated|Last modified|Modified|Date)\b:?"
    r"|By [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\s*[,|])\s*(?:on\s+)?)?"
    r"(?:" + _CLOCK + r"\s*,?\s+)?"
    r"(?:(?:" + _WEEKDAY + r")\.?,?\s+)?"
    r"(?P<date>\d{1,2}\s+(?:" + _MONTH + r")\.?,?\s+\d{4}"
    r"|(?:" + _MONTH + r")\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?P<time>,?\s+(?:at\s+)?" + _CLOCK + r")?[ \t*_|]*$",
    re.MULTILINE | re.IGNORECASE)
# The year of a dateline that has none ("LONDON, March 6 (Reuters) -"): first a line that dates the text
# itself ("(c) 2025", "© 2025 Reuters", "Copyright 2025", a line holding just "2025"); else the one year
# the story mentions, leaving out the deadlines it speaks of ("by 2030", "d'ici 2030", "до 2030 року"):
# a year after a by/until/before word of the language's lexicon says nothing of when it was written.
_DATING_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(19[5-9]\d|20\d\d)\b|^[ \t]*(19[5-9]\d|20\d\d)[ \t]*$",
                          re.IGNORECASE | re.MULTILINE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019]*)\W*$")
_DEADLINES = frozenset({"by", "until", "before"})


def _text_years(text: str, language: str = "en") -> set[int]:
    """The year or years that may date *text* (see ``_DATING_YEAR``); one of them is trusted."""
    dating = {int(a or b) for a, b in _DATING_YEAR.findall(text)}
    if dating:
        return dating
    from timeline.lexicons import Qualifier, get_lexicon, normalize_word

    lexicon = get_lexicon(language)
    years = set()
    for m in _YEAR.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and any(isinstance(meaning, Qualifier) and meaning.kind in _DEADLINES
                                      for meaning in lexicon.lookup(normalize_word(before.group(1)))):
            continue
        years.add(int(m.group(1)))
    return years


def find_reference(text: str, language: str = "en") -> date | None:
    """The publication date the text gives, or ``None``.

    In a language other than English the shapes are the language-neutral ones
    of :func:`find_reference_in` (month names from the language's lexicon,
    publication words from its ``ExtractWords``).

    Reads a "Published 6 March 2025" / "Updated March 6, 2025" / "Fri 7 Mar
    2025 18.30 GMT" line, or a wire dateline ("WASHINGTON, March 4 (Reuters) -")
    in the first lines. A dateline without a year takes it from a line that
    dates the text ("(c) 2025", "© 2025 Reuters", a line holding only "2025"),
    else from the one year the story mentions, deadlines left out ("by 2030"
    says nothing of when it was written); otherwise the dateline is not used.
    """
    if language != "en":
        return find_reference_in(text, language)
    head = blank_markup(text[:4000])
    for m in PUBLISHED.finditer(head):
        raw = m.group("date")
        d = _parse_plain_date(raw)
        if d is not None:
            return d
    dl = _DATELINE.search(head)
    if dl:
        month = vocabulary().months[dl.group("month").lower()]
        day = int(dl.group("day"))
        year = int(dl.group("year")) if dl.group("year") else None
        if year is None:
            years = _text_years(text, language)
            if len(years) == 1:
                year = years.pop()
        if year is not None:
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def _parse_plain_date(raw: str) -> date | None:
    raw = raw.strip().rstrip(",")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return None
    parts = re.findall(r"[A-Za-z]+|\d+", raw)
    nums = [int(p) for p in parts if p.isdigit()]
    months = vocabulary().months
    mon = [months[p.lower()] for p in parts if not p.isdigit() and p.lower() in months]
    if len(nums) != 2 or len(mon) != 1:
        return None
    day, year = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
    try:
        return date(year, mon[0], day)
    except ValueError:
        return None


DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .,'\u2019-]{1,60}?,?\s*(?:[A-Z][a-z]+\.,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:,?\s+\d{4})?)?\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014]\s+")

def strip_dateline(sentence: str) -> str:
    m = DATELINE_HEAD.match(sentence)
    return (sentence[m.end():] if m and m.end() < len(sentence) else sentence).strip()



# Any language: "КИЇВ, 6 березня —", "PARIS, 6 mars (Reuters) -", "BERLIN (dpa) -", "MADRID, 6 mar (EFE) -",
# "МОСКВА, 6 марта 2025 г. —". The city is checked to be in capitals in code (any script).
_ANY_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[^\W\d_](?:[^\W\d_]|[ .'\u2019\u02bc/-]){1,40}?)"
    r"(?:\s*,\s*(?P<date>[^\n()\u2014\u2013-]{3,40}?))?\s*(?:\((?P<agency>[^()\n]{1,40})\)\s*)?"
    r"\.?[-\u2013\u2014:]\s", re.MULTILINE)  # EFE writes "MADRID, 6 mar (EFE).- "
_NUMERIC_DATE = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _day_month_year(raw: str, language: str) -> tuple[int, int, int | None] | None:
    """Day, month and year (or None) of "6 березня 2025 року", "6 mars", "March 6, 2025", "06.03.2025"."""
    from timeline.lexicons import Month, get_lexicon, normalize_word

    iso = _ISO_DATE.search(raw)
    if iso:
        try:
            d = date.fromisoformat(iso.group(1))
        except ValueError:
            return None
        return d.day, d.month, d.year
    numeric = _NUMERIC_DATE.search(raw)
    if numeric:
        return int(numeric.group("d")), int(numeric.group("m")), int(numeric.group("y"))
    lexicon = get_lexicon(language)
    days: list[int] = []
    years: list[int] = []
    months: list[int] = []
    for part in _PARTS.findall(raw):
        if part.isdigit():
            (years if len(part) == 4 else days).append(int(part))
            if len(part) == 4 and months:
                break  # the date ends with its year: "6 mars 2025 à 18h45", "6 березня 2025 року о 10:00"
            continue
        month = next((m.n for m in lexicon.lookup(normalize_word(part)) if isinstance(m, Month)), None)
        if month is not None:
            months.append(month)
    if len(months) != 1 or len(days) != 1 or len(years) > 1 or not 1 <= days[0] <= 31:
        return None
    return days[0], months[0], years[0] if years else None


def _date_of(parts: tuple[int, int, int | None], text: str, language: str) -> date | None:
    day, month, year = parts
    if year is None:
        years = _text_years(text, language)
        if len(years) != 1:
            return None
        year = years.pop()
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_reference_in(text: str, language: str) -> date | None:
    """The publication date of *text* in *language*: a publication line, else a wire dateline, else ``None``.

    A publication line starts with one of the language's ``published`` words
    ("Опубліковано 6 березня 2025", "Publié le 06/03/2025 à 10h"); a dateline
    is a city in capitals, a date, an optional agency in brackets and a dash
    ("КИЇВ, 6 березня —"). A date without a year takes its year from a line that
    dates the text ("© 2025"), as in English.
    """
    from timeline.lexicons.extract_words import extract_words

    head = blank_markup(text[:4000])
    words = extract_words(language).published
    if words:
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        published = re.compile(r"^[ \t#*_>|]*(?:" + alternation + r")\b\s*:?\s*(?P<rest>[^\n]{4,80})$",
                               re.MULTILINE | re.IGNORECASE)
        for m in published.finditer(head):
            parts = _day_month_year(m.group("rest"), language)
            if parts is not None and parts[2] is not None:
                return _date_of(parts, text, language)
    for m in _ANY_DATELINE.finditer(head):
        if not m.group("city").isupper() or not m.group("date"):
            continue
        parts = _day_month_year(m.group("date"), language)
        if parts is not None:
            return _date_of(parts, text, language)
    return None


def dateline_end(sentence: str, language: str = "en") -> int:
    """Where the dateline at the start of *sentence* ends ("КИЇВ, 6 березня — "), or 0 without one."""
    if language == "en":
        m = DATELINE_HEAD.match(sentence)
        return m.end() if m else 0
    m = _ANY_DATELINE.match(sentence)
    if m is None or not m.group("city").isupper() or len(m.group("city")) < 2:
        return 0
    return m.end()
