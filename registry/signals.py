"""Scam-script signals in a caller's message, from the vocabulary in `data/signals.yaml`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from registry.vocab import PolicyCode

SIGNALS_FILE = Path(__file__).parent / "data" / "signals.yaml"
SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}


@dataclass(frozen=True)
class SignalDef:
    code: str
    severity: str
    policy: PolicyCode | None
    patterns: tuple[re.Pattern, ...]
    explanation: dict[str, str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


@dataclass(frozen=True)
class Signal:
    code: str
    severity: str
    policy: PolicyCode | None
    start: int
    end: int
    text: str
    explanation: str


@lru_cache(maxsize=4)
def vocabulary(path: Path = SIGNALS_FILE) -> tuple[SignalDef, ...]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        SignalDef(
            code=entry["code"],
            severity=entry["severity"],
            policy=PolicyCode(entry["policy"]) if entry.get("policy") else None,
            patterns=tuple(re.compile(pattern) for pattern in entry["patterns"]),
            explanation=entry["explanation"],
            examples=tuple(entry.get("examples") or ()),
            counter_examples=tuple(entry.get("counter_examples") or ()),
        )
        for entry in entries
    )


def find(text: str, *, lang: str = "en", vocabulary_: tuple[SignalDef, ...] | None = None) -> list[Signal]:
    """Every signal in `text`, first occurrence of each code, in the order they appear.

    Spans are offsets into `text` as given: NFKC and case folding keep lengths for the scripts we match,
    and where they do not, the span is of the folded text.
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    found = []
    for definition in vocabulary_ or vocabulary():
        match = _first_affirmative(definition, folded)
        if match:
            start, end = match.span()
            found.append(Signal(
                code=definition.code, severity=definition.severity, policy=definition.policy,
                start=start, end=end, text=text[start:end] if len(folded) == len(text) else match.group(0),
                explanation=definition.explanation.get(lang) or definition.explanation["en"],
            ))
    return sorted(found, key=lambda signal: signal.start)


# "We will never ask for your code" and "切勿透露验证码" are warnings, not requests: a match with one of
# these shortly before it does not count.
_NEGATION = re.compile(
    r"(never|not|n't|no one|nobody|don't|do not|won't|will not|under no circumstances|beware|warning|scam|"
    r"绝不|不会|从不|不要|切勿|请勿|勿|严禁|谨防|警惕|小心|诈骗|骗子|不得|永远不)[^。.!?！？\n]{0,24}$"
)


def _first_affirmative(definition: SignalDef, folded: str) -> re.Match | None:
    for pattern in definition.patterns:
        for match in pattern.finditer(folded):
            if not _NEGATION.search(folded[max(0, match.start() - 40):match.start()]):
                return match
    return None
