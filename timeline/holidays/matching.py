"""Finding holiday names in words: normalization, one name index per language, longest match.

Pure: no I/O, never the clock. The index of a language (a dict-of-dicts trie of
normalized words) is built on the first match in that language, from the
catalogue and the language's names (:mod:`timeline.holidays.names`), so a word
that starts no holiday name costs one dict miss.

Normalization (the same for names and for text, so the two always meet):

* lowercase; hyphens, dashes and slashes separate words; periods, commas and
  quotation marks are dropped; typographic apostrophes (``’ ʼ ‘ `` `` ` ``) are ``'``;
* Latin-script languages fold accents (``día`` = ``dia``, ``Königstag`` =
  ``konigstag``; ``ß`` = ``ss``; German names also match with ``ae oe ue`` for
  ``ä ö ü``); Russian reads ``ё`` as ``е``;
* English drops a possessive ``'s`` and every other apostrophe
  (``St. Patrick's`` = ``st patrick``; ``Jumu'atul`` = ``jumuatul``), and
  matches ``Valentine's`` as ``valentine`` or ``valentines``;
* French and Italian split an elided article or preposition off its word
  (``l'Ascension`` = ``l ascension``, ``dell'Africa`` = ``dell africa``), and
  their names also match with it glued on (``lascension``), as some tokenizers
  write it; the other languages drop apostrophes (``пам'яті`` = ``памяті``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from timeline.holidays.names import LANGUAGES

if TYPE_CHECKING:
    from timeline.holidays.model import Holiday

__all__ = ["ARTICLES", "canonical_words", "first_words", "match", "match_holiday", "name_followers", "normalize_word",
           "normalize_words", "starts_name", "which_languages"]

_LATIN = frozenset({"en", "fr", "de", "es", "it", "pt"})
_ELISION = frozenset({"fr", "it"})
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u2032": "'"})
_SEPARATORS = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ", "/": " "})
_DROPPED = str.maketrans("", "", ".,;:!?()[]\"\u00ab\u00bb\u201c\u201d\u201e")
_FOLD_EXTRA = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l"})

#: Articles a name may follow in each language: ``match`` reads "la Toussaint", "der Karfreitag".
#: (English has none: its grammar reads "the" itself.)
ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les", "l"}),
    "de": frozenset({"der", "die", "das", "dem", "den", "des"}),
    "es": frozenset({"el", "la", "los", "las"}),
    "it": frozenset({"il", "lo", "la", "l", "i", "gli", "le"}),
    "pt": frozenset({"o", "a", "os", "as"}),
}
_NO_ARTICLES: frozenset[str] = frozenset()
#: Elided words glued to a name by an apostrophe, read with it: "l'Ascension", "dell'Epifania".
_ELIDED = {
    "fr": frozenset({"l", "d"}),
    "it": frozenset({"l", "dell", "all", "nell", "dall", "sull"}),
}

_WEEKDAY_FORMS = {
    "monday": ("mon",),
    "tuesday": ("tue", "tues"),
    "wednesday": ("wed",),
    "thursday": ("thu", "thur", "thurs"),
    "friday": ("fri",),
    "saturday": ("sat",),
    "sunday": ("sun",),
}
_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"))
_MAX_TOKENS = 16  # no name is longer; bounds the walk on long inputs
#: Punctuation tokens a name may run across ("Eid al - Fitr" from a tokenizer that splits hyphens).
_JOINERS = frozenset({"-", "\u2010", "\u2011", "\u2013", ".", "'", "\u2019", "\u02bc", "`"})


def _fold(word: str) -> str:
    import unicodedata  # only for words that are not ASCII

    word = word.translate(_FOLD_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def _normalize_chunk(chunk: str, language: str) -> tuple[str, ...]:
    """The normalized words of one whitespace-free piece of text (none for bare punctuation)."""
    word = chunk.lower().translate(_APOSTROPHES).translate(_DROPPED)
    if not word.isascii():
        if language in _LATIN:
            word = _fold(word)
        elif language == "ru":
            word = word.replace("ё", "е")
    if "'" in word:
        if language == "en":
            word = word.removesuffix("'s").replace("'", "")
        elif language in _ELISION:
            return tuple(part for part in word.split("'") if part)
        else:
            word = word.replace("'", "")
    return (word,) if word else ()


@lru_cache(maxsize=16384)
def normalize_word(token: str, language: str = "en") -> tuple[str, ...]:
    """The normalized words of one token ("l'Ascension" in French gives two; "." none)."""
    found: tuple[str, ...] = ()
    for chunk in token.translate(_SEPARATORS).split():
        found += _normalize_chunk(chunk, language)
    return found


def normalize_words(text: str, language: str = "en") -> list[str]:
    """Split *text* into the normalized words :func:`match` reads.

    ``normalize_words("St. Patrick's Day")`` gives ``["st", "patrick", "day"]``;
    ``normalize_words("Jumu'atul-Wida")`` gives ``["jumuatul", "wida"]``;
    ``normalize_words("l'Assomption", "fr")`` gives ``["l", "assomption"]``.
    """
    out: list[str] = []
    for chunk in text.translate(_SEPARATORS).split():
        out.extend(_normalize_chunk(chunk, language))
    return out


# --------------------------------------------------------------------------
# Names -> word sequences


def _splice(raw: str) -> list[str]:
    """Expand ``{a|b}`` alternatives inside one word: ``Ostermontag{|s}`` -> Ostermontag, Ostermontags."""
    start = raw.find("{")
    if start < 0:
        return [raw]
    end = raw.index("}", start)
    head, tail = raw[:start], raw[end + 1:]
    return [head + alternative + rest for alternative in raw[start + 1:end].split("|") for rest in _splice(tail)]


def _english_forms(raw: str) -> list[tuple[str, ...]]:
    """English spellings of one word: possessives with and without the s, abbreviated weekdays."""
    lowered = raw.lower().translate(_APOSTROPHES)
    base = normalize_word(lowered, "en")
    if not base:
        return []
    word = base[0]
    if lowered.endswith("'s"):
        forms = [word, word + "s"]  # "valentine's" -> valentine, valentines
    elif lowered.endswith("s'"):
        forms = [word, word[:-1]]  # "presidents'" -> presidents, president
    else:
        forms = [word]
    forms += _WEEKDAY_FORMS.get(word, ())
    return [(f,) for f in forms if f]


def _word_forms(raw: str, language: str) -> list[tuple[str, ...]]:
    """Every way one word of a name may be written, each as the normalized words it becomes."""
    if language == "en":
        return _english_forms(raw)
    spellings = [raw]
    if language == "de" and any(u in raw.lower() for u, _ in _UMLAUTS):
        spelled = raw.lower()
        for umlaut, digraph in _UMLAUTS:
            spelled = spelled.replace(umlaut, digraph)
        spellings.append(spelled)
    forms: list[tuple[str, ...]] = []
    for spelling in spellings:
        words = normalize_word(spelling, language)
        if words:
            forms.append(words)
            if language in _ELISION and len(words) > 1:
                forms.append(("".join(words),))  # "l'an" also as one word, "lan"
    return forms


def name_variants(name: str, language: str) -> list[tuple[str, ...]]:
    """All the word sequences one name pattern stands for in *language*."""
    sequences: list[tuple[str, ...]] = [()]
    for raw in name.translate(_SEPARATORS).split():
        optional = raw[0] == "(" and raw[-1] == ")"
        if optional:
            raw = raw[1:-1]
        forms: dict[tuple[str, ...], None] = {}
        for alternative in _splice(raw):
            for form in _word_forms(alternative, language):
                forms[form] = None
        grown = [seq + form for seq in sequences for form in forms]
        if optional:
            grown.extend(sequences)
        sequences = grown
    out = [seq for seq in sequences if seq]
    if language in _ELISION:
        # "l'Assomption" glued by a tokenizer: "lassomption"
        out += [("l" + seq[0],) + seq[1:] for seq in out if seq[0][:1] in "aeiouhy" and len(seq[0]) > 1]
    return out


# --------------------------------------------------------------------------
# The index

_END = None  # trie key that marks "a holiday name ends here"; never a word
_CANONICAL = "holiday_"  # + key: the canonical word of a holiday (an underscore: never from text)
_TRIES: dict[str, dict[str | None, Any]] = {}


def _build(language: str, entries: Iterable[tuple[Holiday, Iterable[str]]]) -> dict[str | None, Any]:
    root: dict[str | None, Any] = {}
    for holiday, names in entries:
        for name in names:
            for seq in name_variants(name, language):
                node = root
                for word in seq:
                    nxt = node.get(word)
                    if nxt is None:
                        nxt = node[word] = {}
                    node = nxt
                other = node.get(_END)
                if other is not None and other is not holiday:
                    raise ValueError(
                        f"holiday name {' '.join(seq)!r} ({language}) names both {other.key} and {holiday.key}"
                    )
                node[_END] = holiday
    return root


def _trie(language: str) -> dict[str | None, Any]:
    trie = _TRIES.get(language)
    if trie is None:
        if language not in LANGUAGES:
            raise ValueError(f"no holiday names for language {language!r}; known: {', '.join(LANGUAGES)}")
        from timeline.holidays.registry import holidays  # the catalogue, on first use

        table = holidays()
        trie = _TRIES[language] = _build(language, ((h, h.names(language)) for h in table.values()))
        if language == "en":
            for holiday in table.values():  # canonical_words(): one word no tokenizer makes from text
                trie.setdefault(_CANONICAL + holiday.key, {})[_END] = holiday
    return trie


def canonical_words(holiday: Holiday) -> tuple[str, ...]:
    """Words that name *holiday* to the English matcher whatever language it was written in.

    ``match(canonical_words(h), 0, "en")`` gives back ``h``: a grammar that reads other
    languages by rewriting their words into canonical English ones can rewrite the
    name it found with ``match(words, i, language)`` into these (a single word
    one word no tokenizer makes from text: ``holiday_`` and the key, e.g. ``holiday_christmas``).
    """
    return (_CANONICAL + holiday.key,)


def first_words(language: str = "en") -> frozenset[str]:
    """The normalized first words of every holiday name in *language*: a scanner's cheap first test
    (a word whose :func:`normalize_word` is not in it starts no name, articles aside)."""
    return frozenset(word for word in _trie(language) if word is not None)


def name_followers(token: str, language: str = "en") -> frozenset[str] | None:
    """What must follow *token* for a holiday name of *language* to begin at it, for a reader that
    asks once per word rather than calling :func:`match` at every occurrence ("lundi" begins
    "lundi de Pâques" and is mostly Monday alone).

    The normalized words (:func:`normalize_word`) that may come next in a name begun by *token*:
    empty when no name begins with it; ``None`` when a name may begin at *token* whatever follows
    (it is a name of one word, it is or carries an article or an elided word that a name may follow,
    or it is more than one word). Where the next token's first normalized word is not among them, and
    that token is a word (a mark may be a joiner, "Eid al - Fitr"), :func:`match` there gives None.
    """
    words = normalize_word(token, language)
    if len(words) != 1:
        return None
    word = words[0]
    if word in ARTICLES.get(language, _NO_ARTICLES) or (language in _ELIDED and _unglued(word, language)):
        return None
    node = _trie(language).get(word)
    if node is None:
        return frozenset()
    if _END in node:
        return None
    return frozenset(key for key in node if key is not None)


def starts_name(token: str, language: str = "en") -> bool:
    """True when a holiday name of *language* can begin with *token* (as written in the text)."""
    words = normalize_word(token, language)
    return bool(words) and words[0] in _trie(language)


def _walk(trie: dict[str | None, Any], tokens: Sequence[str], start: int, skip: int,
          language: str) -> tuple[Holiday, int] | None:
    """Longest name from tokens[start] (its first *skip* normalized words left out)."""
    node: dict[str | None, Any] | None = trie
    best: tuple[Holiday, int] | None = None
    for i in range(start, min(len(tokens), start + _MAX_TOKENS)):
        token = tokens[i]
        words = normalize_word(token, language)
        if i == start:
            words = words[skip:]
            if not words:
                return None
        elif not words:
            if token.strip() in _JOINERS:
                continue  # "Eid al - Fitr", "St . Patrick" from a tokenizer that splits punctuation
            return best
        for word in words:
            node = node.get(word) if node is not None else None
            if node is None:
                return best
        assert node is not None
        hit = node.get(_END)
        if hit is not None:
            best = (hit, i + 1)
    return best


def match(tokens: Sequence[str], start: int, language: str = "en") -> tuple[Holiday, int] | None:
    """The longest holiday name of *language* beginning at ``tokens[start]``.

    *tokens* are words as a tokenizer gives them (any case; accents, apostrophes
    and punctuation tokens are read as :func:`normalize_word` says); the result
    is ``(holiday, end)`` where ``end`` is the index after the last token used,
    or ``None``. Outside English, a leading article is read with the name
    ("la Toussaint", "der Karfreitag"), and so is an elided article or
    preposition in the same token ("l'Ascension", "dell'Epifania"). Names of other languages never match:
    "Weihnachten" is German only, "Christmas" English only; the international
    names (transliterations such as "Yom Kippur", "Diwali") match in every language.
    """
    if start >= len(tokens):
        return None
    trie = _trie(language)
    found = _walk(trie, tokens, start, 0, language)
    if found is not None:
        return found
    first = normalize_word(tokens[start], language)
    if not first:
        return None
    elided = _ELIDED.get(language, _NO_ARTICLES)
    if len(first) > 1:  # "l'Ascension", "dell'Epifania" as one token
        if first[0] in elided:
            return _walk(trie, tokens, start, 1, language)
    elif first[0] in ARTICLES.get(language, _NO_ARTICLES):
        found = _walk(trie, tokens, start + 1, 0, language)
    elif elided:  # "dellepifania": a tokenizer that dropped the apostrophe
        rest = _unglued(first[0], language)
        if rest is not None:
            found = _walk(trie, [rest, *tokens[start + 1:start + _MAX_TOKENS]], 0, 0, language)
            if found is not None:
                return found[0], start + found[1]
    return found


@lru_cache(maxsize=4096)
def _unglued(word: str, language: str) -> str | None:
    """*word* without an elided word glued to its front ("dellepifania" -> "epifania"), when
    what is left starts a name of *language*."""
    trie = _trie(language)
    for lead in _ELIDED[language]:
        rest = word[len(lead):]
        if word.startswith(lead) and len(rest) > 2 and rest in trie:
            return rest
    return None


def match_holiday(tokens: Sequence[str], start: int) -> tuple[Holiday, int] | None:
    """The longest English holiday name at ``tokens[start]``: ``match(tokens, start, "en")``."""
    return match(tokens, start, "en")


def which_languages(tokens: Sequence[str], start: int) -> tuple[str, ...]:
    """The languages in which a holiday name begins at ``tokens[start]`` (for "looks German" hints)."""
    return tuple(language for language in LANGUAGES if match(tokens, start, language) is not None)
