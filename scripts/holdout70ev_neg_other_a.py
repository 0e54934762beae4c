"""holdout70 negatives near the job search: mocks, webinars, chats, fairs, references, headhunters, prep."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[dict[str, str]]:
    out = []

    uid = "3fk0m8q2vb6r9ej1tlsc5hnd7o@google.com"
    out.append(item("mock-coach-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250215T100000
        DTEND;TZID=America/Mexico_City:20250215T110000
        DTSTAMP:20250211T180322Z
        ORGANIZER;CN=Carla Benítez:mailto:carla@carlabenitezcoaching.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Benítez;X-NUM-GUESTS=0
        |:mailto:carla@carlabenitezcoaching.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.co
        |m;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        DESCRIPTION:Sesión 3 de 5 del paquete de coaching. Hoy hacemos un simulacro completo de entrevista en ingl
        |és para Brand Manager: yo hago de hiring manager de una multinacional de consumo y al final te doy retroal
        |imentación con la rúbrica. Ten lista tu historia de "Tell me about yourself".\n\n@@ZOOM_ES:826 7740 1193|5
        |01377@@
        LOCATION:Zoom
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Simulacro de entrevista (inglés) - Mariana / Carla
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="mock-interview-coach-es"))

    uid = "preply-lesson-88210457@preply.com"
    out.append(item("mock-tutor-en", cal("-//Preply//Preply Lessons//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250301T020511Z
        DTSTART:20250304T013000Z
        DTEND:20250304T023000Z
        SUMMARY:Lesson with Rachel S. - Mock job interview: Brand Manager (CPG)
        DESCRIPTION:Your English lesson with Rachel S.\n\nLesson goal: Mock job interview practice - behavioral q
        |uestions (STAR) and a short marketing case\, then vocabulary feedback.\n\nJoin the lesson in Preply Space
        |: https://preply.com/en/space/88210457
        LOCATION:Preply Space
        STATUS:CONFIRMED
        END:VEVENT
        """, method="PUBLISH"), uid, False, trap="mock-interview-tutor-en"))

    uid = "zw-webinar-91022784553-3@zoom.us"
    out.append(item("webinar-interview-tips-es", cal("-//zoom.us//iCalendar Event//EN", rf"""
        BEGIN:VEVENT
        DTSTAMP:20250216T224012Z
        DTSTART:20250220T010000Z
        DTEND:20250220T020000Z
        SUMMARY:Webinar: Cómo preparar tu entrevista para Brand Manager (y negociar tu oferta)
        UID:{uid}
        ORGANIZER;CN=Comunidad Mercadólogas MX:mailto:no-reply@zoom.us
        LOCATION:https://us06web.zoom.us/w/91022784553?tk=aB3dE
        DESCRIPTION:Hola Mariana Gutiérrez\,\n\nGracias por registrarte en "Cómo preparar tu entrevista para Brand
        | Manager (y negociar tu oferta)".\n\nPanelistas: Itzel Rangel (Head of Talent\, consumo masivo) y Jorge Ll
        |amas (ex Brand Director).\n\nÚnase desde PC\, Mac\, iPad o Android: https://us06web.zoom.us/w/91022784553?t
        |k=aB3dE\nCódigo de acceso: 207715\n\nPuede cancelar su registro en cualquier momento.
        END:VEVENT
        """, method="PUBLISH"), uid, False, trap="webinar-interview-prep-es"))

    uid = "on24-event-4417902-reg-88201@on24.com"
    out.append(item("webinar-cpg-en", cal("-//ON24//ON24 Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250303T150000Z
        DTSTART:20250313T180000Z
        DTEND:20250313T190000Z
        SUMMARY:Live Webinar: Cracking the CPG Brand Manager Interview
        ORGANIZER;CN=CPG Career Lab:mailto:events@cpgcareerlab.com
        LOCATION:Online - ON24
        DESCRIPTION:Thank you for registering for Cracking the CPG Brand Manager Interview.\n\nWhat you'll learn:
        | how hiring managers at global CPG companies score case interviews\, the 5 questions every brand interview
        | includes\, and how to talk about P&L ownership.\n\nYour personal link: https://event.on24.com/wcc/r/4417
        |902/88201\n\nAdd to calendar. This webinar will be recorded.
        END:VEVENT
        """, method="PUBLISH"), uid, False, trap="webinar-interview-prep-en"))

    uid = "softgarden-event-karriere-webinar-2025-03@kraeuterhaus-naturkosmetik.de"
    out.append(item("webinar-employer-branding-de", cal("-//softgarden e-recruiting GmbH//softgarden//DE", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250226T090000Z
        DTSTART;TZID=Europe/Berlin:20250306T170000
        DTEND;TZID=Europe/Berlin:20250306T180000
        SUMMARY:Karriere-Webinar: Einblicke ins Marketing bei Kräuterhaus (Q&A)
        ORGANIZER;CN=Kräuterhaus Naturkosmetik GmbH:mailto:karriere@kraeuterhaus-naturkosmetik.de
        LOCATION:Online (Microsoft Teams Live-Event)
        DESCRIPTION:Liebe Interessierte\,\n\nvielen Dank für Ihre Anmeldung zu unserem Karriere-Webinar. Unser Ma
        |rketingteam stellt sich vor\, erzählt von aktuellen Kampagnen und beantwortet Ihre Fragen zum Bewerbungspr
        |ozess. Die Teilnahme ist unverbindlich und kein Bestandteil des Auswahlverfahrens.\n\nDen Link erhalten Si
        |e am Veranstaltungstag per E-Mail.\n\nIhr Recruiting-Team
        END:VEVENT
        """, method="PUBLISH", tzs=("berlin",)), uid, False, trap="webinar-employer-branding-de"))

    uid = "F0B3C7D2-8E14-4A69-9C25-6D1E0A7B3F48"
    out.append(item("coffee-chat-typed-es", cal(APPLE, rf"""
        BEGIN:VEVENT
        CREATED:20250204T032155Z
        DTEND;TZID=America/Mexico_City:20250208T110000
        DTSTAMP:20250204T032155Z
        DTSTART;TZID=America/Mexico_City:20250208T100000
        LAST-MODIFIED:20250204T032155Z
        LOCATION:Cafebrería El Péndulo\, Polanco
        SEQUENCE:0
        SUMMARY:Café con Paola Ibáñez (ex Nutrivela) ☕
        DESCRIPTION:Me va a platicar cómo es trabajar en Nutrivela y el equipo de Claudia antes de que aplique. Pr
        |eguntar: cultura\, home office\, cómo crecen los brand managers.
        TRANSP:OPAQUE
        UID:{uid}
        END:VEVENT
        """, method=None, tzs=("mx",), calscale=False), uid, False, trap="coffee-chat-names-employer-es"))

    uid = "7bt4n0e2lq9ks1mr6dvcu3h8pa@google.com"
    out.append(item("informational-chat-en", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250225T230000Z
        DTEND:20250225T233000Z
        DTSTAMP:20250221T170455Z
        ORGANIZER;CN=Jen Park:mailto:jen.park@brightwellhealth.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jen Park;X-NUM-GUESTS=0:mail
        |to:jen.park@brightwellhealth.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        DESCRIPTION:Hi Mariana! Happy to share what life on the Brightwell brand team is like. Just an informal c
        |hat between fellow ITAM alumni - I'm not involved in hiring for the role you applied to\, so ask me anyt
        |hing.\n\n@@MEET_EN:vhx-qrnd-ecj|662 018 447@@
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Coffee chat: Jen / Mariana
        TRANSP:OPAQUE
        END:VEVENT
        """), uid, False, trap="informational-chat-en"))

    uid = "eventbrite-1092244871553-ticket-2204918@eventbrite.com"
    out.append(item("job-fair-es", cal("-//Eventbrite//Eventbrite//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250301T181210Z
        DTSTART;TZID=America/Mexico_City:20250322T100000
        DTEND;TZID=America/Mexico_City:20250322T160000
        SUMMARY:Feria del Empleo Marketing y Ventas 2025
        LOCATION:World Trade Center CDMX\, Montecito 38\, Nápoles\, Benito Juárez\, CDMX
        DESCRIPTION:Tu boleto para Feria del Empleo Marketing y Ventas 2025 (Bolsa de Trabajo MX).\n\nMás de 60 e
        |mpresas de consumo\, retail y agencias reclutando en sitio. Lleva varias copias de tu CV; algunas empresas
        | harán entrevistas rápidas en su stand.\n\nOrden #2204918 - Entrada general (gratis)\nVer evento: https://w
        |ww.eventbrite.com.mx/e/1092244871553
        URL:https://www.eventbrite.com.mx/e/1092244871553
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",)), uid, False, trap="job-fair-es"))

    uid = "5ui8k1b0f3cnm2va7qhd9tjre6@google.com"
    out.append(item("reference-call-referee-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250408T130000
        DTEND;TZID=America/Mexico_City:20250408T132000
        DTSTAMP:20250404T161845Z
        ORGANIZER;CN=Paulina Reyes:mailto:paulina.reyes@mascotia.mx
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paulina Reyes;X-NUM-GUESTS=0
        |:mailto:paulina.reyes@mascotia.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas;
        |X-NUM-GUESTS=0:mailto:mgutierrez@alimentos-valle-azul.com.mx
        DESCRIPTION:Hola Mariana\, mil gracias por aceptar dar referencias de Carlos Méndez\, quien fue becario en
        | tu equipo y hoy está en la etapa final con nosotros para Trade Marketing Analyst. Son 15-20 minutos\, te
        | marco a tu celular.\n\nPaulina Reyes · People & Talent · Mascotia
        LOCATION:Llamada telefónica
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Referencias laborales - Carlos Méndez (Mascotia)
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="reference-call-user-is-referee-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000D4E91B7C0F87DB01000000000000000010000000"
           "62C0A9E3F5B14D7E8A2C9F0B6D31E4A8")
    out.append(item("headhunter-confidential-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Mariana\, gracias por tomar la llamada. Te contacto por una posición de Director(a) de Marca pa
        |ra una multinacional de consumo masivo con oficinas en CDMX. Por confidencialidad no puedo compartir aún e
        |l nombre del cliente; en la llamada te cuento el alcance y validamos tu interés y expectativas.\n\nSaludos
        |\,\nMauricio Lara\nPartner | Altura Executive Search
        DTEND;TZID="Central Standard Time (Mexico)":20250313T083000
        DTSTAMP:20250310T220114Z
        DTSTART;TZID="Central Standard Time (Mexico)":20250313T080000
        LOCATION:Llamada - te marco al celular
        ORGANIZER;CN="Lara, Mauricio":mailto:mlara@alturasearch.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.com:mailto:maria
        |na.gtz.salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Llamada Mariana Gutiérrez / Altura - posición confidencial Director(a) de Marca
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="recruiter-no-employer-es"))

    uid = "8a1e5c2f-d7b0-4936-8e14-b0c27f9a35d6"
    out.append(item("headhunter-confidential-en", cal("-//Calendly//Calendly//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250318T141210Z
        DTSTART:20250320T150000Z
        DTEND:20250320T152000Z
        SUMMARY:Intro Call (20 min) between Tyler Grant and Mariana Gutiérrez Salas
        ORGANIZER;CN=Tyler Grant:mailto:tyler@bridgewatertalent.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mariana.gtz.salas@hotmai
        |l.com
        LOCATION:Tyler will call the invitee
        DESCRIPTION:Event Name: Intro Call (20 min)\n\nPlease share anything that will help prepare for our meetin
        |g.: You reached out on LinkedIn about a Brand Director role (confidential client\, CPG\, remote US/LatAm).
        |\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8a1e5c2f\n\nPowered by
        | Calendly.com
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, False, trap="recruiter-no-employer-en"))

    uid = "2ne7o4v9k1fh8sbc0mq3d6lrtu@google.com"
    out.append(item("prep-block-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250309T170000
        DTEND;TZID=America/Mexico_City:20250309T200000
        DTSTAMP:20250308T014502Z
        UID:{uid}
        CREATED:20250308T014455Z
        DESCRIPTION:armar deck del caso Mandaditos (max 10 slides)\, ensayar 2 veces con timer\, revisar benchmarks
        | de otras apps de delivery
        LAST-MODIFIED:20250308T014502Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Preparar caso Mandaditos 🧠
        TRANSP:OPAQUE
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",), head=("X-WR-CALNAME:Mariana",)), uid, False, trap="prep-block-es"))

    return out
