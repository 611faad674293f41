"""Regenerate timeline/holidays/names/first_words.py: the first words of the English holiday names.

The grammar tests a word against this table before it builds the holiday catalogue and its
name index (about 20 ms of start-up), so a text that names no holiday never loads them. The
table is what the catalogue says: the first words of the English name index
(:func:`timeline.holidays.matching.first_words`), less the canonical ``holiday_<key>``
words no text contains. tests/test_holidays.py runs ``--check`` so the table cannot drift
from the names. Run it after adding or changing an English or international holiday name.

    python tools/gen_first_words.py          # rewrite the module
    python tools/gen_first_words.py --check  # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.holidays.matching import _CANONICAL, first_words

OUT = ROOT / "timeline" / "holidays" / "names" / "first_words.py"

HEADER = '''\
"""The first words of the English holiday names, as data (generated: do not edit).

What the grammar tests a word against before it builds the catalogue and the name index
(about 20 ms), so that a text naming no holiday ("Wednesday's speech", "the summit") never
loads them. Regenerate with ``python tools/gen_first_words.py`` after adding or changing an
English or international name: the first words of the catalogue's English name index
(:func:`timeline.holidays.matching.first_words`), less the canonical ``holiday_`` words.
"""

from __future__ import annotations

'''


def english_first_words() -> list[str]:
    """The words the table holds, sorted: what a text can start an English holiday name with."""
    return sorted(word for word in first_words("en") if not word.startswith(_CANONICAL))


def build() -> str:
    """The text of the module."""
    words = ", ".join(json.dumps(word, ensure_ascii=False) for word in english_first_words())
    body = textwrap.fill(words, width=108, initial_indent="    ", subsequent_indent="    ",
                         break_on_hyphens=False, break_long_words=False)
    return f"{HEADER}FIRST_WORDS_EN: frozenset[str] = frozenset({{\n{body},\n}})\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the module is up to date")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)} is {'up to date' if same else 'STALE: run python tools/gen_first_words.py'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(english_first_words())} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
