# ruff: noqa: E501
"""holdout224 events, part 3: national nonprofits on Greenhouse, Lever, Ashby and Cal.com; a headhunter who names the college only in the body."""

from holdout224ev_tz import CHI_GOOGLE, EST_OUTLOOK, NY_ATS, NY_GOOGLE, OUTLOOK_HEAD

EVENTS = [
    {
        "kind": "greenhouse-screen",
        "uid": "greenhouse-interview-41877320-brightpath",
        "is_interview": 1,
        "company": "Bright Path Learning Network",
        "role": "Vice President of Development",
        "stage": "recruiter_screen",
        "interviewers": "nadia.kouri@brightpathlearning.org",
        "trap": "greenhouse-recruiter-screen-zoom",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:greenhouse-interview-41877320-brightpath
DTSTAMP:20250227T174402Z
DTSTART;TZID=America/New_York:20250305T133000
DTEND;TZID=America/New_York:20250305T140000
SUMMARY:Danielle Brooks-Harper <> Bright Path Learning Network - Recruiter Screen
ORGANIZER;CN=Nadia Kouri:mailto:nadia.kouri@brightpathlearning.org
ATTENDEE;CN=Danielle Brooks-Harper;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
LOCATION:https://brightpathlearning.zoom.us/j/92233017765
DESCRIPTION:Hi Danielle\,\n\nThanks for your interest in the Vice President of Development role at Bright Path Learning Network! This first conversation is with Nadia Kouri\, Senior Talent Partner. We'll talk about your experience\, what you're looking for\, and what's next in our process.\n\nZoom: https://brightpathlearning.zoom.us/j/92233017765\nMeeting ID: 922 3301 7765\n\nIf you need to reschedule\, please reply to the email that came with this invite.\n\nBright Path Learning Network is an equal opportunity employer.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-panel",
        "uid": "greenhouse-interview-41877320-brightpath-r2",
        "is_interview": 1,
        "company": "Bright Path Learning Network",
        "role": "Vice President of Development",
        "stage": "onsite",
        "interviewers": "tmarsh@brightpathlearning.org;oadeyemi@brightpathlearning.org;kfrancis@brightpathlearning.org",
        "trap": "greenhouse-virtual-panel-writing-sample-review",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-41877320-brightpath-r2
DTSTAMP:20250319T161015Z
DTSTART:20250326T170000Z
DTEND:20250326T183000Z
SUMMARY:Bright Path Learning Network | VP of Development | Leadership Panel
ORGANIZER;CN=Bright Path Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Danielle Brooks-Harper;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Tara Marsh;PARTSTAT=ACCEPTED:mailto:tmarsh@brightpathlearning.org
ATTENDEE;CN=Olumide Adeyemi;PARTSTAT=ACCEPTED:mailto:oadeyemi@brightpathlearning.org
ATTENDEE;CN=Kristen Francis;PARTSTAT=ACCEPTED:mailto:kfrancis@brightpathlearning.org
LOCATION:Google Meet: https://meet.google.com/qzr-hnbe-wkt
DESCRIPTION:Hi Danielle\,\n\nHere are the details for your panel conversation:\n\n1:00 - 1:30 PM ET  Tara Marsh\, Chief Executive Officer\n1:30 - 2:00 PM ET  Olumide Adeyemi\, Chief Operating Officer\n2:00 - 2:30 PM ET  Kristen Francis\, Board Member\, Development Committee\n\nThe panel will discuss the fundraising plan you submitted (FY26 revenue strategy\, 2 pages). No additional preparation is needed.\n\nJoin with Google Meet: https://meet.google.com/qzr-hnbe-wkt\nJoin by phone: +1 252-555-0113 PIN: 771 409 228#
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-screen",
        "uid": "lever-8f2a0c17-3b9e-4d55-a6c1-0e77d2b1f964",
        "is_interview": 1,
        "company": "National Parkland Conservancy",
        "role": "Chief Advancement Officer",
        "stage": "recruiter_screen",
        "interviewers": "jonah.redfield@parklandconservancy.org",
        "trap": "lever-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-8f2a0c17-3b9e-4d55-a6c1-0e77d2b1f964
DTSTAMP:20250310T193355Z
DTSTART:20250314T150000Z
DTEND:20250314T153000Z
SUMMARY:Phone Interview: Danielle Brooks-Harper for Chief Advancement Officer
ORGANIZER;CN=Jonah Redfield:mailto:jonah.redfield@parklandconservancy.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonah Redfield:mailto:jonah.redfield@parklandconservancy.org
LOCATION:Jonah will call you at (404) 555-0187
DESCRIPTION:National Parkland Conservancy\nChief Advancement Officer – Washington\, DC (hybrid)\n\nInterviewer: Jonah Redfield\, Director of People & Culture\n\nPowered by Lever
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-onsite",
        "uid": "lever-5d1e9b44-70fa-4e2c-9b3d-c81a6f0e2257",
        "is_interview": 1,
        "company": "National Parkland Conservancy",
        "role": "Chief Advancement Officer",
        "stage": "onsite",
        "interviewers": "emoreau@parklandconservancy.org;sbaptiste@parklandconservancy.org;hwinslow@parklandconservancy.org",
        "trap": "lever-in-person-interview-dc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-5d1e9b44-70fa-4e2c-9b3d-c81a6f0e2257
DTSTAMP:20250402T141902Z
DTSTART:20250417T140000Z
DTEND:20250417T180000Z
SUMMARY:On-site Interview: Danielle Brooks-Harper for Chief Advancement Officer
ORGANIZER;CN=Jonah Redfield:mailto:jonah.redfield@parklandconservancy.org
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Eloise Moreau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:emoreau@parklandconservancy.org
ATTENDEE;CN=Samuel Baptiste;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sbaptiste@parklandconservancy.org
ATTENDEE;CN=Helen Winslow;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hwinslow@parklandconservancy.org
LOCATION:National Parkland Conservancy\, 1250 24th St NW\, Washington DC 20037
DESCRIPTION:Schedule\n10:00 AM  Eloise Moreau\, President & CEO\n11:00 AM  Samuel Baptiste\, VP Finance & Administration\n12:00 PM  Lunch with the development team (informal)\n1:00 PM  Helen Winslow\, Board Treasurer\n\nAsk for Jonah at the front desk.\n\nPowered by Lever
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-call",
        "uid": "040000008200E00074C5B7101A82E008000000003B1FE58C0B87DB01000000000000000010000000E77C9A0D2F41",
        "is_interview": 1,
        "company": "Hollins Ridge College",
        "role": "Vice President for Advancement",
        "stage": "recruiter_screen",
        "interviewers": "cstrand@meridianadvsearch.com",
        "trap": "headhunter-names-college-only-in-body",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Strand, Carolyn":mailto:cstrand@meridianadvsearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
DESCRIPTION;LANGUAGE=en-US:Danielle\,\n\nSo glad we connected at the CASE District III conference. As promised\, here is time for us to talk through the Vice President for Advancement opportunity at Hollins Ridge College in Charlotte – President Amaya is looking for someone to build the team ahead of the college's first comprehensive campaign. I'll walk you through the position profile and would love to hear about your experience with the Read Forward campaign.\n\nI'll call your cell.\n\nCarolyn\n\nCarolyn Strand | Managing Partner\nMeridian Advancement Search\nm 980.555.0166\n
UID:040000008200E00074C5B7101A82E008000000003B1FE58C0B87DB01000000000000000010000000E77C9A0D2F41
SUMMARY;LANGUAGE=en-US:Danielle Brooks-Harper / Carolyn Strand
DTSTART;TZID=Eastern Standard Time:20250312T163000
DTEND;TZID=Eastern Standard Time:20250312T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T222009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "president-zoom",
        "uid": "2k9qg7e1vmu5o3bta0ld8c4h6s@google.com",
        "is_interview": 1,
        "company": "Hollins Ridge College",
        "role": "Vice President for Advancement",
        "stage": "hiring_manager",
        "interviewers": "pamaya@hollinsridge.edu",
        "trap": "google-invite-college-president-conversation",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250402T110000
DTEND;TZID=America/New_York:20250402T120000
DTSTAMP:20250327T153840Z
ORGANIZER;CN=Office of the President:mailto:president@hollinsridge.edu
UID:2k9qg7e1vmu5o3bta0ld8c4h6s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.bro
 oksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Patricia Amaya;X-NUM-GUESTS=0:mailto:pamaya@hollinsridge.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Carolyn Strand;X-NUM-GUESTS=0:mailto:cstrand@meridianadvsearch.com
X-GOOGLE-CONFERENCE:https://hollinsridge.zoom.us/j/95561027384
CREATED:20250327T153512Z
DESCRIPTION:President Patricia Amaya – conversation with Danielle Brooks-Ha
 rper\, candidate for Vice President for Advancement.\n\nJoin Zoom Meeting\
 nhttps://hollinsridge.zoom.us/j/95561027384\nMeeting ID: 955 6102 7384\nPa
 sscode: HRC2025\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: http
 s://calendar.google.com/calendar/\n\nYou are receiving this email because
  you are an attendee on the event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250327T153840Z
LOCATION:https://hollinsridge.zoom.us/j/95561027384
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pres. Amaya / D. Brooks-Harper
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-intro",
        "uid": "j4Xq8NbV2mTzR7wLpY3cHs@Cal.com",
        "is_interview": 1,
        "company": "Capitol Hill Food Justice Network",
        "role": "Chief Development Officer",
        "stage": "hiring_manager",
        "interviewers": "ramona@foodjusticenetwork.org",
        "trap": "calcom-booking-with-executive-director",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
CALSCALE:GREGORIAN
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:j4Xq8NbV2mTzR7wLpY3cHs@Cal.com
SUMMARY:CDO candidate conversation between Ramona Ellis and Danielle Brooks-Harper
DTSTAMP:20250319T002100Z
DTSTART:20250324T180000Z
DTEND:20250324T184500Z
DESCRIPTION:What:\nCDO candidate conversation between Ramona Ellis and Danielle Brooks-Harper\n\nInvitee Time Zone:\nAmerica/New_York\n\nWho:\nRamona Ellis - Organizer\nramona@foodjusticenetwork.org\nDanielle Brooks-Harper\ndanielle.brooksharper@gmail.com\n\nWhere:\nhttps://app.cal.com/video/j4Xq8NbV2mTzR7wLpY3cHs\n\nDescription:\n45 minutes with our Executive Director to talk about the Chief Development Officer role at Capitol Hill Food Justice Network.\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/j4Xq8NbV2mTzR7wLpY3cHs
LOCATION:https://app.cal.com/video/j4Xq8NbV2mTzR7wLpY3cHs
ORGANIZER;CN=Ramona Ellis:mailto:ramona@foodjusticenetwork.org
ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-screen",
        "uid": "ashby-interview-event-b3f01a7e-5c62-4d1b-8e90-musiccityedfund",
        "is_interview": 1,
        "company": "Music City Education Fund",
        "role": "Vice President, Development & Partnerships",
        "stage": "recruiter_screen",
        "interviewers": "gwen.oduya@musiccityedfund.org",
        "trap": "ashby-intro-call-central-time",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:ashby-interview-event-b3f01a7e-5c62-4d1b-8e90-musiccityedfund
DTSTAMP:20250221T165511Z
DTSTART;TZID=America/Chicago:20250227T100000
DTEND;TZID=America/Chicago:20250227T103000
SUMMARY:Intro Call – Danielle Brooks-Harper (Music City Education Fund)
ORGANIZER;CN=Gwen Oduya:mailto:gwen.oduya@musiccityedfund.org
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Gwen Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gwen.oduya@musiccityedfund.org
LOCATION:https://meet.google.com/vtw-ckqa-fxe
DESCRIPTION:Hi Danielle\, looking forward to our intro call for the Vice President\, Development & Partnerships role!\n\nInterviewer: Gwen Oduya (Head of Talent)\nJoin: https://meet.google.com/vtw-ckqa-fxe\n\nScheduled with Ashby
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
