"""Raw iCalendar building blocks for the holdout87 event split (written blind, CC0 1.0).

Nothing here knows anything about the classifier: it only escapes, folds and wraps text that the
event modules compose by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "priya.shah.research@outlook.com"
WORK = "priya.shah@ledgerly.co.uk"


@dataclass
class Ev:
    kind: str
    ics: str
    uid: str
    interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """Fold one content line at `width` octets without splitting a UTF-8 sequence."""
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
    return "\r\n ".join(out)


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", part: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool = True, quote: bool = False) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={part}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + "".join(";" + p for p in params) + f":mailto:{email}"


def desc(text: str, prop: str = "DESCRIPTION") -> str:
    """A TEXT property; the event modules write line breaks as the pilcrow (f-string friendly)."""
    return f"{prop}:{esc(text.replace('¶', chr(10)))}"


_LONDON = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16011028T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
{stdname}END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
{dstname}END:DAYLIGHT
END:VTIMEZONE"""

_CET = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
{stdname}END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
{dstname}END:DAYLIGHT
END:VTIMEZONE"""


def vtz(tzid: str) -> str:
    london = tzid in {"Europe/London", "GMT Standard Time"} or "London" in tzid
    tpl = _LONDON if london else _CET
    if tzid.startswith("Europe/"):
        names = ("TZNAME:GMT\n", "TZNAME:BST\n") if london else ("TZNAME:CET\n", "TZNAME:CEST\n")
    else:
        names = ("", "")
    return tpl.format(tzid=tzid, stdname=names[0], dstname=names[1])


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.4//EN"
IOS = "-//Apple Inc.//iOS 17.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def cal(events: list[str] | str, prodid: str = GOOGLE, method: str = "REQUEST", tz: tuple[str, ...] = (),
        head: tuple[str, ...] = (), gregorian: bool = True) -> str:
    """Wrap hand-written VEVENT blocks (newline separated property lines) into a folded VCALENDAR."""
    if isinstance(events, str):
        events = [events]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if gregorian:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tzid in tz:
        lines.extend(vtz(tzid).split("\n"))
    for block in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(ln for ln in block.strip("\n").split("\n") if ln)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(ln) + "\r\n" for ln in lines)


# --- video-call boilerplate, in the event's language -------------------------------------------------

def zoom(mid: str, pwd: str = "", host: str = "us02web") -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}" + (f"?pwd={pwd}" if pwd else "")
    return (f"\n\n──────────\n\nJoin Zoom Meeting\n{url}\n\nMeeting ID: {mid}\n"
            + (f"Passcode: {pwd[:6]}\n" if pwd else "")
            + "\nOne tap mobile\n+442034815240,,"
            + mid.replace(" ", "") + "# United Kingdom\n\n──────────")


def teams(lang: str = "en", mid: str = "372 518 904 116", code: str = "Xk7bQ2") -> str:
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E5ZjQ4YTct%40thread.v2/0?context=%7b%22Tid%22%7d"
    text = {
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the"
               " meeting", "Meeting ID", "Passcode", "Learn More | Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem"
               " Raumgerät teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID",
               "Kenncode", "Weitere Informationen | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret",
               "En savoir plus | Options de réunion"),
        "es": ("Reunión de Microsoft Teams", "Unirse en el equipo, la aplicación móvil o el dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Más información | Opciones de reunión"),
    }[lang]
    return (f"\n\n________________________________________________________________________________\n{text[0]}\n"
            f"{text[1]}\n{text[2]} <{url}>\n{text[3]}: {mid}\n{text[4]}: {code}\n{text[5]}\n"
            "________________________________________________________________________________")


def meet(code: str, lang: str = "en") -> str:
    if lang == "de":
        return (f"\n\nAn Google Meet-Videokonferenz teilnehmen: https://meet.google.com/{code}\n"
                "Telefonisch teilnehmen: (DE) +49 30 300195061 PIN: 482 116 903#\n"
                "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720")
    if lang == "fr":
        return (f"\n\nParticiper avec Google Meet : https://meet.google.com/{code}\n"
                "Participer par téléphone : (FR) +33 1 87 40 42 61 PIN : 903 551 208#")
    if lang == "es":
        return (f"\n\nUnirse con Google Meet: https://meet.google.com/{code}\n"
                "Unirse por teléfono: (ES) +34 910 48 13 92 PIN: 219 774 605#")
    return (f"\n\nJoin with Google Meet: https://meet.google.com/{code}\n"
            "Join by phone: (GB) +44 20 3957 1842 PIN: 718 406 233#\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.")


def webex(site: str, num: str) -> str:
    return (f"\n\n-- Do not delete or change any of the following text. --\n\nJoin meeting:\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m7f2a9c31d0e84b6\n\nMeeting number (access code): {num}\n"
            "Meeting password: Rq4sMk29\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\n")
