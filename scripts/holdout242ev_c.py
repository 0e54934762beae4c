"""holdout242 events, part C: Tasmania/Victoria, Canterbury farms, a bank, herd genetics, a co-op."""

EVENTS = [
    {
        "kind": "phone-screen",
        "uid": "eh-interview-2f71c0b9a3@employmenthero.com",
        "interview": 1,
        "company": "Circular Head Dairy Co",
        "role": "Dairy Farm Manager – Smithton",
        "stage": "recruiter_screen",
        "who": "bec.walsh@chdairy.com.au",
        "trap": "employment-hero-phone-screen-tasmania-utc",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Employment Hero//Recruitment//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:eh-interview-2f71c0b9a3@employmenthero.com
DTSTAMP:20250211T231502Z
DTSTART:20250217T230000Z
DTEND:20250217T233000Z
SUMMARY:Phone screen: Dairy Farm Manager – Smithton
DESCRIPTION:Hi Liam\,\n\nBec Walsh from Circular Head Dairy Co will call yo
 u for a 30 minute phone screen about the Dairy Farm Manager – Smithton rol
 e.\n\nTime: Tue 18 Feb\, 10:00am AEDT (12:00pm NZDT)\nPhone: +64 27 448 1
 902\n\nIf you need to change the time\, reply to this email.\n\nSent via
  Employment Hero Recruitment
LOCATION:Phone call
ORGANIZER;CN=Circular Head Dairy Co:mailto:notifications@employmenthero.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Bec Walsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bec.wal
 sh@chdairy.com.au
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-video",
        "uid": "PU-INT-559012-3@pageuppeople.com",
        "interview": 1,
        "company": "Gippsland Pastoral Co",
        "role": "Area Manager – Dairy Operations",
        "stage": "hiring_manager",
        "who": "d.mcgregor@gippslandpastoral.com.au;s.oneill@gippslandpastoral.com.au;"
        "p.karanja@gippslandpastoral.com.au",
        "trap": "pageup-video-panel-melbourne-zone",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//PageUp People//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Melbourne
BEGIN:STANDARD
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:PU-INT-559012-3@pageuppeople.com
DTSTAMP:20250306T052010Z
DTSTART;TZID=Australia/Melbourne:20250314T110000
DTEND;TZID=Australia/Melbourne:20250314T120000
SUMMARY:Interview – Area Manager – Dairy Operations (Job 559012)
DESCRIPTION:Dear Liam\,\n\nYou are invited to a panel interview (video) for
  the position of Area Manager – Dairy Operations\, Job No. 559012.\n\nPane
 l: Duncan McGregor (General Manager Dairy)\, Siobhan O'Neill (People Lead)
 \, Peter Karanja (Area Manager – Leongatha).\n\nMicrosoft Teams link will
  be sent by the panel chair. Please have photo ID ready.\n\nGippsland Past
 oral Co – Careers\nThis is a system generated message from PageUp.
LOCATION:Video interview (Microsoft Teams)
ORGANIZER;CN=Gippsland Pastoral Co Careers:mailto:careers@gippslandpastoral.
 com.au
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Duncan McGregor;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:d.mcgregor@
 gippslandpastoral.com.au
ATTENDEE;CN=Siobhan O'Neill;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s
 .oneill@gippslandpastoral.com.au
ATTENDEE;CN=Peter Karanja;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.k
 aranja@gippslandpastoral.com.au
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "video-interview",
        "uid": "wkbl-7d1e2c3a-8f90-4b51-a622-0e9d8c7b6a55@workable.com",
        "interview": 1,
        "company": "Waitaha Irrigated Farms",
        "role": "Farm Manager – Waitaha 2 (1,100 cows)",
        "stage": "hiring_manager",
        "who": "james@waitahafarms.co.nz",
        "trap": "workable-video-interview-canterbury-farm",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:wkbl-7d1e2c3a-8f90-4b51-a622-0e9d8c7b6a55@workable.com
DTSTAMP:20250220T021733Z
DTSTART:20250225T060000Z
DTEND:20250225T064500Z
SUMMARY:Video interview: Liam Te Huia for Farm Manager – Waitaha 2 (1\,100 c
 ows)
DESCRIPTION:Hi Liam\,\n\nYour video interview with James Cowie (Operations
  Manager) for Farm Manager – Waitaha 2 (1\,100 cows) at Waitaha Irrigated F
 arms is confirmed.\n\nJoin: https://meet.google.com/tyu-iopa-sdf\n\nPlea
 se make sure you are somewhere with good reception – we know what farm bro
 adband is like!\n\nWaitaha Irrigated Farms via Workable
LOCATION:Google Meet
ORGANIZER;CN=James Cowie:mailto:james@waitahafarms.co.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=James Cowie;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:james
 @waitahafarms.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "working-day",
        "uid": "2ab9cd8ef7gh6ij5kl4mn3op2q@google.com",
        "interview": 1,
        "company": "Waitaha Irrigated Farms",
        "role": "",
        "stage": "onsite",
        "who": "james@waitahafarms.co.nz",
        "trap": "paid-working-trial-day-starts-at-milking",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250309T161500Z
DTEND:20250310T040000Z
DTSTAMP:20250303T074512Z
ORGANIZER;CN=James Cowie:mailto:james@waitahafarms.co.nz
UID:2ab9cd8ef7gh6ij5kl4mn3op2q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=James
  Cowie;X-NUM-GUESTS=0:mailto:james@waitahafarms.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sione
  Latu;X-NUM-GUESTS=0:mailto:sione@waitahafarms.co.nz
DESCRIPTION:Liam – as discussed\, come and do a day with us on W2 before we
  make a call. Start with the morning milking at 5.15 (Sione is 2IC and wi
 ll be in the shed)\, then I want you to do the pasture walk and set the r
 ound\, look at the R2s and do the feed budget with me after lunch. We'll
  pay the day and your flights. Steel caps.\n\nJames
LOCATION:Waitaha 2 dairy shed\, 388 Lauriston Barrhill Road
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam – day on W2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "owner-chat",
        "uid": "6mno1pqr2stu3vwx4yza5bcd6e@google.com",
        "interview": 1,
        "company": "Whitelaw Farms",
        "role": "",
        "stage": "",
        "who": "bruce.whitelaw55@gmail.com",
        "trap": "farm-owner-on-gmail-chat-re-manager-job",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250131T070000Z
DTEND:20250131T080000Z
DTSTAMP:20250129T085104Z
ORGANIZER;CN=Bruce Whitelaw:mailto:bruce.whitelaw55@gmail.com
UID:6mno1pqr2stu3vwx4yza5bcd6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bruce
  Whitelaw;X-NUM-GUESTS=0:mailto:bruce.whitelaw55@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Liam\, thanks for your email and CV. Kath and I would like to ha
 ve a yarn about the manager's job on our place at Culverden. I'll ring yo
 u at 8. Bruce
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam Te Huia - phone chat re farm managers job
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-screen",
        "uid": "WD-RECRUIT-JR-20417-INTERVIEW-1@kauribank.myworkday.com",
        "interview": 1,
        "company": "Kauri Bank",
        "role": "Agribusiness Manager - Waikato",
        "stage": "recruiter_screen",
        "who": "sophie.tan@kauribank.co.nz",
        "trap": "workday-bank-agri-manager-screen-career-change",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-RECRUIT-JR-20417-INTERVIEW-1@kauribank.myworkday.com
DTSTAMP:20250108T215530Z
DTSTART:20250114T233000Z
DTEND:20250115T000000Z
SUMMARY:Interview: Agribusiness Manager - Waikato (JR-20417)
DESCRIPTION:Candidate: Liam Te Huia\nJob Requisition: JR-20417 Agribusines
 s Manager - Waikato\nInterview Type: Recruiter Screen\nInterviewer: Sophie
  Tan\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meet
 up-join/19%3ameeting_NjE1ZmQ0\nMeeting ID: 452 009 118 337\nPasscode: Zt4
 rB2\n\nTo reschedule please contact talent@kauribank.co.nz.
LOCATION:Microsoft Teams
ORGANIZER;CN=Kauri Bank Talent:mailto:kauribank@myworkday.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Sophie Tan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie
 .tan@kauribank.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-technical",
        "uid": "0qw9er8ty7ui6op5as4df3gh2j@google.com",
        "interview": 1,
        "company": "Kiwi Herd Genetics",
        "role": "Farm Solutions Manager – Central North Island",
        "stage": "technical",
        "who": "megan.hart@kiwiherd.co.nz;tom.reweti@kiwiherd.co.nz",
        "trap": "greenhouse-google-technical-herd-report-exercise",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250128T010000Z
DTEND:20250128T023000Z
DTSTAMP:20250122T034419Z
ORGANIZER;CN=Recruiting Coordinator – Kiwi Herd:mailto:recruiting@kiwiherd.
 co.nz
UID:0qw9er8ty7ui6op5as4df3gh2j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Hart;X-NUM-GUESTS=0:mailto:megan.hart@kiwiherd.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Re
 weti;X-NUM-GUESTS=0:mailto:tom.reweti@kiwiherd.co.nz
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=HAM-Wai
 pa Room (8);X-NUM-GUESTS=0:mailto:c_1889a4f2kiwiherd@resource.calendar.go
 ogle.com
DESCRIPTION:Kia ora Liam\,\n\nRound 2 for Farm Solutions Manager – Central
  North Island. We'll send you a de-identified herd test and mating report
  24 hours before – please come ready to walk Megan (Regional Lead) and To
 m (Senior Farm Solutions Manager) through what you'd tell that farmer. Th
 en 30 minutes of questions.\n\nInterview at our Hamilton office\, 14 Ruak
 ura Lane – sign in at reception.\n\nPowered by Greenhouse
LOCATION:HAM-Waipa Room (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam Te Huia – Round 2 (herd report exercise) – Farm Solutions Mana
 ger CNI
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-screen",
        "uid": "lever-interview-f3c29a10-6b7e-4d22-9e58-1a0c4b7d2e93",
        "interview": 1,
        "company": "Kaitiaki Dairy Co-operative",
        "role": "Area Manager – Milk Supply (Waikato South)",
        "stage": "recruiter_screen",
        "who": "nadia.patel@kaitiakidairy.co.nz",
        "trap": "lever-phone-screen-co-op-area-manager",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-f3c29a10-6b7e-4d22-9e58-1a0c4b7d2e93
DTSTAMP:20250303T220044Z
DTSTART:20250306T220000Z
DTEND:20250306T223000Z
SUMMARY:Liam Te Huia <> Kaitiaki Dairy – Phone Screen
DESCRIPTION:Hi Liam\,\n\nLooking forward to our chat about the Area Manager
  – Milk Supply (Waikato South) role. I'll call you on the number on your
  application.\n\nNadia Patel\nTalent Partner\, Kaitiaki Dairy Co-operative
 \n\nScheduled with Lever
ORGANIZER;CN=Nadia Patel:mailto:nadia.patel@kaitiakidairy.co.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Nadia Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadia
 .patel@kaitiakidairy.co.nz
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-interview",
        "uid": "lever-interview-8d04b1e7-22ac-4f6e-b3d9-7c5e01a9f2b6",
        "interview": 1,
        "company": "Kaitiaki Dairy Co-operative",
        "role": "Area Manager – Milk Supply (Waikato South)",
        "stage": "onsite",
        "who": "grant.mclean@kaitiakidairy.co.nz;hine.poutama@kaitiakidairy.co.nz",
        "trap": "lever-in-person-panel-with-coordinator-organiser",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
UID:lever-interview-8d04b1e7-22ac-4f6e-b3d9-7c5e01a9f2b6
DTSTAMP:20250312T012210Z
DTSTART;TZID=Pacific/Auckland:20250318T100000
DTEND;TZID=Pacific/Auckland:20250318T113000
SUMMARY:Onsite Interview – Liam Te Huia – Area Manager – Milk Supply
DESCRIPTION:Kia ora Liam\,\n\nYour panel interview:\n\n10:00–11:30 with Gra
 nt McLean (Regional Manager\, Waikato) and Hine Poutama (Area Manager\, Ōt
 orohanga)\n\nKaitiaki Dairy\, Level 2\, 77 Anglesea Street\, Hamilton. Pa
 rk in the visitor carpark off Bryce St.\n\nWe'll cover a farm visit scena
 rio (a supplier with a grade on milk quality) – no need to prepare anythin
 g.\n\nAny questions\, flick me an email.\nNadia\n\nScheduled with Lever
ORGANIZER;CN=Nadia Patel:mailto:nadia.patel@kaitiakidairy.co.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Grant McLean;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gran
 t.mclean@kaitiakidairy.co.nz
ATTENDEE;CN=Hine Poutama;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hine
 .poutama@kaitiakidairy.co.nz
LOCATION:Kaitiaki Dairy\, 77 Anglesea Street\, Hamilton
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
