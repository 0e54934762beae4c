"""holdout149 events, part 8: 3PLs, beverages, e-commerce, Querétaro (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="recruiter-gmail",
        uid="1r6t0m8g3b7f2k5d9w4q1xzv0c@google.com",
        label=(1, "Alvarado Logistics Solutions", "Gerente de Operaciones 3PL", "recruiter_screen",
               "karla.alvarado.rh@gmail.com", "family-3pl-recruiter-on-free-mail"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Monterrey
BEGIN:VEVENT
DTSTART:20250128T213000Z
DTEND:20250128T220000Z
DTSTAMP:20250127T165540Z
ORGANIZER;CN=Karla Alvarado:mailto:karla.alvarado.rh@gmail.com
UID:1r6t0m8g3b7f2k5d9w4q1xzv0c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla
  Alvarado;X-NUM-GUESTS=0:mailto:karla.alvarado.rh@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rafa.mendoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@
 gmail.com
CREATED:20250127T165501Z
DESCRIPTION:Hola Rafael\, soy Karla de Recursos Humanos de Alvarado Logist
 ics Solutions. Vi tu perfil en OCC para la vacante de Gerente de Operacio
 nes 3PL (naves en Apodaca y Escobedo). Platicamos 30 min por Meet para con
 ocerte y contarte de la empresa.\n\nUnirse con Google Meet\nhttps://meet.g
 oogle.com/zba-mkfr-tuh
LAST-MODIFIED:20250127T165540Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Rafael M. - Gerente de Operaciones 3PL
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="layout-case",
        uid="BDN-RH-2025-02-18-RM@bebidasdelnorte.com.mx",
        label=(1, "Bebidas del Norte", "Gerente de Distribución Secundaria", "technical",
               "tomas.elizondo@bebidasdelnorte.com.mx;gabriela.ruiz@bebidasdelnorte.com.mx",
               "caso-practico-ruteo-beverage-distributor"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN="Rafael Mendoza";RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN="Elizondo, Tomás";RSVP=TRUE:mailto:tomas.elizondo@bebidasdelnorte.com.mx
ATTENDEE;CN="Ruiz, Gabriela";RSVP=TRUE:mailto:gabriela.ruiz@bebidasdelnorte.com.mx
CLASS:PUBLIC
CREATED:20250213T192011Z
DESCRIPTION:Rafael:\n\nComo acordamos\, la segunda etapa consiste en un ca
 so práctico de ruteo y dimensionamiento de flota para el centro de distri
 bución Guadalupe (1\,800 clientes detallistas\, reparto con camionetas de
  6 y 8 ton). Tendrás 1 hora para resolverlo en sitio y 30 min para present
 arlo a Tomás Elizondo (Dir. Logística) y Gabriela Ruiz (Capital Humano).\n
 \nTraer laptop con Excel.\n\nSaludos\,\nGaby
DTEND;TZID="Central Standard Time (Mexico)":20250218T113000
DTSTAMP:20250213T192011Z
DTSTART;TZID="Central Standard Time (Mexico)":20250218T100000
LAST-MODIFIED:20250213T192011Z
LOCATION:CEDIS Guadalupe - Sala de capacitación
ORGANIZER;CN="Ruiz, Gabriela":mailto:gabriela.ruiz@bebidasdelnorte.com.mx
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-mx:2a etapa - Caso práctico Gte. Distribución Secundari
 a / R. Mendoza
TRANSP:OPAQUE
UID:BDN-RH-2025-02-18-RM@bebidasdelnorte.com.mx
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="spanglish-meet",
        uid="6c9kq2m5r8e1f4h7j0n3p6s9uv@google.com",
        label=(1, "Mercado Ágil", "Site Lead - Fulfillment Center Apodaca", "hiring_manager",
               "jpdelgado@mercadoagil.com", "google-spanglish-site-lead-fc"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20250402T113000
DTEND;TZID=America/Mexico_City:20250402T121500
DTSTAMP:20250328T220447Z
ORGANIZER;CN=Juan Pablo Delgado:mailto:jpdelgado@mercadoagil.com
UID:6c9kq2m5r8e1f4h7j0n3p6s9uv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Juan P
 ablo Delgado;X-NUM-GUESTS=0:mailto:jpdelgado@mercadoagil.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rafa.mendoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@
 gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Recrui
 ting Coordination MX;X-NUM-GUESTS=0:mailto:recruiting-coord-mx@mercadoagil.
 com
CREATED:20250328T220301Z
DESCRIPTION:Hola Rafa\, gracias por tu tiempo! En esta sesión hablamos del
  rol de Site Lead para el FC de Apodaca (ramp-up Q3\, ~400 asociados\, pe
 ak season). Vamos a cubrir leadership principles + un par de deep dives d
 e tus métricas (UPH\, dock-to-stock\, safety).\n\n-::~:~::~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet
 : https://meet.google.com/xkr-mopa-zve\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250328T220447Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mercado Ágil | Site Lead FC Apodaca | JP <> Rafa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-queretaro",
        uid="040000008200E00074C5B7101A82E008000000009A1B2C3D4E7ADB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        label=(1, "Frenos y Suspensiones Querétaro", "Gerente de Logística", "final",
               "alberto.uribe@fresuq.com.mx", "outlook-final-director-general-queretaro"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Uribe, Alberto";SENT-BY="mailto:Diana.Medina@fresuq.com.mx":mailto:Alberto.Uribe@fresuq.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Mendoza:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Medina, Diana":mailto:Diana.Medina@fresuq.com.mx
DESCRIPTION;LANGUAGE=es-MX:Ing. Mendoza\, le confirmo la entrevista final
  con el Ing. Alberto Uribe\, Director General\, para la posición de Geren
 te de Logística. Será vía Teams.\n\nDiana Medina | Capital Humano FRESUQ\n
 \n________________________________________________________________________
 ________\nReunión de Microsoft Teams\nId. de reunión: 244 903 551 207\nCó
 digo de acceso: 4uBn2w\n
UID:040000008200E00074C5B7101A82E008000000009A1B2C3D4E7ADB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=es-MX:Entrevista final - Gerente de Logística
DTSTART;TZID=Central Standard Time (Mexico):20250408T180000
DTEND;TZID=Central Standard Time (Mexico):20250408T184500
DTSTAMP:20250404T152930Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="excel-test",
        uid="cca-examen-conocimientos-20250312@cajasycorrugados.mx",
        label=(1, "Cajas y Corrugados Apodaca", "Jefe de Almacén de Producto Terminado", "technical",
               "", "examen-de-conocimientos-excel-in-person"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Calendar//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cca-examen-conocimientos-20250312@cajasycorrugados.mx
DTSTAMP:20250310T173300Z
DTSTART;TZID=America/Monterrey:20250312T090000
DTEND;TZID=America/Monterrey:20250312T110000
SUMMARY:Examen de conocimientos y Excel - Vacante Jefe de Almacén de Produ
 cto Terminado
DESCRIPTION:Presentarse en Recepción de Planta Apodaca con identificación
 . Se aplicará examen de conocimientos de almacén (PEPS\, inventarios cícl
 icos\, NOM-006-STPS) y prueba práctica de Excel (tablas dinámicas y BUSCA
 RV). Duración aproximada 2 horas.\n\nRecursos Humanos - Cajas y Corrugados
  Apodaca
LOCATION:Planta Apodaca - Recepción
ORGANIZER;CN=Recursos Humanos CCA:mailto:rh@cajasycorrugados.mx
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="paradox-olivia",
        uid="paradox-olivia-int-4471920-huerta",
        label=(1, "Huerta Foods", "DC Operations Manager - Laredo", "recruiter_screen",
               "Melissa Ortega", "conversational-ai-scheduled-phone-screen"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Paradox//Olivia Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:paradox-olivia-int-4471920-huerta
DTSTAMP:20250226T011502Z
DTSTART:20250303T153000Z
DTEND:20250303T160000Z
SUMMARY:Your interview with Huerta Foods
DESCRIPTION:Hi Rafael! This is Olivia\, Huerta Foods' virtual recruiting
  assistant. Your phone interview for DC Operations Manager - Laredo is con
 firmed. Melissa Ortega from our recruiting team will call you at (+52) 81
 1934 5520.\n\nNeed to reschedule? Just text me back.
LOCATION:Phone interview
ORGANIZER;CN=Olivia at Huerta Foods:mailto:olivia@huertafoods.paradox.ai
ATTENDEE;CN=Rafael Mendoza:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="whatsapp-video",
        uid="9e1d5b3a-7c2f-4b8e-a6d0-translog-typed",
        label=(1, "Translogística Santa Catarina", "", "", "Lic. Ramiro Cavazos",
               "typed-whatsapp-videollamada-owner"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android//EN
BEGIN:VEVENT
UID:9e1d5b3a-7c2f-4b8e-a6d0-translog-typed
DTSTAMP:20250205T225511Z
DTSTART;TZID=America/Monterrey:20250206T194500
DTEND;TZID=America/Monterrey:20250206T203000
SUMMARY:videollamada whats Lic. Ramiro Cavazos - Translogística
DESCRIPTION:me recomendó Beto Garza. Buscan quien le lleve almacén fiscal
  + patio. es el dueño\, el decide. no hay RH
END:VEVENT
END:VCALENDAR
""",
    ),
]
