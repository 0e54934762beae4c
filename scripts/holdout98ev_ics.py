"""iCalendar text helpers for the holdout98 event split (raw text, composed by hand)."""

from __future__ import annotations

CRLF = "\r\n"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting UTF-8 sequences."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " " + ch
            size = 1 + n
            limit = 75
        else:
            cur += ch
            size += n
    out.append(cur)
    return CRLF.join(out)


def tz_olson(tzid: str = "Europe/Madrid") -> list[str]:
    if tzid == "Europe/Lisbon":
        std, dst, sn, dn = "+0000", "+0100", "WET", "WEST"
    else:
        std, dst, sn, dn = "+0100", "+0200", "CET", "CEST"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def tz_windows(tzid: str = "Romance Standard Time", std: str = "+0100", dst: str = "+0200") -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


UTC01 = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
UTC01_ES = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
UTC00 = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def cal(prodid: str, events: list[list[str]], *, method: str = "", tz: list[str] | None = None,
        head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    lines.extend(tz or [])
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def who(email: str, cn: str = "", *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str = "", sent_by: str = "", organizer: bool = False) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    if not organizer:
        params += [f"ROLE={role}", f"PARTSTAT={ps}"]
        if rsvp:
            params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    name = "ORGANIZER" if organizer else "ATTENDEE"
    return name + "".join(";" + p for p in params) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    return who(email, cn, organizer=True, sent_by=sent_by)


def room(email: str, cn: str) -> str:
    return who(email, cn, role="NON-PARTICIPANT", cutype="ROOM", rsvp=False)


def vevent(uid: str, summary: str, start: str, end: str = "", *, stamp: str = "20250301T090000Z",
           desc: str = "", loc: str = "", people: tuple[str, ...] = (), extra: tuple[str, ...] = (),
           seq: int | None = None, status: str = "CONFIRMED", transp: str = "OPAQUE") -> list[str]:
    lines = ["BEGIN:VEVENT", f"DTSTART{start}"]
    if end:
        lines.append(f"DTEND{end}")
    lines += [f"DTSTAMP:{stamp}", f"UID:{uid}"]
    lines += list(people)
    lines.append(f"CREATED:{stamp}")
    if desc:
        lines.append("DESCRIPTION:" + esc(desc))
    if loc:
        lines.append("LOCATION:" + esc(loc))
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append("SUMMARY:" + esc(summary))
    lines.append(f"TRANSP:{transp}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def M(dt: str, tz: str = "Europe/Madrid") -> str:
    """Zoned date-time property tail: ';TZID=…:dt'."""
    return f';TZID="{tz}":{dt}' if any(c in tz for c in ",;:") else f";TZID={tz}:{dt}"


def rec(src: str, trap: str, ics: str, uid: str, company: str = "", role: str = "", stage: str = "",
        iv: str = "", yes: bool | None = None) -> dict[str, object]:
    is_iv = bool(company) if yes is None else yes
    return {"src": src, "trap": trap, "ics": ics, "uid": uid, "is_interview": 1 if is_iv else 0,
            "company": company, "role": role, "stage": stage, "interviewers": iv}


# --- video boilerplate -------------------------------------------------------------------------------

def zoom(lang: str, mid: str, pwd: str, host: str = "us06web") -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n\n"
                f"Móvil con un toque\n+34917873431,,{mid.replace(' ', '')}# España\n")
    if lang == "ca":
        return (f"Uneix-te a la reunió de Zoom\n{url}\n\nID de la reunió: {mid}\nCodi d'accés: {pwd[:6]}\n")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n"
            f"+34917873431,,{mid.replace(' ', '')}# Spain\n+351308804188,,{mid.replace(' ', '')}# Portugal\n")


def teams(lang: str, mid: str, code: str) -> str:
    bar = "_" * 80
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + mid.replace(" ", "") + "%40thread.v2/0"
    if lang == "es":
        return (f"{bar}\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de "
                f"sala\nHaga clic aquí para unirse a la reunión<{link}>\nId. de reunión: {mid}\nCódigo de "
                f"acceso: {code}\nDescargar Teams | Unirse en la web\nMás información | Opciones de reunión\n{bar}")
    if lang == "ca":
        return (f"{bar}\nReunió del Microsoft Teams\nUniu-vos-hi des de l'ordinador, l'aplicació mòbil o el "
                f"dispositiu de la sala\nFeu clic aquí per unir-vos a la reunió<{link}>\nIdentificador de la "
                f"reunió: {mid}\nCodi d'accés: {code}\nBaixa't el Teams | Uniu-vos-hi a la web\n{bar}")
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
                f"de salle\nCliquez ici pour rejoindre la réunion<{link}>\nID de la réunion : {mid}\nCode "
                f"secret : {code}\nTélécharger Teams | Rejoindre sur le web\n{bar}")
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nTeilnehmen über Computer, mobile App oder Raumgerät\n"
                f"Klicken Sie hier, um an der Besprechung teilzunehmen<{link}>\nBesprechungs-ID: {mid}\n"
                f"Kennung: {code}\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to "
            f"join the meeting<{link}>\nMeeting ID: {mid}\nPasscode: {code}\nDownload Teams | Join on the web\n"
            f"Learn More | Meeting options\n{bar}")


def meet(lang: str, code: str, pin: str) -> str:
    url = f"https://meet.google.com/{code}"
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "es":
        body = (f"Unirse con Google Meet: {url}\n\nUnirse por teléfono\n(ES) +34 910 48 76 52 PIN: {pin}#\n\n"
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No edites esta sección.")
    elif lang == "ca":
        body = (f"Uneix-te amb Google Meet: {url}\n\nUneix-te per telèfon\n(ES) +34 910 48 76 52 PIN: {pin}#\n\n"
                "Més informació sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No editis aquesta secció.")
    else:
        body = (f"Join with Google Meet: {url}\n\nJoin by phone\n(PT) +351 21 123 4418 PIN: {pin}#\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.")
    return f"{sep}\n{body}\n{sep}"


def webex(lang: str, site: str, num: str, pwd: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m7f2c{num.replace(' ', '')}a91"
    if lang == "es":
        return (f"Entrar a la reunión de Webex\n{url}\n\nNúmero de reunión (código de acceso): {num}\n"
                f"Contraseña de la reunión: {pwd}\n\nEntrar por teléfono\n+34-91-114-5432 España (Madrid)\n")
    return (f"Join Webex meeting\n{url}\n\nMeeting number (access code): {num}\nMeeting password: {pwd}\n\n"
            "Join by phone\n+34-91-114-5432 Spain toll\n")
