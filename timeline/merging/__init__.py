"""One chronology from many sources: ``timeline merge``.

Pure: events in, merged events out, no I/O and no clock. :func:`merge` takes
a loaded :class:`~timeline.model.Timeline` whose events come from several
sources (files), recognises the events that tell the same real-world event
(:mod:`timeline.merging.cluster`, with the title measure of
:mod:`timeline.merging.titles`), and gives each group one span, the tightest
one every source allows, with a status (:mod:`timeline.merging.spans`)::

    from timeline import load, merge
    merged = merge(load(["bbc.yaml", "kyiv.yaml"]).timeline)
    for event in merged.events:
        event.merge.status, event.span, [s.provenance for s in event.merge.sources]

Every merged event keeps its sources (``event.merge.sources``): each as its
source told it, with its own words, span and explanation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import PurePath

from timeline.errors import InputError, InputErrors, Location, TimelineError
from timeline.merging.cluster import ClusterSettings, cluster
from timeline.merging.spans import Outcome, combine
from timeline.model import Event, MergeInfo, Timeline, day_of

__all__ = ["EventRef", "MergeOptions", "conflicts", "merge", "read_pairs", "source_label"]


@dataclass(frozen=True, slots=True)
class EventRef:
    """An event named in a ``--same``/``--never`` file: ``ID`` or ``FILE:ID``."""

    id: str
    file: str | None = None
    location: Location | None = None

    def matches(self, event: Event) -> bool:
        """True when *event* is the one named (any file's, when no file is given)."""
        if event.id != self.id:
            return False
        if self.file is None:
            return True
        name = event.file or ""
        return self.file in (name, PurePath(name).name, PurePath(name).stem)


Pair = tuple[EventRef, EventRef]


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """How events are recognised as one (see :mod:`timeline.merging.cluster`)."""

    threshold: float = 0.45
    disjoint_threshold: float = 0.6
    window: timedelta = timedelta(days=7)
    same: tuple[Pair, ...] = ()
    never: tuple[Pair, ...] = ()


_PAIR_SPLIT = re.compile(r"[\s,]+")


def read_pairs(text: str, name: str) -> list[Pair]:
    """Read a file of event pairs: one pair a line, ``a b`` or ``a, b``; ``#`` starts a comment.

    Each side is an event ``ID`` (every file's event with that id) or
    ``FILE:ID`` (FILE as given on the command line, its base name or its stem).
    Raises :class:`InputErrors` listing every malformed line.
    """
    pairs: list[Pair] = []
    errors: list[TimelineError] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        column = raw.index(line[0]) + 1
        parts = [p for p in _PAIR_SPLIT.split(line) if p]
        if len(parts) != 2:
            errors.append(InputError(f"expected two event ids on the line, found {len(parts)}: {line[:80]!r}",
                                     Location(name, number, column)))
            continue
        refs = []
        for part in parts:
            where = Location(name, number, raw.index(part) + 1)
            file, _, event_id = part.rpartition(":")
            refs.append(EventRef(event_id, file or None, where))
        if any(not r.id for r in refs):
            errors.append(InputError(f"an empty id in {line[:80]!r}", Location(name, number, column)))
            continue
        pairs.append((refs[0], refs[1]))
    if errors:
        raise InputErrors(errors)
    return pairs


def source_label(event: Event) -> str:
    """How a reading is named in explanations: its outlet, else its file's name."""
    return event.source_name


def _published(event: Event) -> str:
    published = event.provenance.published if event.provenance and event.provenance.published else \
        event.reference
    return day_of(published).isoformat()


def _reading(event: Event) -> str:
    return f"{source_label(event)} ('{event.when}', {_published(event)})"


def _readings(indexes: Sequence[int], readings: Sequence[Event]) -> str:
    names = [_reading(readings[i]) for i in indexes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _explain(outcome: Outcome, readings: Sequence[Event]) -> str:
    value = outcome.span.value
    n = len(readings)
    if outcome.status == "consistent":
        if n == 1:
            return f"one source: {_reading(readings[0])} gives {value}"
        return f"consistent: all {n} sources give {value}: {_readings(range(n), readings)}"
    if outcome.status == "refined":
        parts = [f"{_reading(e)} gives {e.span.value}" for e in readings]
        return f"refined: {value} is the tightest span every source allows: {'; '.join(parts)}"
    sides = []
    for side in outcome.sides:
        told = " and ".join(f"{_reading(readings[i])} gives {readings[i].span.value}" for i in side)
        if len(side) > 1:
            common = combine([readings[i] for i in side]).span.value
            told += f" (together {common})"
        sides.append(told)
    return "conflict: " + " versus ".join(sides)


_SLUG = re.compile(r"[^\w]+")


def _slug(title: str) -> str:
    words = _SLUG.sub(" ", title.casefold()).split()
    return "-".join(words[:6]) or "event"


def _merged_event(readings: list[Event], taken: set[str]) -> Event:
    outcome = combine(readings)
    best = readings[outcome.best]
    base = next((e.id for e in readings if e.id), None) or _slug(readings[0].title)
    event_id, n = base, 1
    while event_id in taken:
        n += 1
        event_id = f"{base}-{n}"
    taken.add(event_id)
    tags: list[str] = []
    for e in readings:
        tags.extend(t for t in e.tags if t not in tags)
    span = outcome.span.replace(explanation=_explain(outcome, readings))
    return Event(
        title=readings[0].title, when=best.when, span=span, reference=best.reference, id=event_id,
        location=next((e.location for e in readings if e.location), None), tags=tuple(tags),
        source=best.source, timezone=best.timezone, calendar=readings[0].calendar,
        merge=MergeInfo(outcome.status, tuple(readings), outcome.sides), language=best.language,
    )


def _resolve_refs(pairs: Sequence[Pair], events: Sequence[Event], what: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    errors: list[TimelineError] = []
    for left, right in pairs:
        sides = []
        for ref in (left, right):
            found = [i for i, e in enumerate(events) if ref.matches(e)]
            if not found:
                name = f"{ref.file}:{ref.id}" if ref.file else ref.id
                errors.append(InputError(f"{what}: no event has the id {name!r}", ref.location))
            sides.append(found)
        out.extend((a, b) for a in sides[0] for b in sides[1] if a != b)
    if errors:
        raise InputErrors(errors)
    return out


def _input_order(timeline: Timeline) -> list[Event]:
    """The events in source order: by file as given, then line."""
    rank: dict[str, int] = {}
    for path in timeline.files:
        rank.setdefault("<stdin>" if path == "-" else path, len(rank))
    for event in timeline.events:
        rank.setdefault(event.file or "", len(rank))
    indexed = list(enumerate(timeline.events))
    indexed.sort(key=lambda p: (rank[p[1].file or ""], p[1].origin.line or 0 if p[1].origin else 0, p[0]))
    return [e for _, e in indexed]


def merge(timeline: Timeline, options: MergeOptions | None = None) -> Timeline:
    """One event per real-world event, with its sources, merged span and status.

    Raises :class:`InputErrors` when a ``same``/``never`` pair names an id no
    event has, or when a pair is both in ``same`` and in ``never``.
    """
    options = options or MergeOptions()
    events = _input_order(timeline)
    same = _resolve_refs(options.same, events, "--same")
    never = _resolve_refs(options.never, events, "--never")
    clash = {tuple(sorted(p)) for p in same} & {tuple(sorted(p)) for p in never}
    if clash:
        a, b = min(clash)
        raise InputErrors([InputError(f"the events {events[a].id!r} and {events[b].id!r} are in both "
                                      f"--same and --never")])
    settings = ClusterSettings(options.threshold, options.disjoint_threshold, options.window)
    groups = cluster(events, settings, same, never)
    taken: set[str] = set()
    merged = [_merged_event([events[i] for i in group], taken) for group in groups]
    order = {id(m): n for n, m in enumerate(merged)}
    merged.sort(key=lambda m: (m.span.sort_key(), order[id(m)]))
    return timeline.replace(events=tuple(merged))


def conflicts(timeline: Timeline) -> Timeline:
    """Only the merged events whose sources disagree."""
    return timeline.replace(events=tuple(e for e in timeline.events
                                          if e.merge is not None and e.merge.status == "conflict"))
