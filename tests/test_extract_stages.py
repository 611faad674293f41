"""Each stage of `timeline.extraction` on its own: text, scan, tense, context, titles, draft, vocabulary."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction import Mention, plan_events, read_article
from timeline.extraction.scan import candidates, tokenize
from timeline.extraction.tense import SentenceTense, direction_of
from timeline.extraction.text import LineIndex, blank_markup, find_quotes, split_sentences
from timeline.extraction.titles import title_for
from timeline.extraction.vocabulary import vocabulary

REF = date(2025, 3, 6)


# --------------------------------------------------------------------------
# text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Talks ended. They resume on Monday.", ["Talks ended.", "They resume on Monday."]),
        ("Mr. Smith met Dr. Jones on Jan. 5. Then he left.", ["Mr. Smith met Dr. Jones on Jan. 5.", "Then he left."]),
        ("The vote is at 6 a.m. Monday. It will be close.", ["The vote is at 6 a.m. Monday.", "It will be close."]),
        ("U.S. officials met. In the U.S. The talks went on.",
         ["U.S. officials met.", "In the U.S.", "The talks went on."]),
        ("Headline without a stop\nBody text on Tuesday.", ["Headline without a stop", "Body text on Tuesday."]),
        ("Prices rose 2.5 percent. e.g. this one", ["Prices rose 2.5 percent. e.g. this one"]),
        ('"We will win," she said. Then she left.', ['"We will win," she said.', "Then she left."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("<p>On <b>Monday</b> &amp; Tuesday</p>", ["Monday", "&", "Tuesday"], ["<", ">", "amp"]),
        ("<script>var x = 'Friday';</script><p>Sunday</p>", ["Sunday"], ["Friday", "var"]),
        ("<p><!-- Friday -->Sunday <!-- never closed > Monday</p>", ["Sunday", "Monday"], ["Friday", "never"]),
        ("See [the report](https://x.org/2024/01/02) of May 5.", ["the report", "May 5"], ["https", "2024"]),
        ("Plain text with <angle> brackets but no HTML on Monday.", ["<angle>", "Monday"], []),
    ],
)
def test_markup_is_blanked_in_place(text: str, kept: list[str], gone: list[str]) -> None:
    clean = blank_markup(text)
    assert len(clean) == len(text)
    assert all(k in clean for k in kept)
    assert not any(g in clean for g in gone)


def test_quotes_pair_and_a_quote_left_open_ends_at_the_paragraph() -> None:
    text = '\u201cWe will finish tomorrow,\u201d he said. \u201cIt runs on\nNext "short" one'
    assert [text[a:b] for a, b in find_quotes(text)] == [
        "\u201cWe will finish tomorrow,\u201d", "\u201cIt runs on", '"short"']


@pytest.mark.parametrize(("offset", "expected"), [(0, (1, 1)), (3, (1, 4)), (4, (2, 1)), (6, (3, 1)), (8, (3, 3)),
                                                  (9, (4, 1)), (11, (4, 3)), (12, (5, 1))])
def test_line_index_counts_every_kind_of_line_end(offset: int, expected: tuple[int, int]) -> None:
    text = "abc\nd\re\r\nfg\u2028h"
    assert LineIndex(text).line_column(offset) == expected


# --------------------------------------------------------------------------
# scan


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Talks ended on Wednesday evening after two weeks.", ["Wednesday evening", "two weeks"]),
        ("From 2001 to 2012 the plant ran; it closed on March 4, 2025.", ["2001", "2012", "March 4, 2025"]),
        ("Shares fell 40% to 2,025 pence.", []),
        ("The deal is due in the coming days, not the near term.", ["the coming days", "the near term"]),
        ("He may march on the capital in May.", ["May"]),
        ("The spring statement comes in the spring of 2025.", ["the spring of 2025"]),
    ],
)
def test_candidates(text: str, found: list[str]) -> None:
    toks = tokenize(text)
    got = [text[toks[a].start:toks[b - 1].end] for a, b in candidates(text, toks)]
    assert got == found


# --------------------------------------------------------------------------
# tense


@pytest.mark.parametrize(
    ("sentence", "word", "direction"),
    [
        ("The minister said on Monday the talks could resume.", "Monday", "past"),
        ("Healey will meet Hegseth on Thursday.", "Thursday", "future"),
        ("Healey met Hegseth on Thursday.", "Thursday", "past"),
        ("Registration closes at midnight Tuesday.", "Tuesday", "nearest"),
        ("Ministers to set out cuts on Monday", "Monday", "future"),
        ("The summit in Brussels on Saturday", "Saturday", "past"),
        ("The law, which has been in force since 2008, takes effect again on Monday.", "Monday", "nearest"),
    ],
)
def test_direction_of_a_sentence(sentence: str, word: str, direction: str) -> None:
    at = sentence.index(word)
    got, why = direction_of(SentenceTense(sentence), at, at + len(word), "past")
    assert got == direction, why


def test_a_sentence_is_read_once_and_every_mention_then_costs_a_lookup() -> None:
    sentence = "They met on Monday and will meet again on Friday. " * 200
    tense = SentenceTense(sentence)
    first, last = sentence.index("Monday"), sentence.rindex("Friday")
    assert direction_of(tense, first, first + 6, "future")[0] == "past"
    assert direction_of(tense, last, last + 6, "past")[0] == "future"


# --------------------------------------------------------------------------
# context (the document)


def test_anaphora_counts_from_the_period_just_mentioned_and_says_so() -> None:
    text = "Sales rose in the fourth quarter of 2024, from $3.07 billion a year earlier."
    [quarter, earlier] = read_article(text, date(2025, 2, 27)).mentions
    assert quarter.value == "2024-Q4" and quarter.context == ""
    assert earlier.value == "2023-Q4" and earlier.context == "comparison"
    assert earlier.span is not None and earlier.span.start == date(2023, 10, 1)
    assert "2024-Q4" in earlier.explanation


def test_a_quote_is_anchored_on_the_day_its_attribution_gives() -> None:
    text = '"We will finish the work tomorrow," the minister said on Monday.'
    tomorrow = read_article(text, REF).mentions[0]
    assert (tomorrow.value, tomorrow.anchor, tomorrow.context, tomorrow.quoted) == (
        "2025-03-04", date(2025, 3, 3), "quote", True)


def test_a_weekday_without_a_tense_takes_the_story_s_other_reading() -> None:
    text = "Launch reset for Wednesday evening\n\nNASA will try again on Wednesday."
    headline, body = read_article(text, date(2025, 3, 10)).mentions
    assert body.direction == "future" and headline.span is not None and body.span is not None
    assert headline.span.first_day == body.span.first_day == date(2025, 3, 12)
    assert headline.context == "same weekday"


# --------------------------------------------------------------------------
# titles and draft


def _mention(sentence: str, words: str, start: int = 0) -> Mention:
    at = sentence.index(words)
    return Mention(start + at, start + at + len(words), words, "2025-03-05", "DATE", None, sentence, start,
                   "past", REF)


@pytest.mark.parametrize(
    ("sentence", "words", "title"),
    [
        ("In a speech to Congress on Wednesday, President Trump suggested a deal.", "Wednesday",
         "Trump speech to Congress"),
        ("John Healey, the UK Defence Secretary, is set to meet Pete Hegseth in Washington on Thursday.",
         "Thursday", "John Healey to meet Pete Hegseth in Washington"),
        ("Markets fell sharply on Monday as investors fled.", "Monday", "Markets fell sharply"),
    ],
)
def test_titles(sentence: str, words: str, title: str) -> None:
    assert title_for(_mention(sentence, words)) == title


def test_a_title_in_a_run_on_sentence_comes_from_the_words_around_the_date() -> None:
    filler = "and the committee went on talking about the budget " * 40
    sentence = filler + "while the minister resigned on Wednesday " + filler
    title = title_for(_mention(sentence, "Wednesday"))
    assert 0 < len(title.split()) <= 10 and "resigned" in title


def test_plan_events_keeps_one_event_per_value_and_sentence_and_skips_the_dateline() -> None:
    text = ("WASHINGTON, March 4, 2025 (Reuters) - The Senate voted on Monday, and on Monday again.\n"
            "The House will vote on Friday.")
    article = read_article(text)
    events = plan_events(article.mentions, text, article.reference, "past")
    assert [(e.when, e.mention.value) for e in events] == [("Monday", "2025-03-03"), ("Friday", "2025-03-07")]
    assert events[1].prefer == "future"


# --------------------------------------------------------------------------
# vocabulary


def test_the_vocabulary_is_the_lexicon_s() -> None:
    voc = vocabulary()
    assert voc.weekdays["thurs"] == 3 and "thurs" in voc.weekday_abbreviations
    assert "thursday" not in voc.weekday_abbreviations and "mondays" not in voc.weekday_abbreviations
    assert {"jan", "sept"} <= voc.month_abbreviations and not {"may", "june", "july"} & voc.month_abbreviations
    assert voc.units["fortnight"] == "fortnight" and voc.seasons["fall"] == "FA"
    assert "now" in voc.vague_words and "just" not in voc.vague_words
    assert voc.anaphoric_markers == {"earlier": -1, "later": 1, "before": -1, "after": 1}
    assert "the" not in voc.triggers and "wednesday" in voc.triggers
