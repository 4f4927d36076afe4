"""Write the page-scan benchmark input: a ~100 KB mixed Chinese/English page and its truth file.

    python bench/make_scan_page.py OUT.txt        # writes OUT.txt and OUT.truth.json

The page is plain UTF-8 text meant to be scanned with region CN (the truth file says so). It carries 50 true
phone numbers of every kind pages use (international, US toll-free followed by "(24/7)", CN mobiles and
landlines, 400 numbers, HK numbers with +852, UK numbers, and obfuscated ones: full-width and mathematical
digits, letters O/l for 0/1, odd separators, digits split by emoji) and 8 registry short codes of CN, embedded in
filler text, plus decoys that are not phone numbers (IP addresses, dates, times, prices, order and tracking
numbers, version strings, years, percentages, ID-like numbers).

The truth file lists, for every true number, its canonical value (E.164, or REGION:DIGITS for a short code), the
exact raw text placed in the page and its offset (`start`, in characters of the decoded text), and lists every
decoy the same way. Everything comes from one fixed seed, so the same command always writes the same bytes.

Standard library only; when `phonenumbers` is importable (it is in the project's virtualenv) every true phone
number is double-checked with `is_valid_number`, and national CN formats with parse(raw, "CN").
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261122
TARGET_BYTES = 100_000
REGION = "CN"

# Short codes of CN that are channels in registry/data/providers/*.yaml (checked at generation when the files are
# there). 12378 is left out to keep the count at eight; 12321 is not a short code in the registry (its channel is the
# landline +86 10 12321).
SHORT_CODES = ["95188", "95017", "95516", "96110", "110", "12381", "12315", "12363"]
# Numbers that must never appear on their own in filler or decoys (all CN registry short codes).
RESERVED_STANDALONE = {"95188", "95017", "95516", "96110", "110", "12381", "12315", "12363", "12378", "159", "7726"}

FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
DOUBLE_STRUCK = {str(d): chr(0x1D7D8 + d) for d in range(10)}  # 𝟘..𝟡
BOLD = {str(d): chr(0x1D7CE + d) for d in range(10)}  # 𝟎..𝟗


# --------------------------------------------------------------------------------------------------------------
# Filler text: no digits, no domains, no e-mail addresses.
# --------------------------------------------------------------------------------------------------------------

ZH_FILLER = [
    "随着移动支付的普及，越来越多的人习惯用手机完成日常付款。",
    "遇到账户问题时，很多用户的第一反应是上网搜索客服电话。",
    "然而搜索结果里混杂着大量冒充客服的号码，稍不注意就会上当。",
    "建议大家只通过官方应用或者官网公布的渠道联系客服。",
    "正规客服不会主动要求你下载陌生软件，也不会催你马上操作。",
    "如果对方准确说出了你的姓名和购物信息，也不代表对方就是真客服。",
    "很多骗局都从一通自称客服的电话开始，先制造紧张，再一步步引导。",
    "遇到拿不准的情况，可以先挂断电话，再自己查询核实。",
    "家里的老人和孩子更容易相信陌生来电，平时要多提醒他们。",
    "本文内容整理自网友投稿和公开报道，仅供参考。",
    "有读者留言说，自己在搜索引擎里找到的号码竟然是假的。",
    "商家一般会在订单页面写明售后联系方式，可以优先使用。",
    "节假日期间客服来电量大，排队时间可能会比平时更长。",
    "如果已经发生资金损失，要第一时间保留聊天记录和付款凭证。",
    "下面我们按照不同场景，把常见的联系方式整理给大家。",
    "小编亲自拨打了其中几个号码，记录了接通情况和等待时间。",
    "跨境购物时，海外平台的客服电话往往需要国际长途。",
    "部分平台只提供在线客服，没有人工电话，请以官方说明为准。",
    "收到陌生短信里的链接，不要点击，更不要填写个人信息。",
    "以下信息如有变动，请以各平台最新公告为准。",
    "有网友反映，某些号码打过去之后会被要求添加好友再处理。",
    "客服人员核实身份时，一般只会询问注册手机号的后几位。",
    "购买二手商品时，尽量使用平台担保交易，不要私下付款。",
    "物流信息异常时，可以在快递公司的官方应用里查询。",
    "如果发现网页地址和官网不一样，请立即关闭页面。",
    "很多用户分不清官方客服和第三方代理，这一点需要特别注意。",
    "我们也欢迎读者把遇到的可疑号码发给编辑部，帮助更多人避坑。",
    "不同地区的服务时间可能不同，拨打前可以先查看说明。",
]

EN_FILLER = [
    "Finding the right support contact should be easy, but search results are full of copycat listings.",
    "Many readers told us they called a number from an ad and reached someone who was not the company at all.",
    "The safest habit is to open the official app and look for the contact page yourself.",
    "Real support agents will not rush you or ask you to install software you do not know.",
    "If a caller already knows your name and recent purchases, that still does not prove who they are.",
    "We checked each listing below and noted what happened when we called.",
    "Hold times vary a lot during holidays, so be patient and keep your order details at hand.",
    "Some services only offer chat or e-mail support and have no phone line at all.",
    "When in doubt, hang up and call back using a number you found on your own.",
    "This guide is updated whenever readers send us corrections.",
    "International calls can be expensive, so check the rates with your carrier first.",
    "Keep screenshots of any suspicious messages before you delete them.",
    "Shops usually print their after-sales contact on the invoice or the order page.",
    "Older relatives are often the first target of fake support calls, so talk to them about it.",
    "If money has already left your account, contact your bank without delay.",
    "Below you will find the contacts grouped by region and by type of service.",
    "Several listings turned out to be call centres that resell support to many brands.",
    "A page that looks official is not necessarily run by the company it names.",
    "We removed a number of entries after readers reported them as fake.",
    "Read the address bar carefully before you type any personal details.",
    "Support lines in different countries keep different hours.",
    "Some readers prefer e-mail because it leaves a written record.",
    "Delivery problems are best handled through the courier's own tracking page.",
    "Never share one-off login prompts or approval requests with anyone on the phone.",
    "Unexpected texts with links should be treated as suspicious until proven otherwise.",
    "Our editors called every listing at least twice on different days.",
]

ZH_HEADINGS = ["常见问题", "联系方式汇总", "读者来信", "防骗小贴士", "售后说明", "编辑部提醒", "网友评论", "相关阅读"]
EN_HEADINGS = ["Frequently asked questions", "Contact list", "Reader mail", "Safety tips", "After-sales",
               "Editor's note", "Comments", "Related reading"]

# Sentences that carry a true number {n}. No other digits.
ZH_NUMBER = [
    "如需人工服务，请拨打客服热线{n}，接通后按语音提示操作。",
    "商家售后电话：{n}（工作日接听）。",
    "有网友反映，{n} 这个号码自称客服打来电话，请注意核实。",
    "联系电话 {n}，联系人：王先生。",
    "门店电话：{n}，到店前请先电话预约。",
    "海外用户可以拨打 {n} 咨询，可能产生国际长途费用。",
    "投诉与建议请致电{n}，我们会尽快回复。",
    "编辑部实测：{n} 可以接通，等待时间较短。",
]
EN_NUMBER = [
    "For help, call the support line at {n} and follow the prompts.",
    "Customer care: {n}",
    "A reader reported a call from {n} claiming to be a bank.",
    "Phone: {n} · Mon–Fri",
    "Questions? Reach the front desk on {n}.",
    "Overseas callers can dial {n}; international rates apply.",
    "Our editors got through on {n} after a short wait.",
    "The listing we found gives {n} as the after-sales number.",
]
TOLL_FREE_247 = [
    "Toll-free support: {n} (24/7)",
    "Call {n}(24/7) for help with your order.",
    "客服热线 {n} (24/7) 全天候服务。",
    "The ad says to call {n} (24/7) for a live agent.",
    "美国免费电话：{n}(24/7)，英文服务。",
    "Support desk {n} (24/7) — English and Spanish.",
]
ZH_SHORT = [
    "官方客服电话为{n}，请认准。",
    "拨打{n}咨询，按语音提示转人工。",
    "接到{n}来电请及时接听。",
    "可以拨打官方号码（{n}）核实。",
]
EN_SHORT = [
    "The official line is {n}, dialled from a mainland number.",
    "Dial {n} from a mainland mobile to reach the official line.",
]


# --------------------------------------------------------------------------------------------------------------
# True numbers.
# --------------------------------------------------------------------------------------------------------------

def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _map(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text)


def _letters(text: str, rng: random.Random) -> str:
    """Replace some 0s by O/o and 1s by l/I, never the first character."""
    out = [text[0]]
    for ch in text[1:]:
        if ch == "0" and rng.random() < 0.7:
            out.append(rng.choice("OOo"))
        elif ch == "1" and rng.random() < 0.7:
            out.append(rng.choice("llI"))
        else:
            out.append(ch)
    return "".join(out)


class Numbers:
    """Makes unique true numbers as (canonical, raw).

    Every number is drawn only from ranges in which every number is valid (measured with phonenumbers when this file
    was written), so the page never depends on whether phonenumbers is installed; it only double-checks.
    """

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: set[str] = set()
        self.us_lines = list(range(100, 200))
        rng.shuffle(self.us_lines)

    def _unique(self, make):
        for _ in range(1000):
            canonical, raw = make()
            if canonical not in self.seen:
                self.seen.add(canonical)
                return canonical, raw
        raise RuntimeError("could not make a unique number")

    def us_geographic(self):
        rng = self.rng

        def make():
            area = rng.choice(["212", "312", "415", "617", "206", "305", "702"])
            line = f"{self.us_lines.pop():04d}"
            national = f"{area}555{line}"
            raw = rng.choice([f"+1 ({area}) 555-{line}", f"1-{area}-555-{line}", f"+1 {area} 555 {line}",
                              f"+1-{area}-555-{line}"])
            return "+1" + national, raw
        return self._unique(make)

    def us_toll_free(self, parts=False):
        rng = self.rng

        def make():
            area = rng.choice(["800", "833", "844", "855", "866", "877", "888"])
            exchange = str(rng.randint(2, 9)) + _digits(rng, 2)
            line = _digits(rng, 4)
            return f"+1{area}{exchange}{line}", (area, exchange, line)
        canonical, (area, exchange, line) = self._unique(make)
        if parts:
            return canonical, (area, exchange, line)
        raw = rng.choice([f"1-{area}-{exchange}-{line}", f"+1 ({area}) {exchange}-{line}",
                          f"+1-{area}-{exchange}-{line}", f"1 ({area}) {exchange} {line}"])
        return canonical, raw

    def cn_mobile(self, parts=False):
        rng = self.rng

        def make():
            prefix = rng.choice(["130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                                 "156", "158", "166", "176", "177", "180", "181", "185", "186", "187", "188", "189",
                                 "198", "199"])
            rest = _digits(rng, 8)
            return f"+86{prefix}{rest}", (prefix, rest)
        canonical, (prefix, rest) = self._unique(make)
        if parts:
            return canonical, (prefix, rest[:4], rest[4:])
        a, b = rest[:4], rest[4:]
        raw = rng.choice([f"{prefix}{rest}", f"{prefix} {a} {b}", f"{prefix}-{a}-{b}", f"+86 {prefix} {a} {b}",
                          f"+86-{prefix}{rest}", f"(+86) {prefix}-{a}-{b}"])
        return canonical, raw

    def cn_landline(self, parts=False):
        rng = self.rng

        def make():
            area = rng.choice(["10", "21", "20", "755", "571", "28", "27", "25"])
            subscriber = str(rng.randint(2, 7)) + _digits(rng, 7)
            return f"+86{area}{subscriber}", (area, subscriber)
        canonical, (area, subscriber) = self._unique(make)
        if parts:
            return canonical, ("0" + area, subscriber[:4], subscriber[4:])
        a, b = subscriber[:4], subscriber[4:]
        raw = rng.choice([f"0{area}-{a}-{b}", f"0{area}-{subscriber}", f"(0{area}) {a} {b}", f"+86 {area} {a} {b}",
                          f"0{area} {subscriber}"])
        return canonical, raw

    def cn_400(self, parts=False):
        rng = self.rng

        def make():
            rest = str(rng.randint(1, 9)) + _digits(rng, 6)
            return f"+86400{rest}", rest
        canonical, rest = self._unique(make)
        if parts:
            return canonical, ("400", rest[:3], rest[3:])
        raw = rng.choice([f"400-{rest[:3]}-{rest[3:]}", f"400 {rest[:3]} {rest[3:]}", f"400{rest}", f"400-{rest}"])
        return canonical, raw

    def hk(self, parts=False):
        rng = self.rng

        def make():
            # Fixed lines 2[13-9]; mobile prefixes that are fully allocated (94, 96, 97, 61, 63, 64, 65).
            head = rng.choice(["2" + rng.choice("13456789"), "94", "96", "97", "61", "63", "64", "65"])
            rest = head + _digits(rng, 6)
            return f"+852{rest}", rest
        canonical, rest = self._unique(make)
        if parts:
            return canonical, (rest[:4], rest[4:])
        raw = rng.choice([f"+852 {rest[:4]} {rest[4:]}", f"+852-{rest[:4]}-{rest[4:]}", f"+852 {rest}"])
        return canonical, raw

    def uk(self, parts=False):
        rng = self.rng

        def make():
            # Ofcom's ranges for drama: 020 7946 0xxx (London), 0161 496 0xxx (Manchester), 0113 496 0xxx (Leeds).
            area, local = rng.choice([("20", "7946 0"), ("161", "496 0"), ("113", "496 0")])
            tail = _digits(rng, 3)
            return "+44" + area + local.replace(" ", "") + tail, (area, local + tail)
        canonical, (area, local) = self._unique(make)
        if parts:
            return canonical, (area, local)
        raw = rng.choice([f"+44 {area} {local}", f"+44 (0){area} {local}", f"+44-{area}-{local.replace(' ', '-')}"])
        return canonical, raw

    def international(self):
        rng = self.rng

        def make():
            country = rng.choice(["SG", "JP", "DE", "AU", "FR", "IN", "CA", "AE"])
            if country == "SG":  # 6[1-578]: fully allocated fixed lines
                r = rng.choice("1234578") + _digits(rng, 6)
                return "+656" + r, f"+65 6{r[:3]} {r[3:]}"
            if country == "JP":
                r = str(rng.randint(3, 6)) + _digits(rng, 7)
                return "+813" + r, f"+81 3-{r[:4]}-{r[4:]}"
            if country == "DE":
                r = str(rng.randint(2, 9)) + _digits(rng, 7)
                return "+4930" + r, f"+49 30 {r}"
            if country == "AU":  # 02 5550 xxxx: ACMA's range for fiction
                r = _digits(rng, 4)
                return "+6125550" + r, f"+61 2 5550 {r}"
            if country == "FR":
                r = str(rng.randint(4, 5)) + _digits(rng, 7)
                return "+331" + r, f"+33 1 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"
            if country == "IN":
                r = _digits(rng, 8)
                return "+9198" + r, f"+91 98{r[:3]} {r[3:]}"
            if country == "CA":  # 555-01xx: fictional
                r = "01" + _digits(rng, 2)
                return "+1416555" + r, f"+1 416-555-{r}"
            r = str(rng.randint(2, 8)) + _digits(rng, 6)
            return "+9714" + r, f"+971 4 {r[:3]} {r[3:]}"
        return self._unique(make)

    # Obfuscated ones -------------------------------------------------------------------------------------------

    def full_width_mobile(self):
        canonical, (prefix, a, b) = self.cn_mobile(parts=True)
        return canonical, _map(f"{prefix} {a} {b}", FULL_WIDTH)

    def double_struck_toll_free(self):
        canonical, (area, exchange, line) = self.us_toll_free(parts=True)
        return canonical, _map(f"1-{area}-{exchange}-{line}", DOUBLE_STRUCK)

    def bold_uk(self):
        canonical, (area, local) = self.uk(parts=True)
        return canonical, _map(f"+44 {area} {local}", BOLD)

    def letters_400(self):
        while True:
            canonical, (head, a, b) = self.cn_400(parts=True)
            raw = _letters(f"{head}-{a}-{b}", self.rng)
            if raw != f"{head}-{a}-{b}":
                return canonical, raw

    def letters_us(self):
        while True:
            canonical, (area, exchange, line) = self.us_toll_free(parts=True)
            raw = f"+1 ({_letters(area, self.rng)}) {_letters(exchange, self.rng)}-{_letters(line, self.rng)}"
            if raw != f"+1 ({area}) {exchange}-{line}":
                return canonical, raw

    def separators_hk(self):
        canonical, (a, b) = self.hk(parts=True)
        return canonical, f"+852 ➽ {a} ➽ {b}"

    def separators_landline(self):
        canonical, (area, a, b) = self.cn_landline(parts=True)
        sep = self.rng.choice(["⧉", "≫", "—", "↹"])
        return canonical, f"{area}{sep}{a}{sep}{b}"

    def separators_mobile(self):
        canonical, (prefix, a, b) = self.cn_mobile(parts=True)
        return canonical, f"{prefix}·{a}·{b}"

    def emoji_toll_free(self):
        canonical, (area, exchange, line) = self.us_toll_free(parts=True)
        return canonical, f"1-{_letters(area, self.rng)}-☎️-{exchange}-{_letters(line, self.rng)}"


def true_numbers(rng: random.Random) -> list[dict]:
    make = Numbers(rng)
    plan = (
        [("international", make.international)] * 8
        + [("hk", make.hk)] * 3
        + [("uk", make.uk)] * 3
        + [("us", make.us_geographic)] * 4
        + [("us_toll_free_247", make.us_toll_free)] * 6
        + [("cn_mobile", make.cn_mobile)] * 7
        + [("cn_landline", make.cn_landline)] * 6
        + [("cn_400", make.cn_400)] * 4
        + [("obf_full_width", make.full_width_mobile), ("obf_double_struck", make.double_struck_toll_free),
           ("obf_bold_digits", make.bold_uk), ("obf_letters_400", make.letters_400),
           ("obf_letters_us", make.letters_us),
           ("obf_separator_hk", make.separators_hk), ("obf_separator_landline", make.separators_landline),
           ("obf_separator_mobile", make.separators_mobile), ("obf_emoji_split", make.emoji_toll_free)]
    )
    numbers = []
    for style, maker in plan:
        canonical, raw = maker()
        numbers.append({"value": canonical, "kind": "phone", "raw": raw, "style": style})
    for code in SHORT_CODES:
        numbers.append({"value": f"{REGION}:{code}", "kind": "short_code", "raw": code, "style": "short_code"})
    return numbers


# --------------------------------------------------------------------------------------------------------------
# Decoys: (kind, raw, sentence templates with {d}).
# --------------------------------------------------------------------------------------------------------------

def _safe_int(rng: random.Random, low: int, high: int) -> int:
    while True:
        value = rng.randint(low, high)
        if str(value) not in RESERVED_STANDALONE:
            return value


def decoys(rng: random.Random) -> list[dict]:
    out: list[tuple[str, str, list[str]]] = []

    def add(kind, raw, templates):
        out.append((kind, raw, templates))

    for _ in range(6):
        add("ip", f"192.168.{rng.randint(0, 9)}.{rng.randint(1, 254)}",
            ["路由器管理地址：{d}，默认账号见机身标签。", "Open the router admin page at {d} to check the settings.",
             "内网服务器 {d} 暂停维护。"])
    for _ in range(4):
        add("ip", f"10.0.{rng.randint(0, 30)}.{rng.randint(1, 254)}",
            ["Gateway {d} did not answer during the outage.", "备用节点 {d} 已切换。"])
    for _ in range(12):
        y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
        raw = rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{m:02d}/{d:02d}/{y}", f"{y}/{m:02d}/{d:02d}",
                          f"{d:02d}.{m:02d}.{y}"])
        add("date", raw, ["发布时间：{d}", "Updated on {d}.", "活动截止日期为{d}。", "The offer ended on {d}."])
    for _ in range(8):
        h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        opening = f"{rng.randint(7, 10)}:00-{rng.randint(17, 22)}:00"
        raw = rng.choice([f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{s:02d}", opening])
        add("time", raw, ["营业时间 {d}。", "The call came in at {d}.", "服务时间：{d}（节假日除外）。"])
    for _ in range(10):
        raw = rng.choice([f"¥{_safe_int(rng, 1, 9)},{_safe_int(rng, 100, 999)}.00", f"${_safe_int(rng, 5, 99)}.99",
                          f"HK${_safe_int(rng, 120, 980)}", f"€{_safe_int(rng, 10, 99)},90",
                          f"￥{_safe_int(rng, 120, 980)}", f"US$ {_safe_int(rng, 1, 9)},{_safe_int(rng, 100, 999)}"])
        add("price", raw, ["售价 {d}，包邮。", "Price: {d} including tax.", "实付金额 {d}。", "A refund of {d} was promised."])
    for _ in range(10):
        template, raw = rng.choice([
            ("订单号：{d}，请妥善保存。", str(rng.randint(2019, 2025)) + _digits(rng, 11)),
            ("Order #{d} was shipped.", rng.choice("ABCDEFGH") + _digits(rng, 7)),
            ("运单号：{d}，可在快递官网查询。", "SF" + _digits(rng, 13)),
            ("快递单号：{d}，请妥善保存。", "77" + _digits(rng, 10)),
            ("Tracking number: {d} (ground shipping).", "1Z" + _digits(rng, 16)),
            ("Order No. {d} was cancelled by the seller.", str(rng.randint(2019, 2025)) + _digits(rng, 9)),
        ])
        add("order", raw, [template])
    for _ in range(8):
        raw = rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                          f"{rng.randint(10, 17)}.{rng.randint(0, 30)}.{rng.randint(1, 9)}",
                          f"10.0.{rng.randint(17000, 22999)}.{rng.randint(1000, 4000)}"])
        add("version", raw, ["请把应用升级到 {d} 或更高版本。", "Update the app to version {d}.", "当前固件版本：{d}。"])
    for _ in range(6):
        raw = rng.choice([str(rng.randint(1990, 2025)), f"{rng.randint(1995, 2010)}–{rng.randint(2020, 2025)}"])
        add("year", raw, ["公司成立于 {d} 年。", "In business since {d}.", "© {d} 版权所有。"])
    for _ in range(6):
        raw = rng.choice([f"{rng.randint(2, 99)}%", f"{rng.randint(1, 9)}.{rng.randint(1, 9)}%",
                          f"{rng.randint(90, 99)}.9%"])
        add("percent", raw, ["投诉量同比下降 {d}。", "About {d} of callers waited less than a few minutes.", "好评率 {d}。"])
    area = rng.choice(["110101", "310104", "440305", "330106"])
    add("id", f"{area}{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}X",
        ["实名认证身份证号：{d}（已脱敏处理前的示例）。"])
    add("id", f"{area}{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 4)}",
        ["身份证号码 {d} 仅用于报关。"])
    tax_id = "9111" + _digits(rng, 4) + "MA0" + rng.choice("123456789")
    tax_id += "".join(rng.choice("ABCDEFGHJK") for _ in range(4))
    add("id", tax_id + "2X", ["购买方税号：{d}。"])
    add("id", f"6222 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}", ["银行卡号：{d}（请勿向他人透露）。"])
    add("id", "0" + _digits(rng, 7), ["发票号码：{d}。"])
    add("id", "WX" + _digits(rng, 5), ["客服工号 {d} 为您服务。"])
    add("id", "SKU ABC" + _digits(rng, 5), ["Item {d} is out of stock."])

    result = []
    for kind, raw, templates in out:
        result.append({"kind": kind, "raw": raw, "template": rng.choice(templates)})
    return result


# --------------------------------------------------------------------------------------------------------------
# Page assembly.
# --------------------------------------------------------------------------------------------------------------

def _number_sentence(rng: random.Random, number: dict) -> str:
    if number["kind"] == "short_code":
        return rng.choice(ZH_SHORT + ZH_SHORT + EN_SHORT)
    if number["style"] == "us_toll_free_247":
        return rng.choice(TOLL_FREE_247)
    return rng.choice(ZH_NUMBER + EN_NUMBER)


def _filler(rng: random.Random, zh: bool, count: int) -> str:
    pool = ZH_FILLER if zh else EN_FILLER
    joiner = "" if zh else " "
    return joiner.join(rng.sample(pool, count))


def build(seed: int = SEED) -> tuple[str, dict]:
    rng = random.Random(seed)
    numbers = true_numbers(rng)
    fakes = decoys(rng)
    events = [("number", n) for n in numbers] + [("decoy", d) for d in fakes]
    rng.shuffle(events)

    chunks: list[str] = []
    offset = 0

    def put(text: str) -> int:
        nonlocal offset
        start = offset
        chunks.append(text)
        offset += len(text)
        return start

    put("客服电话与售后联系方式汇总 · Customer service contacts and after-sales guide\n\n")
    per_event = max(1, (TARGET_BYTES - 6_000) // len(events))
    for index, (what, item) in enumerate(events):
        zh = rng.random() < 0.55
        if index and rng.random() < 0.12:
            put(("## " + rng.choice(ZH_HEADINGS) if zh else "## " + rng.choice(EN_HEADINGS)) + "\n\n")
        before = _filler(rng, zh, rng.randint(1, 3))
        template = _number_sentence(rng, item) if what == "number" else item["template"]
        head, tail = template.split("{n}" if what == "number" else "{d}")
        put(before + ("" if zh else " ") + head)
        item["start"] = put(item["raw"])
        put(tail)
        # Pad the paragraph towards the per-event share of the page.
        paragraph = before + head + item["raw"] + tail
        while len(paragraph.encode("utf-8")) < per_event * rng.uniform(0.6, 1.2):
            extra = _filler(rng, zh, 1)
            paragraph += extra
            put(("" if zh else " ") + extra)
        put("\n\n" if rng.random() < 0.8 else "\n- ")
    while sum(len(c.encode("utf-8")) for c in chunks) < TARGET_BYTES:
        zh = rng.random() < 0.55
        put(_filler(rng, zh, rng.randint(3, 6)) + "\n\n")
    page = "".join(chunks)

    truth = {
        "region": REGION,
        "seed": seed,
        "offsets": "start is an index into the decoded text (code points), not a byte offset",
        "numbers": [{"value": n["value"], "kind": n["kind"], "raw": n["raw"], "start": n["start"], "style": n["style"]}
                    for n in sorted(numbers, key=lambda n: n["start"])],
        "decoys": [{"kind": d["kind"], "raw": d["raw"], "start": d["start"]}
                   for d in sorted(fakes, key=lambda d: d["start"])],
    }
    _verify(page, truth)
    return page, truth


# --------------------------------------------------------------------------------------------------------------
# Checks.
# --------------------------------------------------------------------------------------------------------------

def _ascii_digits(text: str) -> str:
    import unicodedata

    return "".join(str(unicodedata.digit(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in text)


def _verify(page: str, truth: dict) -> None:
    values = [n["value"] for n in truth["numbers"]]
    assert len(values) == len(set(values)), "duplicate true numbers"
    for item in truth["numbers"] + truth["decoys"]:
        assert page[item["start"]:item["start"] + len(item["raw"])] == item["raw"], item
        before = page[item["start"] - 1] if item["start"] else " "
        after = page[item["start"] + len(item["raw"])] if item["start"] + len(item["raw"]) < len(page) else " "
        assert not _ascii_digits(before).isdigit() and not _ascii_digits(after).isdigit(), item
    # Outside the placed numbers and decoys the page has no digits at all (so the truth is exhaustive).
    placed = sorted((i["start"], i["start"] + len(i["raw"])) for i in truth["numbers"] + truth["decoys"])
    text = list(page)
    for start, end in placed:
        text[start:end] = [" "] * (end - start)
    rest = "".join(text)
    stray = [m.group() for m in re.finditer(r"\d+", _ascii_digits(rest))]
    # Only the "(24/7)" suffixes of the toll-free sentences may remain.
    assert all(s in ("24", "7") for s in stray), stray[:10]
    _check_short_codes()
    _check_with_phonenumbers(truth)


def _check_short_codes() -> None:
    providers = Path(__file__).resolve().parent.parent / "registry" / "data" / "providers"
    if not providers.is_dir():
        return
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(providers.glob("*.yaml")))
    in_registry = set(re.findall(r"value: " + REGION + r":(\d+)", text))
    missing = [code for code in SHORT_CODES if code not in in_registry]
    assert not missing, f"short codes not in the registry: {missing}"


def _check_with_phonenumbers(truth: dict) -> None:
    try:
        import phonenumbers
    except ImportError:  # the generator itself needs only the standard library
        print("note: phonenumbers not importable; true numbers not double-checked", file=sys.stderr)
        return
    for number in truth["numbers"]:
        if number["kind"] != "phone":
            continue
        parsed = phonenumbers.parse(number["value"])
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number["value"], number
        plain = _ascii_digits(number["raw"])
        if number["style"] in ("cn_mobile", "cn_landline", "cn_400") and not plain.startswith(("+", "(+")):
            national = phonenumbers.parse(plain, REGION)
            assert phonenumbers.format_number(national, phonenumbers.PhoneNumberFormat.E164) == number["value"], number


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python bench/make_scan_page.py OUT.txt   (also writes OUT.truth.json)", file=sys.stderr)
        return 2
    out = Path(argv[1])
    page, truth = build()
    truth["page"] = out.name
    truth["size_bytes"] = len(page.encode("utf-8"))
    out.write_text(page, encoding="utf-8")
    truth_path = out.with_name(out.stem + ".truth.json") if out.suffix else out.with_name(out.name + ".truth.json")
    truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds = {}
    for number in truth["numbers"]:
        kinds[number["kind"]] = kinds.get(number["kind"], 0) + 1
    print(f"wrote {out} ({truth['size_bytes']} bytes): {kinds.get('phone', 0)} phone numbers, "
          f"{kinds.get('short_code', 0)} short codes, {len(truth['decoys'])} decoys; truth in {truth_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
