"""Google Calendar and Outlook/Exchange invitation shapes for the holdout58 event corpus."""

from __future__ import annotations

import html
from collections.abc import Sequence

from holdout58ev_ics import T, alarm, cal, esc, tzid


def _dt(name: str, value: str, zone: str | None) -> str:
    if len(value) == 8:
        return f"{name};VALUE=DATE:{value}"
    if zone is None:
        return f"{name}:{value}Z"
    if zone == "":
        return f"{name}:{value}"
    return f"{name};{tzid(zone)}:{value}"


def google(
    uid: str,
    summary: str,
    start: str,
    end: str,
    *,
    organizer: str,
    attendees: Sequence[str] = (),
    description: str = "",
    location: str = "",
    zone: str | None = "Europe/London",
    stamp: str = "20250901T080000Z",
    created: str = "20250901T075800Z",
    seq: int = 0,
    status: str = "CONFIRMED",
    method: str | None = "REQUEST",
    conference: str | None = None,
    alarms: Sequence[int] = (),
    extra: Sequence[str] = (),
    head: Sequence[str] = (),
    zones: Sequence[str] | None = None,
) -> str:
    ev = [_dt("DTSTART", start, zone), _dt("DTEND", end, zone), f"DTSTAMP:{stamp}", organizer, f"UID:{uid}"]
    ev += list(attendees)
    if conference:
        ev.append(f"X-GOOGLE-CONFERENCE:{conference}")
    ev.append(f"CREATED:{created}")
    ev.append(T("DESCRIPTION", description))
    ev.append(f"LAST-MODIFIED:{stamp}")
    ev.append(T("LOCATION", location))
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", T("SUMMARY", summary), "TRANSP:OPAQUE"]
    ev += list(extra)
    for m in alarms:
        ev += alarm(m, "This is an event reminder")
    if zones is None:
        zones = [zone] if zone else []
    return cal("-//Google Inc//Google Calendar 70.9054//EN", [ev], method=method, zones=zones, head=head)


def _alt(description: str, lang: str) -> str:
    paras = "".join(
        f'<P DIR=LTR><SPAN LANG="{lang.lower()}"><FONT FACE="Aptos">{html.escape(p) or "&nbsp;"}</FONT></SPAN></P>\n'
        for p in description.split("\n")
    )
    body = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
        '<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17928.20114">\n<TITLE></TITLE>\n'
        f"</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n{paras}\n</BODY>\n</HTML>"
    )
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(body)


def outlook(
    uid: str,
    summary: str,
    start: str,
    end: str,
    *,
    organizer: str,
    attendees: Sequence[str] = (),
    description: str = "",
    location: str = "",
    zone: str | None = "GMT Standard Time",
    lang: str = "en-GB",
    stamp: str = "20250901T080000Z",
    seq: int = 0,
    status: str = "CONFIRMED",
    method: str | None = "REQUEST",
    busy: str = "TENTATIVE",
    alt: bool = True,
    allday: bool = False,
    alarms: Sequence[int] = (15,),
    extra: Sequence[str] = (),
    prodid: str = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
) -> str:
    ev = [organizer, *attendees]
    ev.append(f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}")
    ev.append(f"UID:{uid}")
    ev.append(f"SUMMARY;LANGUAGE={lang}:{esc(summary)}")
    ev += [_dt("DTSTART", start, zone), _dt("DTEND", end, zone)]
    ev += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}"]
    ev.append(f"SEQUENCE:{seq}")
    if location:
        ev.append(f"LOCATION;LANGUAGE={lang}:{esc(location)}")
    ev += [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]
    if location:
        ev.append(T("X-MICROSOFT-LOCATIONS", f'[{{"DisplayName":"{location}","LocationAnnotation":""}}]'))
    ev += list(extra)
    if alt and description:
        ev.append(_alt(description, lang))
    for m in alarms:
        ev += alarm(m)
    zones = [zone] if zone else []
    return cal(prodid, [ev], method=method, zones=zones, calscale=False)
