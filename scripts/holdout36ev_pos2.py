"""holdout36: more of the user's own interviews."""

from __future__ import annotations

from holdout36ev_ical import ACC, OPT, REQ, RES, ROOM, Ev, P, meet, teams, webex, zoom
from holdout36ev_pos import ME, MEW, R

R("fr-phone", "fr", "google", [Ev(
    "7ab2k9q0c3dfl1r6s8t2u5v4w0@google.com", "Échange téléphonique – Sunvéo / candidature Responsable travaux",
    "20261202T150000Z", "20261202T152000Z",
    desc="Bonjour Madame Cortés,\nComme convenu, je vous appellerai pour un premier échange sur le poste de "
         "Responsable travaux centrales solaires (Occitanie).\nCordialement,\nAmélie Vasseur – Chargée de recrutement",
    organizer=("Amélie Vasseur", "a.vasseur@sunveo.fr"), attendees=[ME])],
    "Sunvéo", "Responsable travaux centrales solaires", "recruiter_screen", "a.vasseur@sunveo.fr", xwr="Europe/Paris")

R("work-address-invite", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E0080000000019B0F3D2C85DDB01000000000000000010000000DD0412",
    "Entrevista - Project Engineer Renovables (Monteverde Energía)", "20261209T160000", "20261209T170000",
    tz="Romance Standard Time",
    desc="Estimada Isabel:\nTal y como acordamos, le envío la convocatoria a la dirección que nos facilitó. "
         "Le entrevistarán Gonzalo Prieto (Director Técnico) y Silvia Navas (Responsable de RR. HH.).\n"
         "Atentamente,\nSilvia Navas\nGrupo Monteverde",
    location="Oficinas Grupo Monteverde, Torre Sevilla, planta 21",
    organizer=("Navas, Silvia", "snavas@grupomonteverde.com"),
    attendees=[MEW, ("Prieto, Gonzalo", "gprieto@grupomonteverde.com", REQ),
               ("Sala Guadaira (8p)", "sala.guadaira@grupomonteverde.com", ROOM),
               ("Proyector portátil 2", "proyector2@grupomonteverde.com", RES)])],
    "Monteverde Energía", "Project Engineer Renovables", "", "snavas@grupomonteverde.com;gprieto@grupomonteverde.com")

R("allday-onsite", "es", "google", [Ev(
    "9mn3t2b4x7c1z0p5q8r6s2d1f4@google.com", "Jornada de entrevistas en Tramuntana Power (Barcelona)",
    "20261221", "20261222",
    desc="Día completo en Barcelona: entrevistas con ingeniería, construcción y dirección para Project Manager "
         "Parques Eólicos. Tren 7:00 Santa Justa. Contacto: Laia Puig laia.puig@tramuntanapower.cat",
    location="Tramuntana Power, Carrer de Pujades 77, Barcelona", organizer=("Isabel Cortés", P))],
    "Tramuntana Power", "Project Manager Parques Eólicos", "onsite", "", xwr="Europe/Madrid", method="")

R("de-workday", "de", "workday", [Ev(
    "wd-JR-31177-int1@isarsolar.myworkdayjobs.com", "Interview: Projektingenieur Netzanschluss (JR-31177)",
    "20261215T080000Z", "20261215T090000Z",
    desc="Hallo Isabel,\n\nhiermit bestätigen wir Ihr Interview für die Position Projektingenieur Netzanschluss "
         "(m/w/d) bei der Isarsolar AG.\nGesprächspartnerin: Katrin Hauser, Teamleiterin Netzanschluss\n\n"
         + teams("en", "62") + "\n\nDiese Nachricht wurde von Workday gesendet.",
    organizer=("Isarsolar Recruiting", "isarsolar@myworkday.com"),
    attendees=[ME, ("Katrin Hauser", "katrin.hauser@isar-solar.de", REQ)])],
    "Isarsolar", "Projektingenieur Netzanschluss", "", "katrin.hauser@isar-solar.de")

R("es-founder-free", "es", "google", [Ev(
    "1qaz2wsx3edc4rfv5tgb6yhn7u@google.com", "Charla Isabel - Sol de Jaén (posible incorporación)",
    "20261203T180000Z", "20261203T184500Z",
    desc="Hola Isabel, como te comenté, somos una promotora pequeña (Sol de Jaén Renovables) y buscamos a "
         "alguien que lleve la construcción de nuestras dos primeras plantas. Hablamos del puesto y de "
         "condiciones.\nAntonio\n\n" + meet("es", "sdj-mkpo-twe"),
    organizer=("Antonio Expósito", "antonio.exposito.sdj@gmail.com"),
    attendees=[("Antonio Expósito", "antonio.exposito.sdj@gmail.com", ACC), ME])],
    "Sol de Jaén Renovables", "", "", "antonio.exposito.sdj@gmail.com", xwr="Europe/Madrid")

R("teams-en-final", "en", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000077A1C0B3CA5DDB01000000000000000010000000EE2231",
    "Final interview – Isabel Cortés – Project Director, Onshore Wind (Spain)", "20261222T100000",
    "20261222T110000", tz="GMT Standard Time",
    desc="Dear Isabel,\n\nThank you for your time so far. The final conversation will be with our COO, "
         "Fiona McRae, and the Iberia country manager, Diego Salas.\n\nKind regards,\nRachel Green\n"
         "Executive Assistant to the COO, Northmere Renewables Ltd\n\n" + teams("en", "29"),
    organizer=("Green, Rachel", "rachel.green@northmere.co.uk"),
    attendees=[ME, ("McRae, Fiona", "fiona.mcrae@northmere.co.uk", REQ),
        ("Salas, Diego", "diego.salas@northmere.co.uk", REQ)])],
    "Northmere Renewables", "Project Director, Onshore Wind", "final",
    "fiona.mcrae@northmere.co.uk;diego.salas@northmere.co.uk")

R("lisbon-pt-en", "en", "google", [Ev(
    "4rt6yu8io0pl2kj4hg6fd8sa1z@google.com", "Lusosol | Interview Isabel Cortés (Construction PM)",
    "20261210T100000Z", "20261210T110000Z",
    desc="Hi Isabel,\nThis is the technical round for Construction Project Manager (Lisbon, hybrid). Panel: "
         "Miguel Sousa and João Teixeira from our delivery team.\n\n" + meet("en", "lus-ohwq-tmn") + "\n",
    organizer=("Joana Pires", "joana.pires@lusosol.pt"),
    attendees=[ME, ("Miguel Sousa", "miguel.sousa@lusosol.pt", REQ), ("João Teixeira", "joao.teixeira@lusosol.pt", REQ),
               ("Joana Pires", "joana.pires@lusosol.pt", OPT)])],
    "Lusosol", "Construction Project Manager", "technical",
    "miguel.sousa@lusosol.pt;joao.teixeira@lusosol.pt", xwr="Europe/Lisbon")

R("webex-fr-jury", "fr", "webex", [Ev(
    "webex-2641188723-fr", "Entretien avec la direction – Ingénieure projets éoliens – Vents d'Oc",
    "20261216T130000Z", "20261216T140000Z",
    desc="Madame,\n\nNous avons le plaisir de vous convier à un entretien avec Jean-Marc Bories, directeur "
         "général de Vents d'Oc Énergies, et Sandrine Fabre, directrice des ressources humaines.\n\n"
         + webex("ventsdoc", "93"),
    organizer=("Sandrine Fabre", "s.fabre@ventsdoc.fr"),
    attendees=[ME, ("Jean-Marc Bories", "jm.bories@ventsdoc.fr", REQ)])],
    "Vents d'Oc Énergies", "Ingénieure projets éoliens", "final", "s.fabre@ventsdoc.fr;jm.bories@ventsdoc.fr")

R("rescheduled-es", "es", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000B1B2B3B4C75DDB01000000000000000010000000FF0918",
    "Nueva hora: Entrevista Técnica de Proyectos - Solaria Sur", "20261212T120000", "20261212T130000",
    tz="Romance Standard Time",
    desc="Hola Isabel, movemos la entrevista al viernes a las 12:00 a petición de Andrés. El resto igual: "
         "entrevista con Andrés Bellido (Jefe de Construcción) por Teams.\n" + teams("es", "66"),
    organizer=("Mercedes Ortiz", "mortiz@solariasur.es"),
    attendees=[ME, ("Andrés Bellido", "abellido@solariasur.es", REQ)], sequence=3)],
    "Solaria Sur", "Técnica de Proyectos", "", "mortiz@solariasur.es;abellido@solariasur.es")

R("agency-en", "en", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000044A4C9D1CB5DDB01000000000000000010000000AB9021",
    "Interview: Kestrel Wind – Senior Site Manager (arranged by GreenStaff)", "20261217T110000",
    "20261217T120000", tz="GMT Standard Time",
    desc="Hi Isabel,\nConfirming your interview with Kestrel Wind for the Senior Site Manager post. You'll "
         "speak with Bethany Lowe (Head of Delivery). Dial-in details below; I'll call you afterwards.\n"
         "Tom Baxter | Principal Consultant | GreenStaff Partners\n\n" + zoom("en", "40"),
    organizer=("Tom Baxter", "tom.baxter@greenstaff.co.uk"),
    attendees=[ME, ("Bethany Lowe", "bethany.lowe@kestrelwind.com", REQ)])],
    "Kestrel Wind", "Senior Site Manager", "", "bethany.lowe@kestrelwind.com")

R("es-video-short", "es", "google", [Ev(
    "8ik7uj6yh5tg4rf3ed2ws1qa0p@google.com", "Videoentrevista Ebro Eólica", "20261204T090000Z",
    "20261204T094500Z",
        desc="Entrevista para Coordinador/a de Obra - Parque Eólico Moncayo.\n" + meet("es", "ebe-uuzq-lmn"),
    organizer=("Raquel Sanz", "rsanz@ebroeolica.es"),
    attendees=[("Raquel Sanz", "rsanz@ebroeolica.es", ACC), ME])],
    "Ebro Eólica", "Coordinador/a de Obra", "", "rsanz@ebroeolica.es", xwr="Europe/Madrid")

R("de-agency", "de", "outlook", [Ev(
    "040000008200E00074C5B7101A82E0080000000091F0E3A2CC5DDB01000000000000000010000000AC1177",
    "Interview bei der Alpwatt Energie GmbH – Position Bauleiterin Solarparks", "20261218T093000",
    "20261218T103000", tz="W. Europe Standard Time",
    desc="Liebe Frau Cortés,\nwie besprochen hat unser Mandant, die Alpwatt Energie GmbH, Sie zum Gespräch "
         "eingeladen. Ihr Gesprächspartner ist Herr Florian Wimmer (Leiter Bau). Ort: Alpwatt, Leopoldstraße "
         "150, München.\nViele Grüße\nSabine Keller, Keller & Partner Personalberatung",
    location="Leopoldstraße 150, 80804 München",
    organizer=("Keller, Sabine", "s.keller@keller-personal.de"),
    attendees=[ME, ("Wimmer, Florian", "f.wimmer@alpwatt.de", REQ)])],
    "Alpwatt Energie", "Bauleiterin Solarparks", "", "f.wimmer@alpwatt.de")

R("hm-en-direct", "en", "google", [Ev(
    "2zx4cv6bn8m0lk9jh7gf5ds3a1@google.com", "Chat with Priya (Atlas Grid) – next steps",
    "20261201T170000Z", "20261201T173000Z",
    desc="Isabel – following your application for Senior Project Engineer, a 30-minute conversation with me "
         "as the hiring manager before we plan the loop.\n" + meet("en", "atg-hhwe-pqz"),
    organizer=("Priya Raman", "priya.raman@atlasgrid.com"), attendees=[ME])],
    "Atlas Grid Consulting", "Senior Project Engineer", "hiring_manager", "priya.raman@atlasgrid.com")

R("cancel-en-greenhouse", "en", "greenhouse", [Ev(
    "gh-7790018-tech@greenhouse.io", "CANCELED: Technical Interview - Brightfield Consulting",
    "20261208T100000Z", "20261208T110000Z",
    desc="This interview has been cancelled. Your recruiter will be in touch to find a new time.\n"
         "Interviewers: Marcus Webb, Leila Haddad",
    organizer=("Hannah Cole", "hannah.cole@bfconsult.com"),
    attendees=[ME, ("Marcus Webb", "marcus.webb@bfconsult.com", REQ),
        ("Leila Haddad", "leila.haddad@bfconsult.com", REQ)],
    status="CANCELLED", sequence=1)],
    "Brightfield Consulting", "", "technical", "marcus.webb@bfconsult.com;leila.haddad@bfconsult.com", method="CANCEL")

R("es-ing-presencial", "es", "apple", [Ev(
    "F31C7A88-0B2D-4E44-9C11-77AE0D3B91C2", "Entrevista presencial — Aldara Energía, jefa de proyecto",
    "20261222T093000", "20261222T110000", tz="Europe/Madrid",
    desc="Preguntar por Beatriz Llamas en recepción. Entrevista con ella y con el director de ingeniería.",
    location="Aldara Energía, C/ Albert Einstein 10, Isla de la Cartuja, Sevilla")],
    "Aldara Energía", "jefa de proyecto", "", "", method="")

R("fr-lisbon-exchange", "fr", "exchange", [Ev(
    "040000008200E00074C5B7101A82E00800000000A0A9B8C7CD5DDB01000000000000000010000000AD4432",
    "Entretien RH – Chargée d'affaires EPC – Lumirance", "20261203T140000", "20261203T144500",
    tz="Romance Standard Time",
    desc="Bonjour Isabel,\nJe vous propose un premier entretien RH en visio pour le poste de Chargée "
         "d'affaires EPC basé à Toulouse.\nBien à vous,\nNadia Chérif\nResponsable recrutement – Lumirance "
         "SAS\n\n" + teams("en", "35"),
    organizer=("CHERIF Nadia", "nadia.cherif@lumirance.com"), attendees=[ME])],
    "Lumirance", "Chargée d'affaires EPC", "recruiter_screen", "nadia.cherif@lumirance.com")

R("es-hm-outlook", "es", "outlook", [Ev(
    "040000008200E00074C5B7101A82E00800000000C3C4C5C6CE5DDB01000000000000000010000000AE5543",
    "Reunión con el Director de Operaciones - candidatura Jefe de Planta Solar", "20261223T100000",
    "20261223T110000", tz="Romance Standard Time",
    desc="Isabel, tras tu entrevista con RR. HH. te propongo vernos en nuestra sede. Te contaré los proyectos "
         "de 2027 y el equipo. Un saludo, Manuel Ortega, Director de Operaciones, Naturenergía Andalucía S.A.",
    location="Naturenergía Andalucía, Av. República Argentina 24, Sevilla",
    organizer=("Ortega, Manuel", "mortega@naturenergia-and.es"), attendees=[ME])],
    "Naturenergía Andalucía", "Jefe de Planta Solar", "hiring_manager", "mortega@naturenergia-and.es")

R("remote-en-calendly-screen", "en", "calendly", [Ev(
    "calendly-99ad01-screen", "Recruiter screen: Isabel Cortés (Helios Remote PM)",
    "20261207T140000Z", "20261207T142500Z",
    desc="Event Name: 25-min recruiter screen\nQuestions:\n- Role applied for: Remote Project Manager, "
         "Solar Development (Southern Europe)\n\nHelioscope Partners will call you on +34 6xx xxx 112.\n\n"
         "Host: Daniel Okafor (Talent, Helioscope Partners)\nPowered by Calendly.com",
    organizer=("Daniel Okafor", "daniel.okafor@helioscope.partners"),
    attendees=[ME, ("Daniel Okafor", "daniel.okafor@helioscope.partners", ACC)])],
    "Helioscope Partners", "Remote Project Manager, Solar Development", "recruiter_screen",
    "daniel.okafor@helioscope.partners")

R("de-onsite", "de", "google", [Ev(
    "6yh7uj8ik9ol0pq1aw2se3dr4f@google.com", "Vor-Ort-Termin Bergwind: Kennenlernen Team + Baustelle",
    "20261220T080000Z", "20261220T140000Z",
    desc="Liebe Isabel,\nzweite Runde für die Projektleitung Windpark: Präsentation Ihres Fallbeispiels, "
         "danach Gespräche mit Herrn Ambach, Frau Lenz (Genehmigungen) und Herrn Okonkwo (Bau) sowie eine "
         "Baustellenbesichtigung.\nJulia Brenner",
    location="Bergwind Projekt GmbH, Landsberger Str. 300, München",
    organizer=("Julia Brenner", "j.brenner@bergwind.de"),
    attendees=[ME, ("Stefan Ambach", "s.ambach@bergwind.de", REQ), ("Vera Lenz", "v.lenz@bergwind.de", REQ),
               ("Emeka Okonkwo", "e.okonkwo@bergwind.de", REQ),
                   ("Besprechungsraum Zugspitze", "raum-zugspitze@bergwind.de", ROOM)])],
    "Bergwind Projekt", "Projektleitung Windpark", "onsite",
    "j.brenner@bergwind.de;s.ambach@bergwind.de;v.lenz@bergwind.de;e.okonkwo@bergwind.de", xwr="Europe/Berlin")
