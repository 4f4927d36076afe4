"""The browser extension's files, without a browser: every message it shows exists in each language with the
same placeholders, and its icons are the ones scripts/extension_icons.py draws, at the sizes the manifest says.
(tests/browser/test_extension.py runs the extension itself.)"""

from __future__ import annotations

import json
import re
import struct
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXTENSION = REPO / "extension"
MANIFEST = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
LANGUAGES = sorted(path.name for path in (EXTENSION / "_locales").iterdir())
sys.path.insert(0, str(REPO / "scripts"))

import extension_icons  # noqa: E402


def messages(language: str) -> dict[str, str]:
    path = EXTENSION / "_locales" / language / "messages.json"
    return {key: entry["message"] for key, entry in json.loads(path.read_text(encoding="utf-8")).items()}


def keys_used() -> set[str]:
    """Every message key the extension's code, pages and manifest ask for, the verdict names included."""
    used: set[str] = set()
    for path in [*EXTENSION.glob("*.js"), *EXTENSION.glob("*.html"), EXTENSION / "manifest.json"]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:say|getMessage)\(["']([a-z_]+)["']""", text))
        used |= set(re.findall(r"__MSG_([a-z_]+)__", text))
        used |= set(re.findall(r'data-message="([a-z_]+)"', text))
        if "say(`verdict_${" in text:  # every verdict a mark can show (invalid findings are not marked)
            used |= {f"verdict_{verdict}" for verdict in ("official", "retired", "known_scam", "lookalike", "mismatch",
                                                          "contradicts_policy", "unknown")}
    return used


def test_there_are_english_and_chinese_messages():
    assert LANGUAGES == ["en", "zh_CN"] and MANIFEST["default_locale"] == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_the_extension_shows_is_there_with_the_same_placeholders(language):
    english, these = messages("en"), messages(language)
    assert keys_used() - set(these) == set()
    assert set(these) == set(english)  # and nothing left over that no code shows
    assert {key: sorted(re.findall(r"\$\d", these[key])) for key in these} == \
        {key: sorted(re.findall(r"\$\d", english[key])) for key in english}


def test_nothing_unused_is_kept():
    assert set(messages("en")) - keys_used() == set()


@pytest.mark.parametrize("size", extension_icons.SIZES)
def test_each_icon_is_what_the_script_draws_at_the_size_the_manifest_says(size):
    path = EXTENSION / MANIFEST["icons"][str(size)]
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (size, size)
    assert data == extension_icons.draw(size), "run python scripts/extension_icons.py and commit the icons"


def test_the_toolbar_button_uses_the_same_icons():
    assert MANIFEST["action"]["default_icon"] == {size: path for size, path in MANIFEST["icons"].items() if size != "128"}


def test_the_extension_sends_no_more_links_or_list_items_than_the_service_takes():
    # one over the service's limit and the service refuses the whole page (422): nothing on it would be checked
    from service.schemas import MAX_SCAN_LINKS, MAX_SCAN_LIST_ITEMS

    content = (EXTENSION / "content.js").read_text(encoding="utf-8")
    limits = {name: int(value) for name, value in re.findall(r"const (MAX_LINKS|MAX_LIST_ITEMS) = (\d+);", content)}
    assert limits == {"MAX_LINKS": MAX_SCAN_LINKS, "MAX_LIST_ITEMS": MAX_SCAN_LIST_ITEMS}


def test_the_extension_reads_salt_as_long_as_the_service_does():
    # a transparent text longer than the service's salt and shorter than the extension's would be read by one alone
    from registry.htmltext import MAX_SALT_CHARACTERS

    content = (EXTENSION / "content.js").read_text(encoding="utf-8")
    assert re.findall(r"const MAX_SALT_CHARACTERS = (\d+);", content) == [str(MAX_SALT_CHARACTERS)]
