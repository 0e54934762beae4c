"""holdout180 events, part a: the Cantábrica de Energía process (via Ayala & Berg) and what surrounds it."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_MADRID, TZ_ROMANCE

EVENTS = [
    dict(
        k="recruiter-call",
        uid="040000008200E00074C5B7101A82E00800000000B0F3C1A2417BDB01000000000000000010000000A7D1",
        y=0,
        trap="agency-call-client-unnamed-energy-sector",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lozano, María Teresa":mailto:mtlozano@ayalaberg.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés\,\n\nGracias por contestarme tan rápido por LinkedIn. Como te adelantaba\, estamos trabajando en exclusiva para nuestro cliente\, empresa líder del sector energético\, en la incorporación de un/a Asesor/a Jurídico/a Senior para el área de Corporativo y M&A (sede en Madrid). Por confidencialidad todavía no puedo darte el nombre: en esta primera llamada te cuento el contexto y la posición y tú me cuentas tu momento.\n\nTe llamo yo al móvil.\n\nUn saludo\,\nMaría Teresa Lozano\nSenior Consultant – Legal & Compliance Practice\nAyala & Berg Executive Search\nPaseo de la Castellana 95\, planta 16 · 28046 Madrid\nT. +34 91 702 44 80\n\n
UID:040000008200E00074C5B7101A82E00800000000B0F3C1A2417BDB01000000000000000010000000A7D1
SUMMARY;LANGUAGE=es-ES:Llamada Ayala & Berg - Inés Carvajal
DTSTART;TZID=Romance Standard Time:20250212T103000
DTEND;TZID=Romance Standard Time:20250212T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T164210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2122617049
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
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
        k="agency-interview",
        uid="040000008200E00074C5B7101A82E00800000000D6C2E5F8B281DB01000000000000000010000000C3E9",
        y=1,
        co="Cantábrica de Energía",
        role="Asesor/a Jurídico/a Senior – Corporativo y M&A",
        stage="recruiter_screen",
        iv="mtlozano@ayalaberg.com",
        trap="agency-screen-employer-named-only-in-body",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lozano, María Teresa":mailto:mtlozano@ayalaberg.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gil, Rocío":mailto:rgil@ayalaberg.com
DESCRIPTION;LANGUAGE=es-ES:Inés\, como te dije por teléfono\, ahora que el cliente nos ha dado luz verde ya te puedo contar que se trata de Cantábrica de Energía (Dirección de Asesoría Jurídica Corporativa). La reunión de mañana es la entrevista en profundidad con nosotros antes de presentar tu candidatura: repasaremos trayectoria\, operaciones en las que has participado (si puede ser con volumen aproximado y tu papel)\, motivación y expectativas económicas.\n\nNos vemos en nuestras oficinas. Rocío (research) se conectará por Teams por si acaso.\n\nMaría Teresa\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el equipo o la aplicación móvil\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZGM1ODgtYjE0Ni00ZTFiLWI5ZDMtN2E0YjM2NmY3YmQx%40thread.v2/0?context=%7b%22Tid%22%3a%228c1e2b55-3c7f-4a0b-9d0e-51c7a9e1f6b2%22%7d>\nId. de reunión: 364 118 902 775\nCódigo de acceso: Xk3p9Q\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D6C2E5F8B281DB01000000000000000010000000C3E9
SUMMARY;LANGUAGE=es-ES:Entrevista Ayala & Berg – posición Asesor/a Jurídico/a Senior
DTSTART;TZID=Romance Standard Time:20250218T170000
DTEND;TZID=Romance Standard Time:20250218T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T120533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Ayala & Berg - Castellana 95\, pl. 16 / Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mtlozano@ayalaberg.com\;gruu\;opaque=app:conf:focus:id:X4K2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="prep-block",
        uid="3kq9v1b7m2d0s5e8h4c6n1r0ta@google.com",
        y=0,
        trap="self-prep-block-before-interview",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:ines.carvajal.ruiz@hotmail.es
X-WR-TIMEZONE:Europe/Madrid
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250303T203000
DTEND;TZID=Europe/Madrid:20250303T223000
DTSTAMP:20250301T101500Z
UID:3kq9v1b7m2d0s5e8h4c6n1r0ta@google.com
CREATED:20250301T101455Z
DESCRIPTION:- Cuentas anuales 2023 + informe de gestión (deuda\, plan renovables 2030)\n- OPA parcial 2022 y venta del negocio de distribución gas: quién llevó qué\n- Álvaro Sanz: ex-Uría\, Director Jurídico desde 2019\n- Mis 3 operaciones: Halcón\, Proyecto Duna\, la JV eólica\n- Preguntas: tamaño equipo\, reporting al Secretario del Consejo\, teletrabajo
LAST-MODIFIED:20250301T101455Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Preparar entrevista Cantábrica (mañana!!)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="director-juridico",
        uid="040000008200E00074C5B7101A82E0080000000050A1D3C6A886DB01000000000000000010000000E1F4",
        y=1,
        co="Cantábrica de Energía",
        role="Asesor/a Jurídico/a Senior – Corporativo y M&A",
        stage="hiring_manager",
        iv="alvaro.sanz@cantabricaenergia.es",
        trap="outlook-sent-by-assistant-room-director-juridico",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Sanz Olabarría, Álvaro";SENT-BY="mailto:secretaria.asesoriajuridica@cantabricaenergia.es":mailto:alvaro.sanz@cantabricaenergia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sanz Olabarría, Álvaro":mailto:alvaro.sanz@cantabricaenergia.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MAD-TORRE-P21-Sala Ebro (8)":mailto:sala.ebro.p21@cantabricaenergia.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Inés:\n\nPor indicación de D. Álvaro Sanz\, Director de la Asesoría Jurídica\, le confirmo la entrevista del próximo martes 4 de marzo a las 9:00 h en nuestra sede (Torre Cantábrica\, Paseo de la Castellana 259\, planta 21). Por favor\, identifíquese en el control de acceso de la planta baja con su DNI\; le recogeré en recepción.\n\nAtentamente\,\n\nBegoña Ruiz\nSecretaría de Dirección – Asesoría Jurídica\nCantábrica de Energía\, S.A.\n\n
UID:040000008200E00074C5B7101A82E0080000000050A1D3C6A886DB01000000000000000010000000E1F4
SUMMARY;LANGUAGE=es-ES:Entrevista con el Director Jurídico - Dña. Inés Carvajal
DTSTART;TZID=Romance Standard Time:20250304T090000
DTEND;TZID=Romance Standard Time:20250304T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T083012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-TORRE-P21-Sala Ebro (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1398772015
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"MAD-TORRE-P21-Sala Ebro (8)","LocationAnnotation":"","LocationUri":"sala.ebro.p21@cantabricaenergia.es","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
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
        k="panel-gc",
        uid="040000008200E00074C5B7101A82E00800000000F29B5D3E1C90DB01000000000000000010000000B7A2",
        y=1,
        co="Cantábrica de Energía",
        role="Asesor/a Jurídico/a Senior – Corporativo y M&A",
        stage="final",
        iv="lucia.bengoechea@cantabricaenergia.es;alvaro.sanz@cantabricaenergia.es;fernando.ibarra@cantabricaenergia.es",
        trap="panel-general-counsel-final-no-interview-word",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Talento Corporativo";SENT-BY="mailto:irene.calvo@cantabricaenergia.es":mailto:talento@cantabricaenergia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bengoechea Arregui, Lucía":mailto:lucia.bengoechea@cantabricaenergia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sanz Olabarría, Álvaro":mailto:alvaro.sanz@cantabricaenergia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Ibarra Mendi, Fernando":mailto:fernando.ibarra@cantabricaenergia.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MAD-TORRE-P24-Sala Consejo":mailto:sala.consejo.p24@cantabricaenergia.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Inés\,\n\nTe confirmamos la reunión con Lucía Bengoechea (Secretaria General y del Consejo – General Counsel)\, Álvaro Sanz (Director de Asesoría Jurídica) y Fernando Ibarra (Director de Personas y Organización). Duración aproximada: 75 minutos. Lucía te pedirá que comentes brevemente el caso de la JV que mencionaste.\n\nTorre Cantábrica\, planta 24. Irene te recibirá en recepción.\n\nUn saludo\,\nIrene Calvo\nTalento Corporativo\n
UID:040000008200E00074C5B7101A82E00800000000F29B5D3E1C90DB01000000000000000010000000B7A2
SUMMARY;LANGUAGE=es-ES:Reunión Secretaría General - I. Carvajal (Asesoría Jurídica Corporativa)
DTSTART;TZID=Romance Standard Time:20250325T123000
DTEND;TZID=Romance Standard Time:20250325T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T151102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-TORRE-P24-Sala Consejo
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
""",
    ),
    dict(
        k="offer-call",
        uid="5a0e1f7c-2b9d-4e63-8d1a-c0f4b87e2d19",
        y=0,
        trap="offer-negotiation-call-after-final",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250417T090112Z
DTEND:20250422T184500
DTSTAMP:20250417T090118Z
DTSTART:20250422T181500
LAST-MODIFIED:20250417T090118Z
SEQUENCE:0
SUMMARY:Llamada Fernando Ibarra – oferta CdE
DESCRIPTION:Fijo + variable 20%\, pedir 135 + coche/ o retribución flexible. Fecha incorporación: no antes de 1/7 (preaviso O&V). Vacaciones agosto??
UID:5a0e1f7c-2b9d-4e63-8d1a-c0f4b87e2d19
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="medical",
        uid="QP-CITA-2025-0506-771204@quironprevencion-citas.es",
        y=0,
        trap="pre-employment-medical-new-employer",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Prevención Citas//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:QP-CITA-2025-0506-771204@quironprevencion-citas.es
DTSTAMP:20250429T113000Z
DTSTART:20250506T063000Z
DTEND:20250506T073000Z
SUMMARY:Reconocimiento médico de incorporación - Cantábrica de Energía
LOCATION:Centro de Prevención Madrid-Chamartín\, C/ Agustín de Foxá 25\, 28036 Madrid
DESCRIPTION:Cita para RECONOCIMIENTO MÉDICO PREVIO A LA INCORPORACIÓN solicitada
  por su futura empresa.\nAcuda en ayunas (mínimo 8 horas) y con su DNI. Incluy
 e analítica de sangre y orina\, control visión\, audiometría y espirometría.\n
 Para anular o modificar la cita llame al 900 30 40 50.
ORGANIZER;CN=Citas Prevención:mailto:no-reply@quironprevencion-citas.es
ATTENDEE;CN=INES CARVAJAL RUIZ;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:ines.carvajal.ruiz@hotmail.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
