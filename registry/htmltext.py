"""Visible text of an HTML page, with its links, by the standard library's tolerant HTML tokenizer.

The tokenizer is event-driven (no tree, no recursion), so broken or deeply nested markup costs time
proportional to its size and never a stack overflow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

# Elements whose content a browser does not show: a <title> in the body, a <datalist>'s options, <rp> (what browsers without
# ruby show), <noframes> and <noembed>, and the fallback a <video>, <audio>, <canvas>, <progress> or <meter> shows only
# where it cannot play or draw ("400<datalist>9</datalist>8201688", "4<progress>x</progress>00…": salt the scan read
# into the number); an <object>'s too, where it has a resource to show instead (see `_shown_when_loaded`).
_SKIPPED = {"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "title", "datalist", "rp",
            "noframes", "noembed", "video", "audio", "canvas", "progress", "meter"}
# The displays that lay an element out as a block of its own, where its own style gives one ("<span style='display:block'>"),
# as a browser's own style sheet does the _BLOCK tags': the first word of a display of two words says ("block flow")
_BLOCK_DISPLAYS = frozenset({"block", "flex", "grid", "list-item", "table", "flow-root", "flow", "table-row",
                             "table-row-group", "table-header-group", "table-footer-group", "table-caption", "-webkit-box"})
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# (a browser's own style sheet makes these blocks: "paypa<center>l-verify.com" shows two lines, no address)
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "header", "footer", "nav", "aside", "main", "blockquote", "pre", "hr", "dt", "dd", "dl", "form", "fieldset",
          "address", "figure", "figcaption", "details", "summary", "center", "dialog", "legend", "listing",
          "xmp", "plaintext", "menu", "dir", "hgroup", "search", "caption", "option", "optgroup"}
_CELL = {"td", "th"}
# A list's items, which a browser shows with a bullet or a number that is no text of the page (see Page.list_items)
_LIST_ITEMS = frozenset({"li", "dt", "dd"})
# An element's own style is read as a browser applies it (`declarations`): without its comments and escapes
# ("display:/**/none", "display:n\6f ne"), the last of a property declared twice ("display:none;display:inline" shows),
# and a value the property cannot take left out ("display:none;display:qq" hides), as is a value the scan does not judge.
_GLOBAL_VALUES = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})  # every property takes them
_DISPLAY_VALUES = _GLOBAL_VALUES | frozenset({
    "none", "block", "inline", "inline-block", "flow", "flow-root", "run-in", "list-item", "contents", "flex", "inline-flex",
    "grid", "inline-grid", "table", "inline-table", "table-row-group", "table-header-group", "table-footer-group",
    "table-row", "table-cell", "table-column-group", "table-column", "table-caption", "ruby", "ruby-base", "ruby-text",
    "ruby-base-container", "ruby-text-container", "math", "-webkit-box", "-webkit-inline-box"})
_VISIBILITY_VALUES = _GLOBAL_VALUES | frozenset({"visible", "hidden", "collapse"})
_CSS_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?"
_CSS_FUNCTION = r"(?:calc|clamp|min|max|var|env)\(.*\)"
_CSS_GLOBAL = "|".join(_GLOBAL_VALUES)
_VALID_VALUE = {
    "display": lambda value: all(word in _DISPLAY_VALUES for word in value.split()) and 0 < len(value.split()) <= 3,
    "visibility": _VISIBILITY_VALUES.__contains__,
    "opacity": re.compile(rf"{_CSS_NUMBER}%?|{_CSS_FUNCTION}|{_CSS_GLOBAL}").fullmatch,
    "font-size": re.compile(rf"{_CSS_NUMBER}(?:[a-z]{{1,5}}|%)?|(?:xx?-|xxx-)?(?:small|large)|medium|smaller|larger|math|{_CSS_FUNCTION}"
                            rf"|{_CSS_GLOBAL}").fullmatch,
}
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.DOTALL)
_IMPORTANT = re.compile(r"\s*!\s*important\s*$")
# Text in a font of size zero takes no room and shows nothing: phishing mail and spam pages put letters and digits there
# to break what filters read ("Pay<span style="font-size:0">x</span>Pal", "400<span style="font-size:0px">5</span>-886-…").
# Read from an element's own style, and only for the text directly inside it: a container sized zero to close the gaps
# between its inline blocks gives each child a size of its own (which a style sheet may set), and its children show.
_ZERO_SIZE = re.compile(r"[+-]?(?:0+\.?0*|\.0+)(?:[a-z]{1,5}|%)?")
# Text its element's own style makes see-through, opacity 0 or a transparent colour, shows nothing either ("hidden text
# salting": "400<span style="opacity:0">9</span>8201688" shows 4008201688), but a page's scripts fade in whole elements and
# letter-by-letter headings from opacity 0, which the browser then shows, and a transparent colour with "background-clip:
# text" shows a gradient through the letters. So it is left out only as salt is put in: a text of at most
# MAX_SALT_CHARACTERS right after a letter or digit that is shown. (The extension reads the live page, where both are known.)
_ZERO_OPACITY = re.compile(r"[+-]?(?:0+\.?0*|\.0+)%?")
# transparent, rgba(0,0,0,0), rgb(0 0 0 / 0%), hsla(…, 0), #0000, #00000000: an alpha of zero, the fourth of four values or
# the one after a slash (not black, rgb(0,0,0), whose third value is a zero)
_ZERO_ALPHA = r"\s*(?:0+\.?0*|\.0+)%?\s*\)"
_TRANSPARENT_COLOUR = re.compile(rf"transparent|(?:rgba?|hsla?)\((?:[^(),/]*,){{3}}{_ZERO_ALPHA}"
                                 rf"|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^(),/]*/{_ZERO_ALPHA}|#[0-9a-f]{{3}}0|#[0-9a-f]{{6}}00")
MAX_SALT_CHARACTERS = 3
MAX_OPEN_ELEMENTS = 100_000  # deeper elements are not tracked: their text counts as their parent's
# A page's own style sheet hides by class or id too: "4008<span class=x>99</span>201688" with ".x{display:none}" shows
# 4008201688, a number the text "400899201688" is not (spam pages so break copying and scraping). Only a rule whose
# selectors are plain classes or ids is read (".x", "#y", ".a,.b"), and not inside an at-rule ("@media (max-width: 600px)
# {.wide{display:none}}" hides on small screens only): what a browser shows otherwise needs the whole cascade, and a
# rule read wrong would hide what is shown. A rule after the element it hides is not known in time.
_BRACE = re.compile(r"[{}]")
_PLAIN_SELECTOR = re.compile(r"\s*([.#])(-?[A-Za-z_][\w-]{0,100})\s*")
MAX_HIDING_NAMES = 1_000  # classes and ids a page's style sheets hide that are kept (a bound on a page's cost)
# A target written in a click handler or a data attribute instead of a link ("<div onclick=\"location.href=
# 'tel:4006668888'\">点击拨打</div>", "<a href=javascript:void(0) data-tel=4007778888>", a fake help page's "<button
# onclick=\"window.location.href='https://wa.me/1415…'\">Chat with an agent</button>"): what a tap dials or opens
# (and the link's own href swapped as it is pressed, "<a href=\"https://www.paypal.com\" onmousedown=\"this.href='https://evil.com'\">":
# hovering shows the first in the status bar, a click opens the second)
_CLICK_TARGET = re.compile(r"""(?:location(?:\.href)?|window\.open|location\.(?:assign|replace)|this\.href)\s*(?:=|\()\s*"""
                           r"""['"]((?:tel|sms):[^'"]{1,60}|https?://[^'"\s]{1,2000})['"]""", re.IGNORECASE)
_WITHIN_AN_ADDRESS = re.compile(r"[\t\n\r]")  # (the WHATWG URL standard's "remove all ASCII tab or newline")
_AROUND_AN_ADDRESS = "".join(map(chr, range(0x21)))  # (and its "C0 control or space" at either end)
# A link to another host written without its scheme ("//evil.com/login", "\\\\evil.com", "/\\evil.com": the page's
# scheme), or with a scheme and no slashes ("http:evil.com", absolute on a page of the other scheme): each opens that host,
# and '<a href="//evil.com">https://www.paypal.com</a>' was no finding, its text PayPal's, official
# (a web address's scheme takes any number of slashes and backslashes before its host, as a browser reads it: "https:evil.com",
# "https:////evil.com")
_SCHEME_RELATIVE = re.compile(r"[/\\]{2,}")
_A_WEB_SCHEME = re.compile(r"(https?):[/\\]*", re.IGNORECASE)
_CLICK_HANDLERS = ("onclick", "onmousedown", "onmouseup", "onpointerdown", "ontouchstart", "onauxclick")
_DIAL_ATTRIBUTES = ("data-tel", "data-phone")
_TAP_ATTRIBUTES = frozenset({*_CLICK_HANDLERS, *_DIAL_ATTRIBUTES})
_DIALLED = re.compile(r"\+?[\d\s().-]{3,40}")

# End tags HTML leaves out, as a browser supplies them: a start tag closes the open elements of the first
# set, looking down the open elements no further than one of the second ("<li hidden>old<li>new": new is
# shown). Without them one unclosed hidden <li>, <tr> or <p> hid the rest of a page from the scan.
_TABLE_SCOPE = frozenset({"table", "template", "html"})
_CLOSES_P = frozenset({"address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "dd", "dt",
                       "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                       "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul"})
_BUTTON_SCOPE = frozenset({"button", "table", "td", "th", "caption", "object", "template", "html", "marquee", "applet"})
_IMPLIED_ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"}) | _BUTTON_SCOPE),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"}) | _BUTTON_SCOPE),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"}) | _BUTTON_SCOPE),
    "tr": (frozenset({"tr"}), frozenset({"tbody", "thead", "tfoot"}) | _TABLE_SCOPE),
    "td": (frozenset({"td", "th"}), frozenset({"tr"}) | _TABLE_SCOPE),
    "th": (frozenset({"td", "th"}), frozenset({"tr"}) | _TABLE_SCOPE),
    "tbody": (frozenset({"tbody", "thead", "tfoot"}), _TABLE_SCOPE),
    "thead": (frozenset({"tbody", "thead", "tfoot"}), _TABLE_SCOPE),
    "tfoot": (frozenset({"tbody", "thead", "tfoot"}), _TABLE_SCOPE),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "optgroup"}) | _TABLE_SCOPE),
    "optgroup": (frozenset({"option", "optgroup"}), frozenset({"select"}) | _TABLE_SCOPE),
    "a": (frozenset({"a"}), _BUTTON_SCOPE),  # links do not nest: a new one ends the open one
}
_P_ONLY = (frozenset({"p"}), _BUTTON_SCOPE)
_END_TAGS_IGNORED = frozenset({"html", "body"})  # a browser reads on after them: so does the scan


# A browser shows the markup's runs of spaces, tabs and line breaks as one space, and none where a line begins; <pre>
# and <textarea> keep theirs. "<p>Il vous demande … le code reçu par SMS\npour « annuler » …</p>" is one line and one
# sentence, as its reader sees it: the markup's line break was read as a new line (a sentence's end, a list's next line).
_WHITESPACE_RUN = re.compile(r"[ \t\n\r\f]+")

_BUTTON_INPUTS = frozenset({"submit", "button", "reset"})
_FIELD_TEXT_LIMIT = 500  # characters of one field's words: a placeholder is a line, not a page


def _shown_in_a_field(tag: str, attributes: dict) -> str:
    """What a form field shows of its own: an empty field's placeholder ("Enter your 12-word Secret Recovery
    Phrase", a wallet drainer's whole ask), a button's label. A hidden field shows nothing."""
    if tag == "textarea":
        shown = attributes.get("placeholder")
    elif tag != "input" or (kind := (attributes.get("type") or "text").lower()) == "hidden":
        return ""
    else:
        # (a field with a value shows it, not its placeholder; a value is the page's own only on a button: the
        # extension never sends what a reader typed)
        shown = attributes.get("value") if kind in _BUTTON_INPUTS else None if attributes.get("value") else attributes.get("placeholder")
    return " ".join((shown or "").split())[:_FIELD_TEXT_LIMIT]


@dataclass
class Link:
    href: str
    start: int  # span of the link's text in the visible text
    end: int


# A Markdown link, "[https://discord.com/nitro](https://dlscord-gift.com/nitro)", as Discord, Telegram, Reddit and GitHub
# write one and copy it as text: its text shows one thing and it opens another (Discord's "masked links", a phishing staple)
MARKDOWN_LINK = re.compile(r"\[(?P<shown>[^\[\]\n]{1,500})\]\((?P<href>https?://[^\s()<>]+(?:\([^\s()<>]*\)[^\s()<>]*)*)\)",
                           re.IGNORECASE)


def markdown_links(text: str) -> list[Link]:
    """The links a text writes in Markdown, each spanning its text, as a client that knows a page's links gives them."""
    if "](" not in text:
        return []  # (most texts: spared the pattern)
    return [Link(href=found.group("href"), start=found.start("shown"), end=found.end("shown"))
            for found in MARKDOWN_LINK.finditer(text)]


@dataclass
class Page:
    text: str
    title: str = ""
    links: list[Link] = field(default_factory=list)
    language: str | None = None  # the page's language tag: <html lang>, else <meta http-equiv="content-language">
    # Where each list item's lines begin (<li>, <dt>, <dd>): the start of the line its first visible text stands
    # on, in order. The text holds no bullet or number for them (a browser's own text has none), and a list's
    # heading warns of its items only where they are known to be items (`signals.find`'s `list_items`).
    list_items: list[int] = field(default_factory=list)
    # Which of those are a description list's terms (<dt>): a term says what the descriptions (<dd>) under it are, up to
    # the next term ("<dt>Phantom support</dt><dd>+1 808 …</dd>": the number is presented as Phantom's).
    terms: list[int] = field(default_factory=list)
    # The spans of what form fields show of their own (an empty field's placeholder, a button's label): a field
    # that shows "Enter your Secret Recovery Phrase" asks for it (`signals.find`'s `fields`).
    fields: list[tuple[int, int]] = field(default_factory=list)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.open: list[str] = []  # the open elements, outermost first
        self.where_open: dict[str, list[int]] = {}  # each tag's open elements, by their place in `open`
        self.hidden_from: int | None = None  # where in `open` the outermost element not shown is
        # The elements whose own style sets their visibility, by their place in `open`, and whether it hides them: unlike
        # display, a child may show again ("visibility: visible" inside a hidden one)
        self.visibility: list[tuple[int, bool]] = []
        self.links: list[Link] = []
        self.open_links: list[tuple[str, int, int]] = []
        self.overriding: list[int] = []  # the places in `open` of the elements that reverse their text
        self.title_parts: list[str] = []
        self.in_title = False
        self.html_lang: str | None = None
        self.meta_lang: str | None = None
        self.item_waiting: str | bool = False  # the tag of a list's item that has begun and shown no text yet
        self.item_texts: list[int] = []  # where each item's first visible character is in the text
        self.term_texts: list[int] = []  # ... of those, each <dt>'s
        self.fields: list[tuple[int, int]] = []  # spans of what form fields show of their own (Page.fields)
        self.hiding_classes: set[str] = set()  # classes and ids the page's own <style> hides (_read_style_sheet)
        self.hiding_ids: set[str] = set()
        self.zero_font: set[int] = set()  # the places in `open` of the elements whose own style sets a font size of zero
        self.see_through: set[int] = set()  # ... whose own style makes their text see-through (_see_through)
        self.blocks: set[int] = set()  # ... that are laid out as blocks, each a line of its own
        self.shown_last = False  # whether the text emitted last is shown for certain (not a see-through element's)

    def _emit(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n")

    @property
    def hidden(self) -> bool:
        return self.hidden_from is not None or bool(self.visibility) and self.visibility[-1][1]

    def _push(self, tag: str, hides: bool) -> bool:
        if len(self.open) >= MAX_OPEN_ELEMENTS:
            return False
        if hides and self.hidden_from is None:
            self.hidden_from = len(self.open)
        self.where_open.setdefault(tag, []).append(len(self.open))
        self.open.append(tag)
        return True

    def _close_to(self, position: int) -> None:
        """Close the open element at `position` and every element inside it."""
        while len(self.open) > position:
            tag = self.open.pop()
            self.where_open[tag].pop()
            self.zero_font.discard(len(self.open))
            self.see_through.discard(len(self.open))
            self.blocks.discard(len(self.open))
            if self.visibility and self.visibility[-1][0] == len(self.open):
                self.visibility.pop()
            if self.item_waiting and tag in _LIST_ITEMS:  # an item with no text: what follows it is none of it
                self.item_waiting = False
            closed = []  # an <a>, or an element that dials: its href and what its click handler opens
            while self.open_links and self.open_links[-1][2] == len(self.open):
                closed.append(self.open_links.pop())
            self.links.extend(Link(href=href, start=start, end=self.length) for href, start, _ in reversed(closed))
            if self.overriding and self.overriding[-1] == len(self.open):
                self.overriding.pop()
                self._emit("\u202c")
        if self.hidden_from is not None and self.hidden_from >= len(self.open):
            self.hidden_from = None

    def _close_implied(self, tag: str) -> None:
        if tag in _IMPLIED_ENDS:
            self._close_nearest(*_IMPLIED_ENDS[tag])
        if tag in _CLOSES_P:  # after an <li> closed its open <li>: a <p> outside it closes too
            self._close_nearest(*_P_ONLY)

    def _close_nearest(self, closes: frozenset[str], scope: frozenset[str]) -> None:
        """Close the innermost open element of `closes`, unless one of `scope` is open inside it. Looked up by
        tag, not by walking down the open elements: a page of thousands of nested tags costs no more."""
        where_open, nearest = self.where_open, -1
        for tag in closes:
            if (places := where_open.get(tag)) and places[-1] > nearest:
                nearest = places[-1]
        if nearest < 0:
            return
        for tag in scope:
            if (places := where_open.get(tag)) and places[-1] > nearest:
                return
        self._close_to(nearest)

    def _innermost(self, tag: str) -> int:
        places = self.where_open.get(tag)
        return places[-1] if places else -1

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "title":
            self.in_title = True
        # (of an attribute written twice the first counts, as in a browser: "<span style='color:red' style='display:none'>9"
        # shows its 9)
        attributes = dict(reversed(attrs))
        if tag == "html" and self.html_lang is None:
            self.html_lang = attributes.get("lang") or attributes.get("xml:lang")
        elif tag == "meta" and self.meta_lang is None and (attributes.get("http-equiv") or "").lower() == "content-language":
            self.meta_lang = attributes.get("content")
        self._close_implied(tag)
        style = declarations(attributes["style"]) if "style" in attributes and attributes["style"] else _NO_STYLE
        display = style.get("display") if style else None
        # (a page that hides its whole <html> or <body> shows it once its scripts have run, as they do for every visitor:
        # "<body style='display:none'>" with a script that shows it hid a fake help page's every number from the scan)
        hides = tag not in _THE_WHOLE_PAGE and (
            tag in _SKIPPED or display == "none" or self._hidden_by_the_style_sheet(attributes)
            or (tag in _SHOWN_ONLY_AT_TIMES or not _ATTRIBUTES_THAT_HIDE.isdisjoint(attributes))
            and not _shown_when_loaded(tag, attributes, display))
        tracked = tag not in _VOID and self._push(tag, hides)
        if style and tracked:
            if (visibility := style.get("visibility")) and visibility not in ("inherit", "unset") and tag not in _THE_WHOLE_PAGE:
                self.visibility.append((len(self.open) - 1, visibility in ("hidden", "collapse")))
            if not self.hidden and (size := style.get("font-size")) and _ZERO_SIZE.fullmatch(size):
                self.zero_font.add(len(self.open) - 1)
            if not self.hidden and _see_through(style):
                self.see_through.add(len(self.open) - 1)
        if self.hidden:
            return
        block = tag in _BLOCK if display is None or display in _GLOBAL_VALUES else display.split()[0] in _BLOCK_DISPLAYS
        if block:
            self._newline()
            if tracked:
                self.blocks.add(len(self.open) - 1)
        elif tag in _CELL:
            self._emit(" \t ")
        if tracked and tag in _LIST_ITEMS:
            self.item_waiting = tag
        if tracked and _overrides_right_to_left(tag, attributes, style):
            self.overriding.append(len(self.open) - 1)
            self._emit("\u202e")
        href = href_as_a_browser_reads_it(attributes.get("href") or "") if tag == "a" else ""
        if tracked and (href or attributes.keys() & _TAP_ATTRIBUTES):
            # (with the position of its element, which closes it; an element that dials or opens an address on a tap is a
            # link to it, and a link whose click handler opens another address a link to both: '<a href="https://www.paypal.com"
            # onclick="location.href='https://evil.com';return false">' was PayPal's, official, where a click opens evil.com
            # alone, and window.open opens both)
            scripted = not href or href[:11].lower() == "javascript:"
            tapped = _opened_on_a_tap(attributes, href) if scripted else _opened_by_a_click(attributes)
            for target in dict.fromkeys(filter(None, (None if scripted and tapped else href, tapped))):
                self.open_links.append((target, self.length, len(self.open) - 1))
        if shown := _shown_in_a_field(tag, attributes):
            self._newline()
            self.fields.append((self.length, self.length + len(shown)))
            self._emit(shown)
            self._newline()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag == "title":
            self.in_title = False
        if tag == "br" or tag == "p" and self._innermost("p") < 0:
            # "13</br>812": a browser reads a <br> there, and a "</p>" with no paragraph open as an empty one: a line's end
            # (the scan read one number, 13812…, where the page shows two lines)
            self.handle_starttag(tag, [])
            if tag == "p":
                self.handle_endtag(tag)
            return
        # Close up to the matching open element; other stray end tags are ignored, as browsers do.
        if tag in _END_TAGS_IGNORED or (position := self._innermost(tag)) < 0:
            return
        was_block = position in self.blocks
        self._close_to(position)
        if was_block:
            self._newline()

    def _hidden_by_the_style_sheet(self, attributes: dict) -> bool:
        if self.hiding_classes and (classes := attributes.get("class")) and not self.hiding_classes.isdisjoint(classes.split()):
            return True
        return bool(self.hiding_ids) and attributes.get("id") in self.hiding_ids

    def _read_style_sheet(self, css: str) -> None:
        for selectors, declarations in _top_level_rules(css):
            if not _hides(declarations):
                continue
            plain = [_PLAIN_SELECTOR.fullmatch(selector) for selector in selectors.split(",")]
            if not all(plain):
                continue  # a rule with any other selector in it is left out whole
            for match in plain:
                names = self.hiding_classes if match.group(1) == "." else self.hiding_ids
                if len(self.hiding_classes) + len(self.hiding_ids) < MAX_HIDING_NAMES:
                    names.add(match.group(2))

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.open and self.open[-1] == "style":
            self._read_style_sheet(data)
        see_through = bool(self.see_through) and len(self.open) - 1 in self.see_through
        if see_through and len(data) <= MAX_SALT_CHARACTERS and self.shown_last and self.parts and self.parts[-1][-1:].isalnum():
            return  # salt: see _TRANSPARENT_COLOUR
        if not self.hidden and not (self.zero_font and len(self.open) - 1 in self.zero_font):
            self.shown_last = not see_through
            if not (self.where_open.get("pre") or self.where_open.get("textarea")):
                # (most text between tags is a line break and indentation: looked for before the pattern is run)
                if "\n" in data or "  " in data or "\t" in data or "\r" in data or "\f" in data:
                    data = _WHITESPACE_RUN.sub(" ", data)
                if data[:1] == " " and (not self.parts or self.parts[-1][-1:] in ("\n", " ")):
                    data = data[1:]
            if self.item_waiting:
                self._begin_item(data)
            self._emit(data)

    def _begin_item(self, data: str) -> None:
        shown = data.lstrip()  # the markup's line breaks and indentation before an item's text are none of it
        if shown:
            self.item_texts.append(self.length + len(data) - len(shown))
            if self.item_waiting == "dt":
                self.term_texts.append(self.item_texts[-1])
            self.item_waiting = False


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of a style sheet's rules outside at-rules, read by its braces in one pass."""
    rules, depth, opened_at, selector_from, at_rule = [], 0, 0, 0, False
    for brace in _BRACE.finditer(css):
        if brace.group() == "{":
            if depth == 0:
                selectors = css[selector_from:brace.start()]
                at_rule = selectors.lstrip().startswith("@")
                opened_at = brace.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                if not at_rule:
                    rules.append((selectors[-1000:], css[opened_at:brace.start()]))
                selector_from = brace.end()
    return rules


def href_as_a_browser_reads_it(href: str) -> str:
    """A link's address as a browser reads it: with no tab or line break anywhere and no space or control character at
    either end ("https://www.paypal.com&#10;.evil.com" opens www.paypal.com.evil.com: it was read as two lines, no address),
    and as "scheme://host…" where it opens another host and writes no scheme, or no or other slashes after it."""
    href = _WITHIN_AN_ADDRESS.sub("", href).strip(_AROUND_AN_ADDRESS)
    if relative := _SCHEME_RELATIVE.match(href):
        return "https://" + href[relative.end():]
    if scheme := _A_WEB_SCHEME.match(href):
        return f"{scheme.group(1).lower()}://{href[scheme.end():]}"
    return href


def _opened_on_a_tap(attributes: dict, href: str = "") -> str | None:
    """The tel:, sms: or web address a click handler or a javascript: link opens ('<a href="javascript:location.href=
    \'https://evil.com\'">https://www.paypal.com</a>': its text was PayPal's, official), or the number a data-tel or
    data-phone attribute holds."""
    if target := _opened_by_a_click(attributes) or _opened_by(href):
        return target
    for name in _DIAL_ATTRIBUTES:
        if (number := (attributes.get(name) or "").strip()) and _DIALLED.fullmatch(number):
            return "tel:" + number
    return None


def _opened_by_a_click(attributes: dict) -> str | None:
    """The tel:, sms: or web address a click handler opens (or a press's handler, which may swap the link's href)."""
    return next(filter(None, (_opened_by(attributes.get(name)) for name in _CLICK_HANDLERS)), None)


def _opened_by(script: str | None) -> str | None:
    """The tel:, sms: or web address a script (a handler's, a javascript: link's) opens, or None."""
    return target.group(1).strip() if script and (target := _CLICK_TARGET.search(script)) else None


def _overrides_right_to_left(tag: str, attributes: dict, style: dict[str, str]) -> bool:
    """<bdo dir="rtl">, or a style's "unicode-bidi: bidi-override" with a right-to-left direction, shows its text
    reversed: "95<bdo dir=rtl>881</bdo>" shows 95188 and holds 95881. Its text is written between a right-to-left
    override and its pop (U+202E, U+202C), the characters that do the same in text, so the scan reads both."""
    direction = (attributes.get("dir") or "").lower()
    if tag == "bdo":
        return direction == "rtl"
    return style.get("unicode-bidi") == "bidi-override" and (style.get("direction") or direction) == "rtl"


_NO_STYLE: dict[str, str] = {}


_SHOWN_ONLY_AT_TIMES = frozenset({"dialog", "object"})
_THE_WHOLE_PAGE = frozenset({"html", "body"})
_ATTRIBUTES_THAT_HIDE = frozenset({"hidden", "popover"})


def _shown_when_loaded(tag: str, attributes: dict, display: str | None) -> bool:
    """Whether the page as loaded shows the element, as a browser's own style sheet says: not one marked hidden, a
    popover, a <dialog> not open, unless the element's own style gives it a display (but hidden="until-found"); not an
    <object>'s content where it has a resource to show ("<object data=…>"; one with none shows its content)."""
    if tag == "object" and attributes.get("data"):
        return False
    if "hidden" in attributes or "popover" in attributes or tag == "dialog" and "open" not in attributes:
        return display not in (None, "revert", "revert-layer") and (attributes.get("hidden") or "").lower() != "until-found"
    return True


def declarations(css: str) -> dict[str, str]:
    """A style's declarations as a browser applies them: each property's value, lower-cased, without comments and
    escapes; of a property declared twice the last (an !important one over one that is not), of the properties the
    scan judges only a value the property can take (see _DISPLAY_VALUES). Cached where short (a page repeats its styles;
    long ones, up to a tag's 4 KB, would hold 16 MB for nothing): not to be changed by the caller."""
    return _cached_declarations(css) if len(css) <= MAX_CACHED_STYLE else _declarations(css)


MAX_CACHED_STYLE = 500  # characters of a style attribute whose declarations are kept for the next element that has it


@lru_cache(maxsize=4096)
def _cached_declarations(css: str) -> dict[str, str]:
    return _declarations(css)


def _declarations(css: str) -> dict[str, str]:
    if "/*" in css:
        css = _CSS_COMMENT.sub("", css)
    if "\\" in css:
        css = _CSS_ESCAPE.sub(lambda escape: chr(int(escape.group(1), 16)) if escape.group(1) else escape.group(2), css)
    declared: dict[str, str] = {}
    important: set[str] = set()
    for declaration in css.lower().split(";"):
        name, colon, value = declaration.partition(":")
        if not colon:
            continue
        name, value = name.strip(), value.strip()
        marked_important = "!" in value and (bang := _IMPORTANT.search(value)) is not None
        if marked_important:
            value = value[:bang.start()]
        elif name in important:
            continue
        if value and ((valid := _VALID_VALUE.get(name)) is None or valid(value)):
            declared[name] = value
            if marked_important:
                important.add(name)
    return declared


def _hides(css: str) -> bool:
    style = declarations(css)
    return style.get("display") == "none" or style.get("visibility") in ("hidden", "collapse")


def _see_through(style: dict[str, str]) -> bool:
    if (opacity := style.get("opacity")) and _ZERO_OPACITY.fullmatch(opacity):
        return True
    return bool((colour := style.get("color")) and _TRANSPARENT_COLOUR.fullmatch(colour)) \
        and "text" not in style.get("background-clip", "") + style.get("-webkit-background-clip", "")


# A '<' that does not open a tag closed by '>' before the next '<' is text. Escaping those first keeps
# the tokenizer linear: on runs like "<a<a<a…" it otherwise rescans its buffer (quadratic time).
_STRAY_LT = re.compile(r"<(?![A-Za-z/!?][^<>]{0,4096}>)")
_TAG = re.compile(r"<[^<>]{0,4096}>")
# "<!-->" and "<!--->" are empty comments to a browser ("400<!--->-820-1688" shows 400-820-1688); the tokenizer reads
# them as text, or as a comment running to the next "-->"
_EMPTY_COMMENT = re.compile(r"<!---?>")


def extract(html: str) -> Page:
    parser = _Extractor()
    if "<!-->" in html or "<!--->" in html:
        html = _EMPTY_COMMENT.sub("", html)
    try:
        parser.feed(_STRAY_LT.sub("&lt;", html))
        parser.close()
    except (AssertionError, ValueError):
        # The tokenizer gave up on malformed markup (e.g. "<![" runs): fall back to dropping tags.
        return Page(text=_TAG.sub(" ", html))
    for href, start, _ in parser.open_links:  # unclosed <a>: its text runs to the end
        parser.links.append(Link(href=href, start=start, end=parser.length))
    text = "".join(parser.parts)
    return Page(text=text, title=" ".join("".join(parser.title_parts).split()), links=parser.links,
                language=(parser.html_lang or parser.meta_lang or "")[:35] or None,
                list_items=[text.rfind("\n", 0, first) + 1 for first in parser.item_texts],
                terms=[text.rfind("\n", 0, first) + 1 for first in parser.term_texts], fields=parser.fields)
