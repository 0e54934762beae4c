# ruff: noqa: E501, W291, W293, RUF100
"""Shared VTIMEZONE blocks (raw iCalendar text, LF) for the holdout269 blind event split."""

LA_GOOGLE = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
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

LA_APPLE = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
DTSTART:20070311T020000
TZNAME:PDT
TZOFFSETTO:-0700
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
DTSTART:20071104T020000
TZNAME:PST
TZOFFSETTO:-0800
END:STANDARD
END:VTIMEZONE
"""

PST_OUTLOOK = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

UTC08_OUTLOOK = """BEGIN:VTIMEZONE
TZID:(UTC-08:00) Pacific Time (US & Canada)
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

EST_OUTLOOK = """BEGIN:VTIMEZONE
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

WEU_OUTLOOK = """BEGIN:VTIMEZONE
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

ROMANCE_OUTLOOK = """BEGIN:VTIMEZONE
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

# Escaped DESCRIPTION fragments (iCalendar TEXT, continuation lines folded with a leading space).

GCAL_FOOTER = r"""\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are r
 eceiving this email because you are an attendee on the event. To stop receiving future updates for this
  event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a response 
 to the organizer\, be added to the guest list\, invite others regardless of their own invitation status
 \, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding"""


def gmeet(code: str, dial: str, pin: str) -> str:
    """Google Meet block as Google Calendar writes it into DESCRIPTION."""
    return (
        r"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~"
        "\n "
        r":~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/"
        f"{code}"
        r"\nOr dial: (US) "
        f"{dial} PIN: {pin}#"
        r"\nMore phone numbers: https://tel.meet/"
        f"{code}?pin={pin.replace(' ', '')}"
        "\n "
        r"\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do no"
        "\n "
        r"t edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~"
        "\n "
        r":~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def teams(meeting_id: str, passcode: str, thread: str) -> str:
    """Microsoft Teams block as Outlook writes it into DESCRIPTION."""
    return (
        r"\n________________________________________________________________________________\nMicrosoft Teams"
        "\n "
        r" meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https:/"
        "\n "
        f"/teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0>"
        r"\nMeeting ID: "
        f"{meeting_id}"
        r"\nPasscode: "
        f"{passcode}"
        "\n "
        r"\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<h"
        "\n "
        r"ttps://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting"
        "\n "
        r"> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________"
        "\n "
        r"________________________________________________\n"
    )


def zoom(host: str, meeting: str, passcode: str, pwd: str) -> str:
    """Zoom invitation text as the Zoom add-in or web portal pastes it into DESCRIPTION."""
    digits = meeting.replace(" ", "")
    return (
        f"{host} is inviting you to a scheduled Zoom meeting."
        r"\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/"
        f"{digits}?pwd={pwd}"
        "\n "
        r"\n\nMeeting ID: "
        f"{meeting}"
        r"\nPasscode: "
        f"{passcode}"
        r"\n\n---\n\nOne tap mobile\n+16695550143\,\,"
        f"{digits}#"
        r"\,\,\,\,*"
        f"{passcode}# US (San Jose)"
        "\n "
        r"\n+12135550178\,\,"
        f"{digits}#"
        r"\,\,\,\,*"
        f"{passcode}# US (Los Angeles)"
        r"\n\n---\n\nJoin by SIP\n• "
        f"{digits}@zoomcrc.com"
        "\n "
        r"\n\nFind your local number: https://us06web.zoom.us/u/kb2Xq1RzA"
    )
