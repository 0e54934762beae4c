"""Helpers for the holdout75 event corpus: escaping, folding, time-zone blocks and call boilerplate.

The events themselves are written as raw iCalendar text in the holdout75ev_* modules; this module only
escapes the TEXT values put into their {PLACEHOLDERS}, folds long lines at 75 octets and wraps the calendar.
"""

from __future__ import annotations

ME = "nadia.benali.aero@gmail.com"
WORK = "nadia.benali@etu-isaero.fr"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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
    return out


def cal(body: str, prodid: str, method: str | None = "REQUEST", tzs: tuple[str, ...] = (), head: str = "",
        **vals: str) -> str:
    """Wrap raw VEVENT text into a VCALENDAR.

    Indentation is ignored, a line starting with "|" continues the previous one, {KEY} gets esc(vals[KEY]).
    """
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0"]
    for ln in head.splitlines():
        if ln.strip():
            lines.append(ln.strip())
    if method:
        lines.append("METHOD:" + method)
    for tz in tzs:
        lines.extend(ln.strip() for ln in tz.splitlines() if ln.strip())
    raw: list[str] = []
    for ln in body.splitlines():
        ln = ln.strip()
        if ln.startswith("|") and raw:
            raw[-1] += ln[1:]  # source-only continuation, keeps the Python lines short
        elif ln:
            raw.append(ln)
    for ln in raw:
        for key, val in vals.items():
            ln = ln.replace("{" + key + "}", esc(val))
        lines.append(ln)
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln))
    return "\r\n".join(folded) + "\r\n"


def olson(tzid: str, std: str = "CET", dst: str = "CEST", lic: bool = True) -> str:
    """A VTIMEZONE block for a central-European Olson zone."""
    loc = f"X-LIC-LOCATION:{tzid}\n" if lic else ""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
{loc}BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:{dst}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:{std}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def windows(tzid: str) -> str:
    """A VTIMEZONE block as Outlook/Exchange writes it, for a Windows or '(UTC+01:00) …' zone name."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


PARIS = olson("Europe/Paris")
BERLIN = olson("Europe/Berlin")
MADRID = olson("Europe/Madrid")
ROMANCE = windows("Romance Standard Time")
WEUROPE = windows("W. Europe Standard Time")
UTC1_EN = windows("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris")
UTC1_FR = windows("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")
UTC1_DE = windows("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien")
UTC1_ES = windows("(UTC+01:00) Bruselas, Copenhague, Madrid, París")

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
IOS = "-//Apple Inc.//iPhone OS 17.6.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def teams(lang: str, mid: str, code: str) -> str:
    """Microsoft Teams join block in the invite's language."""
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + mid.replace(" ", "") + "%40thread.v2/0"
    if lang == "fr":
        return (f"________________________________________________________________________________\n"
                f"Réunion Microsoft Teams\nParticipez à partir de votre ordinateur, de l'application mobile ou "
                f"de l'appareil de la salle\nCliquez ici pour participer à la réunion<{url}>\n"
                f"ID de la réunion : {mid}\nCode secret : {code}\nTélécharger Teams | Rejoindre sur le web\n"
                f"En savoir plus | Options de réunion\n"
                f"________________________________________________________________________________")
    if lang == "de":
        return (f"________________________________________________________________________________\n"
                f"Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
                f"Raumgerät teil.\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
                f"Besprechungs-ID: {mid}\nKennung: {code}\nTeams herunterladen | Im Web beitreten\n"
                f"Weitere Infos | Besprechungsoptionen\n"
                f"________________________________________________________________________________")
    if lang == "es":
        return (f"________________________________________________________________________________\n"
                f"Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\n"
                f"Código de acceso: {code}\nDescargar Teams | Unirse en la web\n"
                f"Más información | Opciones de reunión\n"
                f"________________________________________________________________________________")
    return (f"________________________________________________________________________________\n"
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {code}\n"
            f"Download Teams | Join on the web\nLearn More | Meeting options\n"
            f"________________________________________________________________________________")


def zoom(lang: str, host: str, mid: str, pwd: str) -> str:
    """Zoom join block."""
    digits = mid.replace(" ", "")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\nhttps://{host}.zoom.us/j/{digits}?pwd={pwd}\n\n"
                f"ID de réunion : {mid}\nCode secret : {pwd[:6]}\n\n---\n"
                f"Appareil mobile en un clic\n+33170372246,,{digits}# France\n\n"
                f"Composez un numéro en fonction de votre emplacement\n+33 1 7037 2246 France\n"
                f"+33 1 8699 5831 France")
    if lang == "de":
        return (f"Zoom-Meeting beitreten\nhttps://{host}.zoom.us/j/{digits}?pwd={pwd}\n\n"
                f"Meeting-ID: {mid}\nKenncode: {pwd[:6]}\n\n---\nSchnelleinwahl mobil\n"
                f"+496938079883,,{digits}# Deutschland")
    return (f"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{digits}?pwd={pwd}\n\n"
            f"Meeting ID: {mid}\nPasscode: {pwd[:6]}\n\n---\nOne tap mobile\n"
            f"+33170379729,,{digits}# France\n+442034815240,,{digits}# United Kingdom")


def meet(lang: str, code: str, pin: str) -> str:
    """Google Meet footer as Google Calendar writes it into DESCRIPTION."""
    if lang == "fr":
        return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
                f"Participer par téléphone\n(FR) +33 1 87 40 41 93 PIN : {pin}#\n\n"
                f"En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
                f"Merci de ne pas modifier cette section.\n"
                f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Join with Google Meet: https://meet.google.com/{code}\n\n"
            f"Join by phone\n(FR) +33 1 87 40 41 93 PIN: {pin}#\n\n"
            f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            f"Please do not edit this section.\n"
            f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def webex(lang: str, site: str, num: str, pwd: str) -> str:
    """Webex join block."""
    if lang == "fr":
        return (f"-- Ne supprimez pas et ne modifiez pas la section suivante. --\n\n"
                f"Rejoindre la réunion Webex :\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}\n"
                f"Numéro de la réunion (code d'accès) : {num}\nMot de passe de la réunion : {pwd}\n\n"
                f"Rejoindre par téléphone\n+33-1-7091-8646 France Toll")
    if lang == "de":
        return (f"-- Löschen oder ändern Sie die folgenden Informationen nicht. --\n\n"
                f"Webex-Meeting beitreten:\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}\n"
                f"Meeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: {pwd}\n\n"
                f"Über Telefon beitreten\n+49-619-6781-9736 Germany Toll")
    return (f"-- Do not delete or change any of the following text. --\n\n"
            f"Join meeting:\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}\n"
            f"Meeting number (access code): {num}\nMeeting password: {pwd}\n\n"
            f"Join by phone\n+44-20-7660-8149 United Kingdom Toll")


def google_footer(lang: str, organizer: str) -> str:
    """The invitation footer Google Calendar appends."""
    if lang == "fr":
        return ("\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
                f"Vous recevez cet e-mail, car vous êtes invité à cet événement. Organisateur : {organizer}")
    if lang == "es":
        return ("\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                f"Recibes este correo electrónico porque te han invitado a este evento. Organizador: {organizer}")
    if lang == "de":
        return ("\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                f"Sie erhalten diese E-Mail, weil Sie zu diesem Termin eingeladen wurden. Organisator: {organizer}")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event. Organizer: {organizer}")


def pos(kind: str, ics: str, company: str, role: str, stage: str, interviewers: str, trap: str,
        forms: str = "") -> dict[str, str]:
    """A labelled interview of the user's own."""
    return {"kind": kind, "ics": ics, "is_interview": "1", "company": company, "role": role, "stage": stage,
            "interviewers": interviewers, "trap": trap, "forms": forms}


def neg(kind: str, ics: str, trap: str) -> dict[str, str]:
    """A labelled event that is not the user's own job interview."""
    return {"kind": kind, "ics": ics, "is_interview": "0", "company": "", "role": "", "stage": "",
            "interviewers": "", "trap": trap, "forms": ""}
