"""CaldavCalendar against the contract suite, on a real Radicale; the user acts through plain HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.caldav import CaldavCalendar
from contract_data import event_to_ics
from contract_suite import CalendarContract
from memory_keyring import memory_keyring
from radicale_server import DavCalendar, RadicaleServer, new_calendar, radicale, radicale_server  # noqa: F401


class TestCaldavCalendar(CalendarContract):
    @pytest.fixture
    def cal(self, radicale: RadicaleServer) -> DavCalendar:  # noqa: F811
        return new_calendar(radicale)

    @pytest.fixture
    def calendar_factory(self, cal: DavCalendar, ctx: ConnectorContext) -> Iterator[Callable[[], CaldavCalendar]]:
        made: list[CaldavCalendar] = []

        def make() -> CaldavCalendar:
            connector = CaldavCalendar.from_options(
                {"url": cal.user.server.base_url, "username": cal.user.name, "calendar": "work"}, ctx
            )
            made.append(connector)
            return connector

        with memory_keyring() as ring:
            ring.set_password("afterview", f"{ctx.account}/caldav_password", cal.user.password)
            yield make
            for connector in made:
                connector.close()

    @pytest.fixture
    def seed_event(self, cal: DavCalendar) -> Callable[[CalendarEvent], None]:
        def seed(event: CalendarEvent) -> None:
            cal.seed(event_to_ics(event))

        return seed

    @pytest.fixture
    def seed_ics(self, cal: DavCalendar) -> Callable[[bytes], None]:
        def seed(data: bytes) -> None:
            cal.seed(data)

        return seed

    @pytest.fixture
    def remove_event(self, cal: DavCalendar) -> Callable[[str], None]:
        def remove(uid: str) -> None:
            found = cal.hrefs_with_uid(uid)
            assert found, f"no resource holds UID {uid}"
            for href in found:
                cal.user.delete(href)

        return remove

    @pytest.fixture
    def user_edit_tickler(self, cal: DavCalendar) -> Callable[[str], None]:
        return lambda ref: cal.edit_summary(ref, "Thank-you notes (I did two already)")

    @pytest.fixture
    def user_delete_tickler(self, cal: DavCalendar) -> Callable[[str], None]:
        def delete(ref: str) -> None:
            cal.user.delete(ref)

        return delete
