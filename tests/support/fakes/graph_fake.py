"""A stateful Microsoft Graph fake on loopback: calendar delta, events, mail delta, drafts, throttling.

Behaves like Graph where the connector depends on it: absolute @odata.nextLink and
@odata.deltaLink pointing back at the fake, `@removed` entries, 410 SyncStateNotFound for
expired delta tokens, 429/503 with Retry-After, 412 on a stale If-Match, 401 for a bad token,
extended properties only when `$expand`ed (never in delta answers), `$select` honoured.
Every request is counted in `log`; `send`/`sendMail` are recorded and refused.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

from afterview.connectors.base import CalendarEvent
from fakes import graph_series
from fakes.graph_shapes import draft_mime, event_json, message_json, new_id, offset_stamp

TOKEN = "fake-graph-access-token"
_OWNER_FILTER = re.compile(
    r"^singleValueExtendedProperties/Any\(ep: ep/id eq '((?:[^']|'')*)' and "
    r"ep/value (?:eq '((?:[^']|'')*)'|ne null)\)$")
_EXPAND_IDS = re.compile(r"id eq '((?:[^']|'')*)'")
_MID_FILTER = re.compile(r"^internetMessageId eq '((?:[^']|'')*)'$")
_RECEIVED_FILTER = re.compile(r"^receivedDateTime ge (\S+)$")

Reply = tuple[int, dict[str, str], bytes]


def _unq(text: str) -> str:
    return text.replace("''", "'")


def _encode(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode()


def _decode(token: str) -> dict[str, Any] | None:
    try:
        value = json.loads(base64.urlsafe_b64decode(token.encode()))
        return value if isinstance(value, dict) else None
    except ValueError:
        return None


def _error(status: int, code: str, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps({"error": {"code": code, "message": f"fake {code}"}}).encode()
    return status, {"Content-Type": "application/json", **(headers or {})}, body


def _ok(body: Any, status: int = 200) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


@dataclass
class Item:
    """One stored event or message: its Graph JSON, owner properties, change sequence."""

    json: dict[str, Any]
    seq: int
    props: dict[str, str] = field(default_factory=dict)
    folder: str = ""
    raw: bytes | None = None
    in_reply_to: str | None = None
    cancelled: set[str] = field(default_factory=set)  # a series master's deleted occurrences (graph_series.key)


@dataclass
class Fault:
    status: int
    retry_after: str | None
    path_contains: str
    count: int


class GraphFake:
    """The state and request handling of the fake; `serve()` puts it on a loopback port."""

    def __init__(self, page_size: int = 2) -> None:
        self.lock = threading.RLock()
        self.page_size = page_size
        self.seq = 0
        self.events: dict[str, Item] = {}
        self.messages: dict[str, Item] = {}
        self.tombstones: list[tuple[int, str, str]] = []  # (seq, kind/folder, id); kind "series": a master
        self.deleted_series: dict[str, Item] = {}  # a deleted master's last state, to name its occurrences
        self.expired_before = 0
        self.tokens = {TOKEN}
        self.faults: list[Fault] = []
        self.log: list[tuple[str, str]] = []
        self.sent: list[str] = []
        self.base = ""
        self._snapshots: dict[str, tuple[list[dict[str, Any]], str]] = {}
        self.delay = 0.0  # seconds each request takes, outside the state lock (to observe concurrency)
        self.in_flight = 0
        self.max_in_flight = 0
        self._flight = threading.Lock()

    # ------------------------------------------------------------ test controls

    def tick(self) -> int:
        self.seq += 1
        return self.seq

    def put_event(self, event: CalendarEvent) -> str:
        """Stores (or replaces, by iCalUId) an event as the user's calendar app would; returns its id."""
        return self.put_event_json(event_json(event))

    def put_event_json(self, body: dict[str, Any]) -> str:
        """Stores (or replaces, by iCalUId) an event given as Graph JSON (a seriesMaster too); returns its id."""
        with self.lock:
            for graph_id, item in self.events.items():
                if item.json.get("iCalUId") == body.get("iCalUId"):
                    item.json.update(body)
                    self._touch(item)
                    return graph_id
            graph_id = new_id("ev")
            item = Item({"id": graph_id, **body}, 0)
            self._touch(item)
            self.events[graph_id] = item
            return graph_id

    def remove_event(self, uid_or_id: str) -> None:
        """Deletes an event (a series with its exceptions) by id or iCalUId, as Outlook would."""
        with self.lock:
            hits = [i for i, it in self.events.items() if uid_or_id in (i, it.json.get("iCalUId"))]
            hits += [i for i, it in self.events.items() if it.json.get("seriesMasterId") in hits]
            for graph_id in hits:
                item = self.events.pop(graph_id)
                if item.json.get("type") == "seriesMaster":
                    self.deleted_series[graph_id] = item
                    self.tombstones.append((self.tick(), "series", graph_id))
                else:
                    self.tombstones.append((self.tick(), "event", graph_id))

    def import_ics(self, data: bytes, zone: ZoneInfo) -> list[str]:
        """Stores the events of iCalendar bytes as Outlook imports them (see graph_series); returns ids."""
        return graph_series.import_ics(self, data, zone)

    def delete_occurrence(self, master_id: str, original: datetime) -> None:
        """Deletes one occurrence of a series as Outlook does (its exception too, if it had one)."""
        with self.lock:
            self.events[master_id].cancelled.add(graph_series.key(original))
            self.events.pop(graph_series.occurrence_id(master_id, original), None)
            self.tombstones.append((self.tick(), "event", graph_series.occurrence_id(master_id, original)))

    def edit_occurrence(self, master_id: str, original: datetime, **changes: Any) -> str:
        """Changes one occurrence as Outlook does: it becomes (or stays) an exception item; returns its id."""
        with self.lock:
            graph_id = graph_series.occurrence_id(master_id, original)
            if graph_id not in self.events:
                master = self.events[master_id].json
                length = graph_series.utc_of(master["end"]) - graph_series.utc_of(master["start"])
                shown = graph_series.occurrence_json(master, original, original, original + length)
                self.events[graph_id] = Item({**shown, "type": "exception"}, 0)
            item = self.events[graph_id]
            item.json.update(changes)
            self._touch(item)
            return graph_id

    def edit_event(self, graph_id: str, **changes: Any) -> None:
        """Changes fields of an event as Outlook would (new changeKey)."""
        with self.lock:
            item = self.events[graph_id]
            item.json.update(changes)
            self._touch(item)

    def deliver(self, raw: bytes, folder: str = "inbox") -> str:
        """Stores RFC 5322 bytes in "inbox", "sentitems" or "drafts"; returns the message id."""
        with self.lock:
            graph_id = new_id("msg")
            item = Item({"id": graph_id, **message_json(raw)}, 0, folder=folder, raw=raw)
            item.json["isDraft"] = folder == "drafts"
            self._touch(item)
            self.messages[graph_id] = item
            return graph_id

    def edit_message(self, graph_id: str, **changes: Any) -> None:
        with self.lock:
            item = self.messages[graph_id]
            item.json.update(changes)
            item.raw = None
            self._touch(item)

    def remove_message(self, graph_id: str) -> None:
        with self.lock:
            item = self.messages.pop(graph_id)
            self.tombstones.append((self.tick(), item.folder, graph_id))

    def fail_next(self, status: int, *, count: int = 1, retry_after: str | None = None,
                  path_contains: str = "") -> None:
        """Answers the next `count` matching requests with `status` (and Retry-After)."""
        with self.lock:
            self.faults.append(Fault(status, retry_after, path_contains, count))

    def expire_delta_tokens(self) -> None:
        """Every delta token handed out so far answers 410 from now on."""
        with self.lock:
            self.expired_before = self.tick()

    def requests_to(self, fragment: str) -> int:
        return sum(1 for _, path in self.log if fragment in path)

    def _touch(self, item: Item) -> None:
        item.seq = self.tick()
        change_key = f"ck{item.seq}"
        item.json["changeKey"] = change_key
        item.json["@odata.etag"] = f'W/"{change_key}"'
        item.json["lastModifiedDateTime"] = offset_stamp(datetime.now(UTC))

    # ------------------------------------------------------------ dispatch

    def handle(self, method: str, url: str, headers: dict[str, str], body: bytes) -> Reply:
        """Given one HTTP request, returns (status, headers, body) as Graph would."""
        parts = urlsplit(url)
        path = unquote(parts.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self.lock:
            self.log.append((method, path))
            if headers.get("authorization") not in {f"Bearer {t}" for t in self.tokens}:
                return _error(401, "InvalidAuthenticationToken")
            for fault in self.faults:
                if fault.count > 0 and fault.path_contains in path:
                    fault.count -= 1
                    extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    return _error(fault.status, "TooManyRequests" if fault.status == 429 else "Fault", extra)
            data = json.loads(body) if body else None
            return self._route(method, path.removeprefix("/v1.0/"), query, headers, data)

    def _route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str], data: Any) -> Reply:
        from fakes.graph_routes import route

        return route(self, method, path, query, headers, data)

    # ------------------------------------------------------------ shared helpers for routes

    def view(self, item: Item, query: dict[str, str], *, expand: bool = True) -> dict[str, Any]:
        """Given an item and the request's $select/$expand, returns what Graph would show."""
        out = dict(item.json)
        select = query.get("$select")
        if select:
            keep = {s.strip() for s in select.split(",")} | {"id", "@odata.etag"}
            out = {k: v for k, v in out.items() if k in keep}
        wanted = query.get("$expand", "")
        if expand and wanted.startswith("singleValueExtendedProperties"):
            ids = {_unq(m).lower() for m in _EXPAND_IDS.findall(wanted)}
            out["singleValueExtendedProperties"] = [
                {"id": k, "value": v} for k, v in item.props.items() if not ids or k.lower() in ids]
        return out

    def owner_match(self, item: Item, flt: str) -> bool | None:
        """Given an item and a $filter, returns whether the owner filter matches; None if not one."""
        match = _OWNER_FILTER.match(flt)
        if not match:
            return None
        prop, value = _unq(match.group(1)).lower(), match.group(2)
        held = {k.lower(): v for k, v in item.props.items()}
        return prop in held and (value is None or held[prop] == _unq(value))

    def mid_filter(self, flt: str) -> str | None:
        match = _MID_FILTER.match(flt)
        return _unq(match.group(1)) if match else None

    def received_filter(self, flt: str) -> datetime | None:
        match = _RECEIVED_FILTER.match(flt)
        return datetime.fromisoformat(match.group(1).replace("Z", "+00:00")) if match else None

    def paged(self, path: str, items: list[dict[str, Any]], final: dict[str, str]) -> Reply:
        """Given all items of a listing and its final link, returns the first page; the rest by nextLink."""
        snap = new_id("snap")
        self._snapshots[snap] = (items, json.dumps(final))
        return self.page(path, snap, 0)

    def page(self, path: str, snap: str, offset: int) -> Reply:
        if snap not in self._snapshots:
            return _error(410, "SyncStateNotFound")
        items, final = self._snapshots[snap]
        chunk = items[offset:offset + self.page_size]
        body: dict[str, Any] = {"value": chunk}
        if offset + self.page_size < len(items):
            token = _encode({"snap": snap, "o": offset + self.page_size})
            body["@odata.nextLink"] = f"{self.base}/{path}?$skiptoken={token}"
        else:
            body.update(json.loads(final))
        return _ok(body)

    def delta_link(self, path: str, state: dict[str, Any]) -> dict[str, str]:
        return {"@odata.deltaLink": f"{self.base}/{path}?$deltatoken={_encode(state)}"}

    def read_token(self, query: dict[str, str], name: str) -> dict[str, Any] | None:
        return _decode(query[name]) if name in query else None


class _Handler(BaseHTTPRequestHandler):
    fake: GraphFake

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        fake = self.fake
        with fake._flight:
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
        try:
            if fake.delay:
                time.sleep(fake.delay)
            status, out_headers, payload = fake.handle(self.command, self.path, headers, body)
        finally:
            with fake._flight:
                fake.in_flight -= 1
        self.send_response(status)
        for name, value in out_headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(fake: GraphFake | None = None) -> Iterator[GraphFake]:
    """Runs a fake on 127.0.0.1 (a free port) for the block; yields it with `base` set."""
    fake = fake or GraphFake()
    handler = type("Handler", (_Handler,), {"fake": fake})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    fake.base = f"http://127.0.0.1:{server.server_address[1]}/v1.0"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


__all__ = ["TOKEN", "GraphFake", "Item", "draft_mime", "serve"]
