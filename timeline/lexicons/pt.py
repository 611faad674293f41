"""Portuguese: the words of dates as data (European and Brazilian spelling), with a small morphology.

Nouns and adjectives are listed in the forms dates take them in; the
morphology hook (:func:`_morphology`) reads the plurals ("passados" ->
"passado", "anteriores" -> "anterior", "meses" -> "mês") and the contractions
of a preposition with a demonstrative ("neste", "nessa", "deste", "daquela":
em/de + este...). Missing accents are folded by the lexicon itself
("proxima", "terca", "amanha", "mes").

Word order: relative words stand on either side of their noun ("a semana
passada", "a passada semana", "o próximo mês", "a semana que vem"), and
between a number and its unit ("os 3 próximos meses"); "há"/"faz" precede
the quantity ("há 3 dias", "faz três semanas"), "atrás" follows it ("2 dias
atrás"); "daqui a" and "em" precede it ("daqui a 3 dias", "em 2 minutos").
Weekdays are written "segunda-feira", "segunda feira" or "segunda": the
feminine ordinals "segunda" ... "sexta" are weekdays unless a noun follows
("a segunda semana de março": grammar/canonical.py chooses by the neighbour).
Holiday names (Natal, Páscoa, 25 de Abril, Dia da Independência...) live in
:mod:`timeline.holidays.names.pt`.

Conventions where Portuguese usage differs from English (``docs/languages/pt.md``):
"até" before a date is a deadline ("até ao fim do ano", "até 2030": by then)
and, after "de"/"desde"/"a partir de", the end of a range ("de 13 até 15 de
julho"); "a" between two dates is a range ("13 a 15 de julho"); "dia 17" is
the 17th of the month; numeric dates are day first ("4/7" is 4 July).
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.lexicons.en import WINDOWS, ZONES
from timeline.lexicons.extract_words import ExtractWords
from timeline.lexicons.morphology import forms
from timeline.lexicons.schema import (
    DayWord,
    Lexicon,
    Meaning,
    Number,
    Position,
    Unit,
    build_entries,
)

LANGUAGE = "pt"

WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: (*forms("segunda{-feira| feira|s-feiras|s feiras|s}"), "segunda", "seg"),
    1: (*forms("terça{-feira| feira|s-feiras|s feiras|s}"), "terça"),
    2: (*forms("quarta{-feira| feira|s-feiras|s feiras|s}"), "quarta", "qua"),
    3: (*forms("quinta{-feira| feira|s-feiras|s feiras|s}"), "quinta", "qui"),
    4: (*forms("sexta{-feira| feira|s-feiras|s feiras|s}"), "sexta", "sex"),
    5: ("sábado", "sábados", "sáb"),
    6: ("domingo", "domingos", "dom"),
}

# "dez" (December) is also ten: grammar/canonical.py reads it as the month after a day number.
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janeiro", "jan"), 2: ("fevereiro", "fev"), 3: ("março", "mar"), 4: ("abril", "abr"),
    5: ("maio", "mai"), 6: ("junho", "jun"), 7: ("julho", "jul"), 8: ("agosto", "ago"),
    9: ("setembro", "set", "setem"), 10: ("outubro", "out"), 11: ("novembro", "nov"),
    12: ("dezembro", "dez"),
}

NUMBERS: dict[int, tuple[str, ...]] = {
    1: ("um", "uma"), 2: ("dois", "duas"), 3: ("três", "alguns", "algumas", "uns", "umas", "poucos", "poucas"), 4: ("quatro",),
    5: ("cinco",), 6: ("seis",), 7: ("sete",), 8: ("oito",), 9: ("nove",), 10: ("dez",), 11: ("onze",),
    12: ("doze", "dúzia"), 13: ("treze",), 14: ("catorze", "quatorze"), 15: ("quinze",),
    16: ("dezasseis", "dezesseis"), 17: ("dezassete", "dezessete"), 18: ("dezoito",),
    19: ("dezanove", "dezenove"), 20: ("vinte",), 40: ("quarenta",), 50: ("cinquenta", "cinqüenta"),
    30: ("trinta", "meia"), 60: ("sessenta",), 70: ("setenta",), 80: ("oitenta",), 90: ("noventa",), 100: ("cem", "cento"),
}
NUMBERS[2] = (*NUMBERS[2], "par")

# Both genders; the plural is read by the hook. "segundo" is also the unit (the same canonical word).
ORDINALS: dict[int, tuple[str, ...]] = {n: forms(stem + "{o|a}") for n, stem in enumerate((
    "", "primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non", "décim")) if n}
ORDINALS[20] = forms("vigésim{o|a}")
ORDINALS[30] = forms("trigésim{o|a}")

UNITS: dict[str, tuple[str, ...]] = {
    "second": ("segundos", "s"),  # "segundo" alone is the ordinal (also spelled "second"): "segundo o ministro"
    "minute": ("minuto", "minutos", "min", "mins"),
    "hour": ("hora", "horas", "h", "hr", "hrs"),
    "day": ("dia", "dias", "jornada"),
    "week": ("semana", "semanas"),
    "fortnight": ("quinzena", "quinzenas"),
    "weekend": ("fim de semana", "fins de semana", "fim-de-semana", "fins-de-semana", "final de semana",
                "finais de semana", "fim da semana"),
    "month": ("mês", "meses"),
    "quarter": ("trimestre", "trimestres"),
    "season": ("estação", "estações", "temporada"),
    "year": ("ano", "anos"),
    "decade": ("década", "décadas", "decénio", "decênio"),
    "century": ("século", "séculos"),
}

# Relative words and their position: "passado", "anterior", "último" on either side ("a semana
# passada", "a passada semana", "o último mês"), "que vem" after, the demonstratives before.
RELATIVES: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "either"): (*forms("passad{o|a}", "anterior", "últim{o|a}", "transact{o|a}", "pretérit{o|a}"),),
    (0, "before"): (*forms("est{e|a|es|as}", "ess{e|a|es|as}", "aquel{e|a}", "ist{o}"),),
    (0, "after"): (*forms("atual", "actual", "corrente", "em curso", "vigente"),),
    (1, "either"): (*forms("próxim{o|a}", "seguinte", "vindour{o|a}"),),
    (1, "after"): ("que vem", "que vêm", "que se segue", "que vai entrar", "a seguir"),
}

DAY_WORDS: dict[int, tuple[str, ...]] = {
    -2: ("anteontem", "antes de ontem", "antes-de-ontem"),
    -1: ("ontem", "véspera"),  # "na véspera": the eve, as "la veille"
    0: ("hoje",),
    1: ("amanhã",),
    2: ("depois de amanhã", "depois-de-amanhã"),
}

# The very moment of the reference ("agora": now, not the whole day).
NOW = ("agora", "agora mesmo", "neste instante", "nesse instante", "neste exato momento", "nesse exato momento")

MARKERS: dict[tuple[int, Position], tuple[str, ...]] = {
    (-1, "before"): ("há", "faz", "fazem", "faz já", "há já", "há cerca de", "faz cerca de", "há mais de",
                     "há quase"),
    (-1, "after"): ("atrás", "antes", "para trás"),
    (1, "before"): ("em", "daqui a", "daqui há", "num", "numa"),
    (1, "after"): ("depois", "mais tarde"),
}

# "até" before a date is a deadline; after "de"/"desde" the end of a range (grammar/canonical.py).
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "since": ("desde", "a partir de", "a partir do", "a partir da", "a contar de", "de", "do", "da", "dos",
              "das"),  # "de" opens a range only with its closing bound ("de 13 a 15 de julho")
    "by": ("até", "até ao", "até à", "até o", "até a", "o mais tardar", "no máximo até"),
    "until": ("a", "ao", "à", "aos", "às"),
    "before": ("antes de", "antes do", "antes da", "antes dos", "antes das"),
    "after": ("depois de", "depois do", "depois da", "após"),
    "within": ("dentro de", "no prazo de", "ao longo de", "durante", "no espaço de", "em menos de"),
    "between": ("entre",),
}

HEDGES = ("por volta de", "por volta do", "por volta da", "por volta das", "cerca de", "aproximadamente",
          "perto de", "perto do", "perto das", "lá para", "pelas", "pelos", "quase")

PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "begin": ("início", "inícios", "começo", "começos", "princípio", "princípios", "inicio"),
    "mid": ("meados", "meio", "metade"),
    "end": ("fim", "final", "finais", "finzinho", "término"),
    "rest": ("resto",),
    "earlier": ("mais cedo",),
    "later": ("mais tarde",),
    "half": ("semestre", "semestres"),
}

SEASONS: dict[str, tuple[str, ...]] = {"SP": ("primavera",), "SU": ("verão",), "FA": ("outono",),
                                       "WI": ("inverno",)}

PARTS_OF_DAY: dict[str, tuple[str, int, int, str]] = {
    **{w: ("morning", 0, 12, "MO") for w in ("manhã", "manhãzinha", "madrugada")},
    **{w: ("afternoon", 12, 19, "AF") for w in ("tarde", "tardinha")},
    **{w: ("evening", 18, 24, "EV") for w in ("fim da tarde", "final da tarde", "serão")},
    **{w: ("night", 18, 24, "NI") for w in ("noite", "noitinha")},
    **{w: ("noon", 12, 13, "MI") for w in ("meio-dia", "meio dia", "meiodia")},
    **{w: ("midnight", 0, 1, "MI") for w in ("meia-noite", "meia noite", "meianoite")},
    **{w: ("lunch", 12, 14, "MI") for w in ("almoço", "hora de almoço", "hora do almoço")},
}

VAGUE: dict[str, tuple[str, ...]] = {
    "recent": ("recentemente", "ultimamente", "há pouco", "há pouco tempo", "faz pouco tempo", "nos últimos tempos",
               "há dias"),
    "recent_days": ("nos últimos dias", "nestes últimos dias", "nos dias passados"),
    "recent_weeks": ("nas últimas semanas", "nestas últimas semanas"),
    "recent_months": ("nos últimos meses", "nestes últimos meses"),
    "recent_years": ("nos últimos anos", "nestes últimos anos"),
    "soon": ("em breve", "brevemente", "dentro em breve", "daqui a pouco", "muito em breve", "proximamente"),
    "coming_days": ("nos próximos dias", "nos dias que vêm", "nos dias seguintes"),
    "coming_weeks": ("nas próximas semanas", "nas semanas que vêm", "nas semanas seguintes"),
    "coming_months": ("nos próximos meses", "nos meses que vêm", "a curto prazo", "a médio prazo",
                      "num futuro próximo", "em um futuro próximo"),
    "coming_years": ("nos próximos anos", "nos anos que vêm"),
    "future": ("no futuro", "futuramente", "a longo prazo"),
    "past": ("no passado", "antigamente", "outrora"),
    "present": ("atualmente", "actualmente", "neste momento", "nesse momento", "hoje em dia", "nos dias de hoje",
                "de momento", "presentemente"),
}

ZONE_NAMES: dict[str, int | str] = {
    **{k: v for k, v in ZONES.items() if len(k) > 1},
    "hora de brasília": "America/Sao_Paulo", "horário de brasília": "America/Sao_Paulo",
    "de brasília": "America/Sao_Paulo", "de lisboa": "Europe/Lisbon",
    "hora de lisboa": "Europe/Lisbon", "hora de portugal": "Europe/Lisbon", "hora portuguesa": "Europe/Lisbon",
}

# Articles and prepositions, alone and contracted ("no dia 17", "na sexta", "pela manhã", "às 18h",
# "ao fim da tarde"), the word "feira" of the weekdays, and the ordinal marks after a figure
# ("1º", "1.ª", "1o de março").
GLUE = ("o", "a", "os", "as", "de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "aos", "às",
        "pelo", "pela", "pelos", "pelas", "por", "para", "e", ",", "mesmo", "feira", "próprio")

# A relative word and its unit in one entry.
COMPOUNDS: dict[str, tuple[Meaning, ...]] = {
    "meia hora": (Number(30), Unit("minute")),
    "meia-hora": (Number(30), Unit("minute")),
    "hora e meia": (Number(90), Unit("minute")),
    "ano e meio": (Number(18), Unit("month")),
    "um ano e meio": (Number(18), Unit("month")),
    "meio ano": (Number(6), Unit("month")),
    "meio século": (Number(50), Unit("year")),
    "um século e meio": (Number(150), Unit("year")),
}

# The contractions of "em"/"de" with a demonstrative: "neste" is "em este", "daquela" "de aquela".
_CONTRACTED = ("n", "d")


def _morphology(word: str) -> Iterator[str]:
    """Lemmas for a Portuguese form the tables lack: a contracted preposition, then a plural."""
    if word[:1] in _CONTRACTED and word[1:3] in ("es", "is", "aq"):
        yield word[1:]
        if word.endswith("s") and len(word) > 5:
            yield word[1:-1]
    if len(word) > 3 and word.endswith("s"):
        if word.endswith("es") and len(word) > 5:
            yield word[:-2]  # "anteriores" -> "anterior", "meses" -> "mes" (folded: "mês")
        if word.endswith(("ões", "ães")):
            yield word[:-3] + "ão"
        yield word[:-1]


def _entries() -> list[tuple[str, Meaning]]:
    entries = build_entries(
        weekdays=WEEKDAYS, months=MONTHS, numbers=NUMBERS, ordinals=ORDINALS, units=UNITS, relatives=RELATIVES,
        day_words=DAY_WORDS, markers=MARKERS, qualifiers=QUALIFIERS, hedges=HEDGES, period_parts=PERIOD_PARTS,
        seasons=SEASONS, parts_of_day=PARTS_OF_DAY, zones=ZONE_NAMES, vague=VAGUE, windows=WINDOWS, glue=GLUE)
    entries += [(surface, DayWord(0, "now")) for surface in NOW]
    return entries + [(surface, meaning) for surface, meanings in COMPOUNDS.items() for meaning in meanings]


LEXICON = Lexicon(LANGUAGE, _entries(), _morphology, "Portuguese", clock24=True)

# Frequent words of Portuguese prose that are not date words, and the letters only Portuguese
# writes among the Latin-script languages: what the language detector (lexicons/detect.py) counts.
FUNCTION_WORDS = ("o", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "um", "uma", "não", "que",
                  "com", "para", "por", "pelo", "pela", "é", "são", "foi", "mais", "mas", "seu", "sua", "ao", "à",
                  "também", "como", "disse", "afirmou", "ele", "ela", "eles", "já", "ainda", "está",
                  "isso", "governo")
LETTERS = "ãõ"


# What extract reads in Portuguese prose beyond the date words (lexicons/extract_words.py): the pretérito
# perfeito ("anunciou", "recebeu", "partiram") and imperfeito ("estava", "dizia") as past cues, the
# pluperfect "tinha/havia + particípio", the future ("vai", "será", "-rá", "-rão"), quotes « » and “ ”.
EXTRACT = ExtractWords(
    past=frozenset({"foi", "foram", "era", "eram", "esteve", "estiveram", "estava", "estavam", "houve", "teve",
                    "tiveram", "fez", "fizeram", "disse", "disseram", "pôde", "puderam", "quis", "quiseram",
                    "veio", "vieram", "deu", "deram", "viu", "viram", "pôs", "puseram", "trouxe", "trouxeram"}),
    # perfeito -ou/-eu/-iu and their plurals, imperfeito -ava/-avam
    past_endings=("ou", "ram", "eu", "iu", "ava", "avam"),
    compound_past=frozenset({"tinha", "tinham", "havia", "haviam", "tínhamos", "tinhas"}),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas"),
    future=frozenset({"vai", "vão", "vamos", "irá", "irão", "será", "serão", "deverá", "deverão", "poderá", "poderão",
                      "pretende", "pretendem", "planeia", "planeja", "planeiam", "planejam", "prevê", "prevêem",
                      "preveem", "marcado", "marcada", "marcados", "marcadas", "agendado", "agendada",
                      "agendados", "agendadas", "previsto", "prevista", "previstos", "previstas"}),
    future_endings=("rá", "rão", "remos"),
    not_tense=frozenset({"sou", "estou", "vou", "dou", "ou", "seu", "meu", "teu", "eu", "europeu", "europeus",
                         "museu", "judeu", "ateu", "pneu", "céu", "chapéu", "troféu", "liceu", "apogeu", "coliseu",
                         "plebeu", "sorteou", "fariseu", "cava", "lava", "trava", "brava", "clava", "oitava",
                         "nava", "escrava", "favas", "grava", "lavam", "travam", "gravam", "programa", "programas",
                         "aram", "faram", "cram", "tram", "vram", "pram", "liberou"}),
    speech=frozenset({"disse", "disseram", "afirmou", "afirmaram", "declarou", "declararam", "anunciou",
                      "anunciaram", "informou", "informaram", "explicou", "acrescentou", "sublinhou", "garantiu",
                      "referiu", "revelou", "indicou", "adiantou", "frisou", "destacou", "contou", "admitiu",
                      "defendeu", "reiterou", "salientou", "considerou", "avisou", "alertou"}),
    min_stem=2,
    quotes=(("«", "»"), ("\u201c", "\u201d"), ('"', '"'), ("‘", "’")),
    published=("publicado em", "publicado a", "publicado", "atualizado em", "atualizado", "actualizado"),
    abbreviations=frozenset({"sr", "sra", "dr", "dra", "prof", "profa", "eng", "av", "n", "nº", "p", "pág", "págs",
                             "gen", "cel", "min", "dep", "sen", "pres", "etc", "ex", "séc", "tel"}),
    articles=frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"}),
    prepositions=frozenset({"em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "desde", "até", "a",
                            "ao", "à", "às", "aos", "para", "durante", "após", "depois", "antes", "entre", "por",
                            "pelo", "pela", "pelos", "pelas", "neste", "nesta", "deste", "desta"}),
    clause_breaks=frozenset({"mas", "porém", "contudo", "todavia", "que", "quando", "onde", "porque", "pois",
                             "enquanto", "embora", "e", "ou", "se", "como", "segundo", "cujo", "cuja", "qual",
                             "quais"}),
)


# Examples, read on Thursday 6 March 2025 with prefer "past" unless the row says otherwise:
# (expression, reference, prefer, start, exclusive end, granularity). tests/test_languages.py runs them;
# tests/test_lang_pt.py holds the tables per family.
EXAMPLES: list[tuple[str, str, str, str, str, str]] = [
    ("ontem", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("amanhã", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("anteontem", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("depois de amanhã", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("na terça-feira", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("na próxima sexta-feira", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("no sábado passado", "2025-03-06", "past", "2025-03-01", "2025-03-02", "day"),
    ("na semana passada", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("no mês que vem", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("no ano passado", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("há três dias", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("daqui a duas semanas", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("em 12 de outubro de 2023", "2025-03-06", "past", "2023-10-12", "2023-10-13", "day"),
    ("no dia 17", "2025-03-06", "past", "2025-02-17", "2025-02-18", "day"),
    ("às 18h30", "2025-03-06T12:00", "future", "2025-03-06T18:30", "2025-03-06T18:31", "minute"),
    ("ontem à noite", "2025-03-06", "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("de 13 a 15 de julho", "2025-03-06", "future", "2025-07-13", "2025-07-16", "day"),
    ("recentemente", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("no Natal", "2025-03-06", "future", "2025-12-25", "2025-12-26", "day"),
]
