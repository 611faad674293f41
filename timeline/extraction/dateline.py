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
_YEAR_IN_TEXT = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def find_reference(text: str) -> date | None:
    """The publication date the text gives, or ``None``.

    Reads a "Published 6 March 2025" / "Updated March 6, 2025" / "Fri 7 Mar
    2025 18.30 GMT" line, or a wire dateline ("WASHINGTON, March 4 (Reuters) -")
    in the first lines. A dateline without a year takes it from a
    "(c) 2025"/"2025" line of the text only when exactly one recent year is
    written near it; otherwise the dateline is not used.
    """
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
            years = {int(y) for y in _YEAR_IN_TEXT.findall(text)}
            years = {y for y in years if y >= 2000}
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

