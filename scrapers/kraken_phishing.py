"""Kraken's "Beware of phishing scams": the addresses Kraken e-mails from, and its official website."""

from __future__ import annotations

import re

import httpx

from registry.vocab import ChannelKind
from scrapers import base

NAME = "kraken-phishing-scams"
URL = "https://support.kraken.com/hc/en-us/articles/115012482687-Beware-of-phishing-scams"
PROVIDER = "kraken"
DOMAINS = ("kraken.com",)

# Only the sentences that vouch for addresses: the page also quotes look-alikes that are not Kraken's.
_SENDERS = re.compile(r"email from any other address besides|emails are sent via the domain", re.I)
_OFFICIAL_URL = re.compile(r"\bofficial\b", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    candidates: list[base.Candidate | None] = []
    for block in base.blocks(document.text):
        for sentence in base.sentences(block.text):
            if _SENDERS.search(sentence):
                candidates += base.email_domains(PROVIDER, sentence, DOMAINS, show_address=False)
            if _OFFICIAL_URL.search(sentence):
                for url in base.urls(sentence):
                    host = base.host_value(url)
                    if base.under(host, DOMAINS):
                        candidates.append(base.channel(PROVIDER, f"website-{base.key_part(host)}", ChannelKind.website,
                                                       host, sentence, display=f"https://www.{host}" if host.count(".") == 1 else host))
    return base.present(candidates)
