"""Video-meeting boilerplate (Teams, Zoom, Meet, Webex) in the languages of the holdout43 split.

The texts are unescaped; callers pass them through ``holdout43ev_ics.esc``.
"""

from __future__ import annotations

LINE = "_" * 80


def teams(lang: str, meeting_id: str, code: str, thread: str) -> str:
    join = (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22c3f1a9e2-58b4-4d07-9e1a-2b7f60d4c811%22%7d"
    )
    opts = "https://teams.microsoft.com/meetingOptions/?organizerId=5d1c&tenantId=c3f1a9e2"
    if lang == "de":
        return (
            f"{LINE}\nMicrosoft Teams-Besprechung\n"
            "Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil\n"
            f"Hier klicken, um an der Besprechung teilzunehmen<{join}>\n"
            f"Besprechungs-ID: {meeting_id}\nKennung: {code}\n"
            "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
            "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<{opts}>\n{LINE}"
        )
    if lang == "fr":
        return (
            f"{LINE}\nRéunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            f"Cliquez ici pour rejoindre la réunion<{join}>\n"
            f"ID de la réunion : {meeting_id}\nCode secret : {code}\n"
            "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
            "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<{opts}>\n{LINE}"
        )
    if lang == "pl":
        return (
            f"{LINE}\nSpotkanie w aplikacji Microsoft Teams\n"
            "Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali\n"
            f"Kliknij tutaj, aby dołączyć do spotkania<{join}>\n"
            f"Identyfikator spotkania: {meeting_id}\nKod dostępu: {code}\n"
            f"Dowiedz się więcej<https://aka.ms/JoinTeamsMeeting> | Opcje spotkania<{opts}>\n{LINE}"
        )
    return (
        f"{LINE}\nMicrosoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{join}>\n"
        f"Meeting ID: {meeting_id}\nPasscode: {code}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>\n{LINE}"
    )


def zoom(lang: str, host: str, meeting_id: str, pwd: str, sub: str = "us02web") -> str:
    digits = meeting_id.replace(" ", "")
    url = f"https://{sub}.zoom.us/j/{digits}?pwd={pwd}"
    if lang == "de":
        return (
            f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n"
            f"Zoom-Meeting beitreten\n{url}\n\n"
            f"Meeting-ID: {meeting_id}\nKenncode: {pwd[:6]}\n\n---\n\n"
            "Mobilgerät mit einmaligem Fingertipp\n"
            f"+496938079883,,{digits}# Deutschland\n+496950502596,,{digits}# Deutschland\n\n"
            "Einwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n• +49 695 050 2596 Deutschland\n\n"
            "Ortsgebundene Nummer suchen: https://us02web.zoom.us/u/kdB3xQ7Zp"
        )
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        f"Join Zoom Meeting\n{url}\n\n"
        f"Meeting ID: {meeting_id}\nPasscode: {pwd[:6]}\n\n---\n\n"
        "One tap mobile\n"
        f"+496938079883,,{digits}# Germany\n+442034815240,,{digits}# United Kingdom\n\n"
        "Dial by your location\n• +49 69 3807 9883 Germany\n• +44 203 481 5240 United Kingdom\n\n"
        "Find your local number: https://us02web.zoom.us/u/kc8Lm2Wq"
    )


def meet(lang: str, code: str, pin: str = "") -> str:
    """The Google Calendar Meet footer with its ``-::~:~::~:`` fences."""
    fence = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    url = f"https://meet.google.com/{code}"
    texts = {
        "de": ("An Videoanruf teilnehmen", "Telefonisch teilnehmen", "Weitere Telefonnummern",
               "Weitere Informationen zu Meet", "Bitte nicht bearbeiten"),
        "en": ("Join with Google Meet", "Join by phone", "More phone numbers",
               "Learn more about Meet", "Please do not edit this section."),
        "es": ("Unirse con Google Meet", "Unirse por teléfono", "Más números de teléfono",
               "Más información sobre Meet", "No edites esta sección."),
        "pl": ("Dołącz przez Google Meet", "Dołącz telefonicznie", "Więcej numerów telefonu",
               "Więcej informacji o Meet", "Nie edytuj tej sekcji."),
    }[lang]
    phone = ""
    if pin:
        phone = (
            f"\n\n{texts[1]}\n(DE) +49 30 300195012 PIN: {pin}#\n\n"
            f"{texts[2]}: https://tel.meet/{code}?pin={pin.replace(' ', '')}"
        )
    return (
        f"{fence}\n{texts[0]}: {url}{phone}\n\n"
        f"{texts[3]}: https://support.google.com/a/users/answer/9282720\n\n{texts[4]}\n{fence}"
    )


def webex(lang: str, host: str, number: str, pwd: str, site: str) -> str:
    digits = number.replace(" ", "")
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m7f2c0e91ab45d3c8e6f0b12a9d4c7e55"
    if lang == "de":
        return (
            f"-- Nicht löschen oder ändern Sie keinen der folgenden Texte. --\n\n"
            f"Wenn es Zeit ist, an der Webex-Besprechung teilzunehmen, klicken Sie hier.\n\n"
            f"Meeting beitreten\n{url}\n\n"
            f"Weitere Möglichkeiten zum Beitreten:\n\nÜber den Besprechungslink beitreten\n{url}\n\n"
            f"Über die Besprechungskennnummer beitreten\nMeeting-Kennnummer (Zugriffscode): {number}\n"
            f"Meeting-Passwort: {pwd}\n\n"
            f"Tippen, um über ein Mobilgerät beizutreten (nur für Teilnehmer)\n"
            f"+49-619-6781-9736,,{digits}## Germany Toll\n\n"
            f"Gastgeber: {host}\n\n"
            "Wenn Sie der Gastgeber sind, klicken Sie hier, um die Gastgeberinformationen anzuzeigen.\n\n"
            "IMPORTANT NOTICE: Please note that this Webex service allows audio and other information "
            "sent during the session to be recorded."
        )
    return (
        "-- Do not delete or change any of the following text. --\n\n"
        f"When it's time, join your Webex meeting here.\n\nJoin meeting\n{url}\n\n"
        f"Meeting number (access code): {number}\nMeeting password: {pwd}\n\n"
        f"Tap to join from a mobile device (attendees only)\n+49-619-6781-9736,,{digits}## Germany Toll\n\n"
        f"Host: {host}"
    )
