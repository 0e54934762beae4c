"""Video-call and calendar boilerplate for holdout9 descriptions, in the languages producers print it."""

from __future__ import annotations

_LINE = "_" * 80


def teams(lang: str, meeting_id: str, passcode: str) -> str:
    """Given a language code, a meeting ID and a passcode, returns a Microsoft Teams join block."""
    head = {
        "de": ("Microsoft Teams Besprechung", "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil",
               "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung"),
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
               "Click here to join the meeting", "Meeting ID", "Passcode"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret"),
        "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso"),
    }[lang]
    title, join_on, click, mid, code = head
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id.replace(' ', '')}%40thread.v2/0"
    tail = "Teams herunterladen | Im Web beitreten\n" if lang == "de" else ""
    return f"{_LINE}\n{title}\n{join_on}\n{click} <{url}>\n{mid}: {meeting_id}\n{code}: {passcode}\n{tail}{_LINE}"


def zoom(lang: str, mid: str, pwd: str, host: str = "us06web") -> str:
    """Given a language code, a Zoom meeting ID and passcode, returns the Zoom invitation text."""
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    dial = mid.replace(" ", "")
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}\n\n"
                f"Schnelleinwahl mobil\n+496950502596,,{dial}# Deutschland")
    if lang == "fr":
        return f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}"
    if lang == "es":
        return f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}"
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
            f"One tap mobile\n+13092053325,,{dial}# US")


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code and a language, returns the Google Meet join lines."""
    label = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen",
             "fr": "Participer avec Google Meet", "es": "Unirse con Google Meet"}[lang]
    return f"{label}: https://meet.google.com/{code}"


def google_footer(organizer: str, lang: str = "en") -> str:
    """Given the organizer address and a language, returns Google's 'Invitation from Google Calendar' footer."""
    if lang == "de":
        return ("\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                f"Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Organisator: {organizer}")
    if lang == "fr":
        return ("\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
                "Vous recevez cet e-mail, car vous êtes invité à cet événement.")
    if lang == "es":
        return ("\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                "Has recibido este correo electrónico porque eres invitado de este evento.")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. To stop receiving future "
            "updates for this event, decline this event.")


def webex(lang: str, number: str) -> str:
    """Given a language and a meeting number, returns a Webex join block."""
    url = f"https://meet{number[-1]}.webex.com/meet/j.php?MTID=m{number.replace(' ', '')}a91f"
    if lang == "de":
        return f"Webex-Meeting beitreten\n{url}\nMeeting-Kennnummer: {number}\nPasswort: Xq4#pT"
    if lang == "fr":
        return f"Rejoindre la réunion Webex\n{url}\nNuméro de réunion : {number}\nMot de passe : Xq4#pT"
    if lang == "es":
        return f"Entrar a la reunión de Webex\n{url}\nNúmero de reunión: {number}\nContraseña: Xq4#pT"
    return f"Join Webex meeting\n{url}\nMeeting number: {number}\nPassword: Xq4#pT"


def gotomeeting(code: str) -> str:
    """Given an access code, returns a GoTo Meeting join block."""
    return (f"Please join my meeting from your computer, tablet or smartphone.\n"
            f"https://meet.goto.com/{code.replace(' ', '')}\n\nYou can also dial in using your phone.\n"
            f"Germany: +49 721 9881 4161\nAccess Code: {code}")
