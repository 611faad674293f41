"""The Dask entry point: the per-article step over a bag on Dask's local schedulers gives
exactly what ``--jobs`` gives (skipped cleanly without the ``dask`` extra)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install 'timeline[dask]'")

from timeline.corpus import CorpusSettings, extract_corpus, iter_records
from timeline.distributed import extract_bag

CORPUS = Path(__file__).parent / "data" / "corpus"
PATHS = [str(CORPUS / "news.jsonl"), str(CORPUS / "seed.txt")]


def _summary(results: list[object]) -> list[tuple[object, ...]]:
    return [(r.name, r.document, r.events, str(r.error)) for r in results]  # type: ignore[attr-defined]


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes"])
def test_a_bag_gives_what_jobs_gives(scheduler: str) -> None:
    expected = _summary(list(extract_corpus(iter_records(PATHS), CorpusSettings(), jobs=2)))
    bag = db.from_sequence(list(iter_records(PATHS)), npartitions=3)
    got = _summary(extract_bag(bag).compute(scheduler=scheduler))
    assert got == expected
    assert sum(1 for _, document, _, _ in got if document is not None) == 5


def test_json_objects_read_by_dask_itself() -> None:
    lines = db.read_text(str(CORPUS / "news.jsonl")).filter(lambda line: line.startswith("{\""))
    results = extract_bag(lines.map(json.loads), CorpusSettings()).compute(scheduler="sync")
    outlets = [r.document["source"].get("outlet") if r.document else None for r in results]
    assert outlets == ["The Kyiv Ledger", "Atlantic Wire", "Brussels Briefing", None, None, "The Northern Ledger"]
    errors = [str(r.error) for r in results if r.error is not None]
    assert errors == ["record: the record has no text",
                      ("record: unreadable date in 'published': 'sometime in March' (write it as 2025-03-06 "
                       "or 2025-03-06T09:00:00Z)")]
    [wire] = [r for r in results if r.document and r.document["source"].get("outlet") == "Atlantic Wire"]
    assert wire.name == "https://atlanticwire.example/2025-03-03"
