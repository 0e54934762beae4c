"""holdout67: the user's own interviews, part C (French/Spanish/US employers, agency, Thunderbird, iOS, Webex)."""

from __future__ import annotations

from holdout67ev_core import (
    H_APPLE,
    H_GOOGLE,
    H_OUTLOOK,
    H_TB,
    U_CN,
    U_WEB,
    Ev,
    a_apple,
    a_g,
    a_ol,
    a_plain,
    digits,
    esc,
    google_uid,
    guid,
    hexid,
    html,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_en,
    teams_fr,
    valarm,
    vcal,
    webex_de,
    zoom_en,
)


def p_vireo_fr() -> Ev:
    uid = outlook_uid("vireo")
    desc = ("Bonjour Yusuf,\n\n"
            "Suite à votre échange avec notre équipe RH, je vous propose un entretien technique pour le poste "
            "d'Ingénieur mécatronique (H/F) basé sur notre site de Francfort.\n"
            "L'entretien peut se dérouler en français ou en anglais, comme vous préférez ; Claire parle aussi "
            "allemand.\n\n"
            "Participants : Antoine Lefèvre (Responsable Systèmes Mécatroniques, Lyon) et Claire Moreau "
            "(Ingénieure Validation, site de Francfort).\n\n"
            "Bien cordialement,\nAntoine Lefèvre\nVireo Mobility SAS\n\n" + teams_fr("vireo"))
    ve = [
        "BEGIN:VEVENT", org("Lefèvre, Antoine", "antoine.lefevre@vireo-mobility.com"),
        a_ol("Moreau, Claire", "claire.moreau@vireo-mobility.com"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=fr-FR", "Entretien technique – Ingénieur mécatronique (H/F) – site de Francfort"),
        "DTSTART;TZID=Romance Standard Time:20261218T100000", "DTEND;TZID=Romance Standard Time:20261218T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261210T085511Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        *outlook_tail("vireo"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), *valarm(15), "END:VEVENT",
    ]
    return Ev("outlook-romance-technical-fr", vcal(H_OUTLOOK, ["Romance Standard Time"], [ve]), uid, 1,
              "Vireo Mobility", "Ingénieur mécatronique", "technical",
              "antoine.lefevre@vireo-mobility.com;claire.moreau@vireo-mobility.com", "outlook-romance-zone-fr")


def p_ebrotec_es() -> Ev:
    uid = google_uid("ebrotec")
    code = "xbr-tqop-kez"
    desc = ("Hola Yusuf:\n\n"
            "Gracias por tu interés en la vacante de Ingeniero/a de Automatización para nuestra nueva planta de "
            "Neckarsulm. Te propongo una primera entrevista con Recursos Humanos por videollamada (unos 30 "
            "minutos). Podemos hablar en inglés o en español; si prefieres alemán, avísame y se une mi "
            "compañera Birgit.\n\n"
            "Un saludo,\nLucía Ferrer\nTalent Acquisition – Ebrotec Automoción\nZaragoza\n\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Unirse con Google Meet: https://meet.google.com/{code}\n\n"
            f"Unirse por teléfono\n(ES) +34 910 48 97 23 PIN: {digits('ebrotec', 9)}#\n\n"
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "No edites esta sección.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261201T083000Z", "DTEND:20261201T090000Z", "DTSTAMP:20261125T155012Z",
        org("Lucía Ferrer", "lferrer@ebrotec.es"), f"UID:{uid}",
        a_g("Lucía Ferrer", "lferrer@ebrotec.es", ps="ACCEPTED"), a_g(U_WEB, U_WEB),
        f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}", "CREATED:20261125T155011Z",
        t("DESCRIPTION", desc), "LAST-MODIFIED:20261125T155011Z", "LOCATION:", "SEQUENCE:0",
        "STATUS:CONFIRMED",
        t("SUMMARY", "Entrevista RR. HH. – Ingeniero/a de Automatización (planta de Neckarsulm) – Yusuf Demir"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-hr-screen-es", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Ebrotec Automoción", "Ingeniero/a de Automatización", "recruiter_screen", "lferrer@ebrotec.es",
              "google-meet-es")


def p_corvant_goodtime() -> Ev:
    uid = f"goodtime-{hexid('corvant', 24)}@goodtime.io"
    desc = ("Hi Yusuf,\n\nYour final round for Field Applications Engineer (Stuttgart) at Corvant Technologies is "
            "confirmed. All sessions take place in one Teams meeting.\n\n"
            "14:00 – 14:05  Welcome – Megan Ortiz, Recruiting Coordinator\n"
            "14:05 – 15:00  Derek Holt, Director Field Applications EMEA\n"
            "15:00 – 16:00  Technical case – Katharina Ried, Senior Field Applications Engineer\n"
            "16:00 – 17:00  Sunil Mehta, Product Manager Motion Controllers\n\n"
            "Megan is your point of contact for logistics and won't be interviewing.\n\n"
            + teams_en("corvant") + "\n\nScheduled with GoodTime")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270114T171500Z",
        "DTSTART:20270122T130000Z", "DTEND:20270122T160000Z",
        t("SUMMARY", "Interview Confirmation: Yusuf Demir – Field Applications Engineer (Stuttgart) – Final Round"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Corvant Recruiting", "scheduling@corvant.com"),
        a_plain("Megan Ortiz", "megan.ortiz@corvant.com", "ACCEPTED"),
        a_plain("Derek Holt", "derek.holt@corvant.com", "ACCEPTED"),
        a_plain("Katharina Ried", "katharina.ried@corvant.com", "ACCEPTED"),
        a_plain("Sunil Mehta", "sunil.mehta@corvant.com", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//GoodTime.io//Interview Scheduling//EN", "METHOD:REQUEST"]
    return Ev("goodtime-final-en", vcal(hdr, [], [ve]), uid, 1,
              "Corvant Technologies", "Field Applications Engineer", "final",
              "derek.holt@corvant.com;katharina.ried@corvant.com;sunil.mehta@corvant.com",
              "goodtime-coordinator-final-en")


def p_pardee_modernloop() -> Ev:
    uid = f"ml-{hexid('pardee', 20)}@modernloop.io"
    desc = ("Interview for: Controls Application Engineer (Munich)\n"
            "Candidate: Yusuf Demir\n"
            "Interviewer: Greg Whitfield, Engineering Manager EMEA\n\n"
            + zoom_en("pardee", "Pardee Controls Recruiting", "Pardee Controls – Hiring Manager Interview",
                      "Dec 2, 2026 05:00 PM")
            + "\n\nScheduled via ModernLoop. Questions? recruiting@pardeecontrols.com")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261124T220301Z",
        "DTSTART:20261202T160000Z", "DTEND:20261202T164500Z",
        t("SUMMARY", "[Pardee Controls] Yusuf Demir – Hiring Manager Interview"),
        t("DESCRIPTION", desc), t("LOCATION", "Zoom"),
        org("Pardee Controls Recruiting", "recruiting@pardeecontrols.com"),
        a_plain("Greg Whitfield", "greg.whitfield@pardeecontrols.com", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//ModernLoop//ModernLoop Scheduler//EN", "METHOD:REQUEST"]
    return Ev("modernloop-hm-en", vcal(hdr, [], [ve]), uid, 1,
              "Pardee Controls", "Controls Application Engineer", "hiring_manager",
              "greg.whitfield@pardeecontrols.com", "modernloop-bracket-company-en")


def p_eltra_outlook() -> Ev:
    uid = outlook_uid("eltra")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "bezugnehmend auf unser Telefonat darf ich Sie zu einem persönlichen Gespräch nach Traun einladen. "
            "Seitens ELTRA nehmen Herr Ing. Thomas Gruber (Abteilungsleiter Anlagenbau) und ich teil.\n\n"
            "Anreise: Vom Hauptbahnhof Linz mit der Lokalbahn bis Traun, von dort 10 Minuten zu Fuß.\n\n"
            "Mit freundlichen Grüßen\nManuela Hofer\nPersonalabteilung\n"
            "ELTRA Elektrotechnik GmbH · Traun, Oberösterreich")
    ve = [
        "BEGIN:VEVENT", org("Hofer, Manuela", "manuela.hofer@eltra.at"),
        a_ol("Gruber, Ing. Thomas", "thomas.gruber@eltra.at"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-AT:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-AT", "Bewerbungsgespräch Yusuf Demir"),
        "DTSTART;TZID=W. Europe Standard Time:20261221T100000",
        "DTEND;TZID=W. Europe Standard Time:20261221T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261211T123000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-AT", "ELTRA Traun, Bürogebäude 1. OG"),
        *outlook_tail("eltra"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-acronym-at-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "ELTRA", "", "", "manuela.hofer@eltra.at;thomas.gruber@eltra.at", "outlook-cn-with-title-at-de")


def p_schwarzwald_agency() -> Ev:
    uid = outlook_uid("schwarzwald-agency")
    desc = ("Hallo Herr Demir,\n\n"
            "wie besprochen hat mein Mandant, die Schwarzwald Präzision GmbH in Villingen-Schwenningen, Sie zu "
            "einem ersten Vorstellungsgespräch für die Position Projektingenieur Automatisierung eingeladen.\n\n"
            "Gesprächspartner vor Ort: Herr Dr. Ralf Keller (Technischer Leiter) und Frau Anja Morath "
            "(Personalleiterin).\n"
            "Ich selbst bin nicht dabei, rufe Sie aber im Anschluss kurz an, um Ihr Feedback zu hören.\n\n"
            "Adresse: Vöhrenbacher Straße 88, 78050 Villingen-Schwenningen\n\n"
            "Viel Erfolg!\n\nSven Lutz\nSenior Consultant Engineering\nBrückner Personalberatung GmbH\n"
            "Königstraße 10, 70173 Stuttgart")
    ve = [
        "BEGIN:VEVENT", org("Lutz, Sven", "s.lutz@brueckner-personal.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Vorstellungsgespräch bei der Schwarzwald Präzision GmbH – Projektingenieur "
          "Automatisierung"),
        "DTSTART;TZID=W. Europe Standard Time:20270113T140000",
        "DTEND;TZID=W. Europe Standard Time:20270113T153000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270105T102200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "Vöhrenbacher Straße 88, 78050 Villingen-Schwenningen"),
        *outlook_tail("schwarzwald-agency", busy="BUSY"), "END:VEVENT",
    ]
    return Ev("agency-names-employer-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Schwarzwald Präzision", "Projektingenieur Automatisierung", "", "Ralf Keller;Anja Morath",
              "agency-organizer-names-employer-de")


def p_falk_thunderbird() -> Ev:
    uid = guid("falk-tb")
    desc = ("Hallo Herr Demir,\n\nwie besprochen am Mittwoch bei uns im Büro. Bringen Sie gern Beispiele Ihrer "
            "EPLAN-Projekte mit.\n\nMfG H. Falk\n\n--\nIngenieurbüro Falk – Elektroplanung & Automatisierung\n"
            "Dipl.-Ing. (FH) Herbert Falk\nWilhelmstr. 12, 72074 Tübingen")
    ve = [
        "BEGIN:VEVENT", "CREATED:20261201T183010Z", "LAST-MODIFIED:20261201T183122Z", "DTSTAMP:20261201T183122Z",
        f"UID:{uid}", t("SUMMARY", "Vorstellung Yusuf Demir"), org("Herbert Falk", "info@ib-falk.de"),
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:" + U_WEB,
        "ATTENDEE;CN=Herbert Falk;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:info@ib-falk.de",
        "X-MOZ-RECEIVED-SEQUENCE:0", "X-MOZ-RECEIVED-DTSTAMP:20261201T183122Z",
        "DTSTART;TZID=Europe/Berlin:20261209T160000", "DTEND;TZID=Europe/Berlin:20261209T170000",
        "TRANSP:OPAQUE", t("LOCATION", "Ingenieurbüro Falk, Wilhelmstr. 12, Tübingen"),
        t("DESCRIPTION", desc), "SEQUENCE:0", "X-MOZ-GENERATION:2", "END:VEVENT",
    ]
    return Ev("thunderbird-small-office-de", vcal(H_TB, ["Europe/Berlin"], [ve]), uid, 1,
              "Ingenieurbüro Falk", "", "", "info@ib-falk.de", "thunderbird-chair-de")


def p_stellwerk_founder() -> Ev:
    uid = google_uid("stellwerk")
    desc = ("Hi Yusuf,\n\n"
            "wie am Telefon besprochen: Lass uns bei einem Kaffee über die Stelle als Robotik-Entwickler bei "
            "Stellwerk Robotics sprechen. Max (unser CTO) kommt auch mit und wird dir ein paar technische Fragen "
            "zu ROS 2 und Bahnplanung stellen – ganz entspannt, kein Whiteboard.\n\n"
            "Bis Samstag!\nNils\n\n--\nNils Haberkorn · Gründer & CEO · Stellwerk Robotics")
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261205T100000Z", "DTEND:20261205T110000Z", "DTSTAMP:20261130T211533Z",
        org("Nils Haberkorn", "nils.haberkorn@gmail.com"), f"UID:{uid}",
        a_g("Nils Haberkorn", "nils.haberkorn@gmail.com", ps="ACCEPTED"),
        a_g("Max Feld", "max.feld@stellwerk-robotics.de", ps="ACCEPTED"),
        a_g(U_CN, U_WEB), "CREATED:20261130T211532Z", t("DESCRIPTION", desc),
        "LAST-MODIFIED:20261130T211532Z", t("LOCATION", "Café Kaiserbau, Marienplatz 12, 70178 Stuttgart"),
        "SEQUENCE:0", "STATUS:CONFIRMED", t("SUMMARY", "Kaffee & Kennenlernen – Yusuf / Nils / Max"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("founder-gmail-cafe-de", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Stellwerk Robotics", "Robotik-Entwickler", "",
              "nils.haberkorn@gmail.com;max.feld@stellwerk-robotics.de", "founder-freemail-coffee-wording-de")


def p_mobilis_ios() -> Ev:
    uid = guid("mobilis-ios", upper=True)
    desc = ("Hallo Herr Demir,\nanbei die Einladung für unser Gespräch zur Stelle Testingenieur HIL. Bitte am "
            "Empfang nach mir fragen.\nViele Grüße\nAndreas Klink\nTeamleiter HIL-Test, Mobilis")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T074512Z", "CREATED:20261201T074400Z",
        "DTSTART;TZID=Europe/Berlin:20261208T150000", "DTEND;TZID=Europe/Berlin:20261208T160000",
        t("SUMMARY", "Gespräch mit Yusuf Demir"), t("DESCRIPTION", desc),
        t("LOCATION", "Mobilis Fahrzeugelektronik GmbH\nSchwieberdinger Str. 70\n71636 Ludwigsburg"),
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Schwieberdinger Str. 70\\n71636 Ludwigsburg;"
        "X-APPLE-RADIUS=70.5;X-TITLE=Mobilis Fahrzeugelektronik GmbH:geo:48.889412,9.171804",
        "ORGANIZER;CN=Andreas Klink;EMAIL=andreas.klink@mobilis-fe.de:mailto:andreas.klink@mobilis-fe.de",
        a_apple("Andreas Klink", "andreas.klink@mobilis-fe.de", "ACCEPTED"), a_apple(U_CN, U_WEB),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "END:VEVENT",
    ]
    return Ev("ios-invite-hm-de", vcal(H_APPLE, ["Europe/Berlin"], [ve]), uid, 1,
              "Mobilis Fahrzeugelektronik", "Testingenieur HIL", "hiring_manager", "andreas.klink@mobilis-fe.de",
              "ios-invite-company-in-location-de")


def p_vanderlinde_teams() -> Ev:
    uid = outlook_uid("vanderlinde")
    desc = ("Dear Yusuf,\n\n"
            "Thank you for the pleasant first conversation. As discussed, we would like to invite you to a second, "
            "technical interview with Thijs Kuipers (Lead Software Engineer). Part of the interview is a short "
            "TwinCAT / Structured Text exercise that you will solve while sharing your screen.\n\n"
            "I will open the meeting and then leave the two of you to it.\n\n"
            "Kind regards,\nEva Bosman\nHR Advisor | Vanderlinde Packaging Machines B.V. | Tilburg\n\n"
            + teams_en("vanderlinde"))
    ve = [
        "BEGIN:VEVENT", org("Bosman, Eva", "eva.bosman@vanderlinde.nl"),
        a_ol("Kuipers, Thijs", "thijs.kuipers@vanderlinde.nl"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=en-US", "Interview Yusuf Demir – Software Engineer PLC/Motion (2nd round)"),
        "DTSTART;TZID=W. Europe Standard Time:20270107T130000",
        "DTEND;TZID=W. Europe Standard Time:20270107T143000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261222T101010Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        *outlook_tail("vanderlinde"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-teams-technical-en", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Vanderlinde Packaging Machines", "Software Engineer PLC/Motion", "technical",
              "thijs.kuipers@vanderlinde.nl", "outlook-hr-organizer-leaves-en")


def p_karo_phone() -> Ev:
    uid = outlook_uid("karo")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "vielen Dank für Ihre Bewerbung als Ingenieur Instandhaltung & Automatisierung (m/w/d). Wie per E-Mail "
            "vereinbart, rufe ich Sie zu diesem Termin für ein kurzes telefonisches Erstgespräch an "
            "(ca. 20–30 Minuten).\n\n"
            "Mit freundlichen Grüßen\nBirgit Berger\nPersonalreferentin\nKARO Kunststofftechnik GmbH, Aalen")
    ve = [
        "BEGIN:VEVENT", org("Berger, Birgit", "b.berger@karo-kunststoff.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Telefoninterview KARO / Yusuf Demir"),
        "DTSTART;TZID=W. Europe Standard Time:20261130T121500",
        "DTEND;TZID=W. Europe Standard Time:20261130T124500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261125T083300Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "Telefonisch – Frau Berger ruft Sie an (0176 44182093)"),
        *outlook_tail("karo"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-phone-screen-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "KARO Kunststofftechnik", "Ingenieur Instandhaltung & Automatisierung", "recruiter_screen",
              "b.berger@karo-kunststoff.de", "phone-screen-de")


def p_eisele_webex() -> Ev:
    uid = f"{hexid('eisele', 32)}@eisele-laser.webex.com"
    desc = ("Hallo Herr Demir,\n\n"
            "anbei die Webex-Einladung für Ihr technisches Interview mit Dr. Jörg Lämmle (Leiter "
            "Steuerungsentwicklung) und Katrin Sauter (Softwarearchitektin). Ich habe den Termin nur eingerichtet "
            "und bin selbst nicht dabei.\n\n"
            "Viele Grüße\nTanja Weiss\nHR Services · Eisele Laser GmbH · Ditzingen\n\n"
            + webex_de("eisele", "eisele-laser"))
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261214T140000Z",
        "DTSTART;TZID=Europe/Berlin:20261222T090000", "DTEND;TZID=Europe/Berlin:20261222T103000",
        t("SUMMARY", "Technisches Interview – Entwicklungsingenieur Lasersteuerung (m/w/d)"),
        t("DESCRIPTION", desc), t("LOCATION", "https://eisele-laser.webex.com/eisele-laser/j.php"),
        org("Tanja Weiss", "tanja.weiss@eisele-laser.de"),
        a_plain("Jörg Lämmle", "joerg.laemmle@eisele-laser.de"),
        a_plain("Katrin Sauter", "katrin.sauter@eisele-laser.de"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["PRODID:-//Cisco Webex//Webex Meetings Calendar//DE", "VERSION:2.0", "METHOD:REQUEST"]
    return Ev("webex-technical-de", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 1,
              "Eisele Laser", "Entwicklungsingenieur Lasersteuerung", "technical",
              "joerg.laemmle@eisele-laser.de;katrin.sauter@eisele-laser.de", "webex-organizer-not-interviewing-de")


def events() -> list[Ev]:
    return [p_vireo_fr(), p_ebrotec_es(), p_corvant_goodtime(), p_pardee_modernloop(), p_eltra_outlook(),
            p_schwarzwald_agency(), p_falk_thunderbird(), p_stellwerk_founder(), p_mobilis_ios(),
            p_vanderlinde_teams(), p_karo_phone(), p_eisele_webex()]
