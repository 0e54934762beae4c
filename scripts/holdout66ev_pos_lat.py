"""holdout66: the user's own interviews with Portuguese and Latin American employers."""

from __future__ import annotations

from holdout66ev_boiler import meet_es, meet_pt, teams_es, teams_es_new, teams_pt, zoom_es, zoom_pt
from holdout66ev_ics import (
    GOOGLE,
    OUTLOOK,
    USER_CN,
    USER_FREE,
    att,
    cal,
    esc,
    g_tail,
    g_uid,
    html,
    item,
    ms_tail,
    ms_uid,
    org,
    tzparam,
    vevent,
)


def _outlook(uid, tz, organizer, attendees, summary, body, start, end, stamp, location, lang="es-ES"):
    return vevent(
        organizer,
        *attendees,
        f"DESCRIPTION;LANGUAGE={lang}:{esc(body)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;{tzparam(tz)}:{start}",
        f"DTEND;{tzparam(tz)}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        *ms_tail(),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )


def outlook_atlantico():
    uid = ms_uid("conservas-atlantico")
    tz = "GMT Standard Time"
    body = (
        "Cara Dra. Elena Marín,\n\n"
        "Na sequência da sua candidatura, gostaríamos de a convidar para uma primeira conversa com a Direção "
        "de Recursos Humanos sobre a função de Diretor(a) Financeiro(a). A reunião decorrerá por Microsoft "
        "Teams.\n\n"
        "Com os melhores cumprimentos,\nRita Sousa\nDiretora de Recursos Humanos\n"
        "Conservas Atlântico, S.A. | Matosinhos\n\n"
        + teams_pt("347 819 002 554", "At5nRq", "Y2EzNDc4MTkwMD")
    )
    ev = _outlook(uid, tz, org("rita.sousa@conservasatlantico.pt", "Sousa, Rita"),
                  [att(USER_FREE, "Elena Marín Ortega", style="outlook")],
                  "Entrevista – Diretor Financeiro (CFO) | Conservas Atlântico", body,
                  "20250410T150000", "20250410T154500", "20250404T101722Z", "Reunião do Microsoft Teams",
                  lang="pt-PT")
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("outlook-hr-pt", ics, uid=uid, is_interview=1, company="Conservas Atlântico",
                role="Diretor Financeiro (CFO)", stage="recruiter_screen",
                interviewers=("rita.sousa@conservasatlantico.pt",), trap="outlook-gmt-standard-hr-pt")


def workday_lusomar():
    uid = "WD-CAL-lusomar-JR4471-0093c2ee@myworkday.com"
    body = (
        "Olá Elena,\n\n"
        "A sua entrevista final para a posição Chief Financial Officer (JR-4471) está confirmada.\n\n"
        "Data: 5 de junho de 2025, 11h00 (hora de Lisboa)\n"
        "Local: Sede do Grupo Lusomar, Avenida 24 de Julho 102, 1200-870 Lisboa\n"
        "Entrevistadores: João Pedro Antunes (CEO); Ana Cristina Faria (Administradora Executiva)\n\n"
        "Por favor traga um documento de identificação.\n\n"
        "Cumprimentos,\nEquipa de Talento - Grupo Lusomar"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250528T084410Z",
        "DTSTART;TZID=Europe/Lisbon:20250605T110000",
        "DTEND;TZID=Europe/Lisbon:20250605T123000",
        org("lusomar@myworkday.com", "Grupo Lusomar"),
        att(USER_FREE, USER_CN),
        att("jp.antunes@lusomar.pt", "João Pedro Antunes"),
        att("ac.faria@lusomar.pt", "Ana Cristina Faria"),
        f"SUMMARY:{esc('Entrevista agendada: Chief Financial Officer (JR-4471)')}",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Avenida 24 de Julho 102, 1200-870 Lisboa')}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Workday Inc//Workday Recruiting Calendar//EN", tzs=("Europe/Lisbon",))
    return item("workday-final-pt", ics, uid=uid, is_interview=1, company="Grupo Lusomar",
                role="Chief Financial Officer", stage="final",
                interviewers=("jp.antunes@lusomar.pt", "ac.faria@lusomar.pt"), trap="workday-final-lisbon-pt")


def calendly_minho():
    uid = "c2e8b7d1-44f0-4a9b-9c1e-6d5a3b2f1e07@calendly.com"
    body = (
        "Nome do evento: Conversa inicial - Diretor Financeiro\n\n"
        "Conversa com Miguel Carvalho, Administrador Executivo da Têxteis Minho, sobre a função de Diretor "
        "Financeiro.\n\n"
        "Local: Esta é uma reunião do Google Meet.\nhttps://meet.google.com/gha-xcqe-mrt\n\n"
        "Precisa fazer alterações neste evento?\n"
        "Cancelar: https://calendly.com/cancellations/c2e8b7d1-44f0-4a9b-9c1e-6d5a3b2f1e07\n"
        "Reagendar: https://calendly.com/reschedulings/c2e8b7d1-44f0-4a9b-9c1e-6d5a3b2f1e07\n\n"
        "Desenvolvido por Calendly.com"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250417T201530Z",
        "DTSTART:20250422T090000Z",
        "DTEND:20250422T094500Z",
        "CLASS:PUBLIC",
        "SUMMARY:" + esc("Conversa inicial - Diretor Financeiro entre Miguel Carvalho e Elena Marín Ortega"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://meet.google.com/gha-xcqe-mrt",
        org("miguel.carvalho@texteisminho.pt", "Miguel Carvalho"),
        att(USER_FREE, USER_CN, partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid="-//Calendly//Calendly//EN")
    return item("calendly-hm-pt", ics, uid=uid, is_interview=1, company="Têxteis Minho",
                role="Diretor Financeiro", stage="hiring_manager", interviewers=("miguel.carvalho@texteisminho.pt",),
                trap="calendly-invitee-pt")


def outlook_andinos():
    uid = ms_uid("cementos-andinos")
    tz = "SA Pacific Standard Time"
    body = (
        "Apreciada Elena:\n\n"
        "Con gusto le confirmo nuestra conversación sobre la Vicepresidencia Financiera Corporativa. Me "
        "acompañará la doctora Luz Marina Ospina, Vicepresidenta de Talento Humano.\n\n"
        "Cordial saludo,\n\nCarlos Andrés Restrepo Uribe\nPresidente\nCementos Andinos S.A.S. | Medellín\n\n"
        + teams_es("266 104 559 871", "Cm2Xy8", "Y2VtZW50b3NhbmRp")
    )
    ev = _outlook(uid, tz, org("carlos.restrepo@cementosandinos.com.co", "Restrepo Uribe, Carlos Andrés"),
                  [att(USER_FREE, "Elena Marín Ortega", style="outlook"),
                   att("luz.ospina@cementosandinos.com.co", "Ospina Gaviria, Luz Marina", style="outlook")],
                  "Entrevista Vicepresidencia Financiera – Elena Marín", body,
                  "20250425T090000", "20250425T100000", "20250421T142212Z", "Microsoft Teams", lang="es-CO")
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("outlook-windows-tz-co", ics, uid=uid, is_interview=1, company="Cementos Andinos",
                role="Vicepresidencia Financiera", stage="hiring_manager",
                interviewers=("carlos.restrepo@cementosandinos.com.co", "luz.ospina@cementosandinos.com.co"),
                trap="outlook-sa-pacific-president-co")


def successfactors_empac():
    uid = "SFRCM-INT-10552-88410@successfactors.com"
    body = (
        "Estimada Elena:\n\n"
        "Gracias por postularte a la vacante Director de Finanzas Corporativas (Req. 10552) de Embotelladora "
        "del Pacífico (EMPAC). Te invitamos a una entrevista inicial con Verónica Salinas, Gerente de Atracción "
        "de Talento.\n\n"
        "Fecha: miércoles 23 de abril\nHora: 9:00 a.m. (hora del centro de México)\nModalidad: Microsoft Teams\n\n"
        + teams_es_new("218 660 371 905", "Ep6Wz3", "ZW1wYWMyMTg2NjA")
        + "\n\nSaludos,\nCapital Humano EMPAC"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250416T231502Z",
        "DTSTART;TZID=America/Mexico_City:20250423T090000",
        "DTEND;TZID=America/Mexico_City:20250423T094500",
        org("noreply@successfactors.com", "EMPAC - Capital Humano"),
        att(USER_FREE, USER_CN, cutype=None),
        att("veronica.salinas@empac.com.mx", "Verónica Salinas", cutype=None),
        f"SUMMARY:{esc('Invitación a entrevista: Director de Finanzas Corporativas - Elena Marín Ortega')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tzs=("America/Mexico_City",))
    return item("successfactors-mx", ics, uid=uid, is_interview=1, company="Embotelladora del Pacífico",
                role="Director de Finanzas Corporativas", stage="recruiter_screen",
                interviewers=("veronica.salinas@empac.com.mx",), trap="successfactors-acronym-mx")


def outlook_gisma():
    uid = ms_uid("gisma-panel")
    tz = "Central Standard Time (Mexico)"
    body = (
        "Estimada Elena:\n\n"
        "Por instrucciones del Ing. Roberto Treviño Lozano, Director General de Grupo Industrial Sierra Madre, "
        "le comparto la invitación al panel final para la posición de CFO de nuestra filial europea (Madrid). "
        "Participarán:\n"
        "• Ing. Roberto Treviño Lozano - Director General\n"
        "• C.P. Alejandra Cantú - Directora de Finanzas Corporativas\n"
        "• Lic. Fernando Elizondo - Director Jurídico\n\n"
        "Saludos cordiales,\nKarla Villarreal\nAsistente de Dirección General | GISMA\n\n"
        + teams_es("305 882 716 440", "Gs7Mt1", "Z2lzbWEzMDU4ODI")
    )
    ev = _outlook(uid, tz, org("kvillarreal@gisma.com.mx", "Villarreal Garza, Karla"),
                  [att(USER_FREE, "Elena Marín Ortega", style="outlook"),
                   att("rtrevino@gisma.com.mx", "Treviño Lozano, Roberto", style="outlook"),
                   att("acantu@gisma.com.mx", "Cantú Leal, Alejandra", style="outlook"),
                   att("felizondo@gisma.com.mx", "Elizondo Garza, Fernando", style="outlook")],
                  "Panel final – CFO Europa (Madrid) – Elena Marín Ortega", body,
                  "20250515T100000", "20250515T113000", "20250508T193040Z", "Microsoft Teams", lang="es-MX")
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("outlook-panel-final-mx", ics, uid=uid, is_interview=1, company="Grupo Industrial Sierra Madre",
                role="CFO Europa", stage="final",
                interviewers=("rtrevino@gisma.com.mx", "acantu@gisma.com.mx", "felizondo@gisma.com.mx"),
                trap="outlook-mexico-tz-assistant-organiser-mx")


def icims_serraverde():
    uid = "iCIMS-Interview-BR-77120-4419@icims.com"
    body = (
        "Olá Elena,\n\n"
        "Sua entrevista técnica com Ricardo Menezes, CFO do Frigorífico Serra Verde, está confirmada. Serão "
        "discutidos: consolidação IFRS, hedge cambial (BRL/EUR) e estrutura de capital da subsidiária em "
        "Portugal.\n\n"
        "Vaga: Gerente Executivo de Finanças Europa\nData: 27/05/2025 às 10h00 (horário de Brasília)\n\n"
        + meet_pt("bre-owkq-nvz", "608 224 193")
        + "\n\nEsta é uma mensagem automática. Por favor, não responda."
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250520T180212Z",
        "DTSTART:20250527T130000Z",
        "DTEND:20250527T141500Z",
        org("donotreply@icims.com", "Frigorífico Serra Verde - Carreiras"),
        att(USER_FREE, USER_CN, cutype=None),
        att("ricardo.menezes@serraverde.com.br", "Ricardo Menezes", cutype=None),
        f"SUMMARY:{esc('Confirmação de entrevista - Gerente Executivo de Finanças Europa')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Google Meet",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//iCIMS//iCIMS Talent Platform//EN")
    return item("icims-technical-br", ics, uid=uid, is_interview=1, company="Frigorífico Serra Verde",
                role="Gerente Executivo de Finanças Europa", stage="technical",
                interviewers=("ricardo.menezes@serraverde.com.br",), trap="icims-technical-pt-br")


def _google(uid, tz, organizer, attendees, summary, body, start, end, stamp, location=""):
    ev = vevent(
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"DTSTAMP:{stamp}",
        organizer,
        f"UID:{uid}",
        *attendees,
        *g_tail(stamp),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc(location)}",
        f"SUMMARY:{esc(summary)}",
        "TRANSP:OPAQUE",
    )
    return cal(ev, prodid=GOOGLE, tzs=(tz,), version_first=True, head=("CALSCALE:GREGORIAN",))


def google_pampasur():
    uid = g_uid("pampa-sur")
    body = (
        "Hola Elena, ¿cómo estás? Te paso la invitación para charlar el jueves sobre la posición de CFO Regional "
        "(España + Cono Sur). Cualquier cosa me escribís.\n\nAbrazo,\nMartín\nCEO - Agroindustrias Pampa Sur\n\n"
        + meet_es("tnw-jzpa-hue", "233 871 640")
    )
    ics = _google(uid, "America/Argentina/Buenos_Aires",
                  org("martin.echeverria@pampasur.com.ar", "Martín Echeverría"),
                  [att(USER_FREE, USER_FREE),
                   att("martin.echeverria@pampasur.com.ar", "Martín Echeverría", partstat="ACCEPTED", rsvp=None)],
                  "Entrevista CFO Regional – Pampa Sur / Elena Marín", body,
                  "20250605T110000", "20250605T120000", "20250530T144510Z")
    return item("google-ceo-ar", ics, uid=uid, is_interview=1, company="Agroindustrias Pampa Sur",
                role="CFO Regional", stage="hiring_manager", interviewers=("martin.echeverria@pampasur.com.ar",),
                trap="google-ceo-buenos-aires-tz-ar")


def workday_huascaran():
    uid = "WD-CAL-huascaran-JR00871-51ab@myworkday.com"
    body = (
        "Estimada Elena:\n\n"
        "Tu entrevista técnica está programada.\n\n"
        "Puesto: Gerente Corporativo de Finanzas (JR-00871)\n"
        "Fecha: 3 de junio de 2025\nHora: 9:00 a. m. - 10:30 a. m. (hora de Lima)\n"
        "Entrevistadores: Jorge Salazar Paredes (Vicepresidente de Finanzas), Milagros Quispe Rojas "
        "(Contralora Corporativa)\n\n"
        + teams_es_new("244 019 337 612", "Mh4Hp9", "aHVhc2NhcmFuMjQ0")
        + "\n\nEquipo de Gestión del Talento - Minera Huascarán"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250527T160009Z",
        "DTSTART;TZID=America/Lima:20250603T090000",
        "DTEND;TZID=America/Lima:20250603T103000",
        org("huascaran@myworkday.com", "Minera Huascarán"),
        att(USER_FREE, USER_CN),
        att("jsalazar@huascaran.com.pe", "Jorge Salazar Paredes"),
        att("mquispe@huascaran.com.pe", "Milagros Quispe Rojas"),
        f"SUMMARY:{esc('Entrevista programada: Gerente Corporativo de Finanzas (JR-00871)')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Workday Inc//Workday Recruiting Calendar//EN", tzs=("America/Lima",))
    return item("workday-technical-pe", ics, uid=uid, is_interview=1, company="Minera Huascarán",
                role="Gerente Corporativo de Finanzas", stage="technical",
                interviewers=("jsalazar@huascaran.com.pe", "mquispe@huascaran.com.pe"), trap="workday-lima-tz-pe")


def zoom_caribe():
    uid = g_uid("ferretero-caribe")
    body = (
        "Buenas tardes, Elena. Un gusto saludarla.\n\n"
        "Le comparto el enlace para nuestra primera entrevista para la posición de CFO Corporativo de Grupo "
        "Ferretero del Caribe (operaciones en Panamá, Costa Rica y República Dominicana).\n\n"
        "Saludos,\nYaritza Castillo\nGerente de Talento | GF Caribe\n\n"
        + zoom_es("Yaritza Castillo", "771 208 4493", "caribe1")
    )
    ics = _google(uid, "America/Panama", org("ycastillo@gfcaribe.com.pa", "Yaritza Castillo"),
                  [att(USER_FREE, USER_FREE),
                   att("ycastillo@gfcaribe.com.pa", "Yaritza Castillo", partstat="ACCEPTED", rsvp=None)],
                  "Entrevista – CFO Corporativo (Panamá) – Elena Marín", body,
                  "20250429T100000", "20250429T104500", "20250424T201233Z",
                  location="https://us06web.zoom.us/j/77120844493")
    return item("zoom-screen-pa", ics, uid=uid, is_interview=1, company="Grupo Ferretero del Caribe",
                role="CFO Corporativo", stage="recruiter_screen", interviewers=("ycastillo@gfcaribe.com.pa",),
                trap="zoom-domain-abbrev-panama-tz")


def zoom_lusocargo():
    uid = g_uid("lusocargo-ceo")
    body = (
        "Cara Elena,\n\n"
        "Obrigado pelo seu interesse. Proponho uma conversa por Zoom para falarmos sobre a função de "
        "Diretor(a) Administrativo(a) e Financeiro(a) da Lusocargo Transitários e sobre os nossos planos para "
        "Espanha.\n\n"
        "Cumprimentos,\nPedro Nunes\nCEO | Lusocargo Transitários, Lda.\n\n"
        + zoom_pt("Pedro Nunes", "845 3310 2276", "luso25")
    )
    ics = _google(uid, "Europe/Lisbon", org("pedro.nunes@lusocargo.pt", "Pedro Nunes"),
                  [att(USER_FREE, USER_FREE),
                   att("pedro.nunes@lusocargo.pt", "Pedro Nunes", partstat="ACCEPTED", rsvp=None)],
                  "Reunião – Diretor(a) Administrativo(a) e Financeiro(a) | Lusocargo", body,
                  "20250612T150000", "20250612T160000", "20250606T092044Z",
                  location="https://us05web.zoom.us/j/84533102276")
    return item("zoom-ceo-pt", ics, uid=uid, is_interview=1, company="Lusocargo",
                role="Diretor(a) Administrativo(a) e Financeiro(a)", stage="hiring_manager",
                interviewers=("pedro.nunes@lusocargo.pt",), trap="zoom-reuniao-ceo-pt")


def google_sabana():
    uid = g_uid("tiendas-la-sabana")
    body = (
        "Hola Elena, ¡qué gusto saludarte!\n\n"
        "Como te conté por LinkedIn, en Tiendas La Sabana estamos buscando un Director Financiero para nuestra "
        "operación en España y Portugal. Te propongo esta primera entrevista para conocerte y contarte el "
        "proceso.\n\n"
        "Daniela Rincón\nLíder de Atracción de Talento\n\n"
        + meet_es("ams-rvko-fwd", "512 907 664")
    )
    ics = _google(uid, "America/Bogota", org("daniela.rincon@tiendaslasabana.com.co", "Daniela Rincón"),
                  [att(USER_FREE, USER_FREE),
                   att("daniela.rincon@tiendaslasabana.com.co", "Daniela Rincón", partstat="ACCEPTED", rsvp=None)],
                  "Entrevista inicial – Director Financiero España y Portugal", body,
                  "20250514T083000", "20250514T091500", "20250509T150001Z")
    return item("google-screen-co", ics, uid=uid, is_interview=1, company="Tiendas La Sabana",
                role="Director Financiero España y Portugal", stage="recruiter_screen",
                interviewers=("daniela.rincon@tiendaslasabana.com.co",), trap="google-screen-body-only-co")


EVENTS = [
    outlook_atlantico(),
    workday_lusomar(),
    calendly_minho(),
    outlook_andinos(),
    successfactors_empac(),
    outlook_gisma(),
    icims_serraverde(),
    google_pampasur(),
    workday_huascaran(),
    zoom_caribe(),
    zoom_lusocargo(),
    google_sabana(),
]
