# ruff: noqa: E501, W291, W293, RUF100
"""holdout281 events, part B: the user's own interviews (Craigmore to Kinloch)."""

from holdout281ev_zones import BERLIN, GMT_STANDARD, LONDON

FORMS = {
    "Craigmore Distillery": "Craigmore|Rheinfels Spirituosen|Rheinfels Spirituosen AG|Rheinfels",
    "Drumcairn Distillery": "Drumcairn",
    "Cairnvale Distillery": "Cairnvale",
    "Achnagairn Distillery": "Achnagairn",
    "Loch Gruinart Distillery": "Loch Gruinart",
    "Moray Cask Company": "Moray Cask|Moray Cask Co|MCC",
    "Raeburn & Gillies": "Raeburn and Gillies|Raeburn & Gillies Ltd|R&G",
    "Strathclyde Bottling Services": "Strathclyde Bottling|SBS",
    "Canongate Cask Brokers": "Canongate Cask|Canongate",
    "Marlow Street Spirits": "Marlow Street|MSS",
    "Moray Firth Maltings": "MFM|Moray Firth Maltings Ltd",
    "Findhorn Gin Company": "Findhorn Gin|Findhorn Gin Co",
    "Kinloch Spirits": "Kinloch|Kinloch Spirits Ltd",
}

EVENTS = [
    dict(
        kind="personio-invite-german",
        uid="personio-interview-5c1e9a3b-7d24-4f8e-b6a0-2e9d3c7f1a84@rheinfels-spirituosen.example.de",
        is_interview=1,
        company="Craigmore Distillery",
        role="Distillery Manager (m/w/d)",
        stage="hiring_manager",
        interviewers="katrin.vogel@rheinfels-spirituosen.example.de;euan.mcphee@craigmore.example.co.uk",
        trap="german-vorstellungsgespraech-personio-berlin-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
{BERLIN}
BEGIN:VEVENT
UID:personio-interview-5c1e9a3b-7d24-4f8e-b6a0-2e9d3c7f1a84@rheinfels-spirituosen.example.de
DTSTAMP:20260921T071533Z
DTSTART;TZID=Europe/Berlin:20260929T100000
DTEND;TZID=Europe/Berlin:20260929T110000
SUMMARY:Vorstellungsgespräch: Distillery Manager (m/w/d) – Craigmore Distillery / Callum Fraser
ORGANIZER;CN=Rheinfels Spirituosen AG – Recruiting:mailto:jobs@rheinfels-spirituosen.example.de
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Dr. Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@rheinfels-spirituosen.example.de
ATTENDEE;CN=Euan McPhee;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:euan.mcphee@craigmore.example.co.uk
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Fraser\,\n\nvielen Dank für Ihre Bewerbung als Distillery Manager (m/w/d) für unsere schottische Brennerei Craigmore Distillery. Wir laden Sie herzlich zu einem Vorstellungsgespräch per Video ein.\n\nGesprächspartner: Dr. Katrin Vogel (Leiterin Produktion Whisky & Spirituosen) und Euan McPhee (Site Lead Craigmore)\nSprache: Englisch\nDauer: ca. 60 Minuten\nUhrzeit: 10:00 Uhr MESZ (09:00 Uhr in Schottland)\n\n--- English ---\nDear Mr Fraser\, thank you for applying. We would like to invite you to a video interview (in English) with Dr Katrin Vogel (Head of Production) and Euan McPhee (Site Lead). 09:00 UK time.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmhlaW5mZWxzY3JhaWdtb3Jl%40thread.v2/0\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nRheinfels Spirituosen AG\, Rüdesheimer Str. 12\, 65385 Rüdesheim am Rhein\n\nDiese Einladung wurde über Personio versendet.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-typed",
        uid="2B8E5D14-C7A0-4F93-8E61-5A9D3C2B7E08",
        is_interview=1,
        company="Drumcairn Distillery",
        role="",
        stage="recruiter_screen",
        interviewers="Shona Milne",
        trap="terse-abbrev-phone-int-floating-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260811T120348Z
UID:2B8E5D14-C7A0-4F93-8E61-5A9D3C2B7E08
DTEND:20260814T103000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Drumcairn phone int - HR Shona Milne 10am
DTSTART:20260814T100000
DTSTAMP:20260811T120411Z
SEQUENCE:0
DESCRIPTION:she'll ring mob. go sit in car park away from the stillhouse noise
BEGIN:VALARM
X-WR-ALARMUID:6C1A9E3F-2D7B-4B58-90E4-1F8C3A7D5B26
UID:6C1A9E3F-2D7B-4B58-90E4-1F8C3A7D5B26
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="eploy-invite",
        uid="eploy-interview-209441-drumcairn",
        is_interview=1,
        company="Drumcairn Distillery",
        role="Distillery Manager",
        stage="onsite",
        interviewers="shona.milne@drumcairn.example.co.uk;bill.stronach@drumcairn.example.co.uk;catriona.mair@drumcairn.example.co.uk",
        trap="eploy-competency-panel-star-format",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment Platform//EN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:eploy-interview-209441-drumcairn
DTSTAMP:20260820T143302Z
DTSTART;TZID=Europe/London:20260901T093000
DTEND;TZID=Europe/London:20260901T110000
SUMMARY:Interview Confirmation - Distillery Manager - Drumcairn Distillery
ORGANIZER;CN=Drumcairn Distillery Recruitment:mailto:recruitment@drumcairn.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
LOCATION:Drumcairn Distillery\, Keith AB55 – report to the visitor centre
DESCRIPTION:Dear Callum\,\n\nWe are pleased to confirm your interview for the post of Distillery Manager (Ref DC/DM/0826).\n\nYour interview panel will be:\n- Bill Stronach\, Managing Director (bill.stronach@drumcairn.example.co.uk)\n- Catriona Mair\, Master Blender (catriona.mair@drumcairn.example.co.uk)\n- Shona Milne\, HR Manager (shona.milne@drumcairn.example.co.uk)\n\nThe interview will be competency-based. You may find it helpful to structure your answers using the STAR method (Situation\, Task\, Action\, Result). You will also be asked to complete a short written exercise on a distillery KPI report (20 minutes) on arrival.\n\nPlease bring proof of your right to work in the UK.\n\nYours sincerely\,\nShona Milne\nHR Manager\n\nSent via Eploy
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-typed",
        uid="c2f74b1e-8a39-4d6c-b5e0-91d3f7a28c46",
        is_interview=1,
        company="Cairnvale Distillery",
        role="",
        stage="",
        interviewers="Mr Urquhart",
        trap="terse-intvw-typo-hotel-venue-honorific-only",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20260827T201144Z
LAST-MODIFIED:20260827T201302Z
DTSTAMP:20260827T201302Z
UID:c2f74b1e-8a39-4d6c-b5e0-91d3f7a28c46
SUMMARY:Cairnvale DM intvw - Mr Urquhart (owner)
DTSTART;TZID=Europe/London:20260904T140000
DTEND;TZID=Europe/London:20260904T153000
LOCATION:Aberlour Hotel lounge
DESCRIPTION:suit not kilt. he's old school - ask about the new warehouse pl
 anning + what happened to last DM
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-invite",
        uid="1v9d4r6t0k2m8c3q5h7p1s0n4b@google.com",
        is_interview=1,
        company="Achnagairn Distillery",
        role="Distillery Manager",
        stage="recruiter_screen",
        interviewers="gemma.robertson@achnagairn.example.co.uk",
        trap="google-meet-hr-screen-footer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261009T143000
DTEND;TZID=Europe/London:20261009T150000
DTSTAMP:20261005T092518Z
ORGANIZER;CN=Gemma Robertson:mailto:gemma.robertson@achnagairn.example.co.uk
UID:1v9d4r6t0k2m8c3q5h7p1s0n4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gemma Robertson;X-NUM-GUESTS=0:mailto:gemma.robertson@achnagairn.exampl
 e.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
X-MICROSOFT-CDO-OWNERAPPTID:1502867443
CREATED:20261005T092517Z
DESCRIPTION:Hi Callum\, thanks for your application for Distillery Manager.
  This is an initial 30 min screening call with me (People & Culture) befor
 e we arrange interviews with our Director of Operations.\n\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/ydk-m
 qpt-xav\nOr dial: (GB) +44 20 3956 1187 PIN: 403 118 925#\nMore phone numbe
 rs: https://tel.meet/ydk-mqpt-xav?pin=4620915844731\n\nLearn more about Mee
 t at: https://support.google.com/a/users/answer/9282720\n\nPlease do not ed
 it this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from
  Google Calendar: https://calendar.google.com/calendar/\n\nYou are receivin
 g this email because you are an attendee on the event. To stop receiving fu
 ture updates for this event\, decline this event.
LAST-MODIFIED:20261005T092518Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Achnagairn Distillery – Distillery Manager – screening call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-recurring-trial",
        uid="F0C3A7B2-9E14-4D68-A5C1-7B2E8D4F6A93",
        is_interview=1,
        company="Loch Gruinart Distillery",
        role="Distillery Manager",
        stage="onsite",
        interviewers="Neil Currie",
        trap="two-day-trial-rrule-with-recurrence-id-override",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
{LONDON}
BEGIN:VEVENT
CREATED:20260902T184019Z
UID:F0C3A7B2-9E14-4D68-A5C1-7B2E8D4F6A93
RRULE:FREQ=DAILY;COUNT=2
DTEND;TZID=Europe/London:20260922T170000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Loch Gruinart – trial days for DM job (shadow Neil Currie)
DTSTART;TZID=Europe/London:20260922T080000
DTSTAMP:20260902T184455Z
LOCATION:Loch Gruinart Distillery\, Isle of Islay
SEQUENCE:0
DESCRIPTION:2 day paid trial as part of selection for the distillery manager post. Shadow Neil (retiring DM)\, run the morning production meeting on day 1\, cask stock review on day 2. Owners decide after.\nFerry booked Kennacraig 18:00 Mon.
END:VEVENT
BEGIN:VEVENT
CREATED:20260902T184019Z
UID:F0C3A7B2-9E14-4D68-A5C1-7B2E8D4F6A93
DTEND;TZID=Europe/London:20260923T130000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Loch Gruinart trial day 2 – early shift + wrap-up w/ Neil Currie
DTSTART;TZID=Europe/London:20260923T060000
DTSTAMP:20260915T071102Z
LOCATION:Loch Gruinart Distillery\, Isle of Islay
SEQUENCE:1
RECURRENCE-ID;TZID=Europe/London:20260923T080000
DESCRIPTION:Neil wants me on the 6am shift start. Catch the 15:30 boat back.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-8d2c6f10-3a57-4e91-bb48-c07e5d19a2f3",
        is_interview=1,
        company="Moray Cask Company",
        role="Operations Manager – Cooperage",
        stage="hiring_manager",
        interviewers="fraser.gow@moraycask.example.co.uk",
        trap="lever-interviewer-named-fraser-like-user",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8d2c6f10-3a57-4e91-bb48-c07e5d19a2f3
DTSTAMP:20261012T111909Z
DTSTART:20261020T130000Z
DTEND:20261020T140000Z
SUMMARY:Interview with Moray Cask Company: Operations Manager – Cooperage
ORGANIZER;CN=Moray Cask Company (via Lever):mailto:no-reply@hire.lever.example.co
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Fraser Gow;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fraser.gow@moraycask.example.co.uk
LOCATION:Moray Cask Company\, Bogs of Mulben Ind. Estate\, Craigellachie AB38 – main office
DESCRIPTION:Hi Callum\,\n\nYou're confirmed for an interview for Operations Manager – Cooperage.\n\nWhen: Tuesday\, 20 October 2026\, 14:00 – 15:00 BST\nWho: Fraser Gow (General Manager)\nWhere: Main office – ask at the weighbridge. Hearing protection is needed if you go onto the cooperage floor.\n\nFraser would like to talk through your experience of cask receipt\, cask inspection and the relationships you have with the distilleries' warehouse teams.\n\nNeed to reschedule? Reply to this email.\n\n– The Moray Cask Company team
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pinpoint-invite",
        uid="pinpoint-interview-31927@raeburngillies.example.co.uk",
        is_interview=1,
        company="Raeburn & Gillies",
        role="Warehouse & Cask Manager",
        stage="recruiter_screen",
        interviewers="hannah.gillies@raeburngillies.example.co.uk",
        trap="pinpoint-video-screen-lf-line-endings",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinpoint//Pinpoint ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pinpoint-interview-31927@raeburngillies.example.co.uk
DTSTAMP:20261015T154416Z
DTSTART:20261022T100000Z
DTEND:20261022T103000Z
SUMMARY:Video interview: Warehouse & Cask Manager at Raeburn & Gillies
ORGANIZER;CN=Hannah Gillies:mailto:hannah.gillies@raeburngillies.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
LOCATION:https://meet.google.com/fkz-pwrd-nqe
DESCRIPTION:Hi Callum\,\n\nThank you for booking your interview slot for the Warehouse & Cask Manager role at Raeburn & Gillies\, independent bottlers since 1921.\n\nThis first-stage video interview will be with Hannah Gillies (People & Operations Director) and will last 30 minutes.\n\nJoin here: https://meet.google.com/fkz-pwrd-nqe\n\nIf you can no longer make this time\, please use the link in your confirmation email to rebook.\n\nRecruitment powered by Pinpoint
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-updated-invite",
        uid="0r4s8k1v6m2t9q3n5c7h0d1p2a@google.com",
        is_interview=1,
        company="Raeburn & Gillies",
        role="Warehouse & Cask Manager",
        stage="final",
        interviewers="hannah.gillies@raeburngillies.example.co.uk;robert.raeburn@raeburngillies.example.co.uk",
        trap="rescheduled-final-sequence-two-event-changed",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261117T110000
DTEND;TZID=Europe/London:20261117T123000
DTSTAMP:20261106T084102Z
ORGANIZER;CN=Hannah Gillies:mailto:hannah.gillies@raeburngillies.example.co.uk
UID:0r4s8k1v6m2t9q3n5c7h0d1p2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Gillies;X-NUM-GUESTS=0:mailto:hannah.gillies@raeburngillies.exam
 ple.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Robert Raeburn;X-NUM-GUESTS=0:mailto:robert.raeburn@raeburngillies.exam
 ple.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
X-MICROSOFT-CDO-OWNERAPPTID:-904431877
CREATED:20261026T161233Z
DESCRIPTION:This event has been changed.\n\nChanged: time\n\nCallum – apolog
 ies for moving this twice. Robert is now back from the Far East sales trip 
 on the 16th so we can do the final interview in person at the Leith office 
 with both of us. You'll also taste through the three casks we're considerin
 g for the winter release and tell us what you'd do with them.\n\nHannah\n\n
 Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nY
 ou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20261106T084101Z
LOCATION:Raeburn & Gillies\, 14 Commercial Quay\, Leith EH6
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Final interview – Raeburn & Gillies – Callum Fraser
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-agency-screen",
        uid="040000008200E00074C5B7101A82E00800000000E4D3C2B1A0F7DC010000000000000000100000005B6C7D8E9F0A41B2C3D4E5F6A7B8C9D0",
        is_interview=1,
        company="Strathclyde Bottling Services",
        role="Operations Manager",
        stage="recruiter_screen",
        interviewers="jamie.kinnear@ambersearch.example.co.uk",
        trap="exec-search-screen-names-client-bottling",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Kinnear, Jamie":mailto:jamie.kinnear@ambersearch.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Callum\,\n\nNow that you've agreed to be considered I can confirm the client: it's Strathclyde Bottling Services at Newhouse (contract bottler for several of the big Scotch houses). The role is Operations Manager\, 6 lines\, c. 140 staff across three shifts.\n\nThis call is my formal screening interview before I shortlist to the client – about 45 minutes\, competency-style questions on leading shift managers\, line efficiency and customer audits. I'll send the client's brief after.\n\nJamie Kinnear\nDirector – Drinks & FMCG Operations\nAmber Search Partners\, Glasgow | 0141 496 0921\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YW1iZXJzZWFyY2hzYnM%40thread.v2/0>\nMeeting ID: 341 770 618 092\nPasscode: Ws4nE7\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E4D3C2B1A0F7DC010000000000000000100000005B6C7D8E9F0A41B2C3D4E5F6A7B8C9D0
SUMMARY;LANGUAGE=en-GB:Amber Search / Callum Fraser – SBS Operations Manager screening
DTSTART;TZID=GMT Standard Time:20260910T180000
DTEND;TZID=GMT Standard Time:20260910T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260907T102233Z
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
    dict(
        kind="outlook-agency-organiser",
        uid="040000008200E00074C5B7101A82E008000000007A6B5C4D3E02DD01000000000000000010000000E1F2A3B4C5D64E7F8A9B0C1D2E3F4A5B",
        is_interview=1,
        company="Strathclyde Bottling Services",
        role="Operations Manager",
        stage="onsite",
        interviewers="gary.mcbride@strathclydebottling.example.co.uk;linda.ferrie@strathclydebottling.example.co.uk",
        trap="agency-organiser-client-panel-plant-tour",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Kinnear, Jamie":mailto:jamie.kinnear@ambersearch.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McBride, Gary":mailto:gary.mcbride@strathclydebottling.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrie, Linda":mailto:linda.ferrie@strathclydebottling.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Callum – confirmed with the client. Gary McBride (Operations Director) and Linda Ferrie (Head of HR) will interview you at Newhouse. Starts with a 45-minute walk round the bottling hall and the bonded dry goods store\, then a 75-minute interview. Expect questions on a customer complaint you've handled and how you'd tackle changeover times. Bring your safety boots.\n\nGood luck – call me after.\nJamie\n
UID:040000008200E00074C5B7101A82E008000000007A6B5C4D3E02DD01000000000000000010000000E1F2A3B4C5D64E7F8A9B0C1D2E3F4A5B
SUMMARY;LANGUAGE=en-GB:CLIENT INTERVIEW: Callum Fraser @ Strathclyde Bottling Services (Newhouse)
DTSTART;TZID=GMT Standard Time:20261001T130000
DTEND;TZID=GMT Standard Time:20261001T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T170456Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Strathclyde Bottling Services\, Newhouse Industrial Estate\, Motherwell ML1 – reception
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
    dict(
        kind="bookings-invite",
        uid="040000008200E00074C5B7101A82E00800000000B00C7F3C92A1DC01000000000000000010000000C4D5E6F7A8B94C0D1E2F3A4B5C6D7E8F",
        is_interview=1,
        company="Canongate Cask Brokers",
        role="Cask Management Executive",
        stage="recruiter_screen",
        interviewers="euan.pirie@canongatecask.example.com",
        trap="microsoft-bookings-staff-member-interview-slot",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN=Canongate Cask Brokers – Careers:mailto:CanongateCaskCareers@canongatecask.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Fraser:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Euan Pirie:mailto:euan.pirie@canongatecask.example.com
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed.\n\nService: First interview – Cask Management Executive (30 min)\nStaff: Euan Pirie\nCustomer: Callum Fraser\nPhone: 07700 900412\n\nCanongate Cask Brokers\n22 St Mary's Street\, Edinburgh EH1\n\nAdditional information: Euan will call you by Teams. Please have your CV to hand.\n\nBooked via Microsoft Bookings. To manage or cancel your booking\, use the link in your confirmation email.\n
UID:040000008200E00074C5B7101A82E00800000000B00C7F3C92A1DC01000000000000000010000000C4D5E6F7A8B94C0D1E2F3A4B5C6D7E8F
SUMMARY;LANGUAGE=en-GB:First interview – Cask Management Executive with Callum Fraser
DTSTART;TZID=GMT Standard Time:20261110T083000
DTEND;TZID=GMT Standard Time:20261110T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T195512Z
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
    dict(
        kind="teamtailor-invite",
        uid="teamtailor-meeting-8815503-2@marlowstreet.example.co.uk",
        is_interview=1,
        company="Marlow Street Spirits",
        role="Brand Ambassador – Scotland",
        stage="hiring_manager",
        interviewers="olivia.brandt@marlowstreet.example.co.uk",
        trap="teamtailor-brand-ambassador-video-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-8815503-2@marlowstreet.example.co.uk
DTSTAMP:20260826T101044Z
DTSTART:20260902T150000Z
DTEND:20260902T154500Z
SUMMARY:Interview: Brand Ambassador – Scotland (Callum Fraser)
ORGANIZER;CN=Olivia Brandt:mailto:olivia.brandt@marlowstreet.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Olivia Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.brandt@marlowstreet.example.co.uk
LOCATION:Google Meet – https://meet.google.com/tcu-brxq-owk
DESCRIPTION:Hi Callum!\n\nLooking forward to speaking with you about the Brand Ambassador – Scotland role at Marlow Street Spirits. You'll be speaking with Olivia Brandt\, National Advocacy Manager (and your future manager if it goes well!).\n\nWe'll chat about your background\, how you'd bring our whiskies to life for bartenders and consumers\, and the travel involved (Scotland-wide\, with trips to our London HQ).\n\nGoogle Meet: https://meet.google.com/tcu-brxq-owk\n\nBest\,\nMarlow Street Spirits Talent Team\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jobtrain-invite",
        uid="jobtrain-int-MFM0426-00117@morayfirthmaltings.example.co.uk",
        is_interview=1,
        company="Moray Firth Maltings",
        role="Operations Manager",
        stage="onsite",
        interviewers="Kenneth Slater;Ruth Anderson",
        trap="maltings-panel-presentation-ref-number",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain Solutions//Jobtrain Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:jobtrain-int-MFM0426-00117@morayfirthmaltings.example.co.uk
DTSTAMP:20261103T133000Z
DTSTART:20261111T100000Z
DTEND:20261111T113000Z
SUMMARY:Interview Invitation - Operations Manager (MFM/0426)
ORGANIZER;CN=MFM Recruitment:mailto:recruitment@morayfirthmaltings.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
LOCATION:Moray Firth Maltings\, Harbour Road\, Buckie AB56 – Main Office
DESCRIPTION:Dear Callum\,\n\nThank you for your application for the position of Operations Manager (MFM/0426). We are delighted to invite you to interview.\n\nThe panel will consist of Kenneth Slater (Site Director) and Ruth Anderson (HR Business Partner). You will be asked to give a 10-minute presentation on: "How would you improve energy efficiency in the kilning process while protecting malt specification for our distillery customers?"\n\nThe interview will include a short tour of the germination and kilning plant. Safety footwear is required.\n\nPlease confirm your attendance using the link in your Jobtrain account.\n\nKind regards\,\nMFM Recruitment Team
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-com-freemail",
        uid="040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A0DD01000000000000000010000000FEE0A1B2C3D4E5F60718293A4B5C6D7",
        is_interview=1,
        company="Findhorn Gin Company",
        role="Production Manager",
        stage="hiring_manager",
        interviewers="lachie.findhorngin@outlook.example.com",
        trap="gin-owner-free-mail-coffee-about-job",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN=Lachie Ross:mailto:lachie.findhorngin@outlook.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Callum\, thanks for getting back to me about the production manager job. Coffee at ours? We're small (2 stills\, gin and now a bit of new make for whisky) so it's as much about whether we get on as anything. I'll show you the still room after.\n\nLachie\nFindhorn Gin Co.\n
UID:040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A0DD01000000000000000010000000FEE0A1B2C3D4E5F60718293A4B5C6D7
SUMMARY:Coffee - production manager job
DTSTART;TZID=GMT Standard Time:20261106T100000
DTEND;TZID=GMT Standard Time:20261106T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261101T210343Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Findhorn Gin Co\, Kinloss Road\, Findhorn IV36
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
    dict(
        kind="outlook-agency-phone",
        uid="040000008200E00074C5B7101A82E008000000003C4D5E6F7A18DD0100000000000000001000000097A8B9C0D1E24F3A4B5C6D7E8F9A0B1C",
        is_interview=1,
        company="Kinloch Spirits",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="Archie Galbraith",
        trap="agency-coordinator-organiser-client-md-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mathieson, Fiona":mailto:fiona.mathieson@thistletalent.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nI'm pleased to confirm a telephone interview with our client Kinloch Spirits (Campbeltown) for the Distillery Manager role. Archie Galbraith\, Managing Director\, will call you directly on 07700 900412 at the time below. He'll want to talk about your experience with floor maltings (they're reinstating theirs)\, warehousing and your thoughts on relocating to Kintyre.\n\nPlease let me know how it goes afterwards.\n\nBest regards\,\nFiona Mathieson\nSenior Consultant\nThistle Talent – Drinks & Hospitality Recruitment\n01632 960 418\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7A18DD0100000000000000001000000097A8B9C0D1E24F3A4B5C6D7E8F9A0B1C
SUMMARY;LANGUAGE=en-GB:Telephone interview – Kinloch Spirits – Callum Fraser
DTSTART;TZID=GMT Standard Time:20261124T121500
DTEND;TZID=GMT Standard Time:20261124T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T114721Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone (Archie to call Callum)
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
]
