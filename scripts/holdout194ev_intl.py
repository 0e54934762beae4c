"""holdout194: international, European, German- and Dutch-speaking schools (own interviews). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("schrole-screen", "schrole-int-55120-8841@schrole.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Schrole Group//Schrole Connect//EN
METHOD:REQUEST
%TZ_PERTH%
BEGIN:VEVENT
UID:schrole-int-55120-8841@schrole.com
DTSTAMP:20250108T031522Z
DTSTART;TZID=Australia/Perth:20250116T170000
DTEND;TZID=Australia/Perth:20250116T174500
SUMMARY:Interview: High School Principal - International School of Brussels
ORGANIZER;CN=Schrole Connect:mailto:no-reply@schrole.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Rebecca Thornton;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:rebecca.thornton@schrole.com
DESCRIPTION:Hi Margaux\,\n\nYour interview has been scheduled via Schrole C
 onnect.\n\nSchool: International School of Brussels (ISB)\nPosition: High
  School Principal (start August 2025)\nInterviewer: Rebecca Thornton\, Sen
 ior Recruitment Consultant (Schrole Recruitment Services\, on behalf of IS
 B)\nFormat: Initial screening\, 45 minutes\, video\n\nJoin: https://schrol
 e.zoom.us/j/91833450127\n\nPlease note the time shown is in AWST (Perth). Yo
 ur local time: 10:00 CET.\n\nGood luck!\nThe Schrole Team
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="International School of Brussels", role="High School Principal",
      stage="recruiter_screen", interviewers=["rebecca.thornton@schrole.com"],
      trap="schrole-consultant-screen-perth-timezone"),

    E("isb-head-moved", "2b8n4p6r0t1v3x5z7a9c1e3g5i@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250206T163000
DTEND;TZID=Europe/Brussels:20250206T173000
DTSTAMP:20250131T094455Z
ORGANIZER;CN=Joanna Whitfield:mailto:jwhitfield@isb.be
UID:2b8n4p6r0t1v3x5z7a9c1e3g5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joanna
  Whitfield;X-NUM-GUESTS=0:mailto:jwhitfield@isb.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel
  Okafor;X-NUM-GUESTS=0:mailto:dokafor@isb.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=margaux.lambert65@skynet.be;X-NUM-GUESTS=0:mailto:margaux.lambert65
 @skynet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Office
  of the Director;X-NUM-GUESTS=0:mailto:director.office@isb.be
CREATED:20250124T101200Z
DESCRIPTION:Dear Margaux\,\n\nApologies for moving this – Daniel's board me
 eting was rescheduled. New time is Thursday 6 February\, 16:30 Brussels ti
 me (was Tuesday 4 Feb 17:00).\n\nConversation with Daniel Okafor (Director
 ) and myself (Deputy Director\, Learning) about the High School Principal
  role.\n\nBest\,\nJoanna\n\nJoin with Google Meet: https://meet.google.com/
 xdy-pwqa-rvn
LAST-MODIFIED:20250131T094455Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Margaux Lambert <> ISB – HS Principal (Director conversation) [UPDATED]
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", interview=1, company="International School of Brussels", role="High School Principal",
      stage="hiring_manager", interviewers=["jwhitfield@isb.be", "dokafor@isb.be"],
      trap="rescheduled-sequence-2-director-office-optional"),

    E("isb-finalist", "ISB-FINALIST-2025-MLAMBERT",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:ISB-FINALIST-2025-MLAMBERT
DTSTAMP:20250218T150000Z
DTSTART;TZID=Europe/Brussels:20250306T083000
DTEND;TZID=Europe/Brussels:20250306T160000
SUMMARY:ISB Finalist Visit – Margaux Lambert (HS Principal)
ORGANIZER;CN="Whitfield, Joanna":mailto:jwhitfield@isb.be
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN="Okafor, Daniel";ROLE=REQ-PARTICIPANT:mailto:dokafor@isb.be
ATTENDEE;CN="HS Student Council";ROLE=OPT-PARTICIPANT:mailto:hs.studentcouncil@isb.be
ATTENDEE;CN="ISB Board Search Committee";ROLE=REQ-PARTICIPANT:mailto:searchcommittee@isb.be
ATTENDEE;CUTYPE=RESOURCE;CN="Admin Bldg - Boardroom";ROLE=NON-PARTICIPANT:mailto:boardroom@isb.be
LOCATION:ISB\, Kattenberg 19\, 3080 Tervuren – Admin Building reception
DESCRIPTION:Schedule for the day:\n08:30 Welcome & campus tour (Joanna)\n0
 9:30 Meeting with HS faculty representatives\n10:30 Student panel\n11:30 Se
 arch Committee interview\n12:30 Lunch with Middle School & HS leadership\n1
 4:00 Parent focus group\n15:00 Final conversation with Daniel Okafor\n\nPark
 ing: visitor spaces by the Admin building.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="International School of Brussels", role="HS Principal", stage="final",
      interviewers=["jwhitfield@isb.be", "dokafor@isb.be", "searchcommittee@isb.be"],
      trap="finalist-campus-day-with-student-panel", crlf=True),

    E("headhunter-bsb", "cs-hubspot-meeting-0e4c19b2a7",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HubSpot//Meetings//EN
METHOD:REQUEST
%TZ_NEWYORK%
BEGIN:VEVENT
UID:cs-hubspot-meeting-0e4c19b2a7
DTSTAMP:20250121T191233Z
DTSTART;TZID=America/New_York:20250127T090000
DTEND;TZID=America/New_York:20250127T094500
SUMMARY:Margaux Lambert and Thomas Greer
ORGANIZER;CN=Thomas Greer:mailto:tgreer@carneysandoe.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Thomas Greer;ROLE=REQ-PARTICIPANT:mailto:tgreer@carneysandoe.com
DESCRIPTION:Thank you for booking time with me.\n\nAs discussed by email\,
  this is the first confidential conversation for the Head of Secondary sear
 ch we are conducting for The British School of Brussels. I will walk you th
 rough the position statement and would like to hear about your leadership
  experience in the Belgian system.\n\nZoom: https://carneysandoe.zoom.us/j
 /6624018893\n\nThomas Greer | Search Consultant | Carney\, Sandoe & Associ
 ates
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="The British School of Brussels", role="Head of Secondary", stage="recruiter_screen",
      interviewers=["tgreer@carneysandoe.com"], trap="headhunter-names-client-only-in-body"),

    E("bsb-panel", "BSB-REC-HOS-2025-07",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_LONDON%
BEGIN:VEVENT
UID:BSB-REC-HOS-2025-07
DTSTAMP:20250212T101000Z
DTSTART;TZID=Europe/London:20250225T090000
DTEND;TZID=Europe/London:20250225T103000
SUMMARY:Head of Secondary – Interview Panel (Candidate: M. Lambert)
ORGANIZER;CN="Recruitment BSB";SENT-BY="mailto:pa.principal@britishschool.be":mailto:recruitment@britishs
 chool.be
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN="Harding, Melanie";ROLE=REQ-PARTICIPANT:mailto:m.harding@britishschool.be
ATTENDEE;CN="Claes, Pieter";ROLE=REQ-PARTICIPANT:mailto:p.claes@britishschool.be
ATTENDEE;CN="Greer, Thomas";ROLE=OPT-PARTICIPANT:mailto:tgreer@carneysandoe.com
LOCATION:BSB\, Leuvensesteenweg 19\, 3080 Tervuren – Principal's Office
DESCRIPTION:Panel: Melanie Harding (Principal & CEO)\, Pieter Claes (Chair of
  Governors' Education Committee). Thomas Greer (Carney Sandoe) will join a
 s observer.\nPlease arrive 15 minutes early and sign in at Reception.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="The British School of Brussels", role="Head of Secondary", stage="onsite",
      interviewers=["m.harding@britishschool.be", "p.claes@britishschool.be"],
      trap="london-zone-panel-headhunter-observer", crlf=True),

    E("stjohns-teams", "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000CC77",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Caroline":mailto:cdubois@stjohns.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=margaux.lambert65@skynet.be:mailto:margaux
 .lambert65@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mackenzie, Ian":mailto:imackenzie@stjohns.be
DESCRIPTION;LANGUAGE=en-GB:Dear Margaux\,\n\nThank you for your application
  for the position of Secondary Principal (IB Diploma / MYP). Ian Mackenzie\,
  Head of School\, and I would like to meet you on Teams.\n\nKind regards\,\n
 Caroline Dubois\nHR Manager\, St. John's International School\n\n_________
 _______________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\nh
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZmY4%40thread.v2/
 0\nMeeting ID: 388 204 117 553\nPasscode: t9QkP3\n_________________________
 _______________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000CC77
SUMMARY;LANGUAGE=en-GB:Interview - Secondary Principal - Margaux Lambert
DTSTART;TZID=W. Europe Standard Time:20250318T163000
DTEND;TZID=W. Europe Standard Time:20250318T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T081200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="St. John's International School", role="Secondary Principal (IB Diploma / MYP)",
      interviewers=["cdubois@stjohns.be", "imackenzie@stjohns.be"], trap="teams-english-hr-and-head-of-school",
      crlf=True),

    E("beps-calendly", "a3b7f2c9-1e4d-4a6b-8c0e-9f1d2e3c4b5a@calendly.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a3b7f2c9-1e4d-4a6b-8c0e-9f1d2e3c4b5a@calendly.com
DTSTAMP:20250303T121501Z
DTSTART:20250313T140000Z
DTEND:20250313T144500Z
SUMMARY:Head of Secondary - first conversation between Sarah Lindqvist and Margaux Lambert
ORGANIZER;CN=Sarah Lindqvist:mailto:slindqvist@beps.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Event Name: Head of Secondary - first conversation\n\nLocation
 : This is a Google Meet web conference.\nhttps://meet.google.com/ehz-rkwo-
 jqb\n\nNeed to make changes to this event?\nCancel: https://calendly.com/c
 ancellations/a3b7f2c9\nReschedule: https://calendly.com/reschedulings/a3b7
 f2c9\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ehz-rkwo-jqb
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="BEPS International School", role="Head of Secondary",
      interviewers=["slindqvist@beps.com"], trap="calendly-event-type-name-only"),

    E("isl-teams", "ISL-HR-2025-SP-0331@islux.lu",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_LUX%
BEGIN:VEVENT
UID:ISL-HR-2025-SP-0331@islux.lu
DTSTAMP:20250320T141210Z
DTSTART;TZID=Europe/Luxembourg:20250331T150000
DTEND;TZID=Europe/Luxembourg:20250331T160000
SUMMARY:ISL | Upper School Principal | Round 2
ORGANIZER;CN="Talent Team - ISL":mailto:talent@islux.lu
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN="Schmit, Claude";ROLE=REQ-PARTICIPANT:mailto:claude.schmit@islux.lu
ATTENDEE;CN="Ferreira, Ana";ROLE=REQ-PARTICIPANT:mailto:ana.ferreira@islux.lu
ATTENDEE;CN="Weber, Jonas";ROLE=REQ-PARTICIPANT:mailto:jonas.weber@islux.lu
LOCATION:Microsoft Teams
DESCRIPTION:Round 2: leadership scenario discussion with the Director (Claude
  Schmit)\, the Lower School Principal (Ana Ferreira) and a parent governor (J
 onas Weber).\nPlease prepare a 10-minute response to the scenario sent by e
 mail (attendance and wellbeing data\, Grade 10).\n\nJoin Microsoft Teams Me
 eting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA5Mzk%40th
 read.v2/0\nDial-in: +352 27 86 19 44\,\,512990871#
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="International School of Luxembourg", role="Upper School Principal",
      interviewers=["claude.schmit@islux.lu", "ana.ferreira@islux.lu", "jonas.weber@islux.lu"],
      trap="luxembourg-round-2-scenario", crlf=True),

    E("ais-greenhouse", "greenhouse-interview-4418820037",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4418820037
DTSTAMP:20250404T090011Z
DTSTART:20250410T130000Z
DTEND:20250410T140000Z
SUMMARY:Interview with Antwerp International School
ORGANIZER;CN=Antwerp International School:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Hi Margaux\,\n\nYou're confirmed for your interview for Dean of
  Academics (Secondary) at Antwerp International School.\n\nInterviewers:\n-
  Kristof Aerts (Head of School)\n- Linda Moreau (Curriculum Coordinator)\n\n
 Location: Veltwijcklaan 180\, 2180 Ekeren (Antwerp). Visitor parking on sit
 e.\n\nIf you need to reschedule\, please reply to your recruiting contact.
LOCATION:Veltwijcklaan 180\, 2180 Ekeren
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Antwerp International School", role="Dean of Academics (Secondary)",
      stage="onsite", interviewers=["Kristof Aerts", "Linda Moreau"], trap="greenhouse-noreply-onsite"),

    E("eeb4-board", "ES-OSG-2025-DDS-LAMBERT",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:ES-OSG-2025-DDS-LAMBERT
DTSTAMP:20250408T071200Z
DTSTART;TZID=Europe/Brussels:20250424T100000
DTEND;TZID=Europe/Brussels:20250424T110000
SUMMARY:Selection Board – Deputy Director (Secondary) EEB IV Laeken
ORGANIZER;CN="OSG Human Resources":mailto:osg-hr@eursc.eu
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:Office of the Secretary-General\, Rue de la Science 23\, 1040 Brussels
DESCRIPTION:Dear Candidate\,\nYou are invited to appear before the Selecti
 on Board for the post of Deputy Director (Secondary cycle) at the European
  School Brussels IV. The interview will be conducted in English and French\,
  and may include questions in a third working language (German).\nThe Board
  is chaired by an Inspector of the Board of Inspectors (Secondary).\nBring
  your ID card.\n\nRecrutement/Recruitment - OSG
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="European School Brussels IV", role="Deputy Director (Secondary cycle)", stage="onsite",
      trap="european-school-selection-board-trilingual", crlf=True),

    E("eupen-auswahl", "kae-schulleitung-2025-03@dgov.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:kae-schulleitung-2025-03@dgov.be
DTSTAMP:20250311T101500Z
DTSTART;TZID="W. Europe Standard Time":20250327T140000
DTEND;TZID="W. Europe Standard Time":20250327T150000
SUMMARY:Auswahlgespräch Schulleitung Königliches Athenäum Eupen – Fr. Lambert
ORGANIZER;CN="Kessler, Monika":mailto:monika.kessler@dgov.be
ATTENDEE;CN="margaux.lambert65@skynet.be";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN="Heinen, Bernd";ROLE=REQ-PARTICIPANT:mailto:bernd.heinen@dgov.be
LOCATION:Ministerium der Deutschsprachigen Gemeinschaft\, Gospertstraße 1\, 4700 Eupen\, Raum 2.14
DESCRIPTION:Sehr geehrte Frau Lambert\,\nhiermit laden wir Sie zum Auswahlg
 espräch für die Stelle der Schulleiterin/des Schulleiters des Königlichen At
 henäums Eupen ein. Die Auswahlkommission besteht aus Frau Monika Kessler (Fa
 chbereich Unterricht und Ausbildung) und Herrn Bernd Heinen (Schulinspektion)
 .\nDas Gespräch wird auf Deutsch geführt. Bitte bringen Sie Ihren Personalaus
 weis mit.\nMit freundlichen Grüßen
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Königliches Athenäum Eupen",
      role="Schulleitung",
      interviewers=["monika.kessler@dgov.be", "bernd.heinen@dgov.be"], trap="german-auswahlgespraech-ministry",
      crlf=True),

    E("espagne-entrevista", "0g8i2k4m6o1q3s5u7w9y2a4c6e@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%TZ_MADRID%
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T180000
DTEND;TZID=Europe/Madrid:20250415T190000
DTSTAMP:20250409T110032Z
ORGANIZER;CN=Lucía Ortega Ruiz:mailto:direccion.general@colegioaldebaran.es
UID:0g8i2k4m6o1q3s5u7w9y2a4c6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía
  Ortega Ruiz;X-NUM-GUESTS=0:mailto:direccion.general@colegioaldebaran.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=margaux.lambert65@skynet.be;X-NUM-GUESTS=0:mailto:margaux.lambert65
 @skynet.be
DESCRIPTION:Estimada Margaux:\n\nTal como hablamos\, le envío la convocatori
 a para la entrevista con la Dirección General para el puesto de Directora d
 e Secundaria (sección francófona/bilingüe). La entrevista será en español\,
  con una parte en francés.\n\nUn saludo cordial\,\nLucía Ortega\nDirectora
  General – Colegio Internacional Aldebarán (Málaga)\n\nUnirse con Google Me
 et: https://meet.google.com/owc-tbfr-snm
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Dirección de Secundaria (M. Lambert)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", interview=1, company="Colegio Internacional Aldebarán", role="Directora de Secundaria",
      stage="hiring_manager", interviewers=["direccion.general@colegioaldebaran.es"],
      trap="spanish-entrevista-madrid-zone"),

    E("sollicitatie-1", "1a9d7c3e-bb42-4f8e-a0d1-6c5e2f9b8a13@go-etterbeek.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Smartschool//Planner//NL
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:1a9d7c3e-bb42-4f8e-a0d1-6c5e2f9b8a13@go-etterbeek.be
DTSTAMP:20250219T160000Z
DTSTART;TZID=Europe/Brussels:20250312T153000
DTEND;TZID=Europe/Brussels:20250312T163000
SUMMARY:Sollicitatiegesprek directeur – mevr. M. Lambert
ORGANIZER;CN=Scholengroep Brussel - secretariaat:mailto:secretariaat@sgbrussel.be
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:GO! Koninklijk Atheneum Etterbeek\, Oudergemlaan 150 – vergaderzaal 1
DESCRIPTION:Geachte mevrouw Lambert\,\n\nWij nodigen u uit voor een sollici
 tatiegesprek voor de functie van directeur van GO! Koninklijk Atheneum Etterb
 eek. De selectiecommissie bestaat uit de algemeen directeur van de schol
 engroep\, een directeur van een andere school van de scholengroep en een ex
 tern lid.\nHet gesprek verloopt in het Nederlands. Gelieve vooraf een korte
  visietekst (max. 2 blz.) te bezorgen.\n\nMet vriendelijke groeten\,\nSecre
 tariaat Scholengroep Brussel
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="GO! Koninklijk Atheneum Etterbeek", role="directeur", stage="onsite",
      trap="dutch-sollicitatiegesprek-selectiecommissie"),

    E("sollicitatie-2", "A51C0D2E-77F3-4B19-8E4A-2D6C9F0B1E85",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T120455Z
UID:A51C0D2E-77F3-4B19-8E4A-2D6C9F0B1E85
DTSTART:20250402T150000
DTEND:20250402T160000
SUMMARY:2e gesprek KA Etterbeek – algemeen directeur (NL!!)
LOCATION:Scholengroep\, Onderwijsstraat?
DESCRIPTION:Tel van Mevr. Peeters (secretariaat). Gesprek met dhr. Van Damme
 \, algemeen directeur. Réviser vocabulaire : leerlingenbegeleiding\, CLB\, d
 oorlichting\, nascholing. Apporter visietekst.
DTSTAMP:20250321T120455Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", interview=1, company="GO! Koninklijk Atheneum Etterbeek", stage="final", interviewers=["dhr. Van Damme"],
      trap="self-typed-mixed-french-dutch-second-round"),
]
