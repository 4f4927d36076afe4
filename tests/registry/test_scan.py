"""The page scan on hand-made inputs: what is a number, who it is presented as, and bounded work."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import time

import pytest

from registry import htmltext, normalize
from registry import scan as scan_module
from registry.check import CheckRequest, check
from registry.scan import MAX_FINDINGS, MAX_INPUT_CHARS, ScanRequest, scan

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


def values(result) -> list[str]:
    return [finding["value"] for finding in result.findings]


def run(index, **fields):
    return scan(index, ScanRequest(**fields), today=TODAY)


class TestWhatIsANumber:
    @pytest.mark.parametrize("text", [
        "订单号 202405120001234", "日期 2024-05-12 14:30", "IP 192.168.1.1 and 10.0.0.12", "价格 ¥1,299.00",
        "版本 v2.3.1 and 11.16.2", "2024年5月12日", "SKU ABC12345", "growth of 12.5% in 2023", "Order #A1234567",
        # ordinals and counts beside call words: not the registry's 110 and 12315
        "拨打热线参与第110期抽奖", "热线电话 110 位客服在线", "客服电话第12315期", "the top 110 support tips",
        # a QQ group's number, on a "customer service" page
        "加QQ群：123456789",
        # a code's tail after a letter and a dash (INV-2025-031204 was +1 202-503-1204, "not PayPal's" on a receipt)
        "PayPal receipt: Invoice INV-2025-031204", "Case PP-0412-7731-2026", "Ref ID_88231234",
    ])
    def test_decoys_are_not_numbers(self, index, text):
        assert run(index, text=text, region="CN").findings == []

    @pytest.mark.parametrize(("text", "region", "written", "value"), [
        # a title's "| 24/7" and an ad's "24 hours" were the number's voice-menu key, its span running on to them,
        # and "95188 24小时" no number at all
        ("Trust Wallet Number +1 (888) 736-0924 | 24/7 Support", "US", "+1 (888) 736-0924", "+18887360924"),
        ("Call +1 (888) 736-0924 24 hours a day", "US", "+1 (888) 736-0924", "+18887360924"),
        ("支付宝客服 95188 24小时在线", "CN", "95188", "CN:95188"),
        # a Telegram channel's list marks its items with symbols: "✅24/7" was the number's key 24
        ("Binance ☎️ +1 (888) 373-2466 ✅24/7", "US", "+1 (888) 373-2466", "+18883732466"),
        # a number's own last pair stays: France writes its numbers in pairs
        ("Paris +33 1 23 45 67 89 du lundi au vendredi", "FR", "+33 1 23 45 67 89", "+33123456789"),
    ])
    def test_a_count_after_a_number_is_not_part_of_it(self, index, text, region, written, value):
        [finding] = run(index, text=text, region=region).findings
        assert (finding["text"], finding["value"]) == (written, value)
        assert not any(reason["code"] == "extension" for reason in finding["reasons"])

    @pytest.mark.parametrize(("text", "written"), [
        ("Coinbase support: (+1) 805 503 7717", "(+1) 805 503 7717"), ("客服：（+86）138 0013 8000", "（+86）138 0013 8000"),
        ("call (+1 805 503 7717) now", "+1 805 503 7717"),
    ])
    def test_a_bracket_around_a_country_code_is_the_numbers(self, index, text, written):
        # "(+1) 805 503 7717" was written "+1) 805 503 7717", a span the extension marked with half a bracket
        [finding] = run(index, text=text, region="US").findings
        assert finding["text"] == written == text[finding["start"]:finding["end"]]

    @pytest.mark.parametrize(("text", "region", "written", "value"), [
        # a table's or a listing's opening hours after a number: "9-5" was two menu keys, "9:00" the number's key 9, a
        # short code with them an extended short code (a look-alike of Alipay's own 95188), and "8.30-17.30" made the run
        # too long for a number and lost Coinbase's altogether
        ("| Coinbase | +1 (888) 908-7930 | 9-5 |", "US", "+1 (888) 908-7930", "+18889087930"),
        ("Coinbase +1 (888) 908-7930 9-5 daily", "US", "+1 (888) 908-7930", "+18889087930"),
        ("| Coinbase | +1 (888) 908-7930 | 8.30-17.30 |", "CN", "+1 (888) 908-7930", "+18889087930"),
        ("| 支付宝 | 95188 | 9:00-21:00 |", "CN", "95188", "CN:95188"),
        ("| 支付宝 | 95188 | 9-21 |", "US", "95188", "CN:95188"),
        ("客服电话：95188 9-21点", "CN", "95188", "CN:95188"),
        ("95188 8:00~22:00", "CN", "95188", "CN:95188"),
    ])
    def test_opening_hours_after_a_number_are_not_part_of_it(self, index, text, region, written, value):
        [finding] = [f for f in run(index, text=text, region=region).findings if f["kind"] in ("phone", "short_code")]
        assert (finding["text"], finding["value"], finding["verdict"]) == (written, value, "official")
        assert not any(reason["code"] == "extension" for reason in finding["reasons"])

    @pytest.mark.parametrize(("text", "written"), [
        # a number that is whole only with groups shaped as hours keeps them: Berlin's 1234 12-20
        ("Zentrale: +49 30 1234 12-20", "+49 30 1234 12-20"), ("Tel. 030 1234 12-20", "030 1234 12-20")])
    def test_a_numbers_own_last_groups_are_no_hours(self, index, text, written):
        [finding] = run(index, text=text, region="DE").findings
        assert (finding["text"], finding["value"]) == (written, "+493012341220")

    @pytest.mark.parametrize(("text", "value"), [
        # a table row of a "customer service numbers" page: the number was read as a count of people (人), and MetaMask's
        # row had no finding, nor the page its "MetaMask has no phone support"
        ("小狐狸钱包 \t 400-600-8866 \t 人工客服", "+864006008866"), ("95188 2号键", "CN:95188")])
    def test_a_number_before_a_menus_person_or_key_is_a_number(self, index, text, value):
        assert [f["value"] for f in run(index, text=text, region="CN").findings] == [value]

    @pytest.mark.parametrize(("text", "values"), [
        # a counter's character starting the next line (本, 天, 月) was read as the number's unit, and the number dropped
        ("全国统一客服热线：400-820-1688\n本站客服QQ：12345678", ["+864008201688"]),
        ("95188\n天猫客服 400-860-8608", ["CN:95188", "+864008608608"]),
        ("客服：95017\n月付用户请拨打 95188", ["CN:95017", "CN:95188"]),
    ])
    def test_a_word_on_the_next_line_is_no_unit_of_the_number(self, index, text, values):
        assert [f["value"] for f in run(index, text=text, region="CN").findings if f["kind"] != "social"] == values

    def test_a_number_in_enclosed_digits_is_read_and_shown_as_written(self, index):
        # "➊➑➑➑…" and "➀-➇➇➇-…" were no number: NFKC reads ① as 1 and leaves ❶ ➀ ➊ ⓵ ⓿ as they are
        text = "PayPal support ➊➑➑➑➋➋➊➊➊➏➊\nPayPal helpline ➀-➇➇➇-➁➁➀-➀➀➅➀\n①拨打95188\n① 95017"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["value"]) for f in findings] == [
            ("➊➑➑➑➋➋➊➊➊➏➊", "+8618882211161"), ("➀-➇➇➇-➁➁➀-➀➀➅➀", "+18882211161"),
            # one alone is a list's bullet, not a number's first digit
            ("95188", "CN:95188"), ("95017", "CN:95017")]
        assert all(text[f["start"]:f["end"]] == f["text"] for f in findings)

    def test_a_number_of_enclosed_and_plain_digits_mixed_is_read_whole(self, index):
        # the first three were no number, the fourth read from its ⑧ on (+1 864 …), the last found 188 alone
        text = "币安客服：400-⑧②⓪-①⑥⑧⑧\n客服热线：①⑧⑥-4237-5512\n客服热线：186-④②③⑦-⑤⑤①②\n客服热线：1⑧⑥-④②③⑦-⑤⑤①②\n" \
               "支付宝客服：⑨⑤188\n① 95188 ② 95017"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["value"]) for f in findings] == [
            ("400-⑧②⓪-①⑥⑧⑧", "+864008201688"), ("①⑧⑥-4237-5512", "+8618642375512"), ("186-④②③⑦-⑤⑤①②", "+8618642375512"),
            ("1⑧⑥-④②③⑦-⑤⑤①②", "+8618642375512"), ("⑨⑤188", "CN:95188"),
            # a bullet after a number, and one before it, are no digits of it
            ("95188", "CN:95188"), ("95017", "CN:95017")]
        # (nor one glued to the next item: the first version read "95188 ②95017" as one number)
        for listed in ("① 95188 ②95017", "①95188②95017", "1. 95188 ②95017"):
            assert [f["value"] for f in run(index, text=listed, region="CN").findings] == ["CN:95188", "CN:95017"], listed
        assert [f["verdict"] for f in findings][:1] == ["mismatch"] and findings[4]["verdict"] == "official"
        assert all(text[f["start"]:f["end"]] == f["text"] for f in findings)

    def test_a_number_in_small_or_bracketed_digits_is_read_as_the_check_reads_it(self, index):
        # "fancy text" digits, which the check read (NFKC) and the scan found nowhere
        text = "支付宝客服：⁹⁵¹⁸⁸\n币安客服：⁴⁰⁰-⁸²⁰-¹⁶⁸⁸\n币安客服：⑷⓪⓪⑻②⓪①⑥⑧⑧\n支付宝客服：⒐⒌⒈⒏⒏\n支付宝客服：₉₅₁₈₈\n" \
               "⑴拨打95017\n面积120m²，10⁶元"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["value"]) for f in findings] == [
            ("⁹⁵¹⁸⁸", "CN:95188"), ("⁴⁰⁰-⁸²⁰-¹⁶⁸⁸", "+864008201688"), ("⑷⓪⓪⑻②⓪①⑥⑧⑧", "+864008201688"), ("⒐⒌⒈⒏⒏", "CN:95188"),
            ("₉₅₁₈₈", "CN:95188"), ("95017", "CN:95017")]  # (a bullet in brackets; a square metre and a power are no number)
        for finding in findings[:5]:
            assert check(index, CheckRequest(value=finding["text"], region="CN")).input["normalized"] == finding["value"]

    def test_a_style_with_no_zero_of_its_own_is_read_with_the_plain_zero_or_the_far_one(self, index):
        # "⑷00…" was read from its first 0 on, "➃🄋🄋…" not at all (🄋 has no digit value); one bullet still is one
        text = "币安客服：⑷00⑻⑵0⑴⑹⑻⑻\n币安客服：➃🄋🄋➇➁🄋➀➅➇➇\n①95188"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["value"]) for f in findings] == [
            ("⑷00⑻⑵0⑴⑹⑻⑻", "+864008201688"), ("➃🄋🄋➇➁🄋➀➅➇➇", "+864008201688"), ("95188", "CN:95188")]

    @pytest.mark.parametrize("written", ["四零零\u00a0八二零\u00a0一六八八", "肆零零_捌贰零_壹陆捌捌", "四零零🔥八二零🔥一六八八",
                                         "四零零丨八二零丨一六八八", "四零零\u200b八二零\u200b一六八八", "肆零零*捌贰零*壹陆捌捌"])
    def test_chinese_numerals_split_as_spam_splits_digits_are_read(self, index, written):
        # the check read each; the scan read Chinese numerals only between spaces, dashes and dots
        [finding] = run(index, text=f"币安客服：{written} 全天在线", region="CN").findings
        assert (finding["text"], finding["value"]) == (written, "+864008201688")

    def test_numerals_listed_in_words_stay_words(self, index):
        assert run(index, text="步骤一、二、三、四、五、六：先打开支付宝", region="CN").findings == []

    def test_a_footnote_mark_after_a_number_is_no_digit_of_it(self, index):
        assert [f["value"] for f in run(index, text="支付宝客服电话：95188¹，微信支付95017²", region="CN").findings] == ["CN:95188", "CN:95017"]

    def test_a_number_in_chinese_numerals_is_read_and_shown_as_written(self, index):
        # spam writes numbers so to slip past filters, and the check read them; the scan found none of these
        text = ("小狐狸钱包客服：肆零零捌贰零壹陆捌捌\n小狐狸钱包客服：四零零八二零一六八八\n小狐狸钱包客服：400-捌贰零-1688\n"
                "支付宝客服九五一八八")
        findings = run(index, text=text).findings
        assert [(f["text"], f["value"], f["verdict"]) for f in findings] == [
            ("肆零零捌贰零壹陆捌捌", "+864008201688", "contradicts_policy"), ("四零零八二零一六八八", "+864008201688", "contradicts_policy"),
            ("400-捌贰零-1688", "+864008201688", "contradicts_policy"), ("九五一八八", "CN:95188", "official")]
        assert all(text[f["start"]:f["end"]] == f["text"] for f in findings)

    @pytest.mark.parametrize("text", ["小狐狸钱包客服：4008201688", "小狐狸钱包客服：肆零零捌贰零壹陆捌捌", "MetaMask support line 400 820 1688"])
    def test_a_number_of_no_known_country_presented_as_a_provider_with_no_phone_support_is_judged(self, index, text):
        # on a page of no region it was no finding, and the page no advisory: whichever country's number it is, MetaMask
        # has no phone support (the check's answer to "小狐狸钱包客服 4008201688")
        result = run(index, text=text)
        [finding] = result.findings
        assert (finding["verdict"], finding["risk"], finding["value"]) == ("contradicts_policy", "high", "4008201688")
        assert [r["code"] for r in finding["reasons"]][:2] == ["region_not_needed", "policy_contradicted"]
        assert "no_phone_support" in [a["code"] for a in result.advisories]
        # a provider with phone support none of whose channels any reading is: not its number, whichever country's it is (it
        # was no finding, as the check's answer was "cannot be checked"); one of whose readings is its own (PayPal's
        # 1-888-221-1161 without its 1) still needs the country: no guess at which number it is
        [other] = run(index, text="PayPal客服：4008201688").findings
        assert (other["verdict"], other["value"], other["reasons"][0]["code"]) == ("mismatch", "4008201688",
                                                                                  "region_not_needed_not_listed")
        assert run(index, text="PayPal客服：8882211161").findings == []

    def test_a_look_alike_of_an_official_number_claimed_as_another_provider_is_judged_by_the_claim(self, index):
        # "+86 95188", Alipay's short code dressed as an international number, is a look-alike by itself; claimed as
        # MetaMask's it was no finding (no real number, and the claim's verdict no look-alike), where the check says
        # MetaMask has no phone support
        [finding] = run(index, text="MetaMask support: +86 95188").findings
        assert (finding["value"], finding["verdict"], finding["presented_as"]["slug"]) == ("+8695188", "contradicts_policy", "metamask")
        # (a number like nothing official and no real one stays none)
        assert run(index, text="MetaMask support: +86 95", region="CN").findings == []

    @pytest.mark.parametrize("text", ["Your MetaMask support request 12345678 was received.", "MetaMask support case 12345678",
                                      "Coinbase ticket 18889087930", "MetaMask工单号 12345678",
                                      "Binance UID: 12345678", "My Binance UID is 35678901", "币安邀请码：12345678",
                                      "Binance referral code 12345678", "Coinbase account 12345678", "云闪付商户号：2208396417",
                                      "微信支付学号 9438295592", "云闪付 第493期 中奖号码 9641202", "支付宝红包口令 90196914",
                                      "Venmo customer since 2022, member 7279100788", "Venmo order number 5319487809",
                                      "PayPal confirmation number 9714663815", "Zelle routing number 359236961"])
    def test_a_support_desks_case_number_or_an_accounts_id_is_no_phone_number(self, index, text):
        # each was a number presented as the provider's, high risk (whichever country's number it is, MetaMask has no phone
        # support; none is one of Binance's)
        assert run(index, text=text).findings == []

    @pytest.mark.parametrize("text", ["Binance processed 35678901 transactions", "Coinbase has 110000000 users",
                                      "MetaMask 12345678", "PayPal: 4008201688"])
    def test_digits_of_no_known_country_after_a_name_alone_are_not_presented_as_its_number(self, index, text):
        # a count or an id as often as a number: each was a mismatch or a policy contradiction, high risk, on a page of no
        # region; a word of calling presents one ("PayPal客服：4008201688", above)
        assert run(index, text=text).findings == []

    @pytest.mark.parametrize("text", ["Alipay processed 25969052 transactions last year.", "MetaMask has 46858348 users",
                                      "OKX tx 5319487809", "Cash App block height 91396835"])
    def test_a_count_or_a_transactions_number_in_the_pages_region_is_no_phone_number(self, index, text):
        # read in China, each was a number presented as the provider's, high risk
        assert run(index, text=text, region="CN").findings == []

    @pytest.mark.parametrize("text", ["OKX tx 5319487809 5319487810", "Venmo order numbers 5319487809 5319487810",
                                      "Venmo order nos. 5319487809, 5319487810"])
    def test_a_second_number_of_another_kind_after_the_first_is_none_either(self, index, text):
        # (the word before the second run was the first run: the second was a number presented as the provider's, high risk)
        assert run(index, text=text, region="US").findings == []

    def test_a_phone_number_after_a_case_number_and_a_word_of_calling_stays_one(self, index):
        [finding] = run(index, text="Coinbase ticket 12345678 call 18882211161", region="US").findings
        assert finding["value"] == "+18882211161"

    @pytest.mark.parametrize("text", ["PayPal called me, caller ID: 8882211161", "PayPal called, Caller-ID 8882211161"])
    def test_a_callers_id_is_its_phone_number(self, index, text):
        # ("id" before digits makes them an identifier, and the caller's number was no finding)
        [finding] = run(index, text=text, region="US").findings
        assert (finding["value"], finding["verdict"]) == ("+18882211161", "official")

    @pytest.mark.parametrize("text", ["支付宝ID：4008201688", "支付宝订单ID 4008201688", "币安UID：4008201688"])
    def test_an_identifiers_latin_name_run_into_chinese_names_one(self, index, text):
        # (a Latin word was whole only before a space or a mark: after a Chinese character, "ID" was a letter's
        # continuation, and the id a number presented as the provider's, high risk)
        assert run(index, text=text, region="CN").findings == []

    @pytest.mark.parametrize("text", ["PayPal support request: 1-888-221-1161", "PayPal: 1-888-221-1161 accounts department"])
    def test_a_phone_number_after_a_support_request_or_before_a_lines_name_stays_one(self, index, text):
        # (grouped as a phone number is: the words that make one run of digits a case's or a count are no line's name)
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["verdict"]) == ("+18882211161", "official")

    def test_bare_digits_a_country_is_guessed_for_are_not_presented_by_a_name_alone(self, index):
        # on a page of no region, "5319487809" is read as +1 531-948-7809 by its length and "98661162", a balance, as Iran's
        # +98 661162 by its first digits; after a name with nothing between, each was presented as the provider's, high risk,
        # and the page "lists numbers as MetaMask support"
        for text, value in (("OKX trade 5319487809", "+15319487809"), ("小狐狸钱包 钱包余额 98661162", "+98661162")):
            result = run(index, text=text)
            assert [(f["value"], f["verdict"], f["presented_as"]) for f in result.findings] == [(value, "unknown", None)]
            assert [a["code"] for a in result.advisories if a["code"] != "safe_alternative"] == []
        # written as a number, or with a word of calling, it is the name's; and read in the named provider's one country too
        for text, value in (("OKX: 531-948-7809", "+15319487809"), ("OKX support 5319487809", "+15319487809"),
                            ("支付宝 4008201688", "+864008201688")):
            [finding] = run(index, text=text).findings
            assert (finding["value"], finding["verdict"], finding["presented_as"] is not None) == (value, "mismatch", True)

    @pytest.mark.parametrize("text, digits", [("Venmo customer service phone: 4008201688", "4008201688"),
                                              ("Venmo support 138 1234 5678", "13812345678")])
    def test_a_number_none_of_the_named_providers_one_country_is_judged_as_written(self, index, text, digits):
        # the page names only Venmo, an American provider, and is read in the US, where China's 400 number and mobile are
        # no numbers: no finding and no advisory, where the check says none of Venmo's ("Venmo: 4008201688", no region)
        result = run(index, text=text)
        assert result.page["region_from"] == "page_providers"
        [finding] = result.findings
        assert (finding["verdict"], finding["value"], finding["presented_as"]["slug"]) == ("mismatch", digits, "venmo")
        assert finding["reasons"][0]["code"] == "region_not_needed_not_listed"
        assert "presented_not_official" in [a["code"] for a in result.advisories]
        # a number of that country is read there (Venmo's own)
        [own] = run(index, text="Venmo customer service phone: 855-812-4430").findings
        assert (own["verdict"], own["value"]) == ("official", "+18558124430")

    @pytest.mark.parametrize("text", ["支付宝：一二三四五上山打老虎", "支付宝成立于二〇〇四年十二月", "第一二三名是支付宝用户", "九九八十一难"])
    def test_numerals_in_words_are_no_number(self, index, text):
        # (a short run is a number only where it is a registry's short code: counting is words)
        assert run(index, text=text, region="CN").findings == []

    def test_a_number_of_keycap_digits_spans_its_last_keycap(self, index):
        # the span ended at the last digit, before its keycap: a browser highlighting it split the last emoji
        text = "Coinbase support: 1\ufe0f\u20e3-8\ufe0f\u20e38\ufe0f\u20e38\ufe0f\u20e3-9\ufe0f\u20e30\ufe0f\u20e38\ufe0f\u20e3-" \
               "7\ufe0f\u20e39\ufe0f\u20e33\ufe0f\u20e30\ufe0f\u20e3 now"
        [finding] = run(index, text=text, region="US").findings
        assert finding["value"] == "+18889087930" and finding["text"].endswith("0\ufe0f\u20e3")
        assert text[finding["start"]:finding["end"]] == finding["text"] and text[finding["end"]:] == " now"

    def test_a_number_an_override_reorders_is_found_and_judged_as_shown(self, index):
        # shown as "支付宝客服：95188"; 95881 written as it is dialled is a short code that is not Alipay's
        [finding] = run(index, text="支付宝客服：95\u202e881", region="CN").findings
        assert (finding["value"], finding["verdict"], finding["provider"]) == ("CN:95881", "lookalike", "alipay")
        assert "reordered_number" in [reason["code"] for reason in finding["reasons"]]
        [plain] = run(index, text="支付宝客服：95881", region="CN").findings
        assert (plain["verdict"], plain["presented_as"]["slug"]) == ("mismatch", "alipay")
        assert "reordered_number" not in [reason["code"] for reason in plain["reasons"]]

    @pytest.mark.parametrize(("text", "shown"), [
        ("支付宝客服电话：\u202e88159\u202c 全天在线", "show it as 95188, Alipay's official number"),  # was no finding: 88159 alone is no number in CN
        ("币安客服电话：\u202e8861-028-004\u202c", "+864008201688"),  # was judged with nothing said of what the page shows
    ])
    def test_a_number_an_override_before_it_reverses_is_found_and_judged_as_shown(self, index, text, shown):
        [finding] = run(index, text=text, region="CN").findings
        assert finding["text"].startswith("\u202e") and text[finding["start"]:finding["end"]] == finding["text"]
        assert shown in " ".join(reason["message"] for reason in finding["reasons"] if reason["code"].startswith("reordered_number"))

    @pytest.mark.parametrize("markup", ['95<bdo dir="rtl">881</bdo>', '95<span style="unicode-bidi: bidi-override; direction: rtl">881</span>',
                                        '95<span dir="rtl" style="unicode-bidi:bidi-override">881</span>'])
    def test_markup_that_shows_digits_reversed_is_read_as_the_override(self, index, markup):
        # a browser shows 95188 (Alipay's) for text that holds, and a tap dials, 95881
        result = run(index, html=f'<html lang="zh-CN"><p>支付宝客服：{markup} 请拨打</p></html>', include_text=True)
        assert "95\u202e881\u202c" in result.text
        [finding] = result.findings
        assert (finding["value"], finding["verdict"], finding["provider"]) == ("CN:95881", "lookalike", "alipay")

    @pytest.mark.parametrize("markup", ['<bdo dir="ltr">95188</bdo>', '<span dir="rtl">95188</span>', '<span style="direction: rtl">95188</span>'])
    def test_markup_that_does_not_reverse_digits_adds_nothing(self, index, markup):
        result = run(index, html=f'<html lang="zh-CN"><p>支付宝客服：{markup}</p></html>', include_text=True)
        assert "\u202e" not in result.text
        assert [(f["value"], f["verdict"]) for f in result.findings] == [("CN:95188", "official")]

    @pytest.mark.parametrize("text", ["MetaMask 客服 QQ：2850011234", "客服QQ号 2850011234"])
    def test_a_qq_accounts_number_is_the_account_not_a_phone_number(self, index, text):
        [finding] = run(index, text=text, region="CN").findings
        assert (finding["kind"], finding["value"]) == ("social", "qq:2850011234")

    @pytest.mark.parametrize(("text", "value"), [
        ("call +1 (888) 221-1161 now", "+18882211161"),
        ("热线：+1-707-381-4213（24小时）", "+17073814213"),
        ("support ➽ 1-8O8-555-0199 (24/7)", "+18085550199"),
        ("客服 𝟙𝟠𝟘𝟘 𝟤𝟕𝟓 𝟐𝟐𝟕𝟑", "+18002752273"),
        ("客服 1-8０0-☎️-275-2273", "+18002752273"),
        ("支付宝客服电话95188，", "CN:95188"),
        ("请拨打110报警", "CN:110"),
        # a note in brackets after the number, which the run stops inside
        ("call 1 (844) 757 4459 (24/7) for a live agent", "+18447574459"),
        ("美国免费电话：1 844 671 5105(24/7)，英文服务", "+18446715105"),
        ("热线 95188（7×24小时）", "CN:95188"),
        # ... and the hours after a space, as a table's cell or a line writes them (7×24's sign joined the run: nothing found)
        ("支付宝 95188 7×24小时", "CN:95188"), ("云闪付\t95516\t7*24小时服务", "CN:95516"),
        # brackets the run closes are the number's own: an area code, a menu option
        ("call 0044 (20) 7946 0000 from abroad", "+442079460000"),
        ("拨打 95017 (2) 转人工", "CN:95017"),
        ("Tel-400-820-0588", "+864008200588"),  # a call word before the dash: not a code's tail
        # 丨, a Chinese stroke, as spam writes a bar between digit groups (it was no separator: nothing found)
        ("欧易客服热线：400丨886丨7123", "+864008867123"),
        ("📞备用热线：4 0 0 丨 8 8 6 丨 7 1 2 3", "+864008867123"),
        # 一, the numeral one, and ー, the katakana long vowel, as spam and Japanese pages write a dash (no number was found)
        ("币安官方客服：400 一 820 一 1688 转 2", "+864008201688"), ("客服热线：400一820一1688", "+864008201688"),
        ("客服电话：138一0013一8000", "+8613800138000"), ("客服：400ー820ー1688", "+864008201688"),
        ("客服：400ｰ820ｰ1688", "+864008201688"),
    ])
    def test_numbers_written_every_way(self, index, text, value):
        assert values(run(index, text=text, region="CN")) == [value]

    @pytest.mark.parametrize("text", ["营业时间9一18点", "第1一3名", "支付宝客服95一88"])
    def test_a_one_between_few_digits_is_no_dash(self, index, text):
        # (a dash reading makes a whole number, seven digits or more, or nothing: "95一88" is no 9588, nor a 95188)
        assert run(index, text=text, region="CN").findings == []

    def test_a_japanese_number_written_with_long_vowel_marks_is_read(self, index):
        text = "お問い合わせ：0120ー123ー456（受付時間 9:00～18:00）"
        [finding] = run(index, text=text, region="JP").findings
        assert (finding["text"], finding["value"]) == ("0120ー123ー456", "+81120123456")

    @pytest.mark.parametrize(("text", "found"), [
        # Mexico's retired prefixes, as older pages print them: "044 55 …" was cut apart and not found, "01 800 …" and
        # "+52 1 …" were not numbers
        ("Llámanos al 044 55 1234 5678", ["+525512345678"]), ("Línea gratuita: 01 800 925 0304", ["+528009250304"]),
        ("WhatsApp: +52 1 55 3021 7788", ["+525530217788"])])
    def test_numbers_with_a_prefix_mexico_retired(self, index, text, found):
        assert values(run(index, text=text, region="MX")) == found

    @pytest.mark.parametrize(("text", "found"), [
        # glued to a word that calls it, as sloppy pages write a number (each was no finding; the check read them)
        ("Binance hotline95555", [("95555", "mismatch")]), ("支付宝toll-free95188", [("95188", "official")]),
        ("Tel4008201688", [("4008201688", "unknown")]), ("PayPal call1-888-221-1161", [("1-888-221-1161", "official")]),
        ("HELPLINE95188 支付宝", [("95188", "official")]),
        # a product's, a version's or a code's name is no word of calling: nothing
        ("iPhone12345678 Service2024 online2024 model1 Phone2 callback95188 freephone2", []),
    ])
    def test_a_number_glued_to_a_word_of_calling(self, index, text, found):
        assert [(f["text"], f["verdict"]) for f in run(index, text=text, region="CN").findings] == found

    @pytest.mark.parametrize(("text", "region", "found"), [
        ("Rufen Sie uns an: 089/12345678 oder 0800/1234567", "DE", [("089/12345678", "+498912345678"),
                                                                     ("0800/1234567", "+498001234567")]),
        ("Tel.: 030 / 2345678", "DE", [("030 / 2345678", "+49302345678")]),
        ("客服：010/12345678", "CN", [("010/12345678", "+861012345678")]),
        # a list, a date, a fraction, a page's count: none an area code and its number
        ("热线 95188/95017", "CN", [("95188", "CN:95188"), ("95017", "CN:95017")]),
        ("Stand 05/2024, Seite 012/345, 12/05/2024, 1/2", "DE", []),
    ])
    def test_an_area_code_and_a_slash_before_the_number(self, index, text, region, found):
        # "089/12345678", as German, Austrian and Swiss pages write a number (DIN 5008's older form): it was no number, and
        # "030/2345678" was +49 2345678, its subscriber's part alone
        assert [(f["text"], f["value"]) for f in run(index, text=text, region=region).findings] == found

    @pytest.mark.parametrize("region", [None, "BR", "US"])
    def test_numbers_written_with_brazils_carrier_placeholder(self, index, region):
        # "(0xx11) 4004-1234": the digits after the xx were found alone (+55 4004-1234 in BR, nothing elsewhere)
        page = "SAC: (0xx11) 4004-1234\nOuvidoria 0XX21 3003-4107\nCódigo ABC0xx11 2222-3333"
        found = run(index, text=page, region=region).findings
        assert [(f["text"], f["value"]) for f in found][:2] == [("(0xx11) 4004-1234", "+551140041234"),
                                                               ("0XX21 3003-4107", "+552130034107")]
        # glued to a word it is no number's start
        assert all(not f["text"].startswith("0xx11 2222") for f in found)

    @pytest.mark.parametrize(("text", "region", "found"), [
        # a national number of thirteen digits is one, not groups to split: Argentina's mobiles with 15 after the area code
        ("Binance soporte: (011) 15-4567-8901", "AR", ["+5491145678901"]),
        ("Celular: 0351 15-512-3456", "AR", ["+5493515123456"]),
        # (two numbers side by side are still two)
        ("020 7946 0000 020 7946 0001", "GB", ["+442079460000", "+442079460001"])])
    def test_a_long_national_number_is_one(self, index, text, region, found):
        assert values(run(index, text=text, region=region)) == found

    @pytest.mark.parametrize(("text", "region", "found"), [
        ("call 1.800.275.2273 now", "US", ["+18002752273"]),  # dotted, as US pages write them: not a version
        ("call 800.275.2273 now", "US", ["+18002752273"]),
        ("电话 138.0013.8000", "CN", ["+8613800138000"]),
        ("+1 888 221 1161 +1 402 935 2050", None, ["+18882211161", "+14029352050"]),  # side by side
        ("+86 138 0013 8000 +86 139 0013 9000", "CN", ["+8613800138000", "+8613900139000"]),
    ])
    def test_numbers_in_the_region_written_every_way(self, index, text, region, found):
        assert values(run(index, text=text, region=region)) == found

    @pytest.mark.parametrize(("text", "found", "verdict"), [
        ("login at pаypal.com now", "pаypal.com", "lookalike"),  # a Cyrillic а: the homograph attack
        ("email service@pаypal.com", "service@pаypal.com", "lookalike"),
        ("访问www.alipay.com查看", "www.alipay.com", "official"),  # Chinese runs into addresses with no space
        ("访问https://www.alipay.com查看", "https://www.alipay.com", "official"),
        ("联系邮箱service@paypal.com谢谢", "service@paypal.com", "official"),
        ("Zahlung über paypal.com", "paypal.com", "official"),
        # a browser reads 。 ． ｡ in a host as a dot: these go to paypal.com.evil.net, not to PayPal
        ("登录 https://paypal.com。evil.net 验证", "https://paypal.com。evil.net", "lookalike"),
        ("登录 www.alipay.com．secure-login.top/verify 验证", "www.alipay.com．secure-login.top/verify", "lookalike"),
        # a sentence ending after an address is not part of it
        ("请访问 www.alipay.com。然后登录", "www.alipay.com", "official"),
        ("官网https://www.alipay.com。App下载", "https://www.alipay.com", "official"),
    ])
    def test_addresses_in_any_script_glued_to_chinese_text_or_split_by_a_full_stop(self, index, text, found, verdict):
        [finding] = run(index, text=text).findings
        assert (finding["text"], finding["verdict"]) == (found, verdict)

    @pytest.mark.parametrize("text", ["Binance.US customer service 1-888-555-0199", "Binance.US客服电话：+1 888 555 0199"])
    def test_a_providers_name_written_as_its_domain_presents_what_follows(self, index, text):
        site, number = run(index, text=text, region="US").findings
        assert (site["verdict"], site["provider"]) == ("official", "binance-us")
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "binance-us")

    def test_a_providers_name_written_as_its_domain_is_not_presented_as_the_name_before_it(self, index):
        # an SEO page's "Trending" list: crypto.com was "presented as Kraken's", high risk, and the page "presents 1 address
        # as Kraken's that is not Kraken's"; a name before it that is its own still presents it
        result = run(index, text="Trending: Kraken support number, Crypto.com helpline +1 (808) 445 7031.", region="US")
        site, number = result.findings
        assert (site["text"], site["verdict"], site["presented_as"]) == ("Crypto.com", "official", None)
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "crypto-com")
        assert not any("Kraken's" in advisory["message"] for advisory in result.advisories
                       if advisory["code"] == "presented_not_official")
        [own] = run(index, text="Cash App customer service: see cash.app", region="US").findings
        assert (own["verdict"], own["presented_as"]["slug"]) == ("official", "cash-app")

    def test_a_path_written_after_a_domain_is_part_of_the_address(self, index):
        text = "Cash App support: send $50 to cash.app/$RefundDesk to unlock your refund."
        [finding] = run(index, text=text).findings
        assert (finding["text"], finding["verdict"]) == ("cash.app/$RefundDesk", "mismatch")  # a user's page

    def test_an_apps_package_name_on_a_page_is_the_app_not_an_address(self, index):
        # "com.ledger.live" was a look-alike address of Ledger's, and the page "presents 1 address as Ledger's that is
        # not Ledger's": it is Ledger Live's own package, as the page says
        text = "Ledger Live 官方安卓版，包名 com.ledger.live，请在 Google Play 下载。"
        result = run(index, text=text, region="CN")
        [finding] = result.findings
        assert (finding["kind"], finding["value"], finding["verdict"]) == ("app", "android:com.ledger.live", "official")
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    def test_a_chat_link_is_one_finding_its_number_judged_as_presented(self, index):
        text = "MetaMask 官方客服 WhatsApp：wa.me/14155550123，Telegram: https://t.me/+447911123456"
        findings = run(index, text=text).findings
        # the digits inside the link were a second finding of the same number
        assert [(f["text"], f["kind"], f["value"], f["verdict"]) for f in findings] == [
            ("wa.me/14155550123", "phone", "+14155550123", "contradicts_policy"),
            ("https://t.me/+447911123456", "phone", "+447911123456", "contradicts_policy")]
        assert all(f["reasons"][0]["code"] == "chat_number" and f["presented_as"]["slug"] == "metamask" for f in findings)

    def test_social_accounts_are_judged_as_accounts_and_a_link_to_another_is_deceptive(self, index):
        html = ('<p>MetaMask support on X: <a href="https://x.com/MetaMaskSupp0rt">x.com/metamasksupport</a>, '
                'or DM <a href="https://twitter.com/MetaMaskSupport">@MetaMaskSupport</a></p>')
        shown, fake, named, real = run(index, html=html).findings
        assert [(f["kind"], f["value"]) for f in (shown, fake, named, real)] == [
            ("social", "x:metamasksupport"), ("social", "x:metamasksupp0rt"), ("social", "@metamasksupport"),
            ("social", "x:metamasksupport")]
        assert (fake["verdict"], real["verdict"]) == ("lookalike", "official")
        # the text shows the real account while the link opens a fake one
        assert shown["verdict"] == "lookalike" and "link_opens_elsewhere" in [r["code"] for r in shown["reasons"]]
        # the account's name shown over a link to that very account is no deception
        assert "link_opens_elsewhere" not in [r["code"] for r in named["reasons"]]
        deceiving = run(index, html='<a href="https://x.com/MetaMaskSupp0rt">@MetaMaskSupport</a>').findings
        assert "link_opens_elsewhere" in [r["code"] for r in deceiving[0]["reasons"]]

    def test_a_link_whose_userinfo_ends_in_a_full_width_backslash_opens_the_site_after_it(self, index):
        # (the scan's link and the same address written out were both paypal.com's, official: Chromium opens evil.com)
        result = run(index, html='<p>PayPal login: <a href="https://paypal.com\uff3c@evil.com/signin">www.paypal.com/signin</a> '
                                 'or https://paypal.com\uff3c@evil.com/signin</p>')
        assert [(f["value"], f["verdict"], f["risk"]) for f in result.findings] == [
            ("www.paypal.com", "lookalike", "high"), ("evil.com", "lookalike", "high"), ("evil.com", "lookalike", "high")]
        assert "link_opens_elsewhere" in [r["code"] for r in result.findings[0]["reasons"]]

    def test_a_site_shown_over_an_account_on_it_is_no_deception(self, index):
        # MetaMask's own X account linked under "x.com", a channel under "t.me": each was "x.com (t.me) opens another
        # address", high risk, and counted in the page's deceptive_link advisory
        html = ('<p>Follow us: <a href="https://x.com/MetaMask">x.com</a>, '
                '<a href="https://t.me/binance">t.me</a>, <a href="tg://resolve?domain=binance">t.me</a></p>')
        result = run(index, html=html)
        shown = [f for f in result.findings if f["source"] == "text"]
        assert [f["value"] for f in shown] == ["x.com", "t.me", "t.me"]
        assert all("link_opens_elsewhere" not in [r["code"] for r in f["reasons"]] for f in shown)
        assert "deceptive_link" not in [a["code"] for a in result.advisories]
        # the host shown over a link to another site, or an account shown over another account, still is
        deceiving = run(index, html='<a href="https://tme-login.top/">t.me</a> <a href="tg://resolve?domain=binance_kefu">'
                                    't.me/binance</a>')
        assert [f["value"] for f in deceiving.findings if "link_opens_elsewhere" in [r["code"] for r in f["reasons"]]] == [
            "t.me", "telegram:binance"]

    def test_a_telegram_link_in_its_own_scheme_is_judged_as_the_account(self, index):
        # a fake help page's "Chat with support" button in Telegram's scheme: the link was no finding at all
        html = ('<h1>MetaMask Support</h1><p>Wallet not syncing? <a href="tg://resolve?domain=metamask_helpdesk">'
                'Chat with MetaMask support on Telegram</a></p>')
        [link] = run(index, html=html).findings
        assert (link["kind"], link["value"], link["verdict"], link["presented_as"]["slug"]) == (
            "social", "telegram:metamask_helpdesk", "contradicts_policy", "metamask")

    @pytest.mark.parametrize("href", [
        "https://www.baidu.com/link?url=Xq1ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9",
        # each was "www.sogou.com (www.so.com, www.google.com) is not Alipay's" before its shape was listed
        "https://www.sogou.com/link?url=hedJjaC291Ok-E9WTygIKqZt6DizBOEjAwiXrfyunF09WCxkIl4",
        "https://www.so.com/link?m=eQUM3VzYEL0KkrC2Th1ogvJEPne2l3da0PF74tZeJf5hvLk8G8m0",
        "https://www.google.com/goto?url=CAESABnUiK3r7Ee8Pq4fX2mVtW9",
    ])
    def test_a_search_results_link_hiding_where_it_goes_is_not_presented_as_its_title_names(self, index, href):
        html = (f'<h3><a href="{href}">支付宝客服电话是多少？-百度知道</a></h3>'
                '<p>支付宝官方客服电话：95188</p>')
        link, number = run(index, html=html, region="CN").findings
        # it was "www.baidu.com is not Alipay's", high risk, counted among what the page passes off as Alipay's
        assert (link["verdict"], link["presented_as"], link["reasons"][0]["code"]) == ("unknown", None, "redirect_hidden")
        assert (number["verdict"], number["presented_as"]["slug"]) == ("official", "alipay")

    def test_a_search_results_links_are_judged_by_where_they_go(self, index):
        html = ('<h3><a href="https://www.google.com/url?q=https://paypa1-support.com/help&amp;sa=U">PayPal customer service '
                '| paypal.com</a></h3><a href="https://api.whatsapp.com/send?phone=14155550123">WhatsApp support</a>'
                '<a href="whatsapp://send?phone=14155550123">WhatsApp</a>')
        result = run(index, html=html)
        by_value = {f["value"]: f for f in result.findings}
        assert by_value["paypa1-support.com"]["verdict"] == "lookalike"
        assert by_value["paypa1-support.com"]["reasons"][0]["code"] == "redirect"
        chats = [f for f in result.findings if f["value"] == "+14155550123"]
        assert len(chats) == 2 and all((f["kind"], f["reasons"][0]["code"]) == ("phone", "chat_number") for f in chats)
        # the result's text shows paypal.com while the link sends the reader to a look-alike
        assert "link_opens_elsewhere" in [r["code"] for r in by_value["paypal.com"]["reasons"]]

    def test_a_telegram_share_link_written_in_a_post_is_judged_by_the_address_it_spreads(self, index):
        # it was "t.me is not in our registry", and the look-alike it spreads no finding at all
        text = "MetaMask airdrop! Share to 5 groups to claim: https://t.me/share/url?url=https://metamask-restore.io&text=Free%20ETH"
        (link,) = [finding for finding in run(index, text=text).findings if finding["kind"] == "website"]
        assert (link["value"], link["verdict"], link["reasons"][0]["code"]) == ("metamask-restore.io", "lookalike", "shared_link")

    def test_app_links_written_out_in_a_text_are_judged_as_their_hrefs_are(self, index):
        # pasted from a chat: each was no finding at all (the WhatsApp link's digits a bare number, not a chat), as in an href
        text = ("MetaMask support team. Chat with us on Telegram: tg://resolve?domain=metamask_helpdesk.\n"
                "Urgent? WhatsApp us: whatsapp://send?phone=14155550123\n"
                "Airdrop: imtokenv2://navigate/DappView?url=https://imtoken-airdrop.top")
        telegram, whatsapp, wallet = run(index, text=text).findings
        assert (telegram["value"], telegram["verdict"], telegram["text"]) == \
            ("telegram:metamask_helpdesk", "contradicts_policy", "tg://resolve?domain=metamask_helpdesk")
        assert (whatsapp["value"], whatsapp["reasons"][0]["code"]) == ("+14155550123", "chat_number")
        assert (wallet["value"], wallet["reasons"][0]["code"], wallet["verdict"]) == ("imtoken-airdrop.top", "wallet_link", "lookalike")
        # a scheme no app has, or a web address's own, is no app link
        assert values(run(index, text="see foo://bar and https://www.paypal.com/")) == ["www.paypal.com"]
        # one carried in a web address's query is that address's, not a finding of its own beside it
        assert values(run(index, text="Open https://example.com/go?to=trust://open_url?url=https://drain.top now")) == ["example.com"]

    def test_a_wallets_link_and_a_users_invoice_are_judged_for_what_they_are(self, index):
        text = ("Trust Wallet airdrop: claim at https://link.trustwallet.com/open_url?coin_id=60&url=https%3A%2F%2Fdrain-rewards.top now. "
                "PayPal invoice https://www.paypal.com/invoice/p/#INV2-AB12 call 1-888-555-0134 to cancel.")
        wallet, invoice, number = run(index, text=text).findings
        # "Trust Wallet" beside Trust Wallet's own link names the wallet the site opens in, not its owner
        assert (wallet["value"], wallet["reasons"][0]["code"], wallet["verdict"]) == ("drain-rewards.top", "wallet_link", "unknown")
        assert wallet["presented_as"] is None
        assert (invoice["reasons"][0]["code"], invoice["verdict"], number["verdict"]) == ("user_payment_page", "mismatch", "mismatch")
        # a $Cashtag in a message is the Cash App account it names; a ticker or an account the registry says nothing of
        # is no finding
        signed_by_cash_app = "Cash App: You have a pending refund of $250. To receive it, send $1 to $CashAppRefundDept to verify your account."
        result = run(index, text=signed_by_cash_app, region="US")
        [tag] = result.findings
        assert (tag["text"], tag["verdict"], tag["presented_as"]["slug"]) == ("$CashAppRefundDept", "lookalike", "cash-app")
        assert "upfront_fee" in {flag["code"] for flag in result.red_flags}
        assert run(index, text="Top movers: $BTC up 4%, $ETH down 2%. Tips to $JaneDoe42. US$100.", region="US").findings == []
        # a message signed by the app whose link it is gives the page it opens as the sender's: Alipay's link that
        # opens pay-95188.cn inside Alipay, in a text signed 【支付宝】, was no one's (unknown)
        signed = ("【支付宝】您有一笔退款待领取，请点击 https://render.alipay.com/p/s/i?scheme=alipays%3A%2F%2Fplatformapi%2F"
                  "startapp%3FappId%3D20000067%26url%3Dhttp%253A%252F%252Fpay-95188.cn 领取，逾期作废。")
        [opened] = run(index, text=signed, region="CN").findings
        assert (opened["value"], opened["reasons"][0]["code"], opened["verdict"], opened["presented_as"]["slug"]) == \
            ("pay-95188.cn", "app_link", "lookalike", "alipay")  # (Alipay's hotline in its name)
        html = '<a href="https://link.trustwallet.com/open_url?url=https://drain-rewards.top">trustwallet.com</a>'
        shown = run(index, html=html).findings[0]
        assert shown["verdict"] == "lookalike" and "link_opens_elsewhere" in [r["code"] for r in shown["reasons"]]

    @pytest.mark.parametrize(("text", "region", "found"), [
        ("Call 020 7946 0000 020 7946 0001 today", "GB", ["+442079460000", "+442079460001"]),
        ("Tel: (415) 555-2671 (212) 555-0199", "US", ["+14155552671", "+12125550199"]),
        ("Tel: (415) 555-2671 (212) 555-0199", "CN", ["+14155552671", "+12125550199"]),  # read the North American way
        ("1 (844) 757 4459 1 (888) 221 1161", "US", ["+18447574459", "+18882211161"]),
        ("0044 20 7946 0000 0044 20 7946 0001", "US", ["+442079460000", "+442079460001"]),
        # digits that only a country code typed without '+' makes valid, or a date among the groups: no numbers
        ("46 11  0-276503 80075  2 36075", "GB", []),
        ("ref 020 2024-05-12", "CN", []),
    ])
    def test_numbers_written_side_by_side_without_a_plus_are_each_a_number(self, index, text, region, found):
        result = run(index, text=text, region=region)
        assert values(result) == found
        assert all(text[f["start"]:f["end"]] == f["text"] and f["text"] == f["text"].strip() for f in result.findings)

    def test_numbers_side_by_side_are_read_within_a_bound_per_page(self, index, monkeypatch):
        # each such run costs three readings here: (415) 555-2671, then 13 digits, then (212) 555-0199
        monkeypatch.setattr(scan_module, "MAX_SIDE_BY_SIDE_READS", 3)
        text = "Tel: (415) 555-2671 (212) 555-0199\nFax: (415) 555-2672 (212) 555-0198"
        assert values(run(index, text=text, region="US")) == ["+14155552671", "+12125550199"]  # the second run: groups

    def test_short_codes_side_by_side_are_each_a_number(self, index):
        assert values(run(index, text="客服 95188 95017（7×24小时）", region="CN")) == ["CN:95188", "CN:95017"]
        assert values(run(index, text="客服 95188 95017", region="CN")) == ["CN:95188", "CN:95017"]

    @pytest.mark.parametrize(("text", "region"), [
        ("请把应用升级到 10.0.17229.3823 或更高版本。", None),  # 100 is a short code in Kenya's registry
        ("请把应用升级到 10.0.17229.3823 或更高版本。", "CN"),
        ("本店售后热线：400-610-2233（工作日 9:00—21:00）", "US"),  # not 400610, a US short number
    ])
    def test_a_run_is_cut_down_to_a_short_code_only_at_a_space(self, index, text, region):
        assert [f["value"] for f in run(index, text=text, region=region).findings if f["kind"] == "short_code"] == []

    @pytest.mark.parametrize(("text", "found"), [
        ("call 1-8OO-275-22l3 now", "1-8OO-275-22l3"),  # letters between digits are digits
        ("lo 1-800-275-2273 or", "1-800-275-2273"),  # letter words at either end are words
        ("Hello1 800 275 2273", "800 275 2273"),  # a digit glued to a word starts nothing
    ])
    def test_letters_count_as_digits_only_between_digits(self, index, text, found):
        [finding] = run(index, text=text, region="US").findings
        assert finding["text"] == found and text[finding["start"]:finding["end"]] == found

    def test_an_address_its_line_calls_a_thread_or_an_article_is_not_the_name_above(self, index):
        # a GitHub issue titled "… Tor Browser+Trezor", then "A reddit thread that may be related: https://www.reddit.com/…":
        # the thread was "presented as Trezor's", a mismatch, high risk, and the page "presents 1 … as Trezor's"
        text = ("Metamask don't work Tor Browser+Trezor #11502\nComments\n"
                "A reddit thread that may be related: https://www.reddit.com/r/TREZOR/comments/og575n/\n")
        result = run(index, text=text, url="https://github.com/MetaMask/metamask-extension/issues/11502")
        assert [(f["value"], f["presented_as"]) for f in result.findings] == [("www.reddit.com", None)]
        assert [a["code"] for a in result.advisories if a["code"] == "presented_not_official"] == []
        # a support line under the name still is the name's
        support = run(index, text="Trezor\nSupport: https://trezor-help.xyz\n")
        assert support.findings[0]["presented_as"]["slug"] == "trezor"

    def test_a_search_results_page_address_under_its_snippet_is_not_the_name_above(self, index):
        # a Baidu results page: each result's page address under its snippet was "presented as Alipay's", a mismatch, high
        # risk (zhidao.baidu.com, the answers site); the snippet's numbers stay Alipay's
        html = ('<html lang="zh-CN"><head><title>支付宝客服电话_百度搜索</title></head><body>'
                '<div><h3>支付宝客服电话是多少?_百度知道</h3><div>支付宝官方客服电话是95188。另外有网友说可以打4008-950-188，这是假的。</div>'
                '<div>zhidao.baidu.com/question/123.html</div></div>'
                '<div><h3>支付宝人工客服电话 - xx网</h3><div>支付宝退款专线 400-826-7188。</div><div>www.xxwang.com/zfb/</div></div>'
                '</body></html>')
        result = run(index, html=html)
        assert [(f["value"], (f["presented_as"] or {}).get("slug"), f["verdict"]) for f in result.findings] == [
            ("CN:95188", "alipay", "official"), ("+864008950188", "alipay", "mismatch"),
            ("zhidao.baidu.com", None, "unknown"), ("+864008267188", "alipay", "mismatch"), ("www.xxwang.com", None, "unknown")]

    @pytest.mark.parametrize(("text", "verdict"), [
        # an address the sentence above gives, or a label, is the name's still
        ("小狐狸钱包官网地址如下。\nmm-wallet.cn\n", "mismatch"), ("MetaMask官网：\nmm-wallet.cn\n", "mismatch"),
        ("MetaMask's website is below.\nmm-wallet.cn\n", "mismatch"), ("MetaMask 官网 mm-wallet.cn。\n", "mismatch"),
        ("MetaMask是一个钱包。\nmm-wallet.cn\n", "unknown"),
        # ... as does one that says to write or go there
        ("MetaMask钱包升级通知。如有问题请联系我们。\nmm-wallet.cn\n", "mismatch"),
        ("MetaMask wallet upgrade notice. For help, write to us.\nmm-wallet.cn\n", "mismatch"),
    ])
    def test_an_address_under_a_sentence_that_gives_one_is_the_names(self, index, text, verdict):
        [finding] = run(index, text=text, region="CN").findings
        assert finding["verdict"] == verdict and ((finding["presented_as"] or {}).get("slug") == "metamask") == (verdict == "mismatch")


    def test_a_mail_filters_rewritten_link_is_judged_by_the_address_it_carries(self, index):
        # a forwarded phishing mail as a company's mail shows it: the whole rewritten link is the finding
        text = ("Your PayPal account is limited. Restore access: https://urldefense.com/v3/__https://paypal-secure.net/login__;"
                "!!Mak6IKo!OLXijV0zx-sJrLqo1ZW7$ \nOr: https://urldefense.proofpoint.com/v2/url?u=https-3A__coinbase-2Dhelp.net_login&d=DwMFaQ")
        findings = run(index, text=text).findings
        assert [(f["value"], f["verdict"]) for f in findings] == [("paypal-secure.net", "lookalike"), ("coinbase-help.net", "lookalike")]
        assert findings[0]["text"].endswith("ZW7$") and findings[0]["presented_as"]["slug"] == "paypal"
    def test_a_page_that_names_a_provider_with_its_country_is_read_there(self, index):
        # Google Pay's own grievance page for India, seen at a link-wrapping address: its toll-free number was "a look-alike
        # of Google Pay's", high risk, read as an American one
        text = ("Google Pay India Grievances\n\nCall Google Pay India customer care number\n\n"
                "You can reach customer care number toll free at: 1-800-419-0157.")
        result = run(index, text=text, url="https://ind01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsupport.google.com")
        assert (result.page["region"], result.page["region_from"]) == ("IN", "page_text")
        assert [(f["value"], f["verdict"]) for f in result.findings] == [("+9118004190157", "official")]
        # two countries so named say none
        both = run(index, text="PayPal UK and PayPal US compared. Call 0800 358 7911.")
        assert both.page["region"] is None

    def test_a_page_that_names_only_one_countrys_providers_is_read_there(self, index):
        # a Portuguese page about Nubank names no country: Nubank's own "4020 0185" for the capitals was no number at all
        text = "Telefone do Nubank\nCentral de atendimento: 0800 591 2117.\nCapitais e regiões metropolitanas: 4020 0185."
        result = run(index, text=text)
        assert (result.page["region"], result.page["region_from"]) == ("BR", "page_providers")
        assert [(f["value"], f["verdict"]) for f in result.findings] == [("+558005912117", "official"), ("+5540200185", "official")]
        # a global provider names no country; two countries' providers name none; nor does a Traditional Chinese page
        assert run(index, text="PayPal and Nubank: 4020 0185").page["region"] == "BR"
        assert run(index, text="Nubank or Venmo? Call 4020 0185").page["region"] is None
        assert run(index, text="PayPal support 4020 0185").page["region"] is None
        assert run(index, text="支付寶客服：95188").page["region"] is None

    @pytest.mark.parametrize(("text", "region", "values"), [
        # Taiwan's numbers with their trunk 0, which Hong Kong's and Macao's have none of (each number was read nowhere,
        # and the page's 165 neither)
        ("反詐騙諮詢專線：165\n幣安客服電話：02-2345-6789（24小時）", "TW", ["TW:165", "+886223456789"]),
        # Hong Kong's eight digits, valid in neither of the others
        ("中銀香港客服熱線：3988 2388，另可致電 2345 6789。", "HK", ["+85239882388", "+85223456789"]),
    ])
    def test_a_traditional_chinese_pages_numbers_say_its_region(self, index, text, region, values):
        result = run(index, text=text)
        assert (result.page["region"], result.page["region_from"]) == (region, "page_numbers")
        assert [f["value"] for f in result.findings] == values

    @pytest.mark.parametrize("text", [
        "台北客服：02-2345-6789，香港客服：2345 6789",  # each alone in a region of its own: two regions say none
        "客服電話：6123 4567",  # a mobile of Hong Kong's form, and of Taiwan's too: says none
        # Macao's numbers are all of forms Hong Kong's take too: a page that names Macao is not Hong Kong's by one that is
        "澳門客服：2888 8888；香港客服：2345 6789",
        "客服电话：02-2345-6789",  # Simplified: mainland China's by its text, not Taiwan's by its number
    ])
    def test_numbers_that_do_not_agree_say_no_region(self, index, text):
        assert run(index, text=text).page["region_from"] != "page_numbers"

    @pytest.mark.parametrize(("text", "region"), [
        # the app's name in brackets before the number: "(Zalo):" was a call's line, and so was "WhatsApp (+1 …)"
        ("Hotline CSKH Binance (Zalo): 0987 654 321", "VN"), ("PayPal WhatsApp (+1 888 221 1161)", "US"),
        ("币安客服（微信）：13800138000", "CN"),
    ])
    def test_a_chat_apps_name_in_brackets_before_a_number_makes_it_an_account_there(self, index, text, region):
        [finding] = run(index, text=text, region=region).findings
        assert finding["reasons"][0]["code"] == "chat_account_number" and finding["verdict"] == "mismatch"

    def test_a_number_wrapped_after_its_country_code_is_one_number(self, index):
        # a GitHub issue's e-mailed comment, its quoted line wrapped: "… on WhatsApp +1\n562-473-3934"; the "+1" alone was
        # too short to be anything, the rest a number of no country
        text = "you'll need to text them through their number on WhatsApp +1\n562-473-3934, they replied me instantly"
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["text"]) == ("+15624733934", "+1\n562-473-3934")
        assert finding["reasons"][0]["code"] == "chat_account_number"
        # (after a mail's quoting marks too; not a score or a count on the next line)
        assert [f["value"] for f in run(index, text="Call +1\n> 888-221-1161 now").findings] == ["+18882211161"]
        assert run(index, text="Score +1\n2024 was great\nTemperature +1\n20 degrees").findings == []

    def test_a_plus_and_a_whole_number_glued_to_words_is_found(self, index):
        # a Pastebin "Coinbase customer service" spam page: "representative+1—812—223—9376 at CoinBase", "call+1—812—223—9376";
        # each was dropped as a code's tail, and the page's number presented as Coinbase's with them
        text = ("Reaching a live representative+1—812—223—9376 at CoinBase can make all the difference. You can "
                "call+1—812—223—9376 to speak directly with an agent.")
        findings = run(index, text=text, url="https://pastebin.com/FG0y8NQL").findings
        assert [(f["text"], f["value"]) for f in findings] == [("+1—812—223—9376", "+18122239376")] * 2
        assert findings[0]["presented_as"]["slug"] == "coinbase" and findings[0]["verdict"] == "mismatch"
        # (a code stays a code: no '+', or too few digits for a whole number)
        assert run(index, text="SKU ABC12345678 and ref XY+1234 shipped", region="US").findings == []

    @pytest.mark.parametrize(("text", "region", "value"), [
        ("还有人说是 ☎️95O17 转人工", "CN", "CN:95017"),  # a short code in disguise had been no number at all
        ("客服电话：95I88", "CN", "CN:95188"),
        ("支付宝 95l88", None, "CN:95188"),
        ("还有人说是 ☎️95O17 转人工", None, "CN:95017"),  # five digits with the letter read: no region needed
        ("l0 ways to save: 95O17", "CN", "CN:95017"),
        ("hello wor1d l0l", "CN", None),  # few digits and letters: only a registry's short code is read so
        ("Call 1O1 now", "CN", None),
        ("9OO1 items", "CN", None),
        ("95O18 转人工", "CN", None),  # read, 95018 is no short code of ours
    ])
    def test_a_short_code_written_with_letters_is_found(self, index, text, region, value):
        findings = run(index, text=text, region=region).findings
        assert [finding["value"] for finding in findings] == ([value] if value else [])
        if value:
            assert "letters_read_as_digits" in [reason["code"] for reason in findings[0]["reasons"]]

    def test_a_three_digit_code_needs_a_call_word(self, index):
        assert run(index, text="110 people came", region="CN").findings == []

    @pytest.mark.parametrize(("text", "region", "found"), [
        ("We call 100 customers a day.", None, []),  # not M-PESA's 100 (Kenya)
        ("Forward spam texts to 7726", None, []),
        ("Forward spam texts to 7726", "GB", ["GB:7726"]),
        ("call 100 200 300", None, []),
        ("客服 95188", None, ["CN:95188"]),  # five digits and more are specific enough on their own
        # India's cyber crime helpline has a year's shape: called as a number on an Indian page it is one (it was never
        # found), and a year stays a year
        ("Victims can call the cyber crime helpline 1930 or report online.", "IN", ["IN:1930"]),
        ("Dial 1930 immediately", "IN", ["IN:1930"]),
        ("Founded in 1930, the bank now has 500 branches.", "IN", []),
        ("Dial 1930 immediately", None, []),
        # Hindi pages: the helpline named before it ("हेल्पलाइन नंबर 1930"), or the call after it ("1930 पर कॉल करें",
        # "call 1930", as Hindi puts the verb last), in ASCII or Devanagari digits; a year stays a year
        ("साइबर अपराध हेल्पलाइन नंबर 1930 पर संपर्क करें।", "IN", ["IN:1930"]),
        ("ठगी होने पर तुरंत 1930 पर कॉल करें।", "IN", ["IN:1930"]),
        ("ठगी होने पर तुरंत १९३० पर फोन करें।", "IN", ["IN:1930"]),
        ("Report it on the 1930 helpline.", "IN", ["IN:1930"]),
        ("वर्ष 1930 में स्थापित इस बैंक की 500 शाखाएं हैं।", "IN", []),
        ("The 1930 report of the bank.", "IN", []),
        # Korean and Japanese pages name the authorities' lines with their own words of calling ("콜센터", "신고", "ホットライン",
        # "電話"), and Japan writes its short dials with a hash ("#9110"): none was found; an order's "#9110" or "商品番号 188"
        # is none
        ("금융감독원 콜센터: 1332", "KR", ["KR:1332"]), ("보이스피싱은 1332로 신고하세요.", "KR", ["KR:1332"]),
        ("消費者ホットライン188", "JP", ["JP:188"]), ("警察相談専用電話（#9110）に相談", "JP", ["JP:9110"]),
        ("注文番号 #9110 のお届け", "JP", []), ("#9110", "JP", []), ("商品番号 188", "JP", []),
        # Taiwan's and Hong Kong's words of calling in Traditional characters ("撥打", "專線", "致電"): Taiwan's 165 and the
        # police's 110 written so were not found, where the same words in Simplified found them
        ("請撥打165或110報案", "TW", ["TW:165"]), ("反詐騙諮詢專線165", "TW", ["TW:165"]),
        ("請撥打110或96110", "CN", ["CN:110", "CN:96110"]), ("共有 165 人參加", "TW", []),
        # Spanish pages' words of calling ("Llama al", "denuncia al"): Mexico's 088 and Spain's 017 were not found
        ("Si recibiste una llamada sospechosa, denuncia al 088 (Guardia Nacional).", "MX", ["MX:088"]),
        ("Llama al 017, la línea de ayuda de INCIBE.", "ES", ["ES:017"]), ("Tengo 088 problemas", "MX", []),
    ])
    def test_three_or_four_digits_are_a_short_code_only_in_a_given_region(self, index, text, region, found):
        assert values(run(index, text=text, region=region)) == found

    @pytest.mark.parametrize(("text", "region", "found"), [
        # a service number the registry does not hold, given as a provider's, was not found at all: the page's
        # "支付宝客服 95155" showed nothing, where it presents a short code that is not Alipay's
        ("支付宝客服 95155", "CN", [("CN:95155", "mismatch", "alipay")]),
        ("京东客服电话：95118", "CN", [("CN:95118", "unknown", None)]),
        # not without a word of calling, nor without the page's region, nor where the region has no such short number
        ("共有 95155 人参加", "CN", []), ("PayPal客服 95155", None, []), ("支付宝客服 99999", "CN", []),
        # (a page that names only mainland China's providers is read there: Alipay's)
        ("支付宝客服 95155", None, [("CN:95155", "mismatch", "alipay")]),
        # with its label after it, as lists of numbers write one (it was no finding: a word of calling was looked for
        # before it only)
        ("10086 | 支付宝投诉电话", "CN", [("CN:10086", "mismatch", "alipay")]),
        ("95155（支付宝客服）\n", "CN", [("CN:95155", "mismatch", "alipay")]),
        ("95155 - Alipay customer service.", "CN", [("CN:95155", "mismatch", "alipay")]),
        # not a count glued to its word, a label that goes on into a sentence, or words that end in no service line
        ("发送了10086条短信，客服已回复", "CN", []), ("10086 支付宝客服电话是多少", "CN", []), ("共有12345 人 电话咨询", "CN", []),
        ("已有12345 人拨打热线。", "CN", []), ("共10086 位用户拨打客服电话。", "CN", []),
        # (support alone after a name; not a count's "support")
        ("95155 - MetaMask support", "CN", [("CN:95155", "contradicts_policy", "metamask")]), ("We got 12345 support.", "CN", []),
        # (and after "customer service", as before a number a label gives it)
        ("PayPal customer service | 95155", "CN", [("CN:95155", "mismatch", "paypal")]),
        ("10086 | PayPal hotline", None, []),
    ])
    def test_an_unlisted_short_code_given_as_a_number_to_call_is_found(self, index, text, region, found):
        result = run(index, text=text, region=region)
        assert [(f["value"], f["verdict"], (f["presented_as"] or {}).get("slug")) for f in result.findings] == found

    def test_spans_point_at_the_text(self, index):
        text = "MetaMask support: +1 707 381 4213."
        [finding] = run(index, text=text).findings
        assert text[finding["start"]:finding["end"]] == finding["text"] == "+1 707 381 4213"

    @pytest.mark.parametrize(("text", "shown"), [
        ("拨打 95017 (2) 转人工", "95017 (2)"), ("拨打95017（2）", "95017（2）"), ("客服：95017 (2)。", "95017 (2)"),
        ("拨打 95017-2 转人工", "95017-2"),  # the key after a dash was already the number's, as the check reads it
        ("拨打 95017 (2", "95017"),  # a bracket the page never closes is left out
        ("call 1 (844) 757 4459 (24/7)", "1 (844) 757 4459"),
    ])
    def test_a_span_never_ends_inside_a_bracket(self, index, text, shown):
        # "95017 (2" was the span an extension highlighted: the menu option read with the number, its bracket not
        [finding] = run(index, text=text, region="CN").findings
        assert text[finding["start"]:finding["end"]] == finding["text"] == shown


    @pytest.mark.parametrize("separator", [" | ", " / ", " · "])
    def test_a_mark_between_numbers_side_by_side_is_part_of_neither(self, index, separator):
        text = f"Coinbase toll-free: 1-888-908-7930{separator}1\u2011888\u2011908\u20117931"
        # the second number's span began at the mark ("| 1‑888‑908‑7931"), which an extension highlights
        assert [f["text"] for f in run(index, text=text, region="US").findings] == ["1-888-908-7930", "1‑888‑908‑7931"]

    @pytest.mark.parametrize("text", ["Call 18882211161 for help", "PayPal support: 18882211161", "如有疑问请致电 18882211161"])
    def test_a_registered_number_without_its_plus_on_a_page_of_no_region_is_not_called_official(self, index, text):
        """PayPal's +1 888 221 1161 without its '+', or the Chinese mobile a phone in China dials: on a page of no
        known region it was "official, PayPal's". Which number it is is not known, so it is not judged."""
        assert not [f for f in run(index, text=text).findings if f["verdict"] == "official"]
        assert [(f["value"], f["verdict"]) for f in run(index, text=text, region="US").findings] == [("+18882211161", "official")]
        assert [(f["value"], f["verdict"]) for f in run(index, text=text, region="CN").findings] == [("+8618882211161", "lookalike")]


class TestNumbersSpelledInLetters:
    """North American numbers advertised in letters: the FTC's 1-877-FTC-HELP gave no finding at all."""

    def test_the_ftcs_number_in_letters_is_found_and_official(self, index):
        text = "To report fraud, call the FTC at 1-877-FTC-HELP (1-877-382-4357)."
        findings = run(index, text=text, region="US").findings
        assert [(f["text"], f["value"], f["verdict"]) for f in findings] == [
            ("1-877-FTC-HELP", "+18773824357", "official"), ("1-877-382-4357", "+18773824357", "official")]
        assert "letters_read_as_keypad" in [r["code"] for r in findings[0]["reasons"]]

    def test_the_letters_end_where_a_space_begins_a_word(self, index):
        [finding] = run(index, text="Send flowers: order at 1-800-FLOWERS today!", region="US").findings
        assert (finding["text"], finding["value"]) == ("1-800-FLOWERS", "+18003569377")

    def test_a_dialling_link_in_letters_dials_its_number(self, index):
        [finding] = run(index, html='<p>Call <a href="tel:1-877-FTC-HELP">the FTC</a></p>').findings
        assert (finding["value"], finding["verdict"]) == ("+18773824357", "official")

    @pytest.mark.parametrize("text", ["Call 1-800 FREE now", "Room 212-B, Wing 3", "Model 400-MX2 router", "买了 1 台 iPhone"])
    def test_letters_after_digits_are_words(self, index, text):
        assert [f for f in run(index, text=text, region="US").findings if f["kind"] == "phone"] == []

    def test_a_number_whose_letters_spell_a_providers_name_is_presented_as_its(self, index):
        # "Call 1-888-COINBASE": no name around it presented it, and the page had no advisory
        result = run(index, text="Locked out? Call 1-888-COINBASE now. Wallet help: 1-800-TRUST-WALLET", region="US")
        assert [(f["text"], f["verdict"], f["presented_as"]["slug"]) for f in result.findings] == [
            ("1-888-COINBASE", "mismatch", "coinbase"), ("1-800-TRUST-WALLET", "contradicts_policy", "trust-wallet")]
        assert {(a["code"], a["provider"]) for a in result.advisories} >= {
            ("presented_not_official", "coinbase"), ("no_phone_support", "trust-wallet")}
        # its own letters present it, not a name in a sentence before it (it was "presented as PayPal's")
        [_, keypad] = run(index, text="PayPal alert: hxxps://paypal-verify[.]com. Call 1-888-COINBASE.", region="US").findings
        assert (keypad["text"], keypad["presented_as"]["slug"]) == ("1-888-COINBASE", "coinbase")

    def test_apple_support_ends_the_reach_of_a_name_before_it(self, index):
        # "Apple" alone is no mention (aliases.COMPANY_NAMES): the FTC named a sentence before presented Apple's
        # number, and the florist's after it, as the FTC's ("not the FTC's": mismatch, high risk)
        text = "Report fraud to the FTC at 1-877-382-4357. Apple Support: 1-800-APL-CARE. Order at 1-800-FLOWERS today."
        presented = {f["text"]: f["presented_as"] for f in run(index, text=text, region="US").findings}
        assert presented["1-877-382-4357"]["slug"] == "us-ftc"
        assert presented["1-800-APL-CARE"] is None and presented["1-800-FLOWERS"] is None


class TestListItemNumbers:
    @pytest.mark.parametrize(("text", "value"), [("1. 95188", "CN:95188"), ("1) 95188", "CN:95188"),
                                                 ("支付宝客服：\n  2. 400-123-4567", "+864001234567"),
                                                 ("12. (021) 6888 8888", "+862168888888")])
    def test_a_lists_item_number_is_not_the_numbers_first_digit(self, index, text, value):
        # "1. 95188" was read as 195188 and dropped: a list of hotlines lost every number on it
        [finding] = run(index, text=text, region="CN").findings
        assert finding["value"] == value and text[finding["start"]:finding["end"]] == finding["text"]
        assert finding["text"][0] in "49("

    @pytest.mark.parametrize(("text", "values"), [
        ("1. 95188 2. 95017", ["CN:95188", "CN:95017"]),  # was one look-alike, +86 95188 295017
        ("常用官方客服：1. 95188（支付宝） 2. 95017（微信支付） 3. 95516（云闪付）", ["CN:95188", "CN:95017", "CN:95516"]),  # none found
        ("招商银行客服热线：1. 400-820-5555（信用卡中心） 2. 95555", ["+864008205555", "CN:95555"]),  # "1" was read as a digit
        ("常用官方客服：1) 95188 2) 95017", ["CN:95188", "CN:95017"]),
        ("1. 95188；2. 95017；3. 95516", ["CN:95188", "CN:95017", "CN:95516"]),
        ("电话：1. 95188", ["CN:95188"]),
        # item numbers as Chinese pages bracket them, with no space after: none was found
        ("（1）95188", ["CN:95188"]), ("1）95188", ["CN:95188"]), ("常用：（2）95017", ["CN:95017"]),
        ("（1）95188 （2）95017", ["CN:95188", "CN:95017"]),  # was one look-alike, +86 95188 295017
    ])
    def test_items_numbered_on_one_line_are_each_a_number(self, index, text, values):
        found = run(index, text=text, region="CN").findings
        assert [finding["value"] for finding in found] == values
        assert all(text[f["start"]:f["end"]] == f["text"] and f["verdict"] == "official" for f in found)

    @pytest.mark.parametrize(("text", "region", "value"), [
        # São Paulo's and Mexico City's area codes, as pages there bracket them: "(11)" was an item number, and the
        # rest alone no number (dropped) or another one (4003-1234, a number without an area code)
        ("SAC: (11) 3456-7890", "BR", "+551134567890"),
        ("Central de atendimento: (11) 4003-1234", "BR", "+551140031234"),
        ("(55) 1234 5678", "MX", "+525512345678"),
        ("Teléfono: (55) 1234 5678", "MX", "+525512345678"),
    ])
    def test_two_digits_in_brackets_are_an_area_code_where_the_whole_is_a_number(self, index, text, region, value):
        [finding] = run(index, text=text, region=region).findings
        assert finding["value"] == value and finding["text"].startswith("(")

    @pytest.mark.parametrize(("text", "region", "value"), [
        # a word before the number that ends as a word of order numbers, ids and ranks do ("no", "id", "rank",
        # "room", "v"): the number was dropped
        ("Telefono: +39 06 1234 5678", "IT", "+390612345678"),
        ("Madrid: +34 912 345 678", "ES", "+34912345678"),
        ("Frank: (415) 555-0123", "US", "+14155550123"),
        ("Showroom: +1 415 555 0123", "US", "+14155550123"),
        ("Kyiv: +380 44 123 4567", "UA", "+380441234567"),
        # "no" after a way of calling is the number's own label, as India's pages write it
        ("Customer care no: 1800 425 3800", "IN", "+9118004253800"),
        ("Phone no: +1 888 221 1161", "US", "+18882211161"),
        ("Contact No. 1-888-221-1161", "US", "+18882211161"),
    ])
    def test_a_word_that_ends_like_a_label_of_other_numbers_is_no_such_label(self, index, text, region, value):
        assert values(run(index, text=text, region=region)) == [value]

    @pytest.mark.parametrize("text", ["Order no: 4001234567", "Order No. 4001234567", "Invoice #4001234567", "ID: 4001234567",
                                      "Ref 4001234567", "订单号：4001234567"])
    def test_an_order_or_an_id_is_no_phone_number(self, index, text):
        assert run(index, text=text, region="CN").findings == []

    def test_a_trunk_prefix_in_brackets_is_no_item_number(self, index):
        # "(0)" before a UK area code is the number's own
        assert values(run(index, text="(0)20 7946 0000", region="GB")) == ["+442079460000"]

    @pytest.mark.parametrize("text", ["Call 1. 95188", "1.95188", "Call (1) 95188"])
    def test_digits_that_do_not_start_a_line_keep_their_first_digit(self, index, text):
        assert run(index, text=text, region="CN").findings == []


class TestWrittenAccounts:
    @pytest.mark.parametrize(("text", "written", "account", "verdict", "presented"), [
        ("币安官方客服QQ：800012345", "客服QQ：800012345", "qq:800012345", "mismatch", "binance"),
        # (客服 and the platform's name set apart by a space, as "客服Telegram" is read whole)
        ("OKX 客服 Telegram @okx_kefu", "客服 Telegram @okx_kefu", "telegram:okx_kefu", "mismatch", "okx"),
        # a Latin name set apart from the Chinese beside it, as Taiwan's and Hong Kong's pages write it (each was the handle
        # alone, of no platform)
        ("幣安官方 LINE 客服：@binance_tw", "LINE 客服：@binance_tw", "line:binance_tw", "mismatch", "binance"),
        ("幣安 官方 LINE：@binance_tw", "官方 LINE：@binance_tw", "line:binance_tw", "mismatch", "binance"),
        ("OKX TG 客服：@okx_kefu", "TG 客服：@okx_kefu", "telegram:okx_kefu", "mismatch", "okx"),
        ("MetaMask support on Twitter @MetaMaskSupp0rt", "Twitter @MetaMaskSupp0rt", "x:metamasksupp0rt", "lookalike", "metamask"),
        ("钱包被冻结？加客服微信：okx_kf2024 处理", "客服微信：okx_kf2024", "wechat:okx_kf2024", "unknown", None),
        ("ＱＱ：800012345", "ＱＱ：800012345", "qq:800012345", "unknown", None),
        ("客服微信：ｂｉｎａｎｃｅ８８８", "客服微信：ｂｉｎａｎｃｅ８８８", "wechat:binance888", "unknown", None),
        # names inside one another: each place is tried, the earliest and longest first
        ("加微信：abc12345", "微信：abc12345", "wechat:abc12345", "unknown", None),
        ("加V：kf888abc 领取", "加V：kf888abc", "wechat:kf888abc", "unknown", None),
        ("加vx：abc12345", "vx：abc12345", "wechat:abc12345", "unknown", None),
        ("币安微信客服：kf_binance01 全天在线", "微信客服：kf_binance01", "wechat:kf_binance01", "mismatch", "binance"),
        # Telegram as Chinese pages name it with 客服, or by its slang (飞机, the paper plane): none was found
        ("OKX官方Telegram客服：@okx_kefu", "Telegram客服：@okx_kefu", "telegram:okx_kefu", "mismatch", "okx"),
        ("联系电报客服 @binance_cn_help", "电报客服 @binance_cn_help", "telegram:binance_cn_help", "unknown", None),
        ("钱包异常请加飞机：huobi_kf01 领取补偿", "加飞机：huobi_kf01", "telegram:huobi_kf01", "unknown", None),
    ])
    def test_an_account_a_page_gives_by_platform_and_handle_is_judged(self, index, text, written, account, verdict, presented):
        # "加客服微信" is how fake support pages hand out their accounts; none of these was found, and the QQ
        # number's digits were read as a phone number
        [finding] = run(index, text=text, region="CN").findings
        assert (finding["text"], finding["kind"], finding["value"], finding["verdict"]) == (written, "social", account, verdict)
        assert text[finding["start"]:finding["end"]] == written and (finding["presented_as"] or {}).get("slug") == presented

    @pytest.mark.parametrize(("text", "written", "asked", "verdict"), [
        ("DM @MetaMask_Help on Twitter for help", "@MetaMask_Help", "x:metamask_help", "lookalike"),
        ("reach out to @okx_kefu on Telegram", "@okx_kefu", "telegram:okx_kefu", "unknown"),
        ("@MetaMaskSupport replied to your post", "@MetaMaskSupport", "@metamasksupport", "unknown"),  # platform unsaid
        ("Follow @binance_help_desk (Telegram).", "@binance_help_desk", "telegram:binance_help_desk", "unknown"),
        ("钱包异常联系客服@okx_kefu_cn处理", "@okx_kefu_cn", "@okx_kefu_cn", "unknown"),  # after Chinese, no space
        # X, whose name is a letter, named before or after the handle: "X: @MetaMaskSupport" was an account's name
        # without its platform, unknown, and MetaMask's own accounts "not MetaMask's" on its page
        ("MetaMask support on X: @MetaMaskSupport", "@MetaMaskSupport", "x:metamasksupport", "official"),
        ("X @MetaMaskSupp0rt", "@MetaMaskSupp0rt", "x:metamasksupp0rt", "lookalike"),
        ("x: @MetaMaskSupport", "@MetaMaskSupport", "x:metamasksupport", "official"),
        ("Twitter/X: @cashapp", "@cashapp", "x:cashapp", "official"),
        ("DM @MetaMask_Help on X for help", "@MetaMask_Help", "x:metamask_help", "lookalike"),
        ("@MetaMask_Help (X)", "@MetaMask_Help", "x:metamask_help", "lookalike"),
        # a name too long for X stays a name without its platform
        ("DM @MetaMaskHelpDesk247 on X", "@MetaMaskHelpDesk247", "@metamaskhelpdesk247", "unknown"),
        # a small x with no colon is no platform: "box @MetaMaskSupport", "3 x @MetaMaskSupport"
        ("3 x @MetaMaskSupport", "@MetaMaskSupport", "@metamasksupport", "unknown"),
        ("inbox @MetaMaskSupport", "@MetaMaskSupport", "@metamasksupport", "unknown"),
    ])
    def test_an_account_given_by_its_name_alone_is_judged_with_the_platform_named_after_it(self, index, text, written, asked, verdict):
        # none was found: fake support accounts are handed out as "@name on Telegram" on English pages
        [finding] = run(index, text=text).findings
        assert (finding["text"], finding["kind"], finding["value"], finding["verdict"]) == (written, "social", asked, verdict)
        assert text[finding["start"]:finding["end"]] == written

    @pytest.mark.parametrize(("url", "expected"), [
        ("https://x.com/jenny_crypto/status/1862000000000000000",
         [("x:metamaskresolve", "lookalike"), ("@trustwallet_care", "unknown")]),
        ("https://mobile.twitter.com/jenny_crypto/status/1862000000000000000",
         [("x:metamaskresolve", "lookalike"), ("@trustwallet_care", "unknown")]),
        # on Telegram, where the registry lists no account of either: both wallets say where their support is,
        # and it is not there
        ("https://t.me/s/wallet_help_group/5120",
         [("telegram:metamaskresolve", "contradicts_policy"), ("telegram:trustwallet_care", "contradicts_policy")]),
        ("https://www.reddit.com/r/Metamask/comments/1abcde/lost_funds/",
         [("@metamaskresolve", "unknown"), ("@trustwallet_care", "unknown")]),
        (None, [("@metamaskresolve", "unknown"), ("@trustwallet_care", "unknown")]),
    ])
    def test_an_account_named_alone_on_a_social_platforms_page_is_that_platforms(self, index, url, expected):
        # a reply on x.com to someone who lost funds: "@MetaMaskResolve" was "an account's name without its platform"
        # (unknown), where every @name in a post there is an X account, and this one is named after MetaMask and
        # none of its accounts. A name too long for X (16 characters) stays without a platform; the reply's
        # addressee, whom the registry says nothing of, is no finding.
        text = ("@jenny_crypto Sorry to hear that! Please reach out to the support team via DM @MetaMaskResolve for swift "
                "assistance.\nShare your issue with @TrustWallet_Care too.")
        findings = run(index, text=text, url=url).findings
        assert [f["text"] for f in findings] == ["@MetaMaskResolve", "@TrustWallet_Care"]
        assert [(f["value"], f["verdict"]) for f in findings] == expected

    @pytest.mark.parametrize(("text", "value", "verdict", "presented"), [
        ("中國銀行（香港）客服熱線：(852) 3988 2388\nDM @MetaMask_Help on Twitter", "x:metamask_help", "lookalike", None),
        ("OKX客服\nTelegram @binance_kefu", "telegram:binance_kefu", "unknown", None),
        ("OKX客服 Telegram @okx_kefu", "telegram:okx_kefu", "mismatch", "okx"),  # its own name and the name beside it agree
    ])
    def test_an_account_named_after_a_provider_is_not_presented_as_another_named_nearby(self, index, text, value, verdict, presented):
        # @MetaMask_Help was "presented as Bank of China (Hong Kong)", named on the line above
        [finding] = [f for f in run(index, text=text).findings if f["kind"] == "social"]
        assert (finding["value"], finding["verdict"], (finding["presented_as"] or {}).get("slug")) == (value, verdict, presented)

    @pytest.mark.parametrize("text", ["thanks @john_doe for the tip", "write to support@metamask.io", "see x.com/@someone",
                                      "@Binance is trending", "MetaMask support: meet @10am"])
    def test_an_at_mention_the_registry_says_nothing_of_is_no_finding(self, index, text):
        assert "social" not in [f["kind"] for f in run(index, text=text).findings]

    def test_a_providers_name_alone_after_an_at_sign_is_still_a_mention(self, index):
        [finding] = run(index, text="@Binance support number +1 707 381 4213", region="US").findings
        assert (finding["presented_as"]["slug"], finding["verdict"]) == ("binance", "mismatch")

    def test_a_discord_account_a_page_gives_is_judged(self, index):
        result = run(index, text="MetaMask support will reach you on Discord: metamask_helpdesk. Join our Discord: https://discord.gg/abcdef")
        accounts = [f for f in result.findings if f["kind"] == "social"]
        assert [(f["value"], f["verdict"]) for f in accounts] == [("discord:metamask_helpdesk", "contradicts_policy")]

    def test_a_line_account_a_page_gives_by_its_longer_names_is_judged(self, index):
        [finding] = run(index, text="退款請加LINE：metamask_help 客服會協助您", region="TW").findings
        assert (finding["value"], finding["verdict"]) == ("line:metamask_help", "contradicts_policy")

    @pytest.mark.parametrize(("text", "written", "account", "verdict"), [
        # a handle with dots, as Instagram's and TikTok's may be: none was found (the '@' kept it from being an address
        # too); with no '@', the address inside it was the finding, judged as a site
        ("DM us on Instagram @metamask.support", "Instagram @metamask.support", "instagram:metamask.support",
         "contradicts_policy"),
        ("Instagram: metamask.support.team", "Instagram: metamask.support.team", "instagram:metamask.support.team",
         "contradicts_policy"),
        ("TikTok @coinbase.help", "TikTok @coinbase.help", "tiktok:coinbase.help", "unknown"),
    ])
    def test_an_account_with_dots_in_its_handle_is_the_account(self, index, text, written, account, verdict):
        [finding] = run(index, text=text).findings
        assert (finding["text"], finding["value"], finding["verdict"]) == (written, account, verdict)

    def test_a_platform_whose_handles_hold_no_dot_leaves_the_address(self, index):
        # a WeChat ID holds no dot: "微信：abc123.com" is the address, as it was
        [finding] = run(index, text="微信：abc123.com", region="CN").findings
        assert (finding["text"], finding["kind"]) == ("abc123.com", "website")

    def test_an_address_after_an_at_sign_is_judged_and_never_official(self, index):
        # "@metamask.support" was no finding; "@metamask.io" may be an account so named as much as the site: nothing is
        # said of it, as before, rather than "official"
        result = run(index, text="DM @metamask.support now, or follow @metamask.io. Mail bob@metamask-help.com.")
        assert [(f["text"], f["verdict"]) for f in result.findings] == [("metamask.support", "lookalike"),
                                                                        ("bob@metamask-help.com", "lookalike")]

    @pytest.mark.parametrize("text", ["MetaMask support on X: @MetaMask-Support-Desk", "PayPal on X: @PayPal-Help",
                                      "Venmo help on Twitter: @Venmo-Refunds",
                                      # (a hyphen of another kind, characters that show nothing: one name shown, an impostor's)
                                      "Support on X: @Venmo\u2010support", "Support on X: @metamasksupport\u200bhelp",
                                      "Support on Telegram: @CryptoComOfficial\u200bhelp", "Telegram：@BybitAPI\u2060desk"])
    def test_a_handle_running_on_into_a_hyphen_is_not_its_first_part(self, index, text):
        # no X or Telegram account holds a hyphen: the first part was read as the account, and MetaMask's own was found
        # official, low risk, where the page gives an impostor's name
        assert "official" not in [f["verdict"] for f in run(index, text=text).findings]
        assert all(not f["value"].lower().endswith(("metamask", "paypal", "venmo", "metamasksupport", "cryptocomofficial", "bybitapi"))
                   for f in run(index, text=text).findings)

    @pytest.mark.parametrize(("text", "region", "kind"), [
        ("Official site: 95188.cn-support.com", "CN", "website"), ("Official site: 95188.com", "CN", "website"),
        ("Report spam: https://33700.fr.evil.com/x", "FR", "website"), ("Official site: https://33700.fr@evil.com", "FR", "website"),
        # a mailbox named after the hotline: the QQ account it is, not the short code too
        ("95188@qq.com 支付宝客服邮箱", "CN", "social")])
    def test_the_digits_of_an_address_are_no_number_of_their_own(self, index, text, region, kind):
        # each was also the short code, official, low risk, beside the site (a look-alike, or named after the hotline)
        assert [f["kind"] for f in run(index, text=text, region=region).findings] == [kind]

    @pytest.mark.parametrize("text", ["Email us: mailto:support@apple.com@evil.com", "Write to service@paypal.com@secure-mail.net"])
    def test_an_address_another_at_sign_follows_is_not_its_first_part(self, index, text):
        # (the mail goes to the last "@"'s domain; the first part was the provider's, official, low risk)
        result = run(index, text=text, region="US")
        assert result.findings and "official" not in [f["verdict"] for f in result.findings]

    @pytest.mark.parametrize(("text", "provider"), [('From: "service@paypal.com"@evil.net', "paypal"),
                                                    ('发件人 <"kefu@alipay.com"@alipay-help.cn>', "alipay")])
    def test_an_address_in_a_quoted_mailbox_name_is_not_the_mails_domain(self, index, text, provider):
        # RFC 5321 lets a mailbox's name in quotes hold an '@': the mail is evil.net's, and the address in the quotes
        # was the finding, PayPal's, official, low risk
        [finding] = run(index, text=text, region="US").findings
        assert (finding["kind"], finding["verdict"], finding["provider"]) == ("email_domain", "lookalike", provider)
        assert text[finding["start"]:finding["end"]].startswith('"')

    def test_a_quoted_mailbox_name_at_the_providers_own_domain_is_its_own(self, index):
        [finding] = run(index, text='Write to "billing"@paypal.com', region="US").findings
        assert (finding["kind"], finding["verdict"], finding["provider"]) == ("email_domain", "official", "paypal")

    @pytest.mark.parametrize("text", ["Call 1-888-221-1161.Thanks", "客服电话95188.请拨打"])
    def test_a_number_before_a_sentence_run_on_after_its_full_stop_stays_one(self, index, text):
        # (what the address pattern finds there has no public suffix: no address)
        [finding] = run(index, text=text, region="CN" if "95188" in text else "US").findings
        assert finding["verdict"] == "official"

    def test_a_providers_name_inside_an_accounts_handle_is_no_mention(self, index):
        result = run(index, text="加客服微信：binance-kefu888 处理冻结", region="CN")
        assert [f["value"] for f in result.findings] == ["wechat:binance-kefu888"] and result.mentions == []

    @pytest.mark.parametrize("text", ["微信支付客服95017", "关注微信公众号：腾讯客服", "stg abcdef12", "qq.com 邮箱", "坐飞机 MU5101 去上海",
                                      # English words after a platform's name: "Telegram support" was the account @support,
                                      # and the link it labelled "showed one account and opened another"
                                      "Contact Telegram support for help", "Follow us on Twitter today", "WeChat official",
                                      # "line" is LINE's name where a value is typed alone, never in running text
                                      "Subject line: urgent-notice", "Call line 12345 for the desk", "the line-up: abc123"])
    def test_no_account_where_no_platform_and_handle_are_written(self, index, text):
        assert "social" not in [f["kind"] for f in run(index, text=text, region="CN").findings]

    @pytest.mark.parametrize("text", ["联系电话：13812345678（微信同号）", "添加微信 13800138000 领取", "微信扫码添加客服 400-123-4567"])
    def test_the_platforms_name_presents_no_number_as_wechat_pays(self, index, text):
        # 微信 names the platform someone is reached on; were it WeChat Pay's alias, each of these ordinary
        # contact lines would be a high-risk mismatch (see wechat-pay.yaml's notes)
        findings = run(index, text=text, region="CN").findings
        assert findings and all(f["verdict"] == "unknown" and f["presented_as"] is None for f in findings)


# two paragraphs between a page's title and its number, too far for a name in the title to present it but as the page's topic
_WALLET_REVIEW = ("Wallets differ in how they store keys, which chains they support and how easy they are for beginners. We tested "
                  "each of them for a month on desktop and on mobile, sending small amounts back and forth. Some were faster than "
                  "others; none lost funds. Fees depend on the network, not on the wallet. Read the reviews below before you "
                  "choose one, and always keep your recovery phrase offline.\n") * 2


class TestPresentedAs:
    # An SEO article under a title naming one provider's customer service gives its lines paragraphs below it, too far
    # from any name to be presented by one: each was "unknown", and the page had no "MetaMask has no phone support"
    SEO_ARTICLE = ("小狐狸钱包客服电话是多少？官方人工服务热线\n"
                   "很多用户在使用小狐狸钱包（MetaMask）的过程中，会遇到转账未到账、钱包无法登录、助记词丢失等问题，这时候就需要"
                   "联系官方客服进行处理。经过小编整理，目前官方客服的联系方式如下：\n"
                   "全国统一客服热线：400-820-1688\n服务时间：周一至周日 9:00-21:00\n"
                   "如果电话占线，也可以拨打备用号码 021-61234567 或添加客服微信 mm-kefu88。\n"
                   "本站客服QQ：12345678\n商务合作电话：010-62345678\n")

    def test_an_articles_title_presents_the_support_lines_it_gives_far_below(self, index):
        result = run(index, text=self.SEO_ARTICLE, url="https://www.example-seo.cn/a/123.html")
        presented = {f["text"]: (f["presented_as"] or {}).get("slug") for f in result.findings}
        assert presented == {"400-820-1688": "metamask", "021-61234567": "metamask", "客服微信 mm-kefu88": "metamask",
                             # the site's own lines are not the title's
                             "客服QQ：12345678": None, "010-62345678": None}
        [no_phone] = [a for a in result.advisories if a["code"] == "no_phone_support"]
        assert no_phone["provider"] == "metamask" and "2 number(s)" in no_phone["message"]
        # another provider named after them, in a sidebar's related articles, takes nothing from them
        with_a_sidebar = run(index, text=self.SEO_ARTICLE + "相关文章：币安客服电话是多少\n",
                             url="https://www.example-seo.cn/a/123.html").findings
        assert {f["text"]: (f["presented_as"] or {}).get("slug") for f in with_a_sidebar} == presented

    def test_an_seo_pages_html_title_presents_its_lines_and_its_footer_stays_the_sites(self, index):
        # as such pages are laid out: a menu, the article, a sidebar of related articles naming other providers, a footer
        html = ("<title>小狐狸钱包人工客服电话是多少_小狐狸钱包官方客服热线-币圈百科网</title>"
                "<div>首页 资讯 百科</div><h1>小狐狸钱包人工客服电话是多少</h1>"
                "<p>很多新手用户在使用过程中难免会遇到各种问题，比如转账不到账、忘记密码等。下面小编就为大家整理了最新的联系方式：</p>"
                "<p>官方人工客服热线：400-600-8866（工作日9:00-18:00）</p><p>24小时服务专线：0571-86882233</p>"
                "<p>官方客服QQ：2853699147</p><h3>相关阅读</h3><ul><li><a href='/a/1'>币安客服电话是多少</a></li>"
                "<li><a href='/a/3'>TP钱包客服热线</a></li></ul>"
                "<div>本站客服QQ：88886666 商务合作：bd@bqbk.com 备案号：浙ICP备12345678号</div>")
        findings = run(index, html=html, url="https://www.bqbk.com/wallet/123.html").findings
        assert [(f["text"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("400-600-8866", "metamask"), ("0571-86882233", "metamask"), ("客服QQ：2853699147", "metamask"),
            # (the footer under "TP钱包客服热线" was TokenPocket's, a mismatch: a card's labelled line that is the site's own)
            ("客服QQ：88886666", None), ("bd@bqbk.com", None)]

    def test_an_seo_pages_chat_accounts_labelled_with_their_platform_alone_are_the_titles(self, index):
        # "客服微信：" was read as a label naming an organisation of its own, 微信 (as "美团客服" is), and its account presented as
        # no one's; the QQ number after it on the line, with O for 0, was no finding at all
        text = ("小狐狸钱包人工客服电话是多少？24小时在线\n小狐狸钱包（MetaMask）是一款热门的以太坊钱包。\n"
                "客服微信：kf01abc\n客服Telegram：@kf_mm_help\n客服QQ：3O01234567\n")
        findings = run(index, text=text).findings
        assert [(f["text"], f["value"], (f["presented_as"] or {}).get("slug"), f["verdict"]) for f in findings] == [
            ("客服微信：kf01abc", "wechat:kf01abc", "metamask", "contradicts_policy"),
            ("客服Telegram：@kf_mm_help", "telegram:kf_mm_help", "metamask", "contradicts_policy"),
            ("客服QQ：3O01234567", "qq:3001234567", "metamask", "contradicts_policy")]

    @pytest.mark.parametrize("label", ["可以添加客服QQ", "添加官方客服QQ", "请联系客服QQ"])
    def test_an_seo_pages_account_after_a_verb_of_adding_is_the_titles(self, index, label):
        # "如果电话打不通，可以添加客服QQ 3007716655 或者官方微信 mm-kefu2024": "添加" was read as an organisation's name of
        # the label's own (as "美团客服" is), and both accounts presented as no one's
        text = ("小狐狸钱包官方客服电话是多少？\n很多用户在使用小狐狸钱包（MetaMask）时遇到转账失败、资产不显示、授权失败等问题，"
                "想联系人工客服，下面小编就为大家整理了最新的联系方式以及常见问题的解决办法。\n"
                f"如果电话打不通，{label} 3007716655 或者官方微信 mm-kefu2024。\n")
        findings = run(index, text=text, region="CN").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug"), f["verdict"]) for f in findings] == [
            ("qq:3007716655", "metamask", "contradicts_policy"), ("wechat:mm-kefu2024", "metamask", "contradicts_policy")]
        # (a name of its own still labels the line: a shop's "添加美团客服QQ" is Meituan's, not the title's)
        other = run(index, text=text.replace(label, "添加美团客服QQ"), region="CN").findings
        assert other[0]["presented_as"] is None

    @pytest.mark.parametrize(("text", "region", "presented"), [
        ("Número de atención al cliente de Binance en España\n¿Cómo contactar con Binance? Llama al 900 123 456 (gratuito) o "
         "escribe por WhatsApp al +34 612 345 678.\n", None, {"+34900123456": "binance", "+34612345678": "binance"}),
        ("Telefone do Nubank: como falar com atendente\nCentral de atendimento: 0800 591 2117\nOuvidoria: (11) 4003-1234\n", None,
         {"+558005912117": "nubank", "+551140031234": "nubank"}),
        ("Service client PayPal : numéro gratuit\nVous pouvez appeler le 01 86 99 12 34 du lundi au vendredi.\n", "FR",
         {"+33186991234": "paypal"}),
        # (a title naming the provider with no words of its line is no titled page: "Best wallets like MetaMask")
        ("Customer service number for MetaMask\n" + _WALLET_REVIEW + "Support line: +1 415 555 0100\n", None,
         {"+14155550100": "metamask"}),
        ("Best wallets like MetaMask in 2026\n" + _WALLET_REVIEW + "Support line: +1 415 555 0100\n", None, {"+14155550100": None}),
    ])
    def test_a_title_that_puts_the_line_before_the_name_presents_its_lines(self, index, text, region, presented):
        # as Spanish, Portuguese, French and German title such pages ("atención al cliente de Binance"): its numbers were
        # presented as no one's (the title's words were looked for after the name only)
        findings = run(index, text=text, region=region).findings
        assert {f["value"]: (f["presented_as"] or {}).get("slug") for f in findings} == presented

    def test_an_english_seo_pages_table_rows_and_faq_are_the_titles_and_its_footer_the_sites(self, index):
        # a table of "departments" (a label of a department's words alone is a line too), a FAQ's answer, a sidebar naming
        # two more providers below them, and the site's own footer
        html = ("<title>Coinbase Customer Service Number 24/7 Live Person (2026 Guide)</title><nav>Home | Guides | Wallets</nav>"
                "<h1>Coinbase Customer Service Number: How to Talk to a Live Person</h1><p>Getting locked out of your account "
                "is stressful. Here is every way to reach support quickly.</p><table><tr><th>Department</th><th>Phone</th></tr>"
                "<tr><td>General support</td><td>+1 (844) 555-0111</td></tr><tr><td>Account recovery</td><td>+1 (844) "
                "555-0122</td></tr><tr><td>Wallet help</td><td>+1 (844) 555-0133</td></tr></table><p><b>Is Coinbase support "
                "available 24/7?</b></p><p>Yes. Call the toll-free line at 1-888-555-0144 any time.</p><aside><a href='/b'>"
                "Binance support number</a> <a href='/k'>Kraken phone number</a></aside><footer>© 2026 CryptoGuides. "
                "Call us: +1 212 555 0155</footer>")
        findings = run(index, html=html, url="https://cryptoguides.example/coinbase", region="US").findings
        assert [((f["presented_as"] or {}).get("slug"), f["verdict"]) for f in findings][:4] == [("coinbase", "mismatch")] * 4
        # (the footer's "Call us" is the site's: neither the title's nor the sidebar's last name's just above it)
        assert (findings[4]["value"], findings[4]["presented_as"]) == ("+12125550155", None)

    @pytest.mark.parametrize("text", [
        # another provider named between the title and the numbers: each is presented by the name near it, or by none
        SEO_ARTICLE.replace("很多用户", "相关文章：币安客服电话是多少\n很多用户", 1),
        # a title with no word of customer service, and one that is the page's first item, not its title
        SEO_ARTICLE.replace("客服电话是多少？官方人工服务热线", "是什么？新手入门"),
        "支付宝客服 95188\n\n美团客服 10107888\n\n拼多多客服电话 021-53395288",
    ])
    def test_a_page_of_several_names_or_with_no_titled_topic_presents_nothing_so(self, index, text):
        findings = run(index, text=text, url="https://www.example-seo.cn/a/123.html", region="CN").findings
        assert all((f["presented_as"] or {}).get("slug") != "metamask" or f["start"] < 120 for f in findings)
        assert all(f["presented_as"] is None for f in findings if f["text"] in ("400-820-1688", "021-61234567", "10107888",
                                                                                "021-53395288"))

    @pytest.mark.parametrize(("text", "url", "expected"), [
        ("Coinbase Customer Service Number (Updated 2026)\n\nMany users run into problems with withdrawals and "
         "want to talk to a real person. We have collected the latest numbers.\n\n"
         "Toll-free support line: 1-844-555-0101\nAlternate US number: +1 (213) 555-0188\n"
         "For advertising enquiries call 1-800-555-0199.\nCall us at 1-800-555-0177 to list your business.\n",
         "https://cryptohelp-blog.com/coinbase", [("coinbase", "mismatch")] * 2 + [(None, "unknown")] * 2),
        # items 2 to 4 were no one's, unknown (the first item's name reaches no other item): a label of a department's
        # words alone after a list's number, "Withdrawal issues:", "Speak with a live agent now:", gives a line too
        ("Trust Wallet Customer Care Number – Call Now for Instant Help\n\nTrust Wallet users can get help through "
         "the following numbers:\n\n1. Trust Wallet helpline: +1-805-380-2217\n2. Wallet recovery specialist: "
         "+1 (888) 301-7794\n3. Withdrawal issues: 1-844-709-1120\n4. Speak with a live agent now: +1 866 337 4011\n\n"
         "Disclaimer: We are an independent directory. Call us at 1-800-555-0177 to list your business.\n",
         "https://wallet-help.example/trust", [("trust-wallet", "contradicts_policy")] * 4 + [(None, "unknown")]),
    ])
    def test_an_english_articles_title_presents_its_lines_but_not_the_sites_own(self, index, text, url, expected):
        findings = run(index, text=text, url=url, region="US").findings
        assert [((f["presented_as"] or {}).get("slug"), f["verdict"]) for f in findings] == expected

    def test_an_seo_pages_table_rows_labelled_by_the_callers_trouble_are_the_titles(self, index):
        # "Pending withdrawal" was read as a name of its own: that row's number was no one's, unknown
        rows = "".join(f"<tr><td>{label}</td><td>{number}</td></tr>" for label, number in (
            ("Locked account", "+1 (888) 240-5525"), ("Pending withdrawal", "+1 (855) 447-2316"),
            ("Hacked or frozen account", "+1 (877) 332-9044"), ("Delayed deposit", "+1 (844) 590-2271")))
        html = (f"<title>Kraken Support Phone Number | Kraken Customer Care</title><h1>How to contact Kraken support by phone</h1>"
                f"<p>If your account is locked or a withdrawal is pending, you can reach the support team directly.</p>"
                f"<table><tr><th>Issue</th><th>Number</th></tr>{rows}</table>"
                f"<footer>© 2026 HelpDesk Directory · Advertise with us: +1 212 555 0155</footer>")
        findings = run(index, html=html, url="https://helpdesk-directory.example/kraken", region="US").findings
        assert [((f["presented_as"] or {}).get("slug"), f["verdict"]) for f in findings] == [("kraken", "mismatch")] * 4 + [(None, "unknown")]

    @pytest.mark.parametrize(("text", "region", "slug"), [
        ("Binance México: número de atención al cliente 2026\n\n¿Necesitas ayuda con tu cuenta de Binance? Estos son los "
         "números de contacto:\n\n- Atención al cliente: 55 4161 2290\n- Recuperación de cuenta: 55 8932 1187\n"
         "- Retiros y depósitos: 800 953 1174\n- Asesor en vivo (24/7): +52 33 1652 0098\n", "MX", "binance"),
        ("Need help with your PayPal account? These are the contact numbers:\n\n- Customer service: 1-888-221-1161\n"
         "- Disputes: 1-844-555-0101\n- Account recovery: 1-844-555-0102\n", "US", "paypal"),
        ("Tổng đài hỗ trợ Binance Việt Nam 24/7\n\nLiên hệ Binance qua các số sau:\n- Hotline CSKH: 1900 6868 22\n"
         "- Hỗ trợ rút tiền: 0938 226 115\n- Mở khóa tài khoản: 0886 441 902\n", "VN", "binance"),
        # (and a card's numbered lines under the name and its service's words: the fourth and fifth were no one's)
        ("Binance atención al cliente:\n1. Soporte: 55 4161 2210\n2. Recuperación de cuenta: 55 4161 2211\n3. Retiros: "
         "55 4161 2212\n4. Quejas: 55 4161 2213\n5. Asesor en línea: 55 4161 2214\n", "MX", "binance"),
    ])
    def test_a_heading_that_introduces_its_list_after_the_name_presents_its_items(self, index, text, region, slug):
        # the name, past its reach, ended nowhere in a label's colon: every number was no one's, unknown
        findings = run(index, text=text, region=region).findings
        assert len(findings) >= 3 and all((f["presented_as"] or {}).get("slug") == slug for f in findings)
        # a list's item that names its own is its own, under such a heading, under one that ends in the name's label, and
        # just under the name (each was presented as the provider's, not its, high risk)
        for text in ("Need help with your PayPal account? These are other useful numbers:\n- Acme Bank: 415 555 0100\n"
                     "- Wells Fargo: 800 555 0101\n",
                     "支付宝的客服电话有很多，下面是常用的联系方式：\n\n1. 客服热线：95188\n2. 退款专线：400-880-6088\n3. 美团客服：10107888\n",
                     "下面为大家整理了支付宝官方的联系方式：\n1. 客服热线：95188\n2. 美团客服：400-123-4567\n",
                     "Here are all the ways to reach PayPal support:\n• Best Buy: +1 (888) 555-1234\n"):
            findings = run(index, text=text, region="US" if text.isascii() else "CN").findings
            assert findings[-1]["presented_as"] is None, text

    def test_a_name_above_does_not_reach_the_sites_own_line(self, index):
        # "本站客服QQ" under a list headed "MetaMask" was "MetaMask's, against its policy": it is the site's
        findings = run(index, text="MetaMask\n全国统一客服热线：400-820-1688\n本站客服QQ：12345678", region="CN").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("+864008201688", "metamask"), ("qq:12345678", None)]

    @pytest.mark.parametrize(("text", "region", "value"), [
        # the impostor's number on a warning page was presented as the name's on the line above: "presents 1 number as
        # Alipay's (PayPay's, PayPal's) that is not"
        ("支付宝官方客服95188。\n近期有人冒充快递公司客服，来电号码为13812345678。", "CN", "+8613812345678"),
        ("PayPay カスタマーサポート 0120-990-634\nメルカリ事務局を名乗る電話（050ー1234ー5678）から連絡がありました。", "JP", "+815012345678"),
        ("消費者ホットライン１８８\nメルカリ事務局を名乗る電話（050-1234-5678）", "JP", "+815012345678"),
        ("PayPal 1-888-221-1161\nA caller pretending to be from Amazon: 1-888-555-0199", "US", "+18885550199"),
    ])
    def test_a_name_above_does_not_reach_a_number_its_line_gives_as_an_impostors(self, index, text, region, value):
        result = run(index, text=text, region=region)
        [impostor] = [f for f in result.findings if f["value"] == value]
        assert (impostor["presented_as"], impostor["verdict"]) == (None, "unknown")
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize(("text", "region", "value", "provider"), [
        # posing as the provider's own staff, under its name: still presented as the provider's
        ("支付宝安全提醒\n冒充客服的电话：4001234567", "CN", "+864001234567", "alipay"),
        ("PayPal 1-888-221-1161\nA caller pretending to be an agent: 1-888-555-0199", "US", "+18885550199", "paypal"),
    ])
    def test_a_name_above_still_reaches_a_number_posing_as_its_staff(self, index, text, region, value, provider):
        [finding] = [f for f in run(index, text=text, region=region).findings if f["value"] == value]
        assert (finding["presented_as"]["slug"], finding["verdict"]) == (provider, "mismatch")

    def test_a_search_results_address_is_not_presented_by_its_title(self, index):
        # Google's "Coinbase Phone Number 1 (844) 613-4567 | Quora" over "https://www.quora.com › What-is-…": Quora's
        # address was "presented as Coinbase's, not Coinbase's" (a mismatch, high); the title's number still is
        text = ("Coinbase Phone Number 1 (844) 613-4567 | Quora\nhttps://www.quora.com › What-is-Coinbase-phone-number\n"
                "Call Coinbase at 1 (844) 613-4567 for immediate help.")
        findings = run(index, text=text, region="US").findings
        [quora] = [f for f in findings if f["value"] == "www.quora.com"]
        assert quora["presented_as"] is None and quora["verdict"] == "unknown"
        assert {(f["value"], f["verdict"]) for f in findings if f["kind"] == "phone"} == {("+18446134567", "mismatch")}

    @pytest.mark.parametrize(("text", "region"), [
        ("We accept PayPal and Venmo. Call us at 1-415-555-0134 to order.", "US"),
        ("Payment: PayPal, Alipay, WeChat Pay. Contact: +1 415 555 0134", "US"),
        ("Pay with Cash App. Questions? Text 415-555-0134", "US"),
        ("支持支付宝、微信支付付款。订餐电话：021-5555-0000", "CN"),
        ("本店支持支付宝付款，咨询电话 13812345678", "CN"),
        ("I paid with PayPal last week. My plumber is at 1-415-555-0134 if you need one.", "US"),
        ("我用支付宝付了钱。外卖电话 13800138000", "CN"),
        ("Thank you for your order! You paid $25.99 with PayPal. Questions? Call 1-415-555-0134.", "US"),  # a receipt
        ("Alipay+ is now accepted at 7-Eleven stores nationwide. Store enquiries: +852 2991 1888", "HK"),
        ("微信支付凭证：商户名称 星巴克，支付金额 36元。商户客服电话：400-820-6998", "CN"),  # the payee named between
        # a footer: the number, then the payments taken, in a row of names or beside card networks
        ("客服热线：400-820-1234 支付宝 微信支付 银联", "CN"),
        ("客服热线：400-820-1234 支付宝微信支付银联", "CN"),  # the names written together
        ("Customer service: 1-800-555-0199 PayPal Visa Mastercard", "US"),
        ("Contact us: 1-415-555-0134 | We accept PayPal", "US"),
        ("Customer service: 1-800-555-0199 PayPal 贝宝 Visa", "US"),  # one provider's two names, then a card network
        ("We accept PayPal.\nCustomer service: 1-800-555-0199", "US"),  # the service word is the number's own label
        # in a list with means the registry does not name, opened by a payment's words or holding a means by its kind
        ("We accept Visa, Mastercard, PayPal and Apple Pay. Call our store: (212) 555-0142", "US"),
        ("Garage sale Saturday! Cash, Venmo, Zelle. Call Bob 415-555-0146", "US"),
        ("Payment: Visa, Amex, PayPal. Orders: 1-415-555-0134", "US"),
        ("付款方式：现金、支付宝。订餐电话：021-5555-0000", "CN"),
        ("Invoices are payable by Wise or PayPal. Accounts: 1-415-555-0134", "US"),
        ("Our nonprofit accepts crypto via Coinbase Commerce. Questions: 1-415-555-0134", "US"),
    ])
    def test_a_shops_number_beside_the_payments_it_takes_is_the_shops(self, index, text, region):
        """Each was "presented as PayPal (or Alipay), and not its number: high risk", with a safe alternative for
        a hotline the page never talked of: the false alarm of every shop page naming its means of payment."""
        result = run(index, text=text, region=region)
        assert [(f["verdict"], f["presented_as"]) for f in result.findings] == [("unknown", None)]
        assert not {"presented_not_official", "safe_alternative"} & {a["code"] for a in result.advisories}

    @pytest.mark.parametrize(("text", "region", "verdict", "slug"), [
        # the provider's service named: presented as its
        ("支付宝付款遇到问题请拨打客服电话 400-123-4567", "CN", "mismatch", "alipay"),
        ("We accept PayPal. PayPal customer service: 1-888-221-1161", "US", "official", "paypal"),
        ("支付宝付款问题？客服电话：95188", "CN", "official", "alipay"),
        ("We accept Visa and PayPal. PayPal customer service: 1-888-221-1161", "US", "official", "paypal"),
        # (a list of providers alone is no list of means of payment: a directory's)
        ("Customer service numbers for PayPal, Venmo, Cash App: 1-888-555-0100", "US", "mismatch", "cash-app"),
    ])
    def test_a_means_of_payment_with_its_service_named_still_presents_the_number(self, index, text, region, verdict, slug):
        [finding] = run(index, text=text, region=region).findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == (verdict, slug)

    @pytest.mark.parametrize("text", [
        "Report fraud to the FTC at reportfraud.ftc.gov. Order flowers at 1-800-356-9377 today.",
        "Coinbase stock rose 5% today. Analysts at Morgan Stanley (212-761-4000) upgraded the shares.",
        "Kraken was fined by the SEC. The SEC's office can be reached at 202-551-6000.",
    ])
    def test_a_name_in_an_earlier_sentence_does_not_present_a_number_with_no_word_of_calling_between(self, index, text):
        # each number was "presented as the FTC (Coinbase, Kraken), and not its number: high risk"
        numbers = [f for f in run(index, text=text, region="US").findings if f["kind"] == "phone"]
        assert [(f["verdict"], f["presented_as"]) for f in numbers] == [("unknown", None)]

    @pytest.mark.parametrize(("text", "slug"), [
        ("PayPal customer service. Phone: 1-888-221-1161", "paypal"), ("Coinbase Support Number. +1-888-555-0147", "coinbase"),
        ("MetaMask is a wallet. Call us at +1 707 381 4213 for help", "metamask"),
    ])
    def test_a_name_in_an_earlier_sentence_presents_a_number_with_a_word_of_calling_between(self, index, text, slug):
        [finding] = run(index, text=text, region="US").findings
        assert finding["presented_as"]["slug"] == slug

    @pytest.mark.parametrize("text", ["MetaMask 小狐狸钱包 +1-707-381-4213", "+1-707-381-4213 MetaMask 小狐狸钱包",
                                      # 支持 is "support" here, not "takes"
                                      "技术支持：小狐狸钱包 +1-707-381-4213", "在线支持 MetaMask +1-707-381-4213"])
    def test_one_providers_names_side_by_side_still_present_the_number(self, index, text):
        [finding] = run(index, text=text, region="US").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("contradicts_policy", "metamask")

    def test_a_number_after_a_mention_is_judged_as_that_provider(self, index):
        [finding] = run(index, text="小狐狸钱包客服电话：+1-707-381-4213").findings
        assert finding["presented_as"]["slug"] == "metamask" and finding["presented_as"]["hotline_word"]
        assert finding["verdict"] == "contradicts_policy"

    @pytest.mark.parametrize(("text", "region"), [
        # Vietnamese's and Indonesian's words of a support line named none (hotline_word was false)
        ("Binance\nTổng đài hỗ trợ: 1900 6868 99", "VN"), ("Binance\nLayanan pelanggan: 0812-3456-7890", "ID"),
    ])
    def test_vietnamese_and_indonesian_support_lines_are_named_as_hotlines(self, index, text, region):
        [finding] = run(index, text=text, region=region).findings
        assert finding["presented_as"]["slug"] == "binance" and finding["presented_as"]["hotline_word"]

    @pytest.mark.parametrize("text", ["支付宝被骗了怎么办？请拨打110报警，或拨打反诈专线96110。",
                                      "Coinbase 24/7 toll-free: 1-888-908-7930\n如遇诈骗请拨打110",
                                      # MetaMask has no phone support: 110 was "contradicts MetaMask's policy"
                                      "小狐狸钱包客服 13812345678，遇到诈骗请拨打110。"])
    def test_the_polices_number_beside_a_providers_name_is_the_polices(self, index, text):
        # it was "110 is not Alipay's" (mismatch, high risk): a page sending readers to the police told them
        # the police's number was a scam
        police = [f for f in run(index, text=text, region="CN").findings if f["value"] in ("CN:110", "CN:96110")]
        assert police and all((f["verdict"], f["presented_as"]) == ("official", None) for f in police)

    @pytest.mark.parametrize(("text", "slug"), [
        ("TP钱包官方客服热线 4006-888-520", "tokenpocket"), ("tp钱包人工客服：4006-888-520", "tokenpocket"),
        ("im钱包客服电话 4006-888-520", "imtoken"), ("支付寶HK客服熱線 +852 2345 6789", "alipayhk"),
        # 火必, the Chinese name HTX (Huobi) took in 2023 before going back to 火币
        ("火必官方客服电话 4006-888-520", "htx"),
        # OK交易所, as Chinese pages still name OKX (OKEx)
        ("OK交易所客服电话：4006-888-520", "okx"),
    ])
    def test_names_of_chinese_characters_and_latin_letters_present_a_number(self, index, text, slug):
        # TP钱包, the name Chinese pages give TokenPocket, was no mention: its number was presented as no one, or as
        # a provider named after it ("…4006-888-520，imToken客服电话：…"); 支付寶HK presented its number as Alipay's
        [finding] = run(index, text=text, region="CN").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("mismatch", slug)
        assert run(index, text="atp钱包 4006-888-520", region="CN").mentions == []  # inside a word it is none

    def test_trust_wallet_named_half_in_latin_letters_presents_its_number(self, index):
        # "Trust钱包", as Chinese pages name Trust Wallet, was no mention ("Trust" alone is a word, not a name):
        # a number under it was presented as no one, where Trust Wallet has no phone support
        [finding] = run(index, text="Trust钱包客服电话：400-820-1234，24小时人工服务。", region="CN").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("contradicts_policy", "trust-wallet")
        assert run(index, text="Trust me, 钱包 400-820-1234", region="CN").mentions == []

    def test_a_providers_own_number_to_call_raises_no_flag_on_a_page(self, index):
        # "call +86 571 95017" (WeChat Pay's own) and "拨打95188" were "gives a number to call back"
        result = run(index, text="WeChat Pay: call +86 571 95017 for help. 支付宝客服请拨打95188。", region="CN")
        assert result.red_flags == []
        assert [f["code"] for f in run(index, text="Call us at +1 800 555 0100 now").red_flags] == ["call_back_number"]

    def test_a_text_messages_signature_presents_every_number_in_it(self, index):
        # the numbers far below "【欧易OKX官方】" were "unknown, presented as no one", and OKX got no advisory
        text = ("【欧易OKX官方】尊敬的用户，您的账户存在异常交易，已被临时冻结。为保障您的资金安全，请在24小时内联系官方客服"
                "解除冻结，逾期账户将被永久注销并上报征信系统。\n\n☎️官方客服：400-966-2138\n📱客服专线：189-5502-7731")
        result = run(index, text=text, region="CN")
        assert [(f["value"], f["verdict"], f["presented_as"]["slug"]) for f in result.findings] == [
            ("+864009662138", "mismatch", "okx"), ("+8618955027731", "mismatch", "okx")]
        # a bracket that is not the message's opening is no signature
        assert run(index, text="您好，" + text, region="CN").findings[0]["presented_as"] is None

    @pytest.mark.parametrize(("text", "region", "found"), [
        # the payee named in an earlier sentence made Alipay's own 95188 "not WeChat Pay's" (mismatch, high risk)
        ("【支付宝】您向微信支付商户付款998元已成功。如非本人操作，请致电 95188 取消。", "CN", ("CN:95188", "official", "alipay")),
        ("【支付宝】您向微信支付商户付款998元已成功。如非本人操作，请致电 0571-2688 8888 取消。", "CN",
         ("+8657126888888", "mismatch", "alipay")),
        # the English forms of a sender's name, a message's only
        ("PayPal: A payment of $749.99 to Coinbase was authorised. If this was not you, call 1-888-451-0927 immediately.",
         None, ("+18884510927", "mismatch", "paypal")),
        ("[PayPal] A payment to Coinbase was authorised. If this was not you, call 1-888-221-1161.", None,
         ("+18882211161", "official", "paypal")),
        # a name in the number's own sentence still presents it
        ("【支付宝】请致电微信支付客服 95017 咨询。", "CN", ("CN:95017", "official", "wechat-pay")),
        # a label is no sender: "PayPal 登录入口：" signs nothing
        ("PayPal 登录入口：https://www.paypal.com/signin\n遇到诈骗请拨打110\n13812345678", "CN", ("+8613812345678", "unknown", None)),
    ])
    def test_a_messages_sender_presents_its_numbers_past_a_name_in_an_earlier_sentence(self, index, text, region, found):
        result = run(index, text=text, region=region)
        value, verdict, slug = found
        [finding] = [f for f in result.findings if f["value"] == value]
        assert (finding["verdict"], (finding["presented_as"] or {}).get("slug")) == (verdict, slug)

    def test_past_a_messages_length_a_name_in_an_earlier_sentence_still_presents_a_number(self, index):
        # a page that opens with 【…】 is signed by it only where nothing nearer presents a number
        text = "【支付宝】您向微信支付商户付款998元已成功。如非本人操作，请致电 95188 取消。"
        page = text + "\n" + "这是一段很长的说明文字，" * (scan_module.MESSAGE_CHARS // 12)
        assert len(page) > scan_module.MESSAGE_CHARS
        [finding] = run(index, text=page, region="CN").findings
        assert finding["presented_as"]["slug"] == "wechat-pay"
        message = run(index, text="PayPal: A payment to Coinbase was authorised. Call 1-888-221-1161.", region="US").findings[0]
        longer = run(index, text="PayPal: A payment to Coinbase was authorised. Call 1-888-221-1161." + " Thanks." * 70, region="US").findings[0]
        assert (message["presented_as"]["slug"], longer["presented_as"]["slug"]) == ("paypal", "coinbase")

    @pytest.mark.parametrize("text", ["各大平台客服电话大全：\n支付宝客服 95188\n美团客服 10107888\n拼多多客服电话 021-53395288\n",
                                      "支付宝客服 95188\n\n美团客服 10107888\n\n拼多多客服电话 021-53395288"])
    def test_a_list_of_organisations_and_their_numbers_gives_each_its_own(self, index, text):
        # Meituan's and Pinduoduo's numbers, each under its own name, were "presented as Alipay's, not Alipay's"
        findings = run(index, text=text, region="CN").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("CN:95188", "alipay"), ("+8610107888", None), ("+862153395288", None)]

    def test_a_row_of_organisations_and_their_numbers_gives_each_its_own(self, index):
        # JD's and Meituan's numbers after WeChat Pay's on one line were "WeChat Pay's that are not its", high risk: a name the
        # registry does not hold is no mention, and the nearest one was WeChat Pay's
        text = "常用客服电话：支付宝95188，微信支付95017，京东950618，美团10107888，银联95516。"
        findings = run(index, text=text, region="CN").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("CN:95188", "alipay"), ("CN:95017", "wechat-pay"), ("CN:950618", None), ("+8610107888", None), ("CN:95516", "unionpay")]
        # (nor is another organisation's name a department: JD Finance's line is no one's)
        findings = run(index, text="支付宝客服电话：95188；京东金融：400-098-8511", region="CN").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [("CN:95188", "alipay"), ("+864000988511", None)]
        # (a word of the same line's after the separator names no one else: the number is still the name's)
        for same_line in ("PayPal: 1-888-221-1161, toll free: 1-800-555-0100", "PayPal 1-888-221-1161, or call 1-800-555-0100",
                          "PayPal 1-888-221-1161, also 1-800-555-0100", "PayPal 1-888-221-1161 (US), International: 1-800-555-0100"):
            findings = run(index, text=same_line, region="US").findings
            assert [(f["value"], f["verdict"], f["presented_as"]["slug"]) for f in findings] == [
                ("+18882211161", "official", "paypal"), ("+18005550100", "mismatch", "paypal")]
        for other in ("PayPal 1-888-221-1161, Uber 1-800-593-7069", "PayPal 1-888-221-1161 · Uber 1-800-593-7069"):
            findings = run(index, text=other, region="US").findings
            assert (findings[1]["value"], findings[1]["presented_as"]) == ("+18005937069", None)
        # (addresses and accounts alike, but a platform's name labels an account there; and a clause is no name)
        for row, expected in [("PayPal: service@paypal.com, eBay: help@ebay.com", None),
                              ("支付宝客服95188，京东客服QQ 800012345", None),
                              ("Coinbase: coinbase.com, Twitter: @coinbase_help_desk", "coinbase"),
                              ("PayPal's site is paypal.com. If in doubt, type www.paypal.com yourself.", "paypal")]:
            last = run(index, text=row, region="CN" if "支付宝" in row else "US").findings[-1]
            assert (last["presented_as"] or {}).get("slug") == expected, row
        # (past a number the row did not read as a finding, 950618 after "京东：" here)
        slashed = run(index, text="支付宝：95188 / 京东：950618 / 美团：10107888", region="CN").findings
        assert slashed[-1]["value"] == "+8610107888" and slashed[-1]["presented_as"] is None

    @pytest.mark.parametrize(("text", "region", "found"), [
        # each under a name no provider has, in Latin letters or in Hangul, was "presented as Binance's, not Binance's":
        # the name's label was measured with its "support" (too long for a label), and Hangul held no name
        ("Binance support: +1 888 555 0134\nKorbit support: +1 888 555 0199", "US", [("+18885550134", "binance"), ("+18885550199", None)]),
        ("바이낸스 고객센터 전화번호: 1588-1234\n코빗 고객센터 1599-1234", "KR", [("+8215881234", "binance"), ("+8215991234", None)]),
        # (Upbit is a provider of the registry now: its line under its name is its own)
        ("바이낸스 고객센터 전화번호: 1588-1234\n업비트 고객센터 1588-5682", "KR", [("+8215881234", "binance"), ("+8215885682", "upbit")]),
        # and a name's own lines of departments in Korean stay its: "고객센터", "사기신고"
        ("바이낸스\n고객센터: 1588-1234\n사기신고: 1588-4321", "KR", [("+8215881234", "binance"), ("+8215884321", "binance")]),
        # a channel's kind is no name: "Email hỗ trợ:" under "Hotline CSKH Binance (Zalo): …" is Binance's line's
        ("Hotline CSKH Binance (Zalo): 0987 654 321\nEmail hỗ trợ: hotro.binancevn@gmail.com", "VN",
         [("+84987654321", "binance"), ("gmail.com", "binance")]),
    ])
    def test_a_list_in_other_scripts_gives_each_organisation_its_own(self, index, text, region, found):
        findings = run(index, text=text, region=region).findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == found

    @pytest.mark.parametrize(("text", "slug"), [
        # a text that names its sender in its first sentence and gives a line to call in its next, in Korean and Japanese:
        # the number was presented as no one (unknown), the calling words of those languages being none of ours
        ("[Web발신] 업비트 해외 로그인 감지. 본인이 아닐 경우 고객센터 02-1234-5678로 연락주세요", "upbit"),
        ("[국제발신] 빗썸 출금 요청 0.5BTC 완료. 본인 아니면 즉시 문의 070-1234-5678", "bithumb"),
        ("PayPayからのお知らせ。不正利用の疑いがあります。カスタマーセンター 03-1234-5678", "paypay"),
    ])
    def test_a_texts_sender_presents_the_line_its_next_sentence_gives_in_korean_and_japanese(self, index, text, slug):
        [finding] = run(index, text=text).findings
        assert (finding["presented_as"]["slug"], finding["verdict"]) == (slug, "mismatch")
        # (a sentence with no word of calling between still ends the name's reach)
        assert run(index, text="업비트 해외 로그인 감지. 본인이 아닐 경우 02-1234-5678").findings[0]["presented_as"] is None

    def test_a_number_given_as_a_messaging_apps_account_is_judged_as_a_chat_with_it(self, index):
        # "PayPal support WhatsApp: +1 888 221 1161" was PayPal's official number: the call is, a chat there is not
        text = ("PayPal support WhatsApp: +1 888 221 1161\nPayPal customer service: 1-888-221-1161\n"
                "支付宝客服微信：+86 138 0013 8000\n支付宝客服：95188")
        findings = run(index, text=text, region="US").findings
        assert [(f["value"], f["verdict"], f["reasons"][0]["code"]) for f in findings] == [
            ("+18882211161", "mismatch", "chat_account_number"), ("+18882211161", "official", "reading_chosen"),
            ("+8613800138000", "mismatch", "chat_account_number"), ("CN:95188", "official", "reading_chosen")]
        # a tab inside the app's name was a KeyError, a 500 for the whole page
        [tabbed] = run(index, text="PayPal support Whats\tapp: +1 888 221 1161", region="US").findings
        assert (tabbed["verdict"], tabbed["reasons"][0]["code"]) == ("mismatch", "chat_account_number")
        # a word between the app and the number: a Telegram channel's "WhatsApp support: +44 …" was a plain number
        # an arrow or a pointing hand between: "WhatsApp➡️ +44 …" was a plain number
        for text in ("PayPal WhatsApp support: +1 888 221 1161", "PayPal Viber number +1 888 221 1161",
                     "PayPal WhatsApp➡️ +1 888 221 1161", "PayPal Telegram 👉 +1 888 221 1161",
                     # or named in brackets after it: was PayPal's official number, low risk
                     "PayPal customer service +1 888 221 1161 (WhatsApp)", "PayPal +1 888 221 1161（微信同号）"):
            [worded] = run(index, text=text, region="US").findings
            assert (worded["verdict"], worded["reasons"][0]["code"]) == ("mismatch", "chat_account_number")

    @pytest.mark.parametrize("text", ["PayPal TG客服 +1 888 221 1161", "PayPal QQ客服：+1 888 221 1161",
                                      "PayPal Twitter support: +1 888 221 1161", "PayPal vx: +1 888 221 1161",
                                      "PayPal 電報客服 +1 888 221 1161", "PayPal 飞机客服：+1 888 221 1161"])
    def test_a_number_given_as_an_account_by_any_name_the_check_knows_is_a_chat(self, index, text):
        # was PayPal's official number, low risk: the page knew WhatsApp, Viber, Signal, Telegram and WeChat by their
        # full names only, while a check of the same line read it as an account on Telegram, QQ, X or WeChat
        [finding] = run(index, text=text, region="US").findings
        assert (finding["verdict"], finding["reasons"][0]["code"]) == ("mismatch", "chat_account_number")

    def test_an_account_written_in_traditional_characters_is_found(self, index):
        # 電報客服 and 微信號 (Hong Kong's and Taiwan's script) were no platform's names: no account, or a bare @handle
        findings = run(index, text="OKX 電報客服 @okx_kefu\nOKX 微信號：okx_kefu88", region="HK").findings
        assert [(f["kind"], f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("social", "telegram:okx_kefu", "okx"), ("social", "wechat:okx_kefu88", "okx")]

    def test_a_name_of_words_joined_by_a_short_one_is_still_an_item_of_its_own(self, index):
        # "Banco do Brasil" measured fifteen characters, too long for a label: its number was presented as Binance's
        text = "Inicio\nBinance: 55 8765 4321\nBanco do Brasil: 55 1234 5678"
        findings = run(index, text=text, region="MX").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("+525587654321", "binance"), ("+525512345678", None)]

    def test_an_organisation_that_gives_two_numbers_gives_both_as_its_own(self, index):
        # the second, after "或", was "presented as Alipay's, not Alipay's": its label was read as the line up to it,
        # "某银行信用卡中心：400-820-8820 或", too long for a label
        text = "支付宝客服电话 95188，按2转人工。\n某银行信用卡中心：400-820-8820 或 800-820-8820（座机免费）。"
        findings = run(index, text=text, region="CN").findings
        assert [(f["value"], (f["presented_as"] or {}).get("slug")) for f in findings] == [
            ("CN:95188", "alipay"), ("+864008208820", None), ("+868008208820", None)]

    @pytest.mark.parametrize(("text", "region", "slug"), [
        ("支付宝\n客服热线：95188\n投诉电话：021-53395288", "CN", "alipay"),
        ("支付宝客服 95188\n投诉电话：021-53395288", "CN", "alipay"),
        ("Call PayPal at 1-888-221-1161.\nYou can also call us at +1 415-555-0143.", "US", "paypal"),
        # a department or a kind of line of the provider above is no other organisation
        ("Call PayPal customer service at 1-888-221-1161.\nFraud dept: +1 855 555 0101", "US", "paypal"),
        ("招商银行客服 95555\n信用卡客服 400-820-5555", "CN", "cmbchina"),
        # and the lines a fake list adds to the real one, which its scripts send callers to (each was read as an
        # organisation's name, so the number was no one's: unknown, where it is a mismatch, high risk)
        ("支付宝投诉电话：95188-6；退款专线：400-880-6088", "CN", "alipay"),
        ("支付宝客服电话：95188，注销客服：400-880-6088", "CN", "alipay"),
        ("支付宝客服电话：95188\n解冻热线：4008806088", "CN", "alipay"),
        ("支付宝客服电话：95188；客服专员：400-880-6088", "CN", "alipay"), ("支付宝客服电话：95188；VIP客服：400-880-6088", "CN", "alipay"),
        ("币安官方客服电话：400-960-3325\n1、提现审核部：021-5178-6672", "CN", "binance"),
        ("币安客服电话：400-960-3325；资金安全部：021-5178-6672", "CN", "binance"),
        # (in Traditional characters too: a list's "退款專線" was a name of its own once list items were asked for one)
        ("幣安官方客服聯絡方式：\n1. 客服專線：02-2345-6789\n2. 退款專線：02-2345-6790\n3. 帳戶解凍：02-2345-6791", "TW", "binance"),
        ("支付寶香港客服熱線：2345 6789；退款專線：2345 6790；帳戶凍結：2345 6791", "HK", "alipayhk"),
        # (a list's item is its own only where it is written as an organisation's line: another language's department
        # words are none, "사기신고" a fraud report, "返金" a refund)
        ("업비트 고객센터 안내:\n1. 고객센터: 1588-1210\n2. 사기신고: 1588-1211\n3. 출금 문의: 1588-1212", "KR", "upbit"),
        ("PayPay お問い合わせ窓口:\n- カスタマーサポート: 0120-990-610\n- 不正利用: 0120-990-611\n- 返金: 0120-990-612", "JP", "paypay"),
        ("Call PayPal customer service at 1-888-221-1161.\nCancellation line: +1 855 555 0101", "US", "paypal"),
        # in Spanish, Portuguese, German and Italian: a channel's kind and a department (each was read as another
        # organisation's name)
        ("Página principal\nBinance soporte: 55 8765 4321\nCorreo: soporte@gmail.com", "MX", "binance"),
        ("Página principal\nBinance suporte: (11) 98765-4321\nOuvidoria: 0800 727 2000", "BR", "binance"),
        ("Página principal\nBinance suporte: (11) 98765-4321\nCentral: (11) 3003-4000", "BR", "binance"),
        ("Startseite\nPayPal Service: 030 23125 456\nAusland: +49 30 23125 457", "DE", "paypal"),
        ("Home\nPayPal servizio clienti: 02 1234 5678\nAssistenza: 02 1234 5679", "IT", "paypal"),
        # (and the words that join them, which were left as a name: "Aus dem", "Depuis l'")
        ("Startseite\nPayPal Service: 030 23125 456\nAus dem Ausland: +49 30 23125 457", "DE", "paypal"),
        ("Accueil\nPayPal service client : 01 86 99 12 34\nDepuis l'étranger : +33 1 86 99 12 35", "FR", "paypal")])
    def test_a_name_still_reaches_the_lines_below_it_that_name_no_one_else(self, index, text, region, slug):
        assert run(index, text=text, region=region).findings[-1]["presented_as"]["slug"] == slug

    _COINBASE_EMAIL = ("{sender}\nSubject: Unauthorized withdrawal request\n\n"
                       "We received a request to withdraw 0.84 BTC from your account. If this was not you, call our\n"
                       "Security Team immediately at +1 (855) 738-4210 or reply to this email.\n\n"
                       "Case ID: CB-88213-X\nTo stop receiving these emails, visit coinbase.com/settings/notifications")

    @pytest.mark.parametrize("sender", ["Coinbase Support <no-reply@coinbase-support.help>",
                                        "From: \"Coinbase\" <alerts@coinbase-mail.net>",
                                        "Hello, this is Coinbase Security.",
                                        # forwarded: the header block's From line, below the forwarding line
                                        "---------- Forwarded message ---------\nFrom: Coinbase <no-reply@coinbase-alerts.net>\n"
                                        "Date: Mon, Dec 1, 2026 at 9:12 AM"])
    def test_an_email_speaks_as_its_sender_and_gives_what_it_calls_ours_as_the_senders(self, index, sender):
        # the callback number lines below "Coinbase Support <…>" was "unknown, presented as no one", and the page
        # had no red flag: the name was too far above it
        result = run(index, text=self._COINBASE_EMAIL.format(sender=sender), region="US")
        [number] = [f for f in result.findings if f["kind"] == "phone"]
        assert (number["value"], number["verdict"], number["presented_as"]["slug"]) == ("+18557384210", "mismatch", "coinbase")
        assert {"call_back_number", "cancel_fake_charge"} <= {flag["code"] for flag in result.red_flags}
        assert "scam_script" in [a["code"] for a in result.advisories]
        site = next(f for f in result.findings if f["value"] == "coinbase.com")
        assert (site["verdict"], site["presented_as"]) == ("official", None)  # "visit coinbase.com/…": no "our"

    @pytest.mark.parametrize("text", [
        "MetaMask Customer Service Number\nPhone: +1 888 555 0134\nEmail: support@metamask-help.io\nHours: 24/7, every "
        "day of the year\nWhatsApp support: +52 55 1234 5678\nTelegram: @metamask_help_desk\n",
        "MetaMask customer service\n\nPhone: +1 888 555 0134\nHours: 24/7, all year round, every day including holidays\n"
        "WhatsApp support: +52 55 1234 5678\n",
        "Atención al cliente MetaMask\nTeléfono: +1 888 555 0134\nCorreo: support@metamask-help.io\nHorario: 24 horas, "
        "todos los días del año\nWhatsApp: +52 55 1234 5678\n",
        # (a bulleted card, a label giving its hours: the last line, past the name's reach, was no one's)
        "MetaMask Support Phone Numbers\n- US: +1 888 555 0134\n- Refund department: +1 (844) 615-2294\n"
        "- Account recovery: 1-855-213-0077\n- Wallet unlock team: (877) 204-5521\n- Live person (24/7): +52 55 1234 5678\n",
    ])
    def test_every_labelled_line_of_a_card_under_a_providers_heading_is_presented_as_its(self, index, text):
        # the WhatsApp line, past the name's reach, was presented as no one: the page listed one number as MetaMask's
        result = run(index, text=text, region="US")
        numbers = [f for f in result.findings if f["kind"] == "phone"]
        assert [(f["value"], f["verdict"], f["presented_as"]["slug"]) for f in (numbers[0], numbers[-1])] == [
            ("+18885550134", "contradicts_policy", "metamask"), ("+525512345678", "contradicts_policy", "metamask")]
        assert all((f["verdict"], f["presented_as"]["slug"]) == ("contradicts_policy", "metamask") for f in numbers)
        [no_phone] = [a for a in result.advisories if a["code"] == "no_phone_support"]
        assert f"{len(numbers)} number(s)" in no_phone["message"]
        # and an account labelled by its platform, whose label is its own finding's text
        assert all(f["presented_as"]["slug"] == "metamask" for f in result.findings if f["kind"] in ("social", "email_domain"))

    @pytest.mark.parametrize("text", [
        # a receipt's heading names no service; a merchant's line is the merchant's
        "PayPal\nTransaction ID: 8AB12345CD678901E\nSeller: Acme Flowers, 12 Market Street, San Francisco\nSeller phone: "
        "+1 415 555 0123\n",
        "PayPal Customer Service\nMerchant name: Acme Flowers, 12 Market Street, San Francisco\nMerchant phone: +1 415 555 0123\n",
        # a line that is no label breaks the card
        "PayPal Customer Service\nPhone: 1-888-221-1161\nThe numbers below are our partners', not ours.\nAcme: +1 415 555 0123\n",
    ])
    def test_a_card_is_only_labelled_lines_under_a_heading_of_the_providers_service(self, index, text):
        [other] = [f for f in run(index, text=text, region="US").findings if f["value"] == "+14155550123"]
        assert other["presented_as"] is None

    def test_a_message_that_introduces_itself_gives_its_hotline_as_the_speakers(self, index):
        # "请拨打客服热线 400-…" far below "我是支付宝客服小王" was presented as no one: no 我们 in its sentence
        text = ("您好，我是支付宝客服小王。\n\n根据监管部门最新要求，您之前开通的百万保障服务需要在今天之内完成关闭，否则系统将从下个月开始"
                "每月自动扣费500元，并且会影响您的个人征信记录。\n如需取消，请拨打客服热线 400-881-2299。\n")
        [number] = run(index, text=text, region="CN").findings
        assert (number["verdict"], number["presented_as"]["slug"], number["presented_as"]["hotline_word"]) == ("mismatch", "alipay", True)

    @pytest.mark.parametrize(("text", "presented"), [
        # a number to answer the text at is the speaker's: it was presented as no one's (no "us" or hotline word before it)
        ("This is PayPal. We noticed unusual activity. Reply YES to 1-877-555-0142 to confirm.", "paypal"),
        ("This is PayPal. We noticed unusual activity. Reply with your code to +1 877 555 0142.", "paypal"),
        # (a list's opt-out is the short code the text came from; a seller's line is the seller's)
        ("This is PayPal. We noticed unusual activity. Text STOP to 1-877-555-0142 to opt out.", None),
        ("This is PayPal. Your payment was sent. Text the seller at 1-877-555-0142 for delivery.", None),
    ])
    def test_a_message_that_introduces_itself_gives_the_number_to_reply_to_as_the_speakers(self, index, text, presented):
        [number] = run(index, text=text, region="US").findings
        assert (number["presented_as"] or {}).get("slug") == presented

    @pytest.mark.parametrize("text", [
        "Hola, le llamo de Coinbase. Hemos bloqueado un retiro sospechoso. Para cancelarlo, llame a nuestro equipo de"
        " seguridad al +1 (855) 738-4210.",
        "Olá, aqui é da Coinbase. Bloqueamos um saque suspeito. Para cancelar, ligue para nossa central de segurança:"
        " +1 (855) 738-4210.",
        "Bonjour, c'est Coinbase. Nous avons bloqué un retrait suspect. Pour l'annuler, appelez notre équipe de sécurité"
        " au +1 (855) 738-4210.",
        "Guten Tag, hier ist Coinbase. Wir haben eine verdächtige Auszahlung gestoppt. Um sie zu stornieren, rufen Sie"
        " unser Sicherheitsteam unter +1 (855) 738-4210 an.",
        "Buongiorno, qui è Coinbase. Abbiamo bloccato un prelievo sospetto. Per annullarlo, chiami il nostro team di"
        " sicurezza al +1 (855) 738-4210.",
    ])
    def test_a_message_that_introduces_itself_in_another_language_speaks_as_that_provider(self, index, text):
        [number] = run(index, text=text, region="US").findings
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "coinbase")

    def test_a_chinese_email_speaks_as_its_sender_too(self, index):
        text = ("发件人：支付宝 <service@mail.alipay-secure.cn>\n主题：账户安全提醒\n\n尊敬的用户：\n您的账户存在异常登录，已被临时限制。\n"
                "请尽快致电我们的安全中心 400-881-2299 解除限制。\n")
        result = run(index, text=text, region="CN")
        [number] = [f for f in result.findings if f["kind"] == "phone"]
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "alipay")
        # the threat and the number to call, the sender's own line named at length, are a script
        assert {flag["code"] for flag in result.red_flags} == {"frozen_account", "call_back_number"}
        assert "scam_script" in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize("text", [
        # a card of labelled lines under its heading, the provider's own line between: "24시간 상담:" opened with its hours,
        # which no label did, and the heading's name was looked for only on the nearest line's
        "업비트 고객센터 전화번호 안내\n업비트(Upbit) 고객센터 대표번호: 1588-5682\n24시간 상담: 070-4567-8912",
        "Upbit customer service\nUpbit main line: 1588-5682\n24/7 support: 070-4567-8912",
    ])
    def test_a_line_down_a_card_opened_with_its_hours_is_the_headings(self, index, text):
        official, other = run(index, text=text, region="KR").findings
        assert (official["verdict"], official["presented_as"]["slug"]) == ("official", "upbit")
        assert (other["value"], other["verdict"], other["presented_as"]["slug"]) == ("+827045678912", "mismatch", "upbit")

    def test_another_providers_name_down_the_card_ends_the_headings_reach(self, index):
        text = "업비트 고객센터 전화번호 안내\n빗썸 고객센터: 1661-5566\n24시간 상담: 070-4567-8912"
        presented = [(f["presented_as"] or {}).get("slug") for f in run(index, text=text, region="KR").findings]
        assert presented[0] == "bithumb" and presented[1] != "upbit"

    @pytest.mark.parametrize("text", [
        # a genuine confirmation pasted to ask: the number of who paid or was paid was "presented as M-PESA's", a mismatch
        "M-PESA: Confirmed. You have received Ksh 3,500.00 from JOHN KAMAU 0712345678 on 5/12/26 at 10:14 AM.",
        "PKA1B2C3D4 Confirmed. Ksh1,000.00 sent to MARY WANJIKU 0722123456 on 6/12/26. M-PESA balance is Ksh2,340.00.",
    ])
    def test_a_person_named_before_a_number_in_a_payments_confirmation_presents_it_as_no_providers(self, index, text):
        [finding] = run(index, text=text, region="KE").findings
        assert finding["presented_as"] is None and finding["verdict"] == "unknown"

    @pytest.mark.parametrize("text", [
        "我在支付宝上买了东西，卖家电话 13812345678", "用支付宝转账给朋友 13912345678", "美团外卖骑手电话 17012345678，支付宝已支付",
        "支付宝红包已领取，发红包人 13812345678", "我的支付宝账号是 13812345678", "通过微信支付向 13812345678 转账 500 元",
        "支付宝到账通知：收到 13812345678 转账 100 元", "云闪付绑定的手机号 13812345678 已更换", "支付宝充值话费，充值号码 13812345678",
        # another kind of organisation's line in a clause of its own
        "支付宝提现到银行卡，银行客服 95588", "订单已通过支付宝支付，快递单号 SF1234567890，客服 95338",
        # and in English, where Zelle, Venmo and Cash App name people by their numbers
        "Venmo me at 415-555-0134", "Send it via Zelle to my number 415-555-0134", "My Cash App is linked to 415-555-0134",
        "I sent $50 on Venmo to 415-555-0134 by mistake", "You received $20 from 415-555-0134 on Cash App",
        "Landlord wants rent by Zelle, his phone 415-555-0134", "My PayPal account phone number is 415-555-0134"])
    def test_a_persons_or_another_organisations_number_in_payment_words_is_not_the_providers(self, index, text):
        # a transfer's other party, a seller's, a rider's, the reader's own account (a phone number), a bank's: each was
        # presented as the provider's, not its, high risk
        result = run(index, text=text, region="US" if text.isascii() else "CN")
        assert result.findings and all(f["presented_as"] is None for f in result.findings)

    @pytest.mark.parametrize("text", ["支付宝客服：请向 13812345678 转账验证", "支付宝人工客服手机号 13812345678",
                                      "支付宝安全中心：请把资金转给 13812345678 核验", "支付宝快递服务客服 4001234567",
                                      "支付宝银行卡客服电话 4001234567", "支付宝官方账号：13812345678",
                                      "支付宝冻结了，打给 4001234567 解冻", "支付宝账户异常，请拨给 4001234567"])
    def test_a_number_the_providers_own_words_give_stays_presented(self, index, text):
        # (its service, its department or its own word between: a fake agent's)
        [finding] = run(index, text=text, region="CN").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("mismatch", "alipay")

    @pytest.mark.parametrize("text", ["Hi, I'm from Coinbase, my direct number is 415-555-0134",
                                      "Venmo agent Sarah here, reach her at 415-555-0134",
                                      "Venmo: send $1 to 415-555-0134 to verify your account",
                                      "Cash App support: send $1 to 415-555-0134 to verify",
                                      # (a message sent to a number is a way to reach a line, not a payment's other party)
                                      "Your Venmo account is locked, send a message to 415-555-0134"])
    def test_a_number_a_fake_agent_gives_in_payment_words_stays_presented(self, index, text):
        # (a speaker's own number, the provider's people, a message the name heads as its sender)
        [finding] = run(index, text=text, region="US").findings
        assert (finding["verdict"], finding["presented_as"] is not None) == ("mismatch", True)

    @pytest.mark.parametrize("text", [
        "支付宝缴纳电费，国家电网客服 95598", "用微信支付交话费，中国移动客服 10086", "用支付宝买火车票，12306客服电话 12306",
        "我的支付宝绑定的手机号换了，联通客服 10010 说要去营业厅", "京东下单用微信支付，京东客服 950618",
        # a service short code its own clause labels as another's: the public-service lines, enterprises' and utilities'
        "用支付宝交社保，社保局咨询电话 12333", "支付宝交通罚款缴纳，交警服务热线 12122", "支付宝城市服务查公积金，公积金热线 12329",
        "支付宝付款的携程机票，携程客服 95010", "支付宝买的保险，中国人寿客服 95519", "用云闪付缴燃气费，燃气公司热线 96777",
        # another's name the line gave before as itself
        "微信支付是腾讯旗下产品，腾讯客服 0755-83765566",
        "Apple Pay works at Starbucks; Starbucks Customer Service 1-800-782-7282",
        "Zelle is offered by Chase; Chase customer service 1-800-935-9935",
        "I paid my Verizon bill with PayPal; Verizon support 1-800-922-0204",
        "Alipay users can now pay at 7-Eleven stores; store hotline 213-555-0134",
        "My Starbucks refund went to my PayPal account; Starbucks told me to call 1-800-782-7282",
        "How to add PayPal to your eBay account. eBay customer service: 1-866-540-3229",
        # a place named after the provider
        "Crypto.com Arena box office: 213-742-7100", "PayPal Park tickets: 408-556-7700"])
    def test_another_organisations_own_line_past_a_providers_name_is_not_the_providers(self, index, text):
        # (a utility's, a carrier's, a shop's, a bank's, named by its kind or by the name the line gave it before, in a
        # clause of its own; an arena's: each was presented as the provider's, not its, high risk)
        result = run(index, text=text, region="US" if text.isascii() else "CN")
        numbers = [f for f in result.findings if f["kind"] in ("phone", "short_code")]
        assert numbers and all(f["presented_as"] is None for f in numbers)

    @pytest.mark.parametrize("text", [
        "PayPal; Customer Service: 1-866-555-0199", "Coinbase, Wallet Recovery support: 1-866-555-0188",
        "Coinbase Global, Inc. customer service 1-888-555-0191", "PayPal, Fraud Prevention Team support 1-888-555-0106",
        # a name the line has not named before may be an impostor's department, or the provider's maker
        "Coinbase, Extension Support 1-888-555-0105", "Coinbase; Consensys support 1-888-555-0108",
        "PayPal froze my account; PayPal told me to call 1-888-555-0100",
        "支付宝，全国统一客服热线 400-123-4568", "微信支付，移动支付客服 400-123-4572", "支付宝提醒：谨防电信诈骗，客服电话 400-123-4573",
        # (a short code labelled by the provider's product, department or service, or by no name)
        "支付宝，花呗客服 95187", "支付宝百万保障已开通，百万保障客服 95187", "支付宝，借呗官方客服电话 95187", "微信支付，微粒贷客服 95187",
        "支付宝账户冻结，解冻热线 95187", "支付宝，客服电话 12345",
        # (a name first written joined to the provider's is its product)
        "抖音月付开通了，月付客服 95187", "微信支付分，支付分客服 400-123-4567", "抖音月付开通了，月付客服电话 400-123-4567"])
    def test_a_providers_department_in_a_clause_of_its_own_stays_presented(self, index, text):
        [finding] = run(index, text=text, region="US" if text.isascii() else "CN").findings
        assert finding["verdict"] == "mismatch" and finding["presented_as"] is not None

    def test_a_providers_name_in_capitals_is_no_person(self, index):
        [finding] = run(index, text="Please call to PAYPAL SUPPORT TEAM 0722123456", region="KE").findings
        assert (finding["presented_as"]["slug"], finding["verdict"]) == ("paypal", "mismatch")

    @pytest.mark.parametrize(("recipients", "presented"), [
        # (an unknown recipient, the reader's own address, is no finding at all: test_a_pasted_emails_recipients_are_no_…)
        ("To: me@example.com", []),
        ("To: Jane Doe <jane.doe@example.com>\nCc: bob@example.org", []),
        ("收件人：我 <me@example.com>", []),
        # a name on the recipient's line itself presents the address: a reader writing to a look-alike
        ("To: Coinbase Support <help@coinbase-helpdesk.net>", ["coinbase"]),
    ])
    def test_a_pasted_emails_recipients_are_not_presented_as_its_sender(self, index, recipients, presented):
        # "To: me@example.com" two lines under "From: PayPal <…>" was presented as PayPal's, a mismatch at high risk:
        # the page said it presented the reader's own address as PayPal's
        text = ("From: PayPal <service@paypal-resolution.info>\n" + recipients + "\nSubject: Your payment of $899.00 USD\n\n"
                "Your PayPal account was charged $899.00 USD. If you did not authorize this transaction, please contact"
                " PayPal Billing Department immediately at +1 (833) 610-5521.\n")
        result = run(index, text=text, region="US")
        sender, *addressed, number = result.findings
        assert (sender["verdict"], sender["presented_as"]["slug"]) == ("lookalike", "paypal")
        assert [(f["presented_as"] or {}).get("slug") for f in addressed] == presented
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "paypal")
        assert {"cancel_fake_charge", "call_back_number"} <= {flag["code"] for flag in result.red_flags}

    def test_a_reply_on_x_presents_neither_whom_it_replies_to_nor_the_brands_own_name_as_not_the_brands(self, index):
        # "Replying to @crypto_jane" under "Binance Support @Binance_Helpdesk" gave the user replied to as Binance's, a
        # mismatch; "@binance" under "Binance" was "not Binance's", Binance's own account as like as not
        text = ("Binance Support\n@Binance_Helpdesk · 2h\nReplying to @crypto_jane\nHi Jane, sorry for the trouble with your"
                " withdrawal. Please reach out to our support team via DM or on WhatsApp +1 (571) 555-0192 so we can resolve"
                " this quickly.\n\nBinance\n@binance · 1h\nReplying to @crypto_jane\nBeware of impersonators. We will never"
                " DM you first.")
        result = run(index, text=text, url="https://x.com/crypto_jane/status/1864")
        by_text = {f["text"]: f for f in result.findings}
        assert "@crypto_jane" not in by_text
        assert (by_text["@Binance_Helpdesk"]["verdict"], by_text["@binance"]["verdict"]) == ("mismatch", "unknown")
        [wrong] = [a for a in result.advisories if a["code"] == "presented_not_official"]
        assert [result.findings[n]["text"] for n in wrong["findings"]] == ["@Binance_Helpdesk"]
        assert "move_to_private_chat" in {flag["code"] for flag in result.red_flags}

    @pytest.mark.parametrize("text", [
        # what the sender does not call its own: a receipt's merchant
        "PayPal <service@paypal.com>\nYou sent $25.99 to Acme Flowers.\n\nMerchant contact: +1 415-555-0143\n",
        # a sender line that names no provider
        "Acme Flowers <orders@acmeflowers.com>\nThanks for paying with PayPal.\n\nQuestions? Call us at +1 415-555-0143.",
        # an introduction that is not the message's own
        "A reader writes: a man said he was calling about PayPal.\nWe asked the bank afterwards, and they said it was a scam."
        " If it happens to you, call our helpline at +1 415-555-0143.",
        # a possessive introduces no one
        "This is PayPal's new fee schedule, as our shop reads it.\n\nQuestions about your order? Call us at +1 415-555-0143.",
    ])
    def test_an_email_speaks_as_a_provider_only_in_its_sender_line_or_introduction_and_of_what_it_calls_ours(self, index, text):
        [number] = [f for f in run(index, text=text, region="US").findings if f["kind"] == "phone"]
        assert number["presented_as"] is None

    _SIGNED_EMAIL = ("{greeting}\n\n{body}\n\n{closing}\n{signature}\n")

    @pytest.mark.parametrize(("greeting", "body", "closing", "signature"), [
        ("Dear customer,", "We detected an unauthorized charge of $499.00 on your account. If you did not make this purchase,"
         " contact customer service: +1 (833) 555-0199.", "Sincerely,", "The PayPal Team"),
        ("Estimado cliente:", "Detectamos un cargo no autorizado de $499.00 en su cuenta. Si usted no realizó esta compra,"
         " comuníquese con atención al cliente: +1 (833) 555-0199.", "Atentamente,", "Equipo de PayPal"),
        ("Prezado cliente,", "Identificamos uma compra não reconhecida no valor de R$ 2.350,00. Se não reconhece esta compra,"
         " ligue para nossa central de atendimento: +1 (833) 555-0199.", "Atenciosamente,", "Equipe PayPal"),
        ("Cher client,", "Nous avons détecté un paiement non autorisé de 499,00 € sur votre compte. Si vous n'êtes pas à"
         " l'origine de cet achat, contactez notre service client au +1 (833) 555-0199.", "Cordialement,", "L'équipe PayPal"),
        ("Sehr geehrter Kunde,", "wir haben eine nicht autorisierte Zahlung von 499,00 € festgestellt. Falls Sie diesen Kauf"
         " nicht getätigt haben, rufen Sie unseren Kundenservice unter +1 (833) 555-0199 an.", "Mit freundlichen Grüßen",
         "Ihr PayPal-Team"),
        ("Gentile cliente,", "abbiamo rilevato un pagamento non autorizzato di 499,00 € sul tuo conto. Se non hai effettuato"
         " tu questo acquisto, contatta il nostro servizio clienti al +1 (833) 555-0199.", "Cordiali saluti,", "Il team di PayPal"),
    ])
    def test_an_email_signed_at_its_foot_gives_what_it_calls_ours_as_the_signers(self, index, greeting, body, closing, signature):
        # the number above "Sincerely,\nThe PayPal Team" was "unknown, presented as no one": only a sender line or an
        # introduction at the top spoke for a provider
        text = self._SIGNED_EMAIL.format(greeting=greeting, body=body, closing=closing, signature=signature)
        [number] = run(index, text=text, region="US").findings
        assert (number["verdict"], number["presented_as"]["slug"], number["presented_as"]["hotline_word"]) == ("mismatch", "paypal", True)

    @pytest.mark.parametrize(("text", "slug"), [
        # a notice signed with its team's name and no closing word: the number was presented as no one's
        ("【重要通知】尊敬的用户：\n因系统升级，您的数字钱包需要重新验证，逾期钱包将被冻结。\n如有疑问请拨打客服热线 400-888-1234\nimToken官方团队\n",
         "imtoken"),
        ("Your account is limited. Call our billing line at +1 (833) 555-0199 today.\n\nThe Coinbase Team", "coinbase"),
        # (the name alone, a line that says more, or a text of one line is no signature)
        ("Your account is limited. Call our billing line at +1 (833) 555-0199 today.\n\nCoinbase", None),
        ("Your account is limited. Call our billing line at +1 (833) 555-0199 today.\nCoinbase support never answered me", None),
        ("Call our billing line at +1 (833) 555-0199. The Coinbase Team", None),
    ])
    def test_a_message_signed_with_a_team_alone_on_its_last_line_gives_what_it_calls_ours_as_the_teams(self, index, text, slug):
        [number] = [f for f in run(index, text=text, region="CN" if "400" in text else "US").findings if f["kind"] == "phone"]
        assert (number["presented_as"] or {}).get("slug") == slug

    def test_an_account_its_own_label_calls_the_senders_line_is_the_senders(self, index):
        # "如有疑问请联系官方客服微信：…": the words before the account name no line, its own label does (客服)
        text = ("【重要通知】尊敬的用户：\n您的数字钱包需要重新验证，逾期钱包将被冻结。\n如有疑问请联系官方客服微信：kf_wallet888\n"
                "imToken官方团队\n")
        [account] = run(index, text=text, region="CN").findings
        assert (account["value"], account["verdict"], account["presented_as"]["slug"]) == ("wechat:kf_wallet888", "mismatch", "imtoken")
        # (a merchant's is the merchant's, whatever its label)
        merchant = text.replace("如有疑问请联系官方客服微信", "商家客服微信")
        assert run(index, text=merchant, region="CN").findings[0]["presented_as"] is None

    @pytest.mark.parametrize(("closing", "signature"), [
        ("Thanks,", "Mike from PayPal"),  # a person who names the provider, not the provider
        ("Regards,", "Anna (PayPal seller since 2019)"),
        ("Best,", "Acme Flowers"),
        ("Cordialement,", "Julie, vendeuse sur PayPal depuis 2019"),
        ("Mit freundlichen Grüßen", "Thomas Becker, PayPal-Händler"),
    ])
    def test_a_person_signing_off_is_no_provider(self, index, closing, signature):
        text = self._SIGNED_EMAIL.format(greeting="Hi Anna,", body="Thanks for your order. If anything is wrong, call our"
                                         " customer service at +1 (415) 555-0123.", closing=closing, signature=signature)
        [number] = [f for f in run(index, text=text, region="US").findings if f["kind"] == "phone"]
        assert number["presented_as"] is None

    def test_a_page_longer_than_an_email_has_no_speaker(self, index):
        text = "From: PayPal <service@paypal.com>\n" + "Some news of the day.\n" * 200 + "\nCall us at +1 415-555-0143."
        assert len(text) > scan_module.SPEAKER_CHARS
        [number] = run(index, text=text, region="US").findings[1:]
        assert number["presented_as"] is None
        shorter = "From: PayPal <service@paypal.com>\n" + "Some news of the day.\n" * 20 + "\nCall us at +1 415-555-0143."
        assert run(index, text=shorter, region="US").findings[1]["presented_as"]["slug"] == "paypal"

    @pytest.mark.parametrize(("url", "presented", "verdict"), [
        ("https://coinbasewallet-support.help/", "coinbase", "mismatch"),
        ("https://sites.google.com/view/coinbase-wallet-help/home", "coinbase", "mismatch"),
        ("https://www.cryptonews-daily.com/coinbase-wallet-help", None, "unknown"),  # the page's "our" is the news site's
        (None, None, "unknown"),
    ])
    def test_a_page_whose_address_looks_like_a_providers_speaks_as_it(self, index, url, presented, verdict):
        # a drainer page under "Coinbase Wallet Support", its own address named after Coinbase: "Or call our team" gave
        # a number presented as no one (unknown), where the page gives it as Coinbase's
        html = ("<h1>Coinbase Wallet Support</h1><p>Having trouble with your wallet? Our certified experts are here to"
                " help you recover your funds. Fill in the form below to get started with the process.</p>"
                "<p>Or call our team: +1 (844) 555-1212</p>")
        [number] = run(index, html=html, url=url, region="US").findings
        assert ((number["presented_as"] or {}).get("slug"), number["verdict"]) == (presented, verdict)

    def test_a_number_presented_as_a_provider_of_one_country_is_read_there_on_a_page_of_no_region(self, index):
        # Traditional Chinese names no region: the fake Alipay numbers were not read, and the page showed only 95188
        text = "支付寶官方客服熱線：400-826-7710（24小時）\n支付寶客服經理手機：188-5710-0123\n請勿相信，官方熱線只有95188。"
        result = run(index, text=text)
        assert result.page["region"] is None
        assert [(f["value"], f["verdict"]) for f in result.findings] == [
            ("+864008267710", "mismatch"), ("+8618857100123", "mismatch"), ("CN:95188", "official")]
        # a provider of several countries names none of them: PayPal's numbers are read only with their own code, and one
        # without it is judged where no reading of it is PayPal's (whichever country's "0888 221 1161" is, it is none of
        # PayPal's: its digits as written, a mismatch), else left unread ("8882211161", its US number without the 1)
        assert [(f["value"], f["verdict"]) for f in run(index, text="PayPal support: 0888 221 1161").findings] == [
            ("08882211161", "mismatch")]
        assert run(index, text="PayPal support: 8882211161").findings == []

    @pytest.mark.parametrize(("request_fields"), [
        {"html": '<html lang="en-US"><body><p>WeChat Pay hotline: 95017. UnionPay hotline: 95516.</p></body></html>'},
        {"text": "WeChat Pay hotline: 95017. UnionPay hotline: 95516.", "region": "US"},
    ], ids=["page_language", "request"])
    def test_a_short_code_presented_as_a_provider_is_its_own_whatever_region_the_page_is_read_in(self, index, request_fields):
        # read as American short codes, WeChat Pay's and UnionPay's own numbers were "not theirs" (mismatch, high)
        result = run(index, **request_fields)
        assert [(f["value"], f["verdict"]) for f in result.findings] == [("CN:95017", "official"), ("CN:95516", "official")]
        assert "presented_not_official" not in [a["code"] for a in result.advisories]
        # another provider's short code is still read in the page's region: Alipay has no 95017
        assert run(index, text="Alipay hotline: 95017", region="US").findings[0]["value"] == "US:95017"

    @pytest.mark.parametrize(("text", "slug"), [("M-PESA customer care: +254 722 002 100", "mpesa"),
                                              ("Trust-Wallet helpline +1 866 816 1515", "trust-wallet"),
                                              ("Cash-App support +1 800 969 1940", "cash-app"),
                                              # (typeset with a no-break hyphen, as pages keep it on one line: no mention)
                                              ("M\u2011PESA customer care: +254 722 002 100", "mpesa")])
    def test_a_name_written_with_a_hyphen_between_its_words_is_a_mention(self, index, text, slug):
        # M-PESA, as Safaricom writes it, was no mention: its numbers were presented as no one
        [finding] = run(index, text=text, region="US").findings
        assert finding["presented_as"]["slug"] == slug

    @pytest.mark.parametrize(("text", "region", "slug", "name"), [
        # names in other alphabets were dropped from the mention tables: their numbers were presented as no one
        ("पेटीएम customer care: +91 98765 43210", "IN", "paytm", "पेटीएम"),
        ("फोनपे हेल्पलाइन नंबर 08068727374", "IN", "phonepe", "फोनपे"),
        # (Google Pay's line under PhonePe's was presented as PhonePe's: गूगल पे was no name of Google Pay)
        ("गूगल पे टोल फ्री नंबर: 1800-419-0157", "IN", "google-pay", "गूगल पे"),
        # (Hindi pages name the wallets and exchanges in Devanagari: their "customer care" numbers were no one's)
        ("मेटामास्क कस्टमर केयर नंबर: +1 (888) 555-0147", "IN", "metamask", "मेटामास्क"),
        ("ट्रस्ट वॉलेट हेल्पलाइन नंबर: +1 (888) 555-0199", "IN", "trust-wallet", "ट्रस्ट वॉलेट"),
        ("बिनेंस सपोर्ट नंबर: +1 (888) 555-0123", "IN", "binance", "बिनेंस"),
        ("Polícia Judiciária: +853 2855 7777", "MO", "mo-judiciary-police", "Polícia Judiciária"),
        # the apostrophe: the central bank's number was presented as Bank of China's, the name inside its own
        ("People's Bank of China customer service: +86 10 6619 4114", "CN", "cn-pboc", "People's Bank of China"),
        ("People’s Bank of China customer service: +86 10 6619 4114", "CN", "cn-pboc", "People’s Bank of China"),
        # Korean, Japanese and Russian pages name Binance, PayPal and MetaMask as their own sites and press do; the kana
        # and Korean syllables run on into the next word as Chinese does ("メタマスクのサポート", "바이낸스에서")
        ("바이낸스에서 전화 +82 1588-1234", "KR", "binance", "바이낸스"),
        ("メタマスクのサポート +81 120-123-456", "JP", "metamask", "メタマスク"),
        ("ペイパル カスタマーサービス +81 3-1234-5678", "JP", "paypal", "ペイパル"),
        ("Служба поддержки Бинанс: +7 495 123-45-67", "RU", "binance", "Бинанс"),
    ])
    def test_names_in_other_alphabets_and_with_an_apostrophe_are_mentions(self, index, text, region, slug, name):
        result = run(index, text=text, region=region)
        assert [(m["slug"], m["text"]) for m in result.mentions] == [(slug, name)]
        assert result.findings[0]["presented_as"]["slug"] == slug

    @pytest.mark.parametrize("text", ["पेटीएमवाला 9876543210", "A polícia judiciáriax +853 2855 7777"])
    def test_a_name_in_another_alphabet_is_a_whole_word(self, index, text):
        assert run(index, text=text, region="IN").mentions == []

    @pytest.mark.parametrize(("text", "name"), [("中國銀行（香港）客服熱線：(852) 3988 2388", "中國銀行（香港）"),
                                              ("中国银行(香港)热线 (852) 3988 2388", "中国银行(香港)"),
                                              ("Bank of China (Hong Kong) hotline: (852) 3988 2388", "Bank of China (Hong Kong)"),
                                              ("Bank of China（Hong Kong ）: (852) 3988 2388", "Bank of China（Hong Kong ）")])
    def test_a_name_with_a_bracketed_part_is_the_whole_name(self, index, text, name):
        # BOCHK's own hotline was "not Bank of China's" (mismatch, high risk): only 中國銀行 / Bank of China, before
        # the brackets, was a mention
        result = run(index, text=text, region="CN")
        [finding] = result.findings
        assert (finding["verdict"], finding["provider"], finding["presented_as"]["slug"]) == ("official", "bochk", "bochk")
        # the mention is the whole name with its closing bracket (a Latin one ended at "Kong" before)
        assert [mention["text"] for mention in result.mentions] == [name]
        assert run(index, text="中国银行客服热线 95566", region="CN").findings[0]["presented_as"]["slug"] == "bank-of-china"

    @pytest.mark.parametrize(("text", "value"), [
        ("Chat with us on WhatsApp: wa.me/18442127063. Coinbase customer care: 1-888-908-7930", "+18442127063"),
        ("投诉请拨打 400-123-4567。支付宝客服热线：95188", "+864001234567"),
    ])
    def test_a_name_after_a_sentences_end_presents_nothing_before_it(self, index, text, value):
        # the WhatsApp number was "not Coinbase's" (mismatch, high risk): the name begins the next sentence
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert (found[value]["verdict"], found[value]["presented_as"]) == ("unknown", None)
        assert run(index, text="400-123-4567（支付宝客服）", region="CN").findings[0]["presented_as"]["slug"] == "alipay"

    @pytest.mark.parametrize(("text", "region", "presented"), [
        ("95188 支付宝客服\n95017 微信支付客服\n95516 云闪付客服\n95555 招商银行客服\n95566 中国银行客服", "CN",
         ["alipay", "wechat-pay", "unionpay", "cmbchina", "bank-of-china"]),
        ("常用官方客服：95188（支付宝） 95017（微信支付）", "CN", ["alipay", "wechat-pay"]),
        ("① 95188（支付宝）\n② 95017（微信支付）", "CN", ["alipay", "wechat-pay"]),
        ("Alipay: 95188\n95017 — WeChat Pay", "CN", ["alipay", "wechat-pay"]),
        ("Alipay:\n95188 or 95017 (WeChat Pay)", "CN", ["alipay", "wechat-pay"]),
        ("1-888-221-1161 (PayPal)\n1-888-908-7930 (Coinbase)", "US", ["paypal", "coinbase"]),
        ("Call 1-888-221-1161 for PayPal or 1-888-908-7930 for Coinbase if you use them abroad.", "US", ["paypal", "coinbase"]),
    ])
    def test_a_name_after_its_number_is_that_numbers_not_the_nexts(self, index, text, region, presented):
        # each number was presented as the name before it, the previous line's or the previous item's: 95017 was
        # "not Alipay's", 95516 "not WeChat Pay's", Coinbase's line "not PayPal's" (mismatch, high risk), and the
        # page "presented numbers as Alipay's that are not Alipay's", a list of real hotlines made a scam
        result = run(index, text=text, region=region)
        assert [(f["verdict"], f["provider"], f["presented_as"]["slug"]) for f in result.findings] == [
            ("official", slug, slug) for slug in presented]
        assert result.advisories == []

    @pytest.mark.parametrize(("text", "presented"), [
        ("投诉：400-123-4567 支付宝客服热线：95188", {"CN:95188": "alipay"}),  # a number with no name after it keeps the name before
        ("支付宝\n客服热线：95188，微信支付用户也可拨打", {"CN:95188": "alipay"}),  # a name in the next clause is not the number's
        ("支付宝客服热线：\n95188 微信支付客服热线：95017", {"CN:95188": "alipay", "CN:95017": "wechat-pay"}),  # a label: the next's
        ("支付宝客服 95188 微信支付客服 95017", {"CN:95188": "alipay", "CN:95017": "wechat-pay"}),
    ])
    def test_a_name_before_a_number_still_presents_it(self, index, text, presented):
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert {value: found[value]["presented_as"]["slug"] for value in presented} == presented

    @pytest.mark.parametrize("text", [
        "云闪付和京东支付都很好用。\n京东支付客服电话：400-606-5500", "Alipay and Amazon Pay both work.\nAmazon Pay support: +1 866 749 7545",
        "<table><tr><td>云闪付</td><td>官方App</td></tr><tr><td>数字人民币钱包客服电话</td><td>400-606-5500</td></tr></table>"])
    def test_a_line_another_payment_services_name_labels_is_not_presented_by_a_name_above(self, index, text):
        # the number was "not China UnionPay's" (or Alipay's), high risk, and the page "presented" it so
        html = text.startswith("<")
        result = run(index, **({"html": text} if html else {"text": text}), region="CN")
        (number,) = [finding for finding in result.findings if finding["kind"] == "phone"]
        assert (number["presented_as"], number["verdict"]) == (None, "unknown")
        assert "presented_not_official" not in [advisory["code"] for advisory in result.advisories]

    @pytest.mark.parametrize("label", ["官方钱包客服电话", "加密钱包客服热线", "Crypto Wallet support", "Official Wallet support"])
    def test_words_that_describe_a_wallet_are_no_other_services_name(self, index, label):
        result = run(index, text=f"小狐狸钱包\n{label}：400-832-1566", region="CN")
        assert [(f["verdict"], f["presented_as"]["slug"]) for f in result.findings] == [("contradicts_policy", "metamask")]

    @pytest.mark.parametrize(("text", "presented"), [
        ("支付宝客服热线：\n95188 微信支付客服", {"CN:95188": "alipay"}),
        ("支付宝客服热线：\n95188 微信支付客服\n95017 微信支付客服", {"CN:95188": "alipay", "CN:95017": "wechat-pay"}),
        ("Alipay hotline:\n\n95188 WeChat Pay support", {"CN:95188": "alipay"}),
        ("支付宝客服热线：\n95017 微信支付客服", {"CN:95017": "wechat-pay"}),  # the name after it is its owner's: it keeps it
    ])
    def test_a_label_above_keeps_its_providers_own_number_from_a_name_after_it(self, index, text, presented):
        # 95188 was "not WeChat Pay's" (mismatch, high risk): the name after it won over the label above it
        result = run(index, text=text, region="CN")
        assert {f["value"]: (f["verdict"], f["presented_as"]["slug"]) for f in result.findings} == {
            value: ("official", slug) for value, slug in presented.items()}
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    def test_a_name_above_does_not_reach_past_anothers_channel(self, index):
        # the mobile number was "not PayPal's" (mismatch, high risk): the police's line between ends PayPal's
        text = "PayPal 登录入口：https://www.paypal.com/signin\n遇到诈骗请拨打110\n13812345678"
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert (found["+8613812345678"]["verdict"], found["+8613812345678"]["presented_as"]) == ("unknown", None)

    def test_a_name_above_reaches_past_its_own_channel(self, index):
        # a list under the name: its own hotline first, then the number the page calls its complaints line
        text = "支付宝\n客服热线：95188\n投诉电话：400-123-4567"
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert found["CN:95188"]["verdict"] == "official"
        assert (found["+864001234567"]["verdict"], found["+864001234567"]["presented_as"]["slug"]) == ("mismatch", "alipay")

    @pytest.mark.parametrize(("text", "presented"), [
        ("支付宝客服：95188 95017", {"CN:95188": "alipay", "CN:95017": None}),
        ("支付宝客服：400-123-4567、95017", {"+864001234567": "alipay", "CN:95017": None}),
        ("PayPal 1-888-221-1161\n+86 571 95017", {"+18882211161": "paypal", "+8657195017": None}),
    ])
    def test_another_providers_own_number_past_one_the_name_presented_is_judged_as_itself(self, index, text, presented):
        # WeChat Pay's own 95017 was "not Alipay's" (mismatch, high risk): listed after a number the name presented
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert {value: (found[value]["presented_as"] or {}).get("slug") for value in presented} == presented
        assert [f["provider"] for f in found.values() if f["presented_as"] is None] == ["wechat-pay"]
        assert all(f["verdict"] == "official" for f in found.values() if f["provider"])

    def test_another_providers_own_number_next_to_the_name_is_still_a_mismatch(self, index):
        [finding] = run(index, text="支付宝客服：95017", region="CN").findings
        assert (finding["verdict"], finding["provider"], finding["presented_as"]["slug"]) == ("mismatch", "wechat-pay", "alipay")

    def test_a_name_in_one_list_item_does_not_reach_the_next(self, index):
        # "10. 钱包被冻结请拨打 400…" was presented as Bitget, named in item 9: the page "listed 2 numbers as Bitget's"
        text = "9. Bitget 客服热线 +65 3159 1234\n10. 钱包被冻结？请立即拨打 400-620-9987 联系安全中心"
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert found["+6531591234"]["presented_as"]["slug"] == "bitget" and found["+864006209987"]["presented_as"] is None

    def test_a_name_in_one_html_list_item_does_not_reach_the_next(self, index):
        # as in the text above, with <li> for the numbers the text writes: CMB's own line was "not Bitget's"
        html = '<html lang="zh-CN"><ol><li>Bitget 客服 官方网站</li><li>钱包被冻结？请立即拨打 400-820-5555</li></ol></html>'
        [finding] = run(index, html=html).findings
        assert (finding["verdict"], finding["provider"], finding["presented_as"]) == ("official", "cmbchina", None)
        # the same lines sent as text: their items are said, or a name above reaches them
        text = "Bitget 客服 官方网站\n钱包被冻结？请立即拨打 400-820-5555"
        said = run(index, text=text, region="CN", list_items=[0, text.index("钱包")]).findings
        assert [(f["verdict"], f["presented_as"]) for f in said] == [("official", None)]
        [unsaid] = run(index, text=text, region="CN").findings
        assert (unsaid["verdict"], unsaid["presented_as"]["slug"]) == ("mismatch", "bitget")

    def test_a_name_heading_an_html_list_reaches_its_items(self, index):
        html = '<html lang="zh-CN"><p>支付宝客服电话：</p><ul><li>95188</li><li>400-123-4567</li></ul></html>'
        found = {f["value"]: f for f in run(index, html=html).findings}
        assert [found[value]["presented_as"]["slug"] for value in ("CN:95188", "+864001234567")] == ["alipay", "alipay"]

    @pytest.mark.parametrize("text", ["支付宝客服电话：\n1. 95188\n2. 400-123-4567", "Alipay hotlines:\n- 95188\n- 400-123-4567"])
    def test_a_name_heading_a_list_reaches_its_items(self, index, text):
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert [found[value]["presented_as"]["slug"] for value in ("CN:95188", "+864001234567")] == ["alipay", "alipay"]

    def test_a_name_heading_a_list_reaches_items_past_one_that_names_it_itself(self, index):
        # an SEO page's "imToken官方的联系方式" list: item 3 names imToken with its own number, so items 4 and 5 were
        # presented as no one (the name was item 3's, or too far above), and the fake QQ account was "unknown"
        text = ("下面为大家整理了imToken官方的联系方式：\n\n1、imToken官方网站：https://token.im\n2、官方客服邮箱：support@token.im\n"
                "3、imToken人工客服热线：400-1696-788（工作日9:00-18:00）\n4、官方电报群：t.me/imTokenChinese\n"
                "5、官方客服QQ：2851567890\n")
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert {value: (f["presented_as"] or {}).get("slug") for value, f in found.items()} == dict.fromkeys(
            ["token.im", "+864001696788", "telegram:imtokenchinese", "qq:2851567890"], "imtoken")
        assert (found["qq:2851567890"]["verdict"], found["telegram:imtokenchinese"]["verdict"]) == ("mismatch", "mismatch")
        # without the heading, item 3's name is item 3's
        unheaded = text.split("\n\n", 1)[1]
        assert {f["value"]: f["presented_as"] for f in run(index, text=unheaded, region="CN").findings}["qq:2851567890"] is None

    @pytest.mark.parametrize("text", [
        # another provider's item between: the list is of many
        "支付宝客服电话汇总：\n1、支付宝：95188\n2、微信支付：95017\n3、官方客服QQ：12345678\n",
        # a line that is no item ends the list
        "支付宝客服电话：\n1、支付宝热线：95188\n其他问题可以咨询我们\n3、官方客服QQ：12345678\n",
        # a heading that is no label: the name and its own number
        "支付宝客服 95188\n1、支付宝人工：95188\n2、官方客服QQ：12345678\n",
    ])
    def test_a_heading_does_not_reach_past_another_provider_or_the_lists_end(self, index, text):
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert found["qq:12345678"]["presented_as"] is None

    def test_another_organisations_name_ends_the_reach_of_a_providers_above(self, index):
        # the association's complaints line was "not Alipay's" (mismatch, high risk), presented as Alipay named above
        text = "支付宝客服热线 95188\n中国银行业协会投诉电话：010-66336008"
        found = {f["value"]: f for f in run(index, text=text, region="CN").findings}
        assert (found["+861066336008"]["verdict"], found["+861066336008"]["presented_as"]) == ("unknown", None)

    @pytest.mark.parametrize("text", ["花呗客服电话 4001234567", "关闭借呗请拨打人工客服 4001234567", "蚂蚁花呗人工服务热线：4001234567"])
    def test_alipays_credit_and_fund_services_present_a_number_as_alipays(self, index, text):
        # these were presented as nobody: 花呗 and 借呗 are what fake "customer service" pages name
        [finding] = run(index, text=text, region="CN").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("mismatch", "alipay")

    def test_another_providers_number_presented_as_a_provider_is_still_a_mismatch(self, index):
        [finding] = run(index, text="PayPal customer service: 95188", region="CN").findings
        assert (finding["verdict"], finding["provider"], finding["presented_as"]["slug"]) == ("mismatch", "alipay", "paypal")

    def test_each_number_goes_to_its_own_mention(self, index):
        findings = run(index, text="支付宝客服 95188，微信支付客服 95017。", region="CN").findings
        assert [(f["value"], f["presented_as"]["slug"], f["verdict"]) for f in findings] == [
            ("CN:95188", "alipay", "official"), ("CN:95017", "wechat-pay", "official")]

    def test_near_miss_spellings_are_mentions_generic_words_are_not(self, index):
        result = run(index, text="Paypa1 customer service and Metamsk wallet support hotline")
        assert [(m["slug"], m["how"]) for m in result.mentions] == [("paypal", "near_miss"), ("metamask", "near_miss")]
        assert run(index, text="customer service wallet support 客服 钱包 热线").mentions == []

    def test_a_name_written_with_cyrillic_or_greek_look_alikes_is_a_near_miss(self, index):
        # spam writes a brand past filters with letters of another script: each was no mention, the number no one's
        text = "Binan\u0441e support: +1 808 213 4437\n\u0420\u0430yPal help: +1 808 213 4438\nM\u03bftaMask: +1 808 213 4439"
        result = run(index, text=text)
        assert [(m["slug"], m["text"], m["how"]) for m in result.mentions] == [
            ("binance", "Binan\u0441e", "near_miss"), ("paypal", "\u0420\u0430yPal", "near_miss"), ("metamask", "M\u03bftaMask", "near_miss")]
        assert [(f["presented_as"]["slug"], f["verdict"]) for f in result.findings] == [
            ("binance", "mismatch"), ("paypal", "mismatch"), ("metamask", "contradicts_policy")]
        # a word all of Cyrillic letters is Russian ("ОКХ"), and a Latin name with a Russian ending the name, declined
        assert run(index, text="\u041e\u041a\u0425 \u0431\u0430\u043d\u043a: +7 495 123 4567").mentions == []
        assert [(m["slug"], m["text"], m["how"]) for m in run(index, text="\u043e\u043f\u043b\u0430\u0442\u0430 PayPal\u043e\u043c").mentions] == [
            ("paypal", "PayPal", "alias")]

    def test_a_near_miss_inside_a_users_name_is_no_mention(self, index):
        # "cryptomom_22:", a commenter's name, was a mention of Crypto.com (one letter off); a name so glued stays one
        result = run(index, text="cryptomom_22: my wallet is frozen. metamask_fan: me too")
        assert [(m["slug"], m["text"]) for m in result.mentions] == [("metamask", "metamask")]

    def test_a_name_of_several_words_with_one_misspelled_is_a_near_miss(self, index):
        # "Trust Wallett" named no one, and the number on its line was presented as Binance's, named on the line above
        text = "Binance support number +1 888 555 0104\nTrust Wallett support +1 888 555 0105\nBank of Chinna hotline: +86 95566"
        result = run(index, text=text)
        assert [(m["slug"], m["text"], m["how"]) for m in result.mentions] == [
            ("binance", "Binance", "alias"), ("trust-wallet", "Trust Wallett", "near_miss"),
            ("bank-of-china", "Bank of Chinna", "near_miss")]
        assert [(f["presented_as"] or {}).get("slug") for f in result.findings] == ["binance", "trust-wallet", "bank-of-china"]
        assert result.findings[1]["verdict"] == "contradicts_policy"  # Trust Wallet has no phone support
        # its plural, a dictionary word, or a name's first word alone is none
        assert run(index, text="Do you trust wallets? Trust walled gardens. Trust me.").mentions == []

    def test_a_one_word_name_written_as_two_words_before_a_word_of_what_it_is_is_a_near_miss(self, index):
        # spam splits a name past filters, "Coin base Support Number": each was no mention and its number no one's, where the
        # check reads the same label as a claim (index._name_written_in_two_words)
        text = "Coin base Support Number +1 (808) 301-4475\nBIN ANCE customer service +1 (808) 301-4476\nKu-Coin helpline +1 (808) 301-4477"
        result = run(index, text=text)
        assert [(m["slug"], m["text"], m["how"]) for m in result.mentions] == [
            ("coinbase", "Coin base", "near_miss"), ("binance", "BIN ANCE", "near_miss"), ("kucoin", "Ku-Coin", "near_miss")]
        assert [((f["presented_as"] or {}).get("slug"), f["verdict"]) for f in result.findings] == [
            ("coinbase", "mismatch"), ("binance", "mismatch"), ("kucoin", "mismatch")]
        # not without a word of what it is after it, nor an authority's name, made of everyday words
        assert run(index, text="The coin base layer is ready. Put it in the bin ance.").mentions == []
        assert run(index, text="Scam watch hotline: stay alert. Report fraud number lists.").mentions == []

    @pytest.mark.parametrize("text", ["订单：Apple iPhone 15 Pro Max 256GB ×1\n卖家客服电话：400-123-4567",
                                      "Apple Watch Series 9 官方旗舰店 客服热线 400-123-4567", "品牌：Apple\n售后：400-123-4567"])
    def test_apple_and_its_products_are_no_mention_of_apple_pay(self, index, text):
        # "Apple" was a mention of Apple Pay: the shop's line on an order page was "not Apple Pay's" (mismatch, high risk)
        result = run(index, text=text, region="CN")
        assert result.mentions == []
        assert [(f["verdict"], f["presented_as"]) for f in result.findings] == [("unknown", None)]

    @pytest.mark.parametrize("text", ["Be wise: call our hotline 400-820-5555",
                                      "Record it in the general ledger, then call 400-820-5555",
                                      "No phantom charges. Questions? 400-820-5555"])
    def test_a_name_that_is_an_everyday_word_written_as_the_word_is_no_mention(self, index, text):
        # "wise" made CMB's own 400-820-5555 "not Wise's" (mismatch, high risk)
        result = run(index, text=text, region="CN")
        assert result.mentions == []
        assert [(f["verdict"], f["provider"], f["presented_as"]) for f in result.findings] == [("official", "cmbchina", None)]

    @pytest.mark.parametrize(("text", "slug"), [("Wise customer service: 400-820-5555", "wise"), ("wise客服 400-820-5555", "wise"),
                                                ("ledger support 400-820-5555", "ledger"), ("LEDGER: 400-820-5555", "ledger")])
    def test_a_name_that_is_an_everyday_word_written_as_a_name_is_a_mention(self, index, text, slug):
        [finding] = run(index, text=text, region="CN").findings
        assert finding["presented_as"]["slug"] == slug and finding["verdict"] == "mismatch"

    def test_apple_support_is_no_mention_of_apple_pay(self, index):
        # AppleCare's line (not in the registry: Apple's phone support is unverified) was "not Apple Pay's", high risk
        [finding] = run(index, text="Apple Support: 1-800-275-2273").findings
        assert (finding["verdict"], finding["presented_as"]) == ("unknown", None)
        # a caller claiming Apple still claims Apple Pay: the check resolves the claim by the alias
        assert index.resolve("Apple").slug == "apple-pay"

    @pytest.mark.parametrize(("text", "name"), [("Apple Pay 客服：+1 888 555 0199", "Apple Pay"),
                                              ("苹果支付客服电话 +1 888 555 0199", "苹果支付"),
                                              ("Your Apple ID is locked. Call +1 888 555 0199", "Apple ID")])
    def test_apples_payment_and_account_names_are_mentions_of_apple_pay(self, index, text, name):
        result = run(index, text=text)
        assert [(m["slug"], m["text"]) for m in result.mentions] == [("apple-pay", name)]
        assert [(f["verdict"], f["presented_as"]["slug"]) for f in result.findings] == [("mismatch", "apple-pay")]

    def test_names_are_whole_words_in_any_case_across_any_whitespace(self, index):
        result = run(index, text="TRUST\n   Wallet help; 3coinbase; xpaypal; paypalx; metamask2; PayPal.")
        assert [(m["slug"], m["text"], m["how"]) for m in result.mentions] == [
            ("trust-wallet", "TRUST\n   Wallet", "alias"), ("coinbase", "coinbase", "alias"),
            # a name glued to a letter or digit is not the name, but one edit away from it: a near miss
            ("paypal", "xpaypal", "near_miss"), ("paypal", "paypalx", "near_miss"), ("metamask", "metamask2", "near_miss"),
            ("paypal", "PayPal", "alias")]

    def test_a_repeated_name_is_a_mention_each_time(self, index):
        result = run(index, text="Metamsk support. Call Metamsk now. metamsk!")
        assert [(m["start"], m["how"]) for m in result.mentions] == [(0, "near_miss"), (22, "near_miss"), (35, "near_miss")]


    def test_an_account_given_as_the_alternative_to_a_presented_one_is_presented_alike(self, index):
        # an SEO page's "…可添加官方客服微信：tpkefu888，或QQ：2786541230": the QQ account was no one's, the name a line above
        text = ("TP钱包官方客服热线：400-885-6626（工作日9:00-18:00）\n"
                "如遇资产被盗、提币不到账等问题，可添加官方客服微信：tpkefu888，或QQ：2786541230。\n"
                "联系我们：QQ 3456789012")
        judged = {f["value"]: (f["verdict"], (f["presented_as"] or {}).get("slug")) for f in run(index, text=text).findings}
        assert judged["qq:2786541230"] == judged["wechat:tpkefu888"] == ("mismatch", "tokenpocket")
        # an account on a line of its own, after other words, is not the alternative
        assert judged["qq:3456789012"] == ("unknown", None)
        # a provider's own line listed after another's is still its own, not a mismatch
        [first, second] = run(index, text="Support: PayPal 1-888-221-1161 or 95188").findings
        assert (second["verdict"], second["provider"]) == ("official", "alipay")

    @pytest.mark.parametrize("title", ["PayPal Help Center", "PayPal Customer Service"])
    @pytest.mark.parametrize("call", ["Call Now\n+1 (877) 555-0143", "Call Now: +1 (877) 555-0143"])
    def test_a_sponsored_posts_number_under_its_call_to_act_is_presented_as_its_titles(self, index, title, call):
        # a social network's ad, as the extension reads it: the number was no one's ("Help Center" named no line, "Call Now"
        # was taken for a name of its own, and a number alone under its label had none)
        text = f"{title}\nSponsored\nHaving trouble with your account? Our certified agents are available 24/7.\n{call}\n"
        [number] = run(index, text=text).findings
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "paypal")
        # a line above that is a sentence is no label
        above = "We are a small family-run shop selling handmade soap since 1998"
        [alone] = run(index, text=f"{title}\nSponsored\n{above}\n+1 (877) 555-0143\n").findings
        assert alone["presented_as"] is None

    @pytest.mark.parametrize("marker", ["Sponsored", "Ad", "广告", "Gesponsert"])
    def test_a_search_ads_number_under_its_address_is_presented_as_its_titles(self, index, marker):
        # the ad's marker stood as the page's first line, its title: the number under the ad's look-alike address was no one's
        text = (f"{marker}\nMetaMask Support - 24/7 Wallet Help - Talk to an Expert\nhttps://www.metamask-helpline.com\n"
                "Call Now +1-844-555-0166\nRecover your wallet fast.\n")
        site, number = run(index, text=text).findings
        assert (number["verdict"], number["presented_as"]["slug"]) == ("contradicts_policy", "metamask")
        # (a first line that only begins with such a word is the title: "Ad blockers compared")
        _, plain = run(index, text=text.replace(f"{marker}\n", "Ad blockers compared\n")).findings
        assert plain["presented_as"] is None

    def test_a_number_given_as_a_providers_is_the_same_claim_where_written_again_with_no_name(self, index):
        # a fake help page's footer repeats the number its article gives as Coinbase's, under the site's own name
        page = ("<html><head><title>Coinbase Customer Service Number 24/7</title></head><body><article>"
                "<p>Need help with your Coinbase account? Dial <a href='tel:+18885551234'>+1-888-555-1234</a> to speak with "
                "a live Coinbase agent.</p></article><footer>© 2026 CryptoHelpDesk. Call +1 (888) 555-1234</footer>"
                "<p>Our office: +1 (212) 555-0188</p></body></html>")
        result = run(index, html=page)
        judged = {(f["text"], f["verdict"], (f["presented_as"] or {}).get("slug")) for f in result.findings}
        assert ("+1 (888) 555-1234", "mismatch", "coinbase") in judged
        # a number the page gives as no one's, and writes once, is still not in the registry: no claim was made of it
        assert ("+1 (212) 555-0188", "unknown", None) in judged
        assert [a["message"] for a in result.advisories if a["code"] == "presented_not_official"] == \
            ["This page presents 1 number(s), address(es) or account(s) as Coinbase's that are not Coinbase's."]


class TestAdvisories:
    _FAQ = ("Frequently asked questions\n\nWhy is my account locked?\nIf your account has been locked after too many "
            "sign-in attempts, call us at 1-800-555-0100 and we will help you unlock it.\n")

    @pytest.mark.parametrize(("text", "url"), [
        ("Alipay is a payment platform. In 2021, scammers posing as Alipay customer service called users from numbers "
         "such as +86 400-012-3456, claiming their credit line had to be closed.", "https://en.wikipedia.org/wiki/Alipay"),
        ("网上搜到的“支付宝退款客服4008-123-456”都是假的，支付宝客服只有95188。", "https://www.zhihu.com/question/123456"),
        # in Spanish and Portuguese, as news sites there write it
        ("Los estafadores usan números como +1 (833) 555-0199 y se hacen pasar por PayPal.",
         "https://www.eluniversal.com.mx/cartera/fraude-paypal"),
        ("A central do PayPal no número 0800 555 0100, que circula nas redes sociais, é falsa.",
         "https://g1.globo.com/economia/golpe-paypal.ghtml"),
        # and in French and German
        ("Les escrocs utilisent des numéros comme +1 (833) 555-0199 et se font passer pour PayPal.",
         "https://www.example-actu.fr/arnaque-paypal"),
        ("Der angebliche PayPal-Kundendienst unter +1 (833) 555-0199 ist gefälscht.",
         "https://www.example-nachrichten.de/paypal-betrug"),
        ("I truffatori usano numeri come +1 (833) 555-0199 e si spacciano per PayPal.",
         "https://www.example-notizie.it/truffa-paypal"),
    ])
    def test_a_number_told_of_as_the_scammers_is_no_contact_the_page_gives(self, index, text, url):
        # Wikipedia and a Zhihu answer were "not on Alipay's own site but give contact numbers for Alipay that are not
        # its own: do not trust them" for the scam's number they warn of; the number is still not Alipay's
        codes = [a["code"] for a in run(index, text=text, url=url, region="CN").advisories]
        assert "third_party_help_page" not in codes and "presented_not_official" in codes

    @pytest.mark.parametrize(("text", "url", "region"), [
        # Korea's, Japan's, Vietnam's and Thailand's news warn of the impostor's number so: each was "not on Upbit's (PayPay's,
        # Binance's) own site but gives contact numbers for it that are not its own"
        ("업비트 고객센터를 사칭한 전화(02-1234-5678)에 주의하세요.", "https://news.example.co.kr/article/123", "KR"),
        ("PayPayを名乗る電話（050-1234-5678）にご注意ください。", "https://www.example-news.jp/a/1", "JP"),
        ("Kẻ gian giả danh nhân viên Binance gọi điện từ số 0901 234 567.", "https://vnexpress.net/canh-bao-123", "VN"),
        ("มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ Binance โทรจากเบอร์ 02-123-4567", "https://www.thairath.co.th/news/123", "TH"),
    ])
    def test_a_number_told_of_as_an_impostors_in_other_languages_is_no_contact_the_page_gives(self, index, text, url, region):
        codes = [a["code"] for a in run(index, text=text, url=url, region=region).advisories]
        assert "third_party_help_page" not in codes and "presented_not_official" in codes

    @pytest.mark.parametrize("text", [
        "Arnaque au faux conseiller bancaire\n\nUn escroc se fait passer pour votre conseiller. Il vous explique que des "
        "opérations suspectes ont été détectées sur votre compte. Il vous demande ensuite de lui communiquer le code reçu "
        "par SMS, ou de transférer votre argent sur un compte sécurisé.\n\n- Ne communiquez jamais vos codes confidentiels.",
        "Truffe telefoniche\n\nI truffatori si spacciano per operatori della banca. Dicono che il tuo conto è stato bloccato. "
        "Poi ti chiedono il codice di verifica ricevuto via SMS o di trasferire i soldi su un conto sicuro.",
        "Betrug am Telefon\n\nBetrüger geben sich als Mitarbeiter Ihrer Bank aus. Die Betrüger fordern Sie dann auf, Ihr "
        "Geld auf ein sicheres Konto zu überweisen.\n- Geben Sie niemals eine TAN am Telefon weiter.",
    ])
    def test_a_banks_warning_page_in_another_language_is_no_scam_script(self, index, text):
        # the French and Italian pages were "warning signs of a scam script: asks for a transfer to a safe account"
        result = run(index, text=text, url="https://www.example-bank.eu/securite", region="FR")
        assert "scam_script" not in [a["code"] for a in result.advisories]
        assert not [flag for flag in result.red_flags if flag["severity"] in ("high", "critical")]

    def test_the_providers_own_page_warning_of_scams_is_warned_of_nothing(self, index):
        # Cash App's own help on scams was "presents 1 account as Cash App's that is not Cash App's" (the examples it
        # warns of) and "talks about Cash App's customer service without naming any of its real channels" (it is one)
        text = ("Cash App Support will never ask you to send money. Scammers may create accounts like $CashAppSupport or"
                " $CashAppRefunds to trick you.\nYour $Cashtag is your unique identifier, for example $JaneDoe.")
        result = run(index, text=text, url="https://cash.app/help/us/en-us/1234-scams", region="US")
        assert [(f["text"], f["verdict"]) for f in result.findings] == [("$CashAppSupport", "lookalike"), ("$CashAppRefunds", "lookalike")]
        assert result.advisories == []
        # elsewhere the page is told that the accounts it gives as Cash App's are not Cash App's
        elsewhere = run(index, text=text, url="https://www.example-blog.com/cash-app-scams", region="US")
        assert {"presented_not_official", "safe_alternative"} <= {a["code"] for a in elsewhere.advisories}

    def test_a_message_in_a_webmail_is_no_third_partys_help_page(self, index):
        # a phishing email read in Gmail was "not on PayPal's own site but gives contact numbers for PayPal": the page
        # is the mail someone sent, which the other advisories judge
        text = ("Dear Customer, we noticed unusual activity on your PayPal account and have temporarily limited it.\n"
                "If you did not make this change, call PayPal Billing at 1-855-555-0148.")
        codes = [a["code"] for a in run(index, text=text, region="US", url="https://mail.google.com/mail/u/0/#inbox/FMfcgz").advisories]
        assert "third_party_help_page" not in codes and {"presented_not_official", "scam_script"} <= set(codes)
        # the same words on a web page that is not PayPal's are a third party's
        codes = [a["code"] for a in run(index, text=text, region="US", url="https://paypal-help-desk.blogspot.com/").advisories]
        assert "third_party_help_page" in codes

    def test_a_users_post_on_the_providers_own_site_is_said_to_be_a_users_not_a_third_partys_page(self, index):
        # a fake number in a post on PayPal's own community forum was told "This page is not on PayPal's own site"
        text = "Call PayPal support at +1 (808) 555-0199 for help with refunds. Posted by john123"
        post = run(index, text=text, region="US", url="https://www.paypal-community.com/t5/Transactions/refund-help/td-p/123456")
        [advisory] = [a for a in post.advisories if a["code"] == "third_party_help_page"]
        assert advisory["message"].startswith("This page is a user's post on PayPal's site, not PayPal's word")
        assert advisory["official_channels"]
        blog = run(index, text=text, region="US", url="https://www.example-blog.com/paypal-help")
        [advisory] = [a for a in blog.advisories if a["code"] == "third_party_help_page"]
        assert advisory["message"].startswith("This page is not on PayPal's own site")

    def test_an_accounts_name_the_registry_lists_as_the_providers_is_not_called_another(self, index):
        # "Follow MetaMask: @MetaMask, @MetaMaskSupport" (no platform): both names are MetaMask's own on X, and the
        # page was said to present 2 accounts "as MetaMask's that are not MetaMask's"; a name it does not list is
        text = "Follow MetaMask for updates: @MetaMask and @MetaMaskSupport"
        result = run(index, text=text)
        assert [f["value"] for f in result.findings] == ["@metamask", "@metamasksupport"]
        assert "presented_not_official" not in [a["code"] for a in result.advisories]
        result = run(index, text=text + " and @MetaMask_Help_Desk")
        [advisory] = [a for a in result.advisories if a["code"] == "presented_not_official"]
        assert [result.findings[n]["value"] for n in advisory["findings"]] == ["@metamask_help_desk"]

    @pytest.mark.parametrize("url", ["http://[::1", "javascript:alert(1)", "mail.google.com/mail/u/0/"])
    def test_any_page_address_is_read_without_error(self, index, url):
        # an address urlsplit cannot read ("Invalid IPv6 URL") was a 500 in the making
        assert run(index, text=self._FAQ, url=url, region="US").findings

    @pytest.mark.parametrize(("text", "url"), [
        ("Tether (USDT) market cap hits $150 billion\n\nThe stablecoin USDT gained 2% this week as trading volumes rose.",
         "https://www.coindesk.com/markets/2026/12/01/tether-usdt-market-cap"),
        ("比特币今日价格上涨5%，以太坊跟涨。", "https://www.jinse.cn/news/123.html"),
        ("Best gift cards for the holidays: Steam gift cards and Apple gift cards compared.", "https://www.example-reviews.com/gifts"),
    ])
    def test_a_page_naming_coins_or_gift_cards_is_no_scam_script(self, index, text, url):
        # every crypto news page was "a scam's script: asks for payment in gift cards or crypto" (high), for naming USDT
        self._no_script(index, text, url)
        # the same words, sent by someone, are the sign still
        assert "gift_card_or_crypto_payment" in [flag["code"] for flag in run(index, text=text).red_flags]

    @pytest.mark.parametrize(("text", "url"), [
        ("The best remote desktop software in 2026: TeamViewer, AnyDesk and RustDesk compared. TeamViewer remains the most "
         "popular choice for remote access to your office PC.", "https://www.techradar.com/best/remote-desktop"),
        ("How to share your screen in a Zoom meeting. Click Share Screen in the meeting controls, then select the window.",
         "https://support.zoom.com/hc/en/article?id=zm_kb"),
        ("如何使用向日葵远程控制电脑？向日葵是一款远程控制软件，可以在手机上远程协助家人的电脑。", "https://www.zhihu.com/question/123"),
        # a news report's third person: "moved their savings to a 'safe account'" tells of the victims
        ("Police warn of fake bank calls. Fraudsters told victims their accounts had been frozen and persuaded them to install "
         "AnyDesk, then moved their savings to a 'safe account'.", "https://www.bbc.com/news/articles/abc"),
    ])
    def test_a_page_naming_remote_access_apps_is_no_scam_script(self, index, text, url):
        # each was "a scam's script, high": a review, Zoom's own help, a Q&A and a news report name the apps
        self._no_script(index, text, url)

    @pytest.mark.parametrize(("text", "url"), [
        ("如何打印银行流水？登录手机银行，在账户明细中可以下载近一年的流水。", "https://www.zhihu.com/question/1"),
        ("支付宝转账到银行卡要多久？一般2小时内到账。", "https://www.baidu.com/s?wd=x"),
        ("央行：跨境资金转移需遵守外汇管理规定。", "https://news.sina.com.cn/a.html"),
        ("How to transfer your funds between your Chase accounts: use Transfer in the app.", "https://www.chase.com/help"),
    ])
    def test_a_page_naming_money_moved_is_no_scam_script(self, index, text, url):
        # each was "a scam's script, critical: asks for a transfer to a safe account"
        self._no_script(index, text, url)

    def test_a_wallets_setup_guide_confirming_the_phrase_is_no_ask(self, index):
        # "Confirm your recovery phrase by selecting the words in order" is a wallet's own setup step: it was "a scam's
        # script, critical: asks for a recovery phrase"; "confirm your recovery phrase on this page" asks still
        self._no_script(index, "Step 3: Write down your Secret Recovery Phrase. Step 4: Confirm your recovery phrase by "
                               "selecting the words in order.", "https://www.example-wallet-guide.com/")
        page = run(index, text="To restore access, confirm your recovery phrase on this page.", url="https://restore.example.com/")
        assert "asks_seed_phrase" in [flag["code"] for flag in page.red_flags]

    @pytest.mark.parametrize(("text", "url"), [
        ("Delivery Driver - Earn $25 per hour plus tips. Flexible schedule, weekly pay.", "https://www.indeed.com/viewjob?jk=1"),
        ("Best high-yield savings: earn 4.5% APY. Guaranteed returns on CDs insured by the FDIC.",
         "https://www.bankrate.com/banking/savings"),
        ("刷单是违法行为吗？网络刷单返利有哪些套路？", "https://www.zhihu.com/q/2"),
    ])
    def test_a_wage_a_deposits_guarantee_or_a_question_about_a_scam_is_no_bait(self, index, text, url):
        # each was "a scam's script, high: offers paid tasks or a sure profit"
        self._no_script(index, text, url)

    @staticmethod
    def _no_script(index, text, url):
        page = run(index, text=text, url=url)
        assert (page.red_flags, page.advisories) == ([], [])

    @pytest.mark.parametrize("text", ["您的账户存在风险，请立即把钱转到我们提供的账户进行保护。",
                                      "To protect your savings you need to transfer your funds to our account today."])
    def test_a_page_asking_to_move_money_is_still_a_scam_script(self, index, text):
        page = run(index, text=text, url="https://help-desk.example.com/")
        assert "asks_transfer" in [flag["code"] for flag in page.red_flags]

    @pytest.mark.parametrize("text", ["Your computer is infected. Please download AnyDesk so our technician can remove the virus.",
                                      "请您下载向日葵，把识别码告诉我，我帮您处理退款。"])
    def test_a_page_asking_to_let_someone_in_is_still_a_scam_script(self, index, text):
        page = run(index, text=text, url="https://help-desk.example.com/")
        assert "asks_remote_access" in [flag["code"] for flag in page.red_flags]
        assert [a["code"] for a in page.advisories] == ["scam_script"]

    @pytest.mark.parametrize("text", ["To release your funds you need to buy Google Play gift cards and read me the codes.",
                                      "客服说请购买礼品卡，然后把卡号发给他。"])
    def test_a_page_telling_of_an_ask_for_gift_cards_still_raises_it(self, index, text):
        page = run(index, text=text, url="https://forum.example.com/t/1")
        assert "gift_card_or_crypto_payment" in [flag["code"] for flag in page.red_flags]

    def test_a_help_page_that_answers_a_locked_account_with_its_number_is_no_scam_script(self, index):
        # a credit union's FAQ got "scam script, high": a frozen account and a number to call, as a message has them
        page = run(index, text=self._FAQ, url="https://www.examplecreditunion.org/faq", region="US")
        assert [a["code"] for a in page.advisories] == []
        # sent as a message, or shown in a webmail, the same words are a script
        for fields in ({}, {"url": "https://mail.google.com/mail/u/0/#inbox"}):
            assert "scam_script" in [a["code"] for a in run(index, text=self._FAQ, region="US", **fields).advisories]

    _COURIER_FRAUD = ("What is courier fraud?\nPhone scammers cold call you claiming to be a bank employee or police "
                      "officer. They arrange for a courier to collect your card, allegedly for evidence.\n"
                      "Your bank or police will NEVER send a courier to your home to collect bank cards.\n"
                      "Call police on 101 if you are contacted by someone asking for your PIN number, your bank card or both.\n")

    def test_a_police_page_that_tells_of_courier_fraud_is_no_scam_script(self, index):
        # it was: "asking for your PIN" asked for a PIN on a web page
        page = run(index, text=self._COURIER_FRAUD, url="https://www.west-midlands.police.uk/advice-centre/fraud", region="GB")
        assert [flag["code"] for flag in page.red_flags if flag["severity"] in ("high", "critical")] == []
        assert "scam_script" not in [a["code"] for a in page.advisories]
        # pasted as what a caller said, it is the script it tells of
        assert "scam_script" in [a["code"] for a in run(index, text=self._COURIER_FRAUD, region="GB").advisories]

    def test_a_help_pages_answers_side_by_side_are_no_scam_script(self, index):
        # a balance restricted in one answer and a parcel's postage in the next, 130 characters apart, were a script
        page = ("微信零钱被限制使用怎么办？\n如果您的微信零钱被限制使用，通常是因为账户存在异常交易或未完成实名认证。"
                "您可以在微信支付页面按提示完成身份验证后申请解除限制。\n\n快递超重怎么办？\n"
                "如果包裹超重，快递员会在取件时告知需要补交的运费，请在快递公司官方App内支付。\n")
        result = run(index, text=page, url="https://www.baike-help.example.cn/wechat/123.html", region="CN")
        assert "scam_script" not in [a["code"] for a in result.advisories]
        # the same words as one text someone sent are still read as it
        assert "frozen_account" in [flag["code"] for flag in run(index, text=page, region="CN").red_flags]

    def test_a_news_report_of_courier_fraud_is_no_scam_script(self, index):
        # "He said she had to transfer her money to a safe account" asked for a transfer on a news site
        report = ("Pensioner loses £40,000 to courier fraud\n\nA 78-year-old woman from Leeds lost her life savings after a man "
                  "claiming to be from the police told her that her bank account had been compromised. He said she had to "
                  "transfer her money to a safe account and that a courier would collect her bank card.\n\nAnyone who "
                  "receives such a call should hang up and report it to Action Fraud on 0300 123 2040.\n")
        page = run(index, text=report, url="https://www.bbc.co.uk/news/uk-england-leeds-123", region="GB")
        assert "scam_script" not in [a["code"] for a in page.advisories]
        assert ("+443001232040", "official") in [(f["value"], f["verdict"]) for f in page.findings]

    def test_an_anti_fraud_pages_quoted_scripts_are_no_scam_script(self, index):
        page = ("防骗小课堂：常见诈骗话术\n\n冒充公检法：“您的账户涉嫌洗钱，请配合调查，把资金转入安全账户。”\n\n"
                "冒充客服：“您开通了百万保障，不取消每月扣费500元，请下载会议软件共享屏幕。”\n\n"
                "记住：凡是要求转账到安全账户、共享屏幕的，都是诈骗！\n")
        result = run(index, text=page, url="https://www.icbc.example.com/fangpian/index.html", region="CN")
        # it was a script four times over: a transfer, screen sharing, a charge and a frozen account, all quoted
        assert result.red_flags == [] and "scam_script" not in [a["code"] for a in result.advisories]
        # sent as a message, the quotes are what was said
        assert "scam_script" in [a["code"] for a in run(index, text=page, region="CN").advisories]

    def test_an_anti_fraud_pages_labelled_scripts_are_no_scam_script(self, index):
        page = ("反诈课堂｜这些话术都是诈骗\n话术一：您好，我是淘宝客服，您购买的商品有质量问题，我们给您三倍赔偿。\n"
                "话术二：您的账户涉嫌洗钱，请把资金转到安全账户配合调查。\n话术三：我是你领导，先帮我转一笔钱给客户。\n")
        result = run(index, text=page, url="https://www.gaj.example.gov.cn/fzxc/20261120.html", region="CN")
        # a transfer to a safe account (critical), a refund, a case, a boss asking for money: the labels were not read
        assert result.red_flags == [] and "scam_script" not in [a["code"] for a in result.advisories]
        assert "scam_script" in [a["code"] for a in run(index, text=page, region="CN").advisories]  # sent, it was said

    def test_a_police_case_report_is_no_scam_script(self, index):
        report = ("警惕！冒充客服退款诈骗高发\n近期，我市接连发生多起冒充电商平台客服的诈骗案件。骗子自称淘宝客服，称受害人购买的商品"
                  "有质量问题，可以三倍赔偿，随后诱导受害人下载\"云视讯\"等会议软件并开启屏幕共享，再以\"验证流水\"为由，要求受害人把"
                  "支付宝里的钱转到\"安全账户\"。\n典型案例：市民王女士接到一个自称\"支付宝客服\"的电话，对方称她开通了\"百万保障\"服务，"
                  "如不取消每月将扣费800元，并影响个人征信。王女士按照对方指示，向指定账户转账5万余元后发现被骗。\n"
                  "警方提醒：支付宝官方客服电话是95188。如遇可疑情况，请立即拨打110或反诈专线96110。\n")
        page = run(index, text=report, url="https://www.gaj.example.gov.cn/jwzx/fzxc/202611/t20261120.html", region="CN")
        # it was a script: screen sharing, a transfer, a fake charge and the credit record, told of the victims
        # (the headline's "退款诈骗" was a refund offer, a story alone; it is the scam's name)
        assert page.red_flags == []
        assert "scam_script" not in [a["code"] for a in page.advisories]
        assert ("CN:95188", "official") in [(f["value"], f["verdict"]) for f in page.findings]

    @pytest.mark.parametrize(("text", "script"), [
        # two stories side by side on a page are a script; far apart, two questions of a help page
        ("Your account is locked. To unlock it, we will refund the $2 verification fee first.", True),
        ("Why is my account locked?\n" + "Our team reviews every sign-in. " * 12 + "\nHow do I get a refund?\nOpen the app.", False),
        # the first of each far apart, later ones side by side: a script all the same (only first ones were compared)
        ("Refund policy | Contact\n" + "Our guides explain fees and statements. " * 12 +
         "\nYour account has been suspended due to suspicious activity. To receive your compensation, call us now.", True),
        ("How do I get a refund?\n" + "Our team reviews every sign-in. " * 12 + "\nWhy is my account locked?\n" +
         "Our team reviews every sign-in. " * 12 + "\nRefunds take five days.", False),
        # close together, but in two answers: a question, or a blank line, between them
        ("Why is my account locked?\nWe lock an account after five failed sign-ins.\nHow do I get a refund?\n"
         "Refunds go back to your card.", False),
        ("Your account is locked after five failed sign-ins.\n\nWe refund duplicate charges within five days.", False),
        # the same after characters that folding lengthens (™ → tm): the answer's end is looked for where the signs are
        ("™" * 300 + "\nYour account is locked after five failed sign-ins.\n\nWe refund duplicate charges within five days.", False),
    ])
    def test_on_a_page_two_stories_make_a_script_only_close_together(self, index, text, script):
        result = run(index, text=text, url="https://www.example-bank.com/help", region="US")
        assert {flag["code"] for flag in result.red_flags} >= {"frozen_account", "refund_offer"}
        assert ("scam_script" in [a["code"] for a in result.advisories]) == script

    @pytest.mark.parametrize(("fields", "region"), [
        ({"text": "PayPal called me from 1-888-221-1161 and said my account was locked. He asked me to read him the "
                  "verification code they sent."}, "US"),
        ({"text": "刚才有人来电显示95188，说我的百万保障要扣费，让我把验证码告诉他。"}, "CN"),
        # a forum post telling it is the same story
        ({"text": "PayPal called me from 1-888-221-1161 and asked me to read him the verification code. Legit?",
          "url": "https://www.reddit.com/r/paypal/comments/abc/"}, "US"),
    ])
    def test_an_official_number_a_scam_call_came_from_may_be_forged(self, index, fields, region):
        # "official, low risk", as if the call were PayPal's: caller ID can be forged, as a check with the message says
        [finding] = run(index, region=region, **fields).findings
        assert (finding["verdict"], finding["risk"], finding["reasons"][-1]["code"]) == ("official", "high", "spoofing_possible")

    @pytest.mark.parametrize(("text", "region"), [
        # the number the story gives to call and check is where to check
        ("对方让我把验证码告诉他。后来我挂了电话，自己拨打微信支付官方客服95017核实，对方是骗子。", "CN"),
        # no script: an ordinary call from the official number
        ("PayPal called me from 1-888-221-1161 about my dispute, and it was resolved.", "US"),
    ])
    def test_an_official_number_stays_low_risk_elsewhere(self, index, text, region):
        [finding] = run(index, text=text, region=region).findings
        assert (finding["verdict"], finding["risk"]) == ("official", "low")

    def test_a_number_a_call_came_from_is_judged_as_a_check_of_a_call_received_is(self, index):
        # was "official, low risk" on a page while a check of the call received said Coinbase places no such calls
        text = "Got a call from Coinbase saying someone tried to log in. They called me from +1 888 908 7930."
        result = run(index, text=text, region="US")
        [finding] = result.findings
        # Coinbase's own number all the same: the page presents no number as Coinbase's that is not (it said so)
        assert "presented_not_official" not in [a["code"] for a in result.advisories]
        checked = check(index, CheckRequest(value="+1 888 908 7930", region="US", claimed_provider="Coinbase",
                                            direction="incoming", channel="call"), today=TODAY)
        assert (finding["verdict"], finding["risk"]) == (checked.verdict, checked.risk) == ("contradicts_policy", "high")
        assert [r["code"] for r in finding["reasons"]] == [r["code"] for r in checked.reasons]

    @pytest.mark.parametrize(("text", "spoofed"), [
        # a victim's post on a forum: texted from the number, no script the page's own (it tells of the caller)
        ("Coinbase support? He texted me from 1-888-908-7930 and said I could verify it on Google. Is this legit??", True),
        ("You can call Coinbase at 1-888-908-7930.", False),
        # a rule or a promise of calls, not a call that came
        ("Coinbase will only call you from 1-888-908-7930 if you asked for a call back.", False),
        ("Coinbase never calls from 1-888-908-7930.", False),
        # calls in general, not one that came
        ("Calls from Coinbase show 1-888-908-7930.", False),
        ("I received a text message from 1-888-908-7930 about a login.", True),
    ])
    def test_a_number_a_text_came_from_may_be_forged(self, index, text, spoofed):
        [finding] = run(index, text=text, url="https://www.reddit.com/r/CoinBase/comments/abc/", region="US").findings
        assert (finding["verdict"], finding["risk"]) == ("official", "low")
        # (a text's words: not to reply, rather than to hang up)
        assert ("spoofing_possible_text" in [r["code"] for r in finding["reasons"]]) is spoofed

    _INVOICE = ("Invoice from Geek Squad Services (0048213)\nservice@paypal.com\nto me\nGeek Squad Services LLC sent you an "
                "invoice for $499.99 USD.\nSeller note: If you did not authorize this, call our billing department at "
                "+1 (808) 213-4437.\nView and Pay Invoice")

    @pytest.mark.parametrize(("text", "said", "risk"), [
        # the fake invoice read in Gmail: PayPal's own address was "official, low risk" beside the scam's note
        (_INVOICE, True, "high"),
        ("You have a new money request from a contact.\nservice@paypal.com", True, "low"),
        ("Your receipt from PayPal\nservice@paypal.com\nYou sent $20.00 USD to Jane.", False, "low"),
    ])
    def test_a_payment_services_address_on_an_invoice_is_the_senders_words(self, index, text, said, risk):
        [sender] = [f for f in run(index, text=text, url="https://mail.google.com/mail/u/0/#inbox/abc", region="US").findings
                    if f["kind"] == "email_domain"]
        assert (sender["verdict"], sender["risk"]) == ("official", risk)
        assert ("sent_through_provider" in [r["code"] for r in sender["reasons"]]) is said

    _HELP = "支付宝登录帮助\n收不到短信验证码怎么办？请检查手机信号，或稍后重新获取验证码。忘记支付密码可以在设置里重置。"

    @pytest.mark.parametrize("request_fields", [{"text": _HELP, "url": "https://www.zhihu.com/question/123456"},
                                                {"html": f"<p>{_HELP}</p>", "url": "https://www.zhihu.com/question/123456"}],
                             ids=["text", "html"])
    def test_a_web_page_that_names_codes_and_passwords_is_no_scam_script(self, index, request_fields):
        # a help article off the provider's site had "asks for a verification code", "asks for a password" and a
        # scam-script advisory
        result = run(index, region="CN", **request_fields)
        assert (result.red_flags, [a["code"] for a in result.advisories]) == ([], [])

    @pytest.mark.parametrize("request_fields", [{"text": _HELP}, {"html": f"<p>{_HELP}</p>"},
                                                {"text": _HELP, "url": "https://mail.qq.com/cgi-bin/frame_html"}],
                             ids=["text", "html_alone", "webmail"])
    def test_a_text_alone_that_names_them_is_what_someone_sent_and_still_raises_them(self, index, request_fields):
        # markup alone is an email's as often as a page's; a webmail's page shows what someone sent
        result = run(index, region="CN", **request_fields)
        assert {flag["code"] for flag in result.red_flags} == {"asks_otp", "asks_password"}
        asked = run(index, text="支付宝客服：您的账户异常，请提供短信验证码", url="https://www.zhihu.com/question/123456", region="CN")
        assert "asks_otp" in {flag["code"] for flag in asked.red_flags}

    def test_a_number_written_again_or_as_a_links_text_and_target_is_counted_once(self, index):
        html = ('<p>MetaMask support: <a href="tel:+17073814213">+1 707 381 4213</a>. Again, MetaMask helpline '
                '+1 707 381 4213, or MetaMask WhatsApp <a href="https://wa.me/17073814213">wa.me/17073814213</a>.</p>')
        result = run(index, html=html)
        advice = {a["code"]: a for a in result.advisories}
        # five findings of one number: the page lists one number as MetaMask's, not five
        assert len(advice["no_phone_support"]["findings"]) == 5
        assert "lists 1 number(s)" in advice["no_phone_support"]["message"]
        assert "presents 1 number(s)" in advice["presented_not_official"]["message"]

    def test_numbers_for_a_provider_without_phone_support(self, index):
        result = run(index, text="MetaMask support number: +1 707 381 4213\nMetaMask helpline +1 808 555 0199")
        [advisory] = [a for a in result.advisories if a["code"] == "no_phone_support"]
        assert advisory["findings"] == [0, 1] and advisory["official_channels"]

    def test_numbers_for_a_provider_whose_phone_support_is_a_call_back(self, index):
        result = run(index, text="Robinhood customer service number: +1-844-724-5399\n罗宾汉客服电话 1-888-555-0199")
        codes = [a["code"] for a in result.advisories]
        [advisory] = [a for a in result.advisories if a["code"] == "callback_only"]
        assert "no_phone_support" not in codes and advisory["findings"] == [0, 1]
        assert "call back you ask for in the Robinhood app" in advisory["message"] and advisory["official_channels"]

    def test_a_lookalike_page_address(self, index):
        result = run(index, text="help", url="https://metamask-support.com/help")
        assert [a["code"] for a in result.advisories] == ["page_lookalike"]

    def test_a_hotline_page_without_real_channels_gets_them(self, index):
        result = run(index, text="支付宝客服电话是多少？很多人都在问。")
        [advisory] = result.advisories
        assert advisory["code"] == "safe_alternative" and "CN:95188" in [c["value"] for c in advisory["official_channels"]]

    @pytest.mark.parametrize(("text", "slug"), [("PhonePe Customer Care Number: 7001234567 (24x7 helpline)", "phonepe"),
                                              ("फोनपे कस्टमर केयर नंबर 8001234567", "phonepe")])
    def test_customer_care_is_a_hotline_word(self, index, text, slug):
        # India's pages say "customer care": the page's talk of PhonePe's hotline got no safe alternative
        [advisory] = [a for a in run(index, text=text, region="IN").advisories if a["code"] == "safe_alternative"]
        assert advisory["provider"] == slug and advisory["official_channels"]

    @pytest.mark.parametrize(("text", "slug"), [("幣安電話 +1 888 555 0199", "binance"), ("支付寶香港投訴電話是多少？", "alipayhk")])
    def test_traditional_chinese_telephone_is_a_hotline_word(self, index, text, slug):
        # a Taiwan or Hong Kong page's talk of the provider's 電話 got no safe alternative, where 电话 did
        [advisory] = [a for a in run(index, text=text, region="TW").advisories if a["code"] == "safe_alternative"]
        assert advisory["provider"] == slug and advisory["official_channels"]

    @pytest.mark.parametrize("text", [
        "The FTC warns about scams. Call our support line at 1-866-555-0123.",
        "IRS Form W-9 asks for your TIN. Call 1-800-555-0199 for help with your tax return.",
        "Report scams to Action Fraud. Call our helpline on 0800 123 4567.",
        "To open an account you need your Social Security number. Customer service: 1-800-935-9935",
    ])
    def test_an_authority_named_in_advice_presents_no_number_after_its_sentence(self, index, text):
        # a bank's, a tax preparer's or a shop's own number after advice naming the FTC, the IRS, Action Fraud or a
        # Social Security number was a number "presented as" the authority's and not its, high risk
        result = run(index, text=text, region="GB" if "Action Fraud" in text else "US")
        assert [(f["verdict"], f["presented_as"]) for f in result.findings] == [("unknown", None)]
        assert "presented_not_official" not in {a["code"] for a in result.advisories}

    @pytest.mark.parametrize("text", ["IRS Helpline: 1-888-555-0199", "IRS refund department\n1-888-555-0199"])
    def test_a_number_given_as_an_authoritys_is_still_judged_as_its(self, index, text):
        [finding] = run(index, text=text, region="US").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("mismatch", "us-irs")

    def test_a_third_party_page_giving_a_providers_real_number_is_no_warning_sign(self, index):
        real = run(index, text="支付宝官方客服热线：95188", region="CN", url="https://news.example.com/alipay-help")
        assert [f["verdict"] for f in real.findings] == ["official"] and real.advisories == []
        fake = run(index, text="支付宝官方客服热线：95188，人工客服：400-123-4567", region="CN", url="https://news.example.com/alipay-help")
        [advisory] = [a for a in fake.advisories if a["code"] == "third_party_help_page"]
        assert [fake.findings[n]["value"] for n in advisory["findings"]] == ["+864001234567"]
        assert advisory["message"] == ("This page is not on Alipay's own site but gives contact numbers for Alipay that are not "
                                       "its own: do not trust them.")

    def test_a_number_the_providers_own_site_gives_as_its_own_is_unconfirmed_not_a_false_claim(self, index):
        # "PayPal Credit: 1-844-…" on PayPal's own contact page was "not one of PayPal's channels", high risk
        text = "Contact PayPal: 1-888-221-1161. PayPal Credit: 1-844-896-2329"
        own = run(index, text=text, region="US", url="https://www.paypal.com/us/cshelp/contact-us")
        assert [(f["value"], f["verdict"]) for f in own.findings] == [("+18882211161", "official"), ("+18448962329", "unknown")]
        assert own.findings[1]["reasons"][-1]["code"] == "given_on_own_site" and "www.paypal.com" in own.findings[1]["reasons"][-1]["message"]
        assert own.advisories == []
        # elsewhere, and on a page a PayPal user made on paypal.com, it is still a page's claim
        for url in ("https://news.example.com/paypal", "https://www.paypal.com/invoice/p/#INV2-AB12-CD34"):
            assert [f["verdict"] for f in run(index, text=text, region="US", url=url).findings] == ["official", "mismatch"]

    @pytest.mark.parametrize(("text", "region", "url", "warned", "given"), [
        ("支付宝提醒：支付宝官方客服电话只有95188，凡是自称支付宝客服、用400-123-4567等号码给你打电话的都是诈骗。", "CN",
         "https://www.alipay.com/security", "+864001234567", None),
        ("近期有骗子自称支付宝客服，用400-765-4321给用户打电话。支付宝信用卡还款服务热线：400-888-9999", "CN",
         "https://www.alipay.com/security", "+864007654321", "+864008889999"),
        ("支付宝不会用021-12345678给您打电话索要验证码。", "CN", "https://www.alipay.com/security", "+862112345678", None),
        ("PayPal will never call you from numbers like 1-844-555-0199. PayPal Credit: we don't charge for calls to 1-844-896-2329.",
         "US", "https://www.paypal.com/us/security", "+18445550199", "+18448962329"),
    ])
    def test_a_number_the_providers_own_site_warns_of_is_not_its_own(self, index, text, region, url, warned, given):
        # Alipay's own warning, "凡是…用400-123-4567等号码给你打电话的都是诈骗", was read as Alipay giving the number as its own:
        # "given as Alipay's on Alipay's own site … not confirmed", risk unknown
        result = run(index, text=text, region=region, url=url)
        by_value = {f["value"]: f for f in result.findings}
        assert (by_value[warned]["verdict"], by_value[warned]["risk"]) == ("mismatch", "high")
        assert by_value[warned]["reasons"][-1]["code"] == "warned_of_on_own_site"
        assert result.advisories == []  # (the page warns of it: it presents nothing as the provider's)
        # a negation that says nothing against a number, and a number given plainly, are the provider's word still
        if given:
            assert [r["code"] for r in by_value[given]["reasons"]][-1] == "given_on_own_site"
        # on another site, the number presented as the provider's is a mismatch as before
        assert run(index, text=text, region=region, url="https://news.example.com/a/1").findings != result.findings

    def test_a_site_with_its_name_that_the_providers_own_page_links_to_is_unconfirmed_not_a_lookalike(self, index):
        # PayPal's contact page linked to its forum, www.paypal-community.com (before the registry listed it): it was
        # "look-alike, high risk", and the page "presents 1 address as PayPal's that is not PayPal's"
        html = ('<p>Manage your <a href="https://www.paypal-prepaid.com/">PayPal Prepaid card</a>, or call 1-888-221-1161.</p>'
                '<p>Beware of sites like paypal-verify-account.com.</p>')
        own = run(index, html=html, region="US", url="https://www.paypal.com/us/cshelp/contact-us")
        assert [(f["text"], f["verdict"]) for f in own.findings] == [
            ("https://www.paypal-prepaid.com/", "unknown"), ("1-888-221-1161", "official"), ("paypal-verify-account.com", "lookalike")]
        assert own.findings[0]["reasons"] == [{"code": "given_on_own_site", "message": (
            "www.paypal-prepaid.com is given as PayPal's on PayPal's own site (www.paypal.com), but the registry does not list "
            "it yet, so it is not confirmed here. To be sure, use the channels listed here or in PayPal's app.")}]
        # (a name in its text is no link: a provider's warnings name fake sites, and link to none; a look-alike the provider's
        # own page names is one it warns of, which no advisory calls the page's claim)
        assert own.advisories == []
        # the same link on any other page, or on a site only named after PayPal, is a look-alike still
        for url in ("https://news.example.com/paypal", "https://www.paypal.de/de/", None):
            assert run(index, html=html, region="US", url=url).findings[0]["verdict"] == "lookalike"

    def test_a_lookalike_the_providers_own_page_names_is_one_it_warns_of(self, index):
        # Kraken's help in Italian: "Verifica se vengono visualizzati URL diversi da www.kraken.com (ad esempio,
        # www.krakin.co/signin)" got "This page presents 1 address as Kraken's that is not Kraken's", on Kraken's own page
        text = ("Kraken: verifica se vengono visualizzati URL diversi da www.kraken.com (ad esempio, www.krakin.co/signin) e "
                "forniscili al nostro team addetto alla sicurezza.")
        own = run(index, text=text, url="https://support.kraken.com/hc/it-it/articles/360060476591")
        assert [(f["value"], f["verdict"]) for f in own.findings] == [("www.kraken.com", "official"), ("www.krakin.co", "lookalike")]
        assert own.advisories == []
        # anywhere else, the page presents it as Kraken's
        assert "presented_not_official" in {a["code"] for a in run(index, text=text, url="https://news.example.com/k").advisories}

    @pytest.mark.parametrize("text", ["Contact MetaMask support.It is free.",
                                      "Report it to MetaMask Support and your local cybercrime authorities.How to stay safe"])
    def test_a_full_stop_with_no_space_after_it_is_no_domain(self, index, text):
        # "…authorities.How to tell…" (MetaMask's own help, as stored) was a site "authorities.How", presented as MetaMask's
        assert [f for f in run(index, text=text).findings if f["kind"] in ("website", "domain")] == []
        # a name and its suffix capitalised are one still ("Coinbase.Com"), as is a lower-case one
        assert [f["value"] for f in run(index, text="Visit Coinbase.Com or kraken.com").findings] == ["coinbase.com", "kraken.com"]

    def test_a_post_in_a_providers_zendesk_community_is_a_users_not_the_providers_word(self, index):
        # Zendesk serves a help center's community posts on the provider's own host: a fake "support number" posted there
        # was "given on Kraken's own site", unknown; the page itself was "official"
        text = "Kraken Customer Support Number +1 (805) 312-6444 call now for help with a locked account"
        url = "https://support.kraken.com/hc/en-us/community/posts/4402345678-Kraken-support-number"
        [finding] = run(index, text=text, region="US", url=url).findings
        assert (finding["verdict"], finding["risk"]) == ("mismatch", "high")
        assert [r["code"] for r in check(index, CheckRequest(value=url)).reasons] == ["community_post", "unknown_value"]
        # Kraken's own articles there are still its word
        assert check(index, CheckRequest(value="https://support.kraken.com/hc/en-us/articles/360000919966")).verdict == "official"

    def test_a_post_in_a_discourse_forum_on_a_providers_site_is_a_users_not_the_providers_word(self, index):
        # a forum the registry does not name, on Kraken's domain: the number was "given on Kraken's own site", unknown
        text = "Kraken support phone number: call +1 (415) 555-0199 for help with your account."
        [finding] = run(index, text=text, region="US", url="https://community.kraken.com/t/kraken-support-number/123").findings
        assert (finding["verdict"], finding["risk"]) == ("mismatch", "high")
        # on Kraken's own pages it is Kraken's word still (unconfirmed, not a mismatch)
        [own] = run(index, text=text, region="US", url="https://www.kraken.com/learn/contact").findings
        assert own["reasons"][-1]["code"] == "given_on_own_site"

    def test_a_site_with_the_name_of_a_provider_that_lists_none_is_not_presented_as_not_its_own(self, index):
        # "GCash Help Center: visit www.gcash.com": the page was said to present an address as GCash's that is not
        result = run(index, text="GCash Help Center: visit www.gcash.com or call the GCash hotline 2882.", region="PH")
        site = next(f for f in result.findings if f["kind"] == "website")
        assert (site["verdict"], site["reasons"][0]["code"]) == ("unknown", "no_site_listed")
        assert "presented_not_official" not in {a["code"] for a in result.advisories}

    def test_a_number_given_on_a_site_with_the_providers_name_under_a_country_ending_is_unconfirmed(self, index):
        # on www.paypal.de (maybe PayPal's German site: told, not judged), its number for PayPal was "not PayPal's,
        # high risk" and the page "not on PayPal's own site … do not trust them"
        text = "PayPal Kundenservice\n\nSie erreichen uns telefonisch unter 0800 723 4500."
        result = run(index, text=text, region="DE", url="https://www.paypal.de/de/webapps/mpp/contact")
        [finding] = result.findings
        assert (finding["verdict"], finding["reasons"][-1]["code"]) == ("unknown", "given_on_a_site_named_after")
        assert "www.paypal.de" in finding["reasons"][-1]["message"] and result.advisories == []
        # a look-alike's own address is no such site
        fake = run(index, text=text, region="DE", url="https://www.paypa1-kundenservice.de/kontakt")
        assert fake.findings[0]["verdict"] == "mismatch"
        assert {"presented_not_official", "page_lookalike", "third_party_help_page"} <= {a["code"] for a in fake.advisories}

    def test_the_providers_own_page_is_no_scam_script(self, index):
        text = "To withdraw to a self-hosted wallet, you may need to sign a message to verify ownership of the wallet address."
        own = run(index, text=text, region="US", url="https://www.binance.com/en/support/faq/travel-rule")
        assert (own.red_flags, own.advisories) == ([], [])
        # from anyone else, or in a post a user made on the provider's own forum, it is a drainer's ask
        for url in (None, "https://community.metamask.io/t/how-to-fix-my-wallet/12345"):
            other = run(index, text=text, region="US", url=url)
            assert [flag["code"] for flag in other.red_flags] == ["asks_wallet_signature"]
            assert "scam_script" in [advisory["code"] for advisory in other.advisories]

    def test_a_scam_script_on_a_page_is_named_in_the_readers_language(self, index):
        text = "客服：请把收到的验证码告诉我，再把余额转到安全账户。"
        advice = {lang: [a["message"] for a in run(index, text=text, region="CN", lang=lang).advisories if a["code"] == "scam_script"]
                  for lang in ("zh", "en")}
        assert advice == {"zh": ["本页含有诈骗话术：索要验证码、要求转账到\"安全账户\"。"],
                          "en": ['This page has warning signs of a scam script: asks for a verification code; '
                                 'asks for a transfer to a "safe account".']}

    def test_a_script_of_several_medium_signs_on_a_page_is_one_as_in_a_check(self, index):
        # only high and critical signals made the advisory: a frozen account, a number to call and a refund did not
        text = "您的账户异常已被冻结，请拨打4001234567联系客服办理退款"
        [advisory] = [a for a in run(index, text=text, region="CN").advisories if a["code"] == "scam_script"]
        assert advisory["message"] == ("This page has warning signs of a scam script: threatens a frozen account or your "
                                       "credit record; gives a number to call back; offers a refund or compensation.")
        notice = run(index, text="如有疑问请拨打4001234567，或访问 www.ecitic.com", region="CN")
        assert len(notice.red_flags) == 2 and "scam_script" not in [a["code"] for a in notice.advisories]

    @pytest.mark.parametrize(("text", "code"), [
        # each raised nothing: China's most reported scam, the prize fee, and the subscription robocall
        ("兼职刷单，日赚300，点赞关注就返佣金，先垫付后返还。客服微信 abc12345", "task_or_profit_bait"),
        ("Congratulations! You have won $1,000,000. Pay the processing fee to claim your prize.", "upfront_fee"),
        ("Your Amazon Prime membership will auto-renew for $139. Press 1 to speak to an agent.", "cancel_fake_charge"),
    ])
    def test_baits_of_other_scams_are_scam_scripts(self, index, text, code):
        result = run(index, text=text, region="CN")
        assert code in [flag["code"] for flag in result.red_flags]
        # the police's notice that names 刷单返利 among the scams it warns of is no script (labelled page)
        assert code != "task_or_profit_bait" or "scam_script" in [a["code"] for a in result.advisories]

    def test_a_link_to_a_providers_own_site_is_no_sign_unless_it_opens_another(self, index):
        # "contains a link" was raised on a page's link to the provider's own site
        assert run(index, text="Trust Wallet has no phone support. Visit https://trustwallet.com/support").red_flags == []
        # a link whose text shows PayPal's site, and whose address is another's: the sign stays
        html = ('<p>Your account is limited. Sign in at <a href="https://paypal-account-verify.top/signin">'
                'https://www.paypal.com/signin</a>.</p><p>Call <a href="tel:+18445550123">1-888-221-1161</a> now.</p>')
        flagged = {flag["code"]: flag["text"] for flag in run(index, html=html).red_flags}
        assert flagged["link_in_message"].startswith("https://www.paypal.com/signin")
        assert flagged["call_back_number"].startswith("Call 1-888-221-1161")
        shown_honestly = '<p>Call <a href="tel:+18882211161">1-888-221-1161</a> now.</p>'
        assert "call_back_number" not in [flag["code"] for flag in run(index, html=shown_honestly).red_flags]

    def test_a_sign_in_link_at_an_ip_address_is_found_and_a_routers_address_is_not(self, index):
        # the first gave no finding at all: an IP address is no domain, and the check called it not a possible value
        text = "PayPal 登录：http://45.33.12.1/paypal/login\n路由器管理页面：http://192.168.1.1/ 默认密码 admin"
        result = run(index, text=text, region="CN")
        assert [(f["text"], f["verdict"], f["value"], (f["presented_as"] or {}).get("slug")) for f in result.findings] == [
            ("http://45.33.12.1/paypal/login", "lookalike", "45.33.12.1", "paypal")]
        assert "presented_not_official" in [a["code"] for a in result.advisories]

    def test_an_email_address_at_an_ip_address_is_found_and_judged_as_mail(self, index):
        # none was found: the address patterns ran only around a dot before a letter and "://"
        text = ("write to help@[IPv6:2606:4700::1111]\n路由器 admin@[192.168.1.1]\nssh root@45.33.12.1\n"
                "PayPal 客服邮箱：paypal-support@[45.33.12.1]")
        result = run(index, text=text, region="CN")
        assert [(f["text"], f["kind"], f["verdict"], f["provider"], f["reasons"][0]["code"]) for f in result.findings] == [
            ("help@[IPv6:2606:4700::1111]", "email_domain", "unknown", None, "email_at_ip_address"),
            ("paypal-support@[45.33.12.1]", "email_domain", "lookalike", "paypal", "lookalike_email_at_ip_address")]

    def test_a_mail_link_to_an_ip_address_is_judged_as_mail(self, index):
        result = run(index, html='<p><a href="mailto:paypal@[45.33.12.1]?subject=refund">Contact us</a></p>')
        [finding] = result.findings
        assert (finding["source"], finding["kind"], finding["verdict"]) == ("link", "email_domain", "lookalike")

    def test_a_short_link_in_a_text_message_is_judged_as_the_claim_it_is_given_under(self, index):
        # "t.cn is not in our registry", as if nothing were said of it: a short link hides where it goes, and
        # the message presents it as PayPal's (a search result's hidden link, in an <a href>, is the title's subject)
        result = run(index, text="【PayPal】您的账户已冻结，请点击 t.cn/A6abcdEF 验证身份。", region="CN")
        [finding] = result.findings
        assert (finding["verdict"], finding["value"], finding["presented_as"]["slug"]) == ("mismatch", "t.cn", "paypal")
        assert finding["reasons"][0]["code"] == "redirect_hidden" and "Weibo link hides the address" in finding["reasons"][0]["message"]

    def test_an_official_warning_page_raises_nothing(self, index):
        text = "PayPal will never ask you for your password. Report phishing to phishing@paypal.com."
        result = run(index, text=text)
        assert result.advisories == [] and [f["verdict"] for f in result.findings] == ["official"]

    def test_a_providers_own_never_statements_are_no_scam_script(self, index):
        # what each will never ask for stands far after "never" / "不会": every sentence but the last raised the
        # "warning signs of a scam script" advisory on the providers' own security pages
        text = ("PayPal will never ask you to provide sensitive information such as your password, bank account number "
                "or credit card number in an email. We will never ask you to download software or give anyone remote "
                "access to your computer.\n支付宝客服不会通过电话、短信、QQ、微信等方式向您索要银行卡密码、支付密码或短信验证码。"
                "支付宝不会以“退款”“理赔”为由要求您提供银行卡号（如 6222 0212 3456 7890 123）或验证码。")
        result = run(index, text=text, region="CN")
        assert result.red_flags == [] and "scam_script" not in [a["code"] for a in result.advisories]
        asked = run(index, text=text + "\n我们不会冻结您的账户，请提供验证码。", region="CN")
        assert [f["code"] for f in asked.red_flags] == ["asks_otp"]
        assert "scam_script" in [a["code"] for a in asked.advisories]

    def test_a_warning_that_names_the_code_before_its_negation_is_no_scam_script(self, index):
        # "验证码请勿告诉他人" put the code first: the negation after it reached nothing, and the provider's own
        # reminder gave its page the scam-script advisory; "Don't tell anyone your code" urged secrecy
        text = ("支付宝温馨提示：验证码请勿告诉他人，包括自称支付宝客服的人员。如有疑问请拨打95188。\n"
                "Verification codes should never be shared with anyone. Don't tell anyone your password.")
        result = run(index, text=text, region="CN")
        assert result.red_flags == [] and result.advisories == []
        asked = run(index, text=text + "\n验证码不要告诉别人，告诉我就行。", region="CN")
        assert [f["code"] for f in asked.red_flags] == ["asks_otp"] and asked.red_flags[0]["start"] > len(text)

    def test_a_never_statement_typeset_with_a_curly_apostrophe_is_no_scam_script(self, index):
        # "won’t" and "don’t", as providers' pages set them, were no negations: the page was a scam's script
        text = ("PayPal won’t ask you for your password or your one-time code. We don’t ask you to install "
                "AnyDesk. Report phishing to phishing@paypal.com.")
        result = run(index, text=text)
        assert result.red_flags == [] and result.advisories == []
        asked = run(index, text=text + "\nI won’t hang up, just read me the code we texted you.")
        assert [f["code"] for f in asked.red_flags] == ["asks_otp"]
        assert "scam_script" in [a["code"] for a in asked.advisories]

    def test_a_never_call_text_or_email_statement_is_no_scam_script(self, index):
        # the comma before "text" was read as a new clause that asks: Venmo's and PayPal's own words were a script
        text = ("We’ll never call, text, or email you asking for your verification code. "
                "PayPal will never call, text or email you to ask for your one-time code.")
        result = run(index, text=text)
        assert result.red_flags == [] and "scam_script" not in [a["code"] for a in result.advisories]
        asked = run(index, text=text + "\nWe won’t charge you, text me the verification code now.")
        assert [f["code"] for f in asked.red_flags] == ["asks_otp"]
        assert "scam_script" in [a["code"] for a in asked.advisories]

    @pytest.mark.parametrize("text", [
        "以下情况都是诈骗：\n1. 自称支付宝客服，说您的账户被冻结，要求提供验证码\n2. 要求您下载屏幕共享软件\n3. 要求转账到安全账户",
        ("Common PayPal scams:\n- a caller says your account is limited and asks you to read back the verification code\n"
         "- an agent asks you to install AnyDesk\n\nPayPal will never ask you to:\n• share your password\n• move your money "
         "to a safe account"),
    ])
    def test_a_list_of_scams_under_a_heading_saying_so_is_no_scam_script(self, index, text):
        # each line was read as a script of its own: the page that lists scams got the scam-script advisory
        result = run(index, text=text, region="CN")
        assert result.red_flags == [] and "scam_script" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize("html", [
        "<h3>以下情况都是诈骗：</h3><ul><li>自称支付宝客服，说您的账户被冻结，要求提供验证码</li><li>要求您下载屏幕共享软件</li></ul>",
        "<p>Scammers may:</p><ul><li>ask for your verification code</li><li>ask you to install AnyDesk</li></ul>",
        # as pages indent their markup: the blank lines of its source are no blank lines on screen
        ("<p>Scammers may:</p>\n<ul>\n  <li>ask for your verification code</li>\n  <li>\n    ask you to install AnyDesk\n"
         "  </li>\n</ul>"),
        "<h3>常见诈骗手法</h3><ol><li>要求提供验证码</li><li>要求您下载屏幕共享软件</li></ol>",
        "<p>诈骗分子常用话术：</p><dl><dt>“账户被冻结”</dt><dd>要求提供验证码</dd><dt>“远程协助”</dt><dd>要求下载AnyDesk</dd></dl>",
    ])
    def test_an_html_list_of_scams_under_a_heading_saying_so_is_no_scam_script(self, index, html):
        # an <li> shows no bullet or number in the extracted text, so the heading's warning did not reach its items
        result = run(index, html=html, region="CN")
        assert result.red_flags == [] and "scam_script" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize(("html", "codes"), [
        ("<p>请按以下步骤操作：</p><ol><li>打开屏幕共享</li><li>把验证码告诉我</li></ol>", ["asks_remote_access", "asks_otp"]),
        # a paragraph after a list of scams is none of its items
        ("<p>Scammers may:</p><ul><li>ask you to install AnyDesk</li></ul><p>把验证码告诉我</p>", ["asks_otp"]),
    ])
    def test_a_scam_script_written_as_an_html_list_is_still_one(self, index, html, codes):
        result = run(index, html=html, region="CN")
        assert [f["code"] for f in result.red_flags] == codes
        assert "scam_script" in [a["code"] for a in result.advisories]

    def test_a_scam_script_written_as_a_list_is_still_one(self, index):
        result = run(index, text="请按以下步骤操作：\n1. 打开屏幕共享\n2. 把验证码告诉我", region="CN")
        assert [f["code"] for f in result.red_flags] == ["asks_remote_access", "asks_otp"]
        assert "scam_script" in [a["code"] for a in result.advisories]


    @pytest.mark.parametrize("text", ['From: "service@paypal.com" <alerts@secure-mailer.net>\nSubject: Your account is limited',
                                      'Email us: "support@apple.com" <x@evil.com>'])
    def test_an_address_a_senders_name_shows_is_no_finding_and_the_sender_is_judged_by_it(self, index, text):
        # the address in the name was a finding of its own, the provider's, official, low risk, where the mail comes from
        # another; the sender was unknown (the check says "the name shows … but the mail comes from …")
        [finding] = run(index, text=text).findings
        assert finding["value"] in ("secure-mailer.net", "evil.com")
        assert (finding["verdict"], finding["risk"]) == ("mismatch", "high")

    def test_a_page_of_addresses_is_read_whole_within_the_time_bound(self, index):
        # a mailing list's page, or a tag too long to be read as one: 1.4 MB of addresses took the sender pattern 9 s, past
        # the scan's 5-second bound, and the findings were cut (stats.timed_out); its sender is still read
        text = 'From: "service@paypal.com" <alerts@secure-mailer.net>\nContacts: ' \
            + ", ".join(f"help{number}@evil-mail{number}.net" for number in range(50_000))
        result = run(index, text=text)
        assert not result.stats.get("timed_out")
        assert ("secure-mailer.net", "mismatch") in [(finding["value"], finding["verdict"]) for finding in result.findings]
        assert "paypal.com" not in [finding["value"] for finding in result.findings]

    def test_a_page_of_addresses_glued_by_symbols_is_read_within_the_time_bound(self, index):
        # each address looked on to the page's end for an '@' its userinfo would end at: past the 5-second bound at 1.8 MB
        # (an arrow ends an address to a reader; ©, which a browser reads into the host, glues them all into one name
        # too long to be any, and no finding)
        result = run(index, text="evil-shop.com\u2192" * 300_000)
        assert not result.stats.get("timed_out") and len(result.findings) == MAX_FINDINGS
        result = run(index, text="evil-shop.com\u00a9" * 300_000)
        assert not result.stats.get("timed_out") and result.findings == []

    def test_a_list_item_of_a_megabyte_under_a_providers_heading_is_read_within_the_time_bound(self, index):
        # each of its numbers looked for a hotline word from the line's start, and its label read whole: past the 5-second
        # bound at 1.4 MB, with 480 of its 2,000 findings
        text = "Need help with your PayPal account? These are the contact numbers:\n- " + "Acme Bank Refund: +1 888 555 0134 " * 40_000
        result = run(index, text=text)
        assert not result.stats.get("timed_out") and len(result.findings) == MAX_FINDINGS

    def test_a_long_run_of_percent_escapes_after_an_address_is_read_within_the_time_bound(self, index):
        # (the first reading of escapes in a host tried every split of the run: 28 s for 90 KB)
        result = run(index, text="paypal.com" + "%41" * 30_000)
        assert not result.stats.get("timed_out") and [f["text"] for f in result.findings] == ["paypal.com"]

    def test_a_page_of_letters_and_symbols_glued_into_one_word_is_read_within_the_time_bound(self, index):
        # (what a browser reads into a host, glued: tried from every letter of a run, 40,000 took 28 s; read ahead from
        # every letter of a 1.8 MB word with no dot after, 8 s)
        for text in ("a.b" + "\U0001d431" * 40_000, "a.com" + "\U0001d431a" * 900_000):
            result = run(index, text=text)
            assert not result.stats.get("timed_out") and not any(f["verdict"] == "official" for f in result.findings)

    def test_a_sender_whose_name_shows_its_own_address_is_official(self, index):
        [finding] = run(index, text='From: "service@paypal.com" <service@paypal.com>').findings
        assert (finding["value"], finding["verdict"]) == ("paypal.com", "official")

    def test_an_email_whose_replies_go_to_another_domain_says_so(self, index):
        # an email "from" PayPal's own address whose Reply-To is a free mailbox: every reply goes to the stranger
        headers = ("From: PayPal <service@paypal.com>\nReply-To: {reply}\nSubject: Your account has been limited\n\n"
                   "Dear Customer,\nWe have limited your account.")
        result = run(index, text=headers.format(reply="resolution.center2026@outlook.com"))
        [advisory] = [a for a in result.advisories if a["code"] == "reply_to_elsewhere"]
        assert (advisory["severity"], advisory["provider"]) == ("high", "paypal")
        assert advisory["message"].startswith("This email shows service@paypal.com as its sender, but a reply to it goes to "
                                              "resolution.center2026@outlook.com")
        assert [result.findings[n]["text"] for n in advisory["findings"]] == ["resolution.center2026@outlook.com"]
        chinese = run(index, text=headers.format(reply="resolution.center2026@outlook.com"), lang="zh").advisories
        assert any(a["code"] == "reply_to_elsewhere" and "请不要回复" in a["message"] for a in chinese)
        # replies to the same domain, or to another of the provider's own, go nowhere else
        for reply in ("service@paypal.com", "noreply@mail.paypal.com", "help@paypal.uk"):
            assert "reply_to_elsewhere" not in [a["code"] for a in run(index, text=headers.format(reply=reply)).advisories]
        # a "Reply-To:" in the body, below the headers' lines, is a sentence's, not a header
        assert "reply_to_elsewhere" not in [a["code"] for a in run(index, text="Hello,\nsee below\n" + "x" * 500 +
                                                                   "\nFrom: a@b.com\nReply-To: c@d.com").advisories]

    def test_a_pasted_emails_recipients_are_no_finding_unless_known(self, index):
        # the reader's own address on the forwarded email's "To:" line was a finding, "a mailbox anyone can open at gmail.com"
        forwarded = ("---------- Forwarded message ---------\nFrom: Coinbase <no-reply@coinbase-security-alerts.com>\n"
                     "Date: Sat, Dec 5, 2026 at 9:14 PM\nTo: <jane.doe@gmail.com>\nCc: boss@outlook.com, it@paypal-verify.com\n\n"
                     "Write to us at help@gmail.com")
        found = [(f["value"], f["verdict"]) for f in run(index, text=forwarded).findings]
        # (the body's address is the sender's, given as Coinbase's: judged so)
        assert found == [("coinbase-security-alerts.com", "lookalike"), ("paypal-verify.com", "lookalike"), ("gmail.com", "mismatch")]
        # a "To:" with no sender's line above it is no header
        assert [f["value"] for f in run(index, text="Send your documents\nTo: help@gmail.com").findings] == ["gmail.com"]


# Ways to break or salt a number that the scan read differently from what Chromium shows ("40098201688" where the page
# shows 4008201688, one number where it shows two lines), with what a browser shows of each: tests/browser/
# test_visible_text.py holds them against Chromium itself.
SHOWN_AS_A_BROWSER_SHOWS = [
    # an attribute written twice: the first counts, as in a browser
    ("400<span style='color:red' style='display:none'>9</span>8201688", "40098201688"),
    ("400<span style='display:none' style='color:red'>9</span>8201688", "4008201688"),
    # a style's comments and escapes, the last of a property declared twice, a value the property cannot take
    ("400<span style='display:/**/none'>9</span>8201688", "4008201688"),
    ("400<span style='display:n\\6f ne'>9</span>8201688", "4008201688"),
    ("400<span style='display:none;display:inline'>9</span>8201688", "40098201688"),
    ("400<span style='display:none;display:nothing'>9</span>8201688", "4008201688"),
    ("400<span style='display:none !important;display:inline'>9</span>8201688", "4008201688"),
    ("400<span style='Display : NONE'>9</span>8201688", "4008201688"),
    ("400<span style='visibility:collapse'>9</span>8201688", "4008201688"),
    ("400<span style='font-size:0;font-size:big'>9</span>8201688", "4008201688"),
    ("400<span style='opacity:1;opacity:0'>9</span>8201688", "4008201688"),
    ("400<span style='color:rgb(0 0 0 / 0%)'>9</span>8201688", "4008201688"),
    ("400<span style='color:#0000'>9</span>8201688", "4008201688"),
    # (black is no transparent colour, nor a colour whose alpha is not zero)
    ("400<span style='color:rgb(0,0,0)'>9</span>8201688", "40098201688"),
    ("400<span style='color:rgba(0, 0, 0, 0.5)'>9</span>8201688", "40098201688"),
    # a hidden element's child that makes itself visible again shows; a display cannot show a hidden one's child
    ("<span style='visibility:hidden'>400 <b style='visibility:visible'>820 1688</b></span>", "820 1688"),
    ("<span style='display:none'>400 <b style='display:inline'>820 1688</b></span>", ""),
    # the hidden attribute, a popover and a dialog not open are hidden unless their own style shows them
    ("400<span hidden style='display:inline'>9</span>8201688", "40098201688"),
    ("400<span popover>9</span>8201688", "4008201688"),
    ("400<dialog>9</dialog>8201688", "4008201688"),
    ("<dialog open>400 820 1688</dialog>", "400 820 1688"),
    ("<span hidden=until-found style='display:inline'>400 820 1688</span>", ""),
    # what a browser shows no content of: a title in the body, a datalist, rp, a media element's or a meter's fallback
    ("4<title>9</title>00<datalist>9</datalist>8<rp>9</rp>20<progress>9</progress>16<meter>9</meter>88", "4008201688"),
    ("400<video>9</video>82<audio>9</audio>01<canvas>9</canvas>6<noframes>9</noframes>8<noembed>9</noembed>8", "4008201688"),
    ("400<object data='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'>9</object>8201688",
     "4008201688"),
    ("<object>400 820 1688</object>", "400 820 1688"),
    # what a browser lays out on a line of its own, and the comments it ends at once
    ("paypa<center>l-verify.com</center>", "paypa\nl-verify.com"),
    ("95<span style='display:block'>188</span>", "95\n188"),
    ("<div style='display:inline'>95</div>188", "95188"),
    ("13</br>812345678", "13\n812345678"),
    ("<div>400-820</p>-1688</div>", "400-820\n-1688"),
    ("400<!--->-820<!-->-1688", "400-820-1688"),
]


class TestHtml:
    def test_only_visible_text_and_links_count(self, index):
        html = """<html><head><title>Help</title><script>var t="400-800-1234"</script><style>.a{}</style></head>
        <body><p>Call <a href="tel:+18882211161">PayPal</a></p><div hidden>+1 707 381 4213</div>
        <template>+1 808 555 0199</template><p style="display:none">+1 415 555 0100</p>
        <a href="mailto:service@paypal.com">mail us</a></body></html>"""
        result = run(index, html=html, include_text=True)
        assert sorted(values(result)) == ["+18882211161", "paypal.com"]
        tel = next(f for f in result.findings if f["kind"] == "phone")
        assert result.text[tel["start"]:tel["end"]] == "PayPal" and tel["source"] == "link"

    def test_text_the_pages_own_style_sheet_hides_by_class_or_id_is_not_shown(self, index):
        # "4008<span class=x>99</span>201688" shows 4008201688, and the scan read 400899201688, no number at all: spam
        # pages break copying so. A rule inside @media hides on some screens only, a rule with another selector is
        # not read: both are kept as shown
        html = """<html><head><style>.x{display:none} #gone{visibility:hidden}
        @media (max-width:600px){.wide{display:none}} .menu .item{display:none}</style></head><body>
        <p>币安客服电话 4008<span class="x">99</span>201688</p><p id="gone">+1 707 381 4213</p>
        <p class="wide">PayPal: +1 888 221 1161</p><p class="item">+1 808 555 0199</p></body></html>"""
        result = run(index, html=html, region="CN", include_text=True)
        assert sorted(values(result)) == ["+18085550199", "+18882211161", "+864008201688"]
        assert "4008201688" in result.text and "707" not in result.text

    def test_text_in_a_font_of_size_zero_is_not_shown_and_a_zero_sized_containers_children_are(self, index):
        # phishing mail's and spam pages' zero-size letters and digits: "4005-886-7123" was no number, "PayxPal" no PayPal;
        # a row sized zero to close the gaps between its cells gives each a size of its own, and its children show
        html = """<html><body><p>欧易OKX官方客服热线：400<span style="font-size:0">5</span>-886-7123</p>
        <p>Pay<span style="font-size: 0px;">x</span>Pal notice: your account is limited.</p>
        <div style="font-size:0"><span style="font-size:16px">支付宝客服：</span> <span>95188</span></div>
        <p style="font-size:0.8em">Kraken: +1 888 555 0134</p></body></html>"""
        result = run(index, html=html, region="CN", include_text=True)
        assert "400-886-7123" in result.text and "PayPal notice" in result.text
        assert sorted(values(result)) == ["+18885550134", "+864008867123", "CN:95188"]
        assert [mention["slug"] for mention in result.mentions].count("paypal") == 1

    def test_salt_made_see_through_is_not_shown_and_see_through_text_a_page_fades_in_is(self, index):
        # "hidden text salting": a digit or a letter or two made invisible by opacity 0 or a transparent colour broke the
        # number ("40098201688": nothing found) and the name ("PayxPal")
        html = """<html><body><p>欧易OKX官方客服热线：400<span style="opacity:0">5</span>-886-7123</p>
        <p>Pay<span style="color: transparent;">xq</span>Pal notice: your account is limited.</p>
        <p>币安客服：400<span style="color:rgba(0,0,0,0)">9</span>8201688</p>
        <h2 style="opacity:0">Kraken: +1 888 555 0134</h2>
        <p><span style="opacity:0">9</span><span style="opacity:0">5</span><span style="opacity:0">0</span><span style="opacity:0">1</span><span style="opacity:0">7</span></p>
        <p>Trust Wallet <span style="background: linear-gradient(red, blue); background-clip: text; color: transparent">888</span></p>
        <p>Coinbase 888 <span style="opacity:0.5">555</span> 0134</p></body></html>"""
        result = run(index, html=html, region="CN", include_text=True)
        assert "400-886-7123" in result.text and "PayPal notice" in result.text
        # a heading faded in by a script, a letter-by-letter one, a gradient's letters, a half-transparent group: all shown
        assert "Kraken: +1 888 555 0134" in result.text and "\n95017\n" in result.text and "Trust Wallet 888" in result.text
        assert "888 555 0134" in result.text.split("Coinbase ")[1]
        assert "+864008867123" in values(result) and "+864008201688" in values(result)
        assert [mention["slug"] for mention in result.mentions].count("paypal") == 1

    @pytest.mark.parametrize("html", [
        "<div onclick=\"location.href='tel:+1 707 381 4213'\">PayPal 客服，点击拨打</div>",
        "<button onclick=\"window.open('tel:+17073814213')\">Call PayPal</button>",
        '<a href="javascript:void(0)" data-tel="+1 707 381 4213">PayPal support</a>',
        '<span data-phone="+1-707-381-4213">PayPal helpline</span>',
    ])
    def test_what_a_tap_dials_is_a_link_to_its_number(self, index, html):
        # "点击拨打" buttons that dial by a click handler or a data attribute, not a tel: link: no number was found
        result = run(index, html=html)
        [finding] = [f for f in result.findings if f["kind"] == "phone"]
        assert (finding["value"], finding["source"], finding["verdict"]) == ("+17073814213", "link", "mismatch")

    @pytest.mark.parametrize("html", [
        "<button onclick=\"window.location.href='https://wa.me/14155550123'\">Chat with a MetaMask agent on WhatsApp</button>",
        "<div onclick=\"window.open('https://wa.me/14155550123', '_blank')\">MetaMask support chat</div>",
        "<span onclick=\"location.assign('https://wa.me/14155550123')\">MetaMask helpdesk</span>",
    ])
    def test_what_a_tap_opens_is_a_link_to_its_address(self, index, html):
        # a fake help page's chat button opens WhatsApp by a click handler, not a link: it was no finding
        [finding] = run(index, html=html).findings
        assert (finding["value"], finding["source"], finding["verdict"], finding["presented_as"]["slug"]) == (
            "+14155550123", "link", "contradicts_policy", "metamask")
        assert htmltext.extract(html.replace("https://wa.me/", "/go?to=")).links == []  # (a page's own path: no address)

    @pytest.mark.parametrize("href", ["https://www.paypal.com&#10;.paypal-resolve.com/login", "https://www.paypal.com\t.paypal-resolve.com",
                                      "https://www.paypal.com\r\n.paypal-resolve.com"])
    def test_a_links_address_is_read_without_its_tabs_and_line_breaks_as_a_browser_reads_it(self, index, href):
        # the browser opens www.paypal.com.paypal-resolve.com; the link was read as two lines, no address, and no finding
        [finding] = run(index, html=f'<p>Contact <a href="{href}">PayPal</a></p>').findings
        assert (finding["value"], finding["verdict"], finding["source"]) == ("www.paypal.com.paypal-resolve.com", "lookalike", "link")
        # ... as a client's link is
        sent = run(index, text="Contact PayPal", links=[htmltext.Link(href="https://www.paypal.com\n.paypal-resolve.com", start=8, end=14)])
        assert [finding["value"] for finding in sent.findings] == ["www.paypal.com.paypal-resolve.com"]

    @pytest.mark.parametrize("href", ["//paypal-resolve.com/login", "\\\\paypal-resolve.com/login", "/\\paypal-resolve.com/login",
                                      "https:paypal-resolve.com/login", "http:/paypal-resolve.com", "https:////paypal-resolve.com"])
    def test_a_link_to_another_host_written_without_its_scheme_or_slashes_is_read(self, index, href):
        # a browser opens paypal-resolve.com; the link was no finding, and the address it shows PayPal's, official
        found = {finding["value"]: finding["verdict"] for finding in
                 run(index, html=f'<p><a href="{href}">https://www.paypal.com/signin</a></p>').findings}
        assert found == {"www.paypal.com": "lookalike", "paypal-resolve.com": "lookalike"}
        # a path of the page's own opens no other host: no finding of its own
        assert [f["source"] for f in run(index, html='<p><a href="/help/contact">https://www.paypal.com</a></p>').findings] == ["text"]

    @pytest.mark.parametrize(("html", "shown", "opened"), [
        ('<p><a href="javascript:location.href=\'https://paypal-resolve.com/login\'">https://www.paypal.com/signin</a></p>',
         "www.paypal.com", "paypal-resolve.com"),
        ('<p><a href="javascript:window.open(\'tel:+18445550123\')">PayPal 1-888-221-1161</a></p>', "+18882211161", "+18445550123"),
    ])
    def test_a_javascript_link_is_a_link_to_what_its_script_opens(self, index, html, shown, opened):
        # the official value the link shows was official, where a click opens the script's address
        found = {finding["value"]: (finding["verdict"], finding["source"]) for finding in run(index, html=html).findings}
        assert found[shown] == ("lookalike", "text") and found[opened][1] == "link"

    @pytest.mark.parametrize(("html", "official", "opened"), [
        # the click handler opens another address than the href shows: each link was the href's alone, official
        ('<p>Contact <a href="https://www.paypal.com/signin" onclick="location.href=\'https://paypal-resolve.com\';return false">'
         'PayPal</a></p>', "www.paypal.com", "paypal-resolve.com"),
        ('<p><a href="tel:+18882211161" onclick="window.open(\'tel:+18445550123\')">PayPal</a></p>', "+18882211161", "+18445550123"),
        # ... or swaps the href as the link is pressed: hovering shows PayPal's address in the status bar
        ('<p>Contact <a href="https://www.paypal.com/signin" onmousedown="this.href=\'https://paypal-resolve.com\'">PayPal</a></p>',
         "www.paypal.com", "paypal-resolve.com"),
    ])
    def test_a_link_whose_click_handler_opens_another_address_is_a_link_to_both(self, index, html, official, opened):
        found = {finding["value"]: finding["verdict"] for finding in run(index, html=html).findings}
        assert found[official] == "official" and found[opened] in ("mismatch", "lookalike")
        # the same address in both is one link
        same = '<a href="tel:+18882211161" onclick="location.href=\'tel:+18882211161\'">PayPal</a>'
        assert [link.href for link in htmltext.extract(same).links] == ["tel:+18882211161"]

    def test_an_android_intent_link_is_a_finding_of_the_site_it_opens(self, index):
        # an SEO page's "Open in Chrome" button out of an app's own browser was no finding
        html = '<p>PayPal help: <a href="intent://paypal-resolve.com/login#Intent;scheme=https;package=com.android.chrome;end">Open in Chrome</a></p>'
        [finding] = run(index, html=html).findings
        assert (finding["value"], finding["verdict"], finding["source"], finding["presented_as"]["slug"]) == (
            "paypal-resolve.com", "lookalike", "link", "paypal")

    def test_a_link_that_installs_an_iphone_app_is_a_finding(self, index):
        # a fake wallet's "Download for iOS" button: an install link outside the App Store was no finding
        html = ('<p>MetaMask Pro for iPhone: <a href="itms-services://?action=download-manifest&amp;url=https://cdn.example-apps.com'
                '/mm/manifest.plist">Download for iOS</a></p>')
        [finding] = run(index, html=html).findings
        assert (finding["value"], finding["source"], finding["reasons"][0]["code"], finding["presented_as"]["slug"]) == (
            "cdn.example-apps.com", "link", "ios_install_link", "metamask")

    def test_a_form_fields_own_words_are_text_and_a_recovery_phrase_field_asks_for_it(self, index):
        # a wallet drainer's page asks in its field's placeholder, which the text left out: the page was flagged for
        # "Validate your wallet" alone, and its field asking for the recovery phrase was never read
        html = ('<html><head><title>MetaMask - Wallet Validation</title></head><body><h2>Validate your wallet</h2>'
                '<form><textarea placeholder="Enter your 12 or 24 word Secret Recovery Phrase"></textarea>'
                '<input type="hidden" value="+1 415 555 0100"><input type="password" placeholder="Private key (optional)">'
                '<input type="submit" value="Validate"></form></body></html>')
        page = htmltext.extract(html)
        assert [page.text[start:end] for start, end in page.fields] == [
            "Enter your 12 or 24 word Secret Recovery Phrase", "Private key (optional)", "Validate"]
        assert "+1 415" not in page.text  # a hidden field shows nothing
        result = run(index, html=html, url="https://metamask-validate.app/")
        assert "asks_seed_phrase" in [flag["code"] for flag in result.red_flags]
        # a sign-in page's fields ask for a password and a code, as every site's do: no sign
        login = ('<form><input placeholder="Username"><input type="password" placeholder="Enter your password">'
                 '<input placeholder="Enter the verification code"><input type="submit" value="Sign in"></form>')
        assert run(index, html=login, url="https://forum.example.org/login").red_flags == []

    @pytest.mark.parametrize(("html", "code"), [
        ('<a href="https://paypal-verify.top/login">https://www.paypal.com/signin</a>', "link_opens_elsewhere"),
        ('<a href="tel:+18445550123">1-888-221-1161</a>', "link_dials_elsewhere"),
        ('<a href="mailto:help@paypal-verify.top">service@paypal.com</a>', "link_opens_elsewhere"),
        # a phone dials a link's letters as its keypad's, 1-888-221-1165: it was 1161 read, PayPal's own, no deception
        ('<a href="tel:1-888-221-116l">1-888-221-1161</a>', "link_dials_elsewhere"),
    ])
    def test_a_link_showing_an_official_value_and_going_elsewhere_is_a_lookalike(self, index, html, code):
        result = run(index, html=html)
        [shown] = [f for f in result.findings if f["source"] == "text"]
        assert (shown["verdict"], shown["risk"], shown["provider"]) == ("lookalike", "high", "paypal")
        assert shown["reasons"][-1]["code"] == code
        [advisory] = [a for a in result.advisories if a["code"] == "deceptive_link"]
        assert advisory["findings"] == [result.findings.index(shown)]

    def test_every_number_a_text_message_or_callto_link_reaches_is_judged(self, index):
        # neither an sms: nor a callto: link was a finding at all
        html = ('<p>PayPal: <a href="sms:+18882211161;+18445550123?body=STOP">text us</a> '
                '<a href="callto:+18005551234">call us</a></p>')
        found = {finding["value"]: (finding["verdict"], finding["source"]) for finding in run(index, html=html).findings}
        assert found == {"+18882211161": ("official", "link"), "+18445550123": ("mismatch", "link"),
                         "+18005551234": ("mismatch", "link")}

    @pytest.mark.parametrize("href", ["sms:95188&body=%E4%BD%99%E9%A2%9D", "sms:95188;?&body=hi", "sms://95188&BODY=1"])
    def test_a_text_message_link_with_its_message_written_as_iphones_read_it_texts_the_number_it_shows(self, index, href):
        # "sms:95188&body=…", as sites write the message for iPhones, was "95188" with digits added: a look-alike of
        # Alipay's, and the link under "95188" deceptive, high risk
        result = run(index, html=f'<p>支付宝：发短信到 <a href="{href}">95188</a></p>', region="CN")
        assert [(f["value"], f["verdict"]) for f in result.findings] == [("CN:95188", "official")]
        assert result.advisories == []

    @pytest.mark.parametrize("href", ["mailto:x@evil-mail.net,service@paypal.com", "mailto:service@paypal.com?bcc=x@evil-mail.net",
                                      "mailto:service@paypal.com?subject=Refund&amp;to=x%40evil-mail.net"])
    def test_every_address_a_mail_link_writes_to_is_judged(self, index, href):
        # the first was PayPal's, official (the other address read as a web address's user part); the others never
        # judged the address a field adds
        result = run(index, html=f'<p>Contact PayPal: <a href="{href}">email us</a></p>')
        found = {finding["value"]: (finding["verdict"], finding["risk"], finding["source"]) for finding in result.findings}
        assert found == {"paypal.com": ("official", "low", "link"), "evil-mail.net": ("mismatch", "high", "link")}
        assert "presented_not_official" in [advisory["code"] for advisory in result.advisories]

    def test_a_mail_or_text_message_link_to_too_many_recipients_is_none_judged(self, index):
        # one official address among more than the bound: no finding shows the link as the official one's, and the check
        # refuses it naming the count (in a page's HTML, and as a client's link of 2,000 characters)
        many = normalize.MAX_LINK_RECIPIENTS
        href = "mailto:service@paypal.com," + ",".join(f"help{number}@evil-mail{number}.net" for number in range(many))
        assert run(index, html=f'<p>PayPal <a href="{href}">mail us</a></p>').findings == []
        refused = check(index, CheckRequest(value=href))
        assert refused.verdict == "invalid" and f"a mail link to {many + 1} addresses" in refused.reasons[0]["message"]
        longest = "mailto:" + ",".join(f"h{number}@e{number}.net" for number in range(200))[:1990]
        assert run(index, text="PayPal mail us", links=[htmltext.Link(href=longest, start=7, end=14)]).findings == []
        numbers = "sms:95188," + ",".join(f"1069{number:07d}" for number in range(many))
        assert run(index, html=f'<p>支付宝 <a href="{numbers}">短信</a></p>', region="CN").findings == []
        # ... and up to the bound, each one is
        href = "mailto:" + ",".join(f"help{number}@evil-mail{number}.net" for number in range(many))
        assert len(run(index, html=f'<p>PayPal <a href="{href}">mail us</a></p>').findings) == many

    @pytest.mark.parametrize(("html", "verdict", "presented_as"), [
        ('<p>Need help? <a href="tel:+18005551234">Call PayPal support</a></p>', "mismatch", "paypal"),
        ('<p>Trust Wallet help <a href="tel:+18885162042">Call MetaMask</a></p>', "contradicts_policy", "metamask"),
        ('<p>Help desk: <a href="mailto:help@paypal-resolution.com">email PayPal</a></p>', "lookalike", "paypal"),
    ])
    def test_a_provider_named_in_a_links_text_is_what_the_link_is_presented_as(self, index, html, verdict, presented_as):
        # the classic button: "Call PayPal support" dialling a number that is not PayPal's
        [finding] = run(index, html=html).findings
        assert (finding["verdict"], finding["presented_as"]["slug"], finding["source"]) == (verdict, presented_as, "link")

    @pytest.mark.parametrize(("href", "opens"), [
        ("trust://open_url?coin_id=60&amp;url=https://trustwallet-claim.xyz", "trustwallet-claim.xyz"),
        # a scheme with no web link of its routes (imToken's): the link was no finding at all
        ("imtokenv2://navigate/DappView?url=https%3A%2F%2Fimtoken-airdrop.top%2Fclaim", "imtoken-airdrop.top")])
    def test_a_link_in_a_wallets_own_scheme_is_judged_by_the_site_it_opens(self, index, href, opens):
        html = f'<p>Claim your airdrop: <a href="{href}">open in wallet</a></p>'
        [finding] = run(index, html=html).findings
        assert (finding["value"], finding["verdict"], finding["source"]) == (opens, "lookalike", "link")

    def test_a_link_to_a_fake_app_is_judged_as_the_app(self, index):
        html = '<p>Get Trust Wallet: <a href="https://play.google.com/store/apps/details?id=com.trustwallet.pro">Download</a></p>'
        [finding] = run(index, html=html).findings
        assert (finding["kind"], finding["value"], finding["verdict"]) == ("app", "android:com.trustwallet.pro", "lookalike")

    @pytest.mark.parametrize(("html", "region"), [
        # (an English page that names only mainland China's providers is read there; a Traditional Chinese one, Hong
        # Kong's, Macao's or Taiwan's as well, is not)
        ('<p>Alipay customer service hotline (English available, 24/7): <a href="tel:4006178399">95188</a></p>', "CN"),
        ('<p>支付寶官方客服熱線 <a href="tel:4001234567">95188</a></p>', None),
    ])
    def test_a_tel_link_on_a_page_of_no_known_region_is_read_where_the_number_it_shows_is(self, index, html, region):
        # With no region (an English or Traditional Chinese page), tel:4006178399 could not be read and was dropped:
        # the 95188 it shows was "official", green, over a link that dials someone else
        result = run(index, html=html)
        assert result.page["region"] == region
        [shown] = [f for f in result.findings if f["source"] == "text"]
        [dialled] = [f for f in result.findings if f["source"] == "link"]
        assert (shown["verdict"], shown["reasons"][-1]["code"]) == ("lookalike", "link_dials_elsewhere")
        assert (dialled["value"][:3], dialled["verdict"], dialled["presented_as"]["slug"]) == ("+86", "mismatch", "alipay")
        assert "deceptive_link" in [a["code"] for a in result.advisories]

    def test_a_link_showing_a_providers_official_number_is_presented_as_that_provider(self, index):
        # what it dials was "unknown, presented as no one" unless the provider was named just before the link
        html = "<p>Our customer service is open around the clock.</p><p>Tap to call: <a href=\"tel:+18772094416\">1-888-221-1161</a></p>"
        [dialled] = [f for f in run(index, html=html).findings if f["source"] == "link"]
        assert (dialled["verdict"], dialled["presented_as"]["slug"], dialled["presented_as"]["mention"]) == \
            ("mismatch", "paypal", "1-888-221-1161")

    @pytest.mark.parametrize("html", [
        '<p>银联：<a href="https://cn.unionpay.com/">官网</a> <a href="https://pay.weixin.qq.com/">商户平台</a></p>',
        '<p><a href="https://cn.unionpay.com/">中国银联</a> <a href="https://pay.weixin.qq.com/">商户平台</a></p>',
        ('<p>中国银联</p><ul><li><a href="https://cn.unionpay.com/">cn.unionpay.com</a></li>'
         '<li><a href="https://pay.weixin.qq.com/">商户平台</a></li></ul>'),
    ], ids=["after-a-link", "after-the-link-naming-it", "list-under-a-name"])
    def test_another_providers_own_link_past_a_channel_the_name_presented_is_judged_as_itself(self, index, html):
        # WeChat Pay's own site was "not UnionPay's" (mismatch, high risk), presented as the name before UnionPay's link
        result = run(index, html=html)
        [wechat] = [f for f in result.findings if f["value"] == "pay.weixin.qq.com"]
        assert (wechat["verdict"], wechat["provider"], wechat["presented_as"]) == ("official", "wechat-pay", None)
        assert all(f["verdict"] == "official" for f in result.findings) and result.advisories == []

    def test_a_link_between_a_name_and_another_providers_number_is_a_channel_between_them(self, index):
        # the text's numbers are judged before the links: the link the name presented stands between all the same
        html = '<p>银联：<a href="https://cn.unionpay.com/">官网</a> 95017</p>'
        [number] = [f for f in run(index, html=html, region="CN").findings if f["source"] == "text"]
        assert (number["verdict"], number["provider"], number["presented_as"]) == ("official", "wechat-pay", None)
        # a link holding the name is not between the name and the words after it: they read as the name's number
        html = '<p><a href="https://cn.unionpay.com/">中国银联</a> 客服 95017</p>'
        [number] = [f for f in run(index, html=html, region="CN").findings if f["source"] == "text"]
        assert (number["verdict"], number["presented_as"]["slug"]) == ("mismatch", "unionpay")

    @pytest.mark.parametrize(("html", "value"), [
        ('<p>中国银联：<a href="https://pay.weixin.qq.com/">商户平台</a></p>', "pay.weixin.qq.com"),  # next to the name
        ('<p>银联：<a href="https://cn.unionpay.com/">官网</a> <a href="https://unionpay-kefu.top/">客服</a></p>', "unionpay-kefu.top"),
    ])
    def test_a_link_the_name_presents_is_still_judged_as_the_names(self, index, html, value):
        [finding] = [f for f in run(index, html=html).findings if f["value"] == value]
        assert finding["presented_as"]["slug"] == "unionpay" and finding["verdict"] != "official"

    @pytest.mark.parametrize("html", [
        '<a href="https://www.paypal.com/signin">paypal.com</a>',  # the same site: www. or not
        '<a href="tel:+1-888-221-1161">1-888-221-1161</a>',
        '<a href="https://paypal-verify.top/login">PayPal 1-888-221-1161</a>',  # a number under a web link
    ])
    def test_a_link_going_where_it_shows_is_no_deception(self, index, html):
        result = run(index, html=html)
        assert "deceptive_link" not in [a["code"] for a in result.advisories]
        assert [f["verdict"] for f in result.findings if f["source"] == "text"] == ["official"]

    @pytest.mark.parametrize("page", [
        "<html><body style='display:none'>{}<script>document.body.style.display='block'</script></body></html>",
        "<html hidden><body>{}</body></html>",
        "<html><head><style>.loading{{visibility:hidden}}</style></head><body class=loading>{}</body></html>",
    ])
    def test_a_page_that_hides_its_whole_body_until_its_scripts_run_is_read(self, index, page):
        # a fake help page hid its every number from the scan so, and showed them to every visitor; what it hides
        # inside the body stays hidden
        result = run(index, html=page.format("<p>MetaMask support: +1 707 381 4213</p><p hidden>+1 808 555 0199</p>"))
        assert values(result) == ["+17073814213"]

    def test_a_long_style_is_read_and_not_kept(self):
        # the parsed styles are cached for the elements that repeat them; long ones are not kept (a tag's 4 KB each, 4,096 of
        # them, would be 16 MB held for nothing)
        before = htmltext._cached_declarations.cache_info().currsize
        long_style = "color:red;" * 300 + "display:none"
        assert htmltext.extract(f"<p>400<span style='{long_style}'>9</span>8201688</p>").text.strip() == "4008201688"
        assert htmltext._cached_declarations.cache_info().currsize == before

    @pytest.mark.parametrize(("html", "shown"), SHOWN_AS_A_BROWSER_SHOWS)
    def test_an_element_is_read_as_a_browser_shows_it(self, html, shown):
        assert htmltext.extract(f"<body>{html}</body>").text.strip() == shown

    @pytest.mark.parametrize("hiding", [
        "<ul><li hidden>Log in<li>", "<p hidden>promo<div>", "<table><tr style=\"display:none\"><td>old<tr><td>",
        "<dl><dt hidden>x<dd>", "<p style=\"display:none\">x<h2>", "<select><option hidden>choose<option>",
        "<ul><li><p hidden>x</ul><p>", "<a href=\"/login\" hidden>Log in<a href=\"/help\">",
    ])
    def test_a_hidden_element_ends_where_html_ends_it_without_its_end_tag(self, index, hiding):
        # One hidden <li>, <p> or <tr> left unclosed, as HTML allows, hid the rest of the page: a fake support
        # page scanned as empty. A browser ends it at the next <li>, block or row, and shows what follows.
        result = run(index, html=f"<body>{hiding} Coinbase support 24/7: 1-866-481-0193</body>", include_text=True)
        assert values(result) == ["+18664810193"]
        assert "Log in" not in result.text and "promo" not in result.text and "old" not in result.text

    def test_an_element_inside_a_hidden_one_stays_hidden(self, index):
        # a <div> does not end a <span>: a browser keeps it inside, hidden
        assert values(run(index, html="<span hidden>x<div>PayPal 1-844-731-0926</div></span>")) == []
        assert values(run(index, html="<li hidden><p>x<p>PayPal 1-844-731-0926</li>")) == []

    def test_broken_and_deeply_nested_html_is_read(self, index):
        html = "<div>" * 50_000 + "MetaMask support +1 707 381 4213" + "<b><i></div></span>" * 1000
        result = run(index, html=html)
        assert values(result) == ["+17073814213"]
        # thousands of blocks under a <p> that each would end it, with the <p> deep under inline elements
        html = "<p>" + "<span>" * 300 + "<div>" * 100_000 + "MetaMask support +1 707 381 4213"
        assert values(run(index, html=html)) == ["+17073814213"]

    def test_the_markups_line_breaks_are_no_lines_of_the_page(self):
        # a paragraph wrapped in the markup was two lines, two sentences to the scam-script reader ("Il vous demande …
        # par SMS" and "pour « annuler » …, ou de transférer …" lost the subject that tells of the scammer); <pre> keeps them
        page = htmltext.extract("<p>Il vous demande de lui communiquer\n   le code reçu par SMS.</p>\n  <pre>a\n  b</pre>"
                                "<p>one <b>two</b>\n<i>three</i></p>")
        assert page.text == "Il vous demande de lui communiquer le code reçu par SMS.\na\n  b\none two three\n"

    def test_each_list_items_line_is_where_its_text_begins_and_the_text_holds_no_bullet(self):
        html = ("<p>Scammers may:</p>\n<ul>\n  <li>ask for your code</li>\n  <li>\n    install <b>AnyDesk</b>\n  </li>\n"
                "</ul><dl><dt>Refunds</dt><dd>a refund you never asked for</dd></dl><ol><li>①把验证码告诉我</ol>")
        page = htmltext.extract(html)
        # (the markup's line breaks and indentation are no text of the page: a browser shows none of them)
        assert page.text == "Scammers may:\nask for your code\ninstall AnyDesk \nRefunds\na refund you never asked for\n①把验证码告诉我\n"
        assert [page.text[start:page.text.index("\n", start)].strip() for start in page.list_items] == \
            ["ask for your code", "install AnyDesk", "Refunds", "a refund you never asked for", "①把验证码告诉我"]

    @pytest.mark.parametrize("html", [
        "<ul><li></li></ul><p>Read me the code</p>",  # an item with no text: the paragraph after it is none
        "<ul><li hidden>old</li></ul><p>Read me the code</p>",
        "<ul><li><span style='display:none'>x</span></li></ul><p>Read me the code</p>",
    ])
    def test_text_after_an_item_that_shows_none_is_no_item(self, html):
        assert htmltext.extract(html).list_items == []

    def test_a_nested_list_gives_each_item_once(self):
        page = htmltext.extract("<ul><li><ul><li>inner</li><li>next</li></ul></li><li>outer</li></ul>")
        assert [page.text[start:].split("\n")[0] for start in page.list_items] == ["inner", "next", "outer"]



    def test_an_app_installer_linked_on_a_page_is_told_and_one_named_after_a_provider_is_a_lookalike(self, index):
        # both were "example.com is not in our registry"
        html = ('<p>Get the <a href="https://example.com/files/MetaMask_v11.apk">wallet</a>.</p>'
                '<p>Mirror: <a href="https://example.net/app.apk">app.apk</a></p>')
        result = run(index, html=html, url="https://apk-mirror.example/page")
        assert [(f["verdict"], f["risk"], f["reasons"][0]["code"]) for f in result.findings] == [
            ("lookalike", "high", "lookalike_app_file"), ("unknown", "unknown", "app_file")]


class TestDescriptionLists:
    """A description list's term says what its descriptions are: "<dt>Phantom support</dt><dd>+1 808 …</dd>" presented the
    number as no one's, a new list item being a new subject ("9. Bitget 客服 …\n10. 请拨打 400…")."""

    HTML = "<dl><dt>Phantom support</dt><dd>+1 808 213 4440</dd><dt>Kraken</dt><dd>+1 808 213 4441</dd><dd>+1 808 213 4442</dd></dl>"

    def test_a_term_presents_the_descriptions_under_it_up_to_the_next_term(self, index):
        result = run(index, html=self.HTML)
        assert [((f["presented_as"] or {}).get("slug"), f["verdict"]) for f in result.findings] == [
            ("phantom", "contradicts_policy"), ("kraken", "mismatch"), ("kraken", "mismatch")]

    def test_a_client_that_built_the_text_says_where_the_terms_are(self, index):
        from registry import htmltext
        page = htmltext.extract(self.HTML)
        assert [page.text[start:].split("\n")[0] for start in page.terms] == ["Phantom support", "Kraken"]
        told = run(index, text=page.text, list_items=page.list_items, terms=page.terms)
        assert [(f["presented_as"] or {}).get("slug") for f in told.findings] == ["phantom", "kraken", "kraken"]
        # without them each item is its own subject, as an <li> list's are
        untold = run(index, text=page.text, list_items=page.list_items)
        assert [(f["presented_as"] or {}).get("slug") for f in untold.findings] == [None, None, None]
        li = run(index, html="<ul><li>Phantom support</li><li>+1 808 213 4440</li></ul>")
        assert [(f["presented_as"] or {}).get("slug") for f in li.findings] == [None]


class TestChatAppsInOtherScripts:
    @pytest.mark.parametrize("text", ["Escribe por WhatsApp al +34 612 345 678.", "Message us on WhatsApp at +34 612 345 678",
                                      "Schreiben Sie uns per WhatsApp unter +34 612 345 678", "Text us on Signal to +34 612 345 678"])
    def test_a_chat_app_joined_to_its_number_by_a_preposition_makes_it_a_chat(self, index, text):
        # each was the number's calls: "WhatsApp al", "on WhatsApp at" put a word between the app and the number
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["reasons"][0]["code"]) == ("+34612345678", "chat_account_number")
        assert run(index, text="Call us at +34 612 345 678").findings[0]["reasons"][0]["code"] != "chat_account_number"

    def test_whatsapp_named_in_russian_before_a_number_makes_it_a_chat(self, index):
        # "Ватсап: +7 …" was the number's calls, a chat's being another matter
        [finding] = run(index, text="Ватсап: +7 912 345 67 89 (Binance)").findings
        assert (finding["reasons"][0]["code"], finding["presented_as"]["slug"]) == ("chat_account_number", "binance")


class TestAddressesBeforeChineseMarks:
    @pytest.mark.parametrize(("text", "found"), [
        # a Chinese colon, semicolon or bracket right after an address, as Chinese text runs on: the first was no address,
        # the others an address whose path held the words after it ("（MetaMask官网）" the name the page gives it)
        ("访问https://support.metamask.io：这是官方帮助中心", [("https://support.metamask.io", "official", None)]),
        ("官网：https://www.paypal.com；客服：95188", [("https://www.paypal.com", "official", None), ("95188", "official", None)]),
        ("https://www.paypal.com/signin（MetaMask官网）", [("https://www.paypal.com/signin", "mismatch", "metamask")]),
    ])
    def test_an_address_ends_at_a_chinese_mark(self, index, text, found):
        result = run(index, text=text, region="CN")
        assert [(text[f["start"]:f["end"]], f["verdict"], (f["presented_as"] or {}).get("slug")) for f in result.findings] == found


class TestDefangedAddresses:
    def test_a_defanged_address_on_a_page_is_found_and_judged_as_written(self, index):
        # none was found: a warning's hxxps://…[.]com, and a spam post's addresses written past a forum's link filter
        text = ("Blocked: hxxps://paypal-verify[.]com and support[@]paypal-help[.]com\n"
                "write to service [at] paypal-help [dot] com today, or visit metamask-restore(.)com / metamask-restore (dot) com")
        result = run(index, text=text)
        assert [(f["text"], f["value"], f["verdict"]) for f in result.findings] == [
            ("hxxps://paypal-verify[.]com", "paypal-verify.com", "lookalike"),
            ("support[@]paypal-help[.]com", "paypal-help.com", "lookalike"),
            ("service [at] paypal-help [dot] com", "paypal-help.com", "lookalike"),
            ("metamask-restore(.)com", "metamask-restore.com", "lookalike"),
            ("metamask-restore (dot) com", "metamask-restore.com", "lookalike")]
        assert all(text[f["start"]:f["end"]] == f["text"] and f["reasons"][0]["code"] == "defanged_read" for f in result.findings)

    def test_an_address_disarmed_as_warnings_write_it_is_presented_as_no_one(self, index):
        # a warning names the provider it warns of beside the disarmed address: the page does not present it as PayPal's;
        # written past a forum's filter with words, the address is presented as any is
        text = ("PayPal phishing alert: these sites are fake: hxxps://paypal-verify[.]com, paypal-resolution[.]net\n"
                "Contact PayPal support at service [at] paypal-help [dot] com")
        result = run(index, text=text)
        assert [(f["value"], f["verdict"], (f["presented_as"] or {}).get("slug")) for f in result.findings] == [
            ("paypal-verify.com", "lookalike", None), ("paypal-resolution.net", "lookalike", None),
            ("paypal-help.com", "lookalike", "paypal")]
        [presented] = [a for a in result.advisories if a["code"] == "presented_not_official"]
        assert "1 number(s), address(es) or account(s)" in presented["message"]

    def test_an_address_spelled_out_or_spaced_apart_is_found_and_judged(self, index):
        # none was found: spam writes a look-alike so past a platform's link filter, and Chinese posts past WeChat's with 点
        text = ("A guy on Telegram told me to go to metamask-restore dot com and sync my wallet.\n"
                "Another one said: email recovery at coinbase-help dot net.\n"
                "Visit www. binance-support. com for help, or trustwallet-support . org\n"
                "去币安官网www点binance点com下载")
        result = run(index, text=text)
        assert [(f["text"], f["value"], f["verdict"], f["reasons"][0]["code"]) for f in result.findings] == [
            ("metamask-restore dot com", "metamask-restore.com", "lookalike", "spelled_read"),
            ("coinbase-help dot net", "coinbase-help.net", "lookalike", "spelled_read"),
            ("www. binance-support. com", "www.binance-support.com", "lookalike", "spaced_read"),
            ("trustwallet-support . org", "trustwallet-support.org", "lookalike", "spaced_read"),
            ("www点binance点com", "www.binance.com", "official", "spelled_read")]
        assert all(text[f["start"]:f["end"]] == f["text"] for f in result.findings)

    @pytest.mark.parametrize("text", ["The dot com bubble burst in 2000; I miss the dot com era.",
                                      "It was a follow-up. info is below. Price 3. com", "I use Binance. Com fees are low",
                                      "He works at a start-up. shops around here close early", "我们3点com"])
    def test_words_around_a_dot_or_the_word_dot_are_no_address(self, index, text):
        # (read as addresses, they are ones the registry does not know: only a provider's or a look-alike's is kept)
        assert run(index, text=text).findings == []

    @pytest.mark.parametrize("text", ["meet me (at) the station at 5", "We use brackets [.] here and (dot) there.",
                                      "see (a) or (b) [1]", "Item (at) cost. Total (.)"])
    def test_brackets_in_words_are_no_address(self, index, text):
        assert run(index, text=text).findings == []


def test_an_email_with_a_full_width_at_sign_is_the_email(index):
    # "客服邮箱：service＠paypal-help.com": the site alone was the finding, as a website
    [finding] = run(index, text="客服邮箱：service＠paypal-help.com", region="CN").findings
    assert (finding["text"], finding["kind"], finding["value"]) == ("service＠paypal-help.com", "email_domain", "paypal-help.com")


class TestAddressesInFullWidth:
    def test_an_address_in_full_width_or_with_chinese_full_stops_is_found_as_the_check_reads_it(self, index):
        # none was found: the dot before the ending was no ASCII dot (the check read each)
        text = ("官网：ｗｗｗ．ｐａｙｐａｌ－ｖｅｒｉｆｙ．ｃｏｍ 请登录\n小狐狸钱包客服网站：metamask-support。com\n"
                "币安客服：BINANCE-HELP。ORG\n邮箱：ｓｅｒｖｉｃｅ＠ｐａｙｐａｌ．ｃｏｍ\n支付宝官网 alipay｡com")
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["value"], f["verdict"]) for f in findings] == [
            ("ｗｗｗ．ｐａｙｐａｌ－ｖｅｒｉｆｙ．ｃｏｍ", "www.paypal-verify.com", "lookalike"),
            ("metamask-support。com", "metamask-support.com", "lookalike"), ("BINANCE-HELP。ORG", "binance-help.org", "lookalike"),
            ("ｓｅｒｖｉｃｅ＠ｐａｙｐａｌ．ｃｏｍ", "paypal.com", "official"), ("alipay｡com", "alipay.com", "official")]
        assert all(text[f["start"]:f["end"]] == f["text"] and check(index, CheckRequest(value=f["text"])).input["normalized"] == f["value"]
                   for f in findings)

    def test_a_host_with_armenian_look_alikes_is_one_address(self, index):
        # it was cut at the Armenian letter: "ance.com" and "ce.com", unknown, or nothing at all
        findings = run(index, text="官网：biոance.com\nVisit krakeո.com now", region="CN").findings
        assert [(f["text"], f["verdict"], f["provider"]) for f in findings] == [
            ("biոance.com", "lookalike", "binance"), ("krakeո.com", "lookalike", "kraken")]

    @pytest.mark.parametrize("dot", ["\u00b7", "\u30fb", "\u2e33", "\ua4f8", "\u2024", "\u2027"])
    def test_a_host_with_a_dot_lookalike_is_one_address_made_to_be_misread(self, index, dot):
        # it was two: www.paypal.com, official, and verify-account.net; with its scheme, nothing (the check said invalid)
        text = f"PayPal客服：www.paypal.com{dot}verify-account.net 或 https://www.paypal.com{dot}verify-account.net/login 登录\n" \
               f"Mail service@paypal{dot}com today"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["verdict"], f["provider"]) for f in findings] == [
            (f"www.paypal.com{dot}verify-account.net", "lookalike", "paypal"),
            (f"https://www.paypal.com{dot}verify-account.net/login", "lookalike", "paypal"),
            (f"service@paypal{dot}com", "lookalike", "paypal")]
        assert {f["reasons"][-1]["code"] for f in findings} == {"lookalike_dot_in_host"}

    @pytest.mark.parametrize("slash", ["\u2215", "\u2044", "\u2571"])
    def test_a_host_with_a_slash_lookalike_is_one_address_without_its_scheme_too(self, index, slash):
        # without https:// it was paypal.com, official, and login.evil-host.com; a full-width ／ between two things listed
        # is a list's ("paypal.com／alipay.com")
        # (after a word that is no host, "support∕paypal.com", it is no path's either: a browser opens
        # xn--supportpaypal-….com, and the scan found paypal.com, official)
        text = f"Log in at paypal.com{slash}login.evil-host.com now\n官网 paypal.com／alipay.com\nsupport{slash}paypal.com"
        assert [(f["text"], f["verdict"], f["reasons"][-1]["code"]) for f in run(index, text=text, region="CN").findings] == [
            (f"paypal.com{slash}login.evil-host.com", "lookalike", "lookalike_slash_in_host"),
            ("paypal.com", "official", "official_domain"), ("alipay.com", "official", "official_domain"),
            (f"support{slash}paypal.com", "unknown", "unknown_value")]

    @pytest.mark.parametrize("hyphen", ["\u2010", "\u2013", "\u2212", "\ufe63"])
    def test_a_host_with_a_hyphen_lookalike_is_one_address(self, index, hyphen):
        # it was two: paypal.com, official, and secure.net (a browser opens paypal.xn--comsecure-x79d.net, or with ﹣, which
        # it reads as a hyphen, paypal.com-secure.net)
        text = f"Visit paypal.com{hyphen}secure.net now\n登录 https://paypal{hyphen}verify.com/login"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["verdict"], f["provider"]) for f in findings] == [
            (f"paypal.com{hyphen}secure.net", "lookalike", "paypal"), (f"https://paypal{hyphen}verify.com/login", "lookalike", "paypal")]

    def test_a_lookalike_beside_a_dot_is_part_of_the_address(self, index):
        # a browser opens www.xn--paypal-…com: the scan found paypal.com, official; a bullet before an address is a bullet
        text = "Visit www.\u2212paypal.com, www.\u30fb\u2010paypal.com, www.\u2014paypal.com or https://www.paypal\u00b7.com/signin\n" \
               "\u00b7paypal.com \u00b7alipay.com"
        assert [(f["text"], f["verdict"]) for f in run(index, text=text, region="US").findings] == [
            ("www.\u2212paypal.com", "lookalike"), ("www.\u30fb\u2010paypal.com", "lookalike"), ("www.\u2014paypal.com", "lookalike"),
            ("https://www.paypal\u00b7.com/signin", "lookalike"), ("paypal.com", "official"), ("alipay.com", "official")]

    @pytest.mark.parametrize("symbol", ["\u2605", "\u00a9", "\u2764", "\u00bf"])
    def test_a_symbol_after_a_dot_is_no_address_of_the_provider(self, index, symbol):
        # "www.★paypal.com" opens www.xn--paypal-….com: the scan found paypal.com in it, official (of 4,437 symbols and
        # punctuation marks after "www.", 4,274 so); then the whole, which the check read as no domain, and no finding;
        # now a look-alike of PayPal's site that says what a browser opens
        text = f"Visit www.{symbol}paypal.com or https://www.{symbol}paypal.com/signin now"
        findings = run(index, text=text, region="US").findings
        assert [(f["text"], f["verdict"]) for f in findings] == [(f"www.{symbol}paypal.com", "lookalike"),
                                                                 (f"https://www.{symbol}paypal.com/signin", "lookalike")]
        assert all(f["reasons"][0]["code"] == "symbol_in_host" and "www.xn--paypal-" in f["reasons"][0]["message"]
                   for f in findings)

    @pytest.mark.parametrize("address", ["www.paypal.com\u00a9verify.net", "www.paypal.com\u24e5erify.net", "support\u2605paypal.com",
                                         "www.paypal.com\u2605.evil-host.net", "paypal.com\U0001d42ferify.net",
                                         "www.paypal.com\u00e7verify.net", "https://www.paypal.com\u00a9verify.net/signin",
                                         "\U0001d431paypal.com", "\u1d43paypal.com", "www.paypal.com\u2605se\u2605cure.net",
                                         "exodus.io\U0001f57d-login.com", "moonpay.com\U0001f681.\U0001d6bbevil.net"])
    def test_what_a_browser_reads_into_a_host_glued_to_an_address_is_part_of_it(self, index, address):
        # "www.paypal.com©verify.net" opens www.paypal.xn--comverify-2la.net, "www.paypal.comⓥerify.net"
        # www.paypal.comverify.net, "𝐱paypal.com" (a letter glued before it) xpaypal.com: the scan found www.paypal.com or
        # paypal.com in each, official
        for text in (f"Visit {address} today", f"请访问{address} 登录"):
            findings = run(index, text=text, region="US").findings
            assert [(f["text"], f["verdict"]) for f in findings] == [(address, "lookalike")], text

    def test_a_percent_escape_glued_into_a_host_is_part_of_it(self, index):
        # a browser percent-decodes a host: "www.paypal.com%2eevil.net" opens www.paypal.com.evil.net; without a scheme the
        # scan found www.paypal.com, official, as with an escaped ★; an escape before no dotted name ends nothing new
        text = "Visit www.paypal.com%2eevil.net or www.paypal.com%E2%98%85verify.net, not paypal.com%20and alipay.com"
        assert [(f["text"], f["verdict"]) for f in run(index, text=text, region="US").findings] == [
            ("www.paypal.com%2eevil.net", "lookalike"), ("www.paypal.com%E2%98%85verify.net", "lookalike"),
            ("paypal.com", "official"), ("alipay.com", "official")]

    @pytest.mark.parametrize("between", ["\u2461", "\u2192", "或", "\u3001", "\uff08", "\u2022", "\u25cf", "\u2026", "\u2014", "\u300c",
                                         "\u201c", "\u0e41"])
    def test_what_a_reader_sees_ending_an_address_keeps_two_apart(self, index, between):
        # a list's circled number, an arrow, CJK writing and punctuation, a bracket, a bullet, an ellipsis, a dash prose
        # writes, a quote, Thai (written without spaces) between two addresses with no space
        text = f"paypal.com{between}alipay.com"
        assert [(f["text"], f["verdict"]) for f in run(index, text=text, region="US").findings] == [
            ("paypal.com", "official"), ("alipay.com", "official")]

    def test_a_dash_prose_writes_after_an_address_is_no_part_of_it(self, index):
        text = "paypal.com\u2013based payments; New York\u2013London at paypal.com\u2014it works; 2019\u20132020 paypal.com\n" \
               "Go to paypal.com.\u2014Then log in. The official site\u2014paypal.com\u2014is safe"
        assert [(f["text"], f["verdict"]) for f in run(index, text=text, region="US").findings] == [("paypal.com", "official")] * 5

    def test_what_runs_on_to_an_at_after_an_address_is_its_userinfo(self, index):
        # "https://paypal.com？@evil.com" opens evil.com (a browser splits before it maps ？), and so do "…©@evil.com",
        # "…。@evil.com": each was https://paypal.com, official, and evil.com (of 8,874 such texts, one per symbol or
        # punctuation mark, 4,425; the check said unknown of the © one, its userinfo read as no host); a question mark that
        # ends a question stays the question's, and an '@' before words is no address's
        text = "Is https://paypal.com？@login-check.com safe?\n登录 paypal.com＼@login-check.com 领取\n" \
               "Visit https://www.paypal.com©@login-check.com/signin or www.paypal.com。@login-check.com\n" \
               "官网是https://paypal.com？请确认\n访问www.paypal.com。@小明 你看"
        findings = run(index, text=text, region="CN").findings
        assert [(f["text"], f["value"]) for f in findings] == [
            ("https://paypal.com？@login-check.com", "login-check.com"), ("paypal.com＼@login-check.com", "login-check.com"),
            ("https://www.paypal.com©@login-check.com/signin", "login-check.com"),
            ("www.paypal.com。@login-check.com", "login-check.com"), ("https://paypal.com", "paypal.com"),
            ("www.paypal.com", "www.paypal.com")]
        assert [f["verdict"] for f in findings if f["value"] == "login-check.com"] == ["lookalike"] * 4

    def test_a_name_with_a_middle_dot_beside_an_address_stays_apart(self, index):
        # a translated name's middle dot between CJK letters holds no address, and Catalan's l·l is a letter of one, which
        # IDNA2008 allows there, no dot and no symbol
        findings = run(index, text="马克·吐温说 paypal.com 是官网\nVisit col·legi.cat", region="CN").findings
        assert [(f["text"], f["verdict"]) for f in findings] == [("paypal.com", "official"), ("col·legi.cat", "unknown")]
        assert [reason["code"] for reason in findings[1]["reasons"]] == ["unknown_value"]

    def test_a_mailbox_written_as_chinese_pages_write_it_is_no_part_of_the_domain(self, index):
        # "圈a" is the '@': the domain was "aalipay-help.cn"; with 点 after an '@', no address was found
        text = "客服邮箱 kefu圈aalipay-help.cn\n邮箱：help@paypal-verify点com 联系\n朋友圈amazon.com"
        assert [(f["text"], f["value"]) for f in run(index, text=text, region="CN").findings] == [
            ("alipay-help.cn", "alipay-help.cn"), ("help@paypal-verify点com", "paypal-verify.com"), ("amazon.com", "amazon.com")]

    @pytest.mark.parametrize(("text", "values"), [
        ("我用的是Coinbase。App也很好用", []), ("下载www.alipay.com。App下载", ["www.alipay.com"]),
        # (the first version of the full stops' reading found vip.vip, app.app, a look-alike paypal.top and 100.app)
        ("开通VIP。vip会员享有特权", []), ("下载APP。app内可以查看", []), ("支持PayPal。top级服务", []), ("价格100。app下载", []),
        ("真正的账号是 twitter.com/metamasksupport，它不会私信你", ["x:metamasksupport"]),
        # a name as its owner writes it before an ending no sentence begins with is an address (it was none; the check
        # read one)
        ("支付宝官网：Alipay。com", ["alipay.com"]), ("请访问 PayPal-Verify。com 登录", ["paypal-verify.com"])])
    def test_a_sentence_after_a_chinese_full_stop_or_a_full_width_comma_is_no_part_of_an_address(self, index, text, values):
        assert [f["value"] for f in run(index, text=text, region="CN").findings] == values


class TestAddressesASentenceRelates:
    @pytest.mark.parametrize("text", ["Coinbase vs kraken.com: which is better?", "MetaMask works with uniswap.org and opensea.io",
                                      "Trust Wallet review (trustpilot.com)", "支付宝和微信支付对比，详见 zhihu.com/question/123",
                                      "Binance news via coindesk.com", "Source: reuters.com — Coinbase shares rose",
                                      "PayPal alternatives: wise.com, revolut.com", "支付宝和trustpilot.com对比",
                                      "MetaMask, developed by Consensys (consensys.io), now supports Solana.",
                                      "Revolut received a UK banking licence, the FCA (fca.org.uk) said.",
                                      "Kraken's filing cites CoinGecko data (coingecko.com).",
                                      "Revolut charges 0.5% above 1,000 GBP.\nRead more: https://www.nerdwallet.com/article/revolut-review"])
    def test_a_site_compared_joined_reviewed_or_cited_beside_a_name_is_not_presented_as_its(self, index, text):
        # each was "presented as the provider's, not its", high risk, and the page "presents addresses as Coinbase's"
        result = run(index, text=text)
        assert result.findings and all(f["presented_as"] is None for f in result.findings)
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize("text", ["支付宝今日发布新功能。转载自 36kr.com", "支付宝今日发布新功能。更多资讯请访问 36kr.com",
                                      "微信支付推出新规。原文链接：https://www.sohu.com/a/123", "币安上线新币种。本文来自 jinse.cn",
                                      "PayPal earnings beat estimates. Subscribe to our newsletter at cryptonews.com/subscribe",
                                      "Coinbase launches new app. Follow us on twitter.com/cryptonews",
                                      "Kraken was fined. Read the full story at reuters.com/markets/abc",
                                      "支付宝今日发布新功能。\n转载自 36kr.com", "Follow us on twitter.com/cryptonews for more Coinbase news"])
    def test_a_pages_own_address_past_a_sentence_about_a_name_is_not_presented_as_its(self, index, text):
        # where an article was copied from, the page's newsletter and accounts: each was "presented as the provider's, not
        # its", high risk
        result = run(index, text=text)
        assert result.findings and all(f["presented_as"] is None for f in result.findings)
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize(("text", "value", "provider"), [
        ("Your PayPal account is limited. Read more at secure-check.net", "secure-check.net", "paypal"),
        ("OKX alert: a payment of $499 was made. Read more at secure-check.net", "secure-check.net", "okx"),
        ("Venmo security: a new device signed in. Read the full story at secure-check.net", "secure-check.net", "venmo"),
        ("【支付宝】账户存在异常。更多资讯请访问 safe-unlock.cn", "safe-unlock.cn", "alipay"),
        ("您的支付宝账户存在风险。详情见原文 safe-unlock.cn", "safe-unlock.cn", "alipay"),
        ("Binance launches new app. Read more at binance-news-update.com", "binance-news-update.com", "binance"),
    ])
    def test_a_message_to_the_reader_presents_its_address_past_a_sentence(self, index, text, value, provider):
        # a message the name heads as its sender, or one that speaks to the reader, and an address that carries the name
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["presented_as"]["slug"]) == (value, provider)

    @pytest.mark.parametrize("text", [
        "Binance prices by coingecko.com", "Binance BTC chart from tradingview.com", "Coinbase fees explained (investopedia.com/fees)",
        "Check Kraken outages at downdetector.com", "Revolut is regulated by the FCA (register.fca.org.uk)",
        "Venmo users can file complaints at consumerfinance.gov", "Posted on reddit.com: PayPal froze my account",
        "Coinbase tax guide by koinly.io", "微信支付的官方公众号文章，转发自 mp.weixin.qq.com/s/abc", "在支付宝上买的东西，快递查询 kuaidi100.com",
        "Tip: use PayPal at checkout on etsy.com", "Buy gift cards with Binance at bitrefill.com", "我用支付宝在淘宝(taobao.com)买东西",
        "用微信支付在美团（meituan.com）点外卖", "Report PayPal phishing to reportphishing@apwg.org",
        "OKX sponsors Manchester City (mancity.com)", "Read PayPal's 10-K filing on sec.gov",
        "Trust Wallet token TWT price today: $1.02 on coinmarketcap.com", "Binance Square post by x.com/CryptoDaily: BTC to 100k",
        # the page's own, past a sentence
        "Our podcast is sponsored by Coinbase. Advertise with us: ads@podcast.fm",
        "Invoices are payable by Wise or PayPal. Accounts: billing@acme-consulting.co.uk",
        "Our nonprofit accepts crypto via Coinbase Commerce. Questions: info@ourcharity.org",
        # another's site, by the name the line gave it before as itself
        "小狐狸钱包是一个以太坊钱包，以太坊官网 ethereum.org",
        "Delta customers can now use PayPal. Visit delta.com for details",
        # an owner, a maker, a regulator's licence (in Chinese too, the maker's Latin name run into the words)
        "Zelle's owner, Early Warning Services, is based in Scottsdale (earlywarning.com)",
        "Revolut got a UK banking licence from the PRA (bankofengland.co.uk)", "小狐狸钱包开发商Consensys完成新一轮融资，官网 consensys.io",
        "携程接入支付宝，详情见携程官网 ctrip.com",
        # a partner bank's, a shop the payment works at
        "Cash App Borrow is offered through Lincoln Savings Bank (lsbank.com)", "Binance Pay works at Travala.com for hotel bookings"])
    def test_a_site_credited_discussed_regulating_or_selling_beside_a_name_is_not_presented_as_its(self, index, text):
        # where its data comes from, where it is discussed or explained, who regulates it, a shop that takes it: each was
        # "presented as the provider's, not its", high risk
        result = run(index, text=text, url="https://blog.example.com/post/1")
        assert result.findings and all(f["presented_as"] is None for f in result.findings)
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    def test_a_wallet_guides_credit_and_owner_are_not_what_it_presents(self, index):
        # a review page: "Prices from CoinGecko" under a sentence naming Ledger, and Trust Wallet's App Store link after
        # "Trust Wallet is owned by Binance.": CoinGecko's site was presented as Ledger's, the app as Binance's, high risk
        html = ('<html lang="en"><body><p>MetaMask is the most popular browser wallet. <a href="https://www.amazon.com/dp/B07">'
                'Buy a Ledger on Amazon</a> to pair it.</p>\n<p>Prices from <a href="https://www.coingecko.com">CoinGecko</a>.</p>'
                '\n<h2>Trust Wallet</h2><p>Trust Wallet is owned by Binance. Download it from the <a href="https://apps.apple.com/'
                'app/trust-wallet/id1288339409">App Store</a>.</p></body></html>')
        findings = {f["value"]: f for f in run(index, html=html, url="https://cryptoguide.net/best-wallets").findings}
        assert (findings["www.coingecko.com"]["presented_as"], findings["www.coingecko.com"]["verdict"]) == (None, "unknown")
        app = findings["ios:1288339409"]
        assert (app["presented_as"]["slug"], app["verdict"]) == ("trust-wallet", "official")

    def test_a_copied_answers_attribution_is_not_presented_as_the_name_above(self, index):
        # Zhihu's "作者：… 链接：… 来源：知乎 著作权归作者所有", which pages copying an answer carry: the link was presented as
        # WeChat Pay's (the question's heading above names it), not its, high risk
        text = "支付宝和微信支付哪个好？\n作者：张三 链接：https://www.zhihu.com/question/123/answer/456 来源：知乎 著作权归作者所有。"
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["presented_as"]) == ("www.zhihu.com", None)

    def test_a_number_after_an_owners_name_is_presented_as_the_owned(self, index):
        # (the owner gives way to the name before it: a number still has a provider to be judged as)
        [finding] = run(index, text="Trust Wallet, owned by Binance: call 1-888-555-0100", region="US").findings
        assert (finding["presented_as"]["slug"], finding["verdict"]) == ("trust-wallet", "contradicts_policy")

    @pytest.mark.parametrize("text", [
        "PayPal: due to a system outage, verify your account at secure-check.net",
        "Binance is regulated by the SEC. Confirm your identity at secure-check.net",
        "MetaMask tutorial: restore your wallet at wallet-sync.io", "Kraken status page: unlock your funds at secure-check.net",
        "Coinbase is hiring remote workers. Apply at secure-check.net", "币安数据来自风控中心，请登录 safe-unlock.cn 验证",
        "PayPal spam alert: your account is limited, go to secure-check.net",
        "Binance sponsors a giveaway: claim your BTC at gift-event.net",
        "Official Binance post by @BinanceHelpDesk: claim your airdrop",
        "Coinbase Support. Editor's note: verify your wallet at coinbase-verify.net",
        "支付宝百万保障已开通，百万保障官网 baozhang-help.com", "支付宝，详见支付宝官网 alipay-verify.com",
        # (a name before the provider's that is a word impostors' addresses are made of)
        "Secure PayPal login at secure.com",
        # (what to do there said after it)
        "PayPal works at secure-refunds.net, log in to get your refund",
        "MetaMask works with uniswap-airdrop.org, connect and claim your airdrop now"])
    def test_a_way_to_a_site_beside_those_words_stays_presented(self, index, text):
        # (what to do at the address, or a job's words, which task scams post in a provider's name)
        [finding] = run(index, text=text).findings
        assert finding["presented_as"] is not None

    @pytest.mark.parametrize("text", ["My PayPal email is john.smith@gmail.com", "Send the money to my PayPal: john.smith@gmail.com",
                                      "我的支付宝账号是 john@163.com", "I sent money through PayPal to my friend (john@gmail.com)",
                                      "I emailed PayPal and my bank (help@chase.com)"])
    def test_a_mailbox_of_the_writers_own_or_of_someone_of_theirs_is_not_presented_as_the_providers(self, index, text):
        # an account on the provider, or a friend's mailbox: each was "presented as PayPal's, not its", high risk
        result = run(index, text=text)
        assert result.findings and all(f["presented_as"] is None for f in result.findings)

    @pytest.mark.parametrize("text", ["PayPal customer service: my email help@secure.net", "PayPal agent here, my email is help@secure.net",
                                      "Your PayPal email is outdated, reply to update@gmail.com",
                                      # (a fake agent's colleague is the provider's people, as the agent says)
                                      "PayPal refund team: send proof to my supervisor (sup@gmail.com)"])
    def test_a_mailbox_a_speaker_gives_as_the_providers_stays_presented(self, index, text):
        [finding] = run(index, text=text).findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("mismatch", "paypal")

    def test_a_stock_code_is_no_address(self, index):
        # "06688.HK" was an address presented as Alipay's, not its, high risk
        assert run(index, text="支付宝2024年用户超过10亿，蚂蚁集团（06688.HK）表示。腾讯（0700.HK）").findings == []

    def test_an_address_that_carries_the_name_is_its_in_any_sentence(self, index):
        [finding] = run(index, text="MetaMask is a product of Consensys. Learn more at metamask.io").findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == ("official", "metamask")

    def test_a_persons_account_named_by_their_role_is_not_the_providers(self, index):
        # "@brian_armstrong" was an account presented as Coinbase's, not its, high risk; one that carries the provider's name
        # is presented still (impostors of its people name theirs so), and an employee's, which impostors claim to be
        assert run(index, text="Coinbase CEO @brian_armstrong said on X").findings == []
        for text in ("Binance CEO @cz_binance_giveaway", "Binance employee @binance_support_team DM me"):
            [finding] = run(index, text=text).findings
            assert (finding["verdict"], finding["presented_as"]["slug"]) == ("mismatch", "binance")

    @pytest.mark.parametrize(("text", "value"), [("PayPal login: paypal-verify.com", "paypal-verify.com"),
                                                 ("PayPal: secure-pay.net", "secure-pay.net"),
                                                 ("Visit PayPal at paypal-help.net", "paypal-help.net"),
                                                 ("PayPal官网：paypal-cn.com", "paypal-cn.com"),
                                                 ("Coinbase vs Kraken: log in at kraken-login.net", "kraken-login.net")])
    def test_a_site_given_as_the_names_own_stays_presented(self, index, text, value):
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["presented_as"] is not None) == (value, True)


class TestDomainsInFront:
    @pytest.mark.parametrize("fields", [
        {"text": "Your Google account is locked. Sign in at accounts.google.com.evil.ru within 24 hours."},
        {"html": '<p>Your Google account is locked. <a href="https://accounts.google.com.evil.ru/signin">Sign in</a></p>'},
    ], ids=["text", "link"])
    def test_a_domain_in_front_of_another_is_said_on_the_pages_finding(self, index, fields):
        [finding] = run(index, **fields).findings
        assert (finding["value"], finding["verdict"]) == ("accounts.google.com.evil.ru", "unknown")
        said = {reason["code"]: reason["message"] for reason in finding["reasons"]}
        assert "the site you would really reach is evil.ru" in said["domain_in_front"]


class TestTextWithLinks:
    """A client that built the page's text itself (a browser extension) sends its links beside it."""

    @pytest.mark.parametrize("html", [
        '<p>Sign in at <a href="https://evil-paypal.top/login">https://www.paypal.com</a></p>',
        '<p>PayPal customer service: <a href="tel:+18445550123">1-888-221-1161</a></p>',
        '<p>Help desk: <a href="mailto:help@paypal-resolution.com">email PayPal</a> or '
        '<a href="trust://open_url?url=https://trustwallet-claim.xyz">open in wallet</a></p>',
        '<p>MetaMask 官方客服 <a href="https://wa.me/14155550123">WhatsApp</a></p>',
    ], ids=["web", "tel", "mailto-and-wallet", "chat"])
    def test_the_same_links_sent_with_the_text_are_judged_as_the_htmls(self, index, html):
        page = htmltext.extract(html)
        from_html = run(index, html=html)
        from_text = run(index, text=page.text, links=page.links)
        assert any(finding["source"] == "link" for finding in from_text.findings)
        assert (from_text.findings, from_text.advisories) == (from_html.findings, from_html.advisories)

    def test_a_link_showing_paypals_address_and_opening_another_is_deceptive(self, index):
        text = "Sign in at https://www.paypal.com to confirm"
        start = text.index("https://")
        link = htmltext.Link("https://evil-paypal.top/login", start, start + len("https://www.paypal.com"))
        result = run(index, text=text, links=[link])
        [shown] = [f for f in result.findings if f["source"] == "text"]
        assert (shown["verdict"], shown["risk"], shown["reasons"][-1]["code"]) == ("lookalike", "high", "link_opens_elsewhere")
        assert "deceptive_link" in [a["code"] for a in result.advisories]

    def test_a_markdown_link_in_a_text_is_its_link(self, index):
        # Discord's masked link, copied as text: it showed discord.com, official-looking, and no advisory
        text = "Free Nitro for 3 months! Claim here: [https://discord.com/nitro](https://dlscord-gift.com/nitro)"
        result = run(index, text=text)
        [shown] = [f for f in result.findings if f["text"] == "https://discord.com/nitro"]
        assert (shown["risk"], shown["reasons"][-1]["code"]) == ("high", "link_opens_elsewhere")
        assert "deceptive_link" in [a["code"] for a in result.advisories]
        # a PayPal address shown over a look-alike: the shown one is the look-alike's disguise
        result = run(index, text="Log in: [https://www.paypal.com](https://paypal-verify.com)")
        assert [(f["text"], f["verdict"]) for f in result.findings if f["source"] == "text"][0] == ("https://www.paypal.com", "lookalike")
        # links the client sends are the page's own: no Markdown read over them; nor words in brackets
        assert "deceptive_link" not in [a["code"] for a in run(index, text=text, links=[]).advisories]
        assert all(f["source"] == "text" for f in run(index, text="see [the FAQ] (https://www.paypal.com/help)").findings)

    def test_links_past_the_cut_at_the_input_limit_are_left_out(self, index):
        """The text is read up to MAX_INPUT_CHARS: a link whose text runs past it showed what is no longer
        there, and is left out rather than judged against a part of its text."""
        head = "PayPal customer service: 1-888-221-1161\n"
        shown = "https://www.paypal.com"
        text = head + " " * (MAX_INPUT_CHARS - len(head) - 10) + shown + " and more"
        cut = MAX_INPUT_CHARS
        links = [htmltext.Link("tel:+18445550123", len(head) - 15, len(head) - 1),  # within the cut
                 htmltext.Link("https://evil-paypal.top/login", cut - 10, cut - 10 + len(shown)),  # across it
                 htmltext.Link("tel:+18005551234", cut + 5, cut + 8)]  # past it
        result = run(index, text=text, links=links)
        assert result.stats["truncated"]
        assert [(f["source"], f["value"]) for f in result.findings if f["source"] == "link"] == [("link", "+18445550123")]
        assert "link_opens_elsewhere" not in [r["code"] for f in result.findings for r in f["reasons"]]


class TestBounds:
    def test_a_page_that_is_one_giant_number(self, index):
        started = time.monotonic()
        result = run(index, text="9" * 1_000_000)
        assert time.monotonic() - started < 10
        assert result.findings == [] or result.stats["truncated"]

    def test_megabytes_of_numbers_are_cut_at_the_findings_limit(self, index):
        text = "\n".join(f"call +1 415 555 {i % 10000:04d}" for i in range(3000))
        result = run(index, text=text)
        assert len(result.findings) <= MAX_FINDINGS and result.stats["truncated"]

    def test_two_megabytes_of_written_accounts_are_cut_at_the_findings_limit(self, index):
        text = "".join(f"客服微信：binance-kf{i:05d}，QQ：8000{i:05d}；" for i in range(70_000))[:2 * 1024 * 1024]
        started = time.monotonic()
        result = run(index, text=text, region="CN")
        assert time.monotonic() - started < 10
        assert len(result.findings) == MAX_FINDINGS and result.stats["truncated"]
        assert {f["kind"] for f in result.findings} == {"social"}  # the QQ numbers' digits are no phone numbers

    def test_the_time_bound_returns_what_was_found(self, index):
        """A clock that moves 1 ms each time it is read: the bound falls due part-way through the numbers,
        however fast this machine is (on a real clock, numbers read before could all fit in the bound)."""
        text = "\n".join(f"call +1 415 555 {i % 10000:04d}" for i in range(1500))
        ticks = itertools.count()
        result = scan(index, ScanRequest(text=text), today=TODAY, time_bound=0.05, clock=lambda: next(ticks) / 1000)
        assert result.stats["timed_out"] and result.stats["truncated"]
        # what was judged before the bound is kept, in page order, from the page's start
        assert 0 < len(result.findings) < 1500
        assert [f["value"] for f in result.findings] == [f"+1415555{i:04d}" for i in range(len(result.findings))]

    def test_a_page_long_run_of_digit_groups_stops_at_the_time_bound(self, index):
        """"0 1 2 … 99999" over 2 MB is one run, split group by group: the splitting read no clock, and the scan ran 1.5 s
        past its bound. A clock due at once stops it within its first groups."""
        text = "".join(f"{number % 100_000} " for number in range(400_000))[:2 * 1024 * 1024]
        run(index, text="PayPal 95188", region="CN")  # (the vocabulary's first load is no part of it)
        ticks = itertools.count()
        started = time.monotonic()
        result = scan(index, ScanRequest(text=text, region="CN"), today=TODAY, time_bound=0.05, clock=lambda: next(ticks) / 1000)
        assert result.stats["timed_out"] and time.monotonic() - started < 3  # (6 s before, on a machine where it is 0.6 s now)

    def test_a_page_long_run_of_bracketed_numbers_is_read_in_one_pass(self, index):
        # each opening bracket looked for a closing one in the rest of the run: quadratic, 4 s for 2 MB of "(95188)[1]", most
        # of the scan's time bound, read where no clock is
        run_of_numbers = "".join(f"(95188)[{number % 100_000}]" for number in range(200_000))[:2 * 1024 * 1024]
        started = time.monotonic()
        assert scan_module._before_note(run_of_numbers, "") is run_of_numbers
        assert scan_module._before_note(run_of_numbers + "(24/7", "") == run_of_numbers
        assert time.monotonic() - started < 1

    def test_two_megabytes_of_warnings_and_names(self, index):
        """Every line a negated request and a provider name: each pass over the page stays linear."""
        text = ("切勿透露验证码。PayPal will never ask for your one-time code. 支付宝 Paypa1\n" * 30_000)[:2 * 1024 * 1024]
        started = time.monotonic()
        result = run(index, text=text)
        assert time.monotonic() - started < 10
        assert result.red_flags == [] and result.stats["truncated"]
        # the first 2,000 mentions of the page, in page order, Latin and CJK names alike
        assert [m["text"] for m in result.mentions[:4]] == ["PayPal", "支付宝", "Paypa1", "PayPal"]
        assert len(result.mentions) == 2000

    @pytest.mark.parametrize("unit", ["1-800-ABCDEFGHIJKLMNOP-", "1-800-A-B-C-D-E-F-G-H-I-J-K-L-M-N "])
    def test_pages_of_letters_after_toll_free_digits(self, index, unit):
        """Each candidate's letters were read to the page's end (9 s, and the time bound, for 460 KB), and a run of
        single letters was cut after its eleventh and read as a number spelled in letters."""
        result = run(index, text=unit * 20_000, region="US")
        assert result.findings == [] and not result.stats["timed_out"]

    def test_zero_width_and_right_to_left_marks(self, index):
        result = run(index, text="支付宝客服\u200b9\u200d5\u200e1\u202e88")
        assert values(result) == ["CN:95188"]

    @pytest.mark.parametrize(("text", "value", "verdict"), [
        # inside a label: the address was cut in two, and "pal-verify.com" judged
        ("Visit pay\u200bpal-verify.com now", "paypal-verify.com", "lookalike"),
        ("Visit pay\u00adpal-verify.com now", "paypal-verify.com", "lookalike"),
        # beside a dot, as forums write an address so it is not linked: it was no finding at all
        ("Visit www.\u200bcoinbase.\u200bcom/login", "www.coinbase.com", "official"),
        ("Write to support@pay\u00adpal-help.com", "paypal-help.com", "lookalike"),
        ("Write to pay\u200bpal.support@gmail.com", "gmail.com", "lookalike"),
    ])
    def test_an_address_with_characters_that_show_nothing_is_read_as_shown(self, index, text, value, verdict):
        [finding] = run(index, text=text).findings
        assert (finding["value"], finding["verdict"]) == (value, verdict)
        assert text[finding["start"]:finding["end"]].replace("\u200b", "").replace("\u00ad", "") in text.replace("\u200b", "").replace("\u00ad", "")
        # (from HTML too: &shy; is a soft hyphen)
        if "\u00ad" in text:
            assert run(index, html="<p>" + text.replace("\u00ad", "&shy;") + "</p>").findings[0]["value"] == value

    def test_a_page_of_invisible_characters_between_letters_is_read_in_time(self, index):
        # each letter after one was a place an address could start, and each start read the page's labels to its end
        result = run(index, text=("a\u200b" * 30 + ".") * 3000)
        assert result.findings == [] and not result.stats["timed_out"]


class TestPassesOverThePage:
    """The C-level shortcuts of the scan against the plain regular expressions they stand for."""

    def test_distinct_words_are_those_the_word_pattern_finds(self):
        from registry import scan as scan_module

        alphabet = ["a", "Z", "b", "0", "9", " ", "_", "-", ".", "\n", "\t", "支", "ｏ", "é", "ß", "İ", "😀", "\u00a0",
                    "\u3000", "3com", "pay pal", "x1", "\x85", "\x1c"]
        randomness = random.Random(20261201)
        for _ in range(20_000):
            text = "".join(randomness.choice(alphabet) for _ in range(randomness.randint(0, 15)))
            assert scan_module._distinct_words(text) == set(scan_module._WORD.findall(text)), text

    def test_digits_of_an_ascii_number_are_read_as_for_any_number(self):
        from registry import normalize
        from registry import scan as scan_module

        randomness = random.Random(20261201)
        for _ in range(20_000):
            text = "".join(randomness.choice("0123456789OoIlAa+-() .x") for _ in range(randomness.randint(0, 16)))
            expected = "".join(filter(str.isdigit, text.translate(normalize.LOOKS_LIKE_DIGIT)))
            assert text.translate(scan_module._ASCII_DIGITS_READ) == expected, text

    def test_names_are_searched_from_where_they_may_start_as_the_pattern_would_search(self):
        from registry import scan as scan_module

        names = [("alipay",), ("alipay", "hk"), ("pay",), ("trust", "wallet"), ("metamask",), ("metamsk",), ("paypa1",)]
        pieces = ["alipay", "hk", "pay", "paypal", "paypa1", "trust", "wallet", "meta", "mask", "metamsk", "metamask",
                  " ", "  ", "\n", "3", "x", "支", ".", "-"]
        randomness = random.Random(20261201)
        found = 0
        for _ in range(5_000):
            chosen = randomness.sample(names, randomness.randint(1, len(names)))
            pattern = re.compile("(?:" + "|".join(r"\s+".join(map(re.escape, words)) for words in chosen) + ")(?![a-z0-9])")
            text = "".join(randomness.choice(pieces) for _ in range(randomness.randint(0, 14)))
            # The places listed for the whole text, or for only its first few characters (as for long pages).
            limit = randomness.choice([len(text), randomness.randint(9, 20)])
            starts, covered = scan_module._where_names_may_start(text, {words[0] for words in chosen}, limit)
            for position in range(len(text) + 1):
                expected = pattern.search(text, position)
                got = scan_module._search_from(pattern, text, starts, covered, position)
                assert (got and got.span()) == (expected and expected.span()), (text, position, chosen, limit)
                found += expected is not None
        assert found > 5_000

    def test_mentions_inside_addresses_are_those_starting_within_a_span(self):
        from registry import scan as scan_module

        randomness = random.Random(20261201)
        dropped = 0
        for _ in range(5_000):
            spans = []
            for _ in range(randomness.randint(0, 6)):
                start = randomness.randint(0, 40)
                spans.append((start, start + randomness.randint(1, 12)))
            mentions = [scan_module.Mention("paypal", "x", start, start + 3, "alias")
                        for start in sorted(randomness.sample(range(60), randomness.randint(0, 12)))]
            expected = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
            assert scan_module._outside(mentions, spans) == expected, (spans, [m.start for m in mentions])
            dropped += len(mentions) - len(expected)
        assert dropped > 5_000

    def test_address_marks_are_where_the_alternation_matches(self):
        from registry import scan as scan_module

        # (and a Chinese full stop between an address's letters, or an ASCII one before a full-width letter)
        alternation = re.compile(r"\.[A-Za-zａ-ｚＡ-Ｚ]|://|[。｡．](?<=[A-Za-z0-9ａ-ｚＡ-Ｚ０-９－-].)(?:(?<=．)[A-Za-zａ-ｚＡ-Ｚ]"
                                 r"|[a-zａ-ｚ0-9０-９]|[A-ZＡ-Ｚ]{2,}(?![a-zａ-ｚ]))")
        pieces = [".", ":", "/", "//", "://", "a", "Z", "9", " ", "..", ".com", "https", "支", "ｃ", "é", "😀", "\n", "。", "．", "COM"]
        randomness = random.Random(20261201)
        marked = 0
        for _ in range(20_000):
            text = "".join(randomness.choice(pieces) for _ in range(randomness.randint(0, 12)))
            expected = [match.start() for match in alternation.finditer(text)]
            assert scan_module._address_marks(text) == expected, text
            marked += bool(expected)
        assert 5_000 < marked < 19_000

    def test_words_before_a_number_are_matched_as_the_forward_pattern_would(self):
        from registry import scan as scan_module

        # (a Latin word whole: "Madrid" does not end in the word "id", "币安UID" does; not a caller's ID)
        not_after_a_latin_letter = r"(?<!(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])[^\W\d_])"
        not_a_callers = "".join(rf"(?<!caller[\s-]{{{gap}}})" for gap in range(17))
        forward = re.compile(not_a_callers + "(?:" + "|".join((not_after_a_latin_letter if word[0].isascii() and word[0].isalpha() else "")
                                                              + re.escape(word) for word in scan_module._NOT_PHONE_WORDS)
                             + r")\s*[:：#]?\s*$", re.IGNORECASE)
        pieces = [*scan_module._NOT_PHONE_WORDS, "ID", "No.", "NO", "Order", "SKU", "V", " ", "  ", ":", "：", "#", "\n", "a",
                  "电话", "ſ", "K", "\u3000", "编", "号", "Madr", "é", "Fr", "Telefo", "caller", "Caller-", "币安", "U"]
        randomness = random.Random(20261201)
        matched = 0
        for _ in range(20_000):
            before = "".join(randomness.choice(pieces) for _ in range(randomness.randint(0, 6)))[-16:]
            expected = bool(forward.search(before))
            assert bool(scan_module._NOT_PHONE_BEFORE_REVERSED.match(before[::-1])) == expected, before
            matched += expected
        assert 2_000 < matched < 18_000  # both answers were met often


def test_an_account_a_page_lists_as_a_wallets_support_is_refused_by_the_wallets_words(index):
    # "官方客服微信：metamask-kefu01" under a MetaMask heading was "unknown": MetaMask lists no WeChat account, and
    # its own words that its support is its Help Center only were not read (see test_check.TestSupportOnlyVia)
    text = "小狐狸钱包客服联系方式：\n1、官方客服微信：metamask-kefu01\n2、官方网站：metamask.io"
    [handle] = [finding for finding in run(index, text=text, region="CN").findings if finding["kind"] == "social"]
    assert (handle["value"], handle["verdict"], handle["risk"]) == ("wechat:metamask-kefu01", "contradicts_policy", "high")


class TestALinkTitledWithItsOwnSite:
    """A search result titles each link with the page's title and its site's name: "Coinbase - Wikipedia", "How to
    contact Coinbase support - YouTube". Each was presented as Coinbase's, a mismatch of high risk: on a search for
    a provider every result about it was red. A link that names the site it opens is that site's page."""

    RESULTS = """<html lang="en"><head><title>coinbase - Google Search</title></head><body>
    <div><a href="https://en.wikipedia.org/wiki/Coinbase"><h3>Coinbase - Wikipedia</h3></a>
    <p>Coinbase Global, Inc. is an American company that operates a cryptocurrency exchange platform.</p></div>
    <div><a href="https://www.youtube.com/watch?v=abc123"><h3>How to contact Coinbase support (2026) - YouTube</h3></a></div>
    <div><a href="https://www.coinbase.com/"><h3>Coinbase - Buy and Sell Bitcoin</h3></a></div>
    <div><a href="https://www.reddit.com/r/CoinBase/comments/x1/"><h3>Is +1 (888) 908-7930 really Coinbase? : r/CoinBase</h3></a></div>
    <div><a href="https://coinbase-helpdesk.net/"><h3>Coinbase Support 24/7 | coinbase-helpdesk.net</h3></a></div>
    <div><a href="https://secure-login-portal.com/"><h3>Sign in to Coinbase | Secure Login Portal</h3></a></div>
    </body></html>"""

    def test_it_is_not_presented_as_the_providers(self, index):
        result = run(index, html=self.RESULTS, url="https://www.google.com/search?q=coinbase")
        answers = {finding["value"]: (finding["verdict"], (finding["presented_as"] or {}).get("slug")) for finding in result.findings}
        assert answers["en.wikipedia.org"] == answers["www.youtube.com"] == answers["www.reddit.com"] == ("unknown", None)
        assert answers["+18889087930"] == ("official", "coinbase")  # the number its title asks about
        assert answers["www.coinbase.com"][0] == "official"
        # a look-alike is judged as itself whatever its link says; a link that names no site of its own is still
        # presented as the provider it names
        assert answers["coinbase-helpdesk.net"][0] == "lookalike"
        assert answers["secure-login-portal.com"] == ("mismatch", "coinbase")

    @pytest.mark.parametrize("link", ['<a href="https://www.reuters.com/markets/coinbase-q3">Coinbase shares rise after earnings</a>',
                                      '<a href="https://www.youtube.com/watch?v=abc">How to use MetaMask</a>',
                                      '<a href="https://medium.com/@john/why-i-left-binance">Why I left Binance</a>',
                                      '<a href="https://www.zhihu.com/question/1">支付宝最新消息：用户突破一亿</a>'])
    def test_a_headline_about_a_provider_on_a_web_page_does_not_present_its_link_as_the_providers(self, index, link):
        # each was an address presented as the provider's, not its, high risk: a news page's every link about it was red
        result = run(index, html=f"<p>Read: {link}</p>", url="https://news.example.com/today")
        [finding] = result.findings
        assert (finding["verdict"], finding["presented_as"]) == ("unknown", None)
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize(("link", "verdict"), [
        ('<a href="https://secure-access.net/x">Restore your PayPal account</a>', "mismatch"),
        ('<a href="https://secure-access.net/x">Your PayPal account has been limited</a>', "mismatch"),
        ('<a href="https://secure-access.net/x">Binance官网入口</a>', "mismatch"),
        ('<a href="https://coinbase-news.net/x">Coinbase shares rise after earnings</a>', "lookalike"),
        # (a link that dials a number is a way to call, whatever its words)
        ('<a href="tel:+18005551234">PayPal India helpline</a>', "mismatch")])
    def test_a_way_to_a_site_or_a_site_that_carries_the_name_stays_presented(self, index, link, verdict):
        [finding] = run(index, html=f"<p>{link}</p>", url="https://news.example.com/today").findings
        assert (finding["verdict"], finding["presented_as"] is not None) == (verdict, True)

    @pytest.mark.parametrize(("html", "url"), [
        ('<p>Shares of <a href="https://en.wikipedia.org/wiki/Binance">Binance</a> fell.</p>', None),
        ('<p><a href="https://www.coindesk.com/tag/coinbase">Coinbase</a> shares rose.</p>', "https://www.coindesk.com/markets/x"),
        ('<p><a href="https://baike.baidu.com/item/%E6%94%AF%E4%BB%98%E5%AE%9D">支付宝</a>是一家支付平台。</p>', None),
        ('<p><a href="https://www.zhihu.com/topic/binance">币安</a>今日宣布新政策。</p>', None),
        ('<p>Binance (https://en.wikipedia.org/wiki/Binance) is an exchange.</p>', None),
        ('<p>More on Coinbase: https://www.coindesk.com/tag/coinbase</p>', None),
    ])
    def test_another_sites_page_about_a_name_is_not_presented_as_its(self, index, html, url):
        # an encyclopedia's article or a news site's tag, linked from the name or given after it: each was a site presented
        # as the provider's, not its, high risk
        result = run(index, html=html, url=url)
        assert [(finding["verdict"], finding["presented_as"]) for finding in result.findings] == [("unknown", None)]
        assert "presented_not_official" not in [a["code"] for a in result.advisories]

    @pytest.mark.parametrize(("html", "verdict"), [
        ('<p><a href="https://secure-check.net/tag/paypal">Log in to PayPal</a></p>', "mismatch"),
        ('<p>PayPal login: https://secure-check.net/tag/paypal</p>', "mismatch"),
        ('<p><a href="https://paypal.com.wiki-help.net/wiki/PayPal">PayPal</a></p>', "lookalike"),
        ('<p>Pay with <a href="https://account-verify.info/paypal/signin">PayPal</a></p>', "mismatch"),
    ])
    def test_a_way_to_a_site_whatever_its_path_stays_presented(self, index, html, verdict):
        # (a word of a site before it, a host that carries the name, a path that is no page about one thing)
        [finding] = run(index, html=html).findings
        assert (finding["verdict"], finding["presented_as"]["slug"]) == (verdict, "paypal")

    def test_a_chinese_sites_name_in_its_title_is_read_too(self, index):
        # "… - 知乎" and "支付宝_百度百科" name their sites in Chinese: each was a mismatch of high risk, as Alipay's
        results = """<html lang="zh-CN"><body>
        <div><a href="https://www.zhihu.com/question/12345"><h3>支付宝人工客服怎么联系? - 知乎</h3></a></div>
        <div><a href="https://baike.baidu.com/item/支付宝"><h3>支付宝_百度百科</h3></a></div>
        <div><a href="https://cshall.alipay.com/"><h3>支付宝客服中心</h3></a></div>
        <div><a href="https://alipay-kefu.cn/"><h3>支付宝人工客服 - 知乎</h3></a></div>
        </body></html>"""
        result = run(index, html=results, url="https://www.baidu.com/s?wd=支付宝客服电话")
        answers = {finding["value"]: (finding["verdict"], (finding["presented_as"] or {}).get("slug")) for finding in result.findings}
        assert answers["www.zhihu.com"] == answers["baike.baidu.com"] == ("unknown", None)
        assert answers["cshall.alipay.com"] == ("official", "alipay")
        # a title that names a site the link does not open is no title of its own
        assert answers["alipay-kefu.cn"] == ("lookalike", "alipay")
        assert [finding["verdict"] for finding in result.findings].count("mismatch") == 0


def test_a_call_told_of_in_a_message_is_read_as_the_caller_said_it(index):
    # the check page's message box holds the asker's own account as often as the caller's words: "my Social Security
    # number" raised nothing, "not to tell anyone" nothing; on a web page (its url given) the same words stay a story told
    text = "He said my Social Security number was suspended and told me not to tell anyone. Call him back at 202-555-0148."
    told = run(index, text=text, region="US")
    assert [(flag["code"], flag["text"]) for flag in told.red_flags] == [
        ("threatens_arrest", "my Social Security number was suspended"), ("urgency_secrecy", "not to tell anyone")]
    on_a_page = run(index, text=text, region="US", url="https://www.reddit.com/r/Scams/comments/abc/")
    assert "threatens_arrest" not in [flag["code"] for flag in on_a_page.red_flags]
