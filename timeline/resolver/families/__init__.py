"""How each family of expressions becomes a span, paired with timeline/grammar/families/."""
