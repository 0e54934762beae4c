# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events, part B: the Mexican bank's portal, Workday, ModernLoop, Spain/Germany/France via
Personio and Teamtailor, iCIMS, SmartRecruiters, Workable, a founder on free mail, a headhunter.
Raw iCalendar text, written blind."""

from holdout184ev_common import TZ_DEN, TZ_LA, TZ_MX, WIN_MX, WIN_PST, ev, tz_cet, tz_wet

EVENTS = [
    ev("bank-portal-rh", "SF-INTV-GFV-48213-000771@successfactors.com", 1, "Grupo Financiero Valoria",
       "Desarrollador Backend Sr.", "recruiter_screen", "adriana.torres@gfvaloria.com.mx",
       "mexican-bank-successfactors-spanish-talent-acquisition", ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//ES
VERSION:2.0
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
UID:SF-INTV-GFV-48213-000771@successfactors.com
DTSTAMP:20260309T150312Z
DTSTART;TZID=America/Mexico_City:20260311T100000
DTEND;TZID=America/Mexico_City:20260311T104500
SUMMARY:Entrevista – Desarrollador Backend Sr. (Req. 48213)
ORGANIZER;CN=Atracción de Talento GF Valoria:mailto:reclutamiento@gfvaloria.com.mx
ATTENDEE;CN=Adriana Torres Quiroz;ROLE=REQ-PARTICIPANT:mailto:adriana.torres@gfvaloria.com.mx
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Estimado(a) Alejandro Ríos Medina:\n\nGracias por tu interés en formar parte de Grupo Financiero Valoria. Te confirmamos tu entrevista con Atracción de Talento para la vacante Desarrollador Backend Sr. (Req. 48213).\n\nModalidad: videollamada por Microsoft Teams (recibirás la liga en un correo aparte).\nEntrevistadora: Lic. Adriana Torres Quiroz\n\nTen a la mano tu CV actualizado e identificación oficial.\n\nEste mensaje fue generado automáticamente por nuestro portal de empleo. Por favor no respondas a este correo.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("bank-technical-outlook", "040000008200E00074C5B7101A82E0080000000030A1E9F4B5B1DC01000000000000000010000000A6B2E1C44D0F7B4B9C1E8A3F2D6B7C90",
       1, "Grupo Financiero Valoria", "Desarrollador Backend Sr.", "technical",
       "jorge.benitez@gfvaloria.com.mx;itzel.camacho@gfvaloria.com.mx", "mexican-bank-outlook-technical-cell",
       ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_MX}
BEGIN:VEVENT
ORGANIZER;CN="Benítez Ruiz, Jorge":mailto:jorge.benitez@gfvaloria.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com:mailto:alex.riosm.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Camacho Luna, Itzel":mailto:itzel.camacho@gfvaloria.com.mx
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Torres Quiroz, Adriana":mailto:adriana.torres@gfvaloria.com.mx
DESCRIPTION;LANGUAGE=es-MX:Buen día Alejandro\,\n\nTe compartimos la liga para la entrevista técnica con la célula de Pagos Digitales. Revisaremos Java/Spring o Python (como te acomodes)\, diseño de APIs y manejo de transacciones. Aprox. 1 hora.\n\nSaludos.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk0YWE1MjQtNGI3Ny00ZWQ0LWIzZTItYjg1NGVjYjA1ZjE1%40thread.v2/0>\nId. de reunión: 219 774 018 552\nCódigo de acceso: 9mR4vT\n\nMarcar por teléfono\n+52 55 4161 3384\,\,471920385#   México\, Ciudad de México\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000030A1E9F4B5B1DC01000000000000000010000000A6B2E1C44D0F7B4B9C1E8A3F2D6B7C90
SUMMARY;LANGUAGE=es-MX:Entrevista técnica: Célula Pagos Digitales – Alejandro Ríos
DTSTART;TZID=Central Standard Time (Mexico):20260324T160000
DTEND;TZID=Central Standard Time (Mexico):20260324T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260320T012244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("bank-final-onsite", "040000008200E00074C5B7101A82E008000000009C41D7A3C2BEDC01000000000000000010000000E1F0A9B87C6D5E4F3A2B1C0D9E8F7A61",
       1, "Grupo Financiero Valoria", "Desarrollador Backend Sr.", "final", "hector.villanueva@gfvaloria.com.mx",
       "mexican-bank-in-person-final-room-resource-sent-by", ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_MX}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva Ortiz, Héctor";SENT-BY="mailto:gabriela.nunez@gfvaloria.com.mx":mailto:hector.villanueva@gfvaloria.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com:mailto:alex.riosm.dev@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala Chapultepec P12 (10)":mailto:sala.chapultepec.p12@gfvaloria.com.mx
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Núñez Pérez, Gabriela":mailto:gabriela.nunez@gfvaloria.com.mx
DESCRIPTION;LANGUAGE=es-MX:Alejandro\, buenas tardes.\n\nPor instrucciones del Ing. Héctor Villanueva\, Director de Tecnología\, le envío la cita para su entrevista final de manera presencial.\n\nFavor de presentarse 15 minutos antes en recepción de Torre Valoria (Av. Santa Fe 481\, piso 12) con identificación oficial para su registro de visitante.\n\nAtentamente\,\nGabriela Núñez\nAsistente de Dirección de Tecnología\n
UID:040000008200E00074C5B7101A82E008000000009C41D7A3C2BEDC01000000000000000010000000E1F0A9B87C6D5E4F3A2B1C0D9E8F7A61
SUMMARY;LANGUAGE=es-MX:Entrevista final - Dirección de Tecnología (Alejandro Ríos Medina)
DTSTART;TZID=Central Standard Time (Mexico):20260414T130000
DTEND;TZID=Central Standard Time (Mexico):20260414T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T193050Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Torre Valoria P12 - Sala Chapultepec
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-interview", "Workday-INT-R10457-5521876@kestrelpay.myworkday.com", 1, "Kestrel Payments",
       "Software Engineer II - Backend", "hiring_manager", "laura.chen@kestrelpay.com",
       "workday-pacific-windows-zone-req-number", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
{WIN_PST}
BEGIN:VEVENT
UID:Workday-INT-R10457-5521876@kestrelpay.myworkday.com
DTSTAMP:20260316T214401Z
DTSTART;TZID=Pacific Standard Time:20260323T083000
DTEND;TZID=Pacific Standard Time:20260323T091500
SUMMARY:Interview: Software Engineer II - Backend (R-10457)
ORGANIZER;CN=Kestrel Payments Talent Acquisition:mailto:kestrelpay@myworkday.com
ATTENDEE;CN=Laura Chen;ROLE=REQ-PARTICIPANT:mailto:laura.chen@kestrelpay.com
ATTENDEE;CN=Alejandro Rios Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Candidate: Alejandro Rios Medina\nJob Requisition: R-10457 Software Engineer II - Backend (Remote - Mexico)\nInterview Type: Hiring Manager Interview\nInterviewer(s): Laura Chen\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTQ4NWRm%40thread.v2/0\nMeeting ID: 255 903 771 640\nPasscode: a8Tf3e\n\nThis invitation was sent from Workday on behalf of Kestrel Payments.
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("modernloop-panel", "ml-ses-8e31f0c9-alejandro-rios-medina@modernloop.io", 1, "Fernhill Software",
       "Senior Backend Engineer", "onsite",
       "kate.harmon@fernhill.dev;luis.ocampo@fernhill.dev;ben.adeyemi@fernhill.dev",
       "modernloop-interview-loop-denver", ics=rf"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_DEN}
BEGIN:VEVENT
UID:ml-ses-8e31f0c9-alejandro-rios-medina@modernloop.io
DTSTAMP:20260410T155022Z
DTSTART;TZID=America/Denver:20260416T090000
DTEND;TZID=America/Denver:20260416T113000
SUMMARY:Fernhill Software – Interview Loop (Alejandro Ríos Medina)
ORGANIZER;CN=Fernhill Recruiting:mailto:recruiting@fernhill.dev
ATTENDEE;CN=Kate Harmon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kate.harmon@fernhill.dev
ATTENDEE;CN=Luis Ocampo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luis.ocampo@fernhill.dev
ATTENDEE;CN=Ben Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ben.adeyemi@fernhill.dev
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Your interview loop with Fernhill Software\n\n9:00 – 9:50 MT   Coding (Kate Harmon)\n10:00 – 10:50 MT  Architecture & APIs (Luis Ocampo)\n10:50 – 11:30 MT  Team fit (Ben Adeyemi)\n\nGoogle Meet: https://meet.google.com/fnh-loop-abq\n\nScheduled with ModernLoop. Need to reschedule? Reply to your recruiter.
LOCATION:https://meet.google.com/fnh-loop-abq
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-madrid", "personio-interview-1177045-3@solidopagos.personio.de", 1, "Sólido Pagos",
       "Backend Developer (Remoto LATAM)", "recruiter_screen", "irene.campos@solidopagos.es",
       "personio-spain-spanish-first-interview-madrid-time", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//ES
VERSION:2.0
METHOD:REQUEST
{tz_cet("Europe/Madrid")}
BEGIN:VEVENT
UID:personio-interview-1177045-3@solidopagos.personio.de
DTSTAMP:20260317T090511Z
DTSTART;TZID=Europe/Madrid:20260320T170000
DTEND;TZID=Europe/Madrid:20260320T173000
SUMMARY:Entrevista: Backend Developer (Remoto LATAM) – Sólido Pagos
ORGANIZER;CN=Irene Campos:mailto:irene.campos@solidopagos.es
ATTENDEE;CN=Irene Campos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:irene.campos@solidopagos.es
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hola Alejandro:\n\nGracias por tu candidatura. Nos gustaría conocerte en una primera entrevista con People de unos 30 minutos. Hablaremos de tu trayectoria\, de cómo trabajamos en remoto entre Madrid y Latinoamérica y de tus expectativas.\n\nEnlace: https://meet.google.com/spg-hola-mdr\n\n¡Un saludo!\nIrene Campos · People & Talent · Sólido Pagos
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("prueba-en-vivo", "7q2w4e6r8t0y1u3i5o7p9a2s4d@google.com", 1, "Sólido Pagos", "Backend Developer (Remoto LATAM)",
       "technical", "pablo@solidopagos.es;marta.gil@solidopagos.es", "spain-cto-live-test-prueba-tecnica", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{tz_cet("Europe/Madrid")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260401T170000
DTEND;TZID=Europe/Madrid:20260401T183000
DTSTAMP:20260325T112934Z
ORGANIZER;CN=Pablo Errando:mailto:pablo@solidopagos.es
UID:7q2w4e6r8t0y1u3i5o7p9a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pablo Errando;X-NUM-GUESTS=0:mailto:pablo@solidopagos.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Gil;X-NUM-GUESTS=0:mailto:marta.gil@solidopagos.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260325T112932Z
DESCRIPTION:Prueba técnica en directo con Pablo (CTO) y Marta (Tech Lead). Os dejamos un repo pequeño con un servicio de cobros en Go/Python y haremos una sesión de pair programming para añadir idempotencia. No hace falta preparar nada.\n\nUnirse con Google Meet: https://meet.google.com/qzv-ttrm-eps
LAST-MODIFIED:20260325T112934Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba técnica en vivo · Sólido Pagos · Alejandro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-berlin", "personio-interview-2290113-1@lieferwerk.personio.de", 1, "Lieferwerk GmbH",
       "Senior Backend Engineer (m/w/d)", "recruiter_screen", "jana.koehler@lieferwerk.de",
       "personio-german-erstgespraech-berlin", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{tz_cet("Europe/Berlin")}
BEGIN:VEVENT
UID:personio-interview-2290113-1@lieferwerk.personio.de
DTSTAMP:20260319T080044Z
DTSTART;TZID=Europe/Berlin:20260324T160000
DTEND;TZID=Europe/Berlin:20260324T163000
SUMMARY:Erstgespräch – Senior Backend Engineer (m/w/d) – Lieferwerk GmbH
ORGANIZER;CN=Jana Köhler:mailto:jana.koehler@lieferwerk.de
ATTENDEE;CN=Jana Köhler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.koehler@lieferwerk.de
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hallo Alejandro\,\n\nvielen Dank für deine Bewerbung als Senior Backend Engineer (m/w/d). Wir möchten dich gerne in einem ersten Kennenlerngespräch (ca. 30 Minuten) näher kennenlernen. Das Gespräch findet auf Englisch statt.\n\nLink zum Videocall: https://lieferwerk.zoom.us/j/62204481735\n\nViele Grüße\nJana Köhler\nTalent Acquisition\, Lieferwerk GmbH
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("technisches-interview", "9f1e3d5c7b9a1f3e5d7c9b1a3f@google.com", 1, "Lieferwerk GmbH",
       "Senior Backend Engineer (m/w/d)", "technical", "tobias.brandt@lieferwerk.de;mehmet.yilmaz@lieferwerk.de",
       "german-technical-interview-with-team", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{tz_cet("Europe/Berlin")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260407T170000
DTEND;TZID=Europe/Berlin:20260407T181500
DTSTAMP:20260331T143001Z
ORGANIZER;CN=Jana Köhler:mailto:jana.koehler@lieferwerk.de
UID:9f1e3d5c7b9a1f3e5d7c9b1a3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobias Brandt;X-NUM-GUESTS=0:mailto:tobias.brandt@lieferwerk.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mehmet Yılmaz;X-NUM-GUESTS=0:mailto:mehmet.yilmaz@lieferwerk.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260331T143000Z
DESCRIPTION:Technisches Interview mit Tobias (Engineering Lead) und Mehmet (Backend). Wir sprechen über Architektur\, Event-Driven Systems und machen eine kleine Live-Coding-Aufgabe. Sprache: Englisch.\n\nGoogle Meet: https://meet.google.com/lfw-tech-ber
LAST-MODIFIED:20260331T143001Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technisches Interview: Alejandro Ríos Medina / Backend-Team
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-paris", "tt-interview-5f2a9c17-3d6b-4e08-b1c4-7a9e2d0f6b35@teamtailor.com", 1, "Maison Lumen",
       "Développeur·se Backend Python (Full remote)", "hiring_manager", "camille.durand@maisonlumen.fr",
       "teamtailor-french-entretien-paris", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//FR
VERSION:2.0
METHOD:REQUEST
{tz_cet("Europe/Paris")}
BEGIN:VEVENT
UID:tt-interview-5f2a9c17-3d6b-4e08-b1c4-7a9e2d0f6b35@teamtailor.com
DTSTAMP:20260330T084512Z
DTSTART;TZID=Europe/Paris:20260403T163000
DTEND;TZID=Europe/Paris:20260403T171500
SUMMARY:Entretien avec Maison Lumen – Développeur·se Backend Python (Full remote)
ORGANIZER;CN=Maison Lumen:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Camille Durand;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.durand@maisonlumen.fr
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Bonjour Alejandro\,\n\nMerci pour votre candidature ! Vous avez rendez-vous avec Camille Durand\, Engineering Manager\, pour un premier entretien de 45 minutes. L'échange peut se faire en anglais ou en espagnol si vous préférez.\n\nLien visio : https://meet.google.com/mlm-entr-prs\n\nÀ très vite\,\nL'équipe Maison Lumen
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-phone-screen", "iCIMS-22187-4471093-PS@oakbridgesys.icims.com", 1, "Oakbridge Systems",
       "Backend Engineer (Remote - LATAM)", "recruiter_screen", "rpatel@oakbridgesys.com",
       "icims-phone-screen-candidate-calls-number", fold=False, ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:iCIMS-22187-4471093-PS@oakbridgesys.icims.com
DTSTAMP:20260312T192200Z
DTSTART:20260317T150000Z
DTEND:20260317T153000Z
SUMMARY:Interview Scheduled: Backend Engineer (Remote - LATAM) - Oakbridge Systems
ORGANIZER;CN=Oakbridge Systems Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Rohan Patel;ROLE=REQ-PARTICIPANT:mailto:rpatel@oakbridgesys.com
ATTENDEE;CN=Alejandro Rios Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Dear Alejandro\,\n\nThank you for your interest in Oakbridge Systems. This confirms your Phone Screen for Job ID 22187 Backend Engineer (Remote - LATAM).\n\nDate/Time: Tuesday\, March 17\, 2026 11:00 AM Eastern Time\nInterviewer: Rohan Patel\, Technical Recruiter\nRohan will call you at the number on your application (+52 55 ****-4410).\n\nPlease do not reply to this automated message.
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("smartrecruiters-video", "sr-int-8d3b2f6a71c04e59a2d8f0e1b7c3a9d4@smartrecruiters.com", 1, "Crestline Health",
       "Senior Python Developer", "", "mark.osei@crestlinehealth.com", "smartrecruiters-video-interview-no-stage",
       ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-8d3b2f6a71c04e59a2d8f0e1b7c3a9d4@smartrecruiters.com
DTSTAMP:20260318T173501Z
DTSTART:20260326T200000Z
DTEND:20260326T204500Z
SUMMARY:Video Interview – Senior Python Developer – Crestline Health
ORGANIZER;CN=Crestline Health Recruiting:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Mark Osei;ROLE=REQ-PARTICIPANT:mailto:mark.osei@crestlinehealth.com
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hello Alejandro\,\n\nYour interview for Senior Python Developer at Crestline Health has been scheduled.\n\nInterviewers: Mark Osei\nLocation: Webex – https://crestlinehealth.webex.com/meet/mark.osei\nAccess code: 2634 118 903\n\nTo add this interview to your calendar\, open the attached file.\n\nCrestline Health Talent Team
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-lisbon", "workable-ev-3a81c6e2f09b@vantablue.workable.com", 1, "Vantablue",
       "Backend Engineer", "technical", "rui.tavares@vantablue.io", "workable-technical-stage-lisbon-time",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{tz_wet("Europe/Lisbon", "WET", "WEST")}
BEGIN:VEVENT
UID:workable-ev-3a81c6e2f09b@vantablue.workable.com
DTSTAMP:20260401T121233Z
DTSTART;TZID=Europe/Lisbon:20260408T170000
DTEND;TZID=Europe/Lisbon:20260408T180000
SUMMARY:Interview with Vantablue for Backend Engineer
ORGANIZER;CN=Vantablue:mailto:vantablue@notifications.workablemail.com
ATTENDEE;CN=Rui Tavares;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rui.tavares@vantablue.io
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nYou have been invited to an interview with Vantablue.\n\nStage: Technical Interview\nType: Video call\nDuration: 60 minutes\nWith: Rui Tavares\n\nJoin: https://vantablue.whereby.com/tech-interview\n\nPowered by Workable
LOCATION:https://vantablue.whereby.com/tech-interview
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-gmail", "3r5t7y9u1i3o5p7a9s1d3f5g7h@google.com", 1, "Lumenfold", "Founding Backend Engineer",
       "hiring_manager", "tom.becker.sf@gmail.com", "founder-on-free-mail-casual-chat", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260319T170000
DTEND;TZID=America/Los_Angeles:20260319T173000
DTSTAMP:20260317T042210Z
ORGANIZER;CN=Tom Becker:mailto:tom.becker.sf@gmail.com
UID:3r5t7y9u1i3o5p7a9s1d3f5g7h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Becker;X-NUM-GUESTS=0:mailto:tom.becker.sf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260317T042208Z
DESCRIPTION:hey Alejandro – great to connect on LinkedIn. quick chat about the founding backend engineer role at Lumenfold? we're 4 people\, seed-funded\, building inventory sync for Shopify merchants. would love to hear about your e-commerce work.\n\nTom\n\nJoin with Google Meet: https://meet.google.com/tbk-ccvx-lmf
LAST-MODIFIED:20260317T042210Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alejandro / Tom
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-body-only", "8d0f2h4j6l8n0p2r4t6v8x0z2b@google.com", 1, "Kuali Commerce", "Staff Backend Engineer",
       "recruiter_screen", "mquiroga@quirogatalent.com", "headhunter-names-employer-only-in-body", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260310T183000
DTEND;TZID=America/Mexico_City:20260310T190000
DTSTAMP:20260309T225513Z
ORGANIZER;CN=Martín Quiroga:mailto:mquiroga@quirogatalent.com
UID:8d0f2h4j6l8n0p2r4t6v8x0z2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martín Quiroga;X-NUM-GUESTS=0:mailto:mquiroga@quirogatalent.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260309T225511Z
DESCRIPTION:Alejandro\, como quedamos por LinkedIn: platicamos de la posición de Staff Backend Engineer en Kuali Commerce (marketplace B2B\, equipo en Austin y CDMX\, 100% remoto\, pago en dólares). Te cuento el proceso y reviso contigo tu experiencia con pagos y alta concurrencia.\n\nTe marco al celular o entramos por aquí: https://meet.google.com/mqt-ktsw-hnr
LAST-MODIFIED:20260309T225513Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alejandro Ríos / Martín Quiroga
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
