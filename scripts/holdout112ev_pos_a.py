"""holdout112: the user's own interviews, part A (ATS and scheduler invitations)."""

from __future__ import annotations

from holdout112ev_core import (
    ME,
    ME_CN,
    P_EXCHANGE,
    P_GOOGLE,
    P_OUTLOOK,
    TZ_BERLIN,
    TZ_LONDON,
    TZ_MADRID,
    TZ_UTC1_ES,
    UTC1_ES,
    Ev,
    alarm,
    att,
    cal,
    meet,
    org,
    t,
    teams,
    vev,
    webex,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "7hq2k0s1c9rlm4bq6u3f5e8p2a@google.com"
    out.append(Ev("greenhouse-screen-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/London:20250311T090000",
        "DTEND;TZID=Europe/London:20250311T093000",
        org("no-reply@us.greenhouse-mail.io", "Mathkin Learning Recruiting"),
        att("sophie.adeyemi@mathkin.co.uk", "Sophie Adeyemi"),
        att(ME, ME_CN),
        t("SUMMARY", "Interview: Diego Fuentes Morillo <> Mathkin Learning (Recruiter Screen)"),
        t("DESCRIPTION",
          "Hi Diego,\n\nThanks for your interest in the Curriculum Content Specialist (Spanish, Primary) role at "
          "Mathkin Learning! This is a 30 minute conversation with Sophie Adeyemi, Talent Partner, about your "
          "teaching background, the role and the next steps.\n\nTimes are shown in London time (one hour behind "
          "Spain).\n\n" + meet("xkt-pwrm-bde", "en") + "\n\nNeed to reschedule? Reply to this email and our "
          "Recruiting Coordinator, Hattie, will help.\n\nPowered by Greenhouse"),
        "LOCATION:https://meet.google.com/xkt-pwrm-bde",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ), tz=TZ_LONDON), uid, 1, "Mathkin Learning", "Curriculum Content Specialist (Spanish, Primary)",
        "recruiter_screen", "sophie.adeyemi@mathkin.co.uk", "greenhouse-en"))

    uid = "gh-3318207004-panel@mathkin.co.uk"
    out.append(Ev("greenhouse-panel-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250320T100000Z",
        "DTEND:20250320T111500Z",
        org("hattie.brown@mathkin.co.uk", "Hattie Brown"),
        att("hattie.brown@mathkin.co.uk", "Hattie Brown", partstat="ACCEPTED", rsvp=False),
        att("owen.pritchard@mathkin.co.uk", "Owen Pritchard"),
        att("lucia.serrano@mathkin.co.uk", "Lucía Serrano"),
        att(ME, ME_CN),
        t("SUMMARY", "Mathkin Learning – Content Task Review (Diego Fuentes Morillo)"),
        t("DESCRIPTION",
          "Interview Schedule\n\nCandidate: Diego Fuentes Morillo\nRole: Curriculum Content Specialist "
          "(Spanish, Primary)\n\n10:00 – 10:45 GMT  Content task walkthrough – Owen Pritchard (Head of "
          "Curriculum)\n10:45 – 11:15 GMT  Pedagogy & localisation – Lucía Serrano (Senior Content Designer)\n\n"
          "Please share your screen and walk us through the two lesson sequences you prepared for Year 4 "
          "fractions.\n\nCoordinator: Hattie Brown (hattie.brown@mathkin.co.uk)\n\n" + meet("vmc-qsto-ajr", "en")),
        "LOCATION:Google Meet",
    )), uid, 1, "Mathkin Learning", "Curriculum Content Specialist (Spanish, Primary)", "technical",
        "owen.pritchard@mathkin.co.uk;lucia.serrano@mathkin.co.uk", "greenhouse-panel-coordinator-en"))

    uid = "lever-5b1f0a2e-8c7d-4e11-9a3b-nubelia-hm"
    out.append(Ev("lever-hm-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250402T170000",
        "DTEND;TZID=Europe/Madrid:20250402T174500",
        org("no-reply@hire.lever.co", "Nubelia Online School"),
        att("ines.barrow@nubelia.school", "Inés Barrow"),
        att(ME, ME_CN),
        t("SUMMARY", "Diego Fuentes Morillo – Online Primary Teacher (Spanish/English) – Hiring Manager Interview"),
        t("DESCRIPTION",
          "You're confirmed for an interview with Nubelia Online School.\n\nInterviewer: Inés Barrow, Head of "
          "Primary\nFormat: Zoom, 45 minutes\n\n" + zoom("Inés Barrow", "84517720931", "Tmx9aQ2bWlV", "381204",
                                                          "en") +
          "\nIf you need any adjustments please let us know.\n\nSent via Lever"),
        "LOCATION:Zoom",
    ), tz=TZ_MADRID), uid, 1, "Nubelia Online School", "Online Primary Teacher (Spanish/English)",
        "hiring_manager", "ines.barrow@nubelia.school", "lever-en"))

    uid = "ashby-int-0f7a2c91-cuadernia"
    out.append(Ev("ashby-hm-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250318T153000Z",
        "DTEND:20250318T161500Z",
        org("scheduling@ashbyhq.com", "Cuadernia Labs"),
        att("p.lozano@cuadernia.io", "Pablo Lozano"),
        att(ME, ME_CN),
        t("SUMMARY", "Interview with Pablo Lozano (Cuadernia Labs) – Learning Designer"),
        t("DESCRIPTION",
          "Hi Diego, here are the details for your upcoming interview with Cuadernia Labs.\n\nInterview: Hiring "
          "Manager Interview\nRole: Learning Designer (K-6)\nInterviewer: Pablo Lozano – Lead Learning Designer\n"
          "\n" + meet("dqe-hnvu-tyk", "en") + "\n\nPowered by Ashby"),
    )), uid, 1, "Cuadernia Labs", "Learning Designer (K-6)", "hiring_manager", "p.lozano@cuadernia.io",
        "ashby-en"))

    uid = "WD-INT-2025-00418837@orbisschools.myworkdayjobs.com"
    out.append(Ev("workday-observation-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250407T093000",
        "DTEND;TZID=Europe/Madrid:20250407T113000",
        org("orbisschools@myworkday.com", "Orbis Schools Talent Acquisition"),
        att("rachel.finnegan@stclements-sevilla.es", "Rachel Finnegan", style="outlook"),
        att("talent@orbisschools.com", "Talent Acquisition", role="OPT-PARTICIPANT", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Interview Invitation: Year 2 Class Teacher – St. Clement's British School Seville"),
        t("DESCRIPTION",
          "Dear Diego,\n\nThank you for your application for the position of Year 2 Class Teacher "
          "(Requisition R-11782) at St. Clement's British School Seville, an Orbis Schools school.\n\n"
          "Stage: Teaching observation and interview\nYou will teach a 30-minute phonics lesson to a small "
          "group of Year 2 pupils, followed by a conversation with Rachel Finnegan, Head of Primary.\n\n"
          "Location: Avenida de la Palmera 58, 41012 Sevilla – please report to Reception with photo ID.\n\n"
          "Kind regards,\nOrbis Schools Talent Acquisition\n\nThis message was sent from Workday."),
        t("LOCATION", "St. Clement's British School Seville, Av. de la Palmera 58, Sevilla"),
    ), tz=TZ_MADRID), uid, 1, "St. Clement's British School", "Year 2 Class Teacher", "technical",
        "rachel.finnegan@stclements-sevilla.es", "workday-group-en"))

    uid = "sr-2f96d1e0-albero-primera@smartrecruiters.com"
    out.append(Ev("smartrecruiters-screen-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250313T120000",
        "DTEND;TZID=Europe/Madrid:20250313T123000",
        org("noreply@smartrecruiters.com", "Colegios Albero"),
        att("seleccion@colegiosalbero.es", "Marina Cuesta"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista por videollamada – Maestro/a de Educación Primaria (Sevilla Este)"),
        t("DESCRIPTION",
          "Hola Diego:\n\nGracias por tu interés en Colegios Albero. Te confirmamos una primera entrevista con "
          "Marina Cuesta, técnica de selección, para la vacante de Maestro/a de Educación Primaria en nuestro "
          "centro de Sevilla Este.\n\nDuración: 30 minutos\nEnlace: https://meet.google.com/rbo-kaxd-pmh\n\n"
          "Si necesitas cambiar la hora, usa el enlace de tu invitación.\n\nEquipo de Personas\nColegios Albero"),
    ), tz=TZ_MADRID), uid, 1, "Colegios Albero", "Maestro/a de Educación Primaria", "recruiter_screen",
        "seleccion@colegiosalbero.es", "smartrecruiters-es"))

    uid = "e2c81a77-4b0f-4d54-91c3-lernwerk-tel@personio.de"
    out.append(Ev("personio-phone-de", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Berlin:20250325T140000",
        "DTEND;TZID=Europe/Berlin:20250325T143000",
        org("noreply@personio.de", "Lernwerk GmbH"),
        att("j.krause@lernwerk.de", "Johanna Krause"),
        att(ME, ME_CN),
        t("SUMMARY", "Telefoninterview: Content Creator Spanisch Grundschule (m/w/d) – Lernwerk"),
        t("DESCRIPTION",
          "Hallo Diego,\n\nvielen Dank für deine Bewerbung bei der Lernwerk GmbH! Wie besprochen ruft dich "
          "Johanna Krause aus unserem People-Team unter deiner angegebenen Nummer (+34 6xx xxx 214) an.\n\n"
          "Dauer: ca. 30 Minuten. Wir sprechen gern Englisch oder Deutsch – wie es dir lieber ist.\n\n"
          "Viele Grüße\nDein Lernwerk-Team"),
        "LOCATION:Telefon",
    ), tz=TZ_BERLIN), uid, 1, "Lernwerk", "Content Creator Spanisch Grundschule (m/w/d)", "recruiter_screen",
        "j.krause@lernwerk.de", "personio-phone-screen-de"))

    uid = "lernwerk-fachgespraech-7731@lernwerk.de"
    out.append(Ev("direct-task-de", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Berlin:20250409T110000",
        "DTEND;TZID=Europe/Berlin:20250409T121500",
        org("m.albers@lernwerk.de", "Moritz Albers"),
        att("m.albers@lernwerk.de", "Moritz Albers", partstat="ACCEPTED", rsvp=False),
        att("s.yilmaz@lernwerk.de", "Selin Yilmaz"),
        att(ME, ME_CN),
        t("SUMMARY", "Fachgespräch + Präsentation Probeaufgabe – Diego Fuentes Morillo"),
        t("DESCRIPTION",
          "Hi Diego,\n\nwie angekündigt: Du stellst uns in 20 Minuten deine Probeaufgabe vor (eine interaktive "
          "Übungseinheit zum Thema \"los animales\" für die 3. Klasse), danach Fragen von Selin (Didaktik) und "
          "mir (Produkt).\n\n" + meet("fwa-ubqe-nxs", "en") + "\n\nBis Mittwoch!\nMoritz"),
    ), tz=TZ_BERLIN), uid, 1, "Lernwerk", "", "technical", "m.albers@lernwerk.de;s.yilmaz@lernwerk.de",
        "direct-case-de"))

    uid = "personio-pizarraviva-3f0d2e@personio.de"
    out.append(Ev("personio-hm-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250317T100000",
        "DTEND;TZID=Europe/Madrid:20250317T104500",
        org("noreply@personio.de", "Pizarra Viva"),
        att("alberto.nieto@pizarraviva.com", "Alberto Nieto"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista: Customer Success Docente – Pizarra Viva"),
        t("DESCRIPTION",
          "Hola Diego,\n\nte confirmamos la entrevista con Alberto Nieto, Head of Customer Success, para el "
          "puesto de Customer Success Docente (acompañamiento a colegios de Andalucía).\n\n"
          + meet("hyu-tcqe-wna") + "\n\nUn saludo,\nEquipo de Talento de Pizarra Viva S.L."),
    ), tz=TZ_MADRID), uid, 1, "Pizarra Viva", "Customer Success Docente", "hiring_manager",
        "alberto.nieto@pizarraviva.com", "personio-es"))

    uid = "pizarraviva-practica-2025-0402@pizarraviva.com"
    out.append(Ev("rescheduled-task-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250404T123000",
        "DTEND;TZID=Europe/Madrid:20250404T133000",
        org("alberto.nieto@pizarraviva.com", "Alberto Nieto"),
        att("alberto.nieto@pizarraviva.com", "Alberto Nieto", partstat="ACCEPTED", rsvp=False),
        att("carla.villalba@pizarraviva.com", "Carla Villalba"),
        att(ME, ME_CN, partstat="ACCEPTED"),
        t("SUMMARY", "Reprogramada: Prueba práctica – formación a claustro (Diego F.)"),
        t("DESCRIPTION",
          "Diego, movemos la prueba práctica al viernes a las 12:30 porque Carla tiene una visita a un cole el "
          "miércoles. Perdona el cambio.\n\nRecuerda: simulamos una sesión de formación de 20 min a un claustro "
          "de Primaria sobre la plataforma, y luego preguntas.\n\n" + meet("qpz-ahrk-umn")),
        "SEQUENCE:2",
        "LAST-MODIFIED:20250331T081422Z",
    ), tz=TZ_MADRID), uid, 1, "Pizarra Viva", "", "technical",
        "alberto.nieto@pizarraviva.com;carla.villalba@pizarraviva.com", "rescheduled-es"))

    uid = "tt-interview-61093-tutorizate@teamtailor.com"
    out.append(Ev("teamtailor-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250312T183000",
        "DTEND;TZID=Europe/Madrid:20250312T190000",
        org("no-reply@teamtailor-mail.com", "Tutorízate"),
        att("paula@tutorizate.es", "Paula Gil"),
        att(ME, ME_CN),
        t("SUMMARY", "Entrevista con Tutorízate"),
        t("DESCRIPTION",
          "¡Hola Diego!\n\nHas reservado una entrevista con Paula Gil para Profesor/a de apoyo escolar – "
          "Primaria (online, tardes).\n\nÚnete aquí: https://tutorizate.teamtailor.com/meetings/61093\n\n"
          "¿No puedes asistir? Cambia la hora desde el enlace de la invitación."),
    ), tz=TZ_MADRID), uid, 1, "Tutorízate", "Profesor/a de apoyo escolar – Primaria", "",
        "paula@tutorizate.es", "teamtailor-es"))

    uid = "tutorizate-clase-simulada-0319@tutorizate.es"
    out.append(Ev("zoom-demo-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250319T173000",
        "DTEND;TZID=Europe/Madrid:20250319T181500",
        org("paula@tutorizate.es", "Paula Gil"),
        att("rocio.mena@tutorizate.es", "Rocío Mena"),
        att(ME, ME_CN),
        t("SUMMARY", "Sesión de prueba (clase simulada) – Diego Fuentes"),
        t("DESCRIPTION",
          "Hola Diego, te paso la convocatoria de la clase simulada. Rocío (coordinadora pedagógica) hará de "
          "alumna de 4º y valorará la sesión. Yo solo te mando la invitación, no estaré conectada.\n\n"
          + zoom("Rocío Mena", "71180264519", "ZkR1bWxhMm", "472210")),
        "LOCATION:Zoom",
    ), tz=TZ_MADRID), uid, 1, "Tutorízate", "", "technical", "rocio.mena@tutorizate.es",
        "zoom-coordinator-absent-es"))

    uid = "040000008200E00074C5B7101A82E00800000000A0B3C61D2C8ADB01000000000000000010000000F3D1B7E"
    out.append(Ev("softgarden-demo-de", cal(P_EXCHANGE, vev(
        uid,
        "DTSTART;TZID=" + '"' + UTC1_ES + '"' + ":20250326T090000",
        "DTEND;TZID=" + '"' + UTC1_ES + '"' + ":20250326T110000",
        org("schulleitung@dsguadalquivir.es", "Hartmann, Ulrike", sent_by="bewerbung@dsguadalquivir.es"),
        att("schulleitung@dsguadalquivir.es", "Hartmann, Ulrike", style="outlook"),
        att("k.moreno@dsguadalquivir.es", "Moreno, Klaus", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        att("aula.2b@dsguadalquivir.es", "Klassenraum 2b", role="NON-PARTICIPANT", cutype="ROOM",
            style="outlook"),
        t("SUMMARY", "Hospitation und Probestunde – Grundschullehrkraft Spanisch (Diego Fuentes Morillo)"),
        t("DESCRIPTION",
          "Sehr geehrter Herr Fuentes Morillo,\n\nwir freuen uns, Sie zur Probestunde an der Deutschen Schule "
          "Guadalquivir einzuladen. Bitte bereiten Sie eine Spanischstunde (45 Min.) für die Klasse 2b vor; im "
          "Anschluss findet ein Gespräch mit der Schulleiterin Frau Hartmann und dem Grundschulkoordinator "
          "Herrn Moreno statt.\n\nIhre Bewerbung wurde über softgarden eingereicht (Stelle Nr. 2025-014).\n\n"
          "Mit freundlichen Grüßen\nSekretariat"),
        t("LOCATION", "Deutsche Schule Guadalquivir, Klassenraum 2b"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ), tz=TZ_UTC1_ES), uid, 1, "Deutsche Schule Guadalquivir", "Grundschullehrkraft Spanisch", "technical",
        "schulleitung@dsguadalquivir.es;k.moreno@dsguadalquivir.es", "softgarden-outlook-de"))

    uid = "dsg-abschluss-20250410@dsguadalquivir.es"
    out.append(Ev("direct-final-de", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250410T163000",
        "DTEND;TZID=Europe/Madrid:20250410T171500",
        org("schulleitung@dsguadalquivir.es", "Ulrike Hartmann"),
        att("vorstand@dsguadalquivir.es", "Dr. Friedrich Bauer"),
        att(ME, ME_CN),
        t("SUMMARY", "Abschlussgespräch mit dem Schulvorstand – Herr Fuentes Morillo"),
        t("DESCRIPTION",
          "Lieber Herr Fuentes,\n\nals letzter Schritt möchte Sie der Vorsitzende unseres Schulvereins, "
          "Dr. Bauer, kennenlernen. Ich selbst bin bei diesem Gespräch nicht dabei. Es geht auch um "
          "Vertragsbeginn und Ortskräfte-Vertrag.\n\nHerzliche Grüße\nUlrike Hartmann"),
        t("LOCATION", "Verwaltungsgebäude, Büro des Vorstands"),
    ), tz=TZ_MADRID), uid, 1, "Deutsche Schule Guadalquivir", "", "final", "vorstand@dsguadalquivir.es",
        "direct-final-de"))

    uid = "workable-7c0e19ab-littleowls"
    out.append(Ev("workable-phone-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250306T113000",
        "DTEND;TZID=Europe/Madrid:20250306T115000",
        org("notifications@workablemail.com", "Little Owls English"),
        att("marta.king@littleowls.es", "Marta King"),
        att(ME, ME_CN),
        t("SUMMARY", "Phone screen – Teacher of Young Learners (Sevilla) – Little Owls English"),
        t("DESCRIPTION",
          "Hi Diego,\n\nMarta King, Academic Recruiter at Little Owls English, will call you on +34 6** *** 214 "
          "for a 20-minute phone screen.\n\nPosition: Teacher of Young Learners (3–10 years), Sevilla – "
          "Nervión & Triana centres\n\nBest,\nLittle Owls English\n\nScheduled with Workable"),
        "LOCATION:Phone call",
    ), tz=TZ_MADRID), uid, 1, "Little Owls English", "Teacher of Young Learners", "recruiter_screen",
        "marta.king@littleowls.es", "workable-phone-en"))

    uid = "icims-8841-6200-sapientia-hm@icims.com"
    out.append(Ev("icims-video-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART:20250401T150000Z",
        "DTEND:20250401T154500Z",
        org("sapientia-talent@talent.icims.com", "Sapientia Education Talent"),
        att("dana.whitfield@sapientia-ed.com", "Dana Whitfield", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Video Interview – Spanish Curriculum Writer (K-5) – Req 2025-1187"),
        t("DESCRIPTION",
          "Dear Diego,\n\nYou have been scheduled for a video interview with Dana Whitfield, Director of World "
          "Languages, for the Spanish Curriculum Writer (K-5) position at Sapientia Education, Inc.\n\n"
          "Time: 11:00 AM – 11:45 AM Eastern Time (17:00 – 17:45 in Madrid)\n\n"
          + teams("NzI1MGFmZjMtY2RhZi00", "291 884 107 335", "qT7hX2", "en") +
          "\n\nThis invitation was generated by iCIMS."),
    )), uid, 1, "Sapientia Education", "Spanish Curriculum Writer (K-5)", "hiring_manager",
        "dana.whitfield@sapientia-ed.com", "icims-utc-en"))

    uid = "icims-8841-6201-sapientia-panel@icims.com"
    out.append(Ev("utc-panel-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART:20250415T140000Z",
        "DTEND:20250415T150000Z",
        org("kelsey.ortiz@sapientia-ed.com", "Ortiz, Kelsey"),
        att("marcus.lee@sapientia-ed.com", "Lee, Marcus", style="outlook"),
        att("ana.gutierrez@sapientia-ed.com", "Gutierrez, Ana", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Writing Sample Review Panel: Diego Fuentes Morillo"),
        t("DESCRIPTION",
          "Hi Diego,\n\nMarcus and Ana from the Curriculum team will review your writing sample (Unit 3, "
          "\"Mi comunidad\") with you. Kelsey is coordinating and will not join the call.\n\n"
          + teams("ZGQ5YjA0NzEtNjE0Mi00", "244 019 553 870", "Ld4Fv9", "en")),
    )), uid, 1, "Sapientia Education", "", "technical", "marcus.lee@sapientia-ed.com;ana.gutierrez@sapientia-ed.com",
        "utc-panel-coordinator-en"))

    uid = "sapientia-final-vp-0424@sapientia-ed.com"
    out.append(Ev("webex-final-en", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250424T170000",
        "DTEND;TZID=Europe/Madrid:20250424T173000",
        org("kelsey.ortiz@sapientia-ed.com", "Ortiz, Kelsey"),
        att("r.hollis@sapientia-ed.com", "Hollis, Renée", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Final Interview – Renée Hollis, VP Curriculum (Sapientia)"),
        t("DESCRIPTION",
          "Final conversation for the Spanish Curriculum Writer (K-5) role.\n\n"
          "Join Webex meeting\nhttps://sapientia.webex.com/sapientia/j.php?MTID=m3c9e1f0a\n"
          "Meeting number: 2634 118 0097\nPassword: Curr2025!"),
        "LOCATION:Webex",
    ), tz=TZ_MADRID), uid, 1, "Sapientia Education", "Spanish Curriculum Writer (K-5)", "final",
        "r.hollis@sapientia-ed.com", "webex-final-en"))

    uid = "SF-IS-000734119@alcazaba-grupoedelvia.successfactors.eu"
    out.append(Ev("successfactors-es", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250321T100000",
        "DTEND;TZID=Europe/Madrid:20250321T104500",
        org("noreply@successfactors.eu", "Ediciones Alcazaba – Selección"),
        att("elena.prados@edicionesalcazaba.es", "Prados Luque, Elena", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Entrevista: Asesor/a Pedagógico/a – Andalucía Occidental"),
        t("DESCRIPTION",
          "Estimado/a Diego Fuentes Morillo:\n\nHa sido convocado/a a una primera entrevista con Talent "
          "Acquisition para el puesto Asesor/a Pedagógico/a – Andalucía Occidental (ref. 734119) en "
          "Ediciones Alcazaba.\n\nEntrevistadora: Elena Prados Luque\n\n"
          + teams("YmE3ODk0NWQtMmI2Zi00", "355 902 118 664", "a3Vq8P") +
          "\n\nEste mensaje ha sido generado automáticamente por SAP SuccessFactors."),
    ), tz=TZ_MADRID), uid, 1, "Ediciones Alcazaba", "Asesor/a Pedagógico/a – Andalucía Occidental",
        "recruiter_screen", "elena.prados@edicionesalcazaba.es", "successfactors-es"))

    uid = "alcazaba-tel-2a-20250328"
    out.append(Ev("phone-second-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250328T131500",
        "DTEND;TZID=Europe/Madrid:20250328T134500",
        org("jmbernal@edicionesalcazaba.es", "José Manuel Bernal"),
        att(ME, ME_CN),
        t("SUMMARY", "Llamada telefónica – Asesor pedagógico (José Manuel Bernal, Ed. Alcazaba)"),
        t("DESCRIPTION",
          "Diego, te llamo yo al móvil. Soy el delegado de zona de Sevilla y Huelva y sería tu responsable "
          "directo. Hablamos de rutas por colegios, presentación de proyectos y formación a profes.\n"
          "Un saludo, José Manuel"),
        t("LOCATION", "Teléfono: te llamo al 6xx xxx 214"),
    ), tz=TZ_MADRID), uid, 1, "Ediciones Alcazaba", "Asesor pedagógico", "hiring_manager",
        "jmbernal@edicionesalcazaba.es", "phone-screen-es"))

    uid = "alcazaba-final-direccion-sur@edicionesalcazaba.es"
    out.append(Ev("webex-final-es", cal(P_OUTLOOK, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250408T160000",
        "DTEND;TZID=Europe/Madrid:20250408T170000",
        org("elena.prados@edicionesalcazaba.es", "Prados Luque, Elena"),
        att("f.castillo@edicionesalcazaba.es", "Castillo Pérez, Fernando", style="outlook"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Entrevista final – Dirección Comercial Zona Sur"),
        t("DESCRIPTION",
          "Buenas tardes, Diego:\n\nTe convocamos a la entrevista final con Fernando Castillo, director "
          "comercial de la zona sur. Yo organizo la reunión pero no estaré presente.\n\n"
          + webex("alcazaba", "8fe10a4c2b", "2741 093 5528", "Sur2025")),
        "LOCATION:Webex",
    ), tz=TZ_MADRID), uid, 1, "Ediciones Alcazaba", "", "final", "f.castillo@edicionesalcazaba.es",
        "webex-final-es"))

    uid = "goodtime-9a13c7-cuadernia-final@goodtime.io"
    out.append(Ev("goodtime-onsite-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250411T093000",
        "DTEND;TZID=Europe/Madrid:20250411T133000",
        org("scheduling@goodtime.io", "Cuadernia Labs Recruiting"),
        att("marta.ibarra@cuadernia.io", "Marta Ibarra"),
        att("p.lozano@cuadernia.io", "Pablo Lozano"),
        att("david.roldan@cuadernia.io", "David Roldán"),
        att(ME, ME_CN),
        t("SUMMARY", "Onsite Interview – Learning Designer (K-6) – Cuadernia Labs, Córdoba"),
        t("DESCRIPTION",
          "Your onsite interview itinerary\n\n09:30 Welcome & office tour – Ángela (People Ops, not "
          "interviewing)\n10:00 Design exercise debrief – Pablo Lozano\n11:00 Product & classroom fit – Marta "
          "Ibarra (VP Learning)\n12:00 Engineering collaboration – David Roldán\n13:00 Wrap-up\n\nAddress: "
          "Rabanales 21, Parque Científico Tecnológico de Córdoba, Edificio Centauro, 2ª planta\n\nScheduled "
          "with GoodTime"),
        t("LOCATION", "Cuadernia Labs, Rabanales 21, Córdoba"),
    ), tz=TZ_MADRID), uid, 1, "Cuadernia Labs", "Learning Designer (K-6)", "onsite",
        "marta.ibarra@cuadernia.io;p.lozano@cuadernia.io;david.roldan@cuadernia.io", "goodtime-onsite-en"))

    uid = "ml-evt-5f2a0c-mathkin-ceo@modernloop.io"
    out.append(Ev("modernloop-final-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/London:20250403T150000",
        "DTEND;TZID=Europe/London:20250403T154500",
        org("hattie.brown@mathkin.co.uk", "Hattie Brown"),
        att("tom@mathkin.co.uk", "Tom Ashcroft"),
        att(ME, ME_CN),
        t("SUMMARY", "Final interview: Diego Fuentes Morillo / Tom Ashcroft (CEO)"),
        t("DESCRIPTION",
          "Final stage for Curriculum Content Specialist (Spanish, Primary) at Mathkin.\n\nInterviewer: Tom "
          "Ashcroft, Co-founder & CEO\n\n" + meet("ubw-rymc-hos", "en") + "\n\nScheduled via ModernLoop"),
        *alarm(10),
    ), tz=TZ_LONDON), uid, 1, "Mathkin Learning", "Curriculum Content Specialist (Spanish, Primary)", "final",
        "tom@mathkin.co.uk", "modernloop-en"))
    return out
