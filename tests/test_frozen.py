"""The immutable value classes (timeline.frozen.Frozen): what the frozen dataclasses they replace gave."""

from __future__ import annotations

import copy
import inspect
import pickle
from datetime import date, datetime, timedelta

import pytest

from timeline.errors import Diagnostic, Location
from timeline.frozen import Frozen
from timeline.lexicons.extract_words import extract_words
from timeline.loader import LoadOptions, LoadResult
from timeline.loader.specs import Settings
from timeline.model import Event, Granularity, MergeInfo, Origin, Provenance, Span, Timeline
from timeline.reference import Reference
from timeline.renderers import RenderOptions
from timeline.selection import Selection

WEEK = Span(date(2025, 2, 24), date(2025, 3, 3), Granularity.WEEK, "2025-W09", "last <week>")
EVENT = Event("Oval Office clash", "last week", WEEK, date(2025, 3, 6), id="clash", tags=("us", "ukraine"),
              origin=Origin("events.yaml", 4, 3), provenance=Provenance("Reuters", published=date(2025, 3, 6)))
# one value of every Frozen class, each with a field to change and its new value
VALUES: list[tuple[Frozen, str, object]] = [
    (WEEK, "end", date(2025, 3, 2)),
    (Origin("events.yaml", 4), "column", 7),
    (Provenance("Reuters", "https://example.org/a", datetime(2025, 3, 6, 9, 30)), "author", "J. Doe"),
    (MergeInfo("conflict", (EVENT,), ((0,),)), "status", "refined"),
    (EVENT, "title", "Another title"),
    (Timeline((EVENT,), "Europe", ("events.yaml",), (date(2025, 3, 6),)), "calendar", None),
    (Location("events.yaml", 3, 9), "line", 4),
    (Diagnostic("warning", "ambiguous date", Location("a.yaml", 2)), "severity", "error"),
    (Reference(date(2025, 3, 6), "file"), "source", "event"),
    (RenderOptions(style="github", now=date(2025, 3, 6)), "default_duration", timedelta(minutes=30)),
    (extract_words("uk"), "min_stem", 3),
    (Selection(since="last week", tags=("uk",), limit=5), "sort", "title"),
    (LoadOptions(reference=date(2025, 3, 6), language="fr"), "freeze", True),
]
IDS = [type(value).__name__ for value, _, _ in VALUES]


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    direct: type
    for direct in cls.__subclasses__():
        found += [direct, *_subclasses(direct)]
    return found


def test_every_value_class_is_covered() -> None:
    from timeline.loader import fast  # noqa: F401  (its twin classes are Frozen too: they become Events)

    covered = {type(value) for value, _, _ in VALUES}
    twins = {cls for cls in _subclasses(Frozen) if cls.__module__ == "timeline.loader.fast"}
    assert {cls for cls in _subclasses(Frozen) if cls.__module__.startswith("timeline.")} - twins <= covered


@pytest.mark.parametrize(("value", "name", "new"), VALUES, ids=IDS)
def test_init_takes_the_fields_in_their_order(value: Frozen, name: str, new: object) -> None:
    """Pickling and replace() rebuild a value from its fields: positionally, then by name."""
    parameters = list(inspect.signature(type(value)).parameters)
    assert tuple(parameters) == type(value)._fields
    assert type(value)(*[getattr(value, field) for field in value._fields]) == value


@pytest.mark.parametrize(("value", "name", "new"), VALUES, ids=IDS)
def test_equal_and_hashed_by_fields(value: Frozen, name: str, new: object) -> None:
    twin = value.replace()
    assert twin == value and twin is not value and hash(twin) == hash(value)
    changed = value.replace(**{name: new})
    assert getattr(changed, name) == new
    assert changed != value
    assert [getattr(changed, f) for f in value._fields if f != name] == \
        [getattr(value, f) for f in value._fields if f != name]
    assert value != tuple(getattr(value, f) for f in value._fields)  # a value is not its fields' tuple


@pytest.mark.parametrize(("value", "name", "new"), VALUES, ids=IDS)
def test_assignment_and_deletion_are_refused(value: Frozen, name: str, new: object) -> None:
    with pytest.raises(AttributeError, match=name):
        setattr(value, name, new)
    with pytest.raises(AttributeError, match=name):
        delattr(value, name)
    with pytest.raises(TypeError):
        value.replace(no_such_field=1)


@pytest.mark.parametrize(("value", "name", "new"), VALUES, ids=IDS)
def test_pickled_and_copied_whole(value: Frozen, name: str, new: object) -> None:
    for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert again == value and type(again) is type(value)


def test_repr_reads_as_the_constructor_call() -> None:
    assert repr(Origin("events.yaml", 4)) == "Origin(file='events.yaml', line=4, column=None)"
    assert repr(WEEK) == ("Span(start=datetime.date(2025, 2, 24), end=datetime.date(2025, 3, 3), "
                          "granularity=<Granularity.WEEK: 'week'>, value='2025-W09', explanation='last <week>', "
                          "approximate=False, qualifier=None)")


def test_span_make_is_span_init() -> None:
    made = Span.make(WEEK.start, WEEK.end, WEEK.granularity, WEEK.value, WEEK.explanation)
    assert made == WEEK and hash(made) == hash(WEEK) and type(made) is Span


def test_a_record_is_compared_and_shown_by_its_fields_and_can_change() -> None:
    """The loader's records (Record): what @dataclass(slots=True) gave, mutable and unhashable."""
    settings = Settings(date(2025, 3, 6), "past", "Europe/London", "DMY", None)
    same = Settings(date(2025, 3, 6), "past", "Europe/London", "DMY", None)
    assert settings == same and settings is not same
    same.today = date(2025, 3, 7)
    assert settings != same
    assert repr(settings).startswith("Settings(reference=datetime.date(2025, 3, 6), prefer='past', ")
    with pytest.raises(TypeError):
        hash(settings)
    assert LoadResult(Timeline(())).diagnostics == [] and LoadResult(Timeline(())).diagnostics is not \
        LoadResult(Timeline(())).diagnostics
