"""holdout128: the user's own interviews in Vienna (Austrian German) and with French and Spanish employers."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    GOOGLE,
    MEET_EN,
    OUTLOOK,
    TEAMS_DE,
    TEAMS_ES,
    WEBEX_FR,
    WIN_W_EUROPE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)

UTC1_FR = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"


def donaukanal_teams() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Steindl, Verena\":mailto:v.steindl@dentalzentrum-donaukanal.at",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Schnyder\,\n\nvielen Dank für Ihre Bewerbung als "
        r"Dentalhygienikerin / Prophylaxeassistentin in unserem Dentalzentrum. Gerne möchte ich Sie in einem "
        r"ersten Gespräch via Teams kennenlernen – ca. 30 Minuten\, u. a. zur Anerkennung Ihres Schweizer "
        r"Diploms und zum möglichen Eintritt im Jänner.\n\nMit freundlichen Grüßen\nMag. Verena Steindl\n"
        r"Personalmanagement\nDentalzentrum Donaukanal GmbH\, Obere Donaustraße 63\, 1020 Wien\n"
        + fill(TEAMS_DE, id="ODUyMzFlNjQtNzk0YS00ZDk3LTk0NjgtYzQ5NjRiZmU2ZTI3", mid="341 662 098 513", pc="Wt5oK9"),
        "UID:040000008200E00074C5B7101A82E008000000003AD9E8F7A63BDC01000000000000000010000000EE55FF6677889900AABB",
        "SUMMARY;LANGUAGE=de-AT:Erstgespräch DH/PAss – Frau Schnyder (Teams)",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251009T170000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251009T173000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251002T123456Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung",
        "END:VEVENT",
    ]
    return ev("outlook-teams-screen-at", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Dentalzentrum Donaukanal", role="Dentalhygienikerin / Prophylaxeassistentin",
              stage="recruiter_screen", interviewers="v.steindl@dentalzentrum-donaukanal.at",
              trap="austrian-teams-screen")


def donaukanal_onsite() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Steindl, Verena\":mailto:v.steindl@dentalzentrum-donaukanal.at",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Pölzl, Katharina, Dr.\":mailto:k.poelzl@d"
        "entalzentrum-donaukanal.at",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Steindl, Verena\":mailto:v.steindl@dental"
        "zentrum-donaukanal.at",
        r"DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Schnyder\,\n\nwie besprochen das persönliche "
        r"Zweitgespräch bei uns in Wien mit Frau Dr. Pölzl (ärztliche Leiterin) und mir\, danach ein "
        r"Rundgang durch die Ordination und das Prophylaxe-Team.\n\nWir übernehmen gerne die Zugkosten "
        r"(ÖBB Nightjet oder Railjet).\n\nMit freundlichen Grüßen\nVerena Steindl\n",
        "UID:040000008200E00074C5B7101A82E008000000004BEAF9A8B73BDC01000000000000000010000000FF66778899AABBCCDDEE",
        "SUMMARY;LANGUAGE=de-AT:Zweitgespräch vor Ort – M. Schnyder",
        "DTSTART;TZID=W. Europe Standard Time:20251024T100000",
        "DTEND;TZID=W. Europe Standard Time:20251024T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251013T081502Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-AT:Dentalzentrum Donaukanal\\, Obere Donaustraße 63\\, 1020 Wien",
        "END:VEVENT",
    ]
    return ev("outlook-onsite-at", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Dentalzentrum Donaukanal", stage="onsite",
              interviewers="k.poelzl@dentalzentrum-donaukanal.at;v.steindl@dentalzentrum-donaukanal.at",
              trap="onsite-vienna-at")


def huber_kainz_typed() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "CREATED:20251012T081110Z",
        "DTSTAMP:20251012T081145Z",
        "LAST-MODIFIED:20251012T081145Z",
        "UID:C4D5E6F7-A8B9-4C0D-9E1F-2A3B4C5D6E7F",
        "DTSTART;TZID=Europe/Vienna:20251014T123000",
        "DTEND;TZID=Europe/Vienna:20251014T130000",
        "SUMMARY:Tel. Dr. Huber-Kainz (Wien 8.)",
        "DESCRIPTION:Ordination Dr. Huber-Kainz\\, Josefstadt – Prophylaxe-Stelle 30h. Sie ruft mich an!",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("ios-typed-phone-vienna", cal(APPLE, body, method=None, tz=tz_olson("Europe/Vienna")), pos=True,
              company="Ordination Dr. Huber-Kainz", role="Prophylaxe-Stelle 30h", stage="hiring_manager",
              interviewers="Dr. Huber-Kainz", trap="typed-phone-owner-at")


def zahnwelt_softgarden() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:softgarden-appointment-3387120-1@softgarden.io",
        "DTSTAMP:20251015T112000Z",
        "DTSTART;TZID=Europe/Vienna:20251030T090000",
        "DTEND;TZID=Europe/Vienna:20251030T100000",
        "SUMMARY:Vorstellungsgespräch: Dentalhygieniker*in (m/w/d) Vollzeit/Teilzeit",
        "ORGANIZER;CN=Zahnwelt Wien GmbH:mailto:noreply@softgarden.io",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Liebe Frau Schnyder\,\n\nSie haben folgenden Termin für Ihr Vorstellungsgespräch "
        r"gebucht:\n\nStelle: Dentalhygieniker*in (m/w/d) Vollzeit/Teilzeit\nUnternehmen: Zahnwelt Wien GmbH"
        r"\nAdresse: Mariahilfer Straße 88\, 1070 Wien\nIhre Ansprechpartnerin: Sabine Auer\, "
        r"Ordinationsleitung\n\nSollten Sie den Termin nicht wahrnehmen können\, sagen Sie bitte über Ihr "
        r"Bewerberkonto ab.\n\nMit freundlichen Grüßen\nIhr Zahnwelt-Recruiting-Team\n\n"
        r"Powered by softgarden",
        "LOCATION:Mariahilfer Straße 88\\, 1070 Wien",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("softgarden-self-booked-at", cal("-//softgarden e-recruiting GmbH//softgarden//DE", body,
                                               tz=tz_olson("Europe/Vienna")), pos=True,
              company="Zahnwelt Wien", role="Dentalhygieniker*in (m/w/d) Vollzeit/Teilzeit",
              interviewers="Sabine Auer", trap="softgarden-contact-name-only-at")


def dentelys_webex_fr() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Jaccard, Camille\":mailto:camille.jaccard@dentelys.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=fr-CH:Bonjour Madame Schnyder\,\n\nSuite à votre candidature pour le poste de "
        r"Formatrice clinique Suisse alémanique (80–100 %)\, je vous propose un premier entretien par Webex "
        r"d'environ 30 minutes. L'entretien peut se dérouler en français ou en allemand\, selon votre "
        r"préférence.\n\nMeilleures salutations\nCamille Jaccard\nRessources humaines\, Dentelys SA\, "
        r"Lausanne\n" + fill(WEBEX_FR, site="dentelys", mid="9c2e41b7a0d3f58e", num="2741 093 5582", pw="Dent25fr"),
        "UID:040000008200E00074C5B7101A82E008000000005CFB0AB9C83BDC0100000000000000001000000011223344556677889900",
        "SUMMARY;LANGUAGE=fr-CH:Entretien – Formatrice clinique Suisse alémanique",
        f"DTSTART;TZID=\"{UTC1_FR}\":20251003T083000",
        f"DTEND;TZID=\"{UTC1_FR}\":20251003T090000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250926T130201Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CH:Webex",
        "END:VEVENT",
    ]
    return ev("outlook-webex-hr-fr", cal(OUTLOOK, body, tz=tz_cet(UTC1_FR)), pos=True, company="Dentelys",
              role="Formatrice clinique Suisse alémanique (80–100 %)", stage="recruiter_screen",
              interviewers="camille.jaccard@dentelys.ch", trap="webex-rh-fr")


def dentelys_hm_fr() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251017T160000",
        "DTEND;TZID=Europe/Zurich:20251017T170000",
        "DTSTAMP:20251008T152233Z",
        "ORGANIZER;CN=Nathalie Berset:mailto:nathalie.berset@dentelys.ch",
        "UID:4b0d6f2c8e5a7c9e1a3d5f7b9d1a3e6c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nathalie Berset;X-NUM-GUE"
        "STS=0:mailto:nathalie.berset@dentelys.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Bonjour Martina\,\n\nCamille m'a transmis votre dossier – je me réjouis de faire votre "
        r"connaissance. Je suis responsable de la formation clinique chez Dentelys et la future "
        r"supérieure directe de la personne engagée. Nous pourrons parler en allemand si vous préférez "
        r"(mon allemand est correct\, sans plus !).\n\nÀ bientôt\,\nNathalie"
        + fill(MEET_EN, code="oaz-gphk-vrs", pin="419", pin2="227 510 936"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien Martina Schnyder / Nathalie Berset – Dentelys",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-hm-fr", cal(GOOGLE, body, tz=tz_olson("Europe/Zurich")), pos=True, company="Dentelys",
              stage="hiring_manager", interviewers="nathalie.berset@dentelys.ch", trap="hiring-manager-fr")


def odontia_teams_es() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Ferrer Vidal, Lucía\":mailto:lucia.ferrer@odontia.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=es-ES:Hola Martina\,\n\nGracias por tu interés en la posición de Clinical "
        r"Trainer DACH (con base en Zúrich). Te propongo una primera entrevista de 30 minutos por Teams "
        r"para conocerte. Podemos hablar en inglés o en español\, como prefieras.\n\nUn saludo\,\nLucía "
        r"Ferrer Vidal\nTalent Acquisition\, Odontia Global S.L. (Barcelona)\n"
        + fill(TEAMS_ES, id="YTdjNDRlMmUtMTQ1Zi00MzE1LWE0OGQtZmY0NDI1YjE3OTVk", mid="312 558 830 146", pc="Ej4nR7"),
        "UID:040000008200E00074C5B7101A82E008000000006D0C1BCAD93BDC0100000000000000001000000022334455667788990011",
        "SUMMARY;LANGUAGE=es-ES:Entrevista – Clinical Trainer DACH (Zúrich) – Martina Schnyder",
        "DTSTART;TZID=Romance Standard Time:20251006T110000",
        "DTEND;TZID=Romance Standard Time:20251006T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250929T094055Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "END:VEVENT",
    ]
    return ev("outlook-teams-screen-es", cal(OUTLOOK, body, tz=tz_cet("Romance Standard Time")), pos=True,
              company="Odontia", role="Clinical Trainer DACH (Zúrich)", stage="recruiter_screen",
              interviewers="lucia.ferrer@odontia.com", trap="teams-romance-zone-es")


def odontia_case_es() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20251020T090000Z",
        "DTEND:20251020T101500Z",
        "DTSTAMP:20251013T170022Z",
        "ORGANIZER;CN=Lucía Ferrer Vidal:mailto:lucia.ferrer@odontia.com",
        "UID:6d2f8b4e0a7c9e1b3d5a7c9e1b3f5a8d@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Ortega;X-NUM-GUESTS"
        "=0:mailto:javier.ortega@odontia.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Birgit Hollenstein;X-NUM-G"
        "UESTS=0:mailto:birgit.hollenstein@odontia.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Ferrer Vidal;X-NUM-G"
        "UESTS=0:mailto:lucia.ferrer@odontia.com",
        r"DESCRIPTION:Hola Martina\,\n\nSegunda entrevista: caso práctico. Prepara una formación de 15 minutos "
        r"sobre el uso de nuestros cepillos interdentales en pacientes con implantes\, para un equipo de "
        r"clínica (puedes hacerla en alemán: Birgit es de Innsbruck). Después\, preguntas de Javier Ortega "
        r"(Director de Formación Clínica) y Birgit Hollenstein (Key Account DACH).\n\nYo solo organizo – no "
        r"estaré en la llamada.\n\nSaludos\, Lucía" + fill(MEET_EN, code="bkn-ruwe-fha", pin="630",
                                                            pin2="805 114 297"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Segunda entrevista (caso práctico) – Odontia",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-case-es", cal(GOOGLE, body), pos=True, company="Odontia", stage="technical",
              interviewers="javier.ortega@odontia.com;birgit.hollenstein@odontia.com",
              trap="case-organizer-absent-es")


EVENTS = [
    donaukanal_teams, donaukanal_onsite, huber_kainz_typed, zahnwelt_softgarden, dentelys_webex_fr, dentelys_hm_fr,
    odontia_teams_es, odontia_case_es,
]
