"""Company extraction, session 8: the brand name on events of authors never seen — a domain's unit, region or
headquarters part is no part of the name (own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.displayname import label_display
from afterview.daemon.eventclass.domainmatch import name_fits_label

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="x9", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


@pytest.mark.parametrize(("label", "name"), [
    ("quillbarhq", "Quillbar"),
    ("norvex-talent", "Norvex"),
    ("tarnova-recherche", "Tarnova"),
    ("ostrelia-ge", "Ostrelia"),
])
def test_a_unit_region_or_headquarters_part_of_the_domain_is_no_part_of_the_name(label: str, name: str) -> None:
    assert label_display(label) == name


def test_a_short_part_that_is_no_region_stays_in_the_name() -> None:
    assert label_display("halvard-re") == "Halvard Re"


def test_the_name_the_title_writes_fits_its_talent_domain() -> None:
    assert name_fits_label("Norvex", "norvex-talent")
    event = _invite("Jordan Lee <> Norvex - Recruiter Screen", "A 30-minute call about the analyst role.",
                    Attendee("Owen Hale", "owen.hale@norvex-talent.com"))
    assert classify_event(event, me=ME).company == "Norvex"
