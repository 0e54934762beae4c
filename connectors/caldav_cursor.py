"""The CalDAV connector's incremental cursor: per collection its sync mode, token or ctag, and members.

Each member (href) is remembered with the etag of the data afterview last read, the UIDs it
holds and its time span, so a removal names UIDs and a moved window re-reads only members
that can show new instances. The cursor is compressed JSON, like the vdir connector's.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from afterview.connectors.errors import CursorExpiredError

Mode = Literal["sync", "ctag", "etag"]
_VERSION = 1


@dataclass(frozen=True)
class Member:
    """One calendar object resource as last read: etag, UIDs, span in epoch seconds (end None: endless)."""

    etag: str
    uids: frozenset[str]
    span: tuple[float, float | None] | None

    @classmethod
    def make(cls, etag: str, uids: frozenset[str], span: tuple[datetime, datetime | None] | None) -> Member:
        if span is None:
            return cls(etag, uids, None)
        return cls(etag, uids, (span[0].timestamp(), span[1].timestamp() if span[1] else None))


@dataclass
class CollectionState:
    """What the cursor holds for one calendar collection."""

    url: str
    mode: Mode
    token: str | None = None
    ctag: str | None = None
    members: dict[str, Member] = field(default_factory=dict)


def _load(text: str) -> dict[str, Any]:
    blob = json.loads(zlib.decompress(base64.urlsafe_b64decode(text.encode("ascii"))))
    if not isinstance(blob, dict) or blob.get("v") != _VERSION:
        raise ValueError("not a cursor of this version")
    return blob


def peek(text: str) -> tuple[str, list[str]] | None:
    """Given a cursor string, returns (origin, collection URLs) it was made for, or None if unreadable."""
    try:
        blob = _load(text)
        return str(blob["o"]), [str(c["u"]) for c in blob["cols"]]
    except (ValueError, TypeError, KeyError, AttributeError, zlib.error):
        return None


@dataclass(frozen=True)
class Cursor:
    """`origin` names the options the collections were resolved from (server, calendar names)."""

    origin: str
    tz: str
    window: tuple[datetime, datetime]
    collections: tuple[CollectionState, ...]

    def encode(self) -> str:
        cols = [
            {
                "u": c.url,
                "m": c.mode,
                "t": c.token,
                "c": c.ctag,
                "i": {h: [m.etag, sorted(m.uids), *(m.span or (None, None))] for h, m in c.members.items()},
            }
            for c in self.collections
        ]
        blob = {"v": _VERSION, "o": self.origin, "tz": self.tz, "w": [w.timestamp() for w in self.window], "cols": cols}
        raw = json.dumps(blob, separators=(",", ":"), ensure_ascii=False).encode()
        return base64.urlsafe_b64encode(zlib.compress(raw, 6)).decode("ascii")

    @classmethod
    def decode(cls, text: str, *, urls: list[str], tz: str) -> Cursor:
        """Given a cursor string, returns it; raises CursorExpiredError if unreadable or of other calendars."""
        try:
            blob = _load(text)
            if blob["tz"] != tz or [c["u"] for c in blob["cols"]] != urls:
                raise ValueError("cursor of other calendars, zone or version")
            window = (datetime.fromtimestamp(blob["w"][0], UTC), datetime.fromtimestamp(blob["w"][1], UTC))
            cols = []
            for c in blob["cols"]:
                if c["m"] not in ("sync", "ctag", "etag"):
                    raise ValueError("unknown mode")
                members = {
                    str(h): Member(
                        str(v[0]),
                        frozenset(str(u) for u in v[1]),
                        None if v[2] is None else (float(v[2]), None if v[3] is None else float(v[3])),
                    )
                    for h, v in c["i"].items()
                }
                cols.append(CollectionState(str(c["u"]), c["m"], c["t"], c["c"], members))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, zlib.error) as exc:
            raise CursorExpiredError(f"CalDAV cursor not usable ({type(exc).__name__}); listing again") from None
        return cls(str(blob["o"]), tz, window, tuple(cols))


def needs_reread(member: Member, old: tuple[datetime, datetime], new: tuple[datetime, datetime]) -> bool:
    """Given an unchanged member and the old and new windows, returns whether it may show new events."""
    if old == new or member.span is None:
        return False
    low = max(member.span[0], new[0].timestamp())
    high = new[1].timestamp() if member.span[1] is None else min(member.span[1], new[1].timestamp())
    if low > high:
        return False
    return not (old[0].timestamp() <= low and high <= old[1].timestamp())
