"""Raw iCalendar helpers for the blind holdout103 event split (user: Facundo Giménez, agronomist, Córdoba).

Only folding, escaping, calendar wrappers, time-zone blocks and video boilerplate live here; the events
themselves are hand-written in the holdout103ev_pos_* and holdout103ev_neg_* modules.
"""

from __future__ import annotations

FREE = "facu.gimenez.agro@gmail.com"
WORK = "fgimenez@coopagro-riosegundo.com.ar"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """Fold one content line at `width` octets without splitting a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= width:
        return line
    parts: list[str] = []
    start = 0
    limit = width
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(raw[start:end].decode("utf-8"))
        start = end
        limit = width - 1
    return "\r\n ".join(parts)


def cal(
    body: list[str],
    prodid: str,
    method: str | None = None,
    extra: list[str] | None = None,
    tz: list[str] | None = None,
    nofold: bool = False,
) -> str:
    """Wrap VEVENT lines (already containing BEGIN/END:VEVENT) into a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += extra or []
    lines += tz or []
    lines += body
    lines.append("END:VCALENDAR")
    if nofold:
        return "\r\n".join(lines) + "\r\n"
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def desc(text: str) -> str:
    """DESCRIPTION line; accepts text typed with or without iCalendar escapes for commas and semicolons."""
    return "DESCRIPTION:" + esc(text.replace("\\,", ",").replace("\\;", ";"))


# ---------------------------------------------------------------- time zones

TZ_CORDOBA = [
    "BEGIN:VTIMEZONE",
    "TZID:America/Argentina/Cordoba",
    "X-LIC-LOCATION:America/Argentina/Cordoba",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "TZNAME:-03",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
]

TZ_BSAS = [x.replace("Cordoba", "Buenos_Aires") for x in TZ_CORDOBA]

TZ_MONTEVIDEO = [
    "BEGIN:VTIMEZONE",
    "TZID:America/Montevideo",
    "X-LIC-LOCATION:America/Montevideo",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "TZNAME:-03",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
]

TZ_WIN_ARG = [
    "BEGIN:VTIMEZONE",
    "TZID:Argentina Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]

TZ_WIN_MVD = [x.replace("Argentina Standard Time", "Montevideo Standard Time") for x in TZ_WIN_ARG]

TZ_UTC3_LABEL = [x.replace("Argentina Standard Time", "(UTC-03:00) Ciudad de Buenos Aires") for x in TZ_WIN_ARG]


def tz_europe(tzid: str) -> list[str]:
    """A Central European zone block (Windows or Olson name) with EU summer time."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


TZ_CHICAGO = [
    "BEGIN:VTIMEZONE",
    "TZID:America/Chicago",
    "X-LIC-LOCATION:America/Chicago",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0600",
    "TZOFFSETTO:-0500",
    "TZNAME:CDT",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0600",
    "TZNAME:CST",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

TZ_SAO_PAULO = [
    "BEGIN:VTIMEZONE",
    "TZID:America/Sao_Paulo",
    "X-LIC-LOCATION:America/Sao_Paulo",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "TZNAME:-03",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
]

# ---------------------------------------------------------------- video boilerplate


def zoom(lang: str, meeting: str, pwd: str, host: str = "us02web") -> str:
    url = f"https://{host}.zoom.us/j/{meeting.replace(' ', '')}?pwd={pwd}"
    if lang == "es":
        return (
            f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {meeting}\nCódigo de acceso: {pwd[:6]}\n\n"
            "---\n\nUn toque móvil\n+5491139865012,,"
            + meeting.replace(" ", "")
            + "# Argentina\n\nMarcar según su ubicación\n        +54 341 512 2188 Argentina\n"
            "        +54 11 4080 6909 Argentina\nEncuentre su número local: https://us02web.zoom.us/u/kdxQ2"
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n"
        "+13462487799,," + meeting.replace(" ", "") + "# US (Houston)\n\nDial by your location\n"
        "        +1 346 248 7799 US (Houston)\n        +54 11 4080 6909 Argentina\n"
        "Find your local number: https://us02web.zoom.us/u/kbYc3"
    )


def teams(lang: str, mid: str) -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    line = "_" * 64
    if lang == "es":
        return (
            f"{line}\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
            f"Haga clic aquí para unirse a la reunión<{link}>\nId. de reunión: 245 118 903 77\n"
            "Código de acceso: q7WmH2\nDescargar Teams | Unirse en la web\n"
            f"Más información | Opciones de reunión\n{line}"
        )
    if lang == "de":
        return (
            f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr "
            f"Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{link}>\n"
            "Besprechungs-ID: 381 552 017 64\nPasscode: Zt4kUe\nTeams herunterladen | Im Web beitreten\n"
            f"Weitere Infos | Besprechungsoptionen\n{line}"
        )
    return (
        f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{link}>\nMeeting ID: 298 004 615 20\nPasscode: 3vBxQm\n"
        f"Download Teams | Join on the web\nLearn More | Meeting options\n{line}"
    )


def meet(lang: str, code: str) -> str:
    if lang == "es":
        return (
            "Únete con Google Meet: https://meet.google.com/" + code + "\n\nO marca: (AR) +54 11 3986-4821 "
            "PIN: 318 442 905#\nMás números de teléfono: https://tel.meet/" + code + "?pin=3184429051207\n\n"
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720"
        )
    return (
        "Join with Google Meet: https://meet.google.com/" + code + "\nOr dial: (US) +1 414-909-2231 PIN: "
        "775 301 948#\nMore phone numbers: https://tel.meet/" + code + "?pin=7753019482210\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720"
    )


def webex(lang: str, site: str, number: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m4b0e2c71a9d3f5e8c1b7a6d2e9f04c31"
    if lang == "es":
        return (
            f"Únase a la reunión de Webex\n{url}\nNúmero de reunión (código de acceso): {number}\n"
            "Contraseña de la reunión: Agro2025!\n\nUnirse por teléfono\n+54-11-5984-1255 Argentina (Buenos Aires)"
        )
    return (
        f"Join the Webex meeting\n{url}\nMeeting number (access code): {number}\nMeeting password: Seed#2025\n\n"
        "Join by phone\n+1-650-479-3208 Call-in toll number (US/Canada)"
    )


def ev(
    kind: str,
    uid: str,
    text: str,
    yes: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    who: str = "",
    trap: str = "",
) -> dict[str, str | int]:
    """One labelled event: the raw calendar text and its label row fields."""
    return {
        "kind": kind,
        "uid": uid,
        "text": text,
        "is_interview": yes,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": who,
        "trap": trap or kind,
    }


def att(
    email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION", extra: str = ""
) -> str:
    cn_part = f';CN="{cn}"' if "," in cn else (f";CN={cn}" if cn else "")
    return f"ATTENDEE{cn_part};CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}{extra}:mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    cn_part = f';CN="{cn}"' if "," in cn else (f";CN={cn}" if cn else "")
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER{cn_part}{sb}:mailto:{email}"


def gid(seed: str) -> str:
    """A stable, random-looking UID in the shape the sending tool uses (domain kept, local part hashed)."""
    import base64
    import hashlib

    digest = hashlib.sha1(seed.encode("utf-8")).digest()
    domain = seed.partition("@")[2]
    if domain == "google.com":
        return base64.b32encode(digest).decode("ascii").lower()[:26] + "@google.com"
    h = digest.hex()
    if domain:
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
