"""PayPal's phishing page (Malaysia): the address to forward phishing e-mails to."""

from __future__ import annotations

import httpx

from registry.vocab import ChannelKind
from scrapers import base

NAME = "paypal-my-phishing"
URL = "https://paypal.com/my/webapps/mpp/phishing"
PROVIDER = "paypal"
DOMAINS = ("paypal.com", "paypal.uk")


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    candidates: list[base.Candidate | None] = []
    for block in base.blocks(document.text):
        for sentence in base.sentences(block.text):
            for address, domain in base.emails(sentence):
                if not address.startswith("@") and base.under(domain, DOMAINS):
                    candidates.append(base.channel(PROVIDER, f"email-{base.key_part(domain)}", ChannelKind.email_domain,
                                                   domain, sentence, display=address))
    return base.present(candidates)
