"""Spanish (issue 12): a table per family of expression, reference, prefer and expected span, in the
words Spanish news writes them, through timeline.resolve(language="es"); then the entry points (CLI,
events files, extract) and the errors.

References are mostly Thursday 6 March 2025 (a weekday in mid-week), with others where the family
needs them (a reference in the evening, a Sunday, a date near a year's end).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from timeline import resolve
from timeline.errors import UnknownWordError

Row = tuple[str, str, str, str, str, str]


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _check(text: str, ref: str, prefer: str, start: str, end: str, grain: str) -> None:
    span = resolve(text, reference=_when(ref), prefer=prefer, language="es")
    got = (span.start.isoformat()[:16], span.end.isoformat()[:16], span.granularity.value)
    assert got == (start, end, grain), span.explanation
    assert span.explanation.startswith(text.strip())  # the explanation quotes the words as written


RELATIVE_DAYS: list[Row] = [
    ("hoy", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("Hoy", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("ayer", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("anteayer", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("antes de ayer", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("antier", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("mañana", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("manana", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("MAÑANA", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("pasado mañana", "2025-03-06", "past", "2025-03-08", "2025-03-09", "day"),
    ("pasado manana", "2025-12-31", "past", "2026-01-02", "2026-01-03", "day"),
    ("hasta mañana", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("ahora", "2025-03-06T10:30", "past", "2025-03-06T10:30", "2025-03-06T10:30", "second"),
    ("ahora mismo", "2025-03-06T10:30", "past", "2025-03-06T10:30", "2025-03-06T10:30", "second"),
]

WEEKDAYS: list[Row] = [
    # a bare weekday follows prefer; on the reference's own weekday it is that day
    ("el lunes", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("el viernes", "2025-03-06", "past", "2025-02-28", "2025-03-01", "day"),
    ("el viernes", "2025-03-06", "future", "2025-03-07", "2025-03-08", "day"),
    ("el jueves", "2025-03-06", "past", "2025-03-06", "2025-03-07", "day"),
    ("miercoles", "2025-03-06", "past", "2025-03-05", "2025-03-06", "day"),
    ("el sábado", "2025-03-06", "future", "2025-03-08", "2025-03-09", "day"),
    ("el sabado", "2025-03-06", "future", "2025-03-08", "2025-03-09", "day"),
    # with a relative word on either side ("el pasado martes" is how news writes it)
    ("el martes pasado", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("el pasado martes", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("el pasado domingo", "2025-03-10", "past", "2025-03-09", "2025-03-10", "day"),
    ("el próximo lunes", "2025-03-06", "past", "2025-03-10", "2025-03-11", "day"),
    ("el proximo lunes", "2025-03-06", "past", "2025-03-10", "2025-03-11", "day"),
    ("el lunes próximo", "2025-03-06", "past", "2025-03-10", "2025-03-11", "day"),
    ("el lunes que viene", "2025-03-06", "past", "2025-03-10", "2025-03-11", "day"),
    ("el viernes que viene", "2025-03-06", "past", "2025-03-07", "2025-03-08", "day"),
    ("este lunes", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("este pasado lunes", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("este próximo lunes", "2025-03-06", "past", "2025-03-10", "2025-03-11", "day"),
    ("este viernes", "2025-03-06", "future", "2025-03-07", "2025-03-08", "day"),
    ("el miércoles de la semana que viene", "2025-03-06", "past", "2025-03-12", "2025-03-13", "day"),
    ("el miércoles de la próxima semana", "2025-03-06", "past", "2025-03-12", "2025-03-13", "day"),
    ("el domingo de la semana pasada", "2025-03-06", "past", "2025-03-02", "2025-03-03", "day"),
    ("el lunes de esta semana", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("el jueves 13", "2025-03-06", "future", "2025-03-13", "2025-03-14", "day"),
    ("el martes 4 de marzo", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
]

CALENDAR_UNITS: list[Row] = [
    ("la semana pasada", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("la semana anterior", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("esta semana", "2025-03-06", "past", "2025-03-03", "2025-03-10", "week"),
    ("la próxima semana", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("la proxima semana", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("la semana que viene", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("la semana entrante", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("el mes pasado", "2025-03-06", "past", "2025-02-01", "2025-03-01", "month"),
    ("el pasado mes", "2025-03-06", "past", "2025-02-01", "2025-03-01", "month"),
    ("este mes", "2025-03-06", "past", "2025-03-01", "2025-04-01", "month"),
    ("el próximo mes", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("el mes que viene", "2025-03-06", "past", "2025-04-01", "2025-05-01", "month"),
    ("el año pasado", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("el ano pasado", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("el pasado año", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("este año", "2025-03-06", "past", "2025-01-01", "2026-01-01", "year"),
    ("el próximo año", "2025-03-06", "past", "2026-01-01", "2027-01-01", "year"),
    ("el año que viene", "2025-03-06", "past", "2026-01-01", "2027-01-01", "year"),
    ("el fin de semana pasado", "2025-03-06", "past", "2025-03-01", "2025-03-03", "weekend"),
    ("este fin de semana", "2025-03-06", "past", "2025-03-08", "2025-03-10", "weekend"),
    ("el próximo fin de semana", "2025-03-06", "past", "2025-03-15", "2025-03-17", "weekend"),
    ("el próximo trimestre", "2025-03-06", "past", "2025-04-01", "2025-07-01", "quarter"),
    ("el trimestre pasado", "2025-03-06", "past", "2024-10-01", "2025-01-01", "quarter"),
    ("el verano pasado", "2025-03-06", "past", "2024-06-21", "2024-09-23", "season"),
    # a count of units before or after the relative word
    ("los últimos tres días", "2025-03-06", "past", "2025-03-03", "2025-03-06", "day"),
    ("los próximos 3 días", "2025-03-06", "past", "2025-03-07", "2025-03-10", "day"),
    ("las próximas dos semanas", "2025-03-06", "past", "2025-03-10", "2025-03-24", "week"),
    ("las dos próximas semanas", "2025-03-06", "past", "2025-03-10", "2025-03-24", "week"),
    ("los tres meses que vienen", "2025-03-06", "past", "2025-04-01", "2025-07-01", "month"),
    ("los pasados dos años", "2025-03-06", "past", "2023-01-01", "2025-01-01", "year"),
]

OFFSETS: list[Row] = [
    # offsets keep the grain of their unit (docs/conventions.md)
    ("hace tres días", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("hace 3 días", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("hace tres dias", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("hace una semana", "2025-03-06", "past", "2025-02-24", "2025-03-03", "week"),
    ("hace un mes", "2025-03-06", "past", "2025-02-01", "2025-03-01", "month"),
    ("hace dos años", "2025-03-06", "past", "2023-01-01", "2024-01-01", "year"),
    ("hace un año y medio", "2025-03-06", "past", "2023-09-01", "2023-10-01", "month"),
    ("hace más de un año", "2025-03-06", "past", "2024-01-01", "2025-01-01", "year"),
    ("desde hace dos años", "2025-03-06", "past", "2023-01-01", "2024-01-01", "year"),
    ("hace medio año", "2025-03-06", "past", "2024-09-01", "2024-10-01", "month"),
    ("hace dos horas", "2025-03-06T12:00", "past", "2025-03-06T10:00", "2025-03-06T11:00", "hour"),
    ("dentro de dos semanas", "2025-03-06", "past", "2025-03-17", "2025-03-24", "week"),
    ("dentro de 10 días", "2025-03-06", "past", "2025-03-16", "2025-03-17", "day"),
    ("en tres meses", "2025-03-06", "past", "2025-06-01", "2025-07-01", "month"),
    ("en un año", "2025-03-06", "past", "2026-01-01", "2027-01-01", "year"),
    ("en veinticuatro horas", "2025-03-06T12:00", "past", "2025-03-07T12:00", "2025-03-07T13:00", "hour"),
    ("tres días después", "2025-03-06", "past", "2025-03-09", "2025-03-10", "day"),
    ("dos semanas antes", "2025-03-06", "past", "2025-02-17", "2025-02-24", "week"),
    ("cinco años atrás", "2025-03-06", "past", "2020-01-01", "2021-01-01", "year"),
]

ABSOLUTE: list[Row] = [
    # ordinals written with a figure and an ending or a mark ("1er", "2do", "3.er", "1.º", "1.ª")
    ("el 1er trimestre", "2025-11-17", "past", "2025-01-01", "2025-04-01", "quarter"),
    ("el 3er trimestre de 2024", "2025-11-17", "past", "2024-07-01", "2024-10-01", "quarter"),
    ("el 4to trimestre", "2025-11-17", "future", "2025-10-01", "2026-01-01", "quarter"),
    ("la 1.ª semana de diciembre", "2025-11-17", "future", "2025-12-01", "2025-12-08", "week"),
    ("el 1.º de diciembre", "2025-11-17", "past", "2024-12-01", "2024-12-02", "day"),
    ("el 12 de octubre de 2023", "2025-03-06", "past", "2023-10-12", "2023-10-13", "day"),
    ("12 de octubre", "2025-03-06", "past", "2024-10-12", "2024-10-13", "day"),
    ("12 de octubre", "2025-03-06", "future", "2025-10-12", "2025-10-13", "day"),
    ("el 24 de febrero de 2022", "2025-03-06", "past", "2022-02-24", "2022-02-25", "day"),
    ("el 1 de marzo", "2025-03-06", "past", "2025-03-01", "2025-03-02", "day"),
    ("el 1º de mayo", "2025-03-06", "future", "2025-05-01", "2025-05-02", "day"),
    ("el primero de mayo", "2025-03-06", "future", "2025-05-01", "2025-05-02", "day"),
    ("el cinco de mayo de 2013", "2025-03-06", "past", "2013-05-05", "2013-05-06", "day"),
    ("el 16", "2025-03-06", "future", "2025-03-16", "2025-03-17", "day"),
    ("el día 16", "2025-03-06", "future", "2025-03-16", "2025-03-17", "day"),
    ("el día 15 de marzo", "2025-03-06", "future", "2025-03-15", "2025-03-16", "day"),
    ("lunes, 3 de marzo de 2025", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("el 3/3/2025", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("14-03-2024", "2025-03-06", "past", "2024-03-14", "2024-03-15", "day"),
    ("14.03.2024", "2025-03-06", "past", "2024-03-14", "2024-03-15", "day"),
    ("en marzo", "2025-03-06", "past", "2025-03-01", "2025-04-01", "month"),
    ("en marzo de 2024", "2025-03-06", "past", "2024-03-01", "2024-04-01", "month"),
    ("en septiembre", "2025-03-06", "past", "2024-09-01", "2024-10-01", "month"),
    ("en setiembre", "2025-03-06", "past", "2024-09-01", "2024-10-01", "month"),
    ("en 2030", "2025-03-06", "past", "2030-01-01", "2031-01-01", "year"),
    ("en el año 2019", "2025-03-06", "past", "2019-01-01", "2020-01-01", "year"),
    ("en mil novecientos noventa", "2025-03-06", "past", "1990-01-01", "1991-01-01", "year"),
    ("en el tercer trimestre", "2025-03-06", "past", "2024-07-01", "2024-10-01", "quarter"),  # 2025's has not begun
    ("en el tercer trimestre", "2025-03-06", "future", "2025-07-01", "2025-10-01", "quarter"),
    ("el primer lunes de octubre de 2024", "2025-03-06", "past", "2024-10-07", "2024-10-08", "day"),
    ("el 10 del mes pasado", "2025-03-06", "past", "2025-02-10", "2025-02-11", "day"),
    ("el 5 del próximo mes", "2025-03-06", "past", "2025-04-05", "2025-04-06", "day"),
    ("el pasado 12 de febrero", "2025-03-06", "past", "2025-02-12", "2025-02-13", "day"),
    ("el próximo 15 de marzo", "2025-03-06", "past", "2025-03-15", "2025-03-16", "day"),
    ("el mes de octubre", "2025-03-06", "past", "2024-10-01", "2024-11-01", "month"),
    ("el pasado mes de enero", "2025-03-06", "past", "2025-01-01", "2025-02-01", "month"),
    ("este 2025", "2025-03-06", "past", "2025-01-01", "2026-01-01", "year"),
    ("los días 3 y 4 de marzo", "2025-03-06", "past", "2025-03-03", "2025-03-05", "day"),
    ("el último día del mes", "2025-03-06", "past", "2025-03-31", "2025-04-01", "day"),
    ("en el siglo XX", "2025-03-06", "past", "1900-01-01", "2000-01-01", "century"),
    ("el siglo XXI", "2025-03-06", "past", "2000-01-01", "2100-01-01", "century"),
    ("en los años 90", "2025-03-06", "past", "1990-01-01", "2000-01-01", "decade"),
    ("en la década de 1980", "2025-03-06", "past", "1980-01-01", "1990-01-01", "decade"),
    ("los años noventa", "2025-03-06", "past", "1990-01-01", "2000-01-01", "decade"),
]

TIMES: list[Row] = [
    ("a las 18:00", "2025-03-06T12:00", "past", "2025-03-05T18:00", "2025-03-05T18:01", "minute"),
    ("hoy a las 18:00", "2025-03-06", "past", "2025-03-06T18:00", "2025-03-06T18:01", "minute"),
    ("hoy a las 10.30 horas", "2025-03-06", "past", "2025-03-06T10:30", "2025-03-06T10:31", "minute"),
    ("mañana a las 10", "2025-03-06", "past", "2025-03-07T10:00", "2025-03-07T11:00", "hour"),
    ("ayer a las 6 de la tarde", "2025-03-06", "past", "2025-03-05T18:00", "2025-03-05T19:00", "hour"),
    ("a las tres de la tarde", "2025-03-06T09:00", "future", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
    ("las doce y cuarto", "2025-03-06T09:00", "future", "2025-03-06T12:15", "2025-03-06T12:16", "minute"),
    ("las doce menos cuarto", "2025-03-06T09:00", "future", "2025-03-06T11:45", "2025-03-06T11:46", "minute"),
    ("hoy a las doce menos cinco", "2025-03-06", "past", "2025-03-06T11:55", "2025-03-06T11:56", "minute"),
    ("a las ocho y media de la tarde", "2025-03-06T09:00", "future", "2025-03-06T20:30", "2025-03-06T20:31",
     "minute"),
    ("a las tres y cuarto", "2025-03-06T09:00", "future", "2025-03-06T15:15", "2025-03-06T15:16", "minute"),
    ("a las 3 y media", "2025-03-06T16:00", "past", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("15.30", "2025-03-06T09:00", "future", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("a las 20.00 horas", "2025-03-06T09:00", "future", "2025-03-06T20:00", "2025-03-06T20:01", "minute"),
    ("a las 8 de la noche", "2025-03-06T09:00", "future", "2025-03-06T20:00", "2025-03-06T21:00", "hour"),
    ("sobre las 10 de la mañana", "2025-03-06", "future", "2025-03-06T10:00", "2025-03-06T11:00", "hour"),
    ("el domingo por la noche", "2025-03-06", "past", "2025-03-02T18:00", "2025-03-03T00:00", "part_of_day"),
    ("hoy a las 8 a.m.", "2025-03-06T12:00", "past", "2025-03-06T08:00", "2025-03-06T09:00", "hour"),
    ("ayer a las 8 p. m.", "2025-03-06T12:00", "past", "2025-03-05T20:00", "2025-03-05T21:00", "hour"),
    ("mañana temprano", "2025-03-06", "past", "2025-03-07T00:00", "2025-03-07T12:00", "part_of_day"),
    ("a las 9:30 hora local", "2025-03-06", "future", "2025-03-06T09:30", "2025-03-06T09:31", "minute"),
    ("a mediodía", "2025-03-06T09:00", "future", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
    ("a medianoche", "2025-03-06T09:00", "future", "2025-03-07T00:00", "2025-03-07T01:00", "hour"),
    ("esta mañana", "2025-03-06T15:00", "past", "2025-03-06T00:00", "2025-03-06T12:00", "part_of_day"),
    ("esta tarde", "2025-03-06T09:00", "future", "2025-03-06T12:00", "2025-03-06T19:00", "part_of_day"),
    ("esta noche", "2025-03-06T09:00", "future", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day"),
    ("ayer por la tarde", "2025-03-06", "past", "2025-03-05T12:00", "2025-03-05T19:00", "part_of_day"),
    ("mañana por la mañana", "2025-03-06", "past", "2025-03-07T00:00", "2025-03-07T12:00", "part_of_day"),
    ("el lunes por la mañana", "2025-03-06", "past", "2025-03-03T00:00", "2025-03-03T12:00", "part_of_day"),
    ("anoche", "2025-03-06", "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("a las 9 de la mañana", "2025-03-06", "future", "2025-03-06T09:00", "2025-03-06T10:00", "hour"),
    ("6 de la mañana", "2025-03-06", "future", "2025-03-06T06:00", "2025-03-06T07:00", "hour"),
]

RANGES: list[Row] = [
    # one night named by the two days it joins is the night of the first (read on Monday 17 November 2025)
    ("la noche del sábado al domingo", "2025-11-17", "past", "2025-11-15T18:00", "2025-11-16T00:00", "part_of_day"),
    ("en la noche del 31 de octubre al 1 de noviembre", "2025-11-17", "past", "2025-10-31T18:00",
     "2025-11-01T00:00", "part_of_day"),
    ("del martes 18 al jueves 20 de noviembre", "2025-11-17", "future", "2025-11-18", "2025-11-21", "day"),
    ("del 13 al 15 de julio", "2025-03-06", "future", "2025-07-13", "2025-07-16", "day"),
    ("13 a 15 de julio", "2025-03-06", "future", "2025-07-13", "2025-07-16", "day"),
    ("entre el 3 y el 5 de marzo", "2025-03-06", "past", "2025-03-03", "2025-03-06", "day"),
    ("desde el lunes hasta el miércoles", "2025-03-06", "past", "2025-03-03", "2025-03-06", "day"),
    ("de lunes a miércoles", "2025-03-06", "past", "2025-03-03", "2025-03-06", "day"),
    ("del 1 de enero al 31 de marzo de 2024", "2025-03-06", "past", "2024-01-01", "2024-04-01", "day"),
    ("de 9:30 a 11:00", "2025-03-06", "future", "2025-03-06T09:30", "2025-03-06T11:01", "minute"),
    ("durante dos semanas", "2025-03-06", "past", "2025-03-06", "2025-03-20", "day"),
    ("durante el fin de semana", "2025-03-06", "past", "2025-03-01", "2025-03-03", "weekend"),
    ("durante el verano", "2025-03-06", "past", "2024-06-21", "2024-09-23", "season"),
]

QUALIFIERS_AND_VAGUE: list[Row] = [
    ("desde 2014", "2025-03-06", "past", "2014-01-01", "2015-01-01", "year"),
    ("a partir del 1 de abril", "2025-03-06", "future", "2025-04-01", "2025-04-02", "day"),
    ("a principios de marzo", "2025-03-06", "past", "2025-03-01", "2025-03-11", "day"),
    ("a mediados de abril", "2025-03-06", "future", "2025-04-11", "2025-04-21", "day"),
    ("a finales de mayo", "2025-03-06", "future", "2025-05-21", "2025-06-01", "day"),
    ("a fines de mayo", "2025-03-06", "future", "2025-05-21", "2025-06-01", "day"),
    ("a finales de año", "2025-03-06", "past", "2025-09-01", "2026-01-01", "month"),
    ("a finales del año pasado", "2025-03-06", "past", "2024-09-01", "2025-01-01", "month"),
    ("recientemente", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("hace poco", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("últimamente", "2025-03-06", "past", "2025-02-04", "2025-03-06", "day"),
    ("próximamente", "2025-03-06", "past", "2025-03-07", "2025-04-06", "day"),
    ("en los próximos días", "2025-03-06", "past", "2025-03-07", "2025-03-14", "day"),
    ("en las próximas semanas", "2025-03-06", "past", "2025-03-07", "2025-04-18", "day"),
    ("en los últimos meses", "2025-03-06", "past", "2024-09-05", "2025-03-06", "day"),
    ("alrededor del 15 de marzo", "2025-03-06", "future", "2025-03-15", "2025-03-16", "day"),
]

HOLIDAYS: list[Row] = [
    ("Navidad", "2025-03-06", "past", "2024-12-25", "2024-12-26", "day"),
    ("la Navidad", "2025-03-06", "future", "2025-12-25", "2025-12-26", "day"),
    ("Nochevieja", "2025-03-06", "past", "2024-12-31", "2025-01-01", "day"),
    ("el Día de la Hispanidad", "2025-03-06", "past", "2024-10-12", "2024-10-13", "day"),
    ("el Dia de la Hispanidad de 2023", "2025-03-06", "past", "2023-10-12", "2023-10-13", "day"),
    ("el Día de Reyes", "2025-03-06", "past", "2025-01-06", "2025-01-07", "day"),
    ("Año Nuevo", "2025-03-06", "future", "2026-01-01", "2026-01-02", "day"),
    ("el Viernes Santo", "2025-03-06", "future", "2025-04-18", "2025-04-19", "day"),
    ("la Navidad pasada", "2025-03-06", "past", "2024-12-25", "2024-12-26", "day"),
]

FAMILIES = {
    "relative days": RELATIVE_DAYS, "weekdays": WEEKDAYS, "calendar units": CALENDAR_UNITS, "offsets": OFFSETS,
    "absolute": ABSOLUTE, "times": TIMES, "ranges": RANGES, "qualifiers and vague": QUALIFIERS_AND_VAGUE,
    "holidays": HOLIDAYS,
}
ROWS = [pytest.param(*row, id=f"{family}:{row[0]}:{row[2]}") for family, rows in FAMILIES.items() for row in rows]


@pytest.mark.parametrize(("text", "ref", "prefer", "start", "end", "grain"), ROWS)
def test_spanish(text: str, ref: str, prefer: str, start: str, end: str, grain: str) -> None:
    _check(text, ref, prefer, start, end, grain)


def test_explanations_are_english_and_quote_the_spanish_words() -> None:
    span = resolve("el pasado martes", reference=date(2025, 3, 6), language="es")
    assert span.explanation.startswith("el pasado martes → 2025-03-04")
    assert "Tuesday" in span.explanation


def test_unknown_words_get_suggestions_from_the_spanish_lexicon() -> None:
    with pytest.raises(UnknownWordError) as caught:
        resolve("el juevs pasado", reference=date(2025, 3, 6), language="es")
    assert caught.value.suggestion == "jueves"
    assert (caught.value.token, caught.value.position) == ("juevs", 3)
    assert "in Spanish" in str(caught.value)


def test_spanish_in_an_english_expression_names_the_language() -> None:
    with pytest.raises(UnknownWordError, match="looks Spanish; set language: es"):
        resolve("la semana pasada", reference=date(2025, 3, 6))


def test_an_events_file_in_spanish(tmp_path: object) -> None:
    from pathlib import Path

    from timeline.loader import LoadOptions, load

    path = Path(str(tmp_path)) / "eventos.yaml"
    path.write_text("reference: 2025-03-06\nlanguage: es\nevents:\n"
                    "  - {title: Cumbre, when: el pasado martes}\n"
                    "  - {title: Votación, when: dentro de dos semanas}\n"
                    "  - {title: Acuerdo, when: el 12 de octubre de 2023}\n", encoding="utf-8")
    result = load([str(path)], LoadOptions())
    spans = {e.title: (e.span.start.isoformat(), e.span.granularity.value) for e in result.timeline.events}
    assert spans == {"Cumbre": ("2025-03-04", "day"), "Votación": ("2025-03-17", "week"),
                     "Acuerdo": ("2023-10-12", "day")}


def test_cli_resolve_in_spanish() -> None:
    run = subprocess.run([sys.executable, "-m", "timeline", "resolve", "hace tres días", "--ref", "2025-03-06",
                          "--lang", "es", "-f", "csv"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "2025-03-03" in run.stdout
    run = subprocess.run([sys.executable, "-m", "timeline", "resolve", "el juevs", "--ref", "2025-03-06",
                          "--lang", "es"], capture_output=True, text=True, check=False)
    assert run.returncode != 0 and "jueves" in run.stderr


ARTICLE = """\
MADRID, 6 de marzo de 2025 (EFE).- El Gobierno español anunció el martes un nuevo paquete de ayuda a Ucrania, \
tras la reunión que los ministros de Exteriores de la Unión Europea celebraron la semana pasada en Bruselas.
«Nos reuniremos el viernes con los socios europeos», dijo el ministro, que viajará a Kiev el próximo lunes.
Según fuentes diplomáticas, la cumbre de líderes europeos se celebrará el 20 de marzo.
El acuerdo de alto el fuego, firmado hace tres semanas, ha sido vulnerado en varias ocasiones.
Los negociadores se reunirán de nuevo a finales de mes.
"""

# (the words of the mention, its value, its direction, inside quote marks)
MENTIONS = [
    ("martes", "2025-03-04", "past", False),  # "anunció": pretérito
    ("semana pasada", "2025-W09", "past", False),
    ("viernes", "2025-03-07", "future", True),  # "reuniremos": future, inside « »
    ("próximo lunes", "2025-03-10", "future", False),
    ("20 de marzo", "2025-03-20", "future", False),
    ("hace tres semanas", "2025-W07", "past", False),
    ("a finales de mes", "2025-03", "future", False),
]


@pytest.mark.parametrize(("words", "value", "direction", "quoted"), MENTIONS)
def test_extract_a_spanish_article(words: str, value: str, direction: str, quoted: bool) -> None:
    from timeline.extraction import extract

    found = {m.text: m for m in extract(ARTICLE, language="es")}
    assert words in found, sorted(found)
    mention = found[words]
    assert (mention.value, mention.direction, mention.quoted, mention.language) == (value, direction, quoted, "es")


def test_extract_dates_the_article_from_its_dateline_and_drafts_spanish_titles() -> None:
    from timeline.extraction import article_document, read_article

    doc = article_document(read_article(ARTICLE, language="auto"))
    assert (doc["reference"], doc["language"]) == ("2025-03-06", "es")
    titles = {e["when"]: e["title"] for e in doc["events"]}
    assert "6 de marzo de 2025" not in titles
    assert titles["martes"] == "Gobierno español anunció un nuevo paquete de ayuda a Ucrania"
    assert titles["20 de marzo"] == "Cumbre de líderes europeos se celebrará"
