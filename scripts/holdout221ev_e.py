"""holdout221 events, part E: more one-off interviews, small contractors and free mail (raw iCalendar text)."""

EVENTS = [
    {
        "kind": "icims-interview",
        "uid": "icims-EVT-118204-3371@careers-south32.icims.com",
        "is_interview": 1, "company": "South32", "role": "Electrical Supervisor - Worsley Refinery",
        "stage": "hiring_manager", "interviewers": "fiona.mackay@south32.net;kane.roberts@south32.net",
        "trap": "icims-behavioural-drive-in-drive-out",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:icims-EVT-118204-3371@careers-south32.icims.com
DTSTAMP:20250508T070112Z
DTSTART;TZID=Australia/Perth:20250515T110000
DTEND;TZID=Australia/Perth:20250515T120000
SUMMARY:South32 Worsley Alumina: Behavioural Interview - Electrical Superv
 isor (Req 2025-8841)
DESCRIPTION:Hi Jarrah\,\n\nThank you for accepting the invitation. You will
  meet Fiona Mackay (Superintendent Electrical - Refinery) and Kane Robert
 s (Area Maintenance Manager). The interview is behavioural and will take
  about 60 minutes.\n\nTeams link: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_UzMyV29yc2xleQ@thread.v2/0\n\nThe role is residential (Co
 llie/Bunbury region\, Mon-Fri + on call).\n\nSouth32 Talent Acquisition
ORGANIZER;CN=South32 Careers:mailto:careers-noreply@south32.icims.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=ACCEPTED:mailto:jarrah.mitchell.spark
 y@outlook.com.au
ATTENDEE;CN=Fiona Mackay;PARTSTAT=ACCEPTED:mailto:Fiona.Mackay@south32.net
ATTENDEE;CN=Kane Roberts;PARTSTAT=ACCEPTED:mailto:Kane.Roberts@south32.net
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-panel",
        "uid": "goodtime-9a2e4c61b8f7-PAN-7741@goodtime.io",
        "is_interview": 1, "company": "Chevron", "role": "Electrical Maintenance Supervisor - Wheatstone",
        "stage": "",
        "interviewers": "r.okafor@chevron.com;deb.sutherland@chevron.com;liam.hartigan@chevron.com",
        "trap": "goodtime-panel-schedule-with-coordinator",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-9a2e4c61b8f7-PAN-7741@goodtime.io
DTSTAMP:20250418T174522Z
DTSTART:20250429T010000Z
DTEND:20250429T030000Z
SUMMARY:Chevron Australia - Interview Schedule - Jarrah Mitchell
DESCRIPTION:Interview schedule for Jarrah Mitchell\nElectrical Maintenance
  Supervisor - Wheatstone (Onslow\, FIFO 14/14)\n\n9:00 - 9:40 AWST  Rotimi
  Okafor\, Maintenance Superintendent\n9:40 - 10:20 AWST  Deb Sutherland\,
  Lead Electrical Engineer\n10:20 - 11:00 AWST  Liam Hartigan\, HES Advisor
 \n\nJoin via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_Q2hldnJvbg@thread.v2/0\n\nScheduled by Ashleigh Ruddock\, Recr
 uiting Coordinator - please reply to this email if anything changes.
ORGANIZER;CN=Ashleigh Ruddock:mailto:ashleigh.ruddock@chevron.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Rotimi Okafor;PARTSTAT=ACCEPTED:mailto:R.Okafor@chevron.com
ATTENDEE;CN=Deb Sutherland;PARTSTAT=ACCEPTED:mailto:Deb.Sutherland@chevron.c
 om
ATTENDEE;CN=Liam Hartigan;PARTSTAT=TENTATIVE:mailto:Liam.Hartigan@chevron.c
 om
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-technical",
        "uid": "ml-evt-5d0c3f1e-aa27-4b6c@modernloop.io",
        "is_interview": 1, "company": "Albemarle", "role": "Shift Electrical Supervisor - Kemerton",
        "stage": "technical", "interviewers": "tristan.boyle@albemarle.com",
        "trap": "modernloop-technical-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-5d0c3f1e-aa27-4b6c@modernloop.io
DTSTAMP:20250512T220143Z
DTSTART:20250520T020000Z
DTEND:20250520T030000Z
SUMMARY:Technical Interview - Shift Electrical Supervisor (Kemerton) - Alb
 emarle
DESCRIPTION:Hi Jarrah\,\n\nHere are the details for your technical intervi
 ew with Tristan Boyle (E&I Maintenance Superintendent\, Kemerton Lithium
  Hydroxide Plant). Expect questions on hazardous areas (Ex)\, VSDs and PL
 C fault-finding.\n\nVideo: https://albemarle.zoom.us/j/96610023318\n\nSche
 duled with ModernLoop on behalf of Albemarle Talent Acquisition.
ORGANIZER;CN=Albemarle Talent Acquisition:mailto:scheduling@modernloop.io
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Tristan Boyle;PARTSTAT=ACCEPTED:mailto:tristan.boyle@albemarle
 .com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-interview",
        "uid": "ashby-interview-event-e2c7b1a0-9f3d-4e58-b6a1-0d4c2f8e7a93",
        "is_interview": 1, "company": "Tianqi Lithium Energy Australia", "role": "E&I Maintenance Planner",
        "stage": "hiring_manager", "interviewers": "wei.zhang@tlea.com.au",
        "trap": "ashby-hiring-manager-residential-kwinana",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-e2c7b1a0-9f3d-4e58-b6a1-0d4c2f8e7a93
DTSTAMP:20250422T031501Z
DTSTART:20250501T063000Z
DTEND:20250501T071500Z
SUMMARY:Jarrah Mitchell <> Wei Zhang - E&I Maintenance Planner
DESCRIPTION:Hi Jarrah\, looking forward to chatting about the E&I Maintena
 nce Planner role at our Kwinana lithium hydroxide refinery. This will be
  with Wei Zhang\, Maintenance Manager.\n\nLocation: TLEA Kwinana - Main Ga
 te\, Mason Rd\, Kwinana Beach. Sign in at the gatehouse.\n\nNeed to resche
 dule? https://app.ashbyhq.com/candidate/reschedule/e2c7b1a0
ORGANIZER;CN=TLEA Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Wei Zhang;PARTSTAT=ACCEPTED:mailto:wei.zhang@tlea.com.au
LOCATION:TLEA Kwinana - Main Gate
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-interview",
        "uid": "eh-ats-iv-0a9c7e51@employmenthero.com",
        "is_interview": 1, "company": "Pilbara Ports", "role": "Maintenance Planner - Electrical (Port Hedland)",
        "stage": "", "interviewers": "colin.farrugia@pilbaraports.com.au;yasmin.amir@pilbaraports.com.au",
        "trap": "employment-hero-phone-panel-dial-in",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Employment Hero//Recruitment//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:eh-ats-iv-0a9c7e51@employmenthero.com
DTSTAMP:20250313T002918Z
DTSTART:20250321T060000Z
DTEND:20250321T064500Z
SUMMARY:Panel Interview: Maintenance Planner - Electrical (Port Hedland)
DESCRIPTION:Hi Jarrah\,\n\nYour panel interview with Pilbara Ports has been
  scheduled. The panel will be Colin Farrugia (Maintenance Superintendent)
  and Yasmin Amir (People & Culture).\n\nDial in: 1800 062 431\, then PIN 7
 7182 04#\n\nThis is a phone interview - please find a quiet spot\, we kno
 w some candidates are on site.\n\nKind regards\,\nPilbara Ports Recruitmen
 t
ORGANIZER;CN=Pilbara Ports:mailto:no-reply@employmenthero.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Colin Farrugia:mailto:colin.farrugia@pilbaraports.com.au
ATTENDEE;CN=Yasmin Amir:mailto:yasmin.amir@pilbaraports.com.au
LOCATION:Teleconference 1800 062 431
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-call",
        "uid": "2F6D81C4-0B7A-4E39-A5C2-913E7D4B6A08",
        "is_interview": 1, "company": "IGO", "role": "Elec sup",
        "stage": "recruiter_screen", "interviewers": "Bec",
        "trap": "hand-typed-hr-phone-chat-abbrev",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T111546Z
DTSTAMP:20250303T111603Z
DTSTART:20250307T120000
DTEND:20250307T123000
LAST-MODIFIED:20250303T111603Z
SEQUENCE:0
SUMMARY:IGO nova - phone int w Bec HR
DESCRIPTION:elec sup role (nickel - care & maint?? ask)\nshe calls me\, on
  site so go to the crib room
UID:2F6D81C4-0B7A-4E39-A5C2-913E7D4B6A08
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "3f1e9b27-6c0d-4a85-b4e2-7d8a9c0f1e56@calendly.com",
        "is_interview": 1, "company": "Lynas", "role": "Electrical Supervisor - Kalgoorlie",
        "stage": "recruiter_screen", "interviewers": "amber.clifford@lynasre.com",
        "trap": "calendly-recruiter-screen-candidate-invitee",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:3f1e9b27-6c0d-4a85-b4e2-7d8a9c0f1e56@calendly.com
DTSTAMP:20250318T130455Z
DTSTART:20250324T013000Z
DTEND:20250324T020000Z
SUMMARY:Lynas Kalgoorlie - Initial Interview (30 min) between Amber Clifford
  and Jarrah Mitchell
DESCRIPTION:Event Name: Lynas Kalgoorlie - Initial Interview (30 min)\n\nL
 ocation: Amber will call you on the number provided.\n\nInvitee: Jarrah Mi
 tchell\nInvitee Email: jarrah.mitchell.sparky@outlook.com.au\nText Remind
 er Number: +61 412 558 903\n\nQuestions:\nWhich role are you applying for
 ?\nElectrical Supervisor - Kalgoorlie Rare Earths Processing Facility\n\nN
 eed to make changes to this event?\nCancel: https://calendly.com/cancellat
 ions/3f1e9b27\nReschedule: https://calendly.com/reschedulings/3f1e9b27\n\n
 Powered by Calendly.com
LOCATION:Phone call
ORGANIZER;CN=Amber Clifford:mailto:amber.clifford@lynasre.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=ACCEPTED:mailto:jarrah.mitchell.spark
 y@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final",
        "uid": "4q8p2r6t0v3x7z1b5d9f@google.com",
        "is_interview": 1, "company": "Pilbara Minerals", "role": "Elec Supervisor Pilgangoora",
        "stage": "final", "interviewers": "nick.sorensen@pls.com;jacinta.webb@pls.com",
        "trap": "google-final-interview-gm",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250523T010000Z
DTEND:20250523T014500Z
DTSTAMP:20250519T053347Z
ORGANIZER;CN=Jacinta Webb:mailto:jacinta.webb@pls.com
UID:4q8p2r6t0v3x7z1b5d9f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jacinta Webb;X-NUM-GUESTS=0:mailto:jacinta.webb@pls.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nick Sorensen;X-NUM-GUESTS=0:mailto:nick.sorensen@pls.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE
 ;CN=PER-L2-Kalamunda (10);X-NUM-GUESTS=0:mailto:c_188a4f2b3e9d@resource.ca
 lendar.google.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pls-elec-sup
CREATED:20250519T053212Z
DESCRIPTION:Hi Jarrah\, final step - a chat with Nick Sorensen (GM Operati
 ons) and myself at our West Perth office. Should be 45 mins\, no prep need
 ed. Meet link is there if flights change.\n\nJacinta Webb\nHead of Maintena
 nce
LAST-MODIFIED:20250519T053347Z
LOCATION:Level 2\, 146 Colin St\, West Perth-PER-L2-Kalamunda (10)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final interview - Jarrah Mitchell - Elec Supervisor Pilgangoora
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "catch-up",
        "uid": "0b6k3n1s8r4q2p7m9l5j@google.com",
        "is_interview": 1, "company": "Sparkline Electrical", "role": "Supervisor",
        "stage": "hiring_manager", "interviewers": "davesparkline@gmail.com",
        "trap": "founder-free-mail-catch-up-is-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250314T230000Z
DTEND:20250315T000000Z
DTSTAMP:20250311T214805Z
ORGANIZER;CN=Dave Kostas:mailto:davesparkline@gmail.com
UID:0b6k3n1s8r4q2p7m9l5j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dave Kostas;X-NUM-GUESTS=0:mailto:davesparkline@gmail.com
CREATED:20250311T214802Z
DESCRIPTION:G'day Jarrah\, got your CV off Seek. Come by the workshop for a
  catch up about the supervisor job - I run 14 sparkies on commercial + a
  couple of mine site maintenance contracts. Bring your licence and ticket
 s. Dave\nSparkline Electrical Services\n0433 019 552
LAST-MODIFIED:20250311T214805Z
LOCATION:Unit 4/12 Kembla Way\, Wangara WA 6065
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Catch up - Jarrah / Dave (Sparkline)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cal-com",
        "uid": "bK7d2QvX9mTn4RsA1cLp8e@Cal.com",
        "is_interview": 1, "company": "Redhill Electrical Contracting", "role": "Electrical Supervisor (Residential)",
        "stage": "", "interviewers": "tom@redhillelectrical.com.au",
        "trap": "cal-com-booking-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:bK7d2QvX9mTn4RsA1cLp8e@Cal.com
DTSTAMP:20250407T120501Z
DTSTART:20250409T010000Z
DTEND:20250409T013000Z
SUMMARY:Interview - Electrical Supervisor (Residential) between Tom Reddin
 g and Jarrah Mitchell
DESCRIPTION:What: Interview - Electrical Supervisor (Residential)\nInvitee
  Time Zone: Australia/Perth\nWho:\nTom Redding - Organizer\ntom@redhille
 lectrical.com.au\nJarrah Mitchell\njarrah.mitchell.sparky@outlook.com.au\n
 Where: https://app.cal.com/video/bK7d2QvX9mTn4RsA1cLp8e\nAdditional notes
 : 10 yrs trade\, 3 as LH on FIFO\, want to come home - Jarrah\n\nNeed to m
 ake a change? Cancel or reschedule: https://app.cal.com/booking/bK7d2QvX9m
 Tn4RsA1cLp8e
ORGANIZER;CN=Tom Redding:mailto:tom@redhillelectrical.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TR
 UE:mailto:jarrah.mitchell.sparky@outlook.com.au
LOCATION:https://app.cal.com/video/bK7d2QvX9mTn4RsA1cLp8e
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trial-day",
        "uid": "9v3c7x1z5b8n2m4k6j0h@google.com",
        "is_interview": 1, "company": "Nomad Power & Controls", "role": "",
        "stage": "technical", "interviewers": "kim.haddad@nomadpc.com.au",
        "trap": "google-paid-trial-day-selection",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Australia/Perth
BEGIN:VEVENT
DTSTART;TZID=Australia/Perth:20250502T063000
DTEND;TZID=Australia/Perth:20250502T150000
DTSTAMP:20250428T081102Z
ORGANIZER;CN=Kim Haddad:mailto:kim.haddad@nomadpc.com.au
UID:9v3c7x1z5b8n2m4k6j0h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
CREATED:20250428T081040Z
DESCRIPTION:Hi Jarrah\, as discussed - paid trial day in the workshop so yo
 u can see how we run the switchroom builds and we can see how you run a c
 rew. Toolbox at 6:30\, knock off 3. Steel caps + hi-vis\, we supply the r
 est. Ask for me at the front office.\n\nKim Haddad\nOperations Manager\nNo
 mad Power & Controls
LAST-MODIFIED:20250428T081102Z
LOCATION:Nomad Power & Controls\, 37 Mumford Pl\, Balcatta WA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial day - Jarrah Mitchell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
