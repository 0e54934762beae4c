"""Video-call and calendar-footer boilerplate for the holdout13 events, in the producers' own wording (CC0 1.0)."""

from __future__ import annotations


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code and a language returns Google Meet joining text."""
    url = f"https://meet.google.com/{code}"
    if lang == "fr":
        return f"Participer avec Google Meet : {url}\nOu appeler le : (FR) +33 1 87 40 41 55 PIN : 318 552 907#"
    if lang == "de":
        return f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (DE) +49 30 300195 118 PIN: 774 201 935#"
    if lang == "es":
        return f"Unirse con Google Meet: {url}\nO marca el: (ES) +34 910 48 51 27 PIN: 602 114 389#"
    return f"Join with Google Meet: {url}\nOr dial: (GB) +44 20 3937 1203 PIN: 551 093 774#"


def gfooter(lang: str, email: str) -> str:
    """Given a language and the invitee returns the Google Calendar invitation footer."""
    if lang == "fr":
        return ("\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail à "
                f"l'adresse {email}, car vous êtes un invité de cet événement.")
    if lang == "de":
        return ("\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese "
                f"E-Mail unter {email}, weil Sie ein Gast dieses Termins sind.")
    if lang == "es":
        return ("\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
                f"en {email} porque eres un invitado de este evento.")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
            f"email at {email} because you are an attendee on this event.")


def zoom(mid: str, pwd: str, lang: str = "en", host: str = "us02web") -> str:
    """Given a meeting id and passcode returns Zoom joining text."""
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "fr":
        return f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}"
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}"
    if lang == "es":
        return f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}"
    return f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}"


def teams(mid: str, lang: str = "en") -> str:
    """Given a meeting id returns Microsoft Teams joining text."""
    rule = "_" * 80
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "fr":
        return (f"{rule}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de"
                f" salle\nCliquez ici pour rejoindre la réunion <{link}>\nID de la réunion : 318 774 552 19\n"
                f"Code secret : Xk3pQ9\n{rule}")
    if lang == "de":
        return (f"{rule}\nMicrosoft Teams-Besprechung\nAuf dem Computer, in der mobilen App oder im Raumgerät "
                f"teilnehmen\nKlicken Sie hier, um an der Besprechung teilzunehmen <{link}>\n"
                f"Besprechungs-ID: 377 120 904 52\nPasscode: Wq7rT2\n{rule}")
    if lang == "es":
        return (f"{rule}\nReunión de Microsoft Teams\nUnirse desde el equipo, la aplicación móvil o el dispositivo "
                f"de sala\nHaga clic aquí para unirse a la reunión <{link}>\nId. de reunión: 265 019 883 47\n"
                f"Código de acceso: p9Ht4K\n{rule}")
    return (f"{rule}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
            f"the meeting <{link}>\nMeeting ID: 341 662 018 75\nPasscode: bN8sJ3\n{rule}")


def webex(num: str, lang: str = "en") -> str:
    """Given a Webex meeting number returns its joining text."""
    if lang == "fr":
        return f"Rejoindre la réunion Webex\nhttps://meetings.webex.com/join/{num.replace(' ', '')}\nNuméro : {num}"
    return f"Join Webex meeting\nhttps://meetings.webex.com/join/{num.replace(' ', '')}\nMeeting number: {num}"
