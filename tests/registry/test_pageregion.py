"""The region a page's numbers are read in when the request names none: from the page's language tag,
its address or its script, each only where it is plain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from registry.pageregion import chinese_script, page_region
from registry.scan import ScanRequest, scan

TODAY = dt.date(2026, 11, 22)
SIMPLIFIED = "支付宝客服电话是多少？我们整理了官方客服热线，遇到问题请拨打客服电话咨询，这个号码全天有人接听。"
TRADITIONAL = "支付寶客服電話是多少？我們整理了官方客服熱線，遇到問題請撥打客服電話諮詢，這個號碼全天有人接聽。"
JAPANESE = "お問い合わせはこちらの電話番号までご連絡ください。会員登録や支払いに関する質問を受け付けています。"
ENGLISH = "What is PayPal's customer service number? Call the official line below, open around the clock."
UKRAINIAN = ("Шахраї телефонують від імені служби безпеки банку. Якщо вам телефонують і просять перевести гроші на безпечний "
             "рахунок — це шахраї. Є кілька простих правил, які допоможуть зберегти ваші кошти: ніколи нікому не повідомляйте "
             "код з СМС, ПІН-код та CVV; її не знає навіть банк. Їхні дзвінки завжди термінові, а пропозиції ґрунтуються на "
             "страху. Зверніться до кіберполіції та заблокуйте картку в застосунку, якщо ви стали жертвою шахраїв.")
RUSSIAN = ("Мошенники звонят от имени службы безопасности банка и просят назвать код из СМС. Никому не сообщайте код, "
           "ПИН-код и CVV. Безопасных счетов не существует: если вас просят перевести деньги, это мошенники.")
VIETNAMESE = ("Số tổng đài Binance Việt Nam – Hotline hỗ trợ 24/7. Khi gặp sự cố nạp rút, quên mật khẩu hay tài khoản bị "
              "khóa, bạn có thể liên hệ các kênh sau. Lưu ý: Binance không bao giờ yêu cầu bạn cung cấp mã xác thực.")
THAI = "เบอร์ติดต่อ Binance ฝ่ายบริการลูกค้า ตลอด 24 ชั่วโมง ติดต่อได้ทุกวัน"
KOREAN = "바이낸스 고객센터 전화번호로 문의하시면 친절하게 안내해 드립니다. 감사합니다."
FRENCH = ("Être prêt à côté de l'hôtel, à l'âge où l'on sait où aller : voilà la fenêtre où tout commence, même en été, "
          "dit le maître d'hôtel à l'intérieur du château.")


@pytest.mark.parametrize(("text", "script"), [
    (SIMPLIFIED, "simplified"),
    (TRADITIONAL, "traditional"),
    (JAPANESE, None),  # kanji, but kana with them: not Chinese
    (ENGLISH, None),
    (ENGLISH * 5 + "支付宝客服", None),  # a few Chinese words in an English page
    (ENGLISH * 4 + SIMPLIFIED, None),  # a Chinese paragraph quoted in an English page
    (SIMPLIFIED + ENGLISH * 2, "simplified"),  # a Chinese page with English in it (a character is about a word)
    ("支付宝客服" * 5, "chinese"),  # Chinese, but no character says which form
    # a text message holds fewer characters than a page: its numbers were read in no region, and "400-123-4567" found in none
    ("【币安】您的账户存在异常登录，请致电400-123-4567处理。", "simplified"),
    ("【京东金融】您的白条额度已冻结，请联系客服4008-123-456。", "simplified"),
    ("【幣安】您的帳戶存在異常登錄，請致電02-2345-6789處理。", "traditional"),
    ("币安客服电话：400-123-4567", None),  # (six characters: too few to tell)
    ("Please call 李先生 at +1 415 555 0100 about the 支付宝 account, he knows the 客服 well", None),
    ("币安客服电话：400-123-4567 " + ENGLISH * 5, None),  # (a page's length: a page's count)
])
def test_the_script_of_a_text(text, script):
    assert chinese_script(text) == script


@pytest.mark.parametrize(("requested", "tag", "url", "text", "expected"), [
    ("hk", "zh-CN", None, SIMPLIFIED, ("HK", "request")),  # what the caller says wins
    (None, "zh-CN", None, SIMPLIFIED, ("CN", "page_language")),
    (None, "zh-Hant-HK", None, TRADITIONAL, ("HK", "page_language")),
    (None, "zh_tw", None, TRADITIONAL, ("TW", "page_language")),
    (None, "en-GB", None, ENGLISH, ("GB", "page_language")),
    # a Chinese SEO page on a template that says en-US is not American: the text decides
    (None, "en-US", None, SIMPLIFIED, ("CN", "page_text")),
    (None, "en", None, ENGLISH, (None, None)),  # a language without a region names none
    (None, "zh-XX", None, TRADITIONAL, (None, None)),  # nor an unknown region
    (None, None, "https://www.example.co.uk/help", ENGLISH, ("GB", "page_address")),
    (None, None, "https://kefu.example.com.cn/1683.html", SIMPLIFIED, ("CN", "page_address")),
    (None, None, "example.com.hk", TRADITIONAL, ("HK", "page_address")),
    (None, None, "https://wallet-help.io/support", ENGLISH, (None, None)),  # .io is sold as a generic domain
    (None, None, "https://paypal-help.tv/", ENGLISH, (None, None)),
    # a worldwide service's own domain on a country's code: fake support pages on Telegraph, Notion, Linktree were read as the
    # Philippines', Somalia's, Estonia's; a site of the country on the same code still is its
    (None, None, None, "【币安】您的账户存在异常登录，请致电400-123-4567处理。", ("CN", "page_text")),
    (None, None, "https://telegra.ph/Binance-Support-12-01", ENGLISH, (None, None)),
    (None, None, "https://www.notion.so/Coinbase-Help-abc", ENGLISH, (None, None)),
    (None, None, "https://linktr.ee/metamask_support", ENGLISH, (None, None)),
    (None, None, "https://www.gcash.com.ph/contact", ENGLISH, ("PH", "page_address")),
    (None, None, "https://www.lhv.ee/en/contact", ENGLISH, ("EE", "page_address")),
    (None, None, "https://example.com/", ENGLISH, (None, None)),
    (None, None, "https://example.de/kontakt", SIMPLIFIED, ("CN", "page_text")),  # a German address, a Chinese page
    (None, None, "http://[::1", SIMPLIFIED, ("CN", "page_text")),  # an address that does not parse
    (None, None, None, TRADITIONAL, (None, None)),  # Hong Kong, Macao or Taiwan: not guessed
    # a script or a language written in one country alone names it (a Vietnamese "tổng đài Binance" page on a .com was read
    # in no region: its 1900 and 09… numbers were not found at all)
    (None, None, None, JAPANESE, ("JP", "page_text")),
    (None, None, "https://tongdai.example.com/", VIETNAMESE, ("VN", "page_text")),
    (None, "vi", "https://tongdai.example.com/", VIETNAMESE, ("VN", "page_language")),
    (None, None, None, THAI, ("TH", "page_text")), (None, None, None, KOREAN, ("KR", "page_text")),
    # ... in a text message too, which holds fewer of its letters than a page ("0901 234 567" was found in no region)
    (None, None, None, "Binance: Tài khoản của bạn có giao dịch bất thường. Liên hệ hotline 0901 234 567", ("VN", "page_text")),
    (None, None, None, "ไม่ต้องโทร 02-123-4567", ("TH", "page_text")),
    (None, None, None, "Call Đức at 0901 234 567 about the Binance account", (None, None)),  # a name in an English text
    (None, "id", None, ENGLISH, ("ID", "page_language")),  # (Indonesian is written in Latin letters)
    # (Turkish and Polish too: a Turkish bank's warning page with lang="tr" found none of its numbers)
    (None, "tr", None, "Şüpheli bir durumda 0850 222 0 800 numaralı müşteri hizmetlerimizi arayın.", ("TR", "page_language")),
    (None, "pl", None, "Infolinia banku: 801 123 456", ("PL", "page_language")),
    (None, "nl", None, "Bel ons op 020 123 4567", (None, None)),  # Dutch is Belgium's too
    # Ukrainian, by its tag ("uk", not the United Kingdom) or its own letters (ї, є, ґ): a Ukrainian bank's warning page was read
    # in no region, and its "0 800 …" and 3700 were found in none
    (None, "uk", None, "Гаряча лінія банку: 0 800 500 500", ("UA", "page_language")),
    (None, None, None, UKRAINIAN * 2, ("UA", "page_text")), (None, None, None, RUSSIAN * 4, (None, None)),
    (None, None, None, UKRAINIAN, (None, None)),  # (eleven of its letters: too few to tell, as a quotation would be)
    # where the text disagrees, the tag is set aside: a template's lang="ja" over an English page
    (None, "ja", None, ENGLISH, (None, None)), (None, "vi", None, SIMPLIFIED, ("CN", "page_text")),
    # French and Portuguese write â, ê, ô too: not Vietnamese
    (None, None, None, FRENCH, (None, None)),
    # a page in Spanish or Portuguese that names one country alone, in its first line or twice, or Brazil's real: a Mexican
    # "Teléfono Binance México" page with lang="es" read "55 1234 5678" as an American number; a Brazilian one pasted as text
    # found none of its numbers
    (None, "es", "https://soporte-cripto.com/binance", "Teléfono Binance México: 55 1234 5678", ("MX", "page_text")),
    (None, None, None, "Telefone da Binance no Brasil\nCentral de atendimento: (11) 4003-9876", ("BR", "page_text")),
    (None, None, None, "Compra de R$ 4.890,00 aprovada no seu cartão. Limite disponível: R$ 10,00", ("BR", "page_text")),
    (None, "fr", None, "Service client PayPal France : 01 86 99 12 34", ("FR", "page_text")),
    (None, "de", None, "PayPal Kundenservice Deutschland: 030 23125 456", ("DE", "page_text")),
    (None, "it", None, "Assistenza PayPal Italia: 02 1234 5678", ("IT", "page_text")),
    (None, "de", None, "PayPal in Deutschland und Österreich: 030 23125 456", (None, None)),
    (None, "es", None, "Binance en México y Colombia: 55 1234 5678", (None, None)),  # two countries
    (None, "en", None, "Teléfono Binance México: 55 1234 5678", (None, None)),  # an English page's tag
    (None, None, None, "PayPal expands to Brazil. Call 1-888-221-1161 for the support of your account.", (None, None)),
    (None, None, None, "Recetas de la casa: chile en nogada y tacos de la abuela", (None, None)),  # a pepper
    (None, None, None, "Noticias de New Mexico: el número de la oficina", (None, None)),  # an American state
    (None, None, None, "Los precios de la tienda " * 20 + "México", (None, None)),  # named once, far down
])
def test_the_region_of_a_page(requested, tag, url, text, expected):
    assert tuple(page_region(requested, language_tag=tag, url=url, text=text)) == expected


@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


class TestScanWithoutRegion:
    PAGE = "小狐狸钱包客服电话是多少？我们整理了客服热线：小狐狸钱包客服 13812345678，遇到诈骗请拨打110。"

    def test_a_simplified_chinese_page_is_read_as_mainland_chinese(self, index):
        result = scan(index, ScanRequest(text=self.PAGE), today=TODAY)
        assert (result.page["region"], result.page["region_from"]) == ("CN", "page_text")
        found = {f["value"]: (f["verdict"], (f["presented_as"] or {}).get("slug")) for f in result.findings}
        assert found == {"+8613812345678": ("contradicts_policy", "metamask"), "CN:110": ("official", None)}
        assert "no_phone_support" in {a["code"] for a in result.advisories}

    def test_a_chinese_text_message_is_read_as_mainland_chinese(self, index):
        # a scam text of seventeen characters: its number was found in no region, no finding at all
        result = scan(index, ScanRequest(text="【币安】您的账户存在异常登录，请致电400-123-4567处理。"), today=TODAY)
        [finding] = result.findings
        assert (finding["value"], finding["verdict"], finding["presented_as"]["slug"]) == ("+864001234567", "mismatch", "binance")

    def test_the_html_language_tag_names_the_region(self, index):
        html = f'<html lang="zh-HK"><body><p>{self.PAGE}</p><p>熱線 2860 5012</p></body></html>'
        result = scan(index, ScanRequest(html=html), today=TODAY)
        assert (result.page["region"], result.page["region_from"]) == ("HK", "page_language")
        assert "+85228605012" in {f["value"] for f in result.findings}

    def test_a_meta_content_language_counts_when_html_has_none(self, index):
        html = f'<html><head><meta http-equiv="Content-Language" content="zh-CN"></head><body>{self.PAGE}</body></html>'
        assert scan(index, ScanRequest(html=html), today=TODAY).page["region_from"] == "page_language"

    def test_a_traditional_chinese_page_without_a_clue_is_read_without_a_region(self, index):
        result = scan(index, ScanRequest(text="小狐狸錢包客服電話是多少？我們整理了客服熱線：小狐狸錢包客服 13812345678，這個號碼請撥打。"), today=TODAY)
        assert (result.page["region"], result.page["region_from"]) == (None, None)
        # no country's reading of the number; presented as MetaMask's, which has no phone support, it is judged by that
        # alone, whichever country's it is (it was no finding)
        [finding] = result.findings
        assert (finding["value"], finding["verdict"], finding["reasons"][0]["code"]) == \
            ("13812345678", "contradicts_policy", "region_not_needed")

    def test_a_vietnamese_page_on_a_com_is_read_as_vietnamese(self, index):
        # a "Số tổng đài Binance" directory on a .com, with no lang tag: its 1900 and mobile numbers were not found at all
        page = (Path(__file__).parent.parent / "pages" / "vi_binance_hotline_seo.txt").read_text(encoding="utf-8")
        result = scan(index, ScanRequest(text=page, url="https://tongdai-tienso.com/so-tong-dai-binance"), today=TODAY)
        assert (result.page["region"], result.page["region_from"]) == ("VN", "page_text")
        assert [f["value"] for f in result.findings if f["kind"] == "phone"] == ["+8419006868", "+84987654321", "+8418001234"]

    def test_the_region_asked_for_is_kept(self, index):
        result = scan(index, ScanRequest(text=self.PAGE, region="HK"), today=TODAY)
        assert (result.page["region"], result.page["region_from"]) == ("HK", "request")
        assert "+8613812345678" not in {f["value"] for f in result.findings}
