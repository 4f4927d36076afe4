"""Reading and writing the data files: YAML with line numbers in, one canonical layout out.

The writer is deterministic (key order from the models, lists of scalars inline, multi-line text as
blocks), so `export` of unchanged data is byte-identical to the files and a diff shows only real changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from registry.documents import ProviderDoc

DATA_DIR = Path(__file__).parent / "data"
PROVIDERS_DIR = DATA_DIR / "providers"

Path_ = tuple[str | int, ...]


class DataFileError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class LoadedFile:
    path: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, location: Path_) -> int:
        """The line of the deepest part of `location` that the file has (a missing key: its parent)."""
        for end in range(len(location), -1, -1):
            line = self.lines.get(tuple(location[:end]))
            if line is not None:
                return line
        return 1


def load(path: Path) -> LoadedFile:
    """Parse a data file keeping each value's line; raises DataFileError for YAML that does not parse."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataFileError(1, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    return loads(text, path)


def loads(text: str, path: Path) -> LoadedFile:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(error, "problem", None) or str(error)
        raise DataFileError(line, f"not valid YAML: {problem}") from None
    loaded = LoadedFile(path=path, data=data)
    if node is not None:
        _record_lines(node, (), loaded.lines)
    return loaded


def _record_lines(node: yaml.Node, location: Path_, lines: dict[Path_, int]) -> None:
    lines.setdefault(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise DataFileError(key_node.start_mark.line + 1, f"key {key!r} appears twice in the same block")
            seen.add(key)
            # The key's own line reads best in a message, even when its value starts on the next line.
            lines[location + (key,)] = key_node.start_mark.line + 1
            _record_lines(value_node, location + (key,), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, location + (index,), lines)


class _Dumper(yaml.SafeDumper):
    pass


def _represent_list(dumper: yaml.SafeDumper, items: list) -> yaml.Node:
    inline = all(isinstance(item, str) and "\n" not in item and len(item) < 60 for item in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=inline)


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)


def dumps(provider: ProviderDoc) -> str:
    # JSON mode: enums as their codes and dates as ISO strings, which the dumper quotes so they stay strings.
    data = provider.model_dump(mode="json")
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100_000, indent=2)


def provider_path(directory: Path, slug: str) -> Path:
    return directory / f"{slug}.yaml"
