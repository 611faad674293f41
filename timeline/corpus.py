"""Extraction over a corpus: many articles in, one events file per article (or one merged timeline) out.

Articles come from text, Markdown or HTML files, directories of them, or JSON
Lines records ``{"text", "published", "url", "outlet", "language", "author"}``
(the shape news APIs and scrapers write). They are read as a stream
(:func:`iter_records`): one record at a time, so memory does not grow with the
size of the corpus.

The per-article step, :func:`extract_record`, is a pure function of the
record and the :class:`CorpusSettings`: it runs the extraction pipeline
(:func:`timeline.extraction.read_article`) and attaches the record's
provenance. :func:`extract_corpus` maps it over the records in this process
or in ``jobs`` worker processes; the results come back in input order, so
the output is the same whatever ``jobs`` is. Because the step is pure, any
engine can run it: :mod:`timeline.distributed` maps it over a Dask bag.

A record that cannot be read (no text, an unreadable date, bad JSON, no
publication date and no ``--ref``) becomes a result with an error at its file
and line; the rest of the corpus still runs.
"""

from __future__ import annotations

import json
import os
import re
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from timeline import io
from timeline.errors import Diagnostic, InputError, Location, TimelineError
from timeline.model import Event, Provenance

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")
RECORD_SUFFIXES = (".jsonl", ".ndjson")
RECORD_FIELDS = ("text", "published", "url", "outlet", "language", "author", "id", "title")
DEFAULT_MAX_ARTICLE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Record:
    """One article to extract: its text, where it came from, and its provenance."""

    name: str  # what locations point into: the file, or "corpus.jsonl:12" for a record
    text: str
    published: date | datetime | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    author: str | None = None
    file: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that could not be read, and why (reported, and the corpus goes on)."""

    error: InputError


@dataclass(frozen=True, slots=True)
class CorpusSettings:
    """How every article is read: the fallback publication date, the default direction and zone."""

    reference: date | datetime | None = None  # for articles with no publication date of their own
    prefer: str = "past"
    timezone: str | None = None
    language: str = "en"  # of articles whose record names none: a code, or "auto" to detect it


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What one article gave: its events-file mapping and events, or the error that stopped it."""

    name: str
    stem: str  # a file name for its events file, unique over the corpus
    document: dict[str, Any] | None = None
    events: tuple[Event, ...] = ()
    warnings: tuple[Diagnostic, ...] = ()
    error: InputError | None = None


# --------------------------------------------------------------------------
# Reading the corpus as a stream


def iter_records(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
                 reference_given: bool = False) -> Iterator[Record | BadRecord]:
    """The articles of *paths* in order: files, directories (sorted, recursively) and JSON Lines."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for file in sorted(files):
                    full = os.path.join(root, file)
                    if file.lower().endswith(TEXT_SUFFIXES + RECORD_SUFFIXES) and not file.startswith("."):
                        yield from _records_of(full, max_bytes)
            continue
        yield from _records_of(path, max_bytes)


def _records_of(path: str, max_bytes: int) -> Iterator[Record | BadRecord]:
    if path.lower().endswith(RECORD_SUFFIXES):
        yield from _json_lines(path, max_bytes)
        return
    try:
        name, text = io.read_text(path, max_bytes)
    except InputError as exc:
        yield BadRecord(exc)
        return
    yield Record(name=name, text=text, file=name)


def _json_lines(path: str, max_bytes: int) -> Iterator[Record | BadRecord]:
    name = io.STDIN_NAME if path == "-" else path
    try:
        lines = io.read_lines(path, max_bytes)
        for number, raw in lines:
            if isinstance(raw, InputError):
                yield BadRecord(raw)
                continue
            if not raw.strip():
                continue
            yield _record(raw, name, number)
    except InputError as exc:
        yield BadRecord(exc)


def _record(raw: bytes, name: str, number: int) -> Record | BadRecord:
    where = Location(name, number, 1)
    try:
        value = json.loads(io.decode(raw, name))
    except InputError as exc:
        return BadRecord(InputError(exc.message, where))
    except ValueError as exc:
        return BadRecord(InputError(f"not a JSON record: {getattr(exc, 'msg', exc)}", where))
    return record_from_mapping(value, name, number)


def record_from_mapping(value: Any, name: str, number: int | None = None) -> Record | BadRecord:
    """A corpus record from a decoded JSON object (or a dataframe row as a dict).

    *name* and *number* say where it came from (the file and its line, or a
    dataset and a row): every error is placed there.
    """
    where = Location(name, number, 1 if number is not None else None)

    def bad(message: str) -> BadRecord:
        return BadRecord(InputError(message, where))

    if not isinstance(value, dict):
        return bad("a record must be a JSON object with 'text' (and 'published', 'url', 'outlet', 'language')")
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return bad("the record has no text" if text is None or isinstance(text, str)
                   else f"'text' must be a string, not {type(text).__name__}")
    fields: dict[str, str | None] = {}
    for key in ("url", "outlet", "language", "author"):
        got = value.get(key)
        if got is not None and not isinstance(got, str):
            return bad(f"'{key}' must be a string, not {type(got).__name__}")
        fields[key] = got or None
    published: date | datetime | None = None
    raw_date = value.get("published")
    if raw_date not in (None, ""):
        if isinstance(raw_date, (date, datetime)):  # a dataframe's datetime column
            published = raw_date
        elif not isinstance(raw_date, str):
            return bad(f"'published' must be an ISO date string, not {type(raw_date).__name__}")
        else:
            from timeline.reference import parse_reference

            try:
                published = parse_reference(raw_date)
            except ValueError:
                return bad(f"unreadable date in 'published': {raw_date[:80]!r} (write it as 2025-03-06 or "
                           f"2025-03-06T09:00:00Z)")
    label = f"{name}:{number}" if number is not None else name
    return Record(name=label, text=text, published=published, file=name, line=number, **fields)


# --------------------------------------------------------------------------
# The per-article step (pure)


_UNSAFE = re.compile(r"[^\w.-]+")


def _stem(record: Record) -> str:
    base = PurePath(record.file or record.name).stem or "article"
    if record.line is not None:
        base = f"{base}-{record.line:06d}"
    return _UNSAFE.sub("-", base).strip("-") or "article"


def extract_record(item: Record | BadRecord, settings: CorpusSettings) -> ArticleResult:
    """Extract one article: its draft events file (with a ``source:`` block) and events. Pure.

    Never raises for bad input: the error is in the result, placed at the
    record's file and line (or the article's own line and column).
    """
    from timeline.extraction import article_document, article_events, read_article

    if isinstance(item, BadRecord):
        where = item.error.location
        name = str(where.file) if where and where.file else "input"
        return ArticleResult(name=name, stem=name, error=item.error)
    stem = _stem(item)
    try:
        from timeline.lexicons import LANGUAGES

        language = item.language if item.language in LANGUAGES else settings.language
        article = read_article(item.text, item.published or settings.reference, settings.prefer,
                               settings.timezone, name=item.name, language=language)
    except TimelineError as exc:
        where = exc.location or (Location(item.file, item.line, 1) if item.line is not None else Location(item.name))
        return ArticleResult(name=item.name, stem=stem, error=InputError(exc.message, where))
    provenance = Provenance(item.outlet, item.url, article.reference, item.language, item.author)
    document = article_document(article)
    source = {k: v for k, v in (("outlet", item.outlet), ("url", item.url),
                                ("published", article.reference.isoformat()), ("language", item.language),
                                ("author", item.author)) if v is not None}
    document.pop("reference", None)  # the source's publication date is the reference
    document = {"source": source, **document}
    events = tuple(e.replace(provenance=provenance) for e in article_events(article))
    return ArticleResult(name=item.name, stem=stem, document=document, events=events,
                         warnings=tuple(article.warnings))


def _extract_chunk(items: list[Record | BadRecord], settings: CorpusSettings) -> list[ArticleResult]:
    return [extract_record(item, settings) for item in items]


def _quiet_worker() -> None:
    # Ctrl-C goes to the whole process group: the parent stops the run, workers just end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(items: Iterable[Record | BadRecord], size: int) -> Iterator[list[Record | BadRecord]]:
    chunk: list[Record | BadRecord] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_corpus(items: Iterable[Record | BadRecord], settings: CorpusSettings, jobs: int = 1,
                   chunk_size: int = 16) -> Iterator[ArticleResult]:
    """:func:`extract_record` over *items*, in input order, in *jobs* processes.

    At most ``2 × jobs`` chunks are in flight, so memory does not grow with
    the corpus; the results are the same, in the same order, for any *jobs*.
    """
    if jobs <= 1:
        for item in items:
            yield extract_record(item, settings)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_quiet_worker)
    pending: deque[Future[list[ArticleResult]]] = deque()
    try:
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.submit(_extract_chunk, chunk, settings))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def unique_stems(results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
    """Make every result's ``stem`` unique (``a``, ``a-2``, ...), in order, as they stream by."""
    seen: set[str] = set()
    for result in results:
        stem, n = result.stem, 1
        while stem in seen:
            n += 1
            stem = f"{result.stem}-{n}"
        seen.add(stem)
        yield result if stem == result.stem else replace(result, stem=stem)
