"""Video-call boilerplate for the holdout64 split, already escaped for an iCalendar DESCRIPTION (\\n, \\,)."""

from __future__ import annotations

LINE = "_" * 64


def teams_de(mid: str, code: str, conf: str) -> str:
    return (
        rf"{LINE}\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder im "
        r"Raumgerät teil.\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/"
        rf"meetup-join/19%3ameeting_{code}%40thread.v2/0>\nBesprechungs-ID: {mid}\nKennung: {code[:6]}\n"
        r"Teams herunterladen<https://www.microsoft.com/de-at/microsoft-teams/download-app> | Im Web "
        r"beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOder telefonisch teilnehmen "
        rf"(nur Audio)\n+43 1 2060 92316\,\,{conf}#   Österreich\, Wien\nTelefonkonferenz-ID: {conf}#\n"
        rf"Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n{LINE}"
    )


def teams_en(mid: str, code: str) -> str:
    return (
        rf"{LINE}\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\n"
        rf"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
        rf"%40thread.v2/0>\nMeeting ID: {mid}\nPasscode: {code[2:8]}\nDownload Teams | Join on the web\n"
        rf"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n{LINE}"
    )


def teams_hr(mid: str, code: str) -> str:
    return (
        rf"{LINE}\nSastanak u aplikaciji Microsoft Teams\nPridružite se na računalu\, u mobilnoj "
        rf"aplikaciji ili na uređaju u sobi\nKliknite ovdje da biste se pridružili sastanku<https://teams."
        rf"microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\nID sastanka: {mid}\n"
        rf"Lozinka: {code[1:7]}\nPreuzmite Teams | Pridružite se na webu\n{LINE}"
    )


def zoom_en(num: str, pwd: str, host: str = "us02web") -> str:
    compact = num.replace(" ", "")
    return (
        rf"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{compact}?pwd={pwd}\n\nMeeting ID: {num}\n"
        rf"Passcode: {pwd[:6]}\n\n---\n\nOne tap mobile\n+43670309014\,\,{compact}# Austria\n"
        rf"+41434566320\,\,{compact}# Switzerland\n\nDial by your location\n• +43 670 309 0165 Austria\n"
        rf"• +49 69 3807 9883 Germany\n\nFind your local number: https://{host}.zoom.us/u/abQ2xK"
    )


def zoom_de(num: str, pwd: str) -> str:
    compact = num.replace(" ", "")
    return (
        rf"Zoom-Meeting beitreten\nhttps://us06web.zoom.us/j/{compact}?pwd={pwd}\n\nMeeting-ID: {num}\n"
        rf"Kenncode: {pwd[:6]}\n\n---\n\nSchnelleinwahl mobil\n+496950502596\,\,{compact}# Deutschland\n"
        rf"+4312535501\,\,{compact}# Österreich\n\nEinwahl nach aktuellem Standort\n"
        r"• +49 695 050 2596 Deutschland\n• +43 12 535 501 Österreich"
    )


def meet(code: str, lang: str = "de") -> str:
    texts = {
        "de": ("An Videoanruf teilnehmen", "Oder wählen Sie sich ein", "Weitere Telefonnummern"),
        "en": ("Join with Google Meet", "Or dial", "More phone numbers"),
        "es": ("Unirse con Google Meet", "O marcar", "Más números de teléfono"),
        "fr": ("Participer avec Google Meet", "Ou composer le", "Autres numéros de téléphone"),
    }
    join, dial, more = texts[lang]
    return (
        rf"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        rf"{join}: https://meet.google.com/{code}\n\n{dial}: (AT) +43 1 25302 3987 PIN: 418 992 051#\n\n"
        rf"{more}: https://tel.meet/{code}?pin=4189920512\n\n"
        r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def webex(site: str, num: str, lang: str = "de") -> str:
    compact = num.replace(" ", "")
    if lang == "fr":
        return (
            rf"-- Ne pas supprimer ni modifier les informations ci-dessous --\n\nRejoindre la réunion Webex\n"
            rf"https://{site}.webex.com/{site}/j.php?MTID=m5c2e1f{compact[:6]}\n\nNuméro de réunion (code "
            rf"d'accès) : {num}\nMot de passe de la réunion : Rh2025!\n\nRejoindre par téléphone\n"
            rf"+41-44-568-0312 Suisse (Zurich)\n\nRejoindre depuis un système vidéo\n{compact}@{site}.webex.com"
        )
    return (
        rf"-- Bitte nicht löschen oder ändern --\n\nWebex-Meeting beitreten\nhttps://{site}.webex.com/"
        rf"{site}/j.php?MTID=m8a7d{compact[:6]}\n\nMeeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: "
        rf"Ab7Pq3\n\nPer Telefon beitreten\n+49-619-6781-9736 Germany Toll\n\nÜber Videosystem oder "
        rf"-anwendung beitreten\nWählen Sie {compact}@{site}.webex.com"
    )
