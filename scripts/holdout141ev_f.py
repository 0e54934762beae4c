# ruff: noqa: E501
"""holdout141 events, part f: Marta on the HIRING side at Farmacia Russafa (all negatives)."""

EVENTS = [
    dict(
        kind="entrevista-auxiliar",
        uid="040000008200E00074C5B7101A82E00800000000118FR0001",
        iv=0,
        trap="user-as-interviewer-candidate-on-gmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0001
DTSTAMP:20250203T123000Z
DTSTART;TZID=Europe/Madrid:20250205T150000
DTEND;TZID=Europe/Madrid:20250205T153000
SUMMARY:Entrevista – Lucía Martínez (aux. farmacia)
ORGANIZER;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
ATTENDEE;CN=Lucía Martínez;RSVP=TRUE:mailto:luciamtz.98@gmail.com
LOCATION:Farmacia Russafa – C/ Sueca 27 (rebotica)
DESCRIPTION:Hola Lucía\, te esperamos el miércoles a las 15:00 en la farmacia. Pregunta por Marta. Trae el CV impreso y el título de Técnico en Farmacia y Parafarmacia.\nUn saludo\,\nMarta Llorens\nFarmacéutica adjunta – Farmacia Russafa
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000118FR0002",
        iv=0,
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Sergio Blasco:mailto:sergioblasco_tfp@hotmail.com
COMMENT;LANGUAGE=es-ES:Perfecto\, allí estaré. Gracias!\n
UID:040000008200E00074C5B7101A82E00800000000118FR0002
SUMMARY;LANGUAGE=es-ES:Aceptado: Entrevista técnico/a farmacia – Farmacia Russafa
DTSTART;TZID=Romance Standard Time:20250206T133000
DTEND;TZID=Romance Standard Time:20250206T140000
DTSTAMP:20250204T201144Z
ORGANIZER;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Farmacia Russafa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="turno-prueba",
        uid="B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E",
        iv=0,
        trap="user-as-interviewer-trial-shift-she-supervises",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E
DTSTAMP:20250207T100000Z
DTSTART;TZID=Europe/Madrid:20250211T163000
DTEND;TZID=Europe/Madrid:20250211T203000
SUMMARY:Turno de prueba Sergio (TFP) – conmigo en mostrador
DESCRIPTION:ver cómo dispensa receta electrónica\, trato con la gente mayor\, Farmatic. Decirle a Vicent antes del viernes
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sit-in-owner",
        uid="040000008200E00074C5B7101A82E00800000000118FR0004",
        iv=0,
        trap="user-as-interviewer-owner-asks-her-to-sit-in-valencian",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0004
DTSTAMP:20250512T080000Z
DTSTART;TZID=Europe/Madrid:20250515T140000
DTEND;TZID=Europe/Madrid:20250515T160000
SUMMARY:Entrevistes auxiliars estiu
ORGANIZER;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
ATTENDEE;CN="Llorens, Marta";RSVP=TRUE:mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Marta\, t'incorpore a les entrevistes de dijous per a la substitució d'estiu (tres candidates\, 30 min cadascuna). Tu fes les preguntes de dispensació i SPD\, jo la part de contracte i horaris. Vicent
LOCATION:Despatx farmàcia
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="calendly-5e6f7a8b-host-farmaciarussafa@calendly.com",
        iv=0,
        trap="user-as-interviewer-calendly-host",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-5e6f7a8b-host-farmaciarussafa@calendly.com
DTSTAMP:20250508T190000Z
DTSTART:20250513T124500Z
DTEND:20250513T130000Z
SUMMARY:Andrea Pons and Marta Llorens
ORGANIZER;CN=Marta Llorens:mailto:m.llorens@farmacia-russafa.es
ATTENDEE;CN=Andrea Pons;PARTSTAT=ACCEPTED:mailto:andreapons2003@gmail.com
DESCRIPTION:A new event has been scheduled.\n\nEvent Type: Entrevista auxiliar de farmacia – verano (15 min)\nInvitee: Andrea Pons\nInvitee Email: andreapons2003@gmail.com\nQuestions: ¿Tienes el título de TFP? → Sí\, acabo FCT en junio\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="valoracion-candidatas",
        uid="040000008200E00074C5B7101A82E00800000000118FR0006",
        iv=0,
        trap="user-as-interviewer-debrief-with-owner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0006
DTSTAMP:20250515T160500Z
DTSTART;TZID=Europe/Madrid:20250516T141500
DTEND;TZID=Europe/Madrid:20250516T144500
SUMMARY:Valoració candidates + decisió substitució estiu
ORGANIZER;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
ATTENDEE;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Posem en comú les notes d'ahir (Andrea\, Noelia\, Claudia) i decidim a qui truquem.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hoja-valoracion",
        uid="7r9t1y3u5i7o9p1a3s5d7f9g1h@google.com",
        iv=0,
        trap="user-as-interviewer-scorecard-task",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250207
DTEND;VALUE=DATE:20250208
DTSTAMP:20250502T071533Z
UID:7r9t1y3u5i7o9p1a3s5d7f9g1h@google.com
SUMMARY:Rellenar hojas de valoración candidatos técnico (Lucía\, Sergio\, Iván)
DESCRIPTION:puntuar 1-5: dispensación\, Farmatic\, atención al cliente\, disponibilidad. Pasar a Vicent
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="notas-candidata",
        uid="C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F",
        iv=0,
        trap="user-as-interviewer-hand-typed-candidate-notes",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
BEGIN:VEVENT
UID:C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F
DTSTAMP:20250519T090000Z
DTSTART:20250521T133000
DTEND:20250521T140000
SUMMARY:Noelia R. 2a entrevista
DESCRIPTION:ojo: disponibilidad tardes?? preguntar por Nixfarma vs Farmatic\, referencias Farmacia Malvarrosa. Salario convenio + plus idiomas?
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate",
        uid="adecco-presentacion-cand-447120@adecco.es",
        iv=0,
        trap="user-as-interviewer-agency-sends-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:adecco-presentacion-cand-447120@adecco.es
DTSTAMP:20250602T100000Z
DTSTART;TZID=Europe/Madrid:20250604T133000
DTEND;TZID=Europe/Madrid:20250604T140000
SUMMARY:Entrevista candidato Técnico en Farmacia – Adecco / Farmacia Russafa
ORGANIZER;CN="Tortosa, Clara":mailto:clara.tortosa@adecco.es
ATTENDEE;CN="Llorens, Marta";RSVP=TRUE:mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Hola Marta\, como acordamos\, te presentamos a Iván Cano para la cobertura de julio-agosto. Adjunto su CV (TFP\, 2 años en farmacia de Torrent). Irá a la farmacia a las 13:30. Después nos cuentas qué tal para cerrar el contrato de puesta a disposición.\nClara Tortosa – Adecco Healthcare València
LOCATION:Farmacia Russafa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="feedback-agency",
        uid="9s1d3f5g7h9j1k3l5z7x9c1v3b@google.com",
        iv=0,
        trap="user-as-interviewer-feedback-call-to-agency",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20250605T070000Z
DTEND:20250605T071500Z
DTSTAMP:20250604T180000Z
UID:9s1d3f5g7h9j1k3l5z7x9c1v3b@google.com
SUMMARY:Llamar a Clara (Adecco) – feedback Iván
DESCRIPTION:bien en mostrador\, flojo en formulación. OK para verano si Vicent dice sí
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="practicas-tuteladas",
        uid="040000008200E00074C5B7101A82E00800000000118FR0011",
        iv=0,
        trap="user-as-interviewer-pharmacy-student-placement-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0011
DTSTAMP:20250120T090000Z
DTSTART;TZID=Europe/Madrid:20250123T140000
DTEND;TZID=Europe/Madrid:20250123T143000
SUMMARY:Entrevista alumna prácticas tuteladas (UV) – Carla Gimeno
ORGANIZER;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
ATTENDEE;CN=Carla Gimeno;RSVP=TRUE:mailto:cargimal@alumni.uv.es
DESCRIPTION:Carla\, como tutora de prácticas tuteladas te propongo vernos antes de que elijas destino. Te enseño la farmacia y hablamos de horarios (6 meses\, a partir de marzo).
LOCATION:Farmacia Russafa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="fct-alumnos",
        uid="D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70",
        iv=0,
        trap="user-as-interviewer-vocational-students-selection",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70
DTSTAMP:20250225T210000Z
DTSTART;TZID=Europe/Madrid:20250304T130000
DTEND;TZID=Europe/Madrid:20250304T140000
SUMMARY:Alumnos FCT IES Joan de Garay – entrevistas (2)
DESCRIPTION:viene la tutora del centro (Pilar). elegimos 1 de los 2 para FCT abril-junio
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-host",
        uid="bookings-farmaciarussafa-3310-20250520@outlook.com",
        iv=0,
        trap="user-as-interviewer-bookings-staff-notification",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bookings-farmaciarussafa-3310-20250520@outlook.com
DTSTAMP:20250516T120000Z
DTSTART:20250520T130000Z
DTEND:20250520T132000Z
SUMMARY:Nueva reserva: Entrevista de selección con Claudia Esteve
ORGANIZER;CN=Farmacia Russafa Citas:mailto:citas@farmacia-russafa.es
ATTENDEE;CN="Llorens, Marta";RSVP=TRUE:mailto:m.llorens@farmacia-russafa.es
DESCRIPTION:Se ha reservado una cita.\nServicio: Entrevista de selección (20 min)\nCliente: Claudia Esteve – claudiaesteve_@hotmail.com – 6** *** 201\nPersonal asignado: Marta Llorens\nNotas del cliente: vengo por la oferta del cartel del escaparate
LOCATION:Farmacia Russafa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-sustituto",
        uid="040000008200E00074C5B7101A82E00800000000118FR0014",
        iv=0,
        trap="user-as-interviewer-pharmacist-substitute-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Héctor Sanz:mailto:hsanzfarma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
UID:040000008200E00074C5B7101A82E00800000000118FR0014
SUMMARY;LANGUAGE=es-ES:Entrevista farmacéutico/a sustituto/a (agosto) – Héctor Sanz
DESCRIPTION;LANGUAGE=es-ES:Hola Héctor\, hacemos la entrevista por Teams ya que estás en Castellón. Estaremos Vicent (titular) y yo.\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_RkFS%40thread.v2/0>\n
DTSTART;TZID=Romance Standard Time:20250609T151500
DTEND;TZID=Romance Standard Time:20250609T155500
DTSTAMP:20250604T114000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="llamada-infojobs",
        uid="8d0f2h4j6l8n0p2r4t6v8x0z2b@google.com",
        iv=0,
        trap="user-as-interviewer-phone-screen-of-applicant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20250128T141500Z
DTEND:20250128T143000Z
DTSTAMP:20250127T200000Z
UID:8d0f2h4j6l8n0p2r4t6v8x0z2b@google.com
SUMMARY:Llamar Lorena Vidal (InfoJobs aux. farmacia) – filtro telefónico
DESCRIPTION:oferta de la farmacia en InfoJobs. Preguntar: título\, experiencia\, horario tardes\, incorporación
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dia-prueba-candidata",
        uid="E6F7A8B9-C0D1-4E2F-A3B4-C5D6E7F8A9B0",
        iv=0,
        trap="user-as-interviewer-candidate-shadows-her",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
BEGIN:VEVENT
UID:E6F7A8B9-C0D1-4E2F-A3B4-C5D6E7F8A9B0
DTSTAMP:20250521T090000Z
DTSTART;TZID=Europe/Madrid:20250523T093000
DTEND;TZID=Europe/Madrid:20250523T133000
SUMMARY:Andrea P. – mañana de prueba (me acompaña)
DESCRIPTION:que vea recepción de pedido Cofares\, SPD y mostrador. Bata de la talla S en el almacén
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="guion-entrevista",
        uid="3a5c7e9g1i3k5m7o9q1s3u5w7y@google.com",
        iv=0,
        trap="user-as-interviewer-interview-kit-prep",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20250514T180000Z
DTEND:20250514T184500Z
DTSTAMP:20250513T100000Z
UID:3a5c7e9g1i3k5m7o9q1s3u5w7y@google.com
SUMMARY:Preparar guion preguntas entrevistas auxiliares (mañana)
DESCRIPTION:casos: receta de psicótropo sin visado\, cliente pide antibiótico sin receta\, caducidades\, cuadre de caja. Plantilla de valoración igual que en febrero
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="decision-contratacion",
        uid="040000008200E00074C5B7101A82E00800000000118FR0018",
        iv=0,
        trap="user-as-interviewer-hiring-decision-meeting",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0018
DTSTAMP:20250610T070000Z
DTSTART;TZID=Europe/Madrid:20250611T140000
DTEND;TZID=Europe/Madrid:20250611T143000
SUMMARY:Decisió contractació farmacèutic substitut agost
ORGANIZER;CN="Sanchis Peris, Vicent":mailto:v.sanchis@farmacia-russafa.es
ATTENDEE;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
ATTENDEE;CN=Gestoria Alapont;ROLE=OPT-PARTICIPANT:mailto:laboral@gestoria-alapont.es
DESCRIPTION:Héctor o la xica de Burjassot? Si decidim\, la gestoria prepara el contracte.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="second-candidate",
        uid="040000008200E00074C5B7101A82E00800000000118FR0019",
        iv=0,
        trap="user-as-interviewer-second-round-candidate-hotmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000118FR0019
DTSTAMP:20250519T090000Z
DTSTART;TZID=Europe/Madrid:20250521T133000
DTEND;TZID=Europe/Madrid:20250521T140000
SUMMARY:Segunda entrevista – Farmacia Russafa
ORGANIZER;CN="Llorens, Marta":mailto:m.llorens@farmacia-russafa.es
ATTENDEE;CN=Noelia Rubio;RSVP=TRUE:mailto:noe.rubio.g@hotmail.com
ATTENDEE;CN="Sanchis Peris, Vicent";ROLE=OPT-PARTICIPANT:mailto:v.sanchis@farmacia-russafa.es
DESCRIPTION:Hola Noelia\, gracias por venir la semana pasada. Nos gustaría verte otra vez\, esta vez con Vicent\, el titular. Unos 30 minutos.\nMarta
LOCATION:Farmacia Russafa\, C/ Sueca 27\, València
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tribunal-colegio",
        uid="micof-bolsa-2025-0412@micof.es",
        iv=0,
        trap="user-as-interviewer-panel-member-for-college-job-bank",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//MICOF//Agenda//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:micof-bolsa-2025-0412@micof.es
DTSTAMP:20250401T090000Z
DTSTART;TZID=Europe/Madrid:20250412T100000
DTEND;TZID=Europe/Madrid:20250412T133000
SUMMARY:Comisión de selección – técnico/a de formación MICOF (entrevistas a candidatos)
ORGANIZER;CN=Secretaría MICOF:mailto:secretaria@micof.es
ATTENDEE;CN=Marta Llorens;ROLE=REQ-PARTICIPANT:mailto:martallorens@telefonica.net
DESCRIPTION:Estimada colegiada\, le recordamos su participación como vocal de la comisión que entrevistará a los 5 candidatos preseleccionados para el puesto de técnico/a de formación del Colegio. Se entregará rúbrica de valoración.
LOCATION:MICOF\, C/ Conde de Montornés 7\, València
END:VEVENT
END:VCALENDAR
""",
    ),
]
