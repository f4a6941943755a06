"""A manager's Markdown as HTML, the one way every place a coach reads it renders it: the HTML
and PDF exports and the review window (Qt lays out the same markup the browser reads).

CommonMark with tables and strikethrough, as the entry editor's preview reads GitHub's dialect.
Raw HTML is off: an entry that holds `<script>` shows it as text and can never add markup to an
export. Task items (`- [ ]`, `- [x]`, every template's action list) show as boxes, as in the
preview. An image shows as its words: a report loads nothing from anywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

BOXES = {"[ ]": "\u2610", "[x]": "\u2611", "[X]": "\u2611"}  # ☐ ☑


def _image_as_words(
    renderer: RendererHTML, tokens: Sequence[Token], index: int, options: OptionsDict,
    env: dict[str, Any],
) -> str:  # fmt: skip
    return escapeHtml(renderer.renderInlineAsText(tokens[index].children or [], options, env))


_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
_PARSER.add_render_rule("image", _image_as_words)


def _box(inline: Token) -> bool:
    """Turn the `[ ]` or `[x]` opening a list item's text into its box; whether it was one."""
    if not inline.children or inline.children[0].type != "text":
        return False
    first = inline.children[0]
    marker, rest = first.content[:3], first.content[3:]
    if marker not in BOXES or (rest and not rest[0].isspace()):
        return False
    first.content = BOXES[marker] + (" " + rest.lstrip() if rest else "")
    return True


def markdown_html(text: str, *, below: int = 2) -> str:
    """`text` as HTML, its headings moved `below` levels down (under the item's own heading:
    an entry's `## Heading` is an h4 under the item's h2 or h3)."""
    tokens = _PARSER.parse(text)
    lists: list[tuple[Token, bool]] = []  # the lists open here, and whether all are tasks
    for number, token in enumerate(tokens):
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1:]) + below)}"
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append((token, True))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            opening, tasks = lists.pop()
            if tasks and opening.type == "bullet_list_open":  # boxes instead of bullets
                opening.attrSet("style", "list-style-type: none")
        elif token.type == "list_item_open":
            task = tokens[number + 1].type == "paragraph_open" and _box(tokens[number + 2])
            lists[-1] = (lists[-1][0], lists[-1][1] and task)
    return _PARSER.renderer.render(tokens, _PARSER.options, {})
