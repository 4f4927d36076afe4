"""From what a person pastes to canonical values: phone readings, domains, emails, apps.

Everything here is pure and cached: the same input always gives the same readings, and the hot path of
a check or a page scan pays for phonenumbers' parsing once per distinct input.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlsplit

import phonenumbers
from phonenumbers import PhoneMetadata

from registry import canonical

MAX_VALUE_LENGTH = 300
KNOWN_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)  # the regions a national number can be read in
MAX_PHONE_DIGITS = 17  # E.164 allows 15; a little room for an international prefix typed with it
MAX_SHORT_NUMBER_DIGITS = 6  # the longest run read as a short number (a service code, no international form)

# Separators seen inside numbers on scam pages, beyond spaces, dots and dashes.
_NUMBER_SEPARATORS = "-‐‑‒–—―−ー_.·•∙・･/\\|丨()（）[]【】{}<>《》«»≫≪↹⧉⇆→⟶~～*,，:：;；'\"“”‘’ \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters that show nothing: zero-width spaces and joiners, the byte-order mark, direction marks and embeddings, the
# soft hyphen (copied from pages and spreadsheets with a number, or put inside one to hide it from filters)
INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"
_ZERO_WIDTH = dict.fromkeys(map(ord, INVISIBLE_CHARACTERS))
# Digits in circles and their kin (① ⓪ ❶ ➀ ➊ ⓵ ⓿, and in brackets or with a full stop, ⑴ ⒈, as "fancy text" generators
# write them): NFKC makes ① and ⓪ digits, ⑴ "(1)", ⒈ "1.", and leaves the others as they are, which spam pages write whole
# numbers in ("➊➑➑➑➋➋➊➊➊➏➊"). Read as their digits, as ① is.
_ENCLOSED_RANGES = ((0x2460, 0x2468), (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788),
                    (0x278A, 0x2792), (0x2474, 0x247C), (0x2488, 0x2490))
ENCLOSED_DIGITS = "".join(f"{chr(first)}-{chr(last)}" for first, last in _ENCLOSED_RANGES)  # a character class's content
ENCLOSED_AS_ASCII = {code: str(unicodedata.digit(chr(code))) for first, last in _ENCLOSED_RANGES for code in range(first, last + 1)}
# The sans-serif series ➀ and ➊ have their zeros far from them, with no digit value (🄋 🄌): read as their digits, but kept
# out of ENCLOSED_DIGITS, a pattern's class, where a character beyond the first 65,536 cost the page scan's number pattern a
# quarter of its time (0.48 -> 0.63 ms a 100 KB page); a text that holds one reads it as the circled zeros ⓪ ⓿ are.
FAR_ZEROS_AS_CIRCLED = {0x1F10B: "\u24ea", 0x1F10C: "\u24ff"}
ENCLOSED_AS_ASCII |= {0x1F10B: "0", 0x1F10C: "0"}
# Superscript and subscript digits (⁹⁵¹⁸⁸, ₉₅₁₈₈), which NFKC makes digits: a page scan reads a run of them as a number of
# its own, never as the end of one in plain digits (a footnote's ¹ after "95188" is no digit of it)
_SMALL_AS_ASCII = {ord(small): str(unicodedata.digit(small)) for small in "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"}
SMALL_DIGITS = "".join(map(chr, _SMALL_AS_ASCII))  # a character class's content
STYLED_AS_ASCII = {**ENCLOSED_AS_ASCII, **_SMALL_AS_ASCII}
# The decimal digits of other scripts, which NFKC leaves as they are: Devanagari's (India's pages and texts write
# "हेल्पलाइन १९३०"), Arabic-Indic, Bengali, Thai… A number's digits: read as ASCII for a phone number, never for a
# domain (an Arabic domain's label may hold its own digits). Found once, at import: the Unicode table, ~5 ms.
DIGITS_OF_OTHER_SCRIPTS = {code: str(unicodedata.decimal(chr(code))) for code in range(0x80, 0x20000)
                           if chr(code).isdecimal() and not unicodedata.decomposition(chr(code))}
# The marks that make a digit a keycap emoji (1️⃣: the digit, a variation selector, the enclosing keycap), as spam
# posts write whole numbers ("9️⃣5️⃣1️⃣8️⃣8️⃣"): a number's digits are read without them
KEYCAP_MARKS = "\ufe0e\ufe0f\u20e3"
_NUMBER_CLEANED = {**DIGITS_OF_OTHER_SCRIPTS, **dict.fromkeys(map(ord, KEYCAP_MARKS))}
# '|' is not among them: scam pages use it as a separator (1 (323)|215|1816) more than as a 1.
LOOKS_LIKE_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
LOOK_ALIKE_LETTERS = re.compile(r"[OoIl]")  # the letters LOOKS_LIKE_DIGIT reads as digits
# Chinese numerals, as spam writes a number to slip past filters ("肆零零-捌陆零-叁柒贰壹", "九五一八八") and as a
# number is read aloud (幺 for 1: "幺幺零"), in Simplified and Traditional forms
_CHINESE_NUMERALS = str.maketrans({numeral: str(digit) for digit, numerals in enumerate(
    ("零〇", "一幺壹", "二贰貳", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖")) for numeral in numerals})
CHINESE_NUMERALS = "".join(map(chr, _CHINESE_NUMERALS))  # (a character class's content, as ENCLOSED_DIGITS is)
_IN_CHINESE_NUMERALS = re.compile("[" + CHINESE_NUMERALS + "]")
MIN_CHINESE_NUMERALS = 3  # fewer is a word ("一二", "九五折"); a short code has 5


def chinese_numerals_as_digits(text: str) -> str | None:
    """`text` with its Chinese numerals as digits, where it is a number written with them: numerals (at least
    MIN_CHINESE_NUMERALS), digits or letters that look like them, separators and '+' alone; else None."""
    if text.isascii():  # every number a page scan reads: nothing to look for
        return None
    cleaned = ones_as_dashes(text.strip())
    if len(_IN_CHINESE_NUMERALS.findall(cleaned)) < MIN_CHINESE_NUMERALS:
        return None
    digits = cleaned.translate(_CHINESE_NUMERALS).translate(LOOKS_LIKE_DIGIT)  # ("四OO八六O…": letters beside them)
    if not all(ch.isdigit() or ch == "+" or is_separator(ch) for ch in digits):
        return None
    return digits


# 一, the numeral one, written as a dash between groups of digits, as Chinese spam does ("400一820一1688", "400 一 820 一
# 1688"): a dash where the digits around it make a whole number (seven or more) and no other numeral stands among them.
# "95一88" and "9五一88" keep it a numeral.
_ONE_AS_A_DASH = re.compile(r"(?<=\d)([ \t\u3000]*)一(?=[ \t\u3000]*\d)")
MIN_DIGITS_AROUND_DASHED_ONES = 7


def ones_as_dashes(text: str) -> str:
    """`text` with each 一 written as a dash between digits as '-' (in its place: spans hold), where that is how it is written."""
    if "一" not in text:
        return text
    dashed = _ONE_AS_A_DASH.sub(r"\1-", text)
    if _IN_CHINESE_NUMERALS.search(dashed) or sum(map(str.isdigit, dashed)) < MIN_DIGITS_AROUND_DASHED_ONES:
        return text
    return dashed


# Opening hours after a number, as tables and listings write them: "| 支付宝 | 95188 | 9:00-21:00 |", "+1 (888) 908-7930 |
# 8.30-17.30", "客服电话：95188 9-21点", "… 7930 9-5 daily": after a space or a bar, a time with its minutes, or two times
# with a dash or a tilde between them. Read with the number, they were its menu keys, or made a short code an extended one
# (a look-alike), or a run too long for any number.
_HOUR = r"(?:[01]?\d|2[0-4])"
_HOURS_AFTER = re.compile(r"(?:[ \t\u3000]*[|丨｜])?[ \t\u3000]+(?:" + _HOUR + r"(?:[:：.][0-5]\d)?[ \t]*[-–—~～至到][ \t]*" + _HOUR
                          + r"(?:[:：.][0-5]\d)?|" + _HOUR + r"[:：][0-5]\d)(?![\d:：.])")
_GAP_BEFORE_DIGITS = re.compile(r"(?:[ \t\u3000]*[|丨｜])?[ \t\u3000]+(?=\d)")
_HOURS_MARK = re.compile(r"[:：\-–—~～至到]")


def before_the_hours(text: str, start: int, end: int, region: str | None, short_codes: frozenset[str], *,
                     dialled: Callable[[str], str] = lambda typed: typed) -> int | None:
    """Where the number written at text[start:end] ends, before the opening hours written after it (see _HOURS_AFTER),
    where it is whole without them (a valid number, or a registry's short code of any region: "| 支付宝 | 95188 | 9-21 |"
    on a US page) and none with them (Berlin's "030 1234 12-20" keeps its last groups); None otherwise. `dialled`: what
    of a piece is read (the page scan's reader drops a table's bars and emoji).
    """
    # (a check of every number and the scan of every run come here: most have no gap, or no mark of hours after their last
    # one, the colon just after the run included: "95188 | 9" before ":00-21:00")
    last_gap = max(text.rfind(" ", start, end), text.rfind("\t", start, end), text.rfind("\u3000", start, end))
    if last_gap < 0 or _HOURS_MARK.search(text, last_gap, end + 1) is None:
        return None
    for gap in _GAP_BEFORE_DIGITS.finditer(text, start, end):
        hours = _HOURS_AFTER.match(text, gap.start())
        if hours is not None and hours.end() >= end:
            head = dialled(text[start:gap.start()])
            whole = reads_as_a_real_number(head, region, short_codes) or clean_number(head).strip() in short_codes_by_digits(short_codes)
            return gap.start() if whole and not reads_as_a_real_number(dialled(text[start:end]), region, short_codes) else None
    return None


def clean_number(text: str) -> str:
    """clean_text, and the decimal digits of other scripts as ASCII digits (DIGITS_OF_OTHER_SCRIPTS), without
    keycap marks."""
    if text.isascii():
        return text
    return ones_as_dashes(clean_text(text).translate(_NUMBER_CLEANED))


def clean_text(text: str) -> str:
    """NFKC (full-width and mathematical digits become ASCII) without zero-width or direction marks, and digits in
    circles as their digits."""
    if text.isascii():
        return text  # NFKC keeps ASCII, and the marks are not ASCII (translate would still cost 2 µs)
    # (digits in circles read first: NFKC makes ⑴ "(1)" and ⒈ "1.", and "⑷00⑻⑵0…" was read as a number in brackets)
    return unicodedata.normalize("NFKC", text.translate(ENCLOSED_AS_ASCII)).translate(_ZERO_WIDTH)


class PhoneReading(NamedTuple):
    """One way to read a typed number: a phone number (E.164) or a short code (REGION:DIGITS).

    A named tuple, as is `PhoneInput`: made in a fraction of a frozen dataclass's time (whose __init__ sets
    each field through object.__setattr__), and a new number makes one to three of them. (Unlike a plain
    tuple, a named tuple stays tracked by the garbage collector; the number cache keeps them anyway.)"""

    kind: str  # "phone" | "short_code"
    value: str
    region: str | None
    valid: bool
    basis: str  # why this reading exists: "international", "region", "own_prefix", "north_america", "short_code"
    grouping_matches: bool = False  # worked out only when there are other readings to choose between
    national: str = ""  # national significant number (the short code's digits for a short code)

    @property
    def digits(self) -> str:
        return self.value.split(":")[-1].lstrip("+")


class PhoneInput(NamedTuple):
    raw: str
    digits: str
    groups: tuple[str, ...]
    international: bool
    deobfuscated: bool
    readings: tuple[PhoneReading, ...] = ()
    problem: str | None = None
    retired_prefix: str = ""  # a prefix its country no longer dials, left out of `digits` (see _retired_prefix)
    carrier_placeholder: bool = False  # written "(0xx11) …", read in Brazil (see _BRAZILS_CARRIER_PLACEHOLDER)


_ADDRESS_SHAPE = re.compile(r"@|[A-Za-z]\.[A-Za-z]|\.[A-Za-z]{2,}$")  # an email, or a dot between letters or before a TLD


def looks_like_phone(text: str) -> bool:
    """Mostly digits (real or look-alike letters) and separators: a number, not a domain or a word."""
    if text.isascii() and _ADDRESS_SHAPE.search(text.strip()):
        return False  # an address, told apart before the cache: a stream of new domains would only churn it
    return _looks_like_phone(text)


@lru_cache(maxsize=canonical.CACHE_SIZE)
def _looks_like_phone(text: str) -> bool:
    cleaned = _without_carrier_placeholder(clean_number(text).strip())
    real_digits = sum(map(str.isdigit, cleaned))
    if real_digits < 3 or _ADDRESS_SHAPE.search(cleaned):
        return False
    rest = [ch for ch in cleaned if not ch.isdigit() and not is_separator(ch) and ch != "+"]
    if not all(ch in "OoIl" for ch in rest):
        return False
    # A few look-alike letters anywhere ("0300 l23 2O4O"), or as many as the digits where each follows a digit,
    # as spam writes them ("4OO-82O-7l23", "138OO138OOO"); a word such as "lol123" starts with its letters.
    return len(rest) <= real_digits // 2 or (len(rest) <= real_digits and not _LETTER_STARTS_A_RUN.search(cleaned))


_LETTER_STARTS_A_RUN = re.compile(r"(?<![\dOoIl])[OoIl]")


class KeypadNumber(NamedTuple):
    dialled: str  # "+1 800-692-7753"
    not_dialled: str  # the letters past the seventh, which a caller's dialling never reaches ("S" of 1-800-CONTACTS)


# A North American number advertised with letters ("1-800-MY-APPLE", "1-877-FTC-HELP", "800-FLOWERS"): the letters
# are a phone keypad's digits. Read only after an area code that says North America (a leading 1, or a toll-free
# 8XX, where nearly all such numbers are), and only with a letter that looks like no digit: spam's "1-888-22l-ll6l"
# is digits written with look-alike letters (read_phone), and "95188abc" is no number.
_VANITY_NUMBER = re.compile(r"(?P<one>\+?1[\s.-]*)?\(?(?P<area>[2-9]\d\d)\)?[\s.-]*"
                            r"(?P<rest>[A-Za-z0-9](?:[A-Za-z0-9]|[\s.-](?=[A-Za-z0-9]))*)")
_LETTER_NOT_LIKE_A_DIGIT = re.compile(r"[A-HJ-NP-Za-km-np-z]")
_DIGITS = tuple("0123456789")
_TOLL_FREE_AREA_CODES = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_KEYPAD = str.maketrans({letter: digit for digit, letters in (("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"),
                                                              ("6", "MNO"), ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ"))
                         for letter in letters + letters.lower()})


_LOOK_ALIKE_LETTERS_ON_A_KEYPAD = str.maketrans({letter: letter.translate(_KEYPAD) for letter in "OoIl"})


def dialled_on_a_keypad(text: str) -> str:
    """`text` with the letters that look like digits (LOOK_ALIKE_LETTERS) as a phone's keypad dials them: O 6, I 4, l 5.
    (Other letters are a vanity number's, keypad_number, or no number's.)"""
    return text.translate(_LOOK_ALIKE_LETTERS_ON_A_KEYPAD)


def keypad_number(text: str) -> KeypadNumber | None:
    """The number a North American vanity number dials, or None where `text` is not one."""
    if not _LETTER_NOT_LIKE_A_DIGIT.search(text) or not text.lstrip(" +(（").startswith(_DIGITS):
        return None  # most values checked: digits alone, or an address
    match = _VANITY_NUMBER.fullmatch(clean_text(text).strip())
    if not match or not (match["one"] or match["area"] in _TOLL_FREE_AREA_CODES):
        return None
    if match["area"] not in _TOLL_FREE_AREA_CODES and match["one"] == "1" and match.start("area") == match.end("one"):
        return None  # "1930 helpline", "1930 cyber crime": India's 1930 and a word, not 1-930-HELPLINE (set apart, "1-930-…")
    rest = re.sub(r"[\s.-]", "", match["rest"])
    letters = [ch for ch in rest if ch.isalpha()]
    dialled, not_dialled = rest[:7], rest[7:]
    if len(letters) < 3 or all(ch in "OoIl" for ch in letters) or len(dialled) < 7 \
            or len(not_dialled) > 4 or not all(map(str.isalpha, not_dialled)):
        return None
    digits = dialled.translate(_KEYPAD)
    return KeypadNumber(f"+1 {match['area']}-{digits[:3]}-{digits[3:]}", not_dialled)


RIGHT_TO_LEFT_OVERRIDE, _POP_DIRECTIONAL_FORMATTING = "\u202e", "\u202c"


def as_shown(text: str) -> str | None:
    """`text` in the order a left-to-right page shows it, where a right-to-left override (U+202E) reverses
    what follows it, up to its pop (U+202C) or the end; None where there is none. "95\u202e881" shows as
    95188 and dials 95881: the override is invisible, and a number needs none."""
    if RIGHT_TO_LEFT_OVERRIDE not in text:
        return None
    shown, rest = [], text
    while (start := rest.find(RIGHT_TO_LEFT_OVERRIDE)) >= 0:
        end = rest.find(_POP_DIRECTIONAL_FORMATTING, start)
        end = len(rest) if end < 0 else end
        shown += (rest[:start], rest[start + 1:end][::-1])
        rest = rest[end + 1:]
    return "".join(shown) + rest


def is_separator(ch: str) -> bool:
    """Anything a scam page may put between digits: spaces, punctuation, arrows, stars, box symbols (➽ ↳ ⚝ ⧉), and what
    shows nothing (a zero-width space: "四零零\u200b八二零…")."""
    return ch in _NUMBER_SEPARATORS or unicodedata.category(ch)[0] in "PSZ" or ch in INVISIBLE_CHARACTERS


@lru_cache(maxsize=canonical.CACHE_SIZE)
def read_phone(raw: str, region: str | None, short_codes: frozenset[str] = frozenset()) -> PhoneInput:
    """Every plausible reading of a typed number; `short_codes` are the registry's own (REGION:DIGITS)."""
    text = clean_number(raw).strip()
    if carrier_placeholder := (without := _without_carrier_placeholder(text)) != text:
        text, region = without, "BR"
    deobfuscated = LOOK_ALIKE_LETTERS.search(text) is not None
    if deobfuscated:
        text = text.translate(LOOKS_LIKE_DIGIT)
    # "(+86) 138 0013 8000", "（0086）95188": a country code in brackets is written with its country code too
    opening = text.lstrip("(（[ ")
    international = opening.startswith(("+", "00"))
    groups = tuple(_DIGIT_RUNS.findall(text))
    digits = "".join(groups)
    if opening.startswith("00"):
        digits = digits[2:]
        groups = (groups[0][2:],) + groups[1:] if len(groups[0]) > 2 else groups[1:]
    retired = _retired_prefix(digits, international, region)
    if retired:
        digits, groups = _without_digits_at(digits, groups, retired)

    def answer(readings: tuple[PhoneReading, ...] = (), problem: str | None = None) -> PhoneInput:
        return PhoneInput(raw, digits, groups, international, deobfuscated, readings, problem, retired[1] if retired else "",
                          carrier_placeholder)

    if _LATIN_LETTER.search(text):
        return answer(problem="letters inside a phone number (they would be read as keypad digits)")
    if len(digits) < 3:
        return answer(problem="too few digits for a phone number or short code")
    if len(digits) > MAX_PHONE_DIGITS:
        return answer(problem=f"{len(digits)} digits: longer than any phone number")

    if international:
        reading = _phone_reading("+" + digits, None, "international")
        # No short-code reading here: a short code has no international form, so '+95188…' is not 95188.
        return answer((reading[0],)) if reading else answer(problem="not a possible international number")

    readings: list[tuple[PhoneReading, tuple[int, str] | None] | None] = [
        (reading, None) for reading in _short_code_readings(digits, region, short_codes)]
    if region:
        readings.append(_phone_reading(digits, region, "region"))
    # The next two readings are kept only when valid; most are not, and a glance at the country's number
    # patterns says so without parsing (a parse and a validity check are most of a new number's cost).
    if len(digits) >= 8 and _may_be_valid_international(digits):
        readings.append(_phone_reading("+" + digits, None, "own_prefix", only_valid=True))
    # Eleven digits starting with 1 read the North American way are the own-prefix reading again (+1 …):
    # the same number, already parsed and kept or dropped above.
    if len(digits) in (10, 11) and region != "US" and not (len(digits) == 11 and digits[0] == "1") \
            and _may_be_valid_north_american(digits):
        readings.append(_phone_reading(digits, "US", "north_america", only_valid=True))
    kept = [pair for pair in readings if pair]
    unique = tuple({(pair[0].kind, pair[0].value): pair for pair in reversed(kept)}.values())[::-1]
    if len(unique) > 1:
        # Grouping decides between readings; with one there is nothing to decide. It formats the number,
        # the costliest step of a reading, so it is worked out only here.
        unique = tuple((_with_grouping(reading, parsed, groups), parsed) for reading, parsed in unique)
    final = tuple(reading for reading, _ in unique)
    return answer(final) if final else answer(problem="not a possible phone number or known short code")


# "(0xx11) 4004-1234", "0xx21 3003-4107": Brazil's older pages write a long-distance call as 0, then xx where the caller
# puts the code of the carrier they choose, then the area code. The notation is Brazil's alone: the number is read there,
# as "(011) 4004-1234" (0 and the area code are how Brazil dials it; phonenumbers reads it so).
_BRAZILS_CARRIER_PLACEHOLDER = re.compile(r"^([(（\[]?\s*0)\s*[xX]{2}(?=\s*[)）\]]?\s*[(（]?\s*[1-9][1-9])")


def written_the_brazilian_way(text: str) -> bool:
    """`text` starts with Brazil's "0xx" before an area code ("(0xx11) 4004-1234"): a number to read in Brazil."""
    return _without_carrier_placeholder(text) != text


def _without_carrier_placeholder(text: str) -> str:
    """`text` less the xx of Brazil's "0xx" before an area code, where it starts with one."""
    if "x" not in text and "X" not in text:
        return text
    return _BRAZILS_CARRIER_PLACEHOLDER.sub(r"\1", text, count=1)


# Mexico's prefixes retired on 3 August 2019, when the IFT made every number ten digits (a year's grace ran to 3 August
# 2020): 01 before a long-distance or 800 number, 044 and 045 before a mobile, and the 1 between +52 and a mobile called
# from abroad. Address books, older pages and WhatsApp still show them ("01 800 123 4567", "+52 1 55 3021 7788"), which no
# longer parse: the number is the ten digits after them. (Each shape is one digit too long for any Mexican number, so
# nothing valid is read otherwise.)
_MEXICO = "52"
_MEXICOS_RETIRED_NATIONAL_PREFIXES = ("044", "045", "01")


def _retired_prefix(digits: str, international: bool, region: str | None) -> tuple[int, str] | None:
    """Where in `digits` a prefix its country retired starts, and the prefix, else None."""
    if international:
        if len(digits) == 13 and digits.startswith(_MEXICO + "1"):
            return len(_MEXICO), "1"
        return None
    if region == "MX" and digits[:1] == "0":
        for prefix in _MEXICOS_RETIRED_NATIONAL_PREFIXES:
            if digits.startswith(prefix) and len(digits) == len(prefix) + 10:
                return 0, prefix
    return None


def _without_digits_at(digits: str, groups: tuple[str, ...], retired: tuple[int, str]) -> tuple[str, tuple[str, ...]]:
    """`digits` and their `groups` less the retired prefix's digits at `retired`'s place."""
    start, prefix = retired
    kept, position, removed = [], 0, range(start, start + len(prefix))
    for group in groups:
        left = "".join(digit for offset, digit in enumerate(group, position) if offset not in removed)
        position += len(group)
        if left:
            kept.append(left)
    return digits[:start] + digits[start + len(prefix):], tuple(kept)


_DIGIT_RUNS = re.compile(r"\d+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


_NUMBER_TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager",
                 "uan", "voicemail")


@lru_cache(maxsize=None)
def _national_shapes(country_code: int) -> tuple[re.Pattern | None, re.Pattern, frozenset[int] | None] | None:
    """How phonenumbers strips a national prefix for this calling code, one pattern that every valid
    national number of it matches (every number type of every region sharing the code, from the same
    compiled rules `region_and_validity` applies): a number valid for phonenumbers has a type, and a type is
    a match of its pattern; and the lengths a valid number can have (those of the regions' general
    descriptions, which a valid number matches first; None where one leaves its length open). None where
    the national number may be rewritten rather than cut (a prefix transform rule) or nothing is known:
    there only a parse can tell."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    main = PhoneMetadata.metadata_for_region_or_calling_code(country_code, regions[0]) if regions else None
    rules = _region_rules(country_code)
    if main is None or main.national_prefix_transform_rule or len(rules) != len(regions):
        return None  # (a region of the code without metadata: nothing is known of its numbers)
    patterns = [pattern.pattern for rule in rules for _, pattern in rule.types]
    prefix = re.compile(main.national_prefix_for_parsing) if main.national_prefix_for_parsing else None
    general = [rule.general[0] for rule in rules if rule.general is not None]
    lengths = None if any(not lengths for lengths in general) else frozenset().union(*general)
    return prefix, re.compile("(?:" + "|".join(patterns) + ")"), lengths


def _may_be_valid_international(digits: str) -> bool:
    """False only when '+' and these digits cannot parse to a valid number. phonenumbers takes the first one
    to three digits that are a calling code, then the rest, or the rest after the national prefix of the
    code's main region; the number is valid only if that national number matches one of its patterns."""
    if not digits.startswith("0"):  # no calling code starts with 0
        for length in (1, 2, 3):
            if (code := int(digits[:length])) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                return _may_be_national(code, digits[length:], strips=1)
    return False  # no calling code: phonenumbers refuses it


def _may_be_valid_north_american(digits: str) -> bool:
    """False only when these digits, read from the US, cannot parse to a valid +1 number. Read so, the
    national number is the digits less a leading country code 1 and national prefix 1, in any order, at
    most three digits in all; '011' starts an international number instead (left to the parse)."""
    return digits.startswith("011") or _may_be_national(1, digits, strips=3)


def _may_be_national(country_code: int, number: str, *, strips: int) -> bool:
    shapes = _national_shapes(country_code)
    if shapes is None:
        return True
    prefix, valid, lengths = shapes
    candidates = [number]
    if strips == 1:
        national_prefix = prefix.match(number) if prefix else None
        candidates += [number[national_prefix.end():]] if national_prefix else []
    else:  # the national prefix of +1 is "1": any of the first `strips` digits may go
        candidates += [number[count:] for count in range(1, strips + 1)]
    # The length first: the pattern is every type of every region of the code (11,700 characters for +1).
    return any((lengths is None or len(candidate) in lengths) and valid.fullmatch(candidate) for candidate in candidates)


@dataclass(frozen=True)
class _RegionRule:
    """What phonenumbers asks of a national number to place it in one region and call it valid there, with
    its patterns compiled once: the region's leading digits (where set), the general pattern, and the
    pattern of each number type (possible lengths first, as phonenumbers checks them)."""

    region: str
    leading_digits: re.Pattern | None
    general: tuple[frozenset[int], re.Pattern] | None
    types: tuple[tuple[frozenset[int], re.Pattern], ...]

    def has_type(self, national: str) -> bool:
        """phonenumbers' `_number_type_helper(national, metadata) != UNKNOWN`."""
        return self.general is not None and _desc_matches(self.general, national) and any(
            _desc_matches(desc, national) for desc in self.types)


def _desc_matches(desc: tuple[frozenset[int], re.Pattern], national: str) -> bool:
    lengths, pattern = desc
    return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


def _compiled_desc(desc) -> tuple[frozenset[int], re.Pattern] | None:
    if desc is None or not desc.national_number_pattern:
        return None  # phonenumbers: a desc without a pattern matches nothing
    return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)


@lru_cache(maxsize=None)
def _region_rules(country_code: int) -> tuple[_RegionRule, ...]:
    """The regions sharing a calling code, in phonenumbers' order, as rules (none for an unknown code)."""
    rules = []
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
        if metadata is None:
            continue
        # The mobile pattern is tried only where it differs from the fixed-line one (as phonenumbers does).
        names = [name for name in _NUMBER_TYPES if not (name == "mobile" and metadata.same_mobile_and_fixed_line_pattern)]
        rules.append(_RegionRule(
            region=region,
            leading_digits=re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None,
            general=_compiled_desc(metadata.general_desc),
            types=tuple(desc for desc in map(_compiled_desc, (getattr(metadata, name) for name in names)) if desc)))
    return tuple(rules)


def region_of_e164(value: str) -> str | None:
    """The region of a number in E.164 ('+864006178399' → 'CN'), or None when it has none."""
    try:
        number = phonenumbers.parse(value)
    except phonenumbers.NumberParseException:
        return None
    return region_and_validity(number.country_code, str(number.national_number))[0]


def region_and_validity(country_code: int, national: str) -> tuple[str | None, bool]:
    """`region_code_for_number` and `is_valid_number_for_region` of phonenumbers for a parsed number, from
    rules compiled once: phonenumbers looks each pattern up in its regex cache on every call, a dozen
    times for a +1 number (16 µs of a new US number's 60 µs reading). Tested equal on random numbers of
    every calling code."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return None, False
    rules = _region_rules(country_code)
    if len(regions) == 1:
        return regions[0], bool(rules) and rules[0].has_type(national)
    for rule in rules:
        if rule.leading_digits is not None:
            if rule.leading_digits.match(national):
                return rule.region, rule.has_type(national)
        elif rule.has_type(national):
            return rule.region, True
    return None, False


def regions_where_valid(digits: str, groups: tuple[str, ...] = ()) -> tuple[tuple[str, str], ...]:
    """(region, E.164) for each region in which these digits, typed with no country code, are a valid
    number: what a check without a region can say of a national number it cannot place ("13812345678"
    is a valid number in AT, CN and RS). Asked only for an answer a person reads, never in a page scan.
    The regions that write their numbers in the typed `groups` come first ("03-1234-5678" is written so in JP,
    "020 7946 0958" in GB), then the others by name."""
    readings = readings_where_valid(digits)
    if groups:
        readings = sorted(readings, key=lambda reading: not grouped_as_its_country_writes(reading, groups))
    return tuple((reading.region, reading.value) for reading in readings)


def dialled_as_written(digits: str) -> tuple[PhoneReading, ...]:
    """The readings, by region, of the regions where a phone dials these very digits as a number of its own:
    "18882211161" in CN (a mobile), not in US (where it is +1 888 221 1161, dialled so with its country code)
    nor in DE (dialled 018882211161). See `readings_where_valid` for when it is asked."""
    return tuple(reading for reading in readings_where_valid(digits) if dialled_in_its_region(reading) == digits)


@lru_cache(maxsize=1024)
def readings_where_valid(digits: str) -> tuple[PhoneReading, ...]:
    """Each region's reading of these digits typed with no country code, where it is a valid number of that
    region (`regions_where_valid`). Every region is asked: 0.7-0.9 ms for a number never seen before."""
    if not digits.isascii() or not digits.isdigit() or not 3 <= len(digits) <= MAX_PHONE_DIGITS:
        return ()
    found = []
    for country_code, regions, rewriting in _REGIONS_BY_CALLING_CODE:
        # A glance at the code's patterns first (its national prefix off): most codes cannot be these digits.
        # Regions that rewrite a local number (Barbados, Jersey: the area code put in front) are asked anyway,
        # and so are a code's regions when the digits start with it (typed without its '+').
        if not digits.startswith(str(country_code)) and not _may_be_national(country_code, digits, strips=1):
            regions = rewriting
        for region in regions:
            reading = _phone_reading(digits, region, "region", only_valid=True)
            if reading and reading[0].region == region:  # a national number of the region, not one dialled abroad from it
                found.append(reading[0])
    return tuple(sorted(found, key=lambda reading: (reading.region, reading.value)))


def compile_every_region() -> None:
    """Build every region's rules now (0.5 s, 2 MB) rather than on a first request: `regions_where_valid`
    asks them all, and would otherwise keep a first caller waiting."""
    for country_code, regions, _ in _REGIONS_BY_CALLING_CODE:
        _national_shapes(country_code)
        _region_rules(country_code)
        _calling_code_parse_rules(country_code)
        for region in regions:
            _region_parse_rules(region)


def _rewrites_local_numbers(region: str) -> bool:
    metadata = PhoneMetadata.metadata_for_region(region, None)
    return metadata is None or bool(metadata.national_prefix_transform_rule)


# (calling code, its regions, those of them with a national prefix transform rule)
_REGIONS_BY_CALLING_CODE = tuple(
    (code, known, tuple(region for region in known if _rewrites_local_numbers(region)))
    for code, regions in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items())
    if (known := tuple(region for region in regions if region in KNOWN_REGIONS)))


def _with_grouping(reading: PhoneReading, parsed: tuple[int, str] | None, groups: tuple[str, ...]) -> PhoneReading:
    if parsed is None or not reading.valid:
        return reading
    return reading._replace(grouping_matches=_grouping_matches(groups, *parsed))


_PNU = phonenumbers.phonenumberutil
_MIN_NSN, _MAX_NSN = _PNU._MIN_LENGTH_FOR_NSN, _PNU._MAX_LENGTH_FOR_NSN


class _ParseRules(NamedTuple):
    """What phonenumbers' parse and is_possible_number ask of one region's metadata, compiled once: its
    calling code, international and national prefixes, general pattern and possible lengths."""

    region: str
    country_code: int
    international_prefix: re.Pattern | None
    national_prefix: re.Pattern | None
    transform: str | None  # national_prefix_transform_rule
    general: re.Pattern | None
    lengths: tuple[int, ...]  # the general description's possible lengths, in the metadata's order
    local_lengths: tuple[int, ...]  # and its local-only ones


def _rules_of(region: str, metadata) -> _ParseRules | None:
    """None where the metadata has a shape these rules do not cover: read_digits leaves it to phonenumbers."""
    general = metadata.general_desc if metadata is not None else None
    if general is None or not general.possible_length:
        return None
    prefix = re.compile(metadata.national_prefix_for_parsing) if metadata.national_prefix_for_parsing else None
    transform = metadata.national_prefix_transform_rule or None
    if prefix is not None and transform and not prefix.groups:
        return None  # phonenumbers would index an empty tuple of groups (no metadata does this)
    return _ParseRules(
        region=region, country_code=metadata.country_code,
        # phonenumbers matches "NonMatch" where there is none: nothing made of digits matches it
        international_prefix=re.compile(metadata.international_prefix) if metadata.international_prefix is not None else None,
        national_prefix=prefix, transform=transform,
        general=re.compile(general.national_number_pattern) if general.national_number_pattern else None,
        lengths=tuple(general.possible_length), local_lengths=tuple(general.possible_length_local_only or ()))


@lru_cache(maxsize=None)
def _region_parse_rules(region: str) -> _ParseRules | None:
    return _rules_of(region, PhoneMetadata.metadata_for_region(region, None))


@lru_cache(maxsize=None)
def _calling_code_parse_rules(country_code: int) -> _ParseRules | None:
    """The rules of a calling code's main region (phonenumbers' region_code_for_country_code)."""
    region = _PNU.region_code_for_country_code(country_code)
    return _rules_of(region, PhoneMetadata.metadata_for_region_or_calling_code(country_code, region))


_POSSIBLE, _LOCAL_ONLY, _TOO_SHORT, _TOO_LONG, _INVALID_LENGTH = range(5)


def _length_test(length: int, rules: _ParseRules) -> int:
    """phonenumbers' _test_number_length against the general description, step by step."""
    if length in rules.local_lengths:
        return _LOCAL_ONLY
    lengths = rules.lengths
    if lengths[0] == length:
        return _POSSIBLE
    if lengths[0] > length:
        return _TOO_SHORT
    if lengths[-1] < length:
        return _TOO_LONG
    return _POSSIBLE if length in lengths[1:] else _INVALID_LENGTH


def read_digits(text: str, region: str | None, *, possible_only: bool = True) -> tuple[int, str] | None:
    """The calling code and national significant number that `phonenumbers.parse(text, region)` gives for
    the two shapes our readings take ('+' and digits without a region, digits with one), when it parses and
    `phonenumbers.is_possible_number` holds (whether it holds or not, with `possible_only=False`); None
    otherwise. phonenumbers first digs a number out of free text (a Python loop over each character),
    builds a PhoneNumber, and looks each pattern up in its regex cache; here the text is already digits,
    and phonenumbers' steps run in its order on rules compiled once per region. Anything else goes to
    phonenumbers. Tested equal to phonenumbers on random digits in every region: that test is what
    vouches for an upgrade of phonenumbers."""
    plus = text.startswith("+")
    digits = text[1:] if plus else text
    if (region is None) != plus or len(digits) < 3 or not (digits.isascii() and digits.isdigit()):
        return _read_digits_by_phonenumbers(text, region, possible_only)
    rules = _region_parse_rules(region) if region else None
    if region and rules is None:
        return _read_digits_by_phonenumbers(text, region, possible_only)
    if plus:
        country_code, national = _after_international_prefix(digits)
    else:
        country_code, national = _country_code_typed_without_plus(digits, rules)
    if country_code is None:
        return None  # an international prefix with too little or no calling code after it
    if country_code:
        main = _calling_code_parse_rules(country_code)
        if main is None:
            return _read_digits_by_phonenumbers(text, region, possible_only)
        if main.region != region:
            rules = main
    else:
        national, country_code = digits, rules.country_code
    if len(national) < _MIN_NSN:
        return None
    potential = _without_national_prefix(national, rules)
    if _length_test(len(potential), rules) in (_POSSIBLE, _TOO_LONG):
        national = potential  # phonenumbers keeps the number as typed when the rest is too short or only local
    if not _MIN_NSN <= len(national) <= _MAX_NSN:
        return None
    if not possible_only:
        return country_code, national
    main = _calling_code_parse_rules(country_code)  # is_possible_number asks the calling code's main region
    if main is None:
        return _read_digits_by_phonenumbers(text, region, possible_only)
    return (country_code, national) if _length_test(len(national), main) in (_POSSIBLE, _LOCAL_ONLY) else None


def _read_digits_by_phonenumbers(text: str, region: str | None, possible_only: bool) -> tuple[int, str] | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if possible_only and not phonenumbers.is_possible_number(number):
        return None
    return number.country_code, phonenumbers.national_significant_number(number)


def _after_international_prefix(digits: str) -> tuple[int | None, str]:
    """The calling code and the rest after '+' or an international dialling prefix (phonenumbers'
    _extract_country_code); None for the code where phonenumbers refuses the number."""
    if len(digits) <= _MIN_NSN or digits[0] == "0":
        return None, ""
    for length in (1, 2, 3):
        if (code := int(digits[:length])) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code, digits[length:]
    return None, ""


def _country_code_typed_without_plus(digits: str, rules: _ParseRules) -> tuple[int | None, str]:
    """phonenumbers' _maybe_extract_country_code for digits typed in a region: the region's international
    prefix (00 …) starts an international number unless a 0 follows it; the region's own calling code
    typed first is taken off when the rest reads better without it; else (0, '') — a national number."""
    prefix = rules.international_prefix.match(digits) if rules.international_prefix is not None else None
    if prefix and digits[prefix.end():prefix.end() + 1] != "0":
        return _after_international_prefix(digits[prefix.end():])
    own = str(rules.country_code)
    if digits.startswith(own):
        potential = _without_national_prefix(digits[len(own):], rules)
        general = rules.general
        if (general is not None and not general.fullmatch(digits) and general.fullmatch(potential)) \
                or _length_test(len(digits), rules) == _TOO_LONG:
            return rules.country_code, potential
    return 0, ""


def _without_national_prefix(number: str, rules: _ParseRules) -> str:
    """phonenumbers' _maybe_strip_national_prefix_carrier_code, the number only: the national prefix
    (0, 1 …) off, or the region's rewrite of it, unless a number that fitted the region's pattern no
    longer does."""
    if not number or rules.national_prefix is None:
        return number
    match = rules.national_prefix.match(number)
    if not match:
        return number
    if rules.transform is None or match.groups()[-1] is None:
        stripped = number[match.end():]
    else:
        stripped = rules.national_prefix.sub(rules.transform, number, count=1)
    general = rules.general
    if general is not None and general.fullmatch(number) and not general.fullmatch(stripped):
        return number
    return stripped


def _phone_reading(text: str, region: str | None, basis: str, *,
                   only_valid: bool = False) -> tuple[PhoneReading, tuple[int, str]] | None:
    parsed = read_digits(text, region)
    if parsed is None:
        return None
    country_code, national = parsed
    # is_valid_number(number) is exactly this, but finds the region twice.
    number_region, valid = region_and_validity(country_code, national)
    if only_valid and not valid:
        return None
    # E.164 is phonenumbers' format without its dispatch; `national` without the leading zeros Italy keeps.
    return PhoneReading("phone", f"+{country_code}{national}", number_region, valid, basis, False,
                        national.lstrip("0") or "0"), parsed


def _grouping_matches(groups: tuple[str, ...], country_code: int, national_number: str) -> bool:
    """Whether the typed groups are how this reading's country writes its numbers (1-800-275-2273: NANP)."""
    if len(groups) < 2:
        return False
    typed = tuple(len(group) for group in groups)
    national = tuple(len(group) for group in _DIGIT_RUNS.findall(national_format(country_code, national_number)))
    country = len(str(country_code))
    # Also the country code glued to the first group, as in "1800 275 2273" or "852-2345 6789".
    glued = ((country + national[0],) + national[1:]) if national else ()
    return typed in {national, (country,) + national, glued}


def grouped_as_its_country_writes(reading: PhoneReading, groups: tuple[str, ...]) -> bool:
    """`grouping_matches` for a phone reading whose other readings did not make a reader work it out."""
    return _grouping_matches(groups, _country_code(reading), reading.national)


def dialled_in_its_region(reading: PhoneReading) -> str:
    """The digits a phone in the reading's own country dials for it: its national format's, a trunk prefix
    included (+44 20 7946 0958 is dialled 02079460958 in GB; +86 188 8221 1161, 18882211161 in CN)."""
    return _NOT_A_DIGIT.sub("", national_format(_country_code(reading), reading.national))


def _country_code(reading: PhoneReading) -> int:
    return int(reading.value[1:len(reading.value) - len(reading.national)])


_NOT_A_DIGIT = re.compile(r"\D")


def national_format(country_code: int, national: str) -> str:
    """phonenumbers.format_number(number, NATIONAL) for a number without an extension, as our readings are,
    given its calling code and national significant number: the same rules chosen the same way, compiled
    once per calling code (phonenumbers looks each pattern up in its regex cache on every call: 9 -> 2.5 µs).
    Tested equal on random numbers of every calling code."""
    for leading, pattern, rule in _national_formats(country_code):
        if (leading is None or leading.match(national)) and pattern.fullmatch(national):
            return pattern.sub(rule, national)
    return national


@lru_cache(maxsize=None)
def _national_formats(country_code: int) -> tuple[tuple[re.Pattern | None, re.Pattern, str], ...]:
    """A calling code's national formats as phonenumbers applies them: the last (most detailed) leading-digits
    pattern, the number pattern, and the format with the national prefix rule put in for its first group."""
    if country_code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return ()  # phonenumbers gives the national number unformatted
    region = _PNU.region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    formats = []
    for number_format in metadata.number_format:
        rule = number_format.format
        if number_format.national_prefix_formatting_rule:
            rule = _PNU._FIRST_GROUP_PATTERN.sub(number_format.national_prefix_formatting_rule, rule, count=1)
        leading = number_format.leading_digits_pattern
        formats.append((re.compile(leading[-1]) if leading else None, re.compile(number_format.pattern), rule))
    return tuple(formats)


def _short_code_readings(digits: str, region: str | None, short_codes: frozenset[str]) -> list[PhoneReading]:
    if not 3 <= len(digits) <= 8:
        return []
    readings = [PhoneReading(kind="short_code", value=code, region=code_region, valid=True, basis="short_code", national=digits)
                for code in short_codes_by_digits(short_codes).get(digits, ())
                if region in (None, code_region := code.split(":")[0])]
    if region and not readings and len(digits) <= MAX_SHORT_NUMBER_DIGITS and is_valid_short_number(digits, region):
        readings.append(PhoneReading(kind="short_code", value=f"{region}:{digits}", region=region, valid=True,
                                     basis="short_code", national=digits))
    return readings


def reads_as_a_real_number(typed: str, region: str | None, short_codes: frozenset[str]) -> bool:
    """A valid phone number, or one of the registry's short codes (of the region, where one is given). Not
    digits that are valid only when their first ones are taken for a country code typed without '+' or 00
    ("46 11 0-276503"): anyone who writes a country code writes it so."""
    return any(reading.valid and reading.basis != "own_prefix" and (reading.kind == "phone" or reading.value in short_codes)
               for reading in read_phone(typed, region, short_codes).readings)


@lru_cache(maxsize=4)
def short_codes_by_digits(short_codes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The registry's short codes (REGION:DIGITS) by their digits, in a fixed order (by region); callers
    treat it as read-only."""
    table: dict[str, tuple[str, ...]] = {}
    for code in sorted(short_codes):
        digits = code.split(":")[1]
        table[digits] = table.get(digits, ()) + (code,)
    return table


def registry_short_codes_side_by_side(short_codes: frozenset[str], pieces: list[str], region: str | None) -> bool:
    """Whether the pieces are two or more of the registry's short codes (of the region, where one is given): "95188
    95017", a page's list of codes, is two numbers, not one. (Most runs: a first piece that is no code ends it.)"""
    codes = short_codes_by_digits(short_codes)
    return len(pieces) > 1 and all(any(region is None or code.startswith(region + ":") for code in codes.get(piece, ()))
                                   for piece in pieces)


def is_valid_short_number(digits: str, region: str) -> bool:
    """phonenumbers' is_valid_short_number_for_region(parse(digits, region), region), on the fused parse and
    the region's short-number patterns compiled once."""
    parsed = read_digits(digits, region, possible_only=False)
    if parsed is None:
        return False
    country_code, short_number = parsed
    rules = _short_number_rules(region)
    if rules is None or region not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        return False
    return all(desc is not None and _desc_matches(desc, short_number) for desc in rules)


@lru_cache(maxsize=None)
def _short_number_rules(region: str) -> tuple[tuple[frozenset[int], re.Pattern] | None, ...] | None:
    """A region's short-number general and short-code descriptions (None where it has no short numbers)."""
    metadata = PhoneMetadata.short_metadata_for_region(region)
    if metadata is None:
        return None
    return _compiled_desc(metadata.general_desc), _compiled_desc(metadata.short_code)


class DomainInput(NamedTuple):
    """A domain as read; its cache keeps it as a plain tuple (see `read_domain`)."""

    raw: str
    host: str  # canonical ASCII host
    unicode_host: str
    registrable: str
    kind: str  # "website" | "email_domain"
    userinfo: str | None = None  # text before '@' in a URL: what a reader takes for the site
    path: str = ""
    query: str = ""  # after '?', as typed (a wallet's link carries the site it opens there)
    mailbox: str = ""  # an email address's name before '@' ("paypal.support" in paypal.support@gmail.com)


class NotADomain(ValueError):
    pass


class IpAddressHost(NotADomain):
    """A web address whose host is an IP address (http://45.33.12.1/paypal/login): no domain, but a place a
    link can send a reader, and a phishing page's commonest disguise after a look-alike name. What the
    address says beside the host is kept, for the brand a page's path may carry. Or an email address at one
    (support@[45.33.12.1]), with its `mailbox`: mail, not a site, and judged as mail."""

    def __init__(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address, *, path: str = "", query: str = "",
                 userinfo: str | None = None, mailbox: str = "", written: str | None = None):
        super().__init__("an IP address, not a domain name")
        self.address, self.path, self.query, self.userinfo = str(address), path, query, userinfo
        self.written = written  # the host as the address writes it, where a browser reads an IP address in another
        # form (http://0x2d4d0c22/ is 45.77.12.34): a disguise of its own
        self.mailbox = mailbox  # the name before '@' of an email address; "" for a web address
        self.is_global = address.is_global  # not a router's or a private network's address
        self.version = address.version

    @property
    def email(self) -> str:
        """The email address as RFC 5321 writes one at an IP address: support@[45.33.12.1], x@[IPv6:2001:db8::1]."""
        return f"{self.mailbox}@[{'IPv6:' if self.version == 6 else ''}{self.address}]"


class CharacterLookalikeInHost(NotADomain):
    """A host with a character that looks like one a host is written with ('/', '.', '-') and is another, which a browser
    reads as a character of the host's name: made to be misread. `shown`: the host as it looks (see each kind)."""

    looks_like = ""

    def __init__(self, shown: str, character: str):
        super().__init__(f"a look-alike of '{self.looks_like}' (U+{ord(character):04X}) stands inside its host name")
        self.shown, self.character = shown, character


class SlashLookalikeInHost(CharacterLookalikeInHost):
    """A web address whose host holds a character that looks like '/' (⁄ U+2044, ∕ U+2215, ／ U+FF0F, ⧸, ╱) or '\\'
    (＼): "https://paypal.com／login.evil-host.com" shows paypal.com and a path, where a browser takes it all for the
    host and opens no PayPal page (it fails, or goes to evil-host.com where such names resolve). `shown`: the host as
    it looks, up to that character."""

    looks_like = "/"


class DotLookalikeInHost(CharacterLookalikeInHost):
    """A host with a character that looks like a dot between two of its letters or digits, where no browser reads a dot
    (· U+00B7, ‧, ∙, ⋅, ・, ⸳, ꓸ, ․ …): "www.paypal.com·verify-account.net" reads as PayPal's name before another domain,
    and a browser opens an IDN host that is neither (www.paypal.xn--comverify-account-n2a.net) or nothing at all.
    `shown`: the host as it reads, those characters as dots (and look-alikes of '-' as hyphens), or as nothing beside a
    dot."""

    looks_like = "."


class HyphenLookalikeInHost(CharacterLookalikeInHost):
    """A host with a character that looks like a hyphen between two of its letters or digits, where no browser reads one
    (‐ U+2010, ‑, ‒, – U+2013, − U+2212, ⁃, ˗, ֊, ᠆), or beside a dot, as an em dash after one: "paypal.com‐secure.net"
    reads as paypal.com-secure.net, and a browser opens paypal.xn--comsecure-x79d.net. `shown`: the host as it reads,
    those characters as hyphens, or as nothing beside a dot."""

    looks_like = "-"


# The characters that look like a slash or a backslash, which NFKC would make one (／, ＼) or leaves as they are (⁄, ∕)
_SLASH_LOOKALIKES = "\u2044\u2215\uff0f\u29f8\u2571\uff3c\u29f9\u2572"
_SLASH_LOOKALIKE = re.compile(f"[{_SLASH_LOOKALIKES}]")
# The characters that look like a dot on the line or above it and that no browser maps to one (IDNA maps only 。, ． and
# ｡, which read_domain reads as dots): Chromium makes a host with one an IDN host of its own (·, ‧, ∙, ⋅, ・, ･, ⸳, ⸱,
# ꓸ, ᐧ, ᛫, ۰) or no address at all (․, ﹒, ܁, ܂, ۔, ٠; NFKC alone makes ․ and ﹒ dots). Its checks of them, in
# tests/browser/test_web_address_hosts.py.
DOT_LOOKALIKES = "\u00b7\u0387\u2027\u2219\u22c5\u30fb\uff65\u2e33\u2e31\ua4f8\u1427\u16eb\u06f0" \
                  "\u2024\ufe52\u0701\u0702\u06d4\u0660"
# The characters that look like a hyphen and that no browser maps to one (it maps － and ﹣, as NFKC does, which
# read_domain reads as hyphens): Chromium makes a host with one an IDN host of its own. Not the dashes prose writes
# between words (—, ⸺), nor ー and 一, which CJK text writes beside Latin letters
HYPHEN_LOOKALIKES = "\u2010\u2011\u2012\u2013\u2212\u2043\u02d7\u058a\u1806"
# One between two of a host's letters or digits (ASCII, or full-width as NFKC reads them), or at a label's edge, beside
# a dot ("www.・metamask.zendesk.com": a browser opens www.xn--metamask-og5g.zendesk.com, another Zendesk help centre), or
# beside another look-alike; "l·l" is Catalan's own letter (IDNA2008 allows · there and only there: col·legi.cat), not a
# dot's look-alike
_HOST_LETTER = "A-Za-z0-9ａ-ｚＡ-Ｚ０-９"
_BESIDE = f"{_HOST_LETTER}.{DOT_LOOKALIKES}{HYPHEN_LOOKALIKES}"
_NOT_CATALAN = "(?<![lLｌＬ][\u00b7\u0387](?=[lLｌＬ]))"
DOT_LOOKALIKE_IN_A_HOST = re.compile(f"[{DOT_LOOKALIKES}](?<=[{_BESIDE}-].)(?=[{_BESIDE}]){_NOT_CATALAN}")
# (only between two letters or digits: what a page's text reads as the dot it looks like, see scan._as_addresses_read)
DOT_LOOKALIKE_BETWEEN_LETTERS = re.compile(f"[{DOT_LOOKALIKES}](?<=[{_HOST_LETTER}-].)(?=[{_HOST_LETTER}]){_NOT_CATALAN}")
HYPHEN_LOOKALIKE_IN_A_HOST = re.compile(f"[{HYPHEN_LOOKALIKES}](?<=[{_BESIDE}].)(?=[{_BESIDE}])")
# The dashes prose writes between words, which a host holds only as a disguise at a label's start, after a dot
# ("www.—paypal.uk": a browser opens www.xn--paypal-2g0c.uk)
PROSE_DASHES = "\u2014\u2e3a\ufe58"
_PROSE_DASH_AFTER_A_DOT = re.compile(f"(?<=\\.)[{PROSE_DASHES}](?=[{_BESIDE}])")
# What a reader sees ending a web address, where text writes two side by side with no space between: a space, CJK writing
# and punctuation ("paypal.com或alipay.com", "paypal.com、alipay.com"), scripts written without spaces (Thai, Lao,
# Myanmar, Khmer), brackets and quotes, a circled or bracketed number (a list's marker, "paypal.com②alipay.com"), an
# arrow, a bullet, an ellipsis, a dash prose writes ("paypal.com—it works"), a character that shows nothing (the address
# patterns read those themselves). Any other character that is not ASCII a browser reads into the host (a symbol, a
# letter, a mark: "www.paypal.com©verify.net" opens www.paypal.xn--comverify-2la.net), and the reader sees one address.
ENDS_AN_ADDRESS_TO_A_READER = (
    "\\s" + INVISIBLE_CHARACTERS + PROSE_DASHES
    + "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe6f"
    "\uff00-\uffef"  # CJK and its punctuation; scripts without spaces
    "\u00ab\u00bb\u2018-\u201f\u2039\u203a\u2045\u2046\u207d\u207e\u208d\u208e\u2308-\u230b\u2329\u232a"
    "\u2768-\u2775\u27c5\u27c6\u27e6-\u27ef\u2983-\u2998\u29d8-\u29db\u29fc\u29fd\u2e22-\u2e29"  # brackets, quotes
    "\u2460-\u249b\u24ea-\u24ff\u2776-\u2793"  # numbers in circles and brackets
    "\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f"  # arrows
    "\u2022\u2023\u204c\u204d\u25a0-\u25ff\u2025\u2026")  # bullets and shapes, ellipses
# One such character a browser reads into a host, and one of them that is a letter or a digit (the scan and the check read
# both: scan._GLUED_INTO_A_HOST, check._the_address_among_words)
READ_INTO_A_HOST = f"[^\\x00-\\x7f{ENDS_AN_ADDRESS_TO_A_READER}]"
LETTER_READ_INTO_A_HOST = f"[^\\W_\\x00-\\x7f{ENDS_AN_ADDRESS_TO_A_READER}]"
# Beside a dot, at a label's edge, the look-alikes read as if they were not there ("www.−bitget.com", "www.bitget·.com")
_LOOKALIKE_BESIDE_A_DOT = re.compile(f"(?<=\\.)[{DOT_LOOKALIKES}{HYPHEN_LOOKALIKES}{PROSE_DASHES}]+(?=[{_HOST_LETTER}])"
                                     f"|(?<=[{_HOST_LETTER}])[{DOT_LOOKALIKES}{HYPHEN_LOOKALIKES}]+(?=\\.)")
_SCHEME_AS_WRITTEN = r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:(?://|[/\\\\]{2}))?"
_HOST_AS_WRITTEN = re.compile(rf"^{_SCHEME_AS_WRITTEN}(?:[^/?#\\\\@]*@)?(?P<host>[^/?#\\\\]*)")


# A web address's userinfo up to its last '@', as a browser splits it: its delimiters are ASCII only
_USERINFO_AS_WRITTEN = re.compile(rf"^(\s*{_SCHEME_AS_WRITTEN})([^/?#\\\\]*)@")
_DELIMITERS_AFTER_NFKC = re.compile(r"[/?#\\\\]")


def _userinfo_as_a_browser_encodes_it(raw: str) -> tuple[str, str, str]:
    """(`raw` with its userinfo percent-encoded where NFKC would make a delimiter of one of its characters, the userinfo so
    encoded, as written), or (`raw`, "", "") where nothing is.

    A browser splits an address into its parts before it maps a character (the WHATWG URL standard): in
    "https://paypal.com＼@evil.com" the full-width backslash is no delimiter but a character of the userinfo, which it
    percent-encodes, and the address opens evil.com (Chromium and Node's URL alike). NFKC first makes it a backslash, a
    delimiter, and the address paypal.com's: official. So do ／, ？ and ＃ there."""
    if raw.isascii() or "@" not in raw:
        return raw, "", ""  # nearly every address
    written = _USERINFO_AS_WRITTEN.match(raw)
    if written is None or written.group(2).isascii() \
            or not _DELIMITERS_AFTER_NFKC.search(unicodedata.normalize("NFKC", written.group(2))):
        return raw, "", ""  # ("客服@alipay.com" keeps its name as written)
    userinfo = "".join(character if character.isascii() else quote(character) for character in written.group(2))
    return written.group(1) + userinfo + raw[written.end(2):], userinfo.strip(), written.group(2).strip()


def _lookalike_character_in_host(raw: str) -> CharacterLookalikeInHost | None:
    """What `SlashLookalikeInHost`, `DotLookalikeInHost` or `HyphenLookalikeInHost` says of `raw` (in that order), where its
    host as a browser splits it holds such a character."""
    if raw.isascii():
        return None  # nearly every address
    host = _HOST_AS_WRITTEN.match(raw.strip()).group("host")
    if (slash := _SLASH_LOOKALIKE.search(host)) is not None and slash.start() > 0:
        return SlashLookalikeInHost(clean_text(host[:slash.start()]).strip().lower(), slash.group())
    found = DOT_LOOKALIKE_IN_A_HOST.search(host) or HYPHEN_LOOKALIKE_IN_A_HOST.search(host) or _PROSE_DASH_AFTER_A_DOT.search(host)
    if found is None:
        return None
    shown = HYPHEN_LOOKALIKE_IN_A_HOST.sub("-", DOT_LOOKALIKE_IN_A_HOST.sub(".", _LOOKALIKE_BESIDE_A_DOT.sub("", host)))
    shown = clean_text(shown).strip().lower()
    return (DotLookalikeInHost if found.re is DOT_LOOKALIKE_IN_A_HOST else HyphenLookalikeInHost)(shown, found.group())


class Sender(NamedTuple):
    name: str  # the display name, unquoted ("" when there is none)
    address: str


# (after the header a mail's text copies it with: "From: PayPal <service@paypal.com>", "发件人：…")
_SENDER = re.compile(r"(?:(?:from|sender|reply-to|发件人|發件人|寄件人)[ \t]*[:：][ \t]*)?(?P<name>[^<>]*?)\s*<(?P<address>[^<>\s]+)>",
                     re.IGNORECASE)


def sender(text: str) -> Sender | None:
    """A sender as mail shows one, 'PayPal <service@paypal.com>': its display name and address."""
    shown = _SENDER.fullmatch(text.strip())
    return Sender(shown["name"].strip().strip('"\'').strip(), shown["address"]) if shown else None


_EMAIL_ADDRESS = re.compile(r"[^@\s/:\\]+@[^@\s/\\]+")  # a backslash makes it a web address (see _read_domain)
# (a mailbox's name in quotes may hold any character, an '@' too, RFC 5321: '"service@paypal.com"@evil.net' is mail to evil.net)
_QUOTED_MAILBOX_ADDRESS = re.compile(r'"[^"\n]{1,64}"@[^@\s/\\"]+')
_BARE_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_IP_LIKE_HOST = re.compile(r"\[?[0-9A-Fa-f:.]+(%\w+)?\]?")


# A host whose last label is a number (decimal, or hex after 0x): a browser reads it as an IPv4 address (the WHATWG
# URL standard's "ends in a number"), however it is written
_ENDS_IN_A_NUMBER = re.compile(r"(?:[^.]*\.){0,3}(?:[0-9]+|0[xX][0-9A-Fa-f]*)\.?")
_IPV4_PART = {16: re.compile(r"[0-9A-Fa-f]*"), 8: re.compile(r"[0-7]+"), 10: re.compile(r"[0-9]+")}


def browser_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a browser opens for a host that ends in a number, by the WHATWG URL standard's IPv4 parser:
    1 to 4 parts, each decimal, hex after 0x, or octal after a leading 0, the last filling the bytes left
    (http://0x2d4d0c22/ and http://760024098/ go to 45.77.12.34, http://0255.0.0.1/ to 173.0.0.1). None where a browser
    refuses the host."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        if part[:2].lower() == "0x":
            digits, base = part[2:], 16
        elif len(part) > 1 and part[0] == "0":
            digits, base = part[1:], 8
        else:
            digits, base = part, 10
        if not part or not _IPV4_PART[base].fullmatch(digits):
            return None
        numbers.append(int(digits, base) if digits else 0)
    if any(number > 255 for number in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1] + sum(number * 256 ** (3 - position) for position, number in enumerate(numbers[:-1]))
    return ipaddress.IPv4Address(value)


_NOT_WEB_SCHEME = re.compile(r"(javascript|vbscript|data|file|blob|about|chrome|intent):", re.IGNORECASE)


# How security warnings and threat reports write an address so that no one opens it by mistake ("defanged"):
# hxxps://paypal-verify[.]com, support[@]paypal[.]com, evil(dot)com, https[:]//…. People paste them as written.
_DEFANGED_SCHEME = re.compile(r"^h(?:xx|\*\*)p(s?)(?=\[?:)", re.IGNORECASE)
_REFANGED = {"[.]": ".", "(.)": ".", "{.}": ".", "[dot]": ".", "(dot)": ".", "{dot}": ".", "[:]": ":", "[://]": "://",
             "[@]": "@", "(@)": "@", "[at]": "@", "(at)": "@"}
DEFANGING_MARKS = tuple(_REFANGED)  # (what a page scan looks for, to find such addresses around them)
# (a mark may stand between spaces, as forums write an address past their filters: "service [at] paypal [dot] com")
_DEFANGED_MARKS = re.compile(r"[ \t]?(" + "|".join(map(re.escape, _REFANGED)) + r")[ \t]?", re.IGNORECASE)


def refanged(text: str) -> str | None:
    """The address a defanged one stands for (hxxps://paypal-verify[.]com → https://paypal-verify.com); None when
    `text` is not written so."""
    if "[" not in text and "(" not in text and "{" not in text and text[1:3].lower() not in ("xx", "**"):  # nearly all
        return None
    marked = _DEFANGED_MARKS.sub(lambda mark: _REFANGED[mark.group(1).lower()], text)
    unschemed = _DEFANGED_SCHEME.sub(lambda scheme: "http" + scheme.group(1), marked)
    return unschemed if unschemed != text else None


# An address spelled out in words, as people write one to keep it from harvesters (and scams to get it past filters):
# "support at paypal dot com", "recovery at gmail dot com", "paypal-help dot com", "www点xxx点com" (past WeChat's link
# blocking); or with spaces around its dots, as posts write one past a forum's or a platform's link filter:
# "metamask-restore . com", "www. binance-support. com"
# (each way of writing a dot begins differently: with two that both read " . ", a value that is no address took exponential
# time to refuse, a minute for 300 characters of "a . a . …")
_SPELLED_SEPARATOR = r"(?:\s+dot\s+|\s*点\s*|\s+\.\s*|\.\s+)"
# and a mailbox's '@' as Chinese pages write it to keep it from harvesters, "kefu艾特alipay-help.cn" (艾特, said "at"),
# "kefu圈aalipay-help.cn", "kefu#alipay-help.cn" ("#换成@"), its domain's dots then plain or spelled alike (a domain with
# Chinese characters in it was read: xn--kefualipay-help-….cn)
_SPELLED_AT = r"(?:\s+at\s+|\s*(?:艾特|圈[aA]|[#＃@＠])\s*)"
_SPELLED_ADDRESS = re.compile(r"\s*(?:(?P<mailbox>[A-Za-z0-9._%+-]+)(?P<at>" + _SPELLED_AT + r"))?(?P<host>[A-Za-z0-9-]+(?:(?:"
                              + _SPELLED_SEPARATOR + r"|\.(?!\s))[A-Za-z0-9-]+)+)\s*", re.IGNORECASE)
_SPELLED_DOT = re.compile(_SPELLED_SEPARATOR, re.IGNORECASE)
_SPELLED_IN_WORDS = re.compile(r"\s(dot|at)\s|点|艾特|圈[aA]|[#＃]", re.IGNORECASE)


def spelled_out(text: str) -> tuple[str, str] | None:
    """The address a value spells in words or spaces out stands for ("support at paypal dot com" → support@paypal.com,
    "metamask . io" → metamask.io) and how it was written ("words" or "spaces"), or None."""
    if (spelled := _SPELLED_ADDRESS.fullmatch(text)) is None:
        return None
    if not _SPELLED_DOT.search(spelled.group("host")) and (spelled.group("at") or "").strip().lower() in ("", "at", "@", "＠"):
        return None  # (an address as written, "paypal.com", "help@paypal.com", or "mail at paypal.com": words)
    host = _SPELLED_DOT.sub(".", spelled.group("host"))
    address = f"{spelled.group('mailbox')}@{host}" if spelled.group("mailbox") else host
    return address, "words" if _SPELLED_IN_WORDS.search(text) else "spaces"


# The fields of a mail link that add recipients (RFC 6068 §2); subject=, body= and the rest add none
_RECIPIENT_FIELDS = frozenset({"to", "cc", "bcc"})
_RECIPIENTS_SHOWN = 3
# The most addresses or numbers of one mail or text-message link a page scan judges one by one; a link to more is none
# judged, as the check refuses it naming its count (a page's one link to 50,000 addresses would be 50,000 verdicts)
MAX_LINK_RECIPIENTS = 10


def recipients_listed(recipients: list[str], width: int) -> str:
    """The first of a link's recipients, as an answer names them: "a, b, c, …", each cut to `width` characters."""
    more = ", …" if len(recipients) > _RECIPIENTS_SHOWN else ""
    return ", ".join(recipient[:width] for recipient in recipients[:_RECIPIENTS_SHOWN]) + more


def mail_link_recipients(link: str) -> list[str]:
    """The addresses a mailto: link writes to, each once, in order: those before its '?', and those its to=, cc= and
    bcc= fields add ("mailto:service@paypal.com?bcc=x@evil.com" mails evil.com too), percent-decoded and split at
    commas as a mail client reads them (a '+' is a '+', as in x+tag@evil.com, not a space as in a web form's query)."""
    to, _, fields = link[7:].partition("?")
    written = [to] + [value for name, _, value in (field.partition("=") for field in fields.split("&"))
                      if unquote(name).strip().lower() in _RECIPIENT_FIELDS]
    recipients = (address.strip() for part in written for address in unquote(part).split(","))
    return list(dict.fromkeys(address for address in recipients if address))


# A link that dials or texts a number, copied from a page: tel:+1-888-221-1161;ext=5, sms:95188?body=…, callto:
DIAL_LINK = re.compile(r"(?P<scheme>tel|sms|callto):(?://)?", re.IGNORECASE)
# (a tel: URI's parameters, RFC 3966: ";ext=5", ";phone-context=example.com", ";isub=…")
_LINK_PARAMETERS = re.compile(r";[A-Za-z][A-Za-z0-9-]*(?:=[^;,]*)?")
_BETWEEN_TEXTED_NUMBERS = re.compile(r"[,;]")
# Where an sms: link's recipients end: its query (RFC 5724's "?body=…"), or the "&body=…" that iOS 8 and later read as the
# message in place of a query ("sms:95188&body=hi", as sites write it for iPhones, was "95188" with digits added, a
# look-alike of Alipay's own)
_END_OF_RECIPIENTS = re.compile(r"\?|&[A-Za-z][A-Za-z0-9-]*=")


def dial_link_numbers(link: str) -> list[str] | None:
    """The numbers a tel:, sms: or callto: link dials or texts, as written in it; None for no such link. A tel: link dials
    one, its parameters left out; an sms: link texts each of its recipients, between commas (RFC 5724) or semicolons, as
    Android's messaging apps read them ("sms:+18882211161;+18445550123" texts a second number: it was PayPal's alone), up
    to its message (`_END_OF_RECIPIENTS`)."""
    if (dial := DIAL_LINK.match(link)) is None:
        return None
    if dial.group("scheme").lower() != "sms":
        return [link[dial.end():].split("?", 1)[0].split(";", 1)[0].strip()]
    numbers = _END_OF_RECIPIENTS.split(link[dial.end():], 1)[0]
    recipients = (unquote(recipient).strip() for recipient in _BETWEEN_TEXTED_NUMBERS.split(_LINK_PARAMETERS.sub("", numbers)))
    return [recipient for recipient in recipients if recipient]


# A path's dot segments, as the WHATWG URL standard knows them, written plain or percent-encoded
_SINGLE_DOT_SEGMENTS = frozenset({".", "%2e"})
_DOUBLE_DOT_SEGMENTS = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})


def path_as_a_browser_resolves_it(path: str) -> str:
    """A web address's path with its dot segments resolved, as a browser does before it asks for the page (the WHATWG URL
    standard's path state): https://twitter.com/metamasksupport/../scammer opens twitter.com/scammer, and was MetaMask's
    account, official."""
    if "." not in path and "%" not in path:
        return path  # (nearly every path)
    segments = path.split("/")[1:]
    resolved: list[str] = []
    for position, segment in enumerate(segments, 1):
        if (lowered := segment.lower()) in _DOUBLE_DOT_SEGMENTS:
            if resolved:
                resolved.pop()
            if position == len(segments):
                resolved.append("")  # ("/a/b/.." is "/a/": the slash stays)
        elif lowered in _SINGLE_DOT_SEGMENTS:
            if position == len(segments):
                resolved.append("")
        else:
            resolved.append(segment)
    return "/" + "/".join(resolved)


def read_domain(raw: str) -> DomainInput:
    """A domain, URL or email address → its canonical host; raises NotADomain with a readable reason."""
    return DomainInput._make(_read_domain(raw))


@lru_cache(maxsize=canonical.CACHE_SIZE)
def _read_domain(raw: str) -> tuple:
    """read_domain's fields as a plain tuple of strings: the garbage collector leaves such tuples out of its
    full passes (a tuple subclass it walks every time), and a stream of new domains fills this cache."""
    if (lookalike := _lookalike_character_in_host(raw)) is not None:
        # (before NFKC, which makes ／ a '/' that a browser's URL parser never saw: the address was paypal.com's, official;
        # and ․ a '.', which a browser does not read either)
        raise lookalike
    raw_encoded, encoded_userinfo, written_userinfo = _userinfo_as_a_browser_encodes_it(raw)
    text = clean_text(raw_encoded).strip()
    if text[:7].lower() == "mailto:":  # a mail link: the address it writes to, without its ?subject=…
        recipients = mail_link_recipients(text)
        if len({recipient.rpartition("@")[2].lower() for recipient in recipients}) > 1:
            # ("mailto:x@evil.com,service@paypal.com" was PayPal's, official: the first address read as a URL's user part)
            raise NotADomain(f"a mail link to {len(recipients)} addresses ({recipients_listed(recipients, 60)}): "
                             "mail sent through it goes to each of them; check them one at a time")
        text = recipients[0] if recipients else ""
    if not text:
        raise NotADomain("empty")
    kind = "website"
    userinfo = None
    path = query = mailbox = ""
    if "@" in text and (_EMAIL_ADDRESS.fullmatch(text) or _QUOTED_MAILBOX_ADDRESS.fullmatch(text)) and "://" not in text:
        mailbox, host_text = text.rsplit("@", 1)
        kind = "email_domain"
        if not mailbox:
            raise NotADomain("an email address needs a name before the '@'")
        if "." in mailbox:
            userinfo = mailbox  # "paypal.com@evil.com" shows a brand where the reader looks first
        if host_text[:1] == "[" and host_text[-1:] == "]":
            # an address literal (RFC 5321 §4.1.3): [45.33.12.1], or [IPv6:2001:db8::1] with its tag
            literal = host_text[1:-1]
            literal = literal[5:] if literal[:5].lower() == "ipv6:" else literal
            try:
                address = ipaddress.ip_address(literal)
            except ValueError:
                raise NotADomain(f"{host_text} after the '@' is no IP address") from None
            raise IpAddressHost(address, mailbox=mailbox)
    elif _BARE_HOST.fullmatch(text):
        host_text = text  # a bare host name, the commonest question: nothing for a URL parser to split
    else:
        if scheme := _NOT_WEB_SCHEME.match(text):  # javascript:alert(1) is no host "javascript" with a port
            raise NotADomain(f"{scheme.group(1).lower()}: addresses are not web addresses")
        url = text if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text) else "http://" + text
        try:
            # A browser reads a backslash in a web address as '/' (the WHATWG URL standard, for http and
            # https, the only schemes taken here): https://evil.net\@paypal.com goes to evil.net.
            parts = urlsplit(url.replace("\\", "/"))
            host_text = parts.hostname or ""
            _ = parts.port  # raises for a port that is not a number
        except ValueError as error:
            # (urllib's own words, "Port could not be cast to integer value as 'alert(1)'", are for programmers)
            raise NotADomain("not a web address: what follows its ':' is no port number" if "port" in str(error).lower()
                             else "not a web address: its host is not written as one") from None
        if parts.scheme.lower() not in {"http", "https"}:
            raise NotADomain(f"{parts.scheme}: addresses are not web addresses")
        if "@" in parts.netloc:
            userinfo = parts.netloc.rsplit("@", 1)[0]
        path, query = path_as_a_browser_resolves_it(parts.path or ""), parts.query
        # A browser percent-decodes a web address's host before reading it (the WHATWG URL standard):
        # https://paypal.com%2eevil.net goes to paypal.com.evil.net.
        host_text = unquote(host_text) if "%" in host_text else host_text
    if not host_text:
        raise NotADomain("no host name in it")
    if "://" in text and _ENDS_IN_A_NUMBER.fullmatch(host_text) and (address := browser_ipv4(host_text)) is not None \
            and str(address) != host_text:
        raise IpAddressHost(address, path=path, query=query, userinfo=userinfo, written=host_text)
    if _IP_LIKE_HOST.fullmatch(host_text):  # only these can be addresses; trying every host costs 10 µs
        try:
            address = ipaddress.ip_address(host_text.strip("[]"))
        except ValueError:
            pass
        else:  # (NotADomain is a ValueError: raised inside the try, it would be swallowed)
            # support@45.33.12.1, as people write it without RFC 5321's brackets, is mail all the same
            raise IpAddressHost(address, path=path, query=query, userinfo=None if mailbox else userinfo, mailbox=mailbox)
    try:
        host = canonical.canonical_host(host_text)
    except canonical.NotCanonical as error:
        # (a symbol in a host: "www.★paypal.com" was "characters no domain name can have", and no finding in a page,
        # where a browser opens www.xn--paypal-948c.com)
        if host_text.isascii() or (host := canonical.browser_host(host_text)) is None:
            raise NotADomain(str(error)) from None
    if not canonical.public_suffix(host):
        raise NotADomain(f"{host} does not end in a public suffix (.com, .cn, .io …)")
    if encoded_userinfo:  # (shown as it was written: "paypal.com＼", not the browser's "paypal.com%EF%BC%BC")
        userinfo = userinfo and userinfo.replace(encoded_userinfo, written_userinfo)
        mailbox = mailbox.replace(encoded_userinfo, written_userinfo)
    return raw, host, canonical.unicode_host(host), canonical.registrable_domain(host), kind, userinfo, path, query, mailbox


class AppInput(NamedTuple):
    value: str  # STORE:ID, as the registry writes an app
    name: str  # what the store page's address calls the app ("trust-ethereum-wallet"), or its package name


_APP_STORE_HOSTS = {"apps.apple.com": "ios", "itunes.apple.com": "ios", "play.google.com": "android",
                    "chromewebstore.google.com": "chrome", "chrome.google.com": "chrome",
                    "addons.mozilla.org": "firefox", "microsoftedge.microsoft.com": "edge"}
_APPLE_APP_PATH = re.compile(r"/(?:[A-Za-z]{2}/)?app/(?:(?P<name>[^/]+)/)?id(?P<id>\d{1,20})/?")
# A Chrome Web Store item: chromewebstore.google.com/detail/<name>/<id>, or the older chrome.google.com/webstore/…;
# an extension's id is 32 letters a to p
_CHROME_ITEM_PATH = re.compile(r"/(?:webstore/)?detail/(?:(?P<name>[^/]+)/)?(?P<id>[a-p]{32})/?")
# An Edge Add-ons item: microsoftedge.microsoft.com/addons/detail/<name>/<id>, an id as Chrome's
_EDGE_ITEM_PATH = re.compile(r"/addons/detail/(?:(?P<name>[^/]+)/)?(?P<id>[a-p]{32})/?")
# A Firefox Add-ons item: addons.mozilla.org/<locale>/firefox/addon/<slug>/ (or …/android/addon/…, on any of its tabs).
# The slug is the add-on's name in the store: what a fake imitates, and the address the store always shows for it
_FIREFOX_ITEM_PATH = re.compile(r"/(?:[A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?/)?(?:firefox|android)/addon/(?P<id>[^/]+)(?:/.*)?")
_FIREFOX_SLUG = re.compile(r"[a-z0-9._-]{1,200}")


# An Android app's package name written alone ("com.ledger.live", "io.metamask"), as a phone's app settings or an APK's
# details show it: reverse-DNS, its first part com, org, net or io, which almost no web host's name starts with (a
# country's code does: cn.bing.com). Read as a host, Ledger Live's own package was "Ledger's name with another ending".
PACKAGE_NAME = re.compile(r"(?:com|org|net|io)(?:\.[A-Za-z][A-Za-z0-9_]*)+")


def read_app(text: str) -> AppInput | None:
    """The app an app store's page shows, or the app written STORE:ID; None for anything else. An App Store
    page (apps.apple.com or itunes.apple.com, …/app/<name>/id<digits>) is ios:<digits>, a Google Play page
    (play.google.com/store/apps/details?id=<package>) android:<package>, a Chrome Web Store page
    (chromewebstore.google.com/detail/<name>/<id>) chrome:<id>, an Edge Add-ons page edge:<id> as Chrome's, a Firefox
    Add-ons page (addons.mozilla.org/…/firefox/addon/<slug>/) firefox:<slug>. A store carries anyone's apps,
    fakes named after real providers among them: the address says which app, not whose. Raises NotAnApp for
    a store's app page that does not say which app."""
    text = clean_text(text).strip()
    if written := canonical.APP_ID.fullmatch(text):
        return AppInput(text, written["id"])
    lowered = text.lower()
    if "apple.com" not in lowered and "play.google.com" not in lowered and "chrome" not in lowered \
            and "addons." not in lowered and "microsoftedge" not in lowered:
        return None  # most values: no store's address
    try:  # (a backslash is a slash to a browser, see _read_domain)
        parts = urlsplit((text if "://" in text else "https://" + text).replace("\\", "/"))
        store = _APP_STORE_HOSTS.get((parts.hostname or "").lower())
    except ValueError:
        return None
    parts = parts._replace(path=path_as_a_browser_resolves_it(parts.path))  # (the app the store opens)
    if store == "ios" and (page := _APPLE_APP_PATH.fullmatch(parts.path)):
        return AppInput(f"ios:{page['id']}", unquote(page["name"] or ""))
    if store == "android" and parts.path.rstrip("/") == "/store/apps/details":
        package = (parse_qs(parts.query).get("id") or [""])[0]
        if canonical.APP_ID.fullmatch("android:" + package):
            return AppInput("android:" + package, package)
    item_path = {"chrome": _CHROME_ITEM_PATH, "edge": _EDGE_ITEM_PATH}.get(store)
    if item_path and (item := item_path.fullmatch(parts.path)):
        return AppInput(f"{store}:{item['id']}", unquote(item["name"] or ""))
    if store == "firefox" and (item := _FIREFOX_ITEM_PATH.fullmatch(parts.path)):
        if not _FIREFOX_SLUG.fullmatch(slug := unquote(item["id"]).lower()) or slug.isdigit():
            # (…/addon/{d10d0bf8-…}/, …/addon/webextension@metamask.io/ or …/addon/123456/: the store sends these to
            # the add-on's name)
            raise NotAnApp("a Firefox add-on's page by its internal id: paste the address the store shows for it "
                           "(…/firefox/addon/<name>/)")
        return AppInput(f"firefox:{slug}", slug)
    if (store == "ios" and "/app/" in parts.path) or (store == "android" and parts.path.startswith("/store/apps/details")) \
            or (store in ("chrome", "edge") and "/detail/" in parts.path) or (store == "firefox" and "/addon/" in parts.path):
        # an app's page, but which app? Not the store's own page, whose domain is Apple's or Google's
        raise NotAnApp("an app store page without the app's id: paste the whole address (…/id1288339409, …?id=com.example.app)")
    return None


class NotAnApp(ValueError):
    pass


# Letters of other scripts that read as Latin ones, in lower case (a curated subset of Unicode's confusables). A capital's
# look-alike is its small letter's here, as text is compared in lower case: Cyrillic В is B, so в is b ("Вinance").
LATIN_LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
    "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y",
    "ɑ": "a", "ɡ": "g", "ⅼ": "l",
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ϲ": "c", "ϳ": "j",
    # Armenian's (binaոce.com, cօinbase.com were unknown: no look-alike of anything)
    "ա": "w", "գ": "q", "զ": "q", "հ": "h", "ո": "n", "ռ": "n", "ս": "u", "ց": "g", "ք": "f", "օ": "o",
})
# ... and, for the look-alike skeleton, the digits and signs that do ("paypa1", "c0inbase", "!")
_CONFUSABLES = {**LATIN_LOOKALIKES, **str.maketrans({"0": "o", "1": "l", "!": "i", "$": "s"})}


_ASCII_CONFUSABLES = bytes.maketrans(
    "".join(key for key in map(chr, _CONFUSABLES) if key.isascii()).encode("ascii"),
    "".join(value for key, value in ((chr(k), v) for k, v in _CONFUSABLES.items()) if key.isascii()).encode("ascii"))


def skeleton(label: str) -> str:
    """A form in which confusable spellings of the same name coincide (pаypal, paypa1, metarnask → same)."""
    text = label.lower()
    if text.isascii():  # nothing to decompose, no combining marks; a byte table maps it in C
        text = text.encode("ascii").translate(_ASCII_CONFUSABLES).decode("ascii")
    else:
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        text = text.translate(_CONFUSABLES)
    # q for g (leqder.com) reads alike in most fonts, as do rn/m, vv/w and i/l.
    return text.replace("rn", "m").replace("vv", "w").replace("i", "l").replace("q", "g")
