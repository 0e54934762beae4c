"""holdout180 events, part c: Hostelia, Rutaxa, Northpeak and Banco Meridional processes."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_ROMANCE

EVENTS = [
    dict(
        k="workday-entrevista",
        uid="WD-a41e9c07d3b84f2a8e5c1b6d09f7e3a2@hostelia.wd103.myworkdayjobs.com",
        y=1,
        co="Hostelia Hotels & Resorts",
        role="Director/a de Asesoría Jurídica Corporativa",
        stage="recruiter_screen",
        iv="carmen.villalobos@hosteliahotels.com",
        trap="workday-spanish-first-interview-utc",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-a41e9c07d3b84f2a8e5c1b6d09f7e3a2@hostelia.wd103.myworkdayjobs.com
DTSTAMP:20250305T164812Z
SEQUENCE:0
DTSTART:20250310T090000Z
DTEND:20250310T094500Z
SUMMARY:Entrevista - Director/a de Asesoría Jurídica Corporativa (JR-2025-0117)
ORGANIZER;CN=Hostelia Hotels & Resorts - Selección:mailto:hostelia@myworkday.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Carmen Villalobos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carmen.villalobos@hosteliahotels.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Inés\,\n\nGracias por tu interés en Hostelia Hotels & Resort
 s. Nos gustaría conocerte en una primera entrevista para la posición Director
 /a de Asesoría Jurídica Corporativa.\n\nEntrevistadora: Carmen Villalobos (Ta
 lent Acquisition Lead)\nDuración: 45 minutos\nEnlace: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_Y2MxNmJjZTMtNGRiNS00%40thread.v2/0\n\nPuedes c
 onsultar el estado de tu candidatura en tu perfil de candidato de Workday.\n\n
 Un saludo\,\nEquipo de Selección – Hostelia Hotels & Resorts
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="caso-practico",
        uid="WD-5be07f31c2a94d68b1e3a9c40d7f6e85@hostelia.wd103.myworkdayjobs.com",
        y=1,
        co="Hostelia Hotels & Resorts",
        role="Director/a de Asesoría Jurídica Corporativa",
        stage="technical",
        iv="",
        trap="written-case-exercise-at-offices",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-5be07f31c2a94d68b1e3a9c40d7f6e85@hostelia.wd103.myworkdayjobs.com
DTSTAMP:20250317T111503Z
SEQUENCE:0
DTSTART:20250324T083000Z
DTEND:20250324T113000Z
SUMMARY:Caso práctico - Director/a de Asesoría Jurídica Corporativa
ORGANIZER;CN=Hostelia Hotels & Resorts - Selección:mailto:hostelia@myworkday.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Hostelia - Oficinas centrales\, C/ Príncipe de Vergara 112\, 28002 Madrid (planta 3)
DESCRIPTION:Hola Inés\,\n\nComo siguiente paso del proceso te proponemos la r
 ealización de un caso práctico por escrito (3 horas) en nuestras oficinas. Se
  te facilitará un ordenador sin conexión y la documentación del supuesto (adq
 uisición de una cadena hotelera con contrato de gestión). Podrás traer legisl
 ación en papel.\n\nPregunta por Carmen Villalobos en recepción.\n\nEquipo de
  Selección – Hostelia Hotels & Resorts
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="final-ceo",
        uid="WD-e90c2d5a7f164b3e9a82c0d1f5b4e637@hostelia.wd103.myworkdayjobs.com",
        y=1,
        co="Hostelia Hotels & Resorts",
        role="Director/a de Asesoría Jurídica Corporativa",
        stage="final",
        iv="jorge.altamira@hosteliahotels.com;elena.dominguez@hosteliahotels.com",
        trap="workday-final-with-ceo-and-cfo",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-e90c2d5a7f164b3e9a82c0d1f5b4e637@hostelia.wd103.myworkdayjobs.com
DTSTAMP:20250401T153320Z
SEQUENCE:0
DTSTART:20250409T150000Z
DTEND:20250409T160000Z
SUMMARY:Entrevista final - Director/a de Asesoría Jurídica Corporativa
ORGANIZER;CN=Hostelia Hotels & Resorts - Selección:mailto:hostelia@myworkday.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Jorge Altamira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jorge.altamira@hosteliahotels.com
ATTENDEE;CN=Elena Domínguez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elena.dominguez@hosteliahotels.com
ATTENDEE;CN=Carmen Villalobos;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carmen.villalobos@hosteliahotels.com
LOCATION:Hostelia - Oficinas centrales\, planta 7 (Presidencia)
DESCRIPTION:Hola Inés\,\n\nEnhorabuena por el caso práctico. Te confirmamos la entrevista final con Jorge Altamira (Consejero Delegado) y Elena Domínguez (Directora Financiera). Carmen coordinará y estará disponible por si necesitas algo.\n\nEquipo de Selección – Hostelia Hotels & Resorts
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="greenhouse-screen",
        uid="1f8s0d3k6a9m2q5v7b4n1c8x0e@google.com",
        y=1,
        co="Rutaxa Mobility",
        role="Senior Legal Counsel, Spain",
        stage="recruiter_screen",
        iv="natalia.roca@rutaxa.com",
        trap="greenhouse-via-google-recruiter-screen-english",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T110000Z
DTEND:20250220T113000Z
DTSTAMP:20250217T142251Z
ORGANIZER;CN=Natalia Roca:mailto:natalia.roca@rutaxa.com
UID:1f8s0d3k6a9m2q5v7b4n1c8x0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natalia Roca;X-NUM-GUESTS=0:mailto:natalia.roca@rutaxa.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Hi Inés\,<br><br>Looking forward to chatting about the <b>Senior Legal Counsel\, Spain</b> role at Rutaxa! This is a 30-min intro call: your background\, what you're looking for\, and an overview of the team and process.<br><br>Interviewer: Natalia Roca (Talent Partner)<br><br><i>Scheduled via Greenhouse</i><br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: <a href="https://meet.google.com/ruv-hdkq-mzt">https://meet.google.com/ruv-hdkq-mzt</a><br>Join by phone<br>(ES) +34 931 23 45 66 PIN: 771 003 559#<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Inés Carvajal <> Rutaxa | Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="greenhouse-hm",
        uid="6g2n9w1b4r7d0k3s5m8q2v6z1t@google.com",
        y=1,
        co="Rutaxa Mobility",
        role="Senior Legal Counsel, Spain",
        stage="hiring_manager",
        iv="pablo.esteve@rutaxa.com",
        trap="greenhouse-hiring-manager-coordinator-organizer",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T150000Z
DTEND:20250305T154500Z
DTSTAMP:20250227T093412Z
ORGANIZER;CN=Rutaxa Interviews:mailto:interviews@rutaxa.com
UID:6g2n9w1b4r7d0k3s5m8q2v6z1t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pablo Esteve;X-NUM-GUESTS=0:mailto:pablo.esteve@rutaxa.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natalia Roca;X-NUM-GUESTS=0:mailto:natalia.roca@rutaxa.com
DESCRIPTION:Hi Inés\,\n\nYou're confirmed to meet <b>Pablo Esteve (General Counsel)</b> for the Senior Legal Counsel\, Spain role. Expect a deep-dive on your corporate/M&A experience\, working with regulators (VTC licences) and how you'd partner with the business.\n\nNatalia is added as optional and won't join.\n\nScheduled via Greenhouse\n\nJoin with Google Meet: https://meet.google.com/wfz-ocbn-yte
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Inés Carvajal - Senior Legal Counsel\, Spain (Pablo Esteve)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="calendly-screen",
        uid="EVXQ7HTC3MZ2K4RP",
        y=1,
        co="Northpeak Software",
        role="Legal Counsel, EMEA",
        stage="recruiter_screen",
        iv="hannah.kirby@northpeak.io",
        trap="calendly-booked-by-user-recruiter-screen",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:EVXQ7HTC3MZ2K4RP
DTSTAMP:20250307T201455Z
DTSTART:20250313T153000Z
DTEND:20250313T160000Z
SUMMARY:Inés Carvajal and Hannah Kirby
ORGANIZER;CN=Hannah Kirby:mailto:hannah.kirby@northpeak.io
ATTENDEE;CN=Hannah Kirby;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.kirby@northpeak.io
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:https://northpeak.zoom.us/j/93351870426
DESCRIPTION:Event Name: Legal Counsel EMEA - Intro call (30 min)\n\nLocation: This is a Zoom web conference.\nhttps://northpeak.zoom.us/j/93351870426\n\nPlease share anything that will help prepare for our meeting.: Currently senior associate in M&A at a Madrid firm\, ~10 years PQE. LinkedIn: linkedin.com/in/inescarvajalruiz\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/EVXQ7HTC3MZ2K4RP\nReschedule: https://calendly.com/reschedulings/EVXQ7HTC3MZ2K4RP\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="goodtime-onsite",
        uid="gt-evt-9c4f21e8-73ab-4d0e-b5a6-1e2d3f4a5b6c@goodtime.io",
        y=1,
        co="Northpeak Software",
        role="Legal Counsel, EMEA",
        stage="onsite",
        iv="daniel.okafor@northpeak.io;priya.raman@northpeak.io;marc.dubois@northpeak.io",
        trap="goodtime-virtual-onsite-loop",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-9c4f21e8-73ab-4d0e-b5a6-1e2d3f4a5b6c@goodtime.io
DTSTAMP:20250402T081133Z
DTSTART:20250408T120000Z
DTEND:20250408T143000Z
SUMMARY:Northpeak Software - Virtual Onsite - Legal Counsel\, EMEA
ORGANIZER;CN=Northpeak Recruiting Coordination:mailto:coordination@northpeak.io
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Zoom (links per session below)
DESCRIPTION:Hi Inés\,\n\nHere is your itinerary for your virtual onsite with
  Northpeak Software. All times CET/CEST (Europe/Madrid).\n\n14:00 - 14:45  Dan
 iel Okafor\, Deputy General Counsel (daniel.okafor@northpeak.io) - Commercial
  contracting & negotiation\n  https://northpeak.zoom.us/j/91827364510\n14:45 -
  15:00  Break\n15:00 - 15:45  Priya Raman\, Director\, Privacy & Compliance (p
 riya.raman@northpeak.io) - GDPR / DPAs\n  https://northpeak.zoom.us/j/9182736
 4522\n15:45 - 16:30  Marc Dubois\, VP Sales EMEA (marc.dubois@northpeak.io) -
  Business partnering\n  https://northpeak.zoom.us/j/91827364537\n\nYour coordin
 ator today is Tom Ellery. Reply to this email if anything comes up.\n\nSent vi
 a GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="bookings-inicial",
        uid="bk-3d9a7e51-0c4f-4b28-9e61-a2f8c5d0b733",
        y=1,
        co="Banco Meridional",
        role="Letrado/a Asesoría Jurídica Corporativa",
        stage="recruiter_screen",
        iv="silvia.ortega@bancomeridional.es",
        trap="microsoft-bookings-staff-member-screen",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Selección Banco Meridional:mailto:SeleccionBM@bancomeridional.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inés Carvajal Ruiz:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Silvia Ortega:mailto:silvia.ortega@bancomeridional.es
DESCRIPTION;LANGUAGE=es-ES:Su reserva se ha confirmado.\n\nServicio: Entrevista inicial – Letrado/a Asesoría Jurídica Corporativa\nPersonal: Silvia Ortega\nDuración: 40 minutos\n\nUnirse a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzU0ZTg2%40thread.v2/0\n\nSi necesita cambiar o cancelar la reserva\, use el enlace: https://outlook.office365.com/owa/calendar/SeleccionBM@bancomeridional.onmicrosoft.com/bookings/s/7QeR0x-manage\n\nBanco Meridional – Dirección de Personas
UID:bk-3d9a7e51-0c4f-4b28-9e61-a2f8c5d0b733
SUMMARY;LANGUAGE=es-ES:Entrevista inicial – Letrado/a Asesoría Jurídica Corporativa
DTSTART;TZID=Romance Standard Time:20250227T110000
DTEND;TZID=Romance Standard Time:20250227T114000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T085012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="vicesecretaria",
        uid="040000008200E00074C5B7101A82E0080000000071B4F2D0C491DB01000000000000000010000000A0B3",
        y=1,
        co="Banco Meridional",
        role="Letrado/a Asesoría Jurídica Corporativa",
        stage="hiring_manager",
        iv="javier.pons@bancomeridional.es",
        trap="outlook-segunda-entrevista-vicesecretario",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pons Ferrer, Javier";SENT-BY="mailto:amparo.gil@bancomeridional.es":mailto:javier.pons@bancomeridional.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ortega Rey, Silvia":mailto:silvia.ortega@bancomeridional.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="SEDE-CIBELES-P4-Despacho 4.12":mailto:sede.p4.d412@bancomeridional.es
DESCRIPTION;LANGUAGE=es-ES:\n
UID:040000008200E00074C5B7101A82E0080000000071B4F2D0C491DB01000000000000000010000000A0B3
SUMMARY;LANGUAGE=es-ES:2ª entrevista - Inés Carvajal (Letrado/a AJ Corporativa)
DTSTART;TZID=Romance Standard Time:20250312T130000
DTEND;TZID=Romance Standard Time:20250312T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T122019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SEDE-CIBELES-P4-Despacho 4.12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
