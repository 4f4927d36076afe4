"""Recorded documents: reconstructions of official pages (each file's header says from what), and variants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

from scrapers import base

DOCUMENTS = Path(__file__).parent / "documents"
TODAY = dt.date(2026, 11, 22)


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
