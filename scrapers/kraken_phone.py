"""Kraken's "Beware of phone scams": where its real phone number is listed, when it calls, what it never asks."""

from __future__ import annotations

import re

import httpx

from registry.vocab import ChannelKind
from scrapers import base

NAME = "kraken-phone-scams"
URL = "https://support.kraken.com/hc/en-us/articles/115012482487-Beware-of-phone-scams"
PROVIDER = "kraken"
DOMAINS = ("kraken.com",)

_UNREQUESTED_CALL = re.compile(r"call from someone claiming to be from Kraken and you didn.t request", re.I)
_NEVER_ASK_LIST = re.compile(r"will never ask for the following", re.I)
_SUPPORT_SITE = re.compile(r"\b(?:bookmark|listed on)\b", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    found = base.blocks(document.text)
    candidates: list[base.Candidate | None] = []
    for block in found:
        for sentence in base.sentences(block.text):
            if _SUPPORT_SITE.search(sentence):
                for host in base.hosts(sentence):
                    if base.under(host, DOMAINS):
                        candidates.append(base.channel(PROVIDER, f"website-{base.key_part(host)}", ChannelKind.website,
                                                       host, sentence))
            if _UNREQUESTED_CALL.search(sentence):
                candidates.append(base.policy(PROVIDER, "never_calls_unsolicited", sentence))
    candidates += base.list_policies(PROVIDER, found, _NEVER_ASK_LIST)
    return base.present(candidates)
