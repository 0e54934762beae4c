"""holdout29: events that are not Carmen Ruiz's own interview (mock, webinars, press, personal, internal, chats)."""

from __future__ import annotations

from holdout29ev_ics import ME, WORK, Built, Row, att, meet, org, simple, teams, webex, zoom

ROM = "Romance Standard Time"
MAD = "Europe/Madrid"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME_A = att(*ME)
W = att(*WORK)


def events() -> list[Built]:
    """Given nothing returns the other negatives of the split."""
    out: list[Built] = []
    a = out.append
    a(
        simple(
            "google",
            "neg-mock-friend",
            "o1",
            "Simulacro de entrevista CRA con Lidia",
            "20261201T200000",
            "20261201T210000",
            MAD,
            [org("Lidia Ortega", "lidia.ortega.cra@gmail.com"), ME_A],
            "Lidia (CRA en una CRO) me hace de entrevistadora para practicar preguntas típicas de monitorización.\n"
            + meet("aaw-qpeo-mns", "204 118 990"),
            row=Row(0, trap="mock"),
        )
    )
    a(
        simple(
            "google",
            "neg-mock-coach-en",
            "o2",
            "Mock interview – Medical Information (practice)",
            "20261205T100000",
            "20261205T110000",
            MAD,
            [org("Rebecca Lin", "rebecca@pharmacareercoach.com"), ME_A],
            "Practice session: I'll play the hiring manager for a Medical Information Specialist role and give you "
            "feedback afterwards. Not a real interview.\n" + zoom("81122094415", "300111"),
            row=Row(0, trap="mock"),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "neg-webinar-en",
            "o3",
            "Webinar: Nail your CRA interview – from bedside to clinical research",
            "20261206T170000",
            "20261206T180000",
            "W. Europe Standard Time",
            [org("ACRP Europe Events", "events@acrp-europe.org"), ME_A],
            "Thank you for registering. Our panel shares the interview questions CROs ask nurses moving into "
            "clinical research.\n" + webex("acrp", "2611 908 7732", "Nurse26"),
            row=Row(0, trap="webinar"),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "neg-class-es",
            "o4",
            "Curso: Cómo preparar entrevistas de trabajo en la industria farmacéutica (sesión 2)",
            "20261210T180000",
            "20261210T200000",
            MAD,
            [org("Colegio de Enfermería de Valencia", "formacion@enfervalencia.example.org"), ME_A],
            "Segunda sesión del curso de empleabilidad para enfermeras: entrevistas por competencias y role-play.",
            "Sede del Colegio, Valencia",
            row=Row(0, trap="class"),
        )
    )
    a(
        simple(
            "outlook",
            "neg-user-research",
            "o5",
            "Entrevista de usuario – app de registro de constantes",
            "20261211T160000",
            "20261211T164500",
            ROM,
            [org("Equipo UX Vitalink", "ux-research@vitalink.es"), ME_A],
            "Gracias por participar en nuestro estudio con profesionales de enfermería. Queremos entrevistarte 45 min "
            "sobre cómo registras constantes en planta. Recibirás un cheque regalo de 40 €.\n"
            + teams("318 220 909 11", "Ux4Rr8", True),
            row=Row(0, trap="user_research"),
        )
    )
    a(
        simple(
            "google",
            "neg-press",
            "o6",
            "Entrevista Levante-EMV: enfermeras y ensayos clínicos",
            "20261212T110000",
            "20261212T113000",
            MAD,
            [org("Marta Peris", "mperis@levante-emv.example.com"), ME_A],
            "Hola Carmen, como te comenté, la entrevista para el reportaje sobre enfermeras que se pasan a la "
            "investigación clínica. Te llamo al móvil.",
            row=Row(0, trap="press"),
        )
    )
    a(
        simple(
            "apple",
            "neg-podcast-en",
            "o7",
            "Podcast recording – 'Scrubs to Science' ep. 14",
            "20261213T180000",
            "20261213T190000",
            MAD,
            [org("Daniel Kerr", "daniel@scrubstoscience.fm"), ME_A],
            "Interview recording for the podcast. We'll talk about your path from the ward to clinical research. "
            "Riverside link to follow.",
            row=Row(0, trap="podcast"),
            lang="en",
        )
    )
    a(
        simple(
            "apple",
            "neg-personal-dentist",
            "o8",
            "Dentista",
            "20261214T190000",
            "20261214T193000",
            MAD,
            [],
            "Clínica Dental Ruzafa - revisión",
            row=Row(0, trap="personal"),
            method="",
        )
    )
    a(
        simple(
            "google",
            "neg-personal-allday",
            "o9",
            "Cumple mamá",
            "20261219",
            "20261220",
            "DATE",
            [],
            row=Row(0, trap="personal"),
            method="",
        )
    )
    a(
        simple(
            "google",
            "neg-personal-gym",
            "o10",
            "Pilates",
            "20261215T200000",
            "20261215T210000",
            MAD,
            [],
            extra=["RRULE:FREQ=WEEKLY;BYDAY=TU,TH"],
            row=Row(0, trap="personal"),
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "neg-internal-turno",
            "o11",
            "Reunión de unidad - cuadrante de turnos enero",
            "20261216T143000",
            "20261216T153000",
            ROM,
            [
                org("Supervisión Enfermería H. Turia", "supervision.enf@hospital-turia.es"),
                W,
                att("Rafael Gómez", "rgomez@hospital-turia.es"),
            ],
            "Revisión del cuadrante y vacaciones de Navidad.",
            "Sala de enfermería planta 5",
            row=Row(0, trap="internal"),
        )
    )
    a(
        simple(
            "exchange",
            "neg-internal-own-review",
            "o12",
            "Entrevista de evaluación del desempeño anual – Carmen Ruiz",
            "20261217T120000",
            "20261217T130000",
            ROM,
            [org("Inmaculada Ferrer", "iferrer@hospital-turia.es"), W],
            "Entrevista anual de desempeño y objetivos 2027 con tu supervisora.",
            row=Row(0, trap="internal_review"),
        )
    )
    a(
        simple(
            "google",
            "neg-coffee-chat-es",
            "o13",
            "Café con Nuria (CRA en PPD) - charla informativa",
            "20261218T180000",
            "20261218T190000",
            MAD,
            [org("Nuria Gascó", "nuria.gasco@gmail.com"), ME_A],
            "Me cuenta cómo es el día a día de una monitora y cómo dio el salto desde la UCI. No hay proceso abierto.",
            "Bluebell Coffee, Ruzafa",
            row=Row(0, trap="coffee_chat"),
        )
    )
    a(
        simple(
            "google",
            "neg-coffee-chat-en",
            "o14",
            "Informational chat – Carmen / Sarah (MSL at Ipsen)",
            "20261221T170000",
            "20261221T173000",
            MAD,
            [org("Sarah Collins", "sarah.collins.msl@gmail.com"), ME_A],
            "Happy to share how I moved from nursing into medical affairs. Just an informal chat, no role attached.\n"
            + meet("ghf-zzpo-qwe", "701 334 219"),
            row=Row(0, trap="coffee_chat"),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "neg-jobfair-es",
            "o15",
            "Feria de Empleo Biotech Madrid – BioSpain Talent Day",
            "20261222T090000",
            "20261222T140000",
            ROM,
            [],
            "Llevar 15 CV. Stands de CROs y laboratorios; charlas de 10 a 12.",
            "IFEMA, Pabellón 3",
            row=Row(0, trap="job_fair"),
            method="",
        )
    )
    a(
        simple(
            "google",
            "neg-jobfair-fr",
            "o16",
            "Salon Carrières Santé – Paris (en ligne)",
            "20270108T100000",
            "20270108T170000",
            "Europe/Paris",
            [org("Salon Carrières Santé", "contact@carrieres-sante.example.fr"), ME_A],
            "Merci pour votre inscription au salon virtuel : stands des laboratoires et CRO, "
            "conférences sur les métiers "
            "de la recherche clinique.",
            row=Row(0, trap="job_fair"),
            lang="fr",
        )
    )
    a(
        simple(
            "outlook",
            "neg-reference-call-es",
            "o17",
            "Referencias sobre Lucía Navarro (antigua compañera)",
            "20261228T110000",
            "20261228T113000",
            ROM,
            [org("Alberto Crespo", "alberto.crespo@sanitas-rrhh.example.es"), W],
            "Carmen, Lucía nos ha dado tu contacto como referencia para el puesto de enfermera que opta en nuestro "
            "centro. ¿Te podemos llamar 15 minutos?",
            row=Row(0, trap="reference_call"),
        )
    )
    a(
        simple(
            "google",
            "neg-reference-call-en",
            "o18",
            "Reference check – Tomás Llorca",
            "20270104T150000",
            "20270104T152000",
            MAD,
            [org("Harriet Boyd", "harriet.boyd@medlinehr.co.uk"), ME_A],
            "Thanks for agreeing to act as a referee for Tomás, who has applied to us as a theatre nurse. A few "
            "questions about working with him.",
            row=Row(0, trap="reference_call"),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "neg-recruiter-noemployer",
            "o19",
            "Llamada con Page Personnel - perfil y mercado",
            "20270105T100000",
            "20270105T103000",
            ROM,
            [org("Ignacio Ruano", "ignacio.ruano@pagepersonnel.es"), ME_A],
            "Carmen, me gustaría conocer tu perfil y tus expectativas para tenerte en cuenta en futuros procesos de "
            "Life Sciences. Ahora mismo no hay una vacante concreta.",
            row=Row(0, trap="recruiter_no_employer"),
        )
    )
    a(
        simple(
            "calendly",
            "neg-recruiter-agency-en",
            "o20",
            "Intro call: Carmen Ruiz and Chloe (CareerBridge Life Sciences)",
            "20270106T120000",
            "20270106T123000",
            "Z",
            [org("Chloe Banks", "chloe@careerbridge-ls.com"), ME_A],
            "Event Name: Candidate registration call\nWe'll go through your CV and add you to our talent pool for "
            "CRA and PV roles across Europe.",
            row=Row(0, trap="recruiter_no_employer"),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "neg-career-coach-de",
            "o21",
            "Karrierecoaching – Bewerbungsunterlagen & Interviewtraining",
            "20270107T180000",
            "20270107T190000",
            "Europe/Zurich",
            [org("Sabine Roth-Keller", "coaching@roth-keller.ch"), ME_A],
            "Coaching-Sitzung 3: wir üben typische Fragen aus Vorstellungsgesprächen in der "
            "Pharmaindustrie (Rollenspiel).",
            row=Row(0, trap="mock"),
            lang="de",
        )
    )
    a(
        simple(
            "apple",
            "neg-prep-block",
            "o22",
            "Preparar entrevista Medinfo (repasar MedDRA)",
            "20261213T100000",
            "20261213T120000",
            MAD,
            [],
            "",
            row=Row(0, trap="prep_block"),
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "neg-internal-research-nurse",
            "o23",
            "Sesión clínica: ensayos clínicos en nuestra planta",
            "20270111T083000",
            "20270111T093000",
            ROM,
            [org("Unidad de Investigación H. Turia", "investigacion@hospital-turia.es"), W],
            "La coordinadora de ensayos explica los estudios activos en la planta y cómo identificar pacientes.",
            "Salón de actos",
            row=Row(0, trap="internal"),
        )
    )
    a(
        simple(
            "google",
            "neg-webinar-de",
            "o24",
            "Webinar: Quereinstieg in die Pharmakovigilanz – so überzeugen Sie im Interview",
            "20270112T120000",
            "20270112T130000",
            "Europe/Zurich",
            [org("PV Akademie", "events@pv-akademie.example.de"), ME_A],
            "Ihre Anmeldung ist bestätigt. Referentin: Dr. Ines Walther.\n" + zoom("82200119843", "551177"),
            row=Row(0, trap="webinar"),
            lang="de",
        )
    )
    a(
        simple(
            "google",
            "neg-fr-entretien-journaliste",
            "o25",
            "Interview pour Infirmiers.com (article reconversion)",
            "20270113T100000",
            "20270113T103000",
            "Europe/Paris",
            [org("Aurélie Vasseur", "a.vasseur@infirmiers-media.example.fr"), ME_A],
            "Bonjour Carmen, merci d'accepter l'interview pour notre article sur les infirmières "
            "qui se reconvertissent "
            "dans la recherche clinique.",
            row=Row(0, trap="press"),
            lang="fr",
        )
    )
    a(
        simple(
            "outlook",
            "neg-fr-mock",
            "o26",
            "Entraînement entretien en français (avec Margaux)",
            "20270114T190000",
            "20270114T200000",
            ROM,
            [org("Margaux Leroy", "margaux.leroy@laposte.net"), ME_A],
            "On simule un entretien pour le poste de chargée de PV à Paris, pour que tu pratiques ton français.",
            row=Row(0, trap="mock"),
            lang="fr",
        )
    )
    a(
        simple(
            "google",
            "neg-personal-medico",
            "o27",
            "Cita médico de cabecera",
            "20270115T083000",
            "20270115T084500",
            MAD,
            [],
            "Centro de Salud Ruzafa",
            row=Row(0, trap="personal"),
            method="",
        )
    )
    a(
        simple(
            "apple",
            "neg-personal-de-wohnung",
            "o28",
            "Wohnungsbesichtigung Basel (online)",
            "20270116T110000",
            "20270116T113000",
            "Europe/Zurich",
            [],
            "Mit Vermieterin Frau Keller, via WhatsApp-Video",
            row=Row(0, trap="personal"),
            lang="de",
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "neg-internal-formacion",
            "o29",
            "Formación obligatoria: RCP avanzada",
            "20270118T080000",
            "20270118T150000",
            ROM,
            [org("Docencia H. Turia", "docencia@hospital-turia.es"), W],
            "Aula de simulación",
            row=Row(0, trap="internal"),
        )
    )
    a(
        simple(
            "google",
            "neg-interview-as-panelist-en",
            "o30",
            "Panel talk: 'How I interview nursing graduates' (speaker)",
            "20270119T180000",
            "20270119T190000",
            MAD,
            [org("Nursing Careers Spain", "hello@nursingcareers.es"), ME_A],
            "Carmen speaks as a nurse who sits on a hospital selection board about what she looks for when she "
            "interviews graduates.",
            row=Row(0, trap="webinar"),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "neg-de-info-chat",
            "o31",
            "Kennenlern-Kaffee (informell) – Jonas, CRA bei Rhein CRO",
            "20270120T170000",
            "20270120T173000",
            "W. Europe Standard Time",
            [org("Jonas Weber", "jonas.weber84@gmx.de"), ME_A],
            "Jonas erzählt mir vom Alltag als CRA in Basel. Ganz informell, er ist nicht im Recruiting.",
            row=Row(0, trap="coffee_chat"),
            lang="de",
        )
    )
    return out
