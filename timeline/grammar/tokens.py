"""Tokens: the text split into normalized words, numbers and marks (no backtracking regex)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ISH_STEMS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday", "lunch", "tonight"})

# Apostrophes as people type them inside a word: ' ’ ‘ ` ´ ′ ("п`ятниця", "aujourd´hui"); the modifier
# letter ʼ is a letter already. All are read as "'".
_APOSTROPHES = "'\u2019\u2018`\u00b4\u2032"
_TO_APOSTROPHE = str.maketrans({c: "'" for c in _APOSTROPHES[1:]})
_TOKEN_RE = re.compile(r"(\d+)|([^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*)|(\S)")
# The same tokens with the white space before each: findall() gives plain strings (no match
# objects), and the positions follow from the lengths.
_SPACED_TOKEN_RE = re.compile(r"(\s*)(?:(\d+)|([^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*)|(\S))")

MAX_EXPRESSION_LENGTH = 400



@dataclass(slots=True)
class Token:
    """One token: its normalized text, where it stands and whether it is a number."""

    text: str
    start: int
    end: int
    number: int | None
    space_before: bool
    possessive: bool = False



def tokenize(text: str) -> list[Token]:
    """Split *text* into normalized tokens (lowercase, possessive 's dropped)."""
    lower = text.lower()
    if lower.replace(" ", "").isalpha() and "ish" not in lower and len(lower) == len(text):
        # Words and single spaces only ("last week", "next tuesday"): no regex needed.
        out: list[Token] = []
        position = 0
        for word in lower.split(" "):
            if word:
                out.append(Token(word, position, position + len(word), None, True))
            position += len(word) + 1
        if out and out[0].start == 0:
            out[0].space_before = True
        return out
    tokens: list[Token] = []
    append = tokens.append
    end = 0
    for gap, number, word, other in _SPACED_TOKEN_RE.findall(lower):
        # exactly one of number, word and other is set; the first token counts as spaced
        space = bool(gap) or end == 0
        start = end + len(gap)
        if number:
            end = start + len(number)
            append(Token(number, start, end, int(number) if len(number) < 12 and number.isascii() else None,
                         space))
        elif word:
            end = start + len(word)
            if word == "ish" and not space and tokens and tokens[-1].number is not None:
                continue  # "3ish pm": the hedge is noted by parse(), the number stays a number
            word = word.translate(_TO_APOSTROPHE)
            if "'" in word:
                possessive = word[-2:] == "'s"  # (mypyc 2.4 boxes endswith()'s result as an int)
                if possessive:
                    word = word[:-2]
                append(Token(word.replace("'", ""), start, end, None, space, possessive))
            elif word[-3:] == "ish" and word[:-3] in _ISH_STEMS:
                append(Token(word[:-3], start, end - 3, None, space))
                append(Token("ish", end - 3, end, None, False))
            else:
                append(Token(word, start, end, None, space))
        else:
            end = start + len(other)
            if other in "'’":
                if tokens and tokens[-1].end == start and tokens[-1].number is None:
                    continue  # a trailing apostrophe of a plural possessive ("weeks'")
                append(Token("'", start, end, None, space))
            else:
                append(Token(other, start, end, None, space))
    return tokens
