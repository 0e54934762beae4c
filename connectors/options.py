"""Reading a connector's config table: the checks every connector makes the same way.

Each reader raises ConnectorConfigError naming the key, so the user sees which line of the
config to fix.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from afterview.connectors.errors import ConnectorConfigError

__all__ = ["check_known", "flag", "number", "required_text", "text"]


def check_known(options: Mapping[str, Any], known: Iterable[str], kind: str) -> None:
    """Given a connector table, the keys its connector reads and the connector kind ("imap", ...),
    returns if every key is one of them ("type" always is); raises ConnectorConfigError naming the first other."""
    allowed = frozenset(known)
    for key in options:
        if key not in allowed and key != "type":
            raise ConnectorConfigError(str(key), f"unknown {kind} option (known: {', '.join(sorted(allowed))})")


def text(options: Mapping[str, Any], key: str, default: str | None = None) -> str | None:
    """Given a table and a key, returns its value stripped (a path-like value as its text), or `default`
    when absent; raises ConnectorConfigError if it is empty or no string."""
    value = options.get(key, default)
    if value is None:
        return None
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str) or not value.strip():
        raise ConnectorConfigError(key, "must be a non-empty string")
    return value.strip()


def required_text(options: Mapping[str, Any], key: str, why: str) -> str:
    """Given a table, a key and what to say when it is absent, returns the value as `text` reads it;
    raises ConnectorConfigError(key, why) if it is absent, or text's error if it is bad."""
    value = text(options, key)
    if value is None:
        raise ConnectorConfigError(key, why)
    return value


def number(options: Mapping[str, Any], key: str, default: float, low: float, high: float) -> float:
    """Given a table, a key, its default and bounds, returns the value as a float; raises ConnectorConfigError
    if it is no number (true/false are not) or out of bounds."""
    value = options.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ConnectorConfigError(key, f"must be a number from {low:g} to {high:g}")
    return float(value)


def flag(options: Mapping[str, Any], key: str, default: bool = False) -> bool:
    """Given a table, a key and its default, returns the boolean; raises ConnectorConfigError if it is no boolean."""
    value = options.get(key, default)
    if not isinstance(value, bool):
        raise ConnectorConfigError(key, "must be true or false")
    return value
