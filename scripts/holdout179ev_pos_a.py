# ruff: noqa: E501
"""holdout179: the user's own interviews, part A (banks, the agency, a cloud vendor)."""

from holdout179ev_tz import ev

EVENTS = [
    ev(
        "workday-screen", "WD-HFB-INT-000418822-1", 1, "Harbourfront Bank",
        "Senior Manager, Security Engineering (Detection & Response)", "recruiter_screen",
        "serene.koh@harbourfrontbank.com", "workday-teams-talent-acquisition-screen",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:WD-HFB-INT-000418822-1
DTSTAMP:20250303T021544Z
SEQUENCE:0
DTSTART;TZID=Asia/Singapore:20250306T103000
DTEND;TZID=Asia/Singapore:20250306T110000
SUMMARY:Harbourfront Bank - Interview: Senior Manager\, Security Engineeri
 ng (Detection & Response) - R-0418822
DESCRIPTION:Dear Wei Jie\,\n\nThank you for your interest in Harbourfront
  Bank. You are invited to a conversation with Serene Koh (Talent Acquisitio
 n\, Technology & Operations).\n\nJob Requisition: R-0418822 Senior Manager
 \, Security Engineering (Detection & Response)\nFormat: Microsoft Teams vi
 deo call (30 mins)\n\nJoin on your computer or mobile app\nhttps://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_HFB418822%40thread.v2/0\nMeeting I
 D: 412 889 301 77\nPasscode: Hb7qZ2\n\nPlease do not reply to this system-
 generated email.\nHarbourfront Bank Careers
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Harbourfront Bank Careers:mailto:harbourfrontbank@myworkday.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wei Jie T
 an:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Serene Koh:mailto:Seren
 e.Koh@harbourfrontbank.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "bank-tech-panel", "040000008200E00074C5B7101A82E00800000000A0C7E4B1D28EDB010000000000000000100000005C3D1E0F9A2B4C4D8E6F7A1B2C3D4E5F", 1,
        "Harbourfront Bank", "Senior Manager, Security Engineering", "technical",
        "rajesh.pillai@harbourfrontbank.com;adeline.wong@harbourfrontbank.com",
        "outlook-exchange-technical-panel-room-resource",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Pillai, Rajesh";SENT-BY="mailto:Jasmine.Lau@harbourfrontbank.com":mailto:Rajesh.Pillai@harbourfrontbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wong, Adeline":mailto:Adeline.Wong@harbourfrontbank.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SG-MBFC-T3-31-Cove (8)":mailto:SG-MBFC-T3-31-Cove@harbourfrontbank.com
DESCRIPTION;LANGUAGE=en-US:Hi Wei Jie\,\n\nAs discussed with Serene\, pleas
 e find the 2nd round below. Adeline (Head\, CDC) and I will go through det
 ection engineering\, your SIEM/SOAR experience and a short whiteboard on a
  cloud logging pipeline. Please bring your NRIC for the visitor pass at Le
 vel 1 lobby.\n\nRegards\,\nJasmine (on behalf of Rajesh)\n\nRajesh Pillai
  | Director\, Cyber Defence Centre | Technology & Operations\n
UID:040000008200E00074C5B7101A82E00800000000A0C7E4B1D28EDB010000000000000000100000005C3D1E0F9A2B4C4D8E6F7A1B2C3D4E5F
SUMMARY;LANGUAGE=en-US:Wei Jie Tan / CDC - 2nd round
DTSTART;TZID=Singapore Standard Time:20250314T140000
DTEND;TZID=Singapore Standard Time:20250314T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T083212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SG-MBFC-T3-31-Cove (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-final", "8C1F0D5A-7E2B-4B61-9E43-2D8A7F1C0B55", 1, "Harbourfront Bank", "", "final",
        "Terence Ho", "phone-typed-final-with-ciso-floating",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8C1F0D5A-7E2B-4B61-9E43-2D8A7F1C0B55
DTSTAMP:20250319T132201Z
CREATED:20250319T132150Z
DTSTART:20250324T170000
DTEND:20250324T174500
SUMMARY:HFB final - CISO Terence Ho
LOCATION:MBFC Tower 3 lvl 31
DESCRIPTION:last rd. 45min. he cares abt metrics\, MTTD/MTTR\, board repor
 ting. bring 2 stories - the ransomware containment + SIEM migration. wear
  blazer
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "taleo-phone-screen", "taleo-lcb-2500187-PS-wtan", 1, "Lion City Bank",
        "VP, Threat Detection & Response", "recruiter_screen", "Ms Priscilla Ng",
        "taleo-noreply-phone-screen-recruiter-named-in-body",
        r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:taleo-lcb-2500187-PS-wtan
DTSTAMP:20250227T010203Z
DTSTART:20250304T013000Z
DTEND:20250304T020000Z
SUMMARY:Lion City Bank - Telephone Interview (Req 2500187)
DESCRIPTION:Dear Wei Jie Tan\,\n\nWe are pleased to confirm your telephone
  interview for the position of VP\, Threat Detection & Response (Requisiti
 on 2500187).\n\nDate: 4 March 2025\nTime: 9:30 AM Singapore time\nInterv
 iewer: Ms Priscilla Ng\, Talent Acquisition\nThe interviewer will call yo
 u at +65 9XXX 4471.\n\nThis is an automated message from the Lion City Ba
 nk careers site (Taleo). Please do not reply.
ORGANIZER;CN=Lion City Bank Careers:mailto:no-reply@lcb.taleo.net
ATTENDEE;CN=Wei Jie Tan;RSVP=FALSE:mailto:weijie.tan.sec@gmail.com
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "hiring-manager-teams", "LCB-2500187-HM-20250312", 1, "Lion City Bank",
        "VP, Threat Detection & Response", "hiring_manager", "kwame.mensah@lioncitybank.com.sg",
        "teams-invite-discussion-with-head-of-cso-office",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@SST@@
BEGIN:VEVENT
ATTENDEE;CN=weijie.tan.sec@gmail.com;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN="Ng, Priscilla";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:Priscilla.Ng@lioncitybank.com.sg
CLASS:PUBLIC
CREATED:20250306T074401Z
DESCRIPTION:Hi Wei Jie\, Kwame would like to have a discussion with you on
  the TDR role and the team's plans for 2025. Priscilla will join for the f
 irst 5 mins.\n\n_________________________________________________________
 _______________________\nMicrosoft Teams Need help?\nJoin the meeting now
 \nMeeting ID: 287 114 903 255\nPasscode: 8mQ3vT\n____________________________
 ____________________________________________________\n
DTEND;TZID="Singapore Standard Time":20250312T170000
DTSTAMP:20250306T074401Z
DTSTART;TZID="Singapore Standard Time":20250312T163000
LAST-MODIFIED:20250306T074401Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Mensah, Kwame":mailto:Kwame.Mensah@lioncitybank.com.sg
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-sg:Discussion - Wei Jie Tan (TDR)
TRANSP:OPAQUE
UID:LCB-2500187-HM-20250312
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "kl-hiring-manager", "opb-wd-INT-77120-3", 1, "Orchid Pacific Bank",
        "Head, Cyber Defence Operations", "hiring_manager", "farid.aziz@orchidpacific.com.my",
        "kuala-lumpur-zone-malay-english-temu-duga",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@KL@@
BEGIN:VEVENT
UID:opb-wd-INT-77120-3
DTSTAMP:20250402T064510Z
DTSTART;TZID=Asia/Kuala_Lumpur:20250408T100000
DTEND;TZID=Asia/Kuala_Lumpur:20250408T110000
SUMMARY:Temu duga / Interview - Head\, Cyber Defence Operations (JR77120)
DESCRIPTION:Salam sejahtera Wei Jie\,\n\nAnda dijemput untuk sesi temu dug
 a bersama Encik Farid Aziz\, Chief Information Security Officer.\nYou are
  invited to an interview with Encik Farid Aziz\, CISO.\n\nTarikh/Date: 8
  April 2025\nMasa/Time: 10:00 AM (MYT)\nLokasi/Location: Zoom\nhttps://orch
 idpacific.zoom.us/j/93371204581?pwd=Qk5xT0xVd3pB\nMeeting ID: 933 7120 458
 1\n\nOrchid Pacific Bank Berhad | Talent Acquisition
ORGANIZER;CN=Orchid Pacific Bank Talent Acquisition:mailto:orchidpacific@m
 yworkday.com
ATTENDEE;CN=Wei Jie Tan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:weijie.tan.
 sec@gmail.com
ATTENDEE;CN=Farid Aziz;PARTSTAT=ACCEPTED:mailto:farid.aziz@orchidpacific.c
 om.my
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "spanish-successfactors", "SF-BA-ENT-88410-TECH", 1, "Banco Austral",
        "Threat Detection Lead APAC", "technical",
        "lucia.ferrer@bancoaustral.es;mateo.ruiz@bancoaustral.es",
        "spanish-successfactors-entrevista-tecnica-madrid-zone",
        r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//ES
VERSION:2.0
METHOD:REQUEST
@@MADRID@@
BEGIN:VEVENT
UID:SF-BA-ENT-88410-TECH
DTSTAMP:20250407T091200Z
DTSTART;TZID=Europe/Madrid:20250411T100000
DTEND;TZID=Europe/Madrid:20250411T113000
SUMMARY:Entrevista técnica - Threat Detection Lead APAC (88410)
DESCRIPTION:Estimado Wei Jie:\n\nLe confirmamos la entrevista técnica para
  la posición Threat Detection Lead APAC (oficina de Singapur).\n\nEntrevis
 tadores: Lucía Ferrer (CISO Adjunta) y Mateo Ruiz (Responsable del CERT)\n
 Duración: 90 minutos. La entrevista será en inglés.\nEnlace Webex: https:/
 /bancoaustral.webex.com/meet/lucia.ferrer\n\nHora de Singapur: 16:00 - 17:
 30\n\nUn saludo\,\nSelección de Talento - Banco Austral
ORGANIZER;CN=Banco Austral Selección:mailto:noreply@successfactors.eu
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Lucía Ferrer:mailto:lucia.ferrer@bancoaustral.es
ATTENDEE;CN=Mateo Ruiz:mailto:mateo.ruiz@bancoaustral.es
LOCATION:Webex
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "agency-portal-assessment", "gda-rec-TA-2025-0193-wjtan", 1, "GovDigital Agency",
        "Lead Cybersecurity Engineer (Threat Detection)", "technical", "",
        "gov-portal-technical-assessment-no-interviewer",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GovDigital Agency//Careers Portal//EN
METHOD:PUBLISH
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
UID:gda-rec-TA-2025-0193-wjtan
DTSTAMP:20250225T030000Z
DTSTART:20250301T010000Z
DTEND:20250301T040000Z
SUMMARY:GDA Technical Assessment - Lead Cybersecurity Engineer (Threat Det
 ection)
DESCRIPTION:Application ID: GDA-2025-0193\nDear TAN WEI JIE\,\nYou have b
 een shortlisted for the Technical Assessment. This is a 3-hour online prac
 tical on log analysis\, detection rule writing (Sigma/KQL) and an incident
  write-up. The assessment link will be sent 30 minutes before the start ti
 me. Please ensure a stable connection and have your Singpass ready for ide
 ntity verification.\nShortlisted candidates will be invited to a panel in
 terview.\nThis is a computer-generated message.
ORGANIZER;CN=GDA Talent:mailto:careers-noreply@gda.gov.sg
LOCATION:Online
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "panel-interview", "gda-rec-PI-2025-0193-wjtan", 1, "GovDigital Agency",
        "Lead Cybersecurity Engineer (Threat Detection)", "final",
        "Dr Lim Boon Keng;Ms Harpreet Kaur;Mr Alvin Teo", "gov-portal-panel-original-sequence-0",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GovDigital Agency//Careers Portal//EN
METHOD:REQUEST
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
UID:gda-rec-PI-2025-0193-wjtan
SEQUENCE:0
DTSTAMP:20250312T020000Z
DTSTART:20250320T060000Z
DTEND:20250320T070000Z
SUMMARY:GDA Panel Interview - GDA-2025-0193
DESCRIPTION:Dear TAN WEI JIE\,\nCongratulations on clearing the Technical
  Assessment. Your panel interview is scheduled as follows.\nVenue: GDA HQ\,
  10 Pasir Panjang Road\, Mapletree Business City\, Level 8 reception\nPanel
 : Dr Lim Boon Keng (Director\, Cyber Security Group)\, Ms Harpreet Kaur (D
 eputy Director\, SOC)\, Mr Alvin Teo (HR Partner)\nPlease bring your NRIC\,
  certificates and latest payslip.\nThis is a computer-generated message.
ORGANIZER;CN=GDA Talent:mailto:careers-noreply@gda.gov.sg
ATTENDEE;CN=TAN WEI JIE;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
LOCATION:GDA HQ\, Mapletree Business City\, Level 8
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "panel-rescheduled", "gda-rec-PI-2025-0193-wjtan", 1, "GovDigital Agency",
        "Lead Cybersecurity Engineer (Threat Detection)", "final",
        "Dr Lim Boon Keng;Ms Harpreet Kaur;Mr Alvin Teo", "rescheduled-panel-same-uid-higher-sequence",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GovDigital Agency//Careers Portal//EN
METHOD:REQUEST
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
UID:gda-rec-PI-2025-0193-wjtan
SEQUENCE:2
DTSTAMP:20250317T090500Z
DTSTART:20250325T020000Z
DTEND:20250325T030000Z
SUMMARY:[RESCHEDULED] GDA Panel Interview - GDA-2025-0193
DESCRIPTION:Dear TAN WEI JIE\,\nPlease note that your panel interview has
  been rescheduled due to a change in panel availability. The new timing is
  25 Mar 2025\, 10:00 AM. Venue and panel remain unchanged: Dr Lim Boon Ken
 g\, Ms Harpreet Kaur\, Mr Alvin Teo.\nThis is a computer-generated message.
ORGANIZER;CN=GDA Talent:mailto:careers-noreply@gda.gov.sg
ATTENDEE;CN=TAN WEI JIE;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
LOCATION:GDA HQ\, Mapletree Business City\, Level 8
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "hackerrank-test", "gh-stratocloud-4471920-hr", 1, "Stratocloud",
        "Engineering Manager, Threat Detection", "technical", "",
        "greenhouse-hackerrank-window-no-interviewer",
        r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gh-stratocloud-4471920-hr
DTSTAMP:20250310T170012Z
DTSTART:20250313T120000Z
DTEND:20250313T133000Z
SUMMARY:Stratocloud | HackerRank coding assessment (90 min)
DESCRIPTION:Hi Wei Jie\, \n\nAs the next step for Engineering Manager\, Th
 reat Detection\, please complete the HackerRank assessment in the window
  below. It has 2 problems (log parsing in Python\, a SQL question) and a sh
 ort detection logic question. Link: https://www.hackerrank.com/test/ab12c
 d34ef/login?b=eyJ1c2VybmFtZSI6\n\nGood luck!\nStratocloud Recruiting
ORGANIZER;CN=Stratocloud Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
LOCATION:https://www.hackerrank.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "system-design", "gh-stratocloud-4471920-sd", 1, "Stratocloud",
        "Engineering Manager, Threat Detection", "technical",
        "m.okafor@stratocloud.io;jin.park@stratocloud.io", "greenhouse-system-design-zoom-la-organizer",
        r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
@@LA@@
BEGIN:VEVENT
UID:gh-stratocloud-4471920-sd
DTSTAMP:20250318T224410Z
DTSTART;TZID=America/Los_Angeles:20250320T170000
DTEND;TZID=America/Los_Angeles:20250320T180000
SUMMARY:Wei Jie Tan <> Stratocloud: System Design
DESCRIPTION:Interviewers: Michael Okafor (Director\, Security Engineering)\,
  Jin Park (Staff Engineer\, Detection Platform)\n\nYou'll design a detectio
 n pipeline for a multi-tenant cloud (ingest\, normalisation\, rule engine\,
  alert routing). No coding. Please use a laptop with Excalidraw.\n\nJoin Zo
 om Meeting\nhttps://stratocloud.zoom.us/j/85521407712\nMeeting ID: 855 2140
  7712\nOne tap mobile +6531651065\,\,85521407712# Singapore\n\nScheduled by
  Alana Brooks\, Recruiting Coordinator
ORGANIZER;CN=Alana Brooks:mailto:alana.brooks@stratocloud.io
ATTENDEE;CN=Wei Jie Tan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:weijie.tan.s
 ec@gmail.com
ATTENDEE;CN=Michael Okafor;PARTSTAT=ACCEPTED:mailto:M.Okafor@stratocloud.io
ATTENDEE;CN=Jin Park;PARTSTAT=ACCEPTED:mailto:jin.park@stratocloud.io
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "hiring-manager-meet", "7k2p9q4r1s0t@google.com", 1, "Stratocloud",
        "", "hiring_manager", "diana.reyes@stratocloud.io", "google-invite-bare-title-stratocloud-vp",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T003000Z
DTEND:20250327T011500Z
DTSTAMP:20250322T031120Z
ORGANIZER;CN=Diana Reyes:mailto:diana.reyes@stratocloud.io
UID:7k2p9q4r1s0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Diana Reyes;X-NUM-GUESTS=0:mailto:diana.reyes@stratocloud.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=weijie.tan.sec@gmail.com;X-NUM-GUESTS=0:mailto:weijie.tan.sec@gmai
 l.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qxv-hmre-tpa
CREATED:20250322T031118Z
DESCRIPTION:Wei Jie - looking forward to chatting. I run Security Engineer
 ing for APJ + EMEA; let's talk about how you'd build out the detection tea
 m here.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/qxv-hmre-tp
 a\nOr dial: (SG) +65 6714 2201 PIN: 881 224 019#\n-::~:~::~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250322T031120Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Diana / Wei Jie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
