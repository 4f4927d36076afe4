"""Trust Wallet's "How to Spot and Handle Phishing Emails": support only through its ticketing system."""

from __future__ import annotations

import re

import httpx

from scrapers import base

NAME = "trust-wallet-phishing-emails"
URL = ("https://support.trustwallet.com/en/support/solutions/articles/"
       "67000734572-how-to-spot-and-handle-phishing-emails-protect-yourself-from-scams")
PROVIDER = "trust-wallet"
# The ticketing system lives on support.trustwallet.com, which the registry holds under this channel.
TICKETING_CHANNEL = "website-trustwallet-com"

# "Official support is conducted only via our ticketing system. Any calls or social media DMs claiming to be
# from Trust Wallet support are likely scams." (an older revision: "All support is conducted via our ticket system")
_TICKETS_ONLY = re.compile(r"(?:Official |All )?support is conducted (?:only )?via our ticket(?:ing)? system[^.]*\.", re.I)
_CALLS = re.compile(r"\bcalls?\b[^.]*\bscams?\b", re.I)
_DMS = re.compile(r"\bDMs?\b[^.]*\bscams?\b", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    candidates: list[base.Candidate | None] = []
    for block in base.blocks(document.text):
        match = _TICKETS_ONLY.search(block.text)
        if not match:
            continue
        rule = match[0][0].upper() + match[0][1:]
        following = next(base.sentences(block.text[match.end():]), "")
        excerpt = f"{block.text[match.start():match.end()]} {following}".strip()
        candidates.append(base.policy(PROVIDER, "contact_only_via", excerpt, statement=rule, channels=(TICKETING_CHANNEL,)))
        if _CALLS.search(excerpt):
            candidates.append(base.policy(PROVIDER, "no_phone_support", excerpt))
        if _DMS.search(excerpt):
            candidates.append(base.policy(PROVIDER, "never_dms_first", excerpt))
    return base.present(candidates)
