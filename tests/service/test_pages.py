"""The review pages through HTTP, on a database of their own (SQLite and PostgreSQL): sign-in, the queue,
a proposal's page, and approve / reject with the two-person rule, CSRF and escaping."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from registry import maintainers
from registry.datafile import PROVIDERS_DIR
from registry.db import make_engine
from registry.maintainers import Role
from registry.models import ReviewSession
from service import database, pages
from service.app import create_app
from tests.conftest import new_database
from tests.service.conftest import make_settings

EVIDENCE = {"source_url": "https://www.alipay.com/help/contact", "source_kind": "official_page", "retrieved_at": "2026-11-20",
            "excerpt": "支付宝客服热线：95188（24小时）", "captured_by": "ana", "confidence": "high"}
CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"


class World:
    def __init__(self, app, api: TestClient, tokens: dict[str, str], url: str):
        self.app, self.api, self.tokens, self.url = app, api, tokens, url
        self._browsers: list[TestClient] = []

    def browser(self, base_url: str = "http://testserver") -> TestClient:
        """A client with its own cookie jar, on the app the module already started."""
        client = TestClient(self.app, base_url=base_url, follow_redirects=False)
        self._browsers.append(client)
        return client

    def signed_in(self, name: str) -> TestClient:
        client = self.browser()
        response = client.post("/review/login", data={"token": self.tokens[name]})
        assert response.status_code == 303, response.text
        return client

    def propose(self, name: str, display: str, excerpt: str = EVIDENCE["excerpt"], reason: str | None = None) -> int:
        body = {"subject_kind": "channel", "action": "update", "provider_slug": "alipay", "subject_key": "phone-95188",
                "new_state": {"display": display}, "evidence": [{**EVIDENCE, "excerpt": excerpt}],
                "reason": reason or f"help page says {display}"}
        response = self.api.post("/v1/proposals", json=body, headers=auth(self.tokens[name]))
        assert response.status_code == 201, response.text
        return response.json()["id"]

    def state_of(self, proposal_id: int) -> str:
        return self.api.get(f"/v1/proposals/{proposal_id}", headers=auth(self.tokens["root"])).json()["state"]

    def close(self) -> None:
        for client in self._browsers:
            client.close()


@pytest.fixture(scope="module")
def world(backend, request, tmp_path_factory):
    with new_database(backend, request, tmp_path_factory) as url:
        engine = database.prepare(url, seed_dir=PROVIDERS_DIR)
        tokens = {}
        with Session(engine) as session:
            for name, role in (("ana", Role.maintainer), ("bo", Role.maintainer), ("root", Role.admin), ("gone", Role.maintainer),
                               ("cy", Role.maintainer)):
                tokens[name] = maintainers.add(session, name=name, role=role, actor="setup")[1]
            bot = maintainers.ensure_bot(session, "scraper:test")
            tokens["bot"] = maintainers.issue_token(session, maintainer=bot, actor="setup")
            maintainers.revoke(session, name="gone", actor="setup")
            session.commit()
        engine.dispose()
        app = create_app(make_settings(url))
        with TestClient(app) as api:
            world = World(app, api, tokens, url)
            yield world
            world.close()


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


class TestSignIn:
    def test_a_maintainer_signs_in_and_gets_a_strict_httponly_cookie_whose_id_is_stored_hashed(self, world):
        client = world.browser()
        response = client.post("/review/login", data={"token": world.tokens["bo"]})
        assert response.status_code == 303 and response.headers["location"] == "/review"
        cookie = response.headers["set-cookie"]
        assert cookie.startswith("vc_review=")
        flags = {flag.strip().lower() for flag in cookie.split(";")[1:]}
        assert {"httponly", "samesite=strict", "path=/review"} <= flags
        assert "secure" not in flags  # plain http here; see the https test
        session_id = client.cookies["vc_review"]
        engine = make_engine(world.url)
        with Session(engine) as session:
            row = session.exec(select(ReviewSession).where(
                ReviewSession.session_sha256 == hashlib.sha256(session_id.encode()).hexdigest())).one()
            assert session.exec(select(ReviewSession).where(ReviewSession.session_sha256 == session_id)).first() is None
            lifetime = pages._aware(row.expires_at) - pages._aware(row.created_at)
            assert dt.timedelta(hours=11, minutes=59) < lifetime <= dt.timedelta(hours=12, seconds=1)
        engine.dispose()
        assert "Signed in as bo" in client.get("/review").text

    def test_over_https_the_cookie_is_also_secure(self, world):
        client = world.browser(base_url="https://testserver")
        response = client.post("/review/login", data={"token": world.tokens["bo"]})
        assert response.status_code == 303
        assert "secure" in {flag.strip().lower() for flag in response.headers["set-cookie"].split(";")}
        assert client.get("/review").status_code == 200

    @pytest.mark.parametrize(("token", "message"), [("vc_forged", "not valid"), ("", "Paste your token first")])
    def test_a_wrong_token_shows_the_form_again_with_401(self, world, token, message):
        response = world.browser().post("/review/login", data={"token": token})
        assert response.status_code == 401
        assert message in response.text and 'name="token"' in response.text
        assert "set-cookie" not in response.headers

    def test_a_revoked_token_is_refused(self, world):
        response = world.browser().post("/review/login", data={"token": world.tokens["gone"]})
        assert response.status_code == 401 and "revoked" in response.text

    def test_a_bot_cannot_sign_in_to_review(self, world):
        response = world.browser().post("/review/login", data={"token": world.tokens["bot"]})
        assert response.status_code == 403 and "Bots may propose changes but never review them" in response.text
        assert "set-cookie" not in response.headers

    def test_a_post_from_another_site_is_refused(self, world):
        response = world.browser().post("/review/login", data={"token": world.tokens["bo"]},
                                        headers={"Origin": "https://evil.example"})
        assert response.status_code == 403 and "set-cookie" not in response.headers

    def test_the_login_page_and_the_pages_send_the_security_headers(self, world):
        for response in (world.browser().get("/review/login"), world.signed_in("bo").get("/review"),
                         world.browser().get("/review")):
            assert response.headers["content-security-policy"] == CSP
            assert response.headers["x-frame-options"] == "DENY"


class TestSignedOut:
    @pytest.mark.parametrize(("method", "path"), [
        ("GET", "/review"), ("GET", "/review/proposals/1"), ("POST", "/review/proposals/1/approve"),
        ("POST", "/review/proposals/1/reject"), ("POST", "/review/logout"),
    ])
    def test_every_page_but_login_redirects_to_login(self, world, method, path):
        response = world.browser().request(method, path)
        assert response.status_code == 303 and response.headers["location"] == "/review/login"

    def test_an_unknown_session_redirects_to_login(self, world):
        response = world.browser().get("/review", headers={"Cookie": "vc_review=not-a-session"})
        assert response.status_code == 303 and response.headers["location"] == "/review/login"
        assert response.headers["set-cookie"].startswith('vc_review=""')  # the dead cookie is cleared

    def test_an_expired_session_redirects_to_login(self, world):
        client = world.signed_in("bo")
        assert client.get("/review").status_code == 200
        engine = make_engine(world.url)
        with Session(engine) as session:
            digest = hashlib.sha256(client.cookies["vc_review"].encode()).hexdigest()
            row = session.exec(select(ReviewSession).where(ReviewSession.session_sha256 == digest)).one()
            row.expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
            session.add(row)
            session.commit()
        engine.dispose()
        response = client.get("/review")
        assert response.status_code == 303 and response.headers["location"] == "/review/login"

    def test_revoking_a_maintainers_tokens_ends_their_review_sessions(self, world):
        client = world.signed_in("cy")
        assert client.get("/review").status_code == 200
        engine = make_engine(world.url)
        with Session(engine) as session:
            maintainers.revoke(session, name="cy", actor="root")
            session.commit()
        engine.dispose()
        response = client.get("/review")
        assert response.status_code == 303 and response.headers["location"] == "/review/login"

    def test_signing_out_needs_the_csrf_token_and_ends_the_session(self, world):
        client = world.signed_in("bo")
        replay = {"Cookie": f"vc_review={client.cookies['vc_review']}"}
        assert world.browser().get("/review", headers=replay).status_code == 200
        page = client.get("/review")
        refused = client.post("/review/logout", data={"csrf_token": "wrong"})
        assert refused.status_code == 403 and "security token" in refused.text
        assert client.get("/review").status_code == 200
        done = client.post("/review/logout", data={"csrf_token": csrf_of(page.text)})
        assert done.status_code == 303 and done.headers["location"] == "/review/login"
        assert "vc_review" not in client.cookies
        assert world.browser().get("/review", headers=replay).status_code == 303  # the old cookie, replayed


class TestQueue:
    def test_the_queue_lists_pending_proposals_newest_first(self, world):
        older = world.propose("ana", "95188 (queue older)")
        newer = world.propose("ana", "95188 (queue newer)")
        html = world.signed_in("bo").get("/review").text
        assert f'href="/review/proposals/{older}"' in html and f'href="/review/proposals/{newer}"' in html
        assert html.index(f"#{newer}<") < html.index(f"#{older}<")
        assert "channel alipay/phone-95188" in html and "help page says 95188 (queue newer)" in html and ">ana" in html

    def test_recently_decided_proposals_are_linked(self, world):
        proposal_id = world.propose("ana", "95188 (to be rejected)")
        bo = world.signed_in("bo")
        page = bo.get(f"/review/proposals/{proposal_id}")
        bo.post(f"/review/proposals/{proposal_id}/reject", data={"csrf_token": csrf_of(page.text), "reason": "not on that page"})
        recent = bo.get("/review").text.split("Recently decided")[1]
        assert f'href="/review/proposals/{proposal_id}"' in recent and "rejected" in recent


class TestProposalPage:
    def test_it_shows_the_diff_the_evidence_and_the_forms(self, world):
        proposal_id = world.propose("ana", "95188（24小时）")
        html = world.signed_in("bo").get(f"/review/proposals/{proposal_id}").text
        assert "channels[phone-95188].display" in html
        assert re.search(r"<del>95188[^<]*</del>", html) and "<ins>95188（24小时）</ins>" in html
        assert '<a href="https://www.alipay.com/help/contact" rel="noopener noreferrer" target="_blank">' in html
        assert "<mark>95188（24小时）</mark>" in html
        assert "high" in html and "2026-11-20" in html
        assert f'action="/review/proposals/{proposal_id}/approve"' in html
        assert f'action="/review/proposals/{proposal_id}/reject"' in html

    def test_markup_in_an_excerpt_a_reason_or_a_value_renders_as_text(self, world):
        proposal_id = world.propose("ana", "<i>95188</i>", excerpt="<script>alert('x')</script> 客服热线 95188 <b>bold</b>",
                                    reason="<script>alert('reason')</script>")
        bo = world.signed_in("bo")
        for html in (bo.get(f"/review/proposals/{proposal_id}").text, bo.get("/review").text):
            assert "<script" not in html and "<b>bold" not in html and "<i>" not in html
            assert "&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;" in html
        html = bo.get(f"/review/proposals/{proposal_id}").text
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
        assert "<mark>95188</mark> &lt;b&gt;bold&lt;/b&gt;" in html
        assert "<ins>&lt;i&gt;95188&lt;/i&gt;</ins>" in html

    def test_an_unknown_proposal_is_404(self, world):
        response = world.signed_in("bo").get("/review/proposals/999999")
        assert response.status_code == 404 and "There is no such proposal" in response.text

    @pytest.mark.parametrize(("method", "path", "said"), [
        # each was the API's JSON on a reviewer's page: a 422 "proposal_id: Input should be a valid integer", a 404 "Not Found"
        ("get", "/review/proposals/abc", "There is no such page. The proposals waiting for review are on the first page."),
        ("post", "/review/proposals/abc/approve", "There is no such page."),
        ("get", "/review/no-such-page", "There is no such page."),
        ("get", "/review/proposals/abc?lang=zh", "没有这个页面。待审核的提案在首页。"),
    ])
    def test_an_address_that_names_no_page_is_a_page_that_says_so(self, world, method, path, said):
        response = getattr(world.signed_in("bo"), method)(path)
        assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
        assert said in response.text


class TestDecisions:
    def test_the_proposer_sees_no_approve_button_and_cannot_approve(self, world):
        proposal_id = world.propose("ana", "95188 (own)")
        ana = world.signed_in("ana")
        page = ana.get(f"/review/proposals/{proposal_id}")
        assert "You proposed this; a second maintainer must approve it." in page.text
        assert f'action="/review/proposals/{proposal_id}/approve"' not in page.text
        refused = ana.post(f"/review/proposals/{proposal_id}/approve", data={"csrf_token": csrf_of(page.text)})
        assert refused.status_code == 403
        assert "a proposal needs a second maintainer: its author cannot approve it" in refused.text
        assert "Traceback" not in refused.text
        assert world.state_of(proposal_id) == "pending"

    def test_a_second_maintainer_approves_and_the_check_serves_the_new_display(self, world):
        proposal_id = world.propose("ana", "95188 (24 h, approved)")
        bo = world.signed_in("bo")
        page = bo.get(f"/review/proposals/{proposal_id}")
        approved = bo.post(f"/review/proposals/{proposal_id}/approve", data={"csrf_token": csrf_of(page.text), "reason": "checked"})
        assert approved.status_code == 303 and approved.headers["location"] == f"/review/proposals/{proposal_id}"
        assert world.state_of(proposal_id) == "applied"
        after = bo.get(f"/review/proposals/{proposal_id}").text
        assert "Applied: the registry is now at version" in after and "checked" in after
        assert f'action="/review/proposals/{proposal_id}/approve"' not in after

        deadline = time.time() + 5
        display = None
        while time.time() < deadline:
            display = world.api.get("/v1/check", params={"value": "95188", "region": "CN"}).json()["channel"]["display"]
            if display == "95188 (24 h, approved)":
                break
            time.sleep(0.05)
        assert display == "95188 (24 h, approved)"

    def test_rejecting_needs_a_reason(self, world):
        proposal_id = world.propose("ana", "95188 (reject me)")
        bo = world.signed_in("bo")
        csrf = csrf_of(bo.get(f"/review/proposals/{proposal_id}").text)
        refused = bo.post(f"/review/proposals/{proposal_id}/reject", data={"csrf_token": csrf, "reason": "  "})
        assert refused.status_code == 400 and "a rejection carries its reason" in refused.text
        assert world.state_of(proposal_id) == "pending"
        rejected = bo.post(f"/review/proposals/{proposal_id}/reject", data={"csrf_token": csrf, "reason": "not on that page"})
        assert rejected.status_code == 303 and world.state_of(proposal_id) == "rejected"
        assert "not on that page" in bo.get(f"/review/proposals/{proposal_id}").text

    @pytest.mark.parametrize("csrf", [None, "", "forged-token"])
    @pytest.mark.parametrize("decision", ["approve", "reject"])
    def test_a_missing_or_wrong_csrf_token_is_403_and_changes_nothing(self, world, csrf, decision):
        proposal_id = world.propose("ana", f"95188 (csrf {decision} {csrf})")
        bo = world.signed_in("bo")
        data = {"reason": "looks fine"} | ({"csrf_token": csrf} if csrf is not None else {})
        refused = bo.post(f"/review/proposals/{proposal_id}/{decision}", data=data)
        assert refused.status_code == 403 and "security token" in refused.text
        assert world.state_of(proposal_id) == "pending"

    def test_another_maintainers_csrf_token_does_not_pass(self, world):
        proposal_id = world.propose("ana", "95188 (crossed tokens)")
        ana_csrf = csrf_of(world.signed_in("ana").get("/review").text)
        refused = world.signed_in("bo").post(f"/review/proposals/{proposal_id}/approve", data={"csrf_token": ana_csrf})
        assert refused.status_code == 403 and world.state_of(proposal_id) == "pending"

    def test_a_stale_or_decided_proposal_shows_409_with_the_reason(self, world):
        first = world.propose("ana", "95188 (first)")
        second = world.propose("ana", "95188 (second)")
        bo = world.signed_in("bo")
        csrf = csrf_of(bo.get("/review").text)
        assert bo.post(f"/review/proposals/{first}/approve", data={"csrf_token": csrf}).status_code == 303
        stale = bo.post(f"/review/proposals/{second}/approve", data={"csrf_token": csrf})
        assert stale.status_code == 409 and "changed after this proposal was written" in stale.text
        assert world.state_of(second) == "pending"
        again = bo.post(f"/review/proposals/{first}/approve", data={"csrf_token": csrf})
        assert again.status_code == 409 and "is applied, not pending" in again.text


class TestLanguage:
    def test_lang_zh_shows_chinese_and_remembers_it(self, world):
        client = world.browser()
        page = client.get("/review/login", params={"lang": "zh"})
        assert "登录审核" in page.text and 'lang="zh-Hans"' in page.text
        assert 'href="/review/login?lang=en"' in page.text
        assert "登录审核" in client.get("/review/login").text  # the choice sticks (cookie vc_lang)
        assert "Sign in to review" in client.get("/review/login", params={"lang": "en"}).text

    @pytest.mark.parametrize(("header", "expected"), [
        ("zh-CN,zh;q=0.9,en;q=0.8", "登录审核"), ("en-US,en;q=0.9", "Sign in to review"),
        ("fr;q=0.9, zh-TW;q=0.5", "登录审核"), ("en;q=0.2, zh;q=0.7", "登录审核"), ("zh;q=0, en", "Sign in to review"),
        ("", "Sign in to review"),
    ])
    def test_accept_language_picks_the_language(self, world, header, expected):
        assert expected in world.browser().get("/review/login", headers={"Accept-Language": header}).text

    def test_the_proposal_page_in_chinese(self, world):
        proposal_id = world.propose("ana", "95188 (zh)")
        bo = world.signed_in("bo")
        html = bo.get(f"/review/proposals/{proposal_id}", params={"lang": "zh"}).text
        assert f"提案 #{proposal_id}" in html and "批准并生效" in html and "待审核" in html and "已登录：bo" in html
        own = world.signed_in("ana").get(f"/review/proposals/{proposal_id}", params={"lang": "zh"}).text
        assert "须由另一位维护者批准" in own

    def test_both_languages_have_every_string(self):
        assert pages.STRINGS["en"].keys() == pages.STRINGS["zh"].keys()


class TestHighlight:
    @pytest.mark.parametrize(("excerpt", "needles", "expected"), [
        ("Call 1-888-221-1161 now", ["+18882211161"], "Call <mark>1-888-221-1161</mark> now"),
        ("海外用户也能拨打+86 571 95188", ["+8657195188"], "海外用户也能拨打+<mark>86 571 95188</mark>"),
        ("热线９５１８８，拨打", ["CN:95188"], "热线<mark>９５１８８</mark>，拨打"),
        ("not 961101 but 110", ["CN:110"], "not 961101 but <mark>110</mark>"),
        ("Visit WWW.PayPal.com <today>", ["paypal.com"], "Visit WWW.<mark>PayPal.com</mark> &lt;today&gt;"),
        ("nothing here", ["95188"], "nothing here"),
    ])
    def test_the_value_is_marked_and_the_rest_escaped(self, excerpt, needles, expected):
        assert str(pages.highlight(excerpt, needles)) == expected
