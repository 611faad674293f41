"""Italian (issue 12): a table per family of expression, reference, prefer and expected span.

Written from how Italian news writes dates ("l'anno scorso", "tra due settimane", "dal 3 al 5
marzo", "alla fine del mese", "entro il 2030"), read on Thursday 6 March 2025 unless the row says
otherwise. Each row is (expression, reference, prefer, start, exclusive end, granularity, qualifier).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import resolve
from timeline.errors import UnknownWordError

REF = "2025-03-06"
Row = tuple[str, str, str, str, str, str, str | None]


def _rows(*rows: tuple[str, ...]) -> list[Row]:
    """Rows written short: (text, start, end, grain), optionally with reference, prefer and qualifier."""
    out: list[Row] = []
    for row in rows:
        text, start, end, grain, *rest = row
        ref = rest[0] if len(rest) > 0 else REF
        prefer = rest[1] if len(rest) > 1 else "past"
        qualifier = rest[2] if len(rest) > 2 else None
        out.append((text, ref, prefer, start, end, grain, qualifier))
    return out


RELATIVE_DAYS = _rows(
    ("oggi", "2025-03-06", "2025-03-07", "day"),
    ("ieri", "2025-03-05", "2025-03-06", "day"),
    ("domani", "2025-03-07", "2025-03-08", "day"),
    ("dopodomani", "2025-03-08", "2025-03-09", "day"),
    ("dopo domani", "2025-03-08", "2025-03-09", "day"),
    ("l'altro ieri", "2025-03-04", "2025-03-05", "day"),
    ("l’altroieri", "2025-03-04", "2025-03-05", "day"),
    ("avantieri", "2025-03-04", "2025-03-05", "day"),
    ("Ieri", "2025-03-05", "2025-03-06", "day"),
    # "prima" after its noun is "before" (the anaphora of news: the day before the reference), before it the
    # ordinal; read on Tuesday 14 October 2025
    ("il giorno prima", "2025-10-13", "2025-10-14", "day", "2025-10-14"),
    ("la sera prima", "2025-10-13T18:00", "2025-10-14T00:00", "part_of_day", "2025-10-14"),
    ("tre giorni prima", "2025-10-11", "2025-10-12", "day", "2025-10-14"),
    ("una settimana prima", "2025-10-06", "2025-10-13", "week", "2025-10-14"),
    ("l'anno prima", "2024-01-01", "2025-01-01", "year", "2025-10-14"),
    ("il mese prima", "2025-09-01", "2025-10-01", "month", "2025-10-14"),
    ("la prima settimana di novembre", "2025-11-03", "2025-11-10", "week", "2025-10-14", "future"),
    ("due giorni prima di Natale", "2025-12-23", "2025-12-24", "day", "2025-10-14", "future"),
)

WEEKDAYS = _rows(
    ("lunedì", "2025-03-03", "2025-03-04", "day"),
    ("lunedi", "2025-03-03", "2025-03-04", "day"),
    ("venerdì", "2025-02-28", "2025-03-01", "day"),
    ("venerdì", "2025-03-07", "2025-03-08", "day", REF, "future"),
    ("sabato scorso", "2025-03-01", "2025-03-02", "day"),
    ("venerdi scorso", "2025-02-28", "2025-03-01", "day"),
    ("lunedì scorso", "2025-03-03", "2025-03-04", "day"),
    ("martedì prossimo", "2025-03-11", "2025-03-12", "day"),
    ("il prossimo martedì", "2025-03-11", "2025-03-12", "day"),
    ("Lunedì Prossimo", "2025-03-10", "2025-03-11", "day"),
    ("giovedì della settimana scorsa", "2025-02-27", "2025-02-28", "day"),
    ("mercoledì di questa settimana", "2025-03-05", "2025-03-06", "day"),
    ("Martedì 4 marzo", "2025-03-04", "2025-03-05", "day"),
    ("martedì 11", "2025-03-11", "2025-03-12", "day", REF, "future"),
    ("sab 1", "2025-03-01", "2025-03-02", "day"),
)

CALENDAR_UNITS = _rows(
    ("la settimana scorsa", "2025-02-24", "2025-03-03", "week"),
    ("la scorsa settimana", "2025-02-24", "2025-03-03", "week"),
    ("della settimana scorsa", "2025-02-24", "2025-03-03", "week"),
    ("questa settimana", "2025-03-03", "2025-03-10", "week"),
    ("la settimana prossima", "2025-03-10", "2025-03-17", "week"),
    ("la settimana successiva", "2025-03-10", "2025-03-17", "week"),
    ("il mese scorso", "2025-02-01", "2025-03-01", "month"),
    ("lo scorso mese", "2025-02-01", "2025-03-01", "month"),
    ("il mese precedente", "2025-02-01", "2025-03-01", "month"),
    ("il prossimo mese", "2025-04-01", "2025-05-01", "month"),
    ("quest'anno", "2025-01-01", "2026-01-01", "year"),
    ("l'anno scorso", "2024-01-01", "2025-01-01", "year"),
    ("l’anno prossimo", "2026-01-01", "2027-01-01", "year"),
    ("nel prossimo trimestre", "2025-04-01", "2025-07-01", "quarter"),
    ("il terzo trimestre", "2024-07-01", "2024-10-01", "quarter"),  # prefer past: 2025's has not begun
    ("il terzo trimestre", "2025-07-01", "2025-10-01", "quarter", REF, "future"),
    ("il terzo trimestre 2024", "2024-07-01", "2024-10-01", "quarter"),
    ("gli ultimi due giorni", "2025-03-04", "2025-03-06", "day"),
    ("negli ultimi 5 anni", "2020-01-01", "2025-01-01", "year"),
    ("i prossimi tre mesi", "2025-04-01", "2025-07-01", "month"),
    ("le 2 ultime settimane", "2025-02-17", "2025-03-03", "week"),
    ("i 2 mesi scorsi", "2025-01-01", "2025-03-01", "month"),
    ("le tre prossime settimane", "2025-03-10", "2025-03-31", "week"),
    ("nell'ultima ora", "2025-03-06T09:00", "2025-03-06T10:00", "hour", "2025-03-06T10:30"),
    ("le 2 ore scorse", "2025-03-06T08:00", "2025-03-06T10:00", "hour", "2025-03-06T10:30"),
    ("il weekend scorso", "2025-03-01", "2025-03-03", "weekend"),
    ("questo fine settimana", "2025-03-08", "2025-03-10", "weekend"),
)

OFFSETS = _rows(
    ("tre giorni fa", "2025-03-03", "2025-03-04", "day"),
    ("3 giorni fa", "2025-03-03", "2025-03-04", "day"),
    ("qualche giorno fa", "2025-03-03", "2025-03-04", "day"),
    ("una settimana fa", "2025-02-24", "2025-03-03", "week"),
    ("due anni fa", "2023-01-01", "2024-01-01", "year"),
    ("cinque anni fa", "2020-01-01", "2021-01-01", "year"),
    ("tra due settimane", "2025-03-17", "2025-03-24", "week"),
    ("fra 3 giorni", "2025-03-09", "2025-03-10", "day"),
    ("tra un mese", "2025-04-01", "2025-05-01", "month"),
    ("tre giorni dopo", "2025-03-09", "2025-03-10", "day"),
    ("tra un'ora", "2025-03-06T11:00", "2025-03-06T12:00", "hour", "2025-03-06T10:00"),
    ("tra mezz'ora", "2025-03-06T10:30", "2025-03-06T10:31", "minute", "2025-03-06T10:00"),
    ("tra un quarto d'ora", "2025-03-06T10:15", "2025-03-06T10:16", "minute", "2025-03-06T10:00"),
    ("in 15 minuti", "2025-03-06T10:15", "2025-03-06T10:16", "minute", "2025-03-06T10:00"),
)

ABSOLUTE = _rows(
    ("il 25 aprile", "2025-04-25", "2025-04-26", "day", REF, "future"),
    ("25 aprile 2024", "2024-04-25", "2024-04-26", "day"),
    ("il 1º maggio", "2025-05-01", "2025-05-02", "day", REF, "future"),
    ("il 1° marzo", "2025-03-01", "2025-03-02", "day"),
    ("primo marzo", "2025-03-01", "2025-03-02", "day"),
    ("l'8 marzo", "2025-03-08", "2025-03-09", "day", REF, "future"),
    ("dell'8 marzo 2024", "2024-03-08", "2024-03-09", "day"),
    ("il 19", "2025-02-19", "2025-02-20", "day"),
    ("a marzo", "2025-03-01", "2025-04-01", "month"),
    ("marzo 2024", "2024-03-01", "2024-04-01", "month"),
    ("nel 2024", "2024-01-01", "2025-01-01", "year"),
    ("4/3/2025", "2025-03-04", "2025-03-05", "day"),
    ("il 15/02", "2025-02-15", "2025-02-16", "day"),
    ("anni novanta", "1990-01-01", "2000-01-01", "decade"),
    ("gli anni ottanta", "1980-01-01", "1990-01-01", "decade"),
    ("negli anni '90", "1990-01-01", "2000-01-01", "decade"),
    ("anni ’80", "1980-01-01", "1990-01-01", "decade"),
    ("lo scorso 12 febbraio", "2025-02-12", "2025-02-13", "day"),
    ("il prossimo 15 marzo", "2025-03-15", "2025-03-16", "day"),
    ("nel settembre 2024", "2024-09-01", "2024-10-01", "month"),
    ("a fine 2024", "2024-09-01", "2025-01-01", "month"),
    ("primo martedì di ottobre 2024", "2024-10-01", "2024-10-02", "day"),
    ("1° martedì del mese di ottobre 2024", "2024-10-01", "2024-10-02", "day"),
    ("l'ultimo giorno di febbraio", "2025-02-28", "2025-03-01", "day"),
    ("la settimana del 10 marzo", "2025-03-10", "2025-03-17", "week", REF, "future"),
    ("le idi di marzo", "2025-03-15", "2025-03-16", "day", REF, "future"),
    ("dal tre al cinque aprile", "2025-04-03", "2025-04-06", "day", REF, "future"),
)

TIMES = _rows(
    ("oggi alle 17", "2025-03-06T17:00", "2025-03-06T18:00", "hour"),
    ("domani alle 9:30", "2025-03-07T09:30", "2025-03-07T09:31", "minute"),
    ("il 3 marzo alle 15", "2025-03-03T15:00", "2025-03-03T16:00", "hour"),
    ("venerdì 7 marzo 2025 alle 18:30", "2025-03-07T18:30", "2025-03-07T18:31", "minute"),
    ("oggi alle 3 del pomeriggio", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
    ("alle 8 di sera", "2025-03-06T20:00", "2025-03-06T21:00", "hour", "2025-03-06T10:00", "future"),
    ("oggi a mezzogiorno", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
    ("ieri sera", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("ieri mattina", "2025-03-05T00:00", "2025-03-05T12:00", "part_of_day"),
    ("ieri pomeriggio", "2025-03-05T12:00", "2025-03-05T19:00", "part_of_day"),
    ("stasera", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day"),
    ("domattina", "2025-03-07T00:00", "2025-03-07T12:00", "part_of_day"),
    ("lunedì mattina", "2025-03-03T00:00", "2025-03-03T12:00", "part_of_day"),
    ("nel pomeriggio di ieri", "2025-03-05T12:00", "2025-03-05T19:00", "part_of_day"),
    ("la sera del 5 marzo", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("alle 15.30", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("13:30 del 21 settembre", "2025-09-21T13:30", "2025-09-21T13:31", "minute", REF, "future"),
    ("alle tre e venti del pomeriggio", "2025-03-06T15:20", "2025-03-06T15:21", "minute"),
    ("oggi alle 5 e un quarto del pomeriggio", "2025-03-06T17:15", "2025-03-06T17:16", "minute"),
    ("alle 18:30", "2025-03-06T18:30", "2025-03-06T18:31", "minute", "2025-03-06T10:00", "future"),
    ("mezzogiorno meno un quarto", "2025-03-06T11:45", "2025-03-06T11:46", "minute", "2025-03-06T10:00", "future"),
    ("a mezzanotte e mezza", "2025-03-07T00:30", "2025-03-07T00:31", "minute", "2025-03-06T10:00", "future"),
    # spoken times: the minutes after "e" or apart, a quarter "to" the hour with "a"/"alle"
    ("tre e 20", "2025-03-06T15:20", "2025-03-06T15:21", "minute", "2025-03-06T10:00", "future"),
    ("3 e 20 di sera", "2025-03-06T15:20", "2025-03-06T15:21", "minute", "2025-03-06T10:00", "future"),
    ("alle 3 20", "2025-03-06T15:20", "2025-03-06T15:21", "minute", "2025-03-06T10:00", "future"),
    ("alle 9 45 di sera", "2025-03-06T21:45", "2025-03-06T21:46", "minute", "2025-03-06T10:00", "future"),
    ("un quarto a mezzogiorno", "2025-03-06T11:45", "2025-03-06T11:46", "minute", "2025-03-06T10:00", "future"),
    ("un quarto alle cinque", "2025-03-06T16:45", "2025-03-06T16:46", "minute", "2025-03-06T10:00", "future"),
    ("dalle 11 a mezzogiorno", "2025-03-06T11:00", "2025-03-06T13:00", "hour", "2025-03-06T10:00", "future"),
    ("adesso", "2025-03-06T10:30", "2025-03-06T10:30", "second", "2025-03-06T10:30"),
    ("ora", "2025-03-06T10:30", "2025-03-06T10:30", "second", "2025-03-06T10:30"),
)

RANGES = _rows(
    # one night named by the two days it joins is the night of the first (read on Monday 17 November 2025)
    ("nella notte tra sabato e domenica", "2025-11-15T18:00", "2025-11-16T00:00", "part_of_day", "2025-11-17"),
    ("nella notte fra il 9 e il 10 novembre", "2025-11-09T18:00", "2025-11-10T00:00", "part_of_day", "2025-11-17"),
    ("da martedì 18 a giovedì 20 novembre", "2025-11-18", "2025-11-21", "day", "2025-11-17", "future"),
    ("dal 3 al 5 marzo", "2025-03-03", "2025-03-06", "day"),
    ("tra il 10 e il 12 marzo", "2025-03-10", "2025-03-13", "day", REF, "future"),
    ("13-15 luglio", "2025-07-13", "2025-07-16", "day", REF, "future"),
    ("3 e 20 marzo", "2025-03-03", "2025-03-21", "day"),  # two days, not 3:20
    ("da lunedì a mercoledì", "2025-03-03", "2025-03-06", "day"),
    ("domani dalle 9 alle 11", "2025-03-07T09:00", "2025-03-07T12:00", "hour"),
    ("giovedì tra le 9:30 e le 11:00", "2025-03-06T09:30", "2025-03-06T11:01", "minute", REF, "future"),
    ("venerdì tra le 9 e le 11", "2025-03-07T09:00", "2025-03-07T12:00", "hour", REF, "future"),
)

PARTS_AND_SEASONS = _rows(
    ("all'inizio di marzo", "2025-03-01", "2025-03-11", "day"),
    ("a metà marzo", "2025-03-11", "2025-03-21", "day"),
    ("a fine marzo", "2025-03-21", "2025-04-01", "day"),
    ("alla fine del mese", "2025-03-21", "2025-04-01", "day"),
    ("alla fine dell'anno", "2025-09-01", "2026-01-01", "month"),
    ("nel primo semestre", "2025-01-01", "2025-07-01", "quarter"),
    ("la scorsa estate", "2024-06-21", "2024-09-23", "season"),
    ("quest'inverno", "2024-12-21", "2025-03-20", "season"),
)

QUALIFIERS_AND_VAGUE = _rows(
    ("entro il 2030", "2030-01-01", "2031-01-01", "year", REF, "past", "by"),
    ("entro la fine dell'anno", "2025-09-01", "2026-01-01", "month", REF, "past", "by"),
    # "entro" + article + unit is the current one ("by the end of this year"), "entro un anno" a quantity
    ("entro l'anno", "2025-01-01", "2026-01-01", "year", REF, "past", "by"),
    ("entro la settimana", "2025-03-03", "2025-03-10", "week", REF, "past", "by"),
    ("entro il mese prossimo", "2025-04-01", "2025-05-01", "month", REF, "past", "by"),
    ("entro un mese", "2025-03-06", "2025-04-06", "day", REF, "future", "by"),
    ("in settimana", "2025-03-03", "2025-03-10", "week", REF, "future"),
    ("dal 2014", "2014-01-01", "2015-01-01", "year", REF, "past", "since"),
    ("dal 1° gennaio", "2025-01-01", "2025-01-02", "day", REF, "past", "since"),
    ("fino a marzo", "2025-03-01", "2025-04-01", "month", REF, "past", "until"),
    ("prima di Natale", "2024-12-25", "2024-12-26", "day", REF, "past", "before"),
    ("nel corso del 2024", "2024-01-01", "2025-01-01", "year"),
    ("recentemente", "2025-02-04", "2025-03-06", "day"),
    ("di recente", "2025-02-04", "2025-03-06", "day"),
    ("nei prossimi giorni", "2025-03-07", "2025-03-14", "day"),
    ("nelle ultime settimane", "2025-01-23", "2025-03-06", "day"),
    ("a breve", "2025-03-07", "2025-04-06", "day"),
    ("circa tre settimane fa", "2025-02-10", "2025-02-17", "week"),
)

CENTURIES = _rows(
    # the centuries by their hundreds: "il Novecento" is the 1900s, the 20th century
    ("nel Novecento", "1900-01-01", "2000-01-01", "century"),
    ("nell'Ottocento", "1800-01-01", "1900-01-01", "century"),
    ("il Seicento", "1600-01-01", "1700-01-01", "century"),
    ("alla fine dell’Ottocento", "1860-01-01", "1900-01-01", "year"),
    ("all'inizio del Novecento", "1900-01-01", "1940-01-01", "year"),
    ("dal Novecento", "1900-01-01", "2000-01-01", "century", REF, "past", "since"),
)

HOLIDAYS = _rows(
    ("Natale", "2024-12-25", "2024-12-26", "day"),
    ("a Pasqua", "2025-04-20", "2025-04-21", "day", REF, "future"),
    ("Pasquetta", "2025-04-21", "2025-04-22", "day", REF, "future"),
    ("Ferragosto", "2025-08-15", "2025-08-16", "day", REF, "future"),
    ("la Festa della Repubblica", "2025-06-02", "2025-06-03", "day", REF, "future"),
    ("Festa della Liberazione", "2025-04-25", "2025-04-26", "day", REF, "future"),
    ("all'Immacolata", "2025-12-08", "2025-12-09", "day", REF, "future"),
    ("Capodanno", "2025-01-01", "2025-01-02", "day"),
    ("il giorno dei santi", "2024-11-01", "2024-11-02", "day"),
    ("San Giuseppe", "2025-03-19", "2025-03-20", "day", REF, "future"),
)

TABLE = [pytest.param(*row, id=f"{family}:{row[0]}") for family, rows in (
    ("days", RELATIVE_DAYS), ("weekdays", WEEKDAYS), ("units", CALENDAR_UNITS), ("offsets", OFFSETS),
    ("absolute", ABSOLUTE), ("times", TIMES), ("ranges", RANGES), ("parts", PARTS_AND_SEASONS),
    ("qualifiers", QUALIFIERS_AND_VAGUE), ("centuries", CENTURIES), ("holidays", HOLIDAYS)) for row in rows]


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


@pytest.mark.parametrize(("text", "ref", "prefer", "start", "end", "grain", "qualifier"), TABLE)
def test_italian(text: str, ref: str, prefer: str, start: str, end: str, grain: str, qualifier: str | None) -> None:
    span = resolve(text, reference=_when(ref), prefer=prefer, language="it")
    got = (span.start.isoformat()[:16], span.end.isoformat()[:16], span.granularity.value, span.qualifier)
    assert got == (start, end, grain, qualifier), span.explanation
    assert span.explanation.startswith(text.strip())  # explanations quote the Italian words as written


def test_unknown_word_suggests_an_italian_word() -> None:
    with pytest.raises(UnknownWordError) as caught:
        resolve("settimama scorsa", reference=date(2025, 3, 6), language="it")
    assert caught.value.suggestion == "settimana"
    assert (caught.value.token, caught.value.position) == ("settimama", 0)


def test_english_words_are_named_as_english() -> None:
    with pytest.raises(UnknownWordError, match="^'last week' looks English; set language: en$"):
        resolve("last week", reference=date(2025, 3, 6), language="it")


def test_elision_is_read_whatever_the_apostrophe() -> None:
    spans = {resolve(text, reference=date(2025, 3, 6), language="it").value
             for text in ("dell'anno scorso", "dell’anno scorso", "dell anno scorso")}
    assert spans == {"2024"}


# ---- extract: an Italian news article ---------------------------------------------------------

ARTICLE = """ROMA, 6 marzo 2025 (ANSA) - Il ministro degli Esteri ha incontrato ieri a Bruxelles i colleghi \
europei per discutere degli aiuti all'Ucraina. «Ci rivedremo martedì prossimo», ha dichiarato il ministro \
al termine della riunione.

Il vertice dei capi di Stato si terrà il 20 marzo a Bruxelles, mentre la conferenza per la ricostruzione \
è prevista tra due settimane a Roma. L'accordo sul grano era stato firmato l'anno scorso a Istanbul.

Venerdì il governo presenterà il nuovo pacchetto di sanzioni. Tre giorni fa la Commissione aveva \
annunciato un nuovo prestito, che sarà erogato entro la fine dell'anno.
"""


@pytest.mark.parametrize(("words", "value", "direction", "quoted"), [
    ("ieri", "2025-03-05", "past", False),
    ("martedì prossimo", "2025-03-11", "future", True),
    ("20 marzo", "2025-03-20", "future", False),  # "si terrà": the coming 20 March
    ("tra due settimane", "2025-W12", "future", False),
    ("l'anno scorso", "2024", "past", False),
    ("Venerdì", "2025-03-07", "future", False),  # "presenterà": the coming Friday
    ("Tre giorni fa", "2025-03-03", "past", False),
    ("entro la fine dell'anno", "2025", "future", False),
])
def test_extract_reads_an_italian_article(words: str, value: str, direction: str, quoted: bool) -> None:
    from timeline.extraction import extract

    found = {m.text: m for m in extract(ARTICLE, language="it")}
    assert words in found, sorted(found)
    mention = found[words]
    assert (mention.value, mention.direction, mention.quoted, mention.language) == (value, direction, quoted, "it")
    assert ARTICLE[mention.start:mention.end] == words


def test_extract_dates_the_article_from_its_dateline_and_drafts_italian_titles() -> None:
    from timeline.extraction import article_document, find_reference, read_article

    assert find_reference(ARTICLE, "it") == date(2025, 3, 6)
    doc = article_document(read_article(ARTICLE, language="it"))
    assert (doc["reference"], doc["language"]) == ("2025-03-06", "it")
    titles = {e["when"]: e["title"] for e in doc["events"]}
    assert titles["l'anno scorso"] == "L'accordo sul grano era stato firmato a Istanbul"
    assert titles["Venerdì"] == "Governo presenterà il nuovo pacchetto di sanzioni"


def test_cli_extract_detects_italian(tmp_path: object) -> None:
    import subprocess
    import sys
    from pathlib import Path

    import yaml

    path = Path(str(tmp_path)) / "articolo.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "timeline", "extract", str(path)], capture_output=True, text=True,
                          check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "# Language: it (detected: Latin script; Italian function words" in proc.stdout
    doc = yaml.safe_load(proc.stdout)
    assert doc["language"] == "it" and doc["reference"] == "2025-03-06"
