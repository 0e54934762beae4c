"""Per-tool shapes for holdout92: Google Calendar, Outlook/Exchange, Apple, Thunderbird and ATS exports."""

from __future__ import annotations

from holdout92ev_ics import (
    alarm,
    att,
    calendar,
    esc,
    times,
    uid_apple,
    uid_google,
    uid_outlook,
    who,
)

Person = tuple[str, str | None]  # (email, CN)


def _core(uid: str, summary: str, start: str, end: str | None, tz: str | None, desc: str | None,
          loc: str | None, seq: int, status: str | None, stamp: str, lang: str | None = None) -> list[str]:
    lp = f";LANGUAGE={lang}" if lang else ""
    out = [*times(start, end, tz), f"DTSTAMP:{stamp}", f"UID:{uid}"]
    out.append(f"SUMMARY{lp}:{esc(summary)}")
    if desc:
        out.append(f"DESCRIPTION{lp}:{esc(desc)}")
    if loc:
        out.append(f"LOCATION{lp}:{esc(loc)}")
    out.append(f"SEQUENCE:{seq}")
    if status:
        out.append(f"STATUS:{status}")
    return out


def google(seed: str, summary: str, start: str, end: str | None, org: Person | None, atts: list[Person],
           desc: str | None = None, loc: str | None = None, tz: str | None = "Europe/Madrid",
           method: str | None = "REQUEST", seq: int = 0, status: str = "CONFIRMED",
           stamp: str = "20250301T101500Z", extra: tuple[str, ...] = (), head: tuple[str, ...] = (),
           uid: str | None = None) -> tuple[str, str]:
    uid = uid or uid_google(seed)
    ve = []
    if org:
        ve.append(who("ORGANIZER", org[0], org[1] or org[0]))
    ve += _core(uid, summary, start, end, tz, desc, loc, seq, status, stamp)
    ve += [att(e, c, "g", partstat="ACCEPTED" if org and e == org[0] else "NEEDS-ACTION") for e, c in atts]
    ve += [f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}", "TRANSP:OPAQUE", *extra]
    ics = calendar([ve], "-//Google Inc//Google Calendar 70.9054//EN", method, tz, head)
    return ics, uid


def outlook(seed: str, summary: str, start: str, end: str | None, org: Person, atts: list[Person],
            desc: str | None = None, loc: str | None = None, tz: str | None = "Romance Standard Time",
            method: str = "REQUEST", seq: int = 0, status: str = "CONFIRMED", stamp: str = "20250303T081200Z",
            lang: str = "es-ES", sent_by: str | None = None, html: str | None = None, rooms: list[Person] = (),
            extra: tuple[str, ...] = (), optional: list[Person] = (), server: bool = True) -> tuple[str, str]:
    uid = uid_outlook(seed)
    params = f'SENT-BY="mailto:{sent_by}"' if sent_by else ""
    ve = [who("ORGANIZER", org[0], org[1], params)]
    ve += [att(e, c, "o") for e, c in atts]
    ve += [att(e, c, "o", role="OPT-PARTICIPANT") for e, c in optional]
    ve += [att(e, c, "room") for e, c in rooms]
    ve += _core(uid, summary, start, end, tz, desc, loc, seq, status, stamp, lang)
    ve += ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(uid[-8:], 16) % 2000000000}",
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if tz == "date" else "FALSE"),
           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE", *extra]
    if html:
        ve.append(f"X-ALT-DESC;FMTTYPE=text/html:{html}")
    if method != "CANCEL":
        ve += alarm(15, "REMINDER")
    prodid = "Microsoft Exchange Server 2010" if server else "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
    return calendar([ve], prodid, method, tz), uid


def apple(seed: str, summary: str, start: str, end: str | None, desc: str | None = None,
          loc: str | None = None, tz: str | None = "Europe/Madrid", org: Person | None = None,
          atts: list[Person] = (), method: str | None = None, stamp: str = "20250305T194400Z",
          prodid: str = "-//Apple Inc.//iPhone OS 17.4//EN", extra: tuple[str, ...] = ()) -> tuple[str, str]:
    uid = uid_apple(seed)
    ve = []
    if org:
        ve.append(who("ORGANIZER", org[0], org[1], "EMAIL=" + org[0]))
    ve += [att(e, c, "a") for e, c in atts]
    ve += _core(uid, summary, start, end, tz, desc, loc, 0, None, stamp)
    ve += [f"CREATED:{stamp}", "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *extra]
    ve += alarm(30, "Recordatorio", apple=seed)
    return calendar([ve], prodid, method, tz), uid


def thunderbird(seed: str, summary: str, start: str, end: str | None, desc: str | None = None,
                loc: str | None = None, tz: str | None = "Europe/Madrid", org: Person | None = None,
                atts: list[Person] = (), method: str | None = None, stamp: str = "20250307T210100Z",
                cats: str | None = None) -> tuple[str, str]:
    uid = uid_apple(seed).lower()
    ve = [f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}"]
    if org:
        ve.append(who("ORGANIZER", org[0], org[1], "RSVP=TRUE"))
    ve += [att(e, c, "o") for e, c in atts]
    ve += _core(uid, summary, start, end, tz, desc, loc, 0, None, stamp)
    if cats:
        ve.append(f"CATEGORIES:{esc(cats)}")
    ve += ["X-MOZ-GENERATION:2", "TRANSP:OPAQUE"]
    return calendar([ve], "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", method, tz), uid


def ats(uid: str, prodid: str, summary: str, start: str, end: str | None, org: Person | None,
        atts: list[Person], desc: str | None = None, loc: str | None = None, tz: str | None = "Z",
        method: str | None = "REQUEST", seq: int = 0, status: str | None = "CONFIRMED",
        stamp: str = "20250304T120000Z", extra: tuple[str, ...] = (), url: str | None = None,
        style: str = "o", head: tuple[str, ...] = ()) -> tuple[str, str]:
    ve = []
    if org:
        ve.append(who("ORGANIZER", org[0], org[1]))
    ve += [att(e, c, style) for e, c in atts]
    ve += _core(uid, summary, start, end, tz, desc, loc, seq, status, stamp)
    if url:
        ve.append(f"URL:{url}")
    ve += list(extra)
    return calendar([ve], prodid, method, tz, head), uid
