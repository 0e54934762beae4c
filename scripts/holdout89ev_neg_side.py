"""holdout89 negatives: the user on the hiring side at Medisur Distribución (she interviews candidates)."""

from __future__ import annotations

from holdout89ev_ics import (
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC01_ES,
    cal,
    ev,
    teams,
)

OL = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
ME = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Fernández Ortega, Lucía\""
MY = "ORGANIZER;CN=\"Fernández Ortega, Lucía\":mailto:lfernandez@medisur-distribucion.es"
UIDP = "040000008200E00074C5B7101A82E00800000000"


def _ol(body: str, tz: str = TZ_ROMANCE, method: str = "REQUEST") -> str:
    return cal(PROD_OUTLOOK, tz + "\n" + body, method=method)


def events() -> list[dict[str, str]]:
    out = []
    ui = "user-as-interviewer"

    out.append(ev("hr-invites-user", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Lucía\, te paso la entrevista con el candidato para Delegado Co
 mercial Zona Alicante\, Javier Soler. CV adjunto en el correo anterior. Tú c
 ubres la parte comercial y yo la de RRHH.\n\nPilar
DTSTART;TZID=Romance Standard Time:20260114T120000
DTEND;TZID=Romance Standard Time:20260114T130000
DTSTAMP:20260109T093000Z
LOCATION:Sala Albufera (Medisur\, planta 1)
ORGANIZER;CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Sala Albufera:mailto:sala.albufera@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista candidato Delegado Comercial Zona Alicante - Javier Soler
UID:{UIDP}1101A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660001
END:VEVENT
"""), trap=f"{ui}-outlook-es"))

    out.append(ev("personio-kit", cal("-//Personio GmbH//Personio Recruiting//EN", r"""
BEGIN:VEVENT
UID:personio-interview-3310442-20260116
DTSTAMP:20260112T101500Z
DTSTART:20260116T090000Z
DTEND:20260116T100000Z
SUMMARY:Entrevista: Pablo Giner – Delegado/a Comercial Castellón
ORGANIZER;CN=Medisur Distribución:mailto:no-reply@personio.de
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lfernandez@medisur-
 distribucion.es
LOCATION:Medisur – Sala Turia
DESCRIPTION:Hola Lucía:\n\nhas sido añadida como entrevistadora.\n\nCandidato
 : Pablo Giner\nPuesto: Delegado/a Comercial Castellón\nKit de entrevista y h
 oja de valoración: https://medisur.personio.de/recruiting/applications/9921
 47/evaluation\n\nPor favor\, completa tu valoración en las 24 h siguientes a
  la entrevista.
END:VEVENT
"""), trap=f"{ui}-kit-personio-es"))

    out.append(ev("scorecard-reminder", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260120T180000
DTEND;TZID=Europe/Madrid:20260120T181500
DTSTAMP:20260120T100000Z
UID:sc7r4m1nd3r0k2l5@google.com
DESCRIPTION:Valoración de la entrevista de esta mañana: comunicación\, orien
 tación a cliente\, conocimiento de traumatología. Enviar a Pilar.
SUMMARY:Rellenar scorecard – Marta Ibáñez (KAM Murcia)
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
""", method="PUBLISH").replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap=f"{ui}-scorecard-es"))

    out.append(ev("debrief", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Puesta en común de las 4 entrevistas de KAM Murcia (Marta Ibáñ
 ez\, Jorge Sanz\, Rocío Llopis\, Daniel Ferri) y decisión de quién pasa a la
  final.
DTSTART;TZID=Romance Standard Time:20260122T083000
DTEND;TZID=Romance Standard Time:20260122T090000
DTSTAMP:20260120T170000Z
LOCATION:Teams
{MY}
{OL};CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{OL};CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Debrief candidatos KAM Murcia
UID:{UIDP}2202A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660002
END:VEVENT
"""), trap=f"{ui}-debrief-es"))

    out.append(ev("panel-final", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entrevista final de la candidata Irene Sala para Técnico/a de A
 plicaciones Quirófano. Panel: Rubén Albert (Dtor. Comercial)\, Lucía Fernánd
 ez (KAM)\, Pilar Gómez (RRHH). Ella hará una demo de 15 min del arco en C.
DTSTART;TZID=Romance Standard Time:20260127T100000
DTEND;TZID=Romance Standard Time:20260127T113000
DTSTAMP:20260121T120000Z
LOCATION:Sala Albufera
ORGANIZER;CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
{OL};CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{OL};CN=Irene Sala:mailto:irenesala.tecnica@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Panel final – Técnico/a de Aplicaciones Quirófano (candidata: Irene Sala)
UID:{UIDP}3303A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660003
END:VEVENT
"""), trap=f"{ui}-panel-es"))

    out.append(ev("shadowing", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Lucía: como parte de tu formación como entrevistadora\, esta vez
  observas tú (sin intervenir) y después comentamos cómo he llevado las pregu
 ntas por competencias.\n\nCandidato: Adrián Vidal – Delegado Comercial Valen
 cia Norte.
DTSTART;TZID=Romance Standard Time:20260129T160000
DTEND;TZID=Romance Standard Time:20260129T170000
DTSTAMP:20260126T080000Z
LOCATION:Sala Turia
ORGANIZER;CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Shadowing entrevista RRHH – candidato Adrián Vidal
UID:{UIDP}4404A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660004
END:VEVENT
"""), trap=f"{ui}-shadowing-es"))

    out.append(ev("calendly-host", cal("-//Calendly//Calendly Scheduling//EN", r"""
BEGIN:VEVENT
UID:7c6b5a49-3827-4165-a0b9-medisur000011@calendly.com
DTSTAMP:20260130T190000Z
DTSTART:20260204T110000Z
DTEND:20260204T113000Z
SUMMARY:Entrevista Delegado Comercial entre Lucía Fernández Ortega y Carlos Moreno
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lfernandez@medisur-distribucion.es
ATTENDEE;CN=Carlos Moreno;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:carlos.moreno88@hotmail.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lfernandez@medisur-distribucion.es
LOCATION:Lucía Fernández Ortega te llamará al +34 611 09 73 22
DESCRIPTION:Nombre del evento: Entrevista Delegado Comercial\n\nUbicación:
  Lucía Fernández Ortega te llamará al +34 611 09 73 22\n\nPreguntas:\n¿Dónde
  has visto la oferta?\nInfoJobs\n\n¿Necesitas hacer cambios en este evento?
 \nCancelar: https://calendly.com/cancellations/7c6b5a49\nReprogramar: https:
 //calendly.com/reschedulings/7c6b5a49\n\nCon tecnología de Calendly.com
END:VEVENT
""", method="REQUEST"), trap=f"{ui}-calendly-host-es"))

    out.append(ev("agency-sends-candidate", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Buenos días Lucía\,\n\nComo acordamos\, te presento a Sergio Mart
 í para la vacante de KAM Hospitalario Levante. Sergio viene de 6 años en e
 l canal de cirugía. Adjunto su informe de evaluación.\n\nUn saludo\,\nCristina
  Ferrando\nTalentia Healthcare
DTSTART;TZID=Romance Standard Time:20260205T170000
DTEND;TZID=Romance Standard Time:20260205T180000
DTSTAMP:20260202T090000Z
LOCATION:Medisur Distribución\, C/ Ciutat de Llíria 23\, Paterna
ORGANIZER;CN="Ferrando, Cristina":mailto:cferrando@talentiahealthcare.es
{ME}:mailto:lfernandez@medisur-distribucion.es
{OL};CN=Sergio Martí:mailto:sergio.marti.kam@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Candidato Sergio Martí (Talentia Healthcare) – entrevista con Lucía Fernández
UID:{UIDP}5505A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660005
END:VEVENT
"""), trap=f"{ui}-agency-candidate-es"))

    out.append(ev("user-invites-candidate", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Raquel\,\n\nGracias por tu interés en Medisur. Te confirmo
  la entrevista para el puesto de Delegada Comercial Castellón. Pregunta en
  recepción por mí.\n\nUn saludo\,\nLucía Fernández Ortega\nKey Account Manage
 r · Medisur Distribución
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260210T100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260210T110000
DTSTAMP:20260205T121200Z
LOCATION:Medisur Distribución – Paterna
{MY}
{OL};CN=raquel.gomez.c@yahoo.es:mailto:raquel.gomez.c@yahoo.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista – Delegada Comercial Castellón (Medisur)
UID:{UIDP}6606A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660006
END:VEVENT
""", tz=TZ_UTC01_ES), trap=f"{ui}-freemail-candidate-es"))

    out.append(ev("typed-note", cal(PROD_APPLE, r"""
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20260211T073000Z
DTSTART;TZID=Europe/Madrid:20260211T120000
DTEND;TZID=Europe/Madrid:20260211T121500
SUMMARY:entrevistar a Raquel (delegada Valencia) - llamarla 12h
DESCRIPTION:preguntar por Vithas y por qué deja la otra empresa
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""", method=None).replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap=f"{ui}-typed-es"))

    out.append(ev("phone-screen-candidate", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART:20260212T153000Z
DTEND:20260212T160000Z
DTSTAMP:20260209T100000Z
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lfernandez@medisur-distribucion.es
UID:scr33n1ngc4nd1d4t4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ana Belén Ruiz;X-NUM-GUESTS=0:mailt
 o:anabelen.ruiz.m@gmail.com
DESCRIPTION:Primera llamada de preselección (KAM Hospitalario). Te llamo yo
  al móvil que indicas en el CV.
SUMMARY:Llamada screening – Ana Belén Ruiz (candidata KAM)
STATUS:CONFIRMED
END:VEVENT
"""), trap=f"{ui}-phone-screen-es"))

    out.append(ev("roleplay-candidate", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Role-play con el candidato Hugo Ferrando: Lucía hace de jefa de
  servicio de Traumatología del Hospital General y el candidato presenta el
  sistema de placas. Valorar con la plantilla de siempre.
DTSTART;TZID=Romance Standard Time:20260217T113000
DTEND;TZID=Romance Standard Time:20260217T123000
DTSTAMP:20260212T150000Z
LOCATION:Sala Turia
ORGANIZER;CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
{OL};CN=Hugo Ferrando:mailto:hugoferrando@outlook.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Role-play venta con candidato – Product Specialist Trauma (Hugo Ferrando)
UID:{UIDP}7707A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660007
END:VEVENT
"""), trap=f"{ui}-roleplay-es"))

    out.append(ev("second-round-candidate", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Segunda entrevista del candidato Álvaro Pons (Delegado Comercia
 l Valencia Sur) con Rubén y conmigo.
DTSTART;TZID=Romance Standard Time:20260219T090000
DTEND;TZID=Romance Standard Time:20260219T100000
DTSTAMP:20260216T080000Z
LOCATION:Despacho Dirección Comercial
{MY}
{OL};CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{OL};CN=alvaro.pons.comercial@gmail.com:mailto:alvaro.pons.comercial@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:2ª entrevista candidato Álvaro Pons – con Dtor. Comercial
UID:{UIDP}8808A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660008
END:VEVENT
"""), trap=f"{ui}-second-round-es"))

    out.append(ev("teams-candidate", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entrevista técnica por Teams con Luis Cano (candidato Especiali
 sta de Producto Cirugía\, vive en Murcia). Entrevistan: Lucía Fernández y Ru
 bén Albert.\n\n{teams("es", "344 019 772 561", "Md5Kq9")}
DTSTART;TZID=Romance Standard Time:20260224T160000
DTEND;TZID=Romance Standard Time:20260224T170000
DTSTAMP:20260218T110000Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
{OL};CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{OL};CN=Luis Cano:mailto:luiscano.cirugia@hotmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Especialista de Producto Cirugía – Candidato: Luis Cano
UID:{UIDP}9909A2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF660009
END:VEVENT
"""), trap=f"{ui}-teams-technical-es"))

    out.append(ev("candidate-en", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Emma\,\n\nThanks for applying to Medisur Distribución. I'll b
 e interviewing you for the Key Account Manager – Valencia role (we serve se
 veral international hospitals\, hence English). My colleague Rubén Albert w
 ill join.\n\nBest regards\,\nLucía Fernández Ortega\n\n{teams("en", "398 120 554 006", "Ek2Ms7")}
DTSTART;TZID=Romance Standard Time:20260226T110000
DTEND;TZID=Romance Standard Time:20260226T120000
DTSTAMP:20260220T090000Z
LOCATION:Microsoft Teams Meeting
{MY}
{OL};CN=Emma Clarke:mailto:emma.clarke.sales@gmail.com
{OL};CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Interview: Key Account Manager – Valencia (Medisur) – Emma Clarke
UID:{UIDP}AA0AA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF66000A
END:VEVENT
"""), trap=f"{ui}-candidate-en"))

    out.append(ev("candidate-va", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260303T100000
DTEND;TZID=Europe/Madrid:20260303T110000
DTSTAMP:20260226T120000Z
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lfernandez@medisur-distribucion.es
UID:nur1af3rr3rc4nd1d4t4v4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Ferrer;X-NUM-GUESTS=0:mai
 lto:nuria.ferrer.gandia@gmail.com
DESCRIPTION:Bon dia Núria\, et confirme l'entrevista per a la plaça de come
 rcial de la zona de la Safor. Et farem unes preguntes sobre la teua experièn
 cia amb clíniques i centres de salut.\n\nLucía (Medisur)
LOCATION:Medisur Distribució\, Paterna
SUMMARY:Entrevista candidata comercial – Núria Ferrer
STATUS:CONFIRMED
END:VEVENT
""").replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap=f"{ui}-candidate-va"))

    out.append(ev("hiring-committee", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Decisión final KAM Levante: Sergio Martí vs. Marta Ibáñez. Trae
 d vuestras scorecards.
DTSTART;TZID=Romance Standard Time:20260305T083000
DTEND;TZID=Romance Standard Time:20260305T091500
DTSTAMP:20260302T070000Z
LOCATION:Sala Albufera
ORGANIZER;CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
{OL};CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Comité de selección – decisión KAM Levante
UID:{UIDP}BB0BA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF66000B
END:VEVENT
"""), trap=f"{ui}-committee-es"))

    out.append(ev("workable-interviewer", cal("-//Workable//Workable Calendar//EN", r"""
BEGIN:VEVENT
UID:workable-evt-medisur-3c8f22d1@workablemail.com
DTSTAMP:20260304T100000Z
DTSTART:20260309T150000Z
DTEND:20260309T160000Z
SUMMARY:Entrevista con Iván Roca para Delegado Comercial Albacete
ORGANIZER;CN=Medisur Distribución:mailto:noreply@workablemail.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lfernandez@medisur-distribucion.es
ATTENDEE;CN=Iván Roca;PARTSTAT=ACCEPTED:mailto:ivanroca.alb@gmail.com
LOCATION:Videollamada
DESCRIPTION:Has sido añadida como entrevistadora para Iván Roca (Delegado C
 omercial Albacete).\n\nVer perfil del candidato y dejar tu evaluación: https
 ://medisur.workable.com/backend/jobs/2207741/candidates/88120\n\nEnviado a t
 ravés de Workable
END:VEVENT
""", method="REQUEST"), trap=f"{ui}-workable-es"))

    out.append(ev("calibration", _ol(rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Acordar criterios comunes para puntuar el role-play en el proces
 o de delegados 2026 (escala 1-4\, ejemplos de respuesta).
DTSTART;TZID=Romance Standard Time:20260113T150000
DTEND;TZID=Romance Standard Time:20260113T160000
DTSTAMP:20260108T100000Z
LOCATION:Teams
ORGANIZER;CN="Gómez Peña, Pilar":mailto:pgomez@medisur-distribucion.es
{ME}:mailto:lfernandez@medisur-distribucion.es
{OL};CN="Albert, Rubén":mailto:ralbert@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Calibración entrevistadores – criterios role-play delegados 2026
UID:{UIDP}CC0CA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF66000C
END:VEVENT
"""), trap=f"{ui}-calibration-es"))

    out.append(ev("offer-call", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART:20260306T120000Z
DTEND:20260306T121500Z
DTSTAMP:20260305T160000Z
UID:0ff3rc4llm4rt41b4n3z@google.com
DESCRIPTION:Llamar a Marta Ibáñez para comunicarle la oferta (KAM Levante).
  Pilar manda la carta después.
SUMMARY:Llamada oferta – candidata Marta Ibáñez
STATUS:CONFIRMED
END:VEVENT
""", method="PUBLISH"), trap=f"{ui}-offer-call-es"))

    return out
