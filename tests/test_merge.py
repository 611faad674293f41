"""The merge core: which readings are one event, the merged span and its status.

Spans come from real expressions read against each source's publication day,
as the loader reads them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from timeline.errors import InputErrors
from timeline.merging import EventRef, MergeOptions, conflicts, merge, read_pairs
from timeline.merging.cluster import ClusterSettings, candidate_pairs
from timeline.merging.titles import similarity, title_stems
from timeline.model import Event, Origin, Provenance, Timeline
from timeline.resolver import resolve


def reading(title: str, when: str, published: date | datetime, outlet: str, line: int = 1,
            event_id: str | None = None, file: str | None = None, tz: str | None = None) -> Event:
    span = resolve(when, reference=published, timezone=tz)
    return Event(title=title, when=when, span=span, reference=published, id=event_id,
                 origin=Origin(file or f"{outlet.lower().replace(' ', '-')}.yaml", line, 5),
                 provenance=Provenance(outlet=outlet, published=published, language="en"))


def timeline_of(*events: Event) -> Timeline:
    files: list[str] = []
    for e in events:
        if e.file not in files:
            files.append(e.file or "")
    return Timeline(tuple(events), None, tuple(files))


BBC = date(2025, 3, 6)
KYIV = date(2025, 2, 28)
GAZETTE = date(2025, 3, 3)


# --------------------------------------------------------------------------
# Status and merged span


def test_last_week_and_today_refine_to_the_day():
    merged = merge(timeline_of(
        reading("Trump, Vance and Zelensky clash in the Oval Office", "last week", BBC, "BBC"),
        reading("Zelensky and Trump clash in the Oval Office", "today", KYIV, "Kyiv Post"),
    ))
    [event] = merged.events
    assert event.merge is not None and event.merge.status == "refined"
    assert (event.span.start, event.span.end, event.span.value) == (date(2025, 2, 28), date(2025, 3, 1),
                                                                    "2025-02-28")
    assert event.when == "today"
    assert [s.provenance.outlet for s in event.merge.sources] == ["BBC", "Kyiv Post"]
    assert [s.span.value for s in event.merge.sources] == ["2025-W09", "2025-02-28"]
    assert event.span.explanation == (
        "refined: 2025-02-28 is the tightest span every source allows: BBC ('last week', 2025-03-06) "
        "gives 2025-W09; Kyiv Post ('today', 2025-02-28) gives 2025-02-28")


def test_a_source_saying_1_march_is_a_conflict_naming_both_sides():
    merged = merge(timeline_of(
        reading("Trump, Vance and Zelensky clash in the Oval Office", "last week", BBC, "BBC"),
        reading("Zelensky and Trump clash in the Oval Office", "today", KYIV, "Kyiv Post"),
        reading("Oval Office clash: Trump and Zelensky", "Saturday", GAZETTE, "Gazette"),
    ))
    [event] = merged.events
    assert event.merge is not None and event.merge.status == "conflict"
    assert event.merge.sides == ((0, 1), (2,))
    assert (event.span.start, event.span.end) == (date(2025, 2, 28), date(2025, 3, 1))
    assert event.span.explanation == (
        "conflict: BBC ('last week', 2025-03-06) gives 2025-W09 and Kyiv Post ('today', 2025-02-28) "
        "gives 2025-02-28 (together 2025-02-28) versus Gazette ('Saturday', 2025-03-03) gives 2025-03-01")
    assert [e.title for e in conflicts(merged).events] == [event.title]


def test_equal_spans_are_consistent():
    merged = merge(timeline_of(
        reading("Trump addresses Congress", "Tuesday", date(2025, 3, 5), "Reuters"),
        reading("Trump's address to Congress", "yesterday", date(2025, 3, 5), "AP"),
    ))
    assert [(e.merge.status, e.span.value) for e in merged.events if e.merge] == \
        [("consistent", "2025-03-04")]


def test_one_source_is_consistent_and_says_so():
    [event] = merge(timeline_of(reading("EU summit in Brussels", "Thursday", BBC, "BBC"))).events
    assert event.merge is not None and event.merge.status == "consistent"
    assert event.span.explanation == "one source: BBC ('Thursday', 2025-03-06) gives 2025-03-06"


def test_an_intersection_no_source_gave_is_a_run_of_days():
    merged = merge(timeline_of(
        reading("Ceasefire talks in Jeddah", "last week", date(2025, 3, 13), "BBC"),
        reading("Ceasefire talks in Jeddah", "between 5 and 11 March", date(2025, 3, 13), "Reuters"),
    ))
    [event] = merged.events
    assert event.merge is not None and event.merge.status == "refined"
    assert (event.span.start, event.span.end, event.span.value) == (
        date(2025, 3, 5), date(2025, 3, 10), "2025-03-05/2025-03-09")


def test_timed_readings_in_two_zones_compare_as_instants():
    paris = datetime(2025, 3, 5, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    london = datetime(2025, 3, 5, 12, 0, tzinfo=ZoneInfo("Europe/London"))
    merged = merge(timeline_of(
        reading("Macron televised address on nuclear deterrence", "8pm", paris, "Le Monde", tz="Europe/Paris"),
        reading("Macron's televised address on nuclear deterrence", "7pm", london, "BBC", tz="Europe/London"),
    ))
    [event] = merged.events
    assert event.merge is not None and event.merge.status == "consistent"


def test_three_sources_with_two_wide_and_one_narrow():
    merged = merge(timeline_of(
        reading("Healey meets Hegseth in Washington", "this week", BBC, "BBC"),
        reading("Healey meets Hegseth in Washington", "March", BBC, "Times"),
        reading("Healey and Hegseth meet in Washington", "Thursday", BBC, "Guardian"),
    ))
    [event] = merged.events
    assert event.merge is not None and event.merge.status == "refined"
    assert event.span.value == "2025-03-06" and event.when == "Thursday"
    assert event.title == "Healey meets Hegseth in Washington"  # the first source's title


# --------------------------------------------------------------------------
# Clustering


def test_different_events_on_the_same_day_stay_apart():
    merged = merge(timeline_of(
        reading("Healey meets Hegseth in Washington", "Thursday", BBC, "BBC", 1),
        reading("EU leaders' summit in Brussels", "Thursday", BBC, "BBC", 2),
        reading("Brussels summit of EU leaders", "today", BBC, "Politico", 1),
        reading("UK defence secretary Healey meets Pete Hegseth", "today", BBC, "Politico", 2),
    ))
    assert sorted((e.title, len(e.merge.sources)) for e in merged.events if e.merge) == [
        ("EU leaders' summit in Brussels", 2), ("Healey meets Hegseth in Washington", 2)]


def test_events_of_one_file_are_never_merged_by_title():
    merged = merge(timeline_of(
        reading("EU summit opens in Brussels", "Thursday", BBC, "BBC", 1),
        reading("EU summit ends in Brussels", "Friday", BBC, "BBC", 2),
        reading("EU summit in Brussels", "Thursday", BBC, "Politico", 1),
    ))
    assert sorted(len(e.merge.sources) for e in merged.events if e.merge) == [1, 2]


def test_same_id_joins_whatever_the_title_and_span():
    merged = merge(timeline_of(
        reading("Oval Office clash", "last week", BBC, "BBC", event_id="oval-office"),
        reading("A diplomatic disaster", "12 February", BBC, "Times", event_id="oval-office"),
    ))
    [event] = merged.events
    assert event.id == "oval-office" and event.merge is not None and event.merge.status == "conflict"


def test_similar_titles_far_apart_in_time_stay_apart():
    merged = merge(timeline_of(
        reading("EU leaders' summit in Brussels", "Thursday", BBC, "BBC"),
        reading("EU leaders' summit in Brussels", "20 March", BBC, "Politico"),
    ))
    assert len(merged.events) == 2


def test_disjoint_spans_need_the_stricter_similarity():
    first = reading("Healey meets Hegseth in Washington", "Thursday", BBC, "BBC")
    close = reading("Healey arrives in Washington", "Wednesday", BBC, "Times")  # 0.46: below 0.6
    assert len(merge(timeline_of(first, close)).events) == 2
    assert len(merge(timeline_of(first, close), MergeOptions(disjoint_threshold=0.4)).events) == 1


def test_same_and_never_pairs():
    a = reading("Oval Office clash", "last week", BBC, "BBC", event_id="clash")
    b = reading("White House row", "Friday", BBC, "Times", event_id="row")
    c = reading("Oval Office clash", "last week", BBC, "Guardian", event_id="oval")
    pairs = read_pairs("clash row   # the same event, told differently\n", "same.txt")
    merged = merge(timeline_of(a, b, c), MergeOptions(same=tuple(pairs)))
    assert [len(e.merge.sources) for e in merged.events if e.merge] == [3]
    never = read_pairs("bbc.yaml:clash, guardian:oval\n", "never.txt")
    merged = merge(timeline_of(a, b, c), MergeOptions(never=tuple(never)))
    assert sorted(len(e.merge.sources) for e in merged.events if e.merge) == [1, 1, 1]


def test_pair_files_report_bad_lines_and_unknown_ids_with_locations():
    with pytest.raises(InputErrors) as info:
        read_pairs("a b\n\n  one two three\n", "same.txt")
    assert [str(e) for e in info.value.errors] == [
        "same.txt:3:3: expected two event ids on the line, found 3: 'one two three'"]
    pairs = (EventRef("nope", None, None), EventRef("clash", None, None))
    with pytest.raises(InputErrors) as info:
        merge(timeline_of(reading("Clash", "today", BBC, "BBC", event_id="clash")), MergeOptions(same=(pairs,)))
    assert [e.message for e in info.value.errors] == ["--same: no event has the id 'nope'"]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Trump, Vance and Zelensky clash in the Oval Office", "Oval Office clash between Trump and Zelenskyy",
     10 / 11),
    ("EU leaders summit in Brussels", "Brussels summit of EU leaders", 1.0),
    ("Speech to Congress by President Trump", "Fall of the Berlin Wall", 0.0),
    ("Starmer announces UK defence spending rise", "UK defence spending rise announced by Starmer", 1.0),
])
def test_title_similarity(a, b, expected):
    assert similarity(title_stems(a), title_stems(b)) == pytest.approx(expected)


def test_blocking_is_not_quadratic():
    # 2,000 events over 2,000 days sharing the stem "summit": only neighbours in time are compared.
    events = [reading(f"Summit number {i}", (date(2020, 1, 1) + timedelta(days=i)).isoformat(),
                      BBC, f"Outlet{i}", file=f"f{i}.yaml") for i in range(2000)]
    pairs = candidate_pairs(events, [title_stems(e.title) for e in events], ClusterSettings().window)
    assert len(pairs) <= 2000 * 8
    assert (0, 7) in pairs and (0, 9) not in pairs
