"""MetaMask's "What are MetaMask's official support channels?" on support.metamask.io.

The page lists the only ways MetaMask representatives contact you (e-mail domains, the Community forum, the
support chat), its verified Twitter account, and the ways it never contacts you.
"""

from __future__ import annotations

import re

import httpx

from registry.vocab import ChannelKind
from scrapers import base

NAME = "metamask-support-channels"
URL = "https://support.metamask.io/getting-started/what-are-metamasks-official-support-channels/"
PROVIDER = "metamask"
# The registry cites this page through its source file in the repository that publishes support.metamask.io.
CITED_AS = ("github.com/Consensys/support-metamask-io/blob/*/docs/getting-started/what-are-metamasks-official-support-channels.mdx",)
DOMAINS = ("metamask.io", "metamask.zendesk.com")
CHAT_KEY = "chat-support-metamask"

_CONTACT_LIST = re.compile(r"only ever contact you via", re.I)
_NOT_CONTACT_LIST = re.compile(r"ways MetaMask will not ?contact you", re.I)
_THROUGH = re.compile(r"Through (?:our|the)\b", re.I)
_NEVER_DM = re.compile(r"will never (?:DM you|contact you about your Support case)", re.I)


def fetch(*, client: httpx.Client | None = None) -> base.Document:
    return base.fetch(URL, client=client)


def parse(document: base.Document) -> list[base.Candidate]:
    found = base.blocks(document.text)
    candidates: list[base.Candidate | None] = []
    for index, block in enumerate(found):
        if _CONTACT_LIST.search(block.text):
            for item in base.list_after(found, index):
                candidates += _contact_item(item)
        elif _NOT_CONTACT_LIST.search(block.text):
            items = base.list_after(found, index)
            if any(re.search(r"\b(?:SMS|Text)\b", item.text) for item in items):
                excerpt = "\n".join([block.text, *(item.text for item in items)])
                candidates.append(base.policy(PROVIDER, "never_sends_links_by_sms", excerpt))
        for sentence in base.sentences(block.linked):
            for url in base.urls(sentence):
                parts = base.split(url)
                if parts and parts.hostname in ("twitter.com", "x.com", "www.twitter.com") and re.fullmatch(r"/\w{1,15}/?", parts.path):
                    handle = parts.path.strip("/")
                    candidates.append(base.channel(PROVIDER, f"social-x-{handle.lower()}", ChannelKind.social,
                                                   f"x:{handle}", sentence, display=f"twitter.com/{handle}"))
        for sentence in base.sentences(block.text):
            if _NEVER_DM.search(sentence):
                candidates.append(base.policy(PROVIDER, "never_dms_first", sentence))
    return base.present(candidates)


def _contact_item(item: base.Block) -> list[base.Candidate | None]:
    """One way MetaMask contacts you: e-mail domains, a forum, or the support chat."""
    candidates: list[base.Candidate | None] = []
    for sentence in base.sentences(item.text):
        candidates += base.email_domains(PROVIDER, sentence, DOMAINS, show_address=False)
    is_chat = re.search(r"\bchat\b", item.text, re.I) and re.search(r"start a Conversation", item.text, re.I)
    for sentence in base.sentences(item.linked):
        if not _THROUGH.match(sentence):  # "Through our Community platform", not links to articles
            continue
        for url in base.urls(sentence):
            host = base.host_value(url)
            if not base.under(host, DOMAINS):
                continue
            candidates.append(base.channel(PROVIDER, f"website-{base.key_part(host)}", ChannelKind.website, host, sentence,
                                           display=f"https://{host}"))
            if is_chat:
                candidates.append(base.channel(PROVIDER, CHAT_KEY, ChannelKind.chat, f"https://{host}/", sentence,
                                               display="'Start a Conversation' button on " + host))
    return candidates
