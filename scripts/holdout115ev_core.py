"""Raw iCalendar helpers for the holdout115 event corpus (written blind, CC0 1.0).

Nothing here uses an iCalendar writer: every line is composed as text, folded at 75 octets and joined with
CRLF, the way mail clients and ATS tools send invitations.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME = "valerie.ngono.audit@orange.fr"
WORK = "valerie.ngono@cabinet-nordaudit.fr"
ME_CN = "Valérie Ngono"


@dataclass
class Ev:
    kind: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
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


def hexid(seed: str, n: int = 32, upper: bool = False) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    return h[:n].upper() if upper else h[:n]


def guid(seed: str) -> str:
    h = hexid(seed, 32, upper=True)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 72, upper=True)


def T(name: str, text: str) -> str:
    """A text property with its value escaped."""
    return f"{name}:{esc(text)}"


def D(text: str) -> str:
    return T("DESCRIPTION", text)


def _cn(cn: str) -> str:
    if any(c in cn for c in ',;:"'):
        return '"' + cn.replace('"', "") + '"'
    return cn


def att(mail: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str | None = "INDIVIDUAL", google: bool = False) -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f"CN={_cn(cn)}")
    if google:
        parts.append("X-NUM-GUESTS=0")
    return ";".join(parts) + f":mailto:{mail}"


def room(mail: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={_cn(cn)};RSVP=TRUE:mailto:{mail}"


def org(mail: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_cn(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{mail}"


def _tz(tzid: str, std_name: str = "CET", dst_name: str = "CEST", outlook: bool = False) -> list[str]:
    first = "16010101" if outlook else "19700329"
    first_std = "16010101" if outlook else "19701025"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{first_std}T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", *([] if outlook else [f"TZNAME:{std_name}"]), "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{first}T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", *([] if outlook else [f"TZNAME:{dst_name}"]), "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


TZ_PARIS = _tz("Europe/Paris")
TZ_BRU = _tz("Europe/Brussels")
TZ_BERLIN = _tz("Europe/Berlin")
TZ_MADRID = _tz("Europe/Madrid")
TZ_ROMANCE = _tz("Romance Standard Time", outlook=True)
TZ_WEUR = _tz("W. Europe Standard Time", outlook=True)
UTC1_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC1_EN = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
TZ_UTC1_FR = _tz(UTC1_FR, outlook=True)
TZ_UTC1_EN = _tz(UTC1_EN, outlook=True)

P_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
P_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P_EXCHANGE = "Microsoft Exchange Server 2010"
P_APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
P_IOS = "-//Apple Inc.//iOS 17.5.1//EN"
P_TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def tzp(tzid: str) -> str:
    """TZID parameter, quoted when the Windows display name has commas."""
    return f'"{tzid}"' if "," in tzid else tzid


def vevent(*lines: str, stamp: str = "20251002T081500Z") -> list[str]:
    body = list(lines)
    if not any(x.startswith("DTSTAMP") for x in body):
        body.insert(0, f"DTSTAMP:{stamp}")
    return ["BEGIN:VEVENT", *body, "END:VEVENT"]


def vcal(prodid: str, *events: list[str], method: str | None = "REQUEST", tzs: tuple[list[str], ...] = (),
         head: tuple[str, ...] = (), calscale: bool = True) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(tz)
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out.extend(fold(line))
    return "\r\n".join(out) + "\r\n"


# --- video-meeting boilerplate, in the language of the invitation ---------------------------------------

def teams(lang: str, seed: str) -> str:
    mid = " ".join(str(int(hexid(seed, 12), 16))[i:i + 3] for i in range(0, 15, 3))
    code = hexid(seed + "pw", 6)
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(seed, 40)}%40thread.v2/0"
    if lang == "fr":
        return ("________________________________________________________________________________\n"
                "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou votre "
                f"appareil de salle\nCliquez ici pour rejoindre la réunion<{link}>\nID de la réunion : {mid}\n"
                f"Code secret : {code}\nTélécharger Teams | Rejoindre sur le web\n"
                "En savoir plus | Options de réunion\n"
                "________________________________________________________________________________")
    if lang == "es":
        return ("________________________________________________________________________________\n"
                "Reunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{link}>\nId. de reunión: {mid}\n"
                f"Código de acceso: {code}\nDescargar Teams | Unirse en la web\n"
                "________________________________________________________________________________")
    if lang == "de":
        return ("________________________________________________________________________________\n"
                "Microsoft Teams-Besprechung\nNehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät "
                f"teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{link}>\nBesprechungs-ID: {mid}\n"
                f"Kennung: {code}\nTeams herunterladen | Im Web beitreten\n"
                "________________________________________________________________________________")
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{link}>\nMeeting ID: {mid}\nPasscode: {code}\n"
            "Download Teams | Join on the web\nLearn More | Meeting options\n"
            "________________________________________________________________________________")


def zoom(lang: str, seed: str) -> str:
    num = str(int(hexid(seed, 10), 16))[:11]
    spaced = f"{num[:3]} {num[3:7]} {num[7:]}"
    pw = str(int(hexid(seed + "z", 6), 16))[:6]
    url = f"https://us06web.zoom.us/j/{num}?pwd={hexid(seed + 'p', 24)}.1"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {spaced}\nCode secret : {pw}\n\n"
                f"Une seule touche sur l'appareil mobile\n+33170372246,,{num}#,,,,*{pw}# France\n\n"
                f"Composez un numéro en fonction de votre emplacement\n• +33 1 7037 2246 France\n"
                f"• +33 1 7095 0103 France")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {spaced}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n"
            f"+3226268100,,{num}#,,,,*{pw}# Belgium\n+33170372246,,{num}#,,,,*{pw}# France")


def meet_code(seed: str) -> str:
    h = "".join(c for c in hexid(seed, 40) if c.isalpha()) + "mnopqrstuvwxyz"
    return f"{h[:3]}-{h[3:7]}-{h[7:10]}"


def meet(lang: str, seed: str) -> str:
    code = meet_code(seed)
    pin = str(int(hexid(seed + "pin", 10), 16))[:9]
    pin = f"{pin[:3]} {pin[3:6]} {pin[6:]}"
    if lang == "fr":
        return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Participer avec Google Meet : https://meet.google.com/{code}\nOu appeler le : (FR) "
                f"+33 1 87 40 42 11 Code : {pin}#\nAutres numéros de téléphone : https://tel.meet/{code}?pin="
                f"{pin.replace(' ', '')}\n\nPour en savoir plus sur Meet : https://support.google.com/a/users/answer/"
                "9282720\n\nMerci de ne pas modifier cette section.\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (BE) +32 2 290 94 12 PIN: {pin}#\n"
            f"More phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def webex(lang: str, seed: str, site: str) -> str:
    num = str(int(hexid(seed, 10), 16))[:10]
    pw = hexid(seed + "w", 8)
    if lang == "fr":
        return (f"-- Ne pas supprimer ou modifier le texte suivant. --\nRéunion Webex\n"
                f"Rejoindre la réunion : https://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed, 32)}\n"
                f"Numéro de la réunion (code d'accès) : {num[:4]} {num[4:7]} {num[7:]}\n"
                f"Mot de passe de la réunion : {pw}\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll")
    return (f"-- Do not delete or change any of the following text. --\nWebex meeting\n"
            f"Join meeting: https://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed, 32)}\n"
            f"Meeting number (access code): {num[:4]} {num[4:7]} {num[7:]}\nMeeting password: {pw}")


def google_foot(lang: str, organizer: str, guest: str = ME) -> str:
    if lang == "fr":
        return ("\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
                f"Vous recevez cet e-mail, car vous êtes invité à cet événement ({guest}). Pour ne plus recevoir "
                "de notifications relatives à cet événement, refusez-le.\n\n"
                f"Transférer cette invitation peut permettre à tout destinataire d'envoyer une réponse à "
                f"l'organisateur ({organizer}).")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event ({guest}).\n\n"
            f"Forwarding this invitation could allow any recipient to send a response to the organizer "
            f"({organizer}).")
