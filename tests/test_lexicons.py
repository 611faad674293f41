"""The lexicons: words as typed data, the multi-word trie, morphology and the registry."""

from __future__ import annotations

import pytest

from timeline import lexicon as compat
from timeline.errors import UsageError
from timeline.lexicons import (
    LANGUAGES,
    UNITS,
    DayWord,
    Decade,
    Glue,
    Hedge,
    Marker,
    Meaning,
    Month,
    Number,
    Ordinal,
    PartOfDay,
    PeriodPart,
    Qualifier,
    Relative,
    Season,
    Unit,
    Vague,
    Weekday,
    WordClass,
    Zone,
    fold_diacritics,
    get_lexicon,
    normalize_text,
    normalize_word,
)

LOOKUPS: list[tuple[str, str, Meaning]] = [
    ("en", "thursday", Weekday(3)),
    ("en", "thurs", Weekday(3)),
    ("en", "sundays", Weekday(6)),
    ("en", "sept", Month(9)),
    ("en", "may", Month(5)),
    ("en", "fortnight", Unit("fortnight")),
    ("en", "yrs", Unit("year")),
    ("en", "wkend", Unit("weekend")),
    ("en", "a", Number(1)),
    ("en", "dozen", Number(12)),
    ("en", "nineteen", Number(19)),
    ("en", "twelfth", Ordinal(12)),
    ("en", "twenty", Ordinal(20, tens=True)),
    ("en", "previous", Relative(-1)),
    ("en", "upcoming", Relative(1)),
    ("en", "current", Relative(0)),
    ("en", "yesterday", DayWord(-1)),
    ("en", "tonight", DayWord(0, "night")),
    ("en", "ago", Marker(-1, "after")),
    ("en", "hence", Marker(1, "after")),
    ("en", "in", Marker(1, "before")),
    ("en", "in", Glue()),
    ("en", "till", Qualifier("until")),
    ("en", "circa", Hedge()),
    ("en", "beginning", PeriodPart("begin")),
    ("en", "fall", Season("FA")),
    ("en", "evening", PartOfDay("evening", 18, 24, "EV")),
    ("en", "cest", Zone(120)),
    ("en", "et", Zone("America/New_York")),
    ("en", "nineties", Decade(1990)),
    ("en", "oclock", Glue()),
    ("fr", "jeudi", Weekday(3)),
    ("fr", "août", Month(8)),
    ("fr", "aout", Month(8)),            # folded diacritics
    ("fr", "semaines", Unit("week")),
    ("fr", "mois", Unit("month")),
    ("fr", "dernière", Relative(-1, "either")),   # before or after its noun
    ("fr", "derniere", Relative(-1, "either")),
    ("fr", "dernieres", Relative(-1, "either")),   # plural, unaccented: morphology then folding
    ("fr", "prochain", Relative(1, "either")),
    ("fr", "hier", DayWord(-1)),
    ("fr", "aujourdhui", DayWord(0)),
    ("fr", "lannée", Unit("year")),       # elided article read off
    ("fr", "davril", Month(4)),
    ("fr", "trois", Number(3)),
    ("fr", "dans", Marker(1, "before")),
]


@pytest.mark.parametrize(("language", "word", "meaning"), LOOKUPS)
def test_lookup(language: str, word: str, meaning: Meaning) -> None:
    assert meaning in get_lexicon(language).lookup(word)


@pytest.mark.parametrize(("language", "word"), [
    ("en", "mars"),      # not "mar" + s: English has no blind plural rule
    ("en", "thursdy"),
    ("en", "jeudi"),
    ("fr", "thursday"),
    ("fr", "undi"),
])
def test_unknown_words(language: str, word: str) -> None:
    lexicon = get_lexicon(language)
    assert lexicon.lookup(word) == ()
    assert lexicon.classes(word) == frozenset()


MULTIWORD = [
    ("en", "the day after tomorrow at noon", "the day after tomorrow", DayWord(2), 4),
    ("en", "day before yesterday", "day before yesterday", DayWord(-2), 3),
    ("en", "in the coming weeks", "in the coming weeks", None, 4),
    ("en", "from now on", "from now", Marker(1, "after"), 2),
    ("en", "in recent days", "in recent days", None, 3),
    ("fr", "il y a 3 jours", "il y a", Marker(-1, "before"), 3),
    ("fr", "avant hier", "avant hier", DayWord(-2), 2),
    ("fr", "dans les jours a venir", "dans les jours à venir", None, 5),   # unaccented inside an entry
    ("fr", "ces derniers temps", "ces derniers temps", None, 3),
]


@pytest.mark.parametrize(("language", "text", "surface", "meaning", "end"), MULTIWORD)
def test_longest_match(language: str, text: str, surface: str, meaning: Meaning | None, end: int) -> None:
    words = [normalize_word(w) for w in text.split()]
    found = get_lexicon(language).longest(words, 0)
    assert found is not None
    assert (found.surface, found.start, found.end) == (" ".join(map(normalize_word, surface.split())), 0, end)
    if meaning is not None:
        assert meaning in found.meanings
    else:
        assert any(isinstance(m, Vague) for m in found.meanings)


def test_longest_match_none_and_offset() -> None:
    en = get_lexicon("en")
    assert en.longest(["zebra", "day"], 0) is None
    found = en.longest(["on", "the", "day", "after", "tomorrow"], 1)
    assert found is not None and (found.start, found.end) == (1, 5)


def test_word_classes_for_scanners() -> None:
    en = get_lexicon("en")
    assert en.classes("march") == {WordClass.MONTH}
    assert en.classes("later") == {WordClass.MARKER, WordClass.PERIOD_PART}
    assert WordClass.UNIT in en.classes("second") and WordClass.ORDINAL in en.classes("second")
    assert en.starts_entry("coming") and en.starts_entry("recent") and not en.starts_entry("zebra")
    assert set(en.meanings_of(WordClass.WEEKDAY)) >= {"monday", "mon", "sundays"}


def test_vague_words_carry_their_windows() -> None:
    en = get_lexicon("en")
    (recent,) = en.lookup("recently")
    assert isinstance(recent, Vague)
    assert (recent.window.before, recent.window.after, recent.window.value) == (-30, 0, "PAST_REF")
    near = en.longest(["in", "the", "near", "future"], 0)
    assert near is not None and isinstance(near.meanings[0], Vague)
    assert near.meanings[0].window.kind == "coming_months"
    # French reuses the English windows: "récemment" means what "recently" means
    (fr_recent,) = get_lexicon("fr").lookup("récemment")
    assert fr_recent == recent


def test_one_unit_table() -> None:
    assert UNITS["week"].seconds == 7 * 86400 and UNITS["quarter"].months == 3
    for lexicon in map(get_lexicon, LANGUAGES):
        for meanings in lexicon.entries.values():
            for m in meanings:
                if isinstance(m, Unit):
                    assert m.name in UNITS, (lexicon.language, m)


@pytest.mark.parametrize(("raw", "normalized"), [
    ("П’ятниця", "п'ятниця"),
    ("пʼятниця", "п'ятниця"),
    ("3–5 March", "3-5 march"),
    ("Aujourd’hui", "aujourd'hui"),
    ("O`Clock", "o'clock"),  # ASCII text: the backquote is the one ASCII character folded
    ("Last WEEK's 3-5 March", "last week's 3-5 march"),
    ("", ""),
])
def test_normalize_text(raw: str, normalized: str) -> None:
    assert normalize_text(raw) == normalized


def test_normalize_text_folds_ascii_text_as_the_tables_do() -> None:
    """ASCII text takes a shorter path (start-up: every lexicon entry is normalized at import)."""
    from timeline.lexicons.schema import _APOSTROPHES, _DASHES

    for code in range(128):
        text = f"A{chr(code)}b"
        assert normalize_text(text) == text.translate(_APOSTROPHES).translate(_DASHES).lower()


@pytest.mark.parametrize(("raw", "folded"), [
    ("dernière", "derniere"), ("nächste", "nachste"), ("vendredi", "vendredi"), ("київ", "київ"),
    ("її", "її"), ("й", "й"),
])
def test_fold_diacritics_keeps_cyrillic_letters(raw: str, folded: str) -> None:
    assert fold_diacritics(raw) == folded


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no lexicon for language 'xx'"):
        get_lexicon("xx")


def test_compat_tables_come_from_the_lexicon() -> None:
    en = get_lexicon("en")
    assert compat.WEEKDAYS["thu"] == 3 and compat.MONTHS["sept"] == 9
    assert compat.UNITS["fortnights"] == "fortnight" and compat.RELATIVE["prior"] == -1
    assert compat.VAGUE["in the coming weeks"] == "coming_weeks"
    assert set(compat.WEEKDAYS) == {k for k, v in en.entries.items() for m in v if isinstance(m, Weekday)}
    assert compat.VAGUE_WINDOWS["soon"].after == 31
