# ruff: noqa: E501
"""holdout141 events, part g: interview look-alikes that are not Marta's own job interviews."""

EVENTS = [
    dict(
        kind="mock-interview",
        uid="mock-msl-4f1a@zoom.us",
        iv=0,
        trap="mock-interview-with-coach",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:mock-msl-4f1a@zoom.us
DTSTAMP:20250226T100000Z
DTSTART:20250228T173000Z
DTEND:20250228T183000Z
SUMMARY:Simulacro de entrevista MSL (role-play visita médica) – Elena Sáez coaching
ORGANIZER;CN=Elena Sáez:mailto:elena@saezcoaching.es
ATTENDEE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
DESCRIPTION:Sesión 3 de 4. Hacemos una entrevista completa como si fuera la de Almirall/Faes\, con preguntas por competencias\, y luego feedback grabado.\nhttps://us06web.zoom.us/j/88120045591
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar-entrevistas",
        uid="webinar-sefh-salidas-2025-03@sefh.es",
        iv=0,
        trap="webinar-about-interviewing-for-industry",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications//Webinar//EN
VERSION:2.0
BEGIN:VEVENT
UID:webinar-sefh-salidas-2025-03@sefh.es
DTSTAMP:20250301T100000Z
DTSTART:20250312T170000Z
DTEND:20250312T183000Z
SUMMARY:Webinar: Cómo superar la entrevista para Medical Affairs y MSL
ORGANIZER;CN=Medical Affairs Academy:mailto:webinars@medicalaffairsacademy.es
DESCRIPTION:Gracias por registrarte. Ponentes: dos MSL senior y una headhunter de Life Sciences. Temas: entrevista por competencias\, role-play con KOL\, assessment center\, preguntas de salario.\nEnlace al webinar: https://us02web.zoom.us/w/84410023377
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="press-interview",
        uid="levante-emv-entrevista-0624@levante-emv.com",
        iv=0,
        trap="press-interview-user-as-expert",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:levante-emv-entrevista-0624@levante-emv.com
DTSTAMP:20250619T120000Z
DTSTART:20250624T080000Z
DTEND:20250624T083000Z
SUMMARY:Entrevista Levante-EMV: medicamentos y ola de calor
ORGANIZER;CN=Paula Monzó:mailto:pmonzo@levante-emv.com
ATTENDEE;CN=martallorens@telefonica.net;RSVP=TRUE:mailto:martallorens@telefonica.net
DESCRIPTION:Hola Marta\, gracias por atenderme. Pieza para el suplemento de salud: cómo conservar medicamentos con calor\, consejos a mayores. Pasaré por la farmacia con el fotógrafo.
LOCATION:Farmacia Russafa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="radio-entrevista",
        uid="F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8",
        iv=0,
        trap="radio-interview-valencian",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
BEGIN:VEVENT
UID:F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8
DTSTAMP:20250701T090000Z
DTSTART;TZID=Europe/Madrid:20250703T121000
DTEND;TZID=Europe/Madrid:20250703T122500
SUMMARY:À Punt Ràdio – entrevista en directe (protecció solar)
DESCRIPTION:em criden al fix de la farmàcia a les 12:10. Parlar de FPS\, xiquets\, caducitat dels protectors
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast",
        uid="riverside-farmaciaconf-ep42@riverside.fm",
        iv=0,
        trap="podcast-recording-guest",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Studio//EN
VERSION:2.0
BEGIN:VEVENT
UID:riverside-farmaciaconf-ep42@riverside.fm
DTSTAMP:20250404T100000Z
DTSTART:20250409T180000Z
DTEND:20250409T190000Z
SUMMARY:Grabación podcast «Farmacia con F» – ep. 42 (invitada: Marta Llorens)
ORGANIZER;CN=Álex Roca:mailto:alex@farmaciaconf.com
ATTENDEE;CN=Marta Llorens:mailto:martallorens@telefonica.net
DESCRIPTION:Charla sobre SPD y adherencia en la farmacia de barrio. Studio link: https://riverside.fm/studio/farmacia-con-f\nUsa auriculares con cable.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="research-interview",
        uid="uv-tesis-entrevista-farm-17@uv.es",
        iv=0,
        trap="research-interview-doctoral-thesis",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:uv-tesis-entrevista-farm-17@uv.es
DTSTAMP:20250305T100000Z
DTSTART;TZID=Europe/Madrid:20250311T150000
DTEND;TZID=Europe/Madrid:20250311T160000
SUMMARY:Entrevista semiestructurada – estudio cualitativo atención farmacéutica (participante 17)
ORGANIZER;CN=Júlia Ferrando:mailto:julia.ferrando@uv.es
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Gracias por participar en el estudio de mi tesis doctoral (Dpto. Farmacia y Tecnología Farmacéutica\, UV). La entrevista se grabará en audio con tu consentimiento. Duración aprox. 45-60 min.
LOCATION:Farmacia Russafa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="user-research",
        uid="ux-nixfarma-sesion-0228@hiberus.com",
        iv=0,
        trap="software-user-research-session",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ux-nixfarma-sesion-0228@hiberus.com
DTSTAMP:20250220T100000Z
DTSTART;TZID=Europe/Madrid:20250228T143000
DTEND;TZID=Europe/Madrid:20250228T151500
SUMMARY:Entrevista con usuarios – nuevo módulo de receta electrónica
ORGANIZER;CN=Equipo UX:mailto:ux-research@hiberus.com
ATTENDEE;CN=Marta Llorens:mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Te compartiremos un prototipo y te pediremos que pienses en voz alta. Recibirás una tarjeta regalo de 40 € por tu tiempo.\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VVhS%40thread.v2/0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="evaluacion-anual",
        uid="040000008200E00074C5B7101A82E00800000000118FR0030",
        iv=0,
        trap="own-annual-appraisal-current-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0030
DTSTAMP:20250113T090000Z
DTSTART;TZID=Europe/Madrid:20250117T141500
DTEND;TZID=Europe/Madrid:20250117T150000
SUMMARY:Entrevista anual Marta – objectius 2025
ORGANIZER;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
ATTENDEE;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Revisem l'any: SPD\, formació de l'equip\, horaris. I parlem de la revisió de sou.
LOCATION:Despatx
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-call",
        uid="3b5d7f9h1j3l5n7p9r1t3v5x7z@google.com",
        iv=0,
        trap="reference-call-user-as-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20250318T130000Z
DTEND:20250318T131500Z
DTSTAMP:20250317T090000Z
UID:3b5d7f9h1j3l5n7p9r1t3v5x7z@google.com
SUMMARY:Llamada referencias Pau Ortiz (ex-aux.) – me llama Farmacia Benimaclet
DESCRIPTION:Pau puso mi nombre como referencia. Hablar bien de él: puntual\, muy bueno con SPD
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruiter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000118FR0032",
        iv=0,
        trap="headhunter-call-confidential-client-unnamed",
        ics=r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Moreno, Javier":mailto:javier.moreno@kornferry.com
ATTENDEE;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
UID:040000008200E00074C5B7101A82E00800000000118FR0032
SUMMARY;LANGUAGE=es-ES:Marta Llorens – conversación
DESCRIPTION;LANGUAGE=es-ES:Marta\, encantado de hablar contigo. Trabajo varias posiciones confidenciales en Medical y Quality para laboratorios multinacionales en España; me gustaría conocer tu perfil e intereses para futuras oportunidades.\nJavier Moreno – Korn Ferry\n
DTSTART:20250402T163000Z
DTEND:20250402T170000Z
DTSTAMP:20250328T100000Z
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="careers-fair",
        uid="foro-empleo-farmacia-uv-2025@uv.es",
        iv=0,
        trap="careers-fair-faculty-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
DTSTAMP:20250301T100000Z
UID:foro-empleo-farmacia-uv-2025@uv.es
SUMMARY:Foro de Empleo Facultat de Farmàcia UV (stands labs + minientrevistas)
DESCRIPTION:llevar 10 CVs. Stands: Grifols\, Cinfa\, Normon\, Quirón\, ETTs. Charla 12h «La entrevista en la industria»
LOCATION:Facultat de Farmàcia\, Burjassot
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="taller-colegio",
        uid="micof-taller-entrevista-0520@micof.es",
        iv=0,
        trap="workshop-on-job-interviews-professional-college",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//MICOF//Agenda//ES
VERSION:2.0
BEGIN:VEVENT
UID:micof-taller-entrevista-0520@micof.es
DTSTAMP:20250501T100000Z
DTSTART;TZID=Europe/Madrid:20250520T190000
DTEND;TZID=Europe/Madrid:20250520T210000
SUMMARY:Taller MICOF: CV y entrevista de trabajo para farmacéuticos (salidas en industria)
DESCRIPTION:Inscripción confirmada. Aula 2. Ponente: consultora de RRHH especializada en sector salud.
LOCATION:MICOF\, Conde de Montornés 7
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="visita-delegado",
        uid="7e9g1i3k5m7o9q1s3u5w7y9a1c@google.com",
        iv=0,
        trap="lab-sales-rep-visit-names-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250409T103000
DTEND;TZID=Europe/Madrid:20250409T110000
DTSTAMP:20250401T100000Z
UID:7e9g1i3k5m7o9q1s3u5w7y9a1c@google.com
SUMMARY:Visita delegado Cinfa (Rubén) – transfer + condiciones
DESCRIPTION:pedido transfer genéricos\, expositor solares\, formación equipo
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="turno-recurrente",
        uid="A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D",
        iv=0,
        trap="recurring-shift-with-override",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.4//EN
BEGIN:VEVENT
UID:A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D
DTSTAMP:20250105T100000Z
DTSTART;TZID=Europe/Madrid:20250107T163000
DTEND;TZID=Europe/Madrid:20250107T210000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
SUMMARY:Turno tarde farmacia
END:VEVENT
BEGIN:VEVENT
UID:A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D
DTSTAMP:20250320T100000Z
RECURRENCE-ID;TZID=Europe/Madrid:20250325T163000
DTSTART;TZID=Europe/Madrid:20250325T090000
DTEND;TZID=Europe/Madrid:20250325T140000
SUMMARY:Turno tarde farmacia (cambiado a mañana – Fachinterview!)
DESCRIPTION:cambio con Inma
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reunion-equipo",
        uid="040000008200E00074C5B7101A82E00800000000118FR0037",
        iv=0,
        trap="recurring-team-meeting-with-cancelled-instance",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0037
DTSTAMP:20250102T090000Z
DTSTART;TZID=Europe/Madrid:20250108T140000
DTEND;TZID=Europe/Madrid:20250108T143000
RRULE:FREQ=MONTHLY;BYDAY=2WE
SUMMARY:Reunió equip Farmàcia Russafa
ORGANIZER;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
ATTENDEE;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
ATTENDEE;CN=Inma Soriano:mailto:i.soriano@farmacia-russafa.es
ATTENDEE;CN=Pepa Ruiz:mailto:p.ruiz@farmacia-russafa.es
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0037
DTSTAMP:20250405T090000Z
RECURRENCE-ID;TZID=Europe/Madrid:20250409T140000
DTSTART;TZID=Europe/Madrid:20250409T140000
DTEND;TZID=Europe/Madrid:20250409T143000
SUMMARY:Reunió equip Farmàcia Russafa
STATUS:CANCELLED
ORGANIZER;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-sft",
        uid="1c3e5g7i9k1m3o5q7s9u1w3y5a@google.com",
        iv=0,
        trap="pharmaceutical-care-patient-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T113000
DTEND;TZID=Europe/Madrid:20250415T121500
DTSTAMP:20250410T100000Z
UID:1c3e5g7i9k1m3o5q7s9u1w3y5a@google.com
SUMMARY:Entrevista SFT – Sr. Ramón (polimedicado\, 11 fármacos)
DESCRIPTION:primera entrevista de seguimiento farmacoterapéutico (Dáder). Que traiga la bolsa con todos los medicamentos + informe del MAP
LOCATION:Zona de atención personalizada
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="formacion-colegio",
        uid="micof-formacion-fm-0312@micof.es",
        iv=0,
        trap="professional-training-course",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//MICOF//Agenda//ES
VERSION:2.0
BEGIN:VEVENT
UID:micof-formacion-fm-0312@micof.es
DTSTAMP:20250220T100000Z
DTSTART;TZID=Europe/Madrid:20250319T160000
DTEND;TZID=Europe/Madrid:20250319T200000
SUMMARY:Curso formulación magistral pediátrica (módulo 2)
LOCATION:MICOF – Laboratorio de formación
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="inspeccion",
        uid="B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
        iv=0,
        trap="health-inspection-at-pharmacy",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
BEGIN:VEVENT
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
DTSTAMP:20250510T100000Z
DTSTART;TZID=Europe/Madrid:20250514T100000
DTEND;TZID=Europe/Madrid:20250514T120000
SUMMARY:Inspección Conselleria (estupefacientes + temperatura nevera)
DESCRIPTION:libro recetario al día\, registros de nevera\, devoluciones SIGRE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="inventario",
        uid="5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com",
        iv=0,
        trap="all-day-inventory",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250630
DTEND;VALUE=DATE:20250701
DTSTAMP:20250601T100000Z
UID:5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com
SUMMARY:Inventario semestral farmacia
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
