"""Raw iCalendar helpers for the holdout50 event split (Amélie Dufour, Brussels).

Only line assembly lives here: folding, escaping, VTIMEZONE blocks and video boilerplate.
Every event's properties are written out by hand in the holdout50ev_pos_* / holdout50ev_neg_* modules.
"""

from __future__ import annotations

CRLF = "\r\n"
ME = "amelie.dufour@skynet.be"
WORK = "a.dufour@delvaux-biscuits.be"


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
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


def tz(tzid: str, outlook: bool = False) -> list[str]:
    """A central-European VTIMEZONE under any TZID (Olson, Windows or '(UTC+01:00) …' display name)."""
    if outlook:
        return [
            "BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


UTC1 = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
UTC1_AMS = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iPhone OS 17.6//EN",
    "mac": "-//Apple Inc.//macOS 14.6//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def cal(events: list[list[str]], prodid: str, *, method: str | None = "REQUEST", zones: list[list[str]] = (),
        head: list[str] = ()) -> str:
    """Wrap VEVENT property lists (without BEGIN/END) in a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(prodid, prodid)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for z in zones:
        lines.extend(z)
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={ps}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if any(c in cn for c in ",;:") else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def desc(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def lbl(uid: str, is_iv: int, company: str = "", role: str = "", stage: str = "", ivs: str = "",
        trap: str = "") -> dict[str, str]:
    return {"uid": uid, "is_interview": str(is_iv), "company": company, "role": role, "stage": stage,
            "interviewers": ivs, "trap": trap}


def zoom(lang: str, mid: str, host: str = "us02web") -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd=Qm5aT1dWb3ZxR0pYbkx0"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : 482913\n\n"
                "Une seule touche sur l'appareil mobile\n+32 2 788 0172,,%s# Belgique" % mid.replace(" ", ""))
    if lang == "es":
        return f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: 550271"
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: 771204"
    return f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: 302118"


def teams(lang: str, mid: str = "381 554 207 196") -> str:
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5YjE2ZTMtYTk0OS00@thread.v2/0"
    bar = "_" * 80
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou "
                f"appareil de salle\nCliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid}\n"
                f"Code secret : k3Xq7W\nPour en savoir plus | Options de réunion\n{bar}")
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder Ihr "
                f"Raumgerät bei\nHier klicken, um an der Besprechung teilzunehmen<{url}>\nBesprechungs-ID: {mid}\n"
                f"Passcode: 9hT2sB\n{bar}")
    if lang == "es":
        return (f"{bar}\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo "
                f"de la sala\nHaga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\n"
                f"Código de acceso: Lm4pQz\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: 2bVx9k\n{bar}")


def meet(lang: str, code: str) -> str:
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\n"
                f"Participer par téléphone : (BE) +32 2 290 12 45 PIN : 418 223 907#")
    if lang == "es":
        return f"Unirse con Google Meet: https://meet.google.com/{code}\nUnirse por teléfono: (ES) +34 910 48 81 20"
    return f"Join with Google Meet: https://meet.google.com/{code}\nJoin by phone: (BE) +32 2 290 12 45"


def webex(lang: str, num: str = "2744 118 9052") -> str:
    url = f"https://helvalp.webex.com/helvalp/j.php?MTID=m8c1e{num.replace(' ', '')}"
    if lang == "fr":
        return f"Rejoindre la réunion Webex\n{url}\nNuméro de réunion : {num}\nMot de passe : Vevey25"
    return f"Join Webex meeting\n{url}\nMeeting number (access code): {num}\nMeeting password: Vevey25"
