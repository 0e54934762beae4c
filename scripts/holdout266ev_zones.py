# ruff: noqa: E501, W291, W293, RUF100
"""Shared VTIMEZONE text and client boilerplate for the holdout266 blind event split."""

TZ_BOGOTA = """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_SA_PACIFIC = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE"""

TZ_UTC5_LABEL = """BEGIN:VTIMEZONE
TZID:(UTC-05:00) Bogotá, Lima, Quito, Rio Branco
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE"""

TZ_EASTERN = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

TZ_NEW_YORK = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

TZ_W_EUROPE = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

TZ_ROMANCE = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

TZ_MADRID = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

GOOGLE_FOOTER_ES = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/{meet}\n\nMás opciones de teléfono: https://tel.meet/{meet}?pin=4471\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\nNo edites esta sección de la descripción.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir futuras actualizaciones de este evento\, rechaza el evento.\n\nReenviar esta invitación podría permitir que cualquier destinatario envíe una respuesta al organizador\, se añada a la lista de invitados\, invite a otras personas\, independientemente de su propio estado de invitación o modifique tu confirmación de asistencia."""

GOOGLE_FOOTER_EN = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{meet}\nOr dial: (US) +1 605-555-0147 PIN: 318 442 901#\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer\, be added to the guest list\, invite others regardless of their own invitation status\, or modify your RSVP."""

TEAMS_ES = r"""\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el equipo o la aplicación móvil\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting}%40thread.v2/0>\nId. de la reunión: {meeting_id}\nCódigo de acceso: {passcode}\nDescargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nMás información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n"""

TEAMS_EN = r"""\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting}%40thread.v2/0>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n"""

TEAMS_DE = r"""\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil.\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting}%40thread.v2/0>\nBesprechungs-ID: {meeting_id}\nPasscode: {passcode}\nTeams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n"""

ZOOM_EN = r"""\n\nJoin Zoom Meeting\nhttps://{host}.zoom.us/j/{meeting}?pwd=Qm9YcXh2WkVvT2x1\n\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n\n---\n\nOne tap mobile\n+16465550134\,\,{meeting}# US (New York)\n\nJoin by SIP\n• {meeting}@zoomcrc.com\n"""

ZOOM_ES = r"""\n\nUnirse a la reunión Zoom\nhttps://{host}.zoom.us/j/{meeting}?pwd=TFp2a0N3d1RzZ1hB\n\nID de reunión: {meeting_id}\nCódigo de acceso: {passcode}\n\n---\n\nMóvil con un toque\n+576015550188\,\,{meeting}# Colombia\n"""

WEBEX_ES = r"""\n\n-- No elimine ni cambie ninguna parte del siguiente texto. --\n\nCuando sea el momento\, únase a la reunión desde aquí:\nhttps://{host}.webex.com/{host}/j.php?MTID=m5e2f0a9c{meeting}\n\nNúmero de la reunión (código de acceso): {meeting_id}\nContraseña de la reunión: {passcode}\n\nUnirse por teléfono\n+57-601-555-0190 Colombia peaje\n"""


def fold(text):
    """Fold every content line longer than 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out_lines = []
    for line in text.split("\n"):
        raw = line.encode("utf-8")
        if len(raw) <= 75:
            out_lines.append(line)
            continue
        pieces = []
        limit = 75
        while raw:
            cut = min(limit, len(raw))
            while cut < len(raw) and (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            pieces.append(raw[:cut].decode("utf-8"))
            raw = raw[cut:]
            limit = 74
        out_lines.append("\n ".join(pieces))
    return "\n".join(out_lines)
