"""Shared VTIMEZONE text and boilerplate for the holdout251 blind event split (written by hand, no classifier read)."""

TZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
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

TZ_MONTREAL = TZ_TORONTO.replace("America/Toronto", "America/Montreal")

TZ_EASTERN_WIN = """BEGIN:VTIMEZONE
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

TZ_WEUROPE_WIN = """BEGIN:VTIMEZONE
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

TZ_ROMANCE_WIN = TZ_WEUROPE_WIN.replace("W. Europe Standard Time", "Romance Standard Time")

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

TZ_BERLIN = TZ_MADRID.replace("Europe/Madrid", "Europe/Berlin")

TZ_HALIFAX = """BEGIN:VTIMEZONE
TZID:America/Halifax
X-LIC-LOCATION:America/Halifax
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:ADT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""

TZ_VANCOUVER = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""

TZ_MEXICO = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
"""


def esc(text):
    """Escape a plain text value as iCalendar TEXT (backslash, semicolon, comma, newline)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(ics):
    """Fold content lines longer than 75 octets (RFC 5545 3.1), keeping UTF-8 characters whole."""
    out = []
    for line in ics.split("\n"):
        raw = line.encode("utf-8")
        if len(raw) <= 75:
            out.append(line)
            continue
        parts, cur, limit = [], b"", 75
        for ch in line:
            b = ch.encode("utf-8")
            if len(cur) + len(b) > limit:
                parts.append(cur.decode("utf-8"))
                cur, limit = b"", 74
            cur += b
        parts.append(cur.decode("utf-8"))
        out.append("\n ".join(parts))
    return "\n".join(out)


def teams(meeting_id, passcode, conf_id, phone="+1 647-555-0148"):
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        + meeting_id.replace(" ", "") + "%40thread.v2/0>\n"
        "Meeting ID: " + meeting_id + "\n"
        "Passcode: " + passcode + "\n"
        "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Or call in (audio only)\n"
        + phone + ",," + conf_id.replace(" ", "") + "#   Canada, Toronto\n"
        "Phone Conference ID: " + conf_id + "#\n"
        "Find a local number | Reset PIN\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
        "________________________________________________________________________________"
    )


def zoom(mid, pwd, host="us06web"):
    digits = mid.replace(" ", "")
    return (
        "Join Zoom Meeting\n"
        "https://" + host + ".zoom.us/j/" + digits + "?pwd=" + pwd + "\n\n"
        "Meeting ID: " + mid + "\n"
        "Passcode: " + pwd[:6] + "\n\n"
        "---\n\n"
        "One tap mobile\n"
        "+16475550171,," + digits + "# Canada\n"
        "+14385550102,," + digits + "# Canada\n\n"
        "Dial by your location\n"
        "• +1 647 555 0171 Canada\n"
        "• +1 438 555 0102 Canada\n\n"
        "Find your local number: https://" + host + ".zoom.us/u/ab" + digits[-5:]
    )


def gfooter(meet=None, lang="en"):
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "es":
        body = ""
        if meet:
            body += "Únete con Google Meet: https://meet.google.com/" + meet + "\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
        body += ("Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "Has recibido este correo electrónico porque eres un invitado del evento. "
                 "Para dejar de recibir actualizaciones de este evento, rechaza la invitación.")
        return "\n" + sep + "\n" + body + "\n" + sep
    body = ""
    if meet:
        body += ("Join with Google Meet: https://meet.google.com/" + meet + "\n"
                 "Or dial: (CA) +1 289-555-0133 PIN: 771 204 398#\n"
                 "More phone numbers: https://tel.meet/" + meet + "?pin=771204398\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n")
    body += ("Please do not edit this section.\n" + sep + "\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event. To stop "
             "receiving future updates for this event, decline this event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the "
             "organizer, be added to the guest list, invite others regardless of their own "
             "invitation status, or modify your RSVP. Learn more "
             "https://support.google.com/calendar/answer/37135#forwarding")
    return "\n" + sep + "\n" + body


def ev(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap="",
       hiring=False, eol="\r\n"):
    """One labelled event; ics is folded here (hand-typed lines that are short stay as they are)."""
    return dict(kind=kind, uid=uid, ics=fold(ics), is_interview=is_interview, company=company,
                role=role, stage=stage, interviewers=interviewers, trap=trap, hiring=hiring, eol=eol)


GCAL = "PRODID:-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "PRODID:Microsoft Exchange Server 2010"
APPLE = "PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN"
MACOS = "PRODID:-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
