"""Holdout12 Spanish mail (Madrid), each message written on its own."""

from __future__ import annotations

from holdout12_mime import Mail

M = Mail

MAILS: list[Mail] = [
    M("rejection", "es", "warm", "Banco Almendral", "Analista KYC", "plain/iso-8859-1/qp",
      ("Lucía Ferrer", "lucia.ferrer@bancoalmendral.es"), "Tu candidatura – Analista KYC",
      """Hola Aisha:

Gracias de nuevo por la entrevista del martes. Nos gustó mucho tu enfoque metódico y cómo explicaste la
revisión documental que coordinaste en el despacho.

Aun así, hemos decidido continuar con otra persona que ya tiene experiencia en banca minorista española.
Ha sido una decisión muy ajustada.

Te deseamos mucha suerte.

Un abrazo,
Lucía Ferrer
Talent Acquisition, Banco Almendral"""),
    M("rejection", "es", "no_interview", "Pagoluz", "Analista de Prevención de Blanqueo", "html//qp",
      ("Pagoluz Talento", "noreply@teamtailor.com"), "Actualización sobre tu candidatura en Pagoluz",
      """Hola Aisha,

Gracias por tu interés en Pagoluz. Hemos revisado tu perfil con atención y, lamentablemente, no podemos
ofrecerte una entrevista para el puesto de Analista de Prevención de Blanqueo en este momento.

Te animamos a seguir nuestras ofertas.

Equipo de Talento de Pagoluz""", reply_to="talento@pagoluz.es", extra={"ats": "Teamtailor"}),
    M("rejection", "es", "talent_pool", "Seguros Cierzo", "Técnico de Cumplimiento Normativo", "alt//qp",
      ("Seguros Cierzo RRHH", "seleccion@seguroscierzo.es"), "Proceso de selección – Técnico de Cumplimiento",
      """Estimada Aisha:

Le agradecemos su participación en nuestro proceso de selección. Lamentamos comunicarle que su candidatura no
ha sido seleccionada para continuar.

Con su permiso, conservaremos su currículum en nuestra base de datos para futuras vacantes que encajen con su
perfil.

Atentamente,
Departamento de Recursos Humanos
Seguros Cierzo, S.A."""),
    M("rejection", "es", "rescinded", "Financiera Tajo", "Analista de Riesgo de Cliente", "plain/utf-8/qp",
      ("Álvaro Ruiz", "alvaro.ruiz@financieratajo.es"), "RE: Carta oferta",
      """Hola Aisha:

Lamento muchísimo escribirte esto. Tras la fusión con Grupo Meseta anunciada ayer, la dirección ha
congelado todas las incorporaciones pendientes y nos vemos obligados a retirar la oferta que te enviamos la
semana pasada. No tiene nada que ver contigo ni con tu proceso.

Si quieres, te llamo esta tarde y lo hablamos.

Álvaro""", quote="acc"),
    M("rejection", "es", "typo_lower", "Pagoluz", "Analista de Onboarding", "plain/utf-8/8bit",
      ("marta", "marta@pagoluz.es"), "onboarding",
      """hola aisha, al final nos hemos decantado por otra candidata para onboarding, lo siento muchisimo.
gracias por todo y suerte!!

marta

Enviado desde mi iPhone"""),
    M("rejection", "es", "after_assessment", "Banco Almendral", "Programa Graduate Compliance", "html//b64",
      ("Banco Almendral Empleo", "empleo@bancoalmendral.es"), "Resultado de las pruebas",
      """Estimada Aisha:

Gracias por completar las pruebas online del Programa Graduate Compliance. Tras analizar los resultados,
sentimos comunicarte que no continuarás en el proceso de este año.

Podrás volver a presentarte en la próxima convocatoria, dentro de seis meses.

Un saludo,
Selección Banco Almendral"""),
    M("rejection", "es", "quoted_reply", "Seguros Cierzo", "Analista de Fraude", "reply/utf-8/qp",
      ("Pablo Navarro", "pablo.navarro@seguroscierzo.es"), "RE: Agradecimiento entrevista",
      """Hola Aisha:

Muchas gracias por tu mensaje. Por desgracia, tengo que decirte que hemos elegido a otro candidato. Me
encantaría darte feedback en una llamada corta si te sirve.

Saludos,
Pablo""", quote="ty", extra={"qs": "outlook"}),
    M("offer", "es", "formal", "Banco Almendral", "Analista KYC", "alt//qp",
      ("Lucía Ferrer", "lucia.ferrer@bancoalmendral.es"), "Oferta de empleo – Analista KYC",
      """Hola Aisha:

Es un placer ofrecerte el puesto de Analista KYC en nuestro equipo de Madrid, con un salario bruto anual de
42.000 € y contrato indefinido. Te adjunto la carta oferta.

La incorporación queda sujeta a la verificación de antecedentes y referencias. Te agradeceríamos una
respuesta antes del {DUE}.

Un abrazo,
Lucía"""),
    M("offer", "es", "casual", "Pagoluz", "Analista de Prevención de Blanqueo", "plain/utf-8/8bit",
      ("Marta Gil", "marta@pagoluz.es"), "¡buenas noticias!",
      """¡Hola Aisha!

Nos encantaría que te unieras al equipo de PBC. A todos nos convenció tu caso práctico. Mañana te mando
la propuesta por escrito, pero quería contártelo ya.

Marta"""),
    M("offer", "es", "offer_unfortunately", "Financiera Tajo", "Analista de Riesgo de Cliente", "plain/iso-8859-1/8bit",
      ("Álvaro Ruiz", "alvaro.ruiz@financieratajo.es"), "Propuesta",
      """Hola Aisha:

Nos alegra mucho ofrecerte el puesto de Analista de Riesgo de Cliente. Lamentablemente no podemos llegar a
los 45.000 € que comentaste; la oferta es de 41.000 € más variable. Te adjunto el detalle.

Saludos,
Álvaro"""),
    M("offer", "es", "verbal", "Seguros Cierzo", "Técnico de Cumplimiento Normativo", "plain/windows-1252/qp",
      ("Irene Castro", "irene.castro@talentiaconsultores.es"), "Seguros Cierzo – ¡te quieren!",
      """Hola Aisha:

Me acaba de llamar Seguros Cierzo: quieren ofrecerte el puesto de Técnico de Cumplimiento. Me han
confirmado las condiciones por teléfono y te enviarán el contrato cuando les des el sí. ¡Llámame!

Irene Castro
Talentia Consultores"""),
    M("next_step", "es", "reschedule_unfortunately", "Banco Almendral", "Analista KYC", "plain/utf-8/qp",
      ("Lucía Ferrer", "lucia.ferrer@bancoalmendral.es"), "Cambio de fecha de la entrevista",
      """Hola Aisha:

Lamentablemente el responsable del área tiene un comité el jueves. ¿Te vendría bien el {SLOT} a las 10:00?
Misma sala, en la sede de Castellana.

Gracias,
Lucía"""),
    M("next_step", "es", "case_study", "Pagoluz", "Analista de Prevención de Blanqueo", "html//qp",
      ("Pagoluz Talento", "noreply@teamtailor.com"), "Siguiente paso: caso práctico",
      """Hola Aisha,

¡Enhorabuena, pasas a la siguiente fase! Te enviaremos un caso práctico sobre el alta de un comercio de alto
riesgo. La fecha límite de entrega es el {DUE}.

Equipo de Talento""", reply_to="talento@pagoluz.es", extra={"ats": "Teamtailor"}),
    M("next_step", "es", "next_round", "Seguros Cierzo", "Analista de Fraude", "alt//b64",
      ("Pablo Navarro", "pablo.navarro@seguroscierzo.es"), "Entrevista final",
      """Hola Aisha:

Nos gustaría que conocieras a nuestra directora de Cumplimiento en una última entrevista el {SLOT}. Te
daremos una respuesta definitiva en un plazo de 10 días hábiles.

Saludos,
Pablo""", promise=("bdays", 10)),
    M("next_step", "es", "references", "Financiera Tajo", "Analista de Riesgo de Cliente", "plain/utf-8/8bit",
      ("Álvaro Ruiz", "alvaro.ruiz@financieratajo.es"), "Referencias",
      """Hola Aisha:

Estás entre las finalistas. ¿Podrías enviarme los datos de dos personas de referencia? Así podremos cerrar
el proceso; te daremos una respuesta antes del jueves.

Gracias,
Álvaro""", promise=("weekday", 3)),
    M("pending", "es", "still_reviewing", "Banco Almendral", "Analista KYC", "alt/utf-8/b64",
      ("Lucía Ferrer", "lucia.ferrer@bancoalmendral.es"), "RE: Seguimiento",
      """Hola Aisha:

Gracias por escribir. Seguimos con entrevistas esta semana y aún no hay decisión. Te diré algo antes del
viernes.

Un saludo,
Lucía""", promise=("weekday", 4), quote="fu", extra={"qs": "gmail"}),
    M("pending", "es", "on_hold", "Pagoluz", "Analista de Onboarding", "plain/utf-8/8bit",
      ("Marta Gil", "marta@pagoluz.es"), "puesto en pausa",
      """Hola Aisha,

Te escribo para contarte que hemos puesto en pausa la contratación mientras cerramos la ronda de
financiación. Tu candidatura sigue abierta y te aviso en cuanto se reactive.

Marta"""),
    M("pending", "es", "delay", "Seguros Cierzo", "Técnico de Cumplimiento Normativo", "alt//qp",
      ("Seguros Cierzo RRHH", "seleccion@seguroscierzo.es"), "Retraso en el proceso",
      """Estimada Aisha:

Disculpe la demora. El proceso se ha alargado por la auditoría anual; le daremos una respuesta en un plazo de
15 días.

Atentamente,
Recursos Humanos""", promise=("days", 15)),
    M("pending", "es", "background_check", "Financiera Tajo", "Analista de Riesgo de Cliente", "plain/utf-8/b64",
      ("Financiera Tajo Personas", "personas@financieratajo.es"), "Verificación de antecedentes",
      """Hola Aisha:

Hemos recibido tu autorización y el proveedor ha iniciado la verificación de antecedentes. Te
informaremos del resultado en cuanto lo tengamos.

Un saludo,
Personas"""),
    M("pending", "es", "waitlist", "Banco Almendral", "Programa Graduate Compliance", "html//qp",
      ("Banco Almendral Empleo", "empleo@bancoalmendral.es"), "Lista de reserva",
      """Estimada Aisha:

Has superado el assessment center, pero todas las plazas están cubiertas por ahora. Te hemos incluido en la
lista de reserva; te confirmaremos si queda alguna plaza libre antes de finales de {M}.

Selección Banco Almendral""", promise=("eom", 1)),
    M("acknowledgement", "es", "received", "Seguros Cierzo", "Analista de Fraude", "html//qp",
      ("Seguros Cierzo Empleo", "seguroscierzo@smartrecruiters.com"), "Hemos recibido tu candidatura",
      """Hola Aisha:

Gracias por presentar tu candidatura para Analista de Fraude. La hemos recibido correctamente y el equipo la
revisará en los próximos días. Te responderemos antes del {D}.

Seguros Cierzo""", promise=("explicit", 10), extra={"ats": "SmartRecruiters"}),
    M("acknowledgement", "es", "received", "Banco Almendral", "Analista de Sanciones", "alt//qp",
      ("Banco Almendral Empleo", "bancoalmendral@myworkday.com"), "Confirmación de candidatura",
      """Estimada Aisha:

Confirmamos la recepción de tu candidatura para Analista de Sanciones. Te contactaremos antes del {D} para
informarte del estado del proceso.

Selección Banco Almendral""", promise=("explicit", 12), extra={"ats": "Workday"}),
    M("acknowledgement", "es", "received_agency", "Financiera Tajo", "Analista de Riesgo de Cliente",
      "plain/windows-1252/8bit",
      ("Irene Castro", "irene.castro@talentiaconsultores.es"), "Tu CV",
      """Hola Aisha:

Recibido tu CV, gracias. Se lo presento a Financiera Tajo esta semana y te digo algo.

Irene""", quote="app", extra={"qs": "apple"}),
    M("acknowledgement", "es", "ack_offer_word", "Pagoluz", "Analista de Prevención de Blanqueo", "html//b64",
      ("Pagoluz Talento", "noreply@teamtailor.com"), "¡Gracias por tu candidatura!",
      """Hola Aisha,

¡Gracias por aplicar a Pagoluz! Hemos recibido tu candidatura. Ofrecemos un entorno flexible y mucho
aprendizaje; te escribiremos en un plazo de 5 días hábiles.

Equipo de Talento""", promise=("bdays", 5), reply_to="talento@pagoluz.es", extra={"ats": "Teamtailor"}),
    M("acknowledgement", "es", "received_message", "Seguros Cierzo", "Técnico de Cumplimiento Normativo",
      "reply/utf-8/qp",
      ("Pablo Navarro", "pablo.navarro@seguroscierzo.es"), "RE: Consulta sobre el puesto",
      """Hola Aisha, recibido. Lo consulto con el equipo y te respondo mañana.

Pablo""", promise=("tomorrow", 0), quote="fu", extra={"qs": "gmail"}),
    M("auto_reply", "es", "out_of_office", "Banco Almendral", "Analista KYC", "plain/iso-8859-1/8bit",
      ("Lucía Ferrer", "lucia.ferrer@bancoalmendral.es"), "Respuesta automática: Seguimiento",
      """Estoy fuera de la oficina hasta el {DUE}. Para asuntos urgentes, escribe a seleccion@bancoalmendral.es.

Lucía Ferrer""", extra={"auto": "auto-replied"}),
    M("auto_reply", "es", "left_company", "Pagoluz", "Analista de Onboarding", "plain/utf-8/8bit",
      ("marta", "marta@pagoluz.es"), "Respuesta automática",
      """Marta ya no trabaja en Pagoluz. Por favor, dirige tu consulta a talento@pagoluz.es.""",
      extra={"auto": "auto-replied"}),
    M("other", "es", "job_alert", "InfoJobs", "", "html//qp",
      ("InfoJobs", "alertas@infojobs.net"), "Nuevas ofertas: Analista KYC Madrid",
      """Tenemos nuevas ofertas para ti:

- Analista KYC – Banco Almendral – Madrid – Inscripción hasta el {DUE}
- Técnico PBC – Pagoluz – Teletrabajo
- Analista de Cumplimiento – Seguros Cierzo – Ofrecemos contrato indefinido

Lamentamos que algunas ofertas ya no estén disponibles.""", extra={"ats": "InfoJobs", "precedence": "bulk"}),
    M("other", "es", "withdrawal", "Financiera Tajo", "Analista de Riesgo de Cliente", "reply/utf-8/qp",
      ("Álvaro Ruiz", "alvaro.ruiz@financieratajo.es"), "RE: Retiro mi candidatura",
      """Hola Aisha:

Entendido, retiro tu candidatura del proceso. ¡Enhorabuena por el nuevo puesto y mucha suerte!

Álvaro""", quote="he aceptado otra oferta y quisiera retirar mi candidatura. Muchas gracias.",
      extra={"qs": "outlook"}),
    M("other", "es", "interviewer", "Whitcombe Leigh LLP", "Becario Legal", "plain/utf-8/qp",
      ("Carmen Vidal", "carmen.vidal@whitcombeleigh.es"), "Entrevistas becarios Madrid",
      """Hola Aisha:

¿Podrías participar en las entrevistas de becarios de la oficina de Madrid el {SLOT}? Son tres candidatos y
tenemos que decidir antes del viernes a quién hacemos la oferta.

Gracias,
Carmen"""),
    M("other", "es", "event_invite", "Pagoluz", "", "html//qp",
      ("Pagoluz Eventos", "eventos@pagoluz.es"), "Te invitamos: Meetup de Compliance en Madrid",
      """Hola Aisha:

Te invitamos a nuestro meetup sobre prevención del fraude en pagos el {SLOT} a las 19:00 en nuestras
oficinas. Habrá charlas, networking y algo de picar.

Inscríbete aquí""", extra={"precedence": "bulk"}),
    M("other", "es", "survey", "Banco Almendral", "", "html//b64",
      ("Banco Almendral Empleo", "empleo@bancoalmendral.es"), "¿Qué tal tu experiencia como candidata?",
      """Hola Aisha:

Nos encantaría conocer tu opinión sobre nuestro proceso de selección. La encuesta es anónima y dura dos
minutos.

Responder encuesta""", extra={"precedence": "bulk"}),
]
