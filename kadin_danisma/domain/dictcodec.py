"""Dataclass ⇄ JSON-ready dict, driven by the type hints of domain.records, with every problem reported
by its JSON path. Used by the interchange format; strict: unknown keys, wrong types and missing required
fields are all problems (never guessed at)."""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")
Problems = list[tuple[str, str]]
_MISSING = dataclasses.MISSING
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


# Fields that belong to one store, never to the interchange format: the row id and the row's version.
LOCAL = frozenset({"id", "row_version"})


def to_dict(obj: Any, skip: frozenset[str] = LOCAL) -> Any:
    """A dataclass (or list of them) as plain JSON data, without the fields named in `skip`."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name), skip) for f in dataclasses.fields(obj) if f.name not in skip}
    if isinstance(obj, list):
        return [to_dict(x, skip) for x in obj]
    return obj


def key_path(path: str, key: str) -> str:
    """`$.name` for a plain key, `$["odd key"]` otherwise, so a path always names one place."""
    if _IDENT.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _type_name(tp: Any) -> str:
    return {str: "text", int: "a whole number", bool: "true or false", list: "a list"}.get(tp, "an object")


def _convert(tp: Any, value: Any, path: str, problems: Problems) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, path, problems)
    if origin is list:
        if not isinstance(value, list):
            problems.append((path, "must be a list"))
            return []
        (inner,) = get_args(tp)
        return [_convert(inner, v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value, path, problems)  # type: ignore[arg-type]
    if value is None:
        problems.append((path, f"must be {_type_name(tp)}, not null"))
        return None
    ok = isinstance(value, bool) if tp is bool else isinstance(value, tp) and not isinstance(value, bool)
    if not ok:
        problems.append((path, f"must be {_type_name(tp)}"))
        return None
    if tp is int and not -(2**63) <= value < 2**63:  # SQLite stores 64-bit integers only
        problems.append((path, "is out of range"))
        return None
    return value


def from_dict(cls: type[T], data: Any, path: str, problems: Problems, skip: frozenset[str] = LOCAL) -> T:
    """Build `cls` from JSON data, appending (path, message) for each problem; returns a best-effort object
    (only meaningful when no problems were added)."""
    if not isinstance(data, dict):
        problems.append((path, "must be an object"))
        # Its fields would only repeat the problem; this placeholder is never used once problems exist.
        return cls.__new__(cls)
    hints = _hints(cls)  # type: ignore[arg-type]
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in skip}  # type: ignore[arg-type]
    for key in data:
        if key not in fields:
            problems.append((key_path(path, key), "is not a known field"))
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = _convert(hints[name], data[name], f"{path}.{name}", problems)
        elif f.default is _MISSING and f.default_factory is _MISSING:
            problems.append((f"{path}.{name}", "is required"))
            kwargs[name] = None
    return cls(**kwargs)


def json_schema(cls: type, skip: frozenset[str] = LOCAL,
                defs: dict[str, Any] | None = None) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) fragment for `cls`; nested dataclasses go into `defs`."""
    defs = {} if defs is None else defs
    hints = _hints(cls)
    props: dict[str, Any] = {}
    required = []
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        props[f.name] = _schema_of(hints[f.name], defs, skip)
        if f.default is _MISSING and f.default_factory is _MISSING:
            required.append(f.name)
    return {"type": "object", "properties": props, "required": required, "additionalProperties": False}


def _schema_of(tp: Any, defs: dict[str, Any], skip: frozenset[str]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return {"anyOf": [_schema_of(args[0], defs, skip), {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _schema_of(get_args(tp)[0], defs, skip)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = json_schema(tp, skip, defs)
        return {"$ref": f"#/$defs/{name}"}
    return {"type": {str: "string", int: "integer", bool: "boolean"}[tp]}
