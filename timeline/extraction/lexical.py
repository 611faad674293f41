"""Extraction in any language with a lexicon: candidates from its words, direction from its tense cues.

English has a scanner tuned on news (:mod:`~timeline.extraction.scan`); every
other language is read here from data alone, so that a new lexicon module is
all a language needs to be extracted:

1. **Candidates.** Each sentence is split into words, numbers, times and
   punctuation. A word the language's lexicon knows (any word class, or a
   word of one of its multi-word entries, or of a holiday name) is *date-ish*;
   runs of date-ish tokens (with a comma, dash, stop or slash inside) are the
   candidates. A run is kept when it holds a *seed*: a weekday, month, unit,
   season, part of day, day word, vague word or decade, a holiday name, a
   time, an ISO date, or a year after a preposition or before a year word
   ("у 2024 році").
2. **Resolution.** From each token of a run that is not glue alone ("у",
   "en"), the longest expression the resolver reads in that language is taken
   (:meth:`~timeline.resolver.Resolver.resolve_longest`), and the scan goes on
   after it. So "у вівторок" is found as "вівторок" and "до кінця року" keeps
   its qualifier.
3. **Direction.** The nearest tense cue of the sentence before the mention
   (else after it; a reporting verb only when nothing else is there) gives
   ``prefer``, from the language's :class:`~timeline.lexicons.ExtractWords`:
   "у вівторок" after "заявив" is last Tuesday, after "буде" next Tuesday.
4. **Quotes.** A mention inside the language's quote marks is ``quoted``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.errors import Diagnostic, Location
from timeline.extraction.mention import Mention
from timeline.extraction.normalize import timex_type
from timeline.extraction.text import LineIndex, Sentence, split_sentences
from timeline.lexicons import Glue, Lexicon, Marker, Qualifier, WordClass, get_lexicon, normalize_word
from timeline.lexicons.extract_words import ExtractWords, extract_words
from timeline.lexicons.morphology import mixed_letters, to_cyrillic, to_latin
from timeline.model import Span

if TYPE_CHECKING:
    from timeline.resolver import Resolver

_TOKEN = re.compile(
    r"(?P<iso>\d{4}-[01]\d-[0-3]\d)(?![\d-])"
    r"|(?P<time>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?![\d]|\.\d)|h(?:[0-5]\d(?!\d))?(?![^\W\d_])))"
    r"|(?P<num>\d+(?:-[^\W\d_]+|[^\W\d_]{1,3}(?![^\W\d_]))?)"
    r"|(?P<word>[^\W\d_]+(?:['\u2019\u2018`\u00b4\u2032\u02bc][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w])")
_JOINERS = frozenset({",", "-", "\u2013", ".", "/", ":"})  # punctuation a date may hold ("6.03.2025", "9:30-11:00")
_SEED_CLASSES = frozenset({WordClass.WEEKDAY, WordClass.MONTH, WordClass.UNIT, WordClass.SEASON,
                           WordClass.PART_OF_DAY, WordClass.DAY_WORD, WordClass.VAGUE, WordClass.DECADE})
_SEASON_ONLY = frozenset({WordClass.SEASON})
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_APOSTROPHE = re.compile("['\u2019\u02bc]")
MAX_RUN = 24  # tokens of one candidate run: longer than any date expression


class _Tok:
    __slots__ = ("end", "glue_only", "kind", "known", "may_glue", "norm", "seed", "start", "text")

    def __init__(self, start: int, end: int, text: str, kind: str) -> None:
        self.start, self.end, self.text, self.kind = start, end, text, kind
        self.norm = normalize_word(text) if kind == "word" else text.lower()
        self.known = kind in ("num", "time", "iso")
        self.seed = kind in ("time", "iso")
        self.glue_only = False
        self.may_glue = False  # glue and something else ("en": glue and "in"; "un": glue and "one")


@lru_cache(maxsize=16)
def _holiday_starts(language: str) -> frozenset[str]:
    try:
        from timeline.holidays import first_words
    except ImportError:  # pragma: no cover - holidays are optional to the scanner
        return frozenset()
    return frozenset(first_words(language))


@lru_cache(maxsize=16)
def _abbreviations(language: str) -> frozenset[str]:
    """The lexicon's short forms of weekdays and months: a word of at most three letters that begins a
    longer word with the same meaning ("сер" of "серпень", "лис" of "листопад", "mer" of "mercredi").
    In prose they are often other words ("сер Кім Даррок": sir; "лис": a fox), so they need a figure
    beside them to be read as a date ("3 сер 96", "сер. 2012")."""
    lexicon = get_lexicon(language)
    named = {key: frozenset(m for m in meanings if m.word_class in (WordClass.WEEKDAY, WordClass.MONTH))
             for key, meanings in lexicon.entries.items() if " " not in key}
    out = set()
    for key, days in named.items():
        if days and len(key) <= 3 and any(
                len(other) > len(key) + 1 and other.startswith(key) and days & others
                for other, others in named.items()):
            out.add(key)
    return frozenset(out)


def _beside_a_figure(toks: list[_Tok], i: int) -> bool:
    """True when the word at *i* has a number right before it or after it (across a comma, stop or dash
    that follows it): "3 сер", "сер 96", "верес. 2012", "пт, 7 березня"."""
    if i and toks[i - 1].kind in ("num", "iso"):
        return True
    k = i + 1
    if k < len(toks) and toks[k].text in _JOINERS:
        k += 1
    return k < len(toks) and toks[k].kind in ("num", "iso", "time")


def _classify(toks: list[_Tok], lexicon: Lexicon, words: ExtractWords, language: str) -> None:
    """Mark each token date-ish (``known``), a ``seed``, or glue alone, from the lexicon and holiday names."""
    norms = [t.norm for t in toks]
    holiday_starts = _holiday_starts(language)
    for i, t in enumerate(toks):
        if t.kind == "punct" and lexicon.starts_entry(t.norm):
            hit = lexicon.longest(norms, i)  # "- ci" of "ce mois-ci"
            if hit is not None and hit.end - hit.start > 1:
                for j in range(hit.start, hit.end):
                    toks[j].known = True
        if t.kind != "word":
            continue
        classes = lexicon.classes(t.norm)
        if not classes and t.norm != t.text.lower():
            # an elision the lexicon keeps as two words ("quest'anno", "dell'anno"): the words of its parts
            classes = frozenset().union(*(lexicon.classes(normalize_word(p)) for p in _APOSTROPHE.split(t.text)
                                          if p))
        if classes == _SEASON_ONLY and i and toks[i - 1].norm in words.compound_past:
            continue  # "a été confirmée": the participle of "être" after its auxiliary, not the summer
        if t.norm in _abbreviations(language) and not _beside_a_figure(toks, i):
            continue  # "посол сер Кім Даррок": a short form without a figure beside it is another word
        if classes:
            t.known = True
            t.seed = t.seed or bool(classes & _SEED_CLASSES)
            t.glue_only = classes == {WordClass.GLUE}
            t.may_glue = WordClass.GLUE in classes
        elif t.norm in words.year_words:
            t.known = True
        hit = lexicon.longest(norms, i)
        if hit is not None and hit.end - hit.start > 1:
            for j in range(hit.start, hit.end):
                toks[j].known = True
            t.glue_only = all(isinstance(m, Glue) for m in hit.meanings)
            if any(m.word_class in _SEED_CLASSES for m in hit.meanings):
                t.seed = True
        if t.norm in holiday_starts:
            from timeline.holidays import match

            found = match([x.text for x in toks], i, language)
            if found is not None:
                for j in range(i, found[1]):
                    toks[j].known = toks[j].seed = True
                t.glue_only = False
    for i, t in enumerate(toks):
        # a year: "у 2024 році", "en 2024", "2024 року"
        if t.kind == "num" and len(t.text) == 4 and t.text.isdigit() and 1000 <= int(t.text) <= 2999 and (
                (i and toks[i - 1].known and toks[i - 1].kind == "word")
                or (i + 1 < len(toks) and (toks[i + 1].norm in words.year_words or toks[i + 1].seed))):
            t.seed = True


def _reads_as(resolver: Resolver, text: str, start: int, end: int, span: Span) -> bool:
    """True when ``text[start:end]`` reads as *span* (a trailing word that may be glue adds nothing)."""
    from timeline.errors import TimelineError

    try:
        got = resolver.resolve(text[start:end])
    except TimelineError:
        return False
    return (got.start, got.end, got.value) == (span.start, span.end, span.value)


def _time_after_glue(toks: list[_Tok], k: int) -> bool:
    """True when glue words from ``toks[k]`` on lead to a time ("às 18h30", "a las 10:00")."""
    while k < len(toks) and toks[k].kind == "word" and (toks[k].glue_only or toks[k].may_glue):
        k += 1
    return k < len(toks) and toks[k].kind == "time"


def _runs(toks: list[_Tok], text: str) -> list[tuple[int, int]]:
    """Maximal runs of date-ish tokens holding a seed, as token index ranges (end exclusive)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not toks[i].known:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < MAX_RUN and "\n" not in text[toks[j - 1].end:toks[j].start]:
            if toks[j].known:
                j += 1
            elif toks[j].text == ",":
                # "в середу, 5 березня", "Mittwoch, 5. März": a comma goes on to a number or a date word only
                # ("antes de 2027, y el viernes" is two dates)
                if j + 1 < n and toks[j + 1].known and (toks[j + 1].kind != "word" or toks[j + 1].seed
                                                        or _time_after_glue(toks, j + 1)):
                    j += 1  # ... or to the time of the day: "no sábado, às 18h30", "el lunes, a las 10:00"
                else:
                    break
            elif toks[j].text in _JOINERS and j + 1 < n and toks[j + 1].known and toks[j].start == toks[j - 1].end:
                j += 1  # "6.03.2025", "9:30-11:00": a stop or dash touching the date
            else:
                break
        if any(t.seed for t in toks[i:j]):
            out.append((i, j))
        i = j
    return out


def _counted_from_an_event(toks: list[_Tok], i: int, j: int, lexicon: Lexicon) -> bool:
    """True when the mention ``toks[i:j]`` is a quantity of units alone and a bound word ("до",
    "перед", "после") follows it with a word that is no date word: "за тиждень до зустрічі", "три
    дні після виборів" count from an event, and the quantity alone is no date."""
    if j + 1 >= len(toks) or toks[j].kind != "word" or toks[j].may_glue or toks[j + 1].kind != "word" \
            or toks[j + 1].known:
        return False  # "tra due settimane a Roma": a word that may be glue ties the date to a place
    if not any(isinstance(m, Qualifier) and m.kind in ("until", "by", "before", "after")
               for m in lexicon.lookup(toks[j].norm)):
        return False
    return all(lexicon.classes(x.norm) & _SEED_CLASSES <= {WordClass.UNIT} for x in toks[i:j] if x.seed)


_TRAILING = frozenset({WordClass.GLUE, WordClass.MARKER, WordClass.QUALIFIER, WordClass.HEDGE})


def _trailing(tok: _Tok, lexicon: Lexicon) -> bool:
    """A word a mention need not end with: only glue, a marker before its quantity, a qualifier or a
    hedge ("em", "a", "até")."""
    if tok.kind != "word":
        return False
    classes = lexicon.classes(tok.norm)
    # a marker only when it stands before its quantity ("em", "há"): "тому назад" ends with its marker
    return bool(classes) and classes <= _TRAILING and all(
        m.position == "before" for m in lexicon.lookup(tok.norm) if isinstance(m, Marker))


def _same(a: Span, b: Span) -> bool:
    return (a.start, a.end, a.value) == (b.start, b.end, b.value)


class _Cues:
    """The tense cues of one sentence: (offset, direction, is a reporting verb), in order."""

    __slots__ = ("breaks", "cues", "sentence")

    def __init__(self, sentence: str, words: ExtractWords) -> None:
        self.sentence = sentence
        found = [(m.start(), normalize_word(m.group()), m.group()) for m in _WORD.finditer(sentence)]
        cues: list[tuple[int, str, bool, str]] = []
        breaks: list[int] = []
        for k, (pos, w, raw) in enumerate(found):
            if w in words.clause_breaks and k and sentence[found[k - 1][0]:pos].rstrip().endswith((",", ";")):
                breaks.append(pos)
            if w in words.compound_past and any(words.is_participle(x) for _, x, _ in found[k + 1:k + 4]):
                cues.append((pos, "past", False, raw))
                continue
            tense = words.tense_of(w)
            if tense is not None:
                cues.append((pos, tense, w in words.speech, raw))
        breaks.extend(m.start() for m in re.finditer(";", sentence))
        self.breaks = sorted(breaks)
        self.cues = cues

    def direction(self, offset: int, end: int, default: str) -> tuple[str, str]:
        """The direction for a mention at ``[offset, end)`` of the sentence, and why.

        The mention's own clause is read first (the sentence cut at ";" and at
        a comma before a word of ``clause_breaks``: "..., а минулого місяця
        делегації зустрілися"): its nearest cue before the mention, else after
        it; then the same over the whole sentence; a reporting verb counts
        last ("«... в середу», — сказав міністр").
        """
        for pos, tense, reported, raw in reversed(self.cues):
            if pos < offset:
                if reported and len(self.sentence[pos + len(raw):offset].split()) <= 2:
                    # a reporting verb right before the date governs it: "anunciou na terça-feira"
                    return tense, f"{tense} tense: {raw!r}"
                break
        lo, hi = 0, 1 << 62
        for b in self.breaks:
            if b <= offset:
                lo = b
            elif b >= end:
                hi = b
                break
        for a, z in ((lo, hi), (0, 1 << 62)):
            before = [c for c in self.cues if a <= c[0] < offset and not c[2]]
            if before:
                return before[-1][1], f"{before[-1][1]} tense: {before[-1][3]!r}"
            after = [c for c in self.cues if end <= c[0] < z and not c[2]]
            if after:
                return after[0][1], f"{after[0][1]} tense: {after[0][3]!r}"
        speech = [c for c in self.cues if c[2]]
        if speech:
            return speech[0][1], f"{speech[0][1]} tense: {speech[0][3]!r} (reported)"
        return default, f"no tense cue: fallback prefer={default}"


def quote_spans(text: str, words: ExtractWords) -> list[tuple[int, int]]:
    """Quoted passages ``(start, end)`` (quote marks included) for the language's pairs of marks.

    A pair of two different marks nests nothing and may stay open to the end
    of a paragraph (news style for a quote that runs on); a mark that opens and
    closes (") pairs within a line.
    """
    parts = []
    for open_, close in words.quotes:
        o, c = re.escape(open_), re.escape(close)
        if open_ == close:
            parts.append(rf"(?<!\w){o}[^{o}\n]*{c}")
        else:
            parts.append(rf"{o}[^{o}{c}\n]*(?:{c}|$)")
    if not parts:
        return []
    return [(m.start(), m.end()) for m in re.finditer("|".join(parts), text, re.MULTILINE)]


def _sentences(clean: str, words: ExtractWords, lexicon: Lexicon) -> list[Sentence]:
    """Sentences, joined again where a full stop follows an abbreviation or a day number before a month."""
    out: list[Sentence] = []
    for s in split_sentences(clean) or [Sentence(0, len(clean))]:
        if out:
            prev = clean[out[-1].start:out[-1].end]
            last = re.search(r"(\w+)\.$", prev)
            first = _WORD.match(clean, s.start)
            if last is not None and "\n" not in clean[out[-1].end:s.start] and (
                    normalize_word(last.group(1)) in words.abbreviations
                    or normalize_word(last.group(1)) in _abbreviations(lexicon.language)  # "3 окт. 2024 года"
                    or (last.group(1).isdigit() and len(last.group(1)) <= 2 and first is not None
                        and WordClass.MONTH in lexicon.classes(normalize_word(first.group())))):
                out[-1] = Sentence(out[-1].start, s.end)  # "6. März", "2024 р. було"
                continue
        out.append(s)
    return out


def _repair_mixed_scripts(text: str, clean: str, lexicon: Lexicon, name: str) -> tuple[str, list[Diagnostic]]:
    """*clean* with each date word typed with a letter of another script ("понеділoк", a Latin "o")
    written in its own script, and a warning naming each such letter: the mention keeps the words as
    typed, and the date is read, not silently missed. A mixed word that is no date word is left."""
    warnings: list[Diagnostic] = []
    lines: LineIndex | None = None
    chars: list[str] | None = None
    for found in _WORD.finditer(clean):
        word = found.group()
        mixed = mixed_letters(word)
        if mixed is None:
            continue
        script, letters = mixed
        repaired = to_cyrillic(word) if script == "cyrillic" else to_latin(word)
        if len(repaired) != len(word) or mixed_letters(repaired) is not None \
                or lexicon.key_of(normalize_word(repaired)) is None:
            continue
        if chars is None:
            chars = list(clean)
        chars[found.start():found.end()] = repaired
        if lines is None:
            lines = LineIndex(text)
        other = "Latin" if script == "cyrillic" else "Cyrillic"
        stray = ", ".join(f"{letter!r} (letter {index + 1})" for index, letter in letters)
        warnings.append(Diagnostic(
            "warning", f"{word!r} has the {other} letter{'s' if len(letters) > 1 else ''} {stray} among "
                       f"{script.capitalize()} ones: read as {repaired!r}",
            Location(name, *lines.line_column(found.start()))))
    return ("".join(chars) if chars is not None else clean), warnings


def lexical_mentions(text: str, clean: str, reference: date | datetime, prefer: str, timezone: str | None,
                     language: str, name: str = "<text>") -> tuple[list[Mention], list[Diagnostic]]:
    """The mentions of *clean* (the text with its markup blanked) read in *language*, and the warnings."""
    from timeline.resolver import Resolver

    lexicon = get_lexicon(language)
    words = extract_words(language)
    clean, warnings = _repair_mixed_scripts(text, clean, lexicon, name)
    resolvers: dict[str, Resolver] = {}
    quotes = quote_spans(clean, words)
    mentions: list[Mention] = []
    lines: LineIndex | None = None
    for sent in _sentences(clean, words, lexicon):
        body = clean[sent.start:sent.end]
        toks = [_Tok(m.start() + sent.start, m.end() + sent.start, m.group(), m.lastgroup or "punct")
                for m in _TOKEN.finditer(body)]
        _classify(toks, lexicon, words, language)
        cues: _Cues | None = None
        count = 0
        for a, b in _runs(toks, clean):
            limit = toks[b - 1].end
            i = a
            while i < b:
                t = toks[i]
                if t.kind == "punct":
                    i += 1
                    continue
                if cues is None:
                    cues = _Cues(body, words)
                direction, why = cues.direction(t.start - sent.start, t.end - sent.start, prefer)
                resolver = resolvers.get(direction)
                if resolver is None:
                    resolver = resolvers[direction] = Resolver(reference, direction, timezone, "auto", None,
                                                               language)
                hit = resolver.resolve_longest(clean[:limit], t.start)
                if t.glue_only:
                    # "у вівторок" is the mention "вівторок"; "за три дні до Великодня" keeps its "за",
                    # which changes what the words mean
                    k = i + 1
                    while k < b and toks[k].kind == "punct":
                        k += 1
                    rest = resolver.resolve_longest(clean[:limit], toks[k].start) if k < b else None
                    if hit is None or (rest is not None and rest[1] >= hit[1] and _same(rest[0], hit[0])):
                        i += 1
                        continue
                if hit is None:
                    i += 1
                    continue
                span, end = hit
                j = i
                while j < b and toks[j].start < end:
                    j += 1
                while j - 1 > i:
                    last = toks[j - 1]
                    if last.kind == "word" and last.start == toks[j - 2].end:
                        break  # a word written onto the date is the date's: the "feira" of "terça-feira"
                    if not (last.glue_only or last.kind == "punct" or (last.may_glue or _trailing(last, lexicon))
                            and _reads_as(resolver, clean, t.start, toks[j - 2].end, span)):
                        break
                    # "am Mittwoch zu Gesprächen", "la semana pasada en Bruselas", "el martes un nuevo", "no
                    # sábado, às 18h30, em Coimbra": the words that tie are not the date's (one that may be
                    # more, a marker before its quantity, only when the date reads the same without it)
                    j -= 1
                    end = toks[j - 1].end
                last = toks[j - 1]
                if j - 1 > i and last.kind == "word" and not last.seed and j < len(toks) and toks[j].kind == "word" \
                        and WordClass.NUMBER in lexicon.classes(last.norm):
                    # "mercredi soir une allocution": a number word before a noun counts the noun
                    shorter = resolver.resolve_longest(clean[:toks[j - 2].end], t.start)
                    if shorter is not None:
                        (span, end), j = shorter, j - 1
                if not any(x.seed for x in toks[i:j]):
                    i += 1  # "минулого" alone, a bare number: not a date by itself
                    continue
                if _counted_from_an_event(toks, i, j, lexicon):
                    i = j  # "за тиждень до зустрічі": a week before what the words do not date
                    continue
                count += 1
                if count > 100:
                    if lines is None:
                        lines = LineIndex(text)
                    warnings.append(Diagnostic("warning", "more than 100 date expressions in one sentence: the "
                                               "rest of the sentence is skipped", Location(name,
                                                                                          *lines.line_column(t.start))))
                    break
                start = t.start
                mentions.append(Mention(
                    start=start, end=end, text=text[start:end], value=span.value, type=timex_type(span.value),
                    span=span, sentence=text[sent.start:sent.end], sentence_start=sent.start,
                    direction=direction, anchor=reference,
                    explanation=f"{span.explanation or text[start:end]} [{why}]",
                    quoted=any(q0 < start < q1 for q0, q1 in quotes), language=language))
                i = j
            if count > 100:
                break
    return mentions, warnings


_CLAUSE_PUNCT = re.compile(r"[;:()\u2014\u2013]|,\s|\s-\s")


def lexical_title(m: Mention, others: list[Mention] | None = None) -> str:
    """A short title for *m* in its own language: the clause around the date, without the date.

    The sentence's dateline and every date mention (with the preposition
    before it, from the language's ``prepositions``) are taken out; the
    clause holding the date (cut at ; : ( — and ", ") is kept, with the one
    before it when it has fewer than three words; it ends before a word that
    begins another clause (``clause_breaks``) once it has three words, and
    at ten words. A date inside quote marks is titled by the quoted words.
    """
    from timeline.extraction.dateline import dateline_end

    words = extract_words(m.language)
    s = m.sentence
    rel, rel_end = m.start - m.sentence_start, m.end - m.sentence_start
    chars = list(s)
    spans = [(rel, rel_end)] + [(o.start - m.sentence_start, o.end - m.sentence_start) for o in others or ()]
    for a, b in spans:
        if not 0 <= a < b <= len(s):
            continue
        before = list(_WORD.finditer(s, max(0, a - 20), a))
        while before and normalize_word(before[-1].group()) in words.prepositions | words.articles and \
                s[before[-1].end():a].strip() == "":
            a = before[-1].start()
            before.pop()
        for k in range(a, b):
            chars[k] = "\0" if chars[k] != "\n" else "\n"
    cut = "".join(chars)
    if m.quoted:
        for q0, q1 in quote_spans(s, words):
            if q0 < rel < q1:
                quoted = _finish(cut[q0 + 1:q1], words)
                if quoted:
                    return quoted
                break  # the quote is the date alone («d'ici la fin de l'année»): the clause around it
    head = dateline_end(s, m.language)
    keep = cut[head:] if head <= rel else cut
    offset = head if head <= rel else 0
    at = max(0, rel - offset)
    pieces = [(p.start(), p.end()) for p in _CLAUSE_PUNCT.finditer(keep)]
    lo, hi = 0, len(keep)
    for a, b in pieces:
        if b <= at:
            lo = b
        elif a >= at:
            hi = a
            break
    clause = keep[lo:hi]
    if len(_plain(clause).split()) < 3 and lo > 0:
        previous = max((b for _, b in pieces if b < lo - 1), default=0)
        clause = keep[previous:hi]
    elif len(_plain(clause).split()) < 3:
        # a date that opens the sentence and is a clause of its own ("Il y a deux semaines, le gouvernement a
        # annoncé..."): the clause after it
        clause = keep[lo:next((a for a, _ in pieces if a > hi), len(keep))]
    return _finish(clause, words) or _finish(s[head:] if head <= rel else s, words)  # the date alone: its words


def _plain(text: str) -> str:
    return re.sub(r"\s*\0+\s*", " ", text).strip()


def _finish(clause: str, words: ExtractWords) -> str:
    """Ten words at most, from the start of *clause*, without dangling small words; capitalised."""
    marks = "".join(o + c for o, c in words.quotes)
    tokens = _plain(clause).strip(" ,.;:-" + marks).split()
    while tokens and normalize_word(tokens[0].strip(",")) in (words.clause_breaks | words.articles | words.prepositions):
        tokens.pop(0)
    out: list[str] = []
    for token in tokens:
        if len(out) >= 3 and normalize_word(token.strip(",")) in words.clause_breaks:
            break
        out.append(token)
        if len(out) == 10:
            break
    while len(out) > 3 and normalize_word(out[-1].strip(",;:")) in (words.prepositions | words.articles
                                                                       | words.clause_breaks):
        out.pop()
    title = " ".join(out).strip(" ,.;:-\u2013\u2014" + marks)
    return title[:1].upper() + title[1:] if title else ""
