"""`extract` in languages other than English: datelines, tense cues, quotes and titles from each language's data."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from timeline.extraction import article_document, extract, find_reference, read_article
from timeline.extraction.lexical import quote_spans
from timeline.lexicons import LANGUAGES, ExtractWords, extract_words, normalize_word

ROOT = Path(__file__).resolve().parents[1]

UK_ARTICLE = """\
КИЇВ, 6 березня 2025 року — Президент України заявив у вівторок, що переговори відновляться наступного тижня.
«Ми зустрінемося в середу», — сказав міністр.
Зустріч у Парижі відбудеться в п'ятницю, а минулого місяця делегації зустрілися двічі.
Уряд ухвалив рішення 12 лютого, а до кінця року буде новий план.
"""

RU_ARTICLE = """\
МОСКВА, 6 марта (РИА Новости) — Министр иностранных дел заявил во вторник, что переговоры возобновятся \
на следующей неделе. Это произошло в 2025 году.
«Мы встретимся в среду», — сказал он.
Встреча в Женеве состоится в пятницу, а в прошлом месяце делегации встречались дважды.
Правительство приняло решение 12 февраля 2025 года, а к концу года будет новый план.
"""

# (article, language, the words of the mention, its value, its direction, inside quote marks)
MENTIONS = [
    (UK_ARTICLE, "uk", "вівторок", "2025-03-04", "past", False),
    (UK_ARTICLE, "uk", "наступного тижня", "2025-W11", "past", False),
    (UK_ARTICLE, "uk", "середу", "2025-03-12", "future", True),
    (UK_ARTICLE, "uk", "п'ятницю", "2025-03-07", "future", False),
    (UK_ARTICLE, "uk", "минулого місяця", "2025-02", "past", False),
    (UK_ARTICLE, "uk", "12 лютого", "2025-02-12", "past", False),
    (UK_ARTICLE, "uk", "до кінця року", "2025", "future", False),
    (RU_ARTICLE, "ru", "вторник", "2025-03-04", "past", False),
    (RU_ARTICLE, "ru", "следующей неделе", "2025-W11", "past", False),
    (RU_ARTICLE, "ru", "пятницу", "2025-03-07", "future", False),
    (RU_ARTICLE, "ru", "12 февраля 2025 года", "2025-02-12", "past", False),
    (RU_ARTICLE, "ru", "к концу года", "2025", "future", False),
]


@pytest.mark.parametrize(("article", "language", "words", "value", "direction", "quoted"), MENTIONS)
def test_mentions_in_the_articles_language(article: str, language: str, words: str, value: str, direction: str,
                                           quoted: bool) -> None:
    found = {m.text: m for m in extract(article, language=language)}
    assert words in found, sorted(found)
    mention = found[words]
    assert (mention.value, mention.direction, mention.quoted, mention.language) == (value, direction, quoted,
                                                                                      language)
    assert article[mention.start:mention.end] == words


def test_a_weekday_goes_the_way_its_clause_does() -> None:
    past = extract("У вівторок уряд ухвалив закон.", date(2025, 3, 6), language="uk")
    future = extract("У вівторок уряд розглядатиме закон.", date(2025, 3, 6), language="uk")
    assert [m.value for m in past] == ["2025-03-04"]
    assert [m.value for m in future] == ["2025-03-11"]
    ru_past = extract("В среду парламент принял закон.", date(2025, 3, 6), language="ru")
    ru_future = extract("В среду парламент будет голосовать.", date(2025, 3, 6), language="ru")
    assert [m.value for m in ru_past] == ["2025-03-05"]
    assert [m.value for m in ru_future] == ["2025-03-12"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("КИЇВ, 6 березня —  Сьогодні в Києві 2025 року.", "uk", date(2025, 3, 6)),
    ("КИЇВ, 6 березня 2025 року — Президент заявив.", "uk", date(2025, 3, 6)),
    ("МОСКВА, 6 марта 2025 г. — Министр заявил.", "ru", date(2025, 3, 6)),
    ("НЬЮ-ЙОРК, 14 лютого 2024 року (Укрінформ) — Рада безпеки зібралася.", "uk", date(2024, 2, 14)),
    ("Опубліковано 06.03.2025 о 10:15\n\nУряд ухвалив рішення.", "uk", date(2025, 3, 6)),
    ("Опубликовано: 6 марта 2025\nПравительство приняло решение.", "ru", date(2025, 3, 6)),
    ("КИЇВ (Укрінформ) — Без дати.", "uk", None),
    ("Київ, 6 березня 2025 року — місто не великими літерами.", "uk", None),
])
def test_datelines_and_publication_lines(text: str, language: str, expected: date | None) -> None:
    assert find_reference(text, language) == expected


def test_the_dateline_dates_the_article_not_an_event() -> None:
    doc = article_document(read_article(UK_ARTICLE, language="uk"))
    assert doc["reference"] == "2025-03-06"
    assert doc["language"] == "uk"
    assert "6 березня 2025 року" not in [e["when"] for e in doc["events"]]


@pytest.mark.parametrize(("article", "language", "when", "title"), [
    (UK_ARTICLE, "uk", "минулого місяця", "Делегації зустрілися двічі"),
    (UK_ARTICLE, "uk", "12 лютого", "Уряд ухвалив рішення"),
    (UK_ARTICLE, "uk", "середу", "Ми зустрінемося"),
    (UK_ARTICLE, "uk", "вівторок", "Президент України заявив"),
    (RU_ARTICLE, "ru", "пятницу", "Встреча в Женеве состоится"),
    (RU_ARTICLE, "ru", "12 февраля 2025 года", "Правительство приняло решение"),
])
def test_titles_are_drafted_in_the_articles_language(article: str, language: str, when: str, title: str) -> None:
    events = {e["when"]: e for e in article_document(read_article(article, language=language))["events"]}
    assert events[when]["title"] == title


@pytest.mark.parametrize(("text", "language", "quoted"), [
    ("Він сказав: «до кінця року» і пішов.", "uk", "«до кінця року»"),
    ("Sie sagte: „bis Ende 2026“ und ging.", "uk", "„bis Ende 2026“"),
    ('Він сказав "наступного тижня" і пішов.', "uk", '"наступного тижня"'),
    ("Il a dit « la semaine prochaine » hier.", "ru", "« la semaine prochaine »"),
])
def test_the_languages_quote_marks(text: str, language: str, quoted: str) -> None:
    spans = quote_spans(text, extract_words(language))
    assert [text[a:b] for a, b in spans] == [quoted]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], check=False, cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("article", "language", "name"), [(UK_ARTICLE, "uk", "Ukrainian"),
                                                           (RU_ARTICLE, "ru", "Russian")])
def test_cli_extract_detects_the_language_and_the_draft_loads(tmp_path: Path, article: str, language: str,
                                                               name: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(article, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    proc = run("extract", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert f"# Language: {language} (detected: Cyrillic script; {name} function words" in text
    doc = yaml.safe_load(text)
    assert doc["language"] == language
    shown = run("show", str(out), "-f", "json")
    assert shown.returncode == 0, shown.stderr
    expected = {m.value for m in extract(article, language=language) if m.start > 40}
    assert expected <= {e["value"] for e in __import__("json").loads(shown.stdout)["events"]}


def test_cli_extract_with_a_declared_language(tmp_path: Path) -> None:
    proc = run("extract", "-", "--lang", "uk", "--ref", "2025-03-06", "-f", "json",
               stdin="Переговори відбулися минулого тижня.")
    assert proc.returncode == 0, proc.stderr
    events = __import__("json").loads(proc.stdout)["events"]
    assert [(e["value"], e["when"]) for e in events] == [("2025-W09", "минулого тижня")]
    bad = run("extract", "-", "--lang", "xx", "--ref", "2025-03-06", stdin="x")
    assert bad.returncode == 2 and "xx" in bad.stderr


def test_english_articles_are_still_read_as_english_by_default() -> None:
    proc = run("extract", "-", "--ref", "2025-03-06", "-f", "json",
               stdin="The minister said on Tuesday that talks would resume next week.")
    assert proc.returncode == 0, proc.stderr
    values = [e["value"] for e in __import__("json").loads(proc.stdout)["events"]]
    assert values == ["2025-03-04", "2025-W11"]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_languages_extract_words_are_normalized_data(language: str) -> None:
    words = extract_words(language)
    assert isinstance(words, ExtractWords)
    for field in ("past", "future", "speech", "not_tense", "prepositions", "clause_breaks", "articles",
                  "year_words", "abbreviations", "compound_past"):
        for w in getattr(words, field):
            assert w == normalize_word(w), (language, field, w)
    for open_, close in words.quotes:
        assert len(open_) == 1 and len(close) == 1


@pytest.mark.parametrize(("language", "word", "tense"), [
    ("uk", "заявила", "past"), ("uk", "відбулася", "past"), ("uk", "років", None), ("uk", "днів", None),
    ("uk", "розглядатиме", "future"), ("uk", "буде", "future"), ("uk", "правило", None),
    ("ru", "заявил", "past"), ("ru", "состоялась", "past"), ("ru", "недели", None), ("ru", "будут", "future"),
    ("ru", "состоится", "future"), ("ru", "начало", None),
])
def test_tense_cues_from_data(language: str, word: str, tense: str | None) -> None:
    assert extract_words(language).tense_of(word) == tense


@pytest.mark.parametrize(("text", "language", "words", "value"), [
    ("Macron a annoncé mercredi soir une allocution télévisée.", "fr", "mercredi soir", "2025-03-05TEV"),
    ("Уряд оголосив у вівторок два рішення.", "uk", "вівторок", "2025-03-04"),
    ("Правительство объявило во вторник три решения.", "ru", "вторник", "2025-03-04"),
])
def test_a_number_word_before_a_noun_is_not_part_of_the_date(text: str, language: str, words: str,
                                                              value: str) -> None:
    assert [(m.text, m.value) for m in extract(text, date(2025, 3, 6), language=language)] == [(words, value)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("План ухвалили до 2027 року, а в п'ятницю буде саміт.", "uk", [("до 2027 року", "2027"),
                                                                   ("п'ятницю", "2025-03-07")]),
    ("Зустріч відбулася в середу, 5 березня, у Києві.", "uk", [("середу, 5 березня", "2025-03-05")]),
    ("Встреча прошла в среду, 5 марта 2025 года.", "ru", [("среду, 5 марта 2025 года", "2025-03-05")]),
])
def test_a_comma_joins_a_date_only_to_a_number_or_a_date_word(text: str, language: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in extract(text, date(2025, 3, 6), language=language)] == expected


def test_the_api_detects_the_language_when_asked() -> None:
    article = read_article(RU_ARTICLE, language="auto")
    assert article.language == "ru" and article.detection.startswith("Cyrillic script; Russian")
    assert {m.language for m in article.mentions} == {"ru"}
    assert read_article("Talks resumed last week.", date(2025, 3, 6), language="auto").language == "en"


def test_a_corpus_record_names_its_language(tmp_path: Path) -> None:
    import json

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"text": "Переговори відбулися минулого тижня.", "published": "2025-03-06", "language": "uk"},
        {"text": "Talks resumed last week.", "published": "2025-03-06"},
    )) + "\n", encoding="utf-8")
    proc = run("extract", str(corpus), "-f", "yaml")
    assert proc.returncode == 0, proc.stderr
    drafts = [d for d in yaml.safe_load_all(proc.stdout) if d]
    assert [d.get("language", "en") for d in drafts] == ["uk", "en"]
    assert [[e["when"] for e in d["events"]] for d in drafts] == [["минулого тижня"], ["last week"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("La visite de M. Healey a été confirmée la semaine dernière.", [("semaine dernière", "2025-W09")]),
    ("L'accord a été signé l'été dernier.", [("l'été dernier", "2024-SU")]),
    ("Les prix ont augmenté cet été.", [("cet été", "2025-SU")]),
])
def test_a_season_word_after_its_auxiliary_is_a_participle(text: str, expected: list[tuple[str, str]]) -> None:
    """French "a été" is the participle of "être", not the summer; "cet été", "l'été dernier" stay seasons."""
    assert [(m.text, m.value) for m in extract(text, date(2025, 3, 6), language="fr")] == expected
