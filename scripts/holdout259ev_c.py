"""holdout259 events, part C: the user on the hiring/assessing side (boards, sifts, panels, candidates)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout259ev_zones import GMT_STD, LONDON

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NEG,
        kind="outlook-dc-board-panel-member",
        uid="040000008200E00074C5B7101A82E0080000000020202020561DDC0100000000000000001000000010101010202020203030303040404040",
        trap="user-as-interviewer-dc-selection-board-panel",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Resourcing Team";SENT-BY="mailto:kelly.sutcliffe@westriding-po
 lice.example.uk":mailto:resourcing@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Farrow, Ian":ma
 ilto:ian.farrow@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL – SENSITIVE\n\nDetective Constable Sele
 ction (internal) – Board 3\n\nPanel: DI Ian Farrow (chair)\, DS Rachel Whit
 field\n\n09:30 Candidate 11 – PC 2291 Aisha Rahman\n10:30 Candidate 12 – P
 C 1876 Connor Blake\n11:30 Candidate 13 – PC 3034 Hollie Barraclough\n\nSc
 oring matrices and question sets are in the DC Selection folder on the S: d
 rive. Please return completed score sheets to Resourcing by 17:00.\n
UID:040000008200E00074C5B7101A82E0080000000020202020561DDC0100000000000000001000000010101010202020203030303040404040
SUMMARY;LANGUAGE=en-GB:DC Selection Board 3 – panel (Farrow/Whitfield)
DTSTART;TZID=GMT Standard Time:20251015T091500
DTEND;TZID=GMT Standard Time:20251015T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Elland Road – Interview Room 2 (HR floor)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="recurring-board-series-override",
        uid="040000008200E00074C5B7101A82E0080000000031313131571DDC010000000000000000100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D",
        trap="user-as-interviewer-recurring-board-with-recurrence-id",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Resourcing Team":mailto:resourcing@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Kwame
 ":mailto:kwame.osei@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Detective Degree Holder Entry (DHEP) – interview
  boards\, Wednesdays. You are the second panel member alongside DI Osei. Ca
 ndidate lists will be sent 48h before each board.\n
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
UID:040000008200E00074C5B7101A82E0080000000031313131571DDC010000000000000000100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D
SUMMARY;LANGUAGE=en-GB:DHEP interview boards – panel
DTSTART;TZID=GMT Standard Time:20260107T130000
DTEND;TZID=GMT Standard Time:20260107T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251215T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Carr Gate – Board Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Resourcing Team":mailto:resourcing@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
RECURRENCE-ID;TZID=GMT Standard Time:20260121T130000
UID:040000008200E00074C5B7101A82E0080000000031313131571DDC010000000000000000100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D
SUMMARY;LANGUAGE=en-GB:DHEP interview boards – panel (moved to Thu\, MS Team
 s)
DESCRIPTION;LANGUAGE=en-GB:This week's board is online – candidates are out
  of force area.\n
DTSTART;TZID=GMT Standard Time:20260122T130000
DTEND;TZID=GMT Standard Time:20260122T170000
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
DTSTAMP:20260114T080000Z
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="calendly-user-as-host",
        uid="e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b@calendly.example.com",
        trap="user-as-interviewer-calendly-host-cid-attachment-applicant",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b@calendly.example.com
DTSTAMP:20250929T154500Z
DTSTART:20251002T130000Z
DTEND:20251002T132000Z
SUMMARY:CID attachment – informal chat: Jordan Pickering and Rachel Whitfield
ORGANIZER;CN=Rachel Whitfield:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;CN=Jordan Pickering;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:j
 .pickering.pc@outlook.example.com
LOCATION:Phone call – Rachel will call the invitee
DESCRIPTION:Event Name: CID attachment – informal chat (20 min)\n\nInvitee:
  Jordan Pickering\nInvitee Email: j.pickering.pc@outlook.example.com\n\nQu
 estions:\nWhich attachment window are you applying for?: Jan–Mar 2026\nCo
 llar number & station: PC 4410\, Killingbeck\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E0080000000042424242581DDC0100000000000000001000000011112222333344445555666677778888",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Sam Okafor:mailto:sam.okafor88@gmail.example.com
COMMENT;LANGUAGE=en-GB:Thank you\, I look forward to meeting you and the pa
 nel.\n
SUMMARY;LANGUAGE=en-GB:Accepted: Interview – Police Staff Investigator (Fra
 ud) – Sam Okafor
DTSTART;TZID=GMT Standard Time:20251105T100000
DTEND;TZID=GMT Standard Time:20251105T110000
UID:040000008200E00074C5B7101A82E0080000000042424242581DDC0100000000000000001000000011112222333344445555666677778888
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T121212Z
TRANSP:OPAQUE
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Elland Road – Meeting Room 3.04
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="agency-presents-candidate",
        uid="040000008200E00074C5B7101A82E0080000000053535353591DDC0100000000000000001000000099998888777766665555444433332222",
        trap="user-as-interviewer-agency-presents-candidate-to-user",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Ben Carruthers":mailto:ben.carruthers@redfernrecruitment.examp
 le.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Hi DS Whitfield\,\n\nFurther to your temp requir
 ement for a Civilian Investigator (Fraud Team\, 6 months)\, I'd like to tal
 k you through my candidate Janine Marsh – ex-DWP fraud investigator\, PIP1\,
  available immediately. CV attached. If you like her I can set up an inter
 view with you next week.\n\nBen Carruthers\nRedfern Finance Recruitment\n
UID:040000008200E00074C5B7101A82E0080000000053535353591DDC0100000000000000001000000099998888777766665555444433332222
SUMMARY;LANGUAGE=en-GB:Candidate call – Janine Marsh for Civilian Investigat
 or (temp)
DTSTART;TZID=GMT Standard Time:20251023T160000
DTEND;TZID=GMT Standard Time:20251023T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="board-moderation-debrief",
        uid="040000008200E00074C5B7101A82E00800000000646464645A1DDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        trap="user-as-interviewer-board-moderation-wash-up",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Farrow, Ian":mailto:ian.farrow@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sutcliffe, 
 Kelly":mailto:kelly.sutcliffe@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Wash-up for DC selection boards 1-4: moderate sc
 ores across panels\, agree the merit list and feedback for unsuccessful can
 didates.\n
UID:040000008200E00074C5B7101A82E00800000000646464645A1DDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=en-GB:DC boards – moderation & merit list
DTSTART;TZID=GMT Standard Time:20251024T140000
DTEND;TZID=GMT Standard Time:20251024T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="handtyped-sift-block",
        uid="2B4D6F81-A3C5-47E9-9B1D-3F5A7C9E1B2D",
        trap="user-as-interviewer-sift-applications-handtyped",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:2B4D6F81-A3C5-47E9-9B1D-3F5A7C9E1B2D
DTSTAMP:20250926T070000Z
DTSTART;TZID=Europe/London:20250929T140000
DTEND;TZID=Europe/London:20250929T170000
SUMMARY:sift DC apps (17) - score vs CVF before Fri
DESCRIPTION:2 sifters per app\, I'm paired w/ Ian. Oleeo login.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="assessor-role-play",
        uid="040000008200E00074C5B7101A82E00800000000757575755B1DDC0100000000000000001000000012341234567856789ABC9ABCDEF0DEF0",
        trap="user-as-interviewer-assessment-centre-assessor",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Learning & Development":mailto:ld.assessment@westriding-police.
 example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Thank you for volunteering as an ASSESSOR for th
 e Detective Constable Direct Entry assessment centre. You will assess Exer
 cise B (interview of a witness role-play) for 8 candidates. Assessor brief
 ing at 08:15. Lunch provided.\n
UID:040000008200E00074C5B7101A82E00800000000757575755B1DDC0100000000000000001000000012341234567856789ABC9ABCDEF0DEF0
SUMMARY;LANGUAGE=en-GB:ASSESSOR – DC Direct Entry Assessment Centre (Ex B)
DTSTART;TZID=GMT Standard Time:20251208T081500
DTEND;TZID=GMT Standard Time:20251208T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Carr Gate Training Centre
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="observer-promotion-board",
        uid="040000008200E00074C5B7101A82E00800000000868686865C1DDC01000000000000000010000000FACEFACEFACEFACEFACEFACEFACEFACE",
        trap="user-as-interviewer-qa-observer-sergeant-board",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Promotions Team":mailto:promotions@westriding-police.example.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:You are attending as a quality-assurance OBSERVE
 R on the Sergeant promotion boards (not a panel member). Please complete th
 e observation proforma for each candidate board and do not take part in qu
 estioning.\n
UID:040000008200E00074C5B7101A82E00800000000868686865C1DDC01000000000000000010000000FACEFACEFACEFACEFACEFACEFACEFACE
SUMMARY;LANGUAGE=en-GB:Sgt Promotion Boards – QA observer
DTSTART;TZID=GMT Standard Time:20260211T090000
DTEND;TZID=GMT Standard Time:20260211T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HQ Laburnum Road – Conference Room 2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="thunderbird-question-prep",
        uid="c0ffee11-2b3c-4d5e-8f90-a1b2c3d4e5f6",
        trap="user-as-interviewer-preparing-board-questions",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251010T081500Z
LAST-MODIFIED:20251010T081500Z
DTSTAMP:20251010T081500Z
UID:c0ffee11-2b3c-4d5e-8f90-a1b2c3d4e5f6
SUMMARY:Prep Qs + marking guide for DC board (my questions: Q3 & Q4)
DTSTART:20251014T160000
DTEND:20251014T170000
DESCRIPTION:Q3 = Emotionally aware\, Q4 = Analyse critically. Positive/neg
 ative indicators from CVF L1. Ian chairs.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="bookings-user-as-staff",
        uid="a9b8c7d6e5f4@bookings.westriding-police.example.uk",
        trap="user-as-interviewer-bookings-candidate-booked-with-user",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN=WRP Police Staff Recruitment:mailto:StaffRecruitmentBookings@we
 striding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Appiah:mailto:marcu
 s.appiah@mail.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Interview – Financial In
 vestigator (Police Staff)\nCustomer: Marcus Appiah\nStaff: Rachel Whitfield
 \nNotes from customer: I may be 5 mins late – coming from a night shift.\n
UID:a9b8c7d6e5f4@bookings.westriding-police.example.uk
SUMMARY;LANGUAGE=en-GB:Interview – Financial Investigator (Police Staff) wit
 h Marcus Appiah
DTSTART;TZID=GMT Standard Time:20251118T100000
DTEND;TZID=GMT Standard Time:20251118T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="reference-check-user-calls",
        uid="5F6E7D8C-9B0A-4C1D-8E2F-3A4B5C6D7E8F",
        trap="user-as-interviewer-taking-up-candidate-reference",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:5F6E7D8C-9B0A-4C1D-8E2F-3A4B5C6D7E8F
DTSTAMP:20251112T073000Z
DTSTART;TZID=Europe/London:20251113T113000
DTEND;TZID=Europe/London:20251113T114500
SUMMARY:ring Marcus Appiah's referee (Sgt Hume\, Calder Valley) - FI post
DESCRIPTION:our candidate for FI staff post. ask re sickness\, integrity\, P
 OCA casework
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="teams-staff-panel-member",
        uid="040000008200E00074C5B7101A82E00800000000979797975D1DDC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        trap="user-as-interviewer-panellist-external-candidate-teams",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Sutcliffe, Kelly":mailto:kelly.sutcliffe@westriding-police.exam
 ple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hussain, Na
 dia":mailto:nadia.hussain@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Okafor:m
 ailto:sam.okafor88@gmail.example.com
DESCRIPTION;LANGUAGE=en-GB:Police Staff Investigator (Fraud) – interview\n\
 nCandidate: Sam Okafor\nPanel: Supt Nadia Hussain\, DS Rachel Whitfield (h
 iring manager)\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.e
 xample.com/l/meetup-join/19%3ameeting_PSIF01\n
UID:040000008200E00074C5B7101A82E00800000000979797975D1DDC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=en-GB:Interview – Police Staff Investigator (Fraud) – Sam O
 kafor
DTSTART;TZID=GMT Standard Time:20251105T100000
DTEND;TZID=GMT Standard Time:20251105T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="google-volunteer-welfare-interview",
        uid="8jd2k4l6m8n0p2q4r6s8t0u2v4@google.com",
        trap="user-as-interviewer-volunteer-club-welfare-officer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rachel (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20251125T183000Z
DTEND:20251125T200000Z
DTSTAMP:20251120T210000Z
UID:8jd2k4l6m8n0p2q4r6s8t0u2v4@google.com
CREATED:20251120T205500Z
DESCRIPTION:Me + Gary (chair) interviewing the 2 applicants for Junior Sect
 ion Welfare Officer. Check their DBS status + safeguarding course certs.
LAST-MODIFIED:20251120T210000Z
LOCATION:Horsforth Juniors FC clubhouse
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HJFC welfare officer interviews (me on panel)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="specials-cid-selection",
        uid="040000008200E00074C5B7101A82E00800000000A8A8A8A85E1DDC0100000000000000001000000086420864208642086420864208642086",
        trap="user-as-interviewer-special-constabulary-volunteers",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Special Constabulary Office":mailto:specials@westriding-police.
 example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Selection interviews for Special Constables app
 lying to the Specials CID pilot. DS Whitfield to interview 4 applicants wi
 th SC Inspector Rob Lyle. 30 mins each.\n
UID:040000008200E00074C5B7101A82E00800000000A8A8A8A85E1DDC0100000000000000001000000086420864208642086420864208642086
SUMMARY;LANGUAGE=en-GB:Specials CID pilot – selection interviews
DTSTART;TZID=GMT Standard Time:20260128T180000
DTEND;TZID=GMT Standard Time:20260128T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Weetwood Police Station – Conference Rm
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="outlook-accepted-board-candidate",
        uid="040000008200E00074C5B7101A82E00800000000B9B9B9B95F1DDC0100000000000000001000000075317531753175317531753175317531",
        trap="user-as-interviewer-accepted-response-from-candidate",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN="Noakes, Jamie":mailto:jamie.noakes@westriding-p
 olice.example.uk
SUMMARY;LANGUAGE=en-GB:Accepted: T/DS EOI interview – DC Jamie Noakes
DTSTART;TZID=GMT Standard Time:20251209T140000
DTEND;TZID=GMT Standard Time:20251209T143000
UID:040000008200E00074C5B7101A82E00800000000B9B9B9B95F1DDC0100000000000000001000000075317531753175317531753175317531
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251203T083000Z
TRANSP:OPAQUE
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DS office\, CID 2nd floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="acting-ds-eoi-interviews",
        uid="040000008200E00074C5B7101A82E00800000000CACACACA601DDC0100000000000000001000000064206420642064206420642064206420",
        trap="user-as-interviewer-acting-ds-eoi-own-team",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Noakes, Jam
 ie":mailto:jamie.noakes@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bhatt, Rav
 i":mailto:ravi.bhatt@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Temporary DS (3 months) while I'm on the DI proc
 ess – short EOI interviews\, 30 min each. 14:00 Jamie\, 14:30 Ravi. Bring 
 one example of leading a job from report to charge.\n
UID:040000008200E00074C5B7101A82E00800000000CACACACA601DDC0100000000000000001000000064206420642064206420642064206420
SUMMARY;LANGUAGE=en-GB:T/DS EOI interviews (Noakes\, Bhatt)
DTSTART;TZID=GMT Standard Time:20251209T140000
DTEND;TZID=GMT Standard Time:20251209T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DS office\, CID 2nd floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="ats-scorecard-reminder",
        uid="oleeo-task-77120-score-reminder@westriding.oleeo.example.com",
        trap="user-as-interviewer-scorecard-deadline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oleeo//Recruitment Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:oleeo-task-77120-score-reminder@westriding.oleeo.example.com
DTSTAMP:20260122T080000Z
DTSTART;VALUE=DATE:20260123
DTEND;VALUE=DATE:20260124
SUMMARY:ACTION: submit interview scores – DHEP board 21/01 (4 candidates)
DESCRIPTION:Panel member: Rachel Whitfield. Candidate scores and evidence n
 otes must be entered in Oleeo by 23:59. Incomplete scorecards delay offers 
 and vetting.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="observe-role-play-exercise",
        uid="1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6071",
        trap="user-as-interviewer-role-player-for-candidates",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6071
DTSTAMP:20260202T073000Z
DTSTART;TZID=Europe/London:20260209T090000
DTEND;TZID=Europe/London:20260209T123000
SUMMARY:role-player + scorer - Sgt promotion exercise (candidates 1-6)
DESCRIPTION:I play the 'aggrieved victim' and score each candidate on the p
 roforma. L&D brief at 8.30.
LOCATION:Carr Gate
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="google-exported-debrief",
        uid="2nb4vc6xz8as0dfgh2jk4lq6we@google.com",
        trap="user-as-interviewer-hiring-decision-debrief",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rachel work (sync)
X-WR-TIMEZONE:Europe/London
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251105T113000
DTEND;TZID=Europe/London:20251105T120000
DTSTAMP:20251105T090000Z
UID:2nb4vc6xz8as0dfgh2jk4lq6we@google.com
DESCRIPTION:Nadia + me: decide on Sam Okafor (PSI Fraud) – offer subject t
 o vetting or re-advertise?
LOCATION:Nadia's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PSI Fraud – candidate decision
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
