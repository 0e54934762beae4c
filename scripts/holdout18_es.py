"""holdout18, Spanish: every label, each message written on its own."""

from __future__ import annotations

from holdout18_core import M

MESSAGES: list[M] = [
    M("rejection", "es", "warm_rejection", "Hospital Universitari La Fe", "Coordinadora de gestión de camas",
      "Selección de Personal La Fe <seleccion@hospital-lafe.es>",
      "Proceso de selección - Coordinadora de gestión de camas",
      """Estimada Sra. Benali:

Le agradecemos sinceramente su participación en el proceso de selección. La comisión valoró muy positivamente
su experiencia en la organización de planta.

No obstante, lamentamos comunicarle que la candidatura seleccionada ha sido otra, con mayor experiencia en
gestión de camas a nivel de hospital.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,
Unidad de Selección""", charset="iso-8859-1", cte="qp"),
    M("rejection", "es", "", "Salud Conecta", "Operations Specialist", "Salud Conecta <noreply@infojobs.net>",
      "Actualización de tu candidatura en InfoJobs",
      """Hola Fatima Zahra:

La empresa Salud Conecta ha actualizado el estado de tu candidatura a la oferta «Operations Specialist»:
Descartado.

Sigue buscando en InfoJobs.""", layout="html"),
    M("rejection", "es", "unable_to_offer_interview", "Aseguradora Mediterránea", "Gestora de siniestros de salud",
      "Talento Mediterránea <talento@asegmed.es>", "Tu candidatura en Aseguradora Mediterránea",
      """Hola Fatima Zahra,

Gracias por tu interés. Tras revisar tu perfil, en esta ocasión no podemos ofrecerte una entrevista para la
posición de Gestora de siniestros de salud.

Un saludo,
Equipo de Talento""", layout="alt", charset="windows-1252"),
    M("rejection", "es", "talent_pool", "Clínica Turia", "Responsable de admisiones",
      "Marta Llorens <mllorens@clinicaturia.es>", "RE: Responsable de admisiones",
      """Hola Fatima,

Gracias por tu paciencia. Finalmente hemos cubierto la posición con una persona de la casa, así que no
seguiremos adelante con tu candidatura.

Eso sí, nos gustaría mantener tu CV en nuestra bolsa de empleo para futuras vacantes en Valencia, si te
parece bien.

Un abrazo,
Marta""", quote="Hola Marta,\n¿Hay alguna novedad sobre el proceso?\nGracias,\nFatima"),
    M("rejection", "es", "rescinded_offer", "Fundación Salud Sin Fronteras", "Coordinadora de proyectos",
      "Recursos Humanos FSSF <rrhh@fundacionssf.org>", "Sobre nuestra oferta",
      """Estimada Fatima Zahra:

Lamentamos profundamente comunicarte que, al no haberse renovado la subvención del proyecto en Marruecos,
nos vemos obligados a retirar la oferta de Coordinadora de proyectos que te hicimos la semana pasada.

Sabemos que es una noticia muy difícil y te pedimos disculpas. Estaremos encantados de darte referencias.

Un cordial saludo,
Recursos Humanos""", layout="alt", cte="b64"),
    M("rejection", "es", "", "Grupo Hospitalario Levante", "Administrativa de coordinación",
      "RRHH Levante <rrhh@ghlevante.es>", "candidatura",
      """Buenos días,

le informamos de que no ha sido seleccionada para el puesto. Gracias por participar.

RRHH"""),
    M("rejection", "es", "warm_rejection", "Vitae Health Tech", "Implementation Manager",
      "Pablo Ortega <pablo@vitaehealth.io>", "Gracias por todo",
      """Hola Fatima,

Quería escribirte personalmente. Nos encantó tu caso práctico sobre la programación de quirófanos y el equipo
quedó muy impresionado. Sin embargo, hemos decidido seguir con otra persona con más experiencia en
implantaciones de software.

Ojalá coincidamos más adelante.

Pablo""", charset="utf-8", cte="qp"),
    M("offer", "es", "", "Hospital Universitari La Fe", "Técnica de gestión de pacientes",
      "Selección de Personal La Fe <seleccion@hospital-lafe.es>", "Propuesta de contratación",
      """Estimada Sra. Benali:

Nos complace comunicarle que ha sido seleccionada para el puesto de Técnica de gestión de pacientes. Le
ofrecemos un contrato de interinidad con incorporación el {X}.

Le rogamos que confirme su aceptación en un plazo de cinco días hábiles.

Atentamente,
Unidad de Selección""", charset="iso-8859-1"),
    M("offer", "es", "offer_with_lamentablemente", "Vitae Health Tech", "Customer Operations Lead",
      "Pablo Ortega <pablo@vitaehealth.io>", "¡Te queremos en el equipo!",
      """Hola Fatima,

¡Nos encantaría que te unieras a Vitae como Customer Operations Lead! Lamentablemente no podemos llegar a la
cifra que comentamos, pero sí ofrecemos teletrabajo completo y un bonus anual. Te mando la carta de oferta hoy.

Pablo"""),
    M("offer", "es", "fixed_term_offer", "Fundación Salud Sin Fronteras", "Técnica de operaciones (6 meses)",
      "Recursos Humanos FSSF <rrhh@fundacionssf.org>", "Oferta - Técnica de operaciones",
      """Estimada Fatima Zahra:

Nos alegra ofrecerte el puesto de Técnica de operaciones con un contrato temporal de 6 meses en Valencia, con
posibilidad de prórroga. La oferta está sujeta a la comprobación de tus referencias y del certificado de
delitos de naturaleza sexual.

Un cordial saludo,
Recursos Humanos""", layout="alt"),
    M("offer", "es", "verbal_offer", "Clínica Turia", "Coordinadora de citas",
      "Marta Llorens <mllorens@clinicaturia.es>",
      "lo que hablamos", """Fatima, como te dije por teléfono: el puesto de coordinadora de citas es tuyo si lo
quieres. La dirección firma el contrato el lunes y te lo paso.

Marta"""),
    M("next_step", "es", "reschedule_lamentablemente", "Aseguradora Mediterránea", "Coordinadora de red asistencial",
      "Lucía Navarro <lucia.navarro@asegmed.es>", "Cambio de fecha de tu entrevista",
      """Hola Fatima Zahra,

Lamentablemente, la directora del área no podrá asistir el jueves. ¿Te vendría bien el lunes a las 11:00 o el
martes a las 16:00?

Gracias y disculpa las molestias,
Lucía"""),
    M("next_step", "es", "excel_exercise", "Hospital Universitari La Fe", "Coordinadora de gestión de camas",
      "Selección de Personal La Fe <seleccion@hospital-lafe.es>", "Citación a prueba práctica",
      """Estimada Sra. Benali:

Ha superado la fase de valoración de méritos. Le convocamos a una prueba práctica con Excel (planificación de
turnos y ocupación de camas) el día {X} a las 10:00 en el Aula 3.

Atentamente,
Unidad de Selección""", charset="iso-8859-1", cte="qp"),
    M("next_step", "es", "next_step_with_decision_date", "Vitae Health Tech", "Customer Operations Lead",
      "Pablo Ortega <pablo@vitaehealth.io>", "Última entrevista",
      """Hola Fatima,

Nos gustaría que conocieras a nuestra CTO en una última entrevista de 30 minutos esta semana. Tomaremos la
decisión final como muy tarde el {D}.

Pablo""", promise=("explicit", 8)),
    M("next_step", "es", "", "Salud Conecta", "Patient Operations Coordinator",
      "Salud Conecta <salud-conecta@workablemail.com>", "Agenda tu entrevista con Salud Conecta",
      """Hola Fatima Zahra,

¡Gracias por tu interés en Salud Conecta! Queremos conocerte. Elige el día y la hora que mejor te vengan para
una videollamada de 30 minutos.

[Reservar entrevista]""", layout="html", reply_to="talento@saludconecta.es"),
    M("next_step", "es", "background_check", "Fundación Salud Sin Fronteras", "Técnica de operaciones (6 meses)",
      "Recursos Humanos FSSF <rrhh@fundacionssf.org>", "Documentación pendiente",
      """Hola Fatima Zahra:

Para seguir con el proceso necesitamos el certificado negativo del Registro Central de Delincuentes Sexuales
y tu cartilla de vacunación. Con ello pasaremos a la entrevista final con dirección.

Saludos,
RRHH"""),
    M("pending", "es", "delay", "Aseguradora Mediterránea", "Coordinadora de red asistencial",
      "Lucía Navarro <lucia.navarro@asegmed.es>", "RE: Estado del proceso",
      """Hola Fatima Zahra,

Gracias por escribir. Seguimos en proceso de entrevistas y aún no hay una decisión. Te daremos una respuesta
antes de que acabe el mes.

Un saludo,
Lucía""", promise=("eom", 0), quote="Hola Lucía,\nQuería saber cómo va el proceso.\nUn saludo,\nFatima Zahra",
      extra={"X-Quote-Style": "outlook"}),
    M("pending", "es", "on_hold_restructuring", "Grupo Hospitalario Levante", "Coordinadora de proyectos asistenciales",
      "Javier Soler <jsoler@ghlevante.es>", "Proceso en pausa",
      """Estimada Fatima Zahra:

Debido a la reorganización de la dirección asistencial, el proceso de selección queda en suspenso por el
momento. Su candidatura sigue activa y le informaremos cuando se reanude.

Atentamente,
Javier Soler""", charset="windows-1252", cte="qp"),
    M("pending", "es", "waitlist", "Clínica Turia", "Coordinadora de admisiones",
      "Marta Llorens <mllorens@clinicaturia.es>", "Lista de reserva",
      """Hola Fatima,

Te cuento: has quedado en segundo lugar y te hemos puesto en la lista de reserva. La candidata elegida nos
confirma mañana, y te digo algo enseguida.

Marta""", promise=("tomorrow", 1)),
    M("pending", "es", "", "Vitae Health Tech", "Implementation Manager",
      "Vitae Health Tech <no-reply@ashbyhq.com>", "Tu candidatura sigue en revisión",
      """Hola Fatima Zahra,

Tu candidatura para Implementation Manager sigue en revisión. El equipo te responderá en un plazo de 10 días.

Vitae Health Tech""", promise=("days", 10), reply_to="pablo@vitaehealth.io"),
    M("pending", "es", "on_hold_budget", "Fundación Salud Sin Fronteras", "Responsable de logística sanitaria",
      "Recursos Humanos FSSF <rrhh@fundacionssf.org>", "Puesto congelado temporalmente",
      """Hola Fatima Zahra:

Te escribimos para contarte que el puesto de Responsable de logística sanitaria está congelado hasta que se
apruebe el presupuesto del próximo año. No hay decisión tomada sobre tu candidatura.

Saludos,
RRHH""", layout="alt"),
    M("acknowledgement", "es", "", "Hospital Universitari La Fe", "Técnica de gestión de pacientes",
      "Portal de Empleo La Fe <noreply@hospital-lafe.es>", "Confirmación de inscripción - Ref. LF-2026-0932",
      """Estimada Sra. Benali:

Su solicitud con referencia LF-2026-0932 ha sido registrada correctamente. La lista provisional de admitidos
se publicará en el portal el {D}.

Este mensaje se ha generado automáticamente.""", promise=("explicit", 20), charset="iso-8859-1"),
    M("acknowledgement", "es", "ack_says_oferta", "Aseguradora Mediterránea", "Coordinadora de red asistencial",
      "Aseguradora Mediterránea <noreply@smartrecruiters.com>", "Hemos recibido tu candidatura",
      """Hola Fatima Zahra,

Gracias por inscribirte en la oferta «Coordinadora de red asistencial». Hemos recibido tu candidatura y te
contestaremos antes del viernes.

Equipo de Talento""", promise=("weekday", 4), layout="html",
      reply_to="talento@asegmed.es"),
    M("acknowledgement", "es", "message_received", "Clínica Turia", "", "Marta Llorens <mllorens@clinicaturia.es>",
      "RE: documentos", """Recibido, gracias Fatima!
Marta""", quote="Hola Marta,\nTe envío el título y la vida laboral.\nSaludos,\nFatima"),
    M("acknowledgement", "es", "", "Salud Conecta", "Patient Operations Coordinator",
      "Salud Conecta <salud-conecta@workablemail.com>", "Gracias por tu candidatura",
      """Hola Fatima Zahra,

Hemos recibido tu candidatura para Patient Operations Coordinator. Te responderemos en un máximo de 7 días
laborables.

Equipo Salud Conecta""", promise=("bdays", 7), layout="alt", cte="b64"),
    M("auto_reply", "es", "out_of_office", "Grupo Hospitalario Levante", "",
      "Javier Soler <jsoler@ghlevante.es>", "Respuesta automática: Proceso en pausa",
      """Estoy fuera de la oficina hasta el {X}. Para asuntos urgentes contacte con rrhh@ghlevante.es.""",
      charset="windows-1252", extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "es", "ooo_mentions_oferta", "Vitae Health Tech", "", "Pablo Ortega <pablo@vitaehealth.io>",
      "Fuera de la oficina", """¡Hola! Estoy de vacaciones hasta el {X}. Si escribes por una oferta o un contrato,
habla con people@vitaehealth.io. ¡Gracias!""", extra={"Auto-Submitted": "auto-replied"}),
    M("other", "es", "withdrawal_confirmation", "Aseguradora Mediterránea", "Gestora de siniestros de salud",
      "Lucía Navarro <lucia.navarro@asegmed.es>", "RE: Retirada de candidatura",
      """Hola Fatima Zahra,

Hemos registrado la retirada de tu candidatura. ¡Enhorabuena por tu nuevo puesto y mucha suerte!

Lucía""", quote="Hola Lucía,\nQuiero retirar mi candidatura porque he aceptado otra oferta.\nGracias,\nFatima Zahra"),
    M("other", "es", "alert_says_oferta", "InfoJobs", "", "InfoJobs <alertas@infojobs.net>",
      "Nuevas ofertas: coordinación sanitaria en Valencia",
      """Tenemos 6 ofertas nuevas para ti:

- Coordinador/a de admisiones - Valencia - Inscripción hasta el {X}
- Técnico/a de gestión hospitalaria - Paterna
- Project Manager Salud Digital - Remoto

Lamentamos que algunas ofertas que guardaste ya no estén disponibles.""", layout="html"),
    M("other", "es", "supplier_mail", "", "", "Suministros Médicos Albufera <pedidos@smalbufera.es>",
      "Presupuesto carros de medicación", """Buenos días Sra. Benali,

Adjuntamos el presupuesto para los carros de medicación de la planta. La oferta es válida 30 días.

Un saludo,
Departamento comercial""", charset="iso-8859-1"),
]
