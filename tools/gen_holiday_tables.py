"""Regenerate timeline/holidays/_tables.py: precomputed dates of the astronomical holidays.

Chinese (lunar_python), solar-term, Islamic (hijridate) and Indian (the engine of
timeline.holidays.calendars.indian) holidays cost from tens of microseconds to tens
of milliseconds to compute; the table makes ``Holiday.occurrence(year)`` a lookup
for the years FIRST..LAST. It is produced by the very rules that serve years
outside it, so the two always agree (tests/test_holidays.py checks a sample).
The format is described in timeline/holidays/tables.py and docs/holidays.md.
Run it after changing a rule of a tabled calendar or adding such a holiday
(it takes a few minutes: the Indian engine is the slow part).

    python tools/gen_holiday_tables.py          # rewrite the module
    python tools/gen_holiday_tables.py --check  # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.errors import UnsupportedError
from timeline.holidays import HOLIDAYS
from timeline.holidays.tables import TABLE_CALENDARS, TABLE_YEARS, encode_year

OUT = ROOT / "timeline" / "holidays" / "_tables.py"

HEADER = '''"""Precomputed dates of the astronomical holidays (generated: do not edit).

Regenerate with ``python tools/gen_holiday_tables.py``. One string per holiday,
one space-separated field per year from FIRST to LAST: the occurrences that
start in the year as ``day-of-year[+length]`` joined by commas (day-of-year 0 is
1 January, the length in days defaults to 1), ``.`` when the holiday does not
fall in the year, ``x`` when it cannot be computed (the engine raises).
"""

'''


def build() -> str:
    first, last = TABLE_YEARS
    keys = [k for k, h in HOLIDAYS.items() if h.calendar in TABLE_CALENDARS and h.supported]
    fields: dict[str, list[str]] = {k: [] for k in keys}
    for year in range(first, last + 1):  # year-major: the engine caches per year
        for key in keys:
            h = HOLIDAYS[key]
            try:
                spans = h.compute(year)
            except UnsupportedError:
                fields[key].append("x")
                continue
            fields[key].append(encode_year(year, spans))
    lines = [HEADER, f"FIRST = {first}\n", f"LAST = {last}\n\n", "TABLES: dict[str, str] = {\n"]
    for key in keys:
        lines.append(f"    {json.dumps(key)}: (\n")
        body = " ".join(fields[key])
        for i in range(0, len(body), 96):
            lines.append(f"        {json.dumps(body[i : i + 96])}\n")
        lines.append("    ),\n")
    lines.append("}\n")
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the module is up to date")
    args = parser.parse_args()
    t0 = time.perf_counter()
    text = build()
    took = time.perf_counter() - t0
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)} is {'up to date' if same else 'STALE'} ({took:.1f} s)")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(text) // 1024} KiB in {took:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
