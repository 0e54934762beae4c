# ruff: noqa: E501, W291, W293, RUF100
"""holdout282 events, part A: the user's own interviews (Border Force, probation, police, private prison, council,
internal, NHS)."""

from holdout282ev_zones import GMT_STD, GOOGLE_FOOTER, LONDON, UTC_DUBLIN, fold, teams

EVENTS = [
    dict(
        kind="csjobs-booking",
        uid="csj-int-418832-7f3a91c2@csjobs.example.gov.uk",
        is_interview=1,
        company="Border Force",
        role="Border Force Higher Officer",
        stage="onsite",
        interviewers="",
        trap="civil-service-jobs-slot-booking-no-names",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Interview Slot Booking 4.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:csj-int-418832-7f3a91c2@csjobs.example.gov.uk
DTSTAMP:20260915T081233Z
DTSTART:20260929T090000Z
DTEND:20260929T101500Z
SUMMARY:Interview and assessment - Border Force Higher Officer (Ref: 418832)
DESCRIPTION:Dear Joanne Okonkwo-Hughes\,\n\nThank you for booking your interview slot for vacancy 418832 Border Force Higher Officer - Ringway Gate Airport (Home Office).\n\nYour interview and assessment will take place by video call. The panel will assess the following Behaviours: Leadership\, Making Effective Decisions\, Working Together and Managing a Quality Service. You will also be asked Strength based questions.\n\nYou will be asked to give a 5 minute presentation on: How would you lead a team of Border Force Officers through a period of sustained disruption at the Primary Control Point?\n\nPlease have your photographic ID ready for the identity check at the start of the call.\n\nA link to join will be sent separately by the vacancy holder.\n\nTo change or cancel your booking please sign in to your Civil Service Jobs account.\n\nThis is an automated message. Please do not reply.
LOCATION:Video interview - link to follow from the vacancy holder
ORGANIZER;CN=Civil Service Jobs:mailto:noreply@csjobs.example.gov.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:joanne.okonkwohughes@outlook.com
STATUS:CONFIRMED
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000A0F3C2D71B48DC01000000000000000010000000E4B7A1C93D2F4E5B8A6C0D1E2F3A4B5C",
        is_interview=1,
        company="Border Force",
        role="Border Force Higher Officer",
        stage="onsite",
        interviewers="owen.pritchard@homeoffice.example.gov.uk;sabina.begum@homeoffice.example.gov.uk",
        trap="rescheduled-sequence-sent-by-mailbox-gmt-standard-time",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Pritchard, Owen";SENT-BY="mailto:bf.recruitment.north@homeoffice.example.gov.uk":mailto:owen.pritchard@homeoffice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Begum, Sabina":mailto:sabina.begum@homeoffice.example.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=BF Recruitment North:mailto:bf.recruitment.north@homeoffice.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Good afternoon Joanne\,\n\nApologies - due to operational commitments at the PCP we have had to move your interview for Border Force Higher Officer (418832). The new time is Thursday 1 October at 14:00. Your Civil Service Jobs booking will be updated to match.\n\nThe panel will be Owen Pritchard (Senior Officer\, chair) and Sabina Begum (Higher Officer). The format is unchanged: 5 minute presentation\, then Behaviour and Strength based questions. Please be ready 10 minutes early for the ID check.\n\nKind regards\nBF Recruitment North (on behalf of Owen Pritchard)\n\n{teams("364 802 117 905", "Qz9hT4", "602 551 318")}\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C2D71B48DC01000000000000000010000000E4B7A1C93D2F4E5B8A6C0D1E2F3A4B5C
SUMMARY;LANGUAGE=en-GB:Updated: Border Force HO interview - Joanne Okonkwo-Hughes (418832)
DTSTART;TZID=GMT Standard Time:20261001T140000
DTEND;TZID=GMT Standard Time:20261001T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260922T153007Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2124710397
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-hand-typed",
        uid="8C1F5E2A-33D0-4B7E-9F21-6A0D4C8B7E13",
        is_interview=1,
        company="Border Force",
        role="",
        stage="final",
        interviewers="Gail Lyons",
        trap="terse-floating-airport-location-other-employer-name",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261009T184410Z
DTSTAMP:20261009T184512Z
DTSTART:20261021T093000
DTEND:20261021T113000
LAST-MODIFIED:20261009T184512Z
LOCATION:Ringway Gate Airport T2 - BF office landside
SEQUENCE:0
SUMMARY:BF stage 2 - operational int
DESCRIPTION:ask for SO Gail Lyons at the staff search desk\, bring passport + CSJ email. ~2hrs incl PCP walk round. Park in staff car park B?
UID:8C1F5E2A-33D0-4B7E-9F21-6A0D4C8B7E13
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0E4A2B9C-7D1F-4C3A-8E5B-2F6D9A1C4B7E
X-WR-ALARMUID:0E4A2B9C-7D1F-4C3A-8E5B-2F6D9A1C4B7E
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exchange-room-panel",
        uid="040000008200E00074C5B7101A82E008000000006E1C0B4A9F43DC0100000000000000001000000071C2E9B44A0D8F4FA1B3C5D7E9F0A2B4",
        is_interview=1,
        company="The Probation Service",
        role="Probation Services Manager",
        stage="onsite",
        interviewers="ngozi.achebe@justice.example.gov.uk;dean.whitworth@justice.example.gov.uk",
        trap="sent-by-admin-room-attendee-written-exercise-hmpps",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Achebe, Ngozi";SENT-BY="mailto:nw.probation.recruitment@justice.example.gov.uk":mailto:ngozi.achebe@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitworth, Dean":mailto:dean.whitworth@justice.example.gov.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Riverside House - Meeting Room 3 (8)":mailto:riversidehouse.mr3@justice.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Joanne\,\n\nFurther to your Civil Service Jobs notification\, please find below the details of your interview and assessment for Probation Services Manager (PSM)\, Irwell Valley PDU - vacancy 97342.\n\n13:30 - 14:15  Written exercise (case allocation and risk escalation scenario)\, completed on a laptop provided\n14:30 - 15:30  Interview - Behaviours: Leadership\, Developing Self and Others\, Making Effective Decisions\; plus Strengths\n\nPanel: Ngozi Achebe (Head of PDU) and Dean Whitworth (Senior Probation Officer).\n\nRiverside House is a secure building - please bring photo ID and sign in at reception. As an existing HMPPS employee you can use your own ID card.\n\nNW Probation Recruitment\non behalf of Ngozi Achebe
UID:040000008200E00074C5B7101A82E008000000006E1C0B4A9F43DC0100000000000000001000000071C2E9B44A0D8F4FA1B3C5D7E9F0A2B4
SUMMARY;LANGUAGE=en-GB:PSM interview and assessment - J Okonkwo-Hughes - 97342
DTSTART;TZID=GMT Standard Time:20261014T133000
DTEND;TZID=GMT Standard Time:20261014T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T102233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Riverside House - Meeting Room 3 (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-utc-zone-name",
        uid="040000008200E00074C5B7101A82E00800000000C4D29A1E3B4BDC010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9",
        is_interview=1,
        company="The Probation Service",
        role="Probation Services Manager",
        stage="final",
        interviewers="siobhan.rourke@justice.example.gov.uk",
        trap="strengths-conversation-wording-utc-plus-zone-label",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC_DUBLIN}
BEGIN:VEVENT
ORGANIZER;CN="Rourke, Siobhan":mailto:siobhan.rourke@justice.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Joanne\, congratulations on getting through the first stage for the PSM post. As discussed with Ngozi\, the final step is a 45 minute strengths-based conversation with me. No presentation\, no need to prepare anything formal - I'd like to hear how you'd lead a probation team through the Target Operating Model changes.\n\nSiobhan Rourke\nDeputy Regional Probation Director\, North West\n\n{teams("218 440 671 093", "bW3mXa", "771 203 415")}\n
UID:040000008200E00074C5B7101A82E00800000000C4D29A1E3B4BDC010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9
SUMMARY;LANGUAGE=en-GB:PSM - stage 2 conversation (Joanne O-H)
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261103T100000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261103T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T131905Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="all-day-online-test",
        uid="cohesion-assess-PSI-2026-118-jokh@pennine-police.example.net",
        is_interview=1,
        company="Pennine Constabulary",
        role="Police Staff Investigator",
        stage="technical",
        interviewers="",
        trap="all-day-online-assessment-window-ats-noreply",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cohesion Recruitment//Candidate Portal//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:cohesion-assess-PSI-2026-118-jokh@pennine-police.example.net
DTSTAMP:20260901T070012Z
DTSTART;VALUE=DATE:20260907
DTEND;VALUE=DATE:20260908
SUMMARY:Pennine Constabulary - Police Staff Investigator - online assessment window
DESCRIPTION:Your online assessment for Police Staff Investigator (PSI-2026-118) is open from 09:00 to 23:59 today.\n\nThe assessment has two parts: a written exercise (summarising a witness account and identifying lines of enquiry\, 40 minutes) and a situational judgement test based on the Competency and Values Framework (CVF\, 30 minutes).\n\nStart here: https://pennine-police.example.net/candidate/assess?ref=PSI-2026-118\n\nPennine Constabulary Resourcing Team
ORGANIZER;CN=Pennine Constabulary Resourcing:mailto:no-reply@pennine-police.example.net
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E008000000008F21D70C5A3ADC0100000000000000001000000003D6E9A1B2C4F5E6A7B8C9D0E1F2A3B4C5",
        is_interview=1,
        company="Pennine Constabulary",
        role="Police Staff Investigator",
        stage="onsite",
        interviewers="kieran.holt@pennine.police.example.uk;amanda.fairclough@pennine.police.example.uk",
        trap="cvf-panel-windows-zone-without-vtimezone-police-ranks",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fairclough, Amanda":mailto:amanda.fairclough@pennine.police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Holt, Kieran (DS 4471)":mailto:kieran.holt@pennine.police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Joanne\,\n\nThank you for completing the online assessment. We are pleased to invite you to a competency-based interview for the role of Police Staff Investigator (PSI-2026-118)\, Serious Case Team.\n\nThe interview will last approximately 60 minutes and questions will be based on the Competency and Values Framework (CVF) at level 2. Your panel will be DS Kieran Holt and Amanda Fairclough (HR Business Partner).\n\nPlease report to the front counter at Moorgate Lane Police HQ\, Rochvale RV3 7QT\, with photo ID. Parking is not available on site.\n\nAfter the interview you will complete a short practical exercise (details to follow).\n\nKind regards\nAmanda Fairclough\nHR Business Partner - Crime & Public Protection
UID:040000008200E00074C5B7101A82E008000000008F21D70C5A3ADC0100000000000000001000000003D6E9A1B2C4F5E6A7B8C9D0E1F2A3B4C5
SUMMARY;LANGUAGE=en-GB:PSI Interview - Joanne Okonkwo-Hughes
DTSTART;TZID=GMT Standard Time:20260924T090000
DTEND;TZID=GMT Standard Time:20260924T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T100521Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Moorgate Lane HQ - Interview Room 1.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000B03E4F1A6C3ADC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        is_interview=1,
        company="Pennine Constabulary",
        role="Police Staff Investigator",
        stage="technical",
        interviewers="ruth.anand@pennine.police.example.uk",
        trap="user-conducts-role-play-interview-as-candidate-peace-model",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="PSI Recruitment":mailto:psi.recruitment@pennine.police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Anand, Ruth (DC 2290)":mailto:ruth.anand@pennine.police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Practical exercise - investigative interview\n\nFollowing your CVF interview you will take part in a 30 minute practical exercise. You will be given a short case file and 15 minutes to plan\, then you will interview a witness (played by a trained role actor) using the PEACE model. DC Ruth Anand will observe and assess you against the PSI practical standard.\n\nThis forms part of the selection process for Police Staff Investigator. You do not need prior PIP accreditation.
X-ALT-DESC;FMTTYPE=text/html:<html><body><p><b>Practical exercise - investigative interview</b></p><p>Following your CVF interview you will take part in a 30 minute practical exercise. You will be given a short case file and 15 minutes to plan\, then you will interview a witness (played by a trained role actor) using the PEACE model. DC Ruth Anand will observe and assess you against the PSI practical standard.</p><p>This forms part of the selection process for Police Staff Investigator. You do not need prior PIP accreditation.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000B03E4F1A6C3ADC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-GB:PSI practical - witness interview exercise (candidate: J Okonkwo-Hughes)
DTSTART:20260924T093000Z
DTEND:20260924T104500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T101544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Moorgate Lane HQ - Video Interview Suite B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-agency",
        uid="3k8v1q2h7c0m5n4r9t6b2x1z0a@google.com",
        is_interview=1,
        company="Castellan Justice Services",
        role="Head of Safer Custody",
        stage="recruiter_screen",
        interviewers="priya.lall@keystonejustice.example.co.uk",
        trap="agency-phone-screen-names-client-employer",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260818T113000Z
DTEND:20260818T120000Z
DTSTAMP:20260814T160211Z
ORGANIZER;CN=Priya Lall:mailto:priya.lall@keystonejustice.example.co.uk
UID:3k8v1q2h7c0m5n4r9t6b2x1z0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Lall;X-NUM-GUESTS=0:mailto:priya.lall@keystonejustice.example.co.uk
CREATED:20260814T160210Z
DESCRIPTION:Hi Joanne\, as promised - now that the client has signed off I can tell you it's Castellan Justice Services\, Head of Safer Custody at HMP Thornfield (Cat B\, 1\,100 men). This call is my formal screening before I put you forward: your safer custody experience\, ACCT/CSIP\, notice period and salary expectations (the band is £58-64k + car allowance).\n\nI'll ring you on 07700 900412.\n\nPriya Lall\nSenior Consultant\, Keystone Justice Recruitment\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260814T160211Z
LOCATION:Phone - Priya to call Joanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Screening call: Head of Safer Custody (Castellan) - Joanne Okonkwo-Hughes / Keystone
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="workday-interview",
        uid="WD-INT-R20417-0007731@castellan.myworkday.example.com",
        is_interview=1,
        company="Castellan Justice Services",
        role="Head of Safer Custody",
        stage="onsite",
        interviewers="martin.ebuka@castellanjustice.example.co.uk;fiona.lacey@castellanjustice.example.co.uk",
        trap="workday-schedule-private-prison-site-name",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:WD-INT-R20417-0007731@castellan.myworkday.example.com
DTSTAMP:20260901T092410Z
DTSTART;TZID=Europe/London:20260910T100000
DTEND;TZID=Europe/London:20260910T113000
SUMMARY:Interview: Joanne Okonkwo-Hughes - Head of Safer Custody (R-20417)
LOCATION:HMP Thornfield\, Gatehouse Training Suite\, Thornfield Lane\, Westhoughton Moss WM5 2HT
ORGANIZER;CN=Castellan Talent Acquisition:mailto:castellan@myworkday.example.com
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CN=Martin Ebuka;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martin.ebuka@castellanjustice.example.co.uk
ATTENDEE;CN=Fiona Lacey;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fiona.lacey@castellanjustice.example.co.uk
DESCRIPTION:Candidate: Joanne Okonkwo-Hughes\nJob Requisition: R-20417 Head of Safer Custody (Open)\nLocation: HMP Thornfield\n\nInterview Schedule\n10:00 - 10:45  Competency interview - Martin Ebuka (Director\, HMP Thornfield)\n10:45 - 11:30  Safer custody case review exercise - Fiona Lacey (Group Head of Safety)\n\nPlease arrive 20 minutes early: the gate requires photo ID and you will be escorted at all times. Mobile phones must be left in the lockers in the Gatehouse.\n\nThis invitation was sent by Workday on behalf of Castellan Justice Services.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-mac-export",
        uid="9D3E6F1B-2A4C-4E8D-B7F0-C15A93E2D684",
        is_interview=1,
        company="Castellan Justice Services",
        role="Head of Safer Custody",
        stage="final",
        interviewers="helen.marsh@castellanjustice.example.co.uk",
        trap="final-with-site-tour-and-controller-mention",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:9D3E6F1B-2A4C-4E8D-B7F0-C15A93E2D684
DTSTAMP:20260922T143309Z
SUMMARY:Final interview - Head of Safer Custody - HMP Thornfield
DTSTART;TZID=Europe/London:20261006T130000
DTEND;TZID=Europe/London:20261006T150000
LOCATION:HMP Thornfield - Director's Office (Admin Block)
ORGANIZER;CN="Marsh, Helen":mailto:helen.marsh@castellanjustice.example.co.uk
ATTENDEE;CN="Okonkwo-Hughes, Joanne";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CN="Keystone - Priya Lall";ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:priya.lall@keystonejustice.example.co.uk
DESCRIPTION:Joanne\,\n\nThank you for your time with Martin and Fiona. I'd like to invite you to the final stage for Head of Safer Custody.\n\n13:00 Final interview with me (Contract Director\, Castellan North)\n14:00 Walk round Houseblock 3 and the CSU with the Duty Governor. You may meet the MoJ Controller on the landings - they are not part of the process.\n\nPriya at Keystone is copied for information.\n\nHelen Marsh\nContract Director
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="trac-interview",
        uid="trac-int-CBC-YJ-0412-c7d19e@trac-jobs.example.co.uk",
        is_interview=1,
        company="Calderbrook Council",
        role="Youth Justice Service Manager",
        stage="onsite",
        interviewers="Carla Whitmore;Imran Shah;Debbie Yates",
        trap="trac-council-panel-names-only-presentation",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems//Trac Jobs Interview//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:trac-int-CBC-YJ-0412-c7d19e@trac-jobs.example.co.uk
DTSTAMP:20261028T120455Z
DTSTART:20261111T110000Z
DTEND:20261111T121500Z
SUMMARY:Interview - Youth Justice Service Manager - Calderbrook Council
LOCATION:Calderbrook Town Hall\, Committee Room 2\, Market Place\, Calderbrook CB1 1AA
DESCRIPTION:Job reference: CBC-YJ-0412\nPost: Youth Justice Service Manager (Grade 11)\nEmployer: Calderbrook Council - Children's Services\n\nInterview details\nYou are asked to prepare a 10 minute presentation on: 'How would you reduce first-time entrants to the youth justice system in Calderbrook while keeping custody numbers low?' Please bring it on a memory stick or send it to the recruitment team by 9am on the day.\n\nInterview panel:\nCarla Whitmore - Head of Early Help and Youth Justice\nCllr Imran Shah - Lead Member for Children and Young People\nDebbie Yates - HR Adviser\n\nPlease bring your original ID and qualification certificates for pre-employment checks (enhanced DBS).\n\nThis interview was booked through Trac. To view or change your booking\, log in to your Trac account.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-youth-panel",
        uid="040000008200E00074C5B7101A82E00800000000D7A55B3C1E5EDC01000000000000000010000000B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4",
        is_interview=1,
        company="Calderbrook Council",
        role="Youth Justice Service Manager",
        stage="onsite",
        interviewers="",
        trap="young-peoples-panel-candidate-wording-coordinator-only",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Ndlovu, Lewis":mailto:lewis.ndlovu@calderbrook.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Town Hall - Youth Room (G.04)":mailto:th.youthroom@calderbrook.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Joanne\,\n\nAs a shortlisted candidate for the Youth Justice Service Manager post\, you'll meet our Youth Voice panel before your formal interview. The panel is four young people who have been supported by Calderbrook YJS. They have written their own questions and their feedback goes to the formal panel.\n\nIt's informal - no presentation - but please treat it as part of the interview. I'll be there to support the young people and keep time.\n\nLewis Ndlovu\nParticipation Worker\, Calderbrook Youth Justice Service
UID:040000008200E00074C5B7101A82E00800000000D7A55B3C1E5EDC01000000000000000010000000B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4
SUMMARY;LANGUAGE=en-GB:Youth Voice panel - YJS Manager candidate (Joanne)
DTSTART;TZID=GMT Standard Time:20261111T100000
DTEND;TZID=GMT Standard Time:20261111T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T091101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Town Hall - Youth Room (G.04)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-final-director",
        uid="040000008200E00074C5B7101A82E00800000000F1B23A9D7C62DC0100000000000000001000000045A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0",
        is_interview=1,
        company="Calderbrook Council",
        role="Youth Justice Service Manager",
        stage="final",
        interviewers="paul.ainsworth@calderbrook.example.gov.uk",
        trap="stage-two-director-conversation-council",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Ainsworth, Paul (Dr)";SENT-BY="mailto:dcs.office@calderbrook.example.gov.uk":mailto:paul.ainsworth@calderbrook.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Whitmore, Carla":mailto:carla.whitmore@calderbrook.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Joanne\,\n\nThank you for attending interview on 11 November. The panel would like you to meet the Director of Children's Services\, Dr Paul Ainsworth\, as the second and final stage of the process for Youth Justice Service Manager. This will be a 45 minute conversation focused on partnership working with the police\, courts and the Youth Custody Service.\n\nCarla is copied in for information and will not attend.\n\nDCS Office\non behalf of Dr Paul Ainsworth\n\n{teams("441 908 226 374", "xR7mPc", "338 019 662", "+44 161 496 0377")}\n
UID:040000008200E00074C5B7101A82E00800000000F1B23A9D7C62DC0100000000000000001000000045A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0
SUMMARY;LANGUAGE=en-GB:YJS Manager - Stage 2 - J Okonkwo-Hughes / DCS
DTSTART;TZID=GMT Standard Time:20261127T150000
DTEND;TZID=GMT Standard Time:20261127T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T164020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="internal-eoi-panel",
        uid="040000008200E00074C5B7101A82E008000000002C9E8D1F4A00DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        is_interview=1,
        company="HMP Irwell",
        role="Head of Residence",
        stage="onsite",
        interviewers="catherine.brennan@hmp-irwell.example.gov.uk;frank.osei@hmp-irwell.example.gov.uk",
        trap="internal-eoi-own-employer-governor-sent-by",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Brennan, Catherine (Governor)";SENT-BY="mailto:govs.pa.irwell@hmp-irwell.example.gov.uk":mailto:catherine.brennan@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osei, Frank (Deputy Governor)":mailto:frank.osei@hmp-irwell.example.gov.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HMP Irwell - Governor's Conference Room":mailto:irwell.govconf@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Joanne\,\n\nThank you for your Expression of Interest for the temporary promotion to Head of Residence (Band 8\, 12 months\, with a view to substantive). The Governor and Deputy Governor will interview you on the date below. Questions will follow the Success Profiles behaviours for Band 8 and there will be one strengths question.\n\nPlease arrange cover for the Seg review with the Oscar 1.\n\nGovernor's PA
UID:040000008200E00074C5B7101A82E008000000002C9E8D1F4A00DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:EOI interview - Head of Residence (temp promotion) - Joanne O-H
DTSTART;TZID=GMT Standard Time:20260720T140000
DTEND;TZID=GMT Standard Time:20260720T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260710T081512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HMP Irwell - Governor's Conference Room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-own-appointment",
        uid="040000008200E00074C5B7101A82E0080000000091AD3E5C6B00DC0100000000000000001000000077E5F3A1C9B8D6E4F2A0B1C3D5E7F9A2",
        is_interview=1,
        company="HMP Irwell",
        role="Head of Residence",
        stage="technical",
        interviewers="",
        trap="terse-own-appointment-in-tray-exercise-internal",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:before the EOI panel. 45 mins\, written. Admin blk rm 4 - Frank's PA has the pack\n
UID:040000008200E00074C5B7101A82E0080000000091AD3E5C6B00DC0100000000000000001000000077E5F3A1C9B8D6E4F2A0B1C3D5E7F9A2
SUMMARY;LANGUAGE=en-GB:H of Res in-tray ex
DTSTART;TZID=GMT Standard Time:20260720T123000
DTEND;TZID=GMT Standard Time:20260720T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260710T090233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Admin rm 4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000E8C41F2B9D66DC01000000000000000010000000C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5",
        is_interview=1,
        company="HMP Kersal Moor",
        role="Head of Security",
        stage="onsite",
        interviewers="tariq.yusuf@hmp-kersalmoor.example.gov.uk;joanne.kirkby@hmp-kersalmoor.example.gov.uk",
        trap="interviewer-shares-user-first-name-other-prison",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Yusuf, Tariq (Governor)":mailto:tariq.yusuf@hmp-kersalmoor.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kirkby, Joanne (Head of Operations)":mailto:joanne.kirkby@hmp-kersalmoor.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Interview - Head of Security (Band 8)\, HMP Kersal Moor - Civil Service Jobs vacancy 421190\n\nPanel: Tariq Yusuf (Governor\, chair) and Joanne Kirkby (Head of Operations). Behaviours: Leadership\, Making Effective Decisions\, Communicating and Influencing\, Changing and Improving. You'll also get two strengths questions and a short security intelligence scenario.\n\n{teams("295 004 818 262", "Lk2vNs", "550 917 246")}\n
UID:040000008200E00074C5B7101A82E00800000000E8C41F2B9D66DC01000000000000000010000000C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5
SUMMARY;LANGUAGE=en-GB:Interview: Head of Security B8 - 421190 - Okonkwo-Hughes
DTSTART;TZID=GMT Standard Time:20261208T093000
DTEND;TZID=GMT Standard Time:20261208T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T111209Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-html-teams",
        uid="040000008200E00074C5B7101A82E00800000000A7F08E3D2C6BDC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE",
        is_interview=1,
        company="Youth Custody Service",
        role="Head of Operations",
        stage="hiring_manager",
        interviewers="chidi.nwosu@youthcustody.example.gov.uk",
        trap="yoi-governor-one-to-one-html-alt-desc",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Nwosu, Chidi":mailto:chidi.nwosu@youthcustody.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hello Joanne\, thanks for applying for Head of Operations at HMYOI Brackenfield. I'm the Governor and the hiring manager - this is a one-to-one interview (about an hour). We'll cover the Custody Support Plan model\, SECURE STAIRS and how you'd run a regime for 15-17 year olds.\n\nChidi\n\n{teams("317 260 549 881", "Hy6cWd", "412 885 097")}\n
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html\; charset=utf-8"></head><body><div>Hello Joanne\, thanks for applying for Head of Operations at HMYOI Brackenfield. I'm the Governor and the hiring manager - this is a one-to-one interview (about an hour). We'll cover the Custody Support Plan model\, SECURE STAIRS and how you'd run a regime for 15-17 year olds.</div><div>Chidi</div><hr><div><b>Microsoft Teams meeting</b></div><div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_317260549881%40thread.v2/0">Click here to join the meeting</a></div><div>Meeting ID: 317 260 549 881 Passcode: Hy6cWd</div></body></html>
UID:040000008200E00074C5B7101A82E00800000000A7F08E3D2C6BDC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=en-GB:Joanne / Chidi - Head of Ops (Brackenfield)
DTSTART;TZID=GMT Standard Time:20261204T110000
DTEND;TZID=GMT Standard Time:20261204T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T150044Z
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
        kind="trac-rescheduled",
        uid="trac-int-NMH-8a-LD-3305-19fa0b@trac-jobs.example.co.uk",
        is_interview=1,
        company="Northmoor Health NHS Foundation Trust",
        role="Liaison and Diversion Service Manager",
        stage="onsite",
        interviewers="Rachel Obi;Simon Brierley",
        trap="nhs-trac-rescheduled-sequence-lived-experience-panel",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems//Trac Jobs Interview//EN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:trac-int-NMH-8a-LD-3305-19fa0b@trac-jobs.example.co.uk
DTSTAMP:20261008T094713Z
SEQUENCE:1
DTSTART;TZID=Europe/London:20261019T103000
DTEND;TZID=Europe/London:20261019T114500
SUMMARY:RESCHEDULED: Interview - Liaison and Diversion Service Manager (Band 8a) - Northmoor Health NHS Foundation Trust
LOCATION:Northmoor Health\, Hollins Park House\, Room 2.08\, Hollins Lane\, Ashbrook AB4 9DN
ORGANIZER;CN=Northmoor Health Recruitment:mailto:recruitment@northmoorhealth.example.nhs.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION:Your interview has been rescheduled. It was previously booked for Thursday 15 October 2026 at 10:30.\n\nJob reference: 381-NMH-3305\nPost: Liaison and Diversion Service Manager\, Band 8a\, Justice Services Directorate\n\nPanel:\nRachel Obi - Associate Director\, Justice Services\nSimon Brierley - L&D Clinical Lead\nA lived experience representative from our Service User Network\n\nThere is no presentation. The panel will ask values-based questions (Compassion\, Respect\, Teamwork) and about managing police custody and court L&D practitioners.\n\nPlease bring the documents listed in your Trac account for ID checks.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="teams-utc-final",
        uid="040000008200E00074C5B7101A82E00800000000C9D0E1F2A36CDC010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        is_interview=1,
        company="Northmoor Health NHS Foundation Trust",
        role="Liaison and Diversion Service Manager",
        stage="final",
        interviewers="rachel.obi@northmoorhealth.example.nhs.uk",
        trap="nhs-final-conversation-utc-times-after-clock-change",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="OBI, Rachel (NORTHMOOR HEALTH NHS FOUNDATION TRUST)":mailto:rachel.obi@northmoorhealth.example.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Joanne\, thanks again for Monday. Before we make a decision I'd like a final 30 minute conversation about how you would manage the custody suite rota and the relationship with Pennine Constabulary's custody sergeants. Regards\, Rachel\n\n{teams("402 774 130 658", "Uf8kRz", "201 339 874")}\n
UID:040000008200E00074C5B7101A82E00800000000C9D0E1F2A36CDC010000000000000000100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=en-GB:L&D Service Manager - final conversation - Joanne O-H
DTSTART:20261030T160000Z
DTEND:20261030T163000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T172355Z
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
]
