"""The date-expression grammar: text -> a structured expression, no dates yet.

The parser is hand-written over a token list (one linear regular expression
splits the text; no backtracking regex touches user input). An expression is
read as an optional qualifier ("by", "since", "around"...), then either an
interval ("from X to Y", "between X and Y", "X - Y") or a single point. A point
is a bag of components in any order ("Thursday at 10am", "10am Thursday",
"Fri, Jul 18, 2014 07:00 PM") collected while reading, then turned into one typed
meaning of :mod:`timeline.expressions` (``expression.py``); the resolver
(:mod:`timeline.resolver`) turns that into dates against a reference.

The package (see ``docs/architecture.md``):

- ``tokens.py``: :func:`tokenize`;
- ``canonical.py``: other languages' words read into canonical words;
- ``parser.py``: the parser and :func:`parse`, :func:`describe`;
- ``families/``: one module per family of expressions, with its readers,
  the words it starts on and its examples;
- ``registry.py``: the families and their order.

Nothing here reads the clock or knows the reference.
"""

from __future__ import annotations

from timeline.expressions import Expression
from timeline.grammar.parser import Parser, describe, parse
from timeline.grammar.tokens import MAX_EXPRESSION_LENGTH, Token, tokenize
from timeline.grammar.words import VAGUE, may_begin_expression, suggest

__all__ = ["MAX_EXPRESSION_LENGTH", "VAGUE", "Expression", "Parser", "Token", "canonical_tokens",
           "describe", "may_begin_expression", "parse", "suggest", "tokenize"]


def canonical_tokens(text: str, toks: list[Token], language: str, quiet: bool = False) -> list[Token]:
    """Another language's tokens as the canonical words the grammar reads (:mod:`.canonical`,
    imported on first use: English never needs it, and start-up is measured)."""
    from timeline.grammar.canonical import canonical_tokens as read

    return read(text, toks, language, quiet)
