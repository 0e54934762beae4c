# ruff: noqa: E501
"""holdout219 events, part a: EU institutions and agencies (EPSO, Commission, EPPO, EIB)."""

from holdout219ev_common import BRU_G, LUX_G, ROMANCE, W_EUROPE, ev

EVENTS = [
    ev("epso-assessment", "epso-ac-412-25-c0417-20260120@epso-booking.europa.eu", 1, "EPSO",
       "Administrators (AD 5) in the field of EU public administration", "onsite", "",
       "epso-assessment-centre-booking-no-named-assessors",
       r"""BEGIN:VCALENDAR
PRODID:-//European Personnel Selection Office//EPSO Booking Tool 4.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + BRU_G + r"""BEGIN:VEVENT
UID:epso-ac-412-25-c0417-20260120@epso-booking.europa.eu
DTSTAMP:20251215T091204Z
DTSTART;TZID=Europe/Brussels:20260120T083000
DTEND;TZID=Europe/Brussels:20260120T160000
SUMMARY:EPSO/AD/412/25 - Assessment centre / Centre d'évaluation
LOCATION:EPSO Assessment Centre\, Avenue de Cortenbergh 80\, 1000 Bruxelles
DESCRIPTION:Dear candidate\,\n\nYou have booked the following session for
  the assessment centre of competition EPSO/AD/412/25 - Administrators (AD
 5) in the field of EU public administration.\n\nCandidate number: 4170983\n
 Session: 20/01/2026\, morning group B\n\nThe assessment centre consists o
 f:\n- a case study (written\, 90 minutes)\n- an oral presentation\n- a co
 mpetency-based interview\n- a group exercise\n\nPlease arrive 30 minutes
  before the start with your ID card or passport and your invitation lett
 er. Mobile phones must be switched off.\n\nRequests for special adjustmen
 ts must be sent via your EPSO account at least 10 working days in advance.
 \n\nEPSO Candidate Contact
CLASS:PUBLIC
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("epso-ac-note", "5E1D8C0A-73B4-4F25-9A1F-2C0E9D77B3A1", 1, "EPSO", "", "onsite", "",
       "self-typed-epso-ac-abbreviations-cbi",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251215T193320Z
DTSTAMP:20251215T193412Z
LAST-MODIFIED:20251215T193412Z
UID:5E1D8C0A-73B4-4F25-9A1F-2C0E9D77B3A1
DTSTART:20260120T080000
DTEND:20260120T160000
SUMMARY:AC EPSO !! présentation orale + CBI
LOCATION:Cortenbergh 80
DESCRIPTION:arriver 8h15\, eID + convocation imprimée\nCBI = compet. based
  interview -> exemples STAR (trilogue AFIR\, dossier client NZIA\, stagiair
 es)\nprés. orale 10 min + questions jury\ncrèche: Maman dépose Louise
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
UID:1B2F0F7C-2E3E-4C33-8F0B-7A40D7E8B1C2
END:VALARM
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("epso-cbt", "tr-epso-ad-412-25-cbt-55120873@testreach.com", 0, "", "", "", "",
       "epso-cbt-remote-proctored-not-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TestReach//Exam Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tr-epso-ad-412-25-cbt-55120873@testreach.com
DTSTAMP:20250926T142210Z
DTSTART:20251007T070000Z
DTEND:20251007T093000Z
SUMMARY:EPSO/AD/412/25 Computer-Based Tests (remote proctored)
DESCRIPTION:Your exam booking is confirmed.\n\nExam: EPSO/AD/412/25 - Reas
 oning tests (verbal\, numerical\, abstract) and EU knowledge test\nCandida
 te ID: 4170983\nDelivery: Remote online proctoring\n\nBefore exam day\, c
 omplete the system check in the TestReach application. On the day\, log
 in 30 minutes early\; the proctor will ask you to show your ID and a 360°
  view of your room. No notes\, no second screen\, no headphones.\n\nThis
  is an automated message. Please do not reply.
ORGANIZER;CN=TestReach Scheduling:mailto:no-reply@testreach.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Elise Va
 ndenbroucke:mailto:elise.vdbroucke@gmail.com
LOCATION:Online (TestReach)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("cast-cbt", "0k3hq1c9v6r2m8t5s4b7n2d1ef@google.com", 0, "", "", "", "",
       "cast-reasoning-cbt-test-centre-not-interview",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:elise.vdbroucke@gmail.com
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20250918T121500Z
DTEND:20250918T140000Z
DTSTAMP:20250910T071533Z
UID:0k3hq1c9v6r2m8t5s4b7n2d1ef@google.com
CREATED:20250902T184109Z
DESCRIPTION:CAST Permanent FG IV - profil political affairs/EU policies\nt
 ests de raisonnement verbal + numérique + abstrait\, centre Prometric\nre
 f. candidature EPSO/CAST/P/11/2017 (mis à jour)\nprendre: eID\, lettre c
 onvocation\, PAS de calculatrice
LAST-MODIFIED:20250910T071533Z
LOCATION:Prometric Test Centre\, Rue Montoyer 39\, 1000 Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CAST tests CBT (Prometric)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("cast-selection", "040000008200E00074C5B7101A82E00800000000A0C3D5F0E12DDC01000000000000000010000000B7E93C8F4A0D2E4B9A3F1C6D7E8B9A01", 1,
       "European Commission", "Contract Agent FG IV - Policy Officer (Trade and Sustainable Development)", "onsite",
       "giulia.marchetti@ec.europa.eu;koen.de-smet@ec.europa.eu;ana-maria.popescu@ec.europa.eu",
       "commission-outlook-romance-cast-selection-panel-functional-mailbox",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="TRADE HR SELECTIONS (TRADE)":mailto:TRADE-HR-SELECTIONS@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MARCHETTI Giulia (TRADE)":mailto:Giulia.MARCHETTI@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="DE SMET Koen (TRADE)":mailto:Koen.DE-SMET@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=FALSE;CN="POPESCU Ana-Maria (TRADE)":mailto:Ana-Maria.POPESCU@ec.europa.eu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="TRADE CHAR 04/112 (12 pers.)":mailto:TRADE-CHAR-04-112@ec.europa.eu
DESCRIPTION;LANGUAGE=en-US:Dear Ms Vandenbroucke\,\n\nFurther to your application in the CAST Permanent database\, we are pleased to invite you to a selection interview for the post of Contract Agent FG IV - Policy Officer (Trade and Sustainable Development)\, DG TRADE Unit G.4.\n\nThe interview will last approximately 45 minutes and will be conducted in English\; part of it may be held in French. The selection panel is composed of Ms Giulia Marchetti (Head of Unit\, Chair)\, Mr Koen De Smet (Deputy Head of Unit) and Ms Ana-Maria Popescu (HR Business Correspondent).\n\nPlease bring your ID card and report to the reception of the Charlemagne building\, Rue de la Loi 170\, 15 minutes before the interview. Should you be unable to attend\, please inform us by return e-mail.\n\nKind regards\,\nDG TRADE - HR Selections\n\n-- \nMadame\,\nNous avons le plaisir de vous inviter à un entretien de sélection...\n
UID:040000008200E00074C5B7101A82E00800000000A0C3D5F0E12DDC01000000000000000010000000B7E93C8F4A0D2E4B9A3F1C6D7E8B9A01
SUMMARY;LANGUAGE=en-US:Selection interview - CA FG IV TRADE G.4 - VANDENBROUCKE Elise
DTSTART;TZID=Romance Standard Time:20251104T143000
DTEND;TZID=Romance Standard Time:20251104T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T103355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHAR 04/112 (Charlemagne\, Rue de la Loi 170)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1593287624
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
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
"""),
    ev("cinea-interview", "040000008200E00074C5B7101A82E00800000000F1A9B07C3A59DC010000000000000000100000004D8A2C1E6F3B5A479C0E2D1F8A7B6C55", 1,
       "CINEA", "Project Adviser (CAST FG IV)", "onsite",
       "lotte.verhoeven@ec.europa.eu;pierre.martin@ec.europa.eu;sofia.andreou@ec.europa.eu",
       "executive-agency-teams-panel-entretien-cast",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "") + r"""BEGIN:VEVENT
ORGANIZER;CN="VERHOEVEN Lotte (CINEA)":mailto:Lotte.VERHOEVEN@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MARTIN Pierre (CINEA)":mailto:Pierre.MARTIN@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ANDREOU Sofia (CINEA)":mailto:Sofia.ANDREOU@ec.europa.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CINEA HR SELECTION":mailto:CINEA-HR-SELECTION@ec.europa.eu
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à votre candidature via la base de données CAST Permanent\, nous avons le plaisir de vous convier à un entretien pour le poste de Project Adviser (CAST FG IV) au sein de l'unité C.2 « Connecting Europe Facility - Energy ».\n\nL'entretien se déroulera en anglais sur Microsoft Teams et durera 40 minutes environ. Le panel sera composé de Mme Lotte Verhoeven (cheffe d'unité faisant fonction)\, M. Pierre Martin (chef de secteur) et Mme Sofia Andreou (project adviser).\n\nBien cordialement\,\nCINEA - Ressources humaines\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE0NjQ2ZTEtMjRhZS00NGUwLWI2NzQtZDg4N2I0OTJkYWQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22b24c8b06-522c-46fe-9080-70926f8dddb1%22%7d>\nID de réunion : 372 914 880 221\nCode secret : nK7bR3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1A9B07C3A59DC010000000000000000100000004D8A2C1E6F3B5A479C0E2D1F8A7B6C55
SUMMARY;LANGUAGE=fr-FR:Entretien - Project Adviser CAST FG IV - Unité C.2
DTSTART;TZID=Europe/Brussels:20251126T100000
DTEND;TZID=Europe/Brussels:20251126T104000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T152140Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE0NjQ2ZTEtMjRhZS00NGUwLWI2NzQtZDg4N2I0OTJkYWQ2%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
"""),
    ev("eppo-written-test", "040000008200E00074C5B7101A82E008000000008D7C1A3B2D3FDC01000000000000000010000000AA01F3B9C2D44E0F8B7C6D5E4F3A2B10", 1,
       "EPPO", "Policy Officer (Institutional Affairs) - Temporary Agent AD 6", "technical", "",
       "luxembourg-agency-written-test-outlook-w-europe",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=EPPO Recruitment:mailto:recruitment@eppo.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Candidate\,\n\nWith reference to the selection procedure EPPO/2025/TA/014 - Policy Officer (Institutional Affairs)\, Temporary Agent AD 6\, we are pleased to inform you that you have been shortlisted for the written test.\n\nThe written test will be held remotely. You will receive the test paper by e-mail at the start time and you will have 2 hours to return your answer in a single Word document. The test consists of drafting a briefing note for the European Chief Prosecutor ahead of an exchange of views with the LIBE Committee of the European Parliament.\n\nThe written test is eliminatory. Candidates who obtain at least 60% will be invited to an interview.\n\nBest regards\,\nHuman Resources Unit\nEuropean Public Prosecutor's Office\n11\, Avenue John F. Kennedy\, L-1855 Luxembourg
UID:040000008200E00074C5B7101A82E008000000008D7C1A3B2D3FDC01000000000000000010000000AA01F3B9C2D44E0F8B7C6D5E4F3A2B10
SUMMARY;LANGUAGE=en-US:EPPO/2025/TA/014 - Written test
DTSTART;TZID=W. Europe Standard Time:20251022T093000
DTEND;TZID=W. Europe Standard Time:20251022T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T081552Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Remote (by e-mail)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("eppo-panel", "040000008200E00074C5B7101A82E0080000000019B2E4C65A47DC01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8", 1,
       "EPPO", "Policy Officer (Institutional Affairs) - Temporary Agent AD 6", "onsite",
       "marta.kowalczyk@eppo.europa.eu;jean-luc.weber@eppo.europa.eu;ines.carvalho@eppo.europa.eu",
       "luxembourg-agency-panel-interview-original-before-reschedule",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=EPPO Recruitment:mailto:recruitment@eppo.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Kowalczyk, Marta":mailto:Marta.Kowalczyk@eppo.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Jean-Luc":mailto:Jean-Luc.Weber@eppo.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvalho, Inês":mailto:Ines.Carvalho@eppo.europa.eu
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LUX-KENNEDY-5.12 Meeting Room (8)":mailto:room.kennedy512@eppo.europa.eu
DESCRIPTION;LANGUAGE=en-US:Dear Candidate\,\n\nFollowing the results of the written test\, we are pleased to invite you to an interview with the Selection Committee for EPPO/2025/TA/014 - Policy Officer (Institutional Affairs)\, Temporary Agent AD 6.\n\nThe interview will take place at the EPPO premises in Luxembourg and will last approximately 45 minutes. It will assess your motivation\, your knowledge of the EU institutional framework and the competencies listed in the vacancy notice\, and will include a short test of your second EU language.\n\nPlease report to the reception desk 20 minutes before your slot with a valid ID. Travel expenses will be reimbursed according to the EPPO rules (form attached).\n\nBest regards\,\nHuman Resources Unit
UID:040000008200E00074C5B7101A82E0080000000019B2E4C65A47DC01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8
SUMMARY;LANGUAGE=en-US:EPPO/2025/TA/014 - Interview with the Selection Committee
DTSTART;TZID=W. Europe Standard Time:20251112T100000
DTEND;TZID=W. Europe Standard Time:20251112T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T134418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:EPPO\, 11 Avenue John F. Kennedy\, Luxembourg - room 5.12
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("eppo-panel-moved", "040000008200E00074C5B7101A82E0080000000019B2E4C65A47DC01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8", 1,
       "EPPO", "Policy Officer (Institutional Affairs) - Temporary Agent AD 6", "onsite",
       "marta.kowalczyk@eppo.europa.eu;jean-luc.weber@eppo.europa.eu;ines.carvalho@eppo.europa.eu",
       "rescheduled-same-uid-higher-sequence-europe-luxembourg",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:elise.vdbroucke@gmail.com
X-WR-TIMEZONE:Europe/Brussels
""" + LUX_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Luxembourg:20251119T143000
DTEND;TZID=Europe/Luxembourg:20251119T151500
DTSTAMP:20251107T090312Z
ORGANIZER;CN=EPPO Recruitment:mailto:recruitment@eppo.europa.eu
UID:040000008200E00074C5B7101A82E0080000000019B2E4C65A47DC01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elise.
 vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kowal
 czyk, Marta";X-NUM-GUESTS=0:mailto:Marta.Kowalczyk@eppo.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="W
 eber, Jean-Luc";X-NUM-GUESTS=0:mailto:Jean-Luc.Weber@eppo.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="C
 arvalho, Inês";X-NUM-GUESTS=0:mailto:Ines.Carvalho@eppo.europa.eu
CREATED:20251103T134418Z
DESCRIPTION:UPDATED: new time at the request of the Chair of the Selection
  Committee. Please accept our apologies for the change.\n\nDear Candidate\,
 \n\nFollowing the results of the written test\, we are pleased to invite
  you to an interview with the Selection Committee for EPPO/2025/TA/014 -
  Policy Officer (Institutional Affairs)\, Temporary Agent AD 6.\n\nThe int
 erview will take place at the EPPO premises in Luxembourg and will last ap
 proximately 45 minutes.\n\nHuman Resources Unit
LAST-MODIFIED:20251107T090312Z
LOCATION:EPPO\, 11 Avenue John F. Kennedy\, Luxembourg - room 5.12
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Updated: EPPO/2025/TA/014 - Interview with the Selection Committee
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("eib-video", "3v8pq0bq5l2hd0ak6c9e7s1mtr@google.com", 1, "EIB", "Institutional relations officer",
       "recruiter_screen", "", "one-way-video-interview-self-blocked-evening",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:elise.vdbroucke@gmail.com
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20251002T183000Z
DTEND:20251002T193000Z
DTSTAMP:20250929T201144Z
UID:3v8pq0bq5l2hd0ak6c9e7s1mtr@google.com
CREATED:20250929T201144Z
DESCRIPTION:BEI / EIB - Institutional relations officer (Brussels office)\n
 vidéo différée HireVue\, 5 questions\, 3 min chacune\, 1 essai\nlien dans
  le mail SuccessFactors du 29/09 - deadline vendredi 23:59 CET\nfond neut
 re\, chemisier bleu\, Louise couchée !!
LAST-MODIFIED:20250929T201318Z
LOCATION:maison
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EIB HireVue à faire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("eib-panel", "sf-rcm-interview-77341-20251028-0930@eib.successfactors.eu", 1, "EIB",
       "Institutional Relations Officer - Brussels Office (ref. 77341)", "onsite",
       "h.schroeder@eib.org;m.lindqvist@eib.org;a.ferrante@eib.org",
       "successfactors-webex-panel-luxembourg-bank",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LUX_G + r"""BEGIN:VEVENT
UID:sf-rcm-interview-77341-20251028-0930@eib.successfactors.eu
DTSTAMP:20251016T120455Z
SEQUENCE:0
DTSTART;TZID=Europe/Luxembourg:20251028T093000
DTEND;TZID=Europe/Luxembourg:20251028T103000
SUMMARY:Interview: Institutional Relations Officer - Brussels Office (ref.
  77341)
ORGANIZER;CN=EIB Careers:mailto:noreply-careers@eib.org
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Hanna Schröder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:H
 .Schroeder@eib.org
ATTENDEE;CN=Mats Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:M
 .Lindqvist@eib.org
ATTENDEE;CN=Alessandra Ferrante;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:A.Ferrante@eib.org
LOCATION:Cisco Webex (link below)
DESCRIPTION:Dear Elise Vandenbroucke\,\n\nThank you for completing the vid
 eo interview. We are pleased to invite you to a panel interview for the p
 osition of Institutional Relations Officer - Brussels Office (ref. 77341)
 .\n\nPanel:\n- Hanna Schröder\, Head of Division\, Institutional Relation
 s\n- Mats Lindqvist\, Senior Institutional Relations Officer\n- Alessandr
 a Ferrante\, HR Business Partner\n\nDuration: 60 minutes including a 10-m
 inute presentation on "The EIB's role in financing the REPowerEU objectiv
 es" (no slides).\n\nJoin Webex meeting:\nhttps://eib.webex.com/eib/j.php?
 MTID=m4c1f0e9a7b3d2c5e8f6a1b0c9d8e7f6a\nMeeting number: 2741 009 5521\nPa
 ssword: Eib2025!\nJoin by phone: +352 2786 1120 Luxembourg toll\nAccess c
 ode: 274 100 95521\n\nEIB Recruitment Team
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
