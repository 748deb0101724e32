"""Declared fields for YAML mappings (site.yaml, front matter, story.yaml) and their checks.

Each file format declares its keys as a tuple of `Field`s; `validate_mapping` turns a
`YamlMapping` into typed values, reporting every problem at the position of the key or
value it concerns, prefixed by the key's name. Unknown keys warn (with a suggestion), so a
typo such as `titel:` is noticed instead of silently ignored.
"""

from __future__ import annotations

import difflib
import re
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.diagnostics import Diagnostics
from generator.yaml_source import YamlMapping

Validator = Callable[[Any], Any]
"""Returns the typed value or raises ValueError with a message for the user."""


@dataclass(frozen=True)
class Field:
    name: str
    validate: Validator
    default: Any = None
    required: bool = False
    doc: str = ""


def validate_mapping(
    mapping: YamlMapping,
    fields: Sequence[Field],
    diagnostics: Diagnostics,
    *,
    prefix: str = "",
) -> dict[str, Any]:
    """Typed values for `fields`; defaults stand in for missing or invalid values."""
    known = {field.name: field for field in fields}
    for key in mapping.entries:
        if key not in known:
            diagnostics.warning(mapping.key_position(key), _unknown_key_message(prefix, key, known))
    values: dict[str, Any] = {}
    for field in fields:
        entry = mapping.get(field.name)
        values[field.name] = field.default
        if entry is None or entry.value is None:
            if field.required:
                diagnostics.error(
                    mapping.key_position(field.name) if entry else mapping.position,
                    f"missing required key '{prefix}{field.name}'"
                    + (f": {field.doc}" if field.doc else ""),
                )
            continue
        try:
            values[field.name] = field.validate(entry.value)
        except ValueError as exc:
            diagnostics.error(entry.position, f"{prefix}{field.name}: {exc}")
    return values


def _unknown_key_message(prefix: str, key: str, known: dict[str, Field]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = (
        f"did you mean '{prefix}{close[0]}'?"
        if close
        else ("known keys: " + ", ".join(prefix + name for name in known))
    )
    return f"unknown key '{prefix}{key}' is ignored; {hint}"


# ---------------------------------------------------------------- validators


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"must be text, got {_kind(value)}; put the value in quotes")
    return str(value)


def text(value: Any) -> str:
    """One line of text; runs of whitespace collapse to one space."""
    result = " ".join(_scalar_text(value).split())
    if not result:
        raise ValueError("must not be empty")
    return result


def long_text(value: Any) -> str:
    """Text that may span several lines (Markdown, for instance)."""
    result = _scalar_text(value).strip()
    if not result:
        raise ValueError("must not be empty")
    return result


def text_list(value: Any) -> tuple[str, ...]:
    """A list of texts, or one comma-separated text: `tags: [a, b]` or `tags: a, b`."""
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, list):
        items = value
    else:
        raise ValueError(f"must be a list such as [one, two], got {_kind(value)}")
    result = []
    for item in items:
        if item is None:
            continue
        result.append(text(item) if not isinstance(item, str) else " ".join(item.split()))
    return tuple(entry for entry in result if entry)


def paragraph_list(value: Any) -> tuple[str, ...]:
    """A list of paragraphs of text, each kept whole."""
    if not isinstance(value, list):
        raise ValueError(f"must be a list of texts (one '- ' line each), got {_kind(value)}")
    return tuple(" ".join(_scalar_text(item).split()) for item in value if item is not None)


def http_url(value: Any) -> str:
    """An absolute http or https URL: other schemes (javascript:, data:) are refused."""
    result = text(value)
    parts = urlsplit(result)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"must be an absolute http:// or https:// URL, got '{result}'")
    if any(char in result for char in "<>\"' \\"):
        raise ValueError(f"'{result}' contains characters a URL cannot hold; percent-encode them")
    return result


_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def language_tag(value: Any) -> str:
    """A BCP 47 language tag such as `en` or `en-GB`."""
    result = text(value)
    if not _LANGUAGE_TAG.match(result):
        raise ValueError(f"'{result}' is not a language tag; write it like 'en' or 'en-GB'")
    return result


def timezone(value: Any) -> str:
    """An IANA time zone name such as `Europe/London` or `UTC`."""
    result = text(value)
    try:
        zoneinfo.ZoneInfo(result)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone '{result}'; use an IANA name such as 'UTC' or 'Europe/Berlin'"
        ) from None
    return result


def integer_between(low: int, high: int) -> Validator:
    def validate(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number from {low} to {high}, got {_kind(value)}")
        if not low <= value <= high:
            raise ValueError(f"must be from {low} to {high}, got {value}")
        return value

    return validate


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, got {_kind(value)}")
    return value


def choice(*allowed: str) -> Validator:
    def validate(value: Any) -> str:
        result = text(value)
        if result not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}, got '{result}'")
        return result

    return validate


def folder_name(value: Any) -> str:
    """A folder path relative to the site folder."""
    result = text(value)
    if "\x00" in result:
        raise ValueError("must not contain NUL characters")
    return result


def _kind(value: Any) -> str:
    if isinstance(value, YamlMapping | dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"the truth value {str(value).lower()}"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"
