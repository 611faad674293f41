"""Which language a text is written in: from its script, its function words and its letters.

Two questions, both answered from the lexicons' data (no model, no I/O):

- :func:`detect_language`: the language of an article (``extract --lang auto``).
  Its letters are counted by script (the first :data:`SAMPLE` characters: an
  article's language is clear from its beginning, and the cost stays flat);
  the languages written in the text's main script are scored by how many of
  their ``FUNCTION_WORDS`` (the frequent words of prose: "і", "що", "the",
  "que") occur, plus the letters only that language writes among those of its
  script (``LETTERS``: Ukrainian "іїєґ", Russian "ыэъё"), each counted once
  per word. The best score wins; a text with no evidence is English.
- :func:`looks_like`: the languages an expression that failed to read in its
  declared language belongs to ("наступного місяця" looks Ukrainian), for
  :class:`~timeline.errors.WrongLanguageError`. A language qualifies when its
  lexicon (or its holiday names) knows every word of the expression.

A language takes part by having a lexicon module in
:data:`timeline.lexicons.LANGUAGES` with ``FUNCTION_WORDS`` and ``LETTERS``
(both optional: a module without them is only recognised by its date words).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from timeline.lexicons.morphology import script_of
from timeline.lexicons.schema import Glue, Weekday, normalize_word

SAMPLE = 20_000  # characters read from the start of a text
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Detection:
    """The language chosen for a text, and why (in words a header can show)."""

    language: str
    reason: str
    scores: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class _Profile:
    code: str
    name: str
    script: str
    function_words: frozenset[str]
    letters: frozenset[str]


@lru_cache(maxsize=1)
def _profiles() -> tuple[_Profile, ...]:
    from timeline.lexicons import LANGUAGES, get_lexicon

    out = []
    for code, module_name in LANGUAGES.items():
        module = importlib.import_module(module_name)
        lexicon = get_lexicon(code)
        monday = next((k for k, v in lexicon.entries.items() if Weekday(0) in v), "monday")
        out.append(_Profile(code, lexicon.name, script_of(monday[0]) or "latin",
                            frozenset(normalize_word(w) for w in getattr(module, "FUNCTION_WORDS", ())),
                            frozenset(getattr(module, "LETTERS", ""))))
    return tuple(out)


def detect_language(text: str, default: str = "en") -> Detection:
    """The language *text* is written in, among those with a lexicon (see the module docstring)."""
    sample = text[:SAMPLE]
    scripts = Counter(script_of(c) for c in sample if c.isalpha())
    if not scripts:
        return Detection(default, f"no letters; {default} by default")
    script = scripts.most_common(1)[0][0]
    candidates = [p for p in _profiles() if p.script == script]
    if not script or not candidates:
        return Detection(default, f"a script without a lexicon; {default} by default")
    words = [normalize_word(w) for w in _WORD.findall(sample.lower())]
    counts = Counter(words)
    scores: dict[str, int] = {}
    details: dict[str, str] = {}
    for profile in candidates:
        function = sum(n for w, n in counts.items() if w in profile.function_words)
        marked = sum(n for w, n in counts.items() if profile.letters.intersection(w))
        scores[profile.code] = function + 2 * marked
        parts = [f"{profile.name} function words {function}"]
        if profile.letters:
            parts.append(f"words with {' '.join(sorted(profile.letters))} {marked}")
        details[profile.code] = ", ".join(parts)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0] != default))
    best, score = ranked[0]
    if score == 0:
        fallback = default if any(p.code == default for p in candidates) else best
        return Detection(fallback, f"{script.capitalize()} script, no function words; {fallback} by default",
                         tuple(ranked))
    others = "; ".join(details[code] for code, _ in ranked[1:3])
    reason = f"{script.capitalize()} script; {details[best]}" + (f" (beside: {others})" if others else "")
    return Detection(best, reason, tuple(ranked))


def looks_like(text: str, declared: str) -> tuple[str, ...]:
    """The languages other than *declared* whose lexicons (and holiday names) know every word of
    *text*, best first; a language's own letters break ties ("завтра" is Ukrainian and Russian,
    "наступного" only Ukrainian)."""
    words = [normalize_word(w) for w in _WORD.findall(text.lower())]
    if not words:
        return ()
    found: list[tuple[int, str]] = []
    for profile in _profiles():
        if profile.code != declared and _knows_every_word(profile.code, words):
            found.append((sum(1 for w in words if profile.letters.intersection(w)), profile.code))
    if not found:
        return ()
    best = max(marked for marked, _ in found)
    return tuple(code for marked, code in sorted(found, key=lambda f: (-f[0], f[1])) if marked == best)


def _knows_every_word(code: str, words: list[str]) -> bool:
    from timeline.holidays import match
    from timeline.lexicons import get_lexicon

    lexicon = get_lexicon(code)
    i = 0
    content = False  # glue alone ("e" in "1e3") is no sign of a language
    while i < len(words):
        holiday = match(words, i, code)
        entry = lexicon.longest(words, i)
        if holiday is None and entry is None:
            return False
        content = content or holiday is not None or (
            entry is not None and any(not isinstance(m, Glue) for m in entry.meanings))
        i = max(holiday[1] if holiday else i + 1, entry.end if entry else i + 1)
    return content


def language_name(code: str) -> str:
    """The English name of a language with a lexicon ("uk" -> "Ukrainian")."""
    from timeline.lexicons import get_lexicon

    return get_lexicon(code).name
