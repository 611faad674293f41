"""Words the grammar reads in its own right: leading qualifiers and hedges, vague phrases,
the vocabulary of suggestions for misspelt words, and the shared speculative failure."""

from __future__ import annotations

import re
from typing import Final

from timeline import lexicon as lx
from timeline.errors import ExpressionSyntaxError
from timeline.grammar.families.holidays import could_start_holiday

VAGUE: Final[dict[str, str]] = lx.VAGUE  # phrase -> window kind (the one table: timeline.lexicons.en)


# Raised (never shown) while trying a reading that may not fit, e.g. one side of a range.
_SPECULATIVE_FAILURE: Final = ExpressionSyntaxError("this reading does not fit")

_VAGUE_FIRST: Final = frozenset(phrase.split()[0] for phrase in VAGUE)

# Words that can open an expression before its date: hedges and qualifiers.
_LEADING_WORDS: Final = frozenset({
    "around", "about", "approximately", "approx", "circa", "ca", "roughly", "nearly", "almost", "c", "some",
    "sometime", "time", "no", "not", "up", "as", "within", "by", "since", "until", "till", "til", "untill",
    "more", "less", "at", "on", "shortly", "just", "much", "most",
    "before", "after", "through", "thru", "ever"}) | (frozenset(lx.QUALIFIERS) - {"from"})


_SPECIAL_WORDS: Final = frozenset({
    "today", "tomorrow", "yesterday", "tonight", "now", "ago", "hence", "later", "earlier", "noon",
    "midnight", "week", "weekend", "month", "quarter", "year", "decade", "century", "early", "mid",
    "late", "beginning", "end", "start", "rest", "half", "from", "to", "between", "and", "until",
    "since", "before", "after", "by", "recently", "soon", "lately", "shortly",
})



def _vocabulary() -> list[str]:
    words = set(_SPECIAL_WORDS)
    for table in (lx.WEEKDAYS, lx.MONTHS, lx.NUMBER_WORDS, lx.ORDINAL_WORDS, lx.UNITS, lx.RELATIVE,
                  lx.SEASONS, lx.PARTS_OF_DAY):
        words.update(w for w in table if len(w) > 3)
    return sorted(words)



_VOCABULARY: dict[int, list[str]] | None = None
_SUGGESTED: dict[str, str | None] = {}  # word -> its suggestion, for the words already seen



def suggest(word: str) -> str | None:
    """The nearest known word to a misspelt *word*, or None.

    Only words of about the same length are compared (a misspelling keeps the
    length within two letters), which keeps this cheap enough for the error
    path of a pipeline resolving thousands of lines.
    """
    global _VOCABULARY
    if word in _SUGGESTED:
        return _SUGGESTED[word]
    if _VOCABULARY is None:
        by_length: dict[int, list[str]] = {}
        for known in _vocabulary():
            by_length.setdefault(len(known), []).append(known)
        _VOCABULARY = by_length
    size = len(word)
    if size < 3:
        return None
    candidates = [w for n in range(size - 2, size + 3) for w in _VOCABULARY.get(n, ())
                  if w[0] == word[0] or w[-1] == word[-1] or w[1:2] == word[1:2]]
    from difflib import get_close_matches  # for unknown words only: not a cost of start-up

    found = get_close_matches(word, candidates, n=1, cutoff=0.75)
    hint = found[0] if found else None
    if len(_SUGGESTED) < 4096:
        _SUGGESTED[word] = hint  # a file repeats its misspellings (and its non-dates): bounded
    return hint



def _known_word(word: str) -> bool:
    from timeline.grammar.registry import WORD_HANDLERS as _WORD_HANDLERS  # the registry imports the families

    return (word in lx.WEEKDAYS or word in lx.MONTHS or word in lx.RELATIVE or word in lx.UNITS
            or word in lx.NUMBER_WORDS or word in lx.ORDINAL_WORDS or word in lx.SEASONS
            or word in lx.PARTS_OF_DAY or word in lx.FILLERS or word in lx.QUALIFIERS
            or word in _WORD_HANDLERS or word in _SPECIAL_WORDS or word in lx.ZONES
            or word in ("am", "pm", "ago", "hence", "st", "nd", "rd", "th"))



def _looks_like_date_word(word: str) -> bool:
    return (word in lx.WEEKDAYS or word in lx.MONTHS or word in lx.RELATIVE or word in lx.UNITS
            or word in ("today", "tomorrow", "yesterday", "now", "noon", "midnight", "tonight", "the")
            or word in lx.SEASONS)


_STARTERS: frozenset[str] | None = None


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)(?:[\s,;:!?]|$)")


def may_begin_expression(text: str, language: str = "en") -> bool:
    """False when *text* begins with a plain word that no expression can begin with.

    Read before the text is tokenized, so a loader or scanner trying the windows of a string
    with no date in it ('alpha beta gamma...') pays one regular-expression match and one set
    lookup per window. Only a run of letters followed by a space, a mark or the end is judged
    (a word with an apostrophe, a hyphen or a slash is left to the tokenizer), one that may
    start a holiday's name is never refused, and other languages than English are not judged
    here (their words are read into canonical ones first).
    """
    if language != "en":
        return True
    found = _FIRST_WORD.match(text)
    if found is None:
        return True
    word = found.group(1).lower()
    if _STARTERS is None:
        can_start([word], 0)  # builds the table
    assert _STARTERS is not None
    if word in _STARTERS or word.endswith("ish"):
        return True
    return could_start_holiday(word)


def can_start(words: list[str], i: int) -> bool:
    """True when an expression may begin with the word at *i*: a word some family starts on (or
    a hedge, qualifier or glue word in front of one), a holiday's first word, a zone name before
    its slash, or anything that is not a word (numbers, marks).

    Cheap: one set lookup for the words of most candidates, so a scanner or the loader trying
    the windows of a plain string ('alpha beta gamma...') gives up at the first word instead of
    reading the whole window.
    """
    global _STARTERS
    word = words[i]
    if not word[:1].isalpha():
        return True
    if _STARTERS is None:
        from timeline.grammar.families.times import _CLOCK_STARTERS
        from timeline.grammar.registry import WORD_HANDLERS

        _STARTERS = frozenset().union(
            WORD_HANDLERS, lx.WEEKDAYS, lx.MONTHS, lx.RELATIVE, lx.UNITS, lx.NUMBER_WORDS, lx.ORDINAL_WORDS,
            lx.ORDINAL_TENS, lx.SEASONS, lx.PARTS_OF_DAY, lx.ZONES, lx.FILLERS, lx.QUALIFIERS, lx.APPROXIMATORS,
            _LEADING_WORDS, _VAGUE_FIRST, _SPECIAL_WORDS, _CLOCK_STARTERS,
            ("q", "h", "a", "an", "from", "between", "over", "throughout", "later", "for", "half", "the"))
    if word in _STARTERS or "/" in word or words[i + 1:i + 2] == ["/"]:
        return True
    return could_start_holiday(word)
