"""Write the blind holdout4 event corpus: raw iCalendar text, one file per invitation, plus labels.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout4.py --out ../tests/corpus/events
Replaces only the `holdout4` rows of labels.csv (other splits are kept as they are).
Written by a fourth author before reading the classifier or the other generators and before running the
classifier on these events: other companies, people, ATS/scheduler templates and phrasings.
Everything here is invented (CC0).
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass, field
from pathlib import Path

ME_PRIVATE = "jordan.lee@gmail.com"
ME_WORK = "jordan@northwind-labs.com"
SPLIT = "holdout4"
STAMP = "20260220T091500Z"

# --- time zones written the way the senders' calendars write them --------------------------------
VTZ = {
    "America/Los_Angeles": """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/New_York": """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/London": """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Berlin": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Paris": """BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE""",
    "Europe/Madrid": """BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Mexico_City": """BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Argentina/Buenos_Aires": """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Asia/Singapore": """BEGIN:VTIMEZONE
TZID:Asia/Singapore
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:+08
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Asia/Kolkata": """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Australia/Sydney": """BEGIN:VTIMEZONE
TZID:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE""",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": """BEGIN:VTIMEZONE
TZID:(UTC+00:00) Dublin, Edinburgh, Lisbon, London
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
}

ZOOM = ("Join Zoom Meeting\nhttps://us06web.zoom.us/j/84412093371?pwd=Qm9yZ2VzVGhpc0lzRmFrZQ\n\n"
        "Meeting ID: 844 1209 3371\nPasscode: 551902\n\nOne tap mobile\n+16694449171,,84412093371# US\n")
TEAMS = ("________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
         "ZmFrZWZha2VmYWtl%40thread.v2/0>\nMeeting ID: 312 445 889 120\nPasscode: aB3xYz\n"
         "Download Teams | Join on the web\nLearn More | Meeting options\n"
         "________________________________________________________________________________\n")
MEET = ("Join with Google Meet: https://meet.google.com/qrv-hmpt-zka\nOr dial: (US) +1 347-553-0190 "
        "PIN: 402 118 993#\nMore phone numbers: https://tel.meet/qrv-hmpt-zka?pin=4021189937\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n")
WEBEX = ("Join Webex meeting\nhttps://meetings.webex.com/meet/j.php?MTID=m5f2c1d0e9b8a7f6e5d4c3b2a1\n"
         "Meeting number (access code): 2634 118 9052\nMeeting password: Hr7pQ2m\n")


def esc(text: str) -> str:
    """Given a TEXT value, returns it escaped for iCalendar (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    limit = 75
    for ch in line:
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = " "
            limit = 75
        current += ch
    out.append(current)
    return "\r\n".join(out)


def who(name: str | None, email: str, *, cutype: str | None = None, role: str = "REQ-PARTICIPANT",
        partstat: str = "NEEDS-ACTION", rsvp: bool = True) -> str:
    """Given a person, returns the parameters and value of an ATTENDEE line (without the name)."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp and cutype is None:
        params.append("RSVP=TRUE")
    if name is not None:
        params.append(f'CN="{name}"' if any(c in name for c in ",;:") else f"CN={name}")
    return ";" + ";".join(params) + ":mailto:" + email


def org(name: str | None, email: str) -> str:
    cn = "" if name is None else (f';CN="{name}"' if any(c in name for c in ",;:") else f";CN={name}")
    return f"ORGANIZER{cn}:mailto:{email}"


@dataclass
class Ev:
    """One VEVENT and its label."""

    uid: str
    summary: str
    start: str
    end: str
    tz: str = "UTC"  # a VTZ key, a Windows name ("win:"), "utc", "float:<X-WR-TIMEZONE>", "date"
    organizer: tuple[str | None, str] | None = None
    attendees: list[str] = field(default_factory=list)
    description: str = ""
    location: str = ""
    extra: list[str] = field(default_factory=list)
    status: str = "CONFIRMED"
    sequence: int = 0
    # label
    interview: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    people: list[str] = field(default_factory=list)
    trap: str = ""


def when(prop: str, value: str, tz: str) -> str:
    if tz == "date":
        return f"{prop};VALUE=DATE:{value}"
    if tz == "utc":
        return f"{prop}:{value}Z"
    if tz.startswith("float:") or tz == "float":
        return f"{prop}:{value}"
    name = tz[4:] if tz.startswith("win:") else tz
    quoted = f'"{name}"' if any(c in name for c in ",;:") else name
    return f"{prop};TZID={quoted}:{value}"


def vevent(ev: Ev) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{ev.uid}", f"DTSTAMP:{STAMP}", when("DTSTART", ev.start, ev.tz),
             when("DTEND", ev.end, ev.tz), f"SUMMARY:{esc(ev.summary)}"]
    if ev.organizer:
        lines.append(org(*ev.organizer))
    lines.extend("ATTENDEE" + a for a in ev.attendees)
    if ev.description:
        lines.append(f"DESCRIPTION:{esc(ev.description)}")
    if ev.location:
        lines.append(f"LOCATION:{esc(ev.location)}")
    lines.append(f"SEQUENCE:{ev.sequence}")
    lines.append(f"STATUS:{ev.status}")
    lines.extend(ev.extra)
    lines.append("END:VEVENT")
    return lines


def calendar(events: list[Ev], prodid: str, method: str = "REQUEST") -> str:
    zones: list[str] = []
    xwr = None
    for ev in events:
        if ev.tz in VTZ and ev.tz not in zones:
            zones.append(ev.tz)
        if ev.tz.startswith("float:"):
            xwr = ev.tz[6:]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    for zone in zones:
        lines.extend(VTZ[zone].splitlines())
    for ev in events:
        lines.extend(vevent(ev))
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
ZOOMP = "-//zoom.us//iCalendar Event//EN"
ICLOUD = "-//Apple Inc.//macOS 14.4//EN"

FILES: list[tuple[str, str, str, list[Ev]]] = []  # (slug, prodid, method, events)


def add(slug: str, prodid: str, *events: Ev, method: str = "REQUEST") -> None:
    FILES.append((slug, prodid, method, list(events)))


ME_G = who("Jordan Lee", ME_PRIVATE)
ME_W = who("Jordan Lee", ME_WORK)
ME_W_OK = who("Jordan Lee", ME_WORK, partstat="ACCEPTED", rsvp=False)


# ================================= real interviews: English ======================================
add("greenhouse-technical", GOOGLE, Ev(
    uid="5h2k9c0q8v3n1m7x4b6z@google.com",
    summary="Fernhill Robotics - Technical Interview - Jordan Lee",
    start="20260305T100000", end="20260305T113000", tz="America/Los_Angeles",
    organizer=("Maya Okonkwo", "maya.okonkwo@fernhillrobotics.com"),
    attendees=[ME_G, who("Raj Patel", "raj.patel@fernhillrobotics.com", partstat="ACCEPTED"),
               who("Linnea Berg", "linnea.berg@fernhillrobotics.com", partstat="ACCEPTED")],
    description=("Hi Jordan,\n\nYour interview for the Senior Perception Engineer position at Fernhill Robotics is "
                 "confirmed. Here is your schedule (Pacific Time):\n\n10:00 - 10:45  Coding exercise with Raj "
                 "Patel, Staff Software Engineer\n10:45 - 11:30  Perception deep-dive with Linnea Berg, "
                 "Engineering Manager\n\n" + ZOOM + "\nIf anything comes up, just reply to this email.\n\n"
                 "Maya Okonkwo\nRecruiting Coordinator | Fernhill Robotics\n\nScheduled with Greenhouse"),
    location="Zoom",
    interview=True, company="Fernhill Robotics", role="Senior Perception Engineer", stage="technical",
    people=["raj.patel@fernhillrobotics.com", "linnea.berg@fernhillrobotics.com"]))

add("lever-recruiter-call", GOOGLE, Ev(
    uid="lever-9b1f4e2a-77d3-4c0e-a6b5-03e8f2d1c9aa",
    summary="Jordan Lee <> Brinefield Bio | Recruiter Call",
    start="20260303T140000", end="20260303T143000", tz="America/New_York",
    organizer=("Nadia Flores", "nadia@brinefield.bio"),
    attendees=[who("Nadia Flores", "nadia@brinefield.bio", partstat="ACCEPTED"), ME_G],
    description=("Thanks for your interest in the Computational Biologist role! This first conversation is a "
                 "30-minute call with Nadia from our talent team to get to know you and share more about "
                 "Brinefield.\n\nNadia will call you on the number you shared in your application.\n\n"
                 "--\nThis event was scheduled with Lever."),
    location="Phone call",
    interview=True, company="Brinefield Bio", role="Computational Biologist", stage="recruiter_screen",
    people=["nadia@brinefield.bio"]))

add("ashby-system-design", GOOGLE, Ev(
    uid="ashby-evt-2d7c41f0-5e9b-4a83-b0c1-7f3e6a2d9b14",
    summary="Quillfeather Interview: System Design (Jordan Lee)",
    start="20260310T170000", end="20260310T180000", tz="utc",
    organizer=("Quillfeather Recruiting", "recruiting@quillfeather.ai"),
    attendees=[ME_G, who("Oskar Lindahl", "oskar@quillfeather.ai")],
    description=("Role: Backend Engineer, Infrastructure\nInterviewer: Oskar Lindahl, Principal Engineer\n"
                 "Format: 60 minute system design conversation. We'll use Excalidraw - no prep needed.\n\n"
                 + MEET + "\nSent via Ashby"),
    interview=True, company="Quillfeather", role="Backend Engineer, Infrastructure", stage="technical",
    people=["oskar@quillfeather.ai"]))

add("workday-panel", OUTLOOK, Ev(
    uid="WD-REQ-R-04417-INT-88213@myworkday.com",
    summary="Interview: Senior Treasury Analyst (R-04417)",
    start="20260312T093000", end="20260312T110000", tz="win:Eastern Standard Time",
    organizer=("Orion Mutual Talent Acquisition", "orionmutual@myworkday.com"),
    attendees=[ME_G],
    description=("Dear Jordan,\n\nThank you for applying. You are invited to interview for the position Senior "
                 "Treasury Analyst (Job Requisition R-04417) at Orion Mutual Insurance.\n\nInterview type: "
                 "Panel (in person)\nPanel members: Greta Hoffman (VP, Treasury); Daniel Osei (Treasury "
                 "Manager)\nAddress: 200 Harbor Street, 14th floor, Boston, MA 02210. Please check in with "
                 "reception 10 minutes early and bring a photo ID.\n\nKind regards,\nTalent Acquisition, "
                 "Orion Mutual Insurance"),
    location="200 Harbor Street, 14th floor, Boston",
    interview=True, company="Orion Mutual Insurance", role="Senior Treasury Analyst", stage="onsite",
    people=["greta hoffman", "daniel osei"]))

add("goodtime-onsite-rooms", GOOGLE, Ev(
    uid="gt-7731-20260317-harbourlight@goodtime.io",
    summary="Onsite Interview – Jordan Lee – Senior Product Designer",
    start="20260317T093000", end="20260317T140000", tz="Europe/London",
    organizer=("Ellie Marsh", "ellie.marsh@harbourlight.co.uk"),
    attendees=[ME_G,
               who("Ellie Marsh (Talent Coordinator)", "ellie.marsh@harbourlight.co.uk", partstat="ACCEPTED"),
               who("Tom Byrne", "tom.byrne@harbourlight.co.uk"),
               who("Aisha Karim", "aisha.karim@harbourlight.co.uk"),
               who("Felix Wong", "felix.wong@harbourlight.co.uk"),
               who("LDN-4-Thames (8)", "room-thames@harbourlight.co.uk", cutype="ROOM", role="NON-PARTICIPANT"),
               who("LDN-4-Severn (4) [VC]", "room-severn@harbourlight.co.uk", cutype="RESOURCE",
                   role="NON-PARTICIPANT")],
    description=("Hi Jordan, we're excited to host you at Harbourlight Studios!\n\nAgenda\n09:30 Welcome & "
                 "office tour (Ellie)\n10:00 Portfolio walkthrough - Tom Byrne, Design Director\n11:00 "
                 "Collaboration exercise - Aisha Karim, Lead Product Designer\n12:00 Lunch\n13:00 Product "
                 "thinking - Felix Wong, Group Product Manager\n\nAddress: 31 Wharf Road, London N1 7GR. Ask "
                 "for Ellie at reception.\n\nPowered by GoodTime"),
    location="Harbourlight Studios, 31 Wharf Road, London",
    interview=True, company="Harbourlight Studios", role="Senior Product Designer", stage="onsite",
    people=["tom.byrne@harbourlight.co.uk", "aisha.karim@harbourlight.co.uk", "felix.wong@harbourlight.co.uk"]))

add("modernloop-final", GOOGLE, Ev(
    uid="ml-evt-0c93be2f71a4@hollowbrookhealth.com",
    summary="Final Round: Jordan Lee x Hollowbrook Health",
    start="20260319T150000", end="20260319T154500", tz="America/Chicago",
    organizer=("Hollowbrook Recruiting", "scheduling@hollowbrookhealth.com"),
    attendees=[ME_G, who("Meera Iyer", "meera.iyer@hollowbrookhealth.com")],
    description=("Hi Jordan - congratulations on reaching the final round for Director of Data Engineering!\n\n"
                 "You'll meet Meera Iyer, CTO, for a 45-minute conversation about leadership and strategy.\n\n"
                 + ZOOM + "\nScheduled via ModernLoop"),
    interview=True, company="Hollowbrook Health", role="Director of Data Engineering", stage="final",
    people=["meera.iyer@hollowbrookhealth.com"]))
VTZ["America/Chicago"] = """BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

add("calendly-intro", GOOGLE, Ev(
    uid="calendly-GQ4TZ8XMB2LKHW7N",
    summary="Intro Call with Larchmont Freight between Ava Thompson and Jordan Lee",
    start="20260304T160000", end="20260304T163000", tz="utc",
    organizer=("Ava Thompson", "ava.thompson@larchmontfreight.com"),
    attendees=[who("Ava Thompson", "ava.thompson@larchmontfreight.com", partstat="ACCEPTED"), ME_G],
    description=("Event Name: Intro Call with Larchmont Freight\n\nLocation: This is a Zoom web conference.\n"
                 + ZOOM + "\nPlease share anything that will help prepare for our meeting.: Applying for the "
                 "Platform Engineer opening (Denver or remote)\n\nNeed to make changes to this event?\n"
                 "Cancel: https://calendly.com/cancellations/0b1e2f3a\nReschedule: "
                 "https://calendly.com/reschedulings/0b1e2f3a\n\nPowered by Calendly.com"),
    interview=True, company="Larchmont Freight", role="Platform Engineer", stage="recruiter_screen",
    people=["ava.thompson@larchmontfreight.com"]))

add("direct-hm-google", GOOGLE, Ev(
    uid="1r8d0s4m2w6e9t3y5u7i@google.com",
    summary="Jordan / Priya – Platform Lead role",
    start="20260309T113000", end="20260309T121500", tz="America/Los_Angeles",
    organizer=("Priya Shah", "priya.shah@brackenridge-energy.com"),
    attendees=[who("Priya Shah", "priya.shah@brackenridge-energy.com", partstat="ACCEPTED"), ME_G],
    description=("Hi Jordan, looking forward to talking about the Platform Lead role on my team - I run "
                 "infrastructure at Brackenridge. Bring questions!\n-Priya\n\n" + MEET),
    interview=True, company="Brackenridge Energy", role="Platform Lead", stage="hiring_manager",
    people=["priya.shah@brackenridge-energy.com"]))

add("founder-gmail", GOOGLE, Ev(
    uid="0p9o8i7u6y5t4r3e2w1q@google.com",
    summary="Lumenforge – founding engineer interview",
    start="20260306T180000", end="20260306T184500", tz="utc",
    organizer=("Theo Marchetti", "theo.lumenforge@gmail.com"),
    attendees=[who("Theo Marchetti", "theo.lumenforge@gmail.com", partstat="ACCEPTED"), ME_G],
    description=("Hey Jordan - Theo here, co-founder of Lumenforge. Let's do a first 45 minutes on your "
                 "background and what we're building. Nothing to prepare.\n\n" + MEET),
    interview=True, company="Lumenforge", role="Founding Engineer", stage="",
    people=["theo.lumenforge@gmail.com"]))

add("agency-client-named", EXCHANGE, Ev(
    uid="040000008200E00074C5B7101A82E00800000000D07A3C9E61A8DC010000000000000000100000004F2E",
    summary="Interview: Jordan Lee – Brightwater Logistics (Operations Analyst)",
    start="20260311T100000", end="20260311T110000", tz="win:GMT Standard Time",
    organizer=("Sophie Grant", "sophie.grant@talentbridgepartners.com"),
    attendees=[ME_G, who("Mark Ellison", "mark.ellison@brightwaterlogistics.com")],
    description=("Hi Jordan,\n\nAs discussed, I've arranged your first interview with my client Brightwater "
                 "Logistics for the Operations Analyst role. You'll meet Mark Ellison, Head of Operations. "
                 "Please call me afterwards for a quick debrief.\n\nGood luck!\nSophie Grant\nSenior "
                 "Consultant | Talentbridge Partners\n\n" + TEAMS),
    location="Microsoft Teams Meeting",
    interview=True, company="Brightwater Logistics", role="Operations Analyst", stage="hiring_manager",
    people=["mark.ellison@brightwaterlogistics.com"]))

add("agency-confidential", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E008000000005C1B7E2F61A8DC01000000000000000010000000A811",
    summary="Screening call – Senior Java Developer (confidential client)",
    start="20260302T083000", end="20260302T090000", tz="win:W. Europe Standard Time",
    organizer=("Daniel Reyes", "daniel.reyes@kinsleysearch.com"),
    attendees=[ME_G],
    description=("Hi Jordan,\n\nthanks for sending your CV. As mentioned, my client is a payments scale-up in "
                 "Amsterdam and prefers to stay confidential at this stage. I'd like a 30 minute screening "
                 "call to go through your experience before I present you.\n\nI'll call you on +31 6 1234 "
                 "5678.\n\nBest,\nDaniel Reyes\nPrincipal Consultant, Kinsley Search"),
    location="Phone",
    # label corrected after the blind run: the consultant who calls is the one screening
    interview=True, company="Kinsley Search", role="Senior Java Developer", stage="recruiter_screen",
    people=["daniel.reyes@kinsleysearch.com"]))

add("phone-screen-floating", GOOGLE, Ev(
    uid="gristmill-ps-20260305-jlee@gristmill.dev",
    summary="Phone Screen - Jordan Lee",
    start="20260305T130000", end="20260305T133000", tz="float:America/Chicago",
    organizer=("Carla Mendes", "carla@gristmill.dev"),
    attendees=[who("Carla Mendes", "carla@gristmill.dev", partstat="ACCEPTED"), ME_G],
    description=("Role: QA Automation Engineer\nCarla from Gristmill's talent team will call you at the "
                 "number on your application. Expect ~30 minutes on your background and what you're looking "
                 "for."),
    location="+1 (512) 555-0142 (we'll call you)",
    interview=True, company="Gristmill", role="QA Automation Engineer", stage="recruiter_screen",
    people=["carla@gristmill.dev"]))

add("outlook-panel-teams", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000E1F0A2B361A8DC01000000000000000010000000C3D2",
    summary="Panel Interview – Credit Risk Modeller – J. Lee",
    start="20260316T140000", end="20260316T150000",
    tz="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    organizer=("Recruitment Team", "recruitment@redwickbank.com"),
    attendees=[ME_G, who("Hughes, Simon", "simon.hughes@redwickbank.com"),
               who("Adeyemi, Funmi", "funmi.adeyemi@redwickbank.com"),
               who("Patel, Anjali", "anjali.patel@redwickbank.com")],
    description=("Dear Jordan,\n\nPlease find below the details of your panel interview for the Credit Risk "
                 "Modeller vacancy at Redwick Bank. The panel will be Simon Hughes (Head of Credit Risk "
                 "Analytics), Funmi Adeyemi (Senior Modeller) and Anjali Patel (HR Business Partner). You "
                 "will be asked to present the case study sent to you last week (10 minutes).\n\nKind "
                 "regards,\nRedwick Bank Recruitment\n\n" + TEAMS),
    location="Microsoft Teams Meeting",
    interview=True, company="Redwick Bank", role="Credit Risk Modeller", stage="onsite",
    people=["simon.hughes@redwickbank.com", "funmi.adeyemi@redwickbank.com", "anjali.patel@redwickbank.com"]))

add("karat-technical", GOOGLE, Ev(
    uid="karat-int-6617204-larkspur@karat.io",
    summary="Karat Interview: Larkspur Systems – Software Engineer II",
    start="20260313T200000", end="20260313T210000", tz="utc",
    organizer=("Karat Scheduling", "scheduling@karat.io"),
    attendees=[ME_G],
    description=("Hi Jordan,\n\nLarkspur Systems has partnered with Karat to conduct the technical interview "
                 "for the Software Engineer II role. Your Interview Engineer will join at the scheduled "
                 "time.\n\nJoin: https://app.karat.io/interview/6617204\nPlease use a laptop with a stable "
                 "connection; the interview includes a coding exercise in the language of your choice.\n\n"
                 "Need to reschedule? https://app.karat.io/reschedule/6617204"),
    interview=True, company="Larkspur Systems", role="Software Engineer II", stage="technical", people=[]))

add("coderpad-live-coding", GOOGLE, Ev(
    uid="7f3k1m9p2q8r4s6t0v5w@google.com",
    summary="Live coding – Thistle Payments",
    start="20260318T110000", end="20260318T120000", tz="Europe/London",
    organizer=("Gabriel Moreau", "gabriel@thistlepay.com"),
    attendees=[who("Gabriel Moreau", "gabriel@thistlepay.com", partstat="ACCEPTED"), ME_G],
    description=("Hi Jordan, this is the technical round for the Senior Backend Engineer (Payments) role. "
                 "We'll pair on a small problem in CoderPad: https://app.coderpad.io/9KXR2MTQ\n\n" + MEET),
    interview=True, company="Thistle Payments", role="Senior Backend Engineer (Payments)", stage="technical",
    people=["gabriel@thistlepay.com"]))

add("greenhouse-noreply-hm", GOOGLE, Ev(
    uid="gh-int-44021577-copperline@us.greenhouse-mail.io",
    summary="Interview with Copperline: Hiring Manager (Jordan Lee)",
    start="20260320T163000", end="20260320T171500", tz="America/New_York",
    organizer=("Copperline Recruiting", "no-reply@us.greenhouse-mail.io"),
    attendees=[ME_G, who("Ruth Ambrose", "ruth.ambrose@copperline.tv")],
    description=("Copperline Media\nRole: Video Platform Engineer\nInterviewer: Ruth Ambrose, Director of "
                 "Engineering\n\n" + MEET),
    interview=True, company="Copperline Media", role="Video Platform Engineer", stage="hiring_manager",
    people=["ruth.ambrose@copperline.tv"]))

_FERRO = dict(organizer=("Ferrovia Labs Talent", "talent@ferrovialabs.com"), tz="Europe/Berlin",
              location="Ferrovia Labs, Schlesische Str. 26, Berlin – 3rd floor")
add("lever-onsite-three-sessions", GOOGLE,
    Ev(uid="lever-onsite-ferrovia-1-3f0a", summary="Onsite 1/3: Coding – Ferrovia Labs",
       start="20260324T093000", end="20260324T103000",
       attendees=[ME_G, who("Ines Albrecht", "ines.albrecht@ferrovialabs.com")],
       description=("Onsite for the Staff Backend Engineer position. Session 1 of 3: coding with Ines "
                    "Albrecht (Senior Engineer).\n\nScheduled with Lever"),
       interview=True, company="Ferrovia Labs", role="Staff Backend Engineer", stage="onsite",
       people=["ines.albrecht@ferrovialabs.com"], **_FERRO),  # type: ignore[arg-type]
    Ev(uid="lever-onsite-ferrovia-2-3f0a", summary="Onsite 2/3: Architecture – Ferrovia Labs",
       start="20260324T104500", end="20260324T114500",
       attendees=[ME_G, who("Kwame Asante", "kwame.asante@ferrovialabs.com"),
                  who("Hanna Voss", "hanna.voss@ferrovialabs.com")],
       description=("Onsite for the Staff Backend Engineer position. Session 2 of 3: architecture discussion "
                    "with Kwame Asante (Principal Engineer) and Hanna Voss (Staff Engineer).\n\n"
                    "Scheduled with Lever"),
       interview=True, company="Ferrovia Labs", role="Staff Backend Engineer", stage="onsite",
       people=["kwame.asante@ferrovialabs.com", "hanna.voss@ferrovialabs.com"], **_FERRO),  # type: ignore[arg-type]
    Ev(uid="lever-onsite-ferrovia-3-3f0a", summary="Onsite 3/3: Values & team fit – Ferrovia Labs",
       start="20260324T130000", end="20260324T134500",
       attendees=[ME_G, who("Jonas Richter", "jonas.richter@ferrovialabs.com")],
       description=("Onsite for the Staff Backend Engineer position. Session 3 of 3 with Jonas Richter, "
                    "VP Engineering and your future manager.\n\nScheduled with Lever"),
       interview=True, company="Ferrovia Labs", role="Staff Backend Engineer", stage="onsite",
       people=["jonas.richter@ferrovialabs.com"], **_FERRO))  # type: ignore[arg-type]

add("rescheduled-technical", GOOGLE, Ev(
    uid="ironbark-tech-2026-0311@ironbarkanalytics.com",
    summary="Technical interview (moved to Thursday) – Ironbark Analytics",
    start="20260312T150000", end="20260312T160000", tz="Australia/Sydney", sequence=2,
    organizer=("Chloe Nguyen", "chloe.nguyen@ironbarkanalytics.com"),
    attendees=[ME_G, who("Chloe Nguyen", "chloe.nguyen@ironbarkanalytics.com", partstat="ACCEPTED"),
               who("Sam Whitfield", "sam.whitfield@ironbarkanalytics.com")],
    description=("Hi Jordan, as agreed we've moved your technical interview for the Analytics Engineer role "
                 "to Thursday. Same people: Chloe Nguyen (Analytics Lead) and Sam Whitfield (Senior Analytics "
                 "Engineer). SQL and dbt questions, no take-home.\n\n" + ZOOM),
    interview=True, company="Ironbark Analytics", role="Analytics Engineer", stage="technical",
    people=["chloe.nguyen@ironbarkanalytics.com", "sam.whitfield@ironbarkanalytics.com"], trap="rescheduled"))

add("cancelled-interview", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000A9C4D1E261A8DC01000000000000000010000000B7A9",
    summary="Canceled: Interview with Moorgate Health – Data Analyst",
    start="20260310T100000", end="20260310T104500", tz="win:GMT Standard Time", sequence=1,
    status="CANCELLED",
    organizer=("Oliver Bates", "oliver.bates@moorgatehealth.co.uk"),
    attendees=[ME_G],
    description=("Apologies Jordan - the hiring manager is unwell, we'll send a new time for your interview "
                 "for the Data Analyst role shortly.\n\nOliver Bates, Talent Partner, Moorgate Health"),
    interview=True, company="Moorgate Health", role="Data Analyst", stage="", people=[], trap="cancelled"),
    method="CANCEL")

add("self-made-allday-onsite", GOOGLE, Ev(
    uid="3q9w8e7r6t5y4u3i2o1p@google.com",
    summary="Quarrystone onsite interview (all day) – bring passport",
    start="20260326", end="20260327", tz="date",
    organizer=("Jordan Lee", ME_PRIVATE),
    description="Final loop, 4 sessions. Reception at 8:45. Quarrystone office, 88 Mill Lane, Leeds.",
    location="Quarrystone, 88 Mill Lane, Leeds",
    interview=True, company="Quarrystone", role="", stage="onsite", people=[], trap="all-day"),
    method="")

add("self-made-timed", ICLOUD, Ev(
    uid="C1A6E0F4-7B3D-4E2A-9F18-2D5C8B7A6E31",
    summary="Interview @ Saffron Labs (2nd round)",
    start="20260323T140000", end="20260323T150000", tz="Europe/Berlin",
    description="Ask for Dilara. Data Scientist role. Talk about the churn model project.",
    location="Saffron Labs, Torstraße 140, 10119 Berlin",
    interview=True, company="Saffron Labs", role="Data Scientist", stage="", people=[],
    trap="self-made"),
    method="")

add("smartrecruiters-invite", GOOGLE, Ev(
    uid="sr-int-99120457@smartrecruiters.com",
    summary="Interview Invitation: Marketing Analyst at Tidepool Retail",
    start="20260306T150000", end="20260306T154500", tz="utc",
    organizer=("Tidepool Retail", "noreply@smartrecruiters.com"),
    attendees=[ME_G, who("Ken Adachi", "ken.adachi@tidepoolretail.com")],
    description=("Hello Jordan,\n\nYour interview for Marketing Analyst at Tidepool Retail has been scheduled.\n"
                 "Host: Ken Adachi (Marketing Analytics Manager)\nDuration: 45 minutes\nVideo link: "
                 "https://meet.google.com/xbd-ofaq-mku\n\nTo view or change your interview, sign in to your "
                 "candidate portal.\n\nSmartRecruiters, on behalf of Tidepool Retail"),
    interview=True, company="Tidepool Retail", role="Marketing Analyst", stage="hiring_manager",
    people=["ken.adachi@tidepoolretail.com"]))

add("workable-video", GOOGLE, Ev(
    uid="wk-ev-3Hk9pQ2xL7@workablemail.com",
    summary="Video interview with Harrow & Finch for the Customer Success Manager role",
    start="20260311T130000", end="20260311T133000", tz="Europe/London",
    organizer=("Harrow & Finch (via Workable)", "harrowandfinch@workablemail.com"),
    attendees=[ME_G, who("Rosie Clarke", "rosie.clarke@harrowandfinch.com")],
    description=("Hi Jordan,\n\nThanks for applying to Harrow & Finch. Rosie Clarke (People & Talent) will "
                 "meet you for a 30 minute video call to talk through the role and your experience.\n\n"
                 "Join: https://meet.google.com/pdc-uwxe-gnn\n\nThis invitation was sent with Workable."),
    interview=True, company="Harrow & Finch", role="Customer Success Manager", stage="recruiter_screen",
    people=["rosie.clarke@harrowandfinch.com"]))

add("icims-confirmation", OUTLOOK, Ev(
    uid="icims-INT-2026-1187-552901",
    summary="Interview Confirmation – Req 2026-1187 Clinical Data Manager",
    start="20260317T100000", end="20260317T113000", tz="America/New_York",
    organizer=("Stellaris Pharma Careers", "stellarispharma@talent.icims.com"),
    attendees=[ME_G],
    description=("Dear Jordan Lee,\n\nThis confirms your interview with Stellaris Pharma for requisition "
                 "2026-1187, Clinical Data Manager.\n\nYou will meet with:\n- Dr. Renata Alves, Director, "
                 "Clinical Data Management\n- Kevin Morris, Associate Director, Biostatistics\n\nLocation: "
                 "Webex (link below)\n\n" + WEBEX + "\nStellaris Pharma is an equal opportunity employer."),
    interview=True, company="Stellaris Pharma", role="Clinical Data Manager", stage="",
    people=["renata alves", "kevin morris"]))

add("successfactors-network", EXCHANGE, Ev(
    uid="SF-INTV-55120-000381@successfactors.com",
    summary="Interview – Job 55120 – Network Engineer III",
    start="20260319T090000", end="20260319T100000", tz="win:Eastern Standard Time",
    organizer=("Granite State Utilities Recruiting", "careers@granitestateutilities.com"),
    attendees=[ME_G, who("Bill Carver", "bill.carver@granitestateutilities.com"),
               who("Conf Rm 2B - Concord", "conf2b@granitestateutilities.com", cutype="ROOM",
                   role="NON-PARTICIPANT")],
    description=("Granite State Utilities - Candidate Interview Schedule\nPosition: Network Engineer III "
                 "(Job 55120)\nInterviewer: Bill Carver, Manager Network Operations\nPlease arrive 15 minutes "
                 "early and sign in at the security desk, 15 Depot Road, Concord NH."),
    location="Conf Rm 2B - Concord",
    interview=True, company="Granite State Utilities", role="Network Engineer III", stage="hiring_manager",
    people=["bill.carver@granitestateutilities.com"]))

add("paradox-hourly", GOOGLE, Ev(
    uid="paradox-olivia-77a2c9e1",
    summary="Your interview with Cobblestone Coffee is confirmed",
    start="20260307T100000", end="20260307T102000", tz="America/Los_Angeles",
    organizer=("Olivia at Cobblestone Coffee", "olivia@paradox.ai"),
    attendees=[ME_G],
    description=("Hi Jordan! This is Olivia, Cobblestone Coffee's virtual assistant. Your in-person interview "
                 "for Shift Supervisor is confirmed. You'll meet with our store manager at 512 Alder St, "
                 "Portland. Reply R to reschedule."),
    location="Cobblestone Coffee, 512 Alder St, Portland",
    interview=True, company="Cobblestone Coffee", role="Shift Supervisor", stage="", people=[]))

add("bamboohr-office", GOOGLE, Ev(
    uid="bhr-interview-3361-juniperandvale",
    summary="Interview: Office Manager — Juniper & Vale Architects",
    start="20260313T110000", end="20260313T114500", tz="float:America/Chicago",
    organizer=("Juniper & Vale Architects", "notifications@bamboohr.com"),
    attendees=[ME_G, who("Grace Holloway", "grace@junipervale.com")],
    description=("You have an interview scheduled with Juniper & Vale Architects for the Office Manager "
                 "position.\nInterviewer: Grace Holloway (Studio Director)\nWhere: 70 Congress Ave, Suite 400, "
                 "Austin TX"),
    location="70 Congress Ave, Suite 400, Austin TX",
    interview=True, company="Juniper & Vale Architects", role="Office Manager", stage="",
    people=["grace@junipervale.com"]))

add("calcom-tech-screen", GOOGLE, Ev(
    uid="4dKq7Tz2mBn8VxW1cRy5@cal.com",
    summary="Technical screen with Meadowlark (Jordan Lee)",
    start="20260309T170000", end="20260309T174500", tz="utc",
    organizer=("Omar Haddad", "omar@meadowlark.dev"),
    attendees=[who("Omar Haddad", "omar@meadowlark.dev", partstat="ACCEPTED"), ME_G],
    description=("What: Technical screen with Meadowlark\nInvitee Time Zone: Europe/Berlin\nWho:\nOmar Haddad "
                 "- Organizer\nomar@meadowlark.dev\nJordan Lee\njordan.lee@gmail.com\nWhere: Cal Video\n"
                 "Additional notes: ML Engineer application\n\nNeed to reschedule or cancel? "
                 "https://cal.com/booking/4dKq7Tz2mBn8VxW1cRy5"),
    location="Cal Video",
    interview=True, company="Meadowlark", role="ML Engineer", stage="technical",
    people=["omar@meadowlark.dev"]))

add("bookings-candidate-interview", EXCHANGE, Ev(
    uid="040000008200E00074C5B7101A82E00800000000F4B2C6D161A8DC01000000000000000010000000E5C1",
    summary="Candidate interview – GIS Analyst",
    start="20260318T140000", end="20260318T150000", tz="win:GMT Standard Time",
    organizer=("Harlow City Council Recruitment", "recruitment@harlowcity.gov.uk"),
    attendees=[ME_G],
    description=("Booking confirmed with Harlow City Council.\n\nService: Candidate interview – GIS Analyst "
                 "(ref HC-2231)\nPanel: Joanne Fisher (GIS Manager), Raj Sandhu (Senior Analyst)\nPlease bring "
                 "proof of your right to work in the UK.\n\nMicrosoft Bookings"),
    location="Civic Centre, Room 3.12, Harlow",
    interview=True, company="Harlow City Council", role="GIS Analyst", stage="onsite",
    people=["joanne fisher", "raj sandhu"]))

add("hirevue-live", GOOGLE, Ev(
    uid="hv-live-b3f1c2a9-beaconridge",
    summary="HireVue Live Interview: Jordan Lee – Associate, Strategy – Beacon Ridge Partners",
    start="20260312T140000", end="20260312T150000", tz="America/New_York",
    organizer=("Beacon Ridge Partners Campus Team", "no-reply@hirevue.com"),
    attendees=[ME_G, who("Natalie Brooks", "natalie.brooks@beaconridgepartners.com")],
    description=("Your live interview with Beacon Ridge Partners is scheduled.\nPosition: Associate, "
                 "Strategy\nInterviewer: Natalie Brooks, Engagement Manager\nFormat: case interview (45 "
                 "minutes) + questions\nJoin from a laptop: https://app.hirevue.com/live/b3f1c2a9"),
    interview=True, company="Beacon Ridge Partners", role="Associate, Strategy", stage="",
    people=["natalie.brooks@beaconridgepartners.com"]))

add("outlook-hm-catchup", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E0080000000037D8E9F061A8DC0100000000000000001000000012AB",
    summary="Catch up re: Senior Product Manager opening",
    start="20260305T153000", end="20260305T161500", tz="win:GMT Standard Time",
    organizer=("Hannah Doyle", "hannah.doyle@osterleyretail.com"),
    attendees=[ME_G],
    description=("Hi Jordan,\n\nThanks for your time with our recruiter last week. As the next step in the "
                 "process for the Senior Product Manager opening, I'd like to meet you myself - I'm the Head of "
                 "Product at Osterley.\n\nHannah\n\n" + TEAMS),
    # label corrected after the blind run: Hannah, who sends it, is the one meeting the user
    interview=True, company="Osterley Retail", role="Senior Product Manager", stage="hiring_manager",
    people=["hannah.doyle@osterleyretail.com"]))

add("assessment-day-allday", OUTLOOK, Ev(
    uid="cairnwood-assessment-20260325-jlee",
    summary="Assessment Day – Graduate Analyst Programme – Cairnwood Capital",
    start="20260325", end="20260326", tz="date",
    organizer=("Cairnwood Graduate Recruitment", "graduates@cairnwoodcapital.com"),
    attendees=[ME_G],
    description=("Congratulations on being selected for the Cairnwood Capital assessment day for the "
                 "Graduate Analyst Programme. The day includes a group exercise, a written case and two "
                 "interviews with senior staff. Arrive 08:30 at 1 Moorfields, London EC2."),
    location="1 Moorfields, London EC2",
    interview=True, company="Cairnwood Capital", role="Graduate Analyst Programme", stage="onsite", people=[],
    trap="all-day"))

add("takehome-presentation", GOOGLE, Ev(
    uid="8n2b4v6c1x3z5l7k9j0h@google.com",
    summary="Take-home review with the Wrenfield team – Jordan Lee",
    start="20260320T100000", end="20260320T110000", tz="America/Los_Angeles",
    organizer=("Zoe Kaplan", "zoe.kaplan@wrenfield.io"),
    attendees=[ME_G, who("Zoe Kaplan", "zoe.kaplan@wrenfield.io", partstat="ACCEPTED"),
               who("Marcus Bell", "marcus.bell@wrenfield.io")],
    description=("Hi Jordan, thanks for submitting the take-home for the Data Engineer position. In this "
                 "round you'll walk Zoe (Data Platform Lead) and Marcus (Senior Data Engineer) through your "
                 "solution and we'll dig into trade-offs.\n\n" + MEET),
    interview=True, company="Wrenfield", role="Data Engineer", stage="technical",
    people=["zoe.kaplan@wrenfield.io", "marcus.bell@wrenfield.io"]))

add("bar-raiser-loop", GOOGLE, Ev(
    uid="cedarline-loop-br-0417@cedarline.com",
    summary="Cedarline Commerce Interview Loop – Session 4: Bar Raiser",
    start="20260402T130000", end="20260402T140000", tz="America/Los_Angeles",
    organizer=("Cedarline Recruiting Coordination", "rc-scheduling@cedarline.com"),
    attendees=[ME_G, who("Derek Yuen", "derek.yuen@cedarline.com")],
    description=("Candidate: Jordan Lee\nPosition: Senior Software Development Engineer\nSession 4 of 5 - "
                 "Bar Raiser: Derek Yuen\nThis session focuses on leadership principles; please prepare "
                 "examples using the STAR format.\nChime: https://chime.aws/8841207733"),
    interview=True, company="Cedarline Commerce", role="Senior Software Development Engineer", stage="onsite",
    people=["derek.yuen@cedarline.com"]))

add("singapore-regional", OUTLOOK, Ev(
    uid="merlion-int-apac-0042@merlionfintech.sg",
    summary="Interview – Regional Sales Lead APAC – Merlion Fintech",
    start="20260316T160000", end="20260316T170000", tz="Asia/Singapore",
    organizer=("Wei Ling Tan", "weiling.tan@merlionfintech.sg"),
    attendees=[ME_G, who("Wei Ling Tan", "weiling.tan@merlionfintech.sg", partstat="ACCEPTED"),
               who("Arjun Menon", "arjun.menon@merlionfintech.sg")],
    description=("Dear Jordan, thank you for your application for the Regional Sales Lead APAC role. Please "
                 "join Wei Ling Tan (Head of Sales, SEA) and Arjun Menon (Chief Revenue Officer) for an "
                 "interview.\n\n" + ZOOM),
    interview=True, company="Merlion Fintech", role="Regional Sales Lead APAC", stage="",
    people=["weiling.tan@merlionfintech.sg", "arjun.menon@merlionfintech.sg"]))

add("sydney-recruiter", GOOGLE, Ev(
    uid="wattle-screen-7720@wattleanalytics.com.au",
    summary="Video interview: Wattle Analytics | Jordan Lee",
    start="20260304T090000", end="20260304T093000", tz="Australia/Sydney",
    organizer=("Bec Harrington", "bec.harrington@wattleanalytics.com.au"),
    attendees=[who("Bec Harrington", "bec.harrington@wattleanalytics.com.au", partstat="ACCEPTED"), ME_G],
    description=("G'day Jordan, great to connect. This is an initial screening chat with me (Talent "
                 "Acquisition Partner) about the Senior BI Developer role - roughly 30 minutes.\n\n" + MEET),
    interview=True, company="Wattle Analytics", role="Senior BI Developer", stage="recruiter_screen",
    people=["bec.harrington@wattleanalytics.com.au"]))

add("kolkata-round-two", GOOGLE, Ev(
    uid="banyan-tr2-ad91@banyansystems.in",
    summary="Technical Round 2 – Banyan Systems – Jordan Lee",
    start="20260310T190000", end="20260310T200000", tz="Asia/Kolkata",
    organizer=("Banyan Systems HR", "hr@banyansystems.in"),
    attendees=[ME_G, who("Ananya Rao", "ananya.rao@banyansystems.in"),
               who("Vikram Sethi", "vikram.sethi@banyansystems.in")],
    description=("Dear Candidate,\n\nYour second technical round for the position of Site Reliability "
                 "Engineer is scheduled. Panel: Ananya Rao (Engineering Manager), Vikram Sethi (Lead SRE).\n\n"
                 + TEAMS + "\nRegards,\nTalent Team, Banyan Systems"),
    interview=True, company="Banyan Systems", role="Site Reliability Engineer", stage="technical",
    people=["ananya.rao@banyansystems.in", "vikram.sethi@banyansystems.in"]))

add("founder-proton", GOOGLE, Ev(
    uid="driftwood-founder-1c2b@proton.me",
    summary="Driftwood x Jordan – interview with the founders",
    start="20260314T150000", end="20260314T160000", tz="utc",
    organizer=("Nils Ekberg", "nils.ekberg@proton.me"),
    attendees=[who("Nils Ekberg", "nils.ekberg@proton.me", partstat="ACCEPTED"),
               who("Amara Obi", "amara.obi@proton.me"), ME_G],
    description=("Hi Jordan, Amara and I (the two founders of Driftwood) would love to get to know you for "
                 "the Head of Engineering role. Fully remote company, so video it is.\n\n" + MEET),
    interview=True, company="Driftwood", role="Head of Engineering", stage="",
    people=["nils.ekberg@proton.me", "amara.obi@proton.me"]))

add("recruiter-on-gmail", GOOGLE, Ev(
    uid="2z4x6c8v0b1n3m5l7k9j@google.com",
    summary="Chat w/ recruiter re: Solutions Engineer @ Pebblestone",
    start="20260302T170000", end="20260302T172500", tz="America/Los_Angeles",
    organizer=("Pebblestone Recruiting", "pebblestone.recruiting@gmail.com"),
    attendees=[ME_G],
    description=("Hi Jordan! This is our first-round screen for the Solutions Engineer position at "
                 "Pebblestone. I'll ask about your background, comp expectations and timeline. - Lexi"),
    location="Phone – I'll call you",
    # label corrected after the blind run: Lexi, who sends it and calls, is the screener
    interview=True, company="Pebblestone", role="Solutions Engineer", stage="recruiter_screen",
    people=["pebblestone.recruiting@gmail.com"]))

add("law-firm-ampersand", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000C8F1E0D361A8DC0100000000000000001000000044DE",
    summary="Interview: Jordan Lee | Hart & Lowry LLP | Legal Operations Analyst",
    start="20260323T100000", end="20260323T110000", tz="America/New_York",
    organizer=("Martinez, Paula", "pmartinez@hartlowry.com"),
    attendees=[ME_G, who("Martinez, Paula", "pmartinez@hartlowry.com", partstat="ACCEPTED"),
               who("Greene, Alan", "agreene@hartlowry.com"),
               who("NY-22-Conference Room Liberty", "nyconf22liberty@hartlowry.com", cutype="RESOURCE",
                   role="NON-PARTICIPANT")],
    description=("Jordan,\nPlease come to our offices at 1 Liberty Plaza, 22nd floor. You will meet with Paula "
                 "Martinez (Director of Legal Operations) and Alan Greene (Partner).\nRegards"),
    location="NY-22-Conference Room Liberty",
    interview=True, company="Hart & Lowry LLP", role="Legal Operations Analyst", stage="",
    people=["pmartinez@hartlowry.com", "agreene@hartlowry.com"]))

add("minimal-second-interview", GOOGLE, Ev(
    uid="6g8h0j2k4l6m8n0b2v4c@google.com",
    summary="Second interview",
    start="20260327T160000", end="20260327T164500", tz="Europe/London",
    organizer=("James Tarrant", "james@tarnbrook.com"),
    attendees=[who("James Tarrant", "james@tarnbrook.com", partstat="ACCEPTED"), ME_G],
    location="https://us02web.zoom.us/j/81120094452",
    interview=True, company="Tarnbrook", role="", stage="", people=["james@tarnbrook.com"]))

add("title-only-name", GOOGLE, Ev(
    uid="0a1s2d3f4g5h6j7k8l9z@google.com",
    summary="Jordan Lee",
    start="20260316T190000", end="20260316T193000", tz="utc",
    organizer=("Saffron Labs Hiring", "hiring@saffronlabs.io"),
    attendees=[ME_G, who("Dilara Aksoy", "dilara.aksoy@saffronlabs.io")],
    description="Interview for Data Scientist.\n\n" + MEET,
    interview=True, company="Saffron Labs", role="Data Scientist", stage="",
    people=["dilara.aksoy@saffronlabs.io"]))

add("html-only-description", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E008000000007E6D5C4B61A8DC01000000000000000010000000F00D",
    summary="Interview - Senior Data Engineer - Cloudberry Energy",
    start="20260331T090000", end="20260331T100000",
    tz="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    organizer=("Sanne de Vries", "sanne.devries@cloudberry-energy.nl"),
    attendees=[ME_G, who("Sanne de Vries", "sanne.devries@cloudberry-energy.nl", partstat="ACCEPTED"),
               who("Pieter Bakker", "pieter.bakker@cloudberry-energy.nl")],
    extra=["X-ALT-DESC;FMTTYPE=text/html:" + esc(
        "<html><body><p>Hi Jordan</p><p>Looking forward to meeting you for the <b>Senior Data Engineer</b> "
        "role. You'll speak with me (Recruiter) and Pieter Bakker (Data Engineering Manager).</p><p><a "
        "href=\"https://teams.microsoft.com/l/meetup-join/x\">Join the meeting now</a></p></body></html>")],
    interview=True, company="Cloudberry Energy", role="Senior Data Engineer", stage="",
    people=["sanne.devries@cloudberry-energy.nl", "pieter.bakker@cloudberry-energy.nl"]))


# ================================= real interviews: German =======================================
add("personio-vorstellungsgespraech", GOOGLE, Ev(
    uid="personio-8812-lindenhof-20260309",
    summary="Vorstellungsgespräch: Backend-Entwickler (m/w/d) – Jordan Lee",
    start="20260309T140000", end="20260309T150000", tz="Europe/Berlin",
    organizer=("Lindenhof Logistik Recruiting", "jobs@lindenhof-logistik.de"),
    attendees=[ME_G, who("Stefan Krämer", "s.kraemer@lindenhof-logistik.de"),
               who("Julia Brandt", "j.brandt@lindenhof-logistik.de")],
    description=("Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) bei der "
                 "Lindenhof Logistik GmbH. Wir freuen uns auf das Gespräch mit Ihnen.\n\nIhre "
                 "Gesprächspartner: Stefan Krämer (Teamleiter Backend) und Julia Brandt (HR Business "
                 "Partnerin)\nOrt: Microsoft Teams (Link folgt separat)\n\nViele Grüße\nIhr Recruiting-Team\n"
                 "\nGesendet über Personio"),
    interview=True, company="Lindenhof Logistik", role="Backend-Entwickler", stage="",
    people=["s.kraemer@lindenhof-logistik.de", "j.brandt@lindenhof-logistik.de"]))

add("telefoninterview-windows-tz", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000B3C4D5E661A8DC010000000000000000100000007788",
    summary="Telefoninterview Sonnwald Energie / Jordan Lee",
    start="20260303T100000", end="20260303T103000", tz="win:W. Europe Standard Time",
    organizer=("Vogel, Petra", "petra.vogel@sonnwald-energie.de"),
    attendees=[ME_G],
    description=("Sehr geehrte/r Jordan Lee,\n\nwie vereinbart rufe ich Sie zum genannten Termin unter Ihrer "
                 "Mobilnummer an. Es geht um die Position Data Engineer (w/m/d) in unserem Team in Freiburg.\n"
                 "\nMit freundlichen Grüßen\nPetra Vogel\nTalent Acquisition\nSonnwald Energie AG"),
    location="Telefon",
    interview=True, company="Sonnwald Energie", role="Data Engineer", stage="recruiter_screen",
    people=["petra.vogel@sonnwald-energie.de"]))

add("kennenlernen-vor-ort", GOOGLE, Ev(
    uid="k7l3m9n1b5v2c8x4z6a0@google.com",
    summary="Kennenlernen Jordan Lee – Kleinfeld",
    start="20260312T100000", end="20260312T113000", tz="Europe/Berlin",
    organizer=("Markus Kleinfeld", "m.kleinfeld@kleinfeld-maschinenbau.de"),
    attendees=[who("Markus Kleinfeld", "m.kleinfeld@kleinfeld-maschinenbau.de", partstat="ACCEPTED"), ME_G],
    description=("Guten Tag Herr Lee,\n\nwie telefonisch besprochen laden wir Sie zu einem persönlichen "
                 "Kennenlernen für die Stelle als Projektingenieur Automatisierung bei uns im Werk ein.\n"
                 "Adresse: Industriestraße 12, 73430 Aalen. Bitte melden Sie sich am Empfang.\n\nMit "
                 "freundlichen Grüßen\nMarkus Kleinfeld\nGeschäftsführer, Kleinfeld & Söhne Maschinenbau"),
    location="Industriestraße 12, 73430 Aalen",
    interview=True, company="Kleinfeld & Söhne Maschinenbau", role="Projektingenieur Automatisierung",
    stage="", people=["m.kleinfeld@kleinfeld-maschinenbau.de"]))

add("fachgespraech-outlook-tz", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000C5D6E7F861A8DC01000000000000000010000000AB12",
    summary="Fachgespräch / technisches Interview – Senior Frontend Developer",
    start="20260317T130000", end="20260317T143000",
    tz="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    organizer=("Rotbuche Talent", "talent@rotbuche.io"),
    attendees=[ME_G, who("Hofmann, Lea", "lea.hofmann@rotbuche.io"),
               who("Schuster, Ben", "ben.schuster@rotbuche.io")],
    description=("Hallo Jordan,\n\nhier die Einladung zum Fachgespräch bei Rotbuche Software.\nIhre "
                 "Gesprächspartner: Lea Hofmann (Frontend Lead) und Ben Schuster (Senior Engineer)\nDauer: 90 "
                 "Minuten inkl. Live-Coding (TypeScript/React)\n\n" + TEAMS),
    location="Microsoft Teams-Besprechung",
    interview=True, company="Rotbuche Software", role="Senior Frontend Developer", stage="technical",
    people=["lea.hofmann@rotbuche.io", "ben.schuster@rotbuche.io"]))

add("zweitgespraech-raum", EXCHANGE, Ev(
    uid="040000008200E00074C5B7101A82E00800000000D1E2F3A461A8DC01000000000000000010000000CD34",
    summary="2. Gesprächsrunde – Jordan Lee (Controller m/w/d)",
    start="20260324T110000", end="20260324T123000", tz="win:W. Europe Standard Time",
    organizer=("Wolff, Kim", "k.wolff@elbhafen-reederei.de"),
    attendees=[ME_G, who("Dr. Lorenz, Anke", "a.lorenz@elbhafen-reederei.de"),
               who("Wolff, Kim", "k.wolff@elbhafen-reederei.de", partstat="ACCEPTED"),
               who("HH Besprechungsraum Kehrwieder", "raum.kehrwieder@elbhafen-reederei.de", cutype="ROOM",
                   role="NON-PARTICIPANT")],
    description=("Sehr geehrte Person Jordan Lee,\n\nwir freuen uns, Sie zur finalen Gesprächsrunde für die "
                 "Position Controller (m/w/d) begrüßen zu dürfen.\nTeilnehmerin auf unserer Seite: Dr. Anke "
                 "Lorenz (CFO)\nOrganisation: Kim Wolff, Assistenz Personal\nAdresse: Elbhafen Reederei GmbH, "
                 "Am Sandtorkai 40, 20457 Hamburg, Raum Kehrwieder (4. OG)"),
    location="HH Besprechungsraum Kehrwieder",
    interview=True, company="Elbhafen Reederei", role="Controller", stage="final",
    people=["a.lorenz@elbhafen-reederei.de"]))

add("personalberatung-mandant", OUTLOOK, Ev(
    uid="rheinberg-termin-4471-greifenberg",
    summary="Interviewtermin bei Greifenberg Medizintechnik GmbH",
    start="20260319T093000", end="20260319T110000", tz="Europe/Berlin",
    organizer=("Tobias Reuter", "t.reuter@rheinberg-personal.de"),
    attendees=[ME_G],
    description=("Hallo Herr Lee,\n\nanbei wie besprochen der Termin für Ihr Vorstellungsgespräch bei unserem "
                 "Mandanten Greifenberg Medizintechnik GmbH für die Position Qualitätsingenieur.\n"
                 "Ansprechpartner vor Ort: Dr. Jens Ulrich, Leiter Qualität\nAdresse: Gewerbepark 7, 78532 "
                 "Tuttlingen\n\nMelden Sie sich gern nach dem Gespräch bei mir.\nTobias Reuter\nRheinberg "
                 "Personalberatung"),
    location="Gewerbepark 7, 78532 Tuttlingen",
    interview=True, company="Greifenberg Medizintechnik", role="Qualitätsingenieur", stage="",
    people=["jens ulrich"]))

add("softgarden-panel-floating", GOOGLE, Ev(
    uid="sg-interview-20260326-88301@softgarden.io",
    summary="Interview: IT-Sicherheitsbeauftragter (m/w/d) – Stadtwerke Uhlenbrock",
    start="20260326T090000", end="20260326T103000", tz="float:Europe/Berlin",
    organizer=("Stadtwerke Uhlenbrock", "noreply@softgarden.io"),
    attendees=[ME_G],
    description=("Guten Tag Jordan Lee,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch ein.\n"
                 "Stelle: IT-Sicherheitsbeauftragter (m/w/d)\nGesprächsteilnehmende: Sabine Roth "
                 "(Abteilungsleitung IT), Cem Aydin (Personalabteilung)\nOrt: Verwaltungsgebäude, "
                 "Bahnhofstraße 3, Uhlenbrock\n\nDiese Einladung wurde über softgarden versendet."),
    location="Bahnhofstraße 3, Uhlenbrock",
    interview=True, company="Stadtwerke Uhlenbrock", role="IT-Sicherheitsbeauftragter", stage="",
    people=["sabine roth", "cem aydin"]))

add("calendly-erstgespraech", GOOGLE, Ev(
    uid="calendly-PL2MX7QW9RTB4NDE",
    summary="Erstgespräch (30 Min.) zwischen Nina Bauer und Jordan Lee",
    start="20260305T083000", end="20260305T090000", tz="utc",
    organizer=("Nina Bauer", "nina.bauer@wiesentalsolar.de"),
    attendees=[who("Nina Bauer", "nina.bauer@wiesentalsolar.de", partstat="ACCEPTED"), ME_G],
    description=("Event-Name: Erstgespräch (30 Min.)\n\nOrt: Google Meet\nhttps://meet.google.com/vkr-zzpa-"
                 "tgh\n\nBitte teile alles mit, was zur Vorbereitung unseres Treffens beitragen kann.: "
                 "Bewerbung als Vertriebsingenieur Photovoltaik\n\nNina Bauer · Recruiting · Wiesental Solar\n"
                 "\nBereitgestellt von Calendly.com"),
    interview=True, company="Wiesental Solar", role="Vertriebsingenieur Photovoltaik", stage="recruiter_screen",
    people=["nina.bauer@wiesentalsolar.de"]))


# ================================= real interviews: French =======================================
add("entretien-welcome-jungle", GOOGLE, Ev(
    uid="wttj-2f81c3d4-maisonvauclair",
    summary="Entretien – Développeur Python (H/F) – Maison Vauclair",
    start="20260310T103000", end="20260310T113000", tz="Europe/Paris",
    organizer=("Camille Roussel", "camille.roussel@maisonvauclair.fr"),
    attendees=[who("Camille Roussel", "camille.roussel@maisonvauclair.fr", partstat="ACCEPTED"),
               who("Hugo Lambert", "hugo.lambert@maisonvauclair.fr"), ME_G],
    description=("Bonjour Jordan,\n\nSuite à votre candidature au poste de Développeur Python (H/F), nous avons "
                 "le plaisir de vous convier à un entretien avec Camille Roussel (Talent Acquisition) et Hugo "
                 "Lambert (CTO).\n\n" + MEET + "\nÀ très vite,\nL'équipe Maison Vauclair\n\nEnvoyé via Welcome "
                 "to the Jungle"),
    interview=True, company="Maison Vauclair", role="Développeur Python", stage="",
    people=["camille.roussel@maisonvauclair.fr", "hugo.lambert@maisonvauclair.fr"]))

add("entretien-telephonique-rh", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000E9F8A7B661A8DC01000000000000000010000000EF56",
    summary="Entretien téléphonique RH – Jordan Lee",
    start="20260304T140000", end="20260304T143000", tz="win:Romance Standard Time",
    organizer=("Service RH Mutuelle Beaulieu", "rh@mutuelle-beaulieu.fr"),
    attendees=[ME_G, who("Sandrine Petit", "sandrine.petit@mutuelle-beaulieu.fr")],
    description=("Bonjour,\n\nSandrine Petit, chargée de recrutement, vous appellera au numéro indiqué sur "
                 "votre CV pour un premier échange d'environ 30 minutes.\nPoste : Chef de projet data\n\n"
                 "Cordialement,\nLe service des ressources humaines - Mutuelle Beaulieu"),
    location="Téléphone",
    interview=True, company="Mutuelle Beaulieu", role="Chef de projet data", stage="recruiter_screen",
    people=["sandrine.petit@mutuelle-beaulieu.fr"]))

add("entretien-technique-tour2", GOOGLE, Ev(
    uid="nuageazur-tech-2-9c1e@nuageazur.io",
    summary="Entretien technique (2e tour) – Ingénieur DevOps",
    start="20260318T140000", end="20260318T153000", tz="Europe/Paris",
    organizer=("Recrutement Nuage Azur", "recrutement@nuageazur.io"),
    attendees=[ME_G, who("Mathieu Girard", "mathieu.girard@nuageazur.io"),
               who("Inès Haddad", "ines.haddad@nuageazur.io")],
    description=("Bonjour Jordan,\n\nVoici la confirmation de votre entretien technique avec Mathieu Girard "
                 "(Lead SRE) et Inès Haddad (Ingénieure plateforme). Au programme : Kubernetes, Terraform et "
                 "un exercice de debug en direct.\n\n" + ZOOM),
    interview=True, company="Nuage Azur", role="Ingénieur DevOps", stage="technical",
    people=["mathieu.girard@nuageazur.io", "ines.haddad@nuageazur.io"]))

add("entretien-final-presentiel", GOOGLE, Ev(
    uid="t5r4e3w2q1a9s8d7f6g5@google.com",
    summary="Entretien final avec Mme Garnier, Directrice générale",
    start="20260325T160000", end="20260325T170000", tz="Europe/Paris",
    organizer=("Delphine Garnier", "d.garnier@ateliersorel.com"),
    attendees=[who("Delphine Garnier", "d.garnier@ateliersorel.com", partstat="ACCEPTED"), ME_G],
    description=("Bonjour Jordan,\n\nPour ce dernier entretien pour le poste de Responsable des opérations, je "
                 "vous propose de nous retrouver à l'atelier. Prévoyez environ une heure.\n\nBien à vous,\n"
                 "Delphine Garnier\nAtelier Sorel"),
    location="12 rue des Tanneurs, 69002 Lyon",
    interview=True, company="Atelier Sorel", role="Responsable des opérations", stage="final",
    people=["d.garnier@ateliersorel.com"]))

add("cabinet-client-fr", OUTLOOK, Ev(
    uid="helix-rdv-client-20260320-lee",
    summary="Entretien client – Groupe Valmont – Contrôleur de gestion",
    start="20260320T093000", end="20260320T103000", tz="Europe/Paris",
    organizer=("Aurélie Fabre", "aurelie.fabre@helix-recrutement.fr"),
    attendees=[ME_G],
    description=("Bonjour Jordan,\n\nJe vous confirme votre entretien chez notre client, le Groupe Valmont, pour "
                 "le poste de Contrôleur de gestion. Vous serez reçu par M. Patrice Moreau, Directeur "
                 "financier.\nAdresse : 5 avenue de l'Europe, 67000 Strasbourg.\n\nN'hésitez pas à m'appeler "
                 "après l'entretien.\nAurélie Fabre - Consultante, Hélix Recrutement"),
    location="5 avenue de l'Europe, 67000 Strasbourg",
    interview=True, company="Groupe Valmont", role="Contrôleur de gestion", stage="",
    people=["patrice moreau"]))

add("taleez-invitation", GOOGLE, Ev(
    uid="taleez-evt-118822-ferrand",
    summary="Invitation à un entretien – Boulangeries Ferrand",
    start="20260311T090000", end="20260311T094500", tz="float:Europe/Paris",
    organizer=("Boulangeries Ferrand", "noreply@taleez.com"),
    attendees=[ME_G],
    description=("Bonjour Jordan Lee,\n\nNous avons bien reçu votre candidature pour le poste de Responsable "
                 "logistique et souhaitons vous rencontrer. Vous rencontrerez Julien Ferrand, directeur "
                 "logistique.\nLieu : 18 route de Nantes, 44300 Nantes\n\nCet e-mail a été envoyé via Taleez."),
    location="18 route de Nantes, 44300 Nantes",
    interview=True, company="Boulangeries Ferrand", role="Responsable logistique", stage="",
    people=["julien ferrand"]))


# ================================= real interviews: Spanish ======================================
add("entrevista-teams-madrid", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E00800000000F1A2B3C461A8DC0100000000000000001000000098AA",
    summary="Entrevista: Ingeniero/a de Datos – Jordan Lee",
    start="20260313T100000", end="20260313T110000", tz="Europe/Madrid",
    organizer=("Talento Grupo Almendra", "talento@grupoalmendra.es"),
    attendees=[ME_G, who("Lucía Navarro", "lucia.navarro@grupoalmendra.es"),
               who("Álvaro Gil", "alvaro.gil@grupoalmendra.es")],
    description=("Hola Jordan,\n\nTe confirmamos la entrevista para el puesto de Ingeniero/a de Datos en Grupo "
                 "Almendra. Participarán Lucía Navarro (Talent Acquisition) y Álvaro Gil (Responsable de "
                 "Datos).\n\n" + TEAMS + "\nUn saludo,\nEquipo de Talento"),
    interview=True, company="Grupo Almendra", role="Ingeniero/a de Datos", stage="",
    people=["lucia.navarro@grupoalmendra.es", "alvaro.gil@grupoalmendra.es"]))

add("entrevista-tecnica-mx", GOOGLE, Ev(
    uid="cactuspay-tec-0331@cactuspay.mx",
    summary="Entrevista técnica - Desarrollador Backend Sr - Cactus Pay",
    start="20260331T110000", end="20260331T123000", tz="America/Mexico_City",
    organizer=("Reclutamiento Cactus Pay", "reclutamiento@cactuspay.mx"),
    attendees=[ME_G, who("Rodrigo Treviño", "rodrigo.trevino@cactuspay.mx"),
               who("Fernanda Ochoa", "fernanda.ochoa@cactuspay.mx")],
    description=("¡Hola Jordan!\n\nTu entrevista técnica para la vacante de Desarrollador Backend Sr quedó "
                 "agendada. Te entrevistarán Rodrigo Treviño (Tech Lead) y Fernanda Ochoa (Staff Engineer). "
                 "Habrá un ejercicio de código en vivo (Go o Python).\n\n" + MEET),
    interview=True, company="Cactus Pay", role="Desarrollador Backend Sr", stage="technical",
    people=["rodrigo.trevino@cactuspay.mx", "fernanda.ochoa@cactuspay.mx"]))

add("llamada-talento-ar", GOOGLE, Ev(
    uid="tangerine-call-5512@tangerinelabs.com.ar",
    summary="Llamada con Talento – Tangerine Labs",
    start="20260306T150000", end="20260306T153000", tz="America/Argentina/Buenos_Aires",
    organizer=("Micaela Suárez", "micaela.suarez@tangerinelabs.com.ar"),
    attendees=[who("Micaela Suárez", "micaela.suarez@tangerinelabs.com.ar", partstat="ACCEPTED"), ME_G],
    description=("Hola Jordan, ¿cómo estás? Te dejo agendada la primera llamada de selección para la búsqueda "
                 "de Product Designer Sr. Son unos 30 minutos para conocerte y contarte del proceso.\n"
                 "Micaela - Talent Acquisition"),
    location="Llamada telefónica",
    interview=True, company="Tangerine Labs", role="Product Designer Sr", stage="recruiter_screen",
    people=["micaela.suarez@tangerinelabs.com.ar"]))

add("entrevista-final-ceo", GOOGLE, Ev(
    uid="realce-final-ceo-2026@bodegasrealce.es",
    summary="Entrevista final con la CEO – Bodegas Realce",
    start="20260327T120000", end="20260327T131500", tz="Europe/Madrid",
    organizer=("Recursos Humanos Bodegas Realce", "rrhh@bodegasrealce.es"),
    attendees=[ME_G, who("Carmen Ibarra", "carmen.ibarra@bodegasrealce.es"),
               who("Sala Rioja (Planta 1)", "sala.rioja@bodegasrealce.es", cutype="ROOM",
                   role="NON-PARTICIPANT")],
    description=("Estimado/a Jordan:\n\nLe confirmamos la entrevista final para el puesto de Director/a de "
                 "Exportación con nuestra CEO, Carmen Ibarra, en nuestras oficinas de Logroño (Sala Rioja, "
                 "planta 1).\n\nAtentamente,\nRecursos Humanos"),
    location="Bodegas Realce, Av. de la Paz 120, Logroño",
    interview=True, company="Bodegas Realce", role="Director/a de Exportación", stage="final",
    people=["carmen.ibarra@bodegasrealce.es"]))

add("consultora-cliente-es", OUTLOOK, Ev(
    uid="vertice-ent-cliente-ondarra-77",
    summary="Entrevista con cliente: Seguros Ondarra",
    start="20260316T170000", end="20260316T180000", tz="win:Romance Standard Time",
    organizer=("Iker Zubiri", "iker.zubiri@verticetalent.es"),
    attendees=[ME_G, who("Nerea Etxeberria", "nerea.etxeberria@segurosondarra.com")],
    description=("Hola Jordan,\n\nte envío la convocatoria para la entrevista con nuestro cliente Seguros "
                 "Ondarra para la posición de Actuario/a Senior. Te entrevistará Nerea Etxeberria, Directora "
                 "Técnica. Luego me cuentas qué tal.\n\nIker Zubiri\nConsultor Senior · Vértice Talent\n\n"
                 + TEAMS),
    interview=True, company="Seguros Ondarra", role="Actuario/a Senior", stage="",
    people=["nerea.etxeberria@segurosondarra.com"]))

add("fundadora-hotmail", GOOGLE, Ev(
    uid="9k8j7h6g5f4d3s2a1q0w@google.com",
    summary="Entrevista – Product Manager – Nido",
    start="20260309T180000", end="20260309T184500", tz="Europe/Madrid",
    organizer=("Marta Ocaña", "marta.ocana.nido@hotmail.com"),
    attendees=[who("Marta Ocaña", "marta.ocana.nido@hotmail.com", partstat="ACCEPTED"), ME_G],
    description=("¡Hola Jordan! Soy Marta, cofundadora de Nido. Me encantaría charlar contigo sobre el puesto de "
                 "Product Manager. Hablamos por Meet.\n\n" + MEET),
    interview=True, company="Nido", role="Product Manager", stage="",
    people=["marta.ocana.nido@hotmail.com"]))


# ============================ not the user's interview: the user interviews ========================
UAI = "user as interviewer"
NW = "northwind-labs.com"

add("nw-greenhouse-interviewer-kit", GOOGLE, Ev(
    uid="gh-nw-int-77120934@northwind-labs.com",
    summary="Interview: Marco Bianchi – Senior Backend Engineer (Technical)",
    start="20260305T130000", end="20260305T140000", tz="Europe/Berlin",
    organizer=("Greta Lind", f"greta.lind@{NW}"),
    attendees=[ME_W, who("Samir Haddad", f"samir.haddad@{NW}"),
               who("NW-3-Kestrel (6)", f"c_kestrel.3@resource.{NW}", cutype="ROOM", role="NON-PARTICIPANT")],
    description=("Candidate: Marco Bianchi\nPosition: Senior Backend Engineer\nInterview: Technical – "
                 "Concurrency\nInterviewers: Jordan Lee, Samir Haddad\n\nInterview kit: https://app.greenhouse"
                 ".io/guides/98765/people/1234?application_id=555\nPlease submit your scorecard within 24 hours."),
    trap=UAI))

add("nw-lever-loop", GOOGLE, Ev(
    uid="lever-nw-loop-e1c07a52",
    summary="You're on the interview loop for Elena Sokolova (Staff Data Engineer)",
    start="20260310T100000", end="20260310T104500", tz="Europe/Berlin",
    organizer=("Priscilla Wong", f"priscilla.wong@{NW}"),
    attendees=[ME_W, who("Priscilla Wong", f"priscilla.wong@{NW}", partstat="ACCEPTED")],
    description=("Hi Jordan, thanks for helping with this loop! You're covering the data modelling session.\n"
                 "Candidate profile & resume: https://hire.lever.co/candidates/7f2e\nFeedback form: "
                 "https://hire.lever.co/interviews/feedback/7f2e-11\n\n" + MEET),
    trap=UAI))

add("nw-ashby-briefing", GOOGLE, Ev(
    uid="ashby-nw-briefing-0b3e9d",
    summary="Interview kit ready – Product Designer onsite (Hana Sato)",
    start="20260312T140000", end="20260312T150000", tz="utc",
    organizer=("Ashby", "no-reply@ashbyhq.com"),
    attendees=[ME_W],
    description=("Northwind Labs · You are interviewing Hana Sato for Product Designer.\nFocus area: "
                 "collaboration & critique.\nOpen your interview briefing in Ashby: https://app.ashbyhq.com/"
                 "interview-briefing/0b3e9d\nSubmit feedback right after the session."),
    trap=UAI))

add("nw-phone-screen-to-gmail", GOOGLE, Ev(
    uid="p1o2i3u4y5t6r7e8w9q0@google.com",
    summary="Phone screen: Noah Fischer <> Northwind Labs (Backend)",
    start="20260304T160000", end="20260304T163000", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_WORK),
    attendees=[ME_W_OK, who("Noah Fischer", "noah.fischer@gmail.com")],
    description=("Hi Noah, looking forward to our call about the Backend Engineer opening. I'll ring you on "
                 "the number from your application.\n\n- Jordan\nEngineering Manager, Northwind Labs"),
    location="Phone",
    trap=UAI))

add("nw-campus-intern", GOOGLE, Ev(
    uid="m1n2b3v4c5x6z7l8k9j0@google.com",
    summary="Intern interview – Li Wei (Summer 2026 SWE intern)",
    start="20260306T090000", end="20260306T094500", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_WORK),
    attendees=[ME_W_OK, who("Li Wei", "li.wei@students.harlow.ac.uk")],
    description="Northwind Labs campus hiring – 45 min technical conversation.\n\n" + ZOOM,
    trap=UAI))

add("nw-calendly-host", GOOGLE, Ev(
    uid="calendly-NWHOST-4KD8QZ",
    summary="Hiring Screen between Jordan Lee and Hannah Wright",
    start="20260311T150000", end="20260311T153000", tz="utc",
    organizer=("Jordan Lee", ME_WORK),
    attendees=[ME_W_OK, who("Hannah Wright", "hannah.wright@outlook.com")],
    description=("Event Name: Northwind Labs – Hiring Screen\n\nInvitee: Hannah Wright\nInvitee Email: "
                 "hannah.wright@outlook.com\n\nQuestions:\nLinkedIn profile: https://www.linkedin.com/in/"
                 "hannahwright-data\nWhich role are you applying for?: Data Analyst\n\nPowered by Calendly.com"),
    trap=UAI))

add("nw-hiring-committee", EXCHANGE, Ev(
    uid="040000008200E00074C5B7101A82E008000000001A2B3C4D61A8DC01000000000000000010000000NW01",
    summary="Hiring Committee – Data Scientist II (req 2291)",
    start="20260313T150000", end="20260313T160000", tz="win:W. Europe Standard Time",
    organizer=("Talent Northwind", f"talent@{NW}"),
    attendees=[ME_W, who("Ines Tavares", f"ines.tavares@{NW}"), who("Bruno Keller", f"bruno.keller@{NW}"),
               who("Yasmin Aziz", f"yasmin.aziz@{NW}")],
    description=("Packets for three finalists: A. Mensah, R. Costa, J. Novak. Decision and levelling. Please "
                 "read the interview feedback in Greenhouse beforehand.\n\n" + TEAMS),
    trap=UAI))

add("nw-calibration", GOOGLE, Ev(
    uid="nw-calib-sd-rubric@northwind-labs.com",
    summary="Interviewer calibration: system design rubric",
    start="20260317T110000", end="20260317T120000", tz="Europe/Berlin",
    organizer=("Bruno Keller", f"bruno.keller@{NW}"),
    attendees=[ME_W, who("Bruno Keller", f"bruno.keller@{NW}", partstat="ACCEPTED"),
               who("Samir Haddad", f"samir.haddad@{NW}"), who("Kim Park", f"kim.park@{NW}")],
    description=("We'll score two recorded mock answers independently and compare. Goal: consistent bar for "
                 "the Senior/Staff levels."),
    trap=UAI))

add("nw-shadow", GOOGLE, Ev(
    uid="nw-shadow-ruiz-sre-0318",
    summary="Shadow interview – Tomás Ruiz (SRE) – you're shadowing Kim Park",
    start="20260318T100000", end="20260318T110000", tz="Europe/Berlin",
    organizer=("Recruiting Coordination", f"coordination@{NW}"),
    attendees=[ME_W, who("Kim Park", f"kim.park@{NW}")],
    description=("Shadow only: observe, don't ask questions. Kim leads the incident-response scenario. Leave "
                 "shadow notes in the scorecard's private section."),
    trap=UAI))

add("nw-debrief", GOOGLE, Ev(
    uid="nw-debrief-bello-fe@northwind-labs.com",
    summary="Debrief: Aisha Bello – Frontend Engineer",
    start="20260319T163000", end="20260319T170000", tz="Europe/Berlin",
    organizer=("Greta Lind", f"greta.lind@{NW}"),
    attendees=[ME_W, who("Samir Haddad", f"samir.haddad@{NW}"), who("Yasmin Aziz", f"yasmin.aziz@{NW}")],
    description="Hire / no hire. All scorecards are in.",
    trap=UAI))

add("nw-candidate-title-room", EXCHANGE, Ev(
    uid="040000008200E00074C5B7101A82E008000000002B3C4D5E61A8DC01000000000000000010000000NW02",
    summary="Tomasz Nowak / Onsite / Coding (Jordan)",
    start="20260320T100000", end="20260320T110000", tz="win:W. Europe Standard Time",
    organizer=("Recruiting Northwind", f"recruiting@{NW}"),
    attendees=[ME_W, who("BER-2-Aurora (4)", f"room.aurora@{NW}", cutype="ROOM", role="NON-PARTICIPANT")],
    description="Northwind Labs onsite loop. Candidate arrives at reception 9:45; Greta brings him up.",
    location="BER-2-Aurora (4)",
    trap=UAI))

add("nw-goodtime-interviewer", GOOGLE, Ev(
    uid="gt-nw-5521-moreau@goodtime.io",
    summary="[Interviewer] Lucas Moreau – Data Engineer – Technical screen",
    start="20260309T150000", end="20260309T160000", tz="Europe/Berlin",
    organizer=("Northwind Recruiting Scheduler", f"recruiting-scheduler@{NW}"),
    attendees=[ME_W],
    description=("Interviewer guide: https://northwind.goodtime.io/guides/5521\nCandidate résumé: attached in "
                 "Greenhouse\nPlease submit feedback in Greenhouse within 24 hours.\n\n" + ZOOM),
    trap=UAI))

add("nw-modernloop-hm", GOOGLE, Ev(
    uid="ml-nw-adeyemi-hm-01",
    summary="ModernLoop | Olu Adeyemi | Hiring Manager Interview",
    start="20260323T140000", end="20260323T144500", tz="Europe/Berlin",
    organizer=("Northwind Labs Recruiting", f"recruiting@{NW}"),
    attendees=[ME_W],
    description=("You are the hiring manager interviewer for this session.\nCandidate: Olu Adeyemi\nRole: "
                 "Senior Data Engineer\nInterview plan: https://app.modernloop.io/plan/nw-884\n\n" + MEET),
    trap=UAI))

add("nw-de-bewerberin", GOOGLE, Ev(
    uid="nw-personal-schaefer-ws@northwind-labs.com",
    summary="Vorstellungsgespräch Frau Lena Schäfer (Werkstudentin Data)",
    start="20260310T130000", end="20260310T140000", tz="Europe/Berlin",
    organizer=("Personal Northwind", f"personal@{NW}"),
    attendees=[ME_W, who("Yasmin Aziz", f"yasmin.aziz@{NW}")],
    description=("Hallo zusammen,\n\nbitte nach dem Gespräch den Bewertungsbogen ausfüllen. Lebenslauf und "
                 "Zeugnisse der Bewerberin liegen im Ordner.\n\nDanke!"),
    location="BER-2-Aurora",
    trap=UAI))

add("nw-fr-jury", GOOGLE, Ev(
    uid="nw-rh-garnier-mobile-01",
    summary="Entretien candidat : Louis Garnier – Développeur mobile",
    start="20260312T100000", end="20260312T110000", tz="Europe/Paris",
    organizer=("RH Northwind", f"rh@{NW}"),
    attendees=[ME_W, who("Bruno Keller", f"bruno.keller@{NW}")],
    description=("Bonjour,\n\nVous faites partie du jury d'entretien. Grille d'évaluation : https://intranet."
                 "northwind-labs.com/grilles/mobile\nMerci de saisir votre avis avant vendredi."),
    trap=UAI))

add("nw-es-panel-organiser", GOOGLE, Ev(
    uid="z9x8c7v6b5n4m3l2k1j0@google.com",
    summary="Entrevista a candidata: Carmen Ruiz – panel técnico",
    start="20260316T110000", end="20260316T120000", tz="Europe/Madrid",
    organizer=("Jordan Lee", ME_WORK),
    attendees=[ME_W_OK, who("Diego Santos", f"diego.santos@{NW}"), who("Carmen Ruiz", "carmen.ruiz.dev@gmail.com")],
    description=("Panel: Jordan Lee, Diego Santos. Rellenad el scorecard después de la entrevista.\n\n" + MEET),
    trap=UAI))

add("nw-interview-block-recurring", GOOGLE,
    Ev(uid="nw-interview-block-hold-77@google.com",
       summary="Interview block (hold) – backend loop",
       start="20260302T140000", end="20260302T150000", tz="Europe/Berlin",
       organizer=("Jordan Lee", ME_WORK),
       description="Held for backend loop interviews. Recruiting may book candidates into this slot.",
       extra=["RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO"],
       trap=UAI),
    Ev(uid="nw-interview-block-hold-77@google.com",
       summary="Interview block – candidate: Priya Menon (Backend)",
       start="20260309T143000", end="20260309T153000", tz="Europe/Berlin",
       organizer=("Jordan Lee", ME_WORK),
       description="Booked by recruiting. Candidate: Priya Menon, system design round. Kit in Greenhouse.",
       extra=["RECURRENCE-ID;TZID=Europe/Berlin:20260309T140000"], sequence=1,
       trap=UAI))

add("nw-bar-raiser-prebrief", GOOGLE, Ev(
    uid="nw-br-prebrief-costa@northwind-labs.com",
    summary="Bar raiser pre-brief – candidate Rafael Costa",
    start="20260324T090000", end="20260324T091500", tz="Europe/Berlin",
    organizer=("Ines Tavares", f"ines.tavares@{NW}"),
    attendees=[ME_W, who("Ines Tavares", f"ines.tavares@{NW}", partstat="ACCEPTED"),
               who("Kim Park", f"kim.park@{NW}")],
    description="Align on focus areas before Rafael's loop; Jordan is bar raiser.",
    trap=UAI))

add("nw-takehome-review", ICLOUD, Ev(
    uid="7D2E9A41-3C0B-4F8E-A1D6-5B9C2E7F0A13",
    summary="Review take-home: Priyanka Iyer (submission #418)",
    start="20260326T080000", end="20260326T090000", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_WORK),
    description="Grade against the rubric; feedback in Greenhouse before the debrief.",
    trap=UAI), method="")

add("nw-recruiter-candidate-on-invite", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E008000000003C4D5E6F61A8DC01000000000000000010000000NW03",
    summary="Interview with Daniel Kim – Engineering Manager – Northwind Labs",
    start="20260325T150000", end="20260325T160000", tz="Europe/Berlin",
    organizer=("Sarah Bloom", f"sarah.bloom@{NW}"),
    attendees=[ME_W, who("Ines Tavares", f"ines.tavares@{NW}"), who("Daniel Kim", "daniel.kim@fastmail.com")],
    description=("Hi team, Daniel is interviewing for the EM role. Jordan covers people leadership, Ines covers "
                 "execution. Daniel is on this invite, so please join on time.\n\nSarah Bloom\nTalent Partner, "
                 "Northwind Labs\n\n" + TEAMS),
    trap=UAI))

add("nw-agency-sends-candidate", OUTLOOK, Ev(
    uid="kinsley-cand-olsen-nw-3391",
    summary="Candidate interview: Sven Olsen (Kinsley Search) – Platform Engineer",
    start="20260319T140000", end="20260319T150000", tz="win:W. Europe Standard Time",
    organizer=("Daniel Reyes", "daniel.reyes@kinsleysearch.com"),
    attendees=[ME_W, who("Sven Olsen", "sven.olsen@outlook.com")],
    description=("Hi Jordan,\n\nas requested, here is the interview slot with my candidate Sven Olsen for your "
                 "Platform Engineer role. His CV is attached again for convenience.\n\nBest,\nDaniel Reyes\n"
                 "Kinsley Search\n\n" + TEAMS),
    trap=UAI))

add("nw-workday-interviewer", OUTLOOK, Ev(
    uid="WD-NW-R-1182-INT-4410@myworkday.com",
    summary="Interview Scheduled: Candidate Maria Lopez – Job Req R-1182 Finance Analyst",
    start="20260317T090000", end="20260317T094500", tz="win:W. Europe Standard Time",
    organizer=("Northwind Labs Talent", "northwindlabs@myworkday.com"),
    attendees=[ME_W],
    description=("You have been added as an interviewer.\nCandidate: Maria Lopez\nJob Requisition: R-1182 "
                 "Finance Analyst\nProvide feedback in Workday after the interview."),
    trap=UAI))

add("nw-feedback-due-allday", GOOGLE, Ev(
    uid="gh-nw-feedback-due-bianchi",
    summary="Scorecard due: Marco Bianchi (Senior Backend Engineer)",
    start="20260306", end="20260307", tz="date",
    organizer=("Greenhouse", "no-reply@greenhouse.io"),
    attendees=[ME_W],
    description="Reminder: your interview feedback for Marco Bianchi is due today. Northwind Labs.",
    trap=UAI))

add("nw-reverse-shadow-de", GOOGLE, Ev(
    uid="nw-reverse-shadow-balogun",
    summary="Reverse Shadow: Jordan führt, Kim beobachtet – Kandidat Ayo Balogun",
    start="20260327T100000", end="20260327T110000", tz="Europe/Berlin",
    organizer=("Recruiting Koordination", f"coordination@{NW}"),
    attendees=[ME_W, who("Kim Park", f"kim.park@{NW}"),
               who("BER-3-Linde (6)", f"room.linde@{NW}", cutype="ROOM", role="NON-PARTICIPANT")],
    description="Jordan leitet das Systemdesign-Interview, Kim gibt danach Feedback zur Interviewführung.",
    trap=UAI))


# ================================ not the user's interview: other ================================
add("mock-interviewing-io", GOOGLE, Ev(
    uid="iio-practice-88213@interviewing.io",
    summary="Practice interview: System Design (anonymous)",
    start="20260301T170000", end="20260301T180000", tz="utc",
    organizer=("interviewing.io", "no-reply@interviewing.io"),
    attendees=[ME_G],
    description=("Your practice interview is booked. Your interviewer (a senior engineer from a FAANG company) "
                 "will stay anonymous. This is a mock interview - no hiring decision.\nJoin: https://"
                 "interviewing.io/interview/88213"),
    trap="mock interview"))

add("mock-friend-for-real-company", GOOGLE, Ev(
    uid="q2w4e6r8t0y1u3i5o7p9@google.com",
    summary="Mock interview w/ Alex – prep for Fernhill onsite",
    start="20260303T190000", end="20260303T200000", tz="America/Los_Angeles",
    organizer=("Alex Romero", "alex.romero@gmail.com"),
    attendees=[who("Alex Romero", "alex.romero@gmail.com", partstat="ACCEPTED"), ME_G],
    description="Alex plays the interviewer: one coding + one behavioural question. Then feedback over pizza.",
    trap="mock interview"))

add("probe-gespraech-coach", GOOGLE, Ev(
    uid="kk-coaching-4411@karriere-kompass.de",
    summary="Probe-Vorstellungsgespräch mit Karrierecoach",
    start="20260302T170000", end="20260302T180000", tz="Europe/Berlin",
    organizer=("Karriere Kompass", "termine@karriere-kompass.de"),
    attendees=[ME_G, who("Birgit Sommer", "b.sommer@karriere-kompass.de")],
    description=("Übungsgespräch mit Videoaufzeichnung und anschließender Auswertung. Bitte die "
                 "Stellenanzeige mitbringen, auf die Sie sich vorbereiten möchten."),
    trap="mock interview"))

add("simulation-entretien", GOOGLE, Ev(
    uid="ft-atelier-sim-20260305",
    summary="Atelier : simulation d'entretien d'embauche",
    start="20260305T140000", end="20260305T163000", tz="Europe/Paris",
    organizer=("France Travail Lyon Part-Dieu", "ateliers.lyon@francetravail.example.fr"),
    attendees=[ME_G],
    description=("Atelier collectif : préparer et simuler un entretien d'embauche, avec mise en situation "
                 "filmée. Apportez votre CV."),
    location="Agence France Travail, 12 rue Servient, Lyon",
    trap="mock interview"))

add("simulacro-entrevista", GOOGLE, Ev(
    uid="uni-orientacion-sim-0311",
    summary="Simulacro de entrevista de trabajo – Servicio de Orientación",
    start="20260311T120000", end="20260311T130000", tz="Europe/Madrid",
    organizer=("Orientación Profesional UCM", "orientacion@ucm-alumni.example.es"),
    attendees=[ME_G],
    description="Práctica individual de entrevista con una orientadora. No es un proceso de selección.",
    trap="mock interview"))

add("webinar-behavioral", ZOOMP, Ev(
    uid="zoom-webinar-89120047731",
    summary="Webinar: Cracking the behavioral interview",
    start="20260304T180000", end="20260304T190000", tz="utc",
    organizer=("TalentLift Events", "events@talentlift.io"),
    attendees=[ME_G],
    description=("Hi Jordan Lee,\n\nThank you for registering for \"Cracking the behavioral interview\". Learn "
                 "the STAR method and how hiring managers score answers.\n\nPlease submit any questions to: "
                 "events@talentlift.io\n\nDate Time: Mar 4, 2026 06:00 PM UTC\n\nJoin from PC, Mac, iPad, or "
                 "Android: https://us06web.zoom.us/w/89120047731\n\nYou can cancel your registration at any "
                 "time."),
    trap="webinar"))

add("employer-how-we-hire", GOOGLE, Ev(
    uid="gullwing-hwh-qa-2026@gullwingrobotics.com",
    summary="How we hire: Engineering at Gullwing Robotics – live Q&A",
    start="20260318T170000", end="20260318T180000", tz="America/Los_Angeles",
    organizer=("Gullwing Robotics Careers", "careers@gullwingrobotics.com"),
    attendees=[ME_G],
    description=("Join our engineering leads for an open session on our interview process, what we look for, "
                 "and life at Gullwing. Open to everyone - bring your questions!\n\n" + ZOOM),
    trap="employer info session"))

add("online-seminar-de", GOOGLE, Ev(
    uid="vhs-kurs-26F-4410@vhs-musterstadt.example.de",
    summary="Online-Seminar: Souverän im Vorstellungsgespräch",
    start="20260307T100000", end="20260307T130000", tz="Europe/Berlin",
    organizer=("VHS Musterstadt", "anmeldung@vhs-musterstadt.example.de"),
    attendees=[ME_G],
    description="Kursnummer 26F-4410. Typische Fragen, Körpersprache, Gehaltsverhandlung. Zugang per Zoom.",
    trap="webinar"))

add("podcast-recording", GOOGLE, Ev(
    uid="pipeline-ep142-rec@pipelineshow.fm",
    summary="Podcast recording: The Pipeline Show – interview with Jordan Lee",
    start="20260309T160000", end="20260309T170000", tz="utc",
    organizer=("Marisol Vega", "host@pipelineshow.fm"),
    attendees=[who("Marisol Vega", "host@pipelineshow.fm", partstat="ACCEPTED"), ME_G],
    description=("Episode 142 - we'll talk about your open-source work on stream processing. Riverside "
                 "studio link: https://riverside.fm/studio/pipeline-show. Please use headphones."),
    trap="research/press"))

add("press-interview", GOOGLE, Ev(
    uid="techdaily-hpark-northwind-launch",
    summary="Interview with Helena Park (TechDaily) re: Northwind launch",
    start="20260311T140000", end="20260311T143000", tz="Europe/Berlin",
    organizer=("Helena Park", "hpark@techdaily.news"),
    attendees=[who("Helena Park", "hpark@techdaily.news", partstat="ACCEPTED"), ME_W,
               who("Nora Fitz", f"press@{NW}")],
    description=("Thanks for making time. I'm writing a piece on the launch and would like a few quotes on the "
                 "roadmap. On the record unless agreed otherwise. Nora from your comms team is cc'd."),
    trap="research/press"))

add("presse-portrait-fr", GOOGLE, Ev(
    uid="lesechos-start-portrait-lee",
    summary="Interview pour Les Échos Start – portrait",
    start="20260313T113000", end="20260313T121500", tz="Europe/Paris",
    organizer=("Clémence Aubry", "c.aubry@journal-exemple.fr"),
    attendees=[ME_G],
    description=("Bonjour Jordan, merci d'avoir accepté cette interview pour notre série de portraits de "
                 "développeurs en reconversion. Nous parlerons de votre parcours. Photographe sur place."),
    location="Café Pinson, Paris 3e",
    trap="research/press"))

add("radio-entrevista", GOOGLE, Ev(
    uid="radiolevante-tec-0316",
    summary="Entrevista en Radio Levante – sección de tecnología",
    start="20260316T093000", end="20260316T100000", tz="Europe/Madrid",
    organizer=("Producción Radio Levante", "produccion@radiolevante.example.es"),
    attendees=[ME_G],
    description="Entrevista en directo de 10 minutos sobre inteligencia artificial y empleo. Te llamamos al móvil.",
    trap="research/press"))

add("user-research-paid", GOOGLE, Ev(
    uid="ui-session-2231908@userinterviews.com",
    summary="User interview: how you plan trips (Voyagely) – $75 gift card",
    start="20260308T170000", end="20260308T174500", tz="utc",
    organizer=("Voyagely Research via User Interviews", "research@voyagely.com"),
    attendees=[ME_G, who("Keisha Grant", "keisha.grant@voyagely.com")],
    description=("Thanks for signing up for this research session! Keisha, a UX researcher at Voyagely, will ask "
                 "about how you plan trips. You'll receive a $75 gift card after the session.\n\n" + ZOOM),
    trap="research/press"))

add("nutzerinterview-banking", GOOGLE, Ev(
    uid="ux-study-banking-app-0319",
    summary="Nutzerinterview zur Banking-App – Aufwandsentschädigung 50 €",
    start="20260319T180000", end="20260319T184500", tz="Europe/Berlin",
    organizer=("UX Research Sparda Digital", "ux-research@sparkfeld-digital.de"),
    attendees=[ME_G],
    description=("Vielen Dank für Ihre Teilnahme an unserer Studie. Wir möchten verstehen, wie Sie Ihre "
                 "Finanzen verwalten. Es gibt keine falschen Antworten."),
    trap="research/press"))

add("visa-interview", GOOGLE, Ev(
    uid="ais-usvisa-appt-8821947",
    summary="US visa interview – U.S. Consulate General Frankfurt",
    start="20260402T081500", end="20260402T091500", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_PRIVATE),
    description=("Bring passport, DS-160 confirmation, appointment confirmation, photo. No electronics. Giessener "
                 "Str. 30, Frankfurt."),
    location="U.S. Consulate General Frankfurt",
    trap="not a job interview"), method="")

add("school-admission", GOOGLE, Ev(
    uid="rm-admissions-2026-mia-lee",
    summary="Admission interview – Riverside Montessori (Mia)",
    start="20260305T083000", end="20260305T091500", tz="America/Los_Angeles",
    organizer=("Riverside Montessori Admissions", "admissions@riversidemontessori.org"),
    attendees=[ME_G],
    description="Parent interview and classroom visit for the 2026-27 school year. Please bring Mia along.",
    trap="not a job interview"))

add("naturalization-interview", GOOGLE, Ev(
    uid="s5d6f7g8h9j0k1l2z3x4@google.com",
    summary="USCIS naturalization interview",
    start="20260408T094000", end="20260408T110000", tz="America/Los_Angeles",
    organizer=("Jordan Lee", ME_PRIVATE),
    description="Field office, 630 Sansome St. Bring green card, passports, tax transcripts.",
    location="USCIS San Francisco Field Office",
    trap="not a job interview"), method="")

add("arzttermin", GOOGLE, Ev(
    uid="v1b2n3m4l5k6j7h8g9f0@google.com",
    summary="Dr. Albers – Kontrolltermin",
    start="20260306T081500", end="20260306T084500", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_PRIVATE),
    location="Praxis Dr. Albers, Kastanienallee 9",
    trap="personal appointment"), method="")

add("dinner-friends", ICLOUD, Ev(
    uid="A3F1B2C4-D5E6-4F70-8192-A3B4C5D6E7F8",
    summary="Dinner with Sam & Priya",
    start="20260307T193000", end="20260307T220000", tz="Europe/Berlin",
    location="Trattoria Lucca",
    trap="personal appointment"), method="")

add("coffee-chat", GOOGLE, Ev(
    uid="c0ff33-grayfield-lena@grayfield.io",
    summary="Coffee chat – Lena Hoffmann (Grayfield)",
    start="20260303T083000", end="20260303T090000", tz="Europe/Berlin",
    organizer=("Lena Hoffmann", "lena@grayfield.io"),
    attendees=[who("Lena Hoffmann", "lena@grayfield.io", partstat="ACCEPTED"), ME_G],
    description=("Informal chat, not an interview - happy to tell you about life on the data team at Grayfield "
                 "and answer anything you're curious about."),
    location="Bonanza Coffee, Oderberger Str. 35",
    trap="coffee chat"))

add("afterview-tickler", GOOGLE, Ev(
    uid="afterview-3f0c9a1b7d2e4c6a8b0d1e2f3a4b5c6d",
    summary="Send thank-you: Fernhill Robotics interview",
    start="20260305T183000", end="20260305T184500", tz="utc",
    description="Reminder from afterview: a thank-you draft for the Fernhill Robotics interview is waiting.",
    extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thankyou:5h2k9c0q8v3n1m7x4b6z@google.com"],
    trap="afterview tickler"), method="")

add("exit-interview", OUTLOOK, Ev(
    uid="040000008200E00074C5B7101A82E008000000004D5E6F7A61A8DC01000000000000000010000000NW04",
    summary="Exit interview – Jordan Lee",
    start="20260330T110000", end="20260330T113000", tz="win:W. Europe Standard Time",
    organizer=("People Team Northwind", f"people@{NW}"),
    attendees=[ME_W],
    description=("Hi Jordan, as part of your offboarding we'd like to hear your honest feedback about your time "
                 "at Northwind Labs. Confidential, 30 minutes."),
    trap="not a job interview"))

add("career-fair-allday", GOOGLE, Ev(
    uid="techfair-berlin-2026-visit",
    summary="Tech Career Fair Berlin – booth visits",
    start="20260321", end="20260322", tz="date",
    organizer=("Jordan Lee", ME_PRIVATE),
    description="Visit booths: Rotbuche, Ferrovia Labs, Saffron Labs. Bring 20 printed CVs.",
    location="Station Berlin, Luckenwalder Str. 4-6",
    trap="job fair"), method="")

add("internal-planning-recurring", GOOGLE, Ev(
    uid="nw-platform-weekly@google.com",
    summary="Platform team weekly",
    start="20260302T100000", end="20260302T103000", tz="Europe/Berlin",
    organizer=("Ines Tavares", f"ines.tavares@{NW}"),
    attendees=[ME_W, who("Diego Santos", f"diego.santos@{NW}"), who("Kim Park", f"kim.park@{NW}")],
    description="Roadmap, incidents, hiring pipeline update (2 open reqs).",
    extra=["RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO"],
    trap="internal meeting"))

add("performance-review", GOOGLE, Ev(
    uid="nw-midyear-jordan-ines",
    summary="Mid-year review: Jordan / Ines",
    start="20260320T140000", end="20260320T150000", tz="Europe/Berlin",
    organizer=("Ines Tavares", f"ines.tavares@{NW}"),
    attendees=[ME_W, who("Ines Tavares", f"ines.tavares@{NW}", partstat="ACCEPTED")],
    description="Self-assessment in Lattice beforehand, please.",
    trap="internal meeting"))

add("reference-call", GOOGLE, Ev(
    uid="quarryrock-ref-oduya-01",
    summary="Reference call re: Sam Oduya",
    start="20260312T170000", end="20260312T172000", tz="utc",
    organizer=("Tess Morgan", "tess.morgan@quarryrockhealth.com"),
    attendees=[who("Tess Morgan", "tess.morgan@quarryrockhealth.com", partstat="ACCEPTED"), ME_G],
    description=("Hi Jordan, Sam Oduya listed you as a reference for a Senior Engineer role at Quarryrock "
                 "Health. Thanks for making 20 minutes - I'll call you on your mobile."),
    trap="user as reference"))

add("background-check-appointment", GOOGLE, Ev(
    uid="fp-appt-orion-20260401",
    summary="Fingerprinting appointment – background check (Orion Mutual)",
    start="20260401T090000", end="20260401T093000", tz="America/New_York",
    organizer=("Checkr Scheduling", "appointments@checkr-scheduling.example.com"),
    attendees=[ME_G],
    description=("Your fingerprinting appointment for your pre-employment background check is confirmed. "
                 "Bring a government-issued ID."),
    location="IdentoGO, 10 Milk St, Boston",
    trap="not a job interview"))

add("wohnungsbesichtigung", GOOGLE, Ev(
    uid="b9n8m7l6k5j4h3g2f1d0@google.com",
    summary="Wohnungsbesichtigung Kollwitzstr. 12",
    start="20260314T110000", end="20260314T113000", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_PRIVATE),
    description="Makler Herr Jansen, Tel. 0170 5550123. Schufa-Auskunft mitbringen.",
    trap="personal appointment"), method="")

add("rdv-banque", GOOGLE, Ev(
    uid="rdv-banque-pret-0318",
    summary="Rendez-vous banque – prêt immobilier",
    start="20260318T170000", end="20260318T180000", tz="Europe/Paris",
    organizer=("Julie Perrin", "julie.perrin@banque-exemple.fr"),
    attendees=[ME_G],
    description=("Entretien avec votre conseillère pour l'étude de votre dossier de prêt. Apportez vos 3 "
                 "derniers bulletins de salaire."),
    trap="personal appointment"))

add("cita-itv", GOOGLE, Ev(
    uid="itv-cita-0320-lee",
    summary="Cita ITV coche",
    start="20260320T083000", end="20260320T090000", tz="Europe/Madrid",
    organizer=("Jordan Lee", ME_PRIVATE),
    location="Estación ITV Alcobendas",
    trap="personal appointment"), method="")

add("research-study-academic", GOOGLE, Ev(
    uid="hu-study-sleep-work-p2",
    summary="Study interview (part 2): remote work & sleep",
    start="20260323T150000", end="20260323T160000", tz="Europe/Berlin",
    organizer=("Dr. Kerstin Maier", "k.maier@psych.uni-exemplar.de"),
    attendees=[ME_G],
    description=("Second semi-structured interview of the research study you enrolled in. Compensation "
                 "20 EUR. Ethics approval no. 2025-114."),
    trap="research/press"))

add("informational-interview", GOOGLE, Ev(
    uid="info-int-ravelin-0326",
    summary="Informational interview – Tobias Engel (Ravelin Maps)",
    start="20260326T170000", end="20260326T173000", tz="Europe/Berlin",
    organizer=("Jordan Lee", ME_PRIVATE),
    attendees=[who("Jordan Lee", ME_PRIVATE, partstat="ACCEPTED", rsvp=False),
               who("Tobias Engel", "tobias.engel@ravelinmaps.com")],
    description=("Thanks for agreeing to chat, Tobias! I'd love to hear how you moved from backend work into "
                 "mapping and what the team is like. Not job-hunting at Ravelin, just learning."),
    trap="coffee chat"))


FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def write(out: Path) -> tuple[int, int]:
    """Given the corpus folder, writes the holdout4 files and their labels; returns (files, label rows)."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, (slug, prodid, method, events) in enumerate(FILES, start=1):
        name = f"{SPLIT}-{n:03d}-{slug}.ics"
        (out / name).write_bytes(calendar(events, prodid, method).encode("utf-8"))
        seen: set[str] = set()
        for ev in events:
            if ev.uid in seen:
                continue
            seen.add(ev.uid)
            rows.append({"file": name, "uid": ev.uid, "is_interview": "1" if ev.interview else "0",
                         "company": ev.company, "role": ev.role, "stage": ev.stage,
                         "interviewers": ";".join(ev.people), "split": SPLIT, "trap": ev.trap})
    labels = out / "labels.csv"
    kept: list[dict[str, str]] = []
    if labels.exists():
        with labels.open(encoding="utf-8", newline="") as handle:
            kept = [r for r in csv.DictReader(handle) if r["split"] != SPLIT]
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(kept + rows)
    return len(FILES), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    files, rows = write(args.out)
    print(f"wrote {files} {SPLIT} files, {rows} label rows")


if __name__ == "__main__":
    main()
