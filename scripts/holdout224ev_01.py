# ruff: noqa: E501
"""holdout224 events, part 1: the search-firm process for the children's health foundation and the Nashville university."""

from holdout224ev_tz import CHI_GOOGLE, CST_OUTLOOK, EST_OUTLOOK, NY_GOOGLE, OUTLOOK_HEAD

EVENTS = [
    {
        "kind": "search-screening",
        "uid": "040000008200E00074C5B7101A82E00800000000B07D3C2A9E84DB01000000000000000010000000A4F1C6E5D2B3",
        "is_interview": 0,
        "trap": "search-firm-screen-unnamed-client",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Okafor, Grace";SENT-BY="mailto:tpruitt@whitcombelane.com":mailto:gokafor@whitcombelane.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Danielle\,\n\nThank you for making time to speak with Grace. As we mentioned\, Whitcombe Lane Partners has been retained to lead the search for a Chief Development Officer on behalf of a national children's health foundation based in Washington\, DC. Because the search is confidential at this stage\, we will share the client's name and the full leadership profile after this initial screening conversation.\n\nPlease have a current résumé handy. Grace will call you at 404-555-0187.\n\nWarm regards\,\nTheresa Pruitt\nSearch Coordinator | Whitcombe Lane Partners\n1120 Connecticut Ave NW\, Suite 640 | Washington\, DC 20036\n
UID:040000008200E00074C5B7101A82E00800000000B07D3C2A9E84DB01000000000000000010000000A4F1C6E5D2B3
SUMMARY;LANGUAGE=en-US:Screening Conversation: Danielle Brooks-Harper / Whitcombe Lane Partners
DTSTART;TZID=Eastern Standard Time:20250304T113000
DTEND;TZID=Eastern Standard Time:20250304T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T161204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Grace to call Danielle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
""",
    },
    {
        "kind": "committee-zoom",
        "uid": "040000008200E00074C5B7101A82E00800000000F2A16B3DB18FDB01000000000000000010000000C93E0A7B11D4",
        "is_interview": 1,
        "company": "Kessler Children's Health Foundation",
        "role": "Chief Development Officer",
        "stage": "onsite",
        "interviewers": "mhalvorsen@halvorsencapital.com;adaniels@kesslerchf.org;reverett@gwumc.edu;lchen.kcfboard@gmail.com",
        "trap": "search-firm-committee-interview-board-members",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Pruitt, Theresa":mailto:tpruitt@whitcombelane.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Halvorsen, Mark":mailto:MHalvorsen@halvorsencapital.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Daniels, Alicia":mailto:adaniels@kesslerchf.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Everett, Dr. Robin":mailto:reverett@gwumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lillian Chen:mailto:lchen.kcfboard@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, Grace":mailto:gokafor@whitcombelane.com
DESCRIPTION;LANGUAGE=en-US:Kessler Children's Health Foundation – Chief Development Officer\nSearch Committee Interview with Danielle Brooks-Harper\n\nCommittee:\nMark Halvorsen\, Board Vice Chair and Search Committee Chair\nAlicia Daniels\, President & CEO\nDr. Robin Everett\, Trustee\nLillian Chen\, Trustee and Development Committee Chair\n\nGrace Okafor will open the call\, make introductions and then step off. Please plan for 60 minutes of conversation followed by 15 minutes for your questions.\n\n________________________________________________________________________________\n\nJoin Zoom Meeting\nhttps://whitcombelane.zoom.us/j/83310275541?pwd=Qk1nT3BsdU9xZ2NwK0xZ\n\nMeeting ID: 833 1027 5541\nPasscode: 462019\n\nOne tap mobile\n+13017158592\,\,83310275541#\,\,\,\,*462019# US (Washington DC)\n+13126266799\,\,83310275541#\,\,\,\,*462019# US (Chicago)\n\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F2A16B3DB18FDB01000000000000000010000000C93E0A7B11D4
SUMMARY;LANGUAGE=en-US:KCHF | CDO Search Committee Interview – D. Brooks-Harper
DTSTART;TZID=Eastern Standard Time:20250325T160000
DTEND;TZID=Eastern Standard Time:20250325T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T200544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://whitcombelane.zoom.us/j/83310275541?pwd=Qk1nT3BsdU9xZ2NwK0xZ
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "finalist-visit",
        "uid": "5qv0k2s8c1m7h3j9rt6n4b2e1f@google.com",
        "is_interview": 1,
        "company": "Kessler Children's Health Foundation",
        "role": "Chief Development Officer",
        "stage": "final",
        "interviewers": "adaniels@kesslerchf.org;mhalvorsen@halvorsencapital.com;pnwosu@kesslerchf.org",
        "trap": "finalist-visit-with-staff-presentation",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250415T083000
DTEND;TZID=America/New_York:20250415T151500
DTSTAMP:20250407T142233Z
ORGANIZER;CN=Bethany Ruiz:mailto:bruiz@kesslerchf.org
UID:5qv0k2s8c1m7h3j9rt6n4b2e1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.bro
 oksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Alicia Daniels;X-NUM-GUESTS=0:mailto:adaniels@kesslerchf.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mark Halvorsen;X-NUM-GUESTS=0:mailto:mhalvorsen@halvorsencapital.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Peter Nwosu;X-NUM-GUESTS=0:mailto:pnwosu@kesslerchf.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bethany Ruiz;X-NUM-GUESTS=0:mailto:bruiz@kesslerchf.org
X-MICROSOFT-CDO-OWNERAPPTID:-1928311206
CREATED:20250407T141902Z
DESCRIPTION:Danielle\, we are delighted to welcome you to Washington for yo
 ur finalist visit. Itinerary:\n\n8:30 Breakfast with Alicia Daniels\, Pres
 ident & CEO (her office\, 4th floor)\n9:45 Presentation to development and
  communications staff (Board Room): \"Your first 100 days as our Chief De
 velopment Officer\" – 20 minutes plus Q&A. A screen and clicker will be av
 ailable; please send slides to me by Friday.\n11:00 Peter Nwosu\, Chief Fi
 nancial Officer\n12:00 Lunch with Mark Halvorsen\, Board Vice Chair (Old E
 bbitt Grill)\n1:45 Tour of the Children's Wellness Lab with program staff\
 n2:45 Wrap-up with Alicia\n\nGrace Okafor (Whitcombe Lane) will call you a
 t the end of the day.\n\nBethany Ruiz\nExecutive Assistant to the Preside
 nt & CEO
LAST-MODIFIED:20250407T142233Z
LOCATION:Kessler Children's Health Foundation\, 1800 M St NW\, Suite 900\,
  Washington\, DC 20036\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finalist Visit – Danielle Brooks-Harper (CDO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hr-screen",
        "uid": "040000008200E00074C5B7101A82E0080000000011C6FA0A6F86DB010000000000000000100000003E8B24A9D6F0",
        "is_interview": 1,
        "company": "Cumberland Ridge University",
        "role": "Senior Associate Vice President for Development",
        "stage": "recruiter_screen",
        "interviewers": "kelsey.moorman@cumberlandridge.edu",
        "trap": "university-hr-phone-screen-central-outlook",
        "ics": OUTLOOK_HEAD + CST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Moorman, Kelsey":mailto:kelsey.moorman@cumberlandridge.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Danielle\,\n\nThank you for applying for the Senior Associate Vice President for Development position (Posting #S02117) at Cumberland Ridge University. This is a 30-minute phone conversation to review your background\, salary expectations and the search timeline. I will call you at the number on your application.\n\nPlease note our campus is on Central Time.\n\nKelsey Moorman\nSenior Talent Acquisition Partner\nOffice of Human Resources\nCumberland Ridge University | Nashville\, TN\n
UID:040000008200E00074C5B7101A82E0080000000011C6FA0A6F86DB010000000000000000100000003E8B24A9D6F0
SUMMARY;LANGUAGE=en-US:Phone Screen - SAVP for Development (S02117) - Brooks-Harper
DTSTART;TZID=Central Standard Time:20250311T090000
DTEND;TZID=Central Standard Time:20250311T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T184411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-vp",
        "uid": "ZOOM86129934720",
        "is_interview": 1,
        "company": "Cumberland Ridge University",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "paul.hargrove@cumberlandridge.edu",
        "trap": "zoom-ics-with-vice-president-no-role-in-title",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250320T151807Z
DTSTART;TZID=America/Chicago:20250327T140000
DTEND;TZID=America/Chicago:20250327T145000
SUMMARY:Danielle Brooks-Harper / Dr. Paul Hargrove
UID:ZOOM86129934720
DESCRIPTION:Paul Hargrove is inviting you to a scheduled Zoom meeting.\n\nT
 opic: Danielle Brooks-Harper / Dr. Paul Hargrove\nAgenda: Conversation wit
 h the Vice President for University Advancement\n\nJoin Zoom Meeting\nhttps
 ://cumberlandridge.zoom.us/j/86129934720?pwd=aVd2Rk9pSDN2bEhxeTZQ\n\nMeeti
 ng ID: 861 2993 4720\nPasscode: 118844\n\n---\n\nOne tap mobile\n+1309205
 3325\,\,86129934720#\,\,\,\,*118844# US\n+13126266799\,\,86129934720#\,\,
 \,\,*118844# US (Chicago)\n\n
LOCATION:https://cumberlandridge.zoom.us/j/86129934720?pwd=aVd2Rk9pSDN2bEhxeTZQ
ORGANIZER;CN=Paul Hargrove:mailto:paul.hargrove@cumberlandridge.edu
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "campus-visit",
        "uid": "7d1e2c90-5a3b-4f6e-9c81-2b4d0e6fa337",
        "is_interview": 1,
        "company": "Cumberland Ridge University",
        "role": "Senior Associate Vice President for Development",
        "stage": "final",
        "interviewers": "paul.hargrove@cumberlandridge.edu;angela.whitt@cumberlandridge.edu;r.okonjo@cumberlandridge.edu",
        "trap": "campus-interview-day-central-time",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
METHOD:REQUEST
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:7d1e2c90-5a3b-4f6e-9c81-2b4d0e6fa337
DTSTAMP:20250408T213015Z
DTSTART;TZID=America/Chicago:20250422T080000
DTEND;TZID=America/Chicago:20250422T161500
SUMMARY:Campus Interview: Danielle Brooks-Harper\, SAVP Development Finalist
LOCATION:Alcott Hall\, Room 310\, Cumberland Ridge University\, Nashville TN
ORGANIZER;CN=Joanne Pickett:mailto:joanne.pickett@cumberlandridge.edu
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Paul Hargrove;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paul.hargrove@cumberlandridge.edu
ATTENDEE;CN=Angela Whitt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:angela.whitt@cumberlandridge.edu
ATTENDEE;CN=Raymond Okonjo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r.okonjo@cumberlandridge.edu
ATTENDEE;CN=Alcott 310;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:alcott310@cumberlandridge.edu
DESCRIPTION:Schedule (all times Central):\n8:00  Breakfast with Dr. Paul Hargrove\, VP for University Advancement\n9:15  Search committee (chair: Angela Whitt\, AVP Advancement Services)\n10:45 Open forum with Advancement staff – candidate presentation: "Building a principal gifts program for a campaign"\n12:00 Lunch with deans' development officers\n1:30  Raymond Okonjo\, Provost's Office\n2:30  Campus tour\n3:30  Closing with Dr. Hargrove\n\nParking: visitor lot B\, pass at the front desk of Alcott Hall.\nJoanne Pickett\, Executive Assistant to the VP
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
