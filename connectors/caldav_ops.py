"""The WebDAV/CalDAV requests the connector makes, each one HTTP request (multiget may batch).

Request bodies are built with xml.etree; multistatus replies are parsed by the caldav
library's DAVResponse. Hrefs are server paths, unquoted (as the library returns them).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

from afterview.connectors.caldav_http import DavTransport, Forbidden, Reply
from afterview.connectors.errors import ConnectorError

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
GETCTAG = f"{{{CS}}}getctag"
SYNC_TOKEN = f"{{{DAV}}}sync-token"
VALID_SYNC_TOKEN = f"{{{DAV}}}valid-sync-token"
MULTIGET_BATCH = 100
SYNC_PAGES = 50

ET.register_namespace("D", DAV)
ET.register_namespace("C", CALDAV)
ET.register_namespace("CS", CS)


@dataclass(frozen=True)
class Resource:
    """A calendar object resource as read: href (path), etag and its iCalendar data."""

    href: str
    etag: str
    data: bytes


@dataclass(frozen=True)
class SyncPage:
    """What a sync-collection REPORT said: changed members with etags, removed hrefs, the new token."""

    changed: dict[str, str]
    removed: tuple[str, ...]
    token: str


class Unsupported(ConnectorError):
    """The server does not do this report (the caller falls back to a cheaper-to-support one)."""


def url_of(base: str, href: str) -> str:
    """Given the server URL and an href (path, unquoted), returns the absolute quoted URL."""
    return urljoin(base, quote(href, safe="/:@!$&'()*+,;=-._~"))


def path_of(url: str) -> str:
    """Given a URL, returns its path unquoted, as hrefs from the server are compared."""
    return unquote(urlsplit(url).path) or "/"


def _xml(root: ET.Element) -> str:
    return ET.tostring(root, encoding="unicode", xml_declaration=False)


def _prop(parent: ET.Element, *names: str) -> ET.Element:
    prop = ET.SubElement(parent, f"{{{DAV}}}prop")
    for name in names:
        ET.SubElement(prop, name)
    return prop


_XML_HEADERS = {"Content-Type": 'application/xml; charset="utf-8"'}


def _multistatus(reply: Reply, what: str, account: str) -> None:
    if reply.status != 207:
        raise ConnectorError(f"CalDAV {what}: unexpected HTTP {reply.status}", source=account)


def sync_collection(t: DavTransport, url: str, token: str | None) -> SyncPage:
    """Given a collection URL and the last token (None: initial), returns what changed since.

    Follows truncated replies (RFC 6578 3.6). Raises Forbidden with DAV:valid-sync-token when
    the token expired, Unsupported when the server lacks the report.
    """
    changed: dict[str, str] = {}
    removed: set[str] = set()
    current = token or ""
    for _page in range(SYNC_PAGES):
        root = ET.Element(f"{{{DAV}}}sync-collection")
        ET.SubElement(root, f"{{{DAV}}}sync-token").text = current
        ET.SubElement(root, f"{{{DAV}}}sync-level").text = "1"
        _prop(root, f"{{{DAV}}}getetag")
        try:
            reply = t.request("REPORT", url, _xml(root), {**_XML_HEADERS, "Depth": "0"})
        except Forbidden as exc:
            if VALID_SYNC_TOKEN in exc.preconditions:
                raise
            raise Unsupported("sync-collection refused", source=t.account) from None
        if reply.status in (400, 403, 404, 405, 409, 412, 415, 422, 501):
            if reply.status in (409, 412) and token:  # some servers answer a stale token this way
                raise Forbidden("sync-collection", (VALID_SYNC_TOKEN,))
            raise Unsupported(f"sync-collection: HTTP {reply.status}", source=t.account)
        _multistatus(reply, "sync-collection", t.account)
        result = reply.dav.parse_sync_collection()
        own = path_of(url).rstrip("/")
        for item in result.changed:
            if item.href.rstrip("/") == own:
                continue
            removed.discard(item.href)
            changed[item.href] = item.etag or ""
        for href in result.deleted:
            changed.pop(href, None)
            removed.add(href)
        if not result.sync_token:
            raise Unsupported("sync-collection without a sync-token", source=t.account)
        again = result.truncated and result.sync_token != current
        current = result.sync_token
        if not again:
            break
    return SyncPage(changed, tuple(sorted(removed)), current)


def collection_props(t: DavTransport, url: str) -> tuple[str | None, str | None]:
    """Given a collection URL, returns its (ctag, sync-token), each None if the server has none."""
    root = ET.Element(f"{{{DAV}}}propfind")
    _prop(root, GETCTAG, SYNC_TOKEN)
    reply = t.request("PROPFIND", url, _xml(root), {**_XML_HEADERS, "Depth": "0"})
    if reply.status == 404:
        raise ConnectorError(f"CalDAV calendar {path_of(url)} not found", source=t.account)
    _multistatus(reply, "PROPFIND", t.account)
    for result in reply.dav.parse_propfind():
        props = result.properties
        ctag, token = props.get(GETCTAG), props.get(SYNC_TOKEN)
        return (str(ctag) if ctag else None, str(token) if token else None)
    return None, None


def member_etags(t: DavTransport, url: str) -> tuple[str | None, dict[str, str]]:
    """Given a collection URL, returns (its ctag or None, {member href: etag}) from one depth-1 PROPFIND."""
    root = ET.Element(f"{{{DAV}}}propfind")
    _prop(root, f"{{{DAV}}}getetag", f"{{{DAV}}}resourcetype", GETCTAG)
    reply = t.request("PROPFIND", url, _xml(root), {**_XML_HEADERS, "Depth": "1"})
    _multistatus(reply, "PROPFIND", t.account)
    own = path_of(url).rstrip("/")
    ctag: str | None = None
    members: dict[str, str] = {}
    for result in reply.dav.parse_propfind():
        if result.href.rstrip("/") == own:
            value = result.properties.get(GETCTAG)
            ctag = str(value) if value else None
            continue
        etag = result.properties.get(f"{{{DAV}}}getetag")
        if etag and not result.href.endswith("/"):
            members[result.href] = str(etag)
    return ctag, members


def _resources(reply: Reply, account: str) -> list[Resource]:
    _multistatus(reply, "REPORT", account)
    found: list[Resource] = []
    for item in reply.dav.parse_calendar_query():
        if item.status != 200 or item.calendar_data is None:
            continue  # gone since it was listed
        found.append(Resource(item.href, item.etag or "", item.calendar_data.encode("utf-8")))
    return found


def multiget(t: DavTransport, url: str, base: str, hrefs: Iterable[str]) -> list[Resource]:
    """Given a collection URL and member hrefs, returns their data and etags (members gone are left out)."""
    wanted = sorted(set(hrefs))
    found: list[Resource] = []
    for start in range(0, len(wanted), MULTIGET_BATCH):
        root = ET.Element(f"{{{CALDAV}}}calendar-multiget")
        _prop(root, f"{{{DAV}}}getetag", f"{{{CALDAV}}}calendar-data")
        for href in wanted[start : start + MULTIGET_BATCH]:
            ET.SubElement(root, f"{{{DAV}}}href").text = urlsplit(url_of(base, href)).path
        # RFC 4791 7.9: no Depth header on calendar-multiget.
        reply = t.request("REPORT", url, _xml(root), _XML_HEADERS)
        found.extend(_resources(reply, t.account))
    return found


def query_by_property(t: DavTransport, url: str, prop: str, text: str) -> list[Resource]:
    """Given a collection URL, returns the VEVENT resources whose property `prop` contains `text`."""
    root = ET.Element(f"{{{CALDAV}}}calendar-query")
    _prop(root, f"{{{DAV}}}getetag", f"{{{CALDAV}}}calendar-data")
    flt = ET.SubElement(root, f"{{{CALDAV}}}filter")
    cal = ET.SubElement(flt, f"{{{CALDAV}}}comp-filter", {"name": "VCALENDAR"})
    event = ET.SubElement(cal, f"{{{CALDAV}}}comp-filter", {"name": "VEVENT"})
    pf = ET.SubElement(event, f"{{{CALDAV}}}prop-filter", {"name": prop})
    ET.SubElement(pf, f"{{{CALDAV}}}text-match", {"collation": "i;octet"}).text = text
    reply = t.request("REPORT", url, _xml(root), {**_XML_HEADERS, "Depth": "1"})
    if reply.status in (400, 403, 404, 405, 415, 422, 501):
        raise Unsupported(f"calendar-query: HTTP {reply.status}", source=t.account)
    return _resources(reply, t.account)


def get(t: DavTransport, base: str, href: str) -> Resource | None:
    """Given an href, returns the resource, or None if it is gone (404/410)."""
    reply = t.request("GET", url_of(base, href), "", {"Accept": "text/calendar"})
    if reply.status in (404, 410):
        return None
    if reply.status != 200:
        raise ConnectorError(f"CalDAV GET {href}: HTTP {reply.status}", source=t.account)
    return Resource(href, reply.etag or "", reply.body)


def put(t: DavTransport, base: str, href: str, data: bytes, *, if_match: str | None) -> Reply:
    """Given an href and iCalendar bytes, PUTs them: If-None-Match * to create, If-Match etag to update."""
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    if if_match is None:
        headers["If-None-Match"] = "*"
    else:
        headers["If-Match"] = if_match
    return t.request("PUT", url_of(base, href), data, headers)


def delete(t: DavTransport, base: str, href: str, *, if_match: str) -> Reply:
    """Given an href and the etag afterview read, DELETEs it only if it still has that etag."""
    return t.request("DELETE", url_of(base, href), "", {"If-Match": if_match})
