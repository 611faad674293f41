"""Italian: the words of dates as data, with the inflection read by a morphology hook.

Nouns, adjectives and ordinals are listed in the masculine singular ("scorso",
"prossimo", "terzo", "ultimo") with the plural of the nouns ("giorni",
"settimane"); the hook reads the other genders and numbers of the adjectives
("scorsa", "scorsi", "scorse", "prossime", "terza"). Missing accents are folded
by the lexicon itself ("lunedi", "meta", "ventitre").

Articles and prepositions elide before a vowel: "l'anno", "dell'anno",
"nell'ultima ora", "quest'estate", "un'ora", "all'una". The grammar splits such a
word at its apostrophe when the whole is not a word of the lexicon
(``grammar/canonical.py``), so "quest'" is read as "questo" and "anno" as the
unit; articulated prepositions ("del", "nella", "dalle", "agli") are glue.

Word order: relative words stand on either side of their noun ("la settimana
scorsa", "la scorsa settimana", "il mese prossimo", "il prossimo mese"), and
between the article and a count ("le 2 ultime settimane", "i 2 mesi passati":
the canonical "the last 2 weeks"); "fa" follows the quantity ("3 giorni fa"),
"tra"/"fra" precede it ("tra 15 minuti"), and "tra" before two bounds is
"between" ("tra il 13 e il 15 luglio"). "da ... a ..." is a range ("dal 13 al 15
luglio", "dalle 9 alle 11"): "a" and its articulated forms are "to" only after
"da", elsewhere glue ("alle 17": at 17:00).

Conventions where Italian usage differs from English (``docs/languages/it.md``):
"martedì prossimo" / "il prossimo martedì" is the first Tuesday after the
reference, as "next Tuesday" is; "entro" is a deadline ("entro il 2030": by
2030), "fino a" the end of a period ("fino a marzo": until March). Holiday names
(Natale, Pasqua, Ferragosto, Festa della Repubblica...) live in
:mod:`timeline.holidays.names.it`.
"""

from __future__ import annotations

from timeline.lexicons.en import WINDOWS, ZONES
from timeline.lexicons.extract_words import ExtractWords
from timeline.lexicons.morphology import suffix_morphology
from timeline.lexicons.schema import (
    DayWord,
    Lexicon,
    Meaning,
    Month,
    Number,
    Ordinal,
    Position,
    Relative,
    Unit,
    build_entries,
)

LANGUAGE = "it"

WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lunedì", "lun"),
    1: ("martedì", "mar"),
    2: ("mercoledì", "mer"),
    3: ("giovedì", "gio", "giov"),
    4: ("venerdì", "ven"),
    5: ("sabato", "sabati", "sab"),
    6: ("domenica", "domeniche", "dom"),
}

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("gennaio", "gen", "genn"), 2: ("febbraio", "feb", "febb", "febbr"), 3: ("marzo", "mar"),
    4: ("aprile", "apr"), 5: ("maggio", "mag"), 6: ("giugno", "giu"), 7: ("luglio", "lug"),
    8: ("agosto", "ago"), 9: ("settembre", "set", "sett"), 10: ("ottobre", "ott"), 11: ("novembre", "nov"),
    12: ("dicembre", "dic"),
}

_ONES = ("", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_TENS = {20: "venti", 30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "sessanta", 70: "settanta",
         80: "ottanta", 90: "novanta"}


def _compound_numbers() -> dict[int, tuple[str, ...]]:
    """21 to 99 in one word: the tens lose their vowel before "uno" and "otto" ("ventuno",
    "trentotto"), and "tre" at the end takes an accent ("ventitré")."""
    out: dict[int, tuple[str, ...]] = {}
    for tens, word in _TENS.items():
        for n in range(1, 10):
            one = "tré" if n == 3 else _ONES[n]
            stem = word[:-1] if n in (1, 8) else word
            out[tens + n] = (stem + one,)
    return out


NUMBERS: dict[int, tuple[str, ...]] = {
    1: ("uno", "un", "una"), 2: ("due", "paio", "coppia"), 3: ("tre", "qualche", "alcuni", "alcune", "pochi", "poche"),
    4: ("quattro",), 5: ("cinque",), 6: ("sei",), 7: ("sette",), 8: ("otto",), 9: ("nove",), 10: ("dieci",),
    11: ("undici",), 12: ("dodici",), 13: ("tredici",), 14: ("quattordici",), 15: ("quindici",),
    16: ("sedici",), 17: ("diciassette",), 18: ("diciotto",), 19: ("diciannove",),
    **{n: (w,) for n, w in _TENS.items()}, **_compound_numbers(), 100: ("cento",), 1000: ("mille",),
}

# Ordinals in the masculine singular; the hook reads "prima", "terza", "primi"...
ORDINALS: dict[int, tuple[str, ...]] = {n: (w,) for n, w in enumerate((
    "", "primo", "secondo", "terzo", "quarto", "quinto", "sesto", "settimo", "ottavo", "nono", "decimo",
    "undicesimo", "dodicesimo", "tredicesimo", "quattordicesimo", "quindicesimo", "sedicesimo",
    "diciassettesimo", "diciottesimo", "diciannovesimo", "ventesimo")) if n}
ORDINALS.update({30: ("trentesimo",), 31: ("trentunesimo",)})
ORDINALS[1] += ("prima",)  # listed: "prima" is also "before" (RELATIVES, MARKERS), so the hook no longer reads it

UNITS: dict[str, tuple[str, ...]] = {
    "second": ("secondo", "secondi", "sec"),
    "minute": ("minuto", "minuti", "min"),
    "hour": ("ora", "ore", "h"),
    "day": ("giorno", "giorni", "giornata", "giornate", "gg"),
    "week": ("settimana", "settimane"),
    "weekend": ("weekend", "week-end", "we", "fine settimana", "finesettimana", "fine-settimana"),
    "month": ("mese", "mesi"),
    "quarter": ("trimestre", "trimestri"),
    "season": ("stagione", "stagioni"),
    "year": ("anno", "anni", "annata"),
    "decade": ("decennio", "decenni"),
    "century": ("secolo", "secoli"),
}

# Relative words in the masculine singular (the hook reads the rest). "scorso", "passato", "ultimo" and
# "prossimo" stand on either side of their noun; "questo" only before.
RELATIVES: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "either"): ("scorso", "passato", "ultimo"),
    # "prima" after its noun is "before": "il giorno prima" (the day before), "la sera prima"; before it, the
    # ordinal ("la prima settimana"), listed with the ordinals too
    (-1, "after"): ("precedente", "prima"),
    (0, "before"): ("questo", "quest"),
    (0, "after"): ("corrente", "in corso"),
    (1, "either"): ("prossimo", "venturo", "entrante"),
    (1, "after"): ("successivo", "seguente", "che viene", "dopo"),
}

DAY_WORDS: dict[int, tuple[str, ...]] = {
    -2: ("l'altro ieri", "l'altroieri", "altroieri", "altro ieri", "avantieri", "ieri l'altro"),
    -1: ("ieri", "vigilia"),  # "la vigilia": the eve, as "la veille" (holiday names come first: "vigilia di Natale")
    0: ("oggi", "in giornata", "oggigiorno"),
    1: ("domani", "l'indomani", "indomani"),
    2: ("dopodomani", "dopo domani", "il giorno dopo domani", "giorno dopo domani"),
}

# day words that also name a part of the day: "stasera" is this evening, "domattina" tomorrow morning
DAY_PARTS: dict[str, tuple[int, str]] = {
    "stasera": (0, "evening"), "sta sera": (0, "evening"), "stamattina": (0, "morning"),
    "stamani": (0, "morning"), "stamane": (0, "morning"), "sta mattina": (0, "morning"),
    "stanotte": (0, "night"), "sta notte": (0, "night"), "stanotte scorsa": (-1, "night"),
    "domattina": (1, "morning"), "ieri sera": (-1, "evening"), "iersera": (-1, "evening"),
}

MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "after"): ("fa", "or sono", "orsono", "addietro", "prima"),  # "tre giorni prima": three days before
    (1, "after"): ("dopo", "più tardi"),
    (1, "before"): ("tra", "fra", "in"),
}

# "a"/"al"/"alle" are "to" only after "da" ("dal 13 al 15 luglio", "dalle 9 alle 11"): grammar/canonical.py.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "since": ("da", "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "a partire da", "a partire dal",
              "a partire dalla", "a partire dall'", "a partire dalle", "sin da", "sin dal", "fin da", "fin dal",
              "fin dalla", "fin dall'", "sin dalla", "sin dall'"),
    "until": ("fino a", "fino al", "fino alla", "fino all'", "fino alle", "fino allo", "fino ai", "fino agli",
              "sino a", "sino al", "sino alla", "sino all'", "sino alle", "a", "al", "alla", "all'", "alle",
              "allo", "ai", "agli"),
    "by": ("entro", "entro il", "entro la", "entro l'", "entro le", "entro lo", "per", "per il", "per la",
           "per le", "non oltre", "non più tardi di", "non più tardi del", "non più tardi della"),
    "before": ("prima di", "prima del", "prima della", "prima dell'", "prima delle", "prima dello", "avanti"),
    "after": ("dopo", "dopo il", "dopo la", "dopo l'", "dopo le", "successivamente a", "in seguito a"),
    "within": ("nel giro di", "nell'arco di"),
    "between": ("tra", "fra"),
}

HEDGES = ("circa", "verso", "quasi", "più di", "oltre", "poco più di", "poco meno di", "meno di", "intorno a", "intorno al", "intorno alla", "intorno alle", "intorno all'",
          "attorno a", "attorno al", "attorno alle", "attorno alla", "all'incirca", "pressappoco", "più o meno",
          "approssimativamente", "verso il", "verso la", "verso le", "verso l'")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "begin": ("inizio", "inizi", "principio", "primi"),
    "mid": ("metà",),
    "end": ("fine", "termine"),
    "rest": ("resto",),
    "half": ("semestre", "semestri"),
}

SEASONS: dict[str, tuple[str, ...]] = {
    "SP": ("primavera", "primavere"), "SU": ("estate", "estati"), "FA": ("autunno", "autunni"),
    "WI": ("inverno", "inverni"),
}

PARTS_OF_DAY: dict[str, tuple[str, int, int, str]] = {
    **{w: ("morning", 0, 12, "MO") for w in ("mattina", "mattino", "mattinata", "mattine", "mattini")},
    **{w: ("afternoon", 12, 19, "AF") for w in ("pomeriggio", "pomeriggi", "dopopranzo")},
    **{w: ("evening", 18, 24, "EV") for w in ("sera", "serata", "sere", "serate")},
    **{w: ("night", 18, 24, "NI") for w in ("notte", "nottata", "notti")},
    **{w: ("noon", 12, 13, "MI") for w in ("mezzogiorno", "mezzodì")},
    **{w: ("midnight", 0, 1, "MI") for w in ("mezzanotte",)},
    **{w: ("lunch", 12, 14, "MI") for w in ("pranzo", "ora di pranzo")},
}

# "ora", "adesso": the moment of the reference (canonical "now").
NOW = ("adesso", "ora", "subito", "immediatamente", "in questo momento", "in questo preciso momento", "proprio ora",
       "proprio adesso", "al momento attuale", "in tempo reale")

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("recentemente", "di recente", "ultimamente", "da poco", "poco fa", "in tempi recenti",
               "nei tempi recenti", "da poco tempo"),
    "recent_days": ("negli ultimi giorni", "nei giorni scorsi", "in questi ultimi giorni", "nei giorni passati"),
    "recent_weeks": ("nelle ultime settimane", "nelle settimane scorse", "nelle scorse settimane"),
    "recent_months": ("negli ultimi mesi", "nei mesi scorsi", "nei mesi passati"),
    "recent_years": ("negli ultimi anni", "negli anni scorsi", "negli anni passati"),
    "soon": ("presto", "a breve", "tra poco", "fra poco", "prossimamente", "a breve termine", "tra breve",
             "fra breve", "quanto prima", "a giorni"),
    "coming_days": ("nei prossimi giorni", "prossimi giorni", "nei giorni a venire", "nei giorni successivi",
                    "nei giorni seguenti"),
    "coming_weeks": ("nelle prossime settimane", "prossime settimane", "nelle settimane a venire"),
    "coming_months": ("nei prossimi mesi", "prossimi mesi", "nei mesi a venire", "nel breve periodo",
                      "nel breve termine", "nel prossimo futuro", "nel futuro prossimo", "nell'immediato futuro"),
    "coming_years": ("nei prossimi anni", "prossimi anni", "negli anni a venire"),
    "future": ("in futuro", "nel futuro", "nel lungo periodo", "nel lungo termine", "a lungo termine"),
    "past": ("in passato", "nel passato", "un tempo", "precedentemente", "in precedenza"),
    "present": ("attualmente", "al momento", "oggigiorno", "oggi giorno", "di questi tempi", "in questi giorni",
                "al giorno d'oggi", "ai giorni nostri", "tuttora", "correntemente"),
}

DECADES: dict[int, tuple[str, ...]] = {
    1920: ("anni venti",), 1930: ("anni trenta",), 1940: ("anni quaranta",), 1950: ("anni cinquanta",),
    1960: ("anni sessanta",), 1970: ("anni settanta",), 1980: ("anni ottanta",), 1990: ("anni novanta",),
    2000: ("anni duemila",),
}
for _decade in DECADES:  # "gli anni 90", "negli anni '90"
    if _decade < 2000:
        DECADES[_decade] += (f"anni {_decade % 100}", f"anni {_decade}")

ZONE_NAMES: dict[str, int | str] = {
    **{k: v for k, v in ZONES.items() if len(k) > 1},
    "ora italiana": "Europe/Rome", "ora di roma": "Europe/Rome", "ora locale italiana": "Europe/Rome",
}

# Articles, prepositions (simple, articulated, elided) and particles that tie a date together, the
# ordinal indicators written after a figure ("1º", "1°", "1ª"), and "giorno" in "il giorno 15".
GLUE = ("il", "lo", "la", "l'", "i", "gli", "le", "del", "dello", "della", "dell'", "dei", "degli", "delle", "di",
        "d'", "a", "ad", "al", "allo", "alla", "all'", "ai", "agli", "alle", "nel", "nello", "nella", "nell'",
        "nei", "negli", "nelle", "in", "su", "sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle", "e", ",",
        "ed", "meno", "mezza", "mezzo", "alle ore", "le ore", "durante", "nel corso di", "nel corso del", "nel corso della", "nel corso dell'",
        "nel corso dei", "nel corso degli", "nel corso delle", "in data", "in occasione di", "in occasione del",
        "in occasione della", "in occasione dell'")

# The ides of each month: the 15th of March, May, July and October, the 13th of the others ("le idi di marzo").
IDES: dict[str, tuple[Meaning, ...]] = {
    f"idi di {name}": (Ordinal(15 if n in (3, 5, 7, 10) else 13), Month(n))
    for n, names in MONTHS.items() for name in names[:1]}

# A number with its unit in one word ("mezz'ora": thirty minutes): canonical.py spells both.
COMPOUNDS: dict[str, tuple[Meaning, ...]] = {
    "mezz'ora": (Number(30), Unit("minute")),
    "mezzora": (Number(30), Unit("minute")),
    "mezza ora": (Number(30), Unit("minute")),
    "un quarto d'ora": (Number(15), Unit("minute")),
    "quarto d'ora": (Number(15), Unit("minute")),
    "tre quarti d'ora": (Number(45), Unit("minute")),
    "un'ora e mezza": (Number(90), Unit("minute")),
    "un'ora e mezzo": (Number(90), Unit("minute")),
    "mezza giornata": (Number(12), Unit("hour")),
    "mezzo secolo": (Number(50), Unit("year")),
    "un anno e mezzo": (Number(18), Unit("month")),
    "quindicina di giorni": (Number(15), Unit("day")),
    "una quindicina di giorni": (Number(15), Unit("day")),
    "bimestre": (Number(2), Unit("month")),
    "biennio": (Number(2), Unit("year")),
    "triennio": (Number(3), Unit("year")),
    "quinquennio": (Number(5), Unit("year")),
    # the centuries by their hundreds, as Italian names them ("il Novecento": the 1900s, the 20th century)
    **{name: (Ordinal(n), Unit("century")) for n, name in (
        (15, "quattrocento"), (16, "cinquecento"), (17, "seicento"), (18, "settecento"), (19, "ottocento"),
        (20, "novecento"))},
    # "in settimana" is "during this week" ("il decreto arriverà in settimana"), not "in a week"
    "in settimana": (Relative(0, "before"), Unit("week")),
    "in settimana prossima": (Relative(1, "before"), Unit("week")),
}

# Adjective endings -> the masculine singular ending they stand for ("scorsa", "scorsi", "scorse" ->
# "scorso"; "precedenti" -> "precedente"). Nouns list their plurals, so a blind "-i" rule never
# turns a word into another one.
ENDINGS: dict[str, tuple[str, ...]] = {"a": ("o",), "i": ("o", "e"), "e": ("o",)}


def _entries() -> list[tuple[str, Meaning]]:
    entries = build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, units=UNITS, relatives=RELATIVES,
        day_words=DAY_WORDS, markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS,
        seasons=SEASONS, parts_of_day=PARTS_OF_DAY, zones=ZONE_NAMES, decades=DECADES, vague=VAGUE,
        windows=WINDOWS, glue=GLUE)
    entries += [(surface, DayWord(shift, part)) for surface, (shift, part) in DAY_PARTS.items()]
    entries += [(surface, DayWord(0, "now")) for surface in NOW]
    return entries + [(surface, meaning) for table in (COMPOUNDS, IDES) for surface, meanings in table.items()
                      for meaning in meanings]


# The articles (alone, articulated or elided) before which a bare figure is the day of the month: "il 19",
# "dal 3 al 5", "dell'8", "nel 2" (feminine plural "le"/"alle" count hours: "alle 17").
DAY_ARTICLES = ("il", "l'", "dal", "dall'", "al", "all'", "del", "dell'", "nel", "nell'", "sul", "sull'")

# Minutes said after the hour: "le tre e venti", "le tre e un quarto", "mezzogiorno meno un quarto".
CLOCK_SIGNS = {"e": 1, "meno": -1}
CLOCK_FRACTIONS = {"quarto": 15, "mezza": 30, "mezzo": 30}

LEXICON = Lexicon(LANGUAGE, _entries(), suffix_morphology(ENDINGS, min_stem=3), "Italian", clock24=True,
                  day_articles=DAY_ARTICLES, clock_signs=CLOCK_SIGNS, clock_fractions=CLOCK_FRACTIONS)

# Frequent words of Italian prose that are not date words (lexicons/detect.py counts them).
FUNCTION_WORDS = ("il", "di", "del", "della", "dello", "dei", "degli", "delle", "nel", "nella", "negli", "nelle",
                  "al", "alla", "ai", "agli", "dal", "dalla", "sul", "sulla", "che", "non", "per", "gli", "sono",
                  "ha", "hanno", "si", "ci", "anche", "come", "questo", "questa", "essere", "stato", "stata", "più",
                  "già", "perché", "però", "è", "ed", "loro", "suo", "sua", "quando", "molto", "ha detto",
                  "ha dichiarato", "secondo")
LETTERS = ""


# The words of Italian prose that extract reads (timeline/lexicons/extract_words.py): tense cues of the
# passato prossimo ("ha annunciato", "è stato", "sono arrivati"), passato remoto and imperfetto, the
# future ("si terrà", "incontrerà"), quote marks « » and “ ”, publication lines, and the small words
# a drafted title drops.
EXTRACT = ExtractWords(
    past=frozenset({"era", "erano", "ero", "eravamo", "fu", "furono", "fui", "aveva", "avevano", "ebbe", "ebbero",
                    "stava", "stavano", "fece", "fecero", "disse", "dissero", "venne", "vennero", "volle", "potè",
                    "poté", "dovette"}),
    # passato remoto (-ò, -ì, -rono) and imperfetto (-ava, -eva, -iva and their plurals)
    past_endings=("ò", "ì", "arono", "erono", "irono", "ava", "avano", "eva", "evano", "iva", "ivano"),
    compound_past=frozenset({"ha", "hanno", "ho", "abbiamo", "avete", "hai", "è", "sono", "siamo", "sei", "siete",
                             "avevano", "aveva", "era", "erano"}),
    participle_endings=("ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
                        "tto", "tta", "tti", "tte", "sto", "sta", "sti", "ste"),
    future=frozenset({"sarà", "saranno", "avrà", "avranno", "verrà", "verranno", "potrà", "potranno", "dovrà",
                      "dovranno", "prevede", "prevedono", "previsto", "prevista", "previsti", "previste",
                      "intende", "intendono"}),
    future_endings=("rà", "ranno", "remo", "rete"),
    not_tense=frozenset({"però", "perciò", "città", "più", "può", "già", "giù", "così", "sì", "là", "qua", "qui",
                         "cioè", "poiché", "perché", "benché", "affinché", "nonché", "lunedì", "martedì",
                         "mercoledì", "giovedì", "venerdì", "metà", "età", "novità", "libertà", "verità",
                         "università", "attività", "società", "comunità", "autorità", "sicurezza", "ato",
                         "stato", "stata", "stati", "state", "mandato", "senato", "mercato", "risultato",
                         "candidato", "sindacato", "deputato", "deputata", "deputati", "ministro", "partito",
                         "esercito", "credito", "debito", "sito", "prodotto", "progetto", "presso", "stesso",
                         "stessa", "stessi", "stesse", "adesso", "spesso", "ora", "ogni", "questo", "questa",
                         "prossima", "prossimo", "prossimi", "prossime", "casa", "cosa", "caso", "paese",
                         "chiesa", "spesa", "difesa", "impresa", "presa", "ripresa", "sorpresa", "mese", "ieri",
                         "sera", "cava", "nava", "java", "lava", "riva", "diva", "viva", "neve", "lieve"}),
    speech=frozenset({"detto", "dichiarato", "affermato", "annunciato", "spiegato", "sottolineato", "aggiunto",
                      "riferito", "ribadito", "precisato", "dice", "dichiara", "afferma", "spiega", "sottolinea",
                      "aggiunge", "riferisce", "ribadisce", "precisa", "disse", "dichiarò", "affermò", "annunciò",
                      "spiegò", "sottolineò", "aggiunse"}),
    quotes=(("«", "»"), ("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019")),
    published=("pubblicato il", "pubblicato", "aggiornato il", "aggiornato", "ultimo aggiornamento"),
    abbreviations=frozenset({"sig", "sigg", "sig.ra", "dott", "dr", "prof", "on", "sen", "avv", "ing", "arch",
                             "gen", "col", "magg", "cap", "ecc", "pag", "n", "nr", "art", "c", "s", "spa", "srl",
                             "mln", "mld", "tel", "p", "pp", "vol", "cfr", "es"}),
    articles=frozenset({"il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una"}),
    prepositions=frozenset({"il", "lo", "la", "l", "a", "ad", "al", "alla", "allo", "all", "alle", "ai", "agli",
                            "di", "del", "della", "dello", "dell", "dei", "degli", "delle", "da", "dal", "dalla",
                            "dall", "dalle", "in", "nel", "nella", "nell", "nei", "negli", "nelle", "entro", "fino",
                            "per", "tra", "fra", "durante", "dopo", "prima", "su", "sul", "sulla", "verso", "circa",
                            "ore"}),
    clause_breaks=frozenset({"ma", "però", "tuttavia", "che", "quale", "quali", "cui",
                             "quando", "dove", "perché", "poiché", "mentre", "sebbene", "se", "e",
                             "quindi", "dunque", "oppure", "infatti"}),
)


# Examples, read on Thursday 6 March 2025 with prefer "past" unless the row says otherwise:
# (expression, reference, prefer, start, exclusive end, granularity). tests/test_languages.py runs them;
# tests/test_lang_it.py holds the full tables by family.
EXAMPLES: list[tuple[str, str, str, str, str, str]] = [
    ("ieri", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("l'altro ieri", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("dopodomani", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("la settimana scorsa", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("il mese prossimo", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("quest'anno", "2025-03-06", "past", "2025-01-01", "2026-01-01", "year"),
    ("tre giorni fa", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("tra due settimane", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("sabato scorso", "2025-03-06", "past", "2025-03-01", "2025-03-02", "day"),
    ("il 25 aprile", "2025-03-06", "future", "2025-04-25", "2025-04-26", "day"),
    ("recentemente", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
]
