"""The CLI's readable rendering of a verdict (the answer first, then why, then what to do) and of a page scan,
in the answer's language (verdicts' and risks' codes stay as they are: scripts read them)."""

from __future__ import annotations

import typer

from registry import messages

_RISK_COLOUR = {"low": typer.colors.GREEN, "medium": typer.colors.YELLOW, "high": typer.colors.RED, "unknown": typer.colors.YELLOW}
_WORDS = {
    "en": {"low": "OK", "medium": "CAUTION", "high": "HIGH RISK", "unknown": "UNKNOWN", "confidence": "confidence {}",
           "verified": "last verified {}", "stale": "stale", "red_flags": "Red flags:",
           "official": "Official channels (contact them yourself):", "advice": "What to do:", "report": "Report it: ",
           "version": "registry version {} · as of {}", "separator": ", ",
           "as": " as {}", "official_one": "    official: {} ({})",
           "stats": "{findings} finding(s), {mentions} provider mention(s) in {characters:,} characters", "truncated": " (truncated)",
           "read_in": "Numbers without a country code read as in {region} ({why}); --region changes it.",
           "page_language": "the page's language tag", "page_address": "the page's address",
           "page_text_cn": "the page is in Simplified Chinese", "page_text": "the page's text",
           "page_providers": "the providers the page names, all of that country",
           "page_numbers": "the page's numbers, in Traditional Chinese, are of that region's form alone",
           "no_region": "No region given or seen on the page: a number without its country code is read only where its "
                        "form says the country (1-888-…); --region reads the rest."},
    "zh": {"low": "官方", "medium": "注意", "high": "高风险", "unknown": "未知", "confidence": "可信度 {}",
           "verified": "最近核实于 {}", "stale": "待复核", "red_flags": "诈骗信号：",
           "official": "官方渠道（请自己联系）：", "advice": "怎么办：", "report": "举报渠道：",
           "version": "登记版本 {} · 截至 {}", "separator": "、",
           "as": "，被标称为{}", "official_one": "    官方：{}（{}）",
           "stats": "共 {findings} 处发现，{mentions} 处提到服务商，{characters:,} 个字符", "truncated": "（已截断）",
           "read_in": "不带国家代码的号码按 {region} 解读（{why}）；可用 --region 指定。",
           "page_language": "依据页面的语言标记", "page_address": "依据页面的网址", "page_text_cn": "页面是简体中文",
           "page_text": "依据页面的文字", "page_providers": "页面提到的服务商都属于该地区",
           "page_numbers": "繁体中文页面上的号码只符合该地区的写法",
           "no_region": "未指定地区，页面也没有显示地区：不带国家代码的号码只在其写法能看出国家时解读（如 1-888-…）；"
                        "可用 --region 指定。"},
}


def render_verdict(verdict: dict, *, color: bool, lang: str | None = None) -> str:
    lang = messages.language(lang)
    words = _WORDS[lang]

    def style(text: str, fg: str | None = None, bold: bool = False) -> str:
        return typer.style(text, fg=fg, bold=bold) if color else text

    head = [style(words[verdict["risk"]], _RISK_COLOUR[verdict["risk"]], bold=True), style(_verdict_name(verdict["verdict"], lang), bold=True)]
    provider = verdict.get("provider") or verdict.get("claimed_provider")
    if provider:
        names = provider["names"]
        local = names.get("zh-Hans") or names.get("zh-Hant")
        # one name where one holds the other ("Apple Pay" in "Apple Pay / Apple Wallet / Apple Account")
        head.append(local if local and names["en"] in local else names["en"] if not local or local in names["en"]
                    else f"{local} {names['en']}")
    channel = verdict.get("channel")
    if verdict["verdict"] == "official" and channel:
        head += [_purpose_names(channel["purposes"], lang) or messages.KIND_NAMES[channel["kind"]][lang],
                 words["confidence"].format(channel["confidence"]), words["verified"].format(channel["last_verified"])]
        if channel["stale"]:
            head.append(style(words["stale"], typer.colors.YELLOW))
    lines = [" · ".join(head)]
    lines += [f"  - {reason['message']}" for reason in verdict["reasons"]]
    if verdict["red_flags"]:
        lines.append(style(words["red_flags"], typer.colors.RED, bold=True))
        lines += [f"  ! {flag['title']} «{flag['text']}»: {flag['message']}" for flag in verdict["red_flags"]]
    official = verdict["official_channels"]
    if official and verdict["verdict"] != "official":
        lines.append(style(words["official"], bold=True))
        lines += [f"  {c['display']}  ({_what_for(c, lang)})" for c in official[:8]]
    if verdict["advice"]:
        lines.append(style(words["advice"], bold=True))
        lines += [f"  {text}" for text in verdict["advice"]]
    if verdict["report_to"] and verdict["risk"] in ("high", "unknown"):
        lines.append(words["report"] + words["separator"].join(f"{r['display']} ({r['name']})" for r in verdict["report_to"][:6]))
    lines.append(style(words["version"].format(verdict["registry_version"], verdict["as_of"]), typer.colors.BRIGHT_BLACK))
    return "\n".join(lines)


def _verdict_name(code: str, lang: str) -> str:
    """The verdict's code, which scripts read, after its name in a Chinese answer: 不符（mismatch）."""
    return code if lang == "en" else f"{messages.VERDICT_NAMES_ZH[code]}（{code}）"


def render_scan(result: dict, *, color: bool, lang: str | None = None) -> str:
    """A page scan: each finding on a line (risk, verdict, the text as written, the value, who it is presented
    as), the page's advisories with a provider's channels once, the counts, and the region numbers were read in."""
    lang = messages.language(lang)
    words = _WORDS[lang]
    lines = []
    for finding in result["findings"]:
        presented = words["as"].format(finding["presented_as"]["name"]) if finding["presented_as"] else ""
        risk, verdict = (finding["risk"].upper(), finding["verdict"]) if lang == "en" else \
            (words[finding["risk"]], _verdict_name(finding["verdict"], lang))
        line = f"{risk:<8} {verdict:<19} {finding['text']!s:<28} → {finding['value']}{presented}"
        lines.append(typer.style(line, fg=typer.colors.RED) if color and finding["risk"] == "high" else line)
    shown = set()
    for advisory in result["advisories"]:
        lines.append(f"! {advisory['message']}")
        if advisory["provider"] not in shown:
            shown.add(advisory["provider"])
            lines += [words["official_one"].format(channel["display"], _what_for(channel, lang))
                      for channel in advisory.get("official_channels", [])[:5]]
    stats, page = result["stats"], result["page"]
    lines.append(words["stats"].format(**stats) + (words["truncated"] if stats["truncated"] else ""))
    if page["region_from"] not in (None, "request"):  # (read off the page: its tag, address, text, providers or numbers)
        # (a page's text says mainland China by its Simplified characters; another country by its script or its name)
        why = "page_text_cn" if page["region_from"] == "page_text" and page["region"] == "CN" else page["region_from"]
        lines.append(words["read_in"].format(region=page["region"], why=words[why]))
    elif page["region"] is None:
        lines.append(words["no_region"])
    return "\n".join(lines)


def _what_for(channel: dict, lang: str) -> str:
    """A listed channel's kind, and what it is for where its source says ("email domain; fraud reports"): a
    phishing-report inbox is not where to ask for help."""
    named = _purpose_names(channel["purposes"], lang)
    kind = messages.KIND_NAMES[channel["kind"]][lang]
    return f"{kind}; {named}" if named else kind  # (as the check page writes it, in either language)


def _purpose_names(purposes: list[str], lang: str) -> str:
    """What a channel is for, as its source says, in the answer's language ("" where it says nothing)."""
    return _WORDS[lang]["separator"].join(messages.PURPOSE_NAMES[name][lang] for name in purposes)
