"""holdout237 events: teaching posts (conservatories, Hochschule, schools), foundation and youth orchestras."""

from holdout237ev_tz import BERLIN_GOOGLE, MADRID_GOOGLE

EVENTS = [
    dict(
        kind="musikene-clase",
        uid="musikene-hautaketa-biola-2025-03-fase2",
        interview=1, company="Musikene", role="Profesor/a de Viola", stage="technical",
        interviewers="Ane Etxeberria;Javier Lasa Mendizabal",
        trap="clase-magistral-de-prueba-before-selection-commission",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Musikene//Giza Baliabideak//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:musikene-hautaketa-biola-2025-03-fase2
DTSTAMP:20250310T115512Z
DTSTART:20250402T083000Z
DTEND:20250402T093000Z
SUMMARY:Proceso de selección Profesor/a de Viola – Fase 2: clase magistral
  de prueba
DESCRIPTION:Egun on Irene\,\n\nTras la valoración de méritos\, ha sido admi
 tida a la Fase 2. Impartirá una clase magistral de prueba de 45 minutos a
  un/a estudiante de 3er curso (repertorio: Brahms Sonata op. 120 nº 1\, 1e
 r mov.)\, seguida de 15 minutos de preguntas de la Comisión de Selección.
 \n\nComisión: Ane Etxeberria (Jefa del Dpto. de Cuerda) y Javier Lasa Mend
 izabal (Dirección Académica)\, con asesoramiento externo.\n\nAula 2.14\, P
 alacio Miramar\, Donostia.
LOCATION:Musikene – Aula 2.14
ORGANIZER;CN=Musikene - Giza Baliabideak / RRHH:mailto:rrhh@musikene.eus
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-musikene",
        uid="musikene-hautaketa-biola-2025-03-fase3",
        interview=1, company="Musikene", role="Profesor/a de Viola", stage="final",
        interviewers="aetxeberria@musikene.eus;jlasa@musikene.eus",
        trap="conservatory-entrevista-comision-teams-afternoon",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Musikene//Giza Baliabideak//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:musikene-hautaketa-biola-2025-03-fase3
DTSTAMP:20250403T154400Z
DTSTART:20250409T140000Z
DTEND:20250409T144500Z
SUMMARY:Proceso de selección Profesor/a de Viola – Fase 3: entrevista
DESCRIPTION:Fase 3 – Entrevista personal con la Comisión de Selección (pro
 yecto docente\, experiencia orquestal\, disponibilidad). Se realizará por
  Microsoft Teams.\n________________________________________________________
 ________________________\nReunión de Microsoft Teams\nÚnase a través de su
  ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para u
 nirse a la reunión\nId. de la reunión: 345 118 770 902\nCódigo de acceso:
  kQ7vP3\n__________________________________________________________________
 ______________
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN=Musikene - Giza Baliabideak / RRHH:mailto:rrhh@musikene.eus
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ane Etxeberria:mailto:aetxeberria@musikene.eus
ATTENDEE;PARTSTAT=ACCEPTED;CN=Javier Lasa Mendizabal:mailto:jlasa@musikene.eus
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gurska-direccion",
        uid="9b1h3k5m7p9r2t4v6x8z0c2e4g@google.com",
        interview=1, company="Centro Superior Katarina Gurska", role="profesor/a de viola", stage="hiring_manager",
        interviewers="direccion.academica@katarinagurska.com",
        trap="academic-director-conversation-google-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250604T160000
DTEND;TZID=Europe/Madrid:20250604T164500
DTSTAMP:20250529T101010Z
ORGANIZER;CN=Dirección Académica CSKG:mailto:direccion.academica@katarinagurska.com
UID:9b1h3k5m7p9r2t4v6x8z0c2e4g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Direcc
 ión Académica CSKG;X-NUM-GUESTS=0:mailto:direccion.academica@katarinagurska
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250529T100950Z
DESCRIPTION:Hola Irene\, gracias por tu candidatura para la plaza de profes
 or/a de viola (Enseñanzas Superiores\, curso 25/26). Te propongo una prime
 ra conversación con la directora académica\, Beatriz Santamaría\, para co
 nocerte y explicarte el puesto.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/vke-
 tqsd-bwa\nO marca: (ES) +34 932 73 83 01 PIN: 553 198 447#\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250529T101010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Irene Castellanos – plaza viola CSKG
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="clase-gurska",
        uid="3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F",
        interview=1, company="Centro Superior Katarina Gurska", role="", stage="technical", interviewers="",
        trap="self-typed-trial-lesson-clase-de-prueba",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250605T083300Z
DTSTAMP:20250605T083321Z
UID:3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F
SUMMARY:Clase de prueba K. Gurska
DTSTART:20250612T110000
DTEND:20250612T123000
LOCATION:c/ Santa Engracia 6
DESCRIPTION:clase a alumno de 2º (Hindemith op.11/4) delante de Beatriz y d
 os profes del dpto. Llevar programación didáctica impresa x3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-conservatori",
        uid="teamtailor-interview-5521873",
        interview=1, company="Conservatori del Liceu", role="Professor/a de viola (Grau Superior)",
        stage="hiring_manager", interviewers="mpuig@conservatoriliceu.es",
        trap="teamtailor-catalan-entrevista-head-of-department",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5521873
DTSTAMP:20250512T084500Z
DTSTART:20250520T150000Z
DTEND:20250520T154500Z
SUMMARY:Entrevista: Professor/a de viola (Grau Superior) - Irene Castellanos Vidal
DESCRIPTION:Hola Irene\,\n\nEt confirmem l'entrevista per a la posició Prof
 essor/a de viola (Grau Superior).\n\nEntrevistadora: Marta Puig (cap del D
 epartament de Corda)\nLloc: Conservatori del Liceu\, c/ Nou de la Rambla 8
 8\, Barcelona (o per Teams si ho prefereixes)\n\nSalutacions\,\nEquip de
  Persones – Conservatori del Liceu\n\nPowered by Teamtailor
LOCATION:c/ Nou de la Rambla 88\, Barcelona
ORGANIZER;CN=Conservatori del Liceu:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Irene Castellanos Vidal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.cast
 ellanos.viola@gmail.com
ATTENDEE;CN=Marta Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mpuig@conservatoriliceu.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-llamada",
        uid="workable-evt-2f8a1c7d9e",
        interview=1, company="Escuela Superior de Música Reina Sofía", role="Profesor/a asistente de viola",
        stage="recruiter_screen", interviewers="lcorral@escuelasuperiordemusica.es",
        trap="workable-first-call-people-team",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-2f8a1c7d9e
DTSTAMP:20250116T161200Z
DTSTART:20250123T090000Z
DTEND:20250123T093000Z
SUMMARY:Llamada: Profesor/a asistente de viola | Escuela Superior de Música Reina Sofía
DESCRIPTION:Irene Castellanos Vidal\, Laura Corral\n\nPrimera llamada con
  Laura Corral (Personas y Talento) sobre el puesto de Profesor/a asistente
  de viola en la Cátedra de Viola.\n\nGoogle Meet: https://meet.google.com/
 hzr-kpwd-ufe\n\nScheduled with Workable
LOCATION:https://meet.google.com/hzr-kpwd-ufe
ORGANIZER;CN=Laura Corral:mailto:lcorral@escuelasuperiordemusica.es
ATTENDEE;CN=Irene Castellanos Vidal;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.castellanos.viola@gmail.com
ATTENDEE;CN=Laura Corral;PARTSTAT=ACCEPTED:mailto:lcorral@escuelasuperiordemusica.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-kings",
        uid="icims-sched-88412-2025-kcs",
        interview=1, company="King's College, The British School of Madrid", role="Peripatetic Viola Teacher",
        stage="hiring_manager", interviewers="j.whitfield@kingscollege.es",
        trap="international-school-english-interview-icims",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-sched-88412-2025-kcs
DTSTAMP:20250827T120101Z
DTSTART:20250903T133000Z
DTEND:20250903T141500Z
SUMMARY:Interview - Peripatetic Viola Teacher (Soto de Viñuelas) - Irene Castellanos Vidal
DESCRIPTION:Dear Irene\,\n\nThank you for your interest in the Peripatetic
  Viola Teacher position. You are invited to interview with James Whitfield
 \, Head of Music\, at our Soto de Viñuelas campus. Please bring your DBS/Sp
 anish criminal record certificate and ID; you may be asked to play a short
  piece.\n\nSchool Reception will collect you at the main gate.\n\nHR Depart
 ment
LOCATION:King's College Soto de Viñuelas - Music Department
ORGANIZER;CN=KCS HR:mailto:careers@kingscollege.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.caste
 llanos.viola@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=James Whitfield:mailto:j.whitfield@kingscollege.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lehrprobe-detmold",
        uid="hfm-detmold-lfba-viola-lehrprobe-03",
        interview=1, company="Hochschule für Musik Detmold", role="Lehrkraft für besondere Aufgaben Viola",
        stage="technical", interviewers="", trap="german-hochschule-probelehrveranstaltung",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HfM Detmold//Berufungsverfahren//DE
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:hfm-detmold-lfba-viola-lehrprobe-03
DTSTAMP:20251103T091500Z
DTSTART;TZID=Europe/Berlin:20251119T100000
DTEND;TZID=Europe/Berlin:20251119T104500
SUMMARY:Probelehrveranstaltung LfbA Viola – Castellanos Vidal
DESCRIPTION:Sehr geehrte Frau Castellanos Vidal\,\n\nim Rahmen des Auswahlv
 erfahrens für die Stelle einer Lehrkraft für besondere Aufgaben (LfbA) Vi
 ola laden wir Sie zu einer hochschulöffentlichen Probelehrveranstaltung (
 30 Min.) mit einem/einer Studierenden ein. Werk: nach Absprache (Schubert\,
  Arpeggione\, 1. Satz). Im Anschluss findet ein Gespräch mit der Auswahlko
 mmission statt (separate Einladung).\n\nMit freundlichen Grüßen\nDezernat
  Personal
LOCATION:Hochschule für Musik Detmold\, Neue Aula
ORGANIZER;CN=Dezernat Personal HfM Detmold:mailto:personal@hfm-detmold.de
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kommission-detmold",
        uid="hfm-detmold-lfba-viola-gespraech-03",
        interview=1, company="Hochschule für Musik Detmold", role="Lehrkraft für besondere Aufgaben Viola",
        stage="final", interviewers="anna.lindqvist@hfm-detmold.de",
        trap="auswahlkommission-gespraech-after-teaching-demo",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HfM Detmold//Berufungsverfahren//DE
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:hfm-detmold-lfba-viola-gespraech-03
DTSTAMP:20251103T091600Z
DTSTART;TZID=Europe/Berlin:20251119T113000
DTEND;TZID=Europe/Berlin:20251119T121500
SUMMARY:Gespräch Auswahlkommission LfbA Viola – Castellanos Vidal
DESCRIPTION:Gespräch mit der Auswahlkommission unter Vorsitz von Prof. Anna
  Lindqvist. Die Gleichstellungsbeauftragte und die Schwerbehindertenvertret
 ung nehmen beratend teil.
LOCATION:Hochschule für Musik Detmold\, Senatssaal
ORGANIZER;CN=Dezernat Personal HfM Detmold:mailto:personal@hfm-detmold.de
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Prof. Anna Lindqvist:mailto:anna.lindqvist@hfm-detmold.de
ATTENDEE;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=Senatssaal:mailto:raum-senatssaal@hfm-detmold.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-fundacion",
        uid="1k3m5o7q9s1u3w5y7a9c1e3g5i@google.com",
        interview=1, company="Fundación Crescendo", role="Viola Tutor – Youth Orchestra Programme",
        stage="hiring_manager", interviewers="h.osborne@fundacioncrescendo.org",
        trap="foundation-zoom-english-coordinator-schedules-director-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250226T180000
DTEND;TZID=Europe/Madrid:20250226T184500
DTSTAMP:20250219T112233Z
ORGANIZER;CN=Nuria Gil:mailto:ngil@fundacioncrescendo.org
UID:1k3m5o7q9s1u3w5y7a9c1e3g5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nuria G
 il;X-NUM-GUESTS=0:mailto:ngil@fundacioncrescendo.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Helen O
 sborne;X-NUM-GUESTS=0:mailto:h.osborne@fundacioncrescendo.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250219T112100Z
DESCRIPTION:Hi Irene\,\n\nAs discussed\, here is your interview with Helen O
 sborne\, our Programme Director\, for the Viola Tutor – Youth Orchestra Pr
 ogramme role. The conversation will be in English. I'll just send the invi
 te – Helen will run the call.\n\nNuria Gil\nProgramme Coordinator\n\nJoin Z
 oom Meeting\nhttps://us02web.zoom.us/j/83366120045?pwd=Y2FhZ0xqb2ZQUm1JYk9
 OUkdFN0pRdz09\nMeeting ID: 833 6612 0045\nPasscode: 771903
LAST-MODIFIED:20250219T112233Z
LOCATION:https://us02web.zoom.us/j/83366120045?pwd=Y2FhZ0xqb2ZQUm1JYk9OUkdFN0pRdz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Irene Castellanos / Helen Osborne (Fundación Crescendo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-euyo",
        uid="goodtime-7f3c2a1e-euyo-tutor",
        interview=1, company="European Union Youth Orchestra", role="Viola Section Tutor (Summer Tour 2025)",
        stage="", interviewers="m.vandenberg@euyo.eu;s.clarke@euyo.eu",
        trap="goodtime-panel-english-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7f3c2a1e-euyo-tutor
DTSTAMP:20250121T150000Z
DTSTART:20250204T110000Z
DTEND:20250204T114500Z
SUMMARY:Irene Castellanos Vidal <> EUYO: Viola Section Tutor (Summer Tour 2025)
DESCRIPTION:Hello Irene\,\n\nYour conversation for the Viola Section Tutor
  (Summer Tour 2025) role is confirmed.\n\nYou will meet:\n- Marieke van den
  Berg\, Head of Artistic Planning\n- Simon Clarke\, Education & Tutors Mana
 ger\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-
 join/19%3ameeting_NzQ1YjE%40thread.v2/0\n\nThis interview was scheduled
  by GoodTime on behalf of EUYO.
LOCATION:Microsoft Teams
ORGANIZER;CN=EUYO Recruitment:mailto:recruitment@euyo.eu
ATTENDEE;CN=Irene Castellanos Vidal;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.castellanos.viola@gmail.com
ATTENDEE;CN=Marieke van den Berg;PARTSTAT=ACCEPTED:mailto:m.vandenberg@euyo.eu
ATTENDEE;CN=Simon Clarke;PARTSTAT=ACCEPTED:mailto:s.clarke@euyo.eu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-jonde",
        uid="4f8e2b1a9c7d4e6f8a0b2c4d6e8f0a1b@inaem.webex.com",
        interview=1, company="Joven Orquesta Nacional de España", role="Profesora de viola – Encuentro de verano",
        stage="hiring_manager", interviewers="coordinacion.jonde@inaem.cultura.gob.es",
        trap="webex-government-dial-in-teaching-post",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:4f8e2b1a9c7d4e6f8a0b2c4d6e8f0a1b@inaem.webex.com
DTSTAMP:20250311T101500Z
DTSTART:20250318T160000Z
DTEND:20250318T163000Z
SUMMARY:JONDE – entrevista profesorado Encuentro de verano (viola)
DESCRIPTION:Profesora de viola – Encuentro de verano\n\nEl coordinador art
 ístico de la JONDE mantendrá una entrevista con usted sobre el encuentro
  de julio (seccionales de viola\, tutoría de alumnado) y su disponibilidad
 .\n\nUnirse a la reunión de Webex\nhttps://inaem.webex.com/inaem/j.php?MTI
 D=m3e91b0c2f4a6d8e0b1c3d5f7a9e2b4c6\nNúmero de reunión: 2744 918 5530\nCon
 traseña: Jonde25\n\nUnirse por teléfono\n+34-91-0000-123 Número de llamad
 a gratuita de España\nCódigo de acceso: 2744 918 5530
LOCATION:Webex
ORGANIZER;CN=Coordinación Artística JONDE:mailto:coordinacion.jonde@inaem.cultura.gob.es
ATTENDEE;CN=irene.castellanos.viola@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.castellanos.viol
 a@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-escuela",
        uid="goto-meeting-417552093-20250902",
        interview=1, company="Escuela Municipal de Música y Danza de Pozuelo", role="Profesor/a de viola (sustitución)",
        stage="", interviewers="coordinacion@emmdpozuelo.es",
        trap="goto-meeting-music-school-substitute-post",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-meeting-417552093-20250902
DTSTAMP:20250828T093015Z
DTSTART:20250902T080000Z
DTEND:20250902T083000Z
SUMMARY:Entrevista profesor/a viola (sustitución) EMMD Pozuelo
DESCRIPTION:Profesor/a de viola (sustitución de baja maternal\, septiembre
 -febrero\, 12 h/semana).\n\nEntrevista con la coordinación pedagógica de l
 a Escuela.\n\nÚnase a mi reunión desde su ordenador\, tableta o smartphone
 .\nhttps://meet.goto.com/417552093\n\nTambién puede llamar por teléfono.\n
 España: +34 912 71 8491\n\nCódigo de acceso: 417-552-093
LOCATION:https://meet.goto.com/417552093
ORGANIZER;CN=Coordinación EMMD Pozuelo:mailto:coordinacion@emmdpozuelo.es
ATTENDEE;CN=Irene Castellanos Vidal;RSVP=TRUE:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
