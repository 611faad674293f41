"""French (issue 12): a table per family of expression, reference, prefer and expected span.

The rows are written the way French news writes dates ("jeudi dernier", "le 1er mars",
"il y a trois semaines", "à 18h30", "d'ici la fin de l'année"), read on Thursday 6 March 2025
unless the row says otherwise; each is (expression, reference, prefer, start, exclusive end,
granularity). Conventions are ours (docs/conventions.md, docs/languages/fr.md): a bare weekday
follows prefer, "mardi prochain" is the first Tuesday after the reference, a week is ISO.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from timeline import resolve
from timeline.errors import ExpressionError, UnknownWordError
from timeline.model import Event

Row = tuple[str, str, str, str, str, str]
THU = "2025-03-06"


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _check(text: str, ref: str, prefer: str, start: str, end: str, grain: str) -> None:
    span = resolve(text, reference=_when(ref), prefer=prefer, language="fr")
    got = (span.start.isoformat()[:16], span.end.isoformat()[:16], span.granularity.value)
    assert got == (start, end, grain), span.explanation
    assert span.explanation.startswith(text.strip())  # the explanation quotes the words as written


RELATIVE_DAYS: list[Row] = [
    ("hier", THU, "past", "2025-03-05", "2025-03-06", "day"),
    ("Hier", THU, "past", "2025-03-05", "2025-03-06", "day"),
    ("aujourd'hui", THU, "past", "2025-03-06", "2025-03-07", "day"),
    ("aujourd’hui", THU, "future", "2025-03-06", "2025-03-07", "day"),
    ("aujourd hui", THU, "future", "2025-03-06", "2025-03-07", "day"),
    ("AUJOURD'HUI", THU, "future", "2025-03-06", "2025-03-07", "day"),
    ("demain", THU, "past", "2025-03-07", "2025-03-08", "day"),
    ("avant-hier", THU, "past", "2025-03-04", "2025-03-05", "day"),
    ("avant hier", THU, "past", "2025-03-04", "2025-03-05", "day"),
    ("après-demain", THU, "past", "2025-03-08", "2025-03-09", "day"),
    ("apres-demain", THU, "past", "2025-03-08", "2025-03-09", "day"),
    ("la veille", "2024-11-06", "past", "2024-11-05", "2024-11-06", "day"),
    ("le lendemain", "2024-11-06", "past", "2024-11-07", "2024-11-08", "day"),
    ("le lendemain du 13 février", THU, "past", "2025-02-14", "2025-02-15", "day"),
    ("la veille du 14 juillet", THU, "future", "2025-07-13", "2025-07-14", "day"),
    ("hier soir", THU, "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    ("demain matin", THU, "past", "2025-03-07T00:00", "2025-03-07T12:00", "part_of_day"),
    ("cet après-midi", THU, "past", "2025-03-06T12:00", "2025-03-06T19:00", "part_of_day"),
    ("ce soir", THU, "past", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day"),
    ("maintenant", "2025-03-06T10:15", "past", "2025-03-06T10:15", "2025-03-06T10:15", "second"),
    ("le surlendemain", "2024-11-06", "past", "2024-11-08", "2024-11-09", "day"),
    ("le surlendemain du 9 mars", THU, "future", "2025-03-11", "2025-03-12", "day"),
    ("l'avant-veille du 14 juillet", THU, "future", "2025-07-12", "2025-07-13", "day"),
    ("la nuit dernière", THU, "past", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day"),
    # noon is 12:00, never midnight: said before noon with prefer past, yesterday's
    ("à midi", "2025-03-06T10:15", "past", "2025-03-05T12:00", "2025-03-05T13:00", "hour"),
    ("à midi", "2025-03-06T10:15", "future", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
]

WEEKDAYS: list[Row] = [
    ("lundi", THU, "past", "2025-03-03", "2025-03-04", "day"),
    ("lundi", THU, "future", "2025-03-10", "2025-03-11", "day"),
    ("jeudi", THU, "past", "2025-03-06", "2025-03-07", "day"),
    ("vendredi dernier", THU, "past", "2025-02-28", "2025-03-01", "day"),
    ("mardi dernier", THU, "future", "2025-03-04", "2025-03-05", "day"),
    ("mardi prochain", THU, "past", "2025-03-11", "2025-03-12", "day"),
    ("samedi prochain", THU, "past", "2025-03-08", "2025-03-09", "day"),
    ("le mercredi précédent", THU, "past", "2025-03-05", "2025-03-06", "day"),
    ("dimanche soir", THU, "past", "2025-03-02T18:00", "2025-03-03T00:00", "part_of_day"),
    ("samedi matin", THU, "future", "2025-03-08T00:00", "2025-03-08T12:00", "part_of_day"),
    ("mardi 4 mars", THU, "past", "2025-03-04", "2025-03-05", "day"),
    ("mardi 4 mars dernier", THU, "future", "2025-03-04", "2025-03-05", "day"),
    ("mer. 5 mars", THU, "past", "2025-03-05", "2025-03-06", "day"),
    ("vendredi 14", THU, "future", "2025-03-14", "2025-03-15", "day"),
    ("mardi de la semaine prochaine", THU, "past", "2025-03-11", "2025-03-12", "day"),
    ("lundi de la semaine dernière", THU, "past", "2025-02-24", "2025-02-25", "day"),
    ("le premier lundi d'avril", THU, "future", "2025-04-07", "2025-04-08", "day"),
    ("le dernier vendredi de février", THU, "past", "2025-02-28", "2025-03-01", "day"),
    ("lundi en huit", THU, "future", "2025-03-17", "2025-03-18", "day"),
    # "en huit", "en quinze" count from the coming weekday, the reference's own day included, in any tense
    ("jeudi en huit", THU, "past", "2025-03-13", "2025-03-14", "day"),
    ("jeudi en quinze", THU, "future", "2025-03-20", "2025-03-21", "day"),
    ("vendredi en huit", THU, "past", "2025-03-14", "2025-03-15", "day"),
    ("mercredi en 8", THU, "future", "2025-03-19", "2025-03-20", "day"),
    ("lundi en huit à 15h", THU, "future", "2025-03-17T15:00", "2025-03-17T16:00", "hour"),
]

CALENDAR_UNITS: list[Row] = [
    ("la semaine dernière", THU, "past", "2025-02-24", "2025-03-03", "week"),
    ("la semaine derniere", THU, "past", "2025-02-24", "2025-03-03", "week"),
    ("cette semaine", THU, "past", "2025-03-03", "2025-03-10", "week"),
    ("la semaine prochaine", THU, "past", "2025-03-10", "2025-03-17", "week"),
    ("la semaine suivante", THU, "past", "2025-03-10", "2025-03-17", "week"),
    ("le mois dernier", THU, "past", "2025-02-01", "2025-03-01", "month"),
    ("le mois prochain", THU, "past", "2025-04-01", "2025-05-01", "month"),
    ("ce mois-ci", THU, "past", "2025-03-01", "2025-04-01", "month"),
    ("au cours de la semaine", THU, "past", "2025-03-03", "2025-03-10", "week"),
    ("l'année dernière", THU, "past", "2024-01-01", "2025-01-01", "year"),
    ("l’an dernier", THU, "past", "2024-01-01", "2025-01-01", "year"),
    ("l'an passé", THU, "past", "2024-01-01", "2025-01-01", "year"),
    ("cette année", THU, "past", "2025-01-01", "2026-01-01", "year"),
    ("l'année prochaine", THU, "past", "2026-01-01", "2027-01-01", "year"),
    ("le trimestre prochain", THU, "past", "2025-04-01", "2025-07-01", "quarter"),
    ("le week-end dernier", THU, "past", "2025-03-01", "2025-03-03", "weekend"),
    ("ce week-end", THU, "future", "2025-03-08", "2025-03-10", "weekend"),
    ("les deux dernières semaines", THU, "past", "2025-02-17", "2025-03-03", "week"),
    ("les 3 prochains jours", THU, "past", "2025-03-07", "2025-03-10", "day"),
    ("les trois mois suivants", THU, "past", "2025-04-01", "2025-07-01", "month"),
]

OFFSETS: list[Row] = [
    ("il y a trois jours", THU, "past", "2025-03-03", "2025-03-04", "day"),
    ("il y a 3 jours", THU, "past", "2025-03-03", "2025-03-04", "day"),
    ("il y a une semaine", THU, "past", "2025-02-24", "2025-03-03", "week"),
    ("il y a deux ans", THU, "past", "2023-01-01", "2024-01-01", "year"),
    ("il y a six mois", THU, "past", "2024-09-01", "2024-10-01", "month"),
    ("dans un mois", THU, "past", "2025-04-01", "2025-05-01", "month"),
    ("dans deux semaines", THU, "past", "2025-03-17", "2025-03-24", "week"),
    ("dans 10 jours", THU, "past", "2025-03-16", "2025-03-17", "day"),
    ("deux jours plus tard", THU, "past", "2025-03-08", "2025-03-09", "day"),
    ("trois jours après", THU, "past", "2025-03-09", "2025-03-10", "day"),
    ("dans deux heures", "2025-03-06T10:00", "past", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
    ("il y a vingt-cinq ans", THU, "past", "2000-01-01", "2001-01-01", "year"),
    ("il y a une dizaine d'années", THU, "past", "2015-01-01", "2016-01-01", "year"),
    ("il y a plus de deux ans", THU, "past", "2023-01-01", "2024-01-01", "year"),
    ("il y a à peine une semaine", THU, "past", "2025-02-24", "2025-03-03", "week"),
    ("voilà deux ans", THU, "past", "2023-01-01", "2024-01-01", "year"),
    ("il y a près d'un mois", THU, "past", "2025-02-01", "2025-03-01", "month"),
    ("près d'un an plus tard", THU, "past", "2026-01-01", "2027-01-01", "year"),
    ("il y a trois ans jour pour jour", THU, "past", "2022-03-06", "2022-03-07", "day"),
    ("il y a un mois, jour pour jour", THU, "past", "2025-02-06", "2025-02-07", "day"),
]

DATES: list[Row] = [
    ("le 1er mars", THU, "past", "2025-03-01", "2025-03-02", "day"),
    ("le 1er avril", THU, "future", "2025-04-01", "2025-04-02", "day"),
    ("le 14 juillet 2024", THU, "past", "2024-07-14", "2024-07-15", "day"),
    ("3 mars 2025", THU, "past", "2025-03-03", "2025-03-04", "day"),
    ("le 3 mars dernier", THU, "past", "2025-03-03", "2025-03-04", "day"),
    ("le 24 février 2022", THU, "past", "2022-02-24", "2022-02-25", "day"),
    ("24 fevrier 2022", THU, "past", "2022-02-24", "2022-02-25", "day"),
    ("le 2", THU, "future", "2025-04-02", "2025-04-03", "day"),
    ("le 15 du mois", THU, "future", "2025-03-15", "2025-03-16", "day"),
    ("20/02/2025", THU, "past", "2025-02-20", "2025-02-21", "day"),
    ("le 5/3", THU, "past", "2025-03-05", "2025-03-06", "day"),
    ("mardi 04/03", THU, "past", "2025-03-04", "2025-03-05", "day"),
    ("20 02 2025", THU, "past", "2025-02-20", "2025-02-21", "day"),
    ("mars 2024", THU, "past", "2024-03-01", "2024-04-01", "month"),
    ("en avril", THU, "future", "2025-04-01", "2025-05-01", "month"),
    ("en février", THU, "past", "2025-02-01", "2025-03-01", "month"),
    ("au mois de mai", THU, "future", "2025-05-01", "2025-06-01", "month"),
    ("en 2030", THU, "past", "2030-01-01", "2031-01-01", "year"),
    ("le 3e jour d'octobre", THU, "future", "2025-10-03", "2025-10-04", "day"),
    ("le 15 sept. 2024", THU, "past", "2024-09-15", "2024-09-16", "day"),
    ("l'été dernier", THU, "past", "2024-06-21", "2024-09-23", "season"),
    ("au printemps 2024", THU, "past", "2024-03-20", "2024-06-21", "season"),
    ("début mars", THU, "past", "2025-03-01", "2025-03-11", "day"),
    ("mi-mars", THU, "past", "2025-03-11", "2025-03-21", "day"),
    ("fin mars", THU, "past", "2025-03-21", "2025-04-01", "day"),
    ("à la fin du mois", THU, "past", "2025-03-21", "2025-04-01", "day"),
    ("fin du mois de mars", THU, "past", "2025-03-21", "2025-04-01", "day"),
    ("au début de l'année", THU, "past", "2025-01-01", "2025-04-01", "month"),
    ("fin 2024", THU, "past", "2024-09-01", "2025-01-01", "month"),
    ("courant 2025", THU, "past", "2025-01-01", "2026-01-01", "year"),
    ("l'année 2020", THU, "past", "2020-01-01", "2021-01-01", "year"),
    ("dans les années 1990", THU, "past", "1990-01-01", "2000-01-01", "decade"),
    ("les années 80", THU, "past", "1980-01-01", "1990-01-01", "decade"),
    ("au XXe siècle", THU, "past", "1900-01-01", "2000-01-01", "century"),
    ("au deuxième trimestre 2024", THU, "past", "2024-04-01", "2024-07-01", "quarter"),
    # "la première / deuxième quinzaine": the first or second half of a month (days 1-15, 16 to the end)
    ("la première quinzaine de mars", THU, "past", "2025-03-01", "2025-03-16", "day"),
    ("dans la seconde quinzaine de janvier", THU, "past", "2025-01-16", "2025-02-01", "day"),
    ("la deuxième quinzaine du mois prochain", THU, "past", "2025-04-16", "2025-05-01", "day"),
    ("la première quinzaine de juillet 2024", THU, "future", "2024-07-01", "2024-07-16", "day"),
]

TIMES: list[Row] = [
    ("à 18h", "2025-03-06T12:00", "future", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("à 18 h", "2025-03-06T12:00", "future", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("à 18h30", "2025-03-06T12:00", "future", "2025-03-06T18:30", "2025-03-06T18:31", "minute"),
    ("à 18 heures", "2025-03-06T12:00", "future", "2025-03-06T18:00", "2025-03-06T19:00", "hour"),
    ("à 18:30", "2025-03-06T12:00", "future", "2025-03-06T18:30", "2025-03-06T18:31", "minute"),
    ("vers 15 heures", "2025-03-06T12:00", "future", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
    ("hier à 20h", THU, "past", "2025-03-05T20:00", "2025-03-05T21:00", "hour"),
    ("demain à 9h du matin", THU, "past", "2025-03-07T09:00", "2025-03-07T10:00", "hour"),
    ("à 8h du soir", "2025-03-06T12:00", "future", "2025-03-06T20:00", "2025-03-06T21:00", "hour"),
    ("ce soir à 20h30", THU, "past", "2025-03-06T20:30", "2025-03-06T20:31", "minute"),
    ("lundi à 11h", THU, "future", "2025-03-10T11:00", "2025-03-10T12:00", "hour"),
    ("le 12 mars à 15h", THU, "future", "2025-03-12T15:00", "2025-03-12T16:00", "hour"),
    ("le 2 mars vers 5h", THU, "past", "2025-03-02T05:00", "2025-03-02T06:00", "hour"),
    ("midi", "2025-03-06T09:00", "future", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
    ("minuit", "2025-03-06T09:00", "future", "2025-03-07T00:00", "2025-03-07T01:00", "hour"),
    ("à midi et demi", "2025-03-06T09:00", "future", "2025-03-06T12:30", "2025-03-06T12:31", "minute"),
    ("à huit heures moins le quart", "2025-03-06T06:00", "future", "2025-03-06T07:45", "2025-03-06T07:46",
     "minute"),
    ("à dix heures et quart", "2025-03-06T06:00", "future", "2025-03-06T10:15", "2025-03-06T10:16", "minute"),
    ("à quinze heures trente", "2025-03-06T06:00", "future", "2025-03-06T15:30", "2025-03-06T15:31", "minute"),
    ("à 7h45", "2025-03-06T06:00", "future", "2025-03-06T07:45", "2025-03-06T07:46", "minute"),
    ("à 9 heures 30", "2025-03-06T06:00", "future", "2025-03-06T09:30", "2025-03-06T09:31", "minute"),
    ("à 14h heure de Paris", "2025-03-06T06:00", "future", "2025-03-06T14:00", "2025-03-06T15:00", "hour"),
    ("à 14h30 heure locale", "2025-03-06T06:00", "future", "2025-03-06T14:30", "2025-03-06T14:31", "minute"),
    ("en fin de journée", "2025-03-06T06:00", "future", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day"),
    ("en début de journée", "2025-03-06T06:00", "past", "2025-03-06T00:00", "2025-03-06T09:00", "part_of_day"),
    # early / mid / late parts of the day (docs/conventions.md §11): the waking morning's middle and end,
    # the afternoon's middle and its last two hours
    ("jeudi en fin d'après-midi", THU, "past", "2025-03-06T17:00", "2025-03-06T19:00", "part_of_day"),
    ("hier en milieu de matinée", THU, "past", "2025-03-05T09:00", "2025-03-05T11:00", "part_of_day"),
    ("demain en fin de matinée", THU, "future", "2025-03-07T10:00", "2025-03-07T12:00", "part_of_day"),
    ("vendredi au milieu de l'après-midi", THU, "future", "2025-03-07T14:00", "2025-03-07T17:00",
     "part_of_day"),
    ("mardi dernier en milieu de soirée", THU, "past", "2025-03-04T20:00", "2025-03-04T22:00", "part_of_day"),
    ("hier avant le déjeuner", THU, "past", "2025-03-05T10:00", "2025-03-05T12:00", "part_of_day"),
    ("lundi après le travail", THU, "future", "2025-03-10T17:00", "2025-03-10T21:00", "part_of_day"),
    ("ce soir après le boulot", "2025-03-06T09:00", "future", "2025-03-06T17:00", "2025-03-06T21:00",
     "part_of_day"),
]

RANGES: list[Row] = [
    ("du 3 au 5 mars", THU, "past", "2025-03-03", "2025-03-06", "day"),
    ("3 au 5 mars", THU, "past", "2025-03-03", "2025-03-06", "day"),
    ("du 28 février au 2 mars", THU, "past", "2025-02-28", "2025-03-03", "day"),
    # the elided "de" opens the range as "de" does ("d'hier" is also "of yesterday": "le jour d'hier")
    ("d'hier à aujourd'hui", THU, "past", "2025-03-05", "2025-03-07", "day"),
    ("d'aujourd'hui à vendredi", THU, "future", "2025-03-06", "2025-03-08", "day"),
    ("d’aujourd’hui à dimanche", "2024-11-20", "future", "2024-11-20", "2024-11-25", "day"),
    ("d'hier à demain", "2024-11-20", "past", "2024-11-19", "2024-11-22", "day"),
    ("le jour d'après", "2024-11-20", "future", "2024-11-21", "2024-11-22", "day"),
    ("entre le 10 et le 12 mars", THU, "future", "2025-03-10", "2025-03-13", "day"),
    ("du lundi au mercredi", THU, "past", "2025-03-03", "2025-03-06", "day"),
    ("de 9h à 11h", "2025-03-06T06:00", "future", "2025-03-06T09:00", "2025-03-06T12:00", "hour"),
    # two bare numbers after "de"/"from" are hours, on the 24-hour reading of "9-11"; with "du"/"the" days
    ("de 9 à 11", "2025-03-06T06:00", "future", "2025-03-06T09:00", "2025-03-06T12:00", "hour"),
    ("demain de 14 à 16", "2025-03-06T06:00", "future", "2025-03-07T14:00", "2025-03-07T17:00", "hour"),
    ("du 9 au 11", THU, "future", "2025-03-09", "2025-03-12", "day"),
    # a day until a time: that day, until the hour
    ("le 4 jusqu'à 18h", THU, "past", "2025-03-04T00:00", "2025-03-04T19:00", "hour"),
    ("lundi jusqu'à 20h", THU, "future", "2025-03-10T00:00", "2025-03-10T21:00", "hour"),
    ("entre 9h30 et 11h", "2025-03-06T06:00", "future", "2025-03-06T09:30", "2025-03-06T12:00", "minute"),
    ("jeudi de 9h à 11h", "2025-03-04", "future", "2025-03-06T09:00", "2025-03-06T12:00", "hour"),
    ("de 2019 à 2022", THU, "past", "2019-01-01", "2023-01-01", "year"),
    ("entre janvier et mars 2025", THU, "past", "2025-01-01", "2025-04-01", "month"),
    ("du 13 au 18", THU, "future", "2025-03-13", "2025-03-19", "day"),
    ("entre le 13 et le 18", THU, "future", "2025-03-13", "2025-03-19", "day"),
    ("les 20 et 21 mars", THU, "future", "2025-03-20", "2025-03-22", "day"),
    ("jeudi entre 9h30 et 11h", "2025-03-04", "future", "2025-03-06T09:30", "2025-03-06T12:00", "minute"),
    ("dans les 15 jours", THU, "future", "2025-03-06", "2025-03-21", "day"),
    ("d'ici deux semaines", THU, "future", "2025-03-06", "2025-03-20", "day"),
    ("sous huitaine", THU, "future", "2025-03-06", "2025-03-13", "day"),
    ("sous 48 heures", "2025-03-06T09:00", "future", "2025-03-06T09:00", "2025-03-08T09:00", "hour"),
    # one night named by the two days it joins is the night of the first (read on Monday 17 November 2025)
    ("la nuit de samedi à dimanche", "2025-11-17", "past", "2025-11-15T18:00", "2025-11-16T00:00", "part_of_day"),
    ("dans la nuit de mardi à mercredi", "2025-11-17", "future", "2025-11-18T18:00", "2025-11-19T00:00",
     "part_of_day"),
    ("dans la nuit du 31 octobre au 1er novembre", "2025-11-17", "past", "2025-10-31T18:00", "2025-11-01T00:00",
     "part_of_day"),
    ("la nuit du 9 au 10 novembre 1989", "2025-11-17", "past", "1989-11-09T18:00", "1989-11-10T00:00",
     "part_of_day"),
    ("de la nuit de samedi à lundi", "2025-11-17", "past", "2025-11-15T18:00", "2025-11-18T00:00", "part_of_day"),
    # a weekday with its day on each side: the left number is the day, not an hour
    ("du mardi 18 au jeudi 20 novembre", "2025-11-17", "future", "2025-11-18", "2025-11-21", "day"),
]

QUALIFIERS_AND_VAGUE: list[Row] = [
    ("à l'horizon 2030", THU, "past", "2030-01-01", "2031-01-01", "year"),
    ("depuis 2014", THU, "past", "2014-01-01", "2015-01-01", "year"),
    ("depuis trois ans", THU, "past", "2022-01-01", "2023-01-01", "year"),
    ("depuis le 24 février 2022", THU, "past", "2022-02-24", "2022-02-25", "day"),
    ("à partir du 1er avril", THU, "future", "2025-04-01", "2025-04-02", "day"),
    ("depuis le 1er janvier", THU, "past", "2025-01-01", "2025-01-02", "day"),
    ("jusqu'au 15 mars", THU, "future", "2025-03-15", "2025-03-16", "day"),
    ("d'ici la fin de l'année", THU, "future", "2025-09-01", "2026-01-01", "month"),
    ("avant le 1er avril", THU, "future", "2025-04-01", "2025-04-02", "day"),
    ("après le 15 mars", THU, "future", "2025-03-15", "2025-03-16", "day"),
    ("vers le 20 mars", THU, "future", "2025-03-20", "2025-03-21", "day"),
    ("récemment", THU, "past", "2025-02-04", "2025-03-06", "day"),
    ("recemment", THU, "past", "2025-02-04", "2025-03-06", "day"),
    ("dernièrement", THU, "past", "2025-02-04", "2025-03-06", "day"),
    ("prochainement", THU, "future", "2025-03-07", "2025-04-06", "day"),
    ("dans les prochains jours", THU, "future", "2025-03-07", "2025-03-14", "day"),
    ("ces dernières semaines", THU, "past", "2025-01-23", "2025-03-06", "day"),
    ("actuellement", THU, "past", "2025-03-06", "2025-03-07", "day"),
]

HOLIDAYS: list[Row] = [
    ("Noël", THU, "future", "2025-12-25", "2025-12-26", "day"),
    ("Noël dernier", THU, "past", "2024-12-25", "2024-12-26", "day"),
    ("la veille de Noël", THU, "future", "2025-12-24", "2025-12-25", "day"),
    ("le 14 juillet", THU, "future", "2025-07-14", "2025-07-15", "day"),
    ("la Toussaint", THU, "future", "2025-11-01", "2025-11-02", "day"),
    ("Pâques 2025", THU, "past", "2025-04-20", "2025-04-21", "day"),
    ("Paques 2024", THU, "past", "2024-03-31", "2024-04-01", "day"),
    ("le lundi de Pâques", THU, "future", "2025-04-21", "2025-04-22", "day"),
    ("le jour de l'An", THU, "past", "2025-01-01", "2025-01-02", "day"),
    ("le soir de Noël", THU, "future", "2025-12-25T18:00", "2025-12-26T00:00", "part_of_day"),
]

TABLES = {"relative days": RELATIVE_DAYS, "weekdays": WEEKDAYS, "calendar units": CALENDAR_UNITS,
          "offsets": OFFSETS, "dates": DATES, "times": TIMES, "ranges": RANGES,
          "qualifiers and vague": QUALIFIERS_AND_VAGUE, "holidays": HOLIDAYS}
ROWS = [pytest.param(*row, id=f"{family}: {row[0]} ({row[2]})") for family, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize(("text", "ref", "prefer", "start", "end", "grain"), ROWS)
def test_french(text: str, ref: str, prefer: str, start: str, end: str, grain: str) -> None:
    _check(text, ref, prefer, start, end, grain)


def test_the_explanation_is_english_and_quotes_the_french_words() -> None:
    span = resolve("il y a trois semaines", reference=date(2025, 3, 6), language="fr")
    assert span.explanation.startswith("il y a trois semaines")
    assert "week" in span.explanation


def test_a_misspelt_word_is_suggested_from_the_french_lexicon() -> None:
    with pytest.raises(UnknownWordError) as caught:
        resolve("mercredy prochain", reference=date(2025, 3, 6), language="fr")
    assert caught.value.suggestion == "mercredi"
    assert "French" in str(caught.value)


@pytest.mark.parametrize("text", ["le 32 mars", "à 25h", "la semaine blorp", "jeudi à", "mercredi soir, dans"])
def test_what_is_not_a_date_is_an_error(text: str) -> None:
    with pytest.raises(ExpressionError):
        resolve(text, reference=date(2025, 3, 6), language="fr")


def test_the_seed_events_retold_in_french_resolve_to_the_same_spans() -> None:
    from timeline.loader import load_timeline

    root = Path(__file__).resolve().parents[1]
    english = load_timeline(str(root / "events.yaml"))
    french = load_timeline(str(root / "examples" / "fr" / "events.yaml"))

    def spans(events: list[Event]) -> list[tuple[str, str, str, str]]:
        return sorted((e.id or "", str(e.span.start), str(e.span.end), e.span.granularity.value) for e in events)

    assert len(french.events) == len(english.events)
    assert spans(french.events) == spans(english.events)
    assert {e.title for e in french.events}.isdisjoint({e.title for e in english.events})


ARTICLE = """\
PARIS, 6 mars 2025 (Reuters) - Emmanuel Macron a annoncé mercredi soir, dans une allocution télévisée, \
l'ouverture d'un débat sur la dissuasion nucléaire.
Les dirigeants européens se réunissent jeudi à Bruxelles. « Nous signerons l'accord vendredi », a déclaré un diplomate.
Le président avait rencontré Donald Trump le 24 février à Washington, et la Commission présentera son plan \
la semaine prochaine.
Le mois dernier, les ministres se réunissaient déjà à Varsovie ; un nouveau sommet aura lieu les 20 et 21 mars.
"""

# (the words of the mention, its value, its direction, inside quote marks)
MENTIONS = [
    ("mercredi soir", "2025-03-05TEV", "past", False),       # passé composé before it: "a annoncé"
    ("vendredi", "2025-03-07", "future", True),              # futur inside « »: "signerons"
    ("24 février", "2025-02-24", "past", False),             # plus-que-parfait: "avait rencontré"
    ("semaine prochaine", "2025-W11", "future", False),
    ("mois dernier", "2025-02", "past", False),              # imparfait: "se réunissaient"
    ("20 et 21 mars", "2025-03-20/2025-03-21", "future", False),
]


@pytest.mark.parametrize(("words", "value", "direction", "quoted"), MENTIONS)
def test_extract_reads_a_french_article(words: str, value: str, direction: str, quoted: bool) -> None:
    from timeline.extraction import extract, find_reference

    assert find_reference(ARTICLE, "fr") == date(2025, 3, 6)  # the wire dateline "PARIS, 6 mars 2025 (Reuters) -"
    found = {m.text: m for m in extract(ARTICLE, language="fr")}
    assert words in found, sorted(found)
    mention = found[words]
    assert (mention.value, mention.direction, mention.quoted, mention.language) == (value, direction, quoted, "fr")
    assert ARTICLE[mention.start:mention.end] == words


def test_extract_cli_drafts_a_french_events_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    import yaml

    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "timeline", "extract", "--lang", "fr", str(article)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    draft = yaml.safe_load(run.stdout)
    assert draft["language"] == "fr" and str(draft["reference"]) == "2025-03-06"
    whens = [e["when"] for e in draft["events"]]
    assert "mercredi soir" in whens and "24 février" in whens
    # the draft reads back in French
    out = tmp_path / "draft.yaml"
    out.write_text(run.stdout, encoding="utf-8")
    shown = subprocess.run([sys.executable, "-m", "timeline", "show", str(out)], capture_output=True, text=True,
                           check=False)
    assert shown.returncode == 0, shown.stderr
    assert "2025-02-24" in shown.stdout


@pytest.mark.parametrize(("head", "expected"), [
    ("PARIS, 6 mars 2025 (Reuters) - Le président a annoncé", date(2025, 3, 6)),
    ("Publié le 6 mars 2025 à 18h45, mis à jour à 19h10\n\nLe président a annoncé", date(2025, 3, 6)),
    ("Publié le 06/03/2025 à 10h\n\nTexte", date(2025, 3, 6)),
    ("BRUXELLES (AFP) - Les Vingt-Sept se sont retrouvés jeudi", None),  # no date: no reference
])
def test_the_reference_of_a_french_article(head: str, expected: date | None) -> None:
    from timeline.extraction import find_reference

    assert find_reference(head, "fr") == expected


def test_an_indefinite_article_after_a_weekday_is_not_a_day() -> None:
    from timeline.extraction import extract

    text = "Publié le 6 mars 2025\n\nLa Commission a présenté mardi un plan de 800 milliards d'euros."
    found = [m.text for m in extract(text, language="fr")]
    assert "mardi" in found and "mardi un" not in found


def test_the_cli_reads_french() -> None:
    from typer.testing import CliRunner

    from timeline.cli import app

    runner = CliRunner()
    got = runner.invoke(app, ["resolve", "--lang", "fr", "il y a trois semaines", "--ref", "2025-03-06", "-f", "json"])
    assert got.exit_code == 0, got.output
    assert '"2025-02-10' in got.output and "il y a trois semaines" in got.output
    bad = runner.invoke(app, ["resolve", "--lang", "fr", "mercredy prochain", "--ref", "2025-03-06"])
    assert bad.exit_code == 1
    assert "did you mean 'mercredi'" in bad.output
    shown = runner.invoke(app, ["show", str(Path(__file__).resolve().parents[1] / "examples" / "fr" / "events.yaml"),
                                "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert "Healey rencontre Hegseth" in shown.output
