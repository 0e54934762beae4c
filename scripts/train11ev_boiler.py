"""Video-call and calendar boilerplate in EN/DE/FR/ES, as Zoom, Teams, Meet, Webex and Google add it."""

from __future__ import annotations

import hashlib


def _num(seed: str, digits: int) -> str:
    h = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    return str(h)[:digits]


def zoom(seed: str, lang: str = "en") -> str:
    """Given a seed and a language, returns a Zoom invitation block."""
    mid = _num(seed, 11)
    fmt = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    url = f"https://us06web.zoom.us/j/{mid}?pwd={_num(seed + 'p', 12)}"
    head = {
        "en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten",
        "fr": "Participer à la réunion Zoom", "es": "Unirse a la reunión Zoom",
    }[lang]
    mid_l = {"en": "Meeting ID", "de": "Meeting-ID", "fr": "ID de réunion", "es": "ID de reunión"}[lang]
    pc = {"en": "Passcode", "de": "Kenncode", "fr": "Code secret", "es": "Código de acceso"}[lang]
    return f"{head}\n{url}\n\n{mid_l}: {fmt}\n{pc}: {_num(seed + 'c', 6)}\n"


def teams(seed: str, lang: str = "en") -> str:
    """Given a seed and a language, returns a Microsoft Teams meeting block."""
    line = "_" * 80
    head = {
        "en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting",
        "de": "Microsoft Teams-Besprechung\nAuf dem Computer, in der mobilen App oder im Raumgerät teilnehmen\n"
              "Klicken Sie hier, um an der Besprechung teilzunehmen",
        "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
              "Cliquez ici pour rejoindre la réunion",
        "es": "Reunión de Microsoft Teams\nUnirse desde el equipo, la aplicación móvil o un dispositivo de sala\n"
              "Haga clic aquí para unirse a la reunión",
    }[lang]
    mid = _num(seed, 12)
    idl = {"en": "Meeting ID", "de": "Besprechungs-ID", "fr": "ID de réunion", "es": "Id. de reunión"}[lang]
    return (f"{line}\n{head}\n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{_num(seed + 'x', 16)}"
            f"%40thread.v2/0>\n{idl}: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n{line}\n")


def meet(seed: str, lang: str = "en") -> str:
    """Given a seed and a language, returns a Google Meet block."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    code = "".join(chr(97 + int(c, 16) % 26) for c in h[:10])
    link = f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:10]}"
    head = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen",
            "fr": "Participer avec Google Meet", "es": "Unirse con Google Meet"}[lang]
    dial = {"en": "Or dial", "de": "Oder wählen Sie", "fr": "Ou appelez le", "es": "O marca el"}[lang]
    return f"{head}: {link}\n{dial}: (SE) +46 8 506 {_num(seed, 3)} {_num(seed + 'd', 2)} PIN: {_num(seed + 'q', 9)}#\n"


def webex(seed: str, lang: str = "en") -> str:
    """Given a seed and a language, returns a Webex meeting block."""
    mid = _num(seed, 10)
    head = {"en": "Join Webex meeting", "de": "Webex-Meeting beitreten",
            "fr": "Rejoindre la réunion Webex", "es": "Entrar a la reunión de Webex"}[lang]
    num = {"en": "Meeting number (access code)", "de": "Meeting-Kennnummer (Zugriffscode)",
           "fr": "Numéro de réunion (code d'accès)", "es": "Número de reunión (código de acceso)"}[lang]
    link = f"https://meetings-eu.webex.com/meet/j.php?MTID=m{_num(seed + 'w', 14)}"
    return f"{head}\n{link}\n{num}: {mid[:4]} {mid[4:7]} {mid[7:]}\n"


def google_footer(lang: str = "en") -> str:
    """Given a language, returns the footer Google Calendar puts under invitations."""
    return {
        "en": "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              "Invitation from Google Calendar: https://calendar.google.com/calendar/\n"
              "You are receiving this email because you are an attendee on the event.",
        "de": "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              "Einladung von Google Kalender: https://calendar.google.com/calendar/\n"
              "Sie erhalten diese E-Mail, weil Sie Teilnehmer dieses Termins sind.",
        "fr": "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              "Invitation de Google Agenda : https://calendar.google.com/calendar/\n"
              "Vous recevez cet e-mail, car vous participez à cet événement.",
        "es": "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              "Invitación de Google Calendar: https://calendar.google.com/calendar/\n"
              "Has recibido este correo electrónico porque eres un invitado del evento.",
    }[lang]


def video(kind: str, seed: str, lang: str) -> str:
    """Given a kind (zoom/teams/meet/webex/none), returns its block."""
    if kind == "zoom":
        return zoom(seed, lang)
    if kind == "teams":
        return teams(seed, lang)
    if kind == "meet":
        return meet(seed, lang)
    if kind == "webex":
        return webex(seed, lang)
    return ""
