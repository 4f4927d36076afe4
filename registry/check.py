"""`check(index, request) -> Verdict`: is this number, domain or caller really who they claim to be?

A pure function over the in-memory index: no database, no network, no clock except `today`. The API,
the CLI, the page scan, the benchmarks and the tests all call this same function.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import itertools
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote

import ahocorasick_rs
import phonenumbers
from rapidfuzz import process
from rapidfuzz.distance import OSA

from registry import aliases, canonical, htmltext, links, messages, normalize, signals
from registry.index import (
    COMMON_WORD_BRANDS,
    NAMES_IT,
    SUBSTRING_BRAND_MIN,
    WORD_BRANDS,
    ChannelEntry,
    RegistryIndex,
    Resolution,
    is_substring_brand,
)
from registry.vocab import (
    REVERIFY_DAYS,
    ChannelKind,
    Direction,
    PolicyCode,
    ProviderKind,
    Purpose,
)

MAX_MESSAGE_LENGTH = 10_000
NUMBER_NEAR_MISS_MIN_DIGITS = 5

RISK = {
    "official": "low", "retired": "medium", "known_scam": "high", "lookalike": "high", "mismatch": "high",
    "contradicts_policy": "high", "unknown": "unknown", "invalid": "unknown",
}
# A caller-script signal contradicts the policy the vocabulary links it to by the script alone, but for
# these: a link contradicts "never sends links by SMS" only in a message that came by SMS (see below), and
# "call this number back" contradicts "contact only via" only for a number not listed, as the verdict says.
_POLICIES_NOT_BY_SCRIPT_ALONE = {PolicyCode.never_sends_links_by_sms, PolicyCode.contact_only_via}
_PHONE_KINDS = ("phone", "short_code")
_MAYBE_A_PHONE = (None, *_PHONE_KINDS)  # a request's kinds a phone number may be read under (none said, or a phone's)


@dataclass(frozen=True)
class CheckRequest:
    value: str
    kind: str | None = None  # phone | short_code | website | url | domain | email
    region: str | None = None
    claimed_provider: str | None = None
    channel: str | None = None  # how they reached you: call | sms | email | chat | social | web
    direction: str | None = None  # incoming (they contacted you) | outgoing (you contacted them)
    message: str | None = None
    lang: str | None = None
    as_of: dt.date | None = None


@dataclass
class Verdict:
    verdict: str
    risk: str
    reasons: list[dict]
    input: dict
    interpretation: dict | None = None
    provider: dict | None = None
    channel: dict | None = None
    claimed_provider: dict | None = None
    official_channels: list[dict] = field(default_factory=list)
    policies: list[dict] = field(default_factory=list)
    red_flags: list[dict] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)
    report_to: list[dict] = field(default_factory=list)
    registry_version: int = 0
    as_of: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


class Lookalike(NamedTuple):
    """Why a value looks like a provider's: the reason's code, the provider, the reason's parameters.
    Strings only (the provider by slug), so that the look-alike memo, one entry per host asked about, can
    keep it as a flat tuple of strings, which the garbage collector stops walking (see `domain_lookalike`)."""

    code: str
    slug: str
    params: dict


@dataclass
class _Candidate:
    """The value as we finally read it."""

    kind: str
    value: str
    display: str
    region: str | None
    entries: list[ChannelEntry]
    lookalike: Lookalike | None = None
    interpretation: dict | None = None
    extra_reasons: list[tuple[str, dict]] = field(default_factory=list)
    # The provider the value carries the name of, where that is told and not judged: the answer lists its
    # channels as the way to reach it, as it does for a claimed provider.
    named_after: str | None = None
    # Said instead of `unknown_value` when nothing is known of it: what the registry can and cannot tell of it.
    unknown_reason: tuple[str, dict] | None = None
    # Said instead of `mismatch_not_listed` where the value is not what is judged by itself: a chat on a number.
    not_listed_reason: tuple[str, dict] | None = None
    # An account's name without its platform that this provider has on one, or the provider's brand alone on a
    # platform where the registry lists none of its accounts: a claim of it can be neither confirmed nor refused
    # ("@MetaMaskSupport", claimed as MetaMask: its X account, or anyone's elsewhere; x.com/binance).
    listed_for: str | None = None
    # The provider an account presents itself as the support of, by its name ("t.me/metamask_kefu"), where the
    # provider says it offers support only through its listed channels: its policies judge the account.
    support_named_after: str | None = None


def check(index: RegistryIndex, request: CheckRequest, *, today: dt.date | None = None, dressed: bool = True) -> Verdict:
    """The verdict on one value. `dressed=False` leaves out what a person is shown beside it (the official
    channels, policies, advice and where to report): a page scan judges dozens of values and shows those
    once per provider in its advisories."""
    lang = messages.language(request.lang)
    on = request.as_of or today or dt.datetime.now(dt.UTC).date()
    reasons: list[dict] = []

    def say(code: str, **params) -> None:
        reasons.append({"code": code, "message": messages.render(code, lang, **params)})

    def say_where_valid(value: str, placed: tuple[tuple[str, str], ...], *, answered_by: str | None = None,
                        none_of_its: bool = False) -> list[dict]:
        """A number no reading placed, or none in the region asked: the regions where it is one, and whose published
        number it is there ("4008205555": CMB's own in CN, and some other in DE, FI, LU and VE; which one is not known,
        so no verdict, but a reader who is in CN is told rather than left to find it in the list). `answered_by`: the
        provider claimed, whose own words answer whichever country's number it is, or (`none_of_its`) whose channels hold
        none of its readings."""
        more = len(placed) - _REGIONS_SHOWN
        regions = ", ".join(f"{region} ({number})" for region, number in placed[:_REGIONS_SHOWN]) \
            + (messages.render("and_more", lang, count=more) if more > 0 else "")
        if request.region:
            say("no_number_in_region", value=value.strip()[:100], region=request.region.upper(), regions=regions)
        elif answered_by:
            say("region_not_needed_not_listed" if none_of_its else "region_not_needed", value=value.strip()[:100],
                regions=regions, provider=answered_by)
        else:
            say("region_needed", value=value.strip()[:100], regions=regions)
        for region, number in placed:
            if own_active := _sorted_entries(index.channels_for("phone", number), None, on)[0]:
                say("region_needed_listed", region=region, value=own_active[0].channel.display,
                    provider=provider_name(own_active[0].provider, lang))
        return [{"region": region, "value": number} for region, number in placed]

    def say_short_codes_elsewhere(read: str, asked: str) -> None:
        """"95188" read in HK or US, where it is no one's: whose short code it is where it is one."""
        for code, entry in _short_codes_elsewhere(index, read, asked, on):
            region, digits = code.split(":", 1)
            say("short_code_elsewhere", digits=digits, region=region, provider=provider_name(entry.provider, lang), asked=asked)

    if request.value[:1] in _INVISIBLE_AT_AN_END or request.value[-1:] in _INVISIBLE_AT_AN_END:
        # a value copied with an invisible mark at its start or end, a spreadsheet's byte-order mark or a page's zero-width
        # space: no part of it ("\ufeff+1 888 221 1161" was "a number with its label", the mark its label)
        # (a right-to-left override at the start is no mark to drop: it shows the whole value reversed, "\u202e88159" as
        # 95188, and is said as one inside it is, see _shown_reordered)
        kept = normalize.RIGHT_TO_LEFT_OVERRIDE if request.value[:1] == normalize.RIGHT_TO_LEFT_OVERRIDE else ""
        request = replace(request, value=kept + request.value.strip(normalize.INVISIBLE_CHARACTERS))
    if "\n" in request.value and len(lines := request.value.strip().splitlines()) == 2 and all(line.strip() for line in lines):
        # a number and its label on two lines, as a contact card or a call log copies them ("PayPal\n+1 888 221 1161",
        # "+1 888-221-1161\nMobile", "95188\n支付宝"): read as on one (each was several words)
        request = replace(request, value=" ".join(line.strip() for line in lines))
    claim = index.resolve(request.claimed_provider) if request.claimed_provider else None
    if request.claimed_provider and claim is None:
        say("claimed_provider_unknown", claim=request.claimed_provider.strip()[:100])
    # "PayPal <service@paypal.com>", as mail shows a sender: the address is judged, the name may be a claim
    sender = normalize.sender(request.value) if "<" in request.value else None
    if sender and sender.name and not request.claimed_provider and (named := index.resolve(sender.name)) \
            and named.how in NAMES_IT:
        # "PayPal <service@intl-paypal.com>": the name mail shows is a claim, as a caller's is; only a name
        # that is a provider's ("PayPal", "PayPal Service"), not one that merely contains one ("Wise Guy")
        claim = named
        say("sender_name_claim", name=sender.name[:100], provider=provider_name(index.providers[claim.slug], lang))
    elif sender and not request.claimed_provider and (shown := _shown_address_of_another(index, sender, today=on)):
        # '"service@paypal.com" <alerts@secure-mailer.net>': mail shows the name where the address would be, and the
        # name is an official address the mail does not come from: a claim, as a provider's name is
        claim = index.resolve(shown[1])
        say("sender_name_shows_address", shown=shown[0], address=sender.address[:200],
            provider=provider_name(index.providers[shown[1]], lang))

    a_number = sender is None and (request.kind or "phone").lower() in _PHONE_KINDS
    # "+1 (888) 908-7930 (24/7)", "95188（24小时）": a note in brackets after a number, as pages print one, is no part of
    # it (the page scan leaves it out too). One that names a messaging platform gives the number as an account there
    # ("+1 … (WhatsApp)", "…（微信同号）"), read as "WhatsApp: +1 …" is; after a label as well, the value is left as
    # written (and refused: no guess at whose it is). One that names a provider is a claim ("+1 888 555 0134 (PayPal)").
    if request.value.rstrip()[-1:] in _NOTE_ENDS and a_number and (note := _NOTE_AFTER_A_NUMBER.search(request.value)):
        number = request.value[:note.start()].strip()
        noted = note.group().strip(" \t()（）")
        platform = alone.group("app") if (alone := _platform_note().fullmatch(noted.lower())) else None
        if platform is None or number[:1] in _NUMBER_STARTS:
            say("note_left_out", note=note.group().strip()[:40])
            request = replace(request, value=f"{platform}: {number}" if platform else number)
            if platform is None and (claimed := _label_claim(index, request, noted, lang)):
                claim, said = claimed
                say("label_claim", **said)
    # "95188 9:00-21:00", "+1 (888) 908-7930 9-5": opening hours copied with a number, as a listing prints them, are no
    # part of it either (the page scan leaves them out too): they were its menu keys, or made 95188 an extended short
    # code, a look-alike of itself
    if a_number and _MAY_END_IN_HOURS.search(request.value) and (number := _before_the_hours(index, request)) is not None:
        say("note_left_out", note=request.value[len(number):].strip()[:40])
        request = replace(request, value=number)
    # "1-800-MetaMask", "1-888-COINBASE": a number whose letters spell a provider's name presents itself as its, as a label
    # does (it was "not in our registry": the letters were read as digits only); a name and no more, with or without
    # generic words: letters that merely hold one are words ("1-800-MY-APPLE", Apple's own, "1-800-WISE-GUY")
    if a_number and claim is None and not request.claimed_provider and (spelled := spelled_by_its_letters(index, request.value)):
        claim, letters = spelled
        say("keypad_letters_claim", label=letters[:100], provider=provider_name(index.providers[claim.slug], lang))
    # "Is 1-888-221-1161 really PayPal's number?", "95188是支付宝的电话吗": the number asked about, and the provider
    # asked of it a claim, as a label's is
    told_by_the_asker = False
    link_shows = None  # what a Markdown link's text shows, where that is another site than it opens
    # (the value, its label and its number, where the label names a number of another kind than a phone's: "Binance UID:
    # 12345678", "Is Binance UID 12345678 legit?")
    another_kind: tuple[str, str, str] | None = None
    if a_number and request.value.rstrip()[-1:] not in _NUMBER_ENDS and (asked := _asked_about_a_number(request.value.strip())):
        if claimed := _label_claim(index, request, asked[1], lang):
            claim, said = claimed
            say("question_claim", number=asked[0], provider=said["provider"])
        elif _ASKED_OF_ANY_NUMBER.fullmatch(signals.simplify(asked[1].strip())) or request.claimed_provider:
            # "Is 1-888-… legit?", "4001234567是诈骗电话吗"; or asked with a claim of its own, which is the claim
            say("label_read", value=request.value.strip()[:100], number=asked[0])
        else:
            # "¿Es 900 123 456 el número de BBVA?": a bank or a person no one lists. What is known of the number is still
            # the answer (it was refused as several words); the part asked of it that no one can answer is said so
            say("question_name_unknown", number=asked[0], name=_WORDS_AFTER_A_NAME.sub("", asked[1].strip(" \t:："))[:60])
        if _names_another_kind_of_number(index, asked[1], asked[0]):
            another_kind = (request.value.strip(), asked[1].strip(" \t:："), asked[0])
        request = replace(request, value=asked[0])
    # "[PayPal](https://paypal-verify.com)", "[https://discord.com/nitro](https://dlscord-gift.com/nitro)": a link written in
    # Markdown, as Discord, Telegram and Reddit copy one (it was "not a web address"): what it opens is judged, and what it
    # shows is its label, a claim where it names a provider
    elif sender is None and request.value.lstrip()[:1] == "[" and (request.kind or "website") in _ADDRESS_KINDS \
            and (markdown := htmltext.MARKDOWN_LINK.fullmatch(request.value.strip())):
        shown, address = markdown.group("shown").strip(), markdown.group("href")
        say("markdown_link_read", value=request.value.strip()[:200], shown=shown[:100], address=address[:200])
        if _another_site_shown(shown, address):
            # ("[https://discord.com/nitro](https://dlscord-gift.com/nitro)": Discord's masked link, whose text is a site
            # the reader trusts; high risk where what it opens is not known, as the page scan says of such a link)
            say("link_opens_elsewhere", shown=shown[:100], target=address[:200])
            link_shows = shown
        if claimed := _label_claim(index, request, _LATIN_IN_CJK.sub(" ", shown), lang):
            claim, said = claimed
            say("label_claim", **said)
        request = replace(request, value=address)
    # "PayPal: service@paypal.com", "Email: support@coinbase.com", "支付宝客服邮箱：…": an address copied with its label, as
    # a page or a message gives it (each was several words); a label that names a provider is a claim, as below
    elif sender is None and (request.kind or "website") in _ADDRESS_KINDS \
            and (labelled_address := _labelled_address(index, request.value)):
        address, label = labelled_address
        say("label_read_address", value=request.value.strip()[:100], address=address)
        if claimed := _label_claim(index, request, _LATIN_IN_CJK.sub(" ", label), lang):
            claim, said = claimed
            say("label_claim", **said)
        # ("From: service@paypal.com", "发件人：…": copied from a mail received, whose sender may be forged)
        request = replace(request, value=address, direction="incoming" if request.direction is None
                          and _A_SENDERS_LABEL.search(label) else request.direction)
    # "Who called me from 1-888-221-1161?", "¿De quién es el número 910 123 456?", "Me llamó el 900 123 456 diciendo que era
    # de Binance, ¿es real?": a question of another shape about one number is that number, and a provider it names the
    # claim; told without a question, "Got a call from 1-888-221-1161 claiming to be PayPal", "Someone from Coinbase
    # called from … and asked for my 2FA code", the same; and one address asked or told of, "Is paypal-support.com
    # legit?", "got an email from service@paypal-support.com saying my account is limited" (each was refused as several
    # words, the value never judged)
    elif asked_of := _one_value_asked_or_told_of(request, sender, a_number):
        value, words, asked, an_address = asked_of
        if not an_address and (at := request.value.find(value)) > 0 \
                and _names_another_kind_of_number(index, request.value[:at], value):
            # ("Is Binance UID 12345678 legit?", "币安UID 12345678是真的吗": the words just before the number name its kind)
            another_kind = (request.value.strip(), _A_QUESTIONS_OPENING.sub("", request.value[:at].strip(" \t:：")), value)
        else:
            reading = ("question_read" if asked else "report_read") + ("_address" if an_address else "")
            say(reading, value=request.value.strip()[:100], **{"address" if an_address else "number": value})
        # ("是PayPal的官网吗": a Latin name run into Chinese is a word of its own)
        if claimed := _label_claim(index, request, _LATIN_IN_CJK.sub(" ", words), lang):
            claim, said = claimed
            say("question_claim" if asked else "report_claim", number=value, provider=said["provider"])
        # ("Who called me from …": a call received, whose caller ID may be forged, as the asker's direction says; so is
        # one told of, "… says it's PayPal")
        called = request.direction is None and (not asked or not an_address and _A_CALL_RECEIVED.search(signals.simplify(words)))
        # what the asker says was asked of them ("… and asked for my 2FA code", "95188打电话让我提供验证码") is what the
        # caller said: an official number that asks for a code was "official, low risk"
        told_by_the_asker = request.message is None
        request = replace(request, value=value, direction="incoming" if called else request.direction,
                          channel=request.channel or (_channel_told_of(signals.simplify(words)) if called else None),
                          message=request.message if request.message is not None else words)
    # "支付宝95188", "PayPal: 1 (888) 221-1161", "call 1-888-…": a number copied with its label, as a page or a
    # message gives it; the label that names a provider is a claim, as a sender's name is
    # ("*401*9876543210" is no number with its label, nor a German number: `_read` says what it is)
    forwarding = a_number and "*" in request.value and _CALL_FORWARDING_CODE.fullmatch(request.value.strip()) is not None
    labelled = (_number_after_its_label(index, request.value) or _number_with_its_label_after(index, request.value)) \
        if a_number and not forwarding else None
    extension = ""
    if labelled is None and a_number and not forwarding and not _EXTENSION_WORDS_START.isdisjoint(request.value) \
            and (after := _EXTENSION.search(written := request.value.rstrip())) \
            and (labelled := _number_after_its_label(index, written[:after.start()])):
        # "支付宝客服95188转2", "PayPal: 1-888-221-1161 x 2": a label, a number and its extension or menu key (each was
        # several words); the label is read off what stands before the key, which stays with the number for `_read`
        extension = after.group(0)
    if labelled and _A_NAME_RUN_INTO_DIGITS.fullmatch(request.value.strip()) \
            and not _a_registry_short_code(index, labelled.group("number")):
        # "binance888", "paypal2024": one word, as accounts are named, not a label and a number (it was "2024: no region
        # given", "888: not a possible number"); a registry's short code so run into its name stays one ("ICBC95588")
        labelled = None
    read = sender.address if sender else request.value
    remote_code = _remote_session_named(labelled.group("label")) if labelled else None
    if labelled and not remote_code:
        # a label that names a messaging platform gives its account of the number ("Telegram support: +1 …" is read as
        # "Telegram +1 …" is), whose reader says what it is
        platform = _messaging_platform_in(index, labelled.group("label"))
        number = labelled.group("number") + extension
        if _a_service_desk_before_a_short_code(index, platform, labelled.group("number")):
            # "微信客服 95017": a short code has no account on any app, and "<app>客服" is also the app's own customer
            # service, whose line it is then ("微信：95188" stays no possible account: it names an account alone)
            platform = None
        read = f"{platform}: {number}" if platform else number
        if platform is None and not extension and _names_another_kind_of_number(index, labelled.group("label"), labelled.group("number")):
            another_kind = (request.value.strip(), labelled.group("label").strip(" \t:："), labelled.group("number"))
        if platform is None and another_kind is None:
            say("label_read", value=request.value.strip()[:100], number=number.strip())
        if request.direction is None and _A_CALL_RECEIVED.search(label := signals.simplify(labelled.group("label"))):
            # ("who called me from 1-888-…", "来电 400…", asked without a question mark: a call received, as above; "text
            # from 95188" a text, told not to reply rather than to hang up)
            request = replace(request, direction="incoming", channel=request.channel or _channel_told_of(label))
        if request.message is None and _A_SENTENCES_STOP.search(labelled.group("label")):
            # "【京东】尊敬的用户，您的京东金条逾期，将影响征信，请联系客服4001234567": a message pasted whole, its number last;
            # its words before the number are its own, read for signs as a message's are (they were only a label)
            request = replace(request, message=labelled.group("label"))
        if _gives_a_persons_number(labelled.group("label")):
            # ("Venmo me at 415-…", "My Venmo is 415-…": a person's number on the provider, not given as its line; it was
            # "presented as Venmo's", a mismatch, high risk)
            say("label_persons_number", label=labelled.group("label").strip(" \t:：")[:100], number=labelled.group("number"))
        elif claimed := _label_claim(index, request, labelled.group("label"), lang):
            claim, said = claimed
            say("label_claim", **said)
            if claim.region and not request.region:
                # "Google Pay India customer care 1-800-419-0157": the number read in the country the label names
                request = replace(request, region=claim.region)
    if claim is None and not request.claimed_provider and request.message and not told_by_the_asker \
            and (claimed := _claim_in_message(index, request.message[:MAX_MESSAGE_LENGTH])):
        # "Coinbase: A withdrawal of 1.2 BTC was requested … call 1-888-555-0134", "【支付宝】…", "They said they were from
        # Coinbase and …": whom the message says its sender is, in a text's brand header or as who the caller said they
        # were, is the claim, as a mail's sender's name is (each number was only "not in our registry", with no word of the
        # provider's own channels and words)
        claim, words = claimed
        say("message_claim", words=words, provider=provider_name(index.providers[claim.slug], lang))
        if request.direction is None:
            # (a text that came from the number, or a caller told of: contact received, whose sender may be forged)
            request = replace(request, direction="incoming")
    if claim is None and not request.claimed_provider and "text=" in request.value \
            and (prefilled := _chat_links_message(request.value)) and _ASKS_FOR_HELP.search(prefilled) \
            and (named := index.resolve(prefilled)) and named.how in (*NAMES_IT, "contained"):
        # "wa.me/1415…?text=Hi, I need help with my MetaMask wallet": the message a fake help page's chat button writes for
        # the reader asks that chat for a provider's help, presenting it as the provider's (it was the number's, unknown); a
        # shop's "I'd like to pay with PayPal" asks none
        claim = named
        say("chat_link_message_claim", text=prefilled[:100], provider=provider_name(index.providers[claim.slug], lang))
    # (what the asker tells of in their own words, "he asked me for my code", is read as the caller's "your code")
    message = request.message[:MAX_MESSAGE_LENGTH] if request.message else ""
    red_flags = signals.find_told(message, lang=lang) if told_by_the_asker or signals.reads_as_told(message) \
        else signals.find(message, lang=lang) if message else []
    if red_flags:
        red_flags = without_ways_to_official_channels(index, red_flags, request.message, request.region, lang)
    if remote_code:
        # "AnyDesk ID 123 456 789", "腾讯会议号：123 456 789": an address to let someone in or a meeting's number, no number to
        # call (it was "not a possible phone number"); what giving it lets someone do is said, and read against a claim (the
        # sign spans the value, the message's signs the message)
        red_flags = [*red_flags, signals.sign_of("asks_remote_access", request.value, lang=lang)]
        candidate, problem = None, ""
    elif another_kind is not None:
        candidate, problem = None, ""
    else:
        candidate, problem = _read(index, request, read, lang, homes=index.providers[claim.slug].home_regions if claim else ())
        if link_shows and candidate is not None:
            candidate.interpretation = {**(candidate.interpretation or {}), "link_shows": link_shows}
    base = dict(
        input={"value": request.value, "kind": candidate.kind if candidate else request.kind,
               "normalized": candidate.value if candidate else None, "region": request.region},
        claimed_provider=_claim_public(index, claim, lang),
        red_flags=[_flag_public(flag) for flag in red_flags],
        registry_version=index.version,
        as_of=on.isoformat(),
    )
    if remote_code:
        say("remote_session_code", value=request.value.strip()[:100],
            service=remote_code if remote_code != "meeting" else messages.render("a_meeting_service", lang))
        conflicts = _policy_conflicts(index, claim.slug, None, [], request, red_flags) if claim else []
        for code, params in conflicts:
            say(code, **params)
        _say_red_flags(say, red_flags[:-1], lang, told=told_by_the_asker)
        return _finish(index, "contradicts_policy" if conflicts else "invalid", reasons, base, claim, None, red_flags, on, lang,
                       request, dressed)
    if another_kind is not None:
        # (no phone number, so no policy on calls it contradicts: "MetaMask support request 12345678" was "MetaMask has no
        # phone support"; what the words around it ask is still read)
        value, label, number = another_kind
        say("another_kind_of_number", value=value[:100], label=label[:100], number=number)
        _say_red_flags(say, red_flags, lang, told=told_by_the_asker)
        return _finish(index, "invalid", reasons, base, claim, None, red_flags, on, lang, request, dressed)
    if candidate is None:
        written = problem if isinstance(problem, _WrittenWithoutPlus) else None
        # (of the number a label or a question was read around: "MetaMask客服电话：400-820-1688")
        placed = _regions_where_valid(index, replace(request, value=read)) if dressed and written is None and not forwarding \
            else ()
        named = _provider_named(index, request) if dressed and not claim and not placed and not written else None
        reported = dressed and not claim and not placed and not written and not named and _a_report(request.value)
        # ("Does Coinbase call customers?", "Will Alipay ask for my verification code?", "MetaMask会打电话吗": what a provider
        # does, asked; answered by its own words as a report of it is)
        asked_what_it_does = dressed and not claim and not placed and not written and not named and not reported \
            and _asks_what_a_provider_does(request.value)
        told = _provider_told_of(index, request) if reported or asked_what_it_does else None
        asked_what_it_does = asked_what_it_does and told is not None  # (of no one the registry knows: several words)
        # ("Paypa1", "Metamsk", "Trust Wallett": a name a letter or a look-alike character from a provider's, as a sender's,
        # an account's or an app's name is written to pass as it, or as a name is mistyped; each was "a domain name has
        # at least two dot-separated labels")
        named = named or (_provider_resembled(index, request) if dressed and not claim and not placed and not written
                          and not reported and not asked_what_it_does else None)
        if (reported or asked_what_it_does) and request.message is None:
            red_flags = without_ways_to_official_channels(index, signals.find_told(request.value, lang=lang), request.value,
                                                          request.region, lang)
            # (what is asked about is no sign that anyone asked it: read against the provider's words, not shown as one)
            base["red_flags"] = [_flag_public(flag) for flag in red_flags] if reported else []
        if told or reported and red_flags:
            # "Binance support asked for my 2FA code", "支付宝客服让我提供验证码": a call or message told of with no number or
            # address, only whose it claimed to be; what was asked is read against that provider's own words; from no one
            # the registry knows ("有人冒充京东客服说要注销我的校园贷"), its signs are said (each was several words)
            conflicts = []
            if told:
                claim = told
                base["claimed_provider"] = _claim_public(index, claim, lang)
                several = 0 if asked_what_it_does else len(_numbers_told(request.value))
                say("question_without_value" if asked_what_it_does else "report_with_several_numbers" if several > 1
                    else "report_without_value", value=request.value.strip()[:100],
                    provider=provider_name(index.providers[claim.slug], lang), **({"count": several} if several > 1 else {}))
                # (a call told of is one received, the caller's choice: "Coinbase called me" against Coinbase's "does not
                # place unsolicited calls"; a chat, against "never writes first")
                words = signals.simplify(request.value)
                if asked_what_it_does:  # ("Does Coinbase call customers?": a call they would receive, as one told of is)
                    called = request.channel or next((channel for channel, asked in _A_CHANNEL_ASKED if asked.search(words)),
                                                     None)
                else:
                    called = request.channel or _channel_told_of(words)
                conflicts = _policy_conflicts(index, claim.slug, None, [], replace(request, direction="incoming", channel=called),
                                              red_flags)
            else:
                say("report_without_value_or_provider", value=request.value.strip()[:100])
            for code, params in conflicts:
                say(code, **params)
            if reported:
                _say_red_flags(say, red_flags, lang, told=True)
            else:
                red_flags = []
            return _finish(index, "contradicts_policy" if conflicts else "invalid", reasons, base, claim, None, red_flags,
                           on, lang, request, dressed)
        if named:
            # "支付宝客服电话", typed where a number goes: the question of every fake "customer service" page's reader.
            # Answered with the provider's own channels and words, as for a caller claiming to be it.
            claim = named
            base["claimed_provider"] = _claim_public(index, claim, lang)
            provider = provider_name(index.providers[claim.slug], lang)
            if named.how == "carried":
                say("provider_name_carried", value=request.value.strip()[:100], provider=provider, brand=named.matched)
            else:
                say("provider_name_resembled" if named.how in ("fuzzy", "confusable") else "provider_named",
                    value=request.value.strip()[:100], provider=provider)
            if request.region == "HK" and _A_REGISTERED_SENDER.fullmatch(request.value.strip()):
                # "#BOCHK": the registered sender's name, as a Hong Kong phone shows it
                say("registered_sms_sender", sender=request.value.strip(), provider=provider)
            if named.region and not request.region:
                # "PayPal UK": the reader's country, whose authorities the answer names to report to
                request = replace(request, region=named.region)
        elif written:
            base["interpretation"] = {"written_without_plus": {
                "official": written.official.channel.value,
                "dialled_elsewhere": [{"region": reading.region, "value": reading.value} for reading in written.elsewhere]}}
            provider = provider_name(written.official.provider, lang)
            with_code = "+" + written.digits == written.official.channel.value  # "18882211161", not "8882211161"
            say("region_needed_without_plus", value=request.value.strip()[:100], official=written.official.channel.value,
                provider=provider, elsewhere=", ".join(f"{reading.region} ({reading.value})" for reading in written.elsewhere),
                read_as=messages.render("with_plus_in_front", lang) if with_code
                else messages.render("read_in_its_country", lang, region=written.region),
                check_again=messages.render("check_again_with_region_or_plus" if with_code else "check_again_with_region", lang))
        elif placed:
            # "小狐狸钱包客服 4008201688": whichever country's number it is, MetaMask has no phone support (it was "cannot be
            # checked: no region given", on the question every fake "customer service" page raises)
            conflicts = _policy_conflicts(index, claim.slug, None, [], request, red_flags, a_number=True) if claim else []
            # "Venmo官方客服：400-820-1234": whichever country's number it is, it is none of Venmo's channels (it was "cannot be
            # checked: no region given")
            not_its = claim is not None and not conflicts and not any(
                entry.provider.slug == claim.slug for _, number in placed for entry in index.channels_for("phone", number))
            base["interpretation"] = {"regions_where_valid": say_where_valid(
                read, placed, answered_by=provider_name(index.providers[claim.slug], lang) if conflicts or not_its else None,
                none_of_its=not_its)}
            if conflicts:
                for code, params in conflicts:
                    say(code, **params)
                _say_red_flags(say, red_flags, lang, told=told_by_the_asker)
                return _finish(index, "contradicts_policy", reasons, base, claim, None, red_flags, on, lang, request, dressed)
            if not_its:
                _say_red_flags(say, red_flags, lang, told=told_by_the_asker)
                return _finish(index, "mismatch", reasons, base, claim, None, red_flags, on, lang, request, dressed)
        else:
            if (kind_named := messages.REQUESTED_KIND_NAMES.get((request.kind or "").lower())) is not None:
                # (95188 given as a website: "not a possible phone number, …" said what the value is not, wrongly)
                say("invalid_value_of_kind", value=request.value.strip()[:100], kind=kind_named[lang],
                    problem=messages.problem(problem, lang))
            else:
                say("invalid_value", value=request.value.strip()[:100], problem=messages.problem(problem, lang))
            if dressed and request.region and a_number:
                say_short_codes_elsewhere(read, request.region.upper())  # ("110" checked in HK: mainland China's police)
        return _finish(index, "invalid", reasons, base, claim, None, red_flags, on, lang, request, dressed)

    if candidate.named_after:  # whose name it carries, for those who present it (a page scan)
        candidate.interpretation = {**(candidate.interpretation or {}), "named_after": candidate.named_after}
    base["interpretation"] = candidate.interpretation
    for code, params in candidate.extra_reasons:
        say(code, **params)
    if dressed and (placed := _valid_elsewhere_only(index, request, read, candidate)):
        # "03-1234-5678" checked in the US is no number there (none begins with 0), but Tokyo's as Japan writes it,
        # among others: said, rather than judged as a number of the US that no phone has (in a person's answer only:
        # the digits are parsed in every region)
        base["interpretation"] = {**candidate.interpretation, "regions_where_valid": say_where_valid(read, placed)}

    claimed_slug = claim.slug if claim else None
    own_active, other_active, retired, not_yet, unverified = _sorted_entries(candidate.entries, claimed_slug, on)

    policy_slug = claimed_slug or (own_active[0].provider.slug if own_active else None) or candidate.support_named_after
    conflicts = _policy_conflicts(index, policy_slug, candidate, own_active, request, red_flags)
    scam = index.scams.get((candidate.kind, candidate.value), [])

    def name_of(slug: str) -> str:
        return provider_name(index.providers[slug], lang)

    match_entry = (own_active or retired or other_active or [None])[0]
    base["provider"] = _provider_public(index, match_entry.provider, lang) if match_entry else None
    base["channel"] = _channel_public(index, match_entry, on, evidence=True) if match_entry else None

    if own_active:
        entry = own_active[0]
        if candidate.kind in _PHONE_KINDS or candidate.kind in ("app", "social"):
            say("official_channel", value=candidate.display, kind=_kind_name(entry.channel.kind, lang),
                provider=name_of(entry.provider.slug), purposes=_purposes(entry, lang),
                confidence=entry.confidence, verified=entry.last_verified)
        else:
            under = messages.render("is_the_domain", lang) if candidate.display == entry.channel.value \
                else messages.render("on_the_domain", lang, domain=entry.channel.value)
            say("official_domain", value=candidate.display, on=under,
                kind=_kind_name(entry.channel.kind, lang), provider=name_of(entry.provider.slug),
                confidence=entry.confidence, verified=entry.last_verified)
        if entry.last_verified and (on - entry.last_verified).days > REVERIFY_DAYS:
            say("stale_evidence", verified=entry.last_verified, days=REVERIFY_DAYS)
        if entry.channel.direction in (Direction.calls_out, Direction.sms_sender) and entry.channel.notes:
            say("calls_out", provider=name_of(entry.provider.slug), value=candidate.display, notes=entry.channel.notes)
        if conflicts or request.direction == "incoming" or sender is not None or _scam_script(red_flags):
            # a forged sender is hung up on when it calls, and not answered when it writes (a sender written as mail
            # shows it, "Coinbase Support <support@coinbase.com>", is one that wrote)
            say(("spoofing_possible_text" if request.channel in _WRITTEN_CHANNELS else "spoofing_possible")
                if candidate.kind in _PHONE_KINDS else "spoofing_possible_sender", provider=name_of(entry.provider.slug))
        if candidate.kind == "email_domain" and request.message \
                and sent_through(entry.provider, request.message[:MAX_MESSAGE_LENGTH]):
            say("sent_through_provider", provider=name_of(entry.provider.slug))
        if request.message and (number := _number_to_call_back(red_flags, request.message)):
            # "Coinbase <no-reply@coinbase.com>" or a call from its number, and "call +1 (855) 738-4210": the flags kept
            # are numbers no provider lists (without_ways_to_official_channels), so not the provider's own; one who
            # forged the sender gives the number that reaches him
            say("message_number_not_official", number=number, provider=name_of(entry.provider.slug))
        if candidate.kind == "email_domain" and request.message and "@" in request.message \
                and (reply_to := _replies_go_elsewhere(index, entry.provider.slug, request.message[:MAX_MESSAGE_LENGTH])):
            # "From: PayPal <service@paypal.com>" over "Reply-To: paypal.resolution@gmail.com": the sender's address is the
            # provider's, the answer goes to whoever forged it
            say("message_reply_to_not_official", address=reply_to, provider=name_of(entry.provider.slug))
        if request.message and (link := _link_to_open(red_flags)):
            # the same for a link: "95188" sending "您的支付宝账户存在风险，请点击 alipay-verify.cn 处理" was "official,
            # low risk" (a link alone is one medium sign), the look-alike in it never judged
            say("message_link_not_official", link=link, provider=name_of(entry.provider.slug))
    for code, params in conflicts:
        say(code, **params)

    if own_active and not conflicts:
        verdict = "official"
    elif own_active or (conflicts and not scam):
        verdict = "contradicts_policy"
    elif scam:
        verdict = "known_scam"
        report = scam[0]
        claimed = f" ({report.claimed_provider})" if report.claimed_provider else ""
        say("known_scam", value=candidate.display, claimed=claimed, report=report.report_id)
    elif retired:
        verdict = "retired"
        entry = retired[0]
        say("retired_channel", value=candidate.display, kind=_kind_name(entry.channel.kind, lang),
            provider=name_of(entry.provider.slug), until=entry.channel.valid_until)
        successor = entry.provider.channel(entry.channel.successor) if entry.channel.successor else None
        if successor:
            say("successor", successor=successor.display)
    elif candidate.lookalike:
        verdict = "lookalike"
        hit = candidate.lookalike
        say(hit.code, provider=name_of(hit.slug), **hit.params)
        base["provider"] = _provider_public(index, index.providers[hit.slug], lang)
        base["channel"] = None
    elif other_active:
        verdict = "mismatch"
        say("mismatch_other_provider", value=candidate.display, owner=name_of(other_active[0].provider.slug),
            claimed=name_of(claimed_slug))
    elif claimed_slug and candidate.kind == "app" \
            and not _listed(index, claimed_slug, ChannelKind.app, _apps_store_judged_in(candidate.value)):
        # The real Cash App app claimed as Cash App's was "a mismatch, high risk: do not install it, and remove it if you
        # did": the registry lists none of Cash App's apps to tell its own from a fake
        verdict = "unknown"
        say("app_not_listed_for_provider", provider=name_of(claimed_slug), app=candidate.display)
    elif claimed_slug and claimed_slug != candidate.listed_for:
        verdict = "mismatch"
        code, params = candidate.not_listed_reason or ("mismatch_not_listed", {"value": candidate.display})
        say(code, **params, claimed=name_of(claimed_slug))
    else:
        verdict = "unknown"
        code, params = candidate.unknown_reason or ("unknown_value", {"value": candidate.display})
        say(code, **params)
    if policy_slug and not own_active and request.direction == "incoming" and request.channel in (None, "call") \
            and candidate.kind in _PHONE_KINDS and index.policy(policy_slug, PolicyCode.callback_only):
        say("callback_only_call", provider=name_of(policy_slug))
    if verdict in ("mismatch", "unknown") and not own_active and not other_active and candidate.kind in _PHONE_KINDS and dressed:
        # "95188" checked in HK or US: read there it is no one's, and the reader may be holding a mainland message
        # (it was "+85295188 is not in our registry", with no word that 95188 is Alipay's line in CN)
        say_short_codes_elsewhere(read, (candidate.region or request.region or "").upper())
    if verdict in ("mismatch", "unknown", "lookalike") and not own_active:
        for entry in not_yet:
            say("not_yet_valid", value=candidate.display, provider=name_of(entry.provider.slug), since=entry.channel.valid_from)
        for entry in unverified:
            say("unverified_listing", value=candidate.display, provider=name_of(entry.provider.slug))
    _say_red_flags(say, red_flags, lang, told=told_by_the_asker)
    return _finish(index, verdict, reasons, base, claim, candidate, red_flags, on, lang, request, dressed)


_INVISIBLE_AT_AN_END = frozenset(normalize.INVISIBLE_CHARACTERS)
_MAY_BE_SPELLED = re.compile("[ 点艾圈#＃]")  # (what normalize.spelled_out reads, first looked for)


def _say_red_flags(say, red_flags, lang: str, *, told: bool) -> None:
    """The reasons that name the message's signs: what the asker told of (`told`) or what the message holds."""
    if not red_flags:
        return
    separator = messages.render("list_separator", lang)
    say("red_flags_told" if told else "red_flags_found", count=len(red_flags),
        titles=separator.join(flag.title for flag in red_flags))
    script = signals.scam_script_signs(red_flags)
    if script and all(flag.severity == "medium" for flag in script):
        # no one of them would have made the answer high risk: the reader is told it is their being together
        say("signs_together", titles=separator.join(flag.title for flag in script))


_REGIONS_SHOWN = 6


# The words below that tell of a call or a message, a claim or a doubt are read on the value's Simplified reading
# (signals.simplify, as the signals read a text, one character for one): Taiwan's and Hong Kong's "有人自稱165警察說我…",
# "打電話給我", "簡訊說" are told so.

# a call, as a report without a number tells of one (not a text, a mail or a chat: "… texted me", "发短信")
# (and in Spanish, Portuguese, French, German and Italian: "Me llamaron de Coinbase", "Me ligaram do Nubank", "PayPal m'a
# appelé", "hat mich angerufen", "Mi ha chiamato PayPal")
_A_CALL_TOLD_OF = re.compile(r"\b(called|calling|rang|phoned|(a |phone )call)\b|打电话|打来|来电|致电"
                             r"|\b(me llam(aron|[oó]|aba|aban)|una llamada|ligaram|ligou|uma liga[cç][aã]o|m'a appel[eé]|m'ont appel[eé]"
                             r"|un appel|angerufen|anruf|mi (ha|hanno) (chiamat[oa]|chiamati|telefonato)|una chiamata)(?![a-zà-ÿ])",
                             re.IGNORECASE)
# ... not one the asker made ("I called Coinbase support", "我给支付宝客服打电话")
_THE_ASKER_CALLED = re.compile(r"\b(i|we)( just| also)? (called|phoned|rang|contacted|emailed|texted|messaged|dm'?ed)\b"
                               # (not "给我打电话", a call to the asker: "币安客服给我打电话")
                               r"|(?<![给向])我(们)?(打电话|致电|联系|打给|拨打|给[^，。！？\n]{0,10}打电话)", re.IGNORECASE)


# a text message, as a report tells of one ("Binance texted me a link", "币安发短信说…"), read against "never sends links
# by SMS"
# (and "Received text from 72975", "got an SMS from …")
_A_TEXT_TOLD_OF = re.compile(r"\b(texted|sms'?e?d|sent me an? (text|sms))\b|\b(text|sms|text message)s? from\b"
                             r"|发(来)?(了)?(一条|条)?短信|短信(说|里|中|上)", re.IGNORECASE)
# a chat or a direct message, as a report tells of one ("币安客服加我微信", "Trust Wallet support DM'd me")
_A_CHAT_TOLD_OF = re.compile(r"\b(dm'?e?d|messaged|added|followed) me\b|\bsent me a (dm|direct message|friend request)\b"
                             r"|\b(whatsapp|telegram|wechat|viber) (message|text|dm)s?\b|\bwhatsapp'?e?d me\b"
                             r"|加(了)?我|添加(了)?我|私信(了)?我", re.IGNORECASE)


def _channel_told_of(words: str) -> str | None:
    """How a report says the contact came, in its words as the signals read them: "call", "chat", "sms", or None."""
    return "call" if _A_CALL_TOLD_OF.search(words) else "chat" if _A_CHAT_TOLD_OF.search(words) \
        else "sms" if _A_TEXT_TOLD_OF.search(words) else None


def _a_report(value: str) -> bool:
    """Whether `value` is a short report of a call or a message received ("Coinbase called me", "支付宝客服让我提供验证码",
    "币安客服加我微信"), not of one the asker made."""
    value = signals.simplify(value.strip())
    return len(value) <= _LONGEST_QUESTION and _WORDS_OF_A_QUESTION.search(value) is not None \
        and not _THE_ASKER_CALLED.search(value) \
        and bool(_A_CALL_RECEIVED.search(value) or _A_CALLER_CLAIMED.search(value) or _A_CHAT_TOLD_OF.search(value)
                 or signals.reads_as_told(value))


def _asks_what_a_provider_does(value: str) -> bool:
    """Whether `value` is a short question of whether a provider calls, writes or asks something ("Does Coinbase call
    customers?", "Would PayPal ever ask for my password?", "支付宝会打电话吗", "币安会不会让我转账"), not of how to reach it."""
    value = signals.simplify(value.strip())
    return len(value) <= _LONGEST_QUESTION and _ASKS_WHAT_IT_DOES.search(value) is not None \
        and not _THE_ASKER_CALLED.search(value)


# what a question asks a provider does: call, text, write, ask for, tell to (English and Chinese, simplified)
_ASKS_WHAT_IT_DOES = re.compile(
    r"^(?:does|do|will|would|can|could|might|should|is it (?:normal|possible|common|usual|true) (?:for|that))\s+"
    r"(?!(?:i|we|me|us|you)\b)(?:\S+\s+){1,4}?(?:ever\s+|really\s+|actually\s+|usually\s+|normally\s+)?"
    r"(?:call|calls|phone|phones|ring|text|texts|sms|message|messages|email|emails|e-mail|dm|contact|contacts|ask|asks|request|"
    r"requests|need|needs|require|requires|want|wants|send|sends|reach out|tell|tells)\b"
    r"|会(?:不会)?(?:主动)?(?:给我|给你|给用户|给客户)?(?:打电话|来电|致电|打来|发短信|发信息|发消息|发邮件|联系|要|索要|问|让|叫|加)"
    r"[^?？]{0,30}(?:吗|么|嘛)?[?？]*$", re.IGNORECASE)


# the way of reaching someone such a question asks of, as a request's channel names it
_A_CHANNEL_ASKED = (("call", re.compile(r"\b(call|calls|phone|phones|ring)\b|打电话|来电|致电|打来", re.IGNORECASE)),
                    ("sms", re.compile(r"\b(text|texts|sms)\b|发短信", re.IGNORECASE)),
                    ("chat", re.compile(r"\b(dm|message|messages)\b|发信息|发消息|加(我|你|好友)", re.IGNORECASE)),
                    ("email", re.compile(r"\b(e-?mails?)\b|发邮件", re.IGNORECASE)))


def _provider_told_of(index: RegistryIndex, request: CheckRequest) -> Resolution | None:
    """The provider a short report of a call or message (`_a_report`) names as its caller or sender, where it gives no
    number or address ("Binance support asked for my 2FA code", "someone called me saying they're from Coinbase"): by one
    of its names, or by a word or two written one edit from one ("Metamsk called me"); not a whole report that merely
    resembles a name."""
    named = index.resolve(_LATIN_IN_CJK.sub(" ", request.value.strip()))
    if named and named.how in (*NAMES_IT, "contained"):
        return named
    # a name mistyped among the report's words ("Metamsk called me", "Coinbse asked for my 2FA code", "Trust Walet support
    # messaged me"; each was several words): two words, then one, that resemble a provider's name, one edit or look-alike
    # characters away, not all of them ordinary words ("Revolt called me", "my mom called me")
    words = _LATIN_WORD.findall(request.value)
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            window = words[start:start + size]
            if all(aliases.is_ordinary_word(word.lower()) for word in window):
                continue
            resembled = index.resolve(" ".join(window))
            if resembled and resembled.how in ("fuzzy", "confusable"):
                return resembled
    return None


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _provider_named(index: RegistryIndex, request: CheckRequest) -> Resolution | None:
    """The provider a value that is no number, site or email names by one of its names, with or without generic
    words ("支付宝客服电话", "MetaMask support"), asked as a question or not ("支付宝客服电话是多少", "What is PayPal's
    phone number?"); not one it merely contains or resembles."""
    named = index.resolve(_QUESTION_FRAME.sub("", request.value.strip()) or request.value)
    return named if named and named.how in NAMES_IT else None


_ONE_WORD = re.compile(r"[A-Za-z0-9_]+")  # (as accounts are named)


def _provider_resembled(index: RegistryIndex, request: CheckRequest) -> Resolution | None:
    """The provider a value that is no number, site or email resembles by a name, with or without generic words: one
    edit or look-alike characters away ("Paypa1", "Metamsk", "Trust Wallett support"), or whose name one word carries
    ("paypalsupport"); not a dictionary word one edit from a name (revolt), nor a name written without its space
    ("Googlepay": that names Google Pay)."""
    value = _QUESTION_FRAME.sub("", request.value.strip()) or request.value
    if "\n" in value or len(value) > 60:
        return None
    resembled = index.resolve(value)
    # ("paypalsupport", "metamaskio": a name as written, glued to other words, as accounts are named)
    if (resembled is None or resembled.how == "fuzzy") and _ONE_WORD.fullmatch(value) \
            and (carried := _brand_in_name(index, value)) and carried[0] in value.lower():
        return Resolution(carried[1], "carried", carried[0])
    if resembled is None or resembled.how not in ("fuzzy", "confusable"):
        return None
    folded = aliases.fold(value)
    if any(aliases.is_ordinary_word(word) for word in folded.split()):
        return None
    together = folded.replace(" ", "")
    if resembled.how == "confusable" and any(alias.replace(" ", "") == together for alias, slug in index.alias_to_slug.items()
                                             if slug == resembled.slug):
        return Resolution(resembled.slug, "spaced", resembled.matched)
    return resembled


# How a person asks for a provider's number in the check's one box: "请问支付宝客服电话是多少？", "What is PayPal's
# phone number?", "How do I contact Coinbase support"; the words asked with, and the question's mark, are left out
_QUESTION_FRAME = re.compile(
    r"^(请问|问一下|想问一下?|请教一下?)?(怎么|怎样|如何|咋)(才能)?(联系|联络|找到?|打给|拨打|打)(上)?"
    r"|^(请问|问一下|想问一下?|请教一下?)"
    # ("小狐狸钱包有客服电话吗", "PayPal有没有客服电话": does it have one)
    r"|(有没有|有无|有)(人工|官方)?(客服电话|客服热线|电话客服|人工客服|客服|电话|热线)[吗么嘛]?[?？]*$"
    r"|(是多少|是什么|是几号|是哪个|多少|怎么联系|怎么打|如何联系|在哪里|在哪儿|在哪|有哪些|是啥"
    # ("支付宝人工服务怎么转", "京东客服怎么转人工": how to reach a person on its line)
    r"|(怎么|怎样|如何|咋)(才能)?(转|转到|转接|找|接通)(人工|真人)?(服务|客服)?"
    # (Cantonese: "中銀香港客服電話係咩？")
    r"|[係系](咩|乜嘢?|幾多|几多)|幾多號|几多号)?[吗呢啊呀]?[?？]*$"
    # "Paytm ka customer care number kya hai?", as India asks it in Hindi with Latin letters, and in Devanagari: "पेटीएम का
    # कस्टमर केयर नंबर क्या है?"
    r"|(\s+k[ae])?\s+((customer care|customer service|helpline|toll free|contact)\s+)?(number|no|nambar)\s+(kya|kaun sa|konsa)\s+(hai|h)\s*[?？]*$"
    r"|\s*(का|की|के)?\s*((कस्टमर केयर|ग्राहक सेवा|हेल्पलाइन|टोल फ्री)\s*)?(नंबर|नम्बर)\s*(क्या|कौन सा)\s*है\s*[?？]*$"
    # "Ano ang hotline ng GCash?" (Tagalog)
    r"|^(ano ang|anong)\s+((hotline|numero|number|contact number|customer service)\s+)?(ng|ni)\s+"
    # "Berapa nomor CS Binance?", "Nomor CS Binance berapa?", "Bagaimana cara menghubungi Binance?" (Indonesian and Malay)
    r"|^(berapa|apa|apakah)\s+|^(bagaimana\s+)?cara\s+(menghubungi|hubungi|kontak|menelepon|menelefon)\s+|\s+(berapa|apa)\s*[?？]*$"
    # "Số tổng đài Binance là gì?", "Hotline Binance là số mấy?", "Làm sao liên hệ Binance?" (Vietnamese)
    r"|\s+(l[aà]\s+)?(g[iì]|bao nhi[eê]u|s[oố] m[aấ]y|s[oố] n[aà]o)\s*[?？]*$"
    r"|^(l[aà]m (sao|th[eế] n[aà]o) (đ[eể] )?(li[eê]n h[eệ]|g[oọ]i)( cho| v[oớ]i)?|c[aá]ch li[eê]n h[eệ]( v[oớ]i)?)\s+"
    # "Какой номер поддержки Binance?", "Как связаться с Binance?" (Russian)
    r"|^(какой|какой у|как связаться с|как позвонить в|как позвонить|где найти)\s+"
    # "Який номер підтримки Binance?", "Як зв'язатися з monobank?" (Ukrainian)
    r"|^(який|який у|як зв['’]язатися з|як зателефонувати в|як зателефонувати до|як зателефонувати|де знайти)\s+"
    r"|^(what('s|s| is| are)( the)?|how (do|can|should) (i|we|you) (contact|call|reach|phone)|how to (contact|call|reach|phone)|"
    r"where (is|can i find|do i find|to find)( the)?|is there( an?)?)\s+|['’]s\b"
    # "¿Cuál es el número de atención al cliente de PayPal?", "Qual o telefone do PayPal?", "¿Cómo contacto a Binance?"
    r"|^¿?\s*(cu[aá]l es|qu[eé] es|c[oó]mo (contacto|llamo|contactar|me comunico)( con| a)?|d[oó]nde (est[aá]|encuentro)|"
    r"qual [eé]|qual(?!\s+(è|e'))|como (contato|ligo|falo|entro em contato)( com)?|onde (fica|encontro))\s+((el|la|o|a)\s+)?"
    r"((n[uú]mero|tel[eé]fono|telefone|contacto|contato|whatsapp|canal)\s+)?(de\s+)?"
    r"((atenci[oó]n al cliente|servicio al cliente|soporte|atendimento|suporte|sac)\s+)?(de|del|do|da|a|con|com)?\s*"
    # "Quel est le numéro du service client PayPal ?", "Comment contacter Binance ?", "Wie lautet die Telefonnummer von
    # PayPal?", "Wie erreiche ich den Kundenservice von Coinbase?"
    r"|^(quel est|quel|comment (contacter|joindre|appeler)|o[uù] (trouver|est))\s+((le|la|les)\s+)?"
    r"((num[eé]ro|t[eé]l[eé]phone|contact)\s+)?((de|du|d')\s*)?((service client|service clients|assistance|support)\s+)?(de|du|d')?\s*"
    r"|^(wie lautet|wie erreiche ich|wie kontaktiere ich|wo finde ich|was ist)\s+((die|der|den|das)\s+)?"
    r"((telefonnummer|nummer|hotline|kontakt)\s+)?((von|vom|des|der|bei)\s+)?((kundenservice|kundendienst|support)\s+)?"
    r"(von|vom|des|der|bei)?\s*"
    # "Qual è il numero del servizio clienti PayPal?", "Come contatto MetaMask?"
    r"|^(qual [eè]|qual'[eè]|come (contatto|contattare|chiamo|chiamare|raggiungo)|dove (trovo|si trova))\s+((il|la|lo)\s+)?"
    r"((numero|telefono|contatto)\s+)?((di|del|della|dell')\s*)?((servizio clienti|assistenza clienti|assistenza|supporto)\s+)?"
    r"(di|del|della|dell')?\s*"
    # "メタマスクのサポートの電話番号は？", "ペイパルの電話番号を教えてください", "バイナンスに連絡するには？" (Japanese), "바이낸스 고객센터
    # 전화번호가 뭐예요?", "메타마스크 고객센터 번호 알려주세요" (Korean): the particle before the question only with the question
    # ("알리페이" ends in 이)
    r"|(は|を|に|へ)?\s*(何番(ですか|でしょうか)?|何(ですか|でしょうか)|なんですか|教えて(ください|下さい|ほしい)?|どこ(ですか|にありますか)?"
    r"|知りたい(です)?|(連絡|電話)(する|したい)?(には|方法(は)?))\s*[?？]*$|は\s*[?？]+$"
    r"|(이|가|은|는|을|를)?\s*(뭐(예요|에요|야|지|죠|인가요)?|무엇(인가요|입니까|이에요)?|알려 ?(주세요|줘|주실래요|주시겠어요)|어디(예요|에요|야|인가요)"
    r"|몇 ?번(이에요|인가요|이야)?|궁금(해요|합니다))\s*[?？]*$|(은|는)\s*[?？]+$"
    # "Does MetaMask have phone support?", "coinbase support email", "支付宝客服邮箱" (the asking words; the provider's
    # generic words, "support", "phone", go with its name)
    r"|^(does|do|can i|can you)\s+|(?<=\S)\s+(have|has|offer|offers|provide|provides)(\s+(an?|any))?(?=\s)"
    r"|\s*(e-?mail( address)?|website|web site|site|邮箱|网站|邮件)\s*[?？]*$", re.IGNORECASE)


def _regions_where_valid(index: RegistryIndex, request: CheckRequest) -> tuple[tuple[str, str], ...]:
    """For a number typed without its country code, which no reading could place (checked without a region, or in
    one where it is none): the regions where it is a valid number. "13812345678" is not "not a possible number"; it
    is a Chinese mobile (among others) that needs its country said."""
    kind = (request.kind or "").lower()
    value = request.value.strip()
    if not _EXTENSION_WORDS_START.isdisjoint(value) and (extension := _EXTENSION.search(value)):
        value = value[:extension.start()]  # "400-820-1688 转 2": the number before its key (it was "not a possible number")
    if kind not in ("", *_PHONE_KINDS) or not normalize.looks_like_phone(value) or _ip_address(value):
        return ()
    typed = normalize.read_phone(value, None, index.short_codes)
    if typed.international or typed.problem is None or not typed.digits:
        return ()
    asked = (request.region or "").upper()  # (where it is none, when it was checked in a region)
    return tuple((region, number) for region, number in normalize.regions_where_valid(typed.digits, typed.groups)
                 if region != asked)


def _valid_elsewhere_only(index: RegistryIndex, request: CheckRequest, read: str, candidate: _Candidate) -> tuple[tuple[str, str], ...]:
    """For a number read in the region asked, where it is none and no other reading is valid: the other regions where
    it is one (see `_regions_where_valid`). `read`: the value as it was read (a label or a question around it left out)."""
    chosen = (candidate.interpretation or {}).get("chosen") or {}
    if not request.region or chosen.get("basis") != "region" or chosen.get("valid", True) \
            or candidate.interpretation.get("alternatives"):
        return ()  # (nearly every check: asked no copy of the request)
    return _regions_where_valid(index, replace(request, value=read))


def _short_codes_elsewhere(index: RegistryIndex, read: str, asked: str, on: dt.date) -> list[tuple[str, ChannelEntry]]:
    """The registry's short codes of regions other than `asked` that the value's digits are, with their active published
    entry: what "95188" is where it is one, when it was read in a region where it is not."""
    digits = "".join(filter(str.isdigit, read))
    if not 3 <= len(digits) <= 6 or read.lstrip()[:1] == "+" or not digits.isascii() \
            or any(not (character.isdigit() or normalize.is_separator(character)) for character in read.strip()):
        return []  # (a number's digits alone: not "95188abc", whose letters say it is something else)
    found: dict[str, ChannelEntry] = {}  # (a code's first active entry)
    for code, entry in index.published_short_codes(digits):
        if not code.startswith(asked + ":") and code not in found and entry.channel.is_active(on):
            found[code] = entry
    return list(found.items())


def _sorted_entries(entries: list[ChannelEntry], claimed_slug: str | None, on: dt.date):
    """The registry's entries for the value, by what they say on the day: the claimed provider's (or
    anyone's) active ones, another provider's active ones, retired, not yet valid, unverified."""
    if not entries:  # most values asked about: nothing listed
        return [], [], [], [], []
    published = [entry for entry in entries if entry.publishable]
    active = [entry for entry in published if entry.channel.is_active(on)]
    own_active = [entry for entry in active if claimed_slug in (None, entry.provider.slug)]
    other_active = [entry for entry in active if claimed_slug and entry.provider.slug != claimed_slug]
    retired = [entry for entry in published if entry.channel.valid_until and on > entry.channel.valid_until
               and claimed_slug in (None, entry.provider.slug)]
    not_yet = [entry for entry in published if entry.channel.valid_from and on < entry.channel.valid_from]
    unverified = [entry for entry in entries if not entry.publishable]
    return own_active, other_active, retired, not_yet, unverified


# -- reading the value -----------------------------------------------------------------------------

def _read(index: RegistryIndex, request: CheckRequest, value: str, lang: str, *, homes: tuple[str, ...] = ()) \
        -> tuple[_Candidate | None, str | _WrittenWithoutPlus]:
    """`value`: the request's, or the address of a sender written 'Name <address>'; `homes`: the countries the
    claimed provider is one of (`_read_phone`)."""
    value = value.strip()
    kind = (request.kind or "").lower() or None
    if not value:
        return None, "it is empty"
    if len(value) > normalize.MAX_VALUE_LENGTH:
        return None, f"it is longer than {normalize.MAX_VALUE_LENGTH} characters"
    if value[-1] in _CLOSING or value[0] in _PAIRS or value[-1] == "." and value[-2:-1] in _CLOSING:
        value = _without_the_sentences_punctuation(value)
    if kind in _MAYBE_A_PHONE and (dialled := normalize.dial_link_numbers(value)) is not None:
        # a link copied from a page: tel:+1-888-221-1161;ext=5, sms:95188?body=…, callto:
        if len(dialled) > 1:
            # ("sms:95188,10690000" was "Alipay's short code with digits added", a look-alike, high risk)
            return None, f"a text-message link to {len(dialled)} numbers ({normalize.recipients_listed(dialled, 30)}): a message " \
                         "sent through it goes to each; check them one at a time"
        value, kind = (dialled or [""])[0].strip(), kind or "phone"
        if not value:
            return None, "a dialling link with no number in it"
        if normalize.LOOK_ALIKE_LETTERS.search(value) and normalize.keypad_number(value) is None:
            # "tel:1-888-221-116l": a phone dials a link's letters as its keypad's, whatever digit they look like (Android's
            # outgoing calls convert them), 1-888-221-1165; it was PayPal's 1161, official, and a link that shows
            # "1-888-221-1161" over it was no deceptive one. (In text, the reader types the digits read.)
            keypad = normalize.dialled_on_a_keypad(value)
            candidate, problem = _read(index, replace(request, kind=kind), keypad, lang, homes=homes)
            if candidate is not None:
                candidate.extra_reasons.insert(0, ("link_letters_dialled_on_keypad", {"value": value[:100], "dialled": keypad}))
            return candidate, problem
    if kind in _MAYBE_A_PHONE and "*" in value and (forwarding := _CALL_FORWARDING_CODE.fullmatch(value)):
        # "*401*9876543210", "**21*08031234567#": what a caller asks to have dialled, typed to ask what it is (it was
        # "not a possible phone number or known short code")
        return None, (f"a code that forwards your calls to {forwarding.group('number')}: whoever asks you to dial it "
                      "wants your calls, those that read out verification codes too (##002# cancels all forwarding)")
    if value[:1] == "+" and len(value) <= 6 and kind in _MAYBE_A_PHONE and _COUNTRY_CODE_ALONE.fullmatch(value):
        # (it was "not a valid domain name")
        return None, f"a country code ({value}) with no number after it" if value[1:].strip() else "a “+” with no number after it"
    if value[:1] in "*#" and kind in _MAYBE_A_PHONE and _A_PHONES_OWN_CODE.fullmatch(value):
        # "*#06#", "*#21#", "##002#": it was "not a valid domain name"
        return None, ("a code your phone reads itself, not a number, site or account we can look up: *#06# shows its serial "
                      "number (IMEI), *#21#, *#61#, *#62# and *#67# show whether your calls are forwarded elsewhere, ##002# "
                      "cancels all forwarding; read out to no one what such a code shows")
    if value[:1] == "*" and kind in _MAYBE_A_PHONE and _USSD_CODE.fullmatch(value):
        # (it was "not a valid domain name", or "not a possible phone number")
        return None, ("a code your phone sends to your mobile network (USSD), not a number, site or account we can "
                      "look up: dial one a stranger gives you only once your carrier or bank has told you what it does")
    if kind is None and len(value) >= _SHORTEST_CRYPTO_VALUE and value[:1] in _CRYPTO_INITIALS \
            and (crypto := _what_it_is(_CRYPTO_VALUES, value)):
        # "0x742d…", "bc1q…", "wc:…@2?…", "ethereum:0x…?value=1e18": pasted to ask whether it is safe, they were "a domain
        # name has at least two dot-separated labels", which says nothing of what they are
        return None, crypto
    if kind is None and value[:1] in "wWuU" and (code := _what_it_is(_PAYMENT_CODES, value)):
        return None, code
    if len(value) >= _SHORTEST_BANK_NUMBER and kind in (None, *_PHONE_KINDS) and (bank := _a_bank_number(value)):
        return None, bank
    if kind in (None, "email") and "@" in value and (upi := _UPI_ID.fullmatch(value)) \
            and upi.group("handle").lower() in _UPI_HANDLES:
        return None, _A_UPI_ID.format(handle=upi.group("handle").lower())
    if kind is None and value[:1] == "#" and request.region == "HK" and _A_REGISTERED_SENDER.fullmatch(value):
        # ("#HSBC", what a Hong Kong phone shows as a registered sender's name: it was "no host name in it"; elsewhere a
        # hashtag's as often)
        return None, _A_REGISTERED_SENDER_SAID.format(sender=value)
    if kind is None and len(value) == len(_LIKELY_SCAM) and value.lower() == _LIKELY_SCAM:
        # (the sender Singapore's networks show for a text whose sender ID is registered with no one: it was "a domain name
        # has at least two dot-separated labels")
        return None, _LIKELY_SCAM_SAID
    if kind in (None, *_PHONE_KINDS) and value[2:3] == "-" and (header := _AN_SMS_HEADER.fullmatch(value)):
        # ("VM-HDFCBK", "JD-PAYTMB-S": what an Indian phone shows as a text's sender, pasted to ask whose it is; it was "a
        # domain name has at least two dot-separated labels")
        return None, _AN_SMS_HEADER_SAID.format(header=header.group("header").upper(), route=header.group("route").upper())
    if (dot := value.rfind(".")) > 0 and value[dot + 1:].lower() in _BLOCKCHAIN_NAME_ENDINGS \
            and kind in (None, "domain", "website", "url") and _BLOCKCHAIN_NAME.fullmatch(value):
        # ("metamask-support.eth", the wallet a fake agent says to send to: it was "does not end in a public suffix")
        return None, ("it is a blockchain name (ENS's .eth, Solana's .sol, Unstoppable's .crypto …): it stands for a crypto "
                      "address, not a website or anyone's support, anyone can register one with any name in it, and what is "
                      "sent to it cannot be taken back. No support agent, exchange or wallet asks you to send crypto to a name "
                      "to verify, unlock or protect your account")
    if kind in (None, "social", *_PHONE_KINDS) and "/" in value[:16] and (both := _CALL_AND_CHAT_LABEL.match(value)):
        # "Tel/WhatsApp: +1 …", "电话/微信：138…": a number given for calls and as a chat account at once, as listings give it
        # (it was several words): read as the account, whose answer tells the number's calls apart, as a page scan reads it
        value = f"{both.group(1) or both.group(2)}: {value[both.end():]}"
    # (a number as the scan sends it is digits alone: nothing to search)
    if kind in (None, "social") and (handle := links.social_handle(value)):
        return _read_typed_handle(index, handle, request, lang)
    if kind in (None, "social", *_PHONE_KINDS) and value[:1] in _CHAT_APP_INITIALS \
            and (app := _CHAT_APP_BEFORE_NUMBER.fullmatch(value)) and normalize.looks_like_phone(app.group("number")):
        service = _CHAT_APPS["".join(app.group("app").lower().split())]  # ("Whats app", "Whats\tapp": any space)
        return _read_chat_on_number(index, service, app.group("number"), request, lang)
    if kind in (None, "social") and (bare := _BARE_HANDLE.fullmatch(value)):
        return _read_bare_handle(index, bare.group(1), lang), ""
    if kind in (None, "social", "website", "url") and value[:1] == "$" and _CASHTAG.fullmatch(value):
        # "$CashAppSupport": a $Cashtag is the Cash App account whose page is cash.app/$… (links.yaml's user page)
        page = f"cash.app/{value}"
        candidate, problem = _read_domain(index, "https://" + page, request, lang)
        if candidate is not None:
            candidate.extra_reasons.insert(0, ("cashtag_read", {"value": value, "page": page}))
        return candidate, problem
    if kind == "social" and "://" not in value and links.as_web_link(value) is None:  # (tg:resolve?domain=…: a link)
        return None, "not an account written as its platform's name and handle (微信：…, Telegram @…) or as @name"
    if kind in _MAYBE_A_PHONE and not value.lstrip("+").isdigit() and not _EXTENSION_WORDS_START.isdisjoint(value) \
            and (extension := _EXTENSION.search(value)) \
            and normalize.looks_like_phone(main := value[:extension.start()]):
        return _read_phone_with_extension(index, main, extension.group(1), request, lang)
    if kind in (None, "website", "url", "domain") and (address := _ip_address(value)):
        # read as the address it is (a phone number's reading of 192.168.1.1 was "+8619216811", and of
        # 10.0.0.1 the short code 10001)
        return _read_ip_site(index, normalize.IpAddressHost(address))
    if kind in _MAYBE_A_PHONE and (written := normalize.chinese_numerals_as_digits(value)):
        candidate, problem = _read_phone(index, written, request, lang, homes)
        if candidate is not None:
            candidate.extra_reasons.insert(0, ("chinese_numerals_read_as_digits", {"value": value, "digits": written}))
        return candidate, problem
    if kind in _MAYBE_A_PHONE and (several := _several_numbers(index, value, request.region)):
        # "95188 95017", copied from a page that lists Alipay's and WeChat Pay's codes, was read as one number, 9518895017:
        # "Alipay's short code with digits added", a look-alike, high risk
        return None, f"it holds {len(several)} numbers ({', '.join(several)}): check them one at a time"
    if kind is None and normalize.looks_like_phone(value):
        return _read_phone(index, value, request, lang, homes)
    # (a number spelled in letters is none that looks like a phone's: its letters are more than look-alikes of digits)
    if kind in _MAYBE_A_PHONE and (keypad := normalize.keypad_number(value)):
        return _read_keypad_number(index, value, keypad, request, lang)
    if kind in _PHONE_KINDS:
        return _read_phone(index, value, request, lang, homes)
    if kind in (None, "website", "url", "domain", "email", "email_domain"):
        defanged = normalize.refanged(value)
        # (and spelled in words, "support at paypal dot com", or with spaces around its dots, "metamask-restore . com", as
        # people write one to keep it from harvesters and scams to get it past filters: it was several words)
        spelled = None if defanged or not _MAY_BE_SPELLED.search(value) else normalize.spelled_out(value)
        if spelled and spelled[1] == "spaces" and (not canonical.public_suffix(spelled[0].rpartition("@")[2])
                                                  or spelled[0].rpartition(".")[2].istitle()):
            spelled = None  # ("Mr. Smith", "Hello. World": sentences)
        if address := defanged or (spelled and spelled[0]):
            candidate, problem = _read(index, request, address, lang, homes=homes)
            if candidate is not None:
                how = "defanged_read" if defanged else "spelled_read" if spelled[1] == "words" else "spaced_read"
                candidate.extra_reasons.insert(0, (how, {"value": value, "address": address}))
            return candidate, problem
    if kind != "app" and reads_as_a_sentence(value):
        if kind is None and (name := _a_name_no_provider_goes_by(index, value)):
            # ("京东客服电话", "Amazon customer service number": a search for a line the registry does not hold, told
            # whose it is and where to look, not that it is several words)
            return None, f"it names {name}, which is not a provider in our registry: look its number up in its own app " \
                         "or on its own site, or give the number, address or email you were given"
        # said so, rather than as the domain reader's complaint about the first space ("Codepoint U+0020 at position 7 …
        # not allowed"), a colon's port or a Chinese character
        return None, "it is several words: give one number, address or email (a whole text is read by a scan)"
    if kind is None and value.isalpha():
        # ("Amazon", "淘宝": a name no provider of the registry goes by, told so rather than as a domain of one label)
        return None, "it is a word that names no provider in our registry: give the number, address or email to check"
    if kind in (None, "app") and normalize.PACKAGE_NAME.fullmatch(value):
        candidate = _read_app(index, normalize.AppInput(f"android:{value}", value))
        candidate.extra_reasons.insert(0, ("package_name_read", {"value": value, "app": f"android:{value}",
                                                                 "first": value.split(".", 1)[0]}))
        return candidate, ""
    if kind in (None, "app", "website", "url"):
        try:
            if app := normalize.read_app(value):
                return _read_app(index, app), ""
        except normalize.NotAnApp as error:
            return None, str(error)
    if kind == "app":
        return None, ("not an app: write it as STORE:ID (ios:1288339409), or paste its App Store, Google Play, Chrome Web "
                      "Store, Firefox or Edge Add-ons address")
    if kind in (None, "website", "url", "domain", "email", "email_domain", "social"):
        # (an account typed as its address, x.com/… or tg://resolve?domain=…, is read as the link it is: it was "unknown
        # kind 'social'")
        return _read_domain(index, value, request, lang)
    return None, f"unknown kind {request.kind!r}"


# What a crypto wallet's values are, by how they are written: an address to send to, a request to pay, a link that pairs
# a wallet with a site. None of them is a way to reach anyone, and nothing in them says whose they are.
_CRYPTO_VALUES = (
    (re.compile(r"wc:[0-9a-f-]{8,}@\d+(\?.*)?", re.IGNORECASE),
     "it is a WalletConnect pairing code: pasted or scanned into a wallet, it connects the wallet to a site, which can then "
     "ask it to sign transactions that empty it. Connect only to a site you opened yourself; no support agent or giveaway "
     "needs your wallet connected"),
    (re.compile(r"(ethereum|bitcoin|tron|litecoin|solana):\S+", re.IGNORECASE),
     "it is a request to pay in crypto: opened in a wallet, it sends coins to the address in it, and what is sent cannot be "
     "taken back. No support agent, exchange, government office or prize asks for a payment to unlock, verify or release "
     "anything"),
    # (Ethereum's and its chains', Bitcoin's three forms, TRON's; a legacy Bitcoin address has letters, a long number none)
    (re.compile(r"0x[0-9a-f]{40}|(bc1|tb1)[ac-hj-np-z02-9]{11,71}|(?=.*[a-z])[13][a-km-zA-HJ-NP-Z1-9]{25,34}"
                r"|T[1-9A-HJ-NP-Za-km-z]{33}", re.IGNORECASE),
     "it is a crypto address, where coins are sent, not a way to reach anyone: no registry can tell whose it is, and what is "
     "sent to it cannot be taken back. No support agent, exchange or wallet asks you to send crypto to an address to verify, "
     "unlock or protect your account"),
)
_CRYPTO_INITIALS = frozenset("0bBtTwWeElLsS13")
# The endings of blockchain naming services' names, none of them a domain's (the suffix list holds none of them): ENS's
# .eth, Solana Name Service's .sol, Space ID's .bnb and .arb, Unstoppable Domains' .crypto, .nft, .wallet, .x, .bitcoin,
# .blockchain, .dao, .888 and .zil, TON DNS's .ton, Namecoin's .bit, Avalanche's .avax, Lens's .lens
_BLOCKCHAIN_NAME_ENDINGS = frozenset({"eth", "sol", "bnb", "arb", "crypto", "nft", "wallet", "x", "bitcoin", "blockchain", "dao",
                                      "888", "zil", "ton", "bit", "avax", "lens"})
_BLOCKCHAIN_NAME = re.compile(r"(?:[\w-]{1,63}\.){1,4}[a-z0-9]{1,10}", re.IGNORECASE)
_SHORTEST_CRYPTO_VALUE = 26  # (a legacy Bitcoin address: every number a scan reads is shorter, spared the patterns)


def _what_it_is(shapes: tuple[tuple[re.Pattern, str], ...], value: str) -> str | None:
    """What the first of `shapes` (a shape and what to say of a value of it) that `value` is says of it, or None."""
    return next((said for shape, said in shapes if shape.fullmatch(value)), None)


# A bank account's or a card's number, pasted to ask about it: the "safe account" a caller gives to move money to
# ("DE89 3704 0044 0532 0130 00", which was "a number with its label", DE, and too long for a phone number), or a card
# number read out to a "bank" ("19 digits: longer than any phone number"). An IBAN is ISO 13616's: a country's code, two
# check digits and the account, 15 to 34 characters, its check digits making it 1 modulo 97; a card's number is 16 to 19
# digits, its first 2 to 6 (Mastercard, Visa, American Express's 15 are a phone number's length and left as one, Discover,
# UnionPay, JCB), its last a Luhn check digit. Both checks leave out nearly all other numbers of their shapes.
_SHORTEST_BANK_NUMBER = 15  # characters: an IBAN's fewest (Norway's); a card's 16 digits (most numbers asked about are spared)
_IBAN = re.compile(r"(?P<country>[A-Z]{2})\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?")
_CARD_NUMBER = re.compile(r"[2-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{4,7}")
_AN_IBAN = ("it is an IBAN, the number of a bank account in {country}, where money is sent, not a way to reach anyone: no "
            "registry can tell whose it is, and a transfer to it shows whatever name was given. No bank, police or support "
            "agent asks you to move your money to a 'safe' or 'secure' account: that account is the one taking it")
_A_CARD_NUMBER = ("it is a payment card's number, not a phone number: no one who calls, texts or writes to you needs it, nor "
                  "its expiry date, the code on its back or a code sent to your phone; if you gave them, call the number on "
                  "the back of the card to block it")


def _a_bank_number(value: str) -> str | None:
    """What an IBAN or a payment card's number (see _IBAN) is, said of `value`; None for any other value."""
    if value[:1].isdigit():
        if value[:1] in "23456" and _CARD_NUMBER.fullmatch(value) and 16 <= len(digits := re.sub(r"[ -]", "", value)) <= 19 \
                and _luhn_valid(digits):
            return _A_CARD_NUMBER
        return None
    if value[:2].isupper() and (iban := _IBAN.fullmatch(value)) and 15 <= len(compact := value.replace(" ", "")) <= 34 \
            and int("".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])) % 97 == 1:
        return _AN_IBAN.format(country=iban.group("country"))
    return None


def _luhn_valid(digits: str) -> bool:
    total = 0
    for place, digit in enumerate(map(int, reversed(digits))):
        total += digit if place % 2 == 0 else (digit * 2 - 9 if digit > 4 else digit * 2)
    return total % 10 == 0


# A payment app's codes as its QR codes hold them: scanned in the app, they pay whoever made them (a person's receive code,
# a merchant's order). Pasted to ask whether they are safe, they were "wxp: addresses are not web addresses" and "not a
# possible WeChat account".
_PAYMENT_CODES = (
    (re.compile(r"wxp://\S+", re.IGNORECASE),
     "it is a WeChat Pay payment code: scanned in WeChat, it pays whoever made it, and what is paid cannot be taken back. "
     "No customer service, refund desk or police asks you to pay a code to get money back, verify or unfreeze anything"),
    (re.compile(r"weixin://wxpay/bizpayurl\S*", re.IGNORECASE),
     "it is a WeChat Pay order code: scanned in WeChat, it pays the merchant that made it, and what is paid cannot be taken "
     "back. No customer service, refund desk or police asks you to pay a code to get money back, verify or unfreeze "
     "anything"),
    # India's UPI, as its QR codes and "pay" links hold a request: "upi://pay?pa=refund.paytm@okaxis&pn=Paytm%20Refund&am=5000"
    # (it was "upi: addresses are not web addresses")
    (re.compile(r"upi://(pay|mandate|collect)\?\S+", re.IGNORECASE),
     "it is a UPI payment request: opened in a UPI app (Google Pay, PhonePe, Paytm, BHIM), it pays the UPI ID in it, whatever "
     "name it shows, once you enter your UPI PIN, and what is paid cannot be taken back. Receiving money never needs your PIN "
     "or a payment: no refund, cashback, KYC desk or customer service asks for one"),
)
# A UPI ID (a payment address in India: "9876543210@ybl", "refund.paytm@okaxis"), written as an email address with no dot in
# its handle: the handles of the apps most people pay with (PhonePe's @ybl, @ibl, @axl; Google Pay's @okaxis, @okhdfcbank,
# @okicici, @oksbi; Paytm's @paytm and, since 2024, @ptyes, @ptaxis, @pthdfc, @ptsbi (NPCI, as reported by
# https://www.firstpost.com/tech/paytm-gets-four-new-paytm-like-handles-for-upi-transactions-as-it-partners-with-4-major-banks-13749064.html);
# Amazon Pay's @apl, @yapl, @rapl; BHIM's @upi; Navi's @naviaxis). It was "a domain name has at least two dot-separated labels".
_UPI_HANDLES = frozenset({"ybl", "ibl", "axl", "okaxis", "okhdfcbank", "okicici", "oksbi", "paytm", "ptyes", "ptaxis", "pthdfc",
                          "ptsbi", "apl", "yapl", "rapl", "upi", "naviaxis"})
_UPI_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,255}@(?P<handle>[a-z]{2,64})", re.IGNORECASE)
_A_UPI_ID = ("it is a UPI ID, India's address for paying someone (its handle, @{handle}, is a payment app's), not an email or "
             "a number to call: paying it, or approving a collect request from it with your UPI PIN, sends money to whoever "
             "owns it, whatever name it shows (it may hold a company's name: anyone picks their own). Receiving money never "
             "needs your PIN or a payment: no refund, cashback, KYC desk or customer service asks for one")

# India's SMS header, as a phone there shows a business's text: two letters for the carrier and circle that delivered it, a
# hyphen, the header the sender registered with the carriers (six characters, "HDFCBK", "PAYTMB"), and since 6 May 2025 the
# template's kind: -P promotional, -S service, -T transactional, -G government (TRAI's TCCCPR amendment, as
# https://kb.smsalert.co.in/knowledgebase/trai-mandates-header-suffixes-for-sms-new-rules-effective-from-may-6-2025 gives
# it: "it will appear on the user's phone as: VM-ABCDEF-S Where “VM” represents the operator and circle"). The header
# has a letter in it: two letters, a hyphen and digits are a postcode's or a code's as often.
_AN_SMS_HEADER = re.compile(r"(?P<route>[A-Za-z]{2})-(?P<header>(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6})(?:-[PSTGpstg])?")
_AN_SMS_HEADER_SAID = ("it is the name a text was sent under in India (an SMS header: {route} is the carrier and circle that "
                       "delivered it, {header} the header a business registered with the carriers, and a -P, -S, -T or -G "
                       "after it marks a promotional, service, transactional or government text), not a number to call or "
                       "a site. A header says which registered sender sent the text, not that it is the one its letters "
                       "suggest, and the registry lists none: judge the text by what it asks, follow none of its links or "
                       "numbers, and check in the provider's own app")

# Hong Kong's registered SMS sender ID: "#" before the name, which only an organisation registered under OFCA's SMS Sender
# Registration Scheme may send under ("Any SMS messages with sender IDs containing "#" but not sent by Registered Senders will
# be blocked by the telecommunications networks", OFCA's press release of 25 April 2024, as
# http://government-world.com/ofca-calls-for-participation-in-sms-sender-registration-scheme-by-all-sectors-to-help-combat-sms-scams/
# reprints it; a bank's own notice, https://www.chbank.com/en/personal/footer/about-ch-bank/corporate-news/news-releases/news_20240126.shtml,
# sends as "#Chong Hing"). A name with a number in it ("#ADCC18222") is read as its label and number, as before.
_A_REGISTERED_SENDER = re.compile(r"#(?!.*\d{3})(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9 &.'-]{0,19}")
_A_REGISTERED_SENDER_SAID = ("it is a registered sender's name as a Hong Kong phone shows it ({sender}: the “#” is OFCA's SMS "
                             "Sender Registration Scheme's, and the networks there block any other text that uses it), not a "
                             "number to call or a site. A text under it came from the organisation registered for that name; "
                             "the registry does not list which names are whose, so check it in OFCA's list of registered "
                             "senders, and still give no code or password in reply to a text")
# Singapore's: a text whose alphanumeric sender ID is not in the SMS Sender ID Registry arrives under "Likely-SCAM" (IMDA,
# https://www.imda.gov.sg/How-We-Can-Help/Anti-Scam-Measures: "From 31 January 2023, non-registered SMS will be labelled as
# “Likely-SCAM”"; ScamShield: "All government agencies in Singapore will use registered Sender IDs").
_LIKELY_SCAM = "likely-scam"
_LIKELY_SCAM_SAID = ("it is the name Singapore's networks give a text whose sender is registered with no one (IMDA's SMS Sender "
                     "ID Registry): not a number or a site to check, and a warning in itself. Do not tap its links or call its "
                     "numbers; no government agency and no bank that has registered sends under it. Find the organisation's "
                     "contact yourself if the text matters to you")


def _a_name_no_provider_goes_by(index: RegistryIndex, value: str) -> str | None:
    """The name `value` searches for or asks about with generic words after it ("京东客服电话", "Amazon customer service
    number", "淘宝人工客服怎么转", "How do I contact Bank of America support?"), as written, else None: two to eight Chinese,
    Japanese or Korean characters with no pronoun, or one to three words written as a name is, with capitals ("my bank
    called me", "the support team" name no one); none that names a provider or resembles one's name, and another
    organisation's name whole ("Apple Support", "PayPay銀行": aliases.other_names, not Apple's or PayPay's)."""
    asked = _SEARCHED_FOR.sub("", _QUESTION_FRAME.sub("", value.strip()).strip(" \t?？!！.。"))
    name = asked
    while cut := next((len(name) - len(word) for word in _generic_words_longest_first() if name.lower().endswith(word)
                       and (_CJK_CHARACTER.fullmatch(word[0]) or name[-len(word) - 1:-len(word)] in ("", " "))), None):
        whole, kept = aliases.fold(name), aliases.fold(name[:cut])
        if any(other in whole and other not in kept for other in aliases.other_names()):
            break  # ("Social Security number" is no search for Social Security's)
        name = name[:cut].rstrip()
    name = re.sub(r"['’]s$", "", name)
    if not name or name == asked or name not in value or aliases.is_generic(name) or index.resolve(name) is not None:
        return None  # (said as written, or not at all)
    if _CJK_CHARACTER.fullmatch(name[0]):
        return name if 2 <= len(name) <= 8 and all(map(_CJK_CHARACTER.fullmatch, name)) and not _NOT_IN_A_NAME.search(name) \
            else None
    words = name.split()
    if len(words) > 3 or words[0] in _JOINING_A_NAME or words[-1] in _JOINING_A_NAME \
            or not all(word.isalpha() and (word in _JOINING_A_NAME or len(word) > 1 and word[0].isupper()) for word in words):
        return None
    # (two names, one a provider's, are no one's: "Apple PayPal"; another organisation's is its own, "Apple Support")
    return name if aliases.fold(name) in aliases.other_names() or not any(map(index.resolve, words)) else None


# English questions of how to reach someone, before the name ("How do I contact Amazon support?")
_SEARCHED_FOR = re.compile(r"^(?:how (?:do|can|could|should) (?:i|we|you) (?:contact|call|reach|phone|get hold of)|"
                           r"what(?:'s|’s| is| are) (?:the )?)\s+", re.IGNORECASE)
_NOT_IN_A_NAME = re.compile(r"[我你您他她它们的这那是吗呢么怎多什哪谁]")  # (pronouns and question words)
_JOINING_A_NAME = frozenset({"of", "and", "the", "de", "du", "des", "la", "del", "do", "da", "von", "der", "di"})


@cache
def _generic_words_longest_first() -> tuple[str, ...]:
    return tuple(sorted({word.lower() for word in aliases.GENERIC_WORDS}, key=len, reverse=True))


def reads_as_a_sentence(value: str) -> bool:
    """A text to scan, not one value to check: several words ("PayPal support 1-888-221-1161", a sentence copied whole), a
    text message with its link ("USPS: Your package is on hold. Update here: https://…"), a Chinese one with no space
    ("【支付宝】您的账户存在异常，请拨打4008205555")."""
    return len(value.split()) > 1 and not _STARTS_WITH_A_SCHEME.match(value) \
        or "@" not in value and _A_CHINESE_SENTENCE.search(value) is not None \
        or _CHINESE_WORDS_WITH_NO_ADDRESS.fullmatch(value) is not None


# A code that forwards a phone's calls to a number (signals.yaml's asks_call_forwarding): India's *401*, and GSM's
# **21* (all calls), **67* (when busy), **61* (no answer), **62* (unreachable), **004* and **002*
_CALL_FORWARDING_CODE = re.compile(r"(?:\*401\s?[*#]?|\*\*?(?:21|61|62|67|004|002)\*)\s?(?P<number>\+?\d[\d ]{5,16}\d)(?:\*\d{1,2})?#?")
# An address copied out of a sentence with the sentence's punctuation: "（www.alipay.com）", "www.alipay.com。", "“paypal.com”",
# "(service@paypal.com)" were "not a valid domain name"; so were the marks of Markdown around it, as Discord, Telegram and
# Reddit copy a code span or bold ("`paypal.com`", "**paypal-verify.com**"). A number reads its own (its brackets and stops
# are separators).
_PAIRS = {"(": ")", "（": "）", "[": "]", "【": "】", "《": "》", "〈": "〉", "「": "」", "『": "』", '"': '"', "“": "”", "'": "'", "‘": "’",
          "`": "`", "*": "*", "_": "_", "~": "~"}
_SENTENCE_STOPS = "。，、；：！？,;:!?"
_CLOSING = frozenset(_SENTENCE_STOPS) | frozenset(_PAIRS.values())
_AN_ADDRESS_INSIDE = re.compile(r"\S*[.@。．｡]\S*")


def _without_the_sentences_punctuation(value: str) -> str:
    """`value` without the stops after it and the brackets or quotes around it, where what is left is one address (no
    space in it); a bracket the address holds itself stays (wikipedia.org/wiki/Foo_(bar)). A full stop counts only after a
    bracket or a quote ("(see https://paypal-verify.com)."): after the address itself it may be the host's own root."""
    inner = (value[:-1] if value[-1] == "." and value[-2:-1] in _CLOSING else value).rstrip(_SENTENCE_STOPS)
    while len(inner) > 2 and _PAIRS.get(inner[0]) == inner[-1]:
        inner = inner[1:-1].strip()
    if inner[-1:] in (")", "）") and inner.count(inner[-1]) > inner.count("(" if inner[-1] == ")" else "（"):
        inner = inner[:-1]  # "www.alipay.com)": the sentence's bracket, which opened before the address
    inner = inner.rstrip(_SENTENCE_STOPS)
    return inner if inner != value and _AN_ADDRESS_INSIDE.fullmatch(inner) else value


# "+86", "+": a country code, or its plus, copied without the number after it
_COUNTRY_CODE_ALONE = re.compile(r"\+\s*\d{0,3}")
# "*99#", "*334#", "*123*1#": a code the phone sends to its mobile network (USSD: a balance, mobile money, India's *99#
# banking), no number to call (forwarding codes, above, are told apart first)
_USSD_CODE = re.compile(r"\*{1,2}\d{1,4}(?:\*[\d+]{1,20})*#")
# The codes GSM phones read themselves, asking (*#…#) or cancelling (##…#) a setting
_A_PHONES_OWN_CODE = re.compile(r"\*#\d{1,4}#|##\d{1,4}#")
_STARTS_WITH_A_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)  # an address copied whole, spaces and all
# Chinese that reads as a sentence: its punctuation, a number among its characters, or an address run into them
# ("请登录www.alipay.com查看"); an address in Chinese characters, 支付宝.中国, has none of them (and a mailbox's name
# may be Chinese: 支付宝客服@[IPv6:…])
_A_CHINESE_SENTENCE = re.compile(r"[\u3400-\u9fff][^\n]*?(?:[，。！？；【】：、]|\d{3})|(?:[，。！？；【】：、]|\d{3})[^\n]*?[\u3400-\u9fff]"
                                 r"|[\u3400-\u9fff](?:www\.|https?://)")
# Chinese words with no mark of an address (a dot, "@", "/"): "自称客服的人打电话给我", "微信客服电话是多少" (four characters and
# more: fewer is a name, "淘宝")
_CHINESE_WORDS_WITH_NO_ADDRESS = re.compile(r"(?=[^.。．｡@/]*$)(?:[^\u3400-\u9fff]*[\u3400-\u9fff]){4}.*", re.DOTALL)


# A label, then a number: words with no digit (a provider's name, "客服电话", "call", "Tel."), not an address's
# ("@", "/"), and the number to the end, or to a voice menu's "转人工" (a key, "转2", is the number's extension; "怎么转人工",
# how to reach a person there, asks of the number), its key
# before it ("95188按0转人工", as the lists write how to reach a person) and its "服务"
_LONGEST_LABEL = 40
# (a number may be written in digits in circles or small ones, where more than one is in it: "支付宝客服⑨⑤①⑧⑧", "⑷00⑻⑵0⑴⑹⑻⑻";
# one alone is a bullet, "①拨打95188")
_STYLED_DIGIT = f"[{normalize.ENCLOSED_DIGITS}{normalize.SMALL_DIGITS}{''.join(map(chr, normalize.FAR_ZEROS_AS_CIRCLED))}]"
# A label's characters: no digit, but one a name is written with in place of a letter ("Paypa1客服", "C0inbase support:"),
# and words in brackets, not a number's area code ("支付宝客服（24小时）：95188", "Alipay support (24/7): 95188": each was
# several words, or 24/7 read into the number; "(888) 908-7930" and "(+1)" stay the number's)
_DIGIT_IN_A_NAME = r"(?<=[A-Za-z])\d(?=[A-Za-z\u3400-\u9fff]|[ \t]+[A-Za-z\u3400-\u9fff]|[ \t]*$)"
_LABEL_CHARACTER = rf"(?:[^\d+＋(（@/\n]|{_DIGIT_IN_A_NAME})"
_WORDS_IN_BRACKETS = r"[ \t]*[(（](?=[^()（）\n]*[^\d\s()（）+＋\-])[^()（）\n]{1,20}[)）]"
# (a name's own words in brackets too, "Alipay Financial Services (HK)客服电话", "Bank of China (Hong Kong)"; and an
# authority's or a bank's long name, "Australian Competition and Consumer Commission", which the label's reach did not hold)
_LONGEST_NAMED_LABEL = 64
_LABELLED_NUMBER = re.compile(rf"(?P<label>(?:{_LABEL_CHARACTER}|{_WORDS_IN_BRACKETS}){{0,{_LONGEST_NAMED_LABEL}}}?)[ \t]*[:：]?[ \t]*"
                              rf"(?P<number>(?!{_DIGIT_IN_A_NAME}|{_WORDS_IN_BRACKETS})(?:[+＋(（]?\d|{_STYLED_DIGIT}(?=[^\n]*{_STYLED_DIGIT}))[^\n]*?[\d)）{normalize.ENCLOSED_DIGITS}{normalize.SMALL_DIGITS}])"
                              r"(?:[ \t]*[，,]?[ \t]*按[ \t]*\d{1,2}[ \t]*键?(?=[ \t]*(?:转|轉)?人工))?"
                              r"[ \t]*(?:(?:怎么|怎樣|怎样|如何|咋)?(?:转|轉)?人工(?:服务|服務|客服)?)?")
_TO_A_PERSON = ("人工", "人工服务", "人工服務", "人工客服")


# (a first look, for the check of every number: a mark of hours after the value's last gap, and a digit at its end)
_MAY_END_IN_HOURS = re.compile(r"[ \t\u3000][^ \t\u3000]*[:：\-–—~～至到][^ \t\u3000]*\d[ \t]*$")


def _before_the_hours(index: RegistryIndex, request: CheckRequest) -> str | None:
    """The value up to the opening hours written after it (normalize.before_the_hours), None where there are none."""
    value = request.value.rstrip()
    end = normalize.before_the_hours(value, 0, len(value), request.region, index.short_codes)
    return None if end is None else value[:end]


def _messaging_platform_in(index: RegistryIndex, label: str) -> str | None:
    """The messaging platform a label names, by a name the readers of its accounts know (links.yaml's, and the apps
    whose accounts are numbers); not a platform's name inside a name of the registry's that the label writes
    ("微信支付客服", "WeChat Pay support", "消費者ホットライン": WeChat Pay's, Japan's consumer hotline 188, no account)."""
    label = label.lower()
    for found in _messaging_names().finditer(label):
        if not any(label.find(name, max(0, found.end() - len(name)), found.start() + len(name)) != -1
                   for name in _names_holding_a_platform(index).get(found.group(1), ())):
            # ("微信客服电话 95017", "WhatsApp support hotline": the platform's own line to call, no account on it)
            return None if _A_LINE_TO_CALL.search(label, found.end()) else found.group(1)
    return None


# A messaging platform's name that is also its customer service's ("微信客服", "TG客服": links.yaml's names; not "客服微信",
# the customer service's WeChat account)
_SERVICE_DESK = re.compile(r"(?:客服|support|customer service)$")
# A word after a messaging platform's name in a label that makes what follows a line to call
_A_LINE_TO_CALL = re.compile(r"电话|電話|热线|熱線|专线|專線|전화|hotline|(?<![a-z])(?:tele)?phone|(?<![a-z])tel(?![a-z])|(?<![a-z])call")


def _number_after_its_label(index: RegistryIndex, value: str) -> re.Match | None:
    """`value` as a label and a number after it (`_labelled_number`), or as a platform's customer service and one of the
    registry's short codes ("微信客服：95017", which links.social_handle reads as an account after the colon and
    `_labelled_number` leaves to it; "微信：95017" names an account alone and stays one, refused)."""
    if labelled := _labelled_number(value):
        return labelled
    if value[:1] in _NUMBER_STARTS or "客服" not in value and "support" not in value.lower() \
            or not (labelled := _LABELLED_NUMBER.fullmatch(value.strip())):
        return None
    platform = _messaging_platform_in(index, labelled.group("label").strip(" \t:："))
    return labelled if _a_service_desk_before_a_short_code(index, platform, labelled.group("number")) else None


def _a_service_desk_before_a_short_code(index: RegistryIndex, platform: str | None, number: str) -> bool:
    """Whether a label's platform is written as its customer service ("微信客服", "TG客服") and the number after it is one
    of the registry's short codes: no account on any app, and the platform's own line."""
    return platform is not None and _SERVICE_DESK.search(platform) is not None and _a_registry_short_code(index, number)


def _names_holding_a_platform(index: RegistryIndex) -> dict[str, tuple[str, ...]]:
    """A messaging platform's name as a label writes it → the registry's names (aliases, lower case) that hold it
    ("微信" → "微信支付", "微信钱包"; "ライン" → "消費者ホットライン")."""
    def make() -> dict[str, tuple[str, ...]]:
        held: dict[str, list[str]] = {}
        for alias in index.alias_to_slug:
            for found in _messaging_names().finditer(alias):
                held.setdefault(found.group(1), []).append(alias)
        return {platform: tuple(names) for platform, names in held.items()}
    return _memo(index, ("names_holding_a_platform",), make)


@cache
def messaging_names() -> str:
    """The messaging platforms' names that a label or a page writes before a number to make it an account there, as
    alternatives of a pattern in lower case: links.yaml's (longest first) and the apps whose accounts are numbers
    (CHAT_APP_NAMES)."""
    return "|".join([*(re.escape(name) for name in links.handle_names()), CHAT_APP_NAMES])


def platform_note() -> str:
    """A note after a number that names a messaging platform alone, as a pattern: "WhatsApp", "微信同号", "Telegram
    only" (not "微信支付", "Signal Hill office": the platform's name in other words)."""
    return r"(?P<app>" + messaging_names() + r")[ \t]*(?:同号|同號|号|號|only|account|number)?"


@cache
def _platform_note() -> re.Pattern:
    return re.compile(platform_note(), re.IGNORECASE)


@cache
def _messaging_names() -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])(" + messaging_names() + r")(?![a-z0-9])")


# A note in brackets after a number's last digit: words or a sign in it ("(24/7)", "（24小时）", "(toll-free)"), not an
# area code's digits ("(888)"), nor an extension, which is read as one ("(ext. 5)", "（转2）")
_NOTE_AFTER_A_NUMBER = re.compile(r"(?<=\d)[ \t]*[(（](?=[^()（）]*[^\d\s()（）+\-.])(?![^()（）]*(?:ext|转|轉|分机|分機|按|x\d))"
                                  r"[^()（）]{1,30}[)）][ \t]*$", re.IGNORECASE)


_NOTE_ENDS = frozenset(")）")  # (most values, numbers and addresses, are passed by on their last character)


# A text's brand header, as senders put their name first: "【支付宝】…", "[PayPal] …", "Coinbase: …"
# (after the markers a carrier or the law puts first: Korea's "[Web발신]", "[국외발신]", "(광고)")
_A_MESSAGES_HEADER = re.compile(r"\s*(?:[\[(（]\s*(?:web발신|국외발신|국제발신|해외발신|광고)\s*[\])）]\s*)*"
                                r"(?:[【\[［](?P<bracketed>[^】\]］\n]{2,30})[】\]］]|(?P<named>[^:：\n]{2,30})[:：]\s?)", re.IGNORECASE)
# ... or a mail's sender line, pasted with the mail: "From: PayPal <service@intl-paypal.com>", "发件人：支付宝"
_A_MAILS_SENDER_LINE = re.compile(r"^[ \t]*(?:from|sender|发件人|寄件者|寄件人|de|von|da)[ \t]*[:：][ \t]*\"?(?P<name>[^<\"\n@]{2,40})",
                                  re.IGNORECASE | re.MULTILINE)
# ... and who the caller said they were, as the one called tells it: "They said they were from Coinbase", "claiming to be
# PayPal", "自称支付宝客服", "冒充京东客服"; or as the caller says it
_WHO_THEY_SAID_THEY_WERE = re.compile(
    # (a caller's name and where he says he is from, "This is Sarah from Binance", "it's Mike with Coinbase security", tried
    # before "this is" alone: a name written as names are, capitalised, not "I'm a customer with Coinbase"; what they
    # called or wrote as, "an automated message from PayPal", "Important security alert from Coinbase"; whom they work
    # for; and who the reader says called, "A man from Coinbase called me")
    r"\b(?:(?:this is|it's|it is|i'm|i am|my name is)\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,?\s+(?:calling\s+|here\s+)?"
    r"(?:from|with|at)|(?:(?:this is|it's|it is)\s+)?(?:an? )?(?:(?:automated|automatic|recorded|important|urgent|security) )?(?:message|call|alert|notice|reminder|voicemail|voice ?mail|voice message|robocall|text|e-?mail|sms) from"
    r"|(?:he|she|they|who) (?:works?|worked|is working|was working|are working) (?:for|at)"
    r"|(?:a (?:man|woman|guy|lady|person|caller|agent|rep|representative)|someone|somebody) (?:calling |texting )?from"
    r"|claim(?:ed|ing|s)? to be(?: from| with)?|(?:said|saying|says) (?:that )?(?:they|he|she|it) (?:was calling|were calling|"
    r"is calling|are calling|were|was|are|is)(?: from| with)?|(?:they're|he's|she's) (?:calling )?from|pretending to be(?: from)?|posing as|"
    r"impersonating|this is|(?:i am|i'm|we are|we're) (?:calling |writing |texting )?(?:from|with)|(?:calling|writing|texting) (?:you )?from"
    r"|(?:calling|writing|texting|contacting you|reaching out) on behalf of"
    # (the greetings of a line's recording or agent, "Thank you for calling PayPal", "Welcome to Coinbase support", "You're
    # speaking with Coinbase account security"; and as the one called tells it, "identified himself as a Coinbase agent")
    r"|(?:thank you|thanks) for calling|welcome to|(?:you're|you are) (?:speaking|talking) (?:with|to)"
    r"|identified (?:himself|herself|themselves|itself) as(?: an?| the)?"
    r"|(?:i am|i'm|we are|we're) (?:an? )?(?:agent|representative|rep|specialist|analyst|officer|employee|advis[eo]r)s? (?:of|with|at|from|for)"
    # (and in Spanish, Portuguese, French and German, as their callers open: "Le llamamos de Binance", "Somos do Nubank",
    # "Je vous appelle de PayPal", "Hier ist der PayPal-Kundenservice"; "Le habla Laura, del departamento de seguridad de
    # Revolut", "Llamo de parte de Revolut", "Aqui é o Carlos, do Nubank", "Bonjour, c'est le service fraude de PayPal", "Hier
    # spricht die Sicherheitsabteilung von PayPal"; and as the one called tells it: "diciendo que eran de Revolut", "uma
    # pessoa que se dizia do Nubank", "se faisant passer pour un conseiller PayPal", "gab sich als PayPal-Mitarbeiter aus")
    r"|(?:le|te|les) (?:llamamos|llamo|escribimos|contactamos) (?:de|del|desde)|(?:somos|soy) (?:de|del)"
    r"|le habla(?:\s+(?-i:[A-ZÀ-Ý])\w+(?:\s+(?-i:[A-ZÀ-Ý])\w+)?,?)?(?:\s+(?:de|del|desde))?"
    r"|(?:llamo|llamamos|hablo|escribo|escribimos|contacto) (?:de parte de|en nombre de|desde)"
    r"|(?:diciendo|dijeron|dijo|dice|dicen|dici[eé]ndose) (?:que )?(?:ser|eran|era|es|son|ven[ií]a|llamaban|llamaba) (?:de|del)"
    r"|(?:haci[eé]ndose|se hizo|se hac[ií]a|se hacen) pasar por"
    r"|(?:somos|sou) (?:do|da|de)|(?:falo|falamos|ligamos|estou ligando|estamos ligando) (?:do|da|de)"
    r"|(?:sou|somos|soy) (?:um |uma |un |una )?(?:funcion[aá]ri[oa]s?|atendentes?|analistas?|gerentes?|agentes?|colaborador(?:a|es)?"
    r"|emplead[oa]s?|asesor(?:a|es)?|ejecutiv[oa]s?)"
    r"|aqui (?:[eé]|fala|quem fala [eé])(?:\s+(?:o|a))?(?:\s+(?-i:[A-ZÀ-Ý])\w+,?)?(?:\s+(?:do|da|de))?"
    r"|(?:dizendo|dizia|disse|disseram) (?:ser|que (?:era|eram|[eé]|s[aã]o)) (?:do|da|de)|se (?:dizia|dizem|diz|dizendo)(?: ser)? (?:do|da|de)"
    r"|se passando por|em nome (?:do|da|de)"
    r"|(?:je suis|nous sommes|je vous appelle|nous vous appelons|je vous contacte|nous vous contactons) (?:de la|du|de|des)"
    r"|c'est (?:le|la|l')|se faisant passer pour|se pr[eé]sentant comme|de la part de"
    r"|(?:je suis|nous sommes) (?:un |une )?(?:conseill(?:er|[eè]re)s?|agents?|employ[eé]e?s?|technicien(?:ne)?s?)(?: chez)?"
    r"|hier ist(?: der| die| das)?|hier spricht(?: der| die| das)?|(?:ich rufe|wir rufen) (?:sie )?(?:von|vom)|im (?:auftrag|namen) von"
    r"|(?:gab|gaben|gibt|geben) sich als|(?:ich bin|wir sind) (?:\w*mitarbeiter(?:in)?|berater(?:in)?)"
    # (and in Vietnamese and Indonesian: "Em là nhân viên của Binance", "Kami dari tim Binance", "bên mình là bộ phận chăm sóc
    # khách hàng Binance", "Selamat siang, dengan customer service Binance", "tôi là nhân viên chăm sóc khách hàng của
    # Binance", "kami dari tim keamanan OKX")
    r"|(?:tôi là|em là|chúng tôi là|bên em là|bên mình là|mình là|bên tôi là|em gọi từ|tôi gọi từ)(?: nhân viên| tổng đài viên| cskh)?(?: của| bên| từ)?"
    r"|(?:saya|kami) (?:dari|adalah)(?: tim| pihak| petugas| cs| customer service)?(?: dari)?"
    r"|(?:selamat (?:pagi|siang|sore|malam)|halo|hallo),?\s+dengan"
    # (and in Tagalog: "Ako po si Mark mula sa GCash", "May tumawag daw galing sa GCash"; not any "from": "nag-download ako
    # mula sa GCash app" is the asker's)
    r"|(?:ako|kami) (?:po )?(?:ay |si \w+ )(?:po )?(?:mula|galing) sa"
    r"|(?:tumawag|nag-?text|nag-?message|nag-?chat)(?: daw| raw| po| sa akin)*(?: na)? (?:mula|galing) sa"
    # (and in Russian and Ukrainian, as the "security service" calls open and as those called tell it: "Вас беспокоит служба
    # безопасности Binance", "Звонили из Binance", "Вам дзвонить служба безпеки monobank", "Дзвонили нібито з monobank")
    r"|(?:вас )?беспокоит|(?:звоню|звоним|пишу|пишем|я|мы)(?: вам)? (?:из|от)|(?:звонили|позвонили|звонил|звонила|звонят|написали|писали)"
    r"(?: мне)?(?: якобы| будто| как бы)? (?:из|от|с)|представил(?:ся|ась|ись) (?:сотрудник(?:ом|ами)|представител(?:ем|ями))"
    r"|(?:вас )?турбує|(?:вам |вас )?(?:дзвонить|дзвонять)|(?:дзвоню|дзвонимо|пишу|пишемо|я|ми)(?: вам)? (?:з|із|від)"
    r"|(?:дзвонили|зателефонували|подзвонили|дзвонив|дзвонила|писали|написали)(?: мені)?(?: нібито| ніби| наче)? (?:з|із|від)"
    r"|представив(?:ся|ась|ися) (?:працівник(?:ом|ами)|представник(?:ом|ами))"
    # (and in Thai and Arabic: "สวัสดีค่ะ โทรจาก Binance", "معك خدمة عملاء Binance", "أنا من شركة Binance")
    r"|โทรจาก|โทรมาจาก|ติดต่อจาก|(?:أنا|انا|نحن|إحنا) من|معك|معاك|(?:اتصال|مكالمة|رسالة) من)"
    r"\s+(?:the\s+)?(?P<latin>[^.,;!?\n]{2,40})"
    # (and in the caller's own words, as the text or the script has them: "Hello, this is Coinbase Support", "我是支付宝客服")
    r"|(?:自称是?|冒充|假冒|说是|称是|说他是|说她是|我是|我们是|这里是|这边是|我这边是)(?P<chinese>[^，。！？,!?\n]{2,20})",
    re.IGNORECASE)


# How a provider's name said in a message may be written: as the registry writes it, or in look-alike characters ("Вinance:",
# "This is C0inbase support"), which only a sender making itself look like the provider writes
_A_NAME_SAID = (*NAMES_IT, "confusable")
# ... and how a message's header or a mail's sender line may hold it: among other words too ("PayPal Service")
_A_NAME_AS_SENDER = (*_A_NAME_SAID, "contained")


# (bounds on the work: each prefix is a name lookup, 0.4 ms with its fuzzy tries, and a message of nothing but "自称…" was
# 0.6 s, one of "posing as a b c …" 2.3 s; a sender is said to be someone once or twice, in a name of a few words)
_SAYINGS_READ, _NAME_PREFIXES_READ = 3, 8


def _claim_in_message(index: RegistryIndex, message: str) -> tuple[Resolution, str] | None:
    """The provider a message says its sender is (its brand header, a mail's sender line, or who the caller said they were),
    and the words that say so; None where it names none, or two."""
    if (header := _A_MESSAGES_HEADER.match(message)) \
            and (named := index.resolve(words := (header.group("bracketed") or header.group("named")).strip())) \
            and named.how in _A_NAME_AS_SENDER:
        return named, words[:60]
    if (sender := _A_MAILS_SENDER_LINE.search(message)) and (named := index.resolve(sender.group("name").strip())) \
            and named.how in _A_NAME_AS_SENDER:
        return named, sender.group(0).strip()[:60]
    for said in itertools.islice(_WHO_THEY_SAID_THEY_WERE.finditer(message), _SAYINGS_READ):
        # the first name after the words, word by word (Chinese character by character): "from Coinbase about my Binance
        # account" names Coinbase, where the whole names two providers, and "自称支付宝客服，说…" 支付宝
        after = "latin" if said.group("latin") else "chinese"
        start, words = said.start(after), said.group(after)
        # ... or after the place a Chinese caller names first: "我是北京市公安局的" (the police of any city), "上海市浦东新区人民法院"
        place = _A_PLACE_FIRST.match(words) if after == "chinese" else None
        for skipped in (0, place.end()) if place else (0,):
            name = words[skipped:]
            ends = [found.end() for found in re.finditer(r"\S+", name)] if after == "latin" else range(2, len(name) + 1)
            for end in itertools.islice(ends, _NAME_PREFIXES_READ):
                if (named := index.resolve(name[:end])) and named.how in _A_NAME_SAID:
                    return named, message[said.start():start + skipped + end].strip().rstrip(":：")
        # ... or the one name in words that say whose team, department or employee the caller is: "the fraud department at
        # PayPal", "central de segurança do Nubank", "PayPal-Mitarbeiter", "bộ phận chăm sóc khách hàng Binance" (a name
        # among other words is no claim elsewhere: "I'm a customer with Coinbase")
        if after == "latin" and (named := _a_team_named(index, words)):
            shown = re.search(re.escape(named.matched).replace(r"\ ", r"[\s-]+"), words, re.IGNORECASE)
            return named, message[said.start():start + (shown.end() if shown else len(words))].strip()
    # Japanese, Korean and Hindi say who they are with the name first: "PayPayの者ですが", "警察を名乗る男", "업비트 고객센터입니다",
    # "빗썸을 사칭한 전화", "main Paytm se bol raha hoon"; and "こちらはPayPayカスタマーサポートです"
    # (found from their markers, a pattern of literals the engine skips to, and read back to the clause's start: a pattern
    # for the name before them, tried at every character, took 30 ms on a message of 10,000)
    for marker in itertools.islice(_WHO_THEY_ARE_MARKER.finditer(message), _SAYINGS_READ):
        if marker.group() == "こちらは":
            said = _SAID_AFTER_KOCHIRA_WA.match(message, marker.end())
            words = said.group(1).strip() if said else ""
            shown = message[marker.start():said.end()] if said else ""
        else:
            last = _CLAUSE_BREAK.split(message[max(0, marker.start() - 31):marker.start()])[-1].lstrip()
            words = last.rstrip()
            # (from the name to the end of the marker's last word: "se bol raha", not "se bol rah")
            shown = message[marker.start() - len(last):_WORD_GOES_ON.match(message, marker.end()).end()] if words else ""
        starts = [0, *(found.end() for found in re.finditer(r"\s+", words))][:_NAME_PREFIXES_READ]
        for start in starts:  # (the whole, then without its first words: "고객님 저희는 업비트 고객센터")
            if words[start:] and (named := index.resolve(words[start:])) and named.how in _A_NAME_SAID:
                return named, shown.strip()
        if named := _a_team_named(index, words):
            return named, shown.strip()  # (the team's words after the name: "Binance müşteri hizmetlerinden arıyoruz")
    return None


_WHO_THEY_ARE_MARKER = re.compile(r"の者です|の者でございます|を名乗|と名乗|입니다|이라고 했|이라고 하|라고 했|라고 하|을 사칭|를 사칭"
                                  r"|에서 전화|에서 연락|에서 문자|こちらは"
                                  # (and India's callers, in Hinglish and Hindi: "main Paytm se bol raha hoon", "मैं PhonePe
                                  # कस्टमर केयर से बात कर रही हूँ")
                                  r"| se bol rah| se baat kar| se call kar| से बोल रह| से बात कर"
                                  # (and Turkish, the name's ablative before the call: "Binance'den arıyorum", "Binance müşteri
                                  # hizmetlerinden arıyoruz", "Binance destek ekibinden arandım")
                                  r"|['’]?[dt][ae]n (?:arıyor|arandı|aradı|arayan|mesaj|yazıyor)"
                                  # (and English's "Coinbase here, we noticed a login…")
                                  r"| here(?=[,.:!])")
_WORD_GOES_ON = re.compile(r"[^\s、。，,.!?！？।]*")
_SAID_AFTER_KOCHIRA_WA = re.compile(r"\s*([^、。，,.!?！？\n]{2,30}?)(?:です|でございます)")
_CLAUSE_BREAK = re.compile(r"[、。，,.!?！？\n]")


# The words for a provider's teams and departments, and for the people who work in them, that a caller says he is of
# (`_claim_in_message`)
_A_TEAM_OR_ITS_PEOPLE = re.compile(
    r"(?<!\w)(?:department|dept|team|desk|unit|division|cent(?:er|re)|office|services?|support|helpdesk|hotline|agents?|employees?"
    r"|representatives?|reps?|officers?|specialists?|analysts?|advis[eo]rs?"
    r"|central|equipe|setor|departamento|[aá]rea|n[uú]cleo|atendimento|ger[eê]ncia|funcion[aá]ri[oa]s?|atendentes?|analistas?"
    r"|gerentes?|colaborador(?:a|es)?|equipo|centro|servicio|unidad|emplead[oa]s?|asesor(?:a|es)?"
    r"|[eé]quipe|d[eé]partement|cellule|p[oô]le|conseill(?:er|[eè]re)s?|employ[eé]e?s?"
    r"|\w*abteilung|kundenservice|kundendienst|zentrale|\w*mitarbeiter(?:in)?|berater(?:in)?"
    r"|b[ộo] ph[ậa]n|ph[òo]ng|t[ổo]ng đài|trung tâm|nhân viên|chăm sóc khách hàng|cskh|hỗ trợ|bảo mật"
    r"|tim|bagian|pihak|divisi|departemen|petugas|staf|keamanan|layanan|pelanggan|dukungan"
    r"|служб\w*|отдел\w*|сотрудник\w*|поддержк\w*|безопасност\w*|безпек\w*|відділ\w*|працівник\w*|підтримк\w*"
    r"|hizmet\w*|ekib\w*|destek\w*|departman\w*|birim\w*|güvenlik\w*|خدمة|فريق|قسم|موظف|شركة|دعم)(?!\w)"
    # (not a page or a number a team is named with: "the support page I found for PayPal" is the asker's)
    r"(?!-?\s*(?:page|site|website|number|line|link|article|forum|e-?mail|form|ticket|chat|app|center page)s?(?!\w))",
    re.IGNORECASE)


def _a_team_named(index: RegistryIndex, words: str) -> Resolution | None:
    """The one provider named among words that say whose team, department or employee the caller is (see
    _A_TEAM_OR_ITS_PEOPLE), else None."""
    if _A_TEAM_OR_ITS_PEOPLE.search(words) and (named := index.resolve(words)) and named.how in (*NAMES_IT, "contained"):
        return named
    return None


# Places a Chinese caller names before his office: provinces, cities, districts and counties, one after another
_A_PLACE_FIRST = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?(?:省|自治区|市|区|县|州))+")


def _label_claim(index: RegistryIndex, request: CheckRequest, label: str, lang: str) -> tuple[Resolution, dict] | None:
    """The claim a label that names a provider makes where the asker gives none, as a sender's name does, and what
    the reason label_claim says of it: by the name without the words that lead on to the number (`_LEADS_ON`), also
    where it is written in look-alike characters or misspelt, as spam pages write a name ("Paypa1客服", "Metamsk客服")."""
    if request.claimed_provider:
        return None
    label = _LEADS_ON.sub("", label).lstrip(_MARKS_BEFORE_A_LABEL) or label  # (and the marks before a label after the number)
    named = index.resolve(label)
    if (named is None or named.how not in _A_NAME_IN_A_LABEL) and (name := _ADDRESS_LABEL_WORDS.sub(" ", label).strip()) != label:
        named = index.resolve(name)  # ("Paypa1 email", "Metamsk website": the name alone is a look-alike's)
    if named is None or named.how not in _A_NAME_IN_A_LABEL \
            or named.how == "fuzzy" and any(aliases.is_ordinary_word(word.lower()) for word in _LATIN_WORD.findall(label)):
        return None  # (a dictionary word one edit from a name is no misspelling of it: "Skill support", "Revolt helpline")
    return named, {"label": label.strip(" \t:：")[:100], "provider": provider_name(index.providers[named.slug], lang)}


_A_NAME_IN_A_LABEL = (*NAMES_IT, "contained", "confusable", "spaced", "fuzzy")
# What may stand between a number and its label after it: a phone's sign, a dash, a colon, a bar, a bracket
_MARKS_BEFORE_A_LABEL = "📞☎️📱 \t-–—:：|,，(（"
# (an address's label less its words is the name alone, or no label: not one holding a name among other words, "Send the
# coins to Coinbase:", a message)
_A_NAME_IN_AN_ADDRESS_LABEL = (*NAMES_IT, "confusable", "spaced", "fuzzy")
# What leads from a label's name on to its number, at the label's end: "是", "为", "请拨打", "call", "📞", a dash, a note in
# brackets ("Coinbase投诉电话是95555", "Binance客服 call 1-888-…", "Trust Wallet hotline 📞 …", "…（24小时）："): each was no
# claim, and the number was judged as no one's ("official" where it is another provider's)
_LEADS_ON = re.compile(r"(?:[\s:：,，.\-–—]|是|为|為|请?拨打|請?撥打|请?致电|請?致電|(?<![a-z])(?:call|dial|ring)(?:\s+us)?(?:\s+(?:at|on))?"
                       r"|📞|☎️?|📱|[(（][^()（）]{1,20}[)）])+$", re.IGNORECASE)


_LETTERS = re.compile(r"[^\W\d_]+")


def spelled_by_its_letters(index: RegistryIndex, value: str) -> tuple[Resolution, str] | None:
    """The provider a number advertised in keypad letters names by them, and the letters ("1-888-COINBASE": Coinbase,
    "COINBASE"): a name, with or without generic words ("VENMO HELP"); not one inside other words ("MY APPLE")."""
    if not normalize.keypad_number(value):
        return None
    letters = " ".join(_LETTERS.findall(value))
    spelled = index.resolve(letters)
    return (spelled, letters) if spelled and spelled.how in NAMES_IT else None


def _a_registry_short_code(index: RegistryIndex, written: str) -> bool:
    """Whether a number as written is, in its digits, one of the registry's short codes (of any region)."""
    return "".join(filter(str.isdigit, normalize.clean_number(written))) in normalize.short_codes_by_digits(index.short_codes)


_A_NAME_RUN_INTO_DIGITS = re.compile(r"[A-Za-z][A-Za-z_]*\d{1,6}")  # (a number of its own has more digits)
_A_SENTENCES_STOP = re.compile(r"[，。！？；]|[.!?;](?=\s)")  # (inside a label: a sentence, not a name's words)
# A number asked about by a provider's name: "Is 1-888-221-1161 really PayPal's number?", "95188是不是支付宝的电话？"
_WRITTEN_NUMBER = r"(?P<number>[+＋(（]?\d[\d \t().（）\-]*\d[)）]?)"
_NAME_ASKED = r"(?P<name>[^?？\d]{2,60}?)\s*[?？]*"  # the name asked of it, and the question mark
# what follows the number in a Spanish or Portuguese question: "(realmente) (el) (número) de <name>?"
_ASKED_IN_SPANISH_OR_PORTUGUESE = (r"\s+(?:realmente\s+|de verdad\s+|mesmo\s+)?(?:(?:el|un|una|o|um|uma)\s+)?"
                                   r"(?:(?:n[uú]mero|tel[eé]fono|telefone)\s+)?(?:(?:de|del|d[aeo])\s+)?" + _NAME_ASKED)
# the number in a question in Hindi with Latin letters: "(kya) (ye) (number) 98765 43210 …"
_ASKED_IN_HINDI = r"(?:kya\s+)?(?:(?:ye|yeh)\s+)?(?:number\s+)?" + _WRITTEN_NUMBER
_QUESTIONS_ABOUT_A_NUMBER = (
    re.compile(r"(?:is|are)\s+" + _WRITTEN_NUMBER + r"\s+(?:really\s+|actually\s+|truly\s+)?(?:an?\s+|the\s+)?"
               + _NAME_ASKED, re.IGNORECASE),
    re.compile(_WRITTEN_NUMBER + r"\s*(?:是不是|是否是?|是)(?:真的|真正的)?(?P<name>[^?？\d]{2,30}?)\s*(?:吗|嘛|么)?\s*[?？]*"),
    # "¿Es 1-888-221-1161 el número de PayPal?", "¿1-888-221-1161 es estafa?", "Esse número 0800 591 2117 é da Binance?"
    re.compile(r"¿?\s*(?:es|[eé])\s+" + _WRITTEN_NUMBER + _ASKED_IN_SPANISH_OR_PORTUGUESE, re.IGNORECASE),
    re.compile(r"¿?\s*(?:(?:este|esse|el|o)\s+)?(?:n[uú]mero\s+)?" + _WRITTEN_NUMBER + r"\s+(?:es|[eé]|seria)"
               + _ASKED_IN_SPANISH_OR_PORTUGUESE, re.IGNORECASE),
    # "Est-ce que le 01 99 00 12 34 est le numéro de PayPal ?", "Ce numéro … est-il celui de PayPal ?", "Le … est-il une arnaque ?"
    re.compile(r"(?:est-ce que\s+)?(?:(?:le|ce)\s+)?(?:num[eé]ro\s+)?" + _WRITTEN_NUMBER + r"\s+(?:est(?:-il)?|c'est)\s+"
               r"(?:(?:bien|vraiment)\s+)?(?:(?:le|un|une|celui)\s+)?(?:(?:num[eé]ro|t[eé]l[eé]phone)\s+)?(?:(?:de|du|d')\s*)?"
               + _NAME_ASKED, re.IGNORECASE),
    # "Ist 030 23125 456 die Nummer von PayPal?", "Ist die Nummer … wirklich von PayPal?", "Ist … Betrug?", "Gehört … zu PayPal?"
    re.compile(r"(?:ist|geh[oö]rt)\s+(?:die\s+(?:telefon)?nummer\s+)?" + _WRITTEN_NUMBER + r"\s+(?:(?:wirklich|tats[aä]chlich)\s+)?"
               r"(?:(?:die|eine|ein)\s+)?(?:(?:telefon)?nummer\s+)?(?:(?:von|vom|der|des|zu|zum|zur)\s+)?"
               + _NAME_ASKED, re.IGNORECASE),
    # "Kya 7908734712 Paytm ka number hai?", "7908734712 fraud hai kya?" (Hindi in Latin letters), "क्या 7908734712 पेटीएम का
    # नंबर है?"
    re.compile(_ASKED_IN_HINDI + r"\s+(?P<name>[^?？\d]{2,40}?)\s+k[ae]\s+"
               r"(?:(?:asli|sahi|real|official)\s+)?(?:(?:customer care|customer service|helpline|support)\s+)?"
               r"(?:number|no\.?|nambar)\s+(?:hai|h)(?:\s+kya)?\s*[?？]*", re.IGNORECASE),
    re.compile(_ASKED_IN_HINDI + r"\s+(?P<name>[^?？\d]{2,30}?)\s+(?:hai|h)"
               r"(?:\s+kya)?\s*[?？]*", re.IGNORECASE),
    re.compile(r"(?:क्या\s*)?" + _WRITTEN_NUMBER + r"\s*(?P<name>[^?？\d]{2,30}?)\s*(?:(?:का|की|के)\s*)?(?:नंबर|नम्बर)?\s*है\s*[?？]*"),
    # "Ang 0917 123 4567 ba ay numero ng GCash?" (Tagalog)
    re.compile(r"(?:ang\s+)?" + _WRITTEN_NUMBER + r"\s+(?:ba\s+)?ay\s+(?:(?:ang|isang)\s+)?(?:(?:totoong|opisyal na)\s+)?"
               r"(?:(?:numero|number|hotline)\s+)?(?:(?:ng|ni)\s+)?" + _NAME_ASKED, re.IGNORECASE),
    # "2388 2388 係唔係中銀香港嘅電話？" (Cantonese)
    re.compile(_WRITTEN_NUMBER + r"\s*(?:係唔係|系唔系|係咪|系咪|係|系)(?:真係|真系)?(?P<name>[^?？\d]{2,30}?)\s*(?:嚟㗎|嚟|呀|啊|㗎)?\s*[?？]*"),
    # "Apakah 0812-3456-7890 nomor resmi Binance?", "Apakah nomor 0812… milik Binance?" (Indonesian and Malay)
    # (a word of the language in it: the words around the number are all optional)
    re.compile(r"(?=.*\b(?:apakah|nomor|nombor|milik|punya|kepunyaan|resmi|rasmi|bukan|adalah|ialah)\b)"
               r"(?:apakah\s+)?(?:(?:nomor|nombor|no\.?)\s+)?" + _WRITTEN_NUMBER + r"\s+(?:(?:adalah|ialah|itu)\s+)?"
               r"(?:(?:benar|betul|memang)\s+)?(?:(?:nomor|nombor|no\.?)\s+)?(?:(?:resmi|rasmi|asli|cs)\s+)?"
               r"(?:(?:milik|dari|punya|kepunyaan)\s+)?(?P<name>[^?？\d]{2,60}?)(?:\s+(?:bukan|ya|kah))?\s*[?？]*", re.IGNORECASE),
    # "Số 0912 345 678 có phải của Binance không?", "0912 345 678 có phải lừa đảo không?" (Vietnamese)
    re.compile(r"(?:s[oố]\s+(?:đi[eệ]n tho[aạ]i\s+)?)?" + _WRITTEN_NUMBER + r"\s+(?:c[oó] ph[aả]i|l[aà])\s+(?:l[aà]\s+)?"
               r"(?:(?:s[oố]|t[oổ]ng đ[aà]i|hotline)\s+)?(?:(?:ch[ií]nh th[uứ]c)\s+)?(?:c[uủ]a\s+)?(?P<name>[^?？\d]{2,60}?)"
               r"(?:\s+(?:kh[oô]ng|ko|k|à|ạ|vậy))?\s*[?？]*", re.IGNORECASE),
    # "+7 912 345-67-89 это номер Bybit?", "Номер 8 800 … принадлежит Binance?", "Это номер Binance +7 912 …?" (Russian)
    re.compile(r"(?=.*(?:это|номер|телефон|принадлежит|точно|действительно|правда))"
               r"(?:(?:номер|телефон)\s+)?" + _WRITTEN_NUMBER + r"\s+(?:[—-]\s*)?(?:(?:это|точно|действительно|правда)\s+)*"
               r"(?:(?:официальный|настоящий)\s+)?(?:(?:номер|телефон)\s+)?(?:(?:принадлежит|от)\s+)?(?P<name>[^?？\d]{2,60}?)\s*[?？]*",
               re.IGNORECASE),
    re.compile(r"это\s+(?:(?:официальный|настоящий)\s+)?(?:номер|телефон)\s+(?P<name>[^?？\d]{2,40}?)\s+" + _WRITTEN_NUMBER
               + r"\s*[?？]*", re.IGNORECASE),
    # "Il numero 02 1234 5678 è di PayPal?", "Questo numero … è davvero di Coinbase?", "02 1234 5678 è una truffa?"
    re.compile(r"(?:(?:il|questo)\s+)?(?:numero\s+)?" + _WRITTEN_NUMBER + r"\s+[eè]\s+(?:(?:davvero|veramente)\s+)?"
               r"(?:(?:il|un|una)\s+)?(?:(?:numero|telefono)\s+)?(?:(?:di|del|della|dell')\s*)?"
               + _NAME_ASKED, re.IGNORECASE),
    # in any language, the number and a word or two asked of it: "1-888-221-1161 scam?", "+7 912 345-67-89 мошенники?",
    # "0912 345 678 Binance?" (its question mark said)
    # ("+52 55 1234 5678 ¿es fraude?": the opening mark and the verb before the words)
    re.compile(_WRITTEN_NUMBER + r"\s+(?:¿\s*(?:(?:es|[eé])\s+)?)?(?P<name>[^?？\d]{2,30}?)\s*[?？]+"))


# what an English question adds to the name it asks of a number: "Barclays' number", "Monzo's official phone number"
_WORDS_AFTER_A_NAME = re.compile(r"(?:['’]s?)?(?:\s+(?:official|real|actual|genuine))?(?:\s+(?:customer service|support|fraud|phone|"
                                 r"contact|helpline|hotline))?(?:\s+(?:number|line|team))?$", re.IGNORECASE)


# ... or by what anyone asks of a number: "Is 1-888-221-1161 legit?", "4001234567是诈骗电话吗", "4008206666是谁的电话"
_ASKED_OF_ANY_NUMBER = re.compile(r"(legit|legitimate|real|safe|a scam|scam|fake|genuine|official|trustworthy|spam)( (number|call|caller|phone number))?"
                                  r"|(una |um )?(estafa|fraude|golpe|leg[ií]timo|oficial|real|seguro|confi[aá]vel|falso|spam)"
                                  r"|(une )?(arnaque|escroquerie|fraude|l[eé]gitime|officiel|fiable|s[uû]r|vrai|faux|frauduleux)"
                                  r"|(ein )?(betrug|echt|seri[oö]s|offiziell|sicher|legitim|fake|abzocke|spam)"
                                  r"|(una )?(truffa|frode|affidabile|ufficiale|sicuro|vero|falso|legittimo)"
                                  r"|(诈骗|骗子|真的|假的|官方|正规|靠谱|安全|骚扰)[^?？\d]{0,4}|(谁|哪里|哪家|哪个|什么)[^?？\d]{0,6}"
                                  # (Hindi in Latin letters and in Devanagari, Tagalog, Cantonese)
                                  r"|(fraud|farzi|nakli|asli|sahi)( number| call)?|kiska( number)?"
                                  r"|(फ्रॉड|फर्जी|नकली|असली|किसका)( नंबर)?|totoo|peke|lehitimo|(呃人|呃钱|真|假)[^?？\d]{0,4}"
                                  # (Indonesian and Malay, Vietnamese, Russian)
                                  r"|penipuan|penipu|palsu|resmi|rasmi|aman|spam|nomor siapa|milik siapa"
                                  r"|l[uừ]a đ[aả]o|gi[aả] m[aạ]o|th[aậ]t|an to[aà]n|c[uủ]a ai|s[oố] c[uủ]a ai"
                                  r"|мошенники|мошенник|мошеннический|развод|спам|настоящий|официальный|чей( номер)?", re.IGNORECASE)


# A question of any other shape that holds one number: its mark, and one run of five digits or more (with its separators)
_A_QUESTION_MARK = re.compile(r"[?？¿]|吗|谁|哪")
_A_NUMBER_IN_WORDS = re.compile(r"(?<![A-Za-z0-9+(（])" + _WRITTEN_NUMBER + r"(?![A-Za-z0-9])")  # (not inside a code: "ABC12345")
# the words of a call or a text received from it, in the languages the questions are read in
_A_CALL_RECEIVED = re.compile(r"\b(called|calling|rang|texted|(a )?(call|calls|text|texts|sms) from)\b|\bme (llam[oóa]|llaman|escribi[oó]|"
                              r"ligou|ligaram|liga|ligando|mandou)|\b(recib[ií]|recebi)\b[^?？]{0,20}\b(llamada|mensaje|sms|liga[cç][aã]o|"
                              r"mensagem)|\bm'appelle|\bm'a appel[eé]|\bruft\b[^?？]{0,20}\ban\b|\bangerufen\b|来电|打来|打给我|给我打|"
                              r"打电话(给我|来|过来|让我|叫我|要我|问我|说)|发(来|给我)|发(了)?(短信|简讯|信息|消息)给我|给我发(了)?(个|一个|条|一条)?"
                              r"(短信|简讯|信息|消息|链接)|(短信|简讯)(说|让|叫|要)|"
                              r"(接到|收到|有个|有一个|来了个?)[^，。！？\n]{0,8}(电话|短信|简讯|信息|讯息|来电)"
                              # (and told in Spanish, Portuguese and French without "me" first: "Llamaron de Binance y me pidieron
                              # …", "Me ligaram do Nubank pedindo a senha", "PayPal m'a appelé et m'a demandé mon code"; in Korean
                              # and Japanese: "…에서 전화가 와서 인증번호를 알려달라고 했어요", "…から電話があり…を聞かれました")
                              r"|\b(llamaron|me pidi[oó]|me pidieron|me escribieron|ligaram|me pediram|pedindo|m'a demand[eé]"
                              r"|m'ont (appel[eé]|demand[eé]))(?![a-z])"
                              # (and in Italian: "Mi ha chiamato PayPal chiedendomi il codice", "mi hanno scritto da Binance")
                              r"|\bmi (ha|hanno) (chiamat[oa]|chiamati|telefonato|scritto|chiesto|contattat[oa]|contattati)(?![a-z])"
                              r"|\bchiedendomi(?![a-z])"
                              r"|(전화|문자|연락)[이가]? ?(와서|왔|옴)|(알려|보내) ?달라고|(から|より)(电话|连络|メール)|(闻|讯)かれ|求められ"
                              # (in Vietnamese, "Binance gọi cho tôi và yêu cầu mã OTP"; in Hindi as India writes it in Latin
                              # letters, "Paytm se call aaya, OTP maang rahe the")
                              r"|(?<![a-z])(g[oọ]i (đi[eệ]n )?cho|nh[aắ]n tin cho) (t[oô]i|m[iì]nh)(?![a-z])"
                              r"|\b(call|phone|message|sms) (aaya|aya|aayi|aai)\b",  # (came; "call kiya", made, may be the asker's)
                              re.IGNORECASE)
# who a caller or sender said it was, told without a question ("… claiming to be PayPal", "… says it's Coinbase",
# "…说是支付宝")
_A_CALLER_CLAIMED = re.compile(r"\b(claim(s|ed|ing)? to be|pretend(s|ed|ing)? to be|posing as|saying|says|said|asking|asked)\b|"
                               r"自称|冒充|说是|声称|说我|让我|要我|叫我", re.IGNORECASE)
# words that doubt a value, asking of it where no question mark is typed ("paypal number 888-221-1161 real or fake",
# "paypal-support.com legit"); a number's not "official" or 官方, which labels say of a number
_DOUBT_WORDS, _DOUBT_WORDS_ZH = "legit|legitimate|scam|fake|real|genuine|safe", "真的|假的|诈骗|靠谱|可信"
_A_NUMBER_DOUBTED = re.compile(rf"\b({_DOUBT_WORDS})\b|{_DOUBT_WORDS_ZH}|骗子", re.IGNORECASE)
_LONGEST_QUESTION = 160
# (spaces between its words, or Chinese, which writes none, or a Chinese colon or bracket, which no address holds:
# "Coinbase：alipay-hk.cn" was a web address whose port was no number)
_WORDS_OF_A_QUESTION = re.compile(r"\s|[\u3400-\u9fff：（）；！？，]")
# (a slash between digits is a date's: "at 10:30 on 12/05/2026")
_AN_ADDRESS_IN_IT = re.compile(r"://|@|(?<!\d)/|/(?!\d)|\bwww\.|\.[a-z]{2,}/", re.IGNORECASE)
_A_LETTER = re.compile(r"[^\W\d_]")


def _one_number_in_a_question(value: str) -> tuple[str, str, bool] | None:
    """(the number, the other words, whether they ask) where `value` is short and holds one number of five digits or
    more, and asks about it or tells of a call, a text or a claim from it with words after it, else None."""
    value = value.strip()
    if len(value) > _LONGEST_QUESTION or not _A_LETTER.search(value) or not _WORDS_OF_A_QUESTION.search(value) \
            or _AN_ADDRESS_IN_IT.search(value):
        return None  # (a web address's query holds a question mark and digits: "https://www.google.com/url?q=…&ust=1527…")
    simplified = signals.simplify(value)
    asked = _A_QUESTION_MARK.search(value) is not None or _A_NUMBER_DOUBTED.search(simplified) is not None
    if not asked and not (_A_CALL_RECEIVED.search(simplified) or _A_CALLER_CLAIMED.search(simplified)):
        return None
    numbers = _numbers_told(value)
    if len(numbers) != 1:
        return None
    after = value[numbers[0].end():]
    if not _A_LETTER.search(value[:numbers[0].start()] + after):
        return None  # a number and its mark alone ("95188？") is the number, read as typed
    if not asked and not _A_LETTER.search(after) and len(value[:numbers[0].start()].rstrip(" \t:：")) <= _LONGEST_LABEL:
        # "who called me from 1-888-…": a label and its number, read as one; words too many for a label are the report's
        # ("Someone claiming to be from Trust Wallet texted me from +1 …" was "no number to check")
        return None
    return numbers[0].group().strip(" \t").rstrip("(（"), value[:numbers[0].start()] + " " + after, asked


def _numbers_told(value: str) -> list[re.Match]:
    """The numbers of five digits or more a question or a report holds: not a code it tells ("… Your code is 123456"), nor a
    date ("at 10:30 on 12/05/2026")."""
    return [run for run in _A_NUMBER_IN_WORDS.finditer(value) if sum(map(str.isdigit, run.group())) >= 5
            and not _A_DATE.fullmatch(run.group().strip()) and not _A_CODE_BEFORE.search(value, max(0, run.start() - 24), run.start())]


_A_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
# (a code the text tells, no number it came from: "Received text from 72975: Your Coinbase verification code is 123456")
_A_CODE_BEFORE = re.compile(r"(?:\b(?:code|otp|pin|passcode|password)\b|验证码|驗證碼|校验码|動態碼|动态码|认证码|確認コード|認証コード"
                            r"|인증번호)[^\d\n]{0,8}$", re.IGNORECASE)


def _one_value_asked_or_told_of(request: CheckRequest, sender, a_number: bool) -> tuple[str, str, bool, bool] | None:
    """(the value, the other words, whether they ask, whether it is an address) where the request's value asks about or
    tells of one number or one address (`_one_number_in_a_question`, `_one_address_in_a_question`), else None."""
    if a_number and (number := _one_number_in_a_question(request.value)):
        return *number, False
    if sender is None and (request.kind or "website") in _ADDRESS_KINDS and (address := _one_address_in_a_question(request.value)):
        return *address, True
    return None


_ADDRESS_KINDS = ("website", "url", "domain", "email", "email_domain")
# an address among words: an email, a web address with its scheme, or a domain; its characters ASCII, as written among
# Chinese ones ("paypal-support.com是PayPal的官网吗")
# (a web address with its scheme begins at it, glued to a word too: "MetaMask loginhttps://…", as the scan reads one)
_AN_ADDRESS_AMONG_WORDS = re.compile(r"(?:(?<![.@/-])https?://[\x21-\x7e]+|(?<![\w.@/-])(?:[\w.%+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}"
                                     r"|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:/[\x21-\x7e]*)?))(?![\w@-])",
                                     re.IGNORECASE | re.ASCII)
# words that doubt an address (see _DOUBT_WORDS), and words that tell of a message from it
_DOUBTED = re.compile(rf"\b({_DOUBT_WORDS}|official|phishing)\b|{_DOUBT_WORDS_ZH}|官方|官网|安全", re.IGNORECASE)
# (the asker's: "got an email from …", "a text with a link to …"; not a message's own "click the link: …", which a pasted text
# holds, and the check page's scan of what was typed reads)
_SENT = re.compile(r"\b(e-?mail|mail|message|text|sms|dm|link)( \w+){0,3} (from|to)\b|\b(got|received|sent me|emailed me|"
                   r"texted me|messaged me)\b|收到|发来|发给我", re.IGNORECASE)
_A_WORD = re.compile(r"[^\W\d_]{2,}|[\u3400-\u9fff]")
# where a Latin name runs into Chinese, Japanese kana or Korean with no space ("是PayPal的官网吗", "PayPalから電話があり",
# "Coinbase에서 전화가"): a word of its own there
_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
_CJK_CHARACTER = re.compile(_CJK)
_LATIN_IN_CJK = re.compile(rf"(?<={_CJK})(?=[A-Za-z])|(?<=[A-Za-z])(?={_CJK})")


def _the_address_among_words(value: str) -> re.Match | None:
    """The one web address, domain or email among `value`'s words, or None: none, or several. One whose rest, with no
    space between, holds an '@' runs on to that word's end: its userinfo ends in a character the pattern stops at (a
    full-width '?', a symbol), and it is one address ("Is https://paypal.com？@evil.com safe?" asks of one that opens
    evil.com; it was refused as several words, and read as a question about paypal.com it would be PayPal's)."""
    found = list(_AN_ADDRESS_AMONG_WORDS.finditer(value))
    if len(found) > 1 and all(_READ_INTO_A_HOST.fullmatch(value, one.end(), then.start())
                              for one, then in itertools.pairwise(found)):
        # what a browser reads into a host between them, and one address to a reader ("Is www.paypal.com©verify.net
        # safe?", "paypal.com‐secure.net"): refused as several words; not two side by side ("paypal.com或alipay.com")
        found = [_A_SPAN.match(value, found[0].start(), found[-1].end())]
    if len(found) != 1:
        return None
    if found[0].start() and (glued := _GLUED_BEFORE.search(value, 0, found[0].start())):
        # "Is www.★paypal.com safe?", "Is 𝐱paypal.com safe?": what a browser reads into the host before the name the pattern
        # found (www.xn--paypal-948c.com, xpaypal.com) was left out, and the question was about paypal.com, official; a
        # symbol after words or a space is a bullet, as in a page ("访问★paypal.com")
        found = [_A_SPAN.match(value, glued.start(), found[0].end())]
    rest = value[found[0].end():]
    if rest[:1] and not rest[:1].isspace() and "@" in rest.split(maxsplit=1)[0]:
        return _A_WORD_AT.match(value, found[0].start())
    return found[0]


_A_WORD_AT = re.compile(r"\S+")
_A_SPAN = re.compile(r".+", re.DOTALL)
# (what a browser reads into a host, no ASCII and nothing that ends an address to a reader)
_GLUE, _GLUED_LETTER = normalize.READ_INTO_A_HOST, normalize.LETTER_READ_INTO_A_HOST
_READ_INTO_A_HOST = re.compile(f"{_GLUE}+")
# (before an address, to where the value's search ends: glue after a host's character, or letters a browser reads so)
_GLUED_BEFORE = re.compile(f"(?:[A-Za-z0-9.-]|{_GLUE})*(?:[A-Za-z0-9.-]{_GLUE}+|{_GLUED_LETTER}+)$")


def _one_address_in_a_question(value: str) -> tuple[str, str, bool] | None:
    """(the address, the other words, whether they ask) where `value` is short and holds one web address, domain or email
    among words that ask about it or tell of a message from it, else None."""
    value = value.strip()
    if "." not in value and "@" not in value or len(value) > _LONGEST_QUESTION or not _WORDS_OF_A_QUESTION.search(value):
        return None  # (most values checked, numbers, spared the address pattern)
    if (found := _the_address_among_words(value)) is None:
        return None
    address = found.group().rstrip(".,;:!?)]}'\"。，？！")
    words = value[:found.start()] + " " + value[found.start() + len(address):]
    if not _A_WORD.search(words):
        return None  # a web address copied with a space in it ("https://example.com/a b?c=1"), not a question about it
    simplified = signals.simplify(words)
    asked = _A_QUESTION_MARK.search(words) is not None or _DOUBTED.search(simplified) is not None
    if not (asked or _A_CALL_RECEIVED.search(simplified) or _A_CALLER_CLAIMED.search(simplified) or _SENT.search(simplified)):
        return None
    return address, words, asked


def _another_site_shown(shown: str, address: str) -> bool:
    """Whether a link's text reads as a web address on another site than the one the link opens (www.paypal.com shown
    and paypal.com opened are one site)."""
    if "." not in shown or " " in shown.strip():
        return False  # (words, "PayPal", are a label)
    try:
        return normalize.read_domain(shown).registrable != normalize.read_domain(address).registrable
    except normalize.NotADomain:
        return False


def _labelled_address(index: RegistryIndex, value: str) -> tuple[str, str] | None:
    """(the address, its label) where `value` is one web address, domain or email after a label that names a provider
    or says what kind of address it is, or both ("PayPal support email: …", "官网：…", "Website: …"), else None."""
    value = value.strip()
    if "." not in value or len(value) > _LONGEST_QUESTION or not _WORDS_OF_A_QUESTION.search(value):
        return None  # (most values checked, numbers and addresses alone, spared the address pattern)
    if (found := _the_address_among_words(value)) is None:
        return None
    address = found.group().rstrip(".,;:!?)]}'\"。，？！")
    end = found.start() + len(address)
    label, after = value[:found.start()], value[end:].strip(" \t.。")
    if after and not label.strip() and value[end] in _BEFORE_A_LABEL_AFTER:
        # the label after the address, as a list or a search result's line gives it ("paypal-verify.com - PayPal官网",
        # "metamask.io（MetaMask登录）"): read as one before it is (not a path's Chinese: "https://baike.baidu.com/item/支付宝")
        label = after
    elif after or not _A_WORD.search(label):
        return None  # words after the address, or none before it
    named = _ADDRESS_LABEL_WORDS.sub(" ", _LATIN_IN_CJK.sub(" ", label)).strip()
    if named and not ((resolved := index.resolve(named)) and resolved.how in _A_NAME_IN_AN_ADDRESS_LABEL):
        return None  # words that are not a label ("Send the coins to …"): a message, which a scan reads
    return address, label.strip(" \t:：")


_BEFORE_A_LABEL_AFTER = frozenset(" \t-–—|,，:：;；(（👈←⬅")
# A mail's header naming who wrote it, as a label of the address copied from it
_A_SENDERS_LABEL = re.compile(r"\b(from|sender|reply-?to|return-path)\b|发件人|發件人|寄件人", re.IGNORECASE)
# The words a label of an address is made of besides a provider's name ("PayPal's official support email:", "支付宝官方客服
# 邮箱：", "Website:"), and the marks between them
_ADDRESS_LABEL_WORDS = re.compile(
    r"(?:(?<![^\W\d_])(?:official|customer|support|service|services|care|help|helpdesk|center|centre|contact|contacts|us|e-?mail|mail|"
    r"address|web|website|site|webpage|page|url|link|homepage|home|login|log in|sign in|our|the|its|is|at|here|"
    r"from|sender|reply-to|reply to|return-path|"
    r"oficial|correo|sitio|página|pagina|site officiel|adresse|webseite)(?![^\W\d_])|['’]s\b"
    r"|官方|客服|客户服务|客戶服務|服务|服務|邮箱|郵箱|电子邮件|電子郵件|电子邮箱|電子郵箱|邮件|郵件|电邮|電郵|网址|網址|网站|網站|官网|官網"
    r"|链接|鏈接|连结|連結|主页|主頁|登录|登錄|联系方式|聯繫方式|联系|聯繫|联络|聯絡|地址|唯一|的|是|为|為|发件人|發件人|寄件人"
    # (and the words that send the reader on to it: "PayPal官网请访问…", "MetaMask support, visit …", "👉")
    r"|帮助中心|幫助中心|请|請|访问|訪問|点击|點擊|进入|進入|打开|打開|(?<![^\W\d_])(?:visit|go to|click)(?![^\W\d_])|👉|👇|👈|➡️?|⬅️?|→|←"
    r"|[\s:：\-–—|,，/()（）])+", re.IGNORECASE)


def _asked_about_a_number(value: str) -> tuple[str, str] | None:
    """(the number, the name asked of it) where `value` asks whether a number is a provider's, else None."""
    for question in _QUESTIONS_ABOUT_A_NUMBER:
        if asked := question.fullmatch(value):
            return asked.group("number"), asked.group("name").replace("的", " ").replace("嘅", " ")
    return None


# (full-width digits: a Chinese keyboard's; a right-to-left override, which shows the number after it reversed)
_NUMBER_STARTS = frozenset("0123456789０１２３４５６７８９+＋(（\u202e")
# a digit in a circle or its kin, and more of them after it: a number's start, as the page scan reads one (scan._numbers)
_ENCLOSED_DIGITS_FIRST = re.compile(_STYLED_DIGIT + r"(?=[^\n]*" + _STYLED_DIGIT + ")")
_NUMBER_ENDS = frozenset([*"0123456789０１２３４５６７８９)）", *map(chr, normalize.STYLED_AS_ASCII)])


def words_reversed(words: tuple[str, ...]) -> str:
    """The alternation of `words` written backwards, to be matched at the start of the text before a number reversed: one
    anchored try instead of a search from each of its characters. A Latin word is whole: "Madrid:", "Frank:",
    "Telefono:" and "Showroom:" end in "id", "rank", "no" and "room", and the numbers after them were dropped; run into
    Chinese it is one ("币安UID：12345678")."""
    return "|".join(re.escape(word[::-1]) + (rf"(?!(?!{_CJK})[^\W\d_])" if word[0].isascii() and word[0].isalpha() else "")
                    for word in words)


# What an identifier is called before it, whatever its shape: an order's, a parcel's, a payment's, a staff member's or a
# person's (the page scan's words before a number that is none, among others of its own)
IDENTIFIER_WORDS = ("订单号", "订单编号", "单号", "快递单号", "运单号", "流水号", "交易号", "编号", "工号", "身份证", "id", "sku", "ref",
                    "invoice", "order", "tracking", "serial")
# Another kind of number, before digits written as one run as those are: a support desk's case and its receipts, an
# account's id, an invitation's code, a block's, a merchant's or a lottery's number ("Your MetaMask support request 12345678
# was received", "Binance UID: 12345678", "币安邀请码：12345678", "云闪付商户号：2208396417", "中奖号码 9641202" were numbers
# presented as the provider's, high risk; "Support request: 1-888-221-1161", grouped as a phone number is, stays one; not
# 账号, an account, which Alipay and WeChat name by a phone number)
OTHER_KINDS_OF_NUMBER = (
    "case", "ticket", "request", "reference", "confirmation", "receipt", "transaction", "txn", "tx", "booking", "order",
    "tracking", "serial", "routing", "uid", "pin", "account", "acct", "member", "membership", "referral", "invite", "invitation",
    "code", "block", "height", "工单", "工单号", "案件号", "受理号", "回执号", "邀请码", "推荐码", "邀请", "验证码", "口令", "区块",
    "区块高度", "商户号", "学号", "会员号", "卡号", "中奖号码", "开奖号码")


def kind_of_number_before_reversed(words: tuple[str, ...], *, after_others: bool = False) -> re.Pattern:
    """One of `words` at the end of the text before a number, read reversed, with "number(s)", "no." or "is" after it
    ("order number 5319487809", "reference no. …", "Your UID is …"); not a caller's ID, which is a phone number ("Caller ID:
    8882211161"). `after_others`: and other such numbers between, each a run of six digits or more ("OKX tx 5319487809
    5319487810", "order numbers 5319487809, 5319487810": the second was read as a phone number)."""
    others = r"(?:[ \t,，、]*\d{6,}(?!\d)[ \t]*)*" if after_others else ""  # (reversed: a separator, then a whole run)
    return re.compile(r"\s*" + others + r"[:：#]?\s*(?:si\s+)?(?:s?rebmun\s+|\.?s?on\s+)?(?:" + words_reversed(words)
                      + r")(?![\s-]*rellac)", re.IGNORECASE)


# A label that names a number of another kind, before the number's digits ("Binance UID: 12345678", "PayPal transaction ID
# 5319487809", "支付宝订单号：2024120722001": each was read as a phone number and its label, a mismatch, high risk)
_ANOTHER_KIND_OF_NUMBERS_LABEL_REVERSED = kind_of_number_before_reversed(
    tuple(dict.fromkeys(IDENTIFIER_WORDS + OTHER_KINDS_OF_NUMBER)))


# A person's number in payment words right before it: whom a transfer went to or came from, a seller's, a rider's, a
# landlord's, an account's or a top-up's number (the page scan's, and a label's here); not a call's "打给", "拨给"
_A_PERSONS_NUMBER_BEFORE = re.compile(
    r"(?:转账给|转给|付款给|汇款给|转账至|向|(?<![打拨撥])给|收到|来自|发红包人|红包来自|收款人|付款人|对方|"
    r"(?:卖家|买家|骑手|快递员|快递小哥|司机|房东|店主|老板|朋友|家人|同学)(?:的)?(?:电话|手机|手机号|号码|联系方式)?|"
    r"充值号码|充值手机号?|(?:绑定|实名|预留)的?手机号?码?|手机号码?|账号|账户|帐号"
    # ... and in English, where Zelle, Venmo and Cash App name people by their numbers ("Venmo me at 415-…", "sent $50 on
    # Venmo to 415-…", "received $20 from 415-…", "my PayPal account phone number is …", "My Venmo is …", "landlord's phone …"; not a
    # speaker's "my direct number", which a fake agent gives)
    r"|\b(?:me|him|her)\s+(?:at|on|via)|\bmy\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?(?:\s+account)?(?:(?:\s+phone)?\s+(?:number|phone))?"
    r"|\b(?:his|her)\s+(?:number|phone|cell|mobile)|\bto\s+my\s+(?:number|phone|cell|mobile)"
    r"|\b(?:sent|send|sending|paid|pay|paying|transferred|transfer)\b(?:\s+\S+){0,4}?\s+to|\breceived\b(?:\s+\S+){0,4}?\s+from"
    r"|\blinked\s+to|\b(?:landlord|seller|buyer|driver|friend|roommate)(?:'s)?(?:\s+(?:phone|number|cell))?)"
    r"(?:是|为|\s+is)?[ \t]*[:：]?[ \t]*$", re.IGNORECASE)
# A message sent to a number, which is a way to reach a line, not a payment's other party ("Send a text to 1-888-…")
_A_MESSAGE_SENT = re.compile(r"\b(?:texts?|messages?|sms|e-?mails?|mail|reply|replies|fax|codes?|dm)\b", re.IGNORECASE)
# The provider's own service or word between its name and a number: the number is given as its
THE_PROVIDERS_LINE = re.compile(r"客服|官方|人工|热线|服务电话|投诉|中心|专员|专线|团队|support|service|official|hotline|team|agent|"
                                r"representative|specialist|advisor|officer|department|desk", re.IGNORECASE)


def a_persons_number_before(text: str, start: int, end: int) -> bool:
    """Whether the words of `text` just before `end` (looked for from `start`) give the number after them as a person's in
    payment words (_A_PERSONS_NUMBER_BEFORE), not as one a message is sent to: the page scan's reading and a label's."""
    person = _A_PERSONS_NUMBER_BEFORE.search(text, start, end)
    return person is not None and not _A_MESSAGE_SENT.search(person.group(0))


def _gives_a_persons_number(label: str) -> bool:
    """Whether a number's label gives it as a person's in payment words ("Venmo me at", "My Venmo is", "用支付宝转账给朋友"):
    no claim to be the provider's line, as the page scan reads the same words."""
    return a_persons_number_before(label, 0, len(label)) and not THE_PROVIDERS_LINE.search(label)


# A question's first words before what it asks of ("Is Binance UID …"): no part of the number's label
_A_QUESTIONS_OPENING = re.compile(r"^(?:is|are|was|does|do|can|should|whose|what(?:'s| is)?)\s+(?:this|that|the|a|my)?\s*", re.IGNORECASE)


def _names_another_kind_of_number(index: RegistryIndex, label: str, number: str) -> bool:
    """Whether a number's label, or the words a question asks of it, names another kind of number (an id, an order's, a
    case's, a code's) before digits written as one run, as such numbers are; a short code of the registry's so labelled
    stays the line it is ("Alipay service code: 95188")."""
    number = unicodedata.normalize("NFKC", number)
    return number.isdigit() and number.isascii() and not _a_registry_short_code(index, number) \
        and _ANOTHER_KIND_OF_NUMBERS_LABEL_REVERSED.match(label[::-1]) is not None


def _remote_session_named(label: str) -> str | None:
    """The remote-access app or meeting service a number's label names (its name as written), or "meeting" for a meeting's
    number named without its service ("会议号", "Meeting ID"); None for any other label. Read as typed, then in its
    Simplified reading ("騰訊會議號", as Taiwan and Hong Kong write Tencent Meeting's number; 設備代碼 is listed as typed: 備 is
    not one of the characters the signals read in Simplified form)."""
    label = label.strip(" \t:：")
    found = _remote_session_label().fullmatch(label) or _remote_session_label().fullmatch(signals.simplify(label))
    return (found.group("service") or "meeting") if found else None


@cache
def _remote_session_label() -> re.Pattern:
    names = "|".join(re.escape(name) for name in links.remote_session_services())
    return re.compile(rf"(?P<service>{names})[ \t]*(id|号|号码|地址|address|识别码|設備代碼|设备代码|设备码|连接码|会议号|"
                      rf"meeting id|meeting number|personal meeting id)?|(会议号|会议id|meeting id|meeting number|识别码|設備代碼|设备代码|连接码)",
                      re.IGNORECASE)


def _labelled_number(value: str) -> re.Match | None:
    """`value` as a label and a number (see _LABELLED_NUMBER), where the number is one: not a messaging app's
    account ("WhatsApp: +1 …", "微信：95188": their readers take them), not an extension ("95188转2")."""
    if value[:1] in _NUMBER_STARTS and "人工" not in value:
        return None  # most values asked about, numbers, passed by on their first character
    value = value.strip()
    if value[-1:] in _A_SENTENCES_FULL_STOP and value[-2:-1].isdigit():
        value = value[:-1]  # ("Call us at +1 888 221 1161.": the sentence's stop, no part of the number)
    to_a_person = value.endswith(_TO_A_PERSON)
    if not value or (value[0] in _NUMBER_STARTS and not to_a_person) or not (value[-1] in _NUMBER_ENDS or to_a_person):
        return None  # most values: a number, an address or a name, spared the pattern
    if _ENCLOSED_DIGITS_FIRST.match(value):
        return None  # "⑨⑤188", "①⑧⑥-4237-5512": digits in circles begin the number, no label ("①拨打95188": a bullet, one)
    labelled = _LABELLED_NUMBER.fullmatch(value)
    if labelled is None or labelled.group("label").strip(" \t") in ("#", "＃") \
            or labelled.group("label").rstrip(" \t")[-1:] in _CURRENCY_SIGNS or not normalize.looks_like_phone(labelled.group("number")) \
            or links.social_handle(value) \
            or (value[:1] in _CHAT_APP_INITIALS and _CHAT_APP_BEFORE_NUMBER.fullmatch(value)) \
            or normalize.keypad_number(value) or normalize.DIAL_LINK.match(value) or canonical.APP_ID.fullmatch(value) \
            or _HOST_AND_ITS_PORT.fullmatch(value) or len(value) >= _SHORTEST_BANK_NUMBER and _a_bank_number(value):
        return None
    return labelled


# A web address's host and port, without its scheme ("paypal-login.com:8443", as a phishing text writes it): an address,
# not a number after its label
_HOST_AND_ITS_PORT = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*:\d{1,5}")


_A_SENTENCES_FULL_STOP = frozenset(".。!！")
# (an amount is no number: "… asked me to send them $500")
_CURRENCY_SIGNS = frozenset("$€£¥￥₹₩₱₦₫฿₽₴₺¢")


# "95188 支付宝", "+1-855-487-0092 coinbase", "1-888-221-1161 - PayPal support": a number copied with its label after it,
# as a list or a search result's line gives it (each was several words)
_NUMBER_THEN_ITS_LABEL = re.compile(_WRITTEN_NUMBER + r"[ \t]*(?:[-–—:：|,，•·][ \t]*)?(?P<label>(?:[^\d\n?？]|"
                                    + _DIGIT_IN_A_NAME + r"){2,40}?)[ \t]*")


def _number_with_its_label_after(index: RegistryIndex, value: str) -> re.Match | None:
    """`value` as a number and its label after it, where the label names a provider or a messaging platform, read as a
    label before it is (`_labelled_number`); other words after a number stay several words: no guess at what they say."""
    value = value.strip()
    if value[:1] not in _NUMBER_STARTS or value[-1:] in _NUMBER_ENDS:
        return None  # (most values asked about: a number, an address, a name)
    labelled = _NUMBER_THEN_ITS_LABEL.fullmatch(value)
    if labelled is None or not normalize.looks_like_phone(labelled.group("number")) or normalize.keypad_number(value):
        return None  # (nor a number spelled in letters, "1-877-FTC-HELP", whose letters name the FTC)
    label = labelled.group("label").lstrip(_MARKS_BEFORE_A_LABEL)  # ("+1 … 📞 PayPal support": the phone's sign is no name's)
    if _A_LINES_OWN_WORDS.fullmatch(label):
        return labelled  # "95188 客服电话", "1-888-221-1161 customer service", "1930 cyber crime helpline": what line it is
    named = index.resolve(label)
    # (a name in look-alike characters or misspelt too, as before a number: "1-888-221-1161 - Paypa1客服"; and a name the
    # registry does not hold before a line's own word, "400-820-1688 京东客服", "855-812-4430 Acme support", read as the same
    # label before the number is, where it was several words)
    return labelled if _messaging_platform_in(index, label) or (named and named.how in _A_NAME_IN_A_LABEL) \
        or _A_NAMES_LINE.fullmatch(label) else None


# A name of a few words and its line's word after it, as a label after a number gives an organisation the registry does
# not hold ("京东客服", "Acme Bank customer service"); not a sentence ("is not a real support": more words than a name;
# "我朋友给我的客服": a pronoun or a particle, which no company's name holds)
_A_NAMES_LINE = re.compile(
    r"(?:(?:(?![我你您他她它的给是了在])[^\W\d_]){1,8}|(?:[A-Za-z][\w&'.-]*[ \t]+){1,3})"
    r"(?:官方)?(?:客服电话|客服热线|客服|服务热线|人工客服|热线|投诉电话|客服電話|熱線|專線|"
    r"(?:customer (?:service|support|care)|support|help ?line|hotline)(?: (?:number|line|team))?)", re.IGNORECASE)


# The words a line's own label after its number is made of, which name no one and say what line it is
_A_LINES_OWN_WORDS = re.compile(
    r"(?:(?<![^\W\d_])(?:official|customer|service|care|support|help|helpline|hotline|phone|number|line|toll[- ]?free|"
    r"24/7|fraud|spam|cyber ?crime|report|reporting|complaints?|emergency|"
    # (and the kind of line a contact card or a call log says it is: "+1 (888) 221-1161 • Mobile")
    r"mobile|cell|home|work|main|fax|landline|iphone)(?![^\W\d_])"
    r"|官方|客服|人工|电话|電話|热线|熱線|专线|專線|投诉|投訴|举报|舉報|报警|報警|服务|服務|号码|號碼|全国|全國|统一|統一"
    r"|手机|手機|住宅|工作|座机|座機"
    r"|[ \t\-–—:：|,，()（）])+", re.IGNORECASE)


_IP_SHAPED = re.compile(r"(?=.*[.:])[0-9A-Fa-f:.]+(?:%\w+)?")  # digits, hex letters, dots and colons; a zone


def _ip_address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """192.168.1.1, ::1. (Written with a leading zero, "02.123.45.67", it is no address: a Belgian number is.)"""
    if not _IP_SHAPED.fullmatch(value):
        return None  # most values asked about (numbers, domains): spared the parser's exception, 2.4 µs
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


# What stands between numbers a page lists on one line ("95188 95017", "95188、95017", "95188 / 95017")
_BETWEEN_LISTED_NUMBERS = re.compile(r"\s*(?:[、/,，;；|]|或)\s*|\s+or\s+|\s+", re.IGNORECASE)
_BEFORE_A_PLUS = re.compile(r"\s*[、/,，;；|]?\s*(?=\+)")
# Between whole numbers a list gives: "+1 888 221 1161, 0800 368 7155", "400-820-1688 / 021-6888 1688", "… or …", "…或…"
_BETWEEN_WHOLE_NUMBERS = re.compile(r"\s*(?:[、/,，;；|]|\bor\b|或)\s*", re.IGNORECASE)
_SEPARATES_NUMBERS = frozenset("、/,，;；|或oO")  # (o for "or", looked for before the split)
_FEWEST_DIGITS_OF_A_LISTED_NUMBER = 7  # (not a city's code before a slash, "0221 / 1234567", which is one number)


def _several_numbers(index: RegistryIndex, value: str, region: str | None) -> list[str]:
    """The numbers a value lists, where it is more than one: two or more of the registry's short codes (of the region, where
    one is given) side by side, as the page scan splits them; two or more numbers each written with its country code
    ("+1 888 221 1161 +1 402 935 2050"); or whole numbers between a list's marks or "or" ("+1 888 221 1161, 0800 368
    7155"). Empty for one number, however written."""
    if value.count("+") > 1:
        pieces = [piece for piece in _BEFORE_A_PLUS.split(value) if piece]
        if len(pieces) > 1 and all(piece.startswith("+") and normalize.looks_like_phone(piece) for piece in pieces):
            return pieces
        return []
    if not _SEPARATES_NUMBERS.isdisjoint(value):
        # whole numbers in a list, each of its own country's form (it was "22 digits: longer than any phone number")
        pieces = _BETWEEN_WHOLE_NUMBERS.split(value.strip())
        if len(pieces) > 1 and all(normalize.looks_like_phone(piece) and sum(map(str.isdigit, piece)) >= _FEWEST_DIGITS_OF_A_LISTED_NUMBER
                                   for piece in pieces):
            return pieces
    if not value[:1].isdigit() or value.isdigit():
        return []  # (most numbers: digits alone)
    pieces = _BETWEEN_LISTED_NUMBERS.split(value)
    return pieces if normalize.registry_short_codes_side_by_side(index.short_codes, pieces, region.upper() if region else None) else []


# A voice menu's key written after a whole number, as a group of its own: "400-820-5555-1" (see _read_phone)
_KEY_AFTER_A_NUMBER = re.compile(r"(.*\d)[\s\-‐‑–—.·/]+(\d{1,2})")
# A messaging app whose accounts are phone numbers, named before one ("WhatsApp: +1 888 221 1161"): a chat with that
# number, as wa.me/<number> is. (WeChat's and Telegram's, whose accounts have names too, are social_handles.)
# (Zalo, Vietnam's: an account is its owner's phone number, "Zalo: 0987 654 321", as fake Binance hotlines give it)
# (and WhatsApp's and Viber's names as Russian and Ukrainian write them: "Ватсап: +7 …", "Вайбер")
_CHAT_APPS = {"whatsapp": "WhatsApp", "viber": "Viber", "signal": "Signal", "zalo": "Zalo",
              **dict.fromkeys(("ватсап", "ватсапп", "вотсап", "вотсапп", "вацап", "вацапп"), "WhatsApp"), "вайбер": "Viber"}
# (as written: the page scan reads them before a number too)
CHAT_APP_NAMES = r"whats\s?app|viber|signal|zalo|ватсапп?|вотсапп?|вацапп?|вайбер"
# the words that may stand between the app's name and its number: a word of its line ("WhatsApp support: +44 …",
# "WhatsApp客服：…"), and one that joins it to the number ("escribe por WhatsApp al +34 612 …", "message us on WhatsApp at
# +1 …", "WhatsApp unter +49 …", "sur WhatsApp au 06 …")
CHAT_APP_PREPOSITIONS = ("at", "on", "al", "au", "unter", "para", "pelo", "no", "to")
CHAT_APP_LABEL = r"(?:[ \t]*(?:support|customer service|number|contact|客服|号码|号))?" \
                 r"(?:[ \t]+(?:" + "|".join(CHAT_APP_PREPOSITIONS) + r"))?"
_CHAT_APP_BEFORE_NUMBER = re.compile(r"(?P<app>" + CHAT_APP_NAMES + r")" + CHAT_APP_LABEL + r"\s*[:：]?\s*(?P<number>[+(（\d].*)",
                                     re.IGNORECASE)
_CHAT_APP_INITIALS = frozenset("WwVvSsZzВв")  # (most values, numbers and addresses, are passed by on their first character)

# A call word and a messaging app's name together before a number, either first: "Tel/WhatsApp:", "WhatsApp/Call", "电话/微信："
_CALL_WORD = r"(?:call|tel|phone|mobile|mob|cell|电话|電話|手机|手機)"
_CHAT_NAME = r"(?:whats\s?app|viber|signal|zalo|微信|wechat|telegram|tg)"  # (not LINE's, whose accounts are no numbers)
_CALL_AND_CHAT_LABEL = re.compile(rf"\s*(?:{_CALL_WORD}\.?\s*/\s*({_CHAT_NAME})|({_CHAT_NAME})\s*/\s*{_CALL_WORD}\.?)\s*(?:[:：]\s*)?(?=[+(（\d])",
                                  re.IGNORECASE)

# An extension or voice-menu key after a number, as printed: "95017转2", "95188按2", "95017转2号键", "010-12345678
# 转8001", "1-888-221-1161 ext. 5", "… x5", "… #5", "…, press 2", "… then press 2", "… opt 3", "…, then 2", in brackets or not ("… (ext. 5)", "95188（转2）").
# (A key after a dash, "95188-2", is read with the number; see the menu option.)
# ... and the pauses a phone's contacts and tel: links write before the key: "+1-888-221-1161,,2", "…;ext=2", Android's
# "…p2" and "…w2" (each was "not a possible international number"); one comma only before a key of one or two digits, as
# "1,888,221,1161" groups its digits so
# (and in other languages: German's "Durchwahl", "DW", "App.", French's "poste", Spanish's "ext."/"anexo", Portuguese's
# "ramal", Italian's "interno")
_EXTENSION = re.compile(r"\s*,?\s*[(（]?\s*(?:转|轉|分机|分機|内线|按键|按鍵|按|再按|ext\.?|extension|x|#|(?:(?:then|and)\s+)?(?:press|option|opt\.?|dial)|then"
                        r"|durchwahl|dw\.?|app\.|apparat|poste|anexo|extensi[oó]n|ramal|interno"
                        r"|,(?=\d{1,2}$)|,{2,}|;(?:ext=)?|(?<=\d)[pPwW]{1,3})\s*(\d{1,6})"
                        r"\s*(?:号键|號鍵|键|鍵)?\s*[)）]?\s*$", re.IGNORECASE)
# (the characters its words begin with: a number with none of them, most numbers asked about, is spared the search, 2 µs)
_EXTENSION_WORDS_START = frozenset("转轉分内按再xX#eEpPoOdDtT,;wWaArRiI")


def _read_phone_with_extension(index, main: str, extension: str, request: CheckRequest, lang: str) -> tuple[_Candidate | None, str]:
    """The number before the extension, judged as itself; the extension said beside it. A short code's key
    is its menu option, as "95188-2" gives it."""
    if len(extension) <= 2 and (menu := _read_phone(index, f"{main.strip()}-{extension}", request, lang)[0]) \
            and (menu.interpretation or {}).get("basis") == "menu_option":
        return menu, ""
    candidate, problem = _read_phone(index, main, request, lang)
    return (_with_extension(candidate, extension) if candidate is not None else None), problem


def _with_extension(candidate: _Candidate, extension: str) -> _Candidate:
    """The number judged, and the extension or menu key written after it said beside it."""
    candidate.interpretation = {**(candidate.interpretation or {}), "extension": extension}
    candidate.extra_reasons.append(("extension", {"extension": extension, "value": candidate.display}))
    return candidate


def _a_number_in_pairs(candidate: _Candidate, key: str) -> bool:
    """`key` is the second of two groups peeled off the end as keys, and one of them has two digits: "01 7 42 00 95", a
    French number one digit short, is digits written in pairs, not 017 (Spain's INCIBE line) and the keys 42, 00 and 95,
    as it was read (official). A voice menu's keys one after another are one digit each ("400-820-5555-1-2")."""
    earlier = (candidate.interpretation or {}).get("extension")
    return earlier is not None and (len(earlier) > 1 or len(key) > 1)


def _read_as_a_valid_number(candidate: _Candidate | None) -> bool:
    return candidate is not None and bool((candidate.interpretation or {}).get("chosen", {}).get("valid"))


def _read_keypad_number(index, value: str, keypad: normalize.KeypadNumber, request: CheckRequest, lang: str) \
        -> tuple[_Candidate | None, str]:
    """A number advertised with letters ("1-877-FTC-HELP"), judged as the number its letters dial."""
    candidate, problem = _read_phone(index, keypad.dialled, request, lang, keypad=True)
    if candidate is not None:
        candidate.interpretation = {**(candidate.interpretation or {}), "keypad": value.strip()}
        said = {"value": value.strip()[:100], "dialled": candidate.display}
        candidate.extra_reasons.insert(0, ("letters_read_as_keypad_not_dialled", {**said, "not_dialled": keypad.not_dialled})
                                       if keypad.not_dialled else ("letters_read_as_keypad", said))
    return candidate, problem


def _read_app(index: RegistryIndex, app: normalize.AppInput) -> _Candidate:
    """An app, as its store page shows it: the store's own domain says nothing about whose app it is."""
    entries = index.channels_for("app", app.value)
    candidate = _Candidate("app", app.value, app.value, None, entries,
                           interpretation={"app": app.value, "name": app.name or None})
    if not any(entry.publishable for entry in entries):
        candidate.lookalike = _app_lookalike(index, app)
        if candidate.lookalike is None:
            candidate.extra_reasons.append(("app_not_listed", {"app": app.value}))
    return candidate


def _app_lookalike(index: RegistryIndex, app: normalize.AppInput) -> Lookalike | None:
    """An app named after a provider whose own apps the registry lists, and not one of them: a brand name
    in the app's name or package, as in a domain (trust-wallet-pro, com.trustwallet.fake, trvst-wallet).
    A provider with no app listed cannot be told from its own app, whose name is its brand. A browser extension is
    another product than a phone's app: one is judged against the provider's extensions alone (the Trust Wallet
    extension is no fake of its phone app; the registry lists MetaMask's extension, and not yet Trust Wallet's)."""
    return _named_after(index, app.name, "lookalike_app", ChannelKind.app, platform=_apps_store_judged_in(app.value), app=app.value)


_EXTENSION_STORES = frozenset({"chrome", "edge", "firefox"})


def _apps_store_judged_in(app: str) -> str | None:
    """The store an app is judged against the provider's listed apps in: an extension's own (see _app_lookalike), None for a
    phone app (any of its apps)."""
    store = app.split(":", 1)[0]
    return store if store in _EXTENSION_STORES else None


def _named_after(index: RegistryIndex, name: str, code: str, kind: ChannelKind, platform: str | None = None,
                 **params: str) -> Lookalike | None:
    """A look-alike (reason `code`, with `params`, the brand and the provider's own channels) when a name someone
    chose (an app's, an account's, a page's or an address's path) carries a provider's brand and the registry
    lists that provider's channels of the kind to name instead: without them its own cannot be told from a fake."""
    if (named := _brand_in_name(index, name)) is None:
        return None
    token, slug = named
    officials = _listed(index, slug, kind, platform)
    return Lookalike(code, slug, {**params, "brand": token, "officials": officials}) if officials else None


_NAME_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _the_brand_alone(name: str, brand: str) -> bool:
    """Whether an account's name is a provider's brand and nothing more ("@Binance", "Meta_Mask"): the provider's own
    account as like as not."""
    return _NAME_SEPARATORS.sub("", name.lower()) == brand


def _brand_in_name(index: RegistryIndex, name: str) -> tuple[str, str] | None:
    """(brand, provider) when a name someone chose (an app's, a mailbox's) carries a provider's brand, read as
    a domain's parts are: the brand inside a part, in look-alike characters, or one letter off, alone or glued to
    other words ("metamsklogin")."""
    parts = [part for part in _NAME_SEPARATORS.split(name.lower()) if part]
    if inside := _brand_inside(index, [parts], parts, None):
        return inside
    if found := _confusable_brand_inside(index, parts) or _misspelled_brand_inside(index, parts) \
            or _misspelled_brand_glued(index, parts):
        return found[1], found[2]
    return None


# An invoice or a money request sent through a payment service: the mail is the service's own, the note in it is
# whoever sent it (the FTC's commonest PayPal scam, "Geek Squad sent you an invoice … call +1 808 …")
_INVOICE_OR_REQUEST = re.compile(r"\b(invoices?|invoiced|(money|payment) requests?|requested (money|a payment|payment)|"
                                 r"request(ed|s)? (money|payment) from|seller'?s? note|note (from|to) (the )?(seller|customer))\b|"
                                 r"账单|發票|发票|收款请求|付款请求|请求付款|向你收款|向您收款|卖家备注|賣家備註", re.IGNORECASE)


def sent_through(provider, text: str) -> bool:
    """Whether mail from `provider`'s own address, as `text` tells of it, is an invoice or a money request someone
    sent through it (a payment service's: reason sent_through_provider, in a check and on a page)."""
    return provider.kind == "payment" and _INVOICE_OR_REQUEST.search(text) is not None


_NUMBER_TO_CALL = re.compile(r"\+?\(?\d[\d\s().-]{1,18}\d")


def without_ways_to_official_channels(index: RegistryIndex, red_flags: list, message: str, region: str | None,
                                      lang: str, links: Sequence = ()) -> list:
    """A number to call or a link that is a provider's own is no scam's way to its sender: "如有疑问请拨打95188",
    "call +86 571 95017" and "visit https://trustwallet.com/support" send the reader where they should go. The same
    signal further on is the flag then: "请访问 www.alipay.com。退款请点击 http://alipay-refund.cn". `links`: a page's
    (htmltext.Link), where what a link's text shows is not where it goes: its address is judged instead."""
    kept = []
    for flag in red_flags:
        for _ in range(_FURTHER_WAYS_READ):
            if flag is None or not _to_an_official_channel(index, flag, message, region, links):
                break
            flag = _next_of_its_kind(flag, message, lang)
        else:
            flag = None  # a provider's page linking its own site over and over: each link read, and none a scam's
        if flag is not None:
            kept.append(flag)
    return kept


_FURTHER_WAYS_READ = 8
_NEXT_WAY_REACH = 2_000  # characters


def _to_an_official_channel(index: RegistryIndex, flag, message: str, region: str | None, links: Sequence) -> bool:
    """A call's flag marks where the number begins, which is read from there; a link's is the address."""
    if flag.code == "call_back_number" and (number := _NUMBER_TO_CALL.search(message, flag.start, flag.end + 24)):
        written, at = number.group(0).strip(), number.start()
    elif flag.code == "link_in_message" and (address := _LINK_FLAGGED.search(flag.text)):
        written, at = address.group(0).rstrip(".,;:!?)"), flag.start + address.start()
    else:
        return False
    if link := next((link for link in links if link.start <= at < link.end), None):
        # "<a href=tel:+18445550123>1-888-221-1161</a>": PayPal's number shown, another dialled
        return check(index, CheckRequest(value=link.href, region=region), dressed=False).verdict == "official"
    if flag.code == "call_back_number":
        typed = normalize.read_phone(written, (region or "").upper() or None, index.short_codes)
        return any(_is_registered(index, reading) for reading in typed.readings)
    return check(index, CheckRequest(value=written, kind="url"), dressed=False).verdict == "official"


def _next_of_its_kind(flag, message: str, lang: str):
    """The same signal in the text after `flag`, as far as `_NEXT_WAY_REACH` (a page of a provider's own links read
    to its end each time cost a second on 2 MB; its links are each a finding of the scan anyway)."""
    definition = next(definition for definition in signals.vocabulary() if definition.code == flag.code)
    later = signals.find(message[flag.end:flag.end + _NEXT_WAY_REACH], lang=lang, vocabulary_=(definition,))
    return replace(later[0], start=later[0].start + flag.end, end=later[0].end + flag.end) if later else None


def _link_to_open(red_flags) -> str | None:
    """The address the first link flag shows, as written; None if none shows one ("让我点链接" tells of a link)."""
    for flag in red_flags:
        if flag.code == "link_in_message" and (address := _LINK_FLAGGED.search(flag.text)) \
                and _AN_ADDRESS_AMONG_WORDS.fullmatch(written := address.group(0).rstrip(".,;:!?)。，")):
            return written
    return None


def _number_to_call_back(red_flags, message: str) -> str | None:
    """The number the first number-to-call flag asks the reader to call, as written; None if no flag asks one."""
    for flag in red_flags:
        if flag.code == "call_back_number" and (number := _NUMBER_TO_CALL.search(message, flag.start, flag.end + 24)):
            return number.group(0).strip()
    return None


_LINK_FLAGGED = re.compile(r"\S+$")  # the flag's address: all of it, or the last word of "verify … at paypal.com"


def _listed(index: RegistryIndex, slug: str, kind: ChannelKind, platform: str | None = None) -> str:
    """A provider's published channels of a kind (social accounts: on one platform) as an answer lists them
    ("" when the registry lists none)."""
    return _memo(index, ("official_listed", slug, kind, platform),
                 lambda: ", ".join(channel.display for channel in _published(index, slug, kind, platform)))


def _published(index: RegistryIndex, slug: str, kind: ChannelKind, platform: str | None = None) -> list:
    """A provider's published channels of a kind (social accounts: on one platform, when it is given)."""
    return [channel for channel in index.providers[slug].channels if channel.kind is kind
            and (platform is None or channel.value.split(":", 1)[0] == platform)
            and any(e.publishable for e in index.channels_for(kind, channel.value) if e.provider.slug == slug)]


def _read_phone(index: RegistryIndex, value: str, request: CheckRequest, lang: str, homes: tuple[str, ...] = (), *,
                keypad: bool = False) -> tuple[_Candidate | None, str | _WrittenWithoutPlus]:
    """`homes`: the countries the claimed provider is one of. A number without its country code, checked without
    a region, is read in the one of them where it is valid: "400-820-5555" from a caller who says he is China
    Merchants Bank is the Chinese number, CMB's own, where it had been "give a region" beside CMB's list
    showing those very digits."""
    region = (request.region or "").upper() or None
    typed = normalize.read_phone(value, region, index.short_codes)
    if (port := _sms_service_port(index, typed, region, request)) is not None:
        return port, ""
    asked_in = None
    if region and not typed.international and not any(reading.valid for reading in typed.readings) \
            and (elsewhere := _registered_as_its_country_writes(index, value, typed)):
        # "0120-990-634" checked in the US is no number there (none begins with 0), and PayPay's as Japan writes it: a
        # number seen on a page of another country, read there (it was "a look-alike of PayPay's", high risk)
        asked_in, (_, region, typed) = region, elsewhere
    from_claim = None
    if region is None and not typed.readings and not typed.international and homes:
        at_home = ((home, normalize.read_phone(value, home, index.short_codes)) for home in homes)
        placed = [(home, reading) for home, reading in at_home if any(r.valid and r.region == home for r in reading.readings)]
        if len(placed) == 1:
            (from_claim, typed), = placed
            region = from_claim
    menu = _short_code_with_menu_option(index, typed, region, lang) or _short_code_with_area_code(index, typed, region, lang)
    if menu:
        return menu, ""
    if len(typed.groups) > 1 and len(typed.groups[-1]) <= 2 and len(typed.digits) <= normalize.MAX_PHONE_DIGITS \
            and not any(reading.valid for reading in typed.readings) and (keyed := _KEY_AFTER_A_NUMBER.fullmatch(value.strip())):
        # "400-820-5555-1", "1-888-221-1161-2": a whole number, then a key of its voice menu, as a short code's is
        # ("95188-2"); the digits together are no number, and were a look-alike of the very number they dial
        candidate, _ = _read_phone(index, keyed.group(1), request, lang, homes)
        if _read_as_a_valid_number(candidate) and not _a_number_in_pairs(candidate, keyed.group(2)):
            return _with_extension(candidate, keyed.group(2)), ""
    reordered = _shown_reordered(index, value, typed, region)
    if not typed.readings:
        hit = _reordered_lookalike(reordered, typed.digits) or _short_code_with_country_code(index, typed) \
            or _number_lookalike(index, typed.digits, typed.international, None)
        if hit:
            return _Candidate("phone", typed.digits, value, region, [], lookalike=hit), ""
        return None, typed.problem or "not a phone number"

    chosen, why, why_params = _choose_reading(index, typed, region)
    if region is None and not typed.international and why == "registered" and (owned := _published_entry(index, chosen)) \
            and (elsewhere := _dialled_as_another_number(index, typed, chosen)):
        return None, _WrittenWithoutPlus(owned, elsewhere, typed.digits, chosen.region)
    if region is None and not typed.international and why != "registered" and (
            there := _registered_as_its_country_writes(index, value, typed, trunk_digits=(0,), other_than=chosen.region)):
        # "1-800-419-0157", Google Pay India's toll-free number as India writes it, which a phone in the US dials as +1
        # 800-419-0157: it was "a look-alike of Google Pay's 1-800-419-0157", high risk, the same digits said one slip away
        return None, _WrittenWithoutPlus(there[0], (chosen,), typed.digits, there[1])
    if from_claim:
        why, why_params = "claimed_home", {"region": from_claim}
    elif asked_in:
        why, why_params = "written_in_its_country", {"region": region, "asked": asked_in}
    elif keypad and why == "international":  # the "+1" is ours, from the letters: "written with its country code" it was not
        why, why_params = "keypad", {}
    alternatives = [r for r in typed.readings if r is not chosen and r.valid]
    interpretation = {
        "chosen": _reading_public(chosen), "basis": why,
        "alternatives": [_reading_public(r) for r in alternatives],
        "deobfuscated": typed.deobfuscated,
    }
    said = [("reading_chosen", {"reading": _reading_text(chosen), "why": messages.WHY[why][lang].format(**why_params)})]
    written_elsewhere = None  # the official number the same digits are with another country code
    if why == "as_written_here":
        official = next(r for r in typed.readings if _is_registered(index, r))
        owned = _published_entry(index, official)
        said.append(("official_reading_elsewhere", {"value": _reading_text(chosen), "official": _reading_text(official),
                                                    "provider": provider_name(owned.provider, lang), "region": region}))
        written_elsewhere = Lookalike("lookalike_number_country", owned.provider.slug,
                                      {"value": _reading_text(chosen), "official": owned.channel.display})
    if typed.deobfuscated:
        said.append(("letters_read_as_digits", {"value": value.strip()[:100]}))
        # (what a phone makes of the letters, pasted or tapped: see link_letters_dialled_on_keypad)
        said.append(("letters_dialled_on_keypad_if_pasted", {"dialled": normalize.dialled_on_a_keypad(value.strip()[:100])}))
    if typed.retired_prefix:
        said.append(("retired_prefix_left_out", {"value": value.strip()[:100], "prefix": typed.retired_prefix}))
    if typed.carrier_placeholder:
        said.append(("carrier_placeholder_read_in_brazil", {"value": value.strip()[:100]}))
    if alternatives and why != "as_written_here":
        said.append(("reading_alternatives", {"alternatives": ", ".join(_reading_text(r) for r in alternatives)}))
    entries = index.channels_for(chosen.kind, chosen.value)
    lookalike = None
    if written_elsewhere:
        lookalike = written_elsewhere
    elif not any(entry.publishable for entry in entries):
        lookalike = _short_code_with_country_code(index, typed) or _number_lookalike(index, typed.digits, typed.international, chosen)
        if lookalike and lookalike.code == "near_short_code":  # told, not judged (see _number_lookalike)
            said.append((lookalike.code, {**lookalike.params, "provider": provider_name(index.providers[lookalike.slug], lang)}))
            lookalike = None
        if lookalike and any(entry.provider.slug == lookalike.slug for entry in entries):
            # A source names this very number as that provider's (unverified, so not published): calling it a
            # look-alike of the provider's own channel would contradict the registry; the answer says it is
            # unverified instead (0571-95188, said to be how Alipay's 95188 is reached from abroad).
            lookalike = None
        lookalike = _reordered_lookalike(reordered, _reading_text(chosen)) or lookalike
    if reordered:
        interpretation["shown_as"] = reordered[0]
        if lookalike is None or lookalike.code != "reordered_number":
            said.append(("reordered_number_shown", {"value": _reading_text(chosen), "shown": reordered[0]}))
    return _Candidate(chosen.kind, chosen.value, _reading_text(chosen), chosen.region, entries, lookalike=lookalike,
                      interpretation=interpretation, extra_reasons=said), ""


def _shown_reordered(index: RegistryIndex, value: str, typed: normalize.PhoneInput, region: str | None) \
        -> tuple[str, ChannelEntry | None] | None:
    """What a page shows of a number a right-to-left override reorders, where it is not what the number dials:
    the number shown and, where it is a published channel, its entry ("95\u202e881" shows Alipay's 95188)."""
    shown = normalize.as_shown(value)
    if shown is None:
        return None
    seen = normalize.read_phone(shown, region, index.short_codes)
    if seen.digits == typed.digits:
        return None
    if not seen.readings:
        return seen.digits, None
    reading, _, _ = _choose_reading(index, seen, region)
    return _reading_text(reading), next((e for e in index.channels_for(reading.kind, reading.value) if e.publishable), None)


def _reordered_lookalike(reordered: tuple[str, ChannelEntry | None] | None, dialled: str) -> Lookalike | None:
    """A number shown as a published channel that dials another: the look-alike a reader cannot see."""
    if not reordered or reordered[1] is None:
        return None
    entry = reordered[1]
    return Lookalike("reordered_number", entry.provider.slug, {"value": dialled, "official": entry.channel.display})


def _choose_reading(index: RegistryIndex, typed: normalize.PhoneInput, region: str | None) -> tuple[normalize.PhoneReading, str, dict]:
    """The reading a check goes on, and why (a key of messages.WHY, with its parameters): one the registry
    lists, else as typed with its country code, else as the typed grouping says, else a short code, else a
    valid one."""
    readings = typed.readings
    registered = [r for r in readings if _is_registered(index, r)]
    scammy = [r for r in readings if (r.kind, r.value) in index.scams]
    if registered and (written_here := _as_written_in_the_region(typed, registered[0], region)):
        return written_here, "as_written_here", {"region": region}
    if registered or scammy:
        return (registered or scammy)[0], "registered", {}
    if typed.international:
        return readings[0], "international", {}
    if len(readings) == 1:  # most numbers: nothing to choose between
        return readings[0], "only", {}
    if grouped := [r for r in readings if r.grouping_matches and r.valid and r.kind == "phone"]:
        return grouped[0], "grouping", {"region": grouped[0].region}
    if shorts := [r for r in readings if r.kind == "short_code"]:
        return shorts[0], "short_code", {"digits": shorts[0].digits, "region": shorts[0].region}
    if valid := [r for r in readings if r.valid]:
        return valid[0], *(("region", {"region": region}) if valid[0].basis == "region" else ("only", {}))
    return readings[0], "only", {}


def _registered_as_its_country_writes(index: RegistryIndex, value: str, typed: normalize.PhoneInput, *,
                                      trunk_digits: tuple[int, ...] = (1, 2), other_than: str | None = None) \
        -> tuple[ChannelEntry, str, normalize.PhoneInput] | None:
    """(the entry, its region, the number read there) for digits that are a published number of the registry written as
    its country writes it: with the trunk prefix a phone there dials, of `trunk_digits` digits ("0120-990-634", "0 805
    805 817", a number that is none in the region asked), or with none (`trunk_digits=(0,)`: "1-800-419-0157", Google Pay
    India's, which is another number in the US); in a region `other_than` the one given."""
    published = _memo(index, ("published_national_digits",), lambda: _published_by_national_digits(index))
    for entry in (entry for extra in trunk_digits for entry in published.get(typed.digits[extra:], ())):
        home = normalize.region_of_e164(entry.channel.value)
        if home is None or home == other_than:
            continue
        there = normalize.read_phone(value, home, index.short_codes)
        if any(reading.value == entry.channel.value and reading.valid for reading in there.readings):
            return entry, home, there
    return None


def _published_by_national_digits(index: RegistryIndex) -> dict[str, list[ChannelEntry]]:
    table: dict[str, list[ChannelEntry]] = {}
    for national, entry in zip(index.number_digits, index.number_entries):
        if entry.channel.kind is ChannelKind.phone and entry.publishable:
            table.setdefault(national, []).append(entry)
    return table


def _is_registered(index: RegistryIndex, reading: normalize.PhoneReading) -> bool:
    """Whether the registry publishes a channel, any provider's, for this reading of a number."""
    return _published_entry(index, reading) is not None


def _published_entry(index: RegistryIndex, reading: normalize.PhoneReading) -> ChannelEntry | None:
    """The first channel the registry publishes, any provider's, for this reading of a number."""
    return next((entry for entry in index.channels_for(reading.kind, reading.value) if entry.publishable), None)


def _as_written_in_the_region(typed: normalize.PhoneInput, registered: normalize.PhoneReading, region: str | None) \
        -> normalize.PhoneReading | None:
    """The number as written in the region given, where a phone there dials those very digits and the registered
    reading is of another country that the writing does not show: "18882211161" or "188 8221 1161" in CN is a
    Chinese mobile, and no caller ID shows PayPal's +1 888 221 1161 so. "1-888-221-1161" is written the North
    American way, and stays PayPal's; "8444322275" in GB is no British number as written (one is dialled 0844…)."""
    if region is None or registered.region == region or registered.grouping_matches:
        return None
    local = next((r for r in typed.readings if r.basis == "region" and r.valid and r.kind == "phone"), None)
    return local if local is not None and normalize.dialled_in_its_region(local) == typed.digits else None


_DIGIT_RUN = re.compile(r"\d+")


class _WrittenWithoutPlus(NamedTuple):
    """Why `_read_phone` reads no number: a registered one written without its '+', checked without a region,
    whose digits a phone elsewhere dials as another number. Its answer names both."""

    official: ChannelEntry
    elsewhere: tuple[normalize.PhoneReading, ...]
    digits: str  # as written
    region: str  # of the registered reading


def _dialled_as_another_number(index: RegistryIndex, typed: normalize.PhoneInput, registered: normalize.PhoneReading) \
        -> tuple[normalize.PhoneReading, ...]:
    """For a registered number written without its '+' and checked without a region: the readings of the
    regions where a phone dials these very digits as another number. "18882211161" is PayPal's +1 888 221 1161
    written with its country code and no '+', or the Chinese mobile +86 188 8221 1161 that a phone in China
    dials; which it is depends on where it was seen, and the Chinese one is not PayPal's. Written the way the
    registered number's country groups it ("1-888-221-1161", "(888) 221-1161") or as the registry shows it, from
    its provider's page ("(852) 277 95533"), it is that number, as in `_as_written_in_the_region`."""
    if registered.kind != "phone" or registered.grouping_matches \
            or normalize.grouped_as_its_country_writes(registered, typed.groups) \
            or (len(typed.groups) > 1 and any(tuple(_DIGIT_RUN.findall(entry.channel.display)) == typed.groups
                                              for entry in index.channels_for(registered.kind, registered.value))):
        return ()
    return tuple(reading for reading in normalize.dialled_as_written(typed.digits) if reading.value != registered.value)


def _short_code_with_menu_option(index, typed: normalize.PhoneInput, region: str | None, lang: str) -> _Candidate | None:
    """'95017-2' is 95017 and then key 2 of its voice menu, as providers print it, not a longer number."""
    if typed.international or len(typed.groups) < 2 or sum(map(len, typed.groups[1:])) > 2:
        return None
    for code in index.short_codes:
        code_region, digits = code.split(":")
        if typed.groups[0] == digits and region in (None, code_region):
            why = messages.WHY["menu_option"][lang].format(digits=digits, region=code_region)
            return _short_code_read_so(index, typed, code, "menu_option", why, code, menu_option="".join(typed.groups[1:]))
    return None


def _short_code_read_so(index, typed: normalize.PhoneInput, code: str, basis: str, why: str, shown: str, **said) -> _Candidate:
    """A registry short code (REGION:DIGITS) that a number typed otherwise is read as, with `basis` and what
    else the interpretation says of it (`said`): a voice-menu key after it, an area code before it."""
    code_region, digits = code.split(":")
    reading = normalize.PhoneReading("short_code", code, code_region, True, "short_code", national=digits)
    return _Candidate("short_code", code, digits, code_region, index.channels_for("short_code", code), interpretation={
        "chosen": _reading_public(reading), "basis": basis, "alternatives": [], **said, "deobfuscated": typed.deobfuscated,
    }, extra_reasons=[("reading_chosen", {"reading": shown, "why": why})])


def _short_code_with_area_code(index, typed: normalize.PhoneInput, region: str | None, lang: str) -> _Candidate | None:
    """'025-96110' and '+86 10 95566': a Chinese short code with an area code before it, where the short
    code's own sources say it is dialled or shown so (the police's 96110 calls show "电话区号+96110"; Bank of
    China prints "+86(区号)95566(中国境外)"). Elsewhere the area code stays digits added, a look-alike: ICBC
    and CCB warn that fake base stations send as "地区号95588" and area code + 95533. Not a longer number: a
    Chinese landline's local part has seven or eight digits, never five."""
    digits = typed.digits
    if typed.international:
        national = digits[2:] if digits.startswith("86") else None
    else:
        national = digits[1:] if digits.startswith("0") and region in (None, "CN") else None
    if not national or not 7 <= len(national) <= 8:
        return None
    area, code = national[:-5], national[-5:]
    if not _a_chinese_city_area_code(area) or f"CN:{code}" not in _dialled_with_area_code(index):
        return None
    why = messages.WHY["area_code_form"][lang].format(digits=code, area=area)
    return _short_code_read_so(index, typed, f"CN:{code}", "area_code_form", why, f"{code} (CN)", area_code=area)


def _dialled_with_area_code(index: RegistryIndex) -> frozenset[str]:
    """The Chinese short codes that an excerpt of their own evidence, of a confidence we publish, gives with an
    area code (区号)."""
    return _memo(index, ("dialled_with_area_code",), lambda: frozenset(
        code for code in index.short_codes if code.startswith("CN:") and any(
            ("区号" in evidence.excerpt or "區號" in evidence.excerpt) and evidence.confidence.publishable
            for entry in index.channels_for("short_code", code) for evidence in entry.channel.evidence)))


# China's carriers give businesses numbers beginning 106 to send texts from (10655…, 10657…, 10659…, 10690…, up to
# 20 digits with the sender's own extension: m.lexinchina.com/hangyedongtai/754.html). Written without the 0 of
# 010 they are no Beijing landline, which phonenumbers reads "1069…" as, and they take no calls. Banks, shops and
# their SMS agents all send from them: such a number says nothing about who sent a text.
_SMS_SERVICE_PORT = re.compile(r"106\d{5,17}")


def _sms_service_port(index: RegistryIndex, typed: normalize.PhoneInput, region: str | None,
                      request: CheckRequest) -> _Candidate | None:
    """A Chinese SMS service number (106…), judged as the registry's short code it may be: never a phone number.
    A provider claimed for it is neither confirmed nor refused unless the registry lists the number as another's:
    providers publish their short codes, seldom the ports their texts come from."""
    # (most numbers checked are none: told apart by their first digits before anything else is done for them)
    if typed.international:
        # shown with China's code, as a phone abroad shows a text from one ("+86 10690953318"): the port, where the
        # digits are no valid Chinese number (+86 10 6909 5331 is a Beijing landline)
        if not typed.digits.startswith("86106") or any(reading.valid for reading in typed.readings):
            return None
        digits = typed.digits[2:]
    elif region in (None, "CN") and typed.digits.startswith("106"):
        digits = typed.digits
    else:
        return None
    if not _SMS_SERVICE_PORT.fullmatch(digits):
        return None
    value = f"CN:{digits}"
    claim = index.resolve(request.claimed_provider) if request.claimed_provider else None
    return _Candidate("short_code", value, digits, "CN", index.channels_for(ChannelKind.short_code, value),
                      interpretation={"chosen": {"kind": "short_code", "value": value, "region": "CN", "valid": True,
                                                 "basis": "sms_service_port"},
                                      "basis": "sms_service_port", "alternatives": [], "deobfuscated": typed.deobfuscated},
                      extra_reasons=[("sms_service_port", {"value": digits})],
                      unknown_reason=("sms_port_not_listed", {"value": digits}),
                      listed_for=claim.slug if claim else None)


_ADDRESS_IN_A_NAME = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _shown_address_of_another(index: RegistryIndex, sender: normalize.Sender, *, today: dt.date) -> tuple[str, str] | None:
    """The official address a sender's display name shows, and its provider, where the mail comes from an
    address that is not that provider's."""
    shown = _ADDRESS_IN_A_NAME.search(sender.name)
    if shown is None or shown.group(0).lower() == sender.address.lower():
        return None
    owner = check(index, CheckRequest(value=shown.group(0), kind="email"), today=today, dressed=False)
    if owner.verdict != "official" or not owner.provider:
        return None
    sent_from = check(index, CheckRequest(value=sender.address, kind="email"), today=today, dressed=False)
    if sent_from.verdict == "official" and (sent_from.provider or {}).get("slug") == owner.provider["slug"]:
        return None  # '"service@paypal.com" <service@intl.paypal.com>': PayPal's either way
    return shown.group(0), owner.provider["slug"]


# Beijing's 10, the 2x of the great cities, and three digits from 3 to 9 for the rest (0 dropped, as after +86)
_CHINESE_AREA_CODE = re.compile(r"10|2\d|[3-9]\d\d")
# (a local number of each length a city's may have: phonenumbers reads a landline's type from its area code)
_LOCAL_NUMBERS = ("62345678", "6234567")


@lru_cache(maxsize=1024)
def _a_chinese_city_area_code(area: str) -> bool:
    """An area code a Chinese city's landlines have, as phonenumbers' metadata knows them: not 400 and 800, which
    begin the nationwide numbers companies rent and are no city's ("0800 95566", 95566 read behind one, was Bank of
    China's own number, official, where China dials no such number), nor codes no city has (026, 300, 600)."""
    if not _CHINESE_AREA_CODE.fullmatch(area):
        return False
    for local in _LOCAL_NUMBERS:
        number = phonenumbers.parse(f"+86{area}{local}")
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
                phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return True
    return False


def _short_code_with_country_code(index: RegistryIndex, typed: normalize.PhoneInput) -> Lookalike | None:
    """"+86 110", "+86 95188", as a call from abroad shows them: a short code has no international form. (Other
    digits added to a short code are _number_lookalike's.)"""
    if not typed.international:
        return None
    found = _short_codes_by_international_digits(index).get(typed.digits)
    if found is None:
        return None
    calling_code, entry = found
    return Lookalike("lookalike_short_code_international", entry.provider.slug,
                     {"value": f"+{calling_code} {typed.digits[len(calling_code):]}", "official": entry.channel.display})


def _short_codes_by_international_digits(index: RegistryIndex) -> dict[str, tuple[str, ChannelEntry]]:
    """Each published short code's digits behind its country's calling code ("8695188": CN:95188), built once per
    index: a check of a number written with its country code looks it up instead of asking phonenumbers."""
    def build() -> dict[str, tuple[str, ChannelEntry]]:
        table = {}
        for code in sorted(index.short_codes):
            region, digits = code.split(":", 1)
            calling_code = str(phonenumbers.country_code_for_region(region) or "")
            published = [entry for entry in index.channels_for(ChannelKind.short_code, code) if entry.publishable]
            if calling_code != "0" and calling_code and published:
                table.setdefault(calling_code + digits, (calling_code, published[0]))
        return table
    return _memo(index, ("short_codes_by_international_digits",), build)


def _behind_a_chinese_area_code(digits: str, official: str, entry: ChannelEntry) -> bool:
    """"+86 755 95017": a Chinese short code behind the country code and a city's three-digit area code, five digits
    added where "0755-95017", written at home, adds four (a city's local number has seven or eight digits, never
    five, so the two are the short code made longer, whichever way it is written)."""
    return entry.channel.value.startswith("CN:") and digits.startswith("86") \
        and bool(_CHINESE_AREA_CODE.fullmatch(digits[2:len(digits) - len(official)]))


def _number_lookalike(index: RegistryIndex, digits: str, international: bool,
                      reading: normalize.PhoneReading | None) -> Lookalike | None:
    """Why a number that is no published channel looks like one, or None; memoised per number read, as
    `domain_lookalike` is per host (the near-miss search among the registry's numbers is most of a warm check of a
    number). The key holds the reading's strings, not the reading, so that it stays a flat tuple too."""
    key = (digits, international) if reading is None else \
        (digits, international, reading.kind, reading.value, reading.region, reading.valid, reading.national)
    return _memoised_lookalike(index.number_memo, key, lambda: _find_number_lookalike(index, digits, international, reading))


def _find_number_lookalike(index: RegistryIndex, digits: str, international: bool, reading) -> Lookalike | None:
    long_codes = _memo(index, ("long_short_codes",), lambda: [
        (official, index.number_entries[position]) for position, official in enumerate(index.number_digits)
        if index.number_entries[position].channel.kind is ChannelKind.short_code and len(official) >= NUMBER_NEAR_MISS_MIN_DIGITS
    ])
    for official, entry in long_codes:
        if official not in digits:
            continue
        if digits == official and not international:
            continue
        extra = len(digits) - len(official)
        if (digits.startswith(official) and (extra > 0 or international)) or (digits.endswith(official) and (
                0 < extra <= 4 or international and _behind_a_chinese_area_code(digits, official, entry))):
            return Lookalike("lookalike_short_code_extended", entry.provider.slug, {"value": digits, "official": entry.channel.display})
    if reading is None or len(reading.digits) < NUMBER_NEAR_MISS_MIN_DIGITS:
        return None
    national = reading.national
    choices, positions = _of_length_near(index, "number_digits", len(national), 1)
    # (two digits side by side swapped count as one slip, as a digit changed does: PayPal's 1-888-221-1161 as "…1116")
    best = process.extractOne(national, choices, scorer=OSA.distance, score_cutoff=1) if choices else None
    if best is None:
        return None
    _, distance, nearby = best
    position = positions[nearby]
    entry = index.number_entries[position]
    if len(index.number_digits[position]) < NUMBER_NEAR_MISS_MIN_DIGITS:
        return None
    if distance == 1 and index.number_digits[position] == digits and entry.channel.kind is ChannelKind.phone:
        # the digits as written are the official's as its country writes them, which this reading dials as another line:
        # Google Pay India's 1-800-419-0157 read in the US is +1 800-419-0157, the same digits, not "one slip away"
        return Lookalike("lookalike_number_country", entry.provider.slug, {"value": _reading_text(reading), "official": entry.channel.display})
    if distance == 1:
        if entry.channel.kind is ChannelKind.short_code:
            # Short codes come from ranges given out whole (95xxx and 123xx in China): one digit from Alipay's
            # 95188 and the 12315 hotline are ICBC's 95588 and the 12345 government line. So one digit off a
            # short code is said beside the verdict ("if you meant Alipay, call 95188"), not a look-alike.
            return Lookalike("near_short_code", entry.provider.slug, {"value": _reading_text(reading), "official": entry.channel.display})
        return Lookalike("lookalike_number_near", entry.provider.slug, {"value": _reading_text(reading), "official": entry.channel.display})
    # (the same digits in another country, where they are a number: "0120-990-634" read in the US is no number at all,
    # PayPay's Japanese line written as Japan writes it, not one made to look like it)
    if entry.channel.value != reading.value and entry.channel.kind is ChannelKind.phone and reading.valid:
        return Lookalike("lookalike_number_country", entry.provider.slug, {"value": _reading_text(reading), "official": entry.channel.display})
    return None


MAX_LINKS_INSIDE_LINKS = 3


def _read_domain(index: RegistryIndex, value: str, request: CheckRequest, lang: str) -> tuple[_Candidate | None, str]:
    address = value
    # The links that send the reader on to the next address, outermost first: (reason, its params' "who").
    hops: list[tuple[str, dict]] = []
    interpretation: dict = {}
    while True:
        if len(hops) > MAX_LINKS_INSIDE_LINKS:
            return None, "a link inside links, too deep to follow"
        if wallet := links.scheme_wallet_link(address):
            # a wallet's own scheme that no web link shares its routes with (imtokenv2://navigate/DappView?url=…)
            address = _through_a_wallet(index, wallet, hops, interpretation, lang)
            continue
        if manifest := ios_install_manifest(address):
            # an iPhone app installed from a site, not the App Store: the site the manifest is on is what is trusted
            hops.append(("ios_install_link", {"service": "iPhone app install"}))
            interpretation.setdefault("app_file", manifest.rsplit("/", 1)[-1].split("?", 1)[0][:120])
            address = manifest
            continue
        if intent := android_intent(address):
            # an Android intent that opens a site in a browser (a page's way out of an app's own browser): the site it opens
            # is what is trusted, or the fallback it names where that is another and no provider's (it opens where the
            # browser is missing)
            opened, fallback = intent
            address = _onward(index, hops, ("android_intent", {"service": "Android intent"}), opened,
                              (fallback,) if fallback else (), "android_intent_fallback")
            continue
        try:
            # a wallet's own scheme (trust://open_url?url=…) is the wallet's web link with the same route
            typed = normalize.read_domain(links.as_web_link(address) or address)
        except normalize.IpAddressHost as site:
            candidate, problem = _read_email_at_ip_address(index, site) if site.mailbox else _read_ip_site(index, site)
            return _after_hops(candidate, problem, hops, interpretation, host=site.address, shown=site.address)
        except normalize.CharacterLookalikeInHost as disguised:
            return _after_hops(_read_lookalike_character(index, address, disguised), "", hops, interpretation,
                               host=disguised.shown, shown=disguised.shown)
        except normalize.NotADomain as error:
            if not hops:
                return None, str(error)
            name = _hop_name(hops[-1])
            return None, f"{'an' if name[:1] in 'AEIOUaeiou' else 'a'} {name} link that opens something other than a web " \
                         f"address ({error})"
        if not links.on_a_shapes_host(typed):  # nearly every address: no chat, account or link inside to read
            break
        # what the links before it sent the reader on to, as they would read it: "wa.me/8613800138000"
        hopped = [(reason, {**who, "target": typed.unicode_host + typed.path}) for reason, who in hops]
        found = None
        if chat := links.chat_number(typed):
            found = _read_chat_number(index, chat, hopped, request, lang)
            if found is None and not chat.shared_with_invites:
                # (wa.me/<digits> opens a chat with that number or none: it was "wa.me is not in our registry", WhatsApp's
                # own link judged as a site; Telegram's t.me/+<digits> may be a group's invite, and is judged as an address)
                return None, f"a {chat.service} chat link to +{chat.number}, which is not a possible phone number: it opens no chat"
        if found is None and (profile := links.social_profile(typed)):
            found = _read_social_profile(index, profile, hopped, lang)
        if found is not None:
            if hops:
                found.interpretation = {**found.interpretation, **interpretation, "opens": typed.host}
            return found, ""
        # A wallet's link to open a site in its own browser, a search engine's or a mail filter's link that
        # sends the reader on: the address opened is what the reader is asked to trust.
        if wallet := links.wallet_link(typed):
            address = _through_a_wallet(index, wallet, hops, interpretation, lang)
            continue
        if (redirect := links.redirect(typed)) is None:
            break
        interpretation.setdefault("redirect", redirect.service)
        if redirect.target is None:  # the address is encrypted in it: judged as the service's, saying so
            hops.append(("redirect_hidden", {"service": redirect.named(lang)}))
            interpretation["opens"] = None
            if named := _short_link_named_after(index, typed, redirect.named(lang)):
                return _after_hops(named, "", hops[:-1], interpretation, host=typed.host, shown=typed.unicode_host)
            break
        # (Proofpoint's "urldefense.com/v3/__https://www.paypal.com%2F@evil.com__;…", decoded, read PayPal's site)
        address = _onward(index, hops, (redirect.reason, {"service": redirect.named(lang)}), redirect.target,
                          redirect.other_readings, "redirect_read_two_ways")
    candidate, problem = _read_typed_domain(index, typed, lang)
    return _after_hops(candidate, problem, hops, interpretation, host=typed.host, shown=typed.unicode_host)


# A link that installs an iPhone app outside the App Store, as in-house ("enterprise") and ad-hoc builds are handed out:
# "itms-services://?action=download-manifest&url=https://…/app.plist", the way fake wallet and investment apps reach
# iPhones (it was "itms-services: addresses are not web addresses")
_IOS_INSTALL_LINK = re.compile(r"\s*itms-services://\?(?P<query>\S+)\s*", re.IGNORECASE)


# An Android intent link, as Chrome reads one: "intent://HOST/PATH#Intent;scheme=https;package=…;S.browser_fallback_url=…;end"
# (https://developer.chrome.com/docs/android/intents), which pages use to open a site in the phone's browser from an app's
# own (it was "intent: addresses are not web addresses", and no finding on a page)
_ANDROID_INTENT = re.compile(r"\s*intent://(?P<rest>[^#\s]*)#Intent;(?P<extras>[^#\s]*?);?end;?\s*", re.IGNORECASE)


def android_intent(address: str) -> tuple[str, str | None] | None:
    """(the web address an Android intent link opens, its fallback address or None), where it opens a site (its scheme
    http or https); None for any other address, and for an intent that opens an app of its own scheme."""
    if address[:1] not in "iI \t" or (link := _ANDROID_INTENT.fullmatch(address)) is None:
        return None
    extras = dict(extra.partition("=")[::2] for extra in link.group("extras").split(";"))
    if extras.get("scheme", "").lower() not in ("http", "https"):
        return None
    return f"{extras['scheme'].lower()}://{link.group('rest')}", unquote(extras.get("S.browser_fallback_url", "")).strip() or None


def ios_install_manifest(address: str) -> str | None:
    """The address of the app's manifest an iPhone install link downloads, or None."""
    if address[:1] not in "iI \t" or (link := _IOS_INSTALL_LINK.fullmatch(address)) is None:
        return None
    query = dict(parse_qsl(link.group("query")))
    return query.get("url") if query.get("action") == "download-manifest" and query.get("url") else None


def _through_a_wallet(index: RegistryIndex, wallet: links.WalletLink, hops: list[tuple[str, dict]], interpretation: dict,
                      lang: str) -> str:
    """The site a wallet's link opens, its hops added to `hops`."""
    # ("metamask.app.link/dapp/metamask.io%2F@evil.com" was MetaMask's own site, official: decoded, the link reads
    # metamask.io/@evil.com, but MetaMask's app opens it as written, and a browser so goes to evil.com; a query's
    # "url=https://trustwallet.com%252F@evil.com", decoded twice, was Trust Wallet's, where its app decodes it once)
    return _onward(index, hops, _opened_by_a_wallet(index, wallet, interpretation, lang), wallet.target, wallet.other_readings,
                   "wallet_link_read_two_ways")


def _onward(index: RegistryIndex, hops: list[tuple[str, dict]], hop: tuple[str, dict], target: str,
            other_readings: tuple[str, ...], read_two_ways: str) -> str:
    """The address a link sends the reader on to, its hop added to `hops`: `target`, or the other reading of it that is
    another site and no provider's (`_the_other_site`), said so by the reason `read_two_ways`."""
    hops.append(hop)
    if other_readings and (other := _the_other_site(index, target, other_readings)):
        hops.append((read_two_ways, {**hop[1], "other": other[1]}))
        return other[0]
    return target


def _the_other_site(index: RegistryIndex, target: str, other_readings: tuple[str, ...]) -> tuple[str, str] | None:
    """Where a link's site is a provider's as decoded and reads as another site that is none the way its app or service
    may read it (`links.WalletLink.other_readings`, `links.Redirect.other_readings`): (that reading, the provider's host),
    to be judged, as whatever opened the link may open it. None where every reading is the provider's site, or none is."""
    try:
        host = normalize.read_domain(target).host
    except normalize.NotADomain:
        return None  # (the decoded one is judged, and said to be no address)
    if not index.channels_for_host("website", host):
        return None  # (no provider's: judged as it is)
    for reading in other_readings:
        try:
            other = normalize.read_domain(reading).host
        except normalize.IpAddressHost as site:
            other = site.address
        except normalize.NotADomain:
            continue  # ("https%3A%2F%2Fevil.top" as written is no address: the app opens none)
        if other != host and not index.channels_for_host("website", other):
            return reading, host
    return None


def _opened_by_a_wallet(index: RegistryIndex, wallet: links.WalletLink, interpretation: dict, lang: str) -> tuple[str, dict]:
    """The hop of a wallet's link to the site it opens in its own browser, noted in `interpretation`."""
    opener = index.providers[wallet.provider]
    # (a payment app's browser holds no wallet to connect: its page asks for a payment, a password or a code)
    reason = "wallet_link" if opener.kind in (ProviderKind.crypto_wallet, ProviderKind.exchange) else "app_link"
    interpretation.setdefault("wallet_link", wallet.provider)
    return reason, {"wallet": provider_name(opener, lang)}


# A short link's name, where its maker chose one (bit.ly/MetaMask-Support, tinyurl.com/paypal-help): one part of a path
_A_SHORT_LINKS_NAME = re.compile(r"/([A-Za-z0-9][A-Za-z0-9_.-]{2,60})/?")


def _short_link_named_after(index: RegistryIndex, typed: normalize.DomainInput, service: str) -> _Candidate | None:
    """A look-alike where a short link that hides its address has a name its maker chose after a provider, with more
    words than the brand (bit.ly/MetaMask-Support, cutt.ly/metamask-restore): fake support accounts post such links as the
    provider's. A brand whole and alone (is.gd/coinbase) may be the brand's own, and a random code carries a brand only by
    chance: only a brand written whole inside the name counts, as in a domain's."""
    if (name := _A_SHORT_LINKS_NAME.fullmatch(typed.path)) is None:
        return None
    parts = [part for part in _NAME_SEPARATORS.split(name.group(1).lower()) if part]
    if (found := _brand_inside(index, [parts], parts, None)) is None or _the_brand_alone(name.group(1), found[0]) \
            or not (officials := _listed(index, found[1], ChannelKind.website, None)):
        return None
    shown = typed.unicode_host + typed.path
    candidate = _Candidate(typed.kind, typed.host, shown, None, [], interpretation={"short_link": service})
    candidate.lookalike = Lookalike("lookalike_short_link", found[1], {"link": shown, "service": service, "brand": found[0],
                                                                       "officials": officials})
    return candidate


def _after_hops(candidate: _Candidate | None, problem: str, hops: list[tuple[str, dict]], interpretation: dict, *,
                host: str, shown: str) -> tuple[_Candidate | None, str]:
    """The address a reader ends up at, with the links that sent him there said first."""
    if candidate is not None and hops:
        candidate.extra_reasons[:0] = [(reason, {**who, "target": shown}) for reason, who in hops]
        candidate.interpretation = {**(candidate.interpretation or {}), "opens": host, **interpretation}
    return candidate, problem


# (a look-alike of the provider it shows, a disguise whoever it shows)
_LOOKALIKE_CHARACTER_REASONS = {normalize.SlashLookalikeInHost: ("lookalike_slash_in_host", "slash_lookalike_in_host"),
                                normalize.DotLookalikeInHost: ("lookalike_dot_in_host", "dot_lookalike_in_host"),
                                normalize.HyphenLookalikeInHost: ("lookalike_hyphen_in_host", "hyphen_lookalike_in_host")}


def _read_lookalike_character(index: RegistryIndex, address: str, disguised: normalize.CharacterLookalikeInHost) -> _Candidate:
    """An address whose host holds a look-alike of '/' ("https://paypal.com／login.evil-host.com"), '.'
    ("www.paypal.com·verify-account.net") or '-' ("paypal.com‐secure.net"): never the site it shows. A look-alike of the
    provider whose name it shows (before the '/'; anywhere in what reads as the host); else a disguise all the same."""
    written = address.strip()[:200]
    kind = "email_domain" if "@" in written and "/" not in written else "website"  # ("service@paypal·com": mail)
    candidate = _Candidate(kind, written, written, None, [], interpretation={"shown_host": disguised.shown})
    params = {"value": written, "shown": disguised.shown, "character": f"{disguised.character} (U+{ord(disguised.character):04X})"}
    provider_shown, any_shown = _LOOKALIKE_CHARACTER_REASONS[type(disguised)]
    candidate.lookalike = _named_after(index, disguised.shown, provider_shown, ChannelKind.website, **params)
    if candidate.lookalike is None:
        candidate.extra_reasons.append((any_shown, params))
    return candidate


def _read_ip_site(index: RegistryIndex, site: normalize.IpAddressHost) -> tuple[_Candidate | None, str]:
    """A web address at an IP address. No provider's channel is one (the registry lists names), so it is never
    official: a look-alike when its path or user part carries a provider's brand (http://45.33.12.1/paypal/login),
    else unknown, saying what a bare address means. A router's or a private network's is no site at all."""
    if not site.is_global:
        return None, "an address on a private or reserved network (a router, a device at home or at work), not a site on the internet"
    candidate = _Candidate("website", site.address, site.address, None, index.channels_for("website", site.address),
                           interpretation={"ip_address": site.address})
    if site.written:
        candidate.interpretation["written"] = site.written
        candidate.extra_reasons.append(("ip_address_disguised", {"written": site.written, "value": site.address}))
    candidate.lookalike = _named_after(index, " ".join((site.userinfo or "", site.path, site.query)), "lookalike_ip_address",
                                       ChannelKind.website, value=site.address)
    if candidate.lookalike is None:
        candidate.extra_reasons.append(("ip_address_site", {"value": site.address}))
    return candidate, ""


def _read_email_at_ip_address(index: RegistryIndex, site: normalize.IpAddressHost) -> tuple[_Candidate | None, str]:
    """An email address at an IP address (support@[45.33.12.1]) rather than at a domain. RFC 5321 allows it, but
    mail to and from the public goes between domains: no bank, payment service or wallet writes to its customers
    from one. Never official (the registry lists domains): a look-alike when the mailbox carries a provider's name
    (paypal-support@[45.33.12.1]), else unknown, saying what such an address means. One at a private network's
    or a reserved address is no address anyone on the internet can write to."""
    if not site.is_global:
        return None, "the address after '@' is an IP address of a private or reserved network, which mail on the internet cannot reach"
    shown = site.email[:150]
    candidate = _Candidate("email_domain", site.address, shown, None, index.channels_for("email_domain", site.address),
                           interpretation={"ip_address": site.address, "mailbox": site.mailbox})
    if named := _brand_in_mailbox(index, site.mailbox):
        token, slug = named
        candidate.lookalike = Lookalike("lookalike_email_at_ip_address", slug,
                                        {"value": shown, "brand": token, "officials": _officials(index, slug)})
    else:
        candidate.extra_reasons.append(("email_at_ip_address", {"value": shown}))
    return candidate, ""


def _hop_name(hop: tuple[str, dict]) -> str:
    return hop[1].get("wallet") or hop[1]["service"]


def _chat_links_message(value: str) -> str | None:
    """The message a chat link writes for the reader to send (WhatsApp's ?text=…), where the value is a chat link with
    a number; None otherwise."""
    try:
        typed = normalize.read_domain(value.strip())
    except normalize.NotADomain:
        return None
    if not typed.query or links.chat_number(typed) is None:
        return None
    return next((text.strip() for name, text in parse_qsl(typed.query) if name == "text" and text.strip()), None)


def _read_chat_number(index: RegistryIndex, chat: links.ChatNumber, hopped: list[tuple[str, dict]], request: CheckRequest,
                      lang: str, *, how: str = "chat_number", read: _Candidate | None = None,
                      named: str | None = None) -> _Candidate | None:
    """A messaging app's chat with a number (wa.me/<number>) is judged as that number; None where the digits
    are no valid number (Telegram's invite links take the same shape), and the link is judged as an address.
    A provider's phone number is listed for calls: the chat is the provider's only where the registry lists
    the number on that app (a social channel `whatsapp:+<number>`). `read`: the number as already read, as written;
    `named`: the app's name in the answer's language (微信)."""
    candidate = read or _read_phone(index, "+" + chat.number, request, lang)[0]
    service = named or chat.service
    if not _read_as_a_valid_number(candidate):
        return None
    called = [entry for entry in candidate.entries if entry.publishable]
    candidate.entries = _social_accounts(index).get(f"{chat.service.lower()}:{candidate.value}", [])
    said = [*hopped, (how, {"service": service, "number": candidate.display})]
    if called and not candidate.entries:
        said.append(("chat_with_listed_number", {"service": service, "number": candidate.display,
                                                 "provider": provider_name(called[0].provider, lang)}))
        # the number is in the registry (for calls); what is not is the chat on it
        candidate.unknown_reason = ("chat_not_listed", {"service": service, "number": candidate.display})
    # "+18882211161 is not one of PayPal's channels", two lines under "+18882211161 is PayPal's phone number": the chat is not
    candidate.not_listed_reason = ("chat_mismatch_not_listed", {"service": service, "number": candidate.display})
    candidate.extra_reasons[:0] = said
    candidate.interpretation = {**(candidate.interpretation or {}), "chat": chat.service}
    return candidate


def _read_chat_on_number(index: RegistryIndex, service: str, written: str, request: CheckRequest, lang: str, *,
                         named: str | None = None) -> tuple[_Candidate | None, str]:
    """An account on a messaging app given by its number ("微信：13800138000", "WhatsApp: +1 888 221 1161"): a chat
    with that number, as its link (wa.me/<number>) is. PayPal's number given as its WhatsApp was "official": the
    number is, a chat on it is not. A short code has no account (微信：95188 was Alipay's "official" WeChat)."""
    candidate, problem = _read_phone(index, written, request, lang)
    if candidate is not None and candidate.kind == "short_code":
        return None, (f"not a possible {named or service} account: {written} is a short code, which is for calls and "
                      "texts only")
    if candidate is None or not _read_as_a_valid_number(candidate):
        return candidate, problem
    return _read_chat_number(index, links.ChatNumber(service, candidate.value.lstrip("+")), [], request, lang,
                             how="chat_account_number", read=candidate, named=named), ""


def _read_social_profile(index: RegistryIndex, profile: links.SocialProfile, hopped: list[tuple[str, dict]],
                         lang: str) -> _Candidate:
    """An account on a social platform is judged as the registry's social channel it may be (`x:metamasksupport`),
    not as the platform's domain: x.com is everyone's."""
    value = f"{profile.platform}:{profile.handle}".lower()  # one account however its handle is cased
    shown = f"{profile.service} @{profile.handle}"
    entries = _social_accounts(index).get(value, [])
    candidate = _Candidate("social", value, shown, None, entries,
                           interpretation={"social": profile.platform, "handle": profile.handle},
                           extra_reasons=[*hopped, ("social_profile", {"service": profile.service, "account": f"@{profile.handle}"})])
    if not any(entry.publishable for entry in entries):
        candidate.lookalike = _social_lookalike(index, profile, shown)
        if candidate.lookalike is None and (named := _brand_in_name(index, profile.handle)) \
                and not _listed(index, named[1], ChannelKind.social, profile.platform):
            token, slug = named
            candidate.named_after = slug
            if _the_brand_alone(profile.handle, token):
                # the brand's name alone (x.com/binance) may be the provider's own account there, which the registry
                # does not list: claimed as the provider's, neither confirmed nor refused
                candidate.listed_for = slug
            if not _judged_as_named_support(index, candidate, profile.handle, token, slug, shown, profile.service, lang):
                # told, not judged: the provider may well have an account there that the registry does not list
                candidate.extra_reasons.append(("named_after_provider", {
                    "account": shown, "brand": token, "provider": provider_name(index.providers[slug], lang),
                    "where": messages.render("on_platform", lang, service=profile.service)}))
        elif candidate.lookalike is None and (hotline := _hotline_inside(index, [profile.handle])) \
                and not _listed(index, hotline[1], ChannelKind.social, profile.platform):
            # "微信：kf95188", "t.me/kefu95188": an account named with a provider's hotline digits, as fake agents' are
            digits, slug = hotline
            candidate.named_after = slug
            candidate.extra_reasons.append(("named_after_hotline", {
                "account": shown, "number": digits, "provider": provider_name(index.providers[slug], lang),
                "where": messages.render("on_platform", lang, service=profile.service)}))
    return candidate


def _judged_as_named_support(index: RegistryIndex, candidate: _Candidate, name: str, token: str, slug: str, shown: str,
                             service: str, lang: str) -> bool:
    """Whether an account's or a group's `name`, which carries the provider's brand `token`, names it as the provider's
    support ("metamask_support", "MetaMaskHelpDesk") where the provider says where its support is: then it is judged by
    the provider's words (`support_named_after`, and the reason named_as_support said on `candidate`)."""
    if not (_SUPPORT_WORD.search(name.lower().replace(token, "", 1)) and index.policy(slug, PolicyCode.contact_only_via)):
        return False
    candidate.support_named_after = slug
    candidate.extra_reasons.append(("named_as_support", {"account": shown, "brand": token, "service": service,
                                                         "provider": provider_name(index.providers[slug], lang)}))
    return True


# What an account's name adds to a provider's to present itself as its support ("metamask_support", "okx_kf2024",
# "MetaMaskHelpDesk", "币安客服", and the fixers who answer people who lost funds: "MetaMaskResolve",
# "TrustWalletRecovery"); read in what is left of the name without the provider's
_SUPPORT_WORD = re.compile(r"support|help|kefu|客服|service|care|desk|assist|agent|resolv|recover|rescue|(?<![a-z])kf(?![a-z])")


# ... and what a user's payment page adds to present itself as a provider's office: "$CashAppRefund", "PayPalBillingDept"
_ACTING_FOR_A_PROVIDER = re.compile(_SUPPORT_WORD.pattern + r"|refund|billing|dept|department|official|verif|secur|team|claim")


# What asks a chat for help in the message a chat link writes ("I need help with my wallet", "PayPal support", "recover my
# account", "客服"), not for a sale
_ASKS_FOR_HELP = re.compile(_SUPPORT_WORD.pattern + r"|problem|issue|stuck|withdraw|unlock|restor|frozen|locked|"
                            r"ayuda|soporte|ajuda|suporte|aide|hilfe|帮助|问题|冻结|提现", re.IGNORECASE)


# A Cash App $Cashtag written alone, as a fake agent gives it ("send $1 to $CashAppRefundDept"): a letter first, so
# that no amount ("$250", "$5k") is one (the page scan finds them in running text by the same pattern)
CASHTAG = r"\$[A-Za-z][A-Za-z0-9_-]{0,29}"
_CASHTAG = re.compile(CASHTAG)


# An account's name with no platform, as a reply or a caller gives it ("@MetaMaskSupport"): the characters
# handles have on X and Telegram, where fake support accounts answer people (no dot: "@example.com" is no handle).
_BARE_HANDLE = re.compile(r"@([A-Za-z0-9_]{2,32})")


def _read_bare_handle(index: RegistryIndex, handle: str, lang: str) -> _Candidate:
    """"@MetaMaskSupport" is no account until its platform is known: anyone can take a name on each one. Never
    official; where the registry lists the name on a platform, the answer says on which, and where it carries a
    provider's name, whose accounts the registry lists."""
    shown = f"@{handle}"
    candidate = _Candidate("social", shown.lower(), shown, None, [], interpretation={"social": None, "handle": handle},
                           unknown_reason=("handle_without_platform", {"account": shown}))
    listed = [entry for entry in _social_accounts_by_handle(index).get(handle.lower(), []) if entry.publishable]
    if listed:
        slug = listed[0].provider.slug
        services = links.platform_services()
        places = ", ".join(sorted({f"{services.get(platform, platform)} @{name}" for platform, name in
                                   (entry.channel.value.split(":", 1) for entry in listed if entry.provider.slug == slug)}))
        candidate.named_after = candidate.listed_for = slug
        candidate.extra_reasons.append(("handle_listed_on", {"account": shown, "provider": provider_name(index.providers[slug], lang),
                                                             "places": places}))
    elif named := _brand_in_name(index, handle):
        token, slug = named
        candidate.named_after = slug
        provider = provider_name(index.providers[slug], lang)
        # The brand's name alone ("@MetaMask") may be its own main account anywhere: its channels are listed, no more,
        # and a claim of it is neither confirmed nor refused
        if _the_brand_alone(handle, token):
            candidate.listed_for = slug
        else:
            if officials := _listed(index, slug, ChannelKind.social):
                candidate.extra_reasons.append(("handle_named_after", {"account": shown, "brand": token, "provider": provider,
                                                                       "officials": officials}))
            else:
                candidate.extra_reasons.append(("named_after_provider", {"account": shown, "brand": token, "provider": provider,
                                                                         "where": messages.render("on_any_platform", lang)}))
    return candidate


def _read_typed_handle(index: RegistryIndex, typed: links.TypedHandle, request: CheckRequest,
                       lang: str) -> tuple[_Candidate | None, str]:
    """An account written as its platform's name and its handle ("微信：binance-kefu888"), judged as its profile's
    address is; after a colon, a phone number ("微信：13800138000": an account found by its number) is judged as
    that number, and a social channel's own value (`wechat:腾讯客服`, an official account's name) as that channel."""
    shape = typed.shape
    profile = typed.profile
    if profile is None and f"{shape.platform}:{typed.rest}".lower() in _social_accounts(index):
        profile = links.SocialProfile(shape.platform, shape.service, typed.rest)
    if profile is not None:
        candidate = _read_social_profile(index, profile, [], lang)
        # said as the reader wrote it: its first reason, the profile's, becomes the handle's
        candidate.extra_reasons[0] = ("social_handle", {"service": shape.named(lang), "account": profile.handle})
        if profile.handle != typed.rest and profile.handle == typed.rest.translate(normalize.LOOKS_LIKE_DIGIT):
            candidate.extra_reasons.insert(1, ("letters_read_as_digits", {"value": typed.rest}))
        return candidate, ""
    if normalize.looks_like_phone(typed.rest):
        return _read_chat_on_number(index, shape.service, typed.rest, request, lang, named=shape.named(lang))
    if "://" in typed.rest or "." in typed.rest:  # "Telegram: https://t.me/okx_kefu": the address says which account
        return _read_domain(index, typed.rest, request, lang)
    return None, f"not a possible {shape.named(lang)} account"  # (its name in Chinese answers: 微信)


def _social_accounts(index: RegistryIndex) -> dict[str, list]:
    """The registry's social channels by value in lower case: platforms read handles without case."""
    def table() -> dict[str, list]:
        found: dict[str, list] = {}
        for (kind, value), entries in index.by_value.items():
            if kind == ChannelKind.social:
                found.setdefault(value.lower(), entries)
        return found
    return _memo(index, ("social_accounts",), table)


def _social_accounts_by_handle(index: RegistryIndex) -> dict[str, list]:
    """The registry's social channels by handle alone, in lower case (the same name on several platforms)."""
    def table() -> dict[str, list]:
        found: dict[str, list] = {}
        for value, entries in _social_accounts(index).items():
            found.setdefault(value.split(":", 1)[1], []).extend(entries)
        return found
    return _memo(index, ("social_accounts_by_handle",), table)


def _social_lookalike(index: RegistryIndex, profile: links.SocialProfile, shown: str) -> Lookalike | None:
    """An account named after a provider that lists its own accounts on the platform, and not one of them
    (MetaMaskSupp0rt, binance_support_cn beside a listed one). The brand's name alone ("@binance") is left
    unjudged: where the registry does not list it, the platform's own brand account may well be it; and a
    provider listing no account there cannot be told from its own."""
    found = _named_after(index, profile.handle, "lookalike_social_account", ChannelKind.social, profile.platform, account=shown)
    if found and _the_brand_alone(profile.handle, found.params["brand"]) \
            and not _brand_alone_account_listed(index, found.slug, profile.platform, found.params["brand"]):
        return None
    return found


def _brand_alone_account_listed(index: RegistryIndex, slug: str, platform: str, brand: str) -> bool:
    """Whether the registry lists the provider's account on the platform that is its brand alone (X's @MetaMask): then
    the brand alone spelt otherwise there (@MetaMask_, @_MetaMask) is someone else's, as only one account holds a
    name."""
    return _memo(index, ("brand_alone_account_listed", slug, platform, brand), lambda: any(
        _the_brand_alone(channel.value.split(":", 1)[1], brand) for channel in _published(index, slug, ChannelKind.social, platform)))


def _a_users_page(typed: normalize.DomainInput, entries: list[ChannelEntry]) -> links.UserPage | None:
    """A user's page on a provider's site: of the provider's own shapes, or one that a help center's software serves
    on any site (a Zendesk community post), on a site the registry lists as a provider's (elsewhere it is no one's
    we know)."""
    page = links.user_page(typed)
    if page is None or page.provider is not None:
        return page
    owner = next((entry.provider.slug for entry in entries if entry.publishable), None)
    return page._replace(provider=owner) if owner else None


def _read_typed_domain(index: RegistryIndex, typed: normalize.DomainInput, lang: str) -> tuple[_Candidate | None, str]:
    # A domain is the provider's whether the registry learnt it from its website or its email: a sender at
    # an official web domain, or a site at an official email domain, is on the provider's own domain.
    other_kind = "website" if typed.kind == "email_domain" else "email_domain"
    own_kind = index.channels_for_host(typed.kind, typed.host)
    entries = [e for e in own_kind if e.publishable] or index.channels_for_host(other_kind, typed.host) or own_kind
    extra: list[tuple[str, dict]] = []
    interpretation = {"host": typed.host, "unicode_host": typed.unicode_host, "registrable_domain": typed.registrable,
                      "path": typed.path or None}
    if typed.kind == "website" and (page := _a_users_page(typed, entries)):
        # on the provider's domain, but a user's page: not the provider's channel, and no look-alike of its domain
        shown = typed.unicode_host + typed.path
        host_provider = provider_name(index.providers[page.provider], lang)
        candidate = _Candidate(typed.kind, typed.host, shown, None, [], extra_reasons=extra,
                               interpretation={**interpretation, "user_page": page.account})
        if page.reason != "community_post" and page.account and (named := _brand_in_name(index, page.account)) \
                and _ACTING_FOR_A_PROVIDER.search(page.account.lower().replace(named[0], "", 1)):
            # a user named as a provider's support or office ("cash.app/$CashAppSupport", "paypal.me/PayPalRefundDept")
            # is a look-alike, as a public page named after it is; a person's own name with a brand in it is not
            # ("$Trezor4life", "paypal.me/paypalmike"), nor is a forum post's title ("How-to-contact-PayPal")
            candidate.lookalike = _named_after(index, page.account, "lookalike_user_page", ChannelKind.website, page=shown,
                                               account=page.account, service=host_provider)
        if candidate.lookalike is None:
            extra.append((page.reason, {"page": shown, "provider": host_provider, "account": page.account}))
        return candidate, ""
    if typed.kind == "website" and (public := links.public_page(typed)):
        return _read_public_page(index, typed, public, interpretation, lang), ""
    if typed.kind == "website" and not any(entry.publishable for entry in entries) and (session := links.remote_session(typed)):
        # AnyDesk's site, a Tencent Meeting invitation: genuine, and no one's channel (where a provider lists one as its
        # own, that is the answer); what it lets a caller do is said
        shown = typed.unicode_host + typed.path
        return _Candidate(typed.kind, typed.host, shown, None, [], interpretation={**interpretation, "remote_session": session.service},
                          extra_reasons=[(session.reason, {"page": shown, "service": session.named(lang)})]), ""
    candidate = _Candidate(typed.kind, typed.host, typed.unicode_host, None, entries, extra_reasons=extra,
                           interpretation=interpretation)
    # What stands before '@' where a reader looks first: in a web address it is ignored by the browser; in an
    # email address it is only a mailbox's name ("john.smith"), worth a word when it is an official host.
    hidden = _official_host_in(index, typed.userinfo) if typed.userinfo else None
    if symbols := _symbols_in(typed.unicode_host):
        # (a name a registrar sells holds none; a browser opens it all the same, canonical.browser_host)
        extra.append(("symbol_in_host", {"host": typed.unicode_host, "symbols": symbols, "ascii_host": typed.host}))
    if typed.userinfo and (typed.kind == "website" or hidden):
        extra.append(("url_userinfo", {"userinfo": typed.userinfo[:100], "host": typed.host}))
    published = any(entry.publishable for entry in entries)
    if typed.kind == "website" and published and typed.query and (carried := _lookalike_carried_in_query(index, typed)):
        # "paypal.com/signin?returnUri=https://paypal-verify.com": PayPal's page, and a look-alike's address it carries
        extra.append(("carries_lookalike_address", {"host": typed.unicode_host, "carried": carried[0],
                                                    "provider": provider_name(index.providers[carried[1].slug], lang)}))
    if typed.kind == "website" and not published and (typed.path or typed.query) \
            and (named := _official_host_in_path(index, f"{typed.path}?{typed.query}")):
        # "evil.com/paypal.com/login": told, not judged; a review site's trustpilot.com/review/paypal.com is the same shape
        extra.append(("official_host_in_path", {"named": named[1], "host": typed.unicode_host,
                                                "provider": provider_name(index.providers[named[0]], lang)}))
    if not published or (typed.userinfo and typed.kind == "website") or hidden:
        candidate.lookalike = domain_lookalike(index, typed)
        if candidate.lookalike and candidate.lookalike.code in _TOLD_NOT_JUDGED:
            extra.append((candidate.lookalike.code, {**candidate.lookalike.params,
                                                     "provider": provider_name(index.providers[candidate.lookalike.slug], lang)}))
            if candidate.lookalike.code == "other_country_ending":
                # www.paypal.de claimed as PayPal's can be neither confirmed nor refused; the answer lists PayPal's
                # own channels as the way to reach it
                candidate.named_after = candidate.listed_for = candidate.lookalike.slug
            candidate.lookalike = None
        if candidate.lookalike is None and hidden:
            # the message's host is the address as written, "paypal.com@evil.com": the real host alone would read
            # "evil.com puts paypal.com in front of another domain"
            candidate.lookalike = Lookalike("lookalike_brand_subdomain", hidden[0],
                                            {"host": f"{typed.userinfo[:100]}@{typed.host}", "official": hidden[1],
                                             "registrable": typed.registrable})
        if candidate.lookalike is None and not published and typed.kind == "website" \
                and (installer := _AN_APP_FILE.search(typed.path)):
            # "example.com/files/MetaMask_v11.apk": an app installed from a file skips the store's checks, and fake wallet
            # and investment apps are handed out so; named after a provider, it is a look-alike of its apps
            shown, file = typed.unicode_host + typed.path, installer.group("file")
            candidate.interpretation = {**(candidate.interpretation or {}), "app_file": file}
            candidate.lookalike = _named_after(index, installer.group("stem"), "lookalike_app_file", ChannelKind.app,
                                               page=shown, file=file)
            if candidate.lookalike is None:
                extra.append(("app_file", {"page": shown, "file": file}))
        if candidate.lookalike is None and not published and typed.kind == "email_domain":
            candidate.lookalike = _mailbox_lookalike(index, typed)
            if candidate.lookalike is None and typed.mailbox and (service := links.free_mail_service(typed.registrable)):
                # "recoveryhackpro@gmail.com" was "gmail.com is not in our registry", as if the reader had asked of Gmail
                said = {"address": f"{typed.mailbox[:100]}@{typed.unicode_host}", "service": service}
                candidate.unknown_reason, candidate.not_listed_reason = ("free_mailbox", said), ("free_mailbox_not_listed", said)
        if candidate.lookalike and typed.userinfo:
            candidate.entries = []
        if candidate.lookalike is None and not published and (owner := _named_for_a_provider_with_no_site(index, typed)):
            # gcash.com, douyin.com, abchina.com.cn: the provider's name exactly, under an ending a reader trusts, for a
            # provider whose registry lists no site to hold it against. Claimed as that provider's it was "mismatch,
            # high risk": neither confirmed nor refused now, and the answer lists the provider's own channels.
            extra.append(("no_site_listed", {"host": typed.unicode_host, "provider": provider_name(index.providers[owner], lang)}))
            candidate.named_after = candidate.listed_for = owner
        if candidate.lookalike is None and not published and (front := _domain_in_front(typed)):
            # accounts.google.com.evil.ru, with no provider of ours in front: still said, as a reader takes it for
            # Google's; the verdict stays what the registry knows (an S3 site, example.com.s3-website-….amazonaws.com,
            # has this shape too, and is told the same true thing)
            extra.append(("domain_in_front", {"host": typed.unicode_host, "front": canonical.unicode_host(front),
                                              "registrable": canonical.unicode_host(typed.registrable)}))
    return candidate, ""


_ENDINGS_A_PROVIDER_HOLDS = frozenset({"com", "net", "org"})


def _named_for_a_provider_with_no_site(index: RegistryIndex, typed: normalize.DomainInput) -> str | None:
    """The provider whose brand a domain's name is exactly (gcash.com), where the registry publishes no website or
    mail domain of that provider's, under .com, .net, .org or a country's own ending: a name anyone could hold under
    .xyz stays unjudged as before, as do numbers and, but under a country's ending, short acronyms."""
    name, _, ending = typed.registrable.partition(".")
    brands = index.brand_tokens.get(name)
    # (most domains asked about: no brand's name; then a number, 159.com, is anyone's; and an acronym of four letters or
    # fewer, cicc.com (China's CICC), is many bodies' under a generic ending, told so only under a country's own,
    # cicc.gov.ph)
    if not brands or name.isdigit() or not (ending in _ENDINGS_A_PROVIDER_HOLDS and len(name) > 4
                                             or canonical.country_ending(typed.registrable)):
        return None
    owners = [slug for slug in brands if not _official_domains(index, slug)]
    return owners[0] if len(owners) == 1 else None


# The endings a reader knows as the end of a site's name: the first generic ones, .io, and a country's second-level
# ones (.com.cn, .co.uk). A brand's or a newer generic ending inside a name is not read so: accounts.google.com is
# google.com's, though .google is a top-level domain, and paypal.com.secure is paypal.com before .secure. Nor is a
# country's two letters alone, which in a subdomain are mostly the site's own country or language (api.uk.example.com).
_ENDINGS_READ_AS_THE_END = frozenset({"com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io"})


def _domain_in_front(typed: normalize.DomainInput) -> str | None:
    """The domain that a host's subdomain labels spell before its real one (google.com in
    accounts.google.com.evil.ru, usps.com in usps.com-tracking.top), which a reader takes for the site; None for an
    ordinary subdomain (www, m, api)."""
    sub_labels = typed.host.split(".")[: -(typed.registrable.count(".") + 1)]
    for end in range(len(sub_labels), 1, -1):
        front = ".".join(sub_labels[:end])
        suffix = canonical.public_suffix(front)
        ending = suffix.rsplit(".", 1)[-1]
        if ending in _ENDINGS_READ_AS_THE_END or ("." in suffix and len(ending) == 2 and ending.isalpha()):
            registrable = canonical.registrable_domain(front)
            if registrable != suffix and not registrable.startswith("www."):
                return registrable
    # usps.com-tracking-redelivery.top: the ending joined to the real name by a hyphen, read as usps.com
    ending, hyphen, rest = typed.registrable.split(".", 1)[0].partition("-")
    if sub_labels and sub_labels[-1] != "www" and hyphen and rest and ending in _ENDINGS_READ_AS_THE_END:
        return f"{sub_labels[-1]}.{ending}"
    return None


def _read_public_page(index: RegistryIndex, typed: normalize.DomainInput, page: links.PublicPage, interpretation: dict,
                      lang: str) -> _Candidate:
    """A page anyone can make on a big service's site: the service vouches for none of it. A look-alike when the
    part its maker chose carries a provider's brand (sites.google.com/view/coinbase-support), else unknown,
    saying what such a page is (a Google form asking for a recovery phrase is a wallet scam's commonest page)."""
    shown = typed.unicode_host + typed.path
    candidate = _Candidate(typed.kind, typed.host, shown, None, [], interpretation={**interpretation, "public_page": page.service})
    # (an invitation's code is random, or a name its group's owner may have bought: Discord's discord.gg/<name>)
    if page.reason == "public_page":
        candidate.lookalike = _named_after(index, page.page, "lookalike_public_page", ChannelKind.website, page=shown,
                                           service=page.service)
    brand_alone = None
    if candidate.lookalike and page.brand_accounts and _the_brand_alone(page.page, candidate.lookalike.params["brand"]):
        # linktr.ee/coinbase, medium.com/@coinbase: the brand's own as like as not, as "@Coinbase" is on a platform:
        # told, not judged, and claimed as the provider's neither confirmed nor refused
        brand_alone, candidate.lookalike = candidate.lookalike, None
        candidate.named_after = candidate.listed_for = brand_alone.slug
    if candidate.lookalike is None:
        candidate.extra_reasons.append((page.reason, {"page": shown, "service": page.service}))
    if brand_alone:
        candidate.extra_reasons.append(("named_after_provider", {
            "account": shown, "brand": brand_alone.params["brand"], "provider": provider_name(index.providers[brand_alone.slug], lang),
            "where": messages.render("on_platform", lang, service=page.service)}))
    if page.reason == "group_invite" and (named := _brand_in_name(index, page.page)) is not None:
        # a group named as a provider's support by its owner (Discord's discord.gg/metamask-support), as an account so named
        _judged_as_named_support(index, candidate, page.page, *named, shown, page.service, lang)
    return candidate


def _official_host_in(index: RegistryIndex, userinfo: str) -> tuple[str, str] | None:
    """(provider, host) when the text before '@' (or a host written in a path) is a provider's official web host,
    as a reader would take it ("paypal.com%2F" percent-decoded, as the address bar shows it, reads paypal.com/, and
    "paypal.com＼" paypal.com\\; a symbol after it is no part of it: "www.paypal.com©")."""
    try:
        shown = _AFTER_A_HOSTS_END.sub("", normalize.clean_text(unquote(userinfo.split(":")[0])).split(":")[0])
        hidden = normalize.read_domain(shown)
    except normalize.NotADomain:
        return None
    official = index.channels_for_host("website", hidden.host)
    return (official[0].provider.slug, hidden.host) if official else None


_AFTER_A_HOSTS_END = re.compile(r"[^\w/?#\\]+$")  # (what no host ends in; the delimiters read_domain reads itself)
_HOST_IN_PATH = re.compile(r"(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])")


def _lookalike_carried_in_query(index: RegistryIndex, typed: normalize.DomainInput) -> tuple[str, Lookalike] | None:
    """(host, look-alike) of a web address a query carries ("?returnUri=https%3A%2F%2Fpaypal-verify.com", encoded once
    or twice) where that address is a look-alike of a provider's site, or None: the first of them. A page that sends the
    reader on to the address it carries (a sign-in's return address, an open redirect) leaves its site for that one."""
    if "http" not in typed.query.lower():  # nearly every query
        return None
    for _, value in parse_qsl(typed.query[:2000]):
        value = value.strip()
        if value[:7].lower() in ("http%3a", "https%3"):
            value = unquote(value)
        if value[:7].lower() not in ("http://", "https:/"):
            continue
        try:
            carried = normalize.read_domain(value[:300])
        except normalize.NotADomain:  # (an IP address's host among them)
            continue
        if index.channels_for_host("website", carried.host):
            continue  # the provider's own, or another's: where a provider's page sends the reader on is no look-alike
        if (hit := domain_lookalike(index, carried)) and hit.code not in _TOLD_NOT_JUDGED:
            return carried.unicode_host, hit
    return None


# An app's installer at the end of an address's path: an Android package (and its split and bundled forms), an iPhone app
# archive, a Windows or Mac installer
_AN_APP_FILE = re.compile(r"/(?P<file>(?P<stem>[^/?#]{1,120})\.(?:apk|xapk|apks|apkm|ipa|exe|msi|dmg|pkg))$", re.IGNORECASE)


def _official_host_in_path(index: RegistryIndex, path: str) -> tuple[str, str] | None:
    """(provider, host): the first official web host written in an address's path, where it decides nothing."""
    return next(filter(None, (_official_host_in(index, written.group(0))
                              for written in _HOST_IN_PATH.finditer(unquote(path)[:500]))), None)


def _mailbox_lookalike(index: RegistryIndex, typed: normalize.DomainInput) -> Lookalike | None:
    """A mailbox at a free mail service (links.yaml's free_mail) named after a provider: its name, as a domain's
    parts are read. "paypal.support@gmail.com" is not PayPal; a company's own domain is left alone
    ("ledger@accounting-firm.com"): its mailbox names are its staff's."""
    if not typed.mailbox or links.free_mail_service(typed.registrable) is None:
        return None
    if (named := _brand_in_mailbox(index, typed.mailbox)) is None:
        if hotline := _hotline_inside(index, [typed.mailbox]):  # ("95188kf@163.com": Alipay's hotline, as fake agents write it)
            return Lookalike("lookalike_hotline_in_mailbox", hotline[1], {"mailbox": typed.mailbox[:100], "host": typed.host,
                                                                           "number": hotline[0], "officials": _officials(index, hotline[1])})
        return None
    token, slug = named
    return Lookalike("lookalike_brand_in_mailbox", slug, {"mailbox": typed.mailbox[:100], "host": typed.host, "brand": token,
                                                          "officials": _officials(index, slug)})


def _brand_in_mailbox(index: RegistryIndex, mailbox: str) -> tuple[str, str] | None:
    """(brand, provider) when a mailbox's name carries a provider's: read as a domain's parts are, or, in another
    script, by the provider's names (支付宝客服)."""
    if named := _brand_in_name(index, mailbox):
        return named
    if not mailbox.isascii() and (named := index.resolve(mailbox)) and named.how in (*NAMES_IT, "contained"):
        return named.matched, named.slug
    return None


LOOKALIKE_MEMO_SIZE = canonical.CACHE_SIZE
_NOT_A_LOOKALIKE = ()  # memoised "no": the memo takes None for "not computed yet"


def domain_lookalike(index: RegistryIndex, typed: normalize.DomainInput) -> Lookalike | None:
    """Why an unlisted domain looks like a provider's, or None. Memoised per host and index version, apart
    from the index's shared memo (whose bound would otherwise be filled by hosts and clear everything):
    the brand and near-miss searches are most of a domain check, and scam domains are asked about repeatedly.
    The memo keeps plain tuples of strings, which the garbage collector leaves out of its full passes."""
    return _memoised_lookalike(index.host_memo, typed.host, lambda: _domain_lookalike(index, typed))


def _memoised_lookalike(memo: OrderedDict, key: Hashable, find: Callable[[], Lookalike | None]) -> Lookalike | None:
    found = memo.get(key)
    if found is None:
        hit = find()
        # flat: the collector stops tracking a tuple once what it holds is untracked, one level per pass
        found = memo[key] = (hit.code, hit.slug, *itertools.chain.from_iterable(hit.params.items())) \
            if hit else _NOT_A_LOOKALIKE
        if len(memo) > LOOKALIKE_MEMO_SIZE:  # one per value asked about: bounded, oldest first out
            memo.popitem(last=False)
    return Lookalike(found[0], found[1], dict(zip(found[2::2], found[3::2]))) if found else None


def _domain_lookalike(index: RegistryIndex, typed: normalize.DomainInput) -> Lookalike | None:
    host, registrable = typed.host, typed.registrable
    labels = host.split(".")
    suffix_labels = registrable.count(".")  # labels of the public suffix
    sub_labels = labels[: len(labels) - suffix_labels - 1]
    # 1. a real brand domain used as a subdomain: paypal.com.secure-verify.net
    for start in range(len(sub_labels)):
        for end in range(start + 2, len(sub_labels) + 1):
            inner = ".".join(sub_labels[start:end])
            for slug in index.official_domains.get(inner, ()):
                return Lookalike("lookalike_brand_subdomain", slug,
                                 {"host": typed.unicode_host, "official": inner, "registrable": registrable})
    if registrable in index.official_registrables:
        return None  # the provider's own domain, at a host we do not list: not a look-alike of itself
    name = registrable.split(".")[0]
    shown = {"host": typed.unicode_host}
    # 2. same name, another ending: metamask.cc when metamask.io is official
    # 3. confusable characters: pаypal.com (Cyrillic а), paypa1.com, metarnask.io
    # 4. a near-miss spelling: coinbasse.com, binnance.com, legder.com (swapped), ailpay1.cc (digit added)
    # An ordinary word as near (finance.com, venom.com), or as the same name when that name is an everyday word
    # (token.com for token.im), is somebody's site as likely as a squatter's: said, not judged.
    everyday = name in COMMON_WORD_BRANDS or aliases.is_ordinary_word(name)
    resembled = next(iter(index.official_labels.get(name, ())), None)
    if resembled and not everyday and (country := canonical.country_ending(registrable)):
        # paypal.de, paypal.co.uk, alipay.cn: providers hold their name in the countries they serve, and the
        # registry lists few of those. Not judged an imitation (PayPal's own German site is none), nor official.
        return Lookalike("other_country_ending", resembled, {**shown, "ending": country,
                                                               "official": _domain_for(index, resembled, country)})
    if resembled and not everyday:
        return Lookalike("lookalike_other_ending", resembled, {**shown, "officials": _officials(index, resembled)})
    unicode_name = typed.unicode_host.split(".")[-1 - suffix_labels]
    confusable = next(iter(index.official_label_skeletons.get(normalize.skeleton(unicode_name), ())), None)
    code = "lookalike_confusable" if confusable else "lookalike_edit_distance"
    resembled = resembled or confusable or _near_miss_label(index, name)
    # A name that is another provider's own brand (gcash.com, one letter from Cash App's cash.app) is that
    # provider's site or a squatter of it, not a misspelling of the first.
    if resembled and resembled not in index.brand_tokens.get(name, (resembled,)):
        return None
    if resembled and not everyday:
        return Lookalike(code, resembled, {**shown, "official": _imitated(index, resembled, unicode_name,
                                                                          canonical.unicode_host(registrable))})
    # The host's parts between dots and hyphens, label by label (pay-pal-support: pay, pal, support).
    label_parts = [[piece for piece in label.replace("_", "-").split("-") if piece] for label in [*sub_labels, name]]
    parts = [part for pieces in label_parts for part in pieces]
    # 5. a brand name inside an unrelated domain: contactmetamask.com, alipayhk.tzhmh.com, pay-pal-support.xyz; or the
    # whole name under a hosting service's suffix, where a user chose it: trezorsuite.wixsite.com (a registrable name
    # that is a brand is otherwise that provider's own or unknown)
    hit = _brand_inside(index, label_parts, parts, None if canonical.on_a_hosting_suffix(host) else name)
    if hit:
        token, slug = hit
        return Lookalike("lookalike_brand_in_domain", slug,
                         {**shown, "brand": token, "officials": _officials(index, slug)})
    # 6. a brand name in look-alike characters inside one: paypa1-help.com, rnetamask-wallet.io
    # 7. a brand name with a letter dropped, added or swapped inside one: metamsk-help.com, binnance-login.com
    # 8. the same glued to other words: extension--mtamaskchrome.gitbook.io, metamaeskchromeextenson.gitbook.io
    for code, inside in (("lookalike_confusable_in_domain", _confusable_brand_inside),
                         ("lookalike_misspelled_in_domain", _misspelled_brand_inside),
                         ("lookalike_misspelled_in_domain", _misspelled_brand_glued)):
        if found := inside(index, parts):
            part, token, slug = found
            return Lookalike(code, slug, {**shown, "part": part, "brand": token, "officials": _officials(index, slug)})
    if resembled:
        return Lookalike("near_ordinary_word", resembled, {**shown, "word": name, "official": _officials(index, resembled)})
    # 9. a provider's own customer-service short code in the name, as Chinese scam sites take the hotline's digits the way
    # fake agents' accounts do: 95188kf.com, kf-95188.top. The digits alone, 95188.com, may be the provider's own
    # (registered to keep them from others): said, not judged.
    if found := _hotline_inside(index, parts):
        digits, slug = found
        code = "hotline_named_domain" if name == digits and all(label == "www" for label in sub_labels) \
            else "lookalike_hotline_in_domain"
        return Lookalike(code, slug, {**shown, "number": digits, "officials": _officials(index, slug)})
    return None


def _hotline_inside(index: RegistryIndex, parts: list[str]) -> tuple[str, str] | None:
    """(digits, provider) of the first run of digits in a host's parts that is a provider's published short code of five
    digits or more (a police or complaints line's short code names no one to imitate: 12315.cn is the complaints
    platform's own), else None."""
    for part in parts:
        for run in _DIGIT_RUN.findall(part):
            if len(run) >= 5 and (entry := next((entry for _, entry in index.published_short_codes(run)
                                                 if entry.provider.kind is not ProviderKind.authority), None)):
                return run, entry.provider.slug
    return None


_DIGIT_RUN = re.compile(r"\d+")


# What resembles a provider's domain but may well be someone else's, or the provider's own: said, not judged
_TOLD_NOT_JUDGED = frozenset({"near_ordinary_word", "other_country_ending", "hotline_named_domain"})


@lru_cache(maxsize=canonical.CACHE_SIZE)
def _symbols_in(host: str) -> str:
    """The characters of `host` that make it a name IDNA2008 refuses and a browser opens (canonical.browser_host): its
    symbols, each once ("★" in www.★paypal.com); none in a name IDNA2008 allows (Catalan's col·legi.cat)."""
    if host.isascii() or not (symbols := "".join(dict.fromkeys(
            ch for ch in host if not ch.isascii() and unicodedata.category(ch)[0] not in "LNM"))):
        return ""  # (most names that are not ASCII are letters: no second reading of them)
    try:
        canonical.canonical_host(host)
    except canonical.NotCanonical:
        return symbols
    return ""


_NO_ASCII_DIGITS = str.maketrans("", "", "0123456789")  # registrable names are ASCII (punycode)
NEAR_MISS_MIN_LETTERS = 5


def _near_miss_label(index: RegistryIndex, name: str) -> str | None:
    """The provider whose registered name `name` misspells by one edit (two for long names), swaps included.

    Compared as skeletons, with and without digits, so that legder, paiiypal and ailpay1 all count. Both
    names have NEAR_MISS_MIN_LETTERS or more: one letter from a shorter one is mostly another word (gcash,
    ecash for cash.app). A name of digits alone is not compared: one digit from a number-named site
    (12321.cn) is another number's (12381, the anti-fraud warning line).
    """
    if not any(ch.isalpha() for ch in name):
        return None
    # In a fixed order (a set's would change with each process's string hashing): the whole name first.
    for form in dict.fromkeys((normalize.skeleton(name), normalize.skeleton(name.translate(_NO_ASCII_DIGITS)))):
        if len(form) < NEAR_MISS_MIN_LETTERS:
            continue
        cutoff = 2 if len(form) >= 8 else 1
        choices, _ = _of_length_near(index, "official_label_skeleton_list", len(form), cutoff)
        choices = [choice for choice in choices if len(choice) >= NEAR_MISS_MIN_LETTERS]
        best = process.extractOne(form, choices, scorer=OSA.distance, score_cutoff=cutoff) if choices else None
        if best:
            return index.official_label_skeletons[best[0]][0]
    return None


def _of_length_near(index: RegistryIndex, table: str, length: int, cutoff: int) -> tuple[list[str], list[int]]:
    """The strings of one of the index's lists (official numbers' digits, label skeletons) within `cutoff`
    characters of `length`, and where each stands in that list. Only those can be within `cutoff` edits of a
    string of that length; kept in the list's own order, so rapidfuzz breaks ties as over the whole list."""
    def build() -> tuple[list[str], list[int]]:
        strings = getattr(index, table)
        positions = [position for position, string in enumerate(strings) if abs(len(string) - length) <= cutoff]
        return [strings[position] for position in positions], positions
    return _memo(index, ("of_length_near", table, length, cutoff), build)


def _brand_inside(index: RegistryIndex, label_parts: list[list[str]], parts: list[str], name: str | None) -> tuple[str, str] | None:
    # pay-pal-support → paypalsupport; ordinary words are left out (revolution holds revolut, acknowledger ledger)
    joined = ["".join(piece for piece in pieces if not aliases.is_ordinary_word(piece)) for pieces in label_parts]
    # The registrable name that *is* the brand (wise.com, scamshield.gov.sg) is that provider's own domain
    # or unknown, never a look-alike of it; so whole parts count only when they are not the whole name (`name` None: no
    # name is spared, as in a name someone chose or one under a hosting service's suffix).
    found = [part for part in parts if part in index.brand_tokens and part != name]
    long_names = _memo(index, ("brand_automaton",), lambda: _leftmost_longest(
        [token for token in index.brand_tokens if is_substring_brand(token)]))
    if long_names is not _NO_AUTOMATON:
        for text in joined:
            # (not inside an ordinary word glued to others: "revolutionnews" holds revolution's, not Revolut's)
            found += [text[start:end] for _, start, end in long_names.find_matches_as_indexes(text)
                      if end - start != len(text) and not _in_an_ordinary_word(text, start, end - start)
                      and (end - start >= SUBSTRING_BRAND_MIN and text[start:end] not in WORD_BRANDS
                           or _IMPERSONATION_WORD.search(text[:start] + " " + text[end:]))]
    if not found:
        return None
    token = max(found, key=len)
    return token, index.brand_tokens[token][0]


# What a name glued to a brand that is an English word (index.WORD_BRANDS), or of five letters (index.GLUED_BRAND_MIN),
# says when it imitates the brand: support, a wallet or an app, signing in, fixing, claiming ("ledgerlive-update",
# "phantomwalletsync", "krakenlogin", "paytmcustomercare", "paytmkyc")
# (short words where a word begins: "design" signs nothing in, "blog" logs nothing in)
_IMPERSONATION_WORD = re.compile(
    r"support|help|service|assist|agent|resolv|recover|rescue|restor|wallet|secur|verif|updat|upgrad|sync|connect|"
    r"official|web3|extension|claim|airdrop|bonus|reward|promo|online|account|unlock|rectif|dapp|defi|swap|stak|"
    r"bridge|token|crypto|exchange|download|chrome|install|firmware|device|kefu|customer|kyc|24|"
    r"(?<![a-z])(care|desk|app|live|log|sign|valid|gift|team|auth|fix|coin|trad|nft|pro)")


def _confusable_brand_inside(index: RegistryIndex, parts: list[str]) -> tuple[str, str, str] | None:
    """A part of the host (between dots or hyphens) that is not a brand name but reads as one: the same
    look-alike skeleton (1 for l, rn for m, 0 for o) as a brand name of GLUED_BRAND_MIN letters or more
    (`is_substring_brand`), the part SUBSTRING_BRAND_MIN or more ("paytrn" reads as Paytm). Only skeletons, not one-edit
    misspellings: those would take ordinary words (finance, binance)."""
    def build() -> dict[str, str]:
        skeletons: dict[str, str] = {}
        for token in index.brand_tokens:  # in the index's order: the first brand name of a skeleton keeps it
            if is_substring_brand(token):
                skeletons.setdefault(normalize.skeleton(token), token)
        return skeletons
    skeletons = _memo(index, ("brand_skeletons",), build)
    for part in parts:
        if len(part) >= SUBSTRING_BRAND_MIN and part not in index.brand_tokens and not aliases.is_ordinary_word(part) \
                and (token := skeletons.get(normalize.skeleton(part))):
            return part, token, index.brand_tokens[token][0]
    return None


MISSPELLED_BRAND_MIN = 7  # brand names and host parts shorter than this are not compared for misspellings


def _misspelled_brand_inside(index: RegistryIndex, parts: list[str]) -> tuple[str, str, str] | None:
    """A part of the host that is a brand name of MISSPELLED_BRAND_MIN letters or more with one letter
    dropped, added or swapped with its neighbour, or a vowel written for another (`_misspelled`). Not any other
    letter changed: that takes ordinary words (finance for binance), as whole registrable names already may."""
    def build() -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = {}
        for token in index.brand_tokens:  # in the index's order: ties go to the first brand name
            if len(token) >= MISSPELLED_BRAND_MIN and token.isalpha():
                for length in (len(token) - 1, len(token), len(token) + 1):
                    by_length.setdefault(length, []).append(token)
        return by_length
    by_length = _memo(index, ("misspelled_brand_tokens",), build)
    for part in parts:
        if part in index.brand_tokens or len(part) < MISSPELLED_BRAND_MIN or aliases.is_ordinary_word(part):
            continue  # (a 6-letter part, one letter short of a brand, is as often a word: revolt, revolut)
        tokens = by_length.get(len(part), ())
        if not tokens or process.extractOne(part, tokens, scorer=OSA.distance, score_cutoff=1) is None:
            continue  # no brand name within one edit (one call, where most parts end)
        for token in tokens:
            if _misspelled(part, token):
                return part, token, index.brand_tokens[token][0]
    return None


def _misspelled(written: str, token: str) -> bool:
    """One edit from a brand name: one letter dropped or added, two neighbours swapped, or a vowel written for another
    ("matamask-extention.pages.dev", "metameskcom": how the MetaMask extension's fake pages spell it). Not any other
    letter changed: b for f makes binance of finance, m for n imtoken of "braintoken", scamwatch of Withings'
    ScanWatch; among the 927,088 names on PyPI a vowel changed in a brand name of seven letters or more made no new
    look-alike that the name's brand did not already make."""
    if OSA.distance(written, token, score_cutoff=1) > 1:
        return False
    if len(written) != len(token) or sorted(written) == sorted(token):
        return True
    changed = [(mine, its) for mine, its in zip(written, token) if mine != its]
    return len(changed) == 1 and changed[0][0] in _VOWELS and changed[0][1] in _VOWELS


_VOWELS = frozenset("aeiouy")


def _misspelled_brand_glued(index: RegistryIndex, parts: list[str]) -> tuple[str, str, str] | None:
    """A brand name of MISSPELLED_BRAND_MIN letters or more, misspelled as `_misspelled_brand_inside` reads it, glued
    to other words inside a longer part of the host ("mtamaskchrome", "metamaeskchromeextenson": phishing pages for
    the MetaMask extension on free site builders). Only the names of providers people pay or keep money with: an
    authority's name is words ("cybercrime", "reportfraud"), and "stopcybercrimes" imitates no one.

    The edit is inside the name, its first and last letters as written, and not inside an ordinary word ("revoluti"
    is revolution's). One edit leaves the name's first or last (n-1)//2 letters whole: one automaton pass finds
    where those stand, and only there are the name and what is written compared."""
    def build():
        names = [token for token in index.brand_tokens if len(token) >= MISSPELLED_BRAND_MIN and token.isalpha()
                 and index.providers[index.brand_tokens[token][0]].kind is not ProviderKind.authority]
        ends: dict[str, list[tuple[str, bool]]] = {}  # a name's first or last letters -> (name, whether first)
        for token in names:
            half = (len(token) - 1) // 2
            ends.setdefault(token[:half], []).append((token, True))
            ends.setdefault(token[-half:], []).append((token, False))
        return (ahocorasick_rs.AhoCorasick(list(ends)), list(ends.values())) if ends else None
    built = _memo(index, ("glued_misspelling_ends",), build)
    if built is None:
        return None
    automaton, ends = built
    for part in parts:
        if len(part) <= MISSPELLED_BRAND_MIN + 1:
            continue  # as long as a name and one letter more: _misspelled_brand_inside's
        for number, start, end in automaton.find_matches_as_indexes(part, overlapping=True):
            for token, first in ends[number]:
                size = len(token)
                if len(part) <= size + 1:
                    continue
                # (where each reading of the name would start in the part, and the letters it would be)
                starts = (start, start, start) if first else (max(0, end - size), max(0, end - size - 1), max(0, end - size + 1))
                windows = [(at, part[at:at + size + grow] if first else part[at:end]) for at, grow in zip(starts, (0, 1, -1))]
                for at, window in windows:
                    # (the same first and last letter: a letter glued on at an end is the name beside a word,
                    # "yrevolut" in "dailyrevolutionary", not a misspelling)
                    if window[0] == token[0] and window[-1] == token[-1] and window not in index.brand_tokens \
                            and _misspelled(window, token) and not _in_an_ordinary_word(part, at, len(window)):
                        return window, token, index.brand_tokens[token][0]
    return None


def _in_an_ordinary_word(part: str, at: int, length: int) -> bool:
    """Whether the `length` letters of `part` from `at` on are inside an ordinary word written there ("revoluti" in
    "revolutionnews" is revolution's, not a misspelled Revolut)."""
    return any(start <= at and at + length <= end for start, end in aliases.ordinary_word_spans(part))


_NO_AUTOMATON = object()  # memoised "no long brand names" (the memo takes None for "not built yet")


def _leftmost_longest(tokens: list[str]):
    """At each place the longest brand name starting leftmost, then on after it: what a regex alternation
    of the names, longest first, finds, in one pass instead of trying every name at every position."""
    return ahocorasick_rs.AhoCorasick(tokens, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if tokens else _NO_AUTOMATON


def _officials(index: RegistryIndex, slug: str) -> str:
    return ", ".join(_official_domains(index, slug)) or messages.Phrase("none_listed")


def _official_domains(index: RegistryIndex, slug: str) -> tuple[str, ...]:
    def listed() -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.value for c in index.providers[slug].channels if c.kind in (ChannelKind.website, ChannelKind.email_domain)
                                   and any(e.publishable for e in index.channels_for(c.kind, c.value) if e.provider.slug == slug)))
    return _memo(index, ("official_domains", slug), listed)


def _replies_go_elsewhere(index: RegistryIndex, slug: str, message: str) -> str | None:
    """The address a pasted mail's Reply-To line sends answers to, where it is at none of the provider's own domains."""
    line = _A_MAILS_REPLY_TO_LINE.search(message)
    if line is None:
        return None
    address = line.group("address").rstrip(".,;>")
    registrable = canonical.registrable_domain(address.rsplit("@", 1)[1].lower())
    return None if registrable in _official_registrables(index, slug) else address[:100]


_A_MAILS_REPLY_TO_LINE = re.compile(r"^[ \t]*(?:reply-to|reply to|回复至|回复到|回复地址|答复至)[ \t]*[:：][ \t]*(?:[^<\n@]{0,60}<)?"
                                    r"(?P<address>[^\s<>@\"]+@[^\s<>\"]+)", re.IGNORECASE | re.MULTILINE)


def _official_registrables(index: RegistryIndex, slug: str) -> tuple[str, ...]:
    """The registrable domains of the provider's official sites and mail domains, each once, in the data's order."""
    return _memo(index, ("official_registrables", slug), lambda: tuple(dict.fromkeys(
        canonical.registrable_domain(domain) for domain in _official_domains(index, slug))))


def _domain_for(index: RegistryIndex, slug: str, country: str) -> str:
    """The provider's own domain to type for a country: one under its ending (paypal.uk for the UK), else its first."""
    registrables = _official_registrables(index, slug)
    return next((domain for domain in registrables if canonical.country_ending(domain) == country), registrables[0]) \
        if registrables else messages.Phrase("none_listed")


def _imitated(index: RegistryIndex, slug: str, name: str, registrable: str) -> str:
    """The provider's own domains a look-alike name imitates: those whose name is nearest to it, each once ("metamask.io"
    for metamаsk.io or metamsk.io, not also MetaMask's help-desk and link domains zendesk.com and app.link); among
    those, the nearest whole domain (metamask.io, not MetaMask's pages at metamask.github.io). `registrable`: the
    look-alike's, `name` its name (its first label)."""
    registrables = _official_registrables(index, slug)
    if not registrables:
        return messages.Phrase("none_listed")
    typed, whole = normalize.skeleton(name), normalize.skeleton(registrable)
    distances = {domain: (OSA.distance(typed, normalize.skeleton(domain.split(".")[0])), OSA.distance(whole, normalize.skeleton(domain)))
                 for domain in registrables}
    nearest = min(distances.values())
    return ", ".join(domain for domain, distance in distances.items() if distance == nearest)


# -- policies ---------------------------------------------------------------------------------------

def _policy_conflicts(index, slug, candidate: _Candidate | None, own_active, request: CheckRequest,
                      red_flags, *, a_number: bool = False) -> list[tuple[str, dict]]:
    """What the claimed provider's own words say against the value and what was asked; with no value (a call told of
    without its number), against what was asked alone. `a_number`: the value is a phone number that no reading placed
    in a country (with no candidate)."""
    if slug is None:
        return []
    found: list[tuple[str, dict]] = []
    provider = index.providers[slug]

    def conflict(code: PolicyCode) -> None:
        policy = index.policy(slug, code)
        if policy and all(existing[1]["code"] != code for existing in found):
            source = policy.evidence[0].source_url if policy.evidence else "—"
            lang = messages.language(request.lang)
            headline = messages.POLICY_HEADLINES[code][lang].format(provider=provider_name(provider, lang))
            found.append(("policy_contradicted", {"headline": headline, "statement": policy.statement,
                                                  "source": source, "code": code}))

    is_number = a_number or candidate is not None and candidate.kind in _PHONE_KINDS
    # (a call told of without its number, "MetaMask called me", is a phone call all the same: a provider with no phone
    # support made none)
    if (is_number or candidate is None and request.channel == "call") and not own_active:
        conflict(PolicyCode.no_phone_support)
        if request.direction != "incoming":  # a call they received may be the call back asked for (see check)
            conflict(PolicyCode.callback_only)
    if candidate is not None and (candidate.kind in ("social", "email_domain") or candidate.support_named_after == slug) \
            and not any(entry.publishable for entry in candidate.entries) \
            and candidate.lookalike is None and candidate.listed_for != slug:
        # "MetaMask only offers customer service through this Help Center": a mailbox or an account said to be its
        # support that the registry knows as no one's channel is not there, nor is a group named as its support
        # (discord.gg/metamask-support). (A number's "no phone support" says so already; a look-alike, a retired
        # channel or another provider's says more than this would; a site may be a payment page or a redirect, which no
        # support is.)
        conflict(PolicyCode.contact_only_via)
    if request.direction == "incoming" and (request.channel in (None, "call") and is_number
                                             or candidate is None and request.channel == "call"):
        calls_out = any(entry.channel.direction is Direction.calls_out for entry in own_active)
        if not calls_out:
            conflict(PolicyCode.never_calls_unsolicited)
    if request.direction == "incoming" and request.channel in ("social", "chat"):
        conflict(PolicyCode.never_dms_first)
    if _a_remote_session(candidate):
        # a link to a remote-access app or a meeting, sent by one who claims to be the provider, asks what it says it never does
        conflict(PolicyCode.never_asks_remote_access)
    for flag in red_flags:
        if flag.policy and flag.policy not in _POLICIES_NOT_BY_SCRIPT_ALONE:
            conflict(flag.policy)
        if flag.code == "link_in_message" and request.channel == "sms":
            conflict(PolicyCode.never_sends_links_by_sms)
    return [(code, {k: v for k, v in params.items() if k != "code"}) for code, params in found]


# -- the response -----------------------------------------------------------------------------------

def _finish(index, verdict, reasons, base, claim, candidate, red_flags, on, lang, request, dressed) -> Verdict:
    risk = RISK[verdict]
    forged = bool(request.message) and any(reason["code"] in _A_FORGED_SENDERS_WAY for reason in reasons)
    if risk == "unknown" and dressed and (_a_remote_session(candidate) or _an_app_file(candidate)):
        # a remote-access app's site or a meeting's link, or an app to install from a file, checked by a person: someone
        # gave it to them (a page scan judges the links a help page or a review lists, and leaves their risk unknown)
        risk = "high"
    if risk == "low" and any(reason["code"] in _TAKES_THE_READER_ELSEWHERE for reason in reasons):
        risk = "high"  # the page is the provider's; where it sends the reader on is a look-alike's
    if risk == "unknown" and candidate is not None and "shown_host" in (candidate.interpretation or ()):
        risk = "high"  # an address made to be misread (a look-alike of '/', '.' or '-' in its host), whoever's name it shows
    if risk == "unknown" and candidate is not None and "link_shows" in (candidate.interpretation or ()):
        risk = "high"  # a link whose text shows another site than the one it opens, made to be trusted for it
    if risk in ("unknown", "low") and (_scam_script(red_flags) or forged):
        # nothing known about the value, or an official one, whose caller ID can be forged: the script itself
        # (a code, a recovery phrase, remote access, a transfer asked for; or a frozen account, a number to
        # call and a refund together) is a scam's; so is an official sender's message that gives a number to call
        # back, or a link to open, that is not the provider's
        risk = "high"
    if not dressed:
        return Verdict(verdict=verdict, risk=risk, reasons=reasons, **base)
    focus = claim.slug if claim else (base.get("provider") or {}).get("slug") or (candidate and candidate.named_after)
    phone_first = bool(candidate and candidate.kind in _PHONE_KINDS)
    official = official_channel_list(index, focus, on, phone_first=phone_first) if focus else []
    if claim and claim.region:
        # "Coinbase UK": its channels for the UK first (a new list: the one built is shared)
        official = sorted(official, key=lambda channel: claim.region not in channel["regions"])
    policies = _memo(index, ("policies", focus), lambda: [_policy_public(p) for p in index.policies.get(focus, {}).values()]) if focus else []
    region = (request.region or (candidate.region if candidate else None) or "").upper()
    report_to = _providers_own_report_channels(index, focus, region, lang) + authorities_to_report_to(index, region, lang) \
        if focus else authorities_to_report_to(index, region, lang)
    kind = "remote_session" if any(reason["code"] == "remote_session_code" for reason in reasons) \
        else "another_number" if any(reason["code"] == "another_kind_of_number" for reason in reasons) \
        else _advice_kind(candidate, request.channel)
    advice = _advice(verdict, focus and provider_name(index.providers[focus], lang), red_flags, lang, kind,
                     region_needed=any(reason["code"] in ("region_needed", "region_needed_without_plus", "no_number_in_region")
                                       for reason in reasons),
                     provider_named=any(reason["code"] in PROVIDER_NAMED for reason in reasons),
                     forged=forged, where_to_report=bool(report_to))
    return Verdict(verdict=verdict, risk=risk, reasons=reasons, official_channels=official, policies=policies,
                   advice=advice, report_to=report_to, **base)


# a value that is a provider's name, or one written like it: answered with its channels, nothing checked (the first
# reason of such an answer)
PROVIDER_NAMED = ("provider_named", "provider_name_resembled", "provider_name_carried")
# an official sender's message that sends the reader to a number or a site not the provider's
_A_FORGED_SENDERS_WAY = ("message_number_not_official", "message_link_not_official", "message_reply_to_not_official")
# an official value that takes the reader somewhere else: a provider's page carrying a look-alike's address
_TAKES_THE_READER_ELSEWHERE = ("carries_lookalike_address",)


def _scam_script(red_flags) -> bool:
    """Whether the message is a scam's script: it asks for what no real agent asks, or it has several
    different signs of one (see `signals.scam_script_signs`)."""
    return bool(signals.scam_script_signs(red_flags))


# How a number reached someone in writing: a text, a chat message. What to do then is not to hang up (a text that gave the
# reader PayPal's "Hang up" advice), and a forged sender is not answered, rather than hung up on.
_WRITTEN_CHANNELS = ("sms", "chat", "social")


def _advice_kind(candidate: _Candidate | None, channel: str | None = None) -> str | None:
    """The kind of value the advice is worded for (messages.ADVICE_BY_KIND): a number's chat link is a chat; a number
    that wrote, in a text or a chat, a message's sender."""
    if candidate is None:
        return None
    if (candidate.interpretation or {}).get("chat"):
        return "chat"
    if candidate.kind in _PHONE_KINDS and channel in _WRITTEN_CHANNELS:
        return "text_sender"
    return "remote_session" if _a_remote_session(candidate) else "app_file" if _an_app_file(candidate) else candidate.kind


def _an_app_file(candidate: _Candidate | None) -> bool:
    """Whether the value read is an address that downloads an app's installer (`_read_typed_domain`)."""
    return candidate is not None and "app_file" in (candidate.interpretation or {})


def _a_remote_session(candidate: _Candidate | None) -> bool:
    """Whether the value read is a remote-access app's site or a meeting's invitation (`_read_typed_domain`)."""
    return candidate is not None and "remote_session" in (candidate.interpretation or {})


def _advice(verdict: str, provider: str | None, red_flags, lang: str, kind: str | None, *, region_needed: bool = False,
            provider_named: bool = False, forged: bool = False, where_to_report: bool = True) -> list[str]:
    by_kind = messages.ADVICE_BY_KIND.get(kind)
    texts = {**messages.ADVICE, **by_kind} if by_kind else messages.ADVICE  # (a number's are the defaults)
    advice = []
    if verdict == "official" and provider and (_scam_script(red_flags) or forged):
        # "This channel is official" first, over a caller asking for a screen share, is what a victim remembers
        advice.append(texts["official_but_scam_script"][lang].format(provider=provider))
    elif verdict == "official":
        advice.append(texts["official"][lang].format(provider=provider))
    elif provider_named:
        advice.append(texts["provider_named"][lang].format(provider=provider))
    elif verdict == "invalid" and kind != "remote_session":  # (an AnyDesk address typed is no typing mistake)
        advice.append(texts["give_region" if region_needed else "check_input"][lang])
    elif provider:
        advice.append(texts["call_official_yourself"][lang].format(provider=provider))
    else:
        advice.append(texts["unknown"][lang])
    if verdict != "official" or red_flags:
        advice.append(texts["never_share"][lang])
    if verdict in ("known_scam", "lookalike", "mismatch", "contradicts_policy") or red_flags:
        # ("… report it to the authorities listed here" where the answer lists none, a region the registry holds no
        # authority of, was a promise the answer did not keep)
        advice.append(texts["report" if where_to_report else "report_to_the_police"][lang])
    return advice


def _memo(index: RegistryIndex, key: tuple, make):
    """Parts of answers that depend only on the index (and the day) are built once per index version.

    The memo lives on the index, so a new registry version starts with an empty one; callers treat
    what it returns as read-only.
    """
    value = index.memo.get(key)
    if value is None:
        if len(index.memo) > 100_000:  # as_of queries over many days: keep it bounded
            index.memo.clear()
        value = index.memo[key] = make()
    return value


def official_channel_list(index: RegistryIndex, slug: str, on: dt.date, *, phone_first: bool) -> list[dict]:
    """A provider's official channels on a day, as verdicts and page advisories list them (numbers first
    where the question was a number); built once per index version and day, read-only for callers."""
    def build() -> list[dict]:
        entries = index.official_channels(slug, on=on)
        if phone_first:
            entries.sort(key=lambda e: e.channel.kind not in _PHONE_KINDS)
        return [_channel_public(index, entry, on, evidence=False) for entry in entries]
    return _memo(index, ("official", slug, on, phone_first), build)


def provider_name(provider, lang: str) -> str:
    """A provider's name in the answer's language (Chinese answers prefer the Simplified name)."""
    if lang == "zh":
        return provider.names.get("zh-Hans") or provider.names.get("zh-Hant") or provider.names["en"]
    return provider.names["en"]


def _kind_name(kind, lang: str) -> str:
    return messages.KIND_NAMES[str(kind)][lang]


def _purposes(entry: ChannelEntry, lang: str) -> str:
    """What the channel is for, in brackets after its name; nothing where the source said nothing of it."""
    named = ", ".join(messages.PURPOSE_NAMES[str(p)][lang] for p in entry.channel.purposes)
    return "" if not named else f"（{named}）" if lang == "zh" else f" ({named})"


def _provider_public(index, provider, lang: str) -> dict:
    return _memo(index, ("provider", provider.slug, lang), lambda: {
        "slug": provider.slug, "name": provider_name(provider, lang), "names": provider.names, "kind": str(provider.kind)})


def _channel_public(index, entry: ChannelEntry, on: dt.date, *, evidence: bool) -> dict:
    """A channel as answers show it; `evidence=False` (lists of official channels) gives sources without excerpts."""
    stale = bool(entry.last_verified and (on - entry.last_verified).days > REVERIFY_DAYS)
    return _memo(index, ("channel", entry.provider.slug, entry.channel.key, stale, evidence),
                 lambda: _channel_dict(entry, stale, evidence))


def _channel_dict(entry: ChannelEntry, stale: bool, evidence: bool) -> dict:
    channel = entry.channel
    sources = [{"source_url": e.source_url, "source_kind": str(e.source_kind), "retrieved_at": e.retrieved_at.isoformat(),
                "confidence": str(e.confidence), **({"excerpt": e.excerpt} if evidence else {})} for e in channel.evidence]
    return {
        "provider": entry.provider.slug, "key": channel.key, "kind": str(channel.kind), "value": channel.value,
        "display": channel.display, "purposes": [str(p) for p in channel.purposes], "regions": channel.regions,
        "direction": str(channel.direction), "hours": channel.hours, "timezone": channel.timezone,
        "cost": str(channel.cost), "valid_from": _iso(channel.valid_from), "valid_until": _iso(channel.valid_until),
        "confidence": str(entry.confidence), "last_verified": _iso(entry.last_verified), "stale": stale,
        "evidence": sources,
    }


def _policy_public(policy) -> dict:
    # Sources without their excerpts, as for the official channel list: a verdict names where each
    # statement comes from, and /v1/providers/{slug} serves the full evidence.
    return {"code": str(policy.code), "statement": policy.statement, "channels": policy.channels,
            "sources": [{"source_url": e.source_url, "retrieved_at": e.retrieved_at.isoformat(),
                         "confidence": str(e.confidence)} for e in policy.evidence]}


def authorities_to_report_to(index: RegistryIndex, region: str, lang: str) -> list[dict]:
    """Where a scam is reported in a region (its police, regulators, complaint lines), as answers list them;
    built once per index version, read-only for callers."""
    return _memo(index, ("report_to", region, lang), lambda: [_report_public(entry, lang) for entry in index.authorities.get(region, [])])


def _providers_own_report_channels(index: RegistryIndex, slug: str, region: str, lang: str) -> list[dict]:
    """The provider's own channels for reporting fraud, in the region asked or everywhere: PayPal's phishing@paypal.com,
    M-PESA's 333 in Kenya. A mail domain counts only as a whole address to write to (not "@robinhood.com", a domain its
    mail comes from); an authority's channels are the region's, listed after."""
    def own() -> list[dict]:
        provider = index.providers[slug]
        if provider.kind is ProviderKind.authority:
            return []
        found = []
        for channel in provider.channels:
            if Purpose.fraud_report not in channel.purposes or not ("global" in channel.regions or region in channel.regions):
                continue
            if channel.kind is ChannelKind.email_domain and (channel.display or "").startswith("@"):
                continue
            if channel.kind not in (ChannelKind.phone, ChannelKind.short_code, ChannelKind.email_domain, ChannelKind.website):
                continue
            found += [_report_public(entry, lang) for entry in index.channels_for(str(channel.kind), channel.value)
                      if entry.provider.slug == slug and entry.channel is channel and entry.publishable]
        return found
    return _memo(index, ("own_report_channels", slug, region, lang), own)


def _report_public(entry: ChannelEntry, lang: str) -> dict:
    return {"provider": entry.provider.slug, "name": provider_name(entry.provider, lang), "kind": str(entry.channel.kind),
            "value": entry.channel.value, "display": entry.channel.display,
            "purposes": [str(p) for p in entry.channel.purposes], "hours": entry.channel.hours}


def _claim_public(index, claim: Resolution | None, lang: str) -> dict | None:
    if claim is None:
        return None
    return {**_provider_public(index, index.providers[claim.slug], lang), "resolved_by": claim.how, "matched": claim.matched}


def _flag_public(flag: signals.Signal) -> dict:
    return {"code": flag.code, "severity": flag.severity, "start": flag.start, "end": flag.end, "text": flag.text,
            "title": flag.title, "message": flag.explanation, "policy": str(flag.policy) if flag.policy else None}


def _reading_public(reading: normalize.PhoneReading) -> dict:
    return {"kind": reading.kind, "value": reading.value, "region": reading.region, "valid": reading.valid, "basis": reading.basis}


def _reading_text(reading: normalize.PhoneReading) -> str:
    if reading.kind == "short_code":
        return reading.value.split(":")[1] + f" ({reading.region})"
    return reading.value


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
