"""Picture formats: svg, html, mermaid and chart (issue 8).

Timelines are built from the model directly so these tests do not depend on
the loader or the grammar. Golden files live in ``tests/golden/pictures``;
regenerate them with ``TIMELINE_UPDATE_GOLDEN=1 python -m pytest tests/test_pictures.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import escape as escape_html
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pytest

# Helpers beside this file (pytest puts the tests folder on sys.path).
from chromium import Browser, Page, find_chromium
from dense import dense_yaml

from timeline.errors import MissingDependencyError
from timeline.loader import load
from timeline.model import Event, Granularity, Origin, Span, Timeline
from timeline.renderers import RenderOptions, get_binary_renderer, get_renderer
from timeline.renderers import svg as svg_module
from timeline.renderers._picture import (
    MONTHS,
    NEUTRAL_COLOUR,
    OTHER_COLOUR,
    PALETTE,
    Colouring,
    Segment,
    colouring,
    day_number,
    from_day_number,
    span_words,
    split_clusters,
    ticks_for,
)
from timeline.renderers.mermaid import escape as mermaid_escape

G = Granularity
REFERENCE = date(2025, 3, 6)
SOURCE = "seed/article.txt"


def _event(title: str, when: str, span: Span, tags: tuple[str, ...], **extra: object) -> Event:
    return Event(title=title, when=when, span=span, reference=REFERENCE, tags=tags, source=SOURCE, **extra)  # type: ignore[arg-type]


def seed_timeline() -> Timeline:
    """The events of the seed article (published Thursday 6 March 2025)."""
    events = (
        _event(
            "Fall of the Berlin Wall",
            "the fall of the Berlin Wall",
            Span(
                date(1989, 11, 9),
                date(1989, 11, 10),
                G.DAY,
                "1989-11-09",
                "a known date: the Berlin Wall fell on 9 November 1989",
            ),
            ("history",),
        ),
        _event(
            "Trump–Zelensky confrontation in the Oval Office",
            "last week",
            Span(
                date(2025, 2, 24),
                date(2025, 3, 3),
                G.WEEK,
                "2025-W09",
                "the week before the week of Thu 6 Mar 2025 (Monday to Sunday)",
            ),
            ("us-ukraine",),
        ),
        _event(
            "Starmer announces UK defence spending rise to 2.5% of GDP",
            "last week",
            Span(
                date(2025, 2, 24),
                date(2025, 3, 3),
                G.WEEK,
                "2025-W09",
                "the week before the week of Thu 6 Mar 2025 (Monday to Sunday)",
            ),
            ("uk",),
        ),
        _event(
            "Trump's speech to Congress",
            "on Wednesday",
            Span(
                date(2025, 3, 5), date(2025, 3, 6), G.DAY, "2025-03-05", "the Wednesday before Thu 6 Mar 2025"
            ),
            ("us-ukraine",),
        ),
        _event(
            "Macron's televised address on nuclear deterrence",
            "Wednesday evening",
            Span(
                datetime(2025, 3, 5, 18, 0),
                datetime(2025, 3, 6, 0, 0),
                G.PART_OF_DAY,
                "2025-03-05TEV",
                "the evening of the Wednesday before Thu 6 Mar 2025",
            ),
            ("europe",),
        ),
        _event(
            "Healey meets Hegseth in Washington",
            "on Thursday",
            Span(
                date(2025, 3, 6),
                date(2025, 3, 7),
                G.DAY,
                "2025-03-06",
                "Thursday of the reference week: the day of publication",
            ),
            ("uk",),
        ),
        _event(
            "EU leaders' summit in Brussels",
            "Thursday",
            Span(
                date(2025, 3, 6),
                date(2025, 3, 7),
                G.DAY,
                "2025-03-06",
                "Thursday of the reference week: the day of publication",
            ),
            ("europe",),
            location="Brussels",
        ),
        _event(
            "Russia's army to grow by 300,000 soldiers",
            "by 2030",
            Span(
                date(2030, 1, 1),
                date(2031, 1, 1),
                G.YEAR,
                "2030",
                "the year 2030; “by” puts the event at or before its end",
                qualifier="by",
            ),
            ("russia",),
        ),
    )
    return Timeline(events=events, calendar="Ukraine: the week of 6 March 2025", references=(REFERENCE,))


# ----------------------------------------------------------------- helpers

GOLDEN = Path(__file__).parent / "golden" / "pictures"
UPDATE = os.environ.get("TIMELINE_UPDATE_GOLDEN") == "1"
PICTURES = ("svg", "html", "mermaid", "chart")
EXTENSIONS = {"svg": "svg", "html": "html", "mermaid": "mmd", "chart": "txt"}
SVG_NS = "{http://www.w3.org/2000/svg}"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def render(fmt: str, timeline: Timeline, **options: object) -> str:
    return get_renderer(fmt)(timeline, RenderOptions(**options))  # type: ignore[arg-type]


def check_golden(name: str, text: str) -> None:
    """Compare *text* with tests/golden/pictures/<name>; rewrite it when asked to."""
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {path} was missing and has been written; check it and rerun")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; rerun with TIMELINE_UPDATE_GOLDEN=1"


def day_event(title: str, day: date, **extra: object) -> Event:
    span = Span(day, day + (date(2000, 1, 2) - date(2000, 1, 1)), G.DAY, day.isoformat(), "a day")
    return Event(title=title, when="that day", span=span, reference=REFERENCE, **extra)  # type: ignore[arg-type]


def nasty_timeline() -> Timeline:
    """Titles full of markup and diagram syntax."""
    events = (
        day_event('<script>alert("x")</script> & co: #1; 100% {ok}', date(2025, 3, 4), source="a <b> & 'c'"),
        day_event("Talks: round #2; then %% more", date(2025, 3, 5), tags=("a&b",)),
    )
    return Timeline(events=events, calendar='Calendar: <"quoted"> #tag; & more')


REPO = Path(__file__).resolve().parent.parent
DENSE = REPO / "tests" / "data" / "pictures" / "dense.yaml"


def _load_text(text: str, name: str) -> Timeline:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return load([str(path)]).timeline


def events_yaml_timeline() -> Timeline:
    """The repository's events.yaml, through the real loader."""
    return load([str(REPO / "events.yaml")]).timeline


def dense_timeline(seed: int = 0) -> Timeline:
    """A dense generated file (tests/dense.py) through the real loader; seed 0 is the checked-in fixture."""
    if seed == 0:
        return load([str(DENSE)]).timeline
    return _load_text(dense_yaml(seed), f"dense-{seed}.yaml")


def empty_timeline() -> Timeline:
    return Timeline(events=(), calendar="Nothing yet")


def one_timeline() -> Timeline:
    return Timeline(events=(day_event("A lone event", date(2025, 3, 5)),), calendar=None)


TIMELINES = {"seed": seed_timeline, "nasty": nasty_timeline, "empty": empty_timeline, "one": one_timeline,
             "dense": dense_timeline}


# ------------------------------------------------------------------ golden


@pytest.mark.parametrize("fmt", PICTURES)
@pytest.mark.parametrize("case", sorted(TIMELINES))
def test_golden(case: str, fmt: str) -> None:
    if (case, fmt) == ("dense", "html"):
        pytest.skip("the dense page is the dense SVG plus the seed's page furniture; the browser tests check it")
    check_golden(f"{case}.{EXTENSIONS[fmt]}", render(fmt, TIMELINES[case]()))


def test_golden_chart_ascii_narrow() -> None:
    check_golden("seed-ascii-60.txt", render("chart", seed_timeline(), width=60, unicode=False))


@pytest.mark.parametrize("fmt", PICTURES)
def test_deterministic(fmt: str) -> None:
    assert render(fmt, seed_timeline()) == render(fmt, seed_timeline())


def test_readme_picture_is_current() -> None:
    """docs/timeline.svg is the seed picture; regenerate it with the golden files."""
    path = Path(__file__).parent.parent / "docs" / "timeline.svg"
    text = render("svg", seed_timeline())
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text


# --------------------------------------------------------------------- svg


@pytest.mark.parametrize("case", sorted(TIMELINES))
def test_svg_is_well_formed(case: str) -> None:
    root = ET.fromstring(render("svg", TIMELINES[case]()).encode())
    assert root.tag == f"{SVG_NS}svg"
    assert root.find(f"{SVG_NS}title") is not None


def test_svg_shows_every_title_escaped() -> None:
    text = render("svg", nasty_timeline())
    assert "<script" not in text
    root = ET.fromstring(text.encode())
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("class") == "event":
            index = int(group.get("data-index", "-1"))
            drawn = " ".join(el.text or "" for el in group.iter(f"{SVG_NS}text"))
            assert drawn == nasty_timeline().events[index].title


def test_svg_seed_marks_reference_and_calendar() -> None:
    root = ET.fromstring(render("svg", seed_timeline()).encode())
    texts = [el.text or "" for el in root.iter(f"{SVG_NS}text")]
    assert "published 6 Mar 2025" in texts
    assert "Ukraine: the week of 6 March 2025" in texts
    assert "35" in texts and "years" in texts  # the break before 2025 says what it hides


def test_svg_now_option_wins() -> None:
    texts = render("svg", seed_timeline(), now=date(2025, 3, 10))
    assert "now 10 Mar 2025" in texts and "published 6 Mar 2025" not in texts


def test_svg_uncertain_events_are_hatched_or_dashed() -> None:
    text = render("svg", seed_timeline())
    assert 'fill="url(#tl-hatch-' in text  # "by 2030"
    approx = Span(date(2025, 3, 3), date(2025, 3, 4), G.DAY, "2025-03-03", "", approximate=True)
    timeline = Timeline(events=(Event("Around Monday", "around Monday", approx, REFERENCE),))
    assert 'stroke-dasharray="2.5 2"' in render("svg", timeline)


def test_broken_axis_rule() -> None:
    day = 1.0
    # 1989 | Feb–Mar 2025 | 2030, as in the seed.
    seed = [(d, d + day) for d in (726415.0, 739306.0, 739315.0)] + [(741078.0, 741443.0)]
    assert len(split_clusters(seed)) == 3
    # Days close together stay on one axis.
    assert len(split_clusters([(0.0, 1.0), (2.0, 3.0), (40.0, 41.0)])) == 1


def test_timed_and_aware_spans() -> None:
    start = datetime(2025, 3, 5, 20, 15, tzinfo=UTC)
    span = Span(start, start.replace(minute=16), G.MINUTE, "2025-03-05T20:15")
    timeline = Timeline(events=(Event("Speech", "at 8.15pm", span, REFERENCE),))
    for fmt in PICTURES:
        assert "Speech" in render(fmt, timeline)
    assert "Wed 5 Mar 2025 20:15 UTC" in render("svg", timeline)


# -------------------------------------------------------------------- html


def test_html_is_self_contained() -> None:
    text = render("html", seed_timeline())
    assert text.startswith("<!DOCTYPE html>")
    lowered = text.lower()
    for needle in ("src=", "href=", "@import", "url(http", "//cdn"):
        assert needle not in lowered
    # The only URL is the SVG namespace name, which is never fetched.
    assert re.findall(r"https?://[^\s\"']+", text) == ["http://www.w3.org/2000/svg"]


def test_html_is_accessible() -> None:
    text = render("html", seed_timeline())
    assert text.count('tabindex="0"') == len(seed_timeline().events)
    assert 'aria-label="Healey meets Hegseth in Washington, Thu 6 Mar 2025"' in text
    assert "<table>" in text and "@media print" in text
    for event in seed_timeline().events:
        assert event.span.explanation in text.replace("&#x27;", "'")


def test_html_escapes_everything() -> None:
    text = render("html", nasty_timeline())
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co: #1; 100% {ok}" in text
    assert "a &lt;b&gt; &amp; &#x27;c&#x27;" in text


# ----------------------------------------------------------------- mermaid


def test_mermaid_escapes_syntax() -> None:
    assert mermaid_escape("a: b # c; d") == "a#58; b #35; c#59; d"
    assert mermaid_escape("#58;") == "#35;58#59;"
    assert mermaid_escape("two\nlines") == "two lines"
    text = render("mermaid", nasty_timeline())
    lines = text.splitlines()
    assert lines[0] == "timeline"
    for line in lines[1:]:
        body = line.strip()
        # The only colon is the period separator, the only '#' starts an entity code.
        if body.startswith(":"):
            assert body.count(":") == 1
        elif not body.startswith(("title ", "section ")):
            assert body.count(" : ") == 1 and body.count(":") == 1
        assert re.sub(r"#(\d+|quot);", "", body).count("#") == 0
        assert "%%" not in body and "<" not in body and ";" not in re.sub(r"#(\d+|quot);", "", body)


def test_mermaid_sections_by_year_or_month() -> None:
    text = render("mermaid", seed_timeline())
    assert [l.strip() for l in text.splitlines() if "section" in l] == [
        "section 1989",
        "section 2025",
        "section 2030",
    ]
    assert "section March 2025" in render("mermaid", one_timeline())


# ------------------------------------------------------------------- chart


@pytest.mark.parametrize("width", [30, 40, 60, 80, 120, 200])
@pytest.mark.parametrize("unicode", [True, False])
def test_chart_respects_width(width: int, unicode: bool) -> None:
    for make in TIMELINES.values():
        text = render("chart", make(), width=width, unicode=unicode)
        for line in text.splitlines():
            assert len(line) <= width, line
        if not unicode:
            assert text.isascii()


def test_chart_colour_only_when_asked() -> None:
    plain = render("chart", seed_timeline())
    assert "\x1b" not in plain
    coloured = render("chart", seed_timeline(), color=True)
    assert "\x1b[" in coloured
    # With colour, a last line says what the colours mean; otherwise the same chart.
    lines = ANSI.sub("", coloured).splitlines()
    assert "\n".join(lines[:-1]) + "\n" == plain
    assert lines[-1] == "● us-ukraine  ● uk  ● europe  ● history  ● russia"


def test_chart_one_row_per_event() -> None:
    text = render("chart", seed_timeline())
    rows = text.splitlines()[1 : 1 + len(seed_timeline().events)]
    assert rows[0].startswith("Fall of the Berlin Wall")
    assert all("●" in r or "━" in r or "┄" in r for r in rows)


# ------------------------------------------------------- the repo's events.yaml

EVENTS_YAML = Path(__file__).parent.parent / "events.yaml"


@pytest.mark.parametrize("fmt", PICTURES)
def test_golden_events_yaml(fmt: str) -> None:
    """Every picture format on the repository's events.yaml (once the loader exists)."""
    loader = pytest.importorskip("timeline.loader", reason="timeline.loader is not written yet")
    if not EVENTS_YAML.exists():
        pytest.skip("no events.yaml at the repository root yet")
    name = f"events.{EXTENSIONS[fmt]}"
    if not (GOLDEN / name).exists() and not UPDATE:
        pytest.skip(f"no golden file {name} yet: create it with TIMELINE_UPDATE_GOLDEN=1")
    timeline = loader.load_timeline(EVENTS_YAML)
    check_golden(name, render(fmt, timeline))


# ------------------------------------------------------- marks and their words

SPAN_NAMES = [
    # (start, end, granularity, value, words)
    (date(2024, 7, 1), date(2025, 1, 1), G.QUARTER, "2024-H2", "H2 2024"),
    (date(2023, 1, 1), date(2023, 7, 1), G.QUARTER, "2023-H1", "H1 2023"),
    (date(2024, 7, 1), date(2024, 10, 1), G.QUARTER, "2024-Q3", "Q3 2024"),
    (date(2024, 6, 21), date(2024, 9, 23), G.SEASON, "2024-SU", "summer 2024"),
    (date(2023, 12, 21), date(2024, 3, 20), G.SEASON, "2023-WI", "winter 2023–24"),
    (date(2025, 2, 24), date(2025, 3, 3), G.WEEK, "2025-W09", "week of 24 Feb 2025"),
    (date(2025, 3, 8), date(2025, 3, 10), G.WEEKEND, "2025-W10-WE", "weekend of 8–9 Mar 2025"),
    (date(2025, 3, 1), date(2025, 4, 1), G.MONTH, "2025-03", "Mar 2025"),
    (date(2030, 1, 1), date(2031, 1, 1), G.YEAR, "2030", "2030"),
    (date(2020, 1, 1), date(2030, 1, 1), G.DECADE, "202", "2020s"),
    # A named value whose span was stretched by an end or a duration: its dates, not its name.
    (date(2024, 7, 1), date(2025, 2, 1), G.QUARTER, "2024-H2", "Jul 2024 – Jan 2025"),
    (date(2025, 2, 24), date(2025, 3, 5), G.WEEK, "2025-W09", "24 Feb – 4 Mar 2025"),
    (date(2025, 3, 6), date(2025, 3, 8), G.DAY, "2025-03-06", "6–7 Mar 2025"),
    (date(2023, 10, 1), date(2024, 4, 21), G.DAY, "2023-10-01", "1 Oct 2023 – 20 Apr 2024"),
    (date(2024, 5, 1), date(2024, 9, 1), G.MONTH, "2024", "May–Aug 2024"),
    (datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 17, 30), G.MINUTE, "2025-03-05T14:00",
     "Wed 5 Mar 2025 14:00–17:30"),
    (datetime(2025, 3, 5, 22, 0), datetime(2025, 3, 7, 10, 0), G.HOUR, "2025-03-05T22",
     "Wed 5 Mar 2025 22:00 – Fri 7 Mar 2025 10:00"),
]


@pytest.mark.parametrize(("start", "end", "grain", "value", "words"), SPAN_NAMES)
def test_span_words_name_the_period(start: date, end: date, grain: Granularity, value: str, words: str) -> None:
    span = Span(start, end, grain, value)
    assert span_words(span) == words
    # The picture's accessible text says the same.
    timeline = Timeline(events=(Event("An event", "as written", span, REFERENCE),))
    assert f"An event: {words}" in render("svg", timeline)


def test_h2_is_not_called_q3_anywhere() -> None:
    span = Span(date(2024, 7, 1), date(2025, 1, 1), G.QUARTER, "2024-H2")
    timeline = Timeline(events=(Event("Second half", "H2 2024", span, REFERENCE),))
    for fmt in PICTURES:
        text = render(fmt, timeline, width=100)
        assert "Q3" not in text, fmt
    assert "H2 2024" in render("svg", timeline) and "H2 2024" in render("mermaid", timeline)


LONG_DAY_SPANS = [
    Span(date(2025, 3, 6), date(2025, 3, 8), G.DAY, "2025-03-06", "Thursday; lasts 2 days"),
    Span(date(2024, 3, 1), date(2024, 3, 12), G.DAY, "2024-03-01", "an 11-day span"),
    Span(date(2023, 10, 1), date(2024, 4, 21), G.DAY, "2023-10-01", "1 Oct 2023 to 20 Apr 2024"),
    Span(datetime(2025, 3, 5, 20, 0), datetime(2025, 3, 7, 8, 0), G.HOUR, "2025-03-05T20", "36 hours"),
]


@pytest.mark.parametrize("span", LONG_DAY_SPANS, ids=lambda s: s.explanation)
def test_a_span_longer_than_a_day_is_a_bar_everywhere(span: Span) -> None:
    point = day_event("A day", date(2022, 1, 3))
    timeline = Timeline(events=(Event("Long one", "as written", span, REFERENCE), point))
    lay = svg_module.layout(timeline, RenderOptions())
    kinds = {m.event.title: m.point for m in lay.marks}
    assert kinds == {"Long one": False, "A day": True}
    root = ET.fromstring(render("svg", timeline).encode())
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("class") == "event":
            shapes = {child.tag.removeprefix(SVG_NS) for child in group if child.get("class") == "mark"}
            expected = "rect" if timeline.events[int(group.get("data-index", "0"))].title == "Long one" else "circle"
            assert shapes == {expected}
    chart = render("chart", timeline, width=100).splitlines()
    row = next(line for line in chart if line.startswith("Long one"))
    assert "━" in row and "●" not in row


def test_a_day_and_an_evening_are_points() -> None:
    lay = svg_module.layout(seed_timeline(), RenderOptions())
    points = {m.event.title for m in lay.marks if m.point}
    assert "Macron's televised address on nuclear deterrence" in points
    assert "Fall of the Berlin Wall" in points
    assert "Trump's speech to Congress" in points


# ------------------------------------------------------------------ ticks


def _segment(first: date, last: date, width: float) -> Segment:
    return Segment(day_number(first), day_number(last), 0.0, width)


def test_ticks_name_the_period_they_start_with_the_year_where_it_changes() -> None:
    # The 2030 panel of the seed: its last tick is January 2031 and says so.
    ticks = ticks_for(_segment(date(2029, 12, 10), date(2031, 1, 20), 220.0), 11.0)
    assert ticks[0].label == "2030" and ticks[-1].label == "2031"
    assert "Jan" not in [t.label for t in ticks]
    for tick in ticks:
        day = from_day_number(tick.at)
        assert day.day == 1  # a month tick sits on the first day of the month it names
        assert tick.label in (str(day.year), MONTHS[day.month - 1])


def test_day_ticks_say_the_month_where_it_changes() -> None:
    ticks = ticks_for(_segment(date(2025, 2, 23), date(2025, 3, 8), 600.0), 11.0)
    labels = [t.label for t in ticks]
    assert labels[:6] == ["23", "24", "25", "26", "27", "28"] and labels[6] == "Mar"
    assert ticks[0].context == "Feb 2025"
    assert all(not t.context for t in ticks[1:])
    for tick in ticks:
        assert from_day_number(tick.at).day == (1 if tick.label == "Mar" else int(tick.label))


@pytest.mark.parametrize(("first", "last", "width"), [
    (date(2024, 12, 20), date(2025, 1, 10), 700.0),  # days
    (date(2024, 12, 20), date(2025, 1, 10), 300.0),  # weeks
    (date(2024, 10, 1), date(2025, 5, 1), 300.0),  # months
    (date(2019, 6, 1), date(2031, 2, 1), 300.0),  # years
])
def test_every_tick_says_its_year_when_it_changes(first: date, last: date, width: float) -> None:
    ticks = ticks_for(_segment(first, last, width), 11.0)
    assert len(ticks) >= 2
    year = None
    for tick in ticks:
        day = from_day_number(tick.at)
        if day.year != year:
            assert str(day.year) in (tick.label, tick.context) or tick.context.endswith(str(day.year)), ticks
        year = day.year


@pytest.mark.parametrize("width", [40, 60, 80, 100, 160])
@pytest.mark.parametrize("case", ["seed", "dense"])
def test_chart_tick_labels_sit_under_their_ticks(width: int, case: str) -> None:
    timeline = seed_timeline() if case == "seed" else dense_timeline()
    lines = render("chart", timeline, width=width).splitlines()
    axis_index = next(i for i, line in enumerate(lines) if "┬" in line and "─" in line)
    axis, labels = lines[axis_index], lines[axis_index + 1]
    ticks = {i for i, ch in enumerate(axis) if ch == "┬"}
    assert ticks
    for match in re.finditer(r"\S+(?: \S+)?", labels):
        # A label is centred on its tick (left of centre for an even length), or
        # nudged inside its panel by at most half its length.
        centre = match.start() + (len(match.group()) - 1) // 2
        nearest = min(ticks, key=lambda t: abs(t - centre))
        assert abs(nearest - centre) <= len(match.group()) // 2, (match.group(), labels, axis)
    context = lines[axis_index + 2] if len(lines) > axis_index + 2 else ""
    for word in re.findall(r"[A-Z][a-z]{2}(?: \d{4})?", context):
        assert re.fullmatch(r"[A-Z][a-z]{2} \d{4}", word), f"a month without its year: {context!r}"


# ------------------------------------------------------------------ colours


def test_palette_is_distinct_and_legend_shows_only_used_colours() -> None:
    timeline = events_yaml_timeline()
    lay = svg_module.layout(timeline, RenderOptions())
    used = {m.colour for m in lay.marks}
    legend = dict(lay.colours.legend)
    assert set(legend.values()) == used
    # Distinct colouring tags never share a colour.
    assert len(set(legend.values())) == len(legend)
    # The tags that colour nothing (ukraine on the Oval Office, defence, nuclear...) are not in the legend.
    for mark in lay.marks:
        assert legend[_colour_name(lay.colours, mark.colour)] == mark.colour


def _colour_name(colours: Colouring, colour: str) -> str:
    return next(name for name, c in colours.legend if c == colour)


def test_colour_rule_is_the_best_ranked_tag() -> None:
    events = (
        day_event("a", date(2025, 1, 1), tags=("rare", "common")),
        day_event("b", date(2025, 1, 2), tags=("common",)),
        day_event("c", date(2025, 1, 3), tags=("other", "common")),
        day_event("d", date(2025, 1, 4), tags=("solo",)),
        day_event("e", date(2025, 1, 5)),
    )
    colours = colouring(events)
    assert [name for name, _ in colours.legend] == ["common", "solo", "no tag"]
    assert colours.of(0) == colours.of(1) == colours.of(2) == PALETTE[0]
    assert colours.of(3) == PALETTE[1]
    assert colours.of(4) == NEUTRAL_COLOUR


def test_tags_beyond_the_palette_are_other() -> None:
    events = tuple(day_event(f"e{i}", date(2025, 1, 1 + i), tags=(f"tag{i}",)) for i in range(len(PALETTE) + 3))
    colours = colouring(events)
    names = [name for name, _ in colours.legend]
    assert names == [f"tag{i}" for i in range(len(PALETTE))] + ["other"]
    assert len({colours.of(i) for i in range(len(PALETTE))}) == len(PALETTE)
    assert {colours.of(i) for i in range(len(PALETTE), len(events))} == {OTHER_COLOUR}
    text = render("svg", Timeline(events=events))
    assert ">other</text>" in text


def test_colour_by_source_and_none() -> None:
    a = day_event("From A", date(2025, 1, 1), tags=("x",)).replace(origin=Origin("feeds/a.yaml", 3, 5))
    b = day_event("From B", date(2025, 1, 2), tags=("x",)).replace(origin=Origin("b.yaml", 3, 5))
    timeline = Timeline(events=(a, b))
    by_source = colouring(timeline.events, "source")
    assert [name for name, _ in by_source.legend] == ["a.yaml", "b.yaml"]
    assert by_source.of(0) != by_source.of(1)
    assert colouring(timeline.events, "tag").of(0) == colouring(timeline.events, "tag").of(1)
    none = svg_module.layout(timeline, RenderOptions(colour_by="none"))
    assert none.colours.legend == () and {m.colour for m in none.marks} == {NEUTRAL_COLOUR}
    with pytest.raises(ValueError, match="colour by"):
        colouring(timeline.events, "mood")


def test_chart_reference_has_its_own_colour_and_character() -> None:
    text = render("chart", events_yaml_timeline(), width=100, color=True)
    rows = text.splitlines()[1:9]
    reference_codes = set(re.findall(r"(\x1b\[[0-9;]*m)│", text))
    event_codes = set(re.findall(r"(\x1b\[[0-9;]*m)[●━┄○]", text))
    assert reference_codes and event_codes and not reference_codes & event_codes
    assert not any("│" in ANSI.sub("", row).replace("│", "", 1) and False for row in rows)
    for glyph in "●━┄○":
        assert glyph != "│"
    # Two events of different colouring tags get different colours in the terminal too.
    assert len(event_codes) >= 5


# ------------------------------------------------------------------ dense


def test_dense_fixture_is_the_generator_output() -> None:
    assert DENSE.read_text(encoding="utf-8") == dense_yaml(0), "regenerate: python tests/dense.py > " + str(DENSE)


def test_same_day_events_share_one_date_label() -> None:
    lay = svg_module.layout(dense_timeline(), RenderOptions())
    dates = [line.text for block in lay.blocks for line in block.lines if line.kind == "date"]
    assert len(dates) == len(set(dates)), "one date label per day"
    busiest = max(lay.blocks, key=lambda b: len(b.marks))
    assert len(busiest.marks) == 6 and sum(line.kind == "date" for line in busiest.lines) == 1


def test_cut_titles_keep_their_end_and_the_full_title_is_in_the_accessible_text() -> None:
    timeline = dense_timeline()
    lay = svg_module.layout(timeline, RenderOptions())
    for block in lay.blocks:
        titles = [(m.event.title, m.title) for m in block.marks]
        full = {t for t, _ in titles}
        assert len({drawn for _, drawn in titles}) == len(full), titles
        for title, drawn in titles:
            assert drawn.split(" ")[-1] == title.split(" ")[-1] or drawn.endswith("…"), (title, drawn)
    html = render("html", timeline)
    for event in timeline.events:
        assert f"aria-label={quoteattr(event.title + ', ' + span_words(event.span))}" in html.replace("&#x27;", "'")
    desc = ET.fromstring(render("svg", timeline).encode()).find(f"{SVG_NS}desc")
    assert desc is not None and all(event.title in (desc.text or "") for event in timeline.events)


def test_a_tall_picture_has_the_axis_at_the_top_too() -> None:
    tall = svg_module.layout(dense_timeline(), RenderOptions())
    short = svg_module.layout(seed_timeline(), RenderOptions())
    assert tall.top_axis and not short.top_axis
    root = ET.fromstring(render("svg", dense_timeline()).encode())
    tick_ys = {float(el.get("y", "0")) for el in root.iter(f"{SVG_NS}text") if el.get("class") == "tick"}
    assert min(tick_ys) < tall.plot_top < tall.axis_y < max(tick_ys)


@pytest.mark.parametrize("budget", [0, 1, 12, 25, 59, 60, 100])
def test_max_events_draws_that_many_and_counts_the_rest(budget: int) -> None:
    timeline = dense_timeline()
    lay = svg_module.layout(timeline, RenderOptions(max_events=budget))
    assert len(lay.marks) == min(budget, len(timeline.events))
    more = [line.text for block in lay.blocks for line in block.lines if line.kind == "more"]
    counted = sum(int(m.group(1)) for text in more if (m := re.match(r"\+?(\d+) (?:more|events? not drawn)", text)))
    assert counted == len(timeline.events) - len(lay.marks)
    # Every event is drawn or counted exactly once, and the busiest day keeps a place first.
    if 0 < budget < len(timeline.events):
        busiest = next(b for b in lay.blocks if any(m.event.span.first_day == date(2024, 10, 12) for m in b.marks))
        assert busiest.marks
    chart = render("chart", timeline, width=120, max_events=budget)
    assert len([line for line in chart.splitlines()[1:] if re.search("[●━┄○]", line)]) == len(lay.marks)
    # The table still lists every event.
    assert render("html", timeline, max_events=budget).count('<tr id="tl-row-') == len(timeline.events)
    # Mermaid draws the same events and counts the same rest.
    mermaid = render("mermaid", timeline, max_events=budget)
    entries = [line for line in mermaid.splitlines() if line.startswith("        ")]
    summaries = [line for line in entries if re.search(r": \(\+?\d+ (more|events? not drawn)", line)]
    assert len(entries) - len(summaries) == len(lay.marks)
    counted = sum(int(re.search(r": \(\+?(\d+)", line).group(1)) for line in summaries)  # type: ignore[union-attr]
    assert counted == len(timeline.events) - len(lay.marks)


def test_max_events_example() -> None:
    lay = svg_module.layout(dense_timeline(), RenderOptions(max_events=12))
    more = [line.text for block in lay.blocks for line in block.lines if line.kind == "more"]
    assert "+5 more on 12 Oct 2024" in more
    assert "+3 more on 17 Jun 2024" in more
    # Runs of dates with nothing drawn are counted together, with a quiet mark where they are.
    assert any(re.fullmatch(r"\d+ events not drawn, .+", text) for text in more)
    assert all(b.summary is not None for b in lay.blocks if not b.marks)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5])
@pytest.mark.parametrize("max_events", [None, 20])
def test_layout_geometry(seed: int, max_events: int | None) -> None:
    """The layout's own boxes: no overlaps, labels inside their panel (the browser test checks real text)."""
    timeline = dense_timeline(seed)
    lay = svg_module.layout(timeline, RenderOptions(max_events=max_events))
    assert lay.scale is not None
    for i, a in enumerate(lay.blocks):
        panel = lay.scale.segments[a.panel]
        assert panel.x0 <= a.label_box.x0 and a.label_box.x1 <= panel.x1, (a.lines, panel)
        for m in a.marks:
            assert panel.x0 - 0.01 <= m.x0 and m.x1 <= panel.x1 + 0.01
        for b in lay.blocks[i + 1 :]:
            assert not a.box.overlaps(b.box)


# ---------------------------------------------------------------- chromium

GEOMETRY_JS = """
(() => {
  const svg = document.querySelector('svg');
  const rect = el => { const r = el.getBoundingClientRect();
    return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
  const blocks = [...svg.querySelectorAll('g.block')].map(b => ({
    panel: +b.dataset.panel,
    texts: [...b.querySelectorAll('text')].map(t => ({text: t.textContent, ...rect(t)})),
    marks: [...b.querySelectorAll('.mark')].map(rect),
  }));
  const panels = [...svg.querySelectorAll('rect.panel')].map(rect);
  const breaks = [...svg.querySelectorAll('line.break, text.gap')].map(rect);
  return {blocks, panels, breaks};
})()
"""


def _union(boxes: list[dict[str, float]]) -> dict[str, float]:
    return {"x0": min(b["x0"] for b in boxes), "y0": min(b["y0"] for b in boxes),
            "x1": max(b["x1"] for b in boxes), "y1": max(b["y1"] for b in boxes)}


def _overlap(a: dict[str, float], b: dict[str, float], tolerance: float = 0.5) -> bool:
    return (a["x0"] < b["x1"] - tolerance and b["x0"] < a["x1"] - tolerance
            and a["y0"] < b["y1"] - tolerance and b["y0"] < a["y1"] - tolerance)


def check_geometry(geometry: dict[str, Any]) -> list[str]:
    """Problems with the real text boxes that Chromium measured (empty when all is well)."""
    problems = []
    blocks = geometry["blocks"]
    labels = [_union(b["texts"]) for b in blocks]
    for i, block in enumerate(blocks):
        panel = geometry["panels"][block["panel"]]
        for text in block["texts"]:
            if text["x0"] < panel["x0"] - 0.5 or text["x1"] > panel["x1"] + 0.5:
                problems.append(f"label {text['text']!r} leaves its panel")
            for brk in geometry["breaks"]:
                if _overlap(text, brk, 0.0):
                    problems.append(f"label {text['text']!r} crosses an axis break")
        for j in range(i + 1, len(blocks)):
            if _overlap(labels[i], labels[j]):
                problems.append(f"labels overlap: {block['texts'][0]['text']!r} and {blocks[j]['texts'][0]['text']!r}")
        for j, other in enumerate(blocks):
            if j != i and any(_overlap(labels[i], mark) for mark in other["marks"]):
                problems.append(f"label {block['texts'][0]['text']!r} covers the mark of another event")
        # Nor is any line of a label written over a mark of its own group (a bar through the text).
        for text in block["texts"]:
            if any(_overlap(text, mark, 1.0) for mark in block["marks"]):
                problems.append(f"label {text['text']!r} is drawn over its own mark")
    return problems


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if find_chromium() is None:
        pytest.skip("no Chromium: install Debian's `chromium` (apt-get install -y chromium) to run the browser tests")
    with Browser.launch() as instance:
        yield instance


def _page(browser: Browser, tmp_path: Path, name: str, text: str, width: int, height: int = 900,
          mobile: bool = False) -> Page:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return browser.open(path, width=width, height=height, mobile=mobile)


BROWSER_CASES = {
    "seed": lambda: events_yaml_timeline(),
    "seed-fixture": lambda: seed_timeline(),
    "dense": lambda: dense_timeline(0),
    "dense-7": lambda: dense_timeline(7),
    "dense-max": lambda: dense_timeline(0),
}


@pytest.mark.parametrize("case", sorted(BROWSER_CASES))
@pytest.mark.parametrize("fmt", ["svg", "html"])
def test_labels_never_collide_in_chromium(browser: Browser, tmp_path: Path, case: str, fmt: str) -> None:
    options = {"max_events": 20} if case == "dense-max" else {}
    page = _page(browser, tmp_path, f"{case}.{fmt}", render(fmt, BROWSER_CASES[case](), **options), 1280)
    geometry = page.evaluate(GEOMETRY_JS)
    assert geometry["blocks"] and geometry["panels"]
    assert check_geometry(geometry) == []
    assert page.console_problems() == []
    page.close()


REFERENCE_JS = """
(() => {
  // SVG paints in document order: a label is masked where its opaque background
  // comes after the reference line and covers the text.
  const line = document.querySelector('g.reference line');
  const r = line.getBoundingClientRect();
  const x = (r.left + r.right) / 2;
  const crossings = [];
  for (const block of document.querySelectorAll('g.block')) {
    const bg = block.querySelector('.label-bg');
    const g = bg.getBoundingClientRect();
    const after = !!(line.compareDocumentPosition(bg) & Node.DOCUMENT_POSITION_FOLLOWING);
    const opaque = parseFloat(getComputedStyle(bg).fillOpacity) >= 0.9;
    for (const t of block.querySelectorAll('text')) {
      const b = t.getBoundingClientRect();
      if (b.left < x - 1 && x + 1 < b.right && r.top < b.top && b.bottom < r.bottom) {
        const covered = g.left <= b.left + 0.5 && b.right <= g.right + 0.5 && g.top <= b.top + 0.5
                        && b.bottom <= g.bottom + 0.5;
        crossings.push({text: t.textContent, masked: after && opaque && covered});
      }
    }
  }
  return crossings;
})()
"""


@pytest.mark.parametrize("case", ["seed", "dense"])
def test_the_reference_line_passes_behind_labels(browser: Browser, tmp_path: Path, case: str) -> None:
    timeline = events_yaml_timeline() if case == "seed" else dense_timeline()
    # A viewport as tall as the picture: elementFromPoint sees only what is on screen.
    page = _page(browser, tmp_path, f"{case}.svg", render("svg", timeline), 1280, 2400)
    crossings = page.evaluate(REFERENCE_JS)
    assert crossings, "the test needs labels that the reference line crosses"
    assert all(c["masked"] for c in crossings), crossings
    page.close()


def test_geometry_check_can_fail(browser: Browser, tmp_path: Path) -> None:
    """The check above catches labels that overlap, leave their panel or cover a break."""
    text = render("svg", seed_timeline())
    # Move every label to the same place: they overlap and leave their panels.
    moved = re.sub(r'(<text x=")[\d.]+(" y=")[\d.]+(" font-size="12.5")', r"\g<1>40\g<2>120\3", text)
    page = _page(browser, tmp_path, "bad.svg", moved, 1280)
    problems = check_geometry(page.evaluate(GEOMETRY_JS))
    assert any("overlap" in p for p in problems) and any("leaves its panel" in p for p in problems)
    page.close()


PHONE_JS = """
(() => {
  const width = document.documentElement.clientWidth;
  const wide = [], small = [];
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -0.5 || r.right > width + 0.5) wide.push(el.tagName + '.' + el.className + ' ' + r.left + '..' + r.right);
    const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (ownText && parseFloat(style.fontSize) < 12) small.push(el.tagName + ' ' + style.fontSize + ' ' + el.textContent.slice(0, 40));
  }
  const cards = [...document.querySelectorAll('.vt-card')].filter(c => c.getBoundingClientRect().height > 0).length;
  return {width, scroll: document.documentElement.scrollWidth, wide, small, cards,
          figure: getComputedStyle(document.querySelector('figure')).display};
})()
"""


@pytest.mark.parametrize("case", ["seed", "dense", "dense-7", "nasty"])
def test_phone_layout_fits_390_px(browser: Browser, tmp_path: Path, case: str) -> None:
    timeline = {"seed": events_yaml_timeline, "dense": dense_timeline, "dense-7": lambda: dense_timeline(7),
                "nasty": nasty_timeline}[case]()
    page = _page(browser, tmp_path, f"{case}.html", render("html", timeline), 390, 844, mobile=True)
    result = page.evaluate(PHONE_JS)
    assert result["width"] == 390
    assert result["wide"] == [] and result["scroll"] <= 390
    assert result["small"] == []
    assert result["figure"] == "none" and result["cards"] == len(timeline.events)
    assert page.console_problems() == []
    page.close()


def test_phone_check_can_fail(browser: Browser, tmp_path: Path) -> None:
    """The phone check catches a too-wide element and small text."""
    html = render("html", seed_timeline()).replace(
        "</main>", '<p style="width:600px;font-size:9px">wide and small</p></main>')
    page = _page(browser, tmp_path, "bad.html", html, 390, 844, mobile=True)
    result = page.evaluate(PHONE_JS)
    assert result["wide"] and result["small"]
    page.close()


def test_desktop_page_shows_the_picture_not_the_cards(browser: Browser, tmp_path: Path) -> None:
    page = _page(browser, tmp_path, "seed.html", render("html", seed_timeline()), 1280)
    assert page.evaluate("getComputedStyle(document.querySelector('.vt')).display") == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('figure')).display") == "block"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.close()


def test_html_focus_shows_the_details(browser: Browser, tmp_path: Path) -> None:
    page = _page(browser, tmp_path, "seed.html", render("html", seed_timeline()), 1280)
    dom = page.evaluate("document.body.innerHTML")
    for event in seed_timeline().events:
        assert escape_html(event.title, quote=False) in dom, event.title
    page.evaluate("document.querySelector('.event').focus()")
    tip = page.evaluate("[document.getElementById('tl-tip').hidden, document.getElementById('tl-tip').textContent]")
    assert tip[0] is False, "focus did not open the details"
    assert "Read as: a known date: the Berlin Wall fell on 9 November 1989" in tip[1]
    assert "As written: “the fall of the Berlin Wall”" in tip[1]
    page.evaluate("document.querySelector('.event').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert page.evaluate("document.getElementById('tl-tip').hidden") is True
    assert page.console_problems() == []
    page.close()


def test_console_errors_would_be_seen(browser: Browser, tmp_path: Path) -> None:
    """The console checks above can fail: a page that throws is caught."""
    page = _page(browser, tmp_path, "bad.html", "<!DOCTYPE html><script>undefinedFunction();</script>", 800)
    assert any("undefinedFunction" in p for p in page.console_problems())
    page.close()


# ------------------------------------------------------------ png and pdf


def _needs_cairo() -> Any:
    try:
        import cairosvg
    except (ImportError, OSError) as exc:
        pytest.skip(f"CairoSVG with the Cairo library is needed ({exc}): pip install 'timeline[png]'")
    return cairosvg


def test_png_is_the_svg_picture() -> None:
    _needs_cairo()
    from PIL import Image

    timeline = events_yaml_timeline()
    data = get_binary_renderer("png")(timeline, RenderOptions())
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    lay = svg_module.layout(timeline, RenderOptions())
    image = Image.open(BytesIO(data)).convert("RGB")
    assert image.size == (2000, round(lay.height * 2))
    # Each dot's centre has its event's colour: the PNG is the same drawing.
    for mark in lay.marks:
        if mark.point and not mark.uncertain:
            pixel = image.getpixel((round((mark.x0 + mark.x1)), round(mark.y * 2)))
            expected = tuple(int(mark.colour[i : i + 2], 16) for i in (1, 3, 5))
            assert max(abs(a - b) for a, b in zip(pixel, expected)) <= 8, (mark.event.title, pixel, expected)
    assert get_binary_renderer("png")(timeline, RenderOptions()) == data


def test_pdf_is_one_vector_page_without_a_clock() -> None:
    _needs_cairo()
    timeline = events_yaml_timeline()
    data = get_binary_renderer("pdf")(timeline, RenderOptions())
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/CreationDate" not in data, "the renderer read the clock"
    assert get_binary_renderer("pdf")(timeline, RenderOptions()) == data
    stamped = get_binary_renderer("pdf")(timeline, RenderOptions(generated_at=datetime(2025, 3, 6, 12, 30, tzinfo=UTC)))
    assert b"/CreationDate (D:20250306123000Z)" in stamped and len(stamped) == len(data)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("no pdftoppm (Debian's poppler-utils) to read the PDF back")
    from PIL import Image

    for name, pdf in (("plain", data), ("stamped", stamped)):
        path = Path(tempfile.mkdtemp()) / f"{name}.pdf"
        path.write_bytes(pdf)
        done = subprocess.run([pdftoppm, "-png", "-r", "72", str(path), str(path.with_suffix(""))],
                              capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        pages = sorted(path.parent.glob(f"{name}*.png"))
        assert len(pages) == 1
        lay = svg_module.layout(timeline, RenderOptions())
        # 1000 px at 0.75 pt per px, read back at 72 dpi: 750 px wide.
        assert Image.open(pages[0]).size == (750, round(lay.height * 0.75))
    text = data.decode("latin-1")
    assert "/Type /Page" in text and text.count("/Type /Page\n") + text.count("/Type /Page ") <= 1


def test_png_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "cairosvg", None)  # import cairosvg now raises ImportError
    for fmt in ("png", "pdf"):
        with pytest.raises(MissingDependencyError, match=r"pip install 'timeline\[png\]'"):
            get_binary_renderer(fmt)(seed_timeline(), RenderOptions())
    target = tmp_path / "out.png"
    result = _invoke(["show", "-f", "png", "-o", str(target), "events.yaml"])
    assert result.exit_code == 2 and result.stdout == "" and not target.exists()
    assert result.stderr.startswith("timeline: error: -f png needs CairoSVG") and "timeline[png]" in result.stderr
    assert "Traceback" not in result.stderr


def test_text_and_binary_renderers_are_kept_apart() -> None:
    with pytest.raises(TypeError, match="get_binary_renderer"):
        get_renderer("png")
    with pytest.raises(KeyError):
        get_binary_renderer("svg")


# -------------------------------------------------------------------- cli


def _invoke(args: list[str], env: dict[str, str] | None = None) -> Any:
    from typer.testing import CliRunner

    from timeline.cli import app

    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return CliRunner().invoke(app, args, env=env)
    finally:
        os.chdir(cwd)


def test_cli_png_and_pdf_files(tmp_path: Path) -> None:
    _needs_cairo()
    png, pdf = tmp_path / "seed.png", tmp_path / "seed.pdf"
    for fmt, path in (("png", png), ("pdf", pdf)):
        done = subprocess.run([sys.executable, "-m", "timeline", "show", "-f", fmt, "-o", str(path), "events.yaml"],
                              cwd=REPO, capture_output=True, check=False, stdin=subprocess.DEVNULL,
                              env={**os.environ, "SOURCE_DATE_EPOCH": "1741262400"})
        assert done.returncode == 0 and done.stdout == b"" and done.stderr == b"", done.stderr
    assert png.read_bytes() == get_binary_renderer("png")(events_yaml_timeline(), RenderOptions())
    assert pdf.read_bytes().startswith(b"%PDF-") and b"/CreationDate (D:20250306120000Z)" in pdf.read_bytes()
    # Through a pipe the bytes arrive as they are.
    piped = subprocess.run([sys.executable, "-m", "timeline", "show", "-f", "png", "events.yaml"], cwd=REPO,
                           capture_output=True, check=False, stdin=subprocess.DEVNULL)
    assert piped.returncode == 0 and piped.stdout == png.read_bytes()


@pytest.mark.parametrize("fmt", ["png", "pdf"])
def test_cli_refuses_binary_on_a_terminal(fmt: str) -> None:
    import pty

    main, secondary = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "timeline", "show", "-f", fmt, "events.yaml"], cwd=REPO,
                              stdout=secondary, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, check=False,
                              timeout=60)
        os.close(secondary)
        written = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            written += chunk
    finally:
        os.close(main)
    assert done.returncode == 2
    assert written == b""
    assert done.stderr.decode() == (f"timeline: error: -f {fmt} writes binary data, not shown on a terminal: "
                                    f"add -o FILE.{fmt} or redirect the output (> FILE.{fmt})\n")


def test_cli_picture_options_reach_the_renderers() -> None:
    timeline = events_yaml_timeline()
    for args, options in (
        (["-f", "svg", "--colour-by", "none"], RenderOptions(colour_by="none")),
        (["-f", "svg", "--color-by", "source"], RenderOptions(colour_by="source")),
        (["-f", "svg", "--max-events", "3"], RenderOptions(max_events=3)),
        (["-f", "chart", "--width", "50"], RenderOptions(width=50)),
        (["-f", "chart", "--width", "120", "--max-events", "4"], RenderOptions(width=120, max_events=4)),
    ):
        result = _invoke(["show", *args, "events.yaml"], env={"COLUMNS": "90"})
        assert result.exit_code == 0 and result.stderr == "", (args, result.stderr)
        assert result.stdout == get_renderer(args[1])(timeline, options), args
    chart = _invoke(["show", "-f", "chart", "--width", "50", "events.yaml"]).stdout
    assert max(len(line) for line in chart.splitlines()) <= 50
    bad = _invoke(["show", "-f", "svg", "--colour-by", "mood", "events.yaml"])
    assert bad.exit_code == 2 and "mood" in bad.stderr


def test_chart_width_without_a_terminal() -> None:
    """Piped, the chart is 100 columns unless --width says otherwise (COLUMNS, as shells set it, also counts)."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    for extra, limit in (([], 100), (["--width", "64"], 64)):
        done = subprocess.run([sys.executable, "-m", "timeline", "show", "-f", "chart", *extra, "events.yaml"],
                              cwd=REPO, capture_output=True, text=True, check=False, env=env,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr
        widths = [len(line) for line in done.stdout.splitlines()]
        assert max(widths) <= limit and max(widths) > limit - 20


def test_docs_show_the_screenshots() -> None:
    """docs/pictures.md shows the seed and dense pages at 1280 and 390 px (tools/picture_screenshots.py)."""
    docs = (REPO / "docs" / "pictures.md").read_text(encoding="utf-8")
    for case in ("seed", "dense"):
        for width in (1280, 390):
            name = f"pictures-{case}-{width}.png"
            assert f"]({name})" in docs, name
            data = (REPO / "docs" / name).read_bytes()
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            assert int.from_bytes(data[16:20], "big") == width, name  # the IHDR width
    for option in ("--colour-by", "--max-events", "--width", "-f png", "-f pdf"):
        assert option in docs


def long_words_timeline() -> Timeline:
    """Words and URLs longer than any screen, in every field a page shows."""
    word = "Unbreakable" + "x" * 140
    span = Span(date(2025, 3, 3), date(2025, 3, 4), G.DAY, "2025-03-03", f"read as {word}")
    event = Event(f"Title {word}", f"3 March 2025 {word}", span, REFERENCE, source=f"https://example.com/{word}",
                  tags=(word, "short"))
    return Timeline(events=(event, day_event("A short one", date(2025, 3, 5))), calendar=f"Calendar {word}")


@pytest.mark.parametrize("width", [320, 390, 600, 719, 720, 768, 1024, 1440])
@pytest.mark.parametrize("case", ["seed", "dense", "long"])
def test_no_horizontal_overflow_at_any_width(browser: Browser, tmp_path: Path, case: str, width: int) -> None:
    timeline = {"seed": events_yaml_timeline, "dense": dense_timeline, "long": long_words_timeline}[case]()
    page = _page(browser, tmp_path, f"{case}.html", render("html", timeline), width, 900, mobile=width < 720)
    result = page.evaluate(PHONE_JS)
    assert result["wide"] == [] and result["scroll"] <= width
    if width < 720:
        assert result["small"] == [] and result["figure"] == "none"
    else:
        assert result["figure"] == "block" and check_geometry(page.evaluate(GEOMETRY_JS)) == []
    assert page.console_problems() == []
    page.close()


# Spans at the ends of the calendar: the axis pads around them, past the days `date` knows.
CALENDAR_ENDS = {
    "year 1": Span(date(1, 1, 1), date(1, 1, 2), G.DAY, "0001-01-01", "the first day"),
    "the 1st century": Span(date(1, 1, 1), date(101, 1, 1), G.CENTURY, "00", "the 1st century"),
    "ends 9999-12-31": Span(date(9999, 12, 30), date(9999, 12, 31), G.DAY, "9999-12-30", "next to the last day"),
    "the last day": Span(datetime(9999, 12, 31, 10), datetime(9999, 12, 31, 23, 59), G.MINUTE,
                         "9999-12-31T10:00", "the last day"),
}


@pytest.mark.parametrize("fmt", PICTURES)
@pytest.mark.parametrize("case", sorted(CALENDAR_ENDS))
@pytest.mark.parametrize("reference", [REFERENCE, None])
def test_spans_at_the_ends_of_the_calendar_are_drawn(fmt: str, case: str, reference: date | None) -> None:
    span = CALENDAR_ENDS[case]
    event = Event(title=case, when=case, span=span, reference=REFERENCE)
    timeline = Timeline(events=(event, day_event("today", REFERENCE)), references=(reference,) if reference else ())
    text = render(fmt, timeline)
    assert case in text
    if fmt == "chart":
        assert str(span.start.year) in text  # the tick labels name the year at the edge


@pytest.mark.parametrize(("number", "day"), [(-3.5, date.min), (0.2, date.min), (1.0, date.min),
                                             (date.max.toordinal() + 2.0, date.max)])
def test_day_numbers_past_the_calendar_clamp_to_its_ends(number: float, day: date) -> None:
    assert from_day_number(number) == day
