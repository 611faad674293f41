"""``--format png``: the SVG picture as a PNG image, for CMS upload and slides.

The image is the same drawing as ``-f svg`` (the same :func:`svg.layout`),
rasterised by CairoSVG at twice its size (2000 px wide) so it stays sharp on
high-density screens and in print. CairoSVG is an optional extra (``pip
install 'timeline[png]'``) that needs the Cairo library (Debian's
``libcairo2``); without it the renderer raises :class:`MissingDependencyError`
with that hint instead of failing on an import.

Like every renderer this is pure: model in, bytes out. External resources
are never fetched (the SVG has none, and CairoSVG's ``unsafe`` mode is off).
"""

from __future__ import annotations

from types import ModuleType

from timeline.errors import MissingDependencyError
from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers.svg import render as render_svg

SCALE = 2.0  # pixels per SVG pixel: 2000 px wide
INSTALL_HINT = "pip install 'timeline[png]' (CairoSVG; on Debian or Ubuntu also: apt-get install libcairo2)"


def cairosvg(fmt: str) -> ModuleType:
    """The ``cairosvg`` module, or a clear error naming the extra to install."""
    try:
        import cairosvg as module
    except ImportError:
        raise MissingDependencyError(f"-f {fmt} needs CairoSVG, which is not installed: {INSTALL_HINT}") from None
    except OSError as exc:  # cairocffi found no libcairo
        raise MissingDependencyError(f"-f {fmt} needs the Cairo library ({exc}): {INSTALL_HINT}") from None
    loaded: ModuleType = module
    return loaded


def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """The timeline's SVG picture as PNG bytes."""
    data: bytes = cairosvg("png").svg2png(bytestring=render_svg(timeline, options).encode("utf-8"), scale=SCALE)
    return data
