"""Video-call boilerplate in the event's language for the holdout52 split."""

from __future__ import annotations

LINE = "_" * 64


def teams(lang: str, mid: str, pin: str) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "de":
        return (f"{LINE}\nMicrosoft Teams-Besprechung\nÜber Computer, mobile App oder Raumgerät teilnehmen\n"
                f"Klicken Sie hier, um an der Besprechung teilzunehmen <{url}>\n"
                f"Besprechungs-ID: {pin[:3]} {pin[3:6]} {pin[6:9]} {pin[9:]}\nKennung: Xq7{mid[:3]}\n"
                "Weitere Infos <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n" + LINE)
    if lang == "fr":
        return (f"{LINE}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
                f"de salle\nCliquez ici pour rejoindre la réunion <{url}>\nID de la réunion : {pin}\n"
                f"Code secret : Hb4{mid[:3]}\n" + LINE)
    return (f"{LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{url}>\nMeeting ID: {pin[:3]} {pin[3:6]} {pin[6:9]} {pin[9:]}\n"
            f"Passcode: t9{mid[:4]}\nLearn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n" + LINE)


def zoom(lang: str, mid: str, host: str = "us06web") -> str:
    url = f"https://{host}.zoom.us/j/{mid}?pwd=Qm5hT0x2ZkVvR1d1N0pLc2ZxY3dUZz09"
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {spaced}\nKenncode: 482913\n\n"
                f"Schnelleinwahl mobil\n+43120609 3094,,{mid}# Österreich\n+496950502596,,{mid}# Deutschland")
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {spaced}\nCódigo de acceso: 771204\n\n"
                f"Móvil con un toque\n+34917873431,,{mid}# España")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {spaced}\nSecret : 550218\n\n"
                f"Une seule touche sur l'appareil mobile\n+33170372246,,{mid}# France")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {spaced}\nPasscode: 309117\n\n"
            f"One tap mobile\n+13052241968,,{mid}# US\n+442034815237,,{mid}# United Kingdom")


def meet(lang: str, code: str) -> str:
    url = f"https://meet.google.com/{code}"
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (AT) +43 1 25302 1274 PIN: 283 449 120#\n"
                "Weitere Telefonnummern: https://tel.meet/" + code + "?pin=2834491207\n\n"
                "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                "Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.")
    if lang == "es":
        return (f"Unirse con Google Meet: {url}\nO marca: (ES) +34 910 49 36 52 PIN: 614 870 233#\n\n"
                "Invitación de Google Calendar: https://calendar.google.com/calendar/")
    if lang == "fr":
        return (f"Participer avec Google Meet : {url}\nOu appelez le : (FR) +33 1 87 40 43 16 "
                "Code : 902 114 575#\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/")
    return (f"Join with Google Meet: {url}\nOr dial: (US) +1 478-239-1204 PIN: 812 554 903#\n"
            "More phone numbers: https://tel.meet/" + code + "?pin=8125549037\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.")


def webex(lang: str, num: str, site: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m7a1c0e{num[-6:]}b2f9"
    if lang == "de":
        return (f"Webex-Meeting beitreten\n{url}\nMeeting-Kennnummer (Zugriffscode): {num}\n"
                "Meeting-Passwort: Dx4mPq\n\nÜber Telefon beitreten\n+41-44-580-5998 Schweiz gebührenpflichtig")
    return (f"Join Webex meeting\n{url}\nMeeting number (access code): {num}\nMeeting password: 7bT2kw\n\n"
            "Join by phone\n+44-20-3478-5289 United Kingdom Toll")
