"""Pure ASGI middleware (no per-request task or body copy): body size bound, rate limit, access log."""

from __future__ import annotations

import json
import logging
import math
import time

import orjson
from limits import RateLimitItem
from limits import parse as parse_limit
from limits.aio.strategies import FixedWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string

log = logging.getLogger("verified_contacts.access")
rate_log = logging.getLogger("verified_contacts.rate_limits")


async def _send_json(send, status: int, body: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), *headers]})
    await send({"type": "http.response.body", "body": payload})


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, by Content-Length or while they stream in."""

    def __init__(self, app, *, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    return await _send_json(send, 400, {"error": "bad_request", "detail": "Content-Length is not a number"})
                if too_big:
                    return await self._refuse(send)
        received = 0
        refused = False

        async def counted_receive():
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    refused = True
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, counted_receive, send)
        except _TooLarge:
            await self._refuse(send)

    async def _refuse(self, send):
        await _send_json(send, 413, {"error": "too_large",
                                     "detail": f"the request body is over the limit of {self.max_bytes:,} bytes"})


class _TooLarge(Exception):
    pass


class RateLimit:
    """Per-client fixed-window limit on the API's /v1/ paths, counted in `windows` (this process's or Redis's,
    shared by workers). The check page for people counts its own hits in the same windows, under a limit of
    its own, and answers a refusal as a page (service.check_page): a person and a program never share a count.
    Nothing here blocks the event loop: Redis is asked asynchronously, and the in-process counter is a
    dictionary (the `limits` in-memory storage starts a timer thread on nearly every hit, and starting a
    thread waits for it: 150-500 ms stalls under load, seen as p99 in the benchmark)."""

    def __init__(self, app, *, limit: str, windows: Windows, exempt_prefixes: tuple[str, ...] = (),
                 stricter: dict[tuple[str, str], tuple[str, str]] | None = None):
        self.app = app
        self.limit = parse_limit(limit)
        self.windows = windows
        self.exempt_prefixes = exempt_prefixes
        # Writes by the public (scam reports) get a tighter limit of their own, on top of the general one:
        # (method, path) → (limit, name of the count), paths that do the same work sharing one count.
        self.stricter = {key: (parse_limit(limit), name) for key, (limit, name) in (stricter or {}).items()}

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] == "OPTIONS" or not path.startswith("/v1/") \
                or path.startswith(self.exempt_prefixes):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("unknown", 0))[0]
        limits = [(self.limit, "api")]
        special = self.stricter.get((scope["method"], path))
        if special:
            limits.append(special)
        refused = await first_refusal(self.windows, limits, client)
        if refused is not None:
            limit, _, retry = refused
            return await _send_json(send, 429, {"error": "rate_limited",
                                                "detail": f"too many requests: the limit is {limit}; retry in {retry} s"},
                                    [(b"retry-after", str(retry).encode())])
        await self.app(scope, receive, send)


async def first_refusal(windows: Windows, limits: list[tuple[RateLimitItem, str]],
                        client: str) -> tuple[RateLimitItem, str, int] | None:
    """Count one hit of `client` against each (limit, name of its count) in turn: None when all allow it, else the
    first that refuses, its name and the seconds until its window ends (the limits after it are not counted)."""
    for limit, namespace in limits:
        retry = await windows.hit(limit, namespace, client)
        if retry is not None:
            return limit, namespace, retry
    return None


def rate_windows(redis_url: str | None) -> Windows:
    """Where rate-limit counts live: Redis when there are several workers to share them, else this process."""
    return _RedisWindows(redis_url) if redis_url else _LocalWindows()


class _LocalWindows:
    """Fixed windows counted in a dictionary of this process. A client's window starts with its first hit, as
    `limits`' windows in Redis do (the key's expiry is set by the first hit): windows aligned to the clock let
    a client spend two limits' worth in a second across the turn of a minute, and answered differently from
    the same service with Redis."""

    counted_in = "this worker"

    def __init__(self, clock=time.time):
        self.clock = clock
        self.counts: dict[tuple, tuple[float, int]] = {}  # (namespace, client, amount, seconds) → (window start, hits)
        self.hits_since_pruning = 0

    async def hit(self, limit: RateLimitItem, namespace: str, client: str) -> int | None:
        """Count one hit; None when allowed, else the seconds until the window ends."""
        seconds = limit.get_expiry()
        now = self.clock()
        key = (namespace, client, limit.amount, seconds)
        started, hits = self.counts.get(key, (now, 0))
        if now - started >= seconds:
            started, hits = now, 0
        hits += 1
        self.counts[key] = (started, hits)
        self._prune(now)
        if hits <= limit.amount:
            return None
        return max(1, math.ceil(started + seconds - now))

    def _prune(self, now: float) -> None:
        # Forget clients whose window has passed, now and then: memory follows the clients of one window.
        self.hits_since_pruning += 1
        if self.hits_since_pruning < 10_000:
            return
        self.hits_since_pruning = 0
        self.counts = {key: value for key, value in self.counts.items() if now - value[0] < key[3]}


# How long a request waits for Redis before counting in its worker instead, and how long the worker then counts on
# its own before asking Redis again: an outage must not fail or stall every request (it failed them with a 500).
REDIS_TIMEOUT_SECONDS = 0.25
REDIS_RETRY_SECONDS = 5.0


class _RedisWindows:
    """Fixed windows in Redis through `limits`' asyncio strategy (redis-py's asyncio client). While Redis does not
    answer, each worker counts in its own windows: a client's limit is then per worker, looser but still a limit,
    and the checks go on. The outage and its end are logged once each."""

    def __init__(self, redis_url: str, clock=time.monotonic):
        self.limiter = FixedWindowRateLimiter(storage_from_string(
            "async+" + redis_url, implementation="redispy", wrap_exceptions=True,
            socket_connect_timeout=REDIS_TIMEOUT_SECONDS, socket_timeout=REDIS_TIMEOUT_SECONDS))
        self.in_worker = _LocalWindows()
        self.clock = clock
        self.unreachable: str | None = None  # why Redis did not answer, while it does not
        self.next_try = 0.0

    @property
    def counted_in(self) -> str:
        return f"this worker, as Redis does not answer: {self.unreachable}" if self.unreachable else "Redis"

    async def hit(self, limit: RateLimitItem, namespace: str, client: str) -> int | None:
        if self.unreachable and self.clock() < self.next_try:
            return await self.in_worker.hit(limit, namespace, client)
        try:
            allowed = await self.limiter.hit(limit, namespace, client)
            reset = None if allowed else (await self.limiter.get_window_stats(limit, namespace, client))[0]
        except StorageError as error:
            if not self.unreachable:
                rate_log.warning("Redis (VC_REDIS_URL) does not answer: rate limits are counted in each worker until it "
                                 "does, asked again every %s s: %s", REDIS_RETRY_SECONDS, error.storage_error)
            self.unreachable = str(error.storage_error) or type(error.storage_error).__name__
            self.next_try = self.clock() + REDIS_RETRY_SECONDS
            return await self.in_worker.hit(limit, namespace, client)
        if self.unreachable:
            self.unreachable = None
            rate_log.warning("Redis (VC_REDIS_URL) answers again: rate limits are counted in Redis")
        return None if reset is None else max(1, math.ceil(reset - time.time()))


def redis_problem(redis_url: str) -> str | None:
    """Why Redis at `redis_url` does not answer a PING, or None when it does."""
    import redis

    client = redis.Redis.from_url(redis_url.replace("redis+unix://", "unix://", 1), socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        return str(error) or type(error).__name__
    finally:
        client.close()
    return None


Windows = _LocalWindows | _RedisWindows


class AccessLog:
    """One structured line per request: method, path, status, duration.

    The line goes straight to the service's log handler, in the shape its formatter gives every record:
    a `LogRecord`, the formatter's sweep of its attributes and the handler chain cost 9 µs a line, and
    about 12 µs of a 91 µs request in context (a constant verdict served through our whole stack). The
    logger's level still decides whether it is written."""

    def __init__(self, app, *, handler: BatchedStreamHandler):
        self.app = app
        self.handler = handler

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not log.isEnabledFor(logging.INFO):
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500

        async def recording_send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            self.handler.emit_line(time.time(), logging.INFO, log.name, "request", {
                "method": scope["method"], "path": scope["path"], "status": status,
                "ms": round((time.perf_counter() - started) * 1000, 2)})


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line. orjson, and the timestamp made once per second: with the standard json
    module and strftime on every record, formatting alone profiled at 22 µs a line."""

    _standard = set(vars(logging.makeLogRecord({})))

    def __init__(self):
        super().__init__()
        self._second, self._stamp = -1, ""

    def format(self, record: logging.LogRecord) -> str:
        fields = {key: value for key, value in vars(record).items() if key not in self._standard}
        if record.exc_info:
            fields["exception"] = self.formatException(record.exc_info)
        return self.line(record.created, record.levelno, record.name, record.getMessage(), fields)

    def line(self, created: float, level: int, logger: str, message: str, fields: dict) -> str:
        """The one shape of a line, for records and for the access log's direct lines."""
        entry = {"at": self._at(created), "level": logging.getLevelName(level).lower(), "logger": logger,
                 "message": message, **fields}
        return orjson.dumps(entry, default=str).decode()

    def _at(self, created: float) -> str:
        second = int(created)
        if second != self._second:
            self._second, self._stamp = second, self.formatTime(logging.makeLogRecord({"created": second}), "%Y-%m-%dT%H:%M:%S")
        return self._stamp


class BatchedStreamHandler(logging.StreamHandler):
    """Writes lines in batches rather than one write per line (a write per request line cost 20 µs of a
    130 µs check request). A batch goes out when it would pass `PIPE_BUF` bytes, so that lines of several
    workers sharing one pipe never interleave mid-line; when its oldest line is `max_delay` seconds old;
    at once for warnings and errors; and on `flush()`, which the service calls every `max_delay` seconds
    so that a quiet server does not hold its last lines."""

    PIPE_BUF = 4096  # POSIX guarantees writes up to this size to a pipe are not interleaved with others'

    def __init__(self, stream=None, *, max_delay: float = 0.5):
        super().__init__(stream)
        self.max_delay = max_delay
        self.pending: list[str] = []
        self.pending_bytes = 0
        self.oldest = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        self._add(line, record.created, record.levelno)

    def emit_line(self, created: float, level: int, logger: str, message: str, fields: dict) -> None:
        """A line without a LogRecord (the access log's), formatted as records are, batched with them."""
        with self.lock:
            self._add(self.formatter.line(created, level, logger, message, fields), created, level)

    def _add(self, line: str, created: float, level: int) -> None:
        line += self.terminator
        size = len(line.encode())
        if self.pending and self.pending_bytes + size > self.PIPE_BUF:
            self._write()
        if not self.pending:
            self.oldest = created
        self.pending.append(line)
        self.pending_bytes += size
        if level >= logging.WARNING or created - self.oldest >= self.max_delay:
            self._write()

    def flush(self) -> None:
        with self.lock:
            self._write()

    def _write(self) -> None:
        if not self.pending:
            return
        batch = "".join(self.pending)
        self.pending.clear()
        self.pending_bytes = 0
        try:
            self.stream.write(batch)
            self.stream.flush()
        except Exception:
            self.handleError(logging.makeLogRecord({"msg": batch}))
