"""Shared VTIMEZONE blocks and small text helpers for the holdout249 calendar split (blind, hand-written)."""

NY_GOOGLE = """BEGIN:VTIMEZONE
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

NY_APPLE = """BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
DTSTART:20070311T020000
TZNAME:EDT
TZOFFSETTO:-0400
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
DTSTART:20071104T020000
TZNAME:EST
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
"""

EASTERN_WIN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

EASTERN_UTC_LABEL = """BEGIN:VTIMEZONE
TZID:(UTC-05:00) Eastern Time (US & Canada)
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

WEUROPE_WIN = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

ROMANCE_WIN = WEUROPE_WIN.replace("W. Europe Standard Time", "Romance Standard Time")

MADRID_UTC_LABEL = WEUROPE_WIN.replace(
    "W. Europe Standard Time", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris")

GMT_WIN = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
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

BERLIN_GOOGLE = MADRID_GOOGLE.replace("Europe/Madrid", "Europe/Berlin")
PARIS_GOOGLE = MADRID_GOOGLE.replace("Europe/Madrid", "Europe/Paris")
ZURICH_GOOGLE = MADRID_GOOGLE.replace("Europe/Madrid", "Europe/Zurich")

DUBLIN_GOOGLE = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
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

GOOGLE_FOOTER = (
    r"\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    r"You are receiving this email because you are an attendee on the event. To stop receiving future"
    r" updates for this event\, decline this event.\n\nForwarding this invitation could allow any "
    r"recipient to send a response to the organizer\, be added to the guest list\, invite others "
    r"regardless of their own invitation status\, or modify your RSVP. Learn more "
    r"https://support.google.com/calendar/answer/37135#forwarding"
)

MEET_SEP = r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"

TEAMS_EN = (
    r"________________________________________________________________________________\n"
    r"Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n"
    r"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    r"Meeting ID: {meeting_id}\nPasscode: {pc}\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app>"
    r" | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    r"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    r"________________________________________________________________________________"
)

TEAMS_ES = (
    r"________________________________________________________________________________\n"
    r"Reunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\n"
    r"Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    r"ID de reunión: {meeting_id}\nCódigo de acceso: {pc}\n"
    r"________________________________________________________________________________"
)

TEAMS_DE = (
    r"________________________________________________________________________________\n"
    r"Microsoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\n"
    r"Klicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    r"Besprechungs-ID: {meeting_id}\nKennung: {pc}\n"
    r"________________________________________________________________________________"
)

ZOOM_EN = (
    r"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{mid}?pwd={pwd}\n\nMeeting ID: {mid_sp}\nPasscode: {pc}\n\n"
    r"---\n\nOne tap mobile\n+13017158592\,\,{mid}#\,\,\,\,*{pc}# US (Washington DC)\n"
    r"+13052241968\,\,{mid}#\,\,\,\,*{pc}# US\n\n---\n\nDial by your location\n"
    r"• +1 646 931 3860 US\n• +1 929 205 6099 US (New York)\n\nFind your local number: https://{host}.zoom.us/u/abcdXyZ12"
)


def teams(tpl, mid, meeting_id, pc):
    return tpl.replace("{mid}", mid).replace("{meeting_id}", meeting_id).replace("{pc}", pc)


def zoom(host, mid, pwd, pc):
    sp = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    return (ZOOM_EN.replace("{host}", host).replace("{mid_sp}", sp).replace("{mid}", mid)
            .replace("{pwd}", pwd).replace("{pc}", pc))


def fold(text):
    """Fold content lines longer than 75 octets the way most clients do (continuation lines start with a space)."""
    out = []
    for line in text.split("\n"):
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
        out.append(parts[0] + "".join("\n " + p for p in parts[1:]))
    return "\n".join(out)
