"""The Resolver as the loader and extract use it: one per file and reference, with a per-run memo."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import ExpressionError, TimelineError, UnknownEventError, UnknownWordError
from timeline.model import Span
from timeline.resolver import _MEMO_SIZE, Resolver

REF = date(2025, 3, 6)


def test_repeated_expression_is_memoised() -> None:
    resolver = Resolver(REF, "past")
    first = resolver.resolve("last week")
    assert resolver.resolve("last week") is first
    assert (first.start, first.end, first.value) == (date(2025, 2, 24), date(2025, 3, 3), "2025-W09")


def test_memo_depends_on_the_resolver_settings() -> None:
    past = Resolver(REF, "past").resolve("Friday")
    future = Resolver(REF, "future").resolve("Friday")
    assert (past.start, future.start) == (date(2025, 2, 28), date(2025, 3, 7))


def test_errors_are_memoised_and_raised_again_by_class() -> None:
    resolver = Resolver(REF, "past")
    for _ in range(3):
        with pytest.raises(UnknownWordError) as caught:
            resolver.resolve("last Thursdy")
        assert caught.value.suggestion == "Thursday"
    # a quiet attempt and a loud one do not share the error: the loud one has its message
    with pytest.raises(ExpressionError):
        resolver.resolve("next Frday", quiet=True)
    with pytest.raises(ExpressionError, match="Frday"):
        resolver.resolve("next Frday")


def test_expressions_anchored_on_events_are_never_memoised() -> None:
    spans: dict[str, Span] = {}
    resolver = Resolver(REF, "past", events=spans.get)
    with pytest.raises(UnknownEventError):
        resolver.resolve("2 days after summit")
    spans["summit"] = Resolver(REF).resolve("Monday")
    assert resolver.resolve("2 days after summit").start == date(2025, 3, 5)
    spans["summit"] = Resolver(REF).resolve("Tuesday")
    assert resolver.resolve("2 days after summit").start == date(2025, 3, 6)


def test_memo_is_bounded() -> None:
    resolver = Resolver(REF, "past")
    for n in range(_MEMO_SIZE + 50):
        try:
            resolver.resolve(f"{n % 28 + 1} March {1900 + n // 28}")
        except TimelineError:
            pass
    assert len(resolver._memo) <= _MEMO_SIZE


@pytest.mark.parametrize("year", [1, 4, 100, 1900, 2000, 2023, 2024, 2100, 2400, 9999])
def test_days_in_month_is_the_calendars(year: int) -> None:
    import calendar

    from timeline.resolver.spans import days_in_month

    assert [days_in_month(year, month) for month in range(1, 13)] == \
        [calendar.monthrange(year, month)[1] for month in range(1, 13)]
