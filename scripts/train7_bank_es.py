# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""Spanish whole-message templates for train7 (CC0; written for this split). Format as in train7_bank_en."""

BANK = r"""
@@ rejection status_portal ats i nop
Actualización de tu candidatura
El estado de tu candidatura a {role} (ref. {ref}) ha cambiado.

Nuevo estado: Proceso finalizado - no seleccionado

Puedes consultar el detalle en tu área de candidato: {link}
@@ rejection status_portal ats i nop
{co}: novedades en tu proceso
Hay una actualización en tu proceso de selección. Accede al portal para verla: {link}

Fase actual: Descartado
@@ rejection implied hr f
Su candidatura - {role}
Le agradecemos el interés mostrado en {co} y el tiempo dedicado a las entrevistas.

Tras valorar todas las candidaturas, hemos optado por seguir adelante con perfiles cuya experiencia se ajusta más a las necesidades actuales del departamento. Le deseamos mucha suerte en su búsqueda.
@@ rejection implied manager i quote
RE: Gracias por la entrevista
Gracias por tu mensaje. Te soy sincero: vamos a tirar por otro perfil con más experiencia en consolidación. Ha estado muy reñido y tu caso práctico gustó mucho.
@@ rejection post_assessment hr f
Resultado de la prueba técnica
Gracias por realizar la prueba técnica. El equipo valoró el orden de su análisis, pero el resultado no alcanza el nivel requerido para la fase final, por lo que no continuaremos con su candidatura.

{promise}
@@ rejection search_closed recruiter f nop
Proceso de {role} cancelado
Le escribo para informarle de que {co} ha cancelado el proceso de selección para {role}. Por un cambio en el presupuesto, la vacante no se cubrirá este año y el proceso se cierra para todos los candidatos.

Gracias por su paciencia.
@@ rejection mobile_terse founder i bare mobile nop
Re: puesto
diego, perdona, al final vamos con otra persona. un placer conocerte, mucha suerte!!
@@ rejection reply_rejection recruiter i bare reply nop
RE: ¿Alguna novedad?
Hola Diego, el cliente se ha decidido por otro candidato, lo siento mucho. Si quieres te llamo y te cuento.
@@ rejection rescinded hr f nop
Su oferta de empleo
Lamentamos comunicarle que nos vemos obligados a retirar la oferta que le hicimos para el puesto de {role}. La congelación de contrataciones aprobada por el consejo esta semana afecta también a las ofertas ya enviadas.

Esta decisión no tiene nada que ver con su candidatura.
@@ rejection rescinded hr f nop
Verificación de antecedentes
Hemos recibido el resultado de la verificación de antecedentes y referencias. Al no poder completarse satisfactoriamente, {co} no puede confirmar su incorporación y la oferta condicionada queda retirada.
@@ rejection typo_rejection recruiter i
tu candidatura
hola diego, lamentablemnte hemos decidido no seguir adelante con tu candidatura para {role}. gracias por tu tiempo.
@@ rejection offer_to_other recruiter f
Puesto de {role}
Le informamos de que hemos ofrecido el puesto a otro candidato, que lo ha aceptado, por lo que la vacante está cubierta. Gracias de nuevo por su tiempo.
@@ rejection agency_rejection agency i quote
Respuesta de {co}
He hablado esta mañana con {co}: continúan con un candidato que ya viene del sector hotelero, así que este proceso se cierra para ti. Te tengo en cuenta para las próximas posiciones.
@@ offer casual_offer manager i quote
RE: ¡Gracias!
¡Nos encantaría que te unieras al equipo! Después de tu presentación lo tuvimos clarísimo. ¿Hablamos por teléfono de las condiciones? Luego RR. HH. te manda el contrato.
@@ offer conditional_offer hr f
Propuesta de incorporación
Nos complace ofrecerle el puesto de {role}. La oferta queda condicionada a la comprobación de sus referencias y a la aprobación del consejo de administración del {date1}, que es un mero trámite.
@@ offer paperwork hr f
Su contrato
¡Bienvenido a {co}! Le adjuntamos el contrato para el puesto de {role}. Le rogamos que nos lo devuelva firmado antes del {date1}, junto con una copia del DNI y su número de la Seguridad Social.
@@ offer verbal_offer recruiter f
Tras nuestra llamada
Como le comenté por teléfono, le confirmo por escrito que {co} quiere incorporarle como {role}, con un salario de 45.000 EUR brutos anuales. La oferta formal le llegará esta semana.
@@ offer founder_phone founder i bare mobile
!!
diego te queremos en el equipo!! la oferta te llega esta noche por mail, sueldo lo que hablamos. di que sí
@@ offer typo_offer recruiter i bare
buenas noticias
hola diego, tengo una oferta para ti de {co}!! te paso el contrato mañana, enhorabuena
@@ next_step offer_slot ats i nop
Invitación a segunda entrevista
Nos gustaría ofrecerte un hueco para una segunda entrevista. Elige el horario que mejor te venga aquí: {link}
@@ next_step trial_day manager i
Jornada de prueba
Nos gustaría invitarte a una jornada de prueba con el equipo el {wd1} {date1}, de 9:00 a 15:00. Trabajarás con nosotros en un cierre mensual real.

{promise}
@@ next_step reschedule_unfortunately recruiter f
Cambio de fecha de la entrevista
Lamentablemente, el director financiero tiene un imprevisto. ¿Le vendría bien pasar la entrevista al {wd1} {date1} a las 10:30? Disculpe las molestias.
@@ next_step assessment hr f
Siguiente fase: caso práctico
¡Enhorabuena, pasa a la siguiente fase! Le enviamos un caso práctico que deberá entregar antes del {date1}. Encontrará el enunciado adjunto.

{promise}
@@ pending waitlist_offer_other recruiter f
Cómo va el proceso
Quiero ser transparente: se ha hecho una oferta a otro candidato. Usted quedó muy cerca y, si no la acepta, le llamaremos inmediatamente.

{promise}
@@ pending reserve_list hr f
Bolsa de reserva
El tribunal le ha incluido en la bolsa de reserva para el puesto de {role}. La plaza se ha ofrecido al primer candidato; si renuncia, nos pondremos en contacto con usted.

{promise}
@@ pending on_hold recruiter f quote
RE: Mi candidatura
El proceso está en pausa hasta que se apruebe el presupuesto del año que viene. Su candidatura sigue activa y todavía no hay ninguna decisión.

{promise}
@@ pending delay recruiter i quote
RE: ¿Novedades?
Perdona el silencio. La decisión se ha retrasado porque el director financiero ha estado de viaje.

{promise}
@@ pending pending_regret hr f
Su candidatura
Lamentamos no haberle contestado antes. El proceso se está alargando más de lo previsto por el número de candidaturas.

{promise}
@@ acknowledgement received ats i
Hemos recibido tu candidatura
Gracias por tu candidatura a {role}. La hemos recibido correctamente y el equipo de selección la revisará con atención.

{promise}
@@ acknowledgement ack_offer_word ats i
Candidatura recibida
¡Tu candidatura ha llegado! Mientras la revisamos, descubre lo que ofrecemos: horario flexible, retribución flexible y seguro médico.

{promise}
@@ acknowledgement ack_unfortunately hr f
Confirmación de recepción
Hemos recibido su candidatura. Lamentablemente, por el volumen de solicitudes no podemos dar respuesta individual en esta fase, pero todas se leen.

{promise}
@@ auto_reply out_of_office ooo f bare nop
Respuesta automática: fuera de la oficina
Gracias por su mensaje. Estaré fuera de la oficina hasta el {date1} sin acceso al correo. Para asuntos urgentes, contacte con RR. HH.
@@ auto_reply left_company noreply f bare nop
Respuesta automática
{sender} ya no trabaja en {co}. Este buzón no se revisa. Para cualquier consulta sobre candidaturas, escriba al equipo de selección.
@@ other interviewer_offer colleague i nop
Decisión controller
Gracias por participar en las entrevistas. Vamos a hacer una oferta a {cand}, ¿puedes llamarla mañana para contárselo antes de que RR. HH. mande la carta?
@@ other newsletter_offer_regret board i nop
Boletín semanal de empleo financiero
Las mejores ofertas de la semana: 130 puestos en finanzas y contabilidad. Lamentamos comunicarte que el comparador de salarios deja de estar disponible. ¡Oferta especial en nuestros cursos!
@@ other job_alert board i nop
Nuevas ofertas para ti
6 nuevas ofertas coinciden con tu alerta "{role}". Destacada: {role} en {co}. Plazo de inscripción: hasta el {date1}.
@@ other market_update agency f nop
Informe de mercado
Un breve resumen del mercado: las contrataciones en finanzas se han ralentizado, más ofertas quedan condicionadas a aprobación presupuestaria y vuelven las contraofertas. Lamentablemente, varios clientes han congelado procesos hasta enero.
@@ other withdrawal hr f nop
RE: Retirada de mi candidatura
Gracias por avisarnos. Lamentamos su decisión, pero hemos retirado su candidatura al puesto de {role} como nos pidió. ¡Enhorabuena por su nuevo trabajo!
"""

BANK += r"""
@@ rejection implied hr f
Su candidatura en {co}
Le agradecemos el tiempo dedicado a nuestro proceso de selección para el puesto de {role}.

Tras valorarlo detenidamente, {implied}. Sabemos que no es la noticia que esperaba y le agradecemos su interés en {co}.
@@ rejection implied recruiter i quote
RE: ¿Cómo va?
¡Gracias por la paciencia! Después de muchas entrevistas, {implied}. Causaste muy buena impresión y me encantaría seguir en contacto.
@@ rejection implied ats f nop
Respuesta a su candidatura
Gracias por presentar su candidatura al puesto de {role}. Tras revisar su perfil, {implied}.

Le animamos a consultar nuestras vacantes en el futuro.
@@ rejection status_portal ats i nop
Cambio de estado en tu candidatura
Hola {first}, el estado de tu candidatura ha cambiado.

{role}: {status}

Ir a mi área de candidato: {link}
@@ rejection mobile_terse recruiter i bare mobile nop
Re: {co}
diego, mala suerte, {co} se queda con el candidato interno. te llamo mañana
@@ rejection post_assessment manager f
Su presentación
Gracias por presentarnos el caso práctico el jueves. Lo hemos comentado en el equipo: el análisis del cierre estaba bien planteado, pero las conclusiones no alcanzaban el nivel del puesto, así que no le haremos una oferta.

{promise}
@@ rejection search_closed ats f nop
Proceso {role} cerrado
El proceso de selección para {role} se ha cancelado y la oferta se ha retirado. No se realizará ninguna contratación y todas las candidaturas, incluida la suya, quedan cerradas.
@@ rejection rescinded hr f nop
Retirada de la oferta
Por {reason}, {co} se ve obligada a retirar la oferta de empleo que le hicimos para el puesto de {role}. Entendemos lo difícil que es esta noticia después de haberla aceptado.
@@ rejection reply_rejection manager i bare reply nop
RE: Seguimiento
Hola Diego, hemos cubierto el puesto con otra persona. Gracias por todo y mucha suerte.
@@ rejection typo_rejection hr f
candidatura {role}
estimado diego, lamentamos comunicarle que su candidatura no ha sido selecionada. le deseamos mucha suerte.
@@ rejection warm_rejection manager f quote
RE: Gracias por la entrevista
Gracias por su amable mensaje. Nos impresionó de verdad su experiencia en auditoría. Aun así, hemos ofrecido el puesto a una candidata del sector logístico, que ya lo ha aceptado.
@@ offer welcome_aboard recruiter i
¡Bienvenido a bordo!
Contrato firmado por ambas partes: ¡bienvenido a bordo! Tu primer día es el {wd1} {date1}; Marta te recibe a las 9 en recepción.
@@ offer conditional_offer hr f
Su incorporación
Nos complace confirmarle que queremos incorporarle como {role}, sujeto a la verificación de sus titulaciones y al reconocimiento médico previo.
@@ offer contract_sent hr f
Su contrato por DocuSign
Le hemos enviado por DocuSign el contrato para el puesto de {role}. Recoge las condiciones acordadas: indefinido, jornada completa, incorporación el {date1}.
@@ offer casual_offer founder i
¿Te animas?
Lo tenemos claro: ¡te queremos en el equipo! Si te parece, mañana te mando la oferta por escrito, sueldo como hablamos y teletrabajo dos días.
@@ next_step offer_call manager f
Llamada
Me gustaría ofrecerle una breve llamada con nuestro director financiero antes de la entrevista final. ¿Le viene bien el {wd1} a las 16:00?
@@ next_step stage_passed ats i
Pasas a la siguiente fase
¡Enhorabuena! Tu candidatura para {role} ha pasado a la siguiente fase. Reserva aquí tu entrevista con el equipo: {link}

{promise}
@@ pending runner_up manager i quote
RE: ¿Novedades?
Te soy sincero: estuvimos entre tú y otro candidato y le hemos hecho la oferta primero a él. Hasta que no firme no hay nada cerrado, así que no te retires todavía.

{promise}
@@ pending still_reviewing recruiter f quote
RE: Mi candidatura
Gracias por escribir. Seguimos con las entrevistas y todavía no hay ninguna decisión.

{promise}
@@ acknowledgement received_casual recruiter i bare
RE: CV
¡recibido tu CV, gracias! se lo paso hoy al director financiero.
@@ auto_reply parental_leave ooo f bare nop
Ausencia: permiso de paternidad
Estoy de permiso de paternidad hasta el {date1}. Su mensaje no se reenviará. Para cualquier consulta sobre candidaturas u ofertas, escriba a rrhh@{domain}.
@@ other interviewer_accept candidate f bare nop
RE: Oferta
Hola Diego, ¡muchas gracias por la oferta! La acepto encantada y tengo muchas ganas de empezar con el equipo. Un saludo, {sender}
@@ other survey ats i nop
Tu opinión nos importa
Has participado recientemente en un proceso de {co}. Sea cual sea el resultado, cuéntanos cómo fue: {link}
@@ other event_invite hr f nop
Invitación: jornada de puertas abiertas
El {wd1} {date1} abrimos nuestras oficinas: charlas, encuentros con el equipo y todo lo que ofrecemos a nuestros profesionales.
"""

BANK += r"""
@@ rejection status_portal ats f nop
Estado de su solicitud
Le informamos de que el estado de su solicitud para {role} se ha actualizado.

Estado: {status}

Consulte el detalle en el portal del candidato: {link}
@@ rejection mobile_terse manager i bare mobile nop
Re: entrevista
diego, lo siento, nos quedamos con otra persona. gracias por venir!
@@ rejection reply_rejection recruiter i bare reply nop
RE: Pregunta rápida
Perdona Diego, tenía que haberte contestado antes: le han ofrecido el puesto al otro finalista y ya ha firmado. Lo siento de verdad.
@@ rejection reapply hr f nop
Su candidatura en {co}
Gracias por presentar su candidatura al puesto de {role}. Tras revisar su perfil, {implied}. Podrá volver a presentarse a este puesto dentro de seis meses.
@@ offer formal_offer hr f
Oferta de empleo - {role}
Tras las entrevistas, tenemos el placer de ofrecerle el puesto de {role} con contrato indefinido, un salario bruto anual de 46.000 EUR e incorporación el {date1}. Le rogamos que nos comunique si acepta la oferta en un plazo de cinco días hábiles.
@@ offer typo_offer recruiter i bare
oferta
hola diego, {co} te hace oferta!! te mando los detalles esta tarde, enhorabuena
@@ next_step offer_slot recruiter f
Propuesta de horarios para la entrevista final
Le propongo dos horarios para la entrevista final: el {wd1} {date1} a las 10:00 o el lunes siguiente a las 15:00. ¿Cuál le viene mejor?
@@ pending pending_offer_stage recruiter f
Estado de su candidatura
Estamos en la fase final de aprobación y todavía no podemos hacer ninguna oferta. No se ha tomado ninguna decisión sobre su candidatura.

{promise}
@@ acknowledgement received_docs hr f
Documentación recibida
Gracias por enviarnos sus títulos y referencias; los hemos añadido a su candidatura para el puesto de {role}.

{promise}
@@ auto_reply ooo_offer_word ooo f bare nop
Fuera de la oficina: feria de empleo
Gracias por su mensaje. Estoy en una feria de empleo hasta el {date1}. Las consultas sobre ofertas o contratos las atiende RR. HH.
@@ other interviewer_offer colleague f nop
Decisión {role}
Tras el panel de esta mañana, dirección aprueba hacer una oferta a {cand}. Como responsable del puesto, indíqueme la fecha de incorporación que prefiere y preparo la carta de oferta.
"""
