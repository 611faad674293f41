"""Field values of events files: text, references, zones, durations, ISO bounds.

Each parser either returns the value or raises an error whose message quotes
the bad value at most :data:`ECHO_LIMIT` characters long (a 48 MB expression is
never echoed whole) and says what to write instead. No message carries an
internal exception name or a CPython message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from timeline import lexicon as lx
from timeline.errors import OutOfRangeError, SchemaError

ECHO_LIMIT = 80
# Digits a number may have before it is refused outright: every date field fits in far fewer
# (a year has 4), and Python's own int-string limit (4,300 digits) is never reached.
MAX_DIGITS = 20


def quote(value: str, limit: int = ECHO_LIMIT) -> str:
    """*value* quoted for a message (``repr``), cut to about *limit* characters with an ellipsis."""
    if len(value) > limit:
        value = value[:limit - 1] + "…"
    return repr(value)


def replace_quoted(message: str, value: str) -> str:
    """*message* with every full quotation of *value* replaced by :func:`quote` of it."""
    full = repr(value)
    if len(full) <= ECHO_LIMIT + 2 or full not in message:
        return message
    return message.replace(full, quote(value))


def duplicate_key_message(key: str, first_line: int, language: str) -> str:
    """The message for a key written twice in one mapping (YAML, JSON)."""
    return f"duplicate key {quote(key)} (first at line {first_line}); {language} would silently keep only the last"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Drop control characters that no event text should carry."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


def lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in *text* (text no output can encode), or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def parse_iso(raw: str, field: str) -> date | datetime:
    """A normalized record's ``start`` or ``end``: an ISO date, or a datetime with or without offset."""
    text = raw.strip()
    try:
        if "T" in text or " " in text:
            return datetime.fromisoformat(text)
        return date.fromisoformat(text)
    except ValueError:
        raise SchemaError(f"'{field}' must be an ISO date or datetime such as 2025-03-06 or "
                          f"2025-03-06T10:00:00+01:00, not {quote(raw)}") from None


def check_timezone(name: str) -> str | None:
    """None if *name* is an IANA zone, else a message with the nearest known names (the name cut
    at about 80 characters)."""
    from timeline.reference import check_timezone as check

    if len(name) > 200 or "\x00" in name:  # no zone is named so (and the OS refuses such a file name)
        return f"unknown time zone {quote(name)} (use an IANA name such as Europe/London)"
    try:
        problem = check(name)
    except OSError:  # a name the zone database cannot even look up as a file
        return f"unknown time zone {quote(name)} (use an IANA name such as Europe/London)"
    return None if problem is None else replace_quoted(problem, name)


_ISO_DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_DURATION = re.compile(r"^\s*(\d+(?:[.,]\d+)?|[^\W\d_]+)[\s-]*([^\W\d_]+)\s*$")



def _word_readers(language: str) -> tuple[Callable[[str], int | None], Callable[[str], str | None]]:
    """A language's number words and unit words, every form its morphology reads included."""
    from timeline.lexicons import Number, Unit, get_lexicon

    lexicon = get_lexicon(language)

    def number(word: str) -> int | None:
        return next((m.value for m in lexicon.lookup(word) if isinstance(m, Number)), None)

    def unit(word: str) -> str | None:
        return next((m.name for m in lexicon.lookup(word) if isinstance(m, Unit)), None)

    return number, unit
# Longer than any span between two dates the calendar holds (year 1 to 9999).
_LONGEST = timedelta(days=366 * 10_000)


def parse_duration(raw: str, language: str = "en") -> timedelta:
    """'2 days', 'two days', 'a week', '90 minutes', '1.5 hours', 'P2D' -> timedelta; in another
    *language* its own words ('2 дні', 'три години', 'deux jours').

    Raises ValueError for text that is not a duration, and OutOfRangeError for
    one longer than the calendar (``100000000000 days``, ``P99999999999999999999W``).
    """
    text = raw.strip()
    if len(text) > 200:
        raise ValueError(f"cannot read the duration {quote(raw)}; write it like '2 days', '90 minutes' or 'P2D'")
    m = _ISO_DURATION.match(text.upper())
    if m and any(m.groups()):
        if any(g and len(g) > MAX_DIGITS for g in m.groups()):
            raise OutOfRangeError(f"the duration {quote(raw)} is longer than the calendar (years 1 to 9999)")
        w, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        seconds = (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s
        return _bounded(seconds, raw)
    value_of: Callable[[str], int | None] = lx.NUMBER_WORDS.get
    unit_of: Callable[[str], str | None] = lx.UNITS.get
    if language != "en":
        from timeline.lexicons import normalize_word

        value_of, unit_of = _word_readers(language)
        text = " ".join(normalize_word(w) for w in text.split())
    m = _DURATION.match(text.lower())
    if m:
        number, unit_word = m.groups()
        if number[0].isdigit():
            value = float(number.replace(",", ".")) if len(number) <= MAX_DIGITS else float("inf")
        else:
            got = value_of(number)
            value = float(got) if got is not None else -1
        unit = unit_of(unit_word)
        unit_seconds = lx.UNIT_FACTS[unit].seconds if unit is not None else None
        if value > 0 and unit_seconds:
            return _bounded(value * unit_seconds, raw)
    raise ValueError(f"cannot read the duration {quote(raw)}; write it like '2 days', '90 minutes' or 'P2D'")


def _bounded(seconds: float, raw: str) -> timedelta:
    if not seconds < _LONGEST.total_seconds():
        raise OutOfRangeError(f"the duration {quote(raw)} is longer than the calendar (years 1 to 9999)")
    return timedelta(seconds=seconds)
