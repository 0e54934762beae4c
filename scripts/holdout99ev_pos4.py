"""holdout99 interviews, part 4: rail, risk consulting, mutual insurer (recurring), Spanish logistics, hand-typed."""

from __future__ import annotations

from holdout99ev_common import (
    GOOGLE,
    ME_FREE,
    OUTLOOK,
    PARIS,
    THUNDERBIRD,
    TZ_UTC_FR,
    UTC_FR,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_video import meet_fr, webex_es, zoom_en


def events() -> list[Ev]:
    out: list[Ev] = []

    # 35 Réseau Ferré Occitan: Google Calendar export with X-WR-TIMEZONE and UTC times.
    uid = "1r2f3o4c5c6i7t8a9n0sur3te@google.com"
    desc = (
        "Bonjour Sébastien,\n\nPremier entretien RH (45 min) pour le poste de Responsable Sûreté Ferroviaire – "
        "Établissement Occitanie. Interlocuteur : Florian Mercadier, chargé de recrutement.\n\n"
        + meet_fr("rfo-jjxe-wta", "118204733")
    )
    out.append(Ev("google-x-wr-timezone-screen-fr", cal(GOOGLE, [[
        "DTSTART:20251030T130000Z",
        "DTEND:20251030T134500Z",
        "DTSTAMP:20251024T111111Z",
        org("florian.mercadier@rfo-rail.fr", "Florian Mercadier"),
        f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        att("florian.mercadier@rfo-rail.fr", "Florian Mercadier", partstat="ACCEPTED", rsvp="FALSE"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:RFO | Entretien RH – Responsable Sûreté Ferroviaire",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH", extra=("X-WR-CALNAME:Sébastien", "X-WR-TIMEZONE:Europe/Paris")),
        uid, 1, "Réseau Ferré Occitan", "Responsable Sûreté Ferroviaire", "recruiter_screen",
        "florian.mercadier@rfo-rail.fr", "google-x-wr-timezone-fr"))

    # 36 Ardent Risk Consulting: ModernLoop recruiter call in English.
    uid = "modernloop-3f0e6a12-ardent-screen"
    desc = (
        "Hi Sébastien,\n\nYou're scheduled for a Recruiter Call with Hannah Price for the Security Risk "
        "Consultant – South of France position at Ardent Risk Consulting.\n\n"
        + zoom_en("Hannah Price", "912 5530 8841", "220917")
        + "\n\nScheduled with ModernLoop"
    )
    out.append(Ev("modernloop-screen-en", cal("-//ModernLoop//ModernLoop Scheduler//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251007T153000Z",
        "DTSTART:20251010T140000Z",
        "DTEND:20251010T143000Z",
        "SUMMARY:Recruiter Call – Sébastien Moreau (Security Risk Consultant)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Zoom",
        "ORGANIZER;CN=Ardent Recruiting:mailto:talent@ardentrisk.com",
        att("hannah.price@ardentrisk.com", "Hannah Price"),
        att(ME_FREE, "Sébastien Moreau"),
    ]]),
        uid, 1, "Ardent Risk Consulting", "Security Risk Consultant – South of France", "recruiter_screen",
        "hannah.price@ardentrisk.com", "modernloop-zoom-en"))

    # 37 Ardent case presentation (technical), English, Teams.
    uid = "modernloop-7c55b0d9-ardent-case"
    desc = (
        "Case presentation (60 min): you'll present a security risk assessment for a fictional logistics hub "
        "near Perpignan (brief sent by email). Panel: Oliver Grant (Director, Crisis & Security) and Élodie "
        "Marchal (Senior Consultant, Paris).\n\n(Joining instructions below)\n\nMicrosoft Teams meeting\n"
        "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ARDENTcase\nMeeting ID: 288 410 993 017\n"
        "Passcode: aRd9Kx"
    )
    out.append(Ev("modernloop-case-panel-en", cal("-//ModernLoop//ModernLoop Scheduler//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251021T093000Z",
        "DTSTART;TZID=Europe/Paris:20251031T100000",
        "DTEND;TZID=Europe/Paris:20251031T110000",
        "SUMMARY:Case Presentation – Security Risk Consultant – Sébastien Moreau",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Hannah Price:mailto:hannah.price@ardentrisk.com",
        att("oliver.grant@ardentrisk.com", "Oliver Grant"),
        att("elodie.marchal@ardentrisk.com", "Élodie Marchal"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Ardent Risk Consulting", "Security Risk Consultant", "technical",
        "oliver.grant@ardentrisk.com;elodie.marchal@ardentrisk.com", "modernloop-case-coordinator-en"))

    # 38 Mutuelle d'Oc Assurances: recruiter screen, Outlook, CN="Last, First".
    uid = "040000008200E00074C5B7101A82E00800000000E2B7C90F114EDC010000000000000000100000009A8B7C6D5E"
    desc = (
        "Bonjour M. Moreau,\n\nJe vous propose un premier entretien téléphonique concernant le poste de "
        "Responsable Gestion de Crise & PCA. Je vous appellerai sur votre portable.\n\nBien cordialement,\n"
        "Nathalie Soum\nChargée de recrutement – Mutuelle d'Oc Assurances"
    )
    out.append(Ev("outlook-phone-screen-lastfirst-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        f"DTSTART;TZID={TZ_UTC_FR}:20251016T123000",
        f"DTEND;TZID={TZ_UTC_FR}:20251016T130000",
        "DTSTAMP:20251013T150000Z",
        "LOCATION:Téléphone",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Entretien téléphonique – Responsable Gestion de Crise & PCA",
        f"UID:{uid}",
        org("nathalie.soum@mutuelle-doc.fr", '"Soum, Nathalie"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
    ]], tz=UTC_FR),
        uid, 1, "Mutuelle d'Oc Assurances", "Responsable Gestion de Crise & PCA", "recruiter_screen",
        "nathalie.soum@mutuelle-doc.fr", "outlook-phone-screen-fr"))

    # 39 Mutuelle d'Oc: three weekly interview sessions as one series, second session moved (override).
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0E1D2C3B4"
    desc = (
        "Cycle de trois entretiens (1 par semaine) :\n1) Directeur des Risques – M. Jacques Bedel\n"
        "2) Exercice de crise sur table avec l'équipe PCA (animé par Mme Anne Gély)\n3) Directeur Général "
        "Adjoint – M. Pierre Loubet\n\nMême créneau, même salle. Nathalie Soum"
    )
    series = [
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU",
        f"DTSTART;TZID={TZ_UTC_FR}:20251104T140000",
        f"DTEND;TZID={TZ_UTC_FR}:20251104T153000",
        "DTSTAMP:20251028T101000Z",
        "LOCATION:Mutuelle d'Oc - 12 rue de Metz - salle Capitole",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Entretiens Resp. Gestion de Crise & PCA – S. Moreau",
        f"UID:{uid}",
        org("nathalie.soum@mutuelle-doc.fr", '"Soum, Nathalie"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
        att("jacques.bedel@mutuelle-doc.fr", '"Bedel, Jacques"'),
        att("anne.gely@mutuelle-doc.fr", '"Gély, Anne"'),
        att("pierre.loubet@mutuelle-doc.fr", '"Loubet, Pierre"'),
        att("salle.capitole@mutuelle-doc.fr", "Salle Capitole", role="NON-PARTICIPANT", cutype="RESOURCE"),
    ]
    override = [
        "CLASS:PUBLIC",
        "DESCRIPTION:Séance 2 déplacée au jeudi (exercice de crise) – même salle.",
        f"RECURRENCE-ID;TZID={TZ_UTC_FR}:20251111T140000",
        f"DTSTART;TZID={TZ_UTC_FR}:20251113T090000",
        f"DTEND;TZID={TZ_UTC_FR}:20251113T110000",
        "DTSTAMP:20251106T083000Z",
        "LOCATION:Mutuelle d'Oc - 12 rue de Metz - salle Capitole",
        "SEQUENCE:1",
        "SUMMARY;LANGUAGE=fr:Entretiens Resp. Gestion de Crise & PCA – S. Moreau (exercice de crise)",
        f"UID:{uid}",
        org("nathalie.soum@mutuelle-doc.fr", '"Soum, Nathalie"'),
        att(ME_FREE, "seb.moreau31@free.fr"),
        att("anne.gely@mutuelle-doc.fr", '"Gély, Anne"'),
    ]
    out.append(Ev("outlook-recurring-override-fr", cal(OUTLOOK, [series, override], tz=UTC_FR),
        uid, 1, "Mutuelle d'Oc Assurances", "Resp. Gestion de Crise & PCA", "",
        "jacques.bedel@mutuelle-doc.fr;anne.gely@mutuelle-doc.fr;pierre.loubet@mutuelle-doc.fr",
        "outlook-recurring-override-room-fr"))

    # 40 Grupo Transportes Pirineos: Webex invite in Spanish for the Le Boulou platform.
    uid = "webex-gtp-2025-10-17-8a3c1f@gtp-logistica.es"
    desc = (
        "Hola Sébastien:\n\nTe confirmamos la entrevista para el puesto de Responsable de Seguridad – Plataforma "
        "Le Boulou (Francia). Te entrevistará Jordi Puigdemasa, Director de Seguridad Corporativa; la entrevista "
        "será en francés y castellano.\n\n" + webex_es("gtp-logistica", "2741 553 0182", "Pir2025")
        + "\n\nUn saludo,\nMontse Vilaró\nRRHH – Grupo Transportes Pirineos"
    )
    out.append(Ev("webex-screen-es", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251017T100000",
        "DTEND;TZID=Romance Standard Time:20251017T104500",
        "DTSTAMP:20251013T090000Z",
        "LOCATION:Webex",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-ES:Entrevista – Responsable de Seguridad Plataforma Le Boulou – S. Moreau",
        f"UID:{uid}",
        org("montse.vilaro@gtp-logistica.es", '"Vilaró, Montse"'),
        att("jordi.puigdemasa@gtp-logistica.es", '"Puigdemasa, Jordi"'),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=["BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]),
        uid, 1, "Grupo Transportes Pirineos", "Responsable de Seguridad – Plataforma Le Boulou", "hiring_manager",
        "jordi.puigdemasa@gtp-logistica.es", "webex-es"))

    # 41 GTP second round at the platform, Spanish, coordinator organises; no stage word.
    uid = "gtp-visita-leboulou-20251105@gtp-logistica.es"
    desc = (
        "Segunda entrevista presencial en la plataforma de Le Boulou con Jordi Puigdemasa y el jefe de "
        "plataforma, Michel Soler. Incluye visita de muelles y del puesto de control de accesos.\n"
        "Dirección: ZA du Puig, 66160 Le Boulou. Preguntar por Montse en recepción."
    )
    out.append(Ev("outlook-onsite-es", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}",
        "DTSTART;TZID=Europe/Madrid:20251105T113000",
        "DTEND;TZID=Europe/Madrid:20251105T133000",
        "DTSTAMP:20251027T120000Z",
        "LOCATION:Plataforma GTP Le Boulou",
        "SUMMARY;LANGUAGE=es-ES:Segunda entrevista presencial – Sébastien Moreau",
        f"UID:{uid}",
        org("montse.vilaro@gtp-logistica.es", '"Vilaró, Montse"'),
        att("jordi.puigdemasa@gtp-logistica.es", '"Puigdemasa, Jordi"'),
        att("michel.soler@gtp-logistica.es", '"Soler, Michel"'),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=["BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "BEGIN:STANDARD", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "END:DAYLIGHT", "END:VTIMEZONE"]),
        uid, 1, "Grupo Transportes Pirineos", "", "onsite",
        "jordi.puigdemasa@gtp-logistica.es;michel.soler@gtp-logistica.es", "outlook-onsite-madrid-tz-es"))

    # 42 Hand-typed in the user's own Google calendar: terse, abbreviation.
    uid = "2ht9loglau4k1p0x7m3v5b8n6q@google.com"
    out.append(Ev("handtyped-terse-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251020T143000",
        "DTEND;TZID=Europe/Paris:20251020T153000",
        "DTSTAMP:20251016T190000Z",
        f"UID:{uid}",
        "CREATED:20251016T185950Z",
        "DESCRIPTION:poste resp sûreté entrepôt Villefranche-de-Lgs – voir M. Ferrand (dir. site) – 06 32 11 90 41",
        "LOCATION:ZA Borde Blanche Villefranche-de-Lauragais",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien LOGLAU 14h30",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH", tz=PARIS),
        uid, 1, "Logistique Lauragais", "resp sûreté entrepôt", "", "m. ferrand", "handtyped-abbrev-fr"))

    # 43 Thunderbird, hand-typed, floating time, event venue, video.
    uid = "c4f1a7e2-9b3d-4e8a-8f21-6d0b5a9c3e17"
    out.append(Ev("thunderbird-floating-fr", cal(THUNDERBIRD, [[
        "CREATED:20251021T201500Z",
        "LAST-MODIFIED:20251021T201612Z",
        "DTSTAMP:20251021T201612Z",
        f"UID:{uid}",
        "SUMMARY:Entretien Arena Garonne (sécu événementiel) - visio",
        "DTSTART:20251024T113000",
        "DTEND:20251024T121500",
        "DESCRIPTION:lien Teams reçu par mail (Mme Lacaze\\, resp. exploitation). Parler concerts/matchs\\, "
        "palpations\\, SSIAP\\, relation préfecture.",
        "TRANSP:OPAQUE",
    ]], method=None),
        uid, 1, "Arena Garonne", "", "", "mme lacaze", "thunderbird-floating-handtyped-fr"))

    return out
