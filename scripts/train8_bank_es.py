"""train8: Spanish whole-message templates (format as in train8_bank_en)."""

# ruff: noqa: E501  (whole sentences with their alternatives stay on one line to be readable as mail)

BANK = r"""
@@ rejection status_portal ats | [[Actualización de tu candidatura|Tu candidatura en {company}]]
El estado de tu candidatura para {role} ha cambiado. [[Accede a tu área de candidato para consultarlo.|Consulta los detalles en el portal.]]

Estado: [[Descartado|Proceso cerrado|Vacante cubierta]]
@@ rejection implied hr | [[Tu candidatura – {role}|Sobre el proceso de selección]]
gracias por tu tiempo durante el proceso. [[Hemos decidido seguir adelante con otros candidatos cuyo perfil encaja mejor con lo que buscamos ahora.|Finalmente nos hemos decantado por otra persona.|El equipo ha optado por un perfil con más experiencia en automatización.]] [[Te deseamos mucha suerte.|Ojalá coincidamos en el futuro.]]
@@ rejection post_assessment manager | Prueba técnica
gracias por hacer la prueba técnica. [[Tras revisar todas las entregas, no vamos a continuar contigo en la fase final.|Otros candidatos resolvieron mejor la parte de automatización, así que paramos aquí.]] {P}
@@ rejection search_closed hr | Proceso {role}
te informamos de que [[el proceso se ha cancelado sin contratar a nadie|la vacante se ha congelado por una reorganización interna|hemos cerrado la búsqueda sin incorporación]]. Sentimos las molestias.
@@ rejection typo_lower recruiter | info
[[lamentablemnte|lamentablemente]] el cliente [[ha decidio no seguir|no sigue]] con tu candidatura, buscan a alguien con más experiencia en móvil. te aviso si sale algo.
@@ rejection short_mobile founder | Re: {role}
[[sorry {first}, al final vamos con otra persona. gracias!|no va a poder ser esta vez, perdona. suerte!]]
@@ rejection rescinded hr | Tu oferta
[[Lamentamos comunicarte|Sentimos mucho informarte]] que [[debido a la congelación de contrataciones|tras la reestructuración del área de producto|al no haberse completado la verificación de antecedentes]] tenemos que retirar la oferta para el puesto de {role}.
@@ rejection thread_decision manager | RE: {role}
[[Resumiendo: nos quedamos con el otro candidato.|Te adelanto que no seguimos adelante.]] Gracias por la paciencia.
@@ offer casual founder | buenas noticias
[[¡te queremos en el equipo!|el puesto es tuyo si lo quieres]] [[te mando el contrato esta noche|mañana te llega la oferta por escrito]]. llámame 🙌
@@ offer conditional hr | Oferta de empleo – {role}
nos alegra ofrecerte el puesto de {role}, [[sujeto a la verificación de referencias|sujeto a la aprobación del consejo|condicionado a la comprobación de antecedentes]]. Incorporación: {nd}. Te agradecemos una respuesta antes del {wd}.
@@ offer welcome_aboard hr | ¡Bienvenido a bordo!
[[¡bienvenido al equipo!|¡qué alegría que hayas aceptado!]] [[Te hemos enviado el contrato para firmar.|Adjuntamos tu contrato y el papeleo de alta.]] Tu primer día es el {nd}.
@@ offer verbal manager | Tras nuestra llamada
como te comenté por teléfono, queremos contar contigo como {role}. La oferta formal sale hoy.
@@ next_step slots recruiter | Siguiente fase
nos gustaría [[ofrecerte una segunda entrevista|invitarte a una jornada de prueba|que conocieras al CTO]]. ¿Te va bien el {nd} a las 10:00? {P}
@@ next_step assessment hr | Prueba técnica
¡pasas a la siguiente fase! Envíanos la prueba antes del {nd}. {P}
@@ next_step references manager | Referencias
estamos en la recta final: ¿nos pasas dos referencias? {P}
@@ pending still_reviewing hr | Estado de tu candidatura
todavía no hemos tomado una decisión, [[seguimos entrevistando|el comité aún no se ha reunido]]. {P}
@@ pending waitlist recruiter | Cómo va el proceso
[[Hemos hecho una oferta a otra persona, pero eres nuestra segunda opción.|Estás en nuestra lista de reserva mientras el candidato elegido decide.]] {P}
@@ pending on_hold manager | Proceso en pausa
[[hemos pausado la contratación mientras se aprueba el presupuesto.|el proceso va con retraso.]] Sigues en el proceso. {P}
@@ acknowledgement received ats | Hemos recibido tu candidatura
gracias por inscribirte en la oferta de {role}. [[Revisaremos tu perfil con atención.|Tu candidatura se ha registrado correctamente.]] {P}
@@ acknowledgement received_docs hr | RE: documentación
recibido, gracias por [[el certificado|la documentación]]. {P}
@@ auto_reply out_of_office ooo | Fuera de la oficina
estoy fuera de la oficina hasta el {nd}. [[Para urgencias escribe a rrhh@{domain}.|Tu mensaje no será reenviado.]]
@@ auto_reply auto_noreply noreply | Respuesta automática
Este es un mensaje automático. Por favor, no respondas a este correo.
@@ other interviewer_offer colleague | Candidatos QA junior
gracias por hacer las entrevistas conmigo. [[Propongo hacerle una oferta a Laia|¿Le hacemos la oferta al segundo candidato?]] ¿Te parece? Hay que decidir antes del {wd}.
@@ other job_alert board | Nuevas ofertas para ti
[[10 ofertas nuevas para tu alerta|Tu alerta de empleo]]: QA Engineer, Test Analyst. Inscripción hasta el {nd}. [[Lamentamos no mostrar todos los salarios.|Oferta especial: CV destacado gratis.]]
@@ other market_update agency | Actualización del mercado
[[resumen rápido: en QA hay mucha demanda, los candidatos reciben varias ofertas.|algunas empresas han congelado procesos y retirado ofertas.]] Te escribo cuando tenga algo concreto.
@@ rejection implied manager | Nuestra conversación
gracias por tu tiempo. [[Hemos elegido a una persona que ya conoce nuestro stack de testing.|El equipo prefiere avanzar con otro perfil.|Continuamos con candidatos con más experiencia en Cypress.]] Te deseo lo mejor.
@@ rejection reapply ats | Tu candidatura
gracias por tu interés en {company}. [[No podemos seguir adelante con tu candidatura para este puesto.|La vacante ya se ha cubierto.]] Puedes volver a inscribirte [[dentro de seis meses|pasados 6 meses]].
@@ rejection warm hr | {role}
gracias por la paciencia. [[hemos decidido ofrecer el puesto a otra persona|al final nos hemos quedado con otro candidato]], ha estado muy reñido. {P}
@@ offer formal hr | Oferta – {role}
en nombre de {company} me alegra ofrecerte el puesto de {role}. [[Adjuntamos la carta con salario y beneficios.|Te enviamos el contrato adjunto.]] La oferta es válida hasta el {nd}.
@@ offer agency agency | ¡Buenas noticias de {company}!
¡noticia buenísima! {company} quiere hacerte una oferta. El salario es el que hablamos. Llámame cuando puedas.
@@ next_step call manager | ¿Hablamos?
[[¿tendrías un rato para hablar con nuestro CTO|te propongo una llamada con la Head of QA]] el {nd}? {P}
@@ pending delay hr | Retraso en el proceso
perdona la espera. [[Falta la aprobación de dirección.|El comité aún no se ha reunido.]] {P}
@@ acknowledgement received_casual recruiter | RE: CV
¡recibido, gracias! hoy se lo paso al equipo. {P}
@@ acknowledgement ack_offer_word ats | Candidatura recibida
gracias por inscribirte en {role}. Ofrecemos [[teletrabajo flexible y seguro médico|formación continua y retribución flexible]]. {P}
@@ auto_reply left_company ooo | Respuesta automática
ya no trabajo en {company}. Escribe a talento@{domain}.
@@ other newsletter_offer board | Newsletter de empleo tech
Esta semana: cómo negociar una oferta y qué hacer tras un rechazo. Oferta especial: revisión de CV al 50 %.
@@ other withdrawal hr | RE: retirar mi candidatura
gracias por avisarnos. Hemos retirado tu candidatura y te deseamos suerte en tu nuevo puesto.
@@ rejection status_portal noreply | Actualización automática
Esta es una notificación automática. [[Tu candidatura ha sido archivada por el equipo de selección.|El proceso ha finalizado para tu candidatura.|La vacante de {role} está cubierta.]] No respondas a este mensaje.
@@ offer casual manager | RE: {role}
[[En resumen: ¡sí, te queremos!|Salgo de la reunión: el puesto es tuyo.]] RRHH te manda el contrato.
"""
