"""Fuzz the public API from its own OpenAPI schema: no input may produce a 500 or an undocumented answer.

Schemathesis generates the cases; Hypothesis drives them here directly, because schemathesis's pytest
plugin does not yet run under pytest 9.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

OPERATIONS = ["GET /v1/check", "POST /v1/check", "POST /v1/check/batch", "GET /v1/providers",
              "GET /v1/providers/{slug}", "GET /v1/report-channels", "GET /healthz", "GET /readyz"]


@pytest.fixture(scope="module")
def api_schema(client):
    return schemathesis.openapi.from_asgi("/openapi.json", client.app)


def test_every_operation_is_fuzzed(api_schema):
    found = {f"{op.ok().method.upper()} {op.ok().path}" for op in api_schema.get_all_operations()}
    assert set(OPERATIONS) <= found, found - set(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_the_api_never_fails_on_generated_input(api_schema, label):
    method, path = label.split(" ")
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case):
        case.call_and_validate()

    run()
