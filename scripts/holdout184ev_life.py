# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events: job-search look-alikes and personal life (all negatives). Raw iCalendar text,
written blind."""

from holdout184ev_common import TZ_MX, TZ_NY, ev

GHEAD = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MX

PHONE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN"""

EVENTS = [
    ev("peer-mock", "pramp-session-5521907@pramp.com", 0, trap="peer-mock-interview-platform", fold=False,
       ics=r"""BEGIN:VCALENDAR
PRODID:-//Pramp//Peer Practice//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:pramp-session-5521907@pramp.com
DTSTAMP:20260305T021100Z
DTSTART:20260308T010000Z
DTEND:20260308T020000Z
SUMMARY:Pramp: System Design Interview (practice) with your peer
ORGANIZER;CN=Pramp:mailto:sessions@pramp.com
ATTENDEE;CN=Alejandro Ríos;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Your mock interview session is scheduled! You'll be matched with a peer and take turns as interviewer and interviewee (30 min each). Question sets are revealed when the session starts.\n\nJoin at https://www.pramp.com/dashboard 5 minutes early.
LOCATION:https://www.pramp.com/dashboard
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("coach-mock", "2x4z6b8d0f2h4j6l8n0p2r4t6v@google.com", 0, trap="mock-interview-in-english-with-coach",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260302T193000
DTEND;TZID=America/Mexico_City:20260302T203000
DTSTAMP:20260226T013000Z
ORGANIZER;CN=Ana Luisa Ortiz:mailto:ana.ortiz.englishcoach@gmail.com
UID:2x4z6b8d0f2h4j6l8n0p2r4t6v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Luisa Ortiz;X-NUM-GUESTS=0:mailto:ana.ortiz.englishcoach@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260226T012958Z
DESCRIPTION:Simulacro de entrevista en inglés: "tell me about yourself"\, behavioral (STAR) y preguntas de recruiter gringo. Te grabo y luego vemos pronunciación y muletillas. Sesión 3 de 5 del paquete.
LAST-MODIFIED:20260226T013000Z
LOCATION:https://meet.google.com/ang-mck-eng
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview (inglés) – Alejandro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("webinar", "zoom-webinar-83312007745-reg-aRm@zoom.us", 0, trap="marketplace-webinar-on-acing-interviews",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_NY}
BEGIN:VEVENT
UID:zoom-webinar-83312007745-reg-aRm@zoom.us
DTSTAMP:20260302T150000Z
DTSTART;TZID=America/New_York:20260305T130000
DTEND;TZID=America/New_York:20260305T140000
SUMMARY:Turnwell Live: How to Ace Your Technical Interview with US Companies
DESCRIPTION:Hi Alejandro Ríos\,\n\nThank you for registering for "Turnwell Live: How to Ace Your Technical Interview with US Companies".\n\nPanelists from Turnwell's vetting team share what interviewers look for\, common mistakes by LATAM developers\, and live Q&A.\n\nJoin from PC\, Mac\, iPad\, or Android: https://turnwell.zoom.us/w/83312007745?tk=aRm\nWebinar ID: 833 1200 7745\n\nYou can cancel your registration at any time.
LOCATION:https://turnwell.zoom.us/w/83312007745?tk=aRm
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("podcast-guest", "4z6b8d0f2h4j6l8n0p2r4t6v8x@google.com", 0, trap="podcast-interview-user-as-guest",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260430T190000
DTEND;TZID=America/Mexico_City:20260430T200000
DTSTAMP:20260424T032000Z
ORGANIZER;CN=Deploy los Viernes Podcast:mailto:hola@deploylosviernes.fm
UID:4z6b8d0f2h4j6l8n0p2r4t6v8x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Iván Cordero;X-NUM-GUESTS=0:mailto:hola@deploylosviernes.fm
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260424T031958Z
DESCRIPTION:Grabación del episodio 58: entrevistamos a Alejandro Ríos sobre su charla en Python CDMX y cómo conseguir chamba remota en dólares. Graba desde Riverside con audífonos: https://riverside.fm/studio/deploy-los-viernes
LAST-MODIFIED:20260424T032000Z
LOCATION:https://riverside.fm/studio/deploy-los-viernes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista podcast Deploy los Viernes – grabación ep. 58
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("user-research", "respondent-proj-77310-sess-2@respondent.io", 0, trap="paid-user-research-interview-participant",
       fold=False, ics=r"""BEGIN:VCALENDAR
PRODID:-//Respondent//Research Sessions//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:respondent-proj-77310-sess-2@respondent.io
DTSTAMP:20260330T180000Z
DTSTART:20260401T200000Z
DTEND:20260401T204500Z
SUMMARY:Research interview: Backend developers & API monitoring (45 min\, $120 incentive)
ORGANIZER;CN=Respondent:mailto:sessions@respondent.io
ATTENDEE;CN=Alejandro R.;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:You've been confirmed for a 1:1 research interview. The researcher will ask about how you monitor APIs and debug production issues. This is not a job interview and there are no right answers. Incentive paid via PayPal within 48h.\n\nJoin: https://zoom.us/j/95512200734
LOCATION:https://zoom.us/j/95512200734
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("coffee-chat", "6b8d0f2h4j6l8n0p2r4t6v8x0z@google.com", 0, trap="informational-coffee-ex-colleague-at-employer",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260307T110000
DTEND;TZID=America/Mexico_City:20260307T120000
DTSTAMP:20260304T044400Z
ORGANIZER;CN=Guillermo Tapia:mailto:memo.tapia@gmail.com
UID:6b8d0f2h4j6l8n0p2r4t6v8x0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Guillermo Tapia;X-NUM-GUESTS=0:mailto:memo.tapia@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260304T044358Z
DESCRIPTION:Café para que me cuentes cómo te ha ido buscando remoto. Te platico cómo es trabajar en Kestrel desde acá y cómo fue mi proceso. Invito yo ☕
LAST-MODIFIED:20260304T044400Z
LOCATION:Café Avellaneda\, Higuera 40\, Coyoacán
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café con Memo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("job-fair", "talentland-2026-expo-reg-119842@talent-land.mx", 0, trap="careers-fair-multi-day",
       ics=r"""BEGIN:VCALENDAR
PRODID:-//Talent Land//Registro//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:talentland-2026-expo-reg-119842@talent-land.mx
DTSTAMP:20260310T170000Z
DTSTART;VALUE=DATE:20260504
DTEND;VALUE=DATE:20260507
SUMMARY:Talent Land 2026 – Job Fair & Empleo TI (Expo Guadalajara)
DESCRIPTION:Tu registro está confirmado. Presenta tu QR en el acceso. Zona de empleo con empresas nacionales e internacionales\, revisión de CV y simulacros de entrevista en el stand de reclutadores.
LOCATION:Expo Guadalajara\, Av. Mariano Otero 1499\, Guadalajara\, Jal.
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-call", "8d0f2h4j6l8n0p2r4t6v8x0z2c@google.com", 0, trap="reference-call-user-as-referee",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260413T183000
DTEND;TZID=America/Mexico_City:20260413T184500
DTSTAMP:20260410T153000Z
ORGANIZER;CN=Hailey Brooks:mailto:hailey.brooks@kinetica.io
UID:8d0f2h4j6l8n0p2r4t6v8x0z2c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hailey Brooks;X-NUM-GUESTS=0:mailto:hailey.brooks@kinetica.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260410T152958Z
DESCRIPTION:Hi Alejandro\, thanks for agreeing to be a reference for Javier Olvera\, who is a finalist for our Backend Engineer role. 15 minutes about your time working together at Mercanta.\n\nJoin with Google Meet: https://meet.google.com/knt-ref-jvo
LAST-MODIFIED:20260410T153000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call for Javier Olvera – Kinetica
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("recruiter-no-employer", "0f2h4j6l8n0p2r4t6v8x0z2b4e@google.com", 0, trap="agency-recruiter-call-no-employer-named",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260303T180000
DTEND;TZID=America/Mexico_City:20260303T182000
DTSTAMP:20260302T012000Z
ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@talently.tech
UID:0f2h4j6l8n0p2r4t6v8x0z2b4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alexis Romero;X-NUM-GUESTS=0:mailto:alexis.romero@talently.tech
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260302T011958Z
DESCRIPTION:¡Hola Alejandro! Vi tu perfil y me encantaría conocerte. Tenemos varias posiciones backend con clientes en Estados Unidos y Europa (100% remoto\, pago en USD). En la llamada conocemos tu experiencia y te explico cómo funciona nuestro proceso para sumarte a la comunidad.\n\nÚnete con Google Meet: https://meet.google.com/tly-alx-rmr
LAST-MODIFIED:20260302T012000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada con el reclutador – Alexis (Talently)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("prep-block", "B7E2C9A4-6F1D-4B83-A0E5-3C8D2F7A1B96", 0, trap="hand-typed-prep-block-names-employer",
       crlf=False, fold=False, ics=PHONE + r"""
BEGIN:VEVENT
CREATED:20260405T190218Z
DTEND:20260408T220000
DTSTAMP:20260405T190218Z
DTSTART:20260408T200000
LAST-MODIFIED:20260405T190218Z
SEQUENCE:0
SUMMARY:Prep onsite Ledgerly: system design + STAR
DESCRIPTION:repasar: idempotency keys\, double-entry ledger\, outbox pattern. 3 historias STAR (incidente conciliación\, migración colas\, conflicto con PM)
UID:B7E2C9A4-6F1D-4B83-A0E5-3C8D2F7A1B96
END:VEVENT
END:VCALENDAR
"""),
    ev("thank-you-reminder", "D3F8A1C6-2E7B-4905-8D4C-6A1F9E3B7C52", 0, trap="thank-you-note-reminder-names-interviewers",
       crlf=False, fold=False, ics=PHONE + r"""
BEGIN:VEVENT
CREATED:20260325T172040Z
DTEND:20260325T183000
DTSTAMP:20260325T172040Z
DTSTART:20260325T181500
LAST-MODIFIED:20260325T172040Z
SEQUENCE:0
SUMMARY:mandar thank you Parcelwise (Raj + Beth)
UID:D3F8A1C6-2E7B-4905-8D4C-6A1F9E3B7C52
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
UID:9A8B7C6D-5E4F-4321-8765-0FEDCBA98765
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("pre-employment-medical", "cita-lab-SD-CDMX-0042-889172@saluddigna.org", 0,
       trap="pre-employment-medical-exam-for-bank", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Salud Digna//Citas en linea//ES
VERSION:2.0
METHOD:PUBLISH
{TZ_MX}
BEGIN:VEVENT
UID:cita-lab-SD-CDMX-0042-889172@saluddigna.org
DTSTAMP:20260416T201500Z
DTSTART;TZID=America/Mexico_City:20260421T073000
DTEND;TZID=America/Mexico_City:20260421T090000
SUMMARY:Examen médico de ingreso – GF Valoria (laboratorio + rayos X)
DESCRIPTION:Cita confirmada: Examen médico preempleo (convenio empresarial GF Valoria). Presentarse en ayuno de 8 horas con identificación oficial y la orden enviada por Recursos Humanos. Folio: SD-889172.
LOCATION:Salud Digna Insurgentes\, Av. Insurgentes Sur 1235\, CDMX
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("socioeconomic-visit", "5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com", 0, trap="pre-employment-socioeconomic-home-visit",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260425T100000
DTEND;TZID=America/Mexico_City:20260425T113000
DTSTAMP:20260422T174010Z
ORGANIZER;CN=Verifica Estudios Laborales:mailto:agenda@verificaestudios.com.mx
UID:5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260422T174008Z
DESCRIPTION:Estudio socioeconómico solicitado por GF Valoria. Una ejecutiva visitará su domicilio: tenga a la mano comprobante de domicilio\, acta de nacimiento\, comprobantes de estudios\, últimos 3 recibos de nómina y datos de 2 referencias personales.
LAST-MODIFIED:20260422T174010Z
LOCATION:Domicilio del candidato
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visita estudio socioeconómico – A. Ríos Medina
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("offer-call", "3f5h7j9l1n3p5r7t9v1x3z5b7d@google.com", 0, trap="offer-call-after-final-round",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260415T110000
DTEND;TZID=America/New_York:20260415T113000
DTSTAMP:20260414T200400Z
ORGANIZER;CN=Maya Goldberg:mailto:maya.goldberg@ledgerly.com
UID:3f5h7j9l1n3p5r7t9v1x3z5b7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Goldberg;X-NUM-GUESTS=0:mailto:maya.goldberg@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260414T200358Z
DESCRIPTION:Hi Alejandro – great news to share! Let's hop on a call to walk through the offer details (comp in USD\, contractor setup via Deel\, start date).\n\nJoin with Google Meet: https://meet.google.com/ajp-wmzc-ofr
LAST-MODIFIED:20260414T200400Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ledgerly – let's talk next steps 🎉
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("contract-onboarding", "deel-onb-7716203-kickoff@deel.com", 0, trap="contractor-onboarding-after-offer",
       fold=False, ics=r"""BEGIN:VCALENDAR
PRODID:-//Deel//Onboarding//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:deel-onb-7716203-kickoff@deel.com
DTSTAMP:20260508T140000Z
DTSTART:20260601T150000Z
DTEND:20260601T160000Z
SUMMARY:Day 1 at Ledgerly – Welcome & IT setup
ORGANIZER;CN=Ledgerly People Ops:mailto:peopleops@ledgerly.com
ATTENDEE;CN=Alejandro Ríos Medina;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Welcome aboard! Your contractor agreement is signed in Deel. On day 1 you'll get your laptop setup\, accounts (Google\, GitHub\, Slack) and meet your onboarding buddy.\n\nMeet: https://meet.google.com/ldg-wlc-day1
LOCATION:https://meet.google.com/ldg-wlc-day1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("futbol", "E5A0B7C2-9D4F-4C16-B8E3-1F6A0D5C9B27", 0, trap="weekly-football-hand-typed", crlf=False, fold=False,
       ics=PHONE + r"""
BEGIN:VEVENT
CREATED:20250902T031500Z
DTEND:20260303T220000
DTSTAMP:20250902T031500Z
DTSTART:20260303T203000
LAST-MODIFIED:20260102T040000Z
RRULE:FREQ=WEEKLY;BYDAY=TU
SEQUENCE:1
SUMMARY:Fut ⚽ liga martes (cancha Coyoacán)
DESCRIPTION:llevar espinilleras y 80 varos del arbitraje
UID:E5A0B7C2-9D4F-4C16-B8E3-1F6A0D5C9B27
END:VEVENT
END:VCALENDAR
"""),
    ev("abuela-cumple", "4k6m8o0q2s4u6w8y0a2c4e6g8i@google.com", 0, trap="grandmother-birthday-all-day-yearly",
       ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alex.riosm.dev@gmail.com
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260419
DTEND;VALUE=DATE:20260420
RRULE:FREQ=YEARLY
DTSTAMP:20190401T000000Z
UID:4k6m8o0q2s4u6w8y0a2c4e6g8i@google.com
CREATED:20190401T004512Z
DESCRIPTION:comida en casa de la abuela en Xochimilco. llevar pastel de tres leches
LAST-MODIFIED:20250410T170000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cumple abuela Chayo 🎂
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("dentista", "F8C3D6A1-0B5E-4A72-9C84-2E7B1D6F0A39", 0, trap="dentist-appointment-hand-typed", crlf=False,
       fold=False, ics=PHONE + r"""
BEGIN:VEVENT
CREATED:20260312T170433Z
DTEND:20260321T110000
DTSTAMP:20260312T170433Z
DTSTART:20260321T100000
LAST-MODIFIED:20260312T170433Z
SEQUENCE:0
SUMMARY:Dentista - Dra. Morales (limpieza)
LOCATION:Consultorio Dra. Morales\, Av. Universidad 1330
UID:F8C3D6A1-0B5E-4A72-9C84-2E7B1D6F0A39
END:VEVENT
END:VCALENDAR
"""),
    ev("sat-tramite", "6m8o0q2s4u6w8y0a2c4e6g8i0k@google.com", 0, trap="tax-office-appointment", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alex.riosm.dev@gmail.com
X-WR-TIMEZONE:America/Mexico_City
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260410T091500
DTEND;TZID=America/Mexico_City:20260410T101500
DTSTAMP:20260401T010000Z
UID:6m8o0q2s4u6w8y0a2c4e6g8i0k@google.com
CREATED:20260331T223000Z
DESCRIPTION:Cita SAT folio CDMX-VALLE-26-118204. Renovación e.firma + alta en RESICO para facturar como contractor. Llevar INE\, comprobante de domicilio\, USB y correo.
LAST-MODIFIED:20260331T223000Z
LOCATION:SAT Módulo Del Valle\, Av. Insurgentes Sur 1390
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trámite SAT – e.firma
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("visa-consular", "8o0q2s4u6w8y0a2c4e6g8i0k2m@google.com", 0, trap="us-visa-consular-interview", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alex.riosm.dev@gmail.com
X-WR-TIMEZONE:America/Mexico_City
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260512T074500
DTEND;TZID=America/Mexico_City:20260512T103000
DTSTAMP:20260115T050000Z
UID:8o0q2s4u6w8y0a2c4e6g8i0k2m@google.com
CREATED:20260115T045812Z
DESCRIPTION:Entrevista consular visa B1/B2 (renovación). Llevar pasaporte\, DS-160 confirmación\, hoja de cita\, constancia laboral. NO llevar celular ni mochila. Ya fui al CAS el 5 de mayo.
LAST-MODIFIED:20260115T045812Z
LOCATION:Embajada de EE.UU.\, Paseo de las Palmas 1500\, Lomas de Chapultepec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista consular – Embajada EUA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("english-class", "cambly-lesson-3319024-20260310@cambly.com", 0, trap="english-conversation-class",
       fold=False, ics=r"""BEGIN:VCALENDAR
PRODID:-//Cambly//Lessons//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:cambly-lesson-3319024-20260310@cambly.com
DTSTAMP:20260308T200000Z
DTSTART:20260311T020000Z
DTEND:20260311T023000Z
SUMMARY:Cambly lesson with Tutor Jessica
DESCRIPTION:Scheduled 30-minute lesson. Your notes for the tutor: "I want to practice talking about my projects and salary expectations for job interviews."
LOCATION:https://www.cambly.com/student/lessons
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
