"""The scam-script vocabulary (registry/data/signals.yaml): every entry's examples match it, its
counter-examples do not, and warnings that merely mention a request are not requests."""

from __future__ import annotations

import pytest

from registry import signals

ENTRIES = signals.vocabulary()


def test_every_entry_is_well_formed():
    codes = [entry.code for entry in ENTRIES]
    assert len(codes) == len(set(codes))
    for entry in ENTRIES:
        assert entry.severity in signals.SEVERITY_RANK
        assert entry.examples, f"{entry.code} has no examples"
        assert {"en", "zh"} <= set(entry.explanation)


@pytest.mark.parametrize(("code", "text"), [(e.code, text) for e in ENTRIES for text in e.examples])
def test_each_example_is_recognised(code, text):
    found = signals.find(text)
    assert code in [signal.code for signal in found]
    signal = next(s for s in found if s.code == code)
    assert text[signal.start:signal.end] == signal.text


@pytest.mark.parametrize(("code", "text"), [(e.code, text) for e in ENTRIES for text in e.counter_examples])
def test_each_counter_example_is_not(code, text):
    assert code not in [signal.code for signal in signals.find(text)]


@pytest.mark.parametrize("text", [
    "PayPal will never ask you for your password or PIN.",
    "MetaMask will never ask for your Secret Recovery Phrase.",
    "切勿向任何人透露验证码。",
    "警惕所谓“安全账户”，公安机关不会要求转账。",
    "Beware: scammers ask you to install AnyDesk.",
])
def test_warnings_are_not_requests(text):
    assert [s.code for s in signals.find(text) if s.severity in ("high", "critical")] == []


def test_a_request_after_a_warning_sentence_still_counts():
    found = signals.find("We never ask for your password. Now please read me the verification code.")
    assert [s.code for s in found] == ["asks_otp"]


def test_explanations_follow_the_language():
    [signal] = [s for s in signals.find("请提供短信验证码", lang="zh") if s.code == "asks_otp"]
    assert "验证码" in signal.explanation
