"""`create_app(settings)`: the whole HTTP service, assembled explicitly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy import text
from starlette.routing import Route

from registry import snapshot
from service import api, check_page, database, errors, maintainer_api, pages
from service.middleware import (
    AccessLog,
    BatchedStreamHandler,
    BodyLimit,
    JsonLogFormatter,
    RateLimit,
    rate_windows,
)
from service.runtime import IndexHolder
from service.settings import Settings, get_settings

MAX_BODY_BYTES = 2 * 1024 * 1024  # the page scan takes up to 2 MB; nothing takes more
LOG_FLUSH_SECONDS = 0.5  # log lines are written in batches at least this often


def configure_logging(level: str) -> BatchedStreamHandler:
    # Our lines carry no thread, process or source position: skip gathering them for every record, as the
    # logging documentation's "Optimization" section describes (a request's record cost about 8 µs).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None
    handler = BatchedStreamHandler(max_delay=LOG_FLUSH_SECONDS)
    handler.setFormatter(JsonLogFormatter())
    root = logging.getLogger("verified_contacts")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False
    return handler


async def _flush_logs_every(handler: logging.Handler, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        handler.flush()


def snapshot_signing_key(settings: Settings) -> snapshot.SigningKey:
    if settings.snapshot_signing_key is not None:
        return snapshot.signing_key(settings.snapshot_signing_key.get_secret_value())
    key = snapshot.signing_key(snapshot.new_seed())
    logging.getLogger("verified_contacts").warning(
        "VC_SNAPSHOT_SIGNING_KEY is not set: /v1/snapshot is signed with a key made for this process only "
        "(key_id %s); a client that pins a key needs the same key in every worker and after every restart", key.key_id)
    return key


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    log_handler = configure_logging(settings.log_level)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = await asyncio.to_thread(database.prepare, settings.database_url,
                                         seed_dir=settings.data_dir if settings.seed_on_start else None)
        app.state.engine = engine
        app.state.index_holder = await asyncio.to_thread(IndexHolder, engine)
        follower = asyncio.create_task(app.state.index_holder.follow(settings.index_refresh_seconds))
        log_flusher = asyncio.create_task(_flush_logs_every(log_handler, LOG_FLUSH_SECONDS))
        try:
            yield
        finally:
            follower.cancel()
            log_flusher.cancel()
            log_handler.flush()
            engine.dispose()

    app = FastAPI(
        title="Verified Contacts",
        version="1",
        summary="Is this number, site or caller really who they claim to be? Official channels, with their sources.",
        lifespan=lifespan,
        telemetry=None if settings.opentelemetry else {"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.answer_cache = api.AnswerCache(settings.answer_cache_size) if settings.answer_cache_size else None
    app.state.snapshot_key = snapshot_signing_key(settings)
    # One set of counts for the API's limits (the middleware) and the check page's (its routes), so that a
    # report from the page and one from the API count against the same reports limit.
    app.state.rate_windows = rate_windows(settings.redis_url)
    app.state.page_limits = check_page.PageLimits.from_settings(settings)
    errors.install(app, pages={"/review": pages.error_page})
    app.include_router(api.router)
    app.include_router(maintainer_api.router)
    # The check is the hottest path: serve it through plain Starlette routes (the very same functions)
    # placed ahead of FastAPI's, which stay for the OpenAPI schema. FastAPI's per-request handling cost
    # 80 µs of 235 µs in process; validation is the same model either way, errors the same handlers.
    # A valid GET is answered earlier still, by api.CheckFastPath (below); its route takes HEAD and the
    # queries that do not validate.
    app.router.routes[0:0] = [Route("/v1/check", api.get_check, methods=["GET"]),
                              Route("/v1/check", api.post_check, methods=["POST"])]
    app.include_router(pages.router)
    app.include_router(check_page.router)

    @app.get("/healthz", tags=["operations"], summary="The process is alive")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], summary="The database answers and an index is loaded (and where rate limits are counted)",
             responses={503: {"model": api.ErrorOut}})
    async def readyz() -> JSONResponse:
        try:
            await asyncio.to_thread(_ping, app.state.engine)
        except Exception as error:
            return errors.error_response(503, "unavailable", f"the database does not answer: {type(error).__name__}")
        return JSONResponse({"status": "ready", "registry_version": app.state.index_holder.current.version,
                             "rate_limits_counted_in": app.state.rate_windows.counted_in})

    # Innermost first (each add wraps what is there): GET /v1/check answered past FastAPI's own layers,
    # then rate limit, body limit, CORS, and the access log around everything.
    app.add_middleware(api.CheckFastPath)
    app.add_middleware(RateLimit, limit=settings.rate_limit, windows=app.state.rate_windows,
                       stricter={("POST", "/v1/reports"): (settings.report_rate_limit, "reports")})
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["content-type", "authorization"], max_age=86400)
    app.add_middleware(AccessLog, handler=log_handler)
    return app


def _ping(engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
