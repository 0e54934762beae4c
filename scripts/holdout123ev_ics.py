"""Shared helpers for the holdout123 event corpus: raw iCalendar text, folded and CRLF-terminated.

The events themselves live in the holdout123ev_pos_* and holdout123ev_neg_* modules; each is an Ev holding
the VEVENT text (written by hand) and its label. cal() wraps it into a VCALENDAR with the time zones it names.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

SPLIT = "holdout123"
ME = "liam.fraser.hse@bigpond.com"
WORK = "liam.fraser@pilbaraore.com.au"

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iOS 18.1//EN",
    "mac": "-//Apple Inc.//macOS 15.1//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "workday": "-//Workday//Workday Recruiting//EN",
    "successfactors": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "pageup": "-//PageUp People//Interview Scheduler 2.0//EN",
    "greenhouse": "-//Greenhouse//Greenhouse Scheduling//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar//EN",
    "workable": "-//Workable//Workable Calendar//EN",
    "icims": "-//iCIMS//iCIMS Talent Cloud//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduling//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "jobadder": "-//JobAdder//JobAdder Calendar 1.0//EN",
    "livehire": "-//LiveHire//LiveHire Scheduling//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Interview//EN",
    "elmo": "-//ELMO Software//ELMO Recruitment//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
}

TZ = {
    "Australia/Perth": ("AWST", "+0800", None),
    "Australia/Brisbane": ("AEST", "+1000", None),
    "Australia/Darwin": ("ACST", "+0930", None),
    "Pacific/Noumea": ("+11", "+1100", None),
    "W. Australia Standard Time": ("AWST", "+0800", None),
    "(UTC+08:00) Perth": ("AWST", "+0800", None),
    "E. Australia Standard Time": ("AEST", "+1000", None),
}

TZ_DST = {
    # tzid: (std name, std offset, dst name, dst offset, std rule, dst rule, std start, dst start)
    "Australia/Sydney": ("AEST", "+1000", "AEDT", "+1100", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "19700405T030000", "19701004T020000"),
    "Europe/Berlin": ("CET", "+0100", "CEST", "+0200", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "19701025T030000", "19700329T020000"),
    "Europe/Paris": ("CET", "+0100", "CEST", "+0200", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                     "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "19701025T030000", "19700329T020000"),
    "W. Europe Standard Time": ("W. Europe Standard Time", "+0100", "W. Europe Daylight Time", "+0200",
                                "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
                                "16010101T030000", "16010101T020000"),
    "America/Santiago": ("-04", "-0400", "-03", "-0300", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "FREQ=YEARLY;BYMONTH=9;BYDAY=1SU", "19700405T000000", "19700906T000000"),
}


def vtimezone(tzid: str) -> str:
    """A VTIMEZONE block for one of the zones above."""
    if tzid in TZ:
        name, off, _ = TZ[tzid]
        return "\n".join([
            "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{name}", "END:STANDARD", "END:VTIMEZONE",
        ])
    sname, soff, dname, doff, srule, drule, sstart, dstart = TZ_DST[tzid]
    return "\n".join([
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{sstart}", f"RRULE:{srule}", f"TZOFFSETFROM:{doff}",
        f"TZOFFSETTO:{soff}", f"TZNAME:{sname}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{dstart}", f"RRULE:{drule}", f"TZOFFSETFROM:{soff}",
        f"TZOFFSETTO:{doff}", f"TZNAME:{dname}", "END:DAYLIGHT", "END:VTIMEZONE",
    ])


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return out


@dataclass(frozen=True)
class Ev:
    kind: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""

    @property
    def uid(self) -> str:
        unfolded = re.sub(r"\r\n[ \t]", "", self.text)
        m = re.search(r"^UID:(.*)$", unfolded, re.M)
        if not m:
            raise ValueError(f"no UID in {self.kind}")
        return m.group(1).rstrip("\r")


def cal(body: str, tool: str, tzs: tuple[str, ...] = (), method: str | None = "REQUEST",
        head: str = "") -> str:
    """Wrap hand-written VEVENT text into a VCALENDAR; fold long lines; CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[tool]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if head:
        lines.extend(textwrap.dedent(head).strip("\n").split("\n"))
    for tzid in tzs:
        lines.extend(vtimezone(tzid).split("\n"))
    for line in textwrap.dedent(body).strip("\n").split("\n"):
        if line.startswith(" ") and lines:  # a continuation written in the source: unfold it first
            lines[-1] += line[1:]
        else:
            lines.append(line.rstrip())
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out.extend(fold(line))
    return "\r\n".join(out) + "\r\n"


def ev(kind: str, body: str, tool: str, *, tzs: tuple[str, ...] = (), method: str | None = "REQUEST",
       head: str = "", yes: int = 0, company: str = "", role: str = "", stage: str = "", who: str = "",
       trap: str = "") -> Ev:
    """One labelled event. `who` is the ;-separated interviewer list (lower-case addresses or names)."""
    return Ev(kind, cal(body, tool, tzs, method, head), yes, company, role, stage, who, trap or kind)
