"""holdout122: the user's own interviews – hand-typed entries, odd time shapes, cancellations, series."""

from __future__ import annotations

from holdout122ev_ics import (
    APPLE,
    GMAIL,
    GOOGLE,
    MACOS,
    OUTLOOK,
    TEAMS_EN,
    THUNDERBIRD,
    USER,
    WORK,
    Ev,
    att,
    cal,
    dt,
    meet,
    org,
    pos,
    t,
    teams,
)

ME = att(GMAIL, USER)


def _meridia() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010000000CAFE0122"
    tz = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    d = (
        "Dear Inés,\n\nThank you for your application for the position of Localisation Manager – Guest "
        "Experience at Meridia Cruises. I would like to schedule a short introductory call (colloquio "
        "conoscitivo) to go through your experience and the next steps.\n\nBest regards,\nFrancesca Ghio\n"
        "HR Recruiter – Meridia Cruises S.p.A.\nVia XX Settembre 41, 16121 Genova\n\n"
        + teams(TEAMS_EN, "ODc2ZGFj", "399 281 553 012", "Md7cR5")
    )
    e = cal(OUTLOOK, [[
        f"UID:{uid}", "DTSTAMP:20260330T080500Z", dt("DTSTART", tz, "20260407T113000"),
        dt("DTEND", tz, "20260407T120000"),
        org("f.ghio@meridiacruises.it", "Ghio, Francesca"), att(GMAIL, "Navarro Ruiz, Inés"),
        f"SUMMARY:{t('Colloquio conoscitivo / Intro call – Localisation Manager, Guest Experience')}",
        f"DESCRIPTION;LANGUAGE=en-GB:{t(d)}", "LOCATION:Microsoft Teams Meeting", "SEQUENCE:0",
        "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tzs=(tz,))
    return pos("outlook-en", uid, e, "Meridia Cruises", "Localisation Manager, Guest Experience", "recruiter_screen",
               "f.ghio@meridiacruises.it", "outlook-quoted-zone-it-en")


def _lokara() -> Ev:
    uid = "2m9q1w8e7r6t5y4u3i2o1p0a9s@google.com"
    d = (
        "Hi Inés,\n\nAs promised, a deep-dive with me and Kristjan (our lead engineer). We'd like to go through "
        "a real customer setup in Lokara: connectors, QA checks, MT + post-editing and how you'd onboard an "
        "enterprise LSP. Think of it as the technical round for the Solutions Lead, Localization role.\n\n"
        "Mari\nCTO, Lokara OÜ\n\n" + meet("lkr-azfq-twe")
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Tallinn", "20260310T160000"), dt("DTEND", "Europe/Tallinn", "20260310T171500"),
        "DTSTAMP:20260304T190000Z", org("mari@lokara.io", "Mari Tamm"), f"UID:{uid}",
        att("mari@lokara.io", "Mari Tamm", ps="ACCEPTED"), att("kristjan@lokara.io", "Kristjan Saar", ps="ACCEPTED"),
        ME, f"DESCRIPTION:{t(d)}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Lokara x Inés — technical deep-dive')}",
    ]], tzs=("Europe/Tallinn",))
    return pos("google-en", uid, e, "Lokara", "Solutions Lead, Localization", "technical",
               "mari@lokara.io;kristjan@lokara.io", "google-founder-technical-en")


def _glossa() -> list[Ev]:
    uid1 = "6v5c4x3z2l1k0j9h8g7f6d5s4a@google.com"
    d1 = (
        "Hola Inés,\n\nTe esperamos para la prueba técnica del puesto de Head of Linguistic Quality. Durante "
        "la sesión harás una revisión LQA en directo sobre un fichero que te compartiremos (EN>ES, 1.200 "
        "palabras) y luego la comentamos con Irene Calvo y Samuel Ortega.\n\nGlossa AI – Talento\n\n"
        + meet("gls-rkmw-ehd", lang="es")
    )
    e1 = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260414T100000"), dt("DTEND", "Europe/Madrid", "20260414T120000"),
        "DTSTAMP:20260408T101500Z", org("talento@glossa.ai", "Glossa AI Talento"), f"UID:{uid1}",
        att("irene.calvo@glossa.ai", "Irene Calvo", ps="ACCEPTED"),
        att("samuel.ortega@glossa.ai", "Samuel Ortega", ps="ACCEPTED"), ME, f"DESCRIPTION:{t(d1)}",
        "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{t('Prueba técnica – revisión LQA (Head of Linguistic Quality)')}",
    ]], tzs=("Europe/Madrid",))
    uid2 = "3n4b5v6c7x8z9a0s1d2f3g4h5j@google.com"
    e2 = cal(GOOGLE, [[
        "DTSTART:20260428T173000", "DTEND:20260428T183000", "DTSTAMP:20260422T090000Z",
        org("irene.calvo@glossa.ai", "Irene Calvo"), f"UID:{uid2}",
        att("irene.calvo@glossa.ai", "Irene Calvo", ps="ACCEPTED"),
        att("javier.montes@glossa.ai", "Javier Montes", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t('Última entrevista con Javier (CEO). Oficina de Glossa AI, C/ Alcalá 52, 4º, Madrid.')}",
        f"LOCATION:{t('Glossa AI, Calle de Alcalá 52, Madrid')}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Entrevista final – Glossa AI (Head of Linguistic Quality)')}",
    ]], method="PUBLISH", xprops=("X-WR-CALNAME:Inés – trabajo nuevo", "X-WR-TIMEZONE:Europe/Madrid"))
    return [
        pos("google-es", uid1, e1, "Glossa AI", "Head of Linguistic Quality", "technical",
            "irene.calvo@glossa.ai;samuel.ortega@glossa.ai", "live-test-candidate-es"),
        pos("google-es", uid2, e2, "Glossa AI", "Head of Linguistic Quality", "final",
            "irene.calvo@glossa.ai;javier.montes@glossa.ai", "floating-xwr-timezone-es"),
    ]


def _mosaico() -> Ev:
    uid = "8f3e2d1c0b9a@mosaicotranslations.it"
    d = (
        "Hi Inés,\n\nSorry for the change – Giulia had a clash, so we've moved your interview for the "
        "Localization Vendor Manager role to Friday at 15:00 (CET). Same Meet link.\n\nGiulia Rinaldi "
        "(Head of Supply) will interview you; I'll just make the introductions.\n\nCiao,\nStefano Bassi – HR\n\n"
        + meet("msc-ozxq-vkl")
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Rome", "20260320T150000"), dt("DTEND", "Europe/Rome", "20260320T154500"),
        "DTSTAMP:20260317T081100Z", org("s.bassi@mosaicotranslations.it", "Stefano Bassi"), f"UID:{uid}",
        att("g.rinaldi@mosaicotranslations.it", "Giulia Rinaldi", ps="ACCEPTED"),
        att("s.bassi@mosaicotranslations.it", "Stefano Bassi", ps="ACCEPTED"), ME, f"DESCRIPTION:{t(d)}",
        "LAST-MODIFIED:20260317T081100Z", "SEQUENCE:2", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Updated invitation: Colloquio – Localization Vendor Manager (Mosaico Translations)')}",
    ]], tzs=("Europe/Rome",))
    return pos("rescheduled-en", uid, e, "Mosaico Translations", "Localization Vendor Manager", "hiring_manager",
               "g.rinaldi@mosaicotranslations.it", "rescheduled-sequence-en")


def _hve() -> Ev:
    uid = "A71C4E0B-93D2-4F1A-8C55-2E7B9D31F6C0"
    e = cal(APPLE, [[
        "CREATED:20260302T201455Z", "DTEND:20260309T123000", "DTSTAMP:20260302T201517Z",
        "DTSTART:20260309T113000", "LAST-MODIFIED:20260302T201517Z",
        "LOCATION:" + t("Halcón Verde Estudios\nCalle Alarcón Luján 8, 29005 Málaga, España"),
        f"DESCRIPTION:{t('2ª ronda con Álvaro Téllez (dir. producción). Llevar portfolio LQA + ejemplos de glosario')}",
        "SEQUENCE:1", f"SUMMARY:{t('Entrevista HVE')}", "TRANSP:OPAQUE", f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H",
        "UID:0D9E2C11-4F4B-4B11-A1D0-6F0A7C9C2E01", "X-WR-ALARMUID:0D9E2C11-4F4B-4B11-A1D0-6F0A7C9C2E01", "END:VALARM",
    ]], method=None)
    return pos("apple-hand-es", uid, e, "Halcón Verde Estudios", "", "", "álvaro téllez", "apple-floating-abbrev-es")


def _polarstern() -> Ev:
    uid = "3f6b2a1e-8c0d-4e7f-9b1a-5c2d4e6f8a01"
    d = (
        "Vorstellungsgespräch Polarstern Software (Localization Lead, m/w/d)\n"
        "Gespräch mit Stefan Maier (Head of Product Content) + jemand aus HR\n"
        "Teams-Link kommt per Mail. Fragen: Remote-Anteil? Budget für Vendoren? Team-Größe?"
    )
    e = cal(THUNDERBIRD, [[
        "CREATED:20260223T183012Z", "LAST-MODIFIED:20260223T183144Z", "DTSTAMP:20260223T183144Z", f"UID:{uid}",
        f"SUMMARY:{t('Vorstellungsgespräch Polarstern (Teams)')}", "STATUS:CONFIRMED",
        dt("DTSTART", "Europe/Berlin", "20260304T150000"), dt("DTEND", "Europe/Berlin", "20260304T160000"),
        f"DESCRIPTION:{t(d)}", "TRANSP:OPAQUE", "X-MOZ-GENERATION:2",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT30M", "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    ]], method=None, tzs=("Europe/Berlin",), calscale=False)
    return pos("thunderbird-de", uid, e, "Polarstern Software", "Localization Lead (m/w/d)", "", "stefan maier",
               "thunderbird-hand-de")


def _selvaggio() -> Ev:
    uid = "7k1m3n5b7v9c@selvaggiostudios.com"
    d = (
        "Hi Inés,\n\nAs discussed, the assessment for the Localisation Lead role runs over two afternoons: "
        "day 1 is a live localisation-kit review with Davide Ferri (Producer), day 2 a vendor-planning "
        "exercise with Chiara Fontana (Head of Publishing).\n\nSelvaggio Studios – People Team\n\n"
        + meet("slv-eqbn-ywx")
    )
    base = [
        org("people@selvaggiostudios.com", "Selvaggio Studios People"), f"UID:{uid}",
        att("davide.ferri@selvaggiostudios.com", "Davide Ferri", ps="ACCEPTED"),
        att("chiara.fontana@selvaggiostudios.com", "Chiara Fontana", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d)}", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Assessment: Localisation Lead – Selvaggio Studios')}",
    ]
    master = [
        dt("DTSTART", "Europe/Rome", "20260407T140000"), dt("DTEND", "Europe/Rome", "20260407T163000"),
        "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20260331T100000Z", "SEQUENCE:0", *base,
    ]
    override = [
        dt("DTSTART", "Europe/Rome", "20260408T150000"), dt("DTEND", "Europe/Rome", "20260408T173000"),
        dt("RECURRENCE-ID", "Europe/Rome", "20260408T140000"), "DTSTAMP:20260402T090000Z", "SEQUENCE:1", *base,
    ]
    e = cal(GOOGLE, [master, override], tzs=("Europe/Rome",))
    return pos("recurring-override-en", uid, e, "Selvaggio Studios", "Localisation Lead", "onsite",
               "davide.ferri@selvaggiostudios.com;chiara.fontana@selvaggiostudios.com", "recurring-override-en")


def _trailhead() -> list[Ev]:
    uid1 = "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000D00DFEED"
    d1 = (
        "Liebe Frau Navarro Ruiz,\n\nleider müssen wir den Termin krankheitsbedingt absagen. Wir melden uns "
        "in Kürze mit einem neuen Terminvorschlag.\n\nBeste Grüße\nVerena Huber\nPeople & Culture, Trailhead "
        "Outdoor GmbH"
    )
    e1 = cal(OUTLOOK, [[
        f"UID:{uid1}", "DTSTAMP:20260225T070000Z",
        dt("DTSTART", "W. Europe Standard Time", "20260226T100000"),
        dt("DTEND", "W. Europe Standard Time", "20260226T110000"),
        org("verena.huber@trailhead-outdoor.at", "Huber, Verena"),
        att("lukas.gruber@trailhead-outdoor.at", "Gruber, Lukas"), att(GMAIL, USER),
        f"SUMMARY:{t('Abgesagt: Interview Localization Manager – Trailhead Outdoor')}",
        f"DESCRIPTION;LANGUAGE=de-AT:{t(d1)}", "SEQUENCE:1", "STATUS:CANCELLED", "PRIORITY:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    ]], method="CANCEL", tzs=("W. Europe Standard Time",))
    uid2 = "C2B4F7A0-1E35-4B8C-9D6E-0A1B2C3D4E5F"
    e2 = cal(MACOS, [[
        "CREATED:20260227T092000Z", "DTSTAMP:20260227T092100Z", f"UID:{uid2}",
        dt("DTSTART", "Europe/Vienna", "20260305T140000"), dt("DTEND", "Europe/Vienna", "20260305T150000"),
        f"SUMMARY:{t('Gespräch Trailhead (neuer Termin) – Lukas Gruber + Verena')}",
        f"DESCRIPTION:{t('Localization Manager. Teams-Link in Verenas Mail vom 27.2.')}", "SEQUENCE:0",
        "TRANSP:OPAQUE",
    ]], method=None, tzs=("Europe/Vienna",))
    return [
        pos("cancel-de", uid1, e1, "Trailhead Outdoor GmbH", "Localization Manager", "",
            "lukas.gruber@trailhead-outdoor.at", "method-cancel-de"),
        pos("macos-hand-de", uid2, e2, "Trailhead Outdoor GmbH", "Localization Manager", "",
            "lukas gruber;verena", "hand-rescheduled-de"),
    ]


def _duna() -> Ev:
    uid = "4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com"
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260116T150000"), dt("DTEND", "Europe/Madrid", "20260116T154500"),
        "DTSTAMP:20260115T103000Z", org("recruitment@dunagames.hu", "Duna Games Recruitment"), f"UID:{uid}",
        att("zsofia.kovacs@dunagames.hu", "Zsófia Kovács", ps="DECLINED"), ME,
        "DESCRIPTION:" + t("Interview with Zsófia Kovács (Localization Director) – Localization Lead. "
                            "This event has been canceled."),
        "SEQUENCE:3", "STATUS:CANCELLED", f"SUMMARY:{t('Duna Games – Localization Lead interview')}",
        "TRANSP:TRANSPARENT",
    ]], method="CANCEL", tzs=("Europe/Madrid",))
    return pos("cancel-en", uid, e, "Duna Games", "Localization Lead", "", "zsofia.kovacs@dunagames.hu",
               "status-cancelled-en")


def _kestrel_day() -> Ev:
    uid = "1q2w3e4r5t6y7u8i9o0pkestrel@google.com"
    e = cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20260224", "DTEND;VALUE=DATE:20260225", "DTSTAMP:20260210T200000Z",
        org(GMAIL, USER), f"UID:{uid}", "CREATED:20260210T195959Z",
        f"DESCRIPTION:{t('Onsite loop Localisation QA Lead. Vuelo FR7043 AGP-DUB 7:05. Volver el 25.')}",
        f"LOCATION:{t('Kestrel Interactive, Grand Canal Dock, Dublin')}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Onsite Kestrel – Dublín')}", "TRANSP:TRANSPARENT",
    ]], method="PUBLISH", xprops=("X-WR-CALNAME:ines.navarro.loc@gmail.com", "X-WR-TIMEZONE:Europe/Madrid"))
    return pos("allday-hand-es", uid, e, "Kestrel Interactive", "Localisation QA Lead", "onsite", "",
               "allday-onsite-hand-es")


def _traduvia_hand() -> Ev:
    uid = "9z8x7c6v5b4n3m2l1k0jtraduvia2@google.com"
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260210T100000"), dt("DTEND", "Europe/Madrid", "20260210T110000"),
        "DTSTAMP:20260205T211000Z", org(GMAIL, USER), f"UID:{uid}",
        f"DESCRIPTION:{t('con Montse Ribas. Preguntar: % remoto, cartera de proveedores, herramienta (memoQ?)')}",
        "LOCATION:Meet", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{t('Traduvia 2a entrevista')}",
    ]], method="PUBLISH", tzs=("Europe/Madrid",))
    return pos("google-hand-es", uid, e, "Traduvia", "", "", "montse ribas", "hand-terse-es")


def _zephyr_block() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000B10CB10C"
    e = cal(OUTLOOK, [[
        f"UID:{uid}", "DTSTAMP:20260227T161500Z",
        dt("DTSTART", "Romance Standard Time", "20260305T130000"),
        dt("DTEND", "Romance Standard Time", "20260305T140000"), org(WORK, "Navarro Ruiz, Inés"),
        f"SUMMARY;LANGUAGE=es-ES:{t('Fuera (privado) – entrevista Zephyr HM')}",
        f"DESCRIPTION;LANGUAGE=es-ES:{t('Hiring manager Zephyr Mobility (Óscar L.), desde casa. No poner reuniones.')}",
        "CLASS:PRIVATE", "SEQUENCE:0", "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
    ]], method="PUBLISH", tzs=("Romance Standard Time",))
    return pos("work-calendar-block-es", uid, e, "Zephyr Mobility", "", "hiring_manager", "óscar l.",
               "private-block-work-calendar-es")


def _finch_hand() -> Ev:
    uid = "E5D4C3B2-A190-4F8E-7D6C-5B4A39281706"
    e = cal(MACOS, [[
        "CREATED:20260122T090500Z", "DTSTAMP:20260122T090600Z", f"UID:{uid}",
        dt("DTSTART", "Europe/London", "20260128T140000"), dt("DTEND", "Europe/London", "20260128T150000"),
        f"SUMMARY:{t('F&B 2nd round w/ Oliver Grant (Head of Intl)')}",
        f"DESCRIPTION:{t('Finch & Barrow – Localisation Manager. Zoom link in Amelia email. Prepare: 3 markets plan')}",
        "SEQUENCE:0", "TRANSP:OPAQUE", "URL;VALUE=URI:https://finchandbarrow.zoom.us/j/87114520933",
    ]], method=None, tzs=("Europe/London",))
    return pos("macos-hand-en", uid, e, "Finch & Barrow", "Localisation Manager", "", "oliver grant",
               "hand-abbrev-en")


def _fernweh_onsite() -> Ev:
    uid = "softgarden-appt-77e10c3d2b@fernweh-reisen.softgarden.io"
    d = (
        "Sehr geehrte Frau Navarro Ruiz,\n\nwir freuen uns, Sie zu einem Zweitgespräch in unserer Zentrale in "
        "Hamburg einzuladen. Sie sprechen mit Jens Albers (Leiter E-Commerce) und Dana Petersen (Teamlead "
        "Content DACH). Reisekosten werden erstattet.\n\nMit freundlichen Grüßen\nSabine Krüger, Recruiting"
    )
    e = cal("-//softgarden e-recruiting GmbH//softgarden//DE", [[
        f"UID:{uid}", "DTSTAMP:20260217T120000Z",
        dt("DTSTART", "Europe/Berlin", "20260226T110000"), dt("DTEND", "Europe/Berlin", "20260226T130000"),
        f"SUMMARY:{t('Zweitgespräch vor Ort – Fernweh Reisen GmbH')}", f"DESCRIPTION:{t(d)}",
        f"LOCATION:{t('Fernweh Reisen GmbH, Großer Burstah 31, 20457 Hamburg, Raum Elbe')}",
        org("s.krueger@fernweh-reisen.de", "Sabine Krüger"),
        att("j.albers@fernweh-reisen.de", "Jens Albers"), att("d.petersen@fernweh-reisen.de", "Dana Petersen"),
        att("raum.elbe@fernweh-reisen.de", "Raum Elbe", cutype="ROOM", role="NON-PARTICIPANT"), ME,
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]], tzs=("Europe/Berlin",))
    return pos("softgarden-de", uid, e, "Fernweh Reisen GmbH", "", "onsite",
               "j.albers@fernweh-reisen.de;d.petersen@fernweh-reisen.de", "onsite-room-de")


def events() -> list[Ev]:
    return [_meridia(), _lokara(), *_glossa(), _mosaico(), _hve(), _polarstern(), _selvaggio(), *_trailhead(),
            _duna(), _kestrel_day(), _traduvia_hand(), _zephyr_block(), _finch_hand(), _fernweh_onsite()]
