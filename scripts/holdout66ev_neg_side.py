"""holdout66: the user on the hiring side at Transportes Ebrolog (interviewing candidates, kits, debriefs ...)."""

from __future__ import annotations

from holdout66ev_boiler import teams_en, teams_es, teams_pt
from holdout66ev_ics import USER_WORK, att, cal, esc, item, ms_uid, org, vevent
from holdout66ev_shapes import apple, outlook

RST = "Romance Standard Time"
BXL = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
ME = org(USER_WORK, "Marín Ortega, Elena")
ME_ATT = att(USER_WORK, "Marín Ortega, Elena", style="outlook")
HR = "lbielsa@transportes-ebrolog.es"
HR_CN = "Bielsa Pardos, Lucía"
CEO = "froyo@transportes-ebrolog.es"
CEO_CN = "Royo Gracia, Fernando"


def _neg(kind, ics, uid, trap):
    return item(kind, ics, uid=uid, is_interview=0, trap=trap)


def factorial_interviewer():
    uid = "factorial-interview-219984@factorialhr.com"
    body = (
        "Hola Elena,\n\n"
        "Lucía Bielsa te ha añadido como entrevistadora en el proceso Controller Financiero.\n\n"
        "Candidato: Sergio Gallego Ruiz\nFase: Entrevista con responsable\nLugar: Sala Ebro (oficinas PLAZA)\n\n"
        "Puedes consultar el CV y dejar tu valoración en Factorial.\n\nEnviado con Factorial"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250407T090112Z",
        "DTSTART:20250410T070000Z",
        "DTEND:20250410T080000Z",
        org("no-reply@factorialhr.com", "Transportes Ebrolog"),
        att(USER_WORK, "Elena Marín Ortega"),
        att("sergio.gallego.ruiz@gmail.com", "Sergio Gallego Ruiz"),
        att(HR, "Lucía Bielsa"),
        "SUMMARY:Entrevista: Sergio Gallego Ruiz - Controller Financiero",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Sala Ebro",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Factorial//Factorial HR//ES")
    return _neg("factorial-interviewer-es", ics, uid, "user-as-interviewer-factorial-es")


def organiser_candidate():
    uid = ms_uid("raquel-lozano")
    body = (
        "Hola Raquel:\n\n"
        "Te confirmo la entrevista para el puesto de Técnico/a Contable en nuestras oficinas de PLAZA "
        "(C/ Bari 25, Zaragoza). Pregunta por mí en recepción.\n\n"
        "Un saludo,\nElena Marín Ortega\nDirectora Financiera | Transportes Ebrolog\nT. 976 50 33 10"
    )
    ics = outlook(uid, RST, ME, [att("raquel.lozano.88@hotmail.com", "raquel.lozano.88@hotmail.com",
                                     style="outlook"), att(HR, HR_CN, role="OPT-PARTICIPANT", style="outlook")],
                  "Entrevista candidata Técnico Contable – Raquel Lozano", body, "20250414T100000",
                  "20250414T110000", "20250409T112003Z", "Transportes Ebrolog - C/ Bari 25, Zaragoza")
    return _neg("organiser-candidate-es", ics, uid, "user-as-interviewer-organiser-hotmail-es")


def scorecard_reminder():
    uid = "factorial-task-88120-feedback@factorialhr.com"
    body = (
        "Tienes pendiente la valoración del candidato Sergio Gallego Ruiz en el proceso Controller Financiero.\n"
        "Completa la tarjeta de evaluación (competencias técnicas, encaje, recomendación) antes del viernes.\n\n"
        "Enviado con Factorial"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250410T081500Z",
        "DTSTART:20250410T143000Z",
        "DTEND:20250410T144500Z",
        org("no-reply@factorialhr.com", "Transportes Ebrolog"),
        att(USER_WORK, "Elena Marín Ortega"),
        "SUMMARY:Recordatorio: valora a Sergio Gallego Ruiz (Controller Financiero)",
        f"DESCRIPTION:{esc(body)}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Factorial//Factorial HR//ES")
    return _neg("scorecard-reminder-es", ics, uid, "user-as-interviewer-scorecard-es")


def debrief():
    uid = ms_uid("debrief-tesoreria")
    body = (
        "Hola a los dos:\n\n"
        "Os convoco para cerrar la terna de Responsable de Tesorería. Traed vuestras valoraciones de las "
        "entrevistas de esta semana (Beltrán, Cuartero y Lasheras); yo llevo el resumen de referencias.\n\n"
        "Lucía"
    )
    ics = outlook(uid, RST, org(HR, HR_CN), [ME_ATT, att(CEO, CEO_CN, style="outlook")],
                  "Debrief candidatos Responsable de Tesorería (3 finalistas)", body, "20250425T130000",
                  "20250425T134500", "20250422T080215Z", "Despacho Dirección General")
    return _neg("debrief-es", ics, uid, "user-as-interviewer-debrief-es")


def panel_final():
    uid = ms_uid("panel-jefe-admin")
    body = (
        "Elena, Lucía:\n\n"
        "Panel final para la Jefatura de Administración:\n"
        "16:00 - Ana Martín Gil\n"
        "17:00 - Roberto Ortiz Lahoz\n\n"
        "Cada uno 45 min + 15 de puesta en común. Yo abro con el proyecto de empresa; Elena, tú la parte "
        "técnica (cierre, SII, consolidación); Lucía, competencias.\n\nFernando"
    )
    ics = outlook(uid, BXL, org(CEO, CEO_CN), [ME_ATT, att(HR, HR_CN, style="outlook")],
                  "Panel entrevista final – Jefe/a de Administración: Martín / Ortiz", body, "20250508T160000",
                  "20250508T180000", "20250502T173001Z", "Sala Consejo - 2ª planta")
    return _neg("panel-es", ics, uid, "user-as-interviewer-panel-es")


def shadowing():
    uid = ms_uid("shadow-fpa")
    body = (
        "Pablo (becario de RR. HH.) te acompañará como oyente en la entrevista del candidato a Analista FP&A "
        "para aprender cómo hacemos las entrevistas técnicas. No intervendrá; tomará notas para el informe.\n\n"
        "Gracias,\nLucía"
    )
    ics = outlook(uid, RST, org(HR, HR_CN),
                  [ME_ATT, att("purieta@transportes-ebrolog.es", "Urieta Soler, Pablo", style="outlook")],
                  "Shadowing: Pablo acompaña a Elena en entrevista Analista FP&A", body, "20250429T120000",
                  "20250429T130000", "20250425T094410Z", "Sala Ebro")
    return _neg("shadowing-es", ics, uid, "user-as-interviewer-shadowing-es")


def calendly_host():
    uid = "b91e0f2c-7d44-4f1a-8a3e-55c0d9e2a713@calendly.com"
    body = (
        "Nombre del evento: Entrevista Asistente Contable\n\n"
        "Invitado: Diego Herrera\nCorreo del invitado: diegoherrera.conta@gmail.com\n"
        "Teléfono: +34 655 20 18 43\n\n"
        "Preguntas:\n¿Por qué te interesa el puesto?\nBusco crecer en contabilidad del sector transporte.\n\n"
        "Ubicación: Microsoft Teams (el enlace se envía por separado)\n\n"
        "Ver evento en Calendly: https://calendly.com/app/scheduled_events/user/me\n\n"
        "Con tecnología de Calendly.com"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250505T161244Z",
        "DTSTART:20250512T090000Z",
        "DTEND:20250512T093000Z",
        "SUMMARY:Entrevista Asistente Contable entre Elena Marín Ortega y Diego Herrera",
        f"DESCRIPTION:{esc(body)}",
        org(USER_WORK, "Elena Marín Ortega"),
        att("diegoherrera.conta@gmail.com", "Diego Herrera", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid="-//Calendly//Calendly//EN")
    return _neg("calendly-host-es", ics, uid, "user-as-interviewer-calendly-host-es")


def agency_candidate():
    uid = ms_uid("itp-marta-gil")
    body = (
        "Elena, te confirmo la entrevista con Marta Gil, la candidata que te presentamos para la posición de "
        "Controller Financiero de Transportes Ebrolog. Te adjunté ayer su informe de evaluación.\n\n"
        "Un saludo,\nÁlvaro Medrano\nIbérica Talent Partners"
    )
    ics = outlook(uid, RST, org("alvaro.medrano@ibericatalent.com", "Medrano, Álvaro"),
                  [ME_ATT, att("marta.gil.c@gmail.com", "Marta Gil", style="outlook")],
                  "Presentación candidata: Marta Gil – Controller Financiero (Ibérica Talent Partners)", body,
                  "20250515T160000", "20250515T170000", "20250512T120431Z", "Oficinas Transportes Ebrolog")
    return _neg("agency-candidate-es", ics, uid, "user-as-interviewer-agency-candidate-es")


def candidate_en():
    uid = ms_uid("sarah-oneill")
    body = (
        "Hi Sarah,\n\n"
        "Thanks for applying for the FP&A Analyst role at Transportes Ebrolog (Zaragoza). I'm looking forward "
        "to speaking with you; the conversation will be in English and Spanish.\n\n"
        "Best regards,\nElena Marín Ortega\nFinance Director, Transportes Ebrolog\n\n"
        + teams_en("377 912 400 185", "Eb6Rt3", "ZWJyb2xvZzM3NzkxMj")
    )
    ics = outlook(uid, RST, ME, [att("sarah.oneill.fin@gmail.com", "Sarah O'Neill", style="outlook")],
                  "Interview: Sarah O'Neill – FP&A Analyst (Zaragoza)", body, "20250520T110000",
                  "20250520T114500", "20250514T083212Z", "Microsoft Teams Meeting", lang="en-GB")
    return _neg("candidate-en", ics, uid, "user-as-interviewer-organiser-en")


def handnote():
    uid, ics = apple("ruben-aliaga", "Entrevista candidato controller - Rubén Aliaga (2ª)", "20250521T170000",
                     "20250521T180000", "20250519T203000Z",
                     body="Preguntarle por cierre mensual y consolidación. Llevar test Excel impreso.",
                     location="Oficina")
    return _neg("apple-handnote-es", ics, uid, "user-as-interviewer-handnote-es")


def candidate_pt():
    uid = ms_uid("nuno-pereira")
    body = (
        "Caro Nuno,\n\n"
        "Confirmo a entrevista por Teams para a vaga de Técnico Administrativo-Financeiro na nossa delegação do "
        "Porto.\n\n"
        "Cumprimentos,\nElena Marín Ortega\nDiretora Financeira | Transportes Ebrolog\n\n"
        + teams_pt("398 004 127 551", "Pt8Kc2", "bnVub3BlcmVpcmEzOT")
    )
    ics = outlook(uid, RST, ME, [att("nuno.pereira.84@sapo.pt", "Nuno Pereira", style="outlook"),
                                 att("porto@transportes-ebrolog.es", "Delegação Porto", style="outlook")],
                  "Entrevista candidato – Técnico Administrativo-Financeiro (delegação Porto)", body,
                  "20250523T100000", "20250523T104500", "20250519T091530Z", "Reunião do Microsoft Teams",
                  lang="pt-PT")
    return _neg("candidate-pt", ics, uid, "user-as-interviewer-organiser-pt")


def candidate_fr():
    uid = ms_uid("camille-roux")
    body = (
        "Bonjour Camille,\n\n"
        "Je vous confirme notre entretien pour le poste de comptable fournisseurs de notre agence de Toulouse. "
        "Julien Fabre, responsable de l'agence, y participera également.\n\n"
        "Bien cordialement,\nElena Marín Ortega\nDirectrice financière, Transportes Ebrolog\n\n"
        + teams_es("311 870 225 649", "Fr4Tl1", "Y2FtaWxscm91eDMxMT")
    )
    ics = outlook(uid, RST, ME, [att("camille.roux31@orange.fr", "Camille Roux", style="outlook"),
                                 att("jfabre@transportes-ebrolog.es", "Fabre, Julien", style="outlook")],
                  "Entretien candidate – Comptable fournisseurs (agence de Toulouse)", body, "20250527T150000",
                  "20250527T154500", "20250521T140008Z", "Réunion Microsoft Teams", lang="fr-FR")
    return _neg("candidate-fr", ics, uid, "user-as-interviewer-organiser-fr")


def agency_de():
    uid = ms_uid("rheinberg-weber")
    body = (
        "Sehr geehrte Frau Marín,\n\n"
        "wie telefonisch besprochen stelle ich Ihnen Frau Katharina Weber für die Position Controller/in "
        "(Schwerpunkt DACH-Kunden) in Zaragoza vor. Frau Weber spricht fließend Spanisch. Das Gespräch "
        "findet per Teams statt; ich wähle mich zu Beginn kurz ein.\n\n"
        "Mit freundlichen Grüßen\nTobias Reuter\nRheinberg Personalberatung GmbH, Köln"
    )
    ics = outlook(uid, "W. Europe Standard Time", org("t.reuter@rheinberg-personal.de", "Reuter, Tobias"),
                  [ME_ATT, att("katharina.weber@web.de", "Katharina Weber", style="outlook")],
                  "Vorstellungsgespräch: Kandidatin Katharina Weber – Controlling (Zaragoza)", body,
                  "20250603T100000", "20250603T110000", "20250528T075904Z", "Microsoft Teams-Besprechung",
                  lang="de-DE")
    return _neg("agency-candidate-de", ics, uid, "user-as-interviewer-agency-de")


def phone_candidate():
    uid, ics = apple("oscar-beltran-tel", "Llamar a candidato Tesorería – Óscar Beltrán (tel. 677 41 20 98)",
                     "20250416T133000", "20250416T140000", "20250415T182211Z",
                     body="Primer filtro telefónico. CV en la carpeta de Lucía.")
    return _neg("phone-candidate-es", ics, uid, "user-as-interviewer-phone-es")


EVENTS = [
    factorial_interviewer(),
    organiser_candidate(),
    scorecard_reminder(),
    debrief(),
    panel_final(),
    shadowing(),
    calendly_host(),
    agency_candidate(),
    candidate_en(),
    handnote(),
    candidate_pt(),
    candidate_fr(),
    agency_de(),
    phone_candidate(),
]
