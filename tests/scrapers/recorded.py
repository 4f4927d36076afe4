"""Recorded documents: reconstructions of official pages (each file's header says from what), and variants."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import ModuleType

from registry import datafile
from scrapers import base

DOCUMENTS = Path(__file__).parent / "documents"
RECORDED_ON = dt.date(2026, 11, 22)  # when the pages were reconstructed


def _newest_retrieval() -> dt.date:
    days = [dt.date.fromisoformat(day) for path in datafile.PROVIDERS_DIR.glob("*.yaml")
            for day in re.findall(r"retrieved_at: ['\"]?(\d{4}-\d{2}-\d{2})", path.read_text(encoding="utf-8"))]
    return max(days, default=RECORDED_ON)


# The day the recorded runs happen: not before the newest fact in the bundled data, which a run on an
# earlier day would refuse as "retrieved in the future" (and skip its provider).
TODAY = max(RECORDED_ON, _newest_retrieval())


def text(name: str) -> str:
    return (DOCUMENTS / name).read_text(encoding="utf-8")


def document(source: ModuleType, variant: str = "", *, page: str | None = None) -> base.Document:
    """`source`'s recorded page (or `page`), as fetched from its URL on TODAY."""
    name = f"{source.NAME}.{variant}.html" if variant else f"{source.NAME}.html"
    return base.document_from_text(source.URL, text(name) if page is None else page, retrieved_at=TODAY)


def huge_page(size: int = 3 * base.MAX_BYTES // 2) -> str:
    """Broken markup larger than the size limit, the kind that makes naive parsers crawl."""
    unit = '<div class="x"><a<a<a <p>lorem ipsum &amp; <!-- x --> <![ <b>'
    return unit * (size // len(unit) + 1)
