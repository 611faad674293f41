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
from timeline.lexicons.morphology import mixed_letters, to_cyrillic, to_latin


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

    return get_lexicon(language).key_of(normalize_word(word)) is not None
