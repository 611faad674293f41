"""``--format timelinejs-sheet``: CSV in the column layout of TimelineJS's Google
Sheets template, for a reporter to paste into the template (File > Import).

The columns are the template's, in its order (TimelineJS3 reads them by name):
Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
Group, Background. The first row after the header is the title slide
(``Type`` = ``title``); then one row per event, with the same dates, display
dates, HTML-escaped headline and text, media and group as ``-f timelinejs``.

Cells that a spreadsheet would run as a formula (starting with ``= + - @``,
tab or CR) get a leading apostrophe, as in ``-f csv``, unless
``options.csv_formula_guard`` is off (``--csv-raw``); the date columns hold
only numbers and times and are never touched. Lines end with CRLF (RFC 4180).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from timeline.formula import guard_formula
from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers.timelinejs import slides

COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
           "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
           "Background")
_TEXT_COLUMNS = frozenset(COLUMNS[8:])


def _date_cells(date_object: dict[str, int] | None) -> list[str]:
    """Year, Month, Day, Time of a TimelineJS date object ('' where absent)."""
    if not date_object:
        return ["", "", "", ""]
    time = ""
    if "hour" in date_object:
        time = f"{date_object['hour']:02d}:{date_object.get('minute', 0):02d}"
        if "second" in date_object:
            time += f":{date_object['second']:02d}"
    return [str(date_object["year"]), str(date_object.get("month", "")), str(date_object.get("day", "")), time]


def _row(slide: dict[str, Any], kind: str = "") -> dict[str, str]:
    text = slide.get("text", {})
    cells = _date_cells(slide.get("start_date")) + _date_cells(slide.get("end_date"))
    row = dict(zip(COLUMNS, cells))
    row.update({
        "Display Date": slide.get("display_date", ""),
        "Headline": text.get("headline", ""),
        "Text": text.get("text", ""),
        "Media": slide.get("media", {}).get("url", ""),
        "Media Credit": "",
        "Media Caption": "",
        "Media Thumbnail": "",
        "Type": kind,
        "Group": slide.get("group", ""),
        "Background": "",
    })
    return row


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The header, the title row, then one row per event, as CSV text."""
    title, events = slides(timeline)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in [_row(title, "title"), *(_row(slide) for slide in events)]:
        if options.csv_formula_guard:
            row = {name: guard_formula(value) if name in _TEXT_COLUMNS else value for name, value in row.items()}
        writer.writerow([row[name] for name in COLUMNS])
    return buffer.getvalue()
