"""Video-meeting boilerplate for the holdout81 event split, in the languages of the invites (CC0 1.0)."""

from __future__ import annotations

from holdout81ev_ics import digits, hexid

LINE = "_" * 80


def teams(seed: str, lang: str = "en") -> str:
    mid = " ".join([digits(seed + "a", 3), digits(seed + "b", 3), digits(seed + "c", 3), digits(seed + "d", 3)])
    pw = hexid(seed + "pw", 6)
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(seed, 40)}%40thread.v2/0"
    text = {
        "en": ("Microsoft Teams Need help?", "Join the meeting now", "Meeting ID", "Passcode",
               "For organisers: Meeting options"),
        "es": ("Microsoft Teams ¿Necesita ayuda?", "Unirse a la reunión ahora", "Id. de reunión", "Código de acceso",
               "Para organizadores: Opciones de reunión"),
        "de": ("Microsoft Teams Brauchen Sie Hilfe?", "Jetzt an der Besprechung teilnehmen", "Besprechungs-ID",
               "Kennung", "Für Organisatoren: Besprechungsoptionen"),
        "fr": ("Microsoft Teams Besoin d’aide ?", "Rejoindre la réunion maintenant", "ID de la réunion",
               "Code secret", "Pour les organisateurs : Options de réunion"),
        "pl": ("Microsoft Teams Potrzebujesz pomocy?", "Dołącz do spotkania teraz", "Identyfikator spotkania",
               "Kod dostępu", "Dla organizatorów: Opcje spotkania"),
    }[lang]
    return (f"{LINE}\n{text[0]}\n{text[1]} <{url}>\n{text[2]}: {mid}\n{text[3]}: {pw}\n{LINE}\n{text[4]}\n"
            f"{LINE}")


def zoom(seed: str, lang: str = "en", host: str = "Recruitment") -> str:
    mid = digits(seed, 11)
    mid_s = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pw = digits(seed + "pw", 6)
    url = f"https://us02web.zoom.us/j/{mid}?pwd={hexid(seed + 'z', 32)}"
    if lang == "es":
        return (f"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{url}\n\n"
                f"ID de reunión: {mid_s}\nCódigo de acceso: {pw}\n\nMarcar desde su ubicación\n"
                f"        +34 91 787 0058 España\n        +34 917 873 431 España")
    if lang == "de":
        return (f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\n{url}\n\n"
                f"Meeting-ID: {mid_s}\nKenncode: {pw}\n\nSchnelleinwahl mobil\n+496971049922,,{mid}# Deutschland")
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\n"
            f"Meeting ID: {mid_s}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n+442034815240,,{mid}# United Kingdom\n"
            f"+97143762211,,{mid}# United Arab Emirates\n\nFind your local number: https://us02web.zoom.us/u/abc{pw}")


def meet(seed: str, lang: str = "en") -> tuple[str, str]:
    h = hexid(seed, 10)
    code = f"{h[:3]}-{h[3:7]}-{h[7:10]}"
    url = f"https://meet.google.com/{code}"
    if lang == "es":
        body = (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Unirse con Google Meet: {url}\n\nMás información sobre Meet: https://support.google.com/a/users/"
                f"answer/9282720\n\nNo edites esta sección de la descripción.\n"
                f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    else:
        body = (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Join with Google Meet: {url}\n\nLearn more about Meet at: https://support.google.com/a/users/"
                f"answer/9282720\n\nPlease do not edit this section.\n"
                f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    return url, body


def webex(seed: str, site: str) -> str:
    num = digits(seed, 10)
    return (f"When it's time, join the Webex meeting here.\n\nMeeting number (access code): {num[:4]} {num[4:7]} "
            f"{num[7:]}\nMeeting password: {hexid(seed, 8)}\n\nJoin meeting\nhttps://{site}.webex.com/{site}/j.php?"
            f"MTID=m{hexid(seed + 'w', 32)}\n\nJoin by phone\n+44-20-3198-8144 United Kingdom Toll\n"
            f"Can't join the meeting? https://help.webex.com/docs/DOC-5412")
