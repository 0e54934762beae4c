"""Raw iCalendar helpers for the blind split holdout93 (Thomas Vermeulen, Brussels).

Everything here composes text by hand: folding, escaping, time-zone blocks in the shapes
different calendar tools write, and the video-call boilerplate in the event's language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME_FREE = "thomas.vermeulen@proximus.be"
ME_WORK = "thomas.vermeulen@spf-mobilite.fgov.be"
STAMP = "20250402T071500Z"


@dataclass
class Ev:
    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def pq(value: str) -> str:
    """Quote a parameter value when it holds a comma, colon or semicolon."""
    return f'"{value}"' if any(c in value for c in ",:;") else value


def oid(seed: str) -> str:
    """An Exchange-style global object id, stable per seed."""
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "00000000000000001000000" + h[16:40]


def hexid(seed: str, n: int = 32) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:n]


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    params = ""
    if cn:
        params += f";CN={pq(cn)}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool = True) -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp and cutype not in ("ROOM", "RESOURCE"):
        params += ";RSVP=TRUE"
    if cn:
        params += f";CN={pq(cn)}"
    return f"ATTENDEE{params}:mailto:{email}"


def dt(name: str, value: str, tz: str = "") -> str:
    if len(value) == 8:
        return f"{name};VALUE=DATE:{value}"
    if tz:
        return f"{name};TZID={pq(tz)}:{value}"
    return f"{name}:{value}"


def vevent(lines: list[str]) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def alarm(minutes: int = 15, desc: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{desc}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


def _rules(std_from: str, std_to: str, dst_from: str, dst_to: str, windows: bool,
           std_name: str, dst_name: str) -> list[str]:
    if windows:
        return [
            "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{std_from}", f"TZOFFSETTO:{std_to}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst_from}", f"TZOFFSETTO:{dst_to}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        ]
    return [
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{dst_from}", f"TZOFFSETTO:{dst_to}", f"TZNAME:{dst_name}",
        "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{std_from}", f"TZOFFSETTO:{std_to}", f"TZNAME:{std_name}",
        "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    ]


WINDOWS_CET = ("Romance Standard Time", "W. Europe Standard Time",
               "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
               "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")


def vtimezone(tzid: str, extra: list[str] | None = None) -> list[str]:
    windows = tzid in WINDOWS_CET
    if tzid in ("Europe/Lisbon", "Atlantic/Canary"):
        body = _rules("+0100", "+0000", "+0000", "+0100", False, "WET", "WEST")
    else:
        body = _rules("+0200", "+0100", "+0100", "+0200", windows, "CET", "CEST")
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *(extra or []), *body, "END:VTIMEZONE"]


def calendar(prodid: str, events: list[list[str]], method: str = "", tzs: tuple[str, ...] = (),
             calprops: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(calprops)
    for tz in tzs:
        lines.extend(vtimezone(tz))
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for line in lines:
        folded.extend(fold(line))
    return "\r\n".join(folded) + "\r\n"


def uid_of(lines: list[str]) -> str:
    for line in lines:
        if line.startswith("UID:"):
            return line[4:]
    raise ValueError("no UID")


# ---- video boilerplate -------------------------------------------------------------------------------

def teams(lang: str, seed: str) -> str:
    mid = str(int(hexid(seed, 12), 16))[:12]
    pc = hexid(seed + "p", 6)
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(seed, 24)}%40thread.v2/0"
    rule = "_" * 80
    if lang == "fr":
        return (f"{rule}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou "
                f"appareil de salle\nCliquez ici pour participer à la réunion<{url}>\n"
                f"ID de la réunion : {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nCode secret : {pc}\n"
                f"Télécharger Teams<https://www.microsoft.com/fr-be/microsoft-teams/download-app> | "
                f"Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Options de réunion<https://teams.microsoft.com/meetingOptions/>\n{rule}")
    if lang == "nl":
        return (f"{rule}\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of "
                f"ruimteapparaat\nKlik hier om deel te nemen aan de vergadering<{url}>\n"
                f"Vergadering-id: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nWachtwoordcode: {pc}\n"
                f"Teams downloaden<https://www.microsoft.com/nl-be/microsoft-teams/download-app> | "
                f"Deelnemen via het web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n{rule}")
    return (f"{rule}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Passcode: {pc}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/>\n{rule}")


def zoom(lang: str, seed: str, host: str = "us02web") -> str:
    mid = str(int(hexid(seed, 10), 16))[:11].ljust(11, "7")
    pwd = hexid(seed + "z", 10)
    url = f"https://{host}.zoom.us/j/{mid}?pwd={pwd}"
    sp = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {sp}\nCode secret : {pwd[:6]}\n\n"
                f"Une seule touche sur l'appareil mobile\n+3226089009,,{mid}# Belgique\n\n"
                f"Composez un numéro en fonction de votre emplacement\n+32 2 290 9360 Belgique\n"
                f"+352 2786 4278 Luxembourg")
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {sp}\nKenncode: {pwd[:6]}\n\n"
                f"Schnelleinwahl mobil\n+496938079883,,{mid}# Deutschland")
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {sp}\nCódigo de acceso: {pwd[:6]}\n\n"
                f"Móvil con un toque\n+34917873431,,{mid}# España")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {sp}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n"
            f"+3226089009,,{mid}# Belgium\n\nJoin by SIP\n{mid}@zoomcrc.com")


def meet(lang: str, seed: str) -> tuple[str, str]:
    h = hexid(seed, 10)
    code = f"{h[:3]}-{h[3:7]}-{h[7:10]}"
    url = f"https://meet.google.com/{code}"
    if lang == "fr":
        txt = (f"Participer avec Google Meet : {url}\nOu appelez le : (BE) +32 2 894 02 45 "
               f"Code : 418 207 339#\nAutres numéros de téléphone : https://tel.meet/{code}?pin=4182\n\n"
               f"Pour en savoir plus sur Meet, consultez la page : https://support.google.com/a/users/answer/9282720")
    else:
        txt = (f"Join with Google Meet: {url}\nOr dial: (BE) +32 2 894 02 45 PIN: 418 207 339#\n"
               f"More phone numbers: https://tel.meet/{code}?pin=4182\n\n"
               f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720")
    return txt, url


def webex(lang: str, seed: str, site: str) -> str:
    num = str(int(hexid(seed, 9), 16))[:10].ljust(10, "3")
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed, 32)}"
    sp = f"{num[:4]} {num[4:7]} {num[7:]}"
    if lang == "fr":
        return (f"Rejoindre la réunion Webex\n{url}\nNuméro de la réunion (code d'accès) : {sp}\n"
                f"Mot de passe de la réunion : {hexid(seed, 8)}\n\nRejoindre par téléphone\n"
                f"+32-2-894-8310 Belgique Numéro payant")
    return (f"Join Webex meeting\n{url}\nMeeting number (access code): {sp}\nMeeting password: {hexid(seed, 8)}"
            f"\n\nJoin by phone\n+32-2-894-8310 Belgium Toll\n+352-2730-0115 Luxembourg Toll")
