"""holdout36: other negatives (mock, webinars, press, personal, internal, coffee, fairs, references)."""

from __future__ import annotations

from holdout36ev_ical import REQ, Ev, P, W, meet, teams, webex, zoom
from holdout36ev_neg import N

ME = ("Isabel Cortés", P, REQ)
MEW = ("Cortés Ruiz, Isabel", W, REQ)

N("mock-es", "es", "google", [Ev(
    "m0ck1nt3rv13w2q4r6t8y0u2i4@google.com", "Simulacro de entrevista con Elena (practicar inglés)",
    "20261201T190000Z", "20261201T200000Z",
    desc="Elena me hace de entrevistadora para practicar preguntas de project management en inglés antes de "
         "Northmere. No es una entrevista real.\n" + meet("es", "mck-ptrq-zza"),
    organizer=("Isabel Cortés", P), attendees=[("Elena Marín", "elenamarin.arq@gmail.com", REQ)])],
    "mock_interview", xwr="Europe/Madrid")

N("mock-en-coach", "en", "zoom", [Ev(
    "ZOOM9120033811@zoom.us", "Mock interview: Renewable PM (practice session)", "20261205T100000Z",
    "20261205T110000Z",
    desc="Practice interview run by your career coach. We'll record it and review your STAR answers.\n\n"
         + zoom("en", "88"),
    organizer=("Olga Petrenko – Career Coaching", "olga@pivotcoach.eu"), attendees=[ME])], "mock_interview")

N("mock-coip", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000EEFF55AAEE5DDB01000000000000000010000000CE000E",
    "Entrevista simulada - Máster Gestión de Proyectos Energéticos (ejercicio 4)", "20261213T100000",
    "20261213T113000", tz="Romance Standard Time",
    desc="Ejercicio práctico del módulo de empleabilidad: los alumnos realizan entrevistas simuladas por "
         "parejas con feedback del tutor.\nEOI - Escuela de Organización Industrial",
    organizer=("Tutoría Máster MGPE", "tutoria.mgpe@eoi.es"), attendees=[ME])], "mock_interview")

N("webinar-en", "en", "zoom", [Ev(
    "ZOOM8001234567@zoom.us", "Webinar: Ace your interview in renewable energy – tips from hiring managers",
    "20261202T170000Z", "20261202T180000Z",
    desc="Thank you for registering. Panelists from three developers share what they look for in project "
         "managers.\n\nJoin from PC, Mac, iPad: https://us06web.zoom.us/w/8001234567\nHosted by Green Jobs Europe",
    organizer=("Green Jobs Europe", "webinars@greenjobs.eu"), attendees=[ME])], "webinar")

N("webinar-es-clase", "es", "google", [Ev(
    "cl4s3entrevistasxyz0123456@google.com", "Clase: Cómo preparar una entrevista por competencias (COIIAOC)",
    "20261209T163000Z", "20261209T180000Z",
    desc="Formación del Colegio de Ingenieros para colegiados en búsqueda activa. Aula 2.",
    location="Colegio de Ingenieros, Sevilla", organizer=("Isabel Cortés", P))], "webinar",
    xwr="Europe/Madrid", method="")

N("webinar-de", "de", "webex", [Ev(
    "webex-2600771100-de", "Online-Seminar: Das Vorstellungsgespräch im Ausland – Karriere in der Energiewende",
    "20261210T160000Z", "20261210T173000Z",
    desc="Kostenloses Seminar der Deutsch-Spanischen Handelskammer.\n" + webex("ahk-spanien", "44"),
    organizer=("AHK Spanien Events", "events@ahk.es"), attendees=[ME])], "webinar")

N("research-en", "en", "calendly", [Ev(
    "calendly-ux-5521aa", "User interview: SiteLog app for construction managers",
    "20261203T160000Z", "20261203T163000Z",
    desc="Event Name: 30-min user research interview\nWe'd love to learn how you manage daily site reports. "
         "You'll receive a 40 EUR voucher.\nHost: Maya Levin, Product Researcher, SiteLog\nPowered by Calendly.com",
    organizer=("Maya Levin", "maya@sitelog.app"), attendees=[ME])], "user_research")

N("press-es", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000FF0066BBEF5DDB01000000000000000010000000CF000F",
    "Entrevista Diario de Sevilla - mujeres en la obra", "20261207T120000", "20261207T124500",
    tz="Romance Standard Time",
    desc="Periodista: Ana Gavira. Reportaje sobre ingenieras jefas de obra. Comunicación de Giralda ha dado el "
         "visto bueno. Fotos en obra.",
    location="Obra Hospital de Osuna", organizer=("Comunicación Giralda", "comunicacion@construcciones-giralda.es"),
    attendees=[MEW, ("Ana Gavira", "agavira@diariodesevilla.es", REQ)])], "press")

N("podcast-en", "en", "google", [Ev(
    "p0dc4st1nt3rv13wq1w2e3r4t5@google.com", "Podcast recording – 'Women Who Build' ep. 42 interview",
    "20261215T180000Z", "20261215T190000Z",
    desc="Hi Isabel! Thanks for agreeing to be our guest. We'll interview you about moving from site work "
         "to renewables. Riverside link: https://riverside.fm/studio/women-who-build",
    organizer=("Chloe Hart", "chloe@womenwhobuild.fm"), attendees=[ME])], "press")

N("research-fr", "fr", "google", [Ev(
    "r3ch3rch3utilisat3ur01234z@google.com", "Entretien utilisateur – étude sur les chantiers solaires",
    "20261216T090000Z", "20261216T094500Z",
    desc="Bonjour Isabel, dans le cadre de notre étude sur la gestion des chantiers photovoltaïques, nous "
         "souhaitons vous interroger 45 minutes sur vos outils. Étude anonyme, Université Toulouse III.",
    organizer=("Manon Girard", "manon.girard@univ-tlse3.fr"), attendees=[ME])], "user_research",
    xwr="Europe/Paris")

N("personal-medico", "es", "ios", [Ev(
    "D1D2D3D4-E5E6-4F7A-8B9C-0D1E2F3A4B5C", "Dentista - Dra. Luque", "20261204T183000", "20261204T191500",
    tz="Europe/Madrid", location="Clínica Dental Nervión")], "personal", method="")

N("personal-visa", "en", "google", [Ev(
    "v1s4pp01ntm3nt7y6t5r4e3w2q@google.com", "Consulate interview – UK visa biometrics",
    "20261208T080000Z", "20261208T083000Z", desc="Bring passport, appointment letter and photos.",
    location="VFS Global, Madrid", organizer=("Isabel Cortés", P))], "personal", xwr="Europe/Madrid", method="")

N("personal-colegio", "es", "google", [Ev(
    "tut0r14c0l3g10z9x8c7v6b5n4@google.com", "Entrevista con la tutora de Pablo (colegio)", "20261210",
    "20261211", desc="Tutoría trimestral. A las 17:00 en el cole.", organizer=("Isabel Cortés", P))],
    "personal", xwr="Europe/Madrid", method="")

N("personal-banco", "es", "apple", [Ev(
    "F0F1F2F3-A4A5-4B6C-8D7E-9F0A1B2C3D4E", "Cita banco hipoteca", "20261214T093000", "20261214T101500",
    tz="Europe/Madrid")], "personal", method="")

N("personal-de-wohnung", "de", "google", [Ev(
    "w0hnungb3s1cht1gungm8n7b6v@google.com", "Wohnungsbesichtigung München (falls Jobzusage)",
    "20261220T150000Z", "20261220T153000Z",
    desc="Maklerin Frau Huber, 2-Zimmer in Sendling. Termin nur, wenn ich dort anfange.",
    location="Plinganserstr. 40, München", organizer=("Isabel Cortés", P))], "personal", xwr="Europe/Berlin",
    method="")

N("internal-weekly", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000A1A2A3A4F05DDB01000000000000000010000000D00010",
    "Reunión semanal de obra - Hospital de Osuna", "20261201T083000", "20261201T093000",
    tz="Romance Standard Time", rrule="FREQ=WEEKLY;BYDAY=TU",
    desc="Seguimiento de planificación, subcontratas y seguridad.", location="Caseta de obra",
    organizer=("Osuna, Ramiro", "rosuna@construcciones-giralda.es"), attendees=[MEW])], "internal")

N("internal-annual-review", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000B1B2B3B4F15DDB01000000000000000010000000D10011",
    "Entrevista de evaluación anual - Isabel Cortés", "20261217T120000", "20261217T130000",
    tz="Romance Standard Time", desc="Evaluación del desempeño 2026 y objetivos 2027.",
    organizer=("Osuna, Ramiro", "rosuna@construcciones-giralda.es"), attendees=[MEW])], "internal")

N("internal-client", "en", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000C1C2C3C4F25DDB01000000000000000010000000D20012",
    "Progress meeting – Osuna Hospital – client's project manager", "20261211T100000", "20261211T113000",
    tz="Romance Standard Time", desc="Monthly progress report with the client's PM (SAS). Agenda attached.",
    organizer=("Cortés Ruiz, Isabel", W),
    attendees=[("Mark Jenkins", "mjenkins@turnerbridge-pm.com", REQ),
               ("Osuna, Ramiro", "rosuna@construcciones-giralda.es", REQ)])], "internal")

N("internal-fr-supplier", "fr", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000D1D2D3D4F35DDB01000000000000000010000000D30013",
    "Visio fournisseur – façades ventilées (devis)", "20261218T150000", "20261218T160000",
    tz="Romance Standard Time", desc="Présentation du devis pour l'hôpital d'Osuna.\n" + teams("en", "91"),
    organizer=("Lacroix, Benoît", "b.lacroix@facadexpert.fr"), attendees=[MEW])], "internal")

N("coffee-es", "es", "google", [Ev(
    "c0ff33ch4tq1w2e3r4t5y6u7i8@google.com", "Café con Irene (trabaja en renovables) - consejos",
    "20261205T100000Z", "20261205T110000Z",
    desc="Irene se pasó de edificación a promotora eólica hace 2 años. Preguntarle cómo lo hizo y qué "
         "empresas contratan. No hay vacante.",
    location="La Cacharrería, Sevilla", organizer=("Isabel Cortés", P),
    attendees=[("Irene Castaño", "irene.castano@vdsenergia.com", REQ)])], "coffee_chat", xwr="Europe/Madrid")

N("coffee-en-info", "en", "google", [Ev(
    "1nf0rm4t10n4lq9w8e7r6t5y4u@google.com", "Informational chat – Isabel / Mark (career advice)",
    "20261209T170000Z", "20261209T173000Z",
    desc="Mark offered 30 min to talk about PM careers in utility-scale solar. Not a job interview - just "
         "advice.\n" + meet("en", "inf-oppq-mnr"),
    organizer=("Mark O'Neill", "moneill.energy@gmail.com"), attendees=[ME])], "coffee_chat")

N("coffee-de", "de", "apple", [Ev(
    "C0C1C2C3-D4D5-4E6F-8A9B-0C1D2E3F4A5B", "Kaffee mit Anja (Netzwerk, Windbranche)",
    "20261220T100000", "20261220T110000", tz="Europe/Berlin",
    desc="Kontakt über LinkedIn. Austausch, keine Stelle.", location="Café Luitpold, München")],
    "coffee_chat", method="")

N("jobfair-es", "es", "google", [Ev(
    "f3r14emple0q1w2e3r4t5y6u7i@google.com", "Feria de Empleo Renovables - Andalucía Smart Energy", "20261212",
    "20261213", desc="Llevar 20 CVs. Stands de promotoras y EPCs. Mini-entrevistas en stand posibles.",
    location="FIBES, Sevilla", organizer=("Isabel Cortés", P))], "job_fair", xwr="Europe/Madrid", method="")

N("jobfair-fr", "fr", "google", [Ev(
    "s4l0nempl01q2w3e4r5t6y7u8i@google.com", "Salon de l'emploi des énergies renouvelables – Toulouse",
    "20261219T080000Z", "20261219T160000Z",
    desc="Inscription confirmée. Plus de 40 recruteurs du secteur. Badge à imprimer.",
    location="MEETT, Toulouse", organizer=("Salon EnR Occitanie", "inscriptions@salonenr-occitanie.fr"),
    attendees=[ME])], "job_fair", xwr="Europe/Paris")

N("reference-es", "es", "google", [Ev(
    "r3f3r3nc14q1w2e3r4t5y6u7i8@google.com", "Llamada referencias - sobre Jorge Salas (ex encargado)",
    "20261214T110000Z", "20261214T111500Z",
    desc="Me llama la empresa Obras Bahía para pedir referencias de Jorge, que trabajó conmigo en Giralda.",
    organizer=("Patricia Lobato", "plobato@obrasbahia.es"), attendees=[ME])], "reference_call", xwr="Europe/Madrid")

N("reference-en", "en", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000E1E2E3E4F45DDB01000000000000000010000000D40014",
    "Reference check – Ahmed Benali (you are listed as referee)", "20261221T100000", "20261221T101500",
    tz="GMT Standard Time",
    desc="Dear Isabel,\nAhmed Benali has named you as a referee for a Site Engineer role with us. 15 minutes "
         "by phone.\nRegards, Helen Price, HR, Balfour & Wren Ltd",
    organizer=("Price, Helen", "helen.price@balfourwren.co.uk"), attendees=[ME])], "reference_call")

N("recruiter-noemployer-es", "es", "google", [Ev(
    "h34dhunt3rq1w2e3r4t5y6u7i8@google.com", "Llamada con headhunter - mercado renovables",
    "20261203T123000Z", "20261203T130000Z",
    desc="Hola Isabel, me gustaría conocerte y entender qué buscas. Ahora mismo no tengo un proceso concreto; "
         "es para darte de alta en nuestra base de candidatos.\nNuria, Talentia Selección",
    organizer=("Nuria Ferrer", "nferrer@talentia-seleccion.es"), attendees=[ME])], "recruiter_no_employer",
    xwr="Europe/Madrid")

N("recruiter-noemployer-en", "en", "calendly", [Ev(
    "calendly-rec-7711bc", "Isabel Cortés and Tom Baxter: Candidate registration call",
    "20261206T110000Z", "20261206T113000Z",
    desc="Event Name: Candidate registration (GreenStaff)\nGeneral chat about your experience and the roles "
         "you're open to. No specific client vacancy yet.\nPowered by Calendly.com",
    organizer=("Tom Baxter", "tom.baxter@greenstaff.co.uk"), attendees=[ME])], "recruiter_no_employer")

N("prep-block", "es", "google", [Ev(
    "pr3pbl0ckq1w2e3r4t5y6u7i8o@google.com", "Preparar entrevista Northmere (repasar proyectos + STAR)",
    "20261221T170000Z", "20261221T190000Z", desc="Repasar casos de obra, números del hospital, preguntas para el COO.",
    organizer=("Isabel Cortés", P))], "prep_block", xwr="Europe/Madrid", method="")

N("exit-interview-colleague", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000F1F2F3F4F55DDB01000000000000000010000000D50015",
    "Entrevista de salida - Álvaro Medina (RR. HH.)", "20261222T120000", "20261222T123000",
    tz="Romance Standard Time",
    desc="Como jefa directa de Álvaro, RR. HH. te pide 15 minutos al final de su entrevista de salida.",
    organizer=("Benítez Mora, Lourdes", "lbenitez@construcciones-giralda.es"), attendees=[MEW])], "internal")
