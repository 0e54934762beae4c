"""Video-call and invitation boilerplate for the holdout12 event corpus, in EN/DE/FR/ES.

Given a language code and a seed each function returns the text block that producer appends; raises KeyError on
an unknown language.
"""

from __future__ import annotations

import hashlib

LINE = "________________________________________________________________________________"


def _digits(seed: str, n: int) -> str:
    return "".join(str(int(c, 16) % 10) for c in hashlib.md5(seed.encode()).hexdigest())[:n]


def teams(lang: str, seed: str) -> str:
    """Given a language and seed returns the Microsoft Teams meeting block."""
    d = _digits(seed, 24)
    head = {
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join",
               "Meeting ID", "Passcode", "Learn More | Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
               "Raumgerät aus teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID",
               "Kennung", "Weitere Infos | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret",
               "En savoir plus | Options de réunion"),
        "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Más información | Opciones de reunión"),
    }[lang]
    return (f"{LINE}\n{head[0]}\n{head[1]}\n{head[2]}\n"
            f"<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{d}%40thread.v2/0>\n"
            f"{head[3]}: {d[:3]} {d[3:6]} {d[6:9]} {d[9:12]}\n{head[4]}: {d[12:18]}\n{head[5]}\n{LINE}")


def zoom(lang: str, seed: str) -> str:
    """Given a language and seed returns the Zoom invitation block."""
    d = _digits(seed, 21)
    t = {
        "en": ("Join Zoom Meeting", "Meeting ID", "Passcode", "One tap mobile"),
        "de": ("Zoom-Meeting beitreten", "Meeting-ID", "Kenncode", "Schnelleinwahl mobil"),
        "fr": ("Participer à la réunion Zoom", "ID de réunion", "Code secret", "Appel abrégé mobile"),
        "es": ("Unirse a la reunión Zoom", "ID de reunión", "Código de acceso", "Móvil con un toque"),
    }[lang]
    return (f"{t[0]}\nhttps://us06web.zoom.us/j/{d[:11]}?pwd={d[11:]}Qz\n\n{t[1]}: {d[:3]} {d[3:7]} {d[7:11]}\n"
            f"{t[2]}: {d[11:17]}\n\n---\n{t[3]}\n+496938079884,,{d[:11]}# Deutschland\n"
            f"+41432107108,,{d[:11]}# Switzerland")


def meet(lang: str, seed: str) -> str:
    """Given a language and seed returns the Google Meet block and the Google Calendar footer."""
    d = hashlib.md5(seed.encode()).hexdigest()
    code = f"{d[:3]}-{d[3:7]}-{d[7:10]}"
    t = {
        "en": ("Join with Google Meet", "Join by phone", "More phone numbers",
               "Invitation from Google Calendar", "You are receiving this email because you are an attendee on "
               "the event. To stop receiving future updates for this event, decline this event."),
        "de": ("Mit Google Meet teilnehmen", "Telefonisch teilnehmen", "Weitere Telefonnummern",
               "Einladung von Google Kalender", "Sie erhalten diese E-Mail, weil Sie Teilnehmer des Termins sind. "
               "Lehnen Sie den Termin ab, um keine weiteren Aktualisierungen zu erhalten."),
        "fr": ("Participer avec Google Meet", "Participer par téléphone", "Autres numéros de téléphone",
               "Invitation de Google Agenda", "Vous recevez cet e-mail, car vous participez à cet événement. "
               "Pour ne plus recevoir de notifications, refusez cet événement."),
        "es": ("Unirse con Google Meet", "Unirse por teléfono", "Más números de teléfono",
               "Invitación de Google Calendar", "Has recibido este correo porque eres invitado del evento. "
               "Para dejar de recibir actualizaciones, rechaza este evento."),
    }[lang]
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{t[0]}: https://meet.google.com/{code}\n\n{t[1]}\n(DE) +49 30 300195{d[10:12]} "
            f"PIN: {_digits(seed, 9)}#\n\n"
            f"{t[2]}: https://tel.meet/{code}?pin={_digits(seed, 13)}\n\n"
            f"Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-"
            f"\n\n{t[3]}\n{t[4]}")


def meet_link(seed: str) -> str:
    """Given a seed returns a bare Google Meet URL."""
    d = hashlib.md5(seed.encode()).hexdigest()
    return f"https://meet.google.com/{d[:3]}-{d[3:7]}-{d[7:10]}"


def webex(lang: str, seed: str, site: str) -> str:
    """Given a language, seed and Webex site name returns the Webex join block."""
    d = _digits(seed, 12)
    t = {
        "en": ("Join meeting", "Meeting number (access code)", "Meeting password", "Join by phone"),
        "de": ("Meeting beitreten", "Meeting-Kennnummer (Zugriffscode)", "Meeting-Passwort", "Per Telefon beitreten"),
        "fr": ("Rejoindre la réunion", "Numéro de la réunion (code d'accès)", "Mot de passe de la réunion",
               "Rejoindre par téléphone"),
        "es": ("Entrar a la reunión", "Número de reunión (código de acceso)", "Contraseña de la reunión",
               "Entrar por teléfono"),
    }[lang]
    return (f"-- Webex --\n{t[0]}: https://{site}.webex.com/{site}/j.php?MTID=m{d}\n"
            f"{t[1]}: {d[:4]} {d[4:7]} {d[7:10]}\n"
            f"{t[2]}: Hx{d[:4]}q\n{t[3]}\n+41-44-511-6100 Switzerland Toll")
