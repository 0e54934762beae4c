"""holdout11: events that are not Rafael's own job interview, other than him interviewing at work.

events() returns the specs: mocks, classes, press, personal, internal, coffees, fairs, references, intakes.
"""

from __future__ import annotations

from holdout11ev_boiler import A, me_p, me_w, meet, teams, webex, zoom
from holdout11ev_ics import Ev
from holdout11ev_neg_side import N


def _practice() -> list[Ev]:
    return [
        N(kind="es-mock-coach", lang="es", producer="google", tz="utc", day=3, start="19:00",
          summary="Simulacro de entrevista con Elena (coach) – preparar Thamesgate",
          description="Sesión de práctica: Elena hará de entrevistadora con preguntas de competencias en inglés. "
          "Es un ensayo, no la entrevista real.\n\n" + meet("es", 203),
          organizer=A("Elena Castaño", "elena@castanocoaching.es"), attendees=[me_p()],
          trap="mock interview with coach naming a real employer"),
        N(kind="en-mock-friend", lang="en", producer="apple", tz="floating", day=9, start="20:00",
          summary="Mock interview w/ Pablo (practice STAR answers)", description="He plays the hiring manager.",
          organizer=A("", ""), attendees=[], trap="mock interview with friend"),
        N(kind="de-mock-mentor", lang="de", producer="zoom", tz="utc", city="muc", day=17, start="18:30",
          summary="Übungsinterview auf Deutsch mit Mentorin (Claudia)",
          description="Probe-Vorstellungsgespräch zur Vorbereitung auf Gespräche in München – Fokus Deutsch im "
          "Fachgespräch.\n\n" + zoom("de", 217),
          organizer=A("Claudia Rehm", "claudia.rehm@t-online.de"), attendees=[me_p()], trap="mock interview mentor"),
        N(kind="fr-mock-apec", lang="fr", producer="outlook", tz="windows", city="par", day=24, start="10:00",
          summary="Atelier simulation d'entretien – cadres en mobilité",
          description="Simulation d'entretien d'embauche filmée avec un consultant, suivie d'un débriefing.",
          organizer=A("Conseil Carrière Cadres", "ateliers@carriere-cadres.fr"), attendees=[me_p()],
          trap="mock interview workshop", minutes=120),
        N(kind="en-webinar-pmi", lang="en", producer="zoom", tz="utc", city="lon", day=5, start="17:00",
          summary="Webinar: Acing the Project Controls Interview",
          description="Join our panel of hiring managers from the infrastructure sector to learn what they look "
          "for in project controls interviews.\nRegistered attendee: Rafael Ortega\n\n" + zoom("en", 205),
          organizer=A("PMI Chapter Events", "events@pmichapter-uk.org"), attendees=[me_p()],
          trap="webinar about interviewing", minutes=60),
        N(kind="es-clase-entrevistas", lang="es", producer="google", tz="utc", day=13, start="18:00",
          summary="Clase 4: Cómo preparar entrevistas por competencias (Máster PM)",
          description="Sesión del módulo de Desarrollo Profesional del Máster en Dirección de Proyectos.\n\n"
          + meet("es", 213),
          organizer=A("Escuela de Posgrado", "posgrado@eipm.es"), attendees=[me_p()],
          trap="class about interviews", minutes=120),
        N(kind="de-webinar-bewerbung", lang="de", producer="webex", tz="utc", city="muc", day=20, start="12:00",
          summary="Online-Seminar: Vorstellungsgespräche im deutschen Bauwesen",
          description="Für internationale Fachkräfte – Tipps für Ihr Vorstellungsgespräch.\n\n" + webex("de", 220),
          organizer=A("Make it in Bavaria", "seminare@fachkraefte-bayern.de"), attendees=[me_p()],
          trap="webinar about interviews de", minutes=90),
    ]


def _media_personal() -> list[Ev]:
    return [
        N(kind="en-user-research", lang="en", producer="calendly", tz="utc", city="lon", day=10, start="16:00",
          summary="User interview: project scheduling tools (Planwise research)",
          description="Thanks for signing up to help us improve Planwise. In this 45-minute user interview we'll "
          "ask about how you plan and track construction schedules. £50 voucher as thanks.",
          organizer=A("Planwise Research", "research@planwise.io"), attendees=[me_p()],
          trap="user research interview"),
        N(kind="es-prensa", lang="es", producer="outlook", tz="windows", day=16, start="12:00",
          summary="Entrevista para Revista Obras Públicas – túnel de Valdebebas",
          description="Periodista: Nuria Calvo. Entrevista sobre la ejecución del túnel para el número de "
          "febrero. Comunicación de Grupo Álvarez acompaña.",
          organizer=A("Comunicación Grupo Álvarez", "comunicacion@grupo-alvarez.es"),
          attendees=[me_w("NEEDS-ACTION"), A("Nuria Calvo", "ncalvo@revistaobraspublicas.es")],
          trap="press interview"),
        N(kind="fr-podcast", lang="fr", producer="google", tz="utc", city="par", day=22, start="11:00",
          summary="Enregistrement podcast « Chantiers d'avenir » – interview de Rafael",
          description="Interview de 40 minutes sur la gestion de projet ferroviaire en Espagne.\n\n"
          + meet("fr", 222),
          organizer=A("Chantiers d'avenir", "podcast.chantiersdavenir@gmail.com"), attendees=[me_p()],
          trap="podcast interview"),
        N(kind="es-dentista", lang="es", producer="ios", tz="floating", day=26, start="09:00",
          summary="Dentista – revisión", description="", organizer=A("", ""), attendees=[],
          location="Clínica Dental Arturo Soria", trap="personal appointment", minutes=30),
        N(kind="es-colegio", lang="es", producer="ios", tz="floating", day=30, start="17:30",
          summary="Entrevista con la tutora de Martina (colegio)", description="Evaluación del primer trimestre.",
          organizer=A("", ""), attendees=[], trap="personal school meeting called entrevista", minutes=30),
        N(kind="es-nie-cita", lang="es", producer="google", tz="utc", day=34, start="10:20",
          summary="Cita previa – renovación DNI",
          description="Comisaría de Moratalaz. Llevar foto y DNI antiguo.", organizer=A("", ""), attendees=[],
          trap="personal admin appointment", minutes=20),
        N(kind="en-uk-visa", lang="en", producer="gexport", tz="xwr", city="mad", day=38, start="08:45",
          summary="Visa appointment – TLScontact (UK Skilled Worker biometrics)",
          description="Bring passport, CoS reference, printed appointment confirmation.", organizer=A("", ""),
          attendees=[], trap="visa appointment", minutes=30),
        N(kind="de-wohnung", lang="de", producer="google", tz="utc", city="muc", day=44, start="17:00",
          summary="Wohnungsbesichtigung Schwabing", description="Makler: Herr Keller, 0171 …",
          organizer=A("", ""), attendees=[], trap="flat viewing", minutes=45),
    ]


def _work_social() -> list[Ev]:
    return [
        N(kind="es-interna-seguimiento", lang="es", producer="outlook", tz="windows", day=1, start="08:30",
          summary="Reunión de seguimiento obra Valdebebas – certificación mensual",
          description="Revisión de la certificación de noviembre y desviaciones de plazo.\n" + teams("es", 301),
          organizer=A("Medina, Rosa", "rmedina@grupo-alvarez.es"),
          attendees=[me_w("NEEDS-ACTION"), A("Gil, Luis", "lgil@grupo-alvarez.es")],
          trap="internal meeting", minutes=60),
        N(kind="es-evaluacion-desempeno", lang="es", producer="outlook", tz="windows", day=43, start="12:00",
          summary="Entrevista de evaluación del desempeño 2026 – Rafael Ortega",
          description="Conversación anual de desempeño y objetivos con tu responsable.",
          organizer=A("Medina, Rosa", "rmedina@grupo-alvarez.es"), attendees=[me_w("NEEDS-ACTION")],
          trap="annual review called entrevista", minutes=60),
        N(kind="en-weekly-1to1", lang="en", producer="outlook", tz="windows", day=2, start="09:00",
          summary="Rafael / Rosa weekly 1:1", description="Standing 1:1.",
          organizer=A("Medina, Rosa", "rmedina@grupo-alvarez.es"), attendees=[me_w()],
          rrule="FREQ=WEEKLY;COUNT=10", override="Rafael / Rosa 1:1 (moved – site visit)",
          trap="recurring internal 1:1 with override", minutes=30),
        N(kind="es-cafe-informativo", lang="es", producer="google", tz="utc", day=18, start="08:30",
          summary="Café con Beatriz (ex-compañera, ahora en Hidrosur)",
          description="Ponernos al día; le quiero preguntar cómo es trabajar en una ingeniería. Nada formal.",
          organizer=A("Beatriz Sanz", "beatriz.sanz.p@gmail.com"), attendees=[me_p()],
          trap="informational coffee chat"),
        N(kind="en-coffee-networking", lang="en", producer="google", tz="utc", city="lon", day=28, start="08:00",
          summary="Coffee chat – Rafael & Owen (project controls careers in the UK)",
          description="Owen offered to share how he moved from site to project controls in London. Informal "
          "networking, not about a specific job.\n\n" + meet("en", 228),
          organizer=A("Owen Pritchard", "owen.pritchard@outlook.com"), attendees=[me_p()],
          trap="informational coffee chat en"),
        N(kind="fr-cafe-reseau", lang="fr", producer="apple", tz="floating", city="par", day=46, start="09:00",
          summary="Café réseau avec Sophie (ancienne de l'ESTP)", description="Conseils sur le marché à Paris.",
          organizer=A("", ""), attendees=[], trap="informational coffee fr"),
        N(kind="es-feria-empleo", lang="es", producer="gexport", tz="allday", day=32,
          summary="Foro de Empleo Ingeniería – IFEMA", description="Llevar CVs impresos. Stands de "
          "constructoras e ingenierías.", organizer=A("", ""), attendees=[], location="IFEMA Pabellón 3",
          trap="job fair", minutes=1440),
        N(kind="de-jobmesse", lang="de", producer="outlook", tz="windows_bare", city="muc", day=48,
          start="10:00", summary="Jobmesse Bau & Infrastruktur München – Besuch",
          description="Messestand-Gespräche mit Arbeitgebern, keine festen Termine.",
          organizer=A("Ortega, Rafael", "rafael.ortega@hotmail.es"), attendees=[], trap="job fair de",
          minutes=360),
        N(kind="en-reference-call", lang="en", producer="google", tz="utc", city="lon", day=36, start="15:00",
          summary="Reference call re: Javier Prieto (for Crossmere)",
          description="Crossmere Infrastructure's recruiter would like to take a reference from you for Javier "
          "Prieto, who worked for you on the Valdebebas tunnel.\n\n" + meet("en", 236),
          organizer=A("Ella Simmons", "ella.simmons@crossmere.co.uk"), attendees=[me_p()],
          trap="reference call user is referee", minutes=20),
        N(kind="es-referencia", lang="es", producer="outlook", tz="windows", day=40, start="13:00",
          summary="Llamada de referencias – candidato Alberto Nieto",
          description="Hola Rafael, Alberto Nieto te ha indicado como referencia profesional para un puesto de "
          "jefe de obra en nuestra empresa. ¿Podemos hablar 15 minutos?\nIrene Sola, Tecnoaqua",
          organizer=A("Sola, Irene", "irene.sola@tecnoaqua.es"), attendees=[me_p()],
          trap="reference call user is referee es", minutes=15),
        N(kind="fr-reference", lang="fr", producer="outlook", tz="windows", city="par", day=50, start="11:30",
          summary="Prise de références – Mme Claire Duval",
          description="Bonjour M. Ortega, Mme Duval vous a cité comme référence. Pourriez-vous nous accorder "
          "un court échange ?\nCabinet Orès Conseil",
          organizer=A("Perret, Antoine", "a.perret@ores-conseil.fr"), attendees=[me_p()],
          trap="reference call fr", minutes=20),
        N(kind="es-headhunter-intake", lang="es", producer="teams", tz="windows", day=42, start="19:00",
          summary="Llamada con Javier (Korn Partners) – conocernos",
          description="Primera conversación para conocer tu perfil y qué buscas. Aún no hay un proceso concreto "
          "con ningún cliente; te iré contando oportunidades.\n" + teams("es", 242),
          organizer=A("Javier Lasa", "jlasa@kornpartners.es"), attendees=[me_p()],
          trap="headhunter intake no employer"),
        N(kind="en-linkedin-recruiter", lang="en", producer="calendly", tz="utc", city="lon", day=47,
          start="12:00", summary="15 Minute Meeting between Rafael Ortega and Chloe Adams",
          description="Chloe Adams – Recruitment Consultant, Infrastructure (Apex Search)\nAgenda: your goals and "
          "the sort of roles I recruit for across UK rail. No specific client yet.",
          organizer=A("Chloe Adams", "chloe.adams@apexsearch.co.uk"), attendees=[me_p()],
          trap="recruiter call no employer", minutes=15),
        N(kind="de-personalberater", lang="de", producer="outlook", tz="windows", city="muc", day=51,
          start="17:00", summary="Telefonat Personalberatung Kessler & Partner – Erstkontakt",
          description="Kennenlerngespräch zu Ihren Wechselwünschen; wir betreuen mehrere Mandate im "
          "Infrastrukturbereich, konkrete Unternehmen nennen wir im nächsten Schritt.",
          organizer=A("Kessler, Frank", "f.kessler@kessler-partner.de"), attendees=[me_p()],
          trap="headhunter first call no employer de", minutes=30),
        N(kind="es-prep-block", lang="es", producer="ios", tz="floating", day=17, start="07:00",
          summary="Preparar entrevista Vernier (repasar P6 y caso)", description="", organizer=A("", ""),
          attendees=[], trap="prep block naming an employer", minutes=60),
        N(kind="es-onboarding-seminar", lang="es", producer="outlook", tz="windows", day=54, start="10:00",
          summary="Jornada de puertas abiertas – Programa de Liderazgo en Obra (Colegio de Ingenieros)",
          description="Presentación del programa y del proceso de admisión. Sin entrevista.",
          organizer=A("Colegio ICCP Formación", "formacion@ciccp-madrid.es"), attendees=[me_p()],
          trap="open day of a course", minutes=90),
    ]


def events() -> list[Ev]:
    """Returns the non-interview specs other than user-as-interviewer."""
    return _practice() + _media_personal() + _work_social()

