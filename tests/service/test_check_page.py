"""The public check page at / through HTTP: a person's form, the verdict as they read it, and bad input."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from registry.check import MAX_MESSAGE_LENGTH
from service.app import create_app
from tests.service.conftest import make_settings

FAKE_ALIPAY = {"value": "+86 21 5555 0000", "claims": "支付宝", "region": "CN", "message": "您的账户异常，请提供短信验证码",
               "incoming": "yes"}


def section(html: str, name: str) -> str:
    """The text of one <section class="name">, tags dropped, or '' when the page has none."""
    found = re.search(rf'<section class="{name}[^"]*"[^>]*>(.*?)</section>', html, re.DOTALL)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", found[1]))).strip() if found else ""


def field_value(html: str, name: str) -> str:
    if name == "message":
        return unescape(re.search(r'<textarea id="message"[^>]*>(.*?)</textarea>', html, re.DOTALL)[1])
    return unescape(re.search(rf'<input id="{name}"[^>]*value="([^"]*)"', html)[1])


def selected_contact(html: str) -> str:
    """The value of the form's "How did you get it?" choice that is selected."""
    [chosen] = re.findall(r'<option value="([^"]*)" selected>', re.search(r'<select id="contact".*?</select>', html, re.DOTALL)[0])
    return chosen


class TestTheForm:
    def test_private_and_unframed(self, client):
        response = client.get("/")
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
        assert response.headers["cache-control"] == "no-store"  # what a person typed is never kept by a cache
        assert response.headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert '<form class="stack card" method="post" action="/?lang=en">' in response.text

    @pytest.mark.parametrize(("accept_language", "region"), [("zh-CN,zh;q=0.9,en;q=0.8", "CN"), ("en-GB,en;q=0.5", "GB"),
                                                              ("zh-Hans-CN", "CN"), ("en", ""), ("", ""),
                                                              ("en-US;q=0.1, en-GB", "GB"), ("zh-CN;q=0", "")])
    def test_the_region_is_the_readers_own_when_the_browser_says_it(self, client, accept_language, region):
        response = client.get("/", headers={"accept-language": accept_language})
        assert field_value(response.text, "region") == region

    def test_in_chinese_for_a_chinese_browser(self, client):
        response = client.get("/", headers={"accept-language": "zh-CN,zh;q=0.9"})
        assert "这个号码、网站或来电的人，真的是他所说的机构吗？" in response.text and 'action="/?lang=zh"' in response.text


class TestTheAnswer:
    def test_a_fake_alipay_caller_asking_for_a_code(self, client):
        response = client.post("/?lang=en", data=FAKE_ALIPAY)
        assert response.status_code == 200
        html = response.text
        assert 'data-verdict="mismatch"' in html
        assert section(html, "verdict").startswith("High risk · not a listed channel of Alipay Why Read as +862155550000")
        # the message with its warning signs marked, each explained
        assert re.search(r"您的<mark title=\"Threatens a frozen[^\"]*\">账户异常</mark>，请提供短信<mark title=\"Asks for a "
                         r"verification code[^\"]*\">验证码</mark>", html)
        assert "验证码: Asks for a verification code." in section(html, "red-flags")
        assert section(html, "official").startswith("Alipay's official channels: contact them yourself 95188 (short code; customer service) source")
        assert {"110", "96110", "12321"} <= set(re.findall(r"\b\d{3,5}\b", section(html, "report")))
        assert "Hang up. Contact Alipay only through the channels listed here" in section(html, "advice")
        # the form keeps what was typed, to change one thing and check again
        assert [field_value(html, name) for name in ("value", "claims", "region", "message")] == \
            [FAKE_ALIPAY[name] for name in ("value", "claims", "region", "message")]
        # (the form's former checkbox, incoming=yes, as links and old pages post it: a contact by some means not said)
        assert selected_contact(html) == "incoming"

    @pytest.mark.parametrize(("contact", "lang", "said", "not_said"), [
        # a text from PayPal's own number: the advice was a call's, "Hang up" (请挂断), as the page had no way to say it was a text
        ("sms", "en", "do not reply", "hang up"), ("sms", "zh", "不要回复", "挂断"), ("chat", "en", "do not reply", "hang up"),
        ("call", "en", "hang up", "do not reply"), ("call", "zh", "挂断", "不要回复"),
    ])
    def test_how_the_reader_got_a_number_gives_the_advice_for_it(self, client, contact, lang, said, not_said):
        html = client.post(f"/?lang={lang}", data={"value": "+1 888 221 1161", "claims": "PayPal", "contact": contact}).text
        assert 'data-verdict="official"' in html and selected_contact(html) == contact
        advice = section(html, "advice").lower()
        assert said in advice and not_said not in advice
        reasons = re.findall(r'data-code="([a-z_]+)"', html)
        assert ("spoofing_possible_text" in reasons) == (contact != "call")

    def test_a_contact_not_in_the_list_is_refused_in_words(self, client):
        for lang, said in (("en", "“How did you get it” takes one of the choices in its list."),
                           ("zh", "“你是怎么得到它的”只能选列表中的一项。")):
            response = client.post(f"/?lang={lang}", data={"value": "95188", "contact": "carrier pigeon"})
            assert response.status_code == 422 and said in unescape(response.text)
            assert field_value(response.text, "value") == "95188" and selected_contact(response.text) == ""

    def test_a_lookalike_site_is_to_be_closed_not_hung_up_on(self, client):
        # the advice was a call's: "Hang up. Contact PayPal only through the channels listed here" (请挂断)
        for lang, words in (("en", "Close the page and type nothing into it"), ("zh", "请关闭这个网页")):
            advice = section(client.post(f"/?lang={lang}", data={"value": "paypa1-support.com"}).text, "advice")
            assert words in advice and "Hang up" not in advice and "挂断" not in advice

    def test_a_number_for_a_wallet_without_phone_support_quotes_the_wallet_once(self, client):
        html = client.post("/", data={"value": "+1 (209) 798-8106", "claims": "小狐狸钱包"}).text
        assert 'data-verdict="contradicts_policy"' in html
        quotes = section(html, "policies")
        # one sentence backs two of MetaMask's policies: it is quoted once, with its source
        assert quotes.count("MetaMask only offers customer service through this Help Center and our community forums.") == 1
        assert 'href="https://github.com/Consensys/support-metamask-io/' in html

    def test_an_official_number_says_so_and_lists_nothing_else_to_call(self, client):
        html = client.post("/", data={"value": "95188", "region": "CN"}).text
        assert section(html, "verdict").startswith("Official · an official channel of Alipay")
        assert section(html, "official") == "" and section(html, "report") == ""

    def test_in_chinese(self, client):
        html = client.post("/?lang=zh", data=FAKE_ALIPAY).text
        assert section(html, "verdict").startswith("高风险 · 不是支付宝已登记的渠道")
        # the kinds and purposes of the channels too (they read "short code; customer service" on the Chinese page)
        assert section(html, "official").startswith("支付宝的官方渠道：请自己拨打或输入 95188 (短号码; 客服) 来源")

    def test_a_text_message_pasted_alone_has_its_numbers_and_addresses_judged(self, client):
        # On a phone, without the extension, the question is the whole text message, not one number typed out of it.
        sms = ("【PayPal】尊敬的用户：您的账户因异常交易已被冻结。请立即致电客服热线 400-820-1234 解冻，"
               "或访问 paypal-verify-account.top 并提供短信验证码。")
        response = client.post("/?lang=zh", data={"message": sms, "region": "CN", "incoming": "yes"})
        assert response.status_code == 200
        html = response.text
        assert section(html, "verdict") == ""  # no value was typed: nothing to give one verdict on
        listed = re.findall(r'<li class="risk-(\w+)" data-verdict="(\w+)"><a href="([^"]+)"><strong>([^<]+)</strong>', html)
        assert [(risk, verdict, text) for risk, verdict, _, text in listed] == [
            ("high", "mismatch", "400-820-1234"), ("high", "lookalike", "paypal-verify-account.top")]
        # each links to its own check, asked as the message presents it (never the message in an address)
        assert unescape(listed[0][2]) == "/?value=400-820-1234&claims=%E8%B4%9D%E5%AE%9D&region=CN&lang=zh"  # 贝宝, PayPal
        assert "高风险 · 不是贝宝已登记的渠道。+864008201234 不在登记库收录的贝宝官方渠道之中。" in section(html, "in-message")
        assert "验证码: 索要验证码。" in section(html, "red-flags")
        assert section(html, "official").startswith("贝宝的官方渠道：请自己拨打或输入 1-888-221-1161")
        assert "110 公安机关" in section(html, "report")
        assert "不要拨打消息里的号码" in section(html, "advice") and "不要透露验证码" in section(html, "advice")
        assert section(html, "report-it") == ""
        assert field_value(html, "message") == sms

    def test_a_message_pasted_alone_with_several_medium_signs_is_warned_about(self, client):
        # only a high or critical sign made it risky: this script got no "never share" and no authorities to tell
        html = client.post("/?lang=zh", data={"message": "您的账户异常已被冻结，请联系客服办理退款", "region": "CN"}).text
        assert "不要透露验证码" in section(html, "advice") and "110 公安机关" in section(html, "report")

    def test_an_account_in_a_pasted_message_is_judged_and_links_to_its_check(self, client):
        sms = "【币安】您的账户存在风险，请添加客服微信：binance-kefu888 处理，否则将冻结。"
        html = client.post("/?lang=zh", data={"message": sms, "incoming": "yes"}).text
        listed = re.findall(r'<li class="risk-(\w+)" data-verdict="(\w+)"><a href="([^"]+)"><strong>([^<]+)</strong>', html)
        assert [(risk, verdict, text) for risk, verdict, _, text in listed] == [("high", "mismatch", "客服微信：binance-kefu888")]
        followed = client.get(unescape(listed[0][2])).text
        assert "WeChat @binance-kefu888 不在登记库收录的币安官方渠道之中" in section(followed, "verdict") + section(followed, "reasons")

    def test_numbers_in_the_message_beside_the_value_are_judged_as_the_claimed_provider(self, client):
        html = client.post("/?lang=en", data={"value": "400-820-1234", "claims": "PayPal", "region": "CN",
                                              "message": "Call 400-820-1234 or 400 820 5678, then read me the code."}).text
        assert section(html, "verdict").startswith("High risk · not a listed channel of PayPal")
        # the value asked about is not listed again; the other number, not presented as anyone, is judged as PayPal's
        assert section(html, "in-message") == ("Numbers and addresses in the message 400 820 5678 High risk · not a listed channel of "
                                               "PayPal. +864008205678 is not among PayPal's official channels in our registry.")

    @pytest.mark.parametrize(("value", "listed"), [
        ("Call PayPal support at 1-888-221-1161 today", [("low", "official", "1-888-221-1161")]),
        ("请立即致电客服热线 400-820-1234 解冻", [("unknown", "unknown", "400-820-1234")]),
        # a text message pasted whole, with no space: it was "not a valid domain name" and nothing in it judged
        ("【支付宝】您的账户存在异常，请拨打4008205555解冻", [("high", "mismatch", "4008205555")]),
        ("USPS: Your package is on hold. Update here: https://usps-redelivery-track.com",
         [("unknown", "unknown", "https://usps-redelivery-track.com")]),
    ])
    def test_a_sentence_typed_or_selected_as_the_value_has_its_values_judged(self, client, value, listed):
        # as the extension's "check the selected text" sends a selection: it answered "not a possible number,
        # site or email: … (Codepoint U+0020 at position 7 … not allowed)"
        html = client.get("/", params={"value": value, "region": "CN"}).text
        assert section(html, "verdict") == ""
        assert section(html, "in-message").startswith("Numbers and addresses in what you typed")
        assert re.findall(r'<li class="risk-(\w+)" data-verdict="(\w+)"><a href="[^"]+"><strong>([^<]+)</strong>', html) == listed

    def test_a_number_typed_with_its_label_is_judged_as_the_labels_claim(self, client):
        # "PayPal support 1-888-221-1161", as a page labels it: the number, and the label's provider as the claim
        html = client.get("/", params={"value": "PayPal support 1-888-555-0134", "region": "US"}).text
        assert section(html, "verdict").startswith("High risk · not a listed channel of PayPal")
        assert "Its label, “PayPal support”, presents it as PayPal's" in section(html, "verdict")

    def test_a_sentence_and_a_message_have_their_warning_signs_marked_where_they_are(self, client):
        # the signs' spans are in the sentence and the message read together: marked in that text, not shifted
        # into the message alone
        html = client.post("/?lang=en", data={"value": "Call PayPal support at 1-888-221-1161 today", "region": "US",
                                              "message": "Please read me the verification code."}).text
        assert section(html, "verdict") == ""
        assert re.search(r'read me the <mark title="Asks for a verification code[^"]*">verification code</mark>', html)
        assert section(html, "red-flags").startswith(
            "Warning signs in the message Call PayPal support at 1-888-221-1161 today Please read me")

    def test_a_sign_of_the_value_itself_is_listed_and_not_marked_in_the_message(self, client):
        # "AnyDesk ID 123 456 789" asks for a remote session by itself: its sign spans the value, and marking it in the
        # message would have marked the message's first words
        html = client.post("/?lang=en", data={"value": "AnyDesk ID 123 456 789",
                                              "message": "He promised a refund and asked me to read him the verification code."}).text
        assert section(html, "verdict").startswith("High risk")
        assert re.findall(r"<mark title=\"([A-Z][a-z]+ [a-z]+)", html) == ["Offers a", "Asks for"]
        assert "AnyDesk ID 123 456 789: Asks you to install remote-access software" in section(html, "red-flags")

    def test_a_providers_name_typed_as_the_value_gets_its_own_channels_and_words(self, client):
        # "小狐狸钱包客服电话" typed where a number goes: MetaMask's own statement that it has no phone support
        html = client.get("/", params={"value": "小狐狸钱包客服电话", "lang": "zh"}).text
        assert section(html, "verdict").startswith("MetaMask 小狐狸钱包自己的官方渠道 原因 “小狐狸钱包客服电话”是MetaMask 小狐狸钱包的名称")
        assert "MetaMask only offers customer service through this Help Center" in section(html, "policies")
        assert "https://support.metamask.io" in section(html, "official")
        assert section(html, "report-it") == ""

    @pytest.mark.parametrize(("value", "heading"), [
        ("Would PayPal ever call me?", "PayPal's own channels Why “Would PayPal ever call me?” asks what PayPal does"),
        ("PayPal called me", "PayPal's own channels Why “PayPal called me” tells of a call"),
        ("Does Coinbase call customers?", "High risk · against what Coinbase says itself Why “Does Coinbase call customers?” "
                                          "asks what Coinbase does"),
        ("Coinbase called me", "High risk · against what Coinbase says itself Why “Coinbase called me” tells of a call")])
    def test_a_question_or_a_call_told_of_with_no_value_gets_the_providers_channels_and_no_report_form(self, client, value,
                                                                                                       heading):
        # they were "Unknown · not a possible number, site or email", with "No phone number, website or email was found in
        # the message" under them; and a form to report the sentence as a scam value
        html = client.get("/", params={"value": value}).text
        assert section(html, "verdict").startswith(heading)
        assert section(html, "official") and section(html, "in-message") == "" and section(html, "report-it") == ""

    @pytest.mark.parametrize(("value", "heading"), [
        ("Paypa1", "PayPal's own channels Why “Paypa1” is not a number, site or email to check, nor PayPal's name"),
        ("paypalsupport", "PayPal's own channels Why “paypalsupport” is not a number, site or email to check: it is a name "
                          "that carries PayPal's")])
    def test_a_name_like_a_providers_gets_its_channels_and_no_report_form(self, client, value, heading):
        # they were "Unknown · not a possible number, site or email", for "a domain name has at least two labels"
        html = client.get("/", params={"value": value}).text
        assert section(html, "verdict").startswith(heading)
        assert "1-888-221-1161" in section(html, "official") and section(html, "in-message") == ""
        assert section(html, "report-it") == ""

    @pytest.mark.parametrize(("value", "first_official"), [("PayPal customer service", "1-888-221-1161"),
                                                           ("Coinbase UK", "+44 808 168 4635")])
    def test_a_providers_name_of_several_words_is_no_sentence_to_search(self, client, value, first_official):
        # it was answered with the name's channels and, under them, "Numbers and addresses in what you typed: No phone number,
        # website or email was found in the message"; a country named with the name puts its channels first
        html = client.get("/", params={"value": value}).text
        assert section(html, "in-message") == ""
        assert section(html, "official").split("contact them yourself ")[1].startswith(first_official)

    def test_a_sentence_with_nothing_in_it_is_answered_as_not_a_value_and_says_why(self, client):
        html = client.get("/", params={"value": "hello there friend"}).text
        assert section(html, "verdict").startswith("Unknown · not a possible number, site or email Why “hello there friend” is "
                                                   "not a possible phone number, domain, email address, app or account: it is several words")
        assert "Codepoint" not in html

    def test_an_accounts_name_alone_is_not_headed_as_absent_from_the_registry(self, client):
        # it was headed "Unknown · not in our registry" over "MetaMask's own account of this name is on X"
        html = client.get("/", params={"value": "@MetaMaskSupport"}).text
        assert section(html, "verdict").startswith("Unknown · not confirmed by our registry Why MetaMask's own account of this "
                                                   "name is on X @metamasksupport only.")
        assert "https://support.metamask.io" in section(html, "official")

    def test_a_message_with_nothing_to_judge_says_so_and_raises_nothing(self, client):
        html = client.post("/?lang=en", data={"message": "See you at 6 tomorrow!", "region": "GB"}).text
        assert section(html, "in-message") == "Numbers and addresses in the message No phone number, website or email was found in the message."
        assert section(html, "report") == "" and section(html, "red-flags") == ""
        assert "Not in our registry never means safe" in html

    def test_what_was_typed_is_shown_as_text_never_as_markup(self, client):
        html = client.post("/", data={"value": "<b>95188</b>", "message": "<script>alert(1)</script> 验证码", "region": "CN"}).text
        assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<b>95188</b>" not in html


class TestBadInput:
    def test_neither_a_value_nor_a_message_is_a_422_that_keeps_the_rest(self, client):
        response = client.post("/", data={"value": "  ", "message": " ", "claims": "支付宝"})
        assert response.status_code == 422
        assert '<div class="error" role="alert"><strong>Not checked.</strong> Type the number, website or email, or paste the ' \
               'message, first.</div>' in response.text
        assert field_value(response.text, "claims") == "支付宝"

    def test_a_message_alone_over_the_limit_is_still_held_to_it(self, client):
        response = client.post("/", data={"message": "x" * (MAX_MESSAGE_LENGTH + 1)})
        assert response.status_code == 422 and "What they said or wrote is too long" in response.text

    @pytest.mark.parametrize(("lang", "said"), [
        ("en", f"What they said or wrote is too long: at most {MAX_MESSAGE_LENGTH} characters."),
        ("zh", f"“对方说的话”太长了：最多 {MAX_MESSAGE_LENGTH} 个字符。"),
    ])
    def test_a_message_over_the_limit_is_a_422_in_the_pages_words(self, client, lang, said):
        # the form's own name for the field, in the page's language (it read "message is too long" on a Chinese page)
        response = client.post(f"/?lang={lang}", data={"value": "95188", "message": "x" * (MAX_MESSAGE_LENGTH + 1)})
        assert response.status_code == 422
        assert f"</strong> {said}</div>" in response.text
        assert field_value(response.text, "value") == "95188"

    @pytest.mark.parametrize(("lang", "region", "said"), [
        ("en", "ZZ", "“ZZ” is not a country code we know: use two letters, such as CN, HK, US, GB."),
        # (a country's name or its usual letters: its code is said, "UK" being no ISO code)
        ("zh", "china", "不认识的国家或地区代码“china”：china请填 CN。"),
        ("en", "UK", "“UK” is not a country code we know: for UK, use GB."),
        ("zh", "People's Republic", "不认识的国家或地区代码“People&#39;s Republic”：请填两个字母，如 CN、HK、US、GB。"),  # over 10
    ])
    def test_an_unknown_region_is_a_422_in_the_pages_words(self, client, lang, region, said):
        response = client.post(f"/?lang={lang}", data={"value": "13812345678", "region": region})
        assert response.status_code == 422 and f"</strong> {said}</div>" in response.text

    def test_a_body_that_is_not_a_form_is_read_as_an_empty_one(self, client):
        response = client.post("/", content=b'{"value": "95188"}', headers={"content-type": "application/json"})
        assert response.status_code == 422 and "Type the number, website or email, or paste the message, first." in response.text


class TestALinkThatChecks:
    def test_a_value_in_the_address_is_checked_and_kept_when_switching_language(self, client):
        html = client.get("/", params={"value": "95188", "region": "CN", "lang": "en"}).text
        assert section(html, "verdict").startswith("Official · an official channel of Alipay")
        assert 'href="/?value=95188&amp;region=CN&amp;lang=zh"' in html
        chinese = client.get("/", params={"value": "95188", "region": "CN", "lang": "zh"}).text
        assert section(chinese, "verdict").startswith("官方 · 支付宝的官方渠道")

    def test_a_claim_in_the_address_by_the_apis_name_for_it_is_read(self, client):
        # "/?value=…&claimed_provider=MetaMask", as a link made from an API call writes it: the claim was ignored
        html = client.get("/", params={"value": "+1 707 381 4213", "claimed_provider": "MetaMask", "lang": "en"}).text
        assert 'data-verdict="contradicts_policy"' in html and field_value(html, "claims") == "MetaMask"
        assert 'href="/?value=%2B1+707+381+4213&amp;claims=MetaMask&amp;lang=zh"' in html
        # the page's own name comes first
        html = client.get("/", params={"value": "+1 707 381 4213", "claims": "PayPal", "claimed_provider": "MetaMask"}).text
        assert field_value(html, "claims") == "PayPal"

    def test_a_message_in_the_address_is_not_read(self, client):
        # a message is posted, never put in an address (where logs and history keep it)
        html = client.get("/", params={"value": "+86 21 5555 0000", "claims": "支付宝", "message": "请提供验证码"}).text
        assert 'data-verdict="mismatch"' in html and section(html, "red-flags") == "" and "请提供验证码" not in html


def alert(html: str) -> str:
    """The text of the page's error, tags dropped."""
    found = re.search(r'<div class="error" role="alert">(.*?)</div>', html, re.DOTALL)
    return unescape(re.sub(r"<[^>]+>", "", found[1])).strip() if found else ""


class TestRateLimit:
    def test_the_page_and_the_api_count_apart(self, seeded_db_url):
        # the page's checks were counted against the API's limit: a person on the page used up what a program
        # (the extension, a mail filter) at the same address had, and the other way round
        settings = make_settings(seeded_db_url, rate_limit="3/minute", page_rate_limit="2/minute")
        with TestClient(create_app(settings)) as limited:
            by_api = [limited.get("/v1/check", params={"value": "95188"}).status_code for _ in range(3)]
            on_page = [limited.post("/", data={"value": "95188", "region": "CN"}).status_code,
                       limited.get("/", params={"value": "95188", "region": "CN"}).status_code]
            assert by_api + on_page == [200] * 5
            assert limited.get("/v1/check", params={"value": "95188"}).status_code == 429
            assert limited.post("/", data={"value": "95188", "region": "CN"}).status_code == 429

    @pytest.mark.parametrize(("lang", "said"), [
        ("en", "Not checked. Too many checks from your connection in a short time. Wait {seconds} seconds, then press Check "
               "again: what you typed is still in the form."),
        ("zh", "未核验。 短时间内从你的网络发出的核验太多了。请等 {seconds} 秒后再点“核验”：你填写的内容还在表单里。")])
    def test_over_its_limit_the_page_says_so_in_its_language_and_keeps_what_was_typed(self, seeded_db_url, lang, said):
        # it was the API's JSON error, {"error": "rate_limited", …}, in English, and the message typed was lost
        with TestClient(create_app(make_settings(seeded_db_url, page_rate_limit="1/minute"))) as limited:
            assert limited.post(f"/?lang={lang}", data=FAKE_ALIPAY).status_code == 200
            refused = limited.post(f"/?lang={lang}", data=FAKE_ALIPAY)
        assert refused.status_code == 429 and refused.headers["content-type"].startswith("text/html")
        seconds = int(refused.headers["retry-after"])
        assert 1 <= seconds <= 60
        assert alert(refused.text) == said.format(seconds=seconds)
        assert [field_value(refused.text, name) for name in ("value", "claims", "region", "message")] == \
            [FAKE_ALIPAY[name] for name in ("value", "claims", "region", "message")]
        assert selected_contact(refused.text) == "incoming"
        assert "data-verdict" not in refused.text  # not checked: no answer stands in for one
        assert refused.headers["cache-control"] == "no-store"

    def test_a_link_that_checks_is_counted_and_the_blank_form_is_not(self, seeded_db_url):
        with TestClient(create_app(make_settings(seeded_db_url, page_rate_limit="1/minute"))) as limited:
            blank = [limited.get("/", headers={"accept-language": "zh-CN"}).status_code for _ in range(3)]
            asked = [limited.get("/", params={"value": "95188", "region": "CN"}, headers={"accept-language": "zh-CN"})
                     for _ in range(2)]
            after = limited.get("/")
        assert blank == [200, 200, 200] and [answer.status_code for answer in asked] == [200, 429]
        assert alert(asked[1].text).startswith("未核验。 短时间内从你的网络发出的核验太多了。")
        assert field_value(asked[1].text, "value") == "95188" and "retry-after" in asked[1].headers
        assert after.status_code == 200 and alert(after.text) == ""


class TestReportingFromTheAnswer:
    def test_a_risky_answer_offers_to_report_it_and_an_official_one_does_not(self, client):
        risky = client.post("/", data=FAKE_ALIPAY).text
        assert '<form class="stack" method="post" action="/report?lang=en">' in risky
        assert '<input type="hidden" name="value" value="+86 21 5555 0000">' in risky
        assert "never your message" in section(risky, "report-it")
        official = client.post("/", data={"value": "95188", "region": "CN"}).text
        assert section(official, "report-it") == ""

    def test_a_report_is_filed_as_the_api_files_it_and_a_second_one_joins_it(self, client):
        value = "+1 415 555 0142"  # a number no other test reports
        first = client.post("/report", data={"value": value, "claims": "PayPal", "region": "US", "seen_url": "spam.example.net/paypal"})
        assert first.status_code == 200
        number = int(re.search(r"report #(\d+) is recorded", first.text)[1])
        assert section(first.text, "report-it") == ""  # reported: not offered again
        assert 'data-verdict="mismatch"' in first.text
        # the same report through the API: one report, the page's sighting and the API's
        again = client.post("/v1/reports", json={"value": "+14155550142", "seen_url": "https://other.example.org/x"})
        assert again.status_code == 200 and again.json()["id"] == number
        assert [sighting["url"] for sighting in again.json()["seen_on"]] == ["https://spam.example.net/paypal",
                                                                             "https://other.example.org/x"]
        second = client.post("/report", data={"value": value, "region": "US"})
        assert f"this was reported before (#{number}); your report is added to it." in second.text

    @pytest.mark.parametrize(("lang", "said"), [
        ("en", "CN:95188 is Alipay's own official channel, so it is not put on the list of scams. Caller ID can be faked: if "
               "someone used it to deceive you, report the conversation to the authorities listed on this page."),
        ("zh", "CN:95188 是支付宝自己的官方渠道，不会被列为诈骗。来电显示可以伪造：如果有人冒用它骗你，请把经过报告给本页列出的机构。"),
    ])
    def test_an_official_channel_cannot_be_reported_and_the_page_says_where_to_go(self, client, lang, said):
        # it said, in English on a Chinese page, to see "the authorities listed in report_to", and listed none
        response = client.post(f"/report?lang={lang}", data={"value": "95188", "region": "CN"})
        assert response.status_code == 400 and f"</strong> {unescape(said)}</div>" in unescape(response.text)
        assert "110" in section(response.text, "report") and "12321" in section(response.text, "report")
        assert section(response.text, "report-it") == ""

    def test_an_official_number_used_by_a_scammer_is_high_risk_and_not_offered_for_the_scam_list(self, client):
        # high risk for the code asked for, yet reporting it could only be refused: the authorities are listed instead
        answer = client.post("/", data={"value": "95188", "region": "CN", "message": "请提供短信验证码", "incoming": "yes"}).text
        assert 'data-verdict="official"' in answer and "risk-high" in answer
        assert section(answer, "report-it") == "" and "110" in section(answer, "report")

    def test_a_report_posted_from_another_site_is_refused(self, client):
        response = client.post("/report", data={"value": "+1 415 555 0143", "region": "US"},
                               headers={"origin": "https://evil.example"})
        assert response.status_code == 403
        assert "This form was not sent from this site; nothing was done." in response.text

    def test_a_seen_address_that_is_not_one_is_a_422_in_words(self, client):
        response = client.post("/report", data={"value": "+1 415 555 0144", "region": "US", "seen_url": "not an address"})
        assert response.status_code == 422
        assert "“Where did you see it” takes a web address as the browser&#39;s address bar shows it (https://…), or nothing." \
            in response.text


def test_reports_from_the_page_and_the_api_share_one_limit(seeded_db_url):
    with TestClient(create_app(make_settings(seeded_db_url, report_rate_limit="2/minute"))) as limited:
        answers = [limited.post("/report", data={"value": "+1 415 555 0150", "region": "US"}),
                   limited.post("/v1/reports", json={"value": "+1 415 555 0151", "region": "US"}),
                   limited.post("/report?lang=zh", data={"value": "+1 415 555 0152", "region": "US"})]
    assert [answer.status_code for answer in answers] == [200, 201, 429]
    # the page's refusal is a page, as the page's other answers are, not the API's JSON
    refused = answers[-1]
    assert refused.headers["content-type"].startswith("text/html") and int(refused.headers["retry-after"]) >= 1
    assert alert(refused.text) == (f"未核验。 短时间内从你的网络发出的举报太多了。请等 {refused.headers['retry-after']} 秒，"
                                   "再核验一次并重新举报。")
    assert field_value(refused.text, "value") == "+1 415 555 0152"
