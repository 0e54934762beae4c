"""Autodiscover on Exchange: the connector's `autodiscover = true` path through exchangelib's real SOAP
Autodiscover (GetUserSettings) against the fake, reached through exchangelib's own autodiscover cache.

Steps 1-4 of the protocol (DNS A and SRV lookups of the mail domain with dnspython, HTTPS on port 443
of example.org and autodiscover.example.org) cannot run here: the socket guard refuses the system's
nameserver and any non-loopback host, so the test seeds the cache entry exchangelib would have written
after those steps, in a cache file under tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import ConnectorError
from afterview.connectors.exchange.calendar import ExchangeCalendar
from afterview.connectors.secrets import set_secret
from contract_data import WINDOW, an_interview
from fakes.ews_fake import EwsFake, serve
from fakes.ews_items import calendar_item
from memory_keyring import memory_keyring


@pytest.fixture
def ews(ctx: ConnectorContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EwsFake]:
    from exchangelib.autodiscover import cache  # type: ignore[import-untyped]

    monkeypatch.setattr(cache, "AUTODISCOVER_PERSISTENT_STORAGE", tmp_path / "autodiscover.shelve")
    with memory_keyring(), serve(EwsFake()) as fake:
        set_secret(ctx.account, "password", fake.password)
        try:
            yield fake
        finally:
            cache.autodiscover_cache.close()


def seed_cache(fake: EwsFake, email: str) -> None:
    """Writes what exchangelib caches after finding the Autodiscover endpoint of the mail domain."""
    from exchangelib import Configuration, Credentials
    from exchangelib.autodiscover.cache import autodiscover_cache
    from exchangelib.autodiscover.protocol import AutodiscoverProtocol  # type: ignore[import-untyped]
    from exchangelib.transport import BASIC  # type: ignore[import-untyped]

    credentials = Credentials(fake.user, fake.password)
    protocol = AutodiscoverProtocol(config=Configuration(service_endpoint=fake.autodiscover_url,
                                                         credentials=credentials, auth_type=BASIC))
    autodiscover_cache[(email.split("@")[1], credentials)] = protocol


def options(fake: EwsFake, email: str = "jordan@example.org") -> dict[str, object]:
    return {"email": email, "autodiscover": True, "username": fake.user, "auth": "basic", "max_wait": 2,
            "timeout": 5}


def test_autodiscover_finds_the_ews_url(ews: EwsFake, ctx: ConnectorContext) -> None:
    seed_cache(ews, "jordan@example.org")
    ews.put("calendar", calendar_item(an_interview()))
    cal = ExchangeCalendar.from_options(options(ews), ctx)
    assert [e.uid for e in cal.list_events(None, WINDOW).events] == [an_interview().uid]
    assert ews.calls["GetUserSettings"] == 1 and ews.calls["SyncFolderItems"] == 1
    assert cal.session.account.protocol.service_endpoint == ews.url
    assert cal.session.account.version.api_version == "Exchange2016", "the version came from the answer"


def test_autodiscover_for_an_unknown_mailbox_is_an_error(ews: EwsFake, ctx: ConnectorContext) -> None:
    seed_cache(ews, "sam@example.org")
    with pytest.raises(ConnectorError) as caught:
        ExchangeCalendar.from_options(options(ews, "sam@example.org"), ctx).list_events(None, WINDOW)
    assert "ErrorNonExistentMailbox" in str(caught.value)
    assert ews.calls["GetUserSettings"] == 1 and ews.calls["SyncFolderItems"] == 0
