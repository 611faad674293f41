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
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from html import escape as escape_html
from pathlib import Path

import pytest

from timeline.model import Event, Granularity, Span, Timeline
from timeline.renderers import RenderOptions, get_renderer
from timeline.renderers import svg as svg_module
from timeline.renderers._picture import split_clusters
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


def empty_timeline() -> Timeline:
    return Timeline(events=(), calendar="Nothing yet")


def one_timeline() -> Timeline:
    return Timeline(events=(day_event("A lone event", date(2025, 3, 5)),), calendar=None)


TIMELINES = {"seed": seed_timeline, "nasty": nasty_timeline, "empty": empty_timeline, "one": one_timeline}


# ------------------------------------------------------------------ golden


@pytest.mark.parametrize("fmt", PICTURES)
@pytest.mark.parametrize("case", sorted(TIMELINES))
def test_golden(case: str, fmt: str) -> None:
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
    texts = {el.text for el in root.iter(f"{SVG_NS}text")}
    for event in nasty_timeline().events:
        assert event.title in texts


def test_svg_seed_marks_reference_and_calendar() -> None:
    root = ET.fromstring(render("svg", seed_timeline()).encode())
    texts = [el.text or "" for el in root.iter(f"{SVG_NS}text")]
    assert "published 6 Mar 2025" in texts
    assert "Ukraine: the week of 6 March 2025" in texts
    assert "35" in texts and "years" in texts  # the break before 2025 says what it hides


def test_svg_now_option_wins() -> None:
    texts = render("svg", seed_timeline(), now=date(2025, 3, 10))
    assert "now 10 Mar 2025" in texts and "published 6 Mar 2025" not in texts


@pytest.mark.parametrize("case", sorted(TIMELINES))
def test_svg_labels_never_overlap(case: str) -> None:
    lay = svg_module.layout(TIMELINES[case](), RenderOptions())
    boxes = [m.label_box for m in lay.marks]
    for i, a in enumerate(boxes):
        assert svg_module.MARGIN - 0.01 <= a.x0 and a.x1 <= lay.width - svg_module.MARGIN + 0.01
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)


def test_svg_labels_never_overlap_when_crowded() -> None:
    events = tuple(
        day_event(f"Event number {i} with a long-ish title", date(2025, 3, 1 + i % 5)) for i in range(30)
    )
    lay = svg_module.layout(Timeline(events=events), RenderOptions())
    boxes = [(m.label_box, m.lane) for m in lay.marks]
    for i, (a, _) in enumerate(boxes):
        for b, _ in boxes[i + 1 :]:
            assert not a.overlaps(b)
    # Marks do not sit under another event's label either.
    for mark in lay.marks:
        for other in lay.marks:
            if other is not mark and other.lane == mark.lane:
                assert not (other.label_box.x0 < mark.x1 and mark.x0 < other.label_box.x1)


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
    assert ANSI.sub("", coloured) == plain


def test_chart_one_row_per_event() -> None:
    text = render("chart", seed_timeline())
    rows = text.splitlines()[1 : 1 + len(seed_timeline().events)]
    assert rows[0].startswith("Fall of the Berlin Wall")
    assert all("●" in r or "━" in r or "┄" in r for r in rows)


# ---------------------------------------------------------------- chromium

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)  # fmt: skip


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium: install it with `apt-get install -y chromium` to run the browser test")


def _dump_dom(page: Path, tmp_path: Path) -> tuple[str, str]:
    result = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
         "--v=0", "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def test_html_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    html = render("html", seed_timeline())
    # Focus the first event once the page has run, as a keyboard user would.
    probe = "<script>document.querySelector('.event').focus();</script>\n</body>"
    page.write_text(html.replace("</body>", probe), encoding="utf-8")
    dom, log = _dump_dom(page, tmp_path)
    for event in seed_timeline().events:
        assert escape_html(event.title, quote=False) in dom, event.title
    # Chromium logs every console message (errors included) as ":CONSOLE:" lines.
    console = [line for line in log.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert console == []
    tip = re.search(r'<div id="tl-tip"([^>]*)>(.*?)</div></div>', dom, re.DOTALL)
    assert tip is not None and "hidden" not in tip.group(1), "focus did not open the details"
    assert "Read as: a known date: the Berlin Wall fell on 9 November 1989" in tip.group(2)
    assert "As written: “the fall of the Berlin Wall”" in tip.group(2)


def test_console_errors_would_be_seen(tmp_path: Path) -> None:
    """The check above can fail: a page that throws is caught by it."""
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><script>undefinedFunction();</script>", encoding="utf-8")
    _, log = _dump_dom(page, tmp_path)
    assert "Uncaught ReferenceError" in log


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
