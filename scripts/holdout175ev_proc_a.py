# ruff: noqa: E501
"""holdout175: multi-round processes (Thornbury on-cycle via headhunter, Castleford, Meridian Hollis)."""
from holdout175ev_tz import ev

EVENTS = [
    ev("headhunter-first-round", "040000008200E00074C5B7101A82E00800000000A0F3C1B2D81DDC01000000000000000010000000E4C1A97F4C3E2D4B9A7F6E5D",
       1, "Thornbury Capital Partners", "2027 Associate", "onsite", "Ben Whitlock;Sarah Kaplan",
       "on-cycle-first-round-invite-from-headhunter-coordinator", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Hannah Pryce:mailto:hpryce@ridgelinesearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dan.okafor
 .ny@gmail.com:mailto:dan.okafor.ny@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Colin Ashe
 :mailto:cashe@ridgelinesearch.com
DESCRIPTION;LANGUAGE=en-US:Hi Dan\,\n\nConfirming your first round with Th
 ornbury Capital Partners for the 2027 Associate class. You will meet two m
 embers of the deal team back to back (30 min each):\n\n10:00 - Ben Whitloc
 k (Vice President)\n10:30 - Sarah Kaplan (Vice President)\n\nPlease check
  in with reception 10 minutes early and bring a few copies of your deal she
 et. Expect a walk-through of your resume and deals\, why PE / why Thornbur
 y\, and some technicals. Call me right after.\n\nBest\,\nHannah\n\nHannah
  Pryce | Coordinator | Ridgeline Search Partners\n+1 212 555 0147\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C1B2D81DDC01000000000000000
 010000000E4C1A97F4C3E2D4B9A7F6E5D
SUMMARY;LANGUAGE=en-US:Thornbury Capital Partners - First Round (D. Okafor)
DTSTART;TZID=Eastern Standard Time:20250909T100000
DTEND;TZID=Eastern Standard Time:20250909T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250905T221407Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Thornbury Capital\, 767 Fifth Avenue\, 41st Floor
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118653390
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("paper-lbo", "thornbury-2027-r2-okafor@ridgelinesearch.com",
       1, "Thornbury Capital Partners", "2027 Associate", "technical", "Priya Raman",
       "on-cycle-paper-lbo-and-modeling-test", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250910T080000
DTEND;TZID=America/New_York:20250910T120000
DTSTAMP:20250909T194455Z
ORGANIZER;CN=Colin Ashe:mailto:cashe@ridgelinesearch.com
UID:thornbury-2027-r2-okafor@ridgelinesearch.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=dan.okafor.ny@gmail.com;X-NUM-GUESTS=0:mailto:dan.okafor.ny@gmail.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Colin Ashe;X-NUM-GUESTS=0:mailto:cashe@ridgelinesearch.com
CREATED:20250909T194455Z
DESCRIPTION:Dan - congrats\, you're through to round 2 at Thornbury.\n\n8:0
 0-8:30  paper LBO with Priya Raman (Principal)\, pen and paper only\, no c
 alculator\n8:30-11:30  modeling test in their office (laptop provided\, Ex
 cel\, 3 hrs\, build a full LBO off a 10-page CIM\, returns + sensitivity
  tables\, 1-page IC memo)\n11:30-12:00  debrief w/ Priya\n\nSame address as
  yesterday. Good luck!\nColin
LAST-MODIFIED:20250909T194455Z
LOCATION:Thornbury Capital Partners\, 767 5th Ave\, New York\, NY 10153
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thornbury Capital - Round 2 (paper LBO + 3hr modeling test)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("superday", "8c1f4d2e-33a0-4b7e-9f51-thornbury-sd@thornburycap.com",
       1, "Thornbury Capital Partners", "Associate", "final",
       "jhalloran@thornburycap.com;mreyes@thornburycap.com;bwhitlock@thornburycap.com",
       "on-cycle-superday-invite-from-firm-ea", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Donnelly, Kara";SENT-BY="mailto:kdonnelly@thornburycap.com":
 mailto:jhalloran@thornburycap.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dan Okafor
 :mailto:dan.okafor.ny@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reyes, Marco"
 :mailto:mreyes@thornburycap.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitlock, Ben
 ":mailto:bwhitlock@thornburycap.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN="NY-41-Boardroom (12)":mailto:NY41Boardroom@thornburycap.com
DESCRIPTION;LANGUAGE=en-US:Dan\,\n\nThank you for making time on short not
 ice. Please plan on the full afternoon:\n\n1:00  John Halloran\, Managing
  Partner\n1:45  Marco Reyes\, Partner\n2:30  Ben Whitlock\, VP - case disc
 ussion (you will receive a short teaser on arrival\, 20 min to prepare)\n\n
 Kara Donnelly\nExecutive Assistant to John Halloran\nThornbury Capital Par
 tners\n
UID:8c1f4d2e-33a0-4b7e-9f51-thornbury-sd@thornburycap.com
SUMMARY;LANGUAGE=en-US:Superday - Dan Okafor
DTSTART;TZID=Eastern Standard Time:20250912T130000
DTEND;TZID=Eastern Standard Time:20250912T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T230112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NY-41-Boardroom (12)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("greenhouse-screen", "greenhouse-7719340002-castleford@castlefordequity.com",
       1, "Castleford Equity Partners", "Private Equity Associate (Off-Cycle)", "recruiter_screen",
       "agoodwin@castlefordequity.com", "greenhouse-zoom-talent-screen", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-7719340002-castleford@castlefordequity.com
DTSTAMP:20251009T153012Z
DTSTART:20251014T163000Z
DTEND:20251014T170000Z
SUMMARY:Dan Okafor <> Castleford Equity - Intro Call
ORGANIZER;CN=Castleford Recruiting:mailto:recruiting@castlefordequity.com
ATTENDEE;CN=Dan Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Abby Goodwin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:agoodwin@castlefordequity.com
LOCATION:https://castlefordequity.zoom.us/j/93318204417
DESCRIPTION:Hi Dan\,\n\nLooking forward to speaking with you about the Private Equity Associate (Off-Cycle) role. This is a 30-minute conversation with Abby Goodwin (Head of Talent) about your background\, timing and what we look for.\n\nJoin Zoom Meeting\nhttps://castlefordequity.zoom.us/j/93318204417?pwd=Q2FzdGxlZm9yZDEy\nMeeting ID: 933 1820 4417\nPasscode: 551902\nOne tap mobile\n+16465588656\,\,93318204417# US (New York)\n\n--\nScheduled via Greenhouse. Please do not reply to this invitation\; contact recruiting@castlefordequity.com with any changes.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("lbo-test", "castleford-modeltest-okafor-20251021@castlefordequity.com",
       1, "Castleford Equity Partners", "Private Equity Associate (Off-Cycle)", "technical",
       "tnguyen@castlefordequity.com", "three-hour-lbo-test-original-slot", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:castleford-modeltest-okafor-20251021@castlefordequity.com
DTSTAMP:20251015T140200Z
SEQUENCE:0
DTSTART;TZID=America/New_York:20251021T180000
DTEND;TZID=America/New_York:20251021T210000
SUMMARY:Castleford Equity - 3-Hour LBO Modeling Test (remote)
ORGANIZER;CN=Castleford Recruiting:mailto:recruiting@castlefordequity.com
ATTENDEE;CN=Dan Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Tuan Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tnguyen@castlefordequity.com
DESCRIPTION:At the start time Tuan Nguyen (Senior Associate) will email you a case packet and a blank Excel file. You will have 3 hours to build an LBO model and answer the questions at the end of the packet. Please send your model and a short investment recommendation back by 9:00 PM ET. Tuan will stay on the Zoom for the first 10 minutes to answer questions.\n\nZoom: https://castlefordequity.zoom.us/j/96120458831\n\n--\nScheduled via Greenhouse
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("lbo-test-moved", "castleford-modeltest-okafor-20251021@castlefordequity.com",
       1, "Castleford Equity Partners", "Private Equity Associate (Off-Cycle)", "technical",
       "tnguyen@castlefordequity.com", "three-hour-lbo-test-rescheduled-higher-sequence", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:castleford-modeltest-okafor-20251021@castlefordequity.com
DTSTAMP:20251020T121533Z
SEQUENCE:1
DTSTART;TZID=America/New_York:20251025T100000
DTEND;TZID=America/New_York:20251025T130000
SUMMARY:UPDATED: Castleford Equity - 3-Hour LBO Modeling Test (remote)
ORGANIZER;CN=Castleford Recruiting:mailto:recruiting@castlefordequity.com
ATTENDEE;CN=Dan Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Tuan Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tnguyen@castlefordequity.com
DESCRIPTION:Moved to Saturday morning per your request (live deal on Tuesday - understood). Same format: case packet + blank Excel at 10:00 AM ET\, model and recommendation back by 1:00 PM ET.\n\nZoom: https://castlefordequity.zoom.us/j/96120458831\n\n--\nScheduled via Greenhouse
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("final-round-boston", "3f9e0c71-5a2b-4d9c-8e10-77ab21c4f0d3",
       1, "Castleford Equity Partners", "Private Equity Associate", "final",
       "lcrowley@castlefordequity.com;pmarsh@castlefordequity.com",
       "final-round-typed-by-user-with-partner-names", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
@@TZ America/New_York@@
BEGIN:VEVENT
UID:3f9e0c71-5a2b-4d9c-8e10-77ab21c4f0d3
DTSTAMP:20251101T013402Z
CREATED:20251101T013359Z
DTSTART;TZID=America/New_York:20251106T093000
DTEND;TZID=America/New_York:20251106T130000
SUMMARY:Castleford final rd - Boston
LOCATION:200 Clarendon St\, Boston MA
DESCRIPTION:Acela 5:40am from Penn. Partners: Liz Crowley (lcrowley@castlefordequity.com) + Pete Marsh (pmarsh@castlefordequity.com)\, then lunch w/ the associates (not evaluated supposedly lol). Know the Brightwater deal cold. Took PTO - tell staffer I'm at the dentist
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("teams-first-round", "040000008200E00074C5B7101A82E008000000005C2D6A8E9B2EDC01000000000000000010000000B7D4E2A18F0C3B4CA1E2",
       1, "Meridian Hollis", "Associate - Private Equity (London)", "",
       "oliver.trent@meridianhollis.co.uk",
       "london-pe-teams-first-round-gmt-windows-zone", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Trent, Oliver":mailto:oliver.trent@meridianhollis.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dan.okafor.ny@gmail.com:mailto:dan.okafor.ny@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fairley, Imogen":mailto:imogen.fairley@meridianhollis.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dan\, as discussed with Imogen - a first conversation re the Associate role in our London team. I'll be joining from the office\; it will be 45 mins.\n\nOliver\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA4YjZk%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>\nMeeting ID: 362 118 907 441\nPasscode: Xk3b7Q\nDownload Teams | Join on the web\nOr call in (audio only)\n+44 20 3855 6142\,\,512903884#   United Kingdom\, London\nPhone Conference ID: 512 903 884#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005C2D6A8E9B2EDC01000000000000000010000000B7D4E2A18F0C3B4CA1E2
SUMMARY;LANGUAGE=en-GB:Meridian Hollis / Dan Okafor
DTSTART;TZID=GMT Standard Time:20251002T150000
DTEND;TZID=GMT Standard Time:20251002T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T101744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA4YjZk%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("case-study-review", "mh-case-okafor-1016@meridianhollis.co.uk",
       1, "Meridian Hollis", "Associate - Private Equity (London)", "technical",
       "oliver.trent@meridianhollis.co.uk;rupert.acland@meridianhollis.co.uk",
       "case-study-presentation-london-zone", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Europe/London@@
BEGIN:VEVENT
ORGANIZER;CN="Fairley, Imogen":mailto:imogen.fairley@meridianhollis.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dan Okafor:mailto:dan.okafor.ny@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Trent, Oliver":mailto:oliver.trent@meridianhollis.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Acland, Rupert":mailto:rupert.acland@meridianhollis.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Dan\,\n\nThank you for sending through your case study. Oliver and Rupert (Director) would like to take you through it - please prepare to present your investment view on Project Kestrel in 15 minutes\, followed by Q&A.\n\nTeams link below.\n\nKind regards\,\nImogen Fairley\nHR & Recruitment Manager\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE1ZTQ3%40thread.v2/0\nMeeting ID: 381 220 554 019  Passcode: 4rTQ2m\n
UID:mh-case-okafor-1016@meridianhollis.co.uk
SUMMARY;LANGUAGE=en-GB:Case study discussion - D Okafor
DTSTART;TZID=Europe/London:20251016T140000
DTEND;TZID=Europe/London:20251016T150000
DTSTAMP:20251010T083011Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("london-final", "0d4417f3-2c80-4aa6-9bd9-6b0f8e2f1c55",
       1, "Meridian Hollis", "", "final", "Andrew Meridian-Blake;Rupert Acland",
       "user-typed-london-final-utc", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-CALNAME:dan.okafor.ny@gmail.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20251112T100000Z
DTEND:20251112T123000Z
DTSTAMP:20251103T221815Z
UID:0d4417f3-2c80-4aa6-9bd9-6b0f8e2f1c55
CREATED:20251103T221815Z
DESCRIPTION:MH final - meet Andrew Meridian-Blake (founding partner) + Rupert again. 1 Grosvenor Pl\, 4th fl. Fly out Tue night BA 178\, back Thu. Told staffer family thing.
LAST-MODIFIED:20251103T222040Z
LOCATION:1 Grosvenor Place\, London SW1X 7JH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MH final rd (London)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
