#!/usr/bin/env python3
"""Every language's accuracy and speed beside its peers, in one run (issue 12).

    python bench/languages.py                 # every corpus, dateparser and chrono beside timeline
    python bench/languages.py --lang uk,ru    # some languages
    python bench/languages.py --quick         # timeline only (no peers)

For each of Duckling's corpora in ``../shared/bench/duckling_<lang>_time.jsonl`` it runs
``peers.py --lang <lang>`` with timeline as an adapter (``bench/bench_adapter.py``) beside
dateparser and chrono-node, then prints one table: the strict score of each, whether timeline
is at least 85% and ahead of both. It then lists timeline's misses grouped by the family of
expression, found from what the grammar read (not from the spelling, so the grouping is the
same in every language), naming the families where Duckling follows another convention
(``docs/languages.md``, "Where Duckling differs"). Last, the first-pass speed of each
language's corpus through the Python API beside English's, each language interleaved with
English (median of 7 passes of CPU time; the lexicon is built before timing), with the share of
the language's time spent in the canonical pass (``timeline/grammar/canonical.py``) and, as a bound,
the language's speed beside English's with that pass replaced by a lookup of its results worked out
before timing (what the rest of the language's path costs: no pass can make a language faster).

Peers are looked up in .peers/ (see bench/README.md). A language without a lexicon yet is
reported as such.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" / "bench" for p in ROOT.parents if (p / "shared" / "bench").is_dir()),
              ROOT.parent / "shared" / "bench")
LANGUAGES = ("fr", "de", "es", "it", "pt", "ru", "uk")
TARGET = 85.0
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import parse_iso, trunc  # the same scoring as English's corpus

# Families where Duckling follows another convention than ours (docs/languages.md, docs/conventions.md).
CONVENTIONS = {
    "offset": "offsets keep the unit's grain ('через 7 днів' is a day, 'неделю назад' the ISO week)",
    "bare weekday": "a bare weekday on the reference's own weekday is that day",
    "weekend": "a weekend is Saturday and Sunday, not Friday 18:00 to Monday",
    "season": "seasons are astronomical (21 June...), Duckling's meteorological (1 June...)",
    "part of day": "the morning starts at midnight, Duckling's at 03:00 or 04:00",
    "time of day": "a time earlier on the reference day follows prefer (Duckling reads it backwards)",
    "deadline": "'by X' is X with the qualifier by; the adapter writes Duckling's English open interval",
    "anchored": "an anchor without a year is read by prefer ('1 рік після різдва': the coming Christmas)",
}


def family(text: str, language: str) -> str:
    """The family of an expression, from what the grammar read in it (any language)."""
    from timeline.errors import TimelineError
    from timeline.expressions import (
        CalendarDate,
        HolidayDate,
        MonthOfOffsetYear,
        Offset,
        OpenWeekend,
        RelativeUnit,
        SameDayOffset,
        Shifted,
        UnitRun,
        Weekday,
        clock_of,
        date_of,
    )
    from timeline.grammar import parse

    try:
        expr = parse(text, language=language)
    except TimelineError:
        return "unread"
    if expr.end is not None:
        return "interval"
    if expr.qualifier == "by":
        return "deadline"
    m = date_of(expr.start)
    clock = clock_of(expr.start)
    if isinstance(m, HolidayDate):
        return "holiday"
    if isinstance(m, Shifted):
        return "anchored"
    if isinstance(m, (Offset, SameDayOffset, MonthOfOffsetYear)):
        return "offset"
    if isinstance(m, OpenWeekend) or (isinstance(m, RelativeUnit) and m.unit == "weekend"):
        return "weekend"
    if isinstance(m, CalendarDate) and m.season is not None:
        return "season"
    if clock is not None and clock.hour is not None:
        return "time of day"
    if clock is not None:
        return "part of day"
    if isinstance(m, Weekday) and m.direction is None and m.week_shift is None:
        return "bare weekday"
    if getattr(m, "weekday", None) is not None:
        return "weekday"
    if isinstance(m, (RelativeUnit, UnitRun)):
        return "calendar unit"
    return "date"


def peer_table(language: str, gold: Path, quick: bool) -> dict[str, float]:
    """Strict % of each peer from one peers.py run (timeline through the adapter)."""
    if quick:
        return {}
    peers_python = ROOT / ".peers" / "venv" / "bin" / "python"
    python = str(peers_python) if peers_python.exists() else sys.executable
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run = subprocess.run([python, str(SHARED / "peers.py"), str(gold), "--lang", language, "--adapter",
                          "timeline=bench_adapter:normalize", "--no-by-granularity"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    out: dict[str, float] = {}
    for line in run.stdout.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) > 2 and cells[1].replace(".", "", 1).isdigit():
            name = cells[0].split()[0]
            if "inside node" not in cells[0]:
                out.setdefault(name, float(cells[1]))
    if not out:
        print(f"# peers.py --lang {language} printed no table: {run.stderr.strip()[-300:]}", file=sys.stderr)
    return out


def score(rows: list[dict[str, Any]], language: str) -> tuple[int, dict[str, list[str]]]:
    from bench_adapter import normalize

    frame = timezone(timedelta(hours=-2))
    good = 0
    misses: dict[str, list[str]] = collections.defaultdict(list)
    for row in rows:
        out = normalize(row["text"], parse_iso(row["ref"]), row["prefer"], lang=language)
        ok = False
        if out is not None:
            start = out[0]
            if start.tzinfo is not None:
                start = start.astimezone(frame).replace(tzinfo=None)
            ok = trunc(start, row["granularity"]) == trunc(parse_iso(row["start"]), row["granularity"])
        if ok:
            good += 1
        else:
            got = "no answer" if out is None else f"{out[0].isoformat()} ({out[2]})"
            misses[family(row["text"], language)].append(
                f"{row['text']!r}: gold {row['start']} ({row['granularity']}), got {got}")
    return good, misses


def _first_pass(work: list[tuple[str, Any, str]], language: str) -> float:
    """CPU seconds of one first pass over *work* through the API (a fresh Resolver per row, no shared memo)."""
    from timeline.errors import TimelineError
    from timeline.resolver import Resolver

    t0 = time.process_time()
    for text, ref, prefer in work:
        try:
            Resolver(ref, prefer, language=language).resolve(text)
        except TimelineError:
            pass
    return time.process_time() - t0


def _canonical_pass(texts: list[str], language: str) -> float:
    """CPU seconds of the canonical pass alone (tokens -> canonical tokens) over *texts*."""
    from timeline.errors import TimelineError
    from timeline.grammar import canonical_tokens, tokenize

    tokens = [tokenize(text) for text in texts]
    t0 = time.process_time()
    for text, toks in zip(texts, tokens, strict=True):
        try:
            canonical_tokens(text, list(toks), language)
        except TimelineError:
            pass
    return time.process_time() - t0


def _stored_pass(texts: list[str], language: str) -> Any:
    """A stand-in for ``canonical_tokens`` that looks up the results of the pass over *texts*, worked
    out here (copies of the tokens, as the pass makes new ones): the bound of the speed table."""
    from timeline.errors import TimelineError
    from timeline.grammar import canonical, tokenize
    from timeline.grammar.tokens import Token

    real = canonical.canonical_tokens
    stored: dict[tuple[str, bool], list[Token]] = {}
    for text in texts:
        for quiet in (False, True):
            try:
                stored[text, quiet] = real(text, tokenize(text), language, quiet)
            except TimelineError:
                pass

    def lookup(text: str, toks: list[Token], code: str, quiet: bool = False) -> list[Token]:
        got = stored.get((text, quiet))
        if got is None:
            return real(text, toks, code, quiet)
        return [Token(t.text, t.start, t.end, t.number, t.space_before, t.possessive) for t in got]

    return lookup


def speed(rows: list[dict[str, Any]], language: str, english: list[dict[str, Any]],
          passes: int = 7) -> tuple[float, float, float, float]:
    """First-pass expressions/s of *language* and of English, measured interleaved (a pass of each in
    turn, median of *passes*, CPU time), the share of the language's time that is the canonical pass,
    and the language's expressions/s with that pass looked up instead (a bound, not timeline's speed)."""
    from timeline.grammar import canonical

    work = [(r["text"], parse_iso(r["ref"]), r["prefer"]) for r in rows]
    base = [(r["text"], parse_iso(r["ref"]), r["prefer"]) for r in english]
    _first_pass(work[:20], language)  # build the lexicon, its table and the holiday index before timing
    _first_pass(base[:20], "en")
    real, lookup = canonical.canonical_tokens, _stored_pass([text for text, _, _ in work], language)
    mine, theirs, canon, free = [], [], [], []
    for _ in range(passes):
        mine.append(_first_pass(work, language))
        theirs.append(_first_pass(base, "en"))
        canon.append(_canonical_pass([text for text, _, _ in work], language))
        canonical.canonical_tokens = lookup
        try:
            free.append(_first_pass(work, language))
        finally:
            canonical.canonical_tokens = real
    rate = len(work) / statistics.median(mine)
    return (rate, len(base) / statistics.median(theirs), statistics.median(canon) / statistics.median(mine),
            len(work) / statistics.median(free))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default=",".join(LANGUAGES), help="comma-separated languages (default: all seven)")
    ap.add_argument("--quick", action="store_true", help="timeline only (no peers)")
    ap.add_argument("--show", type=int, default=3, help="example misses per family")
    args = ap.parse_args()
    from timeline.lexicons import LANGUAGES as LEXICONS

    languages = [code for code in args.lang.split(",") if code]
    summary = []
    details = []
    for code in languages:
        gold = SHARED / f"duckling_{code}_time.jsonl"
        if not gold.exists():
            print(f"# no corpus {gold}", file=sys.stderr)
            continue
        rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        peers = peer_table(code, gold, args.quick)
        if code not in LEXICONS:
            summary.append((code, len(rows), peers, None))
            continue
        good, misses = score(rows, code)
        summary.append((code, len(rows), peers, 100 * good / len(rows)))
        details.append((code, len(rows), misses))
    print("# Duckling corpora, strict % (one run)\n")
    print("| language | rows | dateparser | chrono | timeline | >= 85% and ahead of both |")
    print("|---|---:|---:|---:|---:|---|")
    for code, n, peers, ours in summary:
        dp, ch = peers.get("dateparser"), peers.get("chrono")
        shown = "no lexicon yet" if ours is None else f"{ours:.1f}"
        ahead = "" if ours is None else ("yes" if ours >= TARGET and all(
            ours > v for v in (dp, ch) if v is not None) else "NO")
        cells = [f"{v:.1f}" if v is not None else "-" for v in (dp, ch)]
        print(f"| {code} | {n} | {cells[0]} | {cells[1]} | {shown} | {ahead} |")
    for code, n, misses in details:
        total = sum(len(v) for v in misses.values())
        conventional = sum(len(v) for k, v in misses.items() if k in CONVENTIONS)
        print(f"\n## {code}: {total} misses, {conventional} in families where Duckling differs")
        for fam, items in sorted(misses.items(), key=lambda kv: -len(kv[1])):
            note = f"  (convention: {CONVENTIONS[fam]})" if fam in CONVENTIONS else ""
            print(f"- {fam}: {len(items)}{note}")
            for line in items[:args.show]:
                print(f"    {line}")
    print("\n## first-pass speed through the API (expressions/s, CPU time, median of 7 passes, each language "
          "interleaved with English)")
    english = [json.loads(line) for line in (SHARED / "duckling_en_time.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| lang | expr/s | English expr/s (same run) | x English | canonical pass, share of the time "
          "| x English, pass looked up (bound) |")
    print("|---|---:|---:|---:|---:|---:|")
    for code, _n, _misses in details:
        rows = [json.loads(line) for line in (SHARED / f"duckling_{code}_time.jsonl").read_text(
            encoding="utf-8").splitlines() if line.strip()]
        rate, base, share, free = speed(rows, code, english)
        print(f"| {code} | {rate:,.0f} | {base:,.0f} | {rate / base:.2f} | {100 * share:.0f}% | {free / base:.2f} |")


if __name__ == "__main__":
    main()
