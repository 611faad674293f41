#!/usr/bin/env python3
"""Score date-expression extraction on the gold news texts, beside dateparser and chrono-node.

Usage (from the repository root)::

    python bench/extract_bench.py                      # timeline + every peer installed
    python bench/extract_bench.py --peers none         # timeline only
    python bench/extract_bench.py --per-text --errors  # one table per text, and the misses
    python bench/extract_bench.py --scale 1,2,5,10     # an article collection of 1..10 MB: time per MB

Gold: ``tests/data/extract/NAME.txt`` with ``NAME.gold.json``
(``{"reference", "mentions": [{"start", "end", "text", "value", "type"}]}``,
TimeML/TempEval-3 TIMEX3 conventions; see docs/extract.md). ``--gold DIR``
scores another directory of the same shape (texts the tool has never seen).

Systems, each given the gold reference date as "now":

- ``timeline``: ``timeline.extraction.extract(text, reference)``.
- ``dateparser``: ``dateparser.search.search_dates(text, languages=["en"],
  settings={"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past",
  "RETURN_AS_TIMEZONE_AWARE": False})``; offsets found by searching each
  returned substring after the previous one.
- ``chrono``: ``chrono.parse(text, ref)`` in one long-lived node process
  (``chrono_peer.js`` of ``../shared/bench``); offsets from ``index``.

Scoring, TempEval-3 style, micro-averaged over mentions:

- **strict**: a system mention matches a gold one with the same start and end.
- **relaxed**: mentions overlap (one-to-one, greedy in text order).
- **value accuracy**: among relaxed matches, the share whose value equals the
  gold TIMEX3 value after normalization (``T24:00`` of a day = ``T00:00`` of
  the next; ``P1DE`` = ``P10Y``, ``P1CE`` = ``P100Y``).
- **value F1** = relaxed F1 x value accuracy (as TempEval-3 reported it).
- Peers return datetimes, not TIMEX3: their value is the day
  (``YYYY-MM-DD``) of the datetime they return. So they can only be right on
  day-valued gold; ``value acc (day)`` also counts a day that equals the date
  part of a TIME gold value (for every system alike) to show how much of the
  gap is only granularity.
- **articles/s**: texts divided by the time inside the system's calls,
  first pass and best of ``--repeat`` passes (the tool keeps no cache between
  calls, so later passes are not helped by earlier ones, beyond warm code).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD_DIR = ROOT / "tests" / "data" / "extract"
SHARED_BENCH = ROOT.parent / "shared" / "bench"

Found = tuple[int, int, str]  # start, end, value


@dataclass
class Doc:
    name: str
    text: str
    reference: date
    gold: list[dict[str, Any]]


def load_docs(gold_dir: Path) -> list[Doc]:
    docs = []
    for g in sorted(gold_dir.glob("*.gold.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        name = g.name[: -len(".gold.json")]
        text = (gold_dir / data.get("text", name + ".txt")).read_text(encoding="utf-8")
        docs.append(Doc(name, text, date.fromisoformat(data["reference"]), data["mentions"]))
    return docs


# ---------------------------------------------------------------------------
# Systems


class System:
    name = "system"
    version = ""

    def run(self, doc: Doc) -> list[Found]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class TimelineSystem(System):
    name = "timeline"

    def __init__(self) -> None:
        from timeline import __version__
        from timeline.extraction import extract

        self.extract = extract
        self.version = __version__

    def run(self, doc: Doc) -> list[Found]:
        return [(m.start, m.end, m.value) for m in self.extract(doc.text, doc.reference)]


def _day_value(d: datetime | date) -> str:
    return (d.date() if isinstance(d, datetime) else d).isoformat()


class DateparserSystem(System):
    name = "dateparser"

    def __init__(self) -> None:
        import dateparser
        from dateparser.search import search_dates

        self.search_dates = search_dates
        self.version = getattr(dateparser, "__version__", "")

    def run(self, doc: Doc) -> list[Found]:
        ref = datetime(doc.reference.year, doc.reference.month, doc.reference.day, 12, 0)
        settings = {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        res = self.search_dates(doc.text, languages=["en"], settings=settings) or []
        out: list[Found] = []
        pos = 0
        for sub, d in res:
            i = doc.text.find(sub, pos)
            if i < 0:
                i = doc.text.find(sub)
                if i < 0:
                    continue
            else:
                pos = i + len(sub)
            out.append((i, i + len(sub), _day_value(d)))
        return out


class ChronoSystem(System):
    name = "chrono"

    def __init__(self, node: str, chrono_dir: Path, script: Path) -> None:
        nm = chrono_dir / "node_modules"
        if not (nm / "chrono-node").is_dir():
            raise FileNotFoundError(f"no chrono-node under {nm}")
        if not script.is_file():
            raise FileNotFoundError(f"no {script}")
        env = dict(os.environ)
        env["NODE_PATH"] = str(nm) + (os.pathsep + env["NODE_PATH"] if env.get("NODE_PATH") else "")
        self.proc = subprocess.Popen([shutil.which(node) or node, str(script)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env, bufsize=1)
        assert self.proc.stdout is not None
        hello = json.loads(self.proc.stdout.readline())
        self.version = hello.get("chrono_version", "")
        self.seq = 0

    def run(self, doc: Doc) -> list[Found]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.seq += 1
        req = {"id": self.seq, "text": doc.text, "ref": f"{doc.reference.isoformat()}T12:00:00",
               "tz_offset_minutes": None, "forward": False}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        resp = json.loads(self.proc.stdout.readline())
        if "error" in resp:
            raise RuntimeError(resp["error"])
        out: list[Found] = []
        for r in resp["results"]:
            i = r["index"]
            out.append((i, i + len(r["text"]), r["start"][:10]))
        return out

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


# ---------------------------------------------------------------------------
# Scoring


def norm_value(v: str) -> str:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T24:00", v)
    if m:
        return (date.fromisoformat(m.group(1)) + timedelta(days=1)).isoformat() + "T00:00"
    m = re.fullmatch(r"P(\d+)(DE|CE)", v)
    if m:
        return f"P{int(m.group(1)) * (10 if m.group(2) == 'DE' else 100)}Y"
    return v


def day_ok(sys_value: str, gold_value: str) -> bool:
    g, s = norm_value(gold_value), norm_value(sys_value)
    if g == s:
        return True
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)) and bool(re.match(r"\d{4}-\d{2}-\d{2}T", g)) and g[:10] == s


@dataclass
class Score:
    n_sys: int = 0
    n_gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    value_day: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("n_sys", "n_gold", "strict", "relaxed", "value", "value_day"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.misses += other.misses


def score(doc: Doc, found: list[Found]) -> Score:
    s = Score(n_sys=len(found), n_gold=len(doc.gold))
    gold = sorted(doc.gold, key=lambda g: g["start"])
    used: set[int] = set()
    strict_pairs = {(g["start"], g["end"]) for g in gold}
    for a, b, _ in found:
        if (a, b) in strict_pairs:
            s.strict += 1
    for a, b, v in sorted(found):
        hit = None
        for gi, g in enumerate(gold):
            if gi not in used and g["start"] < b and a < g["end"]:
                hit = gi
                break
        if hit is None:
            s.misses.append(f"  FP  {doc.name}: {doc.text[a:b]!r} -> {v}")
            continue
        used.add(hit)
        g = gold[hit]
        s.relaxed += 1
        if norm_value(v) == norm_value(g["value"]):
            s.value += 1
        else:
            s.misses.append(f"  VAL {doc.name}: {doc.text[a:b]!r} -> {v}; gold {g['text']!r} {g['value']}")
        if day_ok(v, g["value"]):
            s.value_day += 1
    for gi, g in enumerate(gold):
        if gi not in used:
            s.misses.append(f"  FN  {doc.name}: {g['text']!r} {g['value']}")
    return s


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def row(name: str, s: Score) -> list[str]:
    sp = s.strict / s.n_sys if s.n_sys else 0.0
    sr = s.strict / s.n_gold if s.n_gold else 0.0
    rp = s.relaxed / s.n_sys if s.n_sys else 0.0
    rr = s.relaxed / s.n_gold if s.n_gold else 0.0
    rf = f1(rp, rr)
    acc = s.value / s.relaxed if s.relaxed else 0.0
    acc_day = s.value_day / s.relaxed if s.relaxed else 0.0
    return [name, str(s.n_gold), str(s.n_sys), f"{sp:.3f}", f"{sr:.3f}", f"{f1(sp, sr):.3f}", f"{rp:.3f}",
            f"{rr:.3f}", f"{rf:.3f}", f"{acc:.3f}", f"{acc_day:.3f}", f"{rf * acc:.3f}"]


HEAD = ["system", "gold", "found", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
        "relaxed F1", "value acc", "value acc (day)", "value F1"]


def table(rows: list[list[str]], head: list[str]) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def make_systems(names: list[str], args: argparse.Namespace) -> list[System]:
    systems: list[System] = []
    makers: dict[str, Callable[[], System]] = {
        "timeline": TimelineSystem,
        "dateparser": DateparserSystem,
        "chrono": lambda: ChronoSystem(args.node, Path(args.chrono_dir), Path(args.chrono_script)),
    }
    for name in names:
        try:
            systems.append(makers[name]())
        except Exception as e:  # noqa: BLE001 - a peer that is not installed is skipped, loudly
            hint = {"dateparser": "python -m venv .peers/venv && .peers/venv/bin/pip install dateparser "
                                  "(run this script with .peers/venv/bin/python)",
                    "chrono": "npm install --prefix .peers/node chrono-node"}.get(name, "")
            print(f"# skipping {name}: {type(e).__name__}: {e!s:.100}; {hint}", file=sys.stderr)
    return systems


def scale(sizes_mb: list[float]) -> None:
    """Extract and draft a collection of news articles of each size; print the time and the cost per MB.

    The collection is every gold text (main and held-out sets) one after the
    other, repeated to the size: what ``timeline extract -f json`` does with a
    dump of articles. Linear time shows as a flat cost per MB.
    """
    import gc

    from timeline.extraction import article_events, read_article

    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD_DIR.rglob("*.txt"))]
    unit = "\n\n".join(texts) + "\n\n"
    read_article(unit, date(2025, 3, 6))  # warm-up: lazy imports and tables are not timed
    rows = []
    first = None
    for mb in sizes_mb:
        size = int(mb * 1_000_000)
        text = (unit * (size // len(unit) + 1))[:size]
        gc.collect()
        t0 = time.process_time()
        article = read_article(text, date(2025, 3, 6))
        events = article_events(article)
        took = time.process_time() - t0
        per_mb = took / mb
        first = first or per_mb
        rows.append([f"{mb:g}", f"{len(article.mentions):,}", f"{len(events):,}", f"{took:.2f}", f"{per_mb:.2f}",
                     f"{per_mb / first:.2f}"])
    print(table(rows, ["MB", "mentions", "events", "CPU s", "s per MB", "per MB vs first"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(GOLD_DIR), help="directory of NAME.txt + NAME.gold.json")
    ap.add_argument("--peers", default="dateparser,chrono", help="comma list of peers, or 'none'")
    ap.add_argument("--per-text", action="store_true", help="also print one row per text and system")
    ap.add_argument("--errors", action="store_true", help="print timeline's misses")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes (the first is scored)")
    ap.add_argument("--scale", default="", help="comma list of collection sizes in MB: time extraction only")
    ap.add_argument("--node", default="node")
    ap.add_argument("--chrono-dir", default=os.environ.get("CHRONO_DIR", str(ROOT / ".peers" / "node")))
    ap.add_argument("--chrono-script", default=str(SHARED_BENCH / "chrono_peer.js"))
    args = ap.parse_args(argv)

    warnings.simplefilter("ignore")
    if args.scale:
        scale([float(x) for x in args.scale.split(",")])
        return 0
    docs = load_docs(Path(args.gold))
    if not docs:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 1
    peers = [] if args.peers == "none" else [p for p in args.peers.split(",") if p]
    systems = make_systems(["timeline"] + peers, args)
    rows, per_text, speed = [], [], []
    try:
        for system in systems:
            system.run(docs[0])  # warm-up: lazy imports are not timed
            total = Score()
            passes = []
            results: list[list[Found]] = []
            for p in range(max(1, args.repeat)):
                t0 = time.perf_counter()
                out = [system.run(d) for d in docs]
                passes.append(time.perf_counter() - t0)
                if p == 0:
                    results = out
            for d, found in zip(docs, results):
                s = score(d, found)
                total.add(s)
                if args.per_text:
                    per_text.append(row(f"{system.name} / {d.name}", s))
            label = system.name + (f" {system.version}" if system.version else "")
            rows.append(row(label, total))
            speed.append([label, f"{len(docs) / passes[0]:,.0f}", f"{len(docs) / min(passes):,.0f}",
                          f"{1000 * min(passes) / len(docs):.2f}"])
            if args.errors and system.name == "timeline":
                print("\n".join(total.misses) or "  (no misses)")
    finally:
        for system in systems:
            system.close()
    words = sum(len(d.text.split()) for d in docs)
    print(f"\n{len(docs)} texts, {words} words, {sum(len(d.gold) for d in docs)} gold mentions "
          f"({args.gold})\n")
    print(table(rows, HEAD))
    if per_text:
        print()
        print(table(per_text, HEAD))
    print()
    print(table(speed, ["system", "articles/s 1st pass", f"articles/s best of {args.repeat}", "ms/article"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
