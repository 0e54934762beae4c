# ruff: noqa: E501, W291, W293, RUF100
"""holdout257 events, part A: the user's own interviews at employers with several rounds."""

from holdout257ev_zones import CHICAGO, LOS_ANGELES, TEAMS_FOOTER, TORONTO, WIN_CENTRAL

EVENTS = [
    # --- Northwind Health (hospital system), three rounds ---
    dict(
        kind="workday-phone-screen",
        uid="wd-int-7731204@northwindhealth.myworkday.example",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-int-7731204@northwindhealth.myworkday.example
DTSTAMP:20250203T151207Z
DTSTART:20250206T160000Z
DTEND:20250206T163000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Screen - Talent Acquisition Partner - Nursing & Allied Health 
 (R-0048213)
ORGANIZER;CN=Northwind Health Careers:mailto:noreply-careers@northwindhealth.
 org
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Kimberly Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kimb
 erly.osei@northwindhealth.org
LOCATION:Phone - Kimberly will call you at (773) 555-0182
DESCRIPTION:Dear Brandon\,\n\nThank you for your interest in the Talent Acqu
 isition Partner - Nursing & Allied Health position (R-0048213) with Northwi
 nd Health. We are pleased to confirm your phone screen with Kimberly Osei\,
  Senior Talent Acquisition Partner.\n\nDate: Thursday\, February 6\, 2025\n
 Time: 10:00 AM - 10:30 AM Central Time\nFormat: Phone. Kimberly will call y
 ou at the number on your application.\n\nIf you need to reschedule\, please
  reply through your Workday candidate home page.\n\nNorthwind Health Talent
  Acquisition\nAn Equal Opportunity Employer
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northwind Health",
        role="Talent Acquisition Partner - Nursing & Allied Health",
        stage="recruiter_screen",
        interviewers="kimberly.osei@northwindhealth.org",
        trap="workday-utc-folded-req-number",
        hiring=False,
    ),
    dict(
        kind="outlook-teams-hiring-manager",
        uid="040000008200E00074C5B7101A82E00800000000B0C6D1E84F7DDB01000000000000000010000000F1E2D3C4B5A69788",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Osei, Kimberly":mailto:kimberly.osei@northwindhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brandon.whi
 taker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delgado, M
 arisol":mailto:marisol.delgado@northwindhealth.org
DESCRIPTION;LANGUAGE=en-US:Hi Brandon\,\n\nGreat speaking with you last week
 ! As discussed\, your next conversation is with Marisol Delgado\, Director 
 of Talent Acquisition (Clinical). Marisol would like to hear about your hig
 h-volume experience and how you would partner with nurse managers on hard-t
 o-fill units (ICU\, L&D\, periop).\n\nThanks\,\nKimberly\n{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E00800000000B0C6D1E84F7DDB01000000000000000010000000F1E2D3C4B5A69788
SUMMARY;LANGUAGE=en-US:Brandon Whitaker / Marisol Delgado - TAP Nursing & Al
 lied Health
DTSTART;TZID=Central Standard Time:20250219T130000
DTEND;TZID=Central Standard Time:20250219T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T174422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1523872214
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"Onlin
 eMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationA
 nnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northwind Health",
        role="Talent Acquisition Partner - Nursing & Allied Health",
        stage="hiring_manager",
        interviewers="marisol.delgado@northwindhealth.org",
        trap="outlook-summary-names-only-abbreviated-role",
        hiring=False,
    ),
    dict(
        kind="outlook-onsite-panel-room",
        uid="040000008200E00074C5B7101A82E00800000000D4A1F03C5B85DB01000000000000000010000000A7B8C9D0E1F20314",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Okafor, Tamika":mailto:tamika.okafor@northwindhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delgado, Mari
 sol":mailto:marisol.delgado@northwindhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brennan, Pat
 rick (RN, CNO Office)":mailto:patrick.brennan@northwindhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Huang, Grace
 ":mailto:grace.huang@northwindhealth.org
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="NW
 H-Fillmore-Conf 4B (12)":mailto:conf4b.fillmore@northwindhealth.org
DESCRIPTION;LANGUAGE=en-US:Brandon\,\n\nThank you for moving forward with No
 rthwind Health! Below is your in-person panel agenda for the Talent Acquisi
 tion Partner - Nursing & Allied Health role.\n\n9:00 - 9:45  Marisol Delgado\
 , Director\, Talent Acquisition (Clinical)\n9:45 - 10:30  Patrick Brennan\,
  RN\, Associate Chief Nursing Officer\n10:30 - 11:15  Grace Huang\, Senior 
 TA Partner (peer)\n11:15 - 11:30  Wrap-up with Tamika (coordinator)\n\nPlea
 se check in at the Fillmore Pavilion main desk (1450 W. Fillmore St\, Chica
 go\, IL 60607) and ask for Tamika Okafor. Visitor parking is in Garage B; b
 ring your ticket for validation.\n\nTamika Okafor | Recruiting Coordinator 
 | Northwind Health
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Brandon\,</p><p>Thank you for mo
 ving forward with Northwind Health! Below is your in-person panel agenda.</
 p><table><tr><td>9:00</td><td>Marisol Delgado</td></tr><tr><td>9:45</td><td
 >Patrick Brennan\, RN</td></tr><tr><td>10:30</td><td>Grace Huang</td></tr><
 /table></body></html>
UID:040000008200E00074C5B7101A82E00800000000D4A1F03C5B85DB01000000000000000010000000A7B8C9D0E1F20314
SUMMARY;LANGUAGE=en-US:Onsite Panel Interview - Brandon Whitaker - TAP Nursi
 ng & Allied Health (R-0048213)
DTSTART;TZID=Central Standard Time:20250304T090000
DTEND;TZID=Central Standard Time:20250304T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T203311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NWH-Fillmore-Conf 4B (12); 1450 W. Fillmore St\, Chi
 cago\, IL 60607
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northwind Health",
        role="Talent Acquisition Partner - Nursing & Allied Health",
        stage="onsite",
        interviewers="marisol.delgado@northwindhealth.org;patrick.brennan@northwindhealth.org;grace.huang@northwindhealth.org",
        trap="outlook-last-first-cn-room-and-coordinator-organizer",
        hiring=False,
    ),
    # --- Quillstack (SaaS), three rounds ---
    dict(
        kind="greenhouse-google-meet",
        uid="1f8k2q0b7m3tn9c4v6x5ds1a2e@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250210T113000
DTEND;TZID=America/Chicago:20250210T120000
DTSTAMP:20250205T192044Z
ORGANIZER;CN=Quillstack Recruiting:mailto:recruiting@quillstack.io
UID:1f8k2q0b7m3tn9c4v6x5ds1a2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess Ar
 mitage;X-NUM-GUESTS=0:mailto:jess.armitage@quillstack.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qsk-rvbn-tex
CREATED:20250205T192043Z
DESCRIPTION:Hi Brandon\,<br><br>Thanks for taking the time to chat with us a
 bout the <b>Senior Technical Recruiter</b> role at Quillstack! This will be
  a 30-minute conversation with Jess Armitage (Talent Partner) to learn more
  about your background and walk you through the role.<br><br>Powered by Gre
 enhouse<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-<br>Join with Google Meet: <a href="https://meet.google.com/qsk-r
 vbn-tex">https://meet.google.com/qsk-rvbn-tex</a><br>Or dial: (US) +1 323-5
 55-0164 PIN: 602 118 447#<br><br>Learn more about Meet at: https://support.
 google.com/a/users/answer/9282720<br><br>Please do not edit this section.<b
 r>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250205T192043Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brandon Whitaker <> Quillstack: Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Quillstack",
        role="Senior Technical Recruiter",
        stage="recruiter_screen",
        interviewers="jess.armitage@quillstack.io",
        trap="greenhouse-via-google-calendar-html-description",
        hiring=False,
    ),
    dict(
        kind="greenhouse-zoom-hm-screen",
        uid="greenhouse-interview-48112093-3@quillstack.greenhouse.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-48112093-3@quillstack.greenhouse.example
DTSTAMP:20250214T160015Z
DTSTART:20250220T210000Z
DTEND:20250220T214500Z
SUMMARY:Hiring Manager Screen: Brandon Whitaker (Senior Technical Recruiter
 )
ORGANIZER;CN=Jess Armitage:mailto:jess.armitage@quillstack.io
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon.
 whitaker.tx@gmail.com
ATTENDEE;CN=Owen Fairchild;PARTSTAT=ACCEPTED:mailto:owen.fairchild@quillstac
 k.io
LOCATION:https://quillstack.zoom.example/j/84411902375?pwd=Ulq3TQ
DESCRIPTION:Hi Brandon\,\n\nYou're confirmed for a 45-minute hiring manager 
 screen with Owen Fairchild\, Head of Talent Acquisition.\n\nOwen will focus
  on: how you partner with engineering leaders\, your approach to passive so
 urcing for hard-to-fill roles (staff/principal engineers)\, and how you mea
 sure pipeline health.\n\nJoin Zoom Meeting\nhttps://quillstack.zoom.example/
 j/84411902375?pwd=Ulq3TQ\nMeeting ID: 844 1190 2375\nPasscode: 551204\n\nOne
  tap mobile\n+13125550199\,\,84411902375# US (Chicago)\n\nQuestions? Reply t
 o this email or reach Jess at jess.armitage@quillstack.io.
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Quillstack",
        role="Senior Technical Recruiter",
        stage="hiring_manager",
        interviewers="owen.fairchild@quillstack.io",
        trap="greenhouse-utc-organizer-is-recruiter-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="google-updated-invitation",
        uid="5rq0d1n8vbk7cpa2mj4lh9ez3f@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250311T100000
DTEND;TZID=America/Chicago:20250311T130000
DTSTAMP:20250304T141502Z
ORGANIZER;CN=Quillstack Recruiting:mailto:recruiting@quillstack.io
UID:5rq0d1n8vbk7cpa2mj4lh9ez3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owen Fa
 irchild;X-NUM-GUESTS=0:mailto:owen.fairchild@quillstack.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renata 
 Solis;X-NUM-GUESTS=0:mailto:renata.solis@quillstack.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Da
 mien Cho;X-NUM-GUESTS=0:mailto:damien.cho@quillstack.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess Ar
 mitage;X-NUM-GUESTS=0:mailto:jess.armitage@quillstack.io
CREATED:20250221T170212Z
DESCRIPTION:This event has been updated<br>Changed: time<br><br>Hi Brandon\,
 <br><br>As discussed\, we've moved your final round to <b>Tuesday\, March 1
 1</b>. Agenda (all on Zoom):<br><ul><li>10:00-10:45 Case presentation: your
  90-day recruiting plan for our Platform Engineering hiring push (Owen Fairc
 hild\, Renata Solis)</li><li>10:45-11:30 Q&amp;A and stakeholder roleplay wi
 th Damien Cho\, VP Engineering</li><li>11:45-12:30 Recruiting team values c
 hat (Renata)</li></ul>Please send your slides to Jess by Monday EOD.<br><br
 >Powered by Greenhouse<br><br>Invitation from Google Calendar: https://cale
 ndar.google.com/calendar/<br><br>You are receiving this email because you 
 are an attendee on the event. To stop receiving future updates for this eve
 nt\, decline this event.<br><br>Forwarding this invitation could allow any 
 recipient to send a response to the organizer\, be added to the guest list\
 , invite others regardless of their own invitation status\, or modify your 
 RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250304T141501Z
LOCATION:https://quillstack.zoom.example/j/86630127744
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Updated invitation: Final Round - Case Presentation (Brandon Whitake
 r\, Sr. Technical Recruiter) @ Tue Mar 11\, 2025 10am - 1pm (CDT) (brandon.
 whitaker.tx@gmail.com)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Quillstack",
        role="Sr. Technical Recruiter",
        stage="final",
        interviewers="owen.fairchild@quillstack.io;renata.solis@quillstack.io;damien.cho@quillstack.io",
        trap="rescheduled-sequence-2-case-presentation-recruiting-plan",
        hiring=False,
    ),
    # --- Brightpath Bank, three rounds ---
    dict(
        kind="successfactors-hr-screen",
        uid="SFRCM-INT-20250211-0930-66104@brightpathbank.successfactors.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SFRCM-INT-20250211-0930-66104@brightpathbank.successfactors.example
DTSTAMP:20250206T220301Z
DTSTART:20250211T153000Z
DTEND:20250211T160000Z
SUMMARY:Interview: Corporate Recruiter - Technology (Req 66104) - HR Screen
ORGANIZER;CN=Brightpath Bank Talent Acquisition:mailto:talent.noreply@bright
 pathbank.com
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bwhitake
 r@lakeloopstaffing.com
ATTENDEE;CN=Lorraine Kaczmarek;ROLE=REQ-PARTICIPANT:mailto:lorraine.kaczmar
 ek@brightpathbank.com
LOCATION:Telephone
DESCRIPTION:Dear Brandon Whitaker\,\n\nYour interview has been scheduled.\n\
 nRequisition: 66104 - Corporate Recruiter - Technology\nInterview type: HR 
 Screen (telephone)\nInterviewer: Lorraine Kaczmarek\, Talent Acquisition Ma
 nager\nDuration: 30 minutes\n\nLorraine will call you at the phone number p
 rovided in your profile. Please ensure you are in a quiet location.\n\nBrig
 htpath Bank N.A. is an Equal Opportunity Employer / Veterans / Disability. 
 Member FDIC.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightpath Bank",
        role="Corporate Recruiter - Technology",
        stage="recruiter_screen",
        interviewers="lorraine.kaczmarek@brightpathbank.com",
        trap="successfactors-sent-to-work-address",
        hiring=False,
    ),
    dict(
        kind="webex-hiring-manager",
        uid="9b3e6f1a0c2d47e8a5f4b3c2d1e0f9a8@webex.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:(UTC-06:00) Central Time (US & Canada)
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:9b3e6f1a0c2d47e8a5f4b3c2d1e0f9a8@webex.com
DTSTAMP:20250218T151044Z
DTSTART;TZID="(UTC-06:00) Central Time (US & Canada)":20250225T140000
DTEND;TZID="(UTC-06:00) Central Time (US & Canada)":20250225T150000
SUMMARY:Brandon Whitaker - conversation with Gary Lindqvist (Tech Recruiting
  Mgr)
ORGANIZER;CN=Gary Lindqvist:mailto:gary.lindqvist@brightpathbank.com
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bwhitaker
 @lakeloopstaffing.com
LOCATION:https://brightpathbank.webex.example/meet/glindqvist
DESCRIPTION:Gary Lindqvist invites you to join this Webex meeting.\n\nBrand
 on - looking forward to our conversation about the Corporate Recruiter\, Te
 chnology opening on my team. Lorraine shared your notes; I'd like to go dee
 per on how you've handled req loads of 25+ and working with a hybrid agenc
 y/in-house model. -Gary\n\nJoin meeting\nhttps://brightpathbank.webex.exam
 ple/meet/glindqvist\nMeeting number (access code): 2630 441 9087\nMeeting 
 password: Bpb2025!\n\nJoin by phone\n+1-312-555-0110 United States Toll (Ch
 icago)\n\nIf you are a host\, go here to view host information.\nNeed help?
  Go to https://help.webex.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightpath Bank",
        role="Corporate Recruiter, Technology",
        stage="hiring_manager",
        interviewers="gary.lindqvist@brightpathbank.com",
        trap="webex-utc-label-zone-conversation-wording",
        hiring=False,
    ),
    dict(
        kind="outlook-sent-by-final-panel",
        uid="040000008200E00074C5B7101A82E008000000006A1C5E8F2A90DB01000000000000000010000000CC3D8E1B7F4A6D20",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Gary";SENT-BY="mailto:nadia.prentice@brightpathbank
 .com":mailto:gary.lindqvist@brightpathbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Adebayo, Fol
 ake":mailto:folake.adebayo@brightpathbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marsh, Derek (
 CIO Office)":mailto:derek.marsh@brightpathbank.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kaczmarek
 , Lorraine":mailto:lorraine.kaczmarek@brightpathbank.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CHI-LaSa
 lle-22-Boardroom West":mailto:chi.lasalle22.boardwest@brightpathbank.com
DESCRIPTION;LANGUAGE=en-US:Final round interviews - Corporate Recruiter\, Te
 chnology (Req 66104)\n\nBrandon\, please check in with security in the lobb
 y of 200 S. LaSalle St (bring a government-issued photo ID) and ask for Nad
 ia Prentice on 22.\n\n2:00  Folake Adebayo\, SVP Human Resources\n2:45  Der
 ek Marsh\, Chief Information Officer\n3:30  Gary Lindqvist - close-out\n\nB
 usiness attire.
UID:040000008200E00074C5B7101A82E008000000006A1C5E8F2A90DB01000000000000000010000000CC3D8E1B7F4A6D20
SUMMARY;LANGUAGE=en-US:FINAL - B. Whitaker - Corp Recruiter Tech - Req 66104
DTSTART;TZID=Central Standard Time:20250313T140000
DTEND;TZID=Central Standard Time:20250313T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T190215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-LaSalle-22-Boardroom West
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightpath Bank",
        role="Corp Recruiter Tech",
        stage="final",
        interviewers="folake.adebayo@brightpathbank.com;derek.marsh@brightpathbank.com;gary.lindqvist@brightpathbank.com",
        trap="outlook-sent-by-assistant-resource-attendee-terse-summary",
        hiring=False,
    ),
    # --- Hollis & Grey Talent (Toronto agency), two rounds ---
    dict(
        kind="outlook-teams-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000011F0A2B3C4D5DB01000000000000000010000000E5F6A7B8C9D0E1F2",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Siobhan Keane:mailto:skeane@hollisgreytalent.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Hi Brandon\,\n\nLovely to connect on LinkedIn. A
 s mentioned\, we're building out our US-facing tech desk from Toronto and y
 our IT contract background fits what we need for the Senior Recruitment Co
 nsultant - Technology seat. Let's have an initial chat about your desk\, bi
 llings and how you'd feel about a cross-border setup (work permit support a
 vailable).\n\nSiobhan Keane\nManaging Director\, Hollis & Grey Talent\n{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000011F0A2B3C4D5DB01000000000000000010000000E5F6A7B8C9D0E1F2
SUMMARY;LANGUAGE=en-CA:Hollis & Grey | Brandon Whitaker - intro chat
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20250212T140000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20250212T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T133702Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hollis & Grey Talent",
        role="Senior Recruitment Consultant - Technology",
        stage="hiring_manager",
        interviewers="skeane@hollisgreytalent.ca",
        trap="agency-as-employer-intro-chat-windows-zone-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="google-toronto-onsite",
        uid="3gkq8z1r0x6p2c9w4b7n5m1h0t@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250321T100000
DTEND;TZID=America/Toronto:20250321T140000
DTSTAMP:20250310T150912Z
ORGANIZER;CN=Priya Lal:mailto:plal@hollisgreytalent.ca
UID:3gkq8z1r0x6p2c9w4b7n5m1h0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Siobha
 n Keane;X-NUM-GUESTS=0:mailto:skeane@hollisgreytalent.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus
  Thibodeau;X-NUM-GUESTS=0:mailto:mthibodeau@hollisgreytalent.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya 
 Lal;X-NUM-GUESTS=0:mailto:plal@hollisgreytalent.ca
CREATED:20250310T150911Z
DESCRIPTION:Final stage for the Senior Recruitment Consultant - Technology r
 ole. Morning with Siobhan and Marcus Thibodeau (Director\, Tech Practice): 
 walk us through your 6-month business plan (target clients\, billings\, co
 ntractor headcount). Lunch with the desk after.\n\nWe're at 181 Bay St\, Su
 ite 2900 - sign in at the concierge on the ground floor.\n\nPriya (office 
 manager)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-\nInvitation from Google Calendar: https://calendar.google.com/c
 alendar/\n\nYou are receiving this email because you are an attendee on th
 e event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::
 ~:~::-
LAST-MODIFIED:20250310T150911Z
LOCATION:Hollis & Grey Talent\, 181 Bay St Suite 2900\, Toronto\, ON M5J 2T
 3\, Canada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brandon W. - final stage / business plan presentation (in person)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hollis & Grey Talent",
        role="Senior Recruitment Consultant - Technology",
        stage="final",
        interviewers="skeane@hollisgreytalent.ca;mthibodeau@hollisgreytalent.ca",
        trap="agency-business-plan-final-office-manager-organizer",
        hiring=False,
    ),
    # --- Kestrel Cloud, three rounds ---
    dict(
        kind="ashby-recruiter-screen",
        uid="ashby-interview-event-6c1f0b42-8d3a-4e1f-9a7c-2b5d8e9f0a13",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-6c1f0b42-8d3a-4e1f-9a7c-2b5d8e9f0a13
DTSTAMP:20250226T181122Z
DTSTART:20250303T180000Z
DTEND:20250303T183000Z
SUMMARY:Kestrel Cloud | Recruiter Screen with Brandon Whitaker
ORGANIZER;CN=Kestrel Cloud Recruiting:mailto:no-reply@ashby.example
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon
 .whitaker.tx@gmail.com
ATTENDEE;CN=Hana Whitcombe;PARTSTAT=ACCEPTED:mailto:hana@kestrelcloud.dev
LOCATION:Google Meet - https://meet.google.com/kcl-ojtw-pqe
DESCRIPTION:Hi Brandon\,\n\nYou're all set! Here are the details for your i
 nterview for Recruiting Operations Manager at Kestrel Cloud.\n\nRecruiter S
 creen (30 min)\nInterviewer: Hana Whitcombe\, Senior Recruiter\n\nJoin: http
 s://meet.google.com/kcl-ojtw-pqe\n\nNeed to reschedule? Use this link: http
 s://app.ashby.example/reschedule/6c1f0b42\n\nScheduled with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kestrel Cloud",
        role="Recruiting Operations Manager",
        stage="recruiter_screen",
        interviewers="hana@kestrelcloud.dev",
        trap="ashby-noreply-organizer-summary-with-user-name",
        hiring=False,
    ),
    dict(
        kind="ashby-ops-exercise",
        uid="ashby-interview-event-0e9d2c7a-41b5-4c60-8f2e-7a3b1d6c9e55",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
{LOS_ANGELES}BEGIN:VEVENT
UID:ashby-interview-event-0e9d2c7a-41b5-4c60-8f2e-7a3b1d6c9e55
DTSTAMP:20250304T222050Z
DTSTART;TZID=America/Los_Angeles:20250310T090000
DTEND;TZID=America/Los_Angeles:20250310T101500
SUMMARY:Kestrel Cloud | Recruiting Ops Exercise Review
ORGANIZER;CN=Kestrel Cloud Recruiting:mailto:no-reply@ashby.example
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon
 .whitaker.tx@gmail.com
ATTENDEE;CN=Theo Brandt;PARTSTAT=ACCEPTED:mailto:theo@kestrelcloud.dev
ATTENDEE;CN=Maya Ferreira;PARTSTAT=ACCEPTED:mailto:maya.ferreira@kestrelclou
 d.dev
LOCATION:Zoom - https://kestrelcloud.zoom.example/j/93302114587
DESCRIPTION:Hi Brandon\,\n\nThanks for sending over the take-home. In this 7
 5-minute session you'll walk Theo Brandt (Recruiting Systems Lead) and Maya
  Ferreira (Head of Talent) through your ATS migration plan and the interv
 iew-capacity model\, then we'll dig into a few live data questions in a sh
 ared Google Sheet.\n\nAll times shown in Pacific Time.\n\nScheduled with As
 hby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kestrel Cloud",
        role="Recruiting Operations Manager",
        stage="technical",
        interviewers="theo@kestrelcloud.dev;maya.ferreira@kestrelcloud.dev",
        trap="take-home-review-pacific-zone-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="google-final-vp-people",
        uid="7hb2v0k9q1m4x8c3z6n5r2p0ys@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LOS_ANGELES}BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250317T111500
DTEND;TZID=America/Los_Angeles:20250317T120000
DTSTAMP:20250312T171503Z
ORGANIZER;CN=Maya Ferreira:mailto:maya.ferreira@kestrelcloud.dev
UID:7hb2v0k9q1m4x8c3z6n5r2p0ys@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alana R
 uiz-Booker;X-NUM-GUESTS=0:mailto:alana@kestrelcloud.dev
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Fe
 rreira;X-NUM-GUESTS=0:mailto:maya.ferreira@kestrelcloud.dev
X-GOOGLE-CONFERENCE:https://meet.google.com/ypa-hzwq-kcd
CREATED:20250312T171502Z
DESCRIPTION:Last step! 45 min with Alana (VP People). Informal - values\, ho
 w you'd run RecOps as a team of one for now. I'll hop off after intros.\n\n
 -Maya\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::
 ~:~::-\nJoin with Google Meet: https://meet.google.com/ypa-hzwq-kcd\n\nPle
 ase do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250312T171502Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brandon / Alana - Kestrel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kestrel Cloud",
        role="",
        stage="final",
        interviewers="alana@kestrelcloud.dev",
        trap="terse-summary-names-only-final-hiring-manager-hops-off",
        hiring=False,
    ),
]
