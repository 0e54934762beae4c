"""holdout89 negatives: work life at Medisur, networking, recruiters without an employer, prep blocks."""

from __future__ import annotations

from holdout89ev_ics import (
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_OUTLOOK,
    TZ_LISBON,
    TZ_MADRID,
    TZ_ROMANCE,
    cal,
    ev,
    meet,
    teams,
)

G = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
GA = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE"
OL = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
ME = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Fernández Ortega, Lucía\""
UIDP = "040000008200E00074C5B7101A82E00800000000"


def events() -> list[dict[str, str]]:
    out = []

    out.append(ev("internal-recurring", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Revisión mensual de ventas por zona\, forecast y concursos abier
 tos.\n\n{teams("es", "301 772 884 190", "Rv1Mn5")}
RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=6
DTSTART;TZID=Romance Standard Time:20260105T090000
DTEND;TZID=Romance Standard Time:20260105T103000
DTSTAMP:20251220T100000Z
LOCATION:Sala Albufera / Teams
ORGANIZER;CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Reunión mensual de ventas Medisur
UID:{UIDP}1B3BA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6605
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Este mes la pasamos al martes por el puente.
RECURRENCE-ID;TZID=Romance Standard Time:20260302T090000
DTSTART;TZID=Romance Standard Time:20260303T090000
DTEND;TZID=Romance Standard Time:20260303T103000
DTSTAMP:20260220T100000Z
LOCATION:Sala Albufera / Teams
ORGANIZER;CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:1
SUMMARY;LANGUAGE=es-ES:Reunión mensual de ventas Medisur (martes)
UID:{UIDP}1B3BA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6605
END:VEVENT
"""), trap="internal-recurring-override-es"))

    out.append(ev("appraisal", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Evaluación anual del desempeño 2025 y objetivos 2026. Trae tu a
 utoevaluación rellenada en el portal.
DTSTART;TZID=Romance Standard Time:20260115T100000
DTEND;TZID=Romance Standard Time:20260115T113000
DTSTAMP:20260109T080000Z
LOCATION:Despacho Dirección Comercial
ORGANIZER;CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista de evaluación del desempeño – Lucía Fernández
UID:{UIDP}2C4CA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6606
END:VEVENT
"""), trap="own-appraisal-es"))

    out.append(ev("exit-interview", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Lucía\, como es habitual cuando alguien deja la empresa\, nos gu
 staría hacer la entrevista de salida (30 min\, confidencial). También reviso
  contigo la devolución del coche y el portátil.\n\nPilar – RRHH
DTSTART;TZID=Romance Standard Time:20260327T120000
DTEND;TZID=Romance Standard Time:20260327T123000
DTSTAMP:20260320T090000Z
LOCATION:RRHH – planta 1
ORGANIZER;CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista de salida – Lucía Fernández Ortega
UID:{UIDP}3D5DA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6607
END:VEVENT
"""), trap="own-exit-interview-es"))

    out.append(ev("coffee-chat", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260116T083000Z
DTEND:20260116T091500Z
DTSTAMP:20260113T200000Z
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
UID:c0ff33m4rt4p4st0r@google.com
{GA};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
{G};CN=Marta Pastor;X-NUM-GUESTS=0:mailto:marta.pastor.v@gmail.com
DESCRIPTION:Café para que me cuente cómo es trabajar en Cardiolink y qué ta
 l el equipo de Diego. Nada formal.
LOCATION:Dulce de Leche\, C/ Pintor Salvador Abril\, Valencia
SUMMARY:Café con Marta Pastor (ex-Medisur\, ahora en Cardiolink)
STATUS:CONFIRMED
END:VEVENT
"""), trap="coffee-chat-names-company-es"))

    out.append(ev("info-chat-en", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260211T170000Z
DTEND:20260211T173000Z
DTSTAMP:20260206T100000Z
ORGANIZER;CN=Sophie Marchetti:mailto:sophie.marchetti@gmail.com
UID:1nf0ch4ts0ph13m@google.com
{GA};CN=Sophie Marchetti;X-NUM-GUESTS=0:mailto:sophie.marchetti@gmail.com
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Happy to share how I moved from distribution into a manufacture
 r's commercial team – informal chat\, no agenda. (Friend of Carmen's.)\n\n{meet("en", "sph-chat-luc")}
SUMMARY:Lucía / Sophie – informational chat
STATUS:CONFIRMED
END:VEVENT
"""), trap="informational-chat-en"))

    out.append(ev("job-fair", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260225
DTEND;VALUE=DATE:20260226
DTSTAMP:20260110T090000Z
UID:f3r14empl30s4lud2026@google.com
DESCRIPTION:Feria de Empleo del Sector Salud y Biotecnología. Stands de lab
 oratorios y distribuidoras\, charlas sobre el CV. Entrada gratuita con regis
 tro.
LOCATION:Feria Valencia\, Pabellón 2
SUMMARY:Feria de Empleo Sector Salud – Valencia
TRANSP:TRANSPARENT
END:VEVENT
""", method="PUBLISH"), trap="job-fair-es"))

    out.append(ev("reference-call", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Lucía\,\n\nThank you for agreeing to act as a referee for Jor
 ge Peris\, who is a finalist for our Area Sales Manager role. The call will
  take about 15 minutes.\n\nKind regards\,\nFiona Walsh\nTalent Acquisition\,
  Orthomed UK
DTSTART;TZID=Romance Standard Time:20260218T130000
DTEND;TZID=Romance Standard Time:20260218T131500
DTSTAMP:20260213T110000Z
LOCATION:Phone – Fiona will call +34 654 21 88 09
ORGANIZER;CN="Walsh, Fiona":mailto:fiona.walsh@orthomed.co.uk
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Reference call – Jorge Peris
UID:{UIDP}4E6EA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6608
END:VEVENT
"""), trap="reference-call-referee-en"))

    out.append(ev("headhunter-es", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260122T120000Z
DTEND:20260122T123000Z
DTSTAMP:20260119T100000Z
ORGANIZER;CN=Álvaro Quintana:mailto:aquintana@executivehealthsearch.es
UID:h34dhunt3rc0nf1d3nc14l@google.com
{GA};CN=Álvaro Quintana;X-NUM-GUESTS=0:mailto:aquintana@executivehealthsearch.es
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Lucía\, como te comenté por LinkedIn\, llevo varias búsquedas de
  dirección comercial en medtech (cliente confidencial por ahora). Charlamos
  de tu perfil y de lo que buscas.\n\nÁlvaro Quintana\nExecutive Health Search
LOCATION:Llamada telefónica
SUMMARY:Llamada con headhunter – posición confidencial Director/a de Ventas
STATUS:CONFIRMED
END:VEVENT
"""), trap="recruiter-no-employer-es"))

    out.append(ev("agency-intro-en", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Lucía\, lovely to connect. I'd like to understand your back
 ground and what you're looking for – I'm working on a few commercial leader
 ship roles with medtech clients across Iberia.\n\nAmelia Stone\nKestrel Sear
 ch – Life Sciences
DTSTART;TZID=Romance Standard Time:20260302T173000
DTEND;TZID=Romance Standard Time:20260302T180000
DTSTAMP:20260226T150000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Stone, Amelia":mailto:amelia.stone@kestrelsearch.com
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Intro call – Lucía Fernández Ortega / Kestrel Search
UID:{UIDP}5F7FA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6609
END:VEVENT
"""), trap="recruiter-no-employer-en"))

    out.append(ev("prep-block", cal(PROD_APPLE, r"""
BEGIN:VEVENT
UID:9E8D7C6B-5A4F-4E3D-2C1B-0A9F8E7D6C5B
DTSTAMP:20260301T200000Z
DTSTART;TZID=Europe/Madrid:20260303T180000
DTEND;TZID=Europe/Madrid:20260303T203000
SUMMARY:Preparar final Praxis Health – deal review
DESCRIPTION:Elegir el concurso del Clínico (2024) como deal complejo. Número
 s\, objeciones\, qué haría distinto.
END:VEVENT
""", method=None).replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap="prep-block-es"))

    out.append(ev("congress", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Turnos de stand: Lucía jueves mañana y viernes tarde. Cena con
  jefes de servicio el jueves.
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260321
DTSTAMP:20260210T100000Z
LOCATION:Palacio de Congresos de Valencia – stand 14
ORGANIZER;CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Congreso Nacional de Cirugía Ortopédica – stand Medisur
UID:{UIDP}6A8AA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660A
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
"""), trap="congress-es"))

    out.append(ev("hospital-visit", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260120T083000
DTEND;TZID=Europe/Madrid:20260120T100000
DTSTAMP:20260114T100000Z
UID:v1s1t4l4f3tr4um4@google.com
DESCRIPTION:Dr. Miralles + supervisora de quirófano. Llevar muestras del cla
 vo nuevo y la oferta del lote 3.
LOCATION:Hospital Universitari i Politècnic La Fe – Torre F\, planta 2
SUMMARY:Visita La Fe – Traumatología
STATUS:CONFIRMED
END:VEVENT
""", method="PUBLISH").replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap="hospital-visit-es"))

    out.append(ev("customer-meeting", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Reunión con el Servicio de Suministros por el concurso de mate
 rial de osteosíntesis (expediente 2026/0114). Aclaraciones sobre los lotes
  2 y 5.
DTSTART;TZID=Romance Standard Time:20260209T120000
DTEND;TZID=Romance Standard Time:20260209T130000
DTSTAMP:20260203T080000Z
LOCATION:Hospital General Universitario – Suministros
ORGANIZER;CN="Cervera, Josep":mailto:cervera_jos@gva.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Reunión Suministros HGU – concurso osteosíntesis
UID:{UIDP}7B9BA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660B
END:VEVENT
"""), trap="customer-meeting-es"))

    out.append(ev("vendor-demo", cal("-//Calendly//Calendly Scheduling//EN", r"""
BEGIN:VEVENT
UID:a9b8c7d6-e5f4-4a3b-9c2d-crmdemo00017@calendly.com
DTSTAMP:20260223T100000Z
DTSTART:20260227T100000Z
DTEND:20260227T104500Z
SUMMARY:Demo Pipedesk para equipos de ventas entre Laura Peña y Lucía Fernández Ortega
ORGANIZER;CN=Laura Peña:mailto:laura.pena@pipedesk.io
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lfernandez@medisur-distribucion.es
LOCATION:https://meet.google.com/ppd-demo-lfo
DESCRIPTION:Nombre del evento: Demo Pipedesk para equipos de ventas\n\nPregun
 tas:\nEmpresa: Medisur Distribución\nTamaño del equipo comercial: 14\n\nCon t
 ecnología de Calendly.com
END:VEVENT
""", method="REQUEST"), trap="vendor-demo-calendly-es"))

    out.append(ev("partner-pt", cal(PROD_GOOGLE, rf"""
{TZ_LISBON}
BEGIN:VEVENT
DTSTART;TZID=Europe/Lisbon:20260312T100000
DTEND;TZID=Europe/Lisbon:20260312T120000
DTSTAMP:20260305T100000Z
ORGANIZER;CN=Rui Mendes:mailto:rui.mendes@ortolusa.pt
UID:p4rc31r0p0rt0m3d1sur@google.com
{GA};CN=Rui Mendes;X-NUM-GUESTS=0:mailto:rui.mendes@ortolusa.pt
{G};CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lfernandez@medisur-distribucion.es
DESCRIPTION:Reunião de parceiros: acordo de distribuição cruzada Ortolusa
  / Medisur para a Galiza e o Norte de Portugal. Almoço incluído.
LOCATION:Ortolusa\, Rua de Santa Catarina 480\, Porto
SUMMARY:Reunião Ortolusa – Medisur (distribuição)
STATUS:CONFIRMED
END:VEVENT
"""), trap="partner-meeting-pt"))

    out.append(ev("partner-day-fr", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Chers partenaires\,\n\nNous avons le plaisir de vous convier à
  notre Journée Partenaires Distributeurs 2026 : nouveautés produits\, objec
 tifs 2026 et formation sur la gamme genou. Interprétation en espagnol dispo
 nible.\n\nL'équipe Export – Laboratoires Orthéa
DTSTART;TZID=Romance Standard Time:20260318T090000
DTEND;TZID=Romance Standard Time:20260318T170000
DTSTAMP:20260211T090000Z
LOCATION:Laboratoires Orthéa\, Lyon – Auditorium
ORGANIZER;CN="Export, Orthéa":mailto:export@orthea.fr
{OL};CN=lfernandez@medisur-distribucion.es:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Journée Partenaires Distributeurs 2026 – Laboratoires Orthéa
UID:{UIDP}8CACA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660C
END:VEVENT
"""), trap="partner-day-fr"))

    out.append(ev("career-coaching", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART:20260108T170000Z
DTEND:20260108T180000Z
DTSTAMP:20260105T090000Z
UID:c4r33rc04ch1ngs3s10n3@google.com
DESCRIPTION:Sesión 3 con Carmen: LinkedIn\, relato de logros y lista de emp
 resas objetivo.
SUMMARY:Coaching de carrera – sesión 3
STATUS:CONFIRMED
END:VEVENT
""", method="PUBLISH"), trap="career-coaching-es"))

    return out
