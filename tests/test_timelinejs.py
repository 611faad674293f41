"""``-f timelinejs``: TimelineJS3's JSON, checked as a reader sees it.

The unit tests pin the mapping (dates at the event's precision, display dates,
groups, media, escaping); the browser test renders the export with the real
TimelineJS3 library from the npm registry in headless Chromium and asserts
that every slide is there, with its headline as plain text, and that the
console stays clean.

The library is installed once into ``~/.cache/timeline-npm`` (or
``$TIMELINEJS_DIR`` points at an unpacked ``@knight-lab/timelinejs``); the
browser test skips with a reason only where Chromium or npm is missing.
"""

from __future__ import annotations

import csv
import functools
import html
import http.server
import io
import json
import os
import re
import shutil
import struct
import subprocess
import threading
import zlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from timeline.loader import load
from timeline.model import Event, Granularity, Origin, Span, Timeline
from timeline.renderers import RenderOptions, get_renderer
from timeline.renderers.timelinejs import display_date, render
from timeline.renderers.timelinejs_sheet import COLUMNS

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "formats"
UPDATE = os.environ.get("TIMELINE_UPDATE_GOLDEN") == "1"
REFERENCE = date(2025, 3, 6)
PARIS = ZoneInfo("Europe/Paris")
TIMELINEJS_VERSION = "3.9.11"
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Tom & Jerry </p><script>window.__pwned=2</script>'


def _span(start: date | datetime, end: date | datetime, granularity: Granularity, value: str = "x",
          **fields: object) -> Span:
    return Span(start, end, granularity, value, "why it reads so", **fields)  # type: ignore[arg-type]


def _event(title: str, span: Span, **fields: object) -> Event:
    fields.setdefault("when", "as written")
    fields.setdefault("reference", REFERENCE)
    return Event(title=title, span=span, origin=Origin("news.yaml", 1, 1), **fields)  # type: ignore[arg-type]


def showcase(media_url: str | None = None) -> Timeline:
    """One event of every granularity the format words differently, and hostile text."""
    evening = datetime(2025, 3, 5, 18, tzinfo=PARIS)
    events = (
        _event("Berlin Wall falls", _span(date(1989, 11, 9), date(1989, 11, 10), Granularity.DAY),
               id="berlin wall/1989", tags=("history",), source=media_url),
        _event("The 1990s", _span(date(1990, 1, 1), date(2000, 1, 1), Granularity.DECADE, "199")),
        _event("Oval Office clash", _span(date(2025, 2, 24), date(2025, 3, 3), Granularity.WEEK, "2025-W09"),
               when="last week", tags=("us", "ukraine")),
        _event("Weekend talks", _span(date(2025, 3, 1), date(2025, 3, 3), Granularity.WEEKEND, "2025-W09-WE")),
        _event("Macron speaks", _span(evening, evening + timedelta(hours=6), Granularity.PART_OF_DAY,
                                      "2025-03-05TEV"), when="Wednesday evening", timezone="Europe/Paris"),
        _event("Speech at 20:00", _span(evening + timedelta(hours=2), evening + timedelta(hours=3),
                                        Granularity.HOUR, "2025-03-05T20"), timezone="Europe/Paris"),
        _event("Two-day visit", _span(date(2025, 3, 6), date(2025, 3, 8), Granularity.DAY), tags=("uk", "us")),
        _event("March talks", _span(date(2025, 3, 1), date(2025, 4, 1), Granularity.MONTH, "2025-03"),
               tags=("uk",)),
        _event("Q1 figures", _span(date(2025, 1, 1), date(2025, 4, 1), Granularity.QUARTER, "2025-Q1",
                                   approximate=True)),
        _event("Winter offensive", _span(date(2024, 12, 1), date(2025, 3, 1), Granularity.SEASON, "2024-WI")),
        _event("Army of 1.5 million", _span(date(2030, 1, 1), date(2031, 1, 1), Granularity.YEAR, "2030",
                                            qualifier="by"), when="by 2030", id="army", tags=("russia",)),
        _event(HOSTILE_TITLE, _span(date(2025, 3, 4), date(2025, 3, 5), Granularity.DAY), id="army",
               notes="line one\n<b>line two</b>", source="Le Monde, <i>print</i>", location="Paris & Kyiv",
               tags=("<em>group</em>",)),
    )
    return Timeline(events, "Europe <rearms> & waits", ("news.yaml",), (REFERENCE,))


def _slides(timeline: Timeline) -> list[dict[str, object]]:
    document = json.loads(render(timeline, RenderOptions()))
    assert set(document) == {"title", "events", "scale"} and document["scale"] == "human"
    return list(document["events"])


# --- the mapping ------------------------------------------------------------


def test_registered_and_documented() -> None:
    assert get_renderer("timelinejs") is render
    docs = (REPO / "docs" / "formats.md").read_text(encoding="utf-8")
    assert "`timelinejs`" in docs and "display_date" in docs


@pytest.mark.parametrize(("index", "start", "end"), [
    (0, {"year": 1989, "month": 11, "day": 9}, None),  # media: see the browser test
    (1, {"year": 1990}, {"year": 1999}),
    (2, {"year": 2025, "month": 2, "day": 24}, {"year": 2025, "month": 3, "day": 2}),
    (3, {"year": 2025, "month": 3, "day": 1}, {"year": 2025, "month": 3, "day": 2}),
    (4, {"year": 2025, "month": 3, "day": 5, "hour": 18, "minute": 0},
     {"year": 2025, "month": 3, "day": 6, "hour": 0, "minute": 0}),
    (5, {"year": 2025, "month": 3, "day": 5, "hour": 20, "minute": 0}, None),
    (6, {"year": 2025, "month": 3, "day": 6}, {"year": 2025, "month": 3, "day": 7}),
    (7, {"year": 2025, "month": 3}, None),
    (8, {"year": 2025, "month": 1}, {"year": 2025, "month": 3}),
    (9, {"year": 2024, "month": 12}, {"year": 2025, "month": 2}),
    (10, {"year": 2030}, None),
])
def test_dates_at_the_event_precision(index: int, start: dict[str, int], end: dict[str, int] | None) -> None:
    slide = _slides(showcase())[index]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end


@pytest.mark.parametrize(("index", "words"), [
    (0, None),
    (1, "The 1990s"),
    (2, "The week of 24 February 2025"),
    (3, "The weekend of 1 March 2025"),
    (4, "Wednesday 5 March 2025, evening"),
    (5, None),
    (6, None),
    (7, None),
    (8, "About Q1 2025"),
    (9, "Winter 2024–25"),
    (10, "By 2030"),
])
def test_display_date_says_what_the_date_objects_cannot(index: int, words: str | None) -> None:
    slide = _slides(showcase())[index]
    assert slide.get("display_date") == words
    assert display_date(showcase().events[index].span) == words


def test_qualifier_and_approximate_together() -> None:
    span = _span(date(2025, 3, 1), date(2025, 4, 1), Granularity.MONTH, approximate=True, qualifier="since")
    assert display_date(span) == "Since about March 2025"


def test_group_is_the_first_tag_and_ids_are_unique_and_safe() -> None:
    slides = _slides(showcase())
    assert [s.get("group") for s in slides[:3]] == ["history", None, "us"]
    ids = [s["unique_id"] for s in slides]
    assert len(set(ids)) == len(ids)
    assert ids[0] == "berlin-wall-1989" and ids[10] == "army" and ids[11] == "army-2"
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", str(i)) for i in ids)


def test_text_holds_the_words_as_written_the_explanation_and_the_source() -> None:
    slide = _slides(showcase())[2]
    text = slide["text"]
    assert isinstance(text, dict)
    assert text["headline"] == "Oval Office clash"
    assert "As written: “last week”, read against Thursday 6 March 2025." in text["text"]
    assert "<p>why it reads so</p>" in text["text"]


def test_every_string_is_escaped() -> None:
    document = render(showcase(), RenderOptions())
    assert "<img" not in document and "<script" not in document and "<em>" not in document
    assert "<b>" not in document and "<i>" not in document
    slide = _slides(showcase())[11]
    text = slide["text"]
    assert isinstance(text, dict)
    assert html.unescape(text["headline"]) == HOSTILE_TITLE
    assert "line one<br>&lt;b&gt;line two&lt;/b&gt;" in text["text"]
    assert "Where: Paris &amp; Kyiv" in text["text"] and "Source: Le Monde, &lt;i&gt;print&lt;/i&gt;" in text["text"]
    assert slide["group"] == "&lt;em&gt;group&lt;/em&gt;"
    title = json.loads(document)["title"]["text"]
    assert title["headline"] == "Europe &lt;rearms&gt; &amp; waits"
    assert title["text"] == "<p>12 events, relative dates read against Thursday 6 March 2025.</p>"


@pytest.mark.parametrize(("url", "media"), [
    ("https://upload.wikimedia.org/photo.jpg", True),
    ("https://example.org/chart.PNG?size=large", True),
    ("https://www.youtube.com/watch?v=aPweFhhXFvY", True),
    ("https://youtu.be/aPweFhhXFvY", True),
    ("https://vimeo.com/304869290", True),
    ("https://en.wikipedia.org/wiki/Berlin_Wall", True),
    ("https://www.flickr.com/photos/someone/123", True),
    ("https://www.bbc.co.uk/news/articles/c0eg3zdy1xxo", False),  # a page: TimelineJS would draw a broken image
    ("https://example.org/iframe-and-blockquote", False),
    ("http://example.org/a.pdf", False),
])
def test_media_only_when_timelinejs_can_show_it(url: str, media: bool) -> None:
    timeline = Timeline((_event("T", _span(date(2025, 3, 5), date(2025, 3, 6), Granularity.DAY), source=url),))
    (slide,) = _slides(timeline)
    assert slide.get("media") == ({"url": url} if media else None)
    text = slide["text"]
    assert isinstance(text, dict)
    assert f'<a href="{url}">{url}</a>' in text["text"]  # the link is always in the text


def test_empty_timeline_has_a_title_slide_and_no_events() -> None:
    document = json.loads(render(Timeline(()), RenderOptions()))
    assert document["events"] == []
    assert document["title"]["text"]["headline"] == "Timeline"


def test_golden_events_yaml() -> None:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        timeline = load(["events.yaml"]).timeline
    finally:
        os.chdir(cwd)
    text = render(timeline, RenderOptions())
    path = GOLDEN / "events.timelinejs.json"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with TIMELINE_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8")


# --- in a browser -----------------------------------------------------------

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


@functools.cache
def _timelinejs_dist() -> Path | None:
    """``dist/`` of @knight-lab/timelinejs, installed from the npm registry on first use."""
    given = os.environ.get("TIMELINEJS_DIR")
    if given:
        return Path(given) / "dist"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "timeline-npm"
    package = cache / "node_modules" / "@knight-lab" / "timelinejs"
    if not (package / "dist" / "js" / "timeline.js").exists():
        npm = shutil.which("npm")
        if npm is None:
            return None
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--prefix", str(cache), "--no-audit", "--no-fund",
                               f"@knight-lab/timelinejs@{TIMELINEJS_VERSION}"],
                              capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            return None
    return package / "dist"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = b"".join(b"\x00" + b"\x20\x60\xc0" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<script>
window.__errors = [];
window.addEventListener("error", function (e) {
  __errors.push("error: " + (e.message || (e.target && (e.target.src || e.target.href)) || "?"));
}, true);
window.addEventListener("unhandledrejection", function (e) { __errors.push("rejection: " + e.reason); });
var __consoleError = console.error;
console.error = function () {
  __errors.push("console.error: " + Array.prototype.join.call(arguments, " "));
  __consoleError.apply(console, arguments);
};
</script>
<link rel="stylesheet" href="tljs/css/timeline.css">
<script src="tljs/js/timeline.js"></script>
</head><body>
<div id="timeline-embed" style="width: 1200px; height: 650px"></div>
<pre id="report"></pre>
<script>
// Self-hosted as a publisher would, offline: the library's own files and system fonts
// (the default font pulls web fonts from the network, which this machine has not).
var timeline = new TL.Timeline("timeline-embed", "timeline.json", {
  script_path: location.origin + "/tljs/js/", font: "georgia-helvetica"
});
setTimeout(function () {
  var slides = Array.prototype.map.call(document.querySelectorAll(".tl-slide"), function (slide) {
    var headline = slide.querySelector(".tl-headline");
    return headline ? headline.textContent : null;
  });
  var markers = document.querySelectorAll(".tl-timemarker").length;
  var images = Array.prototype.filter.call(document.querySelectorAll("#timeline-embed img"), function (img) {
    return img.complete && img.naturalWidth > 0;
  }).map(function (img) { return img.getAttribute("src"); });
  var injected = document.querySelectorAll("#timeline-embed img[src='x'], #timeline-embed script").length;
  document.getElementById("report").textContent = JSON.stringify({
    slides: slides, markers: markers, images: images, injected: injected, pwned: window.__pwned || null, errors: __errors
  });
}, 4000);
</script>
</body></html>
"""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A directory served on 127.0.0.1 (TimelineJS fetches its JSON, and media by URL)."""
    dist = _timelinejs_dist()
    if dist is None or not (dist / "js" / "timeline.js").exists():
        pytest.skip("TimelineJS3 is not installed and npm could not install it "
                    f"(npm install @knight-lab/timelinejs@{TIMELINEJS_VERSION})")
    root = tmp_path / "site"
    root.mkdir()
    (root / "tljs").symlink_to(dist, target_is_directory=True)
    (root / "photo.png").write_bytes(_png())
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _console_errors(log: str) -> list[str]:
    """Chromium's log lines for console messages that report a problem (TimelineJS also logs
    plain progress messages, "reading CSV from url ...", which are not errors)."""
    return [line for line in log.splitlines()
            if (":CONSOLE" in line or "Uncaught" in line)
            and re.search(r"Uncaught|[Ee]rror|Failed|Refused|Warning|warning", line)]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _render_in_chromium(root: Path, base: str, timeline: Timeline, tmp_path: Path,
                        fmt: str = "timelinejs") -> tuple[dict[str, object], str]:
    """Render *timeline* as *fmt* (``timelinejs``, or ``timelinejs-sheet``, which TimelineJS
    reads from a ``.csv`` URL with its Google Sheets parser) and report what the page shows."""
    name = "timeline.json" if fmt == "timelinejs" else "timeline.csv"
    (root / name).write_text(get_renderer(fmt)(timeline, RenderOptions()), encoding="utf-8", newline="")
    (root / "index.html").write_text(PAGE.replace("timeline.json", name), encoding="utf-8")
    done = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
         "--v=0", "--virtual-time-budget=20000", "--dump-dom", f"{base}/index.html"],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'<pre id="report">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found and found.group(1), f"the page did not report:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    report: dict[str, object] = json.loads(html.unescape(found.group(1)))
    return report, done.stderr


def test_timelinejs_renders_every_slide_in_chromium(served: tuple[Path, str], tmp_path: Path) -> None:
    root, base = served
    timeline = showcase(media_url=f"{base}/photo.png")
    report, log = _render_in_chromium(root, base, timeline, tmp_path)
    slides = report["slides"]
    assert isinstance(slides, list) and slides[0] == timeline.calendar
    # TimelineJS orders the slides by date itself: every event is there, in date order
    by_date = sorted(timeline.events, key=lambda e: e.span.sort_key())
    assert slides[1:] == [event.title for event in by_date]
    assert report["markers"] == len(timeline.events)
    assert f"{base}/photo.png" in report["images"]  # the first event's media, shown
    assert report["injected"] == 0 and report["pwned"] is None
    assert report["errors"] == []
    assert _console_errors(log) == []


def test_timelinejs_renders_the_repository_events_file(served: tuple[Path, str], tmp_path: Path) -> None:
    root, base = served
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        timeline = load(["events.yaml"]).timeline
    finally:
        os.chdir(cwd)
    report, log = _render_in_chromium(root, base, timeline, tmp_path)
    assert report["slides"] == [timeline.calendar] + [event.title for event in timeline.events]
    assert report["errors"] == []
    assert _console_errors(log) == []


def test_the_browser_check_can_fail(served: tuple[Path, str], tmp_path: Path) -> None:
    """The harness sees what goes wrong: media that fails to load, and raw HTML in a headline."""
    root, base = served
    timeline = showcase()
    document = json.loads(render(timeline, RenderOptions()))
    document["events"][0]["media"] = {"url": f"{base}/missing.png"}  # the first slide after the title
    document["events"][3]["text"]["headline"] = '<img src="x">raw'
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    (root / "timeline.json").write_text(json.dumps(document), encoding="utf-8")
    done = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
         "--v=0", "--virtual-time-budget=20000", "--dump-dom", f"{base}/index.html"],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    found = re.search(r'<pre id="report">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found
    report = json.loads(html.unescape(found.group(1)))
    assert any("missing.png" in error for error in report["errors"]), report
    assert report["injected"] >= 1


# --- the Google Sheets template --------------------------------------------


def _sheet(timeline: Timeline, **options: object) -> list[dict[str, str]]:
    text = get_renderer("timelinejs-sheet")(timeline, RenderOptions(**options))  # type: ignore[arg-type]
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(COLUMNS)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


def test_sheet_columns_are_the_template_s() -> None:
    assert COLUMNS == ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
                       "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
                       "Media Thumbnail", "Type", "Group", "Background")


def test_sheet_rows_carry_the_slides() -> None:
    timeline = showcase(media_url="https://example.org/photo.jpg")
    rows = _sheet(timeline)
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "Europe &lt;rearms&gt; &amp; waits"
    assert rows[0]["Year"] == ""
    events = rows[1:]
    assert len(events) == len(timeline.events)
    assert [r["Headline"] for r in events] == [html.escape(e.title, quote=False) for e in timeline.events]
    assert (events[0]["Year"], events[0]["Month"], events[0]["Day"], events[0]["Media"]) == \
        ("1989", "11", "9", "https://example.org/photo.jpg")
    assert events[0]["Group"] == "history" and events[0]["Type"] == ""
    week = events[2]
    assert [week[c] for c in COLUMNS[:9]] == ["2025", "2", "24", "", "2025", "3", "2", "",
                                              "The week of 24 February 2025"]
    evening = events[4]
    assert (evening["Time"], evening["End Day"], evening["End Time"]) == ("18:00", "6", "00:00")
    assert [events[10][c] for c in ("Year", "Month", "Day", "Display Date")] == ["2030", "", "", "By 2030"]


def test_sheet_formula_guard_on_text_cells_only() -> None:
    formula = _event("=HYPERLINK(\"http://x\")", _span(date(2025, 3, 5), date(2025, 3, 6), Granularity.DAY),
                     tags=("-minus",))
    (row,) = _sheet(Timeline((formula,)))[1:]
    assert row["Headline"] == "'=HYPERLINK(\"http://x\")" and row["Group"] == "'-minus"
    assert row["Year"] == "2025"
    (raw,) = _sheet(Timeline((formula,)), csv_formula_guard=False)[1:]
    assert raw["Headline"] == "=HYPERLINK(\"http://x\")"


def test_sheet_renders_every_slide_in_chromium(served: tuple[Path, str], tmp_path: Path) -> None:
    """TimelineJS reads the CSV with the parser it uses for published Google Sheets."""
    root, base = served
    timeline = showcase(media_url=f"{base}/photo.png")
    report, log = _render_in_chromium(root, base, timeline, tmp_path, fmt="timelinejs-sheet")
    slides = report["slides"]
    assert isinstance(slides, list) and slides[0] == timeline.calendar
    by_date = sorted(timeline.events, key=lambda e: e.span.sort_key())
    assert slides[1:] == [event.title for event in by_date]
    assert f"{base}/photo.png" in report["images"]
    assert report["injected"] == 0 and report["pwned"] is None
    assert report["errors"] == []
    assert _console_errors(log) == []
