"""The public check page in Debian's Chromium against the real app under uvicorn: a person fills in the form
as they would after a suspicious call, and reads the answer."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from tests.browser.server import (
    CHROMIUM,
    CHROMIUM_ARGS,
    playwright_or_skip,
    problems_on,
    running_app,
)

sync_api = playwright_or_skip("the check page was")


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    home = tmp_path_factory.mktemp("check-page")
    with running_app(home, {"VC_DATABASE_URL": f"sqlite:///{home / 'service.db'}"}) as base:
        yield base


def test_a_person_checks_a_caller_and_reads_whom_to_call_instead(service):
    expect = sync_api.expect
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844}).new_page()  # a phone
            problems = problems_on(page)
            page.goto(f"{service}/")
            expect(page.get_by_role("heading", level=1)).to_have_text("这个号码、网站或来电的人，真的是他所说的机构吗？")
            expect(page.get_by_label("你所在的国家或地区（可不填）")).to_have_value("CN")  # from the browser's language

            page.get_by_label("电话号码、网址或邮箱").fill("400-123-4567")
            page.get_by_label("对方自称是哪家机构？（可不填）").fill("小狐狸钱包")
            page.get_by_label("对方说了什么、发了什么？（可不填）").fill("您的钱包被冻结，请提供助记词解冻")
            page.get_by_label("你是怎么得到它的？（可不填）").select_option("call")
            page.get_by_role("button", name="核验").click()

            verdict = page.locator("section.verdict")
            expect(verdict).to_have_attribute("data-verdict", "contradicts_policy")
            expect(verdict.get_by_role("heading", level=2)).to_contain_text("高风险")
            expect(page.locator("section.red-flags mark")).to_have_text(["钱包被冻结", "助记词"])
            expect(page.locator("section.policies")).to_contain_text("MetaMask only offers customer service")
            # what was typed is still there, in the language chosen
            expect(page.get_by_label("电话号码、网址或邮箱")).to_have_value("400-123-4567")
            expect(page.get_by_label("你是怎么得到它的？（可不填）")).to_have_value("call")
            expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")

            # and reports it, saying where it was seen
            page.get_by_label("在哪里看到的？（网址，可不填）").fill("tieba.baidu.com/p/123")
            page.get_by_role("button", name="举报").click()
            expect(page.get_by_role("status")).to_contain_text("谢谢：举报 #")
            expect(page.locator("section.report-it")).to_have_count(0)
            expect(page.locator("section.verdict ul.reasons")).to_contain_text("小狐狸钱包")  # the answer still in Chinese
            assert problems == []
        finally:
            browser.close()


def test_a_person_on_a_phone_pastes_a_text_message_and_reads_each_link_and_number(service):
    # No extension on a phone: the question is the whole text message, pasted without typing a value out of it.
    expect = sync_api.expect
    sms = "【PayPal】您的账户已冻结，请致电 400-820-1234 或点击 t.cn/A6abcdEF 验证，并提供短信验证码。"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844}).new_page()
            problems = problems_on(page)
            page.goto(f"{service}/")
            page.get_by_label("对方说了什么、发了什么？（可不填）").fill(sms)
            page.get_by_role("button", name="核验").click()

            listed = page.locator("section.in-message li")
            expect(listed).to_have_count(2)
            expect(listed.nth(0)).to_have_attribute("data-verdict", "mismatch")
            expect(listed.nth(0)).to_contain_text("400-820-1234 高风险 · 不是贝宝已登记的渠道")
            expect(listed.nth(1)).to_contain_text("t.cn/A6abcdEF 高风险 · 不是贝宝已登记的渠道。这是微博的跳转链接")
            expect(page.locator("section.red-flags mark").last).to_have_text("验证码")
            expect(page.locator("section.official")).to_contain_text("1-888-221-1161")
            # nothing wider than the phone's screen
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
            # each value opens its own answer, to read it whole and report it
            listed.nth(0).get_by_role("link").click()
            expect(page.locator("section.verdict")).to_have_attribute("data-verdict", "mismatch")
            expect(page.locator("section.report-it")).to_have_count(1)
            assert "账户已冻结" not in unquote(page.url)  # the message is never put in an address
            assert problems == []
        finally:
            browser.close()
