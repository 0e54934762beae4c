"""Video-call boilerplate in the event's language for the holdout55 event corpus."""

from __future__ import annotations


def meet(code: str, lang: str = "es") -> str:
    if lang == "es":
        return (f"Unirse con Google Meet\nhttps://meet.google.com/{code}\n\nUnirse por teléfono\n"
                "(ES) +34 910 48 77 21 PIN: 512 448 903#\n\nMás números de teléfono\n"
                f"https://tel.meet/{code}?pin=5124489031\n\nNo edites esta sección de la descripción.")
    return (f"Join with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n"
            "(GB) +44 20 3956 0143 PIN: 771 902 334#\n\nMore phone numbers\n"
            f"https://tel.meet/{code}?pin=7719023341")


def teams(mid: str, lang: str = "es") -> str:
    bar = "_" * 80
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "es":
        return (f"{bar}\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o la sala\n"
                f"Haga clic aquí para unirse a la reunión <{link}>\nId. de reunión: 371 554 902 118\n"
                "Código de acceso: Kx7qP2\nMás información <https://aka.ms/JoinTeamsMeeting>\n"
                f"Opciones de reunión\n{bar}")
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nNehmen Sie von Computer, mobiler App oder Raumgerät teil\n"
                f"Klicken Sie hier, um an der Besprechung teilzunehmen <{link}>\nBesprechungs-ID: 318 402 776 095\n"
                f"Passcode: Rt4mW9\nBesprechungsoptionen\n{bar}")
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
                f"de salle\nCliquez ici pour participer à la réunion <{link}>\nID de la réunion : 344 019 557 281\n"
                f"Code secret : Zp3vN8\nOptions de réunion\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{link}>\nMeeting ID: 329 881 604 552\nPasscode: Hj6sL2\n"
            f"Learn More | Meeting options\n{bar}")


def zoom(mid: str, lang: str = "es") -> str:
    url = f"https://us02web.zoom.us/j/{mid.replace(' ', '')}?pwd=bWx0dGhQZ3NrVjJ4"
    if lang == "es":
        return (f"Únase a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: 482913\n\n"
                "Móvil con un toque\n+34 91 787 0058,,{0}# España".format(mid.replace(" ", "")))
    if lang == "fr":
        return f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : 730155"
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: 904417"
    return f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: 615320"


def webex(num: str, lang: str = "en") -> str:
    url = f"https://meetingsemea23.webex.com/meet/j.php?MTID=m{num}a9f2"
    if lang == "es":
        return (f"Entrar a la reunión de Webex\n{url}\n\nNúmero de reunión: {num}\nContraseña: Hotel2025\n\n"
                "Entrar por teléfono\n+34-91-419-0154 España peaje")
    return (f"Join Webex meeting\n{url}\n\nMeeting number: {num}\nPassword: Stay2025\n\n"
            "Join by phone\n+44-20-7660-8149 United Kingdom Toll")
