"""holdout13, Spanish mail (Valencia): each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import FOLLOWUP_ES, Msg


def es(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one Spanish message returns its record."""
    return Msg(label, "es", trap, company, role, sender, subject, body, **kw)


AUTO = {"Auto-Submitted": "auto-replied"}

MESSAGES: list[Msg] = [
    es("rejection", "warm", "Grupo Turia Retail", "HR Business Partner",
       "Marta Llorens <marta.llorens@grupoturia.es>", "Tu candidatura - HR Business Partner",
       """Hola Hannah:

Muchas gracias por la entrevista del martes. Nos encantó tu experiencia gestionando equipos en tienda
y tu cercanía con las personas.

Aun así, hemos decidido seguir adelante con otra candidata que ya conoce la legislación laboral
española y los convenios del comercio. Ha sido una decisión muy reñida.

Te deseamos lo mejor.

Un abrazo,
Marta Llorens
Directora de Personas""", charset="iso-8859-1", cte="quoted-printable"),
    es("rejection", "talent_pool", "Hoteles Malvarrosa", "Técnica de Selección",
       "Hoteles Malvarrosa <empleo@hotelesmalvarrosa.es>", "Actualización de tu proceso",
       """Hola Hannah,

Gracias por tu interés en Hoteles Malvarrosa. Tras revisar tu perfil, lamentamos comunicarte que en
esta ocasión no continuarás en el proceso.

Guardaremos tu candidatura en nuestra base de talento para futuras oportunidades.

Equipo de Talento""", layout="html", ats="Factorial"),
    es("rejection", "no_interview", "Logística Levante", "Técnica de RRHH",
       "Logística Levante <rrhh@logisticalevante.es>", "Proceso de selección Técnica de RRHH",
       """Estimada Sra. Okafor:

Le agradecemos el interés mostrado. Lamentablemente, no podemos ofrecerle una entrevista para este
puesto, ya que buscamos experiencia previa en nóminas y Seguridad Social.

Atentamente,
Departamento de Recursos Humanos""", charset="windows-1252"),
    es("rejection", "rescinded", "Ruta Verde Mobility", "People Partner",
       "Pablo Serrano <pablo@rutaverde.io>", "RE: Oferta People Partner",
       """Hola Hannah,

Siento muchísimo tener que escribirte esto. Tras la reestructuración anunciada hoy, hemos congelado
todas las contrataciones y tenemos que retirar la oferta que te hicimos la semana pasada.

Sé que es un golpe. Si te puedo ayudar con contactos o una referencia, cuenta conmigo.

Pablo""", layout="reply", quote_style="gmail",
       quote="Hola Pablo,\n\n¡Acepto encantada la oferta! Te envío el contrato firmado.\n\nHannah"),
    es("rejection", "typo_lower", "Horchatería El Carmen", "Responsable de RRHH",
       "vicent <vicent@horchateriaelcarmen.es>", "re: entrevista",
       """hola hannah, gracias por venir. al final nos quedamos con una persona de la zona que ya conoce el
negocio, lo siento muchp. suerte!!

enviado desde mi movil"""),
    es("rejection", "after_assessment", "Grupo Turia Retail", "Talent Acquisition Specialist",
       "Grupo Turia Retail <seleccion@grupoturia.es>", "Resultado de las pruebas",
       """Hola Hannah:

Gracias por participar en el assessment center del jueves. Lamentamos informarte de que no has
superado esta fase del proceso. Si lo deseas, podemos darte feedback por teléfono.

Un saludo,
Equipo de Selección""", layout="alt", ats="SuccessFactors"),
    es("rejection", "agency_forward", "Logística Levante", "HR Business Partner",
       "Lucía Ferrer <lucia.ferrer@levante-talent.es>", "RV: Feedback candidata H. Okafor",
       """Hola Hannah,

Te reenvío la respuesta de Logística Levante tal cual me la han mandado. Lo siento mucho, no es lo que
esperábamos. Seguimos en contacto para otras posiciones.

Lucía Ferrer
Levante Talent Consulting""", layout="fwd", quote_from="Jordi Martí <jordi.marti@logisticalevante.es>",
       quote="Hola Lucía:\n\nGracias por presentarnos a Hannah. Valoramos mucho su experiencia, pero hemos "
             "decidido no\navanzar con su candidatura: necesitamos a alguien con valenciano nativo para las\n"
             "negociaciones con el comité.\n\nJordi"),
    es("rejection", "reapply", "Hoteles Malvarrosa", "Responsable de Personas",
       "Hoteles Malvarrosa <empleo@hotelesmalvarrosa.es>", "Tu candidatura",
       """Hola Hannah,

Gracias por presentarte al puesto de Responsable de Personas. Por desgracia, tu candidatura no ha sido
seleccionada. Podrás volver a presentarte a esta misma posición dentro de 6 meses.

Equipo de Talento""", charset="iso-8859-1", cte="base64"),
    es("offer", "casual", "Ruta Verde Mobility", "People Partner",
       "Pablo Serrano <pablo@rutaverde.io>", "¡Te queremos en el equipo!",
       """Hannah!! Nos encantaría que te unieras a Ruta Verde como People Partner. El equipo está
encantado contigo. Mañana te mando la propuesta por escrito. ¿Hablamos a las 18h?

Pablo"""),
    es("offer", "formal", "Grupo Turia Retail", "HR Business Partner",
       "Marta Llorens <marta.llorens@grupoturia.es>", "Propuesta de incorporación",
       """Hola Hannah:

Nos complace ofrecerte el puesto de HR Business Partner en Grupo Turia Retail, con sede en Valencia.

- Salario bruto anual: 42.000 EUR
- Contrato indefinido, jornada completa
- Incorporación: a convenir

Te agradeceríamos una respuesta antes del 2 de diciembre.

Un saludo,
Marta Llorens""", layout="html"),
    es("offer", "offer_lamentablemente", "Hoteles Malvarrosa", "Técnica de Selección",
       "Andrea Puig <andrea.puig@hotelesmalvarrosa.es>", "Tu oferta",
       """Hola Hannah:

¡Queremos ofrecerte el puesto de Técnica de Selección! Lamentablemente no podemos llegar a los 36.000
que pedías; nuestra propuesta es de 33.500 EUR más alojamiento gratuito el primer mes.

Dime qué te parece.
Andrea""", charset="windows-1252"),
    es("offer", "conditional", "Logística Levante", "Responsable de RRHH de almacén",
       "Logística Levante <rrhh@logisticalevante.es>", "Oferta condicionada",
       """Estimada Sra. Okafor:

Nos complace comunicarle que ha sido seleccionada para el puesto de Responsable de RRHH de almacén.
La oferta queda condicionada a la obtención de su NIE y a la verificación de sus referencias.

Atentamente,
Departamento de Recursos Humanos""", layout="alt"),
    es("next_step", "reschedule_lamentablemente", "Grupo Turia Retail", "Talent Acquisition Specialist",
       "Marta Llorens <marta.llorens@grupoturia.es>", "Cambio de la entrevista",
       """Hola Hannah:

Lamentablemente tenemos que cambiar la hora de la entrevista del miércoles. ¿Te vendría bien el jueves
19 a las 16:00 por Teams?

Perdona las molestias,
Marta""", sent="2026-11-16 09:30"),
    es("next_step", "case_study", "Ruta Verde Mobility", "People Partner",
       "Ruta Verde Mobility <no-reply@jobs.personio.example>", "Siguiente paso: caso práctico",
       """Hola Hannah,

¡Pasas a la siguiente fase! Te enviamos un caso práctico sobre onboarding de repartidores. Tienes
hasta el 25 de noviembre para entregarlo y después lo presentarás al equipo.

Te daremos una respuesta final en un plazo de 10 días hábiles desde la presentación.

Ruta Verde Talent""", layout="html", ats="Personio", reply_to="talent@rutaverde.io"),
    es("next_step", "slots", "Hoteles Malvarrosa", "Responsable de Personas",
       "Andrea Puig <andrea.puig@hotelesmalvarrosa.es>", "Segunda entrevista",
       """Hola Hannah:

Nos gustaría verte en una segunda entrevista con el director del hotel. Opciones:
- martes a las 10:00
- miércoles a las 12:30

Te daremos una respuesta antes del viernes de la semana que viene.

Andrea""", when=("eow", 1)),
    es("next_step", "dated_tomorrow_call", "Horchatería El Carmen", "Responsable de RRHH",
       "vicent <vicent@horchateriaelcarmen.es>", "llamada",
       """hola hannah, te llamo el jueves para una ultima charla con mi socia y te decimos algo el viernes.
vicent""", when=("weekday", 4), sent="2026-11-24 19:40"),
    es("pending", "still_reviewing_dated", "Grupo Turia Retail", "HR Business Partner",
       "Marta Llorens <marta.llorens@grupoturia.es>", "RE: Seguimiento",
       """Hola Hannah:

Gracias por escribir. Todavía estamos valorando las candidaturas finalistas y te daremos una respuesta
a finales de mes.

Un saludo,
Marta""", layout="reply", quote_style="outlook",
       quote=FOLLOWUP_ES.format(name="Marta", role="HR Business Partner"), when=("eom", "")),
    es("pending", "on_hold", "Logística Levante", "HR Business Partner",
       "Lucía Ferrer <lucia.ferrer@levante-talent.es>", "Proceso en pausa",
       """Hola Hannah,

Logística Levante ha puesto el proceso en pausa por una reorganización interna. Siguen interesados en
tu perfil; te aviso en cuanto lo reactiven.

Lucía""", charset="iso-8859-1"),
    es("pending", "delayed_business_days", "Ruta Verde Mobility", "Talent Partner",
       "Pablo Serrano <pablo@rutaverde.io>", "Un poco de retraso",
       """Hola Hannah,

Perdona la demora. Estamos esperando la aprobación del presupuesto; en un plazo de 7 días hábiles te
confirmamos la decisión.

Pablo""", when=("bdays", 7)),
    es("pending", "waitlist", "Hoteles Malvarrosa", "Técnica de Selección (temporada)",
       "Hoteles Malvarrosa <empleo@hotelesmalvarrosa.es>", "Lista de reserva",
       """Hola Hannah,

Has quedado en nuestra lista de reserva para el puesto de temporada. Si se libera una plaza te
contactaremos. Esperamos saberlo el 4 de diciembre.

Equipo de Talento""", layout="html", ats="Factorial", when=("date", "2026-12-04"), sent="2026-11-23 10:10"),
    es("acknowledgement", "ack_infojobs", "Grupo Turia Retail", "Talent Acquisition Specialist",
       "Grupo Turia Retail <seleccion@grupoturia.es>", "Hemos recibido tu candidatura",
       """Hola Hannah:

Hemos recibido tu candidatura para Talent Acquisition Specialist. Nuestro equipo la revisará y te
contestaremos en un plazo de 10 días.

Equipo de Selección""", layout="html", ats="InfoJobs", when=("days", 10)),
    es("acknowledgement", "ack_oferta_word", "Logística Levante", "Técnica de RRHH",
       "Logística Levante <rrhh@logisticalevante.es>", "Confirmación de candidatura",
       """Estimada Sra. Okafor:

Confirmamos la recepción de su candidatura a la oferta de empleo «Técnica de RRHH». Lamentablemente,
debido al volumen de solicitudes, solo contactaremos con las personas preseleccionadas.

Atentamente,
Recursos Humanos""", charset="windows-1252"),
    es("acknowledgement", "message_received", "Ruta Verde Mobility", "People Partner",
       "Pablo Serrano <pablo@rutaverde.io>", "Re: Documentación",
       """Recibido, gracias Hannah. Lo paso a administración.

Pablo""", layout="reply", quote_style="apple",
       quote="Hola Pablo,\n\nTe adjunto el pasaporte y el certificado de la Seguridad Social.\n\nHannah"),
    es("acknowledgement", "ack_dated_friday", "Hoteles Malvarrosa", "Responsable de Personas",
       "Andrea Puig <andrea.puig@hotelesmalvarrosa.es>", "Tu CV",
       """Hola Hannah:

Hemos recibido tu CV, ¡gracias! Cerramos la selección de candidaturas esta semana y te diremos si
pasas a entrevista antes del viernes.

Andrea""", when=("weekday", 4), sent="2026-11-10 12:45"),
    es("auto_reply", "out_of_office", "Grupo Turia Retail", "HR Business Partner",
       "Marta Llorens <marta.llorens@grupoturia.es>", "Respuesta automática: Seguimiento",
       """Estoy fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes escribe a
personas@grupoturia.es.

Marta Llorens""", extra=AUTO, charset="iso-8859-1"),
    es("auto_reply", "noreply", "Logística Levante", "",
       "Logística Levante <no-reply@logisticalevante.es>", "Respuesta automática",
       """Este buzón no admite respuestas. Lamentamos las molestias. Para consultar tu candidatura accede al
portal de empleo.""", extra=AUTO),
    es("other", "job_alert_oferta", "", "",
       "Alertas InfoJobs <alertas@infojobs-mail.example>", "Nuevas ofertas: Recursos Humanos Valencia",
       """Hola Hannah,

Tenemos nuevas ofertas para ti:

- Técnico/a de RRHH - Paterna - plazo de inscripción hasta el 30/11
- HR Business Partner - Valencia - oferta con teletrabajo parcial
- Responsable de Selección - Sagunto

Lamentamos no poder mostrarte el salario de todas las ofertas.""", layout="html", ats="InfoJobs"),
    es("other", "withdrawal_confirmation", "Hoteles Malvarrosa", "Técnica de Selección",
       "Andrea Puig <andrea.puig@hotelesmalvarrosa.es>", "RE: Retiro mi candidatura",
       """Hola Hannah:

Entendido, damos de baja tu candidatura. Lamentamos no poder contar contigo, ¡mucha suerte en tu nuevo
trabajo!

Andrea""", layout="reply", quote_style="gmail",
       quote="Hola Andrea:\n\nHe aceptado otra oferta y retiro mi candidatura. Gracias por todo.\n\nHannah"),
    es("other", "newsletter", "", "",
       "Observatorio RRHH <boletin@observatorio-rrhh.example>", "Boletín: cómo comunicar un rechazo",
       """En este número:

* Cómo comunicar un rechazo sin dañar tu marca empleadora
* Ofertas retiradas: qué dice la ley
* Congelación de contrataciones en el sector hotelero

Darse de baja""", layout="alt"),
    es("other", "user_interviewer", "Northbridge Retail Group", "Dependienta",
       "Daniel Wu <daniel.wu@northbridgeretail.co.uk>", "Candidatas para tu tienda",
       """Hola Hannah,

Te escribo en español porque las dos candidatas para las vacantes de dependienta en tu tienda son de
Valencia y harán la entrevista contigo en español. Te he reservado el martes a las 11:00 y 11:30.
Luego dime a quién le hacemos la oferta.

Daniel""", layout="alt"),
]
