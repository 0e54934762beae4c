"""holdout114 interviews, part 4: later rounds, FR/ES/EN, cancellations in Google, terse entries by the user."""

from __future__ import annotations

from holdout114ev_common import ME, UTC1_EN, cal, d, ev, g_att, o_att

V = "Europe/Vienna"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
PARIS = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    desc = (
        "Hi Tobias,\n\nCongratulations on moving forward! Here is your onsite itinerary at Alpenrose Resort "
        "Kitzbühel:\n\n11:00 Property walk with Julian Brandstätter, Resort Manager\n"
        "12:00 Lunch (no interview)\n13:00 Interview – Theresa Mösl, VP Operations Austria\n"
        "13:45 Interview – Julian Brandstätter\n\nParking is available in the staff garage, ask at the front "
        "desk for Nina.\n\nBest,\nNina Wallner\nRecruiting Coordinator, Alpenrose Hotels & Resorts"
    )
    out.append(ev("greenhouse-onsite-en", cal([[
        "DTSTAMP:20250325T081200Z",
        "UID:a93e10b4-77c2-4d8f-9e51-2c3b4d5e6f70@greenhouse.io",
        "DTSTART;TZID=Europe/Vienna:20250402T110000",
        "DTEND;TZID=Europe/Vienna:20250402T143000",
        "SUMMARY:Onsite Interview: Tobias Gruber – Director Resort Operations (Tyrol Cluster)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Alpenrose Resort Kitzbühel\\, Hahnenkammstraße 1\\, 6370 Kitzbühel",
        "ORGANIZER;CN=Nina Wallner:mailto:nina.wallner@alpenrose-hotels.com",
        g_att("theresa.moesl@alpenrose-hotels.com", "Theresa Mösl"),
        g_att("julian.brandstaetter@alpenrose-hotels.com", "Julian Brandstätter"),
        g_att(ME, "Tobias Gruber"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]], "-//Greenhouse Software//Interview Scheduler//EN", tzids=(V,)),
        1, "Alpenrose Hotels & Resorts", "Director Resort Operations (Tyrol Cluster)", "onsite",
        "theresa.moesl@alpenrose-hotels.com;julian.brandstaetter@alpenrose-hotels.com", "greenhouse-onsite-en"))

    desc = (
        "Bonjour Tobias,\n\nSuite à votre échange avec Claire Dubois, nous avons le plaisir de vous convier à un "
        "entretien final avec Jean-Marc Ferrand, Directeur Général, au siège à Annecy.\n\nAdresse : 12, avenue du "
        "Rhône, 74000 Annecy – 3e étage\n\nBien à vous,\nAudrey Lemaire\nAssistante de direction"
    )
    out.append(ev("outlook-final-fr", cal([[
        'ORGANIZER;CN="Lemaire, Audrey":mailto:audrey.lemaire@montagne-neige.fr',
        o_att("jm.ferrand@montagne-neige.fr", "Ferrand, Jean-Marc"),
        o_att(ME, "Tobias Gruber"),
        "DESCRIPTION;LANGUAGE=fr-FR:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000B7C6D5E4F3A2DB01000000000000000010000000F00D",
        "SUMMARY;LANGUAGE=fr-FR:Entretien final – Directeur·rice des opérations Résidence Tyrol",
        f'DTSTART;TZID="{PARIS}":20250410T100000',
        f'DTEND;TZID="{PARIS}":20250410T113000',
        "DTSTAMP:20250331T151500Z",
        "LOCATION;LANGUAGE=fr-FR:Siège Montagne & Neige\\, Annecy",
        "SEQUENCE:0",
    ]], OUTLOOK, tzids=(PARIS,)),
        1, "Montagne & Neige Resorts", "Directeur·rice des opérations Résidence Tyrol", "final",
        "jm.ferrand@montagne-neige.fr", "outlook-utc-zone-final-fr"))

    desc = (
        "Hola Tobias,\n\nTe paso la invitación para la segunda entrevista con Javier Etxeberria, Director de "
        "Expansión y futuro responsable directo del puesto. Hablaremos del plan de apertura del hotel en Sölden."
        "\n\nUnirse con Google Meet: https://meet.google.com/hmb-seg-und\n\nSaludos,\nLucía"
    )
    out.append(ev("google-hm-es", cal([[
        "DTSTART;TZID=Europe/Madrid:20250317T170000",
        "DTEND;TZID=Europe/Madrid:20250317T180000",
        "DTSTAMP:20250312T112233Z",
        "ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@montanablanca.es",
        "UID:5e4r3t2y1u0i9o8p7a6s@google.com",
        g_att("lucia.ferrer@montanablanca.es", "Lucía Ferrer", ps="ACCEPTED"),
        g_att("javier.etxeberria@montanablanca.es", "Javier Etxeberria"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Segunda entrevista – Director/a de Operaciones Sölden (Tobias Gruber)",
    ]], GOOGLE, tzids=("Europe/Madrid",)),
        1, "Hoteles Montaña Blanca", "Director/a de Operaciones", "hiring_manager",
        "javier.etxeberria@montanablanca.es", "google-hm-es"))

    desc = (
        "Hey Tobias – Daniel here, GM of Summit Crest Sölden. Before the final panel I'd like a relaxed chat, "
        "just the two of us, about how you run lift ops with a ski school in the mix. It would be your future "
        "boss talking, so feel free to ask anything.\n\nPhone: I'll call your mobile."
    )
    out.append(ev("google-direct-hm-en", cal([[
        "DTSTART;TZID=Europe/Vienna:20250403T173000",
        "DTEND;TZID=Europe/Vienna:20250403T181500",
        "DTSTAMP:20250331T190000Z",
        "ORGANIZER;CN=Daniel Strobl:mailto:daniel.strobl@summitcrestresorts.com",
        "UID:9q8w7e6r5t4y3u2i1o0p@google.com",
        g_att("daniel.strobl@summitcrestresorts.com", "Daniel Strobl", ps="ACCEPTED"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Chat with Daniel (GM) – Director of Mountain Operations",
    ]], GOOGLE, tzids=(V,)),
        1, "Summit Crest Resorts", "Director of Mountain Operations", "hiring_manager",
        "daniel.strobl@summitcrestresorts.com", "direct-hm-phone-en"))

    desc = (
        "Hallo Herr Gruber,\n\nwie besprochen unser Kennenlerngespräch zur Stelle Produktmanager/in Winter "
        "Alpen.\n\nGesprächspartnerin: Nadine Klotz, Recruiting\n" + (
            "\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder Ihr "
            "Raumgerät bei\nHier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 391 004 772 18\n"
            "Kenncode: b7QzT4\n"
            "________________________________________________________________________________\n")
    )
    out.append(ev("teams-screen-de", cal([[
        'ORGANIZER;CN="Klotz, Nadine":mailto:nadine.klotz@alpentravel.at',
        o_att(ME, "Tobias Gruber"),
        "DESCRIPTION;LANGUAGE=de-DE:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000C3B2A1F0E9D8DB01000000000000000010000000BE",
        "SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Produktmanagement Winter – AlpenTravel",
        f'DTSTART;TZID="{UTC1_EN}":20250319T090000',
        f'DTEND;TZID="{UTC1_EN}":20250319T093000',
        "DTSTAMP:20250314T130000Z",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ATR19",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null}",
    ]], OUTLOOK, tzids=(UTC1_EN,)),
        1, "AlpenTravel Reisen", "Produktmanager/in Winter Alpen", "recruiter_screen", "nadine.klotz@alpentravel.at",
        "teams-screen-de"))

    out.append(ev("hand-typed-google-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250506T130000",
        "DTEND;TZID=Europe/Vienna:20250506T140000",
        "DTSTAMP:20250430T202020Z",
        "UID:2b3n4m5q6w7e8r9t0y1u@google.com",
        "CREATED:20250430T202000Z",
        "DESCRIPTION:2. Gespräch. Mitnehmen: Konzept Sommerbetrieb Gletscher. Hr. Kathrein + Fr. Santeler",
        "LAST-MODIFIED:20250430T202000Z",
        "LOCATION:Feichten / Kaunertal",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Weißkugel Gletscherbahnen – Gespräch",
        "TRANSP:OPAQUE",
    ]], GOOGLE, method="PUBLISH", tzids=(V,), extra=("X-WR-CALNAME:Tobias privat",)),
        1, "Weißkugel Gletscherbahnen", "", "", "Kathrein;Santeler", "hand-typed-terse-de"))

    out.append(ev("hand-typed-thunderbird-hm-de", cal([[
        "CREATED:20250415T063000Z",
        "LAST-MODIFIED:20250415T063000Z",
        "DTSTAMP:20250415T063000Z",
        "UID:f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b",
        "SUMMARY:Interview Kaisergebirge BB – GF Mühlbacher",
        "DTSTART;TZID=Europe/Vienna:20250422T080000",
        "DTEND;TZID=Europe/Vienna:20250422T090000",
        "LOCATION:Talstation Kaiserlift\\, Kufstein",
        "DESCRIPTION:Gespräch mit dem GF (Hr. Alois Mühlbacher)\\, künftiger Chef. Marketingzahlen 2024 "
        "anschauen.",
        "X-MOZ-GENERATION:1",
    ]], "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", method=None, tzids=(V,)),
        1, "Kaisergebirge Bergbahnen", "", "hiring_manager", "Alois Mühlbacher", "hand-typed-hm-de"))

    out.append(ev("google-cancelled-en", cal([[
        "DTSTART:20250317T090000Z",
        "DTEND:20250317T100000Z",
        "DTSTAMP:20250314T101010Z",
        "ORGANIZER;CN=Raphael Neuner:mailto:raphael@gipfelwerk.events",
        "UID:7c6x5z4a3s2d1f0g9h8j@google.com",
        g_att("raphael@gipfelwerk.events", "Raphael Neuner", ps="ACCEPTED"),
        g_att("miriam@gipfelwerk.events", "Miriam Schett"),
        g_att(ME, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:" + d(
            "Round 2 for the Head of Guest Experience role: a case on our winter event series with Miriam "
            "(Head of Events) and me.\n\nSorry Tobias – we have to cancel, we'll reschedule next week."),
        "LOCATION:Gipfelwerk Office\\, Anichstraße 29\\, Innsbruck",
        "SEQUENCE:2",
        "STATUS:CANCELLED",
        "SUMMARY:Canceled: Gipfelwerk x Tobias – Round 2 (Head of Guest Experience)",
    ]], GOOGLE, method="CANCEL"),
        1, "Gipfelwerk Events", "Head of Guest Experience", "", "raphael@gipfelwerk.events;miriam@gipfelwerk.events",
        "google-cancelled-en"))

    desc = (
        "Interview details\n\nCandidate: Tobias Gruber\nPosition: Customer Success Lead – Ski Resorts (DACH)\n"
        "Stage: Technical Interview – Resort Data Case\nInterviewers: Jakob Eller (Data Lead), Sara Thaler "
        "(Solutions Engineer)\n\nYou'll walk us through lift-ticket and skier-day data from a sample resort and "
        "propose three actions for the resort's management.\n\nZoom: https://us06web.zoom.us/j/84411229933\n\n"
        "Powered by Ashby"
    )
    out.append(ev("ashby-technical-en", cal([[
        "UID:ashby-91c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
        "DTSTAMP:20250326T100000Z",
        "DTSTART;TZID=Europe/Vienna:20250402T140000",
        "DTEND;TZID=Europe/Vienna:20250402T150000",
        "SUMMARY:Pistenwerk Analytics – Technical Interview with Tobias Gruber",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Zoom",
        "ORGANIZER;CN=Pistenwerk Recruiting:mailto:recruiting@pistenwerk.io",
        g_att("jakob.eller@pistenwerk.io", "Jakob Eller"),
        g_att("sara.thaler@pistenwerk.io", "Sara Thaler"),
        g_att(ME, "Tobias Gruber"),
    ]], "-//Ashby//Ashby Scheduling//EN", tzids=(V,)),
        1, "Pistenwerk Analytics", "Customer Success Lead – Ski Resorts (DACH)", "technical",
        "jakob.eller@pistenwerk.io;sara.thaler@pistenwerk.io", "ashby-technical-en"))

    desc = (
        "Hi Tobias,\n\nThanks for applying to Snowcation! This is a 25 minute phone screen with me to learn more "
        "about your background and share more about the Head of Partner Resorts role.\n\nI'll call you on "
        "+43 660 771 2290.\n\nTalk soon,\nHanna Vogt\nTalent Acquisition, Snowcation GmbH"
    )
    out.append(ev("lever-phone-screen-en", cal([[
        "DTSTART:20250305T153000Z",
        "DTEND:20250305T155500Z",
        "DTSTAMP:20250301T090909Z",
        "ORGANIZER;CN=Hanna Vogt:mailto:hanna.vogt@snowcation.de",
        "UID:lever-interview-7a6b5c4d3e2f1a0b9c8d@hire.lever.co",
        g_att(ME, "Tobias Gruber"),
        g_att("hanna.vogt@snowcation.de", "Hanna Vogt", ps="ACCEPTED"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Phone call",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Phone Screen: Tobias Gruber (Head of Partner Resorts)",
    ]], "-//Lever//Lever Hire//EN"),
        1, "Snowcation", "Head of Partner Resorts", "recruiter_screen", "hanna.vogt@snowcation.de",
        "lever-phone-screen-en"))

    desc = (
        "Dear Tobias Gruber,\n\nYour interview has been scheduled.\n\nJob Requisition: JR-2025-0417 Resort "
        "Operations Manager – Sonnwend Resort Obergurgl\nInterview Type: Final Interview (on site)\n"
        "Interviewer(s): Gabriele Santer, General Manager; Thomas Falkner, Managing Director Alpine Leisure "
        "Austria\nLocation: Sonnwend Resort Obergurgl, Gurgler Straße 90, 6456 Obergurgl\n\n"
        "This is an automated message from Workday. Please do not reply."
    )
    out.append(ev("workday-final-en", cal([[
        "UID:WD-INTERVIEW-3c4d5e6f7a8b9c0d@alpineleisure.myworkday.com",
        "DTSTAMP:20250404T121900Z",
        "SEQUENCE:0",
        "DTSTART:20250411T080000Z",
        "DTEND:20250411T100000Z",
        "SUMMARY:Interview: Resort Operations Manager – Sonnwend Resort Obergurgl (JR-2025-0417)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Sonnwend Resort Obergurgl",
        "ORGANIZER;CN=Alpine Leisure Group:mailto:alpineleisure@myworkday.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Gabriele Santer:mailto:gabriele.santer@alpineleisure.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Thomas Falkner:mailto:thomas.falkner@alpineleisure.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tobias Gruber:mailto:" + ME,
        "STATUS:CONFIRMED",
    ]], "-//Workday//Recruiting Calendar//EN"),
        1, "Sonnwend Resort Obergurgl", "Resort Operations Manager", "final",
        "gabriele.santer@alpineleisure.com;thomas.falkner@alpineleisure.com", "workday-final-subsidiary-en"))

    desc = (
        "Lieber Herr Gruber,\n\nnach unserem netten Telefonat möchte Sie unsere Direktorin Frau Mag. Elke "
        "Strigl gerne persönlich im Hotel kennenlernen. Im Anschluss zeigt Ihnen unser Spa-Leiter Herr Ronny "
        "Gapp den Sport- und Wellnessbereich (kein Interview, nur Rundgang).\n\nHerzliche Grüße aus Seefeld\n"
        "Claudia Pfister\nHR Hotel Tannhof"
    )
    out.append(ev("outlook-onsite-hotel-de", cal([[
        'ORGANIZER;CN="Pfister, Claudia":mailto:c.pfister@tannhof-seefeld.at',
        o_att("e.strigl@tannhof-seefeld.at", "Strigl, Elke"),
        o_att("r.gapp@tannhof-seefeld.at", "Gapp, Ronny", role="OPT-PARTICIPANT"),
        o_att(ME, "Tobias Gruber"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E008000000004A5B6C7D8E9FDB01000000000000000010000000AC",
        "SUMMARY;LANGUAGE=de-AT:Persönliches Gespräch Leitung Sport & Wellness – Hr. Gruber",
        "DTSTART;TZID=W. Europe Standard Time:20250320T140000",
        "DTEND;TZID=W. Europe Standard Time:20250320T160000",
        "DTSTAMP:20250312T101010Z",
        "LOCATION;LANGUAGE=de-AT:Hotel Tannhof\\, Seefeld – Rezeption",
        "SEQUENCE:0",
    ]], OUTLOOK, tzids=("W. Europe Standard Time",)),
        1, "Hotel Tannhof Seefeld", "Leitung Sport & Wellness", "onsite", "e.strigl@tannhof-seefeld.at",
        "outlook-onsite-tour-not-interviewer-de"))

    return out
