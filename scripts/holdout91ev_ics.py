"""Raw iCalendar helpers for the holdout91 event split (written blind, CC0 1.0).

The user: Olivier Tremblay, reporter at a Montréal daily, looking for communications-director and
public-affairs roles. Every person, company and address here is invented.
"""

from __future__ import annotations

ME_FREE = "olivier.tremblay.journaliste@videotron.ca"
ME_WORK = "otremblay@lecourrier-montreal.ca"
ME_CN = "Olivier Tremblay"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.4//EN"
IOS = "-//Apple Inc.//iPhone OS 17.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

TZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

_WIN_BODY = """BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

WIN_EST = "Eastern Standard Time"
TZ_WIN_EST = "BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\n" + _WIN_BODY
UTC_EST = "(UTC-05:00) Eastern Time (US & Canada)"
TZ_UTC_EST = "BEGIN:VTIMEZONE\nTZID:(UTC-05:00) Eastern Time (US & Canada)\n" + _WIN_BODY

UTC_BERLIN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
TZ_UTC_BERLIN = """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam\\, Berlin\\, Bern\\, Rome\\, Stockholm\\, Vienna
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

TZ_BOGOTA = """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def t(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def q(value: str) -> str:
    """Quote a parameter value when it needs it."""
    return f'"{value}"' if any(c in value for c in ",;:") else value


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f";CN={q(cn)}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(
    email: str,
    cn: str | None = None,
    role: str = "REQ-PARTICIPANT",
    stat: str = "NEEDS-ACTION",
    cutype: str = "INDIVIDUAL",
    rsvp: bool = True,
) -> str:
    params = f";CUTYPE={cutype};ROLE={role};PARTSTAT={stat}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f";CN={q(cn)}"
    return f"ATTENDEE{params}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={q(cn)}:mailto:{email}"


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


def vevent(*lines: str) -> str:
    return "\n".join(["BEGIN:VEVENT", *[ln for ln in lines if ln], "END:VEVENT"])


def cal(prodid: str, *blocks: str, method: str | None = "REQUEST", head: tuple[str, ...] = ()) -> str:
    """Wrap timezones/events into a VCALENDAR, fold long lines and use CRLF."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for b in blocks:
        lines.extend(b.split("\n"))
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln))
    return "\r\n".join(folded) + "\r\n"


def E(kind: str, ics: str, uid: str, is_int: int, company: str = "", role: str = "", stage: str = "",
      interviewers: str = "", trap: str = "") -> dict:
    return {
        "kind": kind, "ics": ics, "uid": uid, "is_interview": is_int, "company": company, "role": role,
        "stage": stage, "interviewers": interviewers, "trap": trap or kind,
    }


# --- video boilerplate, in the event's language -------------------------------------------------

def teams(lang: str, mid: str, code: str, tel: str = "+1 581-319-2194,,") -> str:
    sep = "_" * 64
    if lang == "fr":
        return (f"{sep}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
                f"salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                f"{mid}%40thread.v2/0>\nID de la réunion : {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\n"
                f"Code secret : {code}\nTélécharger Teams | Rejoindre sur le web\nOu composer le numéro (audio "
                f"uniquement)\n{tel}{mid[:9]}# Canada, Québec\nID de conférence téléphonique : {mid[:9]}#\n"
                f"Pour en savoir plus | Options de réunion\n{sep}")
    if lang == "de":
        return (f"{sep}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, die mobile App oder das "
                f"Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/"
                f"l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\nBesprechungs-ID: {mid[:3]} {mid[3:6]} "
                f"{mid[6:9]}\nKennung: {code}\nTeams herunterladen | Im Web beitreten\nWeitere Infos | "
                f"Besprechungsoptionen\n{sep}")
    return (f"{sep}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
            f"the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\nMeeting ID: "
            f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nPasscode: {code}\nDownload Teams | Join on the web\n"
            f"Or call in (audio only)\n{tel}{mid[:9]}# Canada, Ottawa-Hull\nPhone Conference ID: {mid[:9]}#\n"
            f"Learn More | Meeting options\n{sep}")


def zoom(lang: str, mid: str, pwd: str, host: str = "us02web") -> str:
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    url = f"https://{host}.zoom.us/j/{mid}?pwd={pwd}"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {spaced}\nCode secret : {pwd[:6]}\n\n"
                f"Une seule touche sur l’appareil mobile\n+14388097799,,{mid}# Canada\n\nComposez un numéro en "
                f"fonction de votre emplacement\n+1 438 809 7799 Canada\n+1 647 374 4685 Canada\n"
                f"Trouver votre numéro local : https://{host}.zoom.us/u/kdXq1\n")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {spaced}\nPasscode: {pwd[:6]}\n\nOne tap mobile\n"
            f"+16473744685,,{mid}# Canada\n\nDial by your location\n+1 647 374 4685 Canada\n+1 438 809 7799 Canada\n"
            f"Find your local number: https://{host}.zoom.us/u/abQ7\n")


def meet(lang: str, code: str, pin: str = "482 117 903") -> str:
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\nOu composer le : (CA) +1 "
                f"647-736-3184 Code : {pin}#\nAutres numéros de téléphone : https://tel.meet/{code}?pin=1\n\n"
                "Pour en savoir plus sur Meet : https://support.google.com/a/users/answer/9282720")
    if lang == "es":
        return (f"Unirse con Google Meet: https://meet.google.com/{code}\nO marca el: (CO) +57 601 5087402 PIN: "
                f"{pin}#\nMás números de teléfono: https://tel.meet/{code}?pin=1")
    return (f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (CA) +1 647-736-3184 PIN: {pin}#\n"
            f"More phone numbers: https://tel.meet/{code}?pin=1")


def webex(lang: str, num: str, site: str, pwd: str) -> str:
    if lang == "fr":
        return (f"-- Ne supprimez pas et ne modifiez pas la section suivante. --\nRejoindre la réunion Webex\n"
                f"https://{site}.webex.com/{site}/j.php?MTID=m{num}a7f\nNuméro de la réunion : {num[:4]} "
                f"{num[4:7]} {num[7:]}\nMot de passe : {pwd}\n\nRejoindre par téléphone\n+1-613-960-7510 "
                f"Canada (numéro payant)\nCode d’accès : {num}\n")
    return (f"-- Do not delete or change any of the following text. --\nJoin Webex meeting\nhttps://{site}.webex.com/"
            f"{site}/j.php?MTID=m{num}c2e\nMeeting number: {num[:4]} {num[4:7]} {num[7:]}\nPassword: {pwd}\n\n"
            f"Join by phone\n+1-613-960-7510 Canada Toll\nAccess code: {num}\n")


def html(text: str) -> str:
    """An Outlook X-ALT-DESC built from plain text."""
    body = "".join(f"<p class=MsoNormal>{ln or '&nbsp;'}</p>\n" for ln in text.split("\n"))
    return ("X-ALT-DESC;FMTTYPE=text/html:" + t("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML>\n"
            "<HEAD>\n<META NAME=\"Generator\" CONTENT=\"MS Exchange Server version 16.0.17328.20162\">\n</HEAD>\n"
            f"<BODY>\n{body}</BODY>\n</HTML>"))


OUTLOOK_TAIL = (
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    "X-MICROSOFT-CDO-IMPORTANCE:1",
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    "X-MS-OLK-CONFTYPE:0",
)
