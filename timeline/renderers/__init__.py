"""The output formats: one module per format behind one small contract.

Each module ``timeline.renderers.<name>`` defines::

    def render(timeline: Timeline, options: RenderOptions) -> str

which is pure (model in, text out: no printing, no clock, no files). A
format that can be written piece by piece (ndjson, csv, tsv, ics) also has
``render_chunks(timeline, options) -> Iterator[str]``, whose pieces join into
the text of ``render`` (:func:`get_chunk_renderer`). The
registry maps ``--format`` names to modules; modules are imported only when
asked for, so a command pays only for the format it prints.

The formats in ``BINARY_FORMATS`` (``png``, ``pdf``) are images and
documents: their ``render`` returns ``bytes`` instead of text, and is found
with :func:`get_binary_renderer`. The CLI writes those bytes as they are, to
a file or a pipe, and refuses to send them to a terminal.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Protocol

from timeline.frozen import Frozen
from timeline.model import Event, Timeline

# How many distinct values (a span's fields, a 'when' cell, a tag list, a description line) a
# renderer's memo keeps: files repeat a few hundred, and a file of all-distinct values stays bounded.
MEMO_LIMIT = 4096


class RenderOptions(Frozen):
    """Knobs shared by the renderers; each uses the ones that concern it.

    ``now`` is the reference the reader stands at (for "3 days ago" words and
    for marking "today"); ``generated_at`` is the time stamp written into
    formats that need one (ICS DTSTAMP), chosen by the caller so output stays
    reproducible. ``width`` is the width pictures for the terminal draw to;
    ``table_width``, when set, is the width the ``table`` fits by wrapping its
    text columns (None: no wrapping, as for piped output). ``timesketch_ends``
    adds a line per event end to ``timesketch``.
    """

    __slots__ = _fields = ("style", "color", "now", "group_by", "width", "unicode", "generated_at", "ics_coarse",
                           "default_duration", "csv_formula_guard", "timesketch_ends", "table_width", "colour_by",
                           "max_events")
    style: str
    color: bool
    now: date | datetime | None
    group_by: str | None
    width: int
    unicode: bool
    generated_at: datetime | None
    ics_coarse: str
    default_duration: timedelta
    csv_formula_guard: bool
    timesketch_ends: bool
    table_width: int | None
    colour_by: str  # pictures: what picks an event's colour (tag, source or none)
    max_events: int | None  # pictures: draw at most this many events, count the rest

    def __init__(self, style: str = "simple", color: bool = False, now: date | datetime | None = None,
                 group_by: str | None = None, width: int = 80, unicode: bool = True,
                 generated_at: datetime | None = None, ics_coarse: str = "first-day",
                 default_duration: timedelta = timedelta(hours=1), csv_formula_guard: bool = True,
                 timesketch_ends: bool = False, table_width: int | None = None, colour_by: str = "tag",
                 max_events: int | None = None) -> None:
        values = (style, color, now, group_by, width, unicode, generated_at, ics_coarse, default_duration,
                  csv_formula_guard, timesketch_ends, table_width, colour_by, max_events)
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)


class Renderer(Protocol):
    def __call__(self, timeline: Timeline, options: RenderOptions) -> str: ...


# name -> (module, one-line description). Keep in sync with docs/formats.md.
RENDERERS: dict[str, tuple[str, str]] = {
    "table": ("timeline.renderers.table", "a table for the terminal (tabulate; --style picks the look)"),
    "json": ("timeline.renderers.json", "one JSON document: metadata and events"),
    "ndjson": ("timeline.renderers.ndjson", "one JSON object per event, one per line"),
    "csv": ("timeline.renderers.csv", "comma-separated values with a header row"),
    "tsv": ("timeline.renderers.tsv", "tab-separated values with a header row"),
    "markdown": ("timeline.renderers.markdown", "a Markdown table"),
    "yaml": ("timeline.renderers.yaml", "normalized events as YAML that loads back to the same spans"),
    "ics": ("timeline.renderers.ics", "an RFC 5545 calendar for Google, Outlook, Apple, Thunderbird, khal"),
    "svg": ("timeline.renderers.svg", "a printable SVG picture of the timeline"),
    "html": ("timeline.renderers.html", "a self-contained HTML page with the picture"),
    "mermaid": ("timeline.renderers.mermaid", "a Mermaid timeline block for Markdown"),
    "chart": ("timeline.renderers.chart", "a Unicode chart for the terminal"),
    "png": ("timeline.renderers.png", "the SVG picture as a PNG image, 2000 px wide (extra: timeline[png])"),
    "pdf": ("timeline.renderers.pdf", "the SVG picture as a one-page vector PDF (extra: timeline[png])"),
    "timelinejs": ("timeline.renderers.timelinejs", "TimelineJS3 JSON: a title slide and one slide per event"),
    "timelinejs-sheet": ("timeline.renderers.timelinejs_sheet",
                         "CSV in the columns of TimelineJS's Google Sheets template"),
    "timesketch": ("timeline.renderers.timesketch",
                   "JSON Lines for Timesketch, one line per event start (and end)"),
    "explain": ("timeline.renderers.explain", "how each date was read: reference, rule, span (as timeline explain)"),
}

# Formats whose render() returns bytes.
BINARY_FORMATS = frozenset({"png", "pdf"})


def available_formats() -> list[str]:
    """The names ``--format`` accepts, in registry order."""
    return list(RENDERERS)


def get_renderer(name: str) -> Callable[[Timeline, RenderOptions], str]:
    """Return the ``render`` function of text format *name* (KeyError if unknown;
    TypeError for a format of ``BINARY_FORMATS``, see :func:`get_binary_renderer`)."""
    if name in BINARY_FORMATS:
        raise TypeError(f"{name} output is bytes: use get_binary_renderer({name!r})")
    module_name, _ = RENDERERS[name]
    module = importlib.import_module(module_name)
    render: Callable[[Timeline, RenderOptions], str] = module.render
    return render


def get_chunk_renderer(name: str) -> Callable[[Timeline, RenderOptions], Iterator[str]] | None:
    """The ``render_chunks`` function of text format *name*, when it has one: the same text as
    its ``render``, in pieces made as they are asked for, so that a writer can stream a large
    timeline without holding all of its text (None: the format is written in one piece)."""
    if name in BINARY_FORMATS:
        return None
    module = importlib.import_module(RENDERERS[name][0])
    chunks: Callable[[Timeline, RenderOptions], Iterator[str]] | None = getattr(module, "render_chunks", None)
    return chunks


def get_event_renderer(name: str) -> Callable[[Iterable[Event], RenderOptions], Iterator[str]] | None:
    """The ``render_events`` function of format *name*, when it has one: the text of the events
    of an iterable (a stream from :func:`timeline.loader.stream`, never held whole), in pieces
    made as they are asked for, for formats whose text is the events' one after another (ndjson,
    csv, tsv: a header at most). None: the format needs a timeline."""
    if name in BINARY_FORMATS:
        return None
    module = importlib.import_module(RENDERERS[name][0])
    events: Callable[[Iterable[Event], RenderOptions], Iterator[str]] | None = getattr(module, "render_events", None)
    return events


def get_binary_renderer(name: str) -> Callable[[Timeline, RenderOptions], bytes]:
    """Return the ``render`` function of a format of ``BINARY_FORMATS`` (KeyError otherwise)."""
    if name not in BINARY_FORMATS:
        raise KeyError(name)
    module = importlib.import_module(RENDERERS[name][0])
    render: Callable[[Timeline, RenderOptions], bytes] = module.render
    return render
