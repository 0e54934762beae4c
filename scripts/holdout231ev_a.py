"""holdout231 events, part A: MBDA, Rolls-Royce, Airbus, the cleared-engineer agency and Leonardo."""

from holdout231ev_tz import GMT_STD, LONDON_G

EVENTS = [
    {
        "kind": "phone-note", "uid": "8C1D2E4F-0A77-4B5E-9E1A-3F6B2D90C411", "iv": 0, "company": "", "role": "",
        "stage": "", "who": [], "trap": "agency-call-unnamed-defence-prime", "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250331T183302Z
DTSTAMP:20250331T183310Z
DTSTART:20250401T121500
DTEND:20250401T124500
LAST-MODIFIED:20250331T183310Z
SEQUENCE:0
SUMMARY:call Dean - Clearview (cleared eng recruiter)
DESCRIPTION:he rang from 01179 496 0321. "tier one defence prime in the S
 outh West"\, won't say who till I give RTR. principal avionics\, SC neede
 d\, eDV nice to have. ask: site\, hybrid?\, salary band\, is it Yeovil??
UID:8C1D2E4F-0A77-4B5E-9E1A-3F6B2D90C411
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-call", "uid": "3u9kq1t0dl8e2mpnb6o5sfr7vc@google.com", "iv": 1, "company": "Leonardo",
        "role": "Lead Avionics Systems Engineer", "stage": "recruiter_screen",
        "who": ["dean.marsh@clearview-technical.co.uk"], "trap": "agency-screen-client-named-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T163000Z
DTEND:20250407T171500Z
DTSTAMP:20250403T091124Z
ORGANIZER;CN=Dean Marsh:mailto:dean.marsh@clearview-technical.co.uk
UID:3u9kq1t0dl8e2mpnb6o5sfr7vc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dean Marsh;X-NUM-GUESTS=0:mailto:dean.marsh@clearview-technical.co.uk
CREATED:20250403T091122Z
DESCRIPTION:Hi Rebecca\,<br><br>Thanks for the RTR - as promised\, the cli
 ent is <b>Leonardo</b> (Yeovil site\, Helicopters division). Role is <b>Le
 ad Avionics Systems Engineer</b>\, mission systems integration on the AW14
 9/AW101 upgrade work\, DAL B/C\, ARP4754A/DO-178C.<br><br>Before I put you
  forward I'd like 45 mins to go through your experience properly - the sa
 me competency areas their panel uses (requirements\, V&amp\;V\, stakeholde
 r management\, leading a team)\, your current SC and how you'd feel about
  DV\, notice period and salary. Treat it as the first stage - I send my no
 tes to the hiring manager with your CV.<br><br>I'll call your mobile.<br><
 br>Dean Marsh<br>Principal Consultant - Defence &amp\; Security<br>Clearvi
 ew Technical Recruitment | cleared engineers since 2009<br>0117 496 0321
LAST-MODIFIED:20250403T091124Z
LOCATION:Phone - Dean to call 07700 900417
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rebecca Howell / Clearview - Leonardo Yeovil\, Lead Avionics Syste
 ms Engineer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "avature-invite", "uid": "AVT-LDO-INT-23871-55012@leonardo.avature.net", "iv": 1,
        "company": "Leonardo", "role": "Lead Avionics Systems Engineer", "stage": "technical",
        "who": ["Mark Penhaligon", "Ffion Rees"], "trap": "avature-teams-competency-technical",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:AVT-LDO-INT-23871-55012@leonardo.avature.net
DTSTAMP:20250414T130502Z
SEQUENCE:0
DTSTART:20250429T090000Z
DTEND:20250429T103000Z
SUMMARY:Interview Invitation - Lead Avionics Systems Engineer (Req 23871)
LOCATION:Microsoft Teams
ORGANIZER;CN="Leonardo UK Careers":mailto:ukcareers@leonardo.avature.net
ATTENDEE;CN="Rebecca Howell";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:rebecca.howell.eng@outlook.com
DESCRIPTION:Dear Rebecca\,\n\nThank you for your interest in Leonardo UK.
  We are pleased to invite you to the next stage of the selection process f
 or the role of Lead Avionics Systems Engineer (Yeovil).\n\nFormat: 90 minu
 tes\, Microsoft Teams. The interview will cover competency-based question
 s (please use the STAR format) and a technical discussion of your systems
  engineering experience.\n\nYour interviewers:\nMark Penhaligon - Head of
  Avionics Systems\, Yeovil\nFfion Rees - Senior Systems Engineer\n\nPleas
 e have your passport to hand: as this role requires Security Clearance we
  will confirm nationality and residency at interview.\n\nJoin: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_NGI1ZTQ5MjMtY2E1Ny00ZGE0@thr
 ead.v2/0\nMeeting ID: 381 552 017 984  Passcode: 7TfQ2k\n\nKind regards\,
 \nLeonardo UK Talent Acquisition\nThis is an automated message - please d
 o not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-screen", "uid": "WD-INT-0d3f27c1a9e84b5fa1f6c2e7b0d44e19@myworkday.com", "iv": 1,
        "company": "MBDA", "role": "Principal Systems Engineer - Avionics Integration", "stage": "recruiter_screen",
        "who": ["hannah.pryce@mbda.co.uk"], "trap": "workday-phone-screen-defence-prime",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-0d3f27c1a9e84b5fa1f6c2e7b0d44e19@myworkday.com
DTSTAMP:20250402T084411Z
DTSTART:20250408T113000Z
DTEND:20250408T120000Z
SUMMARY:Phone Screen: Principal Systems Engineer - Avionics Integration (R
 24-0617)
ORGANIZER;CN=MBDA Careers:mailto:mbda@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah Pryce:mailto:han
 nah.pryce@mbda.co.uk
LOCATION:Telephone
DESCRIPTION:Candidate: Rebecca Howell\nJob Requisition: R24-0617 Principal
  Systems Engineer - Avionics Integration (Filton)\nInterview Type: Phone S
 creen\nInterviewer: Hannah Pryce\, Talent Acquisition Partner\n\nHannah w
 ill call you on the number in your candidate profile. The call lasts appr
 oximately 30 minutes and covers your background\, eligibility for UK secu
 rity clearance\, location and salary expectations.\n\nTo view or change t
 his interview go to Candidate Home.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": ("040000008200E00074C5B7101A82E0080000000060B2F1D4C3A4DB010000000000000000"
                "10000000A7F3C9E2B15D4841B7E0F4A1C9D3E6B2"),
        "iv": 1, "company": "MBDA", "role": "Principal Systems Engineer (Avionics Integration)",
        "stage": "hiring_manager", "who": ["gareth.lloyd@mbda.co.uk", "samira.ahmed@mbda.co.uk"],
        "trap": "outlook-sent-by-pa-competency-interview",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Lloyd, Gareth";SENT-BY="mailto:bethan.morris@mbda.co.uk":mai
 lto:gareth.lloyd@mbda.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ahmed, S
 amira":mailto:samira.ahmed@mbda.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Rebecca\,\n\nGareth has asked me to set up y
 our competency interview for the Principal Systems Engineer (Avionics Int
 egration) role. Gareth (Head of Avionics Integration) will be joined by S
 amira Ahmed (Engineering Lead\, Seeker Systems).\n\nPlease allow 90 minut
 es. There is no presentation at this stage.\n\nMany thanks\,\nBethan Morr
 is\nPA to Gareth Lloyd\n\n____________________________________________\nM
 icrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\nJo
 in the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _ZDk4MzE3YjAtNGM2Ni00@thread.v2/0?context=%7b%22Tid%22%3a%22c1b7%22%7d>\n
 Meeting ID: 352 907 611 208\nPasscode: bR9nW3\n____________________________
 ________________\nFor organisers: Meeting options\n\nUK RESTRICTED materi
 al must not be discussed on this call.\n
UID:040000008200E00074C5B7101A82E0080000000060B2F1D4C3A4DB01000000000000000
 010000000A7F3C9E2B15D4841B7E0F4A1C9D3E6B2
SUMMARY;LANGUAGE=en-GB:Competency Interview - Principal Systems Engineer (
 Avionics Integration) - R Howell
DTSTART;TZID=GMT Standard Time:20250424T140000
DTEND;TZID=GMT Standard Time:20250424T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T101733Z
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
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting"\,"Locatio
 nAnnotation":""\,"LocationSource":0\,"Unresolved":true}]
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-final", "uid": "WD-INT-6b1e90aa2c7f4d3e8f05b9c1d2a37e44@myworkday.com", "iv": 1,
        "company": "MBDA", "role": "Principal Systems Engineer - Avionics Integration", "stage": "final",
        "who": ["Gareth Lloyd", "Dr Priya Nair"], "trap": "technical-presentation-and-panel-list-x-site",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
UID:WD-INT-6b1e90aa2c7f4d3e8f05b9c1d2a37e44@myworkday.com
DTSTAMP:20250501T154020Z
DTSTART;TZID=Europe/London:20250515T093000
DTEND;TZID=Europe/London:20250515T120000
SUMMARY:Final Stage: Technical Presentation and Panel - Principal Systems
  Engineer - Avionics Integration (R24-0617)
ORGANIZER;CN=MBDA Careers:mailto:mbda@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
LOCATION:MBDA UK\, Filton site - Main Reception\, Bristol
DESCRIPTION:Candidate: Rebecca Howell\nInterview Type: Final Stage (On Sit
 e)\n\n09:30 Arrival and security check-in\n09:45 Technical presentation (
 20 min + 10 min questions): "A system you took from PDR to CDR - the arch
 itecture decisions\, the safety case (ARP4761/FHA\, DAL allocation) and w
 hat you would do differently"\n10:30 Panel interview\n\nPanel: Gareth Llo
 yd (Head of Avionics Integration) and Dr Priya Nair (Chief Engineer\, Sys
 tems). Hannah Pryce (Talent Acquisition) will meet you at reception.\n\nT
 his is a List X site. Bring your passport or photo driving licence. Lapto
 ps and USB sticks cannot be taken past reception - please email your sli
 des (PDF\, max 10 slides\, no company-sensitive content) to Hannah by 1
 2 May.\n\nTo view or change this interview go to Candidate Home.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
