# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part c: Daniel's own interviews (agencies, headhunters, founders, smaller ATSs)."""

EVENTS = [
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000E4C1B2A3D07BDB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        "label": (1, "Zentra Dental", "Head of Procurement APAC", "recruiter_screen",
                  "jonathansim@michaelpage.com.sg", "agency-consultant-screen-names-client"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Jonathan Sim":mailto:jonathansim@michaelpage.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nThanks for sending through your CV. As mentioned on LinkedIn\, I'm handling the Head of Procurement APAC search for Zentra Dental (Swiss dental implants & consumables\, regional HQ at Mapletree Business City). Keen to run through your background\, motivations and package before I present you to the client.\n\nI'll call you on your mobile.\n\nBest regards\,\nJonathan Sim\nSenior Manager\, Procurement & Supply Chain\nMichael Page Singapore | EA Licence No: 98C4650
UID:040000008200E00074C5B7101A82E00800000000E4C1B2A3D07BDB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-SG:Daniel Tan / Jonathan Sim (Michael Page) - Zentra Dental HoP APAC
DTSTART;TZID=Singapore Standard Time:20250114T123000
DTEND;TZID=Singapore Standard Time:20250114T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250110T054416Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Phone - Jonathan to call
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000F27A91C3E27DDB01000000000000000010000000CD34EF56AB78CD90EF12AB34CD56EF78",
        "label": (1, "Zentra Dental", "Head of Procurement APAC", "hiring_manager",
                  "Ingrid Holm;Lawrence Yeo", "agency-arranged-client-interview-names-only"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Jonathan Sim":mailto:jonathansim@michaelpage.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nConfirming your first meeting with Zentra Dental:\n\nWho: Ingrid Holm (General Manager APAC) and Lawrence Yeo (Finance Director APAC)\nWhere: Zentra Dental\, 20 Pasir Panjang Road\, Mapletree Business City #09-21 - ask for Ingrid at reception\nFormat: 60 mins\, fairly conversational - Ingrid will focus on the distributor-to-direct transition in Indonesia and Vietnam.\n\nGive me a buzz straight after for a debrief!\n\nCheers\,\nJonathan\nMichael Page Singapore
UID:040000008200E00074C5B7101A82E00800000000F27A91C3E27DDB01000000000000000010000000CD34EF56AB78CD90EF12AB34CD56EF78
SUMMARY;LANGUAGE=en-SG:Zentra Dental - 1st interview (Daniel Tan)
DTSTART;TZID=Singapore Standard Time:20250122T100000
DTEND;TZID=Singapore Standard Time:20250122T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T081203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Mapletree Business City #09-21
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000C9A0E6F4D188DB01000000000000000010000000EF56AB78CD90EF12AB34CD56EF78AB90",
        "label": (1, "Vantage Medical Devices", "Supply Chain Director, Asia Pacific", "recruiter_screen",
                  "h.weston@carricksearch.com", "headhunter-confidential-search-client-only-in-body"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Helen Weston":mailto:h.weston@carricksearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Daniel Tan":mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-GB:Dear Daniel\,\n\nThank you for agreeing to speak. As discussed\, our client is Vantage Medical Devices\, who are building out a Supply Chain Director\, Asia Pacific role covering planning\, procurement and distribution from Singapore. The search is confidential - please do not approach the company directly.\n\nI'd like an hour to go through your career in some depth\, and I will then share a short-list with their Chief Supply Chain Officer.\n\nKind regards\,\nHelen Weston\nPartner\, Carrick Search Partners\nOne George Street\, #10-01\, Singapore
UID:040000008200E00074C5B7101A82E00800000000C9A0E6F4D188DB01000000000000000010000000EF56AB78CD90EF12AB34CD56EF78AB90
SUMMARY;LANGUAGE=en-GB:Daniel Tan / Helen Weston - confidential search
DTSTART;TZID=Singapore Standard Time:20250307T080000
DTEND;TZID=Singapore Standard Time:20250307T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T110855Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Carrick Search Partners\, One George Street #10-01 (coffee provided)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "a41c7e2f-9b03-4d88-b1e5-6f2d0c8a7b39@calendly.com",
        "fold": False,
        "label": (1, "Asterion Pharma", "Head of Procurement", "recruiter_screen",
                  "priya.nair@kerryconsulting.com", "calendly-agency-booking-client-in-event-name"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a41c7e2f-9b03-4d88-b1e5-6f2d0c8a7b39@calendly.com
DTSTAMP:20250226T014000Z
DTSTART:20250227T063000Z
DTEND:20250227T070000Z
SUMMARY:Priya Nair and Daniel Tan
DESCRIPTION:Event Name: Head of Procurement - Asterion Pharma (30 min)\n\nLocation: This is a phone call. Priya Nair will call the invitee at +65 9123 4471\n\nPlease share anything that will help prepare for our meeting.: Current package + notice period (2 months)\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/a41c7e2f-9b03-4d88\nReschedule: https://calendly.com/reschedulings/a41c7e2f-9b03-4d88\n\nPowered by Calendly.com
LOCATION:+65 9123 4471
ORGANIZER;CN=Priya Nair:mailto:priya.nair@kerryconsulting.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "3fm0a7ql2v9d1k8c5s4n6h0rtj@google.com",
        "label": (1, "Nusa Supply Tech", "Head of Ops & Procurement", "",
                  "ryanwee88@gmail.com;sharon@nusasupply.tech", "founder-on-gmail-chat-that-is-an-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250201T020000Z
DTEND:20250201T033000Z
DTSTAMP:20250129T152233Z
ORGANIZER;CN=Ryan Wee:mailto:ryanwee88@gmail.com
UID:3fm0a7ql2v9d1k8c5s4n6h0rtj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ryan Wee;X-NUM-GUESTS=0:mailto:ryanwee88@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sharon@nusasupply.tech;X-NUM-GUESTS=0:mailto:sharon@nusasupply.tech
DESCRIPTION:Hey Daniel\, great to connect via Aaron! As promised - let's do this at our office on Sat morning\, hope that's ok (weekday calendar is crazy). I'll walk you thru what we're building (procurement platform for clinics in SG/MY/ID) and the Head of Ops & Procurement role\, then my cofounder Sharon joins for the last 30 min.\n\nWeWork 71 Robinson Rd\, L14. Kopi on us :)\n\nRyan
LOCATION:WeWork 71 Robinson Road\, Singapore 068895
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Daniel x Ryan - Nusa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor",
        "uid": "teamtailor-meeting-2c8e41a7f05b@teamtailor.com",
        "label": (1, "Nordfjord Medical", "Head of Procurement APAC", "recruiter_screen",
                  "ingrid.solberg@nordfjordmedical.com", "teamtailor-utc-first-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-2c8e41a7f05b@teamtailor.com
DTSTAMP:20250127T093311Z
DTSTART:20250130T080000Z
DTEND:20250130T083000Z
SUMMARY:Interview: Head of Procurement APAC - Nordfjord Medical
DESCRIPTION:Hi Daniel!\n\nYou have booked a first interview for the position Head of Procurement APAC at Nordfjord Medical.\n\nWith: Ingrid Solberg\, People Partner\nWhere: Microsoft Teams (link below)\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9yZGZq@thread.v2/0\n\nNeed to change the time? Use the link in your confirmation email.\n\nBest regards\,\nNordfjord Medical\n\nSent with Teamtailor
LOCATION:Microsoft Teams
ORGANIZER;CN=Nordfjord Medical:mailto:noreply@teamtailor-mail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ingrid Solberg:mailto:ingrid.solberg@nordfjordmedical.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable",
        "uid": "workable-evt-5d3a8b1c92e7@workablemail.com",
        "label": (1, "Cambria Health Tech", "Procurement Director", "technical",
                  "leon.marsh@cambriahealth.io", "workable-case-interview-spend-cube"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Events//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:workable-evt-5d3a8b1c92e7@workablemail.com
DTSTAMP:20250303T080012Z
DTSTART;TZID=Asia/Singapore:20250306T140000
DTEND;TZID=Asia/Singapore:20250306T153000
SUMMARY:Case interview: Procurement Director - Daniel Tan
DESCRIPTION:Hi Daniel\,\n\nThank you for the great first conversation! For this round Leon Marsh (CFO) will walk you through an anonymised spend cube (~USD 42m\, 1\,100 suppliers). You'll have 30 mins to analyse it live and then discuss where you'd start. Excel or Google Sheets - your choice.\n\nGoogle Meet: https://meet.google.com/wza-nbxq-tpe\n\nCambria Health Tech Hiring Team\n\n-- Sent via Workable
LOCATION:Google Meet
ORGANIZER;CN=Cambria Health Tech:mailto:cambria-health-tech@workablemail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Leon Marsh:mailto:leon.marsh@cambriahealth.io
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "uid": "SR-INT-74411c90-e2b5-4f1f-9a3c-80de7b6a1c52",
        "label": (1, "Ostara Life Sciences", "Regional Head of Procurement", "hiring_manager",
                  "catherine.yeo@ostarals.com", "smartrecruiters-hiring-manager-onsite-office"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:SR-INT-74411c90-e2b5-4f1f-9a3c-80de7b6a1c52
DTSTAMP:20250303T031512Z
DTSTART;TZID=Asia/Singapore:20250311T110000
DTEND;TZID=Asia/Singapore:20250311T120000
SUMMARY:Interview with Ostara Life Sciences - Regional Head of Procurement
DESCRIPTION:Dear Daniel\,\n\nYou are invited to an interview for Regional Head of Procurement.\n\nInterviewer: Catherine Yeo\, VP Operations Asia\nLocation: Ostara Life Sciences\, 8 Biomedical Grove\, Neuros #05-01\, Singapore 138665\n\nPlease confirm your attendance via the link in your email.\n\nOstara Life Sciences Talent Team\nPowered by SmartRecruiters
LOCATION:8 Biomedical Grove\, Neuros #05-01
ORGANIZER;CN=Ostara Life Sciences:mailto:noreply@smartrecruiters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Catherine Yeo:mailto:catherine.yeo@ostarals.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000D51E0B7AF68ADB0100000000000000001000000090AB12CD34EF56AB78CD90EF12AB34CD",
        "label": (1, "Ostara Life Sciences", "", "final",
                  "adrian.koh@ostarals.com", "coffee-with-ceo-as-last-step"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Koh, Adrian";SENT-BY="mailto:michelle.tay@ostarals.com":mailto:adrian.koh@ostarals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nAdrian would like to meet you for a coffee as the final step for the Regional Head of Procurement position before Catherine and HR finalise things. It will be informal - about 45 minutes.\n\nAdrian has suggested Common Man Coffee Roasters at Martin Road.\n\nRegards\,\nMichelle Tay\nEA to CEO\, Ostara Life Sciences
UID:040000008200E00074C5B7101A82E00800000000D51E0B7AF68ADB0100000000000000001000000090AB12CD34EF56AB78CD90EF12AB34CD
SUMMARY;LANGUAGE=en-SG:Coffee - Adrian Koh / Daniel Tan
DTSTART;TZID=Singapore Standard Time:20250321T080000
DTEND;TZID=Singapore Standard Time:20250321T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T020944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Common Man Coffee Roasters\, 22 Martin Road
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleo",
        "uid": "TALEO-SCHED-ACH-2500118-INT-01",
        "label": (1, "Ashford & Cole Healthcare", "Head of Category Management, Asia", "recruiter_screen",
                  "melissa.cruz@ashfordcole.com", "taleo-telephone-interview-requisition"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:TALEO-SCHED-ACH-2500118-INT-01
DTSTAMP:20250116T005611Z
DTSTART;TZID=Asia/Singapore:20250120T090000
DTEND;TZID=Asia/Singapore:20250120T093000
SUMMARY:Telephone Interview - Head of Category Management\, Asia (2500118)
DESCRIPTION:Dear Daniel Tan\,\n\nThis confirms your Telephone Interview for the position of Head of Category Management\, Asia (Requisition 2500118).\n\nInterviewer: Melissa Cruz\, Talent Acquisition Lead - Asia\nThe interviewer will call you at: +65 91234471\n\nAshford & Cole Healthcare is an Equal Opportunity Employer.\n\nThis is an automated message from the Taleo Scheduling Center. Please do not reply.
LOCATION:Telephone
ORGANIZER;CN=Ashford & Cole Careers:mailto:do-not-reply@taleo.net
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Melissa Cruz:mailto:melissa.cruz@ashfordcole.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "android",
        "uid": "8c51b2e0a9f14d37@android-calendar",
        "lf": True,
        "label": (1, "Belmont Pharma", "Procurement Director", "recruiter_screen",
                  "", "user-typed-all-day-one-way-video-deadline"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:8c51b2e0a9f14d37@android-calendar
DTSTAMP:20250208T134509Z
DTSTART;VALUE=DATE:20250212
DTEND;VALUE=DATE:20250213
SUMMARY:Belmont HireVue - due 11.59pm!!
DESCRIPTION:Procurement Director role. link in yahoo mail frm belmont TA. 5 qns\, 3 min each\, 1 practice qn. wear collared shirt\, do in study room after kids sleep
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000AFE3C1D9B689DB01000000000000000010000000AB90CD12EF34AB56CD78EF90AB12CD34",
        "label": (1, "Sakura Medical Asia", "Director, Procurement Asia Pacific", "onsite",
                  "kenji.watanabe@sakuramed.co.jp;aileen.goh@sakuramedical.com.sg",
                  "outlook-all-day-assessment-centre"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Goh, Aileen":mailto:aileen.goh@sakuramedical.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Kenji":mailto:kenji.watanabe@sakuramed.co.jp
DESCRIPTION;LANGUAGE=en-SG:Dear Daniel\,\n\nWe are pleased to invite you to our Assessment Day for the Director\, Procurement Asia Pacific role.\n\n08:45  Registration\, Level 18 Pantry\n09:00  Online psychometric (SHL Verify + OPQ)\n10:30  Group exercise with two other shortlisted candidates\n12:00  Lunch with the team\n13:30  Case presentation (material handed out at 09:00)\n15:00  Final panel - Mr Kenji Watanabe (Managing Director\, Sakura Medical Asia) and Aileen Goh (HR Director)\n16:00  End\n\nVenue: Sakura Medical Asia Pte Ltd\, 79 Anson Road\, Level 18.\n\nBest regards\,\nAileen Goh
UID:040000008200E00074C5B7101A82E00800000000AFE3C1D9B689DB01000000000000000010000000AB90CD12EF34AB56CD78EF90AB12CD34
SUMMARY;LANGUAGE=en-SG:Assessment Day - Director\, Procurement Asia Pacific (Daniel Tan)
DTSTART;VALUE=DATE:20250320
DTEND;VALUE=DATE:20250321
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T070022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:79 Anson Road\, Level 18
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "6b2rj8h4q0v1c7a5s9m3k2n8fd@google.com",
        "label": (1, "Thornbury Healthcare", "Category Director, Medical Consumables", "technical",
                  "nick.hartley@thornburyhealth.com;siew.ling.chan@thornburyhealth.com",
                  "google-case-presentation-round"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
DTSTART;TZID=Asia/Singapore:20250225T160000
DTEND;TZID=Asia/Singapore:20250225T170000
DTSTAMP:20250219T101244Z
ORGANIZER;CN=Siew Ling Chan:mailto:siew.ling.chan@thornburyhealth.com
UID:6b2rj8h4q0v1c7a5s9m3k2n8fd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nick Hartley;X-NUM-GUESTS=0:mailto:nick.hartley@thornburyhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Siew Ling Chan;X-NUM-GUESTS=0:mailto:siew.ling.chan@thornburyhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Stage 2 - Category Director\, Medical Consumables\n\nDaniel\, please present your 3-year category strategy for gloves & drapes (brief attached to the email) - 25 mins\, then 35 mins discussion with Nick (CPO) and me.\n\nSiew Ling\nTalent Partner\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/hpd-rwyq-mno\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Daniel Tan - case presentation (Thornbury)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "20250212T093012Z-41977-daniel@mbp",
        "lf": True,
        "fold": False,
        "label": (1, "Fortis Lab Supplies", "", "",
                  "Jason Ho", "user-typed-floating-abbreviated-intvw"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:20250212T093012Z-41977-daniel@mbp
DTSTAMP:20250212T093012Z
DTSTART:20250214T140000
DTEND:20250214T144500
SUMMARY:intvw w Jason Ho - Fortis (HK) - teams
DESCRIPTION:link in email. he is MD. they want someone to set up SG hub for lab consumables. ask re: budget + team size
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
