"""`check()` on the real bundled registry, and on small hand-made registries for the rarer verdicts."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from registry import canonical, messages, normalize, signals
from registry import check as check_module
from registry import index as registry_index
from registry.check import CheckRequest, check
from registry.documents import ChannelDoc, EvidenceDoc, PolicyDoc, ProviderDoc

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


def run(index, value, **fields):
    return check(index, CheckRequest(value=value, **fields), today=TODAY)


def evidence(excerpt: str, confidence: str = "high") -> EvidenceDoc:
    return EvidenceDoc(source_url="https://example.org/source", source_kind="official_page", retrieved_at=TODAY,
                       excerpt=excerpt, captured_by="test", confidence=confidence)


def make_provider(**overrides) -> ProviderDoc:
    values = dict(
        slug="examplepay", kind="payment", names={"en": "ExamplePay", "zh-Hans": "示例支付"}, aliases=["ExamplePay", "示例支付"],
        jurisdictions=["CN"],
        channels=[
            ChannelDoc(key="old-line", kind="short_code", value="CN:95999", display="95999", regions=["CN"],
                       purposes=["customer_service"], valid_until=dt.date(2025, 6, 30), successor="new-line",
                       evidence=[evidence("客服电话 95999")]),
            ChannelDoc(key="new-line", kind="short_code", value="CN:95888", display="95888", regions=["CN"],
                       purposes=["customer_service"], valid_from=dt.date(2025, 7, 1), evidence=[evidence("客服电话 95888")]),
            ChannelDoc(key="site", kind="website", value="examplepay.cn", display="www.examplepay.cn",
                       evidence=[evidence("www.examplepay.cn", confidence="medium")]),
            ChannelDoc(key="rumour", kind="phone", value="+8657188889999", display="0571-8888 9999", published=False,
                       evidence=[evidence("0571-8888 9999", confidence="low")]),
        ],
        policies=[PolicyDoc(code="never_asks_otp", statement="We never ask for codes.", evidence=[evidence("never ask")])],
    )
    return ProviderDoc(**{**values, **overrides})


@pytest.fixture
def small_index():
    return registry_index.build([make_provider()], version=1, scams=[
        registry_index.ScamEntry(report_id=41, kind="phone", value="+8657100001111", claimed_provider="ExamplePay", seen_url=None),
    ])


class TestReadingNumbers:
    def test_a_north_american_number_typed_with_region_cn_is_not_read_as_a_chinese_mobile(self, index):
        answer = run(index, "1-800-275-2273", region="CN")
        assert answer.interpretation["chosen"]["value"] == "+18002752273"
        assert answer.interpretation["basis"] == "grouping"
        assert "+8618002752273" in [alt["value"] for alt in answer.interpretation["alternatives"]]
        assert any(r["code"] == "reading_alternatives" for r in answer.reasons)

    @pytest.mark.parametrize(("typed", "region", "prefix"), [
        # Mexico's prefixes retired in 2019, as address books, older pages and WhatsApp still show them: each was "not a
        # possible number" (phonenumbers no longer knows them)
        ("+52 1 55 3021 7788", None, "1"), ("+521 5530217788", "MX", "1"), ("0052 1 55 3021 7788", "MX", "1"),
        ("044 55 3021 7788", "MX", "044"), ("045 55 3021 7788", "MX", "045"), ("01 55 3021 7788", "MX", "01")])
    def test_a_prefix_mexico_retired_is_left_out_and_said_so(self, index, typed, region, prefix):
        answer = run(index, typed, region=region)
        assert (answer.verdict, answer.input["normalized"]) == ("unknown", "+525530217788")
        said = next(r["message"] for r in answer.reasons if r["code"] == "retired_prefix_left_out")
        assert f"is written with {prefix}, a prefix Mexico stopped dialling in 2019" in said

    def test_a_whatsapp_link_to_a_mexican_mobile_with_its_old_1_is_the_number(self, index):
        # WhatsApp's links long wrote Mexico's mobiles so: "wa.me/521…" was no possible number
        answer = run(index, "https://wa.me/5215512345678", claimed_provider="Binance")
        assert (answer.verdict, answer.input["normalized"]) == ("mismatch", "+525512345678")
        assert "retired_prefix_left_out" in [r["code"] for r in answer.reasons]

    def test_a_retired_prefix_is_read_only_where_it_was_dialled(self, index):
        # 01 800 … in the US is no Mexican number; the same digits without the 1 after +52 are read as they are
        assert run(index, "01 800 123 4567", region="US").verdict == "invalid"
        plain = run(index, "+52 55 3021 7788")
        assert plain.input["normalized"] == "+525530217788" and "retired_prefix_left_out" not in [r["code"] for r in plain.reasons]

    @pytest.mark.parametrize(("typed", "region", "number"), [
        # Brazil's older pages: 0, xx for the carrier's code the caller picks, the area code ("letters inside a number")
        ("(0xx11) 4004-1234", None, "+551140041234"), ("0XX21 3003-4107", "BR", "+552130034107"),
        ("(0xx) 11 98765-4321", None, "+5511987654321"),
        ("(0xx11) 4004-1234", "US", "+551140041234")])  # wherever the asker is: the notation is Brazil's
    def test_brazils_carrier_placeholder_is_read_in_brazil_and_said_so(self, index, typed, region, number):
        answer = run(index, typed, region=region)
        assert (answer.verdict, answer.input["normalized"]) == ("unknown", number)
        said = next(r["message"] for r in answer.reasons if r["code"] == "carrier_placeholder_read_in_brazil")
        assert said.startswith(f"{typed} is written the way Brazil writes a long-distance call")

    @pytest.mark.parametrize("typed", ["xx11 4004-1234", "0xx", "0xx1 4004-1234", "10xx12 3456-7890", "0xx01 4004-1234"])
    def test_xx_that_is_no_carrier_placeholder_stays_letters_in_a_number(self, index, typed):
        assert run(index, typed).verdict == "invalid"

    @pytest.mark.parametrize(("value", "verdict", "there"), [
        ("03-1234-5678", "unknown", "JP (+81312345678)"), ("020 7946 0958", "invalid", "GB (+442079460958)"),
        ("4008205555", "unknown", "CN (+864008205555)")])
    def test_a_number_that_is_none_in_the_region_asked_says_where_it_is_one(self, index, value, verdict, there):
        # "03-1234-5678" checked in the US was read as +1 031 234 5678, a number no phone has, "the only possible reading";
        # "020 7946 0958" was "not a possible phone number"
        answer = run(index, value, region="US")
        [message] = [r["message"] for r in answer.reasons if r["code"] == "no_number_in_region"]
        assert answer.verdict == verdict and message.startswith(f"“{value}” is no valid number in US; written this way it is a number in")
        # (the regions that write numbers as it is grouped first: Tokyo's 03-1234-5678 among the six named)
        assert there in message
        assert {"region": there[:2], "value": there[4:-1]} in answer.interpretation["regions_where_valid"]

    def test_a_number_none_in_the_region_that_a_provider_lists_elsewhere_is_told(self, index):
        codes = [r["code"] for r in run(index, "4008205555", region="US").reasons]
        assert "region_needed_listed" in codes and run(index, "415 555 2671", region="US").interpretation.get("regions_where_valid") is None

    def test_a_london_number_with_region_gb(self, index):
        assert run(index, "020 7946 0958", region="GB").input["normalized"] == "+442079460958"

    @pytest.mark.parametrize("typed", ["９５１８８", "𝟗𝟓𝟏𝟖𝟖", "95l88", "95I88", "9⧉5188", "95—188", "9 5 1 8 8", "95\u200b188"])
    def test_obfuscated_short_codes_are_read_as_the_code(self, index, typed):
        answer = run(index, typed, region="CN")
        assert answer.input["normalized"] == "CN:95188", typed
        assert answer.verdict == "official"

    # an invisible mark copied at a value's start or end (a spreadsheet's byte-order mark, a page's zero-width space or
    # direction mark) was "a number with its label", the mark its label; a label typed before it is still one
    @pytest.mark.parametrize(("typed", "region", "normalized", "labelled"), [
        ("\ufeff+1 888 221 1161", "US", "+18882211161", False), ("\u200b95188", "CN", "CN:95188", False),
        ("\u202a+1 888 221 1161\u202c", None, "+18882211161", False), ("\ufeffPayPal: 1 888 221 1161\u200b", "US", "+18882211161", True),
    ])
    def test_an_invisible_mark_at_an_end_is_no_label(self, index, typed, region, normalized, labelled):
        answer = run(index, typed, region=region)
        assert (answer.input["normalized"], answer.verdict) == (normalized, "official")
        assert ("label_read" in [r["code"] for r in answer.reasons]) == labelled

    # Other scripts' decimal digits, which NFKC leaves as they are, were read as a short code of those characters
    # ("CN:٩٥١٨٨"), never the registry's: Alipay's 95188 in Arabic-Indic digits, India's 1930 in Devanagari, was unknown
    @pytest.mark.parametrize(("typed", "region", "normalized", "verdict"), [
        ("٩٥١٨٨", "CN", "CN:95188", "official"), ("९५१८८", "CN", "CN:95188", "official"),
        ("१९३०", "IN", "IN:1930", "official"), ("۱۹۳۰", "IN", "IN:1930", "official"),  # (Persian's digits, too)
        ("+९१ ९८७६५ ४३२१०", "IN", "+919876543210", "unknown"),
    ])
    def test_the_digits_of_other_scripts_are_read_as_digits(self, index, typed, region, normalized, verdict):
        answer = run(index, typed, region=region)
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)
        assert typed not in answer.reasons[0]["message"]  # read as 1930, shown so

    @pytest.mark.parametrize(("typed", "region", "official", "owner"), [
        # a number seen on another country's page, written as that country writes it, checked in the reader's region:
        # "0120-990-634" is no number in the US (none begins with 0) and PayPay's in Japan; it was "a look-alike of
        # PayPay's", high risk, and "0800 591 2117" (Nubank's, in Brazil) "not a possible number"
        ("0120-990-634", "US", "+81120990634", "paypay"), ("0 805 805 817", "US", "+33805805817", "fr-info-escroqueries"),
        ("0800 591 2117", "US", "+558005912117", "nubank"), ("0300 123 2040", "CN", "+443001232040", "gb-action-fraud"),
    ])
    def test_a_number_that_is_none_in_the_region_is_read_where_the_registry_lists_it_so_written(self, index, typed, region,
                                                                                              official, owner):
        answer = run(index, typed, region=region)
        assert (answer.verdict, answer.input["normalized"], answer.provider["slug"]) == ("official", official, owner)
        assert answer.interpretation["basis"] == "written_in_its_country"
        assert f"it is no number in {region}" in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("typed", "region", "verdict"), [
        # a number there (a British freephone with Nubank's digits) stays that number; digits listed nowhere stay none
        ("0800 591 2117", "GB", "lookalike"), ("0800 123 4567", "US", "invalid")])
    def test_a_number_of_the_region_or_of_no_listed_country_is_not_moved(self, index, typed, region, verdict):
        assert run(index, typed, region=region).verdict == verdict

    @pytest.mark.parametrize(("typed", "region", "dialled", "official"), [
        # a Chinese mobile's digits are "1" and PayPal's toll-free number: it was "official, PayPal's"
        ("18882211161", "CN", "+8618882211161", "+18882211161"),
        ("188 8221 1161", "CN", "+8618882211161", "+18882211161"),  # grouped as a Chinese mobile, too
        # WeChat Pay's +86 571 95017 without its +: a phone in the US dials Knoxville, Tennessee
        ("8657195017", "US", "+18657195017", "+8657195017"),
    ])
    def test_a_number_without_its_country_code_is_what_a_phone_in_the_region_dials(self, index, typed, region, dialled, official):
        answer = run(index, typed, region=region)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["basis"]) == ("lookalike", dialled, "as_written_here")
        assert answer.reasons[-1]["code"] == "lookalike_number_country"
        [told] = [r["message"] for r in answer.reasons if r["code"] == "official_reading_elsewhere"]
        assert official in told and dialled in told and "+ or 00" in told
        # with its country code, it is the official number
        assert run(index, official, region=region).verdict == "official"

    @pytest.mark.parametrize(("typed", "region"), [
        ("1-888-221-1161", "CN"),  # written the North American way
        ("1 (888) 221-1161", "CN"),
        ("1-888-221-1161", None),  # no region given: the writing says which country's number it is
        ("(888) 221-1161", None),
        ("(852) 277 95533", None),  # as the registry shows CCB's Hong Kong number, from CCB's page
        ("8882211161", "CN"),  # a Chinese landline is dialled 0888…: not what these digits dial in China
        ("8444322275", "GB"),  # nor is a British one (0844…)
    ])
    def test_written_so_that_a_phone_there_would_not_dial_it_the_official_reading_stays(self, index, typed, region):
        assert run(index, typed, region=region).verdict == "official"

    @pytest.mark.parametrize(("typed", "official", "provider", "elsewhere"), [
        # PayPal's +1 888 221 1161 with its country code and no '+', or the Chinese mobile a phone in China dials
        ("18882211161", "+18882211161", "PayPal", [("CN", "+8618882211161")]),
        ("188 8221 1161", "+18882211161", "PayPal", [("CN", "+8618882211161")]),  # grouped as a Chinese mobile
        # WeChat Pay's +86 571 95017, or the Knoxville number a phone in the US dials (and numbers in BR and LU)
        ("8657195017", "+8657195017", "WeChat Pay", [("BR", "+558657195017"), ("LU", "+3528657195017"), ("US", "+18657195017")]),
    ])
    def test_a_registered_number_without_its_plus_and_without_a_region_needs_one(self, index, typed, official, provider, elsewhere):
        """It was "official": a wrong answer for a reader who saw the digits on a phone in China."""
        answer = run(index, typed)
        assert (answer.verdict, answer.provider) == ("invalid", None)
        assert answer.interpretation["written_without_plus"] == {
            "official": official, "dialled_elsewhere": [{"region": region, "value": value} for region, value in elsewhere]}
        [said] = [reason["message"] for reason in answer.reasons if reason["code"] == "region_needed_without_plus"]
        assert official in said and provider in said and all(value in said for _, value in elsewhere)
        assert any("region" in line for line in answer.advice)
        # a caller on the other number may claim the provider: the claim does not decide it
        assert run(index, typed, claimed_provider=provider).verdict == "invalid"
        # with its '+', or a region, it is one number or the other
        assert run(index, official).verdict == "official"
        assert run(index, typed, region=elsewhere[0][0]).verdict == "lookalike"

    def test_a_countrys_own_way_of_writing_an_official_number_is_no_look_alike_of_it(self, index):
        # Google Pay India's toll-free "1-800-419-0157", as its grievance page writes it: without a region it was "one slip
        # away from Google Pay's official 1-800-419-0157", high risk, the very digits; now it needs a region, as a number
        # written without its '+' does
        answer = run(index, "1-800-419-0157")
        assert answer.verdict == "invalid" and answer.interpretation["written_without_plus"] == {
            "official": "+9118004190157", "dialled_elsewhere": [{"region": "US", "value": "+18004190157"}]}
        assert run(index, "1-800-419-0157", region="IN").verdict == "official"
        # read in the US it is another line: the same digits in another country, not one slip away
        in_us = run(index, "1-800-419-0157", region="US")
        assert in_us.verdict == "lookalike" and in_us.reasons[-1]["code"] == "lookalike_number_country"
        # and a label that names the country reads it there
        labelled = run(index, "Google Pay India customer care 1-800-419-0157")
        assert (labelled.verdict, labelled.input["normalized"]) == ("official", "+9118004190157")

    @pytest.mark.parametrize(("typed", "lang", "read_as", "check_again"), [
        ("8882211161", "en", "Read in US, it is +18882211161", "Check it again with the region where you saw it."),
        ("8882211161", "zh", "在 US 看到时，它是 +18882211161", "请指定看到号码的地区再核查。"),
        ("18882211161", "en", "With “+” in front it is +18882211161", "or with the “+” if it was shown."),
    ])
    def test_digits_without_a_plus_say_how_they_are_the_registered_number(self, index, typed, lang, read_as, check_again):
        # "8882211161" is PayPal's national number, not its number with the '+' left off: it was told "With '+' in
        # front it is +18882211161", which '+8882211161' is not
        [said] = [reason["message"] for reason in run(index, typed, lang=lang).reasons if reason["code"] == "region_needed_without_plus"]
        assert read_as in said and said.endswith(check_again)

    @pytest.mark.parametrize(("typed", "official"), [("864008205555", "+864008205555"), ("443001232040", "+443001232040")])
    def test_a_registered_number_without_its_plus_that_no_phone_dials_as_another_stays_official(self, index, typed, official):
        """CMB's +86 400-820-5555 and Action Fraud's +44 300 123 2040 with their country codes and no '+': no
        region's phone dials those digits, as written, as a number of its own."""
        answer = run(index, typed)
        assert (answer.verdict, answer.input["normalized"]) == ("official", official)

    def test_letters_are_not_read_as_keypad_digits(self, index):
        assert run(index, "95188abc", region="CN").verdict == "invalid"

    @pytest.mark.parametrize(("typed", "region", "dialled", "basis"), [
        # the FTC advertises its own number so (the registry's evidence quotes it): it was "not a possible domain"
        ("1-877-FTC-HELP", None, "+18773824357", "registered"),
        ("+1 (877) FTC-HELP", "CN", "+18773824357", "registered"),
        ("tel:1-877-ftc-help", None, "+18773824357", "registered"),
        ("800-FLOWERS", "CN", "+18003569377", "keypad"),  # no 1 in front: a toll-free area code says North America
        ("1-800-GO-FEDEX", "US", "+18004633339", "keypad"),  # O is the keypad's 6 here, not a look-alike 0
    ])
    def test_a_north_american_number_spelled_in_letters_is_read_on_the_keypad(self, index, typed, region, dialled, basis):
        answer = run(index, typed, region=region)
        assert answer.input["normalized"] == dialled
        assert answer.interpretation["basis"] == basis and answer.interpretation["keypad"] == typed.removeprefix("tel:")
        keypad = next(reason for reason in answer.reasons if reason["code"] == "letters_read_as_keypad")
        assert typed.removeprefix("tel:") in keypad["message"] and dialled in keypad["message"]
        if basis == "keypad":
            assert "North American" in next(r["message"] for r in answer.reasons if r["code"] == "reading_chosen")

    def test_the_ftc_number_spelled_in_letters_is_the_ftcs_own(self, index):
        answer = run(index, "1-877-FTC-HELP")
        assert (answer.verdict, answer.provider["slug"]) == ("official", "us-ftc")
        claimed = run(index, "1-877-FTC-HELP", claimed_provider="PayPal", channel="call", direction="incoming")
        assert claimed.verdict == "mismatch"

    @pytest.mark.parametrize(("typed", "slug", "verdict"), [
        # a number whose letters spell a provider's name presents itself as its (each was "not in our registry")
        ("1-800-MetaMask", "metamask", "contradicts_policy"), ("1-800-TRUST-WALLET", "trust-wallet", "contradicts_policy"),
        ("1-888-COINBASE", "coinbase", "mismatch"), ("1-877-PAYPAL1", "paypal", "mismatch"),
        # and the FTC's own is the FTC's
        ("1-877-FTC-HELP", "us-ftc", "official"),
    ])
    def test_a_number_whose_letters_spell_a_providers_name_is_a_claim_to_be_it(self, index, typed, slug, verdict):
        answer = run(index, typed, region="US")
        assert (answer.verdict, answer.claimed_provider["slug"], answer.reasons[0]["code"]) == (verdict, slug,
                                                                                                "keypad_letters_claim")
        assert f"spell {answer.claimed_provider['name']}'s name" in answer.reasons[0]["message"]
        # a claim the asker gives is the claim; words that name no one (1-800-FLOWERS) claim nothing
        assert run(index, typed, region="US", claimed_provider="Alipay").claimed_provider["slug"] == "alipay"
        assert run(index, "1-800-FLOWERS", region="US").claimed_provider is None

    @pytest.mark.parametrize("typed", ["1-800-MY-APPLE", "1-800-WISE-GUY"])
    def test_letters_that_only_hold_a_providers_name_claim_nothing(self, index, typed):
        # Apple's own 1-800-MY-APPLE was "not Apple Pay's, high risk"; WISE GUY is words, not Wise
        answer = run(index, typed, region="US")
        assert (answer.claimed_provider, answer.verdict) == (None, "unknown")

    def test_letters_past_the_seventh_are_said_not_dialled(self, index):
        answer = run(index, "1-800-CONTACTS", lang="zh")
        assert answer.input["normalized"] == "+18002668228"
        reason = next(reason for reason in answer.reasons if reason["code"] == "letters_read_as_keypad_not_dialled")
        assert "S" in reason["message"] and "不会被拨出" in reason["message"]

    @pytest.mark.parametrize("typed", [
        "1-888-22l-ll6l",  # look-alike letters only: spam's digits (read_phone's), not a keypad spelling
        "212-MY-PIZZA",  # no 1 and no toll-free area code: nothing says North America
        "1-800-MY-APPLE1",  # a digit past the seventh place: too long for a number
        "1-800-MYAPPLESUPPORT",  # a name, not a number
        "1-800-AB",  # too short
    ])
    def test_other_letters_are_no_keypad_number(self, index, typed):
        assert normalize.keypad_number(typed) is None
        assert run(index, typed, region="US").verdict == "invalid"

    @pytest.mark.parametrize(("typed", "normalized"), [
        ("95l88", "CN:95188"), ("0571-8888 9999", None),
        # as many look-alike letters as digits, each after a digit: spam's way (both were "not a possible domain")
        ("4OO-82O-7l23", "+864008207123"), ("138OO138OOO", "+8613800138000"),
    ])
    def test_letters_read_as_digits_are_said(self, index, typed, normalized):
        answer = run(index, typed, region="CN")
        said = [reason["code"] for reason in answer.reasons]
        assert ("letters_read_as_digits" in said) == (normalized is not None), said
        if normalized:
            assert answer.input["normalized"] == normalized and answer.interpretation["deobfuscated"] is True
            assert typed in next(r["message"] for r in answer.reasons if r["code"] == "letters_read_as_digits")

    @pytest.mark.parametrize(("typed", "region", "dialled"), [("95I88", "CN", "95488"), ("1-888-221-116l", "US", "1-888-221-1165")])
    def test_what_a_phone_dials_for_look_alike_letters_pasted_is_said(self, index, typed, region, dialled):
        # the digits a reader types decide (official), and the number a phone dials for the letters as written is said
        answer = run(index, typed, region=region)
        assert answer.verdict == "official"
        [said] = [r["message"] for r in answer.reasons if r["code"] == "letters_dialled_on_keypad_if_pasted"]
        assert said.endswith(f"{dialled}.")

    @pytest.mark.parametrize("word", ["lol123", "Ill 2024", "loo 911"])
    def test_a_word_before_digits_is_no_disguised_number(self, index, word):
        assert not normalize.looks_like_phone(word)

    def test_a_right_to_left_override_that_shows_an_official_number_is_a_lookalike(self, index):
        # "95\u202e881" shows as 95188 on a page (the override reverses what follows it) and dials 95881
        answer = run(index, "95\u202e881", region="CN")
        assert (answer.verdict, answer.risk, answer.input["normalized"]) == ("lookalike", "high", "CN:95881")
        assert answer.provider["slug"] == "alipay" and answer.interpretation["shown_as"] == "95188 (CN)"
        [told] = [r["message"] for r in answer.reasons if r["code"] == "reordered_number"]
        assert "95188" in told and "95881" in told
        # without the override, 95881 is a short code the registry does not know
        assert run(index, "95881", region="CN").verdict == "unknown"

    @pytest.mark.parametrize("value", ["\u202e88159", "\u202e88159\u202c", " \u202e88159"])
    def test_an_override_at_the_start_reverses_the_whole_number(self, index, value):
        # shown as 95188: it was dropped as an invisible mark at the value's end ("88159: no valid number in CN"), or
        # taken for a label before the number
        answer = run(index, value, region="CN")
        assert (answer.verdict, answer.provider["slug"], answer.interpretation["shown_as"]) == ("lookalike", "alipay", "95188 (CN)")
        assert "reordered_number" in [r["code"] for r in answer.reasons]
        assert "label_read" not in [r["code"] for r in answer.reasons]

    def test_a_right_to_left_override_is_said_where_what_it_shows_is_no_channel(self, index):
        # dials PayPal's real number, shows +1 888 1611 122: judged as what it dials, the trick said
        answer = run(index, "+1 888 \u202e221 1161")
        assert (answer.verdict, answer.input["normalized"]) == ("official", "+18882211161")
        assert answer.interpretation["shown_as"] == "+18881611122"
        assert "reordered_number_shown" in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["95\u202el88", "abc\u202e\u2067def", "+1 888 \u202e221 1161"])
    def test_direction_characters_echoed_in_a_sentence_are_shown_by_their_code_point(self, index, value):
        # else our own answer, on a page or in a terminal, shows the text reordered as its writer meant it to be
        messages_said = " ".join(reason["message"] for reason in run(index, value, region="CN").reasons)
        assert not set("\u202e\u2067") & set(messages_said), messages_said
        assert "[U+202E]" in messages_said or value.startswith("+1")

    def test_an_override_closed_around_digits_it_does_not_reorder_is_not_said(self, index):
        # "88" reversed is "88": the page shows what is dialled
        answer = run(index, "95\u202e88\u202c1", region="CN")
        assert "shown_as" not in answer.interpretation
        assert not {"reordered_number", "reordered_number_shown"} & {r["code"] for r in answer.reasons}

    @pytest.mark.parametrize(("value", "shown", "provider"), [
        ("+86 110", "+86 110", "cn-police"),  # was invalid, "not a possible international number"
        ("+8695188", "+86 95188", "alipay"),  # was "8695188 is Alipay's short code 95188 with digits added"
        ("+44 159", "+44 159", "gb-stop-scams-159"),
    ])
    def test_a_short_code_behind_a_country_code_is_told_so(self, index, value, shown, provider):
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", provider)
        told = answer.reasons[-1]
        assert told["code"] == "lookalike_short_code_international" and told["message"].startswith(f"{shown} is ")
        assert "with a country code in front" in told["message"]

    @pytest.mark.parametrize(("value", "claimed"), [
        ("10690953318", None), ("1069 0953 318", None), ("1065902195566", None), ("106575260095188", "支付宝"),
        # as a phone abroad shows it, with China's code: it was "+8610690953318", an invalid phone number
        ("+86 10690953318", None), ("+8610655012345", "支付宝"),
    ])
    def test_a_chinese_sms_service_number_is_told_for_what_it_is(self, index, value, claimed):
        # "10690953318" was a Beijing landline (+86 10 6909…), the longer ones invalid, "not a possible phone number":
        # a text's sender shows such a number, and the check had nothing to say of it. Claimed as Alipay it was a
        # mismatch, where providers seldom publish the ports their texts come from.
        answer = run(index, value, region="CN", channel="sms", claimed_provider=claimed)
        digits = value.replace(" ", "").removeprefix("+86")
        assert (answer.verdict, answer.input["kind"], answer.input["normalized"]) == ("unknown", "short_code", f"CN:{digits}")
        assert [r["code"] for r in answer.reasons][-2:] == ["sms_service_port", "sms_port_not_listed"]
        assert answer.interpretation["basis"] == "sms_service_port"

    @pytest.mark.parametrize(("value", "normalized", "verdict"), [
        ("九五一八八", "CN:95188", "official"), ("肆零零-捌陆零-叁柒贰壹", "+864008603721", "unknown"),
        ("幺幺零", "CN:110", "official"),  # as a number is read aloud
        ("+八六 九五一八八", "+8695188", "lookalike"),  # Alipay's short code with a country code, in numerals
        ("四OO八六O三七二一", "+864008603721", "unknown"),  # beside letters that look like digits
    ])
    def test_a_number_in_chinese_numerals_is_read(self, index, value, normalized, verdict):
        # each was invalid: "not a possible phone number, domain, email address, app or account"
        answer = run(index, value, region="CN")
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)
        assert answer.reasons[0]["code"] == "chinese_numerals_read_as_digits"
        assert run(index, value, region="CN", lang="zh").reasons[0]["message"].startswith(f"{value} 用汉字数字书写，读作 ")

    @pytest.mark.parametrize(("value", "normalized"), [
        ("400一820一1688", "+864008201688"), ("400 一 820 一 1688", "+864008201688"),
        ("1一800一555一0199", "+18005550199"),  # three of them: not a number in numerals (40018…), a dash each
        ("400ー820ー1688", "+864008201688"), ("400ｰ820ｰ1688", "+864008201688")])
    def test_a_one_or_a_long_vowel_written_as_a_dash_is_read_as_one(self, index, value, normalized):
        # each was refused: "several words" (一), "not a possible domain" (ー)
        answer = run(index, value, region="US" if normalized.startswith("+1") else "CN")
        assert (answer.verdict, answer.input["normalized"]) == ("unknown", normalized)
        assert "chinese_numerals_read_as_digits" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("value", "normalized"), [("四零零一八二零一六八八", "+8640018201688"), ("九五一88", "CN:95188")])
    def test_a_one_among_numerals_is_a_digit(self, index, value, normalized):
        assert run(index, value, region="CN").input["normalized"] == normalized

    @pytest.mark.parametrize(("value", "normalized", "verdict"), [
        ("hxxps://paypal-verify[.]com", "paypal-verify.com", "lookalike"),
        ("hXXp://paypal[.]com[.]evil[.]ru/login", "paypal.com.evil.ru", "lookalike"),
        ("https[:]//metamask-sync[.]io", "metamask-sync.io", "lookalike"),
        ("support[@]paypal[.]com", "paypal.com", "official"),
        ("paypal(dot)com", "paypal.com", "official"),
        # its marks between spaces, as forum posts write an address past their filters (it was several words)
        ("service [at] paypal-help [dot] com", "paypal-help.com", "lookalike"),
        ("metamask-restore (dot) com", "metamask-restore.com", "lookalike"),
    ])
    def test_a_defanged_address_is_read(self, index, value, normalized, verdict):
        # each was invalid ("its host is not written as one"): security warnings and threat reports write addresses
        # so, and people paste them as written
        answer = run(index, value)
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)
        assert answer.reasons[0]["code"] == "defanged_read"
        assert run(index, value, lang="zh").reasons[0]["message"].startswith(f"{value} 是“去链接化”的写法")

    @pytest.mark.parametrize(("value", "normalized", "verdict"), [
        ("support at paypal dot com", "paypal.com", "official"), ("recovery at gmail dot com", "gmail.com", "unknown"),
        ("paypal-help dot com", "paypal-help.com", "lookalike"), ("support AT coinbase DOT com", "coinbase.com", "official"),
    ])
    def test_an_address_spelled_in_words_is_read(self, index, value, normalized, verdict):
        # as people write one to keep it from harvesters, and scams to get it past filters (each was several words)
        answer = run(index, value)
        assert (answer.input["normalized"], answer.verdict, answer.reasons[0]["code"]) == (normalized, verdict, "spelled_read")
        assert "文字拼写" in run(index, value, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("value", "normalized", "verdict", "code"), [
        ("metamask-support . com", "metamask-support.com", "lookalike", "spaced_read"),
        ("www. binance-help. com", "www.binance-help.com", "lookalike", "spaced_read"),
        ("metamask . io", "metamask.io", "official", "spaced_read"),
        ("support at paypal . com", "paypal.com", "official", "spelled_read"),
        ("www点binance-kefu点com", "www.binance-kefu.com", "lookalike", "spelled_read"),
        ("metamask点io", "metamask.io", "official", "spelled_read"),
        # a mailbox's '@' as Chinese pages write it: 艾特 read as a domain with Chinese in it (xn--servicepaypal-….com, a
        # look-alike of PayPal's own), 圈a and # as no address at all; and an '@' before a domain spelled with 点 (invalid)
        ("service艾特paypal.com", "paypal.com", "official", "spelled_read"), ("kefu圈aalipay-help.cn", "alipay-help.cn", "lookalike", "spelled_read"),
        ("help#paypal-verify.com", "paypal-verify.com", "lookalike", "spelled_read"),
        ("help@paypal-verify点com", "paypal-verify.com", "lookalike", "spelled_read"),
    ])
    def test_an_address_with_spaces_around_its_dots_or_spelled_with_dian_is_read(self, index, value, normalized, verdict, code):
        # posts write one so past a link filter, Chinese ones with 点 past WeChat's: each was several words, or invalid
        answer = run(index, value)
        assert (answer.input["normalized"], answer.verdict, answer.reasons[0]["code"]) == (normalized, verdict, code)
        if code == "spaced_read":
            assert "点号两侧加了空格" in run(index, value, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("value", "normalized"), [("paypal.com", "paypal.com"), ("help@paypal.com", "paypal.com"),
                                                    ("https://paypal.com/#/signin", "paypal.com")])
    def test_an_address_written_plainly_is_not_called_spelled(self, index, value, normalized):
        answer = run(index, value)
        assert answer.input["normalized"] == normalized and "spelled_read" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["meet me at noon", "what is at stake dot com", "look at this", "Mr. Smith",
                                       "Hello. World", "Thanks. See you",
                                       # (no address at its end: with two ways of reading " . ", refusing it took minutes)
                                       ("a . " * 75)[:299]])
    def test_words_that_spell_no_address_are_words(self, index, value):
        assert run(index, value).verdict == "invalid"

    def test_an_address_written_plainly_is_not_called_defanged(self, index):
        assert "defanged_read" not in [r["code"] for r in run(index, "https://paypal-verify.com").reasons]
        assert run(index, "paypal[.]com extra").verdict == "invalid"
        assert run(index, "Call me (at) 5pm").verdict == "invalid"

    @pytest.mark.parametrize("value", ["➊➑➑➑➋➋➊➊➊➏➊", "➀-➇➇➇-➁➁➀-➀➀➅➀", "❶⓼⓼⓼②②①①①⑥①", "①⑧⑧⑧②②①①①⑥①"])
    def test_a_number_in_enclosed_digits_is_read(self, index, value):
        # all but the last were invalid: NFKC reads ① as 1 and leaves ❶ ➀ ➊ ⓵ as they are
        answer = run(index, value, region="US", claimed_provider="PayPal")
        assert (answer.input["normalized"], answer.verdict) == ("+18882211161", "official")

    @pytest.mark.parametrize(("value", "claimed", "normalized", "verdict"), [
        # each was a label ("⑨⑤", "①⑧⑥-") and the digits after it, or several words
        ("⑨⑤188", "支付宝", "CN:95188", "official"), ("支付宝客服⑨⑤①⑧⑧", None, "CN:95188", "official"),
        ("①⑧⑥-4237-5512", None, "+8618642375512", "unknown"), ("币安客服 400-⑧②⓪-①⑥⑧⑧", None, "+864008201688", "mismatch"),
        # one alone is still a bullet before the number
        ("①拨打95188", None, "CN:95188", "official"), ("①95188", None, "CN:95188", "official"),
        # a style with no zero of its own: the bracketed ones were read as brackets (+8201688, a wrong number), the
        # sans-serif zero was no digit (None)
        ("⑷00⑻⑵0⑴⑹⑻⑻", None, "+864008201688", "unknown"), ("➃🄋🄋➇➁🄋➀➅➇➇", None, "+864008201688", "unknown"),
        # and "fancy text" digits after a label: small, in brackets, with a full stop
        ("支付宝客服⁹⁵¹⁸⁸", None, "CN:95188", "official"), ("支付宝客服⑼⑸⑴⑻⑻", None, "CN:95188", "official"),
    ])
    def test_a_number_of_enclosed_and_plain_digits_mixed_is_read_whole(self, index, value, claimed, normalized, verdict):
        answer = run(index, value, region="CN", claimed_provider=claimed)
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)

    @pytest.mark.parametrize("value", ["1️⃣8️⃣8️⃣8️⃣2️⃣2️⃣1️⃣1️⃣1️⃣6️⃣1️⃣", "1⃣-8⃣8⃣8⃣-2⃣2⃣1⃣-1⃣1⃣6⃣1⃣", "☎️ 1︎8︎8︎8︎2︎2︎1︎1︎1︎6︎1︎"])
    def test_a_number_in_keycap_emoji_is_read(self, index, value):
        # invalid in a check, where a page's scan read it: the keycap's marks are no separators
        answer = run(index, value, region="US", claimed_provider="PayPal")
        assert (answer.input["normalized"], answer.verdict) == ("+18882211161", "official")

    def test_chinese_numerals_split_by_zero_width_spaces_are_read(self, index):
        # a zero-width space between the groups made it no number ("showing nothing" was no separator)
        assert run(index, "四零零\u200b八二零\u200b一六八八", region="CN").input["normalized"] == "+864008201688"

    @pytest.mark.parametrize("value", ["一二", "九五折", "十一月", "一二三四五六七八九十"])
    def test_chinese_words_that_hold_numerals_are_no_number(self, index, value):
        assert run(index, value, region="CN").verdict == "invalid"

    @pytest.mark.parametrize(("value", "region"), [("+86 10 6909 5331", None), ("010-6909-5331", "CN"), ("10690953318", "US")])
    def test_a_number_that_is_no_sms_service_number(self, index, value, region):
        # with its country code, with Beijing's 0, or read in another country, it is a phone number as before
        answer = run(index, value, region=region)
        assert answer.input["kind"] == "phone" and "sms_service_port" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["95017-2", "95017转2", "95017 转 2", "95017#2",
                                       # each was invalid: 按 (press) and 号键 (key) read as letters
                                       "95017按2", "95017转2号键", "95017 按键 2"])
    def test_a_menu_option_after_a_short_code(self, index, value):
        # "可以拨打95017转2号键" is how WeChat Pay's own page prints it
        answer = run(index, value, region="CN")
        assert answer.verdict == "official" and answer.interpretation["menu_option"] == "2"

    @pytest.mark.parametrize(("value", "region", "verdict", "normalized", "extension"), [
        ("1-888-221-1161 ext. 5", "US", "official", "+18882211161", "5"),
        ("+1 888 221 1161 x5", None, "official", "+18882211161", "5"),
        ("1-888-221-1161 #5", "US", "official", "+18882211161", "5"),
        ("010-12345678转8001", "CN", "unknown", "+861012345678", "8001"),
        ("400-820-8888 分机 1", "CN", "unknown", "+864008208888", "1"),
        ("1-888-221-1161, press 3", "US", "official", "+18882211161", "3"),
        ("1 888 221 1161 opt 3", "US", "official", "+18882211161", "3"),
        ("1-888-221-1161, then 2", "US", "official", "+18882211161", "2"),
        ("1-888-221-1161 then press 2", "US", "official", "+18882211161", "2"),  # (it was invalid)
        # the pauses a phone's contacts and tel: links write before the key (each was "not a possible international number")
        ("+1-888-221-1161,,2", None, "official", "+18882211161", "2"), ("tel:+18882211161,2", None, "official", "+18882211161", "2"),
        ("+18882211161p2", None, "official", "+18882211161", "2"), ("+18882211161w2", None, "official", "+18882211161", "2"),
        ("+18882211161;2", None, "official", "+18882211161", "2"), ("400-820-1688,,,3", "CN", "unknown", "+864008201688", "3"),
        # the word in German, French, Spanish, Portuguese, Italian, and 内线 (each was invalid: the word read as letters)
        ("+49 30 1234567 Durchwahl 12", None, "unknown", "+49301234567", "12"),
        ("+49 30 1234567 App. 12", None, "unknown", "+49301234567", "12"),
        ("+33 1 23 45 67 89 poste 12", None, "unknown", "+33123456789", "12"),
        ("+34 910 123 456 anexo 3", None, "unknown", "+34910123456", "3"),
        ("+55 11 4004-1234 ramal 200", None, "unknown", "+551140041234", "200"),
        ("+39 02 1234567 interno 5", None, "unknown", "+39021234567", "5"),
        ("400-820-8888 内线 123", "CN", "unknown", "+864008208888", "123"),
    ])
    def test_an_extension_is_said_beside_the_number_not_read_into_it(self, index, value, region, verdict, normalized, extension):
        # each was invalid: the extension's digits were taken for more of the number, or its word for letters
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["extension"]) == (verdict, normalized, extension)
        assert "extension" in [reason["code"] for reason in answer.reasons]

    @pytest.mark.parametrize(("value", "region", "normalized", "key"), [
        # a whole number and then a key, as a short code's menu option is written: CMB's and PayPal's own numbers
        # were look-alikes of themselves ("one digit away from … 400-820-5555"), or a 12-digit Chinese "number"
        ("400-820-5555-1", "CN", "+864008205555", "1"),
        ("4008205555 1", "CN", "+864008205555", "1"),
        ("1-888-221-1161-2", "CN", "+18882211161", "2"),
        ("1-888-221-1161-2", "US", "+18882211161", "2"),
    ])
    def test_a_key_after_a_whole_number_is_its_menu_key(self, index, value, region, normalized, key):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["extension"]) == ("official", normalized, key)

    def test_keys_one_after_another_are_one_digit_each(self, index):
        answer = run(index, "400-820-5555-1-2", region="CN")
        assert (answer.verdict, answer.input["normalized"]) == ("official", "+864008205555")
        assert [reason["message"].split(":")[0] for reason in answer.reasons if reason["code"] == "extension"] == [
            "Then extension or menu key 1", "Then extension or menu key 2"]

    @pytest.mark.parametrize(("value", "region"), [("01 7 42 00 95", None), ("+1 888 221 1161 12 34", None),
                                                   ("+1 888 221 1161-1-23", "US")])
    def test_digits_in_pairs_after_a_number_are_no_keys(self, index, value, region):
        # each was official: a French number one digit short read as Spain's 017 and the keys 42, 00 and 95; PayPal's
        # number and the keys 12 and 34
        assert run(index, value, region=region).verdict != "official"

    @pytest.mark.parametrize("value", ["400 820 55551", "95188 123"])
    def test_digits_run_on_past_an_official_number_are_still_a_lookalike(self, index, value):
        # no key: a longer run of digits, which no menu takes
        assert run(index, value, region="CN").verdict == "lookalike"

    @pytest.mark.parametrize(("value", "region", "verdict", "claimed", "normalized"), [
        # a label, a number and its key, as SEO pages print a line to call: each was "several words", refused
        ("支付宝客服95188转2", "CN", "official", "alipay", "CN:95188"),
        ("支付宝客服：95188 按 0", "CN", "official", "alipay", "CN:95188"),
        ("PayPal: 1-888-221-1161 x 2", "US", "official", "paypal", "+18882211161"),
        ("币安官方客服：400-820-1688 转 2", "CN", "mismatch", "binance", "+864008201688"),
        ("Call 1-888-221-1161 then press 2", "US", "official", None, "+18882211161"),
    ])
    def test_a_number_with_its_label_and_its_key(self, index, value, region, verdict, claimed, normalized):
        answer = run(index, value, region=region)
        assert (answer.verdict, (answer.claimed_provider or {}).get("slug"), answer.input["normalized"]) == (verdict, claimed, normalized)
        assert answer.reasons[0]["code"] == "label_read"

    @pytest.mark.parametrize(("value", "region", "normalized"), [
        # a city's code before a slash is one number, as German pages write it; a digit after a slash is a key
        ("0221 / 1234567", "DE", "+492211234567"), ("030/12345678", "DE", "+493012345678"),
        ("1,888,221,1161", None, "+18882211161"),
    ])
    def test_a_number_written_with_a_slash_or_commas_is_one_number(self, index, value, region, normalized):
        assert run(index, value, region=region).input["normalized"] == normalized

    @pytest.mark.parametrize("value", ["95188转", "ext 5", "paypal.com x5"])
    def test_an_extension_alone_or_after_no_number_is_invalid(self, index, value):
        assert run(index, value).verdict == "invalid"

    @pytest.mark.parametrize(("value", "regions"), [
        ("13812345678", {"CN": "+8613812345678"}),
        ("400-820-6517", {"CN": "+864008206517"}),
        ("0571-26888888", {"CN": "+8657126888888"}),
        ("(415) 555-2671", {"US": None}),  # the North American reading places it: no region needed
        # with its extension or menu key, as a page prints it (each was "not a possible phone number or known short code")
        ("400-820-1688 转 2", {"CN": "+864008201688"}), ("4008201688转2", {"CN": "+864008201688"}),
        ("400 820 1688 x 2", {"CN": "+864008201688"}),
    ])
    def test_a_national_number_without_a_region_says_where_it_is_valid(self, index, value, regions):
        # it was "not a possible phone number … check what you typed" for a valid Chinese mobile
        answer = run(index, value)
        if None in regions.values():
            assert answer.verdict != "invalid"
            return
        assert answer.verdict == "invalid"
        assert [reason["code"] for reason in answer.reasons] == ["region_needed"]
        placed = {item["region"]: item["value"] for item in answer.interpretation["regions_where_valid"]}
        assert regions.items() <= placed.items()
        assert "CN (+86" in answer.reasons[0]["message"] and "country code" in answer.advice[0]
        assert "国家代码" in run(index, value, lang="zh").advice[0]

    @pytest.mark.parametrize(("value", "fields"), [
        ("13812345678", {"region": "US"}),  # a region was given: the reading in it is what was asked
        ("+86 138 1234", {}),  # a country code was given
        ("95188abc", {}),  # not a number
        ("1", {}),
    ])
    def test_region_needed_only_where_a_region_would_help(self, index, value, fields):
        assert "region_needed" not in [reason["code"] for reason in run(index, value, **fields).reasons]

    @pytest.mark.parametrize(("value", "claims", "verdict", "owner"), [
        ("400-820-5555", "招商银行", "official", "cmbchina"),  # CMB: CN (and global)
        ("400-820-0588", "China Construction Bank", "official", "ccb"),  # CCB: CN, HK: valid in CN alone
        ("4008205555", "支付宝", "mismatch", "cmbchina"),  # read in Alipay's CN, it is CMB's
        ("4008205556", "招商银行", "lookalike", "cmbchina"),  # one digit off CMB's, read as Chinese as the claim's
    ])
    def test_a_number_without_a_region_is_read_where_the_claimed_provider_is(self, index, value, claims, verdict, owner):
        # "400-820-5555" from a caller saying he is CMB was "give a region", beside CMB's list showing those digits
        answer = run(index, value, claimed_provider=claims)
        assert (answer.verdict, (answer.provider or {}).get("slug")) == (verdict, owner)
        assert answer.interpretation["basis"] == "claimed_home"
        assert answer.interpretation["chosen"]["value"] == "+86" + value.replace("-", "")
        assert "the provider claimed serves CN" in answer.reasons[0]["message"]
        assert answer.input["region"] is None
        assert answer.report_to and answer.report_to == run(index, value, claimed_provider=claims, region="CN").report_to
        assert "所称机构服务于 CN" in run(index, value, claimed_provider=claims, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("value", "claims"), [
        ("4008201688", "小狐狸钱包"), ("MetaMask客服电话：400-820-1688", None), ("小狐狸钱包客服 4008201688", None),
        ("13812345678", "Trust Wallet"),
    ])
    def test_a_number_of_no_known_country_claimed_by_a_provider_with_no_phone_support_contradicts_it(self, index, value, claims):
        # the question of every fake "customer service" page, "is 小狐狸钱包's 4008201688 real?", was "cannot be checked: no
        # region was given" (and with its label, "not a possible phone number"): whichever country's it is, MetaMask and
        # Trust Wallet have no phone support
        answer = run(index, value, claimed_provider=claims)
        codes = [reason["code"] for reason in answer.reasons]
        assert (answer.verdict, answer.risk) == ("contradicts_policy", "high")
        assert codes[-2:] == ["region_not_needed", "policy_contradicted"]
        assert {item["region"] for item in answer.interpretation["regions_where_valid"]} >= {"CN"}
        assert "Whichever it is" in answer.reasons[-2]["message"]
        # a provider with phone support whose channels hold none of its readings: not its number, whichever country's
        # it is (it was "cannot be checked"); one of whose readings is its own still needs the country
        other = run(index, value.split("：")[-1].split(" ")[-1], claimed_provider="Coinbase")
        assert (other.verdict, other.reasons[-1]["code"]) == ("mismatch", "region_not_needed_not_listed")
        assert "Whichever it is, it is not among Coinbase's official channels" in other.reasons[-1]["message"]
        assert run(index, "8889087930", claimed_provider="Coinbase").verdict == "invalid"

    @pytest.mark.parametrize(("value", "claims"), [
        ("4008200588", "bochk"),  # Bank of China (Hong Kong): an HK number has 8 digits
        ("4008205555", "PayPal"),  # global: no country to read it in
        ("13812345678", "招商银行"),  # valid in CN and elsewhere: still read in CN, as the claim's
    ])
    def test_a_claim_places_a_number_only_in_its_own_countries(self, index, value, claims):
        answer = run(index, value, claimed_provider=claims)
        if claims == "招商银行":
            assert (answer.interpretation["chosen"]["value"], answer.verdict) == ("+8613812345678", "mismatch")
            return
        # no country to read it in, and none of the claim's channels in any (4008205555: China Merchants Bank's in CN)
        assert answer.verdict == "mismatch" and "region_not_needed_not_listed" in [reason["code"] for reason in answer.reasons]
        # a region given is what is read, whatever the claim
        assert run(index, value, claimed_provider=claims, region="DE").interpretation["chosen"]["region"] == "DE"

    def test_a_number_that_needs_a_region_says_whose_it_is_in_the_one_where_it_is_listed(self, index):
        answer = run(index, "4008205555")
        assert answer.verdict == "invalid" and [r["code"] for r in answer.reasons] == ["region_needed", "region_needed_listed"]
        assert "Read in CN, it is 400-820-5555, an official number of China Merchants Bank" in answer.reasons[1]["message"]
        assert "招商银行的官方号码" in run(index, "4008205555", lang="zh").reasons[1]["message"]
        assert answer.provider is None and answer.channel is None  # no verdict of whose it is: it is not known where

    def test_a_retired_number_is_not_said_to_be_official_where_a_region_is_needed(self):
        provider = make_provider(channels=[ChannelDoc(
            key="old", kind="phone", value="+864008009999", display="400-800-9999", valid_until=dt.date(2025, 6, 30),
            evidence=[evidence("客服电话 400-800-9999")])])
        small = registry_index.build([provider], version=1)
        assert [r["code"] for r in run(small, "4008009999").reasons] == ["region_needed"]
        assert run(small, "4008009999", region="CN").verdict == "retired"

    @pytest.mark.parametrize(("typed", "value"), [
        ("(+1) 888 221 1161", "+18882211161"), ("(+86)13800138000", "+8613800138000"), ("（0086）400-820-5555", "+864008205555"),
        ("(+86)95188", "+8695188"),  # no longer read as a national 8695188 of CN (+86 8695188)
    ])
    def test_a_country_code_in_brackets_is_a_country_code(self, index, typed, value):
        answer = run(index, typed, region="CN")
        assert (answer.input["normalized"], answer.interpretation["alternatives"]) == (value, [])
        assert answer.interpretation["basis"] in ("international", "registered")

    @pytest.mark.parametrize(("value", "kind", "named"), [("95188", "website", "website"), ("paypal.com", "phone", "phone number"),
                                                          ("+18882211161", "email", "email address")])
    def test_a_value_impossible_as_the_kind_given_is_said_to_be_no_such_kind(self, index, value, kind, named):
        # "95188" given as a website was "not a possible phone number, domain, email address …": what it is, said not to be
        answer = run(index, value, kind=kind, region="CN")
        assert (answer.verdict, answer.reasons[0]["code"]) == ("invalid", "invalid_value_of_kind")
        assert answer.reasons[0]["message"].startswith(f"“{value}” is not a possible {named}, which the request says it is: ")
        assert "Leave the kind out" in answer.reasons[0]["message"]
        assert run(index, value, region="CN").verdict != "invalid"

    def test_a_page_scan_does_not_ask_where_a_number_is_valid(self, index):
        # every region's rules for each candidate of a page would cost milliseconds apiece
        answer = check(index, CheckRequest(value="13812345678"), today=TODAY, dressed=False)
        assert [reason["code"] for reason in answer.reasons] == ["invalid_value"]

    def test_the_regions_where_digits_are_valid_are_those_a_check_in_each_reads_as_valid(self, index):
        randomness = random.Random(11)
        tried = 0
        while tried < 40:
            digits = "".join(randomness.choice("0123456789") for _ in range(randomness.randint(7, 12)))
            for region, number in normalize.regions_where_valid(digits)[:3]:
                tried += 1
                chosen = run(index, digits, region=region).interpretation["chosen"]
                assert (chosen["value"], chosen["valid"]) == (number, True), (digits, region)

    def test_readings_are_cached(self):
        normalize.read_phone.cache_clear()
        normalize.read_phone("+1 888 221 1161", None, frozenset())
        normalize.read_phone("+1 888 221 1161", None, frozenset())
        assert normalize.read_phone.cache_info().hits == 1


class TestVerdicts:
    def test_official_carries_confidence_and_last_verification(self, index):
        answer = run(index, "95188", region="CN")
        assert answer.verdict == "official"
        assert answer.channel["confidence"] in ("medium", "high") and answer.channel["last_verified"]

    @pytest.mark.parametrize(("value", "lang", "said"), [
        ("95188", "en", "95188 (CN) is an official short code of Alipay (customer service);"),
        ("95188", "zh", "95188 (CN) 是支付宝的官方短号码（客服）；"),
        ("x.com/MetaMaskSupport", "en", "X @MetaMaskSupport is an official social account of MetaMask;"),
        ("x.com/MetaMaskSupport", "zh", "X @MetaMaskSupport 是MetaMask 小狐狸钱包的官方社交账号；"),
    ])
    def test_an_official_channel_says_what_it_is_for_only_where_its_source_did(self, index, value, lang, said):
        # a channel listed without purposes (MetaMask's X account) was "an official social account of MetaMask (—)"
        answer = run(index, value, region="CN", lang=lang)
        [message] = [reason["message"] for reason in answer.reasons if reason["code"] == "official_channel"]
        assert message.startswith(said), message

    def test_a_short_code_its_sources_give_with_an_area_code_is_read_so_and_says_why(self, index):
        # the police's 96110 warning call, shown as 025-96110, was "a short code with digits added: hang up"
        answer = run(index, "025-96110", region="CN", direction="incoming")
        assert (answer.verdict, answer.provider["slug"], answer.interpretation["basis"]) == ("official", "cn-police", "area_code_form")
        assert answer.interpretation["area_code"] == "25"
        assert "dialled with the area code 25" in answer.reasons[0]["message"]
        # ICBC says fake base stations send as 地区号95588: no source of its gives that form
        assert run(index, "020-95588", region="CN").verdict == "lookalike"

    @pytest.mark.parametrize("value", ["0800 95 566", "0400-95566", "+86 800 95566", "+86 400 95566", "026-95566"])
    @pytest.mark.parametrize("region", [None, "CN"])
    def test_a_short_code_behind_digits_that_are_no_citys_area_code_is_a_lookalike(self, index, value, region):
        # each was Bank of China's 95566, official, "dialled with the area code 800": 400 and 800 begin the nationwide
        # numbers companies rent, and no city has 026; China dials none of these as 95566
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", "bank-of-china")
        assert answer.reasons[-1]["code"] == "lookalike_short_code_extended"

    @pytest.mark.parametrize(("value", "area"), [("010-95566", "10"), ("021-95566", "21"), ("0898-95566", "898"),
                                                 ("+86 10 95566", "10")])
    def test_a_short_code_behind_a_citys_area_code_stays_its_own(self, index, value, area):
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"], answer.interpretation["area_code"]) == ("official", "bank-of-china", area)

    @pytest.mark.parametrize(("value", "provider"), [
        ("+86 755 95017", "wechat-pay"), ("+8675595017", "wechat-pay"), ("+86 769 95588", "icbc"), ("+86 (755) 95533", "ccb"),
    ])
    def test_a_short_code_behind_the_country_code_and_a_three_digit_area_code_is_a_lookalike(self, index, value, provider):
        # each was "unknown": written at home (0755-95017) the same digits were a look-alike, and so was a two-digit area
        # code (+86 10 95017); the country code and a three-digit area code made one digit too many
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", provider)
        assert answer.reasons[-1]["code"] == "lookalike_short_code_extended"

    @pytest.mark.parametrize(("value", "verdict"), [
        ("+86 571 95017", "official"),  # WeChat Pay Global's own contact box gives it
        ("+86 755 95566", "official"),  # Bank of China prints "+86(区号)95566"
        ("+86 571 95188", "unknown"),  # a blog's, unverified: the registry says so rather than "look-alike"
        ("+86 755 8395 5188", "unknown"),  # a Shenzhen landline whose last digits are 95188
    ])
    def test_a_short_code_behind_an_area_code_its_sources_give_or_a_whole_landline_is_no_lookalike(self, index, value, verdict):
        assert run(index, value).verdict == verdict

    def test_a_real_number_of_another_provider_is_a_mismatch(self, index):
        answer = run(index, "95017", region="CN", claimed_provider="支付宝")
        assert answer.verdict == "mismatch"
        assert answer.provider["slug"] == "wechat-pay"
        assert answer.claimed_provider["slug"] == "alipay"

    @pytest.mark.parametrize("typed", ["95518", "95189", "12345"])  # PICC's, unknown, the government line
    def test_one_digit_off_an_official_short_code_is_said_not_judged(self, index, typed):
        answer = run(index, typed, region="CN")
        assert answer.verdict == "unknown" and answer.provider is None
        assert "near_short_code" in [reason["code"] for reason in answer.reasons]

    def test_one_digit_off_an_official_number_is_a_lookalike(self, index):
        answer = run(index, "+1 888 221 1171")  # PayPal's is 1-888-221-1161
        assert answer.verdict == "lookalike" and answer.provider["slug"] == "paypal"

    @pytest.mark.parametrize("typed", ["+1 888 221 1116", "+1 888 212 1161"])
    def test_two_digits_of_an_official_number_swapped_is_a_lookalike(self, index, typed):
        # PayPal's 1-888-221-1161 with its last two or two middle digits swapped was unknown: two digits changed
        answer = run(index, typed)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", "paypal")
        assert "or two swapped" in answer.reasons[-1]["message"]

    @pytest.mark.parametrize("typed", ["+95188", "951880000", "0095188"])
    def test_a_short_code_with_digits_added_is_a_lookalike(self, index, typed):
        assert run(index, typed, region="CN").verdict == "lookalike", typed

    def test_three_digit_emergency_numbers_are_not_lookalikes_of_110(self, index):
        assert run(index, "120", region="CN").verdict != "lookalike"

    @pytest.mark.parametrize(("domain", "code"), [
        ("metamask-support.com", "lookalike_brand_in_domain"),
        ("contactmetamask.com", "lookalike_brand_in_domain"),
        ("paypal.com.secure-verify.net", "lookalike_brand_subdomain"),
        ("pаypal.com", "lookalike_confusable"),
        # Armenian's look-alikes of n and o (Unicode's confusables): each was unknown
        ("biոance.com", "lookalike_confusable"), ("cօinbase.com", "lookalike_confusable"), ("krakeո.com", "lookalike_confusable"),
        ("coinbasse.com", "lookalike_edit_distance"),
        ("metamask.cc", "lookalike_other_ending"),
        ("paypa1-help.com", "lookalike_confusable_in_domain"),
        ("rnetamask-wallet.io", "lookalike_confusable_in_domain"),
        ("secure.c0inbase-login.net", "lookalike_confusable_in_domain"),
        ("metamsk-help.com", "lookalike_misspelled_in_domain"),
        ("binnance-login.com", "lookalike_misspelled_in_domain"),
        ("coinbsae-support.net", "lookalike_misspelled_in_domain"),
        # a vowel written for another (matamask-extention.pages.dev was among the stored search results for "MetaMask
        # extension"): "unknown", as any letter changed inside a domain was
        ("https://matamask-extention.pages.dev", "lookalike_misspelled_in_domain"),
        ("metamesk-login.com", "lookalike_misspelled_in_domain"),
        ("coinbese-support.net", "lookalike_misspelled_in_domain"),
        ("binence-help.com", "lookalike_misspelled_in_domain"),
        ("phantum-wallet.app", "lookalike_misspelled_in_domain"),
        ("http://paypal.com@login-check.com", "lookalike_brand_subdomain"),
        ("https://paypal.com%2F@login-check.com", "lookalike_brand_subdomain"),  # as the address bar shows it
    ])
    def test_lookalike_domains_say_why(self, index, domain, code):
        answer = run(index, domain)
        assert answer.verdict == "lookalike"
        assert code in [reason["code"] for reason in answer.reasons]

    @pytest.mark.parametrize(("domain", "written"), [
        # phishing pages for the MetaMask extension on free site builders, as a search for it lists them: "unknown"
        ("https://extension--mtamaskchrome.gitbook.io/us", "mtamask"),
        ("https://metamaeskchromeextenson.gitbook.io/us/", "metamaesk"),
        ("https://metamasmkhromaextension.gitbook.io/us/", "metamasmk"),
        ("binnancesupport.net", "binnance"), ("robinhodsupport.org", "robinhod"),
        # a vowel written for another, as fake MetaMask extension pages spell it: "unknown"
        ("metameskchromeextension.gitbook.io", "metamesk"),
    ])
    def test_a_misspelled_brand_glued_to_other_words_is_a_lookalike(self, index, domain, written):
        answer = run(index, domain)
        assert (answer.verdict, answer.reasons[-1]["code"]) == ("lookalike", "lookalike_misspelled_in_domain")
        assert f"“{written}”" in answer.reasons[-1]["message"]

    @pytest.mark.parametrize(("name", "code", "slug"), [
        # a name someone chose, read as a domain's parts are: "metamsklogin" was a look-alike as metamsklogin.webflow.io,
        # and unknown as a Google Sites page, an app's package, a mailbox or an account
        ("https://sites.google.com/view/metamsklogin", "lookalike_public_page", "metamask"),
        ("https://sites.google.com/view/metameskcom/home", "lookalike_public_page", "metamask"),
        ("https://play.google.com/store/apps/details?id=com.metamsklogin.app", "lookalike_app", "metamask"),
        ("metamsklogin@gmail.com", "lookalike_brand_in_mailbox", "metamask"),
        ("https://x.com/metamsklogin", "lookalike_social_account", "metamask"),
        ("binnancesupport@outlook.com", "lookalike_brand_in_mailbox", "binance"),
    ])
    def test_a_misspelled_brand_glued_to_other_words_in_a_chosen_name_is_a_lookalike(self, index, name, code, slug):
        answer = run(index, name)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", slug)
        assert code in [reason["code"] for reason in answer.reasons]

    @pytest.mark.parametrize("name", ["revolutionnews@gmail.com", "https://sites.google.com/view/dailyrevolutionary",
                                      "https://medium.com/@stopcybercrimes", "pioneersupport@gmail.com"])
    def test_an_ordinary_word_glued_to_others_in_a_chosen_name_is_no_lookalike(self, index, name):
        assert run(index, name).verdict != "lookalike"

    @pytest.mark.parametrize("domain", [
        "revoltmusic.com",  # an ordinary word one letter from Revolut
        "stopcybercrimeslab.org",  # an authority's name is words: no imitation of it one letter off
        "finances-help.com",  # a letter changed (binance) does not count
        "pioneersupport.com",  # nor for Payoneer
        # nor a consonant for another where a vowel would: m for n reads imtoken and scamwatch into other names
        "braintoken.io", "pinyintokenizer.com", "withings-scanwatch.com", "metamasx-extension.gitbook.io",
    ])
    def test_an_ordinary_word_glued_to_others_is_no_misspelled_brand(self, index, domain):
        assert "lookalike_misspelled_in_domain" not in [r["code"] for r in run(index, domain).reasons]

    @pytest.mark.parametrize("domain", ["generalledger.com", "ledgerbooks.com", "krakenrum.com", "phantomsofopera.com",
                                        "exodusmovement.com", "robinhoodtales.com", "ledgerdesign.com", "krakenblog.com",
                                        # an authority's name is words too (India's cybercrime portal, Australia's Scamwatch)
                                        "stopcybercrimes.org", "cybercrimeawareness.org", "scamwatchers.net"])
    def test_a_brand_that_is_a_word_glued_to_other_words_is_no_lookalike(self, index, domain):
        # each was "contains the name 'ledger' (kraken, phantom…) but is not a domain of …", high: an accounting site,
        # a rum, a musical's fans, as likely as a squatter
        answer = run(index, domain)
        assert answer.verdict == "unknown" and "lookalike_brand_in_domain" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("domain", ["ledgerlive-update.com", "myledgerwallet.com", "krakenlogin.com", "ledgerrecovery.com",
                                        "robinhoodsupport.com", "phantomwalletsync.com", "exodusweb3.app", "ledger-books.com",
                                        "cybercrimehelpline.in"])
    def test_a_brand_that_is_a_word_glued_to_support_or_a_wallet_is_a_lookalike(self, index, domain):
        # what the name says beside it is the brand's business; a part of its own ("ledger-books") is the brand's name
        assert run(index, domain).verdict == "lookalike"

    @pytest.mark.parametrize(("domain", "provider"), [
        ("https://trezorsuite.wixsite.com/start", "trezor"), ("ledgerlive.netlify.app", "ledger"),
        ("coinbasewallet.blogspot.com", "coinbase")])
    def test_a_brands_name_alone_under_a_hosting_service_is_a_lookalike(self, index, domain, provider):
        # each was unknown: a registrable name that is a brand (Ledger Live's, Trezor Suite's) may be the provider's
        # own, but under wixsite.com, netlify.app or blogspot.com a user chose it
        answer = run(index, domain)
        assert (answer.verdict, answer.provider["slug"], answer.reasons[0]["code"]) == ("lookalike", provider,
                                                                                        "lookalike_brand_in_domain")

    @pytest.mark.parametrize(("domain", "verdict"), [("ledgerlive.com", "unknown"), ("myblog.wixsite.com", "unknown"),
                                                     ("metamask.github.io", "official")])
    def test_a_brands_name_is_judged_under_a_hosting_service_only(self, index, domain, verdict):
        assert run(index, domain).verdict == verdict

    def test_a_lookalike_of_a_provider_with_no_site_listed_says_so_in_the_answers_language(self, index):
        # it said "its domains: —"
        assert "(its domains: none listed in the registry)" in run(index, "gcash-refund.com").reasons[0]["message"]
        assert "登记库中未列出" in run(index, "gcash-refund.com", lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("domain", "provider"), [
        ("paytmcustomercare.in", "paytm"), ("paytmhelp.in", "paytm"), ("paytmkyc.com", "paytm"), ("venmohelp.com", "venmo"),
        ("bybitsupport.com", "bybit"), ("gcashverify.com", "gcash"), ("mpesahelp.com", "mpesa"),
    ])
    def test_a_five_letter_brand_glued_to_support_is_a_lookalike(self, index, domain, provider):
        # each was unknown: only names of six letters or more were looked for inside a longer word
        answer = run(index, domain)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", provider)

    @pytest.mark.parametrize("domain", ["paytmbank.com", "paytmmoney.com", "gazelle.com",
                                        "gazellesupport.com", "shop12321.com"])
    def test_a_five_letter_brand_glued_to_other_words_or_a_number_inside_one_is_no_lookalike(self, index, domain):
        # the group's own sites the registry does not list (Paytm Payments Bank, Paytm Money), a dictionary word that
        # holds Zelle's name, and a hotline's digits inside an order number
        assert run(index, domain).verdict == "unknown"

    @pytest.mark.parametrize(("value", "verdict", "reason"), [
        ("paytm.me", "official", "official_domain"), ("https://www.paytmpayments.com/docs/api/create-link-api", "official",
                                                      "official_domain"),
        ("https://paytm.me/AbC-123", "unknown", "user_payment_page"),
        ("https://secure.paytmpayments.com/link/abc123", "unknown", "user_payment_page"),
    ])
    def test_paytms_payment_link_hosts_carry_merchants_links(self, index, value, verdict, reason):
        # paytm.me/<code> was "lookalike, high risk: Paytm's name with another ending": it is the short address
        # Paytm's Create Link API gives a merchant's payment link, whose payee is that merchant
        answer = run(index, value)
        assert answer.verdict == verdict
        assert reason in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("domain", "claimed", "to_type"), [
        ("paypal.de", None, "paypal.com"), ("https://www.paypal.de/de/webapps/mpp/home", None, "paypal.com"),
        ("paypal.co.uk", None, "paypal.uk"), ("alipay.cn", None, "alipay.com"), ("alipay.com.cn", None, "alipay.com"),
        ("www.paypal.de", "paypal", "paypal.com"),
    ])
    def test_a_providers_name_under_a_countrys_own_ending_is_told_not_judged(self, index, domain, claimed, to_type):
        """PayPal's own German site, www.paypal.de, was "lookalike, high risk": providers hold their name in the
        countries they serve, and the registry lists few of those. Neither an imitation nor official: unknown, and
        the provider's own domain to type instead, its country's where it lists one."""
        answer = run(index, domain, claimed_provider=claimed)
        assert answer.verdict == "unknown"
        [told] = [reason for reason in answer.reasons if reason["code"] == "other_country_ending"]
        assert told["message"].endswith(f"type {to_type} yourself.")

    @pytest.mark.parametrize("domain", ["paypal.tk", "coinbase.io", "metamask.co", "metamask.netlify.app", "paypal.top"])
    def test_a_providers_name_under_a_generic_or_free_ending_is_still_a_lookalike(self, index, domain):
        # country codes sold as generic endings (.io, .co) or once given away (.tk), and private suffixes, are
        # where phishing sites register a brand's name as under .top
        assert run(index, domain).verdict == "lookalike"

    @pytest.mark.parametrize(("domain", "slug"), [
        ("gcash.com", "gcash"), ("https://www.douyin.com/", "douyin"), ("abchina.com.cn", "abchina"),
        ("http://www.abchina.com/en/", "abchina"), ("support@gcash.com", "gcash")])
    def test_a_providers_name_exactly_is_neither_confirmed_nor_refused_where_no_site_of_its_is_listed(self, index, domain, slug):
        # GCash's, Douyin's and ABC's own sites, claimed as theirs, were "mismatch, high risk": the registry lists no
        # site of theirs to hold them against. Unknown, said so, with the provider's own channels to reach it by
        answer = run(index, domain, claimed_provider=slug)
        assert answer.verdict == "unknown" and answer.reasons[0]["code"] == "no_site_listed"
        assert "neither confirmed nor refused" in answer.reasons[0]["message"]
        assert answer.official_channels and {c["kind"] for c in answer.official_channels} <= {"short_code", "phone", "social"}
        assert "既不能确认" in run(index, domain, claimed_provider=slug, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("domain", "claimed", "verdict"), [
        ("gcash.xyz", "gcash", "mismatch"),  # an ending anyone registers a brand under is not told so
        ("gcash-refund.com", "gcash", "lookalike"), ("douyin.com", "alipay", "mismatch"), ("paypal.net", "paypal", "lookalike"),
        # a number, and a short acronym under a generic ending, are many bodies' (cicc.com is a Chinese bank's)
        ("159.com", "Stop Scams UK", "mismatch"), ("cicc.com", "ph-cicc-1326", "mismatch"),
        ("cicc.gov.ph", "ph-cicc-1326", "unknown")])
    def test_a_providers_name_is_told_so_only_under_endings_it_would_hold(self, index, domain, claimed, verdict):
        assert run(index, domain, claimed_provider=claimed).verdict == verdict

    @pytest.mark.parametrize(("domain", "number", "slug"), [
        ("95188kf.com", "95188", "alipay"), ("kf-95188.top", "95188", "alipay"), ("m.95188kf.com", "95188", "alipay"),
        ("95017-kefu.cn", "95017", "wechat-pay"), ("https://95516kf.vip/login", "95516", "unionpay")])
    def test_a_domain_carrying_a_providers_hotline_digits_is_a_lookalike(self, index, domain, number, slug):
        # Chinese fake help sites take the hotline's digits as fake agents' accounts do: each was "not in our registry"
        answer = run(index, domain)
        assert (answer.verdict, answer.reasons[0]["code"], answer.provider["slug"]) == ("lookalike", "lookalike_hotline_in_domain", slug)
        assert f"carries {number}, " in answer.reasons[0]["message"]
        assert "客服号码" in run(index, domain, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("account", ["微信：kf95188", "https://t.me/kefu95188"])
    def test_an_account_named_with_a_providers_hotline_digits_is_told_whose_they_are(self, index, account):
        # fake agents' accounts: each was "not in our registry", no word of Alipay
        answer = run(index, account, region="CN")
        assert (answer.verdict, answer.interpretation["named_after"]) == ("unknown", "alipay")
        assert "carries 95188, Alipay's customer service number" in answer.reasons[1]["message"]
        assert answer.official_channels
        assert run(index, account, region="CN", claimed_provider="支付宝").verdict == "mismatch"
        assert "named_after" not in (run(index, "微信：abc123456", region="CN").interpretation or {})

    def test_a_free_mailbox_named_with_a_providers_hotline_digits_is_a_lookalike(self, index):
        # "95188kf@163.com" was "163.com is not in our registry"
        answer = run(index, "95188kf@163.com")
        assert (answer.verdict, answer.reasons[0]["code"], answer.provider["slug"]) == ("lookalike", "lookalike_hotline_in_mailbox", "alipay")
        assert "carries 95188, Alipay's customer service number, but the address is at 163.com" in answer.reasons[0]["message"]
        assert run(index, "kf95188@accounting-firm.com").verdict == "unknown"  # (a company's own mailboxes are its staff's)

    @pytest.mark.parametrize("address", ["recoveryhackpro@gmail.com", "mailto:adrian@proton.me", "kf@qq.com"])
    def test_a_free_mailbox_is_said_to_be_anyones_not_its_mail_services(self, index, address):
        # a "recovery expert's" address was "gmail.com is not in our registry", as if the reader had asked of Gmail
        mailbox = address.removeprefix("mailto:")
        answer = run(index, address)
        assert (answer.verdict, answer.reasons[0]["code"]) == ("unknown", "free_mailbox")
        assert answer.reasons[0]["message"].startswith(f"{mailbox} is a mailbox at ")
        claimed = run(index, address, claimed_provider="Coinbase")
        assert (claimed.verdict, claimed.reasons[0]["code"]) == ("mismatch", "free_mailbox_not_listed")
        assert "not among Coinbase's official channels" in claimed.reasons[0]["message"]
        assert run(index, address, lang="zh").reasons[0]["message"].startswith(f"{mailbox} 是")
        # (a company's own domain is no free mail service; a mailbox named after a provider stays a look-alike)
        assert run(index, "ledger@accounting-firm.com").reasons[0]["code"] == "unknown_value"
        assert run(index, "coinbase.support@gmail.com").reasons[0]["code"] == "lookalike_brand_in_mailbox"

    @pytest.mark.parametrize(("domain", "slug"), [("xiaohuli-qianbao.com", "metamask"), ("xiaohuliqianbao.com", "metamask"),
                                                  ("ouyi-kefu.com", "okx")])
    def test_a_domain_carrying_a_providers_chinese_name_in_pinyin_is_a_lookalike(self, index, domain, slug):
        # 小狐狸钱包 and 欧易 as fake help sites spell them: each was "not in our registry"
        answer = run(index, domain)
        assert (answer.verdict, answer.reasons[0]["code"], answer.provider["slug"]) == ("lookalike", "lookalike_brand_in_domain", slug)
        assert run(index, "louyiart.com").verdict == "unknown"  # (the letters inside another word name no one)

    def test_a_domain_that_is_a_hotlines_digits_alone_is_told_not_judged(self, index):
        # 95188.com may be Alipay's own, registered to keep it from others; a police or complaints line's digits name no one
        answer = run(index, "www.95188.com")
        assert (answer.verdict, answer.reasons[0]["code"]) == ("unknown", "hotline_named_domain")
        assert "it may be Alipay's or anyone's" in answer.reasons[0]["message"]
        assert [reason["code"] for reason in run(index, "12315-help.cn").reasons] == ["unknown_value"]

    def test_another_providers_claim_of_a_name_under_a_country_ending_is_a_mismatch(self, index):
        assert run(index, "paypal.co.uk", claimed_provider="coinbase").verdict == "mismatch"

    @pytest.mark.parametrize(("domain", "code", "imitated"), [
        ("metamаsk.io", "lookalike_confusable", "MetaMask's metamask.io but"), ("metamsk.io", "lookalike_edit_distance", "MetaMask's metamask.io."),
        ("trustwalet.com", "lookalike_edit_distance", "Trust Wallet's trustwallet.com."),
    ])
    def test_a_lookalike_names_the_domain_it_imitates(self, index, domain, code, imitated):
        # it listed every MetaMask domain, its help desk's (metamask.zendesk.com) and app links' among them
        [said] = [reason["message"] for reason in run(index, domain).reasons if reason["code"] == code]
        assert imitated in said and "zendesk" not in said

    @pytest.mark.parametrize(("address", "front", "reached"), [
        ("https://accounts.google.com.evil.ru/signin", "google.com", "evil.ru"),  # google.com: no provider of ours
        ("support@google.com.evil.ru", "google.com", "evil.ru"),
        ("www.example.co.uk.verify-now.top", "example.co.uk", "verify-now.top"),
        ("uniswap.io.claim-airdrop.xyz", "uniswap.io", "claim-airdrop.xyz"),
        ("login.taobao.com.cn.evil.top", "taobao.com.cn", "evil.top"),
        ("https://usps.com-tracking-redelivery.top/us", "usps.com", "com-tracking-redelivery.top"),
        ("accounts.google.com-verify.top", "google.com", "com-verify.top"),
        ("www.com-login.top", None, None),
        ("api.uk.example.com", None, None),  # a country's two letters in a subdomain: mostly the site's own region
        ("www.cn.example.com", None, None),
        ("a.b.example.com", None, None),
        ("mail.google.com", None, None),
        ("paypal.com.secure.evil.ru", None, None),  # a provider's own domain in front: a look-alike, said so
    ])
    def test_a_domain_written_in_front_of_another_is_said_whoever_it_is(self, index, address, front, reached):
        # "accounts.google.com.evil.ru is not in our registry" was all an answer said of the oldest trick in phishing
        answer = run(index, address)
        said = [reason for reason in answer.reasons if reason["code"] == "domain_in_front"]
        if front is None:
            assert not said
            if address.startswith("paypal"):
                assert answer.verdict == "lookalike"
            return
        assert answer.verdict == "unknown" and answer.reasons[0] == said[0]  # told, not judged: it is not our provider's
        assert f"puts {front} in front of another domain: the site you would really reach is {reached}" in said[0]["message"]
        assert f"你实际访问的是 {reached}" in run(index, address, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("address", "verdict", "app"), [
        ("https://apps.apple.com/us/app/some-wallet/id6450000000", "unknown", "ios:6450000000"),
        ("https://itunes.apple.com/us/app/trust-ethereum-wallet/id1288339409?mt=8", "official", "ios:1288339409"),
        ("https://play.google.com/store/apps/details?id=com.trustwallet.pro", "lookalike", "android:com.trustwallet.pro"),
        # MetaMask's own apps, from its mobile app's source; a package named after it is not one
        ("https://play.google.com/store/apps/details?id=io.metamask", "official", "android:io.metamask"),
        ("https://apps.apple.com/us/app/metamask-blockchain-wallet/id1438144202", "official", "ios:1438144202"),
        ("https://play.google.com/store/apps/details?id=io.metamask.wallet.support", "lookalike", "android:io.metamask.wallet.support"),
        # Venmo's apps, from the payment SDK of its own company (PayPal's Braintree): "not in our registry" before; a package
        # named after it is a look-alike
        ("https://play.google.com/store/apps/details?id=com.venmo", "official", "android:com.venmo"),
        ("https://apps.apple.com/us/app/venmo/id351727428", "official", "ios:351727428"),
        ("https://play.google.com/store/apps/details?id=com.venmo.support.help", "lookalike", "android:com.venmo.support.help"),
        # the Chrome Web Store: MetaMask's extension (its id from the extension's source) and a fake named after it
        # were "chromewebstore.google.com is not in our registry" (google.com's page), like any store page
        ("https://chromewebstore.google.com/detail/metamask/nkbihfbeogaeaoehlefnkodbefgpgknn", "official",
         "chrome:nkbihfbeogaeaoehlefnkodbefgpgknn"),
        ("https://chrome.google.com/webstore/detail/metamask/nkbihfbeogaeaoehlefnkodbefgpgknn?hl=en", "official",
         "chrome:nkbihfbeogaeaoehlefnkodbefgpgknn"),
        ("https://chromewebstore.google.com/detail/metamask-wallet/abcdefghijklmnopabcdefghijklmnop", "lookalike",
         "chrome:abcdefghijklmnopabcdefghijklmnop"),
        # an extension is judged against the provider's extensions alone: the registry lists none of Trust Wallet's,
        # so its own cannot be told from a fake (its phone apps are other products)
        ("https://chromewebstore.google.com/detail/trust-wallet/egjidjbpglichdcondbcbdnbeeppgdph", "unknown",
         "chrome:egjidjbpglichdcondbcbdnbeeppgdph"),
        # Firefox Add-ons: MetaMask's listing (its publishing guide) and fakes named after it, which were all
        # "addons.mozilla.org is not in our registry"; an add-on's page is read by the name in its address, in any
        # locale and on any of its tabs
        ("https://addons.mozilla.org/en-US/firefox/addon/ether-metamask/", "official", "firefox:ether-metamask"),
        ("addons.mozilla.org/zh-CN/firefox/addon/Ether-MetaMask/reviews/", "official", "firefox:ether-metamask"),
        ("https://addons.mozilla.org/firefox/addon/metamask-wallet-secure/", "lookalike", "firefox:metamask-wallet-secure"),
        ("https://addons.mozilla.org/en-GB/firefox/addon/meta-mask-extension/", "lookalike", "firefox:meta-mask-extension"),
        # Edge Add-ons: ids as Chrome's; the registry lists no MetaMask listing there (no source of its own names
        # one), so neither its own nor a fake can be told
        ("https://microsoftedge.microsoft.com/addons/detail/metamask/ejbalbakoplchlghecdalmeeeajnimhm", "unknown",
         "edge:ejbalbakoplchlghecdalmeeeajnimhm"),
        ("https://microsoftedge.microsoft.com/addons/detail/metamask-wallet/abcdabcdabcdabcdabcdabcdabcdabcd", "unknown",
         "edge:abcdabcdabcdabcdabcdabcdabcdabcd"),
    ])
    def test_an_app_store_page_is_judged_as_its_app_not_as_the_store(self, index, address, verdict, app):
        # apps.apple.com is on apple.com, Apple Pay's email domain: every App Store page used to be official
        answer = run(index, address)
        assert (answer.verdict, answer.input["kind"], answer.input["normalized"]) == (verdict, "app", app)
        assert (answer.provider or {}).get("slug") != "apple-pay"

    @pytest.mark.parametrize("address", ["metamask.com", "https://support.metamask.com/", "community.metamask.com",
                                         "https://link.metamask.com/swap"])
    def test_metamask_com_is_metamasks_since_it_gives_it_as_its_website(self, index, address):
        # it was "look-alike, high risk: MetaMask's name with another ending", as MetaMask's phishing list once had it;
        # MetaMask's extension now gives it as "our official website", its support site under it
        answer = run(index, address, claimed_provider="MetaMask")
        assert (answer.verdict, answer.provider["slug"]) == ("official", "metamask")
        assert run(index, "metamask.com.co").verdict == "lookalike"

    @pytest.mark.parametrize(("address", "reason"), [
        # on metamask.com's hosts as on metamask.io's: a deep link with someone's address to pay or site to open, a forum
        # post or profile is not MetaMask's word (each was "official" once metamask.com was listed, before it landed)
        ("https://link.metamask.com/send/0x0000000@137?value=1e16", "user_payment_page"),
        ("https://link.metamask.com/dapp/https://metamask-refund.top/claim?id=1", "wallet_link"),
        ("https://community.metamask.com/t/help-with-my-wallet/123", "community_post"),
        ("https://community.metamask.com/u/MetaMask_Support_Agent", "lookalike_user_page"),
    ])
    def test_a_users_link_on_metamask_com_is_not_metamasks(self, index, address, reason):
        answer = run(index, address)
        assert answer.verdict != "official" and reason in [r["code"] for r in answer.reasons]

    def test_a_firefox_add_on_named_after_a_provider_is_judged_against_its_listing_on_firefox_alone(self, index):
        # MetaMask's Chrome extension says nothing of which Firefox add-on is its own: the fake is named against the
        # Firefox listing, and the Chrome listing is no answer to a Firefox page
        answer = run(index, "https://addons.mozilla.org/firefox/addon/metamask-wallet-secure/")
        assert answer.provider["slug"] == "metamask" and answer.reasons[0]["code"] == "lookalike_app"
        assert "MetaMask on Firefox Add-ons (ether-metamask)" in answer.reasons[0]["message"]
        assert "Chrome Web Store" not in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("address", "said"), [
        # the store sends an add-on's internal id to its name's address: that one is the address to judge
        ("https://addons.mozilla.org/firefox/addon/%7Bd10d0bf8-f5b5-c8b4-a8b2-2b9879e08c5d%7D/", "Firefox add-on's page by its internal id"),
        ("https://addons.mozilla.org/en-US/firefox/addon/webextension@metamask.io/", "Firefox add-on's page by its internal id"),
        ("https://addons.mozilla.org/en-US/firefox/addon/4711/", "Firefox add-on's page by its internal id"),
        ("https://microsoftedge.microsoft.com/addons/detail/metamask/ejbalbak", "an app store page without the app's id"),
    ])
    def test_an_add_on_page_that_does_not_say_which_add_on_says_what_to_paste(self, index, address, said):
        answer = run(index, address)
        assert answer.verdict == "invalid" and said in answer.reasons[0]["message"]

    @pytest.mark.parametrize("address", ["https://addons.mozilla.org/en-US/firefox/",
                                         "https://addons.mozilla.org/en-US/firefox/search/?q=metamask",
                                         "https://microsoftedge.microsoft.com/addons/search/metamask"])
    def test_an_add_on_stores_own_pages_are_the_stores_site(self, index, address):
        answer = run(index, address)
        assert answer.input["kind"] != "app" and answer.verdict == "unknown"

    @pytest.mark.parametrize("address", ["https://cash.app/$JaneDoe42", "cash.me/$RefundDesk",
                                         "https://account.venmo.com/u/jane-doe-42", "https://www.paypal.com/paypalme/janedoe",
                                         "https://paypal.me/refunddesk",
                                         # Revolut.Me was "lookalike, high"; Wise's links were "official"
                                         "https://revolut.me/refund-desk", "https://wise.com/pay/me/johns",
                                         # a person's name with a brand in it is no one's office
                                         "https://paypal.me/paypalmike", "https://cash.app/$Trezor4life"])
    def test_a_users_page_on_a_providers_domain_is_not_the_provider(self, index, address):
        answer = run(index, address)
        assert (answer.verdict, answer.provider) == ("unknown", None)
        assert answer.reasons[0]["code"] == "user_page" and answer.interpretation["user_page"]

    @pytest.mark.parametrize(("address", "reason"), [
        # each was "official, low risk" on its provider's domain: anyone's work that the provider's service carries
        ("https://developer.apple.com/forums/thread/712345", "community_post"),
        ("https://apps.apple.com/us/developer/crypto-wallet-ltd/id1600000000", "user_page"),
        ("https://apps.apple.com/us/app-bundle/crypto-tools/id1234567", "user_page"),
        ("https://discussions.apple.com/profile/AppleSupportTeam", "user_page"),
        ("https://communities.apple.com/de/profile/Apple-Support-Team", "user_page"),
        ("https://developer.apple.com/forums/profile/applesupport", "user_page"),
        ("https://squareup.com/appointments/book/abc123/LXYZ/start", "user_page"),
        ("https://crypto.com/nft/profile/refunddesk", "user_page"),
        ("https://accounts.binance.com/register?ref=ABC123", "user_page"),
        ("https://www.binance.com/en/live/video?roomId=12345", "user_page"),
        ("https://www.binance.com/en/nft/profile/refunddesk", "user_page"),
        # a copy-trading lead trader's page: a user's, sent by "investment coaches" as the exchange's own strategy
        ("https://www.binance.com/en/copy-trading/lead-details/4012345678", "user_page"),
        ("https://www.okx.com/copy-trading/account/ABC123", "user_page"),
        ("https://www.bybit.com/copyTrade/trade-center/detail?leaderMark=abc", "user_page"),
        ("https://www.bybit.nl/en/invite?ref=ABCD", "user_page"),  # on Bybit's regional sites as on bybit.com
        # a user's invite link, as "investment coaches" send them (it was "official: on wise.com")
        ("https://wise.com/invite/ihpc/lizhiw12", "user_page"),
        ("https://revolut.com/referral/?referral-code=p_veselov!SEP2-26-AR-H2&geo-redirect", "user_page"),
        ("https://cash.app/app/TKWGCRT", "user_page"),
        # a P2P advertiser's profile, sent by the "merchant" who takes the victim's fiat and never releases the coins
        ("https://www.bybit.com/fiat/trade/otc/profile/s8a7f3e2d1c/USDT/USD/item", "user_page"),
        # an Alipay payment code opened outside the app, as qr.alipay.com's own
        ("https://mobilecodec.alipay.com/client_download.htm?qrcode=bax05351pgjhc4yegd2y2084", "user_payment_page"),
        ("alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2Ffkx123", "user_payment_page"),
        ("https://ds.alipay.com/from=mobilecodec&scheme=alipayqr%3A%2F%2Fplatformapi%2Fstartapp%3FsaId%3D10000007%26qrcode%3D"
         "https%253A%252F%252Fqr.alipay.com%252Fbax05351pgjhc4yegd2y2084", "user_payment_page"),
        # a WeChat Pay H5 checkout: the merchant's order, on tenpay.com
        ("https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx20161110163838f231619da20804912345&package=1037687096",
         "user_payment_page"),
        # Phantom's universal link on phantom.com, as on phantom.app: the site it opens is judged
        ("https://phantom.com/ul/browse/https%3A%2F%2Fsolana-airdrop.xyz%2Fclaim", "wallet_link"),
        # buying or paying with the recipient filled in by whoever made the link: the money goes to that wallet or person
        ("https://buy.moonpay.com/?currencyCode=btc&walletAddress=bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "user_payment_page"),
        ('https://pay.coinbase.com/buy/select-asset?appId=abc&addresses={"0x1234":["ethereum"]}', "user_payment_page"),
        ("https://account.venmo.com/pay?txn=pay&recipients=RefundDesk&amount=500", "user_payment_page"),
        ("https://venmo.com/?txn=pay&audience=private&recipients=refund-desk", "user_payment_page"),
        ("https://checkout.revolut.com/pay/abc-123", "user_payment_page"),
        ("https://app.binance.com/qr/dplk12345", "user_payment_page"),
        ("https://app.binance.com/uni-qr/cart/12345", "user_payment_page"),
        # an "Add to Google Wallet" link: its issuer's pass
        ("https://pay.google.com/gp/v/save/eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln", "issued_pass"),
        # a monobank jar: anyone's collection (fake army fundraisers among them), and a client's send-me link
        ("https://send.monobank.ua/jar/7g6rEEejGE", "user_payment_page"),
        ("https://send.monobank.ua/ABC123xyz", "user_payment_page"),
        # a person's or a shop's PayPay code as a link, a PayPay send or request link, a Nubank Pix charge, a Wise
        # business's Quick Pay page: each was "official, low risk" on its provider's domain, and pays whoever made it
        ("https://qr.paypay.ne.jp/p2p01_uMrph5YFDveRCFmw", "user_payment_page"),
        ("https://pay.paypay.ne.jp/osuvUuLmQH8WA4kW", "user_payment_page"),
        ("https://nubank.com.br/cobrar/5hux2/6a4aa55b-32b6-44ca-a71f-85d7fc5ef765", "user_payment_page"),
        ("https://wise.com/pay/business/acmeltd?currency=USD", "user_payment_page"),
        # referral and affiliate links, which "investment coaches" send as the exchange's own: each was "official"
        ("https://www.binance.com/join?ref=C68K26A9", "user_page"),
        ("https://www.binance.com/activity/referral-entry/CPA?ref=CPA_00597U293M", "user_page"),
        ("https://invite.kraken.com/JDNW/guj2tf28", "user_page"),
        ("https://partner.bybit.com/b/83856", "user_page"),
        ("https://www.bitget.com/referral/register?from=referral&clacCode=c8a43172", "user_page"),
        ("https://www.htx.com/invite/en-us/1f?invite_code=ubpt2223", "user_page"),
        ("https://join.robinhood.com/fnud75", "user_page"),
        ("https://crypto.com/app/xqp6yvffm7", "user_page"),
        ("https://platinum.crypto.com/r/abc123", "user_page"),
        # a Venmo user's code as a link, a PayPal business's profile: a user's, to be paid by
        ("https://venmo.com/code?user_id=3818104727537125276", "user_page"),
        ("https://www.paypal.com/biz/profile/acme-tools", "user_page"),
        # a merchant's PayPal order or subscription awaiting approval, and an invoice's pay page: the merchant is paid
        ("https://www.paypal.com/checkoutnow?token=5O190127TN364715T", "user_payment_page"),
        ("https://www.paypal.com/cgi-bin/webscr?cmd=_express-checkout&token=EC-60385559L1062554J", "user_payment_page"),
        ("https://www.paypal.com/webapps/billing/subscriptions?ba_token=BA-2M539689T3856352J", "user_payment_page"),
        ("https://www.paypal.com/invoice/s/pay/INV2-UE7M-VZBL-K7M2-QCW7", "user_payment_page"),
        # a Lightning invoice opened in Cash App: whoever made the invoice is paid
        ("https://cash.app/launch/lightning/lnbc10u1pjexample0dpq", "user_payment_page"),
        # Coinbase Onramp with the wallet filled in, without the path's last part
        ("https://pay.coinbase.com/buy?appId=abc&addresses=%7B%220x1%22%3A%5B%22ethereum%22%5D%7D", "user_payment_page"),
    ])
    def test_anyones_page_on_a_big_providers_service_is_not_the_provider(self, index, address, reason):
        answer = run(index, address)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("unknown", None, reason)

    @pytest.mark.parametrize(("address", "explorer"), [
        ("https://www.blockchain.com/explorer/addresses/btc/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "https://www.blockchain.com/explorer"),
        ("https://www.blockchain.com/btc/tx/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",
         "https://www.blockchain.com/explorer"),
        ("https://www.okx.com/web3/explorer/eth/address/0x1234567890abcdef1234567890abcdef12345678", "https://www.okx.com/web3/explorer")])
    def test_a_block_explorers_page_shows_anyones_address_not_the_providers(self, index, address, explorer):
        # "our company wallet" or "your refund, see the transaction" as a link to an explorer on a provider's domain was
        # "official, low risk": any address or payment on the chain shows there; the explorer's own pages stay official
        answer = run(index, address)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("unknown", None, "explorer_page")
        assert "proves nothing" in answer.reasons[0]["message"]
        assert "区块浏览器" in run(index, address, lang="zh").reasons[0]["message"]
        assert run(index, explorer).verdict == "official"

    @pytest.mark.parametrize(("address", "slug"), [
        ("https://podcasts.apple.com/us/podcast/metamask-support-live/id1700000000", "metamask"),
        ("https://books.apple.com/us/book/paypal-refund-guide/id1600000001", "paypal"),
        ("https://music.apple.com/us/artist/paypal-refund-help/1234567", "paypal"),
        ("https://squareup.com/store/paypal-refund-center", "paypal"),
    ])
    def test_a_podcast_book_or_store_named_as_a_providers_support_is_a_lookalike(self, index, address, slug):
        answer = run(index, address)
        assert (answer.verdict, answer.provider["slug"], answer.reasons[0]["code"]) == ("lookalike", slug, "lookalike_user_page")

    @pytest.mark.parametrize("address", ["https://buy.moonpay.com/?currencyCode=btc", "https://pay.coinbase.com/buy/select-asset?appId=abc",
                                         "https://podcasts.apple.com/us/browse", "https://squareup.com/us/en/online-store",
                                         "https://developer.apple.com/forums/",
                                         "https://paypay.ne.jp/help/", "https://nubank.com.br/", "https://crypto.com/app",
                                         "https://www.htx.com/support/360001403451?invite_code=unf842232f",
                                         "https://www.bitget.com/referral/register", "https://www.paypal.com/biz/",
                                         "https://www.paypal.com/checkoutnow", "https://pay.coinbase.com/buy?appId=abc"])
    def test_the_services_own_pages_stay_official(self, index, address):
        assert run(index, address).verdict == "official"

    @pytest.mark.parametrize("address", ["https://testflight.apple.com/join/AbCdEf12", "testflight.apple.com/join/krUFQpyJ?ref=share"])
    def test_a_testflight_invitation_is_the_developers_not_apples(self, index, address):
        # it was "official, low risk: on apple.com, Apple's": a TestFlight invitation installs whatever app its sender
        # built, outside the App Store, as fake trading and wallet apps are spread; TestFlight's own site stays Apple's
        answer = run(index, address)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("unknown", None, "beta_app_invite")
        assert "anyone with a developer account can send one" in answer.reasons[0]["message"]
        assert "TestFlight" in run(index, address, lang="zh").reasons[0]["message"]
        assert run(index, address, claimed_provider="MetaMask").verdict == "mismatch"
        assert run(index, "https://testflight.apple.com/").verdict == "official"

    @pytest.mark.parametrize(("address", "slug"), [
        ("https://cash.app/$CashAppSupport", "cash-app"), ("https://www.paypal.com/paypalme/PayPalSupport", "paypal"),
        ("https://www.paypal.me/PayPalRefundDept", "paypal"), ("https://cash.app/$BinanceRefund", "binance"),
        ("https://venmo.com/u/Venmo-Support", "venmo")])
    def test_a_users_page_named_as_a_providers_office_is_a_lookalike(self, index, address, slug):
        # "$CashAppSupport" was unknown, as any user's page: Cash App's own warning is of exactly such an account ("an
        # account claiming to be Cash App, Cash App support"), and a public page named so was a look-alike already
        answer = run(index, address)
        assert (answer.verdict, answer.risk, answer.provider["slug"]) == ("lookalike", "high", slug)
        assert answer.reasons[0]["code"] == "lookalike_user_page" and answer.interpretation["user_page"]

    @pytest.mark.parametrize(("value", "verdict", "reason"), [
        ("$CashAppSupport", "lookalike", "lookalike_user_page"), ("$JaneDoe42", "unknown", "user_page")])
    def test_a_cashtag_alone_is_judged_as_its_cash_app_page(self, index, value, verdict, reason):
        # "send $1 to $CashAppRefundDept": the fake agent's account, written as Cash App writes it, was invalid
        answer = run(index, value)
        assert (answer.verdict, answer.interpretation["user_page"]) == (verdict, value)
        assert [r["code"] for r in answer.reasons[:2]] == ["cashtag_read", reason]

    @pytest.mark.parametrize(("value", "verdict"), [
        # Ledger Live's own package was "look-alike, high risk: Ledger's name with another ending" (ledger.live), and
        # MetaMask's "not a possible … app" (no public suffix): a package name is what a phone's app settings show
        ("com.ledger.live", "official"), ("io.metamask", "official"),
        ("com.metamask.wallet.pro", "lookalike"),
        # Binance's own package, not listed: it was a look-alike of binance.com (binance.dev)
        ("com.binance.dev", "unknown")])
    def test_a_package_name_alone_is_judged_as_its_android_app(self, index, value, verdict):
        answer = run(index, value)
        assert (answer.verdict, answer.input["kind"], answer.input["normalized"]) == (verdict, "app", f"android:{value}")
        assert answer.reasons[0]["code"] == "package_name_read"

    @pytest.mark.parametrize(("value", "kind"), [("https://com.ledger.live", None), ("com.ledger.live", "domain"),
                                                 ("cn.bing.com", None), ("app.binance.com", None)])
    def test_a_host_written_as_one_is_no_package_name(self, index, value, kind):
        # the reason says how to have a host that starts like a package judged as a host: with its scheme
        answer = run(index, value, kind=kind)
        assert answer.input["kind"] != "app" and "package_name_read" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["$250", "$5k", "$1,000"])
    def test_an_amount_is_no_cashtag(self, index, value):
        assert "cashtag_read" not in [r["code"] for r in run(index, value).reasons]

    @pytest.mark.parametrize(("value", "code"), [("service@paypal.com", "spoofing_possible_sender"),
                                                 ("1-888-221-1161", "spoofing_possible")])
    def test_a_forged_sender_is_not_hung_up_on_when_it_writes(self, index, value, code):
        # an email from PayPal's address was told "Hang up and contact PayPal yourself"
        answer = run(index, value, direction="incoming")
        [said] = [r["message"] for r in answer.reasons if r["code"].startswith("spoofing_possible")]
        assert [r["code"] for r in answer.reasons if r["code"].startswith("spoofing_possible")] == [code]
        assert ("Hang up" in said) == (code == "spoofing_possible")

    def test_a_users_page_is_said_in_good_english_whatever_the_providers_name(self, index):
        # "the page of a OKX user"
        [said] = [r["message"] for r in run(index, "https://www.okx.com/join/88888888").reasons if r["code"] == "user_page"]
        assert said.startswith("www.okx.com/join/88888888 is the page of 88888888, a user of OKX, not of OKX itself")

    @pytest.mark.parametrize(("address", "slug"), [
        ("https://www.paypal.me/", "paypal"), ("paypal.me", "paypal"), ("https://phantom.app/download", "phantom"),
        ("https://metamask.app.link/buy", "metamask"), ("https://www.unionpayintl.com/en/serviceCenter/hotline/", "unionpay"),
        ("https://www.binance.us/", "binance-us"),  # Binance.US: a separate company, licensed to use the name
        ("https://revolut.me/", "revolut"),
    ])
    def test_a_providers_second_domain_is_its_own_not_a_lookalike(self, index, address, slug):
        # each was a high-risk look-alike of its own provider (or of Binance) until the registry knew it
        answer = run(index, address)
        assert (answer.verdict, answer.provider["slug"]) == ("official", slug)

    def test_an_official_number_whose_caller_asks_for_a_code_is_high_risk_without_a_policy_against_it(self, index):
        # PayPal's registry entry has no never_asks_otp policy to contradict: the answer was "OK · official, risk low"
        message = "We noticed a suspicious charge. To cancel, please read me the code we just texted you."
        answer = run(index, "+1 888 221 1161", claimed_provider="PayPal", message=message)
        assert (answer.verdict, answer.risk) == ("official", "high")
        assert "spoofing_possible" in [reason["code"] for reason in answer.reasons]
        calm = run(index, "+1 888 221 1161", claimed_provider="PayPal", message="Please call back within 24 hours.")
        assert (calm.verdict, calm.risk) == ("official", "low")  # urgency alone is a low-severity signal
        # the first advice was "This channel is official", over a caller asking for the code
        assert answer.advice[0].startswith("The number or address is PayPal's, but what was asked is a scam's")
        assert calm.advice[0].startswith("This channel is official")
        chinese = run(index, "95188", region="CN", direction="incoming", lang="zh", message="您的花呗需要关闭，请下载钉钉开启屏幕共享")
        assert chinese.advice[0].startswith("号码或地址确实是支付宝的，但对方的要求是诈骗的手法")

    def test_a_japanese_callers_words_quoted_by_the_one_called_are_read(self, index):
        # PayPay's own number, and what the caller said quoted as the one called tells it: it was "official, risk low" (the
        # quotation was read as a police page's telling of a script)
        answer = run(index, "0120-990-634", region="JP", direction="incoming", message="「SMSに届いた認証コードを教えて」と言われました")
        assert (answer.verdict, answer.risk, [flag["code"] for flag in answer.red_flags]) == ("official", "high", ["asks_otp"])

    @pytest.mark.parametrize(("message", "risk", "flags"), [
        # a payment code's screenshot or digits pay whoever has them: both were "official, risk low" from 95188
        ("我是支付宝客服，请把付款码截图发给我核实", "high", ["asks_payment_code"]),
        ("你打开支付宝，把条形码下面的数字告诉我", "high", ["asks_payment_code"]),
        # Alipay's own warning names the screenshot and the digits, and gives them to no one
        ("支付宝提醒：千万不要主动泄露付款码的信息，包括截图和数字", "low", []),
    ])
    def test_a_payment_code_asked_for_is_a_scam_script(self, index, message, risk, flags):
        answer = run(index, "95188", region="CN", direction="incoming", message=message, lang="zh")
        assert (answer.verdict, answer.risk, [flag["code"] for flag in answer.red_flags]) == ("official", risk, flags)
        if flags:
            assert "索要付款码" in next(r["message"] for r in answer.reasons if r["code"] == "red_flags_found")

    @pytest.mark.parametrize(("message", "risk", "flags"), [
        # Alipay's own words: read as a caller asking for the code ("official, risk high")
        ("支付宝不会以“退款”“理赔”为由要求您提供银行卡号（如 6222 0212 3456 7890 123）或验证码", "low", []),
        # a reassurance, then the request: the request was taken for part of the reassurance ("official, risk low")
        ("我们不会冻结您的账户，请提供验证码", "high", ["asks_otp"]),
    ])
    def test_a_negation_in_the_message_reaches_its_sentence_but_not_a_request_after_it(self, index, message, risk, flags):
        answer = run(index, "95188", region="CN", direction="incoming", message=message)
        assert (answer.verdict, answer.risk, [flag["code"] for flag in answer.red_flags]) == ("official", risk, flags)

    @pytest.mark.parametrize(("message", "risk", "flags"), [
        # PayPal's own words, typeset: "won’t" was no negation, and they read as a caller asking for the password
        ("PayPal won’t ask you for your password or your one-time code.", "low", []),
        ("PayPal wonʼt ask you for your password.", "low", []),
        ("I won’t hang up, just read me the code we texted you.", "high", ["asks_otp"]),
    ])
    def test_a_negation_typeset_with_a_curly_apostrophe_is_one(self, index, message, risk, flags):
        answer = run(index, "+1 888 221 1161", claimed_provider="PayPal", message=message)
        assert (answer.verdict, answer.risk, [flag["code"] for flag in answer.red_flags]) == ("official", risk, flags)

    @pytest.mark.parametrize(("message", "risk", "flags"), [
        # Alipay's own list of scams, pasted as the message: each line read as a caller's request ("official, risk high")
        ("以下情况都是诈骗：\n1. 自称支付宝客服，说您的账户被冻结，要求提供验证码\n2. 要求您下载屏幕共享软件", "low", []),
        ("请按以下步骤操作：\n1. 打开屏幕共享\n2. 把验证码告诉我", "high", ["asks_remote_access", "asks_otp"]),
    ])
    def test_a_list_under_a_heading_that_calls_it_scams_is_no_request(self, index, message, risk, flags):
        answer = run(index, "95188", region="CN", direction="incoming", message=message)
        assert (answer.verdict, answer.risk, [flag["code"] for flag in answer.red_flags]) == ("official", risk, flags)

    @pytest.mark.parametrize(("message", "risk", "flags"), [
        # ICBC's own one-time-code message was "contradicts_policy": it asks for a code, which ICBC never does
        ("【工商银行】您的动态密码为123456，工作人员不会向您索取，请勿泄露。", "low", []),
        ("我刚给您发了验证码，请把验证码告诉我", "high", ["asks_otp"]),
    ])
    def test_a_code_the_message_gives_is_no_request_for_one(self, index, message, risk, flags):
        answer = run(index, "95588", region="CN", direction="incoming", message=message)
        assert ([flag["code"] for flag in answer.red_flags], answer.risk) == (flags, risk)
        assert (answer.verdict == "contradicts_policy") == bool(flags)

    @pytest.mark.parametrize(("lang", "message", "said"), [
        ("zh", "请提供验证码，并下载向日葵屏幕共享", "对方的话术中有 2 个诈骗信号：索要验证码、要求共享屏幕或远程控制。"),
        ("en", "Read me the OTP, then install AnyDesk.", "The message has 2 warning sign(s) of a scam script: asks for a "
                                                         "verification code; asks for screen sharing or remote access."),
    ])
    def test_the_warning_signs_are_named_in_the_readers_language_not_by_code(self, index, lang, message, said):
        # a person read "对方的话术中有 2 个诈骗信号：asks_otp, asks_remote_access"
        answer = check(index, CheckRequest(value="95188", region="CN", message=message, lang=lang))
        assert [r["message"] for r in answer.reasons if r["code"] == "red_flags_found"] == [said]
        assert [(f["code"], f["title"]) for f in answer.red_flags] == [
            (signal.code, signal.title[lang]) for code in ("asks_otp", "asks_remote_access")
            for signal in signals.vocabulary() if signal.code == code]

    @pytest.mark.parametrize(("value", "region", "claimed", "normalized", "verdict", "claim"), [
        # as pages and messages label them, copied whole: each was "not a possible phone number, domain…" ("支付宝95188":
        # "a domain name has at least two dot-separated labels")
        ("支付宝95188", "CN", None, "CN:95188", "official", "alipay"),
        ("支付宝客服电话：95188转人工", "CN", None, "CN:95188", "official", "alipay"),
        ("95188转人工", "CN", None, "CN:95188", "official", None),
        # (the menu's key before it, and its "服务", as the lists write how to reach a person: each was "several words")
        ("支付宝客服电话95188按0转人工", "CN", None, "CN:95188", "official", "alipay"),
        ("95188 按9转人工服务", "CN", None, "CN:95188", "official", None),
        # (and how to reach a person there, asked of the number: "several words")
        ("95188怎么转人工", "CN", None, "CN:95188", "official", None),
        ("支付宝95188如何转人工服务", "CN", None, "CN:95188", "official", "alipay"),
        ("4008205555，按1转人工", "CN", None, "+864008205555", "official", None),
        ("PayPal: 1 (888) 221-1161", "US", None, "+18882211161", "official", "paypal"),
        ("PayPal support 1-888-555-0134", "US", None, "+18885550134", "mismatch", "paypal"),
        ("call 1-888-221-1161", "US", None, "+18882211161", "official", None),
        ("Tel. +1 888 221 1161", None, None, "+18882211161", "official", None),
        # the claim the asker gives stands over the label's
        ("Coinbase 1-888-908-7930", "US", "PayPal", "+18889087930", "mismatch", "paypal"),
        # the label after the number, as a list or a search result's line gives it (each was "several words")
        ("95188 支付宝", "CN", None, "CN:95188", "official", "alipay"),
        ("95188支付宝客服", "CN", None, "CN:95188", "official", "alipay"),
        ("4008205555 招商银行", "CN", None, "+864008205555", "official", "cmbchina"),
        ("+1-855-487-0092 coinbase", None, None, "+18554870092", "mismatch", "coinbase"),
        ("1-888-221-1161 - PayPal support", "US", None, "+18882211161", "official", "paypal"),
        # a label after it that says what line it is and names no one (each was "several words"; "1930 helpline" was read
        # as 1-930-HELPLINE, a North American number in keypad letters)
        ("95188 客服电话", None, None, "CN:95188", "official", None),
        ("12315 投诉热线", None, None, "CN:12315", "official", None),
        ("1-888-221-1161 customer service", "US", None, "+18882211161", "official", None),
        ("1930 cyber crime helpline", None, None, "IN:1930", "official", None),
        ("1930 helpline", "IN", None, "IN:1930", "official", None),
        ("7726 spam reporting", "GB", None, "GB:7726", "official", None),
        ("4001234567 客服", "CN", None, "+864001234567", "unknown", None),
        # a name the registry does not hold before the line's word, read as the same label before the number is (each was
        # several words)
        ("400-820-1688 京东客服", "CN", None, "+864008201688", "unknown", None),
        ("10086 - 京东客服", "CN", None, "CN:10086", "unknown", None),
        ("855-812-4430 Acme Bank customer service", "US", None, "+18558124430", "official", None),
        # a name in look-alike characters or misspelt after the number, and a phone's sign before it (each was several
        # words, or no claim)
        ("1-888-221-1161 - Paypa1客服", "US", None, "+18882211161", "official", "paypal"),
        ("400-820-1234 — Paypa1 hotline", "CN", None, "+864008201234", "mismatch", "paypal"),
        ("+1 (888) 908-7930 📞 Metamsk support number", None, None, "+18889087930", "contradicts_policy", "metamask"),
        # a note in brackets after the label, as SEO pages write the hours (each was several words, or 24/7 read into the
        # number: "a look-alike of 95188"); an area code in brackets stays the number's
        ("支付宝客服（24小时）：95188", "CN", None, "CN:95188", "official", "alipay"),
        ("Alipay support (24/7): 95188", None, None, "CN:95188", "official", "alipay"),
        ("MetaMask客服热线（24小时）：+1-707-381-4213", "US", None, "+17073814213", "contradicts_policy", "metamask"),
        ("PayPal (888) 221-1161", "US", None, "+18882211161", "official", "paypal"),
        # the words that lead on to the number: the name before them was no claim, and the number judged as no one's
        # (95555 "official", China Merchants Bank's, where the page gives it as Coinbase's)
        ("Coinbase投诉电话是95555", "CN", None, "CN:95555", "mismatch", "coinbase"),
        ("Binance客服 call 1-888-221-1161", "US", None, "+18882211161", "mismatch", "binance"),
        ("Trust Wallet官方客服 📞 +1 (888) 908-7930", "US", None, "+18889087930", "contradicts_policy", "trust-wallet"),
        ("支付宝客服热线为95188", "CN", None, "CN:95188", "official", "alipay"),
        # a name written in look-alike characters or misspelt, as spam pages write it (each was several words, or no claim)
        ("Paypa1客服 - +1 888 221 1161", "CN", None, "+18882211161", "official", "paypal"),
        ("Paypa1是+1-707-381-4213", None, None, "+17073814213", "mismatch", "paypal"),
        ("Metamsk客服：95017", "CN", None, "CN:95017", "contradicts_policy", "metamask"),
        # (but a dictionary word one edit from a name is no misspelling of it: Skrill's, Revolut's)
        ("Skill support: 1-888-221-1161", "US", None, "+18882211161", "official", None),
        ("Revolt helpline 1-888-221-1161", "US", None, "+18882211161", "official", None),
        # (a digit glued to a name's letters and then to the number's is the number's: "PayPal1-888-…")
        ("PayPal1-888-221-1161", "US", None, "+18882211161", "official", "paypal"),
        # a name with its own words in brackets, a long name (each was several words)
        ("Alipay Financial Services (HK)客服电话：400-820-1234", "CN", None, "+864008201234", "mismatch", "alipayhk"),
        ("Bank of China (Hong Kong) customer service: +852 3988 2388", None, None, "+85239882388", "official", "bochk"),
        ("Agricultural Bank of China customer service: 95599", "CN", None, "CN:95599", "official", "abchina"),
        ("Australian Competition and Consumer Commission customer service: +1 707 381 4213", "US", None, "+17073814213",
         "mismatch", "au-scamwatch"),
        # a number and its label on two lines, as a contact card or a call log copies them; a contact card's kind of line;
        # a sentence's full stop after the number (each was several words)
        ("PayPal\n+1 888 221 1161", "US", None, "+18882211161", "official", "paypal"),
        ("95188\n支付宝", "CN", None, "CN:95188", "official", "alipay"),
        ("+1 888-221-1161\nMobile", "US", None, "+18882211161", "official", None),
        ("+1 (888) 221-1161 • Mobile", "US", None, "+18882211161", "official", None),
        ("Call us at +1 888 221 1161.", "US", None, "+18882211161", "official", None),
        ("MetaMask客服热线：+1 707 381 4213。", "US", None, "+17073814213", "contradicts_policy", "metamask"),
    ])
    def test_a_number_with_its_label_is_the_number_and_a_providers_label_its_claim(self, index, value, region, claimed,
                                                                                   normalized, verdict, claim):
        answer = run(index, value, region=region, claimed_provider=claimed)
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)
        assert (answer.claimed_provider or {}).get("slug") == claim
        assert answer.reasons[0]["code"] == "label_read"
        assert ("label_claim" in [r["code"] for r in answer.reasons]) == (claim is not None and claimed is None)

    @pytest.mark.parametrize(("value", "verdict", "provider"), [
        # a phishing text's address written with its port and no scheme was "a number with its label", the port judged
        ("paypal-login.com:8443", "lookalike", "paypal"), ("www.paypal.com:443", "official", "paypal"),
        ("support.kraken.com:443", "official", "kraken"), ("example.com:8080", "unknown", None),
    ])
    def test_a_host_and_its_port_is_a_web_address_not_a_number_after_its_label(self, index, value, verdict, provider):
        answer = run(index, value)
        assert (answer.verdict, (answer.provider or {}).get("slug")) == (verdict, provider)
        assert answer.input["kind"] == "website" and "label_read" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["Tel.:95188", "Hotline:95188"])
    def test_a_label_ending_in_a_dot_or_a_word_before_a_short_code_is_still_a_label(self, index, value):
        answer = run(index, value)
        assert (answer.input["normalized"], answer.reasons[0]["code"]) == ("CN:95188", "label_read")

    @pytest.mark.parametrize(("value", "flags"), [
        # a text message pasted whole, its number last: its words were only a label, and no sign was read in them
        ("【京东】尊敬的用户，您的京东金条逾期，将影响征信，请联系客服4001234567", ["frozen_account"]),
        ("您好，我是抖音客服，您开通的百万保障服务即将扣费，如需取消请加QQ 123456789", ["frozen_account", "cancel_fake_charge",
                                                                 "move_to_private_chat"]),
        # a label of a name and a line's words is no message
        ("支付宝客服热线：95188", []), ("PayPal customer service: 1-888-221-1161", []),
    ])
    def test_a_messages_words_before_its_number_are_read_for_signs(self, index, value, flags):
        answer = run(index, value, region="CN")
        assert answer.reasons[0]["code"] in ("label_read", "label_claim")
        assert [flag["code"] for flag in answer.red_flags] == flags

    @pytest.mark.parametrize(("message", "flags"), [
        # the "fraud team" caller's errand, a payment approved in the bank's app "to cancel" it, was told as a wallet's
        # signature: the reader was warned of connecting a wallet he has not got
        ("they told me to approve the request in my app to cancel a fraudulent payment", ["approve_to_cancel"]),
        ("Pour le bloquer, il m'a dit de valider l'opération dans mon application", ["approve_to_cancel"]),
        # a wallet's own stays the wallet's
        ("he said to approve the transaction in your wallet to continue", ["asks_wallet_signature"]),
    ])
    def test_a_payment_approved_in_an_app_to_cancel_it_is_said_as_such(self, index, message, flags):
        answer = run(index, "+44 20 3322 8352", region="GB", claimed_provider="Revolut", message=message,
                     direction="incoming", channel="call")
        assert [flag["code"] for flag in answer.red_flags] == flags

    @pytest.mark.parametrize(("value", "verdict", "slug"), [
        # the message a fake help page's chat button writes for the reader: the chat was only the number's, unknown
        ("https://wa.me/14155550132?text=Hi%20I%20need%20help%20with%20my%20MetaMask%20wallet", "contradicts_policy", "metamask"),
        ("https://api.whatsapp.com/send?phone=14155550132&text=Hello%20PayPal%20support", "mismatch", "paypal"),
        ("https://wa.me/8613800138000?text=%E6%94%AF%E4%BB%98%E5%AE%9D%E5%AE%A2%E6%9C%8D", "mismatch", "alipay"),  # 支付宝客服
    ])
    def test_a_chat_links_message_asking_a_providers_help_is_a_claim(self, index, value, verdict, slug):
        answer = run(index, value)
        assert answer.reasons[0]["code"] == "chat_link_message_claim" and answer.claimed_provider["slug"] == slug
        assert answer.verdict == verdict

    @pytest.mark.parametrize("value", ["https://wa.me/14155550132?text=Hi%2C%20can%20I%20pay%20with%20PayPal%3F",
                                       "https://wa.me/14155550132?text=Hello"])
    def test_a_chat_links_message_that_asks_no_help_claims_nothing(self, index, value):
        # (a shop's "can I pay with PayPal?" presents no chat as PayPal's)
        answer = run(index, value)
        assert answer.claimed_provider is None and answer.verdict == "unknown"

    def test_a_messaging_apps_name_after_a_number_makes_it_an_account_there(self, index):
        # as "(WhatsApp)" after it does, and "WhatsApp: +1 …" before it: a chat with whoever holds the number
        answer = run(index, "+1 888 221 1161 WhatsApp")
        assert answer.reasons[0]["code"] == "chat_account_number" and answer.verdict != "official"

    @pytest.mark.parametrize("value", ["+1 888 221 1161 tomorrow morning", "95188 明天再打", "1-888-221-1161 maybe",
                                       "1-888-221-1161 support later", "95188 客服说"])
    def test_words_after_a_number_that_name_no_one_are_no_label(self, index, value):
        # (what they say of it is not guessed at: refused as several words, as before)
        answer = run(index, value, region="US")
        assert answer.verdict == "invalid" and "several words" in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("value", "region", "numbers"), [
        ("95188 95017", "CN", "95188, 95017"), ("95188、95017", None, "95188, 95017"), ("95188 / 95017", "cn", "95188, 95017"),
        ("+1 888 221 1161 +1 402 935 2050", None, "+1 888 221 1161, +1 402 935 2050"),
        ("+1 888 221 1161 / +1 402 935 2050", "US", "+1 888 221 1161, +1 402 935 2050"),
        # "or" between them, and whole numbers each of its own country's form (they were several words, and "22 digits:
        # longer than any phone number")
        ("95188或95017", None, "95188, 95017"), ("95188 or 95017", "CN", "95188, 95017"),
        ("+1 888 221 1161, 0800 368 7155", None, "+1 888 221 1161, 0800 368 7155"),
        ("400-820-1688 / 021-6888 1688", "CN", "400-820-1688, 021-6888 1688"),
        ("1-888-221-1161 or 1-402-935-2050", None, "1-888-221-1161, 1-402-935-2050"),
        ("13800138000、13900139000", None, "13800138000, 13900139000"),
    ])
    def test_numbers_copied_together_are_said_to_be_several(self, index, value, region, numbers):
        # "95188 95017", Alipay's and WeChat Pay's codes as a page lists them, was one number, 9518895017: "Alipay's short
        # code with digits added", look-alike, high risk; two numbers with their country codes were "22 digits"
        answer = run(index, value, region=region, lang="en")
        assert (answer.verdict, answer.risk) == ("invalid", "unknown")
        assert answer.reasons[0]["message"].endswith(f"it holds 2 numbers ({numbers}): check them one at a time.")
        assert "请逐个核验" in run(index, value, region=region, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("value", "region", "verdict"), [
        ("95188 12345", "CN", "lookalike"),  # (a code with digits after it, which are no code: one number, as before)
        ("95188 95017", "US", "lookalike"),  # (neither is a code in the US)
        ("95017 2", "CN", "official"),  # a menu option
        ("+1 888 221 1161", None, "official"),
    ])
    def test_one_number_however_written_is_one(self, index, value, region, verdict):
        assert run(index, value, region=region).verdict == verdict

    @pytest.mark.parametrize(("value", "region", "normalized", "verdict", "claim", "first_reason"), [
        # a number asked about, as people type it into the check page's one box: each was invalid ("several words")
        ("Is 1-888-221-1161 really PayPal's number?", "US", "+18882211161", "official", "paypal", "question_claim"),
        ("is +1 888 555 0134 paypal?", None, "+18885550134", "mismatch", "paypal", "question_claim"),
        ("95188是支付宝的电话吗", "CN", "CN:95188", "official", "alipay", "question_claim"),
        ("4001234567是不是支付宝客服？", "CN", "+864001234567", "mismatch", "alipay", "question_claim"),
        # asked of any number: read, with no claim
        ("Is 1-888-221-1161 legit?", "US", "+18882211161", "official", None, "label_read"),
        ("4001234567是诈骗电话吗", "CN", "+864001234567", "unknown", None, "label_read"),
        # (in Traditional characters: "詐騙電話" was a name no one lists, question_name_unknown)
        ("0800-123-456是詐騙電話嗎", "TW", "+886800123456", "unknown", None, "label_read"),
        ("95188是什么电话", "CN", "CN:95188", "official", None, "label_read"),
        # in Spanish and Portuguese (each was invalid)
        ("¿Es 1-888-221-1161 el número de PayPal?", "MX", "+18882211161", "official", "paypal", "question_claim"),
        ("Esse número 0800 591 2117 é da Binance?", "BR", "+558005912117", "mismatch", "binance", "question_claim"),
        ("¿1-888-221-1161 es estafa?", "US", "+18882211161", "official", None, "label_read"),
        ("¿Es 1-888-221-1161 una estafa?", "US", "+18882211161", "official", None, "label_read"),
        # in French and German (each was invalid)
        ("Est-ce que le 01 99 00 12 34 est le numéro de PayPal ?", "FR", "+33199001234", "mismatch", "paypal", "question_claim"),
        ("Ce numéro +1 888 221 1161 est-il celui de PayPal ?", "FR", "+18882211161", "official", "paypal", "question_claim"),
        ("Le 01 99 00 12 34 est-il une arnaque ?", "FR", "+33199001234", "unknown", None, "label_read"),
        ("Ist 030 23125 456 die Nummer von PayPal?", "DE", "+493023125456", "mismatch", "paypal", "question_claim"),
        ("Ist die Nummer +1 888 221 1161 wirklich von PayPal?", "DE", "+18882211161", "official", "paypal", "question_claim"),
        ("Gehört 030 23125 456 zu Coinbase?", "DE", "+493023125456", "mismatch", "coinbase", "question_claim"),
        ("Ist 030 23125 456 Betrug?", "DE", "+493023125456", "unknown", None, "label_read"),
        # and in Italian
        ("Il numero 02 1234 5678 è di PayPal?", "IT", "+390212345678", "mismatch", "paypal", "question_claim"),
        ("Questo numero +1 888 221 1161 è davvero di PayPal?", "IT", "+18882211161", "official", "paypal", "question_claim"),
        ("02 1234 5678 è una truffa?", "IT", "+390212345678", "unknown", None, "label_read"),
        # in Hindi (in Latin letters as India types it, and in Devanagari), Tagalog and Cantonese (each was invalid)
        ("Kya 98765 43210 Paytm ka number hai?", "IN", "+919876543210", "mismatch", "paytm", "question_claim"),
        ("98765 43210 Paytm ka customer care number hai kya?", "IN", "+919876543210", "mismatch", "paytm", "question_claim"),
        ("98765 43210 fraud hai kya?", "IN", "+919876543210", "unknown", None, "label_read"),
        ("क्या 98765 43210 पेटीएम का नंबर है?", "IN", "+919876543210", "mismatch", "paytm", "question_claim"),
        ("Ang 0917 123 4567 ba ay numero ng GCash?", "PH", "+639171234567", "mismatch", "gcash", "question_claim"),
        ("3988 2388 係唔係中銀香港嘅電話？", "HK", "+85239882388", "official", "bochk", "question_claim"),
        ("2388 2388 係唔係中銀香港嘅電話？", "HK", "+85223882388", "mismatch", "bochk", "question_claim"),
        # in Indonesian, Vietnamese and Russian (each was invalid)
        ("Apakah 0812-3456-7890 nomor resmi Binance?", "ID", "+6281234567890", "mismatch", "binance", "question_claim"),
        ("Apakah 0812-3456-7890 penipuan?", "ID", "+6281234567890", "unknown", None, "label_read"),
        ("Số 0912 345 678 có phải của Binance không?", "VN", "+84912345678", "mismatch", "binance", "question_claim"),
        ("0912 345 678 có phải lừa đảo không?", "VN", "+84912345678", "unknown", None, "label_read"),
        ("+7 912 345-67-89 это номер Bybit?", "RU", "+79123456789", "mismatch", "bybit", "question_claim"),
        ("Это номер Бинанс +7 912 345-67-89?", "RU", "+79123456789", "mismatch", "binance", "question_claim"),
        ("+7 912 345-67-89 мошенники?", "RU", "+79123456789", "unknown", None, "label_read"),
        ("+52 55 1234 5678 ¿es fraude?", "MX", "+525512345678", "unknown", None, "label_read"),
        # and in any language, the number and a word asked of it
        ("1-888-221-1161 scam?", "US", "+18882211161", "official", None, "label_read"),
        ("1-888-221-1161 PayPal?", "US", "+18882211161", "official", "paypal", "question_claim"),
    ])
    def test_a_number_asked_about_is_the_number_and_the_provider_asked_of_it_a_claim(self, index, value, region, normalized,
                                                                                      verdict, claim, first_reason):
        answer = run(index, value, region=region)
        assert (answer.input["normalized"], answer.verdict, (answer.claimed_provider or {}).get("slug")) == (normalized, verdict, claim)
        assert answer.reasons[0]["code"] == first_reason

    @pytest.mark.parametrize("value", ["is 1-888-221-1161 bob?", "Is 1-888-221-1161 the number I called yesterday?",
                                       "1-888-221-1161 band hai kya?", "1-888-221-1161 mere dost ka number hai",
                                       "¿Es 1-888-221-1161 de un amigo?", "Est-ce que le 1-888-221-1161 est celui d'un ami ?",
                                       "Ist 1-888-221-1161 die Nummer meines Nachbarn?", "Il 1-888-221-1161 è di un amico?",
                                       "Apakah 1-888-221-1161 nomor teman saya?", "1-888-221-1161 это номер моего друга?",
                                       "1-888-221-1161 có phải của bạn tôi không?", "1-888-221-1161 ok?",
                                       "¿Es 1-888-221-1161 el número de BBVA?", "Esse número 1-888-221-1161 é do Itaú?"])
    def test_a_question_naming_no_provider_we_list_is_answered_for_the_number(self, index, value):
        # each was refused as "several words", the number never judged: what is known of it is the answer, and the
        # part asked of it that no one can answer is said so
        answer = run(index, value, region="US")
        assert (answer.verdict, answer.input["normalized"], answer.claimed_provider) == ("official", "+18882211161", None)
        assert answer.reasons[0]["code"] == "question_name_unknown"
        assert "no provider we list is called that" in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("value", "region", "normalized", "name"), [
        ("¿Es 900 123 456 el número de BBVA?", "ES", "+34900123456", "BBVA"),
        ("¿El 0800 728 0728 es del Itaú?", "BR", "+558007280728", "Itaú"),
        ("Is 0800 123 4567 Barclays' number?", "GB", "+448001234567", "Barclays"),
        ("Is +44 800 123 4567 really Monzo's official phone number?", "GB", "+448001234567", "Monzo")])
    def test_a_bank_no_one_lists_is_named_in_the_answer_and_the_number_is_not_called_safe(self, index, value, region, normalized,
                                                                                        name):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.input["normalized"]) == ("unknown", normalized)
        assert f"is “{name}”'s: no provider we list is called that" in answer.reasons[0]["message"]
        assert "does not mean it is safe" in answer.reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "region", "normalized", "verdict", "claim", "called"), [
        # a question of any other shape about one number, in the words people type: each was refused as several words
        ("Whose number is 1-888-221-1161?", "US", "+18882211161", "official", None, False),
        ("¿De quién es el número 910 123 456?", "ES", "+34910123456", "unknown", None, False),
        ("De quem é o número (11) 98765-4321?", "BR", "+5511987654321", "unknown", None, False),
        ("这个号码4001234567是谁的？", "CN", "+864001234567", "unknown", None, False),
        # doubted, with no question mark: "… real or fake", "… legit or scam"
        ("paypal number 888-221-1161 real or fake", "US", "+18882211161", "official", "paypal", False),
        ("888 221 1161 paypal legit or scam", "US", "+18882211161", "official", "paypal", False),
        # a call received from it: its caller ID may be forged, as a check of an incoming call says
        ("Who called me from 1-888-221-1161?", "US", "+18882211161", "official", None, True),
        ("I got a call from 1-888-221-1161, is it a scam?", "US", "+18882211161", "official", None, True),
        ("Recebi ligação do 0800 591 2117, é golpe?", "BR", "+558005912117", "official", None, True),  # Nubank's
        ("Recebi ligação do 0800 728 0728, é golpe?", "BR", "+558007280728", "unknown", None, True),
        ("Qui m'appelle du 01 86 99 12 34 ?", "FR", "+33186991234", "unknown", None, True),
        ("Wer ruft mich an von 030 23125 456?", "DE", "+493023125456", "unknown", None, True),
        # and the provider it names, the claim
        ("Me llamó el 1-888-221-1161 diciendo que era de PayPal, ¿es real?", "US", "+18882211161", "official", "paypal", True),
        ("Me llamó el 900 123 456 diciendo que era de Binance, ¿es real?", "ES", "+34900123456", "mismatch", "binance", True),
        ("95188给我打电话说是支付宝，是真的吗？", "CN", "CN:95188", "official", "alipay", True),
    ])
    def test_a_question_of_another_shape_about_one_number_is_that_number(self, index, value, region, normalized, verdict, claim,
                                                                         called):
        answer = run(index, value, region=region)
        assert (answer.input["normalized"], answer.verdict, (answer.claimed_provider or {}).get("slug")) == (normalized, verdict, claim)
        codes = [r["code"] for r in answer.reasons]
        assert codes[0] == "question_read" and ("question_claim" in codes) == (claim is not None)
        assert ("spoofing_possible" in codes) == (called and verdict == "official")

    @pytest.mark.parametrize(("value", "region", "normalized", "verdict", "risk", "claim", "flags"), [
        # a call or a text told of without a question, as people type it into the one box: each was refused as several words
        ("got a call from 888-221-1161 claiming to be PayPal", "US", "+18882211161", "official", "low", "paypal", []),
        ("call from 1-888-221-1161 saying PayPal", "US", "+18882211161", "official", "low", "paypal", []),
        ("888-221-1161 says it's paypal", "US", "+18882211161", "official", "low", "paypal", []),
        ("Someone from Coinbase called from 888-908-7930 and asked for my 2FA code", "US", "+18889087930",
         "contradicts_policy", "high", "coinbase", ["asks_otp"]),
        ("text from 95188 asking for verification code", "CN", "CN:95188", "official", "high", None, ["asks_otp"]),
        ("4008205555打电话说是招商银行，要我转账到安全账户", "CN", "+864008205555", "official", "high", "cmbchina", ["asks_transfer"]),
        ("有个电话4008205555说我的花呗要关闭", "CN", "+864008205555", "mismatch", "high", "alipay", ["frozen_account"]),
        # (the link the text held, told of: with the points expiring, a script, though from the bank's own short code)
        ("刚刚收到短信95555说我的积分要过期了，让我点链接兑换", "CN", "CN:95555", "official", "high", None,
         ["expiring_points", "link_in_message"]),
        # what the asker says they did not ask is not asked
        ("Coinbase called from 888-908-7930 but did not ask for any code", "US", "+18889087930", "contradicts_policy", "high",
         "coinbase", []),
        # "wanted my password", as the asker tells it, was no request: "official, low risk" on PayPal's own number
        ("Got a call from 1-888-221-1161 saying it was PayPal and they wanted my password", "US", "+18882211161",
         "contradicts_policy", "high", "paypal", ["asks_password"]),
        ("95188 called, he wanted my PIN", "CN", "CN:95188", "official", "high", None, ["asks_password"]),
        # what the asker did, told afterwards: each was read as nothing asked, "official, low risk" or "unknown"
        ("95188 called and I gave him the code from the text", "CN", "CN:95188", "official", "high", None, ["asks_otp"]),
        # a refund, then a code to scan for it: scanning pays (it was one medium sign, the refund: official, low risk)
        ("支付宝客服95188给我打电话说要退款给我，让我扫码", None, "CN:95188", "official", "high", "alipay",
         ["pays_to_receive", "refund_offer"]),
        ("+1 415 555 0100 called, I shared my screen with him", "US", "+14155550100", "unknown", "high", None,
         ["asks_remote_access"]),
        ("+1 415 555 0100 called and I moved my savings to the account he gave me", "US", "+14155550100", "unknown", "high",
         None, ["asks_transfer"]),
        ("13800138000打来电话，他让我念一下短信里的数字", "CN", "+8613800138000", "unknown", "high", None, ["asks_otp"]),
        # the number last, after more words than a label has: each was "no number, site or email to check" (Trust Wallet's
        # and Binance's "invalid"), the number never judged
        ("Someone claiming to be from Trust Wallet texted me from +1 415 555 0123", "US", "+14155550123", "contradicts_policy",
         "high", "trust-wallet", []),
        ("Received a call from someone claiming to be Binance support: 415-555-0123", "US", "+14155550123", "mismatch", "high",
         "binance", []),
        ("Got a call from a man who said he was from PayPal security, the number was 1-888-221-1161", "US", "+18882211161",
         "official", "low", "paypal", []),
        ("Someone claiming to be Coinbase support called and asked for my 2FA code, number: 415-555-0123", "US",
         "+14155550123", "contradicts_policy", "high", "coinbase", ["asks_otp"]),
    ])
    def test_a_call_told_of_is_its_number_its_claim_and_what_was_asked(self, index, value, region, normalized, verdict, risk,
                                                                        claim, flags):
        answer = run(index, value, region=region)
        assert (answer.input["normalized"], answer.verdict, answer.risk) == (normalized, verdict, risk)
        assert (answer.claimed_provider or {}).get("slug") == claim
        assert [flag["code"] for flag in answer.red_flags] == flags
        codes = [r["code"] for r in answer.reasons]
        assert codes[0] == "report_read" and ("report_claim" in codes) == (claim is not None)
        # told of, it came to them: its caller ID (a text's sender) may be forged
        assert {"spoofing_possible", "spoofing_possible_text"} & set(codes) or verdict != "official"
        assert ("red_flags_told" in codes) == bool(flags)

    @pytest.mark.parametrize(("value", "region", "normalized", "verdict", "first", "advice"), [
        # a text told of: its advice was a call's, "Hang up" (请挂断); and the code it tells is no second number, which made the
        # whole "no number, site or email to check"
        ("Received text from 72975: Your Coinbase verification code is 123456", "US", "US:72975", "mismatch", "report_read",
         "Do not reply or tap its links."),
        ("text from 95188", "CN", "CN:95188", "official", "label_read", "a message's sender number can be forged"),
        ("95188给我发短信说我的花呗要关闭", "CN", "CN:95188", "official", "report_read", "a message's sender number can be forged"),
        ("Got a WhatsApp message from +1 415 555 0123 saying it is Coinbase", "US", "+14155550123", "mismatch", "report_read",
         "Do not reply or tap its links."),
        # a call stays a call
        ("who called me from 95188", "CN", "CN:95188", "official", "label_read", "still hang up and call it yourself"),
        ("I got a call from 1-844-555-0177 claiming to be from Coinbase, code 123456", "US", "+18445550177",
         "contradicts_policy", "report_read", "Hang up."),
    ])
    def test_a_text_told_of_is_advised_as_a_text_and_the_code_it_tells_is_no_number(self, index, value, region, normalized,
                                                                                    verdict, first, advice):
        answer = run(index, value, region=region)
        assert (answer.input["normalized"], answer.verdict, answer.reasons[0]["code"]) == (normalized, verdict, first)
        assert advice in answer.advice[0]
        chinese = run(index, value, region=region, lang="zh").advice[0]
        assert ("挂断" in chinese) == (advice in ("still hang up and call it yourself", "Hang up."))

    @pytest.mark.parametrize(("value", "verdict", "first", "claim", "flags"), [
        # one address asked or told of, as people type it into the one box: each was refused as several words
        ("Is paypal-support.com legit?", "lookalike", "question_read_address", None, []),
        ("paypal-support.com legit", "lookalike", "question_read_address", None, []),
        ("Is https://metamask-restore.io safe?", "lookalike", "question_read_address", None, []),
        ("paypal-support.com是PayPal的官网吗？", "lookalike", "question_read_address", "paypal", []),
        ("is service@paypal-support.com really paypal?", "lookalike", "question_read_address", "paypal", []),
        ("got an email from service@paypal-support.com saying my account is limited", "lookalike", "report_read_address", None,
         ["frozen_account"]),
        # the official sender's address, and what the asker says it asked: its policy contradicted
        ("email from service@paypal.com asking me to confirm my password", "contradicts_policy", "report_read_address", None,
         ["asks_password"]),
    ])
    def test_one_address_asked_or_told_of_is_that_address(self, index, value, verdict, first, claim, flags):
        answer = run(index, value)
        assert (answer.verdict, answer.reasons[0]["code"]) == (verdict, first)
        assert (answer.claimed_provider or {}).get("slug") == claim
        assert [flag["code"] for flag in answer.red_flags] == flags

    @pytest.mark.parametrize(("value", "verdict", "normalized", "claim"), [
        # an address copied with its label, as a page or a message gives it: each was refused as several words
        ("PayPal: service@paypal.com", "official", "paypal.com", "paypal"),
        ("Email: support@coinbase.com", "official", "coinbase.com", None),
        ("Website: https://paypal-help.com", "lookalike", "paypal-help.com", None),
        ("支付宝客服邮箱：alipay_kefu@qq.com", "lookalike", "qq.com", "alipay"),
        ("支付宝客服 alipay_kefu@qq.com", "lookalike", "qq.com", "alipay"),
        ("PayPal's official support email: security@paypal-support.com", "lookalike", "paypal-support.com", "paypal"),
        # the label's provider is the claim: another's official address is not its own
        ("PayPal: support@coinbase.com", "mismatch", "coinbase.com", "paypal"),
        ("Reply-To: support@coinbase-help.com", "lookalike", "coinbase-help.com", None),
        # the words that send the reader on, a Chinese colon with no space, a name in look-alike characters or misspelt, a
        # web address glued to its label: each was "not a web address" (its port no number), a look-alike of the one host
        # "alipay请访问binance.com", or no claim
        ("Coinbase：alipay-hk.cn", "lookalike", "alipay-hk.cn", "coinbase"),
        ("Alipay请访问binance.com", "mismatch", "binance.com", "alipay"),
        ("PayPal官网请访问paypal-verify.com", "lookalike", "paypal-verify.com", "paypal"),
        ("Binance help center 👉 metamask.io", "mismatch", "metamask.io", "binance"),
        ("Paypa1 official site: kraken.com", "mismatch", "kraken.com", "paypal"),
        ("Metamsk website: https://support.metamask.io", "official", "support.metamask.io", "metamask"),
        ("MetaMask loginhttps://www.paypal.com/signin", "mismatch", "www.paypal.com", "metamask"),
        # the label after the address, as a list or a search result's line gives it
        ("paypal-verify.com - PayPal官网", "lookalike", "paypal-verify.com", "paypal"),
        ("metamask.io（MetaMask登录）", "official", "metamask.io", "metamask"),
        ("kraken.com 👈 Metamsk官网", "mismatch", "kraken.com", "metamask"),
        ("service@paypal.com, Binance support email", "mismatch", "paypal.com", "binance")])
    def test_an_address_with_its_label_is_that_address_and_its_provider_the_claim(self, index, value, verdict, normalized, claim):
        answer = run(index, value)
        assert (answer.verdict, answer.input["normalized"]) == (verdict, normalized)
        assert (answer.claimed_provider or {}).get("slug") == claim
        codes = [r["code"] for r in answer.reasons]
        assert codes[0] == "label_read_address" and ("label_claim" in codes) == (claim is not None)

    @pytest.mark.parametrize("value", ["Your PayPal account is limited, click the link: paypal-verify.com", "visit paypal.com now",
                                       "Is paypal.com or paypal-support.com the real one?",
                                       # words before an address that are no label: a message, which a scan reads
                                       "Send your coins to metamask-restore.com", "John Smith john@example.com",
                                       "PayPal: paypal.com, metamask.io"])
    def test_a_message_holding_an_address_or_a_question_of_two_stays_several_words(self, index, value):
        # (a pasted message is the check page's to scan: it lists what the text holds)
        answer = run(index, value)
        assert answer.verdict == "invalid" and "it is several words" in answer.reasons[-1]["message"]

    def test_a_web_addresss_chinese_path_is_no_label_after_it(self, index):
        # "支付宝" in Baidu Baike's path was read as the address's label: a claim to be Alipay, a mismatch
        answer = run(index, "https://baike.baidu.com/item/支付宝")
        assert (answer.verdict, answer.claimed_provider) == ("unknown", None)

    def test_what_a_question_says_was_asked_is_read_as_the_callers_words(self, index):
        # "official, low risk": the asker said the number asked for the code, and that was not read
        answer = run(index, "支付宝95188打电话让我提供验证码，是真的吗？", region="CN", lang="zh")
        assert (answer.verdict, answer.risk, [flag["code"] for flag in answer.red_flags]) == ("official", "high", ["asks_otp"])
        assert any(r["message"].startswith("您描述的对方话术中有 1 个诈骗信号") for r in answer.reasons)

    @pytest.mark.parametrize(("value", "message", "flags", "risk"), [
        # the asker's account of the call, in the message box or around the number: "my", "me" and "I" are the caller's
        # "your" and "you" (each raised less or nothing)
        ("+1 (202) 555-0148", "He said there was a warrant for my arrest and I must pay today with bitcoin to clear the warrant",
         ["gift_card_or_crypto_payment", "threatens_arrest"], "high"),
        ("+1 (202) 555-0148", "My grandson called, he said he was in jail and needed bail money, told me not to tell anyone",
         ["threatens_arrest", "asks_for_money", "urgency_secrecy"], "high"),
        # (one medium sign alone, of a number no one lists: not known, and not called safe)
        ("got a call from +1 (202) 555-0148, he said my Social Security number was suspended", None, ["threatens_arrest"], "unknown"),
    ])
    def test_a_call_told_of_in_the_askers_words_is_read_as_the_caller_said_it(self, index, value, message, flags, risk):
        answer = run(index, value, region="US", message=message)
        assert ([flag["code"] for flag in answer.red_flags], answer.risk) == (flags, risk)

    def test_a_message_given_is_the_message_not_the_words_around_the_number(self, index):
        answer = run(index, "got a call from 888-221-1161 claiming to be PayPal", region="US",
                     message="Please read me the code we just sent you.")
        assert [flag["code"] for flag in answer.red_flags] == ["asks_otp"]
        assert "red_flags_found" in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("value", "called"), [("who called me from 1-888-221-1161", True), ("PayPal 1-888-221-1161", False)])
    def test_a_call_received_asked_without_a_question_mark_is_incoming(self, index, value, called):
        # read as a number with its label, it was judged as a number looked up: no word that caller ID can be forged
        answer = run(index, value, region="US")
        assert answer.verdict == "official"
        assert ("spoofing_possible" in [r["code"] for r in answer.reasons]) == called

    @pytest.mark.parametrize("value", ["Is 1-888-221-1161 or 1-888-221-1162 PayPal?", "SKU ABC12345 what is it?",
                                       "Order 12345678 and 87654321, when will they ship?"])
    def test_a_question_of_two_numbers_or_of_a_code_stays_refused(self, index, value):
        assert run(index, value, region="US").verdict == "invalid"

    def test_a_web_address_whose_query_holds_a_mark_and_digits_is_no_question(self, index):
        answer = run(index, "https://www.google.com/url?q=https://www.binance-cn.vip/&sa=D&ust=1527540404632000", region="CN")
        assert answer.verdict == "lookalike" and "question_read" not in [r["code"] for r in answer.reasons]

    def test_a_question_asked_with_a_claim_of_its_own_is_the_number_claimed_so(self, index):
        answer = run(index, "¿Es 1-888-221-1161 el número de BBVA?", region="US", claimed_provider="Venmo")
        assert (answer.verdict, answer.claimed_provider["slug"]) == ("mismatch", "venmo")
        assert answer.reasons[0]["code"] == "label_read"

    @pytest.mark.parametrize(("value", "region", "normalized", "first_reason"), [
        # a note in brackets after the number, as pages print one: each was invalid ("not a possible international
        # number", "several words")
        ("Coinbase: +1 (888) 908-7930 (24/7)", "US", "+18889087930", "note_left_out"),
        ("官方客服 95188（24小时）", "CN", "CN:95188", "note_left_out"),
        ("+1 (888) 908-7930 (toll-free)", "US", "+18889087930", "note_left_out"),
        # an extension in brackets is the extension, as it is without them
        ("+1 888 908 7930 (ext. 5)", "US", "+18889087930", "reading_chosen"),
        ("95188（转2）", "CN", "CN:95188", "reading_chosen"),
        # an area code in brackets is the number's own
        ("(888) 908-7930", "US", "+18889087930", "reading_chosen"),
    ])
    def test_a_note_in_brackets_after_a_number_is_left_out(self, index, value, region, normalized, first_reason):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.input["normalized"], answer.reasons[0]["code"]) == ("official", normalized, first_reason)

    @pytest.mark.parametrize(("value", "region", "normalized", "note"), [
        # opening hours copied with the number, as a listing prints them: Alipay's own 95188 was a look-alike ("an
        # extended short code"), high risk, and "9-5" two menu keys
        ("95188 9:00-21:00", "CN", "CN:95188", "9:00-21:00"), ("95188 9:00-21:00", None, "CN:95188", "9:00-21:00"),
        ("95188 8:00~22:00", "CN", "CN:95188", "8:00~22:00"),
        ("+1 (888) 908-7930 9-5", "US", "+18889087930", "9-5"), ("+1 888 908 7930 | 8.30-17.30", "US", "+18889087930", "| 8.30-17.30"),
    ])
    def test_opening_hours_after_a_number_are_left_out(self, index, value, region, normalized, note):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.input["normalized"]) == ("official", normalized)
        assert answer.reasons[0]["code"] == "note_left_out" and note in answer.reasons[0]["message"]
        assert "extension" not in [r["code"] for r in answer.reasons]

    def test_a_numbers_own_last_groups_are_no_opening_hours(self, index):
        # Berlin's 030 1234 12-20 is whole only with its "12-20"
        answer = run(index, "030 1234 12-20", region="DE")
        assert answer.input["normalized"] == "+493012341220" and "note_left_out" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("value", "region", "verdict", "claim"), [
        # a provider named in the note is a claim, as a label before the number is
        ("+1 888 555 0134 (PayPal)", "US", "mismatch", "paypal"),
        ("95017（微信支付）", "CN", "official", "wechat-pay"),  # (微信 in a provider's name: no WeChat account)
        # a platform's name inside other words is no account there
        ("+1 888 221 1161 (Signal Hill office)", "US", "official", None),
    ])
    def test_a_note_naming_a_provider_is_its_claim(self, index, value, region, verdict, claim):
        answer = run(index, value, region=region)
        assert (answer.verdict, (answer.claimed_provider or {}).get("slug")) == (verdict, claim)
        assert "chat_account_number" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["+1 888 221 1161 (WhatsApp)", "+1 888 221 1161（微信同号）", "+1 888 221 1161 (Zalo)"])
    def test_a_note_naming_a_messaging_app_gives_the_number_as_an_account_there(self, index, value):
        # left out as any note, it made PayPal's number official where it is given as a chat
        answer = run(index, value, region="US", claimed_provider="PayPal")
        assert answer.verdict == "mismatch"
        assert [r["code"] for r in answer.reasons][:2] == ["note_left_out", "chat_account_number"]

    @pytest.mark.parametrize(("value", "first_reason"), [
        ("WhatsApp: +1 888 221 1161", "chat_account_number"), ("微信：95188", "invalid_value"),
        ("1-800-FLOWERS", "letters_read_as_keypad"), ("95188转2", "reading_chosen"),
    ])
    def test_what_other_readers_take_is_no_label(self, index, value, first_reason):
        assert run(index, value, region="US").reasons[0]["code"] == first_reason

    @pytest.mark.parametrize("value", ["PayPal support 1-888-221-1161 or 1-888-555-0134", "visit paypal.com now",
                                       "客服 95188 或 95017",
                                       # a text message with its link ("what follows its ':' is no port number"), Chinese
                                       # ones with no space ("it holds characters no domain name can have", a punycode name)
                                       "USPS: Your package is on hold. Update here: https://usps-redelivery-track.com",
                                       "【支付宝】您的账户存在异常，请拨打4008205555解冻", "请登录www.alipay.com查看",
                                       # (words after a number that are more than a name and its line's word)
                                       "4008205555 my cousin's old work support", "95188 我朋友给我的客服"])
    def test_several_words_are_not_one_value_and_the_answer_says_so(self, index, value):
        # the domain reader's complaint about the first space was the reason: "Codepoint U+0020 at position 7 …"
        answer = run(index, value, region="CN")
        assert answer.verdict == "invalid"
        assert "it is several words: give one number, address or email" in answer.reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "region"), [("1800-419-0157", "IN"), ("+91 1800 419 0157", None)])
    def test_google_pay_indias_own_number_is_official_and_a_call_from_it_is_not_googles(self, index, value, region):
        # it was no channel: "Google Pay customer care number" pages' real number was "not one of Google Pay's", high risk
        assert (run(index, value, region=region, claimed_provider="Google Pay").verdict) == "official"
        called = run(index, value, region=region, claimed_provider="Google Pay", direction="incoming")
        assert called.verdict == "contradicts_policy" and "spoofing_possible" in [r["code"] for r in called.reasons]

    @pytest.mark.parametrize(("value", "region", "number"), [
        # what a fake carrier's, bank's or courier's caller asks to have dialled: each was a German number ("valid in DE"),
        # a number with its label "*", or "not a possible phone number"
        ("*401*9876543210", None, "9876543210"), ("*401# 9876543210", "IN", "9876543210"),
        ("**21*08031234567#", None, "08031234567"), ("**67*+2348031234567#", "NG", "+2348031234567")])
    def test_a_call_forwarding_code_is_said_to_be_one(self, index, value, region, number):
        answer = run(index, value, region=region)
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("invalid", ["invalid_value"])
        assert f"a code that forwards your calls to {number}: whoever asks you to dial it wants your calls" in answer.reasons[0]["message"]
        assert "呼叫转移" in run(index, value, region=region, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("value", ["*#06#", "*#21#", "*#62#", "##002#"])
    def test_a_code_the_phone_reads_itself_is_said_to_be_one(self, index, value):
        # "*#06#", "*#21#" (posts say "dial it to see if your calls are forwarded"): it was "not a valid domain name"
        answer = run(index, value)
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("invalid", ["invalid_value"])
        assert "a code your phone reads itself, not a number, site or account we can look up" in answer.reasons[0]["message"]
        assert "呼叫转移" in run(index, value, lang="zh").reasons[0]["message"]

    def test_a_message_asking_for_a_call_forwarding_code_is_a_scams_script(self, index):
        answer = run(index, "+91 98765 43210", message="Your SIM will be blocked. To fix it, dial *401*9876543210 now.")
        assert answer.risk == "high" and "asks_call_forwarding" in [flag["code"] for flag in answer.red_flags]

    @pytest.mark.parametrize(("value", "normalized", "verdict"), [
        ("tel:95188", "CN:95188", "official"), ("tel:+86-400-669-5566", "+864006695566", "official"),
        ("sms:95188?body=hi", "CN:95188", "official"), ("callto:+18882211161", "+18882211161", "official"),
        ("tel:+1-888-221-1161;ext=5", "+18882211161", "official"),
        # iOS's message after "&", as the page scan reads a link so written too
        ("sms:95188&body=hi", "CN:95188", "official"), ("sms://+18882211161;?&body=STOP", "+18882211161", "official"),
        ("sms:95188&4001234567", "951884001234567", "lookalike"),  # digits after "&" are no message
        # letters in a link are dialled as a keypad's, whatever digit they look like (each was the official number, read
        # as text reads them); a vanity number's too, and an extension's pause is no letter of the number
        ("tel:95I88", "CN:95488", "unknown"), ("sms:95I88?body=hi", "CN:95488", "unknown"),
        ("tel:1-888-221-116l", "+18882211165", "lookalike"), ("tel:1-877-FTC-HELP", "+18773824357", "official"),
        ("tel:+1-888-221-1161p2", "+18882211161", "official"),
    ])
    def test_a_dialling_link_copied_from_a_page_is_its_number(self, index, value, normalized, verdict):
        # tel:95188 was "not a URL (Port out of range 0-65535)"
        answer = run(index, value, region="CN")
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)

    @pytest.mark.parametrize(("link", "numbers"), [
        ("sms:95188,10690000", "95188, 10690000"),  # was "Alipay's short code with digits added", a look-alike
        ("sms:+18882211161;+18445550123", "+18882211161, +18445550123"),  # was PayPal's, official: texts both
        ("sms://+18445550123,+18882211161?body=STOP", "+18445550123, +18882211161"),
    ])
    def test_a_text_message_link_to_several_numbers_is_refused_naming_each(self, index, link, numbers):
        answer = run(index, link, region="CN")
        assert (answer.verdict, answer.provider) == ("invalid", None)
        assert f"a text-message link to 2 numbers ({numbers}): a message sent through it goes to each" in answer.reasons[0]["message"]
        # its parameters are no number: one number still
        assert run(index, "sms:+18882211161;ext=2?body=a;b").verdict == "official"

    @pytest.mark.parametrize(("value", "normalized", "verdict"), [
        ("www.alipay.com。", "www.alipay.com", "official"), ("（www.alipay.com）", "www.alipay.com", "official"),
        ("《www.alipay.com》", "www.alipay.com", "official"), ("“paypal-support.com”", "paypal-support.com", "lookalike"),
        ("www.alipay.com)", "www.alipay.com", "official"), ("(service@paypal.com)", "paypal.com", "official"),
        ("paypal.com!", "paypal.com", "official"),
        # a sentence's bracket, then its full stop: "(see https://paypal-verify.com)." (it was "not a valid domain name")
        ("https://paypal-verify.com).", "paypal-verify.com", "lookalike"), ("“paypal-verify.com”.", "paypal-verify.com", "lookalike"),
        ("https://paypal.com.", "paypal.com", "official"),  # (a host's own root: no sentence's stop to take off)
        # a bracket the address holds itself stays
        ("(https://en.wikipedia.org/wiki/Alipay_(app))", "en.wikipedia.org", "unknown"),
        # Markdown's marks around it, as Discord, Telegram and Reddit copy a code span, bold or struck-through text
        ("`paypal.com`", "paypal.com", "official"), ("**paypal-verify.com**", "paypal-verify.com", "lookalike"),
        ("__service@paypal.com__", "paypal.com", "official"), ("~~paypal.com~~", "paypal.com", "official"),
    ])
    def test_an_address_copied_with_its_sentences_punctuation_is_the_address(self, index, value, normalized, verdict):
        # each was "not a valid domain name" (as a number copied so never was: its brackets and stops are separators)
        answer = run(index, value)
        assert (answer.input["normalized"], answer.verdict) == (normalized, verdict)

    def test_words_in_punctuation_stay_words(self, index):
        # (what is left inside is no one address: the punctuation stays, and the words are told as words)
        answer = run(index, '"hello world."')
        assert answer.verdict == "invalid" and "it is several words" in answer.reasons[-1]["message"]
        assert "“\"hello world.\"”" in answer.reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "said"), [
        ("javascript:alert(1)", "javascript: addresses are not web addresses"),
        ("😀😀😀", "not a valid domain name: it holds characters no domain name can have"),
        # it was "holds characters no domain name can have", of letters and digits: its punycode decodes to nothing
        ("http://xn--metamsk-9qa.io", "not a valid domain name: a label starting “xn--” or with “--” after its first two "
                                      "characters must be an encoded international name, and this one is not"),
        ("paypal.com:80x", "not a web address: what follows its ':' is no port number"),
        # USSD codes were "not a valid domain name: a label starting “xn--” …" (the message of a bad punycode label)
        ("*99#", "a code your phone sends to your mobile network (USSD), not a number, site or account we can look up: "
                 "dial one a stranger gives you only once your carrier or bank has told you what it does"),
        ("*123*1#", "a code your phone sends to your mobile network (USSD), not a number, site or account we can look up: "
                    "dial one a stranger gives you only once your carrier or bank has told you what it does"),
        ("*99", "not a valid domain name: it holds characters no domain name can have"),
        # a blockchain name, the wallet a fake agent says to send to, was "does not end in a public suffix"
        ("metamask-support.eth", "it is a blockchain name (ENS's .eth, Solana's .sol, Unstoppable's .crypto …): it stands for a "
                                 "crypto address, not a website or anyone's support, anyone can register one with any name in "
                                 "it, and what is sent to it cannot be taken back. No support agent, exchange or wallet asks "
                                 "you to send crypto to a name to verify, unlock or protect your account"),
        # and these were told of a bad punycode label too
        ("+86", "a country code (+86) with no number after it"), ("+", "a “+” with no number after it"),
        ("foo..com", "a domain name has at least two dot-separated labels of letters, digits and '-'"),
        ("tel:", "a dialling link with no number in it"),
    ])
    def test_bad_input_is_told_in_words_a_person_understands(self, index, value, said):
        # the libraries' own words reached people: "Port could not be cast to integer value as 'alert(1)'",
        # "Codepoint U+1F600 at position 1 of '😀😀😀' not allowed"
        answer = run(index, value)
        assert answer.verdict == "invalid" and answer.reasons[-1]["message"].endswith(said + ".")
        assert "Codepoint" not in answer.reasons[-1]["message"] and "cast" not in answer.reasons[-1]["message"]
        chinese = run(index, value, lang="zh").reasons[-1]["message"]
        assert not any("a" <= ch <= "z" for ch in chinese.split("：", 1)[-1].replace("javascript", "").replace("xn--", ""))

    @pytest.mark.parametrize(("value", "said"), [
        ("0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "it is a crypto address, where coins are sent"),
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "it is a crypto address, where coins are sent"),
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "it is a crypto address, where coins are sent"),
        ("TJYeasTPa6gpEEfYBQRUzrBLVdSZ4qF1Ln", "it is a crypto address, where coins are sent"),
        ("ethereum:0x742d35Cc6634C0532925a3b844Bc454e4438f44e@1?value=1e18", "it is a request to pay in crypto"),
        ("wc:8a5e5bdc-a0e4-4702-ba63-8f1a5655744f@2?relay-protocol=irn&symKey=587d5484ce2a2a6ee3ba1962fdd7e8588e06200c46823bd18fbd",
         "it is a WalletConnect pairing code"),
    ])
    def test_a_wallets_values_are_said_to_be_what_they_are(self, index, value, said):
        # each was "a domain name has at least two dot-separated labels of letters, digits and '-'"
        answer = run(index, value)
        assert answer.verdict == "invalid" and f"or account: {said}" in answer.reasons[-1]["message"]
        assert "两段" not in run(index, value, lang="zh").reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "said"), [
        # India's UPI: a payment app's request and a UPI ID, as fake refund desks send them (it was "upi: addresses are not web
        # addresses", and "a domain name has at least two dot-separated labels")
        ("upi://pay?pa=refund.paytm@okaxis&pn=Paytm%20Refund&am=5000", "it is a UPI payment request"),
        ("phonepe.refund@ybl", "it is a UPI ID, India's address for paying someone (its handle, @ybl,"),
        ("9876543210@ptyes", "it is a UPI ID, India's address for paying someone (its handle, @ptyes,"),
    ])
    def test_upi_values_are_said_to_be_what_they_are(self, index, value, said):
        answer = run(index, value, region="IN")
        assert answer.verdict == "invalid" and f"or account: {said}" in answer.reasons[-1]["message"]
        assert "UPI" in run(index, value, lang="zh").reasons[-1]["message"]
        # (an address with no dot that is no app's UPI handle stays an email that cannot be: "support@paypal")
        assert "UPI" not in run(index, "support@paypal").reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "header", "route"), [
        # what an Indian phone shows as a text's sender, pasted to ask whose it is: it was "a domain name has at least two
        # dot-separated labels of letters, digits and '-'"
        ("VM-PAYTMB", "PAYTMB", "VM"), ("JD-HDFCBK-S", "HDFCBK", "JD"), ("ad-icicib-t", "ICICIB", "AD"),
    ])
    def test_an_indian_sms_header_is_said_to_be_one(self, index, value, header, route):
        answer = run(index, value, region="IN")
        assert answer.verdict == "invalid" and [reason["code"] for reason in answer.reasons] == ["invalid_value"]
        assert f"or account: it is the name a text was sent under in India (an SMS header: {route} is the carrier and " \
               f"circle that delivered it, {header} the header" in answer.reasons[0]["message"]
        assert f"{route} 表示投递它的运营商和地区，{header} 是" in run(index, value, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("value", ["#HSBC", "#Chong Hing"])
    def test_a_hong_kong_registered_senders_name_is_said_to_be_one(self, index, value):
        # (it was "no host name in it")
        answer = run(index, value, region="HK")
        assert answer.verdict == "invalid" and [reason["code"] for reason in answer.reasons] == ["invalid_value"]
        assert f"or account: it is a registered sender's name as a Hong Kong phone shows it ({value}: the “#” is OFCA's" \
               in answer.reasons[0]["message"]
        assert f"已登记短信发送人名称（{value}：" in run(index, value, region="HK", lang="zh").reasons[0]["message"]
        # (elsewhere a hashtag's as often: not said)
        assert "registered sender" not in run(index, value).reasons[-1]["message"]

    def test_a_providers_name_as_its_registered_sender_names_it_and_says_so(self, index):
        answer = run(index, "#BOCHK", region="HK")
        assert [reason["code"] for reason in answer.reasons] == ["provider_named", "registered_sms_sender"]
        assert answer.claimed_provider["slug"] == "bochk"
        # (a name with its number is read as its label and number, as before: ADCC's sender is its hotline's)
        assert run(index, "#ADCC18222", region="HK").verdict == "official"

    @pytest.mark.parametrize("value", ["Likely-SCAM", "likely-scam"])
    def test_singapores_likely_scam_sender_is_said_to_be_a_warning(self, index, value):
        # (it was "a domain name has at least two dot-separated labels")
        answer = run(index, value, region="SG")
        assert answer.verdict == "invalid"
        assert "it is the name Singapore's networks give a text whose sender is registered with no one" in answer.reasons[0]["message"]
        assert "新加坡网络给未登记发送人的短信" in run(index, value, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("value", ["AD-123456", "VM-PAYTM", "VM-PAYTMBANK", "VM-PAYTMB-X"])
    def test_what_is_not_an_sms_headers_shape_is_not_said_to_be_one(self, index, value):
        # (two letters before digits alone are a label or a code's as often; a header is six characters, its kind one letter)
        assert "SMS header" not in run(index, value, region="IN").reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "said", "chinese"), [
        # the "safe account" a caller gives: it was "a number with its label" DE, then too long for a phone number
        ("DE89 3704 0044 0532 0130 00", "it is an IBAN, the number of a bank account in DE", "IBAN"),
        ("GB82WEST12345698765432", "it is an IBAN, the number of a bank account in GB", "IBAN"),
        # a card's number read out to a "bank" (it was "16 digits: longer than any phone number")
        ("4111 1111 1111 1111", "it is a payment card's number", "银行卡号"),
        ("5500-0000-0000-0004", "it is a payment card's number", "银行卡号"),
    ])
    def test_a_bank_accounts_and_a_cards_numbers_are_said_to_be_what_they_are(self, index, value, said, chinese):
        answer = run(index, value)
        assert answer.verdict == "invalid" and f"or account: {said}" in answer.reasons[-1]["message"]
        assert [reason["code"] for reason in answer.reasons] == ["invalid_value"]
        assert chinese in run(index, value, lang="zh").reasons[-1]["message"]

    @pytest.mark.parametrize("value", [
        "DE89 3704 0044 0532 0130 01",  # (an IBAN's check digits wrong: no IBAN, as a typo is not)
        "4111 1111 1111 1112",  # (a card's check digit wrong)
        "106 5755 0000 1234 5678",  # (a long SMS port: not a card, though its length is one's)
        "+86 138 0013 8000",
    ])
    def test_numbers_that_fail_the_checks_are_no_iban_or_card(self, index, value):
        message = run(index, value, region="CN").reasons[-1]["message"]
        assert "IBAN" not in message and "card's number" not in message

    @pytest.mark.parametrize("value", ["13800138000138000138000138", "bitcoin.org", "1-888-221-1161"])
    def test_numbers_and_sites_are_no_crypto_address(self, index, value):
        assert "crypto" not in run(index, value, region="US").reasons[-1]["message"]

    @pytest.mark.parametrize(("value", "region"), [("192.168.1.1", "CN"), ("10.0.0.1", "CN"), ("::1", None), ("192.168.1.1", None),
                                                   ("http://10.0.0.1/admin", None)])
    def test_a_local_network_address_is_said_to_be_one_not_read_as_a_number(self, index, value, region):
        # 192.168.1.1 was read as +8619216811, and 10.0.0.1 as the short code 10001; without a region 192.168.1.1
        # was "a valid number in AT, BE, BM …"
        answer = run(index, value, region=region)
        assert answer.verdict == "invalid" and answer.input["normalized"] is None
        assert answer.reasons[-1]["message"].endswith(
            "an address on a private or reserved network (a router, a device at home or at work), not a site on the internet.")
        assert "regions_where_valid" not in (answer.interpretation or {})

    @pytest.mark.parametrize(("value", "shown"), [
        # a full-width solidus was read as the path's '/' (NFKC), so the address was PayPal's own, official, low risk; a
        # browser's URL parser never sees a '/' there and takes it all for the host
        ("https://paypal.com\uff0flogin.evil-host.com", "paypal.com"),
        ("https://www.paypal.com\u2044signin.evil-host.com/", "www.paypal.com"),  # (a fraction slash: "not a valid domain")
        ("paypal.com\u2215account.evil-host.com", "paypal.com"),
    ])
    def test_a_slash_lookalike_inside_a_host_makes_a_lookalike_of_the_site_it_shows(self, index, value, shown):
        answer = run(index, value)
        assert (answer.verdict, answer.risk, answer.provider["slug"]) == ("lookalike", "high", "paypal")
        assert answer.reasons[-1]["code"] == "lookalike_slash_in_host" and answer.interpretation["shown_host"] == shown
        assert "这个网址是故意让人看错的" in run(index, value, lang="zh").reasons[-1]["message"]

    def test_a_slash_lookalike_inside_a_host_is_high_risk_whoever_it_shows(self, index):
        answer = run(index, "https://example.com\u2215login.evil-host.com")
        assert (answer.verdict, answer.risk, answer.reasons[0]["code"]) == ("unknown", "high", "slash_lookalike_in_host")
        # in the path it is a path's character, as a browser reads it
        assert run(index, "https://www.paypal.com/\uff0fsignin").verdict == "official"

    @pytest.mark.parametrize(("value", "shown"), [
        # "invalid: it holds characters no domain name can have", or PayPal's name in another domain, or a subdomain of
        # verify-account.net: a browser opens an IDN host that is none of these (www.paypal.xn--comverify-account-n2a.net) or
        # nothing, and a page scan found www.paypal.com in it, official
        ("www.paypal.com\u00b7verify-account.net", "www.paypal.com.verify-account.net"),
        ("https://www.paypal.com\u2e33verify-account.net/login", "www.paypal.com.verify-account.net"),
        ("www.paypal.com\ua4f8verify-account.net", "www.paypal.com.verify-account.net"),
        ("www.paypal.com\u2024verify-account.net", "www.paypal.com.verify-account.net"),  # (NFKC makes it a dot; no browser)
        ("www.paypal\u30fbcom", "www.paypal.com"),
        ("service@paypal\u00b7com", "paypal.com"),
        ("www.paypal.com\u00b7secure\u2010verify.net", "www.paypal.com.secure-verify.net"),  # (a hyphen's look-alike read too)
        # ... and of a hyphen: "invalid", a browser opens paypal.xn--comsecure-x79d.net, a scan found paypal.com, official
        ("paypal.com\u2010secure.net", "paypal.com-secure.net"), ("https://paypal\u2013verify.com/login", "paypal-verify.com"),
        ("paypal.com\u2212secure.net", "paypal.com-secure.net"), ("service@paypal\u2011help.com", "paypal-help.com"),
        # ... and beside a dot, where it reads as nothing: a browser opens www.xn--paypal-…: "invalid", a scan's paypal.com
        ("www.\u2212paypal.com", "www.paypal.com"), ("https://www.paypal\u30fb.com/", "www.paypal.com"),
        ("www.\u2014paypal.com", "www.paypal.com"),  # (an em dash, prose's, is a disguise there only)
    ])
    def test_a_dot_or_hyphen_lookalike_inside_a_host_makes_a_lookalike_of_the_site_it_reads_as(self, index, value, shown):
        answer = run(index, value)
        assert (answer.verdict, answer.risk, answer.provider["slug"]) == ("lookalike", "high", "paypal")
        assert answer.interpretation["shown_host"] == shown
        assert answer.reasons[-1]["code"] == ("lookalike_dot_in_host" if set(value) & set(normalize.DOT_LOOKALIKES)
                                              else "lookalike_hyphen_in_host")
        assert answer.input["kind"] == ("email_domain" if "@" in value else "website")
        assert "这个地址是故意让人看错的" in run(index, value, lang="zh").reasons[-1]["message"]

    def test_a_hyphen_a_browser_reads_as_one_is_one(self, index):
        # (NFKC and IDNA make ﹣ and － hyphens: the site it opens is paypal.com-secure.net, PayPal's name in another domain)
        for hyphen in "\ufe63\uff0d":
            answer = run(index, f"paypal.com{hyphen}secure.net")
            assert (answer.verdict, answer.reasons[-1]["code"], answer.input["normalized"]) == (
                "lookalike", "lookalike_brand_in_domain", "paypal.com-secure.net")

    @pytest.mark.parametrize(("value", "opens", "kind"), [
        # "invalid: it holds characters no domain name can have", where a browser opens the name (UTS46 keeps symbols and
        # emoji, which IDNA2008 refuses): a page's "www.paypal.com©verify.net" was no finding, or www.paypal.com, official
        ("www.\u2605paypal.com", "www.xn--paypal-948c.com", "website"),
        ("www.paypal.com\u00a9verify.net", "www.paypal.xn--comverify-2la.net", "website"),
        ("https://pay\U0001f600pal.com/login", "xn--paypal-5v74e.com", "website"),
        ("service@paypal\u2605help.com", "xn--paypalhelp-5i0g.com", "email_domain"),
    ])
    def test_a_symbol_in_a_host_is_read_as_a_browser_opens_it(self, index, value, opens, kind):
        answer = run(index, value)
        assert (answer.verdict, answer.risk, answer.input["normalized"], answer.input["kind"]) == ("lookalike", "high", opens, kind)
        assert [reason["code"] for reason in answer.reasons] == ["symbol_in_host", "lookalike_brand_in_domain"]
        assert f"a browser opens it all the same, as {opens}" in answer.reasons[0]["message"]
        assert f"浏览器仍会把它当作 {opens} 打开" in run(index, value, lang="zh").reasons[0]["message"]

    def test_a_symbol_in_a_host_that_names_no_provider_is_unknown(self, index):
        answer = run(index, "shop\u2605deals.com")
        assert (answer.verdict, [reason["code"] for reason in answer.reasons]) == ("unknown", ["symbol_in_host", "unknown_value"])
        # none where a browser opens nothing: a character UTS46 disallows, or no ending
        assert run(index, "pay\u0378pal.com").verdict == run(index, "\U0001f600\U0001f600").verdict == "invalid"

    def test_a_dot_lookalike_inside_a_host_is_high_risk_whoever_it_shows(self, index):
        answer = run(index, "https://example\u00b7com/login")
        assert (answer.verdict, answer.risk, answer.reasons[0]["code"]) == ("unknown", "high", "dot_lookalike_in_host")
        # Catalan's l·l is a letter of its own (IDNA2008 allows the middle dot there only), and a path may hold any
        assert not {"dot_lookalike_in_host", "lookalike_dot_in_host"} & {reason["code"] for reason in run(index, "col\u00b7legi.cat").reasons}
        assert run(index, "https://www.paypal.com/a\u00b7b").verdict == "official"

    @pytest.mark.parametrize(("value", "slug"), [("http://45.33.12.1/paypal/login", "paypal"),
                                                 ("https://support:help@[2606:4700::1111]/metamask/restore", "metamask"),
                                                 ("http://45.33.12.1/index.html?account=paypa1", "paypal")])
    def test_a_web_address_at_an_ip_address_carrying_a_brand_is_a_lookalike(self, index, value, slug):
        # it was "not a possible phone number, domain, email address or app", risk unknown, and a scan dropped it
        answer = run(index, value)
        assert (answer.verdict, answer.risk, answer.provider["slug"]) == ("lookalike", "high", slug)
        assert answer.reasons[-1]["code"] == "lookalike_ip_address"
        assert "a sign-in page at an IP address is a phishing page" in answer.reasons[-1]["message"]
        assert run(index, value, claimed_provider=slug).verdict == "lookalike"

    @pytest.mark.parametrize(("value", "address"), [
        # the WHATWG URL standard's IPv4 forms, as browsers open them: one number, hex, octal, fewer parts
        ("http://0x2d4d0c22/paypal/login", "45.77.12.34"), ("http://760024098/paypal/login", "45.77.12.34"),
        ("http://0x2d.0x4d.0xc.0x22/paypal", "45.77.12.34"), ("http://055.0115.014.042/paypal", "45.77.12.34"),
        ("http://45.77.3106/paypal", "45.77.12.34"), ("https://45.5049378./paypal", "45.77.12.34"),
    ])
    def test_an_ip_address_written_as_browsers_also_read_one_is_that_address(self, index, value, address):
        # it was "not a possible … domain: a domain name has at least two labels", risk unknown, where a browser opens
        # the link at 45.77.12.34: a phishing link's disguise of a bare address
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"], answer.interpretation["ip_address"]) == ("lookalike", "paypal", address)
        assert answer.reasons[0]["code"] == "ip_address_disguised" and address in answer.reasons[0]["message"]

    @pytest.mark.parametrize("value", ["http://1.2.3.4.5/", "http://256.1.1.1/", "http://0x1g/", "http://4294967296/",
                                       "http://09.1.1.1/", "http://1..2/"])
    def test_a_host_ending_in_a_number_that_no_browser_opens_is_no_address(self, index, value):
        assert run(index, value).verdict == "invalid"

    def test_a_bare_number_or_an_address_with_a_plain_ip_is_not_said_to_be_disguised(self, index):
        assert run(index, "760024098", region="US").input["kind"] != "website"  # typed alone, a number is a number
        assert "written" not in run(index, "http://45.77.12.34/").interpretation

    def test_a_web_address_at_an_ip_address_is_never_official_and_says_what_it_is(self, index):
        for value in ("45.33.12.1", "http://45.33.12.1/", "https://[2606:4700::1111]/index.html"):
            answer = run(index, value)
            assert (answer.verdict, answer.input["kind"]) == ("unknown", "website")
            assert answer.reasons[0]["code"] == "ip_address_site"
            assert run(index, value, claimed_provider="Coinbase").verdict == "mismatch"

    @pytest.mark.parametrize(("value", "shown"), [("x@[1.2.3.4]", "x@[1.2.3.4]"), ("support@1.2.3.4", "support@[1.2.3.4]"),
                                                  ("mailto:help@[45.33.12.1]", "help@[45.33.12.1]"),
                                                  ("x@[IPv6:2606:4700::1111]", "x@[IPv6:2606:4700::1111]")])
    def test_an_email_address_at_an_ip_address_is_mail_no_provider_sends(self, index, value, shown):
        # it was read as a web address at that IP: "1.2.3.4 is a bare IP address, not a site's name"; the IPv6
        # literal was "not a valid domain name (Codepoint U+005B …)"
        answer = run(index, value)
        assert (answer.verdict, answer.input["kind"], answer.interpretation["mailbox"]) == ("unknown", "email_domain", shown.split("@")[0])
        assert answer.reasons[0] == {"code": "email_at_ip_address", "message": (
            f"{shown} is an email address at a bare IP address, not at a domain name. Banks, payment services and wallets "
            "write to their customers from their own domains, never from an address like this: do not reply, click its "
            "links or pay.")}
        assert run(index, value, claimed_provider="PayPal").verdict == "mismatch"

    @pytest.mark.parametrize(("value", "slug", "brand"), [("paypal-support@[45.33.12.1]", "paypal", "paypal"),
                                                          ("metamask.help@45.33.12.1", "metamask", "metamask"),
                                                          ("支付宝客服@[IPv6:2606:4700::1111]", "alipay", "支付宝")])
    def test_an_email_address_at_an_ip_address_named_after_a_provider_is_a_lookalike(self, index, value, slug, brand):
        answer = run(index, value)
        assert (answer.verdict, answer.risk, answer.provider["slug"]) == ("lookalike", "high", slug)
        [reason] = [r for r in answer.reasons if r["code"] == "lookalike_email_at_ip_address"]
        assert f"its name carries {answer.provider['name']}'s name (“{brand}”)" in reason["message"]
        assert "never from an address like this" in reason["message"]

    def test_a_sender_at_an_ip_address_named_as_a_provider_is_no_site_of_it(self, index):
        answer = run(index, "PayPal <service@[45.33.12.1]>")
        assert answer.verdict == "mismatch"
        assert [r["code"] for r in answer.reasons] == ["sender_name_claim", "email_at_ip_address", "mismatch_not_listed"]

    def test_an_email_address_at_an_ip_address_speaks_chinese(self, index):
        answer = run(index, "paypal-support@[45.33.12.1]", lang="zh")
        assert answer.reasons[0]["message"] == (
            "paypal-support@[45.33.12.1] 是设在裸 IP 地址上的邮箱，不是域名邮箱，邮箱名却带着贝宝的名字（“paypal”）。"
            f"贝宝只用自己的域名（{check_module._officials(index, 'paypal')}）发信，从不使用这种地址。")
        assert run(index, "x@[1.2.3.4]", lang="zh").reasons[0]["message"].startswith("x@[1.2.3.4] 是设在裸 IP 地址上的邮箱")

    @pytest.mark.parametrize("value", ["x@[192.168.1.1]", "paypal-support@[203.0.113.5]", "admin@10.0.0.1",
                                       "x@[IPv6:2001:db8::1]", "x@[IPv6:::1]"])
    def test_an_email_address_at_a_private_or_reserved_ip_address_is_invalid_and_says_why(self, index, value):
        # it was "an address on a private or reserved network (a router …), not a site on the internet": a site
        answer = run(index, value)
        assert (answer.verdict, answer.input["normalized"]) == ("invalid", None)
        assert answer.reasons[-1]["message"].endswith(
            ": the address after '@' is an IP address of a private or reserved network, which mail on the internet cannot reach.")
        assert run(index, value, lang="zh").reasons[-1]["message"].endswith("：“@”后面是内网或保留网段的 IP 地址，互联网上的邮件无法送达。")

    def test_brackets_after_the_at_sign_that_hold_no_ip_address_are_said_to(self, index):
        # it was the domain reader's "not a valid domain name (Codepoint U+005B at position 1 of '[mail]' …)"
        assert run(index, "x@[mail]").reasons[-1]["message"].endswith(": [mail] after the '@' is no IP address.")
        assert run(index, "x@[mail]", lang="zh").reasons[-1]["message"].endswith("：“@”后面的 [mail] 不是 IP 地址。")

    def test_a_web_address_with_a_user_part_at_an_ip_address_is_still_a_site(self, index):
        answer = run(index, "http://paypal@45.33.12.1/")
        assert (answer.input["kind"], answer.reasons[-1]["code"]) == ("website", "lookalike_ip_address")

    def test_a_number_written_with_dots_and_a_leading_zero_is_no_ip_address(self, index):
        assert run(index, "02.123.45.67", region="BE").input["normalized"] == "+3221234567"

    @pytest.mark.parametrize(("value", "service"), [("https://bit.ly/3xYzAbc", "Bitly"), ("t.cn/A6abcdEF", "Weibo"),
                                                    ("https://tinyurl.com/spring-recipes", "TinyURL"),
                                                    # (X's, LinkedIn's and the other common shorteners were "not in our registry")
                                                    ("https://t.co/AbCdEf123", "X (Twitter)"), ("https://lnkd.in/gr4GdxQi", "LinkedIn"),
                                                    ("https://s.id/bca-verif", "S.id"), ("https://cutt.ly/Pah5izz", "Cuttly"),
                                                    ("https://rb.gy/12plgs", "rb.gy"), ("https://is.gd/O5d2Xq", "is.gd")])
    def test_a_short_link_is_said_to_hide_where_it_goes(self, index, value, service):
        # "bit.ly is not in our registry", and nothing more
        answer = run(index, value)
        assert answer.verdict == "unknown" and answer.reasons[0]["code"] == "redirect_hidden"
        assert answer.reasons[0]["message"].startswith(f"This {service} link hides the address it sends you on to")
        assert answer.interpretation["redirect"] == service and answer.interpretation["opens"] is None

    @pytest.mark.parametrize(("value", "slug"), [
        # a name its maker chose after a provider, as fake support accounts post them: each was only "hides the address"
        ("https://bit.ly/MetaMask-Support", "metamask"), ("https://tinyurl.com/paypal-help", "paypal"),
        ("cutt.ly/metamask-restore", "metamask"),
    ])
    def test_a_short_link_named_after_a_provider_is_a_lookalike(self, index, value, slug):
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"], answer.reasons[0]["code"]) == ("lookalike", slug, "lookalike_short_link")
        assert "short link whose name its maker chose after" in answer.reasons[0]["message"]
        assert "短链接，名称由制作者自取" in run(index, value, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("value", ["https://is.gd/coinbase", "https://bit.ly/summer-sale-2026", "https://bit.ly/3xYzAbc"])
    def test_a_short_links_name_that_is_a_brand_alone_or_none_is_not_judged(self, index, value):
        # (the brand alone may be its own link; a random code or another name carries no brand)
        assert run(index, value).reasons[0]["code"] == "redirect_hidden"

    def test_a_chinese_answer_names_a_chinese_service_in_chinese(self, index):
        # "这是Weibo的跳转链接"; the API's interpretation keeps the service's one name
        answer = run(index, "t.cn/A6abcdEF", lang="zh")
        assert answer.reasons[0]["message"].startswith("这是微博的跳转链接，隐藏了它要打开的真实地址")
        assert answer.interpretation["redirect"] == "Weibo"
        baidu = run(index, "https://www.baidu.com/link?url=ec4mFIxgv-VIleWkGteah3rYYwEvIgw57mIJMTpZ", lang="zh")
        assert baidu.reasons[0]["message"].startswith("这是百度的跳转链接")

    @pytest.mark.parametrize(("value", "slug", "channel", "policy"), [
        ("支付宝客服电话", "alipay", "CN:95188", None), ("PayPal customer service", "paypal", "+18882211161", None),
        ("小狐狸钱包", "metamask", "support.metamask.io", "no_phone_support"),
        # asked as a question, as people type into the one box (it was "not a possible phone number, domain …")
        ("请问支付宝客服电话是多少？", "alipay", "CN:95188", None), ("微信支付客服电话多少", "wechat-pay", "CN:95017", None),
        # ... how to reach it, and whether it has a line at all (each was "not a possible phone number")
        ("怎么联系小狐狸钱包客服", "metamask", "support.metamask.io", "no_phone_support"),
        ("请问如何联系支付宝人工客服？", "alipay", "CN:95188", None),
        # ... how to reach a person on its line, and its "服务" (each was "not a possible phone number")
        ("支付宝人工服务怎么转", "alipay", "CN:95188", None), ("微信支付客服怎么转人工？", "wechat-pay", "CN:95017", None),
        ("支付宝服务电话", "alipay", "CN:95188", None),
        ("小狐狸钱包有客服电话吗", "metamask", "support.metamask.io", "no_phone_support"),
        ("PayPal有没有客服电话", "paypal", "+18882211161", None),
        ("What is PayPal's phone number?", "paypal", "+18882211161", None),
        ("how do I contact MetaMask support", "metamask", "support.metamask.io", "no_phone_support"),
        ("¿Cuál es el número de atención al cliente de PayPal?", "paypal", "+18882211161", None),
        ("Qual o telefone do PayPal?", "paypal", "+18882211161", None),
        ("¿Cómo contacto a MetaMask?", "metamask", "support.metamask.io", "no_phone_support"),
        ("Quel est le numéro du service client PayPal ?", "paypal", "+18882211161", None),
        ("Comment contacter MetaMask ?", "metamask", "support.metamask.io", "no_phone_support"),
        ("Wie lautet die Telefonnummer von PayPal?", "paypal", "+18882211161", None),
        ("Wie erreiche ich den Kundenservice von MetaMask?", "metamask", "support.metamask.io", "no_phone_support"),
        ("Qual è il numero del servizio clienti PayPal?", "paypal", "+18882211161", None),
        ("Come contatto MetaMask?", "metamask", "support.metamask.io", "no_phone_support"),
        ("Paytm ka customer care number kya hai?", "paytm", "paytm.com", None),
        ("पेटीएम का कस्टमर केयर नंबर क्या है?", "paytm", "paytm.com", None), ("पेटीएम कस्टमर केयर नंबर", "paytm", "paytm.com", None),
        ("Ano ang hotline ng GCash?", "gcash", "PH:2882", None), ("中銀香港客服電話係咩？", "bochk", "+85239882388", None),
        ("Nomor CS Binance berapa?", "binance", "binance.com", None), ("Bagaimana cara menghubungi Binance?", "binance", "binance.com", None),
        ("Số tổng đài Binance là gì?", "binance", "binance.com", None), ("Làm sao liên hệ Binance?", "binance", "binance.com", None),
        ("Какой номер поддержки Binance?", "binance", "binance.com", None), ("Как связаться с Бинанс?", "binance", "binance.com", None),
        # (and in Ukrainian, which were invalid)
        ("Який номер підтримки Binance?", "binance", "binance.com", None), ("Як зв'язатися з Binance?", "binance", "binance.com", None),
        ("номер телефону Binance", "binance", "binance.com", None), ("Binance гаряча лінія", "binance", "binance.com", None),
        # a search's words in Spanish, Portuguese, French, German and Italian, with the words that join them to the name
        ("PayPal atención al cliente", "paypal", "+18882211161", None), ("teléfono de Binance", "binance", "binance.com", None),
        ("Binance número oficial", "binance", "binance.com", None), ("suporte Binance", "binance", "binance.com", None),
        ("Central de atendimento PayPal", "paypal", "+18882211161", None),
        ("Qual o telefone da central de atendimento do PayPal?", "paypal", "+18882211161", None),
        ("PayPal service client", "paypal", "+18882211161", None), ("numéro de téléphone de PayPal", "paypal", "+18882211161", None),
        ("PayPal Kundenservice", "paypal", "+18882211161", None), ("Kundenservice von PayPal", "paypal", "+18882211161", None),
        ("numero assistenza PayPal", "paypal", "+18882211161", None), ("the support of PayPal", "paypal", "+18882211161", None),
        # names that hold a generic word, and a name with its country
        ("Cash App phone number", "cash-app", "cash.app", None), ("Trust Wallet customer care", "trust-wallet", "trustwallet.com", None),
        ("Google Pay helpline", "google-pay", "payments.google.com", None),
        ("Bank of China customer service", "bank-of-china", "CN:95566", None),
        ("What is the Cash App phone number?", "cash-app", "cash.app", None),
        ("PayPal UK", "paypal", "+18882211161", None), ("Binance México", "binance", "binance.com", None),
        ("teléfono PayPal España", "paypal", "+18882211161", None), ("Binance USA", "binance-us", "binance.us", None),
        ("Bank of China HK", "bochk", "+85239882388", None),
        # in Japanese and Korean, their generic words and particles glued to the name or not, asked as a question or not
        ("メタマスクのサポート", "metamask", "support.metamask.io", "no_phone_support"),
        ("メタマスクのサポートの電話番号は？", "metamask", "support.metamask.io", "no_phone_support"),
        ("バイナンス カスタマーサポート", "binance", "binance.com", None),
        ("ペイパルの電話番号を教えてください", "paypal", "+18882211161", None),
        ("바이낸스 고객센터 전화번호가 뭐예요?", "binance", "binance.com", None), ("바이낸스고객센터", "binance", "binance.com", None),
        ("메타마스크 고객센터 번호 알려주세요", "metamask", "support.metamask.io", "no_phone_support"),
        ("알리페이", "alipay", "CN:95188", None), ("알리페이 고객센터는?", "alipay", "CN:95188", None),
        # whether it has a kind of channel, and its mail or site asked for (each was "several words")
        ("Does MetaMask have phone support?", "metamask", "support.metamask.io", "no_phone_support"),
        ("Does Trust Wallet have a phone number?", "trust-wallet", "trustwallet.com", None),
        ("coinbase support email", "coinbase", "coinbase.com", None), ("PayPal's official website", "paypal", "+18882211161", None),
        ("支付宝客服邮箱", "alipay", "CN:95188", None)])
    def test_a_providers_name_typed_as_the_value_is_answered_with_its_own_channels(self, index, value, slug, channel, policy):
        # what every reader of a fake "客服电话" page asks; it was "not a possible phone number, domain …"
        answer = check(index, CheckRequest(value=value, region="CN"))
        assert answer.verdict == "invalid" and answer.reasons[0]["code"] == "provider_named"
        assert answer.claimed_provider["slug"] == slug and channel in [c["value"] for c in answer.official_channels]
        assert answer.advice[0].startswith(f"Contact {answer.claimed_provider['name']} only through the channels listed here")
        # the provider's own words come with it: MetaMask's, that it has no phone support
        assert policy is None or policy in [p["code"] for p in answer.policies]

    @pytest.mark.parametrize(("value", "slug", "code", "said"), [
        # a name a letter or a look-alike character from a provider's, as a sender's or an account's name is written to
        # pass as it (each was "a domain name has at least two dot-separated labels")
        ("Paypa1", "paypal", "provider_name_resembled", "a letter or a look-alike character away"),
        ("G00glepay", "google-pay", "provider_name_resembled", "a letter or a look-alike character away"),
        ("Metamsk", "metamask", "provider_name_resembled", "a letter or a look-alike character away"),
        ("Trust Wallett support", "trust-wallet", "provider_name_resembled", "a letter or a look-alike character away"),
        ("What is Metamsk support number?", "metamask", "provider_name_resembled", "a letter or a look-alike character away"),
        # one word that carries a provider's name, as accounts are named
        ("paypalsupport", "paypal", "provider_name_carried", "carries PayPal's (“paypal”)"),
        ("metamaskio", "metamask", "provider_name_carried", "carries MetaMask's (“metamask”)"),
        ("BinanceService", "binance", "provider_name_carried", "carries Binance's (“binance”)"),
        # a name run into a few digits is an account's name, not a label and a number ("2024: no region given")
        ("binance888", "binance", "provider_name_carried", "carries Binance's (“binance”)"),
        ("paypal2024", "paypal", "provider_name_carried", "carries PayPal's (“paypal”)"),
        # a name written without its space is the name
        ("Googlepay", "google-pay", "provider_named", "names Google Pay"),
    ])
    def test_a_name_like_a_providers_is_answered_with_its_channels_and_said_not_to_be_its_name(self, index, value, slug,
                                                                                                code, said):
        answer = check(index, CheckRequest(value=value))
        assert (answer.verdict, answer.reasons[0]["code"], answer.claimed_provider["slug"]) == ("invalid", code, slug)
        assert said in answer.reasons[0]["message"] and answer.official_channels
        assert answer.advice[0].startswith(f"Contact {answer.claimed_provider['name']} only through the channels listed here")
        assert "的名字" in check(index, CheckRequest(value=value, lang="zh")).reasons[0]["message"] or code != "provider_name_carried"

    @pytest.mark.parametrize(("value", "kind"), [("@MetaMask", "website"), ("#PayPal", None), ("@Coinbase", "url")])
    def test_a_name_with_an_accounts_or_a_tags_sign_is_the_name_not_a_look_alike(self, index, value, kind):
        # "@MetaMask" sent as a website was "a letter or a look-alike character away" from MetaMask's name
        answer = check(index, CheckRequest(value=value, kind=kind))
        assert (answer.verdict, answer.reasons[0]["code"]) == ("invalid", "provider_named")
        assert check(index, CheckRequest(value="+1 415 555 0123", claimed_provider=value)).claimed_provider["resolved_by"] == "exact"

    @pytest.mark.parametrize(("value", "official"), [("ICBC95588", "CN:95588"), ("Alipay95188", "CN:95188")])
    def test_a_registry_short_code_run_into_its_name_is_still_the_code(self, index, value, official):
        answer = check(index, CheckRequest(value=value))
        assert (answer.verdict, answer.input["normalized"], answer.reasons[0]["code"]) == ("official", official, "label_read")

    @pytest.mark.parametrize(("value", "said"), [
        # a dictionary word one letter from a name (Revolut) is none of its
        ("Revolt", "it is a word that names no provider in our registry"),
        ("Amazon", "it is a word that names no provider in our registry"),
        ("淘宝", "it is a word that names no provider in our registry"),
        ("support", "it is a word that names no provider in our registry"),
        # Chinese words with no address in them: several words (they were a domain of one label)
        ("自称客服的人打电话给我", "it is several words"), ("我的客服电话", "it is several words"),
        # (words that hold no name as one is written: "my bank called me", "the support team", in lower case)
        ("my bank called me", "it is several words"), ("the support team", "it is several words"),
        # (a person's number, not a search for Social Security's: it was "it names Social Security, which is not a provider")
        ("Social Security number", "it is several words"),
        # (generic words alone, and two names one of which is a provider's, name no one)
        ("客服 客服电话", "it is several words"), ("Apple PayPal support", "it is several words"),
    ])
    def test_words_that_name_no_provider_are_said_to_be_words_not_a_domain_of_one_label(self, index, value, said):
        answer = check(index, CheckRequest(value=value))
        assert (answer.verdict, answer.reasons[0]["code"], answer.claimed_provider) == ("invalid", "invalid_value", None)
        assert said in answer.reasons[0]["message"] and "dot-separated" not in answer.reasons[0]["message"]
        assert "请给出" in check(index, CheckRequest(value=value, lang="zh")).reasons[0]["message"] or "several" in said
        # an address in Chinese characters is still read as one
        assert check(index, CheckRequest(value="支付宝.中国")).input["normalized"] == "xn--bnq242a7nh.xn--fiqs8s"

    @pytest.mark.parametrize(("value", "verdict", "risk", "claim", "codes"), [
        # a link written in Markdown, as Discord, Telegram and Reddit copy one: each was "not a web address"
        ("[PayPal](https://paypal-verify.com)", "lookalike", "high", "paypal", ["markdown_link_read", "label_claim"]),
        ("[https://discord.com/nitro](https://dlscord-gift.com/nitro)", "unknown", "high", None,
         ["markdown_link_read", "link_opens_elsewhere"]),
        ("[https://www.paypal.com](https://evil-site.net)", "mismatch", "high", "paypal", ["markdown_link_read", "link_opens_elsewhere"]),
        # (the site it shows and the one it opens the same: no disguise)
        ("[www.paypal.com](https://paypal.com/signin)", "official", "low", "paypal", ["markdown_link_read", "label_claim"]),
    ])
    def test_a_markdown_link_is_judged_by_what_it_opens(self, index, value, verdict, risk, claim, codes):
        answer = check(index, CheckRequest(value=value))
        assert (answer.verdict, answer.risk, (answer.claimed_provider or {}).get("slug")) == (verdict, risk, claim)
        assert [r["code"] for r in answer.reasons][:2] == codes

    @pytest.mark.parametrize(("value", "name"), [
        # a search for a line the registry does not hold, with the generic words people type: each was "several words"
        ("淘宝客服电话是多少", "淘宝"), ("京东人工客服怎么转", "京东"), ("Amazon customer service number", "Amazon"),
        ("How do I contact Bank of America support?", "Bank of America"), ("What is Netflix's phone number?", "Netflix"),
        # another organisation's name whole, not the provider's it holds ("it names Apple", "it names PayPay": PayPay is one)
        ("Apple Support phone number", "Apple Support"), ("PayPay銀行 電話番号", "PayPay銀行"),
    ])
    def test_a_search_for_a_line_of_no_provider_names_it_and_where_to_look(self, index, value, name):
        answer = check(index, CheckRequest(value=value))
        assert (answer.verdict, answer.reasons[0]["code"], answer.claimed_provider) == ("invalid", "invalid_value", None)
        assert f"it names {name}, which is not a provider in our registry: look its number up in its own app" \
            in answer.reasons[0]["message"]
        assert f"这里问的是“{name}”，不在登记库收录的机构之中" in check(index, CheckRequest(value=value, lang="zh")).reasons[0]["message"]

    @pytest.mark.parametrize(("value", "slug", "verdict", "flags", "policies"), [
        # a call or message told of with only whose it claimed to be: each was "several words", no provider, no sign
        ("Coinbase called me", "coinbase", "contradicts_policy", [], ["never_calls_unsolicited"]),
        ("someone called me saying they're from Coinbase", "coinbase", "contradicts_policy", [], ["never_calls_unsolicited"]),
        ("MetaMask support asked for my seed phrase", "metamask", "contradicts_policy", ["asks_seed_phrase"],
         ["never_asks_seed_phrase"]),
        ("Coinbase said my account was hacked and told me to move my funds", "coinbase", "contradicts_policy",
         ["frozen_account", "asks_transfer"], ["never_asks_transfer"]),
        ("支付宝客服让我提供验证码", "alipay", "invalid", ["asks_otp"], []),
        # no policy of PayPal's says it never calls: its channels, and no contradiction
        ("PayPal called me", "paypal", "invalid", [], []),
        ("Coinbase texted me", "coinbase", "invalid", [], []),
        # a link told of as sent (it raised nothing); by text, against Binance's "never sends links by SMS"
        ("Someone from PayPal texted me a link to unlock my account", "paypal", "invalid", ["link_in_message"], []),
        ("Binance texted me a link", "binance", "contradicts_policy", ["link_in_message"], ["never_sends_links_by_sms"]),
        ("币安发短信给我发了个链接", "binance", "contradicts_policy", ["link_in_message"], ["never_sends_links_by_sms"]),
        # a chat told of: Trust Wallet never writes first
        ("Trust Wallet support DM'd me on Telegram", "trust-wallet", "contradicts_policy", [], ["never_dms_first"]),
        ("币安客服加我微信", "binance", "invalid", ["move_to_private_chat"], []),
        # money asked for: against "never asks you to send money" (it was a medium sign, no contradiction); "$500" was read
        # as a number with its label, "not a possible phone number"
        ("币安客服让我转账", "binance", "contradicts_policy", ["asks_for_money"], ["never_asks_transfer"]),
        ("Coinbase support asked me to send them $500", "coinbase", "contradicts_policy", ["asks_for_money"],
         ["never_asks_transfer"]),
        # told in Korean, Japanese, Spanish, Portuguese and French
        ("바이낸스 고객센터에서 전화가 와서 인증번호를 알려달라고 했어요", "binance", "invalid", ["asks_otp"], []),
        ("メタマスクのサポートからシークレットリカバリーフレーズを聞かれました", "metamask", "contradicts_policy", ["asks_seed_phrase"],
         ["never_asks_seed_phrase"]),
        ("Llamaron de Binance y me pidieron el código de verificación", "binance", "invalid", ["asks_otp"], []),
        ("Me ligaram do Nubank pedindo a senha do cartão", "nubank", "invalid", ["asks_password"], []),
        ("PayPal m'a appelé et m'a demandé mon code", "paypal", "invalid", ["asks_otp"], []),
        # ... in Vietnamese and in Hindi as India writes it in Latin letters (each was several words, no provider, no sign), and
        # the code asked for as French and German tell it (no sign)
        ("Binance gọi cho tôi và yêu cầu mã OTP", "binance", "invalid", ["asks_otp"], []),
        ("Paytm se call aaya, OTP maang rahe the", "paytm", "contradicts_policy", ["asks_otp"], ["never_asks_otp"]),
        ("Un agent PayPal m'a appelé pour me demander mon code", "paypal", "invalid", ["asks_otp"], []),
        ("Ein PayPal Mitarbeiter hat mich angerufen und wollte meinen Code", "paypal", "invalid", ["asks_otp"], []),
        # a Latin name run into Japanese, and the password asked for aloud: "PayPalから…" named no one
        ("PayPalから電話があり、パスワードを聞かれました", "paypal", "contradicts_policy", ["asks_password"], ["never_asks_password"]),
        # told in Traditional characters, as Taiwan and Hong Kong write: "幣安客服說…" was several words
        ("幣安客服打電話給我說要我提供簡訊認證碼", "binance", "invalid", ["asks_otp"], []),
        # a call from a provider with no phone support at all: "MetaMask called me" was "invalid", risk unknown, its
        # "no phone support" never said
        ("MetaMask called me", "metamask", "contradicts_policy", [], ["no_phone_support"]),
        ("Trust Wallet support called me", "trust-wallet", "contradicts_policy", [], ["no_phone_support"]),
        # "给我打电话" is a call to the asker, not one the asker made ("我…打电话"): each was several words
        ("币安客服给我打电话", "binance", "invalid", [], []),
        ("MetaMask客服给我打电话了", "metamask", "contradicts_policy", [], ["no_phone_support"]),
        # the provider's name mistyped among the words: each was several words
        ("Metamsk called me", "metamask", "contradicts_policy", [], ["no_phone_support"]),
        ("Coinbse called me and asked for my 2FA code", "coinbase", "contradicts_policy", ["asks_otp"],
         ["never_calls_unsolicited", "never_asks_otp"]),
        ("I got a call from coinbace", "coinbase", "contradicts_policy", [], ["never_calls_unsolicited"]),
        # the call and the code as Spanish, Portuguese, French, German and Italian tell them: the call was no call (Coinbase's
        # "no unsolicited calls" unsaid), the bare "code" asked for no sign, and Italian's report no report at all
        ("Me llamaron de Coinbase y me pidieron el código que me llegó por SMS", "coinbase", "contradicts_policy", ["asks_otp"],
         ["never_calls_unsolicited", "never_asks_otp"]),
        ("Me ligaram da Coinbase pedindo o código", "coinbase", "contradicts_policy", ["asks_otp"],
         ["never_calls_unsolicited", "never_asks_otp"]),
        ("Coinbase m'a appelé pour me demander mon code", "coinbase", "contradicts_policy", ["asks_otp"],
         ["never_calls_unsolicited", "never_asks_otp"]),
        ("Coinbase hat mich angerufen und nach dem Code gefragt", "coinbase", "contradicts_policy", ["asks_otp"],
         ["never_calls_unsolicited", "never_asks_otp"]),
        ("Mi ha chiamato Coinbase chiedendomi il codice", "coinbase", "contradicts_policy", ["asks_otp"],
         ["never_calls_unsolicited", "never_asks_otp"]),
    ])
    def test_a_call_told_of_without_its_number_is_read_against_the_providers_words(self, index, value, slug, verdict,
                                                                                   flags, policies):
        answer = check(index, CheckRequest(value=value, lang="en"))
        assert answer.reasons[0]["code"] == "report_without_value" and answer.claimed_provider["slug"] == slug
        assert answer.verdict == verdict and [flag["code"] for flag in answer.red_flags] == flags
        contradicted = [r["message"] for r in answer.reasons if r["code"] == "policy_contradicted"]
        assert len(contradicted) == len(policies)
        assert {p["code"] for p in answer.policies} >= set(policies) and answer.official_channels
        assert answer.risk == ("high" if flags and flags[-1] in ("asks_otp", "asks_password", "asks_seed_phrase", "asks_transfer")
                               or policies else "unknown")

    @pytest.mark.parametrize("value", ["Revolt called me", "My mom called me", "A guy named Kevin called me", "我给支付宝客服打电话"])
    def test_words_that_resemble_no_provider_name_none_in_a_report(self, index, value):
        # (a dictionary word a letter from a name, "Revolt", is that word; the asker's own call is no report)
        answer = check(index, CheckRequest(value=value, lang="en"))
        assert answer.claimed_provider is None and answer.verdict == "invalid"

    def test_a_call_told_of_with_several_numbers_says_to_check_each_and_a_date_is_no_number(self, index):
        # two numbers told of: it was "with no number, site or email to check"
        both = check(index, CheckRequest(value="Got calls from 415-555-0123 and 415-555-0124 claiming to be PayPal", region="US"))
        assert (both.verdict, both.reasons[0]["code"], both.claimed_provider["slug"]) == \
            ("invalid", "report_with_several_numbers", "paypal")
        assert "holds 2 numbers: check each one on its own" in both.reasons[0]["message"]
        assert "2 个号码" in check(index, CheckRequest(value=both.input["value"], region="US", lang="zh")).reasons[0]["message"]
        assert both.official_channels  # answered with the provider's own channels, as a report with none is
        # a date told with the call is no second number (its slashes were read as a web address's)
        for value in ("A call from 415-555-0123 at 10:30 on 12/05/2026 said it was PayPal",
                      "Got a call from 415-555-0123 on 2026-12-05 saying PayPal"):
            dated = check(index, CheckRequest(value=value, region="US"))
            assert (dated.input["normalized"], dated.verdict, dated.reasons[0]["code"]) == ("+14155550123", "mismatch", "report_read")

    @pytest.mark.parametrize(("value", "flags"), [
        ("有人冒充京东客服说要注销我的校园贷", ["cancel_fake_charge", "frozen_account"]),
        ("Someone called me and asked for my OTP", ["asks_otp"]),
        # the claim and the threat told in Traditional characters: "有人自稱…說我…" was several words
        # (自稱…警察: one claiming to be the police, which they do not do by phone)
        ("有人自稱165警察說我涉嫌洗錢", ["poses_as_official", "threatens_arrest", "frozen_account"]),
        ("LINE客服說要我提供認證碼", ["asks_otp"]),
    ])
    def test_a_call_told_of_from_no_one_the_registry_knows_says_its_signs(self, index, value, flags):
        # (JD is in no registry entry): the script read all the same, where it was "several words"
        answer = check(index, CheckRequest(value=value, lang="en"))
        assert answer.reasons[0]["code"] == "report_without_value_or_provider" and answer.claimed_provider is None
        assert (answer.verdict, answer.risk) == ("invalid", "high")
        assert [flag["code"] for flag in answer.red_flags] == flags

    @pytest.mark.parametrize(("value", "slug", "policies"), [
        # what a provider does, asked in the one box: each was several words, the provider's own words never given
        ("Does Coinbase call customers?", "coinbase", ["never_calls_unsolicited"]),
        ("Is it normal for Coinbase to call me?", "coinbase", ["never_calls_unsolicited"]),
        ("Will Kraken call me?", "kraken", ["never_calls_unsolicited"]),
        ("Does MetaMask DM users?", "metamask", ["never_dms_first"]),
        ("Trust Wallet会要助记词吗", "trust-wallet", ["never_asks_seed_phrase"]),
        ("Does Coinbase ask for my 2FA code?", "coinbase", ["never_asks_otp"]),
        # no policy of PayPal's says it: its channels, and nothing said against it
        ("Would PayPal ever call me?", "paypal", []), ("PayPal会打电话吗", "paypal", []),
    ])
    def test_a_question_of_what_a_provider_does_is_answered_by_its_own_words(self, index, value, slug, policies):
        answer = check(index, CheckRequest(value=value, lang="en"))
        assert answer.reasons[0]["code"] == "question_without_value" and answer.claimed_provider["slug"] == slug
        assert [params["code"] for params in answer.policies if params["code"] in policies] == policies
        contradicted = [r for r in answer.reasons if r["code"] == "policy_contradicted"]
        assert len(contradicted) == len(policies) and answer.official_channels
        assert (answer.verdict, answer.risk) == (("contradicts_policy", "high") if policies else ("invalid", "unknown"))
        # what is asked about is no sign that anyone asked it
        assert answer.red_flags == []

    @pytest.mark.parametrize("value", ["Can I call PayPal?", "Do I need to call Coinbase?",
                                       # of no one the registry knows: no sign shown, and none weighed unseen (it was high risk)
                                       "Will someone ask for my verification code?"])
    def test_a_question_of_what_the_asker_does_is_no_question_of_the_provider(self, index, value):
        answer = check(index, CheckRequest(value=value))
        assert (answer.verdict, answer.risk, answer.reasons[0]["code"]) == ("invalid", "unknown", "invalid_value")

    @pytest.mark.parametrize("value", ["I called Coinbase support", "我给支付宝客服打电话", "Someone called me"])
    def test_a_call_the_asker_made_or_from_no_one_named_is_no_report(self, index, value):
        answer = check(index, CheckRequest(value=value))
        assert answer.verdict == "invalid" and answer.reasons[0]["code"] == "invalid_value"

    def test_a_country_named_with_the_provider_puts_its_channels_first_and_names_where_to_report(self, index):
        answer = check(index, CheckRequest(value="Coinbase UK"))
        assert (answer.claimed_provider["slug"], answer.reasons[0]["code"]) == ("coinbase", "provider_named")
        assert "GB" in answer.official_channels[0]["regions"] and "GB" not in check(
            index, CheckRequest(value="Coinbase")).official_channels[0]["regions"]
        assert "gb-action-fraud" in {authority["provider"] for authority in answer.report_to}
        # the country the asker gives stays theirs
        assert "gb-action-fraud" not in {a["provider"] for a in check(index, CheckRequest(value="Coinbase UK", region="US")).report_to}

    @pytest.mark.parametrize(("value", "claim"), [("+852 3988 2388", "Bank of China HK"), ("alipay.hk", "Alipay Hong Kong"),
                                                  ("binance.us", "Binance USA")])
    def test_a_providers_own_channel_claimed_by_its_name_with_its_country_is_official(self, index, value, claim):
        # each was "another provider's", high risk: the claim was read as Bank of China, Alipay, Binance
        assert run(index, value, claimed_provider=claim).verdict == "official"

    @pytest.mark.parametrize(("value", "region", "verdict", "said"), [
        # read where it is no one's (each answer said nothing of what it is elsewhere)
        ("95188", "US", "unknown", "In CN, 95188 is an official short code of Alipay"),
        ("95188", "HK", "unknown", "In CN, 95188 is an official short code of Alipay"),
        ("95188", "TW", "invalid", "In CN, 95188 is an official short code of Alipay"),
        ("18222", "CN", "unknown", "In HK, 18222 is an official short code of"),
    ])
    def test_a_short_code_read_in_another_region_says_whose_it_is_where_it_is_one(self, index, value, region, verdict, said):
        answer = run(index, value, region=region)
        assert answer.verdict == verdict
        [note] = [r["message"] for r in answer.reasons if r["code"] == "short_code_elsewhere"]
        assert note.startswith(said) and f"read in {region}, as here, it is not" in note
        # where it is a short code of the region read, or another provider's channel there, nothing more is said
        assert "short_code_elsewhere" not in [r["code"] for r in run(index, value).reasons]
        assert "short_code_elsewhere" not in [r["code"] for r in run(index, "110", region="CN", claimed_provider="PayPal").reasons]
        # nor of digits inside something else ("95188abc": its letters say it is no number)
        assert "short_code_elsewhere" not in [r["code"] for r in run(index, value + "abc", region=region).reasons]

    @pytest.mark.parametrize(("value", "claim", "verdict"), [
        ("95188", "蚂蚁金服", "official"), ("95188", "蚂蚁金服客服", "official"), ("95188", "Ant Group", "official"),
        ("4008205555", "蚂蚁集团", "mismatch"), ("+86 138 1234 5678", "螞蟻金服", "mismatch")])
    def test_a_caller_from_alipays_parent_company_is_judged_as_alipays(self, index, value, claim, verdict):
        # "我是蚂蚁金服客服": the company fake Alipay agents say they are from; the claim was a provider we do not know, and
        # 95188 "official, low", any other number the same "not in our registry"
        answer = run(index, value, claimed_provider=claim, region="CN")
        assert (answer.verdict, answer.claimed_provider["slug"]) == (verdict, "alipay")

    @pytest.mark.parametrize(("value", "message", "claimed", "verdict", "words"), [
        # a text's brand header: the number was "not in our registry", no word of Coinbase's own channels
        ("+1 808 213 4437", "Coinbase: A withdrawal of 1.2 BTC was requested from your account. If this wasn't you, call "
                            "1-888-555-0134 immediately.", "coinbase", "contradicts_policy", "Coinbase"),
        ("4001234567", "【支付宝】您的花呗存在异常，请联系客服", "alipay", "mismatch", "支付宝"),
        # after the markers a carrier puts first: Korea's web-sent and international texts
        ("+82 2 1234 5678", "[Web발신]\n[업비트] 해외 로그인 감지. 본인이 아닐 경우 고객센터로 연락주세요", "upbit", "mismatch", "업비트"),
        ("+82 2 1234 5678", "[국외발신]【빗썸】 출금 요청이 접수되었습니다", "bithumb", "mismatch", "빗썸"),
        # a mail's sender line, pasted with the mail
        ("+1 808 213 4437", "---------- Forwarded message ---------\nFrom: PayPal <service@intl-paypal.com>\nSubject: Your "
                            "invoice\n\nCall us to cancel.", "paypal", "mismatch", "From: PayPal"),
        # who the caller said they were, as the one called tells it; the first name after the words, where two are named
        ("+1 808 213 4437", "They said they're from Coinbase and asked me to move my funds to a secure vault wallet",
         "coinbase", "contradicts_policy", "they're from Coinbase"),
        # (contact received: Coinbase's "does not place unsolicited calls" answers it)
        ("+1 415 555 0123", "He said he was calling from Coinbase about my Binance account", "coinbase", "contradicts_policy",
         "said he was calling from Coinbase"),
        ("+86 138 1234 5678", "对方自称支付宝客服，说我的花呗要关闭", "alipay", "mismatch", "自称支付宝"),
        # or as the caller says it, in the text or the script pasted
        ("+1 415 555 0123", "Hello, this is Coinbase Support. We detected an unauthorized withdrawal.", "coinbase",
         "contradicts_policy", "this is Coinbase"),
        ("+86 138 1234 5678", "您好，我是支付宝客服，您的花呗需要关闭", "alipay", "mismatch", "我是支付宝"),
        ("+1 415 555 0123", "Hola, le llamamos de Binance, hemos detectado un acceso no autorizado", "binance", "mismatch",
         "le llamamos de Binance"),
        ("+1 415 555 0123", "Bonjour, je vous appelle de PayPal pour une opération suspecte", "paypal", "mismatch",
         "je vous appelle de PayPal"),
        ("+1 415 555 0123", "Em là nhân viên của Binance, tài khoản của anh có giao dịch bất thường", "binance", "mismatch",
         "Em là nhân viên của Binance"),
        ("+1 415 555 0123", "Kami dari tim Binance, akun Anda diblokir", "binance", "mismatch", "Kami dari tim Binance"),
        # a team named in Vietnamese's and Indonesian's own words, and Tagalog's "from" after who the caller is (each was no claim)
        ("+1 415 555 0123", "Xin chào, tôi là nhân viên chăm sóc khách hàng của Binance", "binance", "mismatch",
         "tôi là nhân viên chăm sóc khách hàng của Binance"),
        ("+1 415 555 0123", "Selamat siang, kami dari tim keamanan OKX", "okx", "mismatch", "kami dari tim keamanan OKX"),
        ("+1 415 555 0123", "Ako po si Mark mula sa GCash, may problema po ang account ninyo", "gcash", "mismatch",
         "Ako po si Mark mula sa GCash"),
        ("+1 415 555 0123", "May tumawag daw galing sa GCash", "gcash", "mismatch", "tumawag daw galing sa GCash"),
        # the provider's own number, a claim it bears out: official, and the caller ID forgeable
        ("+1 888 221 1161", "They said they were from PayPal", "paypal", "official", "said they were from PayPal"),
        # the caller's name and whom he is with, what the call or text says it is, whom he works for, who the reader says
        # called: each was "not in our registry", no word of the provider
        ("+1 415 555 0123", "Hey, it's Sarah from Binance. Your withdrawal is on hold.", "binance", "mismatch",
         "it's Sarah from Binance"),
        ("+1 415 555 0123", "Hi, this is Mike with Coinbase security.", "coinbase", "contradicts_policy", "this is Mike with Coinbase"),
        ("+1 415 555 0123", "This is an automated message from PayPal. Press 1 to speak to an agent.", "paypal", "mismatch",
         "This is an automated message from PayPal"),
        ("+1 415 555 0123", "Important security alert from Coinbase: a new device signed in", "coinbase", "contradicts_policy",
         "security alert from Coinbase"),
        ("+1 415 555 0123", "He said he works for Coinbase and needs my 2FA code", "coinbase", "contradicts_policy",
         "he works for Coinbase"),
        ("+1 415 555 0123", "A man from Coinbase called me about a withdrawal", "coinbase", "contradicts_policy", "A man from Coinbase"),
        # a line's greeting, the name before "here", and a voicemail or a caller's name as the one called tells it
        ("+1 415 555 0123", "Coinbase here, we noticed a login from Russia.", "coinbase", "contradicts_policy", "Coinbase here"),
        ("+1 415 555 0123", "You're speaking with Coinbase account security.", "coinbase", "contradicts_policy", "You're speaking with Coinbase"),
        ("+1 415 555 0123", "Thank you for calling PayPal, my name is John", "paypal", "mismatch", "Thank you for calling PayPal"),
        ("+1 415 555 0123", "Welcome to Coinbase support. Press 1 to cancel the withdrawal.", "coinbase", "contradicts_policy", "Welcome to Coinbase"),
        ("+1 415 555 0123", "The caller identified himself as a Coinbase agent.", "coinbase", "contradicts_policy", "identified himself as a Coinbase"),
        ("+1 415 555 0123", "Got a voicemail from \"Coinbase\" about a withdrawal", "coinbase", "contradicts_policy", "a voicemail from \"Coinbase\""),
        # the place a Chinese caller names before his office (it was no claim: "北京市公安局" only holds the police's name)
        ("+86 10 6520 4114", "我是北京市公安局的，你涉嫌一起洗钱案件，需要把资金转到安全账户配合调查。", "cn-police", "contradicts_policy",
         "我是北京市公安局"),
        ("+86 21 6520 4114", "您好，这里是上海市浦东新区公安局，你的身份证涉嫌洗钱", "cn-police", "mismatch", "这里是上海市浦东新区公安局"),
        # Japanese and Korean, the name before the words (each was no claim)
        ("+81 3 1234 5678", "こちらはPayPayカスタマーサポートです。お客様のアカウントに不正アクセスがありました。", "paypay", "mismatch",
         "こちらはPayPayカスタマーサポートです"),
        ("+81 3 1234 5678", "PayPayの者ですが、本人確認のため暗証番号を教えてください。", "paypay", "mismatch", "PayPayの者ですが"),
        ("+82 2 1234 5678", "안녕하세요, 업비트 고객센터입니다. 고객님 계정에서 이상 거래가 감지되었습니다.", "upbit", "mismatch",
         "업비트 고객센터입니다"),
        ("+82 2 1234 5678", "빗썸을 사칭한 전화를 받았어요", "bithumb", "mismatch", "빗썸을 사칭한"),
        # India's callers, in Hinglish and Hindi (each was no claim)
        ("+91 98765 43210", "Namaste, main Paytm se bol raha hoon. Aapka KYC pending hai.", "paytm", "mismatch", "main Paytm se bol raha"),
        ("+91 98765 43210", "मैं PhonePe कस्टमर केयर से बात कर रही हूँ", "phonepe", "mismatch", "मैं PhonePe कस्टमर केयर से बात कर"),
        # the team, department or employee a caller says he is of, and more openers and tellings in Portuguese, Spanish,
        # German, French, Vietnamese and Indonesian (each was no claim)
        ("+1 415 555 0123", "Hello, this is the fraud department at PayPal. We noticed a suspicious charge.",
         "paypal", "mismatch", "this is the fraud department at PayPal"),
        ("+1 415 555 0123", "Hi, I'm calling from the fraud prevention team at Coinbase.",
         "coinbase", "contradicts_policy", "I'm calling from the fraud prevention team at Coinbase"),
        ("+1 415 555 0123", "I'm calling on behalf of PayPal regarding your account.",
         "paypal", "mismatch", "calling on behalf of PayPal"),
        ("+1 415 555 0123", "I'm an agent with Coinbase, your account is at risk",
         "coinbase", "contradicts_policy", "I'm an agent with Coinbase"),
        ("+55 11 94567 1234", "Olá, aqui é da central de segurança do Nubank.",
         "nubank", "mismatch", "aqui é da central de segurança do Nubank"),
        ("+55 11 94567 1234", "Boa tarde, aqui é o Carlos, do Nubank.", "nubank", "mismatch", "aqui é o Carlos, do Nubank"),
        ("+55 11 94567 1234", "Sou funcionário do Nubank e preciso confirmar uma compra.",
         "nubank", "mismatch", "Sou funcionário do Nubank"),
        ("+55 11 94567 1234", "Me ligaram dizendo ser do Nubank", "nubank", "mismatch", "dizendo ser do Nubank"),
        ("+55 11 94567 1234", "Recebi uma ligação de uma pessoa que se dizia do Nubank",
         "nubank", "mismatch", "se dizia do Nubank"),
        ("+34 612 345 678", "Le habla Laura, del departamento de seguridad de Revolut.",
         "revolut", "contradicts_policy", "Le habla Laura, del departamento de seguridad de Revolut"),
        ("+34 612 345 678", "Me llamaron diciendo que eran de Revolut",
         "revolut", "contradicts_policy", "diciendo que eran de Revolut"),
        ("+34 612 345 678", "Llamo de parte de Revolut por un cargo sospechoso.",
         "revolut", "contradicts_policy", "Llamo de parte de Revolut"),
        ("+34 612 345 678", "Soy empleada de Revolut, su cuenta está en riesgo",
         "revolut", "contradicts_policy", "Soy empleada de Revolut"),
        ("+49 151 23456789", "Guten Tag, hier spricht die Sicherheitsabteilung von PayPal.",
         "paypal", "mismatch", "hier spricht die Sicherheitsabteilung von PayPal"),
        ("+49 151 23456789", "Ein Mann gab sich als PayPal-Mitarbeiter aus", "paypal", "mismatch", "gab sich als PayPal"),
        ("+49 151 23456789", "Ich bin Mitarbeiter von PayPal", "paypal", "mismatch", "Ich bin Mitarbeiter von PayPal"),
        ("+33 6 12 34 56 78", "Bonjour, c'est le service fraude de PayPal.",
         "paypal", "mismatch", "c'est le service fraude de PayPal"),
        ("+33 6 12 34 56 78", "Un homme se faisant passer pour un conseiller PayPal m'a appelé",
         "paypal", "mismatch", "se faisant passer pour un conseiller PayPal"),
        ("+33 6 12 34 56 78", "Je suis conseiller chez PayPal", "paypal", "mismatch", "Je suis conseiller chez PayPal"),
        ("+84 912 345 678", "Alo, bên mình là bộ phận chăm sóc khách hàng Binance",
         "binance", "mismatch", "bên mình là bộ phận chăm sóc khách hàng Binance"),
        ("+62 812 3456 7890", "Selamat siang, dengan customer service Binance",
         "binance", "mismatch", "Selamat siang, dengan customer service Binance"),
        # and in Turkish (the name's ablative before the call), Russian and Ukrainian (the "security service" calls), Thai and
        # Arabic (each was no claim)
        ("+90 532 123 4567", "Merhaba, Binance'den arıyorum, hesabınızda şüpheli işlem var.", "binance", "mismatch", "Binance'den arıyorum"),
        ("+90 532 123 4567", "Binance müşteri hizmetlerinden arıyoruz.", "binance", "mismatch", "Binance müşteri hizmetlerinden arıyoruz"),
        ("+7 912 345 67 89", "Здравствуйте, вас беспокоит служба безопасности Binance.", "binance", "mismatch", "вас беспокоит служба безопасности Binance"),
        ("+7 912 345 67 89", "Звонили из Binance, просили код из СМС", "binance", "mismatch", "Звонили из Binance"),
        ("+380 67 123 4567", "Вам дзвонить служба безпеки monobank", "monobank", "mismatch", "Вам дзвонить служба безпеки monobank"),
        ("+380 67 123 4567", "Дзвонили нібито з monobank, просили CVV", "monobank", "mismatch", "Дзвонили нібито з monobank"),
        ("+66 81 234 5678", "สวัสดีค่ะ โทรจาก Binance ค่ะ บัญชีของคุณมีปัญหา", "binance", "mismatch", "โทรจาก Binance"),
        ("+971 50 123 4567", "مرحبا، معك خدمة عملاء Binance", "binance", "mismatch", "معك خدمة عملاء Binance"),
    ])
    def test_whom_a_message_says_its_sender_is_is_the_claim(self, index, value, message, claimed, verdict, words):
        answer = run(index, value, message=message, region="US" if value.startswith("+1") else "KR" if value.startswith("+82") else "CN")
        assert (answer.verdict, answer.claimed_provider["slug"], answer.reasons[0]["code"]) == (verdict, claimed, "message_claim")
        assert f"(“{words}”)" in answer.reasons[0]["message"]
        if verdict == "official":
            assert "spoofing_possible" in [r["code"] for r in answer.reasons]
        assert "按自称" in run(index, value, message=message, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("message", "claimed", "verdict", "words"), [
        ("\u0412inance: A withdrawal of 1.2 BTC was requested. If this was not you call +1 415 555 0123", "binance", "mismatch",
         "\u0412inance"),
        ("C0inbase: your account is locked, call us", "coinbase", "contradicts_policy", "C0inbase"),
        ("Hello, this is Paypa1 support", "paypal", "mismatch", "this is Paypa1"),
    ])
    def test_a_sender_that_writes_a_providers_name_in_look_alike_characters_claims_it(self, index, message, claimed, verdict, words):
        # a Cyrillic В, a zero for an o, a one for an l: only a sender making itself look like the provider writes so, and
        # each message was no claim ("Вinance" was no name at all: a capital's look-alike is its small letter's)
        answer = run(index, "+1 415 555 0123", message=message, region="US")
        assert (answer.verdict, answer.claimed_provider["slug"], answer.reasons[0]["code"]) == (verdict, claimed, "message_claim")
        assert f"(“{words}”)" in answer.reasons[0]["message"]

    def test_a_message_is_read_for_its_first_sayings_only(self, index):
        # (each name after the words is a lookup: a message of nothing but "posing as …" is not read through)
        said = "They said they were from my bank. " * check_module._SAYINGS_READ
        assert run(index, "+1 415 555 0123", message=said + "They said they were from Coinbase.").claimed_provider is None
        assert run(index, "+1 415 555 0123", message="They said they were from Coinbase. " + said).claimed_provider["slug"] == "coinbase"

    @pytest.mark.parametrize("message", ["Dear customer: your account will be closed", "Got a call, said it was from my bank",
                                         "Hi mom, this is my new number", "对方自称京东客服，说要注销我的校园贷",
                                         "This is your last chance to claim", "我是你爸爸的朋友", "Sent from my iPhone",
                                         "From: John Smith <john@gmail.com>\nHi there", "Somos de Madrid y queremos ayudar",
                                         "Hier ist alles gut", "Tôi là người thân của anh",
                                         # (a reader of his own account: no name written as a name before "with")
                                         "I'm a customer with Coinbase and have a question",
                                         # (places, and no office after them)
                                         "我是广东省深圳市的用户，想问问题", "我是市场部的小王", "저는 김민수입니다", "こちらは田中です",
                                         "main apne bhai se baat kar raha tha",
                                         # (a customer's words, and a page or the asker's call named with a team)
                                         "This is the support page I found for PayPal", "Sou cliente do Nubank há 5 anos",
                                         "Je suis client PayPal depuis 2010", "C'est la première fois que PayPal m'appelle",
                                         "Ich bin PayPal-Kunde", "I called the support team of PayPal and they said it is fine",
                                         "Yarın sabahtan arıyorum seni", "Я из Москвы, хочу спросить про Binance",
                                         "Мы из банка, у вас проблема", "Click here, then log in to PayPal yourself.",
                                         "Welcome to my page about crypto, Coinbase is great",
                                         "Nag-download ako mula sa GCash app", "Saya pelanggan Binance, apakah nomor ini resmi?",
                                         "Tôi là khách hàng của Binance"])
    def test_a_message_that_names_no_provider_as_its_sender_makes_no_claim(self, index, message):
        answer = run(index, "+1 415 555 0123", message=message)
        assert answer.claimed_provider is None and "message_claim" not in [r["code"] for r in answer.reasons]
        # a claim given is the claim: the message's name is not read over it
        assert run(index, "+1 415 555 0123", message="Coinbase: your code is needed", claimed_provider="PayPal") \
            .claimed_provider["slug"] == "paypal"

    # ("Paypa1", a name one look-alike character from PayPal's, is answered with PayPal's channels and said not to be its
    # name: test_a_name_like_a_providers_is_answered_with_its_channels_and_said_not_to_be_its_name)
    @pytest.mark.parametrize("value", ["hello", "95188abc", "a payment app", "what is", "是多少？", "Do I have to pay?",
                                       "does it have an email?", "website",
                                       "what is a crypto wallet?", "Cash App UK", "PayPal or Venmo UK", "UK support",
                                       # a central bank is not the bank whose name it holds ("central" is no generic word)
                                       "Central Bank of China"])
    def test_a_value_that_only_resembles_or_contains_a_name_is_not_taken_for_it(self, index, value):
        answer = check(index, CheckRequest(value=value, region="CN"))
        assert answer.verdict == "invalid" and "provider_named" not in [r["code"] for r in answer.reasons]
        assert answer.claimed_provider is None and answer.official_channels == []

    def test_a_page_anyone_can_make_is_said_to_be_one_and_a_look_alike_when_it_carries_a_brand(self, index):
        # both were "docs.google.com / sites.google.com is not in our registry", and nothing more
        # (and the form's short link, as fake support accounts post it: it was "forms.gle is not in our registry")
        # (and a live chat's direct link, as fake support pages post one: it was "tawk.to is not in our registry")
        for address in ("https://docs.google.com/forms/d/e/1FAIpQLSdX7Yh2mO/viewform", "https://forms.gle/AbC123xyz",
                        "https://tawk.to/chat/5f8d3a1b4704467e89f7c2d1/default"):
            form = run(index, address, claimed_provider="MetaMask")
            assert (form.verdict, form.reasons[0]["code"]) == ("mismatch", "public_page")
            assert form.reasons[0]["message"].endswith("Never type a password, a code or a recovery phrase into it.")
        site = run(index, "https://sites.google.com/view/coinbase-support-center/home")
        assert (site.verdict, site.risk, site.provider["slug"]) == ("lookalike", "high", "coinbase")
        assert site.reasons[-1]["code"] == "lookalike_public_page"
        document = run(index, "https://docs.google.com/document/d/1AbC/edit")  # a shared document: not a form
        assert document.verdict == "unknown" and "public_page" not in [r["code"] for r in document.reasons]

    @pytest.mark.parametrize(("address", "service", "provider"), [
        ("https://telegra.ph/MetaMask-Support-Team-05-14", "Telegraph", "metamask"),  # the title, then the day it was published
        ("https://linktr.ee/coinbase.support.desk", "Linktree", "coinbase"),
        # a drainer's page on an IPFS gateway was "ipfs.io is not in our registry"
        ("https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/metamask-restore.html", "IPFS", "metamask"),
        ("https://gateway.pinata.cloud/ipfs/bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly/okx-login.html", "IPFS", "okx"),
        # on a subdomain gateway, where each CID's site is a registrable domain of its own (it was "not in our registry")
        ("https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.w3s.link/metamask-restore.html", "IPFS", "metamask"),
        # a cloud bucket's object at the cloud's own address, named after the provider by its bucket or its file: each was
        # "not in our registry"
        ("https://storage.googleapis.com/metamask-restore/index.html", "Google Cloud Storage", "metamask"),
        ("https://storage.googleapis.com/x7f3k2/coinbase-wallet-verify.html", "Google Cloud Storage", "coinbase"),
        ("https://pub-0113a9e4549cf9b1ff1bf56e04da0cef.r2.dev/trustwallet/restore.html", "Cloudflare R2", "trust-wallet"),
        # a fake wallet app's download page on an app distribution service for testers, as Chinese scams hand them out
        ("https://www.pgyer.com/metamask-cn", "PGYER (蒲公英)", "metamask"), ("https://fir.im/imtoken2", "fir.im", "imtoken"),
    ])
    def test_a_telegraph_article_or_linktree_page_named_after_a_provider_is_a_lookalike(self, index, address, service, provider):
        # both were "telegra.ph / linktr.ee is not in our registry", and nothing more
        answer = run(index, address)
        assert (answer.verdict, answer.provider["slug"]) == ("lookalike", provider)
        assert ([r["code"] for r in answer.reasons], answer.interpretation["public_page"]) == (["lookalike_public_page"], service)

    @pytest.mark.parametrize(("address", "service"), [("https://telegra.ph/Wallet-Recovery-Guide-11-02", "Telegraph"),
                                                      ("https://linktr.ee/jane_doe_art", "Linktree"),
                                                      ("https://dweb.link/ipfs/bafybeihkoviemokx7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly", "IPFS"),
                                                      ("https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/",
                                                       "IPFS"),
                                                      ("https://storage.googleapis.com/my-photos/cat.jpg", "Google Cloud Storage"),
                                                      ("https://pub-0113a9e4549cf9b1ff1bf56e04da0cef.r2.dev/report.pdf", "Cloudflare R2"),
                                                      ("https://www.pgyer.com/FLhK", "PGYER (蒲公英)")])
    def test_a_telegraph_article_or_linktree_page_named_after_no_one_is_said_to_be_anyones(self, index, address, service):
        answer, shown = run(index, address), address.removeprefix("https://")
        assert (answer.verdict, answer.reasons[0]["code"]) == ("unknown", "public_page")
        assert answer.interpretation["public_page"] == service
        assert answer.reasons[0]["message"].startswith(f"{shown} is a page anyone can make on {service}")

    @pytest.mark.parametrize(("address", "service"), [
        ("https://t.me/+AbCdEfGhIjK12345", "Telegram"), ("t.me/joinchat/AAAAAEkk2WdoDrB4-Q8-gg", "Telegram"),
        ("https://chat.whatsapp.com/ABCDEFGHIJKLMNOPQRSTUV", "WhatsApp"), ("https://discord.gg/sKdpcGGc", "Discord"),
        # a name its owner chose is not read for a brand: a big server's vanity invite may be its own
        ("discord.gg/metamask", "Discord"), ("https://discord.com/invite/sKdpcGGc", "Discord"),
        # (as its support, by a provider that says nothing of where its support is, neither)
        ("discord.gg/binance-support", "Discord"),
    ])
    def test_an_invitation_to_a_group_says_what_it_is(self, index, address, service):
        # "t.me is not one of Binance's official channels" was all a Telegram group's invite got, claimed as Binance's
        answer = run(index, address)
        assert (answer.verdict, answer.reasons[0]["code"], answer.interpretation["public_page"]) == ("unknown", "group_invite", service)
        assert f"is an invitation to a group or channel on {service}" in answer.reasons[0]["message"]
        claimed = run(index, address, claimed_provider="Binance")
        assert (claimed.verdict, [r["code"] for r in claimed.reasons]) == ("mismatch", ["group_invite", "mismatch_not_listed"])

    @pytest.mark.parametrize(("address", "verdict", "code", "slug"), [
        # each was "example.com is not in our registry", unknown
        ("https://example.com/files/MetaMask_v11.apk", "lookalike", "lookalike_app_file", "metamask"),
        ("https://example.com/Ledger-Live-Setup.exe", "lookalike", "lookalike_app_file", "ledger"),
        ("https://dl.example.cn/app/touzi.apk?v=2", "unknown", "app_file", None),
    ])
    def test_an_app_installer_outside_any_store_says_so(self, index, address, verdict, code, slug):
        answer = run(index, address)
        assert (answer.verdict, answer.risk, answer.reasons[0]["code"]) == (verdict, "high", code)
        assert (answer.provider or {}).get("slug") == slug and answer.interpretation["app_file"] == address.rsplit("/", 1)[1].split("?")[0]
        assert " downloads " in answer.reasons[0]["message"] and "会下载" in run(index, address, lang="zh").reasons[0]["message"]
        # (on a provider's own site it is the site's; and the same address in a page scan is told, its risk the verdict's)
        assert run(index, "https://www.trustwallet.com/download/TrustWallet.apk").verdict == "official"
        assert "app_file" not in (run(index, "https://example.com/download/").interpretation or {})

    @pytest.mark.parametrize(("address", "verdict", "host"), [
        ("itms-services://?action=download-manifest&url=https://cdn.example-apps.com/mm/manifest.plist", "unknown",
         "cdn.example-apps.com"),
        ("itms-services://?action=download-manifest&url=https%3A%2F%2Fmetamask-ios.app%2FMetaMask.plist", "lookalike",
         "metamask-ios.app"),
    ])
    def test_a_link_that_installs_an_iphone_app_outside_the_app_store_says_so(self, index, address, verdict, host):
        # the way fake wallet and investment apps reach iPhones: it was "itms-services: addresses are not web addresses"
        answer = run(index, address)
        assert (answer.verdict, answer.risk, answer.reasons[0]["code"], answer.interpretation["opens"]) == (
            verdict, "high", "ios_install_link", host)
        assert f"installs an iPhone app from {host}, outside the App Store" in answer.reasons[0]["message"]
        assert answer.advice[0].startswith("Do not install it, and remove it if you did")
        assert run(index, "itms-services://?action=download-manifest").verdict == "invalid"  # (no manifest: nothing to read)
        # (a manifest that is no web address: it was a KeyError, a 500)
        refused = run(index, "itms-services://?action=download-manifest&url=ftp://x.com/a.plist")
        assert refused.verdict == "invalid" and "an iPhone app install link that opens something other than a web address" \
            in refused.reasons[0]["message"]

    def test_an_app_installers_advice_is_not_to_install_it(self, index):
        # "We cannot vouch for it. Do not act on what it asks" (an .apk asks nothing), and a look-alike's "Close the page"
        for address in ("https://dl.example.cn/app/touzi.apk", "https://example.com/files/MetaMask_v11.apk"):
            answers = {lang: run(index, address, lang=lang) for lang in ("en", "zh")}
            assert answers["en"].advice[0].startswith("Do not install it, and remove it if you did")
            assert answers["zh"].advice[0].startswith("不要安装它；已经安装的请卸载。")

    @pytest.mark.parametrize("address", ["https://wa.me/message/KX3ABC2DEF1", "wa.me/message/4O4YGZEG3RIVE1?src=qr"])
    def test_a_business_chat_link_says_it_hides_its_number(self, index, address):
        # a fake help page's "Chat with us on WhatsApp" button was "wa.me is not in our registry"
        answer = run(index, address)
        assert (answer.verdict, answer.reasons[0]["code"], answer.interpretation["public_page"]) == ("unknown", "business_chat_link", "WhatsApp")
        assert "opens a chat on WhatsApp with a business account, without showing its number" in answer.reasons[0]["message"]
        claimed = run(index, address, claimed_provider="Binance")
        assert (claimed.verdict, [r["code"] for r in claimed.reasons]) == ("mismatch", ["business_chat_link", "mismatch_not_listed"])
        # (a link with the number in it is a chat with that number)
        assert run(index, "https://wa.me/14155550123").interpretation.get("chat")

    @pytest.mark.parametrize("address", ["discord.gg/metamask-support", "https://discord.com/invite/MetaMaskHelpDesk"])
    def test_an_invitation_to_a_group_named_as_a_providers_support_is_judged_by_its_words(self, index, address):
        # it was unknown, "is not in our registry", as an earlier rule had it (a vanity invite may be the provider's own
        # server): MetaMask says its support is its Help Center and forums, as it is judged of t.me/metamask_support
        answer = run(index, address)
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == (
            "contradicts_policy", ["group_invite", "named_as_support", "policy_contradicted"])
        assert "presents itself as MetaMask's support by its name (“metamask”)" in answer.reasons[1]["message"]
        assert "MetaMask only offers customer service through this Help Center" in answer.reasons[2]["message"]

    @pytest.mark.parametrize(("address", "service", "reason"), [
        ("anydesk.com", "AnyDesk", "remote_access_app"),
        ("https://download.anydesk.com/AnyDesk.exe", "AnyDesk", "remote_access_app"),
        ("https://get.teamviewer.com/6xyz2ab", "TeamViewer", "remote_access_app"),
        ("https://remotedesktop.google.com/support", "Chrome Remote Desktop", "remote_access_app"),
        ("https://meeting.tencent.com/dm/8bYk1xA", "Tencent Meeting", "meeting_invite"),
        ("https://us05web.zoom.us/j/85996249517?pwd=MmtpekcyakRyREtzUXZ1aE15cnEydz09", "Zoom", "meeting_invite"),
        ("meet.google.com/szq-nhnj-krt", "Google Meet", "meeting_invite"),
    ])
    def test_a_remote_access_apps_site_or_a_meetings_link_says_what_it_lets_a_caller_do(self, index, address, service, reason):
        # "meeting.tencent.com is not in our registry", risk unknown, was all the refund scam's 腾讯会议 link got, as did
        # AnyDesk's download a fake agent reads out: the next step of the script, which the answer now names
        answer = run(index, address)
        assert (answer.verdict, answer.risk, answer.reasons[0]["code"], answer.interpretation["remote_session"]) == (
            "unknown", "high", reason, service)
        assert f"{service}" in answer.reasons[0]["message"] and "screen" in answer.reasons[0]["message"]
        assert answer.advice[0].startswith("Install nothing and join nothing")

    def test_a_remote_session_claimed_as_a_provider_is_read_against_its_words(self, index):
        # Coinbase: "will never: Ask you to install software on your device; Remotely access your device"
        claimed = run(index, "https://download.anydesk.com/AnyDesk.exe", claimed_provider="Coinbase")
        assert (claimed.verdict, [r["code"] for r in claimed.reasons]) == ("contradicts_policy", ["remote_access_app", "policy_contradicted"])
        assert "Coinbase never asks for remote access or screen sharing" in claimed.reasons[1]["message"]
        assert claimed.advice[0].startswith("Hang up, and install or join nothing") and "Coinbase" in claimed.advice[0]
        # a provider that has said nothing of it: a channel it does not list, and what the link is, first
        alipay = run(index, "https://meeting.tencent.com/dm/8bYk1xA", claimed_provider="支付宝", lang="zh")
        assert (alipay.verdict, [r["code"] for r in alipay.reasons]) == ("mismatch", ["meeting_invite", "mismatch_not_listed"])
        assert alipay.reasons[0]["message"].startswith("meeting.tencent.com/dm/8bYk1xA 是腾讯会议的会议邀请链接")

    def test_a_medium_writers_page_named_as_a_providers_support_is_a_lookalike(self, index):
        # "medium.com/@metamask-support/how-to-restore…" was "medium.com is not in our registry"
        answer = run(index, "https://medium.com/@metamask-support/how-to-restore-your-wallet-4f2a9c")
        assert (answer.verdict, answer.reasons[0]["code"], answer.provider["slug"]) == ("lookalike", "lookalike_public_page", "metamask")

    @pytest.mark.parametrize("address", ["https://linktr.ee/coinbase", "https://medium.com/@coinbase", "linktr.ee/TrustWallet"])
    def test_an_account_page_named_with_the_brand_alone_is_told_not_judged(self, index, address):
        # linktr.ee/coinbase was "look-alike, high risk": brands keep Linktrees and Medium pages of their own, which the
        # registry does not list; as "@Coinbase" on a platform, it is neither confirmed nor refused
        answer = run(index, address)
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("unknown", ["public_page", "named_after_provider", "unknown_value"])
        assert run(index, address, claimed_provider=answer.interpretation["named_after"]).verdict == "unknown"
        # a Google site or a Telegraph article has no such owner: named after the brand alone, still a look-alike
        assert run(index, "https://sites.google.com/view/coinbase").verdict == "lookalike"

    @pytest.mark.parametrize(("value", "provider"), [
        ("https://www.paypalobjects.com/api/checkout.js", "paypal"), ("https://www.paypal-community.com/", "paypal"),
        ("https://www.tenpay.com/", "wechat-pay"), ("0755-86013860", "wechat-pay"), ("https://pay.google.com/gp/w/home", "google-pay"),
    ])
    def test_a_providers_own_hosts_and_numbers_named_in_its_own_documents_are_its_own(self, index, value, provider):
        # each was "look-alike, high risk" (paypal-community.com, PayPal's forum, linked from PayPal's contact page) or
        # "not in our registry" (Tenpay's hotline, in the privacy policy of the company that provides WeChat Pay)
        answer = run(index, value, region="CN")
        assert (answer.verdict, answer.provider["slug"]) == ("official", provider)
        # a post in the forum is still a user's
        assert run(index, "https://www.paypal-community.com/t5/PayPal-Help/x/td-p/1").reasons[0]["code"] == "community_post"

    def test_bank_of_chinas_mainland_site_is_its_own_and_its_initials_are_no_brand(self, index):
        # www.boc.cn was "not in our registry" (no stored page printed it; BOC's own notices do: "認準中國銀行官方網址
        # www.boc.cn"); listed, its initials would have made BOC the gas company's boc.com a look-alike of Bank of China
        assert run(index, "https://www.boc.cn/").verdict == "official"
        assert run(index, "www.boc.cn.verify-ebank.top").verdict == "lookalike"
        assert [run(index, domain).verdict for domain in ("boc.com", "boc-online.com", "www.boc.lk")] == ["unknown"] * 3

    @pytest.mark.parametrize(("domain", "provider"), [
        ("weixinzhifu-kefu.cn", "wechat-pay"), ("caifutong-kefu.com", "wechat-pay"), ("tenpay-kefu.com", "wechat-pay"),
        ("yinlian-kefu.com", "unionpay"), ("yunshanfu-tuikuan.cn", "unionpay"),
    ])
    def test_chinese_providers_names_in_pinyin_in_a_domain_are_lookalikes(self, index, domain, provider):
        # "weixinzhifu" (微信支付), "caifutong" (财付通), "yinlian" (银联), "yunshanfu" (云闪付) in a fake service desk's domain
        # were "not in our registry"
        answer = run(index, domain)
        assert (answer.verdict, answer.provider["slug"], answer.reasons[0]["code"]) == ("lookalike", provider, "lookalike_brand_in_domain")

    @pytest.mark.parametrize(("address", "service", "account"), [
        ("https://github.com/MetaMask", "GitHub", "@MetaMask"),
        ("https://github.com/trustwallet/assets", "GitHub", "@trustwallet"),
        ("github.com/orgs/MetaMask/repositories", "GitHub", "@MetaMask"),
        ("https://www.linkedin.com/company/metamask/", "LinkedIn", "@metamask"),
    ])
    def test_a_providers_account_on_github_or_linkedin_is_an_account_not_a_foreign_site(self, index, address, service, account):
        # MetaMask's own GitHub organisation, claimed as MetaMask, was "mismatch, high risk: github.com is not among
        # MetaMask's official channels", with the advice to close the page: the platform's domain was judged, not the account
        answer = run(index, address)
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("unknown", ["social_profile", "named_after_provider", "unknown_value"])
        assert answer.reasons[0]["message"].startswith(f"This is the {service} account {account}")
        claimed = run(index, address, claimed_provider=answer.interpretation["named_after"])
        assert (claimed.verdict, claimed.risk) == ("unknown", "unknown")

    def test_an_account_named_as_a_providers_support_on_github_or_linkedin_is_judged_by_its_policies(self, index):
        # fake "support" accounts comment on wallets' GitHub issues: MetaMask gives support only through its Help Center
        answer = run(index, "https://github.com/metamask-support/wallet-recovery/issues/3", claimed_provider="MetaMask")
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("contradicts_policy", ["social_profile", "named_as_support",
                                                                                              "policy_contradicted"])
        recruiter = run(index, "https://www.linkedin.com/in/jane-doe-123/", claimed_provider="Coinbase")
        assert (recruiter.verdict, recruiter.interpretation["social"]) == ("mismatch", "linkedin")

    @pytest.mark.parametrize("address", ["https://github.com/", "https://github.com/features/actions", "https://www.linkedin.com/feed/"])
    def test_githubs_and_linkedins_own_pages_are_no_ones_account(self, index, address):
        assert "social" not in (run(index, address).interpretation or {})

    def test_a_reddit_community_is_a_page_anyone_makes(self, index):
        # r/MetaMaskSupport was "www.reddit.com is not in our registry"; r/Metamask, claimed as MetaMask, "mismatch, high"
        support = run(index, "https://www.reddit.com/r/MetaMaskSupport/")
        assert (support.verdict, support.reasons[0]["code"], support.provider["slug"]) == ("lookalike", "lookalike_public_page", "metamask")
        community = run(index, "https://www.reddit.com/r/Metamask", claimed_provider="MetaMask")
        assert (community.verdict, [r["code"] for r in community.reasons]) == ("unknown", ["public_page", "named_after_provider",
                                                                                         "unknown_value"])

    def test_a_facebook_group_is_a_page_anyone_makes(self, index):
        # each was "www.facebook.com is not in our registry", no word of what a group is
        support = run(index, "https://www.facebook.com/groups/binancesupport")
        assert (support.verdict, support.reasons[0]["code"], support.provider["slug"]) == ("lookalike", "lookalike_public_page", "binance")
        assert support.interpretation["public_page"] == "Facebook"
        brand = run(index, "https://www.facebook.com/groups/binance", claimed_provider="Binance")
        assert [r["code"] for r in brand.reasons] == ["public_page", "named_after_provider", "unknown_value"]
        numbered = run(index, "https://m.facebook.com/groups/123456789012345/permalink/987654321/")
        assert [r["code"] for r in numbered.reasons] == ["public_page", "unknown_value"]
        assert "public_page" not in (run(index, "https://www.facebook.com/groups/feed/").interpretation or {})

    def test_a_remote_session_host_a_provider_lists_as_its_own_is_its_channel(self):
        # a provider that gives support on its own meeting or remote-access host (its listing is the answer, not the table's)
        provider = make_provider(channels=[ChannelDoc(key="desk", kind="website", value="get.teamviewer.com",
                                                      display="get.teamviewer.com", evidence=[evidence("get.teamviewer.com")])])
        small = registry_index.build([provider], version=1)
        assert run(small, "https://get.teamviewer.com/examplepay").verdict == "official"
        assert run(small, "https://download.anydesk.com/AnyDesk.exe").interpretation["remote_session"] == "AnyDesk"

    @pytest.mark.parametrize(("typed", "service"), [
        ("AnyDesk ID 123 456 789", "AnyDesk"), ("腾讯会议号：123 456 789", "腾讯会议"), ("Zoom Meeting ID: 859 9624 9517", "Zoom"),
        ("向日葵识别码 123456789", "向日葵"), ("Meeting ID 859 9624 9517", "a meeting service"),
        # as Taiwan and Hong Kong write them ("騰訊會議號" was a label naming no one, and the number "not a possible phone number")
        ("騰訊會議號：123 456 789", "腾讯会议"), ("向日葵識別碼 123456789", "向日葵"), ("會議號：859 9624 9517", "a meeting service"),
    ])
    def test_a_remote_access_address_or_a_meetings_number_typed_with_its_label_is_no_number_to_call(self, index, typed, service):
        # each was "not a possible phone number", risk unknown, and the advice "check what you typed"
        answer = run(index, typed)
        assert (answer.verdict, answer.risk, [r["code"] for r in answer.reasons]) == ("invalid", "high", ["remote_session_code"])
        assert f"is an address or a meeting's number on {service}, not a number to call" in answer.reasons[0]["message"]
        assert [flag["code"] for flag in answer.red_flags] == ["asks_remote_access"]
        assert answer.advice[0].startswith("Install nothing and join nothing")
        claimed = run(index, typed, claimed_provider="Coinbase")
        assert (claimed.verdict, [r["code"] for r in claimed.reasons]) == ("contradicts_policy", ["remote_session_code", "policy_contradicted"])

    def test_a_remote_access_address_keeps_the_messages_signs(self, index):
        answer = run(index, "AnyDesk ID 123 456 789", message="客服说要帮我办理退款，让我把验证码也告诉他")
        assert [flag["code"] for flag in answer.red_flags] == ["refund_offer", "asks_otp", "asks_remote_access"]
        assert [r["code"] for r in answer.reasons] == ["remote_session_code", "red_flags_found"]

    @pytest.mark.parametrize("typed", ["PayPal: 1 888 221 1161", "客服电话：95188", "Meeting room 4001234567"])
    def test_other_labels_keep_their_numbers(self, index, typed):
        assert "remote_session_code" not in [r["code"] for r in run(index, typed, region="CN").reasons]

    @pytest.mark.parametrize(("typed", "claimed"), [
        ("Binance UID: 12345678", "binance"), ("Your Binance UID is 35678901", "binance"), ("币安UID：12345678", "binance"),
        ("PayPal transaction ID 5319487809", "paypal"), ("MetaMask support request 12345678", "metamask"),
        ("Coinbase case number 12345678", "coinbase"), ("支付宝订单号：2024120722001", "alipay"), ("币安邀请码：12345678", "binance"),
        ("Venmo order no. 5319487809", "venmo"), ("Zelle routing number 359236961", "zelle"),
    ])
    def test_a_number_labelled_as_another_kind_of_number_is_no_phone_number(self, index, typed, claimed):
        # each was a phone number and its label, a mismatch or a policy contradiction, high risk: an id or an order's
        # number pasted to ask what it is (the page scan finds no phone number there either)
        answer = run(index, typed, lang="en")
        assert (answer.verdict, answer.risk) == ("invalid", "unknown")
        assert [r["code"] for r in answer.reasons] == ["label_claim", "another_kind_of_number"]
        assert answer.claimed_provider["slug"] == claimed
        number = typed.rsplit(" ", 1)[-1].rsplit("：", 1)[-1]
        assert f"If someone gave you {number} as a number to call or text, check it alone." in answer.reasons[1]["message"]
        assert "another_kind_of_number" in [reason["code"] for reason in answer.reasons]
        # (no typing mistake: "Check what you typed" was its first advice)
        assert answer.advice[0].startswith("There is nothing to call here.")
        chinese = run(index, typed, lang="zh")
        assert "另一种编号" in chinese.reasons[1]["message"] and chinese.advice[0].startswith("这里没有可拨打的号码")

    @pytest.mark.parametrize(("typed", "label"), [("Is Binance UID 12345678 legit?", "Binance UID"),
                                                  ("币安UID 12345678是真的吗", "币安UID"),
                                                  ("Is my PayPal transaction ID 5319487809 real?", "PayPal transaction ID")])
    def test_a_question_about_another_kind_of_number_is_answered_so(self, index, typed, label):
        # (asked as a question, each was a mismatch, high risk, as the labelled number was)
        answer = run(index, typed, lang="en")
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("invalid", ["question_claim", "another_kind_of_number"])
        assert f"its label, “{label}”," in answer.reasons[-1]["message"]

    def test_a_question_about_a_phone_number_is_read_as_before(self, index):
        assert [r["code"] for r in run(index, "Is 1-888-221-1161 PayPal?").reasons] == [
            "question_claim", "reading_chosen", "official_channel"]

    @pytest.mark.parametrize(("typed", "region", "verdict"), [
        ("Support request: 1-888-221-1161", "US", "official"),  # grouped as a phone number is
        ("Caller ID: 8882211161", "US", "official"),  # a caller's ID is its phone number
        ("Alipay service code: 95188", None, "official"),  # a short code of the registry's is a line to call
        ("Binance account manager 18005551234", "US", "mismatch"),  # the label's last words are a person's
        ("PayPal: 1-888-221-1161", None, "official"),
    ])
    def test_a_phone_number_after_a_label_naming_no_other_kind_of_number_is_judged(self, index, typed, region, verdict):
        answer = run(index, typed, region=region)
        assert answer.verdict == verdict
        assert "another_kind_of_number" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("typed", "region"), [("Venmo me at 415-555-0134", "US"), ("My Venmo is 415-555-0134", "US"),
                                                   ("Landlord wants rent by Zelle, his phone 415-555-0134", "US"),
                                                   ("用支付宝转账给朋友 13912345678", "CN"), ("我的支付宝账号是 13812345678", "CN")])
    def test_a_persons_number_in_payment_words_is_no_claim_to_be_the_providers_line(self, index, typed, region):
        # each was a claim to be the provider's line and a mismatch, high risk (the page scan presents it as no one's)
        answer = run(index, typed, region=region)
        codes = [r["code"] for r in answer.reasons]
        assert "label_persons_number" in codes and "label_claim" not in codes
        assert answer.claimed_provider is None and answer.verdict == "unknown"

    @pytest.mark.parametrize(("typed", "claimed"), [("Venmo support: 415-555-0134", "venmo"), ("Call Venmo at 415-555-0134", "venmo"),
                                                    ("Zelle: 415-555-0134", "zelle")])
    def test_a_number_given_as_the_providers_stays_a_claim(self, index, typed, claimed):
        answer = run(index, typed, region="US")
        assert (answer.verdict, answer.claimed_provider["slug"]) == ("mismatch", claimed)

    def test_an_accounts_number_on_a_messaging_app_is_read_as_its_account(self, index):
        # (QQ's number names an account there: the app's reader says what it is)
        assert [r["code"] for r in run(index, "QQ号：12345678").reasons] == ["social_handle", "unknown_value"]

    def test_a_meeting_link_told_of_is_judged_as_one(self, index):
        # "客服让我下载这个 …": the words hold no sign (腾讯会议 is not named), the link is the request
        answer = run(index, "客服让我下载这个 https://meeting.tencent.com/dm/8bYk1xA", lang="zh")
        assert (answer.verdict, answer.risk) == ("unknown", "high")
        assert [r["code"] for r in answer.reasons][:2] == ["report_read_address", "meeting_invite"]

    @pytest.mark.parametrize("address", ["https://zoom.us/", "https://meeting.tencent.com/", "https://meet.google.com/",
                                         "https://teams.microsoft.com/", "https://www.google.com/"])
    def test_a_meeting_services_own_pages_are_no_invitation(self, index, address):
        answer = run(index, address)
        assert "remote_session" not in answer.interpretation and answer.risk == "unknown"
        assert not {"meeting_invite", "remote_access_app"} & {r["code"] for r in answer.reasons}

    def test_a_telegram_link_to_a_phone_number_is_still_a_chat_with_it(self, index):
        answer = run(index, "https://t.me/+18882211161", claimed_provider="PayPal")
        assert answer.reasons[0]["code"] == "chat_number" and answer.input["normalized"] == "+18882211161"

    @pytest.mark.parametrize("address", ["https://telegra.ph/", "https://telegra.ph/api", "https://linktr.ee/",
                                         "https://linktr.ee/s/pricing/", "https://linktr.ee/login?"])
    def test_telegraphs_and_linktrees_own_pages_are_no_ones_page(self, index, address):
        # no title and date, or one of Linktree's own paths: the service's page, not a maker's
        answer = run(index, address)
        assert answer.verdict == "unknown" and "public_page" not in answer.interpretation
        assert not {"public_page", "lookalike_public_page"} & {r["code"] for r in answer.reasons}

    def test_binance_and_binance_us_are_not_each_others(self, index):
        assert run(index, "https://www.binance.us/", claimed_provider="Binance").verdict == "mismatch"
        assert run(index, "https://www.binance.com/", claimed_provider="Binance.US").verdict == "mismatch"

    @pytest.mark.parametrize("domain", ["binance.org", "binnance.com", "binance-support.net"])
    def test_a_lookalike_of_a_name_two_providers_share_in_their_domains_is_of_the_one_so_named(self, index, domain):
        # binance.us made "binance" a label of Binance.US's too: binance.org became a look-alike of Binance.US
        assert (run(index, domain).verdict, run(index, domain).provider["slug"]) == ("lookalike", "binance")

    def test_paypal_me_pages_are_its_users_and_a_host_under_another_domain_is_a_lookalike(self, index):
        # PayPal.Me links are how PayPal's users ask to be paid: a user's page, not PayPal speaking
        assert run(index, "https://paypal.me/refunddesk/25", claimed_provider="PayPal").verdict == "mismatch"
        assert run(index, "https://paypal.me.secure-login.net/refunddesk").verdict == "lookalike"
        assert run(index, "https://phantom.app/ul/browse/https%3A%2F%2Fphantom-airdrop.top?ref=x").interpretation["host"] == \
            "phantom-airdrop.top"  # a deeplink on Phantom's own domain still opens the site it names

    @pytest.mark.parametrize("address", ["https://discussions.apple.com/thread/255123", "https://community.paypal.com/t5/Sending/x/td-p/1",
                                         "https://community.metamask.io/t/metamask-support-number/48213",
                                         "https://www.paypal-community.com/t5/PayPal-Help/x/td-p/3171234",
                                         # these three were "official" (on trustwallet.com, trezor.io, revolut.com)
                                         "https://community.trustwallet.com/t/how-to-contact-support/12345",
                                         "https://forum.trezor.io/t/trezor-support-phone/8642", "https://community.revolut.com/t/x/1",
                                         # these were "official" on apple.com: a member's User Tip, and Apple
                                         # Community in other languages, where fake support numbers are posted too
                                         "https://discussions.apple.com/docs/DOC-250001234",
                                         "https://communities.apple.com/de/thread/255508808",
                                         "https://communities.apple.com/de/docs/DOC-250006853",
                                         "https://discussionschinese.apple.com/thread/251911981?page=2"])
    def test_a_post_in_a_providers_community_forum_is_not_the_provider(self, index, address):
        answer = run(index, address)
        assert (answer.verdict, answer.reasons[0]["code"]) == ("unknown", "community_post")

    @pytest.mark.parametrize("address", ["https://www.paypal.com/invoice/p/#INV2-Q7LM-2TZ4",
                                         "https://www.paypal.com/ncp/payment/F3YMU2ZGT49XX",
                                         "https://www.paypal.com/cgi-bin/webscr?cmd=_donations&business=refunds@protonmail.com",
                                         "https://commerce.coinbase.com/checkout/8f2c1d"])
    def test_a_payment_page_a_user_made_is_not_the_provider(self, index, address):
        # the invoice scam: a real PayPal invoice whose note says "call 1-8xx… to cancel this charge"
        answer = run(index, address, claimed_provider="PayPal")
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("mismatch", None, "user_payment_page")
        assert run(index, "https://www.paypal.com/invoice/").verdict == "official"  # PayPal's own page about invoices

    def test_a_wise_payment_request_is_the_users_not_wises(self, index):
        # it was "official": wise.com is Wise's site
        answer = run(index, "https://wise.com/pay/r/IXNQtDlwmxjeCDY", claimed_provider="Wise")
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("mismatch", None, "user_payment_page")

    @pytest.mark.parametrize(("address", "wallet"), [
        ("metamask://send/0xAbC0000000000000000000000000000000000001@1?value=5e18", "MetaMask"),
        ("https://link.metamask.io/send/0xAbC0000000000000000000000000000000000001@1?value=5e18", "MetaMask"),
        ("https://metamask.app.link/send/0xAbC0000000000000000000000000000000000001@1?value=5e18", "MetaMask"),
        ("https://link.trustwallet.com/send?asset=c60&address=0xabc0000000000000000000000000000000000001&amount=3", "Trust Wallet"),
    ])
    def test_a_wallets_send_link_is_the_payment_a_user_asks_for_not_the_wallet(self, index, address, wallet):
        # "MetaMask support: confirm your refund here" opening the send screen with the scammer as recipient
        answer = run(index, address, claimed_provider=wallet)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("mismatch", None, "user_payment_page")

    @pytest.mark.parametrize(("address", "verdict", "opens"), [
        ("https://link.trustwallet.com/open_url?coin_id=60&url=https%3A%2F%2Ftrustwallet-claim.xyz%2Fconnect", "lookalike", "trustwallet-claim.xyz"),
        ("https://link.trustwallet.com/open_url?coin_id=60&url=https://pancakeswap.finance", "unknown", "pancakeswap.finance"),
        ("https://link.trustwallet.com/open_url?coin_id=60&url=https://trustwallet.com", "official", "trustwallet.com"),
        ("https://link.metamask.io/dapp/metamask-verify.top/restore", "lookalike", "metamask-verify.top"),
        ("https://go.cb-w.com/dapp?cb_url=https%3A%2F%2Fbase-rewards.click", "unknown", "base-rewards.click"),
        # a wallet's link inside another's: the last one opens the site
        ("https://link.trustwallet.com/open_url?url=https%3A%2F%2Flink.metamask.io%2Fdapp%2Fdrain.top", "unknown", "drain.top"),
        # in the wallet's own scheme, what a drainer's QR code holds (it was invalid: "trust: addresses are not web addresses")
        ("trust://open_url?coin_id=60&url=https://trustwallet-claim.xyz/connect", "lookalike", "trustwallet-claim.xyz"),
        ("TRUST://open_url?url=https%3A%2F%2Fpancakeswap.finance", "unknown", "pancakeswap.finance"),
        ("metamask://dapp/https://metamask-refund.top/claim", "lookalike", "metamask-refund.top"),
        ("okx://wallet/dapp/url?dappUrl=https%3A%2F%2Fokx-airdrop.top%2Fclaim", "lookalike", "okx-airdrop.top"),
        # imToken's scheme has no web link of its routes: read by its own shape (it was "imtokenv2: addresses are not web
        # addresses"), in both of its forms
        ("imtokenv2://navigate/DappView?url=https%3A%2F%2Fimtoken-airdrop.top%2Fclaim", "lookalike", "imtoken-airdrop.top"),
        ("imtokenv2://navigate?screen=DappView&url=https://pancakeswap.finance", "unknown", "pancakeswap.finance"),
        ("imtokenv2://navigate/DappView?url=https%3A%2F%2Ftoken.im", "official", "token.im"),
        ("https://metamask.app.link/dapp/https%3A%2F%2Fmetamask-airdrop.top%2Fclaim", "lookalike", "metamask-airdrop.top"),
    ])
    def test_a_wallets_link_is_judged_by_the_site_it_opens(self, index, address, verdict, opens):
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["opens"]) == (verdict, opens, opens)
        assert answer.reasons[0]["code"] == "wallet_link" and opens in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("address", "opens", "shown"), [
        # MetaMask's app opens its /dapp/ site as the link writes it, and a browser then reads "%2F@" as a user part: each was
        # MetaMask's own site, official (the link decoded reads metamask.io/@…)
        ("https://metamask.app.link/dapp/metamask.io%2F@evil-claim.org", "evil-claim.org", "metamask.io"),
        ("metamask://dapp/support.metamask.io%2F@evil-claim.org/claim", "evil-claim.org", "support.metamask.io"),
        ("https://link.metamask.io/dapp/evil-claim.org/../support.metamask.io", "evil-claim.org", "support.metamask.io"),
        # an app that reads its site from a query decodes it once: "%252F" stays "%2F" for the browser (each was official)
        ("https://link.trustwallet.com/open_url?url=https://trustwallet.com%252F@evil-claim.org", "evil-claim.org", "trustwallet.com"),
        ("https://go.cb-w.com/dapp?cb_url=https%3A%2F%2Fwww.coinbase.com%252F%40evil-claim.org", "evil-claim.org", "www.coinbase.com"),
        ("imtokenv2://navigate/DappView?url=https%3A%2F%2Ftoken.im%252F%40evil-claim.org", "evil-claim.org", "token.im"),
        # ... and a MetaMask link's site encoded twice, which an app that decodes it once opens as evil-claim.org's
        ("https://metamask.app.link/dapp/https%3A%2F%2Fmetamask.io%252F%40evil-claim.org", "evil-claim.org", "metamask.io"),
    ])
    def test_a_wallets_link_read_two_ways_is_judged_by_the_site_that_is_no_providers(self, index, address, opens, shown):
        answer = run(index, address)
        assert (answer.verdict == "official", answer.input["normalized"]) == (False, opens)
        [two_ways] = [reason for reason in answer.reasons if reason["code"] == "wallet_link_read_two_ways"]
        assert opens in two_ways["message"] and shown in two_ways["message"]

    def test_a_redirect_that_reads_two_ways_is_judged_by_the_site_that_is_no_providers(self, index):
        # a mail filter's rewritten link carries the address as it was written: "%2F@" stays a user part for the browser
        # (decoded, it read PayPal's site, official)
        answer = run(index, "https://urldefense.com/v3/__https://www.paypal.com%2F@evil-claim.org/__;!!ABC$")
        assert (answer.verdict, answer.input["normalized"]) == ("lookalike", "evil-claim.org")
        assert "redirect_read_two_ways" in [reason["code"] for reason in answer.reasons]
        # one site either way: that site's, and a query's parameter is decoded once, as the service reads it
        assert run(index, "https://urldefense.com/v3/__https://www.paypal.com/signin__;!!ABC$").verdict == "official"
        assert run(index, "https://www.google.com/url?q=https://www.paypal.com%252F@evil-claim.org").input["normalized"] \
            == "evil-claim.org"

    def test_a_links_address_with_encoded_dot_segments_is_read_as_the_app_or_service_reads_it(self, index):
        # the segments inside the address a link carries are the address's, not the link's: evil-claim.org's page
        for address in ("https://metamask.app.link/dapp/https%3A%2F%2Fevil-claim.org%2F..%2F..%2Fmetamask.io",
                        "https://urldefense.com/v3/__https://evil-claim.org%2F..%2F..%2Fwww.paypal.com__;!!A$"):
            answer = run(index, address)
            assert (answer.verdict, answer.input["normalized"]) == ("unknown", "evil-claim.org")

    @pytest.mark.parametrize(("address", "verdict", "opens"), [
        # a page's way out of an app's own browser into Chrome (each was "intent: addresses are not web addresses")
        ("intent://paypal-resolve.com/login#Intent;scheme=https;package=com.android.chrome;end", "lookalike", "paypal-resolve.com"),
        ("intent://www.paypal.com/signin#Intent;scheme=https;package=com.android.chrome;end", "official", "www.paypal.com"),
        # ... whose fallback, opened where the phone has no Chrome, is another site: that one is judged
        ("intent://www.paypal.com/signin#Intent;scheme=https;package=com.android.chrome;"
         "S.browser_fallback_url=https%3A%2F%2Fpaypal-resolve.com%2Flogin;end", "lookalike", "paypal-resolve.com"),
    ])
    def test_an_android_intent_that_opens_a_site_is_judged_by_that_site(self, index, address, verdict, opens):
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"], answer.reasons[0]["code"]) == (verdict, opens, "android_intent")
        # an intent that opens an app of its own scheme is no site
        assert run(index, "intent://scan/#Intent;scheme=zxing;package=com.google.zxing.client.android;end").verdict == "invalid"

    def test_a_wallets_link_that_reads_one_site_either_way_is_that_sites(self, index):
        # the decoded reading of a site the app cannot open as written (no address) stays the one judged
        assert run(index, "https://metamask.app.link/dapp/https%3A%2F%2Fmetamask-airdrop.top%2Fclaim").input["normalized"] \
            == "metamask-airdrop.top"
        answer = run(index, "https://metamask.app.link/dapp/support.metamask.io/../@evil-claim.org")  # (a browser: evil-claim.org)
        assert (answer.verdict, answer.input["normalized"]) == ("unknown", "evil-claim.org")
        assert run(index, "https://metamask.app.link/dapp/support.metamask.io").verdict == "official"

    WC = "7f6e504bfad60b485450578e05678ed3e8e8c4751d3c6160be17160d63ec90f9"

    @pytest.mark.parametrize(("address", "claimed", "reason"), [
        # a WalletConnect pairing code in the wallet's own link: the drainer's QR code, the fake support chat's "connect
        # your wallet to verify"
        (f"https://link.trustwallet.com/wc?uri=wc%3A{WC}%402", "Trust Wallet", "wallet_pairing"),
        (f"trust://wc?uri=wc:{WC}@2", "Trust Wallet", "wallet_pairing"),
        (f"https://metamask.app.link/wc?uri=wc%3A{WC}%402", "MetaMask", "wallet_pairing"),
        (f"metamask://wc?uri=wc:{WC}@2", "MetaMask", "wallet_pairing"),
        # an app asking Phantom to connect to it or to sign what it sends, MetaMask SDK's connection request
        ("https://phantom.app/ul/v1/connect?app_url=https%3A%2F%2Fphantom-airdrop.top&dapp_encryption_public_key=BSFx"
         "&redirect_link=https%3A%2F%2Fphantom-airdrop.top%2Fdone", "Phantom", "wallet_request"),
        ("https://phantom.com/ul/v1/signAndSendTransaction?dapp_encryption_public_key=abc&nonce=x&payload=abc&redirect_link=x",
         "Phantom", "wallet_request"),
        ("https://metamask.app.link/connect?channelId=9a1b2c3d&pubkey=02abc&comm=socket", "MetaMask", "wallet_request"),
        ("metamask://connect?channelId=9a1b2c3d&pubkey=02abc&comm=socket", "MetaMask", "wallet_request"),
    ])
    def test_a_pairing_or_a_request_through_a_wallets_link_is_whoever_made_it(self, index, address, claimed, reason):
        # each was "official, low risk" on the wallet's domain: the link is the wallet's, the site it connects to the
        # wallet or the request it carries is the link maker's
        answer = run(index, address, claimed_provider=claimed)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("mismatch", None, reason)

    @pytest.mark.parametrize(("address", "claimed", "app"), [
        ("https://login.coinbase.com/oauth2/auth?response_type=code&client_id=2f1c9a&redirect_uri=https%3A%2F%2Fcoinbase-"
         "refund.top%2Fcb&scope=wallet:accounts:read,wallet:transactions:send", "Coinbase", "2f1c9a"),
        ("https://www.coinbase.com/oauth/authorize?response_type=code&client_id=e78ae8&redirect_uri=https://evil.xyz/cb",
         "Coinbase", "e78ae8"),
        ("https://www.paypal.com/signin/authorize?flowEntry=static&client_id=AbC123&scope=openid%20email&redirect_uri=https"
         "%3A%2F%2Fpaypal-verify.top", "PayPal", "AbC123"),
        ("https://www.paypal.com/connect/?flowEntry=static&client_id=AbC123&scope=openid&redirect_uri=https://evil.xyz",
         "PayPal", "AbC123"),
        ("https://accounts.binance.com/en/oauth/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fevil"
         ".xyz&scope=user:openId,create:apikey", "Binance", "abc"),
        ("https://openauth.alipay.com/oauth2/appToAppAuth.htm?app_id=2018112762317943&redirect_uri=http://example.com/cb",
         "支付宝", "2018112762317943"),
        ("https://www.bybit.com/en/oauth?client_id=abc123&response_type=code&redirect_uri=https%3A%2F%2Fbybit-refund.top"
         "&scope=openapi", "Bybit", "abc123"),
    ])
    def test_a_providers_consent_page_for_an_app_is_the_apps_that_registered_it(self, index, address, claimed, app):
        # each was "official, low risk": the consent page is the provider's, the app it lets into the account (whose
        # scopes can send funds or create API keys) is whoever registered the client id
        answer = run(index, address, claimed_provider=claimed)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("mismatch", None, "app_authorization")
        assert f"(the app {app})" in answer.reasons[0]["message"]
        assert "应用 " + app in run(index, address, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("address", ["https://login.coinbase.com/signin", "https://www.paypal.com/signin?returnUri=%2Fmyaccount",
                                         "https://accounts.binance.com/en/login"])
    def test_a_providers_own_sign_in_page_stays_official(self, index, address):
        assert run(index, address).verdict == "official"

    @pytest.mark.parametrize("address", ["https://link.trustwallet.com/wc",
                                         "https://phantom.app/ul/v1/disconnect?dapp_encryption_public_key=abc"])
    def test_a_wallets_link_with_no_code_or_request_in_it_is_the_wallets(self, index, address):
        assert run(index, address).verdict == "official"

    @pytest.mark.parametrize(("address", "verdict", "opens"), [
        ("https://render.alipay.com/p/s/i?scheme=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D20000067%26url%3D"
         "http%253A%252F%252Fpay-95188.cn%252Fcashier", "lookalike", "pay-95188.cn"),  # (Alipay's hotline in its name)
        ("https://ds.alipay.com/?scheme=alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Falipay-refund.top", "lookalike",
         "alipay-refund.top"),
        # in Alipay's own scheme, what a QR code holds
        ("alipays://platformapi/startapp?appId=20000067&url=http%3A%2F%2Fpay-95188.cn", "lookalike", "pay-95188.cn"),
        ("alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fm.alipay.com%2Fhelp", "official", "m.alipay.com"),
    ])
    def test_alipays_link_that_opens_a_page_in_its_app_is_judged_by_that_page(self, index, address, verdict, opens):
        # render.alipay.com/…?scheme=alipays://…appId=20000067&url=<page> opens any page inside the Alipay app: it was
        # Alipay's official domain at low risk (the scheme alone was invalid), whatever page it opened
        answer = run(index, address, claimed_provider="支付宝")
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["opens"]) == (verdict, opens, opens)
        said = answer.reasons[0]
        assert said["code"] == "app_link" and f"opens {opens} inside the Alipay app" in said["message"]
        assert "connect your wallet" not in said["message"]  # (a wallet's link says so; Alipay's browser holds none)

    def test_alipays_links_to_its_own_services_are_its_own(self, index):
        # an Alipay service (an eight-digit appId: 20000011, its help) opens Alipay's own page, no page of the sender's
        answer = run(index, "https://render.alipay.com/p/s/i/?scheme=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D"
                            "20000011", claimed_provider="支付宝")
        assert (answer.verdict, answer.input["normalized"]) == ("official", "render.alipay.com")

    @pytest.mark.parametrize("address", [
        "https://render.alipay.com/p/s/i/?scheme=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D2019072665939857%26page%3Dpages%252Findex",
        "alipays://platformapi/startapp?appId=2021001172656340&page=pages/index/index"])
    def test_a_mini_program_opened_in_alipay_is_its_makers_not_alipays(self, index, address):
        # it was "official, low risk" (a mini program was thought Alipay's own service): a 16-digit appId is the open
        # platform's, any merchant's or developer's, and the link does not say whose
        answer = run(index, address, claimed_provider="支付宝")
        assert (answer.verdict, answer.reasons[0]["code"]) == ("mismatch", "mini_program")
        assert "does not say whose" in run(index, address).reasons[0]["message"]
        assert "小程序" in run(index, address, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize("address", [
        "alipays://platformapi/startapp?appId=09999988&actionType=toAccount&goBack=NO&amount=1.00&account=13800138000&memo=refund",
        "alipays://platformapi/startapp?appId=20000116&actionType=toAccount&amount=100&userId=2088123456789012",
        'alipays://platformapi/startapp?appId=20000123&actionType=scan&biz_data={"s": "money","u": "2088123456789012","a": "0.02"}',
        "https://ds.alipay.com/?from=mobilecodec&scheme=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D20000123%26actionType"
        "%3Dscan%26biz_data%3D%257B%2522s%2522%253A%2522money%2522%252C%2522u%2522%253A%25222088123456789012%2522%257D",
        # carried by d.alipay.com's iframeSrc, as payment pages write it (it was "official: on alipay.com")
        "https://d.alipay.com/i/index.htm?iframeSrc=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D09999988%26actionType"
        "%3DtoAccount%26account%3D13800138000%26amount%3D500",
        # a "pay me" page's chat with the payee, payment in that chat, friend request (each was "official")
        "alipays://platformapi/startapp?appId=20000167&tUserId=2088123456789012&tUserType=1",
        "alipays://platformapi/startapp?appId=88886666&target=personal&chatUserId=2088123456789012&chatUserType=1&amount=300",
        "alipays://platformapi/startapp?appId=20000186&actionType=addfriend&userId=2088123456789012",
        # a merchant's withholding agreement: signed, it deducts without the password
        "https://d.alipay.com/i/index.htm?iframeSrc=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D60000157%26sign_params"
        "%3Dbiz_content%253D%25257B%25257D"])
    def test_an_alipay_transfer_with_the_recipient_filled_in_pays_that_account(self, index, address):
        # each was "official, low risk: on alipay.com": a transfer or fixed-amount receive code to the account the link
        # names, as scam "refund" and "safe account" pages send
        answer = run(index, address)
        assert (answer.verdict, answer.provider, answer.reasons[0]["code"]) == ("unknown", None, "user_payment_page")

    @pytest.mark.parametrize(("address", "verdict", "opens", "service"), [
        ("https://www.google.com/url?q=https://paypa1-support.com/login&sa=U", "lookalike", "paypa1-support.com", "Google"),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fmetamask.io%2F&h=AT0", "official", "metamask.io", "Facebook"),
        ("https://nam01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fpaypal-resolution-center.com&data=05", "lookalike",
         "paypal-resolution-center.com", "Microsoft Safe Links"),
        # a Bing result's link carries its address in base64url after "a1"
        ("https://cn.bing.com/ck/a?!&&p=296180a42e2189e4&ptn=3&u=a1aHR0cHM6Ly9tZXRhbWFzay1pby5oZWxwL3Jlc3RvcmU&ntb=1", "lookalike", "metamask-io.help", "Bing"),
        # every outside link in a Zhihu answer or a Jianshu article is written as the site's leaving page: copied from
        # a "MetaMask customer service" answer, it was "link.zhihu.com is not in our registry"
        ("https://link.zhihu.com/?target=https%3A//metamask-cn.org/", "lookalike", "metamask-cn.org", "Zhihu"),
        ("https://www.jianshu.com/go-wild?ac=2&url=https%3A%2F%2Fbinance-kefu.top%2F", "lookalike", "binance-kefu.top", "Jianshu"),
        ("https://link.csdn.net/?target=https%3A%2F%2Fmetamask.io%2Fdownload%2F", "official", "metamask.io", "CSDN"),
        # a company's or a university's mail rewrites every outside link so (both were "urldefense.com: not in our registry")
        ("https://urldefense.com/v3/__https://paypal-secure.net/login__;!!Mak6IKo!OLXijV0zx$", "lookalike", "paypal-secure.net",
         "Proofpoint URL Defense"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__coinbase-2Dhelp.net_login&d=DwMFaQ", "lookalike", "coinbase-help.net",
         "Proofpoint URL Defense"),
        ("https://urldefense.com/v3/__https://www.paypal.com/signin__;!!abc$", "official", "www.paypal.com", "Proofpoint URL Defense"),
    ])
    def test_a_redirect_is_judged_by_the_address_it_sends_the_reader_to(self, index, address, verdict, opens, service):
        # a search result's, a social network's or a mail filter's link: it was judged as google.com, unknown
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["opens"]) == (verdict, opens, opens)
        assert answer.interpretation["redirect"] == service
        assert answer.reasons[0]["code"] == "redirect" and service in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("address", "verdict", "opens"), [
        # a site shown through Google Translate, its host written in the proxy's way ('.' as '-', '-' as '--'): it was judged
        # as translate.goog's ("metamask--wallet-org.translate.goog contains the name metamask"), or unknown where no name shows
        ("https://metamask--wallet-org.translate.goog/restore?_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en", "lookalike",
         "metamask-wallet.org"),
        ("https://paypal--resolution-com.translate.goog/?_x_tr_sl=en&_x_tr_tl=zh-CN", "lookalike", "paypal-resolution.com"),
        ("https://secure-login-help-ru.translate.goog/paypal/?_x_tr_sl=auto&_x_tr_tl=en", "unknown", "secure.login.help.ru"),
        ("https://www-paypal-com.translate.goog/us/cshelp?_x_tr_sl=en&_x_tr_tl=zh-CN", "official", "www.paypal.com"),
        # the older form carries the address in `u`
        ("https://translate.google.com/translate?sl=auto&tl=en&u=https://metamask-wallet.org/restore", "lookalike",
         "metamask-wallet.org"),
    ])
    def test_a_page_shown_through_google_translate_is_judged_as_the_site_it_shows(self, index, address, verdict, opens):
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["opens"]) == (verdict, opens, opens)
        assert answer.reasons[0]["code"] == "translated_page" and f"This is {opens} shown through Google Translate" \
            in answer.reasons[0]["message"]
        assert "谷歌翻译" in run(index, address, lang="zh").reasons[0]["message"]

    @pytest.mark.parametrize(("address", "code", "verdict", "opens", "says"), [
        # a fake airdrop's "share to claim" button, a Telegram post's Instant View of a phishing page: both were "t.me is not
        # in our registry", the address they carry not looked at
        ("https://t.me/share/url?url=https://metamask-restore.io&text=Claim%20your%20airdrop", "shared_link", "lookalike",
         "metamask-restore.io", "This Telegram share link opens Telegram with a message to forward that holds metamask-restore.io"),
        ("https://t.me/share?url=https%3A%2F%2Fwww.paypal.com%2Fus%2Fcshelp", "shared_link", "official", "www.paypal.com",
         "the address to judge is www.paypal.com, not Telegram"),
        ("https://t.me/iv?url=https%3A%2F%2Fbinance-kyc.com%2Fverify&rhash=ab12cd34ef56", "instant_view", "lookalike",
         "binance-kyc.com", "This is binance-kyc.com shown through Telegram Instant View"),
    ])
    def test_telegrams_share_and_instant_view_links_are_judged_by_the_address_they_carry(self, index, address, code, verdict,
                                                                                        opens, says):
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["opens"]) == (verdict, opens, opens)
        assert answer.reasons[0]["code"] == code and says in answer.reasons[0]["message"]
        assert opens in run(index, address, lang="zh").reasons[0]["message"]

    def test_telegrams_accounts_named_like_its_share_and_instant_view_links_stay_accounts(self, index):
        assert run(index, "https://t.me/ivan_support").interpretation["social"] == "telegram"
        assert run(index, "https://t.me/share/url?text=hello").input["normalized"] == "t.me"

    def test_google_translates_own_pages_are_its_own(self, index):
        assert run(index, "https://translate.google.com/?sl=auto&tl=en&text=hello").input["normalized"] == "translate.google.com"
        assert run(index, "https://translate.goog/").input["normalized"] == "translate.goog"

    def test_a_redirect_hiding_its_address_says_so_and_is_judged_as_the_services_address(self, index):
        answer = run(index, "https://www.baidu.com/link?url=Xq1ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9&wd=&eqid=f48b7", claimed_provider="支付宝")
        assert (answer.verdict, answer.input["normalized"], answer.reasons[0]["code"]) == ("mismatch", "www.baidu.com", "redirect_hidden")
        assert (answer.interpretation["redirect"], answer.interpretation["opens"]) == ("Baidu", None)

    def test_links_inside_links_say_each_one_and_judge_the_last(self, index):
        answer = run(index, "https://www.google.com/url?q=https%3A%2F%2Flink.metamask.io%2Fdapp%2Fmetamask-verify.top")
        assert (answer.verdict, answer.input["normalized"]) == ("lookalike", "metamask-verify.top")
        assert [reason["code"] for reason in answer.reasons[:2]] == ["redirect", "wallet_link"]
        assert (answer.interpretation["redirect"], answer.interpretation["wallet_link"]) == ("Google", "metamask")

    def test_a_redirect_to_two_addresses_is_judged_as_the_services_own(self, index):
        answer = run(index, "https://www.google.com/url?q=https://metamask.io&url=https://drain.top", claimed_provider="MetaMask")
        assert (answer.verdict, answer.input["normalized"]) == ("mismatch", "www.google.com")

    @pytest.mark.parametrize(("address", "number"), [
        ("https://wa.me/14155550123", "+14155550123"),
        ("wa.me/8613800138000?text=%E4%BD%A0%E5%A5%BD", "+8613800138000"),
        ("https://api.whatsapp.com/send?phone=+447911123456", "+447911123456"),
        ("https://t.me/+447911123456", "+447911123456"),
        ("whatsapp://send?phone=8613800138000", "+8613800138000"),  # the app's own scheme, in a mobile page's link
    ])
    def test_a_chat_link_is_judged_as_its_number(self, index, address, number):
        # "WhatsApp客服 wa.me/…": it was judged as the app's domain, and the number in it went unread
        answer = run(index, address, claimed_provider="MetaMask")
        assert (answer.input["kind"], answer.input["normalized"], answer.verdict) == ("phone", number, "contradicts_policy")
        assert answer.reasons[0]["code"] == "chat_number" and "policy_contradicted" in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("address", "kind", "normalized", "first_reason"), [
        # Telegram's own scheme, as a support page's "Chat with us" button links it (each was "not a possible Telegram
        # account": the tg of tg:// read as the platform's name before a handle)
        ("tg://resolve?domain=metamask_helpdesk", "social", "telegram:metamask_helpdesk", "social_profile"),
        ("tg:resolve?domain=MetaMask_HelpDesk&post=12", "social", "telegram:metamask_helpdesk", "social_profile"),
        ("tg://resolve?phone=14155550123", "phone", "+14155550123", "chat_number"),
        ("tg://join?invite=AbCdEfGhIjK12345", "website", "t.me", "group_invite"),
    ])
    def test_a_telegram_link_in_its_own_scheme_is_judged_as_its_web_link(self, index, address, kind, normalized, first_reason):
        answer = run(index, address, claimed_provider="MetaMask")
        assert (answer.input["kind"], answer.input["normalized"], answer.reasons[0]["code"]) == (kind, normalized, first_reason)
        assert answer.verdict in ("contradicts_policy", "mismatch") and answer.risk == "high"
        # typed as an account, it is read as the link it is, as an account's web address is (both were "unknown kind 'social'")
        assert run(index, address, kind="social").input["normalized"] == normalized
        assert run(index, "https://t.me/metamask_helpdesk", kind="social").input["normalized"] == "telegram:metamask_helpdesk"
        # the platform's name before a handle is still an account
        assert run(index, "tg: @okx_kefu").input["normalized"] == "telegram:okx_kefu"

    @pytest.mark.parametrize(("address", "kind", "reason"), [
        ("https://www.google.com/url?q=https://wa.me/8613800138000", "phone", "chat_number"),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fx.com%2FMetaMaskSupp0rt", "social", "social_profile"),
    ])
    def test_a_redirect_to_a_chat_or_an_account_says_both(self, index, address, kind, reason):
        answer = run(index, address)
        assert answer.input["kind"] == kind and [r["code"] for r in answer.reasons[:2]] == ["redirect", reason]
        assert answer.interpretation["redirect"] and answer.interpretation["opens"] in answer.reasons[0]["message"]

    def test_a_chat_with_a_providers_phone_number_is_not_its_channel(self, index):
        # PayPal lists 1-888-221-1161 for calls; whoever answers a WhatsApp chat there is not vouched for
        answer = run(index, "https://wa.me/18882211161", claimed_provider="PayPal")
        assert (answer.verdict, answer.input["normalized"]) == ("mismatch", "+18882211161")
        assert [r["code"] for r in answer.reasons][:2] == ["chat_number", "chat_with_listed_number"]
        # the number is PayPal's: "+18882211161 is not one of PayPal's official channels" said the opposite
        [mismatch] = [r["message"] for r in answer.reasons if r["code"] == "chat_mismatch_not_listed"]
        assert mismatch == "A WhatsApp chat with +18882211161 is not among PayPal's official channels in our registry."
        assert "mismatch_not_listed" not in [r["code"] for r in answer.reasons]
        assert run(index, "+1 888 221 1161", claimed_provider="PayPal").verdict == "official"  # the call is

    @pytest.mark.parametrize(("value", "region", "account"), [
        # a number given for calls and as a chat account at once, as listings give it (each was several words)
        ("Tel/WhatsApp: +1 888 221 1161", "US", "WhatsApp"), ("WhatsApp/Call +1 888 221 1161", "US", "WhatsApp"),
        ("电话/微信：13800138000", "CN", "WeChat"), ("手机/微信 13800138000", "CN", "WeChat"),
    ])
    def test_a_number_labelled_for_calls_and_a_chat_app_is_read_as_the_account(self, index, value, region, account):
        answer = run(index, value, region=region)
        assert answer.reasons[0]["code"] == "chat_account_number" and account in answer.reasons[0]["message"]
        assert answer.verdict != "official"  # PayPal's own number is listed for calls, not for a chat

    @pytest.mark.parametrize("value", ["WhatsApp +1 888 221 1161", "whatsapp: 1-888-221-1161", "Telegram: +1 888 221 1161",
                                       "WeChat: +1 888 221 1161",
                                       # a tab inside the name was a KeyError, a 500 in the check and in a page scan
                                       "Whats\tapp: +1 888 221 1161",
                                       # a word between the app and the number (it was a number with its label)
                                       "WhatsApp support: +1 888 221 1161", "WhatsApp客服：+1 888 221 1161",
                                       "Telegram support: +1 888 221 1161", "WeChat support +1 888 221 1161",
                                       "TG客服 +1 888 221 1161",
                                       # Zalo, Vietnam's messaging app, whose accounts are numbers too (it was the call)
                                       "Zalo: +1 888 221 1161",
                                       # WhatsApp and Viber as Russian and Ukrainian write them (each was the call)
                                       "Ватсап: +1 888 221 1161", "вотсапп +1 888 221 1161", "Вайбер: +1 888 221 1161",
                                       # joined by a preposition, as pages write it (each was the call)
                                       "WhatsApp al +1 888 221 1161", "WhatsApp at +1 888 221 1161",
                                       "WhatsApp unter +1 888 221 1161"])
    def test_an_account_given_by_a_providers_phone_number_is_not_its_channel(self, index, value):
        # each was "official": PayPal's number, given as its WhatsApp (Telegram, WeChat) account, was judged as the call
        answer = run(index, value, claimed_provider="PayPal", region="US")
        assert (answer.verdict, answer.input["normalized"]) == ("mismatch", "+18882211161")
        assert [r["code"] for r in answer.reasons][:2] == ["chat_account_number", "chat_with_listed_number"]

    @pytest.mark.parametrize("value, region, provider, normalized", [
        # "微信" inside "微信支付" named no account: each was "invalid, not a possible WeChat account: 95017 is a short code"
        ("微信支付客服 95017", None, "wechat-pay", "CN:95017"), ("微信支付客服电话：95017", None, "wechat-pay", "CN:95017"),
        ("微信钱包客服 95017", None, "wechat-pay", "CN:95017"), ("WeChat Pay customer service 95017", None, "wechat-pay", "CN:95017"),
        # and WeChat Pay's own international number was "mismatch, high risk" (a WeChat chat with a listed number)
        ("WeChat Pay support: +86 571 95017", None, "wechat-pay", "+8657195017"),
        ("微信支付 +86 571 95017", None, "wechat-pay", "+8657195017"),
        # "ライン" (LINE) inside Japan's consumer hotline's own name
        ("消費者ホットライン 188", "JP", "jp-caa-188", "JP:188"), ("消費者ホットライン188", None, "jp-caa-188", "JP:188")])
    def test_a_platforms_name_inside_a_providers_name_names_no_account(self, index, value, region, provider, normalized):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.provider["slug"], answer.input["normalized"]) == ("official", provider, normalized)
        assert "chat" not in answer.interpretation
        # the platform named beside the provider's name still gives its account
        chat = run(index, "微信支付客服微信：+86 571 95017")
        assert (chat.verdict, chat.interpretation["chat"]) == ("mismatch", "WeChat")

    @pytest.mark.parametrize("value", [
        # the platform's own line to call: each was "invalid, not a possible WeChat account: 95017 is a short code"
        "微信客服电话 95017", "微信客服热线 95017", "微信官方客服电话 95017",
        # "<app>客服" is also the app's own customer service, and a short code no account
        "微信客服 95017", "微信客服95017", "95017微信客服", "微信客服 ９５０１７",
        "微信客服：95017", "微信客服：95017转3"])  # (with a colon, each was "not a possible WeChat account")
    def test_a_short_code_or_a_line_to_call_after_a_platforms_name_is_the_number(self, index, value):
        answer = run(index, value)
        assert (answer.verdict, answer.input["normalized"], answer.reasons[0]["code"]) == ("official", "CN:95017", "label_read")
        assert "chat" not in answer.interpretation
        # an account named alone, or the customer service's account ("客服微信"), is none
        for account in ("微信：95017", "客服微信 95017"):
            assert run(index, account).verdict == "invalid"
        # a mobile number after "微信客服" is still an account on it
        mobile = run(index, "微信客服 13800138000", region="CN")
        assert (mobile.verdict, mobile.interpretation["chat"]) == ("unknown", "WeChat")

    @pytest.mark.parametrize("value, normalized", [
        # full-width digits and plus, as a Chinese keyboard types them, with a label: each was "invalid"
        ("支付宝客服 ９５１８８", "CN:95188"), ("支付宝客服电话 ９５１８８", "CN:95188"), ("９５１８８ 支付宝", "CN:95188"),
        ("PayPal ＋１ ８８８ ２２１ １１６１", "+18882211161"), ("＋１ ８８８ ２２１ １１６１ PayPal", "+18882211161")])
    def test_a_number_in_full_width_digits_with_its_label(self, index, value, normalized):
        answer = run(index, value)
        assert (answer.verdict, answer.input["normalized"]) == ("official", normalized)
        assert [r["code"] for r in answer.reasons][:2] == ["label_read", "label_claim"]

    def test_an_account_given_by_its_number_is_judged_as_that_number_in_the_apps_own_name(self, index):
        answer = run(index, "微信：13800138000", region="CN", lang="zh")
        assert (answer.verdict, answer.input["normalized"], answer.interpretation["chat"]) == ("unknown", "+8613800138000", "WeChat")
        assert answer.reasons[0]["message"].startswith("这是以号码 +8613800138000 给出的微信账号")
        # a short code has no account on any app: "微信：95188" was Alipay's "official" WeChat
        short_code = run(index, "微信：95188", region="CN", claimed_provider="Alipay", lang="zh")
        assert short_code.verdict == "invalid" and "不是有效的微信账号：95188 是短号码" in short_code.reasons[0]["message"]

    def test_a_chat_with_a_providers_phone_number_does_not_say_the_number_is_unlisted(self, index):
        # it said "PayPal's phone number" and, two lines below, "+18882211161 is not in our registry"
        answer = run(index, "https://wa.me/18882211161")
        assert answer.verdict == "unknown"
        assert [r["code"] for r in answer.reasons][-1] == "chat_not_listed"
        assert "unknown_value" not in [r["code"] for r in answer.reasons]
        assert answer.reasons[-1]["message"].startswith("A WhatsApp chat with +18882211161 is not in our registry.")

    @pytest.mark.parametrize("value", ["https://wa.me/447700900123", "wa.me/123456", "https://api.whatsapp.com/send?phone=000000"])
    def test_a_whatsapp_link_to_no_possible_number_says_so(self, index, value):
        # it was "wa.me is not in our registry": WhatsApp's own link judged as a site
        answer = run(index, value)
        assert answer.verdict == "invalid" and "which is not a possible phone number: it opens no chat" in answer.reasons[-1]["message"]
        assert "WhatsApp 聊天链接" in run(index, value, lang="zh").reasons[-1]["message"]
        # (Telegram's t.me/+<digits> may be a group's invite link, as its docs say: judged as one, not refused)
        assert run(index, "https://t.me/+447700900123").reasons[0]["code"] == "group_invite"

    def test_a_chat_link_listed_as_a_providers_account_is_official(self):
        provider = make_provider(channels=[
            ChannelDoc(key="whatsapp", kind="social", value="whatsapp:+14155550123", display="WhatsApp +1 415 555 0123",
                       regions=["global"], purposes=["customer_service"], evidence=[evidence("WhatsApp +1 415 555 0123")])])
        answer = run(registry_index.build([provider], version=1), "https://wa.me/14155550123")
        assert (answer.verdict, answer.input["normalized"]) == ("official", "+14155550123")

    @pytest.mark.parametrize("address", ["https://t.me/+12345678"])
    def test_a_chat_link_without_a_valid_number_is_judged_as_an_address(self, index, address):
        # Telegram's invite links take the shape of its phone links; their digits are no valid number (WhatsApp's have no
        # such twin, and say they open no chat: test_a_whatsapp_link_to_no_possible_number_says_so)
        answer = run(index, address)
        assert answer.input["kind"] == "website" and answer.verdict == "unknown"

    @pytest.mark.parametrize(("address", "slug", "account"), [
        ("https://twitter.com/metamasksupport", "metamask", "x:metamasksupport"),
        ("https://x.com/MetaMaskSupport/status/1790000000000000000", "metamask", "x:metamasksupport"),  # its post
        ("x.com/Safaricom_Care", "mpesa", "x:safaricom_care"),  # handles are read without case
        ("https://twitter.com/MetaMask", "metamask", "x:metamask"),  # the brand's own account, once listed
    ])
    def test_a_providers_listed_social_account_is_official(self, index, address, slug, account):
        # it was "x.com is not in our registry": the platform's domain, not the account, was judged
        answer = run(index, address)
        assert (answer.verdict, answer.input["kind"], answer.provider["slug"]) == ("official", "social", slug)
        assert (answer.input["normalized"], answer.reasons[0]["code"]) == (account, "social_profile")

    @pytest.mark.parametrize("address", ["https://x.com/MetaMaskSupp0rt", "https://x.com/metamask_help",
                                         "https://www.google.com/url?q=https://x.com/MetaMask_Help"])
    def test_an_account_named_after_a_provider_beside_its_listed_one_is_a_lookalike(self, index, address):
        answer = run(index, address)
        assert (answer.verdict, answer.input["kind"], answer.provider["slug"]) == ("lookalike", "social", "metamask")
        assert "lookalike_social_account" in [r["code"] for r in answer.reasons]
        assert "twitter.com/metamasksupport" in answer.reasons[-1]["message"]  # the real account, said

    @pytest.mark.parametrize(("address", "why"), [
        # (x.com/MetaMask was the example here until MetaMask's own READMEs listed it: now it is official)
        ("https://x.com/Safaricom", "the brand's own name beside its listed accounts: it may be its account, unlisted"),
        ("https://t.me/binance_support_cn", "Binance lists no Telegram account: its own cannot be told from a fake"),
    ])
    def test_an_unlisted_account_is_unknown_where_it_cannot_be_told(self, index, address, why):
        assert (run(index, address).verdict, run(index, address, claimed_provider="Binance").verdict) == ("unknown", "mismatch"), why

    @pytest.mark.parametrize(("typed", "slug", "platform"), [
        ("https://t.me/binance_support_cn", "binance", "Telegram"), ("微信：binance-kefu888", "binance", "WeChat"),
        ("Telegram @okx_kefu", "okx", "Telegram"), ("https://t.me/binance", "binance", "Telegram"),
    ])
    def test_an_account_named_after_a_provider_listing_none_there_says_whose_channels_to_use(self, index, typed, slug, platform):
        # it was "not in our registry" and nothing more: no word of the name it carries, no channel to use instead
        answer = run(index, typed)
        told = [reason for reason in answer.reasons if reason["code"] == "named_after_provider"]
        assert (answer.verdict, answer.provider, len(told)) == ("unknown", None, 1)  # told, not judged
        assert f"no {index.providers[slug].names['en']} account on {platform}" in told[0]["message"]
        assert answer.official_channels and {c["provider"] for c in answer.official_channels} == {slug}
        assert index.providers[slug].names["en"] in answer.advice[0]

    def test_an_account_of_no_providers_name_says_nothing_of_one(self, index):
        answer = run(index, "https://t.me/john_smith_1990")
        assert [r["code"] for r in answer.reasons] == ["social_profile", "unknown_value"] and answer.official_channels == []

    @pytest.mark.parametrize(("typed", "codes", "slug"), [
        # MetaMask's listed X account's name, given with no platform: said where it is MetaMask's, never official
        ("@MetaMaskSupport", ["handle_listed_on", "handle_without_platform"], "metamask"),
        ("@metamask_help", ["handle_named_after", "handle_without_platform"], "metamask"),  # its real ones named
        ("@binance_kefu", ["named_after_provider", "handle_without_platform"], "binance"),  # none listed anywhere
        ("@MetaMask", ["handle_listed_on", "handle_without_platform"], "metamask"),  # its main account, on X
        ("@Binance", ["handle_without_platform"], "binance"),  # the brand alone: may be its main account anywhere
        ("@john_smith", ["handle_without_platform"], None),
    ])
    def test_an_accounts_name_without_its_platform_is_never_official_and_says_what_is_known(self, index, typed, codes, slug):
        # it was invalid: "not a possible phone number, domain, email address, app or account: a domain name has
        # at least two dot-separated labels"
        answer = run(index, typed)
        assert (answer.verdict, answer.input["kind"], answer.input["normalized"]) == ("unknown", "social", typed.lower())
        assert [r["code"] for r in answer.reasons] == codes
        assert {c["provider"] for c in answer.official_channels} == ({slug} if slug else set())
        assert run(index, typed, kind="social").verdict == "unknown"
        if typed == "@MetaMaskSupport":
            assert "on X @metamasksupport only" in answer.reasons[0]["message"]
            assert run(index, typed, lang="zh").reasons[0]["message"].startswith("MetaMask 小狐狸钱包叫这个名字的官方账号只在 X @metamasksupport")

    def test_an_accounts_name_alone_claimed_as_the_provider_listing_it_is_neither_confirmed_nor_refused(self, index):
        # it was a mismatch ("@MetaMaskSupport is not one of MetaMask's official channels"): it is, on X
        answer = run(index, "@MetaMaskSupport", claimed_provider="MetaMask")
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("unknown", ["handle_listed_on", "handle_without_platform"])
        assert run(index, "@MetaMaskSupport", claimed_provider="Binance").verdict == "mismatch"  # no Binance account anywhere
        assert run(index, "@binance_kefu", claimed_provider="Binance").verdict == "mismatch"

    @pytest.mark.parametrize(("value", "claimed", "verdict"), [
        # the brand's name alone, where the registry lists none of the provider's accounts: it was a mismatch, high
        # risk ("x.com/binance is not one of Binance's official channels"), Binance's own X account as like as not
        ("https://x.com/binance", "Binance", "unknown"), ("x:binance", "Binance", "unknown"), ("@binance", "Binance", "unknown"),
        # with more to its name, or claimed as another's: as before
        ("https://x.com/BinanceHelp", "Binance", "mismatch"), ("@Binance_Helpdesk", "Binance", "mismatch"),
        ("https://t.me/binance", "OKX", "mismatch"),
    ])
    def test_the_brands_name_alone_claimed_as_its_own_account_is_neither_confirmed_nor_refused(self, index, value, claimed, verdict):
        answer = run(index, value, claimed_provider=claimed)
        assert answer.verdict == verdict and answer.verdict != "official"

    @pytest.mark.parametrize(("value", "provider"), [
        ("https://x.com/MetaMask_", "metamask"), ("x.com/TrustWallet_", "trust-wallet"), ("https://twitter.com/_MetaMask", "metamask"),
    ])
    def test_the_brand_alone_spelt_otherwise_beside_its_listed_brand_alone_account_is_a_lookalike(self, index, value, provider):
        # each was "unknown" as the brand alone, which may be the provider's own account: X's @MetaMask and @TrustWallet
        # are listed, and only one account holds a name, so @MetaMask_ is someone else's
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"], answer.reasons[-1]["code"]) == ("lookalike", provider,
                                                                                         "lookalike_social_account")
        assert run(index, value.replace("_", "")).verdict == "official"

    @pytest.mark.parametrize("typed", ["@x", "@binance.kefu", "@@binance", "@" + "a" * 33])
    def test_what_is_no_handle_after_an_at_sign_stays_invalid(self, index, typed):
        assert run(index, typed).verdict == "invalid"

    @pytest.mark.parametrize(("typed", "account"), [
        ("微信：binance-kefu888", "wechat:binance-kefu888"), ("客服微信 okx_kf2024", "wechat:okx_kf2024"),
        ("Telegram @okx_kefu", "telegram:okx_kefu"), ("QQ：800012345", "qq:800012345"), ("vx:abc12345", "wechat:abc12345"),
        # LINE, where Taiwan's and Japan's fake agents move the chat: "加LINE：…" was "several words"
        ("加LINE：abc123", "line:abc123"), ("LINE ID：@binance_tw", "line:binance_tw"), ("LINE: kf.shop88", "line:kf.shop88"),
        # and the platforms where fake wallet support writes first: "Discord: …" was several words
        ("Discord: helpdesk_88#1234", "discord:helpdesk_88#1234"), ("discord @help.desk", "discord:help.desk"),
        ("IG: paypal.support.team", "instagram:paypal.support.team"), ("TikTok @coinbase_support", "tiktok:coinbase_support"),
    ])
    def test_an_account_written_as_its_platform_and_handle_is_judged_as_the_account(self, index, typed, account):
        # it was invalid: "not a URL (Port could not be cast to integer value as 'binance-kefu888')"
        claimed = run(index, typed, claimed_provider="币安")
        assert (claimed.verdict, claimed.input["kind"], claimed.input["normalized"]) == ("mismatch", "social", account)
        assert claimed.reasons[0]["code"] == "social_handle"
        assert run(index, typed).verdict == "unknown"

    @pytest.mark.parametrize(("typed", "account"), [("客服QQ：3O01234567", "qq:3001234567"), ("QQ: 28500l2345", "qq:2850012345")])
    def test_a_qq_number_written_with_letters_for_digits_is_the_account(self, index, typed, account):
        # it was read as a Chinese phone number, +863001234567 (spam writes O for 0 past filters; a QQ number is digits)
        answer = run(index, typed, claimed_provider="币安")
        assert (answer.verdict, answer.input["normalized"]) == ("mismatch", account)
        assert [reason["code"] for reason in answer.reasons][:2] == ["social_handle", "letters_read_as_digits"]
        assert account.split(":")[1] in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("typed", "verdict", "slug"), [
        ("wechat:腾讯客服", "official", "wechat-pay"),  # a channel's own value: an official account's name
        ("x:metamasksupport", "official", "metamask"),
        ("Twitter @MetaMaskSupp0rt", "lookalike", "metamask"),
    ])
    def test_a_written_account_is_judged_as_its_profiles_address_is(self, index, typed, verdict, slug):
        answer = run(index, typed)
        assert (answer.verdict, answer.provider["slug"], answer.input["kind"]) == (verdict, slug, "social")

    def test_a_line_account_named_as_a_providers_support_is_judged_by_its_words(self, index):
        answer = run(index, "LINE: metamask_help")
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == (
            "contradicts_policy", ["social_handle", "named_as_support", "policy_contradicted"])
        assert "LINE @metamask_help presents itself as MetaMask's support" in answer.reasons[1]["message"]

    @pytest.mark.parametrize(("address", "account"), [("https://line.me/R/ti/p/@okx_help", "line:okx_help"),
                                                      ("http://line.me/ti/p/~kf_shop88", "line:kf_shop88")])
    def test_a_line_add_friend_link_is_the_account(self, index, address, account):
        answer = run(index, address)
        assert (answer.input["kind"], answer.input["normalized"], answer.reasons[0]["code"]) == ("social", account, "social_profile")

    def test_a_messenger_link_to_a_page_named_as_support_is_judged_as_the_page(self, index):
        # "m.me/MetaMaskSupportTeam", the fake desk's "chat with us" button, was "m.me is not in our registry"
        answer = run(index, "https://m.me/MetaMaskSupportTeam")
        assert (answer.verdict, answer.input["normalized"], [r["code"] for r in answer.reasons]) == (
            "contradicts_policy", "facebook:metamasksupportteam", ["social_profile", "named_as_support", "policy_contradicted"])
        assert run(index, "https://m.me/j/AbCdEfGh123").input["kind"] != "social"

    @pytest.mark.parametrize("typed", ["LINE Pay", "LINE support", "line 1", "Discord server", "IG 2024", "TikTok videos"])
    def test_lines_name_before_words_is_no_account(self, index, typed):
        assert run(index, typed).input["kind"] != "social"

    def test_a_phone_number_after_a_platforms_name_is_judged_as_the_number(self, index):
        answer = run(index, "微信：13800138000", region="CN", claimed_provider="支付宝")
        assert (answer.verdict, answer.input["kind"], answer.input["normalized"]) == ("mismatch", "phone", "+8613800138000")

    def test_an_address_after_a_platforms_name_is_read_as_the_address(self, index):
        # it was "not a possible Telegram account": the address names the account itself
        answer = run(index, "Telegram: https://t.me/okx_kefu", claimed_provider="OKX")
        assert (answer.verdict, answer.input["normalized"], answer.reasons[0]["code"]) == ("mismatch", "telegram:okx_kefu", "social_profile")

    def test_what_is_no_handle_after_a_platforms_name_and_a_colon_is_said_so(self, index):
        english, chinese = run(index, "微信：ab"), run(index, "微信：ab", lang="zh")
        assert english.verdict == "invalid" and english.reasons[-1]["message"].endswith("not a possible WeChat account.")
        assert chinese.reasons[-1]["message"].endswith("不是有效的微信账号。")

    def test_a_providers_name_beginning_with_a_platforms_is_still_its_name(self, index):
        answer = run(index, "微信支付客服")
        assert answer.claimed_provider["slug"] == "wechat-pay" and answer.reasons[0]["code"] == "provider_named"

    @pytest.mark.parametrize("address", ["https://x.com/home", "https://t.me/joinchat/AAAAAEkk2Wdo", "https://www.instagram.com/p/C1a2b3c4d5e/"])
    def test_a_platforms_own_pages_are_no_account(self, index, address):
        assert run(index, address).input["kind"] == "website"

    def test_a_wallets_link_that_opens_no_web_address_is_refused_with_the_reason(self, index):
        answer = run(index, "https://link.trustwallet.com/open_url?url=javascript:alert(1)")
        assert answer.verdict == "invalid" and "Trust Wallet link" in answer.reasons[-1]["message"]
        deep = "https://link.metamask.io/dapp/" * 5 + "x.com"
        assert "too deep" in run(index, deep).reasons[-1]["message"]

    @pytest.mark.parametrize(("sender", "verdict", "claimed"), [
        ("PayPal <scam.refunds@gmail.com>", "mismatch", "paypal"),  # the display name claims PayPal
        ('"PayPal Service" <service@intl-paypal.com>', "lookalike", "paypal"),
        ("PayPal <service@paypal.com>", "official", "paypal"),
        ("Wise Guy <guy@gmail.com>", "unknown", None),  # contains a provider's name, is not one
        ("<service@paypal.com>", "official", None),
        # a name with its service's words in Spanish or Portuguese (it named no one)
        ("PayPal Servicio al Cliente <soporte@gmail.com>", "mismatch", "paypal"),
        ("Atendimento Binance <suporte@binance-br.com>", "lookalike", "binance"),
        # a name that holds a generic word, with its service's words; a name with its country (they named no one)
        ("Cash App Support <support@gmail.com>", "mismatch", "cash-app"),
        ("PayPal UK <service@paypal-uk-help.com>", "lookalike", "paypal"),
        # copied with its header: "From: " was read as part of the name, which named no one
        ("From: PayPal <service@paypal.com>", "official", "paypal"),
        ('From: "PayPal" <noreply@paypal-security.net>', "lookalike", "paypal"),
        ("发件人：支付宝 <service@mail.alipay.com>", "official", "alipay"),
    ])
    def test_a_sender_as_mail_shows_it_is_its_address_and_its_name_a_claim(self, index, sender, verdict, claimed):
        answer = run(index, sender)
        assert (answer.verdict, (answer.claimed_provider or {}).get("slug")) == (verdict, claimed)
        assert ("sender_name_claim" in [reason["code"] for reason in answer.reasons]) == (claimed is not None)

    @pytest.mark.parametrize("sender", ["PayPal <service@paypal.com>", "<service@paypal.com>",
                                        # a sender's address alone after its header (it was several words)
                                        "From: service@paypal.com", "发件人：service@paypal.com", "Sender: service@paypal.com"])
    def test_an_official_sender_as_mail_shows_it_may_be_forged(self, index, sender):
        # a sender written as mail shows it is one that wrote: its official address was said with no word that a
        # sender's address can be forged, unless the caller also said the mail was incoming
        codes = [reason["code"] for reason in run(index, sender).reasons]
        assert codes[-1] == "spoofing_possible_sender"
        assert "spoofing_possible_sender" not in [reason["code"] for reason in run(index, "service@paypal.com").reasons]

    @pytest.mark.parametrize(("sender", "message", "said"), [
        # the FTC's commonest PayPal scam: a real invoice from PayPal's own address, a number in its note. Was
        # official at low risk: no sign in the caller's words, and nothing said of whose words the note is
        ("service@paypal.com", "invoice with a note telling me to call 808 213 4437 about a charge I didn't make", True),
        ("PayPal <service@paypal.com>", "Geek Squad sent you an invoice $399.99. Seller note: call 808 213 4437 to cancel", True),
        ("venmo@venmo.com", "Someone I don't know sent me a payment request for $300", True),
        ("service@paypal.com", "PayPal发来一张账单，备注里让我打电话取消", True),
        # no invoice or request named; or a provider no one sends invoices through
        ("service@paypal.com", "they say my account is limited", False),
        ("no-reply@coinbase.com", "invoice attached", False),
    ])
    def test_an_invoice_from_a_payment_services_address_is_the_senders_words(self, index, sender, message, said):
        answer = run(index, sender, message=message)
        assert answer.verdict == "official"
        assert ("sent_through_provider" in [reason["code"] for reason in answer.reasons]) is said

    @pytest.mark.parametrize(("value", "region", "message", "number"), [
        # was official at low risk: one sign only, and nothing said of whose number it is
        ("Coinbase <no-reply@coinbase.com>", None,
         "Your withdrawal of 1.2 BTC is pending. If this wasn't you, call +1 (855) 738-4210 immediately.", "+1 (855) 738-4210"),
        ("95188", "CN", "【支付宝】您的账户存在风险，请致电 400-881-2299 处理", "400-881-2299"),
    ])
    def test_an_official_senders_message_that_gives_another_number_to_call_is_high_risk(self, index, value, region, message, number):
        answer = run(index, value, region=region, message=message, direction="incoming")
        assert (answer.verdict, answer.risk) == ("official", "high")
        [said] = [reason["message"] for reason in answer.reasons if reason["code"] == "message_number_not_official"]
        assert said.startswith(f"The message asks you to call {number}, which the registry does not list as")

    @pytest.mark.parametrize(("value", "region", "message", "link"), [
        # was official at low risk: a link is one medium sign, and the site it opens was never judged
        ("95188", "CN", "【支付宝】您的支付宝账户存在风险，请点击 alipay-verify.cn 处理", "alipay-verify.cn"),
        ("service@paypal.com", None, "Your statement is ready. View it at https://paypal-statements.com/view",
         "https://paypal-statements.com/view"),
    ])
    def test_an_official_senders_message_with_a_link_to_another_site_is_high_risk(self, index, value, region, message, link):
        answer = run(index, value, region=region, message=message, direction="incoming", lang="en")
        assert (answer.verdict, answer.risk) == ("official", "high")
        [said] = [reason["message"] for reason in answer.reasons if reason["code"] == "message_link_not_official"]
        assert said.startswith(f"The message asks you to open {link}, which the registry does not list as")
        assert "is a scam's" in answer.advice[0]  # (not "This channel is official", first)
        # its own site's link is where the reader should go: nothing said of it
        own = run(index, value, region=region, message="请登录 https://www.alipay.com 查看账单" if value == "95188"
                  else "Log in at https://www.paypal.com to see your statement.", direction="incoming")
        assert own.risk == "low" and "message_link_not_official" not in [reason["code"] for reason in own.reasons]
        # one told of, with no address: no link to name
        told = run(index, value, region=region, message="收到短信，让我点链接", direction="incoming")
        assert "message_link_not_official" not in [reason["code"] for reason in told.reasons]

    @pytest.mark.parametrize(("value", "message", "address"), [
        ("service@paypal.com", "From: PayPal <service@paypal.com>\nReply-To: paypal.resolution@gmail.com\nSubject: Your account "
         "is limited\n\nPlease reply to this email to confirm.", "paypal.resolution@gmail.com"),
        ("no-reply@coinbase.com", "发件人：Coinbase <no-reply@coinbase.com>\n回复至：coinbase-help@outlook.com\n您的提现申请已提交", "coinbase-help@outlook.com"),
    ])
    def test_an_official_senders_mail_whose_replies_go_elsewhere_is_high_risk(self, index, value, message, address):
        # the sender's address is the provider's, the answer goes to a free mailbox: it was official at low risk
        answer = run(index, value, message=message)
        assert (answer.verdict, answer.risk) == ("official", "high")
        [said] = [reason["message"] for reason in answer.reasons if reason["code"] == "message_reply_to_not_official"]
        assert said.startswith(f"Replies to this mail go to {address}, which is not at ")
        [zh] = [reason["message"] for reason in run(index, value, message=message, lang="zh").reasons
                if reason["code"] == "message_reply_to_not_official"]
        assert zh.startswith(f"回复这封邮件会发往 {address}")
        # a reply to the provider's own domain says nothing
        own = run(index, value, message=message.replace(address, "service@intl.paypal.com" if "paypal" in value else "help@coinbase.com"))
        assert "message_reply_to_not_official" not in [reason["code"] for reason in own.reasons]

    @pytest.mark.parametrize(("value", "region", "message"), [
        ("95188", "CN", "【支付宝】您的账户存在风险，如有疑问请拨打95188"),  # its own number
        ("service@paypal.com", None, "Call us at 1-888-221-1161 if you have questions."),
        ("service@paypal.com", None, "In an emergency, call 911."),
    ])
    def test_an_official_senders_message_that_gives_its_own_number_says_nothing_of_it(self, index, value, region, message):
        answer = run(index, value, region=region, message=message, direction="incoming")
        assert (answer.verdict, answer.risk) == ("official", "low")
        assert "message_number_not_official" not in [reason["code"] for reason in answer.reasons]

    def test_the_fake_invoices_call_and_charge_make_the_answer_high_risk(self, index):
        answer = run(index, "service@paypal.com",
                     message="invoice with a note telling me to call 808 213 4437 about a charge I didn't make")
        assert answer.risk == "high"
        assert {flag["code"] for flag in answer.red_flags} == {"call_back_number", "cancel_fake_charge"}

    @pytest.mark.parametrize(("sender", "verdict", "claimed"), [
        # was "unknown": the name mail shows in place of the address was not read at all
        ('"service@paypal.com" <alerts@secure-mailer.net>', "mismatch", "paypal"),
        ('"support@metamask.io" <support@metamask-io.help>', "lookalike", "metamask"),
        # the name shows an address of the provider the mail does come from, or of no provider
        ('"service@paypal.com" <service@intl.paypal.com>', "official", None),
        ('"someone@example.com" <someone@gmail.com>', "unknown", None),
    ])
    def test_a_senders_name_that_shows_an_official_address_is_a_claim(self, index, sender, verdict, claimed):
        answer = run(index, sender)
        assert (answer.verdict, (answer.claimed_provider or {}).get("slug")) == (verdict, claimed)
        assert ("sender_name_shows_address" in [reason["code"] for reason in answer.reasons]) == (claimed is not None)

    @pytest.mark.parametrize(("address", "named", "host"), [
        # each was "evil.com is not in our registry", and nothing of the paypal.com a reader sees in it
        ("https://evil.com/paypal.com/login", "paypal.com", "evil.com"),
        ("https://evil.com/login?next=https%3A%2F%2Fwww.paypal.com%2Fsignin", "www.paypal.com", "evil.com"),
        # told, not judged: a review site's page about PayPal has the same shape
        ("https://www.trustpilot.com/review/paypal.com", "paypal.com", "www.trustpilot.com"),
    ])
    def test_an_official_host_written_further_along_an_address_is_told(self, index, address, named, host):
        answer = run(index, address)
        told = next(r for r in answer.reasons if r["code"] == "official_host_in_path")
        assert answer.verdict == "unknown" and told["message"].startswith(f"{named}, PayPal's site, is only written")
        assert f"the site you would reach is {host}" in told["message"]
        assert run(index, address, claimed_provider="PayPal").verdict == "mismatch"
        # on PayPal's own site, or with no host in the path, nothing is said
        assert "official_host_in_path" not in [r["code"] for r in run(index, "https://www.paypal.com/paypal.com").reasons]

    @pytest.mark.parametrize(("address", "carried", "named"), [
        # each was "official, low risk": a provider's page whose sign-in return address or redirect is a look-alike's
        ("https://www.paypal.com/signin?returnUri=https%3A%2F%2Fpaypal-verify.com", "paypal-verify.com", "PayPal"),
        ("https://www.coinbase.com/redirect?url=https%253A%252F%252Fcoinbase-wallet-sync.com", "coinbase-wallet-sync.com",
         "Coinbase"),  # encoded twice
        ("https://www.paypal.com/signin?returnUri=https://metamask-sync.io/restore", "metamask-sync.io", "MetaMask"),
    ])
    def test_a_providers_page_carrying_a_lookalikes_address_is_high_risk(self, index, address, carried, named):
        answer = run(index, address)
        assert (answer.verdict, answer.risk) == ("official", "high")
        [told] = [r["message"] for r in answer.reasons if r["code"] == "carries_lookalike_address"]
        assert f"another one, {carried}, a look-alike of {named}'s site" in told
        assert carried in [r["message"] for r in run(index, address, lang="zh").reasons
                           if r["code"] == "carries_lookalike_address"][0]

    @pytest.mark.parametrize("address", [
        "https://www.paypal.com/signin?returnUri=https%3A%2F%2Fwww.paypal.com%2Fmyaccount",  # its own
        "https://accounts.binance.com/en/login?return_to=https%3A%2F%2Fwww.binance.com%2Fen",
        "https://www.paypal.com/checkoutnow?returnUrl=https%3A%2F%2Fwww.ebay.com%2Fcheckout",  # a shop's: no look-alike
        "https://www.paypal.com/signin?returnUri=https%3A%2F%2Fwww.coinbase.com",  # another provider's own
    ])
    def test_a_providers_page_carrying_no_lookalike_stays_low_risk(self, index, address):
        answer = run(index, address)
        assert (answer.verdict, answer.risk) == ("official", "low")
        assert "carries_lookalike_address" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("address", "verdict", "handle"), [
        # the account a browser opens is the one after the dot segments: each was MetaMask's, official
        ("https://twitter.com/metamasksupport/../scammer", "unknown", "scammer"),
        ("https://x.com/metamasksupport/%2e%2e/scammer", "unknown", "scammer"),
        ("https://twitter.com/metamasksupport\\..\\scammer", "unknown", "scammer"),
        ("https://x.com/scammer/../metamasksupport", "official", "metamasksupport"),
        ("https://twitter.com/metamasksupport/./", "official", "metamasksupport"),
        # ... and encoded, for a site that decodes its path before it reads it (one that does not opens no account of MetaMask's)
        ("https://x.com/metamasksupport%2F..%2Fscammer", "unknown", "scammer"),
        ("https://twitter.com/metamasksupport%2f%2e%2e%2fscammer", "unknown", "scammer"),
    ])
    def test_an_accounts_address_is_read_with_its_dot_segments_resolved(self, index, address, verdict, handle):
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"].lower()) == (verdict, f"x:{handle}")

    def test_an_app_stores_address_is_read_with_its_dot_segments_resolved(self, index):
        opened = run(index, "https://apps.apple.com/us/app/venmo/id351727428/../../evil-pay/id123456789")
        assert (opened.verdict, opened.input["normalized"]) == ("unknown", "ios:123456789")
        assert run(index, "https://apps.apple.com/us/app/evil-pay/id123456789/../../venmo/id351727428").verdict == "official"

    def test_a_mail_link_is_its_address(self, index):
        answer = run(index, "mailto:service@paypal.com?subject=Refund")
        assert answer.verdict == "official" and [reason["code"] for reason in answer.reasons] == ["official_domain"]

    @pytest.mark.parametrize(("link", "addresses"), [
        # each was PayPal's, official: the first address read as a web address's user part, or the fields left out
        ("mailto:x@evil.com,service@paypal.com", "x@evil.com, service@paypal.com"),
        ("mailto:service@paypal.com?to=x@evil.com", "service@paypal.com, x@evil.com"),
        ("mailto:service@paypal.com?subject=Refund&bcc=x@evil.com", "service@paypal.com, x@evil.com"),
        ("mailto:service@paypal.com?CC=x%40evil.com", "service@paypal.com, x@evil.com"),
        ("mailto:x@evil.com%2Cservice@paypal.com", "x@evil.com, service@paypal.com"),  # a comma as a mail client decodes it
    ])
    def test_a_mail_link_to_several_domains_is_refused_naming_each_address(self, index, link, addresses):
        answer = run(index, link)
        assert (answer.verdict, answer.provider) == ("invalid", None)
        assert f"a mail link to 2 addresses ({addresses}): mail sent through it goes to each" in answer.reasons[0]["message"]

    @pytest.mark.parametrize(("link", "verdict"), [
        ("mailto:service@paypal.com?cc=help@paypal.com", "official"),  # one domain: its verdict
        ("mailto:?to=service@paypal.com", "official"),  # the address in a field alone: no longer "empty"
        ("mailto:service%40paypal.com", "official"),  # percent-encoded, as a mail client decodes it
        ("mailto:x+refund@paypal.com?subject=a+b", "official"),  # a '+' is the mailbox's, not a space
        ("mailto:service@paypal.com%40evil.com", "lookalike"),  # decoded, it goes to evil.com: was "invalid"
    ])
    def test_a_mail_link_to_one_domain_is_that_domains(self, index, link, verdict):
        answer = run(index, link)
        assert (answer.verdict, answer.provider["slug"]) == (verdict, "paypal")

    @pytest.mark.parametrize(("address", "reason"), [
        # both were "official": a post and a profile on MetaMask's Zendesk help center are its users'
        ("https://metamask.zendesk.com/hc/en-us/community/posts/360001234567-Call-MetaMask-support", "community_post"),
        ("https://metamask.zendesk.com/hc/en-us/profiles/396123456-Support-Agent", "user_page"),
        # a Discourse topic on a forum the registry does not name (by title and number, or by number alone): "official"
        ("https://community.kraken.com/t/kraken-support-phone-number/12345", "community_post"),
        ("https://community.ledger.com/t/12345/2", "community_post"),
    ])
    def test_a_post_or_profile_on_a_providers_help_desk_is_a_users(self, index, address, reason):
        answer = run(index, address)
        assert (answer.verdict, answer.reasons[0]["code"]) == ("unknown", reason)
        assert run(index, "https://metamask.zendesk.com/hc/en-us/articles/360015489531").verdict == "official"

    def test_a_users_page_claimed_as_the_provider_is_a_mismatch_and_its_own_pages_stay_official(self, index):
        assert run(index, "https://cash.app/$RefundDesk2026", claimed_provider="Cash App").verdict == "mismatch"
        # named as its office besides: a look-alike, claimed or not
        assert run(index, "https://cash.app/$CashAppRefunds", claimed_provider="Cash App").verdict == "lookalike"
        assert run(index, "https://cash.app/help").verdict == run(index, "https://venmo.com/about").verdict == "official"
        assert run(index, "https://community.paypal.com/").verdict == "official"

    def test_an_app_named_after_a_provider_with_no_app_listed_is_not_a_lookalike(self, index):
        # PayPal's own app: the registry lists none of PayPal's apps to tell it from a fake
        answer = run(index, "https://apps.apple.com/us/app/paypal-pay-send-save/id283646709")
        assert answer.verdict == "unknown" and answer.reasons[0]["code"] == "app_not_listed"

    @pytest.mark.parametrize(("address", "claimed", "verdict"), [
        # claimed as the provider's, where the registry lists none of its apps (or none of its extensions in that store):
        # its own app was "a mismatch, high risk: do not install it, and remove it if you did"
        ("https://apps.apple.com/us/app/cash-app/id711923939", "Cash App", "unknown"),
        ("https://play.google.com/store/apps/details?id=com.coinbase.android", "Coinbase", "unknown"),
        ("https://apps.apple.com/us/app/paypal-pay-send-save/id283646709", "PayPal", "unknown"),
        ("https://chromewebstore.google.com/detail/trust-wallet/egjidjbpglichdcondbcbdnbeeppgdph", "Trust Wallet", "unknown"),
        # where it lists them, another app claimed as the provider's is not one of them
        ("https://apps.apple.com/us/app/some-game/id6450000000", "Venmo", "mismatch"),
        ("https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop", "MetaMask", "mismatch"),
    ])
    def test_an_app_claimed_as_a_providers_is_judged_against_its_listed_apps_alone(self, index, address, claimed, verdict):
        answer = run(index, address, claimed_provider=claimed)
        assert answer.verdict == verdict
        assert ("app_not_listed_for_provider" in [reason["code"] for reason in answer.reasons]) == (verdict == "unknown")

    @pytest.mark.parametrize("address", ["https://login-check.com\\@paypal.com", "login-check.com\\@paypal.com",
                                         "https://login-check.com\\paypal.com"])
    def test_a_backslash_is_a_slash_to_a_browser(self, index, address):
        # Browsers read a backslash in a web address as '/': the site is login-check.com, whatever follows.
        answer = run(index, address)
        assert answer.verdict != "official" and answer.input["normalized"] == "login-check.com"

    @pytest.mark.parametrize("address", ["https://paypal.com\uff3c@login-check.com", "https://paypal.com\uff0f@login-check.com",
                                         "https://paypal.com\uff1f@login-check.com", "https://paypal.com\uff03@login-check.com/signin",
                                         "paypal.com\uff3c@login-check.com"])
    def test_a_full_width_delimiter_before_an_at_belongs_to_the_userinfo(self, index, address):
        # A browser splits an address before it maps a character: ＼ ／ ？ ＃ there are the userinfo's, and the site is the
        # one after the '@' (tests/browser/test_web_address_hosts.py holds this against Chromium). The check made each an
        # ASCII delimiter first: paypal.com, official, for a link that opens login-check.com.
        answer = run(index, address, claimed_provider="PayPal")
        assert (answer.verdict, answer.risk, answer.input["normalized"]) == ("lookalike", "high", "login-check.com")
        userinfo = next(reason for reason in answer.reasons if reason["code"] == "url_userinfo")
        assert address.split("//")[-1].split("@")[0] in userinfo["message"]  # shown as written, not percent-encoded

    @pytest.mark.parametrize("question", ["Is https://paypal.com\uff1f@login-check.com safe?",
                                          "https://paypal.com\uff3c@login-check.com 是PayPal官网吗"])
    def test_a_question_about_such_an_address_asks_about_the_whole_address(self, index, question):
        # it was refused as several words: the address pattern stops at the full-width character, and what follows, with
        # no space between, is the same address
        answer = run(index, question)
        assert (answer.verdict, answer.risk, answer.input["normalized"]) == ("lookalike", "high", "login-check.com")
        assert answer.reasons[0]["code"] == "question_read_address"

    @pytest.mark.parametrize(("question", "address", "reason"), [
        ("Is www.paypal.com\u00a9verify.net safe?", "www.paypal.com\u00a9verify.net", "symbol_in_host"),
        ("www.paypal.com\u2605verify.net 是官网吗", "www.paypal.com\u2605verify.net", "symbol_in_host"),
        ("Is www.paypal.com\u24e5erify.net safe?", "www.paypal.com\u24e5erify.net", "lookalike_brand_in_domain"),
        ("Is paypal.com\u00b7verify.net safe?", "paypal.com\u00b7verify.net", "lookalike_dot_in_host"),
        ("Is paypal.com\u2010secure.net safe?", "paypal.com\u2010secure.net", "lookalike_hyphen_in_host"),
        # ... and before the name the address pattern finds: it was paypal.com, official
        ("Is www.\u2605paypal.com safe?", "www.\u2605paypal.com", "symbol_in_host"),
        ("Is support\u2605paypal.com legit?", "support\u2605paypal.com", "symbol_in_host"),
        ("Is \U0001d431paypal.com safe?", "\U0001d431paypal.com", "lookalike_edit_distance"),
    ])
    def test_a_question_about_an_address_with_what_a_browser_reads_into_its_host_asks_about_all_of_it(
            self, index, question, address, reason):
        # the address pattern found two in it, www.paypal.com and verify.net, and the question was refused as several words
        answer = run(index, question)
        assert (answer.verdict, answer.risk, answer.input["value"]) == ("lookalike", "high", address)
        assert [r["code"] for r in answer.reasons][:2] == ["question_read_address", reason]

    def test_a_symbol_before_an_address_after_words_is_a_bullet_in_a_question_too(self, index):
        answer = run(index, "\u8bbf\u95ee\u2605paypal.com\u5b89\u5168\u5417")  # 访问★paypal.com安全吗, as a page's bullet
        assert (answer.verdict, answer.input["value"]) == ("official", "paypal.com")

    def test_a_question_about_two_addresses_side_by_side_is_still_refused(self, index):
        for question in ("paypal.com\u6216alipay.com\u662f\u5b98\u7f51\u5417", "Is paypal.com\u2192paypal.me safe?"):
            assert run(index, question).reasons[0]["code"] == "invalid_value"

    @pytest.mark.parametrize(("address", "verdict", "host"), [
        ("https://paypal.com%2eevil.net", "lookalike", "paypal.com.evil.net"),  # was invalid
        ("https://paypal%2Ecom.evil.net/login", "lookalike", "paypal.com.evil.net"),
        ("https://%70aypal.com/", "official", "paypal.com"),  # %70 is p: it is paypal.com
    ])
    def test_a_percent_escape_in_a_host_is_read_as_a_browser_reads_it(self, index, address, verdict, host):
        answer = run(index, address)
        assert (answer.verdict, answer.input["normalized"]) == (verdict, host)

    @pytest.mark.parametrize("domain", ["finance-help.com", "revolt-music.com", "exodos-travel.com"])
    def test_a_word_one_letter_changed_from_a_brand_inside_a_domain_is_not_a_lookalike(self, index, domain):
        # Inside a domain a brand name counts in look-alike characters (paypa1) or with a letter dropped,
        # added or swapped (metamsk), not with a letter changed, nor in parts under seven letters: those
        # take ordinary words (finance is one letter from binance, revolt from revolut).
        assert run(index, domain).verdict == "unknown", domain

    def test_the_lookalike_memo_is_bounded_oldest_out_and_answers_alike(self, index, monkeypatch):
        monkeypatch.setattr(check_module, "LOOKALIKE_MEMO_SIZE", 50)
        index.host_memo.clear()
        first = [run(index, f"metamask-support-{n}.com").to_dict() for n in range(80)]
        assert len(index.host_memo) == 50
        assert list(index.host_memo) == [f"metamask-support-{n}.com" for n in range(30, 80)]
        # asked again, hosts that left the memo get the same answer as before
        assert [run(index, f"metamask-support-{n}.com").to_dict() for n in range(80)] == first
        index.host_memo.clear()

    @pytest.mark.parametrize("host", ["metamask-support-gc.com", "paypal.com.secure-gc.net", "unrelated-gc-example.org"])
    def test_the_domain_caches_keep_nothing_the_garbage_collector_walks(self, index, host):
        # A stream of new domains fills these caches; what the collector tracks, each full pass walks
        # (10-16 ms per pass with them full, when they held dataclasses and named tuples).
        first = run(index, host).to_dict()
        gc.collect()
        cached = [normalize._read_domain(host), canonical._split(host), index.host_memo[host]]
        assert [gc.is_tracked(entry) for entry in cached] == [False, False, False]
        assert run(index, host).to_dict() == first  # and answered alike from them

    @pytest.mark.parametrize(("number", "verdict"), [
        ("+1 888 221 1162", "lookalike"),  # one digit from PayPal's
        ("951880", "lookalike"),  # Alipay's 95188 with a digit added
        ("+1 415 555 0100", "unknown"),  # like none: memoised as a "no"
    ])
    def test_the_number_lookalike_memo_keeps_nothing_the_garbage_collector_walks(self, index, number, verdict):
        index.number_memo.clear()
        first = run(index, number).to_dict()
        assert first["verdict"] == verdict
        gc.collect()
        assert [gc.is_tracked(key) or gc.is_tracked(found) for key, found in index.number_memo.items()] == \
            [False] * len(index.number_memo) != []
        assert run(index, number).to_dict() == first  # and answered alike from it

    def test_the_number_lookalike_memo_is_bounded_oldest_out_and_answers_alike(self, index, monkeypatch):
        monkeypatch.setattr(check_module, "LOOKALIKE_MEMO_SIZE", 20)
        index.number_memo.clear()
        numbers = [f"+1 888 221 {1100 + n}" for n in range(40)]  # 1161 among them: PayPal's own, no look-alike asked
        first = [run(index, number).to_dict() for number in numbers]
        assert len(index.number_memo) == 20
        assert [key[0] for key in index.number_memo] == [f"1888221{1100 + n}" for n in range(40) if n != 61][-20:]
        assert [run(index, number).to_dict() for number in numbers] == first
        index.number_memo.clear()

    @pytest.mark.parametrize("value", ["https://support.metamask.io/start", "service@paypal.com", "www.coinbase.com"])
    def test_subdomains_urls_and_emails_of_official_domains_are_official(self, index, value):
        assert run(index, value).verdict == "official"

    @pytest.mark.parametrize("value", ["john.smith@paypal.com", "service.team@paypal.com"])
    def test_a_dotted_mailbox_name_at_an_official_domain_hides_nothing(self, index, value):
        # it was told "the address hides its real destination: the part before '@' is ignored"
        answer = run(index, value)
        assert (answer.verdict, [reason["code"] for reason in answer.reasons]) == ("official", ["official_domain"])

    @pytest.mark.parametrize(("value", "verdict", "host"), [('"service@paypal.com"@evil.net', "lookalike", "evil.net"),
                                                            ('"billing"@paypal.com', "official", "paypal.com")])
    def test_a_quoted_mailbox_name_is_an_email_address(self, index, value, verdict, host):
        # (RFC 5321: a name in quotes may hold an '@'; the first was read as a web address's user part)
        answer = run(index, value)
        assert (answer.verdict, answer.input["kind"], answer.input["normalized"]) == (verdict, "email_domain", host)

    @pytest.mark.parametrize(("value", "provider"), [
        ("paypal.support@gmail.com", "paypal"), ("metamask-help@outlook.com", "metamask"),
        ("metamsk.help@qq.com", "metamask"), ("coinbase.refunds@proton.me", "coinbase"), ("支付宝客服@qq.com", "alipay"),
    ])
    def test_a_free_mailbox_named_after_a_provider_is_a_lookalike(self, index, value, provider):
        answer = run(index, value)
        assert (answer.verdict, answer.provider["slug"], answer.reasons[0]["code"]) == ("lookalike", provider, "lookalike_brand_in_mailbox")

    # Every domain the check knew as a free mail service when the list moved from code to links.yaml's free_mail:
    # written out here, so that the move (or a later edit of the data) cannot drop one unnoticed.
    @pytest.mark.parametrize("domain", [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
        "aol.com", "icloud.com", "me.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "mail.com",
        "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "tutanota.com", "qq.com", "foxmail.com", "163.com", "126.com",
        "yeah.net", "sina.com", "sohu.com", "aliyun.com", "139.com", "naver.com", "hanmail.net", "rediffmail.com",
    ])
    def test_a_mailbox_named_after_a_provider_at_each_free_mail_service_is_a_lookalike(self, index, domain):
        answer = run(index, f"paypal.support@{domain}")
        assert (answer.verdict, answer.provider["slug"], answer.reasons[0]["code"]) == ("lookalike", "paypal", "lookalike_brand_in_mailbox")

    def test_a_mailbox_named_after_a_provider_at_a_companys_own_domain_is_no_lookalike(self, index):
        answer = run(index, "ledger@accounting-firm.com")  # Ledger is a provider; the firm's mailbox is its staff's
        assert answer.verdict == "unknown" and "lookalike_brand_in_mailbox" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("value", ["ledger@accounting-firm.com", "zhangsan@qq.com", "wise.guy@gmail.com"])
    def test_other_mailboxes_are_unknown(self, index, value):
        # a company's own domain names its staff's mailboxes; a free mailbox with no provider's name is anyone's
        assert run(index, value).verdict == "unknown"

    def test_an_official_host_before_the_at_of_an_email_is_still_a_disguise(self, index):
        answer = run(index, "support.paypal.com@gmail.com")
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("lookalike", ["url_userinfo", "lookalike_brand_subdomain"])

    @pytest.mark.parametrize("value, written, real", [("https://paypal.com@evil.com/login", "paypal.com@evil.com", "evil.com"),
                                                       ("support.paypal.com@gmail.com", "support.paypal.com@gmail.com", "gmail.com")])
    def test_the_disguise_is_told_as_written(self, index, value, written, real):
        # told of the real host alone, it read "evil.com puts paypal.com in front of another domain"
        reason = next(r for r in run(index, value).reasons if r["code"] == "lookalike_brand_subdomain")
        assert reason["message"].startswith(f"{written} puts ") and reason["message"].endswith(f"really reach is {real}.")

    def test_a_host_on_a_shared_platform_is_not_official(self, index):
        # metamask.zendesk.com is MetaMask's; zendesk.com as a whole is not.
        assert run(index, "metamask-help.zendesk.com").verdict == "lookalike"

    def test_policy_from_the_message_contradicts_even_an_official_number(self, index):
        # Caller ID can be spoofed: a real Venmo number asking for the code is still a scam script.
        venmo = next(c for c in index.providers["venmo"].channels if c.kind == "phone")
        answer = run(index, venmo.value, claimed_provider="Venmo", message="Please read me the verification code we sent")
        assert answer.verdict == "contradicts_policy"
        assert "spoofing_possible" in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize(("message", "flags"), [
        ("Hola, le llamo de Coinbase. Su cuenta ha sido bloqueada por actividad sospechosa. Para desbloquearla, dígame el"
         " código de verificación que le acabamos de enviar.", {"asks_otp", "frozen_account"}),
        # (Coinbase says it never asks anyone to move funds)
        ("Aqui é da central de segurança da Coinbase. Sua conta foi invadida. Para proteger o saldo, faça um Pix para a"
         " conta segura que vamos te passar.", {"asks_transfer", "frozen_account"}),
        ("Bonjour, je vous appelle du service client Coinbase. Des opérations suspectes ont été détectées sur votre compte. "
         "Pour les annuler, communiquez-moi le code de vérification que vous venez de recevoir par SMS.",
         {"asks_otp", "frozen_account"}),
        ("Guten Tag, hier ist der Coinbase Kundenservice. Ihr Konto wurde gesperrt. Überweisen Sie Ihr Guthaben auf ein "
         "sicheres Konto, das wir für Sie eingerichtet haben.", {"asks_transfer", "frozen_account"}),
        ("Buongiorno, la chiamo dal servizio clienti di Coinbase. Abbiamo rilevato un accesso anomalo. Per bloccarlo mi "
         "dica il codice di verifica che le è appena arrivato.", {"asks_otp", "frozen_account"}),
    ])
    def test_an_official_number_asking_in_another_language_contradicts_the_policy(self, index, message, flags):
        # the words alone, as a person pastes them with the number: "official, low" when no Spanish, Portuguese, French
        # or German was read
        coinbase = next(c for c in index.providers["coinbase"].channels if c.kind == "phone")
        answer = run(index, coinbase.value, claimed_provider="Coinbase", message=message)
        assert (answer.verdict, answer.risk) == ("contradicts_policy", "high")
        assert flags <= {flag["code"] for flag in answer.red_flags}
        assert "spoofing_possible" in [r["code"] for r in answer.reasons]

    def test_a_call_showing_110_that_asks_for_a_transfer_contradicts_the_polices_own_word(self, index):
        # was "official, high": the registry held no word of the police's, who say they keep no "safe account"
        answer = run(index, "110", region="CN", direction="incoming", channel="call",
                     message="我是上海市公安局的，你的身份证涉嫌一起洗钱案件，现在需要你配合调查，把资金转到安全账户进行审查，此事要保密")
        assert answer.verdict == "contradicts_policy" and answer.risk == "high"
        contradicted = next(r for r in answer.reasons if r["code"] == "policy_contradicted")
        assert "安全帐户" in contradicted["message"] and "gaj.cngy.gov.cn" in contradicted["message"]
        assert {"never_asks_transfer", "never_asks_password"} <= {p["code"] for p in answer.policies}

    @pytest.mark.parametrize(("value", "region", "message", "codes"), [
        # courier fraud: the card and its PIN handed to someone at the door, after a call that showed the bank's number
        # (and its opener, the card "at risk")
        ("95566", "CN", "您的银行卡存在风险，我们将安排工作人员上门取卡，请把卡和密码一起交给他",
         ["frozen_account", "collects_card", "asks_password"]),
        ("+44 20 7946 0000", "GB", "Hello, this is DC Harris from the Metropolitan Police fraud squad. Your card has been cloned. "
                                   "Please cut it in half; we will send a courier to your home to pick it up as evidence.",
         ["poses_as_official", "collects_card"]),
    ])
    def test_a_caller_who_sends_someone_for_the_card_is_a_scam_script(self, index, value, region, message, codes):
        # both raised nothing: Bank of China's 95566 was "official, low risk" and the "police" call "unknown"
        answer = run(index, value, region=region, message=message, direction="incoming", channel="call")
        assert [flag["code"] for flag in answer.red_flags] == codes
        assert answer.risk == "high"
        if value == "95566":  # Bank of China never asks for a password: its own words, with their source
            assert answer.verdict == "contradicts_policy"
            assert {"spoofing_possible", "policy_contradicted"} <= {r["code"] for r in answer.reasons}

    @pytest.mark.parametrize(("value", "region", "claimed", "message"), [
        ("0722000100", "KE", "M-PESA", "This is Safaricom customer care. Give the agent your M-PESA PIN for verification."),
        ("+18882211161", "US", "PayPal", "What is your PayPal password? I need it to cancel the charge."),
        ("+639171234567", "PH", "GCash", "Please tell me your GCash MPIN so I can reverse the transaction."),
    ])
    def test_a_pin_or_password_asked_for_by_its_services_name_contradicts_the_providers_word(self, index, value, region,
                                                                                             claimed, message):
        # "your M-PESA PIN", "your PayPal password": a name between "your" and the secret hid it (only "your PIN", "your
        # password" were read), and each caller was one red flag short or had none
        answer = run(index, value, region=region, claimed_provider=claimed, message=message, direction="incoming",
                     channel="call")
        assert "asks_password" in [flag["code"] for flag in answer.red_flags]
        assert answer.verdict == "contradicts_policy" and answer.risk == "high"
        warned = run(index, value, region=region, claimed_provider=claimed, direction="incoming", channel="sms",
                     message=f"Never tell anyone your {claimed} PIN or password, not even our staff.")
        assert [flag["code"] for flag in warned.red_flags] == []
        # nor the notice that it changed, and what to do then (which read as a request for it, contradicts_policy)
        notice = run(index, value, region=region, claimed_provider=claimed, direction="incoming", channel="sms",
                     message=f"Your {claimed} password was changed. If you didn't make this change, reset your password in the app.")
        assert [flag["code"] for flag in notice.red_flags] == [] and notice.verdict != "contradicts_policy"

    @pytest.mark.parametrize(("claimed", "message"), [
        ("Trust Wallet", "Hi, this is Trust Wallet support, please add our WhatsApp +44 7911 123456 to verify your account"),
        ("OKX", "您好，我是OKX官方客服，请添加Telegram @okx_kefu 处理您的资金"),
    ])
    def test_a_script_moving_to_a_private_chat_contradicts_a_no_direct_messages_policy(self, index, claimed, message):
        # the policy each signal links to, from the vocabulary: this one's (never_dms_first) was not in the
        # code's own list, so "add our WhatsApp" from "Trust Wallet support" was a plain mismatch
        answer = run(index, "https://x.com/TrustSupp0rt", claimed_provider=claimed, message=message)
        assert answer.verdict == "contradicts_policy" and [f["code"] for f in answer.red_flags][0] == "move_to_private_chat"
        assert "policy_contradicted" in [r["code"] for r in answer.reasons]
        calm = run(index, "https://x.com/TrustSupp0rt", claimed_provider=claimed, message="We will never ask you to add us on WhatsApp.")
        assert calm.red_flags == [] and not any("never sends the first direct message" in r["message"] for r in calm.reasons)
        # (Trust Wallet's support is its ticketing system only: an account said to be it is refused by those words)
        assert calm.verdict == ("contradicts_policy" if claimed == "Trust Wallet" else "mismatch")

    @pytest.mark.parametrize("direction", [None, "outgoing"])
    def test_a_number_given_as_a_call_back_only_providers_contradicts_it(self, index, direction):
        # Robinhood: "we don’t have an inbound number for phone support (we'll call you!)": no number to dial
        answer = run(index, "+1 844 724 5399", claimed_provider="Robinhood", direction=direction)
        [reason] = [r for r in answer.reasons if r["code"] == "policy_contradicted"]
        assert answer.verdict == "contradicts_policy" and "has no number to call" in reason["message"]
        assert "robinhood.com" in reason["message"] and "callback_only_call" not in [r["code"] for r in answer.reasons]

    @pytest.mark.parametrize("channel", [None, "call"])
    def test_a_call_from_a_call_back_only_provider_may_be_the_call_back_asked_for(self, index, channel):
        # "has no phone support" was untrue of a provider that calls people back; the call's number is not
        # listed, and the answer says how its real call comes
        answer = run(index, "+1 844 724 5399", claimed_provider="罗宾汉", direction="incoming", channel=channel, lang="zh")
        codes = [r["code"] for r in answer.reasons]
        assert (answer.verdict, codes[-1]) == ("mismatch", "callback_only_call") and "policy_contradicted" not in codes
        assert "申请回电" in answer.reasons[-1]["message"]

    def test_a_text_from_a_call_back_only_provider_is_told_nothing_of_call_backs(self, index):
        answer = run(index, "+1 844 724 5399", claimed_provider="Robinhood", direction="incoming", channel="sms")
        assert answer.verdict == "mismatch" and "callback_only_call" not in [r["code"] for r in answer.reasons]

    def test_a_provider_without_phone_support_is_contradicted_by_a_call_too(self, index):
        answer = run(index, "+1 707 381 4213", claimed_provider="MetaMask", direction="incoming", channel="call")
        assert answer.verdict == "contradicts_policy" and "callback_only_call" not in [r["code"] for r in answer.reasons]

    def test_unknown_with_a_severe_script_is_high_risk(self, index):
        answer = run(index, "+1 415 555 0100", message="enter your 12-word secret recovery phrase")
        assert (answer.verdict, answer.risk) == ("unknown", "high")

    def test_an_unknown_claim_is_said_and_the_value_still_judged(self, index):
        answer = run(index, "95188", region="CN", claimed_provider="Zorblax Pay")
        assert answer.verdict == "official"
        assert answer.reasons[0]["code"] == "claimed_provider_unknown"



class TestWhereToReport:
    """A provider's own channel for reporting fraud comes first in report_to: M-PESA's 333 in Kenya, where the registry holds
    no authority, left a Kenyan reader's report_to empty while the advice said to report "to the authorities listed here";
    PayPal's phishing@paypal.com was nowhere. Where nothing is listed the advice says the police."""

    def test_a_providers_own_report_channel_is_listed_first(self, index):
        answer = run(index, "+254 712 345 678", region="KE", claimed_provider="M-Pesa", message="They asked for my M-PESA PIN")
        assert [(place["provider"], place["display"]) for place in answer.report_to] == [("mpesa", "333")]
        assert answer.advice[-1].endswith("report it to the places listed here.")
        paypal = run(index, "+44 20 7946 0000", region="GB", claimed_provider="PayPal", message="asked for my code")
        assert [place["display"] for place in paypal.report_to][:2] == ["phishing@paypal.com", "phishing@paypal.uk"]
        assert "gb-action-fraud" in {place["provider"] for place in paypal.report_to}
        # (another region's own channel is not listed; a domain its mail comes from is no address to report to)
        assert "phishing@paypal.uk" not in [place["display"] for place in run(index, "+1 415 555 0123", region="US",
                                                                               claimed_provider="PayPal").report_to]
        assert not [place for place in run(index, "+1 415 555 0123", region="US", claimed_provider="Robinhood").report_to
                    if place["provider"] == "robinhood"]

    def test_where_nothing_is_listed_the_advice_says_the_police(self, index):
        answer = run(index, "+234 803 123 4567", region="NG", message="They asked for my OTP", direction="incoming")
        assert answer.report_to == []
        assert answer.advice[-1] == "If you lost money or shared a code, call your bank at once and report it to the police."
        assert run(index, "+234 803 123 4567", region="NG", message="They asked for my OTP", lang="zh").advice[-1] \
            == "如果已经转账或泄露了验证码，请立即联系银行，并向警方报案。"


class TestKoreasAndJapansAuthorities:
    """Korea's and Japan's police, financial supervisor, KISA and consumer hotline, from their own and their governments'
    pages: a Korean or Japanese reader had nowhere to report (report_to was empty for KR and JP), their numbers were
    unknown, and a caller claiming to be the FSS or the police was judged against no policy of theirs."""

    @pytest.mark.parametrize(("value", "region", "owner"), [
        ("112", "KR", "kr-police"), ("1332", "KR", "kr-fss"), ("118", "KR", "kr-kisa-118"), ("110", "JP", "jp-police"),
        ("#9110", "JP", "jp-police"), ("188", "JP", "jp-caa-188"), ("fss.or.kr", None, "kr-fss")])
    def test_their_lines_are_official(self, index, value, region, owner):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.provider["slug"]) == ("official", owner)

    def test_a_hash_before_a_short_dial_is_no_label(self, index):
        # "#9110" was "a number with its label" (the label a hash); a label before it still is one
        assert [reason["code"] for reason in run(index, "#9110", region="JP").reasons][0] == "reading_chosen"
        assert [reason["code"] for reason in run(index, "警察相談 #9110", region="JP").reasons][0] == "label_read"

    @pytest.mark.parametrize(("region", "authorities"), [("KR", {"kr-police", "kr-fss", "kr-kisa-118"}),
                                                          ("JP", {"jp-police", "jp-caa-188"})])
    def test_a_reader_there_is_told_where_to_report(self, index, region, authorities):
        answer = run(index, "+82 2 1234 5678" if region == "KR" else "+81 3 1234 5678", region=region)
        assert {authority["provider"] for authority in answer.report_to} == authorities

    @pytest.mark.parametrize(("value", "region", "claim", "message", "policy"), [
        ("+82 2 1234 5678", "KR", "금융감독원", "고객님 계좌가 범죄에 연루되어 안전계좌로 이체하셔야 합니다.", "never_asks_transfer"),
        ("03-1234-5678", "JP", "警視庁", "LINEのビデオ通話で取り調べをします。", "never_dms_first"),
        ("03-1234-5678", "JP", "警視庁", "身の潔白を証明するため、指定の口座に振り込んでください。", "never_asks_transfer")])
    def test_a_caller_claiming_to_be_them_contradicts_their_own_words(self, index, value, region, claim, message, policy):
        answer = run(index, value, region=region, claimed_provider=claim, message=message)
        assert (answer.verdict, answer.risk) == ("contradicts_policy", "high")
        assert policy in {p["code"] for p in answer.policies}



class TestMoreCountriesAuthorities:
    """Where to report in the other countries whose scripts the vocabulary reads: report_to was empty for Taiwan, Malaysia,
    Thailand, the Philippines, Indonesia, Spain, France, the Netherlands, Mexico, Italy and Germany, and their anti-scam
    lines were unknown numbers."""

    @pytest.mark.parametrize(("value", "region", "owner"), [
        ("165", "TW", "tw-165"), ("997", "MY", "my-nsrc-997"), ("1441", "TH", "th-aoc-1441"), ("1326", "PH", "ph-cicc-1326"),
        ("157", "ID", "id-ojk"), ("017", "ES", "es-incibe-017"), ("33700", "FR", "fr-33700"), ("0 805 805 817", "FR", "fr-info-escroqueries"),
        ("088 786 73 72", "NL", "nl-fraudehelpdesk"), ("088", "MX", "mx-088"), ("commissariatodips.it", None, "it-polizia-postale"),
        ("cybermalveillance.gouv.fr", None, "fr-cybermalveillance")])
    def test_their_lines_are_official(self, index, value, region, owner):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.provider["slug"]) == ("official", owner)

    @pytest.mark.parametrize(("region", "authority"), [
        ("TW", "tw-165"), ("MY", "my-nsrc-997"), ("TH", "th-aoc-1441"), ("PH", "ph-cicc-1326"), ("ID", "id-ojk"), ("ES", "es-incibe-017"),
        ("FR", "fr-33700"), ("NL", "nl-fraudehelpdesk"), ("MX", "mx-088"), ("IT", "it-polizia-postale"), ("DE", "de-bundesnetzagentur")])
    def test_a_reader_there_is_told_where_to_report(self, index, region, authority):
        assert authority in {a["provider"] for a in run(index, "paypa1-help.com", region=region).report_to}

class TestKoreasAndJapansProviders:
    """Upbit, Bithumb, PayPay and Rakuten Card, from their own help pages. PayPay's own site was a look-alike of PayPal's,
    high risk (one letter off paypal): the registry did not know PayPay."""

    @pytest.mark.parametrize(("value", "region", "owner"), [
        ("paypay.ne.jp", None, "paypay"), ("https://paypay.ne.jp/help/c0328/", None, "paypay"), ("0120-990-634", "JP", "paypay"),
        ("1588-5682", "KR", "upbit"), ("upbit.com", None, "upbit"), ("1661-5566", "KR", "bithumb"), ("bithumb.com", None, "bithumb"),
        ("rakuten-card.co.jp", None, "rakuten-card")])
    def test_their_channels_are_official(self, index, value, region, owner):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.provider["slug"]) == ("official", owner)

    @pytest.mark.parametrize(("value", "owner"), [("paypay-support.com", "paypay"), ("upbit-kr.com", "upbit"),
                                                 ("bithumb-event.com", "bithumb"), ("paypal.com", "paypal")])
    def test_their_names_in_other_sites_are_look_alikes_and_paypal_stays_paypal(self, index, value, owner):
        answer = run(index, value)
        assert answer.verdict == ("official" if value == "paypal.com" else "lookalike") and answer.provider["slug"] == owner

    def test_a_bithumb_agent_asking_for_the_password_contradicts_bithumbs_own_words(self, index):
        answer = run(index, "+82 2 1234 5678", region="KR", claimed_provider="빗썸", message="본인 확인을 위해 계좌 비밀번호 알려주세요.")
        assert (answer.verdict, answer.risk) == ("contradicts_policy", "high")

class TestUkrainesAuthoritiesAndBanks:
    """Ukraine's cyber police and police, PrivatBank and monobank: report_to was empty for Ukraine, and a call from
    PrivatBank's "security service" was measured against no bank."""

    @pytest.mark.parametrize(("value", "region", "owner"), [
        ("3700", "UA", "privatbank"), ("0 800 505 170", "UA", "ua-cyberpolice"), ("102", "UA", "ua-police"),
        ("privatbank.ua", None, "privatbank"), ("monobank.ua", None, "monobank"), ("cyberpolice.gov.ua", None, "ua-cyberpolice")])
    def test_their_channels_are_official(self, index, value, region, owner):
        answer = run(index, value, region=region)
        assert (answer.verdict, answer.provider["slug"]) == ("official", owner)

    def test_a_reader_there_is_told_where_to_report(self, index):
        assert {a["provider"] for a in run(index, "+380 44 123 4567", region="UA").report_to} == {"ua-cyberpolice", "ua-police"}

    def test_the_security_service_asking_for_the_sms_code_contradicts_privatbanks_words(self, index):
        answer = run(index, "+380 44 123 4567", region="UA", claimed_provider="ПриватБанк", direction="incoming",
                     message="Добрий день, вас турбує служба безпеки ПриватБанку. Продиктуйте код з СМС.")
        assert (answer.verdict, answer.risk) == ("contradicts_policy", "high")
        assert [channel["value"] for channel in answer.official_channels][0] == "UA:3700"

    @pytest.mark.parametrize("value", ["privat24-login.com", "privatbank-ua.com", "monobank-ua.com"])
    def test_their_names_in_other_sites_are_look_alikes(self, index, value):
        assert run(index, value).verdict == "lookalike"


class TestAmericasImpersonatedAgencies:
    """The IRS, Social Security and the FBI, the agencies America's commonest impostor calls claim: a caller "from the IRS"
    was a claim of no one we know (claimed_provider_unknown), their real lines unknown numbers."""

    @pytest.mark.parametrize(("value", "owner"), [("+1 800 829 1040", "us-irs"), ("irs.gov", "us-irs"), ("1-800-772-1213", "us-ssa"),
                                                 ("ssa.gov", "us-ssa"), ("fbi.gov", "us-fbi")])
    def test_their_channels_are_official(self, index, value, owner):
        answer = run(index, value, region="US")
        assert (answer.verdict, answer.provider["slug"]) == ("official", owner)

    @pytest.mark.parametrize(("claim", "message"), [
        ("Social Security", "Your Social Security number has been suspended. Move your money to a safe account."),
        ("IRS", "You owe back taxes. Transfer your funds to this verification account today.")])
    def test_a_caller_claiming_them_contradicts_their_own_words(self, index, claim, message):
        answer = run(index, "+1 202 555 0143", region="US", claimed_provider=claim, message=message, direction="incoming")
        assert (answer.verdict, answer.risk) == ("contradicts_policy", "high")

    def test_a_caller_claiming_the_fbi_from_another_number_is_a_mismatch(self, index):
        assert run(index, "+1 202 555 0143", region="US", claimed_provider="FBI").verdict == "mismatch"

    def test_reporting_in_america_stays_with_the_ftc_the_fcc_and_ic3(self, index):
        # (their own fraud mailboxes and tips lines are for scams in their name only: not listed for every scam)
        assert {a["provider"] for a in run(index, "+1 202 555 0143", region="US").report_to} == {"us-ftc", "us-ic3", "us-fcc"}


class TestSupportOnlyVia:
    """MetaMask ("only offers customer service through this Help Center and our community forums") and Trust Wallet
    ("Official support is conducted only via our ticketing system") say where their support is. The policy was data
    no answer used: an account named as their support, or a mailbox said to be theirs, was "unknown" or a plain
    mismatch. Their own words now refuse it."""

    @pytest.mark.parametrize(("value", "slug", "words"), [
        ("微信：metamask-kefu01", "metamask", "only offers customer service through this Help Center"),
        ("Telegram @metamask_support", "metamask", "only offers customer service through this Help Center"),
        ("https://t.me/TrustWalletHelpDesk", "trust-wallet", "Official support is conducted only via our ticketing system"),
        # the fixers who answer people who lost funds
        ("Telegram @MetaMaskResolve", "metamask", "only offers customer service through this Help Center"),
        ("https://t.me/TrustWalletRecovery", "trust-wallet", "Official support is conducted only via our ticketing system"),
    ])
    def test_an_account_named_as_their_support_is_refused_by_their_words(self, index, value, slug, words):
        answer = run(index, value)
        assert (answer.verdict, answer.risk, answer.provider) == ("contradicts_policy", "high", None)
        codes = [reason["code"] for reason in answer.reasons]
        assert codes[1:] == ["named_as_support", "policy_contradicted"] and words in answer.reasons[-1]["message"]
        assert answer.interpretation["named_after"] == slug and {c["provider"] for c in answer.official_channels} == {slug}
        assert "客服" in run(index, value, lang="zh").reasons[1]["message"]

    @pytest.mark.parametrize(("value", "why"), [
        ("https://t.me/metamask_news", "named after MetaMask, not as its support: it may be MetaMask's, unlisted"),
        ("https://t.me/binance_support_cn", "Binance says nothing of where its support is"),
    ])
    def test_an_account_not_named_as_support_or_of_a_provider_without_such_words_is_told_not_judged(self, index, value, why):
        answer = run(index, value)
        assert answer.verdict == "unknown" and "named_after_provider" in [r["code"] for r in answer.reasons], why

    def test_a_mailbox_said_to_be_theirs_is_refused_by_their_words(self, index):
        answer = run(index, "metamask.help.desk2024@outlook.com", claimed_provider="MetaMask")
        assert answer.verdict == "lookalike"  # its name carries MetaMask's: the look-alike says more
        answer = run(index, "john.smith1990@gmail.com", claimed_provider="MetaMask")
        assert (answer.verdict, [r["code"] for r in answer.reasons]) == ("contradicts_policy", ["policy_contradicted"])
        assert run(index, "john.smith1990@gmail.com", claimed_provider="Binance").verdict == "mismatch"
        # their own channels stay theirs
        assert run(index, "https://support.metamask.io", claimed_provider="MetaMask").verdict == "official"


class TestSeveralMediumSignsTogether:
    # Only a high or critical signal raised the risk: each of these classic scripts, made of medium signals
    # alone, came out "UNKNOWN · unknown" and the command line exited 0.
    @pytest.mark.parametrize(("value", "fields", "message", "together"), [
        ("17012345678", {"region": "CN"}, "您的账户异常已被冻结，请拨打4001234567联系客服办理退款",
         ["frozen_account", "call_back_number", "refund_offer"]),
        ("+1 415 555 0100", {}, "Unusual activity on your account. It will be suspended within 24 hours. "
                                "Call us at +1 800 555 0100 for a refund.",
         ["frozen_account", "call_back_number", "refund_offer"]),  # (and "within 24 hours", a low one, left out)
        ("17012345678", {"region": "CN", "claimed_provider": "京东金融"},
         "您好，您之前在京东金融开通了学生贷，现在国家政策要求注销，否则会影响您的征信，请加客服QQ 12345678 处理",
         ["frozen_account", "cancel_fake_charge", "move_to_private_chat"]),  # (注销，否则会影响您的征信: since cancel's own)
        # India's "digital arrest" call and electricity text (in Hindi, in Latin letters): each was one medium sign
        ("+91 98765 43210", {"direction": "incoming", "channel": "call"},
         "This is CBI officer. Your Aadhaar is linked to money laundering case. You are under digital arrest.",
         ["poses_as_official", "threatens_arrest"]),
        ("+91 98765 43210", {"channel": "sms"},
         "Aapka bijli connection aaj raat kaat diya jayega. Turant bijli officer se sampark karein 9876543210",
         ["frozen_account", "call_back_number"]),
        # the officer the call is handed to, and the fake police said of oneself in Hindi (Latin letters), Thai, Indonesian
        # and Vietnamese; a stopped card or expiring points and "the link", in Arabic and in English: one medium sign each
        ("+91 98765 43210", {"channel": "call"},
         "You are under digital arrest. Do not disconnect the video call. CBI officer will speak to you.",
         ["threatens_arrest", "poses_as_official"]),
        ("+91 98765 43210", {"channel": "call"}, "Main CBI se bol raha hoon, aapke naam par ek parcel mila hai jisme drugs hain.",
         ["poses_as_official", "threatens_arrest"]),
        ("+66 81 234 5678", {"channel": "call"}, "ผมเป็นเจ้าหน้าที่ตำรวจ บัญชีของคุณเกี่ยวข้องกับการฟอกเงิน",
         ["poses_as_official", "frozen_account"]),
        ("+62 812 3456 7890", {"channel": "call"}, "Saya dari kepolisian, rekening anda terlibat pencucian uang.",
         ["poses_as_official", "threatens_arrest"]),
        ("+84 912 345 678", {"channel": "call"}, "Tôi là cán bộ công an, tài khoản của anh liên quan đến đường dây rửa tiền",
         ["poses_as_official", "frozen_account"]),
        ("+971 50 123 4567", {"channel": "sms"}, "عزيزي العميل تم إيقاف بطاقتك، يرجى تحديث بياناتك عبر الرابط",
         ["frozen_account", "link_in_message"]),
        ("+91 98765 43210", {"channel": "sms"},
         "Dear customer your credit card reward points worth Rs 9,850 expire today. Redeem now at the link",
         ["expiring_points", "link_in_message"]),
    ])
    def test_a_script_of_medium_signs_is_high_risk_and_says_why(self, index, value, fields, message, together):
        answer = run(index, value, message=message, **fields)
        assert (answer.verdict, answer.risk) == ("unknown", "high")
        [said] = [reason["message"] for reason in answer.reasons if reason["code"] == "signs_together"]
        titles = {flag["code"]: flag["title"] for flag in answer.red_flags}
        assert said.startswith("Several signs of a scam script together: " + "; ".join(titles[code] for code in together) + ".")

    def test_the_reason_is_in_chinese_for_a_chinese_reader(self, index):
        answer = run(index, "17012345678", region="CN", lang="zh", message="您的账户异常已被冻结，请拨打4001234567联系客服办理退款")
        [said] = [reason["message"] for reason in answer.reasons if reason["code"] == "signs_together"]
        assert said.startswith("多个诈骗信号同时出现：以冻结账户或征信相威胁、让你拨打对方给的号码、主动提出退款或赔偿。")

    @pytest.mark.parametrize("message", ["如需帮助请拨打95017", "call +86 571 95017 for help", "如有疑问请拨打95188。"])
    def test_a_providers_own_number_to_call_is_no_sign(self, index, message):
        # "gives a number to call back" was raised on WeChat Pay's and Alipay's own numbers
        assert run(index, "95017", region="CN", message=message).red_flags == []
        assert [f["code"] for f in run(index, "95017", region="CN", message="请拨打4001234567").red_flags] == ["call_back_number"]

    # (from a number the registry does not hold: from an official one, a number to call that is not the provider's
    # makes the answer high risk by itself, message_number_not_official)
    def test_one_medium_sign_in_a_real_bill_reminder_leaves_the_risk_alone(self, index):
        answer = run(index, "+86 138 0013 8000", message="您的花呗账单已出，请立即还款。如有疑问请拨打4001234567")
        # «立即» alone is no urgency (a bill says "pay now"); the number to call is the one medium sign
        assert [(flag["code"], flag["severity"]) for flag in answer.red_flags] == [("call_back_number", "medium")]
        assert (answer.verdict, answer.risk) == ("unknown", "unknown")

    def test_a_link_and_a_number_to_call_are_how_honest_notices_end_not_a_script(self, index):
        # two medium signs, but both only say how to reach the sender: a bank's notice carries them together
        # (a site the registry does not hold: a provider's own is no sign at all, below)
        answer = run(index, "+86 138 0013 8000", message="详情请访问 www.ecitic.com，如有疑问请拨打4001234567")
        assert sorted(flag["code"] for flag in answer.red_flags) == ["call_back_number", "link_in_message"]
        assert (answer.verdict, answer.risk) == ("unknown", "unknown")
        assert "signs_together" not in [reason["code"] for reason in answer.reasons]

    @pytest.mark.parametrize(("message", "flagged"), [
        # Alipay's own site: "contains a link" was raised on it
        ("详情请访问 www.alipay.com，如有疑问请拨打95188", None),
        ("Visit https://www.paypal.com/us/cshelp to review the payment.", None),
        # the provider's own first, then another's: the other is the sign (there was none, or the wrong one)
        ("请访问 https://www.alipay.com。退款请点击 http://alipay-refund.cn", "http://alipay-refund.cn"),
        ("如有疑问请拨打95188，或拨打 400-123-4567 办理", "拨打 400-123-4567"),
        # a support line named before its number: the first raised nothing, and a provider's own is still no sign
        ("If not you, call OKX support +1 (888) 320-8127 immediately.", "call OKX support +1 (888) 320-8127"),
        ("Please call our support team at 1-888-221-1161.", None),
        # a bare address to log in at (Bank of China's own is www.boc.cn)
        ("您的手机银行将于今日过期，请登录 boc-cn.top 进行验证", "登录 boc-cn.top"),
    ])
    def test_a_way_to_reach_a_providers_own_channel_is_no_sign_and_the_next_one_is_read(self, index, message, flagged):
        answer = run(index, "95188", region="CN", message=message)
        ways = [flag["text"] for flag in answer.red_flags if flag["code"] in ("link_in_message", "call_back_number")]
        assert ways == ([flagged] if flagged else [])

    def test_an_official_number_stays_official_and_its_script_makes_it_high_risk(self, index):
        answer = run(index, "95188", region="CN", direction="incoming", message="您的账户异常已被冻结，请联系客服办理退款")
        assert (answer.verdict, answer.risk) == ("official", "high")
        assert {"spoofing_possible", "signs_together"} <= {reason["code"] for reason in answer.reasons}
        assert answer.advice[0].startswith("The number or address is Alipay's, but what was asked is a scam's")

    def test_a_severe_sign_is_a_script_alone_and_needs_no_reason_about_several(self, index):
        answer = run(index, "+1 415 555 0100", message="Your account is suspended. Read me the verification code for a refund.")
        assert answer.risk == "high"
        assert "signs_together" not in [reason["code"] for reason in answer.reasons]


class TestAdviceByKindOfValue:
    # The safe next step was a phone call's whatever was checked: "Hang up. Contact PayPal only through…" (请挂断)
    # for a look-alike site, "still hang up and call it yourself: numbers can be spoofed" for PayPal's own mail.
    @pytest.mark.parametrize(("value", "fields", "english", "chinese"), [
        ("paypa1-support.com", {}, "Close the page and type nothing into it", "请关闭这个网页，不要在里面输入任何内容"),
        ("https://metamask-io.app/restore", {}, "Close the page and type nothing into it", "请关闭这个网页"),
        ("service@paypal.com", {}, "This address is at PayPal's own domain, but a sender's address can be forged: do not click",
         "这个地址确实在贝宝自己的域名下，但发件人地址可以伪造"),
        ("https://www.paypal.com/", {}, "This site is official. Still, go to it by typing its address", "这是官方网站。"),
        ("https://x.com/MetaMaskSupp0rt", {}, "Stop replying, and open nothing it sends you. Contact MetaMask", "请停止回复"),
        ("https://twitter.com/metamasksupport", {}, "This account is MetaMask's. Still, a name and a picture can be copied",
         "这是MetaMask 小狐狸钱包的官方账号。"),
        ("https://wa.me/18882211161", {"claimed_provider": "PayPal"}, "Stop replying", "请停止回复"),  # a chat, not a call
        ("https://play.google.com/store/apps/details?id=com.trustwallet.pro", {}, "Do not install it, and remove it if you did",
         "不要安装它"),
    ])
    def test_the_first_step_is_the_one_for_what_was_checked(self, index, value, fields, english, chinese):
        answers = {lang: run(index, value, lang=lang, **fields) for lang in ("en", "zh")}
        assert answers["en"].advice[0].startswith(english) and answers["zh"].advice[0].startswith(chinese)
        assert not any("hang up" in text.lower() or "挂断" in text for answer in answers.values() for text in answer.advice)

    @pytest.mark.parametrize(("value", "english"), [
        ("service@paypal.com", "The address is PayPal's, but what was asked is a scam's, and a sender's address can be forged"),
        ("https://www.paypal.com/", "The site is PayPal's, but what was asked is a scam's: do none of it"),
    ])
    def test_an_official_site_or_address_with_a_scam_script_says_what_to_do_with_it(self, index, value, english):
        answer = run(index, value, message="Read me the verification code we just sent you.")
        assert (answer.verdict, answer.risk) == ("official", "high") and answer.advice[0].startswith(english)

    @pytest.mark.parametrize(("value", "fields", "english"), [
        ("95188", {"region": "CN"}, "This channel is official. If someone contacted you, still hang up and call it yourself"),
        ("+1 888 221 1171", {}, "Hang up. Contact PayPal only through the channels listed here"),
        ("+1 888 221 1161", {"message": "Read me the verification code."}, "The number or address is PayPal's, but what was asked"),
    ])
    def test_a_number_keeps_the_words_for_a_call(self, index, value, fields, english):
        assert run(index, value, **fields).advice[0].startswith(english)

    @pytest.mark.parametrize(("value", "fields", "english", "chinese"), [
        ("+1 888 221 1161", {"channel": "sms", "direction": "incoming"},
         "This number is PayPal's. Still, a message's sender number can be forged: do not reply", "这是贝宝的官方号码。"),
        ("95188", {"region": "CN", "channel": "sms", "message": "【支付宝】您的账户存在风险，请登录 alipay-verify.cn 进行验证"},
         "The number is Alipay's, but what was asked is a scam's, and a message's sender number can be forged", "号码确实是支付宝的"),
        ("+1 415 555 0100", {"channel": "chat", "message": "Coinbase: unusual sign-in detected. Secure your account here."},
         "Do not reply or tap its links. Contact Coinbase only through", "不要回复，也不要点其中的链接"),
    ])
    def test_a_number_that_wrote_gets_the_words_for_a_message(self, index, value, fields, english, chinese):
        # a text from PayPal's number, or one in Coinbase's name, was told "Hang up" (请挂断), in its advice and its reason
        answers = {lang: run(index, value, lang=lang, **fields) for lang in ("en", "zh")}
        assert answers["en"].advice[0].startswith(english) and answers["zh"].advice[0].startswith(chinese)
        assert not any("hang up" in text.lower() or "挂断" in text for answer in answers.values()
                       for text in answer.advice + [reason["message"] for reason in answer.reasons])
        if answers["en"].verdict == "official":
            assert "spoofing_possible_text" in [reason["code"] for reason in answers["en"].reasons]

    def test_every_kinds_advice_replaces_a_numbers_and_is_in_both_languages(self):
        for kind, texts in messages.ADVICE_BY_KIND.items():
            assert set(texts) <= set(messages.ADVICE), kind
            assert all(set(text) == {"en", "zh"} for text in texts.values()), kind


class TestHistoryAndReports:
    def test_a_retired_channel_names_its_successor(self, small_index):
        answer = run(small_index, "95999", region="CN")
        assert answer.verdict == "retired" and answer.risk == "medium"
        assert "95888" in answer.reasons[-1]["message"]

    def test_as_of_a_past_date_the_retired_channel_was_official(self, small_index):
        answer = check(small_index, CheckRequest(value="95999", region="CN", as_of=dt.date(2025, 1, 1)), today=TODAY)
        assert answer.verdict == "official"
        assert answer.as_of == "2025-01-01"

    def test_as_of_before_its_start_the_successor_was_not_yet_official(self, small_index):
        answer = check(small_index, CheckRequest(value="95888", region="CN", as_of=dt.date(2025, 1, 1)), today=TODAY)
        assert answer.verdict != "official"
        assert "not_yet_valid" in [r["code"] for r in answer.reasons]

    def test_a_confirmed_report_gives_known_scam(self, small_index):
        answer = run(small_index, "0571 0000 1111", region="CN")
        assert answer.verdict == "known_scam" and "#41" in answer.reasons[-1]["message"]

    def test_an_unpublished_low_confidence_number_is_never_official(self, small_index):
        answer = run(small_index, "0571-8888 9999", region="CN")
        assert answer.verdict == "unknown"
        assert "unverified_listing" in [r["code"] for r in answer.reasons]
        claimed = run(small_index, "0571-8888 9999", region="CN", claimed_provider="示例支付客服")
        assert claimed.verdict == "mismatch"

    def test_a_short_code_with_an_area_code_that_a_source_names_as_the_providers_is_unverified_not_a_lookalike(self):
        # 0571-95188 is said (by one blog) to be how Alipay's 95188 is reached from abroad: the registry holds it
        # unpublished, so "a short code has no longer form" would contradict the registry's own row.
        provider = make_provider()
        listed = ChannelDoc(key="from-abroad", kind="phone", value="+8657195888", display="+86 571 95888", published=False,
                            evidence=[evidence("海外用户也能拨打+86 571 95888", confidence="low")])
        with_listing = registry_index.build([make_provider(channels=[*provider.channels, listed])], version=1)
        without_listing = registry_index.build([provider], version=1)
        claimed = {"region": "CN", "claimed_provider": "示例支付"}
        answer = run(with_listing, "0571-95888", **claimed)
        assert answer.verdict == "mismatch"
        assert [r["code"] for r in answer.reasons][-2:] == ["mismatch_not_listed", "unverified_listing"]
        assert run(without_listing, "0571-95888", **claimed).verdict == "lookalike"
        # the listing vouches for its own digits only: another area code before the short code is still a look-alike
        assert run(with_listing, "010-95888", **claimed).verdict == "lookalike"

    def test_stale_evidence_is_flagged_but_still_served(self, small_index):
        later = TODAY + dt.timedelta(days=200)
        answer = check(small_index, CheckRequest(value="95888", region="CN"), today=later)
        assert answer.verdict == "official" and answer.channel["stale"] is True
        assert "stale_evidence" in [r["code"] for r in answer.reasons]

    def test_the_policy_of_a_claimed_provider_is_applied_to_the_message(self, small_index):
        answer = run(small_index, "+86 21 5555 0000", claimed_provider="示例支付", message="请提供短信验证码")
        assert answer.verdict == "contradicts_policy"


class TestProviderResolution:
    @pytest.mark.parametrize(("claim", "slug", "how"), [
        ("小狐狸钱包", "metamask", "exact"),
        ("狐狸钱包", "metamask", "exact"),
        ("MetaMask support", "metamask", "generic_words_removed"),
        ("支付宝客服热线", "alipay", "generic_words_removed"),
        ("the PayPal fraud team called", "paypal", "contained"),
        ("Metamsk", "metamask", "fuzzy"),
        ("Paypa1", "paypal", "confusable"),
        ("Meta Mask客服", "metamask", "generic_words_removed"),
        # names that hold a generic word ("app", "pay", "bank", "wallet") keep it; the words around them go ("contained")
        ("Cash App phone number", "cash-app", "generic_words_removed"), ("Google Pay helpline", "google-pay", "generic_words_removed"),
        ("Bank of China customer service", "bank-of-china", "generic_words_removed"),
        ("the Trust Wallet support", "trust-wallet", "generic_words_removed"),
        # a one-word name written as two: "pay" went as a generic word and "ali" named no one ("Ali pay" was no claim at all)
        ("Ali pay", "alipay", "spaced"), ("ali-pay support", "alipay", "spaced"), ("Ali Pay客服", "alipay", "spaced"),
        ("we chat pay", "wechat-pay", "spaced"), ("Kra ken", "kraken", "spaced"),
    ])
    def test_claims_in_any_script(self, index, claim, slug, how):
        resolved = index.resolve(claim)
        assert (resolved.slug, resolved.how) == (slug, how)

    @pytest.mark.parametrize(("claim", "slug", "region", "matched"), [
        ("PayPal UK", "paypal", "GB", "paypal uk"), ("Coinbase Deutschland", "coinbase", "DE", "coinbase deutschland"),
        ("teléfono de Binance en México", "binance", "MX", "binance en méxico"), ("UK PayPal support", "paypal", "GB", "uk paypal"),
        ("PayPal中国客服电话", "paypal", "CN", "paypal中国"), ("美国PayPal", "paypal", "US", "美国paypal"),
        ("the Cash App USA number", "cash-app", "US", "cash app usa"),
        # the provider the registry names with the country written another way, a separate company: they were Binance,
        # Alipay and Bank of China, and their own site or number "another provider's"
        ("Binance USA", "binance-us", "US", "binance usa"), ("币安美国客服", "binance-us", "US", "币安美国"),
        ("Alipay Hong Kong", "alipayhk", "HK", "alipay hong kong"), ("Bank of China HK", "bochk", "HK", "bank of china hk"),
    ])
    def test_a_name_with_its_country(self, index, claim, slug, region, matched):
        resolved = index.resolve(claim)
        assert (resolved.slug, resolved.how, resolved.region, resolved.matched) == (slug, "country_named", region, matched)

    @pytest.mark.parametrize("claim", [
        # a provider of one country named with another is a company the registry does not know
        "Cash App UK", "GCash USA",
        # two names, a name that is no provider's
        "PayPal or Venmo UK", "Banco do Brasil", "UK support", "USA"])
    def test_a_country_names_no_provider_of_its_own(self, index, claim):
        resolved = index.resolve(claim)
        assert resolved is None or resolved.how == "contained"

    @pytest.mark.parametrize("claim", ["客服", "customer service", "wallet support", "钱包客服热线", "official hotline",
                                       "teléfono de atención al cliente", "número de telefone do suporte", "Kundenservice von",
                                       "カスタマーサポート", "サポートの電話番号", "고객센터 전화번호"])
    def test_generic_words_name_no_provider(self, index, claim):
        assert index.resolve(claim) is None

    def test_two_providers_named_equally_is_no_claim(self, index):
        assert index.resolve("PayPal or Venmo") is None

    @pytest.mark.parametrize("claim", ["Cash", "cash 客服", "Trust support"])
    def test_a_common_word_that_is_also_a_brand_is_nobodys_misspelling(self, index, claim):
        # "Cash" was GCash (one letter off), and the answer gave a Cash App user GCash's channels
        assert index.resolve(claim) is None
        assert index.resolve("GCash").slug == "gcash" and index.resolve("Cash App").slug == "cash-app"


# Look-alikes of names two providers share (alipay.com and alipay.hk), and near-misses with digits.
_SHARED_NAME_LOOKALIKES = ["a.alipayhk5.cc", "hk.alipayc05.cc", "1.ailpay1.cc", "alipay0189hk.com", "paypa1.com",
                           "coinbasse.com", "metarnask.io"]


def test_lookalike_answers_do_not_depend_on_the_process_string_hashing():
    """Every worker must name the same provider: set order changes with PYTHONHASHSEED, answers must not."""
    program = (
        "import json, sys; from bench._common import bundled_index; from registry.check import CheckRequest, check\n"
        "index = bundled_index()\n"
        "print(json.dumps([(check(index, CheckRequest(value=v)).provider or {}).get('slug') for v in sys.argv[1:]]))")
    answers = set()
    for seed in ("0", "1", "2", "3", "4"):
        completed = subprocess.run([sys.executable, "-c", program, *_SHARED_NAME_LOOKALIKES], capture_output=True, text=True,
                                   cwd=Path(__file__).resolve().parents[2], env={**os.environ, "PYTHONHASHSEED": seed},
                                   check=True)
        answers.add(completed.stdout)
    assert len(answers) == 1, answers
    assert None not in json.loads(answers.pop())


def test_plain_ascii_hosts_skip_idna_and_get_its_answer():
    """The fast path for ordinary hosts must give exactly what IDNA gives, or leave the host to IDNA."""
    import idna

    from registry import canonical

    randomness = random.Random(20261122)
    taken = 0
    for _ in range(20_000):
        host = "".join(randomness.choice("abz09-.") for _ in range(randomness.randint(1, 16))).strip(".")
        if not host or not canonical._plain_ascii_host(host):
            continue
        taken += 1
        assert idna.encode(host, uts46=True).decode("ascii") == host
        assert canonical.unicode_host(host) == idna.decode(host) == host
    assert taken > 1000
    assert not canonical._plain_ascii_host("ab--cd.com")  # IDNA refuses '--' in 3rd and 4th place
    assert canonical.unicode_host("xn--80ak6aa92e.com") == "аррӏе.com"
    with pytest.raises(canonical.NotCanonical):
        canonical.canonical_host("ab--cd.com")


@pytest.mark.parametrize("value", ["http://[::1]/login", "https://[2001:db8::1]/", "http://192.168.1.10/paypal", "127.0.0.1"])
def test_addresses_off_the_internet_are_invalid_with_a_reason_that_says_so(bundled_index, value):
    verdict = run(bundled_index, value, kind="url")
    assert verdict.verdict == "invalid"
    assert "an address on a private or reserved network" in verdict.reasons[-1]["message"]


def test_an_internet_address_is_a_site_not_in_the_registry(bundled_index):
    verdict = run(bundled_index, "1.2.3.4", kind="url")
    assert (verdict.verdict, verdict.input["normalized"], verdict.reasons[0]["code"]) == ("unknown", "1.2.3.4", "ip_address_site")


def test_skeletons_of_ascii_names_take_the_byte_table_and_agree_with_the_full_path():
    def full_path(label: str) -> str:  # the general path, for any script
        text = unicodedata.normalize("NFKD", label.lower())
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(normalize._CONFUSABLES)
        return text.replace("rn", "m").replace("vv", "w").replace("i", "l").replace("q", "g")

    randomness = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzABCILOQ0123456789!$-."
    for _ in range(20_000):
        word = "".join(randomness.choice(letters) for _ in range(randomness.randint(1, 14)))
        assert normalize.skeleton(word) == full_path(word)
    assert normalize.skeleton("PAYPA1") == normalize.skeleton("pаypal") == "paypal"  # the second a is Cyrillic


def test_readings_skipped_without_a_parse_are_never_valid_ones():
    """The shortcut may only skip what a parse would drop: every number it rules out, phonenumbers finds
    invalid; every valid example number of every region passes it."""
    import phonenumbers

    def valid(text: str, region: str | None) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
        except phonenumbers.NumberParseException:
            return False

    randomness = random.Random(20261201)
    ruled_out = 0
    for _ in range(20_000):
        digits = "".join(randomness.choice("0123456789") for _ in range(randomness.randint(8, 15)))
        if not normalize._may_be_valid_international(digits):
            ruled_out += 1
            assert not valid("+" + digits, None), digits
        if len(digits) in (10, 11) and not normalize._may_be_valid_north_american(digits):
            assert not valid(digits, "US"), digits
    assert ruled_out > 10_000  # it does rule most random numbers out
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
                     phonenumbers.PhoneNumberType.TOLL_FREE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            assert normalize._may_be_valid_international(e164[1:]), (region, e164)
            if example.country_code == 1:
                assert normalize._may_be_valid_north_american(e164[2:]), (region, e164)
                assert normalize._may_be_valid_north_american(e164[1:]), (region, e164)


def test_region_validity_and_national_format_are_phonenumbers_own():
    """Our compiled rules place, validate and format a number as phonenumbers' region_code_for_number,
    is_valid_number_for_region and format_number(NATIONAL) do, and E.164 is '+', the calling code and the
    national significant number: example numbers of every type of every region and calling code, mutated,
    and random digits."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    examples = []
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            for name in normalize._NUMBER_TYPES:
                desc = getattr(metadata, name, None) if metadata else None
                if desc is not None and desc.example_number:
                    examples.append((code, desc.example_number))
    randomness = random.Random(20261201)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    compared = valid = 0
    for _ in range(30_000):
        if randomness.random() < 0.7:
            code, example = randomness.choice(examples)
            digits = list(example)
            for _ in range(randomness.randint(0, 2)):  # change, add or drop a digit
                at = randomness.randrange(len(digits))
                digits[at:at + randomness.randint(0, 1)] = [randomness.choice("0123456789")] * randomness.randint(0, 1)
            national = "".join(digits)
        else:
            code = randomness.choice(codes)
            national = "".join(randomness.choice("0123456789") for _ in range(randomness.randint(2, 14)))
        try:
            number = phonenumbers.parse(f"+{code}{national}", None)
        except phonenumbers.NumberParseException:
            continue
        region = phonenumbers.region_code_for_number(number)
        expected = (region, phonenumbers.is_valid_number_for_region(number, region))
        significant = phonenumbers.national_significant_number(number)
        assert normalize.region_and_validity(number.country_code, significant) == expected, (code, national)
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == f"+{number.country_code}{significant}"
        assert normalize.national_format(number.country_code, significant) == \
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        compared += 1
        valid += expected[1]
    assert compared > 25_000 and valid > 5_000  # both answers were met often


def test_read_digits_is_phonenumbers_parse_and_is_possible_number():
    """The calling code and national significant number phonenumbers.parse gives, when it parses (and, unless
    told otherwise, the number is possible), else None, for '+digits' without a region and digits with one:
    random digits (international and national prefixes among them) in every region, the region's own
    calling code typed first, and the example numbers of every region written nationally,
    internationally, after 00 and with a national prefix."""
    import re

    import phonenumbers

    # The oracle is read_digits' own way out for other shapes: phonenumbers.parse, is_possible_number and
    # national_significant_number, and nothing else.
    phonenumbers_reading = normalize._read_digits_by_phonenumbers

    randomness = random.Random(20261201)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    cases = []
    for _ in range(20_000):
        digits = "".join(randomness.choice("0123456789") for _ in range(randomness.randint(3, 17)))
        if randomness.random() < 0.3:
            digits = randomness.choice(["00", "011", "0", "1", "86", "852", "0086", "10", "12", "179", "8", "06"]) + digits[:14]
        cases.append(("+" + digits, None) if randomness.random() < 0.5 else
                     (digits, randomness.choice(["CN", "US", "GB", "HK", "SG", "IN", "IT", "CA", "RU", "AR", "MX", "BR"]
                                                + regions)))
    for region in regions:
        # The region's own calling code typed first, where that code's main region is another (CA, GG, AX …).
        own = str(phonenumbers.country_code_for_region(region))
        cases += [(own + "".join(randomness.choice("0123456789") for _ in range(randomness.randint(4, 12))), region)
                  for _ in range(30)]
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for form in (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164):
                digits = "".join(re.findall(r"\d", phonenumbers.format_number(example, form)))
                cases += [(digits, region), ("+" + digits, None), ("00" + digits, region), (digits, "US"),
                          (digits, randomness.choice(regions)), ("0" + digits, region), (digits[:-1], region)]
    possible = parsed = 0
    for text, region in cases:
        expected = phonenumbers_reading(text, region, True)
        assert normalize.read_digits(text, region) == expected, (text, region)
        possible += expected is not None
        expected = phonenumbers_reading(text, region, False)
        assert normalize.read_digits(text, region, possible_only=False) == expected, (text, region)
        parsed += expected is not None
    assert possible > 7_000 and len(cases) - possible > 7_000  # both answers met often
    assert parsed > possible + 3_000  # numbers that parse but are not possible, met often


def test_short_number_validity_is_phonenumbers_own():
    """is_valid_short_number_for_region(parse(digits, region), region), the short codes phonenumbers knows,
    on every region's example short numbers, mutated, and on random short digits."""
    import phonenumbers
    from phonenumbers import shortnumberinfo

    randomness = random.Random(20261201)
    regions = sorted(phonenumbers.SUPPORTED_SHORT_REGIONS)
    cases = []
    for region in regions:
        example = shortnumberinfo._example_short_number(region)
        for _ in range(10):
            digits = list(example or "112")
            at = randomness.randrange(len(digits))
            digits[at:at + randomness.randint(0, 1)] = [randomness.choice("0123456789")] * randomness.randint(0, 1)
            cases.append(("".join(digits), region))
        # after the region's international prefix, another country's code: no short number of this region
        cases += [(example, region), ("001" + example, region), ("0011" + example, region)] if example else []
        cases += [("".join(randomness.choice("0123456789") for _ in range(randomness.randint(3, 6))), region) for _ in range(10)]
    valid = 0
    for digits, region in cases:
        if len(digits) < 3:
            continue
        try:
            expected = shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, region), region)
        except phonenumbers.NumberParseException:
            expected = False
        assert normalize.is_valid_short_number(digits, region) == expected, (digits, region)
        valid += expected
    assert valid > 300 and len(cases) - valid > 1_000


def test_addresses_told_from_numbers_before_the_cache_get_the_cached_answer():
    """The early answer for ASCII addresses must be the one the full test gives."""
    randomness = random.Random(1201)
    letters = "ab.@01 9-+OIl()xyz"
    early = 0
    for _ in range(20_000):
        text = "".join(randomness.choice(letters) for _ in range(randomness.randint(1, 16))).strip()
        if not text:
            continue
        early += bool(normalize._ADDRESS_SHAPE.search(text))
        assert normalize.looks_like_phone(text) == normalize._looks_like_phone.__wrapped__(text), text
    assert early > 5_000
    assert normalize.looks_like_phone("+1 (888) 221-1161") and not normalize.looks_like_phone("paypal.com")


# Why a value could not be read, in a Chinese answer: every reader's sentence a person can meet, by an input
# that gives it (an English sentence none of messages.PROBLEMS_ZH matches would be left in English).
@pytest.mark.parametrize(("value", "chinese"), [
    ("1234567890123456789", "19 位数字，比任何电话号码都长"),
    ("+86 1", "不是有效的国际号码"),
    ("95188abc", "域名至少有两段，用“.”隔开，每段由字母、数字和“-”组成"),
    ("192.168.1.1", "这是内网或保留网段的地址（路由器，或家中、单位里的设备），不是互联网上的网站"),
    ("x@[192.168.1.1]", "“@”后面是内网或保留网段的 IP 地址，互联网上的邮件无法送达"),
    ("x@[mail]", "“@”后面的 [mail] 不是 IP 地址"),
    ("visit paypal.com now", "这是几个词：一次只能核验一个号码、网址或邮箱（整段文字请用扫描功能）"),
    ("ftp://paypal.com", "ftp: 开头的地址不是网页地址"),
    ("http://", "其中没有主机名"),
    ("http://[::1", "不是有效的网址：主机名的写法不对"),
    ("javascript:alert(1)", "javascript: 开头的地址不是网页地址"),
    ("paypal.com:80x", "不是有效的网址：“:”后面不是端口号"),
    ("tel:", "拨号链接里没有号码"),
    ("paypal.notatld", "paypal.notatld 的结尾不是公共域名后缀（.com、.cn、.io……）"),
    ("https://apps.apple.com/app/", "应用商店页面里没有应用编号：请粘贴完整地址（…/id1288339409、…?id=com.example.app）"),
    ("x" * 301, "超过了 300 个字符"),
    ("  ", "内容为空"),
    (("95188abc", "phone"), "号码中夹有字母（会被当作键盘上的数字）"),
    (("12", "phone"), "数字太少，不是电话号码或短号码"),
    (("1234", "phone"), "不是有效的电话号码或已知的短号码"),
    ("xn--zz.com", "不是有效的域名：以“xn--”开头（或第三、四个字符为“--”）的一段必须是国际化域名的编码，这一段不是"),
    ("pay|pal.com", "不是有效的域名：其中有域名不能含有的字符"),
    (("hello", "app"), "不是应用：请写成“商店:编号”（ios:1288339409），或粘贴 App Store、Google Play、Chrome 网上应用店、Firefox 或 Edge 附加组件商店的地址"),
    ("https://addons.mozilla.org/firefox/addon/4711/", "这是按内部编号打开的 Firefox 附加组件页面：请粘贴商店为它显示的地址（…/firefox/addon/名称/）"),
    ("wxp://f2f0AbCdEfGh12345", "这是微信支付收款码：在微信里扫码就会付钱给制作它的人，付出的钱无法追回。任何客服、退款专员或警察都不会让你扫码付款来退款、验证或解冻"),
    ("weixin://wxpay/bizpayurl?pr=AbCd123", "这是微信支付订单码：在微信里扫码就会付钱给生成它的商户，付出的钱无法追回。任何客服、退款专员或警察都不会让你扫码付款来退款、验证或解冻"),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fl.facebook.com%252Fl.php"
     "%253Fu%253Dhttps%25253A%25252F%25252Fl.facebook.com%25252Fl.php%25253Fu%25253Dhttps%2525253A%2525252F%2525252Fevil.com",
     "链接里套着链接，层数太多，无法追踪"),
])
def test_why_a_value_is_not_one_is_said_in_chinese(index, value, chinese):
    value, kind = value if isinstance(value, tuple) else (value, None)
    english = run(index, value, region="CN", kind=kind).reasons[-1]["message"]
    answer = run(index, value, region="CN", kind=kind, lang="zh")
    assert answer.verdict == "invalid"
    if kind is None:
        assert answer.reasons[-1]["message"] == f"“{value.strip()[:100]}” 不是有效的电话号码、域名、邮箱、应用或账号：{chinese}。"
        assert english.startswith(f"“{value.strip()[:100]}” is not a possible phone number, domain, email address, app or account: ")
    else:  # (the kind the request gives is named: invalid_value_of_kind)
        named_en, named_zh = {"phone": ("phone number", "电话号码"), "app": ("app", "应用")}[kind]
        assert answer.reasons[-1]["message"] == \
            f"“{value.strip()[:100]}” 不是有效的{named_zh}（请求中指定的类型）：{chinese}。不指定类型即可按其实际内容识别。"
        assert english.startswith(f"“{value.strip()[:100]}” is not a possible {named_en}, which the request says it is: ")

