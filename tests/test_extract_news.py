"""Issue 16 in running text: reading news like an editor, one family per table (both sides of each rule)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction import article_events, draft_document, extract, find_reference, read_article


def _values(text: str, ref: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract(text, ref)]


# --------------------------------------------------------------------------
# datelines (item 8)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Headline\nUpdated 9:41 AM GMT, Thu March 6, 2025\n\nBody.", date(2025, 3, 6)),
        ("Updated 7:02 AM EDT, Tue April 15, 2025\n\nBody.", date(2025, 4, 15)),
        ("Title\nPublished 6 March 2025\nBody.", date(2025, 3, 6)),
        ("Published: 2025-10-02\nBody.", date(2025, 10, 2)),
        ("Last modified on 6 March 2025 10.30 GMT\nBody.", date(2025, 3, 6)),
        ("By Jane Smith, March 6, 2025\nBody.", date(2025, 3, 6)),
        ("By Jane Smith | 6 March 2025 at 10:00 GMT\nBody.", date(2025, 3, 6)),
        ("LONDON, Oct 24 (Reuters) - Shares rose in 2024.", date(2024, 10, 24)),
    ],
)
def test_the_reference_from_a_dateline(text: str, reference: date) -> None:
    assert find_reference(text) == reference


def test_an_updated_line_is_one_time_and_never_an_event() -> None:
    text = ("Updated 9:41 AM GMT, Thu March 6, 2025\n\nSenate passes budget\n\n"
            "WASHINGTON (Reuters) - The Senate approved the plan early Thursday.")
    article = read_article(text)
    assert article.reference == date(2025, 3, 6)
    assert _values(text, date(2025, 3, 6))[0] == ("9:41 AM GMT, Thu March 6, 2025", "2025-03-06T09:41")
    events = article_events(article)
    assert [e.when for e in events] == ["early Thursday"]
    assert not any("Updated" in e.title or "AM" in e.title or "Reuters" in e.title for e in events)


# --------------------------------------------------------------------------
# qualifiers are kept (item 6)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Russia plans to expand its army by 2030.", "by"),
        ("Prices have risen since 2019.", "since"),
        ("The offer stands until March 31.", "until"),
        ("The army will grow in 2030.", None),
    ],
)
def test_the_qualifier_stays_on_the_span_and_the_event(sentence: str, qualifier: str | None) -> None:
    article = read_article(sentence, date(2025, 3, 6))
    [mention] = article.mentions
    assert mention.span is not None and mention.span.qualifier == qualifier
    [event] = article_events(article)
    assert event.span.qualifier == qualifier
    drafted = draft_document(sentence, date(2025, 3, 6))["events"][0]["when"]
    assert drafted == (f"{qualifier} {mention.text}" if qualifier else mention.text)


# --------------------------------------------------------------------------
# direction (items 1 and 6)


@pytest.mark.parametrize(
    ("sentence", "ref", "word", "value"),
    [
        ("She resigned in June.", date(2025, 3, 6), "June", "2024-06"),  # a bare month in the past stays past
        ("She resigned in October.", date(2025, 3, 6), "October", "2024-10"),
        ("She will resign in June.", date(2025, 3, 6), "June", "2025-06"),
        ("The board declared a dividend payable on March 28.", date(2025, 2, 27), "March 28", "2025-03-28"),
        ("A rail strike planned for Monday was called off.", date(2025, 2, 21), "Monday", "2025-02-24"),
        ("The meeting scheduled for Tuesday went ahead.", date(2025, 2, 21), "Tuesday", "2025-02-18"),
        ("A second round of grants will be announced in April.", date(2025, 3, 13), "April", "2025-04"),
        ("The company announced in April that it would cut jobs.", date(2025, 3, 13), "April", "2024-04"),
        ("The minister said on Monday the talks could resume.", date(2025, 3, 6), "Monday", "2025-03-03"),
    ],
)
def test_direction_from_the_governing_verb(sentence: str, ref: date, word: str, value: str) -> None:
    assert (word, value) in _values(sentence, ref)


def test_two_dates_side_by_side_are_two_mentions() -> None:
    assert _values("It had cut its outlook for 2025 in January.", date(2025, 4, 15)) == [
        ("2025", "2025"), ("January", "2025-01")]
