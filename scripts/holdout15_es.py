"""holdout15 Spanish mail, each message written on its own."""

from __future__ import annotations

from holdout15_core import Msg

GRACIAS = ("Hola Marta,\n\nmuchas gracias por la entrevista de ayer. Me gustó mucho conocer cómo planificáis el "
           "stock para el verano.\n\nUn saludo,\nTomasz Nowak")
SEGUIMIENTO = "Buenos días,\n\n¿hay alguna novedad sobre el puesto de analista de logística?\n\nSaludos,\nTomasz"
LEGAL = ("Mediterránea Logística S.L. – CIF B12345678. Este mensaje es confidencial. En cumplimiento del RGPD, le "
         "informamos de que sus datos serán tratados para procesos de selección. Lamentamos cualquier "
         "error de envío; ninguna oferta es vinculante sin contrato firmado.")

MESSAGES: list[Msg] = [
    Msg("rejection", "es", "warm_rejection", "Mediterránea Logística", "Analista de Demanda",
        "Marta Serrano <marta.serrano@mediterranea-logistica.es>", "RE: Entrevista Analista de Demanda",
        "Hola Tomasz,\n\nGracias por tu mensaje. Nos causaste muy buena impresión y valoramos mucho tu "
        "experiencia en almacén. Sin embargo, hemos decidido continuar con otra persona que tiene más "
        "experiencia con SAP.\n\nTe deseamos mucha suerte.\n\nMarta Serrano\nSelección\n\n" + LEGAL,
        quote="outlook|" + GRACIAS, charset="iso-8859-1", cte="quoted-printable"),
    Msg("rejection", "es", "no_interview", "Tienda Sol", "Analista de Supply Chain",
        "Tienda Sol <tiendasol@infojobs.net>", "Tu candidatura en Tienda Sol",
        "Hola Tomasz:\n\nGracias por inscribirte en nuestra oferta. Lamentablemente no podemos ofrecerte una "
        "entrevista para este puesto en este momento.\n\nEquipo de Talento de Tienda Sol", layout="html",
        reply_to="talento@tiendasol.es"),
    Msg("rejection", "es", "talent_pool", "Catalunya Fulfilment", "Planificador de Inventario",
        "Jordi Puig <jordi.puig@catfulfilment.es>", "Proceso Planificador de Inventario",
        "Hola Tomasz,\n\nHemos cerrado el proceso con otro candidato. Nos gustaría mantener tu perfil en nuestra "
        "bolsa de talento para futuras vacantes en Barcelona, si te parece bien.\n\nUn abrazo,\nJordi",
        layout="alt"),
    Msg("rejection", "es", "rescinded", "Puerto Seco Aragón", "Coordinador de Planificación",
        "Recursos Humanos Puerto Seco <rrhh@puertoseco-aragon.es>", "Retirada de la oferta",
        "Estimado Sr. Nowak:\n\nLamentamos comunicarle que nos vemos obligados a retirar la oferta de empleo que "
        "le enviamos para el puesto de Coordinador de Planificación, debido a la congelación de contrataciones "
        "aprobada por el consejo.\n\nLe pedimos disculpas por las molestias.\n\nRecursos Humanos",
        charset="windows-1252"),
    Msg("rejection", "es", "stage_rejection", "Tienda Sol", "Analista de Reposición",
        "Tienda Sol <tiendasol@infojobs.net>", "Resultado de la prueba de Excel",
        "Hola Tomasz:\n\nGracias por completar la prueba técnica. Tras revisarla, hemos decidido no avanzar con "
        "tu candidatura en el proceso.\n\nEquipo de Talento", layout="html", reply_to="talento@tiendasol.es"),
    Msg("rejection", "es", "warm_rejection", "Envíos Rápidos BCN", "Analista de Operaciones",
        "Laia Ferrer <laia@enviosrapidosbcn.com>", "tu proceso",
        "hola tomasz! nos encantó conocerte, de verdad, pero al final nos quedamos con alguien que ya habla "
        "catalán con los clientes. sorry!! ojalá coincidamos más adelante\n\nlaia"),
    Msg("rejection", "es", "agency_rejection", "Grupo Levante Retail", "Analista Logístico",
        "Pablo Ortega <p.ortega@talentlogistico.es>", "Feedback Grupo Levante",
        "Hola Tomasz,\n\nTe escribo con el feedback de Grupo Levante: han decidido no seguir adelante contigo para "
        "el puesto de analista logístico. Valoraron tu perfil, pero buscan experiencia en retail de moda.\n\n"
        "Sigo buscando opciones para ti.\n\nPablo Ortega\nConsultor, Talent Logístico"),
    Msg("rejection", "es", "rejection_reapply", "Catalunya Fulfilment", "Programa Graduados",
        "Catalunya Fulfilment <catfulfilment@smartrecruiters.com>", "Programa Graduados 2027",
        "Hola Tomasz,\n\nGracias por participar en nuestro assessment center. Lamentablemente no has sido "
        "seleccionado para el programa. Podrás volver a presentarte a la próxima convocatoria dentro de 6 "
        "meses.\n\nEquipo de Early Careers", layout="alt", cte="base64"),
    Msg("offer", "es", "formal_offer", "Mediterránea Logística", "Analista de Logística",
        "Marta Serrano <marta.serrano@mediterranea-logistica.es>", "Oferta de empleo – Analista de Logística",
        "Hola Tomasz,\n\nNos complace ofrecerte el puesto de Analista de Logística en nuestro centro de la Zona "
        "Franca de Barcelona.\n\n- Salario: 36.000 EUR brutos anuales\n- Contrato indefinido\n- Incorporación: "
        "11 de enero de 2027\n\nTe agradeceríamos una respuesta antes del 3 de diciembre.\n\nUn saludo,\n"
        "Marta Serrano\n\n" + LEGAL, layout="alt", cte="quoted-printable"),
    Msg("offer", "es", "casual_offer", "Envíos Rápidos BCN", "Analista de Operaciones",
        "Laia Ferrer <laia@enviosrapidosbcn.com>", "cambio de planes :)",
        "tomasz! la persona que elegimos se ha echado atrás. nos encantaría que te unieras al equipo, ¿sigues "
        "disponible? te mando el contrato en cuanto me digas\n\nlaia"),
    Msg("offer", "es", "verbal_offer", "Grupo Levante Retail", "Planificador de Demanda",
        "Pablo Ortega <p.ortega@talentlogistico.es>", "Como hablamos por teléfono",
        "Tomasz, te confirmo por escrito lo que te dije por teléfono: Grupo Levante te ofrece el puesto de "
        "planificador de demanda. La carta oficial llegará esta semana.\n\nPablo"),
    Msg("offer", "es", "conditional_offer", "Tienda Sol", "Analista de Supply Chain",
        "Tienda Sol <tiendasol@infojobs.net>", "¡Enhorabuena!",
        "Hola Tomasz:\n\n¡Enhorabuena! Queremos ofrecerte el puesto de Analista de Supply Chain, condicionado a "
        "la verificación de referencias y de tu permiso de conducir.\n\nEquipo de Talento", layout="html",
        reply_to="talento@tiendasol.es"),
    Msg("next_step", "es", "assessment", "Catalunya Fulfilment", "Planificador de Inventario",
        "Catalunya Fulfilment <catfulfilment@smartrecruiters.com>", "Siguiente paso: caso práctico",
        "Hola Tomasz,\n\nNos gustaría invitarte a la siguiente fase: un caso práctico sobre niveles de stock y "
        "una prueba de SQL. Tendrás 72 horas para entregarlo.\n\nEquipo de Selección", layout="html",
        reply_to="seleccion@catfulfilment.es"),
    Msg("next_step", "es", "reschedule_lamentablemente", "Mediterránea Logística", "Analista de Demanda",
        "Marta Serrano <marta.serrano@mediterranea-logistica.es>", "Cambio de hora",
        "Hola Tomasz,\n\nLamentablemente tenemos que mover la entrevista del jueves. ¿Te iría bien el viernes a "
        "las 11:00?\n\nMarta"),
    Msg("next_step", "es", "final_round", "Puerto Seco Aragón", "Analista de Transporte",
        "Recursos Humanos Puerto Seco <rrhh@puertoseco-aragon.es>", "Entrevista final",
        "Estimado Sr. Nowak:\n\nHa superado la primera fase. Le invitamos a una entrevista final con la dirección "
        "de operaciones. Tomaremos la decisión final en un plazo de 10 días hábiles.\n\nRecursos Humanos",
        promise=("bdays", 10), charset="windows-1252"),
    Msg("next_step", "es", "relocation_question", "Envíos Rápidos BCN", "Analista de Operaciones",
        "Laia Ferrer <laia@enviosrapidosbcn.com>", "una pregunta",
        "hola! antes de la segunda entrevista: ¿estarías dispuesto a mudarte a Barcelona en enero? y ¿te va bien "
        "hacer turnos de tarde algunos sábados? queremos cerrar el proceso antes del viernes\n\nlaia",
        promise=("weekday", 4)),
    Msg("pending", "es", "still_reviewing", "Mediterránea Logística", "Analista de Transporte",
        "Marta Serrano <marta.serrano@mediterranea-logistica.es>", "RE: Novedades",
        "Hola Tomasz,\n\nSeguimos revisando candidaturas. Te daremos una respuesta antes de final de mes.\n\n"
        "Marta", promise=("eom", 0), quote="gmail|" + SEGUIMIENTO, layout="alt"),
    Msg("pending", "es", "on_hold", "Grupo Levante Retail", "Planificador de Demanda",
        "Pablo Ortega <p.ortega@talentlogistico.es>", "Proceso en pausa",
        "Hola Tomasz, Grupo Levante ha congelado el proceso hasta después de la campaña de Navidad. No está "
        "cancelado; te aviso en cuanto lo reactiven.\n\nPablo"),
    Msg("pending", "es", "delay", "Catalunya Fulfilment", "Planificador de Inventario",
        "Jordi Puig <jordi.puig@catfulfilment.es>", "Un poco más de tiempo",
        "Hola Tomasz,\n\nPerdona la demora. Aún no hemos decidido; te diré algo el lunes sin falta.\n\nJordi",
        promise=("weekday", 0)),
    Msg("pending", "es", "waitlist", "Tienda Sol", "Analista de Reposición",
        "Tienda Sol <tiendasol@infojobs.net>", "Lista de reserva",
        "Hola Tomasz:\n\nHas quedado en lista de reserva para el puesto. Si la persona seleccionada no se "
        "incorpora, contaremos contigo. Te confirmaremos la decisión definitiva en 10 días.\n\nEquipo de Talento",
        layout="html", reply_to="talento@tiendasol.es", promise=("days", 10)),
    Msg("pending", "es", "pending_lamentablemente", "Puerto Seco Aragón", "Analista de Transporte",
        "Recursos Humanos Puerto Seco <rrhh@puertoseco-aragon.es>", "Estado de su candidatura",
        "Estimado Sr. Nowak:\n\nLamentablemente el proceso se ha retrasado. Le comunicaremos la decisión el "
        "{D}.\n\nRecursos Humanos", promise=("explicit", 11), charset="iso-8859-1"),
    Msg("acknowledgement", "es", "received", "Envíos Rápidos BCN", "Analista de Operaciones",
        "Envíos Rápidos BCN <jobs@enviosrapidosbcn.com>", "Hemos recibido tu candidatura",
        "¡Hola Tomasz! Hemos recibido tu CV. Lo revisaremos y te contestaremos en un plazo de 7 días.\n\n"
        "Equipo Envíos Rápidos", promise=("days", 7)),
    Msg("acknowledgement", "es", "ack_offer_word", "Catalunya Fulfilment", "Analista de Datos Logísticos",
        "Catalunya Fulfilment <catfulfilment@smartrecruiters.com>", "Gracias por tu candidatura",
        "Hola Tomasz,\n\nHemos recibido tu candidatura para la oferta de Analista de Datos Logísticos. Te "
        "responderemos antes del {D}.\n\nEquipo de Selección", layout="html",
        reply_to="seleccion@catfulfilment.es", promise=("explicit", 10)),
    Msg("acknowledgement", "es", "received_docs", "Mediterránea Logística", "Analista de Logística",
        "Marta Serrano <marta.serrano@mediterranea-logistica.es>", "RE: Documentación",
        "Recibido, gracias Tomasz.\n\nMarta",
        quote="apple|Hola Marta, te adjunto el NIE y el carnet de conducir. Saludos, Tomasz"),
    Msg("acknowledgement", "es", "ack_lamentablemente", "Grupo Levante Retail", "Analista Logístico",
        "Grupo Levante Retail <empleo@grupolevante.es>", "Confirmación de recepción",
        "Estimado candidato:\n\nConfirmamos la recepción de su candidatura. Lamentablemente, debido al volumen, "
        "solo contactaremos con los candidatos preseleccionados.\n\nDepartamento de Personas",
        charset="windows-1252"),
    Msg("auto_reply", "es", "out_of_office", "Mediterránea Logística", "Analista de Demanda",
        "Marta Serrano <marta.serrano@mediterranea-logistica.es>", "Respuesta automática: Novedades",
        "Estoy fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, escribe a "
        "seleccion@mediterranea-logistica.es.\n\nMarta Serrano", extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("auto_reply", "es", "auto_noreply", "Tienda Sol", "",
        "Tienda Sol <no-responder@tiendasol.es>", "Respuesta automática",
        "Este buzón no admite respuestas. Si tienes dudas sobre nuestras ofertas de empleo, visita "
        "tiendasol.es/empleo.", extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("other", "es", "job_alert_offer", "InfoJobs", "",
        "InfoJobs <alertas@infojobs.net>", "Nuevas ofertas: analista logística Barcelona",
        "Tenemos 6 nuevas ofertas para ti:\n\n- Analista de Logística – Mediterránea Logística\n- Planificador "
        "de Demanda – Grupo Levante Retail\n\nLamentamos que algunas ofertas ya no estén disponibles.\n\n"
        "Darse de baja", layout="html"),
    Msg("other", "es", "withdrawal", "Catalunya Fulfilment", "Planificador de Inventario",
        "Jordi Puig <jordi.puig@catfulfilment.es>", "Re: Retiro mi candidatura",
        "Entendido, Tomasz. Gracias por avisar y mucha suerte en tu nuevo trabajo.\n\nJordi",
        quote="gmail|Hola Jordi,\n\nhe aceptado otra oferta y retiro mi candidatura.\n\nUn saludo,\nTomasz"),
    Msg("other", "es", "interviewer", "", "Preparador de pedidos",
        "Andrés Molina <andres.molina92@gmail.com>", "Entrevista preparador de pedidos",
        "Hola Tomasz,\n\nGracias por la entrevista de hoy para el puesto de preparador de pedidos. Quedo a la "
        "espera de tu respuesta.\n\nAndrés Molina"),
]
