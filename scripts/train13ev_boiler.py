"""train13 event corpus: video-call and calendar boilerplate in EN/DE/FR/ES, as the tools paste it.

Given a language code and a meeting id, each function returns the block a real invite carries.
"""

from __future__ import annotations


def zoom(lang: str, mid: str, pwd: str = "", host: str = "us02web") -> str:
    """Given language, meeting id and passcode, returns a Zoom join block."""
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}" + (f"?pwd={pwd}" if pwd else "")
    head = {
        "en": "Join Zoom Meeting",
        "de": "Zoom-Meeting beitreten",
        "fr": "Participer à la réunion Zoom",
        "es": "Unirse a la reunión Zoom",
    }[lang]
    idl = {"en": "Meeting ID", "de": "Meeting-ID", "fr": "ID de réunion", "es": "ID de reunión"}[lang]
    pl = {"en": "Passcode", "de": "Kenncode", "fr": "Code secret", "es": "Código de acceso"}[lang]
    mob = {"en": "One tap mobile", "de": "Schnelleinwahl mobil", "fr": "Mobile en un clic", "es": "Móvil con un toque"}[
        lang
    ]
    text = f"{head}\n{url}\n\n{idl}: {mid}\n"
    if pwd:
        text += f"{pl}: {pwd[:6]}\n"
    return text + f"\n---\n{mob}\n+496938079883,,{mid.replace(' ', '')}# Germany\n"


def teams(lang: str, mid: str, code: str) -> str:
    """Given language, meeting id and passcode, returns a Microsoft Teams join block."""
    line = "_" * 80
    t = {
        "en": (
            "Microsoft Teams meeting",
            "Join on your computer, mobile app or room device",
            "Click here to join the meeting",
            "Meeting ID",
            "Passcode",
            "Learn More | Meeting options",
        ),
        "de": (
            "Microsoft Teams-Besprechung",
            "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil",
            "Klicken Sie hier, um an der Besprechung teilzunehmen",
            "Besprechungs-ID",
            "Kennung",
            "Weitere Infos | Besprechungsoptionen",
        ),
        "fr": (
            "Réunion Microsoft Teams",
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "Cliquez ici pour rejoindre la réunion",
            "ID de la réunion",
            "Code secret",
            "En savoir plus | Options de réunion",
        ),
        "es": (
            "Reunión de Microsoft Teams",
            "Unirse desde su equipo, aplicación móvil o dispositivo de sala",
            "Haga clic aquí para unirse a la reunión",
            "Id. de reunión",
            "Código de acceso",
            "Más información | Opciones de reunión",
        ),
    }[lang]
    return (
        f"{line}\n{t[0]}\n{t[1]}\n{t[2]}\n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
        f"%40thread.v2/0>\n{t[3]}: {mid}\n{t[4]}: {code[:6]}\n{t[5]}\n{line}\n"
    )


def meet(lang: str, code: str) -> str:
    """Given language and a meet code, returns the Google Meet block of a Google invite."""
    join = {
        "en": "Join with Google Meet",
        "de": "Mit Google Meet teilnehmen",
        "fr": "Participer avec Google Meet",
        "es": "Unirse con Google Meet",
    }[lang]
    more = {
        "en": "Join by phone",
        "de": "Über Telefon teilnehmen",
        "fr": "Participer par téléphone",
        "es": "Unirse por teléfono",
    }[lang]
    return f"{join}: https://meet.google.com/{code}\n{more}\n(DE) +49 30 300195061 PIN: 482 917 331#\n"


def webex(lang: str, number: str, site: str) -> str:
    """Given language, meeting number and site, returns a Webex block."""
    head = {
        "en": "Join Webex meeting",
        "de": "Webex-Meeting beitreten",
        "fr": "Rejoindre la réunion Webex",
        "es": "Entrar a la reunión de Webex",
    }[lang]
    num = {
        "en": "Meeting number (access code)",
        "de": "Meeting-Kennnummer (Zugriffscode)",
        "fr": "Numéro de réunion (code d'accès)",
        "es": "Número de reunión (código de acceso)",
    }[lang]
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{number.replace(' ', '')}a1"
    return f"-- Do not delete or change any of the following text. --\n{head}\n{url}\n{num}: {number}\n"


def gfooter(lang: str) -> str:
    """Given language, returns the footer Google Calendar appends to invitations."""
    return {
        "en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
        "email because you are an attendee on the event. To stop receiving future updates for this event, "
        "decline this event.\n\nForwarding this invitation could allow any recipient to send a response to "
        "the organizer, be added to the guest list, invite others regardless of their own invitation status, "
        "or modify your RSVP.",
        "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
        "weil Sie Gast bei diesem Termin sind. Lehnen Sie diesen Termin ab, um keine weiteren Informationen "
        "zu diesem Termin zu erhalten.",
        "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail car "
        "vous participez à cet événement. Pour ne plus recevoir de notifications, refusez l'invitation.",
        "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo "
        "electrónico porque eres un invitado de este evento. Para dejar de recibir actualizaciones, rechaza "
        "este evento.",
    }[lang]
