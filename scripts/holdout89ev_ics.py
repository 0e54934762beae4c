"""Shared iCalendar pieces for the holdout89 event split (raw text, written by hand).

Events are composed as raw iCalendar text with real line breaks; `to_wire` turns them into CRLF text and folds
lines longer than 75 octets the way RFC 5545 asks. Nothing here parses or generates events from a model: each
event in the holdout89ev_* modules is typed out in full.
"""

from __future__ import annotations

import re

USER_GMAIL = "lucia.fernandez.ortega@gmail.com"
USER_WORK = "lfernandez@medisur-distribucion.es"


def tz_block(tzid: str, std: str, dst: str, *, windows: bool = False, std_hour: str = "03", dst_hour: str = "02",
             names: tuple[str, str] | None = None) -> str:
    """A VTIMEZONE with EU rules; `windows` writes it the way Outlook does (1601 anchors, INTERVAL=1)."""
    if windows:
        return (
            f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T{std_hour}0000\nTZOFFSETFROM:{dst}\n"
            f"TZOFFSETTO:{std}\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
            f"DTSTART:16010101T{dst_hour}0000\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\n"
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
        )
    std_name, dst_name = names or ("CET", "CEST")
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\n"
        f"TZNAME:{dst_name}\nDTSTART:19700329T{dst_hour}0000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
        f"BEGIN:STANDARD\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nTZNAME:{std_name}\nDTSTART:19701025T{std_hour}0000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
    )


TZ_MADRID = tz_block("Europe/Madrid", "+0100", "+0200")
TZ_LISBON = tz_block("Europe/Lisbon", "+0000", "+0100", std_hour="02", dst_hour="01", names=("WET", "WEST"))
TZ_BERLIN = tz_block("Europe/Berlin", "+0100", "+0200")
TZ_ROMANCE = tz_block("Romance Standard Time", "+0100", "+0200", windows=True)
TZ_WEUROPE = tz_block("W. Europe Standard Time", "+0100", "+0200", windows=True)
TZ_GMT = tz_block("GMT Standard Time", "+0000", "+0100", windows=True, std_hour="02", dst_hour="01")
TZ_UTC01_ES = tz_block("(UTC+01:00) Bruselas, Copenhague, Madrid, París", "+0100", "+0200", windows=True)
TZ_UTC01_EN = tz_block("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "+0100", "+0200", windows=True)
TZ_UTC00_PT = tz_block("(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres", "+0000", "+0100", windows=True,
                       std_hour="02", dst_hour="01")

PROD_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PROD_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PROD_EXCHANGE = "Microsoft Exchange Server 2010"
PROD_APPLE = "-//Apple Inc.//iOS 17.4//EN"
PROD_MAC = "-//Apple Inc.//macOS 14.3.1//EN"
PROD_MOZ = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def cal(prodid: str, body: str, *, method: str | None = "REQUEST", head: str = "") -> str:
    """Wrap VTIMEZONE/VEVENT text into a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if head:
        lines.append(head.strip("\n"))
    lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.append(body.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


def _fold(line: str) -> list[str]:
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


def unfold(text: str) -> list[str]:
    """Join continuation lines typed by hand (a leading space) onto the line before."""
    lines: list[str] = []
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        if raw.startswith(" ") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def to_wire(text: str) -> str:
    """Real line breaks to CRLF, blank lines dropped, every content line folded at 75 octets."""
    out: list[str] = []
    for line in unfold(text):
        out.extend(_fold(line))
    return "\r\n".join(out) + "\r\n"


def first_uid(text: str) -> str:
    """The UID as typed (before folding): the label's uid."""
    m = re.search(r"^UID:(.*)$", "\n".join(unfold(text)), flags=re.M)
    if not m:
        raise ValueError("no UID")
    return m.group(1).strip()


def esc(s: str) -> str:
    """Plain text to an iCalendar TEXT value."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ev(kind: str, text: str, pos: bool = False, company: str = "", role: str = "", stage: str = "",
       iv: str = "", trap: str = "") -> dict[str, str]:
    return {"kind": kind, "text": text, "is_interview": "1" if pos else "0", "company": company, "role": role,
            "stage": stage, "interviewers": iv, "trap": trap or kind}


# --- video boilerplate, already escaped ----------------------------------------------------------------------
_LINE = "_" * 80


def teams(lang: str, mid: str, code: str) -> str:
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + mid.replace(" ", "") + "%40thread.v2/0"
    if lang == "es":
        t = (f"{_LINE}\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo de "
             f"la sala\nHaga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\nCódigo de acceso: "
             f"{code}\nDescargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la "
             "Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nMás información<https://aka.ms/"
             f"JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n{_LINE}")
    elif lang == "pt":
        t = (f"{_LINE}\nReunião do Microsoft Teams\nParticipe pelo computador, aplicativo móvel ou dispositivo de "
             f"sala\nClique aqui para ingressar na reunião<{url}>\nID da Reunião: {mid}\nSenha: {code}\n"
             "Baixar o Teams<https://www.microsoft.com/pt-pt/microsoft-teams/download-app> | Ingressar na Web\n"
             f"Saiba mais<https://aka.ms/JoinTeamsMeeting> | Opções de reunião\n{_LINE}")
    elif lang == "fr":
        t = (f"{_LINE}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
             f"salle\nCliquez ici pour participer à la réunion<{url}>\nID de la réunion : {mid}\nCode secret : "
             f"{code}\nTélécharger Teams | Rejoindre sur le web\nEn savoir plus<https://aka.ms/JoinTeamsMeeting>\n"
             f"{_LINE}")
    elif lang == "de":
        t = (f"{_LINE}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
             f"Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\nBesprechungs-ID: {mid}\n"
             f"Kennung: {code}\nTeams herunterladen | Im Web beitreten\nWeitere Infos<https://aka.ms/"
             f"JoinTeamsMeeting> | Besprechungsoptionen\n{_LINE}")
    else:
        t = (f"{_LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to "
             f"join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {code}\nDownload Teams<https://www.microsoft."
             "com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/"
             "join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams."
             f"microsoft.com/meetingOptions/>\n{_LINE}")
    return esc(t)


def zoom(lang: str, host: str, mid: str, pwd: str) -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "es":
        t = (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n\n---\n\n"
             "Móvil con un toque\n+34917873431,," + mid.replace(" ", "") + "# España\n\nMarcar según su ubicación\n"
             f"• +34 91 787 3431 España\n• +34 93 179 7226 España\n\nID de reunión: {mid}\n")
    elif lang == "pt":
        t = (f"Entrar na reunião Zoom\n{url}\n\nID da reunião: {mid}\nSenha: {pwd[:6]}\n\nToque rápido em "
             "dispositivos móveis\n+351308810988,," + mid.replace(" ", "") + "# Portugal\n")
    else:
        t = (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n"
             "+34917873431,," + mid.replace(" ", "") + "# Spain\n+442034815240,," + mid.replace(" ", "")
             + "# United Kingdom\n\nJoin by SIP\n• " + mid.replace(" ", "") + "@zoomcrc.com\n")
    return esc(t)


def meet(lang: str, code: str, phone_pin: str = "") -> str:
    bar = "-::~:~::~:" + "~:" * 46 + "~::~:~::-"
    if lang == "es":
        t = f"{bar}\nÚnete con Google Meet: https://meet.google.com/{code}\n"
        if phone_pin:
            t += f"\nÚnete por teléfono\n(ES) +34 932 67 81 24 PIN: {phone_pin}#\n"
        t += ("\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
              f"No edites esta sección de la descripción.\n{bar}")
    elif lang == "pt":
        t = (f"{bar}\nParticipar com o Google Meet: https://meet.google.com/{code}\n\nSaiba mais sobre o Meet: "
             f"https://support.google.com/a/users/answer/9282720\n\nNão edite esta secção da descrição.\n{bar}")
    else:
        t = f"{bar}\nJoin with Google Meet: https://meet.google.com/{code}\n"
        if phone_pin:
            t += f"\nJoin by phone\n(ES) +34 932 67 81 24 PIN: {phone_pin}#\n"
        t += ("\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
              f"Please do not edit this section.\n{bar}")
    return esc(t)


def webex(lang: str, site: str, num: str, pwd: str) -> str:
    if lang == "es":
        t = (f"-- No elimine ni modifique este texto. --\n\nÚnase a la reunión de Webex\n"
             f"https://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}a7\nNúmero de reunión (código de "
             f"acceso): {num}\nContraseña de la reunión: {pwd}\n\nToque para unirse desde un dispositivo móvil\n"
             "+34-91-114-3474,," + num.replace(" ", "") + "## España\n")
    else:
        t = (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n"
             f"https://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}c2\nMeeting number (access code): "
             f"{num}\nMeeting password: {pwd}\n\nTap to join from a mobile device (attendees only)\n"
             "+34-91-114-3474,," + num.replace(" ", "") + "## Spain Toll\n")
    return esc(t)
