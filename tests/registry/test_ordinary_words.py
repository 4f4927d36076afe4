"""Dictionary words near a provider's name (registry/data/ordinary-words.txt): finance is not Binance, venom not
Venmo. The file is what scripts/ordinary_words.py writes; the checker tells of them, and judges misspellings."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from registry import aliases
from registry.check import CheckRequest, check
from registry.scan import ScanRequest, scan

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import ordinary_words  # noqa: E402

TODAY = dt.date(2026, 11, 22)


def run(index, value, **fields):
    return check(index, CheckRequest(value=value, **fields), today=TODAY)


def codes(answer) -> list[str]:
    return [reason["code"] for reason in answer.reasons]


def test_the_committed_file_is_what_the_script_writes_from_the_bundled_registry(bundled_index):
    written = ordinary_words.render(ordinary_words.ordinary_words(bundled_index, ordinary_words.dictionary_words()))
    assert ordinary_words.OUTPUT.read_text(encoding="utf-8") == written, \
        "run python scripts/ordinary_words.py and commit registry/data/ordinary-words.txt"


def test_no_provider_name_is_listed_as_an_ordinary_word(bundled_index):
    names = ordinary_words.provider_names(bundled_index)
    assert names and not [name for name in names if aliases.is_ordinary_word(name)]


class TestCheck:
    @pytest.mark.parametrize(("domain", "provider", "official"), [
        ("finance.com", "binance", "binance.com"), ("venom.com", "venmo", "venmo.com"),
        ("apply.com", "apple-pay", "apple.com"), ("skill.com", "skrill", "skrill.com"),
        ("tremor.com", "trezor", "trezor.io"), ("https://www.papal.com/tips", "paypal", "paypal.com"),
        # a provider's domain whose name is an everyday word, with another ending, and its plural
        ("token.com", "imtoken", "token.im"), ("tokens.com", "imtoken", "token.im"), ("cash.com", "cash-app", "cash.app"),
    ])
    def test_an_ordinary_word_one_letter_from_a_name_is_told_not_judged(self, bundled_index, domain, provider, official):
        answer = run(bundled_index, domain)
        assert (answer.verdict, answer.risk) == ("unknown", "unknown")
        [told] = [reason for reason in answer.reasons if reason["code"] == "near_ordinary_word"]
        assert official in told["message"] and "ordinary English word" in told["message"]
        assert "unknown_value" in codes(answer)  # still "not in our registry, which does not mean safe"

    def test_it_is_told_in_chinese(self, bundled_index):
        answer = run(bundled_index, "finance.com", lang="zh")
        [told] = [reason for reason in answer.reasons if reason["code"] == "near_ordinary_word"]
        assert "普通英文单词" in told["message"] and "binance.com" in told["message"]

    @pytest.mark.parametrize("domain", ["revolution.com", "acknowledger.com", "revolution-news.com", "phantomatic.net",
                                        "token-sale.io",
                                        # glued to another word: "revolut" was found inside "revolutionnews"
                                        "revolutionnews.com", "dailyrevolutionary.org"])
    def test_an_ordinary_word_holding_a_name_is_no_lookalike(self, bundled_index, domain):
        answer = run(bundled_index, domain)
        assert answer.verdict == "unknown"
        assert not [code for code in codes(answer) if code.startswith("lookalike") or code == "near_ordinary_word"]

    @pytest.mark.parametrize(("domain", "code"), [
        ("binnance.com", "lookalike_edit_distance"),  # a misspelling, in no dictionary
        ("ledgers.com", "lookalike_edit_distance"),  # a name with a suffix stays one, dictionary or not
        ("revolute.com", "lookalike_edit_distance"),
        ("finance-binance.com", "lookalike_brand_in_domain"),  # an ordinary word beside the name itself
        ("revolut-news.com", "lookalike_brand_in_domain"),
        ("binance.finance.com", "lookalike_brand_in_domain"),
        ("tokem.im", "lookalike_edit_distance"),  # a misspelt everyday-word name is a misspelling all the same
        ("t0ken.io", "lookalike_confusable"),
        ("imtoken-support.com", "lookalike_brand_in_domain"),
        ("kraken.io", "lookalike_other_ending"),  # the provider's own name, not an everyday word
    ])
    def test_misspellings_and_names_beside_ordinary_words_stay_lookalikes(self, bundled_index, domain, code):
        answer = run(bundled_index, domain)
        assert answer.verdict == "lookalike" and code in codes(answer)

    def test_claimed_as_the_provider_it_is_near_it_is_a_mismatch(self, bundled_index):
        answer = run(bundled_index, "finance.com", claimed_provider="Binance")
        assert (answer.verdict, answer.risk) == ("mismatch", "high")
        assert "binance.com" in [channel["value"] for channel in answer.official_channels]

    def test_a_mailbox_named_with_an_ordinary_word_is_not_named_after_the_provider(self, bundled_index):
        assert run(bundled_index, "revolution.news@gmail.com").verdict == "unknown"
        assert run(bundled_index, "revolut.help@gmail.com").verdict == "lookalike"


class TestScan:
    def test_ordinary_words_are_not_mentions_misspellings_are(self, bundled_index):
        text = "Personal finance tips: the venom of snakes, a skill, a tremor, papal news. Metamsk and Binnance support."
        result = scan(bundled_index, ScanRequest(text=text), today=TODAY)
        assert [(m["slug"], m["text"]) for m in result.mentions] == [("metamask", "Metamsk"), ("binance", "Binnance")]

    def test_a_number_beside_an_ordinary_word_is_presented_as_no_one(self, bundled_index):
        result = scan(bundled_index, ScanRequest(text="Personal finance hotline: 400-820-1234", region="CN"), today=TODAY)
        [finding] = result.findings
        assert finding["presented_as"] is None and finding["verdict"] == "unknown"
