"""The region a page's national numbers are read in, when the request names none.

Without a region, "MetaMask 客服 13812345678" and "拨打110" on a Chinese page are not read at all: a number
with no country code is nobody's. A browser extension does not always know the page's country; the page
often says it itself: its language tag (`<html lang="zh-CN">`), its address (`.co.uk`, `.com.cn`), or its
text (Simplified Chinese is written in mainland China; Traditional in Hong Kong, Macao and Taiwan alike,
so it names no one region). The scan answers which region it read numbers in and where that came from.

A wrong region is worse than none (it reads a foreign number as a local one), so each clue is taken only
where it is plain, and a clue that disagrees with the text's own script is set aside: a Chinese SEO page
whose template says `lang="en-US"` is not American.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from registry.normalize import KNOWN_REGIONS
from registry.signals import simplify

CHINESE_WRITING_REGIONS = frozenset({"CN", "HK", "MO", "TW", "SG", "MY"})

# Country-code domains sold and used worldwide as generic ones: the list Google Search treats as generic
# (https://www.seroundtable.com/google-cctld-generics-16729.html, quoting Google: ".ad .as .bz .cc .cd .co
# .dj .fm .gg .io .la .me .ms .nu .sc .sr .su .tv .tk .ws"), and domain hacks of the same kind (.ai, .to,
# .ly, .gl, .sh, .st, .vc, .im, .ac, .gd): a page on one says nothing of its readers' country.
GENERIC_COUNTRY_DOMAINS = frozenset(
    "ad as bz cc cd co dj fm gg io la me ms nu sc sr su tv tk ws ai to ly gl sh st vc im ac gd".split())
# Worldwide services whose own domain ends in a country's code: a page on one (a Telegraph post, a Notion page, a Linktree,
# where fake support pages are made in minutes) says nothing of its readers' country either (telegra.ph was read as the
# Philippines', notion.so as Somalia's, linktr.ee as Estonia's)
GLOBAL_SERVICES_ON_COUNTRY_DOMAINS = frozenset({
    "telegra.ph", "teletype.in", "notion.so", "linktr.ee", "lin.ee", "youtu.be", "instagr.am", "redd.it", "flic.kr",
    "spoti.fi", "pin.it", "rb.gy", "shorturl.at"})
_DOMAIN_TO_REGION = {"uk": "GB"}  # the one ccTLD that is not its ISO 3166 code (and still in use)

# Common characters whose Simplified and Traditional forms differ, and whose Simplified form is not also
# Japanese (会, 号, 国, 宝, 机 are, and are left out). Pairs in the same order.
_SIMPLIFIED = "们这个为电话务码关说时过还进联钱银请询线户账热问题诈骗验证币网页动么东额冻结发现实认让讯单"
_TRADITIONAL = "們這個為電話務碼關說時過還進聯錢銀請詢線戶賬熱問題詐騙驗證幣網頁動麼東額凍結發現實認讓訊單"
_SIMPLIFIED_MARK = re.compile(f"[{_SIMPLIFIED}]")
_TRADITIONAL_MARK = re.compile(f"[{_TRADITIONAL}]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")
_KANA_RUN = re.compile(r"[\u3040-\u30ff]+")
_NOT_ASCII_LETTERS = bytes(code for code in range(256) if not chr(code).isascii() or not chr(code).isalpha())
_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}))?(?:[-_].*)?", re.IGNORECASE)

# Languages written in one country alone: their tag names it without a region ("vi", "th", "ko", "ja", "id", "hi", "tr",
# "pl", "uk": Ukrainian, not the United Kingdom), where the text agrees (a page in the language's script; Indonesian,
# Turkish and Polish, in Latin letters, and Ukrainian, in Cyrillic, where the text is not Chinese). (Not Dutch, Belgium's
# too; nor Greek, Cyprus's; Turkish is also Northern Cyprus's, whose numbers are Turkey's +90 392.)
_ONE_COUNTRYS_LANGUAGE = {"vi": "VN", "th": "TH", "ko": "KR", "ja": "JP", "id": "ID", "in": "ID", "hi": "IN", "tr": "TR",
                          "pl": "PL", "uk": "UA"}
# ... and the scripts, or letters, written in one country alone: a page mostly in Thai, Hangul or kana, or in Vietnamese's
# own letters (ă, ơ, ư, đ and the tones stacked on vowels; not â, ê, ô, which French and Portuguese write), or in
# Ukrainian's (ї, є, ґ; not і, which Belarusian writes), is that country's, as a Simplified Chinese page is mainland
# China's (not Devanagari, which Nepal writes too, nor Cyrillic as such)
_ONE_COUNTRYS_SCRIPT = (
    ("TH", re.compile(r"[\u0e01-\u0e5b]")), ("KR", re.compile(r"[\uac00-\ud7a3]")), ("JP", re.compile(r"[\u3040-\u30ff]")),
    ("VN", re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")), ("UA", re.compile(r"[їєґЇЄҐ]")),
)
# (Ukrainian's letters are few in its text, Cyrillic the rest: its tag is taken alone, as Turkish's is)
_COUNTRIES_WITH_A_SCRIPT = frozenset(country for country, _ in _ONE_COUNTRYS_SCRIPT) - {"UA"}
_SHARE_OF_ITS_LETTERS = {"VN": 12, "UA": 150}  # one in N of a page's letters, at least (3 for the others)
_FEWEST_SCRIPT_CHARACTERS = 20  # a page's own: a name or a quotation in another script is fewer
# ... and a text message's, which is short: "Binance: Tài khoản của bạn có giao dịch bất thường. Liên hệ hotline 0901 234 567"
# holds 15 of Vietnamese's own letters, one in four of its letters (the share keeps a name in a short English text out;
# not Ukrainian's, whose share is too loose to: its few own letters are all there is to tell it by)
_FEWEST_IN_A_MESSAGE, _A_MESSAGES_LENGTH = 8, 480
SAMPLE_CHARS = 10_000  # the text's script is judged on its start: enough for any page, bounded for a huge one
_FEWEST_MARKS = 3


class PageRegion(NamedTuple):
    region: str | None
    source: str | None  # request | page_language | page_address | page_text (and the scan's page_providers, page_numbers)


def page_region(requested: str | None, *, language_tag: str | None, url: str | None, text: str) -> PageRegion:
    """The region asked for; else the page's language tag's, its address's, or its text's, in that order."""
    if requested:
        return PageRegion(requested.upper(), "request")
    script = chinese_script(text[:SAMPLE_CHARS])
    language, region = _language_and_region(language_tag)
    if region and (script is None or language == "zh"):
        return PageRegion(region, "page_language")
    region = _region_of_address(url)
    if region and (script is None or region in CHINESE_WRITING_REGIONS):
        return PageRegion(region, "page_address")
    if script == "simplified":
        return PageRegion("CN", "page_text")
    written_in = None if script else _one_countrys_script(text[:SAMPLE_CHARS])
    country = _ONE_COUNTRYS_LANGUAGE.get(language or "")
    if country and script is None and (written_in == country or country not in _COUNTRIES_WITH_A_SCRIPT):
        return PageRegion(country, "page_language")
    if written_in:
        return PageRegion(written_in, "page_text")
    if script is None and language in _LANGUAGES_OF_MANY_COUNTRIES \
            and (named := _the_one_country_named(text[:SAMPLE_CHARS], language)):
        return PageRegion(named, "page_text")
    return PageRegion(None, None)


# Latin America's and Europe's countries, as their own pages name them ("Teléfono de Binance en México", "Central de
# atendimento Binance Brasil", "Service client PayPal France"): Spanish, Portuguese, French, German and Italian are written
# in many countries, and a .com page with lang="es" names none, while its numbers are written the national way ("55 1234
# 5678" was read as an American number). A page in one of those languages that names one of them alone, in its first line
# or twice, is that country's. With its capital: "chile" is a pepper. Brazil's real ("R$ 4.890,00") is written there
# alone, and names it as its name does.
_LANGUAGES_OF_MANY_COUNTRIES = frozenset({None, "es", "pt", "fr", "de", "it"})
_COUNTRIES_NAMED = (
    ("MX", "México|Mexico|MÉXICO|MEXICO"), ("BR", "Brasil|Brazil|BRASIL|BRAZIL|R\\$"), ("AR", "Argentina|ARGENTINA"),
    ("CO", "Colombia|COLOMBIA"), ("CL", "Chile|CHILE"), ("PE", "Perú|Peru|PERÚ|PERU"), ("VE", "Venezuela|VENEZUELA"),
    ("EC", "Ecuador|ECUADOR"), ("BO", "Bolivia|BOLIVIA"), ("PY", "Paraguay|PARAGUAY"), ("UY", "Uruguay|URUGUAY"),
    ("GT", "Guatemala|GUATEMALA"), ("HN", "Honduras|HONDURAS"), ("SV", "El Salvador|EL SALVADOR"),
    ("NI", "Nicaragua|NICARAGUA"), ("CR", "Costa Rica|COSTA RICA"), ("PA", "Panamá|Panama|PANAMÁ|PANAMA"),
    ("DO", "República Dominicana|Republica Dominicana|REPÚBLICA DOMINICANA"), ("ES", "España|Espana|Spain|ESPAÑA|SPAIN"),
    ("PT", "Portugal|PORTUGAL"), ("FR", "France|FRANCE"), ("BE", "Belgique|België|Belgien|Belgio|BELGIQUE"),
    ("CH", "Suisse|Schweiz|Svizzera|SUISSE|SCHWEIZ"), ("LU", "Luxembourg|Luxemburg|LUXEMBOURG"),
    ("DE", "Deutschland|Allemagne|Germania|DEUTSCHLAND"), ("AT", "Österreich|Autriche|Austria|ÖSTERREICH"),
    ("IT", "Italia|Italie|Italien|ITALIA"),
)
# (each name's capital looked at first: the alternatives are tried at every character of a page)
_CAPITALS = "".join(sorted({name[0] for _, names in _COUNTRIES_NAMED for name in names.split("|")}))
_COUNTRY_NAMED = re.compile(f"(?=[{_CAPITALS}])(?:" + "|".join(f"(?P<{country}>(?<![\\w$])(?<!New )(?:{names})(?![\\w]))"
                                                            for country, names in _COUNTRIES_NAMED) + ")")
_FIRST_LINE = 200  # characters: a page's title, where one naming alone says whose the page is
# (a page in one of those languages, by its commonest words: an English page that names Brazil is no Brazilian page)
_THEIR_WORDS = re.compile(r"\b(de|del|la|el|los|las|que|con|para|por|una|do|da|dos|das|com|não|uma|em|no|na|é|está|"
                          r"le|les|des|du|est|pour|vous|et|avec|der|die|das|und|ist|sie|mit|für|nicht|ein|eine|il|di|che|per|"
                          r"non|sono|della)\b", re.IGNORECASE)
_ENGLISH_WORDS = re.compile(r"\b(the|and|of|to|for|with|is|you|your|in|on|at)\b", re.IGNORECASE)


def _the_one_country_named(text: str, language: str | None) -> str | None:
    """The one country of `_COUNTRIES_NAMED` a text in one of `_LANGUAGES_OF_MANY_COUNTRIES` (its tag's `language`, or its
    words) names, in its first line or twice, where it names no other."""
    named: dict[str, list[int]] = {}
    for match in _COUNTRY_NAMED.finditer(text):
        named.setdefault(match.lastgroup, []).append(match.start())
    if len(named) != 1 or (language is None and len(_THEIR_WORDS.findall(text)) <= len(_ENGLISH_WORDS.findall(text))):
        return None
    (country, places), = named.items()
    return country if len(places) >= 2 or places[0] < _FIRST_LINE else None


def _one_countrys_script(text: str) -> str | None:
    """The country whose script (or letters) a text is mostly written in (`_ONE_COUNTRYS_SCRIPT`), else None."""
    letters = None  # (counted only for a script found often enough: most pages hold none of these)
    a_message = len(text) <= _A_MESSAGES_LENGTH
    for country, characters in _ONE_COUNTRYS_SCRIPT:
        found = len(characters.findall(text))
        if found < (_FEWEST_IN_A_MESSAGE if a_message and country in _COUNTRIES_WITH_A_SCRIPT else _FEWEST_SCRIPT_CHARACTERS):
            continue
        letters = sum(map(str.isalpha, text)) if letters is None else letters
        # (Vietnamese's own letters are one in five or so of its text's letters, Ukrainian's one in fifty; the other
        # scripts, most of them)
        if found * _SHARE_OF_ITS_LETTERS.get(country, 3) >= letters:
            return country
    return None


def in_traditional_chinese(text: str) -> bool:
    """Whether the text writes Chinese characters in their Traditional forms (寶, 熱, 線), Hong Kong's, Macao's or Taiwan's
    way, however short it is; not Japanese, whose kanji keep some of those forms (電話)."""
    return (_TRADITIONAL_MARK.search(text) is not None or simplify(text) != text) and _KANA_RUN.search(text) is None


def chinese_script(text: str) -> str | None:
    """"simplified" or "traditional" for a text mostly in Chinese characters (not Japanese) whose common
    characters are plainly of one form; "chinese" when they are not; None for any other text."""
    han = sum(map(len, _HAN_RUN.findall(text)))
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    # A Chinese character is about a word; an English word, five letters or so: "mostly Chinese" counts so. A text message
    # holds fewer than a page: "【币安】您的账户存在异常登录，请致电400-123-4567处理。" has 17, and its number was found in no region
    fewest = _FEWEST_IN_A_MESSAGE if len(text) <= _A_MESSAGES_LENGTH else _FEWEST_SCRIPT_CHARACTERS
    if han < fewest or han * 4 < latin or sum(map(len, _KANA_RUN.findall(text))) * 20 > han:
        return None
    simplified, traditional = len(_SIMPLIFIED_MARK.findall(text)), len(_TRADITIONAL_MARK.findall(text))
    if simplified >= _FEWEST_MARKS and simplified >= 3 * traditional:
        return "simplified"
    if traditional >= _FEWEST_MARKS and traditional >= 3 * simplified:
        return "traditional"
    return "chinese"


def _language_and_region(tag: str | None) -> tuple[str | None, str | None]:
    """("zh", "CN") for "zh-CN", "zh-Hans-CN" or "zh_cn"; a region only where the tag names one we know."""
    match = _LANGUAGE_TAG.fullmatch((tag or "").strip())
    if not match:
        return None, None
    region = (match.group(3) or "").upper()
    return match.group(1).lower(), region if region in KNOWN_REGIONS else None


def _region_of_address(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    host = host.rstrip(".").lower()
    label = host.rsplit(".", 1)[-1]
    if "." not in host or len(label) != 2 or label in GENERIC_COUNTRY_DOMAINS \
            or ".".join(host.rsplit(".", 2)[-2:]) in GLOBAL_SERVICES_ON_COUNTRY_DOMAINS:
        return None
    region = _DOMAIN_TO_REGION.get(label, label.upper())
    return region if region in KNOWN_REGIONS else None
