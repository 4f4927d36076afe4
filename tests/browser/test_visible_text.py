"""What the page scan reads as a page's visible text (registry/htmltext.py) against what Debian's Chromium shows of
the same markup: the ways to break or salt a number that the scan once read otherwise."""

from __future__ import annotations

import re

import pytest

from registry import htmltext
from tests.browser.server import chromium, playwright_or_skip
from tests.registry.test_scan import SHOWN_AS_A_BROWSER_SHOWS

sync_api = playwright_or_skip("the scan's reading of markup was")


@pytest.fixture(scope="module")
def page():
    with chromium(sync_api) as browser:
        yield browser.new_page()


def lines_shown(text: str) -> str:
    """A text's lines as a reader sees them: a browser's empty lines between paragraphs and its runs of spaces are no
    difference to the numbers on them."""
    text = re.sub(r"[ \t\u00a0]+", " ", text.replace("\u202e", "").replace("\u202c", ""))
    return re.sub(r" *\n[ \n]*", "\n", text).strip()


# The page's text as Chromium lays it out (innerText), less what its computed style shows nothing of that innerText keeps:
# text in a font of size zero, see-through (opacity 0, a colour of alpha 0), or under content-visibility: hidden
# (hidden="until-found"). Chromium's own reading of each style (its comments, escapes, repeated and invalid
# declarations) is what the scan's is held against.
SHOWN_TEXT = """() => {
    for (const element of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const seeThrough = style.opacity === '0' || /^rgba\\(.*, 0\\)$|^transparent$/.test(style.color);
        if (style.contentVisibility === 'hidden') element.textContent = '';
        else if (style.fontSize === '0px' || seeThrough)
            for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) node.textContent = '';
    }
    return document.body.innerText;
}"""


@pytest.mark.parametrize(("html", "shown"), SHOWN_AS_A_BROWSER_SHOWS)
def test_the_scan_reads_what_chromium_shows(page, html, shown):
    markup = f"<!doctype html><html><body>{html}</body></html>"
    page.set_content(markup)
    assert lines_shown(page.evaluate(SHOWN_TEXT)) == shown
    assert lines_shown(htmltext.extract(markup).text) == shown
