"""Video-meeting boilerplate (Teams, Zoom, Meet, Webex) in the event's language, for holdout69."""

from __future__ import annotations

import html

SEP = "_" * 80


def teams_fr(meeting_id: str, code: str, tollfree: bool = True) -> str:
    lines = [
        SEP,
        "Réunion Microsoft Teams",
        "Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle",
        f"Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{code.lower()}{meeting_id.replace(' ', '')}%40thread.v2/0>",
        f"ID de réunion : {meeting_id}",
        f"Code secret : {code}",
        "Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | "
        "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
    ]
    if tollfree:
        lines += [
            "Ou appelez (audio seulement)",
            "+1 581-319-2194,,482913605#   Canada, Québec",
            "(833) 450-1741,,482913605#   Canada (Numéro gratuit)",
            "ID de conférence téléphonique : 482 913 605#",
            "Trouver un numéro local<https://dialin.teams.microsoft.com/>",
        ]
    lines += [
        "Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
        "meetingOptions/>",
        SEP,
    ]
    return "\n".join(lines)


def teams_en(meeting_id: str, code: str) -> str:
    return "\n".join([
        SEP,
        "Microsoft Teams meeting",
        "Join on your computer, mobile app or room device",
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{code.lower()}{meeting_id.replace(' ', '')}%40thread.v2/0>",
        f"Meeting ID: {meeting_id}",
        f"Passcode: {code}",
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
        "Or call in (audio only)",
        "+1 647-794-2213,,771204538#   Canada, Toronto",
        "Phone Conference ID: 771 204 538#",
        "Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>",
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>",
        SEP,
    ])


def teams_de(meeting_id: str, code: str) -> str:
    return "\n".join([
        SEP,
        "Microsoft Teams-Besprechung",
        "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil.",
        f"Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
        f"19%3ameeting_{code.lower()}%40thread.v2/0>",
        f"Besprechungs-ID: {meeting_id}",
        f"Kennung: {code}",
        "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten"
        "<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
        "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/"
        "meetingOptions/>",
        SEP,
    ])


def zoom_fr(meeting: str, pwd: str, host: str = "us06web") -> str:
    digits = meeting.replace(" ", "")
    return "\n".join([
        "Participer à la réunion Zoom",
        f"https://{host}.zoom.us/j/{digits}?pwd={pwd}",
        "",
        f"ID de réunion : {meeting}",
        f"Code secret : {pwd[:6]}",
        "",
        "---",
        "",
        "Appareils mobiles en un clic",
        f"+14388097799,,{digits}# Canada",
        f"+16473744685,,{digits}# Canada",
        "",
        "Composez un numéro en fonction de votre emplacement",
        "• +1 438 809 7799 Canada",
        "• +1 647 374 4685 Canada",
        "",
        f"ID de réunion : {meeting}",
        "",
        f"Trouvez votre numéro local : https://{host}.zoom.us/u/abXy3QkLm",
    ])


def zoom_en(meeting: str, pwd: str, host: str = "us02web", who: str = "") -> str:
    digits = meeting.replace(" ", "")
    first = f"{who} is inviting you to a scheduled Zoom meeting.\n\n" if who else ""
    return first + "\n".join([
        "Join Zoom Meeting",
        f"https://{host}.zoom.us/j/{digits}?pwd={pwd}",
        "",
        f"Meeting ID: {meeting}",
        f"Passcode: {pwd[:6]}",
        "",
        "---",
        "",
        "One tap mobile",
        f"+16473744685,,{digits}# Canada",
        f"+17789072071,,{digits}# Canada",
        "",
        "Dial by your location",
        "• +1 647 374 4685 Canada",
        "• +1 778 907 2071 Canada",
        "",
        f"Meeting ID: {meeting}",
        "",
        f"Find your local number: https://{host}.zoom.us/u/kdQ0sPzZ1",
    ])


def meet_fr(code: str, pin: str = "412 877 390") -> str:
    return "\n".join([
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
        f"Rejoindre avec Google Meet : https://meet.google.com/{code}",
        "",
        "Participer par téléphone",
        f"(CA) +1 438-600-2517 PIN : {pin}#",
        "",
        f"Autres numéros de téléphone : https://tel.meet/{code}?pin=4128773900",
        "",
        "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720",
        "",
        "Veuillez ne pas modifier cette section.",
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
    ])


def meet_en(code: str, pin: str = "803 115 642") -> str:
    return "\n".join([
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
        f"Join with Google Meet: https://meet.google.com/{code}",
        "",
        "Join by phone",
        f"(CA) +1 647-736-3194 PIN: {pin}#",
        "",
        f"More phone numbers: https://tel.meet/{code}?pin=8031156420",
        "",
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720",
        "",
        "Please do not edit this section.",
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
    ])


def meet_es(code: str) -> str:
    return "\n".join([
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
        f"Unirse con Google Meet: https://meet.google.com/{code}",
        "",
        "Unirse por teléfono",
        "(ES) +34 932 75 28 06 PIN: 719 442 008#",
        "",
        f"Más números de teléfono: https://tel.meet/{code}?pin=7194420086",
        "",
        "Más información sobre Meet: https://support.google.com/a/users/answer/9282720",
        "",
        "No edites esta sección.",
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
    ])


def webex_fr(number: str, pwd: str, site: str) -> str:
    return "\n".join([
        "Rejoindre la réunion Webex",
        f"https://{site}.webex.com/{site}/j.php?MTID=m4f1c9e0b7a2d65e38c1f0a9b2e7d4c81",
        "",
        f"Numéro de la réunion (code d'accès) : {number}",
        f"Mot de passe de la réunion : {pwd}",
        "",
        "Participer par téléphone",
        "+1-844-621-3956 Canada numéro gratuit",
        "+1-416-915-6530 Canada Toronto",
        "",
        "Participer à partir d'un système vidéo ou d'une application",
        f"Composez {number.replace(' ', '')}@{site}.webex.com",
    ])


def alt_desc(text: str) -> str:
    """An X-ALT-DESC HTML twin of a plain description, the way Outlook writes it (one line, escaped later)."""
    nbsp = "&nbsp;"
    paras = "".join(f"<p class=MsoNormal>{html.escape(p) if p.strip() else nbsp}</p>" for p in text.split("\n"))
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
        '<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17928.20114">\n'
        "<TITLE></TITLE>\n</HEAD>\n<BODY>\n" + paras + "\n</BODY>\n</HTML>"
    )
