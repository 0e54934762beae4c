# ruff: noqa: E501, W291
"""holdout150 events: Irish employers (Workday, Google, Outlook GMT zone, iCIMS, Lever, Calendly)."""

from holdout150ev_tz import DUB, GMT_WIN

EVENTS = [
    dict(
        kind="workday-phone-screen",
        uid="WD-INT-R0041877-20250304-5521@myworkday.com",
        iv=1, company="Brightwater Pharma", role="FP&A Manager - European Operations", stage="recruiter_screen",
        who="niamh.osullivan@brightwaterpharma.com", trap="workday-noreply-phone-screen-dublin-zone",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
{DUB}BEGIN:VEVENT
UID:WD-INT-R0041877-20250304-5521@myworkday.com
DTSTAMP:20250304T111502Z
DTSTART;TZID=Europe/Dublin:20250310T090000
DTEND;TZID=Europe/Dublin:20250310T093000
SUMMARY:Phone Screen - FP&A Manager - European Operations (R-0041877)
ORGANIZER;CN=Brightwater Pharma Recruiting:mailto:brightwater@myworkday.com
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Niamh O'Sullivan;ROLE=REQ-PARTICIPANT:mailto:Niamh.OSullivan@brightwaterpharma.com
LOCATION:Phone - Niamh will call you on +48 601 *** 412
DESCRIPTION:Hi Katarzyna\\,\\n\\nYour phone screen for FP&A Manager - Europea
 n Operations (R-0041877) is confirmed.\\n\\nInterviewer: Niamh O'Sullivan\\, 
 Talent Acquisition Partner\\nTime: 10:00 Kraków time (09:00 Irish time)\\n\\nT
 o view or change this interview\\, visit your candidate home: https://bright
 water.wd3.myworkdayjobs.com/en-US/Careers/userHome\\n\\nBrightwater Pharma Ta
 lent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-case-presentation",
        uid="7qh2m0f9k4e1c8b3a6p5n2v0ds@google.com",
        iv=1, company="Brightwater Pharma", role="FP&A Manager - European Operations", stage="technical",
        who="ciaran.walsh@brightwaterpharma.com;emer.doyle@brightwaterpharma.com",
        trap="google-fpa-case-presentation-round-two",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{DUB}BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250321T130000
DTEND;TZID=Europe/Dublin:20250321T141500
DTSTAMP:20250314T100904Z
ORGANIZER;CN=Niamh O'Sullivan:mailto:niamh.osullivan@brightwaterpharma.com
UID:7qh2m0f9k4e1c8b3a6p5n2v0ds@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ciarán Walsh;X-NUM-GUESTS=0:mailto:ciaran.walsh@brightwaterpharma.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Emer Doyle;X-NUM-GUESTS=0:mailto:emer.doyle@brightwaterpharma.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Niamh O'Sullivan;X-NUM-GUESTS=0:mailto:niamh.osullivan@brightwaterphar
 ma.com
DESCRIPTION:Hi Katarzyna\\, great speaking with you. Next step is a 75-min c
 ase presentation with Ciarán Walsh (Head of FP&A Europe\\, hiring manager) a
 nd Emer Doyle (Finance Director). The case pack (budget vs actuals for a fi
 ctional plant + a reforecast ask) is attached to my e-mail. 20 min present
 ation\\, then Q&A.\\n\\nBest\\, Niamh\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin 
 with Google Meet: https://meet.google.com/hgd-wpoe-xrk\\nJoin by phone: (IE
 ) +353 1 437 0719 PIN: 448 102 557 3961#\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brightwater | Case presentation - Katarzyna Nowak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-dublin-panel",
        uid="040000008200E00074C5B7101A82E0080000000040C7A9B5D2A5DB01000000000000000010000000E7D8C9BAAB9C8D7E6F5041322314F506",
        iv=1, company="Brightwater Pharma", role="FP&A Manager - European Operations", stage="final",
        who="siobhan.kelly@brightwaterpharma.com;ciaran.walsh@brightwaterpharma.com;declan.murphy@brightwaterpharma.com",
        trap="outlook-gmt-standard-time-final-panel-dublin-office",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_WIN}BEGIN:VEVENT
ORGANIZER;CN="O'Sullivan, Niamh":mailto:niamh.osullivan@brightwaterpharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kelly, Siobhán":mailto:siobhan.kelly@brightwaterpharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Walsh, Ciarán":mailto:ciaran.walsh@brightwaterpharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Murphy, Declan":mailto:declan.murphy@brightwaterpharma.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="DUB-Grand Canal-3.12 Liffey":mailto:dub-gc-312@brightwaterpharma.com
DESCRIPTION;LANGUAGE=en-IE:Hi Katarzyna\\,\\n\\nDelighted to confirm your final-round panel in our Dublin office (Grand Canal Quay\\, Dublin 2). Panel: Siobhán Kelly (VP Finance Europe)\\, Ciarán Walsh (Head of FP&A Europe) and Declan Murphy (HR Director). Travel and one night at the Marker Hotel are booked - details from our travel desk.\\n\\nPlease bring photo ID for reception.\\n\\nNiamh
UID:040000008200E00074C5B7101A82E0080000000040C7A9B5D2A5DB01000000000000000010000000E7D8C9BAAB9C8D7E6F5041322314F506
SUMMARY;LANGUAGE=en-IE:Final Round Panel: Katarzyna Nowak - FP&A Manager EU Ops
DTSTART;TZID=GMT Standard Time:20250408T100000
DTEND;TZID=GMT Standard Time:20250408T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T164455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:DUB-Grand Canal-3.12 Liffey
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-scheduled",
        uid="icims-corribmedical-int-2025-00318-4410",
        iv=1, company="Corrib Medical", role="Financial Controller - Poland", stage="hiring_manager",
        who="fionn.byrne@corribmedical.ie", trap="icims-scheduled-hiring-manager-utc",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-corribmedical-int-2025-00318-4410
DTSTAMP:20250422T134401Z
DTSTART:20250429T120000Z
DTEND:20250429T130000Z
SUMMARY:Interview Scheduled: Financial Controller - Poland (2025-00318)
ORGANIZER;CN=Corrib Medical Talent:mailto:talent@corribmedical.ie
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Fionn Byrne:mailto:fionn.byrne@corribmedical.ie
LOCATION:Microsoft Teams
DESCRIPTION:Candidate: Katarzyna Nowak\\nJob: Financial Controller - Polan
 d (2025-00318)\\nInterview type: Hiring Manager Interview\\nInterviewer(s): 
 Fionn Byrne\\, Group Financial Controller\\n\\nJoin: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_NzJhY2Q1@thread.v2/0\\n\\nCorrib Medical De
 vices\\, Parkmore West\\, Galway\\, Ireland
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-zoom-interview",
        uid="lever-iv-3c9e1b27-50aa-4f1e-8d3b-97a2c4e8f105",
        iv=1, company="Trinity Softworks", role="Finance Manager, EMEA", stage="",
        who="orla.brennan@trinitysoftworks.io;matt.hughes@trinitysoftworks.io",
        trap="lever-interview-schedule-two-back-to-back",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{DUB}BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250513T140000
DTEND;TZID=Europe/Dublin:20250513T150000
DTSTAMP:20250507T090214Z
ORGANIZER;CN=Aoife Ryan:mailto:aoife.ryan@trinitysoftworks.io
UID:lever-iv-3c9e1b27-50aa-4f1e-8d3b-97a2c4e8f105
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Katarzyna Nowak;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Orla Brennan;X-NUM-GUESTS=0:mailto:orla.brennan@trinitysoftworks.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Matt Hughes;X-NUM-GUESTS=0:mailto:matt.hughes@trinitysoftworks.io
DESCRIPTION:Hi Katarzyna\\,\\n\\nHere is your schedule for Tuesday:\\n\\n14:0
 0 - 14:30 (IST) Orla Brennan\\, Financial Controller\\n14:30 - 15:00 (IST) Ma
 tt Hughes\\, VP Finance\\n\\nZoom: https://trinitysoftworks.zoom.us/j/8841207
 7351?pwd=Q2xhVmR3\\nMeeting ID: 884 1207 7351\\nPasscode: 553190\\n\\nLooking
  forward to it!\\nAoife (People team)\\n\\nScheduled with Lever
LOCATION:https://trinitysoftworks.zoom.us/j/88412077351
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Katarzyna Nowak <> Trinity Softworks (Finance Manager\\, EMEA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-intro",
        uid="a1c7e4f2-9b3d-4e8a-b6f0-2d5c8e1a7b93",
        iv=1, company="Kinsale Foods", role="Finance Business Partner", stage="recruiter_screen",
        who="roisin.flynn@kinsalefoods.ie", trap="calendly-booked-by-user-host-is-recruiter",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:a1c7e4f2-9b3d-4e8a-b6f0-2d5c8e1a7b93
DTSTAMP:20250523T201730Z
DTSTART:20250528T080000Z
DTEND:20250528T082000Z
SUMMARY:Finance Business Partner - intro call between Róisín Flynn and Katarzyna Nowak
ORGANIZER;CN=Róisín Flynn:mailto:roisin.flynn@kinsalefoods.ie
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kasia.nowak.fin@wp.pl
LOCATION:Phone call: Róisín Flynn will call Katarzyna Nowak at +48 601 *** 412
DESCRIPTION:Event Name: Finance Business Partner - intro call\\n\\nPlease sh
 are anything that will help prepare for our meeting.: Applied via LinkedIn 
 for the Kraków-based FBP role (Kinsale Foods Poland). 8 yrs R2R\\, team lead
 \\, ACCA affiliate.\\n\\nNeed to make changes to this event?\\nCancel: https://
 calendly.com/cancellations/a1c7e4f2-9b3d-4e8a-b6f0-2d5c8e1a7b93\\nReschedul
 e: https://calendly.com/reschedulings/a1c7e4f2-9b3d-4e8a-b6f0-2d5c8e1a7b93\\n
 \\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
