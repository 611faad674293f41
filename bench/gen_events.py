"""Generate a large events file with a realistic mix of date expressions.

    python bench/gen_events.py 100000 -o /tmp/events-100k.yaml
    python bench/gen_events.py 1000000 --format ndjson -o /tmp/events-1m.ndjson

The mix follows what news text writes: weekdays with and without "last/next",
relative weeks and months, absolute dates in several spellings, clock times,
holidays, years and decades, event-relative dates, and plain-string events
("Wednesday's speech ..."). The output is deterministic for a given size and
seed, so runs can be compared.

Real files repeat a few hundred phrases (issue 18): the expressions are drawn from
a pool of ``--phrases`` distinct ones (300 by default), the common ones often and
the rare ones seldom (Zipf weights: "last week" far more than "Q3 2019"), and the
events anchored on others ("2 days after e12") name one of a few dozen earlier
key events. In NDJSON each record carries its own reference, the publication
date of its article, one of ``--references`` days (14 by default) ending on
2025-03-06. The generator prints the distinct counts on standard error.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import sys
from datetime import date, timedelta

REFERENCE = "2025-03-06"
EXPRESSIONS = (
    # (weight, template); {d} a day 1-28, {m} a month name, {y} a year, {w} a weekday, {h} an hour
    (12, "{w}"), (6, "last {w}"), (4, "next {w}"), (3, "{w}'s"), (2, "{w} evening"),
    (6, "last week"), (4, "last month"), (3, "next week"), (4, "yesterday"), (2, "today"), (2, "tomorrow"),
    (3, "{n} days ago"), (2, "in {n} weeks"), (2, "earlier this month"),
    (10, "{y}-{mm}-{dd}"), (6, "{d} {m} {y}"), (4, "{m} {d}, {y}"), (3, "{m} {y}"), (2, "{m}"),
    (4, "{h}:30"), (3, "{w} at {h}pm"), (2, "this morning"),
    (3, "Christmas"), (2, "Easter {y}"), (1, "Thanksgiving"), (1, "New Year's Day"),
    (3, "{y}"), (2, "by {y2}"), (1, "the 1990s"), (1, "Q{q} {y}"), (1, "early {m}"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SUBJECTS = ("Minister", "Council", "Court", "Parliament", "Central bank", "Union", "Company", "Mayor",
            "Committee", "Police")
VERBS = ("announces", "rejects", "approves", "delays", "publishes", "opens", "closes", "reviews")
OBJECTS = ("budget", "inquiry", "merger", "strike", "report", "election date", "ceasefire talks",
           "interest rates", "new rules", "stadium plan")
TAGS = ("politics", "economy", "world", "uk", "us", "eu", "courts", "health", "tech", "sport")


def expression(rng: random.Random) -> str:
    """One expression from the templates (days, months and years drawn at random)."""
    _, template = rng.choices(EXPRESSIONS, weights=[w for w, _ in EXPRESSIONS])[0]
    year = rng.randint(2015, 2025)
    return template.format(
        w=rng.choice(WEEKDAYS), m=rng.choice(MONTHS), d=rng.randint(1, 28), y=year,
        mm=f"{rng.randint(1, 12):02d}", dd=f"{rng.randint(1, 28):02d}", h=rng.randint(1, 11),
        n=rng.randint(2, 9), y2=rng.randint(2026, 2040), q=rng.randint(1, 4),
    )


def phrase_pool(size: int, seed: int = 6) -> tuple[list[str], list[int]]:
    """*size* distinct expressions and how often each came up in 30x as many draws from the
    templates: "last week" comes up at every draw of its template, "19 March 2018" rarely, so
    the weights fall off as in real text (a few phrases make most of a file)."""
    rng = random.Random(seed * 1000 + size)
    counts = collections.Counter(expression(rng) for _ in range(size * 30))
    common = counts.most_common(size)  # ties keep the order of first appearance
    return [text for text, _ in common], [count for _, count in common]


DISTINCT: dict[str, set[object]] = {"phrases": set(), "pairs": set()}  # what was written, for the summary
ANCHORS = 24  # events that others are dated from ("2 days after e12"): the first ids of the file


def records(n: int, seed: int = 6, phrases: int = 300):
    rng = random.Random(seed)
    pool, weights = phrase_pool(phrases, seed)
    cumulative = list(itertools.accumulate(weights))
    ids: list[str] = []
    for i in range(n):
        title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} #{i}"
        if rng.random() < 0.05:
            # the plain-string form: date and title in one
            yield f"{rng.choice(WEEKDAYS)}'s {title.lower()}"
            continue
        when = rng.choices(pool, cum_weights=cumulative)[0]
        record: dict[str, object] = {"id": f"e{i}", "title": title, "when": when}
        if rng.random() < 0.05 and len(ids) >= ANCHORS:
            record["when"] = f"{rng.randint(1, 3)} days after {rng.choice(ids[:ANCHORS])}"
        if rng.random() < 0.5:
            record["tags"] = rng.sample(TAGS, rng.randint(1, 3))
        if rng.random() < 0.3:
            record["location"] = rng.choice(("London", "Washington", "Brussels", "Kyiv", "Paris", "Berlin"))
        ids.append(f"e{i}")
        DISTINCT["phrases"].add(str(record["when"]))
        yield record


def yaml_quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def write_yaml(n: int, out, phrases: int = 300, references: int = 14) -> None:
    out.write(f"reference: {REFERENCE}\ntimezone: Europe/London\nprefer: past\nevents:\n")
    for r in records(n, phrases=phrases):
        if isinstance(r, str):
            out.write(f"  - {yaml_quote(r)}\n")
            continue
        out.write(f"  - id: {r['id']}\n    title: {yaml_quote(r['title'])}\n    when: {yaml_quote(r['when'])}\n")
        if "tags" in r:
            out.write(f"    tags: [{', '.join(r['tags'])}]\n")
        if "location" in r:
            out.write(f"    location: {r['location']}\n")


def write_json(n: int, out, phrases: int = 300, references: int = 14) -> None:
    events = list(records(n, phrases=phrases))
    json.dump({"reference": REFERENCE, "timezone": "Europe/London", "events": events}, out, ensure_ascii=False)
    out.write("\n")


def publication_dates(count: int) -> list[str]:
    """The references of an NDJSON file: *count* days ending on REFERENCE."""
    last = date.fromisoformat(REFERENCE)
    return [(last - timedelta(days=k)).isoformat() for k in range(count)]


def write_ndjson(n: int, out, phrases: int = 300, references: int = 14) -> None:
    # NDJSON holds events only: each record carries its reference, its article's publication date.
    rng = random.Random(11)
    dates = publication_dates(references)
    for r in records(n, phrases=phrases):
        if isinstance(r, str):
            r = {"title": r.split("'s ", 1)[1], "when": r.split("'s ", 1)[0]}
        r["reference"] = rng.choice(dates)
        DISTINCT["pairs"].add((r["when"], r["reference"]))
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument("--format", choices=("yaml", "json", "ndjson"), default="yaml")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--phrases", type=int, default=300, help="distinct expressions to draw from (300)")
    parser.add_argument("--references", type=int, default=14,
                        help="NDJSON: distinct per-event references, the days ending on 2025-03-06 (14)")
    args = parser.parse_args(argv)
    writer = {"yaml": write_yaml, "json": write_json, "ndjson": write_ndjson}[args.format]
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            writer(args.n, out, args.phrases, args.references)
    else:
        writer(args.n, sys.stdout, args.phrases, args.references)
    print(f"gen_events: {args.n:,} events, {len(DISTINCT['phrases']):,} distinct expressions in the mappings"
          + (f", {len(DISTINCT['pairs']):,} distinct (expression, reference) pairs" if DISTINCT["pairs"] else ""),
          file=sys.stderr)


if __name__ == "__main__":
    main()
