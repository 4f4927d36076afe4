"""The public check page in Debian's Chromium against the real app under uvicorn: a person fills in the form
as they would after a suspicious call, and reads the answer."""

from __future__ import annotations

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
            page.get_by_label("是对方主动联系我的（来电、短信、私信）").check()
            page.get_by_role("button", name="核验").click()

            verdict = page.locator("section.verdict")
            expect(verdict).to_have_attribute("data-verdict", "contradicts_policy")
            expect(verdict.get_by_role("heading", level=2)).to_contain_text("高风险")
            expect(page.locator("section.red-flags mark")).to_have_text(["钱包被冻结", "助记词"])
            expect(page.locator("section.policies")).to_contain_text("MetaMask only offers customer service")
            # what was typed is still there, in the language chosen
            expect(page.get_by_label("电话号码、网址或邮箱")).to_have_value("400-123-4567")
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
