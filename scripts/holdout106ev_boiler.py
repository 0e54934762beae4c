"""Video-call boilerplate in the languages of the holdout106 split (blind author, CC0 1.0)."""

from __future__ import annotations

LINE = "_" * 64


def teams_de(mid: str, code: str) -> str:
    return (
        f"{LINE}\nMicrosoft Teams-Besprechung\nNehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät "
        f"teil\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
        f"%40thread.v2/0>\nBesprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nKennung: {code}\n"
        "Teams herunterladen | Im Web beitreten\nWeitere Informationen | Besprechungsoptionen\n" + LINE
    )


def teams_fr(mid: str, code: str) -> str:
    return (
        f"{LINE}\nRéunion Microsoft Teams\nParticipez à partir de votre ordinateur, de l'application mobile ou "
        f"d'un appareil de salle\nRejoindre la réunion maintenant <https://teams.microsoft.com/l/meetup-join/"
        f"19%3ameeting_{mid}%40thread.v2/0>\nID de réunion : {mid[:3]} {mid[3:6]} {mid[6:9]}\n"
        f"Code secret : {code}\nTélécharger Teams | Rejoindre sur le web\n" + LINE
    )


def teams_en(mid: str, code: str) -> str:
    return (
        f"{LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
        f"meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
        f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]}\nPasscode: {code}\nDownload Teams | Join on the web\n" + LINE
    )


def zoom_de(num: str, pw: str, host: str = "us06web") -> str:
    return (
        f"Zoom-Meeting beitreten\nhttps://{host}.zoom.us/j/{num}?pwd={pw}\n\nMeeting-ID: {num[:3]} {num[3:7]} "
        f"{num[7:]}\nKenncode: {pw[:6]}\n\nSchnelleinwahl mobil\n+41434569248,,{num}# Schweiz\n"
        f"+41315280988,,{num}# Schweiz\n"
    )


def zoom_en(num: str, pw: str) -> str:
    return (
        f"Join Zoom Meeting\nhttps://zoom.us/j/{num}?pwd={pw}\n\nMeeting ID: {num[:3]} {num[3:7]} {num[7:]}\n"
        f"Passcode: {pw[:6]}\n\nOne tap mobile\n+41434569248,,{num}# Switzerland\n"
    )


def meet_de(code: str) -> str:
    return (
        f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\nOder wählen Sie: (CH) +41 43 508 12 34 "
        f"PIN: 618 442 905#\nWeitere Telefonnummern: https://tel.meet/{code}?pin=618442905\n\n"
        "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720"
    )


def meet_fr(code: str) -> str:
    return (
        f"Participer avec Google Meet : https://meet.google.com/{code}\nOu appeler le : (CH) +41 43 508 12 34 "
        f"Code : 733 101 552#\nAutres numéros de téléphone : https://tel.meet/{code}?pin=733101552\n\n"
        "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720"
    )


def meet_en(code: str) -> str:
    return (
        f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (CH) +41 43 508 12 34 PIN: 204 998 117#\n"
        f"More phone numbers: https://tel.meet/{code}?pin=204998117"
    )


def webex_fr(num: str, site: str) -> str:
    return (
        f"-- Ne pas supprimer ni modifier --\nRejoindre la réunion Webex\nhttps://{site}.webex.com/{site}/j.php?"
        f"MTID=m{num}a7c\nNuméro de la réunion (code d'accès) : {num[:4]} {num[4:7]} {num[7:]}\n"
        "Mot de passe de la réunion : Gare2025\n\nRejoindre par téléphone\n+41-44-512-0001 Suisse numéro "
        "payant\n-- Ne pas supprimer ni modifier --"
    )


def webex_de(num: str, site: str) -> str:
    return (
        f"Webex-Meeting beitreten\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num}b21\nMeeting-Kennnummer "
        f"(Zugriffscode): {num[:4]} {num[4:7]} {num[7:]}\nMeeting-Passwort: Tram25!\n\nÜber Telefon beitreten\n"
        "+41-44-512-0001 Schweiz gebührenpflichtig"
    )
