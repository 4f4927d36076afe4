"""The index each API worker serves from, and how it follows the registry version in the database."""

from __future__ import annotations

import asyncio
import gc
import logging

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from registry import index as registry_index
from registry import normalize, state, store
from registry.models import ScamReport
from registry.scan import ScanRequest, scan
from service import database

log = logging.getLogger("verified_contacts.index")


def load_index(engine: Engine) -> registry_index.RegistryIndex:
    with Session(engine) as session:
        version = state.current_version(session)
        providers = store.read_providers(session)
        scams = [
            registry_index.ScamEntry(report.id, report.kind, report.value, report.claimed_provider, report.seen_url)
            for report in session.exec(select(ScamReport).where(ScamReport.status == "confirmed"))
        ]
    return registry_index.build(providers, version=version, scams=scams)


def read_version(engine: Engine) -> int:
    with Session(engine) as session:
        return state.current_version(session)


class IndexHolder:
    """Holds the current index; a swap replaces the reference whole, so a request never sees half of one."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.current = _warmed(load_index(engine))
        _settle()

    def refresh_if_changed(self) -> bool:
        version = read_version(self.engine)
        if version == self.current.version:
            return False
        self.current = _warmed(load_index(self.engine))
        _settle()
        log.info("index rebuilt", extra={"registry_version": self.current.version})
        return True

    async def follow(self, interval: float) -> None:
        """Poll the registry version; rebuild off the event loop when it moved."""
        database_down = False
        while True:
            await asyncio.sleep(interval)
            try:
                await asyncio.to_thread(self.refresh_if_changed)
            except OperationalError as error:
                # The database is down or out of reach: said once, not a traceback every interval of the outage.
                if not database_down:
                    log.warning("the database does not answer; serving registry version %s until it does: %s",
                                self.current.version, database.why_not(error))
                database_down = True
            except Exception:  # nor must anything else stop the worker from serving the index it has
                log.exception("index refresh failed; serving registry version %s", self.current.version)
            else:
                if database_down:
                    log.warning("the database answers again; registry version %s", self.current.version)
                database_down = False


# Names, a hotline word, a number with a country code and one without, a short code, a domain and a
# caller's request: one scan of it builds what is otherwise built on first use (it checks each value).
_WARM_UP_PAGE = "MetaMask 客服电话 +1 707 381 4213, 支付宝 95188, 010-8888 6666, paypa1-support.com: read me the 验证码"


def _warmed(index: registry_index.RegistryIndex) -> registry_index.RegistryIndex:
    """The index with its lazily built tables made, off the event loop and before a request needs them:
    the first scan in a process builds the compatibility-letter automaton, the signal prefilter and the
    index's name tables (0.09 s), and a check of a number without a region asks every region's number
    rules (0.5 s to build, once per process): otherwise the first caller would wait for them."""
    scan(index, ScanRequest(text=_WARM_UP_PAGE, region="CN"))
    normalize.compile_every_region()
    return index


def _settle() -> None:
    """Move the long-lived objects (app, index) out of the garbage collector's way.

    Without this, each full collection walks the whole index again, and requests that land on one wait
    for it: hundreds of milliseconds at p99 under load.
    """
    gc.collect()
    gc.freeze()
