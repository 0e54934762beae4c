"""holdout242 events, part D: irrigation company, corporate farms, consultants, a cancellation."""

EVENTS = [
    {
        "kind": "bookings-interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DB01"
            "000000000000000010000000C0FFEE1234ABCD5678EF9012AB34CD56"
        ),
        "interview": 1,
        "company": "Mid Canterbury Water",
        "role": "Operations Manager",
        "stage": "hiring_manager",
        "who": "richard.ng@midcanterburywater.co.nz",
        "trap": "microsoft-bookings-interview-slot-user-is-customer",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN=MCW Recruitment:mailto:MCWRecruitment@midcanterburywater.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Te Hu
 ia:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Richard Ng:ma
 ilto:richard.ng@midcanterburywater.co.nz
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Operations
  Manager – interview (60 min)\nStaff: Richard Ng (Chief Executive)\n\nMCW
  Recruitment\nMid Canterbury Water Ltd\n\nJoin your appointment online: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA5N2Y3\n\nNeed to
  make changes? Manage booking: https://outlook.office365.com/owa/calendar/
 MCWRecruitment@midcanterburywater.co.nz/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DB010000000000000000
 10000000C0FFEE1234ABCD5678EF9012AB34CD56
SUMMARY;LANGUAGE=en-US:Operations Manager – interview (60 min)
DTSTART;TZID=New Zealand Standard Time:20250410T140000
DTEND;TZID=New Zealand Standard Time:20250410T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T041122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "case-study",
        "uid": "sr-interview-3c7a1e0b-5f2d-4a8e-9b6c-2d1f0e9a8b7c@smartrecruiters.com",
        "interview": 1,
        "company": "Te Waipounamu Farming",
        "role": "Dairy Operations Manager",
        "stage": "technical",
        "who": "karl.dobson@twfarming.co.nz",
        "trap": "smartrecruiters-farm-business-case-study",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3c7a1e0b-5f2d-4a8e-9b6c-2d1f0e9a8b7c@smartrecruiters.com
DTSTAMP:20250318T003300Z
DTSTART:20250325T200000Z
DTEND:20250325T223000Z
SUMMARY:Case Study Interview | Dairy Operations Manager | Liam Te Huia
DESCRIPTION:Dear Liam\,\n\nWe are pleased to invite you to the next step:\n
 \nCase Study Interview\nWednesday 26 March 2025\, 9:00am – 11:30am NZDT\n
 Interviewer: Karl Dobson\, Head of Dairy\nLocation: Online (Zoom link be
 low)\n\nAt 9:00 you will receive a farm business case (two dairy units\,
  budget\, Farm Environment Plan\, staffing). You'll have 90 minutes to pr
 epare and then 60 minutes to present your recommendations to Karl.\n\nhtt
 ps://twfarming.zoom.us/j/91822046611\n\nKind regards\,\nPeople Team\, Te W
 aipounamu Farming Ltd
LOCATION:Zoom
ORGANIZER;CN=Te Waipounamu Farming:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Karl Dobson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:karl.
 dobson@twfarming.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final-interview",
        "uid": "sr-interview-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b@smartrecruiters.com",
        "interview": 1,
        "company": "Te Waipounamu Farming",
        "role": "Dairy Operations Manager",
        "stage": "final",
        "who": "rawiri.tau@twfarming.co.nz;Ann Pullar",
        "trap": "smartrecruiters-final-ceo-and-board-member",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b@smartrecruiters.com
DTSTAMP:20250402T210501Z
DTSTART:20250409T220000Z
DTEND:20250409T233000Z
SUMMARY:Final Interview | Dairy Operations Manager | Liam Te Huia
DESCRIPTION:Dear Liam\,\n\nFinal Interview\nThursday 10 April 2025\, 10:00a
 m – 11:30am NZST\nInterviewers: Rāwiri Tau (Chief Executive)\, Ann Pullar
  (Director\, Chair of the Farming Committee)\nLocation: Te Waipounamu Far
 ming\, Level 3\, 15 Show Place\, Addington\, Christchurch\n\nTravel: we wil
 l book your flights from Hamilton – Paula will be in touch.\n\nKind regar
 ds\,\nPeople Team\, Te Waipounamu Farming Ltd
LOCATION:Level 3\, 15 Show Place\, Addington\, Christchurch
ORGANIZER;CN=Te Waipounamu Farming:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Rāwiri Tau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rawiri
 .tau@twfarming.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-consultant",
        "uid": "b6e1d2f0-93a4-4c7b-8e5d-7f0a1c2b3d4e",
        "interview": 1,
        "company": "Hinds Plains Farming",
        "role": "Farm Manager",
        "stage": "recruiter_screen",
        "who": "mike@agfocus.co.nz",
        "trap": "calendly-farm-consultant-screens-for-owners",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:b6e1d2f0-93a4-4c7b-8e5d-7f0a1c2b3d4e
DTSTAMP:20250115T052233Z
DTSTART:20250119T190000Z
DTEND:20250119T193000Z
SUMMARY:Hinds Plains Farming – Farm Manager interview (Zoom) between Mike G
 ray and Liam Te Huia
DESCRIPTION:Event Name: Hinds Plains Farming – Farm Manager interview (Zoo
 m)\n\nLocation: This is a Zoom web conference.\nhttps://us02web.zoom.us/j
 /86611029384\n\nNumber of cows you currently manage: 500\n\nNeed to make
  changes to this event?\nCancel: https://calendly.com/cancellations/b6e1d
 2f0\nReschedule: https://calendly.com/reschedulings/b6e1d2f0\n\nPowered by
  Calendly.com
LOCATION:https://us02web.zoom.us/j/86611029384
ORGANIZER;CN=Mike Gray:mailto:mike@agfocus.co.nz
ATTENDEE;CN=Liam Te Huia;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:liam
 .tehuia.farm@xtra.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "meet-owners",
        "uid": "F0E1D2C3-B4A5-4968-8776-655443322110",
        "interview": 1,
        "company": "Hinds Plains Farming",
        "role": "",
        "stage": "onsite",
        "who": "Rob Anstiss;Deb Anstiss",
        "trap": "phone-typed-floating-meet-the-owners",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250124T094410Z
DTSTAMP:20250124T094433Z
DTSTART:20250204T133000
DTEND:20250204T160000
SUMMARY:Hinds Plains - meet Rob & Deb Anstiss + farm look
LOCATION:Hinds
DESCRIPTION:Mike says owners want to meet before they decide. Fly CHC Mon
 night\, hire car. Q's: staff (4 + 2IC)\, house\, irrigation water restr
 ictions\, bonus on MS?
SEQUENCE:0
UID:F0E1D2C3-B4A5-4968-8776-655443322110
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cancelled-interview",
        "uid": "teamtailor-interview-4417bd2e-90fa-4a1c-b7e3-55c0d2f19a08",
        "interview": 1,
        "company": "Ōhau Dairy Holdings",
        "role": "Operations Manager – Dairy",
        "stage": "hiring_manager",
        "who": "nick@ohaudairy.co.nz",
        "trap": "teamtailor-interview-cancelled-method-cancel",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interview//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:teamtailor-interview-4417bd2e-90fa-4a1c-b7e3-55c0d2f19a08
DTSTAMP:20250224T031400Z
DTSTART:20250226T010000Z
DTEND:20250226T020000Z
SUMMARY:Cancelled: Interview with Ōhau Dairy Holdings – Operations Manager
  – Dairy
DESCRIPTION:Hi Liam\,\n\nUnfortunately we need to cancel your interview wit
 h Nick Gallagher on Wednesday. The role has been put on hold while the bo
 ard reviews the farm sales. We're sorry for the short notice and will be
  in touch if it reopens.\n\nŌhau Dairy Holdings
ORGANIZER;CN=Ōhau Dairy Holdings:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT:mailto:liam.tehuia.farm@xtra.
 co.nz
ATTENDEE;CN=Nick Gallagher;ROLE=REQ-PARTICIPANT:mailto:nick@ohaudairy.co.nz
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-interview",
        "uid": "kD8fQ2vLp9xR3mT6wY1zB4",
        "interview": 1,
        "company": "Kaimai Dairy Group",
        "role": "Operations Manager (5 farms)",
        "stage": "recruiter_screen",
        "who": "sarah@bellhr.co.nz",
        "trap": "cal-com-outsourced-hr-first-interview",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:kD8fQ2vLp9xR3mT6wY1zB4
DTSTAMP:20250210T002012Z
DTSTART:20250212T200000Z
DTEND:20250212T204500Z
SUMMARY:Kaimai Dairy Group – first interview between Sarah Bell and Liam Te
  Huia
DESCRIPTION:What: Kaimai Dairy Group – first interview\nInvitee Time Zone:
  Pacific/Auckland\nWho:\nSarah Bell - Organizer\nsarah@bellhr.co.nz\nLiam
  Te Huia\nliam.tehuia.farm@xtra.co.nz\nWhere: Google Meet https://meet.goo
 gle.com/rtz-wqmb-kfd\nDescription: First interview for the Operations Man
 ager (5 farms) role\, run by Bell HR on behalf of Kaimai Dairy Group.\n\nA
 dditional notes: I milk at 3.30 so need to be done by 3.
LOCATION:https://meet.google.com/rtz-wqmb-kfd
ORGANIZER;CN=Sarah Bell:mailto:sarah@bellhr.co.nz
ATTENDEE;CN=Liam Te Huia;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:m
 ailto:liam.tehuia.farm@xtra.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "directors-interview",
        "uid": "9zx8cv7bn6m5as4df3gh2jk1lq@google.com",
        "interview": 1,
        "company": "Kaimai Dairy Group",
        "role": "Operations Manager",
        "stage": "final",
        "who": "wayne@kaimaidairy.co.nz;julie@kaimaidairy.co.nz;sarah@bellhr.co.nz",
        "trap": "google-in-person-directors-final",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T220000Z
DTEND:20250227T233000Z
DTSTAMP:20250219T192517Z
ORGANIZER;CN=Wayne Purvis:mailto:wayne@kaimaidairy.co.nz
UID:9zx8cv7bn6m5as4df3gh2jk1lq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wayne
  Purvis;X-NUM-GUESTS=0:mailto:wayne@kaimaidairy.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julie
  Purvis;X-NUM-GUESTS=0:mailto:julie@kaimaidairy.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah
  Bell;X-NUM-GUESTS=0:mailto:sarah@bellhr.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Liam – Julie and I would like to meet you in person. Sarah will
  join us. This is the last step before we make a decision. We'll go throu
 gh your plan for the 5 farms and then drive out to Home Farm and Waiorong
 omai.\n\nWayne
LOCATION:Kaimai Dairy Group office\, 21 Broadway\, Matamata
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam Te Huia / Kaimai Dairy Group – Ops Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sharemilker-selection",
        "uid": "040000008200E00074C5B7101A82E0080000000090D5C4B3A2F1DA01000000000000000010000000",
        "interview": 1,
        "company": "Dorie Farms",
        "role": "50/50 Sharemilker",
        "stage": "hiring_manager",
        "who": "lyn.oakley@outlook.co.nz;Graeme Oakley",
        "trap": "outlook-desktop-sharemilker-selection-owners",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@TZ_NZ_WIN@
BEGIN:VEVENT
ATTENDEE;CN=liam.tehuia.farm@xtra.co.nz;RSVP=TRUE:mailto:liam.tehuia.farm@x
 tra.co.nz
CLASS:PUBLIC
CREATED:20241104T073012Z
DESCRIPTION:Hi Liam\,\n\nThanks for sending through your application for o
 ur 50/50 Sharemilker position (Dorie\, 750 cows\, starting 1 June 2025).
  Graeme and I would like to do the selection interview over Zoom first as
  we know it's a long way from the Waikato.\n\nhttps://us05web.zoom.us/j/8
 3047712094?pwd=aXZ3Tk1uYkZsS2NxR3pVQT09\n\nRegards\nLyn Oakley\nDorie Far
 ms Ltd\n
DTEND;TZID="New Zealand Standard Time":20241112T210000
DTSTAMP:20241104T073012Z
DTSTART;TZID="New Zealand Standard Time":20241112T200000
LAST-MODIFIED:20241104T073012Z
LOCATION:Zoom
ORGANIZER;CN="Lyn Oakley":mailto:lyn.oakley@outlook.co.nz
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-nz:Sharemilker selection interview - Liam & Hana Te Hu
 ia
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000090D5C4B3A2F1DA01000000000000000010000000
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ph-intvw",
        "uid": "A7B6C5D4-E3F2-4019-8F7E-6D5C4B3A2910",
        "interview": 1,
        "company": "Glenmore Station",
        "role": "",
        "stage": "",
        "who": "Sarah Pyke",
        "trap": "terse-phone-typed-floating-ph-intvw",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241212T190102Z
DTSTAMP:20241212T190110Z
DTSTART:20241216T193000
DTEND:20241216T201500
SUMMARY:ph intvw Glenmore dairy mgr - Sarah Pyke
DESCRIPTION:she rings me. 1200 cows Mackenzie\, 2 sheds. ask abt schooling
  Twizel
SEQUENCE:0
UID:A7B6C5D4-E3F2-4019-8F7E-6D5C4B3A2910
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
