"""French: the words of dates as data (docs/languages/fr.md), and the template for other languages.

Every family of the grammar has its French words here: weekdays and months with their
abbreviations, numbers written out to 99, ordinals and the endings written after a figure
("1er", "3e"), units ("h", "quinzaine"), relative words on either side of their noun ("la
semaine dernière", "le prochain mois", "les 2 dernières semaines"), day words ("avant-hier",
"la veille", "le lendemain"), offsets ("il y a 3 jours", "dans 2 semaines", "deux jours plus
tard"), the bounds of a range ("du 13 au 18", "entre le 10 et le 12"), qualifiers ("depuis",
"jusqu'au", "d'ici"), hedges, parts of periods and of the day, clock minutes ("et quart",
"moins le quart"), vague words, zones, and the articles that make a bare number a day ("le
2"). Holiday names live in :mod:`timeline.holidays.names.fr`; the words ``extract`` reads in
French prose are :data:`EXTRACT`.

Morphology: elided articles are read off ("l'année" -> "année", "d'avril" -> "avril"),
plurals in -s/-x fall back to the singular ("derniers", "jours"), and missing accents are
folded by the lexicon itself ("derniere"). An hour said with its word is on the 24-hour
clock ("5h", "5 heures": 05:00).
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.lexicons.en import WINDOWS, ZONES
from timeline.lexicons.extract_words import ExtractWords
from timeline.lexicons.schema import DayWord, Lexicon, Meaning, Number, Position, Unit, build_entries

LANGUAGE = "fr"

# full names, and the abbreviations of calendars and news listings ("lun.", "mer. 5 mars")
WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lundi", "lun"), 1: ("mardi", "mar"), 2: ("mercredi", "mer"), 3: ("jeudi", "jeu"),
    4: ("vendredi", "ven", "vend"), 5: ("samedi", "sam"), 6: ("dimanche", "dim"),
}

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv", "jan"), 2: ("février", "févr", "fév"), 3: ("mars",), 4: ("avril", "avr"),
    5: ("mai",), 6: ("juin",), 7: ("juillet", "juil"), 8: ("août",), 9: ("septembre", "sept", "sep"),
    10: ("octobre", "oct"), 11: ("novembre", "nov"), 12: ("décembre", "déc"),
}

_ONES = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}

# 1 to 99 as written ("vingt et un", "trente-cinq", "soixante-dix", "quatre-vingt-dix"), with and
# without hyphens (the 1990 spelling reform hyphenates every compound: "vingt-et-un").
NUMBERS: dict[int, tuple[str, ...]] = {n: (w,) for n, w in enumerate(_ONES) if n}
NUMBERS[1] = ("un", "une")
for _tens, _word in _TENS.items():
    NUMBERS[_tens] = (_word,)
    for _n in range(1, 10 if _tens < 60 else 20):
        _unit = _ONES[_n]
        _joined = ("et " if _n in (1, 11) else "") + _unit
        NUMBERS[_tens + _n] = (f"{_word} {_joined}", f"{_word}-{_joined.replace(' ', '-')}")
NUMBERS[80] = ("quatre-vingt", "quatre-vingts", "quatre vingt", "quatre vingts")
for _n in range(1, 20):
    NUMBERS[80 + _n] = (f"quatre-vingt-{_ONES[_n]}", f"quatre vingt {_ONES[_n]}")
NUMBERS[100] = ("cent",)
NUMBERS[2] += ("quelques",)
# about ten, about twenty...: "une dizaine de jours", "une vingtaine d'années"
for _n, _word in ((10, "dizaine"), (12, "douzaine"), (15, "quinzaine"), (20, "vingtaine"), (30, "trentaine"),
                  (40, "quarantaine"), (50, "cinquantaine"), (100, "centaine")):
    NUMBERS[_n] = (*NUMBERS.get(_n, ()), f"une {_word}", f"une {_word} de", f"une {_word} d'")
NUMBERS[3] += ("plusieurs",)

ORDINALS: dict[int, tuple[str, ...]] = {
    1: ("premier", "première"), 2: ("deuxième", "second", "seconde"), 3: ("troisième",),
    4: ("quatrième",), 5: ("cinquième",), 6: ("sixième",), 7: ("septième",), 8: ("huitième",), 9: ("neuvième",),
    10: ("dixième",), 11: ("onzième",), 12: ("douzième",), 13: ("treizième",), 14: ("quatorzième",),
    15: ("quinzième",), 16: ("seizième",), 17: ("dix-septième",), 18: ("dix-huitième",), 19: ("dix-neuvième",),
    20: ("vingtième",), 21: ("vingt et unième", "vingt-et-unième"), 30: ("trentième",),
}
# the endings written after a figure that make it an ordinal ("1er", "2e", "3ème", "2nd", "1re")
ORDINAL_ENDINGS = ("er", "re", "ère", "e", "ème", "eme", "è", "nd", "nde", "de")

UNITS: dict[str, tuple[str, ...]] = {
    "second": ("seconde", "secondes", "sec", "s"),
    "minute": ("minute", "minutes", "min", "mn"),
    "hour": ("heure", "heures", "h"),
    "day": ("jour", "jours", "journée", "journées"),
    "week": ("semaine", "semaines", "sem", "huitaine"),
    "fortnight": ("quinzaine",),
    "weekend": ("week-end", "weekend", "week-ends", "we"),
    "month": ("mois",),
    "quarter": ("trimestre", "trimestres"),
    "year": ("an", "ans", "année", "années"),
    "decade": ("décennie", "décennies"),
    "century": ("siècle", "siècles"),
}

# French puts most relative words after the noun ("la semaine dernière", "le jour d'après");
# "prochain" and "dernier" stand on either side ("le prochain mois", "les 2 derniers jours");
# "ce/cet/cette" only before.
RELATIVES: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "after"): ("passé", "passée", "précédent", "précédente", "d'avant", "d'avant", "écoulé", "écoulée"),
    (-1, "either"): ("dernier", "dernière"),
    (0, "before"): ("ce", "cet", "cette", "ces"),
    (0, "after"): ("en cours",),
    (1, "either"): ("prochain", "prochaine"),
    (1, "after"): ("suivant", "suivante", "à venir", "d'après", "qui suit", "qui vient", "qui viennent"),
}

# "la veille" and "le lendemain" are the day before and after the reference (an anchor, when the
# text gives one, is the resolver's: "la veille de Noël" is a holiday's name)
DAY_WORDS: dict[int, tuple[str, ...]] = {
    -2: ("avant-hier", "avant hier", "avant-veille"), -1: ("hier", "veille"), 0: ("aujourd'hui", "aujourd hui", "ce jour",
        # "il y a trois ans jour pour jour": the same day three years ago ("3 years ago today")
        "jour pour jour"),
    1: ("demain", "lendemain"), 2: ("après-demain", "après demain", "surlendemain"),
}

# the present moment (an instant, not the day): DayWord(0, "now") as German spells "jetzt"
NOW = ("maintenant", "tout de suite", "à l'instant", "en ce moment même", "immédiatement")

MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "before"): ("il y a", "y a", "voici", "voilà"),
    (1, "before"): ("dans",),
    (-1, "after"): ("plus tôt", "auparavant", "avant"),
    (1, "after"): ("plus tard", "après", "après cela"),
}

# "de"/"du" ... "à"/"au" is a range when a later bound follows (grammar/canonical.py); "d'ici" before a
# quantity is "within" ("d'ici deux semaines"), before a date "by" ("d'ici la fin de l'année").
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "since": ("depuis", "à partir de", "à partir du", "à partir d'", "à compter de", "à compter du", "dès",
              "de", "du", "d'"),
    "until": ("jusqu'à", "jusqu'au", "jusqu'en", "jusque", "à", "au"),
    "before": ("avant", "avant le", "avant la"),
    "after": ("après", "après le", "après la"),
    "by": ("d'ici", "au plus tard", "d'ici à", "sous", "à l'horizon", "à l'horizon de", "horizon"),  # "à l'horizon 2030"
    "between": ("entre",),
}

HEDGES = ("vers", "environ", "aux alentours de", "aux alentours du", "autour de", "autour du", "à environ",
          "approximativement", "à peu près", "aux environs de", "aux environs du", "plutôt vers", "env",
          # a quantity said loosely: "il y a plus de deux ans", "il y a à peine une semaine"
          "plus", "plus de", "plus d'", "moins de", "moins d'", "près", "près de", "près d'", "presque", "à peine", "quasiment",
          "pas moins de", "au moins", "bien", "déjà")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "begin": ("début", "commencement", "en début de", "au début de", "au début du", "au début d'"),
    "mid": ("mi", "milieu", "en milieu de", "au milieu de", "au milieu du", "au milieu d'"),
    "end": ("fin", "en fin de", "à la fin de", "à la fin du", "à la fin d'"),
    "early": ("tôt", "très tôt"),
    "late": ("tard",),
    "rest": ("reste",),
    "half": ("semestre", "semestres", "moitié"),  # "au second semestre", "la première moitié de l'année"
}

SEASONS: dict[str, tuple[str, ...]] = {"SP": ("printemps",), "SU": ("été",), "FA": ("automne",),
                                       "WI": ("hiver",)}

PARTS_OF_DAY: dict[str, tuple[str, int, int, str]] = {
    **{w: ("morning", 0, 12, "MO") for w in ("matin", "matinée", "mat", "au matin")},
    **{w: ("afternoon", 12, 19, "AF") for w in ("après-midi", "aprem", "aprèm", "après midi", "d'après-midi")},
    **{w: ("evening", 18, 24, "EV") for w in ("soir", "soirée")},
    "nuit": ("night", 18, 24, "NI"),
    "midi": ("noon", 12, 13, "MI"),
    "minuit": ("midnight", 0, 1, "MI"),
    **{w: ("after work", 17, 21, "EV") for w in ("après le travail", "après le boulot", "après le bureau",
                                                  "à la sortie du travail", "à la sortie des bureaux")},
    **{w: ("lunch", 12, 14, "MI") for w in ("déjeuner", "l'heure du déjeuner", "heure du déjeuner",
                                             "au moment du déjeuner", "au moment de déjeuner", "midi-deux")},
}

CLOCK_MINUTES: dict[str, tuple[int, bool]] = {
    "et quart": (15, False), "et demi": (30, False), "et demie": (30, False), "trois quarts": (45, False),
    "moins le quart": (15, True), "moins quart": (15, True), "moins": (0, True), "passé de": (0, False),
    "passées de": (0, False),
}

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("récemment", "dernièrement", "ces derniers temps", "naguère", "depuis peu", "il y a peu"),
    "recent_days": ("ces derniers jours", "ces jours-ci", "au cours des derniers jours"),
    "recent_weeks": ("ces dernières semaines", "au cours des dernières semaines"),
    "recent_months": ("ces derniers mois", "au cours des derniers mois"),
    "recent_years": ("ces dernières années", "au cours des dernières années"),
    "soon": ("bientôt", "prochainement", "sous peu", "d'ici peu", "sans tarder", "sous peu de temps"),
    "present": ("actuellement", "en ce moment", "de nos jours", "à présent", "aujourd'hui encore"),
    "coming_days": ("dans les prochains jours", "dans les jours à venir", "dans les jours qui viennent",
                    "au cours des prochains jours"),
    "coming_weeks": ("dans les prochaines semaines", "dans les semaines à venir",
                     "dans les semaines qui viennent", "au cours des prochaines semaines"),
    "coming_months": ("dans les prochains mois", "dans les mois à venir", "dans les mois qui viennent",
                      "au cours des prochains mois", "dans un avenir proche", "à court terme"),
    "coming_years": ("dans les prochaines années", "dans les années à venir", "au cours des prochaines années"),
    "future": ("à l'avenir", "dans le futur", "à long terme", "dans un avenir lointain"),
    "past": ("par le passé", "autrefois", "jadis", "auparavant", "dans le passé"),
}

# "les années 1990", "les années 90": the decade of the figure that follows (Decade(0))
DECADES: dict[int, tuple[str, ...]] = {0: ("les années", "des années")}

ZONE_NAMES: dict[str, int | str] = {
    **{k: v for k, v in ZONES.items() if len(k) > 2},
    "heure de paris": "Europe/Paris", "heure française": "Europe/Paris", "heure de france": "Europe/Paris",
    "heure de moscou": "Europe/Moscow", "heure de kiev": "Europe/Kyiv", "heure de kyiv": "Europe/Kyiv",
    "temps universel": 0, "heure de greenwich": 0,
}

# Articles, prepositions and the words of conversation that tie a date together ("le 2 mars",
# "en 2030", "mais entre 9h30 et 11h", "par exemple"); "-ci" of "ce mois-ci" is a relative word.
GLUE = ("de", "d'", "en", "à", ",", "et", "ou", "mais", "par exemple", "pendant",
        "durant", "au cours de", "au cours du", "lors de", "lors du", "jour", "date", "pour", "sur", "plutôt",
        "un peu", "peu", "très", "-ci", "-là", "courant", "heure locale", "heures locales")
# the definite article, alone or in "du" (de le), "des" (de les), "au" (à le), "aux" (à les): before a
# number it makes the day of the month ("le 2", "du 13 au 18")
ARTICLES = ("le", "la", "les", "l'", "du", "des", "au", "aux")

# A number with its unit in one phrase, spelled as both: "lundi en huit" is a week from Monday,
# "mardi en quinze" two weeks from Tuesday; "une demi-heure" is 30 minutes.
COMPOUNDS: dict[str, tuple[Meaning, ...]] = {
    "en huit": (Number(1), Unit("week")), "en 8": (Number(1), Unit("week")),
    "en quinze": (Number(2), Unit("week")), "en 15": (Number(2), Unit("week")),
    "demi-heure": (Number(30), Unit("minute")), "une demi-heure": (Number(30), Unit("minute")),
    "quart d'heure": (Number(15), Unit("minute")), "un quart d'heure": (Number(15), Unit("minute")),
    "trois quarts d'heure": (Number(45), Unit("minute")),
}


def _entries() -> list[tuple[str, Meaning]]:
    return [(surface, meaning) for surface, meanings in COMPOUNDS.items() for meaning in meanings] + build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, units=UNITS, relatives=RELATIVES,
        day_words=DAY_WORDS, markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS,
        seasons=SEASONS, parts_of_day=PARTS_OF_DAY, zones=ZONE_NAMES, decades=DECADES, vague=VAGUE, windows=WINDOWS,
        clock_minutes=CLOCK_MINUTES, glue=(*GLUE, *ARTICLES)) + [(w, DayWord(0, "now")) for w in NOW]


def _morphology(word: str) -> Iterator[str]:
    """Lemmas for a French form the tables lack: an elided article, then a plural."""
    for prefix in ("l", "d", "qu", "jusqu"):
        if word.startswith(prefix) and len(word) >= len(prefix) + 2:
            yield word[len(prefix):]
    if len(word) > 3 and word[-1] in "sx":
        yield word[:-1]


LEXICON = Lexicon(LANGUAGE, _entries(), _morphology, "French", clock24=True, hour_word24=True,
                  ordinal_endings=ORDINAL_ENDINGS, day_articles=ARTICLES)

# Frequent words of French prose that are not date words (lexicons/detect.py counts them).
FUNCTION_WORDS = ("le", "la", "les", "des", "est", "et", "une", "du", "que", "qui", "dans", "pour", "pas", "sur",
                  "au", "aux", "avec", "il", "elle", "ils", "ont", "sont", "été", "cette", "ces", "mais", "a",
                  "par", "plus", "ne", "se", "son", "sa", "leur", "selon", "a déclaré", "être")
LETTERS = "œ"


# What extract reads in French prose beside the date words (timeline/lexicons/extract_words.py): the
# passé composé ("a annoncé", "ont signé", "est arrivé"), the imparfait and passé simple ("était",
# "annonçait", "déclara"), the futur and the futur proche ("signera", "va signer").
EXTRACT = ExtractWords(
    past=frozenset({"était", "étaient", "fut", "furent", "avait", "avaient", "eut", "eurent", "s'était",
                    "s'étaient", "venait", "venaient", "vient", "viennent"}),
    # imparfait, passé simple
    past_endings=("ait", "aient", "èrent", "uirent", "irent", "ança", "ongea"),
    compound_past=frozenset({"a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "ai", "avons",
                             "avez", "as", "suis", "sommes", "s'est", "se", "sera", "seront"}),
    participle_endings=("é", "ée", "és", "ées", "i", "ie", "is", "it", "ite", "u", "ue", "us", "ert", "erte", "eint",
                        "aint", "int"),
    future=frozenset({"va", "vont", "sera", "seront", "aura", "auront", "devrait", "devraient", "doit", "doivent",
                      "prévoit", "prévoient", "compte", "comptent", "s'apprête", "s'apprêtent", "ira", "iront",
                      "fera", "feront", "pourra", "pourront", "devra", "devront", "viendra", "viendront"}),
    future_endings=("era", "eront", "ira", "iront", "ra", "ront", "rons", "rez", "rai"),
    not_tense=frozenset({"mais", "jamais", "frais", "palais", "anglais", "français", "japonais", "relais", "délai",
                         "cela", "voilà", "déjà", "ultra", "opéra", "caméra", "sierra", "tiers", "fait", "lait",
                         "trait", "portrait", "extrait", "souhait", "bienfait", "parfait", "era", "ira", "contra",
                         "agora", "tora", "mantra", "zébra", "cobra", "algèbre", "vendredi", "mardi",
                         "lundi", "mercredi", "jeudi", "samedi", "midi", "aussi", "ainsi", "ici", "parmi", "puis",
                         "depuis", "paris", "pays", "prix", "avis", "permis", "mis", "pris", "compris", "actu",
                         "plus", "sous", "tous", "nous", "vous", "sus", "vu", "lu", "dû", "su", "eu", "but",
                         "début", "salut", "statut", "institut", "tribut", "lui", "fruit", "nuit", "bruit",
                         "circuit", "produit", "huit", "qui", "oui", "été", "année", "journée", "soirée", "matinée",
                         "arrivée", "idée", "armée", "entrée", "durée", "musée", "lycée", "fusée", "allée",
                         "assemblée", "employé", "marché", "comité", "société", "sécurité", "santé", "côté",
                         "liberté", "unité", "majorité", "communauté", "député", "délégué", "clé", "café", "thé",
                         "né", "accord", "affaires", "environs", "marrons", "citrons", "front", "affront", "prévu", "prévue", "prévus", "prévues",
                         "programmé", "programmée", "programmés", "programmées", "attendu", "attendue", "attendus",
                         "attendues", "censé", "censée", "appelé", "appelée", "invité", "invitée", "invités",
                         "convoqué", "convoquée", "convoqués"}),
    speech=frozenset({"déclaré", "dit", "affirmé", "annoncé", "indiqué", "précisé", "souligné", "expliqué",
                      "ajouté", "estimé", "confirmé", "assuré", "rappelé", "déclare", "déclara", "affirma"}),
    quotes=(("«", "»"), ("\u201c", "\u201d"), ("\u201e", "\u201c"), ('"', '"')),
    published=("publié le", "mis à jour le", "publié", "modifié le", "mise à jour"),
    year_words=frozenset(),
    abbreviations=frozenset({"m", "mme", "mlle", "mm", "dr", "pr", "me", "st", "ste", "av", "bd", "etc", "cf",
                             "p", "env", "hab", "min", "max", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
                             "déc", "lun", "mar", "mer", "jeu", "ven", "sam", "dim"}),
    articles=frozenset({"le", "la", "les", "l'", "un", "une", "des", "du"}),
    prepositions=frozenset({"le", "la", "les", "l'", "en", "à", "au", "aux", "dans", "depuis", "pour", "dès", "d'ici",
                            "jusqu'à", "jusqu'au", "avant", "après", "vers", "de", "du", "d'", "ce", "cette", "cet",
                            "lors", "pendant", "durant", "entre", "sur"}),
    clause_breaks=frozenset({"mais", "qui", "que", "qu'", "dont", "où", "lorsque", "quand", "alors", "tandis",
                             "car", "puisque", "parce", "bien", "afin", "si", "et", "selon", "après", "avant"}),
)


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
