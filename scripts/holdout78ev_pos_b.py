"""holdout78: the user's own interviews, part B (Spanish; schedulers, founders, agencies, time shapes)."""

from __future__ import annotations

from holdout78ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    MS_PROPS,
    OUTLOOK,
    TZ_CANARY,
    TZ_MADRID,
    TZ_WIN_GMT,
    TZ_WIN_ROMANCE,
    Ev,
    alt_desc,
    att,
    cal,
    esc,
    html,
    lab,
    meet,
    meet_props,
    ms_uid,
    org,
    teams,
    zoom,
)

ME = att(ME_FREE, "Javier Morales Ferrer")


def azahar_recurring() -> Ev:
    uid = "azahar-ac-2025-04-javier-morales@azaharhm.com"
    d = ("Assessment center – Director/a de Hotel (cartera Andalucía)\n\nDía 1: dinámica de grupo, caso de "
         "gestión (apertura de un hotel urbano de 180 hab.) y entrevista por competencias con Inmaculada Ortega "
         "(Directora General de Operaciones) y Fernando Chaves (Director de Personas).\nDía 2: presentación del "
         "caso ante el comité y entrevista individual.\n\nSede Azahar Hotel Management: C/ Rioja 14, Sevilla.\n"
         "Coordinación: Rocío Marín (no participa en las entrevistas).")
    master = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250325T095000Z
DTSTART;TZID=Europe/Madrid:20250408T090000
DTEND;TZID=Europe/Madrid:20250408T140000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:{esc("Assessment center Azahar Hotel Management – Director/a de Hotel")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Azahar Hotel Management, C/ Rioja 14, 41001 Sevilla")}
{org("rmarin@azaharhm.com", "Rocío Marín")}
{att("iortega@azaharhm.com", "Inmaculada Ortega")}
{att("fchaves@azaharhm.com", "Fernando Chaves")}
{att("rmarin@azaharhm.com", "Rocío Marín", partstat="ACCEPTED", rsvp=False)}
{ME}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT"""
    override = f"""BEGIN:VEVENT
UID:{uid}
RECURRENCE-ID;TZID=Europe/Madrid:20250409T090000
DTSTAMP:20250404T120500Z
DTSTART;TZID=Europe/Madrid:20250409T093000
DTEND;TZID=Europe/Madrid:20250409T123000
SUMMARY:{esc("Assessment center Azahar Hotel Management – Director/a de Hotel (día 2, empieza 9:30)")}
DESCRIPTION:{esc("Día 2 empieza a las 9:30 por la agenda del comité. " + d)}
LOCATION:{esc("Azahar Hotel Management, C/ Rioja 14, 41001 Sevilla")}
{org("rmarin@azaharhm.com", "Rocío Marín")}
{att("iortega@azaharhm.com", "Inmaculada Ortega")}
{att("fchaves@azaharhm.com", "Fernando Chaves")}
{ME}
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("recurring-assessment-es", cal(TZ_MADRID, master, override, prodid=GOOGLE),
              [lab(uid, 1, "Azahar Hotel Management", "Director/a de Hotel", "onsite",
                   "iortega@azaharhm.com;fchaves@azaharhm.com", "recurring-override-assessment-es")])


def montesol_bookings() -> Ev:
    uid = ms_uid("montesol-bookings")
    d = ("Entrevista preliminar – Dirección de Hotel\n\nGracias por reservar con Montesol Hospitality Group. "
         "Le atenderá: Marina Esteve\n\nSi necesita cambiar o cancelar la cita: "
         "https://outlook.office365.com/owa/calendar/SeleccionMHG@montesolhg.com/bookings/\n\n" + teams("mont1", "es"))
    body = f"""BEGIN:VEVENT
{org("SeleccionMHG@montesolhg.com", "Selección MHG")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("marina.esteve@montesolhg.com", "Marina Esteve", rsvp=False)}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Entrevista preliminar – Dirección de Hotel con Montesol Hospitality Group")}
DTSTART;TZID=Romance Standard Time:20250224T123000
DTEND;TZID=Romance Standard Time:20250224T130000
DTSTAMP:20250219T170030Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:{esc("Reunión de Microsoft Teams")}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT"""
    return Ev("ms-bookings-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE),
              [lab(uid, 1, "Montesol Hospitality Group", "Dirección de Hotel", "recruiter_screen",
                   "marina.esteve@montesolhg.com", "ms-bookings-es")])


def farragut_founder() -> Ev:
    uid = "4kd9f2m0p6r1t8v3x5z7b0n2cq@google.com"
    d = ("Hola Javier,\n\nCon Maria (mi mujer y socia) queremos conocerte en persona antes de decidir quién "
         "llevará la dirección de Can Farragut a partir de octubre. Será en el hotel, y después te enseñamos "
         "las obras del ala nueva.\n\nAbrazo,\nTomeu Farragut\nHotel Can Farragut · Sóller")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250429T180000
DTEND;TZID=Europe/Madrid:20250429T193000
DTSTAMP:20250423T214455Z
{org("tomeufarragut@gmail.com", "Tomeu Farragut")}
UID:{uid}
{att("tomeufarragut@gmail.com", "Tomeu Farragut", partstat="ACCEPTED", rsvp=False)}
{att("mariacolom.sf@gmail.com", "Maria Colom")}
{ME}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Hotel Can Farragut, C/ de la Lluna 48, Sóller")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista dirección Can Farragut – Javier Morales")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("founder-gmail-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 1, "Hotel Can Farragut", "", "", "tomeufarragut@gmail.com;mariacolom.sf@gmail.com",
                   "founder-gmail-es")])


def atlantida_body_only() -> Ev:
    uid = "9w3e5r7t1y0u2i4o6p8a0s1d3f@google.com"
    d = ("Hola Javier:\n\nGracias por tu interés en Atlántida Resorts. Te confirmo la entrevista con Tomás "
         "Afonso, Director de Operaciones Canarias, a quien reportaría la Dirección de Área. Hablaréis de tu "
         "experiencia con resorts vacacionales y con touroperadores alemanes.\n\nUn saludo,\nDácil Rodríguez\n"
         "People Partner\n\n" + meet("atl1", "es"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Atlantic/Canary:20250312T100000
DTEND;TZID=Atlantic/Canary:20250312T110000
DTSTAMP:20250306T090919Z
{org("drodriguez@ahg-corp.com", "Dácil Rodríguez")}
UID:{uid}
{att("tafonso@ahg-corp.com", "Tomás Afonso")}
{att("drodriguez@ahg-corp.com", "Dácil Rodríguez", partstat="ACCEPTED", rsvp=False)}
{ME}
{meet_props("atl1")}
DESCRIPTION:{esc(d)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista – Director/a de Área (Canarias)")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-company-in-body-es", cal(TZ_CANARY, body, prodid=GOOGLE),
              [lab(uid, 1, "Atlántida Resorts", "Director/a de Área (Canarias)", "hiring_manager",
                   "tafonso@ahg-corp.com", "company-only-in-body-es")])


def atlantida_agency_final() -> Ev:
    uid = ms_uid("talenthost-atlantida")
    d = ("Hola Javier,\n\nEnhorabuena por llegar a la última fase. Te paso la convocatoria de la entrevista final "
         "con el Consejero Delegado de Atlántida Resorts, D. Jonay Padrón, y con Tomás Afonso.\nSerá presencial "
         "en sus oficinas de Las Palmas (C/ Triana 77, 4ª planta).\n\nYo asistiré solo a la bienvenida.\n\n"
         "Saludos,\nIratxe Goikoetxea\nTalenthost Consulting – Executive Search Hospitality")
    body = f"""BEGIN:VEVENT
{org("igoikoetxea@talenthost.es", "Goikoetxea, Iratxe")}
{att(ME_FREE, "javimorales.hotel@yahoo.es")}
{att("jpadron@ahg-corp.com", "Padrón, Jonay")}
{att("tafonso@ahg-corp.com", "Afonso, Tomás")}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Entrevista final Atlántida Resorts – Director/a de Área Canarias")}
DTSTART;TZID=GMT Standard Time:20250402T090000
DTEND;TZID=GMT Standard Time:20250402T103000
DTSTAMP:20250326T160002Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:{esc("C/ Triana 77, 4ª planta, Las Palmas de Gran Canaria")}
{MS_PROPS}
{alt_desc(html(d))}
END:VEVENT"""
    return Ev("agency-outlook-final-es", cal(TZ_WIN_GMT, body, prodid=OUTLOOK),
              [lab(uid, 1, "Atlántida Resorts", "Director/a de Área Canarias", "final",
                   "jpadron@ahg-corp.com;tafonso@ahg-corp.com", "agency-final-x-alt-desc-es")])


def arenal_workable() -> Ev:
    uid = "workable-ev-3b1f0c7d2e-arenalbeachclub"
    d = ("Hola Javier,\n\nTe confirmamos la videollamada para la vacante de Director de Hotel – Arenal Beach Club "
         "Hotels (Playa de Palma).\n\nFecha: 17 marzo 2025, 18:00 (Madrid)\nCon: Óscar Benítez, Head of "
         "Talent\n\n" + zoom("arenal1", "es") + "\n\nEste evento se ha creado con Workable.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250312T101500Z
DTSTART:20250317T170000Z
DTEND:20250317T173000Z
SUMMARY:{esc("Videollamada: Arenal Beach Club Hotels – Director de Hotel")}
DESCRIPTION:{esc(d)}
{org("notifications@workablemail.com", "Arenal Beach Club Hotels")}
{att("oscar.benitez@arenalbeachclub.com", "Óscar Benítez")}
{ME}
LOCATION:Zoom
END:VEVENT"""
    return Ev("workable-zoom-es", cal(body, prodid="-//Workable//Workable Calendar//EN"),
              [lab(uid, 1, "Arenal Beach Club Hotels", "Director de Hotel", "recruiter_screen",
                   "oscar.benitez@arenalbeachclub.com", "workable-zoom-es")])


def puig_randa_factorial() -> Ev:
    uid = "factorial-interview-662104@factorialhr.com"
    d = ("Hola Javier,\n\nTe esperamos en el Hotel Puig de Randa Llucmajor para la prueba práctica del proceso "
         "de Director/a de Hotel: recorrido con la gobernanta y el jefe de mantenimiento y, después, 45 minutos "
         "para que nos presentes tus observaciones y un plan de mejora de satisfacción (reviews).\n\nEvaluarán: "
         "Magdalena Tomàs (Dirección General, Hoteles Puig de Randa) y Joan Bonet (Operaciones).\n\n"
         "Enviado desde Factorial")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250507T080000Z
DTSTART;TZID=Europe/Madrid:20250514T100000
DTEND;TZID=Europe/Madrid:20250514T130000
SUMMARY:{esc("Prueba práctica – Director/a de Hotel (Hoteles Puig de Randa)")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Hotel Puig de Randa, Ctra. de Randa km 4, Llucmajor")}
{org("no-reply@factorialhr.com", "Hoteles Puig de Randa")}
{att("mtomas@puigderanda.com", "Magdalena Tomàs")}
{att("jbonet@puigderanda.com", "Joan Bonet")}
{ME}
END:VEVENT"""
    return Ev("factorial-practical-es", cal(TZ_MADRID, body, prodid="-//Factorial//Factorial ATS//ES"),
              [lab(uid, 1, "Hoteles Puig de Randa", "Director/a de Hotel", "technical",
                   "mtomas@puigderanda.com;jbonet@puigderanda.com", "factorial-practical-es")])


def lagoon_teams_hm() -> Ev:
    uid = ms_uid("lagoon-hm")
    d = ("Buenas tardes Javier,\n\nComo te comentó Raquel, la siguiente conversación es conmigo: yo sería tu "
         "responsable directo como Director Regional Fuerteventura. Hablaremos del Lagoon Playa Corralejo y de "
         "la temporada de invierno.\n\nSaludos,\nAlejandro Umpiérrez\nHoteles Lagoon Playa\n\n" + teams("lag1", "es"))
    body = f"""BEGIN:VEVENT
{org("a.umpierrez@lagoonplaya.com", "Umpiérrez Santana, Alejandro")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("r.cabrera@lagoonplaya.com", "Cabrera Hernández, Raquel", role="OPT-PARTICIPANT")}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Javier Morales / Alejandro Umpiérrez – Dirección Lagoon Playa Corralejo")}
DTSTART;TZID=GMT Standard Time:20250521T150000
DTEND;TZID=GMT Standard Time:20250521T160000
DTSTAMP:20250514T132011Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:{esc("Reunión de Microsoft Teams")}
{MS_PROPS}
END:VEVENT"""
    return Ev("outlook-teams-hm-es", cal(TZ_WIN_GMT, body, prodid=EXCHANGE),
              [lab(uid, 1, "Hoteles Lagoon Playa", "Dirección Lagoon Playa Corralejo", "hiring_manager",
                   "a.umpierrez@lagoonplaya.com", "outlook-no-interview-word-es")])


def mirador_phone() -> Ev:
    uid = ms_uid("mirador-phone")
    d = ("Estimado Javier,\n\nTal y como hemos acordado por correo, le llamaré por teléfono para una primera "
         "entrevista sobre la vacante de Subdirector/a General en Hoteles Mirador del Sur (Costa Tropical).\n\n"
         "Un cordial saludo,\nElena Quesada Díaz\nTécnica de Selección")
    body = f"""BEGIN:VEVENT
{org("equesada@hotelesmiradordelsur.com", "Quesada Díaz, Elena")}
{att(ME_FREE, "Morales Ferrer, Javier")}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Entrevista telefónica - Subdirector/a General")}
DTSTART;TZID=Romance Standard Time:20250227T170000
DTEND;TZID=Romance Standard Time:20250227T173000
DTSTAMP:20250224T114400Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:{esc("Teléfono")}
{MS_PROPS}
{alt_desc(html(d))}
END:VEVENT"""
    return Ev("outlook-phone-es", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK),
              [lab(uid, 1, "Hoteles Mirador del Sur", "Subdirector/a General", "recruiter_screen",
                   "equesada@hotelesmiradordelsur.com", "outlook-phone-screen-es")])


def casas_teide_xwr() -> Ev:
    uid = "0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com"
    d = ("Segunda entrevista presencial en Puerto de la Cruz. Con Rocío Vidal y Agustín Expósito (Director "
         "General, Casas del Teide Hoteles). Vuelo Binter 07:10 desde Palma vía TFN.")
    body = f"""BEGIN:VEVENT
DTSTART:20250306T120000
DTEND:20250306T133000
DTSTAMP:20250301T100501Z
UID:{uid}
{org(ME_FREE, "Javier Morales Ferrer")}
CREATED:20250301T100458Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20250301T100459Z
LOCATION:{esc("Casas del Teide Hoteles, Av. Colón 3, Puerto de la Cruz")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("2ª entrevista Casas del Teide (presencial)")}
TRANSP:OPAQUE
END:VEVENT"""
    extra = ("X-WR-CALNAME:javimorales.hotel@yahoo.es", "X-WR-TIMEZONE:Atlantic/Canary")
    return Ev("x-wr-timezone-es", cal(body, prodid=GOOGLE, method="PUBLISH", extra=extra),
              [lab(uid, 1, "Casas del Teide Hoteles", "", "onsite", "Rocío Vidal;Agustín Expósito",
                   "x-wr-timezone-own-entry-es")])


def casa_llotja_calcom() -> Ev:
    uid = "calcom-bk-8Jx2Qm4rTz7vWn1aLp0d@cal.com"
    d = ("¿Qué?\nEntrevista – Dirección de Casa Llotja Hotels entre Lucía Ferrer Salom y Javier Morales Ferrer\n\n"
         "¿Cuándo?\nmiércoles, 19 de marzo de 2025 19:00 - 19:45 (Europe/Madrid)\n\n¿Quién?\nLucía Ferrer Salom - "
         "Organizadora\nlucia@casallotja.com\nJavier Morales Ferrer\njavimorales.hotel@yahoo.es\n\n¿Dónde?\n"
         "Cal Video: https://app.cal.com/video/8Jx2Qm4rTz7vWn1aLp0d\n\nNotas adicionales\nSomos tres hoteles "
         "boutique en el casco antiguo de Palma; buscamos quien los dirija a los tres.\n\n"
         "¿Necesitas hacer un cambio? Reprogramar o Cancelar: https://app.cal.com/booking/8Jx2Qm4rTz7vWn1aLp0d")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:{esc("Entrevista – Dirección de Casa Llotja Hotels entre Lucía Ferrer Salom y Javier Morales Ferrer")}
DTSTART:20250319T180000Z
DTEND:20250319T184500Z
DTSTAMP:20250314T172233Z
DESCRIPTION:{esc(d)}
LOCATION:https://app.cal.com/video/8Jx2Qm4rTz7vWn1aLp0d
{org("lucia@casallotja.com", "Lucía Ferrer Salom")}
{ME}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calcom-es", cal(body, prodid="-//Cal.com Inc.//Cal.com Event//EN"),
              [lab(uid, 1, "Casa Llotja Hotels", "Dirección de Casa Llotja Hotels", "", "lucia@casallotja.com",
                   "calcom-owner-es")])


def marea_alta_zoom() -> Ev:
    uid = "mah-rrhh-20250319-jmorales@marealtaresorts.com"
    d = ("Hola Javier,\n\nAndrea (Hostelería Talento Partners) nos ha pasado tu perfil. Te proponemos una segunda "
         "entrevista por Zoom con Ayoze Martín (Director de Operaciones) y conmigo.\n\nSaludos,\nCristina "
         "Lemes\nRRHH – Marea Alta Resorts\n\n" + zoom("marea2", "es"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250314T090000Z
DTSTART;TZID=Atlantic/Canary:20250319T170000
DTEND;TZID=Atlantic/Canary:20250319T180000
SUMMARY:{esc("Segunda entrevista - Dirección General Marea Alta Lanzarote")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Zoom")}
{org("clemes@marealtaresorts.com", "Cristina Lemes")}
{att("amartin@marealtaresorts.com", "Ayoze Martín")}
{att("clemes@marealtaresorts.com", "Cristina Lemes", partstat="ACCEPTED", rsvp=False)}
{ME}
{att("andrea@hosteleriatalento.com", "Andrea Bethencourt", role="OPT-PARTICIPANT", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("zoom-second-es", cal(TZ_CANARY, body, prodid="-//Zimbra Collaboration Suite//EN"),
              [lab(uid, 1, "Marea Alta Resorts", "Dirección General Marea Alta Lanzarote", "",
                   "amartin@marealtaresorts.com;clemes@marealtaresorts.com", "zoom-agency-cc-es")])


def olivar_lever() -> Ev:
    uid = "lever-interview-1f2e3d4c-5b6a-7980-olivarhoteles"
    d = ("Hola Javier,\n\nGracias por tu tiempo. Esta es la confirmación de tu entrevista con Olivar Hoteles para "
         "el puesto de Director/a de Hotel – Úbeda.\n\nEntrevistador/a:\nCarmen Jurado – Directora de "
         "Operaciones\n\nUbicación: Google Meet (el enlace está en la invitación)\n\nSi necesitas cambiar algo, "
         "responde a este correo.\n\nPeople Team – Olivar Hoteles")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250320T113000Z
DTSTART;TZID=Europe/Madrid:20250325T113000
DTEND;TZID=Europe/Madrid:20250325T121500
SUMMARY:{esc("Entrevista de Olivar Hoteles: Javier Morales Ferrer – Director/a de Hotel, Úbeda")}
DESCRIPTION:{esc(d + chr(10) + chr(10) + meet("olivar1", "es"))}
{org("interviews@hire.lever.co", "Olivar Hoteles")}
{att("carmen.jurado@olivarhoteles.com", "Carmen Jurado")}
{ME}
{meet_props("olivar1")}
END:VEVENT"""
    return Ev("lever-es", cal(TZ_MADRID, body, prodid="-//Lever//Lever Hire//EN"),
              [lab(uid, 1, "Olivar Hoteles", "Director/a de Hotel – Úbeda", "",
                   "carmen.jurado@olivarhoteles.com", "lever-meet-es")])


def make() -> list[Ev]:
    return [azahar_recurring(), montesol_bookings(), farragut_founder(), atlantida_body_only(),
            atlantida_agency_final(), arenal_workable(), puig_randa_factorial(), lagoon_teams_hm(), mirador_phone(),
            casas_teide_xwr(), casa_llotja_calcom(), marea_alta_zoom(), olivar_lever()]

