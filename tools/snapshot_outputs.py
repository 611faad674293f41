#!/usr/bin/env python3
"""Dump what ``timeline.resolve`` answers on a large fixed set of inputs, to diff two versions.

    python tools/snapshot_outputs.py > /tmp/before.txt      # before a change
    python tools/snapshot_outputs.py > /tmp/after.txt       # after it
    diff /tmp/before.txt /tmp/after.txt                     # a speed step must print nothing

The inputs are every row of every ``duckling_*_time.jsonl`` corpus in ``../shared/bench``
(each in its own language, read three ways: the row's reference and prefer, a date reference
read "past", another datetime read "nearest" in a zone), plus random phrases made of the English
corpus's words (seeded, so every run makes the same ones). For each input one line: the input,
then the span (start, end, granularity, value, explanation, approximate, qualifier) or the
error (class, message, token, position, suggestion).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.errors import ExpressionError, TimelineError
from timeline.resolver import resolve

SHARED = next((p / "shared" / "bench" for p in ROOT.parents if (p / "shared" / "bench").is_dir()),
              ROOT.parent / "shared" / "bench")

Case = tuple[str, "date | datetime", str, "str | None", str]


def corpus_cases(shared: Path) -> tuple[list[Case], list[str]]:
    """Every corpus row, three ways; and the English rows' texts (for the random phrases)."""
    cases: list[Case] = []
    english: list[str] = []
    paths = sorted(shared.glob("duckling_*_time.jsonl"))
    if not paths:
        raise SystemExit(f"no duckling_*_time.jsonl corpus in {shared} (give --shared)")
    for path in paths:
        language = path.name.split("_")[1]
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            if language == "en":
                english.append(text)
            cases.append((text, datetime.fromisoformat(row["ref"]), row["prefer"], None, language))
            cases.append((text, date(2025, 3, 6), "past", None, language))
            cases.append((text, datetime(2024, 12, 31, 23, 15), "nearest", "Europe/Kyiv", language))
    return cases, english


def random_cases(english: list[str], count: int, seed: int) -> list[Case]:
    """Phrases of 1-5 words drawn from the English corpus's words, read on two references."""
    words = sorted({w for text in english for w in text.split()})
    rng = random.Random(seed)
    cases: list[Case] = []
    for k in range(count):
        phrase = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        reference: date | datetime = datetime(2013, 2, 12, 4, 30) if k % 2 else date(2025, 3, 6)
        cases.append((phrase, reference, ("past", "future", "nearest")[k % 3], None, "en"))
    return cases


def outcome(case: Case) -> str:
    """One line: the span, or the error, that ``timeline.resolve`` gives for *case*."""
    text, reference, prefer, zone, language = case
    try:
        span = resolve(text, reference, prefer=prefer, timezone=zone, language=language)
    except TimelineError as exc:
        if isinstance(exc, ExpressionError):
            return f"! {type(exc).__name__}: {exc.message!r} token={exc.token!r} at={exc.position} " \
                   f"suggest={exc.suggestion!r}"
        return f"! {type(exc).__name__}: {exc.message!r}"
    return (f"{span.start.isoformat()} {span.end.isoformat()} {span.granularity.value} {span.value!r} "
            f"{span.explanation!r} approximate={span.approximate} qualifier={span.qualifier!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--random", type=int, default=20_000, help="how many random English phrases (20,000)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--shared", type=Path, default=SHARED, help=f"the folder of the corpora ({SHARED})")
    args = ap.parse_args()
    cases, english = corpus_cases(args.shared)
    cases += random_cases(english, args.random, args.seed)
    out = sys.stdout
    for case in cases:
        text, reference, prefer, zone, language = case
        out.write(f"{language} {reference.isoformat()} {prefer} {zone} {text!r}\n    {outcome(case)}\n")


if __name__ == "__main__":
    main()
