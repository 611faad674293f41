"""German: the words of dates as data, with the endings and compounds German writes.

Nouns are capitalised in German ("am Montag", "nächste Woche"); the tokenizer
lowercases every word, so the tables list them in lower case. Nouns are listed
with the forms they take in dates (:func:`~timeline.lexicons.morphology.forms`:
"tag{|e|en|es|s}"); adjectives and ordinals once, ending in -e ("nächste",
"letzte", "dritte"), and the morphology hook reads their other endings
("nächsten Montag", "letztes Jahr", "dritter Dienstag", "im vergangenen Monat")
and the genitive -s of nouns ("des Montags", "Anfang des Jahres"). Words typed
without umlauts are read both ways: "nachste Woche" (the lexicon folds the
diacritics) and "naechste Woche", "Maerz", "uebermorgen", "dreissig" (the hook
respells ae/oe/ue/ss).

Compounds that join two meanings in one word are data too: a weekday and a part
of the day ("Montagmorgen", "Freitagabend"), a part of a period and its unit
("Jahresende", "Monatsanfang"), a number and a unit ("eineinhalb Stunden").
"Wochenende" is the weekend.

Word order is the canonical one (the relative word before its noun: "nächste
Woche"); "vor" before a quantity is "ago" ("vor 3 Tagen"), elsewhere "before"
("vor 11 Uhr", "vor Weihnachten"); "in" before a quantity is "in" ("in 2
Wochen"), elsewhere glue ("im März", "in der Nacht"). "Morgen" is tomorrow,
and the morning after a day or an article ("Montag Morgen", "heute Morgen",
"am Morgen"). Holiday names (Weihnachten, Ostern, Tag der Deutschen Einheit...)
live in :mod:`timeline.holidays.names.de`.

Conventions where German usage differs from English (``docs/languages/de.md``):
"nächsten Mittwoch" / "kommenden Mittwoch" is the first Wednesday after the
reference, as "next Wednesday" is; "bis" before a date is a deadline ("bis Ende
2026": by the end of 2026) and, after "von"/"vom"/"ab", the end of a range
("von 9:30 bis 11:00"); times are on the 24-hour clock.
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.lexicons.en import WINDOWS, ZONES
from timeline.lexicons.extract_words import ExtractWords
from timeline.lexicons.morphology import forms, suffix_morphology
from timeline.lexicons.schema import (
    DayWord,
    Lexicon,
    Meaning,
    Number,
    PartOfDay,
    PeriodPart,
    Position,
    Qualifier,
    Relative,
    Unit,
    Weekday,
    build_entries,
)

LANGUAGE = "de"

# The weekday with its genitive and adverbial -s ("des Montags", "montags"); the abbreviations
# as written in dates ("Mo., 3. März", "Fr, 18. Juli"). "So" is also a hedge ("so gegen 15 Uhr").
WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: (*forms("montag{|s|e|en}"), "mo", "mon"),
    1: (*forms("dienstag{|s|e|en}"), "di"),
    2: (*forms("mittwoch{|s|e|en}"), "mi", "mittw"),
    3: (*forms("donnerstag{|s|e|en}"), "do", "donn"),
    4: (*forms("freitag{|s|e|en}"), "fr"),
    5: (*forms("samstag{|s|e|en}", "sonnabend{|s|e|en}"), "sa"),
    6: (*forms("sonntag{|s|e|en}"), "so"),
}

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januar", "januars", "jänner", "jan", "jän"),
    2: ("februar", "februars", "feber", "feb", "febr"),
    3: ("märz", "märzes", "mär", "mrz"),
    4: ("april", "aprils", "apr"),
    5: ("mai", "mais"),
    6: ("juni", "junis", "jun", "juno"),
    7: ("juli", "julis", "jul", "julei"),
    8: ("august", "augusts", "aug"),
    9: ("september", "septembers", "sep", "sept", "spt"),
    10: ("oktober", "oktobers", "okt"),
    11: ("november", "novembers", "nov"),
    12: ("dezember", "dezembers", "dez"),
}

_ONES = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_TENS = {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig",
         80: "achtzig", 90: "neunzig"}

# Cardinals: "ein" takes the article's endings ("vor einer Woche", "in einem Monat"); the tens and
# units are written as one word ("einundzwanzig"). "paar" is two ("ein paar Stunden"), as "couple".
NUMBERS: dict[int, tuple[str, ...]] = {
    1: (*forms("ein{|s|e|en|em|er|es}"), "'ne", "ne", "nem", "ner", "nen"),
    2: ("zwei", "zwo", "zweien", "paar", "ein paar", "einige wenige"),
    3: ("drei", "dreien", "einige", "mehrere", "wenige", "ein paar wenige"),
    4: ("vier",), 5: ("fünf",), 6: ("sechs",), 7: ("sieben",), 8: ("acht",), 9: ("neun",),
    10: ("zehn",), 11: ("elf",), 12: ("zwölf", "dutzend"), 13: ("dreizehn",), 14: ("vierzehn",),
    15: ("fünfzehn",), 16: ("sechzehn",), 17: ("siebzehn",), 18: ("achtzehn",), 19: ("neunzehn",),
    **{n: (w,) for n, w in _TENS.items()},
    **{tens + one: (f"{_ONES[one]}und{word}",) for tens, word in _TENS.items() for one in range(1, 10)},
    100: ("hundert", "einhundert"),
}

# Ordinals in their -e form ("dritte"); the hook reads "dritter", "dritten", "drittes", "drittem".
_ORDINAL_ONES = ("", "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte",
                 "zehnte", "elfte", "zwölfte", "dreizehnte", "vierzehnte", "fünfzehnte", "sechzehnte",
                 "siebzehnte", "achtzehnte", "neunzehnte")
ORDINALS: dict[int, tuple[str, ...]] = {n: (w,) for n, w in enumerate(_ORDINAL_ONES) if n}
ORDINALS[7] += ("siebente",)
ORDINALS.update({tens: (word + "ste",) for tens, word in _TENS.items()})
ORDINALS.update({tens + one: (f"{_ONES[one]}und{word}ste",) for tens, word in _TENS.items() if tens <= 30
                 for one in range(1, 10) if tens + one <= 31})

UNITS: dict[str, tuple[str, ...]] = {
    "second": (*forms("sekunde{|n}"), "sek", "s"),
    "minute": (*forms("minute{|n}", "minütchen"), "min", "mins"),
    "hour": (*forms("stunde{|n}", "stündchen"), "std", "h", "uhr"),
    "day": forms("tag{|e|en|es|s}"),
    "week": forms("woche{|n}", "kalenderwoche{|n}", "kw"),  # "KW 47", "Kalenderwoche 12": the ISO week of that number
    "weekend": forms("wochenende{|n|s}"),
    "month": (*forms("monat{|e|en|es|s}"), "mte"),
    "quarter": forms("quartal{|e|en|es|s}"),
    "season": forms("saison{|s}"),
    "year": forms("jahr{|e|en|es|s}"),
    "decade": forms("jahrzehnt{|e|en|es|s}", "dekade{|n}"),
    "century": forms("jahrhundert{|e|en|es|s}", "jh"),
}

# Relative words in their -e form; the hook reads the other endings ("nächsten", "letztes").
RELATIVES: dict[tuple[int, Position], tuple[str, ...]] = {
    (-2, "before"): ("vorletzte", "vorvergangene", "vorvorige"),
    (-1, "before"): ("letzte", "vergangene", "vorige", "vorherige", "zurückliegende", "verflossene"),
    (0, "before"): ("diese", "dies", "laufende", "aktuelle", "jetzige", "heurige", "gegenwärtige"),
    (1, "before"): ("nächste", "kommende", "bevorstehende", "anstehende"),
    (2, "before"): ("übernächste",),
}

DAY_WORDS: dict[int, tuple[str, ...]] = {
    -3: ("vorvorgestern",),
    -2: ("vorgestern",),
    -1: ("gestern", "gestrigen", "vortag", "vortages"),  # "am Vortag": the day before, as "la veille"
    0: ("heute", "heutigen"),
    1: ("morgen",),
    2: ("übermorgen",),
    3: ("überübermorgen",),
}

# today in one word with a part of the day, and the present moment
DAY_PARTS: dict[str, DayWord] = {
    "heute nacht": DayWord(0, "night"), "heute abend": DayWord(0, "evening"),
    # the evening and the night before ("am Vorabend", "am Abend zuvor", "in der Nacht zuvor")
    **{w: DayWord(-1, "evening") for w in ("vorabend", "vorabends", "abend zuvor", "abend davor", "abend vorher")},
    **{w: DayWord(-1, "night") for w in ("nacht zuvor", "nacht davor", "vornacht")},
    **{w: DayWord(0, "now") for w in ("jetzt", "gerade eben", "eben jetzt", "soeben", "sofort", "umgehend",
                                      "ab sofort", "nun")},
}

MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "before"): ("vor", "vor rund", "vor etwa", "vor gut", "vor knapp", "vor über", "vor mehr als"),
    (-1, "after"): ("zuvor", "davor", "früher", "her", "vorher"),
    (1, "before"): ("in", "in rund", "in gut", "in knapp", "in zirka", "in circa", "in ca", "nach ablauf von"),
    (1, "after"): ("später", "danach", "darauf", "nachher"),
}

# "bis" before a date is a deadline ("bis Ende 2026"); after "von"/"ab" it ends a range (canonical.py).
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "since": ("seit", "seit dem", "seit der", "ab", "ab dem", "ab der", "von", "vom", "von der", "beginnend",
              "beginnend mit", "angefangen mit"),
    "by": ("bis", "bis zum", "bis zur", "bis spätestens", "spätestens", "spätestens bis"),
    # "auf" closes a range only after "von" ("in der Nacht von Samstag auf Sonntag"); elsewhere it is glue
    "until": ("bis einschließlich", "bis inklusive", "einschließlich bis", "auf"),
    "before": ("vor", "vor dem", "vor der", "bevor", "noch vor", "früher als"),
    "after": ("nach", "nach dem", "nach der", "später als", "frühestens", "nicht vor"),
    "within": ("binnen", "innerhalb", "innerhalb von", "innerhalb der", "innerhalb des", "im laufe", "im laufe der",
               "im laufe des", "während", "während der", "während des"),
    "between": ("zwischen",),
}

HEDGES = ("gegen", "etwa", "ungefähr", "circa", "zirka", "ca", "rund", "so", "so gegen", "so um", "so ungefähr",
          "so etwa", "so circa", "so zirka", "in etwa", "annähernd", "schätzungsweise", "um die",
          "nahezu", "fast", "beinahe")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "begin": ("anfang", "anfangs", "beginn", "beginns", "start", "auftakt"),
    "mid": ("mitte", "mitten in", "mitten im"),
    "end": ("ende", "endes", "schluss", "ausgang"),
    "early": ("frühe",),
    "late": ("spät", "späte"),
    "rest": ("rest", "restliche", "verbleibende"),
    "half": forms("halbjahr{|s|es|e|en}", "jahreshälfte{|n}", "hälfte{|n}"),
}

SEASONS: dict[str, tuple[str, ...]] = {
    "SP": forms("frühling{|s}", "frühjahr{|s|es}", "lenz{|es}"),
    "SU": forms("sommer{|s}"),
    "FA": forms("herbst{|es|s}"),
    "WI": forms("winter{|s}"),
}

# part of the day -> (canonical name, start hour, end hour, TIMEX3 code). "Morgen" is also
# tomorrow: canonical.py reads it as the morning after a day or an article ("Montag Morgen").
_MORNING = ("morning", 0, 12, "MO")
_AFTERNOON = ("afternoon", 12, 19, "AF")
_EVENING = ("evening", 18, 24, "EV")
_NIGHT = ("night", 18, 24, "NI")
_NOON = ("noon", 12, 13, "MI")
PARTS_OF_DAY: dict[str, tuple[str, int, int, str]] = {
    **{w: _MORNING for w in ("morgen", "morgens", "früh", "frühmorgens", "vormittag", "vormittags",
                             "vormittages", "morgenstunden", "morgenstunde", "in der früh")},
    **{w: _AFTERNOON for w in ("nachmittag", "nachmittags", "nachmittages")},
    **{w: _EVENING for w in ("abend", "abends", "abendstunden", "abendstunde")},
    **{w: _NIGHT for w in ("nacht", "nachts")},
    # "in der Nacht zum Sonntag", "in der Nacht auf Montag": the night before that day (canonical.py)
    **{w: ("night_before", 18, 24, "NI") for w in ("nacht zum", "nacht zu", "nacht auf", "nacht auf den")},
    **{w: _NOON for w in ("mittag", "mittags", "mittagszeit")},
    **{w: ("lunch", 12, 14, "MI") for w in ("mittagessen", "mittagspause")},
    **{w: ("midnight", 0, 1, "MI") for w in ("mitternacht", "mitternachts")},
}

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("kürzlich", "neulich", "unlängst", "jüngst", "vor kurzem", "vor kurzer zeit", "in letzter zeit",
               "letztens", "neuerdings", "jüngstens"),
    "recent_days": ("in den letzten tagen", "in den vergangenen tagen", "in den zurückliegenden tagen",
                    "die letzten tage", "die vergangenen tage", "in den letzten paar tagen"),
    "recent_weeks": ("in den letzten wochen", "in den vergangenen wochen", "in den zurückliegenden wochen",
                     "die letzten wochen", "die vergangenen wochen", "seit wochen"),
    "recent_months": ("in den letzten monaten", "in den vergangenen monaten", "in den zurückliegenden monaten",
                      "die letzten monate", "die vergangenen monate", "seit monaten"),
    "recent_years": ("in den letzten jahren", "in den vergangenen jahren", "in den zurückliegenden jahren",
                     "die letzten jahre", "die vergangenen jahre", "seit jahren"),
    "soon": ("bald", "demnächst", "in kürze", "in bälde", "baldig", "in naher zukunft", "alsbald",
             "in absehbarer zeit", "zeitnah"),
    "coming_days": ("in den kommenden tagen", "in den nächsten tagen", "die kommenden tage",
                    "in den nächsten paar tagen", "in den folgenden tagen"),
    "coming_weeks": ("in den kommenden wochen", "in den nächsten wochen", "die kommenden wochen",
                     "in den folgenden wochen"),
    "coming_months": ("in den kommenden monaten", "in den nächsten monaten", "die kommenden monate",
                      "in den folgenden monaten", "mittelfristig"),
    "coming_years": ("in den kommenden jahren", "in den nächsten jahren", "die kommenden jahre",
                     "in den folgenden jahren"),
    "future": ("in zukunft", "künftig", "zukünftig", "langfristig", "auf lange sicht", "in ferner zukunft"),
    "past": ("in der vergangenheit", "einst", "einstmals", "damals", "ehemals", "vormals"),
    "present": ("derzeit", "zurzeit", "zur zeit", "momentan", "aktuell", "gegenwärtig", "heutzutage",
                "im moment", "zu dieser zeit", "in diesen tagen", "dieser tage"),
}

# "die Neunziger", "in den 90ern": the decades by name; "die 1990er", "in den 90er Jahren": a figure
# with these endings
DECADES: dict[int, tuple[str, ...]] = {n: forms(stem + "{er|ern|erjahre|erjahren}") for n, stem in (
    (1920, "zwanzig"), (1930, "dreißig"), (1940, "vierzig"), (1950, "fünfzig"), (1960, "sechzig"),
    (1970, "siebzig"), (1980, "achtzig"), (1990, "neunzig"))}
DECADE_ENDINGS = ("er", "ern", "erjahre", "erjahren")

ZONE_NAMES: dict[str, int | str] = {
    **{k: v for k, v in ZONES.items() if len(k) > 1},
    "mez": 60, "mesz": 120, "oez": 120, "oesz": 180, "wez": 0, "wesz": 60,
    "deutscher zeit": "Europe/Berlin", "berliner zeit": "Europe/Berlin",
    "mitteleuropäischer zeit": 60, "mitteleuropäischer sommerzeit": 120,
}

# Articles and prepositions that tie a date together ("am Montag", "im März", "um 15 Uhr", "Ende des
# Jahres"), the words that only insist ("genau", "pünktlich"), and the endings written after a figure
# ("am 15ten", "4tes Quartal"): dropped.
GLUE = ("am", "an", "im", "in", "um", "der", "die", "das", "den", "dem", "des", "zum", "zur", "zu", "beim", "bei",
        "für", ",", "genau", "pünktlich", "exakt", "punkt", "gerade", "also", "und zwar", "heuer", "ten", "te",
        "ter", "tes", "tem", "ste", "sten", "ster", "stes", "aber", "und", "übers", "über", "noch", "schon",
        "bereits", "erst", "ortszeit", "lokalzeit", "auf")
ORDINAL_ENDINGS = ("ten", "te", "ter", "tes", "tem", "ste", "sten", "ster", "stes")

# Two meanings in one word: spelled as both, in order (canonical.py).
_PARTS_IN_COMPOUNDS = {"morgen": _MORNING, "früh": _MORNING, "vormittag": _MORNING, "mittag": _NOON,
                       "nachmittag": _AFTERNOON, "abend": _EVENING, "nacht": _NIGHT}
COMPOUNDS: dict[str, tuple[Meaning, ...]] = {
    **{day + part + s: (Weekday(n), PartOfDay(*value))
       for n, names in ((0, ("montag",)), (1, ("dienstag",)), (2, ("mittwoch",)), (3, ("donnerstag",)),
                        (4, ("freitag",)), (5, ("samstag", "sonnabend")), (6, ("sonntag",)))
       for day in names for part, value in _PARTS_IN_COMPOUNDS.items() for s in ("", "s")},
    **{unit + part: (PeriodPart(kind), Unit(name))
       for unit, name in (("jahres", "year"), ("monats", "month"), ("wochen", "week"), ("quartals", "quarter"))
       for part, kind in (("anfang", "begin"), ("beginn", "begin"), ("start", "begin"), ("mitte", "mid"),
                          ("ende", "end"), ("schluss", "end"))
       if unit + part != "wochenende"},  # "Wochenende" is the weekend
    **{spelled + " " + unit: (Number(halves * scale), Unit(name))
       for spelled, halves in (("halbe", 1), ("halben", 1), ("eine halbe", 1), ("einer halben", 1),
                              ("einem halben", 1), ("ein halbes", 1), ("einem halben", 1), ("halbes", 1),
                              ("anderthalb", 3), ("eineinhalb", 3), ("einundhalb", 3), ("zweieinhalb", 5),
                              ("zwei ein halb", 5), ("zwei einhalb", 5), ("dreieinhalb", 7), ("viereinhalb", 9),
                              ("fünfeinhalb", 11))
       for unit, name, scale in (("stunde", "minute", 30), ("stunden", "minute", 30), ("jahr", "month", 6),
                                 ("jahre", "month", 6), ("jahren", "month", 6), ("jahres", "month", 6),
                                 ("tag", "hour", 12), ("tage", "hour", 12), ("tagen", "hour", 12))},
    # the period before the reference, in one word: "im Vorjahr" (last year), "in der Vorwoche"
    **{prefix + ending: (Relative(-1, "before"), Unit(name))
       for prefix, name, endings in (("vorjahr", "year", ("", "s", "es")), ("vormonat", "month", ("", "s", "es")),
                                     ("vorwoche", "week", ("",)), ("vorquartal", "quarter", ("", "s", "es")))
       for ending in endings},
    "halbes jahr": (Number(6), Unit("month")),
    "halben jahr": (Number(6), Unit("month")),
    "halbstündig": (Number(30), Unit("minute")),
    "vierteljahr": (Number(3), Unit("month")),
    "vierteljahres": (Number(3), Unit("month")),
    "viertelstunde": (Number(15), Unit("minute")),
    "eine viertelstunde": (Number(15), Unit("minute")),
    "einer viertelstunde": (Number(15), Unit("minute")),
    # the clock: "Viertel nach drei" (15 minutes after 3), "Viertel vor zwölf", "halb vier" (30 minutes
    # before 4: 3:30), "dreiviertel vier" (3:45)
    "viertel": (Number(15), Unit("minute")),
    "halb": (Number(30), Unit("minute"), Qualifier("before")),
    "dreiviertel": (Number(15), Unit("minute"), Qualifier("before")),
}

# Adjective and ordinal endings -> the -e form listed; the genitive and plural endings of nouns.
ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("e", ""), "er": ("e",), "es": ("e", ""), "em": ("e",), "n": ("",), "s": ("",), "e": ("",),
}

# Umlauts and ß typed as two letters ("naechste", "Maerz", "dreissig"): proposed before the endings.
_DIGRAPHS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))


def _respell(word: str) -> Iterator[str]:
    """"naechste" is "nächste", "uebermorgen" "übermorgen", "dreissig" "dreißig"."""
    spelled = word
    for pair, letter in _DIGRAPHS:
        if pair in spelled:
            spelled = spelled.replace(pair, letter)
    if spelled != word:
        yield spelled
        if "ß" in spelled and "ss" in word:
            yield spelled.replace("ß", "ss")  # "ae" respelled, "ss" kept: "maessig" is not a word here


def _entries() -> list[tuple[str, Meaning]]:
    entries = build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, units=UNITS, relatives=RELATIVES,
        day_words=DAY_WORDS, markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS,
        seasons=SEASONS, parts_of_day=PARTS_OF_DAY, zones=ZONE_NAMES, decades=DECADES, vague=VAGUE, windows=WINDOWS,
        glue=GLUE)
    return entries + [(surface, meaning) for surface, meanings in COMPOUNDS.items() for meaning in meanings] + \
        list(DAY_PARTS.items())


LEXICON = Lexicon(LANGUAGE, _entries(), suffix_morphology(ENDINGS, min_stem=3, respell=_respell), "German",
                  clock24=True, decade_endings=DECADE_ENDINGS, ordinal_endings=ORDINAL_ENDINGS)

# Frequent words of German prose that are not date words, and the letters German writes among the
# Latin-script languages: what the language detector (lexicons/detect.py) counts.
FUNCTION_WORDS = ("der", "die", "das", "und", "ist", "nicht", "sich", "mit", "auf", "für", "eine", "einen",
                  "dem", "den", "des", "von", "zu", "auch", "es", "sie", "er", "wir", "hat", "haben", "wurde",
                  "wurden", "wird", "werden", "sei", "sagte", "nach", "bei", "aus", "oder", "aber", "wie", "noch",
                  "dass", "nur", "über", "sind", "war", "waren", "kann", "soll")
LETTERS = "äöüß"

# The prose words extract reads (timeline/lexicons/extract_words.py): the Präteritum ("war", "sagte",
# "erklärte": the weak -te/-ten endings that are not nouns or adjectives) and the Perfekt ("hat ...
# gesagt", "ist ... gereist"), the future with "werden", German quote marks („ “ and » «), the publication
# line ("Veröffentlicht am 6. März 2025"), and the small words a title drops.
EXTRACT = ExtractWords(
    past=frozenset({"war", "waren", "warst", "hatte", "hatten", "wurde", "wurden", "kam", "kamen", "ging",
                    "gingen", "gab", "gaben", "traf", "trafen", "fand", "fanden", "begann", "begannen", "stand",
                    "standen", "blieb", "blieben", "hielt", "hielten", "sprach", "sprachen", "nahm", "nahmen",
                    "fiel", "fielen", "zog", "zogen", "flog", "flogen", "fuhr", "fuhren", "rief", "riefen", "starb",
                    "starben", "unterschrieb", "unterschrieben", "beschloss", "beschlossen", "verließ",
                    "verließen", "schrieb", "schrieben", "bestand", "entschied", "entschieden", "gewann",
                    "gewannen", "verlor", "verloren", "brach", "brachen", "geschah", "lag", "lagen", "sah",
                    "sahen", "einst", "damals"}),
    past_endings=("ete", "eten", "ierte", "ierten", "llte", "llten", "ilte", "ilten", "gte", "gten", "kte",
                  "kten", "sste", "ssten", "ßte", "ßten", "hte", "hten", "rte", "rten"),
    compound_past=frozenset({"hat", "haben", "habe", "hast", "ist", "sind", "sei", "seien", "bin"}),
    participle_endings=("iert", "gt", "rt", "ht", "lt", "nt", "et", "kt", "ckt", "sst", "ßt", "ben", "gen", "men",
                        "nen", "den", "fen", "ssen", "ßen", "ken", "zen", "hen", "sen", "ten", "len", "gangen",
                        "kommen"),
    future=frozenset({"wird", "werden", "werde", "wirst", "werdet", "soll", "sollen", "plant", "planen",
                      "geplant", "bevorstehenden", "anstehenden", "künftig", "könnte", "könnten", "würde",
                      "würden", "will", "wollen", "möchte", "möchten", "dürfte", "dürften", "voraussichtlich",
                      "planmäßig", "erwartet", "erwarten"}),
    not_tense=frozenset({"nicht", "recht", "rechte", "rechten", "nacht", "macht", "geht", "steht", "seht", "gut",
                         "spät", "jetzt", "selbst", "zuletzt", "bisher", "meist", "erst", "wert", "welt", "geld",
                         "staaten", "garten", "karte", "karten", "worte", "orte", "orten", "sorte", "ware", "harte",
                         "rente", "renten", "kräfte", "kosten", "fernsehen", "morgens", "abends", "gegen", "wegen",
                         "seiten", "zeiten", "leuten", "zeugen", "lagen", "tagen", "regen", "wagen", "fragen",
                         "ersten", "letzten", "nächsten", "meisten", "besten", "neuesten", "weiteren", "anderen",
                         "eigenen", "großen", "kleinen", "deutschen", "frühere", "früheren", "achte", "echte",
                         "vierte", "sechste", "siebte", "hundert", "tausend", "gegenüber", "bereits", "sollte",
                         "sollten"}),
    speech=frozenset({"sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten", "teilte", "teilten",
                      "meldete", "meldeten", "berichtete", "berichteten", "schrieb", "schrieben", "warnte",
                      "warnten", "kündigte", "kündigten", "bestätigte", "bestätigten", "gesagt", "erklärt",
                      "mitgeteilt", "berichtet", "bestätigt", "hieß", "sagt", "betont"}),
    quotes=(("\u201e", "\u201c"), ("»", "«"), ("«", "»"), ("\u201c", "\u201d"), ("\u201a", "\u2018"), ('"', '"')),
    published=("veröffentlicht am", "veröffentlicht", "aktualisiert am", "zuletzt aktualisiert", "aktualisiert",
               "erstellt am", "stand"),
    abbreviations=frozenset({"dr", "prof", "hr", "fr", "frau", "nr", "st", "bzw", "ca", "z", "b", "u", "a", "usw",
                             "vgl", "mio", "mrd", "jh", "abs", "str", "geb", "evtl", "ggf", "inkl", "dt", "sog",
                             "mo", "di", "mi", "do", "sa", "so", "jan", "feb", "febr", "mär", "apr", "jun", "jul",
                             "aug", "sep", "sept", "okt", "nov", "dez", "uhr", "std", "min", "tsd", "rd", "gen",
                             "zt", "d", "h", "v", "chr", "n"}),
    articles=frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                        "eines"}),
    prepositions=frozenset({"am", "im", "an", "in", "um", "seit", "ab", "bis", "vor", "nach", "zum", "zur", "von",
                            "vom", "bei", "beim", "gegen", "für", "während", "innerhalb", "binnen", "zwischen",
                            "spätestens", "noch", "schon", "bereits", "erst"}),
    clause_breaks=frozenset({"aber", "doch", "jedoch", "sondern", "dass", "weil", "da", "als", "wenn", "ob",
                             "obwohl", "nachdem", "bevor", "während", "wo", "welcher", "welche", "welches",
                             "damit", "sodass", "denn", "sowie", "wie", "wobei", "wodurch"}),
)


# Examples, read on Thursday 6 March 2025 with prefer "past" unless the row says otherwise:
# (expression, reference, prefer, start, exclusive end, granularity). tests/test_languages.py runs them;
# tests/test_lang_de.py holds the full table per family.
EXAMPLES: list[tuple[str, str, str, str, str, str]] = [
    ("gestern", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("übermorgen", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("am Dienstag", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("am Dienstag", "2025-03-06", "future", "2025-03-11", "2025-03-12", "day"),
    ("letzten Freitag", "2025-03-06", "past", "2025-02-28", "2025-03-01", "day"),
    ("nächsten Mittwoch", "2025-03-06", "past", "2025-03-12", "2025-03-13", "day"),
    ("nachste Woche", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("letztes Jahr", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("vor 3 Tagen", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("vor einem Monat", "2025-03-06", "past", "2025-02-01", "2025-03-01", "month"),
    ("in zwei Wochen", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("am 3. Oktober 2024", "2025-03-06", "past", "2024-10-03", "2024-10-04", "day"),
    ("Anfang März", "2025-03-06", "past", "2025-03-01", "2025-03-11", "day"),
    ("Montagmorgen", "2025-03-06", "past", "2025-03-03T00:00", "2025-03-03T12:00", "part_of_day"),
    ("heute um 18 Uhr", "2025-03-06", "past", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("kürzlich", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("Tag der Deutschen Einheit 2024", "2025-03-06", "past", "2024-10-03", "2024-10-04", "day"),
]
