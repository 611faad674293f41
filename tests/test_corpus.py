"""Extraction over a corpus: streaming records, bad records by line, --jobs giving the same output."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.corpus import BadRecord, CorpusSettings, Record, extract_corpus, extract_record, iter_records
from timeline.loader import load

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).parent / "data" / "corpus"
NEWS = str(CORPUS / "news.jsonl")


def test_records_stream_in_order_with_bad_lines_located() -> None:
    items = list(iter_records([NEWS, str(CORPUS / "seed.txt")]))
    assert [type(i).__name__ for i in items] == ["Record"] * 3 + ["BadRecord"] * 2 + ["Record", "BadRecord",
                                                                                      "Record"]
    bad = [str(i.error) for i in items if isinstance(i, BadRecord)]
    assert bad == [
        f"{NEWS}:4:1: the record has no text",
        (f"{NEWS}:5:1: unreadable date in 'published': 'sometime in March' (write it as 2025-03-06 or "
         "2025-03-06T09:00:00Z)"),
        f"{NEWS}:7:1: not a JSON record: Expecting property name enclosed in double quotes",
    ]
    first = items[0]
    assert isinstance(first, Record)
    assert (first.name, first.outlet, first.published.isoformat() if first.published else None) == (
        f"{NEWS}:1", "The Kyiv Ledger", "2025-02-28")


def test_a_directory_is_read_recursively_in_sorted_order() -> None:
    names = [i.name for i in iter_records([str(CORPUS)]) if isinstance(i, Record)]
    assert names[:3] == [f"{CORPUS}/news.jsonl:1", f"{CORPUS}/news.jsonl:2", f"{CORPUS}/news.jsonl:3"]
    assert names[-1] == f"{CORPUS}/seed.txt"


def test_an_article_carries_its_provenance_and_publication_date() -> None:
    [item] = [i for i in iter_records([NEWS]) if isinstance(i, Record) and i.outlet == "Atlantic Wire"]
    result = extract_record(item, CorpusSettings())
    assert result.error is None and result.document is not None
    assert result.document["source"] == {"outlet": "Atlantic Wire", "url": "https://atlanticwire.example/2025-03-03",
                                         "published": "2025-03-03", "language": "en"}
    assert [(e.when, e.span.value) for e in result.events] == [
        ("Friday", "2025-02-28"), ("Saturday", "2025-03-01"), ("tomorrow night", "2025-03-04TNI")]
    assert all(e.provenance is not None and e.provenance.outlet == "Atlantic Wire" for e in result.events)


def test_text_without_a_date_needs_ref() -> None:
    record = Record(name="undated.txt", text="The summit opened on Thursday.", file="undated.txt")
    result = extract_record(record, CorpusSettings())
    assert result.error is not None and str(result.error).startswith("undated.txt: no reference date")
    assert extract_record(record, CorpusSettings(reference=date(2025, 3, 7))).error is None


def _outcome(jobs: int) -> list[tuple[object, ...]]:
    results = extract_corpus(iter_records([NEWS, str(CORPUS / "seed.txt")] * 3), CorpusSettings(), jobs)
    return [(r.name, r.stem, r.document, r.events, str(r.error)) for r in results]


def test_jobs_give_the_same_output_in_the_same_order() -> None:
    assert _outcome(2) == _outcome(1)


def test_the_pool_never_reads_far_ahead_of_the_output() -> None:
    read = itertools.count()

    def endless() -> Iterator[Record]:
        for n in itertools.count():
            next(read)
            yield Record(name=f"a{n}", text=f"Published 6 March 2025. Talks resumed on Tuesday ({n}).")

    first = list(itertools.islice(extract_corpus(endless(), CorpusSettings(), jobs=2, chunk_size=4), 10))
    assert [r.name for r in first] == [f"a{n}" for n in range(10)]
    assert next(read) <= 10 + 2 * 2 * 4 + 4  # what was returned, plus the chunks in flight


def test_cli_corpus_to_a_directory_reports_bad_records_and_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", NEWS, str(CORPUS / "seed.txt"), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert [line.split(": error: ")[0] for line in result.stderr.splitlines()] == [
        f"{NEWS}:4:1", f"{NEWS}:5:1", f"{NEWS}:7:1"]
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["news-000001.yaml", "news-000002.yaml", "news-000003.yaml", "news-000006.yaml",
                       "seed.yaml"]
    timeline = load([str(tmp_path / "news-000006.yaml")]).timeline
    assert {e.provenance.outlet for e in timeline.events if e.provenance} == {"The Northern Ledger"}
    assert {e.reference.isoformat() for e in timeline.events} == {"2025-03-07"}


def test_cli_merge_of_a_corpus_in_two_processes_equals_one(tmp_path: Path) -> None:
    one = CliRunner().invoke(app, ["extract", NEWS, str(CORPUS / "seed.txt"), "--merge", "-f", "json"])
    two = CliRunner().invoke(app, ["extract", NEWS, str(CORPUS / "seed.txt"), "--merge", "-f", "json", "-j", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    events = json.loads(one.stdout)["events"]
    healey = [e for e in events if "Hegseth" in e["title"]]
    assert [(e["status"], [s["outlet"] for s in e["sources"]]) for e in healey] == [
        ("consistent", ["The Northern Ledger", None])]  # input order: news.jsonl first


def test_no_progress_bar_in_a_pipe() -> None:
    run = subprocess.run([sys.executable, "-m", "timeline", "extract", str(CORPUS / "seed.txt"), NEWS, "-j", "2"],
                         capture_output=True, text=True, check=False, cwd=ROOT)
    assert run.returncode == 1
    assert "articles" not in run.stderr and "[" not in run.stderr
    assert run.stdout.count("---\n") == 5


@pytest.mark.parametrize("line", ['{"text": 3, "published": "2025-03-06"}', '["a list"]',
                                  '{"text": "On Monday.", "published": 20250306}'])
def test_more_bad_records(tmp_path: Path, line: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "On Monday talks began.", "published": "2025-03-06"}\n' + line + "\n",
                      encoding="utf-8")
    items = list(iter_records([str(corpus)]))
    assert isinstance(items[0], Record) and isinstance(items[1], BadRecord)
    assert str(items[1].error).startswith(f"{corpus}:2:1: ")


def test_ctrl_c_leaves_only_whole_files(tmp_path: Path) -> None:
    import os
    import signal
    import time

    corpus = tmp_path / "big.jsonl"
    seed = (CORPUS / "seed.txt").read_text(encoding="utf-8")
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(5000):
            f.write(json.dumps({"text": seed, "published": "2025-03-06", "outlet": f"O{i}"}) + "\n")
    out = tmp_path / "drafts"
    out.mkdir()
    # Ctrl-C as at a terminal: a run started from a background job inherits SIGINT ignored (and then,
    # rightly, ignores it), so the child gets the default disposition back before it starts.
    proc = subprocess.Popen([sys.executable, "-m", "timeline", "extract", str(corpus), "--out-dir", str(out),
                             "-j", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(list(out.iterdir())) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"Traceback" not in stderr
    names = sorted(os.listdir(out))
    assert names and all(n.endswith(".yaml") and not n.startswith(".") for n in names)
    assert len(names) < 5000
    whole = extract_record(Record(name="seed", text=seed, published=date(2025, 3, 6)),
                           CorpusSettings())
    for name in names[-3:]:  # the last ones written are whole events files
        timeline = load([str(out / name)]).timeline
        assert len(timeline.events) == len(whole.events) > 0
