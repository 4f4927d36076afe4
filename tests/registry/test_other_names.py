"""Other organisations' names that hold a provider's (registry/data/other-names.txt): 中国银行业协会 is the China
Banking Association, not Bank of China, as a caller's claim and as a page's words."""

from __future__ import annotations

import datetime as dt

import pytest

from registry import aliases
from registry.check import CheckRequest, check
from registry.scan import ScanRequest, scan

TODAY = dt.date(2026, 11, 22)


def entries() -> list[list[str]]:
    lines = aliases.OTHER_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_each_line_is_a_name_the_provider_whose_name_it_holds_and_what_it_is(bundled_index):
    assert entries() and all(len(fields) == 3 and all(field.strip() for field in fields) for fields in entries())
    assert {slug for _, slug, _ in entries()} <= bundled_index.providers.keys()


@pytest.mark.parametrize(("name", "slug"), [(name, slug) for name, slug, _ in entries()])
def test_each_holds_its_providers_name_and_is_none_of_its_own(bundled_index, name, slug):
    # The name holds one of the provider's names, which a claim or a page's words would be taken for ("中国银行业协会" holds
    # 中国银行, "PayPay銀行" PayPay, glued to its 銀行): the line is needed.
    folded = aliases.fold(name)
    assert folded not in bundled_index.alias_to_slug
    assert any(alias in folded for alias, owner in bundled_index.alias_to_slug.items() if owner == slug)
    assert bundled_index.resolve(name) is None


@pytest.mark.parametrize("claim", ["中国银行业协会", "我是中国银行业协会的工作人员", "中國銀行業協會", "Postal Savings Bank of China support"])
def test_a_caller_claiming_another_organisation_is_not_taken_for_the_provider(bundled_index, claim):
    # 95566 is Bank of China's: the answer was "official", as if the caller had said Bank of China
    answer = check(bundled_index, CheckRequest(value="95566", region="CN", claimed_provider=claim), today=TODAY)
    assert answer.claimed_provider is None and answer.reasons[0]["code"] == "claimed_provider_unknown"


@pytest.mark.parametrize("claim", ["中国银行", "中国银行客服", "Bank of China fraud team", "中国银行北京分行"])
def test_the_providers_own_name_still_names_it(bundled_index, claim):
    assert bundled_index.resolve(claim).slug == "bank-of-china"


@pytest.mark.parametrize(("text", "name"), [
    ("中国银行业协会提醒：中国银行客服电话95566，谨防诈骗。", "中国银行客服"),
    ("The Postal Savings Bank of China hotline is 95580; Bank of China's is 95566.", "Bank of China's"),
])
def test_a_pages_words_naming_another_organisation_are_no_mention(bundled_index, text, name):
    # the provider's own name after another's is still one: only the other organisation's goes
    result = scan(bundled_index, ScanRequest(text=text, region="CN"), today=TODAY)
    assert [(m["slug"], m["start"]) for m in result.mentions] == [("bank-of-china", text.index(name))]


@pytest.mark.parametrize("claim", ["抖音支付", "抖音钱包客服", "抖音支付官方客服"])
def test_douyins_payment_service_keeps_its_own_numbers_and_a_claim_of_it_is_not_judged_against_douyins(bundled_index, claim):
    # Douyin's wallet and payment lines are not 95152 and are not in the registry: a number given as theirs was
    # a mismatch with Douyin ("high risk, hang up"), the real ones too. 95777 stands for any such number.
    answer = check(bundled_index, CheckRequest(value="95777", region="CN", claimed_provider=claim), today=TODAY)
    assert (answer.verdict, answer.claimed_provider) == ("unknown", None)
    assert bundled_index.resolve("抖音客服").slug == "douyin"


@pytest.mark.parametrize("claim", ["PayPay銀行", "PayPay Bank", "PayPayカードのカスタマーセンター"])
def test_paypays_bank_and_card_company_are_not_paypay(bundled_index, claim):
    # separate companies with their own numbers: a number given as theirs was judged against PayPay's, "not PayPay's"
    answer = check(bundled_index, CheckRequest(value="0570-0570-00", region="JP", claimed_provider=claim), today=TODAY)
    assert answer.claimed_provider is None and answer.verdict == "unknown"
    page = scan(bundled_index, ScanRequest(text=f"{claim} お問い合わせ：0570-0570-00", region="JP"), today=TODAY)
    assert [(f["verdict"], f["presented_as"]) for f in page.findings] == [("unknown", None)]
