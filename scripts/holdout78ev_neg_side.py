"""holdout78 negatives: the user on the hiring side at Hotel Cala Blava (Palma)."""

from __future__ import annotations

from holdout78ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    GOOGLE,
    ME_WORK,
    MS_PROPS,
    OUTLOOK,
    TZ_MADRID,
    TZ_WIN_ROMANCE,
    Ev,
    att,
    cal,
    esc,
    lab,
    meet,
    meet_props,
    ms_uid,
    org,
    teams,
)

ME_ORG = org(ME_WORK, "Javier Morales Ferrer")
ME_ATT = att(ME_WORK, "Javier Morales Ferrer", partstat="ACCEPTED", rsvp=False)
UAI = "user-as-interviewer"


def _google(uid: str, start: str, end: str, summary: str, desc: str, people: list[str], location: str = "",
            organizer: str = ME_ORG, props: str = "") -> str:
    lines = [
        "BEGIN:VEVENT", f"DTSTART;TZID=Europe/Madrid:{start}", f"DTEND;TZID=Europe/Madrid:{end}",
        "DTSTAMP:20250301T090000Z", organizer, f"UID:{uid}", *people,
    ]
    if props:
        lines.append(props)
    lines += [f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT"]
    return "\n".join(lines)


def _outlook(uid: str, start: str, end: str, summary: str, desc: str, people: list[str], location: str = "",
             organizer: str = ME_ORG, lang: str = "es-ES") -> str:
    return "\n".join([
        "BEGIN:VEVENT", organizer, *people, f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}", f"DTSTART;TZID=Romance Standard Time:{start}",
        f"DTEND;TZID=Romance Standard Time:{end}", "DTSTAMP:20250301T090000Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}", MS_PROPS, "END:VEVENT"])


def personio_interviewer() -> Ev:
    uid = "personio-interview-31877-2210-hotelcalablava"
    d = ("Hola Javier,\n\nhas sido añadido como entrevistador para la siguiente entrevista:\n\nCandidato/a: Ionut "
         "Popescu\nPuesto: Recepcionista nocturno/a (temporada 2025)\nEntrevistadores: Javier Morales Ferrer, "
         "Toni Ramis\n\nCV y valoración: https://hotelcalablava.personio.de/recruiting/applications/31877\n"
         "Por favor, deja tu valoración en Personio tras la entrevista.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T100000Z
DTSTART;TZID=Europe/Madrid:20250312T160000
DTEND;TZID=Europe/Madrid:20250312T163000
SUMMARY:{esc("Entrevista: Recepcionista nocturno/a – Ionut Popescu")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Hotel Cala Blava – despacho de Dirección")}
{org("noreply@personio.de", "Hotel Cala Blava via Personio")}
{ME_ATT}
{att("tramis@hotelcalablava.com", "Toni Ramis")}
END:VEVENT"""
    return Ev("personio-interviewer-es", cal(TZ_MADRID, body, prodid="-//Personio GmbH//Personio//DE"),
              [lab(uid, 0, trap=f"{UAI}-personio-es")])


def candidate_gmail() -> Ev:
    uid = "3c5v7b9n1m0q2w4e6r8t0y1u3i@google.com"
    d = ("Hola Laura,\n\nte confirmo la entrevista para el puesto de recepcionista (contrato de temporada, mayo a "
         "octubre). Pregunta por mí en recepción. Trae el CV impreso, por favor.\n\nJavier Morales\nDirector de "
         "Operaciones · Hotel Cala Blava")
    body = _google(uid, "20250318T110000", "20250318T113000", "Entrevista candidata recepción – Laura Gómez", d,
                   [ME_ATT, att("laura.gomez.rec@gmail.com", "Laura Gómez")], "Hotel Cala Blava, recepción")
    return Ev("candidate-gmail-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-candidate-gmail-es")])


def scorecard() -> Ev:
    uid = "7y6t5r4e3w2q1a0s9d8f7g6h5j@google.com"
    d = ("Bloque para rellenar las fichas de evaluación de los 5 candidatos a camarero/a de pisos entrevistados "
         "esta semana y pasarlas a Marga (RRHH) antes del viernes.")
    body = _google(uid, "20250321T170000", "20250321T180000", "Rellenar scorecards – candidatos camareros de pisos",
                   d, [ME_ATT])
    return Ev("scorecard-es", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 0, trap=f"{UAI}-scorecard-es")])


def debrief_outlook() -> Ev:
    uid = ms_uid("calablava-debrief-recepcion")
    d = ("Puesta en común de las entrevistas a los tres finalistas para Jefe/a de Recepción (Sara Mir, Daniel "
         "Oliver, Bea Ramón) y decisión de oferta.")
    body = _outlook(uid, "20250402T130000", "20250402T134500", "Debrief entrevistas Jefe/a de Recepción", d,
                    [att("moliver@hotelcalablava.com", "Oliver Coll, Marga"), att("cvich@hotelcalablava.com",
                                                                                 "Vich Amengual, Carles")],
                    "Despacho Dirección", organizer=org(ME_WORK, "Morales Ferrer, Javier"))
    return Ev("outlook-debrief-es", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK),
              [lab(uid, 0, trap=f"{UAI}-debrief-es")])


def recurring_panel() -> Ev:
    uid = "calablava-entrevistas-temporada-2025@hotelcalablava.com"
    d = ("Entrevistas de temporada: animación y socorristas. RRHH manda la lista de candidatos el día antes. "
         "Entrevistan Javier Morales y Marga Oliver.")
    master = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250301T090000Z
DTSTART;TZID=Europe/Madrid:20250319T100000
DTEND;TZID=Europe/Madrid:20250319T130000
RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5
SUMMARY:{esc("Entrevistas temporada 2025 – animación y socorristas")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Sala Mirador (1ª planta)")}
{ME_ORG}
{ME_ATT}
{att("moliver@hotelcalablava.com", "Marga Oliver")}
SEQUENCE:0
END:VEVENT"""
    override = f"""BEGIN:VEVENT
UID:{uid}
RECURRENCE-ID;TZID=Europe/Madrid:20250402T100000
DTSTAMP:20250327T120000Z
DTSTART;TZID=Europe/Madrid:20250403T160000
DTEND;TZID=Europe/Madrid:20250403T190000
SUMMARY:{esc("Entrevistas temporada 2025 – animación y socorristas (jueves tarde esta semana)")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Sala Mirador (1ª planta)")}
{ME_ORG}
{ME_ATT}
{att("moliver@hotelcalablava.com", "Marga Oliver")}
SEQUENCE:1
END:VEVENT"""
    return Ev("recurring-hiring-es", cal(TZ_MADRID, master, override, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-recurring-override-es")])


def shadowing() -> Ev:
    uid = "shadow-5q4w3e2r1t@hotelcalablava.com"
    d = ("Toni (nuevo Jefe de Recepción) me acompaña en la entrevista a la candidata Carla Pou (recepcionista) "
         "para ver cómo la hacemos. Él solo observa; después comentamos 10 minutos.")
    body = _google(uid, "20250325T120000", "20250325T124500", "Shadowing: Toni en entrevista recepcionista (Carla Pou)",
                   d, [ME_ATT, att("tramis@hotelcalablava.com", "Toni Ramis")], "Despacho Dirección")
    return Ev("shadowing-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-shadowing-es")])


def calendly_host() -> Ev:
    uid = "a8e1c4f7-2b5d-4e90-8c13-6f9a2d5b8e01"
    d = ("Nombre del evento: Entrevista Recepción Temporada (20 min)\n\nLocalización: Hotel Cala Blava, "
         "recepción\n\nAndrea Pascual ha programado una cita contigo.\nCorreo electrónico del invitado: "
         "andrea.pascual99@hotmail.com\nRespuestas:\n¿Disponibilidad desde mayo?: Sí\nIdiomas: castellano, "
         "catalán, inglés B2\n\nVer evento en Calendly: https://calendly.com/app/scheduled_events/user/me")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250310T180000Z
DTSTART:20250314T100000Z
DTEND:20250314T102000Z
SUMMARY:{esc("Andrea Pascual y Javier Morales Ferrer: Entrevista Recepción Temporada (20 min)")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Hotel Cala Blava, recepción")}
{ME_ORG}
{ME_ATT}
{att("andrea.pascual99@hotmail.com", "Andrea Pascual")}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-host-es", cal(body, prodid="-//Calendly//Calendly Scheduling//EN"),
              [lab(uid, 0, trap=f"{UAI}-calendly-host-es")])


def agency_candidate() -> Ev:
    uid = ms_uid("baleares-staffing-nuria")
    d = ("Hola Javier:\n\nTe presento a nuestra candidata para la vacante de Gobernanta/Jefa de Pisos: Nuria Serra "
         "Bauzà (12 años de experiencia, los últimos 4 en un 5* de Alcúdia). Te adjunto su CV. Ella acudirá al "
         "hotel; si puedes, que la acompañe también la subgobernanta.\n\nUn saludo,\nPaula Vidal\nBaleares "
         "Staffing – Consultora de Selección")
    body = _outlook(uid, "20250408T103000", "20250408T111500",
                    "Candidata Gobernanta – Nuria Serra / entrevista con Hotel Cala Blava", d,
                    [att(ME_WORK, "Morales Ferrer, Javier"), att("nuria.serra.bauza@gmail.com", "Nuria Serra")],
                    "Hotel Cala Blava", organizer=org("pvidal@balearesstaffing.com", "Vidal, Paula"))
    return Ev("agency-sends-candidate-es", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK),
              [lab(uid, 0, trap=f"{UAI}-agency-candidate-es")])


def german_candidate() -> Ev:
    uid = "4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com"
    d = ("Liebe Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Guest Relations Agent (Saison 2025). Gerne "
         "lernen wir Sie per Videocall kennen. Das Gespräch führe ich.\n\nViele Grüße\nJavier Morales Ferrer\n"
         "Operations Manager, Hotel Cala Blava\n\n" + meet("calablava-hoffmann", "de"))
    body = _google(uid, "20250326T090000", "20250326T093000",
                   "Vorstellungsgespräch Guest Relations – Frau Lena Hoffmann", d,
                   [ME_ATT, att("lena.hoffmann@gmx.de", "Lena Hoffmann")], props=meet_props("calablava-hoffmann"))
    return Ev("candidate-gmx-de", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-candidate-gmx-de")])


def sous_chef_teams() -> Ev:
    uid = ms_uid("calablava-souschef")
    d = ("Hi Tom,\n\nThanks for applying for the Sous Chef position at Hotel Cala Blava. Chef Biel Riera and I "
         "will interview you on Teams.\n\nBest regards,\nJavier Morales Ferrer\nOperations Manager\n\n" +
         teams("calablava-tom", "en"))
    body = _outlook(uid, "20250226T160000", "20250226T164500", "Interview – Sous Chef candidate (Tom Bradley)", d,
                    [att("tom.bradley.chef@outlook.com", "Tom Bradley"), att("briera@hotelcalablava.com",
                                                                             "Riera, Biel")],
                    "Microsoft Teams Meeting", organizer=org(ME_WORK, "Morales Ferrer, Javier"), lang="en-US")
    return Ev("teams-candidate-en", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE),
              [lab(uid, 0, trap=f"{UAI}-candidate-outlook-en")])


def handtyped_lifeguards() -> Ev:
    uid = "D9E8F7A6-B5C4-4D3E-8F2A-1B0C9D8E7F6A"
    body = f"""BEGIN:VEVENT
CREATED:20250405T073000Z
DTEND;TZID=Europe/Madrid:20250410T120000
DTSTAMP:20250405T073012Z
DTSTART;TZID=Europe/Madrid:20250410T100000
LOCATION:Piscina
SEQUENCE:0
SUMMARY:{esc("Entrev. 3 cand. socorrista 10-12h (traer titulación)")}
UID:{uid}
END:VEVENT"""
    return Ev("ios-handtyped-hiring-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 0, trap=f"{UAI}-handtyped-es")])


def interview_guide() -> Ev:
    uid = "guia-gobernanta-prep@hotelcalablava.com"
    d = ("Preparar la guía de entrevista por competencias para Gobernanta: 8 preguntas (liderazgo de equipo, "
         "control de calidad, inventario de lencería), escala 1–5 y caso práctico de planificación de turnos.")
    body = _google(uid, "20250403T083000", "20250403T093000", "Guía de entrevista – Gobernanta (preparar preguntas)",
                   d, [ME_ATT])
    return Ev("interview-kit-es", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 0, trap=f"{UAI}-interview-kit-es")])


def hiring_committee() -> Ev:
    uid = ms_uid("calablava-comite-subdirector")
    d = ("Comité de selección para la plaza de Subdirector/a del Hotel Cala Blava: revisión de las 4 entrevistas "
         "finales y propuesta a la propiedad. Asisten Dirección General, Operaciones y RRHH.")
    body = _outlook(uid, "20250417T090000", "20250417T103000", "Comité de selección – Subdirector/a", d,
                    [att(ME_WORK, "Morales Ferrer, Javier"), att("moliver@hotelcalablava.com", "Oliver Coll, Marga"),
                     att("sala.consell@hotelcalablava.com", "Sala Consell", cutype="ROOM", role="NON-PARTICIPANT")],
                    "Sala Consell", organizer=org("cvich@hotelcalablava.com", "Vich Amengual, Carles"))
    return Ev("hiring-committee-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE),
              [lab(uid, 0, trap=f"{UAI}-hiring-committee-es")])


def catalan_candidate() -> Ev:
    uid = "2z3x4c5v6b7n8m9q0w1e2r3t4y@google.com"
    d = ("Hola Pau,\n\net confirmo l'entrevista per a la plaça de cambrer de sala (temporada). Demana per mi a "
         "recepció.\n\nJavier Morales\nHotel Cala Blava")
    body = _google(uid, "20250409T170000", "20250409T173000", "Entrevista candidat cambrer – Pau Riera", d,
                   [ME_ATT, att("pau.riera.vila@hotmail.com", "Pau Riera")], "Hotel Cala Blava")
    return Ev("candidate-hotmail-ca", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-candidate-catalan")])


def practical_kitchen() -> Ev:
    uid = "prueba-commis-2025@hotelcalablava.com"
    d = ("Prueba práctica para candidatos a commis de cocina: mise en place y un plato del menú del día. Evalúan "
         "Chef Biel Riera y Javier Morales (servicio y presentación). Candidatos: Àlex Mas, Yasmina Bakkali, "
         "Joan Pons.")
    body = _google(uid, "20250415T100000", "20250415T123000", "Prueba práctica cocina – candidatos commis", d,
                   [ME_ATT, att("briera@hotelcalablava.com", "Biel Riera")], "Cocina central",
                   organizer=org("briera@hotelcalablava.com", "Biel Riera"))
    return Ev("practical-evaluator-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-practical-test-es")])


def group_interview() -> Ev:
    uid = "grupal-animacion-2025@hotelcalablava.com"
    d = ("Entrevista grupal con 12 candidatos a animador/a: dinámica en inglés y alemán, mini-show y entrevistas "
         "cortas individuales. Conducen Javier (Operaciones) y Sheila (coordinadora de animación).")
    body = _google(uid, "20250423T100000", "20250423T133000", "Entrevista grupal – animadores temporada", d,
                   [ME_ATT, att("sheila.animacion@hotelcalablava.com", "Sheila Ortiz")], "Anfiteatro")
    return Ev("group-interview-hiring-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-group-interview-es")])


def call_candidate() -> Ev:
    uid = "8h7g6f5d4s3a2p1o0i9u8y7t6r@google.com"
    d = "Entrevista telefónica con la candidata (recepción, turno de tarde). Tel. 6** *** 213. CV en Personio."
    body = _google(uid, "20250306T131500", "20250306T133000", "Llamar candidata Sofía Díaz – entrevista telefónica",
                   d, [ME_ATT])
    return Ev("call-candidate-es", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 0, trap=f"{UAI}-phone-candidate-es")])


def uk_agency_candidate() -> Ev:
    uid = "coastline-cand-0442-calablava@coastlinehr.co.uk"
    d = ("Dear Javier,\n\nAs agreed, please find below the interview with our candidate James O'Neill for your F&B "
         "Manager vacancy at Hotel Cala Blava. James is currently Assistant F&B Manager at a 5* resort in Cornwall "
         "and has full availability from April.\n\nCandidate CV attached. Please send us your feedback after the "
         "call.\n\nKind regards,\nEmma Rowe\nCoastline Hospitality Recruitment Ltd\n\n" + teams("coastline1", "en"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T120000Z
DTSTART:20250311T150000Z
DTEND:20250311T154500Z
SUMMARY:{esc("Candidate interview: James O'Neill for F&B Manager – Hotel Cala Blava")}
DESCRIPTION:{esc(d)}
LOCATION:Microsoft Teams
{org("emma.rowe@coastlinehr.co.uk", "Emma Rowe")}
{att(ME_WORK, "Javier Morales Ferrer")}
{att("james.oneill.fb@gmail.com", "James O'Neill")}
END:VEVENT"""
    return Ev("agency-candidate-en", cal(body, prodid="-//Microsoft Corporation//Outlook for Mac 16.83//EN"),
              [lab(uid, 0, trap=f"{UAI}-agency-candidate-en")])


def reference_check() -> Ev:
    uid = "6t7y8u9i0o1p2a3s4d5f6g7h8j@google.com"
    d = ("Pedir referencias de Sara Mir (finalista Jefa de Recepción) a su antigua directora, Aina Colom (Hotel "
         "Son Ferrer). Preguntar por gestión de equipo y overbooking.")
    body = _google(uid, "20250404T100000", "20250404T102000",
                   "Referencias candidata Jefa de Recepción – llamar Son Ferrer", d, [ME_ATT])
    return Ev("reference-check-hiring-es", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 0, trap=f"{UAI}-reference-check-es")])


def job_fair_stand() -> Ev:
    uid = "fira-ocupacio-2025-calablava@hotelcalablava.com"
    d = ("Stand del Hotel Cala Blava en la Fira d'Ocupació Turística de Palma. Entrevistas rápidas in situ a "
         "candidatos para cocina, pisos y recepción. Llevar roll-up, folletos y tablet con formulario.")
    body = _google(uid, "20250220T093000", "20250220T140000",
                   "Feria de empleo – stand Cala Blava (entrevistas in situ)", d,
                   [ME_ATT, att("moliver@hotelcalablava.com", "Marga Oliver")], "Palau de Congressos de Palma")
    return Ev("job-fair-recruiting-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap=f"{UAI}-job-fair-stand-es")])


def make() -> list[Ev]:
    return [personio_interviewer(), candidate_gmail(), scorecard(), debrief_outlook(), recurring_panel(),
            shadowing(), calendly_host(), agency_candidate(), german_candidate(), sous_chef_teams(),
            handtyped_lifeguards(), interview_guide(), hiring_committee(), catalan_candidate(), practical_kitchen(),
            group_interview(), call_candidate(), uk_agency_candidate(), reference_check(), job_fair_stand()]
