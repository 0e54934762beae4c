"""Helpers for the holdout76 event corpus: escaping, folding, time zones, video boilerplate.

The events themselves are raw iCalendar text written by hand in the holdout76ev_pos_* and holdout76ev_neg_*
modules; this module only supplies the repetitive parts real tools paste into every invitation.
All people, companies, numbers and addresses are invented. CC0 1.0.
"""

from __future__ import annotations

import re

ME = "kenji.watanabe@gmx.de"
WORK = "k.watanabe@neckartal-antriebe.de"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    text = text.strip("\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str, width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = width
        else:
            cur += ch
    out.append(cur)
    return out


def render(text: str, fold: bool = True) -> str:
    """Turn a hand-written template (LF, optional pre-folded lines) into CRLF iCalendar text."""
    lines = [ln.rstrip("\r") for ln in text.strip("\n").split("\n")]
    out: list[str] = []
    for ln in lines:
        if not ln:
            continue
        out.extend(fold_line(ln) if fold else [ln])
    return "\r\n".join(out) + "\r\n"


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def first_uid(text: str) -> str:
    m = re.search(r"^UID[^:]*:(.*)$", unfold(text).replace("\r", ""), re.M)
    if not m:
        raise ValueError("event without UID")
    return m.group(1)


def ev(kind: str, text: str, label: tuple, fold: bool = True, **subs: str) -> dict:
    """One corpus file: `label` = (is_interview, company, role, stage, interviewers, trap).

    `{KEY}` placeholders in `text` are replaced by the escaped value of KEY; `{RAW_KEY}` by the value as is.
    """
    for key, value in subs.items():
        if key.startswith("RAW_"):
            text = text.replace("{" + key + "}", value)
        else:
            text = text.replace("{" + key + "}", esc(value))
    if re.search(r"\{[A-Z_]+\}", text):
        raise ValueError(f"{kind}: unfilled placeholder")
    body = render(text, fold)
    isi, company, role, stage, interviewers, trap = label
    return {
        "kind": kind,
        "ics": body,
        "uid": first_uid(body),
        "is_interview": isi,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
    }


TZ_BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TZ_VIENNA = TZ_BERLIN.replace("Europe/Berlin", "Europe/Vienna")
TZ_AMS = TZ_BERLIN.replace("Europe/Berlin", "Europe/Amsterdam")

TZ_WIN = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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

UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def tz_utc1(name: str) -> str:
    return TZ_WIN.replace("W. Europe Standard Time", name)


OUTLOOK_X = """X-MICROSOFT-CDO-APPT-SEQUENCE:{SEQ}
X-MICROSOFT-CDO-OWNERAPPTID:{OWNER}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"""


def outlook_x(seq: int = 0, owner: str = "2118753401") -> str:
    return OUTLOOK_X.replace("{SEQ}", str(seq)).replace("{OWNER}", owner)


def alarm(minutes: int = 15, text: str = "REMINDER") -> str:
    return f"BEGIN:VALARM\nDESCRIPTION:{text}\nTRIGGER;RELATED=START:-PT{minutes}M\nACTION:DISPLAY\nEND:VALARM"


_LINE = "_" * 80

_TEAMS = {
    "de": ("Microsoft Teams-Besprechung",
           "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil",
           "Hier klicken, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung",
           "Teams herunterladen", "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen"),
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
           "Click here to join the meeting", "Meeting ID", "Passcode",
           "Download Teams", "Join on the web", "Learn More", "Meeting options"),
    "fr": ("Réunion Microsoft Teams",
           "Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle",
           "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret",
           "Télécharger Teams", "Rejoindre sur le web", "En savoir plus", "Options de réunion"),
    "es": ("Reunión de Microsoft Teams", "Únase desde el equipo, la aplicación móvil o un dispositivo de sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
           "Descargar Teams", "Unirse en la web", "Más información", "Opciones de reunión"),
    "nl": ("Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of apparaat in de ruimte",
           "Klik hier om deel te nemen aan de vergadering", "Vergadering-id", "Wachtwoordcode",
           "Teams downloaden", "Deelnemen op het web", "Meer informatie", "Opties voor vergadering"),
}


def teams(lang: str, meeting_id: str, code: str, key: str = "MzE4ZjA2") -> str:
    t = _TEAMS[lang]
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{key}%40thread.v2/0"
    return (
        f"{_LINE}\n{t[0]}\n{t[1]}\n{t[2]}<{join}>\n{t[3]}: {meeting_id}\n{t[4]}: {code}\n"
        f"{t[5]}<https://www.microsoft.com/microsoft-teams/download-app> | {t[6]}<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        f"{t[7]}<https://aka.ms/JoinTeamsMeeting> | {t[8]}<https://teams.microsoft.com/meetingOptions/>\n{_LINE}"
    )


def zoom(lang: str, mid: str, pwd: str, host: str = "us06web") -> str:
    digits = mid.replace(" ", "")
    url = f"https://{host}.zoom.us/j/{digits}?pwd=Q2x{pwd}aUt4dz09"
    if lang == "de":
        return (
            f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd}\n\n---\n\n"
            f"Schnelleinwahl mobil\n+496938079883,,{digits}#,,,,*{pwd}# Deutschland\n"
            f"+496950502596,,{digits}#,,,,*{pwd}# Deutschland\n\n"
            "Einwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n• +49 695 050 2596 Deutschland\n"
            "Ortseinwahl suchen: https://us06web.zoom.us/u/kbXh2Q"
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd}\n\n---\n\n"
        f"One tap mobile\n+31207946519,,{digits}#,,,,*{pwd}# Netherlands\n"
        f"+4930567951,,{digits}#,,,,*{pwd}# Germany\n\nFind your local number: https://zoom.us/u/adPx8r"
    )


_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet(lang: str, code: str, pin: str) -> str:
    if lang == "de":
        return (
            f"{_SEP}\nBitte ändern Sie diesen Abschnitt der Beschreibung nicht.\n\n"
            f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n\n"
            f"Oder einwählen: (DE) +49 30 300195061 PIN: {pin}#\n"
            f"Weitere Telefonnummern: https://tel.meet/{code}?pin={pin}\n\n"
            "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
            f"{_SEP}"
        )
    return (
        f"{_SEP}\nPlease do not edit this section of the description.\n\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n\n"
        f"Join by phone\n(NL) +31 20 257 3924 PIN: {pin}#\n\n"
        f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        f"{_SEP}"
    )


def webex(lang: str, site: str, num: str, pwd: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m4e1b77c0a9f2d3e8b5c6a7d8e9f0a1b2"
    if lang == "de":
        return (
            f"-- Nicht löschen oder ändern Sie keinen Teil des folgenden Texts. --\n\n"
            f"Webex-Meeting beitreten\n{url}\n\nMeeting-Kennnummer (Zugriffscode): {num}\n"
            f"Meeting Passwort: {pwd}\n\nÜber Telefon beitreten\n+49-619-6781-9736 Deutschland Gebührenpflichtig\n"
            "Globale Einwahlnummern\n\nÜber Videosystem, Anwendung oder Skype for Business beitreten\n"
            f"Wählen Sie {num.replace(' ', '')}@{site}.webex.com"
        )
    return (
        f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n{url}\n\n"
        f"Meeting number (access code): {num}\nMeeting password: {pwd}\n\nJoin by phone\n"
        "+31-20-721-9251 Netherlands Toll\nGlobal call-in numbers"
    )
