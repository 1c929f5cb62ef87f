"""Loading untrusted YAML fast and safely: plain data only, no aliases, bounded nesting.

Why not ``yaml.load(text, Loader=SafeLoader)``: PyYAML's pure-Python loader takes
5 s for a 10,000-code codebook (and its C loader still builds a node graph, then
walks it with Python generators: 1 s). Here libyaml's event stream (when PyYAML
has it) is turned straight into lists, dicts and scalars: 0.2 s. Scalars are
resolved exactly as the safe loader resolves them (``yes`` is True, ``1.5`` a
float, ``2024-01-01`` a date), with PyYAML's own resolver and constructors.

Refused, as before: aliases (a few lines can expand into billions of nodes:
"billion laughs"), more than one document, unhashable keys; and nesting deeper
than ``max_nesting``. Anything unusual (an explicit tag, a merge key ``<<``) is
handed to the pure-Python safe loader without aliases, which gives the same data
and the same errors as always.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.error import Mark

_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_EVENTS = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


class NoAliasLoader(yaml.SafeLoader):
    """Safe loading without anchors/aliases (the slow path; see the module docstring)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(None, None, "aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


def _mark(mark: Any) -> Mark | None:
    """``mark`` as PyYAML's ``Mark``, which nodes and errors are declared to take.

    libyaml's events carry its own C ``Mark`` (same fields, same message); only the
    rare paths that build a node or an error convert it, so the hot loop pays nothing.
    """
    if mark is None or isinstance(mark, Mark):
        return mark
    return Mark(mark.name, mark.index, mark.line, mark.column, mark.buffer, mark.pointer)


class _Unusual(Exception):
    """This document needs the full loader."""


_NO_KEY = object()  # a mapping waiting for its next key


class _Builder:
    """Turns events into data; one method per event type (looked up by type: this is the hot loop)."""

    def __init__(self, max_nesting: int) -> None:
        self.max_nesting = max_nesting
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.stack: list[list[Any] | dict[Any, Any]] = []
        self.keys: list[Any] = []  # per open mapping: its pending key, or _NO_KEY
        self.root: Any = None
        self.documents = 0
        self.first_mark: Mark | None = None
        # each handler takes the event type it is registered for (dispatch by exact type)
        self.handlers: dict[type[yaml.Event], Callable[[Any], None]] = {
            yaml.ScalarEvent: self.scalar,
            yaml.SequenceStartEvent: self.sequence,
            yaml.MappingStartEvent: self.mapping,
            yaml.SequenceEndEvent: self.close,
            yaml.MappingEndEvent: self.close,
            yaml.AliasEvent: self.alias,
            yaml.DocumentStartEvent: self.document,
        }

    def feed(self, event: yaml.Event) -> None:
        handler = self.handlers.get(type(event))
        if handler is not None:
            handler(event)

    def scalar(self, event: yaml.ScalarEvent) -> None:
        tag = event.tag
        value = event.value
        if tag is None and event.implicit[0]:  # plain: resolved as the safe loader does
            tag = self.resolver.resolve(yaml.ScalarNode, value, (True, False))
            if tag == _MERGE:
                raise _Unusual
            if tag != _STR:
                node = yaml.ScalarNode(tag, value, _mark(event.start_mark), _mark(event.end_mark))
                value = self.constructor.yaml_constructors[tag](self.constructor, node)
        elif tag not in (None, "!"):
            raise _Unusual  # an explicit tag
        self.add(value, event)

    def add(self, value: Any, event: yaml.Event) -> None:
        stack = self.stack
        if not stack:
            self.root = value
            return
        top = stack[-1]
        if type(top) is list:
            top.append(value)
            return
        key = self.keys[-1]
        if key is _NO_KEY:
            try:
                hash(value)
            except TypeError:
                raise ConstructorError(
                    "while constructing a mapping", None, "found unhashable key", _mark(event.start_mark)
                ) from None
            self.keys[-1] = value
        else:
            top[key] = value
            self.keys[-1] = _NO_KEY

    def sequence(self, event: yaml.SequenceStartEvent) -> None:
        self.open([], event)

    def mapping(self, event: yaml.MappingStartEvent) -> None:
        self.open({}, event)
        self.keys.append(_NO_KEY)

    def open(self, container: list[Any] | dict[Any, Any], event: yaml.CollectionStartEvent) -> None:
        if event.tag not in (None, "!"):
            raise _Unusual
        if len(self.stack) >= self.max_nesting:
            raise _TooDeep
        self.add(container, event)
        self.stack.append(container)

    def close(self, _event: yaml.Event) -> None:
        if type(self.stack.pop()) is dict:
            self.keys.pop()

    def alias(self, event: yaml.AliasEvent) -> None:
        raise ComposerError(None, None, "aliases are not allowed", _mark(event.start_mark))

    def document(self, event: yaml.DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents == 1:
            self.first_mark = _mark(event.start_mark)
            return
        raise ComposerError(
            "expected a single document in the stream",
            self.first_mark,
            "but found another document",
            _mark(event.start_mark),
        )


class _TooDeep(Exception):
    """Nesting beyond the limit."""


class NestedTooDeeply(ValueError):
    """The YAML nests lists and mappings deeper than allowed."""


def load(text: str, *, max_nesting: int) -> Any:
    """The data of one YAML document (None for an empty one), as the safe loader gives it.

    Raises:
        yaml.YAMLError: not valid YAML, an alias, several documents, an unhashable key.
        NestedTooDeeply: lists and mappings nested deeper than ``max_nesting``.
    """
    builder = _Builder(max_nesting)
    handlers = builder.handlers
    try:
        for event in yaml.parse(text, Loader=_EVENTS):
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
    except _TooDeep:
        raise NestedTooDeeply(f"nested deeper than {max_nesting} levels") from None
    except _Unusual:
        try:
            return yaml.load(text, Loader=NoAliasLoader)  # noqa: S506 (a SafeLoader)
        except RecursionError:
            raise NestedTooDeeply(f"nested deeper than {max_nesting} levels") from None
    return builder.root
