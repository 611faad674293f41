#!/usr/bin/env python3
"""Holiday rows of Duckling's corpora, scored through the holidays API, one language per corpus.

    python bench/holiday_corpora.py            # every corpus with holiday rows
    python bench/holiday_corpora.py de --show 20

For each row with a ``holiday`` field in ../shared/bench/duckling_<lang>_time.jsonl:
the text is split on spaces, ``match(tokens, 0, lang)`` must find a holiday name at
the start (a leading article is read with it) and the rest may only be a year,
optionally after one word ("del 2019"). With a year the span is
``occurrence(year)``; without, Duckling's "prefer future": the first span of
``around(reference year)`` that ends after the reference (the one under way or
coming). A row is right when start and end equal the gold ones. Rows whose
difference is a documented convention (docs/holidays.md, "Where Duckling
differs") are counted as misses and listed apart.

This is the holidays' own part of the language figures: the grammar adds the
phrasing around the names (offsets, "last", "in five years").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT))

from timeline.errors import UnsupportedError
from timeline.holidays import Holiday, match

LANGUAGES = ("en", "de", "es", "it", "ru", "uk", "fr", "pt")

#: Rows where the gold follows another convention than ours, on purpose (docs/holidays.md).
CONVENTIONS = {
    "Vatertag": "in Germany Vatertag is Ascension Day; Duckling has the US Father's Day",
    "día de los inocentes": "Spain's Día de los Inocentes is 28 December; Duckling has April Fools' Day",
    "día de las bromas": "a joke day of April only with 'de abril'; Duckling has April Fools' Day",
    "Eid al-Fitr 2046": "Umm al-Qura (hijridate) is a day earlier than Duckling's table",
    "Eid al-Fitr 2050": "Umm al-Qura (hijridate) is a day earlier than Duckling's table",
    "Ramadan 2046": "Umm al-Qura (hijridate) is a day earlier than Duckling's table",
    "Ramadan 2050": "Umm al-Qura (hijridate) is a day earlier than Duckling's table",
    "Dussehra 2018": "published: 19 October 2018; Duckling's table is a day earlier",
    "vijayadashami 2018": "published: 19 October 2018; Duckling's table is a day earlier",
    "navaratri 2018": "published: 10-18 October 2018; Duckling's table is a day earlier",
    "durga puja 2018": "published: 10-18 October 2018; Duckling's table is a day earlier",
}
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Row:
    """One scored row: what was found and whether it is right."""

    id: str
    text: str
    gold: tuple[date | datetime, date | datetime]
    got: tuple[date | datetime, date | datetime] | None
    holiday: Holiday | None
    why: str

    @property
    def ok(self) -> bool:
        return self.got == self.gold


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _day(when: date | datetime) -> date:
    return when.date() if isinstance(when, datetime) else when


def rows(language: str) -> list[dict[str, str]]:
    """The holiday rows of one corpus (none when the shared corpus is missing)."""
    path = SHARED / f"duckling_{language}_time.jsonl"
    if not path.exists():
        return []
    found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in found if r.get("holiday")]


def resolve(text: str, reference: date, language: str) -> tuple[tuple[date | datetime, date | datetime] | None,
                                                                 Holiday | None, str]:
    """(span, holiday, why) for a holiday name alone or with a year, read as Duckling does."""
    tokens = text.split()
    found = match(tokens, 0, language)
    if found is None:
        return None, None, "no holiday name at the start"
    holiday, end = found
    rest = tokens[end:]
    year = None
    if rest:
        if not _YEAR.fullmatch(rest[-1]) or len(rest) > 2:
            return None, holiday, f"words after the name: {' '.join(rest)!r}"
        year = int(rest[-1])
    try:
        if year is not None:
            return holiday.occurrence(year), holiday, ""
        span = next(s for s in holiday.around(reference.year) if _day(s[1]) > reference)
        return span, holiday, ""
    except UnsupportedError as exc:
        return None, holiday, f"not computed: {exc}"


def score(language: str) -> list[Row]:
    """Every holiday row of *language*'s corpus, scored."""
    out = []
    for r in rows(language):
        reference = date.fromisoformat(r["ref"][:10])
        got, holiday, why = resolve(r["text"], reference, language)
        gold = (_when(r["start"]), _when(r["end"]))
        if got is not None and got != gold:
            why = why or f"got {got[0]}..{got[1]}"
        out.append(Row(r["id"], r["text"], gold, got, holiday, why))
    return out


def convention(row: Row) -> str | None:
    """The documented convention a missed row follows, if any."""
    return next((why for text, why in CONVENTIONS.items() if row.text.startswith(text)), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--show", type=int, default=8, help="misses listed per language")
    args = parser.parse_args()
    print("| corpus | holiday rows | right | strict % | misses: convention | not computed | other (incl. phrasing the grammar reads) |")
    print("|---|---|---|---|---|---|---|")
    details = []
    for language in args.languages:
        scored = score(language)
        if not scored:
            print(f"| {language} | 0 | - | - | - | - | - |")
            continue
        right = sum(r.ok for r in scored)
        misses = [r for r in scored if not r.ok]
        conv = [r for r in misses if convention(r)]
        unsupported = [r for r in misses if r.why.startswith("not computed") and not convention(r)]
        other = [r for r in misses if r not in conv and r not in unsupported]
        print(f"| {language} | {len(scored)} | {right} | {100 * right / len(scored):.1f} | {len(conv)} "
              f"| {len(unsupported)} | {len(other)} |")
        for r in (other + conv + unsupported)[: args.show]:
            details.append(f"  {language} {r.id} {r.text!r}: gold {r.gold[0]}..{r.gold[1]}; "
                           f"{convention(r) or r.why}")
    if details:
        print("\nmisses:")
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
