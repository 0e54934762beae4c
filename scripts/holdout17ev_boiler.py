"""Video-call and calendar footers for the holdout17 event corpus, in the languages their tools localise to.

Given a meeting id seed and a language, each function returns the footer text a tool appends to a description.
"""

from __future__ import annotations

_TEAMS_HEAD = {
    "en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting",
    "de": "Microsoft Teams-Besprechung\nNehmen Sie über Ihren Computer, eine mobile App oder ein Raumgerät teil\n"
          "Klicken Sie hier, um an der Besprechung teilzunehmen",
    "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
          "Cliquez ici pour participer à la réunion",
    "es": "Reunión de Microsoft Teams\nUnirse desde el equipo, aplicación móvil o dispositivo de sala\n"
          "Haga clic aquí para unirse a la reunión",
}
_TEAMS_ID = {"en": "Meeting ID", "de": "Besprechungs-ID", "fr": "ID de réunion", "es": "Id. de reunión"}
_TEAMS_PW = {"en": "Passcode", "de": "Kenncode", "fr": "Code secret", "es": "Código de acceso"}


def teams(seed: int, lang: str = "en") -> str:
    """Given a seed and language, returns a Teams meeting footer with a fake join link, id and passcode."""
    mid = f"{3 + seed % 6}{seed * 7919 % 1000:03d} {seed * 104729 % 1000:03d} {seed * 31 % 1000:03d}"
    return (
        "________________________________________________________________________________\n"
        f"{_TEAMS_HEAD[lang]}\n"
        f"<https://teams.microsoft.com/l/meetup-join/19%3ameeting_H17{seed:04d}%40thread.v2/0>\n"
        f"{_TEAMS_ID[lang]}: {mid}\n{_TEAMS_PW[lang]}: h17Q{seed % 97}x\n"
        "________________________________________________________________________________"
    )


_ZOOM = {
    "en": ("is inviting you to a scheduled Zoom meeting.", "Join Zoom Meeting", "Meeting ID", "Passcode"),
    "de": ("lädt Sie zu einem geplanten Zoom-Meeting ein.", "Zoom-Meeting beitreten", "Meeting-ID", "Kenncode"),
    "fr": ("vous invite à une réunion Zoom planifiée.", "Participer à la réunion Zoom", "ID de réunion",
           "Code secret"),
    "es": ("le está invitando a una reunión de Zoom programada.", "Unirse a la reunión Zoom", "ID de reunión",
           "Código de acceso"),
}


def zoom(seed: int, host: str, lang: str = "en") -> str:
    """Given a seed, the host's display name and a language, returns Zoom's invitation text."""
    inv, join, mid, pw = _ZOOM[lang]
    num = f"{8 + seed % 2}{seed * 523 % 100:02d} {seed * 271 % 10000:04d} {seed * 613 % 10000:04d}"
    return (f"{host} {inv}\n\n{join}\nhttps://us06web.zoom.us/j/{num.replace(' ', '')}?pwd=H17z{seed:03d}\n\n"
            f"{mid}: {num}\n{pw}: {seed * 37 % 900000 + 100000}\n\n---\nOne tap mobile\n+4969380979883,,"
            f"{num.replace(' ', '')}# Germany")


_MEET = {
    "en": ("Join with Google Meet", "Join by phone", "Invitation from Google Calendar",
           "You are receiving this email because you are an attendee on the event."),
    "de": ("Mit Google Meet teilnehmen", "Telefonisch teilnehmen", "Einladung von Google Kalender",
           "Sie erhalten diese E-Mail, weil Sie Teilnehmer dieses Termins sind."),
    "fr": ("Participer avec Google Meet", "Participer par téléphone", "Invitation de Google Agenda",
           "Vous recevez cet e-mail, car vous participez à cet événement."),
    "es": ("Unirse con Google Meet", "Unirse por teléfono", "Invitación de Google Calendar",
           "Has recibido este correo electrónico porque eres un invitado del evento."),
}


def meet(seed: int, lang: str = "en") -> str:
    """Given a seed and language, returns the Google Meet block and Google Calendar invitation footer."""
    join, phone, inv, why = _MEET[lang]
    letters = "abcdefghijkmnopqrstuvwxyz"
    first = "".join(letters[(seed * k) % 25] for k in (3, 5, 7))
    second = "".join(letters[(seed * k + 1) % 25] for k in (11, 13, 17, 19))
    code = first + "-" + second + "-" + "".join(letters[(seed + k) % 25] for k in (2, 9, 4))
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{join}: https://meet.google.com/{code}\n{phone}: +49 30 5679 {seed % 9000 + 1000} PIN: "
            f"{seed * 7 % 900 + 100} {seed * 13 % 9000 + 1000}#\n\n"
            f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{inv}\n{why}")


_WEBEX = {
    "en": ("Join meeting", "Meeting number (access code)", "Meeting password"),
    "de": ("Meeting beitreten", "Meeting-Kennnummer (Zugriffscode)", "Meeting-Passwort"),
    "fr": ("Rejoindre la réunion", "Numéro de la réunion (code d'accès)", "Mot de passe de la réunion"),
    "es": ("Entrar a la reunión", "Número de reunión (código de acceso)", "Contraseña de la reunión"),
}


def webex(seed: int, site: str, lang: str = "en") -> str:
    """Given a seed, the customer's Webex site and a language, returns a Webex join block."""
    join, num, pw = _WEBEX[lang]
    n = f"2{seed * 977 % 100:02d} {seed * 3571 % 1000:03d} {seed * 4241 % 10000:04d}"
    return (f"-- Do not delete or change any of the following text. --\n\n{join}\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{seed:04d}h17a9\n\n{num}: {n}\n{pw}: Hq{seed % 89}Kz\n")
