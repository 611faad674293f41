"""Regenerate the catalogue tables of docs/holidays.md from the holiday data.

Everything between the markers ``<!-- BEGIN GENERATED: catalogue -->`` and
``<!-- END GENERATED: catalogue -->`` is written from timeline.holidays (the
catalogue, its rules and the names per language); the prose around them is
kept. tests/test_holidays.py runs ``--check`` so the tables cannot drift from
the data.

    python tools/gen_holiday_docs.py          # rewrite the tables in docs/holidays.md
    python tools/gen_holiday_docs.py --check  # exit 1 when they are stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.holidays import HOLIDAYS, LANGUAGES, Holiday
from timeline.holidays.names import table
from timeline.holidays.tables import TABLE_CALENDARS, TABLE_YEARS

DOC = ROOT / "docs" / "holidays.md"
BEGIN = "<!-- BEGIN GENERATED: catalogue -->"
END = "<!-- END GENERATED: catalogue -->"

LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "ru": "Russian", "uk": "Ukrainian", "intl": "Every language"}

# (title, calendars, how the dates are computed)
SECTIONS = [
    ("Fixed dates and weekday rules", {"gregorian", "other"}, "rules on the Gregorian calendar (stdlib `datetime`)"),
    ("The Easter cycle", {"easter", "orthodox-easter"},
     "`dateutil.easter`: Western (Gregorian computus) or Orthodox (Julian computus) Easter, 1583-4099"),
    ("Jewish holidays", {"hebrew"}, "the arithmetic Hebrew calendar (built in); the span starts on the eve"),
    ("Islamic holidays", {"islamic"}, "`hijridate` (Umm al-Qura), 1925-2076"),
    ("Chinese calendar and solar terms", {"chinese", "solar-term"}, "`lunar_python`, China time, 1900-2100"),
    ("Indian calendars (Hindu, Sikh, Jain) and Vesak", {"hindu", "hindu-solar", "buddhist"},
     "the Indian engine (`lunar_python` ephemeris; tithis at New Delhi, Lahiri sidereal ingresses)"),
]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _names(holiday: Holiday, language: str) -> str:
    return ", ".join(_cell(n) for n in table(language).get(holiday.key, ()))


def catalogue_tables() -> str:
    """The generated part of docs/holidays.md."""
    supported = [h for h in HOLIDAYS.values() if h.supported]
    out: list[str] = []
    for title, calendars, how in SECTIONS:
        rows = [h for h in supported if h.calendar in calendars]
        tabled = any(h.calendar in TABLE_CALENDARS for h in rows)
        precomputed = f"; precomputed for {TABLE_YEARS[0]}-{TABLE_YEARS[1]}." if tabled else "."
        out += [f"### {title}", "", f"Computed by {how}{precomputed}", "",
                "| Holiday | Key | Country | Rule | English names | International names |",
                "| --- | --- | --- | --- | --- | --- |"]
        for h in rows:
            out.append(f"| {_cell(h.name)} | `{h.key}` | {h.country or ''} | {_cell(h.rule)} "
                       f"| {_names(h, 'en')} | {_names(h, 'intl')} |")
        out.append("")
    missing = [h for h in HOLIDAYS.values() if not h.supported]
    if missing:
        out += ["### Recognised but not computed", "", "Asking for a date raises `UnsupportedError`.", "",
                "| Holiday | Key | Rule | English names | International names |",
                "| --- | --- | --- | --- | --- |"]
        for h in missing:
            out.append(f"| {_cell(h.name)} | `{h.key}` | {_cell(h.rule)} | {_names(h, 'en')} "
                       f"| {_names(h, 'intl')} |")
        out.append("")
    for language in LANGUAGES:
        if language == "en":
            continue
        names = table(language)
        out += [f"### Names in {LANGUAGE_NAMES[language]} (`{language}`)", "",
                (f"{len(names)} holidays have names of their own in {LANGUAGE_NAMES[language]}; "
                 "the international names above match too."), "",
                "| Holiday | Key | Names |", "| --- | --- | --- |"]
        for key in HOLIDAYS:
            if key in names:
                out.append(f"| {_cell(HOLIDAYS[key].name)} | `{key}` | {_names(HOLIDAYS[key], language)} |")
        out.append("")
    total = len(HOLIDAYS)
    out.append(f"{total} holidays, {total - len(missing)} of them computed.")
    return "\n".join(out) + "\n"


def render(document: str) -> str:
    """*document* with its generated part rewritten."""
    head, found, rest = document.partition(BEGIN)
    if not found:
        raise SystemExit(f"{DOC} has no {BEGIN} marker")
    _, found, tail = rest.partition(END)
    if not found:
        raise SystemExit(f"{DOC} has no {END} marker")
    return f"{head}{BEGIN}\n\n{catalogue_tables()}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the tables are up to date")
    args = parser.parse_args()
    current = DOC.read_text(encoding="utf-8")
    text = render(current)
    if args.check:
        same = text == current
        print(f"{DOC.relative_to(ROOT)} is {'up to date' if same else 'STALE: run python tools/gen_holiday_docs.py'}")
        return 0 if same else 1
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote the catalogue tables of {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
