"""train18: the user's own interviews written in German and Spanish."""

from __future__ import annotations

from train18ev_ics import (
    APPLE,
    GOOGLE,
    ME_PRIVATE,
    OUTLOOK,
    STAMP,
    Ev,
    att,
    cal,
    d,
    google_footer,
    loc,
    meet,
    org,
    room,
    s,
    teams_de,
    tz_olson,
    tz_windows,
    ve,
    zoom,
)

E: list[Ev] = []

# ---------------------------------------------------------------- German

u = "040000008200E00074C5B7101A82E00800000000NORDSTERN0A1B2C3D4E5F60000000000000000100000009F"
E.append(Ev("outlook-de-hr-and-manager", "de", u, cal(
    OUTLOOK, tz_windows("W. Europe Standard Time"), ve(
        "CLASS:PUBLIC", f"UID:{u}", STAMP,
        "DTSTART;TZID=W. Europe Standard Time:20261201T140000", "DTEND;TZID=W. Europe Standard Time:20261201T150000",
        s("Vorstellungsgespräch Cloud Platform Engineer (m/w/d) – Herr Diallo"),
        org("karriere@nordstern.de", "Nordstern Versicherung – Karriere"), att(ME_PRIVATE, "Diallo, Amadou"),
        att("j.hartmann@nordstern.de", "Hartmann, Julia"), att("m.vogel@nordstern.de", "Vogel, Markus"),
        d("Sehr geehrter Herr Diallo,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
          "Vorstellungsgespräch für die Position Cloud Platform Engineer (m/w/d) in unserem Team IT-Infrastruktur "
          "ein. Ihre Gesprächspartner sind Julia Hartmann (HR Business Partnerin) und Markus Vogel (Leiter "
          "Cloud Services).\n\n" + teams_de("377 020 118 449", "Tm9yZHN0ZXJuL")
          + "\n\nMit freundlichen Grüßen\nNordstern Versicherung AG – Personalabteilung"),
        loc("Microsoft Teams-Besprechung"))),
    True, "Nordstern Versicherung", "Cloud Platform Engineer", "hiring_manager",
    ("j.hartmann@nordstern.de", "m.vogel@nordstern.de")))

u = "greenhouse-de-6620134-lindwurm"
E.append(Ev("ats-greenhouse-de-technical", "de", u, cal(
    "-//Greenhouse Software//Greenhouse Calendar//DE", tz_olson("Europe/Berlin"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Berlin:20261204T103000", "DTEND;TZID=Europe/Berlin:20261204T113000",
        s("Technisches Interview – Amadou Diallo – DevOps Engineer (remote)"),
        org("no-reply@greenhouse.io", "Lindwurm Systems Recruiting"), att(ME_PRIVATE, "Amadou Diallo"),
        att("tobias.brenner@lindwurm.systems", "Tobias Brenner"),
        d("Hallo Amadou,\n\ndein technisches Interview bei der Lindwurm Systems GmbH ist bestätigt. Du sprichst "
          "mit Tobias Brenner (Principal Engineer) über CI/CD, Container-Sicherheit und Monitoring.\n\n"
          + zoom("de", "961 4401 2235", "LwSde8Kq1") + "\nViele Grüße\ndein Lindwurm-Recruiting-Team"),
        loc("Zoom"))),
    True, "Lindwurm Systems", "DevOps Engineer", "technical", ("tobias.brenner@lindwurm.systems",)))

u = "moselhub-kennenlernen-2026-11-30"
E.append(Ev("teams-de-kennenlernen-lux", "de", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261130T093000",
        "DTEND;TZID=Romance Standard Time:20261130T100000",
        s("Kennenlerngespräch – Systems Engineer Cloud – Moselhub"),
        org("talent@moselhub.lu", "Moselhub Talent"), att(ME_PRIVATE, "Amadou Diallo"),
        att("claudia.reuter@moselhub.lu", "Claudia Reuter"),
        d("Guten Tag Herr Diallo,\n\nwie telefonisch besprochen, ein erstes Kennenlerngespräch (30 Min.) mit "
          "Claudia Reuter aus dem Recruiting der Moselhub S.A. zur Stelle Systems Engineer Cloud in "
          "Luxemburg-Kirchberg.\n\n" + teams_de("348 901 227 615", "TW9zZWxodWIxM")),
        loc("Microsoft Teams-Besprechung"))),
    True, "Moselhub", "Systems Engineer Cloud", "recruiter_screen", ("claudia.reuter@moselhub.lu",)))

u = "sr-de-int-55102-helix@smartrecruiters.com"
E.append(Ev("ats-smartrecruiters-de", "de", u, cal(
    "-//SmartRecruiters//Interview//DE", ve(
        f"UID:{u}", STAMP, "DTSTART:20261207T080000Z", "DTEND:20261207T091500Z",
        s("Einladung zum Fachinterview: DevOps Engineer bei Helix Mobilfunk"),
        org("notifications@smartrecruiters.com", "Helix Mobilfunk GmbH"), att(ME_PRIVATE, "Amadou Diallo"),
        att("r.albrecht@helix-mobil.de", "Ralf Albrecht"), att("n.schulze@helix-mobil.de", "Nele Schulze"),
        d("Hallo Amadou,\n\nwir möchten dich gerne zu einem Fachinterview für die Stelle DevOps Engineer "
          "einladen.\nInterviewer: Ralf Albrecht (Teamleiter Plattform), Nele Schulze (Cloud Engineer)\n"
          "Dauer: 75 Minuten, inklusive kleiner Live-Übung (Ansible).\n\n" + meet("de", "hlx-mobi-fi1")
          + "\nBitte bestätige den Termin im SmartRecruiters-Kandidatenportal."),
        loc("Google Meet"))),
    True, "Helix Mobilfunk", "DevOps Engineer", "technical", ("r.albrecht@helix-mobil.de", "n.schulze@helix-mobil.de")))

u = "vossberg-final-zoom-88120"
E.append(Ev("zoom-de-final-consultancy", "de", u, cal(
    "-//zoom.us//iCalendar Event//EN", tz_olson("Europe/Berlin", lic=False), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Berlin:20261215T160000", "DTEND;TZID=Europe/Berlin:20261215T170000",
        s("Finale Gesprächsrunde – Vossberg Consulting – Senior Cloud Consultant"),
        org("h.vossberg@vossberg-consulting.de", "Henrik Vossberg"), att(ME_PRIVATE, "Amadou Diallo"),
        att("e.dewitte@vossberg-consulting.de", "Els De Witte"),
        d("Henrik Vossberg lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Finale Gesprächsrunde – "
          "Senior Cloud Consultant (Standort Brüssel)\nTeilnehmer: Henrik Vossberg (Geschäftsführer), Els De "
          "Witte (Practice Lead Benelux)\n\n" + zoom("de", "881 2044 7310", "VsbFin2mX")),
        loc("https://us06web.zoom.us/j/88120447310"))),
    True, "Vossberg Consulting", "Senior Cloud Consultant", "final",
    ("h.vossberg@vossberg-consulting.de", "e.dewitte@vossberg-consulting.de")))

u = "7A0B9C8D-AUWERK-ZWEIT-1030"
E.append(Ev("hand-typed-de", "de", u, cal(
    APPLE, ve(
        "CREATED:20261123T070011Z", f"UID:{u}", "DTSTART:20261209T103000", "DTEND:20261209T113000",
        "DTSTAMP:20261123T070015Z", s("2. Gespräch Auwerk Energie (Teams)"), "SEQUENCE:0",
        d("mit Fr. Lindner + Teamleiter, Link kommt per Mail")), method=None),
    True, "Auwerk Energie", "", "", (), "hand_typed"))

# ---------------------------------------------------------------- Spanish

u = "040000008200E00074C5B7101A82E00800000000BANCOMESETA77A1000000000000000010000000ES01"
E.append(Ev("teams-es-technical-bank", "es", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261202T163000",
        "DTEND;TZID=Romance Standard Time:20261202T173000",
        s("Entrevista técnica – Ingeniero/a Cloud – Amadou Diallo"),
        org("seleccion@bancomeseta.es", "Selección Banco Meseta"), att(ME_PRIVATE, "Diallo, Amadou"),
        att("pablo.serrano@bancomeseta.es", "Serrano Ruiz, Pablo"),
        att("elena.campos@bancomeseta.es", "Campos Gil, Elena"),
        d("Hola Amadou:\n\nTe confirmamos la entrevista técnica para la posición de Ingeniero/a Cloud en el área "
          "de Infraestructura de Banco Meseta. Te entrevistarán Pablo Serrano (Responsable de Plataforma) y "
          "Elena Campos (Arquitecta Cloud).\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la "
          "reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_QmFuY29NZXNld%40thread.v2/0>\n"
          "Id. de reunión: 392 118 004 557\nCódigo de acceso: QmFuY2\n\nUn saludo,\nEquipo de Selección"),
        loc("Reunión de Microsoft Teams"))),
    True, "Banco Meseta", "Ingeniero/a Cloud", "technical",
    ("pablo.serrano@bancomeseta.es", "elena.campos@bancomeseta.es")))

u = "nubeira-rrhh-3k1m@google.com"
E.append(Ev("meet-es-hr", "es", u, cal(
    GOOGLE, ve(
        "DTSTART:20261125T160000Z", "DTEND:20261125T163000Z", STAMP,
        org("carmen.ortega@nubeira.com", "Carmen Ortega"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("carmen.ortega@nubeira.com", "Carmen Ortega", stat="ACCEPTED"),
        d("Hola Amadou, como hablamos por LinkedIn, primera entrevista con Recursos Humanos para el puesto de "
          "SRE (remoto desde Bruselas). Media hora, muy informal.\nCarmen – Talent, Nubeira\n\n"
          + meet("es", "nbr-rrhh-001") + google_footer("es", ME_PRIVATE)),
        s("Entrevista con RR. HH. – Nubeira"), "STATUS:CONFIRMED")),
    True, "Nubeira", "SRE", "recruiter_screen", ("carmen.ortega@nubeira.com",)))

u = "wd-es-ev-99812-aerocastellana@myworkday.com"
E.append(Ev("ats-workday-es-hm", "es", u, cal(
    "-//Workday//Calendar//ES", tz_olson("Europe/Madrid", lic=False), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Madrid:20261210T110000", "DTEND;TZID=Europe/Madrid:20261210T120000",
        s("Entrevista – Ingeniero/a de Plataforma (REQ-2026-3310)"),
        org("aerocastellana@myworkday.com", "Aeroservicios Castellana – Talento"), att(ME_PRIVATE, "Amadou Diallo"),
        att("jm.delrio@aerocastellana.com", "José María del Río"),
        d("Estimado Amadou:\n\nNos complace invitarle a una entrevista con el responsable de contratación, José "
          "María del Río (Director de Operaciones TI), para el puesto Ingeniero/a de Plataforma en "
          "Aeroservicios Castellana S.A. (Madrid-Barajas, híbrido).\n\nLa entrevista será por Microsoft Teams; "
          "recibirá el enlace el día anterior.\n\nAtentamente,\nDepartamento de Talento"),
        loc("Microsoft Teams"))),
    True, "Aeroservicios Castellana", "Ingeniero/a de Plataforma", "hiring_manager", ("jm.delrio@aerocastellana.com",)))

u = "pixelmar-charla-cto-2@hotmail.com"
E.append(Ev("founder-hotmail-es", "es", u, cal(
    "-//Microsoft Corporation//Outlook.com//ES", tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261211T180000",
        "DTEND;TZID=Romance Standard Time:20261211T190000",
        s("Charla con Javier (CTO de Pixelmar)"),
        org("javi.pixelmar@hotmail.com", "Javier Lozano"), att(ME_PRIVATE, "Amadou Diallo"),
        d("¡Hola Amadou! Esta es la segunda entrevista para el puesto de DevOps: la parte técnica conmigo. "
          "Veremos tu prueba de Kubernetes y hablaremos de cómo montarías nuestra plataforma en AWS. "
          "Te paso el enlace de Zoom.\n\n" + zoom("es", "834 5510 2290", "PxMcto2aQ")),
        loc("Zoom"))),
    True, "Pixelmar", "DevOps", "technical", ("javi.pixelmar@hotmail.com",), "free_mail_founder"))

u = "altamira-talent-solara-0917"
E.append(Ev("agency-es", "es", u, cal(
    GOOGLE, tz_olson("Europe/Madrid"), ve(
        "DTSTART;TZID=Europe/Madrid:20261214T100000", "DTEND;TZID=Europe/Madrid:20261214T110000", STAMP,
        org("lucia.vega@altamiratalent.es", "Lucía Vega"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("i.navarro@solara.es", "Ignacio Navarro"),
        d("Hola Amadou:\n\nTe envío la convocatoria para tu entrevista con nuestro cliente Energía Solara "
          "(Madrid) para el puesto de Cloud Engineer. Te entrevistará Ignacio Navarro, Jefe de Infraestructura. "
          "Yo no estaré, pero llámame al terminar.\n\nLucía Vega – Altamira Talent\n\n"
          + meet("es", "slr-alta-tal") + google_footer("es", ME_PRIVATE)),
        s("Entrevista Energía Solara – Cloud Engineer (Altamira Talent)"), "STATUS:CONFIRMED")),
    True, "Energía Solara", "Cloud Engineer", "", ("i.navarro@solara.es",), "agency"))

u = "LUMBRE-FINAL-PRESENCIAL-20261217"
E.append(Ev("onsite-es-final-room", "es", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261217T100000",
        "DTEND;TZID=Romance Standard Time:20261217T130000",
        s("Entrevista final presencial – Platform Engineer – Lumbre Tech"),
        org("people@lumbre.tech", "Lumbre People"), att(ME_PRIVATE, "Amadou Diallo"),
        att("andrea.molina@lumbre.tech", "Andrea Molina"), att("sergio.pastor@lumbre.tech", "Sergio Pastor"),
        room("sala-retiro@lumbre.tech", "Sala Retiro (planta 2)"),
        d("Hola Amadou:\n\nTe esperamos en nuestras oficinas de Madrid para la entrevista final del proceso de "
          "Platform Engineer: Andrea Molina (VP Engineering) y Sergio Pastor (CTO). Calle de Alcalá 155, 2ª "
          "planta. Pregunta por People en recepción.\n\nUn abrazo,\nLumbre People"),
        loc("Calle de Alcalá 155, 28009 Madrid – Sala Retiro"))),
    True, "Lumbre Tech", "Platform Engineer", "final", ("andrea.molina@lumbre.tech", "sergio.pastor@lumbre.tech")))
