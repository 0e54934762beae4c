"""Raw iCalendar helpers for the holdout110 event split (Aoife Brennan, Dublin talent acquisition).

Everything here only glues text together: escaping, line folding, VTIMEZONE blocks as the different
clients write them, attendee lines and the conferencing boilerplate of the usual video tools.
"""

from __future__ import annotations

import hashlib

CRLF = "\r\n"

FREE = "aoife.brennan.ta@gmail.com"
WORK = "aoife.brennan@ferrylane-software.ie"


def esc(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
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


def _tz_rules(std_from: str, std_to: str, std_name: str, dst_name: str, outlook: bool) -> list[str]:
    start_std = "16010101T020000" if outlook else "19701025T020000"
    start_dst = "16010101T010000" if outlook else "19700329T010000"
    if std_to == "+0000":
        start_dst = "16010101T010000" if outlook else "19700329T010000"
    else:
        start_std = "16010101T030000" if outlook else "19701025T030000"
        start_dst = "16010101T020000" if outlook else "19700329T020000"
    std = ["BEGIN:STANDARD", f"DTSTART:{start_std}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
           f"TZOFFSETFROM:{std_from}", f"TZOFFSETTO:{std_to}"]
    dst = ["BEGIN:DAYLIGHT", f"DTSTART:{start_dst}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
           f"TZOFFSETFROM:{std_to}", f"TZOFFSETTO:{std_from}"]
    if not outlook:
        std.append(f"TZNAME:{std_name}")
        dst.append(f"TZNAME:{dst_name}")
    return [*std, "END:STANDARD", *dst, "END:DAYLIGHT"]


# tzid -> (offset in summer, offset in winter, winter name, summer name, outlook style)
_ZONES = {
    "Europe/Dublin": ("+0100", "+0000", "GMT", "IST", False),
    "Europe/London": ("+0100", "+0000", "GMT", "BST", False),
    "Europe/Berlin": ("+0200", "+0100", "CET", "CEST", False),
    "Europe/Paris": ("+0200", "+0100", "CET", "CEST", False),
    "Europe/Madrid": ("+0200", "+0100", "CET", "CEST", False),
    "GMT Standard Time": ("+0100", "+0000", "", "", True),
    "W. Europe Standard Time": ("+0200", "+0100", "", "", True),
    "Romance Standard Time": ("+0200", "+0100", "", "", True),
    "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": ("+0100", "+0000", "", "", True),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": ("+0200", "+0100", "", "", True),
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": ("+0200", "+0100", "", "", True),
}


def vtimezone(tzid: str) -> list[str]:
    summer, winter, wname, sname, outlook = _ZONES[tzid]
    head = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if tzid.startswith("Europe/") and not outlook:
        head.append(f"X-LIC-LOCATION:{tzid}")
    return [*head, *_tz_rules(summer, winter, wname, sname, outlook), "END:VTIMEZONE"]


def calendar(prodid: str, events: list[list[str]], tzids: tuple[str, ...] = (), method: str | None = "REQUEST",
             head: tuple[str, ...] = ()) -> str:
    """One VCALENDAR; `events` are lists of unfolded content lines (BEGIN/END:VEVENT included by caller)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append("CALSCALE:GREGORIAN")
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzids:
        lines.extend(vtimezone(tz))
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out.extend(fold(ln))
    return CRLF.join(out) + CRLF


def _q(cn: str) -> str:
    return f'"{cn}"' if any(c in cn for c in ',;:') else cn


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "INDIVIDUAL", rsvp: bool = True, extra: str = "", google: bool = False) -> str:
    parts = ["ATTENDEE", f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f"CN={_q(cn)}")
    if google:
        parts.append("X-NUM-GUESTS=0")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_q(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def _h(seed: str, n: int) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uid_google(seed: str) -> str:
    h = _h(seed, 26)
    return f"{h}@google.com"


def uid_outlook(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + _h(seed, 16).upper() + "00000000000000001000000" + \
        _h(seed + "x", 30).upper()


def uid_guid(seed: str) -> str:
    h = _h(seed, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uid_at(seed: str, domain: str, n: int = 20) -> str:
    return f"{_h(seed, n)}@{domain}"


def meet(code: str, lang: str = "en") -> str:
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n\nOder wählen Sie sich ein: (IE) "
                "+353 1 437 0329 PIN: 318 442 907#\nWeitere Telefonnummern: https://tel.meet/"
                f"{code}?pin=3184429070\n\nWeitere Informationen zu Meet finden Sie unter: "
                "https://support.google.com/a/users/answer/9282720")
    return (f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (IE) +353 1 437 0329 PIN: "
            f"771 208 513#\nMore phone numbers: https://tel.meet/{code}?pin=7712085130\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.")


def teams(mid: str, lang: str = "en") -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    bar = "_" * 64
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder Ihr "
                f"Raumgerät bei\nJetzt an der Besprechung teilnehmen <{link}>\nBesprechungs-ID: 382 114 906 27\n"
                f"Kennung: Xk7Qp2\nWeitere Infos <https://aka.ms/JoinTeamsMeeting>\n{bar}")
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
                f"de salle\nCliquez ici pour participer à la réunion <{link}>\nID de la réunion : 341 776 201 "
                f"553\nCode secret : Hd3Wq9\nEn savoir plus <https://aka.ms/JoinTeamsMeeting>\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
            f"the meeting <{link}>\nMeeting ID: 355 902 418 76\nPasscode: 7pRt4B\nDownload Teams "
            f"<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web\n"
            f"Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n{bar}")


def teams_html(plain: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in plain.replace("<", "&lt;").replace(">", "&gt;").split("\n") if p)
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML>\n<HEAD>\n<META NAME=\"Generator\" "
            "CONTENT=\"MS Exchange Server version 16.0.17928.20114\">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n"
            f"{body}\n</BODY>\n</HTML>")


def zoom(mid: str, lang: str = "en", host: str = "") -> str:
    num = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    link = f"https://us02web.zoom.us/j/{mid}?pwd=Q2xvV0Fsb2hRZ1pZ"
    if lang == "fr":
        return (f"{host} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\n{link}\n\n"
                f"ID de réunion : {num}\nCode secret : 481516\n\nUne seule touche sur l'appareil mobile\n"
                f"+33170379729,,{mid}# France")
    if lang == "es":
        return (f"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{link}\n"
                f"\nID de reunión: {num}\nCódigo de acceso: 220931")
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{link}\n\nMeeting ID: "
            f"{num}\nPasscode: 905112\n\n---\n\nOne tap mobile\n+35312405080,,{mid}# Ireland\n"
            f"+442034815237,,{mid}# United Kingdom")


def webex(num: str, site: str, lang: str = "en") -> str:
    link = f"https://{site}.webex.com/{site}/j.php?MTID=m{_h(num, 32)}"
    if lang == "fr":
        return (f"Rejoindre la réunion\n{link}\n\nNuméro de la réunion (code d'accès) : {num}\nMot de passe de la "
                "réunion : Rk8pT3\n\nRejoindre par téléphone\n+33-1-7091-8646 France (Paris)")
    return (f"When it's time, join the Webex meeting here.\n\nJoin meeting\n{link}\n\nMeeting number (access code): "
            f"{num}\nMeeting password: Yq4cM2\n\nJoin by phone\n+353-1-526-0058 Ireland Toll")


def ev(uid: str, stamp: str, start: str, end: str, summary: str, *, tz: str = "", desc: str = "",
       loc: str = "", seq: int = 0, status: str = "CONFIRMED", extra: tuple[str, ...] = (),
       organizer: str = "", attendees: tuple[str, ...] = (), allday: bool = False, utc: bool = False,
       transp: str = "OPAQUE", order: str = "google") -> list[str]:
    """A VEVENT as a list of unfolded lines. `order` picks the property order of a client family."""
    if allday:
        ds, de = f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"
    elif utc:
        ds, de = f"DTSTART:{start}Z", f"DTEND:{end}Z"
    elif tz:
        q = f'"{tz}"' if any(c in tz for c in ",;:") else tz
        ds, de = f"DTSTART;TZID={q}:{start}", f"DTEND;TZID={q}:{end}"
    else:
        ds, de = f"DTSTART:{start}", f"DTEND:{end}"
    d = [f"DESCRIPTION:{esc(desc)}"] if desc else []
    lo = [f"LOCATION:{esc(loc)}"] if loc else []
    st = [f"STATUS:{status}"] if status else []
    su = f"SUMMARY:{esc(summary)}"
    if order == "outlook":
        body = [*([organizer] if organizer else []), *attendees, *d, f"UID:{uid}", su, ds, de, "CLASS:PUBLIC",
                "PRIORITY:5", f"DTSTAMP:{stamp}Z", f"TRANSP:{transp}", *st, f"SEQUENCE:{seq}", *lo, *extra]
    elif order == "apple":
        body = [f"UID:{uid}", f"DTSTAMP:{stamp}Z", ds, de, su, *lo, *d, *([organizer] if organizer else []),
                *attendees, f"SEQUENCE:{seq}", f"CREATED:{stamp}Z", f"LAST-MODIFIED:{stamp}Z",
                f"TRANSP:{transp}", *st, *extra]
    else:
        body = [ds, de, f"DTSTAMP:{stamp}Z", *([organizer] if organizer else []), f"UID:{uid}", *attendees,
                f"CREATED:{stamp}Z", *d, f"LAST-MODIFIED:{stamp}Z", *lo, f"SEQUENCE:{seq}", *st, su,
                f"TRANSP:{transp}", *extra]
    return ["BEGIN:VEVENT", *body, "END:VEVENT"]


def alarm(minutes: int = 15, text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(text)}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


def item(kind: str, text: str, uid: str, yes: bool, company: str = "", role: str = "", stage: str = "",
         interviewers: str = "", trap: str = "") -> dict[str, str]:
    return {"kind": kind, "text": text, "uid": uid, "is_interview": "1" if yes else "0", "company": company,
            "role": role, "stage": stage, "interviewers": interviewers, "trap": trap}


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.5.1//EN"
MAC = "-//Apple Inc.//macOS 14.6//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
