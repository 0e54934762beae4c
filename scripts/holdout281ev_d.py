# ruff: noqa: E501, W291, W293, RUF100
"""holdout281 events, part D: the user on the hiring or assessing side (all is_interview=0)."""

from holdout281ev_zones import GMT_STANDARD, LONDON


def _neg(kind, uid, trap, ics, eol="\r\n"):
    """A hiring-side negative: no company, role, stage or interviewers."""
    return dict(
        kind=kind,
        uid=uid,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=True,
        ics=ics,
        eol=eol,
    )


EVENTS = [
    _neg(
        "outlook-hr-invite",
        "040000008200E00074C5B7101A82E00800000000C3B2A1F0E9D8DC01000000000000000010000000A9B8C7D6E5F4431B2A3C4D5E6F7A8B9C",
        "user-as-interviewer-hr-books-candidate-interview-room",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Grant, Kenny":mailto:k.grant@glenavon-distillery.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GLA Meeting Room 2 (Visitor Centre)":mailto:gla.mr2@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Callum\,\n\nI've booked the first of the warehouse operative interviews. Candidate: Jamie Reid (currently a forklift driver at a haulage yard in Elgin). CV and interview questions are in the Tribepad record – please use the standard warehouse operative question set and score each answer 1-4 on the form before you leave the room. Kenny is optional if the shift allows.\n\nThanks\,\nLynsey\n
UID:040000008200E00074C5B7101A82E00800000000C3B2A1F0E9D8DC01000000000000000010000000A9B8C7D6E5F4431B2A3C4D5E6F7A8B9C
SUMMARY;LANGUAGE=en-GB:Interview: Warehouse Operative – Jamie Reid
DTSTART;TZID=GMT Standard Time:20260616T100000
DTEND;TZID=GMT Standard Time:20260616T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260610T114309Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Meeting Room 2 (Visitor Centre)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-override",
        "040000008200E00074C5B7101A82E00800000000E1D2C3B4A5F9DB0100000000000000001000000011A2B3C4D5E64F708192A3B4C5D6E7F8",
        "user-as-interviewer-recurring-tour-guide-interview-block-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GLA Tasting Room":mailto:gla.tastingroom@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Heather – blocking Wednesday afternoons for the seasonal tour guide interviews (summer 2027 intake). 4 x 30 min slots each week\, candidates booked by you through Tribepad. We'll both score on the tour guide sheet (knowledge\, storytelling\, languages\, customer care).\n
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=WE
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A5F9DB0100000000000000001000000011A2B3C4D5E64F708192A3B4C5D6E7F8
SUMMARY;LANGUAGE=en-GB:Tour guide interviews (summer 27) – CF / HG
DTSTART;TZID=GMT Standard Time:20261202T133000
DTEND;TZID=GMT Standard Time:20261202T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T092204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Tasting Room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
RECURRENCE-ID;TZID=GMT Standard Time:20261209T133000
DESCRIPTION;LANGUAGE=en-GB:Moved to the morning – HMRC are in on the 9th in the afternoon. Same 4 candidates.\n
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A5F9DB0100000000000000001000000011A2B3C4D5E64F708192A3B4C5D6E7F8
SUMMARY;LANGUAGE=en-GB:Tour guide interviews (summer 27) – CF / HG (AM this week)
DTSTART;TZID=GMT Standard Time:20261209T090000
DTEND;TZID=GMT Standard Time:20261209T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T160512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:GLA Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bookings-staff-host",
        "040000008200E00074C5B7101A82E00800000000B0B1C2D3E4F5DC0100000000000000001000000072E3F4A5B6C74D8E9F0A1B2C3D4E5F6A",
        "user-as-interviewer-bookings-page-title-with-user-name",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN=Glenavon Distillery – Seasonal Jobs:mailto:GlenavonSeasonalJobs@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erin Sutherland:mailto:erin.sutherland03@gmail.example.com
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Seasonal Tour Guide – interview (20 min)\nStaff: Callum Fraser\nCustomer: Erin Sutherland\nCustomer phone: 07700 900771\nCustomer email: erin.sutherland03@gmail.example.com\n\nAnswers to booking questions:\nWhich languages do you speak? English\, Gaelic\, some French\nAre you available weekends May–September? Yes\n\nBooked via Microsoft Bookings.\n
UID:040000008200E00074C5B7101A82E00800000000B0B1C2D3E4F5DC0100000000000000001000000072E3F4A5B6C74D8E9F0A1B2C3D4E5F6A
SUMMARY;LANGUAGE=en-GB:Seasonal Tour Guide – interview with Callum Fraser
DTSTART;TZID=GMT Standard Time:20261126T110000
DTEND;TZID=GMT Standard Time:20261126T112000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T204415Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Glenavon Distillery Visitor Centre
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "tribepad-feedback-reminder",
        "tribepad-feedback-118204-cfraser@glenavon-distillery.example.co.uk",
        "user-as-interviewer-ats-scorecard-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tribepad-feedback-118204-cfraser@glenavon-distillery.example.co.uk
DTSTAMP:20260807T151512Z
DTSTART:20260807T153000Z
DTEND:20260807T154500Z
SUMMARY:Submit interview feedback: Mash Operator – Eilidh Munro
ORGANIZER;CN=Glenavon Recruitment (Tribepad):mailto:noreply@glenavon.tribepad.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION:Hi Callum\,\n\nYou interviewed Eilidh Munro for Mash Operator (GLA-0311) today. Please complete the interview scorecard (competencies: safety awareness\, process understanding\, teamwork\, shift flexibility) and your hire / no-hire recommendation so that HR can progress the candidate.\n\nOpen scorecard in Tribepad.\n\nThis is an automated reminder.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-debrief",
        "040000008200E00074C5B7101A82E008000000004E5F6A7B8C90DC01000000000000000010000000B1C2D3E4F5A6478B9C0D1E2F3A4B5C6D",
        "user-as-interviewer-candidate-debrief-teams",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Quick debrief on the three Mash Operator interviews (Eilidh Munro\, Kyle Forbes\, Dean Mitchell). Please have your scorecards done beforehand so we can agree who goes to offer and who to keep warm for the next vacancy.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z2xlbmF2b25kZWJyaWVm%40thread.v2/0>\nMeeting ID: 366 201 458 903\nPasscode: 2GkP9y\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004E5F6A7B8C90DC01000000000000000010000000B1C2D3E4F5A6478B9C0D1E2F3A4B5C6D
SUMMARY;LANGUAGE=en-GB:Debrief – Mash Operator interviews
DTSTART;TZID=GMT Standard Time:20260810T081500
DTEND;TZID=GMT Standard Time:20260810T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260806T170233Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-typed",
        "9C4E2A71-3B58-4D0F-8E16-7A2C5B9D1F48",
        "user-as-interviewer-candidate-trial-shift-hand-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260618T071022Z
UID:9C4E2A71-3B58-4D0F-8E16-7A2C5B9D1F48
DTEND:20260623T160000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Ross Stewart trial shift - wh op applicant. pair w/ Davie in W4
DTSTART:20260623T073000
DTSTAMP:20260618T071155Z
SEQUENCE:0
DESCRIPTION:watch: FLT handling\, rolling casks\, attitude. sign him in as visitor + induction first. feedback to Lynsey by Thurs
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-agency-shortlist",
        "040000008200E00074C5B7101A82E008000000006D7E8F9A0B1CDC010000000000000000100000003C4D5E6F7A8B49C0D1E2F3A4B5C6D7E8",
        "user-as-interviewer-agency-presents-candidates-to-user",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Ritchie, Gordon":mailto:gordon.ritchie@caskandstill.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nAs promised\, a call to present the shortlist for your Warehouse Team Leader vacancy. I have three candidates I'd put in front of you – two from bonded warehousing in Keith and one internal mover from a bottling plant. I'll send anonymised profiles an hour before. Let me know which ones you want to interview and I'll book them in.\n\nGordon\nCask & Still Recruitment\n
UID:040000008200E00074C5B7101A82E008000000006D7E8F9A0B1CDC010000000000000000100000003C4D5E6F7A8B49C0D1E2F3A4B5C6D7E8
SUMMARY;LANGUAGE=en-GB:Cask & Still / Glenavon – Warehouse Team Leader shortlist
DTSTART;TZID=GMT Standard Time:20260915T160000
DTEND;TZID=GMT Standard Time:20260915T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T100044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-accepted-reply",
        "040000008200E00074C5B7101A82E008000000008F9E0D1C2B3ADC01000000000000000010000000E5F6A7B8C9D04E1F2A3B4C5D6E7F8A9B",
        "user-as-interviewer-candidate-method-reply-accepted",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;PARTSTAT=ACCEPTED;CN=Kieran Duncan:mailto:kieranduncan.stills@outlook.example.com
COMMENT;LANGUAGE=en-GB:Thanks Callum\, see you then. I'll bring my certificates.
UID:040000008200E00074C5B7101A82E008000000008F9E0D1C2B3ADC01000000000000000010000000E5F6A7B8C9D04E1F2A3B4C5D6E7F8A9B
SUMMARY;LANGUAGE=en-GB:Accepted: Interview – Stillman vacancy (Glenavon)
DTSTART;TZID=GMT Standard Time:20260929T133000
DTEND;TZID=GMT Standard Time:20260929T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T191208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Glenavon Distillery – Still House office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117735504
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-typed",
        "4f1d8c2a-6e93-4b70-a5d1-0c7e9b3f2a68",
        "user-as-interviewer-forklift-practical-for-applicants",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20260703T141855Z
LAST-MODIFIED:20260703T142012Z
DTSTAMP:20260703T142012Z
UID:4f1d8c2a-6e93-4b70-a5d1-0c7e9b3f2a68
SUMMARY:FLT practical – warehouse op applicants x3 (CF assessing)
DTSTART;TZID=Europe/London:20260709T130000
DTEND;TZID=Europe/London:20260709T160000
LOCATION:Warehouse 6 yard
DESCRIPTION:Candidates: J Reid 13:00\, S Hepburn 14:00\, A Coull 15:00. C
 ounterbalance + cask clamp\, standard route round the cones\, load/unload 
 4 hogsheads. Score on practical sheet\, copy to Lynsey for the Tribepad re
 cord.
CATEGORIES:Recruitment
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite",
        "3d9m1q5v7k0t2s6n8c4h0p3r5a@google.com",
        "user-as-interviewer-apprentice-panel-college-invite",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260604T090000
DTEND;TZID=Europe/London:20260604T130000
DTSTAMP:20260528T110944Z
ORGANIZER;CN=Shirley Main:mailto:shirley.main@moraycollege.example.ac.uk
UID:3d9m1q5v7k0t2s6n8c4h0p3r5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Shirley Main;X-NUM-GUESTS=0:mailto:shirley.main@moraycollege.example.ac
 .uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=c.fraser@glenavon-distillery.example.co.uk;X-NUM-GUESTS=0:mailto:c.
 fraser@glenavon-distillery.example.co.uk
CREATED:20260528T110943Z
DESCRIPTION:Hi Callum\, thanks again for agreeing to sit on the interview p
 anel for the Modern Apprenticeship in Distilling (Glenavon has 2 places th
 is year). 6 applicants\, 30 min each\, you and I interview together and sc
 ore on the college sheet. Lunch provided.\n\nInvitation from Google Calenda
 r: https://calendar.google.com/calendar/
LAST-MODIFIED:20260528T110944Z
LOCATION:Moray College\, Room B114\, Elgin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MA Distilling – apprentice interviews (Glenavon places)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-self-block",
        "040000008200E00074C5B7101A82E00800000000A0B9C8D7E6F1DC010000000000000000100000009F8E7D6C5B4A43210FEDCBA987654321",
        "user-as-interviewer-prep-block-interview-kit",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Interview kit from Lynsey: 4 CVs\, competency questions (safety\, quality\, teamwork\, change)\, scoring guide. Pick 2 follow-up questions for each. Candidates Tues/Weds.\n
UID:040000008200E00074C5B7101A82E00800000000A0B9C8D7E6F1DC010000000000000000100000009F8E7D6C5B4A43210FEDCBA987654321
SUMMARY;LANGUAGE=en-GB:Read CVs + interview kit – Distillery Operator x4
DTSTART;TZID=GMT Standard Time:20261020T143000
DTEND;TZID=GMT Standard Time:20261020T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261016T082210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-internal-panel",
        "040000008200E00074C5B7101A82E00800000000B7C6D5E4F3A2DC0100000000000000001000000048D9E0F1A2B34C5D6E7F8091A2B3C4D5",
        "user-as-interviewer-internal-promotion-panel-for-colleagues",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Kenny":mailto:k.grant@glenavon-distillery.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GLA Boardroom":mailto:gla.boardroom@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Panel: Callum Fraser (chair) and Kenny Grant. Internal candidates for Lead Warehouseman: Davie Smith 09:30\, Grant Taylor 10:30\, Moira Shand 11:30. Each gives a 5-minute talk on "a safety improvement I'd make in the warehouses" then 40 min of questions. Please keep the outcome confidential until all three have been told.\n
UID:040000008200E00074C5B7101A82E00800000000B7C6D5E4F3A2DC0100000000000000001000000048D9E0F1A2B34C5D6E7F8091A2B3C4D5
SUMMARY;LANGUAGE=en-GB:Internal interviews – Lead Warehouseman (panel CF / KG)
DTSTART;TZID=GMT Standard Time:20260707T093000
DTEND;TZID=GMT Standard Time:20260707T123000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260629T133112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "tribepad-review-task",
        "tribepad-review-GLA-0340-cfraser",
        "user-as-interviewer-rate-video-applications-german-guide",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tribepad-review-GLA-0340-cfraser
DTSTAMP:20261102T090012Z
DTSTART;VALUE=DATE:20261106
DTEND;VALUE=DATE:20261107
SUMMARY:Review & rate: 7 one-way video interviews – Tour Guide (German speaking)
ORGANIZER;CN=Glenavon Recruitment (Tribepad):mailto:noreply@glenavon.tribepad.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION:Hi Callum\,\n\n7 candidates have recorded their one-way video interviews for Tour Guide (German speaking) (GLA-0340). Please watch and rate each (1–5 stars) by Friday so the shortlist can be invited to the assessment day.\n\nCandidates include: Lena Hoffmann\, Jonas Weber\, Aileen Cameron\, Sophie Brandl …\n\nOpen in Tribepad.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "teams-sent-by",
        "040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DC010000000000000000100000005E6F7A8B9C0D41E2F3A4B5C6D7E8F9A0",
        "user-as-interviewer-organiser-via-sent-by-delegate",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum";SENT-BY="mailto:l.stephen@glenavon-distillery.example.co.uk":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Gordon:mailto:liamgordon88@gmail.example.com
DESCRIPTION;LANGUAGE=en-GB:Dear Liam\,\n\nThank you for your application for Warehouse Operative at Glenavon Distillery. Callum Fraser\, Warehouse & Production Supervisor\, would like to interview you by Teams (approx. 30 minutes). Please make sure you are somewhere quiet with your camera on.\n\nKind regards\,\nLynsey Stephen\, HR Advisor\, on behalf of Callum Fraser\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z2xlbmF2b253aG9w%40thread.v2/0>\nMeeting ID: 312 877 450 196\nPasscode: Rm6tZ4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DC010000000000000000100000005E6F7A8B9C0D41E2F3A4B5C6D7E8F9A0
SUMMARY;LANGUAGE=en-GB:Teams interview – Warehouse Operative – Liam Gordon
DTSTART;TZID=GMT Standard Time:20260618T150000
DTEND;TZID=GMT Standard Time:20260618T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260612T142055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-assessment-day",
        "040000008200E00074C5B7101A82E00800000000D9E0F1A2B3C4DD010000000000000000100000006F7A8B9C0D1E42F3A4B5C6D7E8F9A0B1",
        "user-as-interviewer-observer-at-tour-guide-assessment-day",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GLA Tasting Room":mailto:gla.tastingroom@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Assessment day for the German-speaking tour guide shortlist (5 candidates). Each candidate leads a 10-minute mini-tour of the stillhouse and a 3-dram tasting for the group\, then a short interview with Lynsey. Callum – please observe the warehouse and tasting parts and score "product knowledge" and "handling questions" on the assessor sheet.\n\nHeather Grant\nVisitor Centre Manager\n
UID:040000008200E00074C5B7101A82E00800000000D9E0F1A2B3C4DD010000000000000000100000006F7A8B9C0D1E42F3A4B5C6D7E8F9A0B1
SUMMARY;LANGUAGE=en-GB:Tour Guide assessment day (German speaking) – assessors HG / CF / LS
DTSTART;TZID=GMT Standard Time:20261118T093000
DTEND;TZID=GMT Standard Time:20261118T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T112300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Tasting Room / Stillhouse
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-host",
        "e2a7c9d1-5b34-4f80-96c2-1d8e3a7b0f54",
        "user-as-interviewer-calendly-host-between-names",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:e2a7c9d1-5b34-4f80-96c2-1d8e3a7b0f54
DTSTAMP:20260529T201133Z
DTSTART:20260602T113000Z
DTEND:20260602T114500Z
SUMMARY:Warehouse Operative – phone screen between Callum Fraser and Morag Baird
ORGANIZER;CN=Callum Fraser:mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;CN=Morag Baird;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:moragbaird.keith@yahoo.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:c.fraser@glenavon-distillery.example.co.uk
LOCATION:Callum will call you on the number you provided
DESCRIPTION:Event Name: Warehouse Operative – phone screen\n\nInvitee: Morag Baird\nInvitee Email: moragbaird.keith@yahoo.example.co.uk\nText Reminder Number: +44 7700 900583\n\nQuestions:\nDo you hold a counterbalance forklift licence?: Yes – renewed 2025\nCan you work the 6-2 / 2-10 rotating shift?: Yes\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/e2a7c9d1-5b34-4f80-96c2-1d8e3a7b0f54\nReschedule: https://calendly.com/reschedulings/e2a7c9d1-5b34-4f80-96c2-1d8e3a7b0f54\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-self-block",
        "040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DC01000000000000000010000000708192A3B4C5D6E7F8091A2B3C4D5E6F",
        "user-as-interviewer-candidate-site-walk-round",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Aidan Kerr – applicant for the Shift Manager post. Lynsey asked me to show him W1–W6\, the filling store and the tanker bay before his panel with Alistair at 11. Give her my impressions after (how he talks to the lads\, safety awareness).\n
UID:040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DC01000000000000000010000000708192A3B4C5D6E7F8091A2B3C4D5E6F
SUMMARY;LANGUAGE=en-GB:Candidate walk-round – Shift Manager applicant (A. Kerr)
DTSTART;TZID=GMT Standard Time:20261015T093000
DTEND;TZID=GMT Standard Time:20261015T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T152544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Meet at Gatehouse
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "tribepad-interview-scheduled",
        "tribepad-interview-120977-GLA-0322",
        "user-as-interviewer-ats-lists-user-as-interviewer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:tribepad-interview-120977-GLA-0322
DTSTAMP:20260818T103322Z
DTSTART;TZID=Europe/London:20260826T140000
DTEND;TZID=Europe/London:20260826T143000
SUMMARY:Interview scheduled: Cooper Apprentice (GLA-0322) – Ewan Cruickshank
ORGANIZER;CN=Glenavon Recruitment (Tribepad):mailto:noreply@glenavon.tribepad.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION:Interview details\n\nVacancy: Cooper Apprentice (GLA-0322)\nCandidate: Ewan Cruickshank\nInterviewer(s): Callum Fraser\nType: Face to face\nLocation: Glenavon Distillery – Cooperage shed office\n\nThe candidate has confirmed attendance. You can view the application form\, CV and interview questions in Tribepad. Please record your scores after the interview.
LOCATION:Glenavon Distillery – Cooperage shed office
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-offer-call",
        "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DC01000000000000000010000000819203A4B5C6D7E8F9A0B1C2D3E4F5A6",
        "user-as-interviewer-verbal-offer-call-to-candidate",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Ring Jamie Reid – verbal offer for Warehouse Operative (£27\,300 + shift allowance\, 6-month probation). Lynsey sends the written offer once he says yes. If he declines\, Scott Hepburn is reserve.\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DC01000000000000000010000000819203A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=en-GB:Offer call – Jamie Reid (Warehouse Op)
DTSTART;TZID=GMT Standard Time:20260714T083000
DTEND;TZID=GMT Standard Time:20260714T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260713T160015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-typed",
        "7E3B1D95-2A6C-4F08-B4E7-9C1A5D3F8B26",
        "user-as-interviewer-reference-check-on-candidate",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260710T121503Z
UID:7E3B1D95-2A6C-4F08-B4E7-9C1A5D3F8B26
DTEND:20260710T161500
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:ref check J Reid - call his gaffer at Moray Haulage (Bob Shearer)
DTSTART:20260710T160000
DTSTAMP:20260710T121544Z
SEQUENCE:0
DESCRIPTION:01632 960 245. ask: reliability\, sick days\, FLT record\, would he re-employ
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-reply-german",
        "040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DD0100000000000000001000000092A3B4C5D6E7F8091A2B3C4D5E6F7A8B",
        "user-as-interviewer-german-candidate-accepts-vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20261125T140000Z
DTEND:20261125T143000Z
DTSTAMP:20261120T183005Z
ORGANIZER;CN=Callum Fraser:mailto:c.fraser@glenavon-distillery.example.co.uk
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DD0100000000000000001000000092A3B4C5D6E7F8091A2B3C4D5E6F7A8B
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena H
 offmann;X-NUM-GUESTS=0:mailto:lena.hoffmann.hh@gmx.example.de
COMMENT:Vielen Dank\, ich freue mich auf das Gespräch! / Thank you\, looking
  forward to it. Lena
CREATED:20261120T091202Z
DESCRIPTION:Vorstellungsgespräch (Video) – Gästeführerin/Gästeführer (deut
 schsprachig)\, Glenavon Distillery
LAST-MODIFIED:20261120T183005Z
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Vorstellungsgespräch – Tour Guide (deutschsprachig) – Lena Hoffmann
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
