"""The seed's events re-told in other languages (examples/<code>/events.yaml) resolve to the spans of events.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.loader import LoadOptions, load
from timeline.model import Event

ROOT = Path(__file__).resolve().parents[1]
RETOLD = sorted(p for p in (ROOT / "examples").glob("*/events.yaml") if len(p.parent.name) == 2)


def _spans(path: Path) -> tuple[list[tuple[str, str, str]], list[Event]]:
    events = load([str(path)], LoadOptions()).timeline.events
    return sorted((e.id or "", e.span.start.isoformat(), e.span.end.isoformat()) for e in events), list(events)


def test_ukrainian_is_among_them() -> None:
    assert ROOT / "examples" / "uk" / "events.yaml" in RETOLD


@pytest.mark.parametrize("path", RETOLD, ids=lambda p: p.parent.name)
def test_retold_events_resolve_to_the_seeds_spans(path: Path) -> None:
    expected, english = _spans(ROOT / "events.yaml")
    got, events = _spans(path)
    assert got == expected
    assert not {e.when for e in events} & {e.when for e in english}  # every date re-told, none left in English


def test_the_ukrainian_file_declares_its_language_and_fails_without_it(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "uk" / "events.yaml").read_text(encoding="utf-8")
    assert "\nlanguage: uk\n" in text
    undeclared = tmp_path / "events.yaml"
    undeclared.write_text(text.replace("\nlanguage: uk\n", "\n"), encoding="utf-8")
    from timeline.errors import InputErrors

    with pytest.raises(InputErrors) as caught:
        load([str(undeclared)], LoadOptions())
    assert any("looks Ukrainian; set language: uk" in str(e) for e in caught.value.errors)
    with_option = load([str(undeclared)], LoadOptions(language="uk")).timeline.events
    expected = sorted(start for _, start, _ in _spans(ROOT / "events.yaml")[0])
    assert sorted(e.span.start.isoformat() for e in with_option) == expected
