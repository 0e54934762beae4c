"""holdout221 events, part K: site work, rosters and personal life (hand-written raw iCalendar text)."""

_NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **_NEG,
        "kind": "toolbox",
        "uid": "rbm-series-tbt-opf-0021@redbankmining.com.au",
        "trap": "recurring-toolbox-talk-with-override",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:rbm-series-tbt-opf-0021@redbankmining.com.au
DTSTAMP:20250210T223001Z
DTSTART;TZID=Australia/Perth:20250217T053000
DTEND;TZID=Australia/Perth:20250217T060000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T000000Z
SUMMARY:Toolbox - OPF electrical crew (JM to run)
DESCRIPTION:Weekly toolbox. Permits\, isolations\, HV access\, take 5s\, an
 y hazards from last swing. Sign-on sheet to Dean.
ORGANIZER;CN="Pryor, Dean":mailto:DPryor@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT:mailto:JMitchell@redba
 nkmining.com.au
LOCATION:OPF crib room
END:VEVENT
BEGIN:VEVENT
UID:rbm-series-tbt-opf-0021@redbankmining.com.au
RECURRENCE-ID;TZID=Australia/Perth:20250407T053000
DTSTAMP:20250403T091511Z
DTSTART;TZID=Australia/Perth:20250407T060000
DTEND;TZID=Australia/Perth:20250407T064500
SUMMARY:Toolbox - OPF electrical crew - HV ALERT 03/25 + arc flash refresh
DESCRIPTION:Extended toolbox - go through HV Alert 03/25 (substation acces
 s breach at other site) and arc flash PPE categories.
ORGANIZER;CN="Pryor, Dean":mailto:DPryor@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT:mailto:JMitchell@redba
 nkmining.com.au
LOCATION:OPF crib room
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "shutdown-planning",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB01"
            "000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6"
        ),
        "trap": "shutdown-planning-meeting-isolations",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo, Chidi":mailto:COkonkwo@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pryor, Dean":
 mailto:DPryor@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:May OPF shutdown - electrical scope review. Iso
 lation points list\, HV switching program for SUB-03\, crane lifts for the
  transformer swap\, labour (need 4 x extra sparks from WorkPac)\, critica
 l path.\n\nPlanner to bring the P6 schedule.\n
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB01000000000000000
 010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=en-AU:OPF Shutdown May-25 - Elec scope + isolations
DTSTART:20250423T013000Z
DTEND:20250423T030000Z
CLASS:PUBLIC
DTSTAMP:20250416T225530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Site - Planning office
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "stand-down",
        "uid": "rbm-safety-standdown-20250319@redbankmining.com.au",
        "trap": "safety-stand-down-all-crews",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rbm-safety-standdown-20250319@redbankmining.com.au
DTSTAMP:20250318T120244Z
DTSTART:20250319T000000Z
DTEND:20250319T020000Z
SUMMARY:SAFETY STAND-DOWN - all Redbank crews - mandatory
DESCRIPTION:Following yesterday's HV incident at the SUB-02 switchroom all
  work stops at 0800 for a stand-down. GM and HSE will brief. All supervis
 ors/LHs to do headcounts and return sign-on sheets.
ORGANIZER;CN=Redbank HSE:mailto:HSE@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT:mailto:JMitchell@redba
 nkmining.com.au
LOCATION:Site - Main muster area
PRIORITY:1
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "fly-in",
        "uid": "3A7C9E1B-5D2F-4A80-B6C4-E8F0A2B4C6D8",
        "trap": "roster-fly-in-all-day",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:3A7C9E1B-5D2F-4A80-B6C4-E8F0A2B4C6D8
DTSTAMP:20250228T101500Z
DTSTART;VALUE=DATE:20250310
DTEND;VALUE=DATE:20250311
SUMMARY:FLY IN - QF1882 PER-PHE 0545 (chk in 0445 T4)
DESCRIPTION:day 1 of 8. bus to site from airport
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "rr",
        "uid": "roster-rbm-jm-2025-wk14-rr@rosterapp.com.au",
        "trap": "roster-r-and-r-block",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RosterApp//Roster Export//EN
X-WR-CALNAME:JM Roster 8/6
X-WR-TIMEZONE:Australia/Perth
BEGIN:VEVENT
UID:roster-rbm-jm-2025-wk14-rr@rosterapp.com.au
DTSTAMP:20250201T000000Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250401
SUMMARY:R&R
DESCRIPTION:Swing 8/6 - off days 1-6. Fly out 25/03 PM.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "footy",
        "uid": "teamapp-fixture-u10-rd4-221@teamapp.com",
        "trap": "kids-afl-fixture",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TeamApp//Fixture Export//EN
X-WR-CALNAME:Bayswater JFC U10 Hawks
BEGIN:VEVENT
UID:teamapp-fixture-u10-rd4-221@teamapp.com
DTSTAMP:20250501T000000Z
DTSTART;TZID=Australia/Perth:20250511T083000
DTEND;TZID=Australia/Perth:20250511T100000
SUMMARY:U10 Hawks v Morley Eagles (Rd 4) - Home
DESCRIPTION:Arrive 8:00 for warm up. Parent on duty: goal umpire - Mitchel
 l family. Bring oranges.
LOCATION:Bert Wright Park\, Bayswater
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "gp",
        "uid": "hotdoc-apt-89120374@hotdoc.com.au",
        "trap": "gp-appointment-hotdoc",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HotDoc//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hotdoc-apt-89120374@hotdoc.com.au
DTSTAMP:20250327T212001Z
DTSTART:20250328T013000Z
DTEND:20250328T014500Z
SUMMARY:Appointment with Dr Anjali Patel
DESCRIPTION:Standard consultation - Bayswater Family Practice. Please arri
 ve 5 minutes early. To cancel or reschedule use the HotDoc app.
LOCATION:Bayswater Family Practice\, 2/45 King William St\, Bayswater WA
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "rego",
        "uid": "5B8D0F2A-4C6E-4180-A3C5-E7092B4D6F81",
        "trap": "vehicle-rego-due",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:5B8D0F2A-4C6E-4180-A3C5-E7092B4D6F81
DTSTAMP:20250330T110200Z
DTSTART;VALUE=DATE:20250414
DTEND;VALUE=DATE:20250415
SUMMARY:ute rego due!! (DoT online) 1HLX 447
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "bucks",
        "uid": "6c2a9e4k1m8o5q3s0u7w@google.com",
        "trap": "bucks-night",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250412T070000Z
DTEND:20250412T150000Z
DTSTAMP:20250302T090211Z
ORGANIZER;CN=Luke Barrett:mailto:lukeybarrett88@gmail.com
UID:6c2a9e4k1m8o5q3s0u7w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah.mi
 tchell.sparky@outlook.com.au
DESCRIPTION:DAZZA'S BUCKS. Go karts 3pm then Freo. $150 in to Luke by the
  1st. No phones at dinner. Dress code: terrible shirts.
LOCATION:Fremantle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dazza's buck's 🍺
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "hv-voc",
        "uid": "rbm-training-voc-hvsw-3307@redbankmining.com.au",
        "trap": "routine-voc-at-current-employer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rbm-training-voc-hvsw-3307@redbankmining.com.au
DTSTAMP:20250303T050001Z
DTSTART:20250312T233000Z
DTEND:20250313T033000Z
SUMMARY:VOC - HV Switching Operator (annual) - J Mitchell
DESCRIPTION:Your HV switching VOC is due (expires 31/03). Practical on the
  SUB-01 training board + switching program write-up with the site HV as
 sessor. Records to Training Admin once signed off.
ORGANIZER;CN=Redbank Training Admin:mailto:Training@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT:mailto:JMitchell@redba
 nkmining.com.au
LOCATION:Site - Training room / SUB-01
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "client-site-visit",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000EE55FF6600A1DB01"
            "00000000000000001000000000112233445566778899AABBCCDDEEFF"
        ),
        "trap": "client-site-visit-at-work",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pryor, Dean":mailto:DPryor@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greg Holm
 es:mailto:greg.holmes@clientminesite.com.au
DESCRIPTION;LANGUAGE=en-AU:Client's electrical superintendent is on site -
  walk-down of the new 33kV substation and the punch list before handover.
  Jarrah to lead the walk-down\, bring the ITPs.\n
UID:040000008200E00074C5B7101A82E00800000000EE55FF6600A1DB01000000000000000
 01000000000112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=en-AU:Site visit - client - SUB-04 walkdown
DTSTART:20250313T010000Z
DTEND:20250313T030000Z
CLASS:PUBLIC
DTSTAMP:20250306T083044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:SUB-04 (meet at gatehouse)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "refresher",
        "uid": "stjohn-course-CPR-LVR-554120@stjohnwa.com.au",
        "trap": "training-cpr-lvr-refresher",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//St John WA//Course Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:stjohn-course-CPR-LVR-554120@stjohnwa.com.au
DTSTAMP:20250312T030000Z
DTSTART:20250328T003000Z
DTEND:20250328T043000Z
SUMMARY:HLTAID009 CPR + UETDRRF004 Low Voltage Rescue - refresher
DESCRIPTION:Booking ref SJ-554120. Bring photo ID and your USI. Practical
  assessment on the LVR panel and CPR manikins.
LOCATION:St John WA Training Centre\, 209 Great Eastern Hwy\, Belmont
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "parent-teacher",
        "uid": "compass-ptc-2025t1-88231@compass.education",
        "trap": "parent-teacher-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Compass Education//Conferences//EN
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:compass-ptc-2025t1-88231@compass.education
DTSTAMP:20250320T043000Z
DTSTART;TZID=Australia/Perth:20250402T161000
DTEND;TZID=Australia/Perth:20250402T162000
SUMMARY:Parent Teacher Interview - Cooper Mitchell (Yr 4) - Ms Hart
DESCRIPTION:Booked via Compass. Room 14. Please be on time as interviews r
 un back to back.
LOCATION:Bayswater Primary School - Room 14
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "licence-renewal",
        "uid": "c4e6a8b0-d2f4-4a6c-8e0b-2d4f6a8c0e2a@outlook.com",
        "trap": "electrical-licence-renewal-reminder",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:c4e6a8b0-d2f4-4a6c-8e0b-2d4f6a8c0e2a@outlook.com
DTSTAMP:20250210T093012Z
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250506
SUMMARY:Elec licence renewal - Building & Energy (EW 1xxxxx) - 5 yr
DESCRIPTION:renew online at Building and Energy\, $ + need CPR/LVR current
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "bank",
        "uid": "0e2g4i6k8m0o2q4s6u8w@google.com",
        "trap": "bank-home-loan-appointment",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250404T070000
DTEND:20250404T080000
DTSTAMP:20250401T112003Z
UID:0e2g4i6k8m0o2q4s6u8w@google.com
CREATED:20250401T112001Z
DESCRIPTION:w/ Kate. re refinance + if I go residential does the FIFO inco
 me still count. bring 3 payslips
LAST-MODIFIED:20250401T112003Z
LOCATION:Westpac Morley
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:bank - home loan mtg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
