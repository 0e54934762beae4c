"""ExchangeCalendar and ExchangeMailbox against the contract suite, through the real exchangelib and the
EWS fake on loopback; the user (Outlook) is simulated through the fake's own store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.exchange.calendar import ExchangeCalendar
from afterview.connectors.exchange.mail import ExchangeMailbox
from afterview.connectors.secrets import set_secret
from contract_suite import CalendarContract, MailboxContract
from fakes.ews_fake import EwsFake, serve
from fakes.ews_items import calendar_item, message_item
from fakes.ews_store import t
from lxml import etree
from memory_keyring import memory_keyring


@pytest.fixture
def ews(ctx: ConnectorContext) -> Iterator[EwsFake]:
    with memory_keyring(), serve(EwsFake()) as fake:
        set_secret(ctx.account, "password", fake.password)
        yield fake


def options(fake: EwsFake) -> dict[str, object]:
    return {"email": "jordan@example.org", "service_endpoint": fake.url, "username": fake.user,
            "auth": "basic", "version": "2016", "max_wait": 2, "timeout": 5}


def _item_with_uid(fake: EwsFake, uid: str) -> list[str]:
    return [i.id for i in fake.items_in("calendar") if i.elem.findtext(t("UID")) == uid]


class TestExchangeCalendar(CalendarContract):
    @pytest.fixture
    def calendar_factory(self, ews: EwsFake, ctx: ConnectorContext) -> Callable[[], ExchangeCalendar]:
        return lambda: ExchangeCalendar.from_options(options(ews), ctx)

    @pytest.fixture
    def seed_event(self, ews: EwsFake) -> Callable[[CalendarEvent], None]:
        def seed(event: CalendarEvent) -> None:
            for item_id in _item_with_uid(ews, event.uid):  # the organizer's update replaces the copy
                ews.delete(item_id)
            ews.put("calendar", calendar_item(event))

        return seed

    @pytest.fixture
    def seed_ics(self, ews: EwsFake) -> Callable[[bytes], None]:
        def seed(data: bytes) -> None:
            ews.put_series(data)

        return seed

    @pytest.fixture
    def remove_event(self, ews: EwsFake) -> Callable[[str], None]:
        def remove(uid: str) -> None:
            found = _item_with_uid(ews, uid)
            assert found, f"no item with UID {uid}"
            for item_id in found:
                ews.delete(item_id)

        return remove

    @pytest.fixture
    def user_edit_tickler(self, ews: EwsFake) -> Callable[[str], None]:
        return lambda ref: ews.edit(ref, Subject="Thank-you notes (I did two already)")

    @pytest.fixture
    def user_delete_tickler(self, ews: EwsFake) -> Callable[[str], None]:
        return ews.delete


def _draft_id(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


class TestExchangeMailbox(MailboxContract):
    @pytest.fixture
    def mailbox_factory(self, ews: EwsFake, ctx: ConnectorContext) -> Callable[[], ExchangeMailbox]:
        return lambda: ExchangeMailbox.from_options(options(ews), ctx)

    @pytest.fixture
    def deliver(self, ews: EwsFake) -> Callable[[bytes, str], None]:
        def deliver(data: bytes, folder: str) -> None:
            ews.put({"inbox": "inbox", "sent": "sentitems"}[folder], message_item(data))

        return deliver

    @pytest.fixture
    def user_edit_draft(self, ews: EwsFake) -> Callable[[str], None]:
        return lambda ref: ews.edit(_draft_id(ref), Body="Dear Sam,\n\nmy own rewrite, not afterview's.\n")

    @pytest.fixture
    def user_delete_draft(self, ews: EwsFake) -> Callable[[str], None]:
        return lambda ref: ews.delete(_draft_id(ref))

    @pytest.fixture
    def add_user_draft(self, ews: EwsFake) -> Callable[[bytes], Callable[[], bool]]:
        def add(data: bytes) -> Callable[[], bool]:
            item = ews.put("drafts", message_item(data))
            before = etree.tostring(item.elem)
            return lambda: item.id in ews.store.items and etree.tostring(ews.store.items[item.id].elem) == before

        return add
