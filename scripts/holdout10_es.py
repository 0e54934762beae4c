"""holdout10 Spanish bank: whole-message templates and the Spanish phrasings around them.

Given nothing, `bank()` returns the Spanish LangBank (same template format as holdout10_en).
"""

from __future__ import annotations

from holdout10_core import LangBank, parse_templates

TEMPLATES = r"""
@@ rejection warm_rejection recruiter
S: Tu candidatura – {role}
Hola {first}:

Muchas gracias por tu tiempo durante todo el proceso y por la microclase sobre el pH, [[que nos encantó|que \
el equipo comentó durante días]].

Aun así, hemos decidido seguir adelante con otra persona cuyo perfil encaja mejor con la formación comercial, \
que será el foco del puesto el año que viene. No ha sido una decisión fácil.

Te deseo muchísima suerte en esta nueva etapa.

{sig}

@@ rejection public_formal public
S: Proceso selectivo {ref} – {role}
Estimada Sra. Achterberg:

Le comunicamos que, una vez finalizada la fase de entrevistas, el tribunal de selección ha propuesto la \
contratación de otra candidata. Lamentamos comunicarle que su candidatura no ha resultado seleccionada.

Dispone de un plazo de diez días hábiles para presentar alegaciones ante la Comisión de Contratación.

Atentamente,

{sig}

@@ rejection talent_pool ats
S: Actualización sobre tu candidatura en {company}
Hola {first},

Gracias por tu interés en {company} y por presentar tu candidatura para {role}.

Tras revisar todos los perfiles, hemos decidido avanzar con otras candidaturas en esta ocasión. Nos gustaría \
mantener tus datos en nuestra base de talento para futuras vacantes.

Un saludo,
Equipo de Talento de {company}

@@ rejection rescinded hr
S: Sobre la oferta – {role}
Hola {first}:

Lamento muchísimo tener que escribirte esto. La dirección ha congelado todas las contrataciones hasta el \
próximo ejercicio y, por tanto, nos vemos obligados a retirar la oferta que te hicimos para el puesto de {role}.

Sé que es un golpe, sobre todo después de todo el proceso. Si necesitas una carta de referencia, cuenta conmigo.

{sig}

@@ rejection no_interview ats
S: Tu candidatura a {role}
Hola {first}:

Gracias por tu candidatura. Lamentablemente, en este momento no podemos ofrecerte una entrevista para este \
puesto. Te animamos a seguir consultando nuestras ofertas.

Saludos cordiales,
{company}

@@ offer formal_offer hr x=pdf
S: Oferta de empleo – {role}
Estimada Ines:

Nos complace ofrecerte el puesto de {role} en {company}, con incorporación el {start}.

Condiciones principales:
- Contrato indefinido, jornada completa
- Salario bruto anual: {salary}
- Teletrabajo dos días por semana

Adjuntamos la carta de oferta. Te agradeceríamos que nos confirmes tu aceptación antes del {accept_by}.

{sig}

@@ offer casual_offer founder
S: ¡Te queremos en el equipo!
¡Hola {first}!

Pues eso: nos encantaría que te unieras a nosotros. La propuesta de itinerario para los profes nuevos nos \
convenció a todos. ¿Hablamos mañana de sueldo y fecha de incorporación?

{me}

@@ offer verbal_offer agency
S: Buenas noticias de {company}
Hola {first}:

¡Buenas noticias! {company} me acaba de llamar: quieren hacerte una oferta para {role}. La propuesta por \
escrito te llegará esta semana, pero quería contártelo ya. ¿Te llamo esta tarde y lo vemos?

{sig}

@@ next_step reschedule recruiter
S: Cambio de hora de la entrevista
Hola {first}:

Lamentablemente, el responsable de formación no puede a la hora que habíamos acordado. ¿Te vendría bien el \
{slot}? Disculpa las molestias.

{sig}

@@ next_step assessment hr
S: Siguiente fase: caso práctico
Hola {first}:

Gracias por la entrevista del lunes. Nos gustaría que pasaras a la siguiente fase, que consiste en un caso \
práctico: diseñar un módulo de 20 minutos de formación en seguridad para técnicos de laboratorio. \
La fecha límite de entrega es el {due}.

{sig}

@@ next_step stage_passed manager x=fwd
S: Segunda entrevista
Hola {first},

¡Has pasado a la siguiente fase! Nos gustaría que conocieras al equipo de producto educativo. <<Te confirmo \
día y hora {when}.>>

{sig}

@@ pending still_reviewing hr
S: Estado de tu candidatura
Hola {first}:

Te escribo para contarte que seguimos en pleno proceso de selección y todavía no hemos tomado una decisión.

<<Te diremos algo {when}.>>

{sig}

@@ pending waitlist public
S: Bolsa de empleo – {role}
Estimada Sra. Achterberg:

Le informamos de que, tras la valoración del tribunal, ha quedado incluida en la bolsa de empleo en la \
posición número 3. Se le contactará por orden de puntuación si se produce una vacante.

{sig}

@@ pending on_hold manager x=fwd
S: Proceso en pausa
Hola {first}:

Te cuento: el puesto está en pausa mientras se aprueba el presupuesto de formación. No hemos descartado a nadie.

<<Espero tener noticias {when}.>>

{sig}

@@ acknowledgement received ats
S: Hemos recibido tu candidatura
Hola {first},

Gracias por inscribirte en la oferta de {role}. Hemos recibido tu candidatura correctamente.

<<Nuestro equipo la revisará y te responderemos {when}.>>

Equipo de Selección de {company}

@@ acknowledgement ack_unfortunately hr
S: RE: Candidatura {role}
Hola {first}:

Recibido, gracias. Lamentablemente la responsable del área está de baja esta semana, así que la revisión \
irá un poco más lenta de lo normal.

<<Te contestamos {when}.>>

{sig}

@@ acknowledgement received_docs hr
S: Documentación recibida
Hola {first}:

Confirmamos la recepción del título de máster y de la homologación. Con esto tu expediente está completo.<< \
La comisión valorará los expedientes y te diremos algo {when}.>>

{sig}

@@ auto_reply out_of_office ooo
S: Respuesta automática: {role}
Gracias por tu mensaje. Estaré fuera de la oficina hasta el {ret}, con acceso limitado al correo. Para temas \
urgentes de selección escribe a rrhh@{domain}.

{me}

@@ auto_reply ooo_offer_word ooo
S: Fuera de la oficina
Hola, estoy de vacaciones hasta el {ret}. Si tu consulta es sobre una oferta o un contrato, escribe a {hm} \
(personas@{domain}).

@@ other job_alert board
S: Nuevas ofertas de empleo: formador/a en {city}
Hola {first}:

Estas ofertas coinciden con tu alerta:

- Diseñador/a instruccional – Azahar Formación, {city}. Inscríbete antes del {due}.
- Técnico/a de formación – Cooperativa Huerta Nova, {city}. Se ofrece contrato indefinido.
- Formador/a de ciencias – academia online, remoto

Gestionar alertas · Darse de baja

@@ other interviewer colleague
S: Entrevistas alumnos en prácticas
Hola {first}:

¿Podrías hacer la entrevista a los dos alumnos del máster de profesorado el jueves? Tenemos que elegir antes \
del viernes a quién le damos las prácticas de química y me fío de tu criterio.

¡Gracias!
{me}

@@ other interviewer_offer colleague
S: Evaluación de la alumna en prácticas
Hola {first}:

La universidad nos pide tu informe sobre Carla antes de cerrar el periodo de prácticas. Si todo va bien, el \
centro quiere ofrecerle una sustitución en enero, así que tu valoración es importante. ¿Me lo mandas esta semana?

Gracias,
{me}

@@ other withdrawal hr q=withdraw
S: RE: Retirada de mi candidatura
Hola {first}:

Gracias por avisarnos y ¡enhorabuena por el nuevo puesto! Hemos retirado tu candidatura del proceso.

Mucha suerte.

{sig}
"""

PROMISES = {
    "days": ["en un plazo de {n} días", "en los próximos {n} días"],
    "bdays": ["en {n} días hábiles", "en un plazo de {n} días hábiles"],
    "weeks": ["en las próximas {n} semanas", "en un plazo de {n} semanas"],
    "wd": ["el {wd} como muy tarde", "para el {wd}"],
    "eow": ["antes de que termine esta semana", "a finales de esta semana"],
    "eonw": ["a finales de la semana que viene", "antes de que acabe la próxima semana"],
    "eom": ["antes de fin de mes", "antes de que acabe el mes"],
    "month": ["antes de que acabe {month}", "a finales de {month}"],
    "explicit": ["como muy tarde el {date}", "no más tarde del {date}"],
    "tomorrow": ["mañana"],
}


def bank() -> LangBank:
    """Given nothing, returns the Spanish bank."""
    return LangBank(
        code="es",
        templates=parse_templates(TEMPLATES.replace("\\\n", ""), "es"),
        promises=PROMISES,
        vague=["lo antes posible", "en las próximas semanas", "en breve", "cuanto antes"],
        weekdays=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre"],
        numbers={2: "dos", 3: "tres", 5: "cinco", 7: "siete", 10: "diez"},
        date_formats=["{d} de {mon}", "{wd} {d} de {mon}", "{dd}/{m}/{y}"],
        quotes={
            "thanks": ("Gracias por la entrevista", "Hola {me}:\n\nMuchas gracias por la conversación de ayer. "
                       "Me gustó mucho conocer cómo diseñáis la formación para los técnicos.\n\nUn saludo,\nInes"),
            "followup": ("Seguimiento candidatura", "Hola {me}:\n\n¿Hay novedades sobre el puesto? Tengo otra "
                         "oferta y debo responder antes del viernes.\n\nGracias,\nInes Achterberg"),
            "withdraw": ("Retirada de mi candidatura", "Hola {me}:\n\nOs escribo para retirar mi candidatura, "
                         "he aceptado otro puesto. Gracias por todo.\n\nUn saludo,\nInes"),
        },
        disclaimers=[
            "Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo "
            "comunique al remitente y lo elimine; lamentamos las molestias. Este correo no constituye una oferta "
            "vinculante.",
            "Responsable del tratamiento: la empresa remitente. Puede ejercer sus derechos de acceso, "
            "rectificación y supresión escribiendo a protecciondedatos@empresa.example.",
        ],
        people=["Lucía Ferrer", "Pablo Navarro", "Marta Soler", "Javier Roig", "Nuria Climent", "Andrés Vidal",
                "Carmen Esteve", "Raúl Bonet"],
        roles=["Diseñadora instruccional", "Técnica de formación", "Responsable de contenidos educativos",
               "Formadora de ciencias", "Coordinadora de formación continua"],
        signoffs=["Un saludo,", "Saludos,", "Un abrazo,", "Atentamente,"],
        words={
            "gmail": "El {when}, {name} (<{addr}>) escribió:",
            "apple": "El {when}, {name} <{addr}> escribió:",
            "iphone": "Enviado desde mi iPhone",
            "from": "De", "sent": "Enviado", "to": "Para", "subject": "Asunto",
            "button": "Ver mi candidatura",
            "footer": "{company} es una empresa comprometida con la igualdad y ofrece adaptaciones durante el "
                      "proceso. Con la tecnología de {ats} · Privacidad",
            "fwd": "---------- Mensaje reenviado ---------",
            "team": "Equipo de Talento",
        },
        lists={
            "hr": ["Dpto. de RR. HH.", "People Partner"],
            "recruiter": ["Talent Acquisition", "Selección y Talento"],
            "manager": ["Responsable de Formación", "Dirección Académica"],
            "founder": ["CEO & co-founder", "Equipo fundador"],
            "agency": ["Consultoría de selección, área Educación"],
            "public": ["Servicio de Recursos Humanos (PAS)", "Sección de Selección de Personal"],
            "colleague": ["Departamento de Física y Química", "Coordinación de prácticas"],
        },
    )
