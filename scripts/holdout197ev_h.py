# ruff: noqa: E501
"""holdout197 events: Cian on the hiring side at Corrib Biologics (part 1)."""

from holdout197ev_tz import GMT_STD

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="grad-panel",
    uid="040000008200E00074C5B7101A82E00800000000A1B1C1D1E1F1DB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-grad-panel-candidate-named",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Kiely, Sinead":mailto:skiely@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="RGK-Admin-Meeting Rm Fastnet":mailto:rgk-fastnet@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Cian\, Grainne\,\n\nCandidate: Aoife Brennan (BE Chemical & Process\, UL – graduating Sept)\nRole: Graduate Process Engineer 2025 intake\nCV and interview guide attached. Please complete the scoring grid in SuccessFactors within 24 hrs.\n\nThanks\,\nSinéad Kiely | Talent Acquisition Partner | Corrib Biologics\n
UID:040000008200E00074C5B7101A82E00800000000A1B1C1D1E1F1DB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=en-IE:Interview: Aoife Brennan – Graduate Process Engineer
DTSTART;TZID=GMT Standard Time:20250319T140000
DTEND;TZID=GMT Standard Time:20250319T144500
DTSTAMP:20250312T110201Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:RGK-Admin-Meeting Rm Fastnet
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="feedback-due",
    uid="SF-INTSCHED-corribP-feedback-0117-cos-20250320",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-successfactors-feedback-reminder",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-INTSCHED-corribP-feedback-0117-cos-20250320
DTSTAMP:20250319T150000Z
DTSTART;VALUE=DATE:20250320
DTEND;VALUE=DATE:20250321
SUMMARY:Action required: submit interview assessment – Graduate Process Engineer (Req 2025-0117)
DESCRIPTION:Dear Cian O'Sullivan\,\n\nYou are an interviewer for Req 2025-0
 117. Please rate the candidate(s) you met on 19/03 (Technical knowledge\, P
 roblem solving\, Communication\, Safety mindset – 1-5) and give your hire/no
  hire recommendation.\n\nThis is a system generated message from SAP Succes
 sFactors.
ORGANIZER;CN=Corrib Biologics Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Cian O'Sullivan:mailto:cosullivan@corribbio.ie
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="wash-up",
    uid="040000008200E00074C5B7101A82E00800000000A2B2C2D2E2F2DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-grad-intake-wash-up",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kiely, Sinead":mailto:skiely@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Crowley, Eoin":mailto:ecrowley@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Wash-up on the 6 grads we saw this week – rank\, agree top 3 for offers\, reserve list. Bring your grids.\n
UID:040000008200E00074C5B7101A82E00800000000A2B2C2D2E2F2DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-IE:Grad intake 2025 – wash-up
DTSTART;TZID=GMT Standard Time:20250321T113000
DTEND;TZID=GMT Standard Time:20250321T123000
DTSTAMP:20250317T090511Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Teams / Fastnet
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="assessment-day",
    uid="040000008200E00074C5B7101A82E00800000000A3B3C3D3E3F3DB01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-assessment-centre-assessor",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Corrib Early Careers":mailto:earlycareers@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hegarty, Fionnuala":mailto:fhegarty@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lynch, Padraig":mailto:plynch@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Graduate Programme 2025 – Assessment Day\n\n08:30 Assessor briefing & calibration (canteen meeting room)\n09:15 Candidates arrive – welcome by Site Head\n09:45 Group exercise (bioreactor contamination scenario) – assessors observe & score\n11:15 Competency interviews (pairs)\n13:30 Case presentations\n15:30 Assessor wash-up\n\nYou are assessing Group B. Assessor packs at reception.\n
UID:040000008200E00074C5B7101A82E00800000000A3B3C3D3E3F3DB01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
SUMMARY;LANGUAGE=en-IE:Graduate Programme Assessment Day – ASSESSORS
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
DTSTAMP:20250228T100000Z
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
LOCATION;LANGUAGE=en-IE:Corrib Biologics Ringaskiddy – Canteen & Training Rooms 1-3
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hiring-committee",
    uid="040000008200E00074C5B7101A82E00800000000A4B4C4D4E4F4DB0100000000000000001000000031415926535897932384626433832795",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-hiring-committee-sign-off",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Lynch, Padraig":mailto:plynch@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kiely, Sinead":mailto:skiely@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Req 2025-0131 Process Engineer II – decision. Two finalists (Walsh / Nowak). Cian to summarise the technical panel outcome\, Sinéad the references and package. Need sign-off to release the offer this week.\n
UID:040000008200E00074C5B7101A82E00800000000A4B4C4D4E4F4DB0100000000000000001000000031415926535897932384626433832795
SUMMARY;LANGUAGE=en-IE:PE II (0131) – selection decision
DTSTART;TZID=GMT Standard Time:20250430T083000
DTEND;TZID=GMT Standard Time:20250430T090000
DTSTAMP:20250425T161500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Site Head office
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="accepted-reply",
    uid="040000008200E00074C5B7101A82E00800000000A5B5C5D5E5F5DB01000000000000000010000000271828182845904523536028747135266",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-candidate-accepted-reply-gmail",
    ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250409T130000Z
DTEND:20250409T140000Z
DTSTAMP:20250403T212233Z
ORGANIZER;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
UID:040000008200E00074C5B7101A82E00800000000A5B5C5D5E5F5DB01000000000000000010000000271828182845904523536028747135266
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joanna
  Wiśniewska;X-NUM-GUESTS=0:mailto:joanna.wisniewska92@gmail.com
COMMENT:Thank you\, see you on Wednesday!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: 2nd interview – Shift Process Engineer – Corrib Biologics
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-cv",
    uid="040000008200E00074C5B7101A82E00800000000A6B6C6D6E6F6DB0100000000000000001000000016180339887498948482045868343656",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-agency-presents-candidate",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Gavin Cleary:mailto:gavin.cleary@cpl.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Cian\,\n\nAs discussed – 15 mins to talk you through the candidate I sent over for your Process Engineer II vacancy: Marek Nowak\, 6 yrs at a Carlow vaccines site\, strong on CIP/SIP and single-use\, available on 1 month's notice. CV and my screening notes attached. If you like him I'll line up an interview with you and Grainne.\n\nGavin Cleary | CPL Life Sciences | Cork\n
UID:040000008200E00074C5B7101A82E00800000000A6B6C6D6E6F6DB0100000000000000001000000016180339887498948482045868343656
SUMMARY;LANGUAGE=en-IE:CPL – candidate for PE II (Marek N.) – quick call
DTSTART;TZID=GMT Standard Time:20250408T164500
DTEND;TZID=GMT Standard Time:20250408T170000
DTSTAMP:20250407T101010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Phone
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="typed-candidate-notes",
    uid="F0E1D2C3-B4A5-4968-8778-695A4B3C2D1E",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-hand-typed-second-chat-with-candidate",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250411T073012Z
DTEND:20250415T173000
DTSTAMP:20250411T073040Z
DTSTART:20250415T170000
LAST-MODIFIED:20250411T073040Z
LOCATION:Teams
SEQUENCE:0
SUMMARY:2nd chat Ronan K
DESCRIPTION:for the PE2 on my team – ask re CIP/SIP val exp\, shift allowanc
 e expectations\, notice period. Grainne wants my view by Fri. (he was nervo
 us 1st time\, good on the deviation q)
TRANSP:OPAQUE
UID:F0E1D2C3-B4A5-4968-8778-695A4B3C2D1E
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="shadowing",
    uid="040000008200E00074C5B7101A82E00800000000A7B7C7D7E7F7DB0100000000000000001000000014142135623730950488016887242097",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-colleague-shadows-user",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Crowley, Eoin":mailto:ecrowley@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Eoin – you're sitting in on my PE II technical interview with Joanna W. as your shadow session (HR needs 2 shadows before you go on the panel list). Observe only\, we'll do 10 mins after on how I probe the STAR answers.\n
UID:040000008200E00074C5B7101A82E00800000000A7B7C7D7E7F7DB0100000000000000001000000014142135623730950488016887242097
SUMMARY;LANGUAGE=en-IE:Shadow – Eoin sits in on PE II tech interview
DTSTART;TZID=GMT Standard Time:20250409T140000
DTEND;TZID=GMT Standard Time:20250409T150000
DTSTAMP:20250403T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Rm Fastnet
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="trial-shift",
    uid="040000008200E00074C5B7101A82E00800000000A8B8C8D8E8F8DB0100000000000000001000000017320508075688772935274463415058",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-supervises-candidate-trial-shift",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Kiely, Sinead":mailto:skiely@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Buckley, Tadhg":mailto:tbuckley@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Darragh Kearney (Process Technician applicant) on site for a supervised trial shift – Suite 3 USP\, non-GMP tasks only (observe media prep\, walk-down of the 2k SUB\, paperwork exercise). Cian to supervise and sign the trial-shift form\, Tadhg as buddy. Visitor gowning. Form back to HR by EOD.\n
UID:040000008200E00074C5B7101A82E00800000000A8B8C8D8E8F8DB0100000000000000001000000017320508075688772935274463415058
SUMMARY;LANGUAGE=en-IE:Trial shift – D. Kearney (Process Tech) – Suite 3
DTSTART;TZID=GMT Standard Time:20250424T070000
DTEND;TZID=GMT Standard Time:20250424T150000
DTSTAMP:20250416T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Suite 3 – meet at Gowning Rm B
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="bookings-host",
    uid="bookings-corrib-earlycareers-7f1c2a93-c5e8-4b60-a21d-90e3ff4c1b22",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-bookings-host-student-booked",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Corrib Biologics Early Careers:mailto:CorribEarlyCareers@corribbio.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Saoirse Lenihan:mailto:saoirse.lenihan@mymtu.ie
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Co-op placement interview (Process Engineering)\nStaff: Cian O'Sullivan\nCustomer: Saoirse Lenihan (saoirse.lenihan@mymtu.ie)\nCustomer notes: Year 3 Chemical & Biopharmaceutical Eng. CV uploaded.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_CoOp@thread.v2/0\n\nPowered by Microsoft Bookings
UID:bookings-corrib-earlycareers-7f1c2a93-c5e8-4b60-a21d-90e3ff4c1b22
SUMMARY;LANGUAGE=en-US:Co-op placement interview (Process Engineering) – Saoirse Lenihan
DTSTART;TZID=GMT Standard Time:20250403T110000
DTEND;TZID=GMT Standard Time:20250403T113000
DTSTAMP:20250401T194410Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))
