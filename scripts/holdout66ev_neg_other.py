"""holdout66: negatives around the job search that are not the user's own interview (mock, webinars, prep ...)."""

from __future__ import annotations

from holdout66ev_ics import USER_CN, USER_FREE, USER_WORK, att, cal, esc, g_uid, item, ms_uid, org, vevent
from holdout66ev_shapes import apple, google, outlook

MAD = "Europe/Madrid"


def _neg(kind, ics, uid, trap=""):
    return item(kind, ics, uid=uid, is_interview=0, trap=trap or kind)


def _me():
    return att(USER_FREE, USER_FREE)


def mock_coach():
    uid = g_uid("mock-coach")
    body = (
        "Elena, en esta sesión hacemos un simulacro completo: yo hago de presidenta del consejo de una empresa "
        "familiar que busca CFO. 45' de entrevista + 30' de feedback. Ten a mano tu pitch de 2 minutos y los "
        "logros cuantificados.\n\nMarta Salas - Programa Transición Directiva"
    )
    ics = google(uid, MAD, org("martasalas.coaching@gmail.com", "Marta Salas"),
                 [_me(), att("martasalas.coaching@gmail.com", "Marta Salas", partstat="ACCEPTED", rsvp=None)],
                 "Simulacro de entrevista CFO – Elena Marín (sesión 3)", body, "20250403T180000",
                 "20250403T191500", "20250327T100000Z", location="https://meet.google.com/zab-wexq-pnm")
    return _neg("mock-coach-es", ics, uid)


def mock_friend():
    uid = g_uid("mock-claire")
    body = (
        "As promised - I'll play the Group CFO of a UK listed company. Behavioural questions + a couple of "
        "technical ones on IFRS 16 and covenants. Just practice, no pressure!\n\nClaire"
    )
    ics = google(uid, MAD, org("claire.donovan@outlook.com", "Claire Donovan"),
                 [_me(), att("claire.donovan@outlook.com", "Claire Donovan", partstat="ACCEPTED", rsvp=None)],
                 "Mock interview (EN) – Claire grilling Elena", body, "20250506T193000", "20250506T203000",
                 "20250502T081133Z", location="https://meet.google.com/qoe-rtbn-vla")
    return _neg("mock-friend-en", ics, uid)


def webinar_agency_es():
    uid = "zoom-webinar-86612093344-elena@zoom.us"
    body = (
        "Hola Elena Marín Ortega:\n\n"
        "Gracias por inscribirte en «Cómo superar la entrevista para puestos de CFO».\n\n"
        "Ponentes: Blanca Ezquerra (Senior Partner) e Ignacio Roca (Partner), Arquetipo Executive Search.\n\n"
        "Únete desde un PC, Mac, iPad o Android:\nhttps://us06web.zoom.us/w/86612093344?tk=Xr2pQ9\n"
        "Código de acceso: 271190\n\n"
        "Puedes cancelar tu inscripción en cualquier momento."
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250401T120000Z",
        "DTSTART:20250408T161500Z",
        "DTEND:20250408T171500Z",
        org("no-reply@zoom.us", "Arquetipo Executive Search"),
        att(USER_FREE, USER_CN, rsvp=False),
        "SUMMARY:Webinar: Cómo superar la entrevista para puestos de CFO",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us06web.zoom.us/w/86612093344",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Zoom Video Communications//Zoom Webinar//EN")
    return _neg("webinar-agency-es", ics, uid)


def class_competencias():
    uid = ms_uid("fundae-competencias")
    body = (
        "Módulo 2 del curso bonificado (FUNDAE) «Entrevista por competencias para mandos». Contenidos: "
        "preguntas conductuales, método STAR, sesgos del entrevistador y role-play por parejas.\n"
        "Formadora: Nerea Garcés (Aragón Formación).\n\nLucía"
    )
    ics = outlook(uid, "Romance Standard Time", org("lbielsa@transportes-ebrolog.es", "Bielsa Pardos, Lucía"),
                  [att(USER_WORK, "Marín Ortega, Elena", style="outlook"),
                   att("jtrafico@transportes-ebrolog.es", "Jefatura de Tráfico", style="outlook")],
                  "Curso FUNDAE: Entrevista por competencias para mandos (módulo 2)", body, "20250410T090000",
                  "20250410T130000", "20250320T080000Z", "Aula de formación - planta baja")
    return _neg("class-interviewing-es", ics, uid)


def podcast():
    uid = g_uid("podcast-numeros")
    body = (
        "¡Gracias por aceptar ser nuestra invitada! Hablaremos de la figura de la directora financiera en las "
        "pymes logísticas, del cierre con el SII y de cómo negociar con la banca. Grabamos en Riverside; "
        "unos 50 minutos.\n\nÍker Salvador - «Números con Cabeza»"
    )
    ics = google(uid, MAD, org("iker@numerosconcabeza.es", "Íker Salvador"),
                 [_me(), att("iker@numerosconcabeza.es", "Íker Salvador", partstat="ACCEPTED", rsvp=None)],
                 "Grabación podcast «Números con Cabeza» – entrevista a Elena Marín", body, "20250522T180000",
                 "20250522T190000", "20250512T093000Z", location="https://riverside.fm/studio/numeros-con-cabeza")
    return _neg("podcast-guest-es", ics, uid)


def press():
    uid = ms_uid("diario-ebro")
    body = (
        "Buenos días, Elena:\n\nTal como hablamos, te llamo para la entrevista sobre la situación del transporte "
        "de mercancías en Aragón para el suplemento de Economía del domingo. Unos 20 minutos; luego pasará el "
        "fotógrafo por la oficina.\n\nSaludos,\nNoelia Casas\nRedactora de Economía | Diario del Ebro"
    )
    ics = outlook(uid, "Romance Standard Time", org("ncasas@diariodelebro.es", "Casas, Noelia"),
                  [att(USER_WORK, "Marín Ortega, Elena", style="outlook")],
                  "Entrevista Diario del Ebro – logística en Aragón (Elena Marín, Transportes Ebrolog)", body,
                  "20250417T120000", "20250417T123000", "20250414T090900Z", "Teléfono / oficinas Ebrolog")
    return _neg("press-interview-es", ics, uid)


def user_research():
    uid = "calendly-7aa0d1e3-research-cashwise@calendly.com"
    body = (
        "Event Name: Cashwise customer interview (45 min)\n\n"
        "Thanks for signing up to share feedback on Cashwise! We'd love to learn how your team forecasts cash "
        "and what frustrates you about bank connectivity. As a thank-you you'll receive a €75 voucher.\n\n"
        "Location: This is a Zoom web conference. https://us02web.zoom.us/j/91200348871\n\n"
        "Powered by Calendly.com"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250512T150000Z",
        "DTSTART:20250515T140000Z",
        "DTEND:20250515T144500Z",
        "SUMMARY:Cashwise customer interview between Hannah Lee and Elena Marín Ortega",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us02web.zoom.us/j/91200348871",
        org("hannah.lee@cashwise.io", "Hannah Lee"),
        att(USER_WORK, "Elena Marín Ortega", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Calendly//Calendly//EN")
    return _neg("user-research-en", ics, uid)


def coffee_tello():
    uid = g_uid("cafe-urrutia")
    body = "Me lo presentó Blanca. Preguntarle por la cultura del consejo de Tello y por qué salió."
    ics = google(uid, MAD, None, [], "Café con Jaime Urrutia (ex CFO Grupo Tello) – networking", body,
                 "20250414T083000", "20250414T091500", "20250410T222000Z", location="Café Levante, Zaragoza",
                 method="PUBLISH")
    return _neg("coffee-chat-es", ics, uid, "coffee-chat-names-company-es")


def jobfair():
    uid = "eventbrite-1188230941-ticket-22871@eventbrite.com"
    body = (
        "Tu entrada para Foro Talento Directivo Aragón 2025\n\n"
        "Programa: ponencias sobre liderazgo financiero, zona de networking con firmas de búsqueda de "
        "directivos y empresas, speed-meetings de 10 minutos.\n\n"
        "Pedido n.º 9912834 - Entrada general"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250415T100000Z",
        "DTSTART:20250604T070000Z",
        "DTEND:20250604T140000Z",
        "SUMMARY:Foro Talento Directivo Aragón 2025",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Palacio de Congresos, Av. de Ranillas 101, Zaragoza')}",
        "ORGANIZER;CN=Foro Talento Directivo:mailto:noreply@order.eventbrite.com",
    )
    ics = cal(ev, prodid="-//Eventbrite//Eventbrite//EN", method="PUBLISH")
    return _neg("jobfair-es", ics, uid)


def referee():
    uid = g_uid("ref-ana-beltran")
    body = (
        "Hola Elena,\n\nAna Beltrán nos ha facilitado tu contacto como referencia profesional en el proceso de "
        "Jefa de Administración que estamos llevando para un cliente. ¿Podemos hablar 15 minutos sobre tu "
        "experiencia trabajando con ella?\n\nGracias,\nSilvia Montañés\nConsultora | Selecta RH"
    )
    ics = google(uid, MAD, org("smontanes@selectarh.es", "Silvia Montañés"),
                 [_me(), att("smontanes@selectarh.es", "Silvia Montañés", partstat="ACCEPTED", rsvp=None)],
                 "Referencias – Ana Beltrán (Jefa de Administración)", body, "20250605T133000", "20250605T134500",
                 "20250603T110012Z", location="Teléfono")
    return _neg("referee-call-es", ics, uid, "reference-call-referee-es")


def recruiter_no_employer():
    uid = g_uid("talentia-iribarren")
    body = (
        "Encantado de conocerte por teléfono, Elena. Me gustaría conocer mejor tu trayectoria y contarte un par "
        "de procesos confidenciales de dirección financiera en el sector industrial que llevamos ahora mismo.\n\n"
        "Gonzalo Iribarren\nTalentia Search"
    )
    ics = google(uid, MAD, org("g.iribarren@talentiasearch.com", "Gonzalo Iribarren"),
                 [_me(), att("g.iribarren@talentiasearch.com", "Gonzalo Iribarren", partstat="ACCEPTED", rsvp=None)],
                 "Elena Marín / Talentia Search – conversación", body, "20250423T183000", "20250423T191500",
                 "20250419T091800Z", location="Teléfono")
    return _neg("recruiter-no-employer-es", ics, uid)


def prep_andinos():
    uid = g_uid("prep-andinos")
    body = "Repasar caso de financiación, cifras 2024 de Cementos Andinos, preguntas para el Presidente."
    ics = google(uid, MAD, None, [], "Preparar entrevista Cementos Andinos – repasar caso y cifras", body,
                 "20250424T190000", "20250424T210000", "20250421T150000Z", method="PUBLISH")
    return _neg("prep-block-es", ics, uid, "prep-block-names-company-es")


def followup_lusomar():
    uid, ics = apple("thanks-lusomar", "Enviar email de agradecimiento a Grupo Lusomar (João Pedro / Ana Cristina)",
                     "20250606T090000", "20250606T091500", "20250605T182000Z")
    return _neg("followup-es", ics, uid, "followup-names-company-es")


def spouse():
    uid, ics = apple("javier-entrevista", "Entrevista de trabajo de Javier – llevo yo a los niños al cole",
                     "20250519T080000", "20250519T090000", "20250515T213000Z",
                     body="Javier entra a las 8:30 (entrevista en la consultora de Pº Sagasta). Recoger a las 17h.")
    return _neg("spouse-interview-es", ics, uid, "someone-elses-interview-es")


EVENTS = [
    mock_coach(),
    mock_friend(),
    webinar_agency_es(),
    class_competencias(),
    podcast(),
    press(),
    user_research(),
    coffee_tello(),
    jobfair(),
    referee(),
    recruiter_no_employer(),
    prep_andinos(),
    followup_lusomar(),
    spouse(),
]
