"""Spanish: the words of dates as data, with the plural and gender forms read by a morphology hook.

Nouns and adjectives are listed in the masculine singular ("pasado", "próximo",
"último") or with the forms they take ("mes{|es}"); the hook reads the feminine
and the plurals ("pasadas", "próximas", "últimos", "meses" -> "mes"), and the
lexicon's diacritic folding reads text typed without accents ("proxima semana",
"miercoles", "ano" for "año").

Word order: a relative word stands on either side of its noun ("la semana
pasada", "el pasado mes", "la próxima semana", "la semana próxima"), "que viene"
after it ("el martes que viene"); "hace" precedes the quantity ("hace 3 días"),
"dentro de"/"en" precede it ("dentro de dos semanas", "en 2 minutos"),
"después"/"antes"/"atrás" follow it ("tres días después"). A day of the month
comes before its month with "de" ("el 12 de octubre de 2023"); ranges are
"de X a Y", "del 13 al 15", "desde X hasta Y", "entre X y Y". A clock time is
"a las 6 de la tarde", "las doce y cuarto", "las doce menos cinco".

Conventions where Spanish usage differs from English (``docs/languages/es.md``):
"el próximo viernes" / "el viernes que viene" is the first Friday after the
reference, as "next Friday" is; "mañana" alone is tomorrow, and the morning after
an article or a day ("por la mañana", "el lunes por la mañana"). Holiday names
(Navidad, Nochevieja, Día de la Hispanidad...) live in
:mod:`timeline.holidays.names.es`.
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.lexicons.en import WINDOWS, ZONES
from timeline.lexicons.extract_words import ExtractWords
from timeline.lexicons.schema import (
    DayWord,
    Lexicon,
    Meaning,
    Number,
    Position,
    Relative,
    Unit,
    build_entries,
)

LANGUAGE = "es"

WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lunes", "lun", "lu"),
    1: ("martes", "ma"),
    2: ("miércoles", "mié", "mier", "mx", "mi"),
    3: ("jueves", "jue", "ju"),
    4: ("viernes", "vie", "vi"),
    5: ("sábado", "sáb", "sa"),
    6: ("domingo", "dom", "do"),
}

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("enero", "ene"), 2: ("febrero", "feb"), 3: ("marzo", "mar"), 4: ("abril", "abr"), 5: ("mayo", "may"),
    6: ("junio", "jun"), 7: ("julio", "jul"), 8: ("agosto", "ago"), 9: ("septiembre", "setiembre", "sep", "sept",
                                                                        "set"),
    10: ("octubre", "oct"), 11: ("noviembre", "nov"), 12: ("diciembre", "dic"),
}

_ONES = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
         "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
         "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
         "veintiocho", "veintinueve")
_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta",
         90: "noventa"}
_HUNDREDS = {100: ("cien", "ciento"), 200: ("doscientos", "doscientas"), 300: ("trescientos", "trescientas"),
             400: ("cuatrocientos", "cuatrocientas"), 500: ("quinientos", "quinientas"),
             600: ("seiscientos", "seiscientas"), 700: ("setecientos", "setecientas"),
             800: ("ochocientos", "ochocientas"), 900: ("novecientos", "novecientas")}

# Cardinals, the compound tens written in three words ("cuarenta y cinco") included; "un"/"una" count one
# ("hace un mes"), "unos"/"unas" some ("hace unos días": a few).
NUMBERS: dict[int, tuple[str, ...]] = {
    **{n: (w,) for n, w in enumerate(_ONES)},
    **{n: (w,) for n, w in _TENS.items()},
    **{tens + unit: (f"{word} y {_ONES[unit]}",) for tens, word in _TENS.items() for unit in range(1, 10)},
    **_HUNDREDS,
    1000: ("mil",),
}
NUMBERS[0] = ("cero", "zero")
NUMBERS[1] = ("uno", "una", "un")
NUMBERS[21] = (*NUMBERS[21], "veintiún", "veintiuna")
NUMBERS[2] = ("dos", "un par de", "par de")
NUMBERS[3] = ("tres", "unos", "unas", "unos cuantos", "unas cuantas", "varios", "varias", "algunos", "algunas",
              "unos pocos", "unas pocas", "pocos", "pocas")

# Ordinals in the masculine singular (the hook reads "primera", "segundas"); "primer"/"tercer" before a noun.
ORDINALS: dict[int, tuple[str, ...]] = {
    1: ("primero", "primer", "1º", "1ª"), 2: ("segundo",), 3: ("tercero", "tercer"), 4: ("cuarto",),
    5: ("quinto",), 6: ("sexto",), 7: ("séptimo", "sétimo"), 8: ("octavo",), 9: ("noveno",), 10: ("décimo",),
    11: ("undécimo", "decimoprimero"), 12: ("duodécimo", "decimosegundo"), 20: ("vigésimo",),
}

UNITS: dict[str, tuple[str, ...]] = {
    "second": ("segundo", "seg", "segs"),
    "minute": ("minuto", "min", "mins"),
    "hour": ("hora", "h", "hs", "hr", "hrs"),
    "day": ("día", "jornada"),
    "week": ("semana", "sem"),
    "weekend": ("fin de semana", "fines de semana", "finde", "weekend", "puente"),
    "fortnight": ("quincena",),
    "month": ("mes", "meses"),
    "quarter": ("trimestre",),
    "season": ("temporada",),
    "year": ("año",),
    "decade": ("década", "decenio"),
    "century": ("siglo",),
}

# Relative words: "pasado", "próximo", "último" stand on either side of the noun; "que viene" and
# "anterior" after it; "este" before it.
RELATIVES: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "either"): ("pasado", "último", "previo"),
    (-1, "after"): ("anterior", "precedente", "que pasó"),
    (0, "before"): ("este", "esta", "estos", "estas", "presente"),
    (0, "after"): ("en curso", "actual", "corriente", "presente"),
    (1, "either"): ("próximo", "siguiente", "entrante", "venidero"),
    (1, "after"): ("que viene", "que vienen", "que entra", "por venir"),
}

DAY_WORDS: dict[int, tuple[str, ...]] = {
    -2: ("anteayer", "antier", "antes de ayer", "antes de anoche"),
    -1: ("ayer", "víspera"),  # "la víspera": the eve, as "la veille"
    0: ("hoy", "el día de hoy"),
    1: ("mañana",),
    2: ("pasado mañana",),
}

MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "before"): ("hace", "desde hace", "hará"),
    (-1, "after"): ("atrás", "antes", "más temprano"),
    (1, "before"): ("dentro de", "en", "de aquí a", "luego de"),
    (1, "after"): ("después", "más tarde", "luego"),
}

# "de"/"del" open a range and "a"/"al" close it ("del 13 al 15 de julio", "de lunes a viernes"): each is
# glue elsewhere (see GLUE), and grammar/canonical.py reads it as the bound only inside a range.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "since": ("desde", "a partir de", "a partir del", "desde el", "de", "del"),
    "until": ("hasta", "hasta el", "a", "al"),
    "by": ("para", "a más tardar", "antes del final de", "no más tarde de"),
    "before": ("antes de", "antes del"),
    "after": ("después de", "después del", "tras", "luego de que"),
    "within": ("durante", "en el plazo de", "en un plazo de", "a lo largo de", "en el transcurso de"),
    "between": ("entre",),
}

HEDGES = ("hacia", "alrededor de", "alrededor del", "aproximadamente", "cerca de", "en torno a", "en torno al",
          "sobre", "casi", "más o menos", "aprox", "más de", "menos de", "poco más de", "apenas")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "begin": ("comienzo", "comienzos", "inicio", "inicios", "principio", "principios", "a principios de",
              "a comienzos de", "a inicios de", "al principio de", "al comienzo de", "al inicio de"),
    "mid": ("mediados", "medio", "a mediados de", "mitad", "a mitad de", "a la mitad de", "mediado"),
    "end": ("final", "finales", "fin", "a finales de", "al final de", "a fines de", "fines", "a fin de",
            "hasta el final de", "finalizar"),
    "rest": ("resto",),
    "earlier": ("más temprano",),
    "later": ("más tarde",),
    "half": ("semestre",),
}

SEASONS: dict[str, tuple[str, ...]] = {
    "SP": ("primavera",), "SU": ("verano",), "FA": ("otoño",), "WI": ("invierno",),
}

# part of the day -> (canonical name, start hour, end hour, TIMEX3 code). "mañana" alone is tomorrow: the
# morning is "la mañana", "por la mañana", "de la mañana", or "mañana" after a day (grammar/canonical.py).
PARTS_OF_DAY: dict[str, tuple[str, int, int, str]] = {
    **{w: ("morning", 0, 12, "MO") for w in ("mañana", "madrugada", "matutino", "matutina", "temprano")},
    **{w: ("afternoon", 12, 19, "AF") for w in ("tarde", "vespertino", "vespertina", "sobremesa")},
    **{w: ("evening", 18, 24, "EV") for w in ("atardecer", "anochecer")},
    **{w: ("night", 18, 24, "NI") for w in ("noche", "nocturno", "nocturna")},
    **{w: ("noon", 12, 13, "MI") for w in ("mediodía", "medio día", "medio dia")},
    **{w: ("midnight", 0, 1, "MI") for w in ("medianoche", "media noche")},
    **{w: ("lunch", 12, 14, "MI") for w in ("hora de comer", "hora del almuerzo", "almuerzo")},
}

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("recientemente", "últimamente", "hace poco", "hace poco tiempo", "recién", "hace unos días",
               "en los últimos tiempos", "estos días"),
    "recent_days": ("en los últimos días", "los últimos días", "en días pasados", "en días recientes"),
    "recent_weeks": ("en las últimas semanas", "las últimas semanas", "en semanas recientes"),
    "recent_months": ("en los últimos meses", "los últimos meses", "en meses recientes"),
    "recent_years": ("en los últimos años", "los últimos años", "en años recientes"),
    "soon": ("pronto", "próximamente", "en breve", "dentro de poco", "en poco tiempo", "cuanto antes",
             "lo antes posible", "en breves días"),
    "coming_days": ("en los próximos días", "los próximos días", "en los días siguientes",
                    "en los días venideros", "en los días que vienen", "en los siguientes días"),
    "coming_weeks": ("en las próximas semanas", "las próximas semanas", "en las semanas siguientes",
                     "en las semanas venideras", "en las siguientes semanas"),
    "coming_months": ("en los próximos meses", "los próximos meses", "en los meses siguientes",
                      "en los meses venideros", "a corto plazo", "en un futuro próximo", "en el futuro próximo",
                      "en un futuro cercano", "en el corto plazo", "en los siguientes meses"),
    "coming_years": ("en los próximos años", "los próximos años", "en los años venideros",
                     "en los siguientes años", "a medio plazo", "en el medio plazo"),
    "future": ("en el futuro", "en adelante", "a largo plazo", "en el largo plazo", "de ahora en adelante"),
    "past": ("en el pasado", "anteriormente", "antiguamente", "previamente", "otrora"),
    "present": ("actualmente", "en la actualidad", "hoy en día", "al momento", "hoy día"),
}

DECADES: dict[int, tuple[str, ...]] = {
    1920: ("los veinte", "los años veinte"), 1930: ("los treinta", "los años treinta"),
    1940: ("los cuarenta", "los años cuarenta"), 1950: ("los cincuenta", "los años cincuenta"),
    1960: ("los sesenta", "los años sesenta"), 1970: ("los setenta", "los años setenta"),
    1980: ("los ochenta", "los años ochenta"), 1990: ("los noventa", "los años noventa"),
}

ZONE_NAMES: dict[str, int | str] = {
    **{k: v for k, v in ZONES.items() if len(k) > 1 and k not in ("et", "ct", "mt", "pt", "set", "sept")},
    "hora peninsular": "Europe/Madrid", "hora de madrid": "Europe/Madrid", "hora de canarias": "Atlantic/Canary",
    "hora local": 0,
}
del ZONE_NAMES["hora local"]  # no fixed meaning: left to the file's zone

# Articles, prepositions and the like that tie a date together ("el 12 de octubre de 2023", "a las tres", "en
# marzo"): dropped. "de", "del", "a", "al" are also range bounds (QUALIFIERS), read as such inside a range;
# "un", "una" are also "one" (NUMBERS), read as such before what they count ("hace un mes", "a la una");
# "durante" is "within" before a quantity ("durante dos semanas"), glue before a period ("durante el verano").
GLUE = ("el", "la", "los", "las", "lo", "de", "del", "a", "al", "en", "por", "con", ",", "o", "y", "que",
        "mismo", "misma", "menos", "un", "una", "unos", "unas", "durante", "hora local", "horario local")

# Relative + unit in one word ("anoche" is a day word), or a number with its unit ("medio año").
COMPOUNDS: dict[str, tuple[Meaning, ...]] = {
    "medio año": (Number(6), Unit("month")),
    "media hora": (Number(30), Unit("minute")),
    "un cuarto de hora": (Number(15), Unit("minute")),
    "cuarto de hora": (Number(15), Unit("minute")),
    "hora y media": (Number(90), Unit("minute")),
    "año y medio": (Number(18), Unit("month")),
    "un año y medio": (Number(18), Unit("month")),
    "mes y medio": (Number(6), Unit("week")),
    "un mes y medio": (Number(6), Unit("week")),
    "medio siglo": (Number(50), Unit("year")),
    "este año": (Relative(0), Unit("year")),
    "anoche": (DayWord(-1, "night"),),  # last night
    **{w: (DayWord(0, "now"),) for w in ("ahora", "ahora mismo", "ahorita", "en este momento", "en estos momentos")},
}


def _morphology(word: str) -> Iterator[str]:
    """Lemmas for a Spanish form the tables lack: plural, then feminine ("próximas" -> "próximo")."""
    if len(word) > 3 and word.endswith("es"):
        yield word[:-2]  # "meses" -> "mes", "trimestres" keeps its -e below
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
        yield word
    if len(word) > 3 and word.endswith("a"):
        yield word[:-1] + "o"


def _entries() -> list[tuple[str, Meaning]]:
    entries = build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, units=UNITS, relatives=RELATIVES,
        day_words=DAY_WORDS, markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS,
        seasons=SEASONS, parts_of_day=PARTS_OF_DAY, zones=ZONE_NAMES, decades=DECADES, vague=VAGUE,
        windows=WINDOWS, glue=GLUE)
    return entries + [(surface, meaning) for surface, meanings in COMPOUNDS.items() for meaning in meanings]


# "el 16" is the 16th; "las doce y cuarto" 12:15, "las doce menos cinco" 11:55, "y media" half past
DAY_ARTICLES = ("el", "del", "al")
CLOCK_SIGNS = {"y": 1, "menos": -1}
CLOCK_FRACTIONS = {"cuarto": 15, "media": 30}

# the endings written after a figure that make it an ordinal ("1er trimestre", "2do", "3ro", "4to")
ORDINAL_ENDINGS = ("er", "ero", "era", "do", "da", "ro", "ra", "to", "ta")

LEXICON = Lexicon(LANGUAGE, _entries(), _morphology, "Spanish", clock24=True, day_articles=DAY_ARTICLES,
                  clock_signs=CLOCK_SIGNS, clock_fractions=CLOCK_FRACTIONS, ordinal_endings=ORDINAL_ENDINGS)

# Frequent words of Spanish prose that French, Italian and Portuguese do not write the same (lexicons/detect.py
# counts them); "ñ" is Spanish's own letter among the Latin languages.
FUNCTION_WORDS = ("el", "los", "las", "y", "del", "es", "su", "sus", "al", "lo", "pero", "más", "fue", "han",
                  "también", "según", "dijo", "afirmó", "aseguró", "muy", "hay", "gobierno", "sin", "hasta", "desde",
                  "cuando", "donde", "porque", "años", "ayer", "este", "había", "tras", "sido", "está", "están")
LETTERS = "ñ"


# What `extract` reads of Spanish prose (timeline/lexicons/extract_words.py): tense cues of the pretérito
# indefinido ("anunció", "firmaron"), the imperfecto ("estaba", "firmaba"), the pretérito perfecto compuesto
# ("ha anunciado", "han firmado") and the future ("firmará", "va a firmar"), quote marks, publication lines
# ("Publicado el 6 de marzo de 2025"), and the small words a drafted title drops.
EXTRACT = ExtractWords(
    past=frozenset({"fue", "fueron", "era", "eran", "estaba", "estaban", "estuvo", "estuvieron", "había",
                    "habían", "hubo", "tuvo", "tuvieron", "hizo", "hicieron", "dio", "dieron", "vino", "vinieron",
                    "pudo", "pudieron", "quiso", "puso", "pusieron", "celebró", "celebraron", "tenía", "tenían"}),
    # pretérito: "-ó"/"-ió", "-aron"/"-ieron"; imperfecto: "-aba(n)" ("-ía" is also "economía", "policía")
    past_endings=("ó", "aron", "ieron", "aba", "aban", "ábamos"),
    compound_past=frozenset({"ha", "han", "he", "hemos", "has", "habéis", "había", "habían"}),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho", "sto", "erto", "ito"),
    future=frozenset({"va", "van", "vamos", "irá", "irán", "será", "serán", "habrá", "habrán", "tendrá", "tendrán",
                      "podrá", "podrán", "prevé", "prevén", "planea", "planean", "espera", "esperan"}),
    future_endings=("rá", "rán", "remos", "réis"),
    # nouns and names with a cue's ending: countries and names in "-rán"/"-tán", "Jacó"
    not_tense=frozenset({"irán", "teherán", "corán", "omán", "afganistán", "pakistán", "kazajistán", "uzbekistán",
                         "kirguistán", "turkmenistán", "tayikistán", "kurdistán", "durán", "beltrán", "guzmán",
                         "jacó", "traba", "saba", "remos"}),
    speech=frozenset({"dijo", "dijeron", "afirmó", "afirmaron", "declaró", "declararon", "aseguró", "aseguraron",
                      "señaló", "señalaron", "indicó", "indicaron", "explicó", "explicaron", "anunció",
                      "anunciaron", "informó", "informaron", "precisó", "agregó", "añadió", "subrayó", "advirtió",
                      "destacó", "apuntó", "sostuvo", "manifestó", "comentó", "reconoció", "admitió"}),
    quotes=(("«", "»"), ("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019")),
    published=("publicado el", "publicado", "actualizado el", "actualizado", "fecha de publicación", "fecha"),
    year_words=frozenset(),
    abbreviations=frozenset({"sr", "sra", "srta", "dr", "dra", "lic", "ing", "etc", "núm", "nº", "pág", "av",
                             "avda", "gral", "prof", "art", "ee", "uu", "cía", "dpto", "excmo", "mr", "mrs"}),
    articles=frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "lo"}),
    prepositions=frozenset({"el", "la", "los", "las", "en", "a", "al", "de", "del", "desde", "hasta", "para",
                            "durante", "hace", "este", "esta", "entre", "tras", "antes", "después", "por", "dentro",
                            "partir", "hacia", "sobre"}),
    clause_breaks=frozenset({"pero", "aunque", "mientras", "que", "quien", "quienes", "cuyo", "cuya", "cuyos",
                             "cuyas", "donde", "cuando", "porque", "sino", "según", "pues", "si", "luego",
                             "entonces"}),
)


# Examples, read on Thursday 6 March 2025 with prefer "past" unless the row says otherwise:
# (expression, reference, prefer, start, exclusive end, granularity). tests/test_languages.py runs them;
# tests/test_lang_es.py has the full tables per family.
EXAMPLES: list[tuple[str, str, str, str, str, str]] = [
    ("ayer", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("pasado mañana", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("el martes pasado", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("la semana que viene", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("hace tres días", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("el 12 de octubre de 2023", "2025-03-06", "past", "2023-10-12", "2023-10-13", "day"),
    ("recientemente", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
]
