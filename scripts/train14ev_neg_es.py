"""Spanish negatives that look like interviews (train14): mocks, classes, press, offices, intakes, coffees."""

from __future__ import annotations

from train14ev_boiler import meet, teams, webex, zoom
from train14ev_ics import ME, ME_WORK, Ev

LU = f"Lucía Navarro <{ME}>"
LUW = f"Lucía Navarro Ruiz <{ME_WORK}>"


def events() -> list[Ev]:
    """Given nothing returns the Spanish negative events (not the user's own job interviews)."""
    out: list[Ev] = []
    a = out.append

    a(Ev("headhunter-intake", "es", "Llamada inicial – Ana Belén (Talentia Search)", "2026-01-12 13:30", 30,
         prod="outlook", tz="winvt:Romance Standard Time", org="Ana Belén Ruano <abruano@talentiasearch.invalid>",
         att=[LU], desc="Hola Lucía, gracias por aceptar mi invitación en LinkedIn. Me gustaría conocer tu perfil y "
                         "qué buscas; trabajo varios procesos de formación y e-learning, aún sin cliente concreto "
                         "para ti.\n\n" + teams("talentia", "es")[0], loc=teams("talentia", "es")[1]))

    a(Ev("mock-coach", "es", "Simulacro de entrevista con Carolina (coach)", "2026-01-13 19:00", 60, prod="google",
         org="Carolina Requena <carolina@reinventacoaching.es>",
         att=[LU, "Carolina Requena <carolina@reinventacoaching.es>"],
         desc="Sesión 3 del programa de transición de carrera: simulamos la entrevista con preguntas de diseño "
              "instruccional y STAR.\n\n" + meet("coach-carol", "es")[0], loc=meet("coach-carol", "es")[1]))

    a(Ev("visa-consular", "es", "Cita consulado – entrevista visado (sobrino Mateo)", "2026-01-14 09:15", 60,
         prod="ios", tz="float", desc="Acompañar a Mateo a la entrevista de visado de estudiante. Llevar pasaporte, "
                                      "carta de admisión y justificante de pago.",
         loc="Consulado General, Calle de Serrano 75, Madrid"))

    a(Ev("webinar", "es", "Webinar: Cómo preparar una entrevista de diseño instruccional", "2026-01-15 18:00", 75,
         prod="zoom", org="Comunidad eLearning Hispana <eventos@elearninghispana.invalid>", att=[LU],
         desc="Gracias por inscribirte. Ponentes: dos diseñadoras instruccionales que vienen de la docencia.\n\n"
              + zoom("webinar-elh", "es")[0]))

    a(Ev("press-interview", "es", "Entrevista para Levante-EMV – proyecto de lectura del cole", "2026-01-20 12:30",
         30, prod="owa", tz="win:Romance Standard Time", org="Comunicación <comunicacion@colegio-sanjorge.es>",
         att=[LUW, "Marcos Ferri <mferri@levante-emv.invalid>"],
         desc="Un periodista de Levante-EMV quiere entrevistar a Lucía sobre el proyecto 'Lectores de 3º'. "
              "Fotos en el aula.", loc="Biblioteca del colegio"))

    a(Ev("sepe", "es", "Cita SEPE – entrevista orientación laboral (mamá)", "2026-01-21 10:40", 30, prod="gexport",
         tz="float", desc="Acompaño a mamá a la oficina de empleo de Campanar. Llevar DNI y demanda.",
         loc="Oficina de empleo Campanar, València"))

    a(Ev("reference-call", "es", "Me llaman como referencia de Laura (Editorial Marea)", "2026-01-23 13:00", 20,
         prod="apple", tz="Europe/Madrid",
         desc="Laura Vives (excompañera) me ha puesto como referencia para un puesto en Editorial Marea. Me llama "
              "su responsable de selección."))

    a(Ev("info-coffee", "es", "Café con Nerea – cómo pasó de maestra a diseño instruccional", "2026-01-24 10:30", 60,
         prod="google", org=LU, att=[LU, "Nerea Albiol <nerea.albiol@gmail.com>"],
         desc="Café informativo: Nerea trabaja en una edtech. Preguntarle por portfolio, herramientas y salarios.",
         loc="Federal Café, Plaça de Tetuan 4, València"))

    a(Ev("job-fair", "es", "Feria de Empleo Educación y Formación – UV", "2026-01-28", 1440, tz="day", prod="gexport",
         desc="Stands de editoriales y edtech. Llevar 20 CV impresos.", loc="Facultat de Magisteri, València"))

    a(Ev("onboarding", "es", "Día de bienvenida – personas nuevas de Aulaverde", "2026-04-20 09:00", 240,
         prod="factorial", org="Aulaverde <notificaciones@factorialhr.com>", att=[LU],
         desc="¡Bienvenida a Aulaverde, Lucía! Tu primer día: recogida de portátil, presentación del equipo de "
              "diseño y comida.", loc="Aulaverde, Carrer de Sueca 29, València"))

    a(Ev("user-research", "es", "Entrevista de usuario – app Pizarra Viva (docentes)", "2026-01-29 17:30", 40,
         prod="calendly", org="Research Pizarra Viva <research@pizarraviva.app>", att=[LU],
         desc="Gracias por participar en nuestra investigación con docentes de primaria. Hablaremos de cómo usas "
              "la app en el aula. Recibirás una tarjeta regalo de 30 €.\n\nCalendly.com"))

    a(Ev("class-interviewing", "es", "Curso 'Consigue el puesto': módulo 4 – entrevistas por competencias",
         "2026-02-02 19:00", 90, prod="google", org="Escuela de Transición Docente <aula@transiciondocente.invalid>",
         att=[LU], desc="Clase en directo del curso. Practicaremos respuestas STAR en parejas.\n\n"
                        + meet("etd-m4", "es")[0], loc=meet("etd-m4", "es")[1]))

    a(Ev("podcast", "es", "Grabación podcast 'Maestras que cambian de rumbo'", "2026-02-04 18:00", 60,
         prod="google", org="Sonia Pla <soniapla.podcast@gmail.com>",
         att=[LU, "Sonia Pla <soniapla.podcast@gmail.com>"],
         desc="Te entrevisto para el episodio 12: tu paso del aula al diseño de contenidos. Usaremos Riverside.",
         loc="https://riverside.fm/studio/maestras-rumbo"))

    a(Ev("tutor-meeting", "es", "Entrevista con la tutora de Hugo", "2026-02-05 16:45", 30, prod="ios", tz="float",
         desc="Reunión trimestral en el CEIP Les Arts con la tutora de mi hijo.", loc="CEIP Les Arts"))

    a(Ev("performance-review", "es", "Entrevista de seguimiento anual con Dirección", "2026-02-06 14:00", 45,
         prod="owa", tz="win:Romance Standard Time", org="Marta Ibáñez <mibanez@colegio-sanjorge.es>",
         att=[LUW], desc="Entrevista anual de desarrollo profesional: objetivos del curso, formación y plan para el "
                         "próximo año.", loc="Despacho Dirección"))

    a(Ev("linkedin-recruiter", "es", "Llamada con Javier – LinkedIn", "2026-02-09 12:00", 20, prod="google",
         org="Javier Ortuño <javier.ortuno.rec@gmail.com>", att=[LU, "Javier Ortuño <javier.ortuno.rec@gmail.com>"],
         desc="Hola Lucía, soy recruiter freelance. Te escribí por LinkedIn: quiero entender tu experiencia y "
              "salario deseado para proponerte a empresas del sector formación en cuanto tenga algo encaja."))

    a(Ev("mock-friend", "es", "Ensayo entrevista Kubo con Raquel", "2026-03-05 20:30", 45, prod="ios", tz="float",
         desc="Raquel hace de entrevistadora, me pregunta por la prueba de guion. Por videollamada de WhatsApp."))

    a(Ev("tie-appointment", "es", "Cita previa – Entrevista Oficina de Extranjería (Iryna)", "2026-02-11 11:20", 30,
         prod="gexport", tz="float", desc="Acompaño a Iryna (madre de una alumna) como traductora a su cita de "
                                           "arraigo.", loc="Oficina de Extranjería, C/ Motilla del Palancar 10"))

    a(Ev("prep-block", "es", "Preparar entrevista Editorial Marea", "2026-02-02 18:00", 90, prod="apple",
         tz="Europe/Madrid", desc="Repasar catálogo de primaria, preparar 3 ejemplos de unidades y preguntas para "
                                  "Nuria. No olvidar el portfolio en PDF."))

    a(Ev("internal-meeting", "es", "Claustro de Primaria", "2026-02-12 17:00", 90, prod="owa",
         tz="win:Romance Standard Time", org="Jefatura de Estudios <jefatura@colegio-sanjorge.es>",
         att=[LUW, "Profesorado Primaria <primaria@colegio-sanjorge.es>"],
         desc="Orden del día: evaluación 2º trimestre, semana cultural, salidas.", loc="Salón de actos"))

    a(Ev("research-interview-thesis", "es", "Entrevista TFM – María (Máster en Tecnología Educativa)",
         "2026-02-18 18:30", 40, prod="google", org="María Cervera <maria.cervera@alumni.uv.es>",
         att=[LU, "María Cervera <maria.cervera@alumni.uv.es>"],
         desc="Entrevista semiestructurada para mi TFM sobre uso de tabletas en primaria. Grabaré el audio con "
              "tu consentimiento.\n\n" + meet("tfm-maria", "es")[0], loc=meet("tfm-maria", "es")[1]))

    a(Ev("open-day-course", "es", "Jornada de puertas abiertas – Máster en Diseño Instruccional", "2026-02-21 11:00",
         120, prod="gexport", tz="float", desc="Presentación del máster online, becas y salidas profesionales.",
         loc="Universitat Oberta – sede València"))

    a(Ev("info-call-ngo", "es", "Charla informativa con Begoña – cómo es trabajar en una ONG educativa",
         "2026-01-27 18:00", 30, prod="google", org=LU, att=[LU, "Begoña Arrieta <begoarrieta@gmail.com>"],
         desc="Me la presentó Nerea. No hay vacante; solo quiero entender el sector y los perfiles que buscan."))

    a(Ev("tickler", "es", "Enviar notas de agradecimiento — Editorial Marea, Editora de contenidos digitales",
         "2026-02-03 18:00", 15, prod="gexport", tz="Europe/Madrid",
         desc="Recordatorio creado por afterview: escribe tus reflexiones y los nombres de las personas que te "
              "entrevistaron. Los borradores están en Borradores.",
         extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KIND:thank-you"]))

    a(Ev("bank-meeting", "es", "Entrevista con el gestor – hipoteca", "2026-03-02 09:00", 45, prod="ios",
         tz="float", desc="Banco, oficina de Ruzafa. Llevar nóminas y vida laboral.", loc="Calle Sueca 40"))

    a(Ev("webinar-ats", "es", "Webinar Factorial: entrevistas estructuradas para equipos de RR. HH.",
         "2026-03-04 16:00", 60, prod="factorial", org="Factorial Eventos <eventos@factorialhr.com>", att=[LU],
         desc="Aprende a diseñar entrevistas estructuradas y scorecards. Te apuntaste desde la web.\n\n"
              + webex("fact-web", "es")[0]))

    a(Ev("alumni-mentoring", "es", "Mentoría con exalumna de Magisterio – preparar oposiciones", "2026-03-10 18:30",
         45, prod="google", org=LU, att=[LU, "Claudia Mir <claudiamir.mestra@gmail.com>"],
         desc="Claudia me pidió consejo para la entrevista de las oposiciones. Yo le hago de entrevistadora para "
              "practicar.\n\n" + meet("claudia-mentor", "es")[0], loc=meet("claudia-mentor", "es")[1]))

    a(Ev("headhunter-intake-2", "es", "Primera toma de contacto – Lucía Navarro | Michael Page Education",
         "2026-03-11 09:30", 30, prod="outlook", tz="winvt:Romance Standard Time",
         org="Álex Domènech <alex.domenech@michaelpage.invalid>", att=[LU],
         desc="Conversación para conocer tu perfil y objetivos. Aún no te presento a ninguna empresa.\n\n"
              + zoom("mpage", "es")[0]))
    return out
