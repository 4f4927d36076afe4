"""The public API through HTTP: answers, limits and bad input (never a 500)."""

from __future__ import annotations

import base64
import json
import time

import pytest
from fastapi.testclient import TestClient

from registry import snapshot
from service.app import create_app
from service.schemas import (
    MAX_BATCH_ITEMS,
    MAX_LANGUAGE_TAG_LENGTH,
    MAX_LINK_HREF_LENGTH,
    MAX_PAGE_TITLE_LENGTH,
    MAX_SCAN_FIELDS,
    MAX_SCAN_LINKS,
    MAX_SCAN_LIST_ITEMS,
)
from tests.conftest import free_port
from tests.service.conftest import make_settings

NOT_UTF8 = "the request body is not UTF-8 text; send JSON encoded as UTF-8"


def verdict_of(client, **body) -> dict:
    response = client.post("/v1/check", json=body)
    assert response.status_code == 200, response.text
    return response.json()


class TestCheck:
    def test_an_official_short_code(self, client):
        answer = verdict_of(client, value="95188", region="CN")
        assert (answer["verdict"], answer["risk"]) == ("official", "low")
        assert answer["provider"]["slug"] == "alipay"
        assert answer["channel"]["value"] == "CN:95188"
        assert answer["channel"]["evidence"][0]["excerpt"]
        assert answer["registry_version"] >= 1

    def test_the_issue_example_of_a_fake_alipay_caller(self, client):
        answer = verdict_of(client, value="+86 21 5555 0000", claimed_provider="支付宝", message="您的账户异常，请提供短信验证码")
        assert answer["verdict"] == "mismatch" and answer["risk"] == "high"
        assert "CN:95188" in [c["value"] for c in answer["official_channels"]]
        assert "asks_otp" in [flag["code"] for flag in answer["red_flags"]]
        assert {"110", "96110"} <= {r["display"] for r in answer["report_to"]}

    def test_a_phone_number_claimed_as_metamask_contradicts_its_policy(self, client):
        answer = verdict_of(client, value="+1 (209) 798-8106", claimed_provider="MetaMask")
        assert answer["verdict"] == "contradicts_policy"
        assert any(reason["code"] == "policy_contradicted" and "no phone support" in reason["message"] for reason in answer["reasons"])
        assert all(channel["kind"] not in ("phone", "short_code") for channel in answer["official_channels"])

    def test_an_app_by_its_store_id_or_its_store_page(self, client):
        answer = verdict_of(client, value="ios:1288339409", kind="app")
        assert (answer["verdict"], answer["provider"]["slug"]) == ("official", "trust-wallet")
        response = client.get("/v1/check", params={"value": "https://apps.apple.com/us/app/x/id6450000000", "kind": "app"})
        assert response.status_code == 200 and response.json()["input"]["normalized"] == "ios:6450000000"
        assert verdict_of(client, value="paypal.com", kind="app")["verdict"] == "invalid"

    def test_an_account_as_a_page_writes_it(self, client):
        answer = verdict_of(client, value="微信：binance-kefu888", kind="social", claimed_provider="币安客服")
        assert (answer["verdict"], answer["input"]["normalized"]) == ("mismatch", "wechat:binance-kefu888")
        refused = verdict_of(client, value="95188", kind="social")  # a number is no account
        assert refused["verdict"] == "invalid" and "platform's name and handle" in refused["reasons"][-1]["message"]

    def test_an_accounts_name_alone_is_answered_with_what_is_known_of_it(self, client):
        answer = client.get("/v1/check", params={"value": "@MetaMaskSupport", "lang": "zh"})
        assert answer.status_code == 200 and answer.json()["verdict"] == "unknown"
        assert [r["code"] for r in answer.json()["reasons"]] == ["handle_listed_on", "handle_without_platform"]
        assert {c["provider"] for c in answer.json()["official_channels"]} == {"metamask"}

    def test_get_gives_the_same_answer_as_post(self, client):
        got = client.get("/v1/check", params={"value": "95188", "region": "CN"})
        assert got.status_code == 200
        assert got.json() == verdict_of(client, value="95188", region="CN")

    def test_reasons_speak_chinese_when_asked(self, client):
        answer = verdict_of(client, value="95188", region="CN", lang="zh-Hans")
        assert "支付宝" in answer["reasons"][-1]["message"]

    @pytest.mark.parametrize(("lang", "said"), [
        ("en", "paypal-support@[45.33.12.1] is an email address at a bare IP address, not at a domain name, and its name carries PayPal's name"),
        ("zh-Hans", "paypal-support@[45.33.12.1] 是设在裸 IP 地址上的邮箱，不是域名邮箱，邮箱名却带着贝宝的名字")])
    def test_an_email_address_at_an_ip_address_is_judged_as_mail(self, client, lang, said):
        # it was answered as a web address at 45.33.12.1: "a bare IP address, not a site's name"
        answer = verdict_of(client, value="paypal-support@[45.33.12.1]", lang=lang)
        assert (answer["verdict"], answer["risk"], answer["input"]["kind"], answer["provider"]["slug"]) == (
            "lookalike", "high", "email_domain", "paypal")
        assert answer["reasons"][0]["code"] == "lookalike_email_at_ip_address" and answer["reasons"][0]["message"].startswith(said)
        private = client.get("/v1/check", params={"value": "x@[192.168.1.1]", "lang": lang}).json()
        assert private["verdict"] == "invalid"
        assert private["reasons"][-1]["message"].endswith(
            "which mail on the internet cannot reach." if lang == "en" else "互联网上的邮件无法送达。")

    def test_unknown_is_never_called_safe(self, client):
        answer = verdict_of(client, value="+1 415 555 0100")
        assert answer["verdict"] == "unknown" and answer["risk"] == "unknown"
        assert "does not mean it is safe" in " ".join(r["message"] for r in answer["reasons"])


class TestBatch:
    def test_one_result_per_item_in_order_with_bad_items_reported_in_place(self, client):
        items = [{"value": "95188", "region": "CN"}, {"value": "x" * 5000}, {"value": "metamask-support.com"}, {"nope": 1}]
        response = client.post("/v1/check/batch", json={"items": items})
        assert response.status_code == 200
        results = response.json()["results"]
        assert [r.get("verdict") or r["error"] for r in results] == ["official", "invalid_request", "lookalike", "invalid_request"]
        assert results[1]["index"] == 1 and "at most 300 characters" in results[1]["detail"]

    def test_over_the_batch_limit_is_refused_with_a_clear_message(self, client):
        response = client.post("/v1/check/batch", json={"items": [{"value": "95188"}] * (MAX_BATCH_ITEMS + 1)})
        assert response.status_code == 422
        assert f"at most {MAX_BATCH_ITEMS}" in response.json()["detail"]

    def test_the_full_batch_is_answered(self, client):
        response = client.post("/v1/check/batch", json={"items": [{"value": f"+1 415 555 {i:04d}"} for i in range(MAX_BATCH_ITEMS)]})
        assert response.status_code == 200
        assert len(response.json()["results"]) == MAX_BATCH_ITEMS


class TestBadInput:
    @pytest.mark.parametrize(
        ("body", "status", "needle"),
        [
            ({}, 422, "value is required"),
            ({"value": ""}, 422, "value"),
            ({"value": "9" * 10_000}, 422, "at most 300 characters"),
            ({"value": "95188", "region": "ZZ"}, 422, "region: unknown region 'ZZ'"),
            # (with the code of a country it names: "UK" is no ISO code, GB is)
            ({"value": "0800 368 7155", "region": "UK"}, 422, "use an ISO 3166-1 alpha-2 code such as CN, HK, US, GB (GB for UK)"),
            # ... or of a language tag's region, as a client sending its navigator.language does ("en-US", "zh-CN")
            ({"value": "95188", "region": "zh-CN"}, 422, "use an ISO 3166-1 alpha-2 code such as CN, HK, US, GB (CN for zh-CN)"),
            ({"value": "95188", "region": "zh-Hans-TW"}, 422, "such as CN, HK, US, GB (TW for zh-Hans-TW)"),
            ({"value": "95188", "kind": "fax"}, 422, "kind"),
            ({"value": "95188", "message": "验" * 10_001}, 422, "message is too long"),
            ({"value": "95188", "as_of": "yesterday"}, 422, "as_of"),
            ({"value": "95188", "as_of": 0}, 422, "YYYY-MM-DD"),  # not Unix time 0, 1970-01-01
            ({"value": "95188", "as_of": "2026-11-22T00:00:00"}, 422, "YYYY-MM-DD"),
            ({"value": "95188", "surprise": True}, 422, "surprise is not a known field"),
            ({"value": 95188}, 422, "value"),
        ],
    )
    def test_refused_with_a_readable_message(self, client, body, status, needle):
        response = client.post("/v1/check", json=body)
        assert response.status_code == status
        payload = response.json()
        assert payload["error"] == "invalid_request"
        assert needle in payload["detail"]

    @pytest.mark.parametrize(("query", "detail"), [
        # FastAPI answers for the last of a repeated parameter: this asked about two numbers and got one answer
        ("value=95188&value=%2B1%20888%20221%201161&region=CN", "value is given 2 times: give it once"),
        ("value=95188&region=CN&region=US&region=GB", "region is given 3 times: give it once"),
        ("value=95188&regoin=CN", "regoin is not a parameter this endpoint takes (it takes value, kind, region, "
                                  "claimed_provider, channel, direction, message, lang, as_of)"),
    ])
    def test_a_query_that_repeats_or_misspells_a_parameter_is_refused_saying_which(self, client, query, detail):
        response = client.get(f"/v1/check?{query}")
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": detail, "problems": [detail]}

    @pytest.mark.parametrize(("path", "detail"), [
        # each was answered as if the parameter were not there: every provider, every region's channels
        ("/v1/providers?qq=paypal", "qq is not a parameter this endpoint takes (it takes q, kind, region)"),
        ("/v1/providers?q=paypal&q=alipay", "q is given 2 times: give it once"),
        ("/v1/report-channels?regoin=US", "regoin is not a parameter this endpoint takes (it takes region)"),
        ("/v1/report-channels?region=CN&region=US", "region is given 2 times: give it once"),
        # the maintainers' lists too, before their token is asked for: the open reports were listed as if all of them
        ("/v1/reports?stauts=all", "stauts is not a parameter this endpoint takes (it takes status, limit)"),
        ("/v1/proposals?state=all&limit=5&limit=500", "limit is given 2 times: give it once"),
        ("/v1/audit?afterr=10", "afterr is not a parameter this endpoint takes (it takes after, limit)"),
    ])
    def test_the_lists_refuse_a_parameter_they_do_not_take_or_given_twice(self, client, path, detail):
        response = client.get(path)
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": detail, "problems": [detail]}

    def test_the_lists_still_answer_their_own_parameters(self, client):
        assert [p["slug"] for p in client.get("/v1/providers?q=paypal&kind=payment&region=US").json()["providers"]][:1] == ["paypal"]
        assert client.get("/v1/report-channels?region=US").json()["region"] == "US"
        assert client.get("/v1/reports?status=all&limit=5").status_code == 401  # (then the token is asked for)

    @pytest.mark.parametrize(("path", "body", "detail"), [
        # JSON parsers keep the last of a key given twice: this asked about two numbers and got one answer
        ("/v1/check", '{"value": "95188", "region": "CN", "value": "4001234567"}', "value is given 2 times: give it once"),
        ("/v1/check", '{"value": "95188", "region" : "CN", "region":"US"}', "region is given 2 times: give it once"),
        ("/v1/check/batch", '{"items": [{"value": "95188"}, {"value": "95017", "claimed_provider": "x", "claimed_provider": "y"}]}',
         "claimed_provider is given 2 times: give it once"),
        ("/v1/scan", '{"text": "PayPal 1-888-221-1161", "links": [{"href": "tel:+18882211161", "start": 0, "end": 6, "end": 7}]}',
         "end is given 2 times: give it once"),
        # the routes FastAPI binds a body to: a public report, a maintainer's decision (refused before its token is asked for)
        ("/v1/reports", '{"value": "+1 707 381 4213", "claimed_provider": "MetaMask", "value": "+1 808 555 0199"}',
         "value is given 2 times: give it once"),
        ("/v1/proposals/1/approve", '{"reason": "ok", "reason": "checked the source"}', "reason is given 2 times: give it once"),
    ])
    def test_a_json_body_that_gives_a_key_twice_is_refused_saying_which(self, client, path, body, detail):
        response = client.post(path, content=body.encode(), headers={"content-type": "application/json"})
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": detail, "problems": [detail]}

    def test_a_body_whose_text_holds_quotes_and_colons_is_no_key_given_twice(self, client):
        body = {"value": "95188", "region": "CN", "message": 'he said "value": "95188", "value": send the code'}
        assert client.post("/v1/check", json=body).json()["verdict"] == "official"
        scanned = client.post("/v1/scan", json={"text": 'PayPal "value": 1-888-221-1161 "value":', "links": [
            {"href": "tel:+18882211161", "start": 0, "end": 6}, {"href": "https://www.paypal.com/", "start": 7, "end": 13}]})
        assert scanned.status_code == 200

    def test_malformed_json(self, client):
        response = client.post("/v1/check", content=b'{"value": "95188"', headers={"content-type": "application/json"})
        assert response.status_code == 422
        assert "not valid JSON" in response.json()["detail"]

    @pytest.mark.parametrize(("body", "where"), [
        ('{"text": "Alipay 95188 \\ud83d", "region": "CN"}', "line 1 column 30"),  # an emoji cut after its first half
        ('{"text": "\\ude00 Alipay 95188", "region": "CN"}', "line 1 column 16"),  # and before its second
    ])
    def test_half_an_emoji_is_refused_saying_what_it_is_and_what_to_send(self, client, body, where):
        response = client.post("/v1/scan", content=body.encode(), headers={"content-type": "application/json"})
        assert response.status_code == 422
        detail = response.json()["detail"]
        assert "half of an emoji's surrogate pair" in detail and where in detail and "\\ufffd" in detail

    @pytest.mark.parametrize("path", ["/v1/check", "/v1/check/batch", "/v1/scan"])
    def test_a_body_not_in_utf8_is_refused_in_words(self, client, path):
        # Latin-1, as a client that forgot to encode its text sends it; the maintainers' routes answer the same
        response = client.post(path, content='{"value": "café"}'.encode("latin-1"), headers={"content-type": "application/json"})
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": NOT_UTF8, "problems": [NOT_UTF8]}

    @pytest.mark.parametrize("value", ["abc", "\x00\x01\x02", "ƒ‡‹›", "12", "+", "http://", "@@", "1" * 40, "95188abc", "‮95188"])
    def test_nonsense_values_are_invalid_or_unknown_never_500(self, client, value):
        answer = verdict_of(client, value=value)
        assert answer["verdict"] in ("invalid", "unknown", "official", "lookalike")
        if answer["verdict"] == "invalid":
            assert answer["reasons"][0]["code"] == "invalid_value"

    def test_a_body_over_two_megabytes_is_413(self, client):
        response = client.post("/v1/check", content=b"{" + b" " * (2 * 1024 * 1024 + 10) + b"}",
                               headers={"content-type": "application/json"})
        assert response.status_code == 413
        assert response.json()["error"] == "too_large"

    def test_the_service_keeps_serving_after_bad_input(self, client):
        client.post("/v1/check", content=b"\xff\xfe garbage", headers={"content-type": "application/json"})
        assert verdict_of(client, value="95188", region="CN")["verdict"] == "official"


class TestProviders:
    @pytest.mark.parametrize(("q", "slug"), [("小狐狸钱包", "metamask"), ("支付宝", "alipay"), ("paypal", "paypal"),
                                             ("Metamsk", "metamask"), ("币安", "binance"), ("coinbase客服", "coinbase")])
    def test_search_in_any_script(self, client, q, slug):
        response = client.get("/v1/providers", params={"q": q})
        assert response.status_code == 200
        assert response.json()["providers"][0]["slug"] == slug

    @pytest.mark.parametrize("q", ["bank of america", "chase bank", "customer service", "客服电话", "wells fargo"])
    def test_a_query_of_shared_words_or_of_no_provider_finds_none(self, client, q):
        # "bank of america" listed the Agricultural Bank of China and five more for "bank"; "customer service" the IRS
        response = client.get("/v1/providers", params={"q": q})
        assert response.status_code == 200 and response.json()["providers"] == []

    @pytest.mark.parametrize(("q", "slugs"), [("paypal customer service", ["paypal"]), ("trust", ["trust-wallet"]),
                                              ("zelle", ["zelle"])])
    def test_a_name_with_shared_words_finds_the_name_and_no_more(self, client, q, slugs):
        found = [provider["slug"] for provider in client.get("/v1/providers", params={"q": q}).json()["providers"]]
        assert found[:len(slugs)] == slugs and "kr-fss" not in found and "ccb" not in found and "it-polizia-postale" not in found

    def test_all_providers_without_a_query(self, client):
        assert len(client.get("/v1/providers").json()["providers"]) >= 40

    def test_providers_of_a_kind_and_of_a_country(self, client):
        # "bank", "钱包" typed as q ask for no one (the words every bank's or wallet's names share): the kind and the region do
        def slugs(**params):
            response = client.get("/v1/providers", params=params)
            assert response.status_code == 200
            return [(p["slug"], p["kind"]) for p in response.json()["providers"]]
        banks = slugs(kind="bank")
        assert banks and {kind for _, kind in banks} == {"bank"} and ("icbc", "bank") in banks and ("nubank", "bank") in banks
        chinese_banks = slugs(kind="bank", region="cn")
        assert ("icbc", "bank") in chinese_banks and ("nubank", "bank") not in chinese_banks
        # (a country's providers with the worldwide ones: MetaMask serves every country)
        assert ("metamask", "crypto_wallet") in slugs(kind="crypto_wallet", region="KR") and ("upbit", "exchange") in slugs(region="KR")
        assert slugs(q="支付宝", kind="bank") == [] and slugs(q="支付宝", kind="payment")[0] == ("alipay", "payment")
        refused = client.get("/v1/providers", params={"kind": "banks"})
        assert refused.status_code == 422 and "'bank'" in refused.json()["detail"]
        assert client.get("/v1/providers", params={"region": "XX"}).status_code == 400

    def test_a_provider_with_its_channels_policies_and_evidence(self, client):
        provider = client.get("/v1/providers/metamask").json()
        assert "no_phone_support" in [policy["code"] for policy in provider["policies"]]
        assert all(channel["evidence"] for channel in provider["channels"])
        assert all(channel["confidence"] in ("high", "medium") for channel in provider["channels"])
        assert {(channel["status"], channel["stale"]) for channel in provider["channels"]} == {("active", False)}

    def test_an_unknown_provider_is_404_with_a_suggestion(self, client):
        response = client.get("/v1/providers/metamsk")
        assert response.status_code == 404
        assert response.json() == {"error": "not_found", "detail": "no provider 'metamsk'; did you mean 'metamask'?"}


class TestSnapshot:
    def test_the_published_registry_signed_with_the_key_the_service_publishes(self, client):
        key = client.get("/v1/snapshot/key").json()
        assert key["algorithm"] == "ed25519" and len(base64.b64decode(key["public_key"])) == 32
        response = client.get("/v1/snapshot")
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
        document = snapshot.verify(response.content, key["public_key"])
        assert json.loads(response.content)["key_id"] == key["key_id"]
        # Each provider as /v1/providers/{slug} gives it, less what depends on the day it is read.
        assert document["registry_version"] == client.get("/v1/providers/alipay").json()["registry_version"]
        for provider in document["providers"][:5] + [p for p in document["providers"] if p["slug"] in ("alipay", "metamask")]:
            served = client.get(f"/v1/providers/{provider['slug']}").json()
            for channel in served["channels"]:
                del channel["status"], channel["stale"]
            assert {**provider, "registry_version": document["registry_version"]} == served

    def test_asked_again_with_its_etag_it_is_not_sent_again(self, client):
        first = client.get("/v1/snapshot")
        etag = first.headers["etag"]
        assert first.headers["cache-control"] == "public, max-age=300"
        again = client.get("/v1/snapshot", headers={"If-None-Match": f'"other", {etag}'})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        assert client.get("/v1/snapshot", headers={"If-None-Match": f"W/{etag}"}).status_code == 304  # as a cache may send it
        assert client.get("/v1/snapshot", headers={"If-None-Match": "*"}).status_code == 304
        assert client.get("/v1/snapshot", headers={"If-None-Match": '"other"'}).content == first.content

    def test_a_configured_key_signs_it(self, seeded_db_url):
        seed = base64.b64encode(bytes(range(32))).decode()
        expected = snapshot.signing_key(seed)
        with TestClient(create_app(make_settings(seeded_db_url, snapshot_signing_key=seed))) as configured:
            assert configured.get("/v1/snapshot/key").json()["key_id"] == expected.key_id
            assert snapshot.verify(configured.get("/v1/snapshot").content, expected.public_key)["providers"]

    def test_a_configured_key_that_is_not_one_stops_the_start_with_a_sentence(self, seeded_db_url):
        with pytest.raises(ValueError, match="a snapshot signing key is 32 bytes written in base64"):
            create_app(make_settings(seeded_db_url, snapshot_signing_key="not a key"))


class TestReportChannels:
    def test_the_channels_of_a_region(self, client):
        channels = client.get("/v1/report-channels", params={"region": "cn"}).json()["channels"]
        assert {"110", "96110", "12315", "010-12321"} <= {c["display"] for c in channels}

    def test_an_unknown_region_is_a_400(self, client):
        response = client.get("/v1/report-channels", params={"region": "XX"})
        assert response.status_code == 400 and "unknown region" in response.json()["detail"]


class TestOperations:
    def test_health_and_readiness(self, client):
        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz").json()
        assert ready["status"] == "ready" and ready["registry_version"] >= 1
        assert ready["rate_limits_counted_in"] == "this worker"

    def test_openapi_documents_the_check(self, client):
        schema = client.get("/openapi.json").json()
        assert {"/v1/check", "/v1/check/batch", "/v1/providers", "/v1/report-channels"} <= set(schema["paths"])

    def test_cors_preflight_for_extensions(self, client):
        response = client.options("/v1/check", headers={"Origin": "chrome-extension://abc", "Access-Control-Request-Method": "POST"})
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] in ("*", "chrome-extension://abc")


class TestRateLimit:
    def test_over_the_limit_is_429_with_retry_after_and_health_is_not_limited(self, seeded_db_url):
        with TestClient(create_app(make_settings(seeded_db_url, rate_limit="3/minute"))) as limited:
            statuses = [limited.get("/v1/check", params={"value": "95188"}).status_code for _ in range(4)]
            assert statuses == [200, 200, 200, 429]
            refused = limited.get("/v1/check", params={"value": "95188"})
            assert int(refused.headers["retry-after"]) >= 1
            assert "the limit is 3 per 1 minute" in refused.json()["detail"]
            assert limited.get("/healthz").status_code == 200


class TestCliJson:
    def test_cli_json_prints_the_api_bytes(self, client, seeded_db_url, monkeypatch):
        from typer.testing import CliRunner

        from service import cli, settings

        monkeypatch.setenv("VC_DATABASE_URL", seeded_db_url)
        settings.get_settings.cache_clear()
        try:
            result = CliRunner().invoke(cli.app, ["check", "95188", "--region", "CN", "--json"])
        finally:
            settings.get_settings.cache_clear()
        assert result.exit_code == 0, result.output
        from_cli = json.loads(result.stdout)
        from_api = verdict_of(client, value="95188", region="CN")
        assert from_cli == from_api


class TestScan:
    def test_a_page_is_scanned_with_findings_mentions_and_advisories(self, client):
        body = {"text": "小狐狸钱包客服电话：+1-707-381-4213\n支付宝客服 95188", "region": "CN", "url": "https://metamask-support.com/x"}
        response = client.post("/v1/scan", json=body)
        assert response.status_code == 200
        result = response.json()
        assert [(f["value"], f["verdict"]) for f in result["findings"]] == [
            ("+17073814213", "contradicts_policy"), ("CN:95188", "official")]
        assert {"no_phone_support", "page_lookalike"} <= {a["code"] for a in result["advisories"]}
        assert result["page"]["verdict"] == "lookalike"

    @pytest.mark.parametrize("url", ["http://[::1", "javascript:alert(1)", "notaurl"])
    def test_any_page_address_gets_an_answer(self, client, url):
        # the scan reads the page's host to tell a web page from a webmail's: an address it cannot read is a page
        response = client.post("/v1/scan", json={"text": "支付宝客服 95188", "region": "CN", "url": url})
        assert response.status_code == 200 and response.json()["findings"][0]["verdict"] == "official"

    def test_a_page_without_a_region_says_which_one_its_numbers_were_read_in(self, client):
        body = {"html": '<html lang="zh-CN"><body><p>小狐狸钱包客服 13812345678</p></body></html>'}
        result = client.post("/v1/scan", json=body).json()
        assert (result["page"]["region"], result["page"]["region_from"]) == ("CN", "page_language")
        assert [(f["value"], f["verdict"]) for f in result["findings"]] == [("+8613812345678", "contradicts_policy")]
        result = client.post("/v1/scan", json={"text": "PayPal support 13812345678"}).json()
        # (no region: whichever country's number it is, in AT, CN or RS, it is none of PayPal's)
        assert (result["page"]["region"], result["page"]["region_from"]) == (None, None)
        assert [(f["value"], f["verdict"], f["reasons"][0]["code"]) for f in result["findings"]] == [
            ("13812345678", "mismatch", "region_not_needed_not_listed")]
        # (presented as a provider with no phone support, it is judged by that alone, whichever country's number it is)
        result = client.post("/v1/scan", json={"text": "MetaMask support 13812345678"}).json()
        assert (result["page"]["region"], [(f["value"], f["verdict"]) for f in result["findings"]]) == \
            (None, [("13812345678", "contradicts_policy")])

    def test_a_page_sent_as_text_may_say_its_language_as_its_html_would(self, client):
        # A client that read the page itself (a browser extension) sends <html lang> beside the text.
        text = "PayPal customer service: 020 7946 0958"
        result = client.post("/v1/scan", json={"text": text, "page_language": "en-GB"}).json()
        assert (result["page"]["region"], result["page"]["region_from"]) == ("GB", "page_language")
        assert [(f["value"], f["verdict"]) for f in result["findings"]] == [("+442079460958", "mismatch")]
        as_html = client.post("/v1/scan", json={"html": f'<html lang="en-GB"><p>{text}</p></html>'}).json()
        assert as_html["findings"] == result["findings"] and as_html["page"]["region"] == "GB"
        # a tag without a region, or none, says nothing of where the numbers are (whichever country's 020 7946 0958 is, it
        # is none of PayPal's: its digits as written, a mismatch)
        for language in ("en", None):
            plain = client.post("/v1/scan", json={"text": text, "page_language": language}).json()
            assert (plain["page"]["region"], [(f["value"], f["verdict"]) for f in plain["findings"]]) == (
                None, [("02079460958", "mismatch")])

    def test_a_page_sent_as_text_may_give_its_title_as_its_html_would(self, client):
        # The extension sends document.title beside the text: a title naming one provider's customer service presents
        # as that provider's the lines the article gives far below it, as the HTML's <title> does
        filler = "很多用户在使用过程中会遇到转账未到账、钱包无法登录等问题，这时候就需要联系官方客服进行处理。" * 2
        text = f"首页 资讯 百科\n{filler}\n全国统一客服热线：400-820-1688\n"
        title = "小狐狸钱包(MetaMask)客服电话是多少？- 百科网"
        as_text = client.post("/v1/scan", json={"text": text, "page_title": title, "region": "CN"}).json()
        as_html = client.post("/v1/scan", json={"html": f"<title>{title}</title><p>首页 资讯 百科</p><p>{filler}</p>"
                                                        "<p>全国统一客服热线：400-820-1688</p>", "region": "CN"}).json()
        for result in (as_text, as_html):
            assert [(f["value"], f["presented_as"]["slug"], f["verdict"]) for f in result["findings"]] == [
                ("+864008201688", "metamask", "contradicts_policy")]
            assert result["page"]["title"] == title
        # the text's own line names MetaMask in passing: the title is what names the page's topic
        untitled = client.post("/v1/scan", json={"text": text.replace("很多用户", "小狐狸钱包的很多用户", 1), "region": "CN"}).json()
        assert [f["presented_as"] for f in untitled["findings"]] == [None]

    def test_html_and_text_together_or_neither_are_refused(self, client):
        for body in ({}, {"text": "a", "html": "<p>a</p>"}):
            response = client.post("/v1/scan", json=body)
            # a rule about the whole body, in its own words (it was "request: Value error, send the page …")
            assert response.status_code == 422 and response.json()["detail"] == "send the page as exactly one of text or html"

    def test_include_text_is_true_or_false(self, client):
        assert "text" in client.post("/v1/scan", json={"text": "95188", "include_text": True}).json()
        for loose in (1, "yes"):
            response = client.post("/v1/scan", json={"text": "95188", "include_text": loose})
            assert response.status_code == 422 and "include_text" in response.json()["detail"]

    def test_a_page_over_two_megabytes_is_413(self, client):
        response = client.post("/v1/scan", json={"text": "9" * (2 * 1024 * 1024 + 1)})
        assert response.status_code == 413

    def test_a_large_page_is_answered_off_the_event_loop(self, client):
        text = ("MetaMask support +1 707 381 4213. " + "填充文字 " * 20) * 200
        response = client.post("/v1/scan", json={"text": text})
        assert response.status_code == 200 and response.json()["stats"]["findings"] >= 1



def scan_of(client, **body) -> dict:
    response = client.post("/v1/scan", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def link_over(text: str, shown: str, href: str) -> dict:
    start = text.index(shown)
    return {"href": href, "start": start, "end": start + len(shown)}


def reason_codes(finding: dict) -> list[str]:
    return [reason["code"] for reason in finding["reasons"]]


class TestScanTextWithLinks:
    """A browser extension sends the text it built from the page, and where each link's text sits in it."""

    def test_a_page_sent_as_text_with_its_links_is_answered_as_its_html(self, client):
        html = '<p>PayPal: sign in at <a href="https://evil-paypal.top/login">https://www.paypal.com</a> to confirm.</p>'
        from_html = scan_of(client, html=html, include_text=True)
        text = from_html["text"]
        from_text = scan_of(client, text=text, links=[link_over(text, "https://www.paypal.com", "https://evil-paypal.top/login")])
        assert (from_text["findings"], from_text["mentions"], from_text["advisories"]) == (
            from_html["findings"], from_html["mentions"], from_html["advisories"])
        [shown] = [f for f in from_text["findings"] if f["source"] == "text"]
        assert (shown["value"], shown["verdict"], shown["risk"]) == ("www.paypal.com", "lookalike", "high")
        assert reason_codes(shown)[-1] == "link_opens_elsewhere"
        assert "deceptive_link" in [a["code"] for a in from_text["advisories"]]

    def test_a_tel_link_under_paypals_number_dialling_another_is_deceptive(self, client):
        text = "PayPal customer service: 1-888-221-1161 (24/7)"
        result = scan_of(client, text=text, links=[link_over(text, "1-888-221-1161", "tel:+18445550123")])
        shown, link = result["findings"]
        assert (shown["source"], shown["verdict"], reason_codes(shown)[-1]) == ("text", "lookalike", "link_dials_elsewhere")
        assert (link["source"], link["value"]) == ("link", "+18445550123")

    def test_positions_count_code_points_so_an_emoji_before_a_link_counts_one(self, client):
        text = "PayPal 📞 1-888-221-1161"
        link = link_over(text, "1-888-221-1161", "tel:+18445550123")
        [shown] = [f for f in scan_of(client, text=text, links=[link])["findings"] if f["source"] == "text"]
        assert "link_dials_elsewhere" in reason_codes(shown)
        # counted in UTF-16 units, as JavaScript does, the span runs one past the end of the text
        in_utf16 = {**link, "start": link["start"] + 1, "end": link["end"] + 1}
        response = client.post("/v1/scan", json={"text": text, "links": [in_utf16]})
        assert response.status_code == 422
        assert response.json()["detail"] == f"links[0]: end {len(text) + 1} is past the end of the text ({len(text)} characters)"

    def test_links_the_scan_does_not_judge_are_taken_up_to_the_limit(self, client):
        links = [{"href": "#top", "start": 0, "end": 6}] * MAX_SCAN_LINKS
        assert scan_of(client, text="PayPal help", links=links)["findings"] == []

    @pytest.mark.parametrize(("body", "detail"), [
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": 5, "end": 10}, {"href": "tel:95188", "start": 5, "end": 12}]},
         "links[1]: end 12 is past the end of the text (10 characters)"),
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": 10, "end": 5}]},
         "links[0]: start 10 is after end 5"),
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": 5, "end": 11}, {"href": "tel:95188", "start": 6, "end": 5}]},
         "links[0]: end 11 is past the end of the text (10 characters); and 1 more link(s) whose span does not fit the text"),
        ({"html": '<a href="tel:95188">Call 95188</a>', "links": [{"href": "tel:95188", "start": 0, "end": 4}]},
         "links go with text only: with html, the links are read from the HTML itself"),
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": 0, "end": 4}] * (MAX_SCAN_LINKS + 1)},
         f"links has too many items: at most {MAX_SCAN_LINKS}"),
        ({"text": "Call 95188", "links": [{"href": "https://a.example/" + "x" * (MAX_LINK_HREF_LENGTH - 17), "start": 0, "end": 4}]},
         f"links[0].href is too long: at most {MAX_LINK_HREF_LENGTH} characters"),
        ({"text": "Call 95188", "links": [{"href": "", "start": 0, "end": 4}]},
         "links[0].href: String should have at least 1 character"),
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": -1, "end": 4}]},
         "links[0].start: Input should be greater than or equal to 0"),
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": "5", "end": 10}]},
         "links[0].start: a position is a whole number, written without quotes"),
        ({"text": "Call 95188", "links": [{"href": "tel:95188", "start": 5, "end": 10, "title": "call"}]},
         "links[0].title is not a known field"),
        ({"html": '<html lang="zh-CN"><p>95188</p></html>', "page_language": "zh-CN"},
         "page_language goes with text only: with html, it is read from the HTML itself"),
        ({"text": "Call 95188", "page_language": "x" * (MAX_LANGUAGE_TAG_LENGTH + 1)},
         f"page_language is too long: at most {MAX_LANGUAGE_TAG_LENGTH} characters"),
        ({"html": "<title>PayPal</title><p>95188</p>", "page_title": "PayPal"},
         "page_title goes with text only: with html, it is read from the HTML itself"),
        ({"text": "Call 95188", "page_title": "x" * (MAX_PAGE_TITLE_LENGTH + 1)},
         f"page_title is too long: at most {MAX_PAGE_TITLE_LENGTH} characters"),
    ], ids=["end-past-the-text", "start-after-end", "several-out-of-place", "with-html", "too-many", "href-too-long",
            "href-empty", "negative", "quoted-number", "unknown-field", "page-language-with-html", "page-language-too-long",
            "page-title-with-html", "page-title-too-long"])
    def test_links_out_of_shape_are_refused_in_words(self, client, body, detail):
        response = client.post("/v1/scan", json=body)
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": detail, "problems": [detail]}

    def test_a_lists_items_sent_with_the_text_are_read_as_its_html_lists(self, client):
        # (a heading with no colon: lines under one that ends in a colon are its list even without list_items)
        html = ("<h3>以下情况都是诈骗</h3><ul><li>自称支付宝客服，说您的账户被冻结，要求提供验证码</li>"
                "<li>要求您下载屏幕共享软件</li></ul><p>支付宝客服热线：95188</p>")
        from_html = scan_of(client, html=html, region="CN", include_text=True)
        text = from_html["text"]
        items = [text.index("自称"), text.index("要求您")]
        from_text = scan_of(client, text=text, region="CN", list_items=items)
        assert (from_text["red_flags"], from_text["advisories"]) == (from_html["red_flags"], from_html["advisories"]) == ([], [])
        # without them, the text is a script that asks for a code and a screen share
        assert "scam_script" in [a["code"] for a in scan_of(client, text=text, region="CN")["advisories"]]

    @pytest.mark.parametrize(("body", "detail"), [
        ({"text": "Call 95188", "list_items": [0, 11]}, "list_items[1]: 11 is past the end of the text (10 characters)"),
        ({"text": "Call 95188", "list_items": [12, 11]},
         "list_items[0]: 12 is past the end of the text (10 characters); and 1 more past it"),
        ({"text": "Call 95188", "list_items": ["5"]}, "list_items: a position is a whole number, written without quotes"),
        ({"text": "Call 95188", "list_items": [-1]}, "list_items[0]: Input should be greater than or equal to 0"),
        ({"text": "Call 95188", "list_items": [0] * (MAX_SCAN_LIST_ITEMS + 1)}, f"list_items has too many items: at most {MAX_SCAN_LIST_ITEMS}"),
        ({"html": "<ul><li>95188</li></ul>", "list_items": [0]},
         "list_items go with text only: with html, the lists are read from the HTML itself"),
        # (a description list's terms, the same)
        ({"text": "Call 95188", "terms": [11]}, "terms[0]: 11 is past the end of the text (10 characters)"),
        ({"text": "Call 95188", "terms": [0] * (MAX_SCAN_LIST_ITEMS + 1)}, f"terms has too many items: at most {MAX_SCAN_LIST_ITEMS}"),
        ({"html": "<dl><dt>x</dt><dd>95188</dd></dl>", "terms": [0]},
         "terms go with text only: with html, the lists are read from the HTML itself"),
    ], ids=["past-the-text", "several-past", "quoted-number", "negative", "too-many", "with-html", "terms-past-the-text",
            "too-many-terms", "terms-with-html"])
    def test_list_items_out_of_shape_are_refused_in_words(self, client, body, detail):
        response = client.post("/v1/scan", json=body)
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": detail, "problems": [detail]}

    def test_a_description_lists_terms_sent_with_the_text_are_read_as_its_html_terms(self, client):
        html = "<dl><dt>Phantom support</dt><dd>+1 808 213 4440</dd></dl>"
        from_html = scan_of(client, html=html, include_text=True)
        text = from_html["text"]
        from_text = scan_of(client, text=text, list_items=[0, text.index("+1")], terms=[0])
        presented = [[(f["presented_as"] or {}).get("slug") for f in result["findings"]] for result in (from_html, from_text)]
        assert presented == [["phantom"], ["phantom"]]

    def test_a_form_fields_words_sent_with_the_text_are_read_as_its_html_fields(self, client):
        html = ('<h2>Validate your wallet</h2><form><textarea placeholder="Enter your 12 or 24 word Secret Recovery Phrase">'
                '</textarea><input type="submit" value="Validate"></form>')
        url = "https://metamask-validate.app/"
        from_html = scan_of(client, html=html, url=url, include_text=True)
        text = from_html["text"]
        start = text.index("Enter")
        fields = [{"start": start, "end": text.index("\n", start)}]
        from_text = scan_of(client, text=text, url=url, fields=fields)
        assert from_text["red_flags"] == from_html["red_flags"]
        assert "asks_seed_phrase" in [flag["code"] for flag in from_text["red_flags"]]
        # without them, a web page that names the phrase asks for nothing
        assert "asks_seed_phrase" not in [flag["code"] for flag in scan_of(client, text=text, url=url)["red_flags"]]

    @pytest.mark.parametrize(("body", "detail"), [
        ({"text": "Call 95188", "fields": [{"start": 5, "end": 11}]}, "fields[0]: the span 5-11 does not fit the text (10 characters)"),
        ({"text": "Call 95188", "fields": [{"start": 6, "end": 5}]}, "fields[0]: the span 6-5 does not fit the text (10 characters)"),
        ({"text": "Call 95188", "fields": [{"start": 0, "end": 4}] * (MAX_SCAN_FIELDS + 1)},
         f"fields has too many items: at most {MAX_SCAN_FIELDS}"),
        ({"html": "<input placeholder=x>", "fields": [{"start": 0, "end": 1}]},
         "fields go with text only: with html, the form fields are read from the HTML itself"),
        ({"text": "Call 95188", "fields": [{"start": "0", "end": 4}]}, "fields[0].start: a position is a whole number, written without quotes"),
    ], ids=["past-the-text", "start-after-end", "too-many", "with-html", "quoted-number"])
    def test_fields_out_of_shape_are_refused_in_words(self, client, body, detail):
        response = client.post("/v1/scan", json=body)
        assert response.status_code == 422
        assert response.json() == {"error": "invalid_request", "detail": detail, "problems": [detail]}

    def test_an_href_of_the_longest_length_and_a_whole_number_written_as_a_float_are_taken(self, client):
        href = "https://evil-paypal.top/" + "x" * (MAX_LINK_HREF_LENGTH - 24)
        assert len(href) == MAX_LINK_HREF_LENGTH
        result = scan_of(client, text="Call 95188", region="CN", links=[{"href": href, "start": 0.0, "end": 4}])
        assert [(f["source"], f["value"]) for f in result["findings"]] == [("link", "evil-paypal.top"), ("text", "CN:95188")]


class TestAnswerCache:
    def test_a_cached_answer_is_the_same_and_follows_the_registry_version(self, client):
        answers = [client.get("/v1/check", params={"value": "95017", "region": "CN"}) for _ in range(3)]
        assert answers[0].content == answers[1].content == answers[2].content
        cache = client.app.state.answer_cache
        assert any(key[0] == b"value=95017&region=CN" for key in cache.entries)
        assert all(key[1] == client.app.state.index_holder.current.version for key in cache.entries)

    def test_an_answer_is_kept_the_second_time_its_query_is_asked(self):
        from service.api import AnswerCache

        cache = AnswerCache(2)
        key = (b"value=95188", 1, None)
        cache.put(key, b"first")
        assert cache.get(key) is None  # asked once: only the question is remembered
        cache.put(key, b"second")
        assert cache.get(key) == b"second"

    def test_values_asked_once_do_not_push_out_the_popular_answers(self):
        from service.api import AnswerCache

        cache = AnswerCache(2)
        popular = (b"value=95188", 1, None)
        cache.put(popular, b"x")
        cache.put(popular, b"x")
        for number in range(1000):  # a crawler, or every caller's own new number
            cache.put((str(number).encode(), 1, None), b"y" * 2048)
        assert cache.get(popular) == b"x"
        assert list(cache.entries) == [popular] and len(cache.asked_once) == 2

    def test_the_cache_is_bounded(self):
        from service.api import AnswerCache

        cache = AnswerCache(2)
        for number in range(3):
            for _ in range(2):
                cache.put((str(number).encode(), 1, None), b"x")
        assert [key[0] for key in cache.entries] == [b"1", b"2"]


class TestWindowsInTheProcess:
    """The embedded rate-limit counts: a client's window starts with its first hit, as in Redis, so a client
    cannot spend two windows' worth across the turn of a minute (and a test is not at the clock's mercy)."""

    @staticmethod
    def counted(windows, limit: str, at: list[float], client: str = "203.0.113.7", namespace: str = "api"):
        import asyncio

        from limits import parse

        answers = []
        for moment in at:
            windows.clock = lambda moment=moment: moment
            answers.append(asyncio.run(windows.hit(parse(limit), namespace, client)))
        return answers

    def test_a_window_starts_with_the_clients_first_hit_not_the_whole_minute(self):
        from service.middleware import rate_windows

        answers = self.counted(rate_windows(None), "2/minute", at=[59.5, 59.9, 60.2, 119.4, 119.6])
        # Refused until 119.5, sixty seconds after the first hit; the Retry-After is rounded up, never early.
        assert answers == [None, None, 60, 1, None]

    def test_clients_and_counts_are_apart(self):
        from service.middleware import rate_windows

        windows = rate_windows(None)
        assert self.counted(windows, "1/minute", at=[10, 11]) == [None, 59]
        assert self.counted(windows, "1/minute", at=[12], client="198.51.100.9") == [None]
        assert self.counted(windows, "1/minute", at=[13], namespace="reports") == [None]

    def test_passed_windows_are_forgotten(self):
        from service.middleware import rate_windows

        windows = rate_windows(None)
        self.counted(windows, "5/minute", at=[0.0], client="192.0.2.1")
        moments = [30.0 + client / 100 for client in range(10_000)]  # the last at 129.99 s
        for client, moment in enumerate(moments):
            self.counted(windows, "5/minute", at=[moment], client=f"10.0.{client // 256}.{client % 256}")
        # Forgotten on the 10,000th hit (at 129.98 s): every window that had passed, and only those.
        kept = sorted(started for started, _ in windows.counts.values())
        assert ("api", "192.0.2.1", 5, 60) not in windows.counts
        assert kept == [moment for moment in moments if moment > 129.98 - 60]


class TestSharedRateLimit:
    """Two app instances (as two worker processes would be) count against one set of limits in Redis."""

    @pytest.fixture
    def redis_url(self):
        import redis

        url = "redis://127.0.0.1:6379/15"
        try:
            redis.Redis.from_url(url, socket_connect_timeout=2).ping()
        except redis.RedisError as error:
            pytest.skip(f"NO REDIS SERVER at {url}: {error}")
        yield url
        redis.Redis.from_url(url).flushdb()

    @staticmethod
    def fresh_window(count: int) -> str:
        """A limit whose window no earlier run has counted in (its key holds the window's length)."""
        import uuid

        return f"{count}/{uuid.uuid4().int % 1000 + 1000} seconds"

    def test_two_workers_share_one_limit_through_redis(self, seeded_db_url, redis_url):
        settings = make_settings(seeded_db_url, rate_limit=self.fresh_window(3), redis_url=redis_url)
        with TestClient(create_app(settings)) as first, TestClient(create_app(settings)) as second:
            statuses = [client.get("/v1/check", params={"value": "95188"}).status_code
                        for client in (first, second, first, second)]
        assert statuses == [200, 200, 200, 429]

    def test_the_check_page_counts_apart_from_the_api_in_redis_too(self, seeded_db_url, redis_url):
        window = self.fresh_window(2)
        settings = make_settings(seeded_db_url, rate_limit=window, page_rate_limit=window, redis_url=redis_url)
        with TestClient(create_app(settings)) as first, TestClient(create_app(settings)) as second:
            api = [client.get("/v1/check", params={"value": "95188"}).status_code for client in (first, second, first)]
            page = [client.get("/", params={"value": "95188"}) for client in (second, first, second)]
        assert api == [200, 200, 429] and [answer.status_code for answer in page] == [200, 200, 429]
        assert page[-1].headers["content-type"].startswith("text/html") and int(page[-1].headers["retry-after"]) > 60


class TestRedisOutage:
    """Redis stops answering while the service runs: the checks go on, each worker counting limits on its own, and
    Redis counts again once it is back. A Redis server of the test's own, on a port of its own, is stopped and started."""

    @pytest.fixture
    def redis_server(self, tmp_path):
        import shutil
        import subprocess

        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("NO redis-server PROGRAM on this machine: the Redis outage is not tested")
        port = free_port()
        servers = []

        def start():
            servers.append(subprocess.Popen([binary, "--port", str(port), "--save", "", "--appendonly", "no",
                                             "--dir", str(tmp_path)], stdout=subprocess.DEVNULL))
            _wait_for_redis(port, answering=True)

        def stop():
            servers[-1].terminate()
            servers[-1].wait(10)
            _wait_for_redis(port, answering=False)

        start()
        yield f"redis://127.0.0.1:{port}/0", start, stop
        for server in servers:
            server.kill()
            server.wait(10)

    def test_checks_go_on_counted_in_the_worker_and_redis_counts_again_when_back(self, seeded_db_url, redis_server,
                                                                                monkeypatch):
        import logging

        from service import middleware

        monkeypatch.setattr(middleware, "REDIS_RETRY_SECONDS", 0.2)
        said = []
        # The service's own logger does not propagate to pytest's capture: listen on it.
        listener = logging.Handler()
        listener.emit = lambda record: said.append(record.getMessage())
        monkeypatch.setattr(middleware.rate_log, "handlers", [listener])
        url, start, stop = redis_server
        settings = make_settings(seeded_db_url, rate_limit="3/minute", redis_url=url)
        with TestClient(create_app(settings)) as client:
            def statuses(count):
                return [client.get("/v1/check", params={"value": "95188"}).status_code for _ in range(count)]

            assert statuses(4) == [200, 200, 200, 429]
            assert client.get("/readyz").json()["rate_limits_counted_in"] == "Redis"
            stop()
            # Redis's count is out of reach: the worker counts from nothing, and still refuses past the limit.
            assert statuses(4) == [200, 200, 200, 429]
            ready = client.get("/readyz").json()
            assert ready["status"] == "ready"
            assert ready["rate_limits_counted_in"].startswith("this worker, as Redis does not answer: ")
            start()
            time.sleep(0.3)
            assert statuses(4) == [200, 200, 200, 429]  # a Redis started empty, counting again
            assert client.get("/readyz").json()["rate_limits_counted_in"] == "Redis"
        assert len(said) == 2 and "does not answer" in said[0] and "answers again" in said[1]

    def test_a_redis_that_never_answers_does_not_hold_the_requests(self, seeded_db_url):
        import socket

        # A port that takes connections and never replies, as a host behind a dropped route does: without a
        # timeout, each request waited on it for ever.
        with socket.socket() as silent:
            silent.bind(("127.0.0.1", 0))
            silent.listen(64)
            url = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
            settings = make_settings(seeded_db_url, rate_limit="2/minute", redis_url=url)
            with TestClient(create_app(settings)) as client:
                started = time.monotonic()
                statuses = [client.get("/v1/check", params={"value": "95188"}).status_code for _ in range(3)]
                waited = time.monotonic() - started
                ready = client.get("/readyz").json()
        assert statuses == [200, 200, 429]
        assert waited < 5, waited
        assert ready["rate_limits_counted_in"] == "this worker, as Redis does not answer: Timeout reading from " \
            + url.removeprefix("redis://").removesuffix("/0")


class TestDatabaseOutage:
    """PostgreSQL stops taking connections to the service's database while it runs (the database of the test's own is
    closed to connections and its sessions ended, as a failover or a restart does): the checks and the scan go on from
    the index in memory, what needs the database is a 503 that says nothing was done, and the same requests go through
    once it is back. Each answered with a 500 "something went wrong on our side", the check page's report as JSON."""

    REPORT = {"value": "+1 415 555 0177", "claimed_provider": "PayPal", "region": "US"}  # reported by no other test

    def test_what_needs_the_database_is_a_503_and_goes_through_once_it_is_back(self, request, tmp_path_factory, monkeypatch):
        import logging

        import sqlalchemy as sa

        from registry.datafile import PROVIDERS_DIR
        from service import database, runtime
        from tests.conftest import POSTGRES_ADMIN_URL, new_database

        said = []
        listener = logging.Handler()
        listener.emit = lambda record: said.append(record.getMessage())
        monkeypatch.setattr(runtime.log, "handlers", [listener])
        admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")

        def connections(allowed: bool, name: str) -> None:
            with admin.connect() as connection:
                connection.execute(sa.text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}'))
                if not allowed:
                    connection.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                                       {"name": name})

        with new_database("postgres", request, tmp_path_factory) as url:
            name = url.rsplit("/", 1)[1]
            database.prepare(url, seed_dir=PROVIDERS_DIR).dispose()
            settings = make_settings(url, index_refresh_seconds=0.05)
            try:
                with TestClient(create_app(settings), raise_server_exceptions=False) as client:
                    connections(False, name)
                    time.sleep(0.3)  # several refreshes of the index fail meanwhile
                    check = client.get("/v1/check", params={"value": "95188", "region": "CN"})
                    scanned = client.post("/v1/scan", json={"text": "支付宝客服 95188"})
                    reported = client.post("/v1/reports", json=self.REPORT)
                    proposals = client.get("/v1/proposals", headers={"Authorization": "Bearer vc_not_checked_while_down"})
                    page_report = client.post("/report", data={"value": self.REPORT["value"], "claims": "PayPal",
                                                                "region": "US", "seen_url": "https://spam.example.net/pp"})
                    sign_in = client.post("/review/login", data={"token": "vc_not_checked_while_down"})
                    ready = client.get("/readyz")
                    connections(True, name)
                    time.sleep(0.3)
                    reported_again = client.post("/v1/reports", json=self.REPORT)
            finally:
                connections(True, name)
                admin.dispose()

        assert check.status_code == 200 and check.json()["verdict"] == "official"
        assert scanned.status_code == 200 and scanned.json()["findings"][0]["verdict"] == "official"
        for refused in (reported, proposals):
            assert refused.status_code == 503 and refused.headers["retry-after"] == "30"
            assert refused.json() == {"error": "unavailable", "detail": "the database does not answer just now, so nothing "
                                      "was saved or changed; send the same request again in a minute"}
        # a person's pages say it in their words, and the report form is there again as they filled it in
        assert page_report.status_code == 503 and page_report.headers["content-type"].startswith("text/html")
        assert "Your report could not be saved just now: our database does not answer." in page_report.text
        assert '<input type="hidden" name="value" value="+1 415 555 0177">' in page_report.text
        assert 'value="https://spam.example.net/pp"' in page_report.text and 'data-verdict="mismatch"' in page_report.text
        assert sign_in.status_code == 503 and "The database does not answer just now, so nothing was changed." in sign_in.text
        assert ready.status_code == 503
        assert reported_again.status_code == 201 and reported_again.json()["value"] == "+14155550177"
        # the index's refreshes failed many times over: said once, and once that it is back
        assert [line.split(";")[0] for line in said] == ["the database does not answer", "the database answers again"]


    def test_a_table_the_database_lacks_is_our_fault_not_an_outage(self, backend, request, tmp_path_factory, monkeypatch):
        """SQLite says "no such table" with the OperationalError it says a locked database with: a migration not run
        was answered with a 503 and "send the same request again in a minute", which no wait mends (PostgreSQL's
        UndefinedTable was a 500 already)."""
        import logging

        import sqlalchemy as sa

        from registry.datafile import PROVIDERS_DIR
        from service import database, errors
        from tests.conftest import new_database

        said = []
        listener = logging.Handler()
        listener.emit = lambda record: said.append((record.getMessage(), record.exc_info is not None))
        monkeypatch.setattr(errors.log, "handlers", [listener])
        with new_database(backend, request, tmp_path_factory) as url:
            database.prepare(url, seed_dir=PROVIDERS_DIR).dispose()
            with TestClient(create_app(make_settings(url)), raise_server_exceptions=False) as client:
                engine = sa.create_engine(url)  # (once the service has started: it reads the confirmed reports then)
                with engine.begin() as connection:
                    connection.execute(sa.text("DROP TABLE report_sightings"))
                    connection.execute(sa.text("DROP TABLE scam_reports"))
                engine.dispose()
                reported = client.post("/v1/reports", json=self.REPORT)
        assert reported.status_code == 500 and "retry-after" not in reported.headers
        assert reported.json()["error"] == "internal_error"
        assert said == [("unhandled error on POST /v1/reports", True)]


def _wait_for_redis(port: int, *, answering: bool) -> None:
    import redis

    client = redis.Redis(port=port, socket_connect_timeout=0.5)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            client.ping()
            if answering:
                return
        except redis.RedisError:
            if not answering:
                return
        time.sleep(0.05)
    raise AssertionError(f"redis-server on port {port} did not {'start' if answering else 'stop'}")


FAST_PATH_QUERIES = [
    {"value": "95188", "region": "CN"},
    {"value": "metamask-support.com"},
    {"value": "+1 (209) 798-8106", "claimed_provider": "MetaMask", "lang": "zh"},
    {"value": "+86 21 5555 0000", "claimed_provider": "支付宝", "message": "您的账户异常，请提供短信验证码"},
    {"value": "https://paypal.com@login-check.com/x?y=1", "direction": "incoming", "channel": "sms"},
    {"value": "1-800-275-2273", "region": "CN", "as_of": "2026-01-01"},
]


@pytest.mark.parametrize("params", FAST_PATH_QUERIES)
def test_get_check_answers_as_the_post_route_does(client, params):
    got, posted = client.get("/v1/check", params=params), client.post("/v1/check", json=params)
    assert got.status_code == posted.status_code == 200
    assert got.content == posted.content
    assert [(name, got.headers[name]) for name in ("content-type", "content-length")] == [
        (name, posted.headers[name]) for name in ("content-type", "content-length")]


def test_get_check_takes_a_day_only_as_written(client):
    assert client.get("/v1/check", params={"value": "95188", "as_of": "2026-01-01"}).json()["as_of"] == "2026-01-01"
    refused = client.get("/v1/check", params={"value": "95188", "as_of": "0"})
    assert refused.status_code == 422 and "YYYY-MM-DD" in refused.json()["detail"]


def test_get_check_is_answered_ahead_of_the_router_and_invalid_queries_reach_it(client):
    """The fast path answers a valid query itself (the app behind it is never called) with the bytes the
    app gives; a query that does not validate goes on to the app, for the 422 every bad request gets."""
    import asyncio

    from service.api import CheckFastPath

    reached: list[str] = []

    async def behind(scope, receive, send):
        reached.append(scope["query_string"].decode())

    def call(query: bytes) -> list[dict]:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": "/v1/check", "query_string": query, "app": client.app}
        asyncio.run(CheckFastPath(behind)(scope, None, send))
        return sent

    sent = call(b"value=95188&region=CN")
    assert reached == [] and sent[0]["status"] == 200
    assert sent[1]["body"] == client.get("/v1/check", params={"value": "95188", "region": "CN"}).content
    assert call(b"value=&region=CN") == [] and call(b"value=95188&region=Narnia") == []
    assert reached == ["value=&region=CN", "value=95188&region=Narnia"]
    bad = client.get("/v1/check", params={"value": "95188", "region": "Narnia"})
    assert bad.status_code == 422 and bad.json()["error"] == "invalid_request"


def test_get_check_keeps_cors_and_the_rate_limit(seeded_db_url):
    settings = make_settings(seeded_db_url, rate_limit="3/minute", cors_origins=["chrome-extension://abc"])
    with TestClient(create_app(settings)) as client:
        answers = [client.get("/v1/check", params={"value": "95188", "region": "CN"},
                              headers={"origin": "chrome-extension://abc"}) for _ in range(4)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert answers[0].headers["access-control-allow-origin"] == "chrome-extension://abc"


def test_a_worker_builds_its_lazy_tables_before_the_first_request(seeded_db_url):
    # The first scan of a process builds the name tables, the signal prefilter and the folding automaton
    # (0.09 s); a worker does that while it starts, so no caller waits for it.
    with TestClient(create_app(make_settings(seeded_db_url))) as fresh:
        index = fresh.app.state.index_holder.current
        assert ("scan_tables",) in index.memo
        answer = fresh.post("/v1/scan", json={"text": "MetaMask 客服电话 +1 707 381 4213", "region": "CN"}).json()
        assert answer["findings"][0]["verdict"] == "contradicts_policy"


@pytest.mark.parametrize("opentelemetry", [False, True])
def test_opentelemetry_is_looked_up_only_when_asked_for(seeded_db_url, monkeypatch, opentelemetry):
    # FastAPI looks up the global OpenTelemetry providers on every request unless its telemetry is
    # switched off (5% of a check's time in process); VC_OPENTELEMETRY turns it back on.
    from opentelemetry import trace

    lookups = []
    real = trace.get_tracer_provider
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: lookups.append(1) or real())
    with TestClient(create_app(make_settings(seeded_db_url, opentelemetry=opentelemetry))) as fresh:
        answer = fresh.get("/v1/check", params={"value": "95188", "region": "CN"})
    assert answer.json()["verdict"] == "official"
    assert bool(lookups) is opentelemetry


def test_the_warm_up_builds_every_regions_number_rules(bundled_index):
    # a check of a number without a region asks every region's rules (0.5 s to build): before any request
    from registry import normalize
    from service import runtime

    normalize._region_parse_rules.cache_clear()
    runtime._warmed(bundled_index)
    built = normalize._region_parse_rules.cache_info().currsize
    assert built == len(normalize.KNOWN_REGIONS)
    normalize.readings_where_valid.cache_clear()
    normalize.regions_where_valid("13812345678")
    assert normalize._region_parse_rules.cache_info().currsize == built
