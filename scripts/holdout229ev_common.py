"""Shared VTIMEZONE blocks for the holdout229 event corpus (written blind, raw iCalendar text).

Each block is exactly what the named tool family writes into its invitations; the event modules
paste them between the VCALENDAR header and the VEVENT.
"""

# Google Calendar / most web tools (tzurl style)
VTZ_BERLIN = r"""BEGIN:VTIMEZONE
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
END:VTIMEZONE
"""

# Apple Calendar with a German locale
VTZ_BERLIN_APPLE = r"""BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:MESZ
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:MEZ
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
"""

# Outlook / Exchange (Windows zone name)
VTZ_WEUROPE = r"""BEGIN:VTIMEZONE
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

# Outlook, Romance Standard Time (Paris/Madrid offices)
VTZ_ROMANCE = r"""BEGIN:VTIMEZONE
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

VTZ_LUXEMBOURG = r"""BEGIN:VTIMEZONE
TZID:Europe/Luxembourg
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

VTZ_LONDON = r"""BEGIN:VTIMEZONE
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

VTZ_NEW_YORK = r"""BEGIN:VTIMEZONE
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

# Teams boilerplate as Outlook (German UI) pastes it into DESCRIPTION: folded continuation lines,
# already escaped, to be placed right after a DESCRIPTION line that ends with an escaped newline.
TEAMS_DE = r""" ________________________________________________________________________________\n
 Microsoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App od
 er im Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen<https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NWQ0OGItYjE2Ny00ZDQ1LWI5
 MjctNzFmZDI2MWE3ZTBh%40thread.v2/0?context=%7b%22Tid%22%3a%22c3b1e7a2%22%7d>\nB
 esprechungs-ID: 384 551 927 630\nPasscode: q9V3fW\nTeams herunterladen<https:/
 /www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<htt
 ps://www.microsoft.com/microsoft-teams/join-a-meeting>\nEinwahl per Telefon\n+
 49 69 365057890\,\,815224633# Deutschland\, Frankfurt am Main\nTelefonkonfere
 nz-ID: 815 224 633#\n______________________________________________________
 __________________________\n"""

TEAMS_EN = r""" ________________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\nCl
 ick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_NmQ2ZjA1YzUtOGE3Ny00YjM4LTk1ZWEtMjQxNzM0OGQ0ZGM1%40thread.v2/0?context=
 %7b%22Tid%22%3a%229a1f%22%7d>\nMeeting ID: 291 774 018 552\nPasscode: 7hXe2Q\n
 Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> |
  Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n__
 ______________________________________________________________________________\n"""
