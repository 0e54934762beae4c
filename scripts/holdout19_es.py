"""holdout19 Spanish messages: Bilbao caterers, conserveras, hotels, agencies, franchisees (hand-written, CC0)."""

from __future__ import annotations

from holdout19_core import Msg, m

MESSAGES: list[Msg] = [
    # --- rejection ---
    m("rejection", "warm_rejection", "Ibaizabal Catering", "Responsable de Seguridad Alimentaria",
      "Ane Etxeberria <ane.etxeberria@ibaizabalcatering.es>", "Tu candidatura - Seguridad Alimentaria",
      """Hola Oskar:

Muchas gracias por venir a la cocina central de Zorrotzaurre. Nos gustó mucho tu manera de explicar el
sistema APPCC al equipo y tu experiencia en cocina.

Sin embargo, hemos decidido seguir adelante con otra persona que ya ha trabajado con auditorías IFS en
industria, algo clave para este puesto.

Te deseamos mucha suerte.

Un abrazo,
Ane Etxeberria
Responsable de Personas""", legal=True, charset="iso-8859-1", cte="qp"),
    m("rejection", "talent_pool", "Conservas Bermeo Itsasoa", "Técnico de Calidad",
      "Conservas Bermeo <empleo@bermeoitsasoa.es>", "Proceso de selección - Técnico de Calidad",
      """Estimado Oskar:

Te agradecemos tu interés en Conservas Bermeo Itsasoa. Tras revisar tu perfil, lamentamos comunicarte que no
continuarás en el proceso. No obstante, incorporaremos tu CV a nuestra bolsa de empleo para futuras vacantes.

Saludos cordiales,
Departamento de RRHH""", layout="html", preheader="Novedades sobre tu candidatura"),
    m("rejection", "no_interview", "Supermercados Nerbioi", "Auditor de Higiene de Tiendas",
      "Supermercados Nerbioi <noreply@nerbioi.infojobs-mail.net>", "Estado de tu candidatura",
      """Hola Oskar,

Gracias por inscribirte en la oferta Auditor de Higiene de Tiendas. Lamentablemente no podemos ofrecerte una
entrevista en esta ocasión.

Mucho éxito en tu búsqueda.

Supermercados Nerbioi""", cte="b64"),
    m("rejection", "rescinded", "Hoteles Abando", "Jefe de Operaciones de Cocina",
      "Iñigo Zubiri <izubiri@hotelesabando.com>", "RE: Carta de oferta",
      """Buenos días Oskar:

Lamento mucho tener que escribirte esto. La cadena ha cancelado la apertura del hotel de Getxo y, con ello, la
plaza de Jefe de Operaciones de Cocina. Por tanto, debemos retirar la oferta que te hicimos.

Quedo a tu disposición para hablar cuando quieras.

Iñigo Zubiri
Director de RRHH""", layout="outlook"),
    m("rejection", "", "Ibaizabal Catering", "Jefe de Compras",
      "Ibaizabal Catering <seleccion@ibaizabalcatering.es>", "Jefe de Compras",
      """Estimado candidato:

Le informamos de que su candidatura para el puesto de Jefe de Compras no ha sido seleccionada.

Atentamente,
Selección - Ibaizabal Catering""", charset="windows-1252"),
    m("rejection", "warm_rejection", "Pintxo Lab Franquicias", "Responsable de Operaciones",
      "Gorka Arana <gorka@pintxolab.es>", "lo del sábado",
      """Oskar, gracias por el día de prueba, de verdad, la barra nunca había ido tan fina. Pero al final nos
quedamos con alguien de la casa para el puesto de operaciones. Perdona, tío.

Si vuelves por Bilbao, te invitamos a unos pintxos.

Gorka""", layout="apple"),
    m("rejection", "", "Hostelería Norte Selección", "Director de Cocina (cliente: grupo hotelero)",
      "Leire Goikoetxea <leire@hnorteseleccion.es>", "Feedback del cliente",
      """Hola Oskar,

Te escribo con la respuesta del cliente: han decidido no seguir con tu candidatura, buscan alguien con más
experiencia en banquetes de gran volumen. Sigo buscando otras opciones para ti.

Un saludo,
Leire""", layout="gmail"),
    m("rejection", "rescinded", "Conservas Bermeo Itsasoa", "Responsable de Compras de Materia Prima",
      "Mikel Uriarte <m.uriarte@bermeoitsasoa.es>", "Oferta retirada",
      """Hola Oskar:

Siento tener que decirte que hemos tenido que retirar la oferta de Responsable de Compras. La cuota de
bonito de esta campaña ha sido mucho menor de lo previsto y la dirección ha congelado las nuevas
incorporaciones.

Lo siento de verdad.

Mikel Uriarte""", charset="windows-1252", cte="qp"),
    # --- offer ---
    m("offer", "formal_offer", "Ibaizabal Catering", "Responsable de Calidad y Seguridad Alimentaria",
      "Ane Etxeberria <ane.etxeberria@ibaizabalcatering.es>", "Oferta de empleo",
      """Hola Oskar:

Es un placer ofrecerte el puesto de Responsable de Calidad y Seguridad Alimentaria en Ibaizabal Catering.

- Salario: 48.000 EUR brutos anuales
- Incorporación: {+30}
- Contrato indefinido, jornada continua

Te agradecería que nos confirmaras tu aceptación antes del {+8}.

Un abrazo,
Ane""", layout="alt"),
    m("offer", "casual_offer", "Pintxo Lab Franquicias", "Responsable de Cocinas",
      "Gorka Arana <gorka@pintxolab.es>", "¿te animas?",
      """Oskar, nos encantaría que te unieras al equipo como responsable de cocinas de los cuatro locales. Lo
hablamos con un café el lunes y cerramos? Gorka"""),
    m("offer", "offer_references", "Hoteles Abando", "Auditor de Calidad",
      "Iñigo Zubiri <izubiri@hotelesabando.com>", "Oferta - pendiente de referencias",
      """Buenos días Oskar:

Nos complace ofrecerte el puesto de Auditor de Calidad para nuestros cinco hoteles, sujeto a la comprobación
de referencias. ¿Podrías enviarnos los datos de dos personas de contacto?

Saludos,
Iñigo""", layout="gmail"),
    m("offer", "offer_unfortunately", "Supermercados Nerbioi", "Comprador de Frescos",
      "Amaia Ruiz <amaia.ruiz@nerbioi.es>", "Nueva propuesta",
      """Hola Oskar,

Lamentablemente la plaza de auditor ya está cubierta, pero nos gustaría ofrecerte el puesto de Comprador de
Frescos, con base en Basauri. Te envío la propuesta por escrito esta misma tarde.

Amaia Ruiz
Selección""", charset="iso-8859-1"),
    # --- next_step ---
    m("next_step", "assessment", "Conservas Bermeo Itsasoa", "Técnico de Calidad",
      "Conservas Bermeo <empleo@bermeoitsasoa.es>", "Prueba técnica APPCC",
      """Estimado Oskar:

Has superado la primera fase. El siguiente paso es una prueba técnica sobre APPCC y trazabilidad, de 45
minutos, en nuestra planta de Bermeo el {+8} a las 9:00.

Saludos cordiales,
Departamento de RRHH""", layout="html"),
    m("next_step", "reschedule_unfortunately", "Hoteles Abando", "Auditor de Calidad",
      "Iñigo Zubiri <izubiri@hotelesabando.com>", "Cambio de hora de la entrevista",
      """Hola Oskar:

Lamentablemente tengo que cambiar nuestra entrevista del martes por una inspección sanitaria. ¿Te viene bien
el {+5} a las 12:00?

Iñigo""", charset="windows-1252"),
    m("next_step", "", "Hostelería Norte Selección", "Jefe de Cocina Central (cliente: colectividades)",
      "Leire Goikoetxea <leire@hnorteseleccion.es>", "Entrevista con el cliente",
      """Hola Oskar,

¡Buenas noticias! El cliente quiere conocerte. La entrevista sería en su cocina central de Erandio, con la
directora de operaciones. ¿Te va bien el jueves por la mañana?

Un saludo,
Leire
Hostelería Norte Selección - Consultoría de RRHH para hostelería""", legal=True),
    m("next_step", "trial_shift", "Pintxo Lab Franquicias", "Responsable de Operaciones",
      "Gorka Arana <gorka@pintxolab.es>", "día de prueba",
      """Oskar, te vienes el sábado a hacer un día de prueba en el local de Ledesma? Entras a las 11. Te decimos
algo en 3 días hábiles.

Gorka""", promise=("bdays", 3)),
    # --- pending ---
    m("pending", "still_reviewing", "Ibaizabal Catering", "Jefe de Compras",
      "Ane Etxeberria <ane.etxeberria@ibaizabalcatering.es>", "RE: ¿Novedades?",
      """Hola Oskar:

Todavía estamos valorando las candidaturas finalistas. Te daremos una respuesta antes de que acabe la
próxima semana.

Un saludo,
Ane""", layout="gmail", promise=("eow", 1)),
    m("pending", "on_hold", "Supermercados Nerbioi", "Responsable de Seguridad Alimentaria",
      "Amaia Ruiz <amaia.ruiz@nerbioi.es>", "Proceso en pausa",
      """Hola Oskar,

Te escribo para informarte de que el proceso para Responsable de Seguridad Alimentaria está en pausa por una
congelación de contrataciones hasta después de la campaña de Navidad. Tu candidatura sigue abierta.

Amaia""", charset="iso-8859-1"),
    m("pending", "waitlist", "Hoteles Abando", "Jefe de Operaciones de Cocina",
      "Hoteles Abando <seleccion@hotelesabando.com>", "Lista de reserva",
      """Estimado Oskar:

Le comunicamos que ha quedado en lista de reserva para el puesto. Si la persona seleccionada no se incorpora,
contactaremos con usted.

Atentamente,
Selección Hoteles Abando"""),
    m("pending", "delay", "Conservas Bermeo Itsasoa", "Técnico de Calidad",
      "Mikel Uriarte <m.uriarte@bermeoitsasoa.es>", "Retraso en la decisión",
      """Hola Oskar:

Perdona el retraso. Con la campaña del bonito vamos con todo, pero te daremos respuesta en un plazo de 10
días.

Mikel""", promise=("days", 10)),
    m("pending", "pending_unfortunately", "Hostelería Norte Selección", "Director de Cocina",
      "Leire Goikoetxea <leire@hnorteseleccion.es>", "Sin noticias aún",
      """Hola Oskar, lamentablemente aún no tengo respuesta del cliente. Me han dicho que deciden el viernes,
te llamo en cuanto sepa algo. Leire""", promise=("weekday", 4)),
    # --- acknowledgement ---
    m("acknowledgement", "received", "Supermercados Nerbioi", "Comprador de Frescos",
      "Supermercados Nerbioi <noreply@nerbioi.infojobs-mail.net>", "Hemos recibido tu candidatura",
      """Hola Oskar,

Tu candidatura para Comprador de Frescos se ha recibido correctamente. La empresa revisará tu CV y te
responderá en un plazo máximo de 15 días.

InfoJobs en nombre de Supermercados Nerbioi""", layout="html", promise=("days", 15)),
    m("acknowledgement", "ack_offer_word", "Ibaizabal Catering", "Responsable de Seguridad Alimentaria",
      "Ibaizabal Catering <seleccion@ibaizabalcatering.es>", "Confirmación de candidatura",
      """Hola Oskar:

Hemos recibido tu candidatura. Te recordamos que en Ibaizabal ofrecemos formación continua, comedor gratuito
y estabilidad. Te contestaremos a finales de mes.

Selección""", promise=("eom", 0)),
    m("acknowledgement", "received_docs", "Hoteles Abando", "Auditor de Calidad",
      "Iñigo Zubiri <izubiri@hotelesabando.com>", "RE: Referencias",
      """Recibido, Oskar. Gracias por las referencias, las llamamos esta semana.

Iñigo""", layout="outlook"),
    m("acknowledgement", "received", "Pintxo Lab Franquicias", "Responsable de Cocinas",
      "Pintxo Lab <hola@pintxolab.es>", "¡Gracias por escribirnos!",
      """Hemos recibido tu CV. Lo revisamos y te decimos algo antes del {X}. ¡Gracias!""",
      promise=("on", 9)),
    # --- auto_reply ---
    m("auto_reply", "out_of_office", "Ibaizabal Catering", "",
      "Ane Etxeberria <ane.etxeberria@ibaizabalcatering.es>", "Respuesta automática: Oferta de empleo",
      """Estoy fuera de la oficina hasta el {+5}. Para temas relacionados con ofertas o contratos, escribe a
personas@ibaizabalcatering.es. Gracias.""", headers=(("Auto-Submitted", "auto-replied"),)),
    m("auto_reply", "auto_noreply", "Supermercados Nerbioi", "",
      "Supermercados Nerbioi <noreply@nerbioi.infojobs-mail.net>", "No responder",
      """Este es un mensaje automático. Las respuestas a esta dirección no se leen.""",
      headers=(("Auto-Submitted", "auto-generated"),)),
    # --- other ---
    m("other", "interviewer", "Lindgren's Kitchen", "Ayudante de Cocina",
      "Lucía Fernández <lucia.fdez.cocina@gmail.com>", "Solicitud ayudante de cocina",
      """Hola Oskar,

Me llamo Lucía, soy de Bilbao y estoy viviendo en Dublín. He visto que buscas ayudante de cocina. Tengo
experiencia en un asador y hablo inglés. Te adjunto mi CV.

Gracias,
Lucía"""),
    m("other", "newsletter_regret", "Hostelería Hoy", "",
      "Hostelería Hoy <boletin@hosteleriahoy.es>", "Boletín semanal",
      """Esta semana: los hosteleros lamentan la subida del IVA; oferta especial en cursos de manipulador de
alimentos; y las 10 cocinas centrales más eficientes del norte.

Darse de baja""", layout="html", preheader="Boletín semanal"),
    m("other", "withdrawal", "Conservas Bermeo Itsasoa", "Técnico de Calidad",
      "Conservas Bermeo <empleo@bermeoitsasoa.es>", "Confirmación de retirada",
      """Estimado Oskar:

Confirmamos que has retirado tu candidatura al puesto de Técnico de Calidad. Te deseamos lo mejor en tu
nuevo trabajo.

Departamento de RRHH""", layout="gmail",
      quoted="Hola:\n\nHe aceptado otra oferta y quiero retirar mi candidatura. Muchas gracias.\n\nOskar"),
]
