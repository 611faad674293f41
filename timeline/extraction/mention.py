"""What :func:`timeline.extraction.extract` returns: one :class:`Mention` per date expression."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from timeline.model import Span


@dataclass(frozen=True, slots=True)
class Mention:
    """One date or time expression found in a text.

    ``start``/``end`` are character offsets into the text given to
    :func:`extract` (end exclusive) and ``text`` is ``text[start:end]``.
    ``value`` is the TimeML TIMEX3 value and ``type`` its TIMEX3 type
    (``DATE``, ``TIME``, ``DURATION`` or ``SET``). ``span`` is the resolved
    span: for "the last 30 years" the 30 years up to the reference, ``None``
    for a bare duration ("two-day", "40 years") or a set ("every winter").
    ``direction`` is the ``prefer`` the mention was resolved with and
    ``anchor`` the reference it was resolved against (the publication
    reference, or the time of the statement for words inside a quote).
    ``context`` says what beyond the words and their sentence decided the
    reading: ``""`` (nothing), ``"anaphora"`` ("a year earlier" counted from
    the period just mentioned), ``"comparison"`` ("the year-ago quarter": the
    period just mentioned, a year before), ``"quote"`` (anchored on when the quote was
    said) or ``"same weekday"`` (the story's other mention of that weekday).
    ``language`` is the ISO 639-1 code the text was read in.
    """

    start: int
    end: int
    text: str
    value: str
    type: str
    span: Span | None
    sentence: str
    sentence_start: int
    direction: str
    anchor: date | datetime
    explanation: str = ""
    quoted: bool = False
    context: str = ""
    language: str = "en"

    @property
    def sentence_end(self) -> int:
        """Offset just after the sentence in the original text."""
        return self.sentence_start + len(self.sentence)

