"""holdout162 events, part B: Barcelona, San Sebastián and Basque Country employers."""

from holdout162ev_tz import GOOGLE_MADRID, ROMANCE, ev

EVENTS = [
    ev("workday-en", "Workday_Interview_7f3c9e12b0a84d5e/FCB",
       (1, "FC Barcelona", "Physiotherapist – Barça Academy", "recruiter_screen",
        "laia.puig@fcbarcelona.cat", "workday-english-talent-partner-screen"),
       r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:Workday_Interview_7f3c9e12b0a84d5e/FCB
DTSTAMP:20250220T174410Z
DTSTART:20250226T090000Z
DTEND:20250226T093000Z
SUMMARY:Interview - Physiotherapist – Barça Academy (JR-2025-0417)
DESCRIPTION:Dear Camille\,\n\nThank you for applying to Futbol Club Barcelo
 na. You are invited to an interview for the position Physiotherapist – Bar
 ça Academy (JR-2025-0417).\n\nInterviewer: Laia Puig (Talent Acquisition P
 artner)\nFormat: Microsoft Teams\, 30 minutes\, in English or Spanish.\n\n
 Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg5ZGQ@threa
 d.v2/0\n\nPlease do not reply to this email.
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=FC Barcelona Careers:mailto:fcbarcelona@myworkday.com
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;CN=Laia Puig;ROLE=REQ-PARTICIPANT:mailto:Laia.Puig@fcbarcelona.cat
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("google-es", "3ob0s8n2v7r1k4lq9pd5e0hm2a@google.com",
       (1, "FC Barcelona", "", "technical",
        "jordi.serra@fcbarcelona.cat;marc.casals@fcbarcelona.cat", "spanish-practical-test-training-ground"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250319T100000
DTEND;TZID=Europe/Madrid:20250319T133000
DTSTAMP:20250310T112807Z
ORGANIZER;CN=Jordi Serra:mailto:jordi.serra@fcbarcelona.cat
UID:3ob0s8n2v7r1k4lq9pd5e0hm2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordi Serra;X-NUM-GUESTS=0:mailto:jordi.serra@fcbarcelona.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc Casals;X-NUM-GUESTS=0:mailto:marc.casals@fcbarcelona.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Camille Lefèvre;X-NUM-GUESTS=0:mailto:camille.lefevre.kine@laposte
 .net
CREATED:20250310T112759Z
DESCRIPTION:Hola Camille\,\n\nTe confirmamos la prueba práctica en la Ciuta
 t Esportiva Joan Gamper:\n- 10:00 presentación del área de readaptación\n-
  10:30 caso práctico: valoración y plan de readaptación de una lesión isqu
 iotibial (jugador Juvenil A)\n- 12:00 sesión en campo con el equipo\n- 13:
 00 feedback con Marc Casals (coordinador fisioterapia)\n\nTrae ropa deporti
 va. Puedes hacerlo en francés/inglés si lo prefieres.\n\nSalut!\nJordi
LAST-MODIFIED:20250310T112807Z
LOCATION:Ciutat Esportiva Joan Gamper\, Sant Joan Despí
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba práctica fisio – Camille Lefèvre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-ca", "040000008200E00074C5B7101A82E00800000000B0F3D46AE39ADB01000000000000000010000000C4D1A2F0",
       (1, "Vall d'Hebron", "", "", "m.vidal@vallhebron.cat;j.roca@vallhebron.cat",
        "catalan-public-hospital-job-pool-interview"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Selecció de Personal";SENT-BY="mailto:a.ruiz@vallhebron.cat":m
 ailto:seleccio.personal@vallhebron.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vidal Pu
 jol, Montserrat":mailto:M.Vidal@vallhebron.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roca Mas
 , Jaume":mailto:J.Roca@vallhebron.cat
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Sala Reunions
  Rehabilitació P2":mailto:sala.rhb.p2@vallhebron.cat
DESCRIPTION;LANGUAGE=ca-ES:Benvolguda\,\n\nEns posem en contacte amb vostè
  en relació amb la seva inscripció a la Borsa de treball de Fisioteràpia.
  La convoquem a una entrevista personal amb la supervisora de Rehabilitac
 ió i el coordinador de fisioteràpia.\n\nCal portar DNI/NIE\, títol homolo
 gat i número de col·legiada (CFisC).\n\nAtentament\,\nUnitat de Selecció
  de Personal\nHospital Universitari Vall d'Hebron
UID:040000008200E00074C5B7101A82E00800000000B0F3D46AE39ADB01000000000000000010000000C4D1A2F0
SUMMARY;LANGUAGE=ca-ES:Entrevista Borsa Fisioteràpia - LEFÈVRE\, CAMILLE
DTSTART;TZID=Romance Standard Time:20250402T120000
DTEND;TZID=Romance Standard Time:20250402T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T081912Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala Reunions Rehabilitació P2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-es", "040000008200E00074C5B7101A82E0080000000020A7C8D1F68DDB010000000000000000100000003B9E1C77",
       (1, "Real Sociedad", "Fisioterapeuta Cantera (Zubieta)", "recruiter_screen",
        "ane.garmendia@realsociedad.eus", "spanish-teams-hr-first-interview"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ane Garmendia":mailto:ane.garmendia@realsociedad.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=es-ES:Hola Camille\,\n\nGracias por tu candidatura. Te
  propongo una primera entrevista por Teams para conocerte y explicarte el
  puesto de Fisioterapeuta Cantera (Zubieta). Duración aprox. 30 min.\n\nUn
  saludo\,\nAne Garmendia\nPersonas y Organización – Real Sociedad de Fútbo
 l S.A.D.\n\n________________________________________________________________
 ________________\nReunión de Microsoft Teams\nÚnase a través de su ordenad
 or\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a
  la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTQ2@thr
 ead.v2/0>\nId. de reunión: 378 554 206 919\nCódigo de acceso: 3dQwFm\n
UID:040000008200E00074C5B7101A82E0080000000020A7C8D1F68DDB010000000000000000100000003B9E1C77
SUMMARY;LANGUAGE=es-ES:Entrevista Camille Lefèvre - Fisio Cantera
DTSTART;TZID=Romance Standard Time:20250303T160000
DTEND;TZID=Romance Standard Time:20250303T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T140455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("google-zubieta", "6tq2c0b8m1j9u4s7k3n5f0pa1v@google.com",
       (1, "Real Sociedad", "", "technical", "uarrieta@realsociedad.eus",
        "spanish-practical-test-head-physio"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250317T090000
DTEND;TZID=Europe/Madrid:20250317T120000
DTSTAMP:20250307T183350Z
ORGANIZER;CN=Unai Arrieta:mailto:uarrieta@realsociedad.eus
UID:6tq2c0b8m1j9u4s7k3n5f0pa1v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Unai Arrieta;X-NUM-GUESTS=0:mailto:uarrieta@realsociedad.eus
DESCRIPTION:Kaixo Camille!\n\nComo hablamos: mañana de trabajo con nosotros
  en Zubieta. Verás la sesión de recuperación del Sanse\, harás la valoraci
 ón de un jugador con esguince de tobillo y luego charlamos tú y yo.\nAparc
 amiento en la entrada principal\, pregunta por mí en recepción.\n\nUnai
LAST-MODIFIED:20250307T183350Z
LOCATION:Instalaciones de Zubieta\, Lasarte-Oria
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camille - mañana en Zubieta (fisio)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-final-es", "040000008200E00074C5B7101A82E00800000000F1C2A5B6E8A3DB010000000000000000100000005D0E7A18",
       (1, "Real Sociedad", "", "final",
        "jelorza@realsociedad.eus", "spanish-last-phase-medical-director"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ane Garmendia":mailto:ane.garmendia@realsociedad.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Josu Elor
 za":mailto:jelorza@realsociedad.eus
DESCRIPTION;LANGUAGE=es-ES:Hola Camille\,\n\nEnhorabuena por haber pasado a
  la última fase del proceso. El Dr. Josu Elorza\, director de los servici
 os médicos\, quiere reunirse contigo en Zubieta. Yo solo envío la convocato
 ria\, no estaré en la reunión.\n\nUn saludo\,\nAne
UID:040000008200E00074C5B7101A82E00800000000F1C2A5B6E8A3DB010000000000000000100000005D0E7A18
SUMMARY;LANGUAGE=es-ES:Reunión Dr. Elorza / Camille Lefèvre
DTSTART;TZID=Romance Standard Time:20250328T113000
DTEND;TZID=Romance Standard Time:20250328T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T094017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Zubieta - Edificio servicios médicos
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-donostia", "040000008200E00074C5B7101A82E008000000003E5F7A91C4B2DB01000000000000000010000000E0A4",
       (1, "Policlínica Gipuzkoa", "Fisioterapeuta – Unidad de Traumatología Deportiva", "hiring_manager",
        "iker.zubizarreta@quironsalud.es", "spanish-clinic-interview-romance-zone"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Zubizarreta Etxeberria\, Iker":mailto:Iker.Zubizarreta@quiron
 salud.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=es-ES:Buenos días Camille\,\n\nTal como hemos hablado
  por teléfono\, te espero el jueves en Policlínica Gipuzkoa (Paseo Miram
 ón 174\, Donostia) para la entrevista del puesto de Fisioterapeuta – Unida
 d de Traumatología Deportiva. Pregunta por mí en la planta -1 (Rehabilitac
 ión).\n\nSaludos\,\nIker Zubizarreta\nResponsable de Fisioterapia
UID:040000008200E00074C5B7101A82E008000000003E5F7A91C4B2DB01000000000000000010000000E0A4
SUMMARY;LANGUAGE=es-ES:Entrevista puesto fisioterapeuta
DTSTART;TZID=Romance Standard Time:20250410T170000
DTEND;TZID=Romance Standard Time:20250410T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T072130Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Policlínica Gipuzkoa - Rehabilitación (planta -1)
END:VEVENT
END:VCALENDAR
"""),
    ev("android-note", "6f0c5b0e-3a71-4a1e-9c0b-kin-0415",
       (1, "Kinetic Donostia", "", "", "Iñaki", "hand-typed-spanish-call-private-clinic"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:6f0c5b0e-3a71-4a1e-9c0b-kin-0415
DTSTAMP:20250411T201133Z
DTSTART:20250415T180000
DTEND:20250415T183000
SUMMARY:llamada Iñaki - Kinetic (fisio Gros)
DESCRIPTION:busca fisio a jornada completa desde sept\, deportivo + suelo p
 élvico. preguntar: autónoma o contrato? sueldo\, horario tardes. me llama
  él al 06...
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("calendly-es", "b7e4c1f0-2d6a-4f18-8a33-9e0d5c7b1a24",
       (1, "Fisiosport Sarrià", "", "hiring_manager", "nuria@fisiosportsarria.com",
        "calendly-booking-clinic-owner"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e4c1f0-2d6a-4f18-8a33-9e0d5c7b1a24
DTSTAMP:20250318T153302Z
DTSTART:20250324T083000Z
DTEND:20250324T090000Z
SUMMARY:Entrevista fisioterapeuta (30 min) between Núria Soler and Camille
  Lefèvre
DESCRIPTION:Event Name: Entrevista fisioterapeuta (30 min)\n\nLocation: Thi
 s is a Google Meet web conference.\nhttps://meet.google.com/kzw-mmbq-ute\n
 \nNeed to make changes to this event?\nCancel: https://calendly.com/cance
 llations/b7e4c1f0\nReschedule: https://calendly.com/reschedulings/b7e4c1f0
 \n\nQuestions:\n¿Desde cuándo estarías disponible?\nSeptembre 2025 (prévi
 s 1 mois de préavis)\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/kzw-mmbq-ute
ORGANIZER;CN=Núria Soler:mailto:nuria@fisiosportsarria.com
ATTENDEE;CN=Camille Lefèvre;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:c
 amille.lefevre.kine@laposte.net
ATTENDEE;CN=Núria Soler;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:nuri
 a@fisiosportsarria.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-es", "icims-intsched-88231-2025-quiron",
       (1, "Hospital Quirónsalud Barcelona", "Fisioterapeuta Traumatología Deportiva", "hiring_manager",
        "marta.ferrer@quironsalud.es;oriol.pons@quironsalud.es", "icims-spanish-two-interviewers"),
       r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + GOOGLE_MADRID + r"""BEGIN:VEVENT
UID:icims-intsched-88231-2025-quiron
DTSTAMP:20250331T101215Z
DTSTART;TZID=Europe/Madrid:20250407T123000
DTEND;TZID=Europe/Madrid:20250407T131500
SUMMARY:Entrevista: Fisioterapeuta Traumatología Deportiva - Hospital Quiró
 nsalud Barcelona
DESCRIPTION:Estimada Camille\,\n\nLe confirmamos su entrevista para la vaca
 nte Fisioterapeuta Traumatología Deportiva (Req. 88231).\n\nEntrevistadore
 s:\nMarta Ferrer – Supervisora de Rehabilitación\nOriol Pons – Jefe de Se
 rvicio de Traumatología Deportiva\n\nDirección: Plaça Alfonso Comín 5-7\,
  08023 Barcelona. Recepción principal.\n\nEste mensaje ha sido enviado de
 sde una dirección que no acepta respuestas.
LOCATION:Hospital Quirónsalud Barcelona\, Plaça Alfonso Comín 5-7
ORGANIZER;CN=Quirónsalud Talento:mailto:quironsalud-noreply@icims.com
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.
 lefevre.kine@laposte.net
ATTENDEE;CN=Marta Ferrer;ROLE=REQ-PARTICIPANT:mailto:marta.ferrer@quironsa
 lud.es
ATTENDEE;CN=Oriol Pons;ROLE=REQ-PARTICIPANT:mailto:oriol.pons@quironsalud.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-catala", "040000008200E00074C5B7101A82E00800000000A9D3E1F05C77DB0100000000000000001000000071B2",
       (1, "Institut Guttmann", "Fisioterapeuta – Unitat de Lesió Medul·lar", "hiring_manager",
        "jbosch@guttmann.com", "catalan-selection-interview-outlook"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Benvolguda Sra. Lefèvre\,\n\nLi confirmem l'entrevista de selec
 ció per a la plaça de Fisioterapeuta – Unitat de Lesió Medul·lar. L'entre
 vista la farà en Joan Bosch\, cap del Servei de Fisioteràpia. Podrà fer-l
 a en castellà si ho prefereix.\n\nInstitut Guttmann\, Camí de Can Ruti s/
 n\, 08916 Badalona\n\nDepartament de Persones
DTEND;TZID="Romance Standard Time":20250423T103000
DTSTAMP:20250414T090155Z
DTSTART;TZID="Romance Standard Time":20250423T093000
LOCATION:Institut Guttmann - Edifici principal\, planta 1
ORGANIZER;CN="Persones Guttmann";SENT-BY="mailto:rrhh2@guttmann.com":mailto
 :persones@guttmann.com
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
ATTENDEE;CN="Bosch Ferrer\, Joan";RSVP=TRUE:mailto:JBosch@guttmann.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Entrevista de selecció - Fisioterapeuta ULM
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A9D3E1F05C77DB0100000000000000001000000071B2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("meet-en", "1m4k8s0d2f6h9j3l5p7r0t2v4x@google.com",
       (1, "CAR Sant Cugat", "Physiotherapist – Sports Medicine Unit", "hiring_manager",
        "p.rovira@car.edu", "english-google-meet-sports-centre"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250429T070000Z
DTEND:20250429T074500Z
DTSTAMP:20250422T160904Z
ORGANIZER;CN=Pau Rovira:mailto:p.rovira@car.edu
UID:1m4k8s0d2f6h9j3l5p7r0t2v4x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pau Rovira;X-NUM-GUESTS=0:mailto:p.rovira@car.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
DESCRIPTION:Hi Camille\, as agreed\, a 45' call about the Physiotherapist –
  Sports Medicine Unit position (maternity cover\, 12 months). We'll talk i
 n English\; I'm the head of the unit. Best\, Pau\n\n-::~:~::~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJo
 in with Google Meet: https://meet.google.com/ohx-ftbd-gnq\nOr dial: (ES) +
 34 932 74 38 15 PIN: 718 224 906#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camille Lefèvre <> Pau Rovira (CAR)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-eu-es", "040000008200E00074C5B7101A82E00800000000C7E2B3A41F9EDB0100000000000000001000000008F6",
       (1, "Athletic Club", "Fisioterapeuta – Lezama", "recruiter_screen",
        "amaia.urrutia@athletic-club.eus", "basque-spanish-bilingual-teams-screen"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Urrutia\, Amaia":mailto:amaia.urrutia@athletic-club.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=es-ES:Kaixo Camille\,\n\nLehen elkarrizketa Teams bidez
 .\nPrimera entrevista por Teams para el puesto de Fisioterapeuta – Lezama.
 \n\nAmaia Urrutia\nGiza Baliabideak / Recursos Humanos\nAthletic Club\n\n__
 ______________________________________________________________________________
 \nReunión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_MjE0@thread.v2/0\nId. de reunión: 312 887 044 551\n
UID:040000008200E00074C5B7101A82E00800000000C7E2B3A41F9EDB0100000000000000001000000008F6
SUMMARY;LANGUAGE=es-ES:Elkarrizketa / Entrevista - Fisioterapeuta Lezama
DTSTART;TZID=Romance Standard Time:20250514T100000
DTEND;TZID=Romance Standard Time:20250514T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250507T110233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
]
