"""Titles for drafted events: a short headline-style clause around the date."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.extraction.dateline import DATELINE_HEAD
from timeline.extraction.mention import Mention

_SUBJECT_SKIP = re.compile(r"^(?:However|But|And|Meanwhile|Still|Also|Yet|So|Then|Now|Separately|"
                           r"Earlier|Later|Despite [^,]+|In [^,]+|On [^,]+|At [^,]+|After [^,]+|"
                           r"Before [^,]+|Speaking [^,]+|According to [^,]+),\s*")


_CLAUSE_END = re.compile(r"[;:\u2013\u2014(]|,\s|\s-\s|\b(?:amid|as|while|which|who|because|although|though|"
                         r"but|following|according|after|before|where|when|with|sending|giving|"
                         r"and\s+(?:said|says|has|have|had|was|were|is|are|will|would))\b")
_TITLES = re.compile(r"\b(?:(?:[A-Z][a-z]+\s+)?(?:Secretary|Minister)(?:\s+of\s+State)?|Mr|Mrs|Ms|Dr|Sir|Dame|Lord"
                     r"|President|Vice President|Chancellor|Chief Executive|CEO|Senator|Sen|Rep|Gov|Governor"
                     r"|Premier)\.?\s+(?=[A-Z])")  # "Defence Secretary John Healey" -> "John Healey"
# ", which listed in 2019," inside a sentence whose date is elsewhere: not part of the title's clause
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;]{0,80},\s*")
_REPORTED = re.compile(r"^(?P<who>.+?)\s+(?:said|says|told \w+|announced|warned|added|insisted|argued)\s*$")
# possessive: a long capitalised word is never tried as two to four shorter names (no backtracking)
_APPOSITIVE_NAME = re.compile(r"\b(?:his|her|their|its|the)\s+[^,]{2,40},\s+((?:[A-Z][\w.\u2019'-]*+\s*+){1,4}+),\s*")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|his|her|its|their|[A-Z][a-z]+['\u2019]s)\b[^,]{0,60},\s*")
_HEADLINE_FUTURE = re.compile(r"\b(?:is|are|was|were)\s+(?:set|expected|due|scheduled|slated|poised|going|"
                              r"planning|about)\s+to\b|(?<!\bwe )(?<!\bI )(?<!\bthey )(?<!\bhe )(?<!\bshe )"
                              r"(?<!\bit )(?<!\bWe )(?<!\bThey )(?<!\bHe )(?<!\bShe )(?<!\bIt )"
                              r"\b(?:will|plans to|intends to|aims to)\b(?!\s+to)")
_LEADING_PP = re.compile(r"^(?:however,?\s+|but\s+|and\s+|meanwhile,?\s+)?(?:in|at|during)\s+(?:a|an|the|his|her|"
                         r"its|their)\s+(.{3,50}?)\s*$", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*")

_AFTER_CLAUSE = re.compile(r"\bafter\s+(?!(?:that|this|it)\b)([^.;:!?\u201c\u201d\"]{12,}?)(?:[.;:!?\u201c\u201d\"]|$)")
_PAST_VERB = re.compile(r"\b(?:\w+ed|said|met|made|took|gave|won|lost|fell|rose|held|began|left|went|came)\b")


def after_clause_title(m: Mention) -> str | None:
    """The subordinate 'after <subject> <verb-ed> ...' clause that follows a mention, as a title."""
    rel_end = m.end - m.sentence_start
    rest = m.sentence[rel_end:rel_end + WINDOW]
    found = _AFTER_CLAUSE.search(rest)
    if found is None or found.start() > 12:
        return None  # only an "after" right behind the date: "last week after ..."
    clause = found.group(1)
    if not _PAST_VERB.search(clause):
        return None  # "after talks", "after the summit": no statement of its own
    title = finish_title(clean_clause(clause))
    return title if len(title.split()) >= 3 else None


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|as|although|though|which|who|with)\s+"
                           r"|\s+(?:but|while|whereas)\s+|\b(?:revealed|said|announced|added|warned)\s+that\s+"
                           r"|,\s+(?=[a-z]+\s+(?:said|says|told)\b)")


def clean_clause(clause: str) -> str:
    clause = _TITLES.sub("", clause)
    clause = _APPOSITIVE_NAME.sub(lambda x: x.group(1).strip() + " ", clause)
    clause = _APPOSITIVE.sub(" ", clause)
    clause = _HEADLINE_FUTURE.sub("to", clause)
    clause = re.sub(r"\b(?:has|have|had)\s+(?=\w+ed\b)", "", clause)
    return re.sub(r"\s{2,}", " ", clause).strip()


WINDOW = 300  # characters of a sentence each side of the date that a title is looked for in


def window(m: Mention) -> tuple[int, int]:
    """The part of *m*'s sentence (offsets in the sentence) a title or a source is taken from.

    The whole sentence when it is of a normal length; in a run-on "sentence"
    (a list, a page without full stops) the words within :data:`WINDOW`
    characters of the date, so the work per mention stays bounded.
    """
    s = m.sentence
    if len(s) <= 2 * WINDOW:
        return 0, len(s)
    rel, rel_end = m.start - m.sentence_start, m.end - m.sentence_start
    lo, hi = max(0, rel - WINDOW), min(len(s), rel_end + WINDOW)
    if lo > 0:
        space = s.find(" ", lo, rel)
        lo = space + 1 if space >= 0 else lo
    if hi < len(s):
        space = s.rfind(" ", rel_end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def title_for(m: Mention, others: list[Mention] | None = None) -> str:
    """A short clause around *m*: subject + verb phrase, at most 10 words."""
    lo, hi = window(m)
    if (lo, hi) != (0, len(m.sentence)):
        start = m.sentence_start + lo
        others = [o for o in others or () if start <= o.start and o.end <= m.sentence_start + hi]
        m = replace(m, sentence=m.sentence[lo:hi], sentence_start=start)
    s = m.sentence
    rel = m.start - m.sentence_start
    if m.quoted:
        q0 = max(s.rfind("\u201c", 0, rel), s.rfind('"', 0, rel))
        q1 = min([i for i in (s.find("\u201d", rel), s.find('"', rel)) if i >= 0] or [len(s)])
        outside = s[:max(q0, 0)] + " " + s[q1 + 1:]
        speaker = re.findall(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][\w\u2019'-]+)|\b([A-Z][a-z]+)\s+(?:said|says|told|"
                             r"stated|added|declared|asked)\b", outside)
        words = s[q0 + 1:q1].strip(" ,.") if q0 >= 0 else ""
        if speaker and words:
            who = next(x for x in speaker[-1] if x)
            clause = finish_title(words)
            return f"{who}: {clause[:1].lower() + clause[1:]}" if clause else who
        if words:
            return finish_title(words)
    inside = next((r for r in _RELATIVE_CLAUSE.finditer(s) if r.start() <= rel < r.end()), None)
    if inside is not None:
        # the date is in a relative clause: "the company, which listed in 2019, ..." -> "Company listed"
        antecedent = s[:inside.start()].split()[-2:]
        clause = re.sub(r"^,\s+(?:which|who|whose)\s+", "", s[inside.start():inside.end()]).strip(" ,")
        clause = clause.replace(m.text, "").strip()
        clause = re.sub(r"(?:\s+\b(?:on|in|at|by|since|from|during|until|of|for)\b)+\s*$", "", clause)
        return finish_title(" ".join([*(w for w in antecedent if w.lower() not in ("the", "a", "an")), clause]))
    # blank the other date mentions of the sentence (with their preposition), and relative clauses
    chars = list(s)
    for o in others or ():
        a, b = o.start - m.sentence_start, o.end - m.sentence_start
        pre = re.search(r"(?:\b(?:on|in|at|by|since|from|during|over|until|of|for|after|before)\s+)?$", s[:a])
        a2 = pre.start() if pre else a
        for i in range(max(0, a2), min(len(chars), b)):
            chars[i] = "\0"
    for r in _RELATIVE_CLAUSE.finditer(s):
        if not r.start() <= rel < r.end():  # ", which listed in 2019," beside "fell on Friday"
            end = r.end() - 1 if s[r.end() - 1].isspace() else r.end()
            for i in range(r.start(), end):
                chars[i] = "\0"
    s = re.sub(r"\s*\0+", "", "".join(chars[:rel])) + s[rel:rel + len(m.text)] + re.sub(
        r"\s*\0+", "", "".join(chars[rel + len(m.text):]))
    rel = len(re.sub(r"\s*\0+", "", "".join(chars[:rel])))
    head = DATELINE_HEAD.match(s)
    if head and head.end() <= rel:
        s, rel = s[head.end():], rel - head.end()
    # the clause the date belongs to
    main_subject = _SUBJECT.match(_TITLES.sub("", _SUBJECT_SKIP.sub("", s.lstrip("\u201c\"' "))))
    start = 0
    for cb in _CLAUSE_BREAK.finditer(s, 0, rel):
        start = cb.end()
    before = s[start:rel]
    after = s[rel + len(m.text):]
    cut_after = _CLAUSE_BREAK.search(after)
    if cut_after:
        after = after[:cut_after.start()]
    if start and m.quoted is False and re.match(r"(?:plans|plan)\s+to\b", before):
        # "..., with plans to expand its army by 2030": the subject is the last name before the clause
        names = re.findall(r"\b[A-Z][a-z]+\b", s[:start])
        if names:
            before = names[-1] + " " + before
    if start and re.match(r"(?:after|before|following|with)\s+(?:a|an|the|its|their|his|her)\s+", before) \
            and main_subject:
        # "The S&P 500 lost 1.2% on Tuesday after a 1.8% slide on Monday"
        before = main_subject.group(0) + " " + before.split(None, 2)[-1]
    after = re.sub(r"^['\u2019]s\b", "", after)
    # drop the date's own preposition and modifiers
    before = re.sub(r"(?:\b(?:on|in|at|by|since|from|during|over|until|of|for|as soon as|no earlier than|"
                    r"through|before|after|starting|from)\s*)+$", "", before, flags=re.IGNORECASE).rstrip(" ,")
    before = before.lstrip("\u201c\u201d\"' ")
    pp = _LEADING_PP.match(before)
    if pp and re.match(r"\s*,", after):
        # "In a speech to Congress on Wednesday, President Trump suggested ..."
        subject = _SUBJECT.match(_TITLES.sub("", after.lstrip(" ,")))
        if subject:
            return finish_title(f"{subject.group(0).strip()} {pp.group(1)}")
    before = _SUBJECT_SKIP.sub("", before)
    if len(before.split()) >= 3:
        clause = clean_clause(before)
        tail = clean_clause(after.lstrip(" ,"))
        # "... will try again on Wednesday at 7:48 p.m. to launch four astronauts": keep the purpose
        if len(clause.split()) < 6 and re.match(r"to\s+\w+", tail):
            clause += " " + tail
    else:
        clause = clean_clause((before + " " + after.lstrip(" ,")).strip())
    said = _REPORTED.match(clean_clause(before))
    reported = clean_clause(re.sub(r"^\s*(?:that\s+)?", "", after.lstrip(" ,")))
    if said is not None and len(reported.split()) >= 2:
        # "The minister said on Monday the talks could resume" -> "Minister: talks could resume"
        who, what = finish_title(said.group("who")), finish_title(reported)
        if who and what:
            return f"{who}: {what if reported[:1].isupper() and not reported.startswith('The ') else what[:1].lower() + what[1:]}"
    return finish_title(clause)


_DANGLING = frozenset({"a", "an", "the", "of", "between", "and", "or", "to", "in", "on", "at", "for", "with",
                       "by", "from", "during", "after", "before", "that", "which", "who", "as", "its", "their",
                       # date words left behind when the date itself was cut out of the clause
                       "over", "coming", "past", "next", "last", "this", "following", "upcoming", "within"})


def finish_title(clause: str) -> str:
    clause = clause.strip("\u201c\u201d\"' ")
    cut = _CLAUSE_END.search(clause, 8)
    if cut:
        clause = clause[:cut.start()]
    words = clause.split()[:10]
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()  # "... a confrontation between" reads better without the cut-off "between"
    title = " ".join(words).strip(" ,.;:-\u2013\u2014\u201c\u201d\"'")
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
    return title[:1].upper() + title[1:] if title else ""
