"""holdout130 negatives around the job search and private life: mock interviews, webinars and classes on
interviewing (ES/EN/FR/DE), prep blocks, informational chats, a job fair, a recruiter naming no employer,
doctor, IESS, school, colegio, bank and visa appointments."""

from holdout130ev_ics import CALENDLY, GOOGLE, IOS, OUTLOOK, cal, item

H = "ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com"

EVENTS = [
    item("mock-mentor-es", cal(r"""
        UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
        DTSTART;TZID=America/Guayaquil:20251110T190000
        DTEND;TZID=America/Guayaquil:20251110T200000
        SUMMARY:Simulacro de entrevista con Diego (mentor) - preparar Epicentro
        DESCRIPTION:Diego hace de reclutador. Practicar pitch en inglés y preguntas STAR.
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="mock-hand-es"),

    item("mock-coach-en", cal(rf"""
        UID:calendly-coach-2e4f6a8c-0b1d-4f3a-9c5e-7a9b1c3d5e7f
        DTSTART:20251124T233000Z
        DTEND:20251125T003000Z
        SUMMARY:Mock Interview (60 min) between Karen Liu and Paula Andrade
        DESCRIPTION:Event Type: Mock Interview - Global Health careers\nInvitee: Paula Andrade\nQuestions: Target
        | role: M&E Specialist at an international NGO. Please focus on competency-based questions.\n\nLocation:
        | Zoom (link in confirmation email)\n\nPowered by Calendly.com
        ORGANIZER;CN=Karen Liu:mailto:karen@globalhealthcareercoach.com
        {H}
        """, CALENDLY), 0, trap="mock-career-coach-en"),

    item("webinar-competencias-es", cal(rf"""
        UID:zoom-webinar-88102233445-paula
        DTSTART;TZID=America/Bogota:20251108T100000
        DTEND;TZID=America/Bogota:20251108T113000
        SUMMARY:Webinar: Cómo prepararse para una entrevista por competencias en organismos internacionales
        DESCRIPTION:Hola Paula Andrade\,\n\nGracias por inscribirse en el webinar. Puede unirse desde un PC\, Mac\,
        | iPad o dispositivo Android:\nhttps://us02web.zoom.us/w/88102233445?tk=abc\n\nOrganiza: Red de Egresados
        | en Salud Pública Andina
        ORGANIZER;CN=Red de Egresados SP Andina:mailto:no-reply@zoom.us
        {H}
        """, GOOGLE, tz=("bog",)), 0, trap="webinar-interviewing-es"),

    item("webinar-un-en", cal(r"""
        UID:ev-webinar-3391-ace-your-un-interview@devcareers.net
        DTSTART:20251118T170000Z
        DTEND:20251118T180000Z
        SUMMARY:Live class: Ace your UN competency-based interview
        DESCRIPTION:Join trainer Mark Holloway for a live class on the CBI format used by UN agencies\, with
        | example answers and a Q&A. Link: https://devcareers.net/live/3391
        ORGANIZER;CN=DevCareers:mailto:events@devcareers.net
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        """, GOOGLE), 0, trap="class-about-interviewing-en"),

    item("webinaire-fr", cal(r"""
        UID:webinaire-2025-11-sante-mondiale-entretien@reseau-sante-mondiale.org
        DTSTART;TZID=Europe/Zurich:20251126T170000
        DTEND;TZID=Europe/Zurich:20251126T183000
        SUMMARY:Webinaire : Réussir son entretien dans une ONG de santé mondiale
        DESCRIPTION:Au programme : préparer l'entretien structuré\, l'exercice écrit et la mise en situation.
        | Intervenante : Sophie Marchand\, ancienne RH humanitaire. Lien Zoom envoyé la veille.
        ORGANIZER;CN=Réseau Santé Mondiale:mailto:webinaires@reseau-sante-mondiale.org
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        """, GOOGLE, tz=("zrh",)), 0, trap="webinar-interviewing-fr"),

    item("online-seminar-de", cal(r"""
        UID:os-2025-12-03-bewerbung-io@entwicklungskarriere.de
        DTSTART;TZID=Europe/Berlin:20251203T150000
        DTEND;TZID=Europe/Berlin:20251203T163000
        SUMMARY:Online-Seminar: Das Vorstellungsgespräch bei internationalen Organisationen (auf Englisch)
        DESCRIPTION:Vielen Dank für Ihre Anmeldung! Referentin: Dr. Katrin Hoppe. Zugangslink:
        | https://entwicklungskarriere.de/live/vg-io
        ORGANIZER;CN=Entwicklungskarriere:mailto:seminare@entwicklungskarriere.de
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        """, GOOGLE, tz=("ber",)), 0, trap="seminar-interviewing-de"),

    item("prep-block-es", cal(r"""
        UID:3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com
        DTSTART;TZID=America/Guayaquil:20251203T120000
        DTEND;TZID=America/Guayaquil:20251203T140000
        SUMMARY:Preparar entrevista Sentinel (caso vigilancia sindrómica)
        DESCRIPTION:repasar CUSUM\, EARS\, sesgos. no agendar nada.
        TRANSP:OPAQUE
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="prep-block-names-company-es"),

    item("coffee-chat-es", cal(r"""
        UID:5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com
        DTSTART;TZID=America/Guayaquil:20251115T100000
        DTEND;TZID=America/Guayaquil:20251115T110000
        SUMMARY:Café con María José (ex-OPS) - charla informativa sobre consultorías
        LOCATION:Juan Valdez - La Carolina
        DESCRIPTION:no es entrevista\, solo preguntarle cómo entró a consultorías regionales y contactos en CROs
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="informational-coffee-es"),

    item("coffee-chat-en", cal(r"""
        UID:7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com
        DTSTART:20251112T220000Z
        DTEND:20251112T223000Z
        ORGANIZER;CN=Ben Carter:mailto:ben.carter@meridianbiostat.com
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        SUMMARY:Informational chat - Paula / Ben (careers in RWE)
        DESCRIPTION:Happy to share how I moved from public health into real-world evidence at Meridian. Not
        | connected to any open role - just a chat!
        """, GOOGLE), 0, trap="informational-chat-en"),

    item("job-fair-es", cal(r"""
        UID:feria-laboral-salud-2025-asistente-88121@ferialaboralsalud.ec
        DTSTART;VALUE=DATE:20251129
        DTEND;VALUE=DATE:20251130
        SUMMARY:Feria Laboral Virtual de Salud Pública 2025
        DESCRIPTION:Más de 40 empleadores (ONG\, universidades\, CROs). Sube tu CV y visita los stands
        | virtuales. Entrevistas rápidas con reclutadores en el salón virtual.
        ORGANIZER;CN=Feria Laboral Salud:mailto:info@ferialaboralsalud.ec
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        """, GOOGLE), 0, trap="job-fair-es"),

    item("headhunter-noemployer-es", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000FF00EE11DD22
        SUMMARY:Llamada Paula Andrade - oportunidad confidencial Gerente Médico / Epidemiología
        DTSTART;TZID=SA Pacific Standard Time:20251107T170000
        DTEND;TZID=SA Pacific Standard Time:20251107T173000
        DESCRIPTION:Paula\, gracias por tu tiempo. Te cuento sobre una búsqueda confidencial para una empresa
        | multinacional del sector salud (no puedo revelar el nombre todavía). Te llamo al celular.\n\nRicardo
        | Benalcázar\nSocio | Andes Talent Partners
        ORGANIZER;CN="Benalcázar, Ricardo":mailto:rbenalcazar@andestalent.com
        ATTENDEE;CN=paula.andrade.epi@hotmail.com:mailto:paula.andrade.epi@hotmail.com
        """, OUTLOOK, tz=("sapac",)), 0, trap="recruiter-no-employer-es"),

    item("medico-es", cal(r"""
        UID:9j1l3n5p7r9t1v3x5z7b9d1f3h@google.com
        DTSTART;TZID=America/Guayaquil:20251106T071500
        DTEND;TZID=America/Guayaquil:20251106T080000
        SUMMARY:médico - Dra. Salazar (control tiroides)
        LOCATION:Torre Médica 2\, consultorio 503
        """, IOS, method=None, tz=("gye",)), 0, trap="doctor-es"),

    item("iess-es", cal(r"""
        UID:1l3n5p7r9t1v3x5z7b9d1f3h5j@google.com
        DTSTART;TZID=America/Guayaquil:20251125T104000
        DTEND;TZID=America/Guayaquil:20251125T110000
        SUMMARY:IESS cita odontología
        DESCRIPTION:Hospital Carlos Andrade Marín - consulta externa. Llevar cédula. Turno 14.
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="iess-appointment-es"),

    item("colegio-es", cal(r"""
        UID:3n5p7r9t1v3x5z7b9d1f3h5j7l@google.com
        DTSTART;TZID=America/Guayaquil:20251128T073000
        DTEND;TZID=America/Guayaquil:20251128T083000
        SUMMARY:colegio - reunión con tutora de Emilia
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="school-meeting-es"),

    item("visa-consular-es", cal(r"""
        UID:0A1B2C3D-VISA-4E5F-9A8B-7C6D5E4F3A2B
        DTSTART;TZID=America/Guayaquil:20251204T073000
        DTEND;TZID=America/Guayaquil:20251204T093000
        SUMMARY:Entrevista consular visa B1/B2 - Embajada EEUU
        LOCATION:Av. Avigiras E12-170 y Av. Eloy Alfaro\, Quito
        DESCRIPTION:Llevar pasaporte\, DS-160\, confirmación de cita\, carta del trabajo (congreso CSTE Atlanta).
        """, IOS, method=None, tz=("gye",)), 0, trap="visa-interview-es"),

    item("banco-es", cal(r"""
        UID:5p7r9t1v3x5z7b9d1f3h5j7l9n@google.com
        DTSTART;TZID=America/Guayaquil:20251118T123000
        DTEND;TZID=America/Guayaquil:20251118T130000
        SUMMARY:banco - firmar crédito hipotecario (asesora Jimena)
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="bank-es"),

    item("webinar-genomica-es", cal(r"""
        UID:webinar-vigilancia-genomica-2025-11@redvigilancia.org
        DTSTART:20251120T150000Z
        DTEND:20251120T163000Z
        SUMMARY:Webinar: Vigilancia genómica de arbovirus en la región andina
        DESCRIPTION:Panelistas: Dra. Inés Valdivia\, Dr. Tomás Herrera. Transmisión por YouTube y Zoom.
        ORGANIZER;CN=Red Regional de Vigilancia:mailto:eventos@redvigilancia.org
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade@msp.gob.ec
        """, GOOGLE), 0, trap="webinar-es"),
]
