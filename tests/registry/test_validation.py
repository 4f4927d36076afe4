"""`registry validate`: every kind of broken file is reported with its file and line, never a traceback."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from registry import signals, validation

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


GOOD_LINKS = textwrap.dedent(
    """\
    user_pages:
    - provider: cash-app
      hosts: [cash.app]
      pattern: /(?P<account>\\$[^/?#]+)
      reason: user_page
      source_url: https://cash.app/help/ie/en-ie/3123-cashtags
      source_kind: official_page
      excerpt: Choosing a $Cashtag automatically creates a shareable URL (https://cash.app/$yourcashtag)
      examples:
      - 'https://cash.app/$CashAppSupport'
      counter_examples:
      - 'https://cash.app/help'
    wallet_links:
    - provider: trust-wallet
      hosts: [link.trustwallet.com]
      pattern: /open_url\\?(?:.*&)?url=(?P<target>[^&#]+)
      source_kind: official_docs
      source_url: https://developer.trustwallet.com/developer/develop-for-trust/deeplinking
      excerpt: https://link.trustwallet.com/open_url?coin_id=60&url=https://compound.finance
      examples:
        'https://link.trustwallet.com/open_url?coin_id=60&url=https://compound.finance': compound.finance
    redirects:
    - service: Google
      hosts: [google.com]
      pattern: /url\\?
      parameters: [q, url]
      source_url: https://webmasters.stackexchange.com/questions/116854/what-causes-redirect-notice-in-google-search
      source_kind: secondary
      excerpt: This instructs Google to redirect to the URL specified in the q URL parameter.
      examples:
        'https://www.google.com/url?q=https://paypa1-support.com/login': paypa1-support.com
    public_pages:
    - service: Google Sites
      hosts: [sites.google.com]
      pattern: /view/(?P<page>[^/?#]+)
      source_url: https://sites.google.com/view/tutorial-gsites-adaka2005/diseño/publicación-y-compartir
      source_kind: secondary
      excerpt: Permite asignar la dirección web que queramos.
      examples:
      - 'https://sites.google.com/view/coinbase-help'
      counter_examples:
      - 'https://sites.google.com/new'
    remote_sessions:
    - service: Zoom
      reason: meeting_invite
      hosts: [zoom.us]
      pattern: /j/(?P<page>\\d{9,11})/?(?:[?#]|$)
      source_url: https://www.github.com/leits/MeetingBar/discussions/661
      source_kind: secondary
      excerpt: The zoom links my company always gives start with https://zoom.us/j/ and ends with 11 digits.
      examples:
      - 'https://zoom.us/j/94436254844'
      counter_examples:
      - 'https://zoom.us/'
    wallet_schemes:
    - provider: trust-wallet
      scheme: trust
      same_as: https://link.trustwallet.com/
      source_url: https://developer.trustwallet.com/developer/develop-for-trust/deeplinking
      source_kind: official_docs
      excerpt: All deeplink routes can be used with either `https://link.trustwallet.com` or `trust://`.
      examples:
        'trust://open_url?url=https://compound.finance': 'https://link.trustwallet.com/open_url?url=https://compound.finance'
    wallet_scheme_links:
    - provider: imtoken
      scheme: imtokenv2
      pattern: navigate/DappView\\?(?:[^#]*&)?url=(?P<target>[^&#]+)
      source_url: https://github.com/consenlabs/dapp-url-generator/blob/81281f0110a8e8dc1dced0e5720778778332b0c1/components/preview.tsx
      source_kind: official_docs
      excerpt: '<Link className="deeplink" block href={`imtokenv2://navigate/DappView?url=${url}`}>'
      examples:
        'imtokenv2://navigate/DappView?url=https%3A%2F%2Fapp.uniswap.org': app.uniswap.org
      counter_examples:
      - 'imtokenv2://navigate/AssetsTab'
    chat_scheme_routes:
    - service: Telegram
      scheme: tg
      pattern: resolve\\?(?:[^#]*&)?domain=(?P<username>[A-Za-z0-9_]{1,64})(?=[&#]|$)
      web: https://t.me/{username}
      source_url: https://core.telegram.org/api/links
      source_kind: official_docs
      excerpt: 't.me syntax: t.me/<username> tg: syntax: tg://resolve?domain=<username>'
      examples:
        'tg://resolve?domain=okx_kefu': 'https://t.me/okx_kefu'
      counter_examples:
      - 'tg://msg_url?url=https://t.me/durov'
    free_mail:
    - service: Gmail
      domains: [gmail.com, googlemail.com]
      source_url: http://www.trustedreviews.com/news/GMail-Returns-to-UK-As-Google-Settles-Patent-Dispute
      source_kind: secondary
      excerpt: anybody who signs up for a new account in the UK will get an @gmail.com address.
    - service: QQ Mail
      domains: [qq.com, foxmail.com]
      source_url: http://numtime.com/zs/159413.html
      source_kind: secondary
      excerpt: 'QQ邮箱的基本格式为:QQ号码 + @qq.com。'
    social_handles:
    - platform: wechat
      service: WeChat
      names: [wechat, 微信, vx]
      handle: '[A-Za-z][-_A-Za-z0-9]{5,19}'
      source_url: https://www.oryoy.com/news/jie-mi-wei-xin-hao-de-mi-mi-qing-song-zhang-wo-zheng-ze-biao-da-shi-xiao-yan-ji-qiao-a13448596.html
      source_kind: secondary
      excerpt: 微信账号仅支持6-20个字符,包括字母、数字、下划线或减号,且必须以字母开头。
      examples:
        '微信：binance-kefu888': binance-kefu888
        '微信：ab': null
      counter_examples: ['微信支付']
    - platform: qq
      service: QQ
      names: [qq]
      handle: '[1-9][0-9]{4,10}'
      source_url: https://oryoy.com/news/jie-mi-qq-hao-zheng-ze-biao-da-shi-qing-song-shi-bie-he-yan-zheng-ni-de-qq-zhang-hao.html
      source_kind: secondary
      excerpt: QQ号是5到11位数字。
      examples:
        'QQ：800012345': '800012345'
    """
)
LINKS_PROVIDERS = {"cash-app", "trust-wallet", "imtoken"}


def assert_reported_at_its_line(tmp_path: Path, name: str, problems_of, text: str, at: str, message: str, *, changed: bool) -> None:
    """The data file `name`, broken into `text`, has the problem `message` at the line that holds `at`."""
    assert changed  # the good file held what the case replaces
    expected = f"{tmp_path / name}:{line_of(text, at)}: {message}"
    problems = problems_of(tmp_path, text)
    assert any(problem.startswith(expected) for problem in problems), problems


def link_problems(tmp_path: Path, text: str) -> list[str]:
    return [str(problem) for problem in validation.validate_links_file(write(tmp_path, "links.yaml", text), provider_slugs=LINKS_PROVIDERS)]


class TestLinksFile:
    def test_a_good_file_has_no_problem(self, tmp_path):
        assert link_problems(tmp_path, GOOD_LINKS) == []

    @pytest.mark.parametrize(
        ("old", "new", "at", "message"),
        [
            ("- 'https://cash.app/$CashAppSupport'", "- 'https://cash.app/CashAppSupport'", "cash.app/CashAppSupport",
             "user_pages cash-app: example 'https://cash.app/CashAppSupport' is read as no user_page; "
             "the entry says a user_page (reason user_page, provider cash-app)"),
            ("compound.finance': compound.finance", "compound.finance': evil.net", "': evil.net",
             "wallet_links trust-wallet: example 'https://link.trustwallet.com/open_url?coin_id=60&url=https://compound.finance' "
             "is read as a wallet_link (provider trust-wallet, opens compound.finance); the entry says a wallet_link "
             "(provider trust-wallet, opens evil.net)"),
            ("- 'https://cash.app/help'", "- 'https://cash.app/$help'", "cash.app/$help",
             "user_pages cash-app: counter-example 'https://cash.app/$help' is read as a user_page (reason user_page, provider cash-app)"),
            ("  excerpt: https://link.trustwallet.com/open_url?coin_id=60&url=https://compound.finance\n", "", "- provider: trust-wallet",
             "wallet_links trust-wallet: source_url, source_kind and excerpt go together: all three or none"),
            ("- provider: cash-app", "- provider: cash-ap", "- provider: cash-ap",
             "user_pages cash-ap: provider 'cash-ap' is not a provider of the registry"),
            # a user page read on every site (a help center's community posts) has no provider of its own: the site's is
            ("  hosts: [cash.app]\n", "  hosts: ['*']\n", "hosts: ['*']",
             "user_pages cash-app: only a user page is read on every site ('*'), with no provider: the site's is"),
            ("  hosts: [google.com]\n", "  hosts: ['*']\n", "hosts: ['*']",
             "redirects Google: only a user page is read on every site ('*'), with no provider: the site's is"),
            ("pattern: /url\\?", "pattern: /url(", "- service: Google", "redirects Google: the pattern is not a regular expression"),
            ("  hosts: [google.com]\n", "", "- service: Google", "redirects Google: required key 'hosts' is missing"),
            ("  hosts: [google.com]\n", "  hosts: google.com\n", "hosts: google.com", "redirects Google: 'g' is not a host name"),
            ("pattern: /url\\?", "pattern: /url\\?q=(?P<target>.+)", "pattern: /url",
             "redirects Google: what the link carries is the pattern's group 'target' or the query's parameters: one of them"),
            ("  source_kind: secondary\n", "  source_kind: blog\n", "source_kind: blog",
             "redirects Google: source_kind 'blog' is not one of official_page, official_docs, secondary"),
            ("'https://link.trustwallet.com/open_url?url=https://compound.finance'", "'https://link.trustwallet.com/open_url?url=https://x.com'",
             "'trust://open_url", "wallet_schemes trust-wallet: example 'trust://open_url?url=https://compound.finance' is read as "
             "'https://link.trustwallet.com/open_url?url=https://compound.finance'; the entry says 'https://link.trustwallet.com/open_url?url=https://x.com'"),
            ("same_as: https://link.trustwallet.com/", "same_as: https://trustwallet.com/", "same_as: https://trustwallet.com/",
             "wallet_schemes trust-wallet: trustwallet.com is not a host of the wallet links, whose routes the scheme's are"),
            ("- service: Google\n", "- service: Google\n  service_zh: [谷歌]\n", "service_zh:",
             "redirects Google: service_zh is a redirect's or a remote session's service name in Chinese, as text"),
            ("- provider: cash-app\n", "- provider: cash-app\n  service_zh: 现金\n", "service_zh:",
             "user_pages cash-app: service_zh is a redirect's or a remote session's service name in Chinese, as text"),
            ("- 'https://sites.google.com/view/coinbase-help'", "- 'https://sites.google.com/new'", "sites.google.com/new",
             "public_pages Google Sites: example 'https://sites.google.com/new' is read as no public_page; "
             "the entry says a public_page (service Google Sites, reason public_page)"),
            ("- service: Google Sites", "- provider: google", "- provider: google",
             "public_pages google: a public_page entry names its service (and no provider)"),
            ("pattern: /view/(?P<page>[^/?#]+)", "reason: redirect\n  pattern: /view/(?P<page>[^/?#]+)", "reason: redirect",
             "public_pages Google Sites: a public page's reason is one of public_page, group_invite, business_chat_link"),
            ("- service: Zoom\n", "- service: Zoom\n  brand_accounts: true\n", "brand_accounts: true",
             "remote_sessions Zoom: only a public page (reason public_page) is an account's that brands open"),
            ("- service: Zoom\n", "- service: Zoom\n  shared_with_invites: true\n", "shared_with_invites: true",
             "remote_sessions Zoom: only a chat link's shape is shared with group invites"),
            ("- service: Zoom\n", "- service: Zoom\n  target_as_written: true\n", "target_as_written: true",
             "remote_sessions Zoom: only a wallet link's app takes its site as written"),
            ("reason: meeting_invite", "reason: group_invite", "reason: group_invite",
             "remote_sessions Zoom: a remote session's reason is one of remote_access_app, meeting_invite"),
            ("- 'https://zoom.us/j/94436254844'", "- 'https://zoom.us/s/94436254844'", "zoom.us/s/",
             "remote_sessions Zoom: example 'https://zoom.us/s/94436254844' is read as no remote_session; "
             "the entry says a remote_session (service Zoom, reason meeting_invite, service_zh None)"),
            ("- service: Zoom", "- provider: zoom", "- provider: zoom",
             "remote_sessions zoom: a remote_session entry names its service (and no provider)"),
            ("domains: [qq.com, foxmail.com]", "domains: [mail.qq.com, foxmail.com]", "domains: [mail.qq.com",
             "free_mail QQ Mail: 'mail.qq.com' is not a registrable domain as addresses are read (lower case, no subdomain)"),
            ("domains: [qq.com, foxmail.com]", "domains: [qq.com, googlemail.com]", "domains: [qq.com, googlemail",
             "free_mail QQ Mail: googlemail.com is also a domain of Gmail"),
            ("  domains: [gmail.com, googlemail.com]\n", "", "- service: Gmail", "free_mail Gmail: required key 'domains' is missing"),
            ("  excerpt: 'QQ邮箱的基本格式为:QQ号码 + @qq.com。'", "  excerpt: ''", "- service: QQ Mail",
             "free_mail QQ Mail: a free mail service needs its source: source_url and an excerpt"),
            ("  source_kind: secondary\n  excerpt: 'QQ", "  source_kind: forum\n  excerpt: 'QQ", "source_kind: forum",
             "free_mail QQ Mail: source_kind 'forum' is not one of official_page, official_docs, secondary"),
            ("'微信：binance-kefu888': binance-kefu888", "'微信：binance-kefu888': binance", "'微信：binance-kefu888'",
             "social_handles WeChat: example '微信：binance-kefu888' is read as 'binance-kefu888'; the entry says 'binance'"),
            ("counter_examples: ['微信支付']", "counter_examples: ['微信 binance-kefu888']", "counter_examples: ['微信 b",
             "social_handles WeChat: counter-example '微信 binance-kefu888' is read as an account"),
            ("  names: [qq]\n", "  names: [qq, vx]\n", "names: [qq, vx]", "social_handles QQ: 'vx' is also a name of wechat"),
            ("  names: [qq]\n", "  names: [qq]\n  typed_only: [扣扣]\n", "typed_only: [扣扣]",
             "social_handles QQ: '扣扣' is not one of the platform's names"),
            ("  excerpt: QQ号是5到11位数字。\n", "  excerpt: ''\n", "- platform: qq",
             "social_handles QQ: a platform's handles need their source: source_url and an excerpt"),
            ("  handle: '[1-9][0-9]{4,10}'\n", "  handle: '[1-9][0-9'\n", "- platform: qq",
             "social_handles QQ: the pattern is not a regular expression"),
            ("/open_url\\?(?:.*&)?url=(?P<target>[^&#]+)", "/open_url\\?(?:.*&)?url=([^&#]+)", "/open_url\\?(?:.*&)?url=([",
             "wallet_links trust-wallet: a wallet link's pattern has a group 'target', the site it opens"),
            ("pattern: /view/(?P<page>[^/?#]+)", "pattern: <<sites_page>>", "pattern: <<sites_page>>",
             "public_pages Google Sites: the pattern's piece <<sites_page>> is not one of pattern_pieces"),
            ("app.uniswap.org': app.uniswap.org", "app.uniswap.org': evil.net", "': evil.net",
             "wallet_scheme_links imtoken: example 'imtokenv2://navigate/DappView?url=https%3A%2F%2Fapp.uniswap.org' is read as "
             "opening 'app.uniswap.org'; the entry says 'evil.net'"),
            ("- 'imtokenv2://navigate/AssetsTab'", "- 'imtokenv2://navigate/DappView?url=https://x.com'", "DappView?url=https://x.com",
             "wallet_scheme_links imtoken: counter-example 'imtokenv2://navigate/DappView?url=https://x.com' is read as a link "
             "that opens a site"),
            ("url=(?P<target>[^&#]+)\n  source_url: https://github.com/consenlabs", "url=([^&#]+)\n  source_url: https://github.com/consenlabs",
             "url=([^&#]+)",
             "wallet_scheme_links imtoken: the pattern has a group `target`: the site the link opens"),
            ("  source_kind: official_docs\n  excerpt: '<Link", "  source_kind: official_page  # a page\n  excerpt: '<Link",
             "official_page  # a page",
             "wallet_scheme_links imtoken: a wallet's scheme is read through only where its maker documents it (official_docs)"),
            ("- provider: imtoken", "- provider: imtokn", "- provider: imtokn",
             "wallet_scheme_links imtokn: provider 'imtokn' is not a provider of the registry"),
            ("'https://t.me/okx_kefu'", "'https://t.me/okx'", "'https://t.me/okx'",
             "chat_scheme_routes Telegram: example 'tg://resolve?domain=okx_kefu' is read as 'https://t.me/okx_kefu'; the entry "
             "says 'https://t.me/okx'"),
            ("- 'tg://msg_url?url=https://t.me/durov'", "- 'tg:resolve?domain=durov'", "- 'tg:resolve?domain=durov'",
             "chat_scheme_routes Telegram: counter-example 'tg:resolve?domain=durov' is read as 'https://t.me/durov'"),
            ("web: https://t.me/{username}", "web: https://t.me/{name}", "web: https://t.me/{name}",
             "chat_scheme_routes Telegram: web is an https:// link with each of the pattern's named groups in braces, and no other"),
            ("source_kind: official_docs\n  excerpt: 't.me syntax", "source_kind: secondary  # a blog\n  excerpt: 't.me syntax",
             "secondary  # a blog",
             "chat_scheme_routes Telegram: a messaging app's scheme is read only where its maker documents it (official_docs)"),
        ],
        ids=["example-not-its-shape", "example-opens-another-host", "counter-example-read", "missing-excerpt", "unknown-provider",
             "provider-on-every-site", "redirect-on-every-site",
             "pattern-not-a-regex", "missing-hosts", "hosts-not-a-list", "carried-twice", "unknown-source-kind", "scheme-example",
             "scheme-not-a-wallet-link-host", "service-zh-not-text", "service-zh-not-a-redirect", "public-page-example",
             "public-page-provider", "public-page-reason", "remote-session-brand-accounts", "remote-session-shared-with-invites",
             "remote-session-target-as-written",
             "remote-session-reason", "remote-session-example",
             "remote-session-provider", "free-mail-not-registrable", "free-mail-listed-twice", "free-mail-missing-domains",
             "free-mail-missing-excerpt", "free-mail-unknown-source-kind", "handle-example", "handle-counter-example",
             "handle-name-twice", "handle-typed-only-not-a-name", "handle-missing-excerpt", "handle-not-a-regex",
             "wallet-link-no-target", "unknown-pattern-piece", "scheme-link-example", "scheme-link-counter-example", "scheme-link-no-target", "scheme-link-secondary",
             "scheme-link-provider", "route-example", "route-counter-example", "route-web-not-its-groups", "route-secondary"],
    )
    def test_each_problem_names_its_entry_at_its_line(self, tmp_path, old, new, at, message):
        assert_reported_at_its_line(tmp_path, "links.yaml", link_problems, GOOD_LINKS.replace(old, new, 1), at, message,
                                    changed=old in GOOD_LINKS)

    def test_a_piece_of_pattern_is_written_once_and_put_where_an_entry_names_it(self, tmp_path):
        text = GOOD_LINKS.replace("pattern: /view/(?P<page>[^/?#]+)", "pattern: <<sites_view>>(?P<page>[^/?#]+)", 1)
        assert link_problems(tmp_path, "pattern_pieces:\n  sites_view: /view/\n" + text) == []
        problems = link_problems(tmp_path, "pattern_pieces: [/view/]\n" + text)
        assert any(problem.endswith("pattern_pieces: pattern_pieces maps each piece's name to its text") for problem in problems)

    def test_a_file_that_does_not_parse_or_is_not_there_is_a_problem_not_a_traceback(self, tmp_path):
        [unparsed] = link_problems(tmp_path, "user_pages: [\n")
        assert unparsed.startswith(f"{tmp_path / 'links.yaml'}:") and "not valid YAML" in unparsed
        assert link_problems(tmp_path, "- a list\n") == [f"{tmp_path / 'links.yaml'}:1: a links file is a mapping of tables (user_pages, wallet_links, ...)"]
        missing = validation.validate_links_file(tmp_path / "elsewhere.yaml", provider_slugs=LINKS_PROVIDERS)
        assert [problem.message for problem in missing] == ["cannot read the file: No such file or directory"]


GOOD_SIGNALS = textwrap.dedent(
    """\
    - code: asks_otp
      severity: high
      policy: never_asks_otp
      patterns:
      - (验证码|校验码)
      - \\b(otp|verification code)\\b
      title:
        en: asks for a verification code
        zh: 索要验证码
      explanation:
        en: Asks for a verification code.
        zh: 索要验证码。
      examples: [请提供短信验证码, please read me the verification code]
      counter_examples: [your package is on its way]
    - code: asks_password
      severity: high
      patterns:
      - (支付密码|登录密码)
      title: {en: asks for a password, zh: 索要密码}
      explanation:
        en: Asks for a password.
        zh: 索要密码。
      examples: [请告诉我您的支付密码]
    """
)


HEADING = textwrap.dedent(
    """\
    - heading: warns_of_the_list_below
      patterns:
      - 以下[^。，,]{0,12}(是|为)(诈骗|骗局)
      - \\bcommon scams\\b
      examples: [以下情况都是诈骗：, Common scams]
      counter_examples: [请按以下步骤操作：]
    """
)


def signal_problems(tmp_path: Path, text: str) -> list[str]:
    return [str(problem) for problem in validation.validate_signals_file(write(tmp_path, "signals.yaml", text))]


class TestSignalsFile:
    def test_a_good_file_has_no_problem(self, tmp_path):
        assert signal_problems(tmp_path, GOOD_SIGNALS) == []

    @pytest.mark.parametrize(
        ("old", "new", "at", "message"),
        [
            ("[请提供短信验证码, ", "[请提供短信, ", "examples: [请提供短信,", "signal asks_otp: example '请提供短信' is not found by any of the patterns"),
            ("[your package is on its way]", "[send me the OTP]", "[send me the OTP]", "signal asks_otp: counter-example 'send me the OTP' is found (as 'OTP')"),
            ("policy: never_asks_otp", "policy: never_asks_pin", "- code: asks_otp", "signal asks_otp: a value of the wrong shape ('never_asks_pin' is not"),
            ("  - (支付密码|登录密码)\n", "  - (支付密码|登录密码\n", "- code: asks_password", "signal asks_password: the pattern is not a regular expression"),
            ("  patterns:\n  - (支付密码|登录密码)\n", "", "- code: asks_password", "signal asks_password: required key 'patterns' is missing"),
            ("code: asks_password", "code: asks_otp  # twice", "# twice", "signal asks_otp: code 'asks_otp' is also entry 1's"),
            ("    zh: 索要验证码。\n", "", "explanation:", "signal asks_otp: explanation is given in en and zh"),
            ("    zh: 索要验证码\n", "", "title:", "signal asks_otp: title is given in en and zh"),
            ("  title: {en: asks for a password, zh: 索要密码}\n", "", "- code: asks_password", "signal asks_password: required key 'title' is missing"),
            ("{en: asks for a password, zh: 索要密码}", "{en: asks for a password, zh: [索要密码]}", "title: {en",
             "signal asks_password: title is given in en and zh"),
            ("severity: high", "severity: urgent", "severity: urgent", "signal asks_otp: severity 'urgent' is not one of low, medium, high, critical"),
            ("  examples: [请告诉我您的支付密码]\n", "", "- code: asks_password", "signal asks_password: no examples"),
            # the signals read 密碼 as 密码: a pattern written in Traditional characters would never match
            ("  - (支付密码|登录密码)\n", "  - (支付密码|登录密碼)\n", "- (支付密码|登录密碼)",
             "signal asks_password: pattern '(支付密码|登录密碼)' holds 碼, which the signals read as 码: write those"),
            # no word every match has near its start: it would be tried at every character of every page
            ("  - (支付密码|登录密码)\n", "  - (支付密码|登录密码|\\d{6})\n", "- (支付密码|登录密码|\\d{6})",
             "signal asks_password: pattern '(支付密码|登录密码|\\\\d{6})' holds no words every match has near its start"),
            # the patterns read ASCII word characters: "\bđừng" never matches after a space (Vietnamese "Đừng chia sẻ mã OTP",
            # "don't share the OTP", was a request for it)
            ("  - (支付密码|登录密码)\n", "  - (支付密码|登录密码)|\\bđừng nói\n", "- (支付密码|登录密码)|\\bđừng nói",
             "signal asks_password: pattern '(支付密码|登录密码)|\\\\bđừng nói' has \\b before đ, which never matches after a space"),
        ],
        ids=["example-not-found", "counter-example-found", "unknown-policy", "pattern-not-a-regex", "missing-patterns", "duplicate-code",
             "explanation-without-zh", "title-without-zh", "missing-title", "title-not-text", "unknown-severity", "no-examples",
             "traditional-in-pattern", "nothing-for-the-prefilter", "boundary-before-a-letter-outside-ascii"],
    )
    def test_each_problem_names_its_entry_at_its_line(self, tmp_path, old, new, at, message):
        assert_reported_at_its_line(tmp_path, "signals.yaml", signal_problems, GOOD_SIGNALS.replace(old, new, 1), at, message,
                                    changed=old in GOOD_SIGNALS)

    @pytest.mark.parametrize(
        ("old", "new", "at", "message"),
        [
            ("[以下情况都是诈骗：, ", "[请按以下步骤操作：, ", "examples: [请按以下步骤操作：,",
             "heading warns_of_the_list_below: example '请按以下步骤操作：' is not read as a heading that warns of its list"),
            ("[请按以下步骤操作：]", "[以下都是骗局：]", "counter_examples: [以下都是骗局：]",
             "heading warns_of_the_list_below: counter-example '以下都是骗局：' is read as a heading that warns of its list"),
            ("  - 以下[^。，,]{0,12}(是|为)(诈骗|骗局)\n", "  - 以下[^。，,]{0,12}(是|为)(詐騙|骗局\n", "- heading:",
             "heading warns_of_the_list_below: the pattern is not a regular expression"),
            ("  - 以下[^。，,]{0,12}(是|为)(诈骗|骗局)\n", "  - 以下[^。，,]{0,12}(是|为)(詐騙|骗局)\n", "(詐騙|骗局)",
             "heading warns_of_the_list_below: pattern '以下[^。，,]{0,12}(是|为)(詐騙|骗局)' holds 詐騙, which the signals read as 诈骗"),
            ("  examples: [以下情况都是诈骗：, Common scams]\n", "", "- heading:", "heading warns_of_the_list_below: no examples"),
        ],
        ids=["example-not-read", "counter-example-read", "pattern-not-a-regex", "traditional-in-pattern", "no-examples"],
    )
    def test_a_headings_problems_name_it_at_its_line(self, tmp_path, old, new, at, message):
        assert_reported_at_its_line(tmp_path, "signals.yaml", signal_problems, (GOOD_SIGNALS + HEADING).replace(old, new, 1), at,
                                    message, changed=old in GOOD_SIGNALS + HEADING)

    def test_a_good_heading_entry_has_no_problem_and_is_no_signal(self, tmp_path):
        assert signal_problems(tmp_path, GOOD_SIGNALS + HEADING) == []
        path = write(tmp_path, "signals.yaml", GOOD_SIGNALS + HEADING)
        assert [entry.code for entry in signals.vocabulary(path)] == ["asks_otp", "asks_password"]
        assert [heading.name for heading in signals.list_headings(path)] == ["warns_of_the_list_below"]

    def test_a_file_that_is_not_a_list_is_a_problem_not_a_traceback(self, tmp_path):
        assert signal_problems(tmp_path, "code: asks_otp\n") == [
            f"{tmp_path / 'signals.yaml'}:1: a signals file is a list of entries (code, severity, patterns, title, explanation, ...)"]
