"""Page scan: every phone number, short code, domain and email on a page, who it is presented as, and
a verdict for each; provider mentions; page-level advisories. Pure, over the in-memory index.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import unquote, urlsplit

import ahocorasick_rs
from rapidfuzz.distance import OSA

from registry import aliases, canonical, htmltext, messages, normalize, signals
from registry.check import (
    CASHTAG,
    CHAT_APP_LABEL,
    CHAT_APP_PREPOSITIONS,
    IDENTIFIER_WORDS,
    MAX_MESSAGE_LENGTH,
    OTHER_KINDS_OF_NUMBER,
    THE_PROVIDERS_LINE,
    CheckRequest,
    a_persons_number_before,
    android_intent,
    check,
    ios_install_manifest,
    kind_of_number_before_reversed,
    messaging_names,
    official_channel_list,
    platform_note,
    provider_name,
    sent_through,
    spelled_by_its_letters,
    without_ways_to_official_channels,
    words_reversed,
)
from registry.index import RegistryIndex
from registry.links import (
    HandleShape,
    as_web_link,
    handle_names,
    handle_shape,
    platform_of_page,
    platform_services,
    scheme_wallet_link,
    social_handle,
)
from registry.pageregion import SAMPLE_CHARS, in_traditional_chinese, page_region
from registry.vocab import ChannelKind, PolicyCode, ProviderKind

MAX_INPUT_CHARS = 2 * 1024 * 1024
MAX_FINDINGS = 2000
MAX_MENTIONS = 2000
TIME_BOUND_SECONDS = 5.0
SCRIPT_SCAN_CHARS = 200_000  # caller-script signals are looked for in the first 200,000 characters
# a message told of in the asker's words, as long as a check's message may be: see `scan`
TOLD_MESSAGE_CHARS = MAX_MESSAGE_LENGTH
BEFORE_WINDOW, AFTER_WINDOW = 60, 30
# Three or four digits are a different service in every country (100 is M-PESA's in Kenya, the police's in
# Greece, and a count in "we call 100 customers"): without the page's region they are not read as a
# short code, lest a count on any page be called some country's official number.
_FEWEST_DIGITS_WITHOUT_REGION = 5

# A digit-like character (any script's decimal digits, and the letters scam pages put in their place),
# then digit-likes and short separator runs; ':' is not a separator (times), nor are hard breaks.
_SEPARATOR_CLASS = r"[^\w\n\r:,，、;；/。！!？?@]"
# 丨 (U+4E28) is a Chinese character, a stroke, which Chinese spam writes between digit groups as a bar; 一, the numeral
# one, it writes as a dash (normalize.ones_as_dashes says where it is one); ー (U+30FC, the katakana long vowel, a
# letter to the regex engine) and its half-width ｰ Japanese pages write as one ("0120ー123ー456")
_SEPARATORS = r"(?:" + _SEPARATOR_CLASS + r"|[_丨一ーｰ]){1,6}"
# The pattern opens with a character class so that the regex engine skips in C to the characters that can
# start a number; the conditions on that first character follow it, as lookbehinds. O/o/I/l count as
# digits only between digits, so they never start one (and O/o/l start most English words).
# Digits in circles and their kin (normalize.ENCLOSED_DIGITS) are a number's digits in a run of three or more, as
# spam pages write whole numbers ("PayPal ➊➑➑➑➋➋➊➊➊➏➊"), and mixed with plain ones ("400-⑧②⓪-①⑥⑧⑧", "⑨⑤188": two
# or more in a row); one alone is a list's bullet ("①拨打95188", "① 95188 ②95017"), as the signals read it.
# Superscript and subscript ones (normalize.SMALL_DIGITS) make a number of their own, two or more in a row.
# (An alternative of its own after the first character: at the pattern's top level it would cost the engine its skip to
# the characters that can start a number, 0.5 -> 1.3 ms on a 100 KB page.)
_ENCLOSED = "[" + normalize.ENCLOSED_DIGITS + "]"
# the rest of a number after its first digits: digits (and letters like them), and enclosed ones two or more in a row
# ("95188 ②95017", "①95188②95017" are a list's items, each after its bullet), then groups of them after separators
# (written as runs of a class, which the engine loops over in C: an alternative per character cost 9% more)
_DIGIT_RUN = r"[\dOoIl]*(?:" + _ENCLOSED + r"{2,}[\dOoIl]*)*"
_NUMBER_GOES_ON = _DIGIT_RUN + "(?:" + _SEPARATORS + r"(?:[\dOoIl]|" + _ENCLOSED + "{2,})" + _DIGIT_RUN + ")*"
_SMALL = "[" + normalize.SMALL_DIGITS + "]"
_ENCLOSED_DIGIT = re.compile(_ENCLOSED)
# A word of calling a number may be glued to, as sloppy pages write it ("Binance hotline95555", "支付宝toll-free95188",
# "Tel4008201688"): a word of its own (not "iPhone12"), and no more than these, lest a product's or a code's name
# ("Service2", "Online2024") start one. (In the pattern each as it is written, lower case, capitalised or in capitals: a
# lookbehind's alternatives are looked for one by one.)
_WORDS_A_NUMBER_MAY_BE_GLUED_TO = ("tel", "phone", "hotline", "helpline", "free", "call", "number")
_GLUED_TO_A_CALL_WORD = "(?:" + "|".join(f"(?<=(?<![A-Za-z]){written}.)" for word in _WORDS_A_NUMBER_MAY_BE_GLUED_TO
                                         for written in (word, word.capitalize(), word.upper())) + ")"
_A_CALL_WORD_GLUED = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(_WORDS_A_NUMBER_MAY_BE_GLUED_TO)})$", re.IGNORECASE)
_NUMBER_CANDIDATE = re.compile(
    r"[+\(（\d" + normalize.ENCLOSED_DIGITS + normalize.SMALL_DIGITS + r"]"
    r"(?:(?:(?<=\+)[\(（]?[\dOoIl]"  # '+', then a digit, maybe after a bracket
    r"|(?<=[\(（])(?<![A-Za-z0-9.].)[\dOoIl]"  # a bracket not glued to a Latin word or a dot, then a digit
    r"|(?<=\d)(?<![A-Za-z0-9.].)"  # a digit not glued to a Latin word or a dot (CJK text around is fine)
    r"|(?<=\d)" + _GLUED_TO_A_CALL_WORD + ")"  # or glued to a word that calls ("hotline95555", "Tel4008201688")
    + _NUMBER_GOES_ON +
    r"|(?<=" + _ENCLOSED + r")(?:[^\w\n]{0,3}" + _ENCLOSED + r")+" + _NUMBER_GOES_ON
    + r"|(?<=" + _SMALL + r")(?:[^\w\n]{0,3}" + _SMALL + r")+(?:" + _SEPARATORS + _SMALL + "+)*)"
)
# The letters a host name on a page is made of: ASCII, and the Latin-looking letters of other scripts
# (accented Latin, IPA, Greek, Cyrillic, Armenian, letter-like symbols, full-width Latin) that spell pаypal.com with a
# Cyrillic а. Not CJK: Chinese text runs into an address with no space ("访问www.alipay.com查看"), so a
# CJK character around an address ends it rather than joins it.
_HOST_LETTER = ("A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0250-\u02af\u0370-\u03ff\u0400-\u052f\u0531-\u0587"
                "\u1d00-\u1dbf\u1e00-\u1eff\u2100-\u218f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a")
# A URL's host ends at a CJK character (Chinese text runs on after it with no space); its path may hold them.
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# (nor at a Chinese colon, bracket or another full-width mark after it: "https://support.metamask.io：Binance登录" was no
# address, "https://www.paypal.com/signin（MetaMask官网）" an address whose path held the name the page gives it)
_URL = re.compile(r"(?<![A-Za-z0-9])https?://[^\s<>\"'）)\]】，：；！？（。、/?#\\" + _CJK + r"]+"
                  r"(?:[/?#\\][^\s<>\"'）)\]】，。、：；！？（]*)?", re.IGNORECASE)
_PATH = re.compile(r"/[^\s<>\"'）)\]】，。、]*")  # what may follow a host in an address, as in _URL
# A browser reads an ideographic or full-width full stop in a host name as a dot (IDNA mapping):
# https://paypal.com。evil.net goes to paypal.com.evil.net. Chinese text ends a sentence with the same
# character, so the host goes on only where a dotted host name follows with no space (a sentence does not
# start with one): "访问www.alipay.com。然后" and "www.alipay.com。App下载" end at the full stop.
_HOST_GOES_ON = re.compile(r"[。．｡](?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9_-])")
# A browser percent-decodes a host before it reads it: "www.paypal.com%2eevil.net" opens www.paypal.com.evil.net, and
# "www.paypal.com%E2%98%85verify.net" the host with a ★ in it; written without a scheme, the address was www.paypal.com,
# official. The host goes on over escapes where a dotted name follows (the check reads the whole as the browser does).
# (one escape first: two quantifiers that both take escapes tried every split of a long run of them, quadratic)
_ESCAPES_IN_A_HOST = re.compile(r"%[0-9A-Fa-f]{2}(?:[A-Za-z0-9-]|%[0-9A-Fa-f]{2})*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"
                                r"(?![A-Za-z0-9_-])")
_PATH_MARK = re.compile(r"[/?#\\]")
# (a character that shows nothing may stand inside a label or beside a dot, "pay\u200bpal-verify.com", "example.\u00adcom": the
# reader sees, and a browser opens, the address without it, which the check reads; it cut the address in two, and the scan
# judged "pal-verify.com")
_INVISIBLE = normalize.INVISIBLE_CHARACTERS
# (a full-width '＠', as Chinese pages write one, is the address's: the check reads it so, and the site alone was the finding)
# (not an address another "@" follows: "support@apple.com@evil.com", "support@apple.com%40evil.com" in a mailto link, go to
# evil.com, and the first part was apple.com's, official)
_MAIL_DOMAIN = r"[@＠](?:[" + _HOST_LETTER + r"-]+(?:[" + _INVISIBLE + r"]+[" + _HOST_LETTER + r"-]+)*[" + _INVISIBLE + r"]*\.[" \
    + _INVISIBLE + r"]*)+[A-Za-z]{2,24}(?![" + _HOST_LETTER + r"_-]|[@＠]|%40)"
_EMAIL = re.compile(r"(?<![" + _HOST_LETTER + _INVISIBLE + r"_.+-])[" + _HOST_LETTER + r"_.+-]+(?:[" + _INVISIBLE + r"]+["
                    + _HOST_LETTER + r"_.+-]+)*" + _MAIL_DOMAIN)
# A mailbox's name in quotes, as RFC 5321 lets one hold any character: '"service@paypal.com"@evil.net' is mail to
# evil.net, and the address in the quotes was the finding, PayPal's, official (the check reads the whole)
_QUOTED_EMAIL = re.compile(r'"[^"\n]{1,64}"' + _MAIL_DOMAIN)
# An email address at an IP address, only as RFC 5321 writes one, in brackets (paypal-support@[45.33.12.1],
# x@[IPv6:2606:4700::1111]): the check judges it as mail no provider sends. Not the bare root@45.33.12.1,
# which pages write far more often as a login (ssh, scp, a database's address) than as mail.
_EMAIL_AT_IP = re.compile(r"(?<![" + _HOST_LETTER + r"_.+-])[" + _HOST_LETTER + r"_.+-]+@\[(?:\d{1,3}(?:\.\d{1,3}){3}"
                          r"|[Ii][Pp][Vv]6:[0-9A-Fa-f:.]+)\]")
# (an address may follow an '@' that follows no mailbox's name: "follow @metamask.io", "@metamask.support", as accounts
# with a dot are written, which the check reads as the address they are: they were no finding at all)
_DOMAIN = re.compile(r"(?<![" + _HOST_LETTER + _INVISIBLE + r"_.-])(?<![" + _HOST_LETTER + r"_@.-]@)(?:www\.)?"
                     r"(?:[" + _HOST_LETTER + r"](?:[" + _HOST_LETTER + r"\-" + _INVISIBLE + r"]{0,61}[" + _HOST_LETTER + r"])?"
                     r"[" + _INVISIBLE + r"]*\.[" + _INVISIBLE + r"]*)+(?:[A-Za-z]{2,24}|xn--[a-z0-9-]+)(?![" + _HOST_LETTER + r"_-])",
                     re.IGNORECASE)
_FILE_LIKE_SUFFIXES = {"md", "py", "sh", "rs", "pl", "js", "ts", "json", "html", "htm", "txt", "png", "jpg", "jpeg", "gif",
                       "pdf", "exe", "yaml", "yml", "css", "php", "asp", "aspx", "jsp", "xml", "csv", "doc", "docx"}
# Words right before a run of digits that make it something other than a phone number: an identifier's, and these
_NOT_PHONE_WORDS = (*IDENTIFIER_WORDS, "version", "版本", "v", "no.", "no", "#", "¥", "￥", "$", "€", "£",
                    "rmb", "usd", "cny", "hkd", "价格", "售价", "金额", "原价",
                    "第", "top", "page", "chapter", "room", "step", "level", "rank",  # ordinals: 第110期, top 100
                    "qq", "qq号", "qq群", "群号", "扣扣")  # a QQ account's number is not a phone number
# "<word> [:#]" at the end of the text before a number (not a caller's ID: "Caller ID: 8882211161" is its phone number)
_NOT_PHONE_BEFORE_REVERSED = re.compile(r"\s*[:：#]?\s*(?:" + words_reversed(_NOT_PHONE_WORDS) + r")(?![\s-]*rellac)", re.IGNORECASE)
# Another kind of number (check.OTHER_KINDS_OF_NUMBER), before digits written as one run as those are
_ANOTHER_KIND_OF_NUMBER_BEFORE_REVERSED = kind_of_number_before_reversed(OTHER_KINDS_OF_NUMBER, after_others=True)
# ... but "no" after a way of calling is the number's: "Phone no: +1 …", "Customer care no. 1800 …", "Contact No - …"
_A_PHONE_NUMBERS_LABEL = re.compile(r"(?<![^\W\d_])(?:phone|mobile|cell|contact|helpline|hotline|care|tel|telephone|whatsapp|"
                                    r"toll[- ]free|support|landline|fax|office)\s*(?:no\.?|#)\s*[:：.\-]?\s*$", re.IGNORECASE)
# Units and counters right after a run of digits: an amount, a size, a date, a count (110名, 333期, 100 位). (Not 人工,
# the person a menu puts you through to, "400-600-8866 人工客服", nor 号键, a menu's key; nor a word starting the next
# line: "客服热线：400-820-1688\n本站客服QQ" is a number and then another line.)
_AFTER_NOT_PHONE = re.compile(r"[ \t\u3000]*(%|％|元|块|美元|港元|usd|rmb|cny|kb|mb|gb|年|月|日|号(?!键|鍵)|岁|人(?!工)|次|个|万|亿|"
                              r"期|名|届|条|集|章|页|楼|层|位|天|周|分钟|秒|小时|件|张|笔|台|部|本|家|倍|篇)", re.IGNORECASE)
# ... and in English, after a space and one run of digits: "Alipay processed 25969052 transactions", "Coinbase has 110000000
# users" (a number grouped as a phone number is one before its line's name: "1-888-221-1161 accounts department")
_A_COUNT_AFTER = re.compile(r"[ \t\u00a0]+(?:users|transactions|people|customers|members|views|times|downloads|followers|"
                            r"accounts|installs|visits|orders|tokens|coins|shares|votes|likes|comments|reviews|merchants|"
                            r"countries|employees|holders|wallets|trades)(?![^\W\d_])", re.IGNORECASE)
_CALL_WORD_BEFORE_DASH = re.compile(r"(?<![A-Za-z])(?:tel|ph|phone|call|fax|mobile|hotline)[-_]$", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$")
# Runs shaped like an IP address, a date, a version, a year or an amount, or starting with a date: not
# phone numbers.
_NOT_PHONE_SHAPE = re.compile(
    r"\d{1,3}(?:\.\d{1,3}){3}$"  # 192.168.1.10
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$"  # 2024-05-12, 12/05/2024
    r"|(?!(?:1\.)?\d{3}\.\d{3,4}\.\d{4}$)\d{1,3}(?:\.\d{1,4}){1,3}$"  # 2.14.1, not 1.800.275.2273 nor 138.0013.8000
    r"|(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}(?!\d)"  # 2024年5月12日 14:00
    r"|(?:19|20)\d\d\Z"  # a year
    r"|\d+[.,]\d{1,2}$")  # an amount
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_HINDI_CALLING = r"कॉल|[फ\u095e]\u093c?ोन|डायल"  # call, phone (फ़ोन with its nukta or without), dial
_CALL_WORDS = re.compile(
    # (and Traditional Chinese, as Taiwan and Hong Kong write them: "請撥打165", "反詐騙諮詢專線165", "110報案")
    r"(客服|电话|热线|拨打|致电|报警|举报|投诉|专线|短信|號碼|電話|熱線|撥打|致電|報警|報案|舉報|投訴|專線|簡訊|短訊|"
    r"hotline|helpline|phone|call|dial|tel|text|sms|customer service|customer care|"
    r"toll[- ]free|support|contact|report|हेल्पलाइन|नंबर|नम्बर|" + _HINDI_CALLING + r"|"
    # (Spanish, Portuguese, French, German and Italian: "Llama al 088", "denuncia al 017", "Ligue 190", "appelez le 17",
    # "Rufen Sie die 110 an", "chiama il 112")
    r"llam[aeo]|marca al|marque|denunci|tel[eé]fono|ligue|ligar para|disque|appel|composez|anruf|rufen sie|w[aä]hlen sie|chiam|"
    # (Korean and Japanese: "금융감독원 콜센터: 1332", "112에 신고", "消費者ホットライン188", "警察相談専用電話#9110"; not 번호 or 番号,
    # which an order's number is too)
    r"전화|신고|콜센터|고객센터|상담|문의|국번|연락|相談|通報|ダイヤル|コールセンター|窓口|問い合わせ|問合せ|ホットライン|連絡|"
    # (Russian and Ukrainian: "позвоните по номеру 900", "на короткий номер 3700", "поліцію за номером 102";
    # not "номер" alone, an order's number too)
    r"звон|телефон|горяч[а-яё]* лини|дзвон|гаряч[а-яіїєґ]* ліні|по номеру|за номером|коротк[а-яіїєґ]* номер)", re.IGNORECASE)
# Hindi puts the verb after the number ("1930 पर कॉल करें": call 1930), and a helpline is named after its number
# ("the 1930 helpline"); looked for right after a year-shaped run only (a year's "1930 report" is no call)
_CALLED_AFTER = re.compile(r"[\s:-]{0,3}(?:(?:पर|पे)\s{0,2})?(?:" + _HINDI_CALLING + r"|helpline|हेल्पलाइन)", re.IGNORECASE)
_HOTLINE_WORDS = (
    r"(客服电话|客服热线|服务热线|人工客服|客服|热线|投诉电话|电话|号码|熱線|客戶服務|服務熱線|投訴電話|電話|號碼|"
    r"customer\s+service|customer\s+support|"
    r"customer\s+care|support(\s+(number|line|team))?|help\s*line|help\s*cent(er|re)|hotline|toll[- ]free|phone|call|contact|"
    r"atenci[oó]n al cliente|servicio al cliente|soporte|l[ií]nea (de atenci[oó]n|gratuita)|tel[eé]fono|atendimento|suporte|"
    r"telefone|\bsac\b|"
    r"service\s+clients?|service\s+client[eè]le|num[eé]ro\s+de\s+t[eé]l[eé]phone|assistance|num[eé]ro\s+(vert|gratuit)|"
    r"kundenservice|kundendienst|kundensupport|telefonnummer|servicenummer|rufnummer|telefon|"
    r"servizio\s+clienti|assistenza\s+clienti|numero\s+verde|"
    # (India's pages': "customer care" and "helpline" in Hindi)
    r"कस्टमर\s+केयर|हेल्पलाइन|"
    # (Russian's and Ukrainian's: "служба поддержки", "горячая линия", "гаряча лінія", "телефон")
    r"служб[а-яё]*\s+поддержки|горяч[а-яё]*\s+лини[а-яё]*|служб[а-яіїєґ]*\s+підтримки|гаряч[а-яіїєґ]*\s+ліні[а-яіїєґ]*|"
    r"телефон|"
    # (Korean's and Japanese's: "업비트 고객센터", "24시간 상담", "PayPay カスタマーサポート", "お問い合わせ窓口", "フリーダイヤル")
    r"고객\s?센터|고객지원|상담(\s?센터)?|콜\s?센터|대표\s?번호|カスタマー(サポート|センター)|サポートセンター|コールセンター|"
    r"お?問い?合わ?せ|窓口|フリーダイヤル|"
    # (Vietnamese's and Indonesian's: "Tổng đài hỗ trợ Binance", "Hotline CSKH", "Layanan pelanggan DANA")
    r"t[oổ]ng đ[aà]i|cskh|chăm sóc khách hàng|đường dây nóng|h[oỗ] tr[oợ]|layanan pelanggan|pusat bantuan|pengaduan)")
# (each word's first letter looked at first: most characters of a page begin none of them)
HOTLINE_WORDS = re.compile(r"(?=[acshtplnkrđ客服人热投电号熱電號कहгст고상콜대カサコお問窓フ])" + _HOTLINE_WORDS, re.IGNORECASE)


@dataclass
class Mention:
    slug: str | None  # None: another organisation's name that holds a provider's (中国银行业协会), never answered
    text: str
    start: int
    end: int
    how: str  # alias | near_miss | other_organisation | shown_channel (a link showing its official channel) | title (the
    # page's title names it, and its text nowhere: see _page_topic) | keypad_letters (a number's own, 1-888-COINBASE)


@dataclass
class ScanRequest:
    text: str | None = None
    html: str | None = None
    # With text: the page's links, each spanning its text in `text`, as a client that built the text from
    # the page knows them (html brings its own, read from its <a href>).
    links: list[htmltext.Link] | None = None
    # With text: the page's language tag (<html lang="zh-CN">), a clue to its region as html's own tag is.
    page_language: str | None = None
    # With text: the page's title (document.title), which may name the provider the page is about, as html's own does
    page_title: str | None = None
    # With text: where the lines that are a list's items (<li>, <dt>, <dd>) start, which the text shows no bullet
    # for, as a client that built the text from the page knows them (html brings its own: htmltext.Page.list_items)
    list_items: list[int] | None = None
    # With text: which of `list_items` are a description list's terms (<dt>), each saying what the items after it are, up
    # to the next term (html brings its own: htmltext.Page.terms)
    terms: list[int] | None = None
    # With text: the spans of what the page's form fields show of their own, as a client that built the text from
    # the page knows them (html brings its own: htmltext.Page.fields)
    fields: list[tuple[int, int]] | None = None
    url: str | None = None
    region: str | None = None
    lang: str | None = None
    include_text: bool = False


_NUMBER_KINDS = ("number", "keypad")  # the raws that are phone numbers as written (see _Raw.kind)


@dataclass
class _Raw:
    kind: str  # "number" | "keypad" (1-877-FTC-HELP) | "domain" | "account" (a platform's name and a handle: 微信：binance-kefu888)
    # | "handle" (@name)
    text: str
    start: int
    end: int
    source: str = "text"
    asked: str | None = None  # what the check is asked, where not `text` ("Telegram @okx_kefu" for "@okx_kefu on Telegram")
    # the messaging app named just before a number ("WhatsApp: +1 888 221 1161", "微信：138…"): the number is given as
    # an account there, a chat with it (check._read_chat_on_number)
    chat_app: str | None = None
    # how the number reached someone the page tells of, "call" or "sms", where it says so just before it ("they called me
    # from 1-888-…", "texted me from", "来电显示95188"): judged as the check judges a call or text received from it
    incoming: str | None = None
    after_at: bool = False  # an address written after an '@' and no mailbox's name ("@metamask.support"): see _judge
    # an address disarmed as security warnings write them (hxxps://…[.]com): presented as no one (see _defanged_addresses)
    disarmed: bool = False
    # an address spelled out or spaced apart ("metamask-restore dot com", "www. binance-support. com"): kept only where the
    # registry knows it (see _spelled_addresses)
    spelled: bool = False


@dataclass
class ScanState:
    started: float
    deadline: float
    clock: Callable[[], float] = time.monotonic
    timed_out: bool = False
    truncated: bool = False
    side_by_side_reads: int = 0  # see MAX_SIDE_BY_SIDE_READS

    def out_of_time(self) -> bool:
        if self.clock() > self.deadline:
            self.timed_out = self.truncated = True
        return self.timed_out


@dataclass
class ScanResult:
    findings: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    advisories: list[dict] = field(default_factory=list)
    red_flags: list[dict] = field(default_factory=list)
    page: dict = field(default_factory=dict)
    stats: dict = field(default_factory=dict)
    registry_version: int = 0
    text: str | None = None

    def to_dict(self) -> dict:
        result = dict(self.__dict__)
        if result["text"] is None:
            result.pop("text")
        return result


def scan(index: RegistryIndex, request: ScanRequest, *, today: dt.date | None = None,
         time_bound: float = TIME_BOUND_SECONDS, clock: Callable[[], float] = time.monotonic) -> ScanResult:
    """`clock` is what the time bound is measured by (the tests pass one that advances at a set pace)."""
    lang = messages.language(request.lang)
    today = today or dt.datetime.now(dt.UTC).date()
    started = clock()
    state = ScanState(started=started, deadline=started + time_bound, clock=clock)
    links: list[htmltext.Link] = []
    list_items: list[int] = []
    terms: list[int] = []
    fields: list[tuple[int, int]] = []
    title = request.page_title or ""
    language_tag = request.page_language
    if request.html is not None:
        page = htmltext.extract(request.html[:MAX_INPUT_CHARS])
        text, links, title, language_tag, list_items = page.text, page.links, page.title, page.language, page.list_items
        fields, terms = page.fields, page.terms
    else:
        text = (request.text or "")[:MAX_INPUT_CHARS]
        # A link whose text runs past the cut has lost what it showed: it is left out with that text.
        links = [link for link in request.links or () if 0 <= link.start <= link.end <= len(text)] \
            if request.links is not None else htmltext.markdown_links(text)
        list_items = [start for start in request.list_items or () if 0 <= start <= len(text)]
        terms = [start for start in request.terms or () if 0 <= start <= len(text)]
        fields = [(start, end) for start, end in request.fields or () if 0 <= start <= end <= len(text)]
    region, region_source = page_region(request.region, language_tag=language_tag, url=request.url, text=text)

    stages: dict[str, float] = {}
    stage_started = time.monotonic()

    def lap(name: str) -> None:
        nonlocal stage_started
        now = time.monotonic()
        stages[name] = round((now - stage_started) * 1000, 2)
        stage_started = now
        # (a stage past the bound says so, and the next ones stop early: one whose loop found nothing to do never asked)
        state.out_of_time()

    # One folded copy (compatibility letters normalised, lower case; typeset apostrophes, dashes and no-break spaces
    # plain, one character for one) serves names and caller scripts. Folding only ever lengthens a character (㎏ → kg),
    # so when the lengths agree every position still agrees. The passes over the page's text come one after another,
    # while it is still in the processor's cache (and its UTF-8 form, which each automaton reads, is made once).
    folded = signals.plain_punctuation(signals.fold(text))
    lap("fold")
    aligned = folded if len(folded) == len(text) else None
    # names and accounts are found in a lower-case copy of the page's length: the folded one where it has it
    lowered = aligned if aligned is not None else _lower_keeping_length(text)
    mentions = find_mentions(index, text, state, lowered=lowered)
    if region is None and (named_country := _the_country_named_with_the_providers(text, mentions)):
        # "Google Pay India Grievances … toll free at: 1-800-419-0157": a page that names a provider with its country, and no
        # other country so, is written for that country's users, and its numbers as they are written there
        region, region_source = named_country, "page_text"
    if region is None and (home := _the_one_home_of_the_providers_named(index, mentions)) \
            and not in_traditional_chinese(text[:SAMPLE_CHARS]):
        # "Capitais e regiões metropolitanas: 4020 0185" on a page about Nubank, which names no country: a page that names
        # only providers of one country (a global one says nothing) is written for that country's users, and its numbers
        # as they are written there (Nubank's own 4020 0185 was no number at all). Not a page in Traditional characters,
        # Hong Kong's, Macao's and Taiwan's alike, whose readers 支付寶's name does not place (see pageregion).
        region, region_source = home, "page_providers"
    if region is None and in_traditional_chinese(text[:SAMPLE_CHARS]) \
            and (numbers_say := _the_one_region_its_numbers_are_valid_in(index, text[:SAMPLE_CHARS])):
        # "幣安客服電話：02-2345-6789" on a page in Traditional characters: Taiwan's numbers begin with its trunk 0, which Hong
        # Kong's and Macao's have none of, so where the page's numbers are valid in one of the three alone, and none in
        # another alone, they say whose they are (the number was read nowhere, and the page's "165" neither)
        region, region_source = numbers_say, "page_numbers"
    lap("mentions")
    # A page with an address is a web page, whose help and guides name codes and passwords without asking for
    # them, and give ways to reach their owner; a text alone, or markup alone (an email's), is what someone sent
    # or said, as are the pages of webmail and chat apps (signals.SignalDef.names, signals.scam_script_signs)
    on_a_page = _a_web_page(request.url)
    if not on_a_page and len(text) <= TOLD_MESSAGE_CHARS and not list_items and not fields and signals.reads_as_told(text):
        # what someone tells of a call in their own words, pasted in the check page's message box ("He said he was from
        # Coinbase and told me to move my crypto …"): read as the caller said it, as a check reads it (a text that long is
        # a message, not a page sent without its address, which would be read twice)
        flags = signals.find_told(text, lang=lang, folded=folded)
    else:
        flags = signals.find(text[:SCRIPT_SCAN_CHARS], lang=lang, folded=folded[:SCRIPT_SCAN_CHARS] if aligned else None,
                             list_items=list_items, fields=fields, on_a_page=on_a_page)
    if flags:
        flags = without_ways_to_official_channels(index, flags, text, region, lang, links)
    lap("scam_script")
    numbers = _numbers(index, text, region, state)
    lap("numbers")
    accounts = _accounts(text, lowered, state)
    if accounts:  # the digits of "QQ：800012345" are the account, not a phone number too
        numbers = _outside(numbers, [(account.start, account.end) for account in accounts])
    handles = _outside(_handles(text, lowered, state, _platform_of(request.url)),
                       [(account.start, account.end) for account in accounts])
    domains = _domains(text, state)
    defanging_marks, spelled_marks = _written_address_marks(lowered)
    if defanging_marks and (defanged := _defanged_addresses(text, defanging_marks, state)):
        domains = _outside(domains, [(raw.start, raw.end) for raw in defanged]) + defanged
    if spelled_marks and (spelled := _spelled_addresses(text, spelled_marks, state)):
        domains = _outside(domains, [(raw.start, raw.end) for raw in spelled]) + spelled
    if app_links := _app_links(text, state):  # (the address inside one, trust://open_url?url=https://…, is its)
        domains = _outside(domains, [(raw.start, raw.end) for raw in app_links]) + app_links
    if accounts and domains:  # ("Instagram: metamask.support.team": the handle of the account, dots and all)
        domains = _outside(domains, [(account.start, account.end) for account in accounts])
    if domains and "<" in text:
        domains = _senders_shown_as_addresses(text, domains, state)
    if domains and numbers:
        # the digits of an address are no number of their own ("95188.cn-support.com", "https://33700.fr.evil.com", a
        # mailbox's "95188@qq.com": each was also the short code, official, low risk, beside the look-alike site or the
        # mailbox named after the hotline); a number before a sentence run on after its full stop is one, as what follows
        # is no address ("Call 1-888-221-1161.Thanks")
        number_starts = sorted(number.start for number in numbers)
        numbers = _outside(numbers, [(raw.start, raw.end) for raw in domains
                                     if _holds_a_number(number_starts, raw) and _an_address(raw.text)])
    raws = _dedupe(numbers + domains + accounts + handles + _link_targets(text, links))
    lap("domains")
    # Names inside an address or an account (paypal in paypal-secure-login.net, binance in 微信：binance-kefu888)
    # are not the page presenting anything; a provider's name that is written as its domain ("Binance.US 客服")
    # is, and is a mention of it.
    named = _domains_written_as_names(index, text, raws)
    # ("@Binance", a name and nothing more, addresses the provider: a mention still)
    whole_names = {(mention.start - 1, mention.end) for mention in mentions}
    mentions = _outside(mentions, [(raw.start, raw.end) for raw in raws
                                   if raw.kind in ("domain", "account", "handle") and raw.source == "text" and raw.start not in named
                                   and not (raw.kind == "handle" and (raw.start, raw.end) in whole_names)])
    if named:
        mentions = sorted(mentions + list(named.values()), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    findings = []
    chat_links = []  # addresses judged as a phone number: messaging apps' links that open a chat with one
    owned: list[tuple[int, str]] = []  # (start, provider) of each official channel in the text, in order
    text_findings: tuple[list[int], list[dict]] | None = None  # (starts, findings) of the text's own findings
    names_taken_after: set[int] = set()  # where the names start that a finding was presented as from after it
    last_presented = None  # (end, mention, hotline) of the text's last finding, where it was presented as a provider's
    # (start, end) of the findings so far, in order, and of every link from the start: the text's raws are judged
    # before the links', and a link stands between a name and what follows it wherever it is
    found_spans = sorted((raw.start, raw.end) for raw in raws if raw.source == "link")
    signature = _signature(text, mentions)
    speaker = _speaker(text, mentions) if signature is None else None
    # (an email signed at its foot gives as its own what it says is "ours" above the name)
    signed_off = speaker is None and signature is None and (speaker := _signed_off(text, mentions)) is not None
    page_verdict = None
    if request.url:
        page_verdict = check(index, CheckRequest(value=request.url[:300], lang=lang), today=today).to_dict()
    if signature is None and speaker is None:
        speaker = _posed_as(page_verdict, mentions)
    raw_starts = [raw.start for raw in raws if raw.source == "text"]  # in order: the text's raws come first
    item_starts = frozenset(list_items)
    term_starts = sorted(set(terms))
    payment_methods = _named_as_payment_methods(text, mentions)
    authorities = frozenset(slug for slug, provider in index.providers.items() if provider.kind is ProviderKind.authority)
    topic = _page_topic(index, text, title, mentions, authorities, payment_methods, state) \
        if signature is None and speaker is None else None
    # (what the topic presents stands below the text's first line: a line alone is no titled page; and past the topic's
    # first mention, with no other provider named between: a sidebar's "相关文章：币安客服电话" ends what the title reaches)
    below_the_title = signals.line_end(text, _first_line_start(text)) if topic else 0
    others_named = [mention.start for mention in mentions if mention.slug not in (None, topic.slug)
                    and mention.slug not in authorities] if topic else []
    for raw in raws:
        if len(findings) >= MAX_FINDINGS or state.out_of_time():
            state.truncated = True
            break
        shown = []
        if raw.source == "link":
            if text_findings is None:  # the text's findings are all in: its raws come before the links'
                text_findings = ([finding["start"] for finding in findings], list(findings))
            shown = _shown_in_link(text_findings, raw)
        # A link's own text names what it is presented as, or shows a provider's official channel; else the page;
        # else the message's signature
        mention, hotline = (raw.source == "link" and (_named_in_link(text, raw, mentions, starts, on_a_page=on_a_page)
                                                      or ((shown_as := _official_shown(shown)) and (shown_as, False)))) \
            or _presented_as(text, raw.start, raw.end, mentions, starts, owned, names_taken_after, raw_starts, item_starts,
                             payment_methods, a_number=raw.kind in _NUMBER_KINDS, authorities=authorities, terms=term_starts)
        recipients_line = _recipients_line(text, raw, mention, sender_known=signature is not None or speaker is not None)
        if recipients_line is not None:
            # "To: me@example.com" under "From: PayPal <service@…>": a pasted email's recipients are the reader and
            # whoever else it went to, not the sender's; a name on the line itself still presents the address
            # ("To: Coinbase Support <help@coinbase-helpdesk.net>", a reader writing to a look-alike); so are the accounts
            # a post replies to
            if mention is not None and mention.start < recipients_line:
                mention, hotline = None, False
        elif signature is not None and raw.start > signature.end and (mention is None or (
                len(text) <= MESSAGE_CHARS and mention.slug != signature.slug and mention.end <= raw.start
                and _SENTENCE_END.search(text, mention.end, raw.start))):
            # A message signed by one provider that names another in an earlier sentence gives its number as the
            # sender's: "【支付宝】您向微信支付商户付款998元已成功。如非本人操作，请致电 95188" is Alipay's 95188, not a
            # "WeChat Pay" number that is Alipay's (a mismatch, high risk); the payee named is no one's hotline.
            mention = signature
        elif mention is None and speaker is not None and (raw.start > speaker.end or signed_off and raw.end <= speaker.start) \
                and (ours := _said_as_ours(text, raw.start, _own_label(raw))) is not None:
            # An email from "Coinbase Support <…>" or a text that says "This is PayPal" speaks as that provider, and
            # gives as its own what it says is "ours": "call our security team at +1 (855) …" lines below; not any
            # number in it (a receipt's merchant, "Contact the seller: +1 415 …", is the merchant's)
            mention, hotline = speaker, ours
        elif mention is None and topic is not None and raw.source == "text" and raw.kind in ("number", "keypad", "account") \
                and raw_starts[0] > below_the_title and raw.start > below_the_title \
                and bisect.bisect_left(others_named, topic.start) == bisect.bisect_left(others_named, raw.start) \
                and _given_as_a_support_line(text, raw, raw_starts):
            # An SEO article titled "小狐狸钱包客服电话是多少？" gives its numbers paragraphs below the title, each on a line of
            # its own ("全国统一客服热线：400-…", "也可以拨打备用号码 021-…"), too far from any name to be presented by it
            mention, hotline = topic, True
        elif mention is None and raw.source == "text" and last_presented is not None \
                and _AN_ALTERNATIVE.fullmatch(text, last_presented[0], raw.start):
            # "可添加官方客服微信：tpkefu888，或QQ：2786541230": what follows a presented line with only an "or" between is
            # given as the same one's, though its own label ("QQ") names no line and the name is a line above
            _, mention, hotline = last_presented
        if mention is not None and raw.source == "link" and mention.how != "shown_channel" \
                and raw.start <= mention.start and mention.end <= raw.end and _names_its_own_site(text, raw):
            # "Coinbase - Wikipedia", "How to contact Coinbase support - YouTube": a search result or a page titles a
            # link with its site's name beside the provider's; that site's page about the provider is not presented
            # as the provider's
            mention, hotline = None, False
        if mention is not None and raw.kind == "domain" and raw.source == "text" and _A_BREADCRUMB.match(text, raw.end):
            # "https://www.quora.com › What-is-Coinbase-phone-number": a search result's address as Google and Bing
            # show it under its title is where the result is, not an address the title presents as the provider's
            mention, hotline = None, False
        if raw.disarmed:  # ("PayPal phishing alert: hxxps://paypal-verify[.]com …": a warning's, not presented as PayPal's)
            mention, hotline = None, False
        elif mention is not None and raw.kind == "number" and raw.source == "text" and (person := _A_PERSON_BEFORE.search(
                text, max(text.rfind("\n", 0, raw.start) + 1, raw.start - _PERSON_REACH), raw.start)) \
                and mention.start < person.start():
            # a payment's confirmation gives who paid or was paid: "M-PESA: … received Ksh 3,500.00 from JOHN KAMAU 0712…"
            # (the capitals that are the provider's own name, "call to PAYPAL SUPPORT 0722…", are no person)
            mention, hotline = None, False
        elif mention is not None and raw.kind == "number" and raw.source == "text" \
                and (a_persons_number_before(text, max(text.rfind("\n", 0, raw.start) + 1, raw.start - _PERSON_REACH), raw.start)
                     or mention.end <= raw.start and _A_TRANSFER_AFTER.match(text, raw.end)) \
                and not THE_PROVIDERS_LINE.search(text, min(mention.end, raw.end), max(mention.start, raw.start)) \
                and not (mention.end <= raw.start and _A_SENDERS_HEADER.match(text, mention.end)):
            # a person's number in a payment's words: "用支付宝转账给朋友 139…", "骑手电话 170…，支付宝已支付", "我的支付宝账号是 138…" (an
            # account there is a phone number), "通过支付宝向 138… 转账" (each was presented as the provider's, not its, high
            # risk); not where the provider's service or its own word stands between ("支付宝人工客服手机号 138…"), nor in a
            # message the name heads as its sender ("Venmo: send $1 to 415-… to verify your account")
            mention, hotline = None, False
        elif mention is not None and raw.source == "text" and (itself := named.get(raw.start)) is not None \
                and itself.slug != mention.slug:
            # a provider's name written as its domain names itself, not another's: "Trending: Kraken support number, Crypto.com
            # helpline" was crypto.com "presented as Kraken's", high risk
            mention, hotline = None, False
        elif raw.kind == "keypad" and (spelled := spelled_by_its_letters(index, raw.text)):
            # ("PayPal alert: … Call 1-888-COINBASE": its own letters present it, not a name in a sentence before it)
            mention, hotline = Mention(spelled[0].slug, raw.text, raw.start, raw.end, "keypad_letters"), False
        past_a_finding = mention is not None and mention.end <= raw.start and \
            _a_finding_between(found_spans, mention, raw.start, or_holding_it=raw.source == "link")
        if past_a_finding and raw.source == "text" and text.find("\n", mention.end, raw.start) == -1 \
                and _names_the_next_item(text, mention.end, raw.start):
            # "支付宝95188，微信支付95017，京东950618，美团10107888": each item names its own, and a name the registry does
            # not hold is no mention; JD's and Meituan's numbers were "WeChat Pay's that are not its", high risk (and
            # addresses and accounts alike: "PayPal: service@paypal.com, eBay: help@ebay.com", "京东客服QQ 800012345")
            mention, hotline, past_a_finding = None, False, False
        by_the_sender = mention is not None and (mention is signature or mention is speaker)
        finding = _judge(index, raw, mention, hotline, region, lang, today, past_a_finding=past_a_finding,
                         by_the_sender=by_the_sender, region_guessed=region_source == "page_providers")
        if finding is None and region is None and raw.kind == "number" and (shown_region := _region_shown(shown)):
            # tel:4006178399 under "95188", on a page whose region is not known: dialled where the number it
            # shows is, it reads (and shows the link dialling elsewhere); unread, it hid the deception
            finding = _judge(index, raw, mention, hotline, shown_region, lang, today, past_a_finding=past_a_finding,
                             by_the_sender=by_the_sender)
        if finding and mention is not None and mention.start >= raw.end and _anothers_own(finding["verdict"], finding["reasons"]) \
                and (label := _label_above(text, raw.start, mentions, starts)) and label.slug == finding["provider"]:
            # "支付宝客服热线：\n95188 微信支付客服": the name after the number gave way to a label above it, whose
            # provider's own number it is, and not the name's: the label names it, the name begins the next item
            mention = label
            finding = _judge(index, raw, label, bool(HOTLINE_WORDS.search(text, label.end, raw.start)), region, lang, today)
        if finding and raw.spelled and finding["provider"] is None and finding["verdict"] != "known_scam":
            finding = None  # ("the dot com era", "a follow-up. info": words; see _spelled_addresses)
        if finding and raw.kind == "number" and raw.source == "text":
            finding["text"] = text[finding["start"]:finding["end"]]  # as written: enclosed digits are read (_numbers)
        if finding:
            findings.append(finding)
            if raw.source == "text":
                bisect.insort(found_spans, (finding["start"], finding["end"]))
                last_presented = (finding["end"], mention, hotline) if finding["presented_as"] else None
            if finding["presented_as"] and mention is not None and mention.start >= raw.end and raw.source == "text":
                names_taken_after.add(mention.start)
            if finding["verdict"] == "official" and finding["provider"] and raw.source == "text":
                owned.append((finding["start"], finding["provider"]))
            if raw.kind not in _NUMBER_KINDS and finding["kind"] in _PHONE_KINDS and raw.source == "text":
                chat_links.append(finding)
    if chat_links:
        findings = _outside_chat_links(findings, chat_links)
    findings.sort(key=lambda f: (f["start"], f["end"]))
    findings = _not_the_recipients(text, findings)
    _claimed_where_written_again(findings)
    lap("verdicts")

    if named_after := _page_named_after(page_verdict):
        # www.paypal.de: maybe PayPal's German site, maybe not; what it gives as PayPal's is not a false claim either
        _given_on_the_providers_own_site(findings, named_after, page_verdict["input"]["normalized"], lang,
                                         reason="given_on_a_site_named_after")
    if owner := _page_owner(page_verdict):
        _given_on_the_providers_own_site(findings, owner, page_verdict["input"]["normalized"], lang,
                                         owner_name=page_verdict["provider"]["name"], page=text)
        # The provider's own page is no scam's script: Binance's help on signing a message to prove a wallet is
        # one's own, in a message from a stranger, is a drainer's ask; on binance.com it is how withdrawals work.
        # (Its users' pages there, forum posts and invoices, are no official page: their scripts still count.)
        flags = []
    # (on a page, the page as the signals read it: their spans are the folded text's, which folding lengthens at ™ or ⑪)
    script = signals.scam_script_signs(flags, page=folded if on_a_page else None)
    if script:
        _official_in_a_script(findings)
    _invoices_sent_through(index, text, findings, lang, script=bool(script))
    deceptive = _mark_deceptive_links(findings, lang)
    # Another organisation's name stood between a number and a provider's name above it; it is no mention.
    mentions = [mention for mention in mentions if mention.slug]
    advisories = _advisories(index, text, findings, mentions, page_verdict, script, deceptive, lang, today, payment_methods,
                             on_a_page=on_a_page)
    lap("advisories")
    result = ScanResult(
        findings=findings,
        mentions=[m.__dict__ for m in mentions],
        advisories=advisories,
        red_flags=[{"code": f.code, "severity": f.severity, "start": f.start, "end": f.end, "text": f.text,
                    "title": f.title, "message": f.explanation} for f in flags],
        page={"url": request.url, "title": title or None, "region": region, "region_from": region_source,
              "verdict": page_verdict["verdict"] if page_verdict else None,
              "provider": (page_verdict or {}).get("provider")},
        stats={"characters": len(text), "findings": len(findings), "mentions": len(mentions),
               "truncated": state.truncated or len(request.html or request.text or "") > MAX_INPUT_CHARS,
               "timed_out": state.timed_out, "milliseconds": round((clock() - state.started) * 1000, 1),
               "milliseconds_by_stage": stages},
        registry_version=index.version,
        text=text if request.include_text else None,
    )
    return result


def _claimed_where_written_again(findings: list[dict]) -> None:
    """A number or address the text gives as a provider's that is not its own, written again where no name presents
    it, is the same false claim: "© 2026 CryptoHelpDesk. Call +1 (888) 555-1234" at the foot of an article that gives it
    as Coinbase's line was "not in our registry" there, a lower risk than the same number above. (An official or
    look-alike value is judged alike wherever it stands; only a claim turns "unknown" into a mismatch.)"""
    claimed = {}
    for finding in findings:
        if finding["presented_as"] and finding["verdict"] in ("mismatch", "contradicts_policy"):
            claimed.setdefault((finding["kind"], finding["value"]), finding)
    if not claimed:
        return
    for finding in findings:
        if finding["presented_as"] is None and finding["verdict"] == "unknown" \
                and (same := claimed.get((finding["kind"], finding["value"]))) is not None:
            finding.update(verdict=same["verdict"], risk=same["risk"], reasons=list(same["reasons"]), provider=same["provider"],
                           presented_as=dict(same["presented_as"]))


def _domains_written_as_names(index: RegistryIndex, text: str, raws: list[_Raw]) -> dict[int, Mention]:
    """The bare domains in the text that are a provider's name as written (Binance.US: its alias "binance us"),
    by where they start, as mentions of it."""
    named = {}
    for raw in raws:
        if raw.kind == "domain" and raw.source == "text" and "/" not in raw.text and "@" not in raw.text:
            slug = index.alias_to_slug.get(aliases.fold(raw.text))
            if slug:
                named[raw.start] = Mention(slug, text[raw.start:raw.end], raw.start, raw.end, "alias")
    return named


def _outside_chat_links(findings: list[dict], chat_links: list[dict]) -> list[dict]:
    """The findings less the numbers read inside a chat link's text (the 18005551234 of wa.me/18005551234):
    the link's own finding is that number, judged as a chat."""
    def inside_one(finding: dict) -> bool:
        return finding["kind"] in _PHONE_KINDS and finding["source"] == "text" and any(
            link is not finding and link["start"] <= finding["start"] and finding["end"] <= link["end"] for link in chat_links)
    return [finding for finding in findings if not inside_one(finding)]


# A sender as mail shows one, whose name is an email address ('"service@paypal.com" <alerts@secure-mailer.net>', as a
# spoofed mail's From line reads)
_A_SENDER_SHOWN_AS_AN_ADDRESS = re.compile(r"\"?(?P<name>[^\n<>\"@]{0,40}[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
                                           r"[^\n<>\"@]{0,40}?)\"?[ \t]*<(?P<address>[^<>@\s]+@[^<>\s]+)>")


# ... found from its "<address>" back: the pattern run over a page of addresses took 6 µs a character (13 s for 2 MB, past
# the scan's time bound), trying a name at every one. A name holds one '@' and no line break or angle bracket, so it starts
# after the '@' before its own, and within this many characters of the '<' (40 on each side of an address of up to 80)
_AN_ADDRESS_IN_ANGLE_BRACKETS = re.compile(r"<[^<>@\s]+@[^<>\s]+>")
_A_SENDER_ENDING_HERE = re.compile(_A_SENDER_SHOWN_AS_AN_ADDRESS.pattern + r"\Z")
_SENDERS_NAME_REACH = 170


def _senders_shown_as_addresses(text: str, domains: list[_Raw], state: ScanState) -> list[_Raw]:
    """The addresses found, but an address a sender's name shows, which is no sender ('"service@paypal.com"
    <alerts@secure-mailer.net>': it was a finding of its own, PayPal's, official, low risk, where the mail comes from
    another); the sender's own address is asked about with its name, as the check reads a sender (a claim to be the
    provider whose address the name shows: check._shown_address_of_another)."""
    for bracketed in _AN_ADDRESS_IN_ANGLE_BRACKETS.finditer(text):
        if state.out_of_time():
            break
        bracket = bracketed.start()
        reach = max(0, bracket - _SENDERS_NAME_REACH)
        reach = max(reach, *(text.rfind(mark, reach, bracket) + 1 for mark in "\n<>"))
        if (at := text.rfind("@", reach, bracket)) < 0:
            continue  # (no address before it: no sender's name shows one)
        reach = max(reach, text.rfind("@", reach, at) + 1)
        if (shown := _A_SENDER_ENDING_HERE.search(text, reach, bracketed.end())) is None:
            continue
        name_start, name_end = shown.span("name")
        address = shown.span("address")
        domains = [replace(raw, asked=shown.group(0).strip()) if (raw.start, raw.end) == address else raw
                   for raw in domains if not name_start <= raw.start < name_end]
    return domains


def _holds_a_number(number_starts: list[int], address: _Raw) -> bool:
    """Whether a number found starts inside the address (most addresses hold none: the address is read only then), by
    where the numbers start, in order: one search per address, not a pass over every number."""
    at = bisect.bisect_left(number_starts, address.start)
    return at < len(number_starts) and number_starts[at] < address.end


def _an_address(written: str) -> bool:
    """Whether what the address pattern found reads as an address (normalize.read_domain): a domain with a public suffix,
    or one at an IP address or made to be misread, which the check judges as the addresses they are."""
    try:
        normalize.read_domain(written)
    except normalize.NotADomain as not_a_domain:
        return type(not_a_domain) is not normalize.NotADomain
    return True


def _outside(mentions: list, spans: list[tuple[int, int]]) -> list:
    """The mentions (or numbers: anything with a `start`) that do not start inside one of the spans (each from
    its start up to its end): one search per mention among the spans merged, not a test against every span."""
    if not spans:
        return mentions
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    kept = []
    for mention in mentions:
        at = bisect.bisect_right(starts, mention.start) - 1
        if at < 0 or mention.start >= merged[at][1]:
            kept.append(mention)
    return kept


# -- finding candidates -----------------------------------------------------------------------------

def _numbers(index: RegistryIndex, text: str, region: str | None, state: ScanState) -> list[_Raw]:
    """The text's phone numbers and short codes; a run of enclosed digits is read as its digits (its finding shows it
    as written: see `scan`)."""
    found = []
    wrapped_to = 0  # where a number wrapped onto the next line ends: the run there is its rest (see below)
    if "\U0001f10b" in text or "\U0001f10c" in text:  # (instant where a text holds no character that far)
        text = text.translate(normalize.FAR_ZEROS_AS_CIRCLED)  # (one character for one: positions hold)
    for count, match in enumerate(_NUMBER_CANDIDATE.finditer(text)):
        if len(found) >= MAX_FINDINGS * 4 or (count % 64 == 0 and state.out_of_time()):
            break
        if match.start() < wrapped_to:
            continue
        raw = match.group(0)
        # (an x just before the run is looked for first: "xx" searched in a whole page cost 50 µs in Chinese text)
        at = match.start()
        if (text.find("x", before := at - 16 if at > 16 else 0, at) >= 0 or text.find("X", before, at) >= 0) \
                and (written := _BRAZILS_AREA_CODE_BEFORE.search(text, before, at)):
            # "(0xx11) 4004-1234": the run of digits starts after the xx; the number starts at its 0 (normalize reads it)
            raw, match = text[written.start():match.end()], written
        if not raw.isascii():
            raw = raw.translate(normalize.STYLED_AS_ASCII)  # (in the same positions)
        if text[match.end():match.end() + 1] in _BEFORE_KEYPAD_LETTERS and text[match.end() + 1:match.end() + 2].isupper() \
                and (spelled := _keypad_number(text, match.start())):
            found.append(spelled)
            continue
        digits = _count_digits(raw)
        if digits < 3 and raw[0] == "+" and (wrapped := _WRAPPED_AFTER_A_COUNTRY_CODE.match(text, match.start())):
            # "…their number on WhatsApp +1\n562-473-3934": a country code at a line's end and the number on the next, as
            # mail wraps a quoted line (the scam's number in a GitHub issue's e-mailed comment was found nowhere)
            raw, match, wrapped_to = wrapped.group(0), wrapped, wrapped.end()
            digits = _count_digits(raw)
        if digits < 3:
            continue  # "1.", "25": no number or short code has fewer digits, trimmed or split
        # Trimming takes off letters, separators and brackets, never a digit: the count holds.
        raw, start = _trim_trailing_letters(raw), match.start()
        if start and ord(text[start - 1]) in normalize.ENCLOSED_AS_ASCII \
                and _ENCLOSED_DIGIT.search(text, match.start(), match.end()):
            # "⑷00⑻⑵0⑴⑹⑻⑻" (a style with no zero of its own): a digit in a circle before plain ones begins the number where
            # more of them follow in it (one alone before a number is a bullet: "①95188")
            raw, start = normalize.ENCLOSED_AS_ASCII[ord(text[start - 1])] + raw, start - 1
        elif start and text[start - 1] == normalize.RIGHT_TO_LEFT_OVERRIDE:
            # "支付宝客服：\u202e88159": the override before the number shows it reversed, as 95188 (one inside it is part of
            # the run already), and is judged with it: a page showing one number and dialling another (check._shown_reordered)
            raw, start = normalize.RIGHT_TO_LEFT_OVERRIDE + raw, start - 1
        if start > 3 and (text[start - 1] == "/" or text[start - 1] == " " and text[start - 2] == "/") \
                and (area := _AREA_CODE_AND_SLASH.search(text, max(start - 9, 0), start)) \
                and _reads_as_a_real_number(index, area.group(1) + raw, region):
            # "089/12345678", "Tel. 0800 / 1234567": an area code and a slash, as German (DIN 5008's older form), Austrian and
            # Swiss pages write a number: it was no number, or its subscriber's part alone ("030/2345678": +49 2345678)
            raw, start = text[area.start():start] + raw, area.start()
            digits = _count_digits(raw)
            found = [earlier for earlier in found if earlier.end <= start]
        if (marker := _LIST_NUMBER.match(raw)) and _may_start_an_item(text, start) \
                and not (_AREA_CODE_IN_BRACKETS.match(raw) and _reads_as_a_real_number(index, raw, region)):
            # "1. 95188", "常用：2) 400-123-4567": a list's item number is not the number's first digit
            raw, start = raw[marker.end():], start + marker.end()
            digits = _count_digits(raw)
            if digits < 3:
                continue
        items = _items(raw, start)
        for raw, start in items:
            if len(items) > 1:
                digits = _count_digits(raw)
            raw = raw.rstrip(" \t-–—.·)）")
            if raw[:1] == "+" and start and text[start - 1] in "(（" and (")" in raw or "）" in raw):
                raw, start = text[start - 1] + raw, start - 1  # ("(+1) 805 …": its country code's bracket is the number's)
            if raw.startswith(("(", "（")) and ")" not in raw and "）" not in raw:
                raw, start = raw[1:], start + 1
            if "(" in raw or "（" in raw:
                after = text[start + len(raw):start + len(raw) + 1]
                before_note = _before_note(raw, after)
                if before_note is not raw:
                    raw, digits = before_note, _count_digits(before_note)
                elif after in (")", "）") and _first_bracket_left_open(raw) is not None:
                    raw += after  # the bracket the run leaves open closes just after it: "95017 (2)", a menu option
            if (before_count := _before_a_count(index, text, raw, start, region)) is not raw:
                raw, digits = before_count, _count_digits(before_count)
            if (before_hours := _before_the_hours(index, text, raw, start, region)) is not raw:
                raw, digits = before_hours, _count_digits(before_hours)
            if digits >= 3:
                found += _split_and_keep(index, text, raw, start, region, digits, state)
    if text.isascii() or not (numerals := _numbers_in_chinese_numerals(index, text, region, state)):
        return found
    # (a run of digits inside one is part of it: "400-捌贰零-1688")
    return numerals + _outside(found, [(raw.start, raw.end) for raw in numerals])


def _numbers_in_chinese_numerals(index: RegistryIndex, text: str, region: str | None, state: ScanState) -> list[_Raw]:
    """The numbers written in Chinese numerals, as spam writes them to slip past filters ("肆零零-捌贰零-壹陆捌捌", "九五一八八",
    "400-捌贰零-1688"): read as their digits, shown as written (see `scan`), as the check reads one
    (normalize.chinese_numerals_as_digits: three numerals or more; five digits or more here, as a short code has)."""
    found = []
    for count, match in enumerate(_IN_CHINESE_NUMERALS.finditer(text)):
        if len(found) >= MAX_FINDINGS or (count % 64 == 0 and state.out_of_time()):
            break
        start = match.start()
        while start and (text[start - 1] in _DIGITS_BEFORE_NUMERALS):  # ("400-捌贰零-1688": its digits before the numerals)
            start -= 1
        while start < match.start() and not text[start].isdigit():
            start += 1
        written = normalize.chinese_numerals_as_digits(text[start:match.end()])
        if written is None or (digits := _count_digits(written)) < 5:
            continue
        if digits < 7 and "".join(filter(str.isdigit, written)) not in normalize.short_codes_by_digits(index.short_codes):
            continue  # a short run is a registry's short code ("九五一八八") or words: "一二三四五上山打老虎" is counting
        found += _split_and_keep(index, text, written, start, region, digits, state)
    return found


# A run of Chinese numerals, with digits and separators among them (not a word's "一二", "九五折": see
# _numbers_in_chinese_numerals)
# (opening with the numerals' class, which the regex engine skips to in C; the digits before them are looked back for)
# (between the groups, what spam writes between digits: no-break, ideographic and zero-width spaces, "_", "~", "丨", "*", an
# emoji; not "、" or "，", which list numerals in words: "一、二、三")
_BETWEEN_NUMERALS = " \t-—－·.\u00a0\u3000_~～丨*•\u200b\u200c\u200d\u2060"
_IN_CHINESE_NUMERALS = re.compile(r"[" + normalize.CHINESE_NUMERALS + r"](?:[" + re.escape(_BETWEEN_NUMERALS)
                                  + r"\U0001f300-\U0001faff]{0,2}[\d" + normalize.CHINESE_NUMERALS + r"]){2,}")
_DIGITS_BEFORE_NUMERALS = frozenset("0123456789" + _BETWEEN_NUMERALS)


# A country code ending a line, the rest of the number starting the next (after a mail's quoting marks)
_WRAPPED_AFTER_A_COUNTRY_CODE = re.compile(r"\+\d{1,3}[ \t]*\r?\n[ \t>]*\(?\d{2,4}\)?(?:[ .\-]?\d{2,4}){1,3}(?!\d)")


# An area code, its trunk 0 first, and the slash after it (see `_numbers`); not a date's or a fraction's part ("05/2024",
# "12/05/2024", "1/2")
_AREA_CODE_AND_SLASH = re.compile(r"(?<![\w/.,-])(0\d{2,4}) ?/ ?$")


# Brazil's "0xx" and an area code before a number's digits, as older pages write a long-distance call ("(0xx11) 4004-1234",
# "0xx21 3003-4107"; normalize._BRAZILS_CARRIER_PLACEHOLDER), ending where the run of digits starts
_BRAZILS_AREA_CODE_BEFORE = re.compile(r"(?<![\w(（\[])(?:[(（\[][ \t]?)?0[ \t]?[xX]{2}[ \t]?[)）\]]?[ \t]?[(（]?[1-9][1-9][)）]?[ \t.-]{0,3}$")


# A North American number advertised in letters ("Call 1-877-FTC-HELP", "1-800-APL-CARE"): digits, a separator,
# then a capital letter. The check reads it on the keypad (normalize.keypad_number); letters join it by hyphens and
# dots, not spaces, so that the words after it stay words ("1-800-FLOWERS today").
_BEFORE_KEYPAD_LETTERS = frozenset("-. ")
# (bounded: a number's seven letters and digits and the four past them that normalize.keypad_number allows, so
# that a page of letters and hyphens costs each candidate a few steps, not the rest of the page)
_KEYPAD_RUN = re.compile(r"(?:\+?1[ .-]{0,3})?\(?[2-9]\d\d\)?[ .-]{0,3}[A-Za-z0-9]{1,11}(?:[.-][A-Za-z0-9]{1,11}){0,10}(?![A-Za-z0-9]|[.-][A-Za-z0-9])")


def _keypad_number(text: str, start: int) -> _Raw | None:
    run = _KEYPAD_RUN.match(text, start)
    if run is None or normalize.keypad_number(written := run.group(0).rstrip(".")) is None:
        return None
    return _Raw("keypad", written, start, start + len(written))


def _items(raw: str, start: int) -> list[tuple[str, int]]:
    """A run holding list items on one line ("95188 2. 95017 3. 95516") as its items, each with its start;
    the item numbers are left out."""
    pieces, position = [], 0
    for marker in _ITEM_INSIDE.finditer(raw):
        if _count_digits(raw[position:marker.start()]) >= 3:
            pieces.append((raw[position:marker.start()], start + position))
            position = marker.end()
    return [*pieces, (raw[position:], start + position)] if pieces else [(raw, start)]


_OPENING_BRACKET = re.compile(r"[(（]")
# "1. ", "2) ", and as Chinese pages write them "3）" and "（4）" with no space after (not "(0)", a trunk prefix)
_LIST_NUMBER = re.compile(r"(?:\d{1,2}[.)][ \t\u3000]+|\d{1,2}）[ \t\u3000]*|[(（][1-9]\d?[)）][ \t\u3000]*)(?=[\d(（])")
# Two digits in brackets before a number are its area code where the whole reads as a number: "SAC: (11) 3456-7890",
# São Paulo's, as Brazilian pages write every number (it was taken for an item number, and the rest was no number)
_AREA_CODE_IN_BRACKETS = re.compile(r"[(（]\d\d[)）]")
# An item number between two items on one line: after a number's last digit or bracket and a space; or in
# full-width brackets, as Chinese pages write them ("95188 （2）95017": "0044 (20) 7946" is an area code)
_ITEM_INSIDE = re.compile(r"(?<=[\d)）])[ \t\u3000]+(?:\d{1,2}[.)）][ \t\u3000]+|（[1-9]\d?）[ \t\u3000]*)(?=[\d(（]\d\d)")


def _may_start_an_item(text: str, position: int) -> bool:
    """At a line's start, or after a colon, a bracket or Chinese text ("常用客服：1. 95188"), not after a
    word ("Call 1. 95188" keeps its 1)."""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position].rstrip()
    return not before or not (before[-1].isascii() and before[-1].isalnum())


def _before_note(raw: str, after: str) -> str:
    """The run up to a note: an opening bracket that the run does not close, nor the character after it
    (`after`), starts a note ("… 4459 (24/7)", "95188（7×24小时）": the run stops inside it, at the '/' or the
    first letter), not more digits. An area code's brackets close: "1 (844) 757 4459", "0044 (20) 7946
    0000", and so does a menu option's, "95017 (2)". `raw` itself when there is no note."""
    if after in (")", "）"):
        return raw
    # (the first opening bracket after the last closing one: a search from each bracket for a closing one after it took
    # quadratic time on a page-long run of bracketed numbers, 2.4 s for 1.5 MB of "(95188)[1]")
    bracket = _OPENING_BRACKET.search(raw, max(raw.rfind(")"), raw.rfind("）")) + 1)
    return raw[:bracket.start()].rstrip() if bracket else raw


# A count after a number, as titles and ads write them: "+1 (888) 736-0924 | 24/7 Support", "… 0924 24 hours a
# day", "95188 7×24小时": one or two digits after a space or a bar, then a slash or a word
# (a bar, or a symbol as a list of channels marks its items with: "+1 (888) 373-2466 ✅24/7")
_COUNT_MARKS = "|丨\u2190-\u2bff\ufe0f\U0001f000-\U0001faff"  # (a character class's contents: arrows, dingbats, emoji)
_COUNT_AT_THE_END = re.compile(r"[ \t\u3000]*[|丨]?[ \t\u3000]+\d{1,2}$|[ \t\u3000]*[" + _COUNT_MARKS + r"]+[ \t\u3000]*\d{1,2}$")
_COUNTED_AFTER = re.compile(r"/\d|[ \t]*[^\W\d_]")
# ... and the hours a day, the days a week, as Chinese pages write them after a line's number: "95188 7×24小时" (the sign
# is a separator to the candidate pattern, where 7x24's letter ends the run)
_ROUND_THE_CLOCK_AT_THE_END = re.compile(r"[ \t\u3000]*[|丨]?[ \t\u3000]+\d[ \t]?[×*＊][ \t]?\d{1,2}$")
_BEFORE_A_COUNT = re.compile(r"[ \t\u3000" + _COUNT_MARKS + "]")  # what stands just before a count's digits
_ASCII_DIGITS = "0123456789"


def _before_a_count(index: RegistryIndex, text: str, raw: str, start: int, region: str | None) -> str:
    """The run up to a count written after it ("… 0924 | 24/7"), where the number is whole without the count
    and is none with it (a French number's last pair, "+33 1 23 45 67 89", is its own); `raw` itself otherwise.
    The check reads such digits after a number as its voice menu's key."""
    before_last_digits = raw.rstrip(_ASCII_DIGITS)
    if not before_last_digits or len(raw) - len(before_last_digits) > 2:
        return raw  # most numbers: a longer digit group ends them
    if before_last_digits[-1] in "×*＊":
        count = _ROUND_THE_CLOCK_AT_THE_END.search(raw)
    elif _BEFORE_A_COUNT.fullmatch(before_last_digits[-1]) and _COUNTED_AFTER.match(text, start + len(raw)):
        count = _COUNT_AT_THE_END.search(raw)
    else:
        return raw
    if count is None:
        return raw
    head = raw[:count.start()]
    if _reads_as_a_real_number(index, head, region) and not _reads_as_a_real_number(index, raw, region):
        return head
    return raw


def _before_the_hours(index: RegistryIndex, text: str, raw: str, start: int, region: str | None) -> str:
    """The run up to the opening hours written after it (normalize.before_the_hours); `raw` itself where there are none."""
    if " " not in raw and "\t" not in raw and "\u3000" not in raw:
        return raw  # most numbers: no gap for hours to follow
    end = normalize.before_the_hours(text, start, start + len(raw), region, index.short_codes, dialled=_clean_number)
    return raw if end is None else raw[:end - start]


_NUMBER_SPLIT = re.compile(r"(\s{1,}|[^\w+()（）\-.\s]{2,})")
_BEFORE_PLUS = re.compile(r"(\s+)(?=\+)")
_TRAILING_WORD = re.compile(r"(?:[^\dOoIl]+[OoIl]+)+$")


def _trim_trailing_letters(raw: str) -> str:
    """Drop a word made only of O/o/I/l at the end ("… 3886 or"): letters count as digits only between
    digits (the candidate pattern never starts with one)."""
    if raw[-1] in "OoIl":  # the pattern ends in such a letter; it is costly to try where none can match
        return _TRAILING_WORD.sub("", raw)
    return raw


def _count_digits(text: str) -> int:
    return sum(map(str.isdigit, text))


def _split_and_keep(index, text: str, raw: str, start: int, region: str | None, digits: int, state: ScanState) -> list[_Raw]:
    """`digits`: how many digits `raw` holds, three or more (fewer make no number or short code)."""
    # A run too long for one number may be two numbers side by side: split before each '+' that starts one
    # ("+1 888 221 1161 +1 402 935 2050"), else into the whole numbers it is made of where it is, else at
    # spaces. So is a run of the registry's short codes, however short ("95188 95017" is two of Alipay's
    # and WeChat Pay's codes). A national number of thirteen digits that reads as one is one: Argentina's "(011)
    # 15-4567-8901", Mexico's "044 55 1234 5678".
    if digits > normalize.MAX_PHONE_DIGITS or (digits > 12 and not raw.startswith(("+", "00"))
                                               and not (region and _reads_as_a_real_number(index, raw, region))) or \
            _short_codes_side_by_side(index, raw, region):
        if not _BEFORE_PLUS.search(raw) and (spans := _valid_numbers_side_by_side(index, raw, region, state)):
            # "(415) 555-2671 (212) 555-0199": whole numbers, not their groups one by one
            return [raw_number for piece_start, piece_end in spans
                    for raw_number in _split_and_keep(index, text, raw[piece_start:piece_end], start + piece_start, region,
                                                      _count_digits(raw[piece_start:piece_end]), state)]
        pieces, offset = [], 0
        for part in (_BEFORE_PLUS if _BEFORE_PLUS.search(raw) else _NUMBER_SPLIT).split(raw):
            if state.out_of_time():  # (a page-long run of digit groups: "0 1 2 … 99999" over 2 MB ran 1.5 s past the bound)
                break
            part_digits = _count_digits(part)
            if part and 3 <= part_digits < digits and not part.isspace():
                pieces += _split_and_keep(index, text, part.strip(), start + raw.index(part, offset), region, part_digits, state)
            offset += len(part)
        return pieces
    end = start + len(raw)
    if not _plausible_number(text, raw, start, end, index, region):
        return []
    app = _chat_app_before(text, start) or _chat_app_after(text, start + len(raw))
    if text[end:end + 1] in _KEYCAP:  # "…3️⃣0️⃣": the last digit's keycap is part of it, as a browser shows it
        while text[end:end + 1] in _KEYCAP:
            end += 1
        raw = text[start:end]
    return [_Raw("number", raw, start, end, chat_app=app, incoming=_how_it_came(text, start))]


_KEYCAP = tuple(normalize.KEYCAP_MARKS)  # what makes the digit before a keycap emoji: 1️⃣


_CHAT_APP_REACH = 28  # characters before a number: "WhatsApp customer service : "
# what may stand between the app's name and the number: a colon, an arrow or a phone ("WhatsApp➡️ +44 …", "TG 👉 …"), or
# the brackets the name is in ("Hotline CSKH Binance (Zalo): 0987 …", "WhatsApp (+1 …)")
_CHAT_APP_GAP = " \t:：\ufe0f→⇒➡►▶☎📞📱👉=>()（）"


@cache
def _chat_app_before_a_number() -> tuple[re.Pattern, tuple[str, ...]]:
    """The messaging platform named at the end of what stands before a number, by the names the check reads a
    label by (check.messaging_names: "TG客服 +1 …" is a Telegram account in a check and on a page alike); and the
    words such a window ends with, a name or a word that may follow one, which most numbers follow none of."""
    before = re.compile(r"(?<![A-Za-z])(?P<app>" + messaging_names() + r")" + CHAT_APP_LABEL + r"[" + _CHAT_APP_GAP + r"]*$",
                        re.IGNORECASE)
    # (CHAT_APP_NAMES' apps, "whats app" among them, and CHAT_APP_LABEL's words)
    endings = ("app", "viber", "signal", "zalo", "ватсап", "ватсапп", "вотсап", "вотсапп", "вацап", "вацапп", "вайбер",
               "support", "customer service", "number", "contact", "客服", "号码", "号")
    return before, (*handle_names(), *endings)


@cache
def _chat_app_after_a_number() -> re.Pattern:
    """A messaging platform named in brackets right after a number: "+1 888 221 1161 (WhatsApp)", "138…（微信同号）"."""
    return re.compile(r"[ \t]*[(（][ \t]*" + platform_note() + r"[ \t]*[)）]", re.IGNORECASE)


def _chat_app_after(text: str, end: int) -> str | None:
    """The messaging app named in brackets just after a number ending at `end`, as written."""
    if "(" not in text[end:end + 3] and "（" not in text[end:end + 3]:
        return None  # most numbers: no bracket after them
    app = _chat_app_after_a_number().match(text, end)
    return app.group("app") if app else None


def _chat_app_before(text: str, start: int) -> str | None:
    """The messaging app named just before a number at `start`, as written. (The search is tried only where what
    stands before ends with one of the words it looks for: 1 µs a number, against 3 with the search alone.)"""
    before, endings = _chat_app_before_a_number()
    window = text[max(0, start - _CHAT_APP_REACH):start]
    if not (tail := window.rstrip(_CHAT_APP_GAP).lower()).endswith(endings):
        # ("… on WhatsApp at": the word that joins the app to the number, and one of those words before it; a window that
        # ends in " at" or " to" alone is most pages' text)
        before_word, _, word = tail.rpartition(" ")
        if word not in CHAT_APP_PREPOSITIONS or not before_word.rstrip().endswith(endings):
            return None
    app = before.search(window)
    return app.group("app") if app else None


MAX_GROUPS_SIDE_BY_SIDE = 12  # a longer run is split group by group (a page of digits must stay linear)
MAX_GROUPS_IN_A_NUMBER = 6  # +86 138 0013 8000, 1 (844) 757 4459, 0044 20 7946 0000
# Numbers read to find the numbers side by side in one scan: a few per run on a real page; a page of digit
# soup would read thousands (2 MB of random digit groups: 5 s, the time bound, against 3 s without it).
MAX_SIDE_BY_SIDE_READS = 5_000


def _valid_numbers_side_by_side(index: RegistryIndex, raw: str, region: str | None, state: ScanState) -> list[tuple[int, int]]:
    """A run too long for one number that is wholly two or more real numbers written with spaces between
    ("020 7946 0000 020 7946 0001", "1 (844) 757 4459 1 (888) 221 1161"): their spans, the fewest numbers
    that do it; [] otherwise. Only a run made wholly of numbers: digits in any run can be cut into
    something valid, and a date or an amount among the groups ("020 2024-05-12") is not part of a number."""
    # (a group without a digit, the '|' of "1-888-908-7930 | 1-888-908-7931", starts or ends no number)
    groups = [match.span() for match in _NUMBER_GROUP.finditer(raw) if _HAS_DIGIT.search(match.group(0))]
    if not 2 <= len(groups) <= MAX_GROUPS_SIDE_BY_SIDE or any(_NOT_PHONE_SHAPE.match(raw[a:b]) for a, b in groups):
        return []
    fewest: list[list[tuple[int, int]] | None] = [[]] + [None] * len(groups)  # the first i groups as numbers
    for end in range(1, len(groups) + 1):
        for first in range(max(0, end - MAX_GROUPS_IN_A_NUMBER), end):
            before = fewest[first]
            if before is None or (fewest[end] is not None and len(fewest[end]) <= len(before) + 1):
                continue
            span = (groups[first][0], groups[end - 1][1])
            piece = raw[span[0]:span[1]]
            digits = _count_digits(piece)
            if digits > normalize.MAX_PHONE_DIGITS or (digits < FEWEST_PHONE_DIGITS and not _may_be_a_short_code(index, piece)):
                continue
            if state.side_by_side_reads >= MAX_SIDE_BY_SIDE_READS:
                return []  # a page of digit soup: its runs are split group by group, as long runs are
            state.side_by_side_reads += 1
            if _reads_as_a_real_number(index, piece, region):
                fewest[end] = before + [span]
    spans = fewest[-1] or []
    return spans if len(spans) >= 2 else []


_NUMBER_GROUP = re.compile(r"\S+")
_HAS_DIGIT = re.compile(r"\d")
FEWEST_PHONE_DIGITS = 5  # fewer make a short code or nothing


def _may_be_a_short_code(index: RegistryIndex, piece: str) -> bool:
    return _clean_number(piece) in normalize.short_codes_by_digits(index.short_codes)


def _reads_as_a_real_number(index: RegistryIndex, piece: str, region: str | None) -> bool:
    return normalize.reads_as_a_real_number(_clean_number(piece), region, index.short_codes)


def _short_codes_side_by_side(index: RegistryIndex, raw: str, region: str | None) -> bool:
    """Whether the run is two or more of the registry's short codes (of the region, where one is given)
    with only spaces between them."""
    return normalize.registry_short_codes_side_by_side(index.short_codes, raw.split(), region)


def _plausible_number(text: str, raw: str, start: int, end: int, index: RegistryIndex, region: str | None) -> bool:
    if "\u202e" in raw:
        return True  # digits a right-to-left override reorders: shown as one number, dialled as another
    compact = unicodedata.normalize("NFKC", raw).strip()
    if not compact.isascii():  # (Devanagari's १९३०, Arabic-Indic ١٩٣٠: a number's digits all the same)
        compact = compact.translate(normalize.DIGITS_OF_OTHER_SCRIPTS)
    if compact.isascii():  # most numbers: one table lookup per character (look-alikes read, the rest dropped)
        digits = compact.translate(_ASCII_DIGITS_READ)
    else:
        digits = "".join(filter(str.isdigit, compact.translate(normalize.LOOKS_LIKE_DIGIT)))
    short = len(digits) <= normalize.MAX_SHORT_NUMBER_DIGITS and not compact.startswith("+")
    codes = _short_codes_read(index, digits, region) if short else []
    if normalize.LOOK_ALIKE_LETTERS.search(compact) and _count_digits(compact) < 5 and not codes:
        return False  # "l0" in prose is not an obfuscated number; "95O17", WeChat Pay's 95017 in disguise, is
    if _NOT_PHONE_SHAPE.match(compact) and not (codes and region is not None and _A_YEAR.fullmatch(compact)
                                                and (_CALL_WORDS.search(text, max(0, start - 24), start)
                                                     or _CALLED_AFTER.match(text, end))):
        return False  # (but a short code of the page's region called as one: India's cyber crime helpline, "call 1930")
    # (Japan's short dials are written with their hash, "#9110": a registry short code shown so is dialled, not numbered,
    # unless an order's or an invoice's word stands before the hash)
    hashed = bool(codes) and start > 0 and text[start - 1] in "#＃" and _dialled_with_a_hash(index, codes)
    before = text[max(0, start - 17):start - 1] if hashed else text[max(0, start - 16):start]
    if _NOT_PHONE_BEFORE_REVERSED.match(before[::-1]) \
            and not _A_PHONE_NUMBERS_LABEL.search(text, max(0, start - 40), start) or _AFTER_NOT_PHONE.match(text, end, end + 6) \
            or compact.isdigit() and (_ANOTHER_KIND_OF_NUMBER_BEFORE_REVERSED.match(text[max(0, start - 32):start][::-1])
                                      or _A_COUNT_AFTER.match(text, end)):
        return False
    # A '+' and a whole number's digits start a number glued to a word too, as spam pages write it to slip past filters
    # ("call+1—812—223—9376", "representative+1—812—223—9376 at CoinBase"); no code is written so
    international = compact.startswith("+") and len(digits) >= 8
    if start > 0 and (text[start - 1].isalpha() and text[start - 1].isascii()) and not international \
            and not _A_CALL_WORD_GLUED.search(text, max(0, start - 9), start):
        return False  # glued to a word: SKU ABC12345, v2 (not "hotline95555": see _GLUED_TO_A_CALL_WORD)
    if start > 1 and text[start - 1] in "-_" and text[start - 2].isascii() and text[start - 2].isalnum() \
            and not _CALL_WORD_BEFORE_DASH.search(text, max(0, start - 8), start):
        return False  # a code's tail: INV-2025-031204, PP-0412, ID_88231 (not "Tel-400-…")
    if end < len(text) and text[end].isascii() and text[end].isalpha() and text[end] not in "OoIl" and not international:
        return False
    if short:
        if not codes:
            return len(digits) >= 7 or _looks_like_lookalike_code(index, digits) \
                or _an_unlisted_short_code(text, start, end, digits, region)
        if len(digits) < _FEWEST_DIGITS_WITHOUT_REGION:
            # 110 or 159 in running text is a count as often as a number: only with a call word near, and
            # only on a page whose region is known (see _FEWEST_DIGITS_WITHOUT_REGION).
            return region is not None and bool(_CALL_WORDS.search(text[max(0, start - 24):end + 12]))
    return True


def _dialled_with_a_hash(index: RegistryIndex, codes: list[str]) -> bool:
    """Whether one of these registry short codes is shown with a hash before it ("#9110", Japan's police consultation
    line)."""
    return any(entry.channel.display.startswith(("#", "＃")) for code in codes
               for entry in index.channels_for(ChannelKind.short_code, code))


def _an_unlisted_short_code(text: str, start: int, end: int, digits: str, region: str | None) -> bool:
    """A service number the registry does not hold, given as one: "支付宝客服 95155" presents a short code that is
    not Alipay's, which the page must show. Five digits or more (fewer are emergency numbers and counts), a word of
    calling just before them or a service line's label just after ("10086 | 支付宝投诉电话", as lists of numbers
    write one), and a short number of the page's region by phonenumbers' rules."""
    return region is not None and len(digits) >= _FEWEST_DIGITS_WITHOUT_REGION \
        and bool(_CALL_WORDS.search(text, max(0, start - 24), start) or _A_SERVICE_LINES_LABEL_AFTER.match(text, end)) \
        and normalize.is_valid_short_number(digits, region)


# After a short number, a separator first (glued words are its count: "10086条短信"), then a few words ending in the
# name of a service line, and nothing but the line's end or a stop after them
_A_SERVICE_LINES_LABEL_AFTER = re.compile(
    r"(?:[ \t]*[|｜丨:：\-–—(（【\[][ \t]*|[ \t]+)[^\W\d_]{0,12}?(?:[ \t][^\W\d_]+){0,3}?[ \t]?"
    r"(?:客服电话|客服热线|服务热线|人工客服|客服|热线|投诉电话|电话|专线|客服電話|熱線|電話|專線|"
    r"hotline|helpline|customer (?:service|support|care)(?: (?:number|line))?|support (?:number|line)|"
    # (support alone after a name: "95155 - MetaMask support"; not a count's "12345 support")
    r"(?<=[^\W\d_][ \t])support)"
    r"[ \t]*[)）】\]]?[ \t]*(?=$|[\n\r,，、;；。.!！?？])", re.IGNORECASE)


def _short_codes_read(index: RegistryIndex, digits: str, region: str | None) -> list[str]:
    """The registry's short codes (REGION:DIGITS) these digits are, in the region where one is given."""
    return [code for code in normalize.short_codes_by_digits(index.short_codes).get(digits, ())
            if region is None or code.startswith(region + ":")]


# ASCII digits kept, the letters read as digits read, every other ASCII character dropped.
_ASCII_DIGITS_READ = {**{code: None for code in range(128) if not chr(code).isdigit()}, **normalize.LOOKS_LIKE_DIGIT}


def _looks_like_lookalike_code(index: RegistryIndex, digits: str) -> bool:
    long_codes = index.memo.get(("long_short_code_digits",))
    if long_codes is None:
        long_codes = index.memo[("long_short_code_digits",)] = tuple(
            digits for digits in normalize.short_codes_by_digits(index.short_codes) if len(digits) >= 5)
    return digits.startswith(long_codes)


# Every URL holds "://" and every domain and email a dot followed by a letter: the address patterns run
# only around those, on the whitespace-free stretch that holds them, not over the whole page.
_DOT_BEFORE_LETTER = re.compile(r"\.[" + _INVISIBLE + r"]*[A-Za-z]")  # (a dot, and what shows nothing after it: see _DOMAIN)
# An address in full-width letters, or with an ideographic, full-width or half-width full stop for its dots, as Chinese spam
# writes one past link filters ("ｗｗｗ．ｐａｙｐａｌ－ｖｅｒｉｆｙ．ｃｏｍ", "metamask-support。com"), and as the check and a
# browser read it: the page's text is read with those as ASCII inside the stretches where addresses are looked for. An
# ideographic full stop only between labels of one case (_a_dot_in_a_host): it also ends a sentence, and the next may
# begin with a word that is an ending ("我用的是Coinbase。App也很好用", "www.alipay.com。App下载": no coinbase.app).
_WIDE_DOT_BEFORE_LETTER = re.compile(r"[。｡．](?<=[A-Za-z0-9ａ-ｚＡ-Ｚ０-９－-].)(?:(?<=．)[" + _INVISIBLE + r"]*[A-Za-zａ-ｚＡ-Ｚ]"
                                     r"|[a-zａ-ｚ0-9０-９]|[A-ZＡ-Ｚ]{2,}(?![a-zａ-ｚ]))")
_DOT_BEFORE_A_WIDE_LETTER = re.compile(r"\.[" + _INVISIBLE + r"]*[ａ-ｚＡ-Ｚ]")
# (letters, digits and what a host or a mailbox holds, "．－＠＿"; not the rest of the full-width punctuation, which Chinese
# text writes after an address: "twitter.com/metamasksupport，它不会先私信你" ends at its comma)
_FULL_WIDTH_AS_ASCII = {code: chr(code - 0xFEE0) for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                                                               0xFF0E, 0xFF0D, 0xFF20, 0xFF3F)} \
    | {0xFE63: "-"}  # (a small hyphen-minus, a hyphen to a browser as the full-width one: "paypal.com﹣secure.net")
_IDEOGRAPHIC_DOT_IN_A_HOST = re.compile(r"(?<=[A-Za-z0-9-])[。｡](?=[A-Za-z0-9])")
_LABEL_BEFORE, _LABEL_AFTER = re.compile(r"[A-Za-z0-9-]+$"), re.compile(r"[A-Za-z0-9-]+")


def _a_dot_in_a_host(stretch: str, at: int) -> bool:
    """Whether the ideographic full stop at `at` stands between two labels of a host name: both in lower case, as hosts are
    written ("metamask-support。com"), or both in capitals ("BINANCE-HELP。ORG"); not a sentence's end before the next
    one's first word ("开通VIP。vip会员", "支持PayPal。top级服务", "我用的是Coinbase。App": no vip.vip, no paypal.top), nor
    after a count ("共100。app内…"). A name as its owner writes it before the commonest endings, which begin no sentence,
    is one too ("Alipay。com", "PayPal-Verify。com": no address, where the check reads one)."""
    before = _LABEL_BEFORE.search(stretch, 0, at).group()
    after = _LABEL_AFTER.match(stretch, at + 1).group()
    return not before.isdigit() and ((before.lower() == before and after.lower() == after)
                                     or (before.upper() == before and after.upper() == after)
                                     or after in _ENDINGS_NO_SENTENCE_BEGINS_WITH)


_ENDINGS_NO_SENTENCE_BEGINS_WITH = frozenset({"com", "net", "org", "cn", "io", "hk"})


_WHITESPACE = re.compile(r"\s")
_LONGEST_ADDRESS_BEFORE_MARK = 320  # a 253-character domain or a 64-character mailbox, and "https://"


def _address_marks(text: str) -> list[int]:
    """Where `\\.[A-Za-z]|://|@\\[` matches, in order: searched apart, each has a literal start the regex engine
    skips to (on the 100 KB bench page, 0.21 ms for the alternation, 0.09 ms for the two); and where a full stop as
    Chinese pages write one in an address stands before a letter (see _as_addresses_read)."""
    marks = [match.start() for match in _DOT_BEFORE_LETTER.finditer(text)]
    if not text.isascii() and (wide := [match.start() for pattern in (_WIDE_DOT_BEFORE_LETTER, _DOT_BEFORE_A_WIDE_LETTER,
                                                                      normalize.DOT_LOOKALIKE_IN_A_HOST)
                                        for match in pattern.finditer(text)]):
        marks = sorted(marks + wide)
    for literal in ("://", "@["):  # (most pages hold no "@[": one search in C says so)
        if literal in text:
            marks = sorted(marks + [match.start() for match in re.finditer(re.escape(literal), text)])
    return marks


# An address written so that no filter or reader opens it ("defanged"): a security warning's hxxps://paypal-verify[.]com, a
# spam post's "metamask-restore(.)com" or "service [at] paypal-help [dot] com", past a forum's link filter
# (the marks normalize.refanged reads, and a scheme's: one written with a mark it cannot read would be found for nothing)
_DEFANGING_MARKS = (*normalize.DEFANGING_MARKS, "hxxp", "h**p")
_READ_AROUND_A_MARK = 200  # characters either side, within its line, where the address it is in may stand


def _mark(words: str) -> str:
    """A defanging mark: "[.]", "(at)", …, and a word one between spaces ("service [at] paypal [dot] com")."""
    word = words.split("|")[0]
    return r"(?:[\[({](?:" + words + r")[\])}]|[ \t][\[({]" + word + r"[\])}][ \t])"


_DEFANGED_ADDRESS = re.compile(
    r"\bh(?:xx|\*\*)ps?(?:\[:\]|:)//[^\s<>\"']+"
    r"|(?<![\w.+-])[\w.+-]+" + _mark(r"at|@") + r"[\w-]+(?:(?:" + _mark(r"dot|\.") + r"|\.)[\w-]+)+"
    r"|(?<![\w.-])[\w-]+(?:(?:" + _mark(r"dot|\.") + r"|\.)[\w-]+)*" + _mark(r"dot|\.") + r"[A-Za-z]{2,24}\b"
    r"(?:/[^\s<>\"']*)?", re.IGNORECASE)


_SPACED_DEFANGED_ENDINGS = frozenset({"com", "net", "org", "io", "co", "info", "biz", "app", "xyz", "top", "vip", "me", "cc", "cn",
                                      "online", "site", "shop", "live", "pro", "us", "uk"})


# The marks security warnings and threat reports disarm an address with, so that no one opens it: a page that writes
# them is most often warning of the address (spam writes "(dot) com", "[at]", past a forum's filters, as people do too)
_DISARMED = re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[:\]|\[@\]|\(@\)|^h(?:xx|\*\*)p", re.IGNORECASE)


def _defanged_addresses(text: str, marks: list[tuple[int, int]], state: ScanState) -> list[_Raw]:
    """The defanged addresses on the page, each judged as the check reads one (normalize.refanged): its span as written.
    Looked for only around the marks (_written_address_marks)."""
    windows: list[list[int]] = []
    for position, _ in marks:
        start = max(position - _READ_AROUND_A_MARK, text.rfind("\n", 0, position) + 1)
        end = min(position + _READ_AROUND_A_MARK, signals.line_end(text, position))
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    found: list[_Raw] = []
    for match in (match for start, end in windows for match in _DEFANGED_ADDRESS.finditer(text, start, end)):
        if len(found) >= MAX_FINDINGS or state.out_of_time():
            break
        written = match.group(0).rstrip(".,;:!?)]}")
        address = normalize.refanged(written)
        # (between spaces, only before an ending such posts use: "brackets (dot) here" is words)
        if address and (" " not in written or address.rsplit(".", 1)[-1].split("/")[0].lower() in _SPACED_DEFANGED_ENDINGS):
            found.append(_Raw("domain", written, match.start(), match.start() + len(written),
                              disarmed=_DISARMED.search(written) is not None))
    return found


# An address spelled out or spaced apart, as spam writes one past a platform's link filter: "go to metamask-restore dot com",
# "Visit www. binance-support. com", "www点binance-kefu点com" (check reads them: normalize.spelled_out). Looked for only before
# an ending such posts use, and kept only where the registry knows the address, a provider's or a look-alike of one:
# words read so are mostly words ("the dot com era")
_SPELLED_MARKS = tuple(f"{separator}{ending}" for ending in sorted(_SPACED_DEFANGED_ENDINGS)
                       for separator in (" dot ", ". ", " .", "点"))
# (its name's letters ASCII: "去币安官网www点binance点com下载" stands between Chinese words; a letter in the first, not "Price 3. com";
# a mailbox's name before it, "help@paypal-verify点com")
_SPELLED_ADDRESS = re.compile(r"(?<![A-Za-z0-9_.@-])(?:[A-Za-z0-9._%+-]+[@＠])?(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]+"
                              r"(?:(?:[ \t]+dot[ \t]+|点|[ \t]+\.[ \t]*|\.[ \t]+)[A-Za-z0-9-]+)*"
                              r"(?:[ \t]+dot[ \t]+|点|[ \t]+\.[ \t]*|\.[ \t]+)(?P<ending>[A-Za-z]{2,8})(?![A-Za-z0-9_-])",
                              re.IGNORECASE)


@cache
def _written_address_automaton() -> ahocorasick_rs.AhoCorasick:
    # (one automaton pass over the page in lower case, 0.2 ms on the bench page where a pattern's search took 2 ms)
    return ahocorasick_rs.AhoCorasick([*_DEFANGING_MARKS, *_SPELLED_MARKS], matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                      implementation=ahocorasick_rs.Implementation.DFA)


def _written_address_marks(lowered: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the page (`lowered`: its text in lower case, of the same length) holds a defanging mark, and where an ending an
    address spelled out or spaced apart ends with: (start, end) of each."""
    defanging: list[tuple[int, int]] = []
    spelled: list[tuple[int, int]] = []
    for pattern, start, end in _written_address_automaton().find_matches_as_indexes(lowered):
        (defanging if pattern < len(_DEFANGING_MARKS) else spelled).append((start, end))
    return defanging, spelled


def _spelled_addresses(text: str, marks: list[tuple[int, int]], state: ScanState) -> list[_Raw]:
    """The addresses spelled out or spaced apart on the page, read where an ending stands after a mark
    (_written_address_marks), each once: its span as written, judged as the check reads it (`scan` keeps the known)."""
    found: list[_Raw] = []
    searched_to = 0
    for position, end in marks:
        if position < searched_to or end < len(text) and text[end].isascii() and (text[end].isalnum() or text[end] in "_-") \
                or len(found) >= MAX_FINDINGS or state.out_of_time():
            continue  # (". shops", " dot commerce": words; not "点com下载", Chinese after it)
        start = max(position - _READ_AROUND_A_MARK, text.rfind("\n", 0, position) + 1)
        for match in _SPELLED_ADDRESS.finditer(text, start, signals.line_end(text, end)):
            ending = match.group("ending")
            if match.end() <= position or ending.lower() not in _SPACED_DEFANGED_ENDINGS or ending.istitle():
                continue  # ("I use Binance. Com…": a sentence)
            found.append(_Raw("domain", match.group(0), match.start(), match.end(), spelled=True))
            searched_to = match.end()
            break
        else:
            searched_to = end
    return found


def _address_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for position in _address_marks(text):
        if windows and position < windows[-1][1]:
            continue
        space = _WHITESPACE.search(text, position)
        end = space.start() if space else len(text)
        start = max(0, position - _LONGEST_ADDRESS_BEFORE_MARK)
        # The stretch starts after the last whitespace before the mark; nearer than that is enough.
        start = max([start] + [text.rfind(ch, start, position) + 1 for ch in " \n\t\u3000"])
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


# Ending words that are domain suffixes too, written capitalised: "Coinbase.Com" names a site however it is cased
_SUFFIXES_WRITTEN_CAPITALISED = frozenset({"com", "net", "org", "io", "co", "info", "biz", "app", "gov", "edu"})


def _two_sentences(value: str, text: str, end: int) -> bool:
    """A sentence's full stop with no space after it and the next sentence's first word, which the domain pattern reads as
    a name and its suffix ("…contact support.It is free", "…local cybercrime authorities.How to tell…": .it and .how are
    suffixes): a lower-case word, then a capitalised one, no more labels and nothing after but a space or the end. It was
    a site "presented as MetaMask's", not MetaMask's."""
    label, _, word = value.partition(".")
    return "." not in word and label[-1:].islower() and word[:1].isupper() and word[1:].islower() \
        and word.lower() not in _SUFFIXES_WRITTEN_CAPITALISED and (end >= len(text) or not text[end].isalnum()) \
        and not label.lower().startswith("www")


_AFTER_A_SCHEME = re.compile(r"[^\s<>\"'）)\]】，。、]+")  # an app link's rest, as an address's path in _URL
_INSIDE_AN_ADDRESS = frozenset("=/?&#%.@+-_~")  # (before a scheme: one carried in another address's query, its finding's)


def _app_links(text: str, state: ScanState) -> list[_Raw]:
    """Links in an app's own scheme written out in the text, as a chat or a forum post pastes them ("Chat with support:
    tg://resolve?domain=metamask_helpdesk", "whatsapp://send?phone=…", "trust://open_url?url=…"): judged as the address
    they open, as their `href`s are (_link_targets); they were no finding at all. Found from each "://" (str.find: a
    pattern of the schemes tried at every character costs a pass over the page)."""
    found: list[_Raw] = []
    position = text.find("://")
    while position != -1 and len(found) < MAX_FINDINGS and not state.out_of_time():
        start = position
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        if start < position and text[start:position].lower() not in ("http", "https") \
                and (start == 0 or text[start - 1] not in _INSIDE_AN_ADDRESS) and (rest := _AFTER_A_SCHEME.match(text, position + 3)):
            link = text[start:rest.end()].rstrip(".,;:!?")
            if as_web_link(link) or scheme_wallet_link(link):
                found.append(_Raw("domain", link, start, start + len(link)))
        position = text.find("://", position + 3)
    return found


_MAILBOX_CHARACTER = re.compile(r"[A-Za-z0-9._%+-]")


# A look-alike of a dot between two of a host's letters is read as the dot it looks like
# (normalize.DOT_LOOKALIKE_BETWEEN_LETTERS); beside a dot any look-alike is a letter of the label to a browser, and read as
# one, "x" (_LOOKALIKE_BESIDE_A_DOT: "www.−bitget.com" was bitget.com, official, where a browser opens
# www.xn--bitget-2d3c.com); either way the finding is the whole address as written, which the check judges
# A look-alike of '/' or '\\' that only a disguise writes between an address's letters ("paypal.com∕login.evil-host.com"):
# read as a slash, the address runs on over what follows, one address as the reader sees it, judged by the check as one
# made to be misread (normalize.SlashLookalikeInHost); paypal.com alone was found in it, official. Not ／ or ＼, which
# Chinese text writes between two things it lists ("paypal.com／alipay.com"). After a word that is no host
# ("support∕paypal.com") it is no path's either, and glued into the host (_GLUED_INTO_A_HOST): a browser opens
# xn--supportpaypal-….com, and paypal.com was found in it, official.
_SLASHES_ONLY_A_DISGUISE_WRITES = "\u2044\u2215\u29f8\u2571\u29f9\u2572"
_SLASH_LOOKALIKE_AFTER_A_HOST = re.compile(f"(?<=[A-Za-z0-9])[{_SLASHES_ONLY_A_DISGUISE_WRITES}](?=[A-Za-z0-9])")
# (matched at the start of what stands before, read backwards, "moc.lapyap": a search for a host ending before the slash
# tried every start, and a page of long dotted runs costs that for each slash)
_A_HOST_BACKWARDS = re.compile(r"[A-Za-z0-9-]+\.[A-Za-z0-9]")
_ANY_LOOKALIKE = normalize.DOT_LOOKALIKES + normalize.HYPHEN_LOOKALIKES + _SLASHES_ONLY_A_DISGUISE_WRITES
# (and an em dash or any other symbol after a dot where the address runs on to another dot: "www.—paypal.uk",
# "www.★paypal.com", which a browser opens as www.xn--paypal-….com; not a sentence's "paypal.com.—Then", nor what ends an
# address in text, punctuation, brackets, quotes and words)
_A_SYMBOL = r"[^\s\w<>\"'()\[\]{}（）【】「」『』《》，。、：；！？.,;:!?/#\\@%&=+*~^|`$-]"
_LOOKALIKE_BESIDE_A_DOT = re.compile(f"(?<=\\.)[{_ANY_LOOKALIKE}]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[{_ANY_LOOKALIKE}]+(?=\\.)"
                                     f"|(?<=\\.)(?:[{_ANY_LOOKALIKE}{normalize.PROSE_DASHES}]|{_A_SYMBOL})+"
                                     "(?=[A-Za-z0-9][A-Za-z0-9-]*\\.[A-Za-z])")
# What a browser reads into a host where it stands between a host's letters with no space, and the address runs on to a
# dot and a letter: a look-alike of '-' (normalize.HyphenLookalikeInHost: "paypal.com‐secure.net"), a symbol
# ("www.paypal.com©verify.net", "support★paypal.com"), a letter that NFKC makes ASCII ("www.paypal.comⓥerify.net":
# www.paypal.comverify.net), a letter of another script or a mark: Chromium opens www.paypal.xn--comverify-2la.net, and the
# scan found www.paypal.com, official. Read as a letter, "x", the finding is the whole address as written, which the check
# judges. Not what a reader sees ending an address (normalize.ENDS_AN_ADDRESS_TO_A_READER); nor a dash or anything else
# between a word and a domain ("paypal.com–based", "New York–London": no dot after).
# A letter or digit that is not ASCII, glued before an address, is one of its host's too ("𝐱paypal.com", a mathematical
# bold x: a browser opens xpaypal.com, and paypal.com was found, official); not a symbol, a bullet there ("★paypal.com").
# (the label it runs on to may hold more of them, "paypal.com★se★cure.net", or start with a hyphen, "exodus.io🕽-login.com",
# up to a label's length, 63; a run of letters is tried from its first only: tried from each, 40,000 of them took 28 s;
# and only before a dot and a letter, see _glued_into_hosts)
_GLUE, _GLUED_LETTER = normalize.READ_INTO_A_HOST, normalize.LETTER_READ_INTO_A_HOST
_GLUED_INTO_A_HOST = re.compile(f"(?:(?<=[A-Za-z0-9]){_GLUE}+|(?<!{_GLUED_LETTER}){_GLUED_LETTER}+)"
                                f"(?=\\.?(?:[{_HOST_LETTER}-]|{_GLUE}){{1,63}}\\.[A-Za-z])")


_BEFORE_A_DOT = 320  # (as _LONGEST_ADDRESS_BEFORE_MARK: a run glued longer than that before a label is in no host)
_A_LABEL_AHEAD = 67  # (past a dot: the dot, a label of 63, a dot and a letter, and one for the end)


def _glued_into_hosts(read: str) -> str:
    """`read` with _GLUED_INTO_A_HOST's runs as letters, looked for only before each dot and a letter, where its runs can
    be: over the whole of a 1.8 MB word of letters and glue ("a𝐱a𝐱…"), each of its 900,000 letters read ahead up to a
    label's length, and took 6 s. Dots within _BEFORE_A_DOT of each other are one stretch, looked through at once (each
    apart, 400,000 dots cost a search each). What a run before the last dot needs to see ahead is there
    (_A_LABEL_AHEAD)."""
    runs: list[tuple[int, int]] = []
    first = last = None
    for dot in itertools.chain(_DOT_BEFORE_LETTER.finditer(read), (None,)):
        if dot is not None and last is not None and dot.start() - last <= _BEFORE_A_DOT:
            last = dot.start()
            continue
        if last is not None:
            looked_from = max(runs[-1][1] if runs else 0, first - _BEFORE_A_DOT)
            for run in _GLUED_INTO_A_HOST.finditer(read, looked_from, min(len(read), last + _A_LABEL_AHEAD)):
                if run.start() >= last:
                    break
                runs.append(run.span())
        if dot is not None:
            first = last = dot.start()
    if not runs:
        return read
    pieces, copied_to = [], 0
    for start, end in runs:
        pieces += (read[copied_to:start], "x" * (end - start))
        copied_to = end
    return "".join(pieces) + read[copied_to:]


def _as_addresses_read(text: str, windows: list[tuple[int, int]]) -> str:
    """`text` with, inside `windows`, full-width ASCII as ASCII, an ideographic full stop in a host name as a dot
    (_WIDE_DOT_BEFORE_LETTER), and the look-alikes of a dot, a slash or a hyphen an address is disguised with
    (normalize.CharacterLookalikeInHost) as what keeps the address one, as the reader sees it: between a host's letters as
    the character they look like, beside a dot as a letter (normalize.DOT_LOOKALIKE_BETWEEN_LETTERS,
    _SLASH_LOOKALIKE_AFTER_A_HOST, _LOOKALIKE_BESIDE_A_DOT; "www.paypal.com·verify-account.net" was www.paypal.com,
    official), and what a browser reads into a host glued inside one as a letter (_GLUED_INTO_A_HOST); one character for
    one, so that every position holds."""
    pieces, copied_to = [], 0
    for start, end in windows:
        stretch = text[start:end]
        if stretch.isascii():
            continue
        read = stretch.translate(_FULL_WIDTH_AS_ASCII)
        read = _IDEOGRAPHIC_DOT_IN_A_HOST.sub(lambda dot: "." if _a_dot_in_a_host(read, dot.start()) else dot.group(), read)
        read = _LOOKALIKE_BESIDE_A_DOT.sub(lambda run: "x" * len(run.group()), read)
        read = normalize.DOT_LOOKALIKE_BETWEEN_LETTERS.sub(".", read)
        read = _SLASH_LOOKALIKE_AFTER_A_HOST.sub(
            lambda slash: "/" if _A_HOST_BACKWARDS.match(read[max(0, slash.start() - 253):slash.start()][::-1]) else slash.group(),
            read)
        read = _glued_into_hosts(read)
        if read != stretch:
            pieces += (text[copied_to:start], read)
            copied_to = end
    return "".join(pieces) + text[copied_to:] if pieces else text


# A listed company's stock code as markets write it, not an address: "蚂蚁集团（06688.HK）", "腾讯（0700.HK）", "贵州茅台 600519.SS"
_A_STOCK_TICKER = re.compile(r"\d{3,6}\.(?:HK|SS|SZ|SH|TW|TWO|T|KS|KQ)")


# An '@' after an address and what the address patterns stopped at, with no space between, and a host after it: a browser
# reads all before the '@' as the userinfo ("https://www.paypal.com©@evil.com", "www.paypal.com。@evil.com", and
# "https://paypal.com？@evil.com", whose full-width '?' it splits before it maps it, open evil.com; the check reads them
# so), and the address was https://paypal.com, official. Not an ASCII delimiter, after which an '@' is the path's, the
# query's or the fragment's; not words ("paypal.com的@客服"), nor an '@' before no host ("paypal.com。@小明").
_CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# (bounded: a userinfo as long as a host, and a host, as a reader sees them; unbounded, each of a page of addresses glued
# by symbols read on to the page's end, 5 s for 1.9 MB)
_AN_AT_AFTER_AN_ADDRESS = re.compile(r"[^\s<>\"@A-Za-z0-9._/?#\\" + _CJK_LETTERS + r"-][^\s<>\"@" + _CJK_LETTERS + r"]{0,64}"
                                     r"@[A-Za-z0-9][^\s<>\"'）)\]】，。、" + _CJK + r"]{0,253}?\.[A-Za-z]"
                                     r"[^\s<>\"'）)\]】，。、" + _CJK + r"]{0,2000}")


def _domains(written: str, state: ScanState) -> list[_Raw]:
    """The addresses in `written`, each found as read (_as_addresses_read) and kept as written (the check reads it so)."""
    found: list[_Raw] = []
    taken: list[tuple[int, int]] = []
    windows = _address_windows(written)
    text = _as_addresses_read(written, windows)
    patterns = ((_URL, "url"), *(((_QUOTED_EMAIL, "email"),) if '"@' in text else ()), (_EMAIL, "email"),
                *(((_EMAIL_AT_IP, "email"),) if "@[" in text else ()), (_DOMAIN, "domain"))
    for pattern, kind in patterns:
        for window_start, window_end in windows:
            for match in pattern.finditer(text, window_start, window_end):
                if len(found) >= MAX_FINDINGS * 2 or state.out_of_time():
                    return found
                start, end = match.span()
                # inside an address already taken? (taken spans do not overlap: the one starting last
                # before this match is the only one that can hold it)
                before = bisect.bisect_right(taken, (start, math.inf)) - 1
                if before >= 0 and start < taken[before][1]:
                    continue
                value = match.group(0).rstrip(".,;:!?")
                if kind == "domain":
                    suffix = value.rsplit(".", 1)[-1].lower().strip(_INVISIBLE)
                    if suffix in _FILE_LIKE_SUFFIXES or value.replace(".", "").isdigit() or _two_sentences(value, text, end) \
                            or _A_STOCK_TICKER.fullmatch(value):
                        continue
                if kind != "email" and not _PATH_MARK.search(value.split("://", 1)[-1]):
                    end = start + len(value)
                    if more := _HOST_GOES_ON.match(text, end) or _ESCAPES_IN_A_HOST.match(text, end):
                        value, end = text[start:more.end()], more.end()
                    # a path written after it is part of the address: cash.app/$RefundDesk is a user's page
                    if kind == "domain" or more:
                        if end < len(text) and text[end] == "/" and (path := _PATH.match(text, end)):
                            value = text[start:path.end()].rstrip(".,;:!?")
                if kind != "email" and (userinfo := _AN_AT_AFTER_AN_ADDRESS.match(text, start + len(value))):
                    value = text[start:userinfo.end()].rstrip(".,;:!?")
                if start >= 2 and value[0] in "aA" and written[start - 1] == "圈" and _MAILBOX_CHARACTER.match(written, start - 2):
                    # "kefu圈aalipay-help.cn": 圈a, a circled a, is the mailbox's '@' as Chinese pages write it past harvesters
                    start, value = start + 1, value[1:]
                bisect.insort(taken, (start, start + len(value)))
                found.append(_Raw("domain", written[start:start + len(value)], start, start + len(value),
                                  after_at=start > 0 and text[start - 1] == "@"))
    return found


@cache
def _platform_names() -> tuple[ahocorasick_rs.AhoCorasick, re.Pattern]:
    """Where a platform's name stands as pages write it (微信, 客服微信, vx, Telegram, QQ …; not "x", a letter in
    any text), found by an automaton over the page in lower case (a regular expression of the names tried at
    every character took 4.5 ms on a 100 KB page, the automaton's overlapping search 0.25 ms); and what may
    follow it: a colon or spaces, and what may be a handle there, which the check reads (links.social_handle)
    and decides."""
    names = list(handle_names())
    automaton = ahocorasick_rs.AhoCorasick(names, implementation=ahocorasick_rs.Implementation.DFA)
    # (a sentence's full stop after the handle ends it: "on Discord: metamask_helpdesk." names the account; a dot
    # before more letters runs on into an address, "微信：abc123.com")
    return automaton, re.compile(r"(?:[ \t]*[:：][ \t]*|[ \t]+|(?<=[^\x00-\x7f]))@?[A-Za-z0-9][-_A-Za-z0-9]{3,31}" + _HANDLE_ENDS)


# A handle with dots inside, as Instagram's and TikTok's may be ("Instagram @metamask.support"): tried first, and kept only
# where the check reads it as an account of the platform named, whose handles may hold them (a WeChat ID may not: "微信：
# abc123.com" stays an address)
# Where a handle written after its platform's name ends: not running on into an address, nor into a hyphen of another
# kind or characters that show nothing and more ("Telegram: @BybitAPI\u200bhelp" shows an impostor's one name, and its first
# part was the provider's own account, official)
_HANDLE_ENDS = r"(?![-_A-Za-z0-9@:/]|\.\w|[\u2010\u2011" + _INVISIBLE + r"]+\w)"
_DOTTED_HANDLE_AFTER = re.compile(r"(?:[ \t]*[:：][ \t]*|[ \t]+|(?<=[^\x00-\x7f]))@?[A-Za-z0-9_][-_A-Za-z0-9]{0,28}\.[-_.A-Za-z0-9]{0,28}"
                                  r"[_A-Za-z0-9]" + _HANDLE_ENDS)


def _accounts(text: str, lowered: str, state: ScanState) -> list[_Raw]:
    """Accounts written as their platform's name and their handle ("加客服微信：binance-kefu888", "TG @okx_kefu"):
    the span from the name, judged as the account. `lowered`: the text in lower case, of the same length.
    Every place a name stands is tried, those inside one another too, the earliest and longest first: in
    "加微信：…" the name 加微 is followed by no handle, 微信 is; in "客服微信：…" the account starts at 客服微信."""
    automaton, handle_after = _platform_names()
    found: list[_Raw] = []
    places = sorted((start, -end) for _, start, end in automaton.find_matches_as_indexes(lowered, overlapping=True))
    for start, end in places:
        if len(found) >= MAX_FINDINGS or state.out_of_time():
            break
        end = -end
        if (found and start < found[-1].end) or (start and text[start - 1] in _ASCII_ALNUM):  # "mortgage" holds "tg"
            continue
        # what follows, matched in the folded copy (ｂｉｎａｎｃｅ８８８ is binance888 there); read as written
        for shape in (_DOTTED_HANDLE_AFTER, handle_after):
            if (after := shape.match(lowered, end)) and (typed := social_handle(text[start:after.end()])) and typed.profile:
                found.append(_Raw("account", text[start:after.end()], start, after.end()))
                break
    return found


# "@MetaMask_Help": '@' not after a Latin letter, digit, dot or slash (an email, x.com/@…; after Chinese it is a
# handle: "联系客服@okx_kefu"), a letter or '_' first ("meet @10am", "price @ $5" are no accounts), and a handle's
# characters not running on into an address ("@okx.com"); a sentence's full stop after it is no address. Nor into a hyphen
# and more ("@MetaMask-Support-Desk": no X or Telegram account has one, and its first part, MetaMask's own account, was
# found official, low risk, where a page gives an impostor's name); nor into characters that show nothing and more
# ("@cashsupport\u200bhelp" shows one name, "@cashsupporthelp", an impostor's).
_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@/:])@([A-Za-z_][A-Za-z0-9_]{1,31})"
                     r"(?![A-Za-z0-9_@]|[.\-\u2010\u2011]\w|[" + _INVISIBLE + r"]+\w)")


# X, the one platform whose name is a letter (see `_platform_names`), named beside a handle as pages write it: "X:
# @MetaMaskSupport", "on X @coinbase", "@MetaMask (X)"; a capital, or a small x with its colon.
_X_BEFORE = re.compile(r"(?<![A-Za-z0-9_])(?:X|x(?=[ \t]*[:：]))[ \t]*[:：]?[ \t]*$")
_X_AFTER = re.compile(r"[ \t]*(?:(?:on|via)[ \t]+|[(（][ \t]*)X(?![A-Za-z0-9])")


@cache
def _platform_after() -> re.Pattern:
    """A platform named just after a handle ("@okx_kefu on Telegram", "@MetaMask_Help (Twitter)")."""
    names = "|".join(re.escape(name) for name in handle_names() if name.isascii() and name.isalpha())
    return re.compile(rf"[ \t]*(?:(?:on|via|at|in)[ \t]+|[(（][ \t]*)(?P<name>{names})(?![A-Za-z0-9])", re.IGNORECASE)


def _handles(text: str, lowered: str, state: ScanState, page_platform: HandleShape | None = None) -> list[_Raw]:
    """Accounts written by their name alone ("DM @MetaMask_Help", "@okx_kefu on Telegram"), asked about with the
    platform where one is named just after, else with the page's own (`page_platform`: a post on x.com names X
    accounts), where the name can be one there. Those the check says nothing of are left out when judged
    (`_judge`): a page of @-mentions is no page of findings."""
    found = _cashtags(text, state) if "$" in text else []
    if "@" not in text:  # most pages
        return found
    platform_after = _platform_after()
    for match in _HANDLE.finditer(text):
        if len(found) >= MAX_FINDINGS or state.out_of_time():
            break
        named = platform_after.match(lowered, match.end())
        if named:
            asked = f"{named.group('name')} {match.group(0)}"
        elif (_X_BEFORE.search(text, max(0, match.start() - 4), match.start()) or _X_AFTER.match(text, match.end())) \
                and handle_shape("x").handle.fullmatch(match.group(1)):
            asked = f"x {match.group(0)}"
        elif page_platform and page_platform.handle.fullmatch(match.group(1)):
            asked = f"{page_platform.platform} {match.group(0)}"
        else:
            asked = match.group(0)
        found.append(_Raw("handle", match.group(0), match.start(), match.end(), asked=asked))
    return found


def _cashtags(text: str, state: ScanState) -> list[_Raw]:
    """Cash App accounts by their $Cashtag ("send $1 to $CashAppRefundDept"), judged as their pages are; like an
    @-mention, one the check says nothing of is left out (`_judge`): a ticker ("$BTC") is no finding."""
    found = []
    # (each "$" found by str.find: a pattern that opens with a look-behind is tried at every character of the page,
    # 1.2 ms on the bench page)
    position = text.find("$")
    while position != -1 and len(found) < MAX_FINDINGS and not state.out_of_time():
        if (position == 0 or text[position - 1] not in _NOT_BEFORE_A_CASHTAG) and (match := _CASHTAG.match(text, position)):
            found.append(_Raw("handle", match.group(0), match.start(), match.end()))
        position = text.find("$", position + 1)
    return found


# (not "US$100", nor an amount: a letter after the $; nor one inside an address, "cash.app/$RefundDesk", as _HANDLE)
_NOT_BEFORE_A_CASHTAG = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$.@/:=%?&#-")
_CASHTAG = re.compile(CASHTAG + r"(?![A-Za-z0-9_-]|\.\w)")


def _link_targets(text: str, links: list[htmltext.Link]) -> list[_Raw]:
    found = []
    for link in links:
        href = htmltext.href_as_a_browser_reads_it(link.href)  # (a client's links too)
        if (dialled := normalize.dial_link_numbers(href)) is not None:
            # (tel:, callto:, and sms: with every number it texts: "sms:95188" links were no finding)
            # (a number with letters that look like digits is asked as its link, whose letters a phone dials as its
            # keypad's: the check says so; "tel:1-888-221-116l" under "1-888-221-1161" was PayPal's, official)
            found.extend(_Raw("keypad" if normalize.keypad_number(number) else "number", number, link.start, link.end,
                              source="link", asked=f"tel:{number}" if normalize.LOOK_ALIKE_LETTERS.search(number) else None)
                         for number in _one_by_one(dialled) if number)
        elif href.lower().startswith("mailto:"):
            # (every address it writes to: "mailto:service@paypal.com?bcc=x@evil.com" was PayPal's alone)
            found.extend(_Raw("domain", recipient, link.start, link.end, source="link")
                         for recipient in _one_by_one(normalize.mail_link_recipients(href)))
        elif re.match(r"^https?://", href, re.IGNORECASE) or as_web_link(href) or scheme_wallet_link(href) \
                or ios_install_manifest(href) or android_intent(href):
            # (or a wallet's own scheme: trust://…, imtokenv2://navigate/DappView?url=…; or an iPhone app's install link)
            found.append(_Raw("domain", href, link.start, link.end, source="link"))
    return found


def _one_by_one(recipients: list[str]) -> list[str]:
    """A mail or text-message link's recipients, each to be judged; none where they are too many to be (the check refuses
    such a link, naming their count: no one of them is shown as the link's)."""
    return recipients if len(recipients) <= normalize.MAX_LINK_RECIPIENTS else []


def _dedupe(raws: list[_Raw]) -> list[_Raw]:
    seen, kept = set(), []
    for raw in sorted(raws, key=lambda r: (r.source != "text", r.start)):
        key = (raw.kind, raw.start, raw.end, raw.text)
        if key not in seen:
            seen.add(key)
            kept.append(raw)
    return kept


# -- mentions ---------------------------------------------------------------------------------------

# Chinese characters, and the Japanese kana and Korean syllables written as they are, with no space after a name
_CJK_RUN = aliases.UNSPACED_RUN
_LATIN_WORDS = re.compile(r"[a-z0-9]+")
_CJK_WORDS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+(?: [\u3400-\u9fff\uf900-\ufaff]+)+")
_MIXED_NAME = re.compile(r"(?=.*[a-z])(?=.*[\u3400-\u9fff\uf900-\ufaff])[a-z\u3400-\u9fff\uf900-\ufaff]+")  # no digits: 12315热线 is a number
# (and an other organisation's name of Latin letters and CJK, kana or Hangul: "PayPay銀行", "PayPayカード")
_MIXED_OTHER_NAME = re.compile(f"(?=.*[a-z])(?=.*[{aliases.UNSPACED_SCRIPTS}])[a-z{aliases.UNSPACED_SCRIPTS}]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


@dataclass
class _MentionTables:
    cjk_slugs: list[str | None]  # the provider of each CJK name, None for another's name that holds one
    cjk_automaton: ahocorasick_rs.AhoCorasick | None  # the CJK names, longest of those starting leftmost
    latin_by_first: dict[str, list[tuple[tuple[str, ...], str | None]]]  # first word → (words, slug), most words first
    latin_slugs: dict[tuple[str, ...], str]  # the words of a Latin name → its provider
    latin_others: frozenset[tuple[str, ...]]  # the words of other organisations' Latin names that hold a provider's
    near_miss: dict[tuple[str, int], list[str]]  # (first or last two letters, word length) → brand names within one edit
    # a one-word name's first part → (its rest, the provider): "coin" → ("base", coinbase), as spam writes it in two words
    split_by_first: dict[str, list[tuple[str, str]]]


def _tables(index: RegistryIndex) -> _MentionTables:
    tables = index.memo.get(("scan_tables",))
    if tables is None:
        cjk_names: dict[str, str] = {}  # as written on pages → the provider
        latin: dict[str, str] = {}
        mixed: list[str] = []
        for alias, slug in index.alias_to_slug.items():
            if aliases.is_generic(alias) or aliases.names_the_company(alias) or len(alias) < 2:
                continue
            if _CJK_RUN.fullmatch(alias):
                cjk_names[alias] = slug
            elif re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", alias) and len(alias) >= 3:
                latin[alias] = slug  # (found with spaces, brackets or a hyphen between its words: _BETWEEN_WORDS)
            elif _MIXED_NAME.fullmatch(alias):
                mixed.append(alias)
            elif _in_another_alphabet(alias):
                cjk_names[alias] = slug  # पेटीएम, polícia judiciária: found as the CJK names are, as whole words
            elif _CJK_WORDS.fullmatch(alias):
                # 中國銀行(香港), folded as "中國銀行 香港": as pages write it, in brackets of either width
                first, *rest = alias.split(" ")
                for written in (alias, first + "".join(f"({word})" for word in rest), first + "".join(f"（{word}）" for word in rest)):
                    cjk_names[written] = slug
        # Names of Chinese characters and Latin letters (TP钱包, im钱包, 支付寶HK) are found as the CJK names are,
        # unless a Latin word in them is a name by itself, found as such (imToken钱包: imToken).
        cjk_names.update((name, index.alias_to_slug[name]) for name in mixed if not any(word in latin for word in _WORD.findall(name)))
        # One edit to a name of six letters or more leaves its first two or its last two letters intact.
        near: dict[tuple[str, int], list[str]] = {}
        for token in index.brand_tokens:
            if len(token) >= 6 and token.isalpha():
                for length in (len(token) - 1, len(token), len(token) + 1):
                    for key in dict.fromkeys((("^" + token[:2], length), (token[-2:] + "$", length))):
                        near.setdefault(key, []).append(token)
        # A one-word name of six letters or more written as two words ("Coin base", "Bin ance", "Ku Coin"), each of two
        # letters or more, as spam writes it past filters and as the check reads a label (index._name_written_in_two_words).
        # Not an authority's: theirs are made of everyday words ("scam watch", "report fraud"), which no one splits to hide.
        split_by_first: dict[str, list[tuple[str, str]]] = {}
        for name, slug in latin.items():
            if len(name) >= 6 and name.isalpha() and not aliases.is_generic(name) and index.providers[slug].kind != "authority":
                for cut in range(2, len(name) - 1):
                    split_by_first.setdefault(name[:cut], []).append((name[cut:], slug))
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, slug in latin.items():
            words = tuple(name.split(" "))
            by_first.setdefault(words[0], []).append((words, slug))
        # Other organisations' names that hold a provider's (中国银行业协会): found as names are, the longest at a
        # place winning, so that the name inside them is no mention, and kept without a provider until the
        # numbers are attributed: a number after one is not presented as the provider named above it.
        others = [name for name in aliases.other_names() if name not in index.alias_to_slug]
        cjk_others = [name for name in others if _CJK_RUN.fullmatch(name) or _MIXED_OTHER_NAME.fullmatch(name)]
        for name in others:
            if name not in cjk_others:
                words = tuple(name.split(" "))
                by_first.setdefault(words[0], []).append((words, None))
        cjk_slugs = list(cjk_names.values()) + [None] * len(cjk_others)
        tables = index.memo[("scan_tables",)] = _MentionTables(
            cjk_slugs=cjk_slugs,
            # as a DFA: built once per registry version, it walks a 100 KB page in 0.29 ms where the default took 0.46
            cjk_automaton=ahocorasick_rs.AhoCorasick(list(cjk_names) + cjk_others, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                                     implementation=ahocorasick_rs.Implementation.DFA)
            if cjk_names else None,
            latin_by_first={first: sorted(entries, key=lambda e: -len(e[0])) for first, entries in by_first.items()},
            latin_slugs={tuple(name.split(" ")): slug for name, slug in latin.items()},
            latin_others=frozenset(tuple(name.split(" ")) for name in others if name not in cjk_others),
            near_miss=near, split_by_first=split_by_first)
    return tables


def find_mentions(index: RegistryIndex, text: str, state: ScanState, *, lowered: str) -> list[Mention]:
    """Provider names in any script. The page is walked by the regex engine, not word by word in Python:
    CJK names from the characters that begin one, Latin names and near-miss spellings from the page's
    distinct words, so a page costs time in proportion to its length, not to the registry's size.
    `lowered`: the text in lower case, of the same length."""
    tables = _tables(index)
    mentions = _cjk_mentions(index, tables, text, lowered)
    # (a Latin name inside another organisation's name found there is no mention: "PayPay銀行" is not PayPay)
    others_at = [(mention.start, mention.end) for mention in mentions if mention.slug is None]
    # (a name written with Cyrillic or Greek letters that look like Latin ones is read as it looks; see _latin_as_it_looks)
    written, lowered = lowered, _latin_as_it_looks(lowered)
    # Decide once per distinct word (a page repeats its words) which names can be on the page at all.
    present = _distinct_words(lowered)
    phrases: list[tuple[str, ...]] = []
    for word in present & tables.latin_by_first.keys():
        phrases += [names for names, _ in tables.latin_by_first[word] if all(name in present for name in names[1:])]
    near_misses = {word: slug for word in present if len(word) >= 5 and (
        ("^" + word[:2], len(word)) in tables.near_miss or (word[-2:] + "$", len(word)) in tables.near_miss
        or not word.isalpha()) and (slug := _near_miss(index, tables, word))}
    near_phrases = _names_with_a_word_misspelled(tables, present)
    split_names = {(first, rest): slug for first in present & tables.split_by_first.keys()
                   for rest, slug in tables.split_by_first[first] if rest in present and (first, rest) not in tables.latin_slugs}
    if not phrases and not near_misses and not near_phrases and not split_names:
        return _bounded(mentions, state)
    # Names with more words first, then near misses: at one position the regex takes the first that fits,
    # as a reader takes "Alipay HK" over "Alipay". The literal alternation lets the engine skip to first letters.
    alternatives = [_BETWEEN_WORDS.join(map(re.escape, names))
                    for names in sorted([*phrases, *near_phrases, *split_names], key=len, reverse=True)]
    alternatives += [re.escape(word) for word in sorted(near_misses, key=len, reverse=True)]
    occurrences = re.compile("(?:" + "|".join(alternatives) + ")(?![a-z0-9])")
    starts, covered = _where_names_may_start(lowered, {names[0] for names in (*phrases, *near_phrases, *split_names)}
                                             | near_misses.keys())
    position = 0
    latin = 0
    while hit := _search_from(occurrences, lowered, starts, covered, position):
        start, end = hit.span()
        if not _starts_word(lowered, start):
            position = start + 1  # not a word here; a later word inside this stretch may still be one
            continue
        if latin >= MAX_MENTIONS:  # any later one has MAX_MENTIONS before it: it cannot be kept
            state.truncated = True
            break
        names = tuple(_LATIN_WORDS.findall(hit.group(0)))
        if len(names) == 1 and names[0] in aliases.EVERYDAY_WORD_NAMES and text[start].islower() \
                and not _generic_word_after().match(lowered, end):
            position = end  # "be wise: call 400-…" is no mention of Wise (see EVERYDAY_WORD_NAMES)
            continue
        if others_at and any(other_start <= start and end <= other_end for other_start, other_end in others_at):
            position = end
            continue
        latin += 1
        # "Bank of China (Hong Kong)": the name's last word closes a bracket it opened; the mention ends after it
        if hit.group(0).count("(") + hit.group(0).count("（") > hit.group(0).count(")") + hit.group(0).count("）") \
                and (closing := _CLOSING_BRACKET.match(lowered, end)):
            end = closing.end()
        slug = tables.latin_slugs.get(names)
        if slug:
            as_written = written is lowered or written[start:end] == lowered[start:end]
            mentions.append(Mention(slug, text[start:end], start, end, "alias" if as_written else "near_miss"))
        elif names in tables.latin_others:
            mentions.append(Mention(None, text[start:end], start, end, "other_organisation"))
        elif names in near_phrases:
            # (written as a name is, each long word capitalised: "Trust walled gardens" is words)
            if all(word[0].isupper() for word in text[start:end].split() if len(word) > 2):
                mentions.append(Mention(near_phrases[names], text[start:end], start, end, "near_miss"))
        elif names in split_names:
            # (only with a word of what it is after it, "Coin base support number": "a coin base layer", "the bin ance" are words)
            if _generic_word_after().match(lowered, end):
                mentions.append(Mention(split_names[names], text[start:end], start, end, "near_miss"))
        elif lowered[end:end + 1] != "_" and lowered[start - 1:start] != "_":
            # (not a part of a user's name, "cryptomom_22": one letter from Crypto.com's name, a commenter's)
            mentions.append(Mention(near_misses[names[0]], text[start:end], start, end, "near_miss"))
        position = end
    mentions.sort(key=lambda m: m.start)
    return _bounded(mentions, state)


# Cyrillic and Greek letters that look like Latin ones (normalize.LATIN_LOOKALIKES): spam writes a brand with them past
# filters and brand watchers, "Binanсe support" with a Cyrillic с, "РayPal" with a Cyrillic Р. Read as the Latin letter
# only in a word that mixes them with Latin letters: a word all Cyrillic or Greek is that language's ("ОКХ"), and a Latin
# name with a Russian ending is that name, declined ("PayPalом").
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
# (where a Latin letter and a Cyrillic or Greek one stand side by side, and the word around them: a pattern of the word
# itself, tried at every character, took 15 ms on a Russian page of 100 KB; this one 2.4 ms)
_LATIN_BESIDE_ANOTHER = re.compile(r"[a-z][\u0370-\u03ff\u0400-\u052f]|[\u0370-\u03ff\u0400-\u052f][a-z]")
_A_WORD_AROUND = re.compile(r"[a-z0-9\u0370-\u03ff\u0400-\u052f]*")
_A_LATIN_WORD_DECLINED = re.compile(r"[a-z0-9]+[\u0400-\u052f]+")


def _latin_as_it_looks(lowered: str) -> str:
    """The lower-case text with each word that mixes Latin letters with Cyrillic or Greek ones written in the Latin letters
    they look like, of the same length (a page with neither script is returned as it is, at the cost of one search)."""
    if lowered.isascii() or not _CYRILLIC_OR_GREEK.search(lowered):
        return lowered
    pieces, done, read_to = [], 0, 0  # (copied up to `done`; the words up to `read_to` decided)
    for meeting in _LATIN_BESIDE_ANOTHER.finditer(lowered):
        if meeting.start() < read_to:
            continue
        start = meeting.start()
        while start > 0 and _A_WORD_AROUND.match(lowered, start - 1, start).end() == start:
            start -= 1
        read_to = _A_WORD_AROUND.match(lowered, meeting.start()).end()
        word = lowered[start:read_to]
        if not _A_LATIN_WORD_DECLINED.fullmatch(word):
            pieces += [lowered[done:start], word.translate(normalize.LATIN_LOOKALIKES)]
            done = read_to
    return "".join(pieces) + lowered[done:] if pieces else lowered


def _names_with_a_word_misspelled(tables: _MentionTables, present: set[str]) -> dict[tuple[str, ...], str]:
    """A provider's name of several words whose first word is on the page and one other word is, one edit away, where
    the rest are ("Trust Wallett", "Bank of Chinna"): the words as written → the provider, read as `_near_miss` reads a
    word (five letters or more, its first two or last two letters kept, no dictionary word, nor its plural: "do you trust
    wallets" names no one)."""
    wanted: list[tuple[tuple[str, ...], str, int]] = []  # (the name's words, its provider, where the one missing stands)
    for first in present & tables.latin_by_first.keys():
        for names, slug in tables.latin_by_first[first]:
            missing = [at for at, name in enumerate(names[1:], 1) if name not in present] if slug and len(names) > 1 else ()
            if len(missing) == 1 and len(names[missing[0]]) >= 5 and names[missing[0]].isalpha():
                wanted.append((names, slug, missing[0]))
    near: dict[tuple[str, ...], str] = {}
    if not wanted:
        return near
    # (the page's words of a length and with the first or last two letters one of them may have: 0.29 ms a scan on the
    # bench page when every long word was indexed by its shapes; 0.13 ms so, on the same slow machine)
    lengths = {len(names[at]) + change for names, _, at in wanted for change in (-1, 0, 1)}
    firsts, lasts = {names[at][:2] for names, _, at in wanted}, {names[at][-2:] for names, _, at in wanted}
    words = [word for word in present if len(word) in lengths and (word[:2] in firsts or word[-2:] in lasts) and word.isalpha()]
    for names, slug, at in wanted:
        name = names[at]
        for typed in words:
            if abs(len(typed) - len(name)) <= 1 and (typed[:2] == name[:2] or typed[-2:] == name[-2:]) \
                    and OSA.distance(typed, name, score_cutoff=1) <= 1 and typed != name + "s" \
                    and not aliases.is_generic(typed) and not aliases.is_ordinary_word(typed):
                near.setdefault(names[:at] + (typed,) + names[at + 1:], slug)
    return near


@cache
def _generic_word_after() -> re.Pattern:
    """A generic word (support, wallet, 客服) just after a name, in the lower-case text."""
    words = sorted({aliases.fold(word) for word in aliases.GENERIC_WORDS}, key=len, reverse=True)
    return re.compile(r"[ \t\u3000-]*(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words) + r")(?![a-z])")


# "Bank of China (Hong Kong)", "Bank of China（Hong Kong）", "M-PESA", "Trust-Wallet"
_BETWEEN_WORDS = r"(?:\s+|\s*[(（]\s*|\s*[)）]\s*|-|['’])"  # (an apostrophe: "People's Bank of China")
_CLOSING_BRACKET = re.compile(r"\s*[)）]")

NAME_STARTS_CHARS = SCRIPT_SCAN_CHARS  # how far into a page the places names may start are listed beforehand


def _where_names_may_start(lowered: str, first_words: set[str], limit: int = NAME_STARTS_CHARS) -> tuple[list[int], int]:
    """Every place before `covered` where one of these words occurs, inside other words too: where a name
    may start; and `covered`. Found by an Aho-Corasick automaton, where the alternation of names, tried at
    each character in turn, took 0.9 ms on a 100 KB page. Only the first `limit` characters: a page of
    nothing but names has one every few characters, and listing them all would outlast the search
    (past `covered`, the pattern searches by itself)."""
    automaton = ahocorasick_rs.AhoCorasick(sorted(first_words))
    if len(lowered) <= limit:
        covered = len(lowered)
    else:  # an occurrence starting before `covered` lies wholly within the first `limit` characters
        covered = limit - max(map(len, first_words)) + 1
    found = automaton.find_matches_as_indexes(lowered[:limit], overlapping=True)
    return sorted({start for _, start, _ in found if start < covered}), covered


def _search_from(pattern: re.Pattern, lowered: str, starts: list[int], covered: int, position: int) -> re.Match | None:
    """`pattern.search(lowered, position)` for a pattern whose every match starts at one of `starts`, as
    far as they go (`covered`)."""
    for number in range(bisect.bisect_left(starts, position), len(starts)):  # (a slice would copy the rest each time)
        if match := pattern.match(lowered, starts[number]):
            return match
    return pattern.search(lowered, max(position, covered)) if covered < len(lowered) else None


def _distinct_words(text: str) -> set[str]:
    """set(_WORD.findall(text)), split in C: every character but ASCII letters and digits becomes a space (a
    non-ASCII one by way of '?'), the page splits at spaces, and each distinct run of letters and digits is
    one word once its leading digits go ("3com" is "com" to `_WORD`). 0.55 -> 0.40 ms on the 100 KB bench
    page, most of it making the page's 8,000 tokens."""
    words: set[str] = set()
    for token in set(text.encode("ascii", "replace").translate(_ONLY_ASCII_LETTERS_AND_DIGITS).split()):
        word = token.lstrip(b"0123456789")
        if word:
            words.add(word.decode("ascii"))
    return words


_ONLY_ASCII_LETTERS_AND_DIGITS = bytes(code if chr(code).isascii() and chr(code).isalnum() else 0x20 for code in range(256))


def _bounded(mentions: list[Mention], state: ScanState) -> list[Mention]:
    """The first MAX_MENTIONS mentions of the page, saying so when there were more."""
    if len(mentions) > MAX_MENTIONS:
        state.truncated = True
        return mentions[:MAX_MENTIONS]
    return mentions


def _cjk_mentions(index: RegistryIndex, tables: _MentionTables, text: str, folded: str) -> list[Mention]:
    if tables.cjk_automaton is None:
        return []
    slugs = tables.cjk_slugs
    return [Mention(slugs[number], text[start:end], start, end, "alias" if slugs[number] else "other_organisation")
            for number, start, end in tables.cjk_automaton.find_matches_as_indexes(folded)
            if not (start and folded[start].isascii() and folded[start - 1] in _ASCII_ALNUM_LOWER)  # "atp钱包" is no TP钱包
            and _a_whole_name(folded, start, end)]


def _in_another_alphabet(name: str) -> bool:
    """A name in an alphabet other than ASCII's, or in Latin letters with accents: letters and their marks (Devanagari's
    vowel signs are marks, not letters) in words a space apart, no CJK character (पेटीएम, polícia judiciária)."""
    return not name.isascii() and not _CJK_RUN.search(name) and all(
        word and all(_alphabetic(word, position) for position in range(len(word))) for word in name.split(" "))


def _a_whole_name(text: str, start: int, end: int) -> bool:
    """A name that begins or ends in an alphabet (पेटीएम, polícia judiciária, 支付寶hk) is a whole word there, not
    part of a longer one; a name's CJK end needs no such edge."""
    return not (_alphabetic(text, start) and _alphabetic(text, start - 1)) and not (_alphabetic(text, end - 1) and _alphabetic(text, end))


def _alphabetic(text: str, position: int) -> bool:
    """Whether the character at `position` is a letter or a mark of an alphabet: a Latin letter, accented or not,
    Devanagari's and its vowel signs, Cyrillic; not a CJK character, nor a digit. Japanese kana and Korean
    syllables are written as CJK is, a name running on into the next word ("メタマスクのサポート", "바이낸스에서"):
    they are not an alphabet's letters here."""
    if not 0 <= position < len(text):
        return False
    character = text[position]
    if character < "\x80":
        return character.isalpha()
    return not ("\u3040" <= character <= "\u9fff" or "\uac00" <= character <= "\ud7af") \
        and unicodedata.category(character)[0] in "LM"


_ASCII_ALNUM_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _lower_keeping_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)  # İ lowers to two characters


def _starts_word(text: str, position: int) -> bool:
    """Where `_WORD` would start a word: a letter not preceded by a letter, digits before it aside ("3com")."""
    before = position - 1
    while before >= 0 and text[before] in "0123456789":
        before -= 1
    return before < 0 or text[before] not in _ASCII_ALNUM


def _near_miss(index: RegistryIndex, tables: _MentionTables, word: str) -> str | None:
    """Paypa1, Metamsk: one edit (or confusable characters) away from a brand name, and no dictionary word
    (finance, skill, tremor)."""
    confusable = index.alias_skeletons.get(normalize.skeleton(word)) if not word.isalpha() else None
    if confusable:
        return confusable
    length = len(word)
    for token in dict.fromkeys((*tables.near_miss.get(("^" + word[:2], length), ()), *tables.near_miss.get((word[-2:] + "$", length), ()))):
        if OSA.distance(word, token, score_cutoff=1) <= 1 and not aliases.is_generic(word) and not aliases.is_ordinary_word(word):
            return index.brand_tokens[token][0]
    return None


# -- judging ----------------------------------------------------------------------------------------

_A_BREADCRUMB = re.compile(r"[ \t]*›")


# An address that a line says is something else than a provider's: a thread, an article, a source, or the page's own
# (where it was copied from, its newsletter, its accounts: "…。转载自 36kr.com", "Subscribe to our newsletter at …",
# "Follow us on twitter.com/cryptonews", "Our podcast is sponsored by Coinbase. Advertise with us: ads@podcast.fm"), or a
# credit ("Buy a Ledger on Amazon to pair it.\nPrices from coingecko.com")
_AN_ADDRESS_OF_ANOTHER_KIND = re.compile(r"\b(thread|post|article|discussion|video|review|blog|news|forum|wikipedia|see also|"
                                         r"source|related|read more|full story|subscribe|newsletter|follow us|posted|"
                                         r"advertise|advertising|editor|webmaster|newsroom|(press|media) (inquiries|enquiries)|"
                                         r"(prices?|data|charts?|quotes?|rates?|photos?|images?) (by|from)|courtesy of|powered by)\b|"
                                         r"帖子|文章|新闻|商务合作|广告合作|投稿|数据来自|图片来自|"
                                         r"视频|来源|原文|相关|阅读全文|转载|本文来自|更多资讯", re.IGNORECASE)


# Words that say an address follows ("官网地址如下。", "Its website is below."), or where to write or go ("如有问题请联系我们。",
# "For help, contact us.", "请登录查看。"), or what to do there ("Verify your account at …", "请验证身份")
# (what to do at an address: "Verify your account at …", "请登录 … 验证")
_WHAT_TO_DO_AT_AN_ADDRESS = ("验证|认证|解冻|激活|领取|提交|登录|登陆",
                             "log ?in|sign ?in|verify|confirm|restore|recover|unlock|unfreeze|claim|activate|submit")
_AN_ADDRESS_FOLLOWS = re.compile(r"官网|官方网站|网址|网站|地址|链接|如下|以下|联系|联络|咨询|邮箱|邮件|来信|访问|点击|下载|"
                                 + _WHAT_TO_DO_AT_AN_ADDRESS[0] + r"|\b(website|site|address|link|url|below|here|following|contact|"
                                 r"write|e-?mail|mail|reach|visit|go to|click|tap|download|" + _WHAT_TO_DO_AT_AN_ADDRESS[1] + r")\b",
                                 re.IGNORECASE)
# ... and what to do there said after it, on its line: "PayPal works at secure-refunds.net, log in to get your refund"
# (with the reader's thing or a word of now after it: "verify which has lower fees" is a comparison's)
_WHAT_TO_DO_THERE = re.compile(_WHAT_TO_DO_AT_AN_ADDRESS[0] + r"|\b(" + _WHAT_TO_DO_AT_AN_ADDRESS[1]
                               + r")\b(?=(\s+\w+){0,3}?\s+(your|now|here|immediately)\b)", re.IGNORECASE)
_FINISHED_LINE = re.compile(r"[。！？!?.][)）」』”\"']?[ \t\u3000]*$")
_A_SENTENCES_END = re.compile(r"[。！？!?]|\.\s")


def _alone_on_its_line_under_a_sentence(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the address at start:end stands alone on its line, and the line above ends a sentence that says no address
    follows."""
    if text[line_start:start].strip() or text[end:signals.line_end(text, end)].strip() or line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    if not _FINISHED_LINE.search(above):
        return False
    last_sentence = _A_SENTENCES_END.split(above.rstrip(" \t\u3000.。！？!?)）」』”\"'"))[-1]
    return not _AN_ADDRESS_FOLLOWS.search(last_sentence)


def _presented_as(text: str, start: int, end: int, mentions: list[Mention], starts: list[int],
                  owned: list[tuple[int, str]] = (), names_taken_after: set[int] = frozenset(),
                  raw_starts: list[int] = (), list_items: frozenset[int] = frozenset(),
                  payment_methods: frozenset[int] = frozenset(), a_number: bool = False,
                  authorities: frozenset[str] = frozenset(), terms: list[int] = ()) -> tuple[Mention | None, bool]:
    """The provider a number or address is presented as: the nearest mention before it on its line, or a little
    above it (a list under a name: "支付宝\n热线: 95188\n投诉: 400…"), or just after it on its line.
    `owned`: (start, provider) of the official channels found so far, in order. A name above does not reach
    past another's channel ("PayPal …\n遇到诈骗请拨打110\n13812345678": the police's line ends PayPal's list).
    `names_taken_after`: where the names start that the findings so far were presented as from after them;
    `raw_starts`: where every number, address and account found in the text starts, in order; `list_items`: where
    the item lines that show no marker start; `payment_methods`: where the names start that the page names as a
    means of payment (`_named_as_payment_methods`), which present a number after them only with a word of the
    provider's service between ("支持支付宝付款，咨询电话 138…" is the shop's number, not one presented as Alipay's);
    `a_number`: what is presented is a phone number or short code, not an address; `authorities`: the slugs of the
    registry's authorities, whose names reach no number past the end of their sentence (see below); `terms`: where the
    lines start, in order, that are a description list's terms (<dt>), each naming what the items under it are."""
    if not mentions:
        return None, False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = signals.line_end(text, end)
    position = bisect.bisect_right(starts, start) - 1
    while position >= 0:
        mention = mentions[position]
        # The owner a sentence names ("Trust Wallet is owned by Binance. Download it from the App Store: …") is not what the
        # page goes on to give: the name before it is (Trust Wallet's app was presented as Binance's, not its, high risk)
        if position > 0 and mention.end <= start and mentions[position - 1].slug and mentions[position - 1].slug != mention.slug \
                and _AN_OWNER_BEFORE.search(text, max(line_start, mention.start - 24), mention.start):
            position -= 1
            continue
        if mention.end <= start and (mention.start >= line_start or start - mention.end <= BEFORE_WINDOW):
            if mention.start < line_start and (_anothers_channel_between(owned, mention, start)
                                               or _THE_SITES_OWN_CONTACT.search(text, line_start, start)
                                               or _poses_as_someone(text, line_start, start)
                                               or _another_services_label(text, line_start, start)):
                break  # (nor does it reach the site's own line under it: "本站客服QQ：…", "商务合作：…"; nor an impostor's;
                #        nor a line another payment service's name labels)
            if mention.start < line_start and signals.begins_a_list_item(text, line_start, list_items) \
                    and _an_item_naming_its_own(text, line_start, start, labelled=True):
                break  # ("…支付宝官方的联系方式：\n1. 客服热线：95188\n2. 美团客服：10107888": a list's item that names its own)
            if mention.start < line_start and (_in_another_list_item(text, mention.start, line_start, list_items, terms)
                                               or _an_item_of_its_own(text, mention, raw_starts, line_start, start)):
                # the name is another item's; the list's heading may still name whose the items are
                heading = _heading_of_the_list(text, mentions, position, line_start, list_items, owned, start)
                if heading is None:
                    break
                return heading, _a_hotline_word_before(text, line_start, start)
            # (a word of the provider's service on the number's own line is the number's label: "We accept PayPal\n
            # Customer service: 1-800-…" is the shop's)
            if (mention.start in payment_methods and not _PROVIDER_SERVICE_WORDS.search(
                    text, mention.end, signals.line_end(text, mention.end, start))) or _PAYEE_NAMED.search(text, mention.end, start):
                break
            # An authority is named in advice ("The FTC warns about scams.", "IRS Form W-9 asks for your TIN."), after
            # which a page gives its own number ("Call our support line at 1-866-…"): its name reaches no number past
            # the end of its sentence. A number given as the police's or the tax office's stands in its sentence or
            # under its name ("IRS helpline: 1-888-…", "IRS\n1-888-…")
            if a_number and mention.slug in authorities and _SENTENCE_END.search(text, mention.end, start):
                break
            # Past a sentence's end on its line, a name reaches a number only with a word of calling between: "Coinbase
            # support is open 24/7. Call 1-888-…", not "…the FTC at reportfraud.ftc.gov. Order flowers at 1-800-…"
            # (an address it does: "MetaMask is a product of Consensys. Learn more at metamask.io")
            if a_number and mention.start >= line_start and _SENTENCE_END.search(text, mention.end, start) \
                    and not _CALLING_WORDS.search(text, mention.end, start):
                break
            # ... and an address past it, in a sentence that says it is something else ("支付宝今日发布新功能。转载自
            # 36kr.com", "PayPal earnings beat estimates. Subscribe to our newsletter at cryptonews.com": each was presented
            # as the provider's, not its, high risk), unless it carries the name, or the line is a message to the reader: the
            # name heads it as its sender, or it speaks to them ("OKX alert: a payment of $499 was made. Read more at
            # secure-check.net", "Your PayPal account is limited. Read more at …")
            if not a_number and mention.start >= line_start and (last_sentence := _last_sentence_start(text, mention.end, start)) \
                    and _AN_ADDRESS_OF_ANOTHER_KIND.search(text, last_sentence, start) \
                    and not _carries_the_name(mention, text[start:end]) and not _A_SENDERS_HEADER.match(text, mention.end) \
                    and not _TO_THE_READER.search(text, line_start, start):
                break
            # Another kind of organisation's line between ("支付宝提现到银行卡，银行客服 95588", "快递单号 SF…，客服 95338" after
            # "通过支付宝支付"): the bank's or the courier's number, not presented as the name's (each was a mismatch, high risk)
            if a_number and mention.start >= line_start and (_ANOTHER_KINDS_LINE.search(text, mention.end, start)
                                                             or _another_organisations_line(text, line_start, mention.end, start)):
                break
            # ... and in Chinese, a clause another's name labels ("微信支付是腾讯旗下产品，腾讯客服 0755-…", "支付宝交社保，社保局咨询电话
            # 12333", "…以太坊钱包，以太坊官网 ethereum.org")
            if mention.start >= line_start and _a_clause_labelled_as_anothers(text, line_start, mention, start, end, a_number) \
                    and not _carries_the_name(mention, text[start:end]):
                break
            # A place named after the provider is another's, its box office, its tickets ("Crypto.com Arena box office:
            # 213-742-7100", "PayPal Park tickets: 408-…" were each presented as the provider's, not its, high risk)
            if mention.start >= line_start and _A_PLACE_NAMED_AFTER.match(text, mention.end) \
                    and not _carries_the_name(mention, text[start:end]):
                break
            # An address whose own line says it is something else, a thread, an article, a source ("A reddit thread that
            # may be related: https://…" under an issue titled "… Tor Browser+Trezor"), is that, not the name's above
            if not a_number and mention.start < line_start and _AN_ADDRESS_OF_ANOTHER_KIND.search(text, line_start, start):
                break
            # An address alone on its line under a finished sentence that gives no address is where that text comes from,
            # as a search result shows its page's address under its snippet ("…这是假的。\nzhidao.baidu.com/question/123.html"),
            # not an address presented as the name's; "官网地址如下。\nmetamask.io" and "官网：\n…" give one
            if not a_number and mention.start < line_start and _alone_on_its_line_under_a_sentence(text, line_start, start, end):
                break
            # An address a sentence relates to the name rather than gives as its own, with no word of a site between
            # ("Coinbase vs kraken.com", "MetaMask works with uniswap.org", "Trust Wallet review (trustpilot.com)",
            # "支付宝和微信支付对比，详见 zhihu.com/…") is another site (each was "presented as the name's, not its", high risk)
            # (nor a person's account the sentence names by their role: "Coinbase CEO @brian_armstrong said on X"; one that
            # carries the provider's name is presented still, as impostors of its people name theirs: "@cz_binance_giveaway")
            # (nor the site of another organisation named just before it, whose name its address spells: "the FCA
            # (fca.org.uk)", "CoinGecko data (coingecko.com)" after "Revolut …", "Binance …"; an address that carries the
            # provider's name is its in any sentence: "MetaMask is a product of Consensys. Learn more at metamask.io")
            if not a_number and mention.start >= line_start and not _carries_the_name(mention, text[start:end]) and (
                    (_RELATES_ANOTHER_SITE.search(text, mention.end, start) or _JOINED_TO_THE_NAME.fullmatch(text, mention.end, start)
                     or _A_PERSONS_ROLE.search(text, mention.end, start)) and not _AN_ADDRESS_FOLLOWS.search(text, mention.end, start)
                    and not _WHAT_TO_DO_THERE.search(text, end, signals.line_end(text, end))
                    or _named_just_before(text, mention.end, start, text[start:end])
                    or _named_before_the_name(text, line_start, mention, text[start:end])):
                break
            # (nor a mailbox or an account of the writer's own, or of someone of theirs: "My PayPal email is john@gmail.com",
            # "我的支付宝账号是 john@163.com", "I sent money through PayPal to my friend (john@gmail.com)" were each presented as
            # the provider's, not its, high risk)
            if not a_number and mention.start >= line_start and "@" in text[start:end] \
                    and (_THE_WRITERS.search(text, max(line_start, mention.start - 12), mention.start)
                         and _AN_ACCOUNTS_NAME.fullmatch(text, mention.end, start)
                         or _SOMEONE_OF_THE_WRITERS.search(text, mention.end, start)
                         and not HOTLINE_WORDS.search(text, mention.end, start)):
                break
            # (nor another site's page about the name: "Binance (https://en.wikipedia.org/wiki/Binance)"; "PayPal login: …" gives
            # one whatever its path)
            if not a_number and _a_page_about_the_name(mention, text[start:end]) \
                    and not _AN_ADDRESS_FOLLOWS.search(text, mention.end, start):
                break
            if start - mention.end <= max(BEFORE_WINDOW, start - line_start):
                # In a list that names each number after it ("95188 支付宝客服\n95017 微信支付客服", "95188（支付宝）
                # 95017（微信支付）"), the name before a number is the previous line's or the previous number's: a name
                # above, or one the number before took from after it, gives way to this number's own name after it.
                if mention.start < line_start or mention.start in names_taken_after:
                    own = _name_after(text, end, line_end, mentions, starts, _CLAUSE_END)
                    if own and own.start not in payment_methods and _no_finding_between(raw_starts, end, own.start) \
                            and not _LABEL_END.match(text, own.end):
                        return own, bool(HOTLINE_WORDS.search(text, end, own.start))
                return mention, bool(HOTLINE_WORDS.search(text, mention.end, start))
            break
        if mention.end <= start:
            break
        position -= 1
    mention = _name_after(text, end, line_end, mentions, starts, _SENTENCE_END)
    if mention is None and (position := bisect.bisect_right(starts, start) - 1) >= 0 \
            and signals.begins_a_list_item(text, line_start, list_items) \
            and (heading := _heading_of_the_list(text, mentions, position, line_start, list_items, owned, start)):
        return heading, _a_hotline_word_before(text, line_start, start)  # an item far down a list under a name
    if mention is None and (position := bisect.bisect_right(starts, start) - 1) >= 0 \
            and _LABELLED_LINE.match(text, line_start, end) \
            and (heading := _heading_of_labelled_lines(text, mentions, position, line_start, owned, start)):
        return heading, _a_hotline_word_before(text, line_start, start)  # a labelled line far down a card
    if mention is None or mention.start in payment_methods:  # "Contact us: 1-415-… | We accept PayPal"
        return None, False
    if not a_number and (_AN_ADDRESS_OF_ANOTHER_KIND.search(text, line_start, start)
                         or _a_page_about_the_name(mention, text[start:end])):
        return None, False  # ("Source: reuters.com — Coinbase shares rose": where the line comes from, not the name's)
    return mention, bool(HOTLINE_WORDS.search(text, end, mention.start))


# A provider's name as a message's sender writes it before its words ("PayPal: …", "【支付宝】…", "OKX alert: …")
_A_SENDERS_HEADER = re.compile(r"[ \t]*(?:[:：】\]]|(?:alert|security|security alert|notice|notification|team|support|提醒|通知)"
                               r"[ \t]*[:：])", re.IGNORECASE)

# A line that speaks to its reader ("Your PayPal account …", "您的…"): a message, whose addresses are its sender's
_TO_THE_READER = re.compile(r"\b(you|your)\b|您|你", re.IGNORECASE)


# The writer's own, just before a name ("my PayPal", "我的支付宝", "pay me on Venmo")
_THE_WRITERS = re.compile(r"(?:\bmy|\bme\s+(?:on|via|through|with)|我的|我)\s*$", re.IGNORECASE)
# ... and what an account on it is called, between the name and its mailbox or handle ("email is", "账号是", ":")
_AN_ACCOUNTS_NAME = re.compile(r"(?:\s*(?:email|e-mail|mail|account|id|username|user name|handle|address|tag|is|=|账号|账户|帐号|"
                               r"邮箱|是|为|[:：(（]))*\s*", re.IGNORECASE)
# Someone of the writer's own life named just before the address ("to my friend (john@gmail.com)", "my bank: …"); not a
# colleague, a supervisor or an agent, whom a fake agent names as the provider's people
_SOMEONE_OF_THE_WRITERS = re.compile(r"\b(?:my|his|her)\s+(?:friend|wife|husband|mom|mum|mother|dad|father|brother|sister|son|"
                                     r"daughter|family|partner|landlord|roommate|neighbou?r|cousin|uncle|aunt|boyfriend|girlfriend|"
                                     r"kids?|child|parents?|bank|accountant|lawyer)s?\s*[(（:：]?\s*$"
                                     r"|(?:我的|我)(?:朋友|家人|老婆|老公|妈妈|爸爸|父母|哥哥|姐姐|弟弟|妹妹|孩子|银行)\s*[(（:：]?\s*$", re.IGNORECASE)


def _last_sentence_start(text: str, after: int, start: int) -> int | None:
    """Where the last sentence before `start` begins, if one ends between `after` and `start`."""
    ends = [found.end() for found in _SENTENCE_END.finditer(text, after, start)]
    return ends[-1] if ends else None


def _named_just_before(text: str, after: int, start: int, address: str) -> bool:
    """Whether one to three words just before the address (up to four back, past brackets and a colon) spell its host's
    first label, "FCA" before "fca.org.uk": the organisation it belongs to is named there."""
    label = _first_label(address)
    if len(label) < 3:
        return False
    words = _A_WORD.findall(text, max(after, start - 60), start)[-4:]
    return _spelled_by(words, label, capitalised=False)


def _first_label(address: str) -> str:
    """The first label of the host an address opens, its hyphens left out ("fca" for "https://www.fca.org.uk/…")."""
    return _shown_host(address).split("@")[-1].removeprefix("www.").split(".")[0].replace("-", "")


def _spelled_by(words: list[str], label: str, *, capitalised: bool) -> bool:
    """Whether one to three words in a row of `words` spell `label` (lower case); `capitalised`: the first of them written
    with a capital, as a name is."""
    return any((not capitalised or words[first][0].isupper()) and "".join(words[first:last]).lower() == label
               for first in range(len(words)) for last in range(first + 1, min(first + 3, len(words)) + 1))


def _named_before_the_name(text: str, line_start: int, mention: Mention, address: str) -> bool:
    """Whether a name written with a capital before the provider's on its line spells the address's first label ("Delta
    customers can now use PayPal. Visit delta.com for details"): that organisation's site. Not a word an impostor's
    address is made of ("Secure PayPal login at secure.com")."""
    label = _first_label(address)
    if len(label) < 4 or label in _A_DEPARTMENTS_WORDS or label in _AN_IMPOSTORS_WORDS:
        return False
    return _spelled_by(_A_WORD.findall(text, line_start, mention.start), label, capitalised=True)


_AN_IMPOSTORS_WORDS = frozenset("secure security safe safety verify verification support helpdesk wallet login signin refund refunds "
                                "recovery restore sync airdrop claim reward rewards bonus gift unlock".split())
# (Latin letters and digits apart from the Chinese they are run into: "开发商Consensys完成融资，官网 consensys.io"; the kana,
# ideographs and hangul alone, not the CJK punctuation the module's _CJK holds, which would join two runs into one word)
_CJK_LETTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_A_WORD = re.compile(rf"[{_CJK_LETTERS}]+|[^\W_{_CJK_LETTERS}]+")


# A person's role at a company, before their own account ("Coinbase CEO @brian_armstrong"); not an employee's, which
# impostors claim ("Binance employee here, DM me")
_A_PERSONS_ROLE = re.compile(r"\b(ceo|cto|cfo|coo|founder|co-?founder|president|chair(man|woman)?|spokes(person|man|woman))"
                             r"(?![^\W\d_])|创始人|首席执行官|总裁|董事长|发言人", re.IGNORECASE)


def _shown_host(address: str) -> str:
    """The host an address opens, after what it shows before it (a URL's userinfo, a mailbox), as the check reads them
    (normalize.read_domain); "" for what is no domain."""
    try:
        read = normalize.read_domain(address)
    except normalize.NotADomain:
        return ""
    return "@".join(part for part in (read.userinfo, read.mailbox, read.host) if part)


def _carries_the_name(mention: Mention, written: str) -> bool:
    """Whether an address or account carries the provider's name (its slug's letters: "@cz_binance" carries Binance's)."""
    return mention.slug is not None and mention.slug.replace("-", "") in re.sub(r"[^a-z0-9]", "", written.lower())


# Another thing named beside the provider, joined to it ("支付宝和trustpilot.com对比", "Coinbase and kraken.com")
_JOINED_TO_THE_NAME = re.compile(r"\s*(?:and|or|&|和|与|跟|及|以及|或)\s*", re.IGNORECASE)
# Words by which a sentence relates another site to a provider: compares, joins, reviews or reports it, credits its data,
# discusses it, regulates it, lists its outages, explains it ("Coinbase compared with kraken.com", "Binance
# prices by coingecko.com", "Coinbase outages at downdetector.com", "Revolut is regulated by the FCA (register.fca.org.uk)",
# "微信支付的文章，转发自 mp.weixin.qq.com/…", "Report PayPal phishing to reportphishing@apwg.org", "OKX sponsors Manchester City
# (mancity.com)", "Read PayPal's 10-K filing on sec.gov"; not a job's, which task
# scams post in a provider's name)
_RELATES_ANOTHER_SITE = re.compile(
    r"\b(vs\.?|versus|compared? (to|with)|compare|than|alternatives?|instead of|rather than|works with|integrat\w*|partner\w*|"
    r"supported (on|by)|available on|listed on|reviews?|news|via|source|according to|reported by|such as|developed by|"
    r"made by|built by|owned by|operated by|backed by|acquired by|powered by|courtesy of|offered through|issued by|"
    r"works at|(is )?accepted at|"
    r"(prices?|data|charts?|quotes?|rates?|photos?|images?|guide|analysis) (by|from)|price (today|charts?|history)|market cap|"
    r"explained|tutorial|"
    r"(posted|asked|ask|discussed|shared) (on|in)|forum|thread|outages?|status page|(post|tweet|video|article|comment|reply) by|"
    r"(regulated|licensed|authori[sz]ed|supervised|approved) by|licen[cs]e from|file (a )?complaints? (at|with)|phishing|spam|"
    r"sponsor\w*|filings?|owner|parent company|maker|developer|issuer|investor relations)(?![^\W\d_])"
    r"|对比|比较|相比|还是|替代|详见|来源|据|报道|评测|支持的|合作|转发自|转自|图片来自|汇率|快递查询|物流查询|母公司|开发商|所属|旗下|"
    r"投资者关系", re.IGNORECASE)


# The hotline words, and the verbs of calling ("请致电 95188", "dial 1-888-…")
# (and Korean's and Japanese's: "본인 아니면 즉시 문의 070-…", "…までご連絡ください")
_CALLING_WORDS = re.compile(HOTLINE_WORDS.pattern + r"|致电|拨打|撥打|来电|\bdial|문의|연락|전화|連絡", re.IGNORECASE)
# A payee named between the provider and a number: a receipt's "微信支付凭证：商户名称 星巴克 … 商户客服电话：400-…"
# gives the merchant's number
_PAYEE_NAMED = re.compile(r"商户名称|商家名称|商户全称|收款方|收款人|收款商户|\b(payee|merchant name|paid to|sold by)\b", re.IGNORECASE)
# A bank's, a courier's, a carrier's or a seller's line named between a provider's name and a number, in a clause of its
# own ("支付宝银行卡客服电话", "支付宝快递服务客服" are the provider's own services)
_ANOTHER_KINDS_LINE = re.compile(r"[，,；;。][^。！？；\n]{0,6}?(?:银行|快递|物流|运营商|卖家|店铺|"
                                 # (a utility's, a carrier's, a railway's, an airline's, a shop's or a courier's by name: "支付宝缴纳
                                 # 电费，国家电网客服 95598", "用微信支付交话费，中国移动客服 10086", "…，12306客服电话 12306"; not
                                 # "移动支付" nor "电信诈骗", which an anti-fraud notice's own line follows)
                                 r"电网|供电|电力|燃气|水务|自来水|铁路|12306|航空|机场|医院|物业|酒店|中国移动|联通|电信(?!诈骗|网络诈骗)|"
                                 r"广电|京东|淘宝|天猫|美团|拼多多|饿了么|滴滴|顺丰|中通|圆通|韵达|申通|邮政|学校|出租车)"
                                 r"[^。！？；\n]{0,24}?(?:客服|电话|热线)")
# ... and in English, another organisation's own line in a clause of its own, by its kind, or by its name where the line
# has named it before as itself: "Alipay users can pay at 7-Eleven; store hotline 0800-…", "Apple Pay works at Starbucks;
# Starbucks Customer Service 1-800-…", "Zelle is offered by Chase; Chase customer service 1-800-…", "My Starbucks refund went
# to my PayPal account; Starbucks told me to call 1-800-…" (each was presented as the provider's, not its, high risk). A
# name the line has not named before may be an impostor's department ("Coinbase; Extension Support 1-888-…"), and a name
# that is a provider's own department's is none ("Fraud Prevention Team support").
_ANOTHER_ORGANISATIONS_LINE = re.compile(
    r"(?:[;,]|\.(?=\s))\s*(?i:(?:the|a|an|our|your|my|their)\s+)?"
    r"(?:(?P<kind>(?i:store|shop|restaurant|hotel|bank|carrier|airline|seller|merchant|courier|utility|insurer|landlord))"
    r"|(?P<name>(?:[A-Z0-9]|[a-z]{1,2}[A-Z])[\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}))"  # (eBay, iHerb)
    r"(?:['’]s)?\s+(?i:customer\s+(?:service|support|care)|support|help\s*line|hot\s*line|help\s*desk|service\s+line|"
    r"box\s+office|reservations|(?:told|asked)\s+(?:me|us)\s+to\s+call)\b[^;,.\n]{0,24}$")
_A_DEPARTMENTS_WORDS = frozenset(
    "customer client member members technical tech billing fraud security account accounts official live phone toll free help "
    "premium priority vip business merchant merchants refund refunds dispute disputes wallet card cards credit debit recovery "
    "login payment payments global international us usa uk corporate direct main general emergency crypto exchange trading pro "
    "contact call text dial reach email chat online team service services care helpdesk verification compliance risk claims "
    "resolution center centre department desk agent senior head office lost stolen inc inc. llc ltd ltd. 24/7 24x7 app mobile "
    "web website user users new local national extension prevention protection".split())


def _another_organisations_line(text: str, line_start: int, after: int, start: int) -> bool:
    """Whether the clause a number stands at the end of (`start`) is another organisation's line, past a provider's name that
    ends at `after` on the line from `line_start` (see _ANOTHER_ORGANISATIONS_LINE)."""
    found = _ANOTHER_ORGANISATIONS_LINE.search(text, after, start)
    if found is None or found["kind"]:
        return found is not None
    name = found["name"]
    return all(word.lower() not in _A_DEPARTMENTS_WORDS for word in name.split()) \
        and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[line_start:found.start()]) is not None


# A clause of its own labelled by another's name, in Chinese, where it gives a line or a site: the name of the number's or
# the site's organisation, which the line named before as itself ("微信支付是腾讯旗下产品，腾讯客服 0755-…", "小狐狸钱包是一个
# 以太坊钱包，以太坊官网 ethereum.org", "携程接入支付宝，详情见携程官网 ctrip.com"), or any name before a service short code (a
# 12xxx public-service line, a 95xxx or 96xxx enterprise's or utility's, a 10xxx carrier's, ranges given out to
# organisations whole, which an impostor's line is none of: "用支付宝交社保，社保局咨询电话 12333", "支付宝付款的携程机票，携程
# 客服 95010"); each was presented as the provider's, not its, high risk. A name of the provider's service, products or
# departments keeps one presented ("支付宝，花呗客服 95…", "支付宝百万保障已开通，百万保障客服 400…", "支付宝，人工客服 95…").
_A_SERVICE_SHORT_CODE = re.compile(r"(?:1[02]|9[56])\d{3}")
_A_CLAUSES_OWN_LABEL = re.compile(r"[，,；;。]\s*(?:详情见|详见|请见|参见)?(?P<label>[\u4e00-\u9fff]{2,10}?)的?(?:官方)?"
                                  r"(?:(?P<line>服务热线|热线电话|咨询电话|投诉电话|服务电话|客服电话|客服热线|客服|热线|电话)|"
                                  r"官网|官方网站|网站|网址)[^，,；;。！？\n\d]{0,6}$")
_A_PROVIDERS_OWN_WORD = re.compile("客服|热线|电话|官方|人工|在线|全国|统一|服务|投诉|售后|咨询|总部|专属|退款|理赔|注销|客户|平台|免费|紧急|安全|风控|"
                                   "技术|会员|商家|商户|账户|账号|冻结|解冻|中心|部门|花呗|借呗|余额宝|网商|备用金|芝麻|蚂蚁|微粒贷|零钱|"
                                   "分付|月付|分期|额度|征信|借款|校园|保证金|续费|扣费|年费|理财|"
                                   "保障|保险|钱包|交易所|合约|提现|充值|贷|金条|白条|小程序|公众号")


def _a_clause_labelled_as_anothers(text: str, line_start: int, mention: Mention, start: int, end: int, a_number: bool) -> bool:
    """Whether the number or address at `start`-`end` stands in a clause of its own that another's name labels, past the
    provider's name `mention` on the line from `line_start` (see _A_CLAUSES_OWN_LABEL). A name first written joined to the
    provider's is its product ("抖音月付开通了，月付客服 …", "微信支付分，支付分客服 …")."""
    found = _A_CLAUSES_OWN_LABEL.search(text, mention.end, start)
    if found is None or (found["line"] is not None) != a_number or _A_PROVIDERS_OWN_WORD.search(found["label"]):
        return False
    named = text.find(found["label"], line_start, found.start())
    if mention.start <= named <= mention.end:
        return False  # (the provider's product)
    return named >= 0 or (a_number and _A_SERVICE_SHORT_CODE.fullmatch(text, start, end) is not None)


_AN_OWNER_BEFORE = re.compile(r"\b((owned|acquired|bought) by|(a )?(subsidiary|unit|division) of)\s+$|(母公司|隶属于)(是|为)?\s*$",
                              re.IGNORECASE)
_A_PLACE_NAMED_AFTER = re.compile(r"\s+(?:Arena|Stadium|Park|Field|Theat(?:er|re)|Plaza|Bowl)\b")
# A transfer's word right after a number ("向 138… 转账", "收到 138… 转账 100 元")
_A_TRANSFER_AFTER = re.compile(r"[ \t]*的?(?:转账|付款|汇款|转入|转出|发来)")
# A person named in capitals just before a number, as a payment's confirmation gives who paid or was paid: M-Pesa's "You have
# received Ksh 3,500.00 from JOHN KAMAU 0712345678" (a genuine one pasted to ask was "a number presented as M-Pesa's that is
# not its"); case-sensitive, as the confirmations write the name
_A_PERSON_BEFORE = re.compile(r"\b(?:from|to|by|kutoka kwa|kwa)\s+[A-Z][A-Z'.-]{1,20}(?:\s+[A-Z][A-Z'.-]{1,20}){1,3}\s*$")
_PERSON_REACH = 80
# Words that name a provider's own service, where a shop's contact line names its own ("咨询电话", "Call us")
_PROVIDER_SERVICE_WORDS = re.compile(r"客服|客戶服務|客户服务|customer\s+(service|support|care)|support|help\s*desk|help\s*line",
                                     re.IGNORECASE)


def _named_as_payment_methods(text: str, mentions: list[Mention]) -> frozenset[int]:
    """Where the names start that the page names as a means of payment it takes: "We accept PayPal and Venmo",
    "Payment: PayPal, Alipay, WeChat Pay", "支持支付宝、微信支付付款", "支付方式：支付宝". A shop's page lists them
    beside its own number; the number is the shop's, not presented as theirs. A name in a list goes with the one
    before it."""
    found: set[int] = set()
    previous_end = None
    for mention in mentions:
        in_the_list = previous_end is not None and _LIST_SEPARATOR.fullmatch(text, previous_end, mention.start)
        if mention.slug and (in_the_list or _paid_with(text[max(0, mention.start - 60):mention.start])
                             or _PAYMENT_AFTER.match(text, mention.end)):
            found.add(mention.start)
            previous_end = mention.end
        else:
            previous_end = None
    return frozenset(found)


def _paid_with(before: str) -> bool:
    """Whether the words just before a name make it a means of payment ("We accept ", "Payment: ", "支持"). By the
    ends of the text before, not a search: a page of names asks it of each (a search cost 4.5 µs a name)."""
    stripped = before.rstrip()
    if stripped.endswith("支持"):  # "takes" right before a name ("支持支付宝付款"); after 技术, 客服 … it is "support"
        return not stripped[:-2].endswith(_SUPPORT_NOT_PAYMENT)
    words = " " + " ".join(stripped.rstrip(":：").split()).lower()
    # (and "paid $25.99 with", "pay the balance via": a payment's verb a few words before the preposition)
    return words.endswith(_PAYMENT_WORDS_BEFORE) or (
        words.endswith(_PAYMENT_PREPOSITIONS) and _A_PAYMENT_VERB.search(words) is not None) or _listed_with_other_means(words)


def _listed_with_other_means(words: str) -> bool:
    """Whether a name ends a list of means of payment the registry does not name, the list opened by a payment's words or
    holding a means by its kind: "We accept Visa, Mastercard, PayPal", "Garage sale! Cash, Venmo, Zelle" (a number after
    each was presented as the provider's, not its, high risk). `words`: the text before the name, as `_paid_with` makes it."""
    parts = _LIST_ITEM_SEPARATOR.split(_CLAUSE_BOUNDARY.split(words)[-1])
    if len(parts) < 2 or parts[-1].strip():
        return False  # (no separator right before the name)
    for part in reversed(parts[:-1]):
        tokens = part.split()
        if not tokens:
            return False
        if " ".join(tokens) in _MEANS_OF_PAYMENT \
                or any((" " + " ".join(tokens[:-count])).endswith(_PAYMENT_WORDS_BEFORE) for count in (1, 2, 3) if len(tokens) > count):
            return True
        if len(tokens) > 3:
            return False
    return False


_CLAUSE_BOUNDARY = re.compile(r"[.!?;:](?:\s|$)|[。！？；：]")
_LIST_ITEM_SEPARATOR = re.compile(r"\s*(?:[,，、/]|\band\b|\bor\b)\s*")
_MEANS_OF_PAYMENT = frozenset((
    "cash", "card", "cards", "credit card", "credit cards", "debit card", "debit cards", "visa", "mastercard", "amex",
    "american express", "discover", "check", "checks", "cheque", "cheques", "bank transfer", "wire transfer", "crypto", "bitcoin",
    "现金", "银行卡", "信用卡", "刷卡"))


_SUPPORT_NOT_PAYMENT = ("技术", "客户", "客服", "在线", "官方", "售后", "人工")
# (each English one after a space: a whole word; the text before is lower case with single spaces, any colon off)
_PAYMENT_WORDS_BEFORE = tuple(
    [" " + words for words in (
        "accept", "accepts", "accepted", "accepting", "we take", "we also take", "checkout with", "payment", "payments",
        "payment method", "payment methods", "payment option", "payment options",
        *(f"{verb} {preposition}" for verb in ("pay", "paid", "paying", "payable", "donate", "send", "payment", "payments")
          for preposition in ("with", "via", "by", "using", "through")))]
    + ["可用", "可以用", "可使用", "接受", "付款方式", "支付方式", "收款方式", "结算方式"])
_PAYMENT_PREPOSITIONS = (" with", " via", " by", " using", " through")
_A_PAYMENT_VERB = re.compile(r" (pay|paid|paying|payable|payment|buy|bought|purchase|shop|accepts?|accepted|accepting|donate|"
                             r"donations?)( \S+){1,3} \S+$")
# after the name: "支付宝付款", "微信支付扫码"; "Alipay+ is now accepted at …"; "use PayPal at checkout on …", "用支付宝在淘宝
# (taobao.com)买东西" (a shop's, each was an address presented as the provider's, not its, high risk)
_PAYMENT_AFTER = re.compile(r"\s*(付|支付(?!宝)|收款|扫码|结算|在[^，。！？\n]{1,40}?(买|购|下单|消费|点外卖))"
                            r"|\+?\s+((is|are)\s+)?(now\s+)?(accepted|welcome)\b|\s+at\s+checkout\b", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*([,，、/|·&]|\band\b|\bor\b|和|或|及|以及)?\s*", re.IGNORECASE)  # (names glued: "支付宝微信支付")


def _name_after(text: str, end: int, line_end: int, mentions: list[Mention], starts: list[int],
                reach_ends: re.Pattern) -> Mention | None:
    """The name just after a number that labels it ("95188 支付宝客服"); not the first of a row of names, as a
    shop's footer shows the payments it takes after its own number ("客服热线：400-… 支付宝 微信支付 银联",
    "Customer service: 1-800-… PayPal Visa Mastercard")."""
    after = bisect.bisect_left(starts, end)
    if after < len(mentions):
        mention = mentions[after]
        if mention.start - end <= AFTER_WINDOW and mention.start < line_end \
                and not reach_ends.search(text, end, mention.start) and not _heads_a_row_of_names(text, mentions, after):
            return mention
    return None


def _heads_a_row_of_names(text: str, mentions: list[Mention], position: int) -> bool:
    """Whether this mention begins a row of names, only separators between them, that holds another provider's
    name or ends in a card network's (one provider's two names are one: "PayPal 贝宝 Visa" is a row, "MetaMask 小狐狸钱包" none)."""
    slugs = {mentions[position].slug}
    while not _CARD_NETWORK_AFTER.match(text, mentions[position].end):
        following = mentions[position + 1] if position + 1 < len(mentions) else None
        if following is None or not _LIST_SEPARATOR.fullmatch(text, mentions[position].end, following.start):
            return len(slugs) > 1
        slugs.add(following.slug)
        position += 1
    return True


# Card networks a footer lists beside the wallets it takes (not providers of the registry, so not mentions)
_CARD_NETWORK_AFTER = re.compile(r"\s*([,，、/|·&]|\band\b)?\s*(visa|master\s?card|maestro|amex|american express|discover|jcb|"
                                 r"diners club|银联|云闪付)(?![a-z])", re.IGNORECASE)


def _signature(text: str, mentions: list[Mention]) -> Mention | None:
    """The provider a text message signs itself as: Chinese text messages open with their sender's name in
    【】 ("【欧易OKX官方】您的账户存在异常…"), and every number in them is given in its name, however far below.
    Others open with the name alone in [] or before a colon ("PayPal: A payment of…"), which a label may do too
    ("PayPal 登录入口：", "MetaMask support: +1 …"): the name alone, and only in a text of a message's length."""
    if opened := _SIGNATURE.match(text):
        if not mentions or mentions[0].end > opened.end():
            return None
        return next((mention for mention in mentions if mention.slug and mention.end <= opened.end()), None)
    if len(text) > MESSAGE_CHARS or not mentions or not (opened := _SENDER_PREFIX.match(text)):
        return None
    first = mentions[0]
    name = opened.span(1) if opened.group(1) else opened.span(2)
    return first if first.slug and (first.start, first.end) == name else None


def _speaker(text: str, mentions: list[Mention]) -> Mention | None:
    """The provider a message of an email's length speaks as, other than by a signature: the name its sender
    line gives ("From: PayPal <service@…>", "Coinbase Support <no-reply@…>") or the one it introduces itself as
    ("Hello, this is Coinbase Security.", "您好，我是支付宝客服") near its start."""
    if len(text) > SPEAKER_CHARS or not mentions:
        return None
    if sender := _EMAIL_SENDER.match(text) or _FROM_LINE.search(text, 0, HEADER_CHARS):
        return next((mention for mention in mentions if mention.slug and mention.start >= sender.start(1)
                     and mention.end <= sender.end(1)), None)
    for mention in mentions:
        if mention.start > INTRODUCTION_CHARS:
            return None
        if mention.slug and _INTRODUCES.search(text, max(0, mention.start - 16), mention.start) \
                and not _POSSESSIVE.match(text, mention.end):  # "This is PayPal's new fee schedule" introduces no one
            return mention
    return None


def _signed_off(text: str, mentions: list[Mention]) -> Mention | None:
    """The provider a message of an email's length signs off as, below what it says: "Sincerely,\nThe PayPal Team",
    "Atentamente,\nEquipo de PayPal". The line after the closing word holds the name and nothing but words of a
    team ("Coinbase Support", "PayPal Security Team"); a person's name there is no provider speaking."""
    if len(text) > SPEAKER_CHARS or not mentions:
        return None
    # (or with no closing word, the message's last line, below others, a name and words of a team, one of them at least: a
    # notice's "imToken官方团队", "The Coinbase Team")
    closing = _SIGN_OFF.search(text, max(0, len(text) - SIGN_OFF_CHARS)) \
        or _LAST_LINE_BELOW_OTHERS.search(text, max(0, len(text) - SIGN_OFF_CHARS))
    if closing is None:
        return None
    line_start, line_end = closing.start("line"), closing.end("line")
    named = [mention for mention in mentions if mention.slug and line_start <= mention.start and mention.end <= line_end]
    if len(named) != 1:
        return None
    words = [word for word in _TEAM_WORD_SPLIT.split((text[line_start:named[0].start] + " " + text[named[0].end:line_end]).casefold())
             if word]
    if not all(_team_words_only(word) for word in words) or closing.re is _LAST_LINE_BELOW_OTHERS and not words:
        return None
    return named[0]


def _team_words_only(word: str) -> bool:
    """Whether a word is a team's, or, written in Chinese with no space, a run of them ("官方团队", "客服中心")."""
    while word and word not in _TEAM_WORDS:
        head = next((team for team in _CJK_TEAM_WORDS if word.startswith(team)), None)
        if head is None:
            return False
        word = word[len(head):]
    return True


def _posed_as(page_verdict: dict | None, mentions: list[Mention]) -> Mention | None:
    """The provider a page whose own address is a look-alike of its site speaks as, where the page names it: "Or
    call our team: +1 (844) …" on coinbasewallet-support.help, under "Coinbase Wallet Support", is given as Coinbase's,
    as an email's "our" is its sender's (`_speaker`), however long the page."""
    if page_verdict is None or page_verdict["verdict"] != "lookalike":
        return None
    slug = (page_verdict.get("provider") or {}).get("slug")
    return next((mention for mention in mentions if mention.slug == slug), None) if slug else None


# How much of a text's start is its title, when the page has no <title> of its own (a pasted article's first line)
_TITLE_CHARS = 120
# (and an ad's marker on a line of its own above its title, as a search or a social network shows one: "Sponsored",
# "广告", "Anzeige")
_LEADING_SPACE = re.compile(r"(?:\s*(?:sponsored|ad|ads|promoted|anzeige|gesponsert|patrocinado|publicidad|sponsoris[ée]|广告|廣告|"
                            r"赞助|贊助|推广|スポンサー|広告|광고)[ \t]*(?:·[^\n]{0,20})?\n)*\s*", re.IGNORECASE)


def _first_line_start(text: str) -> int:
    """Where the text's first line with anything on it starts, below an ad's marker (found without copying a page of 2 MB,
    as lstrip() would)."""
    return _LEADING_SPACE.match(text).end()


_TOPIC_WORD_REACH = 16  # characters after the name in the title: "小狐狸钱包（MetaMask）客服电话", "Coinbase Customer Service"
# A line that gives the site's own contact, not a support line it presents: "本站客服QQ", "商务合作", "如有侵权请联系删除",
# "Advertise with us", "Contact the editor", a footer's "© 2026 …"; and one whose "our" is the page's own speaker ("Or call our team": on a news
# site, the site's; on a site posing as the provider, its own, which `_posed_as` reads)
# (and the attribution a copied answer carries: "作者：张三 链接：https://www.zhihu.com/question/… 来源：知乎 著作权归作者所有")
_THE_SITES_OWN_CONTACT = re.compile(r"©|本站|本网站|站长|网站客服|商务合作|广告|投稿|版权|著作权|作者：|侵权|删除|备案|"
                                    r"\b(icp|copyright|advertis\w*|editor|webmaster|newsroom|press|about us)\b", re.IGNORECASE)
# Who a caller or sender poses as, said on the number's own line before it: "近期有人冒充快递公司客服，来电号码为…",
# "メルカリ事務局を名乗る電話（…）", "a caller pretending to be from Amazon used …". The number is that impostor's, not
# presented as a name's on a line above (a warning under its heading, "支付宝安全提醒\n冒充客服的电话：…", names only the
# provider's own staff: the heading's still). A registry name on the line is found before this is asked.
# (literals alone, which the regex engine looks for in C: a group or a character class among them costs it that, 0.8 -> 9
# µs a line; Japanese names the one posed as before its words, the others after them)
_POSING_AFTER = ("冒充", "假冒", "自称", "自稱", "冒名", "伪装成", "偽裝成", "假扮", "谎称", "謊稱")
_POSING_BEFORE = ("を名乗", "を装", "をかた", "を騙", "になりすま")
_POSING_IN_WORDS = ("pretending to be", "posing as", "claiming to be", "impersonating", "purporting to be", "masquerading as")
_POSING_AS = re.compile("|".join(_POSING_AFTER + _POSING_BEFORE + _POSING_IN_WORDS
                                 + tuple(words.capitalize() for words in _POSING_IN_WORDS)))
_NAMED_AFTER = re.compile(r"[^，。,.:：；;！？!?\n]{0,16}")
_NAMED_AFTER_WORDS = re.compile(r"[^,.:;!?\n]{0,40}")
_NAMED_BEFORE = re.compile(r"[^\s，。、,:：；;！？!?\n]{1,16}$")
_ONLY_STAFF = re.compile(r"(?:官方|客服|工作人员|工作人員|人员|人員|专员|專員|员工|員工|的|电话|電話|来电|來電|号码|號碼|スタッフ|担当者?|"
                         r"係員|職員|サポート|\b(?:an?|the|from|support|agents?|staff|representatives?|customer service|"
                         r"employees?|someone|calling|called|call|who|with|number|phone)\b|\s)*", re.IGNORECASE)


# A payment service, wallet, bank or exchange that is no provider of ours, whose name labels the number's own line: "京东支付
# 客服电话：400-606-5500" under a row naming 云闪付, "Amazon Pay support: +1 866 …" under a line naming Alipay. The number is
# that service's, not presented as the name's above (it was "not China UnionPay's", high risk). A provider's name there is a
# mention, found before this is asked; words that describe a wallet rather than name one ("官方钱包", "加密钱包", "Crypto
# Wallet") are no name.
_ANOTHER_SERVICES_LABEL = re.compile(
    r"(?P<cjk>[\u4e00-\u9fff]{2,6}?)(?:支付|钱包|錢包|银行|銀行|金融|证券|證券|交易所)[ \t]*(?:官方|人工|在线|24小时)?(?:客服|服务|热线|电话|熱線|電話)"
    r"|(?P<latin>(?-i:[A-Z][A-Za-z]+)(?: (?-i:[A-Z][A-Za-z]+)){0,2}) (?:Pay|Wallet|Bank|Exchange|Finance)"
    r"(?: (?:customer|support|help|hotline|service|phone|contact|care))", re.IGNORECASE)
_DESCRIBING_A_SERVICE = frozenset({
    "官方", "数字", "加密", "虚拟", "电子", "硬件", "手机", "移动", "网上", "在线", "第三方", "去中心化", "区块链", "全国", "统一",
    "正规", "合法", "冷", "热", "钱包", "数字货币", "加密货币", "网络", "个人", "企业", "商户", "国际", "跨境", "移动支付",
    "crypto", "digital", "official", "mobile", "online", "your", "the", "our", "my", "hardware", "web", "main", "global",
    "international", "customer", "contact"})


def _another_services_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a number's line before it, is labelled with the name of a payment service, wallet, bank or
    exchange (see _ANOTHER_SERVICES_LABEL) rather than words that describe one."""
    if end - start > 60:
        return False  # (a label, not a sentence)
    label = _ANOTHER_SERVICES_LABEL.search(text, start, end)
    if label is None:
        return False
    if name := label.group("cjk"):  # (one describing word, or two run together: "官方", "全国统一")
        return name not in _DESCRIBING_A_SERVICE and not any(
            name.startswith(word) and name[len(word):] in _DESCRIBING_A_SERVICE for word in _DESCRIBING_A_SERVICE)
    return not any(word.lower() in _DESCRIBING_A_SERVICE for word in label.group("latin").split())


def _poses_as_someone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says its caller or sender poses as someone it names (not only as "customer service")."""
    posing = _POSING_AS.search(text, start, end)
    if posing is None or posing.start() and text[posing.start() - 1].isalpha() and posing.group()[0].isascii():
        return False  # (none, or "exposing as")
    if posing.group() in _POSING_BEFORE:
        named = _NAMED_BEFORE.search(text, max(start, posing.start() - 16), posing.start())
    else:
        named = (_NAMED_AFTER if posing.group() in _POSING_AFTER else _NAMED_AFTER_WORDS).match(text, posing.end(), end)
    return named is not None and not _ONLY_STAFF.fullmatch(named.group())


# (the first person in its own case, not _FIRST_PERSON_PLURAL's: "Alternate US number:" names a country)
_THE_SITES_OWN = re.compile(_THE_SITES_OWN_CONTACT.pattern + r"|我们|我司|本公司|本店|(?-i:\b([Oo]ur|us|[Ww]e)\b)", re.IGNORECASE)


def _page_topic(index: RegistryIndex, text: str, title: str, mentions: list[Mention], authorities: frozenset[str],
                payment_methods: frozenset[int], state: ScanState) -> Mention | None:
    """The provider a page is about, where its title names one provider's customer service ("小狐狸钱包客服电话是多少？",
    "Coinbase Customer Service Number 2026"), and one only (authorities aside), and the page does not name it as a means
    of payment: its first mention in the text, or the title's own where the text names it nowhere (a mention at the
    text's start, of no length). None elsewhere. Other providers the text names stop what the title reaches (see
    `scan`): past one, each number is presented by the name near it, or by none. `title`: the page's <title>, or the
    text's first line."""
    if not title:
        start = _first_line_start(text)
        title = text[start:signals.line_end(text, start, start + _TITLE_CHARS)]
        if title.rstrip().endswith((":", "：")):
            return None  # "支付宝客服电话：" labels the list under it, which a list's heading reaches (_heading_of_the_list)
    in_the_title = [named for named in find_mentions(index, title, state, lowered=_lower_keeping_length(title))
                    if named.slug and named.slug not in authorities]
    if len({named.slug for named in in_the_title}) != 1 \
            or any(mention.start in payment_methods and mention.slug == in_the_title[0].slug for mention in mentions):
        return None
    for named in in_the_title:
        if (word := HOTLINE_WORDS.search(title, named.end)) and word.start() - named.end <= _TOPIC_WORD_REACH \
                or _HOTLINE_WORDS_JOINED_TO.search(title[max(0, named.start - _TITLE_CHARS):named.start]):
            return next((mention for mention in mentions if mention.slug == named.slug), None) \
                or Mention(named.slug, named.text, 0, 0, "title")
    return None


# The words before the name, as the languages that put the line first title it: "Número de atención al cliente de Binance",
# "Telefone do Mercado Pago", "Service client PayPal", "Kundenservice von PayPal", "Customer service number for Coinbase"
_HOTLINE_WORDS_JOINED_TO = re.compile(
    r"(?<![a-z])" + _HOTLINE_WORDS + r"(?:\s+(?:number|numero|número|n[uú]mero de tel[eé]fono|line))?[ \t:：\-–—]*"
    r"(?:(?:de|del|do|da|dos|das|von|vom|der|des|du|di|della|of|for|at|with)\s+)?(?:l'|la\s+|el\s+|the\s+)?$", re.IGNORECASE)


def _given_as_a_support_line(text: str, raw: _Raw, raw_starts: list[int]) -> bool:
    """Whether the line a number or account starts on gives it as a line to call or write ("全国统一客服热线：", "也可以
    拨打备用号码", "官方客服QQ："), not as the site's own contact, nor a merchant's, nor under a name of its own ("美团客服
    10107888": a name the registry does not hold is no mention): its label, up to the line's first number, is looked at,
    and an account's own platform label when it is the line's first ("客服QQ：" of "官方客服QQ：2853699147")."""
    line_start = text.rfind("\n", 0, raw.start) + 1
    label = _the_lines_label(text, raw_starts, line_start, raw.start)
    if not label.strip() and raw.kind != "account" and line_start > 0:
        # a number alone on its line under a short one of its own, as an ad or a card lays it out: "Call Now" over
        # "+1 (877) 555-0143", "客服热线" over "400-…" (the line above holds no number or address of its own)
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start:line_start - 1]
        if len(above.strip()) <= _LONGEST_LINE_ABOVE and _the_lines_label(text, raw_starts, above_start, line_start) == above + "\n":
            label = above
    platform = ""  # (the account's platform is no organisation of the label's own: "客服微信：" names WeChat's app, not a payee)
    if raw.kind == "account" and line_start + len(label) == raw.start:  # (the line's first)
        label += _own_label(raw)
        platform = max((name for name in handle_names() if label.lower().endswith(name)), key=len, default="")
    # (a label of a department's words alone gives a line too, as a table's rows do: "Account recovery | +1 …")
    # (and a list's item: "3. Withdrawal issues: 1-844-…")
    unmarked = _without_its_list_marker(label)
    departments_only = bool(unmarked.strip(_LABEL_MARKS)) \
        and not _DEPARTMENT_WORDS.sub(" ", signals.simplify(unmarked)).strip(_LABEL_MARKS)
    if not (_A_SUPPORT_LINES_WORDS.search(label) or departments_only) or _THE_SITES_OWN.search(label) \
            or _PAYEE_NAMED.search(label) or _SOMEONE_ELSES.search(label):
        return False
    # (its last clause, without the words that join a sentence: "如果电话占线，也可以拨打备用号码" names no one)
    return not _a_label_naming_its_own(_JOINING_WORDS.sub(" ", _CLAUSE_BREAK.split(label[:len(label) - len(platform)])[-1]).strip())


_LONGEST_LINE_ABOVE = 30  # characters: a label's, not a sentence's
_A_SUPPORT_LINES_WORDS = re.compile(_CALLING_WORDS.pattern + r"|\bnumbers?\b|\bline\b|专线", re.IGNORECASE)
_ACCOUNTS_OWN_LABEL = re.compile(r"[:：\s]")  # an account's platform label ends at its colon or a space ("客服QQ：…")
_LABEL_MARKS = " \t:：-–—|·•"  # what stands around a label: its colon, a table's or a list's marks
_CLAUSE_BREAK = re.compile(r"[，,、；;]")
# (and the hours a line gives itself: "24小时服务专线", "全天候"; and the verbs that ask you to add or write to an account:
# "可以添加客服QQ", "请联系客服微信", "私信客服")
_JOINING_WORDS = re.compile(r"也可以|可以|或者|或|也|您|你|请|直接|还|另外|此外|如遇|如果|小时|全天候?|全年无休|工作日|添加|联系|私信|"
                            r"\b(and|or|also|you|can|please)\b", re.IGNORECASE)


# (between two lines given as one's: "，或", " or ", "、")
_AN_ALTERNATIVE = re.compile(r"[ \t]*[，,、/;；]?[ \t]*(?:或者|或是|或|以及|及|and|or)?[ \t]*", re.IGNORECASE)


def _own_label(raw: _Raw) -> str:
    """The words an account's own span begins with, its platform's label ("客服微信" of "客服微信：kf888"); none for the rest."""
    return _ACCOUNTS_OWN_LABEL.split(raw.text, 1)[0] if raw.kind == "account" else ""


def _said_as_ours(text: str, start: int, own_label: str = "") -> bool | None:
    """Whether the words before `start` in its sentence give it as the speaker's own ("call our fraud team at",
    "contact us at", "请致电我们", or a hotline named with no one else's: "请拨打客服热线", or in an account's own label:
    "如有疑问请联系官方客服微信：…"): None if not; else whether a hotline word is among them. A merchant's or a seller's is
    theirs ("Merchant contact: +1 415 …")."""
    window_start = max(0, start - OURS_WINDOW)
    cut = max((m.end() for m in _SENTENCE_OR_PARAGRAPH_END.finditer(text, window_start, start)), default=window_start)
    hotline = bool(HOTLINE_WORDS.search(text, cut, start) or own_label and HOTLINE_WORDS.search(own_label))
    if _SOMEONE_ELSES.search(text, cut, start) or not (_FIRST_PERSON_PLURAL.search(text, cut, start) or hotline
                                                       or _A_REPLY_TO.search(text, cut, start)):
        return None
    return hotline


SPEAKER_CHARS = 4000  # an email's length; a longer text is a page, whose "we" is not its first line's sender
INTRODUCTION_CHARS = 200  # where a message introduces itself: its greeting and first sentence
OURS_WINDOW = 100
# A sender as mail shows one: its name (group 1), then its address in <>; after "From:" in a header
_SENDER_NAME, _SENDER_ADDRESS = r"\"?([^\n<>\"@]{1,60}?)\"?", r"<[^<>@\s]+@[^<>\s]+>"
_FROM = r"(?:from|sender|发件人|寄件人|寄件者)"
_EMAIL_SENDER = re.compile(r"\s*(?:" + _FROM + r"\s*[:：]\s*)?" + _SENDER_NAME + r"\s*" + _SENDER_ADDRESS, re.IGNORECASE)
# A pasted email's recipients' lines: "To: me@example.com", "抄送：…", German's "An:", French's "À :", Spanish's "Para:"; and
# the accounts a post replies to, as X shows them over a reply ("Replying to @crypto_jane" under "Binance Support
# @Binance_Helpdesk")
_RECIPIENT_LINE = re.compile(r"[ \t]*(?:(?:to|cc|bcc|delivered-to|收件人|收件者|抄送|副本|密送|an|à|para|destinatario)[ \t]*[:：]"
                             r"|(?:replying to|in reply to)\b)", re.IGNORECASE)


def _recipients_line(text: str, raw: _Raw, mention: Mention | None, *, sender_known: bool) -> int | None:
    """Where the line holding `raw` starts, if it is a recipients' line (`_RECIPIENT_LINE`); else None. Where the
    text has no sender that could present `raw`, only a name above it can, so the line is looked for back to that
    name alone (a page's lines run long: each number's whole line, looked for, cost 0.6 µs)."""
    if raw.source != "text":
        return None
    if sender_known:
        line = text.rfind("\n", 0, raw.start) + 1
    elif mention is not None and mention.start < raw.start and (newline := text.rfind("\n", mention.start, raw.start)) != -1:
        line = newline + 1
    else:
        return None
    return line if _RECIPIENT_LINE.match(text, line) else None


# A forwarded or pasted email's header block: "---------- Forwarded message ---------\nFrom: PayPal <service@…>"
_FROM_LINE = re.compile(r"(?m)^[ \t]*" + _FROM + r"[ \t]*[:：][ \t]*" + _SENDER_NAME + r"[ \t]*" + _SENDER_ADDRESS, re.IGNORECASE)


def _replies_go_elsewhere(text: str, findings: list[dict]) -> tuple[int, int] | None:
    """(the sender's finding, the reply address's) where a pasted email's headers show a sender at one domain and a
    "Reply-To:" at another ("From: PayPal <service@paypal.com>" over "Reply-To: paypal-resolution@outlook.com": the sender
    shown may be the provider's, forged or not, and every reply goes to the other); else None."""
    if "reply" not in text[:HEADER_CHARS].lower():
        return None
    sender = reply_to = None
    for number, finding in enumerate(findings):
        if finding["kind"] != "email_domain" or finding["start"] > HEADER_CHARS:
            continue
        line = text[text.rfind("\n", 0, finding["start"]) + 1:finding["start"]]
        if reply_to is None and _REPLY_TO_LINE.match(line):
            reply_to = number
        elif sender is None and _A_SENDERS_LABEL.match(line):
            sender = number
    if sender is None or reply_to is None \
            or canonical.registrable_domain(findings[sender]["value"]) == canonical.registrable_domain(findings[reply_to]["value"]) \
            or findings[reply_to]["verdict"] == "official" and findings[reply_to]["provider"] == findings[sender]["provider"]:
        return None  # (a reply to the same domain, or to another of the same provider's own)
    return sender, reply_to


def _not_the_recipients(text: str, findings: list[dict]) -> list[dict]:
    """The findings but the addresses of a pasted email's recipients ("To: <jane.doe@gmail.com>", "Cc:", "收件人："), on
    their lines under a sender's in its header block: the reader's own, or a colleague's, which the page was "a mailbox
    anyone can open at gmail.com" for, when it is unknown (a look-alike there is still said). A "To:" with no sender's line
    above it is no header ("Send it to: …")."""
    if not findings or findings[0]["start"] > HEADER_CHARS:  # (most pages: nothing found in their first lines)
        return findings
    recipients, under_a_sender, position = [], False, 0
    for line in text[:HEADER_CHARS].split("\n"):
        if _A_SENDERS_LABEL.match(line):
            under_a_sender = True
        elif under_a_sender and _RECIPIENT_LINE.match(line):
            recipients.append((position, position + len(line)))
        position += len(line) + 1
    return [finding for finding in findings if finding["kind"] != "email_domain" or finding["verdict"] != "unknown"
            or not any(start <= finding["start"] < end for start, end in recipients)]


_REPLY_TO_LINE = re.compile(r"[ \t]*reply[- ]to[ \t]*[:：]", re.IGNORECASE)
_A_SENDERS_LABEL = re.compile(r"[ \t]*" + _FROM + r"[ \t]*[:：]", re.IGNORECASE)
HEADER_CHARS = 400  # where a pasted email's header block ends: a forwarding line, the date, the subject
_INTRODUCES = re.compile(r"(\b(this is|we are|we're|here at|on behalf of|soy de|somos de|(le|te) (llamo|hablo) de|le habla|sou d[aeo]|"
                         r"somos d[aeo]|aqui [eé] d[aeo]|falo d[aeo]|ici|c'est|je suis de|nous sommes|(je vous|on vous) appelle de( la part de)?|"
                         r"de la part de|hier ist|hier spricht|wir sind|ich rufe (sie )?(im auftrag )?von|im auftrag von|"
                         r"sono d[ie]|siamo d[ie]|la chiamo da|ti chiamo da|qui [eè])"
                         r"|我是|我们是|我們是|这里是|這裡是)\s*(the\s+|le\s+|la\s+|l'|der\s+|die\s+|das\s+)?$", re.IGNORECASE)
# A closing and the line after it, in a message's last lines: "Sincerely,\nThe PayPal Team" (`_signed_off`)
_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:sincerely|regards|best regards|kind regards|warm regards|best wishes|thanks|thank you|"
                       r"many thanks|yours (?:truly|sincerely|faithfully)|atentamente|saludos(?: cordiales)?|cordialmente|un saludo|"
                       r"atenciosamente|abraços|cumprimentos|(?:bien )?cordialement|(?:sinc[eè]res )?salutations|bien [àa] vous|"
                       r"mit freundlichen gr[üu](?:ß|ss)en|(?:freundliche|viele|beste|herzliche) gr[üu](?:ß|ss)e|vielen dank|"
                       r"(?:cordiali|distinti) saluti|grazie|"
                       r"此致|敬礼|谢谢|感谢)[ \t]*[,，.!！]?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<line>[^\n]{1,60})$")
SIGN_OFF_CHARS = 400  # where a message's closing is looked for: its last lines, and a footer's
_LAST_LINE_BELOW_OTHERS = re.compile(r"\S[^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<line>[^\n]{1,60}?)[ \t]*\s*\Z")
_TEAM_WORD_SPLIT = re.compile(r"[\s,.&\-–—|/]+")
_TEAM_WORDS = frozenset(("the team of customer support service services security care help helpdesk desk billing fraud trust "
                         "safety department dept center centre official el la equipo de del soporte seguridad atención atencion al "
                         "cliente clientes servicio o a equipe time do da suporte segurança seguranca atendimento central "
                         "l'équipe l’équipe l'equipe équipe le les du des client clientèle sécurité securite assistance "
                         "ihr ihre dein deine das der die vom von kundenservice kundendienst sicherheitsteam sicherheit "
                         "il di l'assistenza assistenza servizio sicurezza "
                         "客服 团队 客服团队 客服中心 安全中心 官方").split())
_CJK_TEAM_WORDS = tuple(sorted((word for word in _TEAM_WORDS if not word.isascii()), key=len, reverse=True))
_POSSESSIVE = re.compile(r"['’]s\b")
_SOMEONE_ELSES = re.compile(r"商户|商家|卖家|店铺|收款方|\b(merchant|seller|shop|store|payee|recipient|vendor)s?\b", re.IGNORECASE)
# A text's own number to answer it at, right before it: "This is PayPal. … Reply YES to 1-877-… to confirm" (a reply
# goes to whoever the text speaks as); not a list's opt-out, "Text STOP to 72975", the short code a genuine text came from,
# which the registry may not hold
_A_REPLY_TO = re.compile(r"\b(reply|respond|text|txt)\b(?!\s+(stop|help|unsubscribe|unsub|quit|end|cancel)\b)(\s+\S+){0,3}"
                         r"\s+to\s*[:：]?\s*$", re.IGNORECASE)
_FIRST_PERSON_PLURAL = re.compile(r"\b(us|our|nuestr[oa]s?|nosotros|noss[oa]s?|nous|notre|wir|uns|unser(e|en|em|er)?|nostr[oaie]|noi)\b"
                                  r"|我们|我們|本行|本公司|本平台", re.IGNORECASE)


_SIGNATURE = re.compile(r"\s*【[^】\n]{1,24}】")
_SENDER_PREFIX = re.compile(r"\s*(?:\[\s*([^\]\n]{1,24}?)\s*\]|([^\W\d_][^:：\n]{0,23}?)\s*[:：])")
MESSAGE_CHARS = 480  # a long text message: three parts of 160 Latin characters, or seven of 70 Chinese ones


def _no_finding_between(raw_starts: list[int], end: int, position: int) -> bool:
    following = bisect.bisect_left(raw_starts, end)
    return following == len(raw_starts) or raw_starts[following] >= position


# A name after a number presents it in the same sentence only ("95188（支付宝客服）"); after a sentence's end it
# begins the next one ("…WhatsApp: wa.me/18442127063. Coinbase customer care: 1-888-908-7930").
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s)")
# ... or a paragraph's: what a message's "our" reaches back over (`_said_as_ours`)
_SENTENCE_OR_PARAGRAPH_END = re.compile(_SENTENCE_END.pattern + r"|\n\s*\n")
# A number's own name after it is in its clause: "支付宝\n客服热线：95188，微信支付用户也可拨打" is Alipay's list still.
_CLAUSE_END = re.compile(r"[。！？!?；;，,]|\.(?=\s)")
# A name ending in a colon labels what follows it ("支付宝客服热线：\n95188 微信支付客服热线：95017"), not the number before.
_LABEL_END = re.compile(r"[^\d\n:：()（）,，。;；]{0,12}[:：]")
# ... and a heading's line that goes on past the name to introduce what its list gives ("Need help with your Binance
# account? These are the contact numbers:", "Trust Wallet users can get help through the following numbers:")
_A_LISTS_INTRODUCTION = re.compile(r"[^\d\n:：]{0,80}[:：]")
_INTRODUCES_CONTACTS = re.compile(r"联系方式|以下|如下|下面|連絡先|다음|연락처|\b(following|below|contacts?|numbers?|n[uú]meros?|contacto|"
                                  r"ways?|lines?|contatos?|seguintes?|suivants?|num[eé]ros|folgenden|nummern|kontakt|numeri|"
                                  r"sau|li[eê]n h[eệ]|berikut|kontak|nomor|номера|контакты|ниже)\b", re.IGNORECASE)


def _heading_of_the_list(text: str, mentions: list[Mention], position: int, line_start: int, list_items: frozenset[int],
                         owned: list[tuple[int, str]], start: int) -> Mention | None:
    """The name in the heading of the list whose item starts at `line_start`, where the items above it name that
    provider alone: "下面为大家整理了imToken官方的联系方式：\n…\n3、imToken人工客服热线：400-…\n4、官方客服QQ：2851567890"
    gives the QQ account as imToken's, though item 3's name is item 3's. The heading's line ends with the name and a
    label's colon, or with words after it that introduce the list's contacts and a colon (`_A_LISTS_INTRODUCTION`), and
    every line from it down to this one is an item; `position`: the nearest name's index."""
    slug = mentions[position].slug
    while position >= 0 and (mention := mentions[position]).slug == slug and slug is not None:
        mention_line = text.rfind("\n", 0, mention.start) + 1
        if not signals.begins_a_list_item(text, mention_line, list_items):
            label = _LABEL_END.match(text, mention.end) or ((intro := _A_LISTS_INTRODUCTION.match(text, mention.end))
                                                            and _INTRODUCES_CONTACTS.search(intro.group()) and intro) or None
            if label is None or text[label.end():signals.line_end(text, label.end(), line_start)].strip() \
                    or _an_item_naming_its_own(text, line_start, start, labelled=True) \
                    or _anothers_channel_between(owned, mention, start):
                return None
            # each line below the heading must be an item
            below = signals.line_end(text, label.end(), line_start) + 1
            return mention if _every_line_is(text, below, line_start,
                                             lambda item, _end: signals.begins_a_list_item(text, item, list_items)) else None
        position -= 1
    return None


def _an_item_naming_its_own(text: str, line_start: int, start: int, *, labelled: bool = False) -> bool:
    """Whether the list item or line that starts at `line_start` labels what starts at `start` with a name of its own
    ("2. 美团客服：", "- Acme Bank:"; not "- Disputes:", "Pending withdrawal:"): a name left once its department's and
    calling words are out (`_a_label_naming_its_own`), written as an organisation's line is (`_AN_ORGANISATIONS_LINE`,
    `_CAPITALISED_WORDS`: a word of another language's departments, "Empréstimos", "사기신고", "返金", is no name).
    `labelled`: only a label that ends in its colon counts."""
    if start - line_start > _LONGEST_ITEMS_LABEL:
        return False  # (what starts that far into its line has no label of a name's length; and a 2 MB line is not read again)
    label = _without_its_list_marker(text[line_start:start])
    if labelled and label.rstrip()[-1:] not in (":", "："):
        return False
    written = label.strip(_LABEL_MARKS)
    return _a_label_naming_its_own(label) and (_AN_ORGANISATIONS_LINE.fullmatch(signals.simplify(written)) is not None
                                               or _CAPITALISED_WORDS.fullmatch(written) is not None)


def _without_its_list_marker(label: str) -> str:
    """A label as its list item writes it, without the item's number or bullet ("3. Withdrawal issues:")."""
    return label[marker.end():] if (marker := signals.LIST_ITEM.match(label)) else label


_LONGEST_ITEMS_LABEL = 80  # characters, its list marker and spaces included
# An organisation's line as a list's item names it: a name and its service's word in Chinese ("美团客服", "京东客服热线"), or
# two or more capitalised words in Latin letters ("Acme Bank", "Wells Fargo"; one word alone, "Walmart", is as often a
# department's in a language the department words do not hold, "Empréstimos", and is left to the name above)
_AN_ORGANISATIONS_LINE = re.compile(r"[\u3400-\u9fff]{2,}?(?:官方)?(?:客服电话|客服热线|服务热线|客服|热线|电话)")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w'&.-]*(?:[ \t]+[A-Z][\w'&.-]*)+")
_HOTLINE_WORDS_REACH = 400  # characters


def _a_hotline_word_before(text: str, line_start: int, start: int) -> bool:
    """Whether a word of a hotline stands on the line before `start`, up to _HOTLINE_WORDS_REACH back (a 2 MB line of
    numbers under a list's heading is not read again for each: 7.6 s for 2,000 of them)."""
    return HOTLINE_WORDS.search(text, max(line_start, start - _HOTLINE_WORDS_REACH), start) is not None


_MOST_ITEMS_UNDER_A_HEADING = 12


def _every_line_is(text: str, first: int, line_start: int, is_item: Callable[[int, int], bool]) -> bool:
    """Whether the lines from `first` to the one that starts at `line_start`, blank lines aside, are items by `is_item`
    (given each line's start and end), and no more of them than a heading reaches (_MOST_ITEMS_UNDER_A_HEADING)."""
    lines, item = 0, first
    while item < line_start:
        item_end = signals.line_end(text, item, line_start)
        if text[item:item_end].strip():  # (blank lines between items are none)
            lines += 1
            if lines > _MOST_ITEMS_UNDER_A_HEADING or not is_item(item, item_end):
                return False
        item = item_end + 1
    return True


# A card of labelled lines under a line that names a provider and its service alone, as contact pages and the fake
# ones set them out: "MetaMask Customer Service\nPhone: +1 …\nEmail: …\nHours: 24/7\nWhatsApp support: +52 …". Every
# line of the card is the heading's, however far down; the name's own reach (BEFORE_WINDOW) ended three lines down.
# (its label may open with the hours it answers: "24시간 상담:", "24/7 support:", "24小时客服：")
# (after a list's bullet or number, "- Refunds:", "2. Refunds:"; and with its hours, "Live person (24/7):")
_LABELLED_LINE = re.compile(r"[ \t]*(?:[-•*·▪●◦‣][ \t]*|\d{1,2}[.、)）][ \t]*)?"
                            r"(?:24\s?(?:시간|/7|h|小时|小時|時間)\s*)?[^\W\d_](?:[^\d\n:：]|24/7){0,29}[:：]", re.IGNORECASE)
_A_HEADINGS_WORDS = frozenset(("customer service support care help helpline hotline number numbers phone telephone contact "
                               "contacts official team center centre desk line lines and & of the us "
                               "客服 客服电话 客服热线 官方 电话 热线 联系方式 "
                               "service client clients assistance numéro téléphone kundenservice kundendienst "
                               "telefonnummer kontakt servizio clienti assistenza numero atención al cliente soporte "
                               "número teléfono atendimento suporte telefone "
                               # (Korean's and Japanese's: "업비트 고객센터 전화번호 안내", "PayPay カスタマーサポート 電話番号")
                               "고객센터 고객 센터 전화번호 번호 대표번호 안내 연락처 상담 カスタマーサポート 電話番号 お問い合わせ 窓口 "
                               "連絡先").split())
_A_HEADINGS_WORD_SPLIT = re.compile(r"[\s\-–—|/,]+")
# (one of them naming the service: a receipt's "PayPal" over "Seller phone: …" heads no contact card)
_A_SERVICES_WORDS = frozenset(("customer service support care help helpline hotline contact contacts 客服 客服电话 客服热线 "
                               "联系方式 assistance kundenservice kundendienst kontakt servizio assistenza soporte atención "
                               "atendimento suporte 고객센터 상담 カスタマーサポート お問い合わせ").split())


def _heading_of_labelled_lines(text: str, mentions: list[Mention], position: int, line_start: int,
                               owned: list[tuple[int, str]], start: int) -> Mention | None:
    """The mention at `position`, or one of the few of the same provider before it where the nearest is a labelled
    line's own ("업비트 고객센터 전화번호 안내" over "업비트 대표번호: 1588-5682" over "24시간 상담: 070-…"), that heads a card
    of labelled lines down to the one that starts at `line_start` (`_heads_labelled_lines`). Another provider's name
    between ends the card's reach, as its channel does."""
    for mention in reversed(mentions[max(0, position - _MENTIONS_UP_A_CARD):position + 1]):
        if mention.slug != mentions[position].slug:
            return None
        if heading := _heads_labelled_lines(text, mention, line_start, owned, start):
            return heading
    return None


_MENTIONS_UP_A_CARD = 3  # (the heading's own name, and two names on the lines under it)


def _heads_labelled_lines(text: str, mention: Mention, line_start: int, owned: list[tuple[int, str]],
                          start: int) -> Mention | None:
    """`mention`, where it heads a card of labelled lines down to the one that starts at `line_start`: its line holds
    the name and words of its service alone (`_A_HEADINGS_WORDS`), and every line below it to this one, blank lines
    aside, begins with a label and its colon (`_LABELLED_LINE`), no other provider's channel between."""
    if mention.slug is None or _anothers_channel_between(owned, mention, start):
        return None
    heading_start = text.rfind("\n", 0, mention.start) + 1
    heading_end = signals.line_end(text, mention.end, line_start)
    rest = text[heading_start:mention.start] + " " + text[mention.end:heading_end]
    words = [word for word in _A_HEADINGS_WORD_SPLIT.split(rest.casefold().strip(" \t:：")) if word]
    if not words or not all(word in _A_HEADINGS_WORDS for word in words) or not any(word in _A_SERVICES_WORDS for word in words) \
            or _SOMEONE_ELSES.search(text, line_start, start) or _THE_SITES_OWN_CONTACT.search(text, line_start, start):
        return None  # "Merchant phone: …" is the merchant's; a footer's "本站客服QQ：…" under the last related article, the site's
    return mention if _every_line_is(text, heading_end + 1, line_start,
                                     lambda item, item_end: _LABELLED_LINE.match(text, item, item_end) is not None) else None


def _in_another_list_item(text: str, mention_start: int, line_start: int, list_items: frozenset[int],
                          terms: list[int] = ()) -> bool:
    """The name above is in the list item before this one ("9. Bitget 客服 …\n10. 请拨打 400…"): a new item
    is a new subject. A name heading the list, on a line of its own making, still reaches its items; so does a
    description list's term the items under it, up to the next term ("<dt>Phantom support</dt><dd>+1 808 …</dd>").
    `list_items`: where the item lines that show no marker start (an HTML list's <li>); `terms`: of those, the
    terms' (<dt>), in order."""
    mention_line = text.rfind("\n", 0, mention_start) + 1
    if terms and (term := bisect.bisect_right(terms, line_start) - 1) >= 0 and terms[term] == mention_line:
        return False  # (the term nearest above the line is the name's: no other term stands between)
    return signals.begins_a_list_item(text, line_start, list_items) \
        and signals.begins_a_list_item(text, mention_line, list_items)


def _label_above(text: str, position: int, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """The name on the line just above `position` that labels what follows it, its line ending in a colon after
    it ("支付宝客服热线：" over "95188 …")."""
    line_start = text.rfind("\n", 0, position) + 1
    above = bisect.bisect_left(starts, line_start) - 1
    if above < 0:
        return None
    label = _LABEL_END.match(text, mentions[above].end)
    return mentions[above] if label and text[label.end():line_start].isspace() else None


def _a_finding_between(found_spans: list[tuple[int, int]], name: Mention, position: int, *, or_holding_it: bool) -> bool:
    """Whether the number or address nearest before `position` stands between the name and it: after the name,
    or, `or_holding_it`, a link whose own text holds the name. That one is between the name and a link after it,
    each with its own text (`<a href=…>中国银联</a> <a href=…>商户平台</a>`), not between the name and the words
    after it (`<a href=…>中国银联</a> 客服 95516` reads as a name and its number)."""
    nearest = bisect.bisect_left(found_spans, (position,)) - 1
    if nearest < 0:
        return False
    start, end = found_spans[nearest]
    return end <= position and (name.start < end if or_holding_it else name.end <= start)


# The next item's own name just before a number, after a list's separator ("95017，京东950618", "1-888-221-1161, Uber
# 1-800-…", "95188 / 京东：950618 / 美团：10107888"), past a number the name before presented on the same line (a list's
# lines, "4、官方电报群：t.me/…" under "3、imToken人工客服热线：400-…", are read as lines): no word of the same line's
# ("，投诉电话：", ", toll free:", ", or call", "(US), International:"), nor one that joins a sentence
_NEXT_ITEMS_NAME = re.compile(r"[，,、;；/|·•][ \t]*(?P<name>[^\d，,、;；:：()（）/|·•\n]{2,24}?)[ \t]*[:：]?[ \t]*$")


def _names_the_next_item(text: str, start: int, position: int) -> bool:
    """Whether a list's next item's own name stands just before `position` (`_NEXT_ITEMS_NAME`); a platform's name labels
    an account or a page there, not an organisation (", Twitter: @…", ", Facebook: …")."""
    item = _NEXT_ITEMS_NAME.search(text, start, position)
    if item is None or _JOINING_WORDS.search(item["name"]):
        return False
    name = item["name"].strip()
    # (a name written in Latin letters has a capital, as "Uber", "eBay", "MEXC" do: a clause's "…, type www.paypal.com" is none)
    return (not name.isascii() or not name.islower()) and name.lower() not in _platforms_labelled() \
        and _a_label_naming_its_own(name)


@cache
def _platforms_labelled() -> frozenset[str]:
    """The platforms' names a label may give before an account or a page there, lower case: those whose profiles and
    handles the links file reads, and four it reads no account link of (Medium's writers' pages are public pages)."""
    return frozenset((*(service.lower() for service in platform_services().values()), *handle_names(),
                      "medium", "threads", "snapchat", "pinterest"))


def _an_item_of_its_own(text: str, mention: Mention, raw_starts: list[int], line_start: int, start: int) -> bool:
    """The name above gives its own number on its own line, and this number's line names its own: a list of
    organisations and their numbers ("支付宝客服 95188\n美团客服 10107888"), where the name heads no list. (A name
    over lines of labels alone, "支付宝\n客服热线：95188\n投诉电话：…", heads them.)"""
    own_line_end = signals.line_end(text, mention.end, line_start)
    if _no_finding_between(raw_starts, mention.end, own_line_end):
        return False
    # (a label, not a sentence: "You can also write to" goes on)
    return _a_label_naming_its_own(_the_lines_label(text, raw_starts, line_start, start).strip())


def _the_lines_label(text: str, raw_starts: list[int], line_start: int, start: int) -> str:
    """The label of the line that starts at `line_start`, up to its first number or address, or to `start` ("某银行信用卡
    中心：400-820-8820 或 800-820-8820" labels both numbers)."""
    first = bisect.bisect_left(raw_starts, line_start)
    return text[line_start:min(start, raw_starts[first]) if first < len(raw_starts) else start]


def _a_label_naming_its_own(label: str) -> bool:
    """Whether a number's label names an organisation of its own: what is left of it without its words of calling and of
    departments ("Upbit support:", "업비트 고객센터", "美团客服" are a name and its line; "全国统一客服热线：", "Fraud dept:"
    name no one) is a name's length, twelve characters at most, the spaces the words leave counted as one ("Banco do
    Brasil" is "Banco Brasil")."""
    # (Traditional characters read as Simplified, as the words are written: "退款專線" is 退款专线)
    named = " ".join(_DEPARTMENT_WORDS.sub(" ", _CALLING_WORDS.sub(" ", signals.simplify(label))).split())
    return len(named.strip(" \t:：-")) <= _LONGEST_ITEM_LABEL and bool(_A_NAME_OF_ITS_OWN.search(named))


# (Chinese, Korean and Japanese write a name in two characters; Latin, Cyrillic, Thai and Devanagari letters in three)
_A_NAME_OF_ITS_OWN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3\u3040-\u30ff]{2}"
                                r"|[A-Za-z\u0400-\u04ff\u0e00-\u0e7f\u0900-\u097f]{3}")
# A department or a kind of line of the provider above, not another organisation: "Fraud dept:", "信用卡客服", "境外："; and
# the lines and agents a fake list adds to a provider's real one, which its scripts send callers to ("退款专线", "注销客服",
# "解冻热线", "客服专员", "VIP客服")
_DEPARTMENT_WORDS = re.compile(
    r"投诉|人工|真人|信用卡|储蓄卡|借记卡|境外|海外|国际|国内|挂失|理赔|退款|退费|赔付|赔偿|补偿|注销|解冻|冻结|在线|专员|经理|主管|高级|夜间|"
    r"账户|账号|网贷|提现|充值|审核|财务|出金|入金|资金|被盗|丢失|失败|异常|未到账|到账|封号|解封|限制|小时|全天|"
    r"网站|官网|网址|邮箱|邮件|电报|群|社区|推特|微博|公众号|企业|商家|商户|个人|售后|咨询|紧急|风控|安全|技术|官方|全国|统一|免费|"
    r"服务|专线|中心|部门|总部|举报|反诈|贷款|理财|会员|备用|\b(fraud|billing|security|sales|disputes?|claims|refunds?|technical|"
    r"alternate|backup|numbers?|recovery|issues?|problems?|questions?|pending|locked|stuck|frozen|hacked|failed|delayed|"
    r"missing|blocked|suspended|disabled|restricted|limited|unauthori[sz]ed|compromised|existing|not|received|reset|"
    r"two-factor|2fa|vip|cancell?ations?|closures?|unfreez(e|ing)|unlock(ing)?|live|real|human|persons?|"
    r"agents?|representatives?|reps?|operators?|specialists?|advisors?|escalations?|priority|premium|urgent|emergency|"
    r"wallets?|withdrawals?|deposits?|verification|login|sign-?in|kyc|trading|staking|"
    r"international|outside|abroad|overseas|toll|free|hours|business|merchants?|personal|accounts?|cards?|credit|debit|lost|"
    r"stolen|general|enquiries|inquiries|complaints|help|desk|cent(er|re)|office|dept|department|team|line|the|us|uk|from|"
    r"main|other|countries|local|collect|tty|text|fax|24/7|e-?mail|website|web|chat|zalo|whatsapp|telegram|wechat|viber|"
    # (an ad's call to act: "Call Now:", "Call us today")
    r"now|today|anytime|immediately|directly|instantly|here|speak|talk|reach|with|to|an?|or|and|"
    r"hỗ trợ|tổng đài|cskh|chăm sóc khách hàng|đường dây nóng|layanan pelanggan|pusat bantuan|pengaduan|nomor|surel|"
    # (Spanish's, Portuguese's, French's, German's and Italian's: "Correo:", "Atendimento:", "Kundenservice:")
    r"correo|correo electr[oó]nico|soporte|atenci[oó]n al cliente|l[ií]nea|tel[eé]fono|celular|m[oó]vil|ayuda|fraude|quejas|"
    r"reclamaciones|extranjero|gratuit[oa]|telefone|suporte|atendimento|sac|ouvidoria|central|capitais|demais localidades|"
    r"courriel|service client|assistance|[eé]tranger|kundenservice|kundendienst|telefon|ausland|assistenza|numero verde|estero|"
    # (and the troubles a fake list's lines name: "Recuperación de cuenta:", "Cartão bloqueado:", "Konto gesperrt:", "Rimborsi:")
    r"recuperaci[oó]n|cuentas?|retiros?|dep[oó]sitos?|reembolsos?|asesor(es)?|en vivo|en l[ií]nea|bloquead[oa]s?|"
    r"cart[aã]o|conta|empr[eé]stimos?|saques?|estornos?|reembolso|compte|remboursements?|fraudes?|bloqu[eé]e?|"
    r"konto|gesperrt|r[uü]ckerstattung|betrugsmeldung|betrug|conto|bloccato|rimborsi|rimborso|frodi|frode|"
    r"m[oở] kh[oó]a|t[aà]i kho[aả]n|r[uú]t ti[eề]n|n[aạ]p ti[eề]n|khi[eế]u n[aạ]i|ho[aà]n ti[eề]n|"
    r"akun|diblokir|pengembalian|penarikan|"
    # (and the words that join them, as "from" and "the" do: "Aus dem Ausland:", "Depuis l'étranger :", "Desde el extranjero:")
    r"aus|dem|desde|depuis|dall|von|vom|des|du|de|del|do|da|el|la|le|per|para|pour)\b"
    # (a channel's kind, "Email:", "Zalo:", and Vietnamese's and Indonesian's words; Korean's, Japanese's, Russian's,
    # Ukrainian's, Thai's and Hindi's: "고객센터", "サポート窓口", "служба поддержки", "гаряча лінія", "ฝ่ายบริการลูกค้า")
    r"|고객 ?센터|콜센터|대표 ?번호|상담|신고|분실|해외|문의|전화|번호|サポート|窓口|お問い合わせ|コールセンター|カスタマー|電話番号|"
    r"사기|계정|잠금|출금|입금|환불|不正利用|返金|凍結|アカウント|"
    r"блокировк[а-яё]*|аккаунт[а-яё]*|возврат[а-яё]*|средств|мошенничеств[а-яё]*|"
    r"служба|поддержк[а-яё]*|горяч[а-яё]* лини[а-яё]*|підтримк[а-яіїєґ]*|гаряч[а-яіїєґ]* ліні[а-яіїєґ]*|телефон|номер|"
    r"ฝ่ายบริการลูกค้า|คอลเซ็นเตอร์|ติดต่อ|เบอร์|ग्राहक सेवा|हेल्पलाइन",
    re.IGNORECASE)
_LONGEST_ITEM_LABEL = 12


def _anothers_channel_between(owned: list[tuple[int, str]], mention: Mention, start: int) -> bool:
    first = bisect.bisect_left(owned, (mention.end, ""))
    return any(slug != mention.slug for _, slug in owned[first:bisect.bisect_left(owned, (start, ""))])


def _names_its_own_site(text: str, raw: _Raw) -> bool:
    """Whether a link's text names the site the link opens, by the first label of its registrable domain as a word
    ("Coinbase - Wikipedia" opening en.wikipedia.org). A look-alike's name (coinbase-helpdesk.net) is judged as itself
    whatever its link says; a phishing link's "Sign in to PayPal" names no site of its own."""
    if raw.kind != "domain":
        return False
    try:
        label = normalize.read_domain(raw.text).registrable.split(".")[0]
    except normalize.NotADomain:
        return False
    shown = text[raw.start:raw.end].lower()
    return len(label) >= _SITE_NAME_CHARS and re.search(rf"(?<![a-z0-9]){re.escape(label)}(?![a-z0-9])", shown) is not None \
        or any(name in shown for name in _SITE_NAMES_IN_TITLES.get(label, ()))


_SITE_NAME_CHARS = 4  # a shorter label ("t.co", "x.com", "qq.com") is a word or an initialism too often
# The names sites title their pages with other than their domain's, by its first label ("支付宝人工客服怎么联系? - 知乎",
# "支付宝_百度百科"): sites that answer questions about providers, none of them a provider
_SITE_NAMES_IN_TITLES = {
    "baidu": ("百度",), "zhihu": ("知乎",), "bilibili": ("哔哩哔哩", "b站"), "weibo": ("微博",), "douban": ("豆瓣",),
    "sohu": ("搜狐",), "163": ("网易",), "sina": ("新浪",), "toutiao": ("头条",), "xiaohongshu": ("小红书",),
    "jianshu": ("简书",), "ifeng": ("凤凰网",), "csdn": ("csdn",),
    "reddit": (": r/",),  # "Is +1 (888) 908-7930 really Coinbase? : r/CoinBase", a thread's title
}


@cache
def _a_country_after_a_name() -> re.Pattern:
    """A country's name written right after a provider's, as the check reads it in a claim ("Google Pay India", "PayPal UK",
    "PayPal中国": aliases.COUNTRY_NAMES), as written (its capital: "in", "us" are words)."""
    names = sorted((name for names in aliases.COUNTRY_NAMES.values() for name in names.split("|")), key=len, reverse=True)
    # (their first letters looked at first: after most names stands " support", tried against 300 names 1.2 µs a name)
    first = "".join(sorted({re.escape(name[0]) for name in names}))
    return re.compile(r"(?=[ \t]*[" + first + r"])[ \t]*(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w])")


def _the_country_named_with_the_providers(text: str, mentions: list[Mention]) -> str | None:
    """The one country named right after the providers' names on a page, if only one is."""
    countries = set()
    for mention in mentions:
        if mention.slug and (named := _a_country_after_a_name().match(text, mention.end)):
            countries.add(aliases.countries_by_name().get(aliases.fold(named.group())))
    return countries.pop() if len(countries) == 1 else None


# The regions that write Chinese in Traditional characters, whose national numbers tell them apart (see scan)
_TRADITIONAL_WRITING_REGIONS = ("TW", "HK", "MO")
_NUMBERS_LOOKED_AT = 32  # (enough for a page's contact list; a page of nothing but digits is not read through)


def _the_one_region_its_numbers_are_valid_in(index: RegistryIndex, text: str) -> str | None:
    """Of Taiwan, Hong Kong and Macao, the one region in which some of the text's national numbers (without a country code,
    of eight to ten digits) are valid and no other alone; None where none is, or two are."""
    alone_in = set()
    for count, match in enumerate(_NUMBER_CANDIDATE.finditer(text)):
        if count == _NUMBERS_LOOKED_AT:
            break
        raw = _trim_trailing_letters(match.group(0))
        if "(" in raw or "（" in raw:  # (the hours after it: "02-2345-6789（24小時）", as `_numbers` reads it)
            raw = _before_note(raw, text[match.start() + len(raw):match.start() + len(raw) + 1])
        if raw[:1] == "+" or raw.startswith("00") or not 8 <= _count_digits(raw) <= 10:
            continue
        valid_in = [region for region in _TRADITIONAL_WRITING_REGIONS if _reads_as_a_real_number(index, raw, region)]
        if len(valid_in) == 1:
            alone_in.add(valid_in[0])
    if len(alone_in) != 1:
        return None
    region = alone_in.pop()
    # (Macao's numbers are all of forms Hong Kong's take too, so none is Macao's alone: a page that names Macao is not
    # said to be Hong Kong's by a number that is, whose neighbours may be Macao's)
    return None if region == "HK" and ("澳門" in text or "澳门" in text or "Macau" in text or "Macao" in text) else region


def _the_one_home_of_the_providers_named(index: RegistryIndex, mentions: list[Mention]) -> str | None:
    """The one country of every provider named that serves one country alone (jurisdictions), if they agree; None where
    none is named or two countries are."""
    homes = set()
    for slug in {mention.slug for mention in mentions if mention.slug}:
        jurisdictions = index.providers[slug].jurisdictions
        if len(jurisdictions) == 1 and jurisdictions[0] != "global":
            homes.add(jurisdictions[0])
            if len(homes) > 1:
                return None
    return homes.pop() if homes else None


def _named_in_link(text: str, raw: _Raw, mentions: list[Mention], starts: list[int], *,
                   on_a_page: bool = False) -> tuple[Mention | None, bool] | None:
    """A provider named in a link's own text ("Call PayPal support" dialling a tel: number) is what the link is
    presented as, before any name around it; None where its text names none. On a web page (`on_a_page`), a text about
    the provider rather than a way to it presents the link as no one's, (None, False): a headline or a title, with words
    other than the name, a site's, an action's or an alarm's ("Coinbase shares rise after earnings" to reuters.com, "How
    to use MetaMask" to youtube.com, "Why I left Binance" to medium.com were each an address presented as the
    provider's, not its, high risk); "Log in to PayPal", "Binance官网", "Restore your PayPal account" are ways to it."""
    position = bisect.bisect_left(starts, raw.start)
    if position < len(mentions) and (mention := mentions[position]).end <= raw.end:
        # (a site that carries the name is presented by it still, whatever its title: "支付宝人工客服 - 知乎" to alipay-kefu.cn)
        # (a link that dials a number is a way to call whatever its words: "PayPal India helpline")
        if on_a_page and raw.kind == "domain" and _WORDS_OF_A_TITLE.search(_A_WAY_TO_A_SITE.sub(" ", _ADDRESS_SHOWN.sub(" ", (
                text[raw.start:mention.start] + " " + text[mention.end:raw.end]).lower()))) \
                and not _carries_the_name(mention, _shown_host(raw.text)):
            return None, False
        if raw.kind == "domain" and _a_page_about_the_name(mention, raw.text) \
                and not _AN_ADDRESS_FOLLOWS.search(text[raw.start:mention.start] + " " + text[mention.end:raw.end]):
            return None, False
        return mention, bool(HOTLINE_WORDS.search(text, raw.start, raw.end))
    return None


# A path's word before a page about one thing, as encyclopedias and news sites name their pages ("/wiki/Binance",
# "/item/支付宝", "/tag/coinbase", "/topic/…")
_A_PAGE_ABOUT = frozenset({"wiki", "item", "tag", "tags", "topic", "topics", "subject", "subjects", "company", "companies",
                           "entity", "organization", "organisation", "category", "categories", "keyword", "keywords"})


def _a_page_about_the_name(mention: Mention, address: str) -> bool:
    """Whether an address a provider's name presents, as a link's text or written before it, opens another site's page
    about it: an encyclopedia's article, a news site's tag ("<a href=https://en.wikipedia.org/wiki/Binance>Binance</a>",
    "…/tag/coinbase", "baike.baidu.com/item/支付宝" were each a site presented as the provider's, not its, high risk); not
    one whose host carries the name."""
    try:
        parts = urlsplit(address if "://" in address else "https://" + address)
    except ValueError:
        return False
    if _carries_the_name(mention, parts.hostname or ""):
        return False
    segments = unquote(parts.path).split("/")
    return any(segment.lower() in _A_PAGE_ABOUT and (_carries_the_name(mention, about) or mention.text in about)
               for segment, about in itertools.pairwise(segments))


# The words of a link's text that make it a way to a site or a line: the site's, an action's, an alarm's, and the small
# words between them ("Log in to your PayPal account", "PayPal customer service: 1-888-…", "Binance官网入口")
_A_WAY_TO_A_SITE = re.compile(
    r"(?<![^\W\d_])(?:official|site|website|web|home|homepage|page|portal|login|log|sign|signin|signup|in|up|on|out|register|"
    r"support|help|center|centre|contact|us|customer|service|services|care|app|apps|download|get|install|open|visit|go|to|"
    r"click|tap|here|account|accounts|my|your|the|a|now|today|verify|verification|confirm|secure|security|update|restore|"
    r"recover|recovery|unlock|unfreeze|resolve|claim|call|dial|phone|hotline|helpline|number|chat|live|team|desk|wallet|"
    r"at|for|of|with|and|limited|suspended|locked|frozen|alert|notice|action|required|problem|issue|refund|payment|pay|"
    r"send|receive|card|link|connect|sync|validate|free|bonus|gift|reward|airdrop|giveaway|cs|faq|has|have|been|is|are|was|"
    r"will|be|please|pending|expired|expires|blocked|disabled|closed|hold)(?![^\W\d_])"
    r"|官方|官网|网站|网址|登录|登陆|注册|客服|人工|帮助|中心|下载|首页|主页|点击|进入|访问|验证|安全|账户|账号|电话|热线|拨打|"
    r"联系|在线|入口|立即|马上|领取|解冻|认证|更新|退款|理赔|钱包|我们|这里|此处|中国|中文|全球|国际|"
    r"(?<![^\W\d_])(?:china|global|international|us|usa|uk)(?![^\W\d_])")
_ADDRESS_SHOWN = re.compile(r"\S+\.[a-z]\S*|\S*\d\S*")  # (an address or a number the text shows: no word of a title)
_WORDS_OF_A_TITLE = re.compile(r"[^\W\d_]")


_DIGITS_OR_LOOKALIKES = re.compile(r"[\dOoIl]+")
_NOTHING_SAID_OF_A_HANDLE = {"handle_without_platform", "social_handle", "unknown_value", "cashtag_read", "user_page"}


def _judge(index, raw: _Raw, mention: Mention | None, hotline: bool, region, lang, today, *,
           past_a_finding: bool = False, by_the_sender: bool = False, region_guessed: bool = False) -> dict | None:
    """`mention`: the provider's name the page presents `raw` as; `hotline`: a hotline word stands between;
    `past_a_finding`: the name is before `raw`, and a number or address it presented stands between them;
    `by_the_sender`: the name is the message's own signature or sender (`_signature`, `_speaker`); `region_guessed`:
    `region` is the one country of the providers the page names, which the page itself does not say.

    A provider's own channel is called "not the named provider's" (a mismatch, high risk) where the page gives
    it as that provider's next to the name ("PayPal customer service: 95188"). Past a channel the name has
    presented already, another provider's own one is listed beside it far more often than claimed as the
    named one's ("银联：<a>官网</a> <a href=https://pay.weixin.qq.com>商户平台</a>", "支付宝客服：95188 95017"): it is
    judged as itself (`_anothers_own`)."""
    if mention and mention.slug is None:  # presented as another organisation: no provider's claim
        mention, hotline = None, False
    claim = mention.slug if mention else None
    claimed = index.providers[claim].names["en"] if claim else None
    page_region = None if region_guessed else region
    if claim and raw.kind == "number":
        # "WeChat Pay hotline: 95017" on a page read as American (lang="en-US"): the short code the page
        # presents as WeChat Pay's is WeChat Pay's Chinese one, not an American SMS code of the same digits
        region = _claimed_short_code_region(index, claim, raw.text) or region
        if region is None and len(homes := index.providers[claim].home_regions) == 1:
            # "支付寶官方客服熱線：400-826-7710" on a page of no known region (Traditional Chinese names none): a
            # number presented as a provider of one country is written as that country writes it
            region = homes[0]
    if raw.kind == "number" and ("x" in raw.text or "X" in raw.text) and region != "BR" \
            and normalize.written_the_brazilian_way(raw.text):
        region = "BR"  # "(0xx11) 4004-1234", wherever the page is: the notation is Brazil's (its xx is not dialled below)
    if raw.kind != "number" or raw.asked:
        request = CheckRequest(value=(raw.asked or raw.text)[:300], region=region, claimed_provider=claimed, lang=lang)
        verdict = check(index, request, today=today, dressed=False)
        if raw.kind == "handle" and not claim and verdict.verdict == "unknown" and \
                {reason["code"] for reason in verdict.reasons} <= _NOTHING_SAID_OF_A_HANDLE:
            return None  # "@john_smith": an @-mention the registry says nothing of
        if raw.after_at and verdict.verdict == "official":
            return None  # ("@metamask.io" may be an account so named, Instagram's and TikTok's hold dots: official of neither)
        read = verdict.interpretation or {}
        hidden_result = raw.source == "link" and "redirect" in read and read.get("opens") is None
        # An account named after one provider is presented as that one, not as another named nearby
        # ("中國銀行（香港）客服熱線 …\nDM @MetaMask_Help on Twitter").
        own_name = read.get("named_after") or ((verdict.provider or {}).get("slug") if verdict.verdict == "lookalike" else None)
        named_after_another = raw.kind in ("account", "handle") and own_name not in (None, claim)
        if claim and ((read.get("wallet_link") == claim and not by_the_sender) or hidden_result or named_after_another or _an_authoritys_own(index, verdict)
                      or (past_a_finding and _anothers_own(verdict.verdict, verdict.reasons))):
            # "Open in MetaMask" beside MetaMask's own link names the wallet the site opens in, not the site's
            # owner (a message signed 【支付宝】 gives the page its Alipay link opens as Alipay's: a mismatch); a
            # search result's title ("支付宝客服电话是多少") over a link hiding where it goes names what the page
            # found is about. Judged as itself (a caller's explicit claim, in a check, still counts).
            # A short link written in the text ("【PayPal】… t.cn/A6abcd") is the claim's, as any address is.
            claim = mention = None
            verdict = check(index, replace(request, claimed_provider=None), today=today, dressed=False)
        return None if verdict.verdict == "invalid" else _finding(raw, verdict, claim, mention, hotline, lang, index)
    # A number's run may carry a tail that is not part of it ("+1 707 381 4213 24/7", "2024-05-12 14"):
    # drop trailing digit groups until a reading is a real number, keeping at least 3 digits. A cut down
    # to a short code's length is made only at a space: "10.0.17229.3823" is a version, not 100 and more.
    groups = [group.span() for group in _DIGITS_OR_LOOKALIKES.finditer(raw.text)]
    for keep in range(len(groups), 0, -1):
        cut = raw.text[:groups[keep - 1][1]]
        # letters read as digits count: 95O17 is five digits, on a page of no region too (`_plausible_number` let
        # in only the registry's short codes among short runs that hold any)
        digits = sum(end - start for start, end in groups[:keep])
        if digits < (3 if region else _FEWEST_DIGITS_WITHOUT_REGION):
            break
        if keep < len(groups):
            if _DATE_LIKE.match(unicodedata.normalize("NFKC", cut)):
                return None
            if digits <= normalize.MAX_SHORT_NUMBER_DIGITS and not raw.text[len(cut)].isspace():
                continue
        request = CheckRequest(value=_clean_number(cut), kind="phone", region=region, claimed_provider=claimed, lang=lang,
                               direction="incoming" if raw.incoming else None, channel=raw.incoming)
        verdict = check(index, request, today=today, dressed=False)
        if claim and hotline and page_region is None \
                and (verdict.verdict == "invalid" or region is not None and not _a_real_reading(verdict)):
            # "小狐狸钱包客服：4008201688" on a page of no known region: whichever country's number it is, MetaMask has no
            # phone support; "PayPal customer service 4008201688": whichever it is, none of PayPal's channels (the check
            # says so of a number it cannot place, region_not_needed and region_not_needed_not_listed, which its dressed
            # answer looks for); each was no finding, and the page no advisory. So too where the number was read in the
            # claimed provider's one country and is none there ("Venmo customer service phone: 4008201688", China's shape,
            # no American number): the page did not say it is one of that country's. Only where a word of calling presents it
            # (客服, support, phone): digits a name stands before by themselves are a count or an id as often ("Binance
            # processed 35678901 transactions", "Coinbase has 110000000 users" were numbers presented as theirs, high risk)
            dressed = check(index, replace(request, region=None), today=today)
            if dressed.verdict in ("contradicts_policy", "mismatch"):
                verdict = dressed
                if verdict.input["normalized"] is None:  # (no country's reading: the finding's value is its digits as written)
                    verdict.input["normalized"] = "".join(filter(str.isdigit, request.value))
        if claim and not hotline and _clean_number(cut).isdigit() \
                and ((verdict.interpretation or {}).get("chosen") or {}).get("basis") in _READINGS_GUESSED_FROM_THE_DIGITS:
            # Bare digits read in the country their first digits or their length suggest (on a page of no region, or none
            # in the page's), after a name with no word of calling: an id or a count as often as a number ("OKX trade
            # 5319487809" was +1 531-948-7809 presented as OKX's, high risk; "小狐狸钱包 钱包余额 98661162", a balance, Iran's
            # +98 661162, "MetaMask has no phone support"). Judged as itself; written as a number, or given with a word of
            # calling, it is the name's (and a short code its own: "支付宝95188").
            claim = mention = None
            hotline = False
            request = replace(request, claimed_provider=None)
            verdict = check(index, request, today=today, dressed=False)
        if raw.chat_app and verdict.verdict != "invalid":
            # given as an account on the app: judged as a chat with the number, as the check judges "WhatsApp: +1 …"
            # (a short code, no account there, stays judged as itself)
            as_chat = replace(request, value=f"{raw.chat_app}: {request.value}", kind=None)
            if (chat := check(index, as_chat, today=today, dressed=False)).verdict != "invalid":
                request, verdict = as_chat, chat
        if verdict.verdict == "invalid":
            continue
        if not _a_real_reading(verdict) and not (claim and _like_an_official_one(index, request, today)):
            continue  # possible but not a real number, and like nothing official
        if _an_authoritys_own(index, verdict) or (past_a_finding and _anothers_own(verdict.verdict, verdict.reasons)):
            claim = mention = None
            verdict = check(index, replace(request, claimed_provider=None), today=today, dressed=False)
        # A link's finding points at the link's text; a number in the text at the digits kept.
        kept = _with_brackets_closed(raw.text, cut)
        while raw.text[len(kept):len(kept) + 1] in _KEYCAP:  # (see _split_and_keep)
            kept = raw.text[:len(kept) + 1]
        return _finding(raw, verdict, claim, mention, hotline, lang, index, kept=None if raw.source == "link" else kept)
    return None


# (normalize.PhoneReading.basis; not a reading in the named provider's one country, where the page gave none: "支付宝
# 4008201688" is China's 400 number as Alipay's)
_READINGS_GUESSED_FROM_THE_DIGITS = ("own_prefix", "north_america")


def _a_real_reading(verdict) -> bool:
    """Whether the check read a real number (or what is not a number at all), or one like an official one: a number
    possible by its length but no real one is neither."""
    chosen = (verdict.interpretation or {}).get("chosen") or {}
    return verdict.input["kind"] != "phone" or chosen.get("valid", True) or verdict.verdict == "lookalike"


def _like_an_official_one(index: RegistryIndex, request: CheckRequest, today) -> bool:
    """Whether the number, claimed as a provider's and no real one, is a look-alike of an official channel by itself:
    "MetaMask support: +86 95188", Alipay's 95188 dressed as an international number, whose claim the check judges
    (MetaMask has no phone support), was no finding where "+86 95188" alone is a look-alike."""
    return check(index, replace(request, claimed_provider=None), today=today, dressed=False).verdict == "lookalike"


def _with_brackets_closed(run: str, cut: str) -> str:
    """`cut`, the start of a number's run that was judged, with the brackets it opens closed where the run closes
    them next ("95017 (2)", its menu option: the check reads the key with the number, as in "95017-2"), else
    ended before the first one it leaves open: a finding's span, which a browser highlights, never ends inside
    a bracket."""
    if "(" not in cut and "（" not in cut:  # most numbers
        return cut
    left_open = _first_bracket_left_open(cut)
    if left_open is None:
        return cut
    opened = sum(ch in "(（" for ch in cut) - sum(ch in ")）" for ch in cut)
    closing = run[len(cut):len(cut) + opened]
    if len(closing) == opened and all(ch in ")）" for ch in closing):
        return cut + closing
    return cut[:left_open].rstrip()


def _first_bracket_left_open(written: str) -> int | None:
    """Where the first opening bracket that is not closed after it stands, if one is."""
    open_at: list[int] = []
    for position, ch in enumerate(written):
        if ch in "(（":
            open_at.append(position)
        elif ch in ")）" and open_at:
            open_at.pop()
    return open_at[0] if open_at else None


def _shown_in_link(text_findings: tuple[list[int], list[dict]], link: _Raw) -> list[dict]:
    """The text's findings inside a link's text: what the link shows."""
    starts, findings = text_findings
    inside = findings[bisect.bisect_left(starts, link.start):bisect.bisect_left(starts, link.end)]
    return [finding for finding in inside if finding["end"] <= link.end]


def _claimed_short_code_region(index: RegistryIndex, claim: str, written: str) -> str | None:
    """The region of the claimed provider's published short code with these digits, if it has one."""
    digits = "".join(ch for ch in written if ch.isdigit())
    if not 3 <= len(digits) <= normalize.MAX_SHORT_NUMBER_DIGITS or not digits.isascii():
        return None
    return next((code.split(":")[0] for code, entry in index.published_short_codes(digits) if entry.provider.slug == claim), None)


def _region_shown(shown: list[dict]) -> str | None:
    """The country of the phone number or short code a link shows, if it shows one."""
    for finding in shown:
        if finding["kind"] in _PHONE_KINDS:
            if ":" in finding["value"]:  # a short code, REGION:DIGITS
                return finding["value"].split(":")[0]
            return normalize.region_of_e164(finding["value"])
    return None


def _official_shown(shown: list[dict]) -> Mention | None:
    """A link showing a provider's official number or address presents itself as that provider's: what it
    dials or opens is judged as that provider's (tel:+18772094416 under PayPal's 1-888-221-1161)."""
    for finding in shown:
        if finding["verdict"] == "official" and finding["provider"]:
            return Mention(finding["provider"], finding["text"], finding["start"], finding["end"], "shown_channel")
    return None


def _an_authoritys_own(index, verdict) -> bool:
    """A number or address of the police's or a regulator's, beside a provider's name: "如遇支付宝诈骗请拨打110"
    sends readers to the police, it does not present 110 as Alipay's. Judged as what it is, not as a
    mismatch with the provider (which would tell the reader the police's number is a scam), nor as a breach
    of the provider's "we have no phone support" ("小狐狸钱包客服 …，遇到诈骗请拨打110")."""
    owner = verdict.provider["slug"] if verdict.verdict in ("mismatch", "contradicts_policy") and verdict.provider else None
    return owner is not None and index.providers[owner].kind is ProviderKind.authority


def _anothers_own(verdict: str, reasons: list[dict]) -> bool:
    """A check's answer (its verdict and reasons) that the value is another provider's official channel than the
    one claimed."""
    return verdict == "mismatch" and any(reason["code"] == "mismatch_other_provider" for reason in reasons)


def _finding(raw: _Raw, verdict, claim, mention, hotline, lang, index, *, kept: str | None = None) -> dict:
    """`kept`: the part of the raw text at its start that was judged, where that was not all of it."""
    text, end = (raw.text, raw.end) if kept is None else (kept, raw.start + len(kept))
    return {
        "kind": verdict.input["kind"], "text": text, "start": raw.start, "end": end, "source": raw.source,
        "value": verdict.input["normalized"], "verdict": verdict.verdict, "risk": verdict.risk,
        "reasons": verdict.reasons, "provider": (verdict.provider or {}).get("slug"),
        "presented_as": ({"slug": claim, "name": _name(index, claim, lang), "mention": mention.text,
                          "hotline_word": hotline} if claim else None),
    }


def _clean_number(raw: str) -> str:
    """Digits and a leading '+' as a reader would dial them (emoji and variation selectors dropped)."""
    if raw.isascii():  # most numbers: one table lookup per character, made by the rule below
        return raw.translate(_ASCII_DIAL).strip()
    return "".join(_dial_character(ch) for ch in raw).strip()


def _dial_character(ch: str) -> str:
    if ch.isdigit() or ch in "+OoIl\u202e\u202c":  # (the direction characters: what a page shows, see as_shown)
        return normalize.DIGITS_OF_OTHER_SCRIPTS.get(ord(ch), ch)
    return " " if normalize.is_separator(ch) or ch in " ()" else ""


_ASCII_DIAL = str.maketrans({chr(code): _dial_character(chr(code)) for code in range(128)})


def _name(index, slug, lang):
    return provider_name(index.providers[slug], lang)


# -- advisories -------------------------------------------------------------------------------------

_PHONE_KINDS = {"phone", "short_code"}
ADVICE_TEXT = {
    "no_phone_support": {
        "en": "This page lists {count} number(s) as {provider} support; {provider} has no phone support.",
        "zh": "本页把 {count} 个号码说成是{provider}的客服电话；{provider}没有电话客服。",
    },
    "callback_only": {
        "en": "This page lists {count} number(s) as {provider} support; {provider} has no number to call: its phone "
              "support is a call back you ask for in the {provider} app.",
        "zh": "本页把 {count} 个号码说成是{provider}的客服电话；{provider}没有可拨打的客服电话，电话客服只能在{provider}应用内申请回电。",
    },
    "presented_not_official": {
        "en": "This page presents {count} number(s), address(es) or account(s) as {provider}'s that are not {provider}'s.",
        "zh": "本页把 {count} 个不属于{provider}的号码、地址或账号说成是{provider}的。",
    },
    "page_lookalike": {
        "en": "This page's own address looks like {provider}'s but is not: {reason}",
        "zh": "本页网址冒充{provider}：{reason}",
    },
    "third_party_help_page": {
        "en": "This page is not on {provider}'s own site but gives contact numbers for {provider} that are not its own: do not trust them.",
        "zh": "本页不在{provider}的官方域名上，却提供了不属于{provider}的联系电话：请勿相信。",
    },
    # (third_party_help_page, where the page is a user's on the provider's own site: a community post, a profile)
    "users_post_on_own_site": {
        "en": "This page is a user's post on {provider}'s site, not {provider}'s word, and gives contact numbers for {provider} that are not its own: do not trust them.",
        "zh": "本页是用户在{provider}网站上发布的内容，不代表{provider}，却提供了不属于{provider}的联系电话：请勿相信。",
    },
    "safe_alternative": {
        "en": "This page talks about {provider}'s customer service without naming any of its real channels. The real ones are listed here.",
        "zh": "本页谈到{provider}的客服，却没有列出任何真实的官方渠道。真实渠道见此处。",
    },
    "deceptive_link": {
        "en": "This page has {count} link(s) whose text shows one address or number while the link opens or dials another.",
        "zh": "本页有 {count} 个链接，文字显示的是一个地址或号码，点开或拨打的却是另一个。",
    },
    "reply_to_elsewhere": {
        "en": "This email shows {sender} as its sender, but a reply to it goes to {reply_to}, a mailbox at another domain: "
              "whoever holds it gets your reply. Do not reply; contact the sender through its own app or site.",
        "zh": "这封邮件显示的发件人是 {sender}，但回复会发到另一个域名下的邮箱 {reply_to}：你的回复会落到该邮箱的持有者手里。"
              "请不要回复，通过对方自己的应用或网站联系它。",
    },
    "scam_script": {
        "en": "This page has warning signs of a scam script: {titles}.",
        "zh": "本页含有诈骗话术：{titles}。",
    },
}


_ADDRESS_KINDS = {"website", "url", "domain", "email_domain", "social"}


def _page_owner(page_verdict: dict | None) -> str | None:
    """The provider whose official site the page's own address is on."""
    if page_verdict is None or page_verdict["verdict"] != "official":
        return None
    return (page_verdict.get("provider") or {}).get("slug")


# Said of a finding that may well be the provider's own, which the page is not warned of as "not its own" (see
# `_advisories`): one given on the provider's own site, and an account's name with no platform that the registry
# lists as the provider's on one ("Follow us: @MetaMaskSupport"), no account until its platform is known.
_NOT_SAID_TO_BE_ANOTHERS = ("given_on_own_site", "given_on_a_site_named_after", "handle_listed_on", "warned_of_on_own_site")


def _a_users_page_on_the_site_of(index: RegistryIndex, page_verdict: dict | None) -> str | None:
    """The provider on whose listed site the page's own address is a user's page (a community post, a profile), if it is one."""
    interpretation = (page_verdict or {}).get("interpretation") or {}
    if not interpretation.get("user_page") or not interpretation.get("host"):
        return None
    return next((entry.provider.slug for entry in index.channels_for_host("website", interpretation["host"])
                 if entry.publishable), None)


def _page_named_after(page_verdict: dict | None) -> str | None:
    """The provider whose name the page's own address has under a country's ending (www.paypal.de), told, not judged."""
    if page_verdict is None or not any(reason["code"] == "other_country_ending" for reason in page_verdict["reasons"]):
        return None
    return (page_verdict.get("interpretation") or {}).get("named_after")


def _given_on_the_providers_own_site(findings: list[dict], owner: str, site: str, lang: str, *,
                                     reason: str = "given_on_own_site", owner_name: str = "", page: str | None = None) -> None:
    """A number or address the provider's own page gives as its own, that the registry does not list ("PayPal
    Credit: 1-844-…" on paypal.com's contact page), is the provider's word, not a page's false claim: it was
    "not one of PayPal's channels", high risk, on PayPal's own site. So is a site with its name that its own page
    links to (paypal.com's contact page to www.paypal-community.com, which was a look-alike, high risk). It is
    unknown, not official: the registry has not checked it. `reason`: given_on_a_site_named_after where the site may
    be the provider's (www.paypal.de), whose links are not its word (a fake site's are a fake's). `page`: the page's
    text, given for the provider's own site only, where it tells of a number as scammers' (`_told_as_a_scams`: "凡是…用
    400-…等号码给你打电话的都是诈骗", "PayPal will never call you from numbers like …"): that one it says is not its own, and
    it stays a mismatch, said so (warned_of_on_own_site), which no advisory calls the page's claim."""
    for finding in findings:
        if (finding["presented_as"] or {}).get("slug") == owner and finding["verdict"] == "mismatch":
            if page is not None and _told_as_a_scams(page, finding):
                finding["reasons"] = finding["reasons"] + [{"code": "warned_of_on_own_site", "message": messages.render(
                    "warned_of_on_own_site", lang, value=finding["value"], provider=finding["presented_as"]["name"], site=site)}]
                continue
            said = "mismatch_not_listed"
        elif reason == "given_on_own_site" and _a_link_named_after(finding, owner):
            said = "lookalike_brand_in_domain"
        else:
            continue
        if any(given["code"] == said for given in finding["reasons"]):
            name = (finding["presented_as"] or {}).get("name") or owner_name
            finding["verdict"], finding["risk"] = "unknown", "unknown"
            finding["reasons"] = [given for given in finding["reasons"] if given["code"] != said] + [
                {"code": reason, "message": messages.render(reason, lang, value=finding["value"], provider=name, site=site)}]


def _a_link_named_after(finding: dict, owner: str) -> bool:
    """A link (not text: a provider's warnings name fake sites in their text, and link to none) to a site with the
    provider's name in it, a look-alike of the provider's, where the provider's own page is the one that links it."""
    return finding["source"] == "link" and finding["verdict"] == "lookalike" and finding["provider"] == owner


def _page_host(url: str | None) -> str | None:
    """The host of a page's address: None without an address, "" where none can be read ("http://[::1")."""
    if not url:
        return None
    try:
        return urlsplit(url if "://" in url else "//" + url).hostname or ""
    except ValueError:
        return ""


def _platform_of(url: str | None) -> HandleShape | None:
    """The social platform a page at `url` is on, whose accounts its "@name"s are (links.platform_of_page)."""
    host = _page_host(url)
    return platform_of_page(host) if host else None


def _a_web_page(url: str | None) -> bool:
    """Whether a page at `url` is a web page's own words, not messages someone sent (a webmail's or a chat app's).
    An address whose host cannot be read is a page's still."""
    host = _page_host(url)
    return host is not None and host not in _MESSAGE_APPS


# The web apps that show the messages people are sent: what the page says is the senders'
_MESSAGE_APPS = frozenset({
    "mail.google.com", "outlook.live.com", "outlook.office.com", "outlook.office365.com", "mail.yahoo.com", "mail.aol.com",
    "www.icloud.com", "mail.proton.me", "mail.qq.com", "wx.mail.qq.com", "exmail.qq.com", "mail.163.com", "mail.126.com",
    "mail.sina.com.cn", "mail.yandex.ru", "mail.yandex.com", "web.whatsapp.com", "web.telegram.org", "messages.google.com",
    "www.messenger.com", "wx.qq.com", "wx2.qq.com", "web.wechat.com"})


def _official_in_a_script(findings: list[dict]) -> None:
    """The text is a scam's script, and an official number is the one the call came from ("PayPal
    called me from 1-888-221-1161 … asked me to read him the code", "来电显示95188"): caller ID can be forged. The
    finding, judged as a call received from the number (`_Raw.incoming`), says so; it stays official, at high risk,
    as a check of the number with that message is. (A number the story gives to call, "我自己拨打95017核实", is
    where to check, and stays as it is.)"""
    for finding in findings:
        if finding["verdict"] == "official" and finding["risk"] == "low" and finding["kind"] in _PHONE_KINDS \
                and any(reason["code"] == "spoofing_possible" for reason in finding["reasons"]):
            finding["risk"] = "high"


def _invoices_sent_through(index: RegistryIndex, text: str, findings: list[dict], lang: str, *, script: bool) -> None:
    """A payment service's own mail address on a page that talks of an invoice or a money request (a PayPal invoice
    read in a webmail): the mail is the service's, its note the sender's words (the reason `sent_through_provider`,
    as a check of the address with that message says); in a scam's script, at high risk, as the check's is."""
    for finding in findings:
        if not (finding["verdict"] == "official" and finding["kind"] == "email_domain" and finding["provider"]
                and sent_through(index.providers[finding["provider"]], text)):
            continue
        finding["reasons"] = [*finding["reasons"], {"code": "sent_through_provider", "message": messages.render(
            "sent_through_provider", lang, provider=_name(index, finding["provider"], lang))}]
        if script:
            finding["risk"] = "high"


# (a call that came, told of: not calls in general, "Calls from Coinbase show 1-888-…", a help page's rule)
_CALLED_FROM = re.compile(r"\b(called (me |us )?from|calling (me|us) from|(got|received|had|getting|receiving) (a |an )?"
                          r"(phone )?(call|calls|voicemail)( \w+){0,2} from|(?P<text>texted (me |us )?from|(got|received|had|getting|"
                          r"receiving) (a |an )?(text|texts|sms|message)( \w+){0,2} from)|caller id (showed|said|displayed|read))\b"
                          r"|来电显示|显示的?号码|打来|来电号码|用[^。！？\n]{0,6}给我打", re.IGNORECASE)
_CALLED_FROM_REACH = 30
# (a word each of its forms holds, looked for first: most numbers follow none of them; in the cases written, as a
# search that ignores case took 0.8 µs a number, this one 0.3)
_CALLED_FROM_WORDS = re.compile(r"rom|ROM|aller|ALLER|显示|打来|来电|给我打")


# what makes the words a rule or a promise, not a call that came: "We will only call you from 1-888-…", "Coinbase
# never calls from …", "95188不会…打来"
_NOT_A_CALL_THAT_CAME = re.compile(r"\b(never|not|only|won'?t|will|would|may|might|can|could|should|do|does)\b[^.!?\n]{0,16}$"
                                   r"|(不会|绝不|从不|只会|只用|不用)[^。！？\n]{0,8}$", re.IGNORECASE)


def _how_it_came(text: str, start: int) -> str | None:
    """"call" or "sms": how the number at `start` reached someone, where the words just before it say so."""
    begin = max(0, start - _CALLED_FROM_REACH)
    if not _CALLED_FROM_WORDS.search(text, begin, start) or not (said := _CALLED_FROM.search(text, begin, start)) \
            or _NOT_A_CALL_THAT_CAME.search(text, max(0, said.start() - 24), said.start()):
        return None
    return "sms" if said.group("text") else "call"


def _mark_deceptive_links(findings: list[dict], lang: str) -> list[int]:
    """Links whose text shows one address or number and which open or dial another: `<a
    href="https://evil.net">https://www.paypal.com</a>`, a tel: link under PayPal's number. The text's
    finding is what a reader trusts, and the link is not it: it gets a reason saying where the link goes,
    risk high, and `lookalike` for a verdict where it showed an official channel (it imitates one). The
    same site (www.paypal.com shown, paypal.com opened) or the same number is no deception. Returns the
    indices of the findings marked. `findings` is in order of start."""
    starts = [finding["start"] for finding in findings]
    marked = []
    for link in findings:
        if link["source"] != "link":
            continue
        is_phone = link["kind"] in _PHONE_KINDS
        for number in range(bisect.bisect_left(starts, link["start"]), bisect.bisect_left(starts, link["end"])):
            shown = findings[number]
            if shown["source"] != "text" or shown["end"] > link["end"] or \
                    (shown["kind"] in _PHONE_KINDS) != is_phone or not (is_phone or shown["kind"] in _ADDRESS_KINDS):
                continue
            if _same_place(shown, link):
                continue
            code = "link_dials_elsewhere" if is_phone else "link_opens_elsewhere"
            shown["reasons"] = [*shown["reasons"], {"code": code, "message": messages.render(
                code, lang, shown=shown["text"], target=link["text"])}]
            shown["risk"] = "high"
            if shown["verdict"] == "official":
                shown["verdict"] = "lookalike"
            marked.append(number)
    return sorted(set(marked))


def _same_place(shown: dict, link: dict) -> bool:
    """The same number, the same social account (handles without case), or the same site (www.paypal.com
    shown, paypal.com opened; x.com shown over an account's page on it, which the link's value names as the account)."""
    if shown["kind"] in _PHONE_KINDS or shown["kind"] == "social":
        if shown["value"].startswith("@"):  # an account's name alone: the account the link opens, whatever platform
            return shown["value"][1:].lower() == link["value"].partition(":")[2].lower()
        return shown["value"].lower() == link["value"].lower()
    if link["kind"] == "social":
        try:  # (tg://resolve?domain=… opens t.me/…)
            return canonical.registrable_domain(shown["value"]) == \
                normalize.read_domain(as_web_link(link["text"]) or link["text"]).registrable
        except normalize.NotADomain:  # (no host a reader could take for the one shown)
            return False
    return canonical.registrable_domain(shown["value"]) == canonical.registrable_domain(link["value"])


# A number a page tells of as the scammers' or calls fake is no contact it gives: Wikipedia's "scammers posing as Alipay
# customer service called users from numbers such as +86 400-012-3456", a forum's "“支付宝退款客服4008-123-456”都是假的"
_SCAMMERS_IN_THE_SENTENCE = re.compile(
    r"\b(" + signals.SCAMMERS + r"|crooks|posing as|pretending to be|pretend to be|fake (agents?|callers?|support)"
    # and in the other languages the vocabulary reads, as providers' and news pages warn in them: "Los estafadores usan
    # números como …", "Les escrocs utilisent …",
    # "Betrüger geben sich als PayPal aus", "I truffatori … si spacciano per PayPal"
    r"|" + signals.SCAMMERS_ELSEWHERE + r"|(se )?(hacen|hacerse|haci[eé]ndose) pasar por|(se )?(fazem|fazendo-se|fazer-se) passar por|"
    r"fingen ser|fingem ser|(se )?(font|faisant|faire) passer pour|geben sich als|si spacciano per|spacciandosi per)\b|"
    + signals.SCAMMERS_ZH + r"|犯罪分子|冒充|假冒"
    # and in Korean, Japanese, Vietnamese and Thai, as their news and banks warn: "업비트 고객센터를 사칭한 전화(02-…)에
    # 주의하세요", "PayPayを名乗る電話（050-…）", "Kẻ gian giả danh nhân viên Binance gọi từ số 0901 …", "มิจฉาชีพแอบอ้างเป็น…
    # โทรจากเบอร์ 02-…" (impersonating, crooks, scammers)
    r"|사칭|사기범|사기꾼|を名乗|を装|になりすま|詐欺グループ|(?<![a-z])(kẻ gian|kẻ lừa đảo|đối tượng lừa đảo|giả danh|mạo danh)(?![a-z])"
    r"|มิจฉาชีพ|แอบอ้าง|แก๊งคอลเซ็นเตอร์", re.IGNORECASE)
_CALLED_FAKE_AFTER = re.compile(
    r"[^。！？!?；;\n]{0,40}?((都|均|全)?(是|为)(假的?|诈骗|骗子|骗局)|\b(is|are|was|were) (an? )?(fake|scam|fraudulent)\b"
    r"|\b(es|son|era|eran|é|são) (una? |uma? )?(falsos?|falsas?|estafa|fraude|golpe|fraudulentos?)(?![a-z])"
    r"|\b(est|sont|était|étaient) (une? )?(faux|fausses?|arnaque|frauduleux|frauduleuses?)(?![a-z])"
    r"|\b(ist|sind|war|waren) (eine? )?(gefälscht|falsch|betrug|fake)(?![a-z])"
    r"|\b(è|sono|era) (una? )?(falsos?|falsa|falsi|truffa|fraudolent[oaie])(?![a-z]))", re.IGNORECASE)
_SUBJECT_REACH = 120  # characters before a number: its sentence's subject
# A provider saying it never calls or texts from such numbers, before one in its sentence: "PayPal will never call you from
# numbers like …", "支付宝不会用…给您打电话" (Chinese says the calling after the number). Not any negation: "we don't charge
# for calls to …", "lines are not open on Sundays: …" say nothing against the number.
_NEVER_CALLS_YOU_FROM = re.compile(
    r"\b(never|will not|won't|would never|does not|doesn't|do not|don't)\s+(ever\s+)?(call|text|phone|ring|contact|message|sms)\s+"
    r"(you|our customers|customers|users)\b|(不会|绝不会|绝不|从不|从来不)[^。！？!?\n]{0,24}?(给您|给你|向您|向你|给用户)"
    r"[^。！？!?\n]{0,4}?(打电话|致电|来电|发短信|发送短信)", re.IGNORECASE)


def _told_as_a_scams(text: str, finding: dict) -> bool:
    """Whether the sentence holding `finding` names scammers before it, calls it fake after it, or says the provider never
    calls from it."""
    start, end = finding["start"], finding["end"]
    sentence = max(0, start - _SUBJECT_REACH)
    if (stop := _last_sentence_end(text, sentence, start)) is not None:
        sentence = stop
    never = _NEVER_CALLS_YOU_FROM.search(text, sentence, end + 12)
    return bool(_SCAMMERS_IN_THE_SENTENCE.search(text, sentence, start) or _CALLED_FAKE_AFTER.match(text, end)
                or never is not None and never.start() < start)


def _last_sentence_end(text: str, start: int, end: int) -> int | None:
    last = None
    for last in _SENTENCE_END.finditer(text, start, end):
        pass
    return last.end() if last else None


def _advisories(index, text, findings, mentions, page_verdict, script, deceptive, lang, today,
                payment_methods: frozenset[int] = frozenset(), *, on_a_page: bool = True) -> list[dict]:
    """`script`: the signals that make the page a scam's script (signals.scam_script_signs), none if it is not one;
    `on_a_page`: the text is a web page's own (not a message a webmail shows: no help page, a third party's or not)."""
    advisories = []

    def add(code: str, severity: str, provider: str | None, finding_indices: list[int], *, said: str | None = None,
            **params) -> None:
        """`said`: the text's key where one code is said otherwise in a case (ADVICE_TEXT)."""
        name = _name(index, provider, lang) if provider else ""
        entry = {"code": code, "severity": severity, "provider": provider,
                 "message": ADVICE_TEXT[said or code][lang].format(provider=name, **params), "findings": finding_indices}
        if provider and code in ("safe_alternative", "no_phone_support", "callback_only", "presented_not_official",
                                 "third_party_help_page"):
            # the channels in the verdict's own shape, numbers first: what to call instead
            entry["official_channels"] = official_channel_list(index, provider, today, phone_first=True)
        advisories.append(entry)

    by_provider: dict[str, list[int]] = {}
    for number, finding in enumerate(findings):
        presented = finding["presented_as"]
        if presented:
            by_provider.setdefault(presented["slug"], []).append(number)

    def distinct(indices: list[int]) -> int:
        """How many numbers or addresses: one written again, or as a link's text and its target, is one."""
        return len({findings[n]["value"] for n in indices})

    owner = _page_owner(page_verdict)
    page_owners = {owner, _page_named_after(page_verdict)} if page_verdict else set()

    for slug, numbers in by_provider.items():
        phones = [n for n in numbers if findings[n]["kind"] in _PHONE_KINDS]
        if phones and index.policy(slug, PolicyCode.no_phone_support):
            add("no_phone_support", "high", slug, phones, count=distinct(phones))
        elif phones and index.policy(slug, PolicyCode.callback_only):
            add("callback_only", "high", slug, phones, count=distinct(phones))
        # (a provider's own number a call came from, which contradicts its policy of calls, is its own all the same)
        # (an account that may be the provider's own, "@binance" under "Binance", is unknown: not said to be another's)
        # (nor, on the provider's own site, one it tells of as the scammers': "Scammers may create accounts like
        # $CashAppSupport", on Cash App's help; elsewhere the page is warned of it all the same: it is not the provider's)
        wrong = [n for n in numbers if findings[n]["verdict"] not in ("official", "unknown")
                 and not any(reason["code"] in _NOT_SAID_TO_BE_ANOTHERS for reason in findings[n]["reasons"])
                 and not (slug in page_owners and _told_as_a_scams(text, findings[n]))
                 # (a look-alike of its own that the provider's own site names is one it warns of, in any words: "URL
                 # diversi da www.kraken.com (ad esempio, www.krakin.co/signin)", Kraken's help in Italian)
                 and not (slug == owner and findings[n]["verdict"] == "lookalike")
                 and not (findings[n]["verdict"] == "contradicts_policy"
                          and any(reason["code"] == "official_channel" for reason in findings[n]["reasons"]))]
        if wrong:
            add("presented_not_official", "high", slug, wrong, count=distinct(wrong))
    if page_verdict:
        if page_verdict["verdict"] == "lookalike":
            add("page_lookalike", "high", (page_verdict.get("provider") or {}).get("slug"), [],
                reason=page_verdict["reasons"][-1]["message"])
        users_page_of = _a_users_page_on_the_site_of(index, page_verdict)
        for slug, numbers in by_provider.items():
            # A news or help article giving Alipay's real 95188 is no warning sign; one giving any other is.
            wrong_phones = [n for n in numbers if findings[n]["kind"] in _PHONE_KINDS and findings[n]["verdict"] != "official"
                            and not _told_as_a_scams(text, findings[n])]
            if wrong_phones and slug not in page_owners and on_a_page:
                # (a user's post on the provider's own site is on its site, and still not its word)
                add("third_party_help_page", "medium", slug, wrong_phones,
                    said="users_post_on_own_site" if users_page_of == slug else None)
    official_slugs = {f["provider"] for f in findings if f["verdict"] == "official"}
    hotline_mentions: set[str] = set()
    for mention in mentions:  # a provider is in or out once one of its mentions is followed by a hotline word
        # (a means of payment, "We accept PayPal. Call us…", by a word of its own service: the shop's line is no talk of PayPal's)
        words = _PROVIDER_SERVICE_WORDS if mention.start in payment_methods else HOTLINE_WORDS
        if mention.slug not in hotline_mentions and words.search(text[mention.end:mention.end + 24].split("\n", 1)[0]):
            hotline_mentions.add(mention.slug)
    # (the provider's own page is one of its real channels: cash.app's help on scams names Cash App Support)
    for slug in sorted(hotline_mentions - official_slugs - page_owners):
        if index.providers[slug].kind != "authority":
            add("safe_alternative", "medium", slug, [])
    if deceptive:
        add("deceptive_link", "high", None, deceptive, count=len(deceptive))
    if replies := _replies_go_elsewhere(text, findings):
        sender, reply_to = replies
        # (high where the sender shown is a provider's own and the replies go elsewhere: a forged or borrowed sender)
        add("reply_to_elsewhere", "high" if findings[sender]["verdict"] == "official" else "medium",
            findings[sender]["provider"], [reply_to],
            sender=findings[sender]["text"], reply_to=findings[reply_to]["text"])
    if script:  # as a check's risk is raised by a message's
        add("scam_script", "high", None, [], titles=messages.render("list_separator", lang).join(flag.title for flag in script))
    return advisories
