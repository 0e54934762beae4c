# ruff: noqa: E501
"""holdout199 events, part e: more interviews (French, English multinationals, local ATS, self-typed entries)."""

EVENTS = [
    {
        "kind": "bizneo-convocatoria",
        "label": ("bizneo-ats-conv-77120934@bizneo.com", 1, "La Tahona", "Responsable de Calidad", "recruiter_screen", "patricia.lozano@latahona.es", "bizneo-convocatoria-de-entrevista"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bizneo HR//ATS//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:bizneo-ats-conv-77120934@bizneo.com
DTSTAMP:20250224T074455Z
DTSTART:20250228T080000Z
DTEND:20250228T084500Z
SUMMARY:Convocatoria de entrevista: Responsable de Calidad (Getafe)
ORGANIZER;CN=Pastelería Industrial La Tahona:mailto:no-reply@bizneo.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Patricia Lozano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:patricia.lozano@latahona.es
DESCRIPTION:Estimada Lucía:\n\nHas sido convocada a una entrevista para el proceso "Responsable de Calidad (Getafe)".\n\nFase: Entrevista inicial RRHH\nEntrevistadora: Patricia Lozano (Técnico de Selección)\nModalidad: Videoconferencia\nEnlace: https://meet.google.com/lth-bzno-gtf\n\nConfirma tu asistencia desde el portal del candidato.\n\nPastelería Industrial La Tahona S.A.
LOCATION:Videoconferencia
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-interview",
        "label": ("lever-interview-1d9c7e5a-3b2f-4a60-8e1d-9c7b5a3f1e20", 1, "Biosur", "Food Safety & Quality Specialist", "hiring_manager", "helena.marques@biosur-ingredients.com", "lever-mixed-english-spanish-hiring-manager"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-1d9c7e5a-3b2f-4a60-8e1d-9c7b5a3f1e20
DTSTAMP:20250407T133000Z
DTSTART:20250410T073000Z
DTEND:20250410T082000Z
SUMMARY:Interview with Biosur: Lucía Martín Ortega for Food Safety & Quality Specialist
ORGANIZER;CN=Biosur Talent:mailto:talent@biosur-ingredients.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Helena Marqués;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:helena.marques@biosur-ingredients.com
DESCRIPTION:Hi Lucía\,\n\nYou're scheduled to meet Helena Marqués (QA & Regulatory Manager). She'll dig into supplier approval\, FSSC 22000 and how you run a mock recall. The conversation can be in Spanish.\n\nZoom: https://zoom.us/j/94418260773\n\nPlease let us know if you need any accommodations.\n\nBiosur Talent Team\n\n(Sent via Lever)
LOCATION:https://zoom.us/j/94418260773
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sesame-entrevista",
        "label": ("sesamehr-recruit-3a8f2c61-colectividades@sesamehr.es", 1, "Colectividades Levante", "Responsable de Calidad y Seguridad Alimentaria", "recruiter_screen", "Ana Giner", "sesame-hr-no-interviewer-email"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sesame HR//Reclutamiento//ES
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sesamehr-recruit-3a8f2c61-colectividades@sesamehr.es
DTSTAMP:20250403T165002Z
DTSTART:20250407T103000Z
DTEND:20250407T110000Z
SUMMARY:Entrevista - Responsable de Calidad y Seguridad Alimentaria
DESCRIPTION:Colectividades Levante S.L. te ha citado para una entrevista.\n\nCandidato/a: Lucía Martín Ortega\nVacante: Responsable de Calidad y Seguridad Alimentaria (cocinas centrales y comedores escolares)\nEntrevistadora: Ana Giner\nLugar: Oficinas centrales\, Av. Tres Forques 98\, Valencia\n\nSi no puedes asistir\, avísanos respondiendo al correo.
LOCATION:Av. Tres Forques 98\, 46018 Valencia
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-qualite",
        "label": ("040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB01000000000000000010000000A1B1C1D1E1F10212223242526272829A", 1, "Groupe Lavande Fruits", "Responsable Qualité", "hiring_manager", "claire.dubois@lavande-fruits.fr;marc.lefevre@lavande-fruits.fr", "french-entretien-paris-tz-teams"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_PARIS@
BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Claire":mailto:claire.dubois@lavande-fruits.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LEFEVRE Marc":mailto:marc.lefevre@lavande-fruits.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Lucía\,\n\nComme convenu\, je vous transmets l'invitation pour notre entretien concernant le poste de Responsable Qualité de notre site de conditionnement d'agrumes près de Valence (Espagne). Marc Lefèvre\, Directeur Qualité Groupe\, se joindra à nous. L'entretien se déroulera en français et en espagnol.\n\nBien cordialement\,\nClaire Dubois\nResponsable RH\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_bGF2YW5k%40thread.v2/0>\nID de réunion : 319 774 205 661\nCode secret : Lv8HgT\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB01000000000000000010000000A1B1C1D1E1F10212223242526272829A
SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable Qualité site de Valence (Espagne) - L. Martín Ortega
DTSTART;TZID=Europe/Paris:20250416T140000
DTEND;TZID=Europe/Paris:20250416T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T083344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-tecnica",
        "label": ("6b1f3d5a7c9e4f2a8b0d1c3e5f7a9b2d@webex.com", 1, "Iberplast", "Técnico/a de Calidad (BRCGS Packaging)", "technical", "alberto.requena@iberplast.es", "webex-technical-packaging-quality"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:6b1f3d5a7c9e4f2a8b0d1c3e5f7a9b2d@webex.com
DTSTAMP:20250414T092215Z
DTSTART:20250422T140000Z
DTEND:20250422T150000Z
SUMMARY:Entrevista técnica - Técnico/a de Calidad (BRCGS Packaging)
ORGANIZER;CN=Alberto Requena:mailto:alberto.requena@iberplast.es
ATTENDEE;CN=Lucía Martín;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Alberto Requena le invita a esta reunión de Webex.\n\nEntrevista técnica para el puesto de Técnico/a de Calidad de Envases Alimentarios Iberplast (planta de Ribarroja). Temas: BRCGS Packaging Materials\, migraciones (Reglamento UE 10/2011)\, declaraciones de conformidad\, control de tintas y adhesivos. Tendrás 20 min para analizar un informe de migración global.\n\nNúmero de reunión: 2631 440 9182\nContraseña: Envase25\nhttps://iberplast.webex.com/iberplast/j.php?MTID=m7d2e9f1c\n\nEntrar por teléfono: +34-91-749-8014
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trucada-delta",
        "label": ("2c5f8i1l4o7r0u3x6a9d2g5j8m@google.com", 1, "Arroces del Delta", "Responsable de Qualitat", "recruiter_screen", "merce.font@arrocesdeldelta.com", "catalan-trucada-telefonica-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T173000
DTEND;TZID=Europe/Madrid:20250402T180000
DTSTAMP:20250328T121010Z
ORGANIZER;CN=Mercè Font:mailto:merce.font@arrocesdeldelta.com
UID:2c5f8i1l4o7r0u3x6a9d2g5j8m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mercè Font;X-NUM-GUESTS=0:mailto:merce.font@arrocesdeldelta.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hola Lucía\, et truco a les 17:30 al mòbil per parlar de l'ofer
 ta de Responsable de Qualitat de l'arrossera (Amposta). Uns 20-30 minuts.
 \nMercè (RRHH)
LOCATION:Trucada telefònica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trucada Lucía Martín - Responsable de Qualitat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-interview",
        "label": ("icims-interview-2025-1183-44871@icims.com", 1, "Galletas Marialuisa", "Quality Manager", "hiring_manager", "rodrigo.varela@galletasmarialuisa.com", "icims-scheduled-interview-madrid"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
UID:icims-interview-2025-1183-44871@icims.com
DTSTAMP:20250411T103322Z
DTSTART;TZID=Europe/Madrid:20250429T113000
DTEND;TZID=Europe/Madrid:20250429T123000
SUMMARY:Interview Scheduled: Quality Manager (2025-1183) - Galletas Marialuisa
ORGANIZER;CN=Galletas Marialuisa Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Rodrigo Varela;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Rodrigo.Varela@galletasmarialuisa.com
DESCRIPTION:Dear Lucía\,\n\nYour interview for the position Quality Manager (Req 2025-1183) has been scheduled.\n\nInterviewer: Rodrigo Varela\, Director de Planta\nType: In person\nAddress: Galletas Marialuisa S.A.\, Av. de la Industria 41\, 28108 Alcobendas (Madrid)\n\nPlease bring a valid ID.\n\nThis is an automated message from iCIMS. Please do not reply.
LOCATION:Av. de la Industria 41\, Alcobendas
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "quedada-gerente",
        "label": ("5a8e6f2d9c1b@android.calendar", 1, "Hortalizas Vega Baja", "jefa de calidad", "", "Paco Martínez", "self-typed-quedada-arranged-by-whatsapp"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lucía
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250306T163000Z
DTEND:20250306T173000Z
DTSTAMP:20250303T095011Z
UID:5a8e6f2d9c1b@android.calendar
CREATED:20250303T095011Z
DESCRIPTION:lo del whatsapp de Paco Martínez (gerente). puesto jefa de cali
 dad almacén\, GlobalGAP + IFS\, campaña brócoli/lechuga. ver sueldo y si h
 ay coche de empresa
LAST-MODIFIED:20250303T095011Z
LOCATION:Hortalizas Vega Baja SAT\, Ctra. Orihuela-Almoradí
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:quedada gerente Vega Baja
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruitee-presencial",
        "label": ("recruitee-event-8f1c42ad90@recruitee.com", 1, "Nova Mesa", "Responsable de Calidad", "onsite", "irene.calvo@novamesa.es;guillermo.saez@novamesa.es", "recruitee-presencial-two-interviewers"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-8f1c42ad90@recruitee.com
DTSTAMP:20250430T142001Z
DTSTART:20250507T080000Z
DTEND:20250507T100000Z
SUMMARY:Entrevista presencial con Nova Mesa - Responsable de Calidad
ORGANIZER;CN=Irene Calvo:mailto:irene.calvo@novamesa.es
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Guillermo Sáez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:guillermo.saez@novamesa.es
DESCRIPTION:Hola Lucía\,\n\nTe esperamos en nuestra planta de platos cocinados de quinta gama en Alcobendas. Te entrevistaremos Irene Calvo (RRHH) y Guillermo Sáez (Director de Operaciones)\, y después haremos un recorrido por la zona de pasteurización y envasado.\n\nDirección: C/ Valportillo Primera 15\, Alcobendas (Madrid)\n\nNova Mesa
LOCATION:C/ Valportillo Primera 15\, Alcobendas (Madrid)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-loop",
        "label": ("goodtime-7e3a1c9b5d2f4e80a6c4b2d0f8e6a4c2@goodtime.io", 1, "Harvest Crown Foods", "QA Manager Iberia", "final", "rachel.owens@harvestcrown.com;luis.cordero@harvestcrown.com;ana.pinto@harvestcrown.com", "goodtime-final-round-loop-english-coordinator-excluded"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7e3a1c9b5d2f4e80a6c4b2d0f8e6a4c2@goodtime.io
DTSTAMP:20250422T151522Z
DTSTART:20250430T073000Z
DTEND:20250430T103000Z
SUMMARY:Harvest Crown Foods Interview: Lucía Martín Ortega - QA Manager Iberia - Final Round
ORGANIZER;CN=Harvest Crown Recruiting Coordination:mailto:scheduling@harvestcrown.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Hi Lucía\,\n\nHere is your final round agenda (all times CEST):\n\n09:30 - 10:15  Rachel Owens\, VP Quality EMEA (English)\n10:15 - 11:00  Luis Cordero\, Plant Manager Getafe\n11:15 - 12:00  Ana Pinto\, HR Business Partner Iberia\n12:00 - 12:30  Q&A / wrap-up\n\nZoom: https://harvestcrown.zoom.us/j/97702213340\n\nThis invitation was sent on behalf of Harvest Crown Foods by GoodTime. Your coordinator is Megan Kelly (scheduling@harvestcrown.com).
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-hm",
        "label": ("ml-evt-0c2e4a6b8d1f3a5c7e9b@modernloop.io", 1, "Greenleaf Nutrition", "Senior Quality & Food Safety Specialist", "hiring_manager", "tomas.lindqvist@greenleafnutrition.com", "modernloop-hiring-manager-english"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-0c2e4a6b8d1f3a5c7e9b@modernloop.io
DTSTAMP:20250415T090909Z
DTSTART:20250424T130000Z
DTEND:20250424T134500Z
SUMMARY:Greenleaf Nutrition | Hiring Manager Interview | Lucía Martín Ortega
ORGANIZER;CN=Greenleaf Recruiting:mailto:recruiting@greenleafnutrition.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Tomas Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Tomas.Lindqvist@greenleafnutrition.com
DESCRIPTION:Role: Senior Quality & Food Safety Specialist (Barcelona hub)\nInterviewer: Tomas Lindqvist - Director\, Quality & Regulatory Europe\n\nJoin Google Meet: https://meet.google.com/grn-lfnt-qas\n\nScheduled with ModernLoop
LOCATION:https://meet.google.com/grn-lfnt-qas
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoho-presencial",
        "label": ("zr-interview-558210000002771@zohorecruit.eu", 1, "Helados Alacant", "Responsable de Calidad", "onsite", "vicent.sirvent@heladosalacant.com", "zoho-recruit-entrevista-presencial-fabrica"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
UID:zr-interview-558210000002771@zohorecruit.eu
DTSTAMP:20250428T071100Z
DTSTART;TZID=Europe/Madrid:20250505T100000
DTEND;TZID=Europe/Madrid:20250505T113000
SUMMARY:Entrevista presencial - Responsable de Calidad - Helados Alacant
ORGANIZER;CN=Helados Alacant RRHH:mailto:rrhh@heladosalacant.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Vicent Sirvent;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vicent.sirvent@heladosalacant.com
DESCRIPTION:Hola Lucía\, te confirmamos la entrevista en fábrica con Vicent Sirvent (Director de Producción). Incluye visita a la sala de pasteurización y a las cámaras a -25 ºC (trae ropa de abrigo).\n\nDirección: Partida Segarra s/n\, 03100 Xixona (Alicante)
LOCATION:Helados Alacant\, Partida Segarra s/n\, Xixona
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kenjo-tecnica",
        "label": ("kenjo-ats-6650d1f7a2c9e4b3@kenjo.io", 1, "Bioanalítica Mediterránea", "Técnico/a de Microbiología Alimentaria", "technical", "eva.roig@bioanaliticamed.es", "kenjo-lab-practical-test"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kenjo//Kenjo Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:kenjo-ats-6650d1f7a2c9e4b3@kenjo.io
DTSTAMP:20250318T101055Z
DTSTART:20250324T080000Z
DTEND:20250324T110000Z
SUMMARY:Prueba técnica de laboratorio - Técnico/a de Microbiología Alimentaria
ORGANIZER;CN=Eva Roig:mailto:eva.roig@bioanaliticamed.es
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Hola Lucía\,\n\nComo te comentamos\, la segunda fase es una prueba práctica en laboratorio con Eva Roig (Responsable de Microbiología): siembra y recuento de aerobios mesófilos y Enterobacteriaceae\, lectura de placas y validación de resultados según ISO 17025. Después\, 30 min de entrevista.\n\nBioanalítica Mediterránea\, C/ Ciudad de Sevilla 12\, Paterna.\n\nEnviado desde Kenjo
LOCATION:Bioanalítica Mediterránea\, Paterna
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "llamada-cafe",
        "label": ("8d4h0l6p2t8x4b0f6j2n8r4v0z@google.com", 1, "Tostadores Reunidos", "Técnico/a de Calidad", "recruiter_screen", "lmoreno@tostadoresreunidos.com", "google-phone-screen-tostador"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250407T093000
DTEND;TZID=Europe/Madrid:20250407T100000
DTSTAMP:20250402T145111Z
ORGANIZER;CN=Lourdes Moreno:mailto:lmoreno@tostadoresreunidos.com
UID:8d4h0l6p2t8x4b0f6j2n8r4v0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lourdes Moreno;X-NUM-GUESTS=0:mailto:lmoreno@tostadoresreunidos.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Primera entrevista telefónica para la posición de Técnico/a de
  Calidad (planta de tueste\, Coslada). Te llamo yo.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica - Técnico/a de Calidad - Lucía Martín
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-direccion",
        "label": ("040000008200E00074C5B7101A82E0080000000093A4B5C6D7E8DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809", 1, "Tostadores Reunidos", "Técnico/a de Calidad", "final", "jm.arranz@tostadoresreunidos.com;lmoreno@tostadoresreunidos.com", "outlook-utc-final-con-direccion"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Moreno Ruiz, Lourdes":mailto:LMoreno@tostadoresreunidos.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arranz Bermejo, José Manuel":mailto:JM.Arranz@tostadoresreunidos.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="COS-Sala Catación":mailto:cos-salacatacion@tostadoresreunidos.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, te confirmo la entrevista final con José Manuel Arranz (Director General) y conmigo en la planta de Coslada. Empezaremos con una pequeña cata en la sala de catación.\n\nLourdes\n
UID:040000008200E00074C5B7101A82E0080000000093A4B5C6D7E8DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=es-ES:Entrevista final con Dirección - Técnico/a de Calidad
DTSTART:20250424T080000Z
DTEND:20250424T090000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T104500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:COS-Sala Catación
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reunion-teams",
        "label": ("040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000C0FFEE00112233445566778899AABBCC", 1, "Quesos La Vega Manchega", "Responsable de Calidad", "", "rocio.lopez@lavegamanchega.es", "neutral-summary-reunion-teams-interview-in-body"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="López Cañas, Rocío":mailto:Rocio.Lopez@lavegamanchega.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenas tardes Lucía\,\n\nGracias por tu candidatura. Como te avancé por teléfono\, te envío el enlace para que hablemos del puesto de Responsable de Calidad de la quesería (Villarrobledo): tu experiencia\, el equipo\, horarios y condiciones.\n\nUn saludo\,\nRocío López\nAdministración y Personal\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nUnirse desde el ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_cXVlc29z%40thread.v2/0>\nId. de la reunión: 390 118 522 760\nCódigo de acceso: 7pQz2M\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000C0FFEE00112233445566778899AABBCC
SUMMARY;LANGUAGE=es-ES:Reunión Teams Lucía Martín / La Vega Manchega
DTSTART;TZID=Europe/Madrid:20250219T163000
DTEND;TZID=Europe/Madrid:20250219T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T151210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "breezy-screen",
        "label": ("breezy-ivw-3e9a7c1f5b@breezy.hr", 1, "Especias Sol de Levante", "Técnico/a de Calidad y Seguridad Alimentaria", "recruiter_screen", "jaime.ortuno@soldelevante.es", "breezy-hr-video-screen"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Breezy HR//Breezy Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:breezy-ivw-3e9a7c1f5b@breezy.hr
DTSTAMP:20250226T111422Z
DTSTART:20250303T153000Z
DTEND:20250303T160000Z
SUMMARY:Video Interview: Técnico/a de Calidad y Seguridad Alimentaria - Especias Sol de Levante
ORGANIZER;CN=Jaime Ortuño:mailto:jaime.ortuno@soldelevante.es
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Hola Lucía\,\n\nJaime Ortuño (RRHH) te ha programado una entrevista por vídeo para el puesto Técnico/a de Calidad y Seguridad Alimentaria (Ontinyent). Temas: control de micotoxinas y pesticidas\, tratamiento con vapor\, alérgenos en mezclas de especias.\n\nEnlace: https://app.breezy.hr/video/3e9a7c1f5b\n\nEspecias Sol de Levante S.L.
LOCATION:Breezy Video
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
