"""iCalendar text helpers for the train18 event corpus (user: Amadou Diallo, Brussels).

Only low-level pieces live here: escaping, line folding, calendar wrappers, time-zone blocks,
ORGANIZER/ATTENDEE lines and the video-call boilerplate producers paste into descriptions.
Every event itself is written out by hand in the train18ev_* data modules.
"""

from __future__ import annotations

from dataclasses import dataclass

ME_PRIVATE = "amadou.diallo@skynet.be"
ME_WORK = "a.diallo@univ-bruxelles-est.be"
STAMP = "DTSTAMP:20261120T081500Z"


@dataclass(frozen=True)
class Ev:
    """One .ics file and its label row."""

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
    return "\r\n".join(out)


def ve(*props: str) -> str:
    """A VEVENT from raw content lines (already escaped where needed)."""
    lines = ["BEGIN:VEVENT", *props, "END:VEVENT"]
    return "\r\n".join(fold(p) for p in lines)


def comp(name: str, *props: str) -> str:
    """Any other component (VALARM, VTODO) from raw lines."""
    return "\r\n".join(fold(p) for p in [f"BEGIN:{name}", *props, f"END:{name}"])


def cal(prodid: str, *parts: str, method: str | None = "REQUEST", head: tuple[str, ...] = ()) -> str:
    """A VCALENDAR around time-zone blocks and events; CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(fold(h) for h in head)
    lines.extend(parts)
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def d(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def s(text: str) -> str:
    return "SUMMARY:" + esc(text)


def loc(text: str) -> str:
    return "LOCATION:" + esc(text)


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={stat}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return f"ATTENDEE{params}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", stat="ACCEPTED", cutype="ROOM", rsvp=False)


def resource(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", stat="ACCEPTED", cutype="RESOURCE", rsvp=False)


def _rules(std_start: str, dst_start: str, name_std: str | None, name_dst: str | None, outlook: bool) -> list[str]:
    if outlook:
        by_std = "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"
        by_dst = "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3"
    else:
        by_std = "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        by_dst = "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    std = ["BEGIN:STANDARD", f"DTSTART:{std_start}", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"]
    if name_std:
        std.append(f"TZNAME:{name_std}")
    std += [by_std, "END:STANDARD"]
    dst = ["BEGIN:DAYLIGHT", f"DTSTART:{dst_start}", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"]
    if name_dst:
        dst.append(f"TZNAME:{name_dst}")
    dst += [by_dst, "END:DAYLIGHT"]
    return std + dst


def tz_windows(tzid: str = "Romance Standard Time") -> str:
    """The VTIMEZONE Outlook/Exchange writes for a Central European Windows zone."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    lines += _rules("16010101T030000", "16010101T020000", None, None, True)
    lines.append("END:VTIMEZONE")
    return "\r\n".join(lines)


def tz_olson(tzid: str = "Europe/Brussels", lic: bool = True) -> str:
    """The VTIMEZONE Google / Apple write for a Central European Olson zone."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += _rules("19701025T030000", "19700329T020000", "CET", "CEST", False)
    lines.append("END:VTIMEZONE")
    return "\r\n".join(lines)


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iPhone OS 17.5//EN"


def teams_fr(meeting_id: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\n"
            f"Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
            "%40thread.v2/0>\n"
            f"ID de la réunion : {meeting_id}\nCode secret : {code[:6]}\n"
            "Télécharger Teams<https://www.microsoft.com/fr-be/microsoft-teams/download-app> | Rejoindre sur le "
            "web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
            "meetingOptions/>\n"
            "________________________________________________________________________________")


def teams_en(meeting_id: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
            "%40thread.v2/0>\n"
            f"Meeting ID: {meeting_id}\nPasscode: {code[:6]}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
            "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")


def teams_de(meeting_id: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\n"
            "Nehmen Sie auf Ihrem Computer, in der mobilen App oder über ein Raumgerät teil\n"
            f"Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{code}%40thread.v2/0>\n"
            f"Besprechungs-ID: {meeting_id}\nKennung: {code[:6]}\n"
            "Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen"
            "<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")


def zoom(lang: str, mid: str, pwd: str, host: str = "us02web") -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}\n\n"
                "Une seule touche sur l'appareil mobile\n+3228087188,,{0}# Belgique\n".format(mid.replace(" ", "")))
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n\n"
                "Móvil con un toque\n+34917873431,,{0}# España\n".format(mid.replace(" ", "")))
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}\n\n"
                "Schnelleinwahl mobil\n+496950500951,,{0}# Deutschland\n".format(mid.replace(" ", "")))
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
            "One tap mobile\n+3226266233,,{0}# Belgium\n".format(mid.replace(" ", "")))


def meet(lang: str, code: str, phone: str = "+32 2 894 18 31", pin: str = "402 117 593#") -> str:
    link = f"https://meet.google.com/{code}"
    if lang == "fr":
        return (f"Participer avec Google Meet : {link}\n\nOu appeler le : (BE) {phone}\nCode : {pin}\n"
                f"Autres numéros de téléphone : https://tel.meet/{code}?pin=1\n")
    if lang == "es":
        return (f"Unirse con Google Meet: {link}\n\nO marcar: (ES) {phone} PIN: {pin}\n"
                f"Más números de teléfono: https://tel.meet/{code}?pin=1\n")
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: {link}\n\nTeilnahme per Telefon: (DE) {phone} PIN: {pin}\n"
                f"Weitere Telefonnummern: https://tel.meet/{code}?pin=1\n")
    return (f"Join with Google Meet: {link}\n\nJoin by phone: (BE) {phone} PIN: {pin}\n"
            f"More phone numbers: https://tel.meet/{code}?pin=1\n")


def google_footer(lang: str, email: str) -> str:
    if lang == "fr":
        return ("\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
                f"Vous recevez cet e-mail à l'adresse {email}, car vous êtes invité à cet événement.\n"
                "Transférer cette invitation peut permettre à tout destinataire d'envoyer une réponse à "
                "l'organisateur.")
    if lang == "es":
        return ("\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                f"Has recibido este correo electrónico en {email} porque eres un invitado de este evento.")
    if lang == "de":
        return ("\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                f"Sie erhalten diese E-Mail unter {email}, da Sie ein Gast dieses Termins sind.")
    return ("\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email at {email} because you are an attendee on this event.")


def webex(lang: str, number: str, site: str) -> str:
    if lang == "fr":
        return (f"Rejoindre la réunion Webex\nhttps://{site}.webex.com/{site}/j.php?MTID=m{number.replace(' ', '')}\n"
                f"Numéro de la réunion (code d'accès) : {number}\nMot de passe de la réunion : Cloud2026!\n")
    return (f"Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{number.replace(' ', '')}\n"
            f"Meeting number (access code): {number}\nMeeting password: Cloud2026!\n")
