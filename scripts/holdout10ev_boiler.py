"""Video-call and calendar-footer boilerplate in EN/DE/FR/ES for the holdout10 events.

Given a language code and a seed, each function returns the block a meeting tool appends to an invite's body.
"""

from __future__ import annotations

import hashlib


def _digits(seed: str, n: int) -> str:
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


def teams(lang: str, seed: str) -> str:
    """Given a language and seed, returns a Microsoft Teams meeting block."""
    mid = _digits(seed, 15)
    meeting_id = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{_digits(seed + 'l', 20)}%40thread.v2/0"
    head = {
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join",
               "Meeting ID", "Passcode", "Learn More | Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem "
               "Raumgerät teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID",
               "Kennung", "Weitere Informationen | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret",
               "En savoir plus | Options de réunion"),
        "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Más información | Opciones de reunión"),
    }[lang]
    bar = "_" * 64
    return (f"{bar}\n{head[0]}\n{head[1]}\n{head[2]} <{link}>\n{head[3]}: {meeting_id}\n"
            f"{head[4]}: {_digits(seed + 'p', 6)}\n{head[5]}\n{bar}")


def zoom(lang: str, seed: str) -> str:
    """Given a language and seed, returns a Zoom meeting invitation block."""
    mid = _digits(seed, 11)
    url = f"https://us06web.zoom.us/j/{mid}?pwd={_digits(seed + 'w', 12)}"
    pretty = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    words = {
        "en": ("Join Zoom Meeting", "Meeting ID", "Passcode", "One tap mobile"),
        "de": ("Zoom-Meeting beitreten", "Meeting-ID", "Kenncode", "Schnelleinwahl mobil"),
        "fr": ("Participer à la réunion Zoom", "ID de réunion", "Code secret", "Appel abrégé mobile"),
        "es": ("Unirse a la reunión Zoom", "ID de reunión", "Código de acceso", "Móvil con un toque"),
    }[lang]
    return (f"{words[0]}\n{url}\n\n{words[1]}: {pretty}\n{words[2]}: {_digits(seed + 'k', 6)}\n\n---\n\n"
            f"{words[3]}\n+41432107108,,{mid}# Switzerland\n+43120609301,,{mid}# Austria")


def webex(lang: str, seed: str) -> str:
    """Given a language and seed, returns a Webex meeting block."""
    num = _digits(seed, 10)
    words = {
        "en": ("When it's time, join the Webex meeting here.", "Meeting number (access code)", "Meeting password"),
        "de": ("Wenn es so weit ist, treten Sie dem Webex-Meeting hier bei.", "Meeting-Kennnummer (Zugriffscode)",
               "Meeting-Passwort"),
        "fr": ("Le moment venu, rejoignez la réunion Webex ici.", "Numéro de la réunion (code d'accès)",
               "Mot de passe de la réunion"),
        "es": ("Cuando sea la hora, únase a la reunión de Webex aquí.", "Número de reunión (código de acceso)",
               "Contraseña de la reunión"),
    }[lang]
    return (f"{words[0]}\nhttps://meetings-eu1.webex.com/meet/j.php?MTID=m{_digits(seed + 'm', 16)}\n\n"
            f"{words[1]}: {num[:4]} {num[4:7]} {num[7:]}\n{words[2]}: fP{_digits(seed + 'x', 4)}Kq")


def meet(lang: str, seed: str) -> str:
    """Given a language and seed, returns the Google Meet join block Google Calendar puts in the body."""
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    letters = "".join(chr(97 + int(c, 16) % 26) for c in h)
    code = f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"
    words = {
        "en": ("Join with Google Meet", "Join by phone", "More phone numbers"),
        "de": ("Mit Google Meet teilnehmen", "Per Telefon teilnehmen", "Weitere Telefonnummern"),
        "fr": ("Participer avec Google Meet", "Participer par téléphone", "Autres numéros de téléphone"),
        "es": ("Unirse con Google Meet", "Unirse por teléfono", "Más números de teléfono"),
    }[lang]
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{words[0]}: https://meet.google.com/{code}\n{words[1]}\n(AT) +43 1 2535{_digits(seed, 3)} PIN: "
            f"{_digits(seed + 'pin', 9)}#\n{words[2]}: https://tel.meet/{code}?pin={_digits(seed + 'pin', 13)}\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def google_footer(lang: str, organizer: str) -> str:
    """Given a language and the organizer's address, returns Google Calendar's invitation footer."""
    return {
        "en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
              f"email because you are an attendee on the event. To stop receiving future updates for this event, "
              f"decline this event.\n\nForwarding this invitation could allow any recipient to send a response to "
              f"the organizer ({organizer}), be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP.",
        "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
              "weil Sie Teilnehmer des Termins sind. Wenn Sie keine Updates mehr zu diesem Termin erhalten möchten, "
              f"lehnen Sie ihn ab.\n\nWenn Sie die Einladung weiterleiten, kann jeder Empfänger dem Organisator "
              f"({organizer}) antworten, der Gästeliste hinzugefügt werden oder Ihre Antwort ändern.",
        "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car "
              "vous participez à cet événement. Pour ne plus recevoir de notifications, refusez l'invitation.\n\n"
              "Le transfert de cette invitation peut permettre à tout destinataire de répondre à l'organisateur "
              f"({organizer}) ou de modifier votre réponse.",
        "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
              "electrónico porque eres un invitado del evento. Para dejar de recibir novedades, rechaza el "
              f"evento.\n\nSi reenvías esta invitación, cualquier destinatario podrá responder al organizador "
              f"({organizer}), unirse a la lista de invitados o modificar tu respuesta.",
    }[lang]
