"""holdout74: the user's own interviews, direct and agency invitations (part 2)."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    WEU,
    WEU_DE,
    WEU_FR,
    Ev,
    alarm,
    att,
    dt,
    google_footer,
    head_google,
    head_outlook,
    head_tool,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_olson,
    tz_windows,
    vcal,
    vevent,
    webex,
)


def _gmail_chocolaterie() -> Ev:
    uid = "6h2k9q0v4gantrisch7m1c3r8b5@google.com"
    desc = (
        "Grüessech Herr Brunner\n\n"
        "Merci für das Telefon vorhin. Wie besprochen würden wir Sie gerne bei uns in Riggisberg kennenlernen "
        "– es geht um die neue Stelle Leiter IT, die wir mit der Erweiterung der Produktion schaffen. Mit "
        "dabei ist meine Schwester Anna Zahnd (Finanzen).\n\n"
        "Herzliche Grüsse\nMarkus Zahnd\nChocolaterie Gantrisch AG\n"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251022T170000",
            "DTEND;TZID=Europe/Zurich:20251022T180000",
            "DTSTAMP:20251017T133305Z",
            org("markus.zahnd.riggisberg@gmail.com", "Markus Zahnd"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("markus.zahnd.riggisberg@gmail.com", "Markus Zahnd", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Chocolaterie Gantrisch, Gürbetalstrasse 3, 3132 Riggisberg"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Gespräch Stelle Leiter IT"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "gmail-family-firm", uid, ics, 1, "Chocolaterie Gantrisch", "Leiter IT", "",
        ("markus.zahnd.riggisberg@gmail.com", "Anna Zahnd"), "freemail-owner-company-in-body-de",
    )


def _headhunter_bergmarkt() -> Ev:
    uid = outlook_uid("kessler-partner-mandat-bergmarkt")
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Vielen Dank für Ihr Interesse am Mandat Head of IT der Bergmarkt Detailhandel AG. Im Telefonat "
        "möchte ich Ihren Werdegang mit Ihnen durchgehen und Ihnen die Ausgangslage bei Bergmarkt (ca. 120 "
        "Filialen, Ablösung des Kassensystems, Outsourcing-Rückführung) erläutern. Wenn es für beide Seiten "
        "passt, stelle ich Ihr Dossier anschliessend der Geschäftsleitung vor.\n\n"
        "Ich rufe Sie auf Ihrer Mobilnummer an.\n\n"
        "Freundliche Grüsse\nDr. Felix Kessler\nKessler & Partner Executive Search AG, Zürich"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_DE),
        vevent(
            org("f.kessler@kessler-partner.ch", "Kessler, Felix"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Telefonat Kessler & Partner – Mandat Bergmarkt, Head of IT", ";LANGUAGE=de-CH"),
            dt(WEU_DE, "20251008T073000"),
            dt(WEU_DE, "20251008T080000", "DTEND"),
            "DTSTAMP:20251006T160044Z",
            prop("LOCATION", "Telefon", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "headhunter-mandat", uid, ics, 1, "Bergmarkt Detailhandel", "Head of IT", "recruiter_screen",
        ("f.kessler@kessler-partner.ch",), "headhunter-names-employer-de",
    )


def _teams_sib() -> Ev:
    uid = outlook_uid("sib-entretien-chef-service-informatique")
    desc = (
        "Bonjour Monsieur Brunner,\n\n"
        "Suite à votre postulation, nous avons le plaisir de vous inviter à un entretien de recrutement pour le "
        "poste de Chef·fe du service informatique (80-100 %). La commission de recrutement sera composée de "
        "M. Laurent Pittet, directeur, et de Mme Sandrine Joye, responsable RH.\n\n"
        "Meilleures salutations\nServices industriels de la Broye\n\n"
        + teams("fr", "381 220 946 115", "Sb5Tw9")
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_FR),
        vevent(
            org("sandrine.joye@sib-broye.ch", "Joye, Sandrine"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("laurent.pittet@sib-broye.ch", "Pittet, Laurent"),
            prop("DESCRIPTION", desc, ";LANGUAGE=fr-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Entretien de recrutement – Chef·fe du service informatique", ";LANGUAGE=fr-CH"),
            dt(WEU_FR, "20251119T140000"),
            dt(WEU_FR, "20251119T150000", "DTEND"),
            "DTSTAMP:20251110T090207Z",
            prop("LOCATION", "Réunion Microsoft Teams", ";LANGUAGE=fr-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "teams-commission", uid, ics, 1, "Services industriels de la Broye", "Chef·fe du service informatique",
        "", ("laurent.pittet@sib-broye.ch", "sandrine.joye@sib-broye.ch"), "teams-commission-fr",
    )


def _google_es_norvento() -> Ev:
    uid = "7p1d4s9q2norvento0k6m3v8x5@google.com"
    desc = (
        "Hi Reto,\n\nGreat speaking with you through Andrea. This call is with me as the hiring manager for "
        "the Head of IT Switzerland role (our new Basel office). We'll cover your experience with "
        "colocation, network and the build-out of a local team.\n\nSaludos,\nJavier Ortega\n"
        "CIO, Norvento Digital\n\n"
        + meet("es", "nvd-rstu-ekq")
        + google_footer("es")
    )
    ics = vcal(
        head_google(),
        tz_olson("Europe/Madrid"),
        vevent(
            "DTSTART;TZID=Europe/Madrid:20251209T100000",
            "DTEND;TZID=Europe/Madrid:20251209T110000",
            "DTSTAMP:20251202T164019Z",
            org("javier.ortega@norvento.es", "Javier Ortega"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("javier.ortega@norvento.es", "Javier Ortega", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/nvd-rstu-ekq",
            prop("DESCRIPTION", desc),
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Entrevista: Head of IT Switzerland – Reto Brunner"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-es-hm", uid, ics, 1, "Norvento Digital", "Head of IT Switzerland", "hiring_manager",
        ("javier.ortega@norvento.es",), "google-es-boilerplate-hm",
    )


def _outlook_alpenfirn_hm() -> Ev:
    uid = outlook_uid("alpenfirn-zweitgespraech-head-it-ops")
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Nach dem positiven Erstgespräch mit Frau Aebischer freue ich mich, Sie persönlich kennenzulernen. "
        "Am Zweitgespräch nimmt auch Nicole Stucki, HR Business Partnerin IT, teil. Wir planen rund 90 "
        "Minuten ein; bitte bereiten Sie eine kurze Präsentation (max. 10 Minuten) vor: «Meine ersten 100 Tage "
        "als Head of IT Operations».\n\n"
        "Freundliche Grüsse\nUrs Lehmann\nCIO, Mitglied der Geschäftsleitung\nAlpenfirn Versicherungen AG"
    )
    ics = vcal(
        head_outlook(version="Microsoft Exchange Server 2016"),
        tz_windows(WEU),
        vevent(
            org("urs.lehmann@alpenfirn.ch", "Lehmann, Urs"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("nicole.stucki@alpenfirn.ch", "Stucki, Nicole"),
            att("be-bg31-eiger@alpenfirn.ch", "BE-BG31 Eiger (8)", cutype="ROOM", role="NON-PARTICIPANT",
                rsvp=False),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Zweitgespräch Head of IT Operations – Herr Brunner", ";LANGUAGE=de-CH"),
            dt(WEU, "20251028T100000"),
            dt(WEU, "20251028T113000", "DTEND"),
            "DTSTAMP:20251016T111500Z",
            prop("LOCATION", "Bundesgasse 31, 3011 Bern – Sitzungszimmer Eiger", ";LANGUAGE=de-CH"),
            outlook_tail(),
            alarm("-PT15M"),
        ),
    )
    return Ev(
        "outlook-zweitgespraech", uid, ics, 1, "Alpenfirn Versicherungen", "Head of IT Operations",
        "hiring_manager", ("urs.lehmann@alpenfirn.ch", "nicole.stucki@alpenfirn.ch"), "outlook-room-hm-de",
    )


def _outlook_alpnet_final() -> Ev:
    uid = outlook_uid("alpnet-abschlussgespraech-ceo")
    desc = (
        "Hallo Reto\n\nWie von Elena angekündigt, das Abschlussgespräch für die Rolle IT Operations Manager. "
        "Wir treffen uns im Büro in Bern Wankdorf. Jonas ist dabei, falls er es einrichten kann. "
        "Dauer ca. 1 Stunde.\n\n"
        "Gruss\nChristoph Rieder\nCEO Alpnet Communications AG"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_DE),
        vevent(
            org("christoph.rieder@alpnet.ch", "Rieder, Christoph"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("jonas.meyer@alpnet.ch", "Meyer, Jonas", role="OPT-PARTICIPANT"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Abschlussgespräch Reto Brunner", ";LANGUAGE=de-CH"),
            dt(WEU_DE, "20251106T073000"),
            dt(WEU_DE, "20251106T083000", "DTEND"),
            "DTSTAMP:20251029T200144Z",
            prop("LOCATION", "Alpnet, Stauffacherstrasse 65, 3014 Bern", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "outlook-abschluss", uid, ics, 1, "Alpnet Communications", "IT Operations Manager", "final",
        ("christoph.rieder@alpnet.ch", "jonas.meyer@alpnet.ch"), "outlook-final-company-in-body-de",
    )


def _google_infrabit_case() -> Ev:
    uid = "2v8n5q1c7infrabit4k0m9p3h6@google.com"
    desc = (
        "Hoi Reto\n\nWie mit Lea besprochen: Fachinterview mit Praxisfall. Du erhältst 24 h vorher ein "
        "Szenario (Migration von zwei Kunden-RZ in unsere Cloud), das wir gemeinsam durchgehen. Mit dabei sind "
        "Dominik Schär (CTO) und Irina Vasquez (Lead Cloud Platform).\n\nBis bald\nDominik\n\n"
        + meet("de", "ibt-wmcz-qoe")
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251030T090000",
            "DTEND;TZID=Europe/Zurich:20251030T103000",
            "DTSTAMP:20251022T140112Z",
            org("dominik.schaer@infrabit.ch", "Dominik Schär"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("irina.vasquez@infrabit.ch", "Irina Vasquez", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("dominik.schaer@infrabit.ch", "Dominik Schär", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/ibt-wmcz-qoe",
            prop("DESCRIPTION", desc),
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Fachinterview mit Praxisfall – Reto Brunner"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-praxisfall", uid, ics, 1, "Infrabit Solutions", "", "technical",
        ("dominik.schaer@infrabit.ch", "irina.vasquez@infrabit.ch"), "google-case-company-in-domain-de",
    )


def _join_kinetiq() -> Ev:
    uid = "join-interview-88a1c4f2-4d3e-kinetiq@join.com"
    desc = (
        "Hallo Reto,\n\n"
        "Kinetiq Robotics AG hat ein Interview mit dir für die Stelle \"Head of IT (m/w/d)\" geplant.\n\n"
        "Interviewer: Sarah Imboden (People & Culture)\nArt: Videocall\nDauer: 30 Minuten\n\n"
        "Link: https://join.com/video/kinetiq-88a1c4f2\n\n"
        "Viel Erfolg!\nDein JOIN Team"
    )
    ics = vcal(
        head_tool("-//JOIN Solutions AG//JOIN Interview//DE"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251016T121212Z",
            "DTSTART:20251021T120000Z",
            "DTEND:20251021T123000Z",
            prop("SUMMARY", "Interview: Head of IT (m/w/d) bei Kinetiq Robotics AG"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "https://join.com/video/kinetiq-88a1c4f2"),
            org("notifications@join.com", "JOIN"),
            att(USER_FREE, "Reto Brunner"),
            att("sarah.imboden@kinetiq-robotics.ch", "Sarah Imboden"),
        ),
    )
    return Ev(
        "join-screen", uid, ics, 1, "Kinetiq Robotics", "Head of IT (m/w/d)", "recruiter_screen",
        ("sarah.imboden@kinetiq-robotics.ch",), "join-ats-de",
    )


def _umantis_ssj_final() -> Ev:
    uid = "umantis-0f2a9c41-7b3e-4d8a-a6c2-ssj-schluss"
    desc = (
        "Sehr geehrter Herr Brunner\n\n"
        "Gerne laden wir Sie zum Schlussgespräch für die Stelle Leiter/in ICT-Betrieb ein. Sie treffen "
        "Herrn Dr. Martin Kämpf, CEO, sowie nochmals Herrn Marc Gfeller.\n\n"
        "Datum: Montag, 3. November 2025, 16.30 – 17.30 Uhr\nOrt: Spitalzentrum Biel, Direktion, 5. Stock\n\n"
        "Freundliche Grüsse\nPersonaldienst SSJ\n\n"
        "-- \nDiese Einladung wurde automatisch aus Abacus Umantis generiert."
    )
    ics = vcal(
        head_tool("-//Abacus Research AG//Umantis Talent Management//DE"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251024T150000Z",
            "DTSTART;TZID=Europe/Zurich:20251103T163000",
            "DTEND;TZID=Europe/Zurich:20251103T173000",
            prop("SUMMARY", "Schlussgespräch Leiter/in ICT-Betrieb"),
            prop("LOCATION", "Spitalzentrum Biel, Direktion, 5. Stock"),
            prop("DESCRIPTION", desc),
            org("personaldienst@spital-sj.ch", "Personaldienst Spitalgruppe Seeland-Jura"),
            att(USER_FREE, "Reto Brunner"),
            att("martin.kaempf@spital-sj.ch", "Dr. Martin Kämpf", rsvp=False),
            att("marc.gfeller@spital-sj.ch", "Marc Gfeller", rsvp=False),
        ),
    )
    return Ev(
        "umantis-schluss", uid, ics, 1, "Spitalgruppe Seeland-Jura", "Leiter/in ICT-Betrieb", "final",
        ("martin.kaempf@spital-sj.ch", "marc.gfeller@spital-sj.ch"), "umantis-final-de",
    )


def _webex_iaws_panel() -> Ev:
    uid = "iaws-panel-headict-20251119@iaws.org"
    desc = (
        "Dear Reto,\n\nFurther to your conversation with Nadia, we would like to invite you to a panel "
        "interview for the Head of ICT position. The panel: Dr. Helen Okafor (Director of Operations), "
        "Mathieu Rey (Finance Manager) and Nadia Haddad (HR, observer and note-taker).\n\n"
        "Best regards,\nIAWS Human Resources\n\n"
        + webex("en", "2741 889 0152", "IAWSpanel25", "iaws")
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("nadia.haddad@iaws.org", "Haddad, Nadia"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("helen.okafor@iaws.org", "Okafor, Helen"),
            att("mathieu.rey@iaws.org", "Rey, Mathieu"),
            prop("DESCRIPTION", desc, ";LANGUAGE=en-US"),
            f"UID:{uid}",
            prop("SUMMARY", "Panel interview – Head of ICT – Reto Brunner", ";LANGUAGE=en-US"),
            dt(WEU, "20251119T100000"),
            dt(WEU, "20251119T111500", "DTEND"),
            "DTSTAMP:20251111T080022Z",
            prop("LOCATION", "Webex", ";LANGUAGE=en-US"),
            outlook_tail(),
        ),
    )
    return Ev(
        "webex-panel", uid, ics, 1, "International Alliance for Water Safety", "Head of ICT", "",
        ("helen.okafor@iaws.org", "mathieu.rey@iaws.org"), "webex-panel-observer-en",
    )


def events() -> list[Ev]:
    return [
        _gmail_chocolaterie(),
        _headhunter_bergmarkt(),
        _teams_sib(),
        _google_es_norvento(),
        _outlook_alpenfirn_hm(),
        _outlook_alpnet_final(),
        _google_infrabit_case(),
        _join_kinetiq(),
        _umantis_ssj_final(),
        _webex_iaws_panel(),
    ]
