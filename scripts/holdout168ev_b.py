"""Holdout168 events, part B: Codelco, Fortescue and Teck, a confidential headhunter and the staffing firm."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "successfactors-test",
        "label": iv("Codelco", "Superintendente(a) Planificación Mina", "technical", "",
                    "successfactors-online-technical-test-no-interviewer"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-IC-CODELCO-4418207-20250818
DTSTAMP:20250812T150233Z
DTSTART:20250818T140000Z
DTEND:20250818T160000Z
SUMMARY:Codelco - Prueba de Conocimientos Técnicos - Superintendente(a) Planificación Mina (Req. 27710)
DESCRIPTION:Estimado(a) Camila Rojas Pizarro:\n\nJunto con saludar\, le inf
 ormamos que ha sido seleccionado(a) para rendir la Prueba de Conocimientos
  Técnicos del proceso Superintendente(a) Planificación Mina\, División Rad
 omiro Tomic.\n\nFecha: lunes 18 de agosto de 2025\nHora: 10:00 hrs. (hora
  continental)\nDuración: 120 minutos\nModalidad: en línea\, con cámara enc
 endida y supervisión remota.\n\nEl enlace de acceso será enviado 30 minuto
 s antes.\n\nAtentamente\,\nGerencia de Reclutamiento y Selección\nCodelco\n
 \nEste es un mensaje automático\, favor no responder.
LOCATION:En línea
ORGANIZER;CN=Codelco Reclutamiento:mailto:noreply-reclutamiento@codelco.cl
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": iv("Codelco", "Superintendente(a) Planificación Mina", "onsite",
                    "gpiza005@codelco.cl;mrivas011@codelco.cl;fherrera@codelco.cl",
                    "outlook-comision-competencias-onsite-calama"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Herrera Lagos, Francisca (Codelco-DRT)":mailto:fherrera@codelco.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pizarro Araya, Gonzalo (Codelco-DRT)":mailto:GPiza005@codelco.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Rivas Pino, Macarena (Codelco-DRT)":mailto:MRivas011@codelco.cl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DRT Edif. Administración Sala Directorio":mailto:drt.saladirectorio@codelco.cl
DESCRIPTION;LANGUAGE=es-CL:Estimada Camila:\n\nHabiendo aprobado la prueba
  técnica\, la citamos a entrevista por competencias con la comisión evalua
 dora (Gerencia Mina y Gerencia de Personas) en dependencias de División Ra
 domiro Tomic. Debe presentarse a las 08:30 en garita de acceso con cédula
 \, zapatos de seguridad y casco; el traslado desde Calama sale 07:15 desde
  Granaderos con Av. Balmaceda.\n\nSaludos\,\nFrancisca Herrera Lagos\nEspe
 cialista Reclutamiento y Selección – DRT
UID:040000008200E00074C5B7101A82E00800000000A9B7C5D3E156DC0100000000000000001000000019A7D3C5E8B24F4DA6E3B1C9D2F8A004
SUMMARY;LANGUAGE=es-CL:Entrevista Comisión - Proceso Supte. Planificación Mina DRT - Sra. Camila Rojas
DTSTART;TZID=Pacific SA Standard Time:20250903T090000
DTEND;TZID=Pacific SA Standard Time:20250903T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250826T192104Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:DRT Edif. Administración Sala Directorio
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-phone",
        "label": iv("Fortescue", "Superintendent Mine Planning - Solomon", "recruiter_screen",
                    "brooke.hennessy@fmgl.com.au", "smartrecruiters-perth-phone-screen-evening-chile"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@TZ:Australia/Perth@
BEGIN:VEVENT
UID:e3c1b9a2-55f0-4d8e-9a7b-2f16c0d4e8a1@smartrecruiters.com
DTSTAMP:20250905T021144Z
DTSTART;TZID=Australia/Perth:20250912T080000
DTEND;TZID=Australia/Perth:20250912T083000
SUMMARY:Phone Interview: Superintendent Mine Planning - Solomon | Fortescue
DESCRIPTION:Hi Camila\,\n\nThanks for applying for the Superintendent Mine P
 lanning - Solomon role (8-and-6 FIFO ex Perth). Brooke Hennessy\, Talent A
 cquisition Partner\, will call you on +56 9 6123 4570 for a 30 minute cha
 t about your experience\, your visa pathway and what you are looking for.\n
 \nTime shown in Perth time (AWST).\n\nKind regards\,\nFortescue Talent Team
LOCATION:Phone call - Brooke will call you
ORGANIZER;CN=Fortescue Talent Team:mailto:notifications@smartrecruiters.com
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Brooke Hennessy;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:brooke.hennessy@fmgl.com.au
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "allday-note",
        "eol": "\n",
        "label": iv("Fortescue", "", "", "", "one-way-video-interview-deadline-all-day-typed"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Camila personal
X-WR-TIMEZONE:America/Santiago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250918
DTEND;VALUE=DATE:20250919
DTSTAMP:20251201T004512Z
UID:0pq3r8s1t5u7v2w4x6y9z0a1bc@google.com
CREATED:20250915T010944Z
DESCRIPTION:video entrevista grabada fortescue (HireVue) - 5 preguntas\, 3 m
 in c/u\, 1 intento. vence jueves 23:59 hora Perth!! = jueves 11:59 acá
LAST-MODIFIED:20250915T011020Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HireVue FMG plazo
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "label": iv("Fortescue", "Superintendent Mine Planning", "final",
                    "dean.whitford@fmgl.com.au;priya.natarajan@fmgl.com.au",
                    "outlook-perth-zone-final-gm-late-night-chile"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:W. Australia Standard Time@
BEGIN:VEVENT
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@fmgl.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dean Whitford:mailto:dean.whitford@fmgl.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Camila\,\n\nGreat to have you through to the
  final stage. This will be a conversation with Dean Whitford (General Mana
 ger Mine Planning\, Iron Bridge & Solomon) and me. Expect a mix of behavio
 ural and technical questions (life-of-mine vs. 2-year plans\, Vulcan/Deswi
 k). Please have your passport details handy for the right-to-work discussi
 on.\n\nCheers\,\nPriya\nHR Business Partner – Mining\n\n__________________
 ______________________________________________________________\nMicrosoft Te
 ams meeting\nJoin on your computer\, mobile app or room device\nClick here
  to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _ZmQ0M2Vh>\nMeeting ID: 442 117 690 352\nPasscode: 3sT9xq\nDial in by phon
 e\n+61 8 6119 2407\,\,884921605# Australia\, Perth\nPhone Conference ID: 8
 84 921 605#\n
UID:040000008200E00074C5B7101A82E00800000000F3C2A1B0D968DC01000000000000000010000000C7E5A3B1D9F24A4E8B6C0D2E4F6A8B13
SUMMARY;LANGUAGE=en-AU:Interview - Camila Rojas - Superintendent Mine Planning (Final)
DTSTART;TZID=W. Australia Standard Time:20251008T073000
DTEND;TZID=W. Australia Standard Time:20251008T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250930T053310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-phone",
        "label": iv("Teck", "Senior Engineer, Strategic Mine Planning", "recruiter_screen", "megan.lau@teck.com",
                    "outlook-vancouver-zone-phone-screen"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Lau, Megan":mailto:Megan.Lau@teck.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Camila\,\n\nAs discussed by email\, I'll call
  you at +56 9 6123 4570 to talk about the Senior Engineer\, Strategic Mine
  Planning opening in our Vancouver office. About 30 minutes. Let me know i
 f the time doesn't work with your roster.\n\nBest\,\nMegan Lau\nTalent Acq
 uisition\, Corporate | Teck Resources Limited\nSuite 3300\, 550 Burrard St
 reet\, Vancouver BC
UID:040000008200E00074C5B7101A82E0080000000087C5E3D1F07BDC010000000000000000100000002B4D6F8A1C3E5A4D9F7B5E3C1A9D7F25
SUMMARY;LANGUAGE=en-US:Camila Rojas Pizarro - phone call (Megan / Teck)
DTSTART;TZID=Pacific Standard Time:20250910T070000
DTEND;TZID=Pacific Standard Time:20250910T073000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250903T224510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-cancel",
        "label": iv("Teck", "Senior Engineer, Strategic Mine Planning", "technical",
                    "derek.sandhu@teck.com;analucia.ferreira@teck.com", "outlook-method-cancel-panel"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Lau, Megan":mailto:Megan.Lau@teck.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Derek":mailto:Derek.Sandhu@teck.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira, Ana Lucia":mailto:AnaLucia.Ferreira@teck.com
DESCRIPTION;LANGUAGE=en-US:Hi Camila\, Derek has been called to site at Hig
 hland Valley this week\, so I have to cancel this one. I'll send a new tim
 e shortly - apologies!\nMegan\n
UID:040000008200E00074C5B7101A82E00800000000A1F3D5B7C98CDC0100000000000000001000000063A5C7E9B1D34F4AA2C4E6F8B0D2A497
SUMMARY;LANGUAGE=en-US:Canceled: Panel Interview - Camila Rojas Pizarro - Sr Engineer Strategic Mine Planning
DTSTART;TZID=Pacific Standard Time:20250923T080000
DTEND;TZID=Pacific Standard Time:20250923T093000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250919T171205Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-invite",
        "label": iv("Teck", "Senior Engineer, Strategic Mine Planning", "technical",
                    "derek.sandhu@teck.com;analucia.ferreira@teck.com;oliver.grant@teck.com",
                    "goodtime-rebooked-panel-after-cancel"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler 2.0//EN
VERSION:2.0
METHOD:REQUEST
@TZ:America/Vancouver@
BEGIN:VEVENT
UID:gt-9d41c7b0-3e2a-4f5c-8b1d-6a0e2f7c9b35@goodtime.io
DTSTAMP:20250924T160301Z
DTSTART;TZID=America/Vancouver:20251001T073000
DTEND;TZID=America/Vancouver:20251001T090000
SUMMARY:Teck | Panel Interview - Camila Rojas Pizarro
DESCRIPTION:Interview schedule (Pacific Time):\n07:30 - 08:15  Derek Sandh
 u\, Manager\, Strategic Planning - technical case (pit optimisation\, cut-
 off grade strategy)\n08:15 - 09:00  Ana Lucia Ferreira\, Director Mine Plan
 ning & Oliver Grant\, Principal Engineer - leadership & values\n\nJoin Zo
 om Meeting\nhttps://teck.zoom.us/j/93416620871?pwd=Zk9TQ2tqb\nMeeting ID:
  934 1662 0871\nOne tap mobile: +17789072071\,\,93416620871#\n\nScheduled by
  Megan Lau via GoodTime. Need to reschedule? Reply to megan.lau@teck.com.
LOCATION:Zoom
ORGANIZER;CN=Megan Lau:mailto:megan.lau@teck.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Derek Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:derek.sandhu@teck.com
ATTENDEE;CN=Ana Lucia Ferreira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:analucia.ferreira@teck.com
ATTENDEE;CN=Oliver Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:oliver.grant@teck.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-entry",
        "label": neg("informational-coffee-with-insider"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250906T143000Z
DTEND:20250906T153000Z
DTSTAMP:20250902T020114Z
ORGANIZER;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
UID:7ug1kq0b8s4d2n6m3v9e5c0t1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jorge Ibarra;X-NUM-GUESTS=0:mailto:jibarra.geo@gmail.com
CREATED:20250902T020112Z
DESCRIPTION:Café con Jorge (ex compañero U. de Chile\, ahora en Teck QB). Pr
 eguntarle cómo es trabajar con los canadienses\, si vale la pena Vancouver
  y cómo son los sueldos allá. No es entrevista\, es pa' conversar.
LAST-MODIFIED:20250902T020113Z
LOCATION:Café Altura\, Av. Grecia 1160\, Antofagasta
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Jorge Ibarra
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-call",
        "label": neg("headhunter-confidential-client-names-no-employer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Echeverría, Tomás":mailto:tomas.echeverria@michaelpage.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=es-CL:Hola Camila\, gracias por aceptar la conversación
 . Como te adelanté por LinkedIn\, estamos liderando una búsqueda confidenc
 ial para una compañía minera de gran tamaño en la Región de Antofagasta (S
 uperintendencia de Planificación\, 7x7). Por confidencialidad no puedo dar
  el nombre del cliente hasta una etapa más avanzada. Te llamo a tu celular
 .\n\nTomás Echeverría\nSenior Manager | Michael Page Engineering & Mining
UID:040000008200E00074C5B7101A82E00800000000C2A4E6F8D07ADC01000000000000000010000000E1C3A5B7D9F1E24C8A6E4C2A0B8D6F34
SUMMARY;LANGUAGE=es-CL:Llamada Michael Page - Camila Rojas
DTSTART;TZID=Pacific SA Standard Time:20250814T123000
DTEND;TZID=Pacific SA Standard Time:20250814T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250812T150010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Teléfono
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-entry",
        "label": neg("pre-employment-medical-altitude-exam"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:camila.rojas.minera@gmail.com
X-WR-TIMEZONE:America/Santiago
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20251027T080000
DTEND;TZID=America/Santiago:20251027T130000
DTSTAMP:20251201T004512Z
UID:3mc8v0n2q7r4s1t6u9w5x0y2za@google.com
CREATED:20251021T220019Z
DESCRIPTION:Exámenes preocupacionales Centinela (orden de Antofagasta Miner
 als). Batería minera + gran altura geográfica.\nIR EN AYUNAS. Llevar cédul
 a\, lentes\, orden de atención\, exámenes de agosto por si sirven.\nACHS Ag
 encia Antofagasta - Av. Argentina 1960
LAST-MODIFIED:20251021T220045Z
LOCATION:ACHS Antofagasta\, Av. Argentina 1960
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Preocupacionales ACHS (ayunas!)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-simulator-practical-test-evaluator", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FAENA-Centro Entrenamiento-Simulador Pala":mailto:simulador.pala@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Camila: necesito que estés como evaluadora técn
 ica en la prueba práctica en simulador de los 6 postulantes a operador de
  pala (grupo 2\, los que vienen de la OTEC). Cada uno tiene 25 min\, la ho
 ja de chequeo es la misma del año pasado (carguío\, posicionamiento\, ciclo
 s\, seguridad). Dejo el formulario de notas impreso en el simulador.\nSalu
 dos\, Hernán
UID:040000008200E00074C5B7101A82E00800000000B4D6F8A0C29BDC01000000000000000010000000A3C5E7F9B1D34A4C9E8D6B4A2C0E8F66
SUMMARY;LANGUAGE=es-CL:Prueba práctica simulador - postulantes op. pala (grupo 2)
DTSTART;TZID=Pacific SA Standard Time:20251016T143000
DTEND;TZID=Pacific SA Standard Time:20251016T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T115522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Centro Entrenamiento-Simulador Pala
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-invite",
        "label": neg("user-as-interviewer-staffing-firm-sends-candidate", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ATTENDEE;CN="Camila Rojas (crojas@minera-altoloa.cl)";RSVP=TRUE:mailto:crojas@minera-altoloa.cl
ATTENDEE;CN=Rodrigo Aravena Cisternas;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:r.aravena.cisternas@hotmail.com
CLASS:PUBLIC
CREATED:20251020T134512Z
DESCRIPTION:Estimada Camila:\n\nSegún lo conversado\, te presentamos al can
 didato Rodrigo Aravena Cisternas para el cargo de Supervisor de Perforaci
 ón y Tronadura (Req. ALT-SPT-09). 12 años de experiencia\, últimos 5 como
  supervisor en Minera Spence\, licencia clase D\, curso manipulador de exp
 losivos vigente. Adjuntamos CV\, informe psicolaboral y referencias verific
 adas.\n\nTe agendamos la entrevista con él por Teams. Quedamos atentos a t
 u retroalimentación.\n\nSaludos\,\nConstanza Pinto\nConsultora de Selección
  | Nexo Talento Minero\n+56 55 245 8870
DTEND;TZID="Pacific SA Standard Time":20251023T110000
DTSTAMP:20251020T134512Z
DTSTART;TZID="Pacific SA Standard Time":20251023T100000
LAST-MODIFIED:20251020T134512Z
LOCATION:Microsoft Teams
ORGANIZER;CN="Constanza Pinto":mailto:cpinto@nexotalento.cl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-cl:Presentación candidato Supervisor P&T - Rodrigo Aravena (Nexo Talento)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7F9B1D3A52CDC0100000000000000001000000055B7D9F1A3C54E4FB0D8E6C4A2F0B177
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
