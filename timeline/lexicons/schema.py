"""The typed schema of a lexicon: what a word can mean, and the compiled lookup.

Meanings are NamedTuples whose last field is their word class (so a Weekday(3) never
equals a Month(3)): seven times cheaper to define than frozen dataclasses, which keeps
``import timeline.resolver`` small.

A lexicon maps *normalized surface forms* (one word, or several words joined
by single spaces: "the day after tomorrow", "il y a") to one or more typed
meanings (:data:`Meaning`). The grammar matches on meanings, never on the
spelling of a language, so a new language is new data (a module beside
``en.py``) plus, when the language needs it, a morphology hook that proposes
lemmas for inflected or mistyped forms.

Pure data and lookups: no I/O, no clock, nothing imported beyond the standard
library.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Literal, NamedTuple, TypeVar


class WordClass(StrEnum):
    """The classes of words a date expression is made of (what a scanner looks for)."""

    WEEKDAY = "weekday"
    MONTH = "month"
    UNIT = "unit"
    NUMBER = "number"
    ORDINAL = "ordinal"
    RELATIVE = "relative"
    DAY_WORD = "day_word"
    MARKER = "marker"
    QUALIFIER = "qualifier"
    HEDGE = "hedge"
    PERIOD_PART = "period_part"
    SEASON = "season"
    PART_OF_DAY = "part_of_day"
    ZONE = "zone"
    VAGUE = "vague"
    DECADE = "decade"
    CLOCK_MINUTES = "clock_minutes"
    GLUE = "glue"


Position = Literal["before", "after", "either"]


class Weekday(NamedTuple):
    """A day of the week: 0 is Monday, 6 is Sunday."""

    n: int
    word_class: WordClass = WordClass.WEEKDAY


class Month(NamedTuple):
    """A month of the year, 1 to 12."""

    n: int
    word_class: WordClass = WordClass.MONTH


class Unit(NamedTuple):
    """A calendar or clock unit; ``name`` is a key of :data:`UNITS` ("day", "week"...)."""

    name: str
    word_class: WordClass = WordClass.UNIT


class Number(NamedTuple):
    """A cardinal written as a word ("three", "a", "a dozen", "trois")."""

    value: int
    word_class: WordClass = WordClass.NUMBER


class Ordinal(NamedTuple):
    """An ordinal written as a word ("third", "premier"); ``tens`` marks the first half of
    a compound ordinal ("twenty" in "twenty-first")."""

    n: int
    tens: bool = False
    word_class: WordClass = WordClass.ORDINAL


class Relative(NamedTuple):
    """A word that moves a unit, weekday, month or season: -1 previous, 0 current, +1 next.

    ``position`` says where the word stands relative to its noun in this
    language: "next week" (before), "semaine prochaine" (after), or either
    ("le mois prochain" / "le prochain mois").
    """

    shift: int
    position: Position = "before"
    word_class: WordClass = WordClass.RELATIVE


class DayWord(NamedTuple):
    """A day named relative to the reference: -2 the day before yesterday ... +2.

    ``part_of_day`` is set for words that also name a part of the day
    ("tonight": today, at night).
    """

    shift: int
    part_of_day: str | None = None
    word_class: WordClass = WordClass.DAY_WORD


class Marker(NamedTuple):
    """A word that turns a quantity of units into an offset from the reference.

    ``direction`` is -1 for the past ("ago", "il y a", "vor") and +1 for the
    future ("in", "hence", "dans", "через"); ``position`` says whether it
    stands before the quantity ("il y a 3 jours", "in 3 days") or after it
    ("3 days ago").
    """

    direction: int
    position: Position
    word_class: WordClass = WordClass.MARKER


class Qualifier(NamedTuple):
    """A word that makes the span a bound: by, since, until, before, after."""

    kind: str
    word_class: WordClass = WordClass.QUALIFIER


class Hedge(NamedTuple):
    """A word that marks the span approximate: around, about, circa, -ish."""

    word_class: WordClass = WordClass.HEDGE


class PeriodPart(NamedTuple):
    """A part of a period: early, mid, late, begin, end, rest, earlier, later."""

    kind: str
    word_class: WordClass = WordClass.PERIOD_PART


class Season(NamedTuple):
    """A season by its TIMEX3 code: SP, SU, FA, WI."""

    code: str
    word_class: WordClass = WordClass.SEASON


class PartOfDay(NamedTuple):
    """A part of the day: its start and end hour (the end may be 24) and TIMEX3 code."""

    name: str
    start_hour: int
    end_hour: int
    code: str
    word_class: WordClass = WordClass.PART_OF_DAY


class Zone(NamedTuple):
    """A time zone: a fixed UTC offset in minutes, or an IANA name (DST-aware)."""

    zone: int | str
    word_class: WordClass = WordClass.ZONE


class VagueWindow(NamedTuple):
    """The documented window of a vague word, in days around the reference day.

    The span is ``[reference + before, reference + after)`` (at least one day);
    ``value`` is the TIMEX3 value (PAST_REF, PRESENT_REF, FUTURE_REF) and
    ``description`` the words the explanation uses.
    """

    kind: str
    before: int
    after: int
    value: str
    description: str


class Vague(NamedTuple):
    """A vague reference with its window ("recently", "in the coming weeks")."""

    window: VagueWindow
    word_class: WordClass = WordClass.VAGUE


class Decade(NamedTuple):
    """A decade named by a word ("the nineties"): its first year; 0 for the words that name the
    decade of the figure after them ("les années 90", "los años 90")."""

    start: int
    word_class: WordClass = WordClass.DECADE


class ClockMinutes(NamedTuple):
    """Minutes said after the hour of a clock time: "et quart" (15), "et demie" (30), "trois
    quarts" (45); with ``to_hour`` they are taken from the hour ("moins le quart": 15 to).
    ``minutes`` 0 reads the number that follows ("moins cinq", "passé de 15 minutes")."""

    minutes: int
    to_hour: bool = False
    word_class: WordClass = WordClass.CLOCK_MINUTES


class Glue(NamedTuple):
    """A word that ties parts of an expression and means nothing alone ("of", "the", "le")."""

    word_class: WordClass = WordClass.GLUE


Meaning = (Weekday | Month | Unit | Number | Ordinal | Relative | DayWord | Marker | Qualifier | Hedge
           | PeriodPart | Season | PartOfDay | Zone | Vague | Decade | ClockMinutes | Glue)
M = TypeVar("M", Weekday, Month, Unit, Number, Ordinal, Relative, DayWord, Marker, Qualifier, Hedge,
            PeriodPart, Season, PartOfDay, Zone, Vague, Decade, ClockMinutes, Glue)


class UnitFacts(NamedTuple):
    """What a canonical unit is worth: fixed seconds (clock units and days/weeks),
    months (calendar units), the TIMEX3 duration letter and the granularity name."""

    seconds: int | None
    months: int | None
    timex: str
    granularity: str


# The one table of canonical units. Every language's unit words map onto these keys.
UNITS: Mapping[str, UnitFacts] = {
    "second": UnitFacts(1, None, "S", "second"),
    "minute": UnitFacts(60, None, "M", "minute"),
    "hour": UnitFacts(3600, None, "H", "hour"),
    "day": UnitFacts(86400, None, "D", "day"),
    "week": UnitFacts(604800, None, "W", "week"),
    "weekend": UnitFacts(None, None, "W", "weekend"),
    "fortnight": UnitFacts(1209600, None, "W", "week"),
    "month": UnitFacts(None, 1, "M", "month"),
    "quarter": UnitFacts(None, 3, "Q", "quarter"),
    "season": UnitFacts(None, None, "S", "season"),
    "year": UnitFacts(None, 12, "Y", "year"),
    "decade": UnitFacts(None, 120, "DE", "decade"),
    "century": UnitFacts(None, 1200, "CE", "century"),
}


# --------------------------------------------------------------------------
# Normalization shared by every language

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02b9": "'", "`": "'",
                              "\u00b4": "'", "\u2032": "'"})
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-"})


def normalize_text(text: str) -> str:
    """Lowercase *text* and fold typographic apostrophes and dashes to ASCII.

    "П’ятниця", "п'ятниця" and "пʼятниця" all become "п'ятниця"; "3–5 March"
    becomes "3-5 march".
    """
    if text.isascii():  # the only ASCII character either table maps is the backquote
        return (text.replace("`", "'") if "`" in text else text).lower()
    return text.translate(_APOSTROPHES).translate(_DASHES).lower()


def normalize_word(word: str) -> str:
    """The lookup key of one word: normalized as :func:`normalize_text`, apostrophes
    inside it dropped ("o'clock" -> "oclock", "aujourd'hui" -> "aujourdhui")."""
    return normalize_text(word).replace("'", "")


def fold_diacritics(word: str) -> str:
    """*word* without combining marks ("dernière" -> "derniere", "nächste" -> "nachste").

    Only Latin letters lose their marks: Cyrillic "й" and "ї" are letters of
    their own and are kept.
    """
    if word.isascii():
        return word
    out: list[str] = []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char):
            base = out[-1] if out else ""
            if base and not ("a" <= base <= "z"):
                out[-1] = unicodedata.normalize("NFC", base + char)
            continue
        out.append(char)
    return "".join(out)


def entry_key(surface: str) -> str:
    """The key of a lexicon entry: its normalized words joined by spaces, a hyphen
    being a word of its own ("avant-hier" -> "avant - hier"), as the tokenizer splits it."""
    return " ".join(normalize_word(w) for w in surface.replace("-", " - ").split())


# A morphology hook: proposes lemmas (keys that may be in the lexicon) for a
# normalized word that is not in it, most likely first.
Morphology = Callable[[str], Iterable[str]]


def no_morphology(word: str) -> Iterable[str]:
    """The morphology of a language that needs none beyond diacritic folding."""
    return ()


# --------------------------------------------------------------------------
# The compiled lexicon


_UNSEEN = object()
_MAX_REMEMBERED = 65536


class _TrieNode:
    __slots__ = ("children", "meanings", "surface")

    def __init__(self) -> None:
        self.children: dict[str, _TrieNode] = {}
        self.meanings: tuple[Meaning, ...] = ()
        self.surface = ""


class Match(NamedTuple):
    """A lexicon entry found in a word list: its surface, meanings and the words it spans."""

    surface: str
    meanings: tuple[Meaning, ...]
    start: int
    end: int


class Lexicon:
    """The words of one language, compiled for lookup.

    - :meth:`lookup` gives the meanings of one normalized word (trying the
      morphology hook and diacritic folding when the word itself is unknown);
    - :meth:`classes` gives its word classes (what a scanner needs);
    - :meth:`longest` finds the longest entry, single or multi-word, starting at
      a position in a list of normalized words (a trie over the entries);
    - the ``*_table`` views are plain dicts from surface to value, for the
      grammar's hot paths.
    """

    def __init__(self, language: str, entries: Iterable[tuple[str, Meaning]],
                 morphology: Morphology = no_morphology, name: str = "", *, clock24: bool = False,
                 hour_word24: bool = False,
                 decade_endings: Iterable[str] = (), ordinal_endings: Iterable[str] = (),
                 day_articles: Iterable[str] = (), clock_signs: Mapping[str, int] = {},
                 clock_fractions: Mapping[str, int] = {}, clock_ordinal_after: Iterable[str] = ()) -> None:
        self.language = language
        self.name = name or language
        self.morphology = morphology
        # The language's ways of writing that are not words: times written with minutes are on the
        # 24-hour clock ("3:18" is 03:18, "10:00" is 10:00); a decade is a figure with an ending
        # ("1990-х", "90-е", "1990er"); an ordinal is a figure with an ending ("3e", "1er", "2nd").
        self.clock24 = clock24
        # ... and so are hours said with the hour word ("5h", "5 heures" are 05:00), where "3 часа"
        # in Russian may be the afternoon
        self.hour_word24 = hour_word24
        self.decade_endings = frozenset(decade_endings)
        # Glue words that stand before a day of the month, so that the figure after them is a day, not a
        # time ("el 16", "le 3", "il 25"); the words that add minutes to an hour or take them off ("las doce
        # y cuarto", "le dieci meno cinque": +1/-1), and the fractions of an hour said as words ("cuarto": 15).
        self.day_articles = frozenset(normalize_word(w) for w in day_articles)
        self.clock_signs = {normalize_word(w): sign for w, sign in clock_signs.items()}
        self.clock_fractions = {normalize_word(w): minutes for w, minutes in clock_fractions.items()}
        # the prepositions after which an ordinal says the hour ("о шостій": at six, the sixth hour)
        self.clock_ordinal_after = frozenset(normalize_word(w) for w in clock_ordinal_after)
        # the endings written after a figure to make it an ordinal ("am 15ten", "4tes Quartal", "le 3e")
        self.ordinal_endings = frozenset(normalize_word(e) for e in ordinal_endings)
        merged: dict[str, list[Meaning]] = {}
        for surface, meaning in entries:
            key = entry_key(surface)
            bucket = merged.setdefault(key, [])
            if meaning not in bucket:
                bucket.append(meaning)
        self.entries: dict[str, tuple[Meaning, ...]] = {k: tuple(v) for k, v in merged.items()}
        self._keys: dict[str, str | None] = {}  # words looked up before -> their key (the hook is not free)
        self._folded: dict[str, str] = {}
        for key in self.entries:
            folded = fold_diacritics(key)
            if folded != key:
                self._folded.setdefault(folded, key)
        self._root = _TrieNode()
        for key, meanings in self.entries.items():
            # a multi-word entry is also found without its accents ("piu di", "hace mas de"): one word
            # of it may be no entry of its own, so key_of cannot fold it; an entry as written wins
            folded = fold_diacritics(key) if " " in key else key
            for path in (key, folded) if folded != key else (key,):
                node = self._root
                for word in path.split(" "):
                    node = node.children.setdefault(word, _TrieNode())
                if path == key or not node.meanings:
                    node.meanings = meanings
                    node.surface = key
        self._classes: dict[str, frozenset[WordClass]] = {
            k: frozenset(m.word_class for m in v) for k, v in self.entries.items() if " " not in k}
        self._first_words = frozenset(k.split(" ")[0] for k in self.entries)
        self._starts_multi = frozenset(w for k in self.entries if " " in k
                                       for w in {k.split(" ")[0], fold_diacritics(k.split(" ")[0])})

    # ---- lookups ------------------------------------------------------------

    def key_of(self, word: str) -> str | None:
        """The lexicon key *word* stands for: itself, a lemma the morphology proposes,
        or its diacritic-folded form; None when the lexicon has no such word."""
        if word in self.entries:
            return word
        known = self._keys.get(word, _UNSEEN)
        if known is not _UNSEEN:
            return known  # type: ignore[return-value]
        found = self._key_of(word)
        if len(self._keys) >= _MAX_REMEMBERED:
            self._keys.clear()  # bounded: a long run over varied text never grows without end
        self._keys[word] = found
        return found

    def _key_of(self, word: str) -> str | None:
        folded = self._folded.get(fold_diacritics(word))
        if folded is not None:
            return folded
        for lemma in self.morphology(word):
            if lemma in self.entries:
                return lemma
            folded = self._folded.get(fold_diacritics(lemma))
            if folded is not None:
                return folded
        return None

    def lookup(self, word: str) -> tuple[Meaning, ...]:
        """Every meaning of one normalized word (empty when unknown)."""
        key = self.key_of(word)
        return self.entries[key] if key is not None else ()

    def classes(self, word: str) -> frozenset[WordClass]:
        """The word classes of one normalized word (empty when unknown)."""
        got = self._classes.get(word)
        if got is not None:
            return got
        key = self.key_of(word)
        return frozenset(m.word_class for m in self.entries[key]) if key is not None else frozenset()

    def starts_entry(self, word: str) -> bool:
        """True when some entry (single or multi-word) begins with *word*."""
        return word in self._first_words or self.key_of(word) is not None

    def opens_multi(self, word: str) -> bool:
        """True when a multi-word entry may begin with *word*, as written or as the key it stands for."""
        if word in self._starts_multi:
            return True
        key = self.key_of(word)
        return key is not None and key in self._starts_multi

    def next_words(self, word: str) -> frozenset[str]:
        """The words that may follow *word* (as written or as the key it stands for) as the second
        word of a multi-word entry: when the next word of a text, and its key, are not among them,
        :meth:`longest` there is *word* alone."""
        key = self.key_of(word)
        out: set[str] = set()
        for first in (word, key):
            node = self._root.children.get(first) if first is not None else None
            if node is not None:
                out.update(node.children)
        return frozenset(out)

    def longest(self, words: Sequence[str], start: int) -> Match | None:
        """The longest entry that starts at ``words[start]`` (words already normalized).

        Each word goes through :meth:`key_of`, so inflected or unaccented forms
        inside a multi-word entry match too ("semaine derniere").
        """
        word = words[start]
        if word not in self._starts_multi:
            key = self.key_of(word)
            if key is None or key not in self._starts_multi:  # one word, no trie to walk
                return Match(key, self.entries[key], start, start + 1) if key is not None else None
        return self._longest_from(self._root, words, start, start)

    def _longest_from(self, node: _TrieNode, words: Sequence[str], start: int, i: int) -> Match | None:
        """The longest entry below *node* over ``words[i:]``: each word is tried as written, then
        as the key it stands for ("последние" starts "последние дни" and is also "последний")."""
        best: Match | None = None
        while i < len(words):
            word = words[i]
            child = node.children.get(word)
            key = self.key_of(word) if child is None or not child.meanings else None
            lemma_child = node.children.get(key) if key is not None and key != word else None
            if child is None:
                child, lemma_child = lemma_child, None
            if child is None:
                break
            if lemma_child is not None:
                # two paths: the one that reaches further wins, the word as written on a tie
                other = self._longest_from(lemma_child, words, start, i + 1)
                if lemma_child.meanings and (other is None or other.end <= i + 1):
                    other = Match(lemma_child.surface, lemma_child.meanings, start, i + 1)
                mine = self._longest_from(child, words, start, i + 1)
                if child.meanings and (mine is None or mine.end <= i + 1):
                    mine = Match(child.surface, child.meanings, start, i + 1)
                found = max((m for m in (mine, other, best) if m is not None), key=lambda m: m.end, default=None)
                return found
            node = child
            i += 1
            if node.meanings:
                best = Match(node.surface, node.meanings, start, i)
        return best

    def meanings_of(self, word_class: WordClass) -> dict[str, tuple[Meaning, ...]]:
        """Every entry with a meaning of *word_class* (for scanners and suggestions)."""
        return {k: tuple(m for m in v if m.word_class is word_class) for k, v in self.entries.items()
                if any(m.word_class is word_class for m in v)}

    def vocabulary(self) -> list[str]:
        """Every single-word surface, sorted (the words a misspelling is compared with)."""
        return sorted(k for k in self.entries if " " not in k)

    # ---- plain tables for the grammar's hot paths ----------------------------

    def values(self, meaning_type: type[M]) -> dict[str, M]:
        """surface -> its first meaning of *meaning_type*, for single-word entries."""
        out: dict[str, M] = {}
        for key, meanings in self.entries.items():
            if " " in key:
                continue
            for m in meanings:
                if isinstance(m, meaning_type):
                    out[key] = m
                    break
        return out


def build_entries(
    *,
    weekdays: Mapping[int, Sequence[str]] = {},
    months: Mapping[int, Sequence[str]] = {},
    numbers: Mapping[int, Sequence[str]] = {},
    ordinals: Mapping[int, Sequence[str]] = {},
    ordinal_tens: Mapping[int, Sequence[str]] = {},
    units: Mapping[str, Sequence[str]] = {},
    relatives: Mapping[tuple[int, Position], Sequence[str]] = {},
    day_words: Mapping[int, Sequence[str]] = {},
    markers: Mapping[tuple[int, Position], Sequence[str]] = {},
    qualifiers: Mapping[str, Sequence[str]] = {},
    hedges: Sequence[str] = (),
    period_parts: Mapping[str, Sequence[str]] = {},
    seasons: Mapping[str, Sequence[str]] = {},
    parts_of_day: Mapping[str, tuple[str, int, int, str]] = {},
    zones: Mapping[str, int | str] = {},
    decades: Mapping[int, Sequence[str]] = {},
    vague: Mapping[str, Sequence[str]] = {},
    windows: Mapping[str, VagueWindow] = {},
    clock_minutes: Mapping[str, tuple[int, bool]] = {},
    glue: Sequence[str] = (),
) -> list[tuple[str, Meaning]]:
    """The (surface, meaning) entries of a language from its tables, one per word class.

    Every language module fills the tables it has and passes them here, so the
    tables read the same in every language: value -> surfaces.
    """
    out: list[tuple[str, Meaning]] = []
    out += [(s, Weekday(n)) for n, ss in weekdays.items() for s in ss]
    out += [(s, Month(n)) for n, ss in months.items() for s in ss]
    out += [(s, Number(n)) for n, ss in numbers.items() for s in ss]
    out += [(s, Ordinal(n)) for n, ss in ordinals.items() for s in ss]
    out += [(s, Ordinal(n, tens=True)) for n, ss in ordinal_tens.items() for s in ss]
    out += [(s, Unit(u)) for u, ss in units.items() for s in ss]
    out += [(s, Relative(n, p)) for (n, p), ss in relatives.items() for s in ss]
    out += [(s, DayWord(n)) for n, ss in day_words.items() for s in ss]
    out += [(s, Marker(d, p)) for (d, p), ss in markers.items() for s in ss]
    out += [(s, Qualifier(k)) for k, ss in qualifiers.items() for s in ss]
    out += [(s, Hedge()) for s in hedges]
    out += [(s, PeriodPart(k)) for k, ss in period_parts.items() for s in ss]
    out += [(s, Season(c)) for c, ss in seasons.items() for s in ss]
    out += [(s, PartOfDay(*v)) for s, v in parts_of_day.items()]
    out += [(s, Zone(z)) for s, z in zones.items()]
    out += [(s, Decade(n)) for n, ss in decades.items() for s in ss]
    out += [(s, Vague(windows[k])) for k, ss in vague.items() for s in ss]
    out += [(s, ClockMinutes(*v)) for s, v in clock_minutes.items()]
    out += [(s, Glue()) for s in glue]
    return out
