"""Writes registry/data/ordinary-words.txt: the English dictionary words near a provider's name.

A name one letter from a brand is how typo-squatters name their domains (binnance.com, coinbasse.com), but
the dictionary holds words as close: finance for binance, venom for venmo, skill for skrill, apply for
apple, revolution around revolut. Called look-alikes, apply.com and revolution.com were "high risk"
sites, and "personal finance" on a page was a mention of Binance. This lists every word of the GNU
Collaborative International Dictionary of English (GCIDE, as the english-words package ships it) that the
look-alike rules could take for a provider's name, with the provider it is near, so that the checker and
the scan can tell an ordinary word from a misspelt brand.

A word is listed when it is not itself one of a provider's names and either
- its look-alike skeleton is within one edit (two for a word of eight letters or more) of a provider's
  name, for a word of five letters or more, as the checker's near-miss rule compares them; or
- it holds a provider's name of five letters or more (revolution, acknowledger, gazelle).
It is left out, and stays a look-alike, when it is a provider's name with up to two letters added at the end
(ledgers, revolute): the plural or a suffix is how squatters extend a brand. Not so for a name that is an
everyday word (registry.index.COMMON_WORD_BRANDS): its plural is listed (tokens, cashes) as the word is.

Run again after a provider's names or official domains change; tests/registry/test_ordinary_words.py checks
that the committed file is what this writes from the bundled registry.
    python scripts/ordinary_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from registry import index as registry_index  # noqa: E402
from registry import normalize, validation  # noqa: E402
from registry.index import COMMON_WORD_BRANDS, is_substring_brand  # noqa: E402

OUTPUT = ROOT / "registry" / "data" / "ordinary-words.txt"
NEAR_WORD_MIN = 5  # the checker compares names of five letters or more for near misses
SUFFIX_LETTERS = 2

HEADER = """\
# English dictionary words near a provider's name: not look-alikes of it, and not mentions of it.
# Written by scripts/ordinary_words.py from the GNU Collaborative International Dictionary of English
# (GCIDE, via the english-words package) and the bundled registry; do not edit by hand.
# word<TAB>provider it is near
"""


def dictionary_words() -> list[str]:
    # A maintainer's tool, installed with the test extras: the service never imports it.
    from english_words import get_english_words_set

    return sorted(get_english_words_set(["gcide"], lower=True, alpha=True))


def provider_names(index: registry_index.RegistryIndex) -> dict[str, str]:
    """Each Latin-letter name of a provider (its names as brand tokens, its domains' names), with its slug."""
    names: dict[str, str] = {}
    for table in (index.brand_tokens, index.official_labels):
        for name, slugs in table.items():
            if name.isascii() and name.isalpha():
                names.setdefault(name, slugs[0])
    return names


def ordinary_words(index: registry_index.RegistryIndex, words: list[str]) -> dict[str, str]:
    """Each listed word, with the slug of the provider whose name it is near, as the module's docstring says."""
    names = provider_names(index)
    pairs = sorted({normalize.skeleton(name): name for name in names}.items())
    skeletons, of_name = [skeleton for skeleton, _ in pairs], [name for _, name in pairs]
    # (an everyday-word name is never looked for inside a longer word: registry.index leaves it out of brand tokens)
    long_names = [name for name in sorted(names) if is_substring_brand(name) and name not in COMMON_WORD_BRANDS]
    found = {}
    for word in words:
        if len(word) < NEAR_WORD_MIN or word in names or any(
                word.startswith(name) and len(word) - len(name) <= SUFFIX_LETTERS and name not in COMMON_WORD_BRANDS
                for name in names):
            continue
        skeleton = normalize.skeleton(word)
        cutoff = 2 if len(skeleton) >= 8 else 1  # the checker's: one edit, two for a name of eight letters or more
        if best := process.extractOne(skeleton, skeletons, scorer=OSA.distance, score_cutoff=cutoff):
            found[word] = names[of_name[best[2]]]
        elif inside := next((name for name in long_names if name in word), None):
            found[word] = names[inside]
    # The plural of a name that is an everyday word (tokens.com for token.im), which the dictionary does not
    # list apart from the word: as ordinary as the word.
    for name in sorted(COMMON_WORD_BRANDS & names.keys()):
        found.setdefault(name + ("es" if name.endswith(("s", "sh", "ch", "x")) else "s"), names[name])
    return found


def render(found: dict[str, str]) -> str:
    return HEADER + "".join(f"{word}\t{slug}\n" for word, slug in sorted(found.items()))


def bundled_index() -> registry_index.RegistryIndex:
    providers, problems = validation.validate_directory(ROOT / "registry" / "data" / "providers")
    if problems:
        raise SystemExit("the bundled data has problems; run `verified-contacts registry validate`")
    return registry_index.build(providers, version=1)


def main() -> None:
    found = ordinary_words(bundled_index(), dictionary_words())
    OUTPUT.write_text(render(found), encoding="utf-8")
    print(f"{len(found)} words written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
