"""The browser extension (extension/) loaded into Debian's Chromium, scanning a page through the real app under
uvicorn: what it sends, what it marks where, what its panel and badge say, and what it says when the service
cannot be reached."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import re
import threading
import urllib.request
from pathlib import Path

import pytest

from tests.browser.server import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    free_port,
    playwright_or_skip,
    running_app,
)
from tests.browser.test_visible_text import lines_shown
from tests.registry.test_scan import SHOWN_AS_A_BROWSER_SHOWS

sync_api = playwright_or_skip("the browser extension was")

EXTENSION = REPO / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
PAGE = "wallet_support_seo.html"
LABELLED_PAGES = REPO / "tests" / "pages"  # the scan's labelled pages (tests/registry/test_pages.py)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    home = tmp_path_factory.mktemp("extension")
    # As README's first command runs it: a new SQLite database, the bundled registry loaded on the first start.
    with running_app(home, {"VC_DATABASE_URL": f"sqlite:///{home / 'service.db'}"}) as base:
        yield base


@contextlib.contextmanager
def served(directory: Path, host: str = "127.0.0.1"):
    """A folder served over HTTP as a site would serve it (the extension is not let into file:// pages). The
    extension may enter 127.0.0.1 and localhost (its host permissions), not another loopback address."""
    server = http.server.ThreadingHTTPServer((host, 0), functools.partial(_QuietHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def pages():
    with served(PAGES) as address:
        yield address


@pytest.fixture(scope="module")
def labelled_pages():
    with served(LABELLED_PAGES) as address:
        yield address


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def chromium_with_extension(playwright, profile: Path, language: str):
    """Chromium with the extension loaded, in this browser language, and the extension's service worker (where
    the toolbar button's handler, scanTab, runs)."""
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), locale=language,
        # Extensions run only in the new headless mode; --lang picks the extension's messages (_locales/).
        headless=True, args=[*CHROMIUM_ARGS, "--headless=new", f"--lang={language}",
                             f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"])
    try:
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        yield context, worker
    finally:
        context.close()


@pytest.fixture(scope="module")
def playwright():
    with sync_api.sync_playwright() as started:  # one per process at a time: every test here shares it
        yield started


@pytest.fixture(scope="module")
def browser(playwright, tmp_path_factory):
    with chromium_with_extension(playwright, tmp_path_factory.mktemp("profile"), "en-US") as launched:
        yield launched


def scan(worker, page_url: str, server: str) -> dict:
    """What clicking the toolbar button does on the tab showing page_url, with the extension set to this server."""
    return worker.evaluate("""async ([pageUrl, server]) => {
        await chrome.storage.sync.set({server});
        const [tab] = await chrome.tabs.query({url: pageUrl});
        const shown = await scanTab(tab.id);
        return {shown, badge: await chrome.action.getBadgeText({tabId: tab.id}),
                title: await chrome.action.getTitle({tabId: tab.id})};
    }""", [page_url, server])


def collected(worker, page_url: str) -> dict:
    """The scan's body the extension builds from the tab showing page_url (its collect()), unsent."""
    return json.loads(worker.evaluate("""async (pageUrl) => {
        const [tab] = await chrome.tabs.query({url: pageUrl});
        await chrome.scripting.executeScript({target: {tabId: tab.id}, files: ["content.js"]});
        const [read] = await chrome.scripting.executeScript({target: {tabId: tab.id}, func: () => verifiedContacts.collect()});
        return read.result.body;
    }""", page_url))


def scanned_by(server: str, body: dict) -> dict:
    request = urllib.request.Request(f"{server}/v1/scan", headers={"content-type": "application/json"},
                                     data=json.dumps(body).encode())
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def opened(context, page_url: str):
    page = context.new_page()
    page.goto(page_url)
    return page


def marks(page) -> list[dict]:
    """Each finding marked on the page: its verdict and the text its marks hold, joined across elements."""
    return page.evaluate("""() => {
        const byFinding = new Map();
        for (const mark of document.querySelectorAll("mark.verified-contacts-mark")) {
            const found = byFinding.get(mark.dataset.vcFinding) || {verdict: mark.dataset.vcVerdict, value: mark.dataset.vcValue,
                                                                     text: "", pieces: 0, title: mark.title};
            found.text += mark.textContent;
            found.pieces += 1;
            byFinding.set(mark.dataset.vcFinding, found);
        }
        return [...byFinding.values()];
    }""")


def panel_text(page) -> str:
    return page.evaluate("() => document.getElementById('verified-contacts-panel')?.shadowRoot.querySelector('section').innerText ?? ''")


def test_the_extension_marks_each_finding_where_the_reader_sees_it(service, pages, browser):
    context, worker = browser
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page_url = f"{pages}/{PAGE}"
    page.goto(page_url)
    before = page.evaluate("() => document.body.innerHTML")

    answer = scan(worker, page_url, service)

    found = {mark["text"]: mark for mark in marks(page)}
    # A number split over two inline elements is one finding, marked in both: MetaMask has no phone support.
    assert found["400-123-4567"]["verdict"] == "contradicts_policy"
    assert found["400-123-4567"]["pieces"] == 2
    assert "MetaMask" in found["400-123-4567"]["title"]
    assert found["95188"]["verdict"] == "official"
    # After an emoji (two UTF-16 units, one code point for the service) the mark still holds the number exactly.
    assert found["1-888-221-1161"]["verdict"] == "official"
    # The link's text shows PayPal's address; the link opens another site.
    assert found["https://www.paypal.com/signin"]["verdict"] == "lookalike"
    assert "paypal-account-verify.top" in found["https://www.paypal.com/signin"]["title"]
    # A line break between 110 and the mobile number keeps them two numbers.
    assert found["110"]["verdict"] == "official"
    # The PayPal line two lines above does not present it: the police's line between ends PayPal's (it was a
    # "not PayPal's" mismatch, high risk).
    assert found["13812345678"]["verdict"] == "unknown"
    # Hidden text, scripts and two table cells side by side give nothing to mark.
    assert not [text for text in found if any(hidden in text.replace("-", "") for hidden in
                                             ("4009998888", "4007776666", "4000000000", "4008852391", "852391"))]

    shown = answer["shown"]
    # High risk, counted once per number or address: MetaMask's "number", the link's text and where it goes.
    assert (shown["high"], shown["medium"], shown["official"], shown["unknown"]) == (3, 0, 3, 1)
    assert shown["marks"] == sum(mark["pieces"] for mark in found.values()) == 7
    assert answer["badge"] == "3"
    assert answer["title"] == shown["summary"] == "3 high risk, 0 medium risk, 3 official, 1 not in the registry."
    text = panel_text(page)
    assert "This page lists 1 number(s) as MetaMask support; MetaMask has no phone support." in text
    assert text.count("https://support.metamask.io") == 1  # where to go instead, once under MetaMask's advisories
    assert "1 link(s) whose text shows one address or number while the link opens or dials another" in text
    assert "Not in the registry never means safe" in text
    assert errors == []

    # A second click starts from the page as it was: the same marks, none doubled, the text put back whole.
    again = scan(worker, page_url, service)
    assert again["shown"]["marks"] == shown["marks"]
    assert len(page.locator("mark.verified-contacts-mark").all()) == shown["marks"]
    # Clearing puts the page back as it came, text nodes and all.
    worker.evaluate("""async (pageUrl) => {
        const [tab] = await chrome.tabs.query({url: pageUrl});
        await chrome.scripting.executeScript({target: {tabId: tab.id}, func: () => verifiedContacts.clear()});
    }""", page_url)
    assert page.evaluate("() => document.body.innerHTML") == before
    page.close()


def test_a_message_in_a_frame_is_scanned_marked_there_and_counted_on_the_page(service, pages, browser):
    # A web mail shows the message in a frame: a click found nothing, and the badge said 0, on a fake PayPal
    # "customer service" number with a request for the SMS code.
    context, worker = browser
    page_url = f"{pages}/webmail_inbox.html"
    page = opened(context, page_url)
    with served(PAGES, host="127.0.0.2") as elsewhere:
        page.evaluate("""(address) => new Promise((loaded) => {
            const frame = document.getElementById("elsewhere");
            frame.onload = loaded;
            frame.src = address;
        })""", f"{elsewhere}/{PAGE}")
        message = page.frame_locator("#message").locator("body")
        sync_api.expect(message).to_contain_text("400-820-1234")

        answer = scan(worker, page_url, service)

        frames = {frame.url.rsplit("/", 1)[-1]: frame for frame in page.frames}
        # marked inside the message's own frame, with the verdict for a number presented as PayPal's
        assert [(mark["text"], mark["verdict"]) for mark in marks(frames["webmail_message.html"])] == [("400-820-1234", "mismatch")]
        assert "PayPal" in marks(frames["webmail_message.html"])[0]["title"]
        # the other site's frame is left as it is: the extension may not enter it, and the scan goes on without it
        assert marks(frames[PAGE]) == []
        assert frames[PAGE].evaluate("() => typeof globalThis.verifiedContacts") == "undefined"
    # one panel, on the page, with the frame's advisories and count; the badge counts the frame's number
    assert answer["badge"] == "1" and answer["shown"]["high"] == 1 and answer["shown"]["marks"] == 0
    assert answer["shown"]["summary"] == "1 high risk, 0 medium risk, 0 official, 0 not in the registry."
    text = panel_text(page)
    assert "This page presents 1 number(s), address(es) or account(s) as PayPal's that are not PayPal's." in text
    assert "asks for a verification code" in text
    assert "400-820-1234" in text and "1-888-221-1161" in text  # the risky number listed, and where to call instead
    assert frames["webmail_message.html"].evaluate("() => document.getElementById('verified-contacts-panel')") is None
    # the message's frame was scanned beside the page; the empty one sent nothing
    assert answer["shown"]["frames"] == 1
    page.close()


def test_the_panel_shows_a_risky_finding_where_it_is_on_the_page(service, pages, browser):
    context, worker = browser
    page_url = f"{pages}/long_page.html"
    page = opened(context, page_url)
    scan(worker, page_url, service)
    mark = page.locator("mark.verified-contacts-mark")
    sync_api.expect(mark).to_have_text("+1 (707) 381-4213")
    in_view = "(mark) => { const box = mark.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; }"
    assert not mark.evaluate(in_view)  # 3,000 pixels down the thread
    page.locator("#verified-contacts-panel").locator("button.show").click()  # (Playwright's locators pierce the shadow root)
    page.wait_for_function(f"() => ({in_view})(document.querySelector('mark.verified-contacts-mark'))")
    page.close()


def test_an_unreachable_service_says_that_nothing_was_checked(pages, browser):
    context, worker = browser
    page_url = f"{pages}/{PAGE}"
    page = opened(context, page_url)
    closed = f"http://127.0.0.1:{free_port()}"

    answer = scan(worker, page_url, closed)

    assert answer["shown"]["error"] == "unreachable"
    assert answer["badge"] == "!"
    text = panel_text(page)
    assert f"Could not reach the checking service at {closed}" in text
    assert "Nothing on this page was checked" in text
    assert marks(page) == []
    page.close()


def test_a_reader_whose_browser_speaks_chinese_is_answered_in_chinese(service, pages, playwright, tmp_path):
    with chromium_with_extension(playwright, tmp_path / "profile", "zh-CN") as (context, worker):
        page_url = f"{pages}/{PAGE}"
        page = opened(context, page_url)

        answer = scan(worker, page_url, service)

        assert answer["badge"] == "3"
        assert answer["shown"]["summary"] == "高风险 3 个，中风险 0 个，官方 3 个，未收录 1 个。"
        text = panel_text(page)
        assert "本页把 1 个号码说成是MetaMask 小狐狸钱包的客服电话；MetaMask 小狐狸钱包没有电话客服。" in text
        assert "未收录绝不代表安全" in text
        found = {mark["text"]: mark for mark in marks(page)}
        assert found["95188"]["verdict"] == "official" and "支付宝" in found["95188"]["title"]


def test_the_options_page_keeps_a_service_address_and_refuses_what_is_not_one(browser):
    context, worker = browser
    extension_id = worker.url.split("/")[2]
    worker.evaluate("() => chrome.storage.sync.clear()")  # as installed: the other tests here set a server
    page = context.new_page()
    page.goto(f"chrome-extension://{extension_id}/options.html")
    expect = sync_api.expect
    field = page.get_by_label("Checking service")
    expect(field).to_have_value("http://127.0.0.1:8000")

    field.fill("ftp://127.0.0.1:9000")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Give an address starting with http:// or https://.")

    field.fill("http://127.0.0.1:9000/")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Saved.")
    assert worker.evaluate("async () => (await chrome.storage.sync.get('server')).server") == "http://127.0.0.1:9000"
    page.close()


def test_a_page_with_only_numbers_not_in_the_registry_is_not_shown_as_safe(service, pages, browser):
    context, worker = browser
    page_url = f"{pages}/unknown_number.html"
    page = opened(context, page_url)

    answer = scan(worker, page_url, service)

    # read as a US number from <html lang="en-US">, sent beside the text
    assert [(mark["text"], mark["verdict"]) for mark in marks(page)] == [("(415) 555-2671", "unknown")]
    assert answer["badge"] == "?" and answer["shown"]["unknown"] == 1
    assert "Not in the registry never means safe" in panel_text(page)
    page.close()


def test_text_in_a_font_of_size_zero_is_not_read_and_a_zero_sized_containers_children_are(service, pages, browser):
    context, worker = browser
    page_url = f"{pages}/zero_font.html"
    page = opened(context, page_url)

    scan(worker, page_url, service)

    # the digit hidden in a font of size zero broke the number ("4005-886-7123": nothing found); a row sized zero to close
    # the gaps between its cells gives each its own size, and they show
    assert [(mark["text"], mark["verdict"]) for mark in marks(page)] == [("400-886-7123", "mismatch"), ("95188", "official")]
    page.close()


def test_salt_in_a_transparent_colour_or_opacity_zero_is_not_read_and_a_logos_transparent_name_is(service, pages, browser):
    context, worker = browser
    page_url = f"{pages}/see_through.html"
    page = opened(context, page_url)
    body = collected(worker, page_url)

    # the digit in a transparent colour broke the number ("40058867123": nothing found); a logo's name written transparent
    # over its image, and a heading whose gradient shows through its letters, are what a person sees
    assert "400-886-7123" in body["text"] and "4008201688" in body["text"]
    assert "Alipay 支付宝客服：95188" in body["text"]
    scan(worker, page_url, service)
    assert [(mark["text"], mark["verdict"]) for mark in marks(page)] == [
        ("400-886-7123", "mismatch"), ("4008201688", "mismatch"), ("95188", "official")]
    page.close()


def test_what_an_object_shows_in_place_of_its_resource_is_read_as_the_service_reads_it(service, pages, browser):
    context, worker = browser
    page_url = f"{pages}/fallback_content.html"
    page = opened(context, page_url)
    body = collected(worker, page_url)

    # an <object> with no resource shows its content: the extension skipped every <object>; one with a resource shows that
    # instead, and a <datalist>'s options are no text: both sides read the page alike
    assert "+1 707 381 4213" in body["text"] and "808" not in body["text"] and "95188" in body["text"]
    answer = scanned_by(service, {"html": (PAGES / "fallback_content.html").read_text(), "url": page_url})
    assert [f["value"] for f in answer["findings"] if f["kind"] in ("phone", "short_code")] == [
        "+17073814213", "+18882211161", "CN:95188"]
    page.close()


def test_the_extension_reads_each_way_to_salt_or_break_a_number_as_a_browser_shows_it(browser, tmp_path):
    """The cases the service's HTML reader is held to against Chromium (tests/browser/test_visible_text.py), each in a
    paragraph of one page: the extension, reading the live page, reads what a browser shows of each too."""
    context, worker = browser
    cases = "".join(f"<div>case{number}: {html}</div>" for number, (html, _) in enumerate(SHOWN_AS_A_BROWSER_SHOWS))
    (tmp_path / "salted.html").write_text(f"<!doctype html><html><head><meta charset=utf-8></head><body>{cases}</body></html>")
    with served(tmp_path) as address:
        page = opened(context, f"{address}/salted.html")
        text = lines_shown(collected(worker, f"{address}/salted.html")["text"])
        page.close()
    read = dict(re.findall(r"case(\d+): ?(.*?)\n?(?=case\d+:|$)", text, re.DOTALL))
    assert {int(number): shown.strip() for number, shown in read.items()} == {
        number: shown for number, (_, shown) in enumerate(SHOWN_AS_A_BROWSER_SHOWS)}


def test_a_description_lists_term_presents_the_numbers_under_it(service, pages, browser):
    """<dt>Phantom support</dt><dd>+1 808 …</dd>: the extension says where the terms begin, as the HTML reader knows
    them; the number was presented as no one's, a new item being a new subject."""
    context, worker = browser
    page_url = f"{pages}/description_list.html"
    page = opened(context, page_url)
    body = collected(worker, page_url)
    assert [body["text"][start:].split("\n")[0] for start in body["terms"]] == ["Phantom support", "Kraken"]
    findings = scanned_by(service, body)["findings"]
    assert [((f["presented_as"] or {}).get("slug"), f["verdict"]) for f in findings] == [
        ("phantom", "contradicts_policy"), ("kraken", "mismatch")]
    assert [(f["presented_as"] or {}).get("slug") for f in scanned_by(service, {**body, "terms": None})["findings"]] == [None, None]
    page.close()


def test_a_selected_number_opens_the_check_page_answering_for_it(service, browser):
    context, worker = browser
    worker.evaluate("async (server) => chrome.storage.sync.set({server})", service)
    with context.expect_page() as opened:
        worker.evaluate("() => checkSelection('  +1 888 221 1161 \\n')")  # what the context menu's click calls
    page = opened.value
    page.wait_for_load_state()
    assert page.url == f"{service}/?value=%2B1+888+221+1161"
    sync_api.expect(page.locator("section.verdict")).to_have_attribute("data-verdict", "official")
    sync_api.expect(page.locator("section.verdict h2")).to_have_text("Official · an official channel of PayPal")
    page.close()


def test_a_page_over_the_services_body_limit_is_cut_to_fit_and_says_so(service, pages, browser):
    context, worker = browser
    page_url = f"{pages}/unknown_number.html"
    page = opened(context, page_url)
    # 2.1 MB of visible text as UTF-8, over the service's 2 MB: sent whole, it would be refused (413)
    page.evaluate("() => { document.body.textContent = '支付宝客服电话 95188。'.repeat(70000); }")

    answer = scan(worker, page_url, service)

    assert "error" not in answer["shown"], answer
    assert answer["shown"]["official"] == 1  # one number, written 70,000 times, most of them sent
    assert "The page was too long: only its first part was checked." in panel_text(page)
    page.close()


def test_half_an_emoji_on_the_page_does_not_stop_the_check(service, pages, browser):
    # A preview cut between an emoji's two halves leaves one half alone in the text: sent as it was, the service
    # could not read the body (422) and nothing on the page was checked.
    context, worker = browser
    page_url = f"{pages}/unknown_number.html"
    page = opened(context, page_url)
    page.evaluate("""() => {
        document.documentElement.lang = "zh-CN";  // 95188 is a short code in China's numbers
        document.body.textContent = "支付宝客服电话 95188 \\uD83D，PayPal \\uDE00 1-888-221-1161";
    }""")

    answer = scan(worker, page_url, service)

    assert "error" not in answer["shown"], answer
    assert [(mark["text"], mark["verdict"]) for mark in marks(page)] == [("95188", "official"), ("1-888-221-1161", "official")]
    page.close()


def test_a_list_under_a_heading_that_warns_of_scams_is_no_script_in_the_pages_text(service, labelled_pages, browser):
    """Alipay's own lists of what scammers say (<ul>, <ol>, <dl> under "以下情况都是诈骗："): the text the extension
    builds shows no bullets, so it says where the items begin, and the page is no scam script."""
    context, worker = browser
    page_url = f"{labelled_pages}/html_alipay_anti_fraud_list.html"
    page = opened(context, page_url)
    body = collected(worker, page_url)
    lines = [body["text"][start:].split("\n")[0].strip() for start in body["list_items"]]
    assert lines[0] == "自称支付宝客服，说您的账户被冻结，要求提供验证码" and len(lines) == 10, lines

    def advisories(sent: dict) -> list[str]:
        return [advisory["code"] for advisory in scanned_by(service, sent)["advisories"]]

    assert "scam_script" not in advisories(body)
    assert "scam_script" in advisories({**body, "list_items": None})  # what the page was without them
    page.close()


def test_a_form_field_asking_for_the_recovery_phrase_is_read_and_what_is_typed_never_sent(service, pages, browser):
    """A wallet drainer asks in its field's placeholder, which no text node holds: the extension sends what a field
    shows of its own (its span in `fields`), and never what the reader typed in one."""
    context, worker = browser
    page_url = f"{pages}/wallet_drainer_form.html"
    page = opened(context, page_url)
    page.fill("#key", "typed-secret-never-sent")
    body = collected(worker, page_url)
    assert [body["text"][span["start"]:span["end"]] for span in body["fields"]] == [
        "Enter your 12 or 24 word Secret Recovery Phrase", "Validate"]  # the filled password field shows no placeholder
    assert "typed-secret-never-sent" not in body["text"] and "+1 415" not in body["text"]
    assert "asks_seed_phrase" in [flag["code"] for flag in scanned_by(service, body)["red_flags"]]
    page.close()


def test_what_a_tap_dials_is_sent_as_a_link_to_its_number(service, pages, browser):
    """'点击拨打' buttons that dial by a click handler or a data attribute, not a tel: link: the extension sends each as a
    link to its number over the element's text, as the service reads the same page's HTML (and a chat button's click
    handler the address it opens), and a data-tel that holds no number leaves the link around it as it is; a link whose
    click handler opens another address than its href (or whose press swaps its href) is sent as a link to both, and a
    javascript: link as a link to what its script opens."""
    context, worker = browser
    page_url = f"{pages}/tap_to_dial.html"
    page = opened(context, page_url)
    body = collected(worker, page_url)
    sent = [(link["href"], body["text"][link["start"]:link["end"]]) for link in body["links"]]
    assert sent == [("tel:4006668888", "点击拨打客服热线"), ("tel:400-777-8888", "MetaMask 客服电话"),
                    ("tel:+1-707-381-4213", "海外客服"), ("https://example.org/help", "帮助中心"),
                    ("https://wa.me/14155550123", "WhatsApp 在线客服"), ("https://metamask.io/", "MetaMask 官网"),
                    ("https://wa.me/14155550199", "MetaMask 官网"), ("https://metamask.io/", "MetaMask 在线客服"),
                    ("https://wa.me/14155550188", "MetaMask 在线客服"), ("https://wa.me/14155550177", "MetaMask 人工客服")]
    from_the_dom = {(f["value"], f["verdict"]) for f in scanned_by(service, body)["findings"] if f["kind"] == "phone"}
    html = (PAGES / "tap_to_dial.html").read_text()
    from_the_html = {(f["value"], f["verdict"]) for f in scanned_by(service, {"html": html, "url": page_url})["findings"]
                     if f["kind"] == "phone"}
    assert from_the_dom == from_the_html == {("+864006668888", "contradicts_policy"), ("+864007778888", "contradicts_policy"),
                                             ("+17073814213", "contradicts_policy"), ("+14155550123", "contradicts_policy"),
                                             ("+14155550199", "contradicts_policy"), ("+14155550188", "contradicts_policy"),
                                             ("+14155550177", "contradicts_policy")}
    page.close()


def test_the_pages_title_is_sent_and_presents_the_lines_an_article_gives_far_below_it(service, pages, browser):
    """An SEO article whose <title> names MetaMask's customer service, and whose text names no provider at all: the
    extension sends document.title beside the text, and the article's lines are MetaMask's, as in the page's HTML."""
    context, worker = browser
    page_url = f"{pages}/titled_seo_article.html"
    page = opened(context, page_url)
    body = collected(worker, page_url)
    assert body["page_title"] == "小狐狸钱包客服电话是多少？官方人工服务热线 - 百科问答"

    def presented(result: dict) -> list[tuple[str, str | None]]:
        return [(f["value"], (f["presented_as"] or {}).get("slug")) for f in result["findings"]]

    from_the_dom = scanned_by(service, body)
    from_the_html = scanned_by(service, {"html": (PAGES / "titled_seo_article.html").read_text(), "url": page_url})
    assert presented(from_the_dom) == presented(from_the_html) == [
        ("+864008201688", "metamask"), ("+862161234567", "metamask"), ("qq:12345678", None)]
    assert "no_phone_support" in [advisory["code"] for advisory in from_the_dom["advisories"]]
    assert presented(scanned_by(service, {**body, "page_title": None}))[0] == ("+864008201688", None)  # without it
    page.close()


@pytest.mark.parametrize("name", sorted(path.name for path in LABELLED_PAGES.glob("*.html")))
def test_the_extension_marks_what_the_service_finds_in_the_pages_html(service, labelled_pages, browser, name):
    """The page as the extension reads it from the DOM (text nodes, line breaks, links) against the page's HTML
    as the service reads it: every number and address the service finds in the text is marked with the same
    verdict, and nothing is marked that the service does not find."""
    context, worker = browser
    page_url = f"{labelled_pages}/{name}"
    page = opened(context, page_url)

    scan(worker, page_url, service)

    marked = {(mark["value"], mark["verdict"]) for mark in marks(page)}
    answer = scanned_by(service, {"html": (LABELLED_PAGES / name).read_text(), "url": page_url})
    findings = [f for f in answer["findings"] if f["verdict"] != "invalid"]
    assert marked, "nothing marked"
    assert {(f["value"], f["verdict"]) for f in findings if f["source"] == "text"} <= marked
    assert marked <= {(f["value"], f["verdict"]) for f in findings}
    page.close()
