# ruff: noqa: E501, W291, W293, RUF100
"""holdout281 events, part C: the user's own interviews (Dornoch Firth to Auchindoun)."""

from holdout281ev_zones import GMT_STANDARD, LONDON, W_EUROPE

FORMS = {
    "Dornoch Firth Distillers": "Dornoch Firth|DFD",
    "Ardcaisteal Distillery": "Ardcaisteal",
    "Tomanlea Distillery": "Tomanlea",
    "Mains of Dulnain Distillery": "Mains of Dulnain|Dulnain",
    "Corrie Breac Distillery": "Corrie Breac",
    "Highland Pride Distillers": "Highland Pride|Knockbrae Distillery|Knockbrae",
    "Dunedin Cask Partners": "Dunedin Cask|DCP",
    "Port Carraig Distillery": "Port Carraig",
    "Tullochgorm Distillery": "Tullochgorm",
    "Speyside Bonded Warehousing": "Speyside Bonded|SBW|Speyside Bonded Warehousing Ltd",
    "Kelvin Bottling Company": "Kelvin Bottling|Kelvin Bottling Co|KBC",
    "Inverfiddich Distillery": "Inverfiddich",
    "Benvorlich Distillery": "Benvorlich|Van Leeuwen Dranken",
    "Auchindoun Distillery": "Auchindoun",
}

EVENTS = [
    dict(
        kind="webex-invite",
        uid="5e0c1a8f92b3471d8a6e4c2f0b9d7e31@dornochfirth.example.co.uk",
        is_interview=1,
        company="Dornoch Firth Distillers",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="malcolm.sutherland@dornochfirth.example.co.uk;anne.mackay@dornochfirth.example.co.uk",
        trap="webex-boilerplate-highland-dm",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5e0c1a8f92b3471d8a6e4c2f0b9d7e31@dornochfirth.example.co.uk
DTSTAMP:20260714T093311Z
DTSTART:20260721T090000Z
DTEND:20260721T100000Z
SUMMARY:Dornoch Firth Distillers – Distillery Manager interview (C. Fraser)
ORGANIZER;CN=Malcolm Sutherland:mailto:malcolm.sutherland@dornochfirth.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Anne Mackay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:anne.mackay@dornochfirth.example.co.uk
LOCATION:https://dornochfirth.webex.com/dornochfirth/j.php?MTID=m8c1e2f4a6b9d0c3e5f7a8b1c2d3e4f50
DESCRIPTION:Hi Callum\, as discussed\, interview for the Distillery Manager role with me (Managing Director) and Anne Mackay (Finance Director). Around an hour.\n\n-- Do not delete or change any of the following text. --\n\nWhen it's time\, join the Webex meeting here.\n\nMeeting number (access code): 2654 118 9037\nMeeting password: Dfd8Zq3Mx (33838793 from phones)\n\nJoin meeting\nhttps://dornochfirth.webex.com/dornochfirth/j.php?MTID=m8c1e2f4a6b9d0c3e5f7a8b1c2d3e4f50\n\nTap to join from a mobile device (attendees only)\n+44-20-7946-0512\,\,26541189037## United Kingdom toll\n\nJoin by phone\n+44-20-7946-0512 United Kingdom toll\n\nNeed help? Go to https://help.webex.com\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="all-day-shl-test",
        uid="7pq2m9s4v0a1k8d3h5t6n2r0cf@google.com",
        is_interview=1,
        company="Ardcaisteal Distillery",
        role="Distillery Manager",
        stage="technical",
        interviewers="",
        trap="all-day-psychometric-test-deadline-no-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260825
DTEND;VALUE=DATE:20260826
DTSTAMP:20260819T134022Z
ORGANIZER;CN=Ardcaisteal Careers:mailto:careers@ardcaisteal.example.com
UID:7pq2m9s4v0a1k8d3h5t6n2r0cf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
CREATED:20260819T134021Z
DESCRIPTION:Dear Callum\,\n\nAs the next step in the selection process for 
 Distillery Manager\, please complete the SHL online assessments (Verify G+ 
 general ability and the OPQ personality questionnaire) by 17:00 on Tuesday 2
 5 August. Allow around 75 minutes in a quiet place. Your personal link has 
 been sent separately from SHL.\n\nResults are used alongside the panel inte
 rview.\n\nArdcaisteal Distillery – People Team\n\nInvitation from Google Ca
 lendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20260819T134022Z
LOCATION:Online (SHL)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ardcaisteal DM – SHL assessments (complete by 17:00)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-panel",
        uid="2c8k5n1q7v3s0m9d4t6h2p8r1b@google.com",
        is_interview=1,
        company="Ardcaisteal Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="sheena.mcneill@ardcaisteal.example.com;angus.bell@ardcaisteal.example.com",
        trap="islay-video-panel-people-team-mailbox-organiser",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260903T133000
DTEND;TZID=Europe/London:20260903T143000
DTSTAMP:20260827T101814Z
ORGANIZER;CN=Ardcaisteal People Team:mailto:people@ardcaisteal.example.com
UID:2c8k5n1q7v3s0m9d4t6h2p8r1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sheena McNeill;X-NUM-GUESTS=0:mailto:sheena.mcneill@ardcaisteal.example
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Angus Bell;X-NUM-GUESTS=0:mailto:angus.bell@ardcaisteal.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
CREATED:20260827T101813Z
DESCRIPTION:Panel interview for the Distillery Manager role. Panel: Sheena 
 McNeill (General Manager)\, Angus Bell (Head of Whisky Creation) and Kirsty
  from our People Team. 60 mins\, competency and technical questions incl. a
  question on your SHL results.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin 
 with Google Meet: https://meet.google.com/hbe-qzxa-rmu\n\nLearn more about 
 Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not
  edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260827T101814Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ardcaisteal Distillery – panel interview – Distillery Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icloud-invite",
        uid="8A3F6C21-4E9B-47D0-B1A5-3C8E2F7D9B64",
        is_interview=1,
        company="Tomanlea Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="morag.macrae@btopenworld.example.com;iain.macrae@btopenworld.example.com",
        trap="owners-free-mail-dinner-icloud-invite",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 10.15.7//EN
CALSCALE:GREGORIAN
{LONDON}
BEGIN:VEVENT
CREATED:20260915T183344Z
UID:8A3F6C21-4E9B-47D0-B1A5-3C8E2F7D9B64
DTEND;TZID=Europe/London:20260925T213000
TRANSP:OPAQUE
SUMMARY:Dinner – Tomanlea distillery manager job (Morag\, Iain\, Callum)
DTSTART;TZID=Europe/London:20260925T190000
DTSTAMP:20260915T183512Z
LOCATION:Craigellachie Hotel\, Victoria Street\, Craigellachie
SEQUENCE:0
ORGANIZER;CN="Morag MacRae":mailto:morag.macrae@btopenworld.example.com
ATTENDEE;CN="Iain MacRae";CUTYPE=INDIVIDUAL;EMAIL="iain.macrae@btopenworld.example.com";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:iain.macrae@btopenworld.example.com
ATTENDEE;CN="callum.fraser.speyside@btinternet.com";CUTYPE=INDIVIDUAL;EMAIL="callum.fraser.speyside@btinternet.com";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN="Morag MacRae";CUTYPE=INDIVIDUAL;EMAIL="morag.macrae@btopenworld.example.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:morag.macrae@btopenworld.example.com
DESCRIPTION:Callum\, as promised – dinner on us. Iain and I would like to get to know you and talk through the manager's job at Tomanlea before we go any further. Planning permission for the warehouses came through last week so it's all getting real!\nMorag
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-typed",
        uid="e9a1d34c-7b52-4f08-9c6e-2a8f5b1d7e30",
        is_interview=1,
        company="Tomanlea Distillery",
        role="",
        stage="final",
        interviewers="Iain;Morag;Rob Sinclair",
        trap="hand-typed-board-meeting-word-final-round",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20261002T072911Z
LAST-MODIFIED:20261002T073140Z
DTSTAMP:20261002T073140Z
UID:e9a1d34c-7b52-4f08-9c6e-2a8f5b1d7e30
SUMMARY:Tomanlea 2nd mtg - board (Iain\, Morag + investor Rob Sinclair)
DTSTART;TZID=Europe/London:20261015T150000
DTEND;TZID=Europe/London:20261015T170000
LOCATION:Tomanlea steading office\, Glenlivet
DESCRIPTION:last round before they decide on DM. Rob will grill on numbers 
 - have capex/opex for 2 warehouses + fill plan ready. ask: start date\, hou
 se\, pension
CATEGORIES:Job hunt
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-P1D
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-confirmation",
        uid="040000008200E00074C5B7101A82E0080000000088F7E6D5C4B3DC01000000000000000010000000AB12CD34EF5647A8B9C0D1E2F3A4B5C6",
        is_interview=1,
        company="Mains of Dulnain Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="ruth.grassick@mainsofdulnain.example.co.uk",
        trap="same-agency-second-client-confirmation",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Ritchie, Gordon":mailto:gordon.ritchie@caskandstill.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grassick, Ruth":mailto:ruth.grassick@mainsofdulnain.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Callum\,\n\nGreat news – Mains of Dulnain would like to meet you. Interview with Ruth Grassick (General Manager) at the distillery\, 1 hour. It's a smaller operation than Balnacraig (1.2m LPA) with its own cooperage yard\, so expect questions on people management and on the cask programme.\n\nGordon\nCask & Still Recruitment\n
UID:040000008200E00074C5B7101A82E0080000000088F7E6D5C4B3DC01000000000000000010000000AB12CD34EF5647A8B9C0D1E2F3A4B5C6
SUMMARY;LANGUAGE=en-GB:Interview confirmation: Callum Fraser – Mains of Dulnain Distillery (DM)
DTSTART;TZID=GMT Standard Time:20260728T110000
DTEND;TZID=GMT Standard Time:20260728T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260722T160212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Mains of Dulnain Distillery\, Dulnain Bridge PH26
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
        kind="google-cancelled",
        uid="6t1n9q3k0d8v2m5s7c4h1r6p0e@google.com",
        is_interview=1,
        company="Corrie Breac Distillery",
        role="Distillery Manager",
        stage="",
        interviewers="douglas.reid@corriebreac.example.co.uk",
        trap="candidate-withdrew-google-method-cancel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261014T090000Z
DTEND:20261014T100000Z
DTSTAMP:20261009T081522Z
ORGANIZER;CN=Douglas Reid:mailto:douglas.reid@corriebreac.example.co.uk
UID:6t1n9q3k0d8v2m5s7c4h1r6p0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=callum
 .fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.fraser.speysid
 e@btinternet.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dougla
 s Reid;X-NUM-GUESTS=0:mailto:douglas.reid@corriebreac.example.co.uk
CREATED:20260930T151044Z
DESCRIPTION:Interview – Distillery Manager. Callum has withdrawn his applic
 ation – cancelling.\n\nInvitation from Google Calendar: https://calendar.go
 ogle.com/calendar/
LAST-MODIFIED:20261009T081521Z
LOCATION:Corrie Breac Distillery\, Tomintoul AB37
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Corrie Breac Distillery – Interview (Distillery Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-invite",
        uid="sr-interview-6d7c1e09b2a4-4f38-9e51-c0a2b7d8f613",
        is_interview=1,
        company="Highland Pride Distillers",
        role="Site Operations Manager – Knockbrae",
        stage="hiring_manager",
        interviewers="gavin.ewing@highlandpride.example.com",
        trap="smartrecruiters-parent-site-role-teams",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6d7c1e09b2a4-4f38-9e51-c0a2b7d8f613
DTSTAMP:20260630T141808Z
DTSTART:20260707T123000Z
DTEND:20260707T133000Z
SUMMARY:Interview: Site Operations Manager – Knockbrae | Highland Pride Distillers
ORGANIZER;CN=Highland Pride Distillers Hiring Team:mailto:hiring@highlandpride.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Gavin Ewing;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gavin.ewing@highlandpride.example.com
LOCATION:Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGlnaGxhbmRwcmlkZWtu%40thread.v2/0
DESCRIPTION:Hello Callum\,\n\nYour interview for Site Operations Manager – Knockbrae has been scheduled.\n\nInterviewer: Gavin Ewing\, Head of Distilling Operations\nDuration: 60 minutes\nFormat: Microsoft Teams\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGlnaGxhbmRwcmlkZWtu%40thread.v2/0\n\nGood luck!\nHighland Pride Distillers Hiring Team\n\nThis email was sent via SmartRecruiters.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-zoom-invite",
        uid="4m8t2q6v0k1s9n3d5h7c0p2r4a@google.com",
        is_interview=1,
        company="Dunedin Cask Partners",
        role="Head of Cask Management",
        stage="hiring_manager",
        interviewers="nadia.rahman@dunedincask.example.com",
        trap="broker-zoom-link-inside-google-invite",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261027T173000
DTEND;TZID=Europe/London:20261027T181500
DTSTAMP:20261021T120512Z
ORGANIZER;CN=Nadia Rahman:mailto:nadia.rahman@dunedincask.example.com
UID:4m8t2q6v0k1s9n3d5h7c0p2r4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Rahman;X-NUM-GUESTS=0:mailto:nadia.rahman@dunedincask.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
CREATED:20261021T120511Z
DESCRIPTION:Head of Cask Management – interview with Nadia Rahman (COO). We
 'll discuss how you'd run our cask inventory across four bonded warehouses\
 , regauging cycles and client cask reports.\n\nJoin Zoom Meeting\nhttps://u
 s06web.zoom.us/j/83310927765?pwd=ZGN0cFNqV2tYb0tTbE1KSkR4dz09\nMeeting ID: 
 833 1092 7765\nPasscode: 772901\n\nInvitation from Google Calendar: https:/
 /calendar.google.com/calendar/
LAST-MODIFIED:20261021T120512Z
LOCATION:https://us06web.zoom.us/j/83310927765?pwd=ZGN0cFNqV2tYb0tTbE1KSkR4dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Head of Cask Management – Dunedin Cask Partners
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-knowledge-test",
        uid="040000008200E00074C5B7101A82E00800000000A1B9C8D7E6F5DC0100000000000000001000000031C2D3E4F5A64B7C8D9E0F1A2B3C4D5E",
        is_interview=1,
        company="Port Carraig Distillery",
        role="Warehouse & Logistics Manager",
        stage="technical",
        interviewers="callum.mcdougall@portcarraig.example.com",
        trap="interviewer-shares-user-first-name-stage-two-test",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="McDougall, Callum":mailto:callum.mcdougall@portcarraig.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Callum (from one Callum to another!)\,\n\nStage 2 for the Warehouse & Logistics Manager post is a technical session with me: 30 minutes of questions on HMRC warehousing (duty suspension\, W5 returns\, losses and gains\, regauge tolerances)\, then a 30-minute exercise where you plan the cask fill and tanker schedule for a fictional week with two vessels down.\n\nCallum McDougall\nDistillery Manager\, Port Carraig\, Isle of Islay\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_cG9ydGNhcnJhaWd0ZWNo%40thread.v2/0>\nMeeting ID: 357 664 010 283\nPasscode: Hp5cX8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B9C8D7E6F5DC0100000000000000001000000031C2D3E4F5A64B7C8D9E0F1A2B3C4D5E
SUMMARY;LANGUAGE=en-GB:Stage 2 – technical – Warehouse & Logistics Mgr
DTSTART;TZID=GMT Standard Time:20260806T150000
DTEND;TZID=GMT Standard Time:20260806T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260730T084412Z
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
        kind="ios-typed",
        uid="5D2A9F7E-1C84-4B36-A0E5-8F3B6D1C9A27",
        is_interview=1,
        company="Tullochgorm Distillery",
        role="Distillery Manager",
        stage="",
        interviewers="",
        trap="hand-typed-via-recruiter-no-interviewer-known",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261116T124509Z
UID:5D2A9F7E-1C84-4B36-A0E5-8F3B6D1C9A27
DTEND:20261202T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Tullochgorm DM interview (via Thistle Talent – Fiona M)
DTSTART:20261202T103000
DTSTAMP:20261116T124633Z
LOCATION:Tullochgorm Distillery\nBallindalloch AB37
SEQUENCE:0
DESCRIPTION:Fiona to confirm who's on the panel. take day's holiday – tell Alistair it's dentist??
BEGIN:VALARM
X-WR-ALARMUID:3E8D1B5A-7C29-4F60-9A14-2D6E8C0B3F71
UID:3E8D1B5A-7C29-4F60-9A14-2D6E8C0B3F71
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hireful-invite",
        uid="hireful-iv-77c0e2d4-1b93-4a58-8f6e-3d9a1c5b7e20",
        is_interview=1,
        company="Speyside Bonded Warehousing",
        role="Bonded Warehouse Manager",
        stage="onsite",
        interviewers="stewart.laing@speysidebonded.example.co.uk;morven.gray@speysidebonded.example.co.uk",
        trap="bonded-warehouse-job-shares-warehouse-vocabulary",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//hireful//hireful ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:hireful-iv-77c0e2d4-1b93-4a58-8f6e-3d9a1c5b7e20
DTSTAMP:20260625T090012Z
DTSTART:20260702T130000Z
DTEND:20260702T143000Z
SUMMARY:Interview – Bonded Warehouse Manager – Speyside Bonded Warehousing
ORGANIZER;CN=Speyside Bonded Warehousing:mailto:careers@speysidebonded.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Stewart Laing;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:stewart.laing@speysidebonded.example.co.uk
ATTENDEE;CN=Morven Gray;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:morven.gray@speysidebonded.example.co.uk
LOCATION:Speyside Bonded Warehousing\, Mulben Road\, Keith AB55 – Site office
DESCRIPTION:Dear Callum\,\n\nThank you for applying for Bonded Warehouse Manager. Please attend an interview at our Keith site with Stewart Laing (Operations Director) and Morven Gray (Compliance Manager). The interview (approx. 90 minutes) includes a walk through Warehouse 9 (palletised) and a scenario discussion on an HMRC assurance visit finding.\n\nPlease bring photo ID – you will be signed into the bonded area.\n\nKind regards\,\nRecruitment Team\n\nPowered by hireful
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cronofy-trial-shift",
        uid="cronofy-evt-KB7781-a3f0c9e2",
        is_interview=1,
        company="Kelvin Bottling Company",
        role="Shift Operations Manager (Nights)",
        stage="onsite",
        interviewers="paul.devlin@kelvinbottling.example.co.uk",
        trap="night-trial-shift-crosses-midnight-scheduler",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cronofy//Cronofy Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cronofy-evt-KB7781-a3f0c9e2
DTSTAMP:20261105T162245Z
DTSTART:20261112T220000Z
DTEND:20261113T040000Z
SUMMARY:Trial shift – Shift Operations Manager (Nights) – Kelvin Bottling Co.
ORGANIZER;CN=Kelvin Bottling Recruitment:mailto:recruitment@kelvinbottling.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Paul Devlin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paul.devlin@kelvinbottling.example.co.uk
LOCATION:Kelvin Bottling Co.\, Unit 7 Hillington Park\, Glasgow G52 – security gate
DESCRIPTION:Hi Callum\,\n\nAs discussed\, the final step for the Shift Operations Manager (Nights) role is a paid trial shift alongside Paul Devlin\, Night Production Manager. You'll lead the 22:00 shift briefing\, shadow two changeovers and write a short handover note at the end. Paul will assess and we'll feed back within 48 hours.\n\nPPE will be issued at the gate. Hot food available in the canteen from 01:00.\n\nScheduled via Cronofy on behalf of Kelvin Bottling Recruitment.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="networx-panel",
        uid="networx-interview-INV-DM-2026-0093@inverfiddich.example.co.uk",
        is_interview=1,
        company="Inverfiddich Distillery",
        role="Distillery Manager",
        stage="onsite",
        interviewers="Robin Cattanach;Elaine Morrison;Wilson Birnie",
        trap="competency-panel-three-interviewers-floating-local-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Networx Recruitment//Apply Gateway//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:networx-interview-INV-DM-2026-0093@inverfiddich.example.co.uk
DTSTAMP:20260710T103022Z
DTSTART:20260716T100000
DTEND:20260716T113000
SUMMARY:Inverfiddich Distillery: Interview for Distillery Manager
ORGANIZER;CN=Inverfiddich Recruitment:mailto:jobs@inverfiddich.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
LOCATION:Inverfiddich Distillery\, Dufftown AB55 – Manager's House meeting room
DESCRIPTION:Dear Callum Fraser\,\n\nInterview for Distillery Manager (INV/DM/2026/0093)\n\nDate: Thursday 16 July 2026\nTime: 10:00\nPanel: Robin Cattanach (Chairman)\, Elaine Morrison (Operations Director) and Wilson Birnie (retiring Distillery Manager)\n\nThe panel will ask competency-based questions covering leadership\, spirit quality\, health and safety\, environmental performance and stakeholder management (including HMRC and SEPA). There is no presentation.\n\nYours sincerely\,\nInverfiddich Distillery\n\nThis message was generated by Apply Gateway (Networx).
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite-w-europe",
        uid="040000008200E00074C5B7101A82E0080000000056A4B3C2D1E0DC01000000000000000010000000D0C1B2A3F4E5467D8C9B0A1F2E3D4C5B",
        is_interview=1,
        company="Benvorlich Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="pieter.vandam@vanleeuwendranken.example.nl",
        trap="amsterdam-owner-w-europe-zone-one-hour-ahead",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="van Dam, Pieter":mailto:pieter.vandam@vanleeuwendranken.example.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="AMS-4.02 Teams Room":mailto:ams402@vanleeuwendranken.example.nl
DESCRIPTION;LANGUAGE=en-US:Dear Callum\,\n\nThank you for your application for Distillery Manager at Benvorlich Distillery\, our Speyside site. I would like to invite you to an interview by Teams. I am the Operations Director for Van Leeuwen Dranken and Benvorlich's current DM would report to me.\n\nKind regards\,\nPieter van Dam\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVudm9ybGljaGRt%40thread.v2/0>\nMeeting ID: 329 402 175 516\nPasscode: Lq7dA2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000056A4B3C2D1E0DC01000000000000000010000000D0C1B2A3F4E5467D8C9B0A1F2E3D4C5B
SUMMARY;LANGUAGE=en-US:Interview Benvorlich DM – C. Fraser / P. van Dam
DTSTART;TZID=W. Europe Standard Time:20261201T110000
DTEND;TZID=W. Europe Standard Time:20261201T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T132001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\; AMS-4.02 Teams Room
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
        kind="google-export",
        uid="9b3q7m1t5v0k2s8d4n6c1h3p7r@google.com",
        is_interview=1,
        company="Auchindoun Distillery",
        role="Distillery Manager",
        stage="final",
        interviewers="George Bremner",
        trap="self-created-google-export-second-interview-board",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Callum – personal
X-WR-TIMEZONE:Europe/London
X-WR-CALDESC:
BEGIN:VEVENT
DTSTART:20261208T140000Z
DTEND:20261208T160000Z
DTSTAMP:20261120T081500Z
UID:9b3q7m1t5v0k2s8d4n6c1h3p7r@google.com
CREATED:20261119T203305Z
DESCRIPTION:Final/2nd interview for DM. George Bremner (chair) + 2 board me
 mbers. 15 min pres: "Auchindoun in 2030". Bring printed copies x3.
LAST-MODIFIED:20261119T203412Z
LOCATION:Auchindoun Distillery\, Dufftown
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auchindoun 2nd interview (final) - George Bremner + board
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT2H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
