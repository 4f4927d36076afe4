"""Venmo Help's sign-in code article: what Venmo never asks for, and the domain its notifications come from."""

from __future__ import annotations

import re

import httpx

from scrapers import base

NAME = "venmo-sign-in-codes"
URL = "https://help.venmo.com/hc/en-us/articles/217532397"
PROVIDER = "venmo"
DOMAINS = ("venmo.com",)

_NEVER_ASK = re.compile(r"\bVenmo will never ask\b|\bNobody at Venmo will ever\b", re.I)
_SENDER = re.compile(r"\b(?:notifications|emails?) will come from\b|\bwill only email you from\b", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    candidates: list[base.Candidate | None] = []
    for block in base.blocks(document.text):
        for sentence in base.sentences(block.text):
            if _NEVER_ASK.search(sentence):
                candidates += [base.policy(PROVIDER, code, sentence) for code in base.never_asks(sentence)]
            if _SENDER.search(sentence):
                candidates += base.email_domains(PROVIDER, sentence, DOMAINS)
    return base.present(candidates)
