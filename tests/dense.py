"""A generator of dense events files: ~60 events over three years, with same-day clusters.

The pictures are checked on the seed article and on these: many tags (more
than the palette has colours), several events on one day, titles that differ
only at their end, days with an ``end`` or a ``duration``, halves, quarters,
seasons, weeks, approximate and "by"-style dates, and times of day. Every
file is an ordinary events file, read by the real loader.

``tests/data/pictures/dense.yaml`` is ``dense_yaml()`` (seed 0), checked in so
that it can be opened by hand and used for the docs' screenshots; the tests
also draw files made with other seeds.

    python tests/dense.py [SEED] > dense.yaml
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta

TAGS = (
    "sanctions", "energy", "diplomacy", "military", "economy", "courts", "elections", "health",
    "climate", "migration", "trade", "security", "culture", "sport",
)  # fmt: skip

SUBJECTS = (
    "Parliament approves a sweeping package of sanctions targeting",
    "Ministers meet in Brussels to discuss",
    "The central bank raises interest rates amid",
    "Court hears the first appeal over",
    "Protesters gather outside parliament against",
    "Regulator opens an inquiry into",
)
OBJECTS = (
    "the energy sector", "banks in the capital", "the shipping industry", "rising food prices",
    "the new border rules", "state broadcasters", "arms exports", "the grain corridor",
)  # fmt: skip

# Expressions that name their own span, placed in the three years.
PERIODS = (
    "H2 2024", "H1 2023", "Q3 2024", "Q1 2025", "summer 2024", "autumn 2023", "winter 2023",
    "March 2024", "the week of 3 June 2024", "early 2025", "mid-2024", "late 2023", "2023",
)  # fmt: skip


def _day_words(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def dense_yaml(seed: int = 0, count: int = 60) -> str:
    """An events file of *count* events over 2022-2025, the same for the same *seed*."""
    rng = random.Random(seed)
    first, last = date(2022, 6, 1), date(2025, 3, 1)
    span_days = (last - first).days
    events: list[dict[str, object]] = []

    def title() -> str:
        return f"{rng.choice(SUBJECTS)} {rng.choice(OBJECTS)}"

    def tags() -> list[str]:
        return rng.sample(TAGS, rng.choice((0, 1, 1, 2, 2, 3)))

    # Clusters: several events on one day (the busiest days of a story).
    for size in (6, 4, 3, 3):
        day = first + timedelta(days=rng.randrange(span_days))
        for _ in range(size):
            events.append({"title": title(), "when": _day_words(day), "tags": tags()})
    # Spans: a day with an end, a day with a duration, long and short.
    for _ in range(4):
        day = first + timedelta(days=rng.randrange(span_days - 240))
        end = day + timedelta(days=rng.choice((1, 10, 45, 200)))
        events.append({"title": title(), "when": _day_words(day), "end": _day_words(end), "tags": tags()})
    for _ in range(3):
        day = first + timedelta(days=rng.randrange(span_days))
        events.append({"title": title(), "when": _day_words(day), "duration": rng.choice(("2 days", "11 days",
                                                                                         "36 hours")),
                       "tags": tags()})
    for period in rng.sample(PERIODS, 8):
        events.append({"title": title(), "when": period, "tags": tags()})
    # Hedged, "by"-style and timed dates.
    for word in ("around", "by", "since", "before"):
        day = first + timedelta(days=rng.randrange(span_days))
        events.append({"title": title(), "when": f"{word} {_day_words(day)}", "tags": tags()})
    for _ in range(3):
        day = first + timedelta(days=rng.randrange(span_days))
        events.append({"title": title(), "when": f"{_day_words(day)} at {rng.randrange(7, 22):02d}:{rng.choice(('00', '30'))}",
                       "tags": tags()})
    # The rest: single days spread over the three years.
    while len(events) < count:
        day = first + timedelta(days=rng.randrange(span_days))
        events.append({"title": title(), "when": _day_words(day), "tags": tags()})
    rng.shuffle(events)
    lines = [
        f"# A dense generated timeline for the picture tests (tests/dense.py, seed {seed}): do not edit by hand.",
        "reference: 2025-03-06",
        "prefer: past",
        f"calendar: Dense test timeline (seed {seed})",
        "events:",
    ]
    for number, event in enumerate(events[:count], 1):
        lines.append(f"  - id: e{number}")
        lines.append(f"    title: {json.dumps(event['title'])}")
        lines.append(f"    when: {json.dumps(event['when'])}")
        for key in ("end", "duration"):
            if key in event:
                lines.append(f"    {key}: {json.dumps(event[key])}")
        if event["tags"]:
            lines.append(f"    tags: {json.dumps(event['tags'])}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(dense_yaml(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
