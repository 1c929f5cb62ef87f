"""A user's regular expression, run with bounded work.

Why: Python's ``re`` backtracks without limit, so one pattern typed into
auto-coding (``(a|aa)+$``, ``(\\w+\\s?)+$`` on a long line) could run for
minutes or hours, with no way to stop it but killing the program. Every
pattern a user gives is therefore compiled and run with the ``regex``
package, which takes a ``timeout`` (and avoids some of the worst backtracking
outright: ``(a+)+$`` is instant there). Its syntax is ``re``'s.

Two more bounds, because ``regex`` unrolls counted repeats when it compiles
(``(a{65535}){65535}`` asked for gigabytes before matching anything): a
pattern is at most ``MAX_PATTERN`` characters, and its counted repeats,
multiplied out, at most ``MAX_EXPANSION`` items.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import regex

from annotator.core.errors import UsageError
from annotator.core.messages import translate

MAX_PATTERN = 10_000  # characters
MAX_EXPANSION = 100_000  # pattern items once counted repeats are multiplied out
TIMEOUT_S = 5.0  # per document
TOTAL_TIMEOUT_S = 60.0  # per search over all documents
# In the app the search runs while the window waits: shorter limits.
INTERACTIVE_TIMEOUT_S = 2.0
INTERACTIVE_TOTAL_TIMEOUT_S = 10.0


class PatternTooSlow(UsageError):
    """A pattern ran past its time limit; nothing was stored."""


def compile_pattern(pattern: str) -> Any:
    """A compiled pattern (``regex`` module, ``re`` syntax).

    Raises:
        UsageError: an invalid pattern, or one too big to compile safely.
    """
    if len(pattern) > MAX_PATTERN:
        raise UsageError(
            translate("CoreErrors", "the pattern is {count:,} characters long (at most {limit:,})").format(
                count=len(pattern), limit=MAX_PATTERN
            )
        )
    size = expanded_size(pattern)
    if size is not None and size > MAX_EXPANSION:
        raise UsageError(
            translate(
                "CoreErrors",
                "the pattern's repeats multiply out to {size:,} items (at most {limit:,}); simplify it",
            ).format(size=size, limit=MAX_EXPANSION)
        )
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise UsageError(
            translate("CoreErrors", "invalid pattern {pattern!r}: {exc}").format(pattern=pattern, exc=exc)
        ) from None
    except (RecursionError, OverflowError, ValueError, MemoryError) as exc:
        raise UsageError(
            translate("CoreErrors", "invalid pattern {pattern!r}: too complex ({name})").format(
                pattern=pattern, name=type(exc).__name__
            )
        ) from None


def expanded_size(pattern: str) -> int | None:
    """How many items ``pattern`` holds once its counted repeats are unrolled (an upper bound),
    or None when ``re`` cannot parse it (``regex``-only syntax: left to its own checks)."""
    try:
        # CPython's pattern parser, private (so no stubs); stable in 3.11-3.13
        _parser = importlib.import_module("re._parser")

        return _size(_parser.parse(pattern), _parser)
    except RecursionError:
        return MAX_EXPANSION + 1
    except Exception:  # noqa: BLE001 (any parse failure: regex reports its own error)
        return None


def _size(items: Any, parser: Any) -> int:
    constants = parser  # MAX_REPEAT, SUBPATTERN, ... live in the parser's namespace
    total = 0
    for op, value in items:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)):
            low, high, item = value
            count = low if high == constants.MAXREPEAT else high
            total += max(count, 1) * _size(item, parser)
        elif op == constants.SUBPATTERN:
            total += _size(value[-1], parser)
        elif op == constants.BRANCH:
            total += sum(_size(branch, parser) for branch in value[1])
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            total += _size(value[1], parser)
        elif op == getattr(constants, "ATOMIC_GROUP", None):
            total += _size(value, parser)
        else:
            total += 1
        if total > MAX_EXPANSION:
            return total
    return total


def matches(compiled: Any, text: str, *, timeout: float, label: str) -> Iterator[tuple[int, int]]:
    """Spans of every match of ``compiled`` in ``text``, within ``timeout`` seconds in all.

    Raises:
        PatternTooSlow: "the pattern took longer than N s on LABEL; simplify it".
    """
    try:
        for match in compiled.finditer(text, timeout=timeout):
            yield match.span()
    except TimeoutError:
        raise PatternTooSlow(
            translate(
                "CoreErrors", "the pattern took longer than {timeout:g} s on {label}; simplify it"
            ).format(timeout=timeout, label=label)
        ) from None
