"""The tables of addresses that do not speak for the site they are on (registry/data/links.yaml): the file
passes the validator (every entry's examples are recognised as it says, its counter-examples are not), and
the readers hold only where they should."""

from __future__ import annotations

import pytest

from registry import links, normalize, validation

SHAPES = links.shapes()
USER_PAGES = [shape for shape in SHAPES if shape.kind == "user_page"]
WALLET_LINKS = [shape for shape in SHAPES if shape.kind == "wallet_link"]
REDIRECTS = [shape for shape in SHAPES if shape.kind == "redirect"]
CHAT_NUMBERS = [shape for shape in SHAPES if shape.kind == "chat_number"]
SOCIAL_PROFILES = [shape for shape in SHAPES if shape.kind == "social_profile"]
SCHEMES = list(links.app_schemes().values())
NOTHING = (None,) * 5


def recognised(address: str) -> tuple:
    """What each reader makes of an address: (user page, wallet link, redirect, chat number, social profile)."""
    typed = normalize.read_domain(address)
    return (links.user_page(typed), links.wallet_link(typed), links.redirect(typed), links.chat_number(typed),
            links.social_profile(typed))


def test_the_file_has_every_kind_of_entry():
    assert USER_PAGES and WALLET_LINKS and REDIRECTS and CHAT_NUMBERS and SOCIAL_PROFILES
    assert {bool(scheme.provider) for scheme in SCHEMES} == {True, False}  # wallets' and chat apps'


def test_every_entry_is_well_formed_and_its_examples_are_read_as_it_says(bundled_index):
    """`registry validate`'s checks: each entry names a provider the registry has (or, for a redirect, chat link
    or profile, a service) and a reason the answers can say; each example is read as it says, each
    counter-example as none of the kinds; each app scheme's example is its web link."""
    problems = validation.validate_links_file(links.LINKS_FILE, provider_slugs=bundled_index.providers)
    assert [str(problem) for problem in problems] == []


def test_a_platforms_redirect_is_no_profile_on_it():
    # l.facebook.com is under facebook.com, whose profiles are facebook.com/<name>: l.php is not a name
    assert recognised("https://l.facebook.com/l.php?u=https%3A%2F%2Fx.com")[2:] == (links.Redirect("Facebook", "https://x.com"), None, None)


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


@pytest.mark.parametrize("address", ["https://link.trustwallet.com/open_url?url=x", "trustx://open_url", "imtokenv2://navigate/DappView",
                                     "javascript://trust", "trust:open_url", "whatsapp:send?phone=1"])
def test_other_addresses_are_no_app_scheme(address):
    assert links.as_web_link(address) is None


@pytest.mark.parametrize(("domain", "service"), [("googlemail.com", "Gmail"), ("foxmail.com", "QQ Mail"), ("yeah.net", "NetEase Mail"),
                                                 ("accounting-firm.com", None), ("gmail.com.evil.net", None)])
def test_a_free_mail_service_is_known_by_each_of_its_domains_and_nothing_else(domain, service):
    assert links.free_mail_service(domain) == service


# A provider's domains with the same name and another ending, where a user page's or wallet link's shape on one is not
# on the other, each for its reason. Anything else is a gap: listing metamask.com made link.metamask.com/dapp/<any site>
# and community.metamask.com/t/<a post> "official" until their .io twins' entries took them.
NOT_TWINS = {
    ("cash-app", "cash.app", "cash.me"), ("cash-app", "cash.me", "cash.app"),  # the same $Cashtag shape, an entry each
    ("paypal", "paypal.com", "paypal.me"),  # paypal.me/<anything> is a user's page already
    ("paypal", "paypal.me", "paypal.com"),  # paypal.com/<name> is PayPal's own page (its PayPal.Me is /paypalme/<name>)
    ("revolut", "revolut.com", "revolut.me"),  # revolut.me/<anything> is a user's page already
    ("paytm", "paytm.me", "paytm.com"), ("paytm", "paytm.me", "paytm.in"),  # paytm.me is the payment links' host alone
    ("metamask", "metamask.io", "metamask.github.io"), ("metamask", "metamask.com", "metamask.github.io"),  # a platform's
    ("monobank", "monobank.ua", "monobank.com.ua"),  # its older domain: no send or jar pages there
}


def test_a_shape_on_a_providers_domain_is_on_its_twin_with_another_ending_too(bundled_index):
    """A user page's or wallet link's hosts on one of a provider's registered domains are on each of its domains with
    the same name and another ending, or the pair is in NOT_TWINS with its reason."""
    from registry import canonical
    registrables = {slug: {canonical.registrable_domain(entry.value) for entry in provider.channels
                           if entry.kind.value == "website" and entry.published}
                    for slug, provider in bundled_index.providers.items()}
    shapes = USER_PAGES + WALLET_LINKS
    # (the same shape may stand in an entry of its own on the twin, with that host's source)
    covered = {(shape.kind, shape.provider, shape.pattern.pattern, host) for shape in shapes for host in shape.hosts}
    gaps = set()
    for shape in shapes:
        for host in shape.hosts if shape.provider else ():
            mine = canonical.registrable_domain(host)
            for other in registrables.get(shape.provider, ()):
                twin = host[: len(host) - len(mine)] + other
                if other != mine and other.split(".")[0] == mine.split(".")[0] \
                        and (shape.kind, shape.provider, shape.pattern.pattern, twin) not in covered \
                        and (shape.provider, mine, other) not in NOT_TWINS:
                    gaps.add((shape.provider, host, twin, shape.pattern.pattern))
    assert sorted(gaps) == []
