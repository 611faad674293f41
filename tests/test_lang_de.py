"""German (issue 12): a table per family, as German news writes dates.

Each row is (expression, reference, prefer, start, exclusive end, granularity[, qualifier]), read
through ``timeline.resolve(..., language="de")``. The references are a Thursday (2025-03-06) unless
the row says otherwise; the phrasing is that of German news and reports (capitalised nouns, "am",
"im", "vor ... Tagen", dates with dots), with text as people type it (no umlauts, "ae" for "ä").
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from timeline import resolve
from timeline.errors import UnknownWordError, WrongLanguageError

Row = tuple[str, ...]


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _check(row: Row) -> None:
    text, ref, prefer, start, end, grain, *qualifier = row
    span = resolve(text, reference=_when(ref), prefer=prefer, language="de")
    assert (span.start, span.end, span.granularity.value) == (_when(start), _when(end), grain), span.explanation
    assert span.qualifier == (qualifier[0] if qualifier else None), span.explanation


RELATIVE_DAYS: list[Row] = [
    ("heute", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("Heute", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("gestern", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("vorgestern", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("vorvorgestern", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("morgen", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("übermorgen", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("uebermorgen", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("gestern", "2025-03-06", "future", "2025-03-05", "2025-03-06", "day"),
    # the evening and the night before the reference ("am Vorabend", "am Abend zuvor")
    ("am Vorabend", "2025-11-12", "past", "2025-11-11T18:00", "2025-11-12T00:00", "part_of_day"),
    ("am Abend zuvor", "2025-11-12", "future", "2025-11-11T18:00", "2025-11-12T00:00", "part_of_day"),
    ("in der Nacht zuvor", "2025-11-12", "past", "2025-11-11T18:00", "2025-11-12T00:00", "part_of_day"),
]

WEEKDAYS: list[Row] = [
    ("am Montag", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("am Montag", "2025-03-06", "future", "2025-03-10", "2025-03-11", "day"),
    ("am Donnerstag", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("Freitag", "2025-03-06", "future", "2025-03-07", "2025-03-08", "day"),
    ("am Sonntag", "2025-03-06", "past", "2025-03-02", "2025-03-03", "day"),
    ("am Samstag", "2024-11-15", "past", "2024-11-09", "2024-11-10", "day"),
    ("letzten Dienstag", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("am vergangenen Freitag", "2025-03-06", "past", "2025-02-28", "2025-03-01", "day"),
    ("vorigen Mittwoch", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("nächsten Mittwoch", "2025-03-06", "past", "2025-03-12", "2025-03-13", "day"),
    ("am kommenden Dienstag", "2025-03-06", "past", "2025-03-11", "2025-03-12", "day"),
    ("kommenden Samstag", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("Montag nächster Woche", "2025-03-06", "past", "2025-03-10", "2025-03-11", "day"),
    ("am Freitag der vergangenen Woche", "2025-03-06", "past", "2025-02-28", "2025-03-01", "day"),
    ("Sonntag letzte Woche", "2025-03-06", "past", "2025-03-02", "2025-03-03", "day"),
    ("Freitag nach dem nächsten", "2025-03-06", "past", "2025-03-14", "2025-03-15", "day"),
    ("Mittwoch in zwei Wochen", "2025-03-06", "past", "2025-03-19", "2025-03-20", "day"),
    ("Mittwoch vor zwei Wochen", "2025-03-06", "past", "2025-02-19", "2025-02-20", "day"),
    ("Mo., 3. März", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
]

CALENDAR_UNITS: list[Row] = [
    ("diese Woche", "2025-03-06", "past", "2025-03-03", "2025-03-10", "week"),
    ("in dieser Woche", "2025-03-06", "past", "2025-03-03", "2025-03-10", "week"),
    ("letzte Woche", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("in der vergangenen Woche", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("nächste Woche", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("nachste Woche", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("naechste Woche", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("NÄCHSTE WOCHE", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("übernächste Woche", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("vorletzte Woche", "2025-03-06", "past", "2025-02-17", "2025-02-24", "week"),
    ("im vergangenen Monat", "2025-03-06", "past", "2025-02-01", "2025-03-01", "month"),
    ("nächsten Monat", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("diesen Monat", "2025-03-06", "past", "2025-03-01", "2025-04-01", "month"),
    ("dieses Jahr", "2025-03-06", "past", "2025-01-01", "2026-01-01", "year"),
    ("im kommenden Jahr", "2025-03-06", "past", "2026-01-01", "2027-01-01", "year"),
    ("letztes Jahr", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("im vergangenen Jahr", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("vergangenes Wochenende", "2025-03-06", "past", "2025-03-01", "2025-03-03", "weekend"),
    ("am Wochenende", "2025-03-06", "past", "2025-03-01", "2025-03-03", "weekend"),
    ("am kommenden Wochenende", "2025-03-06", "past", "2025-03-15", "2025-03-17", "weekend"),
    ("im nächsten Quartal", "2025-03-06", "past", "2025-04-01", "2025-07-01", "quarter"),
    ("im dritten Quartal", "2025-03-06", "past", "2024-07-01", "2024-10-01", "quarter"),  # 2025's has not begun
    ("im dritten Quartal", "2025-03-06", "future", "2025-07-01", "2025-10-01", "quarter"),
    ("im dritten Quartal 2024", "2025-03-06", "past", "2024-07-01", "2024-10-01", "quarter"),
    ("die letzten zwei Wochen", "2025-03-06", "past", "2025-02-17", "2025-03-03", "week"),
    ("in den nächsten drei Tagen", "2025-03-06", "past", "2025-03-07", "2025-03-10", "day"),
    ("in den vergangenen zwei Monaten", "2025-03-06", "past", "2025-01-01", "2025-03-01", "month"),
    # the period before, in one word, as business and statistics news write it (read on Wed 12 November 2025)
    ("im Vorjahr", "2025-11-12", "past", "2024-01-01", "2025-01-01", "year"),
    ("des Vorjahres", "2025-11-12", "future", "2024-01-01", "2025-01-01", "year"),
    ("im Vormonat", "2025-11-12", "past", "2025-10-01", "2025-11-01", "month"),
    ("in der Vorwoche", "2025-11-12", "past", "2025-11-03", "2025-11-10", "week"),
    ("im Vorquartal", "2025-11-12", "past", "2025-07-01", "2025-10-01", "quarter"),
    ("im Herbst des Vorjahres", "2025-11-12", "past", "2024-09-23", "2024-12-21", "season"),
    # the calendar week by its number, as German news and business write it: this ISO year's by prefer
    ("KW 46", "2025-11-12", "past", "2025-11-10", "2025-11-17", "week"),
    ("in KW 12", "2025-11-12", "past", "2025-03-17", "2025-03-24", "week"),
    ("in der Kalenderwoche 12", "2025-11-12", "future", "2026-03-16", "2026-03-23", "week"),
    ("KW 12 2024", "2025-11-12", "past", "2024-03-18", "2024-03-25", "week"),
]

OFFSETS: list[Row] = [
    ("vor drei Tagen", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("vor 3 Tagen", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("vor einer Woche", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("vor einem Monat", "2025-03-06", "past", "2025-02-01", "2025-03-01", "month"),
    ("vor zwei Jahren", "2025-03-06", "past", "2023-01-01", "2024-01-01", "year"),
    ("vor 14 Tagen", "2025-03-06", "past", "2025-02-20", "2025-02-21", "day"),
    ("vor zehn Jahren", "2025-03-06", "past", "2015-01-01", "2016-01-01", "year"),
    ("vor einem halben Jahr", "2025-03-06", "past", "2024-09-01", "2024-10-01", "month"),
    ("in zwei Wochen", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("in drei Tagen", "2025-03-06", "past", "2025-03-09", "2025-03-10", "day"),
    ("in einem Monat", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("in einer halben Stunde", "2025-03-06T10:00", "past", "2025-03-06T10:30", "2025-03-06T10:31", "minute"),
    ("in 2,5 Stunden", "2025-03-06T10:00", "past", "2025-03-06T12:30", "2025-03-06T13:30", "hour"),
    ("in anderthalb Stunden", "2025-03-06T10:00", "past", "2025-03-06T11:30", "2025-03-06T11:31", "minute"),
    ("drei Tage später", "2025-03-06", "past", "2025-03-09", "2025-03-10", "day"),
    ("zwei Wochen zuvor", "2025-03-06", "past", "2025-02-17", "2025-02-24", "week"),
]

ABSOLUTE_DATES: list[Row] = [
    ("am 3. Oktober", "2025-03-06", "past", "2024-10-03", "2024-10-04", "day"),
    ("am 3. Oktober", "2025-03-06", "future", "2025-10-03", "2025-10-04", "day"),
    ("3. Oktober 2024", "2025-03-06", "past", "2024-10-03", "2024-10-04", "day"),
    ("am 24. Februar 2022", "2025-03-06", "past", "2022-02-24", "2022-02-25", "day"),
    ("24.02.2022", "2025-03-06", "past", "2022-02-24", "2022-02-25", "day"),
    ("1.9.2024", "2025-03-06", "past", "2024-09-01", "2024-09-02", "day"),
    ("am 1.9.", "2025-03-06", "past", "2024-09-01", "2024-09-02", "day"),
    ("im März", "2025-03-06", "past", "2025-03-01", "2025-04-01", "month"),
    ("im Dezember 2024", "2025-03-06", "past", "2024-12-01", "2025-01-01", "month"),
    ("übernächsten März", "2025-03-06", "past", "2027-03-01", "2027-04-01", "month"),
    ("März 2024", "2025-03-06", "past", "2024-03-01", "2024-04-01", "month"),
    ("am 1. September", "2025-03-06", "past", "2024-09-01", "2024-09-02", "day"),
    ("der vierte Dezember", "2025-03-06", "past", "2024-12-04", "2024-12-05", "day"),
    ("am fünfzehnten Januar", "2025-03-06", "past", "2025-01-15", "2025-01-16", "day"),
    ("am 15ten", "2025-03-06", "past", "2025-02-15", "2025-02-16", "day"),
    ("Sonntag, 10. November 2024", "2025-03-06", "past", "2024-11-10", "2024-11-11", "day"),
    ("Freitag, den 18.07.2014", "2025-03-06", "past", "2014-07-18", "2014-07-19", "day"),
    ("2024-11-15", "2025-03-06", "past", "2024-11-15", "2024-11-16", "day"),
    ("2025-03-06T10:00", "2025-03-01", "past", "2025-03-06T10:00", "2025-03-06T10:01", "minute"),
    ("31.10.74", "2025-03-06", "past", "1974-10-31", "1974-11-01", "day"),
]

PARTS_OF_PERIODS: list[Row] = [
    ("Anfang März", "2025-03-06", "past", "2025-03-01", "2025-03-11", "day"),
    ("Anfang des Monats", "2025-03-06", "past", "2025-03-01", "2025-03-11", "day"),
    ("Mitte Mai", "2025-03-06", "past", "2024-05-11", "2024-05-21", "day"),
    ("Mitte Mai", "2025-03-06", "future", "2025-05-11", "2025-05-21", "day"),
    ("Ende des Jahres", "2025-03-06", "past", "2025-09-01", "2026-01-01", "month"),
    ("Ende 2026", "2025-03-06", "past", "2026-09-01", "2027-01-01", "month"),
    ("zum Jahresende", "2025-03-06", "past", "2025-09-01", "2026-01-01", "month"),
    ("zum Monatsende", "2025-03-06", "past", "2025-03-21", "2025-04-01", "day"),
    # "seit" before a compound part of a period is since that part, not "since ... ago" (read on 12 November 2025)
    ("seit Jahresbeginn", "2025-11-12", "past", "2025-01-01", "2025-04-01", "month", "since"),
    ("seit Monatsanfang", "2025-11-12", "past", "2025-11-01", "2025-11-11", "day", "since"),
    ("im Jahr 2024", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("im ersten Halbjahr 2024", "2025-03-06", "past", "2024-01-01", "2024-07-01", "quarter"),
    ("in der zweiten Jahreshälfte", "2025-03-06", "future", "2025-07-01", "2026-01-01", "quarter"),
    ("am frühen Morgen", "2025-03-06", "past", "2025-03-06T00:00", "2025-03-06T09:00", "part_of_day"),
    ("Anfang nächsten Jahres", "2025-03-06", "past", "2026-01-01", "2026-04-01", "month"),
    ("Ende letzten Jahres", "2025-03-06", "past", "2024-09-01", "2025-01-01", "month"),
    ("im Frühjahr", "2025-03-06", "past", "2024-03-20", "2024-06-21", "season"),
    ("letzten Sommer", "2025-03-06", "past", "2024-06-21", "2024-09-23", "season"),
    ("im Herbst 2024", "2025-03-06", "past", "2024-09-23", "2024-12-21", "season"),
    ("diesen Winter", "2025-03-06", "past", "2024-12-21", "2025-03-20", "season"),
    ("in den 1990er Jahren", "2025-03-06", "past", "1990-01-01", "2000-01-01", "decade"),
    ("in den Neunzigern", "2025-03-06", "past", "1990-01-01", "2000-01-01", "decade"),
    ("die 90er", "2025-03-06", "past", "1990-01-01", "2000-01-01", "decade"),
    ("im 20. Jahrhundert", "2025-03-06", "past", "1900-01-01", "2000-01-01", "century"),
]

TIMES: list[Row] = [
    ("um 18 Uhr", "2025-03-06", "past", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("um 18:00", "2025-03-06", "past", "2025-03-06T18:00", "2025-03-06T18:01", "minute"),
    ("um 18.30 Uhr", "2025-03-06", "past", "2025-03-06T18:30", "2025-03-06T18:31", "minute"),
    ("gegen 15.30 Uhr", "2025-03-06", "past", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("um 15 Uhr 30", "2025-03-06", "past", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("heute um 18 Uhr", "2025-03-06", "past", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("morgen um 15 Uhr", "2025-03-06", "past", "2025-03-07T15:00", "2025-03-07T16:00", "hour"),
    ("gestern Abend", "2025-03-06", "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("Montagmorgen", "2025-03-06", "past", "2025-03-03T00:00", "2025-03-03T12:00", "part_of_day"),
    ("am Freitagabend", "2025-03-06", "past", "2025-02-28T18:00", "2025-03-01T00:00", "part_of_day"),
    ("am Sonntagnachmittag", "2025-03-06", "past", "2025-03-02T12:00", "2025-03-02T19:00", "part_of_day"),
    ("heute Morgen", "2025-03-06", "past", "2025-03-06T00:00", "2025-03-06T12:00", "part_of_day"),
    ("morgen früh", "2025-03-06", "past", "2025-03-07T00:00", "2025-03-07T12:00", "part_of_day"),
    ("heute Nacht", "2025-03-06", "past", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day"),
    ("in der Nacht zum Sonntag", "2025-03-06", "past", "2025-03-01T18:00", "2025-03-02T00:00", "part_of_day"),
    ("in der Nacht auf Montag", "2025-03-06", "future", "2025-03-09T18:00", "2025-03-10T00:00", "part_of_day"),
    ("20.15 Uhr", "2025-03-06", "past", "2025-03-06T20:15", "2025-03-06T20:16", "minute"),
    ("am Dienstagabend um 20 Uhr", "2025-03-06", "past", "2025-03-04T20:00", "2025-03-04T21:00", "hour"),
    ("um halb vier", "2025-03-06T12:00", "future", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("um Viertel nach drei", "2025-03-06T12:00", "future", "2025-03-06T15:15", "2025-03-06T15:16", "minute"),
    ("zwanzig nach 3", "2025-03-06T12:00", "future", "2025-03-06T15:20", "2025-03-06T15:21", "minute"),
    ("Viertel vor zwölf", "2025-03-06T08:00", "future", "2025-03-06T11:45", "2025-03-06T11:46", "minute"),
    ("um 20 Uhr MEZ", "2025-03-06", "past", "2025-03-06T20:00+01:00", "2025-03-06T21:00+01:00", "hour"),
    ("Viertel vor zwölf", "2025-03-06T08:00", "future", "2025-03-06T11:45", "2025-03-06T11:46", "minute"),
]

RANGES: list[Row] = [
    ("von Montag bis Mittwoch", "2025-03-06", "past", "2025-03-03", "2025-03-06", "day"),
    ("vom 14. bis 16. März", "2025-03-06", "future", "2025-03-14", "2025-03-17", "day"),
    ("zwischen dem 1. und dem 5. März", "2025-03-06", "past", "2025-03-01", "2025-03-06", "day"),
    ("13. - 15. Juli", "2025-03-06", "future", "2025-07-13", "2025-07-16", "day"),
    ("vom 14.10. bis 15.10.2024", "2025-03-06", "past", "2024-10-14", "2024-10-16", "day"),
    ("von 9 bis 11 Uhr", "2025-03-06", "past", "2025-03-06T09:00", "2025-03-06T12:00", "hour"),
    ("von 9:30 bis 11:00", "2025-03-06", "past", "2025-03-06T09:30", "2025-03-06T11:01", "minute"),
    ("am Donnerstag von 9:30 - 11:00", "2025-03-03", "future", "2025-03-06T09:30", "2025-03-06T11:01", "minute"),
    ("innerhalb von zwei Wochen", "2025-03-06", "past", "2025-03-06", "2025-03-20", "day", "by"),
    ("binnen 48 Stunden", "2025-03-06", "past", "2025-03-06T00:00", "2025-03-08T00:00", "hour", "by"),
    # a weekday with its day on each side: the left number is a day, not an hour
    ("von Dienstag, 18., bis Donnerstag, 20. November", "2025-11-12", "future", "2025-11-18", "2025-11-21", "day"),
    # the night between two days, "von ... auf ...", is the night of the first; "auf" alone is glue
    ("in der Nacht von Samstag auf Sonntag", "2025-11-12", "past", "2025-11-08T18:00", "2025-11-09T00:00",
     "part_of_day"),
    ("in der Nacht vom 8. auf den 9. November", "2025-11-12", "past", "2025-11-08T18:00", "2025-11-09T00:00",
     "part_of_day"),
    ("auf Montag", "2025-11-12", "future", "2025-11-17", "2025-11-18", "day"),
    # the night that ends on a date written with the ordinal's dot is the night of the day before
    ("in der Nacht zum 9. November", "2025-11-12", "past", "2025-11-08T18:00", "2025-11-09T00:00", "part_of_day"),
]

QUALIFIERS_AND_VAGUE: list[Row] = [
    ("bis Ende 2026", "2025-03-06", "past", "2026-09-01", "2027-01-01", "month", "by"),
    ("bis Ende des Jahres", "2025-03-06", "past", "2025-09-01", "2026-01-01", "month", "by"),
    ("bis zum Jahresende", "2025-03-06", "past", "2025-09-01", "2026-01-01", "month", "by"),
    ("seit 2014", "2025-03-06", "past", "2014-01-01", "2015-01-01", "year", "since"),
    ("bis zum Jahr 2030", "2025-03-06", "past", "2030-01-01", "2031-01-01", "year", "by"),
    ("noch in diesem Jahr", "2025-03-06", "past", "2025-01-01", "2026-01-01", "year"),
    ("seit dem 24. Februar 2022", "2025-03-06", "past", "2022-02-24", "2022-02-25", "day", "since"),
    ("bis spätestens Freitag", "2025-03-06", "future", "2025-03-07", "2025-03-08", "day", "by"),
    ("vor Weihnachten", "2025-03-06", "future", "2025-12-25", "2025-12-26", "day", "before"),
    ("nach Ostern", "2025-03-06", "past", "2024-03-31", "2024-04-01", "day", "after"),
    ("ab Montag", "2025-03-06", "future", "2025-03-10", "2025-03-11", "day", "since"),
    ("kürzlich", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("vor kurzem", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("in den kommenden Tagen", "2025-03-06", "past", "2025-03-07", "2025-03-14", "day"),
    ("in den letzten Wochen", "2025-03-06", "past", "2025-01-23", "2025-03-06", "day"),
    ("bald", "2025-03-06", "past", "2025-03-07", "2025-04-06", "day"),
    ("derzeit", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("rund um 15 Uhr", "2025-03-06", "past", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
]

HOLIDAYS: list[Row] = [
    ("Weihnachten", "2025-03-06", "future", "2025-12-25", "2025-12-26", "day"),
    ("an Weihnachten", "2025-03-06", "past", "2024-12-25", "2024-12-26", "day"),
    ("Heiligabend", "2025-03-06", "future", "2025-12-24", "2025-12-25", "day"),
    ("am 2. Weihnachtsfeiertag 2024", "2025-03-06", "past", "2024-12-26", "2024-12-27", "day"),
    ("1. Advent", "2025-03-06", "future", "2025-11-30", "2025-12-01", "day"),
    ("Tag der Deutschen Einheit", "2025-03-06", "past", "2024-10-03", "2024-10-04", "day"),
    ("am Tag der Deutschen Einheit 2024", "2025-03-06", "past", "2024-10-03", "2024-10-04", "day"),
    ("am Ostermontag", "2025-03-06", "future", "2025-04-21", "2025-04-22", "day"),
    ("Silvester 2024", "2025-03-06", "past", "2024-12-31", "2025-01-01", "day"),
    ("Pfingsten 2025", "2025-03-06", "past", "2025-06-08", "2025-06-09", "day"),
    ("zu Ostern", "2025-03-06", "future", "2025-04-20", "2025-04-21", "day"),
    ("Karfreitag 2024", "2025-03-06", "past", "2024-03-29", "2024-03-30", "day"),
    ("am Reformationstag", "2025-03-06", "past", "2024-10-31", "2024-11-01", "day"),
    ("nach Weihnachten", "2025-03-06", "future", "2025-12-25", "2025-12-26", "day", "after"),
    ("drei Tage vor Weihnachten", "2025-03-06", "future", "2025-12-22", "2025-12-23", "day"),
    ("Weißer Donnerstag 2018", "2025-03-06", "past", "2018-03-29", "2018-03-30", "day"),
]

FAMILIES = {
    "relative days": RELATIVE_DAYS, "weekdays": WEEKDAYS, "calendar units": CALENDAR_UNITS, "offsets": OFFSETS,
    "absolute dates": ABSOLUTE_DATES, "parts of periods": PARTS_OF_PERIODS, "times": TIMES, "ranges": RANGES,
    "qualifiers and vague words": QUALIFIERS_AND_VAGUE, "holidays": HOLIDAYS,
}


@pytest.mark.parametrize("row", [pytest.param(row, id=f"{family}: {row[0]} ({row[2]})")
                                 for family, rows in FAMILIES.items() for row in rows])
def test_german(row: Row) -> None:
    _check(row)


def test_now_is_the_reference_moment() -> None:
    span = resolve("jetzt", reference=datetime(2025, 3, 6, 10, 15), language="de")
    assert (span.start, span.end) == (datetime(2025, 3, 6, 10, 15), datetime(2025, 3, 6, 10, 15, 1))


def test_explanations_are_english_and_quote_the_german_words() -> None:
    span = resolve("vor drei Tagen", reference=date(2025, 3, 6), language="de")
    assert span.explanation.startswith("vor drei Tagen → 2025-03-03: 3 days before the reference")


def test_a_misspelt_word_gets_a_german_suggestion() -> None:
    with pytest.raises(UnknownWordError, match="unknown word 'Mitwoch' in German \\(did you mean 'mittwoch'\\?\\)"):
        resolve("nächsten Mitwoch", reference=date(2025, 3, 6), language="de")


def test_english_in_a_german_expression_names_the_language() -> None:
    with pytest.raises(WrongLanguageError, match="'next week' looks English; set language: en"):
        resolve("next week", reference=date(2025, 3, 6), language="de")


def test_german_words_in_english_name_german() -> None:
    with pytest.raises(WrongLanguageError, match="'letzte Woche' looks German; set language: de"):
        resolve("letzte Woche", reference=date(2025, 3, 6))


def test_cli_resolve_reads_german() -> None:
    run = subprocess.run([sys.executable, "-m", "timeline", "resolve", "vor drei Tagen", "am 3. Oktober 2024",
                          "--lang", "de", "--ref", "2025-03-06", "-f", "csv"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "2025-03-03" in run.stdout and "2024-10-03" in run.stdout


def test_cli_unknown_german_word_exits_with_the_data_error() -> None:
    run = subprocess.run([sys.executable, "-m", "timeline", "resolve", "nächsten Mitwoch", "--lang", "de",
                          "--ref", "2025-03-06"], capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert "did you mean 'mittwoch'?" in run.stderr


# --- extract in German --------------------------------------------------------------------------

ARTICLE = """BERLIN, 6. März 2025 (dpa) - Bundeskanzler Olaf Scholz ist am Mittwoch zu Gesprächen nach Paris \
gereist. Er sagte am Dienstag, die Verhandlungen seien „schwierig, aber notwendig“. Vor drei Tagen hatte die \
Regierung neue Hilfen angekündigt.

Am kommenden Montag wird der Außenminister in Kiew erwartet. Ein Treffen der Staats- und Regierungschefs \
soll Ende März in Brüssel stattfinden. „Wir werden bis Ende des Jahres eine Lösung finden“, erklärte die \
Sprecherin.

Seit dem 24. Februar 2022 unterstützt Deutschland die Ukraine. Im vergangenen Jahr wurden Waffen im Wert von \
sieben Milliarden Euro geliefert. Die nächste Tranche soll in zwei Wochen folgen; am Freitag berät der Bundestag.
"""


def test_extract_reads_a_german_article() -> None:
    from timeline import extract

    found = {m.text: (m.value, m.direction, m.quoted) for m in extract(ARTICLE, language="de")}
    # the dateline "BERLIN, 6. März 2025 (dpa) -" is the reference (Thursday 2025-03-06)
    assert found["Mittwoch"] == ("2025-03-05", "past", False)  # Perfekt: "ist ... gereist"
    assert found["Dienstag"] == ("2025-03-04", "past", False)  # Präteritum: "sagte"
    assert found["Vor drei Tagen"][0] == "2025-03-03"
    assert found["kommenden Montag"][0] == "2025-03-10"
    assert found["Ende März"][1] == "future"  # "soll ... stattfinden"
    assert found["bis Ende des Jahres"][2] is True  # inside „ “
    assert found["Seit dem 24. Februar 2022"][0] == "2022-02-24"
    assert found["vergangenen Jahr"][0] == "2024"
    assert found["in zwei Wochen"][0] == "2025-W12"
    assert found["Freitag"][1] == "future"


def test_extract_tense_cues_turn_a_bare_weekday() -> None:
    from timeline import extract

    past = extract("Am Dienstag hat der Bundestag das Gesetz beschlossen.", date(2025, 3, 6), language="de")
    future = extract("Am Dienstag wird der Bundestag über das Gesetz abstimmen.", date(2025, 3, 6), language="de")
    assert [m.value for m in past] == ["2025-03-04"]
    assert [m.value for m in future] == ["2025-03-11"]


def test_cli_extract_detects_german(tmp_path: object) -> None:
    from pathlib import Path

    article = Path(str(tmp_path)) / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "timeline", "extract", str(article)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "language: de" in run.stdout and "reference: '2025-03-06'" in run.stdout
