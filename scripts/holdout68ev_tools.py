"""Calendar shapes of the tools that emit the holdout68 events: Google Calendar, Outlook/Exchange, Apple,
Thunderbird, Proton and generic ATS/scheduler exports (UTC times). Raw text, composed by hand."""

from __future__ import annotations

from holdout68ev_ics import USER, alarm, alt_html, calendar, esc, exchange_uid, outlook_tail, to_utc, tzparam

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def g_att(email: str, cn: str | None = None, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT",
          cutype: str = "INDIVIDUAL") -> str:
    cn = cn or email
    return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:"
            f"mailto:{email}")


def google(*, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str], guests: list[str],
           desc: str = "", location: str = "", tz: str = "Europe/Amsterdam", stamp: str = "20260108T091502Z",
           conference: str | None = None, seq: int = 0, status: str = "CONFIRMED", method: str | None = "REQUEST",
           rrule: str | None = None, extra_events: tuple[list[str], ...] = (), head: tuple[str, ...] = (),
           allday: bool = False, floating: bool = False, alarm_min: int | None = None) -> str:
    """guests: ready ATTENDEE lines (use g_att). organizer: (email, cn)."""
    if allday:
        times = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
        tzids: tuple[str, ...] = ()
    elif floating or tz == "UTC":
        times = [f"DTSTART:{start}", f"DTEND:{end}"]
        tzids = ()
    else:
        times = [f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}"]
        tzids = (tz,)
    ev = [*times, f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[1]}:mailto:{organizer[0]}", f"UID:{uid}"]
    if rrule:
        ev.append(f"RRULE:{rrule}")
    ev.extend(guests)
    if conference:
        ev.append(f"X-GOOGLE-CONFERENCE:{conference}")
    ev += [f"CREATED:{stamp}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{stamp}", f"LOCATION:{esc(location)}",
           f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if alarm_min is not None:
        ev += alarm(alarm_min, "This is an event reminder")
    return calendar(GOOGLE, [ev, *extra_events], method=method, tzids=tzids, head=head)


def outlook(*, seed: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], desc: str,
            location: str = "", tzid: str = "W. Europe Standard Time", lang: str = "en-US", method: str = "REQUEST",
            seq: int = 0, status: str = "CONFIRMED", stamp: str = "20260107T154210Z", alt: bool = True,
            prodid: str = "Microsoft Exchange Server 2010", extra: tuple[str, ...] = (), uid: str | None = None,
            busy: str | None = None) -> tuple[str, str]:
    """organizer/attendees: ready ORGANIZER/ATTENDEE lines. Returns (ics, uid)."""
    uid = uid or exchange_uid(seed)
    tzp = tzparam(tzid)
    ev = [organizer, *attendees, f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}", f"DTSTART;{tzp}:{start}", f"DTEND;{tzp}:{end}", "CLASS:PUBLIC",
          "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}"]
    if location:
        ev.append(f"LOCATION;LANGUAGE={lang}:{esc(location)}")
    ev.append(f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}")
    ev.extend(extra)
    tail = outlook_tail()
    if busy:
        tail[0] = f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}"
    ev.extend(tail)
    if alt:
        ev.append(alt_html(desc))
    if method == "REQUEST":
        ev += alarm(15, "REMINDER")
    return calendar(prodid, [ev], method=method, tzids=(tzid,), calscale=False), uid


def apple(*, uid: str, summary: str, start: str, end: str, tz: str = "Europe/Amsterdam", desc: str = "",
          location: str = "", stamp: str = "20260110T201533Z", alarm_uid: str | None = None,
          ios: str = "iPhone OS 18.2", structured: str | None = None, url: str | None = None,
          allday: bool = False) -> str:
    if allday:
        ev = [f"CREATED:{stamp}", f"DTEND;VALUE=DATE:{end}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{start}"]
        tzids: tuple[str, ...] = ()
    else:
        ev = [f"CREATED:{stamp}", f"DTEND;TZID={tz}:{end}", f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{start}"]
        tzids = (tz,)
    ev += [f"LAST-MODIFIED:{stamp}"]
    if desc:
        ev.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        ev.append(f"LOCATION:{esc(location)}")
    ev += ["SEQUENCE:0", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"]
    if url:
        ev.append(f"URL;VALUE=URI:{url}")
    if structured:
        ev.append(structured)
    ev.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    if alarm_uid:
        ev += ["BEGIN:VALARM", f"X-WR-ALARMUID:{alarm_uid}", f"UID:{alarm_uid}", "TRIGGER:-PT30M",
               "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    return calendar(f"-//Apple Inc.//{ios}//EN", [ev], method=None, tzids=tzids)


def thunderbird(*, uid: str, summary: str, start: str, end: str, desc: str = "", location: str = "",
                tz: str | None = None, stamp: str = "20260111T192201Z", categories: str | None = None) -> str:
    if tz:
        times = [f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}"]
        tzids: tuple[str, ...] = (tz,)
    else:
        times = [f"DTSTART:{start}", f"DTEND:{end}"]
        tzids = ()
    ev = [f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}", f"DTSTAMP:{stamp}", f"UID:{uid}", f"SUMMARY:{esc(summary)}",
          *times]
    if categories:
        ev.append(f"CATEGORIES:{esc(categories)}")
    if location:
        ev.append(f"LOCATION:{esc(location)}")
    if desc:
        ev.append(f"DESCRIPTION:{esc(desc)}")
    ev += ["TRANSP:OPAQUE", "X-MOZ-GENERATION:1"]
    return calendar("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", [ev], method=None, tzids=tzids,
                    calscale=False)


def ats(*, prodid: str, uid: str, summary: str, start: str, end: str, zone: str, organizer: str,
        attendees: list[str], desc: str, location: str = "", method: str = "REQUEST", stamp: str = "20260106T083000Z",
        extra: tuple[str, ...] = (), seq: int = 0, status: str = "CONFIRMED", url: str | None = None) -> str:
    """A scheduler export with UTC times; start/end are local times in `zone`."""
    ev = [f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART:{to_utc(start, zone)}", f"DTEND:{to_utc(end, zone)}",
          f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}"]
    if location:
        ev.append(f"LOCATION:{esc(location)}")
    if url:
        ev.append(f"URL:{url}")
    ev += [organizer, *attendees, f"SEQUENCE:{seq}", f"STATUS:{status}", *extra]
    return calendar(prodid, [ev], method=method)


def user_att(cn: str = "Rahul Menon", email: str = USER, partstat: str = "NEEDS-ACTION") -> str:
    return f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={cn}:mailto:{email}"
