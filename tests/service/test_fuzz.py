"""Fuzz the public API from its own OpenAPI schema: no input may produce a 500 or an undocumented answer.

Schemathesis generates the cases; Hypothesis drives them here directly, because schemathesis's pytest
plugin does not yet run under pytest 9.
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from registry.datafile import PROVIDERS_DIR
from service import database
from service.app import create_app
from tests.conftest import new_database
from tests.service.conftest import make_settings

OPERATIONS = ["GET /v1/check", "POST /v1/check", "POST /v1/check/batch", "GET /v1/providers",
              "GET /v1/providers/{slug}", "GET /v1/report-channels", "POST /v1/scan", "POST /v1/reports",
              "GET /healthz", "GET /readyz"]
# A schema can say a report's value is a string, not that it is a number, domain or email: a string that
# is none of them is refused with a documented 400, which schemathesis would count as valid data refused.
EXCLUDED_CHECKS = {"POST /v1/reports": [positive_data_acceptance]}
# How this API refuses a request: schemathesis's own list leaves out 413, our answer to a body over the
# 2 MB limit (a generated batch of a thousand items can be one), and lets a 5xx pass.
CONFIG = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {
    "expected-statuses": ["400", "401", "403", "404", "413", "415", "422", "429"]}}})


@pytest.fixture(scope="module")
def api_schema(backend, request, tmp_path_factory):
    """On a database of its own (the fuzzed reports are stored), with the report rate limit out of the way."""
    with new_database(backend, request, tmp_path_factory) as url:
        database.prepare(url, seed_dir=PROVIDERS_DIR).dispose()
        with TestClient(create_app(make_settings(url, report_rate_limit="100000/minute"))) as client:
            yield schemathesis.openapi.from_asgi("/openapi.json", client.app, config=CONFIG)


def test_every_operation_is_fuzzed(api_schema):
    found = {f"{op.ok().method.upper()} {op.ok().path}" for op in api_schema.get_all_operations()}
    assert set(OPERATIONS) <= found, found - set(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_the_api_never_fails_on_generated_input(api_schema, label):
    fuzz(api_schema, label, GenerationMode.POSITIVE)


# Operations that take input (the others have no invalid request to make).
WITH_INPUT = [label for label in OPERATIONS if label not in ("GET /v1/providers/{slug}", "GET /healthz", "GET /readyz")]


@pytest.mark.parametrize("label", WITH_INPUT)
def test_input_the_schema_refuses_is_refused_with_a_documented_status(api_schema, label):
    """Negative cases: what the schema calls invalid must get a documented 4xx. (First run, it found null
    and "" for a region called invalid by the schema yet accepted, and 400s the schema did not list.)"""
    fuzz(api_schema, label, GenerationMode.NEGATIVE)


def spans_within_the_text(body: object) -> None:
    """A schema can say a link's or a field's span and a list item's or a term's start are whole numbers, not that they fall
    within the text sent with them: each generated one is folded into its text (start <= end <= the text's
    length), as a client's is, so that a valid body is one the scan takes. Positions that do not fit are refused
    in tests/service/test_api.py."""
    if not (isinstance(body, dict) and isinstance(body.get("text"), str)):
        return
    length = len(body["text"])
    for span in [*(body.get("links") or ()), *(body.get("fields") or ())]:
        span["start"], span["end"] = sorted((int(span["start"]) % (length + 1), int(span["end"]) % (length + 1)))
    for name in ("list_items", "terms"):
        if isinstance(body.get(name), list):
            body[name] = [int(start) % (length + 1) for start in body[name]]


# What a schema cannot say, made true of the bodies generated as valid.
FIT_TO_SCHEMA = {"POST /v1/scan": spans_within_the_text}


def fuzz(api_schema, label: str, mode: GenerationMode) -> None:
    method, path = label.split(" ")
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(mode))
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case):
        if mode is GenerationMode.POSITIVE and label in FIT_TO_SCHEMA:
            FIT_TO_SCHEMA[label](case.body)
        case.call_and_validate(excluded_checks=EXCLUDED_CHECKS.get(label))

    run()
