"""Raw iCalendar helpers for the blind holdout71 event split (CC0 1.0).

Everything here composes text by hand: escaping, line folding, VTIMEZONE blocks in the shapes
Google, Outlook/Exchange and Apple write, and the video-call boilerplate pasted into descriptions.
"""

from __future__ import annotations

CRLF = "\r\n"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.6.1//EN"
MAC = "-//Apple Inc.//macOS 14.7//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, lead: str = " ") -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    parts: list[str] = []
    cur = b""
    for ch in line:
        raw = ch.encode("utf-8")
        if len(cur) + len(raw) > 75:
            parts.append(cur.decode("utf-8"))
            cur = lead.encode() + raw
        else:
            cur += raw
    parts.append(cur.decode("utf-8"))
    return CRLF.join(parts)


def T(name: str, value: str, params: str = "") -> str:
    """A text property, escaped."""
    return f"{name}{params}:{esc(value)}"


def _cn(cn: str) -> str:
    if any(c in cn for c in ',;:"'):
        return f'"{cn}"'
    return cn


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f";CN={_cn(cn)}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "INDIVIDUAL", rsvp: bool = True, extra: str = "") -> str:
    params = f";CUTYPE={cutype};ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f";CN={_cn(cn)}"
    params += extra
    return f"ATTENDEE{params}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={_cn(cn)}:mailto:{email}"


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def calendar(prodid: str, *blocks: list[str], method: str | None = "REQUEST", headers: tuple[str, ...] = (),
             lead: str = " ") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if prodid.startswith("-//Microsoft") or prodid.startswith("Microsoft"):
        lines.remove("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(headers)
    for block in blocks:
        lines.extend(block)
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x, lead) for x in lines) + CRLF


def _eu_rules(std: str, dst: str, outlook: bool, off: tuple[str, str] = ("+0100", "+0200")) -> list[str]:
    start_s, start_d = ("16010101T030000", "16010101T020000") if outlook else ("19701025T030000", "19700329T020000")
    if off[0] == "+0000":
        start_s, start_d = start_s[:9] + "020000", start_d[:9] + "010000"
    std_block = ["BEGIN:STANDARD", f"DTSTART:{start_s}", f"TZOFFSETFROM:{off[1]}", f"TZOFFSETTO:{off[0]}"]
    dst_block = ["BEGIN:DAYLIGHT", f"DTSTART:{start_d}", f"TZOFFSETFROM:{off[0]}", f"TZOFFSETTO:{off[1]}"]
    if outlook:
        std_block.append("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
        dst_block.append("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")
        return [*std_block, "END:STANDARD", *dst_block, "END:DAYLIGHT"]
    std_block += [f"TZNAME:{std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]
    dst_block += [f"TZNAME:{dst}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"]
    return [*dst_block, "END:DAYLIGHT", *std_block, "END:STANDARD"]


def tz_olson(tzid: str = "Europe/Berlin") -> list[str]:
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", *_eu_rules("CET", "CEST", False),
            "END:VTIMEZONE"]


def tz_outlook(tzid: str = "W. Europe Standard Time") -> list[str]:
    off = ("+0000", "+0100") if tzid.startswith("GMT") else ("+0100", "+0200")
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *_eu_rules("", "", True, off), "END:VTIMEZONE"]


TZ_DE_UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
TZ_FR_UTC1 = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"
TZ_FR_ROMANCE = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"

TZ_DETROIT = [
    "BEGIN:VTIMEZONE", "TZID:America/Detroit", "X-LIC-LOCATION:America/Detroit",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
]

_RULE = "_" * 80


def teams(lang: str, meeting_id: str, code: str, thread: str) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context=%7b%22Tid%22%7d"
    opts = "https://teams.microsoft.com/meetingOptions/"
    if lang == "de":
        body = ("Microsoft Teams Besprechung\n"
                "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
                f"Hier klicken, um an der Besprechung teilzunehmen<{url}>\n"
                f"Besprechungs-ID: {meeting_id}\nPasscode: {code}\n"
                "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
                "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<{opts}>")
    elif lang == "fr":
        body = ("Réunion Microsoft Teams\n"
                "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
                f"Cliquez ici pour rejoindre la réunion<{url}>\n"
                f"ID de la réunion : {meeting_id}\nCode secret : {code}\n"
                "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
                "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<{opts}>")
    else:
        body = ("Microsoft Teams meeting\n"
                "Join on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{url}>\n"
                f"Meeting ID: {meeting_id}\nPasscode: {code}\n"
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>")
    return f"{_RULE}\n{body}\n{_RULE}"


def zoom(lang: str, host: str, mid: str, pwd: str, dial: str) -> str:
    digits = mid.replace(" ", "")
    link = f"https://{host}/j/{digits}?pwd=Qm9XdHJ{pwd}UT09"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{link}\n\nMeeting-ID: {mid}\nKenncode: {pwd}\n\n---\n\n"
                f"Schnelleinwahl mobil\n{dial.replace(' ', '')},,{digits}#,,,,*{pwd}# Deutschland\n\n"
                f"Einwahl nach aktuellem Standort\n• {dial} Deutschland\n\n"
                f"Meeting-ID: {mid}\nKenncode: {pwd}\n\n"
                f"Ortseinwahl suchen: https://{host}/u/kdZq1mX")
    return (f"Join Zoom Meeting\n{link}\n\nMeeting ID: {mid}\nPasscode: {pwd}\n\n---\n\n"
            f"One tap mobile\n{dial.replace(' ', '')},,{digits}#,,,,*{pwd}# \n\n"
            f"Dial by your location\n• {dial}\n\nMeeting ID: {mid}\nPasscode: {pwd}\n\n"
            f"Find your local number: https://{host}/u/aeLp2Kw")


def meet(lang: str, code: str, pin: str) -> str:
    if lang == "de":
        return (f"An Videoanruf teilnehmen: https://meet.google.com/{code}\n"
                f"Oder wählen Sie: (DE) +49 30 300195486 PIN: {pin}#\n"
                f"Weitere Telefonnummern: https://tel.meet/{code}?pin={pin.replace(' ', '')}")
    return (f"Join with Google Meet: https://meet.google.com/{code}\n"
            f"Or dial: (DE) +49 40 8081617 PIN: {pin}#\n"
            f"More phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}")


def google_footer(lang: str) -> str:
    if lang == "de":
        return ("\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                "Sie erhalten diese E-Mail, weil Sie Gast des Termins sind. Wenn Sie auf diese Einladung "
                "antworten, wird Ihre Antwort möglicherweise an den Organisator gesendet.")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. Forwarding this "
            "invitation could allow any recipient to send a response to the organizer.")


def webex(lang: str, site: str, number: str, pwd: str, phone: str) -> str:
    link = f"https://{site}.webex.com/{site}/j.php?MTID=m4f2c9e1b7a0d35e86c1f0a9b2d7e4c11"
    if lang == "fr":
        return (f"Rejoindre la réunion Webex\n{link}\n\n"
                f"Numéro de la réunion (code d'accès) : {number}\nMot de passe de la réunion : {pwd}\n\n"
                f"Rejoindre par téléphone\n{phone}\n\n"
                "Rejoindre à partir d'un système vidéo ou d'une application\n"
                f"Composez {number.replace(' ', '')}@{site}.webex.com")
    return (f"Webex-Meeting beitreten\n{link}\n\n"
            f"Meeting-Kennnummer (Zugriffscode): {number}\nMeeting-Passwort: {pwd}\n\n"
            f"Über Telefon beitreten\n{phone}\n\n"
            "Über Videosystem oder Anwendung beitreten\n"
            f"Wählen Sie {number.replace(' ', '')}@{site}.webex.com")


def html(text: str) -> str:
    """A crude Outlook-style HTML rendering of a plain description for X-ALT-DESC."""
    body = "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>" for line in text.split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17928.20114"><TITLE></TITLE></HEAD><BODY>'
            f"{body}</BODY></HTML>")


def ev(kind: str, ics: str, uid: str, is_interview: int, company: str = "", role: str = "", stage: str = "",
       interviewers: tuple[str, ...] = (), trap: str = "", lang: str = "de") -> dict:
    """One generated file plus its label row."""
    return {"kind": kind, "ics": ics, "uid": uid, "is_interview": is_interview, "company": company, "role": role,
            "stage": stage, "interviewers": ";".join(x.lower() for x in interviewers), "trap": trap or kind,
            "lang": lang}
