"""Stage 2, tense and direction: which way a bare date in a sentence points.

A bare weekday, month or date is ambiguous; the tense around it decides
``past``, ``future`` or ``nearest`` (see docs/extract.md, "Direction from the
sentence").
"""

from __future__ import annotations

import re
from functools import lru_cache

_FUTURE_CUES = re.compile(
    r"\b(?:will|won['\u2019]t|shall|'ll|\u2019ll|would|is|are|was|were|am)\s+(?:set|expected|due|scheduled|"
    r"slated|poised|likely|going|about)\s+to\b|\b(?:will|shall|won['\u2019]t)\b|['\u2019]ll\b|\bwould\b"
    r"|\b(?:plans?|planning|intends?|aims?|hopes?|prepares?|wants?|seeks?)\s+to\b"
    r"|\b(?:expects|predicts|anticipates)\b|\b(?:we|they|I|analysts|economists|investors|traders)\s+"
    r"(?:now\s+)?expect\b|\b(?:is|are|be)\s+(?:not\s+)?expected\b"
    r"|\b(?:is|are)\s+to\b|\bgoing\s+to\b|\b(?:upcoming|forthcoming|scheduled|slated|due)\b"
    r"|\b(?:could|might|may|can)\s+(?!have\b)\w+|\bahead\s+of\b|\bnext\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|made|said|told|met|held|taken|seen|done|"
    r"become|begun|fallen|risen|grown|lost|won|sent|spent|paid|left|cut|hit|set|put|got|gotten|brought|"
    r"bought|sold|kept|found|built|run|stood|struck|spoken|written|chosen|shown|known|thought|felt)\b"
    r"|\b(?:was|were|did|said|told|met|took|made|came|went|saw|gave|got|began|fell|rose|lost|won|held|"
    r"left|spoke|wrote|sent|brought|bought|sold|paid|led|ran|became|grew|knew|thought|found|felt|kept|"
    r"stood|struck|chose|drove|flew|broke|spent|built|insisted|announced|revealed|confirmed|reported|"
    r"declared|suggested|stated|added|warned|agreed|signed|unveiled|launched|released|emerged|ended|"
    r"started|opened|closed|collapsed|reached|occurred|happened|arrived|returned|visited|"
    r"\w{2,}ed)\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(r"^(?:need|speed|feed|seed|bed|red|shed|breed|proceed|exceed|succeed|indeed|"
                       r"embed|hundred|united|based|proposed|expected|scheduled|planned|slated|"
                       r"supposed|concerned|increased|advanced|detailed|limited|related|armed|"
                       r"so-called|embattled|unexpected|unprecedented|interested|tired|used|"
                       r"fixed|dated|skilled|talented|red|sacred|wicked|naked|beloved|alleged)$", re.IGNORECASE)
SPEECH = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|declared|wrote|insisted|"
                     r"announced|warned|noted|explained|asked|replied|argued|claimed|according)\b", re.IGNORECASE)


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

PRESENT = re.compile(r"\b(?:is|are|am|opens|closes|starts|begins|ends|runs|goes|comes|takes|meets|holds|"
                      r"resumes|returns|kicks|launches|airs|expires|lands|arrives|leaves|falls|hosts|visits|"
                      r"faces|plays|travels|heads|reopens|reconvenes|convenes)\b|['\u2019]s\s+(?:a|an|the|another|"
                      r"our|my)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|stated|declared|added|insisted|confirmed|reported|wrote)"
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
_AMBIGUOUS_PAST = {"hit", "cut", "put", "set"}  # also present tense: past only after has/have/had


@lru_cache(maxsize=512)
def sentence_cues(sentence: str) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, int], ...]]:
    """All tense cues of a sentence and its comma-bounded relative clauses (cached per article).

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


def _cues(sentence: str, skip: tuple[int, int] | None = None) -> list[tuple[int, str]]:
    """(offset, 'past'|'future') for every tense cue in *sentence*.

    Cues inside a relative clause set off by commas (", which has been in
    place since 2008,") are left out unless the mention is inside it (*skip*
    is the mention's own range).
    """
    cues, clauses = sentence_cues(sentence)
    if skip is not None:
        clauses = tuple(c for c in clauses if not (c[0] <= skip[0] < c[1]))
    if not clauses:
        return list(cues)
    return [(s, d) for s, d in cues if not any(a <= s < b for a, b in clauses)]


def direction_of(sentence: str, offset: int, end: int, default: str) -> tuple[str, str]:
    """The direction for a mention at *offset* in *sentence* and why.

    The cue nearest before the mention wins (speech verbs only when they
    govern the mention directly: "said on Wednesday"); without one, the
    nearest cue after it; without any, *default*.
    """
    before = sentence[:offset]
    # "said on Wednesday", "told reporters on Monday", "said Tuesday"
    if _SAID_BEFORE.search(before, max(0, offset - 60)):
        return "past", "the statement was made then (past tense)"
    cues = _cues(sentence, (offset, end))
    best: tuple[int, str] | None = None
    for pos, d in cues:
        if pos < offset:
            word = sentence[pos:pos + 12]
            if SPEECH.match(word) and best is not None:
                continue  # a reporting verb does not override the clause's own tense
            if SPEECH.match(word):
                best = (pos, d)
                continue
            best = (pos, d)
    if best is not None and not SPEECH.match(sentence[best[0]:best[0] + 12]):
        return best[1], f"{best[1]} tense: {sentence[best[0]:best[0] + 20].split(',')[0].strip()!r}"
    after = [(pos, d) for pos, d in cues if pos >= end and not SPEECH.match(sentence[pos:pos + 12])]
    if after:
        pos, d = after[0]
        return d, f"{d} tense: {sentence[pos:pos + 20].split(',')[0].strip()!r}"
    if best is not None:
        return best[1], f"{best[1]} tense: {sentence[best[0]:best[0] + 12].strip()!r}"
    if re.search(r"^[A-Z][^.!?]*\bto\s+[a-z]+\b", sentence) and not sentence.rstrip().endswith((".", "?", "!", '"', "\u201d")):
        return "future", "headline 'X to do Y' looks forward"
    if PRESENT.search(sentence):
        return "nearest", "present tense: the nearest one"
    return default, f"no tense cue: fallback prefer={default}"

