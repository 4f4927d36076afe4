"""The scam-script vocabulary (registry/data/signals.yaml): every entry's examples match it, its
counter-examples do not, and warnings that merely mention a request are not requests."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from registry import signals, validation

ENTRIES = signals.vocabulary()


def test_every_entry_is_well_formed_and_finds_its_examples_and_not_its_counter_examples():
    """`registry validate`'s checks: unique codes, known severities, explanations in en and zh, examples."""
    assert [str(problem) for problem in validation.validate_signals_file(signals.SIGNALS_FILE)] == []


@pytest.mark.parametrize(("code", "text"), [(e.code, text) for e in ENTRIES for text in e.examples])
def test_each_example_is_found_where_its_span_says(code, text):
    [signal] = [signal for signal in signals.find(text) if signal.code == code]
    assert text[signal.start:signal.end] == signal.text


@pytest.mark.parametrize("text", [
    "PayPal will never ask you for your password or PIN.",
    "MetaMask will never ask for your Secret Recovery Phrase.",
    "切勿向任何人透露验证码。",
    "警惕所谓“安全账户”，公安机关不会要求转账。",
    "Beware: scammers ask you to install AnyDesk.",
    "Scams ask you to read out the code we sent you; don't.",
    "We won't ask for your 12 words.",
])
def test_warnings_are_not_requests(text):
    assert [s.code for s in signals.find(text) if s.severity in ("high", "critical")] == []


def test_a_request_after_a_warning_sentence_still_counts():
    found = signals.find("We never ask for your password. Now please read me the verification code.")
    assert [s.code for s in found] == ["asks_otp"]


def test_the_ways_to_reach_the_sender_are_medium_signals_of_the_vocabulary():
    # a code renamed in the vocabulary would quietly make a link and a number to call a script again
    severities = {entry.code: entry.severity for entry in ENTRIES}
    assert {code: severities.get(code) for code in signals.WAYS_TO_REACH_THE_SENDER} == \
        dict.fromkeys(signals.WAYS_TO_REACH_THE_SENDER, "medium")


def test_explanations_follow_the_language():
    [signal] = [s for s in signals.find("请提供短信验证码", lang="zh") if s.code == "asks_otp"]
    assert "验证码" in signal.explanation


# -- the literal prefilter: the same answers as running every pattern over the whole text -------------

def _reference_find(text: str) -> list[tuple[str, int, int]]:
    """The vocabulary's meaning, spelled out the slow way: every pattern over the whole folded text."""
    folded = signals.fold(text)
    found = []
    for entry in ENTRIES:
        for pattern in entry.patterns:
            match = next((m for m in pattern.finditer(folded) if not signals._negated(folded, m)), None)
            if match:
                found.append((entry.code, match.start(), match.end()))
                break
    return sorted(found, key=lambda item: item[1])


def _fast_find(text: str) -> list[tuple[str, int, int]]:
    return [(s.code, s.start, s.end) for s in signals.find(text)]


PAGES = sorted((Path(__file__).resolve().parents[1] / "pages").glob("*.*"))


@pytest.mark.parametrize("page", [p for p in PAGES if not p.name.endswith(".yaml")], ids=lambda p: p.name)
def test_prefilter_gives_the_full_scan_answer_on_every_labelled_page(page):
    text = page.read_text(encoding="utf-8")
    assert _fast_find(text) == _reference_find(text)


def test_prefilter_gives_the_full_scan_answer_on_shuffled_fragments():
    """Examples, counter-examples and warnings cut into pieces and glued in random orders: matches that
    straddle pieces, negations just inside or outside their window, repeats after a negated match."""
    pieces = [text for entry in ENTRIES for text in (*entry.examples, *entry.counter_examples)]
    pieces += ["never", "不要", "请勿", " ", "。", "，", ". ", "\n", "your", "code", "account", "冻结", "账户", "拨打 ",
               "95188", "https://", "www.", "call us back at ", "ＯＴＰ", "𝐨𝐭𝐩", "⽀付"]
    fragments = [piece[i:i + 7] for piece in pieces for i in range(0, len(piece), 5)] + pieces
    randomness = random.Random(20261122)
    differing = []
    for _ in range(1500):
        text = "".join(randomness.choice(fragments) for _ in range(randomness.randint(1, 30)))
        if _fast_find(text) != _reference_find(text):
            differing.append(text)
    assert differing == []


def test_every_vocabulary_pattern_has_literals_to_prefilter_on():
    """A pattern without them still works, over the whole page: this keeps the vocabulary on the fast path.
    (Literals at offsets spread too far, after an unbounded repeat, leave a pattern off it too: one such
    pattern made the signals stage of the bench page 0.8 -> 2.9 ms.)"""
    keyed = signals._prefilter(ENTRIES).keyed
    for number, entry in enumerate(ENTRIES):
        for pattern_number, pattern in enumerate(entry.patterns):
            anchors = signals.required_literals(pattern)
            assert anchors and all(a.literal for a in anchors), (entry.code, pattern.pattern)
            assert (number, pattern_number) in keyed, (entry.code, pattern.pattern)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(one[- ]?time (code|pin))\b", {("one time code", 0, 0), ("one-time code", 0, 0), ("onetime code", 0, 0),
                                       ("one time pin", 0, 0), ("one-time pin", 0, 0), ("onetime pin", 0, 0)}),
    (r"告诉我.{0,6}密码", {("告诉我", 0, 0)}),
    (r"(a|bc).{0,3}hello", {("hello", 1, 5)}),
    (r"(账户|账号).{0,8}(冻结|注销)", {("账户", 0, 0), ("账号", 0, 0)}),
    (r"x+yz", {("yz", 1, sys.maxsize)}),  # found, but spread too wide for the prefilter to use
])
def test_required_literals_of_patterns(pattern, expected):
    anchors = signals.required_literals(re.compile(pattern))
    assert {(a.literal, a.min_offset, a.max_offset) for a in anchors} == expected


@pytest.mark.parametrize("pattern", [r"\d{3,}", r".*", r"(?i)otp", r"[a-z]+\d"])
def test_patterns_without_required_literals(pattern):
    assert signals.required_literals(re.compile(pattern)) is None


def test_folding_normalises_compatibility_letters_only_and_keeps_lengths_for_them():
    assert signals.fold("ＯＴＰ 𝐨𝐭𝐩 ⑨ ⽀付宝 Verification") == "otp otp 9 支付宝 verification"
    assert signals.fold("，（）！") == "，（）！"  # punctuation keeps its width: spans stay where they were


def test_folding_is_nfkc_of_each_run_of_compatibility_letters_then_lower_case():
    """Against the definition, character by character: a run of characters whose NFKC form differs and
    holds a letter or digit is normalised as a whole; everything else is only lower-cased. Fails if the
    automaton misses a plane (𝟗 and 🄰 are astral) or normalises a character it should leave (，)."""
    import unicodedata

    def compatibility(character: str) -> bool:
        normal = unicodedata.normalize("NFKC", character)
        return normal != character and any(ch.isalnum() for ch in normal)

    def by_definition(text: str) -> str:
        out, run = [], ""
        for character in text + "\0":
            if compatibility(character):
                run += character
                continue
            out += [unicodedata.normalize("NFKC", run), character]
            run = ""
        return "".join(out)[:-1].lower()

    alphabet = ["a", "Z", "1", " ", "，", "。", "支", "宝", "ｏ", "Ｔ", "１", "𝐨", "𝟗", "⑨", "⽀", "㎏", "🄰", "😀", "\u0301", "ｶ", "ﾞ",
                "ﬁ", "Ⅻ", "İ", "ß", "\u00a0", "\U0002F800", "Å", "e", "\u0308"]
    randomness = random.Random(20261201)
    changed = 0
    for _ in range(20_000):
        text = "".join(randomness.choice(alphabet) for _ in range(randomness.randint(0, 12)))
        assert signals.fold(text) == by_definition(text), text
        changed += signals.fold(text) != text.lower()
    assert changed > 10_000  # most of them had something to normalise
