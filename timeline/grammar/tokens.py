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
    """Split *text* into normalized tokens (lowercase, possessive 's dropped).

    The text is cut at white space first: a run of letters ("tuesday") or of digits ("2025")
    is one token as it stands, and only the other runs ("3:30pm", "15th", "friday's") go
    through the regular expression. The tokens are those of :func:`_scan` over the whole text.
    """
    lower = text.lower()
    tokens: list[Token] = []
    append = tokens.append
    position = 0
    for chunk in lower.split():
        # chunks are separated by white space only, so the first match from position is this chunk
        start = lower.find(chunk, position)
        position = start + len(chunk)
        if chunk.isalpha():
            if chunk[-3:] == "ish" and chunk[:-3] in _ISH_STEMS:
                append(Token(chunk[:-3], start, position - 3, None, True))
                append(Token("ish", position - 3, position, None, False))
            else:
                append(Token(chunk, start, position, None, True))
        elif chunk.isdecimal():
            append(Token(chunk, start, position, int(chunk) if len(chunk) < 12 and chunk.isascii() else None, True))
        else:
            _scan(chunk, start, tokens)
    return tokens


def _scan(text: str, base: int, tokens: list[Token]) -> None:
    """Append the tokens of *text* (lowercase), which stands at *base* of the expression and
    follows white space or the start; ``tokenize`` reads its runs of letters and of digits
    without this and must give what this gives on the whole text (tests/test_tokens.py)."""
    append = tokens.append
    end = base
    for gap, number, word, other in _SPACED_TOKEN_RE.findall(text):
        # exactly one of number, word and other is set; the first token counts as spaced
        space = bool(gap) or end == base
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
