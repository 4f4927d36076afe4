"""One place renders every error as JSON `{"error": code, "detail": message}` with its HTTP status."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from registry.errors import RegistryError
from service import database

log = logging.getLogger("verified_contacts.errors")

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
               409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid_request",
               429: "rate_limited", 503: "unavailable"}


def error_response(status: int, error: str, detail: object, headers: dict | None = None, **extra) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail, **extra}, status_code=status, headers=headers)


def _invalid_request(problems: list[str]) -> JSONResponse:
    return error_response(422, "invalid_request", "; ".join(problems), problems=problems)


# JSON is UTF-8 (RFC 8259). A body that is not gets this one answer on every route, whichever parser met it:
# pydantic's (service.api.parsed_body: the public routes) calls it invalid JSON at some line and column;
# FastAPI's (routes taking their body as a model argument: the maintainers' and reports') gives up with a
# bare 400 "There was an error parsing the body", or, where the bytes look like UTF-16, calls it invalid JSON.
NOT_UTF8 = "the request body is not UTF-8 text; send JSON encoded as UTF-8"


async def _body_is_not_utf8(request: Request) -> bool:
    # Only asked once the route has read the body, which the request keeps.
    try:
        (await request.body()).decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _location(loc: tuple) -> str:
    """Where in the body, as a client's code would write it: links[3].href."""
    where = ""
    for part in loc:
        if part in ("body", "query", "path"):
            continue
        where += f"[{part}]" if isinstance(part, int) else f".{part}" if where else str(part)
    return where or "request"


_LONE_SURROGATE = re.compile(r"(?:unexpected end of hex escape|lone leading surrogate in hex escape)( at line \d+ column \d+)")


def readable_error(error: dict) -> str:
    where = _location(tuple(error.get("loc", ())))
    kind = error.get("type", "")
    if kind == "json_invalid":
        said = error.get("ctx", {}).get("error", "syntax error")
        if (lone := _LONE_SURROGATE.match(said)) is not None:
            # The parser's words ("unexpected end of hex escape") name neither the cause nor the cure. JavaScript
            # that cuts a string between an emoji's two halves makes one; JSON.stringify writes it as \ud83d.
            return (f"the request body is not valid JSON: a \\u escape{lone.group(1)} is half of a character (one "
                    "half of an emoji's surrogate pair, without the other); send \\ufffd in its place")
        return f"the request body is not valid JSON ({said})"
    if kind == "missing":
        return f"{where} is required"
    if kind == "string_too_long":
        return f"{where} is too long: at most {error['ctx']['max_length']} characters"
    if kind == "too_long":
        return f"{where} has too many items: at most {error['ctx']['max_length']}"
    if kind == "extra_forbidden":
        if error.get("loc", ("",))[0] == "query":
            taken = error.get("ctx", {}).get("taken")
            return f"{where} is not a parameter this endpoint takes" + (f" (it takes {', '.join(taken)})" if taken else "")
        return f"{where} is not a known field"
    if kind == "repeated":
        return f"{where} is given {error['ctx']['count']} times: give it once"
    if kind == "value_error":
        # A rule of our own validators, worded to be read as it is: without pydantic's "Value error, " before
        # it, and without "request: " where the rule is about the whole body (it names what it is about).
        message = str(error.get("ctx", {}).get("error") or error.get("msg", "invalid"))
        return message if where == "request" else f"{where}: {message}"
    return f"{where}: {error.get('msg', 'invalid')}"


# What a request that needs the database answers while it does not answer (down, unreachable, out of connections,
# or SQLite locked past its wait): nothing was done, so the same request can be sent again. The checks and the scan
# read the index in memory and go on answering.
DATABASE_DOWN = "the database does not answer just now, so nothing was saved or changed; send the same request again in a minute"
DATABASE_RETRY_SECONDS = 30


def install(app: FastAPI, *, pages: dict[str, Callable[[Request, int], Response]] | None = None) -> None:
    """`pages`: for paths under each prefix, the page a person sees in place of the API's JSON, given the status: a 503
    while the database does not answer, a 404 or a 422 for an address that names nothing (/review/proposals/abc)."""

    def page_for(request: Request, status: int) -> Response | None:
        for prefix, page in (pages or {}).items():
            if request.url.path.startswith(prefix):
                return page(request, status)
        return None

    @app.exception_handler(OperationalError)
    async def database_down(request: Request, error: OperationalError) -> Response:
        if database.schema_fault(error):  # (a migration not run: a fault of ours, not a wait, logged with its traceback)
            return await unexpected(request, error)
        log.warning("the database does not answer on %s %s: %s", request.method, request.url.path, database.why_not(error))
        response = page_for(request, 503) or error_response(503, "unavailable", DATABASE_DOWN)
        response.headers["Retry-After"] = str(DATABASE_RETRY_SECONDS)
        return response

    @app.exception_handler(RegistryError)
    async def registry_error(_request: Request, error: RegistryError) -> JSONResponse:
        return error_response(error.status_code, error.code, error.message, **({"problems": error.detail} if error.detail else {}))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        if page := page_for(request, 422):
            return page
        errors = error.errors()
        if any(item.get("type") == "json_invalid" for item in errors) and await _body_is_not_utf8(request):
            return _invalid_request([NOT_UTF8])
        return _invalid_request([readable_error(item) for item in errors])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if isinstance(error.__cause__, UnicodeDecodeError):  # FastAPI's body parsing, on a body not in UTF-8
            return _invalid_request([NOT_UTF8])
        if error.status_code == 404 and (page := page_for(request, 404)):
            return page
        code = _HTTP_CODES.get(error.status_code, "error")
        return error_response(error.status_code, code, error.detail, headers=getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "something went wrong on our side; it has been logged")
