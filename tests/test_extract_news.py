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
        # a deadline the story speaks of is not the year it was written in
        ("LONDON, March 6 (Reuters) - Russia wants 1.5 million troops by 2030.", None),
        ("LONDON, March 6 (Reuters) - Targets until 2030 and before 2035 were set in 2025.", date(2025, 3, 6)),
        ("LONDON, March 6 (Reuters) - Russia wants more troops by 2030.\n\n(c) 2025 Reuters", date(2025, 3, 6)),
        ("LONDON, March 6 (Reuters) - Talks began in 2014 and resumed in 2022.", None),  # two years: unknown
    ],
)
def test_the_reference_from_a_dateline(text: str, reference: date | None) -> None:
    assert find_reference(text) == reference


@pytest.mark.parametrize("text, language", [
    ("PARIS, 6 mars (Reuters) - La Russie veut 1,5 million de soldats d'ici 2030.", "fr"),
    ("КИЇВ, 6 березня — Росія хоче збільшити армію до 2030 року.", "uk"),
])
def test_a_deadline_does_not_date_a_dateline_in_any_language(text: str, language: str) -> None:
    assert find_reference(text, language) is None


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


# --------------------------------------------------------------------------
# narrative anchoring (item 3): the date mentioned last, named in the explanation


@pytest.mark.parametrize(
    ("text", "ref", "words", "value"),
    [
        ("The two sides met on Monday. The next day, talks broke off.", date(2025, 6, 12), "The next day",
         "2025-06-10"),
        ("The two sides met on Monday. Talks broke off that evening.", date(2025, 6, 12), "that evening",
         "2025-06-09TEV"),
        ("The summit opened on Tuesday evening. The next morning leaders met.", date(2025, 6, 25),
         "The next morning", "2025-06-25TMO"),
        ("He said on Thursday that he had offered a deal a day earlier.", date(2024, 11, 8), "a day earlier",
         "2024-11-06"),
        ("Kessler rejected an offer in June and two months later opened its books.", date(2024, 9, 18),
         "two months later", "2024-08"),
        ("He took office in March 2016. He resigned two years later.", date(2025, 9, 10), "two years later",
         "2018"),
        ("The truce was signed in February. The following month it collapsed.", date(2025, 6, 1),
         "The following month", "2025-03"),
        ("The vote was on Tuesday. The day before, protesters gathered.", date(2025, 6, 12), "The day before",
         "2025-06-09"),
        ("Talks stalled on May 6. That week, the envoy left.", date(2025, 6, 12), "That week", "2025-W19"),
    ],
)
def test_narrative_anchoring(text: str, ref: date, words: str, value: str) -> None:
    found = {m.text: m for m in extract(text, ref)}
    assert found[words].value == value, found[words].explanation
    assert found[words].context == "anaphora" and "mentioned last" in found[words].explanation


def test_without_an_anchor_a_narrative_phrase_reads_against_the_reference_or_is_left_out() -> None:
    assert _values("The next day will be decisive.", date(2025, 6, 12)) == [("The next day", "2025-06-13")]
    assert _values("That week was hard for everyone.", date(2025, 6, 12)) == []


# --------------------------------------------------------------------------
# financial periods (item 4)


def test_results_story_periods() -> None:
    text = ("Keystone Bank said on Tuesday that first-quarter profit rose 12% from the year-earlier period. "
            "Net income for the quarter was $4.2 billion, compared with $3.75 billion a year ago. "
            "It expects credit costs to rise in the second half and will buy back shares by year-end. "
            "Revenue in the first three months of the year rose; sales in the same period last year fell. "
            "In the April-June quarter costs rose.")
    got = _values(text, date(2025, 4, 15))
    assert got == [("Tuesday", "2025-04-15"), ("first-quarter", "2025-Q1"), ("the year-earlier period", "2024-Q1"),
                   ("the quarter", "2025-Q1"), ("a year ago", "2024-Q1"), ("the second half", "2025-H2"),
                   ("year-end", "2025"), ("the first three months of the year", "2025-Q1"),
                   ("the same period last year", "2024-Q1"), ("the April-June quarter", "2025-Q2")]


def test_a_year_ago_outside_a_results_comparison_is_a_year() -> None:
    assert _values("A year ago, the bank was in trouble.", date(2025, 4, 15)) == [("A year ago", "2024")]


# --------------------------------------------------------------------------
# quoted documents (item 2)


def test_a_quoted_letter_is_read_against_its_own_date() -> None:
    text = ('In the letter, dated November 12, 2024, the board wrote: "Unless funding arrives by the end of the '
            'month, we will close two wards next week." The minister replied two days later.')
    found = {m.text: m for m in extract(text, date(2025, 5, 22))}
    assert found["the end of the month"].value == "2024-11"
    assert found["next week"].value == "2024-W47" and found["next week"].context == "quote"
    assert found["two days later"].value == "2024-11-14"


def test_a_quoted_document_without_a_date_is_approximate_and_says_so() -> None:
    text = 'In an e-mail to staff, the chief executive wrote: "We will close the plant next week."'
    article = read_article(text, date(2025, 5, 22))
    [m] = article.mentions
    assert m.value == "2025-W22" and m.context == "quote (undated)"
    assert m.span is not None and m.span.approximate and "approximate" in m.explanation
    [event] = article_events(article)
    assert event.span.approximate and "approximate" in (event.notes or "")


# --------------------------------------------------------------------------
# false positives (item 7): each guard, and the real date in a similar sentence


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kessler makes the Friday Night range of dips.", []),
        ("Kessler's sales rose on Friday night.", ["Friday night"]),
        ("He presents the Today programme on Radio 4.", []),
        ("Today the minister resigned.", ["Today"]),
        ("She starred in the film Friday.", []),
        ("She starred in a film on Friday.", ["Friday"]),
        ("Thousands joined the March of the Living.", []),
        ("Thousands marched in March of last year.", ["March of last year"]),
        ("A quarter of voters backed the plan.", []),
        ("Profit fell in the fourth quarter of 2024.", ["the fourth quarter of 2024"]),
        ("A 40-year-old trust holds the stake.", []),
        ("The trust was set up 40 years ago.", ["40 years ago"]),
        ("Shares of Sun rose.", []),
        ("The bank cut rates most recently in February.", ["February"]),
        ("The bank cut rates recently.", ["recently"]),
    ],
)
def test_false_positive_guards(text: str, found: list[str]) -> None:
    assert [t for t, _ in _values(text, date(2025, 3, 6))] == found


def test_a_possessive_year_keeps_its_period() -> None:
    assert _values("Profit in this year's second half will rise.", date(2025, 3, 1)) == [
        ("this year's second half", "2025-H2")]


# --------------------------------------------------------------------------
# titles and one fact, one event (item 8)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("On Tuesday, the bank released its results.", "Bank released its results"),
        ("Defence Secretary John Healey will meet Pete Hegseth on Thursday.", "John Healey to meet Pete Hegseth"),
        ("The minister said on Monday the talks could resume.", "Minister: talks could resume"),
        ("Trudeau said on Monday that Ottawa would retaliate.", "Trudeau: Ottawa would retaliate"),
        ("Shares in the company, which listed in 2019, fell on Friday after the results.",
         "Shares in the company fell"),
    ],
)
def test_a_title_is_a_short_clause_with_its_subject_and_verb(text: str, title: str) -> None:
    events = article_events(read_article(text, date(2025, 3, 6)))
    assert title in [e.title for e in events]
    for e in events:
        assert e.title.split()[-1].lower() not in {"the", "a", "of", "on", "in", "to", "and", "by", "with"}
        assert not e.title.startswith(("On,", "In,", ","))


def test_the_same_fact_told_three_times_is_one_event_with_every_sentence() -> None:
    text = ("Healey meets Hegseth on Thursday\n\nJohn Healey is set to meet his US counterpart, Pete Hegseth, in "
            "Washington on Thursday. Healey will meet Hegseth on Thursday to discuss Ukraine.")
    [event] = article_events(read_article(text, date(2025, 3, 6)))
    assert event.title == "John Healey to meet Pete Hegseth in Washington"
    assert event.source is not None and len(event.source.splitlines()) == 3


def test_different_facts_on_the_same_day_stay_apart() -> None:
    text = "Markets fell on Monday. The central bank raised rates on Monday."
    assert len(article_events(read_article(text, date(2025, 3, 6)))) == 2


@pytest.mark.parametrize(
    ("sentence", "ref", "found"),
    [
        ("Negotiators agreed to meet again in April, diplomats said.", date(2025, 3, 20), [("April", "2025-04")]),
        ("Trump spoke to Congress on Wednesday.", date(2025, 3, 6), [("Wednesday", "2025-03-05")]),
        ("Its capital markets day has been moved to June 12.", date(2025, 2, 6), [("June 12", "2025-06-12")]),
        ("It cut its forecast for the financial year ending in March.", date(2025, 1, 9), [("March", "2025-03")]),
        ("Bookings for Christmas were in line with last year.", date(2024, 10, 24),
         [("Christmas", "2024-12-25"), ("last year", "2023")]),
        ("It had forecast a profit as recently as October.", date(2025, 1, 9), [("October", "2024-10")]),
        ("The company hedged half of its 2025 output.", date(2025, 2, 6), [("2025", "2025")]),
        ("The crisis ended months of bitter disputes.", date(2024, 11, 8), [("months", "PXM")]),
        ("Shares have fallen about a quarter since January.", date(2024, 10, 24), [("January", "2024-01")]),
        ("The upgrade was the second this year.", date(2024, 10, 24), [("this year", "2024")]),
        ("Profit fell in the October-December quarter. For the full year, profit fell 29%.", date(2025, 2, 6),
         [("the October-December quarter", "2024-Q4"), ("the full year", "2024")]),
    ],
)
def test_more_readings_of_running_text(sentence: str, ref: date, found: list[tuple[str, str]]) -> None:
    assert _values(sentence, ref) == found
