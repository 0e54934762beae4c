"""Raw iCalendar text helpers for the holdout56 event split (written blind, CC0 1.0).

Everything here composes plain text by hand: escaping, folding at 75 octets, VTIMEZONE blocks, people.
"""

from __future__ import annotations

HW_FREE = "hannah.whitfield@outlook.com"
HW_WORK = "h.whitfield@marshlane-law.co.uk"
STAMP = "20250301T081500Z"

VTZ = {
    "Europe/London": [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "Europe/Dublin": [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Dublin",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:IST",
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
    "Europe/Berlin": [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
}
VTZ["Europe/Paris"] = [x.replace("Europe/Berlin", "Europe/Paris") for x in VTZ["Europe/Berlin"]]
VTZ["Europe/Madrid"] = [x.replace("Europe/Berlin", "Europe/Madrid") for x in VTZ["Europe/Berlin"]]


def outlook_tz(tzid: str, std: str = "+0000", dst: str = "+0100") -> list[str]:
    """An Outlook-style VTIMEZONE with a display-name TZID."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def cn(name: str) -> str:
    return f'"{name}"' if any(c in name for c in ",;:") else name


def person(prop: str, email: str, name: str | None = None, role: str | None = "REQ-PARTICIPANT",
           ps: str | None = "NEEDS-ACTION", cutype: str | None = None, rsvp: str | None = None,
           sent_by: str | None = None) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    if prop == "ATTENDEE" and role:
        params.append(f"ROLE={role}")
    if prop == "ATTENDEE" and ps:
        params.append(f"PARTSTAT={ps}")
    if rsvp:
        params.append(f"RSVP={rsvp}")
    if name:
        params.append(f"CN={cn(name)}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    head = ";".join([prop, *params])
    return f"{head}:mailto:{email}"


def org(email: str, name: str | None = None, sent_by: str | None = None) -> str:
    return person("ORGANIZER", email, name, sent_by=sent_by)


def att(email: str, name: str | None = None, **kw: str | None) -> str:
    return person("ATTENDEE", email, name, **kw)


def me(free: bool = True, ps: str = "NEEDS-ACTION", name: str | None = "Hannah Whitfield") -> str:
    return att(HW_FREE if free else HW_WORK, name, ps=ps, rsvp="TRUE")


def room(email: str, name: str) -> str:
    return att(email, name, cutype="ROOM", role="NON-PARTICIPANT", ps="ACCEPTED")


def when(day: str, hhmm: str, mins: int = 0, tz: str | None = "Europe/London", utc: bool = False) -> list[str]:
    """DTSTART/DTEND for day YYYYMMDD at hhmm; tz None = floating; utc=True for Z times; hhmm '' = all day."""
    if not hhmm:
        nxt = int(day) + 1
        return [f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{nxt}"]
    h, m = int(hhmm[:2]), int(hhmm[2:])
    e = h * 60 + m + mins
    end = f"{e // 60:02d}{e % 60:02d}00"
    start = f"{h:02d}{m:02d}00"
    if utc:
        return [f"DTSTART:{day}T{start}Z", f"DTEND:{day}T{end}Z"]
    if tz is None:
        return [f"DTSTART:{day}T{start}", f"DTEND:{day}T{end}"]
    tzp = f'"{tz}"' if any(c in tz for c in ",;:") else tz
    return [f"DTSTART;TZID={tzp}:{day}T{start}", f"DTEND;TZID={tzp}:{day}T{end}"]


def vevent(uid: str, summary: str, times: list[str], desc: str | None = None, loc: str | None = None,
           people: list[str] | tuple[str, ...] = (), extra: list[str] | tuple[str, ...] = (),
           seq: int = 0, status: str = "CONFIRMED", stamp: str = STAMP, alt: str | None = None) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", *times, f"SUMMARY:{esc(summary)}"]
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    lines += list(people)
    if seq:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    if alt:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(alt)}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def calendar(events: list[list[str]], prodid: str, method: str | None = "REQUEST",
             tzs: list[list[str]] | tuple[list[str], ...] = (), headers: list[str] | tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(headers)
    for tz in tzs:
        lines += tz
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out += fold(ln)
    return "\r\n".join(out) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def zoom(num: str, pwd: str, lang: str = "en") -> str:
    link = f"https://us02web.zoom.us/j/{num.replace(' ', '')}?pwd={pwd}"
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{link}\n\nMeeting-ID: {num}\nKenncode: {pwd[:6]}"
    if lang == "fr":
        return f"Participer à la réunion Zoom\n{link}\n\nID de réunion : {num}\nCode secret : {pwd[:6]}"
    if lang == "es":
        return f"Unirse a la reunión Zoom\n{link}\n\nID de reunión: {num}\nCódigo de acceso: {pwd[:6]}"
    return f"Join Zoom Meeting\n{link}\n\nMeeting ID: {num}\nPasscode: {pwd[:6]}"


def teams(mid: str, lang: str = "en") -> str:
    bar = "_" * 64
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams Benötigen Sie Hilfe?\nJetzt an der Besprechung teilnehmen\n{link}\n"
                f"Besprechungs-ID: 381 552 {mid[:3]}\nKennung: Xk7p\n{bar}")
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre maintenant\n{link}\n"
                f"ID de réunion : 381 552 {mid[:3]}\nCode secret : Xk7p\n{bar}")
    if lang == "es":
        return (f"{bar}\nReunión de Microsoft Teams\nUnirse ahora\n{link}\n"
                f"Id. de reunión: 381 552 {mid[:3]}\nCódigo de acceso: Xk7p\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
            f"the meeting\n{link}\nMeeting ID: 381 552 {mid[:3]}\nPasscode: Xk7p\n{bar}")


def meet(code: str, lang: str = "en") -> str:
    if lang == "de":
        return f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\nTelefonisch teilnehmen: +49 30 300195 412"
    if lang == "fr":
        return f"Rejoindre avec Google Meet : https://meet.google.com/{code}\nPar téléphone : +33 1 87 40 43 12"
    return (f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (GB) +44 20 3873 7654 PIN: "
            f"482 113 907#\nMore phone numbers: https://tel.meet/{code}?pin=1")


def webex(num: str) -> str:
    return (f"Join Webex meeting\nhttps://meetings-uk.webex.com/meet/j.php?MTID=m{num}\n"
            f"Meeting number (access code): {num[:4]} {num[4:7]} {num[7:10]}\nMeeting password: Lz4$qR")


def E(kind: str, ics: str, uid: str, is_int: int, company: str = "", role: str = "", stage: str = "",
      interviewers: str = "", trap: str | None = None) -> dict[str, str]:
    """One labelled event: file kind, text and its labels.csv cells."""
    return {"kind": kind, "ics": ics, "uid": uid, "is_interview": str(is_int), "company": company, "role": role,
            "stage": stage, "interviewers": interviewers, "trap": trap or kind}
