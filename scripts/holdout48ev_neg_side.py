"""holdout48: the user on the hiring side at Constructora Guadalquivir (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout48ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    TBIRD,
    WORK,
    E,
    att,
    cal,
    me,
    meet,
    org,
    teams,
    vevent,
)

CG = "constructora-guadalquivir.es"
N = (0, "", "", "", "")


def _w(name: str, user: str) -> str:
    return att(name, f"{user}@{CG}")


def events() -> list[dict[str, str]]:
    out = []
    out.append(E("personio-kit-es", "user-as-interviewer-personio-es", N, cal(
        "-//Personio GmbH//Personio Recruiting//DE", [vevent(
            "personio-interview-71002318@constructoraguadalquivir.jobs.personio.de", "Entrevista | Jefe/a de Obra "
            "Junior | Pablo Reyes Carmona", "20250312T100000", 45,
            desc="Hola Lucía,\n\nhas sido añadida como entrevistadora. Candidato: Pablo Reyes Carmona "
                 "(pablo.reyes.carmona@gmail.com).\nKit de entrevista y valoración: https://constructoraguadalquivir."
                 "personio.de/recruiting/applications/71002318\n\nEquipo de Personas",
            loc="Sala Itálica (oficina central)", organizer=org("Marisa Campos", f"mcampos@{CG}"),
            attendees=[me(work=True), att("Pablo Reyes Carmona", "pablo.reyes.carmona@gmail.com")])])))
    out.append(E("outlook-panel-becarios", "user-as-interviewer-panel-interns-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E0080000000088B2C3D4E5F6DB01000000000000000010000000AA11BB22",
        "Panel entrevistas becarios verano 2025 (ETSI)", "20250402T090000", 240, tz="win",
        desc="Panel para las 6 entrevistas de prácticas de verano. Entrevistan Lucía Benítez y Jorge Lama; "
             "RR. HH. lleva la agenda de candidatos.", loc="Sala Itálica",
        organizer=org("Campos Vera, Marisa", f"mcampos@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), _w("Lama Ruiz, Jorge", "jlama"),
                   att("Sala Itálica", f"sala.italica@{CG}", cutype="ROOM", role="NON-PARTICIPANT")])])))
    out.append(E("organiser-freemail-cand", "user-as-interviewer-organizer-freemail-es", N, cal(GOOGLE, [vevent(
        "5t6y7u8i9o0p1a2s3d4f@google.com", "Entrevista prácticas – Alba Moreno (ETSI Sevilla)", "20250320T120000",
        30, desc="Hola Alba, te espero en la caseta de obra del tramo Los Palacios. Pregunta por mí en el acceso.\n"
                 "Lucía Benítez – Jefa de Obra, Constructora Guadalquivir",
        loc="Caseta de obra A-4 Los Palacios", organizer=org("Lucía Benítez Ortega", WORK),
        attendees=[att("Alba Moreno", "alba.moreno.etsi@gmail.com"), me(ps="ACCEPTED", work=True)])])))
    out.append(E("calendly-host", "user-as-interviewer-calendly-host-es", N, cal("-//Calendly//Calendly//EN", [vevent(
        "calendly-2f8d6c4a-0b1e-4a93-8c7d-5e6f7a8b9c0d",
        "Nuevo evento: Daniel Ortiz – Entrevista becario obra (30 min)",
        "20250325T163000", 30,
        desc="Se ha programado un nuevo evento.\n\nTipo de evento: Entrevista becario obra\nInvitado: Daniel Ortiz "
             "Gil\nCorreo: daniel.ortiz.gil99@hotmail.com\nRespuestas: Estudio 4º de Grado en Ingeniería Civil en "
             "la US.\n\nAnfitriona: Lucía Benítez Ortega",
        loc="Llamada de Teams", organizer=org("Lucía Benítez Ortega", WORK),
        attendees=[att("Daniel Ortiz Gil", "daniel.ortiz.gil99@hotmail.com", ps="ACCEPTED")])])))
    out.append(E("agency-sends-candidate", "user-as-interviewer-agency-candidate-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000990A1B2C3D4EDB0100000000000000001000000055667788",
        "Entrevista candidato Rubén Castaño – Ingeniero de Obra Junior (Selectia)", "20250314T110000", 45, tz="utc1",
        desc="Hola Lucía,\n\nTe confirmo la entrevista con nuestro candidato Rubén Castaño para vuestra vacante de "
             "Ingeniero de Obra Junior. Adjunto CV.\n\nGonzalo Ibarra · Selectia Ingeniería",
        loc="Constructora Guadalquivir - oficina central",
        organizer=org("Ibarra, Gonzalo", "gibarra@selectia-ingenieria.com"),
        attendees=[att("Benítez Ortega, Lucía", WORK), att("Rubén Castaño", "ruben.castano.ic@gmail.com")])])))
    out.append(E("debrief", "user-as-interviewer-debrief-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000AA1B2C3D4E5FDB0100000000000000001000000099AABBCC",
        "Debrief candidatos Jefe/a de Obra Junior", "20250317T130000", 30, tz="win",
        desc="Ponemos en común las valoraciones de Pablo, Rubén y Carmen y decidimos a quién pasamos a segunda "
             "ronda.", organizer=org("Campos Vera, Marisa", f"mcampos@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), _w("Lama Ruiz, Jorge", "jlama")])])))
    out.append(E("scorecard-reminder", "user-as-interviewer-scorecard-es", N, cal(GOOGLE, [vevent(
        "8a7s6d5f4g3h2j1k0l@google.com", "Rellenar valoración entrevista Carmen Ruiz (Personio)", "20250313T180000",
        15, desc="Recordatorio: completa la valoración de la candidata antes del debrief del lunes.",
        organizer=org("Lucía Benítez Ortega", WORK))], method=None)))
    out.append(E("shadowing", "user-as-interviewer-shadowing-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000BB2C3D4E5F60DB01000000000000000010000000DDEEFF00",
        "Shadowing: entrevista técnica topógrafo (Manuel lidera, Lucía observa)", "20250318T100000", 60, tz="win",
        desc="Parte de la formación de entrevistadores: Lucía acompaña a Manuel en la entrevista al candidato "
             "Iván Prieto para Técnico/a de Topografía.", loc="Sala Triana",
        organizer=org("Herrera, Manuel", f"mherrera@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), att("Iván Prieto", "ivan.prieto.topo@gmail.com")])])))
    out.append(E("handtyped-entrevistar", "user-as-interviewer-handtyped-es", N, cal(APPLE, [vevent(
        "C4D5E6F7-A8B9-4C0D-8E1F-2A3B4C5D6E7F", "entrevistar chico prácticas US (Teams)", "20250321T090000", 30,
        tz="float")], method=None)))
    out.append(E("interview-kit", "user-as-interviewer-kit-es", N, cal(GOOGLE, [vevent(
        "3e4r5t6y7u8i9o0p1q2w@google.com", "Preparar kit de entrevista: Técnico/a de Topografía", "20250311T083000",
        45, desc="Preguntas técnicas (replanteo, GNSS, nivelación) + caso práctico para los candidatos de la "
                 "semana que viene.", organizer=org("Lucía Benítez Ortega", WORK))], method=None)))
    out.append(E("graduate-en", "user-as-interviewer-graduate-en", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000CC3D4E5F6071DB010000000000000000100000001A2B3C4D",
        "Interview: Graduate Site Engineer – candidate Tom Hughes", "20250326T110000", 45, tz="win",
        desc="Lucía, can you run the technical part? Tom is a UK graduate (Leeds) applying for our graduate "
             "scheme in Seville.\n\n" + teams("en", "OTg3NjU0"),
        organizer=org("Campos Vera, Marisa", f"mcampos@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), att("Tom Hughes", "tom.hughes.civ@outlook.com")])])))
    out.append(E("stagiaire-fr", "user-as-interviewer-intern-fr", N, cal(GOOGLE, [vevent(
        "2w3e4r5t6y7u8i9o0p1a@google.com", "Entretien stagiaire – Léa Fontaine (École des Ponts)", "20250404T100000",
        30, desc="Bonjour Léa, je vous propose cet entretien pour le stage de six mois sur notre chantier de "
                 "Séville.\nLucía Benítez, Constructora Guadalquivir\n\n" + meet("fpa-zzre-kli"),
        organizer=org("Lucía Benítez Ortega", WORK),
        attendees=[att("Léa Fontaine", "lea.fontaine@eleves.enpc.fr"), me(ps="ACCEPTED", work=True)])])))
    out.append(E("praktikant-de", "user-as-interviewer-intern-de", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000DD4E5F607182DB010000000000000000100000005E6F7A8B",
        "Bewerbungsgespräch Praktikum – Jonas Weber (TU Dresden)", "20250409T150000", 30, tz="win",
        desc="Hallo Jonas, wie per Mail besprochen: Gespräch über das Praktikum auf unserer Baustelle in Sevilla. "
             "Viele Grüße, Lucía Benítez\n\n" + teams("de", "MTIzNDU2"),
        organizer=org("Benítez Ortega, Lucía", WORK),
        attendees=[att("Jonas Weber", "jonas.weber@mailbox.tu-dresden.de")])])))
    out.append(E("teams-panel-hr", "user-as-interviewer-technical-panel-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000EE5F60718293DB010000000000000000100000009C8B7A6F",
        "Entrevista técnica candidata Jefa de Producción – panel (Lucía + Jorge)", "20250407T120000", 60, tz="utc1",
        desc="Candidata: Sandra Molina (sandra.molina.ing@gmail.com). Lucía evalúa planificación y costes; Jorge, "
             "seguridad y calidad.\n\n" + teams("es", "QUJDREVG"),
        organizer=org("Campos Vera, Marisa", f"mcampos@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), _w("Lama Ruiz, Jorge", "jlama"),
                   att("Sandra Molina", "sandra.molina.ing@gmail.com")])])))
    out.append(E("phone-candidate", "user-as-interviewer-phone-es", N, cal(TBIRD, [vevent(
        "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6", "Llamar candidato Sergio Pardo (InfoJobs) – encargado obra",
        "20250310T173000", 20, tz="madrid", desc="tlf 6XX XXX 881. Preguntar disponibilidad y carnet C.")],
        method=None)))
    out.append(E("dinamica-grupo", "user-as-interviewer-group-assessment-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000FF60718293A4DB01000000000000000010000000F1E2D3C4",
        "Dinámica de grupo – candidatos becas Guadalquivir 2025", "20250411T093000", 180, tz="win",
        desc="Observadores: Lucía Benítez, Manuel Herrera. 8 candidatos. Plantilla de observación en la carpeta "
             "de Selección.", loc="Aula de formación",
        organizer=org("Campos Vera, Marisa", f"mcampos@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), att("Herrera, Manuel", f"mherrera@{CG}")])])))
    out.append(E("candidate-books-user", "user-as-interviewer-candidate-booked-es", N, cal(GOOGLE, [vevent(
        "calendly-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", "Entrevista Ingeniero/a Junior – Constructora Guadalquivir "
        "(Lucía Benítez)", "20250416T120000", 30,
        desc="Evento reservado por Carmen Ruiz Leal (carmen.ruizleal@gmail.com) en la página de Lucía Benítez Ortega."
             "\nLucía es la responsable del puesto de Ingeniero/a Junior de obra.",
        organizer=org("Carmen Ruiz Leal", "carmen.ruizleal@gmail.com"),
        attendees=[me(work=True, ps="ACCEPTED"), att("Carmen Ruiz Leal", "carmen.ruizleal@gmail.com")])])))
    out.append(E("hiring-committee", "user-as-interviewer-hiring-committee-es", N, cal(OUTLOOK, [vevent(
        "040000008200E00074C5B7101A82E00800000000017182930A1BDB0100000000000000001000000012121212",
        "Comité de contratación – plazas Jefe/a de Obra (decisión final)", "20250422T090000", 60, tz="win",
        desc="Revisión de candidatos finalistas y propuesta de oferta.", loc="Sala de Dirección",
        organizer=org("Ramos, Alfonso", f"aramos@{CG}"),
        attendees=[att("Benítez Ortega, Lucía", WORK), att("Campos Vera, Marisa", f"mcampos@{CG}")])])))
    out.append(E("feedback-due-en", "user-as-interviewer-feedback-en", N, cal(GOOGLE, [vevent(
        "7y8u9i0o1p2a3s4d5f6g@google.com", "Interview feedback due – Tom Hughes (Graduate Site Engineer)",
        "20250327T090000", 15, desc="Submit your scorecard in Personio.", organizer=org("Lucía Benítez Ortega", WORK))],
        method=None)))
    out.append(E("foro-empleo-stand", "user-as-interviewer-jobfair-stand-es", N, cal(GOOGLE, [vevent(
        "9o8i7u6y5t4r3e2w1q0p@google.com", "Foro de Empleo ETSI – stand Constructora Guadalquivir (entrevistas rápidas "
        "a estudiantes)", "20250429T093000", 240,
        desc="Turno de mañana en el stand. Entrevistas de 10 min a estudiantes para prácticas y graduados.",
        loc="ETSI Sevilla, Camino de los Descubrimientos s/n", organizer=org("Marisa Campos", f"mcampos@{CG}"),
        attendees=[me(work=True)])])))
    return out
