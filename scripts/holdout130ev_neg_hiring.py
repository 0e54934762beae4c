"""holdout130 negatives: the user on the hiring side at the Ministry (interns, analysts, panels, scorecards,
debriefs, shadowing, Calendly as host, an agency sending its candidate to her, candidates on free-mail)."""

from holdout130ev_ics import CALENDLY, EXCHANGE, GOOGLE, IOS, OUTLOOK, cal, item

W = "mailto:paula.andrade@msp.gob.ec"
ORG = "ORGANIZER;CN=\"Andrade Villacís, Paula\":" + W


def uai(kind: str, ics: str) -> dict[str, str | int]:
    return item(kind, ics, 0, trap="user-as-interviewer-" + kind)


EVENTS = [
    uai("pasante-gmail-es", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DC010000000000000000100000000F0E0D0C0B0A
        SUMMARY:Entrevista pasante - Carla Rivadeneira (UCE)
        DTSTART;TZID=SA Pacific Standard Time:20251105T100000
        DTEND;TZID=SA Pacific Standard Time:20251105T103000
        LOCATION:Dirección Nacional de Vigilancia Epidemiológica\, piso 4
        DESCRIPTION:Carla\, buenos días. Le espero para la entrevista de pasantía preprofesional en la Dirección
        | de Vigilancia. Traer carta de la universidad.\n\nPaula Andrade Villacís\nEpidemióloga - DNVE\nMinisterio
        | de Salud Pública
        {ORG}
        ATTENDEE;CN=carla.rivadeneira98@gmail.com;RSVP=TRUE:mailto:carla.rivadeneira98@gmail.com
        """, OUTLOOK, tz=("sapac",))),

    uai("panel-concurso-es", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DC01000000000000000010000000AA00BB11CC22
        SUMMARY:Panel de entrevistas - Concurso Analista de Vigilancia 2 (MSP-DNVE-2025-031)
        DTSTART;TZID=SA Pacific Standard Time:20251112T083000
        DTEND;TZID=SA Pacific Standard Time:20251112T130000
        LOCATION:Sala de reuniones DNVE
        DESCRIPTION:Estimados miembros del tribunal:\n\nSe convoca a la fase de entrevistas del concurso de
        | méritos y oposición. Candidatos: 08:30 Byron Toapanta\; 09:30 Daniela Simbaña\; 10:30 Jorge Lema\; 11:30
        | Andrea Pilco. Tribunal: Dr. Efraín Castro (presidente)\, Mgs. Paula Andrade\, Ing. Rosa Tituaña (UATH).
        |\n\nFavor traer la matriz de calificación impresa.\n\nUnidad de Administración del Talento Humano
        ORGANIZER;CN="Tituaña, Rosa":mailto:rosa.tituana@msp.gob.ec
        ATTENDEE;CN="Castro, Efraín";ROLE=REQ-PARTICIPANT:mailto:efrain.castro@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula";ROLE=REQ-PARTICIPANT:mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CUTYPE=ROOM;CN=Sala DNVE:mailto:sala.dnve@msp.gob.ec
        """, EXCHANGE, tz=("sapac",))),

    uai("debrief-es", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DC01000000000000000010000000DD33EE44FF55
        SUMMARY:Debrief tribunal - Analista de Vigilancia 2 (consolidar puntajes)
        DTSTART;TZID=SA Pacific Standard Time:20251112T143000
        DTEND;TZID=SA Pacific Standard Time:20251112T153000
        DESCRIPTION:Consolidar calificaciones de entrevista y prueba técnica de los 4 postulantes y elaborar el
        | acta del tribunal.
        ORGANIZER;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN="Tituaña, Rosa":mailto:rosa.tituana@msp.gob.ec
        LOCATION:Oficina Dirección
        """, EXCHANGE, tz=("sapac",))),

    uai("scorecard-es", cal(r"""
        UID:2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com
        DTSTART;TZID=America/Guayaquil:20251111T160000
        DTEND;TZID=America/Guayaquil:20251111T170000
        SUMMARY:Llenar matriz de calificación candidatos analista (antes del panel)
        DESCRIPTION:revisar CVs de Byron\, Daniela\, Jorge y Andrea. preguntas por competencias: trabajo en
        | equipo\, análisis de datos\, manejo de brotes
        STATUS:CONFIRMED
        """, GOOGLE, method=None, tz=("gye",))),

    uai("calendly-host-es", cal(r"""
        UID:calendly-host-5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c9d
        DTSTART:20251118T150000Z
        DTEND:20251118T152000Z
        SUMMARY:Entrevista pasantías DNVE 2026: Mateo Guerrero y Paula Andrade
        DESCRIPTION:Un nuevo evento ha sido programado.\n\nTipo de evento: Entrevista pasantías DNVE 2026\n
        |Invitado: Mateo Guerrero\nCorreo del invitado: mateo.guerrero.s@outlook.com\nUniversidad: USFQ -
        | Medicina\n\nUbicación: https://meet.google.com/dnv-past-ias\n\nVer evento en Calendly: https://calendl
        |y.com/paula-andrade-msp/pasantias
        ORGANIZER;CN=Paula Andrade:mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN=Mateo Guerrero;PARTSTAT=ACCEPTED:mailto:mateo.guerrero.s@outlook.com
        ATTENDEE;CN=Paula Andrade;PARTSTAT=ACCEPTED:mailto:paula.andrade@msp.gob.ec
        """, CALENDLY)),

    uai("agency-candidate-es", cal(r"""
        UID:8j9k0l1m2n3b4v5c6x7z8a9s0d@google.com
        DTSTART;TZID=America/Guayaquil:20251120T110000
        DTEND;TZID=America/Guayaquil:20251120T114500
        ORGANIZER;CN=Verónica Salgado - Talento Salud:mailto:vsalgado@talentosalud.com.ec
        ATTENDEE;CN=Paula Andrade Villacís;RSVP=TRUE:mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN=Dr. Kevin Ochoa:mailto:kevin.ochoa.md@gmail.com
        SUMMARY:Entrevista candidato Dr. Kevin Ochoa - Epidemiólogo de campo (proyecto MSP-BID)
        DESCRIPTION:Estimada Paula\, según lo solicitado le presentamos a nuestro candidato\, Dr. Kevin Ochoa\,
        | para la posición de Epidemiólogo de campo del proyecto. Adjunto su CV y nuestro informe de evaluación.
        | Agradeceremos su retroalimentación después de la entrevista.\n\nVerónica Salgado\nTalento Salud
        | Consultores
        STATUS:CONFIRMED
        """, GOOGLE, tz=("gye",))),

    uai("hand-intern-es", cal(r"""
        UID:3F2E1D0C-BA98-4765-A432-10FEDCBA9876
        DTSTART;TZID=America/Guayaquil:20251121T090000
        DTEND;TZID=America/Guayaquil:20251121T093000
        SUMMARY:entrevistar a Josué T. (pasante)
        DESCRIPTION:viene recomendado por Dra. Ron
        """, IOS, method=None, tz=("gye",))),

    uai("shadowing-es", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC0100000000000000001000000066AA77BB88CC
        SUMMARY:Shadowing: entrevista técnica candidata Técnico de Datos (observar)
        DTSTART;TZID=SA Pacific Standard Time:20251113T140000
        DTEND;TZID=SA Pacific Standard Time:20251113T150000
        DESCRIPTION:Paula\, acompáñame a esta entrevista como observadora antes de que lideres las del próximo
        | mes. Candidata: Lic. Mishel Andrango. No necesitas calificar.\n\nEfraín
        ORGANIZER;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula";ROLE=OPT-PARTICIPANT:mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN=mishel.andrango@yahoo.com:mailto:mishel.andrango@yahoo.com
        """, EXCHANGE, tz=("sapac",))),

    uai("prueba-revision-es", cal(r"""
        UID:1a3c5e7g9i1k3m5o7q9s1u3w5y@google.com
        DTSTART;TZID=America/Guayaquil:20251114T150000
        DTEND;TZID=America/Guayaquil:20251114T163000
        SUMMARY:Calificar pruebas técnicas postulantes (analistas SIVE)
        DESCRIPTION:4 pruebas en Stata. rúbrica en la carpeta compartida.
        """, GOOGLE, method=None, tz=("gye",))),

    uai("enumerators-en", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC01000000000000000010000000ABAB0101CDCD
        SUMMARY:Interviews - enumerator candidates for the ENSANUT pilot (Quito field team)
        DTSTART;TZID=SA Pacific Standard Time:20251119T090000
        DTEND;TZID=SA Pacific Standard Time:20251119T123000
        DESCRIPTION:Hi Paula\, as agreed\, you and I will interview the 6 shortlisted enumerator candidates
        | (20 min each). Scoring sheet attached. Candidates were told to come to the MSP lobby.\n\nLaura Bennett
        |\nSurvey Manager\, Brightwater University (MSP-Brightwater survey partnership)
        ORGANIZER;CN="Bennett, Laura":mailto:lbennett@brightwater.edu
        ATTENDEE;CN="Andrade Villacís, Paula":{W}
        """, OUTLOOK, tz=("sapac",))),

    uai("kit-es", cal(r"""
        UID:6b8d0f2h4j6l8n0p2r4t6v8x0z@google.com
        DTSTART;TZID=America/Guayaquil:20251202T080000
        DTEND;TZID=America/Guayaquil:20251202T090000
        SUMMARY:Kit de entrevista: Técnico de Datos - preparar preguntas y caso
        DESCRIPTION:Kit para el panel del jueves (candidatos técnico de datos DNVE): guion de preguntas\,
        | caso de depuración de base\, rúbrica.
        """, GOOGLE, method=None, tz=("gye",))),

    uai("teams-candidate-hotmail-es", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DC01000000000000000010000000EFEF2323ABAB
        SUMMARY:Entrevista - Coordinadora zonal de vigilancia Zona 9 / Lcda. Gissela Morocho
        DTSTART;TZID=SA Pacific Standard Time:20251204T110000
        DTEND;TZID=SA Pacific Standard Time:20251204T120000
        LOCATION:Reunión de Microsoft Teams
        DESCRIPTION:Estimada Gissela\, le envío la invitación para la entrevista para el puesto de Coordinadora
        | zonal. Estaremos el Dr. Castro y yo.\n\n________________________________\nReunión de Microsoft Teams
        |\nHaga clic aquí para unirse a la reunión\n________________________________
        {ORG}
        ATTENDEE;CN=gisse.morocho@hotmail.com;RSVP=TRUE:mailto:gisse.morocho@hotmail.com
        ATTENDEE;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        """, OUTLOOK, tz=("sapac",))),

    uai("tribunal-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DC01000000000000000010000000ABCD1234EFAB
        SUMMARY:Entrevistas finales - Epidemiólogo/a Distrital Tungurahua (tribunal)
        DTSTART;TZID=SA Pacific Standard Time:20251209T090000
        DTEND;TZID=SA Pacific Standard Time:20251209T120000
        LOCATION:Zoom institucional MSP
        DESCRIPTION:Tribunal de selección: Dra. Gloria Manzano (Coord. Zonal 3)\, Mgs. Paula Andrade (DNVE)\, UATH
        | Zonal 3. Tres finalistas. Enviar puntajes por Quipux al final.
        ORGANIZER;CN="Manzano, Gloria":mailto:gloria.manzano@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN=UATH Zonal 3:mailto:uath.z3@msp.gob.ec
        """, EXCHANGE, tz=("sapac",))),

    uai("tesistas-hand-es", cal(r"""
        UID:5e4d3c2b-1a09-4876-b543-210fedcba987
        DTSTART:20251125T170000
        DTEND:20251125T180000
        SUMMARY:entrev. candidatos tesistas (proyecto dengue)
        DESCRIPTION:3 estudiantes maestría PUCE
        """, GOOGLE, method=None)),

    uai("calibracion-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DC01000000000000000010000000BCDE2345FABC
        SUMMARY:Calibración criterios de evaluación - selección técnicos de datos
        DTSTART;TZID=SA Pacific Standard Time:20251203T150000
        DTEND;TZID=SA Pacific Standard Time:20251203T160000
        DESCRIPTION:Alinear entre entrevistadores los criterios de la rúbrica antes del panel del jueves.
        ORGANIZER;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        ATTENDEE;CN="Lema, Cristina":mailto:cristina.lema@msp.gob.ec
        """, OUTLOOK, tz=("sapac",))),

    uai("fetp-selection-es", cal(r"""
        UID:7u9i1o3p5a7s9d1f3g5h7j9k1l@google.com
        DTSTART;TZID=America/Guayaquil:20251208T080000
        DTEND;TZID=America/Guayaquil:20251208T170000
        ORGANIZER;CN=Programa FETP Ecuador:mailto:fetp.ecuador@gmail.com
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade@msp.gob.ec
        SUMMARY:Entrevistas postulantes FETP cohorte 2026 - comité de selección
        DESCRIPTION:Paula\, gracias por aceptar ser parte del comité de selección del Programa de Entrenamiento
        | en Epidemiología de Campo. 12 postulantes\, 30 min cada uno. Formulario de puntaje en el Drive.
        LOCATION:Auditorio MSP
        """, GOOGLE, tz=("gye",))),

    uai("ra-candidate-en", cal(rf"""
        UID:9o8i7u6y5t4r3e2w1q0p9o8i7u@google.com
        DTSTART;TZID=America/Guayaquil:20251215T100000
        DTEND;TZID=America/Guayaquil:20251215T104500
        {ORG}
        ATTENDEE;CN=Sebastián Haro:mailto:seb.haro.r@gmail.com
        ATTENDEE;CN="Bennett, Laura":mailto:lbennett@brightwater.edu
        SUMMARY:Interview: Sebastián Haro - Research Assistant (MSP-Brightwater study)
        DESCRIPTION:Hi Sebastián\, Laura and I would like to meet you to discuss the research assistant position
        | for the joint study. We'll ask about your experience with KoboToolbox and household surveys.
        |\n\nPaula Andrade\, DNVE - MSP
        STATUS:CONFIRMED
        """, GOOGLE, tz=("gye",))),

    uai("feedback-candidatos-es", cal(r"""
        UID:3r5t7y9u1i3o5p7a9s1d3f5g7h@google.com
        DTSTART;TZID=America/Guayaquil:20251216T150000
        DTEND;TZID=America/Guayaquil:20251216T153000
        SUMMARY:Retro a postulantes no seleccionados (técnico de datos)
        DESCRIPTION:llamar a los 2 candidatos que no pasaron y darles feedback de la entrevista
        """, GOOGLE, method=None, tz=("gye",))),

    uai("second-interview-hotmail-es", cal(rf"""
        UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F708DC01000000000000000010000000CDEF3456ABCD
        SUMMARY:Segunda entrevista - Andrés Villavicencio (Analista de datos)
        DTSTART;TZID=SA Pacific Standard Time:20251210T150000
        DTEND;TZID=SA Pacific Standard Time:20251210T160000
        LOCATION:DNVE piso 4 - oficina 412
        DESCRIPTION:Andrés\, gracias por la primera entrevista. Le invito a una segunda conversación con el
        | director\, Dr. Castro\, y conmigo.\n\nSaludos\,\nPaula
        {ORG}
        ATTENDEE;CN=andresvillavicencio@outlook.com:mailto:andresvillavicencio@outlook.com
        ATTENDEE;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        """, OUTLOOK, tz=("sapac",))),

    uai("booked-slot-ios-es", cal(r"""
        UID:B1A2C3D4-E5F6-4718-9A0B-C1D2E3F4A5B6
        DTSTART;TZID=America/Guayaquil:20251126T113000
        DTEND;TZID=America/Guayaquil:20251126T120000
        SUMMARY:Candidata pasantía - Valeria (UDLA) por Zoom
        DESCRIPTION:entrevista rápida\, preguntar disponibilidad enero-marzo
        """, IOS, method=None, tz=("gye",))),
]
