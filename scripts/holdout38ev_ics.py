"""iCalendar text helpers for the holdout38 event corpus (raw text, folded, escaped)."""

from __future__ import annotations

from dataclasses import dataclass

ME_P = "fiona.macleod@yahoo.co.uk"
ME_W = "fmacleod@thistle-outfitters.co.uk"
STAMP = "20261118T091500Z"


@dataclass(frozen=True)
class Ev:
    kind: str
    lang: str
    uid: str
    text: str
    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def ln(name: str, v: str, **params: str) -> str:
    ps = "".join(f";{k.replace('_', '-').upper()}={v}" for k, v in params.items())
    return fold(f"{name}{ps}:{v}")


def txt(name: str, v: str, **params: str) -> str:
    return ln(name, esc(v), **params)


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return fold(f"ATTENDEE{params}:mailto:{email}")


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if "," in cn else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return fold(f"ORGANIZER{params}:mailto:{email}")


def vevent(*lines: str) -> str:
    body = [x for x in lines if x]
    return "BEGIN:VEVENT\r\n" + "\r\n".join(body) + "\r\nEND:VEVENT"


def cal(prodid: str, *comps: str, method: str | None = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    head.extend(fold(x) for x in extra)
    return "\r\n".join(head) + "\r\n" + "\r\n".join(comps) + "\r\nEND:VCALENDAR\r\n"


def _tz(tzid: str, std_off: str, dst_off: str, std_name: str = "", dst_name: str = "",
        outlook: bool = False) -> str:
    """European rules: DST from last Sunday of March to last Sunday of October."""
    std_from, dst_from = dst_off, std_off
    sn = f"\r\nTZNAME:{std_name}" if std_name and not outlook else ""
    dn = f"\r\nTZNAME:{dst_name}" if dst_name and not outlook else ""
    hour_std = "020000" if std_off in ("+0000",) else "030000"
    hour_dst = "010000" if std_off in ("+0000",) else "020000"
    start = "16010101" if outlook else "19700101"
    return (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n"
            f"BEGIN:STANDARD\r\nDTSTART:{start}T{hour_std}\r\nTZOFFSETFROM:{std_from}\r\nTZOFFSETTO:{std_off}"
            f"\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU{sn}\r\nEND:STANDARD\r\n"
            f"BEGIN:DAYLIGHT\r\nDTSTART:{start}T{hour_dst}\r\nTZOFFSETFROM:{dst_from}\r\nTZOFFSETTO:{dst_off}"
            f"\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU{dn}\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE")


TZ_LONDON = _tz("Europe/London", "+0000", "+0100", "GMT", "BST")
TZ_DUBLIN = _tz("Europe/Dublin", "+0000", "+0100", "GMT", "IST")
TZ_MADRID = _tz("Europe/Madrid", "+0100", "+0200", "CET", "CEST")
TZ_AMS = _tz("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST")
TZ_BERLIN = _tz("Europe/Berlin", "+0100", "+0200", "CET", "CEST")
TZ_PARIS = _tz("Europe/Paris", "+0100", "+0200", "CET", "CEST")
WIN_GMT = _tz("GMT Standard Time", "+0000", "+0100", outlook=True)
WIN_WEU = _tz("W. Europe Standard Time", "+0100", "+0200", outlook=True)
WIN_ROM = _tz("Romance Standard Time", "+0100", "+0200", outlook=True)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iPhone OS 17.5//EN"


def teams(lang: str = "en", mid: str = "389 114 207 55", pc: str = "xQ7mVb") -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid.replace(' ', '')}%40thread.v2/0"
    sep = "_" * 64
    if lang == "de":
        head, j, m = "Microsoft Teams Benötigen Sie Hilfe?", "Jetzt an der Besprechung teilnehmen", "Besprechungs-ID"
        pk = "Kennung"
    elif lang == "fr":
        head, j, m = "Réunion Microsoft Teams", "Rejoindre la réunion maintenant", "ID de réunion"
        pk = "Code secret"
    elif lang == "es":
        head, j, m = "Reunión de Microsoft Teams", "Unirse a la reunión ahora", "Id. de reunión"
        pk = "Código de acceso"
    else:
        head, j, m = "Microsoft Teams Need help?", "Join the meeting now", "Meeting ID"
        pk = "Passcode"
    return f"{sep}\n{head}\n{j} <{url}>\n{m}: {mid}\n{pk}: {pc}\n{sep}\nFor organisers: Meeting options"


def zoom(mid: str, pwd: str, host: str = "us02web", lang: str = "en") -> str:
    compact = mid.replace(" ", "")
    url = f"https://{host}.zoom.us/j/{compact}?pwd={pwd}"
    if lang == "es":
        return f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}"
    if lang == "fr":
        return f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nSecret : {pwd[:6]}"
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}"
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}"
            f"\n\nOne tap mobile\n+442080806591,,{compact}# United Kingdom")


def meet(code: str, lang: str = "en") -> str:
    url = f"https://meet.google.com/{code}"
    if lang == "es":
        return f"Unirse con Google Meet: {url}\nO marcar: (ES) +34 910 58 31 66 PIN: 774 210 993#"
    if lang == "fr":
        return f"Participer avec Google Meet : {url}\nOu composer le : (FR) +33 1 87 40 45 62 Code : 551 803 227#"
    if lang == "de":
        return f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (DE) +49 30 300195012 PIN: 902 114 605#"
    return f"Join with Google Meet: {url}\nOr dial: (GB) +44 20 3957 1824 PIN: 318 552 604#"


def gfooter(lang: str = "en") -> str:
    if lang == "es":
        return ("Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
                "porque eres un invitado del evento.")
    if lang == "fr":
        return ("Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet "
                "e-mail, car vous êtes invité à cet événement.")
    if lang == "de":
        return ("Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                "Sie erhalten diese E-Mail, weil Sie Gast sind.")
    return ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
            "email because you are an attendee on the event.")


def webex(num: str, site: str) -> str:
    return (f"Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}a91\n"
            f"Meeting number (access code): {num}\nMeeting password: Hr{num[-3:]}x\n\nJoin by phone\n"
            "+44-20-7660-8149 United Kingdom Toll")


TZS = {"Europe/London": TZ_LONDON, "Europe/Dublin": TZ_DUBLIN, "Europe/Madrid": TZ_MADRID,
       "Europe/Amsterdam": TZ_AMS, "Europe/Berlin": TZ_BERLIN, "Europe/Paris": TZ_PARIS,
       "GMT Standard Time": WIN_GMT, "W. Europe Standard Time": WIN_WEU, "Romance Standard Time": WIN_ROM}


def quick(prodid: str, uid: str, summary: str, start: str, end: str, *, tz: str | None = None,
          organizer: str = "", attendees: tuple[str, ...] = (), desc: str = "", loc: str = "",
          method: str | None = "REQUEST", props: tuple[str, ...] = (), extra: tuple[str, ...] = (),
          with_vtz: bool = True, comps_after: tuple[str, ...] = ()) -> str:
    """Generic single-event calendar; tz None means UTC if start ends with Z, floating otherwise."""
    if len(start) == 8:
        s, e = ln("DTSTART", start, value="DATE"), ln("DTEND", end, value="DATE")
    elif tz:
        s, e = ln("DTSTART", start, tzid=tz), ln("DTEND", end, tzid=tz)
    else:
        s, e = ln("DTSTART", start), ln("DTEND", end)
    lines = [ln("UID", uid), ln("DTSTAMP", STAMP), s, e, txt("SUMMARY", summary)]
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if desc:
        lines.append(txt("DESCRIPTION", desc))
    if loc:
        lines.append(txt("LOCATION", loc))
    lines.extend(props)
    comps: list[str] = []
    if tz and with_vtz and tz in TZS and len(start) != 8:
        comps.append(TZS[tz])
    comps.append(vevent(*lines))
    comps.extend(comps_after)
    return cal(prodid, *comps, method=method, extra=extra)
