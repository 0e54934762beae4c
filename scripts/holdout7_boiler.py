"""Video-call and calendar footers in EN/DE/FR/ES for the holdout7 corpus, as the vendors word them."""

from __future__ import annotations


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code and a language, returns Google Calendar's Meet block and invitation footer."""
    url = f"https://meet.google.com/{code}"
    if lang == "de":
        return (
            f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Mit Google Meet teilnehmen: {url}\n\nWeitere Einwahlmöglichkeiten: https://tel.meet/{code}?pin=3349\n\n"
            "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\n"
            "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
            "Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind."
        )
    if lang == "fr":
        return (
            f"Participer avec Google Meet : {url}\n\nOu composer le : (FR) +33 1 87 40 55 12 Code : 771 302 118#\n\n"
            "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
            "Vous recevez cet e-mail, car vous êtes invité à cet événement."
        )
    if lang == "es":
        return (
            f"Unirse con Google Meet: {url}\n\nO marcar: (ES) +34 910 55 03 21 PIN: 418 220 975#\n\n"
            "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
            "Recibes este correo electrónico porque eres un invitado del evento."
        )
    return (
        f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: {url}\nOr dial: (US) +1 470-555-0188 PIN: 902 114 377#\n"
        f"More phone numbers: https://tel.meet/{code}?pin=9021143770\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\n"
        "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
        "for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
        "response to the organizer, be added to the guest list, invite others regardless of their own invitation "
        "status, or modify your RSVP."
    )


def teams(meeting_id: str, lang: str = "en") -> str:
    """Given a meeting id and a language, returns the Microsoft Teams block Outlook inserts."""
    bar = "_" * 80
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id.replace(' ', '')}%40thread.v2/0"
    text = {
        "en": (
            "Microsoft Teams meeting",
            "Join on your computer, mobile app or room device",
            "Click here to join the meeting",
            "Meeting ID:",
            "Passcode:",
            "Download Teams | Join on the web",
            "Learn More | Meeting options",
        ),
        "de": (
            "Microsoft Teams-Besprechung",
            "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
            "Klicken Sie hier, um an der Besprechung teilzunehmen",
            "Besprechungs-ID:",
            "Kennung:",
            "Teams herunterladen | Im Web beitreten",
            "Weitere Infos | Besprechungsoptionen",
        ),
        "fr": (
            "Réunion Microsoft Teams",
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "Cliquez ici pour rejoindre la réunion",
            "ID de la réunion :",
            "Code secret :",
            "Télécharger Teams | Rejoindre sur le web",
            "En savoir plus | Options de réunion",
        ),
        "es": (
            "Reunión de Microsoft Teams",
            "Únase desde su equipo, aplicación móvil o dispositivo de sala",
            "Haga clic aquí para unirse a la reunión",
            "Id. de reunión:",
            "Código de acceso:",
            "Descargar Teams | Unirse en la web",
            "Más información | Opciones de reunión",
        ),
    }[lang]
    return (
        f"{bar}\n{text[0]}\n{text[1]}\n{text[2]}<{link}>\n{text[3]} {meeting_id}\n{text[4]} kP7vR2\n"
        f"{text[5]}\n{text[6]}\n{bar}"
    )


def zoom(host: str, meeting: str, lang: str = "en", domain: str = "zoom.us") -> str:
    """Given the host's name, a meeting number and a language, returns the Zoom invitation text."""
    digits = meeting.replace(" ", "")
    url = f"https://{domain}/j/{digits}?pwd=Qm9xT2hEeXJ1a0F2c3dV"
    if lang == "de":
        return (
            f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\n{url}\n\n"
            f"Meeting-ID: {meeting}\nKenncode: 661204\n\n---\n\nSchnelleinwahl mobil\n"
            f"+496938079883,,{digits}#,,,,*661204# Deutschland"
        )
    if lang == "fr":
        return (
            f"{host} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\n{url}\n\n"
            f"ID de réunion : {meeting}\nCode secret : 661204\n\n---\n\nUne seule touche sur l'appareil mobile\n"
            f"+33170372246,,{digits}#,,,,*661204# France"
        )
    if lang == "es":
        return (
            f"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{url}\n\n"
            f"ID de reunión: {meeting}\nCódigo de acceso: 661204\n\n---\n\nPulsación única en móvil\n"
            f"+34917873431,,{digits}#,,,,*661204# España"
        )
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\n"
        f"Meeting ID: {meeting}\nPasscode: 661204\n\n---\n\nOne tap mobile\n"
        f"+16469313860,,{digits}#,,,,*661204# US\n\nJoin instructions\nhttps://{domain}/meetings/{digits}/invitations"
    )


def webex(site: str, number: str) -> str:
    """Given a Webex site and meeting number, returns the Webex join block."""
    return (
        f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m3f0c9a1b2d\nMeeting number (access code): {number}\n"
        f"Meeting password: Tx4mQ\n\nJoin by phone\n+1-650-479-3208 Call-in toll number (US/Canada)\n\n"
        "Can't join the meeting?\nhttps://help.webex.com/docs/DOC-5412"
    )
