"""Provenance: the file's ``source:`` block, per-event overrides, and every output carrying it."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import InputErrors
from timeline.loader import load
from timeline.model import Provenance
from timeline.renderers import RenderOptions, get_renderer

ARTICLE = """\
source:
  outlet: Kyiv Independent
  url: https://example.org/2025/02/28/oval-office
  published: 2025-02-28
  language: en
  author: Jane Doe
events:
  - id: clash
    title: Zelensky and Trump clash in the Oval Office
    when: today
    source: "The meeting ended in a shouting match today."
  - id: london
    title: Zelensky arrives in London
    when: tomorrow
    source:
      outlet: Kyiv Independent live blog
      published: 2025-03-01
      quote: Zelensky flies to London on Saturday.
  - title: Starmer hosts European leaders
    when: Sunday
    reference: 2025-02-27
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "kyiv.yaml"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_source_block_is_the_provenance_and_published_the_reference(article: Path) -> None:
    events = {e.id: e for e in load([str(article)]).timeline.events}
    clash, london = events["clash"], events["london"]
    assert clash.provenance == Provenance("Kyiv Independent", "https://example.org/2025/02/28/oval-office",
                                          date(2025, 2, 28), "en", "Jane Doe")
    assert clash.reference == date(2025, 2, 28) and clash.span.value == "2025-02-28"
    assert clash.source == "The meeting ended in a shouting match today."
    # the event's own mapping overrides field by field; its published date is its reference
    assert london.provenance == Provenance("Kyiv Independent live blog",
                                           "https://example.org/2025/02/28/oval-office",
                                           date(2025, 3, 1), "en", "Jane Doe")
    assert london.reference == date(2025, 3, 1) and london.span.value == "2025-03-02"
    assert london.source == "Zelensky flies to London on Saturday."
    # an event's `reference` still reads its words; the provenance stays the file's
    starmer = events[None]
    assert starmer.span.value == "2025-02-23" and starmer.provenance is not None


def test_ref_option_overrides_the_publication_date_for_reading_only(article: Path) -> None:
    from timeline.loader import LoadOptions

    events = {e.id: e for e in load([str(article)], LoadOptions(reference=date(2025, 3, 6))).timeline.events}
    assert events["clash"].span.value == "2025-03-06"
    assert events["clash"].provenance is not None
    assert events["clash"].provenance.published == date(2025, 2, 28)


@pytest.mark.parametrize(("text", "message"), [
    ("source: BBC\nreference: 2025-03-06\nevents: []\n",
     ("kyiv.yaml:1:1: 'source' at the top of the file must be a mapping of outlet, url, published, "
      "language, author")),
    ("source: {outlet: X, lang: en}\nreference: 2025-03-06\nevents: []\n",
     "kyiv.yaml:1:21: unknown source field 'lang' (did you mean 'language'?)"),
    ("source: {published: 2025-03-05}\nreference: 2025-03-06\nevents: []\n",
     ("kyiv.yaml:2:1: source published 2025-03-05 but reference is 2025-03-06: the publication date is "
      "the reference, keep one of them")),
    ("source: {published: 5 March}\nevents: [{title: a, when: today}]\n",
     ("kyiv.yaml:1:21: published '5 March' depends on the day it is read: write the day itself, such as "
      "2025-03-06, 'March 6, 2025' or 2025-03-06T09:00")),
    ("source: {outlet: X, language: English!}\nreference: 2025-03-06\nevents: []\n",
     "kyiv.yaml:1:31: language must be a language code such as 'en' or 'fr-CA', not 'English!'"),
    ("source: {outlet: X}\nevents: [{title: a, when: today}]\n",
     "kyiv.yaml:2:10: no reference date: add 'reference: YYYY-MM-DD' to the file (or the event), or pass --ref"),
])
def test_bad_source_blocks_are_located(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kyiv.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputErrors) as info:
        load([str(path)])
    assert str(info.value.errors[0]).replace(str(tmp_path) + "/", "") == message


def render(fmt: str, path: Path) -> str:
    return get_renderer(fmt)(load([str(path)]).timeline, RenderOptions())


def test_json_and_csv_carry_provenance_fields(article: Path) -> None:
    records = {r["id"]: r for r in json.loads(render("json", article))["events"]}
    assert {k: records["london"][k] for k in ("outlet", "url", "published", "language", "author")} == {
        "outlet": "Kyiv Independent live blog", "url": "https://example.org/2025/02/28/oval-office",
        "published": "2025-03-01", "language": "en", "author": "Jane Doe"}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(render("csv", article)))}
    assert rows["clash"]["outlet"] == "Kyiv Independent" and rows["clash"]["published"] == "2025-02-28"


@pytest.mark.parametrize("fmt", ["yaml", "json", "ndjson"])
def test_provenance_survives_a_round_trip(article: Path, tmp_path: Path, fmt: str) -> None:
    first = load([str(article)]).timeline
    again = tmp_path / f"again.{fmt}"
    again.write_text(get_renderer(fmt)(first, RenderOptions()), encoding="utf-8")
    second = load([str(again)]).timeline
    assert [(e.id, e.provenance, e.source, e.span) for e in second.events] == \
        [(e.id, e.provenance, e.source, e.span) for e in first.events]


def test_old_files_without_a_source_block_have_no_provenance() -> None:
    root = Path(__file__).resolve().parent.parent
    events = load([str(root / "events.yaml")]).timeline.events
    assert all(e.provenance is None for e in events)
    assert any(e.source and e.source.startswith("Tensions between Washington") for e in events)


def _unfolded(ics: str) -> str:
    return ics.replace("\r\n ", "")


def test_ics_description_and_url_carry_provenance(article: Path) -> None:
    from datetime import UTC, datetime

    timeline = load([str(article)]).timeline
    ics = _unfolded(get_renderer("ics")(timeline, RenderOptions(generated_at=datetime(2025, 3, 7, tzinfo=UTC))))
    clash = ics[ics.index("SUMMARY:Zelensky and Trump"):]
    clash = clash[:clash.index("END:VEVENT")]
    assert "\\nPublished by: Kyiv Independent\\, Jane Doe\\, published 2025-02-28\\n" in clash
    assert "\\nArticle: https://example.org/2025/02/28/oval-office" in clash
    assert "\r\nURL:https://example.org/2025/02/28/oval-office\r\n" in clash


def test_merged_ics_lists_every_source() -> None:
    from datetime import UTC, datetime

    from timeline.merging import merge

    root = Path(__file__).resolve().parent.parent
    paths = sorted(str(p) for p in (root / "examples" / "many-sources").glob("*.yaml"))
    merged = merge(load(paths).timeline)
    ics = _unfolded(get_renderer("ics")(merged, RenderOptions(generated_at=datetime(2025, 3, 7, tzinfo=UTC))))
    clash = ics[ics.index("SUMMARY:Zelensky\\, Trump and Vance"):]
    clash = clash[:clash.index("END:VEVENT")]
    assert "\\nSources (conflict):\\n- The Kyiv Ledger (2025-02-28): today -> 2025-02-28 https://kyiv-ledger" in clash
    assert "\\n- The Northern Ledger (2025-03-07): Saturday's -> 2025-03-01 https://northernledger" in clash
    assert "\r\nURL:https://kyiv-ledger.example/2025/02/28/oval-office-clash\r\n" in clash
