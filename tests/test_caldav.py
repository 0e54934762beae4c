"""CaldavCalendar beyond the contract: idle cost, fallbacks without sync tokens, errors, discovery, options."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.caldav import CaldavCalendar
from afterview.connectors.caldav_cursor import Cursor
from afterview.connectors.errors import (
    AuthError,
    ConflictError,
    ConnectorConfigError,
    ConnectorError,
    CursorExpiredError,
    TransientError,
)
from afterview.connectors.ical import tickler_to_ics
from contract_data import TZ, WINDOW, a_tickler, an_interview, event_to_ics
from dav_proxy import ProxyState, dav_proxy
from memory_keyring import MemoryKeyring, memory_keyring
from radicale_server import DavCalendar, RadicaleServer, new_calendar, radicale, radicale_server  # noqa: F401

Make = Callable[..., CaldavCalendar]


@pytest.fixture
def ring(ctx: ConnectorContext) -> Iterator[MemoryKeyring]:
    with memory_keyring() as ring:
        yield ring


@pytest.fixture
def cal(radicale: RadicaleServer, ring: MemoryKeyring, ctx: ConnectorContext) -> DavCalendar:  # noqa: F811
    cal = new_calendar(radicale, "work", "Work")
    ring.set_password("afterview", f"{ctx.account}/caldav_password", cal.user.password)
    return cal


@pytest.fixture
def make(cal: DavCalendar, ctx: ConnectorContext) -> Iterator[Make]:
    """Returns a factory of connectors to the test user's server (options override the defaults)."""
    made: list[CaldavCalendar] = []

    def build(**options: Any) -> CaldavCalendar:
        base = {"url": cal.user.server.base_url, "username": cal.user.name, "calendar": "work"}
        connector = CaldavCalendar.from_options({**base, **options}, ctx)
        connector.t.sleep = lambda seconds: None  # back-off without waiting
        made.append(connector)
        return connector

    yield build
    for connector in made:
        connector.close()


@pytest.fixture
def proxy(cal: DavCalendar) -> Iterator[tuple[str, ProxyState]]:
    with dav_proxy(cal.user.server.port) as found:
        yield found


# ---------------------------------------------------------------- idle cost


def test_idle_cycle_costs_one_request_per_calendar(cal: DavCalendar, make: Make) -> None:
    cal.seed(event_to_ics(an_interview()))
    connector = make(calendar=cal.path)  # a URL: no discovery at all
    connector.create_tickler(a_tickler())
    cursor = connector.list_events(None, WINDOW).cursor
    before = cal.requests_logged()
    for _ in range(3):
        changes = connector.list_events(cursor, WINDOW)
        assert changes.events == () and changes.removed == ()
        cursor = changes.cursor
    assert cal.requests_logged() - before == 3
    # A restarted daemon with the stored cursor pays the same.
    restarted = make(calendar=cal.path)
    before = cal.requests_logged()
    assert restarted.list_events(cursor, WINDOW).events == ()
    assert cal.requests_logged() - before == 1


def test_restart_with_a_cursor_skips_discovery(cal: DavCalendar, make: Make) -> None:
    cal.seed(event_to_ics(an_interview()))
    cursor = make(calendar="Work").list_events(None, WINDOW).cursor
    restarted = make(calendar="Work")
    before = cal.requests_logged()
    assert restarted.list_events(cursor, WINDOW).events == ()
    assert cal.requests_logged() - before == 1
    # Another calendar option means another origin: the cursor is not trusted for it.
    cal.user.make_calendar("home", "Home")
    with pytest.raises(CursorExpiredError):
        make(calendar="Home").list_events(cursor, WINDOW)


def test_idle_cycle_with_a_separate_tickler_calendar_costs_two(cal: DavCalendar, make: Make) -> None:
    tickler_path = cal.user.make_calendar("reminders", "Reminders")
    cal.seed(event_to_ics(an_interview()))
    connector = make(tickler_calendar="Reminders")
    stored = connector.create_tickler(a_tickler())
    assert stored.ref.startswith(tickler_path)
    first = connector.list_events(None, WINDOW)
    assert {e.uid for e in first.events} == {an_interview().uid, a_tickler().uid}
    before = cal.requests_logged()
    assert connector.list_events(first.cursor, WINDOW).events == ()
    assert cal.requests_logged() - before == 2


def test_moving_the_window_reports_newly_covered_events_once(cal: DavCalendar, make: Make) -> None:
    later = an_interview(uid="later@acme.example", start=WINDOW[1] + timedelta(days=10))
    cal.seed(event_to_ics(an_interview()))
    cal.seed(event_to_ics(later))
    connector = make()
    first = connector.list_events(None, WINDOW)
    assert {e.uid for e in first.events} == {an_interview().uid}
    moved = (WINDOW[0] + timedelta(days=30), WINDOW[1] + timedelta(days=30))
    changes = connector.list_events(first.cursor, moved)
    assert [e.uid for e in changes.events] == ["later@acme.example"]
    assert connector.list_events(changes.cursor, moved).events == ()


# ---------------------------------------------------------------- servers without sync tokens


@pytest.mark.parametrize("hide_ctag", [False, True], ids=["ctag", "etag-only"])
def test_fallback_without_sync_tokens(
    cal: DavCalendar, make: Make, proxy: tuple[str, ProxyState], hide_ctag: bool
) -> None:
    url, state = proxy
    state.refuse_sync = True
    state.hide_ctag = hide_ctag
    cal.seed(event_to_ics(an_interview()))
    cal.seed(event_to_ics(an_interview(uid="stays@acme.example")))
    connector = make(url=url, calendar=cal.path)
    first = connector.list_events(None, WINDOW)
    assert {e.uid for e in first.events} == {an_interview().uid, "stays@acme.example"}

    state.reset()
    idle = connector.list_events(first.cursor, WINDOW)
    assert idle.events == () and idle.removed == ()
    assert state.total == 1 and state.methods["PROPFIND"] == 1

    cal.seed(event_to_ics(an_interview(summary="Interview (moved)", sequence=1)))
    [href] = cal.hrefs_with_uid("stays@acme.example")
    cal.user.delete(href)
    changes = connector.list_events(idle.cursor, WINDOW)
    assert [e.summary for e in changes.events] == ["Interview (moved)"]
    assert changes.removed == ("stays@acme.example",)


def test_stale_sync_token_expires_the_cursor(cal: DavCalendar, make: Make) -> None:
    connector = make()
    cursor = Cursor.decode(connector.list_events(None, WINDOW).cursor, urls=connector._collections(), tz=TZ.key)
    cursor.collections[0].token = "http://radicale.org/ns/sync/" + "0" * 64
    with pytest.raises(CursorExpiredError):
        connector.list_events(cursor.encode(), WINDOW)


def test_cursor_of_another_calendar_is_expired(cal: DavCalendar, make: Make) -> None:
    cal.user.make_calendar("home", "Home")
    cursor = make().list_events(None, WINDOW).cursor
    with pytest.raises(CursorExpiredError):
        make(calendar="home").list_events(cursor, WINDOW)


# ---------------------------------------------------------------- errors


def test_wrong_password_is_an_auth_error_with_the_fix(
    cal: DavCalendar, make: Make, ring: MemoryKeyring, ctx: ConnectorContext
) -> None:
    ring.set_password("afterview", f"{ctx.account}/caldav_password", "not the password")
    with pytest.raises(AuthError) as caught:
        make().list_events(None, WINDOW)
    assert caught.value.hint == f"afterview auth caldav --account {ctx.account}"
    assert "not the password" not in str(caught.value)


def test_missing_password_is_an_auth_error(make: Make, ring: MemoryKeyring, ctx: ConnectorContext) -> None:
    ring.delete_password("afterview", f"{ctx.account}/caldav_password")
    with pytest.raises(AuthError) as caught:
        make().list_ticklers()
    assert caught.value.hint == f"afterview auth caldav --account {ctx.account}"


def test_transient_failures_are_retried(cal: DavCalendar, make: Make, proxy: tuple[str, ProxyState]) -> None:
    url, state = proxy
    cal.seed(event_to_ics(an_interview()))
    connector = make(url=url, calendar=cal.path)
    state.fail = [(503, {}), (429, {"Retry-After": "0"})]
    assert [e.uid for e in connector.list_events(None, WINDOW).events] == [an_interview().uid]
    assert state.fail == []


def test_persistent_rate_limit_is_transient_with_retry_after(
    cal: DavCalendar, make: Make, proxy: tuple[str, ProxyState]
) -> None:
    url, state = proxy
    connector = make(url=url, calendar=cal.path)
    slept: list[float] = []
    connector.t.sleep = slept.append
    state.fail = [(429, {"Retry-After": "7"})] * 10
    with pytest.raises(TransientError) as caught:
        connector.list_events(None, WINDOW)
    assert caught.value.retry_after == 7
    assert slept == [7, 7, 7]  # bounded: retries, then give up


def test_backoff_grows_with_jitter_when_the_server_says_nothing(
    cal: DavCalendar, make: Make, proxy: tuple[str, ProxyState]
) -> None:
    url, state = proxy
    connector = make(url=url, calendar=cal.path)
    slept: list[float] = []
    connector.t.sleep = slept.append
    state.fail = [(503, {})] * 10
    with pytest.raises(TransientError):
        connector.list_ticklers()
    base = connector.t.base_delay
    assert len(slept) == connector.t.retries
    for attempt, delay in enumerate(slept):
        assert base * 2**attempt <= delay <= 2 * base * 2**attempt


def test_concurrent_user_edit_between_check_and_write_wins(cal: DavCalendar, make: Make) -> None:
    connector = make()
    stored = connector.create_tickler(a_tickler())
    real_read = connector.store._read

    def read_then_user_edits(href: str) -> Any:
        found = real_read(href)
        cal.edit_summary(href, "My own words")  # lands after afterview's check, before its PUT
        return found

    connector.store._read = read_then_user_edits  # type: ignore[method-assign]
    with pytest.raises(ConflictError):
        connector.update_tickler(stored.ref, a_tickler(summary="afterview's text"), stored.fingerprint)
    with pytest.raises(ConflictError):
        connector.delete_tickler(stored.ref, stored.fingerprint)
    connector.store._read = real_read  # type: ignore[method-assign]
    found = connector.find_tickler(stored.key)
    assert found is not None and found.ref == stored.ref and found.fingerprint != stored.fingerprint


def test_tickler_renamed_by_another_client_is_found_by_key(cal: DavCalendar, make: Make) -> None:
    tickler = a_tickler()
    href = f"{cal.path}0b8e9a4c-synced-by-phone.ics"
    cal.user.put(href, tickler_to_ics(tickler, TZ))
    connector = make()
    found = connector.find_tickler(tickler.key)
    assert found is not None and found.ref == href and found.fingerprint == tickler.fingerprint()
    assert connector.create_tickler(tickler).ref == href
    assert [t.ref for t in connector.list_ticklers()] == [href]


def test_foreign_event_at_a_tickler_href_is_not_overwritten(cal: DavCalendar, make: Make) -> None:
    tickler = a_tickler()
    foreign = event_to_ics(an_interview(uid=tickler.uid, summary="The user's own event"))
    cal.user.put(f"{cal.path}{tickler.uid}.ics", foreign)
    with pytest.raises(ConflictError):
        make().create_tickler(tickler)
    assert b"The user's own event" in cal.user.get(f"{cal.path}{tickler.uid}.ics").body


def test_ref_outside_the_calendar_is_not_found(cal: DavCalendar, make: Make) -> None:
    from afterview.connectors.errors import NotFoundError

    other = cal.user.make_calendar("other")
    cal.user.put(f"{other}x.ics", tickler_to_ics(a_tickler(), TZ))
    with pytest.raises(NotFoundError):
        make().delete_tickler(f"{other}x.ics", a_tickler().fingerprint())
    assert cal.user.get(f"{other}x.ics").status == 200


# ---------------------------------------------------------------- discovery and options


def test_calendar_found_by_display_name_path_segment_or_default(cal: DavCalendar, make: Make) -> None:
    cal.seed(event_to_ics(an_interview()))
    for name in ("Work", "work", cal.path, cal.url, None):
        options = {"calendar": name} if name is not None else {}
        connector = make(**options)
        if name is None:
            connector.calendar = None
        assert connector._collections() == [cal.url]
        assert [e.uid for e in connector.list_events(None, WINDOW).events] == [an_interview().uid]


def test_unknown_calendar_name_lists_the_known_ones(cal: DavCalendar, make: Make) -> None:
    with pytest.raises(ConnectorError) as caught:
        make(calendar="Personal").list_events(None, WINDOW)
    assert "Work" in str(caught.value)


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"username": "u"}, "url"),
        ({"url": "ftp://example.org/", "username": "u"}, "url"),
        ({"url": "https://u:pw@example.org/", "username": "u"}, "url"),
        ({"url": "https://example.org/"}, "username"),
        ({"url": "https://example.org/", "username": "u", "password": "x"}, "password"),
        ({"url": "https://example.org/", "username": "u", "timeout": 0}, "timeout"),
        ({"url": "https://example.org/", "username": "u", "calendar": ""}, "calendar"),
        ({"url": "https://example.org/", "username": "u", "auth": "ntlm"}, "auth"),
    ],
)
def test_bad_options_name_the_key(options: dict[str, Any], key: str, ctx: ConnectorContext) -> None:
    with pytest.raises(ConnectorConfigError) as caught:
        CaldavCalendar.from_options(options, ctx)
    assert caught.value.key == key


def test_from_options_makes_no_request(ctx: ConnectorContext) -> None:
    # Port 9 on loopback: nothing listens; building must not try.
    connector = CaldavCalendar.from_options({"url": "http://127.0.0.1:9/", "username": "u"}, ctx)
    connector.close()


def test_times_come_back_aware_in_the_events_zone(cal: DavCalendar, make: Make) -> None:
    start = datetime(2030, 6, 3, 9, 30, tzinfo=TZ)
    cal.seed(event_to_ics(an_interview(uid="summer@acme.example", start=start)))
    [got] = make().list_events(None, WINDOW).events
    assert got.start == start and got.start.utcoffset() == timedelta(hours=2)


def test_negotiated_auth_works_too(cal: DavCalendar, make: Make) -> None:
    cal.seed(event_to_ics(an_interview()))
    assert [e.uid for e in make(auth="auto").list_events(None, WINDOW).events] == [an_interview().uid]


def test_many_changes_are_fetched_in_batches(
    cal: DavCalendar, make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afterview.connectors import caldav_ops

    monkeypatch.setattr(caldav_ops, "MULTIGET_BATCH", 2)
    uids = {f"iv-{n}@acme.example" for n in range(5)}
    for uid in uids:
        cal.seed(event_to_ics(an_interview(uid=uid)))
    connector = make(calendar=cal.path)
    before = cal.requests_logged()
    assert {e.uid for e in connector.list_events(None, WINDOW).events} == uids
    assert cal.requests_logged() - before == 1 + 3  # sync-collection, then 3 multigets of at most 2


def test_create_racing_another_daemon_returns_the_winner(cal: DavCalendar, make: Make) -> None:
    winner = make().create_tickler(a_tickler())
    late = make()
    real_find = late.store.find
    calls: list[str] = []

    def find_nothing_first(key: str) -> Any:
        calls.append(key)
        return None if len(calls) == 1 else real_find(key)

    late.store.find = find_nothing_first  # type: ignore[method-assign]
    assert late.create_tickler(a_tickler(summary="same key, other text")) == winner
    assert len(calls) == 2  # the PUT was refused (If-None-Match), then the existing one was found
    assert len(make().list_ticklers()) == 1


def test_user_name_with_at_sign_in_the_path(radicale: RadicaleServer, ring: MemoryKeyring,  # noqa: F811
                                            ctx: ConnectorContext) -> None:
    user = radicale.add_user(f"jordan{id(ring)}@example.org")
    cal = DavCalendar(user, user.make_calendar("personal", "Personal"))
    ring.set_password("afterview", f"{ctx.account}/caldav_password", user.password)
    cal.seed(event_to_ics(an_interview()))
    connector = CaldavCalendar.from_options(
        {"url": radicale.base_url, "username": user.name, "calendar": "Personal"}, ctx)
    try:
        stored = connector.create_tickler(a_tickler())
        first = connector.list_events(None, WINDOW)
        assert {e.uid for e in first.events} == {an_interview().uid, a_tickler().uid}
        assert connector.find_tickler(a_tickler().key) == stored
        connector.delete_tickler(stored.ref, stored.fingerprint)
        assert connector.list_events(first.cursor, WINDOW).removed == (a_tickler().uid,)
    finally:
        connector.close()
