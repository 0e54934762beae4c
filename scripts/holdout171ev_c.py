"""holdout171 events, part c: EU institutions and agencies (the user's own interviews)."""

from holdout171ev_tz import BRUSSELS, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="written-test", uid="EUIPO-SEL-TA-AD6-2024-031-WT-0417",
        i=1, co="EUIPO", role="Academic Cooperation Officer (Temporary Agent AD 6)", st="technical",
        iv="", trap="eu-agency-remote-proctored-written-test-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Candidate\,\n\nFollowing the pre-selection phase of select
 ion procedure EUIPO/TA/AD/24/031 (Academic Cooperation Officer\, AD 6)\,
  we are pleased to invite you to the written test.\n\nThe test will take pl
 ace remotely via the TestReach platform (remote proctoring). Duration: 90 m
 inutes. Language: English (second language). You will receive your login d
 etails 48 hours before the test. Please check your equipment using the lin
 k provided by TestReach.\n\nKind regards\,\nSelection Team\nHuman Resource
 s Department\nEuropean Union Intellectual Property Office\nAvenida de Euro
 pa 4\, E-03008 Alicante
DTSTART:20241120T090000Z
DTEND:20241120T103000Z
DTSTAMP:20241106T132141Z
LOCATION:Online (TestReach)
ORGANIZER;CN="EUIPO Selection":mailto:selection@euipo.europa.eu
ATTENDEE;CN="NAVARRO GIL Rocio";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:EUIPO/TA/AD/24/031 - Written test
TRANSP:OPAQUE
UID:EUIPO-SEL-TA-AD6-2024-031-WT-0417
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="selection-board", uid="EUIPO-SEL-TA-AD6-2024-031-INT-0417",
        i=1, co="EUIPO", role="Academic Cooperation Officer (Temporary Agent AD 6)", st="final",
        iv="Ms Hélène Marchetti;Mr Jan De Smet;Ms Katarzyna Nowak", trap="eu-selection-board-interview-names-only",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Ms Navarro Gil\,\n\nWe are pleased to inform you that you
  have passed the written test and are invited to an interview with the Sele
 ction Board of procedure EUIPO/TA/AD/24/031.\n\nThe interview will be held
  at the EUIPO premises (Avenida de Europa 4\, Alicante)\, building AC\, roo
 m 0.12. It will last approximately 45 minutes and will be conducted mainly
  in English\; part of it may be conducted in French to assess your knowledg
 e of a second EU language.\n\nSelection Board: Ms Hélène Marchetti (Chair)
 \, Mr Jan De Smet\, Ms Katarzyna Nowak.\n\nPlease bring your identity card
  and originals of your diplomas and employment certificates. Travel expense
 s will be reimbursed in accordance with the rules applicable to candidates
 .\n\nSelection Team - HR Department
DTSTART;TZID="Romance Standard Time":20241212T100000
DTEND;TZID="Romance Standard Time":20241212T104500
DTSTAMP:20241127T101500Z
LOCATION:EUIPO - Building AC\, room 0.12\, Alicante
ORGANIZER;CN="EUIPO Selection":mailto:selection@euipo.europa.eu
ATTENDEE;CN="NAVARRO GIL Rocio";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY;LANGUAGE=en-gb:EUIPO/TA/AD/24/031 - Interview with the Selection Board
TRANSP:OPAQUE
UID:EUIPO-SEL-TA-AD6-2024-031-INT-0417
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="board-rescheduled", uid="EUIPO-SEL-TA-AD6-2024-031-INT-0417",
        i=1, co="EUIPO", role="Academic Cooperation Officer (Temporary Agent AD 6)", st="final",
        iv="Ms Hélène Marchetti;Mr Jan De Smet;Ms Katarzyna Nowak", trap="rescheduled-same-uid-sequence-2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Ms Navarro Gil\,\n\nDue to the unavailability of a member
  of the Selection Board\, your interview for procedure EUIPO/TA/AD/24/031 h
 as been moved to Monday 16 December at 15:00. All other details remain unc
 hanged (building AC\, room 0.12).\n\nSelection Board: Ms Hélène Marchetti
  (Chair)\, Mr Jan De Smet\, Ms Katarzyna Nowak.\n\nWe apologise for any inc
 onvenience.\n\nSelection Team - HR Department
DTSTART;TZID="Romance Standard Time":20241216T150000
DTEND;TZID="Romance Standard Time":20241216T154500
DTSTAMP:20241204T083012Z
LOCATION:EUIPO - Building AC\, room 0.12\, Alicante
ORGANIZER;CN="EUIPO Selection":mailto:selection@euipo.europa.eu
ATTENDEE;CN="NAVARRO GIL Rocio";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY;LANGUAGE=en-gb:UPDATED: EUIPO/TA/AD/24/031 - Interview with the Selection Board
TRANSP:OPAQUE
UID:EUIPO-SEL-TA-AD6-2024-031-INT-0417
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="jrc-test", uid="JRC-HR-SEL-CA-FGIV-2025-B4-0063-T",
        i=1, co="Joint Research Centre", role="Project Administrator (Contract Agent FG IV)", st="technical",
        iv="", trap="cast-contract-agent-written-test-brussels-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//European Commission//ARES Meeting Planner 3.2//EN
VERSION:2.0
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
UID:JRC-HR-SEL-CA-FGIV-2025-B4-0063-T
DTSTAMP:20250115T142000Z
DTSTART;TZID=Europe/Brussels:20250128T100000
DTEND;TZID=Europe/Brussels:20250128T113000
SUMMARY:JRC.B.4 Seville - CA FG IV Project Administrator - written test
ORGANIZER;CN=JRC HR SELECTION:mailto:jrc-hr-selection@ec.europa.eu
ATTENDEE;CN=Rocio NAVARRO GIL;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocion
 avarro.gil@hotmail.com
LOCATION:JRC Seville\, Edificio Expo\, C/ Inca Garcilaso 3\, 41092 Sevilla
DESCRIPTION:Dear Candidate\,\n\nFurther to your registration in the EPSO C
 AST Permanent database\, you have been short-listed for the contract agent
  position of Project Administrator (FG IV) in Unit JRC.B.4 (Human Capital
  and Employment)\, Seville.\n\nYou are invited to a written test (case stud
 y on project and grant administration\, 90 minutes\, in English) at the JR
 C premises in Seville. The interview with the selection panel will be sche
 duled separately.\n\nJRC HR Selection
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="jrc-panel", uid="JRC-HR-SEL-CA-FGIV-2025-B4-0063-I",
        i=1, co="Joint Research Centre", role="Project Administrator (Contract Agent FG IV)", st="onsite",
        iv="maria.lopez-ruiz@ec.europa.eu;thomas.weber@ec.europa.eu",
        trap="contract-agent-panel-interview-teams-brussels",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//European Commission//ARES Meeting Planner 3.2//EN
VERSION:2.0
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
UID:JRC-HR-SEL-CA-FGIV-2025-B4-0063-I
DTSTAMP:20250131T091500Z
DTSTART;TZID=Europe/Brussels:20250207T143000
DTEND;TZID=Europe/Brussels:20250207T151500
SUMMARY:Interview - CA FG IV Project Administrator JRC.B.4
ORGANIZER;CN=JRC HR SELECTION:mailto:jrc-hr-selection@ec.europa.eu
ATTENDEE;CN=Rocio NAVARRO GIL;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocion
 avarro.gil@hotmail.com
ATTENDEE;CN=LOPEZ RUIZ Maria (JRC-SEVILLA);ROLE=REQ-PARTICIPANT:mailto:mar
 ia.lopez-ruiz@ec.europa.eu
ATTENDEE;CN=WEBER Thomas (JRC-SEVILLA);ROLE=REQ-PARTICIPANT:mailto:thomas.
 weber@ec.europa.eu
ATTENDEE;CN=JRC SEV MEETING ROOM EXPO 1.05;CUTYPE=ROOM;ROLE=NON-PARTICIPAN
 T:mailto:jrc-sev-room-105@ec.europa.eu
LOCATION:JRC Seville\, Edificio Expo\, room 1.05
DESCRIPTION:Dear Ms Navarro Gil\,\n\nThank you for taking the written test
 . We are pleased to invite you to an interview with the selection panel (
 Head of Unit and a team leader). The interview will be conducted in Engli
 sh and will include questions on your motivation\, competencies and knowl
 edge of the EU.\n\nJRC HR Selection
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="entretien-webex", uid="EACEA-CA-2025-007-ENT-5521@ec.europa.eu",
        i=1, co="EACEA", role="Chargé(e) de gestion de projets (agent contractuel GF IV)", st="",
        iv="sophie.lambert@ec.europa.eu;pieter.claes@ec.europa.eu", trap="french-eu-agency-entretien-webex",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Madame\,\n\nSuite à l'examen de votre candidature dans le cadre
  de la procédure de sélection EACEA/CA/2025/007\, nous avons le plaisir de
  vous inviter à un entretien avec le comité de sélection de l'unité A.2 (E
 rasmus+\, Enseignement supérieur).\n\nL'entretien se déroulera par Webex e
 t durera environ 40 minutes. Il comprendra une partie en anglais.\n\nRejo
 indre la réunion Webex : https://ec-europa.webex.com/ec-europa/j.php?MTID=m
 4f2a91c07d3e\nNuméro de la réunion : 2375 118 0442\nMot de passe : eacea25
 \n\nCordialement\,\nSophie Lambert\nSecteur Sélection et Recrutement - EAC
 EA
DTSTART;TZID=Europe/Brussels:20250226T140000
DTEND;TZID=Europe/Brussels:20250226T144000
DTSTAMP:20250217T154400Z
LOCATION:Webex
ORGANIZER;CN="LAMBERT Sophie (EACEA)":mailto:sophie.lambert@ec.europa.eu
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN="CLAES Pieter (EACEA)";ROLE=REQ-PARTICIPANT:mailto:pieter.claes@ec.europa.eu
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Entretien - procédure EACEA/CA/2025/007 - Mme NAVARRO GIL
TRANSP:OPAQUE
UID:EACEA-CA-2025-007-ENT-5521@ec.europa.eu
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="goto-interview", uid="gotomeeting-417-553-901-euosha",
        i=1, co="EU-OSHA", role="Resources Officer (AD 5)", st="",
        iv="", trap="goto-meeting-eu-agency-interview-and-test",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:PUBLISH
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:gotomeeting-417-553-901-euosha
DTSTAMP:20250224T081000Z
DTSTART;TZID=Europe/Madrid:20250311T093000
DTEND;TZID=Europe/Madrid:20250311T110000
SUMMARY:EU-OSHA/TA/25/02 Interview and written test
ORGANIZER;CN=EU-OSHA Recruitment:mailto:recruitment@osha.europa.eu
DESCRIPTION:Interview and written test - Resources Officer (AD 5)\, Resour
 ce and Service Centre\, Bilbao.\n\nPlease join the meeting from your compu
 ter\, tablet or smartphone.\nhttps://meet.goto.com/417553901\n\nYou can al
 so dial in using your phone.\nAccess Code: 417-553-901\nSpain: +34 932 75
  2004\n\nThe written test (45 min) will start immediately after the intervi
 ew. Please have a webcam and a quiet room.
LOCATION:GoTo Meeting https://meet.goto.com/417553901
END:VEVENT
END:VCALENDAR
"""),
]
