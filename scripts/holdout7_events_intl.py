"""holdout7: the user's own interviews in German, French and Spanish."""

from __future__ import annotations

from holdout7_boiler import meet, teams, zoom
from holdout7_ics import ME_GMAIL as G
from holdout7_ics import Entry, Label, att, cal, org, pos, room, uid, vevent, when

INTL: list[Entry] = []


def _add(kind: str, lang: str, text: str, u: str, label: Label) -> None:
    INTL.append((kind, lang, text, {u: label}))


# --- Deutsch ---------------------------------------------------------------------------------------------------
u = uid("h7-nordlicht-kennen", "personio.de")
_add(
    "personio",
    "de",
    cal(
        "personio",
        vevent(
            u,
            "Kennenlerngespräch – Senior Backend Entwickler (m/w/d)",
            when("20260309T1000", "20260309T1045", "Europe/Berlin"),
            organizer=org("noreply@personio.de", "Nordlicht Energie GmbH"),
            attendees=(att(G, "Jordan Lee"), att("j.albers@nordlicht-energie.de", "Janina Albers")),
            desc="Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Senior Backend Entwickler (m/w/d) bei der "
            "Nordlicht "
            "Energie GmbH. Gerne möchten wir Sie in einem ersten Kennenlerngespräch näher kennenlernen.\n\n"
            "Gesprächspartnerin: Janina Albers (Talent Acquisition)\n\n" + teams("362 554 119 028", "de"),
            loc="Microsoft Teams-Besprechung",
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Nordlicht Energie", "Senior Backend Entwickler", "recruiter_screen", ("j.albers@nordlicht-energie.de",)),
)

u = uid("h7-brunnwerk-fach", "outlook")
_add(
    "outlook-teams",
    "de",
    cal(
        "exchange",
        vevent(
            u,
            "Fachinterview Data Engineer – Jordan Lee",
            when("20260319T1330", "20260319T1430", "W. Europe Standard Time"),
            organizer=org("sandra.klein@brunnwerk.de", "Klein, Sandra"),
            attendees=(
                att(G, "jordan.lee@gmail.com"),
                att("thomas.wendt@brunnwerk.de", "Wendt, Thomas"),
                att("aylin.kaya@brunnwerk.de", "Kaya, Aylin"),
            ),
            desc="Hallo Herr Lee,\n\nwie besprochen das Fachinterview für die Position Data Engineer (w/m/d) bei der "
            "Brunnwerk GmbH mit Thomas Wendt "
            "(Teamleiter Datenplattform) und Aylin Kaya (Senior Data Engineer). Bitte planen Sie ca. 20 Minuten für "
            "eine "
            "kleine SQL-Aufgabe ein.\n\nViele Grüße\nSandra Klein, Recruiting\n\n" + teams("341 226 908 771", "de"),
            loc="Microsoft Teams-Besprechung",
        ),
        tzs=("W. Europe Standard Time",),
    ),
    u,
    pos(
        "Brunnwerk",
        "Data Engineer",
        "technical",
        ("thomas.wendt@brunnwerk.de", "aylin.kaya@brunnwerk.de"),
        "windows zone without vtimezone",
    ),
)

u = uid("h7-kupferhaus-probe", "apple")
_add(
    "trial-day",
    "de",
    cal(
        "apple",
        vevent(
            u,
            "Probearbeit Kupferhaus Software",
            when("20260325", "20260326", "DATE"),
            desc="9 Uhr da sein, Laptop mit. Ansprechpartner Benedikt Roth (CTO). Backend-Team, Go.",
            loc="Kupferhaus Software GmbH\nSchwanthalerstraße 73\n80336 München",
            stamp="20260318T200000Z",
        ),
        method=None,
    ),
    u,
    pos("Kupferhaus Software", "", "", ("Benedikt Roth",), "trial day, all-day, hand-typed"),
)

u = uid("h7-lindenhof-vorort", "outlook")
_add(
    "onsite-room",
    "de",
    cal(
        "outlook",
        vevent(
            u,
            "Vorstellungsgespräch vor Ort – Lindenhof Logistik – Jordan Lee",
            when("20260402T1000", "20260402T1200", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"),
            organizer=org("bewerbung@lindenhof-logistik.de", "Lindenhof Logistik Personal"),
            attendees=(
                att(G, "Jordan Lee"),
                att("k.hoffmann@lindenhof-logistik.de", "Hoffmann, Katrin"),
                att("m.yilmaz@lindenhof-logistik.de", "Yilmaz, Mehmet"),
                room("raum-elbe@lindenhof-logistik.de", "Besprechungsraum Elbe"),
            ),
            desc="Sehr geehrter Herr Lee,\n\nwir freuen uns, Sie zum persönlichen Vorstellungsgespräch für die Stelle "
            "IT-Architekt (m/w/d) einzuladen. Ihre Gesprächspartner: Katrin Hoffmann (Bereichsleiterin IT) und Mehmet "
            "Yilmaz (Personalreferent).\n\nAnfahrt: Am Sandtorkai 50, 20457 Hamburg, 4. OG, bitte am Empfang melden.",
            loc="Am Sandtorkai 50, 20457 Hamburg; Besprechungsraum Elbe",
        ),
        tzs=("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",),
        outlook_tz=True,
    ),
    u,
    pos(
        "Lindenhof Logistik",
        "IT-Architekt",
        "onsite",
        ("k.hoffmann@lindenhof-logistik.de", "m.yilmaz@lindenhof-logistik.de"),
    ),
)

u = uid("h7-rheinblick-soft", "softgarden.io")
_add(
    "softgarden",
    "de",
    cal(
        "softgarden",
        vevent(
            u,
            "Einladung zum Vorstellungsgespräch: Teamleiter Plattform (w/m/d)",
            when("20260407T1500", "20260407T1600", "Europe/Berlin"),
            organizer=org("noreply@softgarden.io", "Rheinblick Versicherung AG via softgarden"),
            attendees=(att(G, "Jordan Lee"), att("stefan.graf@rheinblick.de", "Stefan Graf")),
            desc="Guten Tag Jordan Lee,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch bei der "
            "Rheinblick "
            "Versicherung AG. Ihr Gesprächspartner ist Stefan Graf, Abteilungsleiter IT-Betrieb.\n\n"
            + zoom("Stefan Graf", "611 448 2093", "de"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Rheinblick Versicherung", "Teamleiter Plattform", "hiring_manager", ("stefan.graf@rheinblick.de",)),
)

u = uid("h7-falkenstein-zweit")
_add(
    "google-direct",
    "de",
    cal(
        "google",
        vevent(
            u,
            "Zweitgespräch mit der Geschäftsführung",
            when("20260414T1100", "20260414T1200", "Europe/Berlin"),
            organizer=org("lisa.brandner@falkenstein-robotics.de", "Lisa Brandner"),
            attendees=(
                att("lisa.brandner@falkenstein-robotics.de", "Lisa Brandner", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
                att("r.falkenstein@falkenstein-robotics.de", "Robert Falkenstein", google=True),
            ),
            desc="Hallo Jordan,\n\nnach dem guten ersten Gespräch möchten wir Dich gerne zum Zweitgespräch mit unserem "
            "Geschäftsführer Robert Falkenstein einladen (Position: Lead Software Engineer). Ich bin als Recruiterin "
            "auch dabei.\n\nLG Lisa\n\n" + meet("fkr-zwgs-gfr", "de"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos(
        "Falkenstein Robotics",
        "Lead Software Engineer",
        "final",
        ("lisa.brandner@falkenstein-robotics.de", "r.falkenstein@falkenstein-robotics.de"),
    ),
)

u = uid("h7-sternwarte-pair")
_add(
    "zoom",
    "de",
    cal(
        "zoom",
        vevent(
            u,
            "Pair-Programming-Session – Sternwarte Analytics",
            when("20260421T0930", "20260421T1100", "Europe/Berlin"),
            organizer=org("jonas.meier@sternwarte-analytics.de", "Jonas Meier"),
            attendees=(att(G, "Jordan Lee"),),
            desc="Technische Runde für die Stelle Senior Python Entwickler:in.\n\n"
            + zoom("Jonas Meier", "852 9911 3046", "de"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Sternwarte Analytics", "Senior Python Entwickler:in", "technical", ("jonas.meier@sternwarte-analytics.de",)),
)

u = uid("h7-hafenstadt-ac")
_add(
    "assessment-centre",
    "de",
    cal(
        "google",
        vevent(
            u,
            "Assessment Center Hafenstadt Bank (Führungskräfte-Track IT)",
            when("20260428T0830", "20260428T1630", None),
            desc="Präsentation (Fallstudie), Gruppenübung, Interview mit zwei Führungskräften. Adresse: Ballindamm "
            "12, Hamburg.",
            loc="Ballindamm 12, 20095 Hamburg",
            stamp="20260415T090000Z",
        ),
        method=None,
        xwr="Europe/Berlin",
    ),
    u,
    pos("Hafenstadt Bank", "", "", (), "assessment centre, floating"),
)

# --- Français --------------------------------------------------------------------------------------------------
u = uid("h7-maisonclaire-rh", "welcometothejungle.com")
_add(
    "wttj",
    "fr",
    cal(
        "wttj",
        vevent(
            u,
            "Entretien RH – Développeur Backend Senior – Jordan Lee",
            when("20260310T1000", "20260310T1030", "Europe/Paris"),
            organizer=org("camille.roux@maisonclaire.fr", "Camille Roux"),
            attendees=(att(G, "Jordan Lee"), att("camille.roux@maisonclaire.fr", "Camille Roux", partstat="ACCEPTED")),
            desc="Bonjour Jordan,\n\nMerci pour votre candidature chez Maison Claire ! Je vous propose un premier "
            "échange RH "
            "de 30 minutes pour le poste de Développeur Backend Senior.\n\nCamille Roux, Talent Acquisition\n\n"
            + meet("mcl-rhrh-cmr", "fr"),
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    pos("Maison Claire", "Développeur Backend Senior", "recruiter_screen", ("camille.roux@maisonclaire.fr",)),
)

u = uid("h7-borealys-tech", "outlook")
_add(
    "outlook-teams",
    "fr",
    cal(
        "exchange",
        vevent(
            u,
            "Entretien technique – Ingénieur Data – J. Lee",
            when("20260317T1400", "20260317T1500", "Romance Standard Time"),
            organizer=org("julien.perrin@borealys.com", "PERRIN Julien"),
            attendees=(att(G, "jordan.lee@gmail.com"), att("claire.nguyen@borealys.com", "NGUYEN Claire")),
            desc="Bonjour,\n\nComme convenu, voici l'invitation pour l'entretien technique chez Borealys (poste "
            "Ingénieur Data, CDI). "
            "Vous échangerez avec Claire Nguyen, lead data, et moi-même.\n\nCordialement,\nJulien Perrin, Manager "
            "Data\n\n" + teams("384 002 761 519", "fr"),
        ),
        tzs=("Romance Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos("Borealys", "Ingénieur Data", "technical", ("julien.perrin@borealys.com", "claire.nguyen@borealys.com")),
)

u = uid("h7-pastel-manager")
_add(
    "google-direct",
    "fr",
    cal(
        "google",
        vevent(
            u,
            "Échange avec Pauline (Pastel Mobilité) - Lead Dev",
            when("20260324T1730", "20260324T1815", "Europe/Paris"),
            organizer=org("pauline.girard@pastel-mobilite.fr", "Pauline Girard"),
            attendees=(
                att("pauline.girard@pastel-mobilite.fr", "Pauline Girard", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Bonjour Jordan, suite à votre échange avec notre recrutrice, voici notre entretien avec moi, "
            "future manager "
            "du poste de Lead Dev. À bientôt !\n\n" + meet("pst-mgr-pgd", "fr"),
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    pos("Pastel Mobilité", "Lead Dev", "hiring_manager", ("pauline.girard@pastel-mobilite.fr",)),
)

u = uid("h7-valmont-taleez", "taleez.com")
_add(
    "taleez",
    "fr",
    cal(
        "taleez",
        vevent(
            u,
            "Entretien - Jordan Lee - Architecte Cloud",
            when("20260401T0900", "20260401T1000", "Europe/Paris"),
            organizer=org("notifications@taleez.com", "Groupe Valmont"),
            attendees=(
                att(G, "Jordan Lee"),
                att("e.lambert@groupe-valmont.fr", "Éric Lambert"),
                att("s.benali@groupe-valmont.fr", "Sofia Benali"),
            ),
            desc="Bonjour Jordan Lee,\n\nVotre entretien pour l'offre « Architecte Cloud » au sein du Groupe Valmont "
            "est "
            "confirmé.\nAvec : Éric Lambert (DSI adjoint), Sofia Benali (Architecte principale)\nLieu : 18 rue de la "
            "Part-Dieu, 69003 Lyon, 5e étage\n\nCet e-mail a été envoyé via Taleez.",
            loc="18 rue de la Part-Dieu, 69003 Lyon",
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    pos("Groupe Valmont", "Architecte Cloud", "onsite", ("e.lambert@groupe-valmont.fr", "s.benali@groupe-valmont.fr")),
)

u = uid("h7-octave-immersion")
_add(
    "trial-day",
    "fr",
    cal(
        "google",
        vevent(
            u,
            "Journée d'immersion chez Octave Santé",
            when("20260409", "20260410", "DATE"),
            organizer=org("rh@octave-sante.fr", "Octave Santé RH"),
            attendees=(
                att(G, "Jordan Lee", google=True),
                att("thibault.marchand@octave-sante.fr", "Thibault Marchand", google=True),
            ),
            desc="Dernière étape du process pour le poste de Tech Lead : une journée avec l'équipe produit, encadrée "
            "par "
            "Thibault Marchand (CTO). Déjeuner offert.",
            loc="Octave Santé, 42 quai de Jemmapes, 75010 Paris",
        ),
    ),
    u,
    pos("Octave Santé", "Tech Lead", "final", ("thibault.marchand@octave-sante.fr",), "trial day"),
)

u = uid("h7-cypres-cto", "apple")
_add(
    "apple",
    "fr",
    cal(
        "apple",
        vevent(
            u,
            "Dernier entretien avec le CTO – Cyprès",
            when("20260415T1600", "20260415T1700", "Europe/Paris"),
            organizer=org("recrutement@cypres.io", "Recrutement Cyprès"),
            attendees=(att(G, "Jordan Lee"), att("vincent.morel@cypres.io", "Vincent Morel")),
            desc="Entretien final avec Vincent Morel, CTO, pour le poste d'Ingénieur Backend Senior.\n\n"
            + zoom("Vincent Morel", "873 3301 2298", "fr"),
            alarm=True,
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    pos("Cyprès", "Ingénieur Backend Senior", "final", ("vincent.morel@cypres.io",)),
)

u = uid("h7-lunaria-founder")
_add(
    "founder-freemail",
    "fr",
    cal(
        "google",
        vevent(
            u,
            "Lunaria – entretien premier ingénieur (Camille + Jordan)",
            when("20260422T1000", "20260422T1100", "Europe/Paris"),
            organizer=org("camille.lunaria@free.fr", "Camille Faure"),
            attendees=(
                att("camille.lunaria@free.fr", "Camille Faure", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Salut Jordan, comme convenu : je te présente Lunaria et on fait un petit exercice d'architecture "
            "ensemble "
            "pour le poste de premier ingénieur. Camille, fondatrice\n\n" + meet("lnr-fndr-cfr", "fr"),
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    pos("Lunaria", "premier ingénieur", "technical", ("camille.lunaria@free.fr",), "founder on free mail"),
)

# --- Español ---------------------------------------------------------------------------------------------------
u = uid("h7-alameda-tecnica")
_add(
    "google-direct",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Entrevista técnica – Jordan Lee – Ingeniero Backend",
            when("20260312T1100", "20260312T1200", "Europe/Madrid"),
            organizer=org("lucia.ferrer@alamedapagos.es", "Lucía Ferrer"),
            attendees=(
                att("lucia.ferrer@alamedapagos.es", "Lucía Ferrer", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
                att("pablo.ibanez@alamedapagos.es", "Pablo Ibáñez", google=True),
            ),
            desc="Hola Jordan,\n\nTe confirmo la entrevista técnica para el puesto de Ingeniero Backend en Alameda "
            "Pagos con "
            "Pablo Ibáñez (Tech Lead) y conmigo.\n\nUn saludo,\nLucía\n\n" + meet("alm-tecn-lfr", "es"),
        ),
        tzs=("Europe/Madrid",),
    ),
    u,
    pos(
        "Alameda Pagos",
        "Ingeniero Backend",
        "technical",
        ("lucia.ferrer@alamedapagos.es", "pablo.ibanez@alamedapagos.es"),
    ),
)

u = uid("h7-solera-rrhh", "outlook")
_add(
    "outlook",
    "es",
    cal(
        "outlook",
        vevent(
            u,
            "Primera entrevista (RR. HH.) – Solera Digital",
            when("20260318T0930", "20260318T1000", "Romance Standard Time"),
            organizer=org("marta.gil@soleradigital.com", "Gil, Marta"),
            attendees=(att(G, "Jordan Lee"),),
            desc="Hola Jordan:\n\nGracias por tu interés en la vacante de Arquitecto de Software. En esta primera "
            "llamada "
            "hablaremos de tu trayectoria, expectativas salariales y disponibilidad.\n\nMarta Gil | Recursos "
            "Humanos\n\n" + teams("329 661 003 187", "es"),
        ),
        tzs=("Romance Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos("Solera Digital", "Arquitecto de Software", "recruiter_screen", ("marta.gil@soleradigital.com",)),
)

u = uid("h7-marea-final")
_add(
    "google-direct",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Entrevista final con dirección – Grupo Marea",
            when("20260408T1700", "20260408T1800", "Europe/Madrid"),
            organizer=org("seleccion@grupomarea.com", "Selección Grupo Marea"),
            attendees=(
                att(G, "Jordan Lee", google=True),
                att("andres.vidal@grupomarea.com", "Andrés Vidal", google=True),
                att("nuria.costa@grupomarea.com", "Núria Costa", google=True),
                room("sala-atlantico@grupomarea.com", "Sala Atlántico"),
            ),
            desc="Última fase del proceso para Director/a de Ingeniería: entrevista presencial con Andrés Vidal "
            "(CEO) y "
            "Núria Costa (COO).",
            loc="Grupo Marea, Paseo de la Castellana 95, planta 12, 28046 Madrid",
        ),
    ),
    u,
    pos(
        "Grupo Marea",
        "Director/a de Ingeniería",
        "final",
        ("andres.vidal@grupomarea.com", "nuria.costa@grupomarea.com"),
    ),
)

u = uid("h7-citrica-responsable")
_add(
    "calendly",
    "es",
    cal(
        "calendly",
        vevent(
            u,
            "Entrevista con la responsable del equipo entre Inés Navarro y Jordan Lee",
            when("20260414T1500", "20260414T1545", "Z"),
            organizer=org("ines@citricalabs.com", "Inés Navarro"),
            attendees=(
                att("ines@citricalabs.com", "Inés Navarro", partstat="ACCEPTED"),
                att(G, "Jordan Lee", partstat="ACCEPTED"),
            ),
            desc="Nombre del evento: Entrevista con la responsable del equipo\n\nPuesto: Data Engineer Senior en "
            "Cítrica Labs\n\n"
            "Ubicación: Zoom (los datos se enviarán por correo)\n\nCon la tecnología de Calendly.com",
        ),
        method=None,
    ),
    u,
    pos("Cítrica Labs", "Data Engineer Senior", "hiring_manager", ("ines@citricalabs.com",)),
)

u = uid("h7-levante-wd", "myworkday.com")
_add(
    "workday",
    "es",
    cal(
        "workday",
        vevent(
            u,
            "Entrevista: Jordan Lee – Data Engineer Sr. (Ref. 4471)",
            when("20260420T1000", "20260420T1100", "Europe/Madrid"),
            organizer=org("bancolevante@myworkday.com", "Banco Levante – Talento"),
            attendees=(att(G, "Jordan Lee"), att("jm.soler@bancolevante.es", "José Manuel Soler")),
            desc="Estimado/a Jordan Lee:\n\nLe confirmamos su entrevista técnica para la posición Data Engineer Sr. "
            "(Ref. 4471) en Banco Levante.\nEntrevistador: José Manuel Soler, Responsable de Datos\n\n"
            + teams("310 447 892 006", "es"),
        ),
        tzs=("Europe/Madrid",),
    ),
    u,
    pos("Banco Levante", "Data Engineer Sr.", "technical", ("jm.soler@bancolevante.es",)),
)

u = uid("h7-quimera-agency")
_add(
    "agency",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Entrevista con Quimera Seguros (vía Talento Sur)",
            when("20260423T1230", "20260423T1330", "Europe/Madrid"),
            organizer=org("raquel@talentosur.es", "Raquel Ortega"),
            attendees=(
                att(G, "Jordan Lee", google=True),
                att("f.herrera@quimeraseguros.es", "Fernando Herrera", google=True),
            ),
            desc="Hola Jordan, te dejo la convocatoria de la entrevista con Fernando Herrera, CTO de Quimera "
            "Seguros, para el "
            "puesto de Tech Lead Backend. Yo no estaré en la llamada. ¡Mucha suerte!\nRaquel – Talento Sur\n\n"
            + zoom("Fernando Herrera", "815 0093 4412", "es"),
        ),
        tzs=("Europe/Madrid",),
    ),
    u,
    pos("Quimera Seguros", "Tech Lead Backend", "", ("f.herrera@quimeraseguros.es",), "agency naming employer"),
)

u = uid("h7-kalma-live")
_add(
    "calcom",
    "es",
    cal(
        "calcom",
        vevent(
            u,
            "Prueba técnica en directo entre Diego Marín y Jordan Lee",
            when("20260429T0900", "20260429T1030", "Z"),
            organizer=org("diego@kalma.app", "Diego Marín"),
            attendees=(att(G, "Jordan Lee", partstat="ACCEPTED"),),
            desc="Qué: Prueba técnica en directo (live coding) – Kalma, Ingeniero/a Full-Stack\nDónde: Google Meet "
            "https://meet.google.com/klm-live-dmr\n¿Necesitas reprogramar o cancelar? https://app.cal.com/booking/Qz81",
        ),
        nofold=True,
    ),
    u,
    pos("Kalma", "Ingeniero/a Full-Stack", "technical", ("diego@kalma.app",)),
)
