"""The CLI's readable rendering of a verdict: the answer first, then why, then what to do."""

from __future__ import annotations

import typer

_RISK_STYLE = {"low": ("OK", typer.colors.GREEN), "medium": ("CAUTION", typer.colors.YELLOW),
               "high": ("HIGH RISK", typer.colors.RED), "unknown": ("UNKNOWN", typer.colors.YELLOW)}


def render_verdict(verdict: dict, *, color: bool) -> str:
    def style(text: str, fg: str | None = None, bold: bool = False) -> str:
        return typer.style(text, fg=fg, bold=bold) if color else text

    label, fg = _RISK_STYLE[verdict["risk"]]
    head = [style(label, fg, bold=True), style(verdict["verdict"], bold=True)]
    provider = verdict.get("provider") or verdict.get("claimed_provider")
    if provider:
        names = provider["names"]
        local = names.get("zh-Hans") or names.get("zh-Hant")
        head.append(local if local and names["en"] in local else " ".join(filter(None, [local, names["en"]])))
    channel = verdict.get("channel")
    if verdict["verdict"] == "official" and channel:
        head += [", ".join(p.replace("_", " ") for p in channel["purposes"]) or channel["kind"],
                 f"confidence {channel['confidence']}", f"last verified {channel['last_verified']}"]
        if channel["stale"]:
            head.append(style("stale", typer.colors.YELLOW))
    lines = [" · ".join(head)]
    lines += [f"  - {reason['message']}" for reason in verdict["reasons"]]
    if verdict["red_flags"]:
        lines.append(style("Red flags:", typer.colors.RED, bold=True))
        lines += [f"  ! {flag['code']} «{flag['text']}»: {flag['message']}" for flag in verdict["red_flags"]]
    official = verdict["official_channels"]
    if official and verdict["verdict"] != "official":
        lines.append(style("Official channels (contact them yourself):", bold=True))
        lines += [f"  {c['display']}  ({c['kind'].replace('_', ' ')}; {', '.join(c['purposes']) or '—'})" for c in official[:8]]
    if verdict["advice"]:
        lines.append(style("What to do:", bold=True))
        lines += [f"  {text}" for text in verdict["advice"]]
    if verdict["report_to"] and verdict["risk"] in ("high", "unknown"):
        lines.append("Report it: " + ", ".join(f"{r['display']} ({r['name']})" for r in verdict["report_to"][:6]))
    lines.append(style(f"registry version {verdict['registry_version']} · as of {verdict['as_of']}", typer.colors.BRIGHT_BLACK))
    return "\n".join(lines)
