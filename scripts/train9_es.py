# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""train9 Spanish bank: whole-message templates (see train9_core.parse_bank for the format)."""

BANK = """
@@ rejection status_portal ats
S: Actualización de tu candidatura - {company}
Hola {first},

El estado de tu candidatura para {role} ha cambiado. Accede a tu portal de candidato para ver el estado actual.

Equipo de Talento
@@ rejection implied hr
S: Tu candidatura - {role}
Hola {first},

Gracias por tu tiempo durante el proceso. Hemos decidido seguir adelante con otros candidatos cuyo perfil encaja mejor con lo que necesita el equipo ahora mismo.

Te deseamos mucho éxito.

{me}
@@ rejection implied manager
S: Sobre el puesto de {role}
{first},

Quería decírtelo yo: al final elegimos a alguien con más recorrido en [[cuentas enterprise|el mercado mexicano|SaaS]]. Fue una decisión muy reñida.

Un abrazo,
{me}
@@ rejection post_assessment hr
S: Resultado de la prueba práctica
Hola {first},

Gracias por el role-play de ventas. Tras revisarlo, el comité ha decidido no avanzar con tu candidatura a la fase final.

Saludos,
{me}
@@ rejection search_closed hr
S: Proceso de selección {role}
Estimada {first}:

Te informamos de que el proceso para el puesto de {role} se ha cerrado sin contratación. La vacante queda cancelada por reorganización interna.

Atentamente,
{me}
@@ rejection mobile_short founder
S: RE: {role}
hola {first}, vamos con otra persona. perdona y gracias!
@@ rejection thread_rejection recruiter
S: RE: Seguimiento - {role}
Hola {first}, perdona la demora. Se han decantado por otro perfil. ¡Mucha suerte!

{me}
@@ rejection typo_rejection hr
S: tu candidatura
Hola {first},

lamentablemente hemos decidio no continuar con tu candiatura. Gracias por tu interés.

{me}
@@ rejection rescinded hr
S: Tu oferta de empleo
Hola {first},

Debido a la congelación de contrataciones aprobada esta semana, nos vemos obligados a retirar la oferta que te hicimos para el puesto de {role}. Lo sentimos mucho.

{me}
@@ rejection rescinded manager
S: malas noticias
{first},

La verificación de antecedentes no ha salido como esperábamos, así que no podemos mantener la oferta. Lo siento de verdad.

{me}
@@ rejection talent_pool ats
S: Tu candidatura en {company}
Hola {first},

Tu perfil no encaja con esta vacante, pero nos gustaría guardarlo en nuestra bolsa de talento para futuras posiciones.

{company}
@@ offer casual_offer founder
S: !!
{first} te queremos en el equipo 🙌 cuándo puedes empezar? el contrato te llega esta semana
@@ offer conditional_offer hr
S: Oferta de empleo - {role}
Hola {first},

Nos alegra ofrecerte el puesto de {role}, sujeto a la comprobación de referencias. Por favor, confírmanos tu respuesta antes del {deadline}.

{me}
@@ offer paperwork_offer hr
S: Tu contrato
Hola {first},

Te adjuntamos el contrato y la documentación de alta. Devuélvenoslo firmado antes del {deadline}. Tu incorporación será el {start}.

¡Bienvenida!
{me}
@@ offer verbal_offer manager
S: Tras nuestra llamada
Hola {first},

Como te comenté por teléfono, queremos contratarte como {role}. La oferta por escrito llegará en cuanto tengamos la aprobación.

{me}
@@ offer typo_offer recruiter
S: buenas noticias
Hola {first}, te confirmo que el cliente quiere hacerte una ofreta para {role}. Hablamos mañana de condiciones?

{me}
@@ next_step offer_slots recruiter
S: Segunda entrevista - {role}
Hola {first},

El equipo quiere volver a verte. Te puedo ofrecer este hueco: {slot}. Lamentablemente el viernes no es posible. <<Esperamos tomar una decisión {P}.>>

{me}
@@ next_step trial_day manager
S: Día de prueba
Hola {first},

Nos gustaría ofrecerte un día de prueba acompañando al equipo comercial el {slot}. ¿Te encaja?

{me}
@@ next_step assessment ats
S: Siguiente paso: prueba online
Hola {first},

Como siguiente paso, completa la prueba online antes del {due}. <<Te daremos respuesta {P}.>>

Equipo de Selección
@@ pending waitlist_offer_other hr
S: Estado de tu candidatura
Hola {first},

Hemos hecho una oferta a otra candidata. Estás en nuestra lista de reserva, en primer lugar. <<Sabremos algo {P}.>>

{me}
@@ pending still_reviewing hr
S: RE: Seguimiento
Hola {first},

Gracias por escribir. Seguimos entrevistando y aún no hay decisión. <<Te diremos algo {P}.>>

{me}
@@ pending on_hold manager
S: Puesto en pausa
Hola {first},

El puesto está en pausa mientras cerramos presupuestos. Sigues en el proceso. <<Espero tener respuesta {P}.>>

{me}
@@ acknowledgement received ats
S: Hemos recibido tu candidatura
Hola {first},

Gracias por postularte a {role}. Hemos recibido tu candidatura y la revisaremos con atención. <<Recibirás respuesta {P}.>>

{company}
@@ acknowledgement received_docs hr
S: Documentación recibida
Hola {first},

Hemos recibido tus referencias, ¡gracias! <<Te contestaremos {P}.>>

{me}
@@ auto_reply out_of_office ooo
S: Respuesta automática: fuera de la oficina
Estoy fuera de la oficina hasta el {start}. Para temas urgentes escribe a seleccion@{domain}.
@@ other interviewer_offer colleague
S: Candidato {cand}
Hola {first},

Gracias por entrevistar a {cand}. Queremos hacerle una oferta; ¿me mandas tu valoración antes del {due}?

{me}
@@ other newsletter_regret board
S: Tus alertas de empleo
Hola {first},

Lamentamos que esta semana haya menos ofertas. 9 nuevas ofertas de {role}. Inscripción hasta el {deadline}.

Darse de baja
@@ other market_update agency
S: Actualización de mercado - ventas B2B
Hola {first},

Un resumen rápido: varias empresas han congelado vacantes y las ofertas tardan más. Te escribo en cuanto haya algo que encaje.

{me}
"""
