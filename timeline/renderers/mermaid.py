"""``--format mermaid``: a Mermaid ``timeline`` diagram for Markdown documents.

The output is the diagram text without the Markdown fence, first line
``timeline``. Events are grouped in sections by year (by month when they all
fall in one year) and in periods by their date words.

Escaping: Mermaid's timeline grammar reads ``:`` as the separator between a
period and its events and ``#`` as the start of a comment, and ``%%`` starts a
comment anywhere. Before parsing, Mermaid turns entity codes written ``#NN;``
into characters that the grammar does not see, and puts the character back in
the drawing. So every character that could be read as syntax is written as
its entity code (``:`` is ``#58;``, ``#`` is ``#35;``, ``;`` is ``#59;``),
and line breaks become spaces.
"""

from __future__ import annotations

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._picture import MONTHS_LONG, group_events, more_words, ordered, span_words

# Characters that the timeline grammar, Mermaid's entity decoding or its HTML
# labels could read as syntax. ``#`` must be handled in the same pass as the
# others, since the replacements themselves contain ``#``.
_ENTITIES = {
    "#": "#35;",
    ":": "#58;",
    ";": "#59;",
    "%": "#37;",
    "&": "#38;",
    "<": "#60;",
    ">": "#62;",
    '"': "#quot;",
    "{": "#123;",
    "}": "#125;",
}


def escape(text: str) -> str:
    """*text* as safe Mermaid timeline text: one line, syntax characters as entity codes."""
    flat = " ".join(text.split())
    return "".join(_ENTITIES.get(char, char) for char in flat)


def _section(event: Event, by_month: bool) -> str:
    first = event.span.first_day
    return f"{MONTHS_LONG[first.month - 1]} {first.year}" if by_month else str(first.year)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline as Mermaid ``timeline`` text (no Markdown fence)."""
    lines = ["timeline"]
    if timeline.calendar:
        lines.append(f"    title {escape(timeline.calendar)}")
    events = [event for _, event in ordered(timeline.events)]
    years = {event.span.first_day.year for event in events}
    by_month = len(years) == 1
    section: str | None = None
    period: str | None = None

    def entry(event: Event, title: str) -> None:
        nonlocal section, period
        name = _section(event, by_month)
        if name != section:
            lines.append(f"    section {escape(name)}")
            section, period = name, None
        words = span_words(event.span)
        if words == period:
            # Further events of the same period go on continuation lines.
            lines.append(f"        : {title}")
        else:
            lines.append(f"        {escape(words)} : {title}")
            period = words

    if options.max_events is None:
        for event in events:
            entry(event, escape(event.title) or "(untitled)")
        return "\n".join(lines) + "\n"
    # --max-events: the pictures' choice of what to draw, and one line for what is left out
    for group in group_events(timeline.events, options.max_events):
        for _, event in group.members[:group.shown]:
            entry(event, escape(event.title) or "(untitled)")
        if group.hidden:
            entry(group.members[0][1], escape(f"({more_words(group)})"))
    return "\n".join(lines) + "\n"
