"""Raw iCalendar helpers for the holdout108 event split (blind author; CC0 1.0).

Every event is composed here as plain text lines; nothing is serialised by a library. The helpers only
escape TEXT values, fold long lines at 75 octets and join with CRLF.
"""

from __future__ import annotations

import hashlib

ME = "leonie.hartmann.logo@gmx.de"
WORK = "l.hartmann@logopaedie-suedstadt-koeln.de"
SPLIT = "holdout108"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
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


def hexid(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def apple_uid(seed: str) -> str:
    h = hexid(seed, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 56).upper()


def google_uid(seed: str) -> str:
    return hexid(seed, 26) + "@google.com"


def tz_central(tzid: str, std_name: str = "CET", dst_name: str = "CEST") -> list[str]:
    """A central-European VTIMEZONE under any TZID (IANA, Windows or Outlook display name)."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std_name}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst_name}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def tz_outlook(tzid: str) -> list[str]:
    """Outlook/Exchange style: no TZNAME, 1601 anchors."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def when(tz: str, start: str, end: str | None = None) -> list[str]:
    """DTSTART/DTEND lines. tz: an TZID, '' (floating or UTC as written) or 'DATE' (all-day)."""
    if tz == "DATE":
        par = ";VALUE=DATE"
    elif tz:
        par = f";TZID={tz}"
    else:
        par = ""
    lines = [f"DTSTART{par}:{start}"]
    if end:
        lines.append(f"DTEND{par}:{end}")
    return lines


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    par = ""
    if cn:
        par += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    if sent_by:
        par += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{par}:mailto:{email}"


def att(
    email: str,
    cn: str | None = None,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    cutype: str | None = None,
    rsvp: bool = True,
) -> str:
    par = ""
    if cutype:
        par += f";CUTYPE={cutype}"
    par += f";ROLE={role};PARTSTAT={partstat}"
    if rsvp and cutype not in ("ROOM", "RESOURCE"):
        par += ";RSVP=TRUE"
    if cn:
        par += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return f"ATTENDEE{par}:mailto:{email}"


def ev(
    uid: str,
    times: list[str],
    summary: str,
    *,
    organizer: str | None = None,
    attendees: tuple[str, ...] | list[str] = (),
    desc: str | None = None,
    loc: str | None = None,
    stamp: str = "20260202T081500Z",
    seq: int | None = None,
    status: str | None = None,
    extra: tuple[str, ...] | list[str] = (),
    transp: str | None = "OPAQUE",
) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", *times, f"SUMMARY:{esc(summary)}"]
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    if transp:
        lines.append(f"TRANSP:{transp}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def cal(
    events: list[list[str]] | list[str],
    prodid: str,
    *,
    method: str | None = "REQUEST",
    tz: list[str] | None = None,
    headers: tuple[str, ...] | list[str] = (),
) -> str:
    """Wrap VEVENT line lists (or one list) into a VCALENDAR text with folded CRLF lines."""
    if events and isinstance(events[0], str):
        events = [events]  # type: ignore[list-item]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(headers)
    if tz:
        lines.extend(tz)
    for e in events:
        lines.extend(e)  # type: ignore[arg-type]
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out.extend(fold(ln))
    return "\r\n".join(out) + "\r\n"


def rec(
    kind: str,
    ics: str,
    uid: str,
    is_interview: int,
    trap: str,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
) -> dict[str, str]:
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": str(is_interview),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
    }


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
BERLIN = tz_central("Europe/Berlin")
TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-Besprechung\n"
    "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
    "Klicken Sie hier, um an der Besprechung teilzunehmen"
    " <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Besprechungs-ID: {num}\nPasscode: {pw}\n"
    "Teams herunterladen <https://www.microsoft.com/microsoft-teams/download-app> | "
    "Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Weitere Infos <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n"
    "________________________________________________________________________________"
)
TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Meeting ID: {num}\nPasscode: {pw}\n"
    "Download Teams | Join on the web\nLearn More | Meeting options\n"
    "________________________________________________________________________________"
)


def teams(lang: str, seed: str) -> str:
    tpl = TEAMS_DE if lang == "de" else TEAMS_EN
    h = hexid(seed, 40)
    num = " ".join([str(int(h[:6], 16) % 900 + 100), str(int(h[6:12], 16) % 900 + 100),
                    str(int(h[12:18], 16) % 900 + 100), str(int(h[18:24], 16) % 900 + 100)])
    return tpl.format(mid=h[:30], num=num, pw=h[30:36])


def meet_de(code: str) -> str:
    return (
        f"Google Meet-Videokonferenz beitreten\nhttps://meet.google.com/{code}\n\n"
        "Oder per Telefon teilnehmen\n(DE) +49 30 300195061 PIN: 480 761 3#\n"
        f"Weitere Telefonnummern: https://tel.meet/{code}?pin=4807613\n\n"
        "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720"
    )


def meet_en(code: str) -> str:
    return (
        f"Join with Google Meet\nhttps://meet.google.com/{code}\n\n"
        "Join by phone\n(DE) +49 40 8081617 76 PIN: 913 442 087#\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720"
    )


def zoom(lang: str, mid: str, pw: str, host: str = "us06web") -> str:
    m = mid.replace(" ", "")
    link = f"https://{host}.zoom.us/j/{m}?pwd={pw}"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{link}\n\nMeeting-ID: {mid}\nKenncode: {pw[:6]}\n\n"
                f"Schnelleinwahl mobil\n+496971049922,,{m}# Deutschland")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{link}\n\nID de réunion : {mid}\nCode secret : {pw[:6]}\n\n"
                f"Une seule touche sur l'appareil mobile\n+33170379729,,{m}# France")
    return (f"Join Zoom Meeting\n{link}\n\nMeeting ID: {mid}\nPasscode: {pw[:6]}\n\n"
            f"One tap mobile\n+4969380989221,,{m}# Germany")


def webex_de(num: str) -> str:
    return (
        "-- Nicht löschen oder ändern Sie keinen der folgenden Texte. --\n\n"
        "Wenn es Zeit ist, nehmen Sie hier am Webex-Meeting teil.\n\n"
        f"Meeting beitreten\nhttps://meetingsemea.webex.com/meet/j.php?MTID=m{hexid(num, 32)}\n\n"
        f"Meeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: Logo2026!\n\n"
        "Über Telefon beitreten\n+49-619-6781-9736 Deutschland gebührenpflichtig"
    )
