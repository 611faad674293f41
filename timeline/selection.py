"""Choosing and ordering the events of a timeline: ``--from/--to/--tag/--grep/--match/--sort/--limit/--group-by``.

One call does what the command line's options do::

    from timeline import load, select
    timeline = select(load(["events.yaml"]).timeline, since="last week", tags=["uk"], group_by="month")

Bounds are date expressions. Each is read from the reader's **standpoint**
(:func:`timeline.reference.standpoint`): ``now`` when given, otherwise each
event's own reference, so that on a file written on 6 March 2025
``since="last week"`` keeps the events of 24 February to 2 March 2025 (the
ones the "when" column calls "last week"), whatever today is. Pure: no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from itertools import islice

from timeline.errors import ExpressionError, UsageError
from timeline.frozen import Frozen
from timeline.model import GROUP_BY_CHOICES, Event, Timeline, group_key
from timeline.reference import standpoint

SORT_CHOICES: tuple[str, ...] = ("start", "title", "file", "input")

_set = object.__setattr__  # the fields of a Frozen value are stored once, by __init__


class Selection(Frozen):
    """What to keep and in which order (every field optional).

    - ``since``/``until``: keep events that end after the start of ``since``
      and start before the end of ``until`` (any expression: "last month",
      "2025-03-01", "today"), read from ``now`` or else each event's reference;
    - ``tags``: keep events with any of these tags (case-insensitive);
    - ``grep``: keep events whose title or notes contain this text (case-insensitive);
    - ``match``: keep events whose title or notes match this regular expression
      (Python syntax, case-insensitive: ``"talks|summit"``);
    - ``sort``: ``start`` (chronological, the default), ``title``, ``file``
      (file name, then line) or ``input`` (the files in the order given, each
      in the order it was written: what :func:`select_stream` keeps);
      ``reverse`` turns the order round;
    - ``group_by``: ``day``, ``week``, ``month`` or ``year``: events of one
      group are kept together, groups in chronological order;
    - ``limit``: at most this many events, after everything else.
    """

    __slots__ = _fields = ("since", "until", "tags", "grep", "match", "sort", "reverse", "group_by", "limit", "now")

    since: str | None
    until: str | None
    tags: tuple[str, ...]
    grep: str | None
    match: str | None
    sort: str
    reverse: bool
    group_by: str | None
    limit: int | None
    now: date | datetime | None

    def __init__(self, since: str | None = None, until: str | None = None, tags: tuple[str, ...] = (),
                 grep: str | None = None, match: str | None = None, sort: str = "start",
                 reverse: bool = False, group_by: str | None = None, limit: int | None = None,
                 now: date | datetime | None = None) -> None:
        _set(self, "since", since)
        _set(self, "until", until)
        _set(self, "tags", tags)
        _set(self, "grep", grep)
        _set(self, "match", match)
        _set(self, "sort", sort)
        _set(self, "reverse", reverse)
        _set(self, "group_by", group_by)
        _set(self, "limit", limit)
        _set(self, "now", now)


def select(timeline: Timeline, selection: Selection | None = None, **fields: object) -> Timeline:
    """The events of *timeline* that *selection* keeps, in its order (a new Timeline).

    Fields may be given as keywords instead of a :class:`Selection`
    (``select(t, since="last week", limit=5)``). Raises
    :class:`~timeline.errors.UsageError` for an unknown sort or group, a bad
    regular expression or a negative limit, and the grammar's
    :class:`~timeline.errors.ExpressionError` (its message naming ``--from`` or
    ``--to``) for a bound it cannot read.
    """
    chosen = (selection or Selection()).replace(**fields)
    _check(chosen)
    ordered = list(_kept(timeline.events, chosen))
    if chosen.sort == "title":
        ordered.sort(key=lambda e: e.title.casefold())
    elif chosen.sort == "file":
        ordered.sort(key=lambda e: (e.origin.file, e.origin.line or 0) if e.origin else ("", 0))
    elif chosen.sort == "input":
        ordered.sort(key=_input_order(timeline.files))
    if chosen.reverse:
        ordered.reverse()
    if chosen.group_by:
        # stable: the order chosen above holds inside each group; groups run with the order
        group_by = chosen.group_by
        ordered.sort(key=lambda e: group_key(e.span, group_by) or "", reverse=chosen.reverse)
    if chosen.limit is not None:
        ordered = ordered[:chosen.limit]
    return timeline.replace(events=tuple(ordered))


def select_stream(events: Iterable[Event], selection: Selection | None = None, **fields: object) -> Iterator[Event]:
    """The events of *events* that *selection* keeps, in the order they come, taken as they are
    asked for: with :func:`timeline.loader.stream`, a file of any size in flat memory.

    The filters (``since``/``until``, ``tags``, ``grep``, ``match``) and ``limit`` apply as in
    :func:`select` (once ``limit`` events are kept, no more are asked for). An order cannot be
    made without holding every event: ``sort`` must be ``input`` (the default here),
    ``reverse`` and ``group_by`` unset, else :class:`~timeline.errors.UsageError`, raised by
    this call (before any event is read), as are the errors :func:`select` raises.
    """
    chosen = (selection or Selection(sort="input")).replace(**fields)
    _check(chosen)
    if chosen.sort != "input" or chosen.reverse or chosen.group_by:
        held = f"--sort {chosen.sort}" if chosen.sort != "input" else "--reverse" if chosen.reverse else "--group-by"
        raise UsageError(f"{held} needs every event before the first can be written: a stream keeps the order of "
                         f"the input (--sort input, no --reverse or --group-by)")
    for option, bound in (("--from", chosen.since), ("--to", chosen.until)):
        if bound is not None:
            check_bound(option, bound)
    kept = _kept(events, chosen)
    return kept if chosen.limit is None else islice(kept, chosen.limit)


def _kept(events: Iterable[Event], chosen: Selection) -> Iterator[Event]:
    """The events the filters of *chosen* keep, in their order, one at a time."""
    kept: Iterator[Event] = iter(events)
    if chosen.since is not None or chosen.until is not None:
        kept = _within(kept, chosen)
    if chosen.tags:
        wanted = {t.casefold() for t in chosen.tags}
        kept = (e for e in kept if wanted & {t.casefold() for t in e.tags})
    if chosen.grep:
        needle = chosen.grep.casefold()
        kept = (e for e in kept if needle in e.title.casefold() or needle in (e.notes or "").casefold())
    if chosen.match:
        pattern = re.compile(chosen.match, re.IGNORECASE)
        kept = (e for e in kept if pattern.search(e.title) or pattern.search(e.notes or ""))
    return kept


def _input_order(sources: tuple[str, ...]) -> Callable[[Event], tuple[int, int, int]]:
    """The key of the input order: the file's place among *sources* (as given: ``-`` is standard
    input), then line and column; events of no known file after the others, as they were."""
    from timeline.io import STDIN_NAME

    rank: dict[str | None, int] = {}
    for source in sources:
        rank.setdefault(STDIN_NAME if source == "-" else source, len(rank))

    def key(event: Event) -> tuple[int, int, int]:
        origin = event.origin
        if origin is None:
            return len(rank), 0, 0
        return rank.get(origin.file, len(rank)), origin.line or 0, origin.column or 0

    return key


def _check(selection: Selection) -> None:
    if selection.sort not in SORT_CHOICES:
        raise UsageError(f"--sort must be one of {', '.join(SORT_CHOICES)}, not {selection.sort!r}")
    if selection.group_by is not None and selection.group_by not in GROUP_BY_CHOICES:
        raise UsageError(f"--group-by must be one of {', '.join(GROUP_BY_CHOICES)}, not {selection.group_by!r}")
    if selection.limit is not None and selection.limit < 0:
        raise UsageError(f"--limit must be 0 or more, not {selection.limit}")
    if selection.match is not None:
        try:
            re.compile(selection.match)
        except re.error as exc:
            raise UsageError(f"--match {selection.match!r} is not a regular expression: {exc}") from None


def _within(events: Iterable[Event], selection: Selection) -> Iterator[Event]:
    """Events overlapping [since, until], each bound read from the event's standpoint."""
    bounds: dict[date | datetime, tuple[datetime | None, datetime | None]] = {}
    for event in events:
        where = standpoint(event.reference, selection.now)
        got = bounds.get(where)
        if got is None:
            got = bounds[where] = (_bound("--from", selection.since, where, end=False),
                                   _bound("--to", selection.until, where, end=True))
        low, high = got
        if low is not None and _naive(event.span.end) <= low:
            continue
        if high is not None and _naive(event.span.start) >= high:
            continue
        yield event


def check_bound(option: str, expression: str) -> None:
    """Raise the grammar's error (naming *option*) if *expression* cannot be a bound at all.

    For the command line, before any file is read: a misspelt ``--from`` is a
    usage error whatever the files hold.
    """
    from timeline.reference import CHECK_ONLY_REFERENCE

    _bound(option, expression, CHECK_ONLY_REFERENCE, end=False)


def _bound(option: str, expression: str | None, reference: date | datetime, end: bool) -> datetime | None:
    if expression is None:
        return None
    from timeline.resolver import resolve

    try:
        span = resolve(expression, reference=reference)
    except ExpressionError as exc:
        raise type(exc)(f"{option} {expression!r}: {exc.message}", expression, exc.token, exc.position,
                        exc.suggestion) from None
    return _naive(span.end if end else span.start)


def _naive(value: date | datetime) -> datetime:
    """Compare wall times: aware bounds and spans drop their zone, dates start at midnight."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)
