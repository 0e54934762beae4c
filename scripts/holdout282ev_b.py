# ruff: noqa: E501, W291, W293, RUF100
"""holdout282 events, part B: the user's own interviews (electronic monitoring, escorts, charities, university,
agencies, airport)."""

from holdout282ev_zones import GMT_STD, GOOGLE_FOOTER, LONDON, fold, teams

EVENTS = [
    dict(
        kind="greenhouse-google-invite",
        uid="6hq2c9d0e1r3o8k4l7m5n2p1s0@google.com",
        is_interview=1,
        company="Tagwell Monitoring",
        role="Regional Field Operations Manager",
        stage="recruiter_screen",
        interviewers="hannah.crisp@tagwell.example.com",
        trap="greenhouse-talent-partner-screen-electronic-monitoring",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260902T140000Z
DTEND:20260902T143000Z
DTSTAMP:20260828T101822Z
ORGANIZER;CN=Hannah Crisp:mailto:hannah.crisp@tagwell.example.com
UID:6hq2c9d0e1r3o8k4l7m5n2p1s0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Crisp;X-NUM-GUESTS=0:mailto:hannah.crisp@tagwell.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260828T101820Z
DESCRIPTION:Hi Joanne\,\n\nLooking forward to our call about the Regional Field Operations Manager (North West) role at Tagwell Monitoring. This is a 30 minute introductory call with me\, your Talent Partner: background\, motivation\, working pattern (the role covers out-of-hours escalation for curfew and GPS tag breaches) and salary.\n\nI'll call you on the number on your application.\n\nHannah Crisp | Talent Partner | Tagwell Monitoring\n\nScheduled with Greenhouse\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260828T101822Z
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Joanne Okonkwo-Hughes <> Tagwell Monitoring - Intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-85530217746-20260917T100000Z@zoom.us",
        is_interview=1,
        company="Tagwell Monitoring",
        role="Regional Field Operations Manager",
        stage="hiring_manager",
        interviewers="marcus.bell@tagwell.example.com",
        trap="zoom-boilerplate-hiring-manager-angle-bracket-title",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTAMP:20260909T130533Z
DTSTART;TZID=Europe/London:20260917T110000
DTEND;TZID=Europe/London:20260917T120000
SUMMARY:Tagwell | Joanne Okonkwo-Hughes <> Marcus Bell (Head of Field Ops North)
UID:zoom-85530217746-20260917T100000Z@zoom.us
TZID:Europe/London
DESCRIPTION:Marcus Bell is inviting you to a scheduled Zoom meeting.\n\nInterview for Regional Field Operations Manager - hiring manager stage. Marcus will talk you through the field officer teams\, the monitoring centre hand-offs and the HMPPS contract KPIs.\n\nJoin Zoom Meeting\nhttps://tagwell.zoom.us/j/85530217746?pwd=cV9kQ2xNbk5YZ3lHUnV0b2s4Zz09\n\nMeeting ID: 855 3021 7746\nPasscode: 731904\n\n---\n\nOne tap mobile\n+442034815240\,\,85530217746#\,\,\,\,*731904# United Kingdom\n\nFind your local number: https://tagwell.zoom.us/u/kc4Xr2Lq0
LOCATION:https://tagwell.zoom.us/j/85530217746?pwd=cV9kQ2xNbk5YZ3lHUnV0b2s4Zz09
ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@tagwell.example.com
ATTENDEE;CN=joanne.okonkwohughes@outlook.com;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="greenhouse-onsite-resource",
        uid="0bq7w4e2r9t1y6u3i8o5p0a2s7@google.com",
        is_interview=1,
        company="Tagwell Monitoring",
        role="Regional Field Operations Manager",
        stage="final",
        interviewers="anita.dhillon@tagwell.example.com;marcus.bell@tagwell.example.com",
        trap="final-panel-google-resource-room-case-study",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261013T090000Z
DTEND:20261013T113000Z
DTSTAMP:20260929T084011Z
ORGANIZER;CN=Hannah Crisp:mailto:hannah.crisp@tagwell.example.com
UID:0bq7w4e2r9t1y6u3i8o5p0a2s7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anita Dhillon;X-NUM-GUESTS=0:mailto:anita.dhillon@tagwell.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:marcus.bell@tagwell.example.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tagwell-Warrington-1-Boardroom (12);X-NUM-GUESTS=0:mailto:c_1888a7f0d3e2b4@resource.calendar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Crisp;X-NUM-GUESTS=0:mailto:hannah.crisp@tagwell.example.com
CREATED:20260929T084010Z
DESCRIPTION:Final stage - Regional Field Operations Manager\n\n10:00 Case study presentation (20 mins): a week of missed visits and 'strap tamper' alerts in one region - what do you do?\n10:30 Panel interview with Anita Dhillon (COO) and Marcus Bell (Head of Field Ops North)\n11:15 Coffee with two field officers (not assessed)\n\nAddress: Tagwell House\, Unit 4 Gorsey Lane Business Park\, Warrington WA5 9QP. Ask for Hannah at reception.\n\nScheduled with Greenhouse\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260929T084011Z
LOCATION:Tagwell-Warrington-1-Boardroom (12)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final Interview: Joanne Okonkwo-Hughes - Regional Field Operations Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-5b2e8f1c-0a9d-4e3b-8c7f-6d1e2a3b4c5d@hire.lever.example.co",
        is_interview=1,
        company="Sentinel Escort Services",
        role="Contract Operations Manager",
        stage="hiring_manager",
        interviewers="ryan.cope@sentinelescort.example.co.uk",
        trap="lever-video-interview-prisoner-escort-vocabulary",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:lever-interview-5b2e8f1c-0a9d-4e3b-8c7f-6d1e2a3b4c5d@hire.lever.example.co
DTSTAMP:20260918T100241Z
DTSTART;TZID=Europe/London:20260925T093000
DTEND;TZID=Europe/London:20260925T103000
SUMMARY:Interview: Joanne Okonkwo-Hughes for Contract Operations Manager (PECS North)
ORGANIZER;CN=Sentinel Escort Services Talent:mailto:talent@sentinelescort.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CN=Ryan Cope;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ryan.cope@sentinelescort.example.co.uk
DESCRIPTION:Hi Joanne\,\n\nYour interview with Ryan Cope (Operations Director\, Prisoner Escort and Custody Services North) is confirmed.\n\nFormat: 60 minute video interview. Ryan will focus on managing crew rosters\, court production targets\, cellular vehicle incidents and the relationship with the prison reception teams.\n\nJoin with Google Meet: https://meet.google.com/vqx-hbke-rtn\nOr dial: (GB) +44 20 7946 0521 PIN: 418 227 903#\n\nNeed to reschedule? Reply to this email and our team will help.\n\nSentinel Escort Services Talent Team\nSent via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="lever-onsite-panel",
        uid="lever-interview-9e4c1a7b-3f2d-4b8e-a6c0-7d5e9f1a2b3c@hire.lever.example.co",
        is_interview=1,
        company="Sentinel Escort Services",
        role="Contract Operations Manager",
        stage="onsite",
        interviewers="ryan.cope@sentinelescort.example.co.uk;leanne.harte@sentinelescort.example.co.uk",
        trap="depot-panel-with-vehicle-walkround",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9e4c1a7b-3f2d-4b8e-a6c0-7d5e9f1a2b3c@hire.lever.example.co
DTSTAMP:20261006T141105Z
DTSTART:20261020T120000Z
DTEND:20261020T140000Z
SUMMARY:Onsite Interview: Joanne Okonkwo-Hughes - Contract Operations Manager
LOCATION:Sentinel Escort Services\, Eccleston Canal Depot\, Unit 12 Canal Side Industrial Estate\, Eccleston M30 4TB
ORGANIZER;CN=Sentinel Escort Services Talent:mailto:talent@sentinelescort.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CN=Ryan Cope;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ryan.cope@sentinelescort.example.co.uk
ATTENDEE;CN=Leanne Harte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:leanne.harte@sentinelescort.example.co.uk
DESCRIPTION:Onsite interview schedule\n\n13:00-13:20  Depot walk-round and cellular vehicle ('sweatbox') briefing with the Depot Manager - not assessed\n13:20-14:20  Panel interview: Ryan Cope (Operations Director) and Leanne Harte (HR Business Partner)\n14:20-15:00  Scenario: a court production running late with a vulnerable prisoner on an open ACCT\n\nPlease bring photo ID for the site log.\n\nSentinel Escort Services Talent Team\nSent via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="successfactors-interview",
        uid="SF-INT-HDS-DCM-2026-0093-1f7c@successfactors.example.eu",
        is_interview=1,
        company="Harrowgate Detention Services",
        role="Deputy Centre Manager",
        stage="hiring_manager",
        interviewers="graham.oduya@harrowgate-ds.example.co.uk",
        trap="successfactors-immigration-removal-centre-interview",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:SF-INT-HDS-DCM-2026-0093-1f7c@successfactors.example.eu
DTSTAMP:20261102T090055Z
DTSTART;TZID=Europe/London:20261112T140000
DTEND;TZID=Europe/London:20261112T150000
SUMMARY:Interview Scheduling: Deputy Centre Manager - Pennington House IRC
LOCATION:Pennington House IRC\, Visitors Centre\, Moss End Road\, Hallbridge HB7 3LN
ORGANIZER;CN=Harrowgate Recruitment:mailto:recruitment@harrowgate-ds.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CN=Graham Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:graham.oduya@harrowgate-ds.example.co.uk
DESCRIPTION:Dear Joanne Okonkwo-Hughes\,\n\nThank you for your application (Requisition 2026-0093). You are invited to interview with Graham Oduya\, Centre Manager\, Pennington House Immigration Removal Centre.\n\nPlease note that the centre operates under Home Office contract and you will need to pass a security check on arrival. Please bring your passport.\n\nInterview Type: Face to face\nDuration: 60 minutes\n\nKind regards\,\nHarrowgate Detention Services Recruitment
STATUS:CONFIRMED
SEQUENCE:0
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="calendly-booking",
        uid="BQJ4XKJ7VWVQHHRN@calendly.com",
        is_interview=1,
        company="Horizon Recovery Partnership",
        role="Criminal Justice Team Leader",
        stage="hiring_manager",
        interviewers="zainab.iqbal@horizonrecovery.example.org.uk",
        trap="calendly-user-booked-slot-invitee-is-user",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:BQJ4XKJ7VWVQHHRN@calendly.com
DTSTAMP:20260907T195312Z
DTSTART:20260914T110000Z
DTEND:20260914T114500Z
SUMMARY:Joanne Okonkwo-Hughes and Zainab Iqbal
DESCRIPTION:Event Name: CJ Team Leader - interview (45 min)\n\nLocation: This is a Microsoft Teams web conference.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM1ZTA4YjQtOTk2Ny00%40thread.v2/0\n\nThank you for applying to Horizon Recovery Partnership. Please pick a slot for your interview for the Criminal Justice Team Leader role (DIP and prison in-reach team). The interview will be with Zainab Iqbal\, Service Manager. We'll ask about motivational interviewing\, managing caseloads and working with prison healthcare.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8b1d7c3e-2f4a-4e6b-9a8c-5d0e1f2a3b4c\nReschedule: https://calendly.com/reschedulings/8b1d7c3e-2f4a-4e6b-9a8c-5d0e1f2a3b4c\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Zainab Iqbal:mailto:zainab.iqbal@horizonrecovery.example.org.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:joanne.okonkwohughes@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="gmail-founder-coffee",
        uid="1p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
        is_interview=1,
        company="New Leaf Mentoring",
        role="Operations Manager",
        stage="hiring_manager",
        interviewers="dwayne.clarke.newleaf@gmail.com",
        trap="founder-free-mail-informal-coffee-that-is-an-interview",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260731T090000Z
DTEND:20260731T100000Z
DTSTAMP:20260726T211438Z
ORGANIZER;CN=Dwayne Clarke:mailto:dwayne.clarke.newleaf@gmail.com
UID:1p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dwayne Clarke;X-NUM-GUESTS=0:mailto:dwayne.clarke.newleaf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260726T211436Z
DESCRIPTION:Hi Joanne - great to get your application for the Ops Manager job. Let's grab a coffee and go through it properly\, nothing formal. I want to hear how you'd set up the through-the-gate mentoring with the prisons and keep our volunteers safe. Coffee's on me!\n\nDwayne (founder\, New Leaf Mentoring CIC)\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260726T211438Z
LOCATION:Hatch & Grind Coffee\, 21 Cotton Lane\, Ancoats
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Joanne / Dwayne - ops manager chat ☕
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="gmail-trustees-final",
        uid="7z6x5c4v3b2n1m0l9k8j7h6g5f@google.com",
        is_interview=1,
        company="New Leaf Mentoring",
        role="Operations Manager",
        stage="final",
        interviewers="dwayne.clarke.newleaf@gmail.com;bev.osullivan@yahoo.co.uk;m.haq.trustee@gmail.com",
        trap="trustees-evening-meeting-free-mail-addresses",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260820T173000Z
DTEND:20260820T183000Z
DTSTAMP:20260810T080519Z
ORGANIZER;CN=Dwayne Clarke:mailto:dwayne.clarke.newleaf@gmail.com
UID:7z6x5c4v3b2n1m0l9k8j7h6g5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dwayne Clarke;X-NUM-GUESTS=0:mailto:dwayne.clarke.newleaf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bev O'Sullivan;X-NUM-GUESTS=0:mailto:bev.osullivan@yahoo.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=m.haq.trustee@gmail.com;X-NUM-GUESTS=0:mailto:m.haq.trustee@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260810T080518Z
DESCRIPTION:Joanne - the last step is meeting two of our trustees (Bev chairs the board\, Mo looks after safeguarding). Half an hour of questions from them\, then we'll let you know by the end of the week. Sorry it's an evening - they all have day jobs!\n\nD\n\nJoin with Google Meet: https://meet.google.com/kpd-wmzr-fau\nJoin by phone: (GB) +44 20 7946 0688 PIN: 602 118 447#\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260810T080519Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:New Leaf - meet the trustees (Ops Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-terse",
        uid="F2A7C4E9-1B3D-4F6A-8C0E-5D9B2A7F1E34",
        is_interview=1,
        company="Lantern Women's Centre",
        role="Services Manager",
        stage="onsite",
        interviewers="Marian",
        trap="terse-abbreviation-int-floating-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260829T102114Z
DTSTAMP:20260829T102201Z
DTSTART:20260908T140000
DTEND:20260908T150000
LAST-MODIFIED:20260829T102201Z
LOCATION:Lantern\, 14 Bexley St
SEQUENCE:0
SUMMARY:Lantern int 2pm
DESCRIPTION:services mgr. panel = Marian + a trustee. bring ID/quals for DBS. Q on trauma informed practice + managing volunteers
UID:F2A7C4E9-1B3D-4F6A-8C0E-5D9B2A7F1E34
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-second-interview",
        uid="5m4n3b2v1c0x9z8l7k6j5h4g3f@google.com",
        is_interview=1,
        company="Lantern Women's Centre",
        role="Services Manager",
        stage="final",
        interviewers="marian.keane@lanterncentre.example.org.uk",
        trap="second-interview-with-womens-forum-task",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260923T090000Z
DTEND:20260923T103000Z
DTSTAMP:20260911T151210Z
ORGANIZER;CN=Marian Keane:mailto:marian.keane@lanterncentre.example.org.uk
UID:5m4n3b2v1c0x9z8l7k6j5h4g3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marian Keane;X-NUM-GUESTS=0:mailto:marian.keane@lanterncentre.example.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260911T151208Z
DESCRIPTION:Dear Joanne\,\n\nThank you for coming in last week. We'd like to invite you back for a second interview for the Services Manager post. This time you'll run a 20 minute consultation exercise with three members of our Women's Forum (on how we support women leaving custody at HMP Ashdene on licence)\, followed by a conversation with me.\n\nBest wishes\,\nMarian Keane\nChief Executive\, Lantern Women's Centre\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260911T151210Z
LOCATION:Lantern Women's Centre\, 14 Bexley Street\, Longsight Vale M13 8RE
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Second interview - Services Manager - Joanne Okonkwo-Hughes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-zoom-invite",
        uid="2d4f6h8j0k1l3z5x7c9v0b2n4m@google.com",
        is_interview=1,
        company="Brightpath Youth Trust",
        role="Head of Youth Justice Partnerships",
        stage="hiring_manager",
        interviewers="tom.ashby-reid@brightpathyouth.example.org",
        trap="ceo-video-interview-youth-justice-charity-zoom-in-google",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261005T150000Z
DTEND:20261005T160000Z
DTSTAMP:20260928T120911Z
ORGANIZER;CN=Tom Ashby-Reid:mailto:tom.ashby-reid@brightpathyouth.example.org
UID:2d4f6h8j0k1l3z5x7c9v0b2n4m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Ashby-Reid;X-NUM-GUESTS=0:mailto:tom.ashby-reid@brightpathyouth.example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260928T120909Z
DESCRIPTION:Interview for Head of Youth Justice Partnerships\n\nHi Joanne - I'm the CEO and this role reports to me. We'll talk about your work with young adults in custody and how you'd build our partnerships with YOTs and the YCS.\n\nTom Ashby-Reid is inviting you to a scheduled Zoom meeting.\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/81244093377?pwd=aXJ2Rk5tZzBhT3ZQ\nMeeting ID: 812 4409 3377\nPasscode: 552610\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260928T120911Z
LOCATION:https://us06web.zoom.us/j/81244093377?pwd=aXJ2Rk5tZzBhT3ZQ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Joanne Okonkwo-Hughes - interview (Head of YJ Partnerships)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="jobtrain-presentation",
        uid="jobtrain-UB-REQ3391-pres-2c81d0@jobtrain.example.co.uk",
        is_interview=1,
        company="University of Bramley",
        role="Lecturer in Criminology (Professional Practice)",
        stage="technical",
        interviewers="Hollie Pemberton;Alan Greaves",
        trap="teaching-presentation-to-students-academic-selection",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Candidate Portal//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:jobtrain-UB-REQ3391-pres-2c81d0@jobtrain.example.co.uk
DTSTAMP:20261117T100301Z
DTSTART:20261202T100000Z
DTEND:20261202T104500Z
SUMMARY:University of Bramley - Teaching presentation - Lecturer in Criminology (Professional Practice)
LOCATION:Haworth Building\, Room HW1.22\, University of Bramley\, Bramley BR2 4UB
DESCRIPTION:Vacancy: REQ-3391 Lecturer in Criminology (Professional Practice)\n\nStage 1: Teaching presentation. You will deliver a 20 minute teaching session to a small group of second year students and members of the selection panel on 'Safety in custody: what the numbers do not tell you'\, followed by 10 minutes of questions.\n\nAssessors: Dr Hollie Pemberton (Programme Lead\, Criminology) and Prof. Alan Greaves (Head of School). Student feedback is shared with the panel.\n\nStage 2 (formal interview) takes place the same afternoon - see separate invitation.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-university-panel",
        uid="040000008200E00074C5B7101A82E00800000000E2F3A4B5C67DDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="University of Bramley",
        role="Lecturer in Criminology (Professional Practice)",
        stage="onsite",
        interviewers="nadia.karim@bramley.example.ac.uk;hollie.pemberton@bramley.example.ac.uk;alan.greaves@bramley.example.ac.uk",
        trap="academic-panel-dean-chair-hr-coordinator-excluded",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="HR Recruitment Team":mailto:hr.recruitment@bramley.example.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Karim, Nadia (Prof)":mailto:nadia.karim@bramley.example.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pemberton, Hollie (Dr)":mailto:hollie.pemberton@bramley.example.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Greaves, Alan (Prof)":mailto:alan.greaves@bramley.example.ac.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HW 3.05 Meeting Room":mailto:room.hw305@bramley.example.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Formal interview - Lecturer in Criminology (Professional Practice)\, REQ-3391.\n\nPanel: Prof Nadia Karim (Dean\, Faculty of Social Sciences - Chair)\, Dr Hollie Pemberton\, Prof Alan Greaves. The HR Recruitment Team will meet you at reception and are not part of the panel.\n\nPlease note that candidates are asked about their plans for practice-based research and for links with HMPPS establishments.
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C67DDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Interview: REQ-3391 Lecturer in Criminology (PP) - Okonkwo-Hughes
DTSTART;TZID=GMT Standard Time:20261202T133000
DTEND;TZID=GMT Standard Time:20261202T142000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261117T101818Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HW 3.05 Meeting Room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="teams-at-own-workplace",
        uid="040000008200E00074C5B7101A82E008000000003B4C5D6E7F71DC010000000000000000100000001122334455667788990AABBCCDDEEFF0",
        is_interview=1,
        company="Thornbury Learning Group",
        role="Head of Learning and Skills",
        stage="onsite",
        interviewers="wendy.caldwell@thornburylearning.example.co.uk;neil.bramhall@thornburylearning.example.co.uk",
        trap="contractor-interview-held-inside-users-own-prison",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Caldwell, Wendy":mailto:wendy.caldwell@thornburylearning.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bramhall, Neil":mailto:neil.bramhall@thornburylearning.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Joanne\,\n\nThank you for applying for Head of Learning and Skills (HMP Irwell and HMP Kersal Moor contract). As you are already on site\, we've booked the interview in the Education Block at Irwell - the security department has approved it as an off-duty visit. Panel: Wendy Caldwell (Director of Prison Education\, Thornbury Learning Group) and Neil Bramhall (Regional Quality Manager). Neil will join on Teams.\n\nPlease prepare a 10 minute presentation on raising attendance in Functional Skills on a Cat B site.\n\n{teams("519 330 902 447", "Pw4dEe", "845 226 017")}\n
UID:040000008200E00074C5B7101A82E008000000003B4C5D6E7F71DC010000000000000000100000001122334455667788990AABBCCDDEEFF0
SUMMARY;LANGUAGE=en-GB:Thornbury - interview - Head of Learning & Skills (J Okonkwo-Hughes)
DTSTART;TZID=GMT Standard Time:20261116T153000
DTEND;TZID=GMT Standard Time:20261116T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T140722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HMP Irwell Education Block\, Classroom 6 / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-quoted-zone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F6A7B879DC0100000000000000001000000099AABBCCDDEEFF00112233445566778",
        is_interview=1,
        company="North Pennine Combined Authority",
        role="Criminal Justice Programme Lead",
        stage="onsite",
        interviewers="harriet.coyle@northpennine-ca.example.gov.uk;omar.sheikh@northpennine-ca.example.gov.uk",
        trap="combined-authority-quoted-utc-zone-without-vtimezone",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Coyle, Harriet":mailto:harriet.coyle@northpennine-ca.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sheikh, Omar":mailto:omar.sheikh@northpennine-ca.example.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="NPCA Recruitment":mailto:recruitment@northpennine-ca.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Criminal Justice Programme Lead (Grade 9) - interview and presentation\n\nPanel: Harriet Coyle (Head of Policing and Criminal Justice) and Omar Sheikh (Deputy Mayor's Policy Adviser).\n\nPresentation (10 mins): 'Three priorities for reducing reoffending among short-sentence prisoners released into North Pennine.' Then 40 minutes of questions.\n\nVenue: Tower Wharf\, 5th floor\, meeting room Aire. Sign in at reception.
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B879DC0100000000000000001000000099AABBCCDDEEFF00112233445566778
SUMMARY;LANGUAGE=en-GB:Interview - CJ Programme Lead - Joanne Okonkwo-Hughes
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261201T100000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261201T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T093112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Tower Wharf 5th floor - Aire
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="agency-teams-screen",
        uid="040000008200E00074C5B7101A82E00800000000F5A6B7C8D976DC01000000000000000010000000FFEEDDCCBBAA99887766554433221100",
        is_interview=1,
        company="Meridian Facilities Group",
        role="Security Operations Manager",
        stage="recruiter_screen",
        interviewers="craig.dunmore@parkstone.example.co.uk",
        trap="agency-teams-screen-client-named-in-body",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Craig Dunmore":mailto:craig.dunmore@parkstone.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Joanne\,\n\nThanks for coming back to me. As mentioned\, the client is Meridian Facilities Group - Security Operations Manager covering their justice and public sector contracts in the North West (court buildings\, probation offices\, two immigration reporting centres). Before I submit your CV I need a proper 30 min screening call on Teams: experience\, managing SIA-licensed staff\, driving licence\, notice.\n\nCraig Dunmore\nPrincipal Consultant - Security & Justice\nParkstone Recruitment\n\n{teams("288 613 054 790", "Gv5sYt", "117 402 639")}\n
UID:040000008200E00074C5B7101A82E00800000000F5A6B7C8D976DC01000000000000000010000000FFEEDDCCBBAA99887766554433221100
SUMMARY;LANGUAGE=en-GB:Joanne Okonkwo-Hughes / Parkstone - Meridian Security Ops Manager - screening
DTSTART;TZID=GMT Standard Time:20260806T120000
DTEND;TZID=GMT Standard Time:20260806T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260803T164501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="agency-ats-client-interview",
        uid="eploy-evt-77120-ps-meridian-20260819@parkstone.example.co.uk",
        is_interview=1,
        company="Meridian Facilities Group",
        role="Security Operations Manager",
        stage="hiring_manager",
        interviewers="Stuart Bagshaw",
        trap="agency-organizer-client-employer-interviewer-name-only",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment Software//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:eploy-evt-77120-ps-meridian-20260819@parkstone.example.co.uk
DTSTAMP:20260812T151530Z
DTSTART:20260819T100000Z
DTEND:20260819T110000Z
SUMMARY:Client Interview - Meridian Facilities Group - Security Operations Manager - Joanne Okonkwo-Hughes
LOCATION:Meridian House\, 3 Dockside Way\, Irlam Wharf M44 6RJ
ORGANIZER;CN=Craig Dunmore (Parkstone Recruitment):mailto:craig.dunmore@parkstone.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION:Interview confirmation\n\nCandidate: Joanne Okonkwo-Hughes\nClient: Meridian Facilities Group\nPosition: Security Operations Manager (Justice & Public Sector\, North West)\nInterviewer: Stuart Bagshaw\, Regional Security Director\nFormat: face to face\, approx. 1 hour\, competency-based\n\nPlease call me straight after so I can get your feedback before Meridian call me.\n\nParkstone Recruitment | 0161 496 0452
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="successfactors-webex",
        uid="SF-INT-RGA-SDM-4471-a90e@successfactors.example.eu",
        is_interview=1,
        company="Ringway Gate Airport",
        role="Security Duty Manager",
        stage="recruiter_screen",
        interviewers="joel.baptiste@ringwaygate.example.co.uk",
        trap="webex-talent-acquisition-first-stage-airport",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:SF-INT-RGA-SDM-4471-a90e@successfactors.example.eu
DTSTAMP:20260728T113019Z
DTSTART;TZID=Europe/London:20260804T100000
DTEND;TZID=Europe/London:20260804T103000
SUMMARY:Ringway Gate Airport - first stage video interview - Security Duty Manager
LOCATION:Webex
ORGANIZER;CN=Joel Baptiste:mailto:joel.baptiste@ringwaygate.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION:Hello Joanne\,\n\nThanks for applying for Security Duty Manager (req 4471). The first stage is a 30 minute video interview with me\, Joel Baptiste\, Talent Acquisition Partner. We'll cover your shift management experience\, your knowledge of the Aviation Security regime (screening\, Restricted Zone access) and the counter terrorist check (CTC) process.\n\nJoin Webex meeting\nhttps://ringwaygate.webex.com/ringwaygate/j.php?MTID=m4a7e0c2f9b1d3e5a7c9e1f3a5b7d9f1b\nMeeting number (access code): 2641 883 0157\nMeeting password: Rga4471!\n\nTap to join from a mobile device (attendees only)\n+44-20-7946-0716\,\,26418830157## United Kingdom Toll
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="successfactors-assessment-centre",
        uid="SF-AC-RGA-SDM-4471-b31f@successfactors.example.eu",
        is_interview=1,
        company="Ringway Gate Airport",
        role="Security Duty Manager",
        stage="onsite",
        interviewers="",
        trap="candidate-assessment-centre-airside-no-names",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-AC-RGA-SDM-4471-b31f@successfactors.example.eu
DTSTAMP:20260812T090014Z
DTSTART:20260828T073000Z
DTEND:20260828T143000Z
SUMMARY:Assessment Centre - Security Duty Manager (4471) - Ringway Gate Airport
LOCATION:Ringway Gate Airport\, Skyline House (Landside)\, Training Room 3
ORGANIZER;CN=Ringway Gate Airport Careers:mailto:careers@ringwaygate.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION:Congratulations on reaching the assessment centre for Security Duty Manager.\n\nYour day (08:30 - 15:30):\n- Welcome and ID check (bring your passport - you will be issued a visitor pass)\n- In-tray exercise (45 mins)\n- Group exercise: a queue of 3\,000 passengers and a failed X-ray machine\n- Competency interview with two Security Duty Managers\n- Escorted airside tour of Terminal 2 security search area\n\nLunch is provided. Please let us know about any reasonable adjustments.\n\nRingway Gate Airport Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
]
