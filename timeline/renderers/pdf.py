"""``--format pdf``: the SVG picture as a one-page vector PDF, for print.

Made from the same SVG as ``-f svg`` by CairoSVG (the optional extra ``pip
install 'timeline[png]'``, see :mod:`timeline.renderers.png`). The page is the
picture's size (1000 px = 750 pt wide); text stays text, so it can be
searched and copied.

Cairo stamps a PDF with the time it was made, which would make the renderer
read the clock and the output differ on every run: the stamp is replaced by
``options.generated_at`` when the caller gives one (the CLI does, honouring
``SOURCE_DATE_EPOCH``), and is left out otherwise.
"""

from __future__ import annotations

import re
from datetime import UTC

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers.png import cairosvg
from timeline.renderers.svg import render as render_svg

_CREATION_DATE = re.compile(rb"/CreationDate \(D:\d{14}Z\)")


def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """The timeline's SVG picture as PDF bytes."""
    data: bytes = cairosvg("pdf").svg2pdf(bytestring=render_svg(timeline, options).encode("utf-8"))
    stamp = options.generated_at
    # Same length either way, so the cross-reference offsets stay right.
    if stamp is not None:
        utc = stamp.astimezone(UTC) if stamp.tzinfo else stamp
        replacement = f"/CreationDate (D:{utc:%Y%m%d%H%M%S}Z)".encode()
    else:
        replacement = b""
    return _CREATION_DATE.sub(lambda m: replacement.ljust(len(m.group()), b" "), data)
