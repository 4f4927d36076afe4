"""In-process `check` of phone numbers vs `phonenumbers.parse` of the same inputs, in one run.

Target: warm check ≤ 2× parse. The cold figure (no reading cached) is printed too.
    python bench/check_vs_parse.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import phonenumbers  # noqa: E402

from bench._common import bundled_index, line, per_call_seconds  # noqa: E402
from registry import normalize  # noqa: E402
from registry.check import CheckRequest, check  # noqa: E402

INPUTS = [
    ("+1 888 221 1161", None), ("1-800-275-2273", "US"), ("+86 21 5555 0000", None), ("+44 20 7946 0958", None),
    ("+1 (209) 798-8106", None), ("+852 2345 6789", None), ("+65 6123 4567", None), ("+91 98765 43210", None),
    ("+63 917 123 4567", None), ("+254 722 000 000", None), ("+1 415 555 0100", None), ("+86 138 0013 8000", None),
]


def main() -> None:
    index = bundled_index()
    requests = [CheckRequest(value=value, region=region) for value, region in INPUTS]
    cycle_parse = itertools.cycle(INPUTS)
    cycle_check = itertools.cycle(requests)
    calls = 20_000

    parse_s = per_call_seconds(lambda: phonenumbers.parse(*next(cycle_parse)), calls=calls)
    warm_s = per_call_seconds(lambda: check(index, next(cycle_check)), calls=calls)

    def cold_check():
        normalize.read_phone.cache_clear()
        index.number_memo.clear()
        check(index, next(cycle_check))

    cold_s = per_call_seconds(cold_check, calls=calls // 4)

    line("phonenumbers.parse, per input", f"{parse_s * 1e6:8.1f} µs")
    line("check() of the same inputs, readings cached (warm)", f"{warm_s * 1e6:8.1f} µs")
    line("check() with the reading cache cleared each call (cold)", f"{cold_s * 1e6:8.1f} µs")
    line("ratio warm check / parse  (target ≤ 2.0)", f"{warm_s / parse_s:8.2f} ×")
    line("ratio cold check / parse", f"{cold_s / parse_s:8.2f} ×")


if __name__ == "__main__":
    main()
