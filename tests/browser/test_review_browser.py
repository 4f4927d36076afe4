"""The review pages in a real browser (Debian's Chromium driven by Playwright) against the real app under
uvicorn: sign in as a second maintainer, open the queue and the proposal, approve it, see it applied."""

from __future__ import annotations

import datetime as dt
import time
import urllib.parse
import urllib.request

import pytest
from sqlmodel import Session

from registry import maintainers, review
from registry.datafile import PROVIDERS_DIR
from registry.documents import EvidenceDoc
from registry.maintainers import Role
from service import database
from tests.browser.server import (
    CHROMIUM,
    CHROMIUM_ARGS,
    get_json,
    playwright_or_skip,
    problems_on,
    running_app,
)

sync_api = playwright_or_skip("the review pages were")

NEW_DISPLAY = "1-888-221-1161 (24/7)"
EXCERPT = "PayPal customer service: call 1-888-221-1161, 24/7. <script>alert('not run')</script>"


def _seed(url: str) -> tuple[dict[str, str], int]:
    """Two maintainers and one pending proposal by the first."""
    engine = database.prepare(url, seed_dir=PROVIDERS_DIR)
    with Session(engine) as session:
        tokens = {name: maintainers.add(session, name=name, role=Role.maintainer, actor="setup")[1] for name in ("ana", "bo")}
        ana = maintainers.get(session, "ana")
        evidence = EvidenceDoc(source_url="https://www.paypal.com/us/cshelp/contact-us", source_kind="official_page",
                               retrieved_at=dt.datetime.now(dt.UTC).date(), excerpt=EXCERPT, captured_by="ana", confidence="high")
        change = review.Change(subject_kind="channel", action="update", provider_slug="paypal", subject_key="phone-18882211161",
                               new_state={"display": NEW_DISPLAY, "hours": "24/7"}, evidence=[evidence],
                               reason="PayPal's contact page gives the hours")
        proposal = review.propose(session, actor=ana, change=change)
        session.commit()
        proposal_id = proposal.id
    engine.dispose()
    return tokens, proposal_id


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{home / 'review.db'}"
    tokens, proposal_id = _seed(url)
    with running_app(home, {"VC_DATABASE_URL": url, "VC_SEED_ON_START": "false", "VC_INDEX_REFRESH_SECONDS": "0.2"}) as base:
        yield base, tokens, proposal_id


def test_a_second_maintainer_signs_in_and_approves_in_a_real_browser(server, tmp_path):
    base, tokens, proposal_id = server
    expect = sync_api.expect
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
            page = context.new_page()
            problems = problems_on(page)
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

            page.goto(f"{base}/review")
            expect(page).to_have_url(f"{base}/review/login")
            page.get_by_label("Token").fill(tokens["bo"])
            page.get_by_role("button", name="Sign in").click()

            expect(page).to_have_url(f"{base}/review")
            expect(page.get_by_role("heading", name="Pending proposals")).to_be_visible()
            expect(page.get_by_text("Signed in as bo")).to_be_visible()
            cookie = next(c for c in context.cookies() if c["name"] == "vc_review")
            assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/review"
            row = page.locator("table.queue tbody tr", has=page.get_by_role("link", name=f"#{proposal_id}"))
            expect(row).to_contain_text("channel paypal/phone-18882211161")
            expect(row).to_contain_text("ana")
            row.get_by_role("link", name=f"#{proposal_id}").click()

            expect(page).to_have_url(f"{base}/review/proposals/{proposal_id}")
            display_row = page.locator("table.diff tr", has_text="channels[phone-18882211161].display")
            expect(display_row.locator("del")).to_have_text("1-888-221-1161")
            expect(display_row.locator("ins")).to_have_text(NEW_DISPLAY)
            expect(page.locator("table.diff tr", has_text="channels[phone-18882211161].hours").locator("ins")).to_have_text("24/7")
            marks = page.locator("blockquote.excerpt mark")
            expect(marks).to_have_text(["1-888-221-1161", "24/7"])
            expect(page.locator("blockquote.excerpt")).to_contain_text("<script>alert('not run')</script>")
            source = page.get_by_role("link", name="https://www.paypal.com/us/cshelp/contact-us")
            expect(source).to_have_attribute("rel", "noopener noreferrer")
            expect(source).to_have_attribute("target", "_blank")

            page.get_by_label("Note (optional)").fill("Checked on paypal.com")
            page.get_by_role("button", name="Approve and apply").click()

            expect(page).to_have_url(f"{base}/review/proposals/{proposal_id}")
            expect(page.locator("h1 .state")).to_have_text("applied")
            expect(page.get_by_role("status")).to_contain_text("Applied: the registry is now at version")
            expect(page.locator("table.reviews")).to_contain_text("Checked on paypal.com")
            expect(page.get_by_role("button", name="Approve and apply")).to_have_count(0)
            text = page.inner_text("body")
            assert "applied" in text and "Applied: the registry is now at version" in text and "bo" in text

            shot = tmp_path / "approved.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert shot.stat().st_size > 10_000, f"a {shot.stat().st_size}-byte screenshot is too small to show the page"
            assert problems == [] and dialogs == []
        finally:
            browser.close()

    # The public check serves the approved display once the app's index follows the new registry version.
    query = urllib.parse.urlencode({"value": "+1 888 221 1161"})
    deadline = time.time() + 10
    display = None
    while time.time() < deadline:
        display = get_json(f"{base}/v1/check?{query}")["channel"]["display"]
        if display == NEW_DISPLAY:
            break
        time.sleep(0.1)
    assert display == NEW_DISPLAY
