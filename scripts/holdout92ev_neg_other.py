"""holdout92 other negatives: patients, training, personal errands, press, mock interviews, webinars."""

from __future__ import annotations

from holdout92ev_ics import ME, ME_GMAIL, ME_WORK, att, calendar, esc, ev, meet, teams, uid_apple, who, zoom
from holdout92ev_tools import apple, ats, google, outlook, thunderbird

I = (ME_GMAIL, ME)  # noqa: E741
W = (ME_WORK, ME)
CL = "clinicafisiosalud-chamberi.es"


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, object]:
    return ev(kind=kind, ics=ics, uid=uid, is_interview=0, trap=trap)


def _patient_series() -> tuple[str, str]:
    uid = uid_apple("pac-ortega").lower()
    base = ["DTSTAMP:20250301T080000Z", f"UID:{uid}", f"SUMMARY:{esc('Sesión pac. Javier Ortega – rodilla LCA')}",
            "LOCATION:Box 2", "X-MOZ-GENERATION:3",
            who("ORGANIZER", ME_WORK, ME), att(ME_WORK, ME, "o", partstat="ACCEPTED")]
    master = ["DTSTART;TZID=Europe/Madrid:20250303T091500", "DTEND;TZID=Europe/Madrid:20250303T101500",
              "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20250430T215959Z",
              f"DESCRIPTION:{esc('Postquirúrgico LCA semana 6, fuerza cuádriceps, propiocepción. Bono 10 ses.')}",
              *base]
    override = ["RECURRENCE-ID;TZID=Europe/Madrid:20250320T091500", "DTSTART;TZID=Europe/Madrid:20250321T180000",
                "DTEND;TZID=Europe/Madrid:20250321T190000",
                f"DESCRIPTION:{esc('Cambia al viernes tarde (tiene entrevista de trabajo el jueves por la mañana)')}",
                *base]
    return calendar([master, override], "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", None,
                    "Europe/Madrid"), uid


def events() -> list[dict[str, object]]:
    out = []
    ics, uid = google("mock-marta", "Simulacro entrevista con Marta (mentora) – preparar HNS", "20250316T190000",
                      "20250316T200000", ("marta.quiles.fisio@gmail.com", "Marta Quiles"),
                      [("marta.quiles.fisio@gmail.com", "Marta Quiles"), I],
                      "Hacemos de entrevistadora y candidata: preguntas típicas de hospital, caso de prótesis de "
                      "rodilla. Luego feedback.\n\n" + meet("mck-mrta-irn"), None)
    out.append(_neg("mock-mentor-es", ics, uid, "mock-interview-es"))
    ics, uid = apple("prep-vitalia", "Preparar entrevista Vitalia – repasar casos y preguntas", "20250317T200000",
                     "20250317T213000", "organigrama, nº camas, por qué coordinación, conflicto con compañero, "
                     "indicadores de calidad", None)
    out.append(_neg("prep-block-es", ics, uid, "prep-block-es"))
    ics, uid = ats(
        "webinar-cpfcm-20250320@cfisiomad.org", "-//Colegio Profesional de Fisioterapeutas//Eventos//ES",
        "Webinar: Cómo preparar una entrevista de trabajo en fisioterapia", "20250320T170000", "20250320T183000",
        ("formacion@cpfm-eventos.org", "Formación Colegio de Fisioterapeutas de Madrid"), [I],
        "Webinar gratuito para colegiados: CV, entrevistas por competencias, prueba práctica y negociación. "
        "Ponente: Elena Soria (RRHH sanitario).\n\n" + zoom("webinar-cpfm"), "Online (Zoom)", method="PUBLISH")
    out.append(_neg("webinar-es", ics, uid, "webinar-interview-skills-es"))
    ics, uid = google("curso-entrevista-clinica", "Curso: La entrevista clínica en fisioterapia (módulo 2)",
                      "20250322T093000", "20250322T140000", None, [],
                      "Anamnesis, banderas rojas y amarillas, entrevista motivacional con el paciente. Aula 4, "
                      "Escuela de Formación Continuada.", "C/ José Abascal 44", method=None)
    out.append(_neg("course-clinical-interview-es", ics, uid, "clinical-interview-course-es"))
    ics, uid = _patient_series()
    out.append(_neg("recurring-patient-es", ics, uid, "recurring-override-patient-session-es"))
    ics, uid = google("primera-visita", "1ª visita pac. Carmen Ruiz – entrevista inicial + valoración",
                      "20250319T110000", "20250319T120000", W, [W], "Dolor cervical crónico. Entrevista inicial, "
                      "cuestionario NDI, valoración.", "Box 1")
    out.append(_neg("patient-initial-interview-es", ics, uid, "patient-initial-interview-es"))
    ics, uid = apple("medico", "Médico cabecera – Dra. Salinas", "20250312T081500", "20250312T083000", None,
                     "Centro de Salud Alameda, C/ Alameda 8")
    out.append(_neg("doctor-es", ics, uid, "personal-doctor-es"))
    ics, uid = apple("itv", "ITV coche", "20250405T100000", "20250405T103000", "llevar ficha técnica y seguro",
                     "ITV Alcobendas, Av. de Valdelaparra 11")
    out.append(_neg("itv-es", ics, uid, "personal-itv-es"))
    ics, uid = google("gestoria", "Gestoría – renta 2024 (Antonio)", "20250508T183000", "20250508T191500", None,
                      [], "Llevar certificado de retenciones de la clínica y facturas de cursos.", "Gestoría Ruiz "
                      "& Asociados, C/ Santa Engracia 60", method=None)
    out.append(_neg("gestoria-es", ics, uid, "personal-gestoria-es"))
    ics, uid = outlook("banco", "Cita con su gestor – Banco Meseta", "20250409T093000", "20250409T100000",
                       ("gestor.0412@bancomeseta.es", "Oficina 0412 Banco Meseta"), [(ME_GMAIL, ME)],
                       "Estimada clienta: le confirmamos su cita con su gestor para estudiar la hipoteca.",
                       "Oficina 0412 – C/ Bravo Murillo 120")
    out.append(_neg("bank-es", ics, uid, "personal-bank-outlook-es"))
    ics, uid = google("radio", "Entrevista Onda Salud Radio – fisioterapia y running", "20250410T073000",
                      "20250410T080000", ("produccion@ondasaludradio.es", "Producción Onda Salud"),
                      [I], "Hola Irene: te llamamos en directo para la sección 'Cuídate' (8 min) sobre lesiones "
                      "de corredores antes del maratón. Te entrevista Beatriz Lago.", "Teléfono")
    out.append(_neg("press-radio-es", ics, uid, "press-interview-es"))
    ics, uid = google("podcast", "Grabación podcast 'Fisio en Serie' – entrevista a Irene", "20250423T190000",
                      "20250423T200000", ("fisioenserie@gmail.com", "Fisio en Serie"),
                      [("fisioenserie@gmail.com", "Fisio en Serie"), I],
                      "Episodio sobre suelo pélvico en corredoras. Grabamos por Riverside: "
                      "https://riverside.fm/studio/fisio-en-serie", None)
    out.append(_neg("podcast-es", ics, uid, "podcast-interview-es"))
    ics, uid = ats("ur-fisiodata-2291@calendly.com", "-//Calendly//Calendly//EN",
                   "Entrevista de usuario: app Fisiodata (45 min) – Irene Gallego Soto", "20250414T170000",
                   "20250414T174500", ("research@fisiodata.app", "Fisiodata Research"), [I],
                   "Gracias por participar en nuestro estudio con fisioterapeutas. Hablaremos de cómo registras "
                   "sesiones y ejercicios. Recibirás una tarjeta regalo de 40 €.\n\n" + meet("fdt-usr-rsch"),
                   "Google Meet", style="g")
    out.append(_neg("user-research-es", ics, uid, "user-research-interview-es"))
    ics, uid = ats("ur-physiotrack-8812@userinterviews.com", "-//User Interviews//Sessions//EN",
                   "User Interviews: PhysioTrack study – 1:1 session (60 min)", "20250417T150000", "20250417T160000",
                   ("sessions@userinterviews.com", "User Interviews"), [I],
                   "You're confirmed for a research session with the PhysioTrack team. Incentive: €60 via Tremendous."
                   "\n\n" + zoom("physiotrack", "en"), "Zoom", style="g")
    out.append(_neg("user-research-en", ics, uid, "user-research-interview-en"))
    ics, uid = outlook("appraisal", "Evaluación de desempeño anual – Irene Gallego", "20250313T123000",
                       "20250313T133000", ("malcaraz@" + CL, "Alcaraz, Mónica"), [W],
                       "Revisión de objetivos 2024, formación 2025 y plan de carrera (coordinación).",
                       "Despacho gerencia")
    out.append(_neg("appraisal-es", ics, uid, "own-appraisal-es"))
    ics, uid = google("exit", "Entrevista de salida – Tetuán Fit (colaboración fines de semana)",
                      "20250430T190000", "20250430T193000", ("rrhh@tetuanfit.es", "RRHH Tetuán Fit"),
                      [I], "Como dejas la colaboración de fines de semana, nos gustaría hacerte una breve entrevista "
                      "de salida para conocer tu opinión.", "Tetuán Fit – oficina")
    out.append(_neg("exit-interview-es", ics, uid, "own-exit-interview-es"))
    ics, uid = outlook("team-meeting", "Reunión equipo fisio – casos de la semana", "20250314T141500",
                       "20250314T150000", ("cibanez@" + CL, "Ibáñez, Carlos"),
                       [W, ("malcaraz@" + CL, "Alcaraz, Mónica")],
                       "Casos complejos, cambios de agenda de abril, vacaciones.", "Sala de reuniones")
    out.append(_neg("internal-meeting-es", ics, uid, "internal-meeting-es"))
    ics, uid = apple("coffee", "Café con Sara D. (fisio CD Alameda) – que me cuente cómo es trabajar en club",
                     "20250319T183000", "20250319T193000", "No hay vacante, solo para preguntar.",
                     "Café Comercial, Glorieta de Bilbao")
    out.append(_neg("coffee-chat-es", ics, uid, "informational-coffee-es"))
    ics, uid = google("feria", "Feria de Empleo Sanitario 2025 – IFEMA", "20250424", "20250425", None, [],
                      "Llevar 15 CV impresos. Stands de grupos hospitalarios y mutuas.", "IFEMA, Pabellón 10",
                      tz="date", method=None)
    out.append(_neg("job-fair-es", ics, uid, "job-fair-allday-es"))
    ics, uid = google("referee", "Llamada de referencias sobre Diego Font (ex-alumno prácticas) – Clínica "
                      "Kinesis Getafe", "20250402T133000", "20250402T134500",
                      ("rrhh@kinesisgetafe.es", "RRHH Kinesis Getafe"), [W],
                      "Hola Irene, Diego Font nos ha dado tu contacto como referencia de sus prácticas. ¿Te "
                      "podemos llamar 15 min?", "Teléfono")
    out.append(_neg("referee-call-es", ics, uid, "reference-call-user-is-referee-es"))
    ics, uid = google("headhunter-noemp", "Llamada con Carla (Talentia Salud)", "20250305T130000",
                      "20250305T132000", ("carla.munt@talentiasalud.com", "Carla Munt"),
                      [("carla.munt@talentiasalud.com", "Carla Munt"), I],
                      "Hola Irene, te llamo para conocerte y comentarte varias oportunidades en clínicas y centros "
                      "deportivos de la zona norte de Madrid. Sin compromiso.", "Teléfono")
    out.append(_neg("recruiter-no-employer-es", ics, uid, "recruiter-call-no-employer-es"))
    ics, uid = ats("fisiojobs-alta-3391@fisiojobs.es", "-//Fisiojobs//Citas//ES",
                   "Entrevista de registro – alta en la bolsa de Fisiojobs", "20250306T100000", "20250306T102000",
                   ("alberto.rius@fisiojobs.es", "Alberto Rius"), [I],
                   "Entrevista breve para completar tu perfil en nuestra bolsa de fisioterapeutas (disponibilidad, "
                   "especialidades, zonas). Aún no es para ninguna empresa concreta.", "Teléfono", tz="Europe/Madrid")
    out.append(_neg("agency-registration-es", ics, uid, "agency-registration-no-employer-es"))
    ics, uid = google("puncion", "Curso punción seca nivel II – día 1", "20250329T090000", "20250329T190000", None,
                      [], "Aula 2. Llevar bata y guantes.", "Escuela de Fisioterapia Avanzada, C/ Alcalá 200",
                      method=None)
    out.append(_neg("course-es", ics, uid, "training-course-es"))
    ics, uid = ats("webinar-nhs-2025-04@eventbrite.com", "-//Eventbrite//Event//EN",
                   "Webinar: Acing your NHS Band 5/6 physiotherapy interview", "20250403T170000", "20250403T180000",
                   ("noreply@eventbrite.com", "Eventbrite"), [I],
                   "Join UK clinical educators for tips on NHS interview questions, values-based interviews and "
                   "clinical scenarios for EU physios.\n\n" + zoom("nhs-webinar", "en"), "Online", method="PUBLISH")
    out.append(_neg("webinar-en", ics, uid, "webinar-interview-skills-en"))
    ics, uid = google("deutschkurs", "Deutschkurs A2 – Rollenspiel Vorstellungsgespräch", "20250408T193000",
                      "20250408T210000", ("kurse@sprachschule-retiro.es", "Sprachschule Retiro"), [I],
                      "Heute üben wir ein Vorstellungsgespräch (Rollenspiel in Paaren). Bitte Wortschatz Lektion 9 "
                      "wiederholen.", "Sprachschule Retiro, Raum 3")
    out.append(_neg("language-class-mock-de", ics, uid, "mock-roleplay-language-class-de"))
    ics, uid = thunderbird("english-mock", "English class – job interview roleplay with Tom", "20250415T200000",
                           "20250415T210000", "Practise 'Tell me about yourself' for the Kinetiq / Ibex calls.",
                           "Online")
    out.append(_neg("english-class-mock-en", ics, uid, "mock-english-class-en"))
    ics, uid = outlook("webinaire", "Webinaire : Exercer comme kiné en France – équivalence et entretiens",
                       "20250416T180000", "20250416T190000", ("events@kine-france-emploi.fr", "Kiné France Emploi"),
                       [(ME_GMAIL, ME)], "Reconnaissance du diplôme, inscription à l'Ordre, conseils pour vos "
                       "entretiens avec les établissements.\n\n" + teams("webinaire", "fr"), "Réunion Microsoft Teams",
                       lang="fr-FR", method="PUBLISH")
    out.append(_neg("webinar-fr", ics, uid, "webinar-fr"))
    ics, uid = google("ope", "Examen OPE Fisioterapeuta SERMAS – 1er ejercicio", "20250517T100000",
                      "20250517T130000", None, [], "Llevar DNI y bolígrafo azul. Aula asignada en la web.",
                      "Facultad de Medicina UCM", method=None)
    out.append(_neg("public-exam-es", ics, uid, "public-competitive-exam-es"))
    ics, uid = outlook("tfm", "Entrevistas cualitativas estudio dolor lumbar – participantes 4 y 5",
                       "20250422T180000", "20250422T193000", W, [("inv.lumbar@gmail.com", "Equipo estudio")],
                       "Entrevistas semiestructuradas a pacientes (consentimiento firmado). Grabar audio.", "Box 1")
    out.append(_neg("research-interviews-es", ics, uid, "research-interviews-patients-es"))
    ics, uid = apple("dentista", "Dentista – revisión", "20250416T193000", "20250416T200000", None,
                     "Clínica Dental Bilbao")
    out.append(_neg("dentist-es", ics, uid, "personal-dentist-es"))
    ics, uid = google("offer-call", "Llamada Sportia – condiciones oferta", "20250502T130000", "20250502T132000",
                      ("noelia.castan@sportiawellness.com", "Noelia Castán"), [I],
                      "Irene, te llamo para repasar la oferta (salario, horario, fecha de incorporación).", "Teléfono")
    out.append(_neg("offer-call-es", ics, uid, "offer-call-not-interview-es"))
    ics, uid = outlook("formacion-entrevistar", "Formación interna: cómo entrevistar candidatos (coordinadores)",
                       "20250306T150000", "20250306T170000", ("malcaraz@" + CL, "Alcaraz, Mónica"), [W],
                       "Taller para coordinadores: entrevista por competencias, sesgos, preguntas prohibidas.",
                       "Sala de reuniones")
    out.append(_neg("class-interviewing-es", ics, uid, "class-about-interviewing-es"))
    ics, uid = apple("dni", "Cita DNI – renovación", "20250321T094000", "20250321T100000", None,
                     "Comisaría de Policía – Chamberí")
    out.append(_neg("dni-es", ics, uid, "personal-id-renewal-es"))
    ics, uid = google("cumple", "Cena cumple Lucía", "20250412T213000", "20250412T233000", None, [], None,
                      "La Tasquita, Malasaña", method=None)
    out.append(_neg("personal-dinner-es", ics, uid, "personal-dinner-es"))
    return out
