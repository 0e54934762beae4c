# ruff: noqa: E501
"""holdout210 events: UN Secretariat and agency processes (OCHA, UNEP, UNHCR, WHO, UNICEF)."""

import holdout210ev_tz as tz

EVENTS = [
    dict(
        kind="written-assessment",
        uid="040000008200E00074C5B7101A82E00800000000B0A1C3E47F82DB01000000000000000010000000C0E1F2A3B4C5D6E7F8091A2B3C4D5E6F",
        is_interview=1, company="OCHA", role="Programme Management Officer, P-4", stage="technical", interviewers="",
        trap="inspira-written-assessment-new-york-time",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EASTERN + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250219T152201Z
DESCRIPTION:Dear Candidate\,\n\nWith reference to your application for Job Opening 25-Programme Management-OCHA-248731-P-4 (M)\, Programme Management Officer\, P-4\, Geneva\, we are pleased to invite you to take a written assessment.\n\nThe assessment will be administered online and will last three (3) hours. The link and your personal access code will be sent from the assessment platform 30 minutes before the start time. Please ensure a stable internet connection. The assessment is closed-book\; the use of generative AI tools is not permitted.\n\nPlease note the time is indicated in New York time (EST/EDT).\n\nOnly candidates who pass the written assessment will be invited to a competency-based interview.\n\nKind regards\,\nOCHA Recruitment Team\nHuman Resources Section\, Executive Office\nUnited Nations Office for the Coordination of Humanitarian Affairs\n
DTEND;TZID="Eastern Standard Time":20250306T120000
DTSTAMP:20250219T152201Z
DTSTART;TZID="Eastern Standard Time":20250306T090000
LAST-MODIFIED:20250219T152201Z
LOCATION:Online
ORGANIZER;CN="OCHA Recruitment":mailto:ocha-recruitment@un.org
ATTENDEE;CN=aissata.diallo.geneve@protonmail.com;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Written Assessment - JO 248731 - Programme Management Officer P-4 (Geneva)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0A1C3E47F82DB01000000000000000010000000C0E1F2A3B4C5D6E7F8091A2B3C4D5E6F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cbi-panel",
        uid="040000008200E00074C5B7101A82E008000000003C7D9A19A98ADB0100000000000000001000000094A1B2C3D4E5F60718293A4B5C6D7E8F",
        is_interview=1, company="OCHA", role="Programme Management Officer, P-4", stage="onsite",
        interviewers="chinwe.okafor@un.org;daniel.reyes@un.org;mariam.haddad@un.org",
        trap="un-competency-based-interview-sent-by-assistant",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okafor, Chinwe";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chinwe.okafor@un.org
ATTENDEE;CN="Reyes, Daniel";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:daniel.reyes@un.org
ATTENDEE;CN="Haddad, Mariam";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariam.haddad@un.org
ATTENDEE;CN=aissata.diallo.geneve@protonmail.com;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN="Petrov, Lena";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:l.petrov@un.org
CLASS:PUBLIC
CREATED:20250402T134510Z
DESCRIPTION:Dear Ms. Diallo\,\n\nFurther to your successful written assessment\, you are invited to a competency-based interview (CBI) for Job Opening 25-Programme Management-OCHA-248731-P-4 (M).\n\nThe panel will assess the following competencies: Professionalism\, Planning and Organizing\, Accountability\, Communication and Managing Performance. Please be prepared to give concrete examples from your experience.\n\nThe interview will last approximately 60 minutes and will be conducted via Microsoft Teams. Kindly have a valid photo ID at hand for identity verification.\n\nPanel: Ms. Chinwe Okafor (Chief\, Programme Support Branch)\, Mr. Daniel Reyes (Senior Programme Officer)\, Ms. Mariam Haddad (Human Resources Officer).\n\nBest regards\,\nLena Petrov\nTeam Assistant\, Programme Support Branch\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NTc1OGEtYjM0Ni00ZTk1LWI5ZTgtMmQ3YzFiNWQ4ZGE0%40thread.v2/0?context=%7b%22Tid%22%3a%220f9e35db%22%7d>\nMeeting ID: 318 442 905 117\nPasscode: Qe8uW2\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
DTEND;TZID="Eastern Standard Time":20250416T100000
DTSTAMP:20250402T134510Z
DTSTART;TZID="Eastern Standard Time":20250416T090000
LAST-MODIFIED:20250402T134510Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Okafor, Chinwe";SENT-BY="mailto:l.petrov@un.org":mailto:chinwe.okafor@un.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:CBI - JO 248731 - Programme Management Officer P-4 - Ms. Aissata Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003C7D9A19A98ADB0100000000000000001000000094A1B2C3D4E5F60718293A4B5C6D7E8F
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NTc1OGEtYjM0Ni00ZTk1LWI5ZTgtMmQ3YzFiNWQ4ZGE0%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:chinwe.okafor@un.org\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjA4NTc1OGEtYjM0Ni00ZTk1LWI5ZTgtMmQ3YzFiNWQ4ZGE0-thread.v2!b1c2
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cbi-panel-moved",
        uid="040000008200E00074C5B7101A82E008000000003C7D9A19A98ADB0100000000000000001000000094A1B2C3D4E5F60718293A4B5C6D7E8F",
        is_interview=1, company="OCHA", role="Programme Management Officer, P-4", stage="onsite",
        interviewers="chinwe.okafor@un.org;daniel.reyes@un.org;mariam.haddad@un.org",
        trap="rescheduled-cbi-same-uid-higher-sequence",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okafor, Chinwe";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chinwe.okafor@un.org
ATTENDEE;CN="Reyes, Daniel";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:daniel.reyes@un.org
ATTENDEE;CN="Haddad, Mariam";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariam.haddad@un.org
ATTENDEE;CN=aissata.diallo.geneve@protonmail.com;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN="Petrov, Lena";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:l.petrov@un.org
CLASS:PUBLIC
CREATED:20250402T134510Z
DESCRIPTION:Dear Ms. Diallo\,\n\nDue to an unforeseen mission of one of the panel members\, the interview has been moved to Tuesday 22 April\, same time (09:00 New York / 15:00 Geneva). We apologise for any inconvenience. Please accept the updated invitation.\n\nBest regards\,\nLena Petrov\nTeam Assistant\, Programme Support Branch\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NTc1OGEtYjM0Ni00ZTk1LWI5ZTgtMmQ3YzFiNWQ4ZGE0%40thread.v2/0?context=%7b%22Tid%22%3a%220f9e35db%22%7d>\nMeeting ID: 318 442 905 117\nPasscode: Qe8uW2\n________________________________________________________________________________\n
DTEND;TZID="Eastern Standard Time":20250422T100000
DTSTAMP:20250411T201733Z
DTSTART;TZID="Eastern Standard Time":20250422T090000
LAST-MODIFIED:20250411T201733Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Okafor, Chinwe";SENT-BY="mailto:l.petrov@un.org":mailto:chinwe.okafor@un.org
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=en-US:CBI - JO 248731 - Programme Management Officer P-4 - Ms. Aissata Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003C7D9A19A98ADB0100000000000000001000000094A1B2C3D4E5F60718293A4B5C6D7E8F
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="test-ecrit",
        uid="8F3C2B1A-0E44-4C1D-9A7B-5D2E6F10A9C3",
        is_interview=1, company="UNEP", role="", stage="technical", interviewers="",
        trap="user-typed-written-test-nairobi-post",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:8F3C2B1A-0E44-4C1D-9A7B-5D2E6F10A9C3
DTSTAMP:20250224T071502Z
DTSTART;TZID=Europe/Zurich:20250311T100000
DTEND;TZID=Europe/Zurich:20250311T130000
SUMMARY:PNUE Nairobi - test écrit (3h)
DESCRIPTION:lien envoyé par mail (Inspira) 30 min avant\nJO 25-PGM-UNEP-247615-P-4\npas de pause !! prendre congé le matin (demandé à Karin)\nthèmes probables: RBM\, logframe\, budget\, partenaires
LOCATION:maison
SEQUENCE:0
STATUS:CONFIRMED
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT1H
DESCRIPTION:PNUE Nairobi - test écrit (3h)
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="interview-teams",
        uid="040000008200E00074C5B7101A82E00800000000D29F6E2C1B91DB010000000000000000100000004E6F8A1B2C3D4E5F60718293A4B5C6D7",
        is_interview=1, company="UNEP", role="Programme Management Officer", stage="onsite",
        interviewers="wanjiru.kamau@un.org;p.oyelaran@un.org;Henrik Solberg",
        trap="exchange-e-africa-zone-panel-external-member-no-email",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + tz.OL_EAFRICA + r"""BEGIN:VEVENT
ORGANIZER;CN="Kamau, Wanjiru":mailto:wanjiru.kamau@un.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aissata Diallo:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran, Peter":mailto:p.oyelaran@un.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="UNON Gigiri Block C-214 (10)":mailto:unon-gigiri-c214@un.org
DESCRIPTION;LANGUAGE=en-US:Dear Ms. Diallo\,\n\nThank you for completing the technical assessment. We are pleased to invite you to an interview for the position of Programme Management Officer (JO 247615)\, Ecosystems Division\, UNEP Nairobi.\n\nThe interview will be competency-based and will also include technical questions. Panel members: Ms. Wanjiru Kamau\, Mr. Peter Oyelaran and Mr. Henrik Solberg (external member\, UNEP Geneva\, joining by phone).\n\nAll times are East Africa Time (UTC+3).\n\nRegards\,\nWanjiru Kamau\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 274 819 337 501\nPasscode: 6sHvB9\nOr call in (audio only)\n+254 20 7620 000\,\,918330442#   Kenya\, Nairobi\nPhone Conference ID: 918 330 442#\n________________________________________________________________________________\n
SUMMARY;LANGUAGE=en-US:Interview - JO 247615 Programme Management Officer (P-4) - Diallo
DTSTART;TZID=E. Africa Standard Time:20250415T140000
DTEND;TZID=E. Africa Standard Time:20250415T150000
UID:040000008200E00074C5B7101A82E00800000000D29F6E2C1B91DB010000000000000000100000004E6F8A1B2C3D4E5F60718293A4B5C6D7
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T085912Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\; UNON Gigiri Block C-214 (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2122889140
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
"""),
    dict(
        kind="technical-assessment",
        uid="wd-cal-7f2a91c0e5b34d28a6e1f0c9d8b7a654@myworkday.com",
        is_interview=1, company="UNHCR", role="Senior Programme Officer (P4)", stage="technical", interviewers="",
        trap="workday-technical-assessment-window-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-cal-7f2a91c0e5b34d28a6e1f0c9d8b7a654@myworkday.com
DTSTAMP:20250303T161200Z
DTSTART:20250313T080000Z
DTEND:20250313T110000Z
SUMMARY:UNHCR Technical Assessment - Senior Programme Officer (P4) - JR2504117
DESCRIPTION:Dear Aissata\,\n\nYou have been shortlisted for the position Senior Programme Officer (P4)\, Nairobi\, Kenya (JR2504117). As the next step of the selection process\, you are invited to complete a Technical Assessment.\n\nThe assessment will take place on 13 March 2025 from 09:00 to 12:00 Geneva time (CET). You will receive the assessment via e-mail at the start time and must return it within 3 hours to the address indicated.\n\nPlease acknowledge receipt of this invitation through your Candidate Home in Workday.\n\nUNHCR Talent Acquisition Service\nThis is an automatically generated message. Please do not reply.
LOCATION:Remote
ORGANIZER;CN=UNHCR Talent Acquisition:mailto:unhcr@myworkday.com
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-interview",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
        is_interview=1, company="UNHCR", role="Senior Programme Officer (P4)", stage="onsite",
        interviewers="bergstrom@unhcr.org;ngugik@unhcr.org;tall@unhcr.org",
        trap="outlook-panel-windows-zone-surname-addresses",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Anna Bergstrom";RSVP=TRUE:mailto:BERGSTROM@unhcr.org
ATTENDEE;CN="Kevin Ngugi";RSVP=TRUE:mailto:NGUGIK@unhcr.org
ATTENDEE;CN="Ousmane Tall";RSVP=TRUE:mailto:TALL@unhcr.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:HQ-MB-Room-2-117@unhcr.org
CLASS:PUBLIC
CREATED:20250325T093300Z
DESCRIPTION:Dear Ms Diallo\,\n\nFollowing the technical assessment\, we are pleased to invite you to a panel interview for the position of Senior Programme Officer (P4)\, Nairobi (JR2504117).\n\nThe interview will last about 45 minutes and will be held on Microsoft Teams. It is a competency-based interview with some technical questions related to programme management (planning\, monitoring\, partnership management). The panel is composed of Anna Bergstrom (Chair\, Deputy Director\, Division of Resilience and Solutions)\, Kevin Ngugi (Senior Programme Coordinator\, Regional Bureau for the East and Horn of Africa and the Great Lakes) and Ousmane Tall (HR Partner).\n\nPlease confirm your availability by accepting this invitation.\n\nBest regards\,\nTalent Acquisition Service\n\n________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTNmYjMtZGE5Ny00%40thread.v2/0>\nMeeting ID: 391 527 682 044\nPasscode: 2eM9rT\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250403T114500
DTSTAMP:20250325T093300Z
DTSTART;TZID="W. Europe Standard Time":20250403T110000
LAST-MODIFIED:20250325T093300Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Anna Bergstrom":mailto:BERGSTROM@unhcr.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview JR2504117 Senior Programme Officer P4 Nairobi - Diallo A.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cbi-webex",
        uid="040000008200E00074C5B7101A82E00800000000A7C5E3D1F2B4DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        is_interview=1, company="WHO", role="Programme Manager (P5), Health Emergencies Programme", stage="onsite",
        interviewers="mbayef@who.int;larssoni@who.int;okonkwoc@who.int",
        trap="who-competency-interview-webex-staff-association-observer",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="MBAYE, Fatou";RSVP=TRUE:mailto:mbayef@who.int
ATTENDEE;CN="LARSSON, Ingrid";RSVP=TRUE:mailto:larssoni@who.int
ATTENDEE;CN="OKONKWO, Chidi";RSVP=TRUE:mailto:okonkwoc@who.int
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250430T121844Z
DESCRIPTION:Dear Ms DIALLO\,\n\nReference: Vacancy Notice 2502871 - Programme Manager (P5)\, Health Emergencies Programme\, WHO Headquarters\, Geneva\n\nWe are pleased to inform you that you have been shortlisted for the above-mentioned position and would like to invite you for a competency-based interview via Webex.\n\nThe interview panel will be composed of the Hiring Manager\, a technical expert\, an HR representative and a representative of the Staff Association attending as observer. The interview will last approximately 60 minutes and will be conducted in English\; part of it may be conducted in French.\n\nPlease have your passport ready for identity verification at the beginning of the interview.\n\nBest regards\,\nHRT/TAQ - Talent Acquisition\nWorld Health Organization\n\n-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\nhttps://who.webex.com/who/j.php?MTID=m7f3d2b1a9c8e7d6f5a4b3c2d1e0f9a8b\nMeeting number (access code): 2741 993 5520\nMeeting password: hWp3Kx7Tq9a\n\nJoin by phone\n+41-22-567-6000 Switzerland Toll\nGlobal call-in numbers\n
DTEND;TZID="W. Europe Standard Time":20250515T150000
DTSTAMP:20250430T121844Z
DTSTART;TZID="W. Europe Standard Time":20250515T140000
LAST-MODIFIED:20250430T121844Z
LOCATION:Webex
ORGANIZER;CN="TAQ Recruitment";SENT-BY="mailto:lopezm@who.int":mailto:taqrecruitment@who.int
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:VN 2502871 - Interview - DIALLO Aissata
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A7C5E3D1F2B4DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="presentation",
        uid="3k8sd0f7gq2m1v9r6b4n5c7x0z@google.com",
        is_interview=1, company="UNICEF", role="Health Specialist (Emergencies), P-4", stage="technical",
        interviewers="amwangi@unicef.org;jdossou@unicef.org",
        trap="written-exercise-presentation-google-invite-nairobi",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.NAIROBI + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250325T110000
DTEND;TZID=Africa/Nairobi:20250325T114500
DTSTAMP:20250318T064122Z
ORGANIZER;CN=Agnes Mwangi:mailto:amwangi@unicef.org
UID:3k8sd0f7gq2m1v9r6b4n5c7x0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Agnes Mwangi;X-NUM-GUESTS=0:mailto:amwangi@unicef.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jean-Baptiste Dossou;X-NUM-GUESTS=0:mailto:jdossou@unicef.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1832049911
CREATED:20250318T064120Z
DESCRIPTION:Dear Aissata\,\n\nThank you for submitting the written exercise. As discussed\, we would like you to present your response to the case (cholera outbreak in an IDP setting - 90-day response plan) in 15 minutes\, followed by 30 minutes of questions from the panel.\n\nPlease share your screen\; slides are optional.\n\nBest\,\nAgnes\n\nHealth Section\, UNICEF ESARO\n\nJoin with Google Meet: https://meet.google.com/xqk-rtwe-pvm\nOr dial: (KE) +254 20 5230 117 PIN: 712 448 903#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250318T064121Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UNICEF ESARO - Health Specialist (Emergencies) P4 - case presentation (A. Diallo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cbi",
        uid="040000008200E00074C5B7101A82E00800000000E4C3B2A190F8DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1, company="UNICEF", role="Health Specialist (Emergencies), P-4", stage="onsite",
        interviewers="amwangi@unicef.org;rkiptoo@unicef.org;mndiaye@unicef.org",
        trap="unicef-cbi-after-case-presentation-eat",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EAFRICA + r"""BEGIN:VEVENT
ATTENDEE;CN="Agnes Mwangi";RSVP=TRUE:mailto:amwangi@unicef.org
ATTENDEE;CN="Robert Kiptoo";RSVP=TRUE:mailto:rkiptoo@unicef.org
ATTENDEE;CN="Mame Ndiaye";RSVP=TRUE:mailto:mndiaye@unicef.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN="ESARO HR Recruitment";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:esaro.recruitment@unicef.org
CLASS:PUBLIC
CREATED:20250328T111500Z
DESCRIPTION:Dear Aissata\,\n\nCongratulations on progressing to the interview stage for the post of Health Specialist (Emergencies)\, P-4\, ESARO\, Nairobi (Job no. 578214).\n\nUNICEF uses competency-based interviews. You will be asked about your experience related to the core values (Care\, Respect\, Integrity\, Trust\, Accountability\, Sustainability) and competencies such as Drive to achieve results for impact\, Works collaboratively with others and Innovates and embraces change. Please use concrete examples (situation\, action\, result).\n\nPanel: Agnes Mwangi (Chair)\, Robert Kiptoo\, Mame Ndiaye (WCARO).\n\nThe interview is scheduled in Nairobi time (EAT\, UTC+3) - i.e. 10:00 Geneva time.\n\nKind regards\,\nESARO HR\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 366 101 447 282\nPasscode: a3GqTz\n________________________________________________________________________________\n
DTEND;TZID="E. Africa Standard Time":20250408T120000
DTSTAMP:20250328T111500Z
DTSTART;TZID="E. Africa Standard Time":20250408T110000
LAST-MODIFIED:20250328T111500Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Agnes Mwangi":mailto:amwangi@unicef.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Competency-Based Interview: Health Specialist (Emergencies) P-4 / Job 578214
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E4C3B2A190F8DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
]
