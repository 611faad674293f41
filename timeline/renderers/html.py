"""``--format html``: one self-contained page with the SVG picture.

No network: the CSS and the few lines of JavaScript are inline, there are no
``src`` or external ``href`` attributes, so the file works opened from disk
and archived with a story. Hover or keyboard focus on an event shows its
details; a plain table below repeats everything for screen readers and print.
"""

from __future__ import annotations

from html import escape

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._picture import (
    Group,
    gap_words,
    group_events,
    is_uncertain,
    member_words,
    reference_point,
    reference_position,
    span_interval,
    span_words,
)
from timeline.renderers._records import provenance_record
from timeline.renderers.svg import Layout, draw, layout

# Below this width the page shows a vertical timeline of cards instead of the
# picture and the table: the 1000 px picture would shrink its text under
# about 9 px, and the table would not fit.
NARROW = 720

_CSS = """
:root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --line: #e2e8f0; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 15px/1.45 'Source Sans 3', 'Segoe UI', system-ui, -apple-system,
  'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; color: var(--ink); background: #fff;
  overflow-wrap: break-word; }
main { max-width: 1040px; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
.lede { color: var(--muted); margin: 0 0 16px; }
.sources { color: var(--muted); font-size: 0.85rem; margin: -8px 0 16px; }
.sources .url { overflow-wrap: anywhere; }
figure { margin: 0; position: relative; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 6px; }
.event { cursor: pointer; outline: none; }
.event:hover text, .event:focus text { text-decoration: underline; }
.event:focus-visible circle, .event:focus-visible rect { stroke: #000; stroke-width: 3; }
.tip { position: absolute; z-index: 2; max-width: 340px; padding: 10px 12px; border-radius: 6px;
  background: #1a202c; color: #fff; font-size: 0.85rem; line-height: 1.35; pointer-events: none;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25); }
.tip[hidden] { display: none; }
.tip strong { display: block; font-size: 0.95rem; margin-bottom: 2px; }
.tip .when { color: #cbd5e0; }
.details { display: none; }
table { width: 100%; border-collapse: collapse; margin-top: 24px; font-size: 0.9rem; table-layout: fixed; }
caption { text-align: left; font-weight: 600; margin-bottom: 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line);
  overflow-wrap: break-word; }
thead th { color: var(--muted); font-weight: 600; border-bottom: 2px solid #cbd5e0; }
tbody th { font-weight: 600; }
tr.active td { background: #ebf8ff; }
.tag { display: inline-block; padding: 0 6px; border-radius: 9px; background: #edf2f7; margin: 1px 2px 1px 0;
  max-width: 100%; overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 4px;
  vertical-align: -0.05em; }
.vt { display: none; }
@media (max-width: %NARROW%px) {
  body { padding: 16px; font-size: 16px; }
  figure, table { display: none; }
  .vt { display: block; list-style: none; margin: 0; padding: 0; }
  .vt li { margin: 0; }
  .vt-group { display: grid; grid-template-columns: 5.5em minmax(0, 1fr); column-gap: 12px;
    padding: 10px 0; border-top: 1px solid var(--line); }
  .vt-date { margin: 0; font-size: 0.875rem; font-weight: 600; color: var(--muted); line-height: 1.3; }
  .vt-cards { min-width: 0; }
  .vt-card { border-left: 4px solid var(--c, #8a94a6); background: #f7f9fc; border-radius: 4px;
    padding: 8px 10px; margin: 0 0 8px; }
  .vt-card:last-child { margin-bottom: 0; }
  .vt-card.uncertain { border-left-style: dashed; }
  .vt-card h2 { font-size: 1rem; margin: 0 0 2px; line-height: 1.3; }
  .vt-card p { margin: 2px 0 0; font-size: 0.875rem; color: var(--muted); }
  .vt-card .tag { font-size: 0.8125rem; }
  .vt-gap, .vt-ref { font-size: 0.875rem; font-weight: 600; padding: 6px 0; text-align: center; }
  .vt-gap { color: var(--muted); border-top: 2px dashed #cbd5e0; }
  .vt-ref { border-top: 2px solid var(--ink); }
}
@media print {
  @page { size: landscape; margin: 12mm; }
  body { padding: 0; font-size: 11pt; }
  .tip, .hint, .vt { display: none !important; }
  figure { display: block !important; break-inside: avoid; }
  table { display: table !important; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
""".replace("%NARROW%", str(NARROW - 0.02))

# Shows the hovered or focused event's details next to it; Escape hides them.
_JS = """
(function () {
  'use strict';
  var figure = document.getElementById('tl-figure');
  var tip = document.getElementById('tl-tip');
  if (!figure || !tip) { return; }
  function row(el) { return document.getElementById('tl-row-' + el.getAttribute('data-index')); }
  function show(el) {
    var detail = document.getElementById('tl-detail-' + el.getAttribute('data-index'));
    if (!detail) { return; }
    tip.replaceChildren(detail.cloneNode(true));
    tip.firstChild.removeAttribute('id');
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var frame = figure.getBoundingClientRect();
    var left = Math.min(box.left - frame.left, frame.width - tip.offsetWidth);
    tip.style.left = Math.max(0, left) + 'px';
    tip.style.top = (box.bottom - frame.top + 6) + 'px';
    var r = row(el); if (r) { r.classList.add('active'); }
  }
  function hide(el) {
    tip.hidden = true;
    var r = el && row(el); if (r) { r.classList.remove('active'); }
  }
  var events = figure.querySelectorAll('.event');
  for (var i = 0; i < events.length; i++) {
    (function (el) {
      el.addEventListener('mouseenter', function () { show(el); });
      el.addEventListener('mouseleave', function () { if (document.activeElement !== el) { hide(el); } });
      el.addEventListener('focus', function () { show(el); });
      el.addEventListener('blur', function () { hide(el); });
      el.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(el); } });
    })(events[i]);
  }
})();
"""


def _details(lay: Layout) -> str:
    """One hidden block per drawn event: the tooltip's content and its ARIA description."""
    out = ['<div class="details">']
    for mark in lay.marks:
        event = mark.event
        parts = [
            f'<div id="tl-detail-{mark.index}">',
            f"<strong>{escape(event.title)}</strong>",
            f'<span class="when">{escape(span_words(event.span))}</span><br>',
            f"As written: “{escape(event.when)}”",
        ]
        if event.span.explanation:
            parts.append(f"<br>Read as: {escape(event.span.explanation)}")
        if event.source:
            parts.append(f"<br>Source: {escape(event.source)}")
        if event.merge is not None:
            parts.append(f"<br>Sources ({escape(event.merge.status)}): {_merged_sources(event)}")
        parts.append("</div>")
        out.append("".join(parts))
    out.append("</div>")
    return "\n".join(out)


# Column names and shares of the width: a fixed layout, so that no long word or
# URL can make the table wider than the page.
_COLUMNS = (("Date", 15), ("Event", 21), ("As written", 12), ("How it was read", 24), ("Source", 18),
            ("Tags", 10))


def _tags(event: Event) -> str:
    return "".join(f'<span class="tag">{escape(tag)}</span>' for tag in event.tags)


def _table(lay: Layout) -> str:
    """The events as a plain table: what a screen reader or a printout relies on."""
    out = [
        "<table>",
        "<caption>Events in date order</caption>",
        "<colgroup>" + "".join(f'<col style="width:{share}%">' for _, share in _COLUMNS) + "</colgroup>",
        "<thead><tr>" + "".join(f'<th scope="col">{name}</th>' for name, _ in _COLUMNS) + "</tr></thead>",
        "<tbody>",
    ]
    for index, event in lay.events:
        swatch = f'<span class="swatch" style="background:{lay.colours.of(index)}" aria-hidden="true"></span>'
        out.append(
            f'<tr id="tl-row-{index}"><td class="date">{escape(span_words(event.span))}</td>'
            f'<th scope="row">{swatch}{escape(event.title)}</th><td>“{escape(event.when)}”</td>'
            f"<td>{escape(event.span.explanation)}</td><td>{_source_cell(event)}</td>"
            f"<td>{_tags(event)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)


def _merged_sources(event: Event) -> str:
    """A merged event's sources: who said what, in their words."""
    assert event.merge is not None
    return "; ".join(f"{escape(s.source_name)}: “{escape(s.when)}” ({escape(s.span.value)})"
                     for s in event.merge.sources)


def _source_cell(event: Event) -> str:
    if event.merge is not None:
        return f"<strong>{escape(event.merge.status)}</strong>: {_merged_sources(event)}"
    return escape(event.source or "")


def _sources_line(timeline: Timeline) -> str | None:
    """Who told the events: each outlet once, with its publication date and address (as text)."""
    seen: dict[tuple[str, str, str], None] = {}
    for event in timeline.events:
        for told in (event.merge.sources if event.merge is not None else (event,)):
            if told.provenance is None:
                continue
            record = provenance_record(told)
            key = (record["outlet"] or told.source_name, (record["published"] or "")[:10], record["url"] or "")
            seen.setdefault(key)
    if not seen:
        return None
    parts = []
    for outlet, published, url in seen:
        text = escape(outlet) + (f", {escape(published)}" if published else "")
        if url:
            text += f' <span class="url">{escape(url)}</span>'
        parts.append(text)
    return '<p class="sources">Sources: ' + "; ".join(parts) + "</p>"


def _card(lay: Layout, group: Group, index: int, event: Event) -> str:
    uncertain = " uncertain" if is_uncertain(event.span) else ""
    parts = [f'<article class="vt-card{uncertain}" style="--c:{lay.colours.of(index)}">',
             f"<h2>{escape(event.title)}</h2>"]
    extra = member_words(group, event)
    if extra:
        parts.append(f'<p class="vt-when">{escape(extra)}</p>')
    read = f"As written “{escape(event.when)}”"
    if event.span.explanation:
        read += f": {escape(event.span.explanation)}"
    parts.append(f"<p>{read}</p>")
    if event.source:
        parts.append(f"<p>Source: {escape(event.source)}</p>")
    if event.merge is not None:
        parts.append(f"<p>Sources ({escape(event.merge.status)}): {_merged_sources(event)}</p>")
    if event.tags:
        parts.append(f"<p>{_tags(event)}</p>")
    parts.append("</article>")
    return "".join(parts)


def _cards(timeline: Timeline, lay: Layout, options: RenderOptions) -> str:
    """The phone layout: dates down the left, the events as cards, in date order.

    The broken axis becomes "35 years later" separators, and the reference
    date a rule between the events before and after it.
    """
    assert lay.scale is not None
    reference, _ = reference_point(timeline, options.now)
    ref_at = reference_position(reference) if reference is not None else None
    out = ['<ol class="vt" aria-label="Events in date order">']
    previous_segment: int | None = None
    ref_done = ref_at is None
    for group in group_events(timeline.events):
        lo, _ = span_interval(group.members[0][1].span)
        if not ref_done and ref_at is not None and lo > ref_at:
            out.append(f'<li class="vt-ref">{escape(lay.reference_text)}</li>')
            ref_done = True
        segment = next((i for i, s in enumerate(lay.scale.segments) if s.lo <= lo <= s.hi), previous_segment)
        if previous_segment is not None and segment is not None and segment != previous_segment:
            left, right = lay.scale.segments[previous_segment], lay.scale.segments[segment]
            out.append(f'<li class="vt-gap">{escape(gap_words(right.lo - left.hi))} later</li>')
        previous_segment = segment
        cards = "".join(_card(lay, group, index, event) for index, event in group.members)
        out.append(f'<li class="vt-group"><p class="vt-date">{escape(group.words)}</p>'
                   f'<div class="vt-cards">{cards}</div></li>')
    if not ref_done:
        out.append(f'<li class="vt-ref">{escape(lay.reference_text)}</li>')
    out.append("</ol>")
    return "\n".join(out)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline as a standalone HTML5 page (picture, details on focus, table; cards on a phone)."""
    lay = layout(timeline, options)
    hint = "Hover over an event, or press Tab to move between events, to see how its date was read."
    body = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(lay.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{escape(lay.title)}</h1>",
        f'<p class="lede">{escape(lay.subtitle)}</p>',
        *([line] if (line := _sources_line(timeline)) else []),
        '<figure id="tl-figure">',
        draw(lay, interactive=True).rstrip("\n"),
        '<div id="tl-tip" class="tip" role="tooltip" hidden></div>',
    ]
    if lay.marks:
        body.append(f'<figcaption class="hint">{escape(hint)}</figcaption>')
    body += ["</figure>", _details(lay)]
    if lay.events:
        body.append(_table(lay))
        body.append(_cards(timeline, lay, options))
    body += ["</main>", f"<script>{_JS}</script>", "</body>", "</html>"]
    return "\n".join(body) + "\n"
