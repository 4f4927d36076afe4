"""The public, anonymous API (v1). Hot endpoints are `async def` over the in-memory index: no database."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections import OrderedDict
from typing import Annotated
from urllib.parse import parse_qsl

import orjson
from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz, process

from registry import aliases, htmltext, snapshot
from registry.check import CheckRequest, check
from registry.errors import NotFound, RegistryError
from registry.index import RegistryIndex, strip_generic
from registry.scan import ScanRequest, scan
from registry.vocab import REVERIFY_DAYS, ProviderKind
from service.errors import readable_error
from service.schemas import (
    INVALID_REQUEST,
    MAX_CLAIM_LENGTH,
    REGION_CHOICES,
    BatchIn,
    BatchOut,
    CheckIn,
    ErrorOut,
    ProvidersOut,
    ReportChannelsOut,
    ScanIn,
    VerdictOut,
    check_region,
)

# 400: an unknown region in /v1/report-channels' query; a Content-Length that is not a number (the body limit).
router = APIRouter(prefix="/v1", responses={400: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: INVALID_REQUEST,
                                            429: {"model": ErrorOut}})


def current_index(request: Request) -> RegistryIndex:
    # Read straight off the app rather than through a FastAPI dependency: on the hot path the
    # dependency machinery costs more than the check itself.
    return request.app.state.index_holder.current


async def _index_dependency(request: Request) -> RegistryIndex:
    return current_index(request)


IndexDep = Annotated[RegistryIndex, Depends(_index_dependency)]


def repeated_names(pairs: list[tuple[str, object]], where: str = "query") -> list[dict]:
    """The names given more than once among a query's parameters (or, `where` "body", a JSON object's keys), as
    validation errors: FastAPI, as Starlette, would answer for the last of them (`?value=A&value=B` for B) and say
    nothing of the others."""
    counts: dict[str, int] = {}
    for name, _ in pairs:
        counts[name] = counts.get(name, 0) + 1
    return [{"type": "repeated", "loc": (where, name), "msg": "given more than once", "ctx": {"count": count}}
            for name, count in counts.items() if count > 1]


def _parameters_taken(route: APIRoute) -> tuple[str, ...]:
    # (the endpoint's own parameters: the dependencies of these routes take none from the query)
    return tuple(parameter.alias for parameter in route.dependant.query_params)


async def strict_query(request: Request) -> None:
    """Refuses a query parameter the endpoint does not take, or one given twice, on routes whose query chooses what is
    answered: a misspelt one was ignored (`/v1/reports?stauts=all` listed the open reports as if they were all of them,
    `/v1/providers?qq=paypal` every provider)."""
    taken = _parameters_taken(request.scope["route"])
    pairs = request.query_params.multi_items()
    problems = [{"type": "extra_forbidden", "loc": ("query", name), "msg": "not a parameter", "ctx": {"taken": taken}}
                for name in dict(pairs) if name not in taken]
    problems += repeated_names(pairs)
    if problems:
        raise RequestValidationError(problems)


# (a dependency: on the hot routes, whose query is read by hand or that take none, it would cost more than it checks)
STRICT_QUERY = [Depends(strict_query)]


def repeated_keys(raw: bytes) -> list[dict]:
    """The keys that an object of a JSON body gives more than once, as validation errors: JSON parsers keep the last and
    say nothing (`{"value": "95188", "value": "4001234567"}` was answered for 4001234567 alone, as `?value=A&value=B`
    was for B). A body that is no JSON has none: its parser says what is wrong with it."""
    problems: list[dict] = []
    try:
        json.loads(raw, object_pairs_hook=lambda pairs: problems.extend(repeated_names(pairs, "body")))
    except ValueError:
        return []
    return problems


async def strict_json(request: Request) -> None:
    """Refuses a JSON body that gives a key twice, on the routes FastAPI binds a body to a model (see `parsed_body`)."""
    if problems := repeated_keys(await request.body()):
        raise RequestValidationError(problems)


STRICT_JSON = [Depends(strict_json)]
# a key and its colon: a body with no more of them than the fields it set gives none twice (see `parsed_body`)
_A_KEY = re.compile(rb'"\s*:')


def json_bytes(content: object) -> bytes:
    """The one JSON encoding of API answers; the CLI's --json prints these same bytes."""
    return orjson.dumps(content)


def json_response(content: object, status_code: int = 200) -> Response:
    return Response(json_bytes(content), status_code=status_code, media_type="application/json")


async def parsed_body(request: Request, model: type[BaseModel]) -> BaseModel:
    """The JSON body validated by `model`, with FastAPI's 422 on failure, without its slower body binding; a key given
    twice is a 422 too (`repeated_keys`: parsed a second time only where the body may hold one, a nested object or a
    string with a quote and a colon in it)."""
    raw = await request.body()
    try:
        body = model.model_validate_json(raw)
    except ValidationError as error:
        raise RequestValidationError(error.errors()) from None
    if len(_A_KEY.findall(raw)) > len(body.model_fields_set) and (problems := repeated_keys(raw)):
        raise RequestValidationError(problems)
    return body


def _body_doc(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema()
    # Inside the OpenAPI document a "#/$defs/…" reference would be looked up at the document's root, where
    # there are none: the body's nested models (a scan's links) are written out in place instead.
    definitions = schema.pop("$defs", {})
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": _in_place(schema, definitions)}}}}


def _in_place(node: object, definitions: dict) -> object:
    if isinstance(node, list):
        return [_in_place(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        beside = {key: value for key, value in node.items() if key != "$ref"}
        return _in_place({**definitions[node["$ref"].removeprefix("#/$defs/")], **beside}, definitions)
    return {key: _in_place(value, definitions) for key, value in node.items()}


def _request(body: CheckIn) -> CheckRequest:
    return CheckRequest(**body.model_dump())


@router.post("/check", response_model=VerdictOut, summary="Check a number, domain, URL or email", openapi_extra=_body_doc(CheckIn))
async def post_check(request: Request) -> Response:
    body = await parsed_body(request, CheckIn)
    return json_response(check(current_index(request), _request(body)).to_dict())


@router.get("/check", response_model=VerdictOut, summary="Check a value (simple clients)",
            openapi_extra={"parameters": [
                {"name": name, "in": "query", "required": name == "value", "schema": schema}
                for name, schema in CheckIn.model_json_schema()["properties"].items()
            ]})
async def get_check(request: Request) -> Response:
    # The query is validated by the same model as the POST body; FastAPI's own query-model binding
    # costs several times the whole check, so it is done directly here.
    try:
        body = check_answer(request.app, request.scope["query_string"])
    except ValidationError as error:
        # (the model reads the query as a dict: where it says a field, it is the query's parameter)
        raise RequestValidationError([{**problem, "loc": ("query", *problem["loc"]), "ctx": {"taken": tuple(CheckIn.model_fields)}}
                                      if problem["type"] == "extra_forbidden" else problem
                                      for problem in error.errors()]) from None
    return Response(body, media_type="application/json")


def check_answer(app, query_string: bytes) -> bytes:
    """The JSON answer to GET /v1/check with this query, from the answer cache or a check; raises
    pydantic's ValidationError when the query does not validate, RequestValidationError when it repeats a parameter."""
    index = app.state.index_holder.current
    cache: AnswerCache | None = app.state.answer_cache
    key = (query_string, index.version, dt.datetime.now(dt.UTC).date())
    if cache is not None and (cached := cache.get(key)) is not None:
        return cached
    # Read as Starlette reads a query: latin-1, percent-decoded as UTF-8.
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    query = dict(pairs)
    if len(query) < len(pairs):
        raise RequestValidationError(repeated_names(pairs))
    query = CheckIn.model_validate(query)
    body = json_bytes(check(index, _request(query)).to_dict())
    if cache is not None:
        cache.put(key, body)
    return body


class CheckFastPath:
    """GET /v1/check answered from the ASGI scope, inside the access log, CORS, body limit and rate limit
    but ahead of FastAPI's exception and exit-stack layers, its router, and Starlette's request and
    response objects: in process, an official short code went 131 → 101 µs a request, a never-seen host
    or number about 190 → 132 µs (the bare FastAPI endpoint: 82-88 µs). Anything else, and a query that
    does not validate, goes on to the app, whose route answers it (with the 422 every bad request gets)."""

    _CONTENT_TYPE = b"application/json"

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == "/v1/check":
            try:
                body = check_answer(scope["app"], scope["query_string"])
            except (ValidationError, RequestValidationError):
                pass
            else:
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-length", str(len(body)).encode("latin-1")), (b"content-type", self._CONTENT_TYPE)]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class AnswerCache:
    """Answers to GET /v1/check by query string, registry version and day: a verdict depends on nothing
    else, so a popular number (the one a scam page spreads) is answered from memory. Bounded LRU.

    An answer is kept the second time its query is asked, not the first: the queries seen once are
    remembered as keys alone (bounded alike, oldest out). A stream of values each asked once (a crawler,
    every caller's own new number) then costs a key each, instead of 2-9 KB of answer that pushes out
    the answers asked for again and again."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict[tuple, bytes] = OrderedDict()
        self.asked_once: OrderedDict[tuple, None] = OrderedDict()

    def get(self, key: tuple) -> bytes | None:
        body = self.entries.get(key)
        if body is not None:
            self.entries.move_to_end(key)
        return body

    def put(self, key: tuple, body: bytes) -> None:
        if self.asked_once.pop(key, self) is self:  # the first time: remember the question only
            self.asked_once[key] = None
            if len(self.asked_once) > self.size:
                self.asked_once.popitem(last=False)
            return
        self.entries[key] = body
        if len(self.entries) > self.size:
            self.entries.popitem(last=False)


@router.post("/check/batch", response_model=BatchOut, summary="Many checks in one call, one result per item, in order",
             openapi_extra=_body_doc(BatchIn))
async def post_batch(request: Request) -> Response:
    body = await parsed_body(request, BatchIn)
    index = current_index(request)
    today = dt.datetime.now(dt.UTC).date()
    results = []
    for position, item in enumerate(body.items):
        try:
            parsed = CheckIn.model_validate(item)
        except ValidationError as error:
            problems = "; ".join(readable_error(e) for e in error.errors())
            results.append({"index": position, "error": "invalid_request", "detail": problems})
            continue
        results.append(check(index, _request(parsed), today=today).to_dict())
    return json_response({"results": results, "registry_version": index.version})


def _region_asked(region: str | None) -> str | None:
    """A region query's code (a 400 naming the codes to use, where it names none we know)."""
    try:
        return check_region(region)
    except ValueError as error:
        raise RegistryError(str(error)) from None


@router.get("/providers", response_model=ProvidersOut, summary="Providers, or those matching q (fuzzy, any script)",
            dependencies=STRICT_QUERY)
async def list_providers(
        index: IndexDep, q: Annotated[str | None, Query(max_length=MAX_CLAIM_LENGTH)] = None,
        # what "bank", "钱包" or "exchange" typed as q cannot ask (the words every such provider's names share are not searched
        # for): the banks, wallets or exchanges themselves, and those of a country (with the worldwide ones)
        kind: Annotated[ProviderKind | None, Query()] = None,
        region: Annotated[str | None, Query(max_length=10, json_schema_extra={"enum": REGION_CHOICES})] = None) -> Response:
    wanted_region = _region_asked(region)
    if not q or not q.strip():
        found = [(provider, None) for provider in index.providers.values()]
    else:
        found = _search_providers(index, q)
    found = [(provider, match) for provider, match in found if (kind is None or provider.kind is kind) and (
        wanted_region is None or wanted_region in provider.jurisdictions or "global" in provider.jurisdictions)]
    return json_response({"providers": [_summary(p, match) for p, match in found], "registry_version": index.version})


# WRatio's score below which a name is no match for what was typed ("trust" scored 72 against "China Construction Bank",
# "zelle" 72 against "Polizia Postale e delle Comunicazioni"; "metamsk" 93 against "MetaMask")
FUZZY_SEARCH_CUTOFF = 75


def _search_providers(index: RegistryIndex, q: str):
    results = []
    resolved = index.resolve(q)
    if resolved:
        results.append((index.providers[resolved.slug], {"how": resolved.how, "matched": resolved.matched, "score": resolved.score}))
    # The name asked for, without the words every provider's names share: "bank of america" matched "Agricultural Bank
    # of China" and five more on "bank", "customer service" the IRS; such words alone ask for no one
    wanted = strip_generic(aliases.fold(q))
    if not wanted:
        return results
    for choice, score, position in process.extract(wanted, index.fuzzy_choices, scorer=fuzz.WRatio, limit=20,
                                                   score_cutoff=FUZZY_SEARCH_CUTOFF):
        slug = index.fuzzy_slugs[position]
        if all(existing.slug != slug for existing, _ in results):
            results.append((index.providers[slug], {"how": "fuzzy", "matched": choice, "score": round(score, 1)}))
    return results[:10]


def _summary(provider, match) -> dict:
    return {"slug": provider.slug, "name": provider.names["en"], "names": provider.names, "kind": str(provider.kind),
            "jurisdictions": provider.jurisdictions, "match": match}


@router.get("/providers/{slug}", summary="A provider's published channels and policies, with their evidence",
            responses={404: {"model": ErrorOut}})
async def get_provider(slug: str, index: IndexDep) -> Response:
    provider = index.providers.get(slug)
    if provider is None:
        resolved = index.resolve(slug)
        hint = f"; did you mean {resolved.slug!r}?" if resolved else ""
        raise NotFound(f"no provider {slug!r}{hint}")
    today = dt.datetime.now(dt.UTC).date()
    published = snapshot.published_provider(index, slug)
    # what depends on the day it is read, which the snapshot leaves to its reader
    documents = {channel.key: channel for channel in provider.channels}
    for channel in published["channels"]:
        document = documents[channel["key"]]
        channel["status"] = "active" if document.is_active(today) else (
            "retired" if document.valid_until and today > document.valid_until else "not_yet_valid")
        channel["stale"] = (today - dt.date.fromisoformat(channel["last_verified"])).days > REVERIFY_DAYS
    return json_response({**published, "registry_version": index.version})


SNAPSHOT_MAX_AGE_SECONDS = 300  # how long a client or a CDN may serve its copy without asking again


@router.get("/snapshot", summary="The whole published registry in one signed document, for clients that check offline",
            responses={304: {"description": "Not modified: the If-None-Match ETag is this snapshot's"}})
async def get_snapshot(request: Request) -> Response:
    made = snapshot.signed(current_index(request), request.app.state.snapshot_key)
    # A client, or a CDN in front of us, asks again cheaply; the ETag changes with the registry version.
    headers = {"ETag": made.etag, "Cache-Control": f"public, max-age={SNAPSHOT_MAX_AGE_SECONDS}"}
    # If-None-Match compares weakly (RFC 9110 §13.1.2): a cache may send our tag back as W/"…"; * matches any.
    asked = {tag.strip().removeprefix("W/") for tag in request.headers.get("if-none-match", "").split(",")}
    if made.etag in asked or "*" in asked:
        return Response(status_code=304, headers=headers)
    return Response(made.body, media_type="application/json", headers=headers)


@router.get("/snapshot/key", summary="The public key the snapshot is signed with (pin it in the client; do not fetch it beside the snapshot)")
async def get_snapshot_key(request: Request) -> Response:
    key = request.app.state.snapshot_key
    return json_response({"algorithm": snapshot.ALGORITHM, "key_id": key.key_id, "public_key": key.public_key})


@router.get("/report-channels", response_model=ReportChannelsOut, summary="Where to report a scam in a region",
            dependencies=STRICT_QUERY)
async def report_channels(index: IndexDep, region: Annotated[str | None, Query(max_length=10, json_schema_extra={"enum": REGION_CHOICES})] = None) -> Response:
    wanted = _region_asked(region)
    regions = [wanted] if wanted else sorted(index.authorities)
    channels = [
        {"region": code, "provider": e.provider.slug, "name": e.provider.names["en"], "names": e.provider.names,
         "kind": str(e.channel.kind), "value": e.channel.value, "display": e.channel.display,
         "purposes": [str(p) for p in e.channel.purposes], "hours": e.channel.hours}
        for code in regions for e in index.authorities.get(code, [])
    ]
    return json_response({"region": wanted, "channels": channels, "registry_version": index.version})


# Pages under this size are scanned on the event loop; larger ones in a worker thread, so one big page
# does not hold up every other request while it is read.
INLINE_SCAN_CHARS = 20_000


@router.post("/scan", summary="Every number, domain and email on a page, judged; provider mentions; page advisories",
             openapi_extra=_body_doc(ScanIn))
async def post_scan(request: Request) -> Response:
    body = await parsed_body(request, ScanIn)
    links = None if body.links is None else [htmltext.Link(link.href, link.start, link.end) for link in body.links]
    fields = None if body.fields is None else [(span.start, span.end) for span in body.fields]
    scan_request = ScanRequest(**body.model_dump(exclude={"links", "fields"}), links=links, fields=fields)
    index = current_index(request)
    size = len(body.text or body.html or "")
    if size <= INLINE_SCAN_CHARS:
        result = scan(index, scan_request)
    else:
        result = await asyncio.to_thread(scan, index, scan_request)
    return json_response(result.to_dict())
