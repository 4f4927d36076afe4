"""The CLI on a real database: maintainers, proposals and the two-person rule, validate, scrape, scan."""

from __future__ import annotations

import codecs
import json
import shutil

import pytest
from typer.testing import CliRunner

from registry import snapshot
from registry.datafile import DATA_DIR
from service import cli, settings
from tests.registry.test_validation import line_of

CHANGE = """subject_kind: channel
action: update
provider_slug: alipay
subject_key: phone-95188
new_state: {display: 95188（24小时）}
reason: the help page prints the hours
evidence:
- {source_url: 'https://www.alipay.com/help', source_kind: official_page, retrieved_at: '2026-11-21',
   excerpt: 支付宝客服热线：95188（24小时）, captured_by: ana, confidence: high}
"""


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("VC_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    settings.get_settings.cache_clear()
    runner = CliRunner()

    def invoke(*args, token=None):
        env = {"VC_TOKEN": token} if token else {}
        return runner.invoke(cli.app, list(args), env=env)

    yield invoke
    settings.get_settings.cache_clear()


def test_the_author_cannot_approve_from_the_cli_and_a_second_maintainer_can(run, tmp_path):
    ana = run("maintainer", "add", "ana").stdout.strip()
    bo = run("maintainer", "add", "bo").stdout.strip()
    assert ana.startswith("vc_") and bo.startswith("vc_") and ana != bo
    change = tmp_path / "change.yaml"
    change.write_text(CHANGE, encoding="utf-8")
    proposed = run("propose", str(change), token=ana)
    assert proposed.exit_code == 0, proposed.output
    assert "proposal #1 is pending review" in proposed.stdout
    own = run("review", "approve", "1", token=ana)
    assert own.exit_code == 1 and "second maintainer" in own.output
    approved = run("review", "approve", "1", "--reason", "checked", token=bo)
    assert approved.exit_code == 0 and "#1 applied" in approved.stdout
    answer = json.loads(run("check", "95188", "--region", "CN", "--json").stdout)
    assert answer["channel"]["display"] == "95188（24小时）"
    assert run("registry", "audit", "verify").exit_code == 0


@pytest.mark.parametrize(("content", "said"), [
    # each was a traceback: "'str' object has no attribute 'pop'", "'NoneType' object …"
    (b"just a sentence\n", ["not a change file (it holds a str, not the fields subject_kind, action, provider_slug, "]),
    (b"", ["not a change file (it holds nothing, not the fields subject_kind, action, provider_slug, "]),
    (b"- a list\n- of things\n", ["not a change file (it holds a list, not the fields subject_kind, "]),
    # refused as POST /v1/proposals refuses the same fields, each problem on a line of its own
    (b"subject_kind: channel\naction: frobnicate\nprovider_slug: alipay\nreason: x\nevidence: none\ncolour: red\n",
     ["action: Input should be 'create', 'update' or 'retire'", "evidence: Input should be a valid list",
      "colour is not a known field", "not a change file"]),
    (b"\xff\xfe\x00binary", ["not a change file ('utf-8' codec can't decode byte 0xff in position 0"]),
])
def test_a_change_file_that_is_not_one_is_refused_in_words(run, tmp_path, content, said):
    token = run("maintainer", "add", "dee").stdout.strip()
    change = tmp_path / "change.yaml"
    change.write_bytes(content)
    refused = run("propose", str(change), token=token)
    assert refused.exit_code == 1 and isinstance(refused.exception, SystemExit)
    lines = refused.output.splitlines()
    assert len(lines) == len(said)
    for line, start in zip(lines, said):
        assert line.removeprefix(f"{change}: ").startswith(start), line


@pytest.mark.parametrize(("args", "said"), [
    # each was a traceback
    (["registry", "export", "/proc/no-such-folder"], "cannot write /proc/no-such-folder: No such file or directory"),
    (["snapshot", "write", "/no/such/folder/snapshot.json"], "cannot write /no/such/folder/snapshot.json: No such file or directory"),
    # an empty name was added as a maintainer, and signed the audit log as ''
    (["maintainer", "add", ""], "a maintainer's name is 1 to 100 printable characters with no space at either end: '' is not"),
    (["maintainer", "add", " bo"], "a maintainer's name is 1 to 100 printable characters with no space at either end: ' bo' is not"),
    (["maintainer", "add", "b" * 101], "a maintainer's name is 1 to 100 printable characters"),
    # a misspelt state listed nothing, as if there were no such proposals
    (["review", "list", "--state", "pendng"], "--state 'pendng' is not one; write pending, approved, applied, rejected, withdrawn or all"),
    # a folder that is not there was "no provider files (*.yaml) here", and validate's 112 problems of links.yaml
    (["registry", "validate", "/no/such/folder"], "Invalid value for 'directory': dir '/no/such/folder' does not exist."),
    (["registry", "import", "/no/such/folder"], "Invalid value for 'directory': dir '/no/such/folder' does not exist."),
    (["registry", "stale", "--days", "-5"], "Invalid value for '--days': Input should be greater than or equal to 0"),
])
def test_a_command_given_what_it_cannot_use_says_so(run, monkeypatch, args, said):
    monkeypatch.setenv("VC_SNAPSHOT_SIGNING_KEY", snapshot.new_seed())
    settings.get_settings.cache_clear()
    token = run("maintainer", "add", "eve").stdout.strip()
    refused = run(*args, token=token)
    assert refused.exit_code in (1, 2) and isinstance(refused.exception, SystemExit), refused.output
    assert said in " ".join(line.strip(" │╭╮╰╯─") for line in refused.output.splitlines()), refused.output


def test_a_revoked_token_is_refused(run):
    token = run("maintainer", "add", "cy").stdout.strip()
    assert run("maintainer", "revoke", "cy").exit_code == 0
    refused = run("review", "list", token=token)
    assert refused.exit_code == 1 and "revoked" in refused.output


def test_validate_reports_file_and_line(run, tmp_path):
    (tmp_path / "broken.yaml").write_text("slug: broken\nkind: bank\nnames: {fr: X}\n", encoding="utf-8")
    result = run("registry", "validate", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path / 'broken.yaml'}:3: names: Value error, names needs an 'en' entry" in result.output


def test_validate_checks_the_links_and_signals_files_too(run, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    links_file, signals_file = data / "links.yaml", data / "signals.yaml"
    links_text = links_file.read_text(encoding="utf-8")
    broken_links = (links_text.replace("  - 'cash.me/$RefundDesk'", "  - 'cash.me/RefundDesk'", 1)  # the shape is /$<account>
                    .replace("  excerpt: https://link.metamask.io/dapp/{dappUrl}\n", "", 1))
    assert broken_links.count("\n") == links_text.count("\n") - 1
    links_file.write_text(broken_links, encoding="utf-8")
    signals_text = signals_file.read_text(encoding="utf-8")
    broken_signals = signals_text.replace("examples: [请提供短信验证码, ", "examples: [请提供短信, ", 1)
    assert broken_signals != signals_text
    signals_file.write_text(broken_signals, encoding="utf-8")

    result = run("registry", "validate", str(data / "providers"), "--links", str(links_file), "--signals", str(signals_file))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line for line in lines if line.startswith(str(links_file))] == [
        f"{links_file}:{line_of(broken_links, 'cash.me/RefundDesk')}: user_pages cash-app: example 'cash.me/RefundDesk' is read as "
        "no user_page; the entry says a user_page (reason user_page, provider cash-app)",
        f"{links_file}:{line_of(broken_links, 'hosts: [link.metamask.io]') - 1}: wallet_links metamask: a wallet link's shape is "
        "its maker's: source_url (https), source_kind official_docs and an excerpt",
        f"{links_file}:{line_of(broken_links, 'hosts: [link.metamask.io]') - 1}: wallet_links metamask: source_url, source_kind "
        "and excerpt go together: all three or none",
    ]
    assert [line for line in lines if line.startswith(str(signals_file))] == [
        f"{signals_file}:{line_of(broken_signals, '[请提供短信, ')}: signal asks_otp: example '请提供短信' is not found by any of the patterns",
    ]
    assert f"4 problem(s) in {data / 'providers'}, {links_file} and {signals_file}" in result.output


def test_validate_passes_the_bundled_files(run):
    result = run("registry", "validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: ") and f"no problem in {DATA_DIR / 'links.yaml'} or {DATA_DIR / 'signals.yaml'}" in result.stdout


def test_scrape_a_saved_page_opens_proposals_for_a_changed_number(run):
    from pathlib import Path

    page = Path(__file__).parent.parent / "scrapers" / "documents" / "wechat-pay-help-guide.changed-number.html"
    result = run("scrape", "wechat-pay-help-guide", "--from-file", str(page))
    assert result.exit_code == 0, result.output
    assert "proposals [1, 2]" in result.stdout


def test_scan_from_standard_input(run):
    result = CliRunner().invoke(cli.app, ["scan", "-", "--region", "CN", "--json"],
                                input="小狐狸钱包客服电话：+1-707-381-4213\n".encode())
    answer = json.loads(result.stdout)
    assert [(f["value"], f["verdict"]) for f in answer["findings"]] == [("+17073814213", "contradicts_policy")]


PAGE_IN_TRADITIONAL = "<p>支付寶客服電話：95188</p><p>小狐狸錢包客服 400-123-4567</p>"


@pytest.mark.parametrize(("saved", "is_html"), [
    # as Windows' Notepad saves a text: UTF-16 with its byte-order mark (it was read as Latin-1, a NUL between letters)
    ("支付宝客服电话：95188\n小狐狸钱包客服 400-123-4567".encode("utf-16"), False),
    (codecs.BOM_UTF16_BE + "支付宝客服电话：95188\n小狐狸钱包客服 400-123-4567".encode("utf-16-be"), False),
    # a page saved in its own declared encoding: Big5 was read as GB 18030, into other characters and no names
    (f'<html><head><meta charset="big5"></head><body>{PAGE_IN_TRADITIONAL}</body></html>'.encode("big5"), True),
    (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=Big5"></head><body>{PAGE_IN_TRADITIONAL}'
     "</body></html>".encode("big5"), True),
    # a name Python does not know is no declaration: UTF-8 as before
    (f'<html><head><meta charset="x-unheard-of"></head><body>{PAGE_IN_TRADITIONAL}</body></html>'.encode(), True),
])
def test_scan_reads_a_file_in_the_encoding_it_was_saved_in(run, tmp_path, saved, is_html):
    page = tmp_path / ("page.html" if is_html else "page.txt")
    page.write_bytes(saved)
    result = CliRunner().invoke(cli.app, ["scan", str(page), "--region", "CN", "--json"])
    answer = json.loads(result.stdout)
    assert [(f["value"], f["verdict"], f["presented_as"]["slug"]) for f in answer["findings"]] == [
        ("CN:95188", "official", "alipay"), ("+864001234567", "contradicts_policy", "metamask")]


def test_the_real_channels_a_scan_lists_say_what_each_is_for(run):
    # PayPal's phishing-report inbox was listed as "(email domain)" under "talks about PayPal's customer
    # service … The real ones are listed here", as if it were where to ask for help
    result = CliRunner().invoke(cli.app, ["scan", "-"], input=b"PayPal customer service hotline, call now")
    assert "official: phishing@paypal.com (email domain; fraud reports)" in result.stdout
    assert "official: 1-888-221-1161 (phone number; customer service)" in result.stdout
    checked = CliRunner().invoke(cli.app, ["check", "x.com/MetaMask_Help"])
    assert "(—)" not in checked.stdout and "; —)" not in checked.stdout


def test_scan_says_which_region_a_page_was_read_in(run):
    page = "小狐狸钱包客服电话是多少？我们整理了客服热线：小狐狸钱包客服 13812345678，遇到诈骗请拨打110。"
    inferred = CliRunner().invoke(cli.app, ["scan", "-"], input=page.encode())
    assert "13812345678" in inferred.stdout
    assert "read as in CN (the page is in Simplified Chinese); --region changes it" in inferred.stdout
    # (a number one of whose readings is the provider's own: no guess at which country's number it is; one none of whose
    # readings is, or presented as a provider with no phone support, is answered whichever country's it is)
    unknown = CliRunner().invoke(cli.app, ["scan", "-"], input=b"PayPal support 8882211161")
    assert "No region given or seen on the page" in unknown.stdout and "8882211161" not in unknown.stdout
    none_of_its = CliRunner().invoke(cli.app, ["scan", "-"], input=b"PayPal support 13812345678")
    assert "No region given or seen on the page" in none_of_its.stdout
    assert "mismatch            13812345678                  → 13812345678 as PayPal" in none_of_its.stdout
    asked = CliRunner().invoke(cli.app, ["scan", "-", "--region", "CN"], input=page.encode())
    assert "read as in" not in asked.stdout and "No region" not in asked.stdout
    # a country named in a Spanish page's text is no Simplified Chinese (it was said to be); a page naming only one
    # country's providers says so
    named = CliRunner().invoke(cli.app, ["scan", "-"], input="Teléfono de PayPal México: 800 925 0304".encode())
    assert "read as in MX (the page's text); --region changes it" in named.stdout
    providers = CliRunner().invoke(cli.app, ["scan", "-"], input="Central de atendimento Nubank: 4020 0185".encode())
    assert "read as in BR (the providers the page names, all of that country); --region changes it" in providers.stdout


def test_a_snapshot_written_with_a_new_key_verifies_with_its_public_key_only(run, tmp_path, monkeypatch):
    made = run("snapshot", "keygen")
    assert made.exit_code == 0, made.output
    lines = dict(line.split(": ", 1) if ": " in line else line.split("=", 1) for line in made.output.splitlines())
    file = tmp_path / "snapshot.json"

    unsigned = run("snapshot", "write", str(file))
    assert unsigned.exit_code == 1 and "set VC_SNAPSHOT_SIGNING_KEY first" in unsigned.output and not file.exists()

    monkeypatch.setenv("VC_SNAPSHOT_SIGNING_KEY", lines["VC_SNAPSHOT_SIGNING_KEY"])
    settings.get_settings.cache_clear()
    written = run("snapshot", "write", str(file))
    assert written.exit_code == 0, written.output
    assert written.output.startswith(f"wrote {file}: registry version 1, ") and lines["key id"] in written.output

    verified = run("snapshot", "verify", str(file), "--public-key", lines["public key"])
    assert verified.exit_code == 0, verified.output
    assert verified.output.startswith("ok: signature holds; registry version 1, ")

    other = run("snapshot", "keygen").output.splitlines()[1].split(": ", 1)[1]
    refused = run("snapshot", "verify", str(file), "--public-key", other)
    assert refused.exit_code == 1 and "the signature does not hold for this public key" in refused.output
    missing = run("snapshot", "verify", str(tmp_path / "nowhere.json"), "--public-key", other)
    assert missing.exit_code == 1 and "cannot read" in missing.output


def test_a_signing_key_that_is_not_one_is_named(run, tmp_path, monkeypatch):
    monkeypatch.setenv("VC_SNAPSHOT_SIGNING_KEY", "not a key")
    settings.get_settings.cache_clear()
    result = run("snapshot", "write", str(tmp_path / "snapshot.json"))
    assert result.exit_code == 1
    assert "VC_SNAPSHOT_SIGNING_KEY: a snapshot signing key is 32 bytes written in base64" in result.output


@pytest.mark.parametrize(("lang", "expected"), [
    (None, ["HIGH RISK · mismatch · 支付宝 Alipay", "Red flags:",
            "  ! asks for a verification code «验证码»: Asks for a verification code.",
            "Official channels (contact them yourself):", "  95188  (short code; customer service)", "What to do:",
            "Report it: 010-12321"]),
    ("zh", ["高风险 · 不符（mismatch） · 支付宝 Alipay", "诈骗信号：", "  ! 索要验证码 «验证码»: 索要验证码。",
            "官方渠道（请自己联系）：", "  95188  (短号码; 客服)", "怎么办：", "举报渠道：010-12321", "登记版本 1 · 截至 "]),
])
def test_check_reads_in_the_answers_language(run, lang, expected):
    # a Chinese answer had English labels around it, and the warning signs by their codes ("! asks_otp «验证码»")
    result = run("check", "+86 21 5555 0000", "--claims", "支付宝", "--message", "请提供短信验证码", *(["--lang", lang] if lang else []))
    assert result.exit_code == 2  # high risk
    lines = result.stdout.splitlines()
    assert all(any(line.startswith(start) for line in lines) for start in expected), result.stdout
    assert "asks_otp" not in result.stdout


def test_a_script_of_medium_signs_exits_as_high_risk(run):
    # "UNKNOWN · unknown" and exit code 0: only a high or critical sign raised the risk
    result = run("check", "17012345678", "--region", "CN", "--message", "您的账户异常已被冻结，请拨打4001234567联系客服办理退款")
    assert result.exit_code == 2 and result.stdout.startswith("HIGH RISK · unknown"), result.stdout
    assert "  - Several signs of a scam script together: " in result.stdout


def test_a_provider_is_named_once_where_one_of_its_names_holds_the_other(run):
    # "Apple Pay Apple Pay / Apple Wallet / Apple Account": the Chinese name and the English one, side by side
    result = run("check", "https://www.apple.com/")
    assert result.stdout.splitlines()[0].split(" · ")[2] == "Apple Pay / Apple Wallet / Apple Account", result.stdout


def test_scan_reads_in_the_answers_language(run):
    page = "小狐狸钱包客服电话是多少？我们整理了客服热线：小狐狸钱包客服 13812345678，遇到诈骗请拨打110。"
    chinese = CliRunner().invoke(cli.app, ["scan", "-", "--lang", "zh"], input=page.encode())
    lines = chinese.stdout.splitlines()
    assert any(line.startswith("高风险") and "违背官方声明（contradicts_policy）" in line and "+8613812345678，被标称为MetaMask 小狐狸钱包" in line
               for line in lines), chinese.stdout
    assert "    官方：https://support.metamask.io（网站; 客服）" in lines
    assert "不带国家代码的号码按 CN 解读（页面是简体中文）；可用 --region 指定。" in lines
    assert any(line.startswith("共 2 处发现") for line in lines) and "finding(s)" not in chinese.stdout
