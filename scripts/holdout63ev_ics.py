"""holdout63 event corpus: iCalendar text helpers (escaping, folding, zones, video boilerplate).

Written blind for the holdout63 split (user: Aoife Byrne, QA engineer in Dublin). Every event is raw
iCalendar text composed by hand in the holdout63ev_* modules; this module only wraps, escapes and folds it.
"""

from __future__ import annotations

ME = "aoife.byrne@eircom.net"
WORK = "aoife.byrne@claddagh-software.ie"


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline) as RFC 5545 wants it."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> list[str]:
    """Fold one content line at `limit` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return out


def ics(text: str, width: int | None = 75) -> str:
    """Turn hand-written lines into CRLF iCalendar text folded at `width` octets (None: not folded).

    A source line starting with a space continues the previous one (wrapped only to keep the source short);
    width 0 keeps the lines exactly as written (folded by hand).
    """
    if width == 0:
        return "\r\n".join(line for line in text.strip("\n").split("\n") if line) + "\r\n"
    logical: list[str] = []
    for raw in text.strip("\n").split("\n"):
        if not raw:
            continue
        if raw.startswith(" ") and logical:
            logical[-1] += raw[1:]
        else:
            logical.append(raw)
    lines: list[str] = []
    for line in logical:
        lines.extend(fold(line, width) if width else [line])
    return "\r\n".join(lines) + "\r\n"


def cal(prodid: str, body: str, method: str | None = "REQUEST", head: str = "", width: int | None = 75) -> str:
    """Wrap VTIMEZONE/VEVENT text in a VCALENDAR."""
    parts = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        parts.append(f"METHOD:{method}")
    parts.append("CALSCALE:GREGORIAN")
    if head:
        parts.append(head.strip("\n"))
    parts.append(body.strip("\n"))
    parts.append("END:VCALENDAR")
    return ics("\n".join(parts), width)


def ev(kind: str, text: str, uid: str, yes: int, company: str = "", role: str = "", stage: str = "",
       who: str = "", trap: str = "") -> dict:
    """One labelled event: file kind, calendar text and the label cells."""
    return {"kind": kind, "text": text, "uid": uid, "is_interview": yes, "company": company, "role": role,
            "stage": stage, "interviewers": who, "trap": trap or kind}


def _olson(tzid: str, std: str, dst: str, off_std: str, off_dst: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{off_std}
TZOFFSETTO:{off_dst}
TZNAME:{dst}
DTSTART:19700329T{'010000' if off_std == '+0000' else '020000'}
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{off_dst}
TZOFFSETTO:{off_std}
TZNAME:{std}
DTSTART:19701025T{'020000' if off_std == '+0000' else '030000'}
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


TZ_DUBLIN = _olson("Europe/Dublin", "GMT", "IST", "+0000", "+0100")
TZ_LONDON = _olson("Europe/London", "GMT", "BST", "+0000", "+0100")
TZ_AMS = _olson("Europe/Amsterdam", "CET", "CEST", "+0100", "+0200")
TZ_BERLIN = _olson("Europe/Berlin", "CET", "CEST", "+0100", "+0200")


def _windows(tzid: str, off_std: str, off_dst: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T{'020000' if off_std == '+0000' else '030000'}
TZOFFSETFROM:{off_dst}
TZOFFSETTO:{off_std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T{'010000' if off_std == '+0000' else '020000'}
TZOFFSETFROM:{off_std}
TZOFFSETTO:{off_dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


TZ_WIN_GMT = _windows("GMT Standard Time", "+0000", "+0100")
TZ_WIN_WEU = _windows("W. Europe Standard Time", "+0100", "+0200")
UTC1_NAME = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC0_NAME = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
TZ_UTC1 = _windows(UTC1_NAME, "+0100", "+0200")
TZ_UTC0 = _windows(UTC0_NAME, "+0000", "+0100")


def teams(lang: str, meeting_id: str, code: str) -> str:
    """Microsoft Teams join block as Outlook writes it into the plain-text body."""
    line = "_" * 80
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0"
    if lang == "de":
        return (f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr "
                f"Raumgerät teil\nHier klicken, um an der Besprechung teilzunehmen<{link}>\n"
                f"Besprechungs-ID: {meeting_id}\nKennung: {code[:6]}\nWeitere Infos<https://aka.ms/JoinTeamsMeeting>"
                f" | Besprechungsoptionen\n{line}")
    if lang == "nl":
        return (f"{line}\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
                f"Klik hier om deel te nemen aan de vergadering<{link}>\nVergadering-id: {meeting_id}\n"
                f"Wachtwoordcode: {code[:6]}\nMeer informatie<https://aka.ms/JoinTeamsMeeting> | "
                f"Vergaderopties\n{line}")
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{link}>\nMeeting ID: {meeting_id}\nPasscode: {code[:6]}\n"
            f"Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n{line}")


def meet(lang: str, code: str, phone: str = "+353 1 526 1403", pin: str = "318 442 906#") -> str:
    """Google Meet block as Google Calendar writes it into DESCRIPTION."""
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "de":
        return (f"{sep}\nMit Google Meet teilnehmen: https://meet.google.com/{code}\n\nTelefonisch teilnehmen\n"
                f"(DE) +49 30 300195061 PIN: {pin}\n\nWeitere Informationen zu Meet finden Sie hier: "
                f"https://support.google.com/a/users/answer/9282720\n\nBitte ändern Sie diesen Abschnitt nicht.\n{sep}")
    country = {"+31": "NL", "+49": "DE", "+44": "GB"}.get(phone[:3], "IE")
    return (f"{sep}\nJoin with Google Meet: https://meet.google.com/{code}\n\nJoin by phone\n"
            f"({country}) {phone} PIN: {pin}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
            f"\n\nPlease do not edit this section.\n{sep}")


def zoom(lang: str, meeting_id: str, pwd: str, host: str = "us02web") -> str:
    """Zoom invitation text."""
    url = f"https://{host}.zoom.us/j/{meeting_id.replace(' ', '')}?pwd={pwd}"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {meeting_id}\nKenncode: {pwd[:6]}\n\n"
                f"Schnelleinwahl mobil\n+493056795800,,{meeting_id.replace(' ', '')}# Deutschland")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting_id}\nPasscode: {pwd[:6]}\n\n"
            f"One tap mobile\n+442034815240,,{meeting_id.replace(' ', '')}# United Kingdom\n"
            f"+35315360728,,{meeting_id.replace(' ', '')}# Ireland")


def webex(number: str, site: str) -> str:
    """Cisco Webex join block."""
    return (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{number.replace(' ', '')}a7f\n"
            f"Meeting number (access code): {number}\nMeeting password: Qa{number[-4:]}x\n\n"
            f"Join by phone\n+353-1-436-4311 Ireland toll\n+44-20-7660-8149 United Kingdom toll\n\n"
            f"Can't join the meeting?\nhttps://help.webex.com/docs/DOC-5412")
