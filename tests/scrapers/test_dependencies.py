"""Scrapers depend on registry and never on the service: `service → registry ← scrapers`."""

from __future__ import annotations

import ast
from pathlib import Path

import scrapers

FORBIDDEN = ("service", "fastapi", "starlette")


def test_scrapers_import_neither_the_service_nor_the_web_framework():
    for path in sorted(Path(scrapers.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_every_source_has_the_parts_the_runner_calls():
    from scrapers import runner

    for source in runner.SOURCES:
        assert source.NAME and source.URL.startswith("https://") and source.PROVIDER
        assert callable(source.fetch) and callable(source.parse)
    assert len({source.NAME for source in runner.SOURCES}) == len(runner.SOURCES)
