"""A stateful Exchange Web Services fake on loopback, for the real exchangelib.

Implements GetFolder, FindFolder, SyncFolderItems, FindItem (with CalendarView), GetItem, CreateItem
(SaveOnly, ReplyToItem), UpdateItem and DeleteItem (ews_ops.py) and SOAP Autodiscover
(ews_autodiscover.py) with response bodies shaped like Exchange 2016/2019 (the EWS reference); Basic
and Bearer here, NTLM in ews_ntlm.py. It answers a wrong password with HTTP 401, and can be told
to fail: `fail("SyncFolderItems", "busy")` answers ErrorServerBusy with BackOffMilliseconds,
"garbage" a malformed 200 without doing the work, "lost" a malformed 200 after doing it, "timeout"
a slow reply.
`calls` counts requests by operation, so tests can check idle cost.
"""

from __future__ import annotations

import base64
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from fakes.ews_ops import OPERATIONS
from fakes.ews_store import SOAP, FakeFolder, FakeItem, Store, T, sub, t
from lxml import etree

VERSION_INFO = {"MajorVersion": "15", "MinorVersion": "1", "MajorBuildNumber": "2507",
                "MinorBuildNumber": "6", "Version": "V2017_07_11"}  # Exchange 2016 CU


@dataclass
class Failure:
    kind: str  # "busy", "garbage" (not done), "lost" (done, answer garbled), "timeout", "unauthorized"
    times: int
    backoff_ms: int = 20


class EwsFake:
    """The fake server: a Store, the credentials it accepts, injected failures and request counts."""

    def __init__(self, user: str = "jordan", password: str = "s3cret", owner: str = "jordan@example.org") -> None:
        self.store = Store(owner)
        self.user, self.password, self.token = user, password, ""
        self.calls: Counter[str] = Counter()
        self.refused = 0  # requests answered 401
        self.ntlm_challenges = 0  # NTLM type 2 messages sent (see ews_ntlm.py)
        self.ntlm_logins: list[str] = []  # principals whose NTLM handshake completed
        self.failures: dict[str, list[Failure]] = {}
        self.lock = threading.Lock()
        self.url = ""
        self.autodiscover_url = ""

    def fail(self, operation: str, kind: str, times: int = 1, backoff_ms: int = 20) -> None:
        """Makes the next `times` requests of `operation` ("*": any) fail the given way."""
        self.failures.setdefault(operation, []).append(Failure(kind, times, backoff_ms))

    def _failure(self, operation: str) -> Failure | None:
        for name in (operation, "*"):
            queue = self.failures.get(name, [])
            if queue:
                failure = queue[0]
                failure.times -= 1
                if failure.times <= 0:
                    queue.pop(0)
                return failure
        return None

    def authorised(self, header: str | None) -> bool:
        if not header:
            return False
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer":
            return bool(self.token) and value == self.token
        if scheme.lower() == "basic":
            return base64.b64decode(value).decode() == f"{self.user}:{self.password}"
        return False

    # ------------------------------------------------------------ one request

    def handle(self, auth: str | None, data: bytes, *, trusted: bool = False) -> tuple[int, bytes]:
        """Given the Authorization header (or trusted: a connection already authenticated) and the SOAP
        request, returns (HTTP status, body)."""
        if not trusted and not self.authorised(auth):
            self.refused += 1
            return 401, b""
        request = etree.fromstring(data)
        body = request.find(f"{{{SOAP}}}Body")
        assert body is not None and len(body), "SOAP request without a body"
        op = body[0]
        name = etree.QName(op).localname
        self.calls[name] += 1
        failure = self._failure(name)
        if failure is not None:
            if failure.kind == "busy":
                return 500, _busy_fault(failure.backoff_ms)
            if failure.kind == "garbage":
                return 200, b"<?xml version='1.0'?><s:Envelope xmlns:s='" + SOAP.encode() + b"'><oops/>"
            if failure.kind == "unauthorized":
                return 401, b""
            if failure.kind == "timeout":
                time.sleep(1.5)
        envelope, response = _envelope(name)
        messages = sub(response, "m:ResponseMessages")
        OPERATIONS[name](self, op, messages)
        if failure is not None and failure.kind == "lost":  # done, but the answer never arrives whole
            return 200, b"<?xml version='1.0'?><s:Envelope xmlns:s='" + SOAP.encode() + b"'><oops/>"
        return 200, etree.tostring(envelope, xml_declaration=True, encoding="utf-8")

    # ------------------------------------------------------------ seeding (the backend's own means)

    def put(self, dist: str, elem: etree._Element) -> FakeItem:
        """Stores an item element (as Exchange would hold it) in a distinguished folder; returns it."""
        with self.lock:
            return self.store.add(self.store.by_dist(dist), elem)

    def edit(self, item_id: str, **fields: str) -> None:
        """As Outlook does: sets text fields (e.g. Subject="...") on an item; new ChangeKey."""
        with self.lock:
            item = self.store.get(item_id)
            for name, value in fields.items():
                elem = etree.Element(t(name))
                elem.text = value
                if name == "Body":
                    elem.set("BodyType", "Text")
                self.store.set_field(item, elem, None)
            self.store.touched(item)

    def put_series(self, ics: bytes, dist: str = "calendar") -> FakeItem:
        """Stores a recurring series from iCalendar (as accepting an invitation would); returns the master."""
        from fakes.ews_series import Series, master_item

        elem, calendar = master_item(ics)
        with self.lock:
            master = self.store.add(self.store.by_dist(dist), elem)
            self.store.series[master.id] = Series(master, calendar)
        return master

    def delete(self, item_id: str) -> None:
        with self.lock:
            self.store.remove(item_id)

    def add_folder(self, path: str) -> FakeFolder:
        """As Outlook does: creates the mail folder "Inbox/Recruiting" (parents must exist); returns it."""
        parent_path, _, name = path.rpartition("/")
        with self.lock:
            return self.store.add_folder(self.folder_at(parent_path) if parent_path else
                                         self.store.by_dist("msgfolderroot"), name)

    def folder_at(self, path: str) -> FakeFolder:
        """Given a path below the message root ("Inbox/Recruiting"), returns the folder."""
        folder = self.store.by_dist("msgfolderroot")
        for name in path.split("/"):
            folder = next(f for f in self.store.children(folder) if f.name.lower() == name.lower())
        return folder

    def put_in(self, path: str, elem: etree._Element) -> FakeItem:
        """Stores an item element in the folder at `path` (below the message root); returns it."""
        with self.lock:
            return self.store.add(self.folder_at(path), elem)

    def remove_folder(self, path: str) -> None:
        with self.lock:
            self.store.remove_folder(self.folder_at(path))

    def items_in(self, dist: str) -> list[FakeItem]:
        folder = self.store.by_dist(dist)
        return [i for i in self.store.items.values() if i.folder == folder.id]


def _envelope(name: str) -> tuple[etree._Element, etree._Element]:
    envelope = etree.Element(f"{{{SOAP}}}Envelope", nsmap={"s": SOAP})
    header = etree.SubElement(envelope, f"{{{SOAP}}}Header")
    etree.SubElement(header, t("ServerVersionInfo"), VERSION_INFO, nsmap={"t": T})
    body = etree.SubElement(envelope, f"{{{SOAP}}}Body")
    response = sub(body, f"m:{name}Response")
    return envelope, response


def _busy_fault(backoff_ms: int) -> bytes:
    envelope = etree.Element(f"{{{SOAP}}}Envelope", nsmap={"s": SOAP})
    fault = etree.SubElement(etree.SubElement(envelope, f"{{{SOAP}}}Body"), f"{{{SOAP}}}Fault")
    etree.SubElement(fault, "faultcode").text = "a:ErrorServerBusy"
    etree.SubElement(fault, "faultstring").text = "The server cannot service this request right now. Try again later."
    detail = etree.SubElement(fault, "detail")
    errors = "http://schemas.microsoft.com/exchange/services/2006/errors"
    etree.SubElement(detail, f"{{{errors}}}ResponseCode", nsmap={"e": errors}).text = "ErrorServerBusy"
    etree.SubElement(detail, f"{{{errors}}}Message").text = "The server cannot service this request right now."
    xml = etree.SubElement(detail, t("MessageXml"), nsmap={"t": T})
    etree.SubElement(xml, t("Value"), Name="BackOffMilliseconds").text = str(backoff_ms)
    return etree.tostring(envelope, xml_declaration=True, encoding="utf-8")


class _Handler(BaseHTTPRequestHandler):
    fake: EwsFake

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.fake.lock:
            if self.path.lower().startswith("/autodiscover/"):
                from fakes.ews_autodiscover import answer

                authorised = self.fake.authorised(self.headers.get("Authorization"))
                status, body = (200, answer(self.fake, data)) if authorised else (401, b"")
            else:
                status, body = self.fake.handle(self.headers.get("Authorization"), data)
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="exchange.example"')
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(fake: EwsFake, handler_class: type[BaseHTTPRequestHandler] | None = None) -> Iterator[EwsFake]:
    """Runs the fake on a free loopback port for the block; `fake.url` is its EWS endpoint."""
    handler = type("Handler", (handler_class or _Handler,), {"fake": fake})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/EWS/Exchange.asmx"
    fake.autodiscover_url = f"http://127.0.0.1:{server.server_address[1]}/autodiscover/autodiscover.svc"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
