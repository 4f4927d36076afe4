"""The table of addresses on a provider's domain that do not speak for it (registry/data/links.yaml):
every entry's examples are recognised as it says, its counter-examples are not, and each entry names a
provider the registry has and a reason the answers can say."""

from __future__ import annotations

import pytest

from registry import links, messages, normalize

SHAPES = links.shapes()
USER_PAGES = [shape for shape in SHAPES if shape.kind == "user_page"]
WALLET_LINKS = [shape for shape in SHAPES if shape.kind == "wallet_link"]


def test_every_entry_is_well_formed(bundled_index):
    assert USER_PAGES and WALLET_LINKS
    for shape in SHAPES:
        assert shape.provider in bundled_index.providers, shape.provider
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


@pytest.mark.parametrize("address", [a for s in SHAPES for a in s.counter_examples])
def test_each_counter_example_is_neither(address):
    typed = normalize.read_domain(address)
    assert links.user_page(typed) is None and links.wallet_link(typed) is None


@pytest.mark.parametrize("address", ["https://evil.net/$CashAppSupport", "https://evil.net/open_url?url=https://x.com",
                                     "https://paypal.com.evil.net/invoice/p/#1", "https://link.trustwallet.com.evil.net/open_url?url=https://x.com"])
def test_the_shapes_hold_only_on_their_own_hosts(address):
    typed = normalize.read_domain(address)
    assert links.user_page(typed) is None and links.wallet_link(typed) is None


SCHEMES = list(links.wallet_schemes().values())


def test_every_wallet_scheme_is_sourced_and_its_web_links_are_a_wallets(bundled_index):
    assert SCHEMES
    for wallet in SCHEMES:
        assert wallet.provider in bundled_index.providers and wallet.scheme.isalpha() and wallet.same_as.endswith("/")
        assert wallet.source_url.startswith("https://") and wallet.source_kind == "official_docs" and wallet.excerpt
        assert normalize.read_domain(wallet.same_as).host in {host for s in WALLET_LINKS for host in s.hosts}


@pytest.mark.parametrize(("address", "web_link"), [(a, w) for s in SCHEMES for a, w in s.examples.items()])
def test_each_wallet_scheme_example_is_its_web_link(address, web_link):
    assert links.as_web_link(address) == web_link


@pytest.mark.parametrize("address", ["https://link.trustwallet.com/open_url?url=x", "trustx://open_url", "okx://wallet/dapp",
                                     "javascript://trust", "trust:open_url"])
def test_other_addresses_are_no_wallet_scheme(address):
    assert links.as_web_link(address) is None
