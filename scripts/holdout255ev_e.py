# ruff: noqa: E501, W291, W293, RUF100
"""holdout255 part E: other negatives (practice life, CQC, patients, staff HR, personal, press, prep, family)."""

from holdout255ev_zones import EUROPE_LONDON, EUROPE_MADRID, GMT_STANDARD, ROMANCE, W_EUROPE

FORMS: dict[str, str] = {}

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        NEG,
        kind="outlook-cqc-inspection",
        uid="040000008200E00074C5B7101A82E00800000000C5D6E7F8098BDB01000000000000000010000000CQC0000000000000000000000000000A",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Shah, Anjali (Dr)";RSVP=TRUE:mailto:anjali.shah@cliftonsmilesdental.co.uk
ATTENDEE;CN="Reid, Marcus (Dr)";RSVP=TRUE:mailto:marcus.reid@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250121T163000Z
DESCRIPTION:CQC inspection - 2 weeks' notice received. Inspector: Joanne Wa
 lsh (CQC) + dental specialist adviser.\n\n09:30 Arrival\, presentation fro
 m the principal\n10:00 Interview with the registered manager (me) - gover
 nance\, safeguarding\, complaints\, staff recruitment files & DBS checks\n
 11:30 Staff interviews (2 nurses\, 1 receptionist) - please release them f
 rom surgery\n13:00 Records\, decon room\, medical emergency kit\n15:30 Fee
 dback\n\nHave the policies folder\, Legionella risk assessment and IRMER f
 ile on the desk.\n
DTEND;TZID="GMT Standard Time":20250205T160000
DTSTAMP:20250121T163000Z
DTSTART;TZID="GMT Standard Time":20250205T093000
LAST-MODIFIED:20250121T163000Z
LOCATION:Clifton Smiles Dental
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:1
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:CQC inspection - RM interview + staff interviews
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8098BDB01000000000000000010000000CQC0000000000000000000000000000A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:2
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="cqc-inspector-interviews-registered-manager",
    ),
    dict(
        NEG,
        kind="outlook-staff-appraisal",
        uid="040000008200E00074C5B7101A82E00800000000D6E7F809A18BDB0100000000000000001000000041505052524149534131000000000001",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Nowak, Hannah";RSVP=TRUE:mailto:hannah.nowak@cliftonsmilesdental.co.uk
CLASS:PRIVATE
CREATED:20250303T080000Z
DESCRIPTION:Annual appraisal. Please complete the self-assessment form (re
 view of objectives\, CPD hours for your GDC cycle\, training wishes e.g. 
 impression taking / OHE) and bring it with you. Gemma\n
DTEND;TZID="GMT Standard Time":20250311T140000
DTSTAMP:20250303T080000Z
DTSTART;TZID="GMT Standard Time":20250311T131500
LAST-MODIFIED:20250303T080000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Appraisal - Hannah N (dental nurse)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D6E7F809A18BDB0100000000000000001000000041505052524149534131000000000001
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="staff-appraisal-user-manages-employee",
    ),
    dict(
        NEG,
        kind="recurring-one-to-one-override",
        uid="040000008200E00074C5B7101A82E00800000000E7F8091AB28BDB010000000000000000100000004F4E45544F4F4E450000000000000002",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Evans, Bethany (Reception Lead)";RSVP=TRUE:mailto:reception@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250106T090000Z
DESCRIPTION:Weekly 1:1 - reception KPIs (FTAs\, recalls sent\, Google revi
 ews)\, rota\, any issues.\n
DTEND;TZID="GMT Standard Time":20250113T083000
DTSTAMP:20250106T090000Z
DTSTART;TZID="GMT Standard Time":20250113T081000
LAST-MODIFIED:20250106T090000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
RRULE:FREQ=WEEKLY;UNTIL=20250630T071000Z;INTERVAL=1;BYDAY=MO;WKST=MO
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:1:1 Bethany / Gemma
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7F8091AB28BDB010000000000000000100000004F4E45544F4F4E450000000000000002
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Evans, Bethany (Reception Lead)";RSVP=TRUE:mailto:reception@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250106T090000Z
DESCRIPTION:Moved to lunchtime - Bethany sitting in on the reception candi
 date interviews in the morning.\n
DTEND;TZID="GMT Standard Time":20250224T131500
DTSTAMP:20250219T120000Z
DTSTART;TZID="GMT Standard Time":20250224T130000
LAST-MODIFIED:20250219T120000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
RECURRENCE-ID;TZID="GMT Standard Time":20250224T081000
SEQUENCE:1
SUMMARY;LANGUAGE=en-gb:1:1 Bethany / Gemma (moved)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7F8091AB28BDB010000000000000000100000004F4E45544F4F4E450000000000000002
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-one-to-one-override-mentions-candidate-interviews",
    ),
    dict(
        NEG,
        kind="practice-diary-new-patient",
        uid="soe-appt-0099182734-np@cliftonsmilesdental.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Software of Excellence//R4+ Diary Export//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:soe-appt-0099182734-np@cliftonsmilesdental.co.uk
DTSTAMP:20250210T070000Z
DTSTART:20250212T141000
DTEND:20250212T144000
SUMMARY:NP EXAM - Mrs R Hughes (Dr Reid / nurse GP) - Surgery 1
DESCRIPTION:New patient examination + BWX. Private. Anxious patient - pref
 ers to be talked through. Medical history via Patient Portal: completed.
LOCATION:Surgery 1
CATEGORIES:Diary
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="practice-diary-new-patient-exam-initials",
    ),
    dict(
        NEG,
        kind="google-implant-consultation",
        uid="imp1c2o3n4s5u6l7t8d9a0v1s2@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Clifton Smiles - TCO diary
X-WR-TIMEZONE:Europe/London
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250403T163000
DTEND;TZID=Europe/London:20250403T171500
DTSTAMP:20250401T090000Z
UID:imp1c2o3n4s5u6l7t8d9a0v1s2@google.com
CREATED:20250325T120000Z
DESCRIPTION:Implant consultation follow-up with Mr Davies - go through the 
 treatment plan (2 implants LR6/LR7)\, finance options (0% over 12m) and ans
 wer questions. Gemma covering TCO as Leah on leave.
LAST-MODIFIED:20250325T120000Z
LOCATION:Consultation room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Implant consult f/u - Mr G Davies
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="patient-consultation-treatment-coordinator",
    ),
    dict(
        NEG,
        kind="outlook-return-to-work",
        uid="040000008200E00074C5B7101A82E00800000000F8091A2B3C8BDB01000000000000000010000000525457494E54455256494557000003",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Lewis, Kayleigh";RSVP=TRUE:mailto:kayleigh.lewis@cliftonsmilesdental.co.uk
CLASS:PRIVATE
CREATED:20250224T081500Z
DESCRIPTION:Return to work interview following sickness absence (5 days). 
 Confidential. Fit note on file. Check Bradford factor + any adjustments ne
 eded.\n
DTEND;TZID="GMT Standard Time":20250225T084500
DTSTAMP:20250224T081500Z
DTSTART;TZID="GMT Standard Time":20250225T083000
LAST-MODIFIED:20250224T081500Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:RTW interview - Kayleigh
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F8091A2B3C8BDB01000000000000000010000000525457494E54455256494557000003
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="return-to-work-interview-hr-term",
    ),
    dict(
        NEG,
        kind="outlook-exit-interview",
        uid="040000008200E00074C5B7101A82E00800000000091A2B3C4D8BDB01000000000000000010000000455849544956000000000000000004",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Harper, Jess";RSVP=TRUE:mailto:jess.harper@cliftonsmilesdental.co.uk
CLASS:PRIVATE
CREATED:20250605T100000Z
DESCRIPTION:Exit interview before your last day - what went well\, what we
  could do better\, and returning your keys/fob + uniform. Thanks for every
 thing Jess! Gemma\n
DTEND:20250612T163000Z
DTSTAMP:20250605T100000Z
DTSTART:20250612T160000Z
LAST-MODIFIED:20250605T100000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Exit interview - Jess H
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000091A2B3C4D8BDB01000000000000000010000000455849544956000000000000000004
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="exit-interview-leaver",
    ),
    dict(
        NEG,
        kind="zoom-mock-interview",
        uid="mock9i8n7t6e5r4v3i2e1w0a1b@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250303T190000Z
DTEND:20250303T200000Z
DTSTAMP:20250227T101000Z
ORGANIZER;CN=Jo Kendrick Coaching:mailto:jo@jokendrickcoaching.co.uk
UID:mock9i8n7t6e5r4v3i2e1w0a1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
CREATED:20250227T100958Z
DESCRIPTION:Mock panel interview for your Brightwater final - I'll play th
 e Ops Director and grill you on your 90-day plan. Have your slides ready t
 o share. Recording available afterwards.\n\nJoin Zoom Meeting\nhttps://us
 06web.zoom.us/j/82255190034?pwd=Q0pCQ2ZqRTlqb3dmN0lQUmNXUTFqdz09\nMeeting 
 ID: 822 5519 0034\n\nInvitation from Google Calendar: https://calendar.goo
 gle.com/calendar/
LAST-MODIFIED:20250227T100958Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - Gemma (Brightwater final prep)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="mock-interview-coach-names-real-employer",
    ),
    dict(
        NEG,
        kind="zoom-webinar",
        uid="zw-webinar-88102937465-gemma@dpmnetwork.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications Inc//Zoom Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:zw-webinar-88102937465-gemma@dpmnetwork.co.uk
DTSTAMP:20250114T120000Z
DTSTART:20250130T193000Z
DTEND:20250130T203000Z
SUMMARY:DPMN Webinar: Nailing competency-based interviews for practice & area manager roles
ORGANIZER;CN=Dental Practice Managers' Network:mailto:events@dpmnetwork.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Hi Gemma\,\n\nThank you for registering for "Nailing competenc
 y-based interviews for practice & area manager roles" with speaker Mandy 
 Greaves (former Head of Operations\, multi-site dental group).\n\nCovers: 
 STAR answers\, NHS values-based questions\, presentations at final stage\, 
 negotiating your package.\n\nJoin from PC\, Mac\, iPad or Android: https:/
 /us02web.zoom.us/w/88102937465?tk=aZx91\nWebinar ID: 881 0293 7465\n\nCPD
 : 1 hour verifiable (Professionalism). Certificate emailed after.
LOCATION:https://us02web.zoom.us/w/88102937465?tk=aZx91
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-about-interviewing-registered-attendee",
    ),
    dict(
        NEG,
        kind="press-interview",
        uid="F6A7B8C9-D0E1-4F2A-8B3C-5D6E7F8091A2",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250128T170000Z
DTEND:20250131T130000
DTSTAMP:20250128T170022Z
DTSTART:20250131T123000
LAST-MODIFIED:20250128T170022Z
LOCATION:Phone
SEQUENCE:0
SUMMARY:Bristol Evening Gazette interview - NHS dentistry waiting list (Ka
 tie Marsh\, reporter)
DESCRIPTION:Anjali OK'd it. Stick to: we're accepting NHS kids\, adult wai
 ting list ~14 months\, how to get urgent care via 111. No comment on ICB 
 funding.
TRANSP:OPAQUE
UID:F6A7B8C9-D0E1-4F2A-8B3C-5D6E7F8091A2
END:VEVENT
END:VCALENDAR
""",
        trap="press-interview-reporter-named",
    ),
    dict(
        NEG,
        kind="research-interview-teams",
        uid="040000008200E00074C5B7101A82E008000000001A2B3C4D5E8BDB010000000000000000100000005245534541524348000000000000005",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN="Dr Fiona Ahmadi":mailto:fiona.ahmadi@uwc-research.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=practicema
 nager@cliftonsmilesdental.co.uk:mailto:practicemanager@cliftonsmilesdental
 .co.uk
DESCRIPTION;LANGUAGE=en-GB:Thank you for agreeing to take part in the 'Why 
 do dental nurses leave?' workforce study. This is a semi-structured resear
 ch interview of about 45 minutes\, audio-recorded with your consent (see 
 participant information sheet v3). You'll receive a £25 voucher.\n\nDr Fio
 na Ahmadi\, Senior Research Fellow\, School of Oral Health\, University of 
 the West Country\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_YjAxZTE2NjItODQ4OS00NTBmLWE4NzUtZDQ0YTI0M
 zZkMjE0%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E8BDB010000000000000000100000005245534541524348000000000000005
SUMMARY;LANGUAGE=en-GB:Research interview - dental workforce retention stud
 y (participant 17)
DTSTART;TZID=GMT Standard Time:20250226T181500
DTEND;TZID=GMT Standard Time:20250226T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="research-interview-participant-university",
    ),
    dict(
        NEG,
        kind="informational-coffee",
        uid="A7B8C9D0-E1F2-4A3B-9C4D-6E7F8091A2B3",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250112T210000Z
DTEND:20250118T113000
DTSTAMP:20250112T210033Z
DTSTART:20250118T103000
LAST-MODIFIED:20250112T210033Z
LOCATION:Spicer + Cole\, Queen Sq
SEQUENCE:0
SUMMARY:Coffee w/ Nia Howells - what's area mgr life really like?
DESCRIPTION:Nia = AM at Brightwater (ex-colleague from Bedminster). NOT an i
 nterview - she's not involved in hiring\, just picking her brain before I
  apply anywhere. Ask about travel\, targets\, on-call.
TRANSP:OPAQUE
UID:A7B8C9D0-E1F2-4A3B-9C4D-6E7F8091A2B3
END:VEVENT
END:VCALENDAR
""",
        trap="informational-coffee-at-employer-she-later-applies-to",
    ),
    dict(
        NEG,
        kind="job-fair-allday",
        uid="swdcf2025-visitor-10482@swdentalcareersfair.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Tickets//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:swdcf2025-visitor-10482@swdentalcareersfair.co.uk
DTSTAMP:20250115T100000Z
DTSTART;VALUE=DATE:20250208
DTEND;VALUE=DATE:20250209
SUMMARY:South West Dental Careers Fair 2025 (visitor ticket)
DESCRIPTION:Order #10482 - 1 x Visitor (free). 40+ exhibitors including de
 ntal groups\, NHS trusts\, practice software companies and recruitment age
 ncies. CV clinic and 'meet the hiring managers' zone. Bring printed CVs!
LOCATION:Ashton Gate Stadium\, Bristol BS3 2EJ
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="job-fair-all-day-hiring-managers-zone",
    ),
    dict(
        NEG,
        kind="referee-call",
        uid="ref0c1a2l3l4h5o6l7l8y9p0r1@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250415T123000
DTEND;TZID=Europe/London:20250415T124500
DTSTAMP:20250411T140000Z
ORGANIZER;CN=Smile Lab Denture Clinic:mailto:hello@smilelabdentures.co.uk
UID:ref0c1a2l3l4h5o6l7l8y9p0r1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=practicemanager@cliftonsmilesdental.co.uk;X-NUM-GUESTS=0:mailto:pr
 acticemanager@cliftonsmilesdental.co.uk
CREATED:20250411T135958Z
DESCRIPTION:Hi Gemma - Holly Price has given you as her referee for the Den
 tal Nurse post here. Could we have a 10 min call? We'll ask about her rel
 iability\, clinical skills and whether you'd re-employ. Thanks\, Marco (Cl
 inic Manager)
LAST-MODIFIED:20250411T135958Z
LOCATION:Phone - we'll call the practice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call re Holly Price
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-is-referee-for-ex-employee",
    ),
    dict(
        NEG,
        kind="prep-block",
        uid="5f1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250301T090000Z
LAST-MODIFIED:20250301T090000Z
DTSTAMP:20250301T090000Z
UID:5f1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d
SUMMARY:PREP - Brightwater final: 90 day plan slides + STAR stories
STATUS:CONFIRMED
DTSTART:20250302T140000
DTEND:20250302T170000
DESCRIPTION:practise out loud x2. time it (15 min). examples: CQC 2023\, 
 nurse retention\, SOE migration\, complaint from Mr A.
CATEGORIES:Job hunt
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="prep-block-names-employer-and-final",
    ),
    dict(
        NEG,
        kind="thank-you-reminder",
        uid="E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250304T160000Z
DTEND;VALUE=DATE:20250306
DTSTAMP:20250304T160011Z
DTSTART;VALUE=DATE:20250305
LAST-MODIFIED:20250304T160011Z
SEQUENCE:0
SUMMARY:send thank you email - Dan + Lucy @ Toothline (after final)
TRANSP:TRANSPARENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20250305T080000Z
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="thank-you-reminder-all-day-names-interviewers",
    ),
    dict(
        NEG,
        kind="recruiter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E58BDB01000000000000000010000000434F4E464944454E5449414C000006",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Rachel Ogunleye":mailto:rachel@dentaltalentpartners.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gemma.prit
 chard@outlook.com:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Gemma\, lovely to connect on LinkedIn. I'm re
 cruiting an Area Manager for a confidential client - a fast-growing priva
 te-equity-backed group with 11 practices across Bristol\, Bath and South W
 ales. I can't name them yet but happy to tell you more and hear what you'r
 e looking for. Rachel\, Dental Talent Partners\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E58BDB01000000000000000010000000434F4E464944454E5449414C000006
SUMMARY;LANGUAGE=en-GB:Call: Gemma Pritchard / Rachel (DTP) - AM opportunit
 y
DTSTART:20250521T113000Z
DTEND:20250521T115000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        trap="agency-recruiter-confidential-client-no-employer",
    ),
    dict(
        NEG,
        kind="family-partner-interview",
        uid="0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250402T195000Z
LAST-MODIFIED:20250402T195000Z
DTSTAMP:20250402T195000Z
UID:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d
SUMMARY:Rob's interview @ Wessex Water Services - I do school pick up!
STATUS:CONFIRMED
DTSTART:20250410T143000
DTEND:20250410T160000
DESCRIPTION:Rob 2nd interview (site supervisor) at Saltford depot. He need
 s the car so I get the bus. Pick up Ellie + Josh 3.15.
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="partners-job-interview-family-calendar",
    ),
    dict(
        NEG,
        kind="family-orthodontic-consultation",
        uid="B9C0D1E2-F3A4-4B5C-8D6E-7F8091A2B3C4",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250120T080000Z
DTEND:20250224T162000
DTSTAMP:20250120T080011Z
DTSTART:20250224T160000
LAST-MODIFIED:20250120T080011Z
LOCATION:Clarendon Orthodontics\, Clifton
SEQUENCE:0
SUMMARY:Ellie - ortho assessment (NHS IOTN)
DESCRIPTION:referral from Dr Reid. bring referral letter. ask re waiting list for NHS braces
TRANSP:OPAQUE
UID:B9C0D1E2-F3A4-4B5C-8D6E-7F8091A2B3C4
END:VEVENT
END:VCALENDAR
""",
        trap="childs-ortho-appointment-at-employer-she-interviews-with",
    ),
    dict(
        NEG,
        kind="passport-interview",
        uid="hmpo-ai-2025-0417-77812@passport-appointments.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HM Passport Office//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hmpo-ai-2025-0417-77812@passport-appointments.co.uk
DTSTAMP:20250404T090000Z
DTSTART:20250417T093000Z
DTEND:20250417T100000Z
SUMMARY:Passport interview - Joshua Pritchard
DESCRIPTION:Authentication interview for a first adult passport application
 . The applicant must attend in person with photo ID. Parents/guardians ca
 nnot attend the interview. Arrive 15 minutes early.\nReference: 7781-2025-
 JP
LOCATION:HM Passport Office\, Olympia House\, Upper Dock Street\, Newport NP20 1XA
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="passport-authentication-interview-for-son",
    ),
    dict(
        NEG,
        kind="mortgage-appointment",
        uid="kwm-appt-55190-pritchard@kingswaymortgages.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kingsway Mortgages//Adviser Diary//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:kwm-appt-55190-pritchard@kingswaymortgages.co.uk
DTSTAMP:20250505T150000Z
DTSTART:20250509T170000Z
DTEND:20250509T180000Z
SUMMARY:Mortgage fact-find interview - Mr R & Mrs G Pritchard
ORGANIZER;CN=Ian Beckett (Kingsway Mortgages):mailto:ian.beckett@kingswaymortgages.co.uk
ATTENDEE;CN=Gemma Pritchard;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Remortgage review - please have 3 months' payslips ready for bo
 th applicants. NB if either of you is changing jobs in the next few month
 s please tell me - lenders will want your new contract / probation detail
 s.
LOCATION:Video call (link to follow)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="mortgage-fact-find-interview-mentions-changing-jobs",
    ),
    dict(
        NEG,
        kind="german-product-training",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A78BDB0100000000000000001000000050524F44534348554C554E470000007",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{W_EUROPE}BEGIN:VEVENT
ATTENDEE;CN=practicemanager@cliftonsmilesdental.co.uk;RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250120T090000Z
DESCRIPTION:Produktschulung für Praxisteams: Intraoralscanner ZW-5 - Ersti
 nbetriebnahme\, Scan-Strategien\, Export an das Labor.\nProduct training 
 for practice teams (English session): ZW-5 intraoral scanner set-up and sc
 anning workflow. Trainer: Stefan Brandt.\n\nZahnwerk Dental GmbH - Academ
 y\n
DTEND;TZID="W. Europe Standard Time":20250128T170000
DTSTAMP:20250120T090000Z
DTSTART;TZID="W. Europe Standard Time":20250128T160000
LAST-MODIFIED:20250120T090000Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Zahnwerk Academy":mailto:academy@zahnwerk-dental.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-de:Produktschulung / Product training: ZW-5 Intraoralscanner (EN)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A78BDB0100000000000000001000000050524F44534348554C554E470000007
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="german-product-training-from-employer-she-later-interviews-with",
    ),
    dict(
        NEG,
        kind="french-service-visit",
        uid="sterimed-intervention-2025-0331-BS8-4412@sterimed-service.fr",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stérimed Service//Planning Techniciens//FR
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:sterimed-intervention-2025-0331-BS8-4412@sterimed-service.fr
DTSTAMP:20250317T080000Z
DTSTART;TZID="Romance Standard Time":20250331T100000
DTEND;TZID="Romance Standard Time":20250331T120000
SUMMARY:Entretien préventif annuel - autoclave classe B / Annual service visit - B-class autoclave
ORGANIZER;CN=Stérimed Service UK:mailto:planning@sterimed-service.fr
ATTENDEE;CN=Gemma Pritchard;RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
DESCRIPTION:Intervention n° 4412 - entretien préventif et validation annuel
 le (HTM 01-05). Technicien: Mathieu Garnier.\nJob 4412 - annual preventive 
 maintenance and validation. Please keep the decon room free; the autoclav
 e will be out of use for 2 hours. Heure de Paris: 10h00 (09:00 UK).
LOCATION:Clifton Smiles Dental - decontamination room
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="french-entretien-means-maintenance",
    ),
    dict(
        NEG,
        kind="spanish-class",
        uid="cls0e1s2p3a4n5o6l7b8r9i0s1@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Gemma personal
X-WR-TIMEZONE:Europe/London
{EUROPE_MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250422T200000
DTEND;TZID=Europe/Madrid:20250422T210000
DTSTAMP:20250410T090000Z
UID:cls0e1s2p3a4n5o6l7b8r9i0s1@google.com
CREATED:20250410T085900Z
DESCRIPTION:Clase online con la profe Marta (Valencia). Tema: 'La entrevis
 ta de trabajo' - vocabulario\, preguntas típicas\, simulación en parejas.
  Deberes: preparar una presentación de 2 minutos.
LAST-MODIFIED:20250410T085900Z
LOCATION:Zoom
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TU
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase de español B1 - la entrevista de trabajo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="spanish-language-class-topic-job-interview-recurring",
    ),
    dict(
        NEG,
        kind="recurring-practice-meeting",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F6A7B88BDB01000000000000000010000000505241435449434500000000000008",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="All Staff - Clifton Smiles";RSVP=TRUE:mailto:allstaff@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250102T090000Z
DESCRIPTION:Monthly practice meeting. Standing agenda: 1. CQC action plan 
 2. Infection control audit 3. Recruitment update (nurse + reception vacan
 cies\, interviews this month) 4. Patient feedback 5. AOB. Lunch provided.\n
DTEND;TZID="GMT Standard Time":20250115T140000
DTSTAMP:20250102T090000Z
DTSTART;TZID="GMT Standard Time":20250115T130000
LAST-MODIFIED:20250102T090000Z
LOCATION:Staff room
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=3WE
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Practice meeting (monthly)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B88BDB01000000000000000010000000505241435449434500000000000008
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="practice-meeting-agenda-recruitment-update",
    ),
    dict(
        NEG,
        kind="complaint-meeting",
        uid="040000008200E00074C5B7101A82E00800000000E5F6A7B8C98BDB01000000000000000010000000434F4D504C41494E54000000000009",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Reid, Marcus (Dr)";RSVP=TRUE:mailto:marcus.reid@cliftonsmilesdental.co.uk
CLASS:PRIVATE
CREATED:20250407T120000Z
DESCRIPTION:Local resolution meeting re formal complaint (ref C-2025-03) -
  Mr & Mrs Allen\, crown remake + charges. I'll take notes; Marcus to expl
 ain clinical side. Offer: refund of lab fee. Follow up letter within 3 wor
 king days per our complaints policy.\n
DTEND:20250414T171500Z
DTSTAMP:20250407T120000Z
DTSTART:20250414T163000Z
LAST-MODIFIED:20250407T120000Z
LOCATION:Consultation room
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Complaint meeting - Mr & Mrs Allen (w/ Dr Reid)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C98BDB01000000000000000010000000434F4D504C41494E54000000000009
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="patient-complaint-resolution-meeting",
    ),
    dict(
        NEG,
        kind="icb-contract-review",
        uid="040000008200E00074C5B7101A82E00800000000F6A7B8C9D08BDB0100000000000000001000000049434252455649455700000000000A",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN="Dental Commissioning Team (BSW ICB)":mailto:dental.commissioning@bsw-icb.example.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Shah, Anjali (Dr)":mailto:anjali.shah@cliftonsmilesdental.co.uk
DESCRIPTION;LANGUAGE=en-GB:Mid-year contract review - GDS contract 40917. U
 DA delivery to date (68%)\, access for new patients\, recovery plan. Plea
 se submit the practice's delivery forecast in advance.\n
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D08BDB0100000000000000001000000049434252455649455700000000000A
SUMMARY;LANGUAGE=en-GB:Contract review - Clifton Smiles Dental (GDS 40917)
DTSTART;TZID=GMT Standard Time:20250424T140000
DTEND;TZID=GMT Standard Time:20250424T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="nhs-commissioner-contract-review-panel-like",
    ),
    dict(
        NEG,
        kind="exam-user-candidate",
        uid="nebdn-exam-44718-dpm-2025@nebdn-exams.org.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NEBDN//Exam Bookings//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:nebdn-exam-44718-dpm-2025@nebdn-exams.org.uk
DTSTAMP:20250301T090000Z
DTSTART:20250523T090000Z
DTEND:20250523T113000Z
SUMMARY:NEBDN Certificate in Dental Practice Management - written exam
DESCRIPTION:Candidate: Gemma Pritchard\nCandidate number: 44718\nExam cent
 re: Bristol - Novotel Centre\nPlease bring photo ID and your candidate lett
 er. Candidates arriving more than 30 minutes late will not be admitted.
LOCATION:Novotel Bristol Centre\, Victoria St\, Bristol BS1 6HY
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="user-is-exam-candidate-not-job-candidate",
    ),
    dict(
        NEG,
        kind="dbs-id-check",
        uid="F0A1B2C3-D4E5-4F60-8192-A3B4C5D6E7F8",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250610T070000Z
DTEND:20250612T081500
DTSTAMP:20250610T070022Z
DTSTART:20250612T080000
LAST-MODIFIED:20250610T070022Z
LOCATION:Post Office\, Whiteladies Rd
SEQUENCE:0
SUMMARY:DBS ID check at Post Office (new job pre-employment)
DESCRIPTION:take passport + 2 proofs of address + the barcode email
TRANSP:OPAQUE
UID:F0A1B2C3-D4E5-4F60-8192-A3B4C5D6E7F8
END:VEVENT
END:VCALENDAR
""",
        trap="pre-employment-dbs-id-check-not-interview",
    ),
    dict(
        NEG,
        kind="career-coach-cv-review",
        uid="cvr1e2v3i4e5w6j7o8k9e0n1d2@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250114T193000Z
DTEND:20250114T203000Z
DTSTAMP:20250110T120000Z
ORGANIZER;CN=Jo Kendrick Coaching:mailto:jo@jokendrickcoaching.co.uk
UID:cvr1e2v3i4e5w6j7o8k9e0n1d2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=gemma.
 pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@outlook.com
CREATED:20250110T115958Z
DESCRIPTION:Session 1 of 3: CV review + NHS Jobs supporting statement (map
  to the person spec!) + LinkedIn headline. Send your current CV beforehan
 d.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250110T115958Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Career coaching - CV & supporting statement (Gemma)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="career-coaching-session-job-search-words",
    ),
    dict(
        NEG,
        kind="new-starter-induction",
        uid="040000008200E00074C5B7101A82E0080000000007B8C9D0E18BDB01000000000000000010000000494E44554354494F4E0000000000B",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Doyle, Megan";RSVP=TRUE:mailto:megan.doyle@cliftonsmilesdental.co.uk
ATTENDEE;CN="Nowak, Hannah";RSVP=TRUE:mailto:hannah.nowak@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250415T090000Z
DESCRIPTION:Day 1 induction: policies\, fire & medical emergency walk-roun
 d\, SOE log-in\, uniform\, meet the team. Hannah is your buddy for week 1. 
 Welcome to Clifton Smiles!\n
DTEND;TZID="GMT Standard Time":20250422T120000
DTSTAMP:20250415T090000Z
DTSTART;TZID="GMT Standard Time":20250422T083000
LAST-MODIFIED:20250415T090000Z
LOCATION:Clifton Smiles Dental
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Induction - Megan Doyle (new nurse) day 1
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000007B8C9D0E18BDB01000000000000000010000000494E44554354494F4E0000000000B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="new-starter-induction-after-hiring",
    ),
    dict(
        NEG,
        kind="radio-interview",
        uid="rsfm-guest-20250319-pritchard@radiosevernfm.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Radio Severn FM//Guest Bookings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:rsfm-guest-20250319-pritchard@radiosevernfm.co.uk
DTSTAMP:20250314T110000Z
DTSTART:20250319T074000Z
DTEND:20250319T075500Z
SUMMARY:LIVE guest interview - Breakfast show: 'Dental deserts' (Gemma Pritchard\, Clifton Smiles Dental)
ORGANIZER;CN=Sam Tierney (Producer):mailto:sam.tierney@radiosevernfm.co.uk
ATTENDEE;CN=Gemma Pritchard;RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
DESCRIPTION:Phone-in: presenter Dave Moss will interview you live for abou
 t 8 minutes on why people in Bristol can't find an NHS dentist. We'll cal
 l the practice landline at 07:38. Please be somewhere quiet!
LOCATION:Phone (live)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="live-radio-interview-user-as-guest",
    ),
    dict(
        NEG,
        kind="vendor-demo-employer-name",
        uid="lnl1c2h3a4i5r6s7i8d9e0d1m2@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250129T123000Z
DTEND:20250129T133000Z
DTSTAMP:20250120T090000Z
ORGANIZER;CN=Ben Yates:mailto:ben.yates@chairsidecloud.com
UID:lnl1c2h3a4i5r6s7i8d9e0d1m2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Ya
 tes;X-NUM-GUESTS=0:mailto:ben.yates@chairsidecloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=practicemanager@cliftonsmilesdental.co.uk;X-NUM-GUESTS=0:mailto:pr
 acticemanager@cliftonsmilesdental.co.uk
CREATED:20250120T085958Z
DESCRIPTION:Lunch & learn for the Clifton Smiles team - a 30 min demo of C
 hairSide Cloud (online booking\, digital medical histories\, SMS recalls) 
 and Q&A. Pizza on us! 1 hr CPD certificate available.\n\nBen Yates\, Acco
 unt Executive\, ChairSide Cloud\n\nInvitation from Google Calendar: https:
 //calendar.google.com/calendar/
LAST-MODIFIED:20250120T085958Z
LOCATION:Clifton Smiles Dental - staff room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ChairSide Cloud x Clifton Smiles - lunch & learn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="vendor-demo-from-employer-she-later-interviews-with",
    ),
    dict(
        NEG,
        kind="newsletter-interview-colleague",
        uid="C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250526T120000Z
DTEND:20250603T131500
DTSTAMP:20250526T120011Z
DTSTART:20250603T130000
LAST-MODIFIED:20250526T120011Z
LOCATION:Staff room
SEQUENCE:0
SUMMARY:Interview Dr Reid for patient newsletter ('meet the team')
DESCRIPTION:10 Qs - why dentistry\, fave treatment\, hobbies (sea swimming). photo for Facebook too
TRANSP:OPAQUE
UID:C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
""",
        trap="user-interviews-colleague-for-newsletter-not-hiring",
    ),
    dict(
        NEG,
        kind="podcast-guest",
        uid="riverside-pod-ep42-3c9d@podbooker-mail.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PodBooker//Guest Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-pod-ep42-3c9d@podbooker-mail.co.uk
DTSTAMP:20250601T120000Z
DTSTART:20250618T180000Z
DTEND:20250618T190000Z
SUMMARY:Podcast recording: The Practice Manager's Chair - ep. 42 (guest: Gemma Pritchard)
ORGANIZER;CN=Leah Winterbourne:mailto:leah@practicemanagerschair.co.uk
ATTENDEE;CN=Gemma Pritchard;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Thanks for agreeing to be interviewed for the show! Topic: 'Fr
 om dental nurse to practice manager - and what's next?'. We'll chat about 
 career progression\, interviewing for area manager roles and surviving CQ
 C. Recorded remotely - headphones please.
LOCATION:Remote studio link (emailed separately)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="podcast-guest-interview-about-career-progression",
    ),
]
