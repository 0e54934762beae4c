"""Shared iCalendar helpers for the holdout105 event split (blind author, raw text)."""

from __future__ import annotations

USER_FREE = "steph.kieffer@pt.lu"
USER_WORK = "stephanie.kieffer@banque-moselle-privee.lu"
USER_CN = "Stéphanie Kieffer"
WORK_DOMAIN = "banque-moselle-privee.lu"


def esc(text: str) -> str:
    """Escape a TEXT value the way RFC 5545 wants it."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _cet(tzid: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n"
        "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    )


def _olson(tzid: str, abbr_std: str = "CET", abbr_dst: str = "CEST") -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\n"
        f"BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:{abbr_dst}\n"
        "DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
        f"BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:{abbr_std}\n"
        "DTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
    )


def vtz(tzid: str) -> str:
    """A VTIMEZONE block for a Central European zone under any of its names."""
    if "/" in tzid:
        return _olson(tzid)
    return _cet(tzid)


WIN_LUX = "W. Europe Standard Time"
WIN_BXL = "Romance Standard Time"
UTC_AMS = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC_BXL = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


def cal(events: str, *, prodid: str, method: str | None = "REQUEST", tzids: tuple[str, ...] = (),
        head: str = "") -> str:
    """Wrap VEVENT text in a VCALENDAR with the given zones."""
    parts = ["BEGIN:VCALENDAR"]
    if method:
        parts.append(f"METHOD:{method}")
    parts.append(f"PRODID:{prodid}")
    parts.append("VERSION:2.0")
    if head:
        parts.append(head.strip("\n"))
    for tzid in tzids:
        parts.append(vtz(tzid))
    parts.append(events.strip("\n"))
    parts.append("END:VCALENDAR")
    return "\n".join(parts) + "\n"


def outlook_tail(busy: str = "TENTATIVE", seq: int = 0) -> str:
    return (
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}\nX-MICROSOFT-CDO-OWNERAPPTID:-1\n"
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
        "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM"
    )


def teams(lang: str, meeting_id: str, passcode: str) -> str:
    line = "_" * 80
    if lang == "fr":
        return (f"{line}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
                f"salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                f"{meeting_id}%40thread.v2/0>\nID de la réunion : {meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]}"
                f"\nCode secret : {passcode}\nTélécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de "
                f"réunion\n{line}")
    if lang == "de":
        return (f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
                f"Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/"
                f"meetup-join/19%3ameeting_{meeting_id}%40thread.v2/0>\nBesprechungs-ID: {meeting_id[:3]} "
                f"{meeting_id[3:6]} {meeting_id[6:9]}\nPasscode: {passcode}\nTeams herunterladen | Im Web teilnehmen"
                f"\nWeitere Infos | Besprechungsoptionen\n{line}")
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
            f"the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id}%40thread.v2/0>\n"
            f"Meeting ID: {meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]}\nPasscode: {passcode}\n"
            f"Download Teams | Join on the web\nLearn More | Meeting options\n{line}")


def zoom(lang: str, mid: str, pwd: str, host: str = "us06web") -> str:
    url = f"https://{host}.zoom.us/j/{mid}?pwd={pwd}"
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {spaced}\nKenncode: {pwd[:6]}\n\n"
                f"Schnelleinwahl mobil\n+496938079883,,{mid}# Deutschland")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {spaced}\nCode secret : {pwd[:6]}\n\n"
                f"Composer selon votre position\n+352 2786 4276 Luxembourg")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {spaced}\nPasscode: {pwd[:6]}\n\n"
            f"One tap mobile\n+35227864276,,{mid}# Luxembourg")


def meet(lang: str, code: str) -> str:
    if lang == "fr":
        return (f"Rejoindre avec Google Meet : https://meet.google.com/{code}\nOu appelez le : (LU) +352 20 30 10 44 "
                f"Code : 418 227 905#\nPlus de numéros de téléphone : https://tel.meet/{code}?pin=4182279051")
    if lang == "de":
        return (f"An Videoanruf teilnehmen: https://meet.google.com/{code}\nOder wählen Sie: (DE) +49 69 5060 2288 "
                f"PIN: 771 903 112#")
    if lang == "es":
        return (f"Unirse con Google Meet: https://meet.google.com/{code}\nO marcar: (ES) +34 910 48 75 12 "
                f"PIN: 503 118 726#")
    return (f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (BE) +32 2 290 55 41 PIN: 902 114 387#\n"
            f"More phone numbers: https://tel.meet/{code}?pin=9021143870")


def google_footer(lang: str, who: str) -> str:
    if lang == "fr":
        return (f"\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail "
                f"à l'adresse {who}, car vous êtes un invité de cet événement.")
    if lang == "de":
        return (f"\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese "
                f"E-Mail unter {who}, weil Sie ein Gast bei diesem Termin sind.")
    return (f"\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
            f"email at {who} because you are an attendee on this event.")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without cutting a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out: list[str] = []
    start = 0
    limit = 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        out.append(("" if not out else " ") + raw[start:end].decode("utf-8"))
        start = end
        limit = 74
    return out


def to_wire(text: str) -> bytes:
    """Fold every line and join with CRLF."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line == "":
            continue
        lines.extend(fold(line))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def row(kind: str, ics: str, uid: str, *, iv: int = 1, company: str = "", role: str = "", stage: str = "",
        who: tuple[str, ...] = (), trap: str | None = None) -> dict[str, object]:
    """One labelled event."""
    return {"kind": kind, "ics": ics, "uid": uid, "is_interview": iv, "company": company, "role": role,
            "stage": stage, "interviewers": ";".join(w.lower() if "@" in w else w for w in who),
            "trap": trap or kind}
