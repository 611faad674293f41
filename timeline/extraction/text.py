"""Text plumbing for :mod:`timeline.extraction`: markup blanking, sentences, quotes.

Everything here keeps character offsets into the original text: markup is
replaced by spaces of the same length rather than removed, so a mention found
in the cleaned text has the same ``start``/``end`` in the text the caller gave.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from timeline.extraction.vocabulary import vocabulary

_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_ENTITY_CHAR = {"&amp;": "&", "&nbsp;": " ", "&quot;": '"', "&apos;": "'", "&rsquo;": "\u2019",
                "&lsquo;": "\u2018", "&ldquo;": "\u201c", "&rdquo;": "\u201d", "&ndash;": "-",
                "&mdash;": "-", "&lt;": "<", "&gt;": ">", "&#39;": "'", "&#x27;": "'"}
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|tr|section|article|header|footer|blockquote)\b", re.IGNORECASE)
# Every pattern here stops at the next '<', ']', '(' or white space it may not cross, so that no
# match attempt runs past the place where the next one would start: linear time on any input
# (repeated "<p <p <p", "[a](" * N, unclosed comments).
_URL = re.compile(r"\]\([^()\[\]\s]*\)|https?://\S+|www\.\S+")
_LOOKS_HTML = re.compile(r"<(?:p|div|span|br|a|b|i|em|strong|h[1-6]|html|body|article|li|ul)\b[^<>]*>",
                         re.IGNORECASE)
_TAG_START = re.compile(r"<(?:!--|(script|style)\b|[A-Za-z/!])", re.IGNORECASE)
_TAG_REST = re.compile(r"[^<>]*>")
_CLOSERS = {"--": re.compile("-->"), "script": re.compile(r"</script\s*>", re.IGNORECASE),
            "style": re.compile(r"</style\s*>", re.IGNORECASE)}


def _tags(text: str) -> list[tuple[int, int, bool]]:
    """HTML comments, script/style elements and tags as ``(start, end, is_block)``, in one pass.

    A comment or a script/style element without its closing marker is read
    as a plain tag (up to the next ``>``), as before. Each closing marker is
    looked for at most once per kind past a point where it is known to be
    absent, so that repeated openers ("<!--" * N) cost linear time.
    """
    out: list[tuple[int, int, bool]] = []
    absent_after: dict[str, int] = {}  # closing marker -> a position after which it does not occur
    pos = 0
    while True:
        m = _TAG_START.search(text, pos)
        if m is None:
            return out
        start = m.start()
        kind = "--" if m.group(0) == "<!--" else (m.group(1) or "").lower()
        if kind:
            close = None
            if m.end() < absent_after.get(kind, len(text) + 1):
                close = _CLOSERS[kind].search(text, m.end())
                if close is None:
                    absent_after[kind] = m.end()
            if close is not None:
                out.append((start, close.end(), False))
                pos = close.end()
                continue
        rest = _TAG_REST.match(text, m.end())
        if rest is None:
            pos = m.end()
            continue
        end = rest.end()
        out.append((start, end, bool(_BLOCK_TAG.match(text, start, end))))
        pos = end


def blank_markup(text: str) -> str:
    """Return *text* with HTML tags, entities and URLs replaced by spaces (same length).

    Block-level tags become a newline followed by spaces, so paragraphs stay
    apart; an entity becomes its character followed by spaces. Markdown needs
    nothing but its link targets blanked: ``**``, ``#`` and ``_`` are already
    punctuation to the scanner. Linear in the length of *text*.
    """
    if "<" in text and _LOOKS_HTML.search(text):
        parts: list[str] = []
        last = 0
        for start, end, block in _tags(text):
            parts.append(text[last:start])
            parts.append(("\n" + " " * (end - start - 1)) if block else " " * (end - start))
            last = end
        parts.append(text[last:])
        text = "".join(parts)

        def entity(m: re.Match[str]) -> str:
            ch = _ENTITY_CHAR.get(m.group(0).lower(), " ")
            return ch + " " * (len(m.group(0)) - 1)

        text = _ENTITY.sub(entity, text)
    if "://" in text or "](" in text or "www." in text:
        text = _URL.sub(lambda m: " " * (m.end() - m.start()), text)
    return text


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(["mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "llc", "vs", "etc", "no", "nos", "vol", "fig", "approx", "est", "dept", "univ", "ave", "blvd", "mt", "ft"])
_ABBREV |= vocabulary().month_abbreviations | vocabulary().weekday_abbreviations  # "Jan. 5", "Tue. night"
# a run of stops is matched only from its first character, and possessively: linear on "....x"
_SENT_END = re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s)|\n\s*")
_AFTER_TIME = re.compile(r"\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                         r"[A-Z]{1,4}T\b|GMT|UTC|BST|CET|CEST|ET|PT|CT|MT)")
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.){2,}$")  # U.S.  a.m.  p.m.  e.g.


class Sentence(NamedTuple):
    """One sentence (or headline, or dateline line): ``text[start:end]``."""

    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Split *text* into sentences; each line break also ends one (headlines, datelines)."""
    out: list[Sentence] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group(0)[0] == ".":
            before = text[max(start, m.start() - 12):m.start() + 1]
            word = re.search(r"([A-Za-z]+)\.$", before)
            if word and word.group(1).lower() in _ABBREV:
                continue
            if re.search(r"\b[ap]\.m\.$", before, re.IGNORECASE) and _AFTER_TIME.match(text, end):
                continue  # "6 a.m. Monday", "10 a.m. ET"
            if _INITIALS.search(before):
                # "U.S. officials" goes on; "p.m. Monday" goes on; "in the U.S. The" ends
                nxt = text[end:end + 2].lstrip()
                if not nxt or not nxt[0].isupper() or re.match(r"\S*\s*(?:[A-Z]{2,4}\b)", text[end:end + 8]):
                    continue
        # a sentence ends only before a capital, a quote, a digit or a new line
        if "\n" not in m.group(0):
            rest = text[end:end + 3].lstrip()
            if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'\u201c\u2018(["):
                continue
        seg_start = start
        while seg_start < m.start() and text[seg_start].isspace():
            seg_start += 1
        seg_end = m.end()
        while seg_end > seg_start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end > seg_start:
            out.append(Sentence(seg_start, seg_end))
        start = end
    seg_start = start
    while seg_start < n and text[seg_start].isspace():
        seg_start += 1
    seg_end = n
    while seg_end > seg_start and text[seg_end - 1].isspace():
        seg_end -= 1
    if seg_end > seg_start:
        out.append(Sentence(seg_start, seg_end))
    return out


_QUOTE_PAIR = re.compile(r"\u201c[^\u201c\u201d\n]*(?:\u201d|$)|(?<![A-Za-z0-9])\"[^\"\n]*\"", re.MULTILINE)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted passages as ``(start, end)`` including the quote marks.

    Curly quotes pair up; straight double quotes pair within a paragraph. A
    curly quote left open at the end of a paragraph (news style for a quote that
    runs on) ends at the line break.
    """
    return [(m.start(), m.end()) for m in _QUOTE_PAIR.finditer(text)]


_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")


class LineIndex:
    """Offsets to 1-based lines and columns, for locations that point into the text as given.

    A line ends at ``\\n``, ``\\r\\n``, a lone ``\\r`` (old Mac files) or a
    Unicode line or paragraph separator, as editors count them.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line_column(self, offset: int) -> tuple[int, int]:
        """The line and column (both from 1) of character *offset*."""
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1
