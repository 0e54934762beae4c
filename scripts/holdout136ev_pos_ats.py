"""holdout136: the user's own interviews sent by ATS and scheduling tools."""

from __future__ import annotations

from holdout136ev_ics import (
    BERLIN,
    P_EXCHANGE,
    P_OUTLOOK,
    USER_CN,
    USER_FREE,
    UTC1_EN,
    WIN,
    ZURICH,
    alt_html,
    att,
    item,
    meet_de,
    ms_props,
    one,
    org,
    teams_de,
    teams_en,
    zoom_en,
)


def events() -> list[dict[str, object]]:
    out = []
    me = att(USER_FREE, USER_CN)

    uid = "sf-int-4471-0193-7c2e@alpenglanz.successfactors.eu"
    out.append(item("successfactors-en", uid, one(
        uid, "Interview Invitation: Area Revenue Manager Austria (Req 4471) – Alpenglanz Hotels & Resorts",
        "20260310T090000", "20260310T094500", prodid="-//SAP SuccessFactors//Interview Scheduling 2.0//EN",
        organizer=org("nina.koller@alpenglanz.com", "Nina Koller", sent_by="noreply@successfactors.eu"),
        attendees=[me, att("nina.koller@alpenglanz.com", "Nina Koller", stat="ACCEPTED", rsvp=None)],
        desc="Dear Verena,\n\nthank you for your application for the position Area Revenue Manager Austria "
             "(Req 4471). We would like to invite you to a first interview with Nina Koller, Talent Acquisition "
             "Partner.\n\nFormat: Microsoft Teams, approx. 45 minutes, in English or German.\n"
             + teams_en("362 118 440 915", "ZmQ4NjBkYmEtYTI") + "\n\nKind regards\nAlpenglanz Hotels & Resorts "
             "| Head Office Vienna | People & Culture",
        loc="Microsoft Teams"),
        1, "Alpenglanz Hotels & Resorts", "Area Revenue Manager Austria", "recruiter_screen",
        "nina.koller@alpenglanz.com", "successfactors-recruiter-en"))

    uid = "gh-9911482-onsite@gipfelwerk.greenhouse.io"
    desc = ("Hi Verena,\n\nwe are looking forward to welcoming you at our head office for your onsite interviews "
            "for the Operations Manager Hotels role.\n\nSchedule (CET)\n10:00 – 10:45  Reto Caminada, COO\n"
            "10:45 – 11:30  Sandra Imhof, Head of Finance & Controlling\n11:30 – 12:15  Lunch with two of our "
            "hotel managers (informal)\n\nAddress: Gipfelwerk Hospitality AG, Seefeldstrasse 45, 8008 Zürich, "
            "3rd floor – please report to the front desk.\n\nYour coordinator for the day is Lea Zbinden "
            "(+41 44 552 31 07).\n\nBest,\nLea\nRecruiting Coordinator, Gipfelwerk Hospitality")
    out.append(item("greenhouse-onsite-en", uid, one(
        uid, "Onsite Interview – Operations Manager Hotels – Verena Hofbauer", "20260421T100000",
        "20260421T121500", prodid="-//Greenhouse Software//Greenhouse Scheduler//EN", tz=ZURICH,
        organizer=org("lea.zbinden@gipfelwerk.ch", "Lea Zbinden"),
        attendees=[me, att("reto.caminada@gipfelwerk.ch", "Reto Caminada"),
                   att("sandra.imhof@gipfelwerk.ch", "Sandra Imhof"),
                   att("zh-hq-pizbernina@gipfelwerk.ch", "ZH-HQ Sitzungszimmer Piz Bernina (8)", cutype="ROOM",
                       role="NON-PARTICIPANT", rsvp=None)],
        desc=desc, loc="Gipfelwerk Hospitality AG, Seefeldstrasse 45, 8008 Zürich"),
        1, "Gipfelwerk Hospitality", "Operations Manager Hotels", "onsite",
        "reto.caminada@gipfelwerk.ch;sandra.imhof@gipfelwerk.ch", "greenhouse-onsite-room-en"))

    uid = "gh-9911482-screen@gipfelwerk.greenhouse.io"
    out.append(item("greenhouse-screen-en", uid, one(
        uid, "Interview Confirmation: Operations Manager Hotels at Gipfelwerk", "20260402T073000Z",
        "20260402T080000Z", prodid="-//Greenhouse Software//Greenhouse Scheduler//EN", tz=None,
        organizer=org("lea.zbinden@gipfelwerk.ch", "Lea Zbinden"),
        attendees=[me, att("noemie.favre@gipfelwerk.ch", "Noémie Favre")],
        desc="Hi Verena,\n\nyour call with Noémie Favre (Talent Partner) is confirmed. Noémie will walk you through "
             "the role, our portfolio of nine mountain hotels and the next steps.\n\n" + zoom_en("845 2210 9934",
             "b3JmRWtHZz09") + "\n\nNeed to reschedule? Reply to this email.\n\nLea Zbinden | Recruiting "
             "Coordinator", loc="Zoom"),
        1, "Gipfelwerk Hospitality", "Operations Manager Hotels", "recruiter_screen", "noemie.favre@gipfelwerk.ch",
        "greenhouse-coordinator-en"))

    uid = "personio-interview-5523017@nachtquartier-hotels.jobs.personio.de"
    out.append(item("personio-de", uid, one(
        uid, "Interview: Hotel Manager (m/w/d) München-Werksviertel – Verena Hofbauer", "20260317T140000",
        "20260317T143000", prodid="-//Personio GmbH//Personio Recruiting//DE", tz=BERLIN,
        organizer=org("jana.seidl@nachtquartier-hotels.de", "Jana Seidl"),
        attendees=[me, att("jana.seidl@nachtquartier-hotels.de", "Jana Seidl", stat="ACCEPTED", rsvp=None)],
        desc="Hallo Verena,\n\nvielen Dank für deine Bewerbung bei Nachtquartier Hotels! Wie besprochen lade ich "
             "dich zu einem ersten Kennenlernen (ca. 30 Minuten) per Video ein. Wir sprechen über deinen "
             "Werdegang, die Position und unsere Häuser.\n\n" + meet_de("nqh-wrkv-tjs", "551 204 118")
             + "\n\nBis bald!\nJana Seidl\nTalent Acquisition | Nachtquartier Hotels GmbH",
        loc="Google Meet"),
        1, "Nachtquartier Hotels", "Hotel Manager (m/w/d) München-Werksviertel", "recruiter_screen",
        "jana.seidl@nachtquartier-hotels.de", "personio-video-de"))

    uid = "personio-interview-5523311@nachtquartier-hotels.jobs.personio.de"
    out.append(item("personio-case-de", uid, one(
        uid, "2. Runde: Fallstudie & Präsentation – Hotel Manager (m/w/d)", "20260331T100000", "20260331T113000",
        prodid="-//Personio GmbH//Personio Recruiting//DE", tz=BERLIN,
        organizer=org("jana.seidl@nachtquartier-hotels.de", "Jana Seidl"),
        attendees=[me, att("tobias.wendl@nachtquartier-hotels.de", "Tobias Wendl"),
                   att("jana.seidl@nachtquartier-hotels.de", "Jana Seidl", role="OPT-PARTICIPANT")],
        desc="Hallo Verena,\n\ndu bekommst 24 Stunden vorher eine kurze Fallstudie (Budget, Personalplanung und "
             "Auslastung eines 180-Zimmer-Hauses). Im Termin präsentierst du deine Lösung 20 Minuten lang vor "
             "Tobias Wendl (Regionaldirektor Süd), danach Fragen und Diskussion. Ich bin nur zur Begrüßung "
             "dabei.\n\n" + meet_de("nqh-case-pzk", "884 120 337") + "\n\nViele Grüße\nJana",
        loc="Google Meet"),
        1, "Nachtquartier Hotels", "Hotel Manager (m/w/d)", "technical", "tobias.wendl@nachtquartier-hotels.de",
        "personio-case-de"))

    uid = "sg-7739201-appt-3@softgarden.io"
    out.append(item("softgarden-de", uid, one(
        uid, "Einladung zum Vorstellungsgespräch – Empfangschef/in (Wintersaison 2026/27)", "20260325T150000",
        "20260325T163000", prodid="-//softgarden e-recruiting GmbH//softgarden Terminplaner//DE",
        organizer=org("bewerbung@tuxer-gipfelhof.at", "Hotel Tuxer Gipfelhof – Bewerbung"),
        attendees=[me, att("a.kroell@tuxer-gipfelhof.at", "Andreas Kröll"),
                   att("m.kroell@tuxer-gipfelhof.at", "Maria Kröll")],
        desc="Sehr geehrte Frau Hofbauer,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch in unser Haus "
             "einzuladen. Gesprächspartner: Andreas und Maria Kröll (Gastgeber & Direktion).\n\nAnreise: Bei "
             "Anreise mit dem Auto bitte auf dem Mitarbeiterparkplatz P2 parken. Gerne können Sie im Anschluss "
             "eine Nacht bei uns bleiben.\n\nHerzliche Grüße aus Hintertux\nIhr Team vom Tuxer Gipfelhof\n\n"
             "Termin verwalten: https://tuxer-gipfelhof.softgarden.io/appointment/7739201",
        loc="Hotel Tuxer Gipfelhof, Hintertux 712, 6294 Tux"),
        1, "Tuxer Gipfelhof", "Empfangschef/in", "onsite", "a.kroell@tuxer-gipfelhof.at;m.kroell@tuxer-gipfelhof.at",
        "softgarden-onsite-de"))

    uid = "tt-interview-88a1d0c4-2b57-4f02-9d4e-61c1b0a0e7f3"
    out.append(item("teamtailor-en", uid, one(
        uid, "Interview with Ringpalais Hotel Wien – Assistant Director of Rooms", "20260312T080000Z",
        "20260312T083000Z", prodid="-//Teamtailor//Teamtailor Meetings//EN", tz=None,
        organizer=org("clara.wolfsberger@ringpalais.wien", "Clara Wolfsberger"),
        attendees=[me, att("clara.wolfsberger@ringpalais.wien", "Clara Wolfsberger", stat="ACCEPTED", rsvp=None)],
        desc="Hi Verena!\n\nClara Wolfsberger (Talent & Culture Manager) has invited you to a video meeting.\n\n"
             "Join: https://app.teamtailor.com/meetings/video/88a1d0c4\n\nCan't make it? Pick another time: "
             "https://career.ringpalais.wien/meetings/88a1d0c4/reschedule\n\nPowered by Teamtailor",
        loc="Teamtailor video meeting"),
        1, "Ringpalais Hotel Wien", "Assistant Director of Rooms", "recruiter_screen",
        "clara.wolfsberger@ringpalais.wien", "teamtailor-utc-en"))

    uid = "icims-2026-1187-ivw-004@donaustern.icims.com"
    out.append(item("icims-en", uid, one(
        uid, "Interview Scheduled: Cluster Revenue Manager Vienna (Req ID 2026-1187)", "20260407T130000",
        "20260407T140000", prodid="-//iCIMS Inc//iCIMS Talent Cloud//EN",
        organizer=org("recruiting@donaustern-hotels.com", "Donaustern Hotels Recruiting"),
        attendees=[me, att("b.nemeth@donaustern-hotels.com", "Boris Nemeth")],
        desc="Dear Verena Hofbauer,\n\nYour interview for Cluster Revenue Manager Vienna has been scheduled.\n\n"
             "Interviewer: Boris Nemeth, Regional Director of Revenue (hiring manager)\nDuration: 60 minutes\n"
             "Format: Microsoft Teams (link below)\n" + teams_en("381 550 792 004", "NWJkZmM0OTItNjc")
             + "\n\nThis is an automated message from the Donaustern Hotels career portal.",
        loc="Microsoft Teams Meeting"),
        1, "Donaustern Hotels", "Cluster Revenue Manager Vienna", "hiring_manager", "b.nemeth@donaustern-hotels.com",
        "icims-hm-en"))

    uid = "WD-INT-R-00392-SCR-1@utoquai-lakeside.myworkday.com"
    out.append(item("workday-en", uid, one(
        uid, "Utoquai Lakeside Hotel – Interview: Revenue Manager (R-00392)", "20260319T123000Z",
        "20260319T130000Z", prodid="-//Workday Inc//Workday Recruiting//EN", tz=None, method="PUBLISH",
        organizer=org("selina.brunner@utoquai-lakeside.ch", "Selina Brunner"),
        attendees=[me],
        desc="Interview Details\nCandidate: Verena Hofbauer\nJob Requisition: R-00392 Revenue Manager\n"
             "Interview Type: Recruiter Phone Screen\nInterviewer: Selina Brunner (Talent Acquisition)\n\n"
             "Selina will call you at +43 664 3185 220. Please let us know if the number has changed.",
        loc="Phone call"),
        1, "Utoquai Lakeside Hotel", "Revenue Manager", "recruiter_screen", "selina.brunner@utoquai-lakeside.ch",
        "workday-phone-en"))

    uid = "040000008200E00074C5B7101A82E00800000000A0B6F6E1C8A2DC01000000000000000010000000B1E2F0C8A6D3E24BA1F07E"
    txt = ("Liebe Frau Hofbauer,\n\nwie mit Frau Brunner besprochen, freue ich mich auf unser Gespräch zur "
           "Stelle Revenue Manager. Ich bin Director of Sales & Revenue und wäre Ihr direkter Vorgesetzter.\n\n"
           "Bitte bringen Sie gerne ein Beispiel eines Pricing-Entscheids mit, den Sie selbst verantwortet haben."
           "\n\nFreundliche Grüsse\nAdrian Keller\n" + teams_de("324 771 903 118", "YjQ1MzJlZmEtOGM"))
    out.append(item("outlook-utc-zone-de", uid, one(
        uid, "Revenue Manager – Gespräch mit Adrian Keller", "20260402T160000", "20260402T170000",
        prodid=P_OUTLOOK, tz=UTC1_EN,
        organizer=org("adrian.keller@utoquai-lakeside.ch", "Keller, Adrian"),
        attendees=[att(USER_FREE, "verena.hofbauer@aon.at")],
        desc=txt, loc="Microsoft Teams-Besprechung",
        extra=(alt_html(txt), *ms_props(), "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE")),
        1, "Utoquai Lakeside Hotel", "Revenue Manager", "hiring_manager", "adrian.keller@utoquai-lakeside.ch",
        "outlook-utczone-hm-de-ch"))

    uid = "SR-INT-3f0c0e52a7@smartrecruiters.com"
    out.append(item("smartrecruiters-en", uid, one(
        uid, "Hiring Manager Interview – Guest Experience Manager – Hotel Leopoldpark München", "20260409T110000",
        "20260409T114500", prodid="-//SmartRecruiters//SmartRecruiters Interview//EN", tz=BERLIN,
        organizer=org("t.ruhland@leopoldpark-hotel.de", "Tanja Ruhland"),
        attendees=[me, att("f.oberhuber@leopoldpark-hotel.de", "Felix Oberhuber"),
                   att("t.ruhland@leopoldpark-hotel.de", "Tanja Ruhland", role="NON-PARTICIPANT", rsvp=None)],
        desc="Dear Verena,\n\nYou are invited to a video interview with Felix Oberhuber, Hotel Manager.\nTanja "
             "Ruhland (HR Business Partner) is organising this interview and will not join the call.\n\n"
             + zoom_en("913 0042 7781", "TG9wcGFyaw") + "\n\nPowered by SmartRecruiters",
        loc="Zoom"),
        1, "Hotel Leopoldpark München", "Guest Experience Manager", "hiring_manager",
        "f.oberhuber@leopoldpark-hotel.de",
        "smartrecruiters-coordinator-en"))

    uid = "workable-9c1f44-intv-1@hotelesbrisamar.workable.com"
    out.append(item("workable-es", uid, one(
        uid, "Entrevista: Directora de Recepción – Brisamar Viena (apertura 2026)", "20260316T100000",
        "20260316T104500", prodid="-//Workable//Workable Calendar//EN",
        organizer=org("lucia.ferrer@hotelesbrisamar.com", "Lucía Ferrer Vidal"),
        attendees=[me, att("lucia.ferrer@hotelesbrisamar.com", "Lucía Ferrer Vidal", stat="ACCEPTED", rsvp=None)],
        desc="Hola Verena:\n\nGracias por tu interés en Hoteles Brisamar. Te confirmamos la primera entrevista con "
             "Lucía Ferrer (Talento y Cultura) para el puesto de Directora de Recepción en nuestro nuevo hotel de "
             "Viena. Hablaremos en inglés o español, como prefieras.\n\nEnlace a la videollamada: "
             "https://meet.google.com/bsm-vien-qrt\n\nUn saludo,\nEquipo de Selección – Hoteles Brisamar",
        loc="Google Meet"),
        1, "Hoteles Brisamar", "Directora de Recepción", "recruiter_screen", "lucia.ferrer@hotelesbrisamar.com",
        "workable-es"))

    uid = "lever-interview-7d2c9e0b-6a5f@hire.lever.co"
    out.append(item("lever-phone-fr", uid, one(
        uid, "Entretien téléphonique – Responsable Relations Clientèle (Zurich)", "20260320T093000",
        "20260320T100000", prodid="-//Lever//Lever Hire//EN", tz=ZURICH,
        organizer=org("chloe.perrin@leman-alpes-hotels.ch", "Chloé Perrin"),
        attendees=[me, att("chloe.perrin@leman-alpes-hotels.ch", "Chloé Perrin", stat="ACCEPTED", rsvp=None)],
        desc="Bonjour Verena,\n\nMerci pour votre candidature chez Hôtels Léman & Alpes. Chloé Perrin, chargée "
             "de recrutement, vous appellera au numéro indiqué dans votre candidature pour un premier échange "
             "d'environ 30 minutes (en français, allemand ou anglais).\n\nÀ bientôt,\nL'équipe Talents",
        loc="Appel téléphonique"),
        1, "Hôtels Léman & Alpes", "Responsable Relations Clientèle", "recruiter_screen",
        "chloe.perrin@leman-alpes-hotels.ch", "lever-phone-screen-fr"))

    uid = "lever-interview-1b88f3aa-90c2@hire.lever.co"
    out.append(item("lever-hm-fr", uid, one(
        uid, "Entretien avec Olivier Gachoud, directeur – Hôtel Léman & Alpes Zurich", "20260408T140000",
        "20260408T150000", prodid="-//Lever//Lever Hire//EN", tz=ZURICH,
        organizer=org("chloe.perrin@leman-alpes-hotels.ch", "Chloé Perrin"),
        attendees=[me, att("olivier.gachoud@leman-alpes-hotels.ch", "Olivier Gachoud")],
        desc="Bonjour Verena,\n\nSuite à notre échange, Olivier Gachoud, directeur de notre hôtel de Zurich, "
             "souhaite vous rencontrer en visio pour le poste de Responsable Relations Clientèle.\n\n"
             + zoom_en("712 3344 0981", "bGVtYW5hbHA") + "\n\nBien cordialement,\nChloé",
        loc="Zoom"),
        1, "Hôtels Léman & Alpes", "Responsable Relations Clientèle", "hiring_manager",
        "olivier.gachoud@leman-alpes-hotels.ch", "lever-hm-fr"))

    uid = "meridiancrown-loop-44810-MUC@goodtime.io"
    out.append(item("goodtime-en", uid, one(
        uid, "Meridian Crown Munich | Director of Guest Experience | Interview Loop", "20260415T120000Z",
        "20260415T134500Z", prodid="-//GoodTime.io//GoodTime Hire//EN", tz=None,
        organizer=org("scheduling@meridiancrown.com", "Meridian Crown Talent Acquisition",
                      sent_by="noreply@goodtime.io"),
        attendees=[me, att("daniel.brueckner@meridiancrown.com", "Daniel Brückner"),
                   att("aylin.demir@meridiancrown.com", "Aylin Demir")],
        desc="Hi Verena,\n\nHere is your interview loop for Director of Guest Experience (Meridian Crown Munich).\n\n"
             "14:00 – 14:45 CEST  Daniel Brückner – General Manager\n14:45 – 15:00  Break\n15:00 – 15:45 CEST  "
             "Aylin Demir – Director of Rooms\n\nAll sessions on Microsoft Teams:\n"
             + teams_en("398 221 046 557", "M2IxNGQwZjgtNGE") + "\n\nScheduled with GoodTime on behalf of "
             "Meridian Crown Talent Acquisition.",
        loc="Microsoft Teams"),
        1, "Meridian Crown", "Director of Guest Experience", "onsite",
        "daniel.brueckner@meridiancrown.com;aylin.demir@meridiancrown.com", "goodtime-loop-en"))

    uid = "calendly-3a9e1c70-ff21-4d1e-9b1b-yw001"
    out.append(item("calendly-de", uid, one(
        uid, "Verena Hofbauer und Jakob Fellner: Erstgespräch Revenue Consultant (30 Min.)", "20260311T170000",
        "20260311T173000", prodid="-//Calendly//Calendly Scheduling//EN",
        organizer=org("jakob@yieldwerk.at", "Jakob Fellner"),
        attendees=[me, att("jakob@yieldwerk.at", "Jakob Fellner", stat="ACCEPTED", rsvp=None)],
        desc="Eingeladene Person: Verena Hofbauer\nE-Mail: verena.hofbauer@aon.at\n\nAntworten:\nWorüber möchtest "
             "du sprechen?\nBewerbung als Revenue Consultant für Hotellerie – 6 Jahre Front Office, Opera und "
             "IDeaS.\n\nOrt: Zoom – Link folgt per Mail\n\nTermin absagen oder verschieben: "
             "https://calendly.com/cancellations/3a9e1c70\n\nPowered by Calendly.com",
        loc="Zoom"),
        1, "Yieldwerk", "Revenue Consultant", "", "jakob@yieldwerk.at", "calendly-founder-de"))

    uid = "calcom-booking-bk_7Rz2qXyW4p@cal.com"
    out.append(item("calcom-en", uid, one(
        uid, "Case Interview: Pricing Case (Revenue Consultant) between Sophie Lanner and Verena Hofbauer",
        "20260324T140000", "20260324T151500", prodid="-//Cal.com Inc.//Cal.com Event//EN",
        organizer=org("sophie.lanner@yieldwerk.at", "Sophie Lanner"),
        attendees=[me],
        desc="What: Case Interview: Pricing Case (Revenue Consultant)\nWho: Sophie Lanner – Organizer, Verena "
             "Hofbauer – Guest\nWhere: https://app.cal.com/video/7Rz2qXyW4p\nDescription: 75 min live case on "
             "a 4-star city hotel in Salzburg – forecast, segmentation, pricing for the festival weeks. "
             "Spreadsheet shared at the start.\n\nNeed to make a change? Reschedule or Cancel",
        loc="Cal Video"),
        1, "Yieldwerk", "Revenue Consultant", "technical", "sophie.lanner@yieldwerk.at", "calcom-case-en"))

    uid = "AAMkAGQ2NzE1bookings-2026-0414-nordkette"
    out.append(item("bookings-de", uid, one(
        uid, "Vorstellungsgespräch Front Office Manager (m/w/d)", "20260414T100000", "20260414T110000",
        prodid="Microsoft Exchange Server 2010", tz=WIN,
        organizer=org("Karriere@hotelnordkette.at", "Hotel Nordkette Innsbruck – Karriere"),
        attendees=[me, att("b.pfurtscheller@hotelnordkette.at", "Bernhard Pfurtscheller")],
        desc="Ihre Buchung wurde bestätigt.\n\nDienst: Vorstellungsgespräch Front Office Manager (m/w/d)\n"
             "Mitarbeiter: Bernhard Pfurtscheller\nDauer: 60 Minuten\n\nSo finden Sie uns: Hotel Nordkette, "
             "Höttinger Au 18, 6020 Innsbruck. Bitte melden Sie sich an der Rezeption.\n\nTermin verwalten | "
             "Microsoft Bookings",
        loc="Hotel Nordkette, Höttinger Au 18, 6020 Innsbruck", extra=ms_props("BUSY")),
        1, "Hotel Nordkette Innsbruck", "Front Office Manager (m/w/d)", "", "b.pfurtscheller@hotelnordkette.at",
        "ms-bookings-de"))

    uid = "personio-interview-7781440@sonnblick-gastein.jobs.personio.de"
    out.append(item("personio-phone-de", uid, one(
        uid, "Telefoninterview: Guest Relations Manager (m/w/d)", "20260313T113000", "20260313T120000",
        prodid="-//Personio GmbH//Personio Recruiting//DE",
        organizer=org("e.rainer@sonnblick-gastein.at", "Eva Rainer"),
        attendees=[me],
        desc="Liebe Frau Hofbauer,\n\nwie vereinbart ruft Sie Eva Rainer (Personal) vom Hotel Sonnblick in "
             "Bad Hofgastein unter +43 664 3185220 an. Dauer ca. 30 Minuten.\n\nBeste Grüße aus dem Gasteinertal",
        loc="Telefon"),
        1, "Hotel Sonnblick", "Guest Relations Manager (m/w/d)", "recruiter_screen", "e.rainer@sonnblick-gastein.at",
        "personio-phone-screen-de"))

    uid = "personio-assessment-3390127@achensee-alpin.jobs.personio.de"
    out.append(item("personio-assessment-de", uid, one(
        uid, "Online-Assessment Front Office Manager – Achensee Alpin Resort", "20260318", "20260320",
        prodid="-//Personio GmbH//Personio Recruiting//DE", tz="DATE",
        organizer=org("karriere@achensee-alpin.at", "Achensee Alpin Resort Karriere"),
        attendees=[me], status=None, extra=("TRANSP:TRANSPARENT",),
        desc="Liebe Verena,\n\nals nächsten Schritt bitten wir dich, bis 19.03. um 23:59 Uhr unser Online-"
             "Assessment zu absolvieren (Situational Judgement zu Gästebeschwerden, Zahlenverständnis, ca. 50 "
             "Minuten). Link: https://assessment.achensee-alpin.at/t/FOM-2026-118\n\nDanach melden wir uns "
             "für ein persönliches Gespräch.\n\nLiebe Grüße\nDein Recruiting-Team"),
        1, "Achensee Alpin Resort", "Front Office Manager", "technical", "", "personio-online-assessment-allday-de"))

    uid = "040000008200E00074C5B7101A82E008000000002C47E2D3A9AFDC01000000000000000010000000A1B0CA5E3D"
    txt = ("Liebe Frau Hofbauer,\n\nanbei wie besprochen die Einladung zur Fallstudie. Sie erhalten die "
           "Unterlagen (Pickup-Report, Budget, Mitbewerber-Raten von drei Häusern in Graz) am Vortag per Mail. "
           "Präsentation 20 Min., anschließend Diskussion mit Andrea Dobler (Director of Revenue) und mir.\n\n"
           "Nina Koller nimmt als Koordinatorin teil.\n\nBeste Grüße\nPhilipp Reiter\n"
           + teams_de("355 019 774 230", "ODc1ZGE2MmUtNDQ"))
    out.append(item("outlook-case-de", uid, one(
        uid, "Fallstudie / Case Study – Area Revenue Manager Austria", "20260326T090000", "20260326T103000",
        prodid=P_OUTLOOK, tz=WIN,
        organizer=org("philipp.reiter@alpenglanz.com", "Reiter, Philipp"),
        attendees=[att(USER_FREE, "Verena Hofbauer"), att("andrea.dobler@alpenglanz.com", "Dobler, Andrea"),
                   att("nina.koller@alpenglanz.com", "Koller, Nina", role="OPT-PARTICIPANT")],
        desc=txt, loc="Microsoft Teams-Besprechung", extra=(alt_html(txt), *ms_props())),
        1, "Alpenglanz Hotels & Resorts", "Area Revenue Manager Austria", "technical",
        "philipp.reiter@alpenglanz.com;andrea.dobler@alpenglanz.com", "outlook-case-winzone-de"))

    uid = "040000008200E00074C5B7101A82E00800000000D4A1F2C3B4E5DC01000000000000000010000000F1A17E0C42"
    txt = ("Sehr geehrte Frau Hofbauer,\n\nim Auftrag von Herrn Lindqvist (VP Commercial) darf ich Sie zum "
           "abschließenden Gespräch in unsere Zentrale einladen. Herr Lindqvist spricht Deutsch und Englisch.\n\n"
           "Adresse: Alpenglanz Hotels & Resorts, Wiedner Gürtel 9, 1100 Wien, 6. Stock.\n\nMit freundlichen Grüßen"
           "\nElisabeth Huber\nAssistenz VP Commercial")
    out.append(item("exchange-final-de", uid, one(
        uid, "Final Interview – Area Revenue Manager Austria | VP Commercial", "20260416T140000",
        "20260416T150000", prodid=P_EXCHANGE, tz=UTC1_EN,
        organizer=org("marc.lindqvist@alpenglanz.com", "Lindqvist, Marc", sent_by="elisabeth.huber@alpenglanz.com"),
        attendees=[att(USER_FREE, "Verena Hofbauer"),
                   att("ho-wien-kahlenberg@alpenglanz.com", "HO Wien – Besprechungsraum Kahlenberg", cutype="ROOM",
                       role="NON-PARTICIPANT", rsvp=None)],
        desc=txt, loc="HO Wien – Besprechungsraum Kahlenberg", extra=(*ms_props("BUSY"),)),
        1, "Alpenglanz Hotels & Resorts", "Area Revenue Manager Austria", "final", "marc.lindqvist@alpenglanz.com",
        "exchange-sentby-room-final-de"))
    return out
