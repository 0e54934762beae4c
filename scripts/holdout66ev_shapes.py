"""holdout66: whole-event shapes of the common calendar clients, for the negatives."""

from __future__ import annotations

from holdout66ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    cal,
    esc,
    g_tail,
    html,
    ms_tail,
    tzparam,
    uuid_like,
    vevent,
)


def outlook(uid, tz, organizer, attendees, summary, body, start, end, stamp, location, *, lang="es-ES",
            extra=(), prodid=OUTLOOK, method="REQUEST", alt=True, busy="TENTATIVE"):
    ev = vevent(
        organizer,
        *attendees,
        f"DESCRIPTION;LANGUAGE={lang}:{esc(body)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;{tzparam(tz)}:{start}",
        f"DTEND;{tzparam(tz)}:{end}",
        *extra,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        *ms_tail(busy=busy),
        *([f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}"] if alt else []),
    )
    return cal(ev, prodid=prodid, method=method, tzs=(tz,))


def google(uid, tz, organizer, attendees, summary, body, start, end, stamp, location="", *, method="REQUEST",
           extra=()):
    pre = f";TZID={tz}" if tz else ""
    ev = vevent(
        f"DTSTART{pre}:{start}",
        f"DTEND{pre}:{end}",
        *extra,
        f"DTSTAMP:{stamp}",
        *([organizer] if organizer else []),
        f"UID:{uid}",
        *attendees,
        *g_tail(stamp),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc(location)}",
        f"SUMMARY:{esc(summary)}",
        "TRANSP:OPAQUE",
    )
    head = ("CALSCALE:GREGORIAN",)
    if method == "PUBLISH":
        head += ("X-WR-CALNAME:Elena Marín", "X-WR-TIMEZONE:Europe/Madrid")
    return cal(ev, prodid=GOOGLE, method=method, tzs=(tz,) if tz else (), version_first=True, head=head)


def apple(seed, summary, start, end, stamp, *, location="", body="", tz="Europe/Madrid", allday=False):
    uid = uuid_like(seed, upper=True)
    if allday:
        times = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    elif tz:
        times = [f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}"]
    else:
        times = [f"DTSTART:{start}", f"DTEND:{end}"]
    ev = vevent(
        f"CREATED:{stamp}",
        f"UID:{uid}",
        times[1],
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        f"SUMMARY:{esc(summary)}",
        f"LAST-MODIFIED:{stamp}",
        f"DTSTAMP:{stamp}",
        times[0],
        *([f"LOCATION:{esc(location)}"] if location else []),
        *([f"DESCRIPTION:{esc(body)}"] if body else []),
        "SEQUENCE:0",
        "BEGIN:VALARM",
        f"UID:{uuid_like(seed + '-alarm', upper=True)}",
        "TRIGGER:-PT30M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Recordatorio",
        "END:VALARM",
    )
    tzs = (tz,) if (tz and not allday) else ()
    return uid, cal(ev, prodid=APPLE, method=None, tzs=tzs, version_first=True, head=("CALSCALE:GREGORIAN",))


def thunderbird(seed, summary, start, end, stamp, *, location="", body="", tz="Europe/Madrid"):
    uid = uuid_like(seed)
    ev = vevent(
        f"CREATED:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        f"DTSTAMP:{stamp}",
        f"UID:{uid}",
        f"SUMMARY:{esc(summary)}",
        f"DTSTART;TZID={tz}:{start}" if tz else f"DTSTART:{start}",
        f"DTEND;TZID={tz}:{end}" if tz else f"DTEND:{end}",
        *([f"DESCRIPTION:{esc(body)}"] if body else []),
        *([f"LOCATION:{esc(location)}"] if location else []),
        "TRANSP:OPAQUE",
        "X-MOZ-GENERATION:1",
    )
    return uid, cal(ev, prodid=THUNDERBIRD, method=None, tzs=(tz,) if tz else (), version_first=True)
