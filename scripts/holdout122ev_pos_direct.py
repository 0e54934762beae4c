"""holdout122: the user's own interviews sent directly by employees, founders and agencies."""

from __future__ import annotations

from holdout122ev_ics import (
    EXCHANGE,
    GMAIL,
    GOOGLE,
    OUTLOOK,
    TEAMS_EN,
    TEAMS_ES,
    USER,
    Ev,
    att,
    cal,
    dt,
    meet,
    org,
    pos,
    t,
    teams,
    zoom,
)

ME = att(GMAIL, USER)
MS = ("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE")


def _html(text: str) -> str:
    body = "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>" for line in text.split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" CONTENT="MS '
            'Exchange Server version 16.0.17328.20124"><TITLE></TITLE></HEAD><BODY>' + body + "</BODY></HTML>")


def _outlook(uid: str, tz: str, start: str, end: str, organizer: str, attendees: list[str], summary: str,
             desc: str, location: str, stamp: str, seq: int = 0, prodid: str = OUTLOOK, alt: bool = True,
             lang: str = "en-US") -> str:
    props = [
        f"UID:{uid}", f"DTSTAMP:{stamp}", dt("DTSTART", tz, start), dt("DTEND", tz, end), organizer, *attendees,
        f"SUMMARY;LANGUAGE={lang}:{t(summary)}", f"DESCRIPTION;LANGUAGE={lang}:{t(desc)}",
        f"LOCATION;LANGUAGE={lang}:{t(location)}", "CLASS:PUBLIC", "PRIORITY:5", f"SEQUENCE:{seq}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", *MS,
    ]
    if alt:
        props.append(f"X-ALT-DESC;FMTTYPE=text/html:{t(_html(desc))}")
    return cal(prodid, [props], tzs=(tz,))


def _kestrel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000F1B09C2D6E9FDC01000000000000000010000000C4A9E2B7"
    d = (
        "Hi Inés,\n\nThanks for applying for the Localisation QA Lead role – really enjoyed your cover letter.\n"
        "This first chat will be with me and Declan from our LQA team, about 45 mins. Nothing to prepare.\n\n"
        "Siobhan\n\n" + teams(TEAMS_EN, "YzA0NjM1", "346 227 081 905", "Ke5tR1")
    )
    e = _outlook(uid, "GMT Standard Time", "20260130T110000", "20260130T114500",
                 org("siobhan.byrne@kestrel-interactive.ie", "Byrne, Siobhan"),
                 [att("declan.murphy@kestrel-interactive.ie", "Murphy, Declan"), att(GMAIL, "Inés Navarro Ruiz")],
                 "Inés Navarro - Localisation QA Lead - 1st interview", d, "Microsoft Teams Meeting",
                 "20260126T170212Z", lang="en-IE")
    return pos("outlook-en", uid, e, "Kestrel Interactive", "Localisation QA Lead", "",
               "siobhan.byrne@kestrel-interactive.ie;declan.murphy@kestrel-interactive.ie",
               "outlook-lastfirst-altdesc-en")


def _quillon() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000002C8E1A04A1A7DC01000000000000000010000000E77F0B23"
    tz = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    d = (
        "Dear Inés,\n\nGraham would like to meet you for the final interview for the Head of Vendor "
        "Management position. He will be joined by no one else; I have simply set this up on his behalf.\n\n"
        "Address: Quillon, 3rd floor, 27 Clerkenwell Road, London EC1M 5RN. Please ask for me at reception.\n\n"
        "Kind regards,\nPoppy Ashworth\nExecutive Assistant to the CEO | Quillon Language Solutions Ltd"
    )
    e = _outlook(uid, tz, "20260409T140000", "20260409T150000",
                 org("graham.whitlock@quillon.co.uk", "Whitlock, Graham", sent_by="poppy.ashworth@quillon.co.uk"),
                 [att(GMAIL, "Navarro Ruiz, Inés"),
                  att("poppy.ashworth@quillon.co.uk", "Ashworth, Poppy", role="OPT-PARTICIPANT")],
                 "Final interview – Head of Vendor Management (Inés Navarro Ruiz / Graham Whitlock)", d,
                 "Quillon, 27 Clerkenwell Road, London", "20260401T094411Z", lang="en-GB")
    return pos("outlook-en", uid, e, "Quillon Language Solutions", "Head of Vendor Management", "final",
               "graham.whitlock@quillon.co.uk", "outlook-sentby-ea-utc-zone-en")


def _traduvia() -> Ev:
    uid = "5k2v8l0r1p6q9c3t4m7n8b2x1z@google.com"
    d = (
        "Hola Inés:\n\nComo hablamos por teléfono, te envío la convocatoria para la entrevista del puesto de "
        "Vendor Manager. Estaremos Montse Ribas (gerente) y yo, Pau Ferrer, responsable de producción.\n\n"
        "Si te viene mal la hora, dímelo sin problema.\n\nUn abrazo,\nPau\n\n" + meet("trd-pgqz-aie", lang="es")
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260127T160000"), dt("DTEND", "Europe/Madrid", "20260127T170000"),
        "DTSTAMP:20260121T120514Z", org("pau.ferrer@traduvia.es", "Pau Ferrer"), f"UID:{uid}",
        att("montse.ribas@traduvia.es", "Montse Ribas", ps="ACCEPTED", extra=";X-NUM-GUESTS=0"),
        att("pau.ferrer@traduvia.es", "Pau Ferrer", ps="ACCEPTED", extra=";X-NUM-GUESTS=0"),
        att(GMAIL, "ines.navarro.loc@gmail.com", extra=";X-NUM-GUESTS=0"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/trd-pgqz-aie", f"DESCRIPTION:{t(d)}", "SEQUENCE:0",
        "STATUS:CONFIRMED", f"SUMMARY:{t('Entrevista Inés Navarro / Traduvia – Vendor Manager')}",
        "TRANSP:OPAQUE",
    ]], tzs=("Europe/Madrid",))
    return pos("google-es", uid, e, "Traduvia", "Vendor Manager", "hiring_manager",
               "montse.ribas@traduvia.es;pau.ferrer@traduvia.es", "google-direct-es")


def _ondina() -> Ev:
    uid = "0h3s9fj2k1la8q7we6rt5yu4io@google.com"
    d = (
        "Hola Inés! Como te comenté por LinkedIn, esta sería la primera entrevista para el puesto de "
        "Localization Lead en Ondina (somos 14, app de podcasts y audiolibros, lanzamos en IT y PT en otoño). "
        "Te cuento el proyecto y me cuentas tú. Hablamos en castellano o inglés, como prefieras.\n\nMarc"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260219T183000"), dt("DTEND", "Europe/Madrid", "20260219T191500"),
        "DTSTAMP:20260216T213001Z", org("marc.puig.ondina@gmail.com", "Marc Puig"), f"UID:{uid}",
        att("marc.puig.ondina@gmail.com", "Marc Puig", ps="ACCEPTED"), ME, f"DESCRIPTION:{t(d)}",
        "LOCATION:https://meet.google.com/ond-xgwe-pqr", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Inés <> Marc')}", "TRANSP:OPAQUE",
    ]], tzs=("Europe/Madrid",))
    return pos("freemail-founder-es", uid, e, "Ondina", "Localization Lead", "", "marc.puig.ondina@gmail.com",
               "freemail-founder-body-only-es")


def _lumenwave() -> list[Ev]:
    uid1 = "linguatalent-int-20260224-ND-0193"
    d1 = (
        "Hi Inés,\n\nAs discussed, please find below the details of your first interview with my client "
        "Lumenwave (Stockholm) for the Localisation Manager (Subtitling & Dubbing) role.\n\n"
        "Interviewer: Elsa Lindqvist, Director of Content Localisation\nFormat: Teams video, 45 minutes\n\n"
        "Give me a call afterwards to debrief!\n\nBest,\nNathan Doyle\nSenior Consultant – Localisation & "
        "Language Tech\nLinguatalent Recruitment Ltd\n\n" + teams(TEAMS_EN, "NWQ4YjE2", "327 604 881 119", "Lw2nQ7")
    )
    e1 = cal(OUTLOOK, [[
        f"UID:{uid1}", "DTSTAMP:20260219T111500Z",
        dt("DTSTART", "Europe/Stockholm", "20260224T140000"), dt("DTEND", "Europe/Stockholm", "20260224T144500"),
        org("nathan.doyle@linguatalent.co.uk", "Nathan Doyle"),
        att("elsa.lindqvist@lumenwave.se", "Elsa Lindqvist"), ME,
        f"SUMMARY:{t('Interview: Lumenwave – Localisation Manager (Subtitling & Dubbing) – Inés Navarro')}",
        f"DESCRIPTION:{t(d1)}", "LOCATION:Microsoft Teams Meeting", "SEQUENCE:0", "STATUS:CONFIRMED",
    ]], tzs=("Europe/Stockholm",))
    uid2 = "040000008200E00074C5B7101A82E00800000000A6D4F9E3C0ABDC01000000000000000010000000B80C2F61"
    d2 = (
        "Hej Inés,\n\nThank you for the great conversations so far. We'd like to invite you to the final "
        "interview with Elsa Lindqvist and Johan Ek (VP Content). Nathan from Linguatalent is copied for "
        "information only.\n\nBest regards,\nMaja Sundberg\nTalent Acquisition, Lumenwave\n\n"
        + teams(TEAMS_EN, "ZjE5YzAw", "315 770 204 663", "Sx8vJ3")
    )
    e2 = _outlook(uid2, "W. Europe Standard Time", "20260312T100000", "20260312T111500",
                  org("maja.sundberg@lumenwave.se", "Sundberg, Maja"),
                  [att("elsa.lindqvist@lumenwave.se", "Lindqvist, Elsa"), att("johan.ek@lumenwave.se", "Ek, Johan"),
                   att(GMAIL, USER),
                   att("nathan.doyle@linguatalent.co.uk", "Nathan Doyle", role="OPT-PARTICIPANT")],
                  "Final interview – Localisation Manager (Subtitling & Dubbing)", d2, "Microsoft Teams Meeting",
                  "20260305T100321Z", prodid=EXCHANGE, lang="en-US")
    return [
        pos("agency-en", uid1, e1, "Lumenwave", "Localisation Manager (Subtitling & Dubbing)", "",
            "elsa.lindqvist@lumenwave.se", "agency-names-client-en"),
        pos("outlook-en", uid2, e2, "Lumenwave", "Localisation Manager (Subtitling & Dubbing)", "final",
            "elsa.lindqvist@lumenwave.se;johan.ek@lumenwave.se", "final-agency-optional-en"),
    ]


def _banca() -> list[Ev]:
    uid1 = "TLP-2026-0211-NAVARRO@talentiapartners.es"
    d1 = (
        "Hola Inés,\n\nTe confirmo la entrevista con Banca Levante para la posición de Responsable de "
        "Localización Digital (canales web y app).\n\nTe entrevistará Marta Ibáñez, Directora de Canales "
        "Digitales. Es presencial en su sede: Plaza del Ayuntamiento 9, Valencia (pregunta en recepción por "
        "ella, planta 5).\n\nLlévate el CV impreso. Cualquier cosa, me llamas.\n\nUn saludo,\n"
        "Gonzalo Herrera\nTalentia Partners – Executive Search"
    )
    e1 = cal(OUTLOOK, [[
        f"UID:{uid1}", "DTSTAMP:20260211T091200Z",
        dt("DTSTART", "Romance Standard Time", "20260218T120000"),
        dt("DTEND", "Romance Standard Time", "20260218T130000"),
        org("gherrera@talentiapartners.es", "Gonzalo Herrera"), att(GMAIL, USER),
        f"SUMMARY:{t('Entrevista Banca Levante – Resp. Localización Digital')}",
        f"DESCRIPTION;LANGUAGE=es-ES:{t(d1)}", f"LOCATION:{t('Banca Levante, Plaza del Ayuntamiento 9, Valencia')}",
        "SEQUENCE:0", "STATUS:CONFIRMED", *MS,
    ]], tzs=("Romance Standard Time",))
    uid2 = "040000008200E00074C5B7101A82E0080000000094B3E1F2C3A1DC01000000000000000010000000AA11BB22"
    d2 = (
        "Buenos días Inés,\n\nDesde Selección de Banca Levante te convocamos a una primera entrevista con "
        "Recursos Humanos para la posición de Responsable de Localización Digital.\n\nTe llamará Elena "
        "Soriano por Teams.\n\nSaludos cordiales,\nSelección y Desarrollo\n\n"
        + teams(TEAMS_ES, "MDEyZTk4", "362 119 077 405", "Bl4eV2")
    )
    e2 = _outlook(uid2, "Romance Standard Time", "20260206T093000", "20260206T100000",
                  org("seleccion@bancalevante.es", "Selección Banca Levante", sent_by="esoriano@bancalevante.es"),
                  [att("esoriano@bancalevante.es", "Soriano Pérez, Elena"), att(GMAIL, USER)],
                  "Entrevista RRHH – Responsable de Localización Digital", d2, "Reunión de Microsoft Teams",
                  "20260202T080900Z", lang="es-ES")
    return [
        pos("agency-es", uid1, e1, "Banca Levante", "Responsable de Localización Digital", "hiring_manager",
            "marta ibáñez", "agency-inperson-name-only-es"),
        pos("outlook-es", uid2, e2, "Banca Levante", "Responsable de Localización Digital", "recruiter_screen",
            "esoriano@bancalevante.es", "outlook-shared-mailbox-sentby-es"),
    ]


def _finch() -> Ev:
    uid = "7tq2p0m4n8s1d6f3g9h5j2k0l1@google.com"
    d = (
        "Hi Inés – quick 20-minute phone screen for the Localisation Manager role at Finch & Barrow. "
        "I'll ring you on +34 654 21 87 03. Speak soon! – Amelia (Talent)"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/London", "20260114T093000"), dt("DTEND", "Europe/London", "20260114T095000"),
        "DTSTAMP:20260112T155000Z", org("amelia.hart@finchandbarrow.com", "Amelia Hart"), f"UID:{uid}",
        att("amelia.hart@finchandbarrow.com", "Amelia Hart", ps="ACCEPTED"), ME, f"DESCRIPTION:{t(d)}",
        "LOCATION:Phone", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Phone screen: Inés Navarro Ruiz / Finch & Barrow')}",
    ]], tzs=("Europe/London",))
    return pos("phone-screen-en", uid, e, "Finch & Barrow", "Localisation Manager", "recruiter_screen",
               "amelia.hart@finchandbarrow.com", "phone-screen-en")


def _orbis() -> list[Ev]:
    uid1 = "1a9d7e3c5b0f@orbislingua.eu"
    d1 = (
        "Bonjour Inés,\n\nComme convenu, je vous appellerai pour un premier échange téléphonique d'une "
        "vingtaine de minutes au sujet du poste de Vendor Manager senior.\n\nBien à vous,\nAurélie Dumont\n"
        "Talent Acquisition – Orbis Lingua"
    )
    e1 = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Brussels", "20260121T103000"), dt("DTEND", "Europe/Brussels", "20260121T105000"),
        "DTSTAMP:20260119T143500Z", org("a.dumont@orbislingua.eu", "Aurélie Dumont"), f"UID:{uid1}",
        att("a.dumont@orbislingua.eu", "Aurélie Dumont", ps="ACCEPTED"), ME, f"DESCRIPTION:{t(d1)}",
        "LOCATION:Téléphone (+34 654 21 87 03)", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Entretien téléphonique – Orbis Lingua')}",
    ]], tzs=("Europe/Brussels",))
    uid2 = "040000008200E00074C5B7101A82E00800000000E0F3B8A7C2A4DC01000000000000000010000000F3E2D1C0"
    tz = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    d2 = (
        "Bonjour Inés,\n\nJe vous propose un entretien avec Véronique Lambert, directrice des opérations, "
        "qui serait votre responsable directe pour le poste de Vendor Manager senior.\n\nL'entretien aura "
        "lieu sur Teams, en français et en partie en anglais.\n\nCordialement,\nAurélie Dumont\n\n"
        + teams(TEAMS_EN, "OTk1ZmE3", "388 410 296 517", "Or6bL4")
    )
    e2 = _outlook(uid2, tz, "20260203T150000", "20260203T160000",
                  org("a.dumont@orbislingua.eu", "Dumont, Aurélie"),
                  [att("v.lambert@orbislingua.eu", "Lambert, Véronique"), att(GMAIL, USER)],
                  "Entretien Inés Navarro Ruiz – Vendor Manager senior – avec V. Lambert", d2,
                  "Réunion Microsoft Teams", "20260127T111000Z", lang="fr-BE")
    return [
        pos("phone-screen-fr", uid1, e1, "Orbis Lingua", "Vendor Manager senior", "recruiter_screen",
            "a.dumont@orbislingua.eu", "phone-screen-fr"),
        pos("outlook-fr", uid2, e2, "Orbis Lingua", "Vendor Manager senior", "hiring_manager",
            "v.lambert@orbislingua.eu", "outlook-quoted-utc-zone-fr"),
    ]


def _voxterra() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000078C1D2E3F4A5DC01000000000000000010000000ABCDEF12"
    d = (
        "Bonjour Inés,\n\nRavie de poursuivre avec vous ! Pour ce dernier entretien, vous rencontrerez "
        "Thibault Garnier, notre fondateur, et moi-même. Nous parlerons de votre vision du pilotage des "
        "comédiens et studios partenaires en Espagne et en Amérique latine.\n\nÀ jeudi,\nClémence Roy\n"
        "Responsable RH – Voxterra\n\n" + zoom("845 1120 6673", "VxT9pQ2mLs", host="voxterra")
    )
    e = _outlook(uid, "Romance Standard Time", "20260219T110000", "20260219T120000",
                 org("clemence.roy@voxterra.fr", "Roy, Clémence"),
                 [att("thibault.garnier@voxterra.fr", "Garnier, Thibault"), att(GMAIL, USER)],
                 "Entretien final – Voxterra / Inés Navarro Ruiz", d, "Zoom", "20260213T163000Z", lang="fr-FR")
    return pos("outlook-fr", uid, e, "Voxterra", "", "final",
               "thibault.garnier@voxterra.fr;clemence.roy@voxterra.fr", "final-organizer-interviews-fr")


def _altamar() -> list[Ev]:
    uid1 = "smartrecruiters-intv-1a2b3c4d5e6f@altamarhoteles.com"
    d1 = (
        "Estimada Inés:\n\nNos complace invitarte a la segunda fase del proceso para el puesto de "
        "Responsable de Localización y Contenidos. La entrevista será presencial en nuestras oficinas "
        "centrales e incluye una breve presentación sobre la localización de la web y el motor de reservas "
        "a 6 idiomas.\n\nTe recibirán:\n- Rocío Peña, Talent Acquisition\n- Javier Almansa, Director de "
        "Marketing Digital\n\nSala: Mirador (planta 2).\n\nUn cordial saludo,\nEquipo de Personas – Altamar "
        "Hoteles\n\nEnviado con SmartRecruiters"
    )
    e1 = cal("-//SmartRecruiters//SmartRecruiters Calendar//EN", [[
        f"UID:{uid1}", "DTSTAMP:20260223T100000Z",
        dt("DTSTART", "Europe/Madrid", "20260302T100000"), dt("DTEND", "Europe/Madrid", "20260302T113000"),
        f"SUMMARY:{t('Entrevista presencial: Responsable de Localización y Contenidos – Altamar Hoteles')}",
        f"DESCRIPTION:{t(d1)}", f"LOCATION:{t('Altamar Hoteles – Oficinas centrales, Av. de Andalucía 12, Málaga')}",
        org("rocio.pena@altamarhoteles.com", "Rocío Peña"),
        att("rocio.pena@altamarhoteles.com", "Rocío Peña", ps="ACCEPTED"),
        att("javier.almansa@altamarhoteles.com", "Javier Almansa", ps="ACCEPTED"),
        att("sala.mirador@altamarhoteles.com", "Sala Mirador – P2", cutype="ROOM", role="NON-PARTICIPANT"), ME,
        "STATUS:CONFIRMED",
    ]], tzs=("Europe/Madrid",))
    uid2 = "smartrecruiters-intv-0f9e8d7c6b5a@altamarhoteles.com"
    d2 = "Hola Inés, te llamo para una primera toma de contacto (20 min). Un saludo, Rocío Peña – Talent Acquisition"
    e2 = cal("-//SmartRecruiters//SmartRecruiters Calendar//EN", [[
        f"UID:{uid2}", "DTSTAMP:20260211T080000Z",
        dt("DTSTART", "Europe/Madrid", "20260213T124000"), dt("DTEND", "Europe/Madrid", "20260213T130000"),
        f"SUMMARY:{t('Llamada telefónica – Altamar Hoteles')}", f"DESCRIPTION:{t(d2)}", "LOCATION:Teléfono",
        org("rocio.pena@altamarhoteles.com", "Rocío Peña"), ME, "STATUS:CONFIRMED",
    ]], tzs=("Europe/Madrid",))
    return [
        pos("smartrecruiters-es", uid1, e1, "Altamar Hoteles", "Responsable de Localización y Contenidos", "onsite",
            "rocio.pena@altamarhoteles.com;javier.almansa@altamarhoteles.com", "smartrecruiters-onsite-room-es"),
        pos("phone-screen-es", uid2, e2, "Altamar Hoteles", "", "recruiter_screen", "rocio.pena@altamarhoteles.com",
            "phone-screen-es"),
    ]


def events() -> list[Ev]:
    return [_kestrel(), _quillon(), _traduvia(), _ondina(), *_lumenwave(), *_banca(), _finch(), *_orbis(),
            _voxterra(), *_altamar()]
