"""The host and path the check reads in a web address (registry/normalize.py) against those Debian's Chromium's URL parser
gives the same address: the ways of hiding a site or an account behind another's name that the check once read otherwise."""

from __future__ import annotations

import pytest

from registry import normalize
from tests.browser.server import chromium, playwright_or_skip

sync_api = playwright_or_skip("the check's reading of web addresses was")


@pytest.fixture(scope="module")
def page():
    with chromium(sync_api) as browser:
        yield browser.new_page()


ADDRESSES = [
    # a full-width backslash, slash, question mark or hash before the '@' is part of the userinfo, not a delimiter: the
    # site is the one after the '@' (the check made each an ASCII delimiter first and read paypal.com, official)
    "https://paypal.com\uff3c@login-check.com/signin",
    "https://paypal.com\uff0f@login-check.com",
    "https://paypal.com\uff1f@login-check.com",
    "https://paypal.com\uff03@login-check.com",
    "https://login-check.com\uff3c@paypal.com",
    # ... where the ASCII ones are delimiters, and the rest the browser's own readings the check already followed
    "https://login-check.com\\@paypal.com",
    "https://paypal.com%2F@login-check.com",
    "https://paypal.com%2eevil.net/login",
    "https://paypal\uff0ecom/signin",
    "https://www.paypal.com@login-check.com",
    "https://paypal.com\uff1a443@login-check.com",
]


PATHS = [
    # a path's dot segments, plain, percent-encoded or after a backslash, go up a level: the account opened is the one
    # after them (the check read the one before, MetaMask's, official)
    "https://twitter.com/metamasksupport/../scammer",
    "https://twitter.com/metamasksupport/%2e%2e/scammer",
    "https://twitter.com/metamasksupport/.%2E/scammer",
    "https://twitter.com/metamasksupport\\..\\scammer",
    "https://x.com/scammer/../metamasksupport",
    "https://t.me/a/b/./../../monobankbot",
    "https://example.com/b/.a/..",  # (Node 20's URL parser leaves this one as it is; Chromium and the standard do not)
    "https://example.com/a/..",
    "https://example.com/a/.",
    "https://example.com/...",
]


@pytest.mark.parametrize(("address", "part"), [(address, "hostname") for address in ADDRESSES] + [(address, "pathname") for address in PATHS])
def test_the_check_reads_the_host_and_path_chromium_opens(page, address, part):
    opened = page.evaluate("([address, part]) => new URL(address)[part]", [address, part])
    typed = normalize.read_domain(address)
    assert (typed.host if part == "hostname" else typed.path) == opened



LOOKALIKES = [(f"https://www.paypal.com{dot}verify-account.net/", "www.paypal.com.verify-account.net", normalize.DotLookalikeInHost)
              for dot in normalize.DOT_LOOKALIKES] + \
             [(f"https://paypal.com{hyphen}secure.net/", "paypal.com-secure.net", normalize.HyphenLookalikeInHost)
              for hyphen in normalize.HYPHEN_LOOKALIKES]


@pytest.mark.parametrize(("address", "shown", "disguise"), LOOKALIKES)
def test_no_browser_reads_a_dot_or_hyphen_lookalike_as_the_character_it_shows(page, address, shown, disguise):
    # the check says an address with one is another than it shows ("www.paypal.com·verify-account.net": an IDN host of its
    # own, or none); 。, ． and ｡, which Chromium makes dots, it reads as dots (ADDRESSES), and ﹣ and －, hyphens (test_check)
    opened = page.evaluate("address => { try { return new URL(address).hostname } catch (error) { return null } }", address)
    assert opened != shown and (opened is None or "xn--" in opened)
    with pytest.raises(disguise) as disguised:
        normalize.read_domain(address)
    assert disguised.value.shown == shown


# A symbol or an emoji in a host, which IDNA2008 refuses and a browser's UTS46 processing keeps: the check said
# "characters no domain name can have", and a page's "www.paypal.com©verify.net" was no finding, or www.paypal.com, official
SYMBOLS = ["https://www.paypal.com\u00a9verify.net/", "https://www.\u2605paypal.com/signin", "https://support\u2764paypal.com/",
           "https://pay\U0001f600pal.com/", "https://www.paypal.com\u00bfverify.net/", "https://www.paypal.com\u24e5erify.net/",
           "https://www.paypal.com\u20acverify.net/"]


@pytest.mark.parametrize("address", SYMBOLS)
def test_the_check_reads_a_symbol_in_a_host_as_chromium_does(page, address):
    opened = page.evaluate("address => new URL(address).hostname", address)
    assert normalize.read_domain(address).host == opened
    assert normalize.read_domain(address.removeprefix("https://").rstrip("/")).host == opened


@pytest.mark.parametrize("address", ["https://www.paypal.com\u05d0verify.net/", "https://pay\u0628pal.com/"])
def test_a_right_to_left_letter_against_the_bidi_rule_is_a_host_neither_opens(page, address):
    # (Chromium keeps the Bidi Rule in a name with a right-to-left letter: a Hebrew or Arabic letter inside a Latin label
    # opens nothing, where the check's reading of symbols would have judged a host)
    assert page.evaluate("address => { try { return new URL(address).hostname } catch (error) { return null } }", address) is None
    with pytest.raises(normalize.NotADomain):
        normalize.read_domain(address)
