"""The maintainers' review pages under /review: sign in with a token, read the queue, review a proposal.

Server-rendered with jinja2 (autoescaped), no JavaScript. Decisions go through `registry.review`, like the
JSON API's; this module owns only what a browser adds: review sessions (the cookie holds a random id, the
database its SHA-256), their CSRF tokens, and the rendering.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import re
import secrets
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import phonenumbers
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape
from sqlmodel import Session, delete, select

from registry import maintainers, review, store
from registry.errors import Forbidden, NotFound, RegistryError, Unauthorized
from registry.maintainers import Role
from registry.models import ApiToken, Maintainer, Proposal, ReviewSession, utcnow
from service.deps import unit_of_work

log = logging.getLogger("verified_contacts.review_pages")

COOKIE = "vc_review"
LANG_COOKIE = "vc_lang"
SESSION_LIFETIME = dt.timedelta(hours=12)
RECENT_LIMIT = 20
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    # The pages show a signed-in maintainer's queue: no shared cache may keep them.
    "Cache-Control": "no-store",
}

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "app_title": "Verified Contacts · review",
        "switch_label": "中文",
        "login_title": "Sign in to review",
        "login_intro": "Paste your maintainer token (it starts with vc_). It is checked once; the page then keeps a session for 12 hours.",
        "token_label": "Token",
        "sign_in": "Sign in",
        "sign_out": "Sign out",
        "signed_in_as": "Signed in as {name}",
        "token_missing": "Paste your token first.",
        "token_refused": "That token was not accepted:",
        "bots_refused": "Bots may propose changes but never review them, so they cannot sign in here.",
        "cross_site": "This form was not sent from this site; nothing was done.",
        "csrf_refused": "The form's security token is missing or does not match your session; nothing was changed. Reload the page and try again.",
        "error_title": "Not done.",
        "database_down": "The database does not answer just now, so nothing was changed. Go back and try again in a minute.",
        "queue_title": "Pending proposals",
        "queue_intro": "Newest first. A proposal is applied once a maintainer other than its author approves it.",
        "queue_empty": "No proposal is waiting for review.",
        "recent_title": "Recently decided",
        "recent_empty": "Nothing has been decided yet.",
        "col_id": "#",
        "col_subject": "Subject",
        "col_action": "Action",
        "col_proposer": "Proposer",
        "col_reason": "Reason",
        "col_age": "Age",
        "col_state": "State",
        "col_decided": "Decided",
        "yours": "yours",
        "back_to_queue": "← Back to the queue",
        "proposal_title": "Proposal #{id}",
        "proposed_by": "Proposed by {name}, {age}.",
        "reason": "Reason given",
        "changes": "Changes",
        "col_field": "Field",
        "col_old": "Before",
        "col_new": "Proposed",
        "no_value": "(none)",
        "evidence_added": "Adds {n} evidence row(s), shown below.",
        "no_changes": "No field changes.",
        "evidence": "Evidence",
        "no_evidence": "This proposal carries no evidence.",
        "source": "Source",
        "source_kind": "Kind",
        "confidence": "Confidence",
        "retrieved": "Retrieved",
        "captured_by": "Captured by",
        "excerpt_help": "Verbatim excerpt; the proposed value is highlighted.",
        "reviews": "Reviews",
        "no_reviews": "No review yet.",
        "decision_approve": "approved",
        "decision_reject": "rejected",
        "decision_withdraw": "withdrew",
        "decide_title": "Your review",
        "approve": "Approve and apply",
        "approve_reason_label": "Note (optional)",
        "reject": "Reject",
        "reject_reason_label": "Why reject it? (required)",
        "own_proposal": "You proposed this; a second maintainer must approve it.",
        "applied_notice": "Applied: the registry is now at version {version} ({age}).",
        "decided_notice": "This proposal is {state} ({age}); it can no longer be reviewed.",
        "not_found": "There is no such proposal.",
        "no_such_page": "There is no such page. The proposals waiting for review are on the first page.",
        "state_pending": "pending",
        "state_approved": "approved",
        "state_applied": "applied",
        "state_rejected": "rejected",
        "state_withdrawn": "withdrawn",
        "action_create": "create",
        "action_update": "update",
        "action_retire": "retire",
        "age_now": "just now",
        "age_minutes": "{n} min ago",
        "age_hours": "{n} h ago",
        "age_days": "{n} days ago",
    },
    "zh": {
        "app_title": "Verified Contacts · 审核",
        "switch_label": "English",
        "login_title": "登录审核",
        "login_intro": "粘贴你的维护者令牌（以 vc_ 开头）。令牌只核对一次，之后页面保持登录 12 小时。",
        "token_label": "令牌",
        "sign_in": "登录",
        "sign_out": "退出",
        "signed_in_as": "已登录：{name}",
        "token_missing": "请先粘贴令牌。",
        "token_refused": "令牌未被接受：",
        "bots_refused": "机器人只能提出修改，不能审核，因此不能在这里登录。",
        "cross_site": "此表单不是从本站提交的；未做任何操作。",
        "csrf_refused": "表单的安全令牌缺失或与当前会话不符；未做任何修改。请刷新页面后重试。",
        "error_title": "未完成。",
        "database_down": "数据库暂时没有响应，所以什么都没有改动。请返回，一分钟后再试。",
        "queue_title": "待审核的提案",
        "queue_intro": "最新的在前。提案须由提案人以外的维护者批准后才会生效。",
        "queue_empty": "没有等待审核的提案。",
        "recent_title": "最近的决定",
        "recent_empty": "还没有任何决定。",
        "col_id": "#",
        "col_subject": "对象",
        "col_action": "操作",
        "col_proposer": "提案人",
        "col_reason": "理由",
        "col_age": "时间",
        "col_state": "状态",
        "col_decided": "决定时间",
        "yours": "你的",
        "back_to_queue": "← 返回列表",
        "proposal_title": "提案 #{id}",
        "proposed_by": "由 {name} 提出，{age}。",
        "reason": "提案理由",
        "changes": "修改内容",
        "col_field": "字段",
        "col_old": "原值",
        "col_new": "提议值",
        "no_value": "（无）",
        "evidence_added": "新增 {n} 条证据，见下文。",
        "no_changes": "没有字段修改。",
        "evidence": "证据",
        "no_evidence": "此提案没有附带证据。",
        "source": "来源",
        "source_kind": "类型",
        "confidence": "可信度",
        "retrieved": "获取日期",
        "captured_by": "记录人",
        "excerpt_help": "原文摘录；提议的值已高亮。",
        "reviews": "审核记录",
        "no_reviews": "尚无审核。",
        "decision_approve": "批准",
        "decision_reject": "拒绝",
        "decision_withdraw": "撤回",
        "decide_title": "你的审核",
        "approve": "批准并生效",
        "approve_reason_label": "备注（可选）",
        "reject": "拒绝",
        "reject_reason_label": "拒绝理由（必填）",
        "own_proposal": "这是你提出的提案；须由另一位维护者批准。",
        "applied_notice": "已生效：注册表现为第 {version} 版（{age}）。",
        "decided_notice": "此提案已{state}（{age}），不能再审核。",
        "not_found": "没有这个提案。",
        "no_such_page": "没有这个页面。待审核的提案在首页。",
        "state_pending": "待审核",
        "state_approved": "已批准",
        "state_applied": "已生效",
        "state_rejected": "已拒绝",
        "state_withdrawn": "已撤回",
        "action_create": "新增",
        "action_update": "修改",
        "action_retire": "停用",
        "age_now": "刚刚",
        "age_minutes": "{n} 分钟前",
        "age_hours": "{n} 小时前",
        "age_days": "{n} 天前",
    },
}

templates = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"), autoescape=True,
                         undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


class _SignedOut(Exception):
    """No valid review session: the page answers with a redirect to the sign-in form."""


class _PageRoute(APIRoute):
    """Every page answer carries the security headers; a missing session becomes a redirect to sign in."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                response = await handler(request)
            except _SignedOut:
                response = _redirect("/review/login")
                if COOKIE in request.cookies:
                    response.delete_cookie(COOKIE, path="/review", httponly=True, samesite="strict")
            response.headers.update(SECURITY_HEADERS)
            asked = request.query_params.get("lang")
            if asked in STRINGS:
                response.set_cookie(LANG_COOKIE, asked, max_age=365 * 86400, path="/review", httponly=True, samesite="strict",
                                    secure=request.url.scheme == "https")
            return response

        return page_handler


router = APIRouter(prefix="/review", route_class=_PageRoute, include_in_schema=False)


async def _form_fields(request: Request) -> dict[str, str]:
    """The urlencoded fields of a form post (the first value of each name).

    Parsed here with the standard library: the pages post only small urlencoded forms, which does not
    justify python-multipart as a dependency. The body size is already bounded by the BodyLimit middleware.
    """
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        return {}
    try:
        pairs = parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=20)
    except ValueError:
        return {}
    fields: dict[str, str] = {}
    for name, value in pairs:
        fields.setdefault(name, value)
    return fields


FormFields = Annotated[dict[str, str], Depends(_form_fields)]


# -- sessions ---------------------------------------------------------------------------------------

@dataclass
class Viewer:
    maintainer: Maintainer
    review_session: ReviewSession

    @property
    def name(self) -> str:
        return self.maintainer.name


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def _aware(at: dt.datetime) -> dt.datetime:
    # SQLite gives back naive datetimes; every time we store is UTC.
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def open_session(session: Session, *, maintainer: Maintainer, replaces: str | None = None) -> str:
    """A new review session for `maintainer`; returns the id for the cookie, the only time it exists in clear."""
    now = utcnow()
    session.exec(delete(ReviewSession).where(ReviewSession.expires_at < now))
    if replaces:  # a new sign-in never keeps the session id the browser came with
        session.exec(delete(ReviewSession).where(ReviewSession.session_sha256 == _digest(replaces)))
    session_id = secrets.token_urlsafe(32)
    session.add(ReviewSession(session_sha256=_digest(session_id), maintainer_id=maintainer.id,
                              csrf_token=secrets.token_urlsafe(32), expires_at=now + SESSION_LIFETIME))
    session.flush()
    return session_id


def signed_in(session: Session, request: Request) -> Viewer:
    """The maintainer behind the request's review cookie; `_SignedOut` when there is none that still holds."""
    session_id = request.cookies.get(COOKIE)
    if not session_id:
        raise _SignedOut
    row = session.exec(select(ReviewSession).where(ReviewSession.session_sha256 == _digest(session_id))).first()
    if row is None or _aware(row.expires_at) <= utcnow():
        raise _SignedOut
    maintainer = session.get(Maintainer, row.maintainer_id)
    if maintainer is None or maintainer.disabled_at is not None or not Role(maintainer.role).can_review:
        raise _SignedOut
    # Revoking a maintainer's tokens also ends their review sessions: a session is only as good as a live token.
    live = session.exec(select(ApiToken.id).where(ApiToken.maintainer_id == maintainer.id,
                                                  ApiToken.revoked_at.is_(None)).limit(1)).first()
    if live is None:
        raise _SignedOut
    return Viewer(maintainer, row)


def require_form_from_here(request: Request, viewer: Viewer | None, form: dict[str, str]) -> None:
    """Forbidden unless the post came from our own page: same Origin (when sent) and, once signed in, the session's
    CSRF token, compared in constant time."""
    lang = language(request)
    origin = request.headers.get("origin")
    # A cross-site form cannot set X-Forwarded-Host, so accepting it (for proxies that rewrite Host) is safe.
    ours = {request.headers.get(name, "").lower() for name in ("host", "x-forwarded-host")} - {""}
    if origin is not None and urlsplit(origin).netloc.lower() not in ours:
        raise Forbidden(STRINGS[lang]["cross_site"])
    if viewer is not None:
        sent = form.get("csrf_token", "").encode()
        if not hmac.compare_digest(sent, viewer.review_session.csrf_token.encode()):
            raise Forbidden(STRINGS[lang]["csrf_refused"])


# -- language and rendering ------------------------------------------------------------------------

def language(request: Request) -> str:
    """?lang= first, then the remembered choice, then the browser's Accept-Language; English by default."""
    for choice in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if choice in STRINGS:
            return choice
    return next((primary for tag in accepted_languages(request) if (primary := tag.split("-")[0]) in STRINGS), "en")


def accepted_languages(request: Request) -> list[str]:
    """The browser's Accept-Language tags, lower case, most preferred first (q=0, "not this one", left out)."""
    ranked = []
    for position, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = re.search(r"q\s*=\s*([0-9.]+)", params)
        try:
            weight = float(quality[1]) if quality else 1.0
        except ValueError:
            continue
        if weight > 0 and tag.strip():
            ranked.append((-weight, position, tag.strip().lower()))
    return [tag for _, _, tag in sorted(ranked)]


def _page(request: Request, template: str, *, here: str, status: int = 200, viewer: Viewer | None = None,
          error: str | None = None, **context: Any) -> HTMLResponse:
    lang = language(request)
    other = "en" if lang == "zh" else "zh"
    html = templates.get_template(template).render(
        t=STRINGS[lang], lang=lang, home_url="/review", switch_url=f"{here}?{urlencode({'lang': other})}", switch_lang=other,
        viewer=viewer, csrf_token=viewer.review_session.csrf_token if viewer else "", error=error, **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int) -> HTMLResponse:
    """What a reviewer sees for an error met before a route answers (service.errors), in the page's words, not JSON:
    the database not answering (503), or an address that names nothing, /review/proposals/abc (404; its 422 too)."""
    if status == 503:
        return _page(request, "base.html", here="/review", status=503, error=STRINGS[language(request)]["database_down"])
    return _page(request, "base.html", here="/review", status=404, error=STRINGS[language(request)]["no_such_page"])


def _redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def age(at: dt.datetime | None, lang: str, now: dt.datetime | None = None) -> str:
    if at is None:
        return ""
    seconds = max(0, int(((now or utcnow()) - _aware(at)).total_seconds()))
    strings = STRINGS[lang]
    if seconds < 60:
        return strings["age_now"]
    if seconds < 3600:
        return strings["age_minutes"].format(n=seconds // 60)
    if seconds < 86400:
        return strings["age_hours"].format(n=seconds // 3600)
    return strings["age_days"].format(n=seconds // 86400)


def subject_label(proposal: Proposal) -> str:
    if proposal.subject_kind == "provider":
        return f"provider {proposal.provider_slug}"
    return f"{proposal.subject_kind} {proposal.provider_slug}/{proposal.subject_key}"


def shown(value: Any) -> str | None:
    """A diff value as readable text: scalars as they are, lists inline, objects one field a line."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return ", ".join(map(str, value)) if value else "[]"
    if isinstance(value, dict):
        return "\n".join(f"{name}: {shown(item) if item is not None else '—'}" for name, item in value.items())
    return json.dumps(value, ensure_ascii=False)


# -- the excerpt, with the proposed value marked -------------------------------------------------------

_HIGHLIGHTED_FIELDS = {"value", "display", "names", "aliases", "hours", "statement"}
_DIGIT_SEPARATORS = r"[\s\-.()/\u00a0\u3000]*"


def _digit_pattern(digits: str) -> re.Pattern:
    # A number as a whole run of digits (ASCII or full-width), allowing the usual separators between them.
    body = _DIGIT_SEPARATORS.join(f"[{d}{chr(0xFF10 + int(d))}]" for d in digits)
    return re.compile(rf"(?<![0-9０-９]){body}(?![0-9０-９])")


def _patterns(needle: str) -> list[re.Pattern]:
    needle = needle.strip()
    patterns = [re.compile(re.escape(needle), re.IGNORECASE)] if len(needle) >= 3 else []
    digits = "".join(str(int(d)) for d in re.findall(r"\d", needle))
    numbers = {digits, *(run for run in re.findall(r"[0-9]+", needle))}
    if needle.startswith("+"):
        try:
            numbers.add(str(phonenumbers.parse(needle, None).national_number))
        except phonenumbers.NumberParseException:
            pass
    patterns += [_digit_pattern(number) for number in numbers if len(number) >= 3]
    return patterns


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    if isinstance(value, dict):
        return [item for item in value.values() if isinstance(item, str)]
    return []


def proposed_values(proposal: Proposal, current_fact: dict | None) -> list[str]:
    """The values the evidence should state: the proposed ones, and the fact's own value and display."""
    values: list[str] = []
    for entry in proposal.diff:
        path = entry["path"]
        if path.endswith(".evidence"):
            continue
        field = path.rsplit(".", 1)[-1] if "]." in path or "[" not in path else None
        if field is None and isinstance(entry["new"], dict):  # a whole new fact
            values += [entry["new"][name] for name in ("value", "display", "statement") if isinstance(entry["new"].get(name), str)]
        elif field in _HIGHLIGHTED_FIELDS:
            values += _strings(entry["new"])
    if current_fact:
        values += [current_fact[name] for name in ("value", "display") if isinstance(current_fact.get(name), str)]
    return values


def highlight(text: str, needles: list[str]) -> Markup:
    """`text`, escaped, with every occurrence of a needle wrapped in <mark>."""
    spans = sorted({(m.start(), m.end()) for needle in needles for pattern in _patterns(needle)
                    for m in pattern.finditer(text) if m.end() > m.start()})
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[Markup] = []
    last = 0
    for start, end in merged:
        parts += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        last = end
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


# -- views ------------------------------------------------------------------------------------------

def _current_fact(session: Session, proposal: Proposal) -> dict | None:
    if proposal.subject_kind not in ("channel", "policy"):
        return None
    found = store.read_providers(session, slugs=[proposal.provider_slug])
    if not found:
        return None
    facts, id_field = ("channels", "key") if proposal.subject_kind == "channel" else ("policies", "code")
    data = found[0].model_dump(mode="json")
    return next((fact for fact in data[facts] if fact[id_field] == proposal.subject_key), None)


def proposal_view(session: Session, proposal: Proposal, viewer: Viewer, lang: str) -> dict:
    needles = proposed_values(proposal, _current_fact(session, proposal))
    rows = [{"path": entry["path"], "old": shown(entry["old"]), "new": shown(entry["new"])}
            for entry in proposal.diff if not entry["path"].endswith(".evidence")]
    evidence = [{
        "source_url": item["source_url"],
        "linkable": urlsplit(item["source_url"]).scheme in ("http", "https"),
        "source_kind": item.get("source_kind"), "confidence": item.get("confidence"),
        "retrieved_at": item.get("retrieved_at"), "captured_by": item.get("captured_by"),
        "excerpt_html": highlight(item["excerpt"], needles),
    } for item in proposal.evidence]
    pending = proposal.state == "pending"
    mine = proposal.proposer == viewer.name
    return {
        "id": proposal.id, "state": proposal.state, "action": proposal.action, "subject": subject_label(proposal),
        "proposer": proposal.proposer, "reason": proposal.reason, "age": age(proposal.created_at, lang),
        "decided_age": age(proposal.applied_at or proposal.decided_at, lang), "applied_version": proposal.applied_version,
        "diff": rows, "evidence_added": sum(1 for entry in proposal.diff if entry["path"].endswith(".evidence")),
        "evidence": evidence,
        "reviews": [{"reviewer": r.reviewer, "decision": r.decision, "reason": r.reason,
                     "at": _aware(r.created_at).strftime("%Y-%m-%d %H:%M UTC")} for r in review.reviews_of(session, proposal.id)],
        "can_decide": pending and not mine, "own_pending": pending and mine,
    }


def _queue_page(request: Request, session: Session, viewer: Viewer, *, status: int = 200, error: str | None = None) -> HTMLResponse:
    lang = language(request)
    pending = [{"id": p.id, "subject": subject_label(p), "action": p.action, "proposer": p.proposer, "reason": p.reason,
                "age": age(p.created_at, lang), "mine": p.proposer == viewer.name} for p in review.listing(session)]
    decided = [p for state in ("applied", "approved", "rejected", "withdrawn")
               for p in review.listing(session, state_=state, limit=RECENT_LIMIT)]
    decided.sort(key=lambda p: _aware(p.decided_at or p.created_at), reverse=True)
    recent = [{"id": p.id, "subject": subject_label(p), "state": p.state, "proposer": p.proposer,
               "age": age(p.decided_at, lang)} for p in decided[:RECENT_LIMIT]]
    return _page(request, "queue.html", here="/review", status=status, viewer=viewer, error=error, pending=pending, recent=recent)


def _proposal_page(request: Request, proposal_id: int, *, status: int = 200, error: str | None = None,
                   typed: dict[str, str] | None = None) -> HTMLResponse:
    here = f"/review/proposals/{proposal_id}"
    with unit_of_work(request) as session:
        viewer = signed_in(session, request)
        lang = language(request)
        try:
            view = proposal_view(session, review.get(session, proposal_id), viewer, lang)
        except NotFound:
            return _page(request, "proposal.html", here=here, status=404, viewer=viewer,
                         error=error or STRINGS[lang]["not_found"], view=None, typed={})
        return _page(request, "proposal.html", here=here, status=status, viewer=viewer, error=error, view=view,
                     typed=typed or {})


# -- routes -----------------------------------------------------------------------------------------

@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    return _page(request, "login.html", here="/review/login")


@router.post("/login")
def login(request: Request, form: FormFields) -> Response:
    strings = STRINGS[language(request)]
    token = form.get("token", "").strip()
    try:
        require_form_from_here(request, None, form)
        if not token:
            raise Unauthorized(strings["token_missing"])
        with unit_of_work(request) as session:
            maintainer = maintainers.authenticate(session, token)
            if not Role(maintainer.role).can_review:
                raise Forbidden(strings["bots_refused"])
            session_id = open_session(session, maintainer=maintainer, replaces=request.cookies.get(COOKIE))
    except Unauthorized as refusal:
        log.warning("review sign-in refused", extra={"reason": refusal.message,
                                                     "client": request.client.host if request.client else None})
        message = refusal.message if refusal.message == strings["token_missing"] else f"{strings['token_refused']} {refusal.message}"
        return _page(request, "login.html", here="/review/login", status=401, error=message)
    except Forbidden as refusal:
        return _page(request, "login.html", here="/review/login", status=403, error=refusal.message)
    response = _redirect("/review")
    response.set_cookie(COOKIE, session_id, max_age=int(SESSION_LIFETIME.total_seconds()), path="/review",
                        httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout(request: Request, form: FormFields) -> Response:
    with unit_of_work(request) as session:
        viewer = signed_in(session, request)
        try:
            require_form_from_here(request, viewer, form)
        except Forbidden as refusal:
            return _queue_page(request, session, viewer, status=refusal.status_code, error=refusal.message)
        session.delete(viewer.review_session)
    response = _redirect("/review/login")
    response.delete_cookie(COOKIE, path="/review", httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


@router.get("")
def queue(request: Request) -> HTMLResponse:
    with unit_of_work(request) as session:
        return _queue_page(request, session, signed_in(session, request))


@router.get("/proposals/{proposal_id}")
def proposal_page(proposal_id: int, request: Request) -> HTMLResponse:
    return _proposal_page(request, proposal_id)


@router.post("/proposals/{proposal_id}/approve")
def approve(proposal_id: int, request: Request, form: FormFields) -> Response:
    return _decide(request, proposal_id, form, "approve")


@router.post("/proposals/{proposal_id}/reject")
def reject(proposal_id: int, request: Request, form: FormFields) -> Response:
    return _decide(request, proposal_id, form, "reject")


def _decide(request: Request, proposal_id: int, form: dict[str, str], decision: str) -> Response:
    reason = form.get("reason", "").strip()
    try:
        with unit_of_work(request) as session:
            viewer = signed_in(session, request)
            require_form_from_here(request, viewer, form)
            if decision == "approve":
                review.approve(session, proposal_id=proposal_id, reviewer=viewer.maintainer, reason=reason or None)
            else:
                review.reject(session, proposal_id=proposal_id, reviewer=viewer.maintainer, reason=reason)
    except RegistryError as error:
        # The unit of work has rolled back; show why on the proposal, with the status the error means.
        return _proposal_page(request, proposal_id, status=error.status_code, error=error.message, typed={decision: reason})
    return _redirect(f"/review/proposals/{proposal_id}")
