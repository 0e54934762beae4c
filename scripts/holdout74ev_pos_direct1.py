"""holdout74: the user's own interviews, direct and agency invitations (part 1)."""

from __future__ import annotations

from holdout74ev_ics import (
    GMT_WIN,
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
    head_apple,
    head_google,
    head_outlook,
    head_tb,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_windows,
    vcal,
    vevent,
)


def _outlook_ewz() -> Ev:
    uid = outlook_uid("ew-zulgtal-gespraech-leiter-informatik")
    desc = (
        "Sehr geehrter Herr Brunner\n\n"
        "Im Auftrag von Herrn Gerber sende ich Ihnen die Einladung für das Gespräch betreffend die Stelle "
        "Leiter Informatik. Seitens EW Zulgtal nehmen Herr Hans Gerber, Direktor, und Herr Peter Zaugg, "
        "Leiter Finanzen, teil.\n\n"
        "Bitte melden Sie sich am Empfang im Hauptgebäude.\n\n"
        "Freundliche Grüsse\n\nCorinne Blaser\nDirektionsassistentin\n"
        "Elektrizitätswerk Zulgtal AG | Bernstrasse 5 | 3612 Steffisburg"
    )
    html = (
        "<html><body><p>Sehr geehrter Herr Brunner</p><p>Im Auftrag von Herrn Gerber sende ich Ihnen die "
        "Einladung für das Gespräch betreffend die Stelle <b>Leiter Informatik</b>.</p></body></html>"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_DE),
        vevent(
            org("hans.gerber@ew-zulgtal.ch", "Gerber, Hans", sent_by="corinne.blaser@ew-zulgtal.ch"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("peter.zaugg@ew-zulgtal.ch", "Zaugg, Peter"),
            att("sitzungszimmer.niesen@ew-zulgtal.ch", "SZ Niesen (12 Pers.)", cutype="RESOURCE",
                role="NON-PARTICIPANT", rsvp=False),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Gespräch Leiter Informatik / R. Brunner", ";LANGUAGE=de-CH"),
            dt(WEU_DE, "20251015T140000"),
            dt(WEU_DE, "20251015T153000", "DTEND"),
            "DTSTAMP:20251003T132210Z",
            prop("LOCATION", "Bernstrasse 5, Steffisburg, Sitzungszimmer Niesen", ";LANGUAGE=de-CH"),
            outlook_tail(),
            prop("X-ALT-DESC", html, ";FMTTYPE=text/html"),
            alarm("-PT15M"),
        ),
    )
    return Ev(
        "outlook-sentby", uid, ics, 1, "Elektrizitätswerk Zulgtal", "Leiter Informatik", "",
        ("hans.gerber@ew-zulgtal.ch", "peter.zaugg@ew-zulgtal.ch"), "outlook-sent-by-assistant-de",
    )


def _google_kinetiq() -> Ev:
    uid = "5qd1o8v2lr3kinetiq9b0m4t7a6@google.com"
    desc = (
        "Hi Reto,\n\nAs discussed with Sarah, this is the technical deep dive for the Head of IT role. I'd like "
        "to go through how you would set up identity, endpoint management and the OT network for our "
        "assembly line in Dübendorf. Feel free to sketch on a whiteboard tool of your choice.\n\n"
        "Cheers,\nLukas Brandenberger\nVP Engineering, Kinetiq Robotics\n\n"
        + meet("en", "kqr-xaqm-vwo")
        + google_footer("en")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251029T140000",
            "DTEND;TZID=Europe/Zurich:20251029T150000",
            "DTSTAMP:20251024T080155Z",
            org("lukas@kinetiq-robotics.ch", "Lukas Brandenberger"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("lukas@kinetiq-robotics.ch", "Lukas Brandenberger", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/kqr-xaqm-vwo",
            prop("DESCRIPTION", desc),
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Kinetiq <> Reto: technical deep dive (IT infra)"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-deep-dive", uid, ics, 1, "Kinetiq Robotics", "Head of IT", "technical",
        ("lukas@kinetiq-robotics.ch",), "google-direct-technical-en",
    )


def _apple_mediahaus() -> Ev:
    uid = "8E2B41D7-6C0F-4A3E-9B15-2F7C8D90A1E4"
    ics = vcal(
        head_apple("macOS 15.1"),
        vevent(
            "CREATED:20251027T183012Z",
            f"UID:{uid}",
            "DTEND:20251104T113000",
            prop("SUMMARY", "Interview Mediahaus Aaretal – Leiter ICT"),
            "DTSTART:20251104T100000",
            "DTSTAMP:20251027T183044Z",
            "LAST-MODIFIED:20251027T183044Z",
            prop("LOCATION", "Dammweg 12, 3013 Bern"),
            prop("DESCRIPTION", "Frau Rüfenacht (CFO) + jemand von der Redaktion. Zeugnisse & Diplome "
                 "mitnehmen. Bus 20 bis Lorraine."),
            "SEQUENCE:0",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            alarm("-PT1H", "Event reminder"),
        ),
    )
    return Ev(
        "apple-floating-own", uid, ics, 1, "Mediahaus Aaretal", "Leiter ICT", "", ("Rüfenacht",),
        "apple-floating-hand-typed-de",
    )


def _tb_bom() -> Ev:
    uid = "a3f6c1e0-5d2b-4e8a-9c71-bom-tel-2025"
    ics = vcal(
        head_tb(),
        TZ_ZURICH,
        vevent(
            "CREATED:20251002T174500Z",
            "LAST-MODIFIED:20251002T174630Z",
            "DTSTAMP:20251002T174630Z",
            f"UID:{uid}",
            prop("SUMMARY", "Telefoninterview BOM – Leiter IT-Betrieb"),
            "STATUS:CONFIRMED",
            "DTSTART;TZID=Europe/Zurich:20251007T121500",
            "DTEND;TZID=Europe/Zurich:20251007T124500",
            prop("DESCRIPTION", "Beat Kälin, HR Bahn Oberland-Mittelland, ruft auf Natel an (079 418 22 63).\n"
                 "Fragen: Pikettdienst? Budgetverantwortung? Anzahl MA (ca. 18)?"),
            "CLASS:PRIVATE",
            "X-MOZ-GENERATION:2",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER;VALUE=DURATION:-PT10M",
            "DESCRIPTION:Default Mozilla Description",
            "END:VALARM",
        ),
    )
    return Ev(
        "thunderbird-tel", uid, ics, 1, "Bahn Oberland-Mittelland", "Leiter IT-Betrieb", "recruiter_screen",
        ("Beat Kälin",), "thunderbird-own-phone-screen-de",
    )


def _outlook_vallon() -> Ev:
    uid = outlook_uid("vallon-entretien-responsable-it")
    desc = (
        "Monsieur Brunner,\n\n"
        "Nous avons le plaisir de vous accueillir à la manufacture pour une visite de nos ateliers suivie d'un "
        "entretien pour le poste de Responsable IT.\n\n"
        "Programme :\n09h00 Accueil et visite des ateliers (Mme Girardin)\n"
        "10h00 Entretien avec M. Olivier Capt, CEO, et Mme Isabelle Girardin, DRH\n"
        "11h30 Rencontre avec l'équipe informatique (2 personnes)\n\n"
        "Adresse : Manufacture Horlogère Vallon SA, Rue de la Golisse 7, 1347 Le Sentier. Parking visiteurs "
        "devant le bâtiment B.\n\n"
        "Meilleures salutations\n\nIsabelle Girardin\nDirectrice des ressources humaines"
    )
    html = (
        "<html><body><p>Monsieur Brunner,</p><p>Nous avons le plaisir de vous accueillir à la manufacture pour "
        "une visite de nos ateliers suivie d'un entretien pour le poste de <b>Responsable IT</b>.</p>"
        "</body></html>"
    )
    ics = vcal(
        head_outlook(version="Microsoft Exchange Server 2016"),
        tz_windows(WEU_FR),
        vevent(
            org("isabelle.girardin@vallon-horlogerie.ch", "Girardin, Isabelle"),
            att(USER_FREE, "Reto Brunner"),
            att("olivier.capt@vallon-horlogerie.ch", "Capt, Olivier"),
            prop("DESCRIPTION", desc, ";LANGUAGE=fr-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Entretien – Responsable IT / M. Brunner", ";LANGUAGE=fr-CH"),
            dt(WEU_FR, "20251112T090000"),
            dt(WEU_FR, "20251112T120000", "DTEND"),
            "DTSTAMP:20251030T141516Z",
            prop("LOCATION", "Rue de la Golisse 7, 1347 Le Sentier", ";LANGUAGE=fr-CH"),
            outlook_tail(),
            prop("X-ALT-DESC", html, ";FMTTYPE=text/html"),
        ),
    )
    return Ev(
        "outlook-manufacture", uid, ics, 1, "Manufacture Horlogère Vallon", "Responsable IT", "onsite",
        ("olivier.capt@vallon-horlogerie.ch", "isabelle.girardin@vallon-horlogerie.ch"),
        "outlook-onsite-visit-fr",
    )


def _outlook_corvane() -> Ev:
    uid = outlook_uid("corvane-final-group-cio")
    desc = (
        "Hi Reto,\n\n"
        "Thank you for the conversations so far. As the final step for the Head of IT Switzerland role, "
        "Richard would like to meet you. Please expect around 60 minutes; Richard will focus on how you would "
        "integrate the Bern and Lausanne sites into the group's service model.\n\n"
        "Kind regards,\nEmily Hart\nExecutive Assistant to the Group CIO, Corvane Group plc\n\n"
        + teams("en", "365 201 774 908", "Cv9Lp3")
    )
    ics = vcal(
        head_outlook(),
        tz_windows(GMT_WIN, "+0000", "+0100"),
        vevent(
            org("richard.ashworth@corvane.co.uk", "Ashworth, Richard", sent_by="emily.hart@corvane.co.uk"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=en-GB"),
            f"UID:{uid}",
            prop("SUMMARY", "Final interview – Head of IT Switzerland – Reto Brunner / Richard Ashworth",
                 ";LANGUAGE=en-GB"),
            dt(GMT_WIN, "20251203T090000"),
            dt(GMT_WIN, "20251203T100000", "DTEND"),
            "DTSTAMP:20251124T160203Z",
            prop("LOCATION", "Microsoft Teams Meeting", ";LANGUAGE=en-GB"),
            outlook_tail(seq=1),
        ),
    )
    return Ev(
        "outlook-gmt-final", uid, ics, 1, "Corvane Group", "Head of IT Switzerland", "final",
        ("richard.ashworth@corvane.co.uk",), "outlook-gmt-sent-by-en",
    )


def _google_agency_pkbg() -> Ev:
    uid = "3kq0v9r4b7pkbg2m1l8h5s0n6e@google.com"
    desc = (
        "Lieber Reto\n\n"
        "Wie telefonisch besprochen, hier die Einladung zum Gespräch bei unserer Mandantin, der Pensionskasse "
        "Berner Gewerbe (PKBG), für die Position Leiter IT & Digitalisierung.\n\n"
        "Gesprächspartner: Andreas Moser, Geschäftsführer, und Regula Ott, Leiterin Versicherungstechnik. Ich "
        "werde zu Beginn kurz dabei sein und mich danach verabschieden.\n\n"
        "Adresse: Schwarztorstrasse 48, 3007 Bern, 3. Stock\n\n"
        "Herzliche Grüsse\nSimone Känzig\nPartnerin, Brunnmatt Executive Search AG\n"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251106T160000",
            "DTEND;TZID=Europe/Zurich:20251106T173000",
            "DTSTAMP:20251030T102233Z",
            org("simone.kaenzig@brunnmatt-search.ch", "Simone Känzig"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("andreas.moser@pkbg.ch", "andreas.moser@pkbg.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("simone.kaenzig@brunnmatt-search.ch", "Simone Känzig", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Schwarztorstrasse 48, 3007 Bern"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Gespräch PKBG – Leiter IT & Digitalisierung (Brunnmatt)"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-agency-pk", uid, ics, 1, "Pensionskasse Berner Gewerbe", "Leiter IT & Digitalisierung", "",
        ("andreas.moser@pkbg.ch", "Regula Ott"), "agency-google-acronym-de",
    )


def _outlook_agency_druck() -> Ev:
    uid = outlook_uid("talentbruecke-druckzentrum-worblental")
    desc = (
        "Grüezi Herr Brunner\n\n"
        "Gerne bestätige ich Ihnen das Vorstellungsgespräch bei der Druckzentrum Worblental AG in Ittigen für "
        "die Stelle als Teamleiter IT-Operations.\n\n"
        "Ihr Gesprächspartner vor Ort ist Herr Stefan Riesen, Leiter Technik. Bitte bringen Sie eine Kopie "
        "Ihrer Arbeitszeugnisse mit.\n\n"
        "Ich wünsche Ihnen viel Erfolg und melde mich nach dem Gespräch bei Ihnen.\n\n"
        "Freundliche Grüsse\nMarco Baumgartner\nSenior Consultant IT\nTalentbrücke Personal AG, Bern"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("m.baumgartner@talentbruecke.ch", "Baumgartner, Marco"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Vorstellungsgespräch Druckzentrum Worblental AG - Teamleiter IT-Operations",
                 ";LANGUAGE=de-CH"),
            dt(WEU, "20251120T080000"),
            dt(WEU, "20251120T090000", "DTEND"),
            "DTSTAMP:20251114T074411Z",
            prop("LOCATION", "Druckzentrum Worblental AG, Mühlestrasse 20, 3063 Ittigen", ";LANGUAGE=de-CH"),
            outlook_tail(busy="BUSY"),
        ),
    )
    return Ev(
        "outlook-agency-druck", uid, ics, 1, "Druckzentrum Worblental", "Teamleiter IT-Operations", "",
        ("Stefan Riesen",), "agency-outlook-names-employer-de",
    )


def _teams_agency_hotel() -> Ev:
    uid = outlook_uid("alpine-talent-jungfraublick-client-interview")
    desc = (
        "Dear Reto,\n\n"
        "Please find below the invitation for your interview with our client Hotelgruppe Jungfraublick "
        "(6 hotels in the Bernese Oberland) for the Head of IT position. You will meet Nicole Abegglen, "
        "COO, who the role reports to.\n\n"
        "Best of luck - call me afterwards!\n\nJames Whitfield\nAlpine Talent Partners GmbH\n\n"
        + teams("en", "347 558 109 226", "Jb7Kq2")
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("james.whitfield@alpinetalent.ch", "Whitfield, James"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("nicole.abegglen@jungfraublick-hotels.ch", "Abegglen, Nicole"),
            prop("DESCRIPTION", desc, ";LANGUAGE=en-US"),
            f"UID:{uid}",
            prop("SUMMARY", "Client interview: Head of IT - Hotelgruppe Jungfraublick", ";LANGUAGE=en-US"),
            dt(WEU, "20251125T110000"),
            dt(WEU, "20251125T120000", "DTEND"),
            "DTSTAMP:20251119T171759Z",
            prop("LOCATION", "Microsoft Teams Meeting", ";LANGUAGE=en-US"),
            outlook_tail(),
        ),
    )
    return Ev(
        "teams-agency-hotel", uid, ics, 1, "Hotelgruppe Jungfraublick", "Head of IT", "hiring_manager",
        ("nicole.abegglen@jungfraublick-hotels.ch",), "agency-teams-hm-en",
    )


def _google_rbe() -> Ev:
    uid = "0c7tq4m1n8rbe5h2v9k3x6p0da@google.com"
    desc = (
        "Grüessech Herr Brunner\n\nBesten Dank für Ihre Bewerbung. Gerne lernen wir Sie persönlich kennen. "
        "Das Gespräch führen Thomas Gfeller (Vorsitzender der Geschäftsleitung) und ich.\n\n"
        "Freundliche Grüsse\nRuth Aeschlimann, Leiterin Personal\n"
        "Regionalbank Burgdorf-Emme AG, Bahnhofstrasse 61, 3400 Burgdorf\n"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251217T153000",
            "DTEND;TZID=Europe/Zurich:20251217T170000",
            "DTSTAMP:20251208T091011Z",
            org("ruth.aeschlimann@rbe.ch", "Ruth Aeschlimann"),
            f"UID:{uid}",
            att("thomas.gfeller@rbe.ch", "Thomas Gfeller", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("ruth.aeschlimann@rbe.ch", "Ruth Aeschlimann", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Bahnhofstrasse 61, 3400 Burgdorf"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Kennenlernen Reto Brunner / RBE – Leiter Informatik"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-kennenlernen", uid, ics, 1, "Regionalbank Burgdorf-Emme", "Leiter Informatik", "",
        ("thomas.gfeller@rbe.ch", "ruth.aeschlimann@rbe.ch"), "google-direct-acronym-title-de",
    )


def events() -> list[Ev]:
    return [
        _outlook_ewz(),
        _google_kinetiq(),
        _apple_mediahaus(),
        _tb_bom(),
        _outlook_vallon(),
        _outlook_corvane(),
        _google_agency_pkbg(),
        _outlook_agency_druck(),
        _teams_agency_hotel(),
        _google_rbe(),
    ]
