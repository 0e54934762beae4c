# ruff: noqa: E501, W291, W293, RUF100
"""Shared raw iCalendar pieces for the holdout276 split: VTIMEZONE blocks, meeting boilerplate and line folding.

Every constant is raw iCalendar text with LF line endings; the generator turns LF into CRLF when it writes files.
DESCRIPTION snippets (Teams, Meet, Zoom, Webex, Google footers) are already escaped (literal backslash-n).
"""

ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

WEUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

UTC_LABEL_MADRID = """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Bruselas, Copenhague, Madrid, París
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

GMT_OUTLOOK = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

EASTERN_OUTLOOK = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

MADRID_GOOGLE = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

MADRID_MOZ = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
"""

MADRID_APPLE = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
"""

NEW_YORK = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""


def fold(text: str, lead: str = " ") -> str:
    """Fold every content line of raw iCalendar text at 75 octets (RFC 5545), never inside a UTF-8 character."""
    folded_lines = []
    for line in text.split("\n"):
        chunks = []
        current = ""
        limit = 75
        for char in line:
            if len(f"{current}{char}".encode()) > limit:
                chunks.append(current)
                current = char
                limit = 75 - len(lead.encode())
            else:
                current = f"{current}{char}"
        chunks.append(current)
        folded_lines.append(f"\n{lead}".join(chunks))
    return "\n".join(folded_lines)


def teams(lang: str, meeting_id: str, passcode: str, thread: str) -> str:
    """Teams join block as Outlook writes it into DESCRIPTION (escaped)."""
    link = (
        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
        f"5d1c0b7e-2f4a-4c61-9a8e-0f3b{thread[:8].lower()}%22%2c%22Oid%22%3a%22a71e{thread[-8:].lower()}-33c0-4d8e-b1f2-6c0e9d2a4b17%22%7d"
    )
    rule = "________________________________________________________________________________"
    texts = {
        "es": (
            r"Reunión de Microsoft Teams\nÚnase desde el equipo\, la aplicación móvil o un dispositivo de sala",
            "Haga clic aquí para unirse a la reunión",
            "Id. de la reunión: ",
            "Código de acceso: ",
            r"Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nMás información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>",
        ),
        "fr": (
            r"Réunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle",
            "Cliquez ici pour rejoindre la réunion",
            "ID de la réunion : ",
            "Code secret : ",
            r"Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nEn savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>",
        ),
        "de": (
            r"Microsoft Teams-Besprechung\nTreten Sie über Ihren Computer\, eine mobile App oder ein Raumgerät bei.",
            r"Hier klicken\, um an der Besprechung teilzunehmen",
            "Besprechungs-ID: ",
            "Passcode: ",
            r"Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>",
        ),
        "en": (
            r"Microsoft Teams meeting\nJoin on your computer\, mobile app or room device",
            "Click here to join the meeting",
            "Meeting ID: ",
            "Passcode: ",
            r"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>",
        ),
    }
    heading, click, id_label, code_label, footer = texts[lang]
    return rf"{rule}\n{heading}\n{click}<{link}>\n{id_label}{meeting_id}\n{code_label}{passcode}\n{footer}\n{rule}\n"


MEET_RULE = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def google_meet(lang: str, code: str, dial: str, pin: str) -> str:
    """Google Meet block plus the Google Calendar invitation footer (escaped DESCRIPTION text)."""
    tel = f"https://tel.meet/{code}?pin={pin.replace(' ', '')}"
    if lang == "es":
        return (
            rf"{MEET_RULE}\nÚnete con Google Meet: https://meet.google.com/{code}\nO marca el: {dial} PIN: {pin}#\n"
            rf"Más números de teléfono: {tel}\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
            rf"No edites esta sección.\n{MEET_RULE}\n\n{google_footer('es')}"
        )
    return (
        rf"{MEET_RULE}\nJoin with Google Meet: https://meet.google.com/{code}\nOr dial: {dial} PIN: {pin}#\n"
        rf"More phone numbers: {tel}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        rf"Please do not edit this section.\n{MEET_RULE}\n\n{google_footer('en')}"
    )


def google_footer(lang: str) -> str:
    """The 'Invitation from Google Calendar' footer (escaped DESCRIPTION text)."""
    if lang == "es":
        return (
            r"Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
            r"Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir futuras "
            r"actualizaciones de este evento\, rechaza el evento.\n\nSi reenvías esta invitación\, cualquier "
            r"destinatario podrá enviar una respuesta al organizador\, unirse a la lista de invitados\, invitar a otras "
            r"personas independientemente del estado de su propia invitación o modificar tu respuesta. Más información "
            r"https://support.google.com/calendar/answer/37135#forwarding"
        )
    return (
        r"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        r"You are receiving this email because you are an attendee on the event. To stop receiving future updates "
        r"for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
        r"response to the organizer\, be added to the guest list\, invite others regardless of their own invitation "
        r"status\, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"
    )


def zoom(lang: str, host: str, meeting: str, passcode: str) -> str:
    """Zoom invitation text (escaped DESCRIPTION text); meeting is the 11-digit id."""
    spaced = f"{meeting[:3]} {meeting[3:7]} {meeting[7:]}"
    url = f"https://us06web.zoom.us/j/{meeting}?pwd=bG9{meeting[-4:]}aXZ2U0tWc2hPZ1R{passcode[:2]}Qjdm.1"
    if lang == "es":
        return (
            rf"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{url}\n\n"
            rf"ID de reunión: {spaced}\nCódigo de acceso: {passcode}\n\n---\n\nMóvil con un toque\n"
            rf"+34910482716\,\,{meeting}#\,\,\,\,*{passcode}# España\n+34932715590\,\,{meeting}#\,\,\,\,*{passcode}# España\n\n"
            rf"---\n\nMarcar según su ubicación\n• +34 910 48 2716 España\n• +34 932 71 5590 España\n\n"
            rf"ID de reunión: {spaced}\nCódigo de acceso: {passcode}\n\nEncuentre su número local: https://us06web.zoom.us/u/kdQ3xVb1tR\n"
        )
    return (
        rf"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\n"
        rf"Meeting ID: {spaced}\nPasscode: {passcode}\n\n---\n\nOne tap mobile\n"
        rf"+13055550142\,\,{meeting}#\,\,\,\,*{passcode}# US\n+13095550187\,\,{meeting}#\,\,\,\,*{passcode}# US\n\n"
        rf"---\n\nDial by your location\n• +1 305 555 0142 US\n• +1 309 555 0187 US\n• +34 910 48 2716 Spain\n\n"
        rf"Meeting ID: {spaced}\nPasscode: {passcode}\n\nFind your local number: https://us06web.zoom.us/u/kbX7pQwL2a\n"
    )
