"""The connector contract suite, after vdirsyncer's StorageTests: one set of tests for every backend.

A backend's test module subclasses CalendarContract / MailboxContract and supplies only
fixtures. Tests skip by capability flags, never by backend. The backend-native fixtures
(`seed_event`, `user_edit_tickler`, `deliver`, ...) must use the backend's own means
(files written with icalendar / the stdlib email package, a server's API), not the
connector under test, so the suite checks the connector against the real format.

Calendar fixtures: `calendar_factory` (() -> connector; a second call is a restarted
daemon on the same backend), `seed_event` (CalendarEvent -> None), `remove_event`
(uid -> None), `user_edit_tickler` / `user_delete_tickler` (ref -> None), and, only for
backends with RECURRENCE, `seed_ics` (iCalendar bytes -> None).
Mailbox fixtures: `mailbox_factory`, `deliver` (bytes, folder -> None), `user_edit_draft` /
`user_delete_draft` (ref -> None), `add_user_draft` (bytes -> a callable telling whether that
draft is still there untouched).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from afterview.connectors.base import CalendarConnector, CalendarEvent, Capability
from afterview.connectors.errors import ConflictError, CursorExpiredError, NotFoundError
from contract_data import (
    KNOWN_CAPABILITIES,
    SERIES_UID,
    TZ,
    WINDOW,
    ByRef,
    SeedEvent,
    a_tickler,
    an_interview,
    needs,
    same_instant,
    weekly_series_ics,
)
from contract_mail import MailboxContract

__all__ = ["TZ", "WINDOW", "CalendarContract", "MailboxContract", "needs"]


def _by_uid(events: tuple[CalendarEvent, ...], uid: str) -> list[CalendarEvent]:
    return [e for e in events if e.uid == uid]


class CalendarContract:
    """Every calendar connector passes these; subclasses supply the fixtures named in the module doc."""

    @pytest.fixture
    def calendar(self, calendar_factory: Callable[[], CalendarConnector]) -> CalendarConnector:
        return calendar_factory()

    # ------------------------------------------------------------ reading

    def test_capabilities_are_known_flags(self, calendar: CalendarConnector) -> None:
        assert set(calendar.capabilities) <= KNOWN_CAPABILITIES
        assert isinstance(calendar, CalendarConnector)

    def test_empty_calendar_has_no_ticklers(self, calendar: CalendarConnector) -> None:
        assert calendar.list_ticklers() == []
        assert calendar.find_tickler("acme/none") is None
        changes = calendar.list_events(None, WINDOW)
        assert changes.full and changes.events == ()

    def test_seeded_event_is_listed_with_aware_times_and_people(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        seeded = an_interview()
        seed_event(seeded)
        changes = calendar.list_events(None, WINDOW)
        assert changes.full
        [got] = _by_uid(changes.events, seeded.uid)
        for moment in (got.start, got.end):
            assert moment.tzinfo is not None and moment.utcoffset() is not None
        assert same_instant(got.start, seeded.start) and same_instant(got.end, seeded.end)
        assert (got.summary, got.location, got.description) == (
            seeded.summary, seeded.location, seeded.description)
        assert got.owned_key is None and not got.cancelled and not got.all_day
        assert got.organizer is not None and got.organizer.email == "talent@acme.example"
        people = {a.email: a for a in got.attendees}
        assert set(people) >= {"jordan@example.org", "sam.lee@acme.example", "room-4@acme.example"}
        assert people["sam.lee@acme.example"].name == "Sam Lee"
        assert people["sam.lee@acme.example"].kind == "individual"
        assert people["sam.lee@acme.example"].status == "ACCEPTED"
        assert people["room-4@acme.example"].kind == "room"

    def test_all_day_event_is_placed_in_user_zone(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        day = datetime(2030, 3, 8, tzinfo=TZ)
        seed_event(an_interview(uid="allday@acme.example", summary="Onsite day", start=day,
                                end=day + timedelta(days=1), all_day=True, attendees=()))
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, "allday@acme.example")
        assert got.all_day
        assert got.start.astimezone(TZ).replace(tzinfo=None) == datetime(2030, 3, 8)  # noqa: DTZ001
        assert same_instant(got.start, day)

    def test_cancelled_event_is_flagged(self, calendar: CalendarConnector, seed_event: SeedEvent) -> None:
        seed_event(an_interview(uid="gone@acme.example", cancelled=True))
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, "gone@acme.example")
        assert got.cancelled

    def test_event_outside_window_is_not_listed(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        far = datetime(2035, 6, 1, 10, tzinfo=TZ)
        seed_event(an_interview(uid="far@acme.example", start=far, end=far + timedelta(hours=1)))
        seed_event(an_interview())
        uids = {e.uid for e in calendar.list_events(None, WINDOW).events}
        assert "far@acme.example" not in uids and an_interview().uid in uids

    def test_recurring_series_expands_to_instances(
        self, calendar: CalendarConnector, request: pytest.FixtureRequest
    ) -> None:
        needs(calendar, Capability.RECURRENCE)
        seed_ics: Callable[[bytes], None] = request.getfixturevalue("seed_ics")  # only with RECURRENCE
        seed_ics(weekly_series_ics())
        got = sorted(_by_uid(calendar.list_events(None, WINDOW).events, SERIES_UID), key=lambda e: e.start)
        local = [e.start.astimezone(TZ).strftime("%m-%d %H:%M") for e in got]
        assert local == ["03-04 10:00", "03-11 11:00", "03-25 10:00", "04-01 10:00"]  # 04-01 is summer time
        assert all(e.recurrence_id is not None for e in got)
        assert len({e.key for e in got}) == 4
        assert got[1].summary.endswith("(moved)") and got[0].summary == "Interview loop sync — Acme"
        assert same_instant(got[1].recurrence_id or got[1].start, datetime(2030, 3, 11, 10, tzinfo=TZ))

    def test_foreign_events_are_never_owned(self, calendar: CalendarConnector, seed_event: SeedEvent) -> None:
        for n in range(3):
            seed_event(an_interview(uid=f"foreign-{n}@example.org", summary=f"Send thank-you notes {n}"))
        assert all(e.owned_key is None for e in calendar.list_events(None, WINDOW).events)
        assert calendar.list_ticklers() == []

    # ------------------------------------------------------------ owned ticklers

    def test_create_tickler_stores_it(self, calendar: CalendarConnector) -> None:
        tickler = a_tickler()
        stored = calendar.create_tickler(tickler)
        assert stored.key == tickler.key and stored.ref
        assert stored.fingerprint == tickler.fingerprint()
        assert same_instant(stored.start, tickler.start)
        assert calendar.find_tickler(tickler.key) == stored
        assert calendar.list_ticklers() == [stored]

    def test_create_is_idempotent_on_key(self, calendar: CalendarConnector) -> None:
        first = calendar.create_tickler(a_tickler())
        again = calendar.create_tickler(a_tickler(summary="a different text, same key"))
        assert again.ref == first.ref and again.fingerprint == first.fingerprint
        assert len(calendar.list_ticklers()) == 1

    def test_restarted_connector_finds_ticklers(
        self, calendar_factory: Callable[[], CalendarConnector]
    ) -> None:
        first = calendar_factory().create_tickler(a_tickler())
        restarted = calendar_factory()
        assert restarted.find_tickler(a_tickler().key) == first
        assert restarted.create_tickler(a_tickler()).ref == first.ref
        assert len(restarted.list_ticklers()) == 1

    def test_two_keys_make_two_ticklers(self, calendar: CalendarConnector) -> None:
        one = calendar.create_tickler(a_tickler(key="acme/se/thanks"))
        two = calendar.create_tickler(a_tickler(key="acme/se/followup-1", summary="Follow up — Acme"))
        assert one.ref != two.ref
        assert {t.key for t in calendar.list_ticklers()} == {"acme/se/thanks", "acme/se/followup-1"}

    def test_tickler_shows_in_list_events_as_owned(self, calendar: CalendarConnector) -> None:
        tickler = a_tickler()
        calendar.create_tickler(tickler)
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, tickler.uid)
        assert got.owned_key == tickler.key
        assert (got.summary, got.description) == (tickler.summary, tickler.description)
        assert same_instant(got.start, tickler.start) and same_instant(got.end, tickler.end)

    def test_unicode_and_multiline_text_keep_the_fingerprint(self, calendar: CalendarConnector) -> None:
        tickler = a_tickler(summary="Danke — Müller & Söhne, «Senior» Engineer; Zürich",
                            description="One, with a comma; and semicolon\nTwo: café ✓ C:\\new\\N \\,\n" + "x" * 120)
        stored = calendar.create_tickler(tickler)
        assert stored.fingerprint == tickler.fingerprint()
        found = calendar.find_tickler(tickler.key)
        assert found is not None and found.fingerprint == tickler.fingerprint()

    def test_update_rewrites_in_place(self, calendar: CalendarConnector) -> None:
        old = a_tickler()
        stored = calendar.create_tickler(old)
        new = a_tickler(summary="Send thank-you notes — Acme (moved)", start=old.start + timedelta(days=1))
        updated = calendar.update_tickler(stored.ref, new, stored.fingerprint)
        assert updated.ref == stored.ref and updated.fingerprint == new.fingerprint()
        assert same_instant(updated.start, new.start)
        assert calendar.find_tickler(old.key) == updated
        assert len(calendar.list_ticklers()) == 1
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, old.uid)
        assert got.summary == new.summary and got.owned_key == old.key

    def test_update_with_stale_fingerprint_conflicts(self, calendar: CalendarConnector) -> None:
        stored = calendar.create_tickler(a_tickler())
        with pytest.raises(ConflictError):
            calendar.update_tickler(stored.ref,
                                    a_tickler(summary="new"), a_tickler(summary="o").fingerprint())
        with pytest.raises(ConflictError):
            calendar.delete_tickler(stored.ref, "0" * 32)
        assert calendar.find_tickler(stored.key) == stored

    def test_delete_removes_it(self, calendar: CalendarConnector) -> None:
        stored = calendar.create_tickler(a_tickler())
        calendar.delete_tickler(stored.ref, stored.fingerprint)
        assert calendar.find_tickler(stored.key) is None and calendar.list_ticklers() == []
        assert _by_uid(calendar.list_events(None, WINDOW).events, a_tickler().uid) == []
        with pytest.raises(NotFoundError):
            calendar.delete_tickler(stored.ref, stored.fingerprint)
        with pytest.raises(NotFoundError):
            calendar.update_tickler(stored.ref, a_tickler(), stored.fingerprint)

    def test_user_edit_wins(self, calendar: CalendarConnector, user_edit_tickler: ByRef) -> None:
        stored = calendar.create_tickler(a_tickler())
        user_edit_tickler(stored.ref)
        edited = calendar.find_tickler(stored.key)
        assert edited is not None and edited.fingerprint != stored.fingerprint
        with pytest.raises(ConflictError):
            calendar.update_tickler(stored.ref, a_tickler(summary="afterview's new text"), stored.fingerprint)
        with pytest.raises(ConflictError):
            calendar.delete_tickler(stored.ref, stored.fingerprint)
        assert calendar.find_tickler(stored.key) == edited
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, a_tickler().uid)
        assert got.summary not in (a_tickler().summary, "afterview's new text")

    def test_user_delete_is_not_found(self, calendar: CalendarConnector, user_delete_tickler: ByRef) -> None:
        stored = calendar.create_tickler(a_tickler())
        user_delete_tickler(stored.ref)
        assert calendar.find_tickler(stored.key) is None
        with pytest.raises(NotFoundError):
            calendar.update_tickler(stored.ref, a_tickler(), stored.fingerprint)
        with pytest.raises(NotFoundError):
            calendar.delete_tickler(stored.ref, stored.fingerprint)

    def test_user_edit_changes_etag(self, calendar: CalendarConnector, user_edit_tickler: ByRef) -> None:
        needs(calendar, Capability.ETAG_PRECONDITION)
        stored = calendar.create_tickler(a_tickler())
        user_edit_tickler(stored.ref)
        edited = calendar.find_tickler(stored.key)
        assert edited is not None and edited.etag != stored.etag

    # ------------------------------------------------------------ incremental

    def test_listing_with_cursor_sees_a_change(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        seed_event(an_interview())
        cursor = calendar.list_events(None, WINDOW).cursor
        seed_event(an_interview(summary="Interview (moved)", sequence=1))
        [got] = _by_uid(calendar.list_events(cursor, WINDOW).events, an_interview().uid)
        assert got.summary == "Interview (moved)"

    def test_cursor_with_no_change_returns_nothing(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        seed_event(an_interview())
        calendar.create_tickler(a_tickler())
        first = calendar.list_events(None, WINDOW)
        again = calendar.list_events(first.cursor, WINDOW)
        assert not again.full and again.events == () and again.removed == ()
        assert calendar.list_events(again.cursor, WINDOW).events == ()

    def test_cursor_returns_only_what_changed(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        seed_event(an_interview())
        seed_event(an_interview(uid="other@acme.example", summary="Other"))
        cursor = calendar.list_events(None, WINDOW).cursor
        seed_event(an_interview(summary="Interview (moved)", sequence=1))
        tickler = a_tickler()
        calendar.create_tickler(tickler)
        changes = calendar.list_events(cursor, WINDOW)
        assert not changes.full
        assert {e.uid for e in changes.events} == {an_interview().uid, tickler.uid}
        assert [e.owned_key for e in changes.events if e.uid == tickler.uid] == [tickler.key]

    def test_cursor_reports_removals(
        self, calendar: CalendarConnector, seed_event: SeedEvent, remove_event: Callable[[str], None]
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        needs(calendar, Capability.REMOVAL_DETECTION)
        seed_event(an_interview())
        seed_event(an_interview(uid="stays@acme.example"))
        cursor = calendar.list_events(None, WINDOW).cursor
        remove_event(an_interview().uid)
        changes = calendar.list_events(cursor, WINDOW)
        assert an_interview().uid in changes.removed and "stays@acme.example" not in changes.removed
        assert calendar.list_events(changes.cursor, WINDOW).removed == ()

    def test_cursor_sees_the_user_touching_a_tickler(
        self, calendar: CalendarConnector, user_edit_tickler: ByRef, user_delete_tickler: ByRef
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        edited, deleted = a_tickler(key="acme/se/thanks"), a_tickler(key="acme/se/followup-1")
        edited_ref = calendar.create_tickler(edited).ref
        deleted_ref = calendar.create_tickler(deleted).ref
        cursor = calendar.list_events(None, WINDOW).cursor
        user_edit_tickler(edited_ref)
        user_delete_tickler(deleted_ref)
        changes = calendar.list_events(cursor, WINDOW)
        [got] = _by_uid(changes.events, edited.uid)
        assert got.owned_key == edited.key and got.summary != edited.summary
        assert _by_uid(changes.events, deleted.uid) == []
        if Capability.REMOVAL_DETECTION in calendar.capabilities:
            assert deleted.uid in changes.removed

    def test_cursor_reports_afterviews_own_removals(self, calendar: CalendarConnector) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        needs(calendar, Capability.REMOVAL_DETECTION)
        stored = calendar.create_tickler(a_tickler())
        cursor = calendar.list_events(None, WINDOW).cursor
        calendar.delete_tickler(stored.ref, stored.fingerprint)
        assert a_tickler().uid in calendar.list_events(cursor, WINDOW).removed

    def test_garbage_cursor_is_expired(self, calendar: CalendarConnector) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        with pytest.raises(CursorExpiredError):
            calendar.list_events("not a cursor \x00", WINDOW)
