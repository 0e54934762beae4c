"""Video-call boilerplate (already iCalendar-escaped) for the holdout60 event corpus."""

from __future__ import annotations

from holdout60ev_ics import esc

_RULE = "_" * 80


def teams(lang: str, meeting_id: str, code: str, thread: str) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0"
    texts = {
        "es": [
            "Reunión de Microsoft Teams",
            "Únase a través de su ordenador, aplicación móvil o dispositivo de sala",
            f"Haga clic aquí para unirse a la reunión<{url}>",
            f"Id. de reunión: {meeting_id}",
            f"Código de acceso: {code}",
            "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
            "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
            "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/"
            "meetingOptions/>",
        ],
        "en": [
            "Microsoft Teams meeting",
            "Join on your computer, mobile app or room device",
            f"Click here to join the meeting<{url}>",
            f"Meeting ID: {meeting_id}",
            f"Passcode: {code}",
            "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            "meetingOptions/>",
        ],
        "fr": [
            "Réunion Microsoft Teams",
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
            f"Cliquez ici pour rejoindre la réunion<{url}>",
            f"ID de la réunion : {meeting_id}",
            f"Code secret : {code}",
            "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
            "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
            "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
            "meetingOptions/>",
        ],
        "de": [
            "Microsoft Teams-Besprechung",
            "Treten Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät bei",
            f"Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>",
            f"Besprechungs-ID: {meeting_id}",
            f"Passcode: {code}",
            "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
            "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
            "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/"
            "meetingOptions/>",
        ],
    }
    return esc("\n".join([_RULE, *texts[lang], _RULE]))


def zoom(lang: str, host: str, mid: str, pwd: str, code: str) -> str:
    digits = mid.replace(" ", "")
    url = f"https://us06web.zoom.us/j/{digits}?pwd={pwd}"
    texts = {
        "es": [
            f"{host} le está invitando a una reunión de Zoom programada.",
            "",
            "Entrar a la reunión de Zoom",
            url,
            "",
            f"ID de reunión: {mid}",
            f"Código de acceso: {code}",
            "",
            "---",
            "",
            "Móvil con un toque",
            f"+34917873431,,{digits}#,,,,*{code}# España",
            f"+34932956087,,{digits}#,,,,*{code}# España",
        ],
        "en": [
            f"{host} is inviting you to a scheduled Zoom meeting.",
            "",
            "Join Zoom Meeting",
            url,
            "",
            f"Meeting ID: {mid}",
            f"Passcode: {code}",
            "",
            "---",
            "",
            "One tap mobile",
            f"+442034815240,,{digits}#,,,,*{code}# United Kingdom",
            f"+443300885830,,{digits}#,,,,*{code}# United Kingdom",
        ],
        "fr": [
            f"{host} vous invite à une réunion Zoom planifiée.",
            "",
            "Participer à la réunion Zoom",
            url,
            "",
            f"ID de réunion : {mid}",
            f"Code secret : {code}",
            "",
            "---",
            "",
            "Une seule touche sur l'appareil mobile",
            f"+33170372246,,{digits}#,,,,*{code}# France",
        ],
    }
    return esc("\n".join(texts[lang]))


def meet(lang: str, code: str, phone: str, pin: str) -> str:
    url = f"https://meet.google.com/{code}"
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    texts = {
        "es": [
            sep,
            f"Unirse con Google Meet: {url}",
            "",
            f"Unirse por teléfono: (ES) {phone} PIN: {pin}#",
            f"Más números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}",
            "",
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720",
            "",
            "No modifiques esta sección.",
            sep,
        ],
        "en": [
            sep,
            f"Join with Google Meet: {url}",
            "",
            f"Join by phone: (GB) {phone} PIN: {pin}#",
            f"More phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}",
            "",
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720",
            "",
            "Please do not edit this section.",
            sep,
        ],
        "fr": [
            sep,
            f"Participer avec Google Meet : {url}",
            "",
            f"Participer par téléphone : (FR) {phone} Code : {pin}#",
            f"Autres numéros de téléphone : https://tel.meet/{code}?pin={pin.replace(' ', '')}",
            "",
            "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720",
            "",
            "Merci de ne pas modifier cette section.",
            sep,
        ],
    }
    return esc("\n".join(texts[lang]))


def webex(lang: str, site: str, number: str, pwd: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m4b1e{number.replace(' ', '')}a90c"
    texts = {
        "es": [
            "Únase a la reunión de Webex",
            url,
            "",
            f"Número de la reunión (código de acceso): {number}",
            f"Contraseña de la reunión: {pwd}",
            "",
            "Únase desde un dispositivo móvil (solo para asistentes)",
            f"+34-91-787-0045,,{number.replace(' ', '')}## España, Madrid",
            "",
            "Únase por vídeo o sistema de aplicación",
            f"Marque {number.replace(' ', '')}@{site}.webex.com",
        ],
        "en": [
            "Join Webex meeting",
            url,
            "",
            f"Meeting number (access code): {number}",
            f"Meeting password: {pwd}",
            "",
            "Tap to join from a mobile device (attendees only)",
            f"+44-20-7660-8828,,{number.replace(' ', '')}## United Kingdom Toll",
        ],
    }
    return esc("\n".join(texts[lang]))


def gcal_footer(lang: str, organizer: str) -> str:
    texts = {
        "es": [
            "",
            "",
            "Invitación de Google Calendar: https://calendar.google.com/calendar/",
            "",
            "Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir"
            " actualizaciones de este evento, rechaza la invitación.",
            f"Reenviar esta invitación puede permitir que cualquier destinatario envíe una respuesta a {organizer}.",
        ],
        "en": [
            "",
            "",
            "Invitation from Google Calendar: https://calendar.google.com/calendar/",
            "",
            "You are receiving this email because you are an attendee on the event. To stop receiving"
            " future updates for this event, decline this event.",
            f"Forwarding this invitation could allow any recipient to send a response to {organizer}.",
        ],
    }
    return esc("\n".join(texts[lang]))
