# ruff: noqa: E501
"""Shared VTIMEZONE text and small raw-iCalendar helpers for the holdout248 split (see make_event_corpus_holdout248.py)."""

ME_PRIV = "alvaro.benitez.ruiz@hotmail.es"
ME_WORK = "abenitez@skycontrolsur.es"

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
END:VTIMEZONE
"""


def _win(tzid):
    return f"""BEGIN:VTIMEZONE
TZID:{tzid.strip(chr(34))}
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


TZ_ROMANCE = _win("Romance Standard Time")
TZ_WEUROPE = _win("W. Europe Standard Time")
TZ_UTC_BRU = _win('"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"')
TZ_UTC_AMS = _win('"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"')
TZ_UTC_DE = _win('"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"')

TZ_DUBAI = """BEGIN:VTIMEZONE
TZID:Asia/Dubai
X-LIC-LOCATION:Asia/Dubai
BEGIN:STANDARD
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
TZNAME:+04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
"""

TZ_ARABIAN = """BEGIN:VTIMEZONE
TZID:Arab Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
"""

TZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

TZ_LISBON = TZ_LONDON.replace("Europe/London", "Europe/Lisbon").replace("BST", "WEST").replace(
    "GMT", "WET")


def esc(s):
    """Escape a TEXT value the way most clients do."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(text):
    """Fold every content line longer than 75 octets (RFC 5545 3.1)."""
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        if len(b) <= 75:
            out.append(line)
            continue
        cur, first = "", True
        for ch in line:
            lim = 75 if first else 74
            if len((cur + ch).encode("utf-8")) > lim:
                out.append(cur if first else " " + cur)
                cur, first = "", False
            cur += ch
        out.append(cur if first else " " + cur)
    return "\n".join(out)


def att(cn, mail, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", cutype=None, rsvp=True, quote=None):
    """An ATTENDEE line (Outlook style); cn with a comma is quoted."""
    q = quote if quote is not None else ("," in cn or ":" in cn or ";" in cn)
    cnv = f'"{cn}"' if q else cn
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts += [f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        parts.append("RSVP=TRUE")
    parts.append(f"CN={cnv}")
    return ";".join(parts) + f":mailto:{mail}"


def gatt(cn, mail, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn};"
            f"X-NUM-GUESTS=0:mailto:{mail}")


TEAMS_ES = """
________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Id. de la reunión: {num}
Código de acceso: {pc}
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_DE = """
________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder auf einem Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {num}
Kennung: {pc}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________
"""

GFOOT_EN = """

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.

Learn more https://support.google.com/calendar/answer/37135#forwarding"""

GFOOT_ES = """

Invitación de Google Calendar: https://calendar.google.com/calendar/

Has recibido este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones de este evento, rechaza este evento.

Si reenvías esta invitación, es posible que cualquier destinatario pueda enviar una respuesta al organizador, que se le añada a la lista de invitados, que invite a otras personas independientemente del estado de su invitación o que modifique tu confirmación de asistencia.

Más información https://support.google.com/calendar/answer/37135#forwarding"""

MEET = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n" \
       "Join with Google Meet: https://meet.google.com/{code}\n" \
       "Or dial: (ES) +34 910 55 {pin4} PIN: {pin}#\n" \
       "More phone numbers: https://tel.meet/{code}?pin={pin}\n\n" \
       "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n" \
       "Please do not edit this section.\n" \
       "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"

ZOOM_EN = """Join Zoom Meeting
https://us06web.zoom.us/j/{num}?pwd={pwd}

Meeting ID: {num_sp}
Passcode: {pc}

---
One tap mobile
+34{tel},,{num}#,,,,*{pc}# Spain
---
Find your local number: https://us06web.zoom.us/u/kd8Xw2"""
