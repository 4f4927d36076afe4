"""Scam-script signals in a caller's message, from the vocabulary in `data/signals.yaml`."""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs
import yaml

from registry import normalize
from registry.vocab import PolicyCode

SIGNALS_FILE = Path(__file__).parent / "data" / "signals.yaml"
SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}
# Chinese messages write English words without spaces ("请下载AnyDesk", "把OTP发给我"), and Unicode's \b counts
# Chinese characters as word characters, so "\banydesk\b" found no word there. ASCII word characters make
# \b stand between a Latin letter and anything else ("not" is still no word inside "another"). \d then
# means ASCII digits, which folding has made full-width ones.
PATTERN_FLAGS = re.ASCII


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: the prefilter is cached per vocabulary
class SignalDef:
    code: str
    severity: str
    policy: PolicyCode | None
    patterns: tuple[re.Pattern, ...]
    title: dict[str, str]  # a few words naming it in a sentence: "asks for a verification code"
    explanation: dict[str, str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    # A code that is given is no request for one: see `_delivered`
    delivers_code: tuple[re.Pattern, ...] = ()
    keep_code_private: tuple[re.Pattern, ...] = ()
    # What it asks for is a secret (a code, a password, a recovery phrase): a warning may name it first and deny
    # giving it after ("验证码请勿告诉他人"); see `_denied_after`
    secret: bool = False
    # The first `names` patterns name the secret alone ("验证码", "your password", "recovery phrase"). In what someone
    # said or sent, naming it is the sign: a caller has no business with your code. On a web page it is not: help
    # pages and guides name codes and passwords all the time ("收不到验证码怎么办", "What is a Secret Recovery
    # Phrase?"); there such a match counts only where its sentence asks for the secret in `asked_by`'s words.
    names: int = 0
    asked_by: re.Pattern | None = None
    # What a web form's field may never ask for, though sign-in pages' fields ask for passwords and codes: a UPI PIN, which
    # is typed in a UPI app alone ("Enter your UPI PIN" on a page is a phishing form's); see `_in_a_field`
    never_in_a_field: re.Pattern | None = None
    # Words just before a match, in its sentence, after which it asks nothing: a gift card won ("You have been selected for
    # a $1000 Costco gift card") is a prize's bait, no payment asked in gift cards; "tell no one" after a code given
    # ("您的验证码为1234，请勿告诉任何人") keeps the code private, no caller's secrecy; see `_said_after`
    not_after: re.Pattern | None = None


@dataclass(frozen=True)
class Signal:
    code: str
    severity: str
    policy: PolicyCode | None
    start: int
    end: int
    text: str
    title: str
    explanation: str
    # On a web page, where else a story's sign stands (starts, after `start`, at most OCCURRENCES_ON_A_PAGE):
    # the first occurrences of two stories may be far apart and later ones side by side (scam_script_signs)
    elsewhere: tuple[int, ...] = ()


@dataclass(frozen=True, eq=False)
class HeadingDef:
    """Words that make a line the heading of a list of scams ("以下情况都是诈骗：", "Scammers may:"): its warning
    reaches the list under it (see `_listed_under_a_warning`)."""
    name: str
    patterns: tuple[re.Pattern, ...]
    examples: tuple[str, ...]  # headings read as one
    counter_examples: tuple[str, ...]  # headings that are not: a scam's own "请按以下步骤操作："


@lru_cache(maxsize=4)
def _entries(path: Path) -> list:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def vocabulary(path: Path = SIGNALS_FILE) -> tuple[SignalDef, ...]:
    return tuple(read_definition(entry) for entry in _entries(path) if not is_heading(entry))


@lru_cache(maxsize=4)
def list_headings(path: Path = SIGNALS_FILE) -> tuple[HeadingDef, ...]:
    return tuple(read_heading(entry) for entry in _entries(path) if is_heading(entry))


def is_heading(entry) -> bool:
    """Whether an entry of the file is a list heading's rather than a signal's: it is named by `heading`."""
    return isinstance(entry, dict) and "heading" in entry


def _compiled(pattern: str) -> re.Pattern:
    """A vocabulary pattern, its compatibility characters written as the text it reads has them (`fold`)."""
    return re.compile(compatibility_normalised(pattern), PATTERN_FLAGS)


def read_heading(entry: dict) -> HeadingDef:
    """One heading entry of the file; raises as `read_definition` does."""
    return HeadingDef(
        name=entry["heading"],
        patterns=tuple(_compiled(pattern) for pattern in entry["patterns"]),
        examples=tuple(entry.get("examples") or ()),
        counter_examples=tuple(entry.get("counter_examples") or ()),
    )


def read_definition(entry: dict) -> SignalDef:
    """One entry of the file; raises KeyError, TypeError, ValueError (an unknown policy), AttributeError or
    re.error where it lacks a key or holds a value of the wrong shape (the validator reports which)."""
    return SignalDef(
        code=entry["code"],
        severity=entry["severity"],
        policy=PolicyCode(entry["policy"]) if entry.get("policy") else None,
        patterns=tuple(_compiled(pattern) for pattern in [*(entry.get("names") or ()), *entry["patterns"]]),
        title=entry["title"],
        explanation=entry["explanation"],
        examples=tuple(entry.get("examples") or ()),
        counter_examples=tuple(entry.get("counter_examples") or ()),
        delivers_code=tuple(_compiled(pattern) for pattern in entry.get("delivers_code") or ()),
        keep_code_private=tuple(_compiled(pattern) for pattern in entry.get("keep_code_private") or ()),
        secret=bool(entry.get("secret")),
        names=len(entry.get("names") or ()),
        asked_by=_compiled(entry["asked_by"]) if entry.get("asked_by") else None,
        never_in_a_field=_compiled(entry["never_in_a_field"]) if entry.get("never_in_a_field") else None,
        not_after=_compiled(entry["not_after"]) if entry.get("not_after") else None,
    )


def find(text: str, *, lang: str = "en", vocabulary_: tuple[SignalDef, ...] | None = None,
         folded: str | None = None, list_items: Collection[int] = (), fields: Sequence[tuple[int, int]] = (),
         on_a_page: bool = False, names_asked: bool = False, told: bool = False) -> list[Signal]:
    """Every signal in `text`, first occurrence of each code, in the order they appear.

    Spans are offsets into `text` as given: NFKC and case folding keep lengths for the scripts we match,
    and where they do not, the span is of the folded text. `folded` is `plain_punctuation(fold(text))` when the caller
    has it (the page scan's one copy, which its names are found in too). `list_items`: where the lines of `text` that are
    a list's items with no marker start (an HTML page's <li>: `htmltext.Page.list_items`). `on_a_page`: the text is
    a web page's, where a secret named alone is no sign (`SignalDef.names`) but in a form field's own words
    (`fields`: their spans, `htmltext.Page.fields`): a field that shows "Enter your Secret Recovery Phrase" asks for
    it (see `_in_a_field`). `names_asked`: a secret named counts only where its sentence asks for it, as on a page,
    in a text that is otherwise read as said (`find_told`). `told`: the text is what the one it was said to tells of
    it (`find_told`), whose "「…」と言われました" and "…라고 했어요" quote what they were asked, where a police page's
    "「…」などと電話があり" and "…달라고 합니다" tell of it.
    """
    folded = plain_punctuation(fold(text)) if folded is None else folded
    aligned = len(folded) == len(text)
    lists = TextLists.of(text, folded, list_items)
    definitions = vocabulary_ or vocabulary()
    prefilter = _prefilter(definitions)
    hits = prefilter.hits(folded)
    if hits is None:  # the text holds Traditional characters: read as Simplified, in the same positions
        folded = simplify(folded)
        hits = prefilter.hits(folded)
    found = []
    for number, definition in enumerate(definitions):
        def affirmatives(pattern_number: int) -> Iterator[re.Match]:
            return _affirmatives(definition.patterns[pattern_number], folded, hits.get((number, pattern_number)), definition,
                                 lists, prefiltered=(number, pattern_number) in prefilter.keyed,
                                 starter=prefilter.starters.get((number, pattern_number)),
                                 asked=(on_a_page or names_asked) and pattern_number < definition.names, on_a_page=on_a_page,
                                 fields=fields, told=told)

        # most patterns' literals are nowhere in the text: they are passed over before anything is built for them;
        # and on a page, names that nothing there can ask for (no `asked_by`, no field that may hold them)
        first = definition.names if on_a_page and not _names_may_count_on_a_page(definition, fields) else 0
        candidates = [pattern_number for pattern_number in range(first, len(definition.patterns))
                      if (number, pattern_number) in hits or (number, pattern_number) not in prefilter.keyed]
        match = None
        for pattern_number in candidates:
            match = next(affirmatives(pattern_number), None)
            if match:
                break
        if match:
            start, end = match.span()
            elsewhere = ()
            if on_a_page and definition.severity == "medium" and definition.code not in WAYS_TO_REACH_THE_SENDER:
                elsewhere = tuple(sorted({later.start() for pattern_number in candidates
                                          for later in itertools.islice(affirmatives(pattern_number), OCCURRENCES_ON_A_PAGE)}
                                         - {start}))
            found.append(Signal(
                code=definition.code, severity=definition.severity, policy=definition.policy,
                start=start, end=end, text=text[start:end] if aligned else match.group(0),
                title=definition.title.get(lang) or definition.title["en"],
                explanation=definition.explanation.get(lang) or definition.explanation["en"],
                elsewhere=elsewhere[:OCCURRENCES_ON_A_PAGE],
            ))
    return sorted(found, key=lambda signal: signal.start)


def sign_of(code: str, text: str, *, lang: str = "en") -> Signal:
    """The vocabulary's sign `code` over the whole of `text`: a value that is itself the request, as a check reads it (an
    AnyDesk address typed with its label, "AnyDesk ID 123 456 789", asks for a remote session whatever words surround it)."""
    definition = next(entry for entry in vocabulary() if entry.code == code)
    return Signal(code=definition.code, severity=definition.severity, policy=definition.policy, start=0, end=len(text),
                  text=text, title=definition.title.get(lang) or definition.title["en"],
                  explanation=definition.explanation.get(lang) or definition.explanation["en"])


OCCURRENCES_ON_A_PAGE = 100  # of one story's sign per pattern: a page of FAQ answers, not a page of one word repeated


def find_told(text: str, *, lang: str = "en", folded: str | None = None) -> list[Signal]:
    """Every signal in what someone tells of a call or message in their own words ("he said my account was frozen and
    asked me to move my money", "说我涉嫌洗钱，让我把钱转到安全账户"): the words as they are, and again with the
    teller's I, me and my read as the caller's you and your, as the caller said them (the vocabulary reads a caller's
    words: "your account was frozen"). Spans are of the teller's words. `folded` is `plain_punctuation(fold(text))` when
    the caller has it."""
    folded = plain_punctuation(fold(text)) if folded is None else folded
    found = {signal.code: signal for signal in find(text, lang=lang, folded=folded, told=True)}
    # (read in the folded text, whose positions are the text's where folding keeps lengths, and `find`'s spans where not)
    said, origin = _as_said_to_the_teller(folded)
    if said != folded:
        words = text if len(folded) == len(text) else folded
        # (the teller's "my password", read as "your password", is asked for only where their sentence says it was: "I
        # forgot my password" is not "he asked for my password")
        for signal in find(said, lang=lang, names_asked=True, told=True):
            if signal.code not in found:
                start, end = origin[signal.start][0], origin[max(signal.end - 1, signal.start)][1]
                found[signal.code] = Signal(**{**signal.__dict__, "start": start, "end": end, "text": words[start:end],
                                               "elsewhere": ()})
    return sorted(found.values(), key=lambda signal: signal.start)


def reads_as_told(text: str) -> bool:
    """Whether `text` tells of what someone said or asked ("he asked me for my code", "对方让我下载…"), not what was
    said itself."""
    return _TOLD.search(text) is not None


_TOLD = re.compile(r"\b(said|says|told me|asked me|asked for my|wanted me|wants me|made me|instructed me|claimed|claiming|"
                   r"saying)\b|(他|她|对方|客服|那人|骗子|自称)[^。！？\n]{0,12}(说|让我|要我|叫我|问我)|(说我|让我|要我|叫我)"
                   # (Japanese, in the past, as the one asked tells it: "「認証コードを教えて」と言われました", "…と電話がありました"; not a
                   # police page's "…などと電話があり", "…と言われたら")
                   r"|」\s*と(言われ|いわれ)(た|まし)(?!ら)|」\s*と(電話|电话|連絡|连络)が(あった|ありました)|」\s*と言って(き|来)(た|ました)",
                   re.IGNORECASE)
# the teller's words for themselves, and the caller's for them: "I was" is "you were"; "我们" (the teller's family)
# is "你们"
_TELLER_TO_YOU = {"i am": "you are", "i'm": "you're", "i was": "you were", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
                  "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "我们": "你们", "我": "你"}
_TELLER = re.compile(r"\b(i am|i['’]m|i was|i['’]ve|i['’]d|i['’]ll|i|me|my|mine|myself)\b|我们|我", re.IGNORECASE)


def _as_said_to_the_teller(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with the teller's words for themselves as the caller's for them, and for each of its characters the span
    of `text` it stands for."""
    parts: list[str] = []
    origin: list[tuple[int, int]] = []
    done = 0
    for word in _TELLER.finditer(text):
        parts.append(text[done:word.start()])
        origin.extend((at, at + 1) for at in range(done, word.start()))
        said = _TELLER_TO_YOU[word.group().lower().replace("’", "'")]
        parts.append(said)
        origin.extend([word.span()] * len(said))
        done = word.end()
    parts.append(text[done:])
    origin.extend((at, at + 1) for at in range(done, len(text)))
    return "".join(parts), origin


# A medium signal can stand in an honest message alone (a bill's "如有疑问请致电95555", a bank's "unusual
# activity"); different ones together are how scripts talk: a frozen account, a number to call, a refund.
MEDIUM_SIGNALS_OF_A_SCRIPT = 2
# Medium signals that only say how to reach the sender. Honest notices carry them together ("详情见
# www.cmbchina.com，或致电95555", the police's anti-fraud notice with its numbers and www.12321.cn): two of
# these are no script without a story to go with them (a frozen account, a refund, a charge to cancel).
WAYS_TO_REACH_THE_SENDER = frozenset({"call_back_number", "move_to_private_chat", "link_in_message"})


def scam_script_signs(flags: list[Signal], *, page: str | None = None) -> list[Signal]:
    """The signals that make a message a scam's script, in the message's order; none when it is not one.
    A high or critical signal asks for what no real agent asks (a code, a recovery phrase, a transfer) and
    makes one alone; medium ones make one when there are MEDIUM_SIGNALS_OF_A_SCRIPT different ones, not all
    of them ways to reach the sender.
    `page`: the text of the web page the flags are found in, folded as `find` read it, which gives ways to reach
    its owner as every business's does, and whose help answers one question after another ("Why is my account
    locked? … call us at 1-800-…", "How do I get a refund?"): there the medium ones make a script only when two
    different stories (not ways to reach) stand within PAGE_SCRIPT_REACH characters of each other, in one answer."""
    if not flags:  # most checks carry no message: a check pays nothing for this
        return []
    severe = [flag for flag in flags if SEVERITY_RANK[flag.severity] >= SEVERITY_RANK["high"]]
    medium = [flag for flag in flags if flag.severity == "medium"]
    codes = {flag.code for flag in medium}
    if page is not None:
        stories = [flag for flag in medium if flag.code not in WAYS_TO_REACH_THE_SENDER]
        together = stories if _two_stories_close(stories, page) else []
    else:
        together = medium if len(codes) >= MEDIUM_SIGNALS_OF_A_SCRIPT and codes - WAYS_TO_REACH_THE_SENDER else []
    return sorted(severe + together, key=lambda flag: flag.start)


PAGE_SCRIPT_REACH = 300  # characters: a paragraph, or one question of a help page and its answer
# Where one answer of a help page ends: a blank line, or a line that asks the next question ("快递超重怎么办？")
_ANSWER_ENDS = re.compile(r"\n[ \t\u3000]*\n|[?？][ \t\u3000]*\n")


def _two_stories_close(stories: list[Signal], page: str) -> bool:
    """Whether signs of two different stories stand within PAGE_SCRIPT_REACH of each other, at any of their
    occurrences, with no end of an answer between them."""
    places = sorted((start, flag.code) for flag in stories for start in (flag.start, *flag.elsewhere))
    for number, (start, code) in enumerate(places):
        for later, later_code in places[number + 1:]:
            if later - start > PAGE_SCRIPT_REACH:
                break
            if later_code != code and not _ANSWER_ENDS.search(page, start, later):
                return True
    return False


# -- folding ----------------------------------------------------------------------------------------

# Thai's and Lao's SARA AM (ำ, ຳ), in every other Thai word (ทำ, คำ, สำคัญ), are one character NFKC splits in two: read
# as typed, so that a Thai text's spans stay where they are (patterns write them as typed too)
_KEPT_AS_TYPED = frozenset("\u0e33\u0eb3")


@lru_cache(maxsize=1)
def _compatibility_characters() -> ahocorasick_rs.AhoCorasick:
    """Every character whose NFKC form differs from it and holds a letter or digit (ｏｔｐ, ⑨, ⽀, ㎏, 𝐨𝐭𝐩, 𝟗):
    the only ones that change what a pattern matches. Normalising just these spares NFKC of a whole page
    (3 ms per 100 KB), and an Aho-Corasick automaton finds them at memory-search speed (0.2 ms per 100 KB
    of a Chinese page; a regular-expression class of them tests each character in turn, 0.4 ms); as a
    DFA, as the signals' prefilter is (0.34 -> 0.26 ms on the bench page, 9 ms more to build). Built once
    per process from this Python's Unicode tables (0.08 s). Other scripts' decimal digits are among them, read as ASCII
    digits (normalize.DIGITS_OF_OTHER_SCRIPTS): a bank's "आपका OTP ४८२९१३ है" gives its code as "482913" does."""
    characters = [chr(code_point) for code_point in normalize.DIGITS_OF_OTHER_SCRIPTS]
    for code_point in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= code_point < 0xE000 or chr(code_point) in _KEPT_AS_TYPED:
            continue
        character = chr(code_point)
        normal = unicodedata.normalize("NFKC", character)
        if normal != character and any(ch.isalnum() for ch in normal):
            characters.append(character)
    return ahocorasick_rs.AhoCorasick(characters, implementation=ahocorasick_rs.Implementation.DFA)


def fold(text: str) -> str:
    """The form patterns are matched on: compatibility letters and digits NFKC-normalised, then lower case."""
    return compatibility_normalised(text).lower()


def compatibility_normalised(text: str) -> str:
    """`text` with its compatibility letters and digits NFKC-normalised (as `fold` reads a text): a pattern is read so
    too, as it would never match the folded text otherwise (a pattern's "ℹ" or "ｏｔｐ" would look for what no folded
    text holds)."""
    found = _compatibility_characters().find_matches_as_indexes(text)
    if not found:
        return text
    parts: list[str] = []
    done = 0  # text before this is in `parts`
    run_start = run_end = found[0][1]
    for _, start, end in found:  # consecutive ones are normalised as one run, as the former pattern's runs were
        if start != run_end:
            parts += (text[done:run_start], _normalised(text[run_start:run_end]))
            done, run_start = run_end, start
        run_end = end
    parts += (text[done:run_start], _normalised(text[run_start:run_end]), text[run_end:])
    return "".join(parts)


def _normalised(run: str) -> str:
    return unicodedata.normalize("NFKC", run).translate(normalize.DIGITS_OF_OTHER_SCRIPTS)


# -- Traditional characters -------------------------------------------------------------------------
# Hong Kong, Macau and Taiwan scripts write 凍結 for 冻结 and 帳戶, 賬戶 or 戶口 for 账户. The vocabulary is
# written in Simplified characters, and the signals read each Traditional character the vocabulary (and the
# negation words below) uses as its Simplified form: one character for one, so spans stay where they are.
# Only the signals do: a provider's name is matched as it is written (中國銀行 is an alias of its own), so
# `fold`, which the page scan shares with names, leaves them. 帐 is Simplified too, an older form of 账.
# The characters of the scripts Hong Kong's and Taiwan's police quote (無法派送, 解除分期付款設定錯誤, 否則將被拘捕,
# 請按1查詢) are here too, and the commonest characters of Taiwan's and Hong Kong's scripts besides (誰, 簡訊, 輔助, 醫療,
# 失敗); none of them is a Simplified character of another meaning (乾, 著, 隻, 藉, 瞭 are left out).
_TRADITIONAL_TO_SIMPLIFIED = """
    萬万 丟丢 該该 關关 凍冻 擊击 別别 製制 動动 協协 雙双 發发 髮发 號号 後后 響响 園园 復复 複复 錄录 異异
    徵征 態态 戲戏 戶户 報报 擬拟 撥拨 掛挂 數数 時时 條条 點点 電电 種种 紙纸 結结 給给 續续 聯联 騰腾
    虛虚 補补 規规 議议 訊讯 記记 證证 訴诉 詞词 話话 語语 請请 讀读 賬账 帳账 帐账 購购 貸贷 費费 資资
    賠赔 轉转 軟软 載载 達达 遠远 違违 遞递 裡里 裏里 鑰钥 錢钱 銀银 鏈链 銷销 閉闭 風风 飛飞 馬马 驗验
    碼码 禮礼 幣币 學学 盡尽 儘尽 會会 們们 內内 幾几 員员 機机 唄呗 償偿 螢萤 連连 嚴严 麼么 從从 寫写
    開开 煩烦 現现 緊紧 絕绝 詐诈 謹谨 趕赶 輸输 過过 這这 騙骗 網网 調调 須须 將将 註注 單单 還还 處处
    為为 個个 統统 門门 實实 應应 問问 題题 額额 寶宝 體体 視视 頻频 說说 講讲 識识 裝装 腦脑 認认 務务
    雲云 釘钉 書书 矚瞩 魚鱼 華华 稅税 暫暂 沒没 醫医 職职 檢检 係系 郵邮
    無无 國国 與与 對对 於于 來来 線线 車车 長长 東东 區区 義义 讓让 見见 進进 選选 經经 濟济 總总 財财
    產产 損损 際际 歷历 臨临 辦办 專专 導导 師师 貨货 買买 賣卖 債债 險险 鎖锁 盜盗 竊窃 訂订 優优 領领
    獎奖 勵励 獲获 贈赠 幫帮 聽听 掃扫 圖图 邊边 樣样 頭头 親亲 媽妈 兒儿 孫孙 術术 傷伤 禍祸 擔担 匯汇
    頁页 緝缉 積积 兌兑 換换 紅红 罰罚 繳缴 納纳 設设 錯错 誤误 櫃柜 詢询 絡络 則则 確确 測测 護护 團团
    價价 據据 責责 屬属 衛卫 傳传 隊队 夠够 顯显 斷断 兩两 難难 離离 權权 標标 準准 級级 紀纪 稱称 聲声
    筆笔 勞劳 擾扰 檔档 簽签 約约 貼贴 帶带 嗎吗 啟启 懇恳 瀏浏 覽览 減减 滿满 餘余 隱隐 瞞瞒 氣气 託托
    眾众 偵侦 訟讼 獄狱 憂忧 廢废 漲涨 虧亏 賺赚 穩稳 盤盘 礦矿 運运 駕驾 熱热 輕轻 週周 顧顾 獻献 薦荐
    剛刚 愛爱 謝谢 誘诱 詳详 細细 討讨 論论 評评 訪访 誠诚 諮咨 諾诺 負负 販贩 貴贵 貿贸 賭赌 賴赖 贏赢
    較较 農农 鄉乡 釋释 鈔钞 鍵键 閃闪 閱阅 闆板 隨随 雜杂 雖虽 靈灵 頂顶 項项 順顺 預预 顏颜 願愿 類类
    驚惊 齡龄 涼凉 夢梦 擋挡 捨舍 揚扬 攜携 齣出 業业 間间 當当 壞坏
    輔辅 簡简 誰谁 適适 療疗 敗败 鐘钟 歲岁 飯饭 館馆 紹绍 織织 陸陆 陳陈 陽阳 獨独 環环 畫画 礙碍 窮穷 競竞
    節节 範范 組组 純纯 絲丝 維维 緣缘 練练 縣县 罷罢 聖圣 聞闻 脅胁 脫脱 臺台 舊旧 葉叶 蘇苏 蘭兰 覺觉 觀观
    訓训 許许 診诊 試试 誕诞 課课 談谈 諒谅 謀谋 謊谎 譽誉 變变 豐丰 貝贝 貪贪 貧贫 賀贺 賓宾 質质 跡迹 躍跃
    軍军 輛辆 輪轮 辭辞 鄰邻 鐵铁 韓韩 靜静 飲饮 養养 餓饿 鬆松 麗丽 黃黄 齊齐 龍龙 創创 劃划 勢势 勝胜 卻却
    參参 嘆叹 圍围 執执 堅坚 場场 塊块 壓压 壽寿 奪夺 婦妇 寧宁 審审 寬宽 尋寻 層层 廠厂 廣广 張张 彈弹 徹彻
    惡恶 惱恼 慣惯 慮虑 憑凭 憶忆 懷怀 戰战 擁拥 擴扩 敵敌 歡欢 歸归 殘残 殺杀 毀毁 決决 況况 淨净 溝沟 溫温
    滅灭 漢汉 潔洁 濕湿 灣湾 災灾 煙烟 燈灯 營营 爺爷 狀状 猶犹 畢毕 監监 礎础 糾纠 紛纷 終终 綁绑 綜综 編编
    緩缓 縮缩 繩绳 繼继 羅罗 習习 聰聪 膽胆 臉脸 興兴 舉举 藝艺 藥药 蝦虾 襲袭 計计 誇夸 諸诸 謂谓 譯译 讚赞
    豬猪 貓猫 賊贼 賞赏 趨趋 蹤踪 輩辈 辯辩 釣钓 鎮镇 鏡镜 鑽钻 階阶 霧雾 頓顿 顆颗 飽饱 駐驻 騷骚 驅驱 髒脏
    鬧闹 鮮鲜 麥麦 黨党 齒齿 塗涂 籌筹 騎骑 鳴鸣 駁驳
"""
_SIMPLIFIED_FORM = {ord(pair[0]): ord(pair[1]) for pair in _TRADITIONAL_TO_SIMPLIFIED.split()}


def simplify(folded: str) -> str:
    """The folded text as the signals read it: the Traditional characters of the table above in Simplified."""
    return folded.translate(_SIMPLIFIED_FORM)


# -- apostrophes, dashes and spaces ------------------------------------------------------------------
# Typeset text writes the apostrophe of "won’t" and "don’t" as ’ (U+2019, what word processors and providers'
# own pages put there), ʼ (U+02BC) or, among Chinese characters, ＇ (U+FF07); the vocabulary and the negation
# words below spell it '. "PayPal won’t ask you for your password" was a request for one. Pages likewise keep a
# number's groups together with a no-break space or a no-break hyphen, and typeset it with an en dash ("Dial +1 (888)
# 555‑0101", "call 808–213–4437"), which the vocabulary writes ' ' and '-': the sign's span stopped where they stood
# ("Dial +1"), or none was found. Like `simplify`, only the signals read them so: one character for one, so spans
# stay where they are.
TYPOGRAPHIC_APOSTROPHES = ("\u2019", "\u02bc", "\uff07")
_PLAIN_FORMS = (*((apostrophe, "'") for apostrophe in TYPOGRAPHIC_APOSTROPHES),
                # hyphen, no-break hyphen, figure dash, en dash, minus sign, full-width and small hyphen-minus
                *((dash, "-") for dash in ("\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\uff0d", "\ufe63")),
                # no-break, narrow no-break, figure and thin spaces (the ideographic space is left: Chinese and Japanese
                # write it between words, where the vocabulary's patterns say what they accept)
                *((space, " ") for space in ("\u00a0", "\u202f", "\u2007", "\u2009")))


def plain_punctuation(folded: str) -> str:
    """The folded text with its typographic apostrophes written ', its hyphens, en dashes and minus signs -, and its
    no-break and thin spaces a space."""
    for typeset, plain in _PLAIN_FORMS:
        if typeset in folded:  # a page without one pays a search for it (1 µs per 100 KB), not a copy
            folded = folded.replace(typeset, plain)
    return folded


def reading(text: str) -> str:
    """`text` as the signals read it, at once: folded, its punctuation plain, its Traditional characters
    Simplified (`find` simplifies only a text that holds one)."""
    return simplify(plain_punctuation(fold(text)))


# -- literal prefilter ------------------------------------------------------------------------------
# Running two dozen patterns over a whole page costs a millisecond each. Every match of a pattern holds
# one of a few literal strings (验证码, "verification code") at a bounded distance from its start, so one
# Aho-Corasick pass finds those strings and each pattern is tried only where one of them stands. The
# strings come from the pattern's own parse tree, so the vocabulary file stays plain regular expressions.

_MAX_LITERALS = 64
_MAX_OFFSET_SPREAD = 64  # a literal that may stand anywhere in a long stretch is no help

try:  # the regex parser is private to the standard library; without it every pattern runs unfiltered
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - a Python whose re has moved on
    _sre = _sre_parser = None


@dataclass(frozen=True)
class _Anchor:
    literal: str
    min_offset: int  # how far after the start of a match the literal can begin
    max_offset: int


def required_literals(pattern: re.Pattern) -> list[_Anchor] | None:
    """Literals one of which every match of `pattern` contains, each with its offset from the match start;
    None when the pattern has no such literals (or we cannot read it)."""
    if _sre_parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so the parser accepts it
        return None
    return _sequence_anchors(parsed.state, list(parsed.data))


def prefilter_anchors(pattern: re.Pattern) -> list[_Anchor] | None:
    """The literals the prefilter looks for before trying `pattern`; None where it has none it can use, and the
    pattern is tried at every character of every text (0.1-0.8 ms per 100 KB page each)."""
    anchors = required_literals(pattern)
    if not anchors or any(anchor.max_offset - anchor.min_offset > _MAX_OFFSET_SPREAD for anchor in anchors):
        return None
    return anchors


PREFILTER_READS_PATTERNS = _sre_parser is not None


def letters_a_boundary_misses(pattern: re.Pattern) -> str:
    """The letters outside ASCII that a `\\b` of `pattern` stands right before, after a space, a punctuation mark or
    nothing: the patterns read ASCII word characters, so "\\bđừng" never matches after a space (Vietnamese "Đừng chia
    sẻ mã OTP" was a request for the code); `(?<![a-z])` is what such a pattern means. Empty where there is none or the
    parser cannot read the pattern."""
    if _sre_parser is None:
        return ""
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so the parser accepts it
        return ""
    missed: set[str] = set()
    _boundaries_in(list(parsed.data), missed)
    return "".join(sorted(missed))


def _boundaries_in(items: list, missed: set[str]) -> None:
    for position, (op, value) in enumerate(items):
        if op is _sre.AT and value is _sre.AT_BOUNDARY and (position == 0 or _may_end_in_a_non_word(items[position - 1])):
            missed.update(ch for ch in _first_characters(items[position + 1:]) if ch.isalpha() and not ch.isascii())
        for inner in _inner_sequences(op, value):
            _boundaries_in(inner, missed)


def _inner_sequences(op, value) -> list[list]:
    if op is _sre.SUBPATTERN:
        return [list(value[-1].data)]
    if op is _sre.BRANCH:
        return [list(alternative.data) for alternative in value[1]]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        return [list(value[2].data)]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [list(value[1].data)]
    return []


def _may_end_in_a_non_word(item) -> bool:
    op, value = item
    if op is _sre.LITERAL:
        return not (chr(value).isascii() and (chr(value).isalnum() or chr(value) == "_"))
    if op is _sre.IN:
        return any(kind is _sre.NEGATE or (kind is _sre.LITERAL and not chr(code).isalnum()) or kind is _sre.CATEGORY
                   for kind, code in value)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        inner = list(value[2].data)
        return bool(inner) and _may_end_in_a_non_word(inner[-1])
    return False


def _first_characters(items: list) -> set[str]:
    """The characters a match of the sequence `items` may begin with, as far as literals and classes tell."""
    found: set[str] = set()
    for op, value in _first_items(items, partial=True):
        if op is _sre.LITERAL:
            found.add(chr(value))
        elif not any(kind is _sre.NEGATE for kind, _ in value):  # (anything but a few: no letters to name)
            # (a range's first 400 characters: a script's letters lie in a few hundred)
            ranges = [bounds for kind, bounds in value if kind is _sre.RANGE]
            found |= {chr(code) for kind, code in value if kind is _sre.LITERAL} \
                | {chr(code) for low, high in ranges for code in range(low, min(high, low + 400) + 1)}
    return found


def _first_items(items: list, *, partial: bool) -> list | None:
    """The literals and classes (LITERAL and IN items) a match of the sequence `items` may begin with. Where it may begin
    with anything else (any character, a group's reference, a case-insensitive group) or with nothing (an empty match):
    None, or, `partial`, those found up to there."""
    found: list = []
    for op, value in items:
        if op in (_sre.LITERAL, _sre.IN):
            return [*found, (op, value)]
        if op in (_sre.SUBPATTERN, _sre.BRANCH):
            if op is _sre.SUBPATTERN and value[1] & re.IGNORECASE and not partial:
                return None  # ("(?i:…)": its letters in either case)
            inner = [_first_items(sequence, partial=partial) for sequence in _inner_sequences(op, value)]
            if any(part is None for part in inner):
                return None
            return [*found, *(item for part in inner for item in part)]
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            inner = _first_items(list(value[2].data), partial=partial)
            if inner is None:
                return None
            found += inner
            if value[0] == 0:
                continue  # (it may match nothing: what follows may come first)
            return found
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # (takes no character)
        return found if partial else None
    return found if partial else None  # (the sequence may match nothing)


# A range of starts at least this wide is searched for the characters a match may begin with (`_leftmost`); a
# narrower one is tried at each position, which costs less than the search
_STARTS_WORTH_A_SEARCH = 4
_CATEGORY_IN_A_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
                        _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"} \
    if _sre is not None else {}


def first_characters_class(pattern: re.Pattern) -> re.Pattern | None:
    """A class of characters, compiled with `pattern`'s flags, that holds every character a match of `pattern` can
    begin with (more, where a lookahead would narrow it); None where the parser cannot tell (a match may begin with
    any character, or be empty)."""
    if _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so the parser accepts it
        return None
    items = _first_items(list(parsed.data), partial=False)
    if not items:
        return None
    members = set()
    for op, value in items:
        for kind, code in [(op, value)] if op is _sre.LITERAL else value:
            if kind is _sre.LITERAL:
                members.add(re.escape(chr(code)))
            elif kind is _sre.RANGE:
                members.add(re.escape(chr(code[0])) + "-" + re.escape(chr(code[1])))
            elif kind is _sre.CATEGORY and code in _CATEGORY_IN_A_CLASS:
                members.add(_CATEGORY_IN_A_CLASS[code])
            else:
                return None  # (a negated class: anything, as far as we tell)
    return re.compile("[" + "".join(sorted(members)) + "]", pattern.flags)


def _width(state, items) -> tuple[int, int]:
    low, high = _sre_parser.SubPattern(state, list(items)).getwidth()
    return low, min(high, sys.maxsize)


def _exact(state, item) -> set[str] | None:
    """The strings `item` matches when they are few and literal, else None."""
    op, value = item
    if op is _sre.LITERAL:
        return {chr(value)}
    if op is _sre.AT:
        return {""}
    if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in value):
        return {chr(code) for _, code in value}
    if op is _sre.SUBPATTERN:
        return _exact_sequence(state, list(value[-1].data))
    if op is _sre.BRANCH:
        strings: set[str] = set()
        for alternative in value[1]:
            exact = _exact_sequence(state, list(alternative.data))
            if exact is None:
                return None
            strings |= exact
        return strings if len(strings) <= _MAX_LITERALS else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[1] <= 1:
        exact = _exact_sequence(state, list(value[2].data))
        if exact is None:
            return None
        return exact | {""} if value[0] == 0 else exact
    return None


def _exact_sequence(state, items) -> set[str] | None:
    strings = {""}
    for item in items:
        exact = _exact(state, item)
        if exact is None or len(strings) * len(exact) > _MAX_LITERALS:
            return None
        strings = {left + right for left in strings for right in exact}
    return strings


def _item_anchors(state, item) -> list[_Anchor] | None:
    op, value = item
    if op is _sre.SUBPATTERN:
        return _sequence_anchors(state, list(value[-1].data))
    if op is _sre.BRANCH:
        anchors = []
        for alternative in value[1]:
            found = _sequence_anchors(state, list(alternative.data))
            if found is None:
                return None
            anchors += found
        return anchors if len(anchors) <= _MAX_LITERALS else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
        return _sequence_anchors(state, list(value[2].data))  # the first repetition holds one
    return None


def _sequence_anchors(state, items) -> list[_Anchor] | None:
    """The best anchor set of a sequence: the longest literals any item or run of exact items offers."""
    candidates: list[list[_Anchor]] = []
    run: set[str] = {""}
    run_start = 0
    for position, item in enumerate(items):
        exact = _exact(state, item)
        if exact is not None and len(run) * len(exact) <= _MAX_LITERALS:
            run = {left + right for left in run for right in exact}
            continue
        candidates.append(_anchors_of_run(state, items, run_start, run))
        before = _width(state, items[:position])
        inner = _item_anchors(state, item)
        if inner:
            candidates.append([_Anchor(a.literal, a.min_offset + before[0], a.max_offset + before[1]) for a in inner])
        run, run_start = ({""}, position + 1) if exact is None else (exact, position)
    candidates.append(_anchors_of_run(state, items, run_start, run))
    usable = [anchors for anchors in candidates if anchors and all(a.literal for a in anchors)]
    if not usable:
        return None
    # A longer literal is a rarer one, but only a literal at a bounded distance from the match's start can be
    # used ("send a courier … to collect": "collect" is longer, "send a " the one in reach)
    return max(usable, key=lambda anchors: (all(a.max_offset - a.min_offset <= _MAX_OFFSET_SPREAD for a in anchors),
                                            min(len(a.literal) for a in anchors), -len(anchors)))


def _anchors_of_run(state, items, run_start: int, run: set[str]) -> list[_Anchor]:
    low, high = _width(state, items[:run_start])
    return [_Anchor(literal, low, high) for literal in sorted(run)]


@dataclass
class _Prefilter:
    automaton: ahocorasick_rs.AhoCorasick | None
    anchors: list[list[tuple[tuple[int, int], int, int]]]  # per literal: (pattern key, min offset, max offset)
    keyed: set[tuple[int, int]]  # patterns that have anchors
    first_traditional: int  # the automaton's strings from this number on are the Traditional characters
    # per keyed pattern whose anchors stand at a distance that varies (a range of starts, not one): the characters
    # its matches may begin with, where the parser tells them (see `_leftmost`)
    starters: dict[tuple[int, int], re.Pattern] = field(default_factory=dict)

    def hits(self, folded: str) -> dict[tuple[int, int], list[tuple[int, int]]] | None:
        """Per pattern: the ranges [first, last] where a match could start, in order of `first`; None when
        `folded` holds a Traditional character to `simplify` first (seen in the same pass: a page without
        one pays nothing for them)."""
        ranges: dict[tuple[int, int], list[tuple[int, int]]] = {}
        if self.automaton is None:
            return ranges if simplify(folded) == folded else None
        anchors, first_traditional = self.anchors, self.first_traditional
        for literal_number, start, _ in self.automaton.find_matches_as_indexes(folded, overlapping=True):
            if literal_number >= first_traditional:
                return None
            # (the loop runs once per literal found and anchor: ~1,000 times on a 100 KB page, so it calls no
            # builtin it can do without)
            for key, low, high in anchors[literal_number]:
                if start >= low:
                    first = start - high
                    found = ranges.get(key)
                    if found is None:
                        ranges[key] = found = []
                    found.append((first if first > 0 else 0, start - low))
        return {key: sorted(set(found)) for key, found in ranges.items()}


@lru_cache(maxsize=4)
def _prefilter(definitions: tuple[SignalDef, ...]) -> _Prefilter:
    literals: dict[str, list[tuple[tuple[int, int], int, int]]] = {}
    keyed = set()
    starters = {}
    for number, definition in enumerate(definitions):
        for pattern_number, pattern in enumerate(definition.patterns):
            anchors = prefilter_anchors(pattern)
            if anchors is None:
                continue
            keyed.add((number, pattern_number))
            for anchor in anchors:
                literals.setdefault(anchor.literal, []).append(((number, pattern_number), anchor.min_offset, anchor.max_offset))
            starter = first_characters_class(pattern) \
                if any(anchor.max_offset - anchor.min_offset >= _STARTS_WORTH_A_SEARCH for anchor in anchors) else None
            if starter is not None:
                starters[(number, pattern_number)] = starter
    # A DFA: the literals are mostly two-character Chinese words, whose first bytes most of a Chinese page
    # shares, so the automaton steps through nearly every byte (0.27 -> 0.22 ms per 100 KB page).
    traditional = [chr(code) for code in _SIMPLIFIED_FORM if chr(code) not in literals]
    automaton = ahocorasick_rs.AhoCorasick([*literals, *traditional], implementation=ahocorasick_rs.Implementation.DFA) \
        if literals else None
    return _Prefilter(automaton, list(literals.values()), keyed, first_traditional=len(literals), starters=starters)


# Spanish verbs of giving and asking, whole (a stem alone is the start of English words: "no digital", "no
# solicitation", "no longer")
_SPANISH_GIVING = (r"(d[eé]s?|(compart|proporcion|revel|solicit|facilit|entreg|entregu|env[ií]|reenv[ií]|ped|pid|dig|dict)"
                   r"(a|e|o|as|es|an|en|amos|emos|imos|ar|er|ir|ar[aá]n?|er[aá]n?|ir[aá]n?|aremos|eremos|iremos|irse|arse|erse))(?![a-z])")
# "We will never ask for your code" and "切勿透露验证码" are warnings, not requests: a match that a negation
# reaches does not count. English ones are whole words: "not" inside "We noticed unusual activity" or
# "Another refund" is no warning. Spanish "no" counts before a pronoun or a verb of giving or asking ("no lo
# compartas", "no te pediremos"): alone it is an English word too ("No worries, just read me the code").
# Portuguese "não", French "ne", German "nicht", "nie", "kein" and Italian "non", "nessuno" are no English words (nor
# "non-" as English writes it in "non-refundable"): they negate alone, but for an American address's "NE" ("1200 NE
# 5th St") and French "n'hésitez pas", which invites ("N'hésitez pas à nous appeler au …"); Italian "mai", see below.
# (not a reassurance: "Don't worry, your account is frozen", "不要担心，您的账户已被冻结", "唔好驚，轉錢去安全戶口就得")
_NOT_A_REASSURANCE = r"(?!\s+(worry|panic|be (afraid|scared|worried|alarmed))\b)"
_NEGATION = re.compile(
    # Every alternative begins a word with one of these letters (or is the "n't" inside one, or begins with à, đ, н, whose
    # alternatives look behind for a letter themselves, or with one of these Thai, Korean, Japanese or Chinese characters):
    # looking at that first spares trying each of them at every character of a sentence (a page of warnings reads every
    # sentence up to each match in it: 100 KB of English warnings in 5.2 ms, 8.7 trying every letter)
    r"(?=\b[ndwujakmithg]|n't|[àđнหอไ절결絶决绝不从切请勿严永无唔千μπδκأالم])(?:"
    r"\b(n(?:ever|o(?: one|body| such thing (?:as|called)))|won't|will not|under no circumstances)\b|"
    # "No genuine bank would message you to transfer money to a 'safe account'" (Barclays), "No real business or government
    # agency will ever tell you to buy a gift card" (the FTC)
    r"\bno (genuine|real|legitimate|legit|reputable|official|trustworthy) (\w+ ){1,4}(would|will|should|ever|is going to|asks?)\b|"
    r"(\b(not|don't|do not)\b|n't\b)" + _NOT_A_REASSURANCE + r"|"
    r"\b(nunca|jam[aá]s|jamais|nadie|ningu[eé]m|ning[uú]n|ninguna|ninguno|nenhum|nenhuma)(?![a-z])|"
    r"\bno ((te|le|les|nos|lo|la|los|las|se|debe|deben)(?![a-z])|" + _SPANISH_GIVING + r")|"
    r"\bn[aã]o(?![a-z])|"
    r"(?<!\d )\bne(?![a-z'])(?! \d)|\bn'(?!h[eé]sit)|(?<![a-z])(à|a) personne(?![a-z])|"
    r"\b(nie|niemals|niemand|niemandem|nicht|kein|keine|keinen|keinem|keinesfalls|auf keinen fall)(?![a-z])|"
    # (Italian "mai" alone only where a sentence begins, "Mai condividere il codice": Vietnamese "ngày mai" is "tomorrow";
    # after "non" it is that "non"'s)
    r"\b(non(?![a-z-])|nessuno|nessun|nessuna|in nessun caso|aucun|aucune)(?![a-z])|(?:(?<=^)|(?<=\n)|(?<=[.!?:;] ))mai(?![a-z])|"
    # Vietnamese, Indonesian and Malay "never" and "do not give": a bank's "không bao giờ yêu cầu … mã OTP" ("không" alone
    # asks a question too, "có … không?"; "không có khái niệm", "there is no such thing as"), "Jangan pernah memberitahukan
    # kode OTP", "Bank tidak akan sesekali meminta kod TAC" ("tidak akan" alone says what will not happen to the reader as
    # well: "dana Anda tidak akan aman kecuali …")
    r"(?<![a-z])(kh[oô]ng bao gi[oờ]|tuy[eệ]t đ[oố]i kh[oô]ng|(kh[oô]ng|đ[uừ]ng|dung) (chia s[eẻ]|cung c[aấ]p|ti[eế]t l[oộ])|"
    r"đ[uừ]ng bao gi[oờ]|kh[oô]ng c[oó] (kh[aá]i ni[eệ]m|c[aá]i g[oọ]i l[aà])|"
    r"tidak (pernah|akan (pernah|sesekali|sekali-kali)|akan (meminta|menghubungi|menanyakan|mengirim|menelepon|menelefon))|"
    r"jangan (pernah )?(berikan|bagikan|memberikan|membagikan|beritahu|beritahukan|memberitahukan|sebarkan|menyebarkan|kongsi|"
    r"kongsikan|dedahkan|mendedahkan|sebutkan|menyebutkan|kirimkan|mengirimkan|informasikan|transfer|pindahkan)|"
    r"dilarang (memberikan|membagikan|memberitahukan|menyebarkan|mendedahkan))(?![a-z])|"
    # Tagalog and Swahili, as GCash's and Safaricom's warnings write them: "Huwag ibigay ang iyong OTP kahit kanino",
    # "Hindi kailanman hihingin ng GCash ang iyong MPIN", "Usitoe PIN yako ya M-PESA kwa mtu yeyote" ("hindi" alone is
    # also the language's name)
    r"\b(huwag|hind(?:i kailanman|ing[- ]hindi|i(?= (po|namin|kami|hihingin|humihingi|dapat|ibibigay|ibigay|ibahagi)(?![a-z])))|"
    r"usi(?:toe|mpe|mtumie|shiriki|seme|mwambie|tume)|kamwe)(?![a-z])|"
    # Dutch, Polish, Czech, Swedish, Norwegian, Finnish, Turkish and Romanian, as their banks write "Wij vragen u nooit om
    # AnyDesk te installeren", "Bankamız sizden asla AnyDesk yüklemenizi istemez", "Nu comunicați codul nimănui" (not Dutch
    # "geen zorgen", "no worries"; Romanian "nu" only before a verb of giving or asking)
    # (their first two letters looked at first: English words begin with n, a, g, h and k all the time)
    r"(?=n[ioòu]|ge|as|hi|al|ko)\b(nooit|niemand|nimmer|geen(?! zorgen)|nigdy|nikomu|nikt|nikdy|aldrig|aldri|koskaan|asla|"
    # (Polish "nie" only before a verb of giving: "Nie podawaj kodu BLIK", not "Nie martw się", "don't worry")
    r"nie (podawaj|przekazuj|udost[eę]pniaj|wysy[lł]aj|instaluj|przelewaj|dyktuj|klikaj|podawa[cć]|przekazywa[cć])|"
    r"hi[cç] ?kimse\w*|hi[cç]bir (zaman|[sş]ekilde|ko[sş]ulda)|niciodat[aă]|"
    r"nim[aă]nui|nimeni|nu (da[tțţ]i|oferi[tțţ]i|comunica[tțţ]i|instala[tțţ]i|transmite[tțţ]i|divulga[tțţ]i|furniza[tțţ]i|"
    r"spune[tțţ]i|trimite[tțţ]i|vom cere|v[aă] vom cere|solicit[aă]m|cerem))(?![a-z])|"
    # (the scripts outside ASCII behind one look at the character: an English or French page's letters pass them by at once)
    r"(?=[^\x00-\x7f])(?:"
    # Russian and Ukrainian "never", "to no one", "do not tell" and "there are no …" (Cyrillic is no word character to \b:
    # its edges are looked for as letters, Ukrainian's і, ї, є, ґ among them), as banks write "Никому не сообщайте код из
    # СМС", "Безопасных счетов не существует", "Нікому не повідомляйте код з СМС", "Безпечних рахунків не існує"; "не" alone
    # before a verb of giving (not "Не волнуйтесь", "don't worry")
    r"(?<![а-яёіїєґ])(никогда|никому|ни при каких (обстоятельствах|условиях)|нельзя|не (сообщайте|передавайте|называйте|"
    r"говорите|диктуйте|устанавливайте|переводите|перезванивайте|отправляйте|показывайте|вводите)|не (будут|будем|станут|"
    r"станем|будет|станет) (просить|запрашивать|звонить|требовать|спрашивать)|не существует|не бывает"
    r"|ніколи|нікому|за жодних (обставин|умов)|не (повідомляйте|передавайте|називайте|кажіть|диктуйте|встановлюйте|"
    r"переказуйте|перераховуйте|передзвонюйте|надсилайте|показуйте|вводьте|пересилайте)|не (будуть|будемо|буде|станемо|"
    r"стане) (просити|запитувати|телефонувати|вимагати)|не існує|не буває)(?![а-яёіїєґ])|"
    # Thai, as its banks write "ห้ามบอกรหัสนี้แก่ผู้อื่น", "ธนาคารไม่มีนโยบายขอรหัส OTP", "ไม่มีบัญชีปลอดภัย" (no space between
    # words: "ห้าม", "อย่า" before a verb of giving, not "อย่ากังวล", "don't worry")
    r"(ห้าม|อย่า)(บอก|แจ้ง|เปิดเผย|ให้|โอน|กด|คลิก|ติดตั้ง|แชร์)|ไม่มี|ไม่เคย|ไม่(ขอ|โทร|ส่ง)|"
    # Greek, as its banks write "Μην δίνετε ποτέ τον κωδικό OTP σε κανέναν" (not "μην ανησυχείτε", "don't worry")
    r"(?<![α-ωά-ώϊϋΐΰ])(ποτέ|ποτε|μην(?! ανησυχ)|δεν|κανέναν|κανένα|κανείς)(?![α-ωά-ώϊϋΐΰ])|"
    # and Arabic: "البنك لا يطلب منك أبداً رمز OTP", "لا تشارك رمز OTP مع أي شخص" ("لا" only before a verb of giving or asking)
    r"أبدا|ابدا|مطلقا|لا (تشارك|تعط|تفصح|ترسل|تقدم|تخبر|تثبت|تحمل|نطلب|يطلب|تطلب|تحول|يوجد)|لن (نطلب|يطلب|نتصل|نسأل)|ليس هناك|"
    # Korean "never" (its verb and its "not" come last: "은행은 절대 인증번호를 묻지 않습니다")
    r"절대|결코|"
    # and Japanese "never" ("警察が安全な口座への送金を求めることは絶対にありません": its "not" last too)
    r"絶対|决して|"
    r"绝不|不会|从不|不要(?!担心|害怕|怕|紧张|慌|着急|急)|切勿|请勿|勿|严禁|不得|永远不|不存在"
    # (Cantonese, as Hong Kong's banks and police write it: "唔好將一次性密碼話俾任何人知", "銀行職員唔會要求你提供驗證碼")
    r"|唔好(?!惊|担心|怕|紧张|慌|急)|唔会|唔应该|唔可以|千祈"
    # "no need to" only where what is not needed is the giving itself ("不需要您提供验证码"): "不用去银行了，验证码发给我"
    # is a scam's "no need to go to the bank"
    r"|(不需要|无需|无须|不用|不必)(?=(您|你)?[^，,。；;！!？?\n]{0,4}(提供|告诉|透露|发送|发给|输入|填写|转|汇|下载|安装|开通|支付|缴纳|交|借|共享|点击))))",
    PATTERN_FLAGS
)
# Words that name a scam rather than deny a request ("Beware: scammers ask you to install AnyDesk") disarm
# only what follows them closely, and not past where a negation's reach ends (below): fake agents use them
# too ("这不是诈骗，您把收到的验证码告诉我就行"), and "诈骗" early in a long sentence says nothing of its end.
# (Spanish: "estafa", "estafadores", "delincuentes", "cuidado", "desconfíe"; Portuguese: "golpe", "golpistas", "criminosos",
# "Atenção:", "desconfie"; French: "arnaque",
# "escrocs", "escroquerie", "fraudeurs"; German: "Betrug", "Betrüger"; Italian: "truffa", "truffatori", not English
# "truffle"; Indonesian and Malay: "penipu", "penipuan", "waspada", "hati-hati", "awas"; Vietnamese: "cảnh giác", "lừa đảo",
# "kẻ gian", "mạo danh"; Russian: "мошенники", "осторожно", "будьте бдительны", "злоумышленники"; Thai: "ระวัง",
# "มิจฉาชีพ", "แก๊งคอลเซ็นเตอร์"; Korean: "보이스피싱", "사기범"; Japanese: "詐欺", read 诈欺, and "ご注意")
# ("涉嫌诈骗" is the accusation a fake notice makes, "您的账号因涉嫌诈骗已被封禁", not a warning of one; "不小心" is
# "by accident")
_WARNING = re.compile(r"(?=\b[abcdefghklmpstw]|[мобазшรมแห보사주ご谨警小诈骗所احمتن])(?:"  # (each alternative's first letter looked at first, as below)
                      r"\b(beware|warning|scam\w*|fraudsters?|estaf\w*|(ciber)?delincuentes?|golpe\w*|golpistas?|criminosos|arnaque\w*|escroc\w*|"
                      r"cuidado|desconf\w*|m[eé]fiez|vorsicht|diffidate|"
                      r"fraudeurs?|betr[uü]g\w*|truff(a|e|atori|atore)|penipu\w*|waspada|(ber)?hati-hati|awas"
                      r"|c[aả]nh gi[aá]c|l[uừ]a đ[aả]o|k[eẻ] gian|m[aạ]o danh)\b"
                      r"|(?<![a-z])(aten[cç][aã]o|attention|attenzione|achtung)(?=\s*[:!])|(?<![а-яёіїєґ])(мошенни[а-яё]*|осторожно"
                      r"|будьте (бдительны|осторожны)|аферист[а-яё]*|злоумышленни[а-яё]*"
                      # (and Ukrainian's: "шахраї", "обережно", "будьте пильні", "зловмисники")
                      r"|шахра[а-яіїєґ]*|обережно|будьте (пильні|обережні)|зловмисни[а-яіїєґ]*)(?![а-яёіїєґ])|ระวัง|มิจฉาชีพ"
                      r"|แก๊งคอลเซ็นเตอร์|หลอกลวง|보이스 ?피싱|사기범|주의하세요|诈欺|ご注意|谨防|警惕|(?<!不)小心|(?<!涉嫌)诈骗|骗子|骗徒"
                      # ("并没有推出所谓的“注销‘校园贷’”操作": the "so-called" of a debunk)
                      r"|所谓的?"
                      # (Arabic: "beware", "warning", "fraudsters")
                      r"|(?<![\u0621-\u064a])(احذر|احذروا|حذار|تحذير|المحتال[\u0621-\u064a]*|محتال[\u0621-\u064a]*|النصاب[\u0621-\u064a]*))",
                      PATTERN_FLAGS)
_WARNING_NEARBY = re.compile(r"(" + _WARNING.pattern + r")[^。.!?！？\n]{0,24}$", PATTERN_FLAGS)

# A negation reaches the rest of its sentence: a provider's "will never ask you to provide sensitive
# information such as your password" or "不会通过电话、短信…向您索要…支付密码" is a warning all along, lists
# after commas included ("your PIN, your password"). It stops where the speaker stops saying what will not
# happen: at a turn ("but", "但是"), after a condition ("If you did not make this purchase, …"), and at a
# new clause that asks ("I will never ask again, just give me your password", "我们不会冻结您的账户，请提供
# 验证码", "could not be delivered, update your address at …"). A semicolon ends a sentence here.
_SENTENCE_ENDS = r"[。.!?！？;；\n؟]"  # (؟: Arabic's question mark)
_UP_TO_LAST_SENTENCE_END = re.compile(r"(?s:.*)" + _SENTENCE_ENDS)
# (Spanish "si" and Portuguese "se" where a condition's words follow: "se" is a pronoun too, "encontra-se"; French
# "si vous", "s'il"; German "wenn", "falls"; Italian "se non", "se qualcuno"; "如" before 有人, 收到, 接到, 遇到, 发现, as Hong
# Kong's police write "如收到自稱銀行職員來電…")
_CONDITION = re.compile(r"(?=\b[isfway]|[如假若अय])(?:\bif\b|如果|假如|若|如(?=有人|收到|接到|遇到|发现)"
                        # (Hindi's, in Devanagari and in Latin letters: "अगर कोई आपसे UPI PIN मांगे तो…", "agar koi OTP maange to…")
                        r"|अगर|यदि|\bagar\b|\byadi\b"
                        r"|\bsi(?= (no|usted|alguien|recibe|recibes|tiene|tienes|te|le|su|tu|vous|quelqu'un|on|ce|cette|votre|ton|un|une)(?![a-z]))"
                        r"|\bse(?= (n[aã]o|voc[eê]|algu[eé]m|houver|tiver|receber|a compra|esta|essa|non|qualcuno|hai|ricevi|riceve|lei)(?![a-z]))"
                        r"|\bs'il(?![a-z])|\bwenn(?![a-z])|\bfalls(?= (sie|du|ihr|es|dies|das|diese[rs]?|jemand|man|wir|ich)(?![a-z])))")
_ASKING_WORDS = (  # how a clause that asks begins
    # (a letter's script first: a Chinese page's every comma is not tried against each Latin word, nor the reverse)
    r"(?=[a-zéü])(?:((so|then|and)\s+)?((you|i|we)\s+)?(just|simply|please|pls|kindly|need|now|what's|what is|(can|could|would) you|"
    r"tell|give|send|read|text|show|share|call|contact|dial|click|tap|visit|go|open|log in|sign in|verify|confirm|"
    r"update|reply|pay|transfer|move|enter|provide|install|download)\b"
    r"|(por favor|solo|s[oó]lo|d[ií]me|d[ií]game|dame|d[eé]me|d[ií]gales|d[eé]les|dales|p[aá]sales|l[eé]ales|env[ií]ame|"
    r"env[ií]eme|l[eé]eme|l[eé]ame|p[aá]same|necesito|"
    r"transfiera|transfiere|llame|llama|ingrese|ingresa|descargue|descarga|instale|instala|"
    r"é s[oó]|só|apenas|me passa|passe|me diga|diga|informe|envie|mande|ligue|baixe|transfira|"
    r"juste|seulement|il suffit|veuillez|merci de|(donnez|dites|communiquez|envoyez|lisez|transmettez|indiquez|donne|dis|envoie)[- ](l[ea][- ])?moi|"
    r"appelez|rappelez|installez|t[eé]l[eé]chargez|transf[eé]rez|virez|cliquez|confirmez|"
    r"bitte|einfach|nur|(nennen|sagen|geben|lesen|schicken|[uü]berweisen|rufen|installieren|laden|klicken|best[aä]tigen) sie|"
    r"(nenn|sag|gib|lies|schick)e? mir|(ich|wir) (brauche|brauchen)|"
    r"basta|soltanto|per favore|mi dica|dimmi|mi dia|dammi|mi legga|leggimi|mi serve|chiami|chiama|trasferisca|"
    r"installi|scarichi|"
    # (Tagalog and Swahili: "Huwag mag-alala, ibigay mo lang ang OTP", "Usiogope, nitumie PIN yako")
    r"ibigay|pakibigay|sabihin|pakisabi|basahin|i-send|ipadala|nitumie|nipe|niambie|tafadhali|"
    # (Indonesian and Malay: "Ada oknum yang mencoba masuk ke akun Anda, berikan kode OTP untuk memblokirnya")
    r"berikan|sebutkan|bacakan|kirimkan|beritahu|tolong|mohon|silakan|silahkan|sila|segera|hubungi|pindahkan|hantar|"
    # (Turkish, Dutch and Romanian: "Merak etmeyin, lütfen kodu söyleyin", "geef me de code", "vă rog")
    r"l[uü]tfen|bana (s[oö]yleyin|verin|g[oö]nderin|iletin|okuyun)|geef (me|mij)|stuur (me|mij)|alstublieft|v[aă] rog|"
    # (Polish, whose "nie" is German's "never" too: "Nie martw się, podaj mi kod BLIK")
    r"podaj|podajcie|prosz[eę]|prze[sś]lij|wy[sś]lij|przeczytaj|przeka[zż]|"
    r"da[tțţ]i-mi|spune[tțţ]i-mi|trimite[tțţ]i-mi)(?![a-z]))"
    # (Russian: "Мошенники никогда не дремлют, просто продиктуйте код")
    r"|(?=[а-яё])(просто|пожалуйста|продиктуйте|назовите|скажите|сообщите|переведите|установите|отправьте|перейдите|нажмите)(?![а-яё])"
    # (Ukrainian: "Не хвилюйтеся, просто назвіть код")
    r"|(?=[бнспв])(будь ласка|назвіть|скажіть|повідомте|переведіть|перекажіть|встановіть|надішліть|перейдіть|натисніть)"
    r"(?![а-яёіїєґ])"
    # (Thai: "กรุณา", "โปรด", "ช่วย", "รบกวน": please)
    r"|(?=[\u0e00-\u0e7f])(กรุณา|โปรด|ช่วย|รบกวน)"
    # (Greek and Arabic: "δώστε μου", "παρακαλώ"; "أعطني", "من فضلك")
    r"|(?=[\u0370-\u03ff\u1f00-\u1fff])(δώστε μου|πείτε μου|στείλτε μου|διαβάστε μου|παρακαλώ)"
    r"|(?=[\u0600-\u06ff])(أعطني|اعطني|أرسل لي|ارسل لي|من فضلك|رجاء|أخبرني|اخبرني)"
    r"|(?=[\u4e00-\u9fff])(那么?|所以|然后|现在|您|你|我们?)?(请(?!勿)|麻烦|只需|需要|直接|赶紧|马上|立即|立刻|先|把|告诉我|发给我|给我|唔该|讲低|讲俾我|话俾我|读俾我|"
    r"点击|拨打|致电|联系|添加|加|下载|打开|登录|转账|转到|转入|提供|输入|填写|回复)"
)
_A_CLAUSE_THAT_ASKS = r"[,:，：،]\s*(?=" + _ASKING_WORDS + r")"  # its comma, before the words that begin it
_NEGATION_ENDS = re.compile(
    # Every alternative begins with one of these characters: looking at it first spares trying each of them
    # at every character of a sentence (3.5 -> 1.3 µs for one of a page of warnings).
    r"(?=[,:，：،但可不然而只如假若]|\b[abefhijmpsuw]|\s[กโชร])("
    r"\b(but|however|instead|pero|mas|mais|aber|sondern|jedoch|ma|per[oò])\b|(?<!不)但|可是|不过|然而|而是|只是"
    r"|(" + _CONDITION.pattern + r")[^,:，：。.!?！？;；\n]*[,:，：]"
    # or, unpunctuated as a call's words are written down, at the verb that tells what to do: "If you did not make this
    # purchase press 1"
    r"|(" + _CONDITION.pattern + r")[^,:，：。.!?！？;；\n]*?\s(?=(press|call|dial|reply|click|tap|contact)\b"
    # (in Spanish and Portuguese too: "Si no lo reconoce llame al …", "Se não reconhece ligue …")
    r"|(ll[aá]me|llama|marque|comun[ií]quese|comun[ií]cate|cont[aá]ctenos|cont[aá]ctanos|ligue|liga|disque|contate)(?![a-z]))"
    r"|" + _A_CLAUSE_THAT_ASKS +
    # or at a threat's clause: "your PAN card is not updated, your YONO account will be blocked today"
    r"|[,，]\s*(?=(your|ur)\s+([a-z-]+\s+){0,3}(will|shall|is going to)\s+be\b)"
    # ("Please don't touch your phone and stay on the line": the caller's own words after a "don't")
    r"|\band\s+(?=(just|please|stay|keep|remain|(tell|give|send|read|text|show) me)\b)"
    r"|\bet\s+(?=(juste|(donnez|dites|communiquez|envoyez|lisez)[- ]moi)(?![a-z]))"
    r"|\bund\s+(?=(bitte|einfach|(nennen|sagen|geben|lesen|schicken) sie)(?![a-z]))"
    # (Thai writes no comma: a space ends a clause, and one that asks begins with "please": "ห้ามบอกใคร กรุณาโอนเงิน…")
    r"|\s(?=(กรุณา|โปรด|ช่วย|รบกวน)))"
)
# A list of ways of contacting is one verb phrase, the negated one: providers' "We will never call, text or email
# you to ask for your code", "绝不会打电话，加微信或发短信索要验证码". Its commas begin no clause, though "text",
# "call" and "加" can begin one that asks ("We won't charge you, text me the code"): a comma is the list's when a
# way of contacting stands before it and the one after it is followed by the list going on (", text or",
# ", text,"), not by what it asks of whom ("We won't call you, text me the code").
_WAY_OF_CONTACTING = (r"\b(call|phone|ring|text|sms|e-?mail|message|dm|contact|write to|whatsapp)( you| us)?"
                      r"|(打|发|拨打|致电|联系|添加|加|通过)?(您|你)?(电话|短信|邮件|微信|qq|致电|联系|来电)")
_A_WAY_BEFORE = re.compile(r"(" + _WAY_OF_CONTACTING + r")\s*$", PATTERN_FLAGS)
_A_WAY_AFTER_AND_MORE = re.compile(r"[,，]\s*(" + _WAY_OF_CONTACTING + r")\s*([,，、/]|or\b|and\b|或|和|及)",
                                   PATTERN_FLAGS)
_WAY_BEFORE_REACH = 16  # characters before a comma: the longest way, a space and " you"
_NEGATION_REACH = 200  # characters: a long sentence, and a bound on the work where a page has no full stops
_OPENER_IN_MATCH = 20  # an asking clause's first words may be the match's own ("…, call us back at +1 …", "… et communiquez-moi le code")


def _reach_ends(text: str, start: int, stop: int | None = None) -> Iterator[re.Match]:
    """Where a negation's reach ends from `start` (before `stop`): `_NEGATION_ENDS`, but for a comma that joins
    ways of contacting in a list."""
    ends = _NEGATION_ENDS.finditer(text, start) if stop is None else _NEGATION_ENDS.finditer(text, start, stop)
    return (end for end in ends if not _joins_ways_of_contacting(text, end.start()))


def _joins_ways_of_contacting(text: str, position: int) -> bool:
    # the anchored look after the comma first: most ends are no comma of such a list, and it fails at once
    return _A_WAY_AFTER_AND_MORE.match(text, position) is not None and \
        _A_WAY_BEFORE.search(text, max(0, position - _WAY_BEFORE_REACH), position) is not None


def _affirmatives(pattern: re.Pattern, folded: str, starts: list[tuple[int, int]] | None, definition: SignalDef,
                  lists: TextLists, *, prefiltered: bool, starter: re.Pattern | None = None, asked: bool = False,
                  on_a_page: bool = False, fields: Sequence[tuple[int, int]] = (), told: bool = False) -> Iterator[re.Match]:
    """The matches, in `finditer` order, that nothing `disarms` (and, `asked`, whose sentence asks for it;
    `on_a_page`, that are not told of someone else: see `_TOLD_OF_SOMEONE_ELSE`).

    With a prefilter, matches are tried only at the start positions its literals allow: the leftmost
    match at or after `position` is the one `finditer` would give next. A page of warnings ("切勿透露验证码"
    thousands of times) is walked once: ranges behind `position` are passed over for good.
    """
    def counts(match: re.Match) -> bool:
        return not disarmed(definition, folded, match, lists, told) \
            and (not asked or _asked_for(definition, folded, match) or _in_a_field(definition, match, fields)) \
            and not (on_a_page and (_told_of_someone_else(folded, match) or _quoted_as_a_scams(folded, match)))

    if not prefiltered:
        yield from filter(counts, pattern.finditer(folded))
        return
    starts = starts or []
    position = index = 0
    while index < len(starts):
        match = _leftmost(pattern, folded, starts, index, position, starter)
        if match is None:
            return
        if counts(match):
            yield match
        position = max(match.end(), match.start() + 1)
        # A range ends at most _MAX_OFFSET_SPREAD after it begins: those beginning that far back are spent.
        while index < len(starts) and starts[index][0] + _MAX_OFFSET_SPREAD < position:
            index += 1


def _leftmost(pattern: re.Pattern, folded: str, starts: list[tuple[int, int]], index: int, position: int,
              starter: re.Pattern | None = None) -> re.Match | None:
    best = None
    for number in range(index, len(starts)):  # (islice would walk from the list's head every time)
        first, last = starts[number]
        if best is not None and first >= best.start():
            break  # ranges are in order of `first`: none later can start a match sooner
        stop = last if best is None else min(last, best.start() - 1)
        # A wide range ("your M-PESA PIN": "pin" up to 32 characters after the match's start) is tried only where a
        # character a match may begin with stands, found by one search in C, not by a match at each position
        candidates = range(max(first, position), stop + 1) if starter is None or stop - first < _STARTS_WORTH_A_SEARCH \
            else (found.start() for found in starter.finditer(folded, max(first, position), stop + 1))
        for start in candidates:
            match = pattern.match(folded, start)
            if match:
                best = match
                break
    return best


def disarmed(definition: SignalDef, folded: str, match: re.Match, lists: TextLists | None = None, told: bool = False) -> bool:
    """Whether `match` is no request after all: a negation or warning reaches it, it names a code given, or it follows
    words after which it asks nothing (`SignalDef.not_after`: a prize offered, a code given).
    `lists`: what is known and was read of the text's lists for its matches so far (see `TextLists`); `told`: see `find`."""
    return (definition.secret and _denied_after(folded, match)) or _negated(folded, match, TextLists() if lists is None else lists) \
        or bool(definition.delivers_code) and _delivered(definition, folded, match) or _warned_after(folded, match, told) \
        or _a_turkish_kind_after(folded, match) or definition.not_after is not None and _said_after(definition, folded, match)


# Turkish names the kind of request after it, as a relative clause: "paranızı güvenli hesaba aktarmanızı isteyenlere itibar
# etmeyin" (do not heed those who ask you to move your money to a safe account), "şifrenizi talep eden kişilere" (the
# kind named before, as other languages do: `_A_KIND_OF_REQUEST`); and a warning page's "they may ask" and "by saying":
# "… paranızı güvenli hesaba aktarmanızı isteyebilirler", "Hakkınızda yakalama kararı olduğunu söyleyerek …"
_A_TURKISH_KIND_AFTER = re.compile(r"[^.!?\n]{0,90}?(?<![a-zçğıöşü])((isteyen|talep eden|soran)(ler|lere|lerin|lerden|"
                                   r" ki[sş]i(ler)?(e|i|in|den|lere|leri|lerin|lerden)?| aramalar[a-zçğıöşü]*|"
                                   r" mesajlar[a-zçğıöşü]*)?|(isteyebilir|isterler|istiyorlar|isteyecekler|talep edebilir|"
                                   r"talep ederler|s[oö]yleyerek|diyerek|iddia ederek)(ler)?)(?![a-zçğıöşü])", PATTERN_FLAGS)
_FIRST_PERSON_IN_TURKISH = re.compile(r"(?<![a-zçğıöşü])(benden|bana|benim|beni)(?![a-zçğıöşü])", PATTERN_FLAGS)


def _a_turkish_kind_after(folded: str, match: re.Match) -> bool:
    """The kind of request named just after `match` in Turkish, and no "me" in its sentence: a victim's "benden kodu isteyen
    kişi" (the person who asked me for the code) tells of the request the signal is about."""
    after = folded[match.end():match.end() + _TURKISH_KIND_REACH]
    if not any(stem in after for stem in _TURKISH_KIND_STEMS):
        return False  # (most matches, in every other language: a glance at what follows them)
    kind = _A_TURKISH_KIND_AFTER.match(folded, match.end())
    return kind is not None and not _FIRST_PERSON_IN_TURKISH.search(folded, _sentence_start(folded, match.start()), kind.end())


_TURKISH_KIND_REACH = 120  # characters: the pattern's reach and its longest word
_TURKISH_KIND_STEMS = ("iste", "talep", "soran", "yerek", "iddia")


# A web page that warns of scams tells what they say in the third person: "Call police on 101 if you are contacted
# by someone asking for your PIN", "They arrange for a courier to collect your card", "you may be told to move
# your money to a safe account", "不法分子会以退款为由要求提供验证码". A fake agent's page speaks as "we" and to
# "you". Only on a web page, and not where the clause says "me" or "my": in what someone sent or said, and in a
# victim's own account of a call, on a forum too ("someone called me from 95188 and asked for my code"), the third
# person is the story the signal is about.
# Who scams, as warnings name them (told of below, and quoted: _QUOTED_AS_A_SCAMS; and by the page scan, a number a
# page tells of as the scammers')
SCAMMERS = r"fraudsters?|scammers?|criminals?|impostors?|imposters?"
SCAMMERS_ZH = r"不法分子|诈骗分子|诈骗集团|骗子|骗徒|歹徒"  # (骗徒: Hong Kong's 騙徒, read as Simplified; 歹徒, 詐騙集團: Taiwan's)
# and as the subject of what a warning tells of them (below, and their reported speech)
# the one a warning calls an agent only in name: the "agent", the so-called representative (a fake agent's own
# page says "our agent": "Our agent will ask you to install AnyDesk" stays a request)
_POSING_AS_STAFF = (r"(the )?(fake|phony|bogus|so-called|supposed|alleged|pretend) (\w+ ){0,2}?(agents?|representatives?|reps?|officers?|"
                    r"employees?|callers?|staff)"
                    r"|the [\"“‘'](\w+ ){0,2}?(agent|representative|rep|officer|employee|support|staff)(?=[\"”’'])")
_THEY_WHO_SCAM = r"they|" + SCAMMERS + r"|crooks?|con ?men|con artists?|the caller|callers|" + _POSING_AS_STAFF
# (who scams, in the other languages the vocabulary reads: "los estafadores", "el falso agente", "os golpistas", "o falso
# atendente", "l'escroc", "le faux conseiller", "die Betrüger", "der angebliche Mitarbeiter", "i truffatori", "il finto
# operatore")
# (the scammers themselves, as the page scan also reads them in a sentence that tells of a number)
SCAMMERS_ELSEWHERE = (r"estafador(es|as?)?|(ciber)?delincuentes?|golpistas?|criminosos?|escrocs?|arnaqueurs?|fraudeurs?|"
                      r"betr[uü]ger(n|innen)?|kriminelle(n)?|truffatori|penipu|pelaku( penipuan| kejahatan)?|oknum")
_THEY_WHO_SCAM_ELSEWHERE = (SCAMMERS_ELSEWHERE + r"|(el|un) (falso|supuesto) (agente|asesor|empleado|t[eé]cnico|ejecutivo)|"
                            r"(o|um) (falso|suposto) (atendente|funcion[aá]rio|gerente|t[eé]cnico)|"
                            r"(le|un) faux (conseiller|agent|technicien|employ[eé])|"
                            r"(der|die) angebliche[n]? (mitarbeiter|berater|techniker|polizist)|"
                            r"(il|un) finto (operatore|consulente|tecnico|impiegato)")
_TOLD_OF_SOMEONE_ELSE = re.compile(
    r"\b(" + _THEY_WHO_SCAM + r"|"
    r"someone|somebody|anyone|anybody|a caller|a person|people|you (may|might|could|can) (be|get) (asked|told|instructed|pressured|urged|persuaded|encouraged)"
    # and a bank's list of red flags in the second person: "You're told to send money to yourself with Zelle"
    r"|you('re| are| were| get| got)( being)? (told|instructed|pressured|urged)"
    # a news report's "Victims who called the number were asked for their …"
    r"|(victims?|the victim|users|customers|consumers|residents|investors|holders|people)\b[^,，.。!?！？;；\n]{0,40}?\b"
    r"(may|might|will|could|can|are|is|were|was|have|has|had)( been| be| get| being)? (asked|told|instructed|pressured|urged|persuaded|encouraged)"
    # and its reported speech: "He said she had to transfer her money to a safe account"
    r"|(he|she|the caller|the man|the woman|a man|a woman|the fraudster|the scammer)( then| later| also)? (said|told|claimed|asked|instructed|urged|persuaded|convinced)"
    # and a clause told of a third person's doing: "…persuaded them to install AnyDesk, then moved their savings to a
    # 'safe account'" (a scam's page speaks to "you")
    r"|their|them|his"
    # in Spanish, Portuguese, French, German and Italian: "los estafadores", "golpistas", "un escroc", "die Betrüger",
    # "i truffatori", and "someone": "alguien", "alguém", "quelqu'un", "jemand", "qualcuno"
    r"|" + _THEY_WHO_SCAM_ELSEWHERE + r"|alguien|algu[eé]m|quelqu'un|jemand|qualcuno"
    r")\b[^,，.。!?！？;；\n]{0,40}$"
    # Chinese tells a case clause after clause, and names the one asked: "骗子自称淘宝客服，…，随后诱导受害人下载…"
    r"|(" + SCAMMERS_ZH + r"|犯罪分子|嫌疑人|他们|有人|陌生人|对方|受害人|被害人|受害者|事主)[^。！？!?；;\n]{0,40}$", PATTERN_FLAGS)
_TOLD_REACH = 60  # characters before a match: a clause's subject and its verb
# A warning tells what scammers say with a verb of saying or asking, and all that follows it in the sentence is
# theirs, however far the match stands from the subject: "They tell you your account has been compromised and that
# you need to move your money to a \"safe account\"", "Scammers typically ask you to download an app such as
# AnyDesk or TeamViewer". (A fake agent's page speaks as "we" and "our agent": "Our agent will ask you to install
# AnyDesk" stays a request.)
_REPORTED_SPEECH = re.compile(
    r"\b(" + _THEY_WHO_SCAM + r")[\"”’']?"
    r"(\s+(will|may|might|often|usually|typically|commonly|sometimes|then|also|can|could|would))*"
    r"\s+((tell|ask|instruct|urge|pressure|persuade|convince|trick|get)s?\s+(you|victims?|the victim|people|them)"
    r"|(say|claim|insist|pretend)s?)\b"
    # someone unnamed, whatever they did first: "Someone contacts you unexpectedly and asks you to confirm your account
    # number, PIN or one-time passcode", "a call from someone who says they're from our fraud department"
    r"|\b(someone|somebody|anyone|a caller|a stranger|a person)\b[^,.!?;\n]{0,40}?\b((tell|ask|instruct|urge|pressure)s?\s+"
    r"(you|victims?|the victim|people|them)|(say|claim|insist|pretend)s?|asks? for)\b"
    # in the other languages the vocabulary reads, they asking "you" or the victims: "le piden que transfiera …", "pedem
    # para você …", "il vous demande de lui communiquer le code …", "fordern Sie auf, …", "ti chiedono il codice …"
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r"|ils?|elles?|on)\s+(vous|te)\s+(demandent|demande|demanderont|demandera|disent|dit|"
    r"proposent|propose|expliquent|explique|affirment|affirme)\b"
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r"|sie)\s+(behaupten|erz[aä]hlen)\b"
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r"|sie|die t[aä]ter)\s+((dann|oft|meist|h[aä]ufig|zum beispiel)\s+)*(fordern|bitten|"
    r"dr[aä]ngen)\s+(sie|die opfer|ihre opfer)\b"
    # (Spanish, Portuguese and Italian say "they ask you" without "they": the verb's plural, which a page speaking as "we"
    # uses of its own staff only after naming them as ours, "i nostri operatori ti chiederanno …": see _OUR_STAFF)
    r"|\b(?P<unnamed>(le|te|les|lhe|ti|vi|gli)\s+(piden|dicen|pedir[aá]n|pedem|dizem|chiedono|dicono|chiederanno|llaman|escriben"
    r"|contactan|ligam)|(pedem|dizem|ligam|falam|mandam)(?=\s+(para|que|sua|seu|voc[eê]|um|uma)\b))\b"
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r")\s+(piden|pedem|verlangen|chiedono|demandent|dicen|dizem|sagen|dicono|disent)\b"
    # (and what they claim, after what else they do: "Les escrocs se font passer pour la gendarmerie et affirment qu'…")
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r")\b[^.!?;\n]{0,60}?\s(affirment|pr[eé]tendent|racontent|expliquent|affermano|sostengono"
    r"|behaupten|afirman|alegan|afirmam|alegam)(?![a-z])"
    # (and one of them: "o criminoso diz que um motoboy vai buscar o cartão", "el estafador llama diciendo …"; and "he" or
    # "she" after, as a warning goes on telling of him: "Ele diz que identificou uma compra suspeita no seu cartão")
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r")\s+(pide|pede|dice|diz|llama|liga|afirma|alega)\b"
    r"|\b(ele|ela|eles|elas|ella|ellas|ellos)\s+(diz|dizem|disse|disseram|dice|dicen|dijo|dijeron|afirma|afirmam|alega|alegam)\b"
    # (Indonesian and Malay: "Pelaku akan meminta korban menyebutkan kode OTP", "penipu biasanya mengaku sebagai petugas bank",
    # "modus penipuan yang meminta Anda memindahkan dana")
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r"|penipuan|modus)\b( yang)?"
    r"\s+((akan|biasanya|sering|kerap|kemudian|lalu)\s+)*(meminta|menyuruh|mengaku|meminjam|mendesak)\b"
    # (Russian and Ukrainian: "Мошенники просят назвать код", "Они просят …" after a warning, "Шахраї телефонують від імені
    # служби безпеки банку", "Вони просять назвати код з СМС": the scammers named or "they")
    r"|(?<![а-яёіїєґ])(мошенник[а-яё]*|злоумышленник[а-яё]*|аферист[а-яёіїєґ]*|они|шахра[а-яіїєґ]*|зловмисник[а-яіїєґ]*|вони)\s+"
    r"((часто|обычно|могут|также|затем|потом|зазвичай|можуть|також|потім|далі)\s+)*"
    r"(просят|попросят|требуют|предлагают|представляются|убеждают|говорят|сообщают|звонят"
    r"|просять|попросять|вимагають|пропонують|представляються|переконують|кажуть|говорять|повідомляють|телефонують)"
    r"(?![а-яёіїєґ])"
    # (Thai: "แก๊งคอลเซ็นเตอร์จะอ้างว่าบัญชีของท่านถูกอายัด และให้โอนเงิน…", "มิจฉาชีพมักแอบอ้างเป็น…")
    r"|(มิจฉาชีพ|แก๊งคอลเซ็นเตอร์|คนร้าย)[^\n]{0,20}?(อ้าง|แอบอ้าง|หลอก|ขอให้|สั่งให้|โทรมา|บอกว่า)"
    # (Vietnamese: "Kẻ gian thường mạo danh nhân viên ngân hàng, yêu cầu khách hàng cung cấp mã OTP", "Đối tượng lừa đảo yêu cầu
    # nạn nhân chuyển tiền")
    r"|(?<![a-z])(k[eẻ] gian|t[oộ]i ph[aạ]m|đ[oố]i t[uư][oợ]ng|l[uừ]a đ[aả]o)(?![a-z])[^.!?\n]{0,40}?(?<![a-z])(y[eê]u c[aầ]u|đ[eề] ngh[iị]|"
    r"h[uư][oớ]ng d[aẫ]n|d[uụ] d[oỗ]|m[aạ]o danh|gi[aả] danh|x[uư]ng l[aà])(?![a-z])"
    r"|\b(" + _THEY_WHO_SCAM_ELSEWHERE + r")\s+(le|te|lhe|ti|vi|gli)\s+(pide|pidi[oó]|dice|dijo|pede|pediu|diz|disse|chiede|dice)\b"
    # "騙徒會致電聲稱是銀行職員，指你的戶口有可疑交易，要求你提供一次性密碼或把款項轉往「安全戶口」"
    r"|(" + SCAMMERS_ZH + r"|犯罪分子|诈骗团伙|诈骗集团)[^。！？!?；;\n]{0,8}?(称|声称|自称|谎称|冒充|假冒|要求|诱导)", PATTERN_FLAGS)
_OUR_STAFF = re.compile(r"\b(nuestr[oa]s|noss[oa]s|nostr[ie])\b", PATTERN_FLAGS)
# (Italian "i" is "the" before a plural, "i soldi", "i codici", as English "I" seldom stands before a word ending in "i")
# (a word of its own among accented letters too: Vietnamese "tài", "mười" end in an "i" after a letter outside ASCII,
# which \b alone reads as a word)
_LETTER = r"a-z\u00c0-\u024f\u1e00-\u1eff"
_FIRST_PERSON_SINGULAR = re.compile(r"(?<![" + _LETTER + r"])(i(?! [a-z]*i\b)|me|my|mine|saya|aku)(?![" + _LETTER + r"])|我(?!们)|ผม|ดิฉัน|ฉัน"
                                    r"|(?<![\u0621-\u064a])(مني|لي|أنا|انا)(?![\u0621-\u064a])",
                                    PATTERN_FLAGS)


def _told_of_someone_else(folded: str, match: re.Match) -> bool:
    """Whether `match` stands in a clause whose subject is someone else (a scammer, "someone", "they") and that
    tells of no "me" ("…to collect my card")."""
    start = match.start()
    sentence = _sentence_start(folded, start)
    subject = _TOLD_OF_SOMEONE_ELSE.search(folded, max(sentence, start - _TOLD_REACH), start) \
        or _REPORTED_SPEECH.search(folded, sentence, start)
    if subject is None or _ASKING_CLAUSE.search(folded, subject.start(), start):
        return False  # (a clause of its own that asks: "有人盗用您的账户，请立即提供验证码")
    if subject.re is _REPORTED_SPEECH and subject.group("unnamed") and _OUR_STAFF.search(folded, sentence, subject.start()):
        return False  # "i nostri operatori ti chiederanno il codice": the page's own staff
    clause_end = _CLAUSE_END.search(folded, match.end(), match.end() + _TOLD_REACH)
    return _FIRST_PERSON_SINGULAR.search(folded, subject.start(), clause_end.start() if clause_end else match.end() + _TOLD_REACH) is None


_CLAUSE_END = re.compile(r"[,，、:：]|" + _SENTENCE_ENDS)

# An anti-fraud page quotes the scripts it warns of, each after a label that says whose they are: "冒充公检法：“您的账户
# 涉嫌洗钱，请…把资金转入安全账户。”", "Scammers may say: \"Your account is frozen, move your money to a safe account.\""
# The quotation runs on to the match on its line, unclosed. (Quoted after "the caller said", it is a victim's story,
# which `_told_of_someone_else` reads.)
_QUOTED_AS_A_SCAMS = re.compile(
    r"(冒充|假冒|" + SCAMMERS_ZH + r"|话术|诈骗)[^。！？!?；;\n“”\"「」]{0,12}[:：]?\s*[“\"「『][^”\"」』\n]*$"
    r"|\b(" + SCAMMERS + r"|the scams?|scams?|fake|phishing)\b[^.!?\n\"“”]{0,30}\b(say|says|said|tell you|claim|claims|"
    r"messages?|texts?|emails?|calls?|scripts?)[^.!?\n\"“”]{0,10}[:：]?\s*"
    # (the quotations one after another: 'Examples of scam messages: "Your account is locked…" or "Send us your code"')
    r"([\"“][^\"”\n]*[\"”][\s,;]*((or|and)\s+)?){0,4}[\"“][^\"”\n]*$"
    # (in Spanish, Portuguese, French, German and Italian: 'Ejemplos de mensajes fraudulentos: "…" o "…"', "Exemplos de
    # golpes:", "Exemples de messages frauduleux :", "Beispiele für Betrugsnachrichten:", "Esempi di messaggi truffa:")
    r"|\b(ejemplos?|exemplos?|exemples?|beispiele?|esempi|mensajes (fraudulentos|falsos)|mensagens (falsas|fraudulentas)"
    r"|messages frauduleux|betr[uü]gerische nachrichten|messaggi (truffa|fraudolenti))\b[^.!?\n\"“”]{0,40}[:：]\s*"
    r"([\"“«][^\"”»\n]*[\"”»][\s,;]*((o|ou|or|oder|e|y)\s+)?){0,4}[\"“«][^\"”»\n]*$", PATTERN_FLAGS)
_QUOTE_REACH = 300  # characters before a match: a quoted script's length
_QUOTE_ENDS = re.compile(r"[”\"」』]")


# or after a label that begins its line, quotation marks or none: "话术一：您的账户涉嫌洗钱，请把资金转到安全账户",
# "Script 2: This is the IRS…", "刷单诈骗的常见套路：点赞关注就能赚钱，先做三单体验"
_A_SCRIPTS_LABEL = re.compile(
    r"[ \t\u3000]*([^\n:：。，,！？!?]{0,12}?(话术|骗术|套路|手法|伎俩)|(scam )?script)[ \t]*[一二三四五六七八九十\d]{0,3}[ \t]*[:：]",
    PATTERN_FLAGS)


# or in a quotation that begins its line under a heading that names the scam: "三、刷单返利诈骗\n“点赞关注就能赚钱，日赚300
# 元”，先给小额返利……"
_A_QUOTE_BEGINS = re.compile(r"[ \t\u3000]*[“\"「『]")
_A_SCAMS_HEADING = re.compile(r"(诈骗|骗局|骗术|\bscams?|\bfraud)[ \t\u3000]*[:：]?[ \t\u3000]*\n$", PATTERN_FLAGS)
_HEADING_REACH = 40  # characters: a heading's last words


# or in a quotation a news report attributes after it: "“He told me to … move my savings into a new account to protect
# them,” she said." (a victim's own words, told of by the reporter; on a forum the victim writes them unquoted)
_ATTRIBUTED_AFTER = re.compile(
    r"[,，]?\s*((she|he|they|the (woman|man|victim|caller|retiree|customer|officer)|[a-z]+( [a-z]+)?)\s+(said|says|recalled|"
    r"added|explained|wrote|told (police|reporters|us))|(said|says)\s+(she|he|the [a-z]+|[a-z]+))\b"
    r"|[，,]?\s*(她|他|受害人|当事人|事主|[\u4e00-\u9fff]{1,3}(女士|先生))(说|称|回忆|表示|告诉记者)", PATTERN_FLAGS)


def _quoted_and_attributed(folded: str, match: re.Match, line_start: int) -> bool:
    """`line_start`: where the match's line starts, looked for no further back than _QUOTE_REACH."""
    before = folded[line_start:match.start()]
    opened = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”") or before.rfind("「") > before.rfind("」")
    if not opened:
        return False
    close = _QUOTE_ENDS.search(folded, match.end(), match.end() + _QUOTE_REACH)
    if close is None or "\n" in folded[match.end():close.start()] or not (said := _ATTRIBUTED_AFTER.match(folded, close.end())):
        return False
    # (a victim's own story goes on in the first person: "“Please read me the code,” he said, and I did.")
    end = _SENTENCE_END.search(folded, said.end())
    return _FIRST_PERSON_SINGULAR.search(folded, said.end(), end.start() if end else len(folded)) is None


def _quoted_as_a_scams(folded: str, match: re.Match) -> bool:
    """Whether `match` stands in a quotation that a label names as a scam's (see _QUOTED_AS_A_SCAMS), or that a
    report attributes to someone after it (_ATTRIBUTED_AFTER)."""
    start = match.start()
    line_start = folded.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1
    begins_its_line = line_start > 0 or start <= _QUOTE_REACH  # (not a longer line's middle)
    if begins_its_line and (label := _A_SCRIPTS_LABEL.match(folded, line_start)) and label.end() <= start:
        return True
    if line_start > 0 and (quote := _A_QUOTE_BEGINS.match(folded, line_start)) \
            and _A_SCAMS_HEADING.search(folded, max(0, line_start - _HEADING_REACH), line_start) \
            and not _QUOTE_ENDS.search(folded, quote.end(), start):
        return True
    return _QUOTED_AS_A_SCAMS.search(folded, max(line_start, start - _QUOTE_REACH), start) is not None \
        or _quoted_and_attributed(folded, match, line_start)


def _names_may_count_on_a_page(definition: SignalDef, fields: Sequence[tuple[int, int]]) -> bool:
    """Whether a match of the entry's names may count on a web page: where a sentence may ask for it (`asked_by`),
    or a form field may show it (`_in_a_field`). Names with neither are for what someone sent alone."""
    return definition.asked_by is not None \
        or (definition.severity == "critical" or definition.never_in_a_field is not None) and bool(fields)


def _in_a_field(definition: SignalDef, match: re.Match, fields: Sequence[tuple[int, int]]) -> bool:
    """Whether `match` is a form field's own words, and the field asks for what no web form may: a recovery phrase
    (a critical sign), a UPI PIN (`never_in_a_field`). Sign-in pages' fields ask for passwords and codes, checkouts'
    for card numbers."""
    may_not_ask = definition.severity == "critical" \
        or definition.never_in_a_field is not None and definition.never_in_a_field.search(match.group()) is not None
    return may_not_ask and any(start <= match.start() and match.end() <= end for start, end in fields)


def _asked_for(definition: SignalDef, folded: str, match: re.Match) -> bool:
    """Whether the sentence holding `match` asks for what it names, in the entry's `asked_by` words, not denied just
    before them ("…验证码,就跟任何帐号密码一样重要,请勿告知任何人" (LINE's own warning) tells no one to tell)."""
    if definition.asked_by is None:
        return False
    start, end = _sentence_of(folded, match)
    return any(_DENIED_JUST_BEFORE.search(folded, max(start, asked.start() - 8), asked.start()) is None
               for asked in definition.asked_by.finditer(folded, start, end))


# (its \Z at the search's end: the words just before the asking ones)
_DENIED_JUST_BEFORE = re.compile(r"(请勿|切勿|不要|千万不要|千万别|不得|不能|严禁|绝不|不会|(?<!不)别|(?<![请切])勿)\s*\Z", PATTERN_FLAGS)


def _said_after(definition: SignalDef, folded: str, match: re.Match) -> bool:
    """Whether `not_after`'s words stand just before `match` in its sentence, and the sentence asks for what it names
    nowhere (`asked_by`). (`not_after` ends where the match begins: its \\Z, at the search's end.)"""
    sentence, end = _sentence_of(folded, match)
    return definition.not_after.search(folded, max(sentence, match.start() - _NOT_AFTER_REACH), match.start()) is not None \
        and (definition.asked_by is None or definition.asked_by.search(folded, sentence, end) is None)


_NOT_AFTER_REACH = 80  # characters before a match: an offer's words, an amount and a brand; a code's name and its digits


def _sentence_of(folded: str, match: re.Match) -> tuple[int, int]:
    """Where the sentence holding `match` begins and ends (its closing mark included)."""
    end = _SENTENCE_END.search(folded, match.end())
    return _sentence_start(folded, match.start()), end.end() if end else len(folded)


_SENTENCE_END = re.compile(_SENTENCE_ENDS)


# A text message is at most 160 Latin characters or 70 Chinese ones: what stands this far from a match is
# another message, on a page.
_MESSAGE_REACH = 160
# how far past the code's name its digits may stand: "OTP for transaction of Rs. 5,000 at Amazon is 482913", "Ihre mTAN
# für die Überweisung an Max Mustermann über 250,00 EUR lautet 482913"
_DIGITS_REACH = 96


def _delivered(definition: SignalDef, folded: str, match: re.Match) -> bool:
    """Whether `match` names a code that the message gives, as a provider's own text message does
    ("您的验证码是123456，请勿泄露给他人", "Your verification code is 482913. Don't share it", "G-482913 is your
    Google verification code."): the match lies inside a phrase that gives the code's digits, and the message
    says to keep the code to oneself or to ignore it, or asks for no secret at all (`asked_by`). A fake agent's
    "我刚给您发了验证码，请把验证码告诉我" gives no digits; one who quotes such a message and then asks
    ("…请勿泄露。请把验证码告诉我") asks in a match of its own."""
    start, end = match.span()
    lowest, highest = max(0, start - _MESSAGE_REACH), end + _MESSAGE_REACH
    inside = any(given.start() <= start and end <= given.end()
                 for pattern in definition.delivers_code for given in pattern.finditer(folded, max(0, start - 40), end + _DIGITS_REACH))
    return (inside or _named_again(definition, folded, match, lowest)) \
        and (any(pattern.search(folded, lowest, highest) for pattern in definition.keep_code_private)
             or definition.asked_by is not None and not definition.asked_by.search(folded, lowest, highest))


# A sentence that hands a code over in words `asked_by` leaves to others ("Please provide the verification code to our
# agent"; Hindi's "bata dijiye", "bhejo"), or says who wants it ("Our executive needs the OTP"): no bank's sentence after
# its code does ("OTP valid for 10 mins")
_HANDED_OVER = re.compile(r"\b(provide|give|tell|send|share|read|forward|say|text|disclose|dictate|need|needs|needed|"
                          r"executive|agent|staff|officer|representative|"
                          r"bata|batao|bataiye|bataye|bhej|bhejo|bhejiye|bolo|boliye)\b", PATTERN_FLAGS)


def _named_again(definition: SignalDef, folded: str, match: re.Match, lowest: int) -> bool:
    """Whether `match` names again, in a sentence that does not ask for it, the code its message has given before
    it: "482913 is your OTP for txn of INR 5000.00 at AMAZON. OTP valid for 10 mins. Do not share with anyone." The
    fake agent who quotes such a message asks in a sentence of its own ("…请勿泄露。请把验证码告诉我")."""
    sentence, end = _sentence_of(folded, match)
    return definition.asked_by is not None and not definition.asked_by.search(folded, sentence, end) \
        and not _HANDED_OVER.search(folded, sentence, end) \
        and any(given.end() <= sentence
                for pattern in definition.delivers_code for given in pattern.finditer(folded, lowest, sentence))


# A provider's warning may name a secret first and deny giving it after: "验证码请勿告诉他人", "verification codes
# should never be shared". That negation, right after the match, reaches back to it; unless the clause goes on to
# ask for it after all, as fake agents do ("验证码不要告诉别人，告诉我就行"). Only for a secret: "转到安全账户不要告诉家人"
# still asks for the transfer.
_NEGATED_AFTER = re.compile(
    # (a code's "for your own use" first: LINE's "認證碼限本人使用,請勿告訴任何人")
    r"\s*((仅|只)?限(本人|您本人)(使用)?\s*[,，]?\s*)?"
    r"(千万不要|千万别|请勿|切勿|不要|不能|不得|严禁|绝不能?|别|勿|千祈唔好|唔好)(向|对|将|把|给|跟|同|和)?[^。！？!?\n，,]{0,6}?"
    r"(告诉|告知|泄露|泄漏|透露|提供|转发|转告|分享|发送|发给|交给|给|话俾|讲俾|俾|畀)"
    # (said of it first, "OTP is a confidential detail and one must never share it", "Your OTP is secret, never share it":
    # Paytm Payments Bank's own page was a scam's script)
    r"|(\s+(is|are)\s+(a\s+|an\s+)?(strictly\s+)?(confidential|secret|private|personal|sensitive)(\s+[a-z]+){0,2}(\s*,|\s+and)?"
    r"(\s+(one|you|it|they))?)?"
    r"\s*((should|must|will|is|are)\s+)?(never|not)\s+(to\s+)?(be\s+)?(shared|share|given|give|told|tell|sent|send|disclosed|disclose)\b"
    # "el código de verificación nunca debe compartirse", "…: no lo compartas con nadie"
    r"|\s*(nunca|jam[aá]s|no)\s+((lo|la|los|las|se|te|le)\s+){0,2}((debe|deben|debes)\s+)?(darlo|darla|" + _SPANISH_GIVING + r")"
    # "o código nunca deve ser compartilhado", "…: não o compartilhe"
    r"|\s*(nunca|jamais|n[aã]o)\s+((o|a|se|lhe)\s+)?((deve|devem)\s+(ser\s+)?)?(compartilh|informad|passad|revel|envi|fornec|divulg|diga)"
    # "le code ne doit jamais être communiqué", "…: ne le communiquez à personne"
    r"|\s*(ne|n')\s*((le|la|les|doit|doivent)\s+)*(jamais\s+)?([eê]tre\s+)?(communiqu|partag|donn|transmi|transmett|divulg|r[eé]v[eé]l)"
    # "die TAN darf niemals weitergegeben werden", "… niemals am Telefon weiter", "… niemals mit anderen" (German puts
    # the verb's particle last)
    r"|\s*((darf|d[uü]rfen|sollte|sollten)\s+)?(sie\s+)?(nie|niemals|nicht|keinesfalls)\s+(\w+\s+){0,3}?"
    r"(weiter|mitgeteilt|preisgegeben|geteilt|mit (anderen|dritten|jemandem))"
    # "il codice non deve mai essere comunicato", "…: non condividerlo"
    r"|\s*non\s+((deve|devono|va)\s+)?(mai\s+)?(essere\s+)?(condivis|comunicat|fornit|divulgat|rivelat|condivider|comunicar|dat)"
    # India's banks in Hindi, romanised or in Devanagari: "OTP kisi ke saath share na karein", "OTP kisi ko na batayein",
    # "Bank kabhi OTP nahi maangta", "OTP किसी को न बताएं", "बैंक कभी OTP नहीं मांगता"
    r"|\s*(kisi\s+(bhi\s+)?(ko|ke\s+saath|ke\s+sath|se)\s+)?(bhi\s+)?((share|saajha|sajha)\s+)?(na|mat|nahi|nahin)\s+"
    r"(karein|karen|kare|karo|kijiye|kijie|batayein|bataye|bataen|batain|batao|batana|dein|den|bhejein|maang|mang|pooch|puch)"
    r"|\s*(किसी\s+(को|के\s+साथ|से)\s+)?(भी\s+)?((साझा|शेयर)\s+)?(न|ना|मत|नहीं|नही)\s+(कर|बता|दे|माँग|मांग|पूछ)"
    # ... or says what it is for, as India's banks' and NPCI's reminders do: "UPI PIN is required only to send money, not
    # to receive it", "… only for sending money", "UPI PIN sirf paise bhejne ke liye hota hai" (the "to" or "for" after
    # "is", "are", "required", "only", "meant": a fake agent's "is needed to receive the refund", "Tell me your UPI PIN to
    # send money back to you" ask)
    r"|\s*((is|are)\s+)?((required|needed|used|meant)\s+)?(only\s+)?((required|needed|used)\s+)?(?<=is |re |ed |ly |nt )(to|for)\s+"
    r"(send|sending|pay|paying|payments?|make|making|authori[sz]e|authori[sz]ing|approve|approving)\b"
    r"|\s*sirf\s+(paise\s+)?(bhejne|send karne|payment|pay karne)"
    # Korean puts its "do not" last: "인증번호를 타인에게 알려주지 마세요", "… 절대 공유하지 마십시오"
    r"|(?=\s?[\uac00-\ud7a3])[^.!?\n]{0,16}?(알려|공유하|말하|보내|주)(주)?지\s?(마|않)"
    # Japanese too: "認証コードは絶対に他人に教えないでください"
    r"|(?=\s?[\u3040-\u30ff])[^。！？!?\n]{0,16}?(教え|伝え|渡さ|言わ|共有し|お伝えになら|お教えになら)ないで"
    # Turkish puts its "do not" last: "SMS ile gelen OTP şifrenizi kimseyle paylaşmayın"; Dutch after the object: "Deel uw
    # OTP-code nooit met iemand"
    r"|[^.!?\n]{0,30}?(payla[sş]may[iı]n|vermeyin|s[oö]ylemeyin|iletmeyin|payla[sş]mamal[iı]s[iı]n[iı]z|payla[sş]may[iı]n[iı]z"
    # (and its "does not ask" and "there is no": "Binance doğrulama kodunuzu istemez", "… diye bir şey yoktur")
    r"|istemez|istemeyecektir|istemeyiz|talep etmez|talep etmemektedir|diye bir [sş]ey yok(tur)?|bulunmamaktad[iı]r)"
    r"|[^.!?\n]{0,12}?\b(nooit|niet)\b(?=\s+(met|aan|door|delen|doorgeven|geven|te)\b)"
    # (Polish after it: "Kodu BLIK nie podawaj nikomu", "… nikomu nie przekazuj")
    r"|[^.!?\n]{0,30}?(?<![a-ząćęłńóśźż])(nikomu|nigdy)(?![a-ząćęłńóśźż])"
    # Tagalog's "Kung may humingi ng OTP mo, huwag itong ibigay"
    r"|\s*(mo|ninyo|niyo|nyo)?[,]?\s*huwag\s+(itong\s+|ito\s+|mong\s+|ninyong\s+)?(ibigay|ibahagi|sabihin|ipadala)"
    # Indonesian's passive: "password dan kode OTP tidak dibagikan kepada siapapun" (Bank Mandiri's reminder)
    r"|[^.!?\n]{0,20}?\b(tidak|jangan)\s+(boleh\s+)?(di)?(bagikan|berikan|beritahukan|sebarkan|kirimkan|kasih)\b"
    # and what is the reader's alone: "An OTP is for your eyes only" (Lloyds' reminder)
    r"|\s*(is|are)\s+(for\s+your\s+eyes\s+only|only\s+for\s+you|private|confidential|secret)\b",
    PATTERN_FLAGS)
_ASKED_AFTER_ALL = re.compile(r"[^。！？!?\n]{0,30}?[，,]\s*(只|就|但|可以|直接)?\s*(告诉|发给|给|报给|念给|读给|tell|give|send|read)\s*(我|me\b)",
                              PATTERN_FLAGS)


def _denied_after(folded: str, match: re.Match) -> bool:
    after = _NEGATED_AFTER.match(folded, match.end())
    return after is not None and not _ASKED_AFTER_ALL.match(folded, after.end())


# A warning may describe the request first and say what it is after it, in the same sentence: "Anyone who asks you
# to pay with gift cards is a scammer", "凡是要求转到安全账户的都是诈骗"; or put it in a condition whose consequence
# is to refuse: "If you get a call asking you to buy gift cards, hang up", "如果有人让你共享屏幕，请立即挂断". A fake
# agent's condition asks in a clause of its own before the request ("If you want the refund, read me the code"),
# and its consequence threatens or presses on ("…, your account will be closed").
_CALLED_A_SCAM_AFTER = re.compile(
    r"[^。.!?！？;；\n]{0,80}?(?<![不没])(都是|就是|这是|这就是|一定是|肯定是|必是|均为|均是|全是|全都是|一律是|一律为|统统是|一定[係系]|都[係系]|就[係系]|梗[係系]|肯定[係系])(电信)?(诈骗|骗子|骗局|骗徒)(?!同伙|团伙|集团|分子|嫌疑|犯罪|案)"
    # (or told to beware of it: "接獲自稱銀行來電…要求您提供信用卡資訊或驗證碼請謹慎留意詐騙" (Bank SinoPac))
    # ("…,请留意是否为钓鱼诈骗讯息" (Taiwan's banks): whether it is one, a few words more)
    r"|[^。.!?！？;；\n]{0,20}?(请|务必)?(谨慎留意|提高警惕|谨防|留意|当心|小心)[^。.!?！？;；\n]{0,6}(诈骗|骗局|受骗|上当)"
    # (or asked, then called one: LINE's "親友正在跟你要認證碼?小心詐騙!")
    r"|[^。.!?！？;；\n]{0,20}?[?？]\s*(请)?(小心|当心|谨防|提防|注意)(诈骗|受骗|上当|骗局)"
    r"|[^。.!?！？;；\n]{0,80}?\b(is|are)\s+((always|definitely|certainly|surely)\s+)?(an?\s+)?"
    r"(scam|scams|scammer|scammers|fraudster|fraudsters|impostor|impostors|imposter|imposters)\b"
    # (Russian and Ukrainian: "Безопасных счетов не существует", "Безпечних рахунків не існує", "there are no safe accounts";
    # "… — это мошенники", "… — це шахраї")
    r"|(?=[\s—–-]{0,3}[а-яёіїєґ])[^.!?\n]{0,20}?(?<![а-яёіїєґ])(не существует|не бывает|не існує|не буває)(?![а-яёіїєґ])"
    r"|(?=[\s—–-]{0,3}[а-яёіїєґ])[^.!?\n]{0,80}?(?<![а-яёіїєґ])(это (мошенни[а-яё]*|обман|аферист[а-яё]*)"
    r"|це (шахра[а-яіїєґ]*|обман|афер[а-яіїєґ]*))(?![а-яёіїєґ])"
    # (Korean: "안전계좌로 이체하라는 요구는 100% 보이스피싱입니다", the demand "to transfer" named after it, then called a scam;
    # "… 요구하지 않습니다", asked for by no one. These, Russian's and Japanese's look first that the words after the match
    # are in their script: a page in another pays nothing for them)
    r"|(?=\s?[\uac00-\ud7a3])[^.!?\n]{0,30}?(라는|하라는|달라는|해 ?달라는) ?(요구|요청|전화|문자|말)"
    r"|(?=\s?[\uac00-\ud7a3])[^.!?\n]{0,40}?(보이스 ?피싱|메신저 ?피싱|스미싱|사기)(입니다|이다|예요|이에요|이므로|이니까|이니)"
    r"|(?=\s?[\uac00-\ud7a3])[^.!?\n]{0,20}?(요구|요청|안내)하지 ?않"
    # (Japanese: "警察が安全な口座への送金を求めることは絶対にありません", asked for by no one, its "not" last)
    r"|(?=[^。！？!?\n]{0,8}?[\u3040-\u309f])[^。！？!?\n]{0,40}?(求め|要求|お愿い|依頼|指示)[^。！？!?\n]{0,12}?(ません|ない)"
    # (Japan's police pages: what is never done, "警察官がLINEでビデオ通話をすることはありません", its banks' "パスワード、暗証番号等を
    # お伺いすることは一切ございません" (a hiragana within a few characters: what is listed may run on in kanji); who does not exist,
    # "キャッシュカードを預かりに来る警察官や銀行員はいません"; "ATMで還付金は受け取れません"; "…と言われたら、それは詐欺です" (詐欺
    # read 诈欺))
    r"|(?=[^。！？!?\n]{0,8}?[\u3040-\u309f])(?:[^。！？!?\n]{0,40}?(ことは|ことも)(絶対に?|决して|一切)?(ありません|ありえません|ございません|ない)"
    r"|[^。！？!?\n]{0,40}?(人|者|员|官|警察)(は|も)(絶対に?|决して|一切)?(いません|おりません)"
    r"|[^。！？!?\n]{0,6}?は受け取れません|[^。！？!?\n]{0,40}?诈欺(です|だ|の(手口|可能性)))", PATTERN_FLAGS)
# Japanese: the script quoted, as Japan's police pages tell of it: "「逮捕状が出ている」などと電話があり", "ビデオ通話に誘導され"
# (誘導 read 诱导). Told of, not asked; but in what the one it was said to tells (`find`'s `told`, "「認証コードを教えて」と言われ
# ました"), what they were asked.
_JAPANESE_TOLD_OF_AFTER = re.compile(
    r"(?=[^。！？!?\n]{0,8}?[\u3040-\u309f])(?:[^。！？!?\n]{0,60}?」\s*(など|等|とか)?と(言|いう|电|话|告げ|胁|持ちかけ|伝え|名乗|诱|要求|求め|指示|嘘|うそ)"
    r"|[^。！？!?\n]{0,60}?(など|等)と(言|いう|电话|告げ|胁|持ちかけ|伝え|嘘|うそ)"
    r"|[^。！？!?\n]{0,12}?(に|へ)(诱导|勧诱)(され|させられ))", PATTERN_FLAGS)
# Korean: what the scammer says or asks, told of: "휴대폰 액정이 깨졌다며 접근하는 문자는…", "saying the screen broke"; "…"라고
# 말하거나", "핀번호를 보내 달라고 합니다", "원격조종 앱을 설치하라고 요구합니다", "they ask to …". Not where the one who asks is
# someone the speaker honours (님이, 님께서): that is a fake agent relaying a colleague's demand, "검사님이 안전계좌로
# 이체하라고 합니다" (the prosecutor says to transfer it to a safe account); a warning does not honour the scammer.
_KOREAN_TOLD_OF_AFTER = re.compile(
    r"(?=\s?[\uac00-\ud7a3\"”'’])(?:[^.!?\n]{0,6}?(다며|라며|다면서|라면서|다고 하며|라고 하며)"
    r"|[^.!?\n]{0,60}?(라고|다고|달라고|하라고|자고) ?(합니다|한다|해요|요구|하며|하면서|말[하합한해]|속이|유도|접근))", PATTERN_FLAGS)
_HONOURED_ONE_ASKS = re.compile(r"님(이|께서)\s", PATTERN_FLAGS)
_REFUSED_AFTER_A_CONDITION = re.compile(
    r"[^。.!?！？;；\n,，]{0,80}[,，]\s*((then|just|please|immediately|simply)\s+)*(hang up|it'?s a scam|it is a scam|that'?s a scam|"
    r"report (it|them)|ignore (it|them)|(do not|don't|never) (give|share|tell|send|pay|buy|reply|respond|answer|click|engage|do it))\b"
    # (French and German: "…, raccrochez : c'est une arnaque", "…, legen Sie sofort auf")
    r"|[^。.!?！？;；\n,，]{0,80}[,，]\s*((alors|puis|imm[eé]diatement|dann|sofort|bitte)\s+)*(raccrochez|raccroche|c'est une arnaque|"
    r"signalez|legen sie (sofort |bitte )?auf|auflegen|das ist betrug|ignorieren sie)(?![a-z])"
    # (Spanish, Portuguese and Italian: "…, cuelgue: es una estafa", "…, desligue: é golpe", "…, riattacchi: è una truffa")
    r"|[^。.!?！？;；\n,，]{0,80}[,，]\s*((entonces|luego|inmediatamente|ent[aã]o|imediatamente|subito|allora)\s+)*(cuelgue|cuelga|"
    r"es una estafa|es un fraude|desligue|desliga|[eé] (um )?golpe|riattacchi|riattacca|[eè] una truffa)(?![a-z])"
    r"|[^。.!?！？;；\n,，]{0,80}[,，]\s*(请|就|要|一定要|务必|应|应当|应该)?(立即|立刻|马上|直接|即刻)?"
    r"(挂断|挂掉|挂电话|收线|收線|不要理会|不予理会|不要理睬|别理|报警|不要相信|千万不要|切勿|就是诈骗|都是诈骗|一定是诈骗|肯定是诈骗"
    # (the police's or an anti-fraud line called, or a line named, not given, called to check: "请立即拨打 110", "撥打 165
    # 反詐騙諮詢專線查證", "请致电银行官方客服核实"; not a fake agent's "拨打4001234567联系我们核实")
    r"|拨打\s*(110|96110|165|18222)|(拨打|致电|联系)[^。！？!?\n，,\d]{0,16}(查证|核实|核查|求证))"
    # (Hindi's "then do not tell it": "अगर कोई आपसे UPI PIN मांगे तो उसे न बताएं", "agar koi OTP maange to na batayein")
    r"|[^।.!?\n]{0,80}?(तो|,)\s*(उसे|उन्हें|इसे|उसको|उनको)?\s*(कभी\s+)?(न|ना|मत)\s+(बताएं|बताएँ|बताइए|बताओ|दें|दीजिए|दो|भेजें|करें|शेयर)"
    r"|[^.!?\n]{0,80}?\b(to|toh|,)\s*(use|unhe|inhe|usko|unko)?\s*(kabhi\s+)?(na|mat)\s+(batayein|bataye|bataen|batain|batao|"
    r"dein|den|do|bhejein|karein|share)\b",
    PATTERN_FLAGS)
_ASKING_CLAUSE = re.compile(_A_CLAUSE_THAT_ASKS, PATTERN_FLAGS)


def _sentence_start(folded: str, position: int) -> int:
    """Where the sentence holding `position` begins, looked for no further back than a negation reaches."""
    reach = max(0, position - _NEGATION_REACH)
    before = _UP_TO_LAST_SENTENCE_END.match(folded, reach, position)
    return before.end() if before else reach


# What a match names may be the scam's own name, a warning page's heading: "Safe account scams: how they work",
# "Safe account fraud is rising", "安全账户诈骗又出新套路".
_A_SCAMS_NAME_AFTER = re.compile(
    r"\s*(scams?\b|fraud\b(?!\s+(team|department|dept|unit|desk|line|squad|officer))|诈骗(?!分子|犯|团伙|者)|骗局|诈欺)", PATTERN_FLAGS)


def _warned_after(folded: str, match: re.Match, told: bool = False) -> bool:
    if _CALLED_A_SCAM_AFTER.match(folded, match.end()) or _A_SCAMS_NAME_AFTER.match(folded, match.end()):
        return True
    if not told and (_JAPANESE_TOLD_OF_AFTER.match(folded, match.end()) or _KOREAN_TOLD_OF_AFTER.match(folded, match.end())
                     and not _HONOURED_ONE_ASKS.search(folded, _sentence_start(folded, match.start()), match.start())):
        return True
    if not _REFUSED_AFTER_A_CONDITION.match(folded, match.end()):
        return False
    condition = _CONDITION.search(folded, _sentence_start(folded, match.start()), match.start())
    return condition is not None and not _ASKING_CLAUSE.search(folded, condition.end(), match.start())


# "If you don't pay with gift cards, your account will be closed": the negation is the condition of a threat, and
# the request stands. A warning's condition threatens nothing ("If you don't know the caller, hang up").
_THREAT = (r"(\b(will|would|could|shall) be (closed|frozen|suspended|locked|blocked|deleted|terminated|"
           r"arrested|sued|charged|prosecuted|fined|jailed)\b|\byou will (go to jail|lose)\b|(会|将|就会|将会)被?(冻结|注销|封|起诉|拘留|逮捕|关闭|销户|罚款)"
           # (Spanish's and Portuguese's: "su cuenta será suspendida", "sua conta será bloqueada")
           r"|\bser[aá] (suspendid[oa]|bloquead[oa]|cancelad[oa]|cerrad[oa]|suspens[oa]|encerrad[oa]|desativad[oa]|desactivad[oa])(?![a-z]))")
_THREAT_AFTER = re.compile(r"[^。.!?！？;；\n]{0,80}?" + _THREAT, PATTERN_FLAGS)
# ... or before the condition, in its sentence: "Your account will be suspended if you do not verify your details", "sua
# conta será suspensa se não validar seus dados no link"
_THREAT_BEFORE = re.compile(_THREAT + r"[^。.!?！？;；\n]{0,80}$", PATTERN_FLAGS)
_CONDITION_THEN_NEGATION = 12  # characters between "if" and its "don't": " you ", "你"


# A warning names a kind of request and tells the reader what to do about it: "Be wary of calls asking you to move money
# to a safe account", "Hang up on anyone who asks for your verification code", "Watch out for texts that ask you to read
# out a one-time passcode", "Hati-hati terhadap pesan yang meminta Anda…"; the request that follows in the sentence is the
# kind's, as after a negation. (A fake agent asks in his own name, "our agent will ask you to…": no such noun.)
# German's kinds of request and its verbs of asking ("Anrufen, die Sie auffordern, …"), read before a match here and around
# one below (_a_german_kind_around)
_GERMAN_KINDS = r"anrufen?|nachrichten|e-mails|sms|personen"
_GERMAN_ASKING = r"auffordern|auffordert|bitten|bittet|dr[aä]ngen|dr[aä]ngt"
_A_KIND_OF_REQUEST = re.compile(
    # (each alternative's first letter looked at first: the alternatives tried at every character of a sentence cost a page of
    # English warnings 2.4 ms, 0.8 so)
    r"(?=\b[abceklmnopqrstw]|[đзсплтвмมแคاوي])(?:"
    r"\b(scams?|(phone |text |e-?mail |social media )?(calls?|messages?|texts?|e-?mails?|requests?|callers?|links?"
    r"|websites?|sites?|ads?|posts?)|"
    r"anyone|anybody|someone|somebody|people|strangers?)\s+((that|which|who)\s+(ask|asks|tell|tells|instruct|instructs"
    r"|urge|urges|pressure|pressures|want|wants)|"
    r"(asking|telling|instructing|urging|pressuring|requesting))\b"
    # ("Common red flags include requests for your PIN, one-time passcodes or remote access")
    r"|\b(requests?|demands?) for\b"
    # (the warning's own words before a condition: "Be careful if you're asked to install an app or share your screen")
    # (the condition looked ahead to, not taken: the reach of what is said begins at the warning's words, not at its "if")
    r"|\b(be (careful|wary|suspicious|cautious|on (your )?guard)|watch out|beware)"
    r"(?=\s+(if|whenever|when (you('re| are| get)|someone|anyone|a caller|callers))\b)"
    # (Indonesian and Malay: "pesan yang meminta Anda", "siapa pun yang meminta kode OTP", "sesiapa yang meminta")
    r"|\b(panggilan|telepon|telefon|pesan|mesej|sms|email|e-mel|tautan|pautan|siapa ?pun|sesiapa|seseorang"
    r"|orang)\s+yang\s+(meminta|menyuruh|mendesak)\b"
    # (Vietnamese: "các cuộc gọi yêu cầu chuyển tiền", "tin nhắn đề nghị cung cấp mã OTP")
    r"|(?<![a-z])(cu[oộ]c g[oọ]i|tin nh[aắ]n|ng[uư][oờ]i l[aạ]|b[aấ]t k[yỳ] ai|k[eẻ] gian"
    r"|đ[oố]i t[uư][oợ]ng)\s+(y[eê]u c[aầ]u|đ[eề] ngh[iị]|h[uư][oớ]ng d[aẫ]n)(?![a-z])"
    # (Thai: "มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ธนาคาร หลอกให้โอนเงิน…", the scammers who "trick you into" it)
    r"|(มิจฉาชีพ|แก๊งคอลเซ็นเตอร์|คนร้าย)[^\n]{0,60}?(หลอกให้|หลอกล่อให้|ขอให้|สั่งให้|ให้เหยื่อ)"
    # (Arabic: "المحتالين الذين يطلبون منك رمز التحقق", "ويطلبون عبارة الاسترداد", they who ask, and they ask)
    r"|(?<![\u0621-\u064a])((الذين|اللذين|التي|من) (يطلب|يطلبون|تطلب|يسأل|يسألون|يدعي|يدعون)|و?(يطلبون|يطلب منك|يدعون|ينتحلون))"
    r"(?![\u0621-\u064a])"
    # (Russian: "звонки, в которых просят перевести деньги", "сообщения с просьбой назвать код", "любые просьбы")
    r"|(?<![а-яё])(звонк[а-яё]*|сообщени[а-яё]+|смс|письм[а-яё]+|люд[а-яё]+|тех|всех"
    r"|любо[а-яё]+)[, ]{1,2}((в )?(котор[а-яё]+|кто) (просят|просит|требуют|требует|предлагают|предлагает)"
    r"|с просьб[а-яё]+)(?![а-яё])"
    # (Spanish, Portuguese, French, German, Italian: "llamadas que le piden", "mensagens que pedem", "appels qui vous demandent",
    # "bei Anrufen auf, die Sie auffordern", "chiamate che ti chiedono")
    r"|\b(llamadas|mensajes|correos|cualquier persona|quien|liga[cç][oõ]es|mensagens|qualquer pessoa|quem)\s+que\s+((le|te|les|lhe|lhes)\s+)?"
    r"(pida|pide|piden|pidan|solicite|solicitan|pe[cç]a|pede|pedem|pe[cç]am|solicitam)(?![a-z])"
    # ("Cuidado con los mensajes que dicen que su paquete está retenido", "mensagens dizendo que sua encomenda está retida")
    r"|\b(llamadas|mensajes|correos|sms|liga[cç][oõ]es|mensagens|e-?mails)\s+((que|en los que|nas quais|em que)\s+)?"
    r"(dicen|digan|diciendo|afirman|afirmando|dizem|digam|dizendo|afirmam|alegam|alegando)(?![a-z])"
    # ("Desconfíe de quien le pida que no cuelgue", "quem pedir para você não desligar")
    r"|\b(quien|quienes|quem)\s+((le|te|les|lhe|lhes)\s+)?(pida|pidan|pide|piden|pe[cç]a|pe[cç]am|pedir|pede|pedem)(?![a-z])"
    r"|\b(appels|messages|courriels|quiconque|toute personne)\s+qui\s+vous\s+(demande|demandent|invite|invitent|incite|incitent)(?![a-z])"
    # (and what they say: "messages qui prétendent que…", "messaggi che dicono che…", "Nachrichten, die behaupten, …")
    r"|\b(appels|messages|courriels|sms)\s+qui\s+(pr[eé]tendent|affirment|disent|annoncent)(?![a-z])"
    r"|\b(chiamate|messaggi|e-?mail|sms)\s+che\s+(dicono|affermano|sostengono|annunciano)(?![a-z])"
    r"|\b(anrufe|nachrichten|e-mails|sms)\s*,?\s+(die|in denen)\s+(behaupten|sagen|man)(?![a-z])"
    r"|\b(" + _GERMAN_KINDS + r")\b[^.,!?\n]{0,10},\s*(die|der)\s+sie\s+[^.,!?\n]{0,40}?(" + _GERMAN_ASKING + r")(?![a-z])"
    r"|\b(chiamate|messaggi|chiunque|qualcuno)\s+che\s+((ti|le|vi)\s+)?(chied[ae]|chiedono|invita|invitano)(?![a-z]))", PATTERN_FLAGS)


def _warned_just_before(folded: str, start: int, match: re.Match) -> bool:
    """A warning word just before `match` (`_WARNING_NEARBY`), and no "me" or "my" after it: a victim's "a scammer
    tricked me into telling the OTP" ("มิจฉาชีพหลอกให้ผมบอกรหัส OTP") tells of the request the signal is about."""
    warned = _WARNING_NEARBY.search(folded, start, match.start())
    return warned is not None and not _FIRST_PERSON_SINGULAR.search(folded, warned.start(), match.end())


def _a_kind_of_request_before(folded: str, start: int, match: re.Match) -> bool:
    """A kind of request named between `start` and `match`, and no "me" or "my" after it in the sentence: a victim's "I got
    a call from someone asking for my OTP", "Ada orang yang meminta kode OTP saya" tell of the call the signal is about."""
    kind = _A_KIND_OF_REQUEST.search(folded, start, match.start()) or _a_german_kind_around(folded, start, match)
    return kind is not None and not _FIRST_PERSON_SINGULAR.search(folded, kind.end(), _sentence_of(folded, match)[1])


# German puts the verb of a relative clause last, after what it asks for: "Legen Sie bei Anrufen auf, die Sie zur Überweisung
# auf ein sicheres Konto auffordern" (the kind named before the match, its asking verb after it)
_A_GERMAN_KIND = re.compile(r"\b(" + _GERMAN_KINDS + r"|leuten?)\b[^.,!?\n]{0,10},\s*(die|der)\s+sie\b", PATTERN_FLAGS)
_ASKED_IN_GERMAN_AFTER = re.compile(r"[^.,!?\n]{0,40}?\b(" + _GERMAN_ASKING + r"|verlangen|verlangt)\b", PATTERN_FLAGS)


def _a_german_kind_around(folded: str, start: int, match: re.Match) -> re.Match | None:
    if _ASKED_IN_GERMAN_AFTER.match(folded, match.end()) is None:
        return None
    return _A_GERMAN_KIND.search(folded, start, match.start())


def _a_threat_for_not_doing_it(folded: str, match: re.Match, negation: re.Match, sentence: int) -> bool:
    # (searched up to the negation's end: "se" is a condition only where its look ahead sees the "não" after it)
    condition = _CONDITION.search(folded, max(sentence, negation.start() - _CONDITION_THEN_NEGATION), negation.end())
    return condition is not None and not _NEGATION.search(folded, negation.end(), match.start()) \
        and (_THREAT_AFTER.match(folded, match.end()) is not None
             or _THREAT_BEFORE.search(folded, sentence, condition.start()) is not None)


def _negated(folded: str, match: re.Match, lists: TextLists) -> bool:
    """Whether a negation reaches `match` from earlier in its sentence, a warning word stands just before it,
    or it stands in a list under a heading that warns of what the list holds."""
    sentence = _sentence_start(folded, match.start())
    nearby = max(sentence, match.start() - 40)
    first = _NEGATION.search(folded, sentence, match.start()) or _WARNING.search(folded, nearby, match.start()) \
        or _A_KIND_OF_REQUEST.search(folded, sentence, match.start()) or _a_german_kind_around(folded, sentence, match)
    if first is None:
        # most requests: nothing in their sentence that could disarm them, and their line is no list's item
        return _listed_under_a_warning(folded, match.start(), lists)
    if _a_threat_for_not_doing_it(folded, match, first, sentence):
        return False
    # What ends a reach before the first negation changes nothing, but for the condition it may stand in.
    start = (_CONDITION.search(folded, sentence, first.end()) or first).start()
    for end in _reach_ends(folded, start, match.start() + _OPENER_IN_MATCH):
        if end.end() > match.start():
            break
        start = end.end()
    return bool(_NEGATION.search(folded, start, match.start())
                or _warned_just_before(folded, max(start, nearby), match)
                or _a_kind_of_request_before(folded, start, match)) \
        or _listed_under_a_warning(folded, match.start(), lists)


# Anti-fraud pages list what scammers say under a heading that says so (Alipay's "以下情况都是诈骗：" over
# "1. 自称支付宝客服，说您的账户被冻结，要求提供验证码"), and each item, read alone, is a script: the page
# got the scam-script advisory. A heading's warning reaches the list under it, as a negation reaches the end
# of its sentence: every item, up to where the list ends (a blank line, a line that is no item, a new
# heading). Which headings warn is vocabulary (signals.yaml's `heading` entries); a scam's own
# "请按以下步骤操作：" does not, and its list still asks.
# An item is a line that begins with a number or a bullet, on the page as written (the page scan's: a name in
# one item does not reach the next) and folded alike; circled numbers (①, ❶, ㊀) are bullets as written, since
# folding makes most of them bare digits ("1要求提供验证码", as "95188是支付宝的" begins). An HTML list's item
# (<li>) shows no marker in the text: its lines are given (`TextLists.items`).
_BULLET_MARKS = "•·●○■□◆◇▪▫►▶➢➤★☆✓✔"  # (a list item's, and what `_same_bullet` compares)
LIST_ITEM = re.compile(
    r"[ \t\u3000]*(?:\d{1,3}[.、)）．](?!\d)|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[a-zA-Z][.)][ \t]|[-*+][ \t]|[" + _BULLET_MARKS + "✗✘]"
    r"|[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u3280-\u3289\u32b1-\u32bf])")
_LINE_REACH = 400  # characters: a longer line is neither a list's item nor its heading
# A list's item with no marker: a short line that does not itself end in a colon (a heading does); at most so many
_A_BARE_ITEM = re.compile(r"[^\n]{1,160}(?<![:：\s])[ \t]*")
_BARE_ITEMS = 12
# What closes a heading after its words: a stop, a colon, the dots of "Scammers may…"
_HEADING_CLOSE = " \t\r\u3000:：。.!?！？;；…"
_BLANK = re.compile(r"\s*")
# The circled numbers folding changes (① → 1, ⑪ → 11, ㊀ → 一): read as written
_FOLDED_CIRCLED_NUMBER = re.compile(r"[\u2460-\u2473\u24ea\u3251-\u325f\u3280-\u3289\u32b1-\u32bf]")


@dataclass
class TextLists:
    """What `_listed_under_a_warning` knows of a text's lists, and has read of them so far."""
    items: frozenset[int] = frozenset()  # where the item lines that have no marker start (an HTML list's)
    written: str | None = None  # the text as written, where its positions are the folded text's: for circled numbers
    # The answer for each item line read, by where it starts: a list is read once however many matches stand in
    # it. 100 KB of lists of scams under their headings, read again for each match, took the signals 130 ms;
    # read once, 40 ms (as 100 KB of negated warnings take 20-25).
    read: dict[int, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, folded: str, list_items: Collection[int] = ()) -> TextLists:
        """What is known of the lists of `text` before any is read, in positions of `folded` (`find`'s
        `list_items`: where lines with no marker begin an item)."""
        if len(folded) == len(text):
            return cls(items=frozenset(list_items), written=text)
        # Folding lengthened characters (™ → tm, ⑪ → 11): positions after them have moved, and the circled
        # numbers are looked for as written at once (a page that folding keeps aligned pays nothing for this).
        return cls(items=_line_starts_in_folded(text, [*list_items, *_lines_begun_by_a_circled_number(text)]))

    def begins_an_item(self, folded: str, start: int) -> bool:
        return begins_a_list_item(folded, start, self.items) \
            or self.written is not None and LIST_ITEM.match(self.written, start) is not None


def begins_a_list_item(text: str, start: int, items: Collection[int]) -> bool:
    """Whether the line of `text` that starts at `start` is a list's item: it begins with a number or a bullet,
    or it is one of `items`, the item lines that show no marker (an HTML list's <li>)."""
    return start in items or LIST_ITEM.match(text, start) is not None


def _listed_under_a_warning(folded: str, position: int, lists: TextLists) -> bool:
    """Whether `position` stands in an item of a list whose heading warns of what it holds. Only the match's
    own line is read unless it is an item; then the lines above it, up to the first that is none."""
    walked = []  # where the item lines read start, the match's first
    end = position  # of the line read: the match's, then each line above it
    blank_below = False  # the line read is above a blank line (and the items walked)
    bare = 0  # of the items walked, lines with no marker: a list whose bullets a copy lost, under a heading's colon
    while True:
        low = max(0, end - _LINE_REACH)
        newline = folded.rfind("\n", low, end)
        if newline < 0 and low > 0:  # a line this long is neither an item nor a heading
            warned = False
            break
        start = newline + 1
        if start in lists.read and not (bare and lists.begins_an_item(folded, start)):
            warned = lists.read[start]  # (a list's item above lines with no marker is no heading of theirs: below)
            break
        if lists.begins_an_item(folded, start):
            if bare:  # a line with no marker under a list's items is no item of theirs
                warned = False
                break
            if blank_below and start not in lists.items and not _same_bullet(folded, start, walked[-1]):
                # an item of another list above a blank line: the list begins below it (not one with the same bullet,
                # "•", as a page's list is copied with a blank line between its items: Monzo's "we'll never:")
                warned = False
                break
            walked.append(start)
            blank_below = False
        elif walked and _BLANK.fullmatch(folded, start, end):
            # (a blank line above the items does not end them: above an HTML list's item it is the markup's line
            # breaks, which a browser does not show, and a page's text, copied, puts one between a paragraph and
            # the list it introduces; above lines with no marker it does: "Beware of scams:\n\nSend us your code …"
            # is a paragraph under a heading, as a scam may write one)
            if bare:
                warned = False
                break
            blank_below = True
        elif len(walked) == bare < _BARE_ITEMS and not blank_below \
                and _A_BARE_ITEM.fullmatch(folded, start, line_end(folded, start)):
            # "Coinbase customer service agents will never:\nAsk for your password or 2-step verification code\n…",
            # copied without its bullets: short lines one under another, up to a heading that ends in a colon
            walked.append(start)
            bare += 1
        else:
            # the first line above the items: the list's heading, unless another line ended it (over bare lines, a
            # heading is one that ends in a colon)
            heading = folded[start:end]
            warned = bool(walked) and (not bare or heading.rstrip().endswith((":", "："))) and warns_of_the_list_below(heading)
            break
        if newline < 0:  # the text begins with the list
            warned = False
            break
        end = newline
    for start in walked:
        lists.read[start] = warned
    return warned


def _same_bullet(text: str, above: int, below: int) -> bool:
    """Whether the item lines starting at `above` and `below` begin with the same bullet (not a number, which a new list
    starts again from 1)."""
    first, second = _BULLET.match(text, above), _BULLET.match(text, below)
    return first is not None and second is not None and first.group(1) == second.group(1)


_BULLET = re.compile(r"[ \t\u3000]*([-*+" + _BULLET_MARKS + "])")


def line_end(text: str, position: int, limit: int | None = None) -> int:
    """Where the line holding `position` ends, or `limit` (the text's end) if that comes first."""
    limit = len(text) if limit is None else limit
    end = text.find("\n", position, limit)
    return limit if end == -1 else end


def _lines_begun_by_a_circled_number(text: str) -> list[int]:
    starts = []
    for circled in _FOLDED_CIRCLED_NUMBER.finditer(text):
        start = text.rfind("\n", 0, circled.start()) + 1
        if LIST_ITEM.fullmatch(text, start, circled.end()):
            starts.append(start)
    return starts


def _line_starts_in_folded(text: str, line_starts: Collection[int]) -> frozenset[int]:
    """Where lines of `text` start in its folded form, where folding has lengthened characters (™ → tm): each moves
    by what folding added before it. Folded in pieces from one line's start to the next, the text folds as it
    does whole: no run of compatibility characters holds a newline."""
    moved = set()
    done = added = 0
    for start in sorted(line_starts):
        if start > len(text):
            break
        added += len(fold(text[done:start])) - (start - done)
        moved.add(start + added)
        done = start
    return frozenset(moved)


def warns_of_the_list_below(line: str, headings: tuple[HeadingDef, ...] | None = None) -> bool:
    """Whether `line` (folded) is a heading whose warning reaches the list under it: its last sentence holds
    a heading's words, and nothing after them ends their reach as it ends a negation's (a turn, a new clause
    that asks: "谨防诈骗，请按以下步骤操作：" heads a scam's own list; "以下情况都是诈骗，请提高警惕：" warns)."""
    line = line.rstrip(_HEADING_CLOSE)
    before = _UP_TO_LAST_SENTENCE_END.match(line)
    start = before.end() if before else 0
    for end in _reach_ends(line, start):
        start = end.end()
    headings = list_headings() if headings is None else headings
    return bool(headings) and _heading_words(headings).search(line, start) is not None


@lru_cache(maxsize=4)
def _heading_words(headings: tuple[HeadingDef, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{pattern.pattern})" for heading in headings for pattern in heading.patterns),
                      PATTERN_FLAGS)
