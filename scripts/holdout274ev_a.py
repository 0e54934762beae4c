# ruff: noqa: E501, W291, W293, RUF100
"""holdout274, part A: the user's own interviews with EU institutions, EPSO and EU bodies."""

from holdout274ev_zones import TZ_BRU_GOOGLE, TZ_LUX, TZ_ROMANCE, TZ_UTC01, TZ_WEST

FORMS = {
    "EPSO": "European Personnel Selection Office|EU Careers",
    "European Commission": "Commission|EC|DG ENV|DG REGIO",
    "European Parliament": "EP|Parliament|EPRS|European Parliamentary Research Service",
    "Council of the EU": "Council of the European Union|Council|General Secretariat of the Council|GSC",
    "European Court of Auditors": "ECA|Court of Auditors|Cour des comptes européenne",
    "European Economic and Social Committee": "EESC|CESE",
    "European Committee of the Regions": "Committee of the Regions|CoR|CdR",
    "EISMEA": "European Innovation Council and SMEs Executive Agency",
    "REA": "European Research Executive Agency|Research Executive Agency",
    "European Ombudsman": "Ombudsman|Médiateur européen",
    "European Investment Bank": "EIB|BEI|Banque européenne d'investissement",
    "European Agency for Procurement Integrity": "EUPIA",
}

GOOGLE_FOOTER = r"""\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To st
 op receiving future updates for this event\, decline this event.\n\nForwar
 ding this invitation could allow any recipient to send a response to the o
 rganizer\, be added to the guest list\, invite others regardless of their
  own invitation status\, or modify your RSVP. Learn more https://support.g
 oogle.com/calendar/answer/37135#forwarding"""

EVENTS = [
    dict(
        kind="test-centre-booking",
        uid="TB-BRU-20260217-55412@testbook-europe.example.com",
        is_interview=1,
        company="EPSO",
        role="Administrator (AD 5)",
        stage="technical",
        interviewers="",
        trap="epso-case-study-test-centre-booking-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TestBook Europe//Appointment Scheduler 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:TB-BRU-20260217-55412@testbook-europe.example.com
DTSTAMP:20260129T083012Z
DTSTART:20260217T081500Z
DTEND:20260217T111500Z
SUMMARY:EPSO/AD/418/26 - Case study (computer-based test)
LOCATION:TestBook Europe - Brussels Centre\, Boulevard du Jardin Botanique
  44\, 3rd floor\, 1000 Bruxelles
DESCRIPTION:Appointment confirmation\n\nCandidate: DE SMET-LEFORT Katrien\n
 EPSO candidate number: 6310472\nCompetition: EPSO/AD/418/26 - Administrato
 rs (AD 5) in the field of EU public administration and policies\nTest: Cas
 e study\, 180 minutes (language 2: EN)\n\nPlease arrive 30 minutes before y
 our appointment with a valid identity document and your invitation letter 
 (available in your EPSO account). Personal items must be left in the lock
 ers. No breaks are scheduled during the test.\n\nTo reschedule\, use your E
 PSO account before the booking deadline. TestBook Europe staff cannot chan
 ge appointments by telephone.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="proton-hand-typed",
        uid="ZiUJbyLt4wqkW6ngn2OsXCqJwRg@proton.me",
        is_interview=1,
        company="EPSO",
        role="AD5",
        stage="onsite",
        interviewers="",
        trap="hand-typed-epso-assessment-centre-no-attendees",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.71.2//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Katrien (perso)
X-WR-TIMEZONE:Europe/Brussels
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:ZiUJbyLt4wqkW6ngn2OsXCqJwRg@proton.me
DTSTAMP:20260305T190412Z
CREATED:20260305T190412Z
LAST-MODIFIED:20260312T071530Z
SEQUENCE:0
DTSTART;TZID=Europe/Brussels:20260324T083000
DTEND;TZID=Europe/Brussels:20260324T153000
SUMMARY:EPSO AC day!! AD5 - group exercise + competency interview
LOCATION:EPSO Assessment Centre\, Avenue de Cortenbergh 158\, 1040 Etterbe
 ek
DESCRIPTION:convocation in EPSO account (pdf saved in Drive/EPSO)\n- ID car
 d + original diplomas + signed copy of application\n- group exercise 9:00\,
  comp. interview w/ selection board ~13:30\n- 8 competencies: analysis\, c
 ommunication\, quality\, learning\, prioritising\, resilience\, working with 
 others\, leadership\n- STAR!! 2 examples each\nmetro 1/5 to Schuman then 10
  min walk
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H30M
END:VALARM
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20260323T180000Z
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-webex-invite",
        uid="040000008200E00074C5B7101A82E0080000000010A2F4B1E9C2DC01000000000000000010000000C8B7EB3A4661B7E33809552486576027",
        is_interview=1,
        company="EPSO",
        role="Administrators (AD 5)",
        stage="final",
        interviewers="",
        trap="epso-remote-oral-functional-mailbox-no-names",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=EPSO AD 418 SELECTION BOARD:mailto:EPSO-AD-418-SB@epso.europa
 .example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Competition EPSO/AD/418/26 - Administrators (AD 
 5)\n\nDear Candidate\,\n\nAs announced in your EPSO account\, you are invi
 ted to the field-related oral test\, which will be held remotely by videoc
 onference. The Selection Board will be composed of the Chair or a Deputy C
 hair and two members. An EPSO assessor will attend.\n\nDuration: 45 minute
 s. Language: your language 2 (English).\nPlease connect 15 minutes in adva
 nce and have your identity document ready. The camera must remain switched
  on for the whole test. Recording is not permitted.\n\nEPSO Selection Boar
 d Secretariat\n\n-- Do not delete or change any of the following text. --\
 n\nJoin Webex meeting\nhttps://epso-example.webex.com/epso-example/j.php?MT
 ID=m8f41c0d27ab94e2f55c1d3a6e90b7a41\nMeeting number (access code): 2741 5
 53 8190\nMeeting password: Ad5oral26\n\nJoin by phone\n+32-2-894-1122 Belgi
 um Toll\nAccess code: 2741 553 8190\n
UID:040000008200E00074C5B7101A82E0080000000010A2F4B1E9C2DC01000000000000000
 010000000C8B7EB3A4661B7E33809552486576027
SUMMARY;LANGUAGE=en-US:EPSO/AD/418/26 - Field-related oral test (remote) - 
 DE SMET-LEFORT Katrien
DTSTART;TZID=W. Europe Standard Time:20260416T100000
DTEND;TZID=W. Europe Standard Time:20260416T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T093344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120741935
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
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
        kind="outlook-invite-sent-by",
        uid="040000008200E00074C5B7101A82E00800000000D0E1C87A7D8FDC010000000000000000100000001251D9A226F6FC98D516B8F31BA1D71B",
        is_interview=1,
        company="European Commission",
        role="Policy Officer (TA 2f AD6)",
        stage="technical",
        interviewers="",
        trap="functional-mailbox-sent-by-remote-written-test",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=ENV HR SELECTIONS;SENT-BY="mailto:Ines.GARCIA-MORENO@ec.europ
 a.example.eu":mailto:ENV-HR-SELECTIONS@ec.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Dear Candidate\,\n\nFurther to your application 
 for the temporary agent post COM/TA/ENV/2026/004 (Policy Officer\, AD6\, 
 Unit ENV.C.2 Circular Economy & Industrial Transition)\, we are pleased to
  inform you that you have been shortlisted for the next step of the selec
 tion procedure.\n\nThe written test will take place remotely. You will rec
 eive the case file by e-mail at 09:30 (Brussels time) and must return your
  answer (max. 2 pages\, in English) to ENV-HR-SELECTIONS@ec.europa.example
 .eu by 11:30 at the latest. Late submissions will not be accepted.\n\nCand
 idates who obtain the best marks will be invited to an interview with the
  Selection Panel.\n\nPlease accept this invitation to confirm your partici
 pation.\n\nKind regards\,\n\nInes GARCIA MORENO\nHR Correspondent - DG ENV
 \nEuropean Commission\n
UID:040000008200E00074C5B7101A82E00800000000D0E1C87A7D8FDC0100000000000000
 00100000001251D9A226F6FC98D516B8F31BA1D71B
SUMMARY;LANGUAGE=en-US:Written test - TA 2f AD6 Policy Officer - ENV.C.2 Ci
 rcular Economy & Industrial Transition
DTSTART;TZID=Romance Standard Time:20260205T093000
DTEND;TZID=Romance Standard Time:20260205T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T155902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Remote (by e-mail)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1873320471
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-room-invite",
        uid="040000008200E00074C5B7101A82E00800000000A4C3E07E58A6DC01000000000000000010000000E3F6124FFFEF875069DD41C1867FE2B3",
        is_interview=1,
        company="European Commission",
        role="Policy Officer (TA 2f AD6)",
        stage="onsite",
        interviewers="marc.vanderlinden@ec.europa.example.eu;claire.moreau@ec.europa.example.eu;jakub.nowicki@ec.europa.example.eu",
        trap="commission-selection-panel-room-resource-sent-by",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=ENV HR SELECTIONS;SENT-BY="mailto:Ines.GARCIA-MORENO@ec.europ
 a.example.eu":mailto:ENV-HR-SELECTIONS@ec.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="VANDERLINDEN 
 Marc (ENV)":mailto:Marc.VANDERLINDEN@ec.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MOREAU Cl
 aire (ENV)":mailto:Claire.MOREAU@ec.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="NOWICKI Jakub
  (HR)":mailto:Jakub.NOWICKI@ec.europa.example.eu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N="ENV BU-9 03/120 (8p\, VC)":mailto:ENV-BU9-03-120@ec.europa.example.eu
DESCRIPTION;LANGUAGE=en-US:Interview with the Selection Panel - COM/TA/ENV/
 2026/004\n\nComposition of the Selection Panel:\nChair: Marc VANDERLINDEN\
 , Head of Unit ENV.C.2\nMember: Claire MOREAU\, Deputy Head of Unit ENV.C.
 2\nMember (HR): Jakub NOWICKI\, HR Business Partner\n\nThe interview will 
 last approximately 45 minutes and will be held in English\, with a short 
 part in French (language 2). It will start with a 10-minute presentation 
 on the topic sent to you 30 minutes before the interview\, followed by qu
 estions on your motivation\, knowledge of EU circular economy policy and 
 the EU competencies.\n\nAddress: Avenue de Beaulieu 9\, 1160 Auderghem - B
 U-9 03/120. Please report to the reception with your ID 20 minutes in adva
 nce. One panel member may join via Microsoft Teams.\n\nHR Correspondent - 
 DG ENV\n\n________________________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile a
 pp or room device\nClick here to join the meeting<https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_NzQ1ZGI0YjgtMTQ1Ny00ZTQ1LWFhMzYtN2Q1ZTRk%4
 0thread.v2/0?context=%7b%22Tid%22%3a%22b24c8b06%22%7d>\nMeeting ID: 371 55
 2 908 114\nPasscode: Qz6Bn2\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A4C3E07E58A6DC0100000000000000
 0010000000E3F6124FFFEF875069DD41C1867FE2B3
SUMMARY;LANGUAGE=en-US:Interview - Selection Panel - TA 2f AD6 - DG ENV/C.2
  - DE SMET-LEFORT
DTSTART;TZID=W. Europe Standard Time:20260226T140000
DTEND;TZID=W. Europe Standard Time:20260226T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260213T104418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ENV BU-9 03/120 (8p\, VC); Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1195472204
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:env-hr-selections@ec.europa.exa
 mple.eu\;gruu\;opaque=app:conf:focus:id:NzQ1ZGI0Yjg
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-MICROSOFT-LOCATIONDISPLAYNAME:ENV BU-9 03/120 (8p\, VC)
X-MICROSOFT-LOCATIONSOURCE:Resource
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
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F2B1B6645AB1DC01000000000000000010000000E84FEB89D9073AE69380B4E24903ECD7",
        is_interview=1,
        company="European Commission",
        role="TA AD6 ENV.C.2",
        stage="final",
        interviewers="hilde.de-rijcke@ec.europa.example.eu;marc.vanderlinden@ec.europa.example.eu",
        trap="director-interview-organizer-sent-by-assistant-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="DE RIJCKE Hilde (ENV)";SENT-BY="mailto:Patricia.LOOS@ec.euro
 pa.example.eu":mailto:Hilde.DE-RIJCKE@ec.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="VANDERLINDEN 
 Marc (ENV)":mailto:Marc.VANDERLINDEN@ec.europa.example.eu
DESCRIPTION;LANGUAGE=fr-BE:Chère Madame\,\n\nSuite à votre entretien avec l
 e panel de sélection\, la Directrice souhaite vous rencontrer pour un entr
 etien final d'une trentaine de minutes (en anglais ou en français\, à vot
 re convenance). M. Vanderlinden\, Chef d'unité ENV.C.2\, sera également p
 résent.\n\nMerci de vous présenter à l'accueil du bâtiment BU-9 (avenue de
  Beaulieu 9) 10 minutes avant l'heure indiquée.\n\nBien cordialement\,\nPa
 tricia LOOS\nAssistante de la Directrice - ENV.C\n
UID:040000008200E00074C5B7101A82E00800000000F2B1B6645AB1DC0100000000000000
 0010000000E84FEB89D9073AE69380B4E24903ECD7
SUMMARY;LANGUAGE=fr-BE:Entretien avec la Directrice ENV.C - TA AD6 ENV.C.2 
 - Mme DE SMET-LEFORT
DTSTART;TZID="W. Europe Standard Time":20260312T173000
DTEND;TZID="W. Europe Standard Time":20260312T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T081127Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BU-9 06/005 - bureau de la Directrice
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119874412
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-webex-invite",
        uid="040000008200E00074C5B7101A82E008000000007A8E3C1B3E86DC0100000000000000001000000034AEBF43C7B4DA4B91F0C010E590F2AE",
        is_interview=1,
        company="European Commission",
        role="Programme Manager (Contract Agent FG IV)",
        stage="hiring_manager",
        interviewers="eleni.papadopoulou@ec.europa.example.eu;yves.lambert@ec.europa.example.eu",
        trap="cast-interview-head-of-unit-utc-display-zone-bilingual",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC01}BEGIN:VEVENT
ORGANIZER;CN=REGIO CAST SELECTION:mailto:REGIO-CAST-SELECTION@ec.europa.ex
 ample.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katrien D
 E SMET-LEFORT":mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PAPADOPOULOU 
 Eleni (REGIO)":mailto:Eleni.PAPADOPOULOU@ec.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LAMBERT Y
 ves (REGIO)":mailto:Yves.LAMBERT@ec.europa.example.eu
DESCRIPTION;LANGUAGE=fr-BE:*** English version below ***\n\nMadame\,\n\nVot
 re profil a été retenu dans la base de données CAST Permanent (FG IV). No
 us avons le plaisir de vous inviter à un entretien avec la Cheffe d'unité
 \, Mme Eleni PAPADOPOULOU\, et M. Yves LAMBERT\, gestionnaire de programme
 s pour la Belgique.\n\n---\n\nDear Ms De Smet-Lefort\,\n\nYour profile has
  been selected from the CAST Permanent database (function group IV). We a
 re pleased to invite you to an interview with the Head of Unit\, Ms Eleni 
 PAPADOPOULOU\, and Mr Yves LAMBERT\, programme manager for Belgium\, for t
 he post of Programme Manager in Unit REGIO.F.1 (Belgium\, Netherlands\, Lu
 xembourg). The interview will last about 40 minutes.\n\nREGIO CAST Selecti
 on Team\n\n-- Do not delete or change any of the following text. --\n\nJoi
 n Webex meeting\nhttps://ec-example.webex.com/ec-example/j.php?MTID=m2b77e
 0c91f4d5a6e3c18b0d9a7f4e211\nMeeting number (access code): 2788 014 6631\n
 Meeting password: Regio2026\n
UID:040000008200E00074C5B7101A82E008000000007A8E3C1B3E86DC0100000000000000
 001000000034AEBF43C7B4DA4B91F0C010E590F2AE
SUMMARY;LANGUAGE=fr-BE:Entretien / Interview - CAST Permanent FG IV - Progr
 amme Manager - REGIO.F.1
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260120T1100
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260120T114000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T132210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-902771348
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000C03E5D2E0EA9DC01000000000000000010000000D2270BAEF18EC922F5A735A2C3ABE00D",
        is_interview=1,
        company="European Parliament",
        role="Policy Analyst (Regional Policy)",
        stage="onsite",
        interviewers="Frederik Holm;Agata Wiśniewska",
        trap="selection-committee-names-only-in-description",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=EPRS Recruitment:mailto:EPRS-Recruitment@europarl.europa.exam
 ple.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-GB:Dear Ms DE SMET-LEFORT\,\n\nWe are pleased to in
 vite you to the selection procedure EPRS/AD/2026/07 (Policy Analyst - Regi
 onal Policy\, Members' Research Service). The procedure consists of a 45-
 minute written test followed by an interview with the Selection Committee
 .\n\nSelection Committee: Mr Frederik HOLM (Chair\, Head of the Structural
  and Cohesion Policies Unit)\, Ms Agata WIŚNIEWSKA (Policy Analyst). A rep
 resentative of DG PERS will be present to ensure the proper conduct of th
 e procedure.\n\nLocation: European Parliament\, Montoyer-Knelson building
 \, room MTK 03S012\, Rue Montoyer 75\, 1000 Brussels. Please bring your ID
  or passport and arrive 20 minutes early to collect a visitor's badge at 
 the Montoyer entrance.\n\nTravel expenses are not reimbursed for candidate
 s residing in Belgium.\n\nEPRS Recruitment Team\n
UID:040000008200E00074C5B7101A82E00800000000C03E5D2E0EA9DC0100000000000000
 0010000000D2270BAEF18EC922F5A735A2C3ABE00D
SUMMARY;LANGUAGE=en-GB:Written test + Interview - Selection Committee - EPR
 S/AD/2026/07 - Policy Analyst (Regional Policy)
DTSTART;TZID=W. Europe Standard Time:20260303T143000
DTEND;TZID=W. Europe Standard Time:20260303T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260220T091503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MTK 03S012
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1022447315
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-webex-invite",
        uid="040000008200E00074C5B7101A82E008000000008F0D21E6A197DC01000000000000000010000000BDFA4568E785BCAEC1CC1BCDE5D314DA",
        is_interview=1,
        company="Council of the EU",
        role="Policy Assistant (Contract Agent FG IV)",
        stage="onsite",
        interviewers="martina.kovacova@consilium.europa.example.eu;pieterjan.goossens@consilium.europa.example.eu",
        trap="council-cast-webex-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=GSC Recruitment - CAST:mailto:recruitment.gsc@consilium.europa
 .example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=KOVÁČOVÁ M
 artina:mailto:martina.kovacova@consilium.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=GOOSSENS Piete
 r-Jan:mailto:pieterjan.goossens@consilium.europa.example.eu
DESCRIPTION;LANGUAGE=en-US:Dear Madam\,\n\nFollowing the pre-selection of p
 rofiles in the EPSO CAST Permanent database\, we invite you to an intervie
 w for a contract agent (FG IV) post of Policy Assistant in directorate EC
 OMP.3 (Research\, Innovation and Space). The panel will be composed of Ms 
 Martina KOVÁČOVÁ\, Head of Unit\, and Mr Pieter-Jan GOOSSENS\, Policy Off
 icer.\n\nThe interview will take place via Webex and will last 30 to 40 m
 inutes. Part of it may be conducted in French.\n\nGSC Recruitment\nGenera
 l Secretariat of the Council\n\n-- Do not delete or change any of the fol
 lowing text. --\n\nJoin Webex meeting\nhttps://consilium-example.webex.com
 /consilium-example/j.php?MTID=m61fd7a0e2c9b48d3a1b7c5e0f4d29a86\nMeeting n
 umber (access code): 2365 900 4417\nMeeting password: GSCcast1\n
UID:040000008200E00074C5B7101A82E008000000008F0D21E6A197DC0100000000000000
 0010000000BDFA4568E785BCAEC1CC1BCDE5D314DA
SUMMARY;LANGUAGE=en-US:CAST FG IV - interview - Policy Assistant - ECOMP.3
DTSTART;TZID=Romance Standard Time:20260210T103000
DTEND;TZID=Romance Standard Time:20260210T111000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T160044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-211944721
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000003B6A09F7A4B4DC0100000000000000001000000048D0DD017B815BE7D03F4B86C4A2738C",
        is_interview=1,
        company="European Court of Auditors",
        role="Auditor (Temporary Agent AD7)",
        stage="onsite",
        interviewers="jean-marc.weber@eca.europa.example.eu;ana-maria.popescu@eca.europa.example.eu",
        trap="luxembourg-bilingual-fr-en-in-person",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=ECA Recruitment:mailto:ECA-RECRUITMENT@eca.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=WEBER Jean-Mar
 c:mailto:jean-marc.weber@eca.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=POPESCU Ana-Ma
 ria:mailto:ana-maria.popescu@eca.europa.example.eu
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=K2
  - Salle 3.14:mailto:K2-SALLE-3.14@eca.europa.example.eu
DESCRIPTION;LANGUAGE=fr-FR:[EN below]\n\nMadame\,\n\nNous avons le plaisir 
 de vous inviter à un entretien pour le poste d'auditrice / auditeur (agen
 t temporaire AD7) au sein de la Chambre II (Investissements pour la cohés
 ion\, la croissance et l'inclusion). Le jury sera composé de M. Jean-Marc 
 WEBER\, Directeur\, et de Mme Ana-Maria POPESCU\, Manager principal.\n\nDe
 ar Madam\,\n\nWe are pleased to invite you to an interview for the post o
 f Auditor (temporary agent AD7) in Chamber II. The panel will be compose
 d of Mr Jean-Marc WEBER\, Director\, and Ms Ana-Maria POPESCU\, Principal
  Manager. The interview will include a 20-minute practical exercise.\n\nAd
 resse / Address: Cour des comptes européenne\, bâtiment K2\, 19 rue Erasm
 e\, L-1468 Luxembourg. Please present your identity card or passport at t
 he reception.\n\nLes frais de voyage sont remboursés conformément aux règ
 les en vigueur / Travel expenses will be reimbursed in accordance with th
 e applicable rules.\n
UID:040000008200E00074C5B7101A82E008000000003B6A09F7A4B4DC0100000000000000
 001000000048D0DD017B815BE7D03F4B86C4A2738C
SUMMARY;LANGUAGE=fr-FR:Entretien / Interview - Agent temporaire AD7 Auditeu
 r - Chambre II
DTSTART;TZID=W. Europe Standard Time:20260319T093000
DTEND;TZID=W. Europe Standard Time:20260319T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260306T142731Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:K2 - Salle 3.14\, Luxembourg
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1748822019
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000065F1C2D7628FDC0100000000000000001000000073E61F4910356DAF0524D6AE52324B72",
        is_interview=1,
        company="European Economic and Social Committee",
        role="",
        stage="hiring_manager",
        interviewers="ruta.jankauskiene@eesc.europa.example.eu",
        trap="organizer-is-interviewer-terse-summary-display-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Jankauskiene Ruta":mailto:Ruta.Jankauskiene@eesc.europa.examp
 le.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Dear Ms De Smet-Lefort\, \n\nas agreed by phone\
 , here is the invitation for our conversation about the CAST FG IV positi
 on in the ECO section secretariat.\n\nBest regards\,\nRuta Jankauskiene\nH
 ead of Unit - ECO Section\nEuropean Economic and Social Committee\n\n_____
 ___________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devi
 ce\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_OGJhNjQ4ZDItYzA0MC00NDBjLTk1ZmYtZDFkZWE1%40thread.v2/0?co
 ntext=%7b%22Tid%22%3a%22f11e2a7c%22%7d>\nMeeting ID: 349 118 552 076\nPass
 code: Lm9Yt3\nDownload Teams<https://www.microsoft.com/en-us/microsoft-tea
 ms/download-app> | Join on the web<https://www.microsoft.com/microsoft-tea
 ms/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting 
 options<https://teams.microsoft.com/meetingOptions/>\n____________________
 ____________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000065F1C2D7628FDC0100000000000000
 001000000073E61F4910356DAF0524D6AE52324B72
SUMMARY;LANGUAGE=en-US:ECO - CAST FG IV - K. De Smet-Lefort
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260128T1600
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260128T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260123T101936Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117530812
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000F7C3E4A1B2C7DC010000000000000000100000008A966351C5310A79B51EDA98CD67E551",
        is_interview=1,
        company="European Committee of the Regions",
        role="Seconded National Expert",
        stage="onsite",
        interviewers="dirk.vermeulen@cor.europa.example.eu;chiara.bonfanti@cor.europa.example.eu",
        trap="sne-secondment-perm-rep-cc-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="CoR - Seconded National Experts":mailto:SNE@cor.europa.exampl
 e.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vermeulen Dir
 k":mailto:Dirk.Vermeulen@cor.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bonfanti Chia
 ra":mailto:Chiara.Bonfanti@cor.europa.example.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambrecht
 s Sophie":mailto:sophie.lambrechts@diplobel.example.be
DESCRIPTION;LANGUAGE=en-US:Dear Ms De Smet-Lefort\,\n\nFurther to the trans
 mission of your application by the Permanent Representation of Belgium (c
 c)\, the European Committee of the Regions invites you to an interview for
  the Seconded National Expert post CoR/SNE/2026/04 in Directorate C (Legi
 slative Work 1 - ECON commission secretariat).\n\nPanel: Mr Dirk VERMEULEN
 \, Director\, and Ms Chiara BONFANTI\, Head of Unit.\n\nPlease make sure yo
 ur employer has confirmed that it will continue to pay your salary during 
 the secondment.\n\nCoR HR Unit - SNE & Trainees\n\n_______________________
 _________________________________________________________\nMicrosoft Teams 
 meeting\nJoin on your computer\, mobile app or room device\nClick here to 
 join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YT
 k3MWE0ZDAtNGQ5Ni00ZTYxLWJmNjQtYjFm%40thread.v2/0?context=%7b%22Tid%22%3a%2
 2c9e4a012%22%7d>\nMeeting ID: 318 604 221 907\nPasscode: 7tVh4Q\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F7C3E4A1B2C7DC0100000000000000
 00100000008A966351C5310A79B51EDA98CD67E551
SUMMARY;LANGUAGE=en-US:SNE selection interview - Directorate C - CoR/SNE/20
 26/04
DTSTART;TZID=W. Europe Standard Time:20260421T110000
DTEND;TZID=W. Europe Standard Time:20260421T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T120501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1408832267
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000A1D0E5573B84DC01000000000000000010000000872B7C9326E719CC94347E3F694911FD",
        is_interview=1,
        company="EISMEA",
        role="Project Adviser (CAST FG IV)",
        stage="recruiter_screen",
        interviewers="olga.petrova-leroy@eismea.example.eu",
        trap="pre-selection-phone-call-hr",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="PETROVA-LEROY Olga (EISMEA)":mailto:Olga.PETROVA-LEROY@eismea
 .example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Dear Ms De Smet-Lefort\,\n\nThank you for your i
 nterest in the Project Adviser position (contract agent FG IV) in Unit I.0
 2 - EIC Pathfinder & Transition.\n\nAs a first step I would like to have a
  short pre-selection interview by phone (about 20 minutes): your availabi
 lity\, motivation\, notice period and the conditions of employment (FG IV
 \, contract duration). I will call you on +32 470 55 18 22.\n\nKind regard
 s\,\nOlga Petrova-Leroy\nHR Officer - Selection & Recruitment\nEuropean In
 novation Council and SMEs Executive Agency (EISMEA)\n
UID:040000008200E00074C5B7101A82E00800000000A1D0E5573B84DC0100000000000000
 0010000000872B7C9326E719CC94347E3F694911FD
SUMMARY;LANGUAGE=en-US:Pre-selection interview (phone) - CAST FG IV Project
  Adviser - EISMEA I.02
DTSTART;TZID=W. Europe Standard Time:20260114T140000
DTEND;TZID=W. Europe Standard Time:20260114T142000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T084510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call (+32 470 55 18 22)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-388217460
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000017A6F0833C8BDC010000000000000000100000006A7DB37FE8A7FDD2BAB00F6F6614008F",
        is_interview=1,
        company="EISMEA",
        role="Project Adviser (CA FG IV)",
        stage="hiring_manager",
        interviewers="francesco.di-lorenzo@eismea.example.eu;birgit.hauser@eismea.example.eu",
        trap="hr-organizer-coordinator-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="PETROVA-LEROY Olga (EISMEA)":mailto:Olga.PETROVA-LEROY@eismea
 .example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="DI LORENZO Fr
 ancesco (EISMEA)":mailto:Francesco.DI-LORENZO@eismea.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="HAUSER Birgi
 t (EISMEA)":mailto:Birgit.HAUSER@eismea.example.eu
DESCRIPTION;LANGUAGE=en-US:Dear Ms De Smet-Lefort\,\n\nFollowing our call\,
  I am pleased to invite you to an interview with the Head of Unit I.02\, 
 Mr Francesco Di Lorenzo\, and the Deputy Head of Unit\, Ms Birgit Hauser.
  I will not attend the interview myself but remain your contact point for
  any practical question.\n\nBest regards\,\nOlga Petrova-Leroy\nHR Officer
 \n\n______________________________________________________________________
 __________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or
  room device\nClick here to join the meeting<https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_ZmU4NDAzMjMtZTZkNi00NzYxLWI1ZjctYzZh%40thread.v2
 /0?context=%7b%22Tid%22%3a%229a01be55%22%7d>\nMeeting ID: 392 770 415 236\
 nPasscode: hS3Gq8\n_______________________________________________________
 _________________________\n
UID:040000008200E00074C5B7101A82E0080000000017A6F0833C8BDC0100000000000000
 00100000006A7DB37FE8A7FDD2BAB00F6F6614008F
SUMMARY;LANGUAGE=en-US:Interview with the Head of Unit - EISMEA I.02 - Proj
 ect Adviser (CA FG IV)
DTSTART;TZID=W. Europe Standard Time:20260203T100000
DTEND;TZID=W. Europe Standard Time:20260203T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T151122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1960027174
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000029E4B8C0D3A8DC01000000000000000010000000B2103842EF586B4DD57E3FBAFEF9504A",
        is_interview=1,
        company="REA",
        role="Project Officer (CAST FG IV)",
        stage="onsite",
        interviewers="marta.szymanska@rea.example.eu;gerrit.janssen@rea.example.eu;lucia.prieto@rea.example.eu",
        trap="eu-survey-availability-panel-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=REA C2 SELECTIONS:mailto:REA-C2-SELECTIONS@rea.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SZYMAŃSKA Mar
 ta (REA)":mailto:Marta.SZYMANSKA@rea.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="JANSSEN Gerri
 t (REA)":mailto:Gerrit.JANSSEN@rea.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="PRIETO Lu
 cía (REA)":mailto:Lucia.PRIETO@rea.example.eu
DESCRIPTION;LANGUAGE=en-US:Dear candidate\,\n\nThank you for completing the
  EU Survey availability form (https://ec.europa.example.eu/eusurvey/runner
 /REA-C2-availability-2026). Based on your reply\, we confirm your intervie
 w slot for the Project Officer profile (CAST FG IV) in Unit REA.C.2 - Clim
 ate\, Energy and Mobility.\n\nPanel: Marta SZYMAŃSKA (Head of Sector\, Cha
 ir)\, Gerrit JANSSEN (Project Officer)\, Lucía PRIETO (HR).\n\nThe intervi
 ew (30 min) will be followed by a short written exercise of 30 minutes se
 nt by e-mail.\n\n_______________________________________________________
 _________________________\nMicrosoft Teams meeting\nJoin on your computer
 \, mobile app or room device\nClick here to join the meeting<https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_MzQ0YzE3NWUtNTA5OS00YjQ3LThlZDgt
 %40thread.v2/0?context=%7b%22Tid%22%3a%2240dd1e0b%22%7d>\nMeeting ID: 336 
 901 772 480\nPasscode: R7ea2C\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E0080000000029E4B8C0D3A8DC0100000000000000
 0010000000B2103842EF586B4DD57E3FBAFEF9504A
SUMMARY;LANGUAGE=en-US:REA.C.2 - CAST FG IV Project Officer - interview pan
 el - slot 4
DTSTART;TZID=W. Europe Standard Time:20260304T090000
DTEND;TZID=W. Europe Standard Time:20260304T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T113402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1630558190
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-webex-invite",
        uid="040000008200E00074C5B7101A82E00800000000B8E2F61C409EDC01000000000000000010000000461FCCC89D0325E7450B025B4B975015",
        is_interview=1,
        company="European Ombudsman",
        role="Chargé·e de mission (AD6)",
        stage="onsite",
        interviewers="nathalie.renaud@ombudsman.europa.example.eu;tomasz.wojcik@ombudsman.europa.example.eu",
        trap="french-entretien-ombudsman-webex",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Médiateur européen - Ressources humaines":mailto:recrutement@
 ombudsman.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=RENAUD Nathali
 e:mailto:nathalie.renaud@ombudsman.europa.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=WÓJCIK Tomasz:
 mailto:tomasz.wojcik@ombudsman.europa.example.eu
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nÀ la suite de l'examen des candidatu
 res pour l'avis de vacance EO/TA/2026/02 (agent temporaire AD6 - chargé·e
  de mission\, enquêtes stratégiques)\, nous avons le plaisir de vous inv
 iter à un entretien avec le comité de sélection\, composé de Mme Nathalie
  RENAUD (Cheffe d'unité) et M. Tomasz WÓJCIK (Juriste principal).\n\nL'en
 tretien se déroulera en anglais et en français et durera environ 45 minut
 es. Il sera précédé d'une épreuve écrite de 60 minutes (envoyée par courr
 iel à 13h30).\n\nCordialement\,\nUnité Ressources humaines\n\n-- Do not de
 lete or change any of the following text. --\n\nRejoindre la réunion Webe
 x\nhttps://ombudsman-example.webex.com/ombudsman-example/j.php?MTID=m0c3e4
 1f77a2d45b09e8f61c2d7b3a5e9\nNuméro de la réunion (code d'accès) : 2740 61
 8 3395\nMot de passe de la réunion : EOta2026\n
UID:040000008200E00074C5B7101A82E00800000000B8E2F61C409EDC0100000000000000
 0010000000461FCCC89D0325E7450B025B4B975015
SUMMARY;LANGUAGE=fr-FR:Entretien - Agent temporaire AD6 - Chargé·e de missi
 on (EO/TA/2026/02)
DTSTART;TZID=Romance Standard Time:20260218T143000
DTEND;TZID=Romance Standard Time:20260218T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T094420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1376009551
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INT-26-0412-000193-1@successfactors.example.eu",
        is_interview=1,
        company="European Investment Bank",
        role="Policy Officer - Regional Development",
        stage="recruiter_screen",
        interviewers="m.thill@eib.example.org",
        trap="successfactors-phone-screen-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-26-0412-000193-1@successfactors.example.eu
DTSTAMP:20260115T101244Z
DTSTART:20260122T093000Z
DTEND:20260122T100000Z
ORGANIZER;CN=Manon Thill:mailto:m.thill@eib.example.org
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Manon Thill;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.thi
 ll@eib.example.org
SUMMARY:Interview: Policy Officer - Regional Development (Req ID 26-0412)
DESCRIPTION:Dear Katrien\,\n\nYour interview has been scheduled.\n\nPositio
 n: Policy Officer - Regional Development (Req ID 26-0412)\nInterview type:
  Telephone screening (Human Resources)\nInterviewer(s): Manon Thill\, Tal
 ent Acquisition\nDuration: 30 minutes\n\nThe interviewer will call you on 
 the phone number provided in your application.\n\nIf you need to change t
 his appointment\, please reply to this e-mail.\n\nEuropean Investment Ban
 k - Careers\n\nThis message was sent by SAP SuccessFactors on behalf of th
 e European Investment Bank. Please do not reply to the sender address.
LOCATION:Telephone
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INT-26-0412-000241-2@successfactors.example.eu",
        is_interview=1,
        company="European Investment Bank",
        role="Policy Officer - Regional Development",
        stage="onsite",
        interviewers="k.maes@eib.example.org;i.conti@eib.example.org;m.thill@eib.example.org",
        trap="successfactors-panel-luxembourg-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LUX}BEGIN:VEVENT
UID:SF-INT-26-0412-000241-2@successfactors.example.eu
DTSTAMP:20260209T154901Z
DTSTART;TZID=Europe/Luxembourg:20260224T140000
DTEND;TZID=Europe/Luxembourg:20260224T153000
ORGANIZER;CN=Manon Thill:mailto:m.thill@eib.example.org
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Kristof Maes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.ma
 es@eib.example.org
ATTENDEE;CN=Ilaria Conti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i.co
 nti@eib.example.org
ATTENDEE;CN=Manon Thill;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.thi
 ll@eib.example.org
SUMMARY:Interview: Policy Officer - Regional Development (Req ID 26-0412)
DESCRIPTION:Dear Katrien\,\n\nYour interview has been scheduled.\n\nPositio
 n: Policy Officer - Regional Development (Req ID 26-0412)\nInterview type:
  Panel interview (on site) with case presentation\nInterviewer(s): Kristof
  Maes (Head of Division)\, Ilaria Conti (Senior Policy Officer)\, Manon Th
 ill (Talent Acquisition)\nDuration: 90 minutes\n\nLocation: EIB\, East Kir
 chberg building\, 100 boulevard Konrad Adenauer\, L-2950 Luxembourg. Ple
 ase bring an identity document. You will receive the case material 45 mi
 nutes before the interview in the waiting room.\n\nTravel costs will be r
 eimbursed on the basis of a second-class train ticket.\n\nEuropean Invest
 ment Bank - Careers\n\nThis message was sent by SAP SuccessFactors on beh
 alf of the European Investment Bank. Please do not reply to the sender a
 ddress.
LOCATION:EIB East Kirchberg\, Luxembourg
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="proctoring-booking",
        uid="exam-7f3c2a91-eupia-ta-ad6-2026-003-cand-0418@testreach-proctor.example.com",
        is_interview=1,
        company="European Agency for Procurement Integrity",
        role="Temporary Agent AD6 - Policy Officer",
        stage="technical",
        interviewers="",
        trap="remote-proctored-test-vendor-utc",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ProctorLine//Exam Scheduler 4.1//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:exam-7f3c2a91-eupia-ta-ad6-2026-003-cand-0418@testreach-proctor.example.com
DTSTAMP:20260302T114500Z
DTSTART:20260310T080000Z
DTEND:20260310T093000Z
SUMMARY:EUPIA/TA/AD6/2026/003 - Written test (remote invigilated)
DESCRIPTION:Candidate: Katrien DE SMET-LEFORT (ID 0418)\nOrganisation: European Agency for Procurement Integrity (EUPIA)\, Luxembourg\nExam: Written test - drafting exercise (90 minutes)\n\nBefore the exam:\n- install the ProctorLine secure browser and run the system check\n- launch the exam 30 minutes before the start time\n- have your passport or ID card ready for the identity check\n- a clear desk and a quiet room are required; a 360-degree room scan will be performed\n\nSupport: support@proctorline.example.com
LOCATION:Online (ProctorLine secure browser)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite",
        uid="3amept4gl5b3u7rfql84nlhxpj@google.com",
        is_interview=1,
        company="European Agency for Procurement Integrity",
        role="Policy Officer (TA AD6)",
        stage="onsite",
        interviewers="henrik.sorensen@eupia.example.eu;valeria.russo@eupia.example.eu",
        trap="google-invite-staff-committee-observer-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260414T080000Z
DTEND:20260414T090000Z
DTSTAMP:20260331T142230Z
ORGANIZER;CN=EUPIA Selections:mailto:selections@eupia.example.eu
UID:3amept4gl5b3u7rfql84nlhxpj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Henrik Sørensen;X-NUM-GUESTS=0:mailto:henrik.sorensen@eupia.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Valeria Russo;X-NUM-GUESTS=0:mailto:valeria.russo@eupia.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Luc Schmit;X-NUM-GUESTS=0:mailto:luc.schmit@eupia.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desm
 et.lefort@proton.me
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=EUPIA Selections;X-NUM-GUESTS=0:mailto:selections@eupia.example.eu
X-MICROSOFT-CDO-OWNERAPPTID:-1482650921
CREATED:20260331T142229Z
DESCRIPTION:Selection procedure EUPIA/TA/AD6/2026/003 - Policy Officer\n\nD
 ear Ms De Smet-Lefort\,\n\nFollowing the written test\, you are invited to
  an interview with the Selection Committee at the Agency's premises in Lu
 xembourg (10:00 local time).\n\nSelection Committee: Henrik Sørensen (Chai
 r\, Head of Operations)\, Valeria Russo (Member\, Senior Policy Officer).
  Luc Schmit attends as non-voting observer appointed by the Staff Committ
 ee.\n\nAddress: EUPIA\, 9 rue Léon Hengen\, L-1745 Luxembourg-Kirchberg (
 tram stop Coque). Please bring your passport or ID card.\n\nEUPIA Human R
 esources{GOOGLE_FOOTER}
LAST-MODIFIED:20260331T142230Z
LOCATION:EUPIA\, 9 rue Léon Hengen\, L-1745 Luxembourg-Kirchberg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview with the Selection Committee - EUPIA/TA/AD6/2026/003
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
