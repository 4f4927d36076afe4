"""The tables of addresses that do not speak for the site they are on (registry/data/links.yaml): every
entry's examples are recognised as it says, its counter-examples are not, and each entry names a provider
the registry has (or, for a redirect or chat link, a service) and a reason the answers can say."""

from __future__ import annotations

import pytest

from registry import canonical, links, messages, normalize

SHAPES = links.shapes()
USER_PAGES = [shape for shape in SHAPES if shape.kind == "user_page"]
WALLET_LINKS = [shape for shape in SHAPES if shape.kind == "wallet_link"]
REDIRECTS = [shape for shape in SHAPES if shape.kind == "redirect"]
CHAT_NUMBERS = [shape for shape in SHAPES if shape.kind == "chat_number"]
SOCIAL_PROFILES = [shape for shape in SHAPES if shape.kind == "social_profile"]
NOTHING = (None,) * 5


def recognised(address: str) -> tuple:
    """What each reader makes of an address: (user page, wallet link, redirect, chat number, social profile)."""
    typed = normalize.read_domain(address)
    return (links.user_page(typed), links.wallet_link(typed), links.redirect(typed), links.chat_number(typed),
            links.social_profile(typed))


def test_every_entry_is_well_formed(bundled_index):
    assert USER_PAGES and WALLET_LINKS and REDIRECTS and CHAT_NUMBERS and SOCIAL_PROFILES
    for shape in SHAPES:
        if shape.kind in ("redirect", "chat_number", "social_profile"):  # other services than the registry's providers
            assert shape.provider is None and shape.service and shape.source_url, shape.service
            # what the link carries: the pattern's group, or the query's parameters, never both
            group = {"redirect": "target", "chat_number": "number", "social_profile": "handle"}[shape.kind]
            # (or nothing: a redirect hiding the address it opens)
            assert (group in shape.pattern.groupindex) + bool(shape.parameters) == (not shape.hides_target), shape.service
            assert not shape.hides_target or shape.kind == "redirect"
            assert shape.encoding is None or (shape.encoding in links.ENCODINGS and shape.kind == "redirect")
            # a profile's platform is one a social channel's value may name (x:metamasksupport)
            assert (shape.platform is not None) == (shape.kind == "social_profile")
            assert shape.platform is None or canonical.SOCIAL_ID.match(f"{shape.platform}:handle"), shape.platform
        else:
            assert shape.provider in bundled_index.providers and shape.service is None, shape.provider
        assert shape.examples and shape.hosts
        assert shape.reason in messages.CATALOG and {"en", "zh"} <= set(messages.CATALOG[shape.reason])
        assert (shape.source_url is None) == (shape.excerpt is None) == (shape.source_kind is None), shape.provider
        assert shape.source_kind in (None, *links.SOURCE_KINDS)
    for shape in USER_PAGES:
        assert shape.reason in links.USER_PAGE_REASONS
    for shape in WALLET_LINKS:
        # what a wallet's link opens is read out of it: only shapes its maker documents
        assert shape.source_url.startswith("https://") and shape.source_kind == "official_docs" and shape.excerpt
        assert "target" in shape.pattern.groupindex


@pytest.mark.parametrize(("shape", "address"), [(s, a) for s in USER_PAGES for a in s.examples],
                         ids=lambda value: value if isinstance(value, str) else value.provider)
def test_each_user_page_example_is_recognised(shape, address):
    page = links.user_page(normalize.read_domain(address))
    assert page is not None and (page.reason, page.provider) == (shape.reason, shape.provider)


@pytest.mark.parametrize(("shape", "address", "opens"), [(s, a, host) for s in WALLET_LINKS for a, host in s.examples.items()],
                         ids=lambda value: value if isinstance(value, str) else value.provider)
def test_each_wallet_link_example_opens_its_site(shape, address, opens):
    link = links.wallet_link(normalize.read_domain(address))
    assert link is not None and link.provider == shape.provider
    assert normalize.read_domain(link.target).host == opens


@pytest.mark.parametrize(("shape", "address", "opens"), [(s, a, host) for s in REDIRECTS for a, host in s.examples.items()],
                         ids=lambda value: value.service if isinstance(value, links.LinkShape) else str(value))
def test_each_redirect_example_opens_its_address(shape, address, opens):
    redirect = recognised(address)[2]
    assert redirect is not None and redirect.service == shape.service
    if shape.hides_target:
        assert opens is None and redirect.target is None
    else:
        assert normalize.read_domain(redirect.target).host == opens


@pytest.mark.parametrize(("shape", "address", "number"), [(s, a, n) for s in CHAT_NUMBERS for a, n in s.examples.items()],
                         ids=lambda value: value.service if isinstance(value, links.LinkShape) else str(value))
def test_each_chat_link_example_carries_its_number(shape, address, number):
    chat = recognised(address)[3]
    assert chat == links.ChatNumber(shape.service, number)


@pytest.mark.parametrize(("shape", "address", "handle"), [(s, a, h) for s in SOCIAL_PROFILES for a, h in s.examples.items()],
                         ids=lambda value: value.service if isinstance(value, links.LinkShape) else str(value))
def test_each_social_profile_example_is_its_account(shape, address, handle):
    assert recognised(address)[4] == links.SocialProfile(shape.platform, shape.service, handle)


def test_a_platforms_redirect_is_no_profile_on_it():
    # l.facebook.com is under facebook.com, whose profiles are facebook.com/<name>: l.php is not a name
    assert recognised("https://l.facebook.com/l.php?u=https%3A%2F%2Fx.com")[2:] == (links.Redirect("Facebook", "https://x.com"), None, None)


@pytest.mark.parametrize("address", [a for s in SHAPES for a in s.counter_examples])
def test_each_counter_example_is_none_of_them(address):
    assert recognised(address) == NOTHING


@pytest.mark.parametrize("address", ["https://evil.net/$CashAppSupport", "https://evil.net/open_url?url=https://x.com",
                                     "https://paypal.com.evil.net/invoice/p/#1", "https://link.trustwallet.com.evil.net/open_url?url=https://x.com",
                                     "https://google.com.evil.net/url?q=https://x.com", "https://wa.me.evil.net/18005551234",
                                     "https://evil-safelinks.protection.outlook.com.evil.net/?url=https://x.com"])
def test_the_shapes_hold_only_on_their_own_hosts(address):
    assert recognised(address) == NOTHING


@pytest.mark.parametrize(("address", "opens"), [
    ("https://www.google.com/url?q=https://x.com&q=https://x.com", "x.com"),  # the same address twice: no doubt
    ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.com", "x.com"),  # any data centre's host
])
def test_a_redirect_is_read_through_where_there_is_no_doubt(address, opens):
    assert normalize.read_domain(recognised(address)[2].target).host == opens


@pytest.mark.parametrize("address", ["https://www.google.com/url?q=https://paypal.com&q=https://evil.net",
                                     "https://www.google.com/url?url=https://evil.net&q=https://paypal.com",
                                     "https://www.google.com/url?sa=t"])
def test_a_redirect_carrying_two_addresses_or_none_is_not_read_through(address):
    # which one the service opens is its own business: reading the wrong one could call evil.net official
    assert recognised(address)[2] is None


SCHEMES = list(links.app_schemes().values())


def test_every_app_scheme_is_sourced_and_its_web_links_are_its_apps(bundled_index):
    assert {bool(scheme.provider) for scheme in SCHEMES} == {True, False}  # wallets' and chat apps'
    for app in SCHEMES:
        assert app.scheme.isalpha() and app.same_as.endswith("/") and app.source_url.startswith("https://") and app.excerpt
        host = normalize.read_domain(app.same_as).host
        if app.provider:  # a wallet's: documented by its maker, and its web links are a wallet's links
            assert app.provider in bundled_index.providers and app.service is None and app.source_kind == "official_docs"
            assert host in {host for s in WALLET_LINKS for host in s.hosts}
        else:  # a messaging app's: its web links are chat links
            assert app.service and host in {host for s in CHAT_NUMBERS for host in s.hosts}


@pytest.mark.parametrize(("address", "web_link"), [(a, w) for s in SCHEMES for a, w in s.examples.items()])
def test_each_app_scheme_example_is_its_web_link(address, web_link):
    assert links.as_web_link(address) == web_link


@pytest.mark.parametrize("address", ["https://link.trustwallet.com/open_url?url=x", "trustx://open_url", "okx://wallet/dapp",
                                     "javascript://trust", "trust:open_url", "whatsapp:send?phone=1"])
def test_other_addresses_are_no_app_scheme(address):
    assert links.as_web_link(address) is None
