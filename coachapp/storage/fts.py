"""Turning what a user types in a search box into a full-text query that cannot fail.

Every word becomes a quoted prefix term and every "quoted phrase" a quoted phrase, all of them
required. Quoting neutralises FTS5's syntax (AND, OR, NOT, NEAR, -, ^, :, *, parentheses), so
any input is a valid query; only letters and digits reach the index, as the tokenizer splits on
everything else anyway.
"""

from __future__ import annotations

import re

# More terms narrow nothing a person means to find and make the query slow: a pasted page of
# text would otherwise become hundreds of terms.
MAX_TERMS = 12
_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None when it holds nothing searchable."""
    terms: list[str] = []
    for phrase, chunk in _PART.findall(text):
        tokens = _tokens(phrase)
        if len(tokens) > 1:
            terms.append('"' + " ".join(tokens) + '"')
            continue
        words = tokens or _tokens(chunk)
        # French elisions ("l'équipe", "d'accueil") leave one-letter words that would match
        # almost everything as prefixes; keep them only when they are all there is.
        meaningful = [w for w in words if len(w) > 1 or w.isdigit()] or words
        terms.extend(f'"{word}"*' for word in meaningful)
    unique = list(dict.fromkeys(terms))[:MAX_TERMS]
    return " ".join(unique) if unique else None
