"""holdout239 events, part H: CVFR's own hiring (Ryan on the hiring side) and other look-alikes."""

EVENTS = [
    (
        "applicant-followup",
        "6v0y4c8g2k6n@google.com",
        0, "", "", "", "",
        "user-as-interviewer-applicant-on-gmail-invites-rater",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260224T170000
DTEND;TZID=America/Los_Angeles:20260224T173000
DTSTAMP:20260221T181500Z
ORGANIZER;CN=Danny Hwang:mailto:dannyhwang.emt@gmail.com
UID:6v0y4c8g2k6n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Danny Hwang;X-NUM-GUESTS=0:mailto:dannyhwang.emt@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rkowalczyk@cedarvalleyfire.org;X-NUM-GUESTS=0:mailto:rkowalczyk@ce
 darvalleyfire.org
DESCRIPTION:Hi FF Kowalczyk\\, thanks again for the board on Saturday. Capt.
  Brandt said you would be the one scheduling my observation shift\\, so I p
 ut a time here - happy to move it. Also want to ask what I should bring.
 \\n\\nDanny Hwang (reserve applicant #7)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Danny Hwang - reserve observation shift scheduling
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "agency-candidate",
        "evps-sub-20260311-4471@evergreenpss.com",
        0, "", "", "", "",
        "user-as-interviewer-staffing-agency-presents-candidate",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:evps-sub-20260311-4471@evergreenpss.com
DTSTAMP:20260311T201500Z
DTSTART;TZID=Pacific Standard Time:20260317T100000
DTEND;TZID=Pacific Standard Time:20260317T104500
SUMMARY:Candidate Submittal: Dana Whitley - Community Paramedic (temp-to-hir
 e) - CVFR panel
LOCATION:Teams
ORGANIZER;CN="Greer, Holly":mailto:hgreer@evergreenpss.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nguyen, Phuong":mailto:pnguyen@
 cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Dana Whitley:mailto:dwhitley.pm@
 outlook.com
DESCRIPTION:Phuong\\, Ryan -\\n\\nAs discussed\\, attached is Dana Whitley's re
 sume for your Community Paramedic opening (8 yrs 911 paramedic\\, CP certif
 ied through Bellevue's program). I've set up a 45 minute video interview w
 ith your panel for Tuesday. Her rate and the conversion fee are in the att
 ached submittal sheet.\\n\\nHolly Greer\\nAccount Manager\\, Evergreen Public S
 afety Staffing
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "skills-evaluator",
        "cvfr-reserve-emt-skills-eval-2026@cedarvalleyfire.org",
        0, "", "", "", "",
        "user-as-interviewer-emt-skills-station-evaluator",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-reserve-emt-skills-eval-2026@cedarvalleyfire.org
DTSTAMP:20260130T203000Z
DTSTART;TZID=Pacific Standard Time:20260207T130000
DTEND;TZID=Pacific Standard Time:20260207T170000
SUMMARY:Reserve applicants - EMT skills stations (evaluator)
LOCATION:Station 44 apparatus bay
ORGANIZER;CN="Nguyen, Phuong (EMS Officer)":mailto:pnguyen@cedarvalleyfire.o
 rg
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Diaz, Marco":mailto:mdiaz@cedar
 valleyfire.org
DESCRIPTION:Ryan - you have station 2 (patient assessment/trauma). Marco ha
 s BVM and spinal. Use the NREMT-style sheets\\; critical fails end the stat
 ion. 14 applicants\\, about 12 minutes each. Turn in the sheets to me\\, not
  HR.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "lateral-rater",
        "040000008200E00074C5B7101A82E00800000000A1B3C5D7E9F1DC01000000000000000"
        "0100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D",
        0, "", "", "", "",
        "user-as-interviewer-cvfr-lateral-board-recurring-override",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Sara":mailto:slindqvist@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk
 , Ryan":mailto:rkowalczyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ostrowski
 , Paul":mailto:postrowski@cedarvalleyfire.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CVFR Admin - Bo
 ard Room":mailto:boardroom@cedarvalleyfire.org
DESCRIPTION;LANGUAGE=en-US:CVFR Lateral FF/Paramedic - oral boards\\, 2 days
 . Raters: BC Ostrowski\\, FF/PM Kowalczyk (medic seat)\\, HR. Score sheets
  in the binder. 5 laterals per day.\\n
UID:040000008200E00074C5B7101A82E00800000000A1B3C5D7E9F1DC01000000000000000
 0100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=en-US:Lateral FF/PM boards - raters
DTSTART;TZID=Pacific Standard Time:20260506T080000
DTEND;TZID=Pacific Standard Time:20260506T123000
RRULE:FREQ=DAILY;COUNT=2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T161000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CVFR Admin - Board Room
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Sara":mailto:slindqvist@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk
 , Ryan":mailto:rkowalczyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ostrowski
 , Paul":mailto:postrowski@cedarvalleyfire.org
DESCRIPTION;LANGUAGE=en-US:Day 2 starts at 1300 - board room is booked in t
 he morning. Same raters.\\n
UID:040000008200E00074C5B7101A82E00800000000A1B3C5D7E9F1DC01000000000000000
 0100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
RECURRENCE-ID;TZID=Pacific Standard Time:20260507T080000
SUMMARY;LANGUAGE=en-US:Lateral FF/PM boards - raters (PM)
DTSTART;TZID=Pacific Standard Time:20260507T130000
DTEND;TZID=Pacific Standard Time:20260507T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Sta 41 training room
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "lateral-debrief",
        "B1D3F5A7-C9E0-4B2D-8F46-A8C0E2B4D6F1",
        0, "", "", "", "",
        "user-as-interviewer-debrief-with-bc-on-laterals",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:B1D3F5A7-C9E0-4B2D-8F46-A8C0E2B4D6F1
DTSTAMP:20260507T195000Z
DTSTART;TZID=America/Los_Angeles:20260508T083000
DTEND;TZID=America/Los_Angeles:20260508T091500
SUMMARY:debrief laterals w/ BC O.
LOCATION:BC4 office
DESCRIPTION:top 3 for chief's: Ramirez\\, Osei\\, Dunleavy. Dunleavy's 12-le
 ad answer was the best I've heard. flag Kessler - no-call/no-show history?
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "shadow-chief",
        "cvfr-chief-int-lat-shadow-0512@cedarvalleyfire.org",
        0, "", "", "", "",
        "user-as-interviewer-shadowing-chiefs-interviews",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-chief-int-lat-shadow-0512@cedarvalleyfire.org
DTSTAMP:20260508T210000Z
DTSTART;TZID=Pacific Standard Time:20260512T090000
DTEND;TZID=Pacific Standard Time:20260512T120000
SUMMARY:Chief's Interviews - Lateral FF/PM (3) - observer
LOCATION:Fire Chief's Office
ORGANIZER;CN="Whitaker, Gordon (Fire Chief)";SENT-BY="mailto:kyamada@cedarv
 alleyfire.org":mailto:gwhitaker@cedarvalleyfire.org
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
DESCRIPTION:Chief asked that the medic rater from the boards sit in on the
  three chief's interviews as an observer (no scoring). 0900 Ramirez\\, 1000
  Osei\\, 1100 Dunleavy. Uniform of the day.\\n\\nKeiko for Chief Whitaker
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "station-visit-booking",
        "bk-cvfr-stavisit-2c8e4a6f@cedarvalleyfire.onmicrosoft.com",
        0, "", "", "", "",
        "user-as-interviewer-bookings-host-applicant-station-visit",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:bk-cvfr-stavisit-2c8e4a6f@cedarvalleyfire.onmicrosoft.com
DTSTAMP:20260422T030000Z
DTSTART;TZID=Pacific Standard Time:20260425T100000
DTEND;TZID=Pacific Standard Time:20260425T110000
SUMMARY:Lateral Applicant Station Visit - Ana Ramirez
ORGANIZER;CN=CVFR Recruitment Bookings:mailto:Recruitment@cedarvalleyfire.on
 microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:rkowalczyk@
 cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ana Ramirez:mailto:ana.ramirez.f
 f@yahoo.com
LOCATION:Station 41
DESCRIPTION:Service: Lateral applicant station visit (60 min)\\nStaff: Ryan K
 owalczyk\\nCustomer: Ana Ramirez\\nCustomer notes: Lateral FF/PM applicant f
 rom Kittitas Valley Fire. Would like to see the medic unit and meet the cr
 ew before boards.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "union-meeting",
        "iaff-l4411-gm-2026-04@google.com",
        0, "", "", "", "",
        "union-general-membership-meeting",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260415T190000
DTEND;TZID=America/Los_Angeles:20260415T203000
DTSTAMP:20260401T000000Z
UID:iaff-l4411-gm-2026-04@google.com
DESCRIPTION:Local 4411 general membership. Agenda: contract ratification vo
 te timeline\\, Kelly day rotation change\\, PPE cancer screening funds.
LOCATION:Union hall\\, Covington
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IAFF Local 4411 - General Membership Mtg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "nremt-exam",
        "pearsonvue-nremt-398221774@pearson.com",
        0, "", "", "", "",
        "nremt-paramedic-certification-exam-not-job",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pearsonvue-nremt-398221774@pearson.com
DTSTAMP:20251201T180000Z
DTSTART:20251216T160000Z
DTEND:20251216T183000Z
SUMMARY:NREMT Paramedic Cognitive Exam - Pearson VUE
LOCATION:Pearson Professional Centers-Lynnwood WA
DESCRIPTION:Registration ID: 398221774\\nExam: National Registry Paramedic
  Cognitive (CAT)\\nArrive 30 minutes early. Two forms of ID with matching s
 ignatures. Lockers provided.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "polygraph",
        "E9B1D3F5-A7C0-4E2B-8D46-F8A0C2E4B6D9",
        0, "", "", "", "",
        "pre-employment-polygraph-check",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:E9B1D3F5-A7C0-4E2B-8D46-F8A0C2E4B6D9
DTSTAMP:20260415T021000Z
DTSTART;TZID=America/Los_Angeles:20260430T090000
DTEND;TZID=America/Los_Angeles:20260430T120000
SUMMARY:Polygraph - Seattle (pre-employment)
LOCATION:SPD Polygraph Unit\\, 610 5th Ave
DESCRIPTION:SFD backgrounds. sleep\\, eat\\, no energy drinks. bring PHQ cop
 y. ~3 hrs
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "bank",
        "becu-appt-77120045@becu.org",
        0, "", "", "", "",
        "personal-bank-mortgage-appointment",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BECU//Appointment Scheduler//EN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:becu-appt-77120045@becu.org
DTSTAMP:20260320T170000Z
DTSTART;TZID=America/Los_Angeles:20260327T160000
DTEND;TZID=America/Los_Angeles:20260327T170000
SUMMARY:BECU Appointment: Home Loan Consultation
ORGANIZER;CN=BECU:mailto:appointments@becu.org
ATTENDEE;CN=Ryan Kowalczyk;RSVP=FALSE:mailto:ryan.kowalczyk.fire@gmail.com
LOCATION:BECU Kent Financial Center
DESCRIPTION:Your appointment with a BECU Mortgage Loan Officer is confirmed
 . Topic: pre-approval / relocation. Please bring two recent pay stubs\\, tw
 o years of W-2s and photo ID.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "member-survey",
        "qx-intvw-20260302-ck77@iaff-research.org",
        0, "", "", "", "",
        "survey-phone-interview-union-research",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:qx-intvw-20260302-ck77@iaff-research.org
DTSTAMP:20260225T180000Z
DTSTART:20260302T230000Z
DTEND:20260302T232000Z
SUMMARY:IAFF Member Survey - Phone Interview
ORGANIZER;CN=IAFF Research Dept:mailto:survey@iaff-research.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:rkowalczyk
 @cedarvalleyfire.org
DESCRIPTION:Thank you for volunteering for a follow-up phone interview for
  the 2026 Member Health & Staffing Survey. A trained interviewer will call
  you at the scheduled time. About 20 minutes\\; your answers are confidenti
 al and reported only in aggregate.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
]
