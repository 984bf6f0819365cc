"""``Extraction`` ↔ JSON: an exact round trip of the model dataclasses.

The store keeps every article's extraction so that the merged default graph can be
recomputed when new articles arrive.  The JSON document is::

    {"version": 1, "extraction": {"article": {...}, "persons": [...], ...}}

Each dataclass becomes an object with one key per field (``PartialDate.original`` and
``calendar`` included, although they do not take part in equality); ``None`` is
``null``.  Decoding is driven by the dataclasses' type hints, so a field added to
``graph/model.py`` with a default is carried without changes here; documents written
before such a field existed still load (the field takes its default).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

from graph.model import Extraction

__all__ = ["FORMAT_VERSION", "SerialError", "extraction_from_dict", "extraction_to_dict",
           "from_json", "to_json"]

#: The version of the JSON document; readers refuse documents of another version.
FORMAT_VERSION = 1


class SerialError(ValueError):
    """A JSON document that is not a serialised Extraction of this version."""


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise SerialError(f"cannot serialise a {type(value).__name__} value: {value!r}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: Any, where: str) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _decode(arg, value, where)
            except SerialError as exc:
                errors.append(str(exc))
        raise SerialError(errors[0] if errors else f"{where}: unexpected null")
    if origin is Literal:
        if value not in get_args(tp):
            allowed = ", ".join(repr(a) for a in get_args(tp))
            raise SerialError(f"{where}: {value!r} is not one of {allowed}")
        return value
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise SerialError(f"{where}: expected a list, got {type(value).__name__}")
        (item,) = get_args(tp)[:1] or (Any,)
        items = [_decode(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(value, dict):
            raise SerialError(f"{where}: expected an object, got {type(value).__name__}")
        _, vt = get_args(tp) or (Any, Any)
        return {k: _decode(vt, v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, value, where)
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if tp in (str, int, bool) and type(value) is tp:
        return value
    raise SerialError(f"{where}: expected {getattr(tp, '__name__', tp)}, got {value!r}")


def _decode_dataclass(cls: type, value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise SerialError(f"{where}: expected a {cls.__name__} object, got {type(value).__name__}")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise SerialError(f"{where}: unknown {cls.__name__} field(s) {', '.join(unknown)}")
    kwargs = {}
    for name, f in fields.items():
        if name in value:
            kwargs[name] = _decode(hints[name], value[name], f"{where}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SerialError(f"{where}: missing {cls.__name__} field {name!r}")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SerialError(f"{where}: invalid {cls.__name__}: {exc}") from exc


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    """The versioned JSON-ready document of ``ex``."""
    return {"version": FORMAT_VERSION, "extraction": _encode(ex)}


def extraction_from_dict(doc: Any) -> Extraction:
    """The Extraction of a document made by ``extraction_to_dict``; SerialError if not."""
    if not isinstance(doc, dict) or "extraction" not in doc:
        raise SerialError("not a serialised extraction (no 'extraction' key)")
    version = doc.get("version")
    if version != FORMAT_VERSION:
        raise SerialError(
            f"extraction format version {version!r} is not supported (this newsgraph reads "
            f"version {FORMAT_VERSION}); rebuild the store from the articles"
        )
    result: Extraction = _decode(Extraction, doc["extraction"], "extraction")
    return result


def to_json(ex: Extraction, *, indent: int | None = None) -> str:
    """``ex`` as a JSON string (keys in field order, non-ASCII kept)."""
    return json.dumps(extraction_to_dict(ex), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Extraction:
    """The Extraction serialised in ``text``; SerialError (one line) when it is not one."""
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SerialError(f"not valid JSON: {exc}") from exc
    return extraction_from_dict(doc)
