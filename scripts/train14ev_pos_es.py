"""Lucía's own interviews written in Spanish (train14): ATS invites, direct invites and weak-looking entries."""

from __future__ import annotations

from train14ev_boiler import meet, teams, webex, zoom
from train14ev_ics import ME, ME_WORK, Ev

LU = f"Lucía Navarro <{ME}>"
LUW = f"Lucía Navarro Ruiz <{ME_WORK}>"


def events() -> list[Ev]:
    """Given nothing returns the Spanish positive events, each written on its own."""
    out: list[Ev] = []
    a = out.append

    z, url = zoom("aulaverde-1", "es")
    a(Ev("ats-screen", "es", "Entrevista telefónica – Diseñadora instruccional (Aulaverde)", "2026-01-13 10:00", 30,
         prod="factorial", org="Aulaverde vía Factorial <notificaciones@factorialhr.com>|coord",
         att=[LU, "Irene Solsona <irene.solsona@aulaverde.es>"],
         desc="Hola Lucía,\n\nGracias por tu interés en el puesto de Diseñadora Instruccional en Aulaverde. Irene "
              "Solsona, de Personas, te llamará para una primera conversación de unos 30 minutos.\n\n" + z,
         loc=url, interview=True, company="Aulaverde", role="Diseñadora Instruccional", stage="recruiter_screen",
         ivs="irene.solsona@aulaverde.es"))

    a(Ev("founder-freemail", "es", "Lucía / Pizarra Viva – charla con Álvaro", "2026-01-15 18:30", 45,
         prod="google", org="Álvaro Benlloch <alvarobenlloch83@gmail.com>",
         att=["Álvaro Benlloch <alvarobenlloch83@gmail.com>", LU],
         desc="Hola Lucía, como te comenté por LinkedIn, estamos montando el equipo de contenidos de Pizarra Viva "
              "(app de lectura para primaria). Me encantaría conocerte y que me cuentes cómo diseñarías una unidad "
              "para 2º. Soy el cofundador y CEO.\n\n" + meet("pizarra", "es")[0],
         loc=meet("pizarra", "es")[1], interview=True, company="Pizarra Viva", stage="hiring_manager"))

    a(Ev("terse-round", "es", "Kubo 2a ronda", "2026-01-20 12:00", 60, prod="ios", tz="float",
         interview=True, company="Kubo", stage="", ivs=""))

    a(Ev("terse-name-company", "es", "Nuria Espí - Editorial Marea", "2026-01-21 09:30", 60, prod="apple",
         loc="Calle de Santa Engracia 41, Madrid", interview=True, company="Editorial Marea", ivs="Nuria Espí"))

    a(Ev("terse-address", "es", "C/ Colón 18, 4º – 11:00", "2026-01-22 11:00", 90, prod="gexport",
         tz="float", desc="llevar portfolio impreso + unidad de ciencias. Preguntar por Sergio (Tandem Aprende)",
         interview=True, company="Tandem Aprende", ivs="Sergio"))

    t, name = teams("marea-final", "es")
    a(Ev("final-direct", "es", "Editorial Marea | Entrevista final – Editora de contenidos digitales",
         "2026-02-03 16:00", 60, tz="winvt:Romance Standard Time", prod="outlook",
         org="Nuria Espí Ortega <nespi@editorialmarea.es>",
         att=[LU, "Ramón Gil Vallés <rgil@editorialmarea.es>", "Nuria Espí Ortega <nespi@editorialmarea.es>"],
         desc="Estimada Lucía:\n\nTe convocamos a la última fase del proceso para el puesto de Editora de contenidos "
              "digitales (Primaria). Estarán Ramón Gil, director editorial, y yo misma.\n\nUn saludo,\nNuria\n\n" + t,
         loc=name, interview=True, company="Editorial Marea", role="Editora de contenidos digitales",
         stage="final"))

    a(Ev("coffee-later-round", "es", "Café con Sergio (Tandem)", "2026-02-05 09:00", 60, prod="google",
         org="Sergio Lluch <sergio@tandemaprende.com>", att=[LU, "Sergio Lluch <sergio@tandemaprende.com>"],
         desc="Después de la prueba de diseño, me gustaría que nos tomáramos un café para hablar del puesto de "
              "Learning Designer y de cómo trabajaría el equipo contigo. Invito yo :)",
         loc="Café Lavandería, Carrer de Cadis 12, València", interview=True, company="Tandem Aprende",
         role="Learning Designer", stage="hiring_manager"))

    a(Ev("internal-transfer", "es", "Entrevista – plaza de Coordinadora de Contenidos Digitales (Fundación)",
         "2026-02-09 17:15", 45, tz="win:Romance Standard Time", prod="owa",
         org="Paula Roig <proig@colegio-sanjorge.es>",
         att=[LUW, "Enrique Molla <emolla@colegio-sanjorge.es>",
              "Sala Claustro <sala.claustro@colegio-sanjorge.es>|room"],
         desc="Hola Lucía,\n\ncomo has presentado tu candidatura a la plaza interna de Coordinadora de Contenidos "
              "Digitales del área de Innovación, Enrique Molla (director de Innovación) quiere entrevistarte. "
              "Es una convocatoria interna; tu dirección de etapa está informada.\n\nPaula Roig – Personas",
         loc="Sala Claustro (edificio B)", interview=True, company="Colegio San Jorge",
         role="Coordinadora de Contenidos Digitales", stage="hiring_manager",
         ivs="emolla@colegio-sanjorge.es"))

    a(Ev("headhunter-names-client", "es", "Llamada Hays – posición Fundación Horizonte Educa", "2026-02-10 13:00",
         30, prod="outlook", tz="winvt:Romance Standard Time",
         org="Carmen Vidal <carmen.vidal@hays.es>", att=[LU],
         desc="Hola Lucía, como hablamos, te presento la posición de Técnica de Diseño Formativo en Fundación "
              "Horizonte Educa (ONG, Madrid, híbrido). Repasamos tu CV antes de enviarlo al cliente y preparamos la "
              "entrevista con su directora de programas.",
         interview=True, company="Fundación Horizonte Educa", role="Técnica de Diseño Formativo",
         stage="recruiter_screen", ivs="carmen.vidal@hays.es"))

    z, url = zoom("horizonte-2", "es")
    a(Ev("ngo-panel", "es", "Fundación Horizonte Educa – entrevista con el comité de programas", "2026-02-17 11:00",
         75, prod="zoom", org="Begoña Arrieta <barrieta@horizonteeduca.org>",
         att=[LU, "Begoña Arrieta <barrieta@horizonteeduca.org>", "Tomás Urquijo <turquijo@horizonteeduca.org>",
              "Ainhoa Salcedo <asalcedo@horizonteeduca.org>"],
         desc="Entrevista en panel para Técnica de Diseño Formativo. Te pediremos que presentes en 10 minutos un "
              "itinerario formativo para voluntariado.\n\n" + z,
         loc=url, interview=True, company="Fundación Horizonte Educa", role="Técnica de Diseño Formativo",
         stage="technical"))

    a(Ev("case-interview", "es", "Caso práctico – Learning Experience Designer | Vértice Academy", "2026-02-12 10:00",
         90, prod="personio", org="Vértice Energía Recruiting <jobs@vertice-energia.jobs.personio.de>|coord",
         att=[LU, "Lorena Camps <lorena.camps@vertice-energia.com>", "Iván Peris <ivan.peris@vertice-energia.com>"],
         desc="Hola Lucía,\n\nte confirmamos el caso práctico para el puesto de Learning Experience Designer en "
              "Vértice Academy, la academia corporativa de Vértice Energía. Recibirás el enunciado 24 h antes; "
              "lo presentarás a Lorena Camps y a Iván Peris.\n\nOficina: Av. de Aragón 30, planta 9, València",
         loc="Av. de Aragón 30, planta 9, 46021 València", interview=True, company="Vértice Energía",
         role="Learning Experience Designer", stage="technical"))

    a(Ev("assessment-centre", "es", "Assessment Center – Programa Talento Formación (Grupo Alcance)", "2026-02-19",
         1440, tz="day", prod="workday", org="Grupo Alcance Talent <grupoalcance@myworkday.com>|coord",
         att=[LU], desc="Jornada completa de evaluación para el puesto de Instructional Designer en Alcance "
                        "Corporate Academy: dinámica de grupo, presentación individual y entrevista por "
                        "competencias. Lugar: Torre Alcance, Paseo de la Castellana 200, Madrid. 9:00–17:30.",
         loc="Torre Alcance, Paseo de la Castellana 200, Madrid", interview=True, company="Grupo Alcance",
         role="Instructional Designer", stage="onsite", ivs=""))

    a(Ev("title-only", "es", "Lucía <> Brotes Educación", "2026-02-23 15:00", 30, prod="calcom",
         org="Marina Ortells <marina@broteseducacion.com>", att=[LU], interview=True,
         company="Brotes Educación", ivs="marina@broteseducacion.com"))

    a(Ev("museum-visit-round", "es", "Visita al museo + conversación con el equipo educativo", "2026-02-24 10:30",
         120, prod="outlook", tz="winvt:Romance Standard Time",
         org="Elena Ferrándiz <eferrandiz@museolumbre.es>",
         att=[LU, "Elena Ferrándiz <eferrandiz@museolumbre.es>", "Pau Sanchis <psanchis@museolumbre.es>"],
         desc="Lucía, para esta segunda fase del proceso de Responsable de Programas Educativos te proponemos "
              "recorrer las salas con nosotros y comentar cómo las adaptarías a grupos escolares. Después, "
              "entrevista con Pau Sanchis (dirección).",
         loc="Museo Lumbre – entrada de personal, C/ del Museu 3, València", interview=True, company="Museo Lumbre",
         role="Responsable de Programas Educativos", stage="onsite"))

    a(Ev("hiring-manager-personal", "es", "Entrevista Lucía Navarro", "2026-02-26 19:00", 40, prod="google",
         org="Jaume Roca <jaumeroca.edu@hotmail.com>", att=[LU, "Jaume Roca <jaumeroca.edu@hotmail.com>"],
         desc="Hola Lucía! Te escribo desde mi correo personal porque estoy fuera esta semana. Como responsable del "
              "equipo pedagógico de Lúdica Labs me gustaría hacerte la entrevista con el responsable (puesto de "
              "Content Designer). Un abrazo, Jaume\n\n" + meet("ludica", "es")[0],
         loc=meet("ludica", "es")[1], interview=True, company="Lúdica Labs", role="Content Designer",
         stage="hiring_manager"))

    w, wurl = webex("junta-acad", "es")
    a(Ev("public-panel", "es", "Proceso selectivo 3/2026 – Entrevista personal ante la comisión", "2026-03-02 09:40",
         30, prod="outlook", tz="win:Romance Standard Time",
         org="Servicio de Selección <seleccion@ivafe.gva.invalid>|coord", att=[LU],
         desc="Se le convoca a la entrevista personal del proceso selectivo 3/2026 para la provisión de una plaza de "
              "Técnico/a de Formación Digital del Instituto Valenciano de Formación Educativa (IVAFE). La comisión "
              "estará formada por tres vocales.\n\n" + w,
         loc=wurl, interview=True, company="IVAFE", role="Técnico/a de Formación Digital", stage="",
         ivs=""))

    a(Ev("cancelled", "es", "CANCELADA: Entrevista técnica – Kubo Edtech", "2026-03-03 12:00", 60,
         prod="outlook", tz="winvt:Romance Standard Time", status="CANCELLED", seq=2,
         org="Oriol Fàbregas <oriol.fabregas@kubo.education>",
         att=[LU, "Oriol Fàbregas <oriol.fabregas@kubo.education>"],
         desc="Hola Lucía, tenemos que cancelar la entrevista técnica; te propondré otra fecha esta semana.",
         interview=True, company="Kubo Edtech", stage="technical"))

    a(Ev("rescheduled", "es", "Entrevista técnica – Kubo Edtech (nueva fecha)", "2026-03-06 12:30", 60,
         prod="google", seq=1, org="Oriol Fàbregas <oriol.fabregas@kubo.education>",
         att=[LU, "Oriol Fàbregas <oriol.fabregas@kubo.education>", "Laia Puig <laia.puig@kubo.education>"],
         desc="Nueva fecha para la entrevista técnica (puesto de Instructional Designer – Primaria). Revisaremos tu "
              "prueba de guion para el vídeo de fracciones.\n\n" + meet("kubo-tec", "es")[0],
         loc="Kubo Edtech, Carrer de Pujades 77, Barcelona", interview=True, company="Kubo Edtech",
         role="Instructional Designer – Primaria", stage="technical"))

    a(Ev("agency-client-named", "es", "Entrevista con cliente (Lexa Formación) – vía Adecco", "2026-03-09 10:00", 45,
         prod="outlook", tz="winvt:Romance Standard Time", org="Rocío Marín <rocio.marin@adecco.invalid>|coord",
         att=[LU, "David Quiles <dquiles@lexaformacion.es>", "Rocío Marín <rocio.marin@adecco.invalid>|opt|coord"],
         desc="Lucía, te confirmo la entrevista con David Quiles, director de Lexa Formación, para la posición de "
              "Diseñadora e-learning. Yo me conecto solo al inicio para presentaros.\n\n" + teams("lexa", "es")[0],
         loc=teams("lexa", "es")[1], interview=True, company="Lexa Formación", role="Diseñadora e-learning",
         stage="hiring_manager", ivs="dquiles@lexaformacion.es"))

    a(Ev("recurring-trial", "es", "Prueba remunerada – Lúdica Labs (diseño de actividades)", "2026-03-10 09:00", 240,
         prod="google", rrule="FREQ=DAILY;COUNT=2", override=("2026-03-11 09:00", "2026-03-11 10:00", ""),
         org="Jaume Roca <jaume@ludicalabs.com>", att=[LU, "Jaume Roca <jaume@ludicalabs.com>"],
         desc="Dos mañanas de prueba pagada con el equipo pedagógico de Lúdica Labs para el puesto de Content "
              "Designer: diseñarás dos actividades y las revisaremos juntos.",
         loc="Lúdica Labs, Calle Cirilo Amorós 60, València", interview=True, company="Lúdica Labs",
         role="Content Designer", stage="onsite"))

    a(Ev("wttj-screen", "es", "Entrevista con Lúmina Kids – Diseñadora pedagógica", "2026-03-12 11:30", 30,
         prod="wttj", org="Lúmina Kids <no-reply@welcometothejungle.com>|coord",
         att=[LU, "Cristina Ybarra <cristina.ybarra@luminakids.com>"],
         desc="Lúmina Kids te ha invitado a una entrevista.\nPuesto: Diseñadora pedagógica (Madrid / remoto)\n"
              "Con: Cristina Ybarra, Talent Acquisition\nEnlace: https://meet.google.com/vqr-hmsk-pta",
         loc="https://meet.google.com/vqr-hmsk-pta", interview=True, company="Lúmina Kids",
         role="Diseñadora pedagógica", stage="recruiter_screen"))

    a(Ev("lunch-final", "es", "Comida con Pilar y Andrés", "2026-03-13 14:00", 90, prod="apple",
         tz="Europe/Madrid", org="Pilar Garcés <pilar.garces@editorialmarea.es>",
         att=[LU, "Pilar Garcés <pilar.garces@editorialmarea.es>", "Andrés Mir <amir@editorialmarea.es>"],
         desc="Última conversación antes de la decisión sobre la plaza de Editora de contenidos digitales. "
              "Reservado en Casa Lucio a nombre de Editorial Marea.",
         loc="Casa Lucio, Cava Baja 35, Madrid", interview=True, company="Editorial Marea",
         role="Editora de contenidos digitales", stage="final"))

    a(Ev("teamtailor-video", "es", "Videoentrevista · Especialista en Formación · Ciclos Norte", "2026-03-16 16:30",
         45, prod="teamtailor", org="Ciclos Norte <notifications@teamtailor-mail.com>|coord",
         att=[LU, "Izaskun Elorza <izaskun.elorza@ciclosnorte.com>", "Mikel Arana <mikel.arana@ciclosnorte.com>"],
         desc="Hola Lucía:\nIzaskun Elorza (responsable de formación) y Mikel Arana (Operaciones) te entrevistarán "
              "para la vacante Especialista en Formación. Duración: 45 min.\nÚnete aquí: "
              "https://app.teamtailor.com/video/k2f9a1",
         interview=True, company="Ciclos Norte", role="Especialista en Formación", stage="hiring_manager"))

    a(Ev("terse-phone", "es", "llamar Olga (Saltamontes) 2ª entrevista", "2026-03-17 17:00", 30, prod="ios",
         tz="float", desc="tel 612 44 90 13", interview=True, company="Saltamontes", ivs="Olga"))

    a(Ev("infojobs", "es", "Entrevista presencial: Formadora/Diseñadora de cursos – Grupo Nexo Retail",
         "2026-03-18 10:00", 45, prod="infojobs", org="InfoJobs <noreply@infojobs.net>|coord",
         att=[LU, "Sonia Beltrán <sbeltran@nexoretail.es>"],
         desc="La empresa Grupo Nexo Retail te ha citado a una entrevista presencial para la oferta "
              "\"Formadora/Diseñadora de cursos para la escuela de tiendas\".\nDirección: Polígono Fuente del "
              "Jarro, C/ Ciudad de Sevilla 14, Paterna (Valencia).\nPersona de contacto: Sonia Beltrán (RR. HH.)",
         loc="C/ Ciudad de Sevilla 14, Paterna", interview=True, company="Grupo Nexo Retail",
         role="Formadora/Diseñadora de cursos", stage="recruiter_screen"))

    a(Ev("kennenlernen-es-coffee", "es", "Charla con Marta (Kubo) – equipo", "2026-03-19 09:30", 45,
         prod="google", org="Marta Feliu <marta.feliu@kubo.education>",
         att=[LU, "Marta Feliu <marta.feliu@kubo.education>", "Joan Serra <joan.serra@kubo.education>"],
         desc="Después de la técnica, una charla informal con dos personas del equipo con quienes trabajarías. "
              "No hace falta preparar nada.\n\n" + meet("kubo-team", "es")[0],
         loc=meet("kubo-team", "es")[1], interview=True, company="Kubo Edtech", stage="onsite"))

    a(Ev("moved-outlook", "es", "Entrevista con Dirección – Responsable Programas Educativos", "2026-03-23 12:00", 45,
         prod="exchange", tz="winvt:Romance Standard Time", seq=3,
         org="Pau Sanchis <psanchis@museolumbre.es>", att=[LU, "Pau Sanchis <psanchis@museolumbre.es>",
                                                          "Dirección Sala 2 <sala2@museolumbre.es>|room"],
         desc="Movemos la reunión al lunes por la agenda del patronato. Museo Lumbre, planta 2.",
         loc="Sala 2 – Museo Lumbre", interview=True, company="Museo Lumbre",
         role="Responsable Programas Educativos", stage="final", ivs="psanchis@museolumbre.es"))

    a(Ev("school-publisher-allday", "es", "Jornada en Ediciones Brúixola (entrevistas + prueba)", "2026-03-25", 1440,
         tz="day", prod="gexport", desc="Barcelona, Carrer de Girona 112. Entrevistas con editora jefa y equipo "
                                         "digital por la mañana, prueba de maquetación de actividad por la tarde. "
                                         "AVE 7:10.",
         interview=True, company="Ediciones Brúixola", stage="onsite", ivs=""))

    a(Ev("smartrecruiters-hm", "es", "Entrevista con la responsable del área – Learning Designer (Remoto)",
         "2026-03-26 15:00", 45, prod="smartrecruiters",
         org="Brightpath Learning <interview@smartrecruiters.com>|coord",
         att=[LU, "Helena Cabré <helena.cabre@brightpathlearning.com>"],
         desc="Hola Lucía, Brightpath Learning te invita a la entrevista con Helena Cabré, Head of Learning Design "
              "(equipo España). Puesto: Learning Designer (Remoto).\n" + zoom("bright-es", "es")[0],
         interview=True, company="Brightpath Learning", role="Learning Designer", stage="hiring_manager"))

    a(Ev("name-company-cal", "es", "Reunión Ferran Mas (Aprèn Digital)", "2026-03-27 11:00", 45, prod="thunderbird",
         tz="Europe/Madrid", loc="Carrer del Consell de Cent 333, Barcelona",
         desc="2a entrevista. Me mandó el correo ayer desde su cuenta personal.",
         interview=True, company="Aprèn Digital", ivs="Ferran Mas"))

    a(Ev("lisbon-es-invite", "es", "Entrevista – Lumo Learning (Lisboa) · Diseño instruccional en español",
         "2026-03-30 10:00", 50, tz="winvt:GMT Standard Time", prod="outlook",
         org="Inês Carvalho <ines.carvalho@lumolearning.pt>",
         att=[LU, "Inês Carvalho <ines.carvalho@lumolearning.pt>", "Rui Tavares <rui.tavares@lumolearning.pt>"],
         desc="Olá Lucía, haremos la entrevista en español. Rui lidera el equipo de contenidos para LATAM y "
              "España (puesto: Instructional Designer ES).\n\n" + teams("lumo-es", "es")[0],
         loc=teams("lumo-es", "es")[1], interview=True, company="Lumo Learning",
         role="Instructional Designer ES", stage="technical"))

    a(Ev("proton-founder", "es", "Videollamada con Irene (Chispa Cuentos)", "2026-03-31 18:00", 30, prod="proton",
         tz="Europe/Madrid", org="Irene Morata <irene.morata@proton.me>",
         att=[LU, "Irene Morata <irene.morata@proton.me>"],
         desc="Hola Lucía! Soy la fundadora de Chispa Cuentos. Ya hablaste con Dani; esta es la conversación "
              "conmigo antes de hacerte una propuesta para llevar la línea de materiales para el aula.",
         loc="https://meet.jit.si/chispa-cuentos-lucia", interview=True, company="Chispa Cuentos",
         stage="final"))

    a(Ev("calendly-booked", "es", "Primera entrevista: Lucía Navarro y Bea (Nube de Tiza)", "2026-04-07 10:00", 30,
         prod="calendly", org="Bea Castelló <bea.castello@nubedetiza.com>",
         att=["Bea Castelló <bea.castello@nubedetiza.com>", LU],
         desc="Evento: Primera entrevista – Diseñador/a de contenidos educativos\nNombre del invitado: Lucía "
              "Navarro\nUbicación: Google Meet (el enlace se añadirá)\n\nPowered by Calendly.com",
         interview=True, company="Nube de Tiza", role="Diseñador/a de contenidos educativos",
         stage="recruiter_screen"))

    a(Ev("work-address-invite", "es", "Entrevista por competencias – Grupo Alcance", "2026-02-11 08:00", 30,
         prod="owa", tz="win:Romance Standard Time", org="Noelia Sanz <nsanz@grupoalcance.es>",
         att=[LUW, "Noelia Sanz <nsanz@grupoalcance.es>"],
         desc="Lucía, te envío la convocatoria al correo que usaste en la candidatura. Primera entrevista por "
              "competencias para Instructional Designer (Alcance Corporate Academy). Antes de tus clases, como "
              "pediste.\n\n" + teams("alcance-1", "es")[0],
         loc=teams("alcance-1", "es")[1], interview=True, company="Grupo Alcance", role="Instructional Designer",
         stage="recruiter_screen"))
    a(Ev("second-round-design", "es", "Segunda entrevista Aulaverde – diseño de una lección en directo",
         "2026-01-28 11:00", 60, prod="google", org="Amparo Clemente <amparo.clemente@aulaverde.es>",
         att=[LU, "Amparo Clemente <amparo.clemente@aulaverde.es>", "Xavi Peiró <xavi.peiro@aulaverde.es>"],
         desc="Hola Lucía, en esta segunda entrevista para Diseñadora Instruccional te pediremos que diseñes en "
              "directo una microlección sobre el ciclo del agua. Amparo es la directora pedagógica; Xavi lleva "
              "producción audiovisual.\n\n" + meet("aulaverde-2", "es")[0], loc=meet("aulaverde-2", "es")[1],
         interview=True, company="Aulaverde", role="Diseñadora Instruccional", stage="technical"))

    a(Ev("headhunter-interviews-for-client", "es", "Entrevista por competencias – Academia Orbe (proceso Orbe Seguros)",
         "2026-02-13 12:00", 60, prod="outlook", tz="win:(UTC+01:00) Bruselas, Copenhague, Madrid, París",
         org="Gonzalo Prieto <gprieto@huntingedu.invalid>|coord",
         att=[LU, "Gonzalo Prieto <gprieto@huntingedu.invalid>"],
         desc="Lucía, como consultor del proceso de Orbe Seguros para su Academia Orbe (puesto: Diseñadora de "
              "formación comercial), te hago yo la entrevista por competencias antes de presentarte a la "
              "directora de la academia.\n\n" + teams("orbe", "es")[0], loc=teams("orbe", "es")[1],
         interview=True, company="Orbe Seguros", role="Diseñadora de formación comercial",
         stage="recruiter_screen", ivs="gprieto@huntingedu.invalid"))

    a(Ev("export-floating-final", "es", "Entrevista final Aulaverde (CEO)", "2026-02-27 13:00", 45, prod="gexport",
         tz="float:Europe/Madrid", desc="Con Jordi Mora, CEO. Oficina de Ruzafa. Llevar propuesta de plan de 90 días.",
         loc="Aulaverde, Carrer de Sueca 29, València", interview=True, company="Aulaverde", stage="final",
         ivs="Jordi Mora"))
    return out
