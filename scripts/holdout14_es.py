"""holdout14, Spanish: every label, each message written on its own."""

from __future__ import annotations

from holdout14_core import LEGAL, Spec

L = LEGAL["es"]


def specs() -> list[Spec]:
    """Given nothing returns the Spanish messages."""
    auto = {"Auto-Submitted": "auto-replied"}
    return [
        Spec("rejection", "warm_rejection", "Fundación Puentes Abiertos", "Responsable de Comunicación",
             "Marta Ibáñez <marta.ibanez@puentesabiertos.org>", "Tu candidatura",
             "Hola Elena:\n\nGracias de corazón por la entrevista del martes. Nos encantó tu prueba de nota de "
             "prensa y cómo hablaste de la relación con los medios locales.\n\nSin embargo, hemos decidido "
             "seguir adelante con otra candidata que ya ha trabajado en el tercer sector. Ha sido una decisión "
             "muy reñida.\n\nTe deseo muchísima suerte.\n\nUn abrazo,\nMarta\n\n" + L[1],
             quote="gmail:ty", extra={"who": "Marta"}),
        Spec("rejection", "ats_sender", "Grupo Alcázar Infraestructuras", "Técnico/a de Comunicación Corporativa",
             "Grupo Alcázar <noreply@jobs.infojobs.example.net>", "Actualización de tu candidatura",
             "Hola Elena,\n\nLa empresa Grupo Alcázar Infraestructuras ha revisado tu candidatura para la oferta "
             "«Técnico/a de Comunicación Corporativa» y ha decidido descartarla.\n\nTe animamos a seguir "
             "buscando: tenemos miles de ofertas para ti.", layout="html"),
        Spec("rejection", "no_interview_offer", "Ayuntamiento de Alcobendas Norte", "Técnica de Prensa",
             "Recursos Humanos <rrhh@alcobendasnorte.example.es>", "Proceso de selección Técnica de Prensa",
             "Estimada Sra. Petrova:\n\nLe agradecemos su interés en el proceso. Lamentamos comunicarle que, tras "
             "la valoración de méritos, no podemos ofrecerle una entrevista en esta ocasión.\n\nAtentamente,\n"
             "Departamento de Recursos Humanos", cs="iso-8859-1"),
        Spec("rejection", "rescinded_offer", "Agencia Lumbre Comunicación", "Consultora Senior",
             "Pablo Ruiz <pablo@lumbrecomunicacion.es>", "RE: incorporación",
             "Elena, te escribo con muy mala noticia. El cliente principal ha cancelado la cuenta y nos vemos "
             "obligados a retirar la oferta que te hicimos la semana pasada. Lo siento muchísimo, de verdad. Te "
             "llamo esta tarde.\n\nPablo", quote="outlook:ty", extra={"who": "Pablo Ruiz"}),
        Spec("rejection", "talent_pool", "Instituto Iberoamericano de Cooperación", "Oficial de Comunicación",
             "Selección IIC <seleccion@iic-coop.example.org>", "Resultado del proceso – Oficial de Comunicación",
             "Estimada Elena:\n\nLe informamos de que su candidatura no ha sido seleccionada para el puesto de "
             "Oficial de Comunicación. No obstante, su perfil quedará incorporado a nuestra bolsa de talento para "
             "futuras vacantes.\n\nAtentamente,\nUnidad de Selección", layout="alt", cte="base64"),
        Spec("rejection", "lowercase_typo", "Estudio Verbena", "Redactora de contenidos",
             "nacho <nacho@estudioverbena.es>", "redactora",
             "hola elena! al final nos quedamos con otra persona q ya conocía el sector de la moda. muchas "
             "gracias por la prueba, estaba genial. suerte!!\nnacho"),
        Spec("rejection", "warm_rejection_ats", "Tecnalia Verde", "Content Manager",
             "Tecnalia Verde <no-reply@teamtailor.com>", "Sobre tu candidatura en Tecnalia Verde",
             "Hola Elena,\n\nQueremos agradecerte el tiempo y el cariño que pusiste en el proceso. Nos "
             "impresionó tu experiencia como periodista, pero finalmente hemos optado por un perfil con más "
             "experiencia en marketing digital.\n\nSeguiremos atentos a tu trayectoria.\n\nEquipo de Personas",
             layout="html", reply_to="talento@tecnaliaverde.es", extra={"foot": "Powered by Teamtailor"}),
        Spec("rejection", "filled", "Universidad Carlos de Almagro", "Técnica de Comunicación Institucional",
             "Gabinete de Comunicación <gabinete@ucalmagro.example.es>", "Plaza cubierta",
             "Estimada candidata:\n\nLe comunicamos que la plaza de Técnica de Comunicación Institucional ha sido "
             "cubierta. Agradecemos su participación y sentimos no poder contar con usted en esta ocasión.\n\n"
             "Gabinete de Comunicación", cs="windows-1252", cte="quoted-printable"),
        Spec("offer", "formal_offer", "Fundación Puentes Abiertos", "Responsable de Prensa",
             "Marta Ibáñez <marta.ibanez@puentesabiertos.org>", "Propuesta de incorporación",
             "Hola Elena:\n\nNos alegra mucho ofrecerte el puesto de Responsable de Prensa, con contrato "
             "indefinido y un salario bruto anual de 38.000 €. Te adjunto la carta con todas las condiciones. "
             "¿Podrías confirmarnos tu respuesta antes del {date}?\n\nUn abrazo,\nMarta\n\n" + L[0], at=7,
             layout="alt"),
        Spec("offer", "casual_offer", "Estudio Verbena", "Jefa de Contenidos",
             "nacho <nacho@estudioverbena.es>", "buenas noticias!!",
             "elena!! queremos que te unas al equipo como jefa de contenidos. nos encantaste. te paso el "
             "contrato mañana, hablamos?\nnacho"),
        Spec("offer", "offer_references", "Instituto Iberoamericano de Cooperación", "Oficial de Prensa (temporal)",
             "Recursos Humanos IIC <rrhh@iic-coop.example.org>", "Oferta de contratación temporal",
             "Estimada Sra. Petrova:\n\nNos complace ofrecerle un contrato temporal de doce meses como Oficial "
             "de Prensa en nuestra sede de Madrid. La oferta queda sujeta a la comprobación de sus referencias "
             "profesionales.\n\nAtentamente,\nRecursos Humanos"),
        Spec("offer", "freelance_offer", "Revista Atlántica", "Colaboradora freelance",
             "Lucía Ferrer <lucia.ferrer@revistaatlantica.es>", "Colaboración mensual",
             "Hola Elena:\n\nnos gustaría contar contigo como colaboradora fija: dos reportajes al mes a 400 € "
             "cada uno. Si te parece bien, te envío el contrato de colaboración.\n\nSaludos,\nLucía"),
        Spec("next_step", "reschedule_unfortunately", "Tecnalia Verde", "Content Manager",
             "Irene Sanz <irene.sanz@tecnaliaverde.es>", "Cambio de hora de la entrevista",
             "Hola Elena:\n\nlamentablemente tenemos que mover la entrevista del jueves porque la directora estará "
             "de viaje. ¿Te vendría bien el lunes a las 12:00?\n\nGracias y perdona,\nIrene"),
        Spec("next_step", "writing_test", "Ayuntamiento de Alcobendas Norte", "Técnica de Prensa",
             "Recursos Humanos <rrhh@alcobendasnorte.example.es>", "Convocatoria prueba práctica",
             "Estimada Sra. Petrova:\n\nHa superado la fase de méritos. Se le convoca a la prueba práctica "
             "(redacción de una nota de prensa) que tendrá lugar el {date} a las 10:00 en la Casa Consistorial.\n\n"
             "Atentamente,\nRecursos Humanos", at=11, cs="iso-8859-1", layout="alt"),
        Spec("next_step", "panel_interview", "Instituto Iberoamericano de Cooperación", "Oficial de Comunicación",
             "Selección IIC <seleccion@iic-coop.example.org>", "Invitación a entrevista por competencias",
             "Estimada Elena:\n\nNos complace invitarle a una entrevista por competencias ante un tribunal de tres "
             "personas. Le rogamos elija un horario en el enlace. Comunicaremos el resultado de esta fase en un "
             "plazo de 10 días hábiles tras la entrevista.\n\nUnidad de Selección", layout="html"),
        Spec("next_step", "dated_next", "Agencia Lumbre Comunicación", "Consultora de Asuntos Públicos",
             "Pablo Ruiz <pablo@lumbrecomunicacion.es>", "segunda entrevista",
             "Hola Elena, ¡nos gustó mucho hablar contigo! Queremos que conozcas a los socios en una segunda "
             "entrevista. Te confirmo día y hora mañana.\n\nPablo", promise=("tomorrow", 0), quote="gmail:ty",
             extra={"who": "Pablo"}),
        Spec("pending", "still_reviewing", "Grupo Alcázar Infraestructuras", "Responsable de Relaciones con Medios",
             "Beatriz Molina <bmolina@grupoalcazar.es>", "RE: Seguimiento",
             "Hola Elena:\n\nSeguimos valorando las candidaturas finalistas. Te daremos una respuesta antes del "
             "viernes.\n\nSaludos,\nBeatriz", promise=("wd", 4), quote="outlook:fu",
             extra={"who": "Beatriz Molina"}),
        Spec("pending", "on_hold", "Fundación Puentes Abiertos", "Técnica de Comunicación Digital",
             "Marta Ibáñez <marta.ibanez@puentesabiertos.org>", "Proceso en pausa",
             "Hola Elena:\n\nte escribo para contarte que hemos tenido que pausar el proceso: estamos pendientes "
             "de la resolución de una subvención. Sigues en el proceso y te avisaré en cuanto sepa algo.\n\n"
             "Marta"),
        Spec("pending", "end_of_next_week", "Universidad Carlos de Almagro", "Técnica de Comunicación Institucional",
             "Gabinete de Comunicación <gabinete@ucalmagro.example.es>", "Estado del proceso",
             "Estimada Elena:\n\nLa comisión de selección se reunirá de nuevo y esperamos comunicar la decisión "
             "a finales de la semana que viene.\n\nUn saludo,\nGabinete de Comunicación", promise=("eow", 1),
             layout="alt"),
        Spec("pending", "waitlist", "Instituto Iberoamericano de Cooperación", "Oficial de Prensa",
             "Selección IIC <seleccion@iic-coop.example.org>", "Lista de reserva",
             "Estimada Elena:\n\nLe informamos de que ha quedado en primer lugar de la lista de reserva. Si la "
             "persona seleccionada no se incorpora, le contactaremos. Tendremos una respuesta definitiva en un "
             "plazo de 15 días.\n\nUnidad de Selección", promise=("days", 15), cte="base64"),
        Spec("pending", "delay_vague", "Estudio Verbena", "Redactora Senior",
             "nacho <nacho@estudioverbena.es>", "perdona el retraso",
             "hola elena, perdona que no te hayamos dicho nada aún, estamos con mil cosas. en cuanto cerremos "
             "presupuestos te digo algo, prometido\nnacho"),
        Spec("acknowledgement", "ats_ack", "Tecnalia Verde", "Content Manager",
             "Tecnalia Verde <no-reply@teamtailor.com>", "¡Gracias por tu candidatura!",
             "Hola Elena,\n\n¡Gracias por postularte a Content Manager en Tecnalia Verde! Hemos recibido tu "
             "candidatura y te diremos algo en un plazo de dos semanas.\n\nEquipo de Personas", layout="html",
             promise=("days", 14),
             reply_to="talento@tecnaliaverde.es", extra={"foot": "Powered by Teamtailor"}),
        Spec("acknowledgement", "ack_dated", "Ayuntamiento de Alcobendas Norte", "Técnica de Prensa",
             "Registro Electrónico <registro@alcobendasnorte.example.es>", "Justificante de registro",
             "Se ha registrado su solicitud de participación en el proceso selectivo de Técnica de Prensa con "
             "número 2026/E/18834.\n\nLa lista provisional de admitidos se publicará antes del {date}.",
             promise=("abs", 0), at=20, cs="iso-8859-1"),
        Spec("acknowledgement", "ack_offer_word", "Grupo Alcázar Infraestructuras",
             "Técnico/a de Comunicación Corporativa",
             "Grupo Alcázar <noreply@jobs.infojobs.example.net>", "Tu candidatura se ha enviado",
             "Hola Elena,\n\nTu candidatura a la oferta «Técnico/a de Comunicación Corporativa» de Grupo Alcázar "
             "se ha enviado correctamente. La empresa ya puede ver tu CV.\n\nOfertas similares que te pueden "
             "interesar: Community Manager, Redactor/a SEO.", layout="html"),
        Spec("acknowledgement", "ack_human", "Revista Atlántica", "Colaboradora freelance",
             "Lucía Ferrer <lucia.ferrer@revistaatlantica.es>", "Re: propuesta",
             "Recibido, Elena, muchas gracias. Lo leo con calma esta semana.\n\nLucía", quote="gmail:app"),
        Spec("auto_reply", "out_of_office", "Fundación Puentes Abiertos", "Responsable de Prensa",
             "Marta Ibáñez <marta.ibanez@puentesabiertos.org>", "Respuesta automática: Propuesta de incorporación",
             "Hola, estoy fuera de la oficina hasta el {date} sin acceso al correo. Para cualquier asunto sobre "
             "ofertas o contratos, escribe a personas@puentesabiertos.org. Lamento las molestias.", at=3,
             extra=auto),
        Spec("auto_reply", "noreply", "Grupo Alcázar Infraestructuras", "Responsable de Relaciones con Medios",
             "No responder <no-responder@grupoalcazar.es>", "Mensaje automático",
             "Este buzón no admite respuestas. Su mensaje no será leído. Para consultas sobre procesos de "
             "selección utilice el portal de empleo.", extra={"Auto-Submitted": "auto-generated"}),
        Spec("other", "job_alert_offer", "InfoJobs", "",
             "InfoJobs <alertas@infojobs.example.net>", "Nuevas ofertas: comunicación Madrid",
             "Hola Elena,\n\nTienes 9 ofertas nuevas que encajan con tu alerta:\n\n- Técnico/a de prensa – "
             "Fundación Vía Libre\n- Community manager – Grupo Sal – inscripción hasta el {num}\n- Redactor/a "
             "institucional – Consorcio Madrid Norte\n\nLamentamos si alguna oferta ya no está disponible.",
             at=9, layout="html"),
        Spec("other", "withdrawal_confirmation", "Universidad Carlos de Almagro",
             "Técnica de Comunicación Institucional",
             "Gabinete de Comunicación <gabinete@ucalmagro.example.es>", "RE: Retirada de candidatura",
             "Estimada Elena:\n\nConfirmamos la retirada de tu candidatura. Lamentamos no poder contar contigo y "
             "te deseamos mucha suerte en tu nuevo puesto.\n\nUn saludo", quote="outlook:wd",
             extra={"who": "gabinete@ucalmagro.example.es"}),
        Spec("other", "journalism_interviewee", "Asociación de Vecinos de Lavapiés", "",
             "Rosa Delgado <rosa.delgado@avlavapies.example.org>", "Re: entrevista para el reportaje",
             "Hola Elena, sí, encantada de hablar contigo para el reportaje sobre los desahucios. ¿Te va bien el "
             "miércoles por la tarde en la sede de la asociación?\n\nRosa"),
        Spec("acknowledgement", "ack_business_days", "Agencia Lumbre Comunicación", "Consultora Junior",
             "Lumbre Comunicación <empleo@lumbrecomunicacion.es>", "Hemos recibido tu CV",
             "Hola Elena:\n\nGracias por enviarnos tu CV. Lo hemos recibido correctamente y te responderemos en "
             "un plazo de 7 días hábiles.\n\nEquipo Lumbre", promise=("bd", 7), cs="windows-1252"),
        Spec("next_step", "assessment_dated", "Fundación Puentes Abiertos", "Técnica de Comunicación Digital",
             "Marta Ibáñez <marta.ibanez@puentesabiertos.org>", "Prueba práctica",
             "Hola Elena:\n\nte enviamos la prueba práctica: un plan de redes para nuestra campaña de invierno. "
             "Tienes hasta el {date} para entregarla. Antes de fin de mes te diremos si pasas a la entrevista "
             "final.\n\nMarta", promise=("eom", 0), at=3, layout="alt"),
        Spec("pending", "pending_dated", "Grupo Alcázar Infraestructuras", "Técnico/a de Comunicación Interna",
             "Beatriz Molina <bmolina@grupoalcazar.es>", "Novedades",
             "Hola Elena:\n\nel comité de dirección tomará la decisión el {date}. En cuanto la tengamos te "
             "llamo.\n\nSaludos,\nBeatriz", promise=("abs", 0), at=4, layout="html",
             extra={"foot": "Grupo Alcázar Infraestructuras, S.A. – Paseo de la Castellana 95, Madrid"}),
    ]
