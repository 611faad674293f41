"""Why a word is unknown, when the reason is the language: a letter of another script typed
inside a word, or an expression written in another language than the one declared.

:func:`explain_unknown` turns the grammar's :class:`~timeline.errors.UnknownWordError`
into the more telling :class:`~timeline.errors.MixedScriptError` ("'понеділoк' has the
Latin letter 'o' among Cyrillic ones; did you mean 'понеділок'?") or
:class:`~timeline.errors.WrongLanguageError` ("'наступного місяця' looks Ukrainian; set
language: uk"). Only the error path runs it: reading a date never pays for it.
"""

from __future__ import annotations

from timeline.errors import MixedScriptError, UnknownWordError, WrongLanguageError
from timeline.lexicons.morphology import mixed_letters, script_of, to_cyrillic, to_latin


def explain_unknown(exc: UnknownWordError, text: str, language: str) -> UnknownWordError:
    """The most telling error for an unknown word of *text* read in *language* (*exc* itself
    when neither a mixed script nor another language explains it)."""
    from timeline.lexicons import get_lexicon
    from timeline.lexicons.detect import looks_like

    lexicon = get_lexicon(language)
    token = exc.token or ""
    mixed = mixed_letters(token)
    if mixed is not None:
        script, letters = mixed
        other = "Latin" if script == "cyrillic" else "Cyrillic"
        repaired = to_cyrillic(token) if script == "cyrillic" else to_latin(token)
        stray = ", ".join(f"{letter!r} (letter {index + 1})" for index, letter in letters)
        plural = "s" if len(letters) > 1 else ""
        message = f"unknown word {token!r} in {lexicon.name}: it has the {other} letter{plural} {stray} " \
                  f"among {script.capitalize()} ones"
        known = _known(repaired.lower(), language) or any(looks_like(repaired, language))
        if known:
            message += f" (did you mean {repaired!r}?)"
        error = MixedScriptError(message, exc.text, exc.token, exc.position, repaired if known else None)
        error.letters = "".join(letter for _, letter in letters)
        return error
    if token and all(script_of(c) == "latin" for c in token) and any(script_of(c) == "cyrillic" for c in text):
        # a short word typed wholly in Latin look-alikes among Cyrillic words ("y вівторок", "o 18:00")
        repaired = to_cyrillic(token)
        if repaired != token and all(script_of(c) == "cyrillic" for c in repaired) and _known(repaired, language):
            plural = "s" if len(token) > 1 else ""
            named = ", ".join(repr(c) for c in token)
            error = MixedScriptError(f"unknown word {token!r} in {lexicon.name}: it is written in the Latin "
                                     f"letter{plural} {named} among Cyrillic words (did you mean {repaired!r}?)",
                                     exc.text, exc.token, exc.position, repaired)
            error.letters = token
            return error
    others = looks_like(text, language)
    if others:
        names = " or ".join(get_lexicon(code).name for code in others)
        codes = " or ".join(others)
        wrong = WrongLanguageError(f"{text.strip()!r} looks {names}; set language: {codes}", exc.text, exc.token,
                                   exc.position, None)
        wrong.looks_like = others[0]
        return wrong
    return exc


def _known(word: str, language: str) -> bool:
    from timeline.lexicons import get_lexicon
    from timeline.lexicons.schema import normalize_word

    lexicon = get_lexicon(language)
    key = normalize_word(word)
    # a word of the lexicon, alone or inside one of its multi-word entries ("течение" of "в течение")
    return lexicon.key_of(key) is not None or any(key in entry.split(" ") for entry in lexicon.entries if " " in entry)
