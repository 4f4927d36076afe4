"""Provider names as people type them: folding, the generic words that must never identify anyone, the
ordinary words that are near a provider's name without being it, and other organisations' names that hold
one."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import ahocorasick_rs

ORDINARY_WORDS_FILE = Path(__file__).parent / "data" / "ordinary-words.txt"
OTHER_NAMES_FILE = Path(__file__).parent / "data" / "other-names.txt"

# Words that appear next to every provider's name on scam pages. As an alias, any of them would make two
# providers match each other ("支付宝客服" and "微信客服" share 客服), so the validator refuses them and the
# resolver strips them from free text before fuzzy matching.
GENERIC_WORDS: frozenset[str] = frozenset(
    {
        # zh
        "客服", "官方", "热线", "电话", "客服电话", "人工客服", "服务热线", "客服热线", "官方客服", "投诉电话",
        "钱包", "支付", "银行", "公司", "平台", "中心", "官网", "号码", "人工", "在线客服", "数字钱包", "交易所",
        "服务", "人工服务", "服务电话",
        "客戶服務", "熱線", "電話", "錢包", "銀行", "官方網站",
        # en
        "customer service", "customer support", "support", "hotline", "helpline", "help", "help desk",
        "helpdesk", "service", "services", "contact", "contact us", "phone", "number", "phone number",
        "toll free", "toll-free", "wallet", "pay", "payment", "payments", "bank", "official", "exchange",
        "app", "crypto", "team", "care", "customer care", "live chat", "chat", "agent",
        # hi (as India writes its hotlines' names: "पेटीएम कस्टमर केयर नंबर")
        "कस्टमर केयर", "ग्राहक सेवा", "हेल्पलाइन", "नंबर", "नम्बर", "टोल फ्री",
        # id, ms, vi, ru, uk (as the check's one box is asked: "Nomor CS Binance berapa?", "Số tổng đài Binance là gì?",
        # "Какой номер поддержки Binance?")
        "nomor", "nombor", "cs", "call center", "layanan pelanggan", "khidmat pelanggan", "resmi", "rasmi",
        "nomor telepon", "nombor telefon", "pusat panggilan",
        "số điện thoại", "số", "tổng đài", "chăm sóc khách hàng", "cskh", "chính thức",
        "номер", "телефон", "номер телефона", "поддержка", "поддержки", "служба поддержки", "службы поддержки",
        "горячая линия", "горячей линии", "официальный",
        # uk ("номер телефону ПриватБанку", "монобанк гаряча лінія", "Який номер підтримки Binance?")
        "телефону", "номер телефону", "підтримка", "підтримки", "служба підтримки", "служби підтримки", "гаряча лінія",
        "гарячої лінії", "офіційний", "контакти",
        # es, pt, fr, de, it ("PayPal atención al cliente", "telefone Nubank", "PayPal Kundenservice"; not a bare "central",
        # which "Central Bank of China" holds before Bank of China's name)
        "atención al cliente", "servicio al cliente", "soporte", "soporte técnico", "teléfono", "número", "número de teléfono",
        "línea", "contacto", "oficial", "ayuda", "centro de ayuda",
        "atendimento", "central de atendimento", "atendimento ao cliente", "serviço ao cliente", "suporte", "telefone",
        "número de telefone", "sac", "contato", "ajuda", "central de ajuda",
        "service client", "service clients", "service clientèle", "assistance", "numéro", "téléphone", "numéro de téléphone",
        "officiel", "aide",
        "kundenservice", "kundendienst", "telefonnummer", "nummer", "telefon", "kontakt", "offiziell", "hilfe",
        "assistenza", "assistenza clienti", "servizio clienti", "numero", "telefono", "numero verde", "ufficiale", "contatto",
        "aiuto",
        # ja, ko ("メタマスク サポート", "バイナンスのカスタマーサポート", "바이낸스 고객센터 전화번호", "코인베이스고객센터": kana and Hangul
        # runs lose them at their edges, as Chinese ones do)
        "サポート", "カスタマーサポート", "カスタマーセンター", "サポートセンター", "ヘルプセンター", "コールセンター", "サポート窓口",
        "お問い合わせ", "問い合わせ", "お問合せ", "問合せ", "窓口", "電話番号", "番号", "公式", "フリーダイヤル", "連絡先",
        "ウォレット", "取引所", "アプリ",
        "고객센터", "고객 센터", "고객지원", "고객상담", "상담센터", "콜센터", "대표번호", "전화번호", "전화", "번호", "연락처",
        "문의", "공식", "지갑", "거래소", "앱",
    }
)

# Names a provider shares with the company it is a service of, which pages write for the company and its
# products ("Apple iPhone 15 Pro Max", "品牌：Apple") far more than for the service. A caller claiming "Apple"
# claims Apple's account and payments, so the check still resolves the claim by it; on a page it is no mention
# by itself, and the service's own names are ("Apple Pay", "Apple ID", "苹果支付"). Folded.
COMPANY_NAMES: frozenset[str] = frozenset({"apple"})

# Names that are everyday English words ("be wise:", "the general ledger", "phantom charges"). On a page one is
# a name where it is written as one, with a capital ("Wise", "LEDGER"), or with a generic word after it ("ledger
# support", "phantom wallet", "wise客服"); in lower case in a sentence it is the word. Folded.
EVERYDAY_WORD_NAMES: frozenset[str] = frozenset({"wise", "ledger", "phantom", "exodus"})

# Countries as people write them after (or before) a provider's name: "PayPal UK", "Coinbase Deutschland", "Binance
# México", "PayPal中国", "Bank of China HK". The name is the provider's, the country a clue to where the reader is; and
# "Binance USA" or "Alipay Hong Kong" is Binance.US or AlipayHK where the registry lists the name with the country in
# another spelling ("binance us", "alipay hk": `RegistryIndex.country_variants`). English, Spanish, Portuguese, French, German,
# Italian, Indonesian, Vietnamese and Chinese names, and the codes written after brands (not "in", "de", "es", "it",
# "my", "co", which are words); the countries of the registry's providers and their users. Folded when read.
COUNTRY_NAMES: dict[str, str] = {
    "US": "United States|United States of America|USA|US|America|Estados Unidos|EEUU|EE UU|États-Unis|Etats-Unis"
          "|Vereinigte Staaten|Stati Uniti|Amerika Serikat|Mỹ|Hoa Kỳ|美国|美國",
    "GB": "United Kingdom|UK|Britain|Great Britain|England|Reino Unido|Royaume-Uni|Angleterre|Großbritannien|Vereinigtes"
          " Königreich|Regno Unito|Inggris|Vương quốc Anh|英国|英國",
    "IE": "Ireland|Irlanda|Irlande|Irland",
    "CA": "Canada|Canadá|Kanada|加拿大",
    "AU": "Australia|Austrália|Australie|Australien|Úc|澳大利亚|澳大利亞|澳洲",
    "NZ": "New Zealand|NZ|Nueva Zelanda|Nouvelle-Zélande|Neuseeland|新西兰|紐西蘭",
    "CN": "China|Chine|Cina|Trung Quốc|中国|中國|大陆|大陸|中国大陆|中國大陸",
    "HK": "Hong Kong|Hongkong|Hong-Kong|HK|香港",
    "MO": "Macau|Macao|澳门|澳門",
    "TW": "Taiwan|Taiwán|Đài Loan|台湾|台灣|臺灣",
    "SG": "Singapore|Singapur|Cingapura|Singapour|Singapura|SG|新加坡",
    "MY": "Malaysia|Malasia|Malásia|Malaisie|马来西亚|馬來西亞",
    "ID": "Indonesia|Indonésia|Indonésie|Indonesien|印尼|印度尼西亚",
    "PH": "Philippines|Filipinas|Philippinen|Filippine|Filipina|PH|菲律宾|菲律賓",
    "TH": "Thailand|Tailandia|Tailândia|Thaïlande|Thailandia|Thái Lan|泰国|泰國",
    "VN": "Vietnam|Viet Nam|Việt Nam|Vietnã|越南",
    "IN": "India|Índia|Inde|Indien|Ấn Độ|印度",
    "JP": "Japan|Japón|Japão|Japon|Giappone|Jepang|Nhật Bản|日本",
    "KR": "Korea|South Korea|Corea|Corea del Sur|Coreia do Sul|Corée du Sud|Südkorea|Hàn Quốc|韩国|韓國",
    "AE": "UAE|United Arab Emirates|Dubai|Emiratos Árabes Unidos|迪拜|阿联酋",
    "TR": "Turkey|Türkiye|Turkiye|Turquía|Turquia|Turquie|Türkei|Turchia|土耳其",
    "NG": "Nigeria|Nigéria",
    "KE": "Kenya|Kenia|Quênia",
    "ZA": "South Africa|Sudáfrica|África do Sul|Afrique du Sud|Südafrika|南非",
    "GH": "Ghana",
    "MX": "Mexico|México|Mexique|Mexiko|Messico|墨西哥",
    "BR": "Brazil|Brasil|Brésil|Brasilien|Brasile|巴西",
    "AR": "Argentina|Argentine|Argentinien",
    "CO": "Colombia|Colômbia|Colombie|Kolumbien",
    "CL": "Chile|Chili",
    "PE": "Peru|Perú",
    "VE": "Venezuela",
    "ES": "Spain|España|Espana|Espanha|Espagne|Spanien|Spagna|西班牙",
    "PT": "Portugal|葡萄牙",
    "FR": "France|Francia|França|Frankreich|法国|法國",
    "DE": "Germany|Deutschland|Alemania|Alemanha|Allemagne|Germania|Jerman|Đức|德国|德國",
    "IT": "Italy|Italia|Itália|Italie|Italien|意大利",
    "NL": "Netherlands|Holland|Nederland|Países Bajos|Pays-Bas|Niederlande|荷兰|荷蘭",
    "BE": "Belgium|Belgique|België|Belgien|Bélgica|Belgio",
    "CH": "Switzerland|Suisse|Schweiz|Svizzera|Suiza|Suíça|瑞士",
    "AT": "Austria|Österreich|Autriche",
    "PL": "Poland|Polska|Polonia|Pologne|Polen",
    "RU": "Russia|Rusia|Rússia|Russie|Russland|Россия|俄罗斯|俄羅斯",
    "UA": "Ukraine|Ucrania|Ucrânia|Україна",
}

# The scripts written without spaces between a name and what follows it: Japanese kana, Chinese characters, Korean
# syllables ("支付宝客服", "メタマスクのサポート", "바이낸스고객센터"); a character class's body, and a run of them
UNSPACED_SCRIPTS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
UNSPACED_RUN = re.compile(f"[{UNSPACED_SCRIPTS}]+")

_SPACE_OR_PUNCT = re.compile(r"[\s\u00a0\u3000·・.,，。:：;；!！?？'\"“”‘’()（）\[\]【】<>《》_/\\|-]+")


def fold(text: str) -> str:
    """The form aliases are compared in: width-, case- and punctuation-insensitive."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE_OR_PUNCT.sub(" ", folded).strip()


@cache
def countries_by_name() -> dict[str, str]:
    """COUNTRY_NAMES folded: each name to its country."""
    return {fold(name): country for country, names in COUNTRY_NAMES.items() for name in names.split("|")}


def is_generic(alias: str) -> bool:
    return fold(alias) in _FOLDED_GENERIC_WORDS


_FOLDED_GENERIC_WORDS = frozenset(fold(word) for word in GENERIC_WORDS)


def names_the_company(alias: str) -> bool:
    """A name of the provider's company (COMPANY_NAMES): a claim of it names the provider, a page's words do not."""
    return fold(alias) in COMPANY_NAMES


def is_ordinary_word(word: str) -> bool:
    """A dictionary word near a provider's name (finance, venom, skill, revolution): no misspelling of the
    name, nor a mention of it. `word` in lower case."""
    return word in _ordinary_words()


def ordinary_word_spans(text: str) -> list[tuple[int, int]]:
    """Where the ordinary words (`is_ordinary_word`) stand in `text`, glued to others or not: "revolutionnews"
    holds revolution at (0, 10). `text` in lower case. (One automaton pass: a look-alike domain's check asks it of
    each brand name it finds.)"""
    return [(start, end) for _, start, end in _ordinary_word_automaton().find_matches_as_indexes(text, overlapping=True)]


@cache
def _ordinary_word_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(sorted(_ordinary_words()))


@cache
def _ordinary_words() -> frozenset[str]:
    # Written by scripts/ordinary_words.py: a word, a tab, the provider it is near (for whoever reads the file).
    lines = ORDINARY_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))


@cache
def other_names() -> tuple[str, ...]:
    """Other organisations' names that hold a provider's name (中国银行业协会 holds 中国银行), folded: a claim or a
    page's words holding one are not about that provider. Longest first, so that one inside another goes with it."""
    lines = OTHER_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    names = {fold(line.split("\t", 1)[0]) for line in lines if line and not line.startswith("#")}
    return tuple(sorted(names, key=len, reverse=True))
