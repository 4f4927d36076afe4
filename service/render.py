"""The CLI's readable rendering of a verdict: the answer first, then why, then what to do, in the answer's
language (the verdict's own code stays as it is: scripts read it)."""

from __future__ import annotations

import typer

from registry import messages

_RISK_COLOUR = {"low": typer.colors.GREEN, "medium": typer.colors.YELLOW, "high": typer.colors.RED, "unknown": typer.colors.YELLOW}
_WORDS = {
    "en": {"low": "OK", "medium": "CAUTION", "high": "HIGH RISK", "unknown": "UNKNOWN", "confidence": "confidence {}",
           "verified": "last verified {}", "stale": "stale", "red_flags": "Red flags:",
           "official": "Official channels (contact them yourself):", "advice": "What to do:", "report": "Report it: ",
           "version": "registry version {} · as of {}", "separator": ", "},
    "zh": {"low": "官方", "medium": "注意", "high": "高风险", "unknown": "未知", "confidence": "可信度 {}",
           "verified": "最近核实于 {}", "stale": "待复核", "red_flags": "诈骗信号：",
           "official": "官方渠道（请自己联系）：", "advice": "怎么办：", "report": "举报渠道：",
           "version": "登记版本 {} · 截至 {}", "separator": "、"},
}


def render_verdict(verdict: dict, *, color: bool, lang: str | None = None) -> str:
    lang = messages.language(lang)
    words = _WORDS[lang]

    def style(text: str, fg: str | None = None, bold: bool = False) -> str:
        return typer.style(text, fg=fg, bold=bold) if color else text

    def purposes(names: list[str]) -> str:
        return words["separator"].join(messages.PURPOSE_NAMES[name][lang] for name in names)

    head = [style(words[verdict["risk"]], _RISK_COLOUR[verdict["risk"]], bold=True), style(verdict["verdict"], bold=True)]
    provider = verdict.get("provider") or verdict.get("claimed_provider")
    if provider:
        names = provider["names"]
        local = names.get("zh-Hans") or names.get("zh-Hant")
        head.append(local if local and names["en"] in local else " ".join(filter(None, [local, names["en"]])))
    channel = verdict.get("channel")
    if verdict["verdict"] == "official" and channel:
        head += [purposes(channel["purposes"]) or messages.KIND_NAMES[channel["kind"]][lang],
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
        lines += [f"  {c['display']}  ({messages.KIND_NAMES[c['kind']][lang]}; {purposes(c['purposes']) or '—'})" for c in official[:8]]
    if verdict["advice"]:
        lines.append(style(words["advice"], bold=True))
        lines += [f"  {text}" for text in verdict["advice"]]
    if verdict["report_to"] and verdict["risk"] in ("high", "unknown"):
        lines.append(words["report"] + words["separator"].join(f"{r['display']} ({r['name']})" for r in verdict["report_to"][:6]))
    lines.append(style(words["version"].format(verdict["registry_version"], verdict["as_of"]), typer.colors.BRIGHT_BLACK))
    return "\n".join(lines)
