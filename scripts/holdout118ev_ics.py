"""iCalendar text helpers for the holdout118 event corpus (written blind, raw text)."""

from __future__ import annotations

from dataclasses import dataclass

CRLF = "\r\n"

ME_FREE = "grace.mensah.cs@outlook.com"
ME_WORK = "grace.mensah@northpeak-analytics.ca"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
MACOS = "-//Apple Inc.//macOS 15.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass
class Ev:
    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
            limit = 75
        cur += ch
        size += n
    out.append(cur)
    return CRLF.join(out)


def org(cn: str, email: str, sent_by: str | None = None) -> str:
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    name = f'"{cn}"' if ("," in cn or ":" in cn or ";" in cn) else cn
    return f"ORGANIZER;CN={name}{sb}:mailto:{email}"


def att(
    cn: str,
    email: str,
    *,
    role: str = "REQ-PARTICIPANT",
    ps: str = "NEEDS-ACTION",
    cutype: str = "INDIVIDUAL",
    rsvp: bool = True,
) -> str:
    name = f'"{cn}"' if ("," in cn or ":" in cn or ";" in cn) else cn
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={ps}{r};CN={name}:mailto:{email}"


def room(cn: str, email: str) -> str:
    return f'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{cn}":mailto:{email}'


def ve(
    uid: str,
    summary: str,
    start: str,
    end: str | None,
    *,
    desc: str | None = None,
    loc: str | None = None,
    orgz: str | None = None,
    atts: tuple[str, ...] | list[str] = (),
    extra: tuple[str, ...] | list[str] = (),
    stamp: str = "20251020T140000Z",
    seq: int | None = 0,
    status: str | None = "CONFIRMED",
    created: str | None = None,
) -> list[str]:
    """One VEVENT as raw lines; `start`/`end` carry their params, e.g. ';TZID=America/Toronto:20251104T100000'."""
    lines = ["BEGIN:VEVENT", f"DTSTART{start}"]
    if end is not None:
        lines.append(f"DTEND{end}")
    lines.append(f"DTSTAMP:{stamp}")
    if orgz:
        lines.append(orgz)
    lines.append(f"UID:{uid}")
    lines.extend(atts)
    if created:
        lines.append(f"CREATED:{created}")
    if desc is not None:
        lines.append("DESCRIPTION:" + esc(desc))
    if loc is not None:
        lines.append("LOCATION:" + esc(loc))
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append("SUMMARY:" + esc(summary))
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def cal(
    *events: list[str],
    prodid: str = GOOGLE,
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for block in tz:
        lines.extend(block.strip().splitlines())
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def _tz(tzid: str, std: tuple[str, str, str, str], dst: tuple[str, str, str, str] | None, label: bool = True) -> str:
    """std/dst: (from, to, name, rule-start 'YYYYMMDDTHHMMSS|RRULE')."""
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if label:
        out.append(f"X-LIC-LOCATION:{tzid}")
    for kind, part in (("DAYLIGHT", dst), ("STANDARD", std)):
        if part is None:
            continue
        frm, to, name, rule = part
        start, rrule = rule.split("|")
        out += [f"BEGIN:{kind}", f"TZOFFSETFROM:{frm}", f"TZOFFSETTO:{to}"]
        if name:
            out.append(f"TZNAME:{name}")
        out.append(f"DTSTART:{start}")
        if rrule:
            out.append(f"RRULE:{rrule}")
        out.append(f"END:{kind}")
    out.append("END:VTIMEZONE")
    return "\n".join(out)


_NA_DST = "19700308T020000|FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
_NA_STD = "19701101T020000|FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
_EU_DST = "19700329T020000|FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
_EU_STD = "19701025T030000|FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
_WIN_NA_STD = "16010101T020000|FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11"
_WIN_NA_DST = "16010101T020000|FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3"
_WIN_EU_STD = "16010101T030000|FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"
_WIN_EU_DST = "16010101T020000|FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3"

TZ_TORONTO = _tz("America/Toronto", ("-0400", "-0500", "EST", _NA_STD), ("-0500", "-0400", "EDT", _NA_DST))
TZ_NEW_YORK = _tz("America/New_York", ("-0400", "-0500", "EST", _NA_STD), ("-0500", "-0400", "EDT", _NA_DST))
TZ_VANCOUVER = _tz("America/Vancouver", ("-0700", "-0800", "PST", _NA_STD), ("-0800", "-0700", "PDT", _NA_DST))
TZ_BERLIN = _tz("Europe/Berlin", ("+0200", "+0100", "CET", _EU_STD), ("+0100", "+0200", "CEST", _EU_DST))
TZ_PARIS = _tz("Europe/Paris", ("+0200", "+0100", "CET", _EU_STD), ("+0100", "+0200", "CEST", _EU_DST))
TZ_MADRID = _tz("Europe/Madrid", ("+0200", "+0100", "CET", _EU_STD), ("+0100", "+0200", "CEST", _EU_DST))
TZ_MEXICO = _tz("America/Mexico_City", ("-0600", "-0600", "CST", "19700101T000000|"), None)
TZ_WIN_EASTERN = _tz(
    "Eastern Standard Time", ("-0400", "-0500", "", _WIN_NA_STD), ("-0500", "-0400", "", _WIN_NA_DST), label=False
)
TZ_WIN_EASTERN_UTC = _tz(
    "(UTC-05:00) Eastern Time (US & Canada)",
    ("-0400", "-0500", "", _WIN_NA_STD),
    ("-0500", "-0400", "", _WIN_NA_DST),
    label=False,
)
TZ_WIN_PARIS_UTC = _tz(
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    ("+0200", "+0100", "", _WIN_EU_STD),
    ("+0100", "+0200", "", _WIN_EU_DST),
    label=False,
)
TZ_WIN_ROMANCE = _tz(
    "Romance Standard Time", ("+0200", "+0100", "", _WIN_EU_STD), ("+0100", "+0200", "", _WIN_EU_DST), label=False
)
TZ_WIN_W_EUROPE = _tz(
    "W. Europe Standard Time", ("+0200", "+0100", "", _WIN_EU_STD), ("+0100", "+0200", "", _WIN_EU_DST), label=False
)
TZ_WIN_PACIFIC = _tz(
    "Pacific Standard Time", ("-0700", "-0800", "", _WIN_NA_STD), ("-0800", "-0700", "", _WIN_NA_DST), label=False
)


def tor(dt: str) -> str:
    return f";TZID=America/Toronto:{dt}"


def win(dt: str, tzid: str = "Eastern Standard Time") -> str:
    if any(c in tzid for c in ":;,"):
        tzid = f'"{tzid}"'
    return f";TZID={tzid}:{dt}"


def utc(dt: str) -> str:
    return f":{dt}Z"


def day(d: str) -> str:
    return f";VALUE=DATE:{d}"


def floating(dt: str) -> str:
    return f":{dt}"


ZOOM_EN = (
    "Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n"
    "+16475580588\\,\\,{mid_compact}# Canada\n+17789072071\\,\\,{mid_compact}# Canada\n\n"
    "Dial by your location\n• +1 647 558 0588 Canada\n• +1 778 907 2071 Canada\n\n"
    "Find your local number: https://us02web.zoom.us/u/kdRzQ4x1b"
)


def zoom(url: str, mid: str, pw: str) -> str:
    return ZOOM_EN.format(url=url, mid=mid, pw=pw, mid_compact=mid.replace(" ", "")).replace("\\,", ",")


def teams(lang: str = "en", conf: str = "219 733 508 441", pw: str = "Xe7qT3") -> str:
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MmE4ZjctYjQ%40thread.v2/0"
    if lang == "fr":
        return (
            "________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou votre "
            f"appareil de salle\nCliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {conf}\n"
            f"Code secret : {pw}\nTélécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de réunion\n"
            "________________________________________________________________________________"
        )
    if lang == "de":
        return (
            "________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät "
            f"aus teil.\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\nBesprechungs-ID: {conf}\n"
            f"Kennung: {pw}\nTeams herunterladen | Im Web beitreten\nWeitere Infos | Besprechungsoptionen\n"
            "________________________________________________________________________________"
        )
    if lang == "es":
        return (
            "________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nÚnase desde su equipo\\, aplicación móvil o dispositivo de sala\n"
            f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {conf}\nCódigo de acceso: {pw}\n"
            "Descargar Teams | Unirse en la web\nMás información | Opciones de reunión\n"
            "________________________________________________________________________________"
        ).replace("\\,", ",")
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{url}>\nMeeting ID: {conf}\nPasscode: {pw}\n"
        "Download Teams | Join on the web\nLearn More | Meeting options\n"
        "________________________________________________________________________________"
    )


def meet(code: str, lang: str = "en") -> str:
    url = f"https://meet.google.com/{code}"
    if lang == "fr":
        return (
            f"Participer avec Google Meet : {url}\nOu appeler le : (CA) +1 647-736-3184 "
            "Code : 482 119 306#\nAutres numéros de téléphone : https://tel.meet/" + code
        )
    if lang == "es":
        return (
            f"Unirse con Google Meet: {url}\nO marcar: (MX) +52 55 8421 0377 PIN: 771 204 9#\n"
            "Más números de teléfono: https://tel.meet/" + code
        )
    return (
        f"Join with Google Meet: {url}\nOr dial: (CA) +1 647-736-3184 PIN: 482 119 306#\n"
        "More phone numbers: https://tel.meet/" + code
    )


def webex(num: str, site: str) -> str:
    return (
        f"Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m4f1c0a7e2b9d\n"
        f"Meeting number (access code): {num}\nMeeting password: CsLead25\n\n"
        "Join by phone\n+1-416-915-6530 Canada Toll (Toronto)\n"
        "Can't join the meeting? https://help.webex.com/docs/meetings"
    )
