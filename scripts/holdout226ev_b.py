"""holdout226 events, part B: building society, security, NHS, schools, council, energy, fintech, forensics."""

from holdout226ev_tz import LONDON, LONDON_APPLE

EVENTS = [
    dict(
        kind="teamtailor-phone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-4471902-kestrel@teamtailor.com
DTSTAMP:20250211T110300Z
DTSTART:20250214T110000Z
DTEND:20250214T113000Z
SUMMARY:Kestrel Security Services / Aisha Rahman - Phone screen
DESCRIPTION:Hi Aisha!\n\nThanks for applying for Security Manager - Wes
 t Midlands Portfolio. Let's have a quick chat so we can get to know each
  other.\n\nWho: Callum Dyer\, Talent Acquisition\nHow: Callum will ring y
 ou on +447700900338\n\nNeed to change the time? Use the link in your ema
 il.\n\nPowered by Teamtailor
LOCATION:Phone call
ORGANIZER;CN=Callum Dyer:mailto:callum.dyer@kestrelsecurity.co.uk
ATTENDEE;CN=Aisha Rahman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aisha.rah
 man.brum@gmail.com
ATTENDEE;CN=Callum Dyer;PARTSTAT=ACCEPTED:mailto:callum.dyer@kestrelsecur
 ity.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("teamtailor-meeting-4471902-kestrel@teamtailor.com", 1,
                 "Kestrel Security Services", "Security Manager - West Midlands Portfolio",
                 "recruiter_screen", "callum.dyer@kestrelsecurity.co.uk",
                 "teamtailor-phone-screen")],
    ),
    dict(
        kind="trac-nhs",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Trac Systems//Trac Recruitment//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:trac-int-3f71c2a0-99b1-4e0a-8a3c-hvft-2025-0311
DTSTAMP:20250303T152001Z
DTSTART;TZID=Europe/London:20250318T140000
DTEND;TZID=Europe/London:20250318T150000
SUMMARY:Interview: Violence Reduction & Security Lead - Band 7 (Ref 322-C
 OR-7718-A)
DESCRIPTION:Heartlands Valley NHS Foundation Trust\n\nDear Aisha Rahman\,
 \n\nFollowing shortlisting we are pleased to invite you to interview for
  the above post.\n\nFormat: 10 minute presentation - "How would you reduc
 e violence and aggression against staff in our Emergency Department?" fo
 llowed by a panel interview.\nPanel: Dr Fiona McRae (Deputy Chief Nurse\,
  Chair)\; Imran Siddiqui (Head of Health\, Safety & Security)\; Staff Sid
 e representative.\n\nVenue: Education Centre\, Room E2\, Heartlands Valle
 y Hospital\, Bordesley Green. Parking is limited - allow time.\n\nPlease
  bring ID for pre-employment checks (passport\, proof of address\, DBS cer
 tificate if held).\n\nRecruitment Team
LOCATION:Education Centre Room E2\, Heartlands Valley Hospital
ORGANIZER;CN=HVFT Recruitment:mailto:noreply@trac.jobs
END:VEVENT
END:VCALENDAR
""",
        labels=[("trac-int-3f71c2a0-99b1-4e0a-8a3c-hvft-2025-0311", 1,
                 "Heartlands Valley NHS Foundation Trust",
                 "Violence Reduction & Security Lead", "onsite",
                 "Fiona McRae;Imran Siddiqui", "nhs-trac-panel-presentation-no-vtimezone")],
    ),
    dict(
        kind="school-interview-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250310T160744Z
DESCRIPTION:Dear Aisha\,\n\nThank you for your application for the post o
 f Trust Safeguarding Lead. I am pleased to invite you to our interview da
 y on Friday 21st March at Arden Park Academy.\n\nThe day will include:\n-
  a tour of the academy with our Year 10 ambassadors\n- a student panel\n
 - an in-tray exercise based on anonymised safeguarding referrals\n- forma
 l interview with the CEO\, Mrs Joanne Kettle\, and the Chair of the Trust
  Board\, Mr Peter Osei\n\nCandidates will be informed of the outcome by p
 hone the same evening. An enhanced DBS check with barred list will be re
 quired.\n\nKind regards\,\nSue Marsh\nHR & Compliance Officer\, Arden Mult
 i-Academy Trust
DTEND;VALUE=DATE:20250322
DTSTAMP:20250310T160744Z
DTSTART;VALUE=DATE:20250321
LOCATION:Arden Park Academy\, Moor Lane\, Solihull
ORGANIZER;CN="Marsh, Sue":mailto:s.marsh@ardenmat.org.uk
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview Day - Trust Safeguarding Lead - Aisha Rah
 man
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E0080000000091E2F3A4B5C6DB0100000000000000
 00100000004D3C2B1A09F8E7D6C5B4A39281706F5E
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000091E2F3A4B5C6DB010000000000000000"
                 "100000004D3C2B1A09F8E7D6C5B4A39281706F5E", 1, "Arden Multi-Academy Trust",
                 "Trust Safeguarding Lead", "onsite", "Joanne Kettle;Peter Osei",
                 "all-day-school-interview-day-student-panel")],
    ),
    dict(
        kind="tribepad-council",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//ATS//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:tp-interview-bcmc-88213@tribepad.com
DTSTAMP:20250314T102030Z
DTSTART;TZID=Europe/London:20250325T131500
DTEND;TZID=Europe/London:20250325T143000
SUMMARY:Black Country MBC - Interview - Corporate Fraud Investigator (BC-
 FIN-0219)
DESCRIPTION:Your interview slot has been confirmed.\n\nThere will be a 30
  minute written test (a short investigation report from a set of document
 s) before the interview. The interview panel will be Steve Aldridge\, Co
 rporate Fraud Team Manager and Rukhsana Begum\, Audit Manager.\n\nLocatio
 n: Civic Centre\, St Peter's Square - report to main reception and ask f
 or Audit Services.\n\nThe Council is a Disability Confident employer.\n\n
 Tribepad on behalf of Black Country Metropolitan Borough Council
LOCATION:Civic Centre\, St Peter's Square
ORGANIZER;CN=Black Country MBC Recruitment:mailto:no-reply@tribepad.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Aisha Rahman:mailto:aisha.rahm
 an.brum@gmail.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("tp-interview-bcmc-88213@tribepad.com", 1,
                 "Black Country Metropolitan Borough Council", "Corporate Fraud Investigator",
                 "onsite", "Steve Aldridge;Rukhsana Begum", "council-tribepad-written-test-panel")],
    ),
    dict(
        kind="greenhouse-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T160000Z
DTEND:20250218T163000Z
DTSTAMP:20250214T170511Z
ORGANIZER;CN=Vale Energy Talent:mailto:no-reply@us.greenhouse-mail.io
UID:greenhouse-interview-9281733004@valeenergy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE;CN=Aisha Rahman:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hann
 ah Pryce:mailto:hannah.pryce@valeenergy.com
DESCRIPTION:Hi Aisha\, here are the details for your Intro Call with Hann
 ah Pryce (Senior Talent Partner).\n\nRole: Investigations Manager - Meter
 ing Fraud & Energy Theft\n\nGoogle Meet: https://meet.google.com/bvx-rmq
 t-oke\n\nWe're excited to speak with you!
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro Call - Aisha Rahman <> Vale Energy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("greenhouse-interview-9281733004@valeenergy", 1, "Vale Energy",
                 "Investigations Manager - Metering Fraud & Energy Theft", "recruiter_screen",
                 "hannah.pryce@valeenergy.com", "greenhouse-utc-intro-call")],
    ),
    dict(
        kind="greenhouse-hm",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T093000Z
DTEND:20250306T103000Z
DTSTAMP:20250227T101949Z
ORGANIZER;CN=Vale Energy Talent:mailto:no-reply@us.greenhouse-mail.io
UID:greenhouse-interview-9281733911@valeenergy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE;CN=Aisha Rahman:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owen
  Prothero:mailto:owen.prothero@valeenergy.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Solihull-2-Bluebell (6):
 mailto:c_188a9f2e@resource.calendar.google.com
DESCRIPTION:Hi Aisha\,\n\nNext up: Hiring Manager Interview with Owen Pro
 thero\, Head of Revenue Protection. Owen will want to hear about how you
 've run investigations from first report to file\, and how you work with
  partner agencies (we work closely with police on cannabis-farm bypasses
  and meter tampering).\n\nThis one is in person at our Solihull office\, B
 lythe Valley Park. Ask for the Talent team at reception.\n\nVale Energy T
 alent
LOCATION:Vale Energy\, Blythe Valley Park\, Solihull - Bluebell room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring Manager Interview - Aisha Rahman <> Vale Energy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("greenhouse-interview-9281733911@valeenergy", 1, "Vale Energy", "",
                 "hiring_manager", "owen.prothero@valeenergy.com",
                 "greenhouse-hiring-manager-with-room-resource")],
    ),
    dict(
        kind="ashby-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7e1c0c44-2d9f-4b6f-a9ad-0f5d1b2c3e4f
DTSTAMP:20250303T181205Z
DTSTART:20250307T120000Z
DTEND:20250307T123000Z
SUMMARY:Paylio | Aisha Rahman | Talent Screen
DESCRIPTION:Financial Crime Investigations Lead\n\nInterviewer(s): Zara
  Mensah (Talent Partner)\n\nZoom: https://paylio.zoom.us/j/93307218851\n\n
 Scheduled via Ashby
LOCATION:https://paylio.zoom.us/j/93307218851
ORGANIZER;CN=Zara Mensah:mailto:zara@paylio.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Zara Mensah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:zar
 a@paylio.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("ashby-7e1c0c44-2d9f-4b6f-a9ad-0f5d1b2c3e4f", 1, "Paylio",
                 "Financial Crime Investigations Lead", "recruiter_screen", "zara@paylio.com",
                 "ashby-talent-screen-pipe-summary")],
    ),
    dict(
        kind="ashby-case-study",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-b2a94f13-66c8-41d0-8e3a-9d7f2c1a0b55
DTSTAMP:20250312T091744Z
DTSTART:20250318T130000Z
DTEND:20250318T141500Z
SUMMARY:Paylio | Aisha Rahman | Case Study: APP fraud investigation
DESCRIPTION:Financial Crime Investigations Lead\n\nYou'll be given a (fic
 tional) authorised push payment fraud case 24h before: transaction logs\,
  a customer complaint and some device data. In the session\, walk us thr
 ough your investigation plan\, what you'd request from the receiving ban
 k and when you'd file a SAR. No slides needed.\n\nInterviewer(s): Tomasz
  Wirth (Head of FinCrime Ops)\, Grace Adeyemi (MLRO)\n\nZoom: https://paylio
 .zoom.us/j/94418392012\n\nScheduled via Ashby
LOCATION:https://paylio.zoom.us/j/94418392012
ORGANIZER;CN=Zara Mensah:mailto:zara@paylio.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Tomasz Wirth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:to
 masz@paylio.com
ATTENDEE;CN=Grace Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:g
 race@paylio.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("ashby-b2a94f13-66c8-41d0-8e3a-9d7f2c1a0b55", 1, "Paylio",
                 "Financial Crime Investigations Lead", "technical",
                 "tomasz@paylio.com;grace@paylio.com", "ashby-case-study-coordinator-organizer")],
    ),
    dict(
        kind="founder-gmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250322T100000
DTEND;TZID=Europe/London:20250322T110000
DTSTAMP:20250317T204455Z
ORGANIZER;CN=Dave Pearson:mailto:davepearson.ridgeway@gmail.com
UID:4hq2n7c0s8v1k3m5p9r2t6w0ya@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Dave Pearson;X-NUM-GUESTS=0:mailto:davepearson.ridgeway@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
CREATED:20250317T204453Z
DESCRIPTION:Aisha - good to hear from you via Gaz. As I said on the phone
 \, I'm looking for a second investigator for Ridgeway Risk now the insur
 ance work has taken off (surveillance\, statement taking\, some employee
  misconduct jobs). Let's treat Saturday as a proper interview - I'll bri
 ng a couple of old case files and ask how you'd have run them. Costa at
  Mailbox is fine.\n\nDave (ex-DS\, WMP-ish\, 30 yrs)
LAST-MODIFIED:20250317T204455Z
LOCATION:Costa Coffee\, The Mailbox\, Birmingham
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aisha / Dave - Ridgeway Risk investigator role
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("4hq2n7c0s8v1k3m5p9r2t6w0ya@google.com", 1, "Ridgeway Risk", "", "hiring_manager",
                 "davepearson.ridgeway@gmail.com", "founder-on-gmail-coffee-shop-interview")],
    ),
    dict(
        kind="workable-video",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3a8e1f72c9@quaysidelogistics.workable.com
DTSTAMP:20250226T081130Z
DTSTART:20250303T150000Z
DTEND:20250303T154500Z
SUMMARY:Video interview: Loss Prevention Manager (Hams Hall DC)
DESCRIPTION:Hi Aisha\,\n\nBen Harrow has invited you to a video interview
  for the Loss Prevention Manager (Hams Hall DC) job at Quayside Logistics.
 \n\nInterviewers:\nBen Harrow - Site General Manager\nKaty Doyle - Head of
  Security & Resilience\n\nJoin with Google Meet: https://meet.google.com/
 ysk-pfan-cqd\n\nSent via Workable
LOCATION:https://meet.google.com/ysk-pfan-cqd
ORGANIZER;CN=Ben Harrow via Workable:mailto:notifications@workablemail.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("workable-event-3a8e1f72c9@quaysidelogistics.workable.com", 1,
                 "Quayside Logistics", "Loss Prevention Manager (Hams Hall DC)", "",
                 "Ben Harrow;Katy Doyle", "workable-via-notifications-organizer")],
    ),
    dict(
        kind="phone-typed",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250305T221433Z
DTEND;TZID=Europe/London:20250312T134500
DTSTAMP:20250305T221502Z
DTSTART;TZID=Europe/London:20250312T130000
LAST-MODIFIED:20250305T221502Z
LOCATION:Teams (link in email)
SEQUENCE:0
SUMMARY:Hallam Clarke 1st int - forensic investigations mgr
DESCRIPTION:w/ Natalie Crisp (Partner) + someone from Forensic Tech. Lunc
 h break - swap w Dan so not on scene. Bring up: Op Kestrel fraud file\, P
 IP2\, RIPA/CHIS awareness. Salary 55-60 + car?
TRANSP:OPAQUE
UID:7C1F3A55-8B2E-4F6D-9A0C-2E5B8D1C4F77
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:0E9D2A1B-33C4-4E8F-B1A0-5F6E7D8C9B0A
X-WR-ALARMUID:0E9D2A1B-33C4-4E8F-B1A0-5F6E7D8C9B0A
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        labels=[("7C1F3A55-8B2E-4F6D-9A0C-2E5B8D1C4F77", 1, "Hallam Clarke",
                 "forensic investigations mgr", "", "Natalie Crisp",
                 "hand-typed-iphone-first-interview-abbrev")],
    ),
    dict(
        kind="eploy-zoom",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment//EN
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
UID:eploy-interview-55812-2219@albionbs.eploy.net
DTSTAMP:20250219T162208Z
DTSTART;TZID=Europe/London:20250225T093000
DTEND;TZID=Europe/London:20250225T103000
SUMMARY:First Stage Interview - Fraud Risk Manager - Albion Building Soci
 ety
DESCRIPTION:Hello Aisha\,\n\nThank you for applying for the Fraud Risk Ma
 nager vacancy (ref ABS-0457). We are delighted to invite you to a first s
 tage interview via Zoom with Tom Greaves (Head of Financial Crime) and Ab
 i Walsh (People Partner).\n\nThe interview will be a mix of competency an
 d values-based questions. You will also be asked to talk us through how y
 ou would approach a suspected internal fraud by a branch colleague.\n\nJo
 in Zoom Meeting\nhttps://albionbs.zoom.us/j/86510293745?pwd=Qm9hV0F\nMeet
 ing ID: 865 1029 3745\nPasscode: 402117\n\nKind regards\nAlbion Recruitm
 ent Team
LOCATION:Zoom
ORGANIZER;CN=Albion Recruitment:mailto:recruitment@albionbs.co.uk
END:VEVENT
END:VCALENDAR
""",
        labels=[("eploy-interview-55812-2219@albionbs.eploy.net", 1, "Albion Building Society",
                 "Fraud Risk Manager", "", "Tom Greaves;Abi Walsh",
                 "eploy-publish-first-stage-zoom")],
    ),
]
