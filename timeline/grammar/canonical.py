"""Other languages: their words, read through their lexicon, as the canonical words the grammar reads.

Two passes. :func:`_read` looks every word up in the language's :class:`_Table`
(its lexicon compiled once: word -> meanings and what the speller needs of them,
diacritic-free spellings included, inflected forms compiled on first use through
the morphology), giving one :class:`_Item` per entry; only a word that may open a
multi-word entry followed by a word that goes on one, or a holiday name, takes
the general path (the holiday name first, else the longest lexicon entry).
:class:`_Speller` then writes each item as the canonical words of its meaning: a
word written the same wherever it stands (a weekday, a month, a season) from the
table, the others by the rules below, choosing among a word's meanings by its
neighbours and bringing the language's word order to the canonical one. The
rules match on meanings and positions, never on a language's spelling, so every
language gets them:

- a relative word after its noun moves before it ("la semaine dernière");
  one that moves two units ("позаминулого тижня") becomes "the week before last";
- a past marker before the quantity ("il y a 3 jours") moves after its unit;
  a unit with a marker and no number counts one ("через тиждень", "неделю назад");
- a clock number after a preposition is a time ("о 3", "в 15:00", "о 10.10");
  a number followed by the hour word, with no marker, is o'clock ("15 годин",
  "в 3 часа"; "17ч10" is 17h10), and the hour word after "18:30" is dropped;
- the year word after a year is dropped ("2024 року", "2024 г.");
- a word that is both a unit and a part of the day is the part of the day
  right after a clock time ("о 3 годині дня"); one that is both a marker and
  a part of a period is the marker after a quantity ("три дні раніше",
  "раніше цього тижня"); a marker written on either side takes the side it
  stands on ("спустя 3 дня", "3 дня спустя");
- a word that means a relative word and a unit ("торік"), or a number and a
  unit ("півроку"), is spelled as both;
- tens and units written as two number words are one number ("двадцять
  четвертого": the 24th), and a figure with a hyphenated ending is the
  figure ("18-го");
- minutes said after an hour, however the language says them (its
  :class:`ClockMinutes` words "et quart", "moins cinq"; a ``clock_signs`` word
  and a fraction or a number, "y cuarto", "e un quarto"; glue and a number,
  "três e quinze"; a number after the hour word, "quinze heures trente") are
  one rule, :meth:`_Speller.minutes_said`: "3:15" where the language says its
  hours on the 24-hour clock, and for noon, midnight or an hour past 12; else
  "15 minutes past 3", read by prefer as any hour said;
- "since X ... until Y" is a range "from X to Y", and so is a bound between
  two dates or times ("13 a 15 de julio", "Montag bis Mittwoch"); "until"
  right after a quantity is "before" ("за три дні до Великодня");
- a month right after an ordinal or "last" and its unit or weekday is what
  they count in ("перша середа жовтня": the first Wednesday of October).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import get_close_matches
from typing import NamedTuple

from timeline import lexicon as lx
from timeline.errors import ExpressionError, ExpressionSyntaxError, UnknownWordError
from timeline.grammar.tokens import Token
from timeline.grammar.words import _SPECULATIVE_FAILURE
from timeline.lexicons.morphology import script_of, to_cyrillic
from timeline.lexicons.schema import (
    ClockMinutes,
    DayWord,
    Decade,
    Glue,
    Hedge,
    Lexicon,
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
    normalize_word,
)


def _canonical_words(meaning: Meaning) -> tuple[str, ...]:
    """The canonical spelling of a meaning: the words the grammar reads for it."""
    if isinstance(meaning, Weekday):
        return (lx.WEEKDAY_NAMES[meaning.n].lower(),)
    if isinstance(meaning, Month):
        return (lx.MONTH_NAMES[meaning.n].lower(),)
    if isinstance(meaning, Unit):
        return (meaning.name,)
    if isinstance(meaning, Ordinal):
        return (_ORDINAL_SPELLING.get(meaning.n, str(meaning.n)),)
    if isinstance(meaning, Relative):
        return (("last", "this", "next")[meaning.shift + 1],) if -1 <= meaning.shift <= 1 else ()
    if isinstance(meaning, DayWord):
        if meaning.part_of_day is not None and meaning.shift == 0:
            return _DAY_PART_SPELLING.get(meaning.part_of_day, ("today", meaning.part_of_day))
        # a day word that names a part of the day too ("domattina", "iersera") is both: "tomorrow morning"
        day = _DAY_WORD_SPELLING.get(meaning.shift, ())
        return day + (meaning.part_of_day,) if day and meaning.part_of_day else day
    if isinstance(meaning, Qualifier):
        return (meaning.kind,)
    if isinstance(meaning, Hedge):
        return ("around",)
    if isinstance(meaning, PeriodPart):
        return _PART_SPELLING.get(meaning.kind, ())
    if isinstance(meaning, Season):
        return (lx.SEASON_NAMES[meaning.code],)
    if isinstance(meaning, PartOfDay):
        return tuple(meaning.name.split())  # "after work"
    if isinstance(meaning, Vague):
        return tuple(_VAGUE_SPELLING[meaning.window.kind].split())
    if isinstance(meaning, Zone):
        # a zone without an English word: its IANA name as one token (grammar/families/zones.zone_name)
        return _ZONE_SPELLING.get(meaning.zone, (str(meaning.zone).lower(),))
    if isinstance(meaning, Decade):
        return ("the", _DECADE_SPELLING[meaning.start]) if meaning.start in _DECADE_SPELLING else \
            (str(meaning.start), "s")
    return ()


_ORDINAL_SPELLING = {n: w for w, n in lx.ORDINAL_WORDS.items()}

_DAY_WORD_SPELLING = {-2: ("the", "day", "before", "yesterday"), -1: ("yesterday",), 0: ("today",),
                      1: ("tomorrow",), 2: ("the", "day", "after", "tomorrow")}

# today at a part of the day in one word ("tonight"), and the present moment ("now", "jetzt")
_DAY_PART_SPELLING = {"night": ("tonight",), "now": ("now",)}

_PART_SPELLING = {"early": ("early",), "mid": ("mid",), "late": ("late",), "begin": ("the", "beginning", "of"),
                  "end": ("the", "end", "of"), "rest": ("the", "rest", "of"), "earlier": ("earlier",),
                  "later": ("later",), "half": ("half",)}

# the beginning, middle or end of a part of the day: early, mid, late ("en fin de soirée": late evening)
_DAYPART_MODIFIER = {"begin": ("early",), "mid": ("mid",), "end": ("late",)}
# the beginning, middle or end of the day itself
_DAY_PART_OF_DAY = {"begin": ("early", "morning"), "mid": ("noon",), "end": ("evening",)}  # as "the end of day"

_VAGUE_SPELLING = {kind: next(p for p, k in lx.VAGUE.items() if k == kind) for kind in set(lx.VAGUE.values())}

# a zone by its value -> the shortest English word for it ("Europe/Moscow" has none: "msk" is +03:00)
_ZONE_SPELLING: dict[int | str, tuple[str, ...]] = {}
for _word, _zone in sorted(lx.ZONES.items(), key=lambda kv: (len(kv[0]), kv[0])):
    _ZONE_SPELLING.setdefault(_zone, (_word,))
_ZONE_SPELLING.setdefault("Europe/Moscow", ("msk",))

_DECADE_SPELLING = {n: w for w, n in lx.DECADE_WORDS.items()}

_NOUNS = (Weekday, Month, Unit, Season)
_RELATIVE_PARTS = frozenset({"morning", "afternoon", "evening", "night"})  # "yesterday evening", "last night"
# One word that is several meanings, spelled as each in the order the lexicon lists them: a relative word
# or a number with its unit ("торік", "півроку"), a part of a period with its unit ("Jahresende"), a
# weekday with a part of the day ("Montagmorgen"), an amount of time before the hour that follows ("halb
# vier": 30 minutes before 4).
_COMPOUND_KINDS = frozenset(frozenset(kinds) for kinds in (
    (Unit, Relative), (Unit, Number), (PeriodPart, Unit), (Weekday, PartOfDay), (Number, Unit, Qualifier),
    (Ordinal, Month)))  # ... and a day with its month ("idi di marzo": the 15th of March)
_DAY_SPELLINGS = frozenset({"today", "yesterday", "tomorrow"})
_CLOCK_NAMES = {"noon": 12, "midnight": 0}  # parts of the day that are an hour of the clock
_DAY_NAMES = frozenset({"today", "tomorrow", "yesterday", "now", "tonight", *lx.PARTS_OF_DAY})
_COUNTING = frozenset({"a", "th", "last", "this", "next", "in", "within"})  # words a counted unit follows
_CLOCK_GLUE_FOLLOWERS = (Unit, PartOfDay, DayWord, Weekday, Zone)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the speller needs to know of a tuple of meanings, worked out once per tuple."""

    simple: Meaning | None  # the one meaning when there is no choice to make by context
    compound: bool  # a relative word or a number with its unit ("торік", "півроку")
    number: int | None
    unit: str | None
    glue_only: bool
    spelling: tuple[str, ...] = ()  # the canonical words of ``simple``
    kinds: frozenset[type] = frozenset()  # the types of the meanings
    # _EMIT when ``simple`` is always written as ``spelling`` whatever its neighbours (a weekday, a season),
    # _MONTH for a month ("of" before it after a counted unit), _BY_CONTEXT otherwise
    static: int = 0
    noun: bool = False  # ``simple`` is a noun a postposed relative word may follow ("la semaine dernière")
    content: tuple[Meaning, ...] = ()  # the meanings that are not glue, and their types
    content_kinds: frozenset[type] = frozenset()
    # every meaning announces more words (glue, a qualifier, a marker before its quantity): a word that
    # cannot end an expression written apart ("jeudi à")
    dangles: bool = False


_READINGS: dict[tuple[Meaning, ...], _Reading] = {}


def _reading(meanings: tuple[Meaning, ...]) -> _Reading:
    got = _READINGS.get(meanings)
    if got is None:
        kinds = {type(m) for m in meanings}
        # ... and a century with its number ("il Novecento": the twentieth century; "seconde", an ordinal and a
        # unit, is either, not both)
        compound = frozenset(kinds) in _COMPOUND_KINDS or kinds == {Ordinal, Unit} and Unit("century") in meanings
        content = [m for m in meanings if not isinstance(m, Glue)]
        number = next((m.value for m in meanings if isinstance(m, Number)), None)
        unit = next((m.name for m in meanings if isinstance(m, Unit)), None)
        # a word that is glue and a range's bound ("de", "a", "du", "au") or a number ("un", "una") is chosen
        # by context
        bound = any(isinstance(m, Glue) for m in meanings) and any(isinstance(m, (Qualifier, Number))
                                                                    for m in content)
        simple: Meaning | None = content[0] if len({type(m) for m in content}) == 1 and not compound and \
            not bound and not any(isinstance(m, Marker) for m in content[1:]) and len(content) == len(meanings) \
            else None
        if not content and meanings:
            simple = meanings[0]
        if simple is not None and len(content) < len(meanings) and isinstance(simple, Qualifier):
            simple = None  # a preposition that is a bound only in a range ("al" in "dal 13 al 15"): by context
        got = _Reading(simple, compound, None if compound else number, None if compound else unit,
                       bool(meanings) and not content, _canonical_words(simple) if simple is not None else (),
                       frozenset(kinds), _static(simple), isinstance(simple, _NOUNS), tuple(content),
                       frozenset(type(m) for m in content), bool(meanings) and all(
                           isinstance(m, (Glue, Qualifier)) or isinstance(m, Marker) and m.position == "before"
                           for m in meanings))
        if len(_READINGS) < 4096:
            _READINGS[meanings] = got
    return got


_NO_READING = _Reading(None, False, None, None, False)
_BY_CONTEXT, _EMIT, _MONTH = 0, 1, 2


def _static(meaning: Meaning | None) -> int:
    """How a word of this one meaning is written: the same words wherever it stands (_EMIT, _MONTH), or
    by the rules of :class:`_Speller` (_BY_CONTEXT), as :meth:`_Speller.spell_meaning` decides. A rule
    added there for a meaning this calls static must make it _BY_CONTEXT here
    (``tests/test_canonical_pass.py`` spells every example both ways)."""
    if isinstance(meaning, (Weekday, Season, Vague, Zone)):
        return _EMIT
    if isinstance(meaning, Month):
        return _MONTH
    if isinstance(meaning, Ordinal):
        return _EMIT if meaning.n in _ORDINAL_SPELLING else _BY_CONTEXT
    if isinstance(meaning, DayWord):
        return _EMIT if meaning.shift == 0 else _BY_CONTEXT  # "le surlendemain du 3 mars": by context
    if isinstance(meaning, PartOfDay):
        return _BY_CONTEXT if meaning.name in ("night", "night_before", "night_between") else _EMIT
    return _BY_CONTEXT


class _Item:
    """One entry read from the text: a word or multi-word entry of the lexicon (``meanings``),
    a holiday name (``words``: its canonical words), or a token passed through (``raw``).

    What the speller asks of an item many times (its number, unit, whether it is glue) is
    worked out once, from its :class:`_Reading`.
    """

    __slots__ = ("first", "glue_only", "is_compound", "kinds", "last", "meanings", "number", "raw", "reading",
                 "unit_name", "words")

    def __init__(self, first: Token, last: Token, meanings: tuple[Meaning, ...] = (), words: tuple[str, ...] = (),
                 raw: Token | None = None, reading: _Reading = _NO_READING) -> None:
        self.first = first
        self.last = last
        self.meanings = meanings
        self.words = words
        self.raw = raw
        self.reading = reading
        self.kinds = reading.kinds
        # the value of a figure, or of a number word
        self.number: int | None = raw.number if raw is not None else reading.number
        self.unit_name: str | None = reading.unit
        self.glue_only: bool = reading.glue_only
        # a word that is a relative word or a number with its unit ("торік", "півроку")
        self.is_compound: bool = reading.compound

    def unit(self) -> str | None:
        """The canonical unit the item names ("day", "week"...), or None (also ``unit_name``)."""
        return self.unit_name

    def has(self, kind: type) -> bool:
        return kind in self.kinds

    def get(self, kind: type) -> Meaning | None:
        if kind not in self.kinds:
            return None
        return next((m for m in self.meanings if isinstance(m, kind)), None)


def _word_item(first: Token, last: Token, meanings: tuple[Meaning, ...]) -> _Item:
    return _Item(first, last, meanings, reading=_reading(meanings))


def canonical_tokens(text: str, toks: list[Token], language: str, quiet: bool = False) -> list[Token]:
    """The tokens of an expression in *language*, as the canonical words the grammar reads.

    Each word (or multi-word entry: "il y a", "avant-hier", "тому назад") is
    looked up in the language's lexicon (with its morphology and diacritic
    folding) and replaced by the canonical spelling of its meaning, keeping its
    place in the text so errors point at the words the user wrote; the word
    order becomes the canonical one (the rules are listed in the module's
    docstring). A word the lexicon does not know is an
    :class:`UnknownWordError` whose suggestion comes from the same lexicon.
    """
    table = _TABLES.get(language)
    if table is None:
        table = _TABLES[language] = _Table(language)
    lexicon = table.lexicon
    items = _read(text, toks, table, quiet)
    if items and _dangling(items, lexicon):
        last = items[-1].first
        raw = text[last.start:items[-1].last.end]
        if quiet:
            raise _SPECULATIVE_FAILURE.with_traceback(None)
        raise ExpressionSyntaxError(f"the expression ends with {raw!r}: a word that needs more after it",
                                    text, raw, last.start)
    return _Speller(items, lexicon).spell()


def read_language(text: str, toks: list[Token], language: str, quiet: bool = False) -> tuple[list[Token], bool, bool]:
    """:func:`canonical_tokens`, and what the parser needs of the language besides: whether it writes
    times on the 24-hour clock and says its hours on it with the hour word (the lexicon's ``clock24``
    and ``hour_word24``), from the table already at hand."""
    table = _TABLES.get(language)
    if table is None:
        table = _TABLES[language] = _Table(language)
    lexicon = table.lexicon
    return canonical_tokens(text, toks, language, quiet), lexicon.clock24, lexicon.hour_word24


def _is_year(item: _Item | None) -> bool:
    """True when *item* is a year written in four figures."""
    return item is not None and item.raw is not None and item.raw.number is not None and len(item.raw.text) == 4


def _dangling(items: list[_Item], lexicon: Lexicon) -> bool:
    """True when the expression ends with words that announce more: a preposition or article
    written apart ("jeudi à", "mercredi soir, dans la"), or the word for one, which is also the
    indefinite article ("mardi un", "dans une"), where a clock time may end in a number word
    ("Viertel vor zwölf")."""
    last = items[-1]
    if len(items) < 2 or last.raw is not None or not last.first.space_before:
        return False
    reading = last.reading
    # "mardi un (plan)", "dans une (allocution)": the word for one is also the indefinite article; not after
    # an elided article, which only an hour follows ("all'una": at one o'clock)
    if not (last.first is last.last and reading.dangles or reading.number == 1 and not last.is_compound):
        return False
    # "a mezzanotte e mezza": a fraction of the hour ends a time
    return not (lexicon.clock_fractions and normalize_word(last.first.text) in lexicon.clock_fractions)


def _split_elision(text: str, toks: list[Token], words: list[str], i: int, lexicon: Lexicon,
                   holiday_starts: frozenset[str]) -> bool:
    """Split the word at *i*, written with an elided article or preposition ("l'anno", "dell'ottobre",
    "quest'estate", "un'ora", "nell'ultima"), into two tokens when the lexicon knows what follows the
    apostrophe; words whose apostrophe is their own ("aujourd'hui", "п'ятниця") are looked up whole
    before this is tried. Returns whether the word was split."""
    tok = toks[i]
    raw = text[tok.start:tok.end]
    # the first apostrophe that leaves a known word, then the later ones: what follows may have an
    # apostrophe of its own ("d'aujourd'hui" is "de" + "aujourd'hui", not "d'aujourd" + "hui")
    for cut, mark in enumerate(raw):
        if mark in _APOSTROPHE_MARKS and 0 < cut < len(raw) - 1:
            rest = normalize_word(raw[cut + 1:])
            if (lexicon.starts_entry(rest) or rest in holiday_starts
                    or _holiday_spelling(rest) in holiday_starts):
                break
    else:
        return False
    toks[i:i + 1] = [Token(normalize_word(raw[:cut]), tok.start, tok.start + cut + 1, None, tok.space_before),
                     Token(rest, tok.start + cut + 1, tok.end, None, False)]
    words[i:i + 1] = [toks[i].text, rest]
    return True


def _split_elided_from(text: str, toks: list[Token], words: list[str], i: int, lexicon: Lexicon,
                       holiday_starts: frozenset[str]) -> bool:
    """Split the word at *i* when its elided article opens a range ("d'hier à
    aujourd'hui", "d'aujourd'hui à vendredi": "de" is "from"), which the lexicon's elided forms ("d'hier"
    read as "hier") would drop; the speller then reads it as "from" or as glue, as it reads "de hier"."""
    tok = toks[i]
    raw = text[tok.start:tok.end]
    cut = next((k for k, mark in enumerate(raw) if mark in _APOSTROPHE_MARKS), -1)
    if cut <= 0 or cut == len(raw) - 1:
        return False
    if not any(isinstance(m, Qualifier) and m.kind == "since" for m in lexicon.lookup(normalize_word(raw[:cut]))):
        return False
    # only the elided article read off the word ("d'avant", "d'après" are words of their own), and only
    # with a closing bound further on ("une dizaine d'années" is no range)
    if lexicon.lookup(words[i]) != lexicon.lookup(normalize_word(raw[cut + 1:])) or not any(
            isinstance(m, Qualifier) and m.kind in ("until", "by") for w in words[i + 1:] for m in lexicon.lookup(w)):
        return False
    return _split_elision(text, toks, words, i, lexicon, holiday_starts)


class _Entry(NamedTuple):
    """What the reader knows of one word of a language, worked out once: its meanings and their
    reading when the word is an item on its own, or that it is a mark passed through as written."""

    meanings: tuple[Meaning, ...]
    reading: _Reading | None  # None: the word needs the general reading (a multi-word entry or a
    # holiday name may start with it, or it is unknown)
    raw: bool = False
    # a word that opens multi-word entries: the words that may come second in one; when the next word
    # (and its key) is not among them, the word is an item on its own (``meanings``, ``single``)
    follow: frozenset[str] | None = None
    single: _Reading | None = None
    holiday: bool = False  # a holiday name may start with the word: the word alone only when none does here
    # with ``holiday``: the words a name begun by this word may go on with (timeline.holidays.name_followers),
    # None when the matcher must be asked whatever follows
    followers: frozenset[str] | None = None


_GENERAL = _Entry((), None)
_RAW = _Entry((), None, True)
_MAX_TABLE = 65536


class _Table:
    """A language's lexicon compiled for reading: word -> :class:`_Entry`.

    Every word of the lexicon and its spelling without diacritics is compiled when the table is
    built; an inflected form (found through the language's morphology) is compiled the first
    time it is read. Reading a word is then one dict lookup: only the words that may open a
    multi-word entry or a holiday name, and the words the lexicon does not know, take the
    general path of :func:`_read`.
    """

    def __init__(self, language: str) -> None:
        # from the module, not the package (whose names load on first use): see grammar/families/holidays.py
        from timeline.holidays.matching import (
            canonical_words,
            first_words,
            match,
            name_followers,
            normalize_word,
        )
        from timeline.lexicons import get_lexicon

        self.match_holiday = match  # the holiday matcher, imported when a language is first read
        self.name_followers = name_followers
        self.holiday_words = normalize_word  # a word as holiday names are indexed
        self.canonical_words = canonical_words
        self.language = language
        self.lexicon = get_lexicon(language)
        self.holiday_starts = first_words(language)
        self.words: dict[str, _Entry] = {}
        for key in self.lexicon.entries:
            if " " not in key:
                self.entry(key)
                self.entry(fold_diacritics(key))

    def may_name_holiday(self, compiled: _Entry, words: list[str], i: int) -> bool:
        """Whether a holiday name may begin at ``words[i]``, whose entry is *compiled*: False when
        the word starts none, or when the next word cannot go on with any it starts ("lundi" then
        "3": Monday, not "lundi de Pâques"), so the matcher need not be asked."""
        if not compiled.holiday:
            return False
        followers = compiled.followers
        if followers is None:
            return True
        if i + 1 == len(words):
            return False
        following = self.holiday_words(words[i + 1], self.language)
        return not following or following[0] in followers

    def entry(self, word: str) -> _Entry:
        """The compiled entry of one normalized word that is not a figure."""
        got = self.words.get(word)
        if got is None:
            got = self._compile(word)
            if len(self.words) >= _MAX_TABLE:
                self.words.clear()  # bounded: a long run over varied text never grows without end
            self.words[word] = got
        return got

    def _compile(self, word: str) -> _Entry:
        lexicon = self.lexicon
        if word in ("a", "p"):
            return _GENERAL  # "a.m.", "p. m."
        meanings = lexicon.lookup(word)
        reading = _reading(meanings) if meanings else None
        if reading is not None and reading.static and word in lexicon.clock_signs:
            reading = replace(reading, static=_BY_CONTEXT)  # "y", "e": minutes after an hour
        if reading is not None and reading.static and lexicon.clock_ordinal_after \
                and isinstance(reading.simple, Ordinal) and reading.simple.n <= 24:
            reading = replace(reading, static=_BY_CONTEXT)  # "о шостій": an ordinal may say the hour
        multi = lexicon.opens_multi(word)
        if word in self.holiday_starts or _holiday_spelling(word) in self.holiday_starts:
            return _Entry(meanings, None, False, lexicon.next_words(word) if multi else None, reading, True,
                          self.name_followers(word, self.language))
        if multi:
            return _Entry(meanings, None, False, lexicon.next_words(word), reading)
        if reading is not None:
            return _Entry(meanings, reading)
        if word and not word[:1].isalpha() and word not in lexicon.decade_endings \
                and _APOSTROPHE_MARKS.isdisjoint(word):
            return _RAW
        return _GENERAL


_APOSTROPHE_MARKS = frozenset("'\u2019\u2018`\u00b4\u2032\u02bc")
_TABLES: dict[str, _Table] = {}
_QUALIFIER_WORDS = frozenset({"by", "since", "until", "before", "after", "around"})
_CLOCK_MARKS = frozenset({"am", "pm"})  # written the English way in many languages; a lexicon may own them
def _iso_time_mark(toks: list[Token], i: int) -> bool:
    """The "T" between an ISO date and its time ("2025-03-06T10:00"), passed through as written."""
    tok = toks[i]
    return tok.text == "t" and 0 < i < len(toks) - 1 and toks[i - 1].number is not None \
        and toks[i + 1].number is not None and not tok.space_before and not toks[i + 1].space_before


_ORDINAL_MARKS = frozenset("º°ª")  # written after a figure for an ordinal: "1º", "1°", "1ª"
_LETTER_APOSTROPHES = frozenset("\u02bc\u02b9")  # apostrophes Unicode counts as letters ("пʼятниця")


def _holiday_spelling(word: str) -> str:
    """*word* as holiday names are indexed: Russian "ё" as "е", Latin letters without accents."""
    if word.isascii():
        return word
    got = _HOLIDAY_SPELLINGS.get(word)
    if got is None:
        if "ё" in word:
            got = word.replace("ё", "е")
        else:
            got = word if word[0] >= "\u0400" else fold_diacritics(word).translate(_LIGATURES)
        if len(_HOLIDAY_SPELLINGS) < 4096:
            _HOLIDAY_SPELLINGS[word] = got  # bounded: the words of dates repeat
    return got


_HOLIDAY_SPELLINGS: dict[str, str] = {}


_LIGATURES = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae"})  # as timeline.holidays indexes names


def _read(text: str, toks: list[Token], table: _Table, quiet: bool) -> list[_Item]:
    lexicon, language, starts = table.lexicon, table.language, table.holiday_starts
    endings = lexicon.ordinal_endings
    if "'" in text or "\u2019" in text:  # the marks the tokenizer writes as a "'" token
        # "anni '90": the apostrophe of an elided century is no word of its own
        toks = [t for n, t in enumerate(toks) if not (
            t.text == "'" and n + 1 < len(toks) and toks[n + 1].number is not None and len(toks[n + 1].text) == 2
            and not toks[n + 1].space_before)]
    if "\u00ba" in text or "\u00aa" in text:
        # "3.º trimestre", "1.ª semana": the dot before an ordinal mark belongs to the mark
        toks = [t for n, t in enumerate(toks) if not (
            t.text == "." and 0 < n < len(toks) - 1 and toks[n - 1].number is not None and not t.space_before
            and toks[n + 1].text in ("\u00ba", "\u00aa") and not toks[n + 1].space_before)]
    words = [t.text for t in toks]
    if not "".join(words).isalnum() or not _LETTER_APOSTROPHES.isdisjoint(text):
        # a mark, an apostrophe or a hyphen in a word: each such token normalized ("o'clock" -> "oclock")
        words = [w if w.isalnum() and _LETTER_APOSTROPHES.isdisjoint(w) else normalize_word(w) for w in words]
    items: list[_Item] = []
    append = items.append
    i = 0
    compiled_words, entry = table.words, table.entry
    compiled = _GENERAL  # the entry of the word at i (figures have none)
    elided = "'" in text or "\u2019" in text
    while i < len(toks):
        tok = toks[i]
        if tok.number is None:
            word = words[i]
            if elided and _split_elided_from(text, toks, words, i, lexicon, starts):
                continue  # "d'hier à aujourd'hui": "de" may open a range ("from"), read apart from its word
            compiled = compiled_words.get(word) or entry(word)
            reading = compiled.reading
            if reading is not None:
                append(_Item(tok, tok, compiled.meanings, (), None, reading))  # a word on its own
                i += 1
                continue
            if compiled.raw:
                append(_Item(tok, tok, (), (), tok))  # a mark: ":", "/", "."
                i += 1
                continue
            follow, single = compiled.follow, compiled.single
            if single is not None and (follow is None or i + 1 == len(toks) or (
                    words[i + 1] not in follow and lexicon.key_of(words[i + 1]) not in follow)) and (
                    not compiled.holiday or not table.may_name_holiday(compiled, words, i)
                    or table.match_holiday(words, i, language) is None):
                append(_Item(tok, tok, compiled.meanings, (), None, single))  # no entry goes on
                i += 1
                continue
        elif words[i] not in starts and not (i + 1 < len(toks) and words[i + 1] in endings
                                              and not toks[i + 1].space_before):
            append(_Item(tok, tok, (), (), tok))  # a figure
            i += 1
            continue
        if words[i] in ("a", "p") and i and toks[i - 1].number is not None and words[i + 1:i + 3] == [".", "m"]:
            end = i + 4 if words[i + 3:i + 4] == ["."] else i + 3
            items += [_Item(t, t, raw=t) for t in toks[i:end]]  # "a las 8 a.m.", "8 p. m.": am/pm
            i = end
            continue
        found = lexicon.longest(words, i) if tok.number is None else None
        # A holiday name of the language (timeline.holidays), glue words and all ("lundi de Pâques",
        # "Tag der Deutschen Einheit"), becomes the one word the English grammar reads back as it.
        word = words[i]
        # (a word's entry knows whether a name may begin at it; "1. Advent" starts with a figure)
        named = table.match_holiday(words, i, language) if (
            word in starts if tok.number is not None else table.may_name_holiday(compiled, words, i)) else None
        if named is not None and (found is None or named[1] >= found.end):
            holiday, end = named
            items.append(_Item(tok, toks[end - 1], words=tuple(table.canonical_words(holiday))))
            i = end
            continue
        if found is not None and found.end - found.start > 1 and found.end < len(toks) \
                and (any(isinstance(m, Vague) for m in found.meanings) or _reading(found.meanings).compound) \
                and any(isinstance(m, _NOUNS) for m in lexicon.lookup(words[found.end])):
            # "в прошлом году", "в будущем году": the adjective belongs to the noun, not to "в прошлом";
            # "en 15 jours" is 15 days, not "en 15" (a fortnight after a weekday: "lundi en 15")
            found = lexicon.longest(words[:found.end - 1], i)
        if found is not None and found.end - found.start > 1 and items and items[-1].number is not None \
                and any(isinstance(m, Vague) for m in found.meanings):
            # "le 3 prossime settimane": the number counts the noun; "prossime settimane" is not vague here
            found = lexicon.longest(words[:i + 1], i)
        if found is None and tok.number is None and _split_elision(text, toks, words, i, lexicon, starts):
            continue  # read again from the article: "dell'anno" is "dell" and "anno"
        if found is None:
            if tok.number is not None and i + 1 < len(toks) and words[i + 1] in lexicon.ordinal_endings \
                    and not toks[i + 1].space_before:
                items.append(_Item(tok, toks[i + 1], raw=tok))  # "1er", "3e", "15ten": a figure and its ending
                i += 2
                continue
            if tok.number is not None or not tok.text[:1].isalpha() or words[i] in lexicon.decade_endings \
                    or tok.text in _ORDINAL_MARKS or _iso_time_mark(toks, i):
                items.append(_Item(tok, tok, raw=tok))
                i += 1
                continue
            if words[i] in _CLOCK_MARKS:
                items.append(_Item(tok, tok, raw=tok))  # "a las 3 pm": read by the English grammar
                i += 1
                continue
            roman = _roman(words[i])
            if roman is None:
                # "XXIe siècle", "IIe trimestre": a Roman numeral with the language's ordinal ending
                roman = next((_roman(words[i][:-len(e)]) for e in lexicon.ordinal_endings
                              if words[i].endswith(e) and len(words[i]) > len(e)
                              and _roman(words[i][:-len(e)]) is not None), None)
            if roman is not None and not _lookalike_word(text, tok, words[i], lexicon):
                items.append(_word_item(tok, tok, (Ordinal(roman),)))  # "XXI століття", "II квартал"
                i += 1
                continue
            raise _unknown_in(text, tok, lexicon, quiet)
        items.append(_word_item(toks[found.start], toks[found.end - 1], found.meanings))
        i = found.end
    return items


_PADDING: tuple[None, ...] = (None,) * 8  # more than any rule looks ahead or behind


class _Speller:
    """Writes the items as canonical tokens, in the canonical order (see the module docstring)."""

    # The state of the pass, read by the rules; these are its values at the start (set on the instance when
    # a rule changes them).
    between = False  # after "between": the next glue word between two parts is "and"
    pending_after: tuple[str, ...] = ()  # "позаминулого": "before last" goes after the next noun
    last_noun = -1  # index in out of the last noun emitted, for a postposed relative
    in_range = False  # a "since" read as "from": the next "until"/"by" is "to"
    dotted_time = -1  # index of the item "." of "о 10.10", written ":"

    def __init__(self, items: list[_Item], lexicon: Lexicon) -> None:
        self.items = items
        # item k, or None before the first and after the last: the items with None on either side (a
        # negative index reads the padding at the end), so that looking at a neighbour is one list index
        self.item: Callable[[int], _Item | None] = [*items, *_PADDING].__getitem__
        self.lexicon = lexicon
        self.out: list[Token] = []
        self.pending_ago: list[Token] = []  # "il y a": "ago" goes after the next unit

    # ---- helpers ----------------------------------------------------------------


    def emit(self, spelling: tuple[str, ...], item: _Item) -> None:
        first = item.first
        start, end, space, append = first.start, item.last.end, first.space_before, self.out.append
        for word in spelling:
            append(Token(word, start, end, None, space))

    def emit_number(self, value: int, item: _Item, space: bool | None = None) -> None:
        self.out.append(Token(str(value), item.first.start, item.last.end, value,
                              item.first.space_before if space is None else space))

    def prev_text(self, back: int = 1) -> str:
        out = self.out
        return out[-back].text if len(out) >= back else ""

    def after_clock(self) -> bool:
        """True when the words so far end with a time of day ("о 3 годині", "13:30", "at 8")."""
        if not self.out:
            return False
        last = self.out[-1]
        return last.text == "oclock" or (last.number is not None and self.prev_text(2) in ("at", ":"))

    def clock_hour_written(self) -> int:
        """The hour of the time of day just written (-1 when none)."""
        if not self.after_clock():
            return -1
        back = 2 if self.prev_text() == "oclock" or self.prev_text(2) == "at" else 3
        hour = self.out[-back].number if len(self.out) >= back else None
        return -1 if hour is None else hour

    def quantity_before(self) -> bool:
        """True when a number (or a unit counted by one) was just written: "3 дні", "тиждень"."""
        last = self.prev_text()
        return bool(self.out) and (self.out[-1].number is not None or last in lx.UNITS)

    def clock_follows(self, k: int) -> bool:
        """True when the number at item k is a time of day after a preposition ("о 3", "в 15:00")."""
        item = self.item(k)
        if item is None or item.has(Month) and self.out and self.out[-1].number is not None:
            return False  # "21 de dez": the month, not ten o'clock
        value = item.number
        if value is None or value > 24 or (item.raw is not None and len(item.raw.text) > 2):
            return False
        if item.last is not item.first:
            return False  # "am 15ten", "le 3e": a day
        nxt = self.item(k + 1)
        if nxt is None or (nxt.raw is not None and nxt.raw.text == ":"):
            return True
        if nxt.raw is not None and nxt.raw.text == "." and not nxt.raw.space_before:
            minutes, after = self.item(k + 2), self.item(k + 3)
            if minutes is not None and minutes.raw is not None and minutes.raw.number is not None \
                    and len(minutes.raw.text) == 2 and minutes.raw.number < 60 and not minutes.raw.space_before \
                    and (after is None or not (after.raw is not None and after.raw.text in (".", "/"))):
                self.dotted_time = k + 1
                return True
            return False
        if nxt.unit_name is not None:
            return nxt.unit_name == "hour"
        if nxt.raw is not None and nxt.raw.number is not None and len(nxt.raw.text) == 2 and nxt.raw.number < 60 \
                and value > 0 and ((after := self.item(k + 2)) is None or after.has(PartOfDay)
                                   or self.part_of_day_follows(k + 1)):
            return True  # "alle 3 20", "alle 9 45 di sera": the minutes said apart
        if any(isinstance(m, _CLOCK_GLUE_FOLLOWERS) for m in nxt.meanings):
            return True
        j = k + 1
        while (got := self.item(j)) is not None and got.has(Glue) and not got.has(Month):
            j += 1
        return j > k + 1 and (got is None or not got.has(Month))  # "4 de marzo" is a date

    def range_bound(self, k: int, meaning: Qualifier) -> bool:
        """True when the glue word at item k that may bound a range (or a window) does: "de" opening the expression
        with a closing bound later ("de lunes a viernes"), "a" inside such a range or between two values of
        one kind ("13 a 15 de julio", "lunes a viernes", "9:30 a 11:00")."""
        if meaning.kind == "since":
            # "de lunes a viernes", "jeudi de 9h à 11h": a start opening the expression, or before a date
            return (not self.out or (self.prev_text() in lx.WEEKDAYS or self.prev_text() in _DAY_SPELLINGS)
                    and self.starts_date(k + 1)) and self.later_bound(k)
        if meaning.kind == "within":  # "durante dos semanas" / "durante el verano"
            j = k + 1
            while (got := self.item(j)) is not None and got.glue_only:
                j += 1
            counted = self.item(j + 1)
            return got is not None and (got.number is not None and (
                not got.has(Glue) or counted is not None and counted.unit_name is not None) or got.is_compound)
        if meaning.kind not in ("until", "by"):
            return False
        if self.in_range:
            return True
        written = [t for t in self.out if t.text != "."]
        nxt = self.item(k + 1)
        if not written or nxt is None:
            return False
        last = written[-1]
        after = self.item(k + 2)
        clock_next = after is not None and after.raw is not None and after.raw.text in (":", ".") \
            and not after.raw.space_before  # "alle 16:00", "a las 10.30": a time
        clock_last = len(written) > 1 and written[-2].text == ":"
        if last.number is not None or last.text == "th":
            # "13 a 15 de julio", "9:30 a 11:00"; not "le 16 à 18h" (a day, then its time)
            return nxt.has(Weekday) or nxt.number is not None and clock_next == clock_last \
                and (clock_last or not self.clock_follows(k + 1))  # "lundi 1er au mercredi 10 juillet"
        if last.text in lx.WEEKDAYS:
            return nxt.has(Weekday)
        if last.text in lx.MONTHS:  # "21 de dic. a 6 de ene" (a date), not "il 3 marzo alle 15" (a time)
            if nxt.has(Month):
                return True
            j = k + 2
            while (got := self.item(j)) is not None and got.has(Glue) and not got.has(Month):
                j += 1
            return nxt.number is not None and got is not None and got.has(Month)
        return False

    def part_of_day_here(self, k: int) -> bool:
        """True when the word at item k that is a day word and a part of the day is the part of the day:
        after glue (an article, a preposition), a day, a weekday or a relative word (not after a clock
        time: "um 17 Uhr morgen" is tomorrow)."""
        before = self.item(k - 1)
        if before is None:
            return False
        return before.glue_only or bool(before.words) or any(
            isinstance(m, (Relative, DayWord, Weekday, PeriodPart)) for m in before.meanings) \
            or self.prev_text() in _DAY_SPELLINGS or self.prev_text() in lx.WEEKDAYS

    def day_figure(self, k: int) -> bool:
        """True when item k is a day of the month said or written as a figure ("el 16", "le 3 mars"),
        not a time ("el 16:00")."""
        item = self.item(k)
        if item is None or item.number is None or not 1 <= item.number <= 31:
            return False
        if item.raw is None:
            return True
        nxt = self.item(k + 1)
        return len(item.raw.text) <= 2 and not (nxt is not None and nxt.raw is not None
                                                and nxt.raw.text in (":", "-", "/") and not nxt.raw.space_before)

    def clock_minutes(self, k: int) -> int | None:
        """Minutes said after the hour with the lexicon's ``clock_signs`` and ``clock_fractions``: "las
        doce y cuarto", "las doce menos cinco", "e un quarto" (written by :meth:`minutes_said`), and
        "las seis cero dos" (6:02). Returns the next item, or None when k is not that."""
        lexicon = self.lexicon
        item = self.items[k]
        if item.first is not item.last:
            return None
        out = self.out
        # "5 y cuarto", "para las seis cero dos": a bare hour opening the expression, or after its qualifier
        alone = len(out) == 1 or len(out) == 2 and out[0].text in _QUALIFIER_WORDS
        if item.number == 0 and (alone or self.prev_text(2) == "at") and out[-1].number is not None \
                and 0 <= out[-1].number <= 24:
            digit = self.item(k + 1)  # "las seis cero dos": 6:02
            if digit is None or digit.number is None or not 0 <= digit.number <= 9 or \
                    digit.raw is not None and len(digit.raw.text) != 1:
                return None
            out += [Token(":", item.first.start, item.first.start, None, False),
                    Token(f"0{digit.number}", item.first.start, digit.last.end, digit.number, False)]
            return k + 2
        sign = lexicon.clock_signs.get(normalize_word(item.first.text))
        if sign is None:
            return None
        j = k + 1
        nxt = self.item(j)
        if nxt is not None and nxt.number == 1 and nxt.raw is None:
            after = self.item(j + 1)
            if after is not None and normalize_word(after.first.text) in lexicon.clock_fractions:
                j, nxt = j + 1, after  # "e un quarto"
        if nxt is None or nxt.first is not nxt.last and nxt.number is None:
            return None
        minutes = lexicon.clock_fractions.get(normalize_word(nxt.first.text)) if nxt.first is nxt.last else None
        if minutes is None:
            # a bare opening hour takes counted minutes only when nothing but its part of the day follows
            # ("tre e 20", "3 e 20 di sera"; not "3 e 20 marzo", two days)
            ends = self.item(j + 1) is None or self.part_of_day_follows(j) or self.items[j + 1].has(PartOfDay)
            if alone and not ends or nxt.number is None or not 0 < nxt.number < 60 or \
                    nxt.raw is not None and len(nxt.raw.text) > 2:
                return None
            minutes = nxt.number
        return j + 1 if self.minutes_said(minutes, sign < 0, item, nxt) else None

    def minutes_said(self, minutes: int, to_hour: bool, said: _Item, last: _Item) -> bool:
        """Minutes said after the hour just written, the one way for every language: the lexicon's
        :class:`ClockMinutes` ("et quart", "moins le quart", "moins cinq") and its ``clock_signs`` with
        a fraction or a number ("y cuarto", "menos cinco", "e un quarto"). The hour is a clock time
        ("at 3", "3 oclock", noon, midnight) or a bare hour opening the expression ("5 y cuarto").
        Written on the clock the language says its hours on: "3:15" where a said hour is on the
        24-hour clock (French: "trois heures et quart" is 03:15) and for noon, midnight or an hour
        past 12; "15 minutes past 3" elsewhere, read by prefer as any said hour ("las tres y cuarto").
        *said* is the item of the words, *last* the one they end with. False when no hour was written."""
        out = self.out
        if not 0 <= minutes < 60 or not out:
            return False
        clock = self.clock_at_end()
        if clock is None:
            hour = out[-1].number
            if hour is None or not 0 <= hour <= 24 or not (
                    len(out) == 1 or len(out) == 2 and out[0].text in _QUALIFIER_WORDS):
                return False
            clock = hour, 1
        if self.lexicon.hour_word24 or out[-1].text in _CLOCK_NAMES or clock[0] > 12:
            return self.set_minutes(minutes, last, to_hour, clock)
        hour_token = out.pop()
        out += [Token(str(minutes), said.first.start, last.last.end, minutes, hour_token.space_before),
                Token("minutes", said.first.start, last.last.end, None, True),
                Token("to" if to_hour else "past", said.first.start, said.last.end, None, True),
                Token(hour_token.text, hour_token.start, hour_token.end, clock[0], True)]
        return True

    def date_before(self) -> bool:
        """True when the words so far end with a date or a time (not a preposition or a qualifier)."""
        if not self.out:
            return False
        last = self.out[-1].text
        return self.out[-1].number is not None or last in ("th", "oclock") or last in lx.MONTHS or last in lx.WEEKDAYS \
            or last in lx.UNITS or last in lx.PARTS_OF_DAY or last in ("today", "tomorrow", "yesterday")

    def between_points(self, k: int) -> bool:
        """True when item k stands between a date or a time just written and one that follows ("13 a 15 de
        julio", "Montag bis Mittwoch", "9h às 17h"): a bound there closes a range, in every language."""
        return self.date_before() and self.prev_text() not in _DAY_NAMES and self.date_starts(k + 1)

    def time_after_day(self, k: int) -> bool:
        """True when a time of day follows item k right after a day ("dia 15 às 18", "quinta às 18"):
        the time of that day, not the end of a range."""
        return self.date_before() and not self.after_clock() and self.prev_text() != "oclock" \
            and self.clock_starts(k + 1)

    def clock_starts(self, k: int) -> bool:
        """True when item k (glue skipped) is a time of day: an hour alone at the end, or with its hour
        word, minutes or part of the day ("18", "18h", "18:30", "8 da noite"), or noon or midnight."""
        item = self.item(k)
        while item is not None and item.glue_only:
            k += 1
            item = self.item(k)
        if item is None:
            return False
        part = item.get(PartOfDay)
        if isinstance(part, PartOfDay):
            return part.name in _CLOCK_NAMES
        if item.number is None or item.number > 24 or item.raw is not None and len(item.raw.text) > 2:
            return False
        nxt = self.item(k + 1)
        while nxt is not None and nxt.has(Glue) and not nxt.has(PartOfDay):
            k += 1
            nxt = self.item(k + 1)
        return nxt is None or nxt.unit_name == "hour" or nxt.has(PartOfDay) or nxt.has(Zone) \
            or nxt.raw is not None and nxt.raw.text in (":", "h")

    def date_starts(self, k: int) -> bool:
        """True when item k (glue skipped) begins a date: a number, an ordinal, a month, a weekday, a day word."""
        item = self.item(k)
        while item is not None and item.glue_only:
            k += 1
            item = self.item(k)
        if item is None:
            return False
        if item.words or item.number is not None:
            return True
        return any(isinstance(m, (Ordinal, Month, Weekday, DayWord)) for m in item.meanings)

    def anchor_follows(self, k: int) -> bool:
        """True when item k is the "of" of a day word and a date ("le lendemain du 13 février", "la veille
        de Noël"): a glue word that may open a range, then a day and its month, a month or a holiday."""
        item = self.item(k)
        bound = item.get(Qualifier) if item is not None else None
        if item is None or not item.has(Glue) or not isinstance(bound, Qualifier) or bound.kind != "since":
            return False
        nxt, after = self.item(k + 1), self.item(k + 2)
        return nxt is not None and (bool(nxt.words) or nxt.has(Month) or nxt.number is not None
                                    and after is not None and after.has(Month))

    def days_joined(self, k: int) -> bool:
        """True when the glue word at item k joins two days of one month ("les 20 et 21 mars")."""
        last, nxt, month = self.out[-1] if self.out else None, self.item(k + 1), self.item(k + 2)
        return last is not None and last.number is not None and 1 <= last.number <= 31 and nxt is not None \
            and nxt.number is not None and 1 <= nxt.number <= 31 and month is not None and month.has(Month) \
            and self.prev_text(2) not in ("-", "between", ":")  # not the minutes of "13:30 del 21 settembre"

    def quantity_follows(self, k: int) -> bool:
        """True when a quantity of units follows item k: a number then a unit ("3 Tagen", "einer Woche",
        "2,5 Stunden"), or a unit ("Jahren"), hedges and glue read past."""
        j = k + 1
        nxt = self.item(j)
        while nxt is not None and (nxt.has(Hedge) or nxt.glue_only):
            j += 1
            nxt = self.item(j)
        if nxt is None:
            return False
        if nxt.unit_name is not None or nxt.is_compound and nxt.has(Number):  # not "Jahresbeginn", "Novecento"
            named = self.item(j + 1)  # "en el siglo XX": the unit is named by an ordinal, not counted
            if nxt.has(Ordinal) and named is not None and (named.unit_name is not None or named.has(PeriodPart)):
                return False  # "en el segundo semestre": the second half, not two seconds
            if nxt.unit_name == "week" and named is not None and named.raw is not None and named.number is not None:
                return False  # "in KW 12", "in der Kalenderwoche 12": the week of that number
            return named is None or not named.has(Ordinal) or named.has(Number)
        if nxt.number is None:
            return False
        j += 1
        after = self.item(j)
        if after is not None and after.first.text in (",", ".") and not after.first.space_before:
            decimals = self.item(j + 1)  # "2,5 Stunden"
            if decimals is not None and decimals.raw is not None and decimals.raw.number is not None:
                j += 2
                after = self.item(j)
        return after is not None and (after.unit_name is not None or after.is_compound)

    def named_unit_follows(self, k: int) -> bool | None:
        """Whether item k is followed by an article and a unit, alone ("entro l'anno", "entro la settimana":
        True, the current one) or with a relative word ("entro il mese prossimo": False), not a quantity
        of units ("entro un anno"); None when it is not."""
        j = k + 1
        item = self.items[k]
        if (nxt := self.item(j)) is None or not nxt.glue_only and (  # the article is glue, or ends the entry
                item.first is item.last or WordClass.GLUE not in self.lexicon.classes(normalize_word(item.last.text))):
            return None
        while nxt is not None and nxt.glue_only:
            j += 1
            nxt = self.item(j)
        if nxt is None or nxt.unit_name is None or nxt.is_compound or nxt.number is not None:
            return None
        rest = [it for it in self.items[j + 1:] if not it.glue_only]
        if not rest:
            return True
        return False if len(rest) == 1 and rest[0].has(Relative) else None

    def later_bound(self, k: int) -> bool:
        """True when an "until"/"by" qualifier, or a dash between spaces, follows item k (a range:
        "von 9:30 bis 11:00", "von 9:30 - 11:00")."""
        for item in self.items[k + 1:]:
            got = item.get(Qualifier)
            if isinstance(got, Qualifier) and got.kind in ("until", "by"):
                return True
            if item.raw is not None and item.raw.text == "-" and item.raw.space_before:
                return True
        return False

    def starts_date(self, k: int) -> bool:
        """True when item k begins a day or a time: a number, a weekday, a month, a day word."""
        item = self.item(k)
        if self.is_article(item):
            item = self.item(k + 1)
        return item is not None and (item.number is not None or bool(item.words)
                                     or any(isinstance(m, (Weekday, Month, DayWord, Ordinal, PartOfDay))
                                            for m in item.meanings))

    def choose(self, k: int) -> Meaning:
        """The meaning of item k among its meanings, by its neighbours."""
        item = self.items[k]
        if item.reading.simple is not None:
            return item.reading.simple
        meanings = item.reading.content
        if not meanings:
            return item.meanings[0]
        kinds = item.reading.content_kinds
        if kinds == {Number} and len(meanings) < len(item.meanings):
            # an article that is also "one" ("un", "una"): the number before what it counts ("hace un mes",
            # "un par de") or as an hour ("a la una"); an article elsewhere ("el martes un nuevo paquete")
            nxt = self.item(k + 1)
            counts = nxt is not None and (nxt.unit_name is not None or nxt.is_compound or nxt.has(Number))
            return meanings[0] if counts or self.prev_text() == "at" else Glue()
        if kinds == {Qualifier} and len(meanings) < len(item.meanings):
            # glue that is also a range's bound: "del 13 al 15", "de lunes a viernes", "du 3 au 5", "13 a 15
            # de julho", "primeiro trimestre de 2017 a terceiro trimestre"; after a day, a clock is its time
            # ("dia 15 às 18", "quinta às 18")
            bound: Qualifier = meanings[0]  # type: ignore[assignment]
            closing = bound.kind in ("until", "by") and not self.in_range
            if closing and self.time_after_day(k) or not (self.range_bound(k, bound)
                                                          or closing and self.between_points(k)):
                return Glue()
            if meanings[0].kind != "since":  # type: ignore[union-attr]
                self.in_range = True  # a closing bound is "to"
            return meanings[0]
        marker = next((m for m in meanings if isinstance(m, Marker)), None)
        if isinstance(marker, Marker) and marker.position == "before" and (Qualifier in kinds or item.has(Glue)):
            # "vor 3 Tagen" / "vor Weihnachten", "in 2 Wochen" / "im März": the marker before a quantity
            return marker if self.quantity_follows(k) else next(
                (m for m in item.meanings if isinstance(m, (Qualifier, Glue))), marker)
        if DayWord in kinds and PartOfDay in kinds:
            # "mañana"/"morgen" is tomorrow, and the morning after an article, a day, a weekday or a relative
            # word ("por la mañana", "esta mañana", "Montag Morgen", "am Morgen")
            return next(m for m in meanings if isinstance(m, PartOfDay if self.part_of_day_here(k) else DayWord))
        if Weekday in kinds and Hedge in kinds:
            # "so." is Sunday; "so gegen 15 Uhr" is a hedge: the hedge when more of the expression follows
            nxt = self.item(k + 1)
            hedged = nxt is not None and (nxt.raw is None or nxt.raw.number is not None)
            return next(m for m in meanings if isinstance(m, Hedge if hedged else Weekday))
        nxt = self.item(k + 1)
        if Ordinal in kinds and Marker in kinds:
            # "prima": the ordinal before what it numbers ("la prima settimana"); at the end, after a quantity
            # "before" ("tre giorni prima", "il giorno prima"), after another noun the one before ("la sera prima")
            if nxt is not None or not self.out:
                return next(m for m in meanings if isinstance(m, Ordinal))
            said_after: type = Marker if self.quantity_before() or Relative not in kinds else Relative
            return next(m for m in meanings if isinstance(m, said_after))
        if Weekday in kinds and Ordinal in kinds:
            # "segunda semana" (the second week), "segunda de manhã" (Monday)
            noun = nxt is not None and any(isinstance(m, _NOUNS) for m in nxt.meanings)
            return next(m for m in meanings if isinstance(m, Ordinal if noun else Weekday))
        if Number in kinds and Month in kinds:
            # "21 de dez", "20 sept. 2014" (the month after a day's number), "dez dias" (ten)
            month = bool(self.out) and self.out[-1].number is not None and (nxt is None or nxt.unit_name is None)
            return next(m for m in meanings if isinstance(m, Month if month else Number))
        if Unit in kinds and PartOfDay in kinds:
            return next(m for m in meanings if isinstance(m, PartOfDay if self.after_clock() else Unit))
        if Marker in kinds and PeriodPart in kinds:
            return next(m for m in meanings if isinstance(m, Marker if self.quantity_before() else PeriodPart))
        qualifier = next((m for m in meanings if isinstance(m, Qualifier)), None)
        if qualifier is not None and len(meanings) < len(item.meanings):
            # "a", "al", "alle": "to" after "da" ("dal 13 al 15 luglio", "dalle 9 alle 11"), glue elsewhere
            return qualifier if self.in_range and qualifier.kind in ("until", "by") else Glue()
        if Weekday in kinds and Month in kinds:
            # "mar" is Tuesday and March: a month after a day's number or before a year ("3 mar 2015")
            nxt = self.item(k + 1)
            year_next = nxt is not None and nxt.raw is not None and len(nxt.raw.text) == 4 and nxt.number is not None
            month = (self.out and self.out[-1].number is not None) or year_next
            return next(m for m in meanings if isinstance(m, Month if month else Weekday))
        if DayWord in kinds and Unit in kinds:
            # "ora" is "now" alone and the hour when counted ("tra un'ora", "l'ultima ora", "24 ore")
            prev = self.prev_text()
            counted = bool(self.out) and (self.out[-1].number is not None or prev in _COUNTING
                                          or prev in lx.ORDINAL_WORDS or prev in lx.NUMBER_WORDS)
            return next(m for m in meanings if isinstance(m, Unit if counted else DayWord))
        if qualifier is not None and (Marker in kinds or Relative in kinds):
            return self.choose_bound(k, meanings, qualifier)
        if Relative in kinds and Zone in kinds:
            # "CET" after a time, "cet" (this) before a noun ("à 3 heures cet après-midi")
            nxt = self.item(k + 1)
            zone = nxt is None or (self.after_clock() or self.clock_at_end() is not None) \
                and not any(isinstance(m, (*_NOUNS, PartOfDay)) for m in nxt.meanings)
            return next(m for m in meanings if isinstance(m, Zone if zone else Relative))
        markers = [m for m in meanings if isinstance(m, Marker)]
        if len(markers) > 1:
            nxt = self.item(k + 1)
            quantity = nxt is not None and (nxt.number is not None or nxt.unit_name is not None)
            wanted = "before" if quantity else "after"
            return next((m for m in markers if m.position == wanted), markers[0])
        return meanings[0]

    def choose_bound(self, k: int, meanings: Sequence[Meaning], qualifier: Qualifier) -> Meaning:
        """A word that is a qualifier and a marker or a relative word ("tra": between or in; "dopo":
        after, later or following): a marker before a quantity ("tra 15 minuti"); at the end of the
        expression a marker after a quantity ("3 giorni dopo") or else the relative word ("il martedì
        dopo"); the qualifier otherwise ("tra il 13 e il 15", "dopo Natale")."""
        nxt, after = self.item(k + 1), self.item(k + 2)
        if nxt is None:
            marker = next((m for m in meanings if isinstance(m, Marker) and m.position != "before"), None)
            if marker is not None and self.quantity_before():
                return marker
            return next((m for m in meanings if isinstance(m, Relative)), qualifier)
        quantity = nxt.unit_name is not None or nxt.is_compound or (
            nxt.number is not None and after is not None and (after.unit_name is not None or after.is_compound))
        before = next((m for m in meanings if isinstance(m, Marker) and m.position != "after"), None)
        return before if before is not None and quantity else qualifier

    # ---- the pass -----------------------------------------------------------------

    def spell(self) -> list[Token]:
        k = 0
        items, out, clock_signs = self.items, self.out, self.lexicon.clock_signs
        count = len(items)  # the rules replace items, never add or remove one
        append = out.append
        while k < count:
            item = items[k]
            reading = item.reading
            static = reading.static
            if static:
                # a word written the same wherever it stands (a weekday, a season): its spelling
                if static == _MONTH and self.counted_before():
                    self.emit(("of",), item)
                first = item.first
                start, end, space = first.start, item.last.end, first.space_before
                for w in reading.spelling:
                    append(Token(w, start, end, None, space))
                if reading.noun:
                    self.noun_written()
                k += 1
            elif item.raw is not None and item.number != 0 and (item.number is not None or not clock_signs):
                k = self.spell_raw(k, item.raw)  # a figure or a mark (not the minutes of "cero dos", nor a sign)
            else:
                k = self.spell_item(k)
        if self.pending_ago:
            out += self.pending_ago
        return out

    def spell_item(self, k: int) -> int:
        item = self.items[k]
        out = self.out
        if item.words:
            self.emit(item.words, item)
            self.last_noun = len(out) - 1  # "Pâques prochain": a relative after the name moves before it
            return k + 1
        if out and (out[-1].number is not None or out[-1].text in _CLOCK_NAMES) \
                and (self.lexicon.clock_signs or item.number == 0):
            after_minutes = self.clock_minutes(k)
            if after_minutes is not None:
                return after_minutes
        if item.raw is not None:
            return self.spell_raw(k, item.raw)
        if item.is_compound:
            after_weekday = self.last_noun == len(self.out) - 1 and self.prev_text() in lx.WEEKDAYS
            number = next((m.value for m in item.meanings if isinstance(m, Number)), 1)
            unit = next((m.name for m in item.meanings if isinstance(m, Unit)), "day")
            if after_weekday and unit == "week" and number in (1, 2):
                # "lundi en huit (à 15h)": a week from the coming Monday, the reference's own day
                # included, as the grammar reads "Monday week"
                self.emit(("week",) if number == 1 else ("fortnight",), item)
                return k + 1
            if after_weekday and self.item(k + 1) is None:
                # a quantity after a weekday that ends the expression: counted from the coming one
                at = len(self.out) - 1
                self.out[at:at] = [Token(str(number), item.first.start, item.last.end, number, True),
                                   Token(unit, item.first.start, item.last.end, None, True),
                                   Token("from", item.first.start, item.last.end, None, True)]
                return k + 1
            for meaning in item.meanings:
                if isinstance(meaning, Number):
                    self.emit_number(meaning.value, item)
                else:
                    self.spell_meaning(k, meaning)
            return k + 1
        simple = item.reading.simple
        meaning = self.choose(k) if simple is None else simple
        if isinstance(meaning, Glue):
            return self.spell_glue(k, item)
        k = self.spell_meaning(k, meaning)
        if isinstance(meaning, Qualifier):
            self.article_before_day(k - 1)
        return k

    def spell_glue(self, k: int, item: _Item) -> int:
        """A word read as glue (an article, a preposition): mostly nothing, or the canonical word it
        stands for between the words around it ("and", "-", "of", "to", "the", "at")."""
        out = self.out
        last = out[-1] if out else None
        prev = last.text if last is not None else ""
        nxt = self.item(k + 1)
        if self.between and last is not None and prev not in ("between", "and", "the") and not (
                nxt is not None and (nxt.has(Month) and last.number is not None
                                     or nxt.raw is not None and len(nxt.raw.text) == 4)):
            # the glue before the second bound, not the "de" of "primeiro trimestre de 2017"
            self.between = False
            self.emit(("and",), item)  # "між 10 і 12 березня", "между 10 и 12 марта"
        else:
            number = last.number if last is not None else None
            day = number is not None and 1 <= number <= 31  # a day of the month may have been written
            if day and self.days_joined(k):
                self.emit(("-",), item)  # "les 20 et 21 mars", "20 і 21 березня": both days
                return k + 1
            if prev in ("week", "weekend") and self.day_follows(k):
                self.emit(("of",), item)  # "la settimana del 6 ottobre": the week of 6 October
            elif day and self.day_of_month_follows(k):
                self.emit(("of",), item)  # "el 10 del mes pasado", "el 5 del próximo mes": of that month
                return k + 1
            elif day and self.joins_days(k):
                self.emit(("to",), item)  # "los días 3 y 4 de marzo": from the 3rd to the 4th
                return k + 1
        if nxt is None or nxt.number is None:
            return k + 1  # the rules below are about the figure or number word after the glue
        if self.article_before_day(k):
            return k + 1
        if self.minutes_follow(k + 1):
            return k + 1  # "às três e quinze", "meio dia e meia": the minutes of the time just written
        if self.prev_text() not in ("between", "and", "from", "to", "of") and self.clock_follows(k + 1):
            self.emit(("at",), item)
        return k + 1

    def day_written(self) -> bool:
        """True when the words so far end with a number that may be a day of the month (1 to 31)."""
        number = self.out[-1].number if self.out else None
        return number is not None and 1 <= number <= 31

    def day_follows(self, k: int) -> bool:
        """True when item k+1 is a figure that can be a day of the month and no time follows it
        ("il 19", "dal 3 al 5", "del 6 ottobre"; not "alle 17", "il 19:30")."""
        nxt, after = self.item(k + 1), self.item(k + 2)
        if nxt is None or nxt.number is None or not 1 <= nxt.number <= 31 or nxt.is_compound \
                or nxt.raw is not None and len(nxt.raw.text) > 2 or nxt.raw is None and nxt.number < 2:
            return False  # a figure or a number word ("dal tre al cinque"; "all'una" is one o'clock)
        return after is None or not (after.raw is not None and after.raw.text in (":", ".", "/", "-", "h")
                                     or after.unit_name is not None or after.has(PartOfDay))

    def is_article(self, item: _Item | None) -> bool:
        """True when *item* is one of the language's day articles ("le", "du", "il", "dal")."""
        return item is not None and item.has(Glue) and item.first is item.last \
            and item.first.text in self.lexicon.day_articles

    def article_before_day(self, k: int) -> bool:
        """A definite article before a bare figure makes it the day of the month in the languages that
        write dates so ("il 19", "dal 3 al 5", "le 2" in French): the canonical "the 19"."""
        item = self.items[k]
        if item.first.text in self.lexicon.day_articles and self.prev_text() != "the" and not self.after_clock() \
                and self.day_follows(k):  # not after a time: "13:30 del 21 settembre" is 13:30 on the 21st
            self.emit(("the",), item)
            return True
        return False

    def minutes_follow(self, k: int) -> bool:
        """True when item k is a count of minutes after the time of day just written ("três e quinze")."""
        item = self.item(k)
        if item is None or item.number is None or not 0 < item.number < 60 or item.is_compound:
            return False
        if not (self.after_clock() or self.prev_text() in _CLOCK_NAMES) or self.prev_text(2) == ":":
            return False  # not after "13:30": "13:30 del 21 settembre"
        nxt = self.item(k + 1)
        return nxt is None or nxt.unit_name is None and not nxt.has(Month)

    def spell_minutes(self, k: int, value: int) -> int:
        """The minutes after an hour said in words, joined by glue ("três e quinze", "meio dia e meia"):
        written as any minutes said after an hour (:meth:`minutes_said`)."""
        item = self.items[k]
        if not self.minutes_said(value, False, self.items[k - 1], item):
            self.emit_number(value, item)
        return k + 1

    def countdown_to_clock(self, k: int, hours: bool = False) -> int:
        """After a count of minutes at item k: the index of the noon or midnight it counts down to
        ("5 para o meio dia": five to noon), past the glue between, or with *hours* of an hour that
        ends the expression or comes before its part of the day ("un quarto alle cinque": a quarter
        to five: the preposition may also be a qualifier, "a"); -1 when none follows."""
        j = k + 1
        while (got := self.item(j)) is not None and (got.glue_only or hours and got.has(Glue)):
            j += 1
        got = self.item(j)
        if j == k + 1 or got is None:
            return -1
        part = got.get(PartOfDay)
        if isinstance(part, PartOfDay):
            return j if part.name in _CLOCK_NAMES else -1
        if not hours or got.number is None or not 0 < got.number <= 24 or got.raw is not None and len(got.raw.text) > 2:
            return -1
        after = self.item(j + 1)
        return j if after is None or after.has(PartOfDay) or self.part_of_day_follows(j) else -1

    def spell_raw(self, k: int, tok: Token) -> int:
        if tok.number is not None:  # a figure (never the "." of a dotted time, a mark or a dash)
            nxt = self.item(k + 1)
            if nxt is not None and nxt.raw is not None and nxt.raw.text == "." and self.dotted_clock(k):
                self.dotted_time = k + 1  # "15.30": half past three in the afternoon
            elif self.out and self.out[-1].text in lx.WEEKDAYS and self.day_figure(k) and self.lone_day(k + 1):
                self.out += [Token("the", tok.start, tok.end, None, True), tok,
                             Token("th", tok.start, tok.end, None, False)]  # "jueves 15": Thursday the 15th
                return k + 1
            return self.spell_number(k, tok.number)
        if tok.text == "-" and not tok.space_before and k > 0 and self.items[k - 1].number is not None:
            nxt = self.item(k + 1)
            if nxt is not None and nxt.glue_only and not nxt.first.space_before:
                return k + 2  # "18-го", "3-тє": the figure alone
        if tok.text in _ORDINAL_MARKS:
            if self.out and self.out[-1].number is not None and not tok.space_before:
                self.out.append(Token("th", tok.start, tok.end, None, False))  # "1º martedì": the first
            return k + 1
        if k == self.dotted_time:
            self.out.append(Token(":", tok.start, tok.end, None, tok.space_before))
            return k + 1
        if tok.text == "/" and self.range_slash(k):
            self.out.append(Token("-", tok.start, tok.end, None, tok.space_before))
            return k + 1
        self.out.append(tok)
        return k + 1

    def dotted_clock(self, k: int) -> bool:
        """True when the figure at item k, a dot and two figures make a time that cannot be a day and a
        month ("15.30", "9.45", "18.00"; not "10.10" or "1.3.2013")."""
        hour, dot, minutes, after = self.item(k), self.item(k + 1), self.item(k + 2), self.item(k + 3)
        if hour is None or hour.raw is None or dot is None or minutes is None or minutes.raw is None \
                or hour.number is None or minutes.number is None or dot.raw is None or dot.raw.text != ".":
            return False
        if dot.first.space_before or minutes.first.space_before or len(minutes.raw.text) != 2 \
                or len(hour.raw.text) > 2 or hour.number > 24 or minutes.number > 59:
            return False
        if minutes.number <= 12 and minutes.raw.text != "00":
            return False  # "10.10" may be the 10th of October
        if self.out and self.out[-1].text == ".":
            return False
        return after is None or not (after.raw is not None and after.raw.text in (".", "/", "-"))

    def lone_day(self, k: int) -> bool:
        """True when nothing at item k makes the figure before it a time or a count ("jueves 15")."""
        nxt = self.item(k)
        return nxt is None or not (nxt.raw is not None and nxt.raw.text in (":", ".", "h")
                                   or nxt.unit_name is not None or nxt.has(PartOfDay) or nxt.has(Marker))

    def number_run(self, k: int) -> tuple[int, int] | None:
        """Number words that make one number with hundreds or thousands ("mil novecientos noventa": 1990,
        "dos mil veinticuatro": 2024, "сто двадцять"): its value and the item after it, or None."""
        values: list[int] = []
        j = k
        while (got := self.item(j)) is not None and got.raw is None and got.number is not None \
                and not got.is_compound:
            v = got.number
            if values:
                last = values[-1]
                place = 1
                while last and last % (place * 10) == 0 and place < 1000:
                    place *= 10
                if not (v == 1000 and last < 1000 or v < place):
                    break
            values.append(v)
            j += 1
        if len(values) < 2 or max(values) < 100:
            return None
        last_word = self.item(j)
        ordinal = last_word.get(Ordinal) if last_word is not None and last_word.number is None else None
        place = 1
        while values[-1] % (place * 10) == 0 and place < 1000:
            place *= 10
        if isinstance(ordinal, Ordinal) and ordinal.n < place:
            # a year said as an ordinal ends with it: "в две тысячи двадцать четвёртом году" (2024),
            # "тисяча дев'ятсот дев'яносто першого року" (1991)
            values.append(ordinal.n)
            j += 1
        total = current = 0
        for v in values:
            if v == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current += v
        return total + current, j

    def spell_number(self, k: int, value: int) -> int:
        item = self.items[k]
        raw = item.raw
        out = self.out
        start = k
        if raw is None and (run := self.number_run(k)) is not None:
            self.emit_number(run[0], item)
            return run[1]
        short = raw is None or len(raw.text) <= 2  # a number word, or a figure of one or two digits
        nxt = self.item(k + 1)
        if raw is not None:
            if self.dotted_time < 0 and (hour_word := self.item(k + 3)) is not None and hour_word.unit_name == "hour":
                self.clock_follows(k)  # "20.15 Uhr": a time written with a dot, before the hour word
            if nxt is not None and nxt.raw is not None and nxt.raw.number is not None:
                end = self.spaced_date(k)
                if end:
                    return end
        prev = out[-1].text if out else ""
        if prev in ("oclock", "noon", "midnight") and value < 60 and short \
                and (nxt is None or nxt.unit_name == "minute"
                     or not (nxt.number is not None or nxt.has(Month) or nxt.unit_name is not None)) \
                and self.minutes_said(value, False, item, item):  # "quinze heures trente", "midi quinze", "9 heures 30"
            return k + 2 if nxt is not None and nxt.unit_name == "minute" else k + 1
        if value <= 24 and nxt is not None and Glue in nxt.kinds \
                and prev not in ("at", ":", "the", "from", "to", "and", "between") and self.part_of_day_follows(k):
            self.emit(("at",), item)  # "3 del pomeriggio", "8 della sera": a time of that part of the day
            prev = "at"
        before = prev
        k += 1
        if raw is None and nxt is not None and value in (20, 30, 40, 50, 60, 70, 80, 90):
            joined = self.item(k + 1)
            if nxt.glue_only and joined is not None and joined.raw is None and not joined.is_compound and (
                    joined.number is not None and 0 < joined.number < 10 or joined.has(Ordinal)):
                nxt, k = joined, k + 1  # "vinte e quatro", "vingt et un", "treinta y cinco": one number
            units = nxt.number
            ordinal = nxt.get(Ordinal)
            if units is not None and 0 < units < 10:
                value, k = value + units, k + 1
                nxt = self.item(k)
            elif isinstance(ordinal, Ordinal) and 0 < ordinal.n < 10:
                self.emit_number(value + ordinal.n, item)
                self.out.append(Token("th", nxt.first.start, nxt.last.end, None, False))
                return k + 1
        if short and start > 0 and self.items[start - 1].glue_only and prev != "at" and self.minutes_follow(start):
            self.spell_minutes(start, value)
            return k
        quarter = self.lexicon.clock_fractions.get(normalize_word(nxt.first.text)) \
            if value == 1 and raw is None and nxt is not None and nxt.first is nxt.last else None
        if quarter is not None and nxt is not None and (to := self.countdown_to_clock(k, hours=True)) >= 0:
            self.emit_number(quarter, nxt)
            self.emit(("minutes", "to"), nxt)  # "un quarto a mezzogiorno", "un quarto alle cinque"
            return to
        if 0 < value < 60 and nxt is not None and nxt.glue_only and (to := self.countdown_to_clock(k - 1)) >= 0:
            self.emit_number(value, item)
            self.emit(("minutes", "to"), item)  # "quinze para o meio dia": a quarter to noon
            return to
        if raw is not None:
            if len(raw.text) == 4 and self.counted_before():
                self.emit(("of",), item)  # "terceiro mês de 2017", "last quarter 2015": the year it counts in
            if nxt is not None and value % 10 == 0 and self.decade_at(k - 1):
                # "1990-х", "90-е": the figure and "s"; the hyphen and the ending are read
                dash = nxt.raw is not None and nxt.raw.text == "-"
                ending = self.items[k + 1] if dash else nxt
                out += [raw, Token("s", raw.end, ending.last.end, None, False)]
                return k + 2 if dash else k + 1
            if item.last is not item.first and value < 100:
                out += [raw, Token("th", item.last.start, item.last.end, None, False)]  # "15ten", "3e", "1er"
                return k
            if nxt is not None and nxt.first.text == "," and self.decimal_comma_at(k - 1):
                fraction = self.items[k + 1]
                out += [raw, Token(".", nxt.first.start, nxt.last.end, None, False), fraction.first]
                return k + 2  # "2,5 Stunden": the decimal comma
            self.spell_figure(k - 1, raw)
            if out[-1].text == "th":
                return k + 1  # the "." of "14." was read as the ordinal mark
        else:
            self.emit_number(value, item)
        counted = self.item(k)
        slash = self.item(k)
        if slash is not None and slash.raw is not None and slash.raw.text in ("/", "-", ".") \
                and not slash.first.space_before:
            before = ""  # "mardi 04/03": a date written with figures after the weekday
        if before in lx.WEEKDAYS and value <= 31 and not self.time_follows(k) \
                and (item.raw is not None or value > 1) \
                and not (counted is not None and (counted.unit_name is not None or counted.is_compound)):
            # "jeudi 15", "vendredi quinze": the day of the month; "mardi un plan": "un" is an article
            self.out.append(Token("th", item.first.start, item.last.end, None, False))  # "jeudi 15": the 15th
            return k
        if nxt is not None and nxt.unit_name == "hour" and value <= 24 and self.prev_text(2) != ":" \
                and self.clock_hour(k):
            after = self.item(k + 1)
            if after is not None and after.raw is not None and after.raw.number is not None \
                    and (not nxt.first.space_before and not after.raw.space_before or self.minutes_at(k + 1)):
                if after.raw.space_before:  # "15 Uhr 20": the minutes read as if written "15:20"
                    self.out.append(Token(":", nxt.first.start, nxt.last.end, None, False))
                    minutes = Token(after.raw.text, after.raw.start, after.raw.end, after.raw.number, False)
                    self.items[k + 1] = _Item(minutes, minutes, raw=minutes)
                    self.item = [*self.items, *_PADDING].__getitem__
                else:
                    self.out.append(Token("h", nxt.first.start, nxt.last.end, None, False))  # "17ч10"
            else:
                self.out.append(Token("oclock", nxt.first.start, nxt.last.end, None, True))
            return k + 1
        return k

    def time_follows(self, k: int) -> bool:
        """True when item k makes the number before it a time ("15h", "15:00", "15 heures", "et quart")."""
        nxt = self.item(k)
        if nxt is None:
            return False
        if nxt.raw is not None and nxt.raw.text in (":", ".") and not nxt.first.space_before:
            return True
        return nxt.unit_name in ("hour", "minute") or nxt.has(ClockMinutes) or nxt.has(PartOfDay)

    def spaced_date(self, k: int) -> int:
        """A date written as its numbers with spaces between them ("17 02", "20 02 2014", "24 12 14"),
        the whole expression, day first: written with slashes; the index after it, or 0."""
        figures = []
        j = k
        while j < len(self.items) and self.items[j].raw is not None and self.items[j].number is not None:
            figures.append(self.items[j])
            j += 1
        if j != len(self.items) or len(figures) not in (2, 3) or any(not f.first.space_before for f in figures[1:]):
            return 0
        day, month = figures[0].number or 0, figures[1].number or 0
        texts = [f.first.text for f in figures]
        if not (1 <= day <= 31 and 1 <= month <= 12 and len(texts[0]) <= 2 and len(texts[1]) <= 2) \
                or len(figures) == 3 and len(texts[2]) not in (2, 4):
            return 0
        for n, figure in enumerate(figures):
            if n:
                self.out.append(Token("/", figure.first.start, figure.first.start, None, False))
            self.out.append(Token(figure.first.text, figure.first.start, figure.last.end, figure.number,
                                  figure.first.space_before if not n else False))
        return j

    def clock_at_end(self) -> tuple[int, int] | None:
        """The hour of the clock time the words so far end with, and how many words spell it
        ("15 oclock", "at 3", "noon", "midnight"), or None."""
        last = self.prev_text()
        if last == "noon":
            return 12, 1
        if last == "midnight":
            return 0, 1
        if last == "oclock" and len(self.out) >= 2 and self.out[-2].number is not None:
            return self.out[-2].number, 2
        if self.prev_text(2) == "at" and self.out[-1].number is not None and self.out[-1].number <= 24:
            return self.out[-1].number, 1
        return None

    def set_minutes(self, minutes: int, item: _Item, to_hour: bool = False,
                    clock: tuple[int, int] | None = None) -> bool:
        """Writes the clock time just written (*clock*: its hour and how many words spell it; by default
        :meth:`clock_at_end`) with its minutes ("15 oclock" + 30 -> "15:30"; 15 to noon -> "11:45");
        False when no clock time was written."""
        if clock is None:
            clock = self.clock_at_end()
        if clock is None or not 0 <= minutes < 60:
            return False
        hour, size = clock
        if to_hour and minutes:
            hour, minutes = (hour - 1) % 24, 60 - minutes
        first = self.out[-size]
        del self.out[-size:]
        self.out += [Token(str(hour), first.start, item.last.end, hour, first.space_before),
                     Token(":", item.first.start, item.last.end, None, False),
                     Token(f"{minutes:02d}", item.first.start, item.last.end, minutes, False)]
        return True

    def spell_clock_minutes(self, k: int, meaning: ClockMinutes) -> int:
        """"et quart", "et demie", "moins le quart", "moins cinq", "passé de 15 minutes" after a clock time."""
        item = self.items[k]
        if meaning.minutes:
            self.minutes_said(meaning.minutes, meaning.to_hour, item, item)
            return k + 1
        nxt = self.item(k + 1)
        if nxt is None or nxt.number is None or not self.minutes_said(nxt.number, meaning.to_hour, item, nxt):
            return k + 1
        after = self.item(k + 2)
        return k + 3 if after is not None and after.unit_name == "minute" else k + 2

    def part_of_day_follows(self, k: int) -> bool:
        """True when a part of the day follows item k, across glue ("3 del pomeriggio", "6 de la mañana")."""
        j = k + 1
        while self.item(j) is not None and self.items[j].has(Glue) and not self.items[j].has(PartOfDay):
            j += 1
        nxt = self.item(j)
        return j > k + 1 and nxt is not None and nxt.has(PartOfDay) and not nxt.has(Unit)

    def spell_night_before(self, k: int) -> int:
        """The night that ends on a day ("in der Nacht zum Sonntag", "в ночь на субботу"): "overnight
        saturday" (into Saturday's small hours) when the lexicon's night word says so (Ukrainian and
        Russian), else the night of the day before it: "saturday night"."""
        item = self.items[k]
        if self.overnight(item):
            self.emit(("overnight",), item)  # "в ніч на 24 лютого": the night into the morning of the 24th
            return k + 1
        j = k + 1
        while (nxt := self.item(j)) is not None and nxt.glue_only:
            j += 1
        weekday = nxt.get(Weekday) if nxt is not None else None
        if isinstance(weekday, Weekday):
            self.emit(_canonical_words(Weekday((weekday.n - 1) % 7)) + ("night",), item)
            return j + 1
        suffixed = self.suffixed_day(j)
        day = nxt.number if nxt is not None and (self.day_figure(j) or suffixed is not None) else None
        m = self.next_content(suffixed if suffixed is not None else j + 1)
        got = self.item(m)
        month = got.get(Month) if got is not None else None
        year = self.item(m + 1)
        if day == 1 and year is not None and year.raw is not None and len(year.raw.text) == 4:
            day = None  # "в ніч на 1 січня 2025 року": the eve is in the year before; its own night then
        if day is not None and isinstance(month, Month) and (day > 1 or month.n != 3):
            # "в ніч на 24 лютого": the night of the 23rd; the 1st, the night of the last day of the month
            # before (March, whose eve depends on the year, keeps its own night)
            before = Month(month.n - 1 or 12) if day == 1 else month
            eve = day - 1 if day > 1 else (31 if before.n in (1, 3, 5, 7, 8, 10, 12) else 30)
            self.emit(("night",), item)
            self.emit_number(eve, nxt)  # type: ignore[arg-type]
            self.emit(_canonical_words(before), got)  # type: ignore[arg-type]
            return m + 1
        self.emit(("night",), item)
        return k + 1

    @staticmethod
    def overnight(item: _Item) -> bool:
        """True when the night word at *item* runs into the small hours of the day it names, as English
        "overnight" does (its lexicon gives it hours from the evening before: -6 to 6)."""
        night = item.get(PartOfDay)
        return isinstance(night, PartOfDay) and night.start_hour < 0

    def second_day(self, j: int) -> int | None:
        """For a night named by two days from item j ("23 на 24 лютого", "28 лютого на 1 березня",
        "суботи на неділю"): the index of the second day; None when only one day is there."""
        first = self.item(j)
        if first is None:
            return None
        if first.has(Weekday):
            s = self.next_content(j + 1)
            second = self.item(s)
            return s if s > j + 1 and second is not None and second.has(Weekday) else None
        if first.number is None or not (self.day_figure(j) or self.suffixed_day(j) is not None):
            return None
        s = self.next_content(self.suffixed_day(j) or j + 1)
        month = self.item(s)
        if month is not None and month.has(Month):
            s = self.next_content(s + 1)  # "28 лютого на 1 березня": the first day has its own month
        second = self.item(s)
        if second is not None and second.number is not None and (
                self.day_figure(s) or self.suffixed_day(s) is not None) and s > j + 1:
            return s
        return None

    def spell_night_between(self, k: int) -> int:
        """The night named by the two days it joins ("в ночь с 23 на 24 февраля", "у ніч із суботи на
        неділю") runs into the second day's small hours: "overnight 24 february", "overnight sunday"
        (the second day is spelled as written, with its month and year). With one day only ("вночі з
        23 лютого") it is that day's night."""
        item = self.items[k]
        second_at = self.second_day(self.next_content(k + 1))
        if second_at is not None:
            self.emit(("overnight",), item)
            return second_at
        self.emit(("night",), item)
        return k + 1

    def suffixed_day(self, j: int) -> int | None:
        """After a day of the month written with its ordinal ending ("24-те", "3-го"): the index past
        the ending; None when item j is not that."""
        day, dash, ending = self.item(j), self.item(j + 1), self.item(j + 2)
        if day is not None and day.raw is not None and day.number is not None and 1 <= day.number <= 31 \
                and len(day.raw.text) <= 2 and dash is not None and dash.raw is not None and dash.raw.text == "." \
                and not dash.raw.space_before:
            return j + 2  # "in der Nacht zum 9. November": the dot of a German ordinal
        if day is None or day.raw is None or day.number is None or not 1 <= day.number <= 31 \
                or len(day.raw.text) > 2 or dash is None or dash.raw is None or dash.raw.text != "-" \
                or dash.raw.space_before or ending is None or not ending.glue_only or ending.first.space_before:
            return None
        return j + 3

    def next_content(self, j: int) -> int:
        """The index of the first item from j that is not glue alone (the length when none is)."""
        while (got := self.item(j)) is not None and got.glue_only:
            j += 1
        return j

    def decimal_comma_at(self, k: int) -> bool:
        """True when the figure at item k is the whole part of a decimal written with a comma and
        followed by a unit ("2,5 Stunden", "1,5 Jahre")."""
        comma, fraction, unit = self.item(k + 1), self.item(k + 2), self.item(k + 3)
        return comma is not None and comma.first.text == "," and not comma.first.space_before \
            and fraction is not None and fraction.raw is not None and fraction.raw.number is not None \
            and not fraction.raw.space_before and unit is not None and unit.unit_name is not None

    def minutes_at(self, k: int) -> bool:
        """True when the figure at item k, after a number and the hour word, gives the minutes ("15 Uhr 20")."""
        item, after = self.item(k), self.item(k + 1)
        number = item.number if item is not None else None
        return item is not None and item.raw is not None and number is not None and number < 60 \
            and len(item.raw.text) == 2 and (after is None or not (after.has(Unit) or after.has(Month)))

    def spell_figure(self, k: int, tok: Token) -> None:
        """A figure as written, read in the ways of languages that write ordinals with a dot
        ("14." is the 14th: "14. - 15.10.")."""
        nxt = self.item(k + 1)
        if nxt is None or nxt.raw is None or nxt.raw.text != ".":
            self.out.append(tok)  # no dot after it: the figure
            return
        after = self.item(k + 2)
        nxt_text = nxt.raw.text
        adjacent = not nxt.first.space_before
        before = self.item(k - 1)
        dotted_before = before is not None and before.raw is not None and before.raw.text == "." \
            and not tok.space_before
        if nxt is not None and nxt_text == "." and adjacent and not dotted_before and tok.number is not None \
                and 1 <= tok.number <= 31 and len(tok.text) <= 2 \
                and (after is None or after.first.space_before or after.raw is not None and after.raw.text == "/"):
            self.out.append(tok)
            self.out.append(Token("th", nxt.first.start, nxt.last.end, None, False))
            return
        self.out.append(tok)

    def decade_at(self, k: int) -> bool:
        """A decade written as a figure and the language's ending: "1990-х", "90-е" (not "20-е лютого")."""
        item = self.items[k]
        value = item.number
        if item.raw is None or value is None or value % 10 or len(item.raw.text) not in (2, 4):
            return False
        j = k + 1
        nxt = self.item(j)
        if nxt is not None and nxt.raw is not None and nxt.raw.text == "-" and not nxt.first.space_before:
            j += 1
            nxt = self.item(j)
        if nxt is None or nxt.first.space_before or normalize_word(nxt.first.text) not in self.lexicon.decade_endings:
            return False
        after = self.item(j + 1)
        return not (len(item.raw.text) == 2 and after is not None and after.has(Month))

    def range_slash(self, k: int) -> bool:
        """A "/" between two days or two times is a range: "14./15.10.", "18:30/19:00"."""
        if self.prev_text() == "th":
            return True
        nxt, colon = self.item(k + 1), self.item(k + 2)
        return len(self.out) >= 3 and self.out[-2].text == ":" and self.out[-1].number is not None \
            and nxt is not None and nxt.number is not None and colon is not None and colon.raw is not None \
            and colon.raw.text == ":"

    def clock_hour(self, k: int) -> bool:
        """True when the hour word at item k, after a number, names the hour of the clock ("15 годин",
        "в 3 часа") rather than a length ("через 3 години", "3 години тому", "останні 3 години")."""
        before = self.prev_text(2)
        if before in ("in", "within", "last", "next", "this", "for") or self.pending_ago:
            return False
        after = self.item(k + 1)
        if after is not None:
            marker = after.get(Marker)
            qualifier = after.get(Qualifier)
            relative = after.get(Relative)
            if isinstance(marker, Marker) and marker.position == "after" \
                    or isinstance(relative, Relative) and relative.position != "before":
                return False  # "3 години тому", "3 heures suivantes"
            if isinstance(qualifier, Qualifier) and qualifier.kind in ("until", "by", "before", "after") \
                    and not after.has(Glue) and not self.clock_starts(k + 2):
                return False  # "за 3 години до", "3 години після" (not "de 9h à 11h")
        return True

    def spell_meaning(self, k: int, meaning: Meaning) -> int:
        # the commonest first, each by its own rules
        if isinstance(meaning, Unit):
            return self.spell_unit(k, meaning)
        if isinstance(meaning, Relative):
            return self.spell_relative(k, meaning)
        if isinstance(meaning, Number):
            return self.spell_number(k, meaning.value)
        item = self.items[k]
        if isinstance(meaning, (Hedge, Qualifier)) and self.dotted_time < 0:
            self.clock_follows(k + 1)  # "gegen 15.30 Uhr", "ab 9.30": a time written with a dot
        if isinstance(meaning, Ordinal) and (after_hour := self.ordinal_hour(k, meaning)) is not None:
            if self.prev_text() != "at":
                self.emit(("at",), item)
            self.emit_number(meaning.n, item)  # "о шостій вечора": at 6 in the evening
            return after_hour
        if isinstance(meaning, Ordinal) and meaning.n not in _ORDINAL_SPELLING:
            self.emit_number(meaning.n, item)
            if meaning.n >= 1000:
                return k + 1  # "в двухтысячном году": the 2000th year is the year 2000
            self.out.append(Token("th", item.first.start, item.last.end, None, False))
            return k + 1
        if isinstance(meaning, Marker):
            nxt = self.item(k + 1)
            article = self.is_article(nxt)
            after = self.item(k + 2) if article else nxt
            if meaning.direction > 0 and meaning.position == "before" and after is not None:
                if after.has(PartOfDay) and not after.has(Unit):
                    # "dans la matinée", "plus tard dans l'après-midi": in that part of the day
                    if self.prev_text() == "later":
                        self.emit(("this",), item)
                    return k + 1
                if article and after.unit_name is not None and after.number is None \
                        and all(it.glue_only for it in self.items[k + 3:]):
                    self.emit(("this",), item)  # "dans la semaine": during this week
                    return k + 2
                if article and self.quantity_follows(k + 1):
                    self.emit(("within",), item)  # "dans les 15 jours": within 15 days
                    return k + 2
            if meaning.direction < 0 and meaning.position == "before":
                self.pending_ago = [Token("ago", item.first.start, item.last.end, None, True)]
            elif meaning.direction > 0 and meaning.position == "before":
                self.emit(("in",), item)
            else:
                self.emit(("ago",) if meaning.direction < 0 else ("later",), item)
            return k + 1
        if isinstance(meaning, ClockMinutes):
            return self.spell_clock_minutes(k, meaning)
        if isinstance(meaning, Decade) and not meaning.start:
            # "les années 1990", "los años 90": the decade of the figure that follows
            nxt = self.item(k + 1)
            if nxt is not None and nxt.raw is not None and nxt.raw.number is not None \
                    and len(nxt.raw.text) in (2, 4) and nxt.raw.number % 10 == 0:
                self.emit(("the",), item)
                self.out += [nxt.raw, Token("s", nxt.raw.start, nxt.raw.end, None, False)]
                self.noun_written()
                return k + 2
            return self.spell_unit(k, Unit("year"))
        if isinstance(meaning, PeriodPart) and meaning.kind in _DAYPART_MODIFIER:
            j = k + 1
            while j < len(self.items) and self.items[j].glue_only:
                j += 1
            part = self.item(j)
            daypart = part.get(PartOfDay) if part is not None else None
            if isinstance(daypart, PartOfDay) and daypart.name in ("morning", "afternoon", "evening", "night"):
                self.emit(_DAYPART_MODIFIER[meaning.kind], item)  # "en fin d'après-midi": late afternoon
                return k + 1
            if part is not None and part.unit_name == "day" and part.number is None and not part.is_compound \
                    and not self.out and all(it.glue_only for it in self.items[j + 1:]):
                # "en début de journée", "en fin de journée": the parts of the day they name
                self.emit(_DAY_PART_OF_DAY[meaning.kind], item)
                return j + 1
        if isinstance(meaning, Qualifier):
            return self.spell_qualifier(k, meaning)
        if isinstance(meaning, DayWord) and meaning.shift in (-2, -1, 1, 2) and self.anchor_follows(k + 1):
            # "le lendemain du 13 février", "la veille du sommet", "le surlendemain du 3 mars": days
            # after / before what follows
            days = abs(meaning.shift)
            self.emit((str(days), "day" if days == 1 else "days", "after" if meaning.shift > 0 else "before"), item)
            self.out[-3].number = days
            return k + 2
        if isinstance(meaning, DayWord) and meaning.shift not in _DAY_WORD_SPELLING:
            days = abs(meaning.shift)
            if meaning.shift > 0:
                self.emit(("in",), item)
            self.emit_number(days, item)
            self.emit(("days",) if meaning.shift > 0 else ("days", "ago"), item)
            return k + 1
        if isinstance(meaning, PartOfDay) and meaning.name == "night_before":
            return self.spell_night_before(k)
        if isinstance(meaning, PartOfDay) and meaning.name == "night_between":
            return self.spell_night_between(k)
        if isinstance(meaning, PartOfDay) and meaning.name == "night" and self.clock_hour_written() in range(6):
            self.emit(("am",), item)  # "о 1:30 ночі": the small hours of that day
            return k + 1
        if isinstance(meaning, Month) and self.counted_before():
            self.emit(("of",), item)
        if isinstance(meaning, PeriodPart) and meaning.kind == "mid" and self.prev_text() in ("first", "second"):
            self.emit(("half",), item)  # "la prima metà", "la segunda mitad", "na primeira metade": a half
            j = k + 1
            while (got := self.item(j)) is not None and got.glue_only:
                j += 1
            if got is not None and got.unit_name is not None:
                self.emit(("of",), item)  # "nella seconda metà dell'anno": of the year
            return k + 1
        self.emit(item.reading.spelling if meaning is item.reading.simple else _canonical_words(meaning), item)
        if isinstance(meaning, _NOUNS) or isinstance(meaning, PartOfDay) and meaning.name == "night":
            self.noun_written()  # "la nuit dernière": last night
        if isinstance(meaning, Decade) and (nxt := self.item(k + 1)) is not None and nxt.unit_name == "year" \
                and nxt.number is None and all(it.glue_only for it in self.items[k + 2:]):
            return k + 2  # "в девяностые годы", "у двохтисячних роках": the decade's word for years
        return k + 1

    def bare_minutes_before(self, k: int) -> bool:
        """True when a number alone was just written and an hour follows item k ("20 nach 3")."""
        if not self.out or self.out[-1].number is None or len(self.out) > 1 and self.prev_text(2) in (":", "."):
            return False
        nxt = self.item(k + 1)
        value = self.out[-1].number
        return value is not None and 0 < value < 60 and nxt is not None and nxt.number is not None \
            and 0 <= nxt.number <= 24 and (nxt.raw is None or len(nxt.raw.text) <= 2)

    def point_before(self) -> bool:
        """True when a day, a date or a time was just written ("13", "13th", "monday", "july")."""
        last = self.prev_text()
        return bool(self.out) and (self.out[-1].number is not None or last == "th" or last in lx.WEEKDAYS
                                   or last in lx.MONTHS or last == "." and self.out[-2:][0].number is not None)

    def day_of_month_follows(self, k: int) -> bool:
        """True when the glue word at item k stands between a day of the month and a month named by a
        relative word ("el 10 del mes pasado", "el 10 de este mes")."""
        last = self.out[-1] if self.out else None
        if last is None or last.number is None or not 1 <= last.number <= 31 or self.prev_text(2) != "the":
            return False
        nxt, after = self.item(k + 1), self.item(k + 2)
        if nxt is not None and nxt.has(Relative) and after is not None:
            return after.unit_name == "month"
        return nxt is not None and nxt.unit_name == "month" and after is not None and after.has(Relative)

    def joins_days(self, k: int) -> bool:
        """True when the glue word at item k stands between two days of one month ("3 y 4 de marzo")."""
        last = self.out[-1] if self.out else None
        if last is None or last.number is None or not 1 <= last.number <= 31 or self.prev_text(2) == ":":
            return False
        nxt = self.item(k + 1)
        if nxt is None or not self.day_figure(k + 1):
            return False
        j = k + 2
        while (got := self.item(j)) is not None and got.has(Glue) and not got.has(Month):
            j += 1
        return got is not None and got.has(Month)

    def decade_named(self, k: int, decade_word: bool) -> int | None:
        """After the year or decade word, a figure or number word ending in 0 that names a decade ("los
        años 90", "la década de 1990", "los años noventa"): written "90 s"; the next item, or None."""
        j = k
        while (got := self.item(j)) is not None and got.has(Glue) and got.number is None:
            j += 1
        got = self.item(j)
        if got is None or got.number is None or got.number % 10 or got.is_compound:
            return None
        digits = len(got.raw.text) if got.raw is not None else 2
        if not (digits == 2 and 20 <= got.number <= 90 or digits == 4 and decade_word):
            return None
        self.out += [Token("the", got.first.start, got.last.end, None, True),
                     Token(str(got.number), got.first.start, got.last.end, got.number, True),
                     Token("s", got.last.end, got.last.end, None, False)]
        return j + 1

    def counted_before(self) -> bool:
        """True after an ordinal or "last" and the unit or weekday it counts: "the first Wednesday" + month."""
        out = self.out
        if len(out) < 2:
            return False
        noun, counter = out[-1].text, out[-2].text
        if noun not in lx.UNITS and noun not in lx.WEEKDAYS:
            return False
        return counter in ("last", "th") or counter in lx.ORDINAL_WORDS

    def spell_unit(self, k: int, unit: Unit) -> int:
        item = self.items[k]
        prev = self.out[-1] if self.out else None
        if unit.name == "year" and prev is not None and (prev.number is not None and len(prev.text) == 4
                                                         or prev.text == "s" and self.prev_text(2).isdigit()):
            return k + 1  # "2024 року", "в 2014 году", "2024 г.", "1990-х років"
        if unit.name == "hour" and prev is not None and prev.number is not None and self.prev_text(2) == ":":
            return k + 1  # "18:30ч"
        if unit.name == "hour" and item.first is item.last and (prev is None or prev.number is None
                                                                and prev.text not in _COUNTING) \
                and (nxt_clock := self.item(k + 1)) is not None and nxt_clock.raw is not None \
                and self.clock_follows(k + 1):
            self.emit(("at",), item)  # "ore 15", "domani ore 9:30": the hour word before the time
            return k + 1
        j = k + 1
        while j < len(self.items) and self.items[j].has(Glue):
            j += 1
        if unit.name == "month" and j < len(self.items) and self.items[j].has(Month):
            return k + 1  # "le mois de mars", "fin du mois d'avril": the month named
        after = self.item(k + 1)
        if unit.name == "year" and after is not None and after.raw is not None and after.raw.number is not None \
                and len(after.raw.text) == 4 and not (prev is not None and prev.number is not None):
            return k + 1  # "im Jahr 2024", "bis zum Jahr 2030": the year word before the year
        nxt = self.item(k + 1)
        if unit.name == "day" and self.day_unit_names_date(k):
            # "dia 17", "el día 17", "il giorno 17": the 17th of the month, not a count of days
            if self.prev_text() == "this":
                self.out.pop()  # "este dia 17"
            assert nxt is not None and nxt.number is not None
            self.emit_number(nxt.number, nxt)
            self.out.append(Token("th", nxt.first.start, nxt.last.end, None, False))
            return k + 2
        if unit.name == "year" and nxt is not None and nxt.raw is not None and nxt.raw.number is not None \
                and len(nxt.raw.text) == 4:
            return k + 1  # "en el año 2019", "im Jahr 2019": the year it names
        if unit.name == "month" and (prev is None or prev.number is None):
            j = k + 1
            while self.item(j) is not None and self.items[j].has(Glue) and not self.items[j].has(Month):
                j += 1
            named = self.item(j)
            if named is not None and named.has(Month):
                return k + 1  # "il mese di ottobre", "el mes de octubre": the month is October
        if nxt is not None and nxt.has(Ordinal) and not nxt.has(Number) and (prev is None or prev.number is None) \
                and not (nxt.has(Marker) and self.item(k + 2) is None):  # "il giorno prima": the day before
            self.spell_meaning(k + 1, nxt.get(Ordinal))  # type: ignore[arg-type]
            self.emit((unit.name,), item)  # "el siglo XXI", "el trimestre IV": the ordinal comes first
            self.noun_written()
            return k + 2
        if unit.name in ("year", "decade") and (prev is None or prev.number is None):
            decade = self.decade_named(k + 1, unit.name == "decade")
            if decade is not None:
                return decade  # "los años 90", "la década de 1990", "los años noventa"
        if self.counted_before():
            self.emit(("of", "the"), item)  # "el último día del mes": the last day of the month
        counted = prev is not None and (prev.number is not None or prev.text in ("a", "th")
                                        or prev.text in lx.ORDINAL_WORDS or prev.text in lx.NUMBER_WORDS)
        before = self.item(k - 1)
        if before is not None and Glue in before.kinds and (
                unit.name in ("month", "week", "year") and prev is not None and prev.number is not None
                and before.number is None or not self.out and unit.name != "weekend") \
                and all(it.glue_only for it in self.items[k + 1:]):  # nothing but glue after the unit
            # "le 15 du mois": the 15th of this month; "au cours de la semaine", "dans l'année": this week
            self.emit(("this",), item)
        if unit.name == "day" and not counted and not self.pending_ago and self.day_figure(k + 1):
            after = self.item(k + 2)
            if after is None or not (after.unit_name is not None or after.has(Marker)):
                self.emit(("the",), item)  # "el día 9", "día quince": the day of the month
                return k + 1
        if not counted and (self.prev_text() in ("in", "within") or self.pending_ago or nxt is not None and (
                isinstance(marker := nxt.get(Marker), Marker) and marker.position == "after"
                or self.relation_follows(k))):
            self.emit(("a",), item)  # "через тиждень", "неделю назад": one unit
        self.emit((unit.name,), item)
        self.noun_written()
        if unit.name in ("week", "weekend") and j > k + 1 and self.starts_date(j) and not counted \
                and not self.items[j].has(Weekday):
            self.emit(("of",), self.items[k + 1])  # "la semaine du 7 octobre": the week of 7 October
            return j
        return k + 1

    def relation_follows(self, k: int) -> bool:
        """True when the unit at item k is followed by the "until" word of a quantity before a date
        ("за тиждень до виборів", "за неделю до 24 февраля": a week before), outside a range."""
        nxt, after = self.item(k + 1), self.item(k + 2)
        qualifier = nxt.get(Qualifier) if nxt is not None else None
        return isinstance(qualifier, Qualifier) and qualifier.kind in ("until", "by") and after is not None \
            and not self.in_range and k > 0 and self.items[k - 1].glue_only

    def day_unit_names_date(self, k: int) -> bool:
        """True when the day unit at item k names a day of the month by the number after it ("dia 17")."""
        prev = self.out[-1] if self.out else None
        if prev is not None and (prev.number is not None or prev.text in lx.NUMBER_WORDS):
            return False
        nxt, after = self.item(k + 1), self.item(k + 2)
        if nxt is None or nxt.number is None or not 1 <= nxt.number <= 31 or nxt.is_compound:
            return False
        if nxt.raw is not None and (len(nxt.raw.text) > 2 or after is not None and after.raw is not None
                                    and after.raw.text in (":", ".", "/", "-") and not after.first.space_before):
            return False
        if after is not None and after.has(Glue) and (more := self.item(k + 3)) is not None \
                and more.number is not None:
            return False  # "los días 3 y 4 de marzo": two days, read by joins_days
        return after is None or after.unit_name is None and not after.has(Marker)

    def noun_written(self) -> None:
        self.last_noun = len(self.out) - 1
        if self.pending_ago and self.out[-1].text in lx.UNITS:
            self.out += self.pending_ago
            self.pending_ago = []
        if self.pending_after:
            last = self.out[-1]
            self.out += [Token(w, last.start, last.end, None, True) for w in self.pending_after]
            self.pending_after = ()

    def spell_relative(self, k: int, meaning: Relative) -> int:
        item = self.items[k]
        if meaning.shift in (-2, 2):
            self.emit(("the",), item)
            self.pending_after = ("before", "last") if meaning.shift < 0 else ("after", "next")
            return k + 1
        spelled = item.reading.spelling if meaning is item.reading.simple else _canonical_words(meaning)
        nxt = self.item(k + 1)
        day_part = self.relative_part_of_day(k, meaning)
        if day_part is not None:
            return day_part
        if self.counted_before() and nxt is not None and nxt.unit_name is not None:
            self.emit(("of",), item)  # "le premier mercredi du mois prochain": of next month
        if meaning.shift == 0 and nxt is not None and nxt.raw is not None and nxt.raw.number is not None \
                and len(nxt.raw.text) == 4:
            return k + 1  # "este 2025": the year itself
        if meaning.shift == 0 and nxt is not None and nxt.has(Relative) and meaning.position == "before":
            return k + 1  # "este próximo lunes", "este pasado fin de semana": the second word says which
        if nxt is not None and self.day_figure(k + 1):
            j = k + 2
            while (got := self.item(j)) is not None and got.has(Glue) and not got.has(Month):
                j += 1
            month = got.get(Month) if got is not None else None
            if got is not None and isinstance(month, Month):
                # "el pasado 12 de febrero", "el próximo 15 de marzo": last February 12, next March 15
                self.emit(spelled, item)
                self.emit(_canonical_words(month), got)
                self.emit_number(nxt.number or 0, nxt)
                return j + 1
        noun_follows = meaning.position == "either" and nxt is not None and any(
            isinstance(m, _NOUNS) for m in nxt.meanings)  # "miércoles de la próxima semana"
        if meaning.position != "before" and self.last_noun == len(self.out) - 1 and self.last_noun >= 0 \
                and not noun_follows:
            at = self.last_noun
            noun = self.out[at]
            th = 1 if at > 1 and self.out[at - 1].text == "th" else 0
            if noun.text in lx.MONTHS and at > th and self.out[at - 1 - th].number is not None:
                # "le 3 mars dernier": last March 3; "mardi 4 mars dernier": Tuesday last March 4
                day = self.out[at - 1 - th]
                self.out[at - 1 - th:at + 1] = [Token(w, item.first.start, item.last.end, None, day.space_before)
                                                for w in spelled] + [noun, day]
                self.last_noun = -1
                return k + 1
            if at > 0 and self.out[at - 1].number is not None and self.out[at].text in lx.UNITS \
                    and self.prev_text(3) != ":":
                at -= 1  # "i 2 mesi passati", "tres meses que vienen": the relative word goes before the count
            self.out[at:at] = [
                Token(w, item.first.start, item.last.end, None, item.first.space_before) for w in spelled]
            self.last_noun = -1
            return k + 1
        if self.out and self.out[-1].number is not None and self.prev_text(2) != ":" and nxt is not None \
                and nxt.unit_name is not None:
            # "le 2 ultime settimane", "i tre prossimi mesi": the relative word goes before the count
            self.out[-1:-1] = [Token(w, item.first.start, item.last.end, None, True) for w in spelled]
            return k + 1
        self.emit(spelled, item)
        return k + 1

    def ordinal_hour(self, k: int, meaning: Ordinal) -> int | None:
        """An ordinal that says the hour after the language's preposition for it ("о шостій", "о дев'ятій
        ранку", "о першій годині"), alone or before its part of the day, zone or hour word: the next
        item (past the hour word), or None when item k is not that."""
        if not 1 <= meaning.n <= 24 or k == 0 or not self.lexicon.clock_ordinal_after:
            return None
        before = self.items[k - 1]
        if before.first is not before.last or normalize_word(before.first.text) not in self.lexicon.clock_ordinal_after:
            return None
        nxt = self.item(k + 1)
        if nxt is None or nxt.has(Zone) or nxt.has(PartOfDay) and not nxt.has(Unit):
            return k + 1
        if nxt.unit() == "hour" and nxt.number is None:
            return k + 2  # "о першій годині": the hour word
        return None

    def relative_part_of_day(self, k: int, meaning: Relative) -> int | None:
        """A relative word with a part of the day on either side ("минулого вечора", "la notte scorsa",
        "la sera prossima"): the part of the day before or after the reference's day, spelled "yesterday
        evening", "last night", "tomorrow morning" as English says them; the next item, or None."""
        shift = meaning.shift
        if shift not in (-1, 1):
            return None
        item = self.items[k]
        nxt = self.item(k + 1)
        after = meaning.position != "before" and bool(self.out) and self.prev_text() in _RELATIVE_PARTS \
            and all(it.glue_only for it in self.items[k + 1:])
        part = nxt.get(PartOfDay) if nxt is not None and not nxt.has(Unit) and meaning.position != "after" else None
        if not after and not (isinstance(part, PartOfDay) and part.name in _RELATIVE_PARTS
                              and all(it.glue_only for it in self.items[k + 2:])):
            return None
        name = self.prev_text() if after else part.name  # type: ignore[union-attr]
        word = "last" if shift < 0 and name == "night" else ("yesterday" if shift < 0 else "tomorrow")
        if after:
            self.out.insert(len(self.out) - 1, Token(word, item.first.start, item.last.end, None, True))
        else:
            self.emit((word,), item)
        return k + 1

    def spell_qualifier(self, k: int, meaning: Qualifier) -> int:
        item = self.items[k]
        kind = meaning.kind
        if kind == "between":
            self.between = True
            self.emit(("between",), item)
        elif kind == "since" and self.later_bound(k):
            self.in_range = True
            self.emit(("from",), item)
        elif kind == "since" and self.quantity_follows(k) and not _is_year(self.item(k + 1)) \
                and not any(it.has(Marker) for it in self.items[k + 1:]):
            # "depuis trois ans": since three years ago
            self.emit(("since",), item)
            self.pending_ago = [Token("ago", item.first.start, item.last.end, None, True)]
        elif kind in ("until", "by") and self.in_range:
            self.in_range = False
            self.emit(("to",), item)
        elif kind in ("until", "by") and self.quantity_before() and self.prev_text() in lx.UNITS:
            self.emit(("before",), item)  # "за три дні до Великодня": three days before Easter
        elif kind == "by" and (named := self.named_unit_follows(k)) is not None:
            # "entro l'anno", "entro la settimana": by (the end of) this year, this week; "entro il mese prossimo"
            self.emit(("by", "this") if named else ("by",), item)
        elif kind == "by" and self.quantity_follows(k):
            self.emit(("within",), item)  # "d'ici deux semaines": within two weeks
        elif kind in ("before", "after") and self.bare_minutes_before(k):
            self.emit(("minute", kind), item)  # "zwanzig nach drei", "10 vor 12": minutes of the clock
        elif kind in ("until", "by") and (self.point_before() and k + 1 < len(self.items)
                                          or self.between_points(k)):
            # "13. bis 15. Juli", "Montag bis Mittwoch", "13 até 15 de julho", "9h às 17h": a range
            self.emit(("to",), item)
        else:
            self.emit((kind,), item)
        return k + 1


def _unknown_in(text: str, tok: Token, lexicon: Lexicon, quiet: bool) -> ExpressionError:
    if quiet:
        return _SPECULATIVE_FAILURE.with_traceback(None)
    raw = text[tok.start:tok.end]
    hint = _suggestion(fold_diacritics(normalize_word(tok.text)), lexicon)
    message = f"unknown word {raw!r} in {lexicon.name}"
    if hint:
        message += f" (did you mean {hint!r}?)"
    return UnknownWordError(message, text, raw, tok.start, hint)


_SUGGESTIONS: dict[tuple[str, str], str | None] = {}  # (language, word) -> its suggestion, bounded
_VOCABULARIES: dict[str, dict[int, list[str]]] = {}  # language -> its one-word surfaces by length


def _suggestion(word: str, lexicon: Lexicon) -> str | None:
    """The lexicon's word nearest to *word* (difflib's ratio at least 0.75), or None.

    Only words whose length allows that ratio are compared (2 * shorter / both >= 0.75), which
    gives what comparing the whole vocabulary gives, and a word is worked out once: a file
    repeats its misspellings, and the error path of a pipeline should not cost a sort of the
    vocabulary and a few hundred comparisons each time.
    """
    key = (lexicon.language, word)
    if key in _SUGGESTIONS:
        return _SUGGESTIONS[key]
    by_length = _VOCABULARIES.get(lexicon.language)
    if by_length is None:
        by_length = {}
        for known in lexicon.vocabulary():
            by_length.setdefault(len(known), []).append(known)
        _VOCABULARIES[lexicon.language] = by_length
    n = len(word)
    candidates = [w for size, ws in by_length.items() if 2 * min(size, n) >= 0.75 * (size + n) for w in ws]
    found = get_close_matches(word, candidates, n=1, cutoff=0.75)
    hint = found[0] if found else None
    if len(_SUGGESTIONS) < 4096:
        _SUGGESTIONS[key] = hint
    return hint


def _lookalike_word(text: str, tok: Token, word: str, lexicon: Lexicon) -> bool:
    """True when a one-letter Latin word among Cyrillic ones is a Cyrillic word of the lexicon typed with its
    Latin look-alike ("c 2014 года", "i"), not a Roman numeral: it is then an unknown word, which
    grammar/languages.py names as a Latin letter (a lower-case "c" is never the numeral 100 there)."""
    if len(word) != 1 or not tok.text.islower() or not any(script_of(c) == "cyrillic" for c in text):
        return False
    cyrillic = to_cyrillic(word)
    return cyrillic != word and lexicon.key_of(cyrillic) is not None


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CYRILLIC_ROMAN = str.maketrans({"і": "i", "х": "x", "с": "c"})  # "ХХІ" typed on a Cyrillic keyboard


def _roman(word: str) -> int | None:
    """The value of a Roman numeral from 1 to 100 ("xxi" -> 21, also typed in Cyrillic), or None."""
    word = word.translate(_CYRILLIC_ROMAN)
    if not word or len(word) > 8 or any(c not in _ROMAN for c in word):
        return None
    total = 0
    for a, b in zip(word, word[1:] + " ", strict=True):
        value = _ROMAN[a]
        total += -value if b in _ROMAN and _ROMAN[b] > value else value
    if not 1 <= total <= 100 or _to_roman(total) != word:
        return None
    return total


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out
