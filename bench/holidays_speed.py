#!/usr/bin/env python3
"""Speed of timeline.holidays: import, first use, matching per language, dates, in one run.

    python bench/holidays_speed.py

* import: ``import timeline.holidays`` beyond ``timeline.errors`` (median of
  -X importtime over fresh processes), and the first uses that load the data
  (the catalogue, one language's name index);
* matching: ``match(tokens, i, language)`` at every position of a text made of
  that language's holiday names and as many words that start none, in calls per
  second, and the ratio to English (the issue asks for no language slower than
  English);
* dates: ``occurrence(year)`` from the precomputed tables and from the rules.

Timings are CPU time, the median of several rounds, all in this one process.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUNDS = 5


def _median_cpu(fn: object, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        times.append(time.process_time() - t0)
    return statistics.median(times)


def import_cost(runs: int = 15) -> float:
    """Milliseconds to import timeline.holidays once timeline.errors is loaded (median)."""
    values = []
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import timeline.errors; import timeline.holidays"],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stderr
        for line in err.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == "timeline.holidays":
                values.append(int(parts[1]) / 1000)
    return statistics.median(values)


def first_use() -> dict[str, float]:
    """Milliseconds of the first catalogue load and of each language's index, in a fresh process."""
    code = (
        "import time, timeline.holidays as h\n"
        "t = time.perf_counter(); h.HOLIDAYS; print('catalogue', (time.perf_counter() - t) * 1000)\n"
        "for lang in h.LANGUAGES:\n"
        "    t = time.perf_counter(); h.first_words(lang); print(lang, (time.perf_counter() - t) * 1000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return {k: float(v) for k, v in (line.split() for line in out.splitlines())}


def matching() -> dict[str, float]:
    """match() calls per second at every position of a mixed text, per language."""
    from timeline.holidays import LANGUAGES, match
    from timeline.holidays.matching import name_variants
    from timeline.holidays.names import table

    rng = random.Random(7)
    filler = ["the", "talks", "2024", "on", "und", "до", "de", "week", ",", "after", "minister", "said"]
    rates = {}
    for language in LANGUAGES:
        names = [seq for patterns in table(language).values() for p in patterns for seq in name_variants(p, language)]
        names += [seq for patterns in table("intl").values() for p in patterns for seq in name_variants(p, language)]
        words: list[str] = []
        for _ in range(2000):
            words += list(rng.choice(names)) + rng.sample(filler, 3)
        match(words, 0, language)  # builds the index outside the timing

        def run(words: list[str] = words, language: str = language) -> None:
            for i in range(len(words)):
                match(words, i, language)

        rates[language] = len(words) / _median_cpu(run)
    return rates


def dates() -> tuple[float, float]:
    """occurrence() per second: a tabled holiday (Diwali) and a rule (Easter), over 1900-2100."""
    from timeline.holidays import get_holiday

    diwali, easter = get_holiday("diwali"), get_holiday("easter")
    years = range(1900, 2101)
    diwali.occurrence(2000)

    def tabled() -> None:
        for y in years:
            diwali.occurrence(y)

    def rule() -> None:
        for y in years:
            easter.occurrence(y)

    return len(years) / _median_cpu(tabled), len(years) / _median_cpu(rule)


def main() -> int:
    print(f"import timeline.holidays beyond timeline.errors: {import_cost():.1f} ms (median of 15 processes)")
    first = first_use()
    print(f"first use: catalogue {first.pop('catalogue'):.1f} ms; name index per language (ms): "
          + ", ".join(f"{k} {v:.1f}" for k, v in first.items()))
    rates = matching()
    print("\n| language | match() calls/s | vs en |")
    print("|---|---|---|")
    for language, rate in rates.items():
        print(f"| {language} | {rate:,.0f} | {rate / rates['en']:.2f} |")
    tabled, rule = dates()
    print(f"\noccurrence(): {tabled:,.0f}/s from the tables (Diwali), {rule:,.0f}/s from a rule (Easter)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
