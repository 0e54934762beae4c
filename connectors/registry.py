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
}

MAILBOXES: dict[str, str] = {
    "memory": "afterview.connectors.memory:MemoryMailbox",
    "maildir": "afterview.connectors.maildir:MaildirMailbox",
}


def _load(table: dict[str, str], name: str, what: str) -> type:
    try:
        target = table[name]
    except KeyError:
        known = ", ".join(sorted(table))
        raise ConnectorConfigError("type", f"unknown {what} connector {name!r} (known: {known})") from None
    module_name, _, attr = target.partition(":")
    return cast(type, getattr(importlib.import_module(module_name), attr))


def calendar_class(name: str) -> type[CalendarConnector]:
    """Given a calendar connector name, returns its class; raises ConnectorConfigError."""
    return cast(type[CalendarConnector], _load(CALENDARS, name, "calendar"))


def mailbox_class(name: str) -> type[MailboxConnector]:
    """Given a mailbox connector name, returns its class; raises ConnectorConfigError."""
    return cast(type[MailboxConnector], _load(MAILBOXES, name, "mailbox"))
