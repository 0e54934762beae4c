# ruff: noqa: E501, W291, W293, RUF100
"""Shared VTIMEZONE blocks and meeting boilerplate for the holdout265 calendar (raw iCalendar text, LF)."""

TZ_BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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

TZ_WEST = """BEGIN:VTIMEZONE
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

TZ_UTC1 = """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
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

TEAMS_DE = (
    "\\n________________________________________________________________________________\\n"
    "Microsoft Teams-Besprechung\\n"
    "Per Computer\\, mobiler App oder Raumgerät teilnehmen\\n"
    "Hier klicken\\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE4>\\n"
    "Besprechungs-ID: 371 554 208 96\\n"
    "Kennung: Tq5Wx9\\n"
    "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
    "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\\n"
    "Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\\n"
    "________________________________________________________________________________\\n"
)

TEAMS_EN = (
    "\\n________________________________________________________________________________\\n"
    "Microsoft Teams meeting\\n"
    "Join on your computer\\, mobile app or room device\\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1YzQ0>\\n"
    "Meeting ID: 329 870 115 402\\n"
    "Passcode: bH3r7K\\n"
    "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\\n"
    "________________________________________________________________________________\\n"
)

GOOGLE_FOOTER_EN = (
    "\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\\n\\n"
    "You are receiving this email because you are an attendee on the event. To stop receiving future updates for "
    "this event\\, decline this event.\\n\\nForwarding this invitation could allow any recipient to send a response to "
    "the organizer\\, be added to the guest list\\, invite others regardless of their own invitation status\\, or "
    "modify your RSVP.\\n\\nLearn more https://support.google.com/calendar/answer/37135#forwarding\\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)

GOOGLE_FOOTER_DE = (
    "\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
    "Einladung von Google Kalender: https://calendar.google.com/calendar/\\n\\n"
    "Sie erhalten diese E-Mail\\, weil Sie Gast bei diesem Termin sind. Wenn Sie keine Aktualisierungen mehr zu diesem "
    "Termin erhalten möchten\\, lehnen Sie ihn ab.\\n\\nWeitere Informationen https://support.google.com/calendar/answer/37135#forwarding\\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)

ZOOM_DE = (
    "\\n\\nZoom-Meeting beitreten\\nhttps://us06web.zoom.us/j/84127735510?pwd=QnR2dW1KeXhBZz09\\n\\n"
    "Meeting-ID: 841 2773 5510\\nKenncode: 559302\\n\\nSchnelleinwahl mobil\\n+496938079883\\,\\,84127735510#\\,\\,\\,\\,*559302# Deutschland\\n"
)

WEBEX_DE = (
    "\\n\\n-- Nicht löschen oder ändern Sie keine der folgenden Texte. --\\n\\n"
    "Wenn es Zeit ist\\, nehmen Sie hier an dem Webex-Meeting teil.\\n\\n"
    "Meeting beitreten <https://meetings-eu1.webex.com/meet/j.php?MTID=m7d0e2c55a1>\\n\\n"
    "Weitere Möglichkeiten zum Beitreten:\\n\\nMeeting-Kennnummer (Zugriffscode): 2734 118 6650\\nMeeting-Passwort: Kp7vQ2mW\\n"
)
