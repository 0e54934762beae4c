"""iCalendar text helpers for the blind holdout68 event split (see make_event_corpus_holdout68.py).

Everything here writes raw iCalendar text by hand: folding, escaping, the time-zone blocks different tools emit
and the video-call boilerplate in the languages the user's calendar holds.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from zoneinfo import ZoneInfo

CRLF = "\r\n"
USER = "rahul.menon.pm@outlook.com"
WORK = "rahul.menon@tripwise.nl"


def fold(line: str, width: int = 75) -> str:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = ""
            size = 0
            limit = width - 1
        cur += ch
        size += n
    out.append(cur)
    return (CRLF + " ").join(out)


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def hexid(seed: str, n: int = 32) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest().upper()[:n]


def exchange_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 16) + "0000000000000000100000000" + hexid(
        seed + "x", 32
    )


def to_utc(local: str, zone: str) -> str:
    """'20260115T140000' in zone -> '20260115T130000Z'."""
    dt = datetime.strptime(local, "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(zone))
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


# --- VTIMEZONE blocks -------------------------------------------------------------------------------------------

def _olson(tzid: str, std_name: str, dst_name: str, std_off: str, dst_off: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000" if std_off != "+0000" else "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000" if std_off != "+0000" else "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _windows(tzid: str, std_off: str, dst_off: str, hour_std: str = "030000", hour_dst: str = "020000") -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:16010101T{hour_std}",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:16010101T{hour_dst}",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


UTC1_LONG = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC0_LONG = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
UTC1_PARIS = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


def vtimezone(tzid: str) -> list[str]:
    if tzid == "Europe/Amsterdam":
        return _olson(tzid, "CET", "CEST", "+0100", "+0200")
    if tzid == "Europe/Berlin":
        return _olson(tzid, "CET", "CEST", "+0100", "+0200")
    if tzid == "Europe/Madrid":
        return _olson(tzid, "CET", "CEST", "+0100", "+0200")
    if tzid == "Europe/Paris":
        return _olson(tzid, "CET", "CEST", "+0100", "+0200")
    if tzid == "Europe/London":
        return _olson(tzid, "GMT", "BST", "+0000", "+0100")
    if tzid in ("W. Europe Standard Time", UTC1_LONG, "Romance Standard Time", UTC1_PARIS):
        return _windows(tzid, "+0100", "+0200")
    if tzid in ("GMT Standard Time", UTC0_LONG):
        return _windows(tzid, "+0000", "+0100", "020000", "010000")
    raise KeyError(tzid)


def tzparam(tzid: str) -> str:
    """A TZID parameter, quoted when the Windows display name holds commas or colons."""
    return f'TZID="{tzid}"' if ("," in tzid or ":" in tzid) else f"TZID={tzid}"


# --- calendar assembly ------------------------------------------------------------------------------------------

def calendar(prodid: str, events: list[list[str]], *, method: str | None = "REQUEST", tzids: tuple[str, ...] = (),
             head: tuple[str, ...] = (), calscale: bool = True) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tzid in tzids:
        lines.extend(vtimezone(tzid))
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def alarm(minutes: int = 15, text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(text)}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str | None = None, quote_cn: bool = False) -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={partstat}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if (quote_cn or "," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn) else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


# --- video boilerplate ------------------------------------------------------------------------------------------

def zoom(lang: str, meeting: str, pwd: str, host: str = "us02web.zoom.us") -> str:
    mid = meeting.replace(" ", "")
    url = f"https://{host}/j/{mid}?pwd={hexid(meeting, 24).lower()}"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {meeting}\nKenncode: {pwd}\n\n---\n\n"
                f"Schnelleinwahl mobil\n+496938079883,,{mid}#,,,,*{pwd}# Deutschland\n"
                f"+496950502596,,{mid}#,,,,*{pwd}# Deutschland\n\nEinwahl nach aktuellem Standort\n"
                f"• +49 69 3807 9883 Deutschland\n• +49 695 050 2596 Deutschland\n\nMeeting-ID: {meeting}\n"
                f"Kenncode: {pwd}\nOrtseinwahl suchen: https://{host}/u/abX7mQe2")
    if lang == "nl":
        return (f"Deelnemen aan Zoom-vergadering\n{url}\n\nVergadering-ID: {meeting}\nToegangscode: {pwd}\n\n---\n\n"
                f"Snel mobiel inbellen\n+31207941375,,{mid}#,,,,*{pwd}# Nederland\n\n"
                f"Inbellen op basis van uw locatie\n• +31 20 794 1375 Nederland\n• +31 20 794 7345 Nederland\n\n"
                f"Uw lokale nummer zoeken: https://{host}/u/kd3PqL")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {meeting}\nCode secret : {pwd}\n\n---\n\n"
                f"Appuyez une fois sur le numéro mobile\n+33170372246,,{mid}#,,,,*{pwd}# France\n\n"
                f"Composez un numéro en fonction de votre emplacement\n• +33 1 7037 2246 France\n"
                f"Trouvez votre numéro local : https://{host}/u/acF2tR")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting}\nPasscode: {pwd}\n\n---\n\nOne tap mobile\n"
            f"+442034815240,,{mid}#,,,,*{pwd}# United Kingdom\n+31207941375,,{mid}#,,,,*{pwd}# Netherlands\n\n"
            f"Dial by your location\n• +44 203 481 5240 United Kingdom\n• +31 20 794 1375 Netherlands\n\n"
            f"Meeting ID: {meeting}\nPasscode: {pwd}\n\nFind your local number: https://{host}/u/kbQ2zX9")


def teams(lang: str, meeting_id: str, code: str, phone: str | None = None, conf: str | None = None) -> str:
    line = "_" * 80
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + hexid(meeting_id, 40).lower() + "%40thread.v2/0"
    if lang == "nl":
        body = (f"Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\n"
                f"Klik hier om deel te nemen aan de vergadering<{link}>\nVergadering-id: {meeting_id}\n"
                f"Wachtwoordcode: {code}\nTeams downloaden<https://www.microsoft.com/nl-nl/microsoft-teams/"
                f"download-app> | Deelnemen op internet<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n")
        if phone:
            body += (f"Of bel in (alleen audio)\n{phone},,{conf}# Netherlands, Amsterdam\n"
                     f"Telefonische vergadering-id: {conf}#\n")
        return f"{line}\n{body}Meer informatie<https://aka.ms/JoinTeamsMeeting> | Opties voor vergadering\n{line}"
    if lang == "de":
        body = (f"Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät "
                f"aus teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{link}>\nBesprechungs-ID: "
                f"{meeting_id}\nKenncode: {code}\nTeams herunterladen | Im Web beitreten\n")
        if phone:
            body += f"Oder rufen Sie an (nur Audio)\n{phone},,{conf}# Germany, Hamburg\nKonferenz-ID: {conf}#\n"
        return f"{line}\n{body}Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n{line}"
    if lang == "es":
        body = (f"Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{link}>\nId. de reunión: {meeting_id}\n"
                f"Código de acceso: {code}\nDescargar Teams | Unirse en la web\n")
        return f"{line}\n{body}Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n{line}"
    body = (f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
            f"meeting<{link}>\nMeeting ID: {meeting_id}\nPasscode: {code}\nDownload Teams<https://www.microsoft.com/"
            f"en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/"
            f"join-a-meeting>\n")
    if phone:
        body += f"Or call in (audio only)\n{phone},,{conf}# United Kingdom, London\nPhone Conference ID: {conf}#\n"
    return f"{line}\n{body}Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n{line}"


def meet(lang: str, code: str, pin: str, country: str = "NL", phone: str = "+31 20 257 4712") -> str:
    url = f"https://meet.google.com/{code}"
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "nl":
        mid = (f"Deelnemen met Google Meet: {url}\nOf bel: ({country}) {phone} pincode: {pin}#\n"
               f"Meer telefoonnummers: https://tel.meet/{code}?pin={pin}\n\n"
               "Meer informatie over Meet: https://support.google.com/a/users/answer/9282720")
        tail = "Bewerk dit gedeelte niet."
    elif lang == "de":
        mid = (f"Mit Google Meet teilnehmen: {url}\nOder telefonisch teilnehmen: ({country}) {phone} PIN: {pin}#\n"
               f"Weitere Telefonnummern: https://tel.meet/{code}?pin={pin}\n\n"
               "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720")
        tail = "Bitte bearbeiten Sie diesen Abschnitt nicht."
    else:
        mid = (f"Join with Google Meet: {url}\nOr dial: ({country}) {phone} PIN: {pin}#\n"
               f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
               "Learn more about Meet at: https://support.google.com/a/users/answer/9282720")
        tail = "Please do not edit this section."
    return f"{sep}\n{mid}\n\n{tail}\n{sep}"


def webex(site: str, number: str, pwd: str) -> str:
    mid = number.replace(" ", "")
    return (f"Join the meeting: https://{site}.webex.com/{site}/j.php?MTID=m{hexid(number, 32).lower()}\n"
            f"Meeting number (access code): {number}\nMeeting password: {pwd}\n\nJoin by phone\n"
            f"+31-20-721-9249 Netherlands Toll\nAccess code: {number}\n\n"
            f"Join from a video system or application\nDial {mid}@{site}.webex.com\n"
            "You can also dial 173.243.2.68 and enter your meeting number.\n\n"
            f"Join using Microsoft Lync or Microsoft Skype for Business\nDial {mid}.{site}@lync.webex.com")


def outlook_tail() -> list[str]:
    return [
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
    ]


def alt_html(text: str) -> str:
    """Outlook's X-ALT-DESC: the body as a small HTML document, escaped as TEXT."""
    paras = "".join(f"<p class=MsoNormal>{p or '&nbsp;'}</p>\n" for p in text.split("\n"))
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17928.20114">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f"{paras}</BODY>\n</HTML>")
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(html)


def item(kind: str, ics: str, uid: str, interview: bool, *, company: str = "", role: str = "", stage: str = "",
         interviewers: tuple[str, ...] = (), trap: str = "") -> dict:
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": 1 if interview else 0,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": ";".join(x.lower() for x in interviewers),
        "trap": trap,
    }
