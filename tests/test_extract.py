"""timeline.extract: finding date expressions in news text and resolving them by tense.

Gold texts live in tests/data/extract/ (NAME.txt + NAME.gold.json, TIMEX3
values as TimeML writes them; see docs/extract.md). The scores on all of them
are printed by ``python bench/extract_bench.py``; here the seed article is
checked mention by mention and every text must stay above a floor.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.errors import ExpressionError
from timeline.extraction import Mention, draft_document, draft_events, extract, find_reference

DATA = Path(__file__).parent / "data" / "extract"
GOLD_FILES = sorted(DATA.glob("*.gold.json"))


def load(name: str) -> tuple[str, dict]:
    gold = json.loads((DATA / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (DATA / gold.get("text", f"{name}.txt")).read_text(encoding="utf-8")
    return text, gold


def norm(v: str) -> str:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T24:00", v)
    if m:
        return (date.fromisoformat(m.group(1)) + timedelta(days=1)).isoformat() + "T00:00"
    return v


# --------------------------------------------------------------------------
# The gold files themselves


def test_there_are_seven_gold_texts() -> None:
    assert len(GOLD_FILES) >= 6
    assert (DATA / "seed.txt").is_file()


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_offsets_match_text(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (DATA / gold["text"]).read_text(encoding="utf-8")
    date.fromisoformat(gold["reference"])
    last_end = -1
    for m in gold["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"], m
        assert m["start"] >= last_end, f"mentions overlap or are out of order at {m}"
        last_end = m["end"]
        assert m["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert m["text"] == m["text"].strip()
        # extent: prepositions are outside the mention (TempEval-3)
        assert not re.match(r"(?i)(on|in|by|at|since|until|from|for|over|within)\s", m["text"]), m
        if m["type"] == "DURATION":
            assert m["value"].startswith("P"), m


def test_seed_is_the_shared_article() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
    if not shared.is_file():
        pytest.skip("../shared is not beside the checkout")
    assert (DATA / "seed.txt").read_text(encoding="utf-8") == shared.read_text(encoding="utf-8")


# --------------------------------------------------------------------------
# Against the gold


def _pairs(name: str) -> tuple[str, dict, list[Mention]]:
    text, gold = load(name)
    return text, gold, extract(text, date.fromisoformat(gold["reference"]))


def test_seed_mentions_and_values_match_gold() -> None:
    _text, gold, found = _pairs("seed")
    got = [(m.start, m.end, m.value) for m in found]
    want = [(g["start"], g["end"], g["value"]) for g in gold["mentions"]]
    assert got == want


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_every_gold_text_stays_above_the_floor(path: Path) -> None:
    name = path.name.split(".")[0]
    _text, gold, found = _pairs(name)
    golds = gold["mentions"]
    matched = correct = 0
    used: set[int] = set()
    for m in found:
        hit = next((i for i, g in enumerate(golds)
                    if i not in used and g["start"] < m.end and m.start < g["end"]), None)
        if hit is None:
            continue
        used.add(hit)
        matched += 1
        correct += norm(m.value) == norm(golds[hit]["value"])
    p = matched / len(found) if found else 0.0
    r = matched / len(golds)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= 0.9, f"{name}: relaxed F1 {f1:.3f}"
    assert f1 * correct / max(matched, 1) >= 0.85, f"{name}: value F1 too low"


def test_mentions_have_valid_offsets_and_sentences() -> None:
    for path in GOLD_FILES:
        text, gold = load(path.name.split(".")[0])
        found = extract(text, date.fromisoformat(gold["reference"]))
        starts = [m.start for m in found]
        assert starts == sorted(starts)
        for m in found:
            assert text[m.start:m.end] == m.text
            assert text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
            assert m.sentence_start <= m.start and m.end <= m.sentence_end
            assert m.type in {"DATE", "TIME", "DURATION", "SET"}
            assert m.direction in {"past", "future", "nearest"}


def test_seed_spans() -> None:
    text, _ = load("seed")
    by_text = {}
    for m in extract(text, date(2025, 3, 6)):
        by_text.setdefault(m.text, m)
    assert by_text["Wednesday"].span.start == date(2025, 3, 5)
    assert by_text["last week"].span.start == date(2025, 2, 24)
    assert by_text["last week"].span.end == date(2025, 3, 3)
    # a duration still gives its stretch of time, ending at the reference
    thirty = by_text["the last 30 years"]
    assert thirty.type == "DURATION" and thirty.value == "P30Y"
    assert thirty.span is not None and thirty.span.end <= date(2025, 3, 7)
    assert by_text["two-day"].span is None
    assert by_text["2030"].span.start == date(2030, 1, 1)


def test_quote_said_on_arrival_is_anchored_the_day_before_the_meeting() -> None:
    text, _ = load("seed")
    tomorrow = next(m for m in extract(text, date(2025, 3, 6)) if m.text == "tomorrow")
    assert tomorrow.quoted
    assert tomorrow.anchor == date(2025, 3, 5)
    assert tomorrow.value == "2025-03-06"


# --------------------------------------------------------------------------
# Direction from the sentence


@pytest.mark.parametrize(
    ("sentence", "ref", "word", "value"),
    [
        ("Trump said on Wednesday that talks would go on.", date(2025, 3, 6), "Wednesday", "2025-03-05"),
        ("Trump spoke to Congress on Wednesday.", date(2025, 3, 6), "Wednesday", "2025-03-05"),
        ("Healey will meet Hegseth on Thursday.", date(2025, 3, 4), "Thursday", "2025-03-06"),
        ("Healey is set to meet Hegseth on Friday.", date(2025, 3, 4), "Friday", "2025-03-07"),
        ("Healey met Hegseth on Friday.", date(2025, 3, 4), "Friday", "2025-02-28"),
        ("The ministers are expected to sign the deal on Monday.", date(2025, 3, 5), "Monday", "2025-03-10"),
        ("The company plans to report results on Tuesday.", date(2025, 3, 5), "Tuesday", "2025-03-11"),
        ("The vote is due to take place on Saturday.", date(2025, 3, 5), "Saturday", "2025-03-08"),
        ("Markets fell sharply on Monday.", date(2025, 3, 5), "Monday", "2025-03-03"),
        ("The bank has cut rates twice since October.", date(2025, 2, 27), "October", "2024-10"),
        ("Ford said the province would impose a surcharge starting on Monday.", date(2025, 3, 4),
         "Monday", "2025-03-10"),
        ("The dividend is payable on March 28.", date(2025, 2, 27), "March 28", "2025-03-28"),
        ("The weather forecast will be updated at 10 a.m. ET on Tuesday.", date(2025, 3, 10),
         "10 a.m. ET on Tuesday", "2025-03-11T10:00"),
    ],
)
def test_direction_from_tense(sentence: str, ref: date, word: str, value: str) -> None:
    found = {m.text: m for m in extract(sentence, ref)}
    assert word in found, [m.text for m in found.values()]
    assert found[word].value == value, found[word].explanation


def test_prefer_is_only_the_fallback() -> None:
    text = "Summit in Brussels on Saturday"
    assert extract(text, date(2025, 3, 5), prefer="past")[0].value == "2025-03-01"
    assert extract(text, date(2025, 3, 5), prefer="future")[0].value == "2025-03-08"
    # a tense cue beats the fallback
    assert extract("The summit will take place on Saturday.", date(2025, 3, 5), prefer="past")[0].value \
        == "2025-03-08"


def test_quote_attributed_with_a_day_is_resolved_against_it() -> None:
    text = '"We will finish the work tomorrow," the minister said on Monday.'
    m = next(m for m in extract(text, date(2025, 3, 6)) if m.text == "tomorrow")
    assert m.anchor == date(2025, 3, 3)
    assert m.value == "2025-03-04"


# --------------------------------------------------------------------------
# What is not a date


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision may also impact Ukraine's use of long-range weaponry.",
        "May I ask a question?",
        "Thousands of protesters march on the capital.",
        "They will march to the parliament.",
        "Defence spending will rise to 2.5% of GDP.",
        "Russia is adding 300,000 soldiers and 3,000 tanks.",
        "It allocates 40% of its budget to the army.",
        "They need firm, long-term security guarantees.",
        "The launchers rely on real-time intelligence.",
        "The deal is worth $2,025 million.",
        "It was the second attempt in a row.",
        "The innocence ended with the fall of the Berlin Wall.",
        "Prices fall when supply rises.",
        "He bought 2024 shares and sold 1999 of them.",
        "The sun rose over the sea and the sat phone rang.",
        "She gave a speech at the spring statement party.",
    ],
)
def test_no_false_positives(sentence: str) -> None:
    found = extract(sentence, date(2025, 3, 6))
    assert [m.text for m in found] == []


def test_capitalized_may_and_march_with_a_day_are_dates() -> None:
    found = extract("The law took effect on May 5 and was amended in March.", date(2025, 6, 1))
    assert [(m.text, m.value) for m in found] == [("May 5", "2025-05-05"), ("March", "2025-03")]


# --------------------------------------------------------------------------
# The reference from the text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("WASHINGTON, March 4 (Reuters) - Tariffs took effect in 2025.", date(2025, 3, 4)),
        ("LONDON, Feb 27, 2025 (AP) - Shares rose.", date(2025, 2, 27)),
        ("Title\n\nPublished 6 March 2025\n\nText.", date(2025, 3, 6)),
        ("Title\nUpdated March 6, 2025\nText.", date(2025, 3, 6)),
        ("Headline\n\nFri 7 Mar 2025 18.30 GMT\n\nText.", date(2025, 3, 7)),
        ("Published: 2025-03-06\nText.", date(2025, 3, 6)),
    ],
)
def test_reference_from_dateline_or_published_line(head: str, expected: date) -> None:
    assert find_reference(head) == expected


def test_extract_reads_the_reference_from_the_text_when_none_is_given() -> None:
    text, _gold = load("feature")  # "Published 2 February 2025"
    found = extract(text)
    assert found[0].anchor == date(2025, 2, 2)
    assert [m.value for m in found] == [m.value for m in extract(text, date(2025, 2, 2))]
    wire = "WASHINGTON, March 4 (Reuters) - Tariffs announced in 2025 took effect on Tuesday."
    assert [m.value for m in extract(wire)] == ["2025-03-04", "2025", "2025-03-04"]


def test_no_reference_raises_and_says_what_to_do() -> None:
    with pytest.raises(ExpressionError, match="--ref"):
        extract("The talks took place on Wednesday.")
    # a dateline without a year and no year in the text is not enough
    with pytest.raises(ExpressionError):
        extract("WASHINGTON, March 4 (Reuters) - Talks took place on Wednesday.")


def test_bad_prefer_is_refused() -> None:
    with pytest.raises(ExpressionError):
        extract("on Monday", date(2025, 3, 6), prefer="sideways")


# --------------------------------------------------------------------------
# HTML and Markdown


def test_html_offsets_point_into_the_original() -> None:
    html = "<p>The talks <b>ended</b> on <em>Wednesday</em> &amp; resume next&nbsp;week.</p>"
    found = extract(html, date(2025, 3, 6))
    assert [m.text for m in found] == ["Wednesday", "next&nbsp;week"]
    assert found[0].value == "2025-03-05"
    assert found[1].value == "2025-W11"
    for m in found:
        assert html[m.start:m.end] == m.text


def test_markdown_is_tolerated() -> None:
    md = "# Talks\n\n**On Wednesday** the talks [ended](https://example.com/2024/01/02).\n"
    found = extract(md, date(2025, 3, 6))
    assert [(m.text, m.value) for m in found] == [("Wednesday", "2025-03-05")]


# --------------------------------------------------------------------------
# Draft events


def test_draft_events_for_the_seed() -> None:
    text, _ = load("seed")
    mentions = extract(text, date(2025, 3, 6))
    events = draft_events(mentions, text)
    whens = [e["when"] for e in events]
    # "now", "today's Russia", "two-day" and "the last 30 years"'s duration date nothing by themselves
    assert "now" not in whens and "today" not in whens and "two-day" not in whens
    for must in ("Thursday", "last week", "Wednesday", "by 2030"):
        assert must in whens
    for e in events:
        assert {"title", "when", "source"} <= set(e) <= {"title", "when", "source", "prefer", "reference", "notes"}
        assert e["source"] in text
        assert 0 < len(e["title"].split()) <= 10
    meeting = next(e for e in events if e["when"] == "Thursday")
    assert "Healey" in meeting["title"] and "meet" in meeting["title"]
    speech = next(e for e in events if e["when"] == "Wednesday")
    assert "speech to Congress" in speech["source"]
    assert speech["title"] == "Trump speech to Congress"
    # "the last 30 years" is drafted as a span; the quote said on arrival keeps its own reference
    assert "the last 30 years" in whens
    tomorrow = next(e for e in events if e["when"] == "tomorrow")
    assert tomorrow["reference"] == "2025-03-05"
    assert next(e for e in events if e["when"] == "Thursday")["prefer"] == "future"


def test_draft_events_load_back_to_the_same_dates() -> None:
    """The draft, written as events.yaml, gives the dates extract found."""
    yaml = pytest.importorskip("yaml")
    from timeline.resolver import resolve

    text, _ = load("business")
    ref = date(2025, 2, 27)
    mentions = extract(text, ref)
    by_when = {}
    for m in mentions:
        by_when.setdefault((m.sentence_start, m.value), m)
    for e in draft_events(mentions, text, ref, prefer="past"):
        yaml.safe_dump(e)
        span = resolve(e["when"].replace("\u2019", "'"), date.fromisoformat(e.get("reference", ref.isoformat())),
                       prefer=e.get("prefer", "past"))
        source_mentions = [m for m in mentions if m.sentence.strip().endswith(e["source"][-40:])]
        assert span.value.split("/")[-1] in {m.value for m in source_mentions}, e


def test_extract_is_callable_from_the_package() -> None:
    import timeline

    found = timeline.extract("Talks ended on Wednesday.", reference=date(2025, 3, 6))
    assert [m.value for m in found] == ["2025-03-05"]
    from timeline import extract as imported

    assert [m.value for m in imported("Talks ended on Wednesday.", date(2025, 3, 6))] == ["2025-03-05"]


def test_draft_document_is_an_events_yaml_that_loads(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    loader = pytest.importorskip("timeline.loader")
    text, _ = load("seed")
    doc = draft_document(text, date(2025, 3, 6))
    assert doc["reference"] == "2025-03-06" and doc["prefer"] == "past"
    path = tmp_path / "events.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    timeline = loader.load_timeline(str(path))
    starts = {e.when: e.span.first_day for e in timeline.events}
    assert starts["Wednesday"] == date(2025, 3, 5)
    assert starts["Thursday"] == date(2025, 3, 6)
    assert starts["last week"] == date(2025, 2, 24)
    assert starts["tomorrow"] == date(2025, 3, 6)  # said on arrival, the day before the meeting
    assert starts["by 2030"] == date(2030, 1, 1)  # the qualifier is kept (issue 16)
    assert "the last 30 years" in starts
