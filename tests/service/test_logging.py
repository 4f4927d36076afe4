"""Structured log lines: one JSON object per request, written in batches that never split a line."""

from __future__ import annotations

import json
import logging
import os
import time

import pytest
from fastapi.testclient import TestClient

from service.app import LOG_FLUSH_SECONDS, create_app
from service.middleware import BatchedStreamHandler, JsonLogFormatter
from tests.service.conftest import make_settings


@pytest.fixture
def pipe_logger():
    """A logger writing through the batched handler into a real pipe, and what arrived at its other end."""
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    stream = os.fdopen(write_end, "w", encoding="utf-8")
    handler = BatchedStreamHandler(stream, max_delay=60)
    handler.setFormatter(JsonLogFormatter())
    logger = logging.getLogger("verified_contacts.test_batches")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    writes: list[bytes] = []

    def arrived() -> list[bytes]:
        while True:
            try:
                chunk = os.read(read_end, 65536)
            except BlockingIOError:
                return writes
            writes.append(chunk)

    yield logger, handler, arrived
    logger.handlers[:] = []
    stream.close()
    os.close(read_end)


def test_lines_wait_for_a_full_batch_and_batches_never_split_a_line(pipe_logger):
    logger, handler, arrived = pipe_logger
    logger.info("request", extra={"path": "/v1/check", "status": 200})
    assert arrived() == []  # held: one write per batch, not per line
    for number in range(200):
        logger.info("request", extra={"path": f"/v1/check?value={number}", "status": 200})
        arrived()  # read after every line: each read then holds at most one write
    handler.flush()
    writes = arrived()
    # every write ends at a line end and fits in a pipe buffer
    lines = b"".join(writes).decode().splitlines()
    assert len(lines) == 201 and all(chunk.endswith(b"\n") for chunk in writes)
    assert all(len(chunk) <= BatchedStreamHandler.PIPE_BUF for chunk in writes) and len(writes) > 1
    entries = [json.loads(line) for line in lines]
    assert [entry["path"] for entry in entries[1:]] == [f"/v1/check?value={n}" for n in range(200)]
    assert entries[0]["level"] == "info" and entries[0]["logger"] == "verified_contacts.test_batches"


def test_warnings_and_errors_are_written_at_once(pipe_logger):
    logger, _handler, arrived = pipe_logger
    logger.info("request", extra={"status": 200})
    try:
        raise ValueError("broken")
    except ValueError:
        logger.exception("it failed")
    lines = b"".join(arrived()).decode().splitlines()
    assert [json.loads(line)["message"] for line in lines] == ["request", "it failed"]
    assert "ValueError: broken" in json.loads(lines[1])["exception"]


def test_a_quiet_server_writes_its_access_lines_within_the_flush_interval(seeded_db_url, capfd):
    with TestClient(create_app(make_settings(seeded_db_url, log_level="info"))) as client:
        capfd.readouterr()
        assert client.get("/v1/check", params={"value": "95188", "region": "CN"}).status_code == 200
        assert client.get("/v1/check", params={"value": ""}).status_code == 422
        deadline = time.monotonic() + LOG_FLUSH_SECONDS * 6
        written = ""
        while time.monotonic() < deadline and written.count("verified_contacts.access") < 2:
            time.sleep(0.05)
            written += capfd.readouterr().err
    access = [json.loads(line) for line in written.splitlines() if "verified_contacts.access" in line]
    assert [(entry["method"], entry["path"], entry["status"]) for entry in access] == [
        ("GET", "/v1/check", 200), ("GET", "/v1/check", 422)]
    assert all(entry["ms"] >= 0 and entry["at"] for entry in access)
    # written past `logging`'s records, yet in the shape of every other line
    assert all((entry["level"], entry["logger"], entry["message"]) == ("info", "verified_contacts.access", "request")
               for entry in access)


def test_the_access_log_follows_the_loggers_level(seeded_db_url, capfd):
    with TestClient(create_app(make_settings(seeded_db_url, log_level="warning"))) as client:
        capfd.readouterr()
        assert client.get("/v1/check", params={"value": "95188", "region": "CN"}).status_code == 200
        time.sleep(LOG_FLUSH_SECONDS * 2)
        assert "verified_contacts.access" not in capfd.readouterr().err
