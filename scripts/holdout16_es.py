"""holdout16, Spanish messages: each written on its own."""

from __future__ import annotations

from holdout16_core import M, q

MESSAGES: list[M] = [
    M("rejection", "es", "warm_rejection", "Laboratorios Alcarria", "Técnica de Asuntos Regulatorios",
      "Lucía Navarro <lucia.navarro@labalcarria.es>", "Proceso de selección - Técnica de Asuntos Regulatorios",
      """Hola Chiara:

Muchas gracias por tu tiempo y por la entrevista de la semana pasada. Nos impresionó mucho tu experiencia en
farmacia comunitaria y tu forma de explicar los problemas de suministro.

Sin embargo, hemos decidido continuar con otra candidata que ya ha trabajado con la AEMPS en procedimientos
descentralizados.

Te deseamos mucha suerte en esta nueva etapa.

Un abrazo,
Lucía Navarro
Directora de Asuntos Regulatorios
Laboratorios Alcarria, S.A. - Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.
""", cs="iso-8859-1", cte="qp"),
    M("rejection", "es", "no_interview", "MedDevices Iberia",
      "Especialista en Vigilancia de Productos Sanitarios",
      "InfoJobs <noreply@infojobs.net>", "Tu candidatura ha sido descartada",
      """Hola Chiara,

La empresa MedDevices Iberia ha revisado tu candidatura para la oferta "Especialista en Vigilancia de Productos
Sanitarios" y lamentablemente no podrá ofrecerte una entrevista en esta ocasión.

Sigue buscando: tenemos miles de ofertas para ti.
""", layout="ats_alt", ats="InfoJobs", cte="b64"),
    M("rejection", "es", "rescinded", "Ensayos Clínicos Meseta", "Coordinadora Regulatoria de Ensayos",
      "Javier Ortega <javier.ortega@ecmeseta.es>", "Sobre la oferta que te hicimos",
      """Chiara:

Lamento muchísimo escribirte esto. El cliente ha cancelado el contrato del estudio y, con él, la posición de
coordinadora regulatoria. Nos vemos obligados a retirar la oferta que te enviamos la semana pasada.

Sé que es una noticia muy mala. Si quieres, lo hablamos por teléfono mañana.

Javier Ortega
Director de Operaciones
""", layout="alt", cs="windows-1252", cte="qp"),
    M("rejection", "es", "talent_pool", "Grupo Farmacéutico Tajo", "Técnico de Farmacovigilancia",
      "Grupo Farmacéutico Tajo <empleo@gftajo.es>", "Agradecimiento por tu participación",
      """Estimada Chiara:

Te agradecemos tu interés en formar parte de Grupo Farmacéutico Tajo. En esta ocasión no vamos a continuar con tu
candidatura, pero nos gustaría incorporar tu perfil a nuestra bolsa de talento para futuras oportunidades.

Saludos cordiales,
Departamento de Personas
"""),
    M("rejection", "es", "short_note", "Farmastartup Lumbre", "Responsable de Calidad",
      "Pablo <pablo@lumbre.health>", "lo de calidad",
      """hola chiara, al final nos quedamos con otro perfil para calidad. mil gracias por venir, de verdad

pablo
"""),
    M("rejection", "es", "after_followup", "MedDevices Iberia", "Técnica de Asuntos Regulatorios",
      "Marta Gil <marta.gil@meddevices-iberia.com>", "RE: Seguimiento candidatura",
      """Hola Chiara:

Gracias por escribir. Siento decirte que la posición se ha cubierto con un candidato interno. Te agradezco mucho
el interés y el tiempo dedicado al proceso.

Un saludo,
Marta Gil
People & Talent
""", quote="outlook", quoted=q("es", "follow", "Marta")),
    M("rejection", "es", "after_assessment", "Laboratorios Alcarria", "Redactora Médica Regulatoria",
      "Laboratorios Alcarria <noreply@smartrecruiters.com>", "Resultado de la prueba técnica",
      """Estimada Chiara:

Gracias por completar la prueba de redacción regulatoria. Tras evaluarla, lamentamos comunicarte que no vas a
continuar en el proceso de selección.

Equipo de Selección de Laboratorios Alcarria
""", layout="ats", ats="SmartRecruiters"),
    M("rejection", "es", "warm_rejection", "Ensayos Clínicos Meseta", "Especialista en Información Médica",
      "Javier Ortega <javier.ortega@ecmeseta.es>", "Gracias, Chiara",
      """Hola Chiara:

Quería decírtelo personalmente: la entrevista fue estupenda y todo el equipo valoró tu cercanía con el paciente.
Aun así, hemos elegido a una persona con experiencia previa en un centro de información médica, porque el
servicio arranca en enero y no hay margen para formación.

Ojalá coincidamos más adelante.
Javier
"""),
    # offers
    M("offer", "es", "formal_offer", "Grupo Farmacéutico Tajo", "Técnico de Farmacovigilancia",
      "Raquel Domínguez <raquel.dominguez@gftajo.es>", "Carta de oferta - Técnico de Farmacovigilancia",
      """Estimada Chiara:

Nos complace ofrecerte el puesto de Técnico de Farmacovigilancia en nuestra sede de Madrid, con un contrato
indefinido y un salario bruto anual de 39.000 EUR más retribución flexible.

Adjuntamos la carta de oferta. Te agradeceríamos una respuesta antes del 4 de diciembre. La incorporación sería
el 11 de enero.

Un cordial saludo,
Raquel Domínguez
Responsable de Personas
""", when="2026-11-19 10:00", cs="iso-8859-1"),
    M("offer", "es", "casual_offer", "Farmastartup Lumbre", "Responsable Regulatorio",
      "Pablo <pablo@lumbre.health>", "te queremos en el equipo",
      """Chiara!! Hemos hablado Ana y yo y nos encantaría que te unieras a Lumbre para llevar todo lo regulatorio.
Te paso la propuesta por escrito esta semana. Dime algo :)
"""),
    M("offer", "es", "conditional_offer", "MedDevices Iberia",
      "Especialista en Vigilancia de Productos Sanitarios",
      "Marta Gil <marta.gil@meddevices-iberia.com>", "Oferta condicionada",
      """Hola Chiara:

¡Enhorabuena! Queremos ofrecerte el puesto de Especialista en Vigilancia. La oferta está condicionada a la
verificación de tu título de Farmacia y a la colegiación en el COF de Madrid. En cuanto lo tengamos, te
enviamos el contrato.

Un saludo,
Marta
""", layout="alt", cte="b64"),
    M("offer", "es", "verbal_offer", "Ensayos Clínicos Meseta", "Coordinadora Regulatoria de Ensayos",
      "Javier Ortega <javier.ortega@ecmeseta.es>", "Lo que hablamos por teléfono",
      """Chiara:

Te confirmo por escrito lo que te he dicho por teléfono: el puesto es tuyo. RRHH te enviará la oferta formal en
cuanto dirección firme la banda salarial.

¡Bienvenida!
Javier
"""),
    # next steps
    M("next_step", "es", "reschedule", "Laboratorios Alcarria", "Técnica de Asuntos Regulatorios",
      "Lucía Navarro <lucia.navarro@labalcarria.es>", "Cambio de fecha de la entrevista",
      """Hola Chiara:

Lamentablemente tengo que cambiar nuestra entrevista del miércoles, me ha surgido una auditoría. ¿Te vendría
bien el viernes a las 12:00? Misma sala de Teams.

Disculpa las molestias,
Lucía
"""),
    M("next_step", "es", "assessment", "Grupo Farmacéutico Tajo", "Técnico de Farmacovigilancia",
      "Grupo Farmacéutico Tajo <empleo@gftajo.es>", "Siguiente fase: caso práctico",
      """Estimada Chiara:

Has superado la primera fase. El siguiente paso es un caso práctico: evaluar la causalidad de tres notificaciones
de sospechas de reacciones adversas y redactar un breve informe. Dispones de 48 horas desde que abras el enlace.

Saludos,
Departamento de Personas
""", layout="alt"),
    M("next_step", "es", "panel_interview", "MedDevices Iberia", "Técnica de Asuntos Regulatorios Senior",
      "Marta Gil <marta.gil@meddevices-iberia.com>", "Entrevista final con el comité",
      """Hola Chiara:

¡Buenas noticias! Pasas a la entrevista final con el comité: la directora de Calidad, el responsable de Asuntos
Regulatorios y yo. Será presencial en Alcobendas el jueves 12 de noviembre a las 10:00.

Tendrás una respuesta definitiva antes del 20 de noviembre. Confírmame, por favor.
Marta
""", when="2026-11-04 13:25", promise=("date", "2026-11-20")),
    M("next_step", "es", "agency_interview", "Selecta Pharma Talent", "Especialista de Información Médica",
      "Irene Castillo <irene.castillo@selectapharma.es>", "Entrevista con el cliente",
      """Hola Chiara,

El cliente (un laboratorio de Madrid) quiere conocerte. Me proponen el lunes o el martes por la tarde, por
videollamada. ¿Qué te viene mejor? El cliente decidirá en un plazo de 10 días hábiles.

Irene Castillo
Consultora Senior | Selecta Pharma Talent
""", promise=("bdays", 10)),
    # pending
    M("pending", "es", "still_reviewing", "Laboratorios Alcarria", "Redactora Médica Regulatoria",
      "Lucía Navarro <lucia.navarro@labalcarria.es>", "RE: Seguimiento",
      """Hola Chiara:

Gracias por escribir. Seguimos valorando las candidaturas finalistas y te daremos una respuesta antes del
viernes.

Un saludo,
Lucía
""", quote="gmail", quoted=q("es", "follow", "Lucía"), promise=("weekday", 4)),
    M("pending", "es", "on_hold", "Grupo Farmacéutico Tajo", "Técnico de Asuntos Regulatorios",
      "Raquel Domínguez <raquel.dominguez@gftajo.es>", "Proceso en pausa",
      """Estimada Chiara:

Te escribo para informarte de que el proceso para el puesto de Técnico de Asuntos Regulatorios queda en pausa por
una reorganización interna del departamento. Tu candidatura sigue activa y te contactaremos en cuanto se
reanude.

Un saludo,
Raquel
"""),
    M("pending", "es", "waitlist", "Ensayos Clínicos Meseta", "Especialista en Información Médica",
      "Ensayos Clínicos Meseta <rrhh@ecmeseta.es>", "Lista de reserva",
      """Estimada Chiara:

Le informamos de que ha quedado en lista de reserva para el puesto de Especialista en Información Médica. Si
se produjera una vacante le avisaremos.

Atentamente,
Recursos Humanos
"""),
    M("pending", "es", "delay", "Selecta Pharma Talent", "Especialista de Información Médica",
      "Irene Castillo <irene.castillo@selectapharma.es>", "Aún sin noticias",
      """Hola Chiara,

Lamentablemente el cliente aún no ha decidido, tienen a la directora de vacaciones. Me dicen que tendrán una
respuesta en un plazo de 5 días hábiles.

Irene
""", promise=("bdays", 5)),
    M("pending", "es", "still_reviewing", "Farmastartup Lumbre", "Responsable Regulatorio",
      "Pablo <pablo@lumbre.health>", "sigo en ello",
      """hola chiara! sigo con entrevistas esta semana, te digo algo mañana sin falta

pablo
""", promise=("tomorrow", None)),
    # acknowledgements
    M("acknowledgement", "es", "received", "Grupo Farmacéutico Tajo", "Técnico de Asuntos Regulatorios",
      "Grupo Farmacéutico Tajo <empleo@gftajo.es>", "Hemos recibido tu candidatura",
      """Estimada Chiara:

Te confirmamos que hemos recibido tu candidatura para Técnico de Asuntos Regulatorios. Revisaremos tu perfil y
te contestaremos antes de fin de mes.

Departamento de Personas
""", promise=("eom", None), cs="windows-1252", cte="8bit"),
    M("acknowledgement", "es", "ack_offer_word", "MedDevices Iberia",
      "Especialista en Vigilancia de Productos Sanitarios",
      "InfoJobs <noreply@infojobs.net>", "Te has inscrito en la oferta",
      """Hola Chiara,

Te has inscrito correctamente en la oferta "Especialista en Vigilancia de Productos Sanitarios" de MedDevices
Iberia. La empresa ya puede ver tu CV.
""", layout="ats", ats="InfoJobs"),
    M("acknowledgement", "es", "received_docs", "MedDevices Iberia",
      "Especialista en Vigilancia de Productos Sanitarios",
      "Marta Gil <marta.gil@meddevices-iberia.com>", "RE: Documentación",
      """Hola Chiara, recibido todo, ¡gracias! Lo paso a RRHH.

Marta
""", quote="apple", quoted="Hola Marta,\n\nte envío el título y el certificado de colegiación.\n\nChiara"),
    M("acknowledgement", "es", "ack_unfortunately", "Laboratorios Alcarria", "Técnica de Asuntos Regulatorios",
      "Laboratorios Alcarria <noreply@smartrecruiters.com>", "Gracias por tu candidatura",
      """Hola Chiara,

Gracias por tu interés en Laboratorios Alcarria. Hemos recibido tu candidatura. Lamentablemente, por el volumen
de solicitudes, solo contactaremos con las personas preseleccionadas.
""", layout="ats_alt", ats="SmartRecruiters"),
    # auto replies
    M("auto_reply", "es", "out_of_office", "Grupo Farmacéutico Tajo", "Técnico de Farmacovigilancia",
      "Raquel Domínguez <raquel.dominguez@gftajo.es>", "Respuesta automática: Carta de oferta",
      """Hola, estoy fuera de la oficina hasta el 30 de noviembre. Para temas urgentes, escribe a
personas@gftajo.es. Gracias.
""", when="2026-11-20 19:40"),
    M("auto_reply", "es", "auto_noreply", "Selecta Pharma Talent", "",
      "Selecta Pharma Talent <no-reply@selectapharma.es>", "Hemos recibido tu correo",
      """Este es un mensaje automático. Hemos recibido tu correo y lo gestionaremos lo antes posible. Por favor, no
respondas a este mensaje.
"""),
    # other
    M("other", "es", "job_alert", "Tecnoempleo Farma", "",
      "Alertas de empleo <alertas@farmaempleo.es>", "Nuevas ofertas: farmacovigilancia Madrid",
      """Nuevas ofertas para ti:

- Técnico/a de Farmacovigilancia - Madrid - oferta destacada
- Especialista Regulatorio - Alcobendas - plazo hasta el 10/12
- Farmacéutico/a Información Médica - remoto

Lamentamos no poder mostrar todas las ofertas. Darse de baja
""", layout="html"),
    M("other", "es", "interviewer", "Farmacia Romano", "Técnico en farmacia",
      "Sergio Muñoz <sergio.munoz98@hotmail.es>", "Entrevista técnico en farmacia",
      """Hola Chiara,

Muchas gracias por la entrevista de ayer para el puesto de técnico. Me gustó mucho la farmacia. Quedo a la espera
de tu respuesta.

Un saludo,
Sergio Muñoz
"""),
    M("other", "es", "withdrawal", "Selecta Pharma Talent", "Especialista de Información Médica",
      "Irene Castillo <irene.castillo@selectapharma.es>", "RE: Retiro mi candidatura",
      """Hola Chiara, entendido y ¡enhorabuena por la nueva oferta! Ya se lo he comunicado al cliente. Mucha suerte.

Irene
""", quote="gmail", quoted=q("es", "withdraw", "Irene")),
]
