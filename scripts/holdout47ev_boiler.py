"""holdout47 event corpus: video-call and calendar-tool boilerplate in the event's language."""

from __future__ import annotations


def teams(lang: str, mid: str, code: str, tail: str) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tail}%40thread.v2/0"
    bar = "_" * 64
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, une application mobile ou un "
                f"appareil de salle\nCliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid}\n"
                f"Code secret : {code}\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app>"
                " | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                "Ou appelez (audio seulement)\n+33 1 70 91 86 46,,418220937#   France, Paris\n"
                "ID de conférence téléphonique : 418 220 937#\n"
                "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion\n" + bar)
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
                f"Raumgerät aus teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
                f"Besprechungs-ID: {mid}\nKennung: {code}\nTeams herunterladen | Im Web beitreten\n"
                "Einwahl nur per Telefon\n+49 69 365059 112,,772390415#   Deutschland, Frankfurt am Main\n"
                "Telefonkonferenz-ID: 772 390 415#\nWeitere Informationen | Besprechungsoptionen\n" + bar)
    if lang == "es":
        return (f"{bar}\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\nCódigo de acceso: {code}\n"
                "Descargar Teams | Unirse en la web\nO llame (solo audio)\n+34 917 62 41 88,,603118274#   España, "
                "Madrid\nId. de conferencia telefónica: 603 118 274#\nMás información | Opciones de reunión\n" + bar)
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {code}\n"
            "Download Teams | Join on the web\nOr call in (audio only)\n+44 20 3855 4391,,250617734#   United Kingdom, "
            "London\nPhone Conference ID: 250 617 734#\nLearn More | Meeting options\n" + bar)


def meet(lang: str, code: str, pin: str) -> str:
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
                f"Ou appeler le : (FR) +33 1 87 40 43 91 Code : {pin}#\n"
                f"Autres numéros de téléphone : https://tel.meet/{code}?pin={pin.replace(' ', '')}")
    if lang == "es":
        return (f"Unirse con Google Meet: https://meet.google.com/{code}\n\n"
                f"Unirse por teléfono\n(ES) +34 911 23 78 45 PIN: {pin}#\n\n"
                f"Más números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}")
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n\n"
                f"Oder wählen Sie: (DE) +49 30 300195 061 PIN: {pin}#\n"
                f"Weitere Telefonnummern: https://tel.meet/{code}?pin={pin.replace(' ', '')}")
    return (f"Join with Google Meet: https://meet.google.com/{code}\n\n"
            f"Join by phone\n(GB) +44 20 3937 0713 PIN: {pin}#\n\n"
            f"More phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}")


def gfooter(lang: str, guest: str) -> str:
    if lang == "fr":
        return ("\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
                f"Vous recevez cet e-mail, car vous êtes un invité de l'événement ({guest}). Pour ne plus recevoir "
                "de notifications pour cet événement, refusez-le.")
    if lang == "de":
        return ("\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                f"Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind ({guest}).")
    if lang == "es":
        return ("\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                f"Recibes este correo electrónico porque eres un invitado del evento ({guest}).")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event ({guest}).")


def zoom(lang: str, host: str, mid: str, pwd: str, sub: str = "us06web") -> str:
    digits = mid.replace(" ", "")
    url = f"https://{sub}.zoom.us/j/{digits}?pwd=Qm{pwd}RzZ0b1lQTkp3UT09"
    if lang == "fr":
        return (f"{host} vous invite à une réunion Zoom planifiée.\n\nRejoindre la réunion Zoom\n{url}\n\n"
                f"ID de réunion: {mid}\nCode secret: {pwd}\n\n---\n\nUne seule touche sur l'appareil mobile\n"
                f"+33170372246,,{digits}#,,,,*{pwd}# France\n\nComposez un numéro en fonction de votre emplacement\n"
                f"• +33 1 7037 2246 France\n• +33 1 7037 9729 France\n\nTrouvez votre numéro local : "
                f"https://{sub}.zoom.us/u/abX4kLm")
    if lang == "de":
        return (f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\n{url}\n\n"
                f"Meeting-ID: {mid}\nKenncode: {pwd}\n\n---\n\nSchnelleinwahl mobil\n"
                f"+496971049922,,{digits}#,,,,*{pwd}# Deutschland\n\nOrtseinwahl suchen: https://{sub}.zoom.us/u/k8Hq")
    if lang == "es":
        return (f"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{url}\n\n"
                f"ID de reunión: {mid}\nCódigo de acceso: {pwd}\n\n---\n\nMóvil con un toque\n"
                f"+34917873431,,{digits}#,,,,*{pwd}# España")
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\n"
            f"Meeting ID: {mid}\nPasscode: {pwd}\n\n---\n\nOne tap mobile\n+442034815237,,{digits}#,,,,*{pwd}# "
            f"United Kingdom\n\nFind your local number: https://{sub}.zoom.us/u/adqEVx")


def webex(lang: str, site: str, num: str, pwd: str) -> str:
    link = f"https://{site}.webex.com/{site}/j.php?MTID=m4f0c2a9e7d1b83c65a0e9f2d71b4c8e3"
    if lang == "fr":
        return (f"-- Ne supprimez pas et ne modifiez pas le texte suivant. --\n\nRejoindre la réunion Webex\n{link}\n\n"
                f"Numéro de la réunion (code d'accès) : {num}\nMot de passe de la réunion : {pwd}\n\n"
                f"Rejoindre par téléphone\n+33-1-7091-8646 France Numéro payant\n\n"
                "Rejoindre à partir d'un système vidéo ou d'une application\n"
                f"Composer {num.replace(' ', '')}@{site}.webex.com\n\n"
                "Si vous êtes l'hôte, cliquez sur ce lien pour voir les informations de l'hôte.")
    return (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n{link}\n\n"
            f"Meeting number (access code): {num}\nMeeting password: {pwd}\n\nJoin by phone\n"
            "+44-20-7660-8149 United Kingdom Toll\n\nJoin from a video system or application\n"
            f"Dial {num.replace(' ', '')}@{site}.webex.com")
