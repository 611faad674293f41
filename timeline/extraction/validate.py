"""Stage 3, validation: each candidate goes to the resolver, shrunk from its edges when refused."""

from __future__ import annotations

import re
from datetime import date, datetime

from timeline.extraction.anaphora import anaphor_of
from timeline.extraction.found import CachedResolver, Found, phrase_of
from timeline.extraction.normalize import adjust, local_value, timex_type
from timeline.extraction.scan import (
    A,
    E,
    F,
    H,
    K,
    M,
    N,
    O,
    P,
    Q,
    R,
    S,
    Tok,
    U,
    Y,
    is_seedy,
    split_run,
    trim,
)
from timeline.extraction.tense import SentenceTense, direction_of
from timeline.extraction.text import Sentence
from timeline.extraction.vocabulary import vocabulary
from timeline.model import Granularity, Span, day_of

FINANCIAL = re.compile(r"\b(?:quarter|quarterly|fiscal|revenue|earnings|profits?|sales|guidance|Q[1-4]|"
                        r"results|outlook|forecast)\b")
SPORT = re.compile(r"\b(?:half-time|halftime|kick-?off|kicked off|goals?|innings|inning|second leg|"
                    r"first leg|the break|restart)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s+$")
_AMPM = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)
_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*[A-Z]|\s?[ap]\.?m)")
_IN_BEFORE = re.compile(r"\b(in|within)\s+$")
_FRACTION_AFTER = re.compile(r"\s+of\s+(?!(?:the|this|last|next)\s+year\b|\d{4}\b|fiscal\b)", re.IGNORECASE)
_FRACTION_BEFORE = re.compile(r"\b(?:about|nearly|almost|roughly|around|some|over|than|by|\w+(?:en|ed))\s+$",
                              re.IGNORECASE)  # "have fallen about a quarter since January"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:\w+\s+(?:and|or)\s+)?$", re.IGNORECASE)  # "for August and September"
_DEFINED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:ended|ends|ending)|ended|ending|to|through)\b",
                            re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(r"\b(by|since|until|till|through)\s+$", re.IGNORECASE)
_PLANNED_FOR = re.compile(r"\b(?:(?:planned|scheduled|slated|set|due|penciled|pencilled)\s+(?:for|on)"
                          r"|(?:moved|postponed|delayed|pushed back|brought forward|rescheduled)\s+(?:to|until)"
                          r"|(?:ending|ends)\s+(?:in|on))\s+$", re.IGNORECASE)  # "the year ending in March"
_CALLED_OFF = re.compile(r"\b(?:called off|cancell?ed|postponed|scrapped|delayed|put off|suspended)\b",
                         re.IGNORECASE)
_PERFECT_OR_UNCUED = re.compile(r"past tense: '(?:has|have)\b|no tense cue")
_PREPOSITION_BEFORE = re.compile(r"\b(in|within|over|at|for|during)\s+$", re.IGNORECASE)


def resolve_candidate(clean: str, toks: list[Tok], a: int, b: int, sent: Sentence, tense: SentenceTense,
                       reference: date | datetime, prefer: str, resolver: CachedResolver) -> list[Found]:
    """Resolve toks[a:b], shrinking from the edges when the whole does not resolve."""
    out: list[Found] = []
    tried = 0
    queue = [(a, b)]
    seen: set[tuple[int, int]] = set()
    while queue and tried < 14:
        a2, b2 = queue.pop(0)
        if (a2, b2) in seen or b2 <= a2:
            continue
        seen.add((a2, b2))
        if not is_seedy(toks[a2:b2]):
            continue
        tried += 1
        hit = resolve_piece(clean, toks, a2, b2, sent, tense, reference, prefer, resolver)
        if hit is not None:
            out.append(hit)
            # what is left on either side may hold another expression ("2001 to 2012")
            for rest in ((a, a2), (b2, b)):
                if rest[1] > rest[0]:
                    for piece in split_run(toks, rest):
                        if is_seedy(toks[piece[0]:piece[1]]):
                            out.extend(resolve_candidate(clean, toks, piece[0], piece[1], sent, tense,
                                                         reference, prefer, resolver))
            break
        # shrink: drop a token from the right first (trailing junk), then from the left
        for s2, e2 in ((a2, b2 - 1), (a2 + 1, b2)):
            queue.append(trim(toks, s2, e2))
        queue.sort(key=lambda r: -(r[1] - r[0]))
    out.sort(key=lambda f: f.start)
    return out


def resolve_piece(clean: str, toks: list[Tok], a: int, b: int, sent: Sentence, tense: SentenceTense,
                  reference: date | datetime, prefer: str, resolver: CachedResolver) -> Found | None:
    start, end = toks[a].start, toks[b - 1].end
    phrase = phrase_of(clean, toks, a, b)
    text_after = clean[end:end + 30]
    direction, why = direction_of(tense, start - sent.start, end - sent.start, prefer)
    if _SINCE_BEFORE.search(clean, max(0, start - 7), start):
        direction, why = "past", "'since' looks back"
    elif _PLANNED_FOR.search(clean, max(0, start - 24), start):
        # "a strike planned for Monday was called off": the date is the plan's, not the reporting verb's
        called_off = _CALLED_OFF.search(clean, sent.start, sent.end)
        direction = "future" if called_off else "nearest"
        why = f"{'future' if called_off else 'nearest'}: the date of what was planned"
    night = vocabulary().parts_of_day.get(toks[a].low) if b - a == 1 else None
    if night is not None and night.start_hour < 0 and direction != "past":
        # "votes are counted overnight", "will continue overnight": through a night, not the night before
        return None
    # "as soon as Wednesday": 'soon' is a conjunction there
    if toks[a].low == "soon" and b - a == 1 and _AS_BEFORE.search(clean, max(0, start - 6), start):
        return None
    if not resolver.financial and toks[b - 1].low == "half" and b - a <= 3 and toks[b - 2].kind == O:
        return None  # "The first half was dominated by the hosts": a match, not a year
    if vocabulary().units.get(toks[b - 1].low) == "quarter" and toks[a].kind in (A, N) and b - a == 2 \
            and (_FRACTION_AFTER.match(clean, end) or _FRACTION_BEFORE.search(clean, max(0, start - 14), start)):
        return None  # "a quarter of voters", "three quarters of the shares": a fraction, not a date
    ana = anaphor_of(toks[a:b])
    if ana is not None and ana.kind in ("that", "year_ago", "this_period"):
        if ana.kind == "this_period" and (not resolver.financial or _DEFINED_AFTER.match(clean, end)):
            return None  # "the quarter that ended Dec. 31": the date after it says which
        # counted from a date of the document: the context stage reads it (dropped if it finds none)
        return Found(start, end, "", "DATE", None, direction, f"{phrase!r}: [{why}]", reference, sent,
                     toks=(a, b), context="pending")
    if ana is not None and ana.kind == "relative":
        # read against the reference until the context stage finds the date it counts from
        relative = resolver(ana.grammar_words, reference, direction)
        if relative is None:
            return None
        return Found(start, end, relative.value, timex_type(relative.value), relative, direction,
                     (relative.explanation or phrase) + f" [{why}]", reference, sent, toks=(a, b))
    local = local_value(toks[a:b], text_after)
    if local is not None:
        value, ttype = local
        span: Span | None = None
        if ttype == "DURATION" and toks[a].low == "the":
            span = resolver(phrase, reference, direction)
        return Found(start, end, value, ttype, span, direction, f"{phrase!r}: {ttype.lower()} {value}",
                      reference, sent, toks=(a, b))
    if b - a == 1 and toks[a].kind in (U, N, A, R, E, "v", S, P, K, F, O) and not toks[a].seed:
        return None
    resolved_phrase = phrase.replace("-", " ") if toks[a].kind == Q and "-" in phrase else phrase
    if "." in resolved_phrase:
        resolved_phrase = _AMPM.sub(r"\1m", resolved_phrase)
        resolved_phrase = _DOT_TIME.sub(r"\1:\2", resolved_phrase)
    # the preposition before the mention helps the resolver ("in very short order", "in 21 days")
    before = clean[max(0, start - 8):start].lower()
    pre = _IN_BEFORE.search(before)
    span = None
    eff_direction = direction
    if toks[a].kind in (M,) and b - a <= 3 and not any(t.kind == Y for t in toks[a:b]) and "no tense" in why:
        eff_direction = "nearest"  # "payable on March 28": the nearest one
    if pre and toks[a].kind in (N, A) and any(t.kind == U for t in toks[a:b]):
        span = resolver(f"{pre.group(1)} {resolved_phrase}", reference, eff_direction)
    if span is None:
        span = resolver(resolved_phrase, reference, eff_direction)
    if span is None and toks[a].low == "the" and b - a > 2:
        span = resolver(resolved_phrase[4:], reference, eff_direction)  # "the end of the year"
    if span is None:
        # the preposition TimeML leaves outside is part of some phrases of the lexicon ("in very short order")
        pre = _PREPOSITION_BEFORE.search(clean, max(0, start - 10), start)
        if pre is not None:
            span = resolver(f"{pre.group(1).lower()} {resolved_phrase}", reference, eff_direction)
    if span is None:
        return None
    kinds = {t.kind for t in toks[a:b]}
    has_day = any(t.kind in (N, O) for t in toks[a:b])
    if (M in kinds or H in kinds) and Y not in kinds and eff_direction != "nearest" and "since" not in why and not any(
            t.kind == R for t in toks[a:b]) and (has_day or eff_direction != "past"
                                                  or _FOR_BEFORE.search(clean, max(0, start - 25), start)):
        # a date without a year: tense decides only between near candidates ("payable on March 28" in a
        # past-tense sentence published in February is next month's); a bare month in a past-tense sentence
        # stays in the past ("she resigned in June", read in March, is last June), unless it says what
        # something is for ("bookings for August were ahead of last year", read in July)
        ref_day = day_of(reference)
        if abs((day_of(span.start) - ref_day).days) > 183:
            near = resolver(resolved_phrase, reference, "nearest")
            if near is not None and abs((day_of(near.start) - ref_day).days) < 120:
                span, eff_direction = near, "nearest"
                why += "; the nearest one (the tense's reading is over six months away)"
    if span.granularity == Granularity.QUARTER and eff_direction == "past" and _PERFECT_OR_UNCUED.search(why):
        # a quarter or half in a present-perfect sentence or one with no tense cue is not in the past
        # ("has cost them orders for the third quarter", read in June): the grammar reads it as nearest,
        # the reference's year (a past cue reads one not yet begun as last year's: docs/conventions.md)
        near = resolver(resolved_phrase, reference, "nearest")
        if near is not None and (near.start, near.end) != (span.start, span.end):
            span, eff_direction = near, "nearest"
            why += "; a present perfect or no tense: the period nearest the reference"
    if (vocabulary().units.get(toks[b - 1].low) == "weekend" and eff_direction == "past" and b - a <= 2
            and day_of(span.start) > day_of(reference)):
        last = resolver("last weekend", reference, "past")
        if last is not None:
            span = last  # "continued through the weekend" (past tense): the one just gone
    qualifier = _QUALIFIER_BEFORE.search(clean, max(0, start - 9), start)
    if qualifier is not None and span.qualifier is None:
        # "by 2030": the grammar reads the qualifier with the words and keeps it on the span
        bound = resolver(f"{qualifier.group(1).lower()} {resolved_phrase}", reference, eff_direction)
        if bound is not None and bound.qualifier and (bound.start, bound.end) == (span.start, span.end):
            span = bound
    found = Found(start, end, span.value, timex_type(span.value), span, eff_direction,
                   (span.explanation or phrase) + f" [{why}]", reference, sent, toks=(a, b))
    adjust(found, phrase, toks, a, b, clean, reference)
    return found
