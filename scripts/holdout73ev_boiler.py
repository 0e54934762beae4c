"""Video-call boilerplate in the language of the event, for the holdout73 event corpus (CC0 1.0, invented)."""

from __future__ import annotations

RULE = "_" * 80


def zoom_en(mid: str, pwd: str, host: str = "zoom.us", tail: str = "") -> str:
    digits = mid.replace(" ", "")
    return (
        f"Join Zoom Meeting\nhttps://{host}/j/{digits}?pwd={tail or 'Qm5yb0lxVTRkT1p6N0k0dz09'}\n\n"
        f"Meeting ID: {mid}\nPasscode: {pwd}\n\n---\n\nOne tap mobile\n"
        f"+442034815240,,{digits}#,,,,*{pwd}# United Kingdom\n+443300885830,,{digits}#,,,,*{pwd}# United Kingdom\n\n"
        "Dial by your location\n• +44 203 481 5240 United Kingdom\n• +44 131 460 1196 United Kingdom\n\n"
        f"Meeting ID: {mid}\nPasscode: {pwd}\n\nFind your local number: https://{host}/u/acXk2hQm4\n"
    )


def zoom_de(mid: str, pwd: str, host: str = "uni-kiel-de.zoom.us") -> str:
    digits = mid.replace(" ", "")
    return (
        f"Zoom-Meeting beitreten\nhttps://{host}/j/{digits}?pwd=VnRhZ0x3c1NxeWJrMkd0UT09\n\n"
        f"Meeting-ID: {mid}\nKenncode: {pwd}\n\n---\n\nSchnelleinwahl mobil\n"
        f"+496938079883,,{digits}#,,,,*{pwd}# Deutschland\n\nEinwahl nach aktuellem Standort\n"
        "• +49 69 3807 9883 Deutschland\n• +49 695 050 2596 Deutschland\n\n"
        f"Meeting-ID: {mid}\nKenncode: {pwd}\nOrtseinwahl suchen: https://{host}/u/kdRbW3x\n"
    )


def teams_en(mid: str, code: str, dial: str = "+44 20 3443 9021", conf: str = "518 273 645") -> str:
    return (
        f"{RULE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "ZjQ1NzE4YjAtMzE2OS00ZGE1LWIwYjMtNWQ2NmE0YjM2ZWI2%40thread.v2/0>\n"
        f"Meeting ID: {mid}\nPasscode: {code}\n"
        "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        f"Or call in (audio only)\n{dial},,{conf.replace(' ', '')}#   United Kingdom, London\n"
        f"Phone Conference ID: {conf}#\nFind a local number | Reset PIN\n"
        f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n{RULE}\n"
    )


def teams_de(mid: str, code: str) -> str:
    return (
        f"{RULE}\nMicrosoft Teams-Besprechung\n"
        "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil\n"
        "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
        "19%3ameeting_NmE2YzU0ODEtYTk3ZC00YjQ4LWJhODEtZTI1NzRkOGRlNTk0%40thread.v2/0>\n"
        f"Besprechungs-ID: {mid}\nKennung: {code}\n"
        "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
        "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n"
        f"{RULE}\n"
    )


def meet(code: str, pin: str, phone: str = "(GB) +44 20 3957 1830") -> str:
    line = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    return (
        f"{line}\nJoin with Google Meet: https://meet.google.com/{code}\n\nJoin by phone\n"
        f"{phone} PIN: {pin}#\n\nMore phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        f"Please do not edit this section.\n{line}"
    )


def meet_de(code: str, pin: str) -> str:
    line = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    return (
        f"{line}\nMit Google Meet teilnehmen: https://meet.google.com/{code}\n\nPer Telefon teilnehmen\n"
        f"(DE) +49 30 300195061 PIN: {pin}#\n\nWeitere Telefonnummern: https://tel.meet/{code}?pin="
        f"{pin.replace(' ', '')}\n\nWeitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720"
        f"\n\nBitte bearbeiten Sie diesen Abschnitt nicht.\n{line}"
    )


def webex_de(site: str, num: str, pwd: str) -> str:
    return (
        f"Webex-Meeting beitreten\nhttps://{site}.webex.com/{site}/j.php?MTID=m5a8d1c0e2f7b94a3c61d0e8f2b7a9c41\n"
        f"Meeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: {pwd}\n\n"
        "Über Telefon beitreten\n+49-619-6781-9736 Deutschland gebührenpflichtig\n"
        f"Zugriffscode: {num}\n\nSie können auch über ein Videosystem oder eine Anwendung teilnehmen\n"
        f"Wählen Sie {num.replace(' ', '')}@{site}.webex.com\n"
    )


def webex_en(site: str, num: str, pwd: str) -> str:
    return (
        f"Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m0c7e2a9b41d35f8e6a2c9d17b0e4f382\n"
        f"Meeting number (access code): {num}\nMeeting password: {pwd}\n\n"
        "Join by phone\n+44-20-7660-8149 United Kingdom Toll\nAccess code: "
        f"{num}\n\nJoin by video system\nDial {num.replace(' ', '')}@{site}.webex.com\n"
    )
