"""Each source's parse on its recorded page, and the page-text helpers on broken and huge input."""

from __future__ import annotations

import time

import pytest

from scrapers import (
    base,
    coinbase,
    kraken_phishing,
    kraken_phone,
    metamask,
    paypal_email_faq,
    paypal_phishing,
    runner,
    trust_wallet,
    venmo,
    wechat_pay,
)
from tests.scrapers.recorded import document, huge_page, text


def facts(candidates: list[base.Candidate]) -> set[tuple]:
    return {(c.subject_kind, c.key, c.value) for c in candidates}


def excerpt_of(candidates: list[base.Candidate], key: str) -> str:
    return next(c.excerpt for c in candidates if c.key == key)


class TestWeChatPay:
    def test_the_footer_number_is_the_merchant_line(self):
        found = wechat_pay.parse(document(wechat_pay))
        assert facts(found) == {("channel", "phone-95017", "CN:95017")}
        assert found[0].excerpt == "客服:95017-2\n(工作时间:09:00-22:00)"  # what the registry cites, verbatim
        assert found[0].channel_kind == "short_code"

    def test_a_changed_number_is_reported_under_the_same_key(self):
        found = wechat_pay.parse(document(wechat_pay, "changed-number"))
        assert facts(found) == {("channel", "phone-95017", "CN:95018")}
        assert found[0].excerpt == "客服:95018-2\n(工作时间:09:00-22:00)"

    def test_numbers_inside_scripts_are_not_read(self):
        page = "<script>var kf='客服:95555';</script><p>客服:95017-2</p>"
        assert facts(wechat_pay.parse(document(wechat_pay, page=page))) == {("channel", "phone-95017", "CN:95017")}

    def test_a_longer_number_is_not_read_as_a_short_code(self):
        assert wechat_pay.parse(document(wechat_pay, page="<p>客服:950171234</p>")) == []


class TestMetaMask:
    def test_the_official_channels_and_policies(self):
        found = metamask.parse(document(metamask))
        assert facts(found) == {
            ("channel", "email-metamask-io", "metamask.io"),
            ("channel", "email-metamask-zendesk-com", "metamask.zendesk.com"),
            ("channel", "website-community-metamask-io", "community.metamask.io"),
            ("channel", "website-support-metamask-io", "support.metamask.io"),
            ("channel", "chat-support-metamask", "https://support.metamask.io/"),
            ("channel", "social-x-metamasksupport", "x:metamasksupport"),
            ("policy", "never_dms_first", None),
            ("policy", "never_sends_links_by_sms", None),
        }
        assert excerpt_of(found, "email-metamask-io") == (
            "Email, concerning open tickets, from the domains @metamask.io or @metamask.zendesk.com.")
        # The page's link text does not name the address; its link does, and the excerpt keeps it.
        assert excerpt_of(found, "website-community-metamask-io") == "Through our Community platform <https://community.metamask.io/>."
        assert excerpt_of(found, "never_dms_first") == (
            "As the rules at the top of our Community page detail, we will never DM you offering support.")
        assert excerpt_of(found, "never_sends_links_by_sms").splitlines()[-2:] == ["Text/SMS", "Instagram"]

    def test_links_to_articles_are_not_channels(self):
        keys = {c.key for c in metamask.parse(document(metamask)) if c.subject_kind == "channel"}
        assert not any("reddit" in key for key in keys)

    def test_a_removed_item_is_missing(self):
        keys = {c.key for c in metamask.parse(document(metamask, "missing-community"))}
        assert "website-community-metamask-io" not in keys
        assert {"email-metamask-io", "chat-support-metamask", "social-x-metamasksupport"} <= keys


class TestKraken:
    def test_the_sending_domains_and_the_website(self):
        found = kraken_phishing.parse(document(kraken_phishing))
        assert facts(found) == {
            ("channel", f"email-{key}", value) for key, value in (
                ("kraken-com", "kraken.com"), ("futures-kraken-com", "futures.kraken.com"),
                ("email2-kraken-com", "email2.kraken.com"), ("marketing-kraken-com", "marketing.kraken.com"),
                ("email-kraken-com", "email.kraken.com"), ("rewards-email-kraken-com", "rewards-email.kraken.com"))
        } | {("channel", "website-kraken-com", "kraken.com")}
        assert excerpt_of(found, "email-futures-kraken-com").startswith(
            "If you receive a Kraken Support email from any other address besides @kraken.com, @futures.kraken.com,")

    def test_look_alike_domains_are_not_taken(self):
        page = "<p>If you receive a Kraken Support email from any other address besides @kraken.com or @krakem.com, delete it.</p>"
        assert facts(kraken_phishing.parse(document(kraken_phishing, page=page))) == {("channel", "email-kraken-com", "kraken.com")}

    def test_the_phone_page_policies_and_support_site(self):
        found = kraken_phone.parse(document(kraken_phone))
        assert facts(found) == {
            ("channel", "website-support-kraken-com", "support.kraken.com"),
            ("policy", "never_calls_unsolicited", None),
            ("policy", "never_asks_password", None),
            ("policy", "never_asks_otp", None),
            ("policy", "never_asks_seed_phrase", None),
            ("policy", "never_asks_remote_access", None),
        }
        assert excerpt_of(found, "never_calls_unsolicited") == (
            "If you receive a call from someone claiming to be from Kraken and you didn’t request this call, this is a phishing scam.")
        assert excerpt_of(found, "never_asks_otp") == (
            "Kraken Support specialists will never ask for the following information:\n"
            "Username\nPassword\nTwo Factor Authentication Code\nDevice Approval Code")


class TestCoinbase:
    def test_site_report_address_and_what_agents_never_do(self):
        found = coinbase.parse(document(coinbase))
        assert facts(found) == {
            ("channel", "website-coinbase-com", "coinbase.com"),
            ("channel", "email-coinbase-com", "coinbase.com"),
            ("policy", "never_asks_password", None),
            ("policy", "never_asks_otp", None),
            ("policy", "never_asks_remote_access", None),
            ("policy", "never_asks_transfer", None),
        }
        # The excerpts the registry already holds for this page, produced again from it.
        assert excerpt_of(found, "never_asks_password") == (
            "Coinbase customer service agents will never:\nAsk for your password or 2-step verification code")
        assert excerpt_of(found, "never_asks_remote_access") == (
            "Coinbase customer service agents will never:\nAsk for your password or 2-step verification code\n"
            "Ask you to install software on your device\nRemotely access your device to take action on your account")
        assert next(c for c in found if c.key == "email-coinbase-com").display == "security@coinbase.com"

    def test_advice_to_the_reader_is_not_a_policy(self):
        page = "<p>Never give out your 2-step verification codes or passwords.</p>"
        assert coinbase.parse(document(coinbase, page=page)) == []


class TestVenmo:
    def test_codes_transfers_and_the_sending_domain(self):
        found = venmo.parse(document(venmo))
        assert facts(found) == {
            ("policy", "never_asks_otp", None),
            ("policy", "never_asks_transfer", None),
            ("channel", "email-venmo-com", "venmo.com"),
        }
        assert excerpt_of(found, "never_asks_transfer") == "Venmo will never ask you to send us money on another payment platform."
        assert excerpt_of(found, "email-venmo-com") == (
            "Legitimate Venmo notifications will come from a venmo.com email address (like “venmo@venmo.com”).")


class TestTrustWallet:
    def test_ticketing_only(self):
        found = trust_wallet.parse(document(trust_wallet))
        assert facts(found) == {("policy", code, None) for code in ("contact_only_via", "no_phone_support", "never_dms_first")}
        rule = next(c for c in found if c.key == "contact_only_via")
        assert rule.excerpt == ("Official support is conducted only via our ticketing system. "
                                "Any calls or social media DMs claiming to be from Trust Wallet support are likely scams.")
        assert rule.statement == "Official support is conducted only via our ticketing system."
        assert rule.channels == ("website-trustwallet-com",)

    def test_the_older_wording_is_read_too(self):
        page = ("<ul><li>All support is conducted via our ticket system - any calls or social media DMs claiming "
                "to be support are likely scams.</li></ul>")
        assert {c.key for c in trust_wallet.parse(document(trust_wallet, page=page))} == {
            "contact_only_via", "no_phone_support", "never_dms_first"}


class TestPayPal:
    def test_the_phishing_report_address(self):
        found = paypal_phishing.parse(document(paypal_phishing))
        assert facts(found) == {("channel", "email-paypal-com", "paypal.com")}
        assert "forward it to us at phishing@paypal.com and we’ll investigate it." in found[0].excerpt
        assert found[0].display == "phishing@paypal.com"

    def test_what_a_paypal_email_never_asks(self):
        found = paypal_email_faq.parse(document(paypal_email_faq))
        assert facts(found) == {("policy", "never_asks_password", None)}
        assert found[0].excerpt.startswith("An email from PayPal will never:\n"
                                           "Ask you for sensitive information like your password, bank account,")


ALL = runner.SOURCES


class TestBrokenPages:
    @pytest.mark.parametrize("source", ALL, ids=lambda source: source.NAME)
    def test_a_malformed_page_gives_nothing_and_does_not_raise(self, source):
        assert source.parse(document(source, page=text("malformed.html"))) == []

    @pytest.mark.parametrize("source", ALL, ids=lambda source: source.NAME)
    def test_a_huge_page_is_cut_and_parsed_quickly(self, source):
        started = time.monotonic()
        assert source.parse(document(source, page=huge_page())) == []
        assert time.monotonic() - started < 20

    @pytest.mark.parametrize("page", ["", "<", "<" * 10_000, "<a" * 20_000, "<![" * 5_000, "<!--", "<script>",
                                      "\x00\xff\ufffd", "<p>https://exa\u2100mple.com/ http://[::1 <a href='http://[::1'>@kraken.com</a></p>", "&#xZZ; &bogus; &#99999999;", "<p>" * 5_000 + "</p>" * 5_000])
    def test_odd_input_never_raises(self, page):
        for source in ALL:
            assert isinstance(source.parse(document(source, page=page)), list)

    def test_text_past_the_limit_is_not_read(self):
        footer = "<p>客服:95017-2</p>"
        padding = "<p>" + "x" * (base.MAX_BYTES + 10) + "</p>"
        assert wechat_pay.parse(document(wechat_pay, page=footer + padding)) != []
        assert wechat_pay.parse(document(wechat_pay, page=padding + footer)) == []


class TestPageText:
    def test_blocks_are_what_a_reader_sees(self):
        page = ("<head><title>T</title><style>p{}</style></head><body><script>var a='<p>no</p>'</script>"
                "<p>One &amp; <b>two</b><br>three</p><!-- <p>hidden</p> -->"
                "<ul><li><p>Via our <a href='https://community.example.io/'>forum</a>.</p></li></ul></body>")
        assert [(b.tag, b.text) for b in base.blocks(page)] == [
            ("title", "T"), ("p", "One & two\nthree"), ("li", "Via our forum.")]
        assert base.blocks(page)[-1].linked == "Via our forum <https://community.example.io/>."

    def test_a_link_whose_text_is_its_address_is_not_repeated(self):
        block = base.blocks('<p>Write to <a href="mailto:phishing@paypal.com">phishing@paypal.com</a>.</p>')[0]
        assert block.linked == block.text == "Write to phishing@paypal.com."

    def test_bounded_cuts_at_the_byte_limit_on_a_character_boundary(self):
        cut = base.bounded("支" * base.MAX_BYTES)
        assert len(cut.encode("utf-8")) <= base.MAX_BYTES
        assert set(cut) == {"支"}

    def test_folded_reads_markdown_and_rendered_text_alike(self):
        markdown = "- Through our [Community platform](https://community.metamask.io/). **We will never DM you**."
        assert base.folded(markdown) == base.folded("Through our Community platform. We will  never\nDM you.")

    def test_never_asks_names_codes_narrowly(self):
        assert base.never_asks("will never ask for your password or 2-step verification code") == [
            "never_asks_password", "never_asks_otp"]
        assert base.never_asks("will never ask you to download or install any software") == []

    def test_a_channel_candidate_must_state_its_value(self):
        assert base.channel("x", "email-x-com", base.ChannelKind.email_domain, "x.com", "write to us") is None
        assert base.channel("x", "email-x-com", base.ChannelKind.email_domain, "X.com", "mail@X.com") is None  # not canonical
        assert base.channel("x", "email-x-com", base.ChannelKind.email_domain, "x.com", "mail@x.com") is not None
