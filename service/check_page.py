"""The public check page at /: a person types the number, site or email, who the caller said he was and what
he asked for, and reads the verdict, its reasons, the scam-script phrases in the message, and whom to
contact instead. The same `check()` as /v1/check; this module only renders it. A message pasted whole (a text
message: "您的账户已冻结，请致电 400-… 解冻") has its own numbers and addresses found and judged, as
/v1/scan finds them, with or without a value typed: on a phone, without the extension, that is the question.

Server-rendered, no JavaScript, English and Chinese. Private by construction: the message is posted, never
put in an address (or an access log), and no answer may be cached or sent on as a referrer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, NamedTuple
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from limits import RateLimitItem
from limits import parse as parse_limit
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from registry import messages, reports
from registry.check import (
    PROVIDER_NAMED,
    CheckRequest,
    authorities_to_report_to,
    check,
    official_channel_list,
    provider_name,
    reads_as_a_sentence,
)
from registry.documents import URL_PATTERN
from registry.errors import OfficialChannelNotReportable, RegistryError
from registry.index import RegistryIndex
from registry.scan import ScanRequest, scan
from service.api import current_index
from service.deps import unit_of_work
from service.errors import DATABASE_RETRY_SECONDS, readable_error
from service.maintainer_api import ReportIn
from service.middleware import first_refusal
from service.pages import (
    SECURITY_HEADERS,
    FormFields,
    accepted_languages,
    language,
    require_form_from_here,
    templates,
)
from service.schemas import REGION_IN_LANGUAGE_TAG, CheckIn, check_region, region_meant
from service.settings import Settings

router = APIRouter(include_in_schema=False)

HEADERS = {**SECURITY_HEADERS, "Referrer-Policy": "no-referrer"}
LINK_FIELDS = ("value", "claims", "region")  # what an address may ask a check for: never a message
FIELDS = (*LINK_FIELDS, "message", "contact")
# How the reader got the value (the form's "contact"), as the check's channel and direction: a text from PayPal's own
# number is told not to reply, not to hang up; "incoming" is a contact by some means not said (the form's former checkbox,
# incoming=yes, still posts it)
CONTACTS = {"": (None, None), "incoming": (None, "incoming"), "call": ("call", "incoming"), "sms": ("sms", "incoming"),
            "chat": ("chat", "incoming"), "email": ("email", "incoming"), "social": ("social", "incoming"),
            "web": ("web", "outgoing")}

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "app_title": "Verified Contacts",
        "switch_label": "中文",
        "error_title": "Not checked.",
        "check_title": "Is this number, site or caller really who they say?",
        "check_intro": "Type what you were given. We compare it with the official channels each provider publishes, "
                       "with their sources. Not in our registry never means safe.",
        "value_label": "Phone number, website or email",
        "value_hint": "As you received it: +1 888 221 1161, 95188, paypal-support.com, service@intl-paypal.com",
        "claims_label": "Who did they say they are? (optional)",
        "claims_hint": "支付宝, PayPal, MetaMask, Coinbase …",
        "region_label": "Your country (optional)",
        "region_hint": "Two letters, such as CN, US, GB: numbers written without + are read in it.",
        "message_label": "What did they say or write? (optional)",
        "message_hint": "Paste the message or what the caller asked for; its numbers and links are checked too. It is not "
                        "kept. A message alone is enough.",
        "contact_label": "How did you get it? (optional)",
        "contact_none": "Not said",
        "contact_incoming": "They contacted me (a call, a text, a message)",
        "contact_call": "They called me",
        "contact_sms": "They sent me a text (SMS)",
        "contact_chat": "They wrote to me in a chat app (WhatsApp, WeChat, Telegram, LINE …)",
        "contact_email": "They emailed me",
        "contact_social": "They wrote to me on social media",
        "contact_web": "I found it myself (a website, search results, an ad)",
        "contact_unknown": "“How did you get it” takes one of the choices in its list.",
        "check_button": "Check",
        "value_missing": "Type the number, website or email, or paste the message, first.",
        "in_message_title": "Numbers and addresses in the message",
        "in_typed_title": "Numbers and addresses in what you typed",
        "in_message_none": "No phone number, website or email was found in the message.",
        "in_message_item": "{risk} · {verdict}. {reason}",
        "list_separator": ", ",
        "message_only_advice": "Contact the organisation only through the app or website you find yourself, never through "
                               "a number or link in a message.",
        "risk_low": "Official",
        "risk_medium": "Caution",
        "risk_high": "High risk",
        "risk_unknown": "Unknown",
        "verdict_official": "an official channel of {provider}",
        "verdict_retired": "a former channel of {provider}, no longer in use",
        "verdict_known_scam": "a reported scam",
        "verdict_lookalike": "a look-alike of {provider}'s",
        "verdict_mismatch": "not a listed channel of {provider}",
        "verdict_contradicts_policy": "against what {provider} says itself",
        "verdict_unknown": "not confirmed by our registry",  # nothing listed, or nothing that settles it (@name alone)
        "verdict_invalid": "not a possible number, site or email",
        "provider_named_title": "{provider}'s own channels",
        "why_title": "Why",
        "red_flags_title": "Warning signs in the message",
        "advice_title": "What to do",
        "official_title": "{provider}'s official channels: contact them yourself",
        "policies_title": "What {provider} says itself",
        "source": "source",
        "report_title": "Where to report it",
        "not_safe_note": "Not in our registry never means safe, and an official number can be faked by a caller: "
                         "hang up and contact the provider yourself.",
        "version_note": "Registry version {version}, as of {as_of}.",
        "report_it_title": "Report it",
        "report_it_intro": "A maintainer reviews every report; once one is confirmed, everyone who checks this value is "
                           "warned. Reports never change the official channels. Sent: the value, who it claimed to be, "
                           "and the address below; never your message.",
        "seen_url_label": "Where did you see it? (a web address, optional)",
        "report_button": "Report it",
        "reported_new": "Thank you: report #{id} is recorded. A maintainer will review it; once it is confirmed, everyone "
                        "who checks this value is warned.",
        "reported_again": "Thank you: this was reported before (#{id}); your report is added to it.",
        "done_title": "Done.",
        "seen_url_invalid": "“Where did you see it” takes a web address as the browser's address bar shows it (https://…), "
                            "or nothing.",
        "official_not_reportable": "{value} is {provider}'s own official channel, so it is not put on the list of scams. "
                                   "Caller ID can be faked: if someone used it to deceive you, report the conversation to "
                                   "the authorities listed on this page.",
        "too_long": "{field} is too long: at most {limit} characters.",
        "region_unknown": "“{region}” is not a country code we know: use two letters, such as CN, HK, US, GB.",
        "region_meant": "“{region}” is not a country code we know: for {region}, use {code}.",
        "field_value": "The number, website or email",
        "field_claims": "Who they said they are",
        "field_region": "Your country",
        "field_message": "What they said or wrote",
        "field_seen_url": "Where you saw it",
        "too_many_checks": "Too many checks from your connection in a short time. Wait {seconds} seconds, then press Check "
                           "again: what you typed is still in the form.",
        "too_many_reports": "Too many reports from your connection in a short time. Wait {seconds} seconds, then check the "
                            "value again and send your report.",
        "report_not_saved": "Your report could not be saved just now: our database does not answer. Send it again in a "
                            "minute. The check above still holds.",
    },
    "zh": {
        "app_title": "Verified Contacts 官方渠道核验",
        "switch_label": "English",
        "error_title": "未核验。",
        "check_title": "这个号码、网站或来电的人，真的是他所说的机构吗？",
        "check_intro": "输入你收到的号码、网址或邮箱。我们会把它与各服务商自己公布的官方渠道（附来源）比对。未收录绝不代表安全。",
        "value_label": "电话号码、网址或邮箱",
        "value_hint": "照收到的样子填写：95188、400 开头的号码、paypal-support.com、service@intl-paypal.com",
        "claims_label": "对方自称是哪家机构？（可不填）",
        "claims_hint": "支付宝、微信支付、小狐狸钱包、PayPal……",
        "region_label": "你所在的国家或地区（可不填）",
        "region_hint": "两个字母，如 CN、US、GB：不带 + 的号码按它来解读。",
        "message_label": "对方说了什么、发了什么？（可不填）",
        "message_hint": "粘贴短信内容或来电者的要求，其中的号码和链接也会一并核验。只用于核验，不会保存。只粘贴消息也可以。",
        "contact_label": "你是怎么得到它的？（可不填）",
        "contact_none": "不填",
        "contact_incoming": "是对方主动联系我的（来电、短信、私信）",
        "contact_call": "对方打电话给我",
        "contact_sms": "对方给我发了短信",
        "contact_chat": "对方在聊天软件里联系我（微信、WhatsApp、Telegram、LINE……）",
        "contact_email": "对方给我发了邮件",
        "contact_social": "对方在社交媒体上联系我",
        "contact_web": "我自己找到的（网页、搜索结果、广告）",
        "contact_unknown": "“你是怎么得到它的”只能选列表中的一项。",
        "check_button": "核验",
        "value_missing": "请先填写号码、网址或邮箱，或者粘贴收到的消息。",
        "in_message_title": "消息中的号码和网址",
        "in_typed_title": "你输入的内容中的号码和网址",
        "in_message_none": "消息中没有找到电话号码、网址或邮箱。",
        "in_message_item": "{risk} · {verdict}。{reason}",
        "list_separator": "、",
        "message_only_advice": "只通过你自己找到的官方应用或官网联系对方机构，不要拨打消息里的号码，也不要点消息里的链接。",
        "risk_low": "官方",
        "risk_medium": "注意",
        "risk_high": "高风险",
        "risk_unknown": "未知",
        "verdict_official": "{provider}的官方渠道",
        "verdict_retired": "{provider}已停用的渠道",
        "verdict_known_scam": "已确认的诈骗",
        "verdict_lookalike": "仿冒{provider}",
        "verdict_mismatch": "不是{provider}已登记的渠道",
        "verdict_contradicts_policy": "与{provider}自己的声明相悖",
        "verdict_unknown": "未能确认",
        "verdict_invalid": "不是有效的号码、网址或邮箱",
        "provider_named_title": "{provider}自己的官方渠道",
        "why_title": "原因",
        "red_flags_title": "消息中的诈骗话术",
        "advice_title": "怎么办",
        "official_title": "{provider}的官方渠道：请自己拨打或输入",
        "policies_title": "{provider}自己的说明",
        "source": "来源",
        "report_title": "举报渠道",
        "not_safe_note": "未收录绝不代表安全；来电显示的官方号码也可能是伪造的：请挂断，自己联系服务商。",
        "version_note": "登记版本 {version}，截至 {as_of}。",
        "report_it_title": "举报",
        "report_it_intro": "每一条举报都由维护者审核；确认后，所有核验这个号码或网址的人都会看到警告。举报不会改变官方渠道。"
                           "发送的只有：这个号码或网址、对方自称的机构、下面填写的网址；不会发送你粘贴的消息。",
        "seen_url_label": "在哪里看到的？（网址，可不填）",
        "report_button": "举报",
        "reported_new": "谢谢：举报 #{id} 已记录。维护者审核确认后，所有核验它的人都会看到警告。",
        "reported_again": "谢谢：此前已有人举报（#{id}），你的举报已并入其中。",
        "done_title": "已完成。",
        "seen_url_invalid": "“在哪里看到的”请填写浏览器地址栏里的网址（https://……），或者不填。",
        "official_not_reportable": "{value} 是{provider}自己的官方渠道，不会被列为诈骗。来电显示可以伪造：如果有人冒用它骗你，"
                                   "请把经过报告给本页列出的机构。",
        "too_long": "“{field}”太长了：最多 {limit} 个字符。",
        "region_unknown": "不认识的国家或地区代码“{region}”：请填两个字母，如 CN、HK、US、GB。",
        "region_meant": "不认识的国家或地区代码“{region}”：{region}请填 {code}。",
        "field_value": "号码、网址或邮箱",
        "field_claims": "对方自称的机构",
        "field_region": "国家或地区",
        "field_message": "对方说的话",
        "field_seen_url": "在哪里看到的",
        "too_many_checks": "短时间内从你的网络发出的核验太多了。请等 {seconds} 秒后再点“核验”：你填写的内容还在表单里。",
        "too_many_reports": "短时间内从你的网络发出的举报太多了。请等 {seconds} 秒，再核验一次并重新举报。",
        "report_not_saved": "暂时无法保存你的举报：我们的数据库没有响应。请一分钟后再提交。上面的核验结果仍然有效。",
    },
}


@dataclass(frozen=True)
class PageLimits:
    """The page's rate limits, per client address: its own for every check it answers (people, apart from the API's
    programs), and, for a report, the reports' limit, whose count POST /v1/reports shares."""

    check: RateLimitItem
    report: RateLimitItem

    @classmethod
    def from_settings(cls, settings: Settings) -> PageLimits:
        return cls(check=parse_limit(settings.page_rate_limit), report=parse_limit(settings.report_rate_limit))


class Refusal(NamedTuple):
    seconds: int  # until the window ends: the Retry-After
    message: str  # what the page says, in its language


async def _over_the_limit(request: Request) -> Refusal | None:
    """None when this reader may be answered now; else why not, said as the page says it. Counted in the same
    windows as the API's limits (in this process or in Redis), under names of the page's own."""
    if request.method in ("GET", "HEAD") and not request.query_params.get("value", "").strip():
        return None  # the blank form: no check, nothing to count
    limits: PageLimits = request.app.state.page_limits
    counted = [(limits.check, "page"), *([(limits.report, "reports")] if request.url.path == "/report" else [])]
    refused = await first_refusal(request.app.state.rate_windows, counted, request.client.host if request.client else "unknown")
    if refused is None:
        return None
    _, namespace, seconds = refused
    said = STRINGS[language(request)]["too_many_reports" if namespace == "reports" else "too_many_checks"]
    return Refusal(seconds, said.format(seconds=seconds))


OverTheLimit = Annotated[Refusal | None, Depends(_over_the_limit)]


def _refused(request: Request, refusal: Refusal, *, form: dict[str, str]) -> HTMLResponse:
    """The form as the reader filled it, with why it was not answered: a person's page, not the API's JSON error."""
    response = _page(request, status=429, error=refusal.message, form=form)
    response.headers["Retry-After"] = str(refusal.seconds)
    return response


def _region_of_reader(request: Request) -> str:
    """The region of the browser's most preferred language with one (zh-CN → CN): where a number without + most
    likely is."""
    for tag in accepted_languages(request):
        if found := REGION_IN_LANGUAGE_TAG.match(tag):
            return found[1].upper()
    return ""


# The first reasons of an answer that has no value to judge and gives a provider's own channels and words instead: its
# name typed where a number goes ("PayPal customer service"), a question of what it does ("Would PayPal ever call
# me?") or a call told of with no number ("Coinbase called me")
ANSWERED_BY_THE_PROVIDERS_WORDS = (*PROVIDER_NAMED, "question_without_value", "report_without_value",
                                   "report_with_several_numbers")


def _page(request: Request, *, status: int = 200, error: str | None = None, notice: str | None = None,
          form: dict[str, str], verdict: dict | None = None,
          in_message: MessageScan | None = None) -> HTMLResponse:
    lang = language(request)
    other = "en" if lang == "zh" else "zh"
    provider = (verdict or {}).get("claimed_provider") or (verdict or {}).get("provider")
    red_flags = verdict["red_flags"] if verdict else in_message.red_flags if in_message else []
    # the text the warning signs' spans are in: the message a verdict read, or all that the scan read
    marked = form["message"] if verdict else in_message.text if in_message else ""
    html = templates.get_template("check.html").render(
        t=STRINGS[lang], lang=lang, home_url="/", switch_url=f"/?{urlencode({**_shown_in_address(request), 'lang': other})}",
        switch_lang=other, viewer=None,
        csrf_token="", error=error, notice=notice, form=form, contacts=CONTACTS, verdict=verdict, in_message=in_message,
        provider_name=provider["name"] if provider else "",  # (in the page's language: the check was asked in it)
        answered_by_the_providers_words=ANSWERED_BY_THE_PROVIDERS_WORDS,
        red_flags=red_flags, message_parts=_marked(marked, red_flags),
        kind_names=messages.KIND_NAMES, purpose_names=messages.PURPOSE_NAMES,
        quotes=_quotes(verdict["policies"]) if verdict else [])
    return HTMLResponse(html, status_code=status, headers=HEADERS)


@dataclass
class MessageScan:
    """What a pasted message holds: its numbers and addresses, each judged (`values`), its warning signs, and,
    for a message checked without a value, what the answer's own sections would say (advice, channels)."""

    text: str  # what was scanned: the message, after the value where that is a sentence
    values: list[dict]
    red_flags: list[dict]
    advice: list[str]
    official_channels: list[dict]
    provider_name: str
    report_to: list[dict]
    title: str  # the section's heading: the numbers and addresses in the message, or in what was typed


def _scan_message(index: RegistryIndex, typed: dict[str, str], lang: str, *, asked_about: str | None,
                  value_too: bool = False) -> MessageScan | None:
    """`asked_about`: the value the answer above is about (normalised), not listed again. `value_too`: the value
    typed is a sentence, not one value ("PayPal support 1-888-221-1161", as a selection is sent): it is read
    with the message. A number the text does not present as anyone is judged as the provider the reader says
    the sender claimed to be."""
    text = "\n".join(part for part in (typed["value"] if value_too else "", typed["message"]) if part)
    if not text:
        return None
    channel, direction = CONTACTS[typed.get("contact", "")]
    region = typed["region"].upper() or None
    found = scan(index, ScanRequest(text=text, region=region, lang=lang))
    claim = index.resolve(typed["claims"]) if typed["claims"] else None
    values, seen = [], {asked_about}
    for finding in found.findings:
        if finding["verdict"] == "invalid" or finding["value"] in seen:
            continue
        seen.add(finding["value"])
        verdict, risk, reasons = finding["verdict"], finding["risk"], finding["reasons"]
        about = (finding["presented_as"] or {}).get("slug") or finding["provider"]
        if claim and not finding["presented_as"]:
            judged = check(index, CheckRequest(value=finding["text"], region=region, claimed_provider=typed["claims"], lang=lang,
                                               channel=channel, direction=direction), dressed=False)
            verdict, risk, reasons = judged.verdict, judged.risk, judged.reasons
            about = claim.slug if verdict != "official" else (judged.provider or {}).get("slug")
        # what the value's own check says, less how a number was read ("Read as …: the only possible reading")
        said = " ".join(reason["message"] for reason in reasons if not reason["code"].startswith("reading_"))
        # its own check, asked as the message presents it: the same answer, with the report form
        claimed = typed["claims"] or (finding["presented_as"] or {}).get("name", "")
        values.append({"text": finding["text"], "verdict": verdict, "risk": risk, "about": about,
                       "said": STRINGS[lang]["in_message_item"].format(
                           risk=STRINGS[lang][f"risk_{risk}"], reason=said,
                           verdict=STRINGS[lang][f"verdict_{verdict}"].format(
                               provider=provider_name(index.providers[about], lang) if about else "—")),
                       "check_url": "/?" + urlencode({"value": finding["text"], "claims": claimed, "region": region or "",
                                                      "lang": lang})})
    flags = found.red_flags
    # a scam's script by the scan's rule, the one a check's risk follows (several medium signs count too)
    risky = any(value["risk"] == "high" for value in values) or any(a["code"] == "scam_script" for a in found.advisories)
    advice = [STRINGS[lang]["message_only_advice"]] + ([messages.ADVICE["never_share"][lang]] if risky else [])
    # whose channels to give: the claimed provider's, else the first one a risky value is presented as
    focus = claim.slug if claim else next((value["about"] for value in values if value["risk"] == "high" and value["about"]), None)
    channels = official_channel_list(index, focus, dt.datetime.now(dt.UTC).date(), phone_first=True) if focus else []
    return MessageScan(text, values, flags, advice, channels, provider_name(index.providers[focus], lang) if focus else "",
                       authorities_to_report_to(index, region or "", lang) if risky else [],
                       STRINGS[lang]["in_typed_title" if value_too else "in_message_title"])


def _asked_in_address(request: Request) -> dict[str, str]:
    """What a GET's address asks a check for (LINK_FIELDS). The claim may be given by the API's name for it too
    (`?claimed_provider=PayPal`, as a link made from an API call writes it: it was ignored, and the answer judged the
    number as no one's)."""
    asked = {name: request.query_params.get(name, "").strip() for name in LINK_FIELDS}
    asked["claims"] = asked["claims"] or request.query_params.get("claimed_provider", "").strip()
    return asked


def _shown_in_address(request: Request) -> dict[str, str]:
    """What a GET asked for, to keep when the reader switches language (a posted message never is)."""
    return {name: value for name, value in _asked_in_address(request).items() if value}


def _quotes(policies: list[dict]) -> list[tuple[str, str | None]]:
    """Each statement of the provider's once (one sentence often backs several policies), with its first source."""
    quotes: dict[str, str | None] = {}
    for policy in policies:
        quotes.setdefault(policy["statement"], policy["sources"][0]["source_url"] if policy["sources"] else None)
    return list(quotes.items())


def _marked(message: str, flags: list[dict]) -> list[tuple[str, dict | None]]:
    """The message in pieces, each warning sign's words with its flag (the first of any that overlap). A sign that spans
    the value checked, not the message ("AnyDesk ID 123 456 789" asks for a remote session by itself), is listed, not
    marked in the message."""
    parts, done = [], 0
    for flag in sorted(flags, key=lambda flag: flag["start"]):
        if flag["start"] < done or message[flag["start"]:flag["end"]] != flag["text"]:
            continue
        parts += [(message[done:flag["start"]], None), (message[flag["start"]:flag["end"]], flag)]
        done = flag["end"]
    parts.append((message[done:], None))
    return [(text, flag) for text, flag in parts if text]


# The form's own names for the fields a rule is about (the API's names are not the page's).
_FIELD_NAMES = {"value": "field_value", "claimed_provider": "field_claims", "region": "field_region", "message": "field_message",
                "seen_url": "field_seen_url"}


def _problems(invalid: ValidationError, lang: str) -> str:
    """What is wrong with the form, in the page's language where we have the words (limits and the region, all a
    person can get wrong in these fields); anything else as the API says it."""
    strings = STRINGS[lang]
    said = []
    for problem in invalid.errors():
        field = _FIELD_NAMES.get(str(problem.get("loc", ("",))[-1]))
        if field == "field_region":  # too long or not a code: either way not a country code we know
            said.append(_region_unknown(strings, problem.get("input")))
        elif field and problem.get("type") == "string_too_long":
            said.append(strings["too_long"].format(field=strings[field], limit=problem["ctx"]["max_length"]))
        else:
            said.append(readable_error(problem))
    return " ".join(said)


def _region_unknown(strings: dict[str, str], region) -> str:
    """The refusal of a region that is no code, with the code of the country it names where it names one ("UK": GB)."""
    meant = region_meant(region) if isinstance(region, str) else None
    return strings["region_meant"].format(region=region.strip(), code=meant) if meant \
        else strings["region_unknown"].format(region=region)


@router.get("/")
async def check_form(request: Request, refused: OverTheLimit) -> HTMLResponse:
    """The form; with ?value= (and ?claims= or ?claimed_provider=, ?region=), its answer too: a link that shows whether
    95188 is Alipay's, for a forum post or the extension's "check the selected text". Never a message: that is posted."""
    asked = _asked_in_address(request)
    typed = {**asked, "region": asked["region"] or _region_of_reader(request), "message": "", "contact": ""}
    if not typed["value"]:
        return _page(request, form=typed)
    if refused:
        return _refused(request, refused, form=typed)
    return _answer(request, typed)


@router.post("/")
async def check_answer(request: Request, form: FormFields, refused: OverTheLimit) -> HTMLResponse:
    typed = {name: form.get(name, "").strip() for name in FIELDS}
    if not typed["contact"] and form.get("incoming") == "yes":
        typed["contact"] = "incoming"
    if refused:
        return _refused(request, refused, form=typed)
    return _answer(request, typed)


# Stands in for the value when only a message is posted, so that CheckIn still holds the other fields to its limits.
_NO_VALUE = "-"


def _answer(request: Request, typed: dict[str, str]) -> HTMLResponse:
    lang = language(request)
    if not typed["value"] and not typed["message"]:
        return _page(request, status=422, error=STRINGS[lang]["value_missing"], form=typed)
    if typed["contact"] not in CONTACTS:
        return _page(request, status=422, error=STRINGS[lang]["contact_unknown"], form={**typed, "contact": ""})
    channel, direction = CONTACTS[typed["contact"]]
    try:
        body = CheckIn(value=typed["value"] or _NO_VALUE, region=typed["region"] or None, claimed_provider=typed["claims"] or None,
                       message=typed["message"] or None, channel=channel, direction=direction, lang=lang)
    except ValidationError as invalid:
        return _page(request, status=422, error=_problems(invalid, lang), form=typed)
    index = current_index(request)
    verdict = check(index, CheckRequest(**body.model_dump())).to_dict() if typed["value"] else None
    # (a provider's name with its words, "PayPal customer service", is answered as the name: no values to find in it)
    sentence = bool(verdict) and verdict["verdict"] == "invalid" and reads_as_a_sentence(typed["value"]) \
        and not (verdict["claimed_provider"] and verdict["reasons"][0]["code"] in ANSWERED_BY_THE_PROVIDERS_WORDS)
    in_message = _scan_message(index, {**typed, "region": body.region or ""}, lang, value_too=sentence,
                               asked_about=verdict["input"]["normalized"] if verdict else None)
    if sentence and in_message.values:
        verdict = None  # each value in the sentence has its answer: "not a possible number" of the whole says nothing
    return _page(request, form=typed, verdict=verdict, in_message=in_message)


@router.post("/report")
def report(request: Request, form: FormFields, refused: OverTheLimit) -> HTMLResponse:
    """A report from the answer's own form: the value, the claim and the region as checked, and where it was
    seen. Filed as POST /v1/reports files it (the same rules, the same moderation, the same reports limit)."""
    lang = language(request)
    strings = STRINGS[lang]
    # where it was seen too, as typed: a page that refuses the report shows it back to be corrected or sent again
    typed = {**{name: form.get(name, "").strip() for name in FIELDS}, "message": "", "seen_url": form.get("seen_url", "").strip()}
    if refused:
        return _refused(request, refused, form=typed)
    seen = typed["seen_url"]
    if seen and "://" not in seen:
        seen = "https://" + seen  # as people copy an address from the bar: weibo.com/…
    if seen and not re.fullmatch(URL_PATTERN, seen):
        return _page(request, status=422, error=strings["seen_url_invalid"], form=typed)
    try:
        require_form_from_here(request, None, form)
        body = ReportIn(value=typed["value"], region=typed["region"] or None, claimed_provider=typed["claims"] or None,
                        seen_url=seen or None)
        with unit_of_work(request) as session:
            filed, created, verdict = reports.file(session, current_index(request), value=body.value,
                                                   region=check_region(body.region), claimed_provider=body.claimed_provider,
                                                   seen_url=body.seen_url, excerpt=None, lang=lang)
            number = filed.id
    except ValidationError as invalid:
        return _page(request, status=422, error=_problems(invalid, lang), form=typed)
    except ValueError:  # check_region: an unknown region
        return _page(request, status=422, error=_region_unknown(strings, typed["region"]), form=typed)
    except OfficialChannelNotReportable as refusal:
        # The answer is shown with the refusal: it lists the authorities the sentence sends the reader to.
        provider = current_index(request).providers[refusal.provider]
        return _page(request, status=refusal.status_code, form=typed, verdict=_answer_to(request, body, lang),
                     error=strings["official_not_reportable"].format(value=refusal.value, provider=provider_name(provider, lang)))
    except RegistryError as refusal:
        return _page(request, status=refusal.status_code, error=refusal.message, form=typed)
    except OperationalError:
        # The answer and its report form again, as typed: the reader sends it once the database is back.
        response = _page(request, status=503, error=strings["report_not_saved"], form=typed, verdict=_answer_to(request, body, lang))
        response.headers["Retry-After"] = str(DATABASE_RETRY_SECONDS)
        return response
    notice = strings["reported_new" if created else "reported_again"].format(id=number)
    return _page(request, notice=notice, form=typed, verdict=verdict.to_dict())


def _answer_to(request: Request, body: ReportIn, lang: str) -> dict:
    """The check of what a report was refused or not saved for, shown with it as the page first showed it."""
    return check(current_index(request), CheckRequest(value=body.value, region=check_region(body.region),
                                                      claimed_provider=body.claimed_provider, lang=lang)).to_dict()
