"""Several API worker processes follow the registry: an applied proposal is served by every worker within
a bounded time, and no request fails while the index is swapped. Real uvicorn, real HTTP, SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from sqlmodel import Session

from registry import maintainers, review
from registry.datafile import PROVIDERS_DIR
from registry.documents import EvidenceDoc
from registry.maintainers import Role
from service import database
from tests.conftest import free_port, new_database

ROOT = Path(__file__).resolve().parent.parent.parent
REFRESH_SECONDS = 0.3
BOUND_SECONDS = 10.0


def test_every_worker_serves_an_applied_change_without_dropping_requests(backend, request, tmp_path_factory):
    with new_database(backend, request, tmp_path_factory) as url:
        engine = database.prepare(url, seed_dir=PROVIDERS_DIR)
        port = free_port()
        env = {**os.environ, "VC_DATABASE_URL": url, "VC_RATE_LIMIT": "1000000/minute", "VC_LOG_LEVEL": "warning",
               "VC_INDEX_REFRESH_SECONDS": str(REFRESH_SECONDS)}
        server = subprocess.Popen([sys.executable, "-m", "uvicorn", "service.app:create_app", "--factory", "--workers", "2",
                                   "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"], cwd=ROOT, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=5) as client:
                deadline = time.time() + 60
                while True:
                    try:
                        if client.get("/readyz").status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    assert time.time() < deadline, "the server did not start"
                    time.sleep(0.2)

                failures: list[str] = []
                displays: list[tuple[float, str]] = []
                stop = threading.Event()

                def hammer() -> None:
                    # A new connection per request, so both workers answer.
                    while not stop.is_set():
                        try:
                            response = httpx.get(f"{base}/v1/check", params={"value": "95188", "region": "CN"}, timeout=5)
                            if response.status_code != 200:
                                failures.append(f"{response.status_code}: {response.text[:200]}")
                            else:
                                displays.append((time.time(), response.json()["channel"]["display"]))
                        except httpx.HTTPError as error:
                            failures.append(repr(error))

                threads = [threading.Thread(target=hammer) for _ in range(4)]
                for thread in threads:
                    thread.start()
                time.sleep(1.0)
                with Session(engine) as session:
                    ana = maintainers.add(session, name="ana", role=Role.maintainer, actor="test")[0]
                    bo = maintainers.add(session, name="bo", role=Role.maintainer, actor="test")[0]
                    change = review.Change(
                        subject_kind="channel", action="update", provider_slug="alipay", subject_key="phone-95188",
                        new_state={"display": "95188 (24h)"}, reason="test",
                        evidence=[EvidenceDoc(source_url="https://www.alipay.com/help", source_kind="official_page",
                                              retrieved_at="2026-11-20", excerpt="客服热线 95188（24小时）", captured_by="ana",
                                              confidence="high")])
                    proposal = review.propose(session, actor=ana, change=change)
                    review.approve(session, proposal_id=proposal.id, reviewer=bo)
                    session.commit()
                applied_at = time.time()
                # Served everywhere once 50 answers in a row (over fresh connections to both workers) are new.
                while time.time() - applied_at < BOUND_SECONDS:
                    recent = [display for at, display in displays[-50:] if at > applied_at]
                    if len(recent) == 50 and all(display == "95188 (24h)" for display in recent):
                        break
                    time.sleep(0.1)
                stop.set()
                for thread in threads:
                    thread.join(timeout=10)
            served_everywhere = time.time() - applied_at
        finally:
            server.terminate()
            server.wait(timeout=30)
            engine.dispose()
        assert failures == []
        assert served_everywhere < BOUND_SECONDS, "not every worker picked up the change in time"
        assert any(display == "95188" for at, display in displays if at < applied_at)
        print(f"[{backend}] new data served by every worker {served_everywhere:.2f} s after the commit; "
              f"{len(displays)} requests, none failed")
