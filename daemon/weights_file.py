"""Reading a shipped weights file (the learned mail and event models): its JSON, or one error for each way it fails."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from afterview.connectors.errors import AfterviewError


def read_json(path: Path, fail: Callable[[Path, str], AfterviewError]) -> object:
    """Given a weights file and the maker of its error (path, why), returns the decoded JSON; raises that error when
    the file cannot be read or is not JSON."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise fail(path, f"cannot be read ({type(exc).__name__})") from exc
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise fail(path, "is not valid JSON") from exc
