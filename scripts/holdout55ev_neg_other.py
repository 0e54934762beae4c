"""Other negatives: mocks, webinars, press, personal, internal, coffees, referee calls, prep (holdout55)."""

from __future__ import annotations

from holdout55ev_boiler import meet, teams, zoom
from holdout55ev_ics import APPLE, EXCHANGE, GOOGLE, ME_FREE, ME_NAME, ME_WORK, OUTLOOK, THUNDERBIRD
from holdout55ev_neg_side import neg

HC = "hotelescantabrico.com"
ME = (ME_FREE, ME_NAME)


def events() -> list[dict[str, object]]:
    return [
        neg("mock", "es", "impulsa-mock-0314@impulsacarrera.es", "Simulacro de entrevista – Director/a de Hotel",
            "20250314T180000", "20250314T190000", ("elena@impulsacarrera.es", "Elena Campos · Impulsa Carrera"),
            [("elena@impulsacarrera.es", "Elena Campos")],
            "Sesión 3 del programa de coaching: simulacro de entrevista con preguntas por competencias y feedback "
            "grabado.\n\n" + zoom("812 400 3391"), "Zoom", me=ME_FREE, trap="mock-coach-es"),
        neg("mock", "en", "0a9s8d7f6g5h4j3k2l1m@google.com", "Practice interview with Dave (GM questions)",
            "20250322T190000", "20250322T200000", ME, [("dave.kerr1979@gmail.com", "Dave Kerr")],
            "Dave plays the owner; run through the Marlow questions in English.", "FaceTime", me=None,
            trap="mock-friend-en"),
        neg("webinar", "es", "webinar-hostelpro-0320@hostelpro.es", "Webinar: Cómo preparar una entrevista para "
            "dirección hotelera", "20250320T170000", "20250320T180000", ("eventos@hostelpro.es", "HostelPro Formación"),
            [], "Gracias por inscribirte. Ponente: Ruth Ibarra, headhunter. Enlace de acceso:\n" + zoom("955 012 3388"),
            "Online", me=ME_FREE, trap="webinar-es"),
        neg("class", "es", "hc-curso-entrevistas-0326@hotelescantabrico.com", "Taller: técnicas de entrevista por "
            "competencias (mandos intermedios)", "20250326T093000", "20250326T133000", (f"formacion@{HC}",
                                                                                       "Formación Hoteles Cantábrico"),
            [(ME_WORK, "Álvaro Castillo"), (f"irene.gomez@{HC}", "Irene Gómez")],
            "Curso bonificado FUNDAE para responsables que seleccionan personal de temporada.", "Aula Puertochico",
            EXCHANGE, me=None, trap="class-interviewing-es"),
        neg("webinar", "en", "htl-ldr-webinar-88@hospitalityleaders.org", "Webinar – Nailing the General Manager "
            "interview", "20250402T160000Z", "20250402T170000Z", ("events@hospitalityleaders.org",
                                                                  "Hospitality Leaders Network"), [],
            "Join our panel of owners and headhunters.\n\n" + zoom("811 7730 2210", "en"), "Zoom", tzid=None,
            me=ME_FREE, trap="webinar-en"),
        neg("webinar", "de", "dehoga-webinar-0407@hotelverband-akademie.de", "Webinar: Bewerbungsgespräche auf "
            "Führungsebene", "20250407T100000", "20250407T113000", ("akademie@hotelverband-akademie.de",
                                                                    "Hotelverband Akademie"), [],
            "Online-Seminar für Führungskräfte der Hotellerie.\n\n" + teams("YWthZA", "de"), "Online", me=ME_FREE,
            trap="webinar-de"),
        neg("press", "es", "dm-entrevista-0317@eldiariomontanes.es", "Entrevista El Diario Montañés – temporada "
            "turística", "20250317T120000", "20250317T124500", ("mlopez@eldiariomontanes.es", "Mario López"),
            [("mlopez@eldiariomontanes.es", "Mario López")],
            "Entrevista para el especial de Semana Santa: ocupación, empleo y precios. Vendrá fotógrafo.",
            "Hotel Cantábrico Sardinero", me=ME_WORK, trap="press-interview-es"),
        neg("podcast", "en", "riverside-hlt-ep44@riverside.fm", "Podcast recording: Hospitality Talks – interview with "
            "Álvaro Castillo", "20250403T150000Z", "20250403T160000Z", ("host@hospitalitytalks.fm", "Ben Ashdown"),
            [("host@hospitalitytalks.fm", "Ben Ashdown")],
            "Episode 44: running a family-owned hotel group in northern Spain. Studio link: "
            "https://riverside.fm/studio/hospitality-talks", "Riverside.fm", tzid=None, me=ME_FREE,
            trap="podcast-interview-en"),
        neg("radio", "es", "CF11A2B3-C4D5-4E6F-8A9B-0C1D2E3F4A5B", "Entrevista Radio Cantabria (directo)",
            "20250410T084500", "20250410T090000", None, [], "Llamarán al fijo del hotel. Tema: empleo en hostelería.",
            "", APPLE, me=None, trap="radio-interview-es"),
        neg("user-research", "es", "roomly-ux-0415@roomly.io", "Entrevista de usuario – Roomly PMS (45 min)",
            "20250415T160000", "20250415T164500", ("ux@roomly.io", "Equipo UX de Roomly"),
            [("ux@roomly.io", "Roomly UX")],
            "¡Gracias por ayudarnos! Queremos entender cómo usáis el PMS en recepción. Recibirás una tarjeta "
            "regalo de 50 €.\n\n" + meet("rmy-uxre-sch"), "Google Meet", me=ME_WORK, trap="user-research-es"),
        neg("doctor", "es", "E1D2C3B4-A596-4877-8899-AABBCCDDEEFF", "Médico de cabecera – Dr. Fuentes",
            "20250319T083000", "20250319T084500", None, [], "", "Centro de Salud Puertochico", APPLE, me=None,
            trap="doctor-es"),
        neg("bank", "es", "cita-banco-0324@bancantabria-citas.es", "Cita con gestor – revisión hipoteca",
            "20250324T090000", "20250324T093000", ("citas@bancantabria-citas.es", "Citas Oficina 0231"), [],
            "Su cita con el gestor personal ha quedado confirmada. Traiga DNI y últimas nóminas.",
            "Oficina 0231, C/ Calvo Sotelo 8, Santander", me=ME_FREE, trap="bank-es"),
        neg("visa", "es", "consulmex-cita-0505@citas.sre.gob.mx", "Cita consular – visa de residente temporal",
            "20250505T100000", "20250505T103000", ("citas@sre.gob.mx", "MiConsulado"), [],
            "Consulado de México en Madrid. Presentarse con pasaporte, fotografía y formato de solicitud.",
            "Calle Carrera de San Jerónimo 46, Madrid", me=ME_FREE, trap="visa-es"),
        neg("school", "es", "9F8E7D6C-5B4A-4938-8271-605F4E3D2C1B", "Tutoría colegio Martina (3º B)",
            "20250401T171500", "20250401T174500", None, [], "Con la tutora, Sra. Lavín", "Colegio Castroverde", APPLE,
            me=None, trap="school-es"),
        neg("internal", "es", "hc-codir-weekly@hotelescantabrico.com", "Comité de dirección semanal",
            "20250318T090000", "20250318T103000", (f"direccion@{HC}", "Dirección General"),
            [(ME_WORK, "Álvaro Castillo"), (f"finanzas@{HC}", "Finanzas")],
            "Orden del día: ocupación, plantilla de verano, obras Puertochico.", "Sala de juntas", EXCHANGE, me=None,
            trap="internal-meeting-es"),
        neg("internal", "es", "hc-ppto-0331@hotelescantabrico.com", "Revisión presupuesto 2025 – F&B",
            "20250331T120000", "20250331T133000", ME, [(f"finanzas@{HC}", "Raquel Sainz")],
            "Revisar desvíos de coste de personal.\n\n" + teams("cHB0bw"), "Teams", OUTLOOK, me=None,
            trap="internal-meeting-es"),
        neg("appraisal", "es", "hc-eval-alvaro-0407@hotelescantabrico.com", "Evaluación de desempeño anual – Álvaro "
            "Castillo", "20250407T120000", "20250407T130000", (f"direccion@{HC}", "Fernando Cueto"),
            [(ME_WORK, "Álvaro Castillo"), (f"rrhh@{HC}", "RR. HH.")],
            "Entrevista anual de evaluación y objetivos 2025.", "Despacho Dirección General", EXCHANGE, me=None,
            trap="own-appraisal-es"),
        neg("exit", "es", "hc-salida-0512@hotelescantabrico.com", "Entrevista de salida", "20250512T100000",
            "20250512T103000", (f"rrhh@{HC}", "Noelia Ceballos"), [(ME_WORK, "Álvaro Castillo")],
            "Entrevista de salida con RR. HH. antes de tu último día. Confidencial.", "RR. HH.", EXCHANGE, me=None,
            trap="own-exit-interview-es"),
        neg("coffee", "es", "4r6t8y0u2i4o6p8a0s2d@google.com", "Café con Jaime Olano (ex Meliá)", "20250321T173000",
            "20250321T183000", ME, [("jaimeolano@gmail.com", "Jaime Olano")],
            "Networking: cómo es el mercado de direcciones en Canarias ahora.", "Café de Pombo, Santander",
            me=None, trap="coffee-chat-es"),
        neg("coffee", "en", "1s3d5f7g9h1j3k5l7z9x@google.com", "Coffee chat w/ Sophie Turner (London hotels)",
            "20250404T120000", "20250404T123000", ("sophie.turner.ldn@outlook.com", "Sophie Turner"),
            [("sophie.turner.ldn@outlook.com", "Sophie Turner")],
            "Happy to share what I know about the London GM market - no agenda!\n\n" + meet("sph-trn-cof", "en"),
            "Google Meet", me=ME_FREE, trap="coffee-chat-en"),
        neg("job-fair", "es", "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E", "Foro de Empleo Turismo – IFEMA",
            "VALUE=DATE:20250424", "VALUE=DATE:20250425", None, [], "Llevar 20 CV. Stands de cadenas en pabellón 8.",
            "IFEMA Madrid", APPLE, me=None, trap="job-fair-es"),
        neg("referee", "es", "ref-carla-0409@hotelarenal.es", "Llamada referencia – Carla Ibáñez (ex recepcionista)",
            "20250409T163000", "20250409T164500", ("seleccion@hotelarenal.es", "Selección Hotel Arenal"),
            [("seleccion@hotelarenal.es", "Selección Hotel Arenal")],
            "Carla Ibáñez nos ha facilitado su contacto como referencia. Serán 10 minutos.", "Teléfono", me=ME_WORK,
            trap="referee-es"),
        neg("referee", "fr", "ref-julie-0411@hotel-lacbleu.ch", "Prise de références – Julie Marchand",
            "20250411T100000", "20250411T101500", ("rh@hotel-lacbleu.ch", "RH Hôtel du Lac Bleu"), [],
            "Julie Marchand (ancienne stagiaire chez vous) vous cite comme référence. Nous vous appellerons.",
            "Téléphone", OUTLOOK, me=ME_WORK, trap="referee-fr"),
        neg("recruiter-no-employer", "es", "hh-conf-0317@execsearch-norte.es", "Llamada headhunter – posición "
            "confidencial Dirección General", "20250317T180000", "20250317T183000",
            ("ricardo@execsearch-norte.es", "Ricardo Alonso"), [("ricardo@execsearch-norte.es", "Ricardo Alonso")],
            "Te cuento una posición de Dirección General para un cliente (cadena vacacional). No puedo dar el "
            "nombre todavía.", "Teléfono", me=ME_FREE, trap="recruiter-no-employer-es"),
        neg("recruiter-no-employer", "en", "hays-call-0324@hays.co.uk", "Call with Hays – GM opportunities London",
            "20250324T110000", "20250324T113000", ("emma.clarke@hays.co.uk", "Emma Clarke"),
            [("emma.clarke@hays.co.uk", "Emma Clarke")],
            "Quick catch-up on your search and a few GM roles with my clients in London.", "Phone",
            tzid="Europe/London", me=ME_FREE, trap="recruiter-no-employer-en"),
        neg("prep", "es", "6A7B8C9D-0E1F-4A2B-8C3D-4E5F6A7B8C9D", "Preparar entrevista Nómada Living",
            "20250409T190000", "20250409T210000", None, [], "Repasar cifras, preparar preguntas al COO.", "", APPLE,
            me=None, trap="prep-block-es"),
        neg("prep", "en", "mn7b6v5c4x3z2l1k0j9h@google.com", "Prep: Meridian Crown panel – STAR stories",
            "20250422T200000", "20250422T213000", None, [], "Rehearse 6 STAR examples, revenue + team turnaround.",
            "", GOOGLE, me=None, trap="prep-block-en"),
        neg("family", "es", "0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F", "Marta – entrevista en Iberia (llevarla a "
            "Parayas)", "20250416T073000", "20250416T083000", None, [], "Su entrevista es a las 10 en Madrid, vuelo "
            "8:40.", "Aeropuerto Seve Ballesteros", APPLE, me=None, trap="spouse-interview-es"),
        neg("thankyou", "es", "q1w2e3r4t5y6u7i8o9p0@google.com", "Mandar agradecimiento a Hoteles Jacarandá",
            "20250404T090000", "20250404T091500", None, [], "Email a Fernanda y Luis tras la entrevista.", "", GOOGLE,
            me=None, trap="thank-you-reminder-es"),
        neg("tenant", "es", "idealista-visita-0419@inmonorte.es", "Visita piso + entrevista inmobiliaria (alquiler "
            "Palma)", "20250419T120000", "20250419T130000", ("visitas@inmonorte.es", "InmoNorte"), [],
            "La propiedad quiere conocer al inquilino. Traer contrato y nóminas.", "C/ Blanquerna 22, Palma",
            me=ME_FREE, trap="tenant-interview-es"),
        neg("supplier", "es", "hc-prov-textil-0428@hotelescantabrico.com", "Reunión proveedor lencería – Textil Norte",
            "20250428T110000", "20250428T120000", ME, [("comercial@textilnorte.es", "Textil Norte")],
            "Presupuesto de sábanas y toallas temporada.", "Hotel Cantábrico Sardinero", THUNDERBIRD, me=None,
            trap="supplier-meeting-es"),
        neg("medical", "es", "hc-recmed-0502@hotelescantabrico.com", "Reconocimiento médico anual (empresa)",
            "20250502T080000", "20250502T083000", (f"prl@{HC}", "Prevención de Riesgos"),
            [(ME_WORK, "Álvaro Castillo")],
            "Ayunas. Mutua Montañesa.", "Mutua Montañesa, Santander", EXCHANGE, me=None, trap="medical-check-es"),
        neg("offer-call", "en", "zx9c8v7b6n5m4a3s2d1f@google.com", "Salary benchmarking session (career coach)",
            "20250508T170000", "20250508T180000", ("coach@careerpivot.co", "Nadia Brooks"), [],
            "Benchmark GM packages in Lisbon, London and Zurich before any offer talks.", "Zoom", me=ME_FREE,
            trap="salary-coaching-en"),
    ]
