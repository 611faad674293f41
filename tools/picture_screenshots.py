"""Screenshots of the HTML page for docs/pictures.md, taken in headless Chromium.

    python tools/picture_screenshots.py

renders the seed article (events.yaml) and the dense test file
(tests/data/pictures/dense.yaml) with ``-f html`` and photographs each page at
1280 px (a laptop) and at 390 x 844 (a phone, with touch and the mobile
viewport), writing ``docs/pictures-{seed,dense}-{1280,390}.png``. Pages
taller than MAX_HEIGHT are cut there (the rest is more of the same). It needs
Debian's ``chromium``; it drives it with ``tests/chromium.py``.
"""

from __future__ import annotations

import base64
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from chromium import Browser

from timeline.loader import load
from timeline.renderers import RenderOptions, get_renderer

CASES = {"seed": REPO / "events.yaml", "dense": REPO / "tests" / "data" / "pictures" / "dense.yaml"}
SIZES = {1280: (800, False), 390: (844, True)}
MAX_HEIGHT = 2600


def main() -> None:
    """Write the four screenshots into docs/."""
    with tempfile.TemporaryDirectory() as folder, Browser.launch() as browser:
        for name, source in CASES.items():
            page_path = Path(folder) / f"{name}.html"
            page_path.write_text(get_renderer("html")(load([str(source)]).timeline, RenderOptions()), encoding="utf-8")
            for width, (height, mobile) in SIZES.items():
                page = browser.open(page_path, width=width, height=height, mobile=mobile)
                full = page.send("Page.getLayoutMetrics")["cssContentSize"]
                clip = {"x": 0, "y": 0, "width": width, "height": min(full["height"], MAX_HEIGHT), "scale": 1}
                data = page.send("Page.captureScreenshot",
                                 {"format": "png", "clip": clip, "captureBeyondViewport": True})["data"]
                out = REPO / "docs" / f"pictures-{name}-{width}.png"
                out.write_bytes(base64.b64decode(data))
                problems = page.console_problems()
                print(f"{out.relative_to(REPO)}: {width} x {clip['height']:.0f} px"
                      + (f" (console: {problems})" if problems else ""))
                page.close()


if __name__ == "__main__":
    main()
