"""Holdout17, Spanish: mail from Seville and elsewhere, each message written on its own."""

from __future__ import annotations

from holdout17_core import Msg

AUTO = {"Auto-Submitted": "auto-replied"}

MSGS: list[Msg] = [
    Msg("rejection", "es", "warm_rejection", "Aula Viva SL", "Analista de datos educativos",
        "Lucía Romero <lucia.romero@aulaviva.es>", "Tu candidatura – Analista de datos educativos",
        "Hola Marcus:\n\nGracias por la entrevista del lunes. Nos encantó tu forma de explicar cómo detectabas "
        "alumnos en riesgo con datos de evaluación. Aun así, hemos decidido seguir adelante con otra persona con "
        "más experiencia en Power BI.\n\nTe deseamos lo mejor.\n\nUn abrazo,\nLucía Romero\nDirectora de Producto"),
    Msg("rejection", "es", "", "Seguros Giralda", "Analista de datos junior",
        "InfoJobs <noreply@infojobs.net>", "Seguros Giralda ha actualizado tu candidatura",
        "Hola Marcus,\n\nLa empresa Seguros Giralda ha actualizado el estado de tu candidatura a «Analista de datos "
        "junior»: Descartado.\n\nÁnimo, sigue buscando en InfoJobs.", lay="html"),
    Msg("rejection", "es", "unable_to_offer_interview", "Universidad de Sevilla Digital", "Técnico de analítica "
        "del aprendizaje", "Servicio de Personal <personal@usdigital.example>", "Proceso selectivo TAA-03/2026",
        "Estimado Sr. Lindqvist:\n\nLe comunicamos que, tras la valoración de méritos, no ha sido seleccionado para "
        "la fase de entrevista del proceso TAA-03/2026. Lamentamos no poder ofrecerle una entrevista en esta "
        "ocasión.\n\nAtentamente,\nServicio de Personal"),
    Msg("rejection", "es", "talent_pool", "Pizarra Digital SA", "Data Analyst",
        "Teamtailor <notifications@teamtailor.com>", "Actualización sobre tu candidatura",
        "¡Hola Marcus!\n\nGracias por tu interés en Pizarra Digital. En esta ocasión no vamos a continuar con tu "
        "candidatura, pero nos gustaría guardar tu perfil en nuestra bolsa de talento para futuras "
        "oportunidades.\n\nSaludos,\nEquipo de Personas", lay="alt"),
    Msg("rejection", "es", "rescinded_offer", "Seguros Giralda", "Analista de siniestros",
        "Álvaro Medina <amedina@segurosgiralda.es>", "RE: Oferta – Analista de siniestros",
        "Marcus, buenas tardes:\n\nLamento muchísimo comunicarte que tenemos que retirar la oferta que te hicimos. "
        "La dirección ha congelado todas las incorporaciones tras la fusión y el puesto desaparece. Sé que es una "
        "mala noticia y te pido disculpas.\n\nÁlvaro Medina\nRecursos Humanos", lay="reply-outlook",
        quote="Hola Álvaro,\n\nAcepto encantado la oferta. ¿Me podéis enviar el contrato?\n\nMarcus"),
    Msg("rejection", "es", "", "Ayuntamiento de Sevilla – Educación", "Técnico de datos educativos",
        "empleo@ayto-sevilla.example", "Resolución del proceso",
        "Estimado candidato:\n\nLe informamos de que el proceso ha concluido y su candidatura no ha resultado "
        "seleccionada. Agradecemos su participación.\n\nDelegación de Educación"),
    Msg("rejection", "es", "rejection_short", "Aula Viva SL", "Analista de producto",
        "Lucía Romero <lucia.romero@aulaviva.es>", "analista de producto",
        "hola marcus, al final no seguimos contigo para producto, lo siento mucho. hablamos pronto! lucía"),
    Msg("offer", "es", "", "Pizarra Digital SA", "Analista de datos",
        "Carmen Ortiz <carmen.ortiz@pizarradigital.es>", "Propuesta de incorporación",
        "Hola Marcus:\n\nNos alegra mucho ofrecerte el puesto de Analista de datos. Te adjunto la carta oferta: "
        "contrato indefinido, 34.000 € brutos anuales, teletrabajo parcial desde Sevilla. Te agradecería una "
        "respuesta antes del 10 de diciembre.\n\nUn saludo,\nCarmen Ortiz\nPeople Partner", lay="alt"),
    Msg("offer", "es", "casual_offer", "Aula Viva SL", "Analista de datos educativos",
        "Lucía Romero <lucia.romero@aulaviva.es>", "¡te queremos en el equipo!",
        "Marcus!!\n\nlo hemos hablado y nos encantaría que te unieras al equipo. Mañana te llamo para los "
        "detalles.\n\nLucía"),
    Msg("offer", "es", "conditional_offer", "Universidad de Sevilla Digital", "Técnico de analítica",
        "Servicio de Personal <personal@usdigital.example>", "Propuesta de contratación TAA-03/2026",
        "Estimado Sr. Lindqvist:\n\nNos complace comunicarle que la comisión le propone para el contrato temporal "
        "de técnico de analítica (media jornada, 18 meses), condicionado a la presentación del certificado "
        "negativo de delitos sexuales y de la titulación compulsada.\n\nAtentamente,\nServicio de Personal",
        lay="html"),
    Msg("offer", "es", "offer_with_lamentablemente", "Seguros Giralda", "Analista de datos",
        "Álvaro Medina <amedina@segurosgiralda.es>", "Oferta – Analista de datos",
        "Hola Marcus:\n\nTe confirmo que queremos contar contigo como Analista de datos. Lamentablemente no "
        "podemos mejorar la banda salarial, pero sí añadir un día más de teletrabajo. Quedo atento.\n\nÁlvaro"),
    Msg("next_step", "es", "reschedule_lamentablemente", "Pizarra Digital SA", "Analista de datos",
        "Carmen Ortiz <carmen.ortiz@pizarradigital.es>", "Cambio de hora de la entrevista",
        "Hola Marcus:\n\nLamentablemente tenemos que mover la entrevista técnica del jueves. ¿Te vendría bien el "
        "viernes a las 12:00?\n\nPerdona las molestias,\nCarmen"),
    Msg("next_step", "es", "take_home", "Aula Viva SL", "Analista de datos educativos",
        "Lucía Romero <lucia.romero@aulaviva.es>", "Prueba técnica",
        "Hola Marcus:\n\nEl siguiente paso es una pequeña prueba técnica en SQL con datos de un aula virtual. "
        "Tienes 4 días para entregarla; te llevará unas 3 horas.\n\nSuerte,\nLucía", lay="reply-gmail"),
    Msg("next_step", "es", "panel_interview", "Ayuntamiento de Sevilla – Educación", "Técnico de datos educativos",
        "empleo@ayto-sevilla.example", "Citación a entrevista",
        "Estimado Sr. Lindqvist:\n\nQueda usted citado a entrevista ante el tribunal el día 3 de diciembre a las "
        "10:30 en la sede de la Delegación. Los resultados se publicarán en el tablón de "
        "anuncios.\n\nAtentamente"),
    Msg("next_step", "es", "code_sample", "Seguros Giralda", "Analista de datos junior",
        "Workday <giralda@myworkday.com>", "Siguiente fase: cuestionario online",
        "Hola Marcus:\n\nHas pasado a la siguiente fase. Completa el cuestionario online de razonamiento numérico "
        "(20 minutos) y adjunta un ejemplo de código propio.\n\nEquipo de Selección", lay="html"),
    Msg("next_step", "es", "", "Pizarra Digital SA", "Data Analyst",
        "Carmen Ortiz <carmen.ortiz@pizarradigital.es>", "Entrevista final",
        "Hola Marcus, ¡enhorabuena! Pasas a la entrevista final con nuestro CEO. Te mando invitación para la "
        "semana que viene y tendrás la decisión final antes de fin de mes.\n\nCarmen", dd=("eom", 0)),
    Msg("pending", "es", "on_hold_budget", "Universidad de Sevilla Digital", "Técnico de analítica",
        "Servicio de Personal <personal@usdigital.example>", "Suspensión temporal del proceso",
        "Estimado Sr. Lindqvist:\n\nLe informamos de que el proceso queda suspendido temporalmente a la espera "
        "de la aprobación de los presupuestos. Le mantendremos informado.\n\nServicio de Personal"),
    Msg("pending", "es", "", "Seguros Giralda", "Analista de datos",
        "Álvaro Medina <amedina@segurosgiralda.es>", "RE: ¿novedades?",
        "Hola Marcus:\n\nSeguimos valorando candidaturas. Te daremos una respuesta en un plazo de 10 días "
        "hábiles.\n\nUn saludo,\nÁlvaro", dd=("bd", 10), lay="reply-outlook"),
    Msg("pending", "es", "waitlist", "Ayuntamiento de Sevilla – Educación", "Técnico de datos educativos",
        "empleo@ayto-sevilla.example", "Bolsa de reserva",
        "Estimado Sr. Lindqvist:\n\nHa quedado usted en la bolsa de reserva en el puesto número 3. Si se produce "
        "una vacante, se le llamará por orden de puntuación.\n\nDelegación de Educación"),
    Msg("pending", "es", "delay", "Aula Viva SL", "Analista de datos educativos",
        "Lucía Romero <lucia.romero@aulaviva.es>", "perdona el retraso",
        "Hola Marcus, perdona el silencio. Todavía no hemos decidido; te digo algo el viernes sin falta.\nLucía",
        dd=("wd", 4)),
    Msg("pending", "es", "", "Pizarra Digital SA", "Analista de datos",
        "Carmen Ortiz <carmen.ortiz@pizarradigital.es>", "Estado del proceso",
        "Hola Marcus:\n\nEl proceso se está alargando un poco más de lo previsto. Esperamos tener una decisión "
        "a finales de la semana que viene.\n\nGracias por tu paciencia,\nCarmen", dd=("eow", 1), lay="alt"),
    Msg("acknowledgement", "es", "", "Seguros Giralda", "Analista de datos junior",
        "InfoJobs <noreply@infojobs.net>", "Tu candidatura se ha enviado correctamente",
        "Hola Marcus,\n\nTu candidatura a «Analista de datos junior» en Seguros Giralda se ha enviado "
        "correctamente. La empresa revisará tu CV.", lay="html"),
    Msg("acknowledgement", "es", "public_sector_ref", "Universidad de Sevilla Digital", "Técnico de analítica",
        "Registro Electrónico <registro@usdigital.example>", "Justificante de registro TAA-03/2026",
        "Se ha registrado su solicitud con número de entrada 2026/118273. Plazo de presentación: hasta el 1 de "
        "diciembre. La lista provisional de admitidos se publicará tras el cierre del plazo."),
    Msg("acknowledgement", "es", "ack_says_oferta", "Pizarra Digital SA", "Analista de datos",
        "Teamtailor <notifications@teamtailor.com>", "¡Gracias por tu candidatura!",
        "¡Hola Marcus! Hemos recibido tu candidatura para la oferta de Analista de datos. Nuestro equipo la "
        "revisará y te contestará en un plazo de 7 días.\n\nPizarra Digital", dd=("d", 7), lay="alt"),
    Msg("acknowledgement", "es", "", "Aula Viva SL", "Analista de datos educativos",
        "Lucía Romero <lucia.romero@aulaviva.es>", "Re: prueba técnica",
        "Recibida la prueba, ¡gracias! La revisamos con el equipo y mañana te digo algo.", dd=("tom", 1),
        lay="reply-gmail"),
    Msg("auto_reply", "es", "out_of_office", "Seguros Giralda", "",
        "Álvaro Medina <amedina@segurosgiralda.es>", "Respuesta automática: Oferta – Analista de datos",
        "Estoy fuera de la oficina hasta el 1 de diciembre. Para temas de ofertas y contratos, escribe a "
        "rrhh@segurosgiralda.es.\n\nÁlvaro", headers=AUTO),
    Msg("auto_reply", "es", "noreply_autoresponder", "Ayuntamiento de Sevilla – Educación", "",
        "noreply@ayto-sevilla.example", "Acuse automático",
        "Este es un mensaje automático. Su correo ha sido recibido en el buzón de empleo. No responda a esta "
        "dirección.", headers=AUTO),
    Msg("other", "es", "alert_says_oferta", "LinkedIn", "",
        "LinkedIn <jobs-noreply@linkedin.com>", "Nuevas ofertas: analista de datos en Sevilla",
        "Analista de datos – Seguros Giralda – Sevilla\nData Analyst (remoto) – Aula Viva SL\n\nOfertas que "
        "coinciden con tu alerta. Lamentamos si alguna ya no está disponible.", lay="html"),
    Msg("other", "es", "newsletter_regret", "CCOO Enseñanza", "",
        "CCOO Enseñanza <boletin@ccoo-ensenanza.example>", "Boletín semanal",
        "Lamentamos informar de que la Consejería no ha atendido nuestras reivindicaciones sobre la ratio. "
        "Convocamos concentración el jueves.\n\nCCOO Enseñanza"),
    Msg("other", "es", "withdrawal_confirmation", "Pizarra Digital SA", "Data Analyst",
        "Carmen Ortiz <carmen.ortiz@pizarradigital.es>", "RE: retirar candidatura",
        "Hola Marcus, entendido, retiramos tu candidatura. ¡Mucha suerte en tu nuevo trabajo!\nCarmen",
        lay="reply-outlook",
        quote="Hola Carmen,\n\nQuería retirar mi candidatura, he aceptado otra oferta.\n\nGracias,\nMarcus"),
]
