"""The words of running prose that ``extract`` reads, per language: tense cues, quotes, datelines, titles.

A date expression's own words are the lexicon's (:mod:`timeline.lexicons.schema`).
Reading an *article* needs more of the language: which verbs put a sentence in
the past or the future (so that a bare "у вівторок" is last Tuesday after
"заявив" and next Tuesday after "буде"), which quote marks it writes (« »,
„ “), how its wire datelines and publication lines look ("КИЇВ, 6 березня —",
"Publié le 6 mars 2025"), and which small words a title drops. Each lexicon
module gives them as one :class:`ExtractWords` named ``EXTRACT``::

    EXTRACT = ExtractWords(
        past=frozenset({"був", "була", "було", "були"}),
        past_endings=("ла", "ли", "ло", "ав", "ив", "ів"),
        future=frozenset({"буде", "будуть"}),
        quotes=(("«", "»"), ("„", "“"), ('"', '"')),
        published=("опубліковано", "оновлено"),
        ...)

and :func:`extract_words` finds it (a language without one gets
:data:`NEUTRAL`: no tense cues, the common quote marks). Every word is compared
normalized (:func:`~timeline.lexicons.schema.normalize_word`: lower case,
typographic apostrophes dropped), so write them in lower case as the language
spells them. Nothing here is read by the grammar: it is data for
``timeline/extraction`` only (``docs/languages.md``, "What a language adds for
extract").
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from timeline.frozen import Frozen
from timeline.lexicons.schema import normalize_word


class ExtractWords(Frozen):
    """What ``extract`` needs of one language beyond its date words (see the module docstring).

    Tense cues (each a whole word, or an ending of a word of at least
    ``min_stem + len(ending)`` letters):

    - ``past``: past forms and past-only auxiliaries ("was", "était", "war", "був");
    - ``past_endings``: endings of simple past forms (French imparfait "-ait",
      Präteritum "-te", pretérito "-ó", Slavic perfective past "-ла", "-ив");
    - ``compound_past`` and ``participle_endings``: an auxiliary ("a", "hat",
      "ha") followed, within two words, by a word with a participle ending
      ("a annoncé", "hat gestern gesagt", "ha detto") is a past cue; the
      auxiliary alone is not (it is also "has");
    - ``future`` and ``future_endings``: future auxiliaries and forms ("va",
      "wird", "буде"; "-ra", "-rá", "-rà");
    - ``not_tense``: words that look like a cue and are not ("cela", "мала");
    - ``speech``: reporting verbs ("заявив", "a déclaré" as "déclaré"): a past
      cue that only governs a date right after it.

    Shapes of the text:

    - ``quotes``: (open, close) pairs of quote marks, the language's first;
    - ``published``: words that open a publication line ("Опубліковано",
      "Publié le"), with ``year_words`` the words that may follow a year in a
      date ("року", "р", "г", "года");
    - ``abbreviations``: words after which a full stop does not end a
      sentence ("р", "ст", "m", "hr").

    Titles:

    - ``articles``: dropped at a title's start ("the", "le", "der");
    - ``prepositions``: the small words before a date, dropped with it ("у",
      "en", "am") and from a title's end;
    - ``clause_breaks``: words that begin another clause (conjunctions,
      relative pronouns: "але", "mais", "aber"): a title ends before them.
    """

    __slots__ = _fields = ("past", "past_endings", "compound_past", "participle_endings", "future", "future_endings",
                           "not_tense", "speech", "min_stem", "quotes", "published", "year_words", "abbreviations",
                           "articles", "prepositions", "clause_breaks")
    past: frozenset[str]
    past_endings: tuple[str, ...]
    compound_past: frozenset[str]
    participle_endings: tuple[str, ...]
    future: frozenset[str]
    future_endings: tuple[str, ...]
    not_tense: frozenset[str]
    speech: frozenset[str]
    min_stem: int
    quotes: tuple[tuple[str, str], ...]
    published: tuple[str, ...]
    year_words: frozenset[str]
    abbreviations: frozenset[str]
    articles: frozenset[str]
    prepositions: frozenset[str]
    clause_breaks: frozenset[str]

    def __init__(self, past: frozenset[str] = frozenset(), past_endings: tuple[str, ...] = (),
                 compound_past: frozenset[str] = frozenset(), participle_endings: tuple[str, ...] = (),
                 future: frozenset[str] = frozenset(), future_endings: tuple[str, ...] = (),
                 not_tense: frozenset[str] = frozenset(), speech: frozenset[str] = frozenset(), min_stem: int = 2,
                 quotes: tuple[tuple[str, str], ...] = (("\u201c", "\u201d"), ('"', '"')),
                 published: tuple[str, ...] = (), year_words: frozenset[str] = frozenset(),
                 abbreviations: frozenset[str] = frozenset(), articles: frozenset[str] = frozenset(),
                 prepositions: frozenset[str] = frozenset(), clause_breaks: frozenset[str] = frozenset()) -> None:
        def words(values: frozenset[str]) -> frozenset[str]:
            return frozenset(normalize_word(w) for w in values)

        values = (words(past), past_endings, words(compound_past), participle_endings, words(future),
                  future_endings, words(not_tense), words(speech), min_stem, quotes, published, words(year_words),
                  words(abbreviations), words(articles), words(prepositions), words(clause_breaks))
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)

    def tense_of(self, word: str) -> str | None:
        """``"past"``, ``"future"`` or ``None`` for one normalized word taken alone."""
        if word in self.not_tense:
            return None
        if word in self.past or word in self.speech:
            return "past"
        if word in self.future:
            return "future"
        n = len(word)
        for ending in self.future_endings:
            if n >= len(ending) + self.min_stem + 1 and word.endswith(ending):
                return "future"
        for ending in self.past_endings:
            if n >= len(ending) + self.min_stem + 1 and word.endswith(ending):
                return "past"
        return None

    def is_participle(self, word: str) -> bool:
        """Whether *word* ends like the participle of a compound past ("annoncé", "gesagt", "detto")."""
        return word not in self.not_tense and any(
            len(word) >= len(e) + self.min_stem and word.endswith(e) for e in self.participle_endings)


NEUTRAL = ExtractWords()


@lru_cache(maxsize=16)
def extract_words(language: str = "en") -> ExtractWords:
    """The :class:`ExtractWords` of *language*: its lexicon module's ``EXTRACT``, or :data:`NEUTRAL`.

    Raises :class:`~timeline.errors.UsageError` for a language without a lexicon.
    """
    from timeline.lexicons import LANGUAGES, get_lexicon

    get_lexicon(language)  # the UsageError for an unknown code
    found = getattr(importlib.import_module(LANGUAGES[language]), "EXTRACT", None)
    return found if isinstance(found, ExtractWords) else NEUTRAL
