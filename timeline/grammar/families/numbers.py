"""Numbers and ordinals written in digits or words: 'three', 'a couple of', 'twenty-first', 'two thousand ten'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def number_at(ps: Parser, i: int) -> tuple[float, int] | None:
    """A cardinal number written in digits or words at i: (value, next index)."""
    if i >= ps.n:
        return None
    t = ps.toks[i]
    if t.number is not None:
        if ps.w(i + 1) == "." and ps.num(i + 2) is not None and ps.adjacent(i + 1) \
                and ps.adjacent(i + 2):
            frac = float(f"0.{ps.words[i + 2]}")
            return t.number + frac, i + 3
        if ps.w(i + 1) == "/" and ps.num(i + 2) and ps.adjacent(i + 1) and ps.adjacent(i + 2) \
                and t.number < (ps.num(i + 2) or 0) <= 4:
            return t.number / (ps.num(i + 2) or 1), i + 3
        return float(t.number), i + 1
    word = t.text
    if word in ("a", "an", "one", "single"):
        j = i + 1
        if ps.w(j) in ("couple", "pair"):
            j += 1
            if ps.w(j) == "of":
                j += 1
            return 2.0, j
        if ps.w(j) == "few":
            return 3.0, j + 1
        if ps.w(j) == "half":
            return 0.5, j + 1
        if ps.w(j) == "quarter" and ps.w(j + 1) == "of":
            k = j + 2
            if ps.w(k) in ("a", "an"):
                k += 1
            return 0.25, k
        if ps.w(j) == "dozen":
            return 12.0, j + 1
        return 1.0, j
    if word in ("couple", "pair"):
        j = i + 1
        if ps.w(j) == "of":
            j += 1
        return 2.0, j
    if word in ("few", "several"):
        return 3.0, i + 1
    if word == "half" and ps.w(i + 1) in ("a", "an"):
        return 0.5, i + 2
    if word == "three" and (ps.w(i + 1) == "quarters" or (ps.w(i + 1) == "-"
                                                             and ps.w(i + 2) == "quarters")):
        j = i + 2 if ps.w(i + 1) == "quarters" else i + 3
        if ps.w(j) == "of":
            j += 1
        if ps.w(j) in ("a", "an"):
            j += 1
        return 0.75, j
    if word in lx.NUMBER_WORDS and word not in ("o", "oh", "ou", "nought", "hundred", "thousand"):
        value = lx.NUMBER_WORDS[word]
        j = i + 1
        if word in lx._TENS and ps.w(j) == "-":
            j += 1
        if value >= 20 and ps.w(j) in lx.NUMBER_WORDS and 0 < lx.NUMBER_WORDS[ps.w(j)] < 10:
            value += lx.NUMBER_WORDS[ps.w(j)]
            j += 1
        if ps.w(j) == "and" and ps.w(j + 1) in ("a", "an") and ps.w(j + 2) == "half":
            return value + 0.5, j + 3
        return float(value), j
    return None


def ordinal_at(ps: Parser, i: int) -> tuple[int, int] | None:
    """An ordinal (1st, third, twenty-first) at i: (value, next index)."""
    if i >= ps.n:
        return None
    t = ps.toks[i]
    if t.number is not None and ps.w(i + 1) in lx.ORDINAL_SUFFIXES and ps.adjacent(i + 1):
        return t.number, i + 2
    word = t.text
    if word in lx.ORDINAL_WORDS:
        return lx.ORDINAL_WORDS[word], i + 1
    if word in lx.ORDINAL_TENS:
        j = i + 1
        if ps.w(j) == "-":
            j += 1
        if ps.w(j) in lx.ORDINAL_WORDS and lx.ORDINAL_WORDS[ps.w(j)] < 10:
            return lx.ORDINAL_TENS[word] + lx.ORDINAL_WORDS[ps.w(j)], j + 1
    return None


def year_words_at(ps: Parser, i: int) -> tuple[int, int] | None:
    """A year spelled out: 'two thousand ten', 'two thousand nineteen'."""
    if ps.w(i) == "two" and ps.w(i + 1) == "thousand":
        j = i + 2
        if ps.w(j) == "and":
            j += 1
        rest = number_at(ps, j)
        if rest and rest[0] < 100 and ps.w(j) in lx.NUMBER_WORDS:
            return 2000 + int(rest[0]), rest[1]
        return 2000, j
    return None


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("the twenty-first of March", "2024-03-21", "2024-03-22", "day", "2024-03-21"),
    ("the third of April", "2024-04-03", "2024-04-04", "day", "2024-04-03"),
    ("a dozen days ago", "2025-02-22", "2025-02-23", "day", "2025-02-22"),
    ("two thousand ten", "2010-01-01", "2011-01-01", "year", "2010"),
]
