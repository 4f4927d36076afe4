"""WeChat Pay's merchant help guide: the customer-service number printed in its footer ("客服:95017-2")."""

from __future__ import annotations

import re

import httpx

from registry.vocab import ChannelKind
from scrapers import base

NAME = "wechat-pay-help-guide"
URL = "https://pay.weixin.qq.com/static/help_guide/help_index.shtml"
PROVIDER = "wechat-pay"
# The footer's number is the merchant service line the registry holds as phone-95017; a different number in
# that place is that channel changing, so it is reported under the same key.
FOOTER_KEY = "phone-95017"

# "客服:95017-2": the service number, then the menu option to press (2 = merchant service).
_SERVICE_NUMBER = re.compile(r"客服(?:电话|热线)?\s*[:：]?\s*(9\d{4})(?!\d)(?:\s*[-－]\s*\d(?!\d))?")


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    candidates: list[base.Candidate | None] = []
    seen: set[str] = set()
    for block in base.blocks(document.text):
        for match in _SERVICE_NUMBER.finditer(block.text):
            digits = match[1]
            if digits in seen:
                continue
            seen.add(digits)
            key = FOOTER_KEY if not candidates else f"phone-{digits}"
            candidates.append(base.channel(PROVIDER, key, ChannelKind.short_code, f"CN:{digits}", block.text, display=digits))
    return base.present(candidates)
