"""Coinbase Help's phishing and tech-support-scam article: the site to use, where to report, what agents never do."""

from __future__ import annotations

import re

import httpx

from registry.vocab import ChannelKind
from scrapers import base

NAME = "coinbase-phishing"
URL = "https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/avoiding-cryptocurrency-scams/phishing"
PROVIDER = "coinbase"
DOMAINS = ("coinbase.com",)

_AGENTS_NEVER = re.compile(r"customer service agents will never", re.I)
_STAFF_NEVER = re.compile(r"\b(?:staff|agents?|Coinbase) will never ask\b", re.I)
_REPORT_TO = re.compile(r"\bemail\b", re.I)
_USE_SITE = re.compile(r"\baccessing\b", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    found = base.blocks(document.text)
    candidates: list[base.Candidate | None] = []
    for block in found:
        for sentence in base.sentences(block.text):
            if _USE_SITE.search(sentence):
                for url in base.urls(sentence):
                    host = base.host_value(url)
                    if base.under(host, DOMAINS):
                        candidates.append(base.channel(PROVIDER, f"website-{base.key_part(host)}", ChannelKind.website,
                                                       host, sentence, display=f"https://www.{host}"))
            if _REPORT_TO.search(sentence):
                candidates += base.email_domains(PROVIDER, sentence, DOMAINS)
            if _STAFF_NEVER.search(sentence):
                candidates += [base.policy(PROVIDER, code, sentence) for code in base.never_asks(sentence)]
    candidates += base.list_policies(PROVIDER, found, _AGENTS_NEVER)
    return base.present(candidates)
