"""Raw iCalendar text helpers for the holdout111 event split (written blind, by hand).

Every event of the split is composed as raw lines here: folding at 75 octets, TEXT escaping,
VTIMEZONE blocks in the shapes Google, Outlook/Exchange, Apple and Thunderbird write them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

USER = "Margaux Lefèvre"
FREE = "margaux.lefevre.qa@bluewin.ch"
WORK = "margaux.lefevre@helvamed-devices.ch"

ZRH = ZoneInfo("Europe/Zurich")

WIN_LONG = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

# tz mode -> (TZID as written in DTSTART, VTIMEZONE TZID line value)
TZ_NAMES = {
    "zurich": "Europe/Zurich",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "win": "W. Europe Standard Time",
    "romance": "Romance Standard Time",
    "utcwin": WIN_LONG,
}


@dataclass
class Ev:
    kind: str
    text: str
    uid: str
    is_interview: int
    company: str
    role: str
    stage: str
    interviewers: str
    trap: str


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " " + ch
            size = 1 + n
            limit = 75
        else:
            cur += ch
            size += n
    out.append(cur)
    return "\r\n".join(out)


def vtimezone(mode: str) -> list[str]:
    name = TZ_NAMES[mode]
    if mode in ("zurich", "paris", "berlin", "madrid"):
        std, dst = "CET", "CEST"
        head = [f"TZID:{name}", f"X-LIC-LOCATION:{name}"]
    else:
        std, dst = "", ""
        head = [f"TZID:{name}"]
    lines = ["BEGIN:VTIMEZONE", *head]
    lines += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"]
    if dst:
        lines.append(f"TZNAME:{dst}")
    lines += ["DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT"]
    lines += ["BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"]
    if std:
        lines.append(f"TZNAME:{std}")
    lines += ["DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return lines


def _tzparam(mode: str) -> str:
    name = TZ_NAMES[mode]
    if any(c in name for c in ',;:'):
        return f';TZID="{name}"'
    return f";TZID={name}"


def when(prop: str, start: str, tz: str, mins: int = 0) -> str:
    """One DTSTART/DTEND/RECURRENCE-ID line; start is 'YYYY-MM-DD HH:MM' local (Zurich) time."""
    if tz == "date":
        day = datetime.strptime(start[:10] + " +0000", "%Y-%m-%d %z") + timedelta(days=mins // 1440 if mins else 0)
        return f"{prop};VALUE=DATE:{day:%Y%m%d}"
    local = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=ZRH) + timedelta(minutes=mins)
    if tz == "utc":
        utc = local.astimezone(ZoneInfo("UTC"))
        return f"{prop}:{utc:%Y%m%dT%H%M%S}Z"
    if tz == "float":
        return f"{prop}:{local:%Y%m%dT%H%M%S}"
    return f"{prop}{_tzparam(tz)}:{local:%Y%m%dT%H%M%S}"


def person(prop: str, cn: str, email: str, *, role: str = "REQ-PARTICIPANT", part: str = "NEEDS-ACTION",
           cutype: str = "", rsvp: bool = True, sent_by: str = "", extra: str = "") -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    if prop == "ATTENDEE":
        params.append(f"ROLE={role}")
        params.append(f"PARTSTAT={part}")
        if rsvp:
            params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ',;:') else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    if extra:
        params.append(extra)
    return f"{prop};{';'.join(params)}:mailto:{email}"


def vevent(uid: str, start: str, mins: int, summary: str, *, tz: str = "zurich", desc: str = "", loc: str = "",
           org: tuple = (), att: tuple | list = (), extra: tuple | list = (), alt: str = "", status: str = "CONFIRMED",
           seq: int = 0, stamp: str = "20260205T081500Z", rrule: str = "", recid: str = "",
           transp: str = "OPAQUE") -> list[str]:
    """org: (cn, email) or (cn, email, sent_by); att: ATTENDEE lines already built with person()."""
    lines = ["BEGIN:VEVENT"]
    if tz == "date":
        lines += [when("DTSTART", start, tz), when("DTEND", start, tz, 1440)]
    else:
        lines += [when("DTSTART", start, tz), when("DTEND", start, tz, mins)]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    if recid:
        lines.append(when("RECURRENCE-ID", recid, tz))
    lines += [f"DTSTAMP:{stamp}", f"UID:{uid}", f"SEQUENCE:{seq}"]
    if org:
        cn, email = org[0], org[1]
        sent = org[2] if len(org) > 2 else ""
        lines.append(person("ORGANIZER", cn, email, sent_by=sent))
    lines += list(att)
    lines.append(f"SUMMARY:{esc(summary)}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if alt:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(alt)}")
    if status:
        lines.append(f"STATUS:{status}")
    if transp:
        lines.append(f"TRANSP:{transp}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def vcal(prodid: str, events: list[list[str]], *, method: str = "REQUEST", tz: str = "zurich",
         head: tuple | list = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    if tz in TZ_NAMES:
        lines += vtimezone(tz)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def one(kind: str, trap: str, label: tuple, *, prodid: str, method: str = "REQUEST", head: tuple | list = (),
        **kw) -> Ev:
    """One file with one VEVENT. label = (is_interview, company, role, stage, interviewers)."""
    tz = kw.get("tz", "zurich")
    text = vcal(prodid, [vevent(**kw)], method=method, tz=tz, head=head)
    inter, company, role, stage, who = [*label, "", "", "", "", ""][:5]
    return Ev(kind, text, kw["uid"], int(inter), company, role, stage, who, trap)


def neg(kind: str, trap: str, **kw) -> Ev:
    return one(kind, trap, (0,), **kw)


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

MEET_FR = ("Rejoindre avec Google Meet\u00a0: https://meet.google.com/{code}\n"
           "Participer par téléphone\n(CH) +41 43 456 95 12 PIN\u00a0: {pin}#\n"
           "Plus de numéros de téléphone\u00a0: https://tel.meet/{code}?pin={pin}\n\n"
           "Invitation de Google Agenda\u00a0: https://calendar.google.com/calendar/\n\n"
           "Vous recevez cet e-mail, car vous êtes invité à cet événement.")
MEET_EN = ("Join with Google Meet: https://meet.google.com/{code}\n"
           "Join by phone\n(CH) +41 43 456 95 12 PIN: {pin}#\n\n"
           "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
           "You are receiving this email because you are an attendee of this event.")
TEAMS_FR = ("________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}>\n"
            "ID de la réunion : {num}\nCode secret : {pw}\n"
            "Appel audio uniquement\n+41 44 529 18 07,,{pin}#   Suisse, Zurich\n"
            "ID de conférence téléphonique : {pin}#\n"
            "________________________________________________________________________________")
TEAMS_EN = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}>\n"
            "Meeting ID: {num}\nPasscode: {pw}\n"
            "________________________________________________________________________________")
TEAMS_DE = ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\n"
            "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_{mid}>\nBesprechungs-ID: {num}\nPasscode: {pw}\n"
            "________________________________________________________________________________")
ZOOM_FR = ("Rejoindre la réunion Zoom\nhttps://us02web.zoom.us/j/{num}?pwd={pw}\n\n"
           "ID de réunion : {spaced}\nCode secret : {code}\n\n"
           "Une seule touche sur l'appareil mobile\n+41435015679,,{num}#,,,,*{code}# Suisse")
ZOOM_EN = ("Join Zoom Meeting\nhttps://zoom.us/j/{num}?pwd={pw}\n\nMeeting ID: {spaced}\nPasscode: {code}\n\n"
           "One tap mobile\n+41315289718,,{num}#,,,,*{code}# Switzerland")
WEBEX_EN = ("Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{mid}\n"
            "Meeting number (access code): {spaced}\nMeeting password: {pw}\n\n"
            "Join by phone\n+41-44-297-6123 Switzerland Toll")


def teams(lang: str, seed: int) -> str:
    tpl = {"fr": TEAMS_FR, "en": TEAMS_EN, "de": TEAMS_DE}[lang]
    mid = f"{seed * 7919:08x}a1c4-4f2e-b9d0-{seed:04d}e6f1c8a2%40thread.v2"
    num = f"3{seed % 97:02d} {seed * 31 % 1000:03d} {seed * 17 % 1000:03d} {seed * 13 % 1000:03d}"
    return tpl.format(mid=mid, num=num, pw=f"Xq{seed % 89}Tb", pin=f"{seed * 4093 % 1000000000:09d}")


def meet(lang: str, code: str, pin: str = "612 448 907") -> str:
    return (MEET_FR if lang == "fr" else MEET_EN).format(code=code, pin=pin.replace(" ", ""))


def zoom(lang: str, num: int) -> str:
    s = str(num)
    spaced = f"{s[:3]} {s[3:7]} {s[7:]}"
    tpl = ZOOM_FR if lang == "fr" else ZOOM_EN
    return tpl.format(num=s, pw=f"bTk{num % 9973}QvRz", spaced=spaced, code=f"{num % 900000 + 100000}")


def webex(site: str, num: int) -> str:
    s = str(num)
    return WEBEX_EN.format(site=site, mid=f"{num:x}e2b9c", spaced=f"{s[:4]} {s[4:7]} {s[7:]}", pw=f"QA{num % 991}x")


def att(cn: str, email: str, **kw) -> str:
    return person("ATTENDEE", cn, email, **kw)


def gatt(cn: str, email: str, part: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT") -> str:
    """An ATTENDEE line as Google Calendar writes it."""
    return person("ATTENDEE", cn, email, cutype="INDIVIDUAL", role=role, part=part, extra="X-NUM-GUESTS=0")


def me(email: str = FREE, part: str = "NEEDS-ACTION", cn: str = USER, google: bool = False) -> str:
    if google:
        return gatt(cn or email, email, part)
    return person("ATTENDEE", cn, email, part=part)


def room(cn: str, email: str) -> str:
    return person("ATTENDEE", cn, email, cutype="ROOM", role="NON-PARTICIPANT", part="ACCEPTED", rsvp=False)
