"""holdout11: Rafael's own interviews written in Spanish (and Portuguese-market Spanish/English mixes).

events() returns the specs; every one is a real interview of the user with an employer.
"""

from __future__ import annotations

from holdout11ev_boiler import A, me_p, me_w, meet, room, teams, webex, zoom
from holdout11ev_ics import Ev


def P(**kw: object) -> Ev:
    """Given Ev keywords, returns a positive spec."""
    return Ev(positive=True, **kw)  # type: ignore[arg-type]


def events() -> list[Ev]:
    """Returns the Spanish-language interview specs of holdout11."""
    return [
        P(kind="es-successfactors-screen", lang="es", producer="successfactors", tz="utc", day=1, start="09:30",
          summary="Entrevista telefónica – Jefe/a de Proyecto Ferroviario (Req. 48213)",
          description="Estimado Rafael:\n\nGracias por tu interés en Viatec Infraestructuras. Te confirmamos una "
          "primera entrevista telefónica con nuestro equipo de Selección para la posición de Jefe de Proyecto "
          "Ferroviario.\n\nTe llamará Marta Iglesias (Talent Acquisition) al número que indicaste en tu "
          "candidatura.\n\nDuración aproximada: 30 minutos.\n\nUn saludo,\nViatec Infraestructuras – Selección\n"
          "Este mensaje se ha generado automáticamente desde SAP SuccessFactors.",
          organizer=A("Viatec Infraestructuras Selección", "noreply@successfactors.eu"),
          attendees=[me_p(), A("Marta Iglesias", "marta.iglesias@viatec-infra.es")],
          company="Viatec Infraestructuras", role="Jefe de Proyecto Ferroviario", stage="recruiter_screen",
          trap="ats successfactors phone screen", minutes=30),
        P(kind="es-outlook-technical", lang="es", producer="outlook", tz="windows", day=4, start="16:00",
          summary="Entrevista técnica - Project Controls Manager - Hidrosur",
          description="Hola Rafael,\n\nComo hablamos, te envío la convocatoria para la entrevista técnica. "
          "Estaremos Álvaro (Director de Operaciones) y yo. Nos gustaría que nos contaras cómo planificaste y "
          "controlaste el coste en tu última obra (EVM, Primavera P6, certificaciones).\n\nSaludos,\nBeatriz\n\n"
          + teams("es", 11),
          organizer=A("Sanz Prieto, Beatriz", "bsanz@hidrosur-ingenieria.es"),
          attendees=[A("Moreno Gil, Álvaro", "amoreno@hidrosur-ingenieria.es"), me_p()],
          company="Hidrosur Ingeniería", role="Project Controls Manager", stage="technical",
          trap="outlook windows tz teams es", alt_html=True, minutes=60),
        P(kind="es-infojobs-screen", lang="es", producer="infojobs", tz="utc", day=2, start="12:00",
          summary="Entrevista con Constructora Pirineo",
          description="Constructora Pirineo te ha convocado a una entrevista para la oferta \"Jefe/a de Obra "
          "Edificación Industrial\".\n\nTipo: videollamada\nContacto: Noelia Campos, Técnica de RR. HH.\n\n"
          "Puedes gestionar la entrevista desde tu área de candidato en InfoJobs.",
          organizer=A("InfoJobs", "no-reply@infojobs.net"),
          attendees=[me_p(), A("Noelia Campos", "ncampos@constructorapirineo.com")],
          company="Constructora Pirineo", role="Jefe de Obra Edificación Industrial", stage="recruiter_screen",
          trap="infojobs ats name not company", minutes=30),
        P(kind="es-google-hm", lang="es", producer="google", tz="utc", day=7, start="18:30",
          summary="Rafael / Íñigo – Solenta Renovables",
          description="Charla con Íñigo Etxeberria, responsable de la dirección de construcción de parques "
          "solares, para la vacante de Construction Manager PV.\n\n" + meet("es", 3),
          organizer=A("Íñigo Etxeberria", "inigo.etxeberria@solenta.energy"),
          attendees=[A("Íñigo Etxeberria", "inigo.etxeberria@solenta.energy", partstat="ACCEPTED"), me_p()],
          company="Solenta Renovables", role="Construction Manager PV", stage="hiring_manager",
          trap="title-only names plus company", minutes=45),
        P(kind="es-founder-gmail", lang="es", producer="google", tz="utc", day=9, start="09:00",
          summary="Café y charla sobre el puesto de director de obra – Eólica Meseta",
          description="Rafael, como te comenté por teléfono: nos vemos en el Café Comercial y te cuento el "
          "proyecto del parque de Villacañas y el puesto de director de obra. Somos cuatro socios, así que esto "
          "es ya la entrevista con nosotros.\nUn abrazo,\nJulián\n\n" + meet("es", 5),
          organizer=A("Julián Herrero", "julianherrero.eolica@gmail.com"),
          attendees=[A("Julián Herrero", "julianherrero.eolica@gmail.com", partstat="ACCEPTED"), me_p()],
          location="Café Comercial, Glorieta de Bilbao 7, Madrid",
          company="Eólica Meseta", role="director de obra", stage="hiring_manager",
          trap="founder on gmail coffee that is an interview", minutes=60),
        P(kind="es-agency-client", lang="es", producer="outlook", tz="windows", day=11, start="11:00",
          summary="Entrevista cliente: Aguas del Jarama – Jefe de Proyecto EDAR",
          description="Hola Rafael:\n\nTe confirmo la entrevista con nuestro cliente Aguas del Jarama para la "
          "posición de Jefe de Proyecto EDAR. Te entrevistarán Ricardo Páez (Director Técnico) y Carmen Villa "
          "(RR. HH.) en sus oficinas.\n\nDirección: Calle de Santa Engracia 125, Madrid. Pregunta en recepción "
          "por Carmen.\n\nMucha suerte,\nLorena Quintana\nConsultora Senior – Talentia Selección",
          organizer=A("Quintana, Lorena", "lorena.quintana@talentia-seleccion.es"),
          attendees=[me_p(), A("Páez, Ricardo", "rpaez@aguasdeljarama.es"),
                     A("Villa, Carmen", "cvilla@aguasdeljarama.es")],
          no_iv=["lorena.quintana@talentia-seleccion.es"], location="Aguas del Jarama, Santa Engracia 125, Madrid",
          company="Aguas del Jarama", role="Jefe de Proyecto EDAR", stage="onsite",
          trap="agency naming employer", minutes=60),
        P(kind="es-public-tribunal", lang="es", producer="exchange", tz="owa", day=14, start="09:00",
          summary="Proceso selectivo 2026/14 – Entrevista personal ante la comisión de valoración",
          description="Se le convoca a la fase de entrevista personal del proceso selectivo para la cobertura "
          "de una plaza de Técnico/a Superior de Gestión de Proyectos (Ingeniería Civil) en el Consorcio Regional "
          "de Transportes del Henares.\n\nLugar: Sala de Juntas, planta 3ª, Paseo de la Castellana 280, "
          "Madrid.\nDebe presentar DNI original.\n\nComisión de valoración: D.ª Pilar Anguita (presidenta), "
          "D. Tomás Reyes (vocal), D.ª Ana Belén Ruiz (secretaria).",
          organizer=A("Recursos Humanos CRTH", "seleccion@crth.es"),
          attendees=[me_p(), A("Anguita Pérez, Pilar", "panguita@crth.es"), A("Reyes Lobo, Tomás", "treyes@crth.es"),
                     A("Ruiz Campos, Ana Belén", "abruiz@crth.es"),
                     room("Sala de Juntas P3", "sala.juntas.p3@crth.es")],
          no_iv=["seleccion@crth.es"], location="Sala de Juntas P3; Paseo de la Castellana 280, Madrid",
          company="Consorcio Regional de Transportes del Henares",
          role="Técnico Superior de Gestión de Proyectos", stage="final",
          trap="public body selection panel with room", minutes=40),
        P(kind="es-terse-private", lang="es", producer="ios", tz="floating", day=16, start="17:00",
          summary="2a entrevista Lusovia (Diego) - PM Metro Oporto",
          description="", organizer=A("", ""), attendees=[], location="Teams",
          company="Lusovia Engenharia", role="PM Metro Oporto", stage="hiring_manager",
          extra_iv=["Diego"], trap="terse hand-typed second round", minutes=60),
        P(kind="es-workday-panel", lang="es", producer="workday", tz="utc", day=18, start="10:00",
          summary="Entrevista panel: Responsable de Planificación y Control – Aerovía Gestión Aeroportuaria",
          description="Hola Rafael,\n\nTe invitamos a la entrevista con el panel para la vacante R-2026-0917 "
          "Responsable de Planificación y Control (Ampliación Terminal 2).\n\nAgenda:\n10:00 – 10:45 Sonia "
          "Cabrera, Directora de Programa\n10:45 – 11:30 Hugo Merino, Jefe de Costes\n11:30 – 12:00 Paula Navas, "
          "People Partner\n\nCoordinadora: Estela Ramos (no participa en la entrevista).\n\n" + teams("es", 21),
          organizer=A("Aerovía Talent", "aerovia@myworkday.com"),
          attendees=[me_p(), A("Sonia Cabrera", "sonia.cabrera@aerovia.aero"),
                     A("Hugo Merino", "hugo.merino@aerovia.aero"),
                     A("Paula Navas", "paula.navas@aerovia.aero"),
                     A("Estela Ramos", "estela.ramos@aerovia.aero", role="OPT-PARTICIPANT", coord=True)],
          company="Aerovía Gestión Aeroportuaria", role="Responsable de Planificación y Control", stage="onsite",
          trap="workday panel coordinator attends", minutes=120),
        P(kind="es-direct-site-visit", lang="es", producer="outlook", tz="windows", day=20, start="08:30",
          summary="Visita a obra + entrevista con Dirección – Variante de Aranjuez",
          description="Rafael, te espero en la caseta de obra del tramo 2. Trae EPIs (casco y botas). Después "
          "de la visita hablamos en la oficina con Fernando Lacalle, director de zona, sobre la jefatura de "
          "producción.\n\nSaludos,\nGonzalo Bravo\nJefe de Obra – Obras y Viales Tajo",
          organizer=A("Bravo, Gonzalo", "gbravo@ovtajo.es"),
          attendees=[me_p(), A("Lacalle, Fernando", "flacalle@ovtajo.es")],
          location="Caseta de obra tramo 2, M-305 km 4, Aranjuez",
          company="Obras y Viales Tajo", role="jefatura de producción", stage="onsite",
          trap="site visit as interview", minutes=180),
        P(kind="es-calendly-screen", lang="es", producer="calendly", tz="utc", day=22, start="13:00",
          summary="Entrevista inicial (30 min) entre Rafael Ortega y Clara Benavente",
          description="Evento: Entrevista inicial – Project Controls (Renovables)\nOrganizador: Clara Benavente, "
          "Talent Partner de Helios Ibérica\nInvitado: Rafael Ortega\n\nUbicación: Google Meet "
          "(se añadirá el enlace)\n\n¿Necesitas cambiar la cita? https://calendly.com/reschedulings/8d1a\n"
          "Powered by Calendly.com",
          organizer=A("Clara Benavente", "clara.benavente@heliosiberica.com"),
          attendees=[me_p(), A("Clara Benavente", "clara.benavente@heliosiberica.com", partstat="ACCEPTED")],
          company="Helios Ibérica", role="Project Controls", stage="recruiter_screen",
          trap="calendly booking recruiter screen", minutes=30),
        P(kind="es-final-director", lang="es", producer="outlook", tz="owa", day=25, start="12:30",
          summary="Reunión final con el Director General – Ingeniería Cardo",
          description="Buenos días Rafael,\n\nEnhorabuena por haber llegado a la última fase. Te confirmamos "
          "la reunión con nuestro Director General, D. Javier Cardo, en la sede de Alcobendas, para cerrar el "
          "proceso de Gerente de Proyectos Hidráulicos.\n\nAtentamente,\nSilvia Ocaña\nDepartamento de Personas",
          organizer=A("Ocaña, Silvia", "silvia.ocana@ingenieriacardo.es"),
          attendees=[me_p(), A("Cardo, Javier", "javier.cardo@ingenieriacardo.es"),
                     room("Despacho Dirección", "despacho.direccion@ingenieriacardo.es")],
          no_iv=["silvia.ocana@ingenieriacardo.es"],
          location="Avenida de Bruselas 38, Alcobendas",
          company="Ingeniería Cardo", role="Gerente de Proyectos Hidráulicos", stage="final",
          trap="final with ceo hr sender", minutes=45),
        P(kind="es-cancelled-screen", lang="es", producer="smartrecruiters", tz="utc", day=5, start="15:00",
          summary="Cancelada: Entrevista – Jefe de Planificación – Metalia Montajes",
          description="Tu entrevista con Metalia Montajes para el puesto Jefe de Planificación ha sido "
          "cancelada. Tu reclutador se pondrá en contacto contigo para proponer una nueva fecha.\n\n"
          "SmartRecruiters – en nombre de Metalia Montajes",
          organizer=A("Metalia Montajes vía SmartRecruiters", "notifications@smartrecruiters.com"),
          attendees=[me_p(), A("Jorge Landa", "jorge.landa@metalia.es")], cancelled=True,
          company="Metalia Montajes", role="Jefe de Planificación", stage="recruiter_screen",
          trap="cancelled ats interview", minutes=30),
        P(kind="es-zoom-tech-lisbon", lang="es", producer="zoom", tz="utc", city="lis", day=27, start="10:00",
          summary="Portavia – entrevista técnica (planificación de obra aeroportuaria)",
          description="Olá Rafael / Hola Rafael,\n\nEn la entrevista técnica estarán Rui Fontes (Head of "
          "Project Controls) y Marta Sequeira (Senior Planner). Prepara un ejemplo de curva S y de gestión "
          "de cambios.\n\n" + zoom("es", 7),
          organizer=A("Rui Fontes", "rui.fontes@portavia.pt"),
          attendees=[me_p(), A("Marta Sequeira", "marta.sequeira@portavia.pt")],
          company="Portavia", role="", stage="technical", trap="lisbon zoom mixed es/pt", minutes=60),
        P(kind="es-recurring-assessment", lang="es", producer="outlook", tz="windows", day=29, start="09:00",
          summary="Jornada de evaluación – Programa Gestores de Proyecto (Red Ferroviaria Central)",
          description="Dos jornadas de evaluación (caso práctico en grupo y entrevista individual con el "
          "tribunal). Mismo horario ambos días.\nResponsable del proceso: Daniel Fuster.",
          organizer=A("Fuster, Daniel", "dfuster@redferroviariacentral.es"),
          attendees=[me_p()], rrule="FREQ=WEEKLY;COUNT=2",
          no_iv=["dfuster@redferroviariacentral.es"], override="Jornada de evaluación (2/2) – entrevista "
          "individual – Red Ferroviaria Central", location="Calle Hiedra 9, Madrid – Aula 4",
          company="Red Ferroviaria Central", role="Gestor de Proyecto", stage="onsite",
          trap="recurring assessment with override", minutes=420),
        P(kind="es-google-export-hand", lang="es", producer="gexport", tz="xwr", day=31, start="19:00",
          summary="Llamada Carlos Ruiz (Grupo Tecnimar) – puesto de PM offshore",
          description="Me llama él. Es el director de proyectos; ya pasé la de RR. HH.",
          organizer=A("", ""), attendees=[], company="Grupo Tecnimar", role="PM offshore",
          stage="hiring_manager", extra_iv=["Carlos Ruiz"], trap="private note of own interview", minutes=30),
        P(kind="es-internal-transfer", lang="es", producer="outlook", tz="windows", day=33, start="13:00",
          summary="Entrevista – vacante interna Jefe de Proyecto (División Energía)",
          description="Rafael, como sabes has pasado a la siguiente fase para la vacante interna de Jefe de "
          "Proyecto en la División Energía. Te entrevistaremos Rosa Medina (Directora División Energía) y yo.\n"
          "Un saludo,\nPatricia – Personas y Talento\n\n" + teams("es", 33),
          organizer=A("Lozano, Patricia", "plozano@grupo-alvarez.es"),
          attendees=[me_w("NEEDS-ACTION"), A("Medina, Rosa", "rmedina@grupo-alvarez.es")],
          company="Grupo Álvarez Construcción", role="Jefe de Proyecto (División Energía)", stage="hiring_manager",
          trap="internal transfer at own employer", minutes=45),
        P(kind="es-webex-rrhh", lang="es", producer="webex", tz="utc", day=36, start="11:30",
          summary="Entrevista RR. HH. – Técnico de Control de Proyectos – Sistemas Eléctricos Tramontana",
          description="Primera entrevista con Recursos Humanos (Lucía Ferrer).\n\n" + webex("es", 12),
          organizer=A("Lucía Ferrer", "lferrer@tramontana-se.com"), attendees=[me_p()],
          company="Sistemas Eléctricos Tramontana", role="Técnico de Control de Proyectos",
          stage="recruiter_screen", trap="webex es hr", minutes=30),
        P(kind="es-rescheduled", lang="es", producer="outlook", tz="windows", day=38, start="17:30", sequence=2,
          summary="NUEVA HORA: entrevista con Hormigones Duero – Jefe de Producción",
          description="Rafael, movemos la entrevista a las 17:30 por un imprevisto en obra. Disculpa las "
          "molestias.\nEnrique Sastre, Director de Producción",
          organizer=A("Sastre, Enrique", "esastre@hormigonesduero.com"), attendees=[me_p()],
          company="Hormigones Duero", role="Jefe de Producción", stage="hiring_manager",
          trap="rescheduled sequence", minutes=45),
        P(kind="es-allday-assessment", lang="es", producer="apple", tz="allday", day=40,
          summary="Assessment center Tecnoaqua (todo el día) – Madrid", description="Llevar portátil. Caso de "
          "planificación + entrevistas. Pregunta por Irene Sola.",
          organizer=A("", ""), attendees=[], location="Tecnoaqua, Calle Orense 11, Madrid",
          company="Tecnoaqua", role="", stage="onsite", trap="all-day private assessment centre", minutes=1440),
        P(kind="es-personio-interview", lang="es", producer="personio", tz="utc", day=42, start="10:30",
          summary="Entrevista: Rafael Ortega – Senior Project Manager Hidrógeno",
          description="Hola Rafael,\n\nte invitamos a una entrevista para el puesto Senior Project Manager "
          "Hidrógeno en H2 Castilla. Participantes: Mario Gallardo (CTO).\n\n" + meet("es", 8),
          organizer=A("H2 Castilla Recruiting", "noreply@personio.de"),
          attendees=[me_p(), A("Mario Gallardo", "mario.gallardo@h2castilla.com")],
          company="H2 Castilla", role="Senior Project Manager Hidrógeno", stage="technical",
          trap="personio invite names cto", minutes=60),
        P(kind="es-work-address-invite", lang="es", producer="google", tz="utc", day=44, start="08:00",
          summary="Entrevista Rafael Ortega – Director de Obra – Constructora Levantina",
          description="Gracias por tu tiempo, Rafael. Te mando la invitación al correo que usaste en LinkedIn.\n"
          "Nos vemos en videollamada con Amparo Vidal (Directora Técnica).\n\n" + meet("es", 14),
          organizer=A("Amparo Vidal", "avidal@constructoralevantina.es"),
          attendees=[me_w("NEEDS-ACTION"), A("Amparo Vidal", "avidal@constructoralevantina.es", partstat="ACCEPTED")],
          company="Constructora Levantina", role="Director de Obra", stage="technical",
          trap="invite to work address from other employer", minutes=45),
        P(kind="es-headhunter-client-named", lang="es", producer="teams", tz="windows", day=46, start="18:00",
          summary="Presentación a cliente (Grupo Navarra Infraestructuras) – con Mikel",
          description="Rafael, esta es la entrevista con el cliente, Grupo Navarra Infraestructuras, para la "
          "posición de Director de Control de Proyectos. Te entrevista Mikel Arregi, su Director de "
          "Operaciones. Yo me conecto solo al principio para presentaros.\nJavier (Korn Partners)\n\n"
          + teams("es", 46),
          organizer=A("Javier Lasa", "jlasa@kornpartners.es"),
          attendees=[me_p(), A("Mikel Arregi", "marregi@navarrainfra.com")],
          no_iv=["jlasa@kornpartners.es"],
          company="Grupo Navarra Infraestructuras", role="Director de Control de Proyectos",
          stage="hiring_manager", trap="headhunter presenting to client", minutes=60),
        P(kind="es-phone-brief", lang="es", producer="outlook", tz="windows_bare", day=48, start="09:15",
          summary="Llamada selección Rail Ibérica", description="Te llamaremos al 6XX XXX X41. — Ana Soler, "
          "Talent Acquisition, Rail Ibérica",
          organizer=A("Soler, Ana", "ana.soler@railiberica.com"), attendees=[me_p()],
          company="Rail Ibérica", role="", stage="recruiter_screen", trap="windows tz without vtimezone terse",
          minutes=20),
    ]
