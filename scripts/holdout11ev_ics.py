"""Raw iCalendar text for the holdout11 event corpus, in the shapes real producers emit.

Given an Ev spec, render() returns the .ics text; label_row() returns its labels.csv row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

ME_PRIVATE = "rafael.ortega@hotmail.es"
ME_WORK = "rortega@grupo-alvarez.es"
ME_NAME = "Rafael Ortega"

OLSON = {"mad": "Europe/Madrid", "lis": "Europe/Lisbon", "muc": "Europe/Berlin", "par": "Europe/Paris",
         "lon": "Europe/London"}
WINDOWS = {"mad": "Romance Standard Time", "par": "Romance Standard Time", "muc": "W. Europe Standard Time",
           "lis": "GMT Standard Time", "lon": "GMT Standard Time"}
OWA = {"mad": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
       "par": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
       "muc": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
       "lis": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
       "lon": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}


# Senders that are systems or shared mailboxes, never a person who interviews.
ROBOTS = {"no-reply", "noreply", "notifications", "scheduling", "calendar", "invites", "recrutamento", "seleccion",
          "personal", "recruiting", "talent"}
ATS_DOMAINS = {"myworkday.com", "successfactors.eu", "personio.de", "us.greenhouse-mail.io", "eu.greenhouse-mail.io",
               "smartrecruiters.com", "infojobs.net", "hire.lever.co", "goodtime.io"}


@dataclass
class Att:
    """One attendee; coord marks a scheduling coordinator (never an interviewer)."""

    cn: str
    email: str
    cutype: str = "INDIVIDUAL"
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"
    coord: bool = False


@dataclass
class Ev:
    """One holdout11 event: what it says, how it is emitted, and its label."""

    kind: str
    lang: str
    producer: str
    summary: str
    description: str
    organizer: Att
    attendees: list[Att]
    positive: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    trap: str = ""
    extra_iv: list[str] = field(default_factory=list)
    no_iv: list[str] = field(default_factory=list)
    location: str = ""
    city: str = "mad"
    day: int = 0
    start: str = "10:00"
    minutes: int = 45
    tz: str = "olson"  # olson | utc | windows | windows_bare | owa | floating | xwr | allday
    cancelled: bool = False
    rrule: str = ""
    override: str = ""  # new summary of the second instance's override
    sequence: int = 0
    alt_html: bool = False


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    # RFC 5545 folds at 75 octets; never split a UTF-8 sequence.
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return out


def _cn(name: str) -> str:
    if any(c in name for c in ",;:"):
        return f'"{name}"'
    return name


def _base_date(day: int) -> dt.date:
    # Business days from Monday 30 Nov 2026, so no interview lands on a weekend.
    d = dt.date(2026, 11, 30)
    step = 0
    while step < day:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            step += 1
    return d


def _vtimezone(ev: Ev, tzid: str) -> list[str]:
    west = ev.city in ("lis", "lon")
    std, dst = ("+0000", "+0100") if west else ("+0100", "+0200")
    if ev.tz == "olson" or ev.tz == "xwr":
        names = ("GMT", "BST") if ev.city == "lon" else ("WET", "WEST") if west else ("CET", "CEST")
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:DAYLIGHT",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{names[1]}",
                "DTSTART:19700329T0" + ("1" if west else "2") + "0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "END:DAYLIGHT", "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                f"TZNAME:{names[0]}", "DTSTART:19701025T0" + ("2" if west else "3") + "0000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T0" + ("2" if west else "3")
            + "0000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T0" + ("1" if west else "2") + "0000",
            f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


PRODIDS = {
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "owa": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "gexport": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.5//EN",
    "successfactors": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Calendar//EN",
    "infojobs": "-//InfoJobs//Entrevistas InfoJobs//ES",
    "calendly": "-//Calendly//Calendly//EN",
    "teams": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
}


def _times(ev: Ev, tzid: str) -> tuple[list[str], dt.datetime]:
    day = _base_date(ev.day)
    hh, mm = (int(x) for x in ev.start.split(":"))
    local = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo(OLSON[ev.city]))
    end = local + dt.timedelta(minutes=ev.minutes)
    if ev.tz == "allday":
        nd = day + dt.timedelta(days=max(1, ev.minutes // 1440))
        return [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{nd:%Y%m%d}"], local
    if ev.tz == "utc":
        u1, u2 = local.astimezone(dt.UTC), end.astimezone(dt.UTC)
        return [f"DTSTART:{u1:%Y%m%dT%H%M%SZ}", f"DTEND:{u2:%Y%m%dT%H%M%SZ}"], local
    if ev.tz in ("floating", "xwr"):
        return [f"DTSTART:{local:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"], local
    return [f"DTSTART;TZID={tzid}:{local:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"], local


def _person(prop: str, a: Att, style: str) -> str:
    params = []
    if prop == "ATTENDEE":
        if style == "google" or a.cutype != "INDIVIDUAL":
            params.append(f"CUTYPE={a.cutype}")
        params += [f"ROLE={a.role}", f"PARTSTAT={a.partstat}"]
        if a.partstat == "NEEDS-ACTION":
            params.append("RSVP=TRUE")
    params.append(f"CN={_cn(a.cn)}")
    if prop == "ATTENDEE" and style == "google":
        params.append("X-NUM-GUESTS=0")
    return f"{prop};" + ";".join(params) + f":mailto:{a.email}"


def render(ev: Ev, uid: str, stamp_index: int) -> str:
    """Given a spec and its UID, returns the raw .ics text a producer of ev.producer style would emit."""
    style = "google" if ev.producer in ("google", "gexport") else ev.producer
    if ev.tz in ("windows", "windows_bare"):
        tzid = WINDOWS[ev.city]
    elif ev.tz == "owa":
        tzid = OWA[ev.city]
    else:
        tzid = OLSON[ev.city]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS.get(ev.producer, PRODIDS['outlook'])}", "VERSION:2.0",
             "CALSCALE:GREGORIAN"]
    if ev.producer not in ("gexport", "apple", "ios"):
        lines.append("METHOD:" + ("CANCEL" if ev.cancelled else "REQUEST"))
    if ev.producer == "gexport" or ev.tz == "xwr":
        lines += ["X-WR-CALNAME:" + ("Rafael" if ev.producer == "gexport" else "Calendario"),
                  f"X-WR-TIMEZONE:{OLSON[ev.city]}"]
    if ev.tz in ("olson", "windows", "owa"):
        lines += _vtimezone(ev, tzid)
    when, local = _times(ev, tzid)
    stamp = (dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=17 * stamp_index))
    vevent = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", *when]
    if ev.rrule:
        vevent.append(f"RRULE:{ev.rrule}")
    vevent.append(f"SUMMARY:{_esc(ev.summary)}")
    if ev.description:
        vevent.append(f"DESCRIPTION:{_esc(ev.description)}")
    if ev.alt_html and ev.description:
        html = "<html><body><p>" + ev.description.replace("\n", "<br>") + "</p></body></html>"
        vevent.append("X-ALT-DESC;FMTTYPE=text/html:" + _esc(html))
    if ev.location:
        vevent.append(f"LOCATION:{_esc(ev.location)}")
    if ev.producer in ("apple", "ios") and ev.location:
        vevent.append("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE="
                      + _cn(ev.location.split("\n")[0].replace('"', "")) + ":geo:40.4297,-3.6931")
    if ev.organizer.email:
        vevent.append(_person("ORGANIZER", ev.organizer, style))
    vevent += [_person("ATTENDEE", a, style) for a in ev.attendees]
    vevent += [f"SEQUENCE:{ev.sequence + (1 if ev.cancelled else 0)}",
               "STATUS:" + ("CANCELLED" if ev.cancelled else "CONFIRMED"), "TRANSP:OPAQUE"]
    if ev.producer in ("outlook", "owa", "exchange", "teams"):
        vevent += ["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                   "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if ev.producer in ("apple", "ios"):
        vevent += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M",
                   f"UID:{uid}-alarm", "END:VALARM"]
    vevent.append("END:VEVENT")
    lines += vevent
    if ev.override:
        moved = local + dt.timedelta(days=7)
        rid = next(ln for ln in when if ln.startswith("DTSTART")).replace("DTSTART", "RECURRENCE-ID")
        ov = [ln.replace(f"{local:%Y%m%d}", f"{moved:%Y%m%d}") for ln in when]
        ovs = [ln.replace(f"{local:%H%M}", f"{(local + dt.timedelta(hours=1)):%H%M}") for ln in ov]
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                  rid.replace(f"{local:%Y%m%d}", f"{moved:%Y%m%d}"), *ovs, f"SUMMARY:{_esc(ev.override)}"]
        if ev.description:
            lines.append(f"DESCRIPTION:{_esc(ev.description)}")
        if ev.organizer.email:
            lines.append(_person("ORGANIZER", ev.organizer, style))
        lines += [_person("ATTENDEE", a, style) for a in ev.attendees]
        lines += ["SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded += _fold(ln)
    return "\r\n".join(folded) + "\r\n"


def interviewers(ev: Ev) -> list[str]:
    """Given a positive spec, returns its interviewers: attendees and organizer minus the user, rooms,
    resources, coordinators and no-reply senders, plus people named only in the description."""
    if not ev.positive:
        return []
    mine = {ME_PRIVATE, ME_WORK}
    out: list[str] = []
    for a in [ev.organizer, *ev.attendees]:
        e = a.email.lower()
        if not e or e in mine or a.coord or a.cutype in ("ROOM", "RESOURCE") or e in out or e in ev.no_iv:
            continue
        local, _, domain = e.partition("@")
        if local in ROBOTS or domain in ATS_DOMAINS:
            continue
        out.append(e)
    return out + ev.extra_iv


def label_row(ev: Ev, fname: str, uid: str) -> dict[str, str]:
    """Given a spec, its file name and UID, returns its labels.csv row (split holdout11)."""
    return {"file": fname, "uid": uid, "is_interview": "1" if ev.positive else "0",
            "company": ev.company if ev.positive else "", "role": ev.role if ev.positive else "",
            "stage": ev.stage if ev.positive else "", "interviewers": ";".join(interviewers(ev)),
            "split": "holdout11", "trap": ev.trap}
