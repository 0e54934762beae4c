"""Raw iCalendar text helpers for the holdout48 event split (written blind, CC0 1.0)."""

from __future__ import annotations

CRLF = "\r\n"
STAMP = "20250228T081500Z"


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


def _olson(tzid: str, std: tuple[str, str, str], dst: tuple[str, str, str]) -> list[str]:
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst[1]}", f"TZOFFSETTO:{std[1]}", f"DTSTART:{std[2]}",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", f"TZNAME:{std[0]}", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std[1]}", f"TZOFFSETTO:{dst[1]}", f"DTSTART:{dst[2]}",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", f"TZNAME:{dst[0]}", "END:DAYLIGHT", "END:VTIMEZONE"]


def _cet(tzid: str) -> list[str]:
    return _olson(tzid, ("CET", "+0100", "19701025T030000"), ("CEST", "+0200", "19700329T020000"))


def _wet(tzid: str, names: tuple[str, str] = ("GMT", "BST")) -> list[str]:
    return _olson(tzid, (names[0], "+0000", "19701025T020000"), (names[1], "+0100", "19700329T010000"))


def _ms(tzid: str, base: str, dst: str) -> list[str]:
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{base}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{base}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


UTC1 = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
UTC1B = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC0 = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"

TZ: dict[str, tuple[str, list[str]]] = {
    "madrid": ("Europe/Madrid", _cet("Europe/Madrid")),
    "berlin": ("Europe/Berlin", _cet("Europe/Berlin")),
    "london": ("Europe/London", _wet("Europe/London")),
    "lisbon": ("Europe/Lisbon", _wet("Europe/Lisbon", ("WET", "WEST"))),
    "win": ("Romance Standard Time", _ms("Romance Standard Time", "+0100", "+0200")),
    "winde": ("W. Europe Standard Time", _ms("W. Europe Standard Time", "+0100", "+0200")),
    "wingb": ("GMT Standard Time", _ms("GMT Standard Time", "+0000", "+0100")),
    "utc1": (UTC1, _ms(UTC1, "+0100", "+0200")),
    "utc1b": (UTC1B, _ms(UTC1B, "+0100", "+0200")),
    "utc0": (UTC0, _ms(UTC0, "+0000", "+0100")),
    "nodef": ("Europe/Madrid", []),
}


def att(name: str | None, email: str, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={ps}")
    if rsvp:
        params.append("RSVP=TRUE")
    if name:
        params.append(f'CN="{name}"' if ("," in name or ":" in name or ";" in name) else f"CN={name}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(name: str | None, email: str, sent_by: str | None = None) -> str:
    params = []
    if name:
        params.append(f'CN="{name}"' if ("," in name or ":" in name) else f"CN={name}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + "".join(";" + p for p in params) + f":mailto:{email}"


def _add_minutes(start: str, mins: int) -> str:
    day, clock = start.split("T")
    zulu = clock.endswith("Z")
    clock = clock.rstrip("Z")
    total = int(clock[:2]) * 60 + int(clock[2:4]) + mins
    if total >= 24 * 60:
        raise ValueError(start)
    return f"{day}T{total // 60:02d}{total % 60:02d}{clock[4:6]}" + ("Z" if zulu else "")


def _when(prop: str, value: str, tz: str) -> str:
    if tz == "allday":
        return f"{prop};VALUE=DATE:{value}"
    if tz in ("utc", "float", "xwr"):
        return f"{prop}:{value}"
    tzid = TZ[tz][0]
    return f'{prop};TZID="{tzid}":{value}' if "," in tzid or ":" in tzid else f"{prop};TZID={tzid}:{value}"


def vevent(uid: str, summary: str, start: str, mins: int = 60, tz: str = "madrid", desc: str | None = None,
           loc: str | None = None, organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (),
           extra: tuple[str, ...] | list[str] = (), seq: int | None = None, status: str | None = None,
           alt: str | None = None, end: str | None = None, recurrence_id: str | None = None,
           stamp: str = STAMP) -> tuple[list[str], str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}"]
    if tz == "utc" and not start.endswith("Z"):
        start += "Z"
    if recurrence_id:
        lines.append(_when("RECURRENCE-ID", recurrence_id, tz))
    lines.append(_when("DTSTART", start, tz))
    if tz == "allday":
        lines.append(_when("DTEND", end or start, tz))
    else:
        lines.append(_when("DTEND", end or _add_minutes(start, mins), tz))
    lines.append("SUMMARY:" + esc(summary))
    if desc is not None:
        lines.append("DESCRIPTION:" + esc(desc))
    if alt is not None:
        lines.append("X-ALT-DESC;FMTTYPE=text/html:" + alt)
    if loc is not None:
        lines.append("LOCATION:" + esc(loc))
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines, tz


def cal(prodid: str, events: list[tuple[list[str], str]], method: str | None = "REQUEST",
        xwr: str | None = None, calname: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append("X-WR-CALNAME:" + esc(calname))
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    seen: list[str] = []
    for _, tz in events:
        if tz in TZ and tz not in seen:
            seen.append(tz)
            lines.extend(TZ[tz][1])
    for ev, _ in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out.extend(fold(line))
    return CRLF.join(out) + CRLF


# --- tool product ids --------------------------------------------------------------------------------
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.3.1//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

# --- video boilerplate -------------------------------------------------------------------------------


def teams(lang: str, mid: str) -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    head = {
        "es": "Reunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
              "Haga clic aquí para unirse a la reunión",
        "en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting",
        "de": "Microsoft Teams-Besprechung\nTeilnehmen auf Ihrem Computer, in der mobilen App oder auf dem Raumgerät\n"
              "Klicken Sie hier, um an der Besprechung teilzunehmen",
        "pt": "Reunião do Microsoft Teams\nParticipe no computador, na aplicação móvel ou no dispositivo da sala\n"
              "Clique aqui para participar na reunião",
    }[lang]
    tail = {"es": "Id. de reunión", "en": "Meeting ID", "de": "Besprechungs-ID", "pt": "ID da reunião"}[lang]
    return f"{'_' * 40}\n{head}\n<{link}>\n{tail}: 3{mid[:2]} 817 204 55\n{'_' * 40}"


def zoom(lang: str, mid: str, who: str) -> str:
    text = {
        "es": f"{who} le está invitando a una reunión de Zoom programada.\nUnirse a la reunión Zoom",
        "en": f"{who} is inviting you to a scheduled Zoom meeting.\nJoin Zoom Meeting",
        "de": f"{who} lädt Sie zu einem geplanten Zoom-Meeting ein.\nZoom-Meeting beitreten",
        "pt": f"{who} está a convidá-lo para uma reunião Zoom agendada.\nEntrar na reunião Zoom",
    }[lang]
    return f"{text}\nhttps://us02web.zoom.us/j/{mid}?pwd=Qk5vR1h\nID: {mid[:3]} {mid[3:7]} {mid[7:]}\nCódigo: 482913"


def meet(code: str, lang: str = "es") -> str:
    if lang == "en":
        return (f"Join with Google Meet\nhttps://meet.google.com/{code}\nOr dial: (ES) +34 910 48 21 77 PIN: "
                "512 884 301#\nMore phone numbers: https://tel.meet/" + code + "?pin=512884301")
    return (f"Unirse con Google Meet\nhttps://meet.google.com/{code}\nO marcar: (ES) +34 910 48 21 77 PIN: "
            "512 884 301#\nMás números de teléfono: https://tel.meet/" + code + "?pin=512884301")


def webex(lang: str, num: str) -> str:
    if lang == "es":
        return f"Reunión de Webex\nÚnase a la reunión:\nhttps://meet{num[:2]}.webex.com/wbxmjs/joinservice/" \
               f"sites/meet/meeting/{num}\nNúmero de reunión: {num}\nContraseña: Vx3pQ8"
    return f"Join Webex meeting\nhttps://meet{num[:2]}.webex.com/meet/j.php?MTID={num}\nMeeting number: {num}" \
           "\nPassword: Vx3pQ8"


ME = "lucia.benitez.ing@hotmail.es"
WORK = "lbenitez@constructora-guadalquivir.es"


def me(ps: str = "NEEDS-ACTION", work: bool = False, cn: str | None = "Lucía Benítez Ortega") -> str:
    return att(cn, WORK if work else ME, ps=ps)


def E(kind: str, trap: str, lab: tuple[int, str, str, str, str], ics: str) -> dict[str, str]:
    """One labelled file: kind for the file name, trap, (is_interview, company, role, stage, interviewers)."""
    unfolded = ics.replace("\r\n ", "")
    uid = next(line[4:] for line in unfolded.split("\r\n") if line.startswith("UID:"))
    return {"kind": kind, "trap": trap, "is_interview": str(lab[0]), "company": lab[1], "role": lab[2],
            "stage": lab[3], "interviewers": lab[4], "uid": uid, "ics": ics}
