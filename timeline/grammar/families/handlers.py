"""The shape of a family's word handler."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline.grammar.expression import Components

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

# A handler reads the tokens from i (a word it is registered for) into the point and returns
# the index after what it read, or i when the word does not start its kind of expression here.
Handler = Callable[["Parser", int, int, Components], int]
