"""Every language through every entry point, with its own lexicon's EXAMPLES (issue 12.1).

Parametrized over :data:`timeline.lexicons.LANGUAGES`: a new language is covered
as soon as its module is registered. Each example (expression, reference,
prefer, start, exclusive end, granularity) must give the same span through

- the Python API: ``timeline.resolve(..., language=)`` and ``timeline.extract(..., language=)``;
- an events file that declares ``language:`` (loaded by the library, and by ``timeline show``);
- an events file that declares nothing, read with ``--lang`` (``show``, ``explain``, ``check``, ``ics``);
- ``timeline resolve --lang``, one call per reference and direction;
- ``timeline extract --lang``, an article of the examples, one a line.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

import timeline
from timeline.lexicons import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]

# English has no table beside its lexicon (its families carry theirs, tests/test_grammar_families.py): a few rows
# so that the default language goes through the same entry points.
ENGLISH = [
    ("last Tuesday", "2025-03-06", "past", "2025-03-04", "2025-03-05", "day"),
    ("next week", "2025-03-06", "past", "2025-03-10", "2025-03-17", "week"),
    ("3 days ago", "2025-03-06", "past", "2025-03-03", "2025-03-04", "day"),
    ("March 1, 2024", "2025-03-06", "past", "2024-03-01", "2024-03-02", "day"),
    ("Friday", "2025-03-06", "future", "2025-03-07", "2025-03-08", "day"),
    ("the end of the year", "2025-03-06", "past", "2025-09-01", "2026-01-01", "month"),
]

Row = tuple[str, str, str, str, str, str]


def rows(language: str) -> list[Row]:
    module = importlib.import_module(LANGUAGES[language])
    return list(getattr(module, "EXAMPLES", None) or (ENGLISH if language == "en" else []))


CASES = [(code, *row) for code in sorted(LANGUAGES) for row in rows(code)]


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _span(start: object, end: object) -> tuple[str, str]:
    return str(start).replace(" ", "T")[:16], str(end).replace(" ", "T")[:16]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], check=False, cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_every_language_has_rows() -> None:
    assert all(rows(code) for code in LANGUAGES), [code for code in LANGUAGES if not rows(code)]


@pytest.mark.parametrize(("language", "text", "ref", "prefer", "start", "end", "grain"), CASES)
def test_python_api(language: str, text: str, ref: str, prefer: str, start: str, end: str, grain: str) -> None:
    span = timeline.resolve(text, reference=_when(ref), prefer=prefer, language=language)
    assert (_span(span.start.isoformat(), span.end.isoformat()), span.granularity.value) == ((start, end), grain)
    mentions = timeline.extract(text, reference=_when(ref), prefer=prefer, language=language)
    assert len(mentions) == 1, [(m.text, m.value) for m in mentions]
    found = mentions[0]
    assert found.span is not None and _span(found.span.start.isoformat(), found.span.end.isoformat()) == (start, end)
    assert found.language == language and text.strip().rstrip(".").endswith(found.text.rstrip(".")), found.text


def _events_file(path: Path, language: str, declare: bool) -> Path:
    events = [{"title": f"row {i}", "when": text, "reference": ref, "prefer": prefer}
              for i, (text, ref, prefer, *_rest) in enumerate(rows(language))]
    doc: dict[str, object] = {"reference": "2025-03-06"}
    if declare:
        doc["language"] = language
    doc["events"] = events
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _expected(language: str) -> dict[str, tuple[str, str]]:
    return {f"row {i}": (start, end) for i, (_t, _r, _p, start, end, _g) in enumerate(rows(language))}


def _by_title(stdout: str) -> dict[str, tuple[str, str]]:
    return {e["title"]: _span(e["start"], e["end"]) for e in json.loads(stdout)["events"]}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_events_file_with_its_language(tmp_path: Path, language: str) -> None:
    from timeline.loader import LoadOptions, load

    path = _events_file(tmp_path / "events.yaml", language, declare=True)
    loaded = load([str(path)], LoadOptions())
    got = {e.title: _span(e.span.start.isoformat(), e.span.end.isoformat()) for e in loaded.timeline.events}
    assert got == _expected(language)
    shown = run("show", str(path), "-f", "json")
    assert shown.returncode == 0, shown.stderr
    assert _by_title(shown.stdout) == _expected(language)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_lang_option_on_every_file_command(tmp_path: Path, language: str) -> None:
    path = _events_file(tmp_path / "events.yaml", language, declare=False)
    for command in ("show", "explain"):
        proc = run(command, str(path), "-f", "json", "--lang", language)
        assert proc.returncode == 0, (command, proc.stderr)
        assert _by_title(proc.stdout) == _expected(language), command
    explained = json.loads(run("explain", str(path), "-f", "json", "--lang", language).stdout)["events"]
    for event in explained:  # explanations stay English and quote the words as written
        assert event["explanation"].startswith(event["when"].strip()), event["explanation"]
    checked = run("check", str(path), "--lang", language)
    assert checked.returncode == 0, checked.stderr
    ics = run("ics", str(path), "--lang", language, "-o", str(tmp_path / "out.ics"))
    assert ics.returncode == 0, ics.stderr
    if language != "en":  # without --lang the words are another language's: a located error naming it
        refused = run("check", str(path))
        assert refused.returncode == 1 and "set language:" in refused.stderr, refused.stderr


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_resolve_command(language: str) -> None:
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows(language):
        groups.setdefault((row[1], row[2]), []).append(row)
    for (ref, prefer), group in groups.items():
        proc = run("resolve", *(r[0] for r in group), "--ref", ref, "--prefer", prefer, "--lang", language,
                   "-f", "json")
        assert proc.returncode == 0, proc.stderr
        got = [_span(e["start"], e["end"]) for e in json.loads(proc.stdout)["events"]]
        assert got == [(r[3], r[4]) for r in group]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_extract_command(language: str) -> None:
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows(language):
        groups.setdefault((row[1], row[2]), []).append(row)
    for (ref, prefer), group in groups.items():
        article = "\n".join(f"{r[0]}" for r in group) + "\n"
        proc = run("extract", "-", "--ref", ref, "--prefer", prefer, "--lang", language, "-f", "yaml",
                   stdin=article)
        assert proc.returncode == 0, proc.stderr
        draft = yaml.safe_load(proc.stdout)
        assert draft.get("language", "en") == language
        spans = {_span(m.span.start.isoformat(), m.span.end.isoformat())
                 for m in timeline.extract(article, reference=_when(ref), prefer=prefer, language=language)
                 if m.span is not None}
        assert {(r[3], r[4]) for r in group} <= spans
        whens = [e["when"] for e in draft["events"]]
        assert whens and all(w.strip() in article or w.startswith(("by ", "since ", "until ")) for w in whens), whens


def test_the_languages_page_lists_every_language() -> None:
    page = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    missing = [code for code in LANGUAGES if f"\n| {code} | " not in page]
    assert not missing, f"docs/languages.md, 'The languages': add a row for {missing}"
    for code in ("uk", "ru"):
        assert (ROOT / "docs" / "languages" / f"{code}.md").is_file()
