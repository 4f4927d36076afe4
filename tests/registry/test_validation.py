"""`registry validate`: every kind of broken file is reported with its file and line, never a traceback."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from registry import validation

TODAY = dt.date(2026, 11, 22)

GOOD = textwrap.dedent(
    """\
    slug: alipay
    kind: payment
    names:
      en: Alipay
      zh-Hans: 支付宝
    aliases: [支付宝, Alipay, 阿里支付]
    jurisdictions: [CN]
    notes: null
    channels:
    - key: phone-95188
      kind: short_code
      value: CN:95188
      display: '95188'
      regions: [CN]
      purposes: [customer_service]
      direction: unknown
      hours: null
      timezone: null
      cost: unknown
      languages: [zh]
      valid_from: null
      valid_until: null
      successor: null
      published: true
      notes: null
      evidence:
      - source_url: http://tsxnews.com.cn/2024falv/baiye/yqyh/516600.html
        source_kind: secondary
        retrieved_at: '2026-11-22'
        excerpt: 支付宝官方 是“95188”。任何其他号码均有可能是诈骗
        content_sha256: null
        captured_by: research-leads:cn-alipay-95188
        confidence: medium
    policies:
    - code: never_asks_otp
      statement: Alipay never asks for your SMS code.
      channels: []
      published: true
      notes: null
      evidence:
      - source_url: https://example.org/alipay-security
        source_kind: official_page
        retrieved_at: '2026-11-22'
        excerpt: 支付宝不会向您索要短信验证码
        content_sha256: null
        captured_by: test
        confidence: high
    """
)


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the text")


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_for(tmp_path: Path, text: str, name: str = "alipay.yaml") -> list[str]:
    write(tmp_path, name, text)
    _, problems = validation.validate_directory(tmp_path, today=TODAY)
    return [str(problem) for problem in problems]


class TestBundledData:
    def test_the_bundled_data_has_no_problem(self, bundled_data_dir):
        providers, problems = validation.validate_directory(bundled_data_dir)
        assert [str(p) for p in problems] == []
        assert len(providers) >= 40

    def test_a_good_file_has_no_problem(self, tmp_path):
        assert problems_for(tmp_path, GOOD) == []


class TestBrokenFiles:
    @pytest.mark.parametrize(
        ("old", "new", "at", "message"),
        [
            ("code: never_asks_otp", "code: never_asks_pin", "code: never_asks_pin", "policies.0.code: Input should be"),
            ("excerpt: 支付宝官方 是“95188”。", "excerpt: 支付宝官方 是“95189”。", "excerpt: 支付宝官方", "the excerpt does not contain the value CN:95188"),
            ("aliases: [支付宝, Alipay, 阿里支付]", "aliases: [支付宝, 客服, 阿里支付]", "aliases:", "alias '客服' is a generic word"),
            ("value: CN:95188", "value: '95188'", "value: '95188'", "a short code is written REGION:DIGITS"),
            ("kind: short_code", "kind: phone", "value: CN:95188", "E.164"),
            ("confidence: medium", "confidence: low", "published: true", "published with only 'low' evidence"),
            ("hours: null", "hours: null\n  opening: 9-5", "opening: 9-5", "unknown key"),
            ("retrieved_at: '2026-11-22'\n    excerpt: 支付宝官方", "retrieved_at: '2027-01-01'\n    excerpt: 支付宝官方", "retrieved_at: '2027-01-01'", "in the future"),
            ("retrieved_at: '2026-11-22'\n    excerpt: 支付宝官方", "retrieved_at: '2026-13-45'\n    excerpt: 支付宝官方", "retrieved_at: '2026-13-45'", "valid date"),
            ("retrieved_at: '2026-11-22'\n    excerpt: 支付宝官方", "retrieved_at: 0\n    excerpt: 支付宝官方", "retrieved_at: 0", "YYYY-MM-DD"),
            ("successor: null", "successor: phone-95017", "successor: phone-95017", "not a channel of this provider"),
            ("valid_until: null", "valid_until: '2020-01-01'\n  valid_from_x: 1", "valid_from_x", "unknown key"),
            ("source_kind: secondary", "source_kind: secondary\n    confidence_x: 1", "confidence_x", "unknown key"),
            ("slug: alipay", "slug: Alipay!", "slug: Alipay!", "String should match pattern"),
            ("names:\n  en: Alipay\n", "names:\n  fr: Alipay\n", "names:", "names needs an 'en' entry"),
            ("source_url: http://tsxnews", "source_url: tsxnews", "source_url: tsxnews", "source_url"),
            ("source_url: http://tsxnews.com.cn/2024falv/baiye/yqyh/516600.html", 'source_url: "http://tsxnews.com.cn/\\x1c516600.html"',
             "source_url: \"http", "source_url"),
            ("  evidence:\n  - source_url: http://tsxnews.com.cn/2024falv/baiye/yqyh/516600.html\n    source_kind: secondary\n    retrieved_at: '2026-11-22'\n    excerpt: 支付宝官方 是“95188”。任何其他号码均有可能是诈骗\n    content_sha256: null\n    captured_by: research-leads:cn-alipay-95188\n    confidence: medium\n",
             "  evidence: []\n", "- key: phone-95188", "at least one evidence row"),
        ],
        ids=["unknown-policy-code", "excerpt-without-value", "generic-alias", "short-code-form", "phone-not-e164",
             "low-published", "unknown-channel-key", "future-retrieval", "impossible-date", "retrieval-as-a-number", "missing-successor",
             "unknown-key-after-date", "unknown-evidence-key", "bad-slug", "names-without-en", "source-not-a-url",
             "source-with-a-control-character", "no-evidence"],
    )
    def test_each_problem_is_reported_at_its_line(self, tmp_path, old, new, at, message):
        assert old in GOOD
        text = GOOD.replace(old, new, 1)
        problems = problems_for(tmp_path, text)
        expected_prefix = f"{tmp_path / 'alipay.yaml'}:{line_of(text, at)}: "
        assert any(p.startswith(expected_prefix) and message in p for p in problems), problems

    def test_malformed_yaml_is_a_problem_with_its_line(self, tmp_path):
        text = GOOD.replace("  regions: [CN]", "  regions: [CN", 1)
        problems = problems_for(tmp_path, text)
        assert len(problems) == 1
        assert problems[0].startswith(f"{tmp_path / 'alipay.yaml'}:")
        assert "not valid YAML" in problems[0]

    def test_a_duplicate_key_is_a_problem_not_a_silent_overwrite(self, tmp_path):
        text = GOOD.replace("  display: '95188'", "  display: '95188'\n  display: '95189'", 1)
        problems = problems_for(tmp_path, text)
        assert problems == [f"{tmp_path / 'alipay.yaml'}:{line_of(text, chr(39) + '95189')}: key 'display' appears twice in the same block"]

    def test_a_file_that_is_not_a_mapping(self, tmp_path):
        assert problems_for(tmp_path, "- just\n- a list\n") == [f"{tmp_path / 'alipay.yaml'}:1: a provider file is a mapping with slug, kind, names, ..."]

    def test_binary_garbage_is_a_problem(self, tmp_path):
        (tmp_path / "alipay.yaml").write_bytes(b"\xff\xfe\x00garbage")
        _, problems = validation.validate_directory(tmp_path, today=TODAY)
        assert [p.message for p in problems] == [problems[0].message] and "not UTF-8" in problems[0].message

    def test_slug_must_match_the_file_name(self, tmp_path):
        problems = problems_for(tmp_path, GOOD, name="alipay-cn.yaml")
        assert problems == [f"{tmp_path / 'alipay-cn.yaml'}:1: slug 'alipay' differs from the file name 'alipay-cn.yaml'"]

    def test_duplicate_slug_across_files(self, tmp_path):
        write(tmp_path, "alipay.yaml", GOOD)
        write(tmp_path, "alipay2.yaml", GOOD.replace("aliases: [支付宝, Alipay, 阿里支付]", "aliases: []"))
        _, problems = validation.validate_directory(tmp_path, today=TODAY)
        messages = [str(p) for p in problems]
        assert f"{tmp_path / 'alipay2.yaml'}:1: slug 'alipay' is also used by alipay.yaml" in messages

    def test_an_alias_shared_by_two_providers_is_reported_in_both_files(self, tmp_path):
        write(tmp_path, "alipay.yaml", GOOD)
        other = GOOD.replace("slug: alipay", "slug: alipay-hk").replace("aliases: [支付宝, Alipay, 阿里支付]", "aliases: [ALIPAY]")
        write(tmp_path, "alipay-hk.yaml", other)
        _, problems = validation.validate_directory(tmp_path, today=TODAY)
        messages = [str(p) for p in problems]
        assert f"{tmp_path / 'alipay-hk.yaml'}:6: alias 'ALIPAY' is also an alias of alipay" in messages
        assert f"{tmp_path / 'alipay.yaml'}:6: alias 'Alipay' is also an alias of alipay-hk" in messages

    def test_contact_only_via_must_name_real_channels(self, tmp_path):
        text = GOOD.replace("code: never_asks_otp", "code: contact_only_via").replace("  channels: []", "  channels: [web-chat]")
        problems = problems_for(tmp_path, text)
        assert f"{tmp_path / 'alipay.yaml'}:{line_of(text, '[web-chat]')}: channel 'web-chat' is not a channel of this provider" in problems

    def test_every_problem_of_a_file_is_reported_in_one_run(self, tmp_path):
        text = GOOD.replace("value: CN:95188", "value: CN:95x88").replace("aliases: [支付宝, Alipay, 阿里支付]", "aliases: [支付宝, hotline]")
        problems = problems_for(tmp_path, text)
        assert len(problems) == 2, problems
