"""holdout170 events, part d: Mexico City searches (Mexican Spanish) and Spanish-language look-alikes."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("entrevista-inicial", (
    "040000008200E00074C5B7101A82E00800000000E1A0C37F2B93DB01000000000000000010000000D8B9A1C2E3F4051627384950A1B2C3D4",
    1, "Milagro Snacks", "Directora de Marketing", "recruiter_screen", "lvaldez@botanasmilagro.com.mx",
    "outlook-mexico-zone-entrevista-inicial"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_MX@@
BEGIN:VEVENT
ORGANIZER;CN="Valdez, Lorena":mailto:lvaldez@botanasmilagro.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabytorre
 s.mkt@icloud.com:mailto:gabytorres.mkt@icloud.com
DESCRIPTION;LANGUAGE=es-MX:Hola Gabriela\, buen día.\n\nTe comparto la inv
 itación para nuestra entrevista inicial para la vacante de Directora de M
 arketing. Platicaremos sobre tu experiencia\, expectativas económicas y d
 isponibilidad para reubicarte a CDMX.\n\nSaludos cordiales\,\nLorena Vald
 ez\nAtracción de Talento | Botanas Milagro S.A. de C.V.\n\n________________
 ________________________________________________________________\nReunión
  de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o disposit
 ivo de sala\nHaga clic aquí para unirse a la reunión\nId. de la reunión: 2
 55 119 804 761\nCódigo de acceso: 9rTqLm\n_________________________________
 _______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E1A0C37F2B93DB01000000000000000010000000D8B9A1C2E3F4051627384950A1B2C3D4
SUMMARY;LANGUAGE=es-MX:Entrevista inicial - Directora de Marketing - Gabriela Torres
DTSTART;TZID=Central Standard Time (Mexico):20250219T100000
DTEND;TZID=Central Standard Time (Mexico):20250219T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T171233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")

add("entrevista-directora", (
    "040000008200E00074C5B7101A82E00800000000F3C2D48A1E9EDB01000000000000000010000000E9C0B2D3F4A5162738495A6B7C8D9E0F",
    1, "Milagro Snacks", "Directora de Marketing", "hiring_manager",
    "sgarza@botanasmilagro.com.mx", "teams-spanish-segunda-entrevista-jefa-directa"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_MX@@
BEGIN:VEVENT
ORGANIZER;CN="Valdez, Lorena":mailto:lvaldez@botanasmilagro.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabytorre
 s.mkt@icloud.com:mailto:gabytorres.mkt@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garza, Sofía":mailto:sgarza@botanasmilagro.com.mx
DESCRIPTION;LANGUAGE=es-MX:Gabriela\, como quedamos\, la segunda entrevis
 ta será con Sofía Garza\, Directora Comercial y de Mercadotecnia (a quien
  reportaría la posición). Duración: 1 hora.\n\nLorena\n
UID:040000008200E00074C5B7101A82E00800000000F3C2D48A1E9EDB01000000000000000010000000E9C0B2D3F4A5162738495A6B7C8D9E0F
SUMMARY;LANGUAGE=es-MX:2a entrevista Gabriela Torres / Sofía Garza
DTSTART;TZID=America/Mexico_City:20250305T120000
DTEND;TZID=America/Mexico_City:20250305T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T160544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("entrevista-competencias", (
    "7h2d9s0k4m1p6v3b8n5c2t7fra@google.com", 1, "Grupo Alameda", "Gerente Sr. de Marca", "onsite",
    "ebarrera@grupoalameda.mx;jcastaneda@grupoalameda.mx;pruelas@grupoalameda.mx",
    "google-mexican-spanish-panel-competencias"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20250312T090000
DTEND;TZID=America/Mexico_City:20250312T103000
DTSTAMP:20250306T201155Z
ORGANIZER;CN=Capital Humano Grupo Alameda:mailto:capitalhumano@grupoalameda.mx
UID:7h2d9s0k4m1p6v3b8n5c2t7fra@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ernest
 o Barrera;X-NUM-GUESTS=0:mailto:ebarrera@grupoalameda.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jimena
  Castañeda;X-NUM-GUESTS=0:mailto:jcastaneda@grupoalameda.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Pablo
  Ruelas;X-NUM-GUESTS=0:mailto:pruelas@grupoalameda.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gabriela Torres-Whitman;X-NUM-GUESTS=0:mailto:gabytorres.mkt@iclo
 ud.com
DESCRIPTION:Estimada Gabriela:\n\nTe confirmamos tu entrevista por compete
 ncias en formato panel para la posición de Gerente Sr. de Marca (Bebidas)
 .\nParticipan: Ernesto Barrera (Director de Marketing)\, Jimena Castañeda
  (Trade Marketing) y Pablo Ruelas (Capital Humano).\n\nUnirse con Google
  Meet: https://meet.google.com/gal-xqpv-mtd\nO marcar: (MX) +52 55 8421 09
 77 PIN: 441 982 017#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista panel | Gerente Sr. de Marca | Grupo Alameda
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("agencia-cliente", (
    "b2e71f90-talentum-4408@talentumsearch.mx", 1, "Cervecería Monteblanco", "Directora de Marca",
    "recruiter_screen", "rpena@talentumsearch.mx", "agency-screen-client-named-in-body-spanish"), r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_MX@@
BEGIN:VEVENT
ATTENDEE;CN="Gabriela Torres-Whitman";RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
CLASS:PUBLIC
DESCRIPTION:Gabriela\, qué gusto saludarte.\n\nComo te adelanté por WhatsA
 pp\, nuestro cliente es Cervecería Monteblanco (Monterrey / CDMX) y busca
  Directora de Marca para su portafolio premium. En esta llamada te hago la
  entrevista de filtro antes de presentar tu candidatura al cliente.\n\nRi
 cardo Peña\nSocio | Talentum Search México\n+52 55 4412 9087\n
DTEND;TZID=America/Mexico_City:20250320T110000
DTSTAMP:20250317T223010Z
DTSTART;TZID=America/Mexico_City:20250320T101500
LOCATION:Zoom https://us04web.zoom.us/j/7731209954
ORGANIZER;CN="Ricardo Peña":mailto:rpena@talentumsearch.mx
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-mx:Gabriela Torres / Talentum - posición Directora de Marca
TRANSP:OPAQUE
UID:b2e71f90-talentum-4408@talentumsearch.mx
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("segunda-tecleada", (
    "2B7D4E10-8A3C-4F9B-B6E2-1D0C9A8F7E63", 1, "Panificadora del Valle", "", "hiring_manager",
    "Arturo Méndez", "user-typed-spanish-second-round-floating"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T004812Z
DTSTAMP:20250321T004855Z
UID:2B7D4E10-8A3C-4F9B-B6E2-1D0C9A8F7E63
DTSTART:20250326T090000
DTEND:20250326T100000
SUMMARY:2a entrevista Pan del Valle - Lic. Arturo Méndez
DESCRIPTION:Dir. de Mercadotecnia (seria mi jefe). Zoom link en el correo
  de Paty (RH). Hora CDMX = misma que Chicago hoy? NO - revisar\, Chicago y
 a cambio de horario!!\nLlevar: caso Lakeshore Hispanic\, números de share
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("workday-entrevista", (
    "WD-INTERVIEW-R-22817-GTW-01@myworkday.com", 1, "Grupo Ferrán", "Gerente de Marca Senior - Maquillaje",
    "recruiter_screen", "monica.trevino@grupoferran.com", "workday-spanish-atraccion-de-talento"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-22817-GTW-01@myworkday.com
DTSTAMP:20250401T152233Z
DTSTART:20250403T163000Z
DTEND:20250403T171500Z
SUMMARY:Entrevista programada: Gerente de Marca Senior - Maquillaje (R-22817)
DESCRIPTION:Hola Gabriela Torres-Whitman\,\n\nTu entrevista ha sido progra
 mada.\n\nPuesto: Gerente de Marca Senior - Maquillaje (R-22817)\nEntrevist
 adora: Mónica Treviño\, Atracción de Talento\nModalidad: Videollamada (Mi
 crosoft Teams) – recibirás el enlace por separado.\n\nPuedes consultar el
  estado de tu candidatura en el portal de candidatos de Grupo Ferrán.
LOCATION:Microsoft Teams
ORGANIZER;CN=Grupo Ferrán Reclutamiento:mailto:grupoferran@myworkday.com
ATTENDEE;CN=Mónica Treviño;PARTSTAT=ACCEPTED:mailto:monica.trevino@grupoferran.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("culture-chat", (
    "040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
    1, "Mandado", "Head of Growth Marketing", "",
    "fernanda.lozano@mandado.mx;kevin.ochoa@mandado.mx", "teams-culture-conversation-no-stage"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_MX@@
BEGIN:VEVENT
ORGANIZER;CN="People Team Mandado":mailto:people@mandado.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabytorre
 s.mkt@icloud.com:mailto:gabytorres.mkt@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lozano, Fernanda":mailto:fernanda.lozano@mandado.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Kevin":mailto:kevin.ochoa@mandado.mx
DESCRIPTION;LANGUAGE=en-US:Hi Gabriela! This is the "Mandado Way" conversa
 tion for the Head of Growth Marketing role - no prep needed\, just come r
 eady to talk about how you work. Fernanda (COO) and Kevin (Product) will
  join. Can be in English or Spanish\, as you prefer.\n\n________________
 ________________________________________________________________\nMicroso
 ft Teams meeting\nJoin on your computer\, mobile app or room device\nClic
 k here to join the meeting\nMeeting ID: 219 774 003 812\nPasscode: kP2vX8
 \n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=en-US:Mandado Way conversation - Gabriela Torres-Whitman
DTSTART;TZID=Central Standard Time (Mexico):20250409T110000
DTEND;TZID=Central Standard Time (Mexico):20250409T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T190021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("entrevista-prensa", (
    "4p8c1v6n0t3k7s2m9d5b1f8qxe@google.com", 0, "", "", "", "", "press-interview-spanish-magazine"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T170000Z
DTEND:20250227T174500Z
DTSTAMP:20250221T142019Z
ORGANIZER;CN=Kayla Brooks:mailto:kbrooks@lakeshorebrands.com
UID:4p8c1v6n0t3k7s2m9d5b1f8qxe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabrie
 la Torres-Whitman;X-NUM-GUESTS=0:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Adrián
  Solís;X-NUM-GUESTS=0:mailto:asolis@expansion.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kayla
  Brooks;X-NUM-GUESTS=0:mailto:kbrooks@lakeshorebrands.com
DESCRIPTION:Entrevista con Adrián Solís (Expansión) sobre la campaña "Sabo
 r de Casa" y el mercado hispano en EE. UU. Comms will be on the line. Tal
 king points in the shared drive — please stay off Q2 numbers.\n\nJoin wit
 h Google Meet: https://meet.google.com/lsb-prss-exp
LOCATION:https://meet.google.com/lsb-prss-exp
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Expansión - Gabriela Torres-Whitman (Lakeshore)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("entrevista-en-espanol", (
    "gh-9b0c4d12-7e3f-4a55-8c61-2f0a9e7d3b48@greenhouse.io", 0, "", "", "", "",
    "user-as-interviewer-spanish-language-assessment"), r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:gh-9b0c4d12-7e3f-4a55-8c61-2f0a9e7d3b48@greenhouse.io
DTSTAMP:20250306T152901Z
DTSTART;TZID=America/Chicago:20250312T130000
DTEND;TZID=America/Chicago:20250312T133000
SUMMARY:Entrevista en español - Valeria Ortiz - Coordinadora\, Mercadotecn
 ia Multicultural
DESCRIPTION:Gaby - can you run the Spanish-language portion for Valeria?
  Please assess fluency (written + spoken)\, cultural insight on the Hispan
 ic shopper\, and how she'd adapt the "Sabor de Casa" copy. Interview kit
  + scorecard: https://app.greenhouse.io/guides/8830412/people/44211873\n\n
 Zoom: https://lakeshorebrands.zoom.us/j/93018844021\n\nThanks! Alyssa
LOCATION:https://lakeshorebrands.zoom.us/j/93018844021
ORGANIZER;CN=Alyssa Brandt:mailto:abrandt@lakeshorebrands.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CN=Valeria Ortiz;PARTSTAT=ACCEPTED:mailto:valeria.ortiz.r@hotmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("cafe-informativo", (
    "9C3E5A71-2D8B-4E60-A1F7-6B4D0C2E8F19", 0, "", "", "", "", "informational-coffee-spanish"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3.1//EN
CALSCALE:GREGORIAN
@@TZ_MX@@
BEGIN:VEVENT
CREATED:20250224T031500Z
DTSTAMP:20250224T031522Z
UID:9C3E5A71-2D8B-4E60-A1F7-6B4D0C2E8F19
DTSTART;TZID=America/Mexico_City:20250228T083000
DTEND;TZID=America/Mexico_City:20250228T091500
SUMMARY:Cafecito virtual con Daniela Ruiz (ex-Bimbo) - info
DESCRIPTION:Intro de Caro. Preguntar: cómo es trabajar en CDMX vs US\, sal
 arios directora mkt\, colegios para Mateo\, qué empresas están contratando.
  NO es entrevista\, solo platicar.
LOCATION:FaceTime
END:VEVENT
END:VCALENDAR
""", eol="\n")
