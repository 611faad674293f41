"""When two titles tell the same event: the similarity measure of ``timeline merge``.

A title becomes a set of **content-word stems**: the words (Unicode letters
and digits) case-folded, a possessive ``'s`` dropped, English function words
("the", "in", "and", "says"...) left out, and each word reduced to its stem
by the Snowball stemmer of the source's language (``clashes``, ``clashed``
and ``clash`` are one stem). Two titles are compared by the **weighted
Dice coefficient** of their stem sets, ``2·w(A ∩ B) / (w(A) + w(B))``, where
each stem weighs its inverse document frequency among the titles being merged
(``ln(1 + N/df)``: a word every event shares, such as "Ukraine" in a Ukraine
story, counts less than "intelligence"), and where a stem of
one title also matches a stem of the other that differs only by spelling
(RapidFuzz's normalized Indel similarity ≥ 0.8 on stems of six letters or
more: ``Zelensky``/``Zelenskyy``, ``Kyiv``/``Kiev`` is not). Each stem matches
at most once. The measure is symmetric, 1.0 for the same words in any order
and 0.0 for titles with no word in common; without weights it is the plain
Dice coefficient.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz.distance import Indel

SPELLING_SIMILARITY = 0.8
_MIN_FUZZY_LENGTH = 6
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")

# Function words and reporting verbs that say nothing about which event it was
# ("us" and "new" stay: the US, New York).
STOPWORDS = frozenset("""
a an the and or but nor of in on at to for from by with about as into onto over under after before
during between against among amid through since until than then that this these those there here
is are was were be been being has have had do does did will would shall should can could may might
must it its he she they them their his her him we our you your i me my who whom whose which what
when where why how not no yes so also just very more most less least up down out off again further
once all any both each few other some such only own same too s t says said say tells told
""".split())  # noqa: SIM905 - a word list reads best as words

_SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "et": "estonian", "eu": "basque", "fi": "finnish",
    "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch",
    "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}


@lru_cache(maxsize=64)
def _stemmer(language: str) -> object | None:
    import snowballstemmer  # type: ignore[import-untyped]

    name = _SNOWBALL.get(language.split("-")[0].lower())
    return snowballstemmer.stemmer(name) if name else None


@lru_cache(maxsize=200_000)
def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    stem: str = stemmer.stemWord(word)  # type: ignore[attr-defined]
    return stem


@lru_cache(maxsize=100_000)
def title_stems(title: str, language: str = "en") -> frozenset[str]:
    """The content-word stems of *title* (see the module docstring)."""
    stems = set()
    for match in _WORD.finditer(title.casefold()):
        word = _POSSESSIVE.sub("", match.group()).replace("'", "").replace("’", "")
        if len(word) < 2 or word in STOPWORDS:
            continue
        stems.add(_stem(word, language))
    return frozenset(stems)


def word_weights(stem_sets: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each stem over the titles being merged: ``ln(1 + N / df)``.

    A word that many events share ("Ukraine" in a Ukraine story) says less
    about which event a title tells than a rare one ("intelligence").
    """
    counts: Counter[str] = Counter()
    total = 0
    for stems in stem_sets:
        counts.update(stems)
        total += 1
    return {stem: math.log(1 + total / n) for stem, n in counts.items()}


def title_weight(stems: frozenset[str], weights: Mapping[str, float] | None = None) -> float:
    """The summed weight of a title's stems (each 1 without *weights*)."""
    if weights is None:
        return float(len(stems))
    return sum(weights.get(w, 1.0) for w in stems)


def similarity(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float] | None = None,
               spelling_from: float = 0.0, total: float | None = None) -> float:
    """Weighted Dice coefficient of two stem sets, stems differing only by spelling counting as shared.

    ``2·w(A ∩ B) / (w(A) + w(B))`` where ``w`` sums the *weights* of stems
    (each 1 when none are given); a spelling match counts the lighter of its
    two stems. Spelling matches are looked for only when the exact stems
    already give at least *spelling_from* (they complete a likely pair; they
    do not make one out of a single shared word).
    """
    if not a or not b:
        return 0.0
    get = weights.get if weights is not None else _unit
    if total is None:  # callers comparing many pairs pass w(A) + w(B), computed once per title
        total = title_weight(a, weights) + title_weight(b, weights)
    shared = sum(get(w, 1.0) for w in a & b)
    if 2 * shared < spelling_from * total:
        return 2 * shared / total
    rest_a = [w for w in a - b if len(w) >= _MIN_FUZZY_LENGTH]
    rest_b = [w for w in b - a if len(w) >= _MIN_FUZZY_LENGTH]
    if rest_a and rest_b:
        used: set[str] = set()
        for word in sorted(rest_a):
            best, best_score = None, SPELLING_SIMILARITY
            for other in sorted(rest_b):
                if other in used:
                    continue
                score = Indel.normalized_similarity(word, other, score_cutoff=best_score)
                if score >= best_score:
                    best, best_score = other, score
            if best is not None:
                used.add(best)
                shared += min(get(word, 1.0), get(best, 1.0))
    return 2 * shared / total


def _unit(_word: str, default: float) -> float:
    return default
