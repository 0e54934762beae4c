"""The only place that maps connector names (as written in config) to classes.

Modules are imported lazily so an optional backend's dependencies are needed only
when that backend is configured.
"""

from __future__ import annotations

import importlib
from typing import cast

from afterview.connectors.base import CalendarConnector, MailboxConnector
from afterview.connectors.errors import ConnectorConfigError

CALENDARS: dict[str, str] = {
    "memory": "afterview.connectors.memory:MemoryCalendar",
    "vdir": "afterview.connectors.vdir:VdirCalendar",
    "caldav": "afterview.connectors.caldav:CaldavCalendar",
    "google": "afterview.connectors.google.calendar:GoogleCalendar",
    "exchange": "afterview.connectors.exchange.calendar:ExchangeCalendar",
    "microsoft": "afterview.connectors.graph.calendar:GraphCalendar",
}

MAILBOXES: dict[str, str] = {
    "memory": "afterview.connectors.memory:MemoryMailbox",
    "maildir": "afterview.connectors.maildir:MaildirMailbox",
    "imap": "afterview.connectors.imap:ImapMailbox",
    "google": "afterview.connectors.google.gmail:GmailMailbox",
    "exchange": "afterview.connectors.exchange.mail:ExchangeMailbox",
    "microsoft": "afterview.connectors.graph.mail:GraphMailbox",
}

AUTH: dict[str, str] = {
    "google": "afterview.connectors.google.auth:command",
    "exchange": "afterview.connectors.exchange.auth:command",
    "microsoft": "afterview.connectors.graph.auth:command",
    "imap": "afterview.connectors.imap_auth:command",
    "caldav": "afterview.connectors.caldav_auth:command",
}
"""`afterview auth NAME` commands (click commands living with their connector)."""


def _load(table: dict[str, str], name: str, what: str) -> type:
    try:
        target = table[name]
    except KeyError:
        known = ", ".join(sorted(table))
        raise ConnectorConfigError("type", f"unknown {what} connector {name!r} (known: {known})") from None
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        # An optional backend whose library is not installed: say which, don't crash.
        raise ConnectorConfigError(
            "type", f"{what} connector {name!r} is not available ({exc}); install afterview[{name}]"
        ) from None
    return cast(type, getattr(module, attr))


def calendar_class(name: str) -> type[CalendarConnector]:
    """Given a calendar connector name, returns its class; raises ConnectorConfigError."""
    return cast(type[CalendarConnector], _load(CALENDARS, name, "calendar"))


def mailbox_class(name: str) -> type[MailboxConnector]:
    """Given a mailbox connector name, returns its class; raises ConnectorConfigError."""
    return cast(type[MailboxConnector], _load(MAILBOXES, name, "mailbox"))
