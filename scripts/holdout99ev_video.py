"""Video-call boilerplate for holdout99, in the language of the event (typed from memory of real invites)."""

from __future__ import annotations


def meet_fr(code: str, pin: str = "481553072") -> str:
    return (
        f"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
        f"Ou appeler le : (FR) +33 1 87 40 47 24 Code : {pin[:3]} {pin[3:6]} {pin[6:]}#\n"
        f"Autres numéros de téléphone : https://tel.meet/{code}?pin={pin}\n\n"
        "Ne modifiez pas cette section de la description.\n\n"
        "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
        "Vous recevez cet e-mail, car vous êtes un invité de l'événement. Pour ne plus recevoir de notifications "
        "concernant cet événement, refusez-le. Pour en savoir plus, consultez https://support.google.com/calendar/"
    )


def meet_en(code: str) -> str:
    return (
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        "Or dial: (FR) +33 1 87 40 47 24 PIN: 772 104 338#\n"
        f"More phone numbers: https://tel.meet/{code}?pin=772104338\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section."
    )


def teams_fr(mid: str, secret: str) -> str:
    return (
        "_" * 80 + "\n"
        "Réunion Microsoft Teams\n"
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
        f"Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{secret}%40thread.v2/0>\n"
        f"ID de la réunion : {mid}\n"
        f"Code secret : {secret}\n"
        "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
        "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>\n"
        + "_" * 80
    )


def teams_en(mid: str, secret: str) -> str:
    return (
        "_" * 80 + "\n"
        "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting>\n"
        f"Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{secret}%40thread.v2/0>\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {secret}\n"
        "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
        + "_" * 80
    )


def teams_de(mid: str, secret: str) -> str:
    return (
        "_" * 80 + "\n"
        "Microsoft Teams-Besprechung\n"
        "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil\n"
        f"Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{secret}>\n"
        f"Besprechungs-ID: {mid}\n"
        f"Passcode: {secret}\n"
        + "_" * 80
    )


def zoom_fr(host: str, num: str, code: str) -> str:
    return (
        f"{host} vous invite à une réunion Zoom planifiée.\n\n"
        "Participer à la réunion Zoom\n"
        f"https://us06web.zoom.us/j/{num.replace(' ', '')}?pwd=QmVyZ2Vyb25uZXR0ZQ\n\n"
        f"ID de réunion : {num}\n"
        f"Code secret : {code}\n\n"
        "Une seule touche sur l'appareil mobile\n"
        f"+33170372246,,{num.replace(' ', '')}#,,,,*{code}# France"
    )


def zoom_en(host: str, num: str, code: str) -> str:
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\n"
        f"https://zoom.us/j/{num.replace(' ', '')}?pwd=c2VjdXJpdHlsb29w\n\n"
        f"Meeting ID: {num}\n"
        f"Passcode: {code}\n\n"
        "One tap mobile\n"
        f"+33170379729,,{num.replace(' ', '')}#,,,,*{code}# France"
    )


def webex_es(site: str, num: str, pwd: str) -> str:
    return (
        "Únase a la reunión de Webex\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m4f0c2a8e\n\n"
        f"Número de reunión (código de acceso): {num}\n"
        f"Contraseña de la reunión: {pwd}\n\n"
        "Unirse desde un dispositivo móvil (solo asistentes)\n"
        f"+34-91-749-8750,,{num.replace(' ', '')}## España"
    )
