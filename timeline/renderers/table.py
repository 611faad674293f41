"""The terminal table (tabulate; ``--style`` picks any tabulate format)."""

from __future__ import annotations

from tabulate import tabulate

from timeline.distance import describe_distance
from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import display_date, group_key

HEADERS = ("date", "precision", "event", "as written", "when")
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _rows(timeline: Timeline, options: RenderOptions) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for event in timeline.events:
        span = event.span
        precision = span.granularity.value.replace("_", " ")
        if span.approximate:
            precision += " ~"
        when = event.when if not span.qualifier or event.when.lower().startswith(span.qualifier) \
            else f"{span.qualifier} {event.when}"
        rows.append((display_date(span), precision, event.title, when,
                     describe_distance(span, options.now if options.now is not None else event.reference)))
    return rows


def render(timeline: Timeline, options: RenderOptions) -> str:
    """A chronological table; with ``group_by`` a header line before each group."""
    if not timeline.events:
        return "(no events)\n"
    headers = [f"{_BOLD}{h}{_RESET}" for h in HEADERS] if options.color else list(HEADERS)
    rows = _rows(timeline, options)
    if not options.group_by:
        return str(tabulate(rows, headers=headers, tablefmt=options.style, disable_numparse=True)) + "\n"
    out: list[str] = []
    current: str | None = None
    chunk: list[tuple[str, str, str, str, str]] = []
    for event, row in zip(timeline.events, rows):
        key = group_key(event.span, options.group_by)
        if key != current and chunk:
            out.append(_group(current, chunk, headers, options))
            chunk = []
        current = key
        chunk.append(row)
    if chunk:
        out.append(_group(current, chunk, headers, options))
    return "\n".join(out)


def _group(key: str | None, rows: list[tuple[str, str, str, str, str]], headers: list[str],
           options: RenderOptions) -> str:
    title = f"== {key} =="
    if options.color:
        title = f"{_BOLD}{title}{_RESET}"
    return f"{title}\n{tabulate(rows, headers=headers, tablefmt=options.style, disable_numparse=True)}\n"
