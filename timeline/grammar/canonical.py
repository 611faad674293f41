"""Other languages: their words, read through their lexicon, as the canonical words the grammar reads."""

from __future__ import annotations

from difflib import get_close_matches

from timeline import lexicon as lx
from timeline.errors import ExpressionError, UnknownWordError
from timeline.grammar.tokens import Token
from timeline.grammar.words import _SPECULATIVE_FAILURE
from timeline.lexicons.schema import (
    DayWord,
    Glue,
    Hedge,
    Lexicon,
    Marker,
    Meaning,
    Month,
    Number,
    Ordinal,
    PartOfDay,
    PeriodPart,
    Qualifier,
    Relative,
    Season,
    Unit,
    Vague,
    Weekday,
    fold_diacritics,
)


def _canonical_words(meaning: Meaning) -> tuple[str, ...]:
    """The canonical spelling of a meaning: the words the grammar reads for it."""
    if isinstance(meaning, Weekday):
        return (lx.WEEKDAY_NAMES[meaning.n].lower(),)
    if isinstance(meaning, Month):
        return (lx.MONTH_NAMES[meaning.n].lower(),)
    if isinstance(meaning, Unit):
        return (meaning.name,)
    if isinstance(meaning, Ordinal):
        return (_ORDINAL_SPELLING.get(meaning.n, str(meaning.n)),)
    if isinstance(meaning, Relative):
        return (("last", "this", "next")[meaning.shift + 1],) if -1 <= meaning.shift <= 1 else ()
    if isinstance(meaning, DayWord):
        return _DAY_WORD_SPELLING.get(meaning.shift, ())
    if isinstance(meaning, Qualifier):
        return (meaning.kind,)
    if isinstance(meaning, Hedge):
        return ("around",)
    if isinstance(meaning, PeriodPart):
        return _PART_SPELLING.get(meaning.kind, ())
    if isinstance(meaning, Season):
        return (lx.SEASON_NAMES[meaning.code],)
    if isinstance(meaning, PartOfDay):
        return (meaning.name,)
    if isinstance(meaning, Vague):
        return tuple(_VAGUE_SPELLING[meaning.window.kind].split())
    return ()



_ORDINAL_SPELLING = {n: w for w, n in lx.ORDINAL_WORDS.items()}

_DAY_WORD_SPELLING = {-2: ("the", "day", "before", "yesterday"), -1: ("yesterday",), 0: ("today",),
                      1: ("tomorrow",), 2: ("the", "day", "after", "tomorrow")}

_PART_SPELLING = {"early": ("early",), "mid": ("mid",), "late": ("late",), "begin": ("the", "beginning", "of"),
                  "end": ("the", "end", "of"), "rest": ("the", "rest", "of"), "earlier": ("earlier",),
                  "later": ("later",)}

_VAGUE_SPELLING = {kind: next(p for p, k in lx.VAGUE.items() if k == kind) for kind in set(lx.VAGUE.values())}

_NOUNS = (Weekday, Month, Unit, Season)



def canonical_tokens(text: str, toks: list[Token], language: str, quiet: bool = False) -> list[Token]:
    """The tokens of an expression in *language*, as the canonical words the grammar reads.

    Each word (or multi-word entry: "il y a", "avant-hier") is looked up in the
    language's lexicon (with its morphology and diacritic folding) and replaced
    by the canonical spelling of its meaning, keeping its place in the text so
    errors point at the words the user wrote. Word order is brought to the
    canonical one: a relative word after its noun ("la semaine dernière") moves
    before it, and a past marker before the quantity ("il y a 3 jours") moves
    after its unit. Glue words ("le", "de") are dropped. A word the lexicon does
    not know is an :class:`UnknownWordError` whose suggestion comes from the
    same lexicon.
    """
    from timeline.holidays import canonical_words
    from timeline.holidays import match as match_holiday_name
    from timeline.lexicons import get_lexicon

    lexicon = get_lexicon(language)
    words = [t.text for t in toks]
    out: list[Token] = []
    pending_ago: list[Token] = []  # "il y a": "ago" goes after the next unit
    last_noun = -1  # index in out of the last noun emitted, for a postposed relative
    i = 0
    while i < len(toks):
        tok = toks[i]
        found = lexicon.longest(words, i) if tok.number is None else None
        # A holiday name of the language (timeline.holidays), glue words and all ("lundi de Pâques",
        # "Tag der Deutschen Einheit"), becomes the one word the English grammar reads back as it.
        named = match_holiday_name(words, i, language)
        if named is not None and (found is None or named[1] >= found.end):
            holiday, end = named
            out += [Token(w, tok.start, toks[end - 1].end, None, tok.space_before) for w in canonical_words(holiday)]
            last_noun = len(out) - 1  # "Pâques prochain": a relative after the name moves before it
            i = end
            continue
        if found is None:
            if tok.number is not None or not tok.text[:1].isalpha():
                out.append(tok)
                i += 1
                continue
            raise _unknown_in(text, tok, lexicon, quiet)
        first, last = toks[found.start], toks[found.end - 1]
        meaning = next((m for m in found.meanings if not isinstance(m, Glue)), found.meanings[0])
        i = found.end
        if isinstance(meaning, Glue):
            continue

        def emit(spelling: tuple[str, ...], first: Token = first, last: Token = last) -> list[Token]:
            return [Token(w, first.start, last.end, None, first.space_before) for w in spelling]

        if isinstance(meaning, Number):
            out.append(Token(str(meaning.value), first.start, last.end, meaning.value, first.space_before))
            continue
        if isinstance(meaning, Marker):
            if meaning.direction < 0 and meaning.position == "before":
                pending_ago = emit(("ago",))
            elif meaning.direction > 0 and meaning.position == "before":
                out += emit(("in",))
            else:
                out += emit(("ago",) if meaning.direction < 0 else ("later",))
            continue
        if isinstance(meaning, Relative) and meaning.position != "before" and last_noun == len(out) - 1 \
                and last_noun >= 0:
            out[last_noun:last_noun] = emit(_canonical_words(meaning))
            last_noun = -1
            continue
        spelled = emit(_canonical_words(meaning))
        out += spelled
        if isinstance(meaning, _NOUNS):
            last_noun = len(out) - 1
            if pending_ago and isinstance(meaning, Unit):
                out += pending_ago
                pending_ago = []
    if pending_ago:
        out += pending_ago
    return out



def _unknown_in(text: str, tok: Token, lexicon: Lexicon, quiet: bool) -> ExpressionError:
    if quiet:
        return _SPECULATIVE_FAILURE.with_traceback(None)
    raw = text[tok.start:tok.end]
    found = get_close_matches(fold_diacritics(tok.text), lexicon.vocabulary(), n=1, cutoff=0.75)
    hint = found[0] if found else None
    message = f"unknown word {raw!r} in {lexicon.name}"
    if hint:
        message += f" (did you mean {hint!r}?)"
    return UnknownWordError(message, text, raw, tok.start, hint)
