"""Visible text of an HTML page, with its links, by the standard library's tolerant HTML tokenizer.

The tokenizer is event-driven (no tree, no recursion), so broken or deeply nested markup costs time
proportional to its size and never a stack overflow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIPPED = {"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "header", "footer", "nav", "aside", "main", "blockquote", "pre", "hr", "dt", "dd", "dl", "form", "fieldset",
          "address", "figure", "figcaption", "details", "summary", "title"}
_CELL = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
MAX_OPEN_HIDDEN = 10_000


@dataclass
class Link:
    href: str
    start: int  # span of the link's text in the visible text
    end: int


@dataclass
class Page:
    text: str
    title: str = ""
    links: list[Link] = field(default_factory=list)
    language: str | None = None  # the page's language tag: <html lang>, else <meta http-equiv="content-language">


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.hidden: list[str] = []  # open elements whose content is not shown
        self.links: list[Link] = []
        self.open_links: list[tuple[str, int]] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.html_lang: str | None = None
        self.meta_lang: str | None = None

    def _emit(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n")

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "title":
            self.in_title = True
        attributes = dict(attrs)
        if tag == "html" and self.html_lang is None:
            self.html_lang = attributes.get("lang") or attributes.get("xml:lang")
        elif tag == "meta" and self.meta_lang is None and (attributes.get("http-equiv") or "").lower() == "content-language":
            self.meta_lang = attributes.get("content")
        if self.hidden:
            if tag not in _VOID and len(self.hidden) < MAX_OPEN_HIDDEN:
                self.hidden.append(tag)
            return
        if tag in _SKIPPED or "hidden" in attributes or _HIDDEN_STYLE.search(attributes.get("style") or ""):
            if tag not in _VOID:
                self.hidden.append(tag)
            return
        if tag in _BLOCK:
            self._newline()
        elif tag in _CELL:
            self._emit(" \t ")
        if tag == "a" and attributes.get("href"):
            self.open_links.append((attributes["href"].strip(), self.length))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag == "title":
            self.in_title = False
        if self.hidden:
            # Close up to the matching open element; stray end tags are ignored, as browsers do.
            if tag in self.hidden:
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if tag == "a" and self.open_links:
            href, start = self.open_links.pop()
            self.links.append(Link(href=href, start=start, end=self.length))
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if not self.hidden:
            self._emit(data)


# A '<' that does not open a tag closed by '>' before the next '<' is text. Escaping those first keeps
# the tokenizer linear: on runs like "<a<a<a…" it otherwise rescans its buffer (quadratic time).
_STRAY_LT = re.compile(r"<(?![A-Za-z/!?][^<>]{0,4096}>)")
_TAG = re.compile(r"<[^<>]{0,4096}>")


def extract(html: str) -> Page:
    parser = _Extractor()
    try:
        parser.feed(_STRAY_LT.sub("&lt;", html))
        parser.close()
    except (AssertionError, ValueError):
        # The tokenizer gave up on malformed markup (e.g. "<![" runs): fall back to dropping tags.
        return Page(text=_TAG.sub(" ", html))
    for href, start in parser.open_links:  # unclosed <a>: its text runs to the end
        parser.links.append(Link(href=href, start=start, end=parser.length))
    return Page(text="".join(parser.parts), title=" ".join("".join(parser.title_parts).split()), links=parser.links,
                language=(parser.html_lang or parser.meta_lang or "")[:35] or None)
