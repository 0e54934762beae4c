"""Video-meeting boilerplate for the holdout62 event split, in the language of the event."""

from __future__ import annotations

from holdout62ev_ics import alnum, digits, h, uuid

LINE = "_" * 80


def teams(seed: str, lang: str = "de", tenant: str = "") -> tuple[str, str]:
    """(description block, join url) of a Teams meeting, current-style template."""
    url = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum(seed, 48)
           + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + (tenant or uuid(seed + "t")) + "%22%7d")
    mid = digits(seed + "mid", 13)
    mid = f"{mid[0:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]} {mid[12]}"
    pc = alnum(seed + "pc", 6).upper()[:3] + alnum(seed + "pc2", 3)
    dial = digits(seed + "dial", 9)
    if lang == "fr":
        text = (f"{LINE}\nRéunion Microsoft Teams\nBesoin d'aide ? <https://aka.ms/JoinTeamsMeeting?omkt=fr-CH>\n"
                f"Rejoindre la réunion maintenant<{url}>\nID de la réunion : {mid}\nCode secret : {pc}\n"
                f"{LINE[:32]}\nParticiper par téléphone\n+41 44 513 82 11,,{dial}# Suisse, Zurich\n"
                f"ID de conférence téléphonique : {dial[:3]} {dial[3:6]} {dial[6:]}#\n"
                f"Pour les organisateurs : Options de réunion<https://teams.microsoft.com/meetingOptions/>\n{LINE}")
    elif lang == "en":
        text = (f"{LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
                f"Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
                f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
                f"meetingOptions/>\n{LINE}")
    elif lang == "es":
        text = (f"{LINE}\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\nCódigo de acceso: {pc}\n"
                f"Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n{LINE}")
    else:
        text = (f"{LINE}\nMicrosoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-CH>\n"
                f"Jetzt an der Besprechung teilnehmen<{url}>\nBesprechungs-ID: {mid}\nPasscode: {pc}\n"
                f"{LINE[:32]}\nEinwahl per Telefon\n+41 44 513 82 11,,{dial}# Schweiz, Zürich\n"
                f"Telefonkonferenz-ID: {dial[:3]} {dial[3:6]} {dial[6:]}#\n"
                f"Ortsgebundene Nummer suchen<https://dialin.teams.microsoft.com/>\n"
                f"Für Organisatoren: Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n{LINE}")
    return text, url


def zoom(seed: str, lang: str = "de", host: str = "", topic: str = "", when: str = "",
         sub: str = "us02web") -> tuple[str, str]:
    mid = digits(seed + "z", 11)
    mid_f = f"{mid[0:3]} {mid[3:7]} {mid[7:]}"
    pwd = digits(seed + "p", 6)
    url = f"https://{sub}.zoom.us/j/{mid}?pwd={alnum(seed + 'pw', 32)}.1"
    if lang == "fr":
        text = (f"{host} vous invite à une réunion Zoom planifiée.\n\nSujet : {topic}\nHeure : {when}\n\n"
                f"Participer à la réunion Zoom\n{url}\n\nID de réunion: {mid_f}\nCode secret: {pwd}\n\n---\n\n"
                f"Appareils mobiles en un clic\n+41315280988,,{mid}#,,,,*{pwd}# Suisse\n"
                f"+41432107108,,{mid}#,,,,*{pwd}# Suisse\n\nRejoindre à l'aide d'un protocole SIP\n{mid}@zoomcrc.com")
    elif lang == "en":
        text = (f"{host} is inviting you to a scheduled Zoom meeting.\n\nTopic: {topic}\nTime: {when}\n\n"
                f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid_f}\nPasscode: {pwd}\n\n---\n\nOne tap mobile\n"
                f"+41315280988,,{mid}#,,,,*{pwd}# Switzerland\n+442034815237,,{mid}#,,,,*{pwd}# United Kingdom\n\n"
                f"Join by SIP\n• {mid}@zoomcrc.com")
    else:
        text = (f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: {topic}\nUhrzeit: {when}\n\n"
                f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid_f}\nKenncode: {pwd}\n\n---\n\n"
                f"Schnelleinwahl mobil\n+41315280988,,{mid}#,,,,*{pwd}# Schweiz\n"
                f"+43120609101,,{mid}#,,,,*{pwd}# Österreich\n\nEinwahl nach aktuellem Standort\n"
                f"• +41 43 210 71 08 Schweiz\n• +49 69 3807 9883 Deutschland\n\nMeeting-ID: {mid_f}\nKenncode: {pwd}")
    return text, url


MEET_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet(seed: str, lang: str = "de") -> tuple[str, str]:
    code = alnum(seed + "m", 10).replace("0", "k").replace("1", "q")
    for a, b in zip("23456789", "abcdefgh", strict=True):
        code = code.replace(a, b)
    code = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
    url = f"https://meet.google.com/{code}"
    pin = digits(seed + "pin", 9)
    if lang == "fr":
        text = (f"{MEET_SEP}\nParticiper avec Google Meet : {url}\n\nParticiper par téléphone\n(CH) +41 43 508 21 93 "
                f"PIN : {pin[:3]} {pin[3:6]} {pin[6:]}#\n\nAutres numéros de téléphone : https://tel.meet/{code}?pin="
                f"{pin}\n\nEn savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
                "Veuillez ne pas modifier cette section.\n" + MEET_SEP)
    elif lang == "es":
        text = (f"{MEET_SEP}\nUnirse con Google Meet: {url}\n\nUnirse por teléfono\n(CH) +41 43 508 21 93 PIN: "
                f"{pin[:3]} {pin[3:6]} {pin[6:]}#\n\nMás números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No edites esta sección.\n" + MEET_SEP)
    elif lang == "en":
        text = (f"{MEET_SEP}\nJoin with Google Meet: {url}\n\nJoin by phone\n(CH) +41 43 508 21 93 PIN: "
                f"{pin[:3]} {pin[3:6]} {pin[6:]}#\n\nMore phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.\n" + MEET_SEP)
    else:
        text = (f"{MEET_SEP}\nMit Google Meet teilnehmen: {url}\n\nTelefonisch teilnehmen\n(CH) +41 43 508 21 93 "
                f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n\nWeitere Telefonnummern: https://tel.meet/{code}?pin={pin}"
                "\n\nWeitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "Bitte bearbeiten Sie diesen Abschnitt nicht.\n" + MEET_SEP)
    return text, url


def webex(seed: str, site: str, lang: str = "de") -> tuple[str, str]:
    num = digits(seed + "w", 11)
    num_f = f"{num[0:4]} {num[4:7]} {num[7:]}"
    pw = alnum(seed + "wp", 4).upper() + digits(seed + "wpd", 4)
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{h(seed + 'mt', 32)}"
    if lang == "fr":
        text = (f"-- Ne supprimez pas ou ne modifiez pas l'invitation, sinon la réunion risque d'être annulée. --\n\n"
                f"Rejoindre la réunion Webex\n{url}\n\nNuméro de réunion (code d'accès) : {num_f}\n"
                f"Mot de passe de la réunion : {pw}\n\nAppuyer pour rejoindre depuis un appareil mobile\n"
                f"+41-43-210-46-85,,{num}## Suisse\n\nRejoindre depuis un système vidéo ou une application\n"
                f"Composer {num}@{site}.webex.com")
    else:
        text = (f"-- Bitte löschen oder ändern Sie die Einladung nicht, sonst wird das Meeting möglicherweise "
                f"abgesagt. --\n\nWebex-Meeting beitreten\n{url}\n\nMeeting-Kennnummer (Zugriffscode): {num_f}\n"
                f"Meeting-Passwort: {pw}\n\nTippen Sie auf die Nummer, um über ein Mobilgerät teilzunehmen\n"
                f"+49-619-6781-9736,,{num}## Deutschland Gebührenpflichtig\n\n"
                f"Über ein Videosystem oder eine Anwendung beitreten\nWählen Sie {num}@{site}.webex.com")
    return text, url
