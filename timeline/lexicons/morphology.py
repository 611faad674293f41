"""Tools for writing a language's words and its morphology hook as data.

A lexicon module lists each word once with the forms it takes, compactly
(:func:`forms`: ``"понеділ{ок|ка|ку|ком}"``), and builds its morphology hook
from a table of endings (:func:`suffix_morphology`): an inflected form the
tables lack is cut at a known ending and given each lemma ending that ending
can stand for, and the lexicon keeps the first candidate it knows. The hook
is how the Slavic lexicons read every case and gender of an adjective or an
ordinal ("минулого", "минулої", "минулому" -> "минулий"; "третьего" ->
"третий") without listing them, and how a language with plurals or
inflection falls back to the word it lists.

Pure functions over strings; nothing here knows a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from timeline.lexicons.schema import Morphology


def expand(pattern: str) -> tuple[str, ...]:
    """Every spelling a pattern stands for: ``{a|b}`` alternatives, several groups allowed.

    ``expand("понеділ{ок|ка|ку}")`` is ``("понеділок", "понеділка", "понеділку")``;
    ``expand("{|най}ближч{ий|ого}")`` gives four; an empty alternative is allowed.
    """
    start = pattern.find("{")
    if start < 0:
        return (pattern,)
    stop = pattern.find("}", start)
    if stop < 0:
        raise ValueError(f"unclosed '{{' in {pattern!r}")
    head, alternatives, tail = pattern[:start], pattern[start + 1:stop].split("|"), pattern[stop + 1:]
    return tuple(head + alternative + rest for alternative in alternatives for rest in expand(tail))


def forms(*patterns: str) -> tuple[str, ...]:
    """The spellings of several patterns, in order, without repeats."""
    out: dict[str, None] = {}
    for pattern in patterns:
        for spelling in expand(pattern):
            out[spelling] = None
    return tuple(out)


def suffix_morphology(endings: Mapping[str, Sequence[str]], min_stem: int = 2,
                      respell: Callable[[str], Iterable[str]] | None = None) -> Morphology:
    """A morphology hook from a table of endings: inflected ending -> the lemma endings it may stand for.

    For a word the lexicon lacks, every ending of the table the word ends with
    (longest first) is replaced by each of its lemma endings, as long as at
    least *min_stem* letters are left: with ``{"ого": ("ий", "ій")}``,
    "минулого" proposes "минулий" and "минулій". *respell*, when given,
    proposes other spellings of the word itself first (a letter written two
    ways, as Russian "ё"/"е"); each respelling goes through the endings too.
    The lexicon keeps the first candidate it knows, so the table may propose
    freely: only real lemmas are ever matched.
    """
    by_length = sorted(endings.items(), key=lambda item: -len(item[0]))

    def lemmas(word: str) -> Iterator[str]:
        spellings = [word]
        if respell is not None:
            spellings += [w for w in respell(word) if w != word]
        for spelling in spellings:
            if spelling != word:
                yield spelling
            for ending, replacements in by_length:
                if spelling.endswith(ending) and len(spelling) - len(ending) >= min_stem:
                    stem = spelling[:len(spelling) - len(ending)]
                    for replacement in replacements:
                        yield stem + replacement

    return lemmas


# --------------------------------------------------------------------------
# Scripts: a letter of another alphabet typed inside a word

# Latin letters that look like Cyrillic ones, and the Cyrillic letter they are mistaken for.
LATIN_LOOKALIKES: Mapping[str, str] = {
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "k": "к", "m": "м", "o": "о", "p": "р",
    "t": "т", "x": "х", "y": "у",
}


def script_of(char: str) -> str:
    """'latin', 'cyrillic' or '' (not a letter of either) for one character."""
    code = ord(char)
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if char.isascii() and char.isalpha() or 0x00C0 <= code <= 0x024F and char.isalpha():
        return "latin"
    return ""


def mixed_letters(word: str) -> tuple[str, list[tuple[int, str]]] | None:
    """A word written mostly in one script with letters of another among them.

    Returns the word's main script and the (index, letter) of every letter from
    the other one ("понеділoк" with a Latin "o": ``("cyrillic", [(7, "o")])``),
    or None when the word is written in one script.
    """
    scripts = [script_of(c) for c in word]
    latin = scripts.count("latin")
    cyrillic = scripts.count("cyrillic")
    if not latin or not cyrillic:
        return None
    main = "cyrillic" if cyrillic >= latin else "latin"
    return main, [(i, c) for i, (c, s) in enumerate(zip(word, scripts, strict=True)) if s and s != main]


def to_cyrillic(word: str) -> str:
    """*word* with its Latin look-alike letters replaced by the Cyrillic ones they stand for."""
    return "".join(LATIN_LOOKALIKES.get(c, c) if script_of(c) == "latin" else c for c in word)


_CYRILLIC_LOOKALIKES: Mapping[str, str] = {
    **{c: lat for lat, c in LATIN_LOOKALIKES.items()}, "и": "u", "г": "r", "п": "n", "ї": "i", "ё": "e"}


def to_latin(word: str) -> str:
    """*word* with its Cyrillic look-alike letters replaced by the Latin ones they stand for."""
    return "".join(_CYRILLIC_LOOKALIKES.get(c, c) if script_of(c) == "cyrillic" else c for c in word)


def repair_scripts(text: str) -> str:
    """*text* with every word that mixes scripts written in its main one ("Наступнoго тижня" with a
    Latin "o" -> "Наступного тижня"); words in one script are left as they are."""
    out = []
    for word in re.split(r"(\W+)", text):
        mixed = mixed_letters(word) if word else None
        if mixed is None:
            out.append(word)
        else:
            out.append(to_cyrillic(word) if mixed[0] == "cyrillic" else to_latin(word))
    return "".join(out)
