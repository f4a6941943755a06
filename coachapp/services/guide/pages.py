"""The pages of the guides in one language: read from Markdown, completed from the app's data,
rendered as HTML, searched.

A pillar's page ends with lists made from the data the app already ships, so they never drift
from it: a line `{{methods}}` becomes the methods of the library that serve the pillar (linked
to the method), `{{questions}}` its reflection questions (each a link to answer it in the
journal), `{{dimensions}}` the self-assessment dimensions about it. An organisation's pack
(services/guide/organisation.py) adds its pages as a section after the model's, and a pillar's
page ends with links to the pack's pages about that pillar.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import MethodType
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

from coachapp.coaching.questions import Question
from coachapp.folding import fold
from coachapp.services.guide.contents import SCHEME, Contents, Section, guide_url
from coachapp.services.guide.organisation import GuidePack, OrganisationPage, title_of
from coachapp.services.rituals.methods import Method
from coachapp.services.today.self_assessment import Dimension

DIRECTIVE = re.compile(r"^\{\{(methods|questions|dimensions)\}\}$", re.MULTILINE)
SNIPPET = 90  # characters around a search hit
TOGETHER = 10  # a search's words found side by side count this many times more
IN_TITLE = 20  # and a word of the page's title this much more
LEVEL_SHOWN = 4  # the self-assessment anchor a page quotes: what a good practice looks like


class Links(Enum):
    """Where a page is read: in the app's viewer, or as files in a browser."""

    VIEWER = "viewer"
    FILES = "files"


@dataclass(frozen=True)
class Page:
    slug: str
    title: str
    markdown: str  # completed: the lists made from the app's data are in


@dataclass(frozen=True)
class Hit:
    slug: str
    title: str
    snippet: str
    count: int


@dataclass(frozen=True)
class Sources:
    """The app's data that completes the pillars' pages."""

    methods: Sequence[Method] = ()
    questions: Sequence[Question] = ()
    dimensions: Sequence[Dimension] = ()
    pack: GuidePack | None = None  # the organisation's own pages


def _first_sentence(text: str) -> str:
    end = re.search(r"[.!?](\s|$)", text)
    return text[: end.start() + 1] if end else text


class Guide:
    """The guides of `contents` in `language`, from the Markdown files under `root/<language>`."""

    def __init__(self, root: Path, contents: Contents, language: str, sources: Sources) -> None:
        self.root = root
        self.language = language
        self._sources = sources
        pack = sources.pack
        self._own: dict[str, OrganisationPage] = {p.slug: p for p in pack.pages} if pack else {}
        if pack and pack.pages:
            section = Section("organisation", dict(pack.titles), tuple(self._own))
            contents = contents.with_section(section, after="model")
        self.contents = contents
        self._pages: dict[str, Page] = {}
        self._plain: dict[str, str] = {}
        self._parser = MarkdownIt("commonmark", {"html": False}).enable(["table"])

    @property
    def folder(self) -> Path:
        return self.root / self.language

    def page(self, slug: str) -> Page:
        found = self._pages.get(slug)
        if found is None:
            own = self._own.get(slug)
            if own is not None:  # as the organisation wrote it
                markdown = own.markdown(self.language)
            else:
                text = (self.folder / f"{slug}.md").read_text(encoding="utf-8")
                pillar = self.contents.pillar_of(slug)
                markdown = DIRECTIVE.sub(lambda m: self._made(m.group(1), pillar), text)
                markdown += self._organisation_links(pillar)
            found = Page(slug, title_of(markdown) or slug, markdown)
            self._pages[slug] = found
        return found

    def pages(self) -> list[Page]:
        return [self.page(slug) for slug in self.contents.slugs()]

    def _organisation_links(self, pillar: str | None) -> str:
        """The end of a pillar's page: the organisation's pages about it."""
        pack = self._sources.pack
        own = pack.for_pillar(pillar) if pack and pillar else []
        if not own:
            return ""
        heading = self.contents.organisation.get(self.language, "")
        links = "\n".join(
            f"- [{_escape(title_of(p.markdown(self.language)) or p.key)}]({p.slug}.md)" for p in own
        )
        return f"\n\n## {heading}\n\n{links}\n"

    # The lists made from the app's data

    def _made(self, what: str, pillar: str | None) -> str:
        language = self.language
        if pillar is None:
            return ""
        colon = "\u00a0: " if language == "fr" else ": "  # French puts a space before
        if what == "methods":
            methods = sorted(
                (m for m in self._sources.methods if pillar in m.pillars),
                key=lambda m: fold(m.name(language)),
            )
            return "\n".join(
                f"- [{_escape(m.name(language))}]({SCHEME}:method/{m.key}){colon}"
                f"{_escape(_first_sentence(m.summary(language)))}"
                for m in methods
            )
        if what == "questions":
            return "\n".join(
                f"- [{_escape(q.text.get(language) or q.text['en'])}]({SCHEME}:question/{q.id})"
                for q in self._sources.questions
                if q.pillar == pillar
            )
        return "\n".join(
            f"- [**{_escape(d.name.get(language) or d.key)}**]({SCHEME}:assessment){colon}"
            f"{_escape(d.anchors[LEVEL_SHOWN - 1].get(language, ''))}"
            for d in self._sources.dimensions
            if d.pillar == pillar
        )

    # HTML

    def html(self, slug: str, links: Links = Links.VIEWER) -> str:
        """The page's body as HTML, its links made for where it is read."""
        tokens = self._parser.parse(self.page(slug).markdown)
        own = self._own.get(slug)
        pictures = own.folder(self.language) if own else self.folder
        for token in _walk(tokens):
            if token.type == "link_open":
                token.attrSet("href", self._href(str(token.attrGet("href") or ""), links))
            elif token.type == "image":
                src = str(token.attrGet("src") or "")
                token.attrSet("src", self._src(src, links, pictures))
        renderer = RendererHTML()
        if links is Links.FILES:  # the app's own links mean nothing in a browser: their words
            renderer.rules["link_open"] = MethodType(_open_unless_app, renderer)
            renderer.rules["link_close"] = MethodType(_close_unless_app, renderer)
        return str(renderer.render(tokens, self._parser.options, {"app_links": []}))

    def _href(self, href: str, links: Links) -> str:
        if href.endswith(".md") and "/" not in href and ":" not in href:
            slug = href[: -len(".md")]
            return guide_url(slug) if links is Links.VIEWER else f"{slug}.html"
        return href

    def _src(self, src: str, links: Links, folder: Path) -> str:
        if ":" in src or src.startswith("/"):
            return src
        if links is Links.VIEWER:
            return (folder / src).resolve().as_uri()
        return f"../../{self.language}/{src}"

    def html_file(self, slug: str | None) -> str:
        """A page (or, for None, the contents alone) as a whole HTML file, as shipped under
        resources/guide/html/<language>/ for a browser and a printer."""
        parts = []
        colon = "\u00a0: " if self.language == "fr" else ": "
        for section in self.contents.sections:
            links = " · ".join(
                f'<a href="{page}.html">{html.escape(self.page(page).title)}</a>'
                if page != slug
                else f"<b>{html.escape(self.page(page).title)}</b>"
                for page in section.pages
            )
            title = html.escape(section.title(self.language))
            parts.append(f"<p><b>{title}</b>{colon}{links}</p>")
        nav = "<nav>\n" + "\n".join(parts) + "\n</nav>\n"
        if slug is None:
            title = {"fr": "Guides de CoachApp", "en": "CoachApp guides"}[self.language]
            return page_document(title, f"<h1>{html.escape(title)}</h1>\n" + nav, self.language)
        return page_document(
            self.page(slug).title, self.html(slug, Links.FILES), self.language, nav
        )

    # Search

    def plain(self, slug: str) -> str:
        """The page's words, without the Markdown around them."""
        found = self._plain.get(slug)
        if found is None:
            blocks = [t for t in self._parser.parse(self.page(slug).markdown) if t.children]
            words = " ".join(  # a link's words run on into what follows them, as printed
                "".join(
                    " " if c.type in ("softbreak", "hardbreak") else c.content
                    for c in _walk(block.children or [])
                    if c.type in ("text", "code_inline", "softbreak", "hardbreak")
                )
                for block in blocks
            )
            found = self._plain[slug] = " ".join(words.split())
        return found

    def search(self, query: str) -> list[Hit]:
        """Pages holding every word of `query` (accents and case ignored), most hits first."""
        words = fold(query).split()
        if not words:
            return []
        hits = []
        for page in self.pages():
            text = self.plain(page.slug)
            folded = _fold_chars(text)  # one character for one: a hit's place is the text's
            if not all(word in folded for word in words):
                continue
            count = sum(folded.count(word) for word in words) + TOGETHER * folded.count(
                " ".join(words)
            )
            count += IN_TITLE * sum(word in fold(page.title) for word in words)
            start = max(0, _best_place(folded, words) - SNIPPET // 3)
            if start:  # from a word's start, to a word's end
                start = text.find(" ", start) + 1 or start
            end = min(len(text), start + SNIPPET)
            if end < len(text):
                end = text.rfind(" ", start, end) if " " in text[start:end] else end
            snippet = text[start:end].strip()
            if end < len(text):  # cut: an ellipsis instead of the sentence's own stop
                snippet = snippet.rstrip(".,;:\u00a0") + "…"
            snippet = ("…" if start else "") + snippet
            hits.append(Hit(page.slug, page.title, snippet, count))
        return sorted(hits, key=lambda hit: -hit.count)


def _best_place(folded: str, words: list[str]) -> int:
    """Where the page says most of `words` close together: around its rarest word."""
    rarest = min(words, key=folded.count)
    places = [m.start() for m in re.finditer(re.escape(rarest), folded)]
    return max(
        places,
        key=lambda at: sum(w in folded[max(0, at - SNIPPET) : at + SNIPPET] for w in words),
    )


def _fold_chars(text: str) -> str:
    """`text` folded character by character, so that it keeps its length."""
    return "".join(f[:1] if (f := fold(ch)) else " " for ch in text)


def _escape(text: str) -> str:
    """`text` as Markdown shows it literally (a method named "[x]" stays "[x]")."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _walk(tokens: Sequence[Token]) -> list[Token]:
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        if token.children:
            found.extend(_walk(token.children))
    return found


def _is_app(token: Token) -> bool:
    return str(token.attrGet("href") or "").startswith(f"{SCHEME}:")


def _open_unless_app(
    renderer: RendererHTML, tokens: Sequence[Token], index: int, options: OptionsDict,
    env: dict[str, Any],
) -> str:  # fmt: skip
    env["app_links"].append(_is_app(tokens[index]))
    return "" if env["app_links"][-1] else renderer.renderToken(tokens, index, options, env)


def _close_unless_app(
    renderer: RendererHTML, tokens: Sequence[Token], index: int, options: OptionsDict,
    env: dict[str, Any],
) -> str:  # fmt: skip
    return "" if env["app_links"].pop() else renderer.renderToken(tokens, index, options, env)


def page_document(title: str, body: str, language: str, extra: str = "") -> str:
    """A whole HTML file around a page's body, for reading in a browser and printing."""
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{FILE_STYLE}</style>\n</head>\n"
        f"<body>\n{extra}<main>\n{body}</main>\n</body>\n</html>\n"
    )


FILE_STYLE = (
    "body{font-family:sans-serif;max-width:46em;margin:1.5em auto;padding:0 1em;"
    "line-height:1.45;color:#222}img{max-width:100%;border:1px solid #bbb}"
    "nav{font-size:.9em;border-bottom:1px solid #ccc;padding-bottom:.5em;margin-bottom:1em}"
    "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25em .5em}"
    "kbd{border:1px solid #999;border-radius:3px;padding:0 .3em}"
    "@media print{nav{display:none}}"
)
