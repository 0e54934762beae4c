"""holdout201 events, part k: a Denver office onsite, a Webex HM call, an iCIMS screen and a paid day in the life."""

from holdout201ev_tz import GOOGLE_DENVER, OUTLOOK_MOUNTAIN

EVENTS = [
    {
        "kind": "onsite",
        "uid": ("040000008200E00074C5B7101A82E0080000000012B4D6F8A0B1DB01"
                "00000000000000001000000055E7A9CB1D3F5A7C9E0B2D4F6A8C0E1B"),
        "label": (1, "Alpine Works", "Senior Account Executive", "onsite",
                  "nate.carver@alpineworks.com;roxanne.diaz@alpineworks.com",
                  "outlook-denver-office-onsite-rooms"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Lowry, Beth":mailto:beth.lowry@alpineworks.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carver, Nate":mailto:nate.carver@alpineworks.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Diaz, Roxanne":mailto:roxanne.diaz@alpineworks.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DEN-3-Longs Peak":mailto:DEN3LongsPeak@alpineworks.com
DESCRIPTION;LANGUAGE=en-US:Hi Tyler\, looking forward to having you in th
 e office! You'll meet Nate Carver (VP Sales) and then Roxanne Diaz (Sales D
 irector\, Mid-Market). Parking in the Wynkoop garage - I'll validate. -Beth
  (People Team)\n
UID:040000008200E00074C5B7101A82E0080000000012B4D6F8A0B1DB0100000000000000001000000055E7A9CB1D3F5A7C9E0B2D4F6A8C0E1B
SUMMARY;LANGUAGE=en-US:Tyler Brooks - In Office Interviews (Sr. AE)
DTSTART;TZID=Mountain Standard Time:20250513T100000
DTEND;TZID=Mountain Standard Time:20250513T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250507T162210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DEN-3-Longs Peak
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex",
        "uid": "7d1e4a6b9c2f40a8b3e5d7f9a1c3e5b7@webex.com",
        "label": (1, "Cardinal Route", "Mid-Market Account Executive - West", "hiring_manager",
                  "pete.sandoval@cardinalroute.com", "webex-hiring-manager-meeting-number"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7d1e4a6b9c2f40a8b3e5d7f9a1c3e5b7@webex.com
DTSTAMP:20250414T182250Z
DTSTART:20250418T203000Z
DTEND:20250418T211500Z
SUMMARY:Cardinal Route: Tyler Brooks / Pete Sandoval - MM AE West
ORGANIZER;CN=Pete Sandoval:mailto:pete.sandoval@cardinalroute.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
LOCATION:https://cardinalroute.webex.com/meet/pete.sandoval
DESCRIPTION:Tyler\, thanks for the time. I run the West team and I'm the h
 iring manager for the MM AE role Leah told you about. We'll cover your Summ
 itline experience and I'll answer anything about comp/territory.\n\nJoin We
 bex meeting: https://cardinalroute.webex.com/meet/pete.sandoval\nMeeting nu
 mber (access code): 2651 447 9920\nJoin by phone: +1-408-555-0123 United St
 ates Toll
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-screen",
        "uid": "icims-iv-2240118-beaconfleet-screen@icims.com",
        "label": (1, "Beacon Fleet", "Account Executive - Mid-Market", "recruiter_screen",
                  "jsullivan@beaconfleet.com", "icims-teams-screen-scheduling-mailbox"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS Inc//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-iv-2240118-beaconfleet-screen@icims.com
DTSTAMP:20250324T150045Z
DTSTART:20250328T160000Z
DTEND:20250328T163000Z
SUMMARY:Beacon Fleet - Teams Interview - Account Executive - Mid-Market
ORGANIZER;CN=Beacon Fleet Interview Scheduling:mailto:interviewscheduling@beaconfleet.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Jill Sullivan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:JSullivan@beaconfleet.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Tyler\,\n\nThank you for your interest in Beacon Fleet. You ar
 e scheduled for a 30 minute Teams interview with Jill Sullivan\, Senior Tal
 ent Acquisition Partner.\n\nJoin: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_YjQ1\nMeeting ID: 211 908 443 760  Passcode: bF9qT3\n\nThis i
 s an automated message from iCIMS.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadow-day",
        "uid": "3c6f9i2l5o8r1u4x7a0d3g6j9m@google.com",
        "label": (1, "Kiln Analytics", "Senior Account Executive", "onsite",
                  "hayes.porter@kilnanalytics.com", "candidate-day-in-the-life-trial-day"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250522T090000
DTEND;TZID=America/Denver:20250522T150000
DTSTAMP:20250515T220312Z
ORGANIZER;CN=Hayes Porter:mailto:hayes.porter@kilnanalytics.com
UID:3c6f9i2l5o8r1u4x7a0d3g6j9m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hayes
  Porter;X-NUM-GUESTS=0:mailto:hayes.porter@kilnanalytics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler.brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sa
 les@gmail.com
CREATED:20250515T220310Z
DESCRIPTION:Tyler - as discussed\, our last step for Senior AE is a paid d
 ay in the life at our Denver office. You'll sit in on pipeline review\, liste
 n to a couple of live calls with our AEs\, and then run a discovery call wi
 th me playing the buyer in the afternoon. We'll pay $500 for the day. Lunc
 h on us.\n\nHayes Porter\nHead of Sales\, Kiln Analytics
LAST-MODIFIED:20250515T220312Z
LOCATION:Kiln Analytics\, 1515 Arapahoe St\, Tower 3\, Denver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kiln - Day in the Life (Senior AE)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
