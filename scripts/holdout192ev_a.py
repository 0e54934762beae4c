# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part A: the London agency's client, the Canadian bank (Workday), the NHS trust (Trac)."""

EVENTS = [
    dict(
        kind="agency-chat",
        uid="040000008200E00074C5B7101A82E00800000000F06D1C2B9A27DC010000000000000000100000004E1B7A6C2D93F84E8A1C5B0D7E62A913",
        interview=1,
        company="Halden & Rowe Insurance",
        role="Infrastructure Manager",
        stage="recruiter_screen",
        interviewers="harriet.pl@oakbridgesearch.co.uk",
        trap="agency-initial-chat-client-named-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Harriet Pemberton-Lowe:mailto:harriet.pl@oakbridgesearch.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ngozi.adeyem
 i.it@gmail.com:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Ngozi\,\n\nThank you for sending your CV over
 . As mentioned on LinkedIn\, I'm keen to talk you through the Infrastructur
 e Manager role with my client Halden & Rowe Insurance (Chelmsford\, hybrid 
 2 days on site). They are able to offer Skilled Worker sponsorship for the 
 right person.\n\nI'll give you a ring on +234 803 555 0142 (WhatsApp is fin
 e if the line is poor). 30 mins max – current package\, notice period and 
 availability.\n\nSpeak soon\,\nHarriet\n\nHarriet Pemberton-Lowe | Senior 
 Consultant\, Technology Leadership\nOakbridge Search | 20 Eastcheap\, Londo
 n EC3M 1EB\nT: +44 20 7946 0318\n\n
UID:040000008200E00074C5B7101A82E00800000000F06D1C2B9A27DC010000000000000000
 100000004E1B7A6C2D93F84E8A1C5B0D7E62A913
SUMMARY;LANGUAGE=en-GB:Initial chat with Harriet
DTSTART;TZID=GMT Standard Time:20250916T110000
DTEND;TZID=GMT Standard Time:20250916T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T143305Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-hm",
        uid="040000008200E00074C5B7101A82E008000000003A5E0F77C52DDC01000000000000000010000000B7C04D1EE5A6214F9E3B2A8F06D1C4E7",
        interview=1,
        company="Halden & Rowe Insurance",
        role="Infrastructure Manager",
        stage="hiring_manager",
        interviewers="simon.achterberg@haldenrowe.co.uk",
        trap="outlook-sent-by-assistant-hm-second-stage",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Achterberg, Simon";SENT-BY="mailto:paula.griggs@haldenrowe.co.uk":mailto:simon.achterberg@haldenrowe.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Harriet Pemberton-Lowe:mailto:harriet.pl@oakbridgesearch.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Ngozi\,\n\nSimon would like to meet you for
  a second-stage conversation regarding the Infrastructure Manager position.
  The meeting will focus on your experience running data centre and network 
 operations in a regulated environment\, and how you would approach our hyb
 rid cloud roadmap.\n\nKind regards\,\nPaula Griggs\nEA to Simon Achterberg
 \, IT Director\n\n__________________________________________________________
 ______________________\nMicrosoft Teams meeting\nJoin on your computer\, mo
 bile app or room device\nClick here to join the meeting<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_NjE0YzA1>\nMeeting ID: 381 552 907 14
 4\nPasscode: 7hZq3R\nDownload Teams | Join on the web\nOr call in (audio on
 ly)\n+44 20 3321 5208\,\,712330418#   United Kingdom\, London\nPhone Confere
 nce ID: 712 330 418#\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E008000000003A5E0F77C52DDC01000000000000000
 010000000B7C04D1EE5A6214F9E3B2A8F06D1C4E7
SUMMARY;LANGUAGE=en-GB:Ngozi Adeyemi / Simon Achterberg - 2nd stage
DTSTART;TZID=GMT Standard Time:20250930T140000
DTEND;TZID=GMT Standard Time:20250930T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250923T091512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onli
 neMeetingProvider":3}
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-panel",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000091F2A3B4C5D6E7F8091A2B3C4D5E6F70",
        interview=1,
        company="Halden & Rowe Insurance",
        role="Infrastructure Manager",
        stage="final",
        interviewers="simon.achterberg@haldenrowe.co.uk;r.okafor-hughes@haldenrowe.co.uk;deborah.lane@haldenrowe.co.uk",
        trap="outlook-final-panel-room-resource-coordinator",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Griggs, Paula":mailto:paula.griggs@haldenrowe.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Achterberg, Simon":mailto:simon.achterberg@haldenrowe.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okafor-Hughes, Rachel":mailto:R.Okafor-Hughes@haldenrowe.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Lane, Deborah (People Partner)":mailto:deborah.lane@haldenrowe.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CHM-3F-Boardroom (12) VC":mailto:chm-3f-boardroom@haldenrowe.co.uk
DESCRIPTION;LANGUAGE=en-GB:Final stage – panel (60 mins) followed by 15 mi
 ns Q&A.\n\nPlease prepare a 10-minute presentation: "My first 90 days as I
 nfrastructure Manager at Halden & Rowe". Slides to Paula by 12:00 the day 
 before.\n\nPanel: Simon Achterberg (IT Director)\, Rachel Okafor-Hughes (He
 ad of Information Security)\, Deborah Lane (People Partner).\n\nYou are jo
 ining remotely from Lagos – the panel will be in the boardroom on Teams.\n
 \nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2MmQ1\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000
 01000000091F2A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=en-GB:FINAL INTERVIEW – Infrastructure Manager – N. Adeyem
 i
DTSTART;TZID=GMT Standard Time:20251014T100000
DTEND;TZID=GMT Standard Time:20251014T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T160244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:CHM-3F-Boardroom (12) VC\; Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-screen",
        uid="WD-INTV-9f3c2a71-55be-4d0e-bb13-7a0c1e2d4f90@northlakebank.wd3.myworkday.com",
        interview=1,
        company="Northlake Bank of Canada",
        role="Senior Manager, Cloud Platform Engineering",
        stage="recruiter_screen",
        interviewers="priya.raman@northlakebank.ca",
        trap="workday-ta-screen-toronto-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:WD-INTV-9f3c2a71-55be-4d0e-bb13-7a0c1e2d4f90@northlakebank.wd3.myworkday.com
DTSTAMP:20250918T173010Z
DTSTART;TZID=America/Toronto:20250923T093000
DTEND;TZID=America/Toronto:20250923T100000
SEQUENCE:0
SUMMARY:Interview Scheduled: Senior Manager\, Cloud Platform Engineering (R-0041187)
ORGANIZER;CN=Northlake Bank Talent Acquisition:mailto:northlakebank@myworkday.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Priya.Raman@northlakebank.ca
LOCATION:Microsoft Teams
DESCRIPTION:Hello Ngozi\,\n\nYour interview for Senior Manager\, Cloud Plat
 form Engineering (R-0041187) has been scheduled.\n\nInterview Type: Talent
  Acquisition Screen\nInterviewer(s): Priya Raman\, Senior Talent Acquisitio
 n Partner\nDuration: 30 minutes\n\nA Microsoft Teams link will be sent by 
 your interviewer. Please note all times are shown in Eastern Time (Toronto
 ).\n\nTo view or reschedule\, sign in to your candidate home: https://north
 lakebank.wd3.myworkdayjobs.com/NLB_Careers/userHome\n\nThis is a system-gen
 erated message. Please do not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-technical",
        uid="WD-INTV-2b8e4410-c3d1-4a6f-9e07-51f0a6b3c2d8@northlakebank.wd3.myworkday.com",
        interview=1,
        company="Northlake Bank of Canada",
        role="Senior Manager, Cloud Platform Engineering",
        stage="technical",
        interviewers="kevin.tremblay@northlakebank.ca;aisha.mohammed@northlakebank.ca",
        trap="workday-technical-panel-original-seq0",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:WD-INTV-2b8e4410-c3d1-4a6f-9e07-51f0a6b3c2d8@northlakebank.wd3.myworkday.com
DTSTAMP:20250930T140455Z
DTSTART;TZID=America/Toronto:20251007T100000
DTEND;TZID=America/Toronto:20251007T113000
SEQUENCE:0
SUMMARY:Interview Scheduled: Senior Manager\, Cloud Platform Engineering (R-0041187)
ORGANIZER;CN=Northlake Bank Talent Acquisition:mailto:northlakebank@myworkday.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Kevin Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.tremblay@northlakebank.ca
ATTENDEE;CN=Aisha Mohammed;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aisha.mohammed@northlakebank.ca
ATTENDEE;CN=Priya Raman;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raman@northlakebank.ca
LOCATION:Microsoft Teams
DESCRIPTION:Hello Ngozi\,\n\nYour interview for Senior Manager\, Cloud Plat
 form Engineering (R-0041187) has been scheduled.\n\nInterview Type: Techni
 cal Panel (Azure landing zones\, network architecture\, incident managemen
 t scenario)\nInterviewer(s): Kevin Tremblay\, Director\, Cloud Engineering
 \; Aisha Mohammed\, Principal Architect\nDuration: 90 minutes\n\nPriya Ram
 an (Talent Acquisition) will join for the first five minutes only.\n\nAll 
 times are shown in Eastern Time (Toronto).\n\nThis is a system-generated m
 essage. Please do not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-rescheduled",
        uid="WD-INTV-2b8e4410-c3d1-4a6f-9e07-51f0a6b3c2d8@northlakebank.wd3.myworkday.com",
        interview=1,
        company="Northlake Bank of Canada",
        role="Senior Manager, Cloud Platform Engineering",
        stage="technical",
        interviewers="kevin.tremblay@northlakebank.ca;aisha.mohammed@northlakebank.ca",
        trap="workday-technical-panel-rescheduled-seq2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:WD-INTV-2b8e4410-c3d1-4a6f-9e07-51f0a6b3c2d8@northlakebank.wd3.myworkday.com
DTSTAMP:20251003T201117Z
DTSTART;TZID=America/Toronto:20251009T083000
DTEND;TZID=America/Toronto:20251009T100000
SEQUENCE:2
SUMMARY:Interview Rescheduled: Senior Manager\, Cloud Platform Engineering (R-0041187)
ORGANIZER;CN=Northlake Bank Talent Acquisition:mailto:northlakebank@myworkday.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Kevin Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.tremblay@northlakebank.ca
ATTENDEE;CN=Aisha Mohammed;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:aisha.mohammed@northlakebank.ca
LOCATION:Microsoft Teams
DESCRIPTION:Hello Ngozi\,\n\nYour interview has been rescheduled at the re
 quest of the hiring team. New time: Thursday\, October 9\, 2025\, 8:30 AM –
  10:00 AM Eastern Time (1:30 PM Lagos).\n\nInterview Type: Technical Panel
 \nInterviewer(s): Kevin Tremblay\; Aisha Mohammed\n\nWe apologise for any i
 nconvenience.\n\nThis is a system-generated message. Please do not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-vp",
        uid="040000008200E00074C5B7101A82E00800000000E6A91D3C0F274B85DC01000000000000001000000038D9F2E7B605A1C4",
        interview=1,
        company="Northlake Bank of Canada",
        role="Senior Manager, Cloud Platform Engineering",
        stage="final",
        interviewers="dana.whitcombe@northlakebank.ca",
        trap="outlook-final-vp-eastern-windows-zone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Whitcombe, Dana";SENT-BY="mailto:marc.pelletier@northlakebank.ca":mailto:dana.whitcombe@northlakebank.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ngozi.adeyemi.it@gmail.com:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Raman, Priya":mailto:priya.raman@northlakebank.ca
DESCRIPTION;LANGUAGE=en-US:Final conversation with Dana Whitcombe\, VP Tec
 hnology Infrastructure\, for R-0041187. Priya is optional and will not att
 end unless needed.\n\n________________________________________________________
 ________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTe
 amsMeeting?omkt=en-US>\nJoin the meeting now<https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_YmQ4ZjI2>\nMeeting ID: 244 018 339 562\nPasscode
 : Fq9wA2\nDial in by phone\n+1 647-794-2213\,\,508819227# Canada\, Toronto\n
 Phone conference ID: 508 819 227#\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E6A91D3C0F274B85DC01000000000000001000000038D9F2E7B605A1C4
SUMMARY;LANGUAGE=en-US:Ngozi Adeyemi - Final Interview w/ Dana W.
DTSTART;TZID=Eastern Standard Time:20251021T160000
DTEND;TZID=Eastern Standard Time:20251021T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T132208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trac-panel",
        uid="trac-interview-7731905-2281@apps.trac.jobs",
        interview=1,
        company="Royal Wessex Hospitals NHS Foundation Trust",
        role="Head of IT Infrastructure",
        stage="onsite",
        interviewers="Mark Ellery;Sunita Bhatt;Dr Owen Pryce",
        trap="trac-nhs-panel-names-only-in-body",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems Ltd//Trac Recruitment//EN
METHOD:PUBLISH
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:trac-interview-7731905-2281@apps.trac.jobs
DTSTAMP:20251002T083012Z
DTSTART;TZID=Europe/London:20251020T133000
DTEND;TZID=Europe/London:20251020T143000
SUMMARY:Interview - Head of IT Infrastructure - 341-DIG-7731905
LOCATION:MS Teams (link to follow from the recruiting manager)
DESCRIPTION:Dear Ngozi Adeyemi\,\n\nThank you for your application for the
  post of Head of IT Infrastructure (Band 8c) at Royal Wessex Hospitals NHS
  Foundation Trust. We are pleased to invite you to interview.\n\nFormat: 1
 0-minute presentation followed by a values-based panel interview.\nPresenta
 tion title: "Delivering resilient infrastructure for a digital hospital in 
 a constrained financial environment."\n\nPanel: Mark Ellery (Chief Digital 
 Information Officer)\, Sunita Bhatt (Deputy Director of IM&T)\, Dr Owen Pr
 yce (Chief Clinical Information Officer).\n\nPlease have photographic ID av
 ailable. Please note the Trust holds a sponsor licence.\n\nRecruitment Tea
 m\nRoyal Wessex Hospitals NHS Foundation Trust\nPlease do not reply to thi
 s email – log in to your Trac account to respond.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
