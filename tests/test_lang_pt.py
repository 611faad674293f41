"""Portuguese: a table per family, as news in Portugal and Brazil writes dates.

Read on Thursday 6 March 2025 at noon (prefer "past" unless the row says otherwise); each row is
(expression, prefer, start, exclusive end, granularity). The lexicon's EXAMPLES (run by
tests/test_languages.py) hold the commonest phrasings; these go family by family, with the
contractions ("no", "na", "neste", "daqui a"), both spellings (Portugal, Brazil), missing accents
and the word orders Portuguese allows.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import resolve
from timeline.errors import UnknownWordError
from timeline.grammar import canonical_tokens, tokenize
from timeline.lexicons import Month, Ordinal, Relative, Unit, Weekday, get_lexicon

REF = datetime(2025, 3, 6, 12, 0)

Row = tuple[str, str, str, str, str]


def _check(row: Row) -> None:
    text, prefer, start, end, grain = row
    span = resolve(text, reference=REF, prefer=prefer, language="pt")
    assert (span.start.isoformat()[:16], span.end.isoformat()[:16], span.granularity.value) == (start, end, grain)


RELATIVE_DAYS: list[Row] = [
    ("hoje", "past", "2025-03-06", "2025-03-07", "day"),
    ("ontem", "past", "2025-03-05", "2025-03-06", "day"),
    ("anteontem", "past", "2025-03-04", "2025-03-05", "day"),
    ("antes de ontem", "past", "2025-03-04", "2025-03-05", "day"),
    ("amanhã", "past", "2025-03-07", "2025-03-08", "day"),
    ("amanha", "past", "2025-03-07", "2025-03-08", "day"),
    ("depois de amanhã", "past", "2025-03-08", "2025-03-09", "day"),
    ("agora", "past", "2025-03-06T12:00", "2025-03-06T12:00", "second"),
]

WEEKDAYS: list[Row] = [
    ("na segunda-feira", "past", "2025-03-03", "2025-03-04", "day"),
    ("na segunda feira", "future", "2025-03-10", "2025-03-11", "day"),
    ("na quarta", "past", "2025-03-05", "2025-03-06", "day"),
    ("terca-feira", "past", "2025-03-04", "2025-03-05", "day"),
    ("no domingo", "past", "2025-03-02", "2025-03-03", "day"),
    ("sábado", "future", "2025-03-08", "2025-03-09", "day"),
    ("sabado passado", "past", "2025-03-01", "2025-03-02", "day"),
    ("quarta-feira passada", "past", "2025-03-05", "2025-03-06", "day"),
    ("na próxima segunda", "past", "2025-03-10", "2025-03-11", "day"),
    ("na segunda-feira que vem", "past", "2025-03-10", "2025-03-11", "day"),
    ("na sexta da semana passada", "past", "2025-02-28", "2025-03-01", "day"),
    ("na terça da próxima semana", "past", "2025-03-11", "2025-03-12", "day"),
    ("segunda, 3 de março", "past", "2025-03-03", "2025-03-04", "day"),
]

CALENDAR_UNITS: list[Row] = [
    ("esta semana", "past", "2025-03-03", "2025-03-10", "week"),
    ("nesta semana", "past", "2025-03-03", "2025-03-10", "week"),
    ("na semana passada", "past", "2025-02-24", "2025-03-03", "week"),
    ("na passada semana", "past", "2025-02-24", "2025-03-03", "week"),
    ("na próxima semana", "past", "2025-03-10", "2025-03-17", "week"),
    ("na semana que vem", "past", "2025-03-10", "2025-03-17", "week"),
    ("no mês passado", "past", "2025-02-01", "2025-03-01", "month"),
    ("neste mês", "past", "2025-03-01", "2025-04-01", "month"),
    ("no próximo mês", "past", "2025-04-01", "2025-05-01", "month"),
    ("no ano passado", "past", "2024-01-01", "2025-01-01", "year"),
    ("este ano", "past", "2025-01-01", "2026-01-01", "year"),
    ("no ano que vem", "past", "2026-01-01", "2027-01-01", "year"),
    ("no último trimestre", "past", "2024-10-01", "2025-01-01", "quarter"),
    ("no trimestre atual", "past", "2025-01-01", "2025-04-01", "quarter"),
    ("no próximo fim de semana", "past", "2025-03-15", "2025-03-17", "weekend"),
    ("no fim de semana passado", "past", "2025-03-01", "2025-03-03", "weekend"),
    ("no inverno passado", "past", "2023-12-21", "2024-03-20", "season"),
    ("nos últimos três dias", "past", "2025-03-03", "2025-03-06", "day"),
    ("nas últimas duas semanas", "past", "2025-02-17", "2025-03-03", "week"),
    ("nos 3 próximos meses", "past", "2025-04-01", "2025-07-01", "month"),
    ("os dois meses anteriores", "past", "2025-01-01", "2025-03-01", "month"),
    ("no segundo trimestre de 2024", "past", "2024-04-01", "2024-07-01", "quarter"),
    ("no último trimestre de 2023", "past", "2023-10-01", "2024-01-01", "quarter"),
    ("o terceiro mês de 2024", "past", "2024-03-01", "2024-04-01", "month"),
    ("na segunda semana de março", "past", "2025-03-10", "2025-03-17", "week"),
    ("na primeira segunda-feira de abril", "future", "2025-04-07", "2025-04-08", "day"),
]

OFFSETS: list[Row] = [
    ("há três dias", "past", "2025-03-03", "2025-03-04", "day"),
    ("ha 3 dias", "past", "2025-03-03", "2025-03-04", "day"),
    ("faz duas semanas", "past", "2025-02-17", "2025-02-24", "week"),
    ("há um mês", "past", "2025-02-01", "2025-03-01", "month"),
    ("há dois anos", "past", "2023-01-01", "2024-01-01", "year"),
    ("2 dias atrás", "past", "2025-03-04", "2025-03-05", "day"),
    ("daqui a três meses", "past", "2025-06-01", "2025-07-01", "month"),
    ("daqui a uma semana", "past", "2025-03-10", "2025-03-17", "week"),
    ("em duas semanas", "past", "2025-03-17", "2025-03-24", "week"),
    ("em vinte e quatro horas", "past", "2025-03-07T12:00", "2025-03-07T13:00", "hour"),
    ("três dias depois", "past", "2025-03-09", "2025-03-10", "day"),
    ("dentro de duas semanas", "past", "2025-03-06", "2025-03-20", "day"),
]

ABSOLUTE_DATES: list[Row] = [
    # ordinals written with a figure and a mark ("1º", "3.º", "1ª"): the mark makes the ordinal
    ("no 1º trimestre", "past", "2025-01-01", "2025-04-01", "quarter"),
    ("no 3.º trimestre de 2024", "past", "2024-07-01", "2024-10-01", "quarter"),
    ("o 2º semestre", "future", "2025-07-01", "2026-01-01", "quarter"),
    ("na 1ª semana de abril", "future", "2025-04-07", "2025-04-14", "week"),  # the first whole ISO week
    ("1.º de dezembro de 2024", "past", "2024-12-01", "2024-12-02", "day"),
    ("1 de março de 2024", "past", "2024-03-01", "2024-03-02", "day"),
    ("1º de março", "past", "2025-03-01", "2025-03-02", "day"),
    ("1.º de março", "past", "2025-03-01", "2025-03-02", "day"),
    ("primeiro de março", "past", "2025-03-01", "2025-03-02", "day"),
    ("25 de dezembro", "past", "2024-12-25", "2024-12-26", "day"),
    ("em 12 de outubro de 2023", "past", "2023-10-12", "2023-10-13", "day"),
    ("21 de dez", "past", "2024-12-21", "2024-12-22", "day"),
    ("dez de março", "future", "2025-03-10", "2025-03-11", "day"),
    ("no dia 17", "past", "2025-02-17", "2025-02-18", "day"),
    ("dia 15 de fevereiro", "past", "2025-02-15", "2025-02-16", "day"),
    ("15/03/2024", "past", "2024-03-15", "2024-03-16", "day"),
    ("4/7", "future", "2025-07-04", "2025-07-05", "day"),
    ("março de 2024", "past", "2024-03-01", "2024-04-01", "month"),
    ("em janeiro de 2020", "past", "2020-01-01", "2020-02-01", "month"),
    ("em 2019", "past", "2019-01-01", "2020-01-01", "year"),
    ("no início de março", "past", "2025-03-01", "2025-03-11", "day"),
    ("em meados de abril", "past", "2024-04-11", "2024-04-21", "day"),
    ("no final de maio", "past", "2024-05-21", "2024-06-01", "day"),
    ("sexta-feira, 12 de setembro de 2014", "past", "2014-09-12", "2014-09-13", "day"),
]

TIMES: list[Row] = [
    ("às 15h", "future", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
    ("às 15h30", "future", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("às 18:45", "future", "2025-03-06T18:45", "2025-03-06T18:46", "minute"),
    ("às 9 horas da manhã", "future", "2025-03-07T09:00", "2025-03-07T10:00", "hour"),
    ("às 8 da manhã", "future", "2025-03-07T08:00", "2025-03-07T09:00", "hour"),
    ("às 10 da noite", "future", "2025-03-06T22:00", "2025-03-06T23:00", "hour"),
    ("às três da tarde", "future", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
    ("às três e meia da tarde", "future", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("às onze e quarenta e cinco", "future", "2025-03-06T23:45", "2025-03-06T23:46", "minute"),
    ("ao meio-dia", "future", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
    ("meio-dia e quinze", "future", "2025-03-06T12:15", "2025-03-06T12:16", "minute"),
    ("quinze para o meio-dia", "future", "2025-03-07T11:45", "2025-03-07T11:46", "minute"),
    ("amanhã às 18h", "past", "2025-03-07T18:00", "2025-03-07T19:00", "hour"),
    ("ontem à noite", "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("amanhã de manhã", "past", "2025-03-07T00:00", "2025-03-07T12:00", "part_of_day"),
    ("quinta-feira à tarde", "future", "2025-03-06T12:00", "2025-03-06T19:00", "part_of_day"),
    ("dia 15 às 18 horas", "future", "2025-03-15T18:00", "2025-03-15T19:00", "hour"),
    ("às 16h de Brasília", "future", "2025-03-06T16:00", "2025-03-06T17:00", "hour"),
]

RANGES: list[Row] = [
    # the night between two days, "de ... para ...", is the night of the first
    ("na noite de 8 para 9 de novembro", "past", "2024-11-08T18:00", "2024-11-09T00:00", "part_of_day"),
    # a weekday with its day on each side: the left number is the day, not an hour
    ("de segunda-feira, 10, a quarta-feira, 12 de março", "future", "2025-03-10", "2025-03-13", "day"),
    ("de 13 a 15 de julho", "future", "2025-07-13", "2025-07-16", "day"),
    ("13 até 15 de julho", "future", "2025-07-13", "2025-07-16", "day"),
    ("entre 10 e 12 de março", "future", "2025-03-10", "2025-03-13", "day"),
    ("de segunda a quarta", "past", "2025-03-03", "2025-03-06", "day"),
    ("desde 3 até 5 de maio", "future", "2025-05-03", "2025-05-06", "day"),
    ("do primeiro trimestre de 2017 até ao terceiro trimestre de 2017", "past", "2017-01-01", "2017-10-01",
     "quarter"),
    ("entre o primeiro trimestre de 2017 e o terceiro trimestre de 2017", "past", "2017-01-01", "2017-10-01",
     "quarter"),
    ("das 9h às 17h", "past", "2025-03-06T09:00", "2025-03-06T18:00", "hour"),
]

QUALIFIERS_AND_VAGUE: list[Row] = [
    ("até ao fim do ano", "past", "2025-09-01", "2026-01-01", "month"),
    ("até 2030", "past", "2030-01-01", "2031-01-01", "year"),
    ("antes de 2027", "past", "2027-01-01", "2028-01-01", "year"),
    ("desde 2014", "past", "2014-01-01", "2015-01-01", "year"),
    ("a partir de segunda-feira", "future", "2025-03-10", "2025-03-11", "day"),
    ("por volta das 18h", "future", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("recentemente", "past", "2025-02-04", "2025-03-06", "day"),
    ("ultimamente", "past", "2025-02-04", "2025-03-06", "day"),
    ("em breve", "past", "2025-03-07", "2025-04-06", "day"),
    ("nos próximos dias", "past", "2025-03-07", "2025-03-14", "day"),
    ("nas próximas semanas", "past", "2025-03-07", "2025-04-18", "day"),
    ("nos últimos meses", "past", "2024-09-05", "2025-03-06", "day"),
    ("atualmente", "past", "2025-03-06", "2025-03-07", "day"),
]

HOLIDAYS: list[Row] = [
    ("na Páscoa", "future", "2025-04-20", "2025-04-21", "day"),
    ("Páscoa de 2024", "past", "2024-03-31", "2024-04-01", "day"),
    ("no Natal", "future", "2025-12-25", "2025-12-26", "day"),
    ("véspera de Natal", "past", "2024-12-24", "2024-12-25", "day"),
    ("25 de Abril", "future", "2025-04-25", "2025-04-26", "day"),
    ("Dia da Independência", "past", "2024-09-07", "2024-09-08", "day"),
    ("no Carnaval", "past", "2025-03-01", "2025-03-05", "day"),
]


@pytest.mark.parametrize("row", RELATIVE_DAYS, ids=lambda r: r[0])
def test_relative_days(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", WEEKDAYS, ids=lambda r: f"{r[0]}/{r[1]}")
def test_weekdays(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", CALENDAR_UNITS, ids=lambda r: r[0])
def test_calendar_units(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", OFFSETS, ids=lambda r: r[0])
def test_offsets(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", ABSOLUTE_DATES, ids=lambda r: r[0])
def test_absolute_and_numeric_dates(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", TIMES, ids=lambda r: r[0])
def test_times_and_parts_of_day(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", RANGES, ids=lambda r: r[0])
def test_ranges(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", QUALIFIERS_AND_VAGUE, ids=lambda r: r[0])
def test_qualifiers_and_vague_words(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", HOLIDAYS, ids=lambda r: r[0])
def test_holidays(row: Row) -> None:
    _check(row)


def test_qualifiers_are_kept() -> None:
    assert resolve("até ao fim do ano", reference=REF, language="pt").qualifier == "by"
    assert resolve("desde 2014", reference=REF, language="pt").qualifier == "since"
    assert resolve("antes de 2027", reference=REF, language="pt").qualifier == "before"


# ---- the lexicon and its morphology ------------------------------------------------------


@pytest.mark.parametrize(("word", "meaning"), [
    ("passados", Relative(-1, "either")), ("anteriores", Relative(-1, "either")),
    ("próximas", Relative(1, "either")), ("proximos", Relative(1, "either")),
    ("neste", Relative(0)), ("desta", Relative(0)), ("nessas", Relative(0)),
    ("meses", Unit("month")), ("mes", Unit("month")), ("trimestres", Unit("quarter")),
    ("terca", Weekday(1)), ("sábados", Weekday(5)), ("marco", Month(3)), ("terceiras", Ordinal(3)),
])
def test_morphology_reads_plurals_contractions_and_missing_accents(word: str, meaning: object) -> None:
    assert meaning in get_lexicon("pt").lookup(word)


@pytest.mark.parametrize(("text", "canonical"), [
    ("a semana passada", "last week"),
    ("a segunda semana", "second week"),
    ("segunda de manhã", "monday morning"),
    ("21 de dez", "21 december"),
    ("em dez dias", "in 10 day"),
    ("os 3 próximos meses", "next 3 month"),
    ("2 meses anteriores", "last 2 month"),
    ("amanhã à noite", "tomorrow night"),
    ("13 a 15 de julho", "13 to 15 july"),
])
def test_words_are_chosen_by_their_neighbours(text: str, canonical: str) -> None:
    assert " ".join(t.text for t in canonical_tokens(text, tokenize(text), "pt")) == canonical


def test_an_unknown_word_gets_a_portuguese_suggestion() -> None:
    with pytest.raises(UnknownWordError) as caught:
        resolve("próxima quintta", reference=REF, language="pt")
    assert "Portuguese" in str(caught.value) and "quinta" in str(caught.value)


def test_explanations_quote_the_portuguese_words() -> None:
    span = resolve("na semana passada", reference=REF, language="pt")
    assert "na semana passada" in span.explanation


# ---- extract ------------------------------------------------------------------------------

ARTICLE = """LISBOA, 6 mar 2025 (Lusa) - O primeiro-ministro anunciou na terça-feira que o Conselho de \
Ministros vai aprovar o novo orçamento na próxima semana.

«Vamos apresentar a proposta até ao fim do mês», disse o ministro das Finanças, que esteve em Bruxelas \
há dois dias. A reunião com os parceiros sociais realizou-se ontem à tarde e a próxima está marcada \
para 20 de março.

O Presidente da República promulgou o diploma em 12 de fevereiro de 2025. Segundo o ministro, o plano \
será apresentado no sábado, às 18h30, em Coimbra.
"""

EXPECTED_MENTIONS = [
    ("terça-feira", "2025-03-04", "past", False),  # "anunciou" right before it
    ("próxima semana", "2025-W11", "future", False),
    ("até ao fim do mês", "2025-03", "future", True),  # inside « », "vamos"
    ("há dois dias", "2025-03-04", "past", False),
    ("ontem à tarde", "2025-03-05TAF", "past", False),  # not "ontem à tarde e a"
    ("20 de março", "2025-03-20", "future", False),  # "está marcada para"
    ("em 12 de fevereiro de 2025", "2025-02-12", "past", False),
    ("sábado, às 18h30", "2025-03-08T18:30", "future", False),  # "será"; not "Segundo o" (according to)
]


def test_extract_reads_a_portuguese_article() -> None:
    import timeline

    found = [(m.text, m.value, m.direction, m.quoted)
             for m in timeline.extract(ARTICLE, reference=REF.date(), language="pt") if m.text != "6 mar 2025"]
    assert found == EXPECTED_MENTIONS


def test_extract_cli_detects_portuguese_and_takes_the_dateline(tmp_path: object) -> None:
    import subprocess
    import sys
    from pathlib import Path

    import yaml

    path = Path(str(tmp_path)) / "artigo.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "timeline", "extract", str(path)], capture_output=True,
                         text=True, check=True)
    draft = yaml.safe_load(run.stdout)
    assert draft["language"] == "pt" and str(draft["reference"]) == "2025-03-06"
    assert [e["when"] for e in draft["events"]] == [m[0] for m in EXPECTED_MENTIONS]
