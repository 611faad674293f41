"""French: a first lexicon, the template for the other languages.

It covers weekdays, months, units, the relative words in both orders ("la
semaine dernière", "le mois prochain", "la prochaine fois"), the day words
("avant-hier" ... "après-demain"), offsets before the quantity ("il y a 3
jours", "dans 2 semaines"), number words, and the glue between them. The
rest of French (holidays, times, qualifiers, parts of periods, the whole
number system) is the language engineers' to add, as data here.

Morphology: elided articles are read off ("l'année" -> "année", "d'avril" ->
"avril"), plurals in -s/-x fall back to the singular ("derniers", "jours"),
and missing accents are folded by the lexicon itself ("derniere").
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.lexicons.en import WINDOWS
from timeline.lexicons.schema import Lexicon, Meaning, Position, build_entries

LANGUAGE = "fr"

WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lundi",), 1: ("mardi",), 2: ("mercredi",), 3: ("jeudi",), 4: ("vendredi",), 5: ("samedi",),
    6: ("dimanche",),
}

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv"), 2: ("février", "févr", "fév"), 3: ("mars",), 4: ("avril", "avr"),
    5: ("mai",), 6: ("juin",), 7: ("juillet", "juil"), 8: ("août",), 9: ("septembre",),
    10: ("octobre", "oct"), 11: ("novembre", "nov"), 12: ("décembre", "déc"),
}

NUMBERS: dict[int, tuple[str, ...]] = {
    1: ("un", "une"), 2: ("deux",), 3: ("trois",), 4: ("quatre",), 5: ("cinq",), 6: ("six",), 7: ("sept",),
    8: ("huit",), 9: ("neuf",), 10: ("dix",), 11: ("onze",), 12: ("douze",), 13: ("treize",),
    14: ("quatorze",), 15: ("quinze",), 16: ("seize",), 20: ("vingt",), 30: ("trente",),
    40: ("quarante",), 50: ("cinquante",), 60: ("soixante",),
}

ORDINALS: dict[int, tuple[str, ...]] = {1: ("premier", "première"), 2: ("deuxième",), 3: ("troisième",)}

UNITS: dict[str, tuple[str, ...]] = {
    "second": ("seconde", "secondes"),
    "minute": ("minute", "minutes"),
    "hour": ("heure", "heures"),
    "day": ("jour", "jours", "journée"),
    "week": ("semaine", "semaines"),
    "weekend": ("week-end", "weekend", "week-ends"),
    "month": ("mois",),
    "quarter": ("trimestre", "trimestres"),
    "year": ("an", "ans", "année", "années"),
    "decade": ("décennie", "décennies"),
    "century": ("siècle", "siècles"),
}

# French puts most relative words after the noun ("la semaine dernière"); "prochain"
# stands on either side ("le prochain mois"); "ce/cet/cette" only before.
RELATIVES: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "after"): ("dernier", "dernière", "passé", "passée", "précédent", "précédente"),
    (0, "before"): ("ce", "cet", "cette"),
    (0, "after"): ("en cours",),
    (1, "either"): ("prochain", "prochaine"),
    (1, "after"): ("suivant", "suivante", "à venir"),
}

DAY_WORDS: dict[int, tuple[str, ...]] = {
    -2: ("avant-hier", "avant hier"), -1: ("hier",), 0: ("aujourd'hui",), 1: ("demain",),
    2: ("après-demain", "après demain"),
}

MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "before"): ("il y a", "y a"),
    (1, "before"): ("dans",),
}

QUALIFIERS: dict[str, tuple[str, ...]] = {
    "since": ("depuis",), "until": ("jusqu'à", "jusqu'au"), "before": ("avant",), "after": ("après",),
    "by": ("d'ici",),
}

HEDGES = ("vers", "environ", "aux alentours de")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {"begin": ("début",), "mid": ("mi", "milieu"), "end": ("fin",)}

SEASONS: dict[str, tuple[str, ...]] = {"SP": ("printemps",), "SU": ("été",), "FA": ("automne",),
                                       "WI": ("hiver",)}

PARTS_OF_DAY: dict[str, tuple[str, int, int, str]] = {
    "matin": ("morning", 0, 12, "MO"), "après-midi": ("afternoon", 12, 19, "AF"),
    "soir": ("evening", 18, 24, "EV"), "soirée": ("evening", 18, 24, "EV"), "nuit": ("night", 18, 24, "NI"),
    "midi": ("noon", 12, 13, "MI"),
}

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("récemment", "dernièrement", "ces derniers temps"),
    "soon": ("bientôt", "prochainement", "sous peu"),
    "present": ("actuellement", "en ce moment", "de nos jours"),
    "coming_days": ("dans les prochains jours", "dans les jours à venir"),
    "coming_weeks": ("dans les prochaines semaines", "dans les semaines à venir"),
    "coming_months": ("dans les prochains mois", "dans les mois à venir"),
}

# "-ci" ("ce mois-ci"), and the ordinal endings after a figure ("le 1er mars", "le 2e")
GLUE = ("le", "la", "les", "l'", "de", "du", "des", "d'", "en", "à", "au", "ce", ",", "-ci", "er", "re", "e",
        "ème", "eme")


def _entries() -> list[tuple[str, Meaning]]:
    return build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, units=UNITS, relatives=RELATIVES,
        day_words=DAY_WORDS, markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS,
        seasons=SEASONS, parts_of_day=PARTS_OF_DAY, vague=VAGUE, windows=WINDOWS, glue=GLUE)


def _morphology(word: str) -> Iterator[str]:
    """Lemmas for a French form the tables lack: an elided article, then a plural."""
    for prefix in ("l", "d", "qu", "jusqu"):
        if word.startswith(prefix) and len(word) >= len(prefix) + 2:
            yield word[len(prefix):]
    if len(word) > 3 and word[-1] in "sx":
        yield word[:-1]


LEXICON = Lexicon(LANGUAGE, _entries(), _morphology, "French", clock24=True)

# Frequent words of French prose that are not date words (lexicons/detect.py counts them).
FUNCTION_WORDS = ("le", "la", "les", "des", "est", "et", "une", "du", "que", "qui", "dans", "pour", "pas", "sur",
                  "au", "aux", "avec", "il", "elle", "ils", "ont", "sont", "été", "cette", "ces", "mais", "a",
                  "par", "plus", "ne", "se", "son", "sa", "leur", "selon", "a déclaré", "être")
LETTERS = "œ"


# Examples, read on Thursday 6 March 2025 with prefer "past" unless the row says otherwise:
# (expression, reference, prefer, start, exclusive end, granularity). tests/test_languages.py
# runs them; every language module keeps such a table (Duckling keeps Corpus.hs beside Rules.hs).
EXAMPLES: list[tuple[str, str, str, str, str, str]] = [
    ("hier", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("aujourd'hui", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("aujourd’hui", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("demain", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("avant-hier", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("après-demain", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("la semaine dernière", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("semaine derniere", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("cette semaine", "2025-03-06", "past", "2025-03-03", "2025-03-10", "week"),
    ("la semaine prochaine", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("le mois prochain", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("le prochain mois", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("ce mois-ci", "2025-03-06", "past", "2025-03-01", "2025-04-01", "month"),
    ("l'année dernière", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("l'an prochain", "2025-03-06", "past", "2026-01-01", "2027-01-01", "year"),
    ("le week-end dernier", "2025-03-06", "past", "2025-03-01", "2025-03-03", "weekend"),
    ("l'été dernier", "2025-03-06", "past", "2024-06-21", "2024-09-23", "season"),
    ("il y a 3 jours", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("il y a trois jours", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("il y a une semaine", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("dans 2 semaines", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("dans un mois", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("jeudi", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("vendredi", "2025-03-06", "past", "2025-02-28", "2025-03-01", "day"),
    ("vendredi", "2025-03-06", "future", "2025-03-07", "2025-03-08", "day"),
    ("lundi dernier", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("jeudi prochain", "2025-03-06", "past", "2025-03-13", "2025-03-14", "day"),
    ("mercredi soir", "2025-03-06", "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("le 1er mars", "2025-03-06", "past", "2025-03-01", "2025-03-02", "day"),
    ("3 mars 2025", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("le 12 avril", "2025-03-06", "future", "2025-04-12", "2025-04-13", "day"),
    ("mars 2024", "2025-03-06", "past", "2024-03-01", "2024-04-01", "month"),
    ("mi-mars", "2025-03-06", "past", "2025-03-11", "2025-03-21", "day"),
    ("fin mars", "2025-03-06", "past", "2025-03-21", "2025-04-01", "day"),
    ("en 2030", "2025-03-06", "past", "2030-01-01", "2031-01-01", "year"),
    ("depuis 1989", "2025-03-06", "past", "1989-01-01", "1990-01-01", "year"),
    ("récemment", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
]
