"""Video-meeting boilerplate for the holdout107 split, in the wording each tool uses."""

from __future__ import annotations


def teams(meeting_id: str, passcode: str, lang: str = "en") -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id.replace(' ', '')}%40thread.v2/0"
    if lang == "de":
        return (
            "________________________________________________________________________________\n"
            "Microsoft Teams Benötigen Sie Hilfe?\n"
            f"Jetzt an der Besprechung teilnehmen <{link}>\n"
            f"Besprechungs-ID: {meeting_id}\nPasscode: {passcode}\n"
            "________________________________\n"
            "Für Organisatoren: Besprechungsoptionen\n"
            "________________________________________________________________________________"
        )
    if lang == "es":
        return (
            "________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\n"
            f"Unirse: {link}\n"
            f"Id. de reunión: {meeting_id}\nCódigo de acceso: {passcode}\n"
            "________________________________\n"
            "¿Necesita ayuda? | Opciones de reunión\n"
            "________________________________________________________________________________"
        )
    if lang == "fr":
        return (
            "________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            f"Rejoindre : {link}\n"
            f"ID de la réunion : {meeting_id}\nCode secret : {passcode}\n"
            "________________________________________________________________________________"
        )
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting <{link}>\n"
        f"Meeting ID: {meeting_id}\nPasscode: {passcode}\n"
        "Download Teams | Join on the web\n"
        "Join with a video conferencing device\n"
        "Learn More | Meeting options\n"
        "________________________________________________________________________________"
    )


def zoom(mid: str, pwd: str, host: str = "us02web", lang: str = "en") -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "fr":
        return (
            f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}\n\n"
            "Une seule touche sur l'appareil mobile\n+33170372246,,{0}# France".format(mid.replace(" ", ""))
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n---\n\n"
        "One tap mobile\n+441314601196,,{0}# United Kingdom\n\nDial by your location\n"
        "• +44 131 460 1196 United Kingdom\n• +44 203 481 5240 United Kingdom\n\n"
        "Find your local number: https://{1}.zoom.us/u/kdNq3Xb".format(mid.replace(" ", ""), host)
    )


def meet(code: str, pin: str = "482 193 077#", lang: str = "en") -> str:
    if lang == "de":
        return (
            f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n"
            f"Telefonisch teilnehmen: (GB) +44 20 3956 1138 PIN: {pin}\n"
            "Weitere Telefonnummern: https://tel.meet/" + code + "?pin=4821930\n\n"
            "Weitere Informationen zu Meet finden Sie hier: https://support.google.com/a/users/answer/9282720"
        )
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        f"Or dial: (GB) +44 20 3956 1138 PIN: {pin}\n"
        f"More phone numbers: https://tel.meet/{code}?pin=4821930\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def webex(site: str, number: str, pwd: str) -> str:
    return (
        "-- Do not delete or change any of the following text. --\n\n"
        f"When it's time, join your Webex meeting here.\n\nMeeting number (access code): {number}\n"
        f"Meeting password: {pwd}\n\n"
        f"Join meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m7c1e0a9b55d2f4c8\n\n"
        "Tap to join from a mobile device (attendees only)\n"
        f"+44-20-7660-8149,,{number.replace(' ', '')}## United Kingdom toll\n\n"
        "Join by phone\n+44-20-7660-8149 United Kingdom toll\n\n"
        "If you are a host, go here to view host information.\n\n"
        "Need help? Go to https://help.webex.com"
    )


def teams_html(summary: str, body: str, meeting_id: str, passcode: str) -> str:
    """A short Outlook HTML body (X-ALT-DESC) with Teams join details."""
    paras = "".join(f"<p class=MsoNormal>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<TITLE>'
        + summary
        + "</TITLE>\n</HEAD>\n<BODY>\n"
        + paras
        + '<div style="width:100%"><span>Microsoft Teams meeting</span><br><b>Join on your computer'
        + ', mobile app or room device</b><br><a href="https://teams.microsoft.com/l/meetup-join/">Click here '
        + f"to join the meeting</a><br>Meeting ID: {meeting_id}<br>Passcode: {passcode}</div>\n</BODY>\n</HTML>"
    )
