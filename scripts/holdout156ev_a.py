"""holdout156 events, part A: own interviews (Vueling, Emirates, Qatar Airways, Scoot, Condor)."""
from holdout156ev_common import iv

EVENTS = [
    iv("sf-phone-screen", "successfactors-teams-recruiter-screen-dec",
       "Vueling", "Comandante A320 (Entrada Directa)", "recruiter_screen", "laia.ferrer@vueling.com",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:SF-IS-7741203-20250211-vueling
DTSTAMP:20250204T091533Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250211T103000
DTEND;TZID=Europe/Madrid:20250211T110000
SUMMARY:Entrevista telefónica RRHH - Comandante A320 (Entrada Directa) - R
 eq. 4417
DESCRIPTION:Hola Álvaro\,\n\nGracias por tu interés en Vueling. Te confirma
 mos la primera entrevista con el equipo de Talent Acquisition para la posi
 ción Comandante A320 (Entrada Directa)\, requisición 4417.\n\nDuración apr
 ox.: 30 minutos\nEntrevistadora: Laia Ferrer (Talent Acquisition - Flight
  Crew)\n\nUnirse a la reunión de Microsoft Teams:\nhttps://teams.microsoft.
 com/l/meetup-join/19%3ameeting_YjQ2NzE4ZWQtMjk1Zi00ZDcxLWI5NmEtNGZlOGU1@th
 read.v2/0\nID de la reunión: 364 118 902 771\nCódigo de acceso: 7Fq2Vx\n\n
 Ten a mano tu logbook (horas totales / horas como PIC) y el número de lice
 ncia ATPL(A).\n\nEste mensaje se ha generado automáticamente desde SAP Succ
 essFactors Recruiting. No respondas a este correo.
LOCATION:Microsoft Teams
ORGANIZER;CN=Vueling Talent Acquisition:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Laia Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Laia
 .Ferrer@vueling.com
ATTENDEE;CN=Álvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("assessment-day", "outlook-assessment-day-group-exercise-panel",
       "Vueling", "Direct Entry Captain A320", "onsite", "jordi.roca@vueling.com;marta.sole@vueling.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ATTENDEE;CN="Roca Puig, Jordi";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Jordi.Roca@vueling.com
ATTENDEE;CN="Solé Vidal, Marta";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Marta.Sole@vueling.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="BCN-HQ Sala Montseny (12)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:sala.montseny@vueling.com
CLASS:PUBLIC
CREATED:20250303T101112Z
DESCRIPTION;LANGUAGE=en-US:Dear Álvaro\,\n\nFollowing your telephone interv
 iew we are pleased to invite you to the Vueling Pilot Assessment Day for t
 he Direct Entry Captain A320 programme.\n\nAgenda\n08:45 Reception at HQ (
 Parque de Negocios Mas Blau II\, El Prat de Llobregat) - bring passport\,
  licence\, medical and logbook\n09:15 Group exercise\n11:00 Competency-base
 d interview (Flight Operations + HR)\n13:30 Technical questionnaire (A320 s
 ystems\, performance\, OM-A)\n15:00 End of day\n\nYour panel: Capt. Jordi R
 oca (Deputy Chief Pilot) and Marta Solé (People - Flight Crew).\n\nThe simu
 lator check will be scheduled separately for successful candidates.\n\nKin
 d regards\,\nPilot Recruitment | Vueling\n
DTEND;TZID="Romance Standard Time":20250318T150000
DTSTAMP:20250303T101112Z
DTSTART;TZID="Romance Standard Time":20250318T084500
LAST-MODIFIED:20250303T101112Z
LOCATION:Vueling HQ - Mas Blau II\, El Prat de Llobregat - Sala Montseny
ORGANIZER;CN="Pilot Recruitment":mailto:pilotrecruitment@vueling.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Vueling Pilot Assessment Day - DEC A320
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000010A33C5E0C8CDB01000000000000000
 0100000009C1E5E6F3B3A8C4DA1E2A3FA30B7C1D1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT1440M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("sim-typed", "self-typed-sim-check-no-attendees",
       "Vueling", "", "technical", "Xavi Puig",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6D1C2B8A-5E43-4F0B-9E2A-3F1B7C0A44D9
DTSTAMP:20250402T201455Z
CREATED:20250402T201455Z
LAST-MODIFIED:20250402T201720Z
DTSTART;TZID=Europe/Madrid:20250414T060000
DTEND;TZID=Europe/Madrid:20250414T120000
SUMMARY:SIM VUELING ✈️ sim check DEC
LOCATION:CAE Barcelona\, Carrer de la Ciència\, Viladecans
DESCRIPTION:brief 06:00 - sim 4h - debrief\nTRE: Xavi Puig\ncomo PF los 2
 h primeras luego PM\nrepasar: EO en SID\, RNP APCH\, go-around manual\, TCA
 S\nllevar licencia + medical + pasaporte\nparking en P2
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:A7E0F3A1-7B22-4C8D-9D4E-7F0C1C2B9E11
UID:A7E0F3A1-7B22-4C8D-9D4E-7F0C1C2B9E11
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
"""),
    iv("video-interview", "taleo-one-way-video-interview",
       "Emirates", "Direct Entry Captain", "recruiter_screen", "",
       r"""BEGIN:VCALENDAR
PRODID:-//Emirates Group//Recruitment Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ Asia/Dubai@@
BEGIN:VEVENT
UID:EGR-DEC-2025-0219-88231@emiratesgroupcareers.com
DTSTAMP:20250210T050300Z
DTSTART;TZID=Asia/Dubai:20250219T140000
DTEND;TZID=Asia/Dubai:20250219T150000
SUMMARY:Emirates - Direct Entry Captain - Digital Interview
DESCRIPTION:Dear Alvaro Ruiz Centeno\,\n\nThank you for applying for the po
 sition of Direct Entry Captain with Emirates. As the next step of the sele
 ction process you are invited to complete a recorded digital interview (7
  questions\, 3 minutes per answer) within the window below.\n\nAccess link:
  https://emirates.hirevue.com/interviews/x9Ckq2Wb\nCandidate reference: 8823
 1\n\nPlease use a laptop with camera and a stable connection. The window o
 pens at 14:00 Dubai time (GST).\n\nEmirates Group Recruitment
LOCATION:Online (HireVue)
ORGANIZER;CN=Emirates Group Recruitment:mailto:noreply@emiratesgroupcareers
 .com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    iv("final-dubai", "outlook-arabian-time-final-interview-dubai",
       "Emirates", "Direct Entry Captain A380/B777", "final",
       "ahmed.almansoori@emirates.com;sarah.whitfield@emirates.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Arabian Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Pilot Recruitment Team";SENT-BY="mailto:reem.alhashimi@emirates.com":mailto:pilotrecruitment@emirates.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="Al Mansoori, Ahmed (Capt.)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Ahmed.AlMansoori@emirates.com
ATTENDEE;CN="Whitfield, Sarah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Sarah.Whitfield@emirates.com
ATTENDEE;CN="EGHQ Training College - Room 2.07";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:ETC-Room2.07@emirates.com
DESCRIPTION;LANGUAGE=en-US:Dear Captain Ruiz Centeno\,\n\nCongratulations o
 n successfully completing the simulator assessment. We are pleased to invi
 te you to the final interview for Direct Entry Captain A380/B777.\n\nVenue:
  Emirates Training College\, Al Garhoud\, Dubai. Report to reception 30 min
 utes before with your passport.\nPanel: Capt. Ahmed Al Mansoori (Senior Vi
 ce President Flight Operations Training) and Sarah Whitfield (Pilot Recrui
 tment Manager).\n\nHotel and ticket details have been sent separately by o
 ur travel desk.\n\nRegards\,\nReem Al Hashimi\nRecruitment Coordinator
DTSTART;TZID="Arabian Standard Time":20250512T100000
DTEND;TZID="Arabian Standard Time":20250512T113000
DTSTAMP:20250428T063512Z
LOCATION:Emirates Training College\, Room 2.07\, Dubai
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Final Interview - DEC A380/B777 - Ruiz Centeno A.
UID:040000008200E00074C5B7101A82E00800000000D0F5D3A1E8B7DB010000000000000000
 10000000F1E2A7C90D1B4A4E8C2D1A6F3B2E9C11
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("online-assessment", "aptitude-test-window-counts-as-technical",
       "Qatar Airways", "Captain A320 Family", "technical", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise Scheduling Center//EN
METHOD:REQUEST
@@TZ Asia/Qatar@@
BEGIN:VEVENT
UID:TESC-2025-QR-551873-1
DTSTAMP:20250224T112000Z
DTSTART;TZID=Asia/Qatar:20250305T130000
DTEND;TZID=Asia/Qatar:20250305T160000
SUMMARY:Qatar Airways | Captain A320 Family | Online Pilot Aptitude Assess
 ment
DESCRIPTION:Dear Candidate\,\n\nYou are requested to sit the online pilot a
 ptitude assessment (psychometrics\, multitasking\, spatial orientation and
  a technical knowledge paper) as part of the selection for Captain A320 Fa
 mily (Req. 551873).\n\nTest platform: Pilapt - link and credentials will b
 e e-mailed 24 hours before the session.\nAll times are Doha time (AST\, UTC
 +3).\n\nQatar Airways Group - Flight Operations Recruitment
ORGANIZER;CN=QR Flight Ops Recruitment:mailto:fltopsrecruitment@qatarairway
 s.com.qa
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ALVARO RUI
 Z CENTENO:mailto:alvaro.ruizc@hotmail.es
LOCATION:Online
END:VEVENT
END:VCALENDAR
"""),
    iv("panel-teams", "teams-panel-interview-before-reschedule",
       "Qatar Airways", "Captain A320 Family", "",
       "capt.khalid.alkuwari@qatarairways.com.qa;m.donnelly@qatarairways.com.qa",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Asia/Qatar@@
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000044C2E0FB1B93DB01000000000000000
 0100000004A5D3C2B1E0F4D8A9B7C6E5F4A3B2C1D
SEQUENCE:0
DTSTAMP:20250320T081500Z
DTSTART;TZID=Asia/Qatar:20250402T110000
DTEND;TZID=Asia/Qatar:20250402T123000
SUMMARY:Panel Interview - Captain A320 Family - A. Ruiz Centeno
ORGANIZER;CN="Recruitment, Flight Ops";SENT-BY="mailto:nadia.haddad@qatarai
 rways.com.qa":mailto:fltopsrecruitment@qatarairways.com.qa
ATTENDEE;CN="Al-Kuwari, Khalid (Capt)";ROLE=REQ-PARTICIPANT:mailto:Capt.Khalid.AlKuwari@qatarairways.com.qa
ATTENDEE;CN="Donnelly, Michael";ROLE=REQ-PARTICIPANT:mailto:M.Donnelly@qatarairways.com.qa
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-GB:Dear Alvaro\,\nPlease find below the details of
  your panel interview (technical and HR) with Qatar Airways.\n\n___________
 _____________________________________________________________________\nMic
 rosoft Teams meeting\nJoin on your computer\, mobile app or room device\nCl
 ick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_NmE2ZDQxYTAtYzg3Zi00@thread.v2/0>\nMeeting ID: 412 730 559 208\nP
 asscode: hX8zQ3\n______________________________________________________________
 __________________\n
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NmE2ZDQxYTAtYzg3Zi00@thread.v2/0
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("panel-moved", "rescheduled-same-uid-higher-sequence",
       "Qatar Airways", "Captain A320 Family", "",
       "capt.khalid.alkuwari@qatarairways.com.qa;m.donnelly@qatarairways.com.qa",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Asia/Qatar@@
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000044C2E0FB1B93DB01000000000000000
 0100000004A5D3C2B1E0F4D8A9B7C6E5F4A3B2C1D
SEQUENCE:2
DTSTAMP:20250328T134022Z
DTSTART;TZID=Asia/Qatar:20250409T093000
DTEND;TZID=Asia/Qatar:20250409T110000
SUMMARY:Updated: Panel Interview - Captain A320 Family - A. Ruiz Centeno
ORGANIZER;CN="Recruitment, Flight Ops";SENT-BY="mailto:nadia.haddad@qatarai
 rways.com.qa":mailto:fltopsrecruitment@qatarairways.com.qa
ATTENDEE;CN="Al-Kuwari, Khalid (Capt)";ROLE=REQ-PARTICIPANT:mailto:Capt.Khalid.AlKuwari@qatarairways.com.qa
ATTENDEE;CN="Donnelly, Michael";ROLE=REQ-PARTICIPANT:mailto:M.Donnelly@qatarairways.com.qa
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-GB:Dear Alvaro\,\nAs agreed by phone the interview
  has been moved to 9 April because of your roster. Same link as before.\n\n
 ________________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n
 Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_NmE2ZDQxYTAtYzg3Zi00@thread.v2/0>\nMeeting ID: 412 730 559 208\nP
 asscode: hX8zQ3\n________________________________________________________________
 ________________\n
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("workday-video", "workday-zoom-fleet-captain-interview",
       "Scoot", "Captain (A320/A321neo) - Singapore based", "hiring_manager", "gerald.tan@flyscoot.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Asia/Singapore@@
BEGIN:VEVENT
UID:wd-recruiting-interview-5c2f8e10a4b7@myworkday.com
DTSTAMP:20250306T021455Z
DTSTART;TZID=Asia/Singapore:20250313T170000
DTEND;TZID=Asia/Singapore:20250313T180000
SUMMARY:Interview: Captain (A320/A321neo) - Singapore based (R-0012897)
DESCRIPTION:Interview for Alvaro Ruiz Centeno\n\nJob Requisition: R-00128
 97 Captain (A320/A321neo) - Singapore based\nInterview Type: Video Intervi
 ew\nInterviewer(s): Capt. Gerald Tan (Fleet Captain A320)\n\nJoin Zoom Mee
 ting\nhttps://flyscoot.zoom.us/j/85120043377?pwd=bXJrN2ZqTkh5\nMeeting ID: 8
 51 2004 3377\nPasscode: 562901\n\nPlease be ready 5 minutes early. 17:00 Si
 ngapore is 10:00 in Madrid.
ORGANIZER;CN=Scoot Talent Acquisition:mailto:scoot@myworkday.com
ATTENDEE;CN=Gerald Tan;ROLE=REQ-PARTICIPANT:mailto:gerald.tan@flyscoot.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alva
 ro.ruizc@hotmail.es
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),
    iv("sim-utc", "utc-sim-assessment-singapore",
       "Scoot", "Captain (A320/A321neo)", "technical", "",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T010000Z
DTEND:20250416T060000Z
DTSTAMP:20250331T074512Z
ORGANIZER;CN=Scoot Pilot Recruitment:mailto:pilot.recruitment@flyscoot.com
UID:4r1pb3ov0ad6pl0dd2qc9hkm3l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Scoot Pilot Recruitment;X-NUM-GUESTS=0:mailto:pilot.recruitment@flysco
 ot.com
CREATED:20250331T074509Z
DESCRIPTION:Simulator assessment (A320 FFS) for Captain (A320/A321neo).\n\
 nReport: Airbus Asia Training Centre\, 3 Seletar Aerospace Link\, 0900 LT.
 \nBriefing 45 min\, 2 x 2 h sim (LHS)\, debrief.\nYour partner will be a S
 coot First Officer acting as PM. You will be assessed on the 8 ICAO core c
 ompetencies.\nDress code: uniform shirt\, no epaulettes.
LAST-MODIFIED:20250331T074509Z
LOCATION:Airbus Asia Training Centre\, Seletar\, Singapore
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Scoot Sim Assessment - CPT
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("dlr-test", "third-party-dlr-assessment-german",
       "Condor", "Kapitän A320 (Direkteinstieg)", "technical", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DLR//Terminvergabe Luftfahrtpsychologie//DE
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:dlr-lrp-hh-2025-03-26-0415@dlr.de
DTSTAMP:20250307T090012Z
DTSTART;TZID=Europe/Berlin:20250326T080000
DTEND;TZID=Europe/Berlin:20250327T160000
SUMMARY:DLR Eignungsuntersuchung Condor - Kapitän A320 (Direkteinstieg)
DESCRIPTION:Sehr geehrter Herr Ruiz Centeno\,\n\nim Auftrag der Condor Flug
 dienst GmbH laden wir Sie zur Eignungsuntersuchung für erfahrene Flugzeugf
 ührer ein.\n\nTag 1 (26.03.): computergestützte Tests (Konzentration\, Mehr
 fachaufgaben\, Englisch)\nTag 2 (27.03.): Simulatorcheck FFS A320 und Inter
 view mit der Prüfkommission\n\nOrt: DLR Institut für Luft- und Raumfahrtmed
 izin\, Abteilung Luft- und Raumfahrtpsychologie\, Sportallee 54a\, 22335 Ha
 mburg\n\nBitte bringen Sie Lizenz\, Medical\, Flugbuch und Personalausweis/
 Reisepass mit.\n\nMit freundlichen Grüßen\nDLR - Luft- und Raumfahrtpsychol
 ogie\, Hamburg
LOCATION:DLR Hamburg\, Sportallee 54a
ORGANIZER;CN=DLR Luft- und Raumfahrtpsychologie:mailto:lrp-termine@dlr.de
ATTENDEE;CN=Alvaro Ruiz Centeno;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alva
 ro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
    iv("vorstellungsgespraech", "softgarden-german-final-interview",
       "Condor", "Kapitän A320 (Direkteinstieg)", "final", "t.becker@condor.com;j.hartmann@condor.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Interview Scheduler//DE
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:sg-interview-3387412-condor@softgarden.io
DTSTAMP:20250415T103344Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250506T140000
DTEND;TZID=Europe/Berlin:20250506T153000
SUMMARY:Vorstellungsgespräch: Kapitän A320 (Direkteinstieg) (m/w/d) - Alva
 ro Ruiz Centeno
DESCRIPTION:Hallo Herr Ruiz Centeno\,\n\nnach Ihrer erfolgreichen DLR-Unte
 rsuchung freuen wir uns\, Sie zum abschließenden Gespräch einzuladen.\n\nGes
 prächspartner:\n- Kapitän Thomas Becker\, Flottenchef A320\n- Julia Hartmann
 \, HR Business Partner Cockpit\n\nOrt: Condor Flugdienst GmbH\, Condor Platz
 \, 60549 Frankfurt am Main\, Gebäude 1\, Empfang\n\nDas Gespräch findet auf D
 eutsch und Englisch statt.\n\nBitte bestätigen Sie den Termin über den Link
  in Ihrer E-Mail.\n\nIhr Condor Recruiting Team
LOCATION:Condor Flugdienst GmbH\, Condor Platz\, Frankfurt am Main
ORGANIZER;CN=Condor Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Thomas Becker;ROLE=REQ-PARTICIPANT:mailto:T.Becker@condor.com
ATTENDEE;CN=Julia Hartmann;ROLE=REQ-PARTICIPANT:mailto:J.Hartmann@condor.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alva
 ro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
]
