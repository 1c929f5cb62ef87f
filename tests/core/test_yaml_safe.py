"""Errors of the fast YAML path carry the position of the fault, as PyYAML's own loader's do.

libyaml's events carry its C ``Mark``; nodes and errors are built with PyYAML's ``Mark``
(what their types declare), so the conversion must keep the name, line and column.
"""

from __future__ import annotations

import pytest
import yaml
from yaml.error import Mark, MarkedYAMLError

from annotator.core import yaml_safe


@pytest.mark.parametrize(
    ("text", "problem", "line", "column"),
    [
        ("a: 1\nb: &x 2\nc: *x\n", "aliases are not allowed", 2, 3),
        ("a: 1\n---\nb: 2\n", "but found another document", 1, 0),
        ("? [1, 2]\n: 3\n", "found unhashable key", 0, 2),
    ],
)
def test_refusals_name_the_line_and_column(text: str, problem: str, line: int, column: int) -> None:
    with pytest.raises(MarkedYAMLError) as caught:
        yaml_safe.load(text, max_nesting=10)
    error = caught.value
    assert error.problem == problem
    mark = error.problem_mark
    assert isinstance(mark, Mark)
    assert (mark.line, mark.column) == (line, column)
    assert f"line {line + 1}, column {column + 1}" in str(error)


def test_typed_scalars_resolve_as_the_safe_loader_resolves_them() -> None:
    text = "when: 2024-05-01\ncount: 3\nratio: 1.5\nok: yes\nnothing: ~\nname: Mina\n"
    assert yaml_safe.load(text, max_nesting=10) == yaml.safe_load(text)
