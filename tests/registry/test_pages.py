"""Labelled pages (tests/pages): the scan must report exactly the expected findings, no decoy, the
expected mentions and exactly the expected advisory codes. Format in docs/scan.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from registry.scan import ScanRequest, scan

PAGES = Path(__file__).parent.parent / "pages"
EXPECTATIONS = sorted(PAGES.glob("*.expected.yaml"))


@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


def page_of(expected_file: Path) -> Path:
    stem = expected_file.name.removesuffix(".expected.yaml")
    [page] = [p for p in PAGES.glob(stem + ".*") if p != expected_file]
    return page


def test_there_are_enough_labelled_pages():
    assert len(EXPECTATIONS) >= 15


@pytest.mark.parametrize("expected_file", EXPECTATIONS, ids=lambda p: p.name.removesuffix(".expected.yaml"))
def test_labelled_page(index, expected_file):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    page = page_of(expected_file)
    content = page.read_text(encoding="utf-8")
    request = ScanRequest(html=content, url=expected.get("url"), region=expected.get("region"), include_text=True) \
        if page.suffix == ".html" else ScanRequest(text=content, url=expected.get("url"), region=expected.get("region"))
    result = scan(index, request, today=dt.date(2026, 11, 22))

    got = {(f["value"], f["kind"]): f for f in result.findings}
    wanted = {(f["value"], f["kind"]): f for f in expected["findings"]}
    assert set(got) == set(wanted), f"missing {set(wanted) - set(got)}; unexpected {set(got) - set(wanted)}"
    for key, want in wanted.items():
        finding = got[key]
        presented = (finding["presented_as"] or {}).get("slug")
        assert (finding["verdict"], presented) == (want["verdict"], want["presented_as"]), (key, finding["text"])
    texts = [f["text"] for f in result.findings]
    for decoy in expected.get("must_not_find") or []:
        assert all(decoy not in text for text in texts), f"decoy {decoy!r} reported"
    assert set(expected.get("mentions") or []) <= {m["slug"] for m in result.mentions}
    assert {a["code"] for a in result.advisories} == set(expected.get("advisories") or [])
    if "red_flags" in expected:
        assert {flag["code"] for flag in result.red_flags} == set(expected["red_flags"])
    if "read_in" in expected:  # the region the page's numbers were read in, and where it came from
        assert [result.page["region"], result.page["region_from"]] == expected["read_in"]
