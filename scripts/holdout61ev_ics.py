"""Raw iCalendar helpers for the holdout61 event corpus (folding, escaping, zones, meeting boilerplate).

Everything here produces text by hand; nothing is serialised by a library, so the files keep the quirks of
the tools they imitate.
"""

from __future__ import annotations

import random

CRLF = "\r\n"
ME = "Camille Dubois-Nkemelu"
ME_FREE = "camille.dubois.nk@free.fr"
ME_WORK = "camille.dubois-nkemelu@chu-bordeaux.fr"

_RNG = random.Random(6161)


def hexid(n: int, upper: bool = False) -> str:
    s = "".join(_RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(n: int) -> str:
    return "".join(_RNG.choice("0123456789") for _ in range(n))


def uuid(upper: bool = True) -> str:
    s = f"{hexid(8)}-{hexid(4)}-4{hexid(3)}-a{hexid(3)}-{hexid(12)}"
    return s.upper() if upper else s


def outlook_uid() -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(72, upper=True)


def esc(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def q(value: str) -> str:
    """Quote a parameter value when it needs it."""
    return f'"{value}"' if any(c in value for c in ",;:") else value


def fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 sequence."""
    parts: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            parts.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    parts.append(cur)
    return CRLF.join(parts)


def att(email: str, cn: str | None = None, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT",
        rsvp: bool = True, cutype: str | None = None, extra: str = "") -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f"CN={q(cn)}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def room(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={q(cn)}:mailto:{email}"


def resource(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={q(cn)}:mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(f"CN={q(cn)}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + ("".join(";" + p for p in params)) + f":mailto:{email}"


def text(name: str, value: str, params: str = "") -> str:
    return f"{name}{';' + params if params else ''}:{esc(value)}"


def vevent(*lines: str | list[str] | tuple[str, ...]) -> list[str]:
    out = ["BEGIN:VEVENT"]
    for ln in lines:
        if isinstance(ln, list | tuple):
            out += [x for x in ln if x]
        elif ln:
            out.append(ln)
    return [*out, "END:VEVENT"]


def _tz(tzid: str, region: str, windows: bool, location: bool = True) -> list[str]:
    if region == "na":
        dst_from, dst_to, std_from, std_to = "-0500", "-0400", "-0400", "-0500"
        dst_rule, std_rule = ("BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU")
        names = ("EDT", "EST")
        dst_start, std_start = "19700308T020000", "19701101T020000"
        dst_at, std_at = "020000", "020000"
    else:
        dst_from, dst_to, std_from, std_to = "+0100", "+0200", "+0200", "+0100"
        dst_rule, std_rule = ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU")
        names = ("CEST", "CET")
        dst_start, std_start = "19700329T020000", "19701025T030000"
        dst_at, std_at = "020000", "030000"
    if windows:
        return [
            "BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"DTSTART:16010101T{std_at}", f"TZOFFSETFROM:{std_from}", f"TZOFFSETTO:{std_to}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{std_rule.split(';')[1]};{std_rule.split(';')[0]}", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dst_at}", f"TZOFFSETFROM:{dst_from}", f"TZOFFSETTO:{dst_to}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{dst_rule.split(';')[1]};{dst_rule.split(';')[0]}", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if location:
        out.append(f"X-LIC-LOCATION:{tzid}")
    out += [
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{dst_from}", f"TZOFFSETTO:{dst_to}", f"TZNAME:{names[0]}",
        f"DTSTART:{dst_start}", f"RRULE:FREQ=YEARLY;{dst_rule}", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{std_from}", f"TZOFFSETTO:{std_to}", f"TZNAME:{names[1]}",
        f"DTSTART:{std_start}", f"RRULE:FREQ=YEARLY;{std_rule}", "END:STANDARD",
        "END:VTIMEZONE",
    ]
    return out


TZ = {
    "Europe/Paris": _tz("Europe/Paris", "eu", False),
    "Europe/Zurich": _tz("Europe/Zurich", "eu", False),
    "Europe/Brussels": _tz("Europe/Brussels", "eu", False),
    "Europe/Berlin": _tz("Europe/Berlin", "eu", False, location=False),
    "America/Toronto": _tz("America/Toronto", "na", False),
    "America/Montreal": _tz("America/Montreal", "na", False, location=False),
    "Romance Standard Time": _tz("Romance Standard Time", "eu", True),
    "W. Europe Standard Time": _tz("W. Europe Standard Time", "eu", True),
    "Eastern Standard Time": _tz("Eastern Standard Time", "na", True),
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":
        _tz("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "eu", True),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":
        _tz("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "eu", True),
    "(UTC-05:00) Eastern Time (US & Canada)": _tz("(UTC-05:00) Eastern Time (US & Canada)", "na", True),
}

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "ios": "-//Apple Inc.//iPhone OS 17.4.1//EN",
    "macos": "-//Apple Inc.//macOS 14.4//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def cal(events: list[list[str]], prodid: str, method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        head: tuple[str, ...] = (), scale: bool = True) -> str:
    out = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(prodid, prodid)}", "VERSION:2.0"]
    if scale:
        out.append("CALSCALE:GREGORIAN")
    if method:
        out.append(f"METHOD:{method}")
    out += list(head)
    for tz in tzs:
        out += TZ[tz]
    for ev in events:
        out += ev
    out.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in out) + CRLF


def item(kind: str, ics: str, uid: str, is_interview: int, company: str = "", role: str = "", stage: str = "",
         interviewers: tuple[str, ...] | list[str] = (), trap: str = "") -> dict:
    return {
        "kind": kind, "ics": ics, "uid": uid, "is_interview": is_interview, "company": company, "role": role,
        "stage": stage, "interviewers": ";".join(i.lower() for i in interviewers), "trap": trap or kind,
    }


# --- meeting boilerplate --------------------------------------------------------------------------------------

def zoom(lang: str, host: str = "us06web") -> tuple[str, str]:
    mid = digits(11)
    pretty = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pwd = digits(6)
    url = f"https://{host}.zoom.us/j/{mid}?pwd={hexid(24)}.1"
    if lang == "fr":
        body = (f"Rejoindre la réunion Zoom\n{url}\n\nID de réunion : {pretty}\nCode secret : {pwd}\n\n---\n\n"
                f"Une seule touche sur l'appareil mobile\n+33170379729,,{mid}#,,,,*{pwd}# France\n"
                f"+33186995831,,{mid}#,,,,*{pwd}# France\n\nComposez un numéro en fonction de votre emplacement\n"
                f"• +33 1 7037 9729 France\n• +33 1 8699 5831 France\n\nID de réunion : {pretty}\n"
                f"Code secret : {pwd}\n\nTrouver votre numéro local : https://{host}.zoom.us/u/ab{hexid(6)}")
    else:
        body = (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {pretty}\nPasscode: {pwd}\n\n---\n\n"
                f"One tap mobile\n+41432107108,,{mid}#,,,,*{pwd}# Switzerland\n\n"
                f"Dial by your location\n• +41 43 210 71 08 Switzerland\n• +33 1 7037 9729 France\n\n"
                f"Meeting ID: {pretty}\nPasscode: {pwd}\n\nFind your local number: https://{host}.zoom.us/u/k{hexid(6)}")
    return url, body


def teams(lang: str) -> tuple[str, str]:
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(40)}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{uuid(False)}%22%7d")
    mid = f"{digits(3)} {digits(3)} {digits(3)} {digits(3)}"
    code = hexid(6)
    line = "_" * 80
    if lang == "fr":
        body = (f"{line}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou "
                f"votre appareil de salle\nCliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid}\n"
                f"Code secret : {code}\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/"
                f"download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com"
                f"/meetingOptions/>\n{line}")
    elif lang == "de":
        body = (f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder "
                f"Ihr Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
                f"Besprechungs-ID: {mid}\nKennung: {code}\nTeams herunterladen<https://www.microsoft.com/de-ch/"
                f"microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/"
                f"join-a-meeting>\nWeitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen"
                f"<https://teams.microsoft.com/meetingOptions/>\n{line}")
    else:
        body = (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {code}\n"
                f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
                f"<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/"
                f"JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n{line}")
    return url, body


def meet(lang: str) -> tuple[str, str]:
    code = f"{_abc(3)}-{_abc(4)}-{_abc(3)}"
    url = f"https://meet.google.com/{code}"
    pin = digits(9)
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "fr":
        body = (f"{sep}\nParticipez à la réunion Google Meet : {url}\n\nOu composez le : (FR) +33 1 87 40 "
                f"{digits(2)} {digits(2)} Code : {pin[:3]} {pin[3:6]} {pin[6:]}#\nPlus de numéros de téléphone : "
                f"https://tel.meet/{code}?pin={digits(13)}\n\nEn savoir plus sur Meet : "
                f"https://support.google.com/a/users/answer/9282720\n\nVeuillez ne pas modifier cette section.\n{sep}")
    else:
        body = (f"{sep}\nJoin with Google Meet: {url}\n\nJoin by phone\n(CH) +41 44 512 {digits(2)} {digits(2)} "
                f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n\nMore phone numbers: https://tel.meet/{code}?pin="
                f"{digits(13)}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                f"Please do not edit this section.\n{sep}")
    return url, body


def webex(lang: str, site: str) -> tuple[str, str]:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{hexid(32)}"
    num = f"{digits(4)} {digits(3)} {digits(4)}"
    pw = f"{_abc(2).upper()}{digits(2)}{_abc(4)}{digits(2)}"
    if lang == "fr":
        body = (f"Rejoindre la réunion Webex\n{url}\n\nNuméro de la réunion (code d'accès) : {num}\n"
                f"Mot de passe de la réunion : {pw}\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll\n"
                f"Code d'accès : {num}\n\nRejoindre par vidéo ou application\nComposez {num.replace(' ', '')}@"
                f"{site}.webex.com")
    else:
        body = (f"Join Webex meeting\n{url}\n\nMeeting number (access code): {num}\nMeeting password: {pw}\n\n"
                f"Join by phone\n+41-43-456-9571 Switzerland Toll\nAccess code: {num}")
    return url, body


def _abc(n: int) -> str:
    return "".join(_RNG.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(n))


def html(body: str) -> str:
    """A short Outlook-like HTML rendering of a plain body for X-ALT-DESC."""
    paras = "".join(f"<p class=MsoNormal>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17328.20068">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f"{paras}\n</BODY>\n</HTML>")


def outlook_tail() -> tuple[str, ...]:
    return (
        "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    )


def alarm(minutes: int = 15, desc: str = "Rappel") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", text("DESCRIPTION", desc), f"TRIGGER:-PT{minutes}M", "END:VALARM"]
