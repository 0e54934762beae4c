"""holdout239 events, part C: Puget Sound departments, a cancellation, station work and hiring-side chores."""

EVENTS = [
    (
        "everett-board",
        "2026-ffpm-ob-everett-3391@everettwa.gov",
        1, "Everett Fire Department", "Firefighter/Paramedic", "onsite", "",
        "civil-service-commission-examiner-invite",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:2026-ffpm-ob-everett-3391@everettwa.gov
DTSTAMP:20260302T172000Z
DTSTART;TZID=Pacific Standard Time:20260312T093000
DTEND;TZID=Pacific Standard Time:20260312T101500
SUMMARY:Oral Examination - Firefighter/Paramedic - Candidate #3391
LOCATION:Everett Fire Station 1 Training Room\\, 3002 Wetmore Ave
ORGANIZER;CN="Civil Service - Chief Examiner":mailto:civilservice@everettwa
 .gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:The Civil Service Commission has scheduled your oral examinatio
 n. The oral examination is weighted 60% of your final score on the eligibl
 e register. You will be identified to the board by candidate number only
 - do not state your name or current employer's name during the exam. Uni
 forms and department insignia are not permitted\\; wear business attire.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "skf-interview",
        "1h7k3m9p5r2t8v4x0z6b@google.com",
        1, "South King Fire", "Firefighter/Paramedic", "",
        "aguthrie@southkingfire.org",
        "google-invite-captain-no-stage-words",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260227T160000
DTEND;TZID=America/Los_Angeles:20260227T164500
DTSTAMP:20260224T013301Z
ORGANIZER;CN=Andrew Guthrie:mailto:aguthrie@southkingfire.org
UID:1h7k3m9p5r2t8v4x0z6b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrew Guthrie;X-NUM-GUESTS=0:mailto:aguthrie@southkingfire.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ryan.kowalczyk.fire@gmail.com;X-NUM-GUESTS=0:mailto:ryan.kowalczyk
 .fire@gmail.com
DESCRIPTION:Ryan\\, thanks for applying to the FF/PM opening. I'd like to ta
 lk through your paramedic internship\\, your current agency and your avail
 ability for our June academy.<br><br>Join with Google Meet: <a href="https
 ://meet.google.com/ytr-qpzm-kwd">meet.google.com/ytr-qpzm-kwd</a><br>Join b
 y phone: (US) +1 567-555-0119 PIN: 881 204 377#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kowalczyk / Capt. Guthrie - SKF FF/PM
TRANSP:OPAQUE
CONFERENCE:https://meet.google.com/ytr-qpzm-kwd
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "renton-board",
        "rrfa-2026-lat-07@rentonrfa.org",
        1, "Renton Regional Fire Authority", "Firefighter/Paramedic - Lateral", "onsite", "",
        "oral-board-and-essay-same-morning-floating",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Thunderbird//NONSGML Thunderbird 128.6.0//EN
BEGIN:VEVENT
UID:rrfa-2026-lat-07@rentonrfa.org
DTSTAMP:20260119T200411Z
CREATED:20260119T200402Z
DTSTART:20260130T080000
DTEND:20260130T113000
SUMMARY:RRFA FF/PM lateral: oral board + written essay
LOCATION:RRFA Admin\\, 18002 108th Ave SE
DESCRIPTION:Renton RFA Firefighter/Paramedic - Lateral\\n0800 written essay
  (45 min\\, "describe a call that changed how you practice")\\n0900-1130 ora
 l board slots\\, mine TBD on the day\\nHR contact Nadia 425-555-0162
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "cancelled-board",
        "efr-ob-2026-02-kowalczyk-r@eastsidefire-rescue.org",
        1, "Eastside Fire & Rescue", "Firefighter/Paramedic", "onsite", "",
        "method-cancel-oral-board-posting-closed",
        """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Whitcomb, Laura":mailto:lwhitcomb@eastsidefire-rescue.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION;LANGUAGE=en-US:Ryan\\, I'm sorry - the Board of Directors put the
  FF/PM hiring on hold pending the budget vote\\, so we are cancelling all o
 ral boards for this recruitment. Your application stays active and we will
  reach out if the process reopens.\\n\\nLaura Whitcomb\\nHR Generalist\\n
UID:efr-ob-2026-02-kowalczyk-r@eastsidefire-rescue.org
SUMMARY;LANGUAGE=en-US:Canceled: EF&R FF/PM Oral Board - Kowalczyk
DTSTART;TZID=Pacific Standard Time:20260306T140000
DTEND;TZID=Pacific Standard Time:20260306T144500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260302T224501Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:EF&R HQ\\, 175 Newport Way NW\\, Issaquah
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "vrfa-interview",
        "ce7b1e0a-2c45-4b3e-91fd-4a0e6f1d8c22",
        1, "Valley Regional Fire Authority", "Firefighter/EMT-Paramedic", "onsite",
        "Chief Brent Halloran;Asst. Chief Monique Dube;Capt. Ivan Sorokin",
        "cal-com-booking-panel-interview",
        """BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:ce7b1e0a-2c45-4b3e-91fd-4a0e6f1d8c22
DTSTAMP:20260305T031000Z
DTSTART:20260313T163000Z
DTEND:20260313T173000Z
SUMMARY:Panel Interview between VRFA Recruitment and Ryan Kowalczyk
ORGANIZER;CN=VRFA Recruitment:mailto:recruitment@vrfa.org
ATTENDEE;CN=Ryan Kowalczyk;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:ryan.kowalczyk
 .fire@gmail.com
LOCATION:VRFA Station 31\\, 1101 D St NE\\, Auburn WA
DESCRIPTION:What: Panel Interview - Firefighter/EMT-Paramedic\\nInvitee time
  zone: America/Los_Angeles\\nWho:\\n- VRFA Recruitment - Organizer\\n- Ryan K
 owalczyk\\n\\nAdditional notes: Panel - Chief Brent Halloran\\, Asst. Chief M
 onique Dube\\, Capt. Ivan Sorokin. Please park on the street\\, the apparatu
 s apron must stay clear.\\n\\nNeed to reschedule or cancel? https://cal.com/b
 ooking/ce7b1e0a
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "spokane-zoom",
        "spk-fd-ob-zoom-81239944017@spokanecity.org",
        1, "Spokane Fire Department", "Firefighter/Paramedic", "onsite", "",
        "remote-oral-board-zoom-boilerplate",
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:spk-fd-ob-zoom-81239944017@spokanecity.org
DTSTAMP:20260206T220000Z
DTSTART:20260218T210000Z
DTEND:20260218T214500Z
SUMMARY:SFD Firefighter/Paramedic Oral Board - Remote (Candidate 17)
ORGANIZER;CN=Spokane Civil Service:mailto:civilservice@spokanecity.org
DESCRIPTION:Spokane Civil Service is inviting you to a scheduled Zoom meeti
 ng.\\n\\nTopic: SFD Firefighter/Paramedic Oral Board - Remote (Candidate 17)
 \\n\\nJoin Zoom Meeting\\nhttps://spokanecity.zoom.us/j/81239944017?pwd=QkxT
 UnVmRzB2\\n\\nMeeting ID: 812 3994 4017\\nPasscode: 504911\\n\\nOne tap mobile
 \\n+12532158782\\,\\,81239944017#\\,\\,\\,\\,*504911# US (Tacoma)\\n\\nCamera must
  be on for the full board. Be in a quiet room alone\\; the board will ask y
 ou to show the room. Cheat sheets\\, notes and second screens are not allowe
 d.
LOCATION:https://spokanecity.zoom.us/j/81239944017?pwd=QkxTUnVmRzB2
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "vancouver-wa",
        "vanfd-2026-ffpm-orals-kowalczyk@cityofvancouver.us",
        1, "Vancouver Fire Department", "Firefighter/Paramedic", "onsite", "",
        "vancouver-washington-not-bc-panel",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:vanfd-2026-ffpm-orals-kowalczyk@cityofvancouver.us
DTSTAMP:20260310T154000Z
DTSTART;TZID=Pacific Standard Time:20260324T110000
DTEND;TZID=Pacific Standard Time:20260324T120000
SUMMARY:VFD Entry FF/PM - Oral Interview Panel
LOCATION:Vancouver Fire Dept Admin\\, 7110 NE 63rd St\\, Vancouver WA
ORGANIZER;CN="HR Recruitment";SENT-BY="mailto:sbanerjee@cityofvancouver.us"
 :mailto:hrrecruitment@cityofvancouver.us
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:ryan.kowalc
 zyk.fire@gmail.com
DESCRIPTION:You have been invited to the oral interview panel for the Firef
 ighter/Paramedic recruitment. The panel is made up of VFD command staff and
  a community member. Allow one hour. Washington State DOL-issued ID requir
 ed at the front desk.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "gresham",
        "D2B9F3E1-6A4C-4E0B-8F7D-1C5E9A3B2D60",
        1, "Gresham Fire", "Firefighter", "", "",
        "hand-typed-interview-abbrev-oregon",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:D2B9F3E1-6A4C-4E0B-8F7D-1C5E9A3B2D60
DTSTAMP:20260404T182200Z
DTSTART;TZID=America/Los_Angeles:20260414T090000
DTEND;TZID=America/Los_Angeles:20260414T100000
SUMMARY:Gresham FF intvw
LOCATION:Gresham City Hall\\, 1333 NW Eastman Pkwy
DESCRIPTION:w/ Gresham Fire. drive down the night before\\, stay at Ben's.
 bring cert copies
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "hose-testing",
        "cvfr-ops-hosetest-2026-q2@cedarvalleyfire.org",
        0, "", "", "", "",
        "annual-hose-testing-all-company",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-ops-hosetest-2026-q2@cedarvalleyfire.org
DTSTAMP:20260320T160000Z
DTSTART;TZID=Pacific Standard Time:20260408T090000
DTEND;TZID=Pacific Standard Time:20260408T150000
SUMMARY:Annual Hose Testing - B Shift (E41\\, E42\\, L41)
LOCATION:Station 42 back lot
ORGANIZER;CN="Ostrowski, Paul":mailto:postrowski@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="B Shift All":mailto:bshift@ceda
 rvalleyfire.org
DESCRIPTION:NFPA 1962 annual service test. All supply and attack lines off
  E41\\, E42 and L41 - reserve hose from the hose room too. Test gate valves
  and hose tester are at 42. Stay in district\\, units remain in service. Log
  every length (hose ID\\, pass/fail) on the sheet for Fleet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "fit-test",
        "nfit-2026-cvfr-b-0914@cedarvalleyfire.org",
        0, "", "", "", "",
        "scba-fit-test-appointment",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:nfit-2026-cvfr-b-0914@cedarvalleyfire.org
DTSTAMP:20260115T181500Z
DTSTART;TZID=Pacific Standard Time:20260127T091400
DTEND;TZID=Pacific Standard Time:20260127T092900
SUMMARY:SCBA Fit Test - Kowalczyk\\, Ryan
LOCATION:Station 44 - Logistics
ORGANIZER;CN=CVFR Logistics Bookings:mailto:LogisticsBookings@cedarvalleyfi
 re.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:rkowalczyk@
 cedarvalleyfire.org
DESCRIPTION:Service: Annual SCBA Quantitative Fit Test (PortaCount)\\nStaff:
  Logistics - Tech Jerry Fong\\n\\nBring your own facepiece. Be clean shaven
  (within 24 hrs). No eating\\, drinking or smoking 30 minutes before the te
 st. Allow 15 minutes.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "soccer",
        "3k8n1q6s9u2w5y7a0c4e@google.com",
        0, "", "", "", "",
        "personal-daughter-soccer-recurring-override",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:America/Los_Angeles
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260321T090000
DTEND;TZID=America/Los_Angeles:20260321T103000
RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20260530T065959Z
DTSTAMP:20260305T043000Z
UID:3k8n1q6s9u2w5y7a0c4e@google.com
CREATED:20260305T042812Z
DESCRIPTION:U10 Lightning. snack sched on TeamSnap. shin guards!!
LOCATION:Lake Wilderness Park fields\\, Maple Valley
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Emma soccer
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260418T130000
DTEND;TZID=America/Los_Angeles:20260418T143000
DTSTAMP:20260412T201500Z
UID:3k8n1q6s9u2w5y7a0c4e@google.com
RECURRENCE-ID;TZID=America/Los_Angeles:20260418T090000
DESCRIPTION:U10 Lightning. moved - field closed in am. our snack week
LOCATION:Tahoma HS turf\\, Maple Valley
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Emma soccer (1pm!)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tires",
        "E7C1A0F9-3B52-4D86-9E14-0A8F6C2D5B39",
        0, "", "", "", "",
        "personal-truck-tires",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E7C1A0F9-3B52-4D86-9E14-0A8F6C2D5B39
DTSTAMP:20260209T160500Z
DTSTART:20260302T080000
DTEND:20260302T093000
SUMMARY:Les Schwab - truck tires
DESCRIPTION:tundra. 4 new (KO2s?) + alignment. they said ~90 min
LOCATION:Les Schwab Covington
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "interview-kit",
        "cvfr-hr-kit-2026-03-board@cedarvalleyfire.org",
        0, "", "", "", "",
        "user-as-interviewer-question-packet-pickup-no-interview-word",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-hr-kit-2026-03-board@cedarvalleyfire.org
DTSTAMP:20260209T190000Z
DTSTART;TZID=Pacific Standard Time:20260212T160000
DTEND;TZID=Pacific Standard Time:20260212T163000
SUMMARY:Pick up board packets + sign confidentiality - Reserve process
LOCATION:Admin - HR front counter
ORGANIZER;CN="Lindqvist, Sara":mailto:slindqvist@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
DESCRIPTION:Ryan - packets are ready: 8 applications (redacted)\\, the quest
 ion set with benchmark answers and the scoring matrix. Packets stay at the
  station in a locked drawer until Saturday. Sign the form when you pick up.
  - Sara
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "consensus",
        "7g2j5l8n1p4r@google.com",
        0, "", "", "", "",
        "user-as-interviewer-consensus-and-ranking",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260219T190000
DTEND;TZID=America/Los_Angeles:20260219T200000
DTSTAMP:20260216T180022Z
ORGANIZER;CN=Erik Brandt:mailto:ebrandt@cedarvalleyfire.org
UID:7g2j5l8n1p4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Erik Brandt;X-NUM-GUESTS=0:mailto:ebrandt@cedarvalleyfire.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rkowalczyk@cedarvalleyfire.org;X-NUM-GUESTS=0:mailto:rkowalczyk@ced
 arvalleyfire.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=slindqvist@cedarvalleyfire.org;X-NUM-GUESTS=0:mailto:slindqvist@cedarv
 alleyfire.org
DESCRIPTION:Couldn't finish Saturday - we're split on #4 and #7. Let's rank
  the list for the BC and decide who gets offered the ride-along step. Bri
 ng your notes.<br><br>Join with Google Meet: meet.google.com/hzw-ffte-orb
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finish reserve rankings
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "cpat-proctor",
        "A8F0C2E4-1B3D-4F57-9A6C-8E0B2D4F6A18",
        0, "", "", "", "",
        "user-as-interviewer-proctoring-reserve-physical-test",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:A8F0C2E4-1B3D-4F57-9A6C-8E0B2D4F6A18
DTSTAMP:20260120T050500Z
DTSTART;TZID=America/Los_Angeles:20260131T070000
DTEND;TZID=America/Los_Angeles:20260131T130000
SUMMARY:Proctor - reserve applicant ability test
LOCATION:CVFR Training Grounds
DESCRIPTION:I have the stair climb + hose drag stations. stopwatch\\, clipbo
 ard\\, pass/fail sheets from Brandt. 14 applicants signed up. OT code 412
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
]
