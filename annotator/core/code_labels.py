"""A code's labels in other languages, and the one place that says what a code is called.

A code has one identity (its GUID) and one canonical name, the English one its path is
made of: paths in the command line, in exports and in exchange files never change with
the language. Beside it a code may carry a :class:`~annotator.core.model.CodeLabel` per
language (Korean ``ko``, Simplified Chinese ``zh_CN``): a name and the definition fields.
What a reader sees is resolved by :class:`CodeNames`: the label's name where one exists
in the chosen language, else the canonical name (and the same per definition field).

Which language a project shows is a project setting (:data:`CODE_LANGUAGE`):
``interface`` (follow the interface language, the default), ``en`` (canonical names), or
one of :data:`LABEL_LANGUAGES`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotator.core.errors import CodebookError
from annotator.core.messages import translate
from annotator.core.model import LABEL_FIELDS, Code, CodeLabel

if TYPE_CHECKING:
    from annotator.core.codebook import CodeTree

LABEL_LANGUAGES: dict[str, str] = {"ko": "한국어", "zh_CN": "简体中文"}
"""Languages a code may carry a label in, each named in its own language."""
CANONICAL = "en"
FOLLOW_INTERFACE = "interface"
CODE_LANGUAGE = "code_language"
"""Key in the project's settings: ``interface`` (default), ``en``, ``ko`` or ``zh_CN``."""
CODE_LANGUAGE_CHOICES: tuple[str, ...] = (FOLLOW_INTERFACE, CANONICAL, *LABEL_LANGUAGES)
MAX_LABEL_TEXT = 20_000  # characters in one definition field of a label
_ALIASES = {"ko": "ko", "ko_kr": "ko", "kor": "ko", "zh": "zh_CN", "zh_cn": "zh_CN", "zh_hans": "zh_CN"}


def label_language(text: str) -> str:
    """A language code as labels are stored: ``ko``, ``ko-KR`` → ``ko``; ``zh``, ``zh-CN`` → ``zh_CN``.

    Raises:
        CodebookError: for a language no label may be in.
    """
    key = str(text).strip().replace("-", "_").casefold()
    found = _ALIASES.get(key)
    if found is None:
        raise CodebookError(
            translate(
                "CoreCodebook", "no code labels in language {language!r}; use one of {languages}"
            ).format(language=text, languages=", ".join(LABEL_LANGUAGES))
        )
    return found


def code_language_choice(text: str) -> str:
    """A project's code-label choice checked: ``interface``, ``en`` or a label language."""
    key = str(text).strip()
    if key.casefold() in (FOLLOW_INTERFACE, CANONICAL, "english", "canonical"):
        return FOLLOW_INTERFACE if key.casefold() == FOLLOW_INTERFACE else CANONICAL
    return label_language(key)


def check_label(label: CodeLabel) -> CodeLabel:
    """``label`` with its text stripped and checked as a code's own would be.

    A label's name follows the rules of a code name (:func:`annotator.core.codebook.check_name`),
    so a Korean name can never display as something it is not. Raises CodebookError.
    """
    from annotator.core.codebook import check_name, name_problem  # noqa: PLC0415 (codebook imports us)

    language = label_language(label.language)
    name = check_name(label.name) if label.name.strip() else ""
    fields: dict[str, str] = {}
    for field in LABEL_FIELDS[1:]:
        value = getattr(label, field)
        if not isinstance(value, str):
            raise CodebookError(
                translate("CoreCodebook", "the {field} of a label must be text").format(
                    field=field.replace("_", " ")
                )
            )
        value = value.strip()
        if len(value) > MAX_LABEL_TEXT:
            raise CodebookError(
                translate("CoreCodebook", "a label's {field} is limited to {limit} characters").format(
                    field=field.replace("_", " "), limit=MAX_LABEL_TEXT
                )
            )
        problem = name_problem(value.replace("\n", " ").replace("\t", " "))
        if problem is not None:
            raise CodebookError(
                translate("CoreCodebook", "the {field} of a label contains {problem}").format(
                    field=field.replace("_", " "), problem=problem
                )
            )
        fields[field] = value
    return replace(label, language=language, name=name, **fields)


def labels_from_mapping(code: str, raw: Any, where: str) -> list[CodeLabel]:
    """``{ko: {name: …, definition: …}, zh_CN: {…}}`` (YAML, JSON) as checked labels.

    Raises CodebookError naming ``where``.
    """
    if raw is None:
        return []
    if not isinstance(raw, Mapping):
        raise CodebookError(
            translate("CoreCodebook", "'labels' of {where} must be a mapping of languages").format(
                where=where
            )
        )
    out: dict[str, CodeLabel] = {}
    for language, fields in raw.items():
        if not isinstance(fields, Mapping):
            raise CodebookError(
                translate("CoreCodebook", "label {language!r} of {where} must be a mapping").format(
                    language=language, where=where
                )
            )
        unknown = set(map(str, fields)) - set(LABEL_FIELDS)
        if unknown:
            raise CodebookError(
                translate("CoreCodebook", "label {language!r} of {where} has unknown fields {fields}").format(
                    language=language, where=where, fields=sorted(unknown)
                )
            )
        values = {str(k): v for k, v in fields.items()}
        for key, value in values.items():
            if value is None:
                values[key] = ""
            elif isinstance(value, bool) or not isinstance(value, str | int | float):
                raise CodebookError(
                    translate("CoreCodebook", "{key} of label {language!r} of {where} must be text").format(
                        key=key, language=language, where=where
                    )
                )
            else:
                values[key] = str(value)
        try:
            label = check_label(CodeLabel(code, str(language), **values))
        except CodebookError as exc:
            raise CodebookError(
                translate("CoreCodebook", "label {language!r} of {where}: {problem}").format(
                    language=language, where=where, problem=exc.reason
                )
            ) from None
        if label.language in out:
            raise CodebookError(
                translate("CoreCodebook", "{where} has two labels in {language}").format(
                    where=where, language=label.language
                )
            )
        if not label.empty:
            out[label.language] = label
    return list(out.values())


def labels_to_mapping(labels: Iterable[CodeLabel]) -> dict[str, dict[str, str]]:
    """Labels as YAML and JSON hold them: by language, only the fields that have text."""
    return {
        label.language: {f: getattr(label, f) for f in LABEL_FIELDS if getattr(label, f)}
        for label in sorted(labels, key=lambda lb: list(LABEL_LANGUAGES).index(lb.language))
        if not label.empty
    }


def labels_by_code(labels: Iterable[CodeLabel]) -> dict[str, tuple[CodeLabel, ...]]:
    out: dict[str, list[CodeLabel]] = {}
    for label in labels:
        out.setdefault(label.code, []).append(label)
    return {code: tuple(found) for code, found in out.items()}


def filled(current: CodeLabel | None, offered: CodeLabel) -> CodeLabel | None:
    """``current`` with the fields it lacks taken from ``offered`` (None: nothing to add).

    What adding a shipped codebook's labels to a project does: a field a user wrote is never
    overwritten, only empty ones are filled.
    """
    base = current or CodeLabel(offered.code, offered.language)
    gaps = {f: getattr(offered, f) for f in LABEL_FIELDS if getattr(offered, f) and not getattr(base, f)}
    return replace(base, **gaps) if gaps else None


class CodeNames:
    """What each code is called in one language, falling back to its canonical name.

    ``language`` is ``en`` (or None) for canonical names, or a label language. Paths join
    the shown names with "/" (for display only: a code is still found by its canonical path).
    """

    def __init__(self, tree: CodeTree, labels: Iterable[CodeLabel] = (), language: str | None = None) -> None:
        self.tree = tree
        self.language = language if language in LABEL_LANGUAGES else CANONICAL
        self.labels: dict[str, CodeLabel] = {}
        if self.language != CANONICAL:
            self.labels = {lb.code: lb for lb in labels if lb.language == self.language}
        self._paths: dict[str, str] = {}

    @property
    def labelled(self) -> bool:
        """True when some code shows a name other than its canonical one."""
        return any(lb.name for lb in self.labels.values())

    def label(self, guid: str) -> CodeLabel | None:
        return self.labels.get(guid)

    def name(self, guid: str) -> str:
        """The code's name in the language, else its canonical name ("" for an unknown code)."""
        label = self.labels.get(guid)
        if label is not None and label.name:
            return label.name
        code = self.tree.by_guid.get(guid)
        return code.name if code is not None else ""

    def path(self, guid: str) -> str:
        """The shown names from the top group down to the code, joined with "/"."""
        found = self._paths.get(guid)
        if found is None:
            if guid not in self.tree:
                return self.tree.path(guid)  # raises UnknownCode, as the tree would
            parts = [self.name(g) for g in reversed(self.tree.ancestors(guid))]
            found = self._paths[guid] = "/".join([*parts, self.name(guid)])
        return found

    def shown_path(self, path: str) -> str:
        """A canonical path (as reports and analyses carry it) in the shown names; ``path``
        itself when no code is there any more."""
        code = self.tree.find_or_none(path)
        return self.path(code.guid) if code is not None else path

    def text(self, code: Code, field: str) -> str:
        """One definition field (``short_definition``, ``definition``...) in the language, else the code's."""
        label = self.labels.get(code.guid)
        value = getattr(label, field) if label is not None else ""
        return value or str(getattr(code, field))

    def shown(self, code: Code) -> Code:
        """``code`` as a reader sees it: its name and definitions in the language."""
        if code.guid not in self.labels:
            return code
        return replace(
            code,
            name=self.name(code.guid),
            short_definition=self.text(code, "short_definition"),
            definition=self.text(code, "definition"),
            when_to_use=self.text(code, "when_to_use"),
            when_not_to_use=self.text(code, "when_not_to_use"),
            example=self.text(code, "example"),
        )

    def search_text(self, guid: str) -> str:
        """What a search for this code matches: the shown path and the canonical one."""
        canonical = self.tree.path(guid)
        shown = self.path(guid)
        return shown if shown == canonical else f"{shown}\n{canonical}"
