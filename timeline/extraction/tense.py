"""Stage 2, tense and direction: which way a bare date in a sentence points.

A bare weekday, month or date is ambiguous; the tense around it decides
``past``, ``future`` or ``nearest`` (see docs/extract.md, "Direction from the
sentence").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_NOT_PAST = re.compile(r"^(?:need|speed|feed|seed|bed|red|shed|breed|proceed|exceed|succeed|indeed|"
                       r"embed|hundred|united|based|proposed|expected|scheduled|planned|slated|"
                       r"supposed|concerned|increased|advanced|detailed|limited|related|armed|"
                       r"so-called|embattled|unexpected|unprecedented|interested|tired|used|"
                       r"fixed|dated|skilled|talented|red|sacred|wicked|naked|beloved|alleged)$", re.IGNORECASE)
SPEECH = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|declared|wrote|insisted|"
                     r"announced|warned|noted|explained|asked|replied|argued|claimed|according)\b", re.IGNORECASE)


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")

PRESENT = re.compile(r"\b(?:is|are|am|opens|closes|starts|begins|ends|runs|goes|comes|takes|meets|holds|"
                      r"resumes|returns|kicks|launches|airs|expires|lands|arrives|leaves|falls|hosts|visits|"
                      r"faces|plays|travels|heads|reopens|reconvenes|convenes)\b|['\u2019]s\s+(?:a|an|the|another|"
                      r"our|my)\b")
# "said on Wednesday", "told reporters Monday": the statement's own date (not "will be announced in April")
_SAID_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )\b(?:said|told|announced|stated|declared|added|insisted|confirmed|reported|wrote)"
                          r"(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


_CUE_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_BE = {"is", "are", "was", "were", "am", "be", "been", "being", "get", "gets", "'s", "\u2019s"}
_FUT_AUX = {"will", "shall", "would", "won't", "won\u2019t", "wont"}
_FUT_SET = {"set", "expected", "due", "scheduled", "slated", "poised", "going", "about", "likely", "planning"}
_FUT_PLAN = {"plan", "plans", "planning", "intend", "intends", "aim", "aims", "hope", "hopes", "prepare",
             "prepares", "want", "wants", "seek", "seeks"}
_FUT_EXPECT = {"expects", "predicts", "anticipates"}
_FUT_EXPECTERS = {"we", "they", "i", "analysts", "economists", "investors", "traders", "forecasters"}
_FUT_WORDS = {"upcoming", "forthcoming", "scheduled", "slated", "due", "next"}
_MODALS = {"could", "might", "may", "can", "should", "must"}
_IRREGULAR_PAST = frozenset(["was", "were", "did", "said", "told", "met", "took", "made", "came", "went", "saw", "gave", "got", "began", "fell", "rose", "lost", "won", "held", "left", "spoke", "wrote", "sent", "brought", "bought", "sold", "paid", "led", "ran", "became", "grew", "knew", "thought", "found", "felt", "kept", "stood", "struck", "chose", "drove", "flew", "broke", "spent", "built", "hit", "cut", "put", "set"])
_PARTICIPLES = frozenset(["been", "made", "said", "told", "met", "held", "taken", "seen", "done", "become", "begun", "fallen", "risen", "grown", "lost", "won", "sent", "spent", "paid", "left", "cut", "hit", "set", "put", "got", "gotten", "brought", "bought", "sold", "kept", "found", "built", "run", "stood", "struck", "spoken", "written", "chosen", "shown", "known", "thought", "felt", "given", "gone", "come"])
# past verbs of agreeing and intending: the infinitive after them looks forward ("agreed to meet in April")
_COMMITTED = frozenset({"agreed", "promised", "vowed", "pledged", "decided", "voted", "threatened", "offered",
                        "undertook", "resolved", "committed", "hoped", "sought", "aimed", "intended", "planned",
                        "prepared", "arranged", "chose", "opted", "wanted"})
_NOT_VERB_AFTER_TO = frozenset({"the", "a", "an", "its", "their", "his", "her", "be", "have", "this", "that", "date",
                                "record", "levels", "zero", "about", "around", "nearly", "almost"})
_AMBIGUOUS_PAST = {"hit", "cut", "put", "set"}  # also present tense: past only after has/have/had


def sentence_cues(sentence: str) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, int], ...]]:
    """All tense cues of a sentence and its comma-bounded relative clauses.

    Word by word: future auxiliaries and phrases ("will", "is set to", "plans
    to", "could announce", "next"), past forms ("said", "-ed" words that are
    not participles after "be", "has/have/had" + participle).
    """
    clauses = tuple((m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(sentence)) if "," in sentence else ()
    words = [(m.start(), m.group().lower()) for m in _CUE_WORD.finditer(sentence)]
    out: list[tuple[int, str]] = []
    n = len(words)
    skip_next = False
    for i, (pos, w) in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        prev = words[i - 1][1] if i else ""
        nxt = words[i + 1][1] if i + 1 < n else ""
        if w in _FUT_AUX or w.endswith(("'ll", "\u2019ll")):
            out.append((pos, "future"))
            skip_next = nxt in ("be", "have")  # "will be updated", "would have"
            continue
        if prev == "not" and i > 1:
            prev = words[i - 2][1]
        if w in _FUT_SET and prev in _BE and (nxt == "to" or w in ("expected", "due", "scheduled", "slated")):
            out.append((pos, "future"))
            continue
        if (w in _FUT_PLAN and nxt == "to") or w in _FUT_EXPECT or (w == "expect" and prev in _FUT_EXPECTERS) or (
                w == "expected" and prev not in _BE and any(x[1] == "to" for x in words[i + 1:i + 5])):
            out.append((pos, "future"))
            continue
        if w == "to" and prev in ("is", "are") and nxt.isalpha():
            out.append((pos, "future"))
            continue
        if w == "to" and prev in _COMMITTED and nxt.isalpha() and nxt not in _NOT_VERB_AFTER_TO:
            out.append((pos, "future"))  # "agreed to meet again in April": the infinitive governs the date
            continue
        if w in _FUT_WORDS or (w == "ahead" and nxt == "of"):
            out.append((pos, "future"))
            continue
        if w in _MODALS and nxt and not (nxt == "have" and i + 2 < n and (
                words[i + 2][1] in _PARTICIPLES or words[i + 2][1].endswith(("ed", "en")))):
            out.append((pos, "future"))
            continue
        if w in ("has", "have", "had"):
            nw = nxt
            if i + 2 < n and nw.endswith("ly"):
                nw = words[i + 2][1]
            if nw in _PARTICIPLES or nw.endswith(("ed", "en")):
                out.append((pos, "past"))
                skip_next = True
                continue
            if w == "had":
                out.append((pos, "past"))
            continue
        if w in _IRREGULAR_PAST and w not in _AMBIGUOUS_PAST:
            out.append((pos, "past"))
            continue
        if len(w) > 4 and w.endswith("ed") and not _NOT_PAST.match(w):
            if prev in _BE or (i > 1 and prev.endswith("ly") and words[i - 2][1] in _BE):
                continue  # "will be updated", "is widely expected": a participle
            if out and out[-1][1] == "future" and out[-1][0] >= words[max(0, i - 4)][0]:
                continue  # "should have power restored": a participle in a modal chain
            out.append((pos, "past"))
    return tuple(out), clauses


class _Cues:
    """Cue positions of one stretch of a sentence, split into reporting verbs and the others, sorted."""

    __slots__ = ("plain", "plain_dirs", "speech", "speech_dirs")

    def __init__(self) -> None:
        self.plain: list[int] = []
        self.plain_dirs: list[str] = []
        self.speech: list[int] = []
        self.speech_dirs: list[str] = []

    def add(self, pos: int, direction: str, is_speech: bool) -> None:
        if is_speech:
            self.speech.append(pos)
            self.speech_dirs.append(direction)
        else:
            self.plain.append(pos)
            self.plain_dirs.append(direction)

    def last_plain_before(self, offset: int) -> tuple[int, str] | None:
        i = bisect_left(self.plain, offset)
        return (self.plain[i - 1], self.plain_dirs[i - 1]) if i else None

    def first_speech_before(self, offset: int) -> tuple[int, str] | None:
        return (self.speech[0], self.speech_dirs[0]) if self.speech and self.speech[0] < offset else None

    def first_plain_from(self, offset: int) -> tuple[int, str] | None:
        i = bisect_left(self.plain, offset)
        return (self.plain[i], self.plain_dirs[i]) if i < len(self.plain) else None


class SentenceTense:
    """Everything :func:`direction_of` needs to know about one sentence, computed once.

    Reading a sentence is linear in its length, and each mention's direction
    is then a few binary searches, so a sentence with thousands of dates costs
    no more than thousands of short ones.
    """

    __slots__ = ("_clause_ends", "_clause_starts", "_inside", "_outside", "headline_to", "present", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        cues, clauses = sentence_cues(text)
        self._clause_starts = [a for a, _ in clauses]
        self._clause_ends = [b for _, b in clauses]
        self._outside = _Cues()
        self._inside = [_Cues() for _ in clauses]
        for pos, d in cues:
            k = self._clause_at(pos)
            (self._outside if k < 0 else self._inside[k]).add(pos, d, bool(SPEECH.match(text, pos, pos + 12)))
        stop = _STOP.search(text)
        self.headline_to = bool(text[:1].isupper() and _HEADLINE_TO.search(text, 0, stop.start() if stop else len(text))
                                and not text.rstrip().endswith((".", "?", "!", '"', "\u201d")))
        self.present = bool(PRESENT.search(text))

    def _clause_at(self, pos: int) -> int:
        """Index of the relative clause holding *pos*, or -1."""
        k = bisect_right(self._clause_starts, pos) - 1
        return k if k >= 0 and pos < self._clause_ends[k] else -1

    def cue_sets(self, offset: int) -> tuple[_Cues, ...]:
        """The cues that count for a mention at *offset*: outside every relative clause, or in its own."""
        k = self._clause_at(offset)
        return (self._outside,) if k < 0 else (self._outside, self._inside[k])


_STOP = re.compile(r"[.!?]")
_HEADLINE_TO = re.compile(r"\bto\s+[a-z]+\b")


def _latest(found: list[tuple[int, str] | None]) -> tuple[int, str] | None:
    hits = [f for f in found if f is not None]
    return max(hits) if hits else None


def _earliest(found: list[tuple[int, str] | None]) -> tuple[int, str] | None:
    hits = [f for f in found if f is not None]
    return min(hits) if hits else None


def direction_of(sentence: SentenceTense, offset: int, end: int, default: str) -> tuple[str, str]:
    """The direction for a mention at ``[offset, end)`` of *sentence* and why.

    The cue nearest before the mention wins (speech verbs only when they
    govern the mention directly: "said on Wednesday"); without one, the
    nearest cue after it; without any, *default*. Cues inside a relative
    clause set off by commas (", which has been in place since 2008,") count
    only for mentions inside that clause.
    """
    text = sentence.text
    # "said on Wednesday", "told reporters on Monday", "said Tuesday"
    if _SAID_BEFORE.search(text, max(0, offset - 60), offset):
        return "past", "the statement was made then (past tense)"
    sets = sentence.cue_sets(offset)
    best = _latest([c.last_plain_before(offset) for c in sets])
    if best is not None:
        return best[1], f"{best[1]} tense: {text[best[0]:best[0] + 20].split(',')[0].strip()!r}"
    after = _earliest([c.first_plain_from(end) for c in sets])
    if after is not None:
        pos, d = after
        return d, f"{d} tense: {text[pos:pos + 20].split(',')[0].strip()!r}"
    said = _earliest([c.first_speech_before(offset) for c in sets])
    if said is not None:
        return said[1], f"{said[1]} tense: {text[said[0]:said[0] + 12].strip()!r}"
    if sentence.headline_to:
        return "future", "headline 'X to do Y' looks forward"
    if sentence.present:
        return "nearest", "present tense: the nearest one"
    return default, f"no tense cue: fallback prefer={default}"
