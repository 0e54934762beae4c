# ruff: noqa: E501, W291, W293, RUF100
"""holdout282 events, part D: the user on the hiring or assessing side (POST assessor, officer and OSG panels,
promotion boards, sifts, scorecards, candidates' replies, agencies presenting candidates)."""

from holdout282ev_zones import GMT_STD, GOOGLE_FOOTER, LONDON, fold, teams

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NEG,
        kind="exchange-assessor-day",
        uid="040000008200E00074C5B7101A82E00800000000CE3F4A5B6C87DC0100000000000000001000000011223344556677880011223344556677",
        trap="user-as-interviewer-post-assessor-day",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Prison Officer Recruitment North";SENT-BY="mailto:laura.mcvey@justice.example.gov.uk":mailto:po.recruitment.north@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Daly, Sean (SO)":mailto:sean.daly@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ahmed, Yasmin (CM)":mailto:yasmin.ahmed@hmp-kersalmoor.example.gov.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Irwell Training Centre - Assessment Suite":mailto:irwell.assessmentsuite@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:POST Assessment Centre - assessors\n\nThank you for volunteering as an assessor. 24 candidates are booked for the Prison Officer Selection Test (POST) at Irwell. You are assessing Role Play 2 (a prisoner asking for a phone call after bad news) and the written exercise.\n\n08:00 Assessor briefing and calibration\n08:45 - 12:30 Candidate rotations 1-3\n13:15 - 16:00 Candidate rotations 4-6\n16:00 - 16:30 Scoring wash-up\n\nPlease complete scoring on the assessment portal on the day. Do not discuss candidates outside the assessor team.\n\nPO Recruitment North (sent by Laura McVey)
UID:040000008200E00074C5B7101A82E00800000000CE3F4A5B6C87DC0100000000000000001000000011223344556677880011223344556677
SUMMARY;LANGUAGE=en-GB:POST Assessment Centre - Assessor (Role Play 2 / written) - Irwell
DTSTART;TZID=GMT Standard Time:20260917T080000
DTEND;TZID=GMT Standard Time:20260917T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260828T101203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Irwell Training Centre - Assessment Suite
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000DF4A5B6C7D88DC0100000000000000001000000022334455667788990011223344556677",
        trap="user-as-interviewer-recurring-assessor-rota-override",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Prison Officer Recruitment North":mailto:po.recruitment.north@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Weekly POST interview slot at Irwell for the autumn campaign. You are on the assessor rota as interviewer for the final structured interview (strengths) with candidates who passed the role plays. Candidate lists are on the portal 48 hours before.\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=WE
UID:040000008200E00074C5B7101A82E00800000000DF4A5B6C7D88DC0100000000000000001000000022334455667788990011223344556677
SUMMARY;LANGUAGE=en-GB:POST final interviews - assessor rota (Irwell)
DTSTART;TZID=GMT Standard Time:20261007T130000
DTEND;TZID=GMT Standard Time:20261007T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260930T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Irwell Training Centre - Interview Rooms 1-3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Prison Officer Recruitment North":mailto:po.recruitment.north@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Moved to the morning this week - Training Centre is being used for C&R refresher in the afternoon. Same candidate list.\n
RECURRENCE-ID;TZID=GMT Standard Time:20261028T130000
UID:040000008200E00074C5B7101A82E00800000000DF4A5B6C7D88DC0100000000000000001000000022334455667788990011223344556677
SUMMARY;LANGUAGE=en-GB:POST final interviews - assessor rota (Irwell) - AM this week
DTSTART;TZID=GMT Standard Time:20261028T090000
DTEND;TZID=GMT Standard Time:20261028T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T141502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Irwell Training Centre - Interview Rooms 1-3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="ios-hand-typed",
        uid="2E9C4A7F-5B1D-4E3A-8F6C-7D0B9A2E1C58",
        trap="user-as-interviewer-terse-prison-officer-ints",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261001T061733Z
DTSTAMP:20261001T061812Z
DTSTART:20261008T090000
DTEND:20261008T130000
LAST-MODIFIED:20261001T061812Z
LOCATION:boardroom
SEQUENCE:0
SUMMARY:PO ints x4 - me + SO Daly
DESCRIPTION:new officer ints. scoring sheets in my drawer. 9 / 10 / 11.15 / 12.15
UID:2E9C4A7F-5B1D-4E3A-8F6C-7D0B9A2E1C58
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="teams-panel-chair",
        uid="040000008200E00074C5B7101A82E00800000000E05B6C7D8E89DC0100000000000000001000000033445566778899AA0011223344556677",
        trap="user-as-interviewer-panel-chair-candidate-list",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Shared Services Recruitment":mailto:recruitment.panels@sharedservices.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fenton, Gary (SO)":mailto:gary.fenton@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Interview panel - Operational Support Grade (Band 3)\, HMP Irwell\, campaign 431007\n\nPanel chair: Joanne Okonkwo-Hughes (CM)\nPanel member: Gary Fenton (SO)\n\nCandidates:\n09:30  Candidate 50311\n10:20  Candidate 50327\n11:10  Candidate 50344\n12:00  Candidate 50352\n\nAs chair you are responsible for the interview record and for submitting the panel's agreed scores by close of play. Candidate packs are on the recruitment portal.\n\n{teams("861 204 773 019", "Tz4pLm", "104 662 387")}\n
UID:040000008200E00074C5B7101A82E00800000000E05B6C7D8E89DC0100000000000000001000000033445566778899AA0011223344556677
SUMMARY;LANGUAGE=en-GB:OSG interviews - Panel chair - campaign 431007 - HMP Irwell
DTSTART;TZID=GMT Standard Time:20261119T093000
DTEND;TZID=GMT Standard Time:20261119T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T110302Z
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
        NEG,
        kind="outlook-own-reminder",
        uid="040000008200E00074C5B7101A82E00800000000F16C7D8E9F8ADC0100000000000000001000000044556677889900AA0011223344556677",
        trap="user-as-interviewer-scoring-deadline",
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:RP2 + written ex scores for all 24 POST candidates - portal locks at 5. chase Sean for his sheets\n
UID:040000008200E00074C5B7101A82E00800000000F16C7D8E9F8ADC0100000000000000001000000044556677889900AA0011223344556677
SUMMARY;LANGUAGE=en-GB:Submit POST scores on assessment portal by 5pm!!
DTSTART;TZID=GMT Standard Time:20260918T150000
DTEND;TZID=GMT Standard Time:20260918T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T171122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT30M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="outlook-wash-up",
        uid="040000008200E00074C5B7101A82E00800000000A27D8E9FA08BDC0100000000000000001000000055667788990011AA0011223344556677",
        trap="user-as-interviewer-moderation-wash-up",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Lowe, Bernadette (HRBP)":mailto:bernadette.lowe@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osei, Frank (Deputy Governor)":mailto:frank.osei@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Wash-up for the Supervising Officer promotion board held on 2 and 3 November. Panel members to bring their evidence notes. We will moderate the scores for the 9 candidates\, agree the merit list and the feedback lines. Please do not share outcomes until HR has written to candidates.
UID:040000008200E00074C5B7101A82E00800000000A27D8E9FA08BDC0100000000000000001000000055667788990011AA0011223344556677
SUMMARY;LANGUAGE=en-GB:Wash-up: SO promotion board - moderation and merit list
DTSTART;TZID=GMT Standard Time:20261105T140000
DTEND;TZID=GMT Standard Time:20261105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T094400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HR Office - Admin Block
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="microsoft-bookings",
        uid="bookings-2f8a1c63-9e4d-4a7b-b5c0-d3e6f1a2b4c8@hmp-irwell.example.gov.uk",
        trap="user-as-interviewer-bookings-staff-member-candidate-booked",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN=HMP Irwell Recruitment:mailto:IrwellRecruitment@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Liam Fenwick:mailto:liam.fenwick97@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Operational Support Grade interview (45 minutes)\nStaff: Joanne Okonkwo-Hughes\nCustomer: Liam Fenwick\nCustomer email: liam.fenwick97@gmail.com\nCustomer phone: 07700 900731\n\nNotes from customer: I work nights at the moment so a morning slot is best. Thanks.\n\nPowered by Microsoft Bookings
UID:bookings-2f8a1c63-9e4d-4a7b-b5c0-d3e6f1a2b4c8@hmp-irwell.example.gov.uk
SUMMARY;LANGUAGE=en-GB:Operational Support Grade interview - Liam Fenwick
DTSTART;TZID=GMT Standard Time:20261124T100000
DTEND;TZID=GMT Standard Time:20261124T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T072218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HMP Irwell Gate Lodge - Interview Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="method-reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000B38E9FA0B18CDC0100000000000000001000000066778899001122AA0011223344556677",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;PARTSTAT=ACCEPTED;CN="Marsden, Kyle (OSG)":mailto:kyle.marsden@hmp-irwell.example.gov.uk
COMMENT;LANGUAGE=en-GB:Thanks Joanne\, I'll be there. Do I need to bring anything apart from my STAR examples?
UID:040000008200E00074C5B7101A82E00800000000B38E9FA0B18CDC0100000000000000001000000066778899001122AA0011223344556677
SUMMARY;LANGUAGE=en-GB:Accepted: Interview - Supervising Officer (Band 4) progression - Kyle Marsden
DTSTART;TZID=GMT Standard Time:20261103T110000
DTEND;TZID=GMT Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261027T183051Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Seg Unit office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNER-CRITICAL-CHANGE:20261027T183051Z
X-MICROSOFT-CDO-ATTENDEE-CRITICAL-CHANGE:20261027T183051Z
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="google-agency-candidate",
        uid="0m9n8b7v6c5x4z3a2s1d0f9g8h@google.com",
        trap="user-as-interviewer-agency-presents-candidates",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260722T130000Z
DTEND:20260722T133000Z
DTSTAMP:20260717T100912Z
ORGANIZER;CN=Shauna Brady:mailto:shauna.brady@hollinsjustice.example.co.uk
UID:0m9n8b7v6c5x4z3a2s1d0f9g8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Shauna Brady;X-NUM-GUESTS=0:mailto:shauna.brady@hollinsjustice.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwo-hughes@hmp-irwell.example.gov.uk;X-NUM-GUESTS=0:mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
CREATED:20260717T100910Z
DESCRIPTION:Hi Joanne\,\n\nAs promised\, I'd like to present two candidates for your night OSG cover on the agency framework: Darren Whitehead (ex-Army\, 4 years custody escort) and Claire Boyd (2 years OSG at a Cat C). I'll talk you through their CVs and vetting status and we can book interviews with you for next week if you like them.\n\nShauna Brady\nHollins Justice Recruitment\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260717T100912Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Candidate presentation: night OSG cover - Hollins Justice / Joanne
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-sift-panel",
        uid="040000008200E00074C5B7101A82E00800000000C49FA0B1C28DDC0100000000000000001000000077889900112233AA0011223344556677",
        trap="user-as-interviewer-civil-service-sift-panel",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Lowe, Bernadette (HRBP)":mailto:bernadette.lowe@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fenton, Gary (SO)":mailto:gary.fenton@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Sift panel - Civil Service Jobs vacancy 431007 (OSG Band 3\, HMP Irwell). 61 applications. Sift on the lead behaviour (Managing a Quality Service) and the 250 word personal statement. Applications are anonymised on the CSJ sift screen. Please have your CSJ panel login working before the meeting.
UID:040000008200E00074C5B7101A82E00800000000C49FA0B1C28DDC0100000000000000001000000077889900112233AA0011223344556677
SUMMARY;LANGUAGE=en-GB:Sift - OSG campaign 431007
DTSTART;TZID=GMT Standard Time:20261021T090000
DTEND;TZID=GMT Standard Time:20261021T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T080133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HR Office - Admin Block
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-own-appointment",
        uid="040000008200E00074C5B7101A82E00800000000D5A0B1C2D38EDC0100000000000000001000000088990011223344AA0011223344556677",
        trap="user-as-interviewer-prisoner-job-applications",
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:6 apps for kitchen orderly (2 vacancies). Check sec vetting list + adjudications first. Activities hub rm 2. Reuben from LAB sitting in\n
UID:040000008200E00074C5B7101A82E00800000000D5A0B1C2D38EDC0100000000000000001000000088990011223344AA0011223344556677
SUMMARY;LANGUAGE=en-GB:Kitchen orderly interviews (prisoners)
DTSTART;TZID=GMT Standard Time:20260826T140000
DTEND;TZID=GMT Standard Time:20260826T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260821T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Activities Hub
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="google-assessor-invite",
        uid="3g4h5j6k7l8z9x0c1v2b3n4m5q@google.com",
        trap="user-as-interviewer-graduate-scheme-assessor",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261114T090000Z
DTEND:20261114T160000Z
DTSTAMP:20261026T120022Z
ORGANIZER;CN=Unbarred Graduates Assessment Team:mailto:assessment@unbarredgraduates.example.org
UID:3g4h5j6k7l8z9x0c1v2b3n4m5q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20261026T120020Z
DESCRIPTION:Thank you for volunteering as an assessor at our assessment centre for the 2027 Leadership Development Programme (graduates training as prison officers). You'll be assessing candidates in the interview and the 'wing scenario' role play\, using the competency scoring guide we'll send on Monday. Assessor briefing at 09:00\, candidates from 09:45.\n\nAssessor expenses are claimed on the day.\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20261026T120022Z
LOCATION:Unbarred Graduates Northern Hub\, 40 Canal Street\, Piccadilly Basin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessor - Unbarred Graduates assessment centre (Sat)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="oleeo-panel-pack",
        uid="oleeo-panel-SCCM-2026-0412-irwell-pm2@oleeo.example.net",
        trap="user-as-interviewer-oleeo-panel-member-pack",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruitment//EN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:oleeo-panel-SCCM-2026-0412-irwell-pm2@oleeo.example.net
DTSTAMP:20261002T081544Z
DTSTART;TZID=Europe/London:20261013T093000
DTEND;TZID=Europe/London:20261013T160000
SUMMARY:Panel member: interviews - Safer Custody Case Manager (SCCM-2026-0412) - HMP Irwell
ORGANIZER;CN=HMPPS Recruitment (Oleeo):mailto:no-reply@oleeo.example.net
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION:You have been scheduled as a panel member for the following interviews.\n\nVacancy: Safer Custody Case Manager (SCCM-2026-0412)\nYour role: Panel Member 2\n\nSchedule:\n09:30 Candidate 70418\n10:45 Candidate 70431\n13:00 Candidate 70455\n14:15 Candidate 70462\n\nThe interview pack (questions\, scoring guide and candidate applications) is available in your Oleeo panel workspace. Record your individual scores before the panel's consensus discussion.
LOCATION:HMP Irwell - Safer Custody Hub meeting room
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-fitness-observer",
        uid="040000008200E00074C5B7101A82E00800000000E6B1C2D3E48FDC01000000000000000010000000990011223344556AA011223344556677",
        trap="user-as-interviewer-fitness-test-observer",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="McVey, Laura":mailto:laura.mcvey@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:JRFT (Job Related Fitness Test) for POST candidates who passed the assessment centre. We need an operational manager to observe candidates on the shield hold and the evasion element and sign the observation sheets alongside the PE instructors.
UID:040000008200E00074C5B7101A82E00800000000E6B1C2D3E48FDC01000000000000000010000000990011223344556AA011223344556677
SUMMARY;LANGUAGE=en-GB:JRFT - operational observer for POST candidates
DTSTART;TZID=GMT Standard Time:20261001T090000
DTEND;TZID=GMT Standard Time:20261001T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T101011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Irwell Sports Hall
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="calendly-host",
        uid="GDX7PLK2MNQ4RSTV@calendly.com",
        trap="user-as-interviewer-calendly-host-invitee-candidate",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:GDX7PLK2MNQ4RSTV@calendly.com
DTSTAMP:20260903T201144Z
DTSTART:20260910T140000Z
DTEND:20260910T143000Z
SUMMARY:Amir Haddad and Joanne Okonkwo-Hughes
DESCRIPTION:Event Name: SO EOI - informal interview (30 min)\n\nInvitee: Amir Haddad\nInvitee Email: amir.haddad@hmp-irwell.example.gov.uk\n\nQuestions:\nWhich wing do you currently work on?\nB wing (nights rota)\n\nLocation: Custody Manager's office\, House Block 2\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/5e1a9c0b-7f3d-4a2e-8b6c-1d0e9f2a3b4c\nReschedule: https://calendly.com/reschedulings/5e1a9c0b-7f3d-4a2e-8b6c-1d0e9f2a3b4c\n\nPowered by Calendly.com
LOCATION:Custody Manager's office\, House Block 2
ORGANIZER;CN=Joanne Okonkwo-Hughes:mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;CN=Amir Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:amir.haddad@hmp-irwell.example.gov.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="exchange-room-board",
        uid="040000008200E00074C5B7101A82E00800000000F7C2D3E4F590DC0100000000000000001000000000112233445566AA0011223344556677",
        trap="user-as-interviewer-promotion-board-chair-room",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ahmed, Yasmin (CM)":mailto:yasmin.ahmed@hmp-kersalmoor.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lowe, Bernadette (HRBP)":mailto:bernadette.lowe@hmp-irwell.example.gov.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HMP Irwell - Boardroom (12)":mailto:irwell.boardroom@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:SO promotion board day 1. I'm chairing\, Yasmin is the independent panel member from Kersal Moor\, Bernadette observing for HR. 5 candidates (list in the shared folder). Behaviours: Leadership\, Making Effective Decisions\, Managing a Quality Service\, Communicating and Influencing.
UID:040000008200E00074C5B7101A82E00800000000F7C2D3E4F590DC0100000000000000001000000000112233445566AA0011223344556677
SUMMARY;LANGUAGE=en-GB:SO promotion board - day 1 (chair)
DTSTART;TZID=GMT Standard Time:20261102T090000
DTEND;TZID=GMT Standard Time:20261102T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T143022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HMP Irwell - Boardroom (12)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="thunderbird-peer-selection",
        uid="e41b9a07-3c6d-4f82-a5e9-0d7c2b1f8a63",
        trap="user-as-interviewer-peer-listener-selection",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20260901T175010Z
LAST-MODIFIED:20260901T175122Z
DTSTAMP:20260901T175122Z
UID:e41b9a07-3c6d-4f82-a5e9-0d7c2b1f8a63
SUMMARY:Listener selection interviews - with IVLS branch
DTSTART;TZID=Europe/London:20260915T133000
DTEND;TZID=Europe/London:20260915T163000
LOCATION:Chapel meeting rm
DESCRIPTION:interviewing 7 prisoner applicants for the Listener scheme w/ 2 volunteers from Irwell Valley Listening Service. security cleared list from Intel. I sign off suitability.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="outlook-rebooked-candidate",
        uid="040000008200E00074C5B7101A82E00800000000A8D3E4F5A691DC0100000000000000001000000011AA2233445566778899AABBCCDDEEFF",
        trap="user-as-interviewer-rebooked-no-show-candidate",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Prison Officer Recruitment North":mailto:po.recruitment.north@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Candidate 50772 did not attend their POST final interview on 14 October (car broke down - evidence provided). We have rebooked them into a single slot with you as interviewer. Please use the same question set and record on the portal.\n\n{teams("590 442 817 306", "Wm8yHq", "477 120 598")}\n
UID:040000008200E00074C5B7101A82E00800000000A8D3E4F5A691DC0100000000000000001000000011AA2233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=en-GB:REBOOKED: POST final interview - candidate 50772 (interviewer J O-H)
DTSTART;TZID=GMT Standard Time:20261023T150000
DTEND;TZID=GMT Standard Time:20261023T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T093355Z
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
        NEG,
        kind="outlook-observer",
        uid="040000008200E00074C5B7101A82E00800000000B9E4F5A6B792DC0100000000000000001000000022BB3344556677889900AABBCCDDEEFF",
        trap="user-as-interviewer-observer-panel-training",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Ahmed, Yasmin (CM)":mailto:yasmin.ahmed@hmp-kersalmoor.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Joanne - as part of your Recruitment & Selection panel training you can sit in as an observer on our CM interviews at Kersal Moor (3 candidates for Custodial Manager). You'll observe the candidates and the panel\, fill in an observer score sheet and we'll compare notes at the end. You won't ask questions this time. Y
UID:040000008200E00074C5B7101A82E00800000000B9E4F5A6B792DC0100000000000000001000000022BB3344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=en-GB:Observer - CM interview panel (panel member training) - Kersal Moor
DTSTART;TZID=GMT Standard Time:20260729T093000
DTEND;TZID=GMT Standard Time:20260729T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260720T113041Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HMP Kersal Moor - Training Room 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="all-day-rating-deadline",
        uid="hv-review-OSG431007-irwell-jokh@hirevue.example.com",
        trap="user-as-interviewer-recorded-video-rating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Reviewer Notifications//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-review-OSG431007-irwell-jokh@hirevue.example.com
DTSTAMP:20261026T070000Z
DTSTART;VALUE=DATE:20261030
DTEND;VALUE=DATE:20261031
SUMMARY:Review due: 12 recorded interviews - OSG Band 3 (431007)
DESCRIPTION:You have been assigned as a reviewer for 12 on-demand video interviews for Operational Support Grade (Band 3)\, HMP Irwell. Please watch and rate each candidate's responses against the scoring guide by end of day.\n\nOpen your review queue: https://app.hirevue.example.com/review/hmpps/431007
ORGANIZER;CN=HireVue Notifications:mailto:notifications@hirevue.example.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
