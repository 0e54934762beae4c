# ruff: noqa: E501, W291, W293, RUF100
"""holdout255 part A: Gemma Pritchard's own interviews (dental groups, software, NHS trust, agencies)."""

from holdout255ev_zones import EUROPE_LONDON, GMT_STANDARD, UTC_DUBLIN_LONDON

FORMS = {
    "Brightwater Dental Group": "Brightwater|Brightwater Dental|BDG",
    "Toothline": "Toothline Software|Toothline Software Ltd",
    "Severn Vale University Hospitals NHS Foundation Trust": "Severn Vale|SVUH|Severn Vale University Hospitals|SVUHFT",
    "Dentalwise Group": "Dentalwise|Dentalwise Group plc",
    "Riverside Dental Cardiff": "Riverside Dental|Riverside Dental Pontcanna",
    "Clifton Smiles Dental": "Clifton Smiles|CSD",
    "Harbourside Dental Lounge": "Harbourside Dental|Harbourside",
    "Cotswold Dental Partners": "Cotswold Dental|CDP",
    "Crescent Dental Centres": "Crescent Dental|Crescent",
    "SmileCover Plans": "SmileCover|SmileCover Plans Ltd",
}

EVENTS = [
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000B0C6A3E47E8BDB01000000000000000010000000A61C0E4D2F3B8C49A35D8F1E2C7B6A90",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN="Hughes, Bethan":mailto:bethan.hughes@brightwaterdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gemma.prit
 chard@outlook.com:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Gemma\,\n\nThanks for applying for the Area 
 Manager (South West) vacancy with Brightwater Dental Group. As discussed o
 n LinkedIn\, I'd like to book in a 30 minute telephone screening call so 
 I can talk you through the role\, our 58 practices and the package\, and 
 hear a bit more about your practice management experience.\n\nI will call
  you on 07700 900418. If that number has changed please let me know.\n\nK
 ind regards\,\nBethan\n\nBethan Hughes | Talent Acquisition Partner\nBrigh
 twater Dental Group | Support Centre\, 610 Aztec West\, Almondsbury\, BS32
  4TQ\n\n
UID:040000008200E00074C5B7101A82E00800000000B0C6A3E47E8BDB01000000000000000010000000A61C0E4D2F3B8C49A35D8F1E2C7B6A90
SUMMARY;LANGUAGE=en-GB:Telephone screen - Area Manager (South West) - Gemm
 a Pritchard
DTSTART;TZID=GMT Standard Time:20250205T123000
DTEND;TZID=GMT Standard Time:20250205T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T094412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone - Bethan to call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123117043
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightwater Dental Group",
        role="Area Manager (South West)",
        stage="recruiter_screen",
        interviewers="bethan.hughes@brightwaterdental.co.uk",
        trap="exchange-2010-telephone-screen-folded-email",
        hiring=False,
    ),
    dict(
        kind="teams-invite-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000D4F1B6C27F8BDB01000000000000000010000000F1E3D2C5B4A79680716253A4B5C6D7E8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN="Hughes, Bethan":mailto:bethan.hughes@brightwaterdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ellison, Mark":mailto:mark.ellison@brightwaterdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carr, Fiona":mailto:fiona.carr@brightwaterdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gemma.prit
 chard@outlook.com:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:** Moved to Thursday 20th at 14:00 - apologies\, 
 Mark is now covering a CQC visit on the original date **\n\nDear Gemma\,\n
 \nFurther to your screening call I'm pleased to invite you to a competency
 -based interview for the Area Manager (South West) role with Mark Ellison (
 Regional Operations Manager) and Fiona Carr (HR Business Partner). It wil
 l last around 60 minutes and will cover leadership\, compliance (CQC/HTM 
 01-05)\, NHS contract performance (UDAs) and commercial awareness. Please
  use the STAR format.\n\nI won't be joining myself but please shout if yo
 u need anything.\n\nBethan\n\n_____________________________________________
 ___________________________________\nMicrosoft Teams meeting\nJoin on your
  computer\, mobile app or room device\nClick here to join the meeting<http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4NTk0ODMtYjQ1Ni00N2
 E3LWE4NGItMzY1ZTFhZDc2NDk2%40thread.v2/0?context=%7b%22Tid%22%3a%22b1e4c
 7a2-0d4f-4c8e-9a61-3f2d5e7c9b10%22%7d>\nMeeting ID: 384 771 502 613\nPass
 code: Qe7Vb2\nDownload Teams<https://www.microsoft.com/en-us/microsoft-tea
 ms/download-app> | Join on the web<https://www.microsoft.com/microsoft-tea
 ms/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting
  options<https://teams.microsoft.com/meetingOptions/>\n______________________
 __________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D4F1B6C27F8BDB01000000000000000010000000F1E3D2C5B4A79680716253A4B5C6D7E8
SUMMARY;LANGUAGE=en-GB:Updated: Brightwater Dental Group - Competency Inter
 view - Area Manager (South West)
DTSTART;TZID=GMT Standard Time:20250220T140000
DTEND;TZID=GMT Standard Time:20250220T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T161208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1830290417
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:bethan.hughes@brightwaterdental.
 co.uk\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjM4NTk0ODMtYjQ1
 Ni00N2E3LWE4NGItMzY1ZTFhZDc2NDk2-thread.v2!b1e4c7a20d4f4c8e9a613f2d5e7c9b10
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Microsoft Teams Meeting"\, "Locati
 onAnnotation" : ""\, "LocationUri" : ""\, "LocationStreet" : ""\, "Locatio
 nCity" : ""\, "LocationState" : ""\, "LocationCountry" : ""\, "LocationPos
 talCode" : ""\, "LocationFullAddress" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightwater Dental Group",
        role="Area Manager (South West)",
        stage="hiring_manager",
        interviewers="mark.ellison@brightwaterdental.co.uk;fiona.carr@brightwaterdental.co.uk",
        trap="rescheduled-sequence-2-coordinator-not-interviewer-cqc-word",
        hiring=False,
    ),
    dict(
        kind="outlook-final-room",
        uid="040000008200E00074C5B7101A82E0080000000071A0C3D5858BDB01000000000000000010000000C3B2A1F0E9D8C7B6A5948372615F4E3D",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Ashdown, Caroline";RSVP=TRUE:mailto:caroline.ashdown@brightwaterdental.co.uk
ATTENDEE;CN="Varma, Nikhil (Dr)";RSVP=TRUE:mailto:nikhil.varma@brightwaterdental.co.uk
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CUTYPE=ROOM;CN="SC Boardroom 2 (10)";RSVP=TRUE:mailto:sc-boardroom2@brightwaterdental.co.uk
CLASS:PUBLIC
CREATED:20250224T103355Z
DESCRIPTION:Gemma\,\n\nCongratulations on reaching the final stage for Area
  Manager (South West). You will meet Caroline Ashdown (Operations Director)
  and Dr Nikhil Varma (Clinical Director).\n\nPlease prepare a 15-minute pre
 sentation: 'Your first 90 days across 7 practices - priorities for patient
  access\, compliance and team retention'. Laptop and HDMI available; pleas
 e email slides to me by 9am on the day.\n\nParking: visitor bays 12-20. Si
 gn in at main reception and ask for me.\n\nBethan\n
DTEND;TZID="GMT Standard Time":20250306T113000
DTSTAMP:20250224T103355Z
DTSTART;TZID="GMT Standard Time":20250306T100000
LAST-MODIFIED:20250224T103355Z
LOCATION:SC Boardroom 2 (10)\, Brightwater Support Centre\, 610 Aztec West\, Almondsbury BS32 4TQ
ORGANIZER;CN="Hughes, Bethan":mailto:bethan.hughes@brightwaterdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Final Interview & Presentation - G. Pritchard - AM South West
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000071A0C3D5858BDB01000000000000000010000000C3B2A1F0E9D8C7B6A5948372615F4E3D
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Gemma\,</p><p>Congratulations on
  reaching the final stage for <b>Area Manager (South West)</b>. You will me
 et Caroline Ashdown (Operations Director) and Dr Nikhil Varma (Clinical Dir
 ector).</p><p>Please prepare a 15-minute presentation.</p><p>Bethan</p></b
 ody></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOSTARTCHECK:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT60M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightwater Dental Group",
        role="Area Manager (South West)",
        stage="final",
        interviewers="caroline.ashdown@brightwaterdental.co.uk;nikhil.varma@brightwaterdental.co.uk",
        trap="outlook-room-attendee-initial-only-subject",
        hiring=False,
    ),
    dict(
        kind="greenhouse-google-invite",
        uid="5k2q9r1v7m3t0b8c4d6e2f1a9g@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250211T100000Z
DTEND:20250211T103000Z
DTSTAMP:20250206T152204Z
ORGANIZER;CN=Toothline Recruiting:mailto:recruiting@toothline.io
UID:5k2q9r1v7m3t0b8c4d6e2f1a9g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya
  Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@toothline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
X-MICROSOFT-CDO-OWNERAPPTID:-1120874412
CREATED:20250206T152203Z
DESCRIPTION:Hi Gemma\,<br><br>Looking forward to speaking with you about th
 e <b>Customer Success Manager (Dental Practices)</b> role at Toothline! T
 his is a 30 minute introductory video call with Priya Natarajan\, Talent 
 Partner.<br><br>Zoom: https://toothline.zoom.us/j/86120457731?pwd=VmR3cXN
 wT2hQZ0dNa1BXeFhCZ2NvUT09<br>Meeting ID: 861 2045 7731<br>Passcode: 55203
 8<br><br>Interview scheduled via Greenhouse. Need to reschedule? Reply to
  this email.<br><br>Toothline - practice software that gives dental teams
  their evenings back.\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nPlease do not 
 edit this section of the description.\n\nView your event at https://calen
 dar.google.com/calendar/event?action=VIEW&eid=NWsycTlyMXY3bTN0MGI4YzRkNmUy
 ZjFhOWcgZ2VtbWEucHJpdGNoYXJkQG91dGxvb2suY29t&tok=MjIjcmVjcnVpdGluZ0B0b290
 aGxpbmUuaW8&ctz=Europe%2FLondon&hl=en_GB&es=1.\n-::~:~::~:~:~:~:~:~:~:~:~
 ::~:~::-
LAST-MODIFIED:20250206T152203Z
LOCATION:https://toothline.zoom.us/j/86120457731?pwd=VmR3cXNwT2hQZ0dNa1BXeF
 hCZ2NvUT09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gemma Pritchard <> Toothline: Intro call (Customer Success Manager\
 , Dental Practices)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Toothline",
        role="Customer Success Manager (Dental Practices)",
        stage="recruiter_screen",
        interviewers="priya.natarajan@toothline.io",
        trap="greenhouse-intro-call-wording-utc",
        hiring=False,
    ),
    dict(
        kind="google-meet-hiring-manager",
        uid="0r8s7t6u5v4w3x2y1z0a9b8c7d@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250219T163000
DTEND;TZID=Europe/London:20250219T171500
DTSTAMP:20250213T090107Z
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@toothline.io
UID:0r8s7t6u5v4w3x2y1z0a9b8c7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dan Wh
 itcombe;X-NUM-GUESTS=0:mailto:dan.whitcombe@toothline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya
  Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@toothline.io
X-GOOGLE-CONFERENCE:https://meet.google.com/tdh-qkzr-wpe
CREATED:20250213T090105Z
DESCRIPTION:Stage 2 - conversation with Dan Whitcombe\, Head of Customer Su
 ccess. Dan will want to hear how you've handled change in a practice (new 
 software rollouts\, Dentally/SOE migrations etc.) and how you'd onboard a 
 12-surgery group. No prep needed beyond that.\n\nPriya (optional attendee
 \, will only drop in for the last 5 mins)\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:
 ~::-\nJoin with Google Meet: https://meet.google.com/tdh-qkzr-wpe\nOr dial
 : (GB) +44 20 3957 1842 PIN: 418 227 905#\nMore phone numbers: https://tel
 .meet/tdh-qkzr-wpe?pin=4182279052913\n\nLearn more about Meet at: https://
 support.google.com/a/users/answer/9282720\n\nPlease do not edit this secti
 on.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: 
 https://calendar.google.com/calendar/\n\nYou are receiving this email beca
 use you are an attendee on the event. To stop receiving future updates for
  this event\, decline this event.\n\nForwarding this invitation could allo
 w any recipient to send a response to the organiser\, be added to the gues
 t list\, invite others regardless of their own invitation status or modify
  your RSVP. Learn more https://support.google.com/calendar/answer/37135#for
 warding
LAST-MODIFIED:20250213T090105Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Toothline | Gemma Pritchard / Dan Whitcombe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Toothline",
        role="",
        stage="hiring_manager",
        interviewers="dan.whitcombe@toothline.io",
        trap="google-invite-names-only-summary-optional-recruiter",
        hiring=False,
    ),
    dict(
        kind="google-final-case-study",
        uid="7hq2n4p6r8t0v1x3z5b7d9f1h3@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250304T130000
DTEND;TZID=Europe/London:20250304T150000
DTSTAMP:20250225T114530Z
ORGANIZER;CN=Toothline Recruiting:mailto:recruiting@toothline.io
UID:7hq2n4p6r8t0v1x3z5b7d9f1h3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dan Wh
 itcombe;X-NUM-GUESTS=0:mailto:dan.whitcombe@toothline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucy F
 enwick;X-NUM-GUESTS=0:mailto:lucy.fenwick@toothline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Sam O
 kafor;X-NUM-GUESTS=0:mailto:sam.okafor@toothline.io
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=TQ-2-Har
 bour (8);X-NUM-GUESTS=0:mailto:c_188a7f2b9e4d1c6f@resource.calendar.google
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
CREATED:20250225T114528Z
DESCRIPTION:Final stage (onsite) - Customer Success Manager\n\n13:00 Case s
 tudy presentation (30 min) - 'Bayside Dental Group\, 9 sites\, churn risk 
 after a bad migration. Build a 60-day recovery plan.' Brief attached to th
 e Greenhouse email.\n13:30 Panel: Dan Whitcombe (Head of CS)\, Lucy Fenwic
 k (VP Customer)\, Sam Okafor (Senior CSM)\n14:30 Coffee + office tour with
  the team\n\nAddress: Toothline\, 2nd floor\, Harbour House\, 11 Temple Ga
 te\, Bristol BS1 6PL. Ask for Recruiting at reception.\n\nInvitation from 
 Google Calendar: https://calendar.google.com/calendar/\n\nYou are receivin
 g this email because you are an attendee on the event.
LAST-MODIFIED:20250225T114528Z
LOCATION:TQ-2-Harbour (8)\, Harbour House\, 11 Temple Gate\, Bristol BS1 6P
 L
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final stage: Gemma Pritchard - case study & panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Toothline",
        role="Customer Success Manager",
        stage="final",
        interviewers="dan.whitcombe@toothline.io;lucy.fenwick@toothline.io;sam.okafor@toothline.io",
        trap="google-resource-attendee-case-study-company-only-in-text",
        hiring=False,
    ),
    dict(
        kind="trac-invite",
        uid="TRAC-INT-412-DEN-2291-77314@trac-recruit.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TRAC Recruitment//Interview Scheduler 4.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:TRAC-INT-412-DEN-2291-77314@trac-recruit.co.uk
DTSTAMP:20250303T081500Z
DTSTART:20250318T113000Z
DTEND:20250318T123000Z
SUMMARY:Interview: Dental Services Manager - 412-DEN-2291
LOCATION:Meeting Room 3\, Level 3 Dental Outpatients\, Severn Vale Hospita
 l\, Stoke Lane\, Bristol BS10 5QX
DESCRIPTION:Dear Gemma Pritchard\,\n\nFollowing shortlisting we are please
 d to invite you to attend an interview for the post of Dental Services Man
 ager\, Band 7\, Restorative & Special Care Dentistry\, Severn Vale Univers
 ity Hospitals NHS Foundation Trust.\n\nInterview panel:\nDr Helen Marsh - 
 Head of Dental Services\nGareth Bowen - Deputy General Manager\, Surgery D
 ivision\nKaren Doyle - HR Business Partner\n\nYou will be asked to give a 
 10 minute presentation on: 'How would you reduce did-not-attend rates in 
 a hospital dental clinic?'\n\nPlease bring: photo ID (passport or driving 
 licence)\, proof of address\, original qualification certificates and your
  GDC registration number. These will be checked on the day as part of pre-
 employment checks.\n\nPlease confirm your attendance via your TRAC account
 .\n\nRecruitment Team\nSevern Vale University Hospitals NHS Foundation Tru
 st\n\nThis is an automated message - please do not reply.
ORGANIZER;CN=Severn Vale UH Recruitment:mailto:noreply@trac-recruit.co.uk
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Interview reminder
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Severn Vale University Hospitals NHS Foundation Trust",
        role="Dental Services Manager",
        stage="onsite",
        interviewers="Helen Marsh;Gareth Bowen;Karen Doyle",
        trap="nhs-trac-publish-no-attendees-panel-names-shortlisting",
        hiring=False,
    ),
    dict(
        kind="iphone-hand-typed",
        uid="A3F9C1E2-7B4D-4E8A-9C61-2D5F0B8E7A14",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T184402Z
DTEND:20250318T111500
DTSTAMP:20250303T184417Z
DTSTART:20250318T101500
LAST-MODIFIED:20250303T184417Z
LOCATION:Severn Vale Hosp - Dental OPD lvl 3
SEQUENCE:0
SUMMARY:SVUH stakeholder panel (staff + patient reps) - then main intvw 11.30
DESCRIPTION:dental services mgr band 7. pres on DNAs on USB + email. bring passport\, GDC cert\, utility bill
TRANSP:OPAQUE
UID:A3F9C1E2-7B4D-4E8A-9C61-2D5F0B8E7A14
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:1B7D0E44-3A2C-4F11-8E6B-90C4A2D7F5E3
X-WR-ALARMUID:1B7D0E44-3A2C-4F11-8E6B-90C4A2D7F5E3
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Severn Vale University Hospitals NHS Foundation Trust",
        role="Dental Services Manager",
        stage="onsite",
        interviewers="",
        trap="hand-typed-acronym-stakeholder-panel-floating",
        hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INTV-30418-5521907@dentalwise-group.co.uk",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
UID:SF-INTV-30418-5521907@dentalwise-group.co.uk
DTSTAMP:20250226T140233Z
DTSTART;TZID="GMT Standard Time":20250312T093000
DTEND;TZID="GMT Standard Time":20250312T103000
SUMMARY:Interview Invitation: Area Manager - South West & Wales (Req 30418)
ORGANIZER;CN=Dentalwise Careers;SENT-BY="mailto:donotreply@sf-notify.dentalwise-group.co.uk":mailto:careers@dentalwise-group.co.uk
ATTENDEE;CN=Paul Stringer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paul.stringer@dentalwise-group.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Dear Gemma\,\n\nThank you for your application for Area Manage
 r - South West & Wales (Req 30418). You have been selected for a first int
 erview with Paul Stringer\, Regional Director.\n\nFormat: Microsoft Teams 
 video interview\, 60 minutes\, competency based (Dentalwise Values: Care\, 
 Integrity\, Growth).\nJoin: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_OTQ1ZmE0NjEtNTg0MS00ZjY5LWI3NDYtODcxYjAxMmE5ZTQx%40thread.v2/0\n\
 nTo view or change your interview slot please log in to the Dentalwise Ca
 reer Site.\n\nDentalwise Group Talent Acquisition\n
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Dentalwise Group",
        role="Area Manager - South West & Wales",
        stage="hiring_manager",
        interviewers="paul.stringer@dentalwise-group.co.uk",
        trap="successfactors-sent-by-careers-mailbox",
        hiring=False,
    ),
    dict(
        kind="assessment-centre-allday",
        uid="SF-AC-30418-5528810@dentalwise-group.co.uk",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
UID:SF-AC-30418-5528810@dentalwise-group.co.uk
DTSTAMP:20250318T101147Z
DTSTART;TZID="GMT Standard Time":20250327T093000
DTEND;TZID="GMT Standard Time":20250327T153000
SUMMARY:Assessment Centre - Area Manager (Req 30418)
ORGANIZER;CN=Dentalwise Careers;SENT-BY="mailto:donotreply@sf-notify.dentalwise-group.co.uk":mailto:careers@dentalwise-group.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Dear Gemma\,\n\nCongratulations - you have been invited to our
  Area Manager Assessment Centre at the Dentalwise Support Office\, 4 Brindl
 eyplace\, Birmingham B1 2JB.\n\nTimetable\n09:30 Welcome & coffee\n10:00 In
 -tray exercise (practice P&L\, UDA delivery\, complaints log)\n11:15 Role 
 play: underperforming practice manager\n12:30 Lunch with current Area Mana
 gers\n13:30 Group exercise\n14:30 Panel interview - Paul Stringer (Regiona
 l Director) and Joanne Pike (Head of Operations)\n\nTravel expenses (stand
 ard class rail from Bristol) will be reimbursed. Please bring photo ID.\n\
 nDentalwise Group Talent Acquisition\n
LOCATION:Dentalwise Support Office\, 4 Brindleyplace\, Birmingham B1 2JB
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Dentalwise Group",
        role="Area Manager",
        stage="onsite",
        interviewers="Paul Stringer;Joanne Pike",
        trap="assessment-centre-role-play-other-managers-at-lunch",
        hiring=False,
    ),
    dict(
        kind="gmail-owner-invite",
        uid="3b1c5d7e9f0a2b4c6d8e0f1a2b@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250224T191500
DTEND;TZID=Europe/London:20250224T200000
DTSTAMP:20250220T213344Z
ORGANIZER;CN=Owain ap Rhys:mailto:owain.aprhys@gmail.com
UID:3b1c5d7e9f0a2b4c6d8e0f1a2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owain 
 ap Rhys;X-NUM-GUESTS=0:mailto:owain.aprhys@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
CREATED:20250220T213341Z
DESCRIPTION:Hi Gemma - as mentioned\, evenings are easier for me as I'm in 
 surgery all day. Let's have a proper chat about the practice manager post 
 at Riverside - what you'd want to fix first\, how you'd handle the NHS/pri
 vate mix\, and whether the commute from Bristol works for you. I'll ring y
 ou on WhatsApp video.\n\nDiolch\, Owain\n\nOwain ap Rhys BDS\nPrincipal D
 entist\, Riverside Dental\, 112 Cathedral Road\, Pontcanna\, Cardiff CF11 
 9LP\n\nInvitation from Google Calendar: https://calendar.google.com/calend
 ar/\n\nYou are receiving this email because you are an attendee on the ev
 ent.
LAST-MODIFIED:20250220T213341Z
LOCATION:WhatsApp video
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gemma / Owain - chat re PM role
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Riverside Dental Cardiff",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="owain.aprhys@gmail.com",
        trap="owner-gmail-evening-chat-welsh-signoff",
        hiring=False,
    ),
    dict(
        kind="iphone-working-interview",
        uid="E0B4A9D2-5C3F-4A71-B8E6-1F2D7C9A0E53",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250225T072210Z
DTEND:20250307T170000
DTSTAMP:20250225T072315Z
DTSTART:20250307T083000
LAST-MODIFIED:20250225T072315Z
LOCATION:Riverside Dental\n112 Cathedral Rd\, Cardiff CF11 9LP
SEQUENCE:0
SUMMARY:Working interview - Riverside (Cardiff)
DESCRIPTION:Owain + Siân (head nurse). Shadow front desk AM\, practice syst
 ems PM (they're on R4/SOE). Bring DBS cert + GDC no. 7.02 train Temple Mea
 ds -> Cardiff Central. Book day off w/ Dr Shah!!
TRANSP:OPAQUE
UID:E0B4A9D2-5C3F-4A71-B8E6-1F2D7C9A0E53
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=112 Cathedral Rd\, Cardiff
  CF11 9LP;X-APPLE-RADIUS=70.6;X-TITLE=Riverside Dental:geo:51.486612,-3.194
 155
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT12H
UID:9E1A0C55-2B77-4D0A-A3F2-6C8B1D4E7F90
X-WR-ALARMUID:9E1A0C55-2B77-4D0A-A3F2-6C8B1D4E7F90
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Riverside Dental Cardiff",
        role="",
        stage="onsite",
        interviewers="Owain;Siân",
        trap="working-interview-floating-apple-boss-name-mentioned",
        hiring=False,
    ),
    dict(
        kind="internal-outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000005E2D8A0C9B8BDB01000000000000000010000000AA17C3F90B2E6D4489C0E5F71B3A2D6C",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN=practicemanager@cliftonsmilesdental.co.uk;RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN="Dunn, Claire (Westcountry HR)";RSVP=TRUE:mailto:claire.dunn@westcountryhr.co.uk
CLASS:PRIVATE
CREATED:20250306T171902Z
DESCRIPTION:Hi Gemma\,\n\nAs you know we've had three applications for the 
 new Group Practice Manager post (Clifton + the Keynsham site from June). A
 s the only internal applicant you'll go through exactly the same process a
 s external candidates - first interview with me and Claire from Westcountr
 y HR\, who is supporting us with the recruitment.\n\nPlease keep this conf
 idential from the team for now. I've blocked surgery 3 lunch on the rota s
 o no one wonders.\n\nAnjali\n
DTEND;TZID="GMT Standard Time":20250313T140000
DTSTAMP:20250306T171902Z
DTSTART;TZID="GMT Standard Time":20250313T130000
LAST-MODIFIED:20250306T171902Z
LOCATION:Upstairs office
ORGANIZER;CN="Shah, Anjali (Dr)":mailto:anjali.shah@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Group Practice Manager - interview (GP)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005E2D8A0C9B8BDB01000000000000000010000000AA17C3F90B2E6D4489C0E5F71B3A2D6C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOSTARTCHECK:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clifton Smiles Dental",
        role="Group Practice Manager",
        stage="hiring_manager",
        interviewers="anjali.shah@cliftonsmilesdental.co.uk;claire.dunn@westcountryhr.co.uk",
        trap="internal-application-work-address-own-boss-initials-gp",
        hiring=False,
    ),
    dict(
        kind="internal-stage2-outlook",
        uid="040000008200E00074C5B7101A82E00800000000C6F1E2A3B48BDB0100000000000000001000000077D2E1C0B9A8F7E6D5C4B3A291807F6E",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=practicemanager@cliftonsmilesdental.co.uk;RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN="Reid, Marcus (Dr)";RSVP=TRUE:mailto:marcus.reid@cliftonsmilesdental.co.uk
CLASS:PRIVATE
CREATED:20250317T080511Z
DESCRIPTION:Stage 2 for the Group PM post - 20 min presentation to the par
 tners ('Running two sites as one practice: rota\, compliance\, patient exp
 erience') then 40 mins Q&A with Marcus and me. Same for all shortlisted ca
 ndidates.\n\nA.
DTEND;TZID="W. Europe Standard Time":20250326T200000
DTSTAMP:20250317T080511Z
DTSTART;TZID="W. Europe Standard Time":20250326T190000
LAST-MODIFIED:20250317T080511Z
LOCATION:Partners' office
ORGANIZER;CN="Shah, Anjali (Dr)":mailto:anjali.shah@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Stage 2 - presentation to partners - Group PM
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C6F1E2A3B48BDB0100000000000000001000000077D2E1C0B9A8F7E6D5C4B3A291807F6E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clifton Smiles Dental",
        role="Group Practice Manager",
        stage="final",
        interviewers="anjali.shah@cliftonsmilesdental.co.uk;marcus.reid@cliftonsmilesdental.co.uk",
        trap="internal-stage2-windows-zone-without-vtimezone-wrong-zone-name",
        hiring=False,
    ),
    dict(
        kind="agency-outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A9E3F7D1C28BDB0100000000000000001000000031B0E9F8D7C6A5B4C3D2E1F0A9B8C7D6",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{UTC_DUBLIN_LONDON}BEGIN:VEVENT
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN=tom@harboursidedental.co.uk;RSVP=TRUE:mailto:tom@harboursidedental.co.uk
CLASS:PUBLIC
CREATED:20250210T142250Z
DESCRIPTION:Hi Gemma\,\n\nGreat news - Tom Radcliffe (Principal Dentist & O
 wner) would like to meet you for the Practice Manager role at my client Ha
 rbourside Dental Lounge\, Canon's Way. It's a 6-surgery private/Denplan pra
 ctice with a growing implant & Invisalign list.\n\nInterview will be with 
 Tom and takes about an hour. Salary band as discussed (£38-42k + bonus). 
 Do call me after for a debrief!\n\nLeanne Morgan\nSenior Consultant - Pract
 ice Management\nSmile Talent Recruitment | 0117 496 0732\n
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250217T173000
DTSTAMP:20250210T142250Z
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250217T163000
LAST-MODIFIED:20250210T142250Z
LOCATION:Harbourside Dental Lounge\, 3 Canon's Way\, Bristol BS1 5UH
ORGANIZER;CN="Morgan, Leanne":mailto:leanne.morgan@smiletalent.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview: Practice Manager - Harbourside Dental Lounge (client) - Gemma Pritchard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A9E3F7D1C28BDB0100000000000000001000000031B0E9F8D7C6A5B4C3D2E1F0A9B8C7D6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOSTARTCHECK:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbourside Dental Lounge",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="tom@harboursidedental.co.uk",
        trap="agency-organizer-client-employer-utc-label-zone",
        hiring=False,
    ),
    dict(
        kind="practice-google-trial-day",
        uid="1t2r3i4a5l6d7a8y9h0b1a2r3b@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250228T083000
DTEND;TZID=Europe/London:20250228T163000
DTSTAMP:20250219T104411Z
ORGANIZER;CN=Harbourside Dental Reception:mailto:reception@harboursidedent
 al.co.uk
UID:1t2r3i4a5l6d7a8y9h0b1a2r3b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Ra
 dcliffe;X-NUM-GUESTS=0:mailto:tom@harboursidedental.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gemma Pritchard;X-NUM-GUESTS=0:mailto:gemma.pritchard@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=le
 anne.morgan@smiletalent.co.uk;X-NUM-GUESTS=0:mailto:leanne.morgan@smiletal
 ent.co.uk
CREATED:20250219T104409Z
DESCRIPTION:Trial day for our Practice Manager vacancy. Gemma will spend t
 he morning with Tom and the afternoon with our treatment coordinator looki
 ng at the patient journey and our Software of Excellence reports. Lunch pr
 ovided. Paid at day rate via Smile Talent.\n\nInvitation from Google Calen
 dar: https://calendar.google.com/calendar/\n\nYou are receiving this email
  because you are an attendee on the event.
LAST-MODIFIED:20250219T104409Z
LOCATION:Harbourside Dental Lounge\, 3 Canon's Way\, Bristol BS1 5UH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial day - Gemma Pritchard (PM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbourside Dental Lounge",
        role="Practice Manager",
        stage="onsite",
        interviewers="tom@harboursidedental.co.uk",
        trap="trial-day-paid-via-agency-reception-organizer",
        hiring=False,
    ),
    dict(
        kind="agency-teams-invite",
        uid="040000008200E00074C5B7101A82E008000000003D9C1B7A548BDB01000000000000000010000000E5D4C3B2A1908F7E6D5C4B3A29180706",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Jonah Pike (Dental Search Associates)":mailto:jonah@dentalsearchassociates.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lyle, Harriet":mailto:harriet.lyle@cotswolddentalpartners.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gemma Pritchard:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Gemma / Harriet\,\n\nAs agreed\, introducing you
  both for an initial interview for the Area Manager (Gloucestershire & Wil
 tshire) position at Cotswold Dental Partners. Harriet is Operations Direct
 or and the role reports directly to her.\n\nGemma - CV and cover note alre
 ady with Harriet. I'll call you both afterwards.\n\nJonah\n\n______________
 __________________________________________________________________\nMicros
 oft Teams meeting\nJoin on your computer\, mobile app or room device\nClic
 k here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_YTc1ZDJjNGUtOGMxNi00YjA1LWFkZWQtOTg0NzQ1ZTg4YjRm%40thread.v2/0>\nM
 eeting ID: 317 552 880 194\nPasscode: 8vNt4k\n_____________________________
 ___________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003D9C1B7A548BDB01000000000000000010000000E5D4C3B2A1908F7E6D5C4B3A29180706
SUMMARY;LANGUAGE=en-GB:Gemma Pritchard / Harriet Lyle - CDP Area Manager
DTSTART:20250410T080000Z
DTEND:20250410T090000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T130020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cotswold Dental Partners",
        role="Area Manager (Gloucestershire & Wiltshire)",
        stage="hiring_manager",
        interviewers="harriet.lyle@cotswolddentalpartners.co.uk",
        trap="agency-introduction-acronym-summary-utc-bst",
        hiring=False,
    ),
    dict(
        kind="workday-phone-screen",
        uid="WD-JR-004512-INT-1-88214@myworkday.crescentdental.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-JR-004512-INT-1-88214@myworkday.crescentdental.co.uk
DTSTAMP:20250320T091503Z
DTSTART:20250325T120000Z
DTEND:20250325T122500Z
SUMMARY:Phone Screen: Practice Manager - Bath\, Crescent (JR-004512)
ORGANIZER;CN=Crescent Dental Centres Recruiting:mailto:crescentdental@myworkday.crescentdental.co.uk
ATTENDEE;CN=Ollie Grant;ROLE=REQ-PARTICIPANT:mailto:ollie.grant@crescentdental.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Candidate: Gemma Pritchard\nJob Requisition: JR-004512 Practic
 e Manager - Bath\, Crescent (Open)\nInterview Type: Phone Screen\nInterview
 er(s): Ollie Grant (Recruitment Business Partner)\nLocation: Phone - the i
 nterviewer will call the candidate on the number in the application.\n\nTh
 is interview was scheduled in Workday. Please do not reply to this messag
 e.
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Crescent Dental Centres",
        role="Practice Manager - Bath, Crescent",
        stage="recruiter_screen",
        interviewers="ollie.grant@crescentdental.co.uk",
        trap="workday-candidate-field-labels-location-in-role",
        hiring=False,
    ),
    dict(
        kind="workday-panel",
        uid="WD-JR-004512-INT-2-88771@myworkday.crescentdental.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-JR-004512-INT-2-88771@myworkday.crescentdental.co.uk
DTSTAMP:20250327T155011Z
DTSTART:20250403T090000Z
DTEND:20250403T100000Z
SUMMARY:Interview: Practice Manager - Bath\, Crescent (JR-004512) - Panel
ORGANIZER;CN=Crescent Dental Centres Recruiting:mailto:crescentdental@myworkday.crescentdental.co.uk
ATTENDEE;CN=Rebecca Shaw;ROLE=REQ-PARTICIPANT:mailto:rebecca.shaw@crescentdental.co.uk
ATTENDEE;CN=Ian Ko;ROLE=REQ-PARTICIPANT:mailto:ian.ko@crescentdental.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Candidate: Gemma Pritchard\nJob Requisition: JR-004512 Practic
 e Manager - Bath\, Crescent (Open)\nInterview Type: Panel Interview (in pe
 rson)\nInterviewer(s): Rebecca Shaw (Area Manager)\; Dr Ian Ko (Clinical 
 Lead)\nLocation: Crescent Dental Centre Bath\, 14 Gay Street\, Bath BA1 2P
 H\nNotes: 45 min competency interview + 15 min practice walk-round.\n\nThis
  interview was scheduled in Workday. Please do not reply to this message.
LOCATION:Crescent Dental Centre Bath\, 14 Gay Street\, Bath BA1 2PH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Crescent Dental Centres",
        role="Practice Manager - Bath, Crescent",
        stage="onsite",
        interviewers="rebecca.shaw@crescentdental.co.uk;ian.ko@crescentdental.co.uk",
        trap="workday-panel-bst-utc-clinical-lead",
        hiring=False,
    ),
    dict(
        kind="ms-bookings-screen",
        uid="6f3a9d2e-1b7c-4e58-a0d4-7c2b9e1f3a85",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN=SmileCover Talent:mailto:SmileCoverTalent@smilecover.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gemma Prit
 chard:mailto:gemma.pritchard@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Nadia Osei:m
 ailto:nadia.osei@smilecover.co.uk
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed.\n\nService: Screening
  call - Practice Development Consultant (South West)\nStaff: Nadia Osei\nD
 uration: 30 minutes\n\nNadia will call you on: 07700 900418\n\nTo cancel o
 r reschedule\, use the link in your confirmation email.\n\nSmileCover Plan
 s Ltd - dental payment plans for independent practices\n\nPowered by Micr
 osoft Bookings\n
UID:6f3a9d2e-1b7c-4e58-a0d4-7c2b9e1f3a85
SUMMARY;LANGUAGE=en-GB:Screening call - Practice Development Consultant (So
 uth West)
DTSTART;TZID=GMT Standard Time:20250407T150000
DTEND;TZID=GMT Standard Time:20250407T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T200714Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SmileCover Plans",
        role="Practice Development Consultant (South West)",
        stage="recruiter_screen",
        interviewers="nadia.osei@smilecover.co.uk",
        trap="ms-bookings-service-label-shared-mailbox-organizer",
        hiring=False,
    ),
]
