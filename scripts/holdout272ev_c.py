# ruff: noqa: E501, W291, W293, RUF100
"""holdout272 events, part c: Owen's own interviews (consultancies, fuels contractors, Alberta, US, Indeed, hand-typed)."""

from holdout272ev_zones import EDMONTON, MOUNTAIN_WIN, PACIFIC_UTC_LABEL, PACIFIC_WIN, THUNDERBIRD_VANCOUVER, VANCOUVER

EVENTS = [
    dict(
        kind="outlook-mountain-recruiter-screen",
        uid="040000008200E00074C5B7101A82E00800000000F0A2B4C6D8E0DC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        is_interview=1,
        company="Harrowgate Engineering",
        role="Forestry & Vegetation Team Lead",
        stage="recruiter_screen",
        interviewers="pdesai@harrowgate.example.com",
        trap="calgary-recruiter-mountain-zone-screen",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MOUNTAIN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Desai, Priyanka":mailto:pdesai@harrowgate.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\,\n\nThanks for applying to the Forestr
 y & Vegetation Team Lead role in our Prince George office. I'd like to sc
 hedule a 30 minute introductory screening call. I'm in Calgary so the inv
 ite shows Mountain time - it's 10:30 your time.\n\nPriyanka Desai\nTalent 
 Acquisition Specialist\, Harrowgate Engineering Ltd.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGFycm93Z2F0ZQ%40thread.v2/0>\nMeeting ID: 237 449 105 862\nPasscode: Lr6tQ9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F0A2B4C6D8E0DC0100000000000000
 0010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=en-US:Harrowgate - intro call - Owen Whitecloud
DTSTART;TZID=Mountain Standard Time:20260409T113000
DTEND;TZID=Mountain Standard Time:20260409T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T212130Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-owner",
        uid="5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com",
        is_interview=1,
        company="Firebreak Fuels Management",
        role="Operations Manager",
        stage="hiring_manager",
        interviewers="colton@firebreakfuels.example.ca",
        trap="wildfire-fuels-contractor-owner-chat-wording",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260324T163000
DTEND;TZID=America/Vancouver:20260324T171500
DTSTAMP:20260319T022210Z
ORGANIZER;CN=Colton Reimer:mailto:colton@firebreakfuels.example.ca
UID:5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Colton
  Reimer;X-NUM-GUESTS=0:mailto:colton@firebreakfuels.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
DESCRIPTION:Chat re: Ops Manager position - fuel treatments + WRR crews. Co
 lton\n\nJoin with Google Meet: https://meet.google.com/bfh-wkze-qpa\n\n-::
 ~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calen
 dar.google.com/calendar/\n\nYou are receiving this email because you are 
 an attendee on the event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:https://meet.google.com/bfh-wkze-qpa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Firebreak Fuels / Owen - chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-panel-utc-label-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000010B2C4D6E8F0DC01000000000000000010000000DEADBEEF00112233DEADBEEF00112233",
        is_interview=1,
        company="Regional District of Nechako Highlands",
        role="Wildfire Resiliency Coordinator",
        stage="onsite",
        interviewers="jwhitford@rdnh.example.ca;ohaddad@rdnh.example.ca",
        trap="local-government-zoom-panel-utc-label-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="HR - RDNH":mailto:hr@rdnh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitford, Ja
 nine":mailto:jwhitford@rdnh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haddad, Omar"
 :mailto:ohaddad@rdnh.example.ca
DESCRIPTION;LANGUAGE=en-US:Dear Owen\,\n\nThank you for applying for Job Po
 sting 2026-11 Wildfire Resiliency Coordinator. The selection panel (Janin
 e Whitford\, CAO\; Omar Haddad\, Emergency Program Coordinator) invites yo
 u to an interview via Zoom.\n\nJoin Zoom Meeting\nhttps://rdnh.zoom.us/j/9
 3318840227\nMeeting ID: 933 1884 0227\nPasscode: 771204\n\nHuman Resource
 s\, Regional District of Nechako Highlands
UID:040000008200E00074C5B7101A82E0080000000010B2C4D6E8F0DC0100000000000000
 0010000000DEADBEEF00112233DEADBEEF00112233
SUMMARY;LANGUAGE=en-US:Interview - Posting 2026-11 Wildfire Resiliency Coor
 dinator
DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20260402T140000
DTEND;TZID="(UTC-08:00) Pacific Time (US & Canada)":20260402T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260326T183355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://rdnh.zoom.us/j/93318840227
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-invite",
        uid="9a1b2c3d4e5f60718293a4b5c6d7e8f9@nnfa.webex.example.com",
        is_interview=1,
        company="Northern Nations Forestry Alliance",
        role="Forest Policy Advisor",
        stage="hiring_manager",
        interviewers="dprince@nnfa.example.ca",
        trap="indigenous-org-webex-conversation-wording",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meeting Invitation//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9a1b2c3d4e5f60718293a4b5c6d7e8f9@nnfa.webex.example.com
DTSTAMP:20260414T170042Z
DTSTART:20260422T180000Z
DTEND:20260422T190000Z
SUMMARY:Conversation: Forest Policy Advisor role - Owen Whitecloud
ORGANIZER;CN=Deanna Prince:mailto:dprince@nnfa.example.ca
ATTENDEE;CN=owen.whitecloud@shaw.ca;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:
 owen.whitecloud@shaw.ca
DESCRIPTION:Hello Owen\,\n\nThank you for applying for the Forest Policy Ad
 visor position with the Northern Nations Forestry Alliance. I would like t
 o invite you to an interview conversation with me (Executive Director). W
 e begin our meetings with a territorial acknowledgement\; please feel free
  to share who you are and where you come from.\n\nDeanna Prince\n\nJoin W
 ebex meeting: https://nnfa.webex.example.com/nnfa/j.php?MTID=m7c1e9a3b\nM
 eeting number (access code): 2664 118 0937\nMeeting password: Forest26\n\n
 Join by phone\n+1-604-555-0130 Canada Toll
LOCATION:https://nnfa.webex.example.com/nnfa/j.php?MTID=m7c1e9a3b
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="mine-site-fly-in-interview",
        uid="040000008200E00074C5B7101A82E0080000000021C3D5E7F9A1DC010000000000000000100000004A4B4C4D4E4F50515253545556575859",
        is_interview=1,
        company="Omineca Copper",
        role="Reclamation Forester",
        stage="onsite",
        interviewers="ghalloran@ominecacopper.example.com",
        trap="fly-in-mine-site-visit-charter-logistics",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Site HR - Kwanika Project":mailto:sitehr@ominecacopper.examp
 le.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Halloran, Go
 rd":mailto:ghalloran@ominecacopper.example.com
DESCRIPTION;LANGUAGE=en-US:Owen\,\n\nItinerary for your site interview (Re
 clamation Forester):\n\n06:15 check in at the North Central Air charter d
 esk\, YXS south terminal (government photo ID)\n07:00 depart YXS\n08:20 a
 rrive Kwanika airstrip\, site orientation (mandatory)\n09:30 interview wi
 th Gord Halloran\, Environment Superintendent\n11:00 tour of the reclaimed
  waste rock dump and the seedling trial plots\n15:30 depart site\n\nSite
  rules: no alcohol\, CSA boots\, hi-vis. PPE will be issued.\n\nSite HR
UID:040000008200E00074C5B7101A82E0080000000021C3D5E7F9A1DC0100000000000000
 00100000004A4B4C4D4E4F50515253545556575859
SUMMARY;LANGUAGE=en-US:Site visit & interview - Reclamation Forester - O. W
 hitecloud
DTSTART;TZID=Pacific Standard Time:20260428T061500
DTEND;TZID=Pacific Standard Time:20260428T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T200531Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Prince George Airport (YXS) - North Central Air ch
 arter desk
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-product-demo-exercise",
        uid="gh-interview-6630218-owen-whitecloud@greenhouse.example.io",
        is_interview=1,
        company="Forestrix Software",
        role="Customer Success Forester",
        stage="technical",
        interviewers="maya.lindgren@forestrix.example.com;jp.morin@forestrix.example.com",
        trap="greenhouse-demo-exercise-summary-with-agenda-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-6630218-owen-whitecloud@greenhouse.example.io
DTSTAMP:20260506T154018Z
DTSTART:20260512T160000Z
DTEND:20260512T171500Z
SUMMARY:Forestrix | Owen Whitecloud | Demo exercise (Customer Success Fores
 ter)
ORGANIZER;CN=Forestrix Recruiting:mailto:no-reply@forestrix.example.com
ATTENDEE;CN=Owen Whitecloud;RSVP=TRUE:mailto:owen.whitecloud@shaw.ca
ATTENDEE;CN=Maya Lindgren:mailto:maya.lindgren@forestrix.example.com
ATTENDEE;CN=Jean-Philippe Morin:mailto:jp.morin@forestrix.example.com
LOCATION:Zoom - https://forestrix.zoom.us/j/87720019834
DESCRIPTION:Hi Owen\,\n\nHere are the details for your demo exercise with 
 Maya Lindgren (Director\, Customer Success) and Jean-Philippe Morin (Solut
 ions Engineer):\n\n- 10 min: we set the scene (a licensee's planning team
  adopting Forestrix for their FSP and silviculture obligations)\n- 30 min
 : you run a live onboarding session in our sandbox\n- 35 min: questions b
 oth ways\n\nSandbox credentials will be emailed 24 hours before.\n\nPower
 ed by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-mountain-screen",
        uid="WD-SCHED-2a6e8c0f-4b1d-4e9a-8c3f-0000077120@myworkday.com",
        is_interview=1,
        company="Athabasca Boreal Timber",
        role="Woodlands Planning Lead",
        stage="recruiter_screen",
        interviewers="tgrandbois@athabascaboreal.example.ca",
        trap="workday-alberta-mountain-zone-video-screen",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{EDMONTON}
BEGIN:VEVENT
UID:WD-SCHED-2a6e8c0f-4b1d-4e9a-8c3f-0000077120@myworkday.com
DTSTAMP:20260330T170422Z
DTSTART;TZID=America/Edmonton:20260406T090000
DTEND;TZID=America/Edmonton:20260406T094500
SUMMARY:Interview: Woodlands Planning Lead (JR77120) - Athabasca Boreal Tim
 ber
ORGANIZER;CN="Athabasca Boreal Timber Recruiting":mailto:abt@myworkday.exa
 mple.com
ATTENDEE;CN="Owen Whitecloud";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.w
 hitecloud@shaw.ca
ATTENDEE;CN="Tanya Grandbois";ROLE=REQ-PARTICIPANT:mailto:tgrandbois@athab
 ascaboreal.example.ca
LOCATION:Microsoft Teams
DESCRIPTION:Interview Type: Recruiter Screen (video)\nCandidate: Owen White
 cloud\nJob Requisition: JR77120 Woodlands Planning Lead (Hinton\, AB)\nInt
 erviewer: Tanya Grandbois\, Senior Recruiter\nTime zone: Mountain Time (Ed
 monton)\n\nA Teams link will be sent by your recruiter before the intervi
 ew.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-edmonton-onsite-tour",
        uid="1z3x5c7v9b2n4m6q8w0e1r3t5y@google.com",
        is_interview=1,
        company="Athabasca Boreal Timber",
        role="Woodlands Planning Lead",
        stage="onsite",
        interviewers="sleduc@athabascaboreal.example.ca;cbyrne@athabascaboreal.example.ca",
        trap="onsite-interview-woodlands-tour-edmonton-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Edmonton
{EDMONTON}
BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20260427T083000
DTEND;TZID=America/Edmonton:20260427T153000
DTSTAMP:20260415T190007Z
ORGANIZER;CN=Sylvie Leduc:mailto:sleduc@athabascaboreal.example.ca
UID:1z3x5c7v9b2n4m6q8w0e1r3t5y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sylvie
  Leduc;X-NUM-GUESTS=0:mailto:sleduc@athabascaboreal.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Connor
  Byrne;X-NUM-GUESTS=0:mailto:cbyrne@athabascaboreal.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tanya 
 Grandbois;X-NUM-GUESTS=0:mailto:tgrandbois@athabascaboreal.example.ca
DESCRIPTION:Onsite interview - Woodlands Planning Lead (JR77120)\n\n8:30 wel
 come & safety orientation (Tanya)\n9:00 interview with Sylvie Leduc (Woodl
 ands Manager) and Connor Byrne (Planning Superintendent)\n11:00 woodlands 
 tour: FMA planning compartments\, caribou range plan areas\n14:30 wrap-up
 \n\nWe reimburse mileage from Prince George and one night at the Hinton L
 odge.\n\nInvitation from Google Calendar: https://calendar.google.com/cal
 endar/
LOCATION:Athabasca Boreal Timber Woodlands Office\, 760 Switzer Dr\, Hinto
 n\, AB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ABT onsite - Owen Whitecloud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-utc-us-timberlands",
        uid="zm-85530017342-20260421@zoom.example.us",
        is_interview=1,
        company="Olympic Ridge Timberlands",
        role="Timberlands Manager",
        stage="recruiter_screen",
        interviewers="mcastellanos@olympicridge.example.com",
        trap="us-employer-zoom-utc-no-organizer-name",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260415T182211Z
DTSTART:20260421T213000Z
DTEND:20260421T220000Z
SUMMARY:Olympic Ridge Timberlands - Timberlands Manager - Recruiter Interview
UID:zm-85530017342-20260421@zoom.example.us
DESCRIPTION:Maria Castellanos is inviting you to a scheduled Zoom meeting.
 \n\nTopic: Olympic Ridge Timberlands - Timberlands Manager - Recruiter Inte
 rview\n\nJoin Zoom Meeting\nhttps://olympicridge.zoom.us/j/85530017342?pwd
 =T2x5bXA\n\nMeeting ID: 855 3001 7342\nPasscode: 220417\n\n---\n\nOne tap 
 mobile\n+12065550134\,\,85530017342# US (Seattle)
LOCATION:https://olympicridge.zoom.us/j/85530017342?pwd=T2x5bXA
ORGANIZER;CN=Maria Castellanos:mailto:mcastellanos@olympicridge.example.com
ATTENDEE;CN=owen.whitecloud@shaw.ca;RSVP=TRUE:mailto:owen.whitecloud@shaw.c
 a
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-work-address-phone-hm",
        uid="040000008200E00074C5B7101A82E0080000000032D4E6F8A0B2DC010000000000000000100000005A5B5C5D5E5F60616263646566676869",
        is_interview=1,
        company="Skeena Coast Forest Products",
        role="Planning Forester",
        stage="hiring_manager",
        interviewers="bolafson@skeenacoastfp.example.ca",
        trap="sent-to-work-address-lunch-hour-phone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Olafson, Brent":mailto:bolafson@skeenacoastfp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owhiteclou
 d@nechakotimber.example.ca:mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Owen - thanks for your application through Bamb
 ooHR. As requested I'm sending this over your lunch hour. I'll call your 
 cell. We'll cover the coastal-transition planning work\, your experience w
 ith cedar and hemlock stands\, and what a move to Terrace would look like 
 for your family.\n\nBrent Olafson\, RPF\nPlanning Superintendent\, Skeena 
 Coast Forest Products
UID:040000008200E00074C5B7101A82E0080000000032D4E6F8A0B2DC0100000000000000
 00100000005A5B5C5D5E5F60616263646566676869
SUMMARY;LANGUAGE=en-US:Skeena Coast FP - Planning Forester - phone intervie
 w
DTSTART;TZID=Pacific Standard Time:20260413T120000
DTEND;TZID=Pacific Standard Time:20260413T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T164410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone (Brent calls Owen's cell)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled-heli-recon",
        uid="040000008200E00074C5B7101A82E0080000000043E5F7A9B1C3DC0100000000000000001000000070717273747576777879808182838485",
        is_interview=1,
        company="Skeena Coast Forest Products",
        role="Planning Forester",
        stage="final",
        interviewers="bolafson@skeenacoastfp.example.ca;ahenning@skeenacoastfp.example.ca",
        trap="rescheduled-weather-heli-recon-final-sequence-1",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Olafson, Brent":mailto:bolafson@skeenacoastfp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Henning, Ast
 rid":mailto:ahenning@skeenacoastfp.example.ca
DESCRIPTION;LANGUAGE=en-US:Owen\, fog on the Kitsumkalum again - the heli c
 ompany bumped us. NEW DATE below. Same plan: 8:00 panel interview with m
 yself and Astrid Henning (Woodlands Manager) at the Terrace office\, 10:30
  heli recon of the Kalum TSA blocks you'd be planning\, back by 14:00. We
  cover your flight/hotel.\n\nBrent
UID:040000008200E00074C5B7101A82E0080000000043E5F7A9B1C3DC0100000000000000
 001000000070717273747576777879808182838485
SUMMARY;LANGUAGE=en-US:RESCHEDULED: Final interview + heli recon - Owen Whi
 tecloud
DTSTART;TZID=Pacific Standard Time:20260511T080000
DTEND;TZID=Pacific Standard Time:20260511T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260504T230014Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Skeena Coast FP\, 4630 Keith Ave\, Terrace
X-MS-OLK-ORIGINALSTART:20260505T080000
X-MS-OLK-ORIGINALEND:20260505T140000
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="indeed-interview",
        uid="indeed-iv-0c8e6a4f2d1b3957@indeed.example.com",
        is_interview=1,
        company="Misinchinka Forest Products",
        role="Operations Manager",
        stage="hiring_manager",
        interviewers="Shane Pelletier",
        trap="indeed-interview-video-employer-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-iv-0c8e6a4f2d1b3957@indeed.example.com
DTSTAMP:20260316T200101Z
DTSTART:20260323T170000Z
DTEND:20260323T173000Z
SUMMARY:Indeed Interview: Operations Manager at Misinchinka Forest Products
ORGANIZER;CN=Indeed:mailto:invitations@indeed.example.com
ATTENDEE;CN=Owen Whitecloud;RSVP=TRUE:mailto:owen.whitecloud@shaw.ca
DESCRIPTION:Your video interview with Shane Pelletier from Misinchinka Fore
 st Products is confirmed.\n\nJob: Operations Manager - Mackenzie\, BC\nTi
 me: Monday\, March 23\, 2026 10:00 AM PDT (30 minutes)\n\nJoin your Indee
 d Interview: https://interview.indeed.example.com/join/8Q2T-MFP4\n\nTips: 
 test your camera and microphone before the interview. You can join up to 
 10 minutes early.
LOCATION:Indeed Interview (video)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-lunch-partners",
        uid="2p4o6i8u0y2t4r6e8w0q1a3s5d@google.com",
        is_interview=1,
        company="Forsyth & Lam Forest Consultants",
        role="Senior Forester",
        stage="hiring_manager",
        interviewers="wendy@forsythlam.example.ca;gary@forsythlam.example.ca",
        trap="lunch-meeting-wording-is-interview-with-partners",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260330T120000
DTEND;TZID=America/Vancouver:20260330T133000
DTSTAMP:20260325T183144Z
ORGANIZER;CN=Wendy Lam:mailto:wendy@forsythlam.example.ca
UID:2p4o6i8u0y2t4r6e8w0q1a3s5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wendy 
 Lam;X-NUM-GUESTS=0:mailto:wendy@forsythlam.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gary F
 orsyth;X-NUM-GUESTS=0:mailto:gary@forsythlam.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
DESCRIPTION:Owen - Gary and I would like to take you to lunch to talk about
  the Senior Forester position properly (this is our interview - we're in
 formal!). We'll want to hear about your FSP and referral experience and y
 our appetite for client-facing work. Our treat.\n\nWendy\n\nInvitation fr
 om Google Calendar: https://calendar.google.com/calendar/
LOCATION:Nancy O's\, 1261 3rd Ave\, Prince George
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch - Owen / Forsyth & Lam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-office-manager",
        uid="040000008200E00074C5B7101A82E0080000000054F6A8B0C2D4DC01000000000000000010000000909192939495969798999A9B9C9D9E9F",
        is_interview=1,
        company="Yellowhead Forest Consulting",
        role="Project Forester",
        stage="recruiter_screen",
        interviewers="tmacdonald@yellowheadforest.example.ca",
        trap="sent-by-office-manager-organizer-is-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Trevor MacDonald";SENT-BY="mailto:office@yellowheadforest.exa
 mple.ca":mailto:tmacdonald@yellowheadforest.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\, Trevor asked me to book a first call w
 ith you about the Project Forester position in Valemount. He'll call you 
 from the office line (250-555-0102). - Brenda\, Office Manager\, Yellowhead
  Forest Consulting
UID:040000008200E00074C5B7101A82E0080000000054F6A8B0C2D4DC0100000000000000
 0010000000909192939495969798999A9B9C9D9E9F
SUMMARY;LANGUAGE=en-US:Phone screen - Project Forester - Owen W.
DTSTART;TZID=Pacific Standard Time:20260505T150000
DTEND;TZID=Pacific Standard Time:20260505T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260429T221907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="practical-layout-exercise",
        uid="040000008200E00074C5B7101A82E0080000000065A7B9C1D3E5DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF",
        is_interview=1,
        company="Nadina Lake Timber",
        role="Woodlands Superintendent",
        stage="technical",
        interviewers="ipetrenko@nadinalaketimber.example.ca",
        trap="practical-exercise-site-plan-review-no-interview-word",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrenko, Ivan":mailto:ipetrenko@nadinalaketimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Owen\,\n\nAs the first step for the Woodlands Su
 perintendent position\, please complete the practical exercise at our Hou
 ston office: you'll get a draft site plan\, a layout map and a 2-page bio
 logist memo for block NL-118 and have 2 hours to mark up the problems and
  write a short memo to the layout crew. I'll go through your answers wit
 h you for the last 30 minutes.\n\nIvan Petrenko\, RPF\, Woodlands Manager
UID:040000008200E00074C5B7101A82E0080000000065A7B9C1D3E5DC0100000000000000
 0010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF
SUMMARY;LANGUAGE=en-US:Practical exercise - site plan review (Woodlands Sup
 t. applicant O. Whitecloud)
DTSTART;TZID=Pacific Standard Time:20260519T090000
DTEND;TZID=Pacific Standard Time:20260519T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260511T155008Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Nadina Lake Timber office\, 3360 9th St\, Houston
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-handtyped-second-round",
        uid="e4b2d0f8-6c1a-4f3e-b5d7-9a8c0e2f4b61",
        is_interview=1,
        company="Nadina Lake Timber",
        role="Woodlands Superintendent",
        stage="final",
        interviewers="Ivan;Lorne",
        trap="handtyped-2nd-intvw-first-names-only-typo",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_VANCOUVER}
BEGIN:VEVENT
CREATED:20260522T041500Z
LAST-MODIFIED:20260522T041622Z
DTSTAMP:20260522T041622Z
UID:e4b2d0f8-6c1a-4f3e-b5d7-9a8c0e2f4b61
SUMMARY:Nadina - 2nd intervew w/ Ivan + Lorne (GM)
DTSTART;TZID=America/Vancouver:20260602T103000
DTEND;TZID=America/Vancouver:20260602T120000
LOCATION:Houston office
DESCRIPTION:woodlands supt. final round. they liked the site plan exercise
 . ask abt housing allowance + Houston schools
X-MOZ-GENERATION:1
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT3H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
