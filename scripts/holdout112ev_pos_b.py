"""holdout112: the user's own interviews, part B (schools, academias: Outlook, Apple, direct, hand-typed)."""

from __future__ import annotations

from holdout112ev_core import (
    ME,
    ME_CN,
    P_APPLE,
    P_EXCHANGE,
    P_GOOGLE,
    P_MAC,
    P_OUTLOOK,
    P_TBIRD,
    ROMANCE,
    TZ_MADRID,
    TZ_PARIS,
    TZ_ROMANCE,
    TZ_UTC1_EN,
    TZ_UTC1_ES,
    UTC1_EN,
    UTC1_ES,
    Ev,
    alarm,
    att,
    cal,
    esc,
    meet,
    org,
    t,
    teams,
    vev,
)


def _q(tzid: str) -> str:
    return '"' + tzid + '"'


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "3v8d0m1k6q2o9n4s7r5t1u0w3x@google.com"
    out.append(Ev("google-direct-hm-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250314T130000",
        "DTEND;TZID=Europe/Madrid:20250314T134500",
        org("direccion@colegioesperanzatriana.es", "Inmaculada Reyes"),
        att("direccion@colegioesperanzatriana.es", "Inmaculada Reyes", partstat="ACCEPTED", rsvp=False),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista Diego Fuentes – plaza Primaria curso 25/26"),
        t("DESCRIPTION",
          "Hola Diego:\n\nTe espero el viernes en el despacho de dirección (entrada por la calle Pagés del "
          "Corro). Hablaremos de tu experiencia como interino, del proyecto bilingüe y de la plaza de tutor "
          "de 5º que queda libre en septiembre.\n\nUn saludo,\nInmaculada Reyes\nDirectora – Colegio "
          "Ntra. Sra. de la Esperanza (Triana)"),
        t("LOCATION", "Colegio Esperanza de Triana, C/ Pagés del Corro 112, Sevilla"),
    ), tz=TZ_MADRID), uid, 1, "Colegio Esperanza de Triana", "tutor de 5º", "hiring_manager",
        "direccion@colegioesperanzatriana.es", "google-direct-hm-es"))

    uid = "0p4m2n8b6v1c3x5z7l9k@google.com"
    out.append(Ev("google-demo-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250324T100000",
        "DTEND;TZID=Europe/Madrid:20250324T110000",
        org("jefatura@colegioesperanzatriana.es", "Jefatura de Estudios"),
        att("jefatura@colegioesperanzatriana.es", "Jefatura de Estudios", partstat="ACCEPTED", rsvp=False),
        att("mj.alcaide@colegioesperanzatriana.es", "María José Alcaide"),
        att(ME, ME_CN),
        att("aula.5a@colegioesperanzatriana.es", "Aula 5ºA", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
        t("SUMMARY", "Clase demostrativa 5º Primaria – Diego Fuentes"),
        t("DESCRIPTION",
          "Clase modelo de 45 min con el grupo de 5ºA (Natural Science, en inglés). Estaremos observando "
          "Rafael (jefe de estudios) y María José (coordinadora bilingüe). Después, 15 min de preguntas."),
        t("LOCATION", "Aula 5ºA, 1ª planta"),
    ), tz=TZ_MADRID), uid, 1, "Colegio Esperanza de Triana", "", "technical",
        "jefatura@colegioesperanzatriana.es;mj.alcaide@colegioesperanzatriana.es", "google-demo-room-es"))

    uid = "esperanza-titularidad-final-2025@colegioesperanzatriana.es"
    out.append(Ev("final-coordinator-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250407T180000",
        "DTEND;TZID=Europe/Madrid:20250407T183000",
        org("secretaria@colegioesperanzatriana.es", "Secretaría Colegio Esperanza"),
        att("hna.pilar@esperanzafundacion.org", "Hna. Pilar Domínguez"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista con la Titularidad – D. Diego Fuentes Morillo"),
        t("DESCRIPTION",
          "Por indicación de la directora, le convocamos a la entrevista final con la representante de la "
          "Entidad Titular, Hna. Pilar Domínguez. Desde Secretaría solo gestionamos la cita.\n\n"
          "Secretaría – Colegio Ntra. Sra. de la Esperanza"),
        t("LOCATION", "Sala de visitas"),
    ), tz=TZ_MADRID), uid, 1, "Colegio Esperanza de Triana", "", "final", "hna.pilar@esperanzafundacion.org",
        "final-secretary-es"))

    uid = "040000008200E00074C5B7101A82E008000000004C9A2E10B78ADB010000000000000000100000004A7D"
    html = ("<html><body><p>Estimado Diego:</p><p>El Consejo Rector de la cooperativa le convoca a la "
            "entrevista final para la plaza de maestro de Primaria.</p><p>Un saludo<br>Manuel Ortega</p>"
            "</body></html>")
    out.append(Ev("outlook-utc1-final-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={_q(UTC1_ES)}:20250429T173000",
        f"DTEND;TZID={_q(UTC1_ES)}:20250429T183000",
        org("manuel.ortega@coloslosnaranjos.es", "Ortega Ruiz, Manuel"),
        att("manuel.ortega@coloslosnaranjos.es", "Ortega Ruiz, Manuel", style="outlook"),
        att("consejorector@coloslosnaranjos.es", "Consejo Rector", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        "CLASS:PUBLIC",
        t("SUMMARY", "Entrevista con el Consejo Rector - plaza maestro/a Primaria"),
        t("DESCRIPTION",
          "Estimado Diego:\n\nEl Consejo Rector de la cooperativa le convoca a la entrevista final para la "
          "plaza de maestro de Primaria.\n\nUn saludo\nManuel Ortega\nPresidente – Colegio Los Naranjos S.C.A."),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html),
        t("LOCATION", "Sala de Juntas – Colegio Los Naranjos (Mairena del Aljarafe)"),
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
    ), tz=TZ_UTC1_ES), uid, 1, "Colegio Los Naranjos", "maestro/a Primaria", "final",
        "manuel.ortega@coloslosnaranjos.es;consejorector@coloslosnaranjos.es", "outlook-utc-zone-es"))

    uid = "040000008200E00074C5B7101A82E00800000000ABS1D2C8ADB01000000000000000010000000ABS25"
    out.append(Ev("outlook-sentby-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250319T160000",
        f"DTEND;TZID={ROMANCE}:20250319T164500",
        org("head@aljarafebritish.es", "Whitmore, Jonathan", sent_by="pa.head@aljarafebritish.es"),
        att("head@aljarafebritish.es", "Whitmore, Jonathan", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Entrevista – Primary Teacher (English/Spanish) – Aljarafe British School"),
        t("DESCRIPTION",
          "Estimado Diego:\n\nEn nombre de Mr Jonathan Whitmore, Headteacher, le confirmo la entrevista para "
          "el puesto de Primary Teacher (English/Spanish). La entrevista será en inglés.\n\nAtentamente,\n"
          "Carmen Aguilar\nPA to the Headteacher\n\n" + teams("MWQ3ZjE0YjctYTc0Ny00", "318 552 604 771",
                                                           "Hx2pQ9")),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ), tz=TZ_ROMANCE), uid, 1, "Aljarafe British School", "Primary Teacher (English/Spanish)", "hiring_manager",
        "head@aljarafebritish.es", "outlook-windows-zone-sentby-es"))

    uid = "040000008200E00074C5B7101A82E00800000000ABS1D2C8ADB01000000000000000010000000ABS31"
    out.append(Ev("outlook-observed-en", cal(P_EXCHANGE, vev(
        uid,
        f"DTSTART;TZID={_q(UTC1_EN)}:20250402T091500",
        f"DTEND;TZID={_q(UTC1_EN)}:20250402T101500",
        org("pa.head@aljarafebritish.es", "Aguilar, Carmen"),
        att("deputy.primary@aljarafebritish.es", "Sandoval, Lucy", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        att("year3.classroom@aljarafebritish.es", "Year 3 Classroom (Building B)", role="NON-PARTICIPANT",
            cutype="RESOURCE", rsvp=False, style="outlook"),
        t("SUMMARY", "Observed lesson – Year 3 – Diego Fuentes Morillo"),
        t("DESCRIPTION",
          "Dear Diego,\n\nPlease plan a 40-minute literacy lesson for Year 3 (22 pupils, mixed ability, 4 EAL). "
          "Mrs Lucy Sandoval, Deputy Head (Primary), will observe and give feedback afterwards. Please bring "
          "a printed lesson plan.\n\nKind regards,\nCarmen Aguilar, PA to the Headteacher"),
        t("LOCATION", "Year 3 Classroom (Building B)"),
    ), tz=TZ_UTC1_EN), uid, 1, "Aljarafe British School", "", "technical", "deputy.primary@aljarafebritish.es",
        "outlook-resource-en"))

    uid = "F3A1C2D4-7B9E-4C21-8D0F-5E6A7B8C9D01"
    out.append(Ev("apple-onsite-es", cal(P_APPLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250322T103000",
        "DTEND;TZID=Europe/Madrid:20250322T123000",
        org("lauramontessori@icloud.com", "Laura Benjumea"),
        att("lauramontessori@icloud.com", "Laura Benjumea", partstat="ACCEPTED", rsvp=False),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista y visita al ambiente de Taller"),
        t("DESCRIPTION",
          "Hola Diego! Como te comenté por teléfono, ven el sábado por la mañana: verás el ambiente de "
          "Taller (6-9) y luego charlamos con calma sobre la guía de Taller para septiembre. Montessori "
          "Bosque Aljarafe, camino de la Hacienda s/n (Bormujos). Laura"),
        t("LOCATION", "Montessori Bosque Aljarafe\nCamino de la Hacienda s/n\n41930 Bormujos"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "TRANSP:OPAQUE",
        "SEQUENCE:0",
        "CREATED:20250315T194233Z",
    ), tz=TZ_MADRID), uid, 1, "Montessori Bosque Aljarafe", "guía de Taller", "onsite",
        "lauramontessori@icloud.com", "apple-freemail-founder-es"))

    uid = "8c1e7f32-4d0a-4b7e-b2d5-1a9f3c6e0b47"
    out.append(Ev("thunderbird-es", cal(P_TBIRD, vev(
        uid,
        "CREATED:20250302T101500Z",
        "LAST-MODIFIED:20250302T101733Z",
        "DTSTART;TZID=Europe/Madrid:20250310T110000",
        "DTEND;TZID=Europe/Madrid:20250310T120000",
        org("seleccion@aprenderjuntos.org", "Susana Márquez"),
        att("seleccion@aprenderjuntos.org", "Susana Márquez", role="CHAIR", partstat="ACCEPTED", rsvp=False),
        att("coordinacion@aprenderjuntos.org", "Iván Rosales"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista: Coordinador/a programa de refuerzo educativo (Polígono Sur)"),
        t("DESCRIPTION",
          "Buenos días Diego,\n\nTe esperamos en la sede de la Fundación Aprender Juntos (C/ Luis Ortiz Muñoz, "
          "local 4). Estaremos Iván Rosales, coordinador de programas, y yo, Susana Márquez, de selección.\n\n"
          "Trae si puedes alguna programación o proyecto que hayas hecho con alumnado vulnerable."),
        t("LOCATION", "Sede Fundación Aprender Juntos, Polígono Sur"),
        "X-MOZ-GENERATION:2",
    ), tz=TZ_MADRID), uid, 1, "Fundación Aprender Juntos", "Coordinador/a programa de refuerzo educativo",
        "", "seleccion@aprenderjuntos.org;coordinacion@aprenderjuntos.org", "thunderbird-es"))

    uid = "aprenderjuntos-patronato-0421@aprenderjuntos.org"
    out.append(Ev("wr-timezone-final-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250421T170000",
        "DTEND:20250421T174500",
        org("seleccion@aprenderjuntos.org", "Susana Márquez"),
        att("presidencia@aprenderjuntos.org", "Teresa Galindo"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista final con Patronato – Diego Fuentes"),
        t("DESCRIPTION",
          "Última entrevista con Teresa Galindo, presidenta del Patronato. Susana no participa, solo organiza."
          "\n\n" + meet("kgn-wopz-eyt")),
    ), method="PUBLISH", head=["X-WR-CALNAME:Diego", "X-WR-TIMEZONE:Europe/Madrid"]), uid, 1,
        "Fundación Aprender Juntos", "", "final", "presidencia@aprenderjuntos.org", "x-wr-timezone-floating-es"))

    uid = "20250318T091202Z-diego-kairos@hotmail.com"
    out.append(Ev("handtyped-es", cal(P_APPLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250320T190000",
        "DTEND;TZID=Europe/Madrid:20250320T194500",
        t("SUMMARY", "Entrevista Kairós (plaza tardes Primaria/ESO)"),
        t("LOCATION", "Academia Kairós, C/ Asunción 23"),
        t("DESCRIPTION", "preguntar por Nacho. llevar CV impreso y títulos"),
        *alarm(60, "Entrevista Kairós"),
    ), method=None, tz=TZ_MADRID), uid, 1, "Academia Kairós", "", "", "Nacho", "handtyped-es"))

    uid = "0D6C5F2E-1A9B-4E8C-9F31-SIERRANORTE"
    out.append(Ev("handtyped-phone-es", cal(P_MAC, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250305T141500",
        "DTEND;TZID=Europe/Madrid:20250305T143000",
        t("SUMMARY", "Entrevista tlf Campamentos Sierra Norte – coordinador verano"),
        t("DESCRIPTION", "Me llama Quique (director campamentos). Julio completo, Cazalla."),
    ), method=None, tz=TZ_MADRID), uid, 1, "Campamentos Sierra Norte", "coordinador verano", "", "Quique",
        "handtyped-phone-es"))

    uid = "2B7E41C0-2F55-4F6A-B3E0-NUBELIA-MAD"
    out.append(Ev("handtyped-allday-es", cal(P_APPLE, vev(
        uid,
        "DTSTART;VALUE=DATE:20250429",
        "DTEND;VALUE=DATE:20250430",
        t("SUMMARY", "Madrid – entrevistas finales Nubelia (presencial)"),
        t("DESCRIPTION", "AVE 7:00 Santa Justa. Oficina c/ Velázquez. Con Inés y el CEO. Vuelta 19:30"),
        "TRANSP:TRANSPARENT",
    ), method=None, tz=TZ_MADRID), uid, 1, "Nubelia Online School", "", "final", "Inés", "handtyped-allday-es"))

    uid = "teachiberia-ism-0327@teachiberia.co.uk"
    out.append(Ev("agency-teams-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250327T163000",
        "DTEND;TZID=Europe/Madrid:20250327T171500",
        org("george@teachiberia.co.uk", "Hughes, George"),
        att("headteacher@esmarbella.com", "Pemberton, Claire", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Interview – KS2 Teacher – The English School of Marbella (via Teach Iberia)"),
        t("DESCRIPTION",
          "Hi Diego,\n\nAs discussed, here is the Teams link for your interview with Claire Pemberton, "
          "Headteacher at The English School of Marbella, for the KS2 teacher post (September start). I won't "
          "be on the call – let me know how it goes!\n\nGeorge Hughes\nSenior Consultant – Teach Iberia "
          "Recruitment\n\n" + teams("OTBmYjQ1ZTktODIwNS00", "267 301 884 119", "Kx8mW3", "en")),
    ), tz=TZ_MADRID), uid, 1, "The English School of Marbella", "KS2 Teacher", "hiring_manager",
        "headteacher@esmarbella.com", "agency-en"))

    uid = "teachiberia-ism-day-0410@teachiberia.co.uk"
    out.append(Ev("agency-onsite-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250410T090000",
        "DTEND;TZID=Europe/Madrid:20250410T140000",
        org("george@teachiberia.co.uk", "Hughes, George"),
        att("headteacher@esmarbella.com", "Pemberton, Claire", style="outlook"),
        att("ks2lead@esmarbella.com", "Doyle, Patrick", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "ESM interview day – Marbella campus"),
        t("DESCRIPTION",
          "Diego – itinerary from the school:\n09:00 tour with student ambassadors\n09:45 teach a 30 min "
          "lesson to Year 5 (observed by Patrick Doyle, KS2 Lead)\n11:00 panel with Claire Pemberton and "
          "Patrick Doyle\n12:30 lunch with staff\n\nAddress: Urb. El Capricho, Ctra. de Istán km 1, Marbella."
          "\nGood luck!\nGeorge"),
        t("LOCATION", "The English School of Marbella, Ctra. de Istán km 1, Marbella"),
    ), tz=TZ_MADRID), uid, 1, "The English School of Marbella", "", "onsite",
        "headteacher@esmarbella.com;ks2lead@esmarbella.com", "agency-onsite-en"))

    uid = "sds-atalaya-20250317-1030@selecciondocentesur.es"
    out.append(Ev("agency-screen-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250317T103000",
        "DTEND;TZID=Europe/Madrid:20250317T110000",
        org("lorena.ruiz@selecciondocentesur.es", "Lorena Ruiz"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista Selección Docente Sur – Diego Fuentes"),
        t("DESCRIPTION",
          "Hola Diego,\n\nTal como hablamos, hacemos una primera entrevista por videollamada antes de "
          "presentar tu candidatura a nuestro cliente, el Colegio Internacional Atalaya (Bormujos), para la "
          "plaza de maestro de Educación Física bilingüe.\n\n" + meet("wpe-zfvx-cro")
          + "\n\nLorena Ruiz\nConsultora – Selección Docente Sur"),
    ), tz=TZ_MADRID), uid, 1, "Colegio Internacional Atalaya", "maestro de Educación Física bilingüe",
        "recruiter_screen", "lorena.ruiz@selecciondocentesur.es", "agency-body-only-es"))

    uid = "albero-dirpedagogica-0326@colegiosalbero.es"
    out.append(Ev("teams-hm-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250326T171500",
        f"DTEND;TZID={ROMANCE}:20250326T180000",
        org("seleccion@colegiosalbero.es", "Cuesta, Marina"),
        att("ana.lobato@colegiosalbero.es", "Lobato Reina, Ana", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "2ª entrevista – Dirección Pedagógica Sevilla Este"),
        t("DESCRIPTION",
          "Diego, te convoco a la segunda entrevista con Ana Lobato, directora pedagógica de Primaria del "
          "centro Sevilla Este. Duración aproximada 45 minutos.\n\n" + teams(
              "NjgxMGE0OTgtYjE3Yy00", "372 115 890 226", "p5Bd7X")),
    ), tz=TZ_ROMANCE), uid, 1, "Colegios Albero", "", "hiring_manager", "ana.lobato@colegiosalbero.es",
        "teams-es"))

    uid = "albero-visita-centro-0403@colegiosalbero.es"
    out.append(Ev("room-onsite-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250403T093000",
        f"DTEND;TZID={ROMANCE}:20250403T120000",
        org("ana.lobato@colegiosalbero.es", "Lobato Reina, Ana"),
        att("ana.lobato@colegiosalbero.es", "Lobato Reina, Ana", style="outlook"),
        att("director.se@colegiosalbero.es", "Vázquez Ruiz, Tomás", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        att("sala.juntas.se@colegiosalbero.es", "Sala de Juntas Sevilla Este", role="NON-PARTICIPANT",
            cutype="ROOM", rsvp=False, style="outlook"),
        t("SUMMARY", "Visita al centro y entrevista con Dirección – Maestro/a Primaria"),
        t("DESCRIPTION",
          "Mañana en el centro: visita de las instalaciones, observación de una sesión de 3º, y entrevista "
          "con el director titular Tomás Vázquez y conmigo.\n\nPresentarse en conserjería. C/ Doctor Miroslav "
          "Holub 9, Sevilla Este."),
        t("LOCATION", "Sala de Juntas Sevilla Este"),
    ), tz=TZ_ROMANCE), uid, 1, "Colegios Albero", "Maestro/a Primaria", "onsite",
        "ana.lobato@colegiosalbero.es;director.se@colegiosalbero.es", "room-onsite-es"))

    uid = "ef-giralda-entretien-0319@efgiralda.fr"
    out.append(Ev("meet-hm-fr", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Paris:20250319T150000",
        "DTEND;TZID=Europe/Paris:20250319T154500",
        org("direction@efgiralda.fr", "Sophie Marchand"),
        att("direction@efgiralda.fr", "Sophie Marchand", partstat="ACCEPTED", rsvp=False),
        att(ME, ME_CN),
        t("SUMMARY", "Entretien – Professeur des écoles (contrat local) – M. Fuentes Morillo"),
        t("DESCRIPTION",
          "Bonjour Monsieur Fuentes,\n\nComme convenu, je vous propose un entretien en visioconférence pour le "
          "poste de professeur des écoles en contrat local (classe de CE1, section bilingue espagnol).\n\n"
          "Participer avec Google Meet : https://meet.google.com/nri-bxwa-tjd\nParticiper par téléphone : "
          "(ES) +34 932 75 2871 PIN : 518 227 904#\n\nBien cordialement,\nSophie Marchand\nDirectrice – École "
          "française Giralda de Séville"),
    ), tz=TZ_PARIS), uid, 1, "École Française Giralda", "Professeur des écoles (contrat local)",
        "hiring_manager", "direction@efgiralda.fr", "meet-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000EFG0D2C8ADB01000000000000000010000000EFG77"
    out.append(Ev("outlook-observation-fr", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250402T083000",
        f"DTEND;TZID={ROMANCE}:20250402T100000",
        org("direction@efgiralda.fr", "Marchand, Sophie"),
        att("cpc.espagne@efgiralda.fr", "Lefèvre, Antoine", style="outlook"),
        att("direction@efgiralda.fr", "Marchand, Sophie", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Séance d'observation en classe – CE1 (candidature M. Fuentes)"),
        t("DESCRIPTION",
          "Monsieur,\n\nVous conduirez une séance de 45 minutes en CE1 (lecture et phonologie, en espagnol). "
          "M. Antoine Lefèvre, conseiller pédagogique, et moi-même assisterons à la séance, suivie d'un "
          "échange.\n\nCordialement,\nS. Marchand"),
        t("LOCATION", "École française Giralda – salle CE1"),
    ), tz=TZ_ROMANCE), uid, 1, "École Française Giralda", "", "technical",
        "cpc.espagne@efgiralda.fr;direction@efgiralda.fr", "outlook-observation-fr"))

    uid = "9k3j5h7g1f2d4s6a8p0o@google.com"
    out.append(Ev("google-screen-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250312T161500",
        "DTEND;TZID=Europe/Madrid:20250312T164500",
        org("hr@stisidores.es", "Natalie Brooks"),
        att("hr@stisidores.es", "Natalie Brooks", partstat="ACCEPTED", rsvp=False),
        att(ME, ME_CN),
        t("SUMMARY", "St. Isidore's – Primary Homeroom Teacher – initial interview"),
        t("DESCRIPTION",
          "Dear Diego,\n\nThank you for applying to St. Isidore's International School. This first interview "
          "(30 min) with HR covers your experience, availability and the CAP/Máster requirement.\n\n"
          + meet("bhx-tumo-pqe", "en") + "\n\nNatalie Brooks – HR Manager"),
    ), tz=TZ_MADRID), uid, 1, "St. Isidore's International School", "Primary Homeroom Teacher",
        "recruiter_screen", "hr@stisidores.es", "google-screen-en"))

    uid = "stisidores-head-final@stisidores.es"
    out.append(Ev("floating-final-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250331T120000",
        "DTEND:20250331T124500",
        org("hr@stisidores.es", "Natalie Brooks"),
        att("head@stisidores.es", "Dr. Alan Mercer"),
        att(ME, ME_CN),
        t("SUMMARY", "Final interview with the Head of School"),
        t("DESCRIPTION",
          "Diego – final interview with Dr Alan Mercer, Head of School, in his office (Main Building). "
          "Primary Homeroom Teacher post. Natalie (HR) will meet you at reception.\nSt. Isidore's "
          "International School, Ctra. Sevilla–Utrera km 3"),
    ), method="REQUEST"), uid, 1, "St. Isidore's International School", "Primary Homeroom Teacher", "final",
        "head@stisidores.es", "floating-final-en"))

    uid = "littleowls-trial-days-2025@littleowls.es"
    master = vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250422T170000",
        "DTEND;TZID=Europe/Madrid:20250422T190000",
        "RRULE:FREQ=DAILY;COUNT=3",
        org("academic@littleowls.es", "Sara Whitley"),
        att(ME, ME_CN),
        t("SUMMARY", "Clases de prueba – Little Owls English (Nervión)"),
        t("DESCRIPTION",
          "Diego, as agreed: three trial afternoons with our Kids 2 and Kids 3 groups. I'll observe and we'll "
          "chat at the end of each day. Bring your own flashcards if you like!\nSara Whitley, Academic "
          "Coordinator"),
        t("LOCATION", "Little Owls English Nervión, Av. Eduardo Dato 41"),
    )
    override = vev(
        uid,
        "RECURRENCE-ID;TZID=Europe/Madrid:20250423T170000",
        "DTSTART;TZID=Europe/Madrid:20250423T180000",
        "DTEND;TZID=Europe/Madrid:20250423T200000",
        org("academic@littleowls.es", "Sara Whitley"),
        att(ME, ME_CN),
        t("SUMMARY", "Clases de prueba – Little Owls English (Nervión) – 18:00 hoy"),
        t("LOCATION", "Little Owls English Nervión, Av. Eduardo Dato 41"),
        "SEQUENCE:1",
    )
    out.append(Ev("recurring-trial-es", cal(P_GOOGLE, [master, override], tz=TZ_MADRID), uid, 1,
                  "Little Owls English", "", "technical", "academic@littleowls.es", "recurring-override-en-es"))

    uid = "040000008200E00074C5B7101A82E00800000000STM0D2C8ADB01000000000000000010000000STM12"
    out.append(Ev("cancel-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={_q(UTC1_ES)}:20250318T120000",
        f"DTEND;TZID={_q(UTC1_ES)}:20250318T124500",
        org("rrhh@santelmomontequinto.es", "Recursos Humanos San Telmo"),
        att("subdireccion@santelmomontequinto.es", "Pineda, Alfonso", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Cancelada: Entrevista de selección – Maestro/a Primaria bilingüe"),
        t("DESCRIPTION",
          "Lamentamos comunicarle que la entrevista con el subdirector, D. Alfonso Pineda, queda cancelada. "
          "Le contactaremos para proponer una nueva fecha.\n\nColegio San Telmo Montequinto – Fundación EDUCAM"),
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "PRIORITY:1",
    ), method="CANCEL", tz=TZ_UTC1_ES), uid, 1, "Colegio San Telmo Montequinto", "Maestro/a Primaria bilingüe",
        "hiring_manager", "subdireccion@santelmomontequinto.es", "cancelled-outlook-es"))

    return out

