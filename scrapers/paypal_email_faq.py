"""PayPal Help "How do I know if an email is really from PayPal?": what a PayPal e-mail never asks for."""

from __future__ import annotations

import re

import httpx

from scrapers import base

NAME = "paypal-email-faq"
URL = "https://www.paypal.com/aw/smarthelp/article/how-do-i-know-if-an-email-is-really-from-paypal-faq1895"
PROVIDER = "paypal"

_NEVER_LIST = re.compile(r"An email from PayPal will never", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    return base.list_policies(PROVIDER, base.blocks(document.text), _NEVER_LIST)
