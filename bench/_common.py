"""Shared pieces of the benchmarks: the bundled index, timing, and printing ratios."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

from registry import index as registry_index
from registry import validation
from registry.datafile import PROVIDERS_DIR


def bundled_index() -> registry_index.RegistryIndex:
    providers, problems = validation.validate_directory(PROVIDERS_DIR)
    if problems:
        raise SystemExit("the bundled data has problems; run `verified-contacts registry validate`")
    index = registry_index.build(providers, version=1)
    # As a running worker does after loading its index (service.runtime): keep the collector off it.
    gc.collect()
    gc.freeze()
    return index


def per_call_seconds(function: Callable[[], object], *, calls: int, repeats: int = 5) -> float:
    """Median over `repeats` runs of the mean time per call."""
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(calls):
            function()
        runs.append((time.perf_counter() - started) / calls)
    return statistics.median(runs)


def line(label: str, value: str) -> None:
    print(f"{label:<58} {value}")
