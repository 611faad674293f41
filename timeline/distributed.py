"""Corpus extraction beyond one machine: the per-article step mapped over a Dask bag or dataframe.

Optional: ``pip install 'timeline[dask]'``. The step is
:func:`timeline.corpus.extract_record`, a pure function of a record and the
settings, so any engine that maps a function over a collection can run it;
these helpers only spell it for Dask::

    import dask.bag as db
    from timeline.corpus import iter_records
    from timeline.distributed import extract_bag

    records = db.from_sequence(iter_records(["corpus.jsonl"]), npartitions=64)
    results = extract_bag(records).compute()        # any scheduler: local processes, a cluster...
    [r.document for r in results if r.error is None]

or, from JSON Lines that Dask reads itself (each line a ``{"text",
"published", "url", "outlet", "language"}`` object)::

    lines = db.read_text("s3://bucket/news-*.jsonl").map(json.loads)
    results = extract_bag(lines, name="news")

A dataframe with those columns goes through :func:`extract_dataframe`. The
results (:class:`~timeline.corpus.ArticleResult`) are the same, in the same
order, as ``timeline extract --jobs N`` gives for the same records.
"""

from __future__ import annotations

from typing import Any

from timeline.corpus import (
    ArticleResult,
    BadRecord,
    CorpusSettings,
    Record,
    extract_record,
    record_from_mapping,
)


def _require_dask() -> Any:
    try:
        import dask.bag
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ImportError("timeline.distributed needs Dask: pip install 'timeline[dask]'") from None
    return dask.bag


def _as_record(item: Any, name: str) -> Record | BadRecord:
    if isinstance(item, (Record, BadRecord)):
        return item
    label = name
    if isinstance(item, dict) and isinstance(item.get("url"), str):
        label = item["url"]
    return record_from_mapping(item, label)


def extract_one(item: Any, settings: CorpusSettings | None = None, name: str = "record") -> ArticleResult:
    """:func:`~timeline.corpus.extract_record` for a record or a plain mapping (a JSON object, a row)."""
    return extract_record(_as_record(item, name), settings or CorpusSettings())


def extract_bag(bag: Any, settings: CorpusSettings | None = None, name: str = "record") -> Any:
    """A Dask bag of :class:`~timeline.corpus.ArticleResult`, one per element of *bag*.

    Elements are :class:`~timeline.corpus.Record` objects (from
    :func:`~timeline.corpus.iter_records`, which keeps file names and line
    numbers for the errors) or mappings with the JSON Lines fields (an error is
    then placed at the record's ``url``, or *name*).
    """
    _require_dask()
    return bag.map(extract_one, settings=settings or CorpusSettings(), name=name)


def extract_dataframe(frame: Any, settings: CorpusSettings | None = None, name: str = "dataframe") -> Any:
    """:func:`extract_bag` over the rows of a Dask dataframe with the columns ``text``, ``published``,
    ``url``, ``outlet``, ``language`` (and optionally ``author``)."""
    return extract_bag(frame.to_bag(format="dict"), settings, name)
