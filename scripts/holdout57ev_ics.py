"""Raw iCalendar helpers for the holdout57 event corpus (written blind, CC0 1.0).

The user: Florian Rochat, deputy head of a lycée in Lyon, looking for headteacher and education-management roles.
"""

from __future__ import annotations

ME_FREE = "florian.rochat@orange.fr"
ME_WORK = "florian.rochat@ac-lyon.fr"
ME = "Florian Rochat"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
MAC = "-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence."""
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


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def q(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


def vtz(tzid: str, std: str = "CET", dst: str = "CEST") -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def vtz_ms(tzid: str) -> list[str]:
    """Outlook-style VTIMEZONE (no TZNAME, 1601 start)."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def dt(name: str, value: str, tz: str | None) -> str:
    if len(value) == 8:
        return f"{name};VALUE=DATE:{value}"
    if tz is None or value.endswith("Z"):
        return f"{name}:{value}"
    return f"{name};TZID={q(tz)}:{value}"


def org(cn: str, email: str, sent_by: str | None = None) -> str:
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER;CN={q(cn)}{sb}:mailto:{email}"


def att(
    cn: str,
    email: str,
    role: str = "REQ-PARTICIPANT",
    ps: str = "NEEDS-ACTION",
    cutype: str = "INDIVIDUAL",
    rsvp: bool = True,
) -> str:
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={ps}{r};CN={q(cn)}:mailto:{email}"


def room(cn: str, email: str, cutype: str = "ROOM") -> str:
    return f"ATTENDEE;CUTYPE={cutype};ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={q(cn)}:mailto:{email}"


def ev(
    uid: str,
    summary: str,
    start: str,
    end: str | None = None,
    *,
    tz: str | None = "Europe/Paris",
    desc: str | None = None,
    loc: str | None = None,
    orgz: str | None = None,
    atts: tuple[str, ...] | list[str] = (),
    status: str | None = "CONFIRMED",
    seq: int = 0,
    stamp: str = "20250303T081500Z",
    extra: tuple[str, ...] | list[str] = (),
    alt: str | None = None,
    rrule: str | None = None,
    recid: str | None = None,
) -> list[str]:
    lines = ["BEGIN:VEVENT", dt("DTSTART", start, tz)]
    if end:
        lines.append(dt("DTEND", end, tz))
    if rrule:
        lines.append(f"RRULE:{rrule}")
    if recid:
        lines.append(dt("RECURRENCE-ID", recid, tz))
    lines += [f"DTSTAMP:{stamp}", f"UID:{uid}"]
    if orgz:
        lines.append(orgz)
    lines += list(atts)
    lines.append(f"CREATED:{stamp}")
    if desc is not None:
        lines.append("DESCRIPTION:" + esc(desc))
    if alt:
        lines.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(alt))
    if loc is not None:
        lines.append("LOCATION:" + esc(loc))
    lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append("SUMMARY:" + esc(summary))
    lines.append("TRANSP:OPAQUE")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def cal(
    *events: list[str],
    prodid: str = GOOGLE,
    method: str | None = "REQUEST",
    tzs: tuple[list[str], ...] = (),
    head: tuple[str, ...] = (),
) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for tz in tzs:
        lines += tz
    for e in events:
        lines += e
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def item(
    kind: str,
    text: str,
    uid: str,
    is_int: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
) -> dict[str, str | int]:
    return {
        "kind": kind,
        "text": text,
        "uid": uid,
        "is_interview": is_int,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap or kind,
    }


# --- video boilerplate, in the event's language ---------------------------------------------------------------


def meet(code: str, lang: str = "fr") -> str:
    if lang == "fr":
        return (
            f"Participer avec Google Meet : https://meet.google.com/{code}\n"
            "Ou appeler le : (FR) +33 1 87 40 41 96 PIN : 318 552 904#\n"
            "Autres numéros de téléphone : https://tel.meet/" + code + "?pin=318552904\n\n"
            "Invitation de Google Agenda : https://calendar.google.com/calendar/\n"
            "Vous recevez cet e-mail, car vous êtes invité à cet événement."
        )
    if lang == "es":
        return (
            f"Unirse con Google Meet: https://meet.google.com/{code}\n"
            "O marcar: (ES) +34 910 48 27 11 PIN: 774 120 355#\n\n"
            "Invitación de Google Calendar: https://calendar.google.com/calendar/"
        )
    return f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (US) +1 415-555-0142 PIN: 512 889 301#"


def teams(mid: str, lang: str = "fr") -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "fr":
        return (
            "________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            f"Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\n{url}\n"
            f"ID de la réunion : 362 118 904 27\nCode secret : {mid[:6]}\n"
            "Télécharger Teams | Rejoindre sur le web\n"
            "En savoir plus | Options de réunion\n"
            "________________________________________________________________________________"
        )
    if lang == "de":
        return (
            "________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\n"
            f"Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil\n{url}\n"
            f"Besprechungs-ID: 318 442 905 61\nKennung: {mid[:6]}\n"
            "Teams herunterladen | Im Web beitreten\n"
            "________________________________________________________________________________"
        )
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        f"Join on your computer, mobile app or room device\n{url}\n"
        f"Meeting ID: 274 903 118 52\nPasscode: {mid[:6]}\n"
        "Download Teams | Join on the web\n"
        "________________________________________________________________________________"
    )


def zoom(mid: str, lang: str = "fr") -> str:
    url = f"https://us06web.zoom.us/j/{mid.replace(' ', '')}?pwd=Qk5hT2x1dWZ3"
    if lang == "fr":
        return (
            f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : 482913\n\n"
            "Une seule touche sur l'appareil mobile\n+33170372246,,{0}# France"
        ).replace("{0}", mid.replace(" ", ""))
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: 482913"
    if lang == "es":
        return f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: 482913"
    return f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: 482913"


def webex(num: str, lang: str = "fr") -> str:
    url = f"https://ac-grp.webex.com/ac-grp/j.php?MTID=m{num.replace(' ', '')}a91f"
    if lang == "fr":
        return f"Rejoindre la réunion Webex\n{url}\nNuméro de la réunion : {num}\nMot de passe : Entr25!\n"
    return f"Join Webex meeting\n{url}\nMeeting number: {num}\nPassword: Int25!\n"
