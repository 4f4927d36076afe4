"""The shared check vectors (tests/vectors/check.txt): `value | region | claimed provider | expected verdict`.

Plain lines so that any implementation (this one, the browser extension's) can run the same cases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from registry.check import CheckRequest, check

VECTORS = Path(__file__).parent.parent / "vectors" / "check.txt"
VERDICTS = {"official", "retired", "known_scam", "lookalike", "mismatch", "contradicts_policy", "unknown", "invalid"}


def read_vectors(path: Path = VECTORS) -> list[tuple[int, str, str | None, str | None, str]]:
    vectors = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split(" | ")
        assert len(fields) == 4, f"{path.name}:{number}: expected 4 fields separated by ' | ', got {len(fields)}"
        value, region, claim, expected = (field.strip() for field in fields)
        assert expected in VERDICTS, f"{path.name}:{number}: unknown verdict {expected!r}"
        vectors.append((number, value, region or None, claim or None, expected))
    return vectors


@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


def test_there_are_enough_vectors_of_every_kind():
    vectors = read_vectors()
    assert len(vectors) >= 150
    assert {"official", "lookalike", "mismatch", "contradicts_policy", "unknown", "invalid"} <= {v[-1] for v in vectors}


@pytest.mark.parametrize(("line", "value", "region", "claim", "expected"), read_vectors(), ids=lambda v: None)
def test_vector(index, line, value, region, claim, expected):
    answer = check(index, CheckRequest(value=value, region=region, claimed_provider=claim), today=dt.date(2026, 11, 22))
    assert answer.verdict == expected, (
        f"check.txt:{line}: {value!r} region={region} claim={claim}: expected {expected}, got {answer.verdict}: "
        + " / ".join(reason["message"] for reason in answer.reasons)
    )
