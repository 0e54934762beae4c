"""Raw iCalendar helpers for the holdout97 event split (blind author, CC0 1.0)."""

from __future__ import annotations

USER_FREE = "matthias.keller.chem@gmx.ch"
USER_WORK = "matthias.keller@chem-unibasel-lab.ch"

TZ_ZURICH = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
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
END:VTIMEZONE"""


def vtz(tzid: str) -> str:
    """A CET/CEST VTIMEZONE block under any TZID (IANA, Windows or Outlook display name)."""
    return TZ_ZURICH.replace("TZID:Europe/Zurich", f"TZID:{tzid}").replace(
        "X-LIC-LOCATION:Europe/Zurich", f"X-LIC-LOCATION:{tzid}" if "/" in tzid else ""
    ).replace("\n\n", "\n")


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting UTF-8 characters."""
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


def cal(
    events: list[str],
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
) -> str:
    """Wrap raw VEVENT blocks (text with \\n line breaks) into a VCALENDAR with CRLF and folding."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(vtz(tz).split("\n") if not tz.startswith("BEGIN:") else tz.split("\n"))
    for ev in events:
        lines.extend(ln for ln in ev.strip("\n").split("\n") if ln)
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln))
    return "\r\n".join(folded) + "\r\n"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    """One ATTENDEE line."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """One ORGANIZER line."""
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def event(uid: str, summary: str, dtstart: str, dtend: str, *, desc: str | None = None, loc: str | None = None,
          organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (), extra: tuple[str, ...] = (),
          stamp: str = "20250304T081233Z", seq: int = 0, status: str = "CONFIRMED") -> str:
    """Compose one VEVENT block from raw property values (summary/desc/loc are escaped here)."""
    lines = ["BEGIN:VEVENT", dtstart, dtend, f"DTSTAMP:{stamp}"]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines.extend(attendees)
    lines.append(f"CREATED:{stamp}")
    if desc is not None:
        lines.append("DESCRIPTION:" + esc(desc))
    lines.append(f"LAST-MODIFIED:{stamp}")
    if loc is not None:
        lines.append("LOCATION:" + esc(loc))
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status}")
    lines.append("SUMMARY:" + esc(summary))
    lines.append("TRANSP:OPAQUE")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return "\n".join(lines)


def z(date: str, time: str, tzid: str = "Europe/Zurich") -> tuple[str, str]:
    """Return DTSTART/DTEND pair helpers: z('20250312', '1400-1500')."""
    a, b = time.split("-")
    return (f"DTSTART;TZID={tzid}:{date}T{a}00", f"DTEND;TZID={tzid}:{date}T{b}00")


def u(date: str, time: str) -> tuple[str, str]:
    """UTC pair."""
    a, b = time.split("-")
    return (f"DTSTART:{date}T{a}00Z", f"DTEND:{date}T{b}00Z")


def fl(date: str, time: str) -> tuple[str, str]:
    """Floating pair."""
    a, b = time.split("-")
    return (f"DTSTART:{date}T{a}00", f"DTEND:{date}T{b}00")


ZOOM_EN = """Join Zoom Meeting
https://zoom.us/j/{mid}?pwd=Qm9yZXhVd0lhdDZkN2pGa2xRZz09

Meeting ID: {mid_sp}
Passcode: {pc}

One tap mobile
+41432107108,,{mid}# Switzerland
+41445290221,,{mid}# Switzerland"""

ZOOM_DE = """Zoom-Meeting beitreten
https://us06web.zoom.us/j/{mid}?pwd=aXZrN2dTb0p6UkVtS2xwYQ

Meeting-ID: {mid_sp}
Kenncode: {pc}

Schnelleinwahl mobil
+41315289688,,{mid}# Schweiz"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid_sp}
Passcode: {pc}
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________"""

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil.
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Besprechungs-ID: {mid_sp}
Kennung: {pc}
Teams herunterladen | Im Web beitreten
Weitere Infos | Besprechungsoptionen
________________________________________________________________________________"""

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
ID de la réunion : {mid_sp}
Code secret : {pc}
Télécharger Teams | Rejoindre sur le web
________________________________________________________________________________"""

MEET = """Join with Google Meet
https://meet.google.com/{code}

Join by phone
(CH) +41 43 508 71 {pin4} PIN: {pin}

More phone numbers: https://tel.meet/{code}?pin={pin}

Learn more about Meet at: https://support.google.com/a/users/answer/9282720"""

WEBEX_DE = """Webex-Meeting beitreten
https://{site}.webex.com/{site}/j.php?MTID=m{tid}
Meeting-Kennnummer (Zugriffscode): {mid_sp}
Meeting-Passwort: {pc}

Über Telefon beitreten
+41-44-512-3456 Schweiz Einwahl (gebührenpflichtig)"""


def zoom(mid: str, pc: str, lang: str = "en") -> str:
    sp = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    return (ZOOM_DE if lang == "de" else ZOOM_EN).format(mid=mid, mid_sp=sp, pc=pc)


def teams(mid: str, pc: str, lang: str = "en") -> str:
    sp = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    tpl = {"en": TEAMS_EN, "de": TEAMS_DE, "fr": TEAMS_FR}[lang]
    return tpl.format(tid="N2E0YjQ5ZTMtODFmNi00" + mid[:6], mid_sp=sp, pc=pc)


def meet(code: str, pin: str) -> str:
    return MEET.format(code=code, pin=pin, pin4=pin[:2])


def webex(site: str, mid: str, pc: str) -> str:
    sp = f"{mid[:4]} {mid[4:7]} {mid[7:]}"
    return WEBEX_DE.format(site=site, tid="e5b1c2d3f4a5968778695a4b3c2d1e0f" + mid[:4], mid_sp=sp, pc=pc)


def rec(kind: str, ics: str, uid: str, is_int: int, company: str = "", role: str = "", stage: str = "",
        ivs: str = "", trap: str = "") -> dict:
    """One generated file with its label row."""
    return {"kind": kind, "ics": ics, "uid": uid, "is_interview": is_int, "company": company, "role": role,
            "stage": stage, "interviewers": ivs, "trap": trap or kind}
