"""The tokenizer: normalized words, numbers and marks with their positions.

``tokenize`` reads runs of letters and of digits between white space without the regular
expression; what it gives must be what ``_scan`` (the regular expression over the whole
text) gives, on real expressions and on random strings of the characters that matter.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from timeline.grammar.tokens import Token, _scan, tokenize

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench"


def _shape(tokens: list[Token]) -> list[tuple[str, int, int, int | None, bool, bool]]:
    return [(t.text, t.start, t.end, t.number, t.space_before, t.possessive) for t in tokens]


def _whole(text: str) -> list[Token]:
    out: list[Token] = []
    _scan(text.lower(), 0, out)
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("next Tuesday", [("next", 0, 4, None, True, False), ("tuesday", 5, 12, None, True, False)]),
    ("  at 3:30pm", [("at", 2, 4, None, True, False), ("3", 5, 6, 3, True, False), (":", 6, 7, None, False, False),
                     ("30", 7, 9, 30, False, False), ("pm", 9, 11, None, False, False)]),
    ("the 15th", [("the", 0, 3, None, True, False), ("15", 4, 6, 15, True, False), ("th", 6, 8, None, False, False)]),
    ("Friday's", [("friday", 0, 8, None, True, True)]),
    ("3ish pm", [("3", 0, 1, 3, True, False), ("pm", 5, 7, None, True, False)]),
    ("morningish", [("morning", 0, 7, None, True, False), ("ish", 7, 10, None, False, False)]),
    ("the weeks' end", [("the", 0, 3, None, True, False), ("weeks", 4, 9, None, True, False),
                        ("end", 11, 14, None, True, False)]),
    ("2025\t03", [("2025", 0, 4, 2025, True, False), ("03", 5, 7, 3, True, False)]),
    ("aujourd´hui", [("aujourdhui", 0, 11, None, True, False)]),
    ("123456789012345", [("123456789012345", 0, 15, None, True, False)]),
    ("", []),
])
def test_tokens_of_expressions(text: str, expected: list[tuple[str, int, int, int | None, bool, bool]]) -> None:
    assert _shape(tokenize(text)) == expected


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(SHARED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                texts.append(row["text"])
    return texts


def test_same_tokens_as_the_whole_text_scan_on_the_corpora() -> None:
    texts = _corpus_texts()
    if not texts:
        pytest.skip("no shared corpora beside the checkout")
    differ = [t for t in texts if _shape(tokenize(t)) != _shape(_whole(t))]
    assert differ == []


def test_same_tokens_as_the_whole_text_scan_on_random_strings() -> None:
    # letters, digits, white space of several kinds, the five apostrophes, numerals that are not
    # decimal digits (²), a dotted capital whose lowercase is longer (İ), hyphens and marks
    alphabet = ["a", "b", "z", "I", "İ", "3", "0", "²", "½", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "'",
                "’", "`", "´", "′", "ʼ", "-", ":", "/", ".", ",", "ish", "sh", "'s", "é", "١", "Q"]
    rnd = random.Random(20261202)
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert _shape(tokenize(text)) == _shape(_whole(text)), text
