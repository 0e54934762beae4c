# ruff: noqa: E501, W291, W293, RUF100
"""holdout255 part C: the rest of Gemma Pritchard's own interviews (NHS, Wales, groups, startups, cancellations)."""

from holdout255ev_zones import EUROPE_LONDON, GMT_STANDARD

FORMS = {
    "Avon Community Dental CIC": "Avon Community Dental|ACD CIC",
    "Smilestone Dental Group": "Smilestone|Smilestone Dental",
    "Redland Dental & Implant Centre": "Redland Dental|Redland Dental and Implant Centre",
    "Whiteladies Orthodontic Practice": "Whiteladies Orthodontics|Whiteladies Ortho",
    "Clevedon Pier Dental": "Clevedon Dental|Clevedon Pier",
    "Mouthpiece Health": "Mouthpiece",
    "Somerset Smile Studio": "Somerset Smile|SSS",
    "Vale Dental Care": "Vale Dental",
    "Henleaze Dental Practice": "Henleaze Dental",
    "Mendip Dental Group": "Mendip Dental|MDG",
    "Sapphire Dental & Aesthetics": "Sapphire Dental|Sapphire",
    "Wessex Coast Community Health NHS Trust": "Wessex Coast|Wessex Coast Community Health|WCCH",
    "Bro Hafren University Health Board": "Bro Hafren|Bro Hafren UHB|Bwrdd Iechyd Prifysgol Bro Hafren",
}

EVENTS = [
    dict(
        kind="outlook-final-spanish-group",
        uid="040000008200E00074C5B7101A82E0080000000044A3B2C1D08BDB01000000000000000010000000CAFEBABE0123456789ABCDEF01234567",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Ruiz Navarro, Javier";RSVP=TRUE:mailto:javier.ruiz@gruposonrisa.es
ATTENDEE;CN="Pike, Andrew";RSVP=TRUE:mailto:andrew.pike@sonrisadental.co.uk
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Bristol Office - Meeting Room 1":mailto:bri-mr1@sonrisadental.co.uk
CLASS:PUBLIC
CREATED:20250506T131500Z
DESCRIPTION:Dear Gemma\,\n\nThank you for your time with Lucía. We'd like t
 o invite you to a final interview for Area Manager UK with Javier Ruiz Nav
 arro (Director de Operaciones\, Reino Unido - flying in from Madrid) and An
 drew Pike (Managing Director\, Sonrisa Dental UK). You will be responsible
  for our 6 acquired practices in Bristol\, Newport and Cardiff.\n\nPlease 
 bring a one-page integration plan for a newly acquired NHS practice.\n\nKin
 d regards\,\nSonrisa Dental UK Ltd\, Floor 4\, 1 Victoria Street\, Bristol B
 S1 6AA\n
DTEND;TZID="GMT Standard Time":20250520T153000
DTSTAMP:20250506T131500Z
DTSTART;TZID="GMT Standard Time":20250520T140000
LAST-MODIFIED:20250506T131500Z
LOCATION:Bristol Office - Meeting Room 1
ORGANIZER;CN="Sonrisa Dental UK - People";SENT-BY="mailto:andrew.pike@sonrisadental.co.uk":mailto:people@sonrisadental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Final interview - Area Manager UK - Gemma Pritchard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000044A3B2C1D08BDB01000000000000000010000000CAFEBABE0123456789ABCDEF01234567
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Gemma\,</p><p>We'd like to
  invite you to a <b>final interview</b> for Area Manager UK.</p></body></ht
 ml>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sonrisa Dental Group",
        role="Area Manager UK",
        stage="final",
        interviewers="javier.ruiz@gruposonrisa.es;andrew.pike@sonrisadental.co.uk",
        trap="uk-subsidiary-domain-differs-from-parent-resource-room",
        hiring=False,
    ),
    dict(
        kind="nhs-jobs-teams-panel",
        uid="NHSJ-INT-C9182-B7-20250408-1130@jobs-nhs-portal.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NHS Jobs//Interview Invitation//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:NHSJ-INT-C9182-B7-20250408-1130@jobs-nhs-portal.co.uk
DTSTAMP:20250328T110000Z
DTSTART:20250408T103000Z
DTEND:20250408T113000Z
SUMMARY:Interview for Community Dental Services Practice Manager (C9182-B7)
DESCRIPTION:Avon Community Dental CIC has invited you to an interview.\n\n
 Job: Community Dental Services Practice Manager\nReference: C9182-B7\nBand
 : Agenda for Change Band 6 equivalent\nInterview type: Video call (Microso
 ft Teams - link will be emailed the day before)\n\nYour interview panel: D
 r Adaeze Nwosu (Clinical Director)\, Phil Sampson (Service Lead)\n\nIf you
  need reasonable adjustments\, contact the recruitment team.\n\nYou've bee
 n sent this because you applied on NHS Jobs.
LOCATION:Video call
ORGANIZER;CN=NHS Jobs:mailto:no-reply@jobs-nhs-portal.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Avon Community Dental CIC",
        role="Community Dental Services Practice Manager",
        stage="hiring_manager",
        interviewers="Adaeze Nwosu;Phil Sampson",
        trap="nhs-jobs-portal-organizer-employer-in-body",
        hiring=False,
    ),
    dict(
        kind="eploy-two-day-assessment",
        uid="eploy-interview-77120-gpritchard@smilestonedental.co.uk",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment Software//EN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
UID:eploy-interview-77120-gpritchard@smilestonedental.co.uk
DTSTAMP:20250502T090500Z
DTSTART;TZID=Europe/London:20250514T090000
DTEND;TZID=Europe/London:20250514T170000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Smilestone Area Manager Assessment (2 days) - Gemma Pritchard
ORGANIZER;CN=Smilestone Recruitment:mailto:recruitment@smilestonedental.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN=Rosa Delaney;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rosa.delaney@smilestonedental.co.uk
DESCRIPTION:Day 1: visit to two Smilestone practices in Taunton and Bridgw
 ater - you'll be asked to complete a practice audit (compliance\, patient
  journey\, team) and present your findings.\nDay 2: presentation of audit 
 findings + competency interview with Rosa Delaney (Regional Director). Ho
 tel in Taunton booked for you.\n\nSent via Eploy on behalf of Smilestone D
 ental Group.
LOCATION:Smilestone Taunton\, 8 Hammet St\, Taunton TA1 1RZ
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:eploy-interview-77120-gpritchard@smilestonedental.co.uk
RECURRENCE-ID;TZID=Europe/London:20250515T090000
DTSTAMP:20250502T090500Z
DTSTART;TZID=Europe/London:20250515T093000
DTEND;TZID=Europe/London:20250515T130000
SUMMARY:Smilestone Area Manager Assessment (day 2: presentation + interview)
ORGANIZER;CN=Smilestone Recruitment:mailto:recruitment@smilestonedental.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN=Rosa Delaney;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rosa.delaney@smilestonedental.co.uk
LOCATION:Smilestone Taunton\, 8 Hammet St\, Taunton TA1 1RZ
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Smilestone Dental Group",
        role="Area Manager",
        stage="onsite",
        interviewers="rosa.delaney@smilestonedental.co.uk",
        trap="local-ats-two-day-rrule-recurrence-id-practice-audit",
        hiring=False,
    ),
    dict(
        kind="teams-final-ceo",
        uid="040000008200E00074C5B7101A82E0080000000091B8C7D6E58BDB01000000000000000010000000F00DF00DF00DF00D1234123412341234",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Delaney, Rosa":mailto:rosa.delaney@smilestonedental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Quinn, Martin":mailto:martin.quinn@smilestonedental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gemma Pritchard:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Gemma - final step\, 45 mins with Martin Quinn (
 CEO). Informal but he will ask about the audit you did in Taunton. I'll jo
 in for the first 5 minutes to introduce you. Rosa\n\n_____________________
 ___________________________________________________________\nMicrosoft Tea
 ms meeting\nJoin on your computer\, mobile app or room device\nClick here 
 to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _N2I1ZTRkYzUtZmE1Ni00MmEwLThmNjYtYjk0YTNmYzA1MmYx%40thread.v2/0>\nMeeting
  ID: 318 906 112 447\nPasscode: 4Tz9Xa\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000091B8C7D6E58BDB01000000000000000010000000F00DF00DF00DF00D1234123412341234
SUMMARY;LANGUAGE=en-GB:Gemma Pritchard / Martin Quinn (final)
DTSTART;TZID=GMT Standard Time:20250522T080000
DTEND;TZID=GMT Standard Time:20250522T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T170312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Smilestone Dental Group",
        role="",
        stage="final",
        interviewers="martin.quinn@smilestonedental.co.uk",
        trap="windows-zone-without-vtimezone-informal-ceo-organizer-intro-only",
        hiring=False,
    ),
    dict(
        kind="indeed-interview",
        uid="indeed-iv-5c1f8a2b7e9d4036@indeed-interviews.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-iv-5c1f8a2b7e9d4036@indeed-interviews.co.uk
DTSTAMP:20250129T114402Z
DTSTART:20250204T131500Z
DTEND:20250204T134500Z
SUMMARY:Interview with Redland Dental & Implant Centre
ORGANIZER;CN=Indeed Interview:mailto:invites@indeed-interviews.co.uk
ATTENDEE;CN=Helen Crossley;ROLE=REQ-PARTICIPANT:mailto:helen@redlanddental.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Your video interview for Practice Manager with Redland Dental 
 & Implant Centre is confirmed.\n\nInterviewer: Helen Crossley\n\nJoin fro
 m your computer or phone - no download needed:\nhttps://interview.indeed-
 interviews.co.uk/join/5c1f8a2b7e9d4036\n\nTip: join a few minutes early to 
 test your camera and microphone.\n\nBest of luck!\nIndeed
LOCATION:Indeed video interview
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Redland Dental & Implant Centre",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="helen@redlanddental.co.uk",
        trap="job-board-interview-tool-organizer-ampersand-company",
        hiring=False,
    ),
    dict(
        kind="outlook-html-panel",
        uid="040000008200E00074C5B7101A82E0080000000066F5E4D3C28BDB0100000000000000001000000013572468ACE0BDF113572468ACE0BDF1",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Whitlock, Fern";RSVP=TRUE:mailto:fern.whitlock@whiteladiesortho.co.uk
ATTENDEE;CN="Sandhu, Gurpreet (Dr)";RSVP=TRUE:mailto:g.sandhu@whiteladiesortho.co.uk
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
CLASS:PUBLIC
CREATED:20250602T081200Z
DESCRIPTION:Interview - Treatment Coordinator / Practice Manager (hybrid r
 ole)\nPanel: Fern Whitlock (Operations) & Dr Gurpreet Sandhu (Specialist O
 rthodontist)\nPlease arrive 10 mins early.\n
DTEND;TZID="GMT Standard Time":20250610T171500
DTSTAMP:20250602T081200Z
DTSTART;TZID="GMT Standard Time":20250610T163000
LAST-MODIFIED:20250602T081200Z
LOCATION:Whiteladies Orthodontic Practice\, 88 Whiteladies Rd\, Bristol BS8 2QN
ORGANIZER;CN="Whitlock, Fern":mailto:fern.whitlock@whiteladiesortho.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - TC/PM - G Pritchard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000066F5E4D3C28BDB0100000000000000001000000013572468ACE0BDF113572468ACE0BDF1
X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E
 N"><HTML><HEAD><META NAME="Generator" CONTENT="MS Exchange Server version 
 16.0.18025.20000"><TITLE></TITLE></HEAD><BODY><P><FONT FACE="Calibri">Int
 erview - Treatment Coordinator / Practice Manager (hybrid role)<BR>Panel: 
 Fern Whitlock (Operations) &amp\; Dr Gurpreet Sandhu (Specialist Orthodont
 ist)</FONT></P></BODY></HTML>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Whiteladies Orthodontic Practice",
        role="Treatment Coordinator / Practice Manager",
        stage="",
        interviewers="fern.whitlock@whiteladiesortho.co.uk;g.sandhu@whiteladiesortho.co.uk",
        trap="x-alt-desc-html-acronym-role-treatment-coordinator-word",
        hiring=False,
    ),
    dict(
        kind="google-rescheduled",
        uid="cl3v3d0np1e2r3d4e5n6t7a8l9@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250403T124500
DTEND;TZID=Europe/London:20250403T133000
DTSTAMP:20250328T090215Z
ORGANIZER;CN=Nick Chadwick:mailto:nick@clevedonpierdental.co.uk
UID:cl3v3d0np1e2r3d4e5n6t7a8l9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nick C
 hadwick;X-NUM-GUESTS=0:mailto:nick@clevedonpierdental.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
CREATED:20250321T161044Z
DESCRIPTION:Sorry Gemma - emergency patient booked into my lunch on Tuesda
 y so I've moved us to Thursday\, same time. Still happy to talk through th
 e practice manager role and show you round.\nNick (Principal)\n\nInvitation
  from Google Calendar: https://calendar.google.com/calendar/\n\nYou are re
 ceiving this email because you are an attendee on the event.
LAST-MODIFIED:20250328T090213Z
LOCATION:Clevedon Pier Dental\, 14 The Beach\, Clevedon BS21 7QU
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Gemma Pritchard - PM interview (moved)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clevedon Pier Dental",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="nick@clevedonpierdental.co.uk",
        trap="google-rescheduled-sequence-1-emergency-patient-words",
        hiring=False,
    ),
    dict(
        kind="teamtailor-screen",
        uid="tt-meeting-8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d@teamtailor-mail.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d@teamtailor-mail.co.uk
DTSTAMP:20250512T140000Z
DTSTART:20250516T083000Z
DTEND:20250516T090000Z
SUMMARY:Mouthpiece Health x Gemma Pritchard - first chat
ORGANIZER;CN=Isla Morton (via Teamtailor):mailto:isla@mouthpiece.health
ATTENDEE;CN=Isla Morton;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:isla@mouthpiece.health
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Hi Gemma!\n\nLooking forward to our first chat about the Custo
 mer Success Lead (Dental) role. I'm Isla\, I look after People at Mouthpie
 ce - we build two-way patient messaging for dental practices (reminders\, 
 recalls\, reviews).\n\nVideo link: https://meet.google.com/qws-ojtr-hma\n\n
 Booked through Teamtailor. Need to change the time? https://mouthpiece.tea
 mtailor-mail.co.uk/meetings/8a7b6c5d\n
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mouthpiece Health",
        role="Customer Success Lead (Dental)",
        stage="recruiter_screen",
        interviewers="isla@mouthpiece.health",
        trap="first-chat-wording-people-lead-startup-tld",
        hiring=False,
    ),
    dict(
        kind="gmail-founder-invite",
        uid="m0u1t2h3p4i5e6c7e8f9o0u1n2@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250523T160000Z
DTEND:20250523T164500Z
DTSTAMP:20250519T222210Z
ORGANIZER;CN=Freddie Osei-Bonsu:mailto:freddie.oseibonsu@gmail.com
UID:m0u1t2h3p4i5e6c7e8f9o0u1n2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Freddi
 e Osei-Bonsu;X-NUM-GUESTS=0:mailto:freddie.oseibonsu@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/fdu-ewnk-zzq
CREATED:20250519T222208Z
DESCRIPTION:Hey Gemma - Isla passed on great notes. Sending from my person
 al account as my work calendar is a mess this week. I'd love 45 mins to g
 o deeper: how practices actually use (and ignore) recall messaging\, and w
 hat you'd want to own as our first Customer Success Lead.\n\nFreddie\nCo-f
 ounder & CEO\, Mouthpiece Health\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin
  with Google Meet: https://meet.google.com/fdu-ewnk-zzq\n-::~:~::~:~:~:~:~
 :~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://calendar.goog
 le.com/calendar/
LAST-MODIFIED:20250519T222208Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Freddie <> Gemma
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mouthpiece Health",
        role="Customer Success Lead",
        stage="hiring_manager",
        interviewers="freddie.oseibonsu@gmail.com",
        trap="founder-gmail-names-only-summary-company-in-signature",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="7c1e3a59b2d84f06a8e4c2b1d0f9e8a7@webex.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1e3a59b2d84f06a8e4c2b1d0f9e8a7@webex.com
DTSTAMP:20250423T101010Z
DTSTART:20250429T170000Z
DTEND:20250429T174500Z
SUMMARY:Interview: Practice Manager - Somerset Smile Studio
ORGANIZER;CN=Hannah Kirby:mailto:hannah.kirby@somersetsmilestudio.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN=Hannah Kirby;ROLE=CHAIR:mailto:hannah.kirby@somersetsmilestudio.co.uk
DESCRIPTION:Hannah Kirby invites you to join this Webex meeting.\n\nInterv
 iew: Practice Manager - Somerset Smile Studio\nTuesday\, 29 April 2025\n18
 :00 | (UTC+01:00) Dublin\, Edinburgh\, Lisbon\, London | 45 mins\n\nJoin m
 eeting: https://somersetsmile.webex.com/somersetsmile/j.php?MTID=m3b8f2e1d
 9c7a6b5e4d3c2b1a0f9e8d7c\nMeeting number: 2634 118 9075\nPassword: Smile2
 025\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\nAccess code: 2
 634 118 9075\n
LOCATION:https://somersetsmile.webex.com/somersetsmile/j.php?MTID=m3b8f2e1d9c7a6b5e4d3c2b1a0f9e8d7c
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Somerset Smile Studio",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="hannah.kirby@somersetsmilestudio.co.uk",
        trap="webex-chair-role-utc-z-local-time-in-body",
        hiring=False,
    ),
    dict(
        kind="phone-interview-utc",
        uid="20250306T1215Z-valedental-gp@valedentalcare.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Vale Dental Care//Practice Diary//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:20250306T1215Z-valedental-gp@valedentalcare.co.uk
DTSTAMP:20250303T154000Z
DTSTART:20250306T121500Z
DURATION:PT30M
SUMMARY:Phone interview - Vale Dental Care (Rhiannon will call)
ORGANIZER;CN=Rhiannon Prys:mailto:rhiannon.prys@valedentalcare.co.uk
ATTENDEE;CN=Gemma Pritchard;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Prynhawn da Gemma! Quick telephone interview first for the Pra
 ctice Manager vacancy at our Barry practice\, then if all good we'll get y
 ou in to meet Dr Llŷr Morgan. Rhiannon (HR & Compliance Coordinator)
LOCATION:Telephone - 07700 900418
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vale Dental Care",
        role="Practice Manager",
        stage="recruiter_screen",
        interviewers="rhiannon.prys@valedentalcare.co.uk",
        trap="duration-not-dtend-welsh-greeting-compliance-coordinator",
        hiring=False,
    ),
    dict(
        kind="thunderbird-alarm",
        uid="d41c9e0a-77b3-4f2e-9a85-61c0e2b4f7d9",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250513T200133Z
LAST-MODIFIED:20250513T200504Z
DTSTAMP:20250513T200504Z
UID:d41c9e0a-77b3-4f2e-9a85-61c0e2b4f7d9
SUMMARY:Henleaze Dental - interview (Mrs Kaur + Dr Wilde)
STATUS:CONFIRMED
DTSTART:20250519T173000
DTEND:20250519T183000
DESCRIPTION:PM post\, 3 surgeries\, fully private. park on Northumbria Dr.
  take portfolio (audits\, rota\, complaints log redacted)
LOCATION:Henleaze Rd
CATEGORIES:Job hunt
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-P1D
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Henleaze Dental Practice",
        role="PM",
        stage="",
        interviewers="Mrs Kaur;Dr Wilde",
        trap="hand-typed-two-alarms-category-job-hunt",
        hiring=False,
    ),
    dict(
        kind="teams-recruiter-screen",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E48BDB01000000000000000010000000BEEFCAFE98765432ABCDEF0198765432",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN="Talbot, Kerry":mailto:kerry.talbot@mendipdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gemma.prit
 chard@outlook.com:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Gemma\,\nThanks for applying for Area Manager
  at Mendip Dental Group. This first stage is a 30 min Teams call with me (
 Kerry\, Talent Acquisition) - no need to prepare anything.\nKerry\n\n______
 __________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device
 \nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_MzAwZDRhZTgtYWQxNS00YTQ5LTg0NWEtMGE3YmI4Y2QwZjQ0%40thread.v
 2/0>\nMeeting ID: 355 221 948 013\nPasscode: p8WmL3\nDial in by phone\n+44
  20 3321 5208\,\,771904225# United Kingdom\, London\nPhone conference ID:
  771 904 225#\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E48BDB01000000000000000010000000BEEFCAFE98765432ABCDEF0198765432
SUMMARY;LANGUAGE=en-GB:MDG - Area Manager - initial call
DTSTART;TZID=GMT Standard Time:20250602T113000
DTEND;TZID=GMT Standard Time:20250602T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T080510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mendip Dental Group",
        role="Area Manager",
        stage="recruiter_screen",
        interviewers="kerry.talbot@mendipdental.co.uk",
        trap="acronym-summary-initial-call-teams-dial-in-commas",
        hiring=False,
    ),
    dict(
        kind="outlook-final-onsite",
        uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F58BDB010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Hartley, Simon";RSVP=TRUE:mailto:simon.hartley@mendipdental.co.uk
ATTENDEE;CN="Oduya, Grace";RSVP=TRUE:mailto:grace.oduya@mendipdental.co.uk
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN="Talbot, Kerry";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:kerry.talbot@mendipdental.co.uk
ATTENDEE;CUTYPE=ROOM;CN="Wells HO - Cathedral Room";RSVP=TRUE:mailto:wells-cathedralroom@mendipdental.co.uk
CLASS:PUBLIC
CREATED:20250609T140000Z
DESCRIPTION:Final interview for Area Manager with Simon Hartley (Managing D
 irector) and Grace Oduya (Head of Clinical Governance). Kerry will meet yo
 u at reception but will not sit on the panel.\n\nPlease prepare: 10 min pr
 esentation - 'How would you improve NHS UDA delivery across 5 practices wh
 ile growing private income?'\n
DTEND;TZID="GMT Standard Time":20250617T120000
DTSTAMP:20250609T140000Z
DTSTART;TZID="GMT Standard Time":20250617T103000
LAST-MODIFIED:20250609T140000Z
LOCATION:Wells HO - Cathedral Room\, Mendip Dental Group\, 3 Market Place\, Wells BA5 2RB
ORGANIZER;CN="Talbot, Kerry":mailto:kerry.talbot@mendipdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Final Interview - Area Manager - Gemma Pritchard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F58BDB010000000000000000100000002468ACE013579BDF2468ACE013579BDF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mendip Dental Group",
        role="Area Manager",
        stage="final",
        interviewers="simon.hartley@mendipdental.co.uk;grace.oduya@mendipdental.co.uk",
        trap="optional-recruiter-not-panel-room-attendee",
        hiring=False,
    ),
    dict(
        kind="icloud-invite",
        uid="8F0E1D2C-3B4A-5968-7A8B-9C0D1E2F3A4B",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
{EUROPE_LONDON}BEGIN:VEVENT
ATTENDEE;CN="Dr Sara Malik";CUTYPE=INDIVIDUAL;EMAIL="dr.s.malik@icloud.com"
 ;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:dr.s.malik@icloud.com
ATTENDEE;CN="Gemma Pritchard";CUTYPE=INDIVIDUAL;EMAIL="gemma.pritchard@outl
 ook.com";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gemma
 .pritchard@outlook.com
CREATED:20250505T195022Z
DTEND;TZID=Europe/London:20250512T190000
DTSTAMP:20250505T195109Z
DTSTART;TZID=Europe/London:20250512T181500
LAST-MODIFIED:20250505T195109Z
LOCATION:Sapphire Dental & Aesthetics\, 5 Regent St\, Clifton
ORGANIZER;CN="Dr Sara Malik";EMAIL="dr.s.malik@icloud.com":mailto:dr.s.mal
 ik@icloud.com
SEQUENCE:0
SUMMARY:Sapphire - practice manager interview
DESCRIPTION:Hi Gemma\, as discussed by email. We're 5 mins from your curre
 nt practice so I've put it after hours for discretion! Sara
TRANSP:OPAQUE
UID:8F0E1D2C-3B4A-5968-7A8B-9C0D1E2F3A4B
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sapphire Dental & Aesthetics",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="dr.s.malik@icloud.com",
        trap="icloud-owner-invite-near-current-employer-discretion",
        hiring=False,
    ),
    dict(
        kind="trac-cancelled",
        uid="TRAC-INT-WCCH-DEN-0431-55102@trac-recruit.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TRAC Recruitment//Interview Scheduler 4.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:TRAC-INT-WCCH-DEN-0431-55102@trac-recruit.co.uk
DTSTAMP:20250501T141200Z
DTSTART:20250508T090000Z
DTEND:20250508T100000Z
SUMMARY:CANCELLED - Interview: Dental Services Operational Manager - WCCH-DEN-0431
LOCATION:Seafront Health Centre\, Weymouth DT4 7AB
DESCRIPTION:Dear Gemma Pritchard\,\n\nWe regret to inform you that the int
 erview for Dental Services Operational Manager (Band 7) on 8 May 2025 has 
 been cancelled as the post has been withdrawn following a service review.
  We apologise for any inconvenience.\n\nThe panel would have been: Marian
 ne Cole (Head of Community Dental Services) and Dr Victor Osei (Clinical 
 Director).\n\nWessex Coast Community Health NHS Trust - Recruitment
ORGANIZER;CN=Wessex Coast CH Recruitment:mailto:noreply@trac-recruit.co.uk
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Wessex Coast Community Health NHS Trust",
        role="Dental Services Operational Manager",
        stage="onsite",
        interviewers="Marianne Cole;Victor Osei",
        trap="status-cancelled-post-withdrawn-publish-method",
        hiring=False,
    ),
    dict(
        kind="trac-bilingual-welsh",
        uid="TRAC-INT-BHUHB-120-CDS-9931-60417@trac-recruit.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TRAC Recruitment//Interview Scheduler 4.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:TRAC-INT-BHUHB-120-CDS-9931-60417@trac-recruit.co.uk
DTSTAMP:20250527T100000Z
DTSTART:20250605T124500Z
DTEND:20250605T134500Z
SUMMARY:Cyfweliad / Interview: Rheolwr Practis / Practice Manager - Gwasan
 aeth Deintyddol Cymunedol / Community Dental Service (120-CDS-9931)
LOCATION:Ysbyty Bro Hafren\, Canolfan Addysg / Education Centre\, Ffordd y
  Barri\, Penarth CF64 2XX
DESCRIPTION:Annwyl Gemma Pritchard / Dear Gemma Pritchard\,\n\nMae'n bleser
  gennym eich gwahodd i gyfweliad. / We are pleased to invite you to inter
 view for the post of Practice Manager\, Community Dental Service\, Band 6.
 \n\nPanel: Ceri Vaughan (Service Manager\, Community Dentistry)\; Dr Elin 
 Pugh (Clinical Director)\; Hywel Jones (Workforce & OD).\n\nYou may choose
  to be interviewed in Welsh or English. / Gallwch ddewis cael eich cyfwel
 d yn Gymraeg neu'n Saesneg.\n\nBwrdd Iechyd Prifysgol Bro Hafren / Bro Haf
 ren University Health Board
ORGANIZER;CN=Bro Hafren UHB Recruitment:mailto:noreply@trac-recruit.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bro Hafren University Health Board",
        role="Practice Manager",
        stage="onsite",
        interviewers="Ceri Vaughan;Elin Pugh;Hywel Jones",
        trap="bilingual-welsh-trac-cyfweliad-health-board",
        hiring=False,
    ),
]
