"""holdout114 negatives, part 2: mock interviews, webinars, press, coffees, fairs, referee calls, prep blocks."""

from __future__ import annotations

from holdout114ev_common import ME, WEST, WORK, cal, d, ev, g_att, o_att

V = "Europe/Vienna"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
IOS = "-//Apple Inc.//iPhone OS 17.4.1//EN"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    out.append(ev("mock-coach-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250307T170000",
        "DTEND;TZID=Europe/Vienna:20250307T183000",
        "DTSTAMP:20250301T100000Z",
        "ORGANIZER;CN=Mag. Ines Strasser:mailto:ines.strasser@karriere-coaching-tirol.at",
        "UID:0o9i8u7y6t5r4e3w2q1p@google.com",
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(
            "Probe-Vorstellungsgespräch (Rollenspiel) für Ihre Bewerbungen bei Tourismusverbänden: ich spiele "
            "den Vorstand, danach Video-Feedback.\nHonorar lt. Vereinbarung."),
        "LOCATION:Karriere-Coaching Tirol\\, Anichstraße 6\\, Innsbruck",
        "SUMMARY:Mock-Interview / Bewerbungscoaching Einheit 2",
    ]], GOOGLE, tzids=(V,)), 0, trap="mock-coach-de"))

    out.append(ev("practice-friend-de", cal([[
        "UID:2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F60",
        "DTSTAMP:20250316T200000Z",
        "DTSTART;TZID=Europe/Vienna:20250317T193000",
        "DTEND;TZID=Europe/Vienna:20250317T203000",
        "SUMMARY:Übungsgespräch mit Verena – Fragen TVB durchgehen",
        "DESCRIPTION:Verena spielt Obmann. Stärken/Schwächen\\, Budgetfragen\\, Nächtigungszahlen Wipptal.",
        "LOCATION:bei Verena",
    ]], IOS, method=None, tzids=(V,)), 0, trap="mock-practice-de"))

    out.append(ev("webinar-ams-de", cal([[
        "UID:zoomwebinar-88123456789-tg@zoom.us",
        "DTSTAMP:20250220T090000Z",
        "DTSTART:20250226T160000Z",
        "DTEND:20250226T173000Z",
        "SUMMARY:Webinar: Erfolgreich im Vorstellungsgespräch – Führungskräfte im Tourismus",
        "DESCRIPTION:" + d(
            "Vielen Dank für Ihre Anmeldung!\nVeranstalter: AMS Tirol & WIFI Tirol\nReferentin: Dr. Karin Huter"
            "\n\nWebinar-Link: https://zoom.us/w/88123456789?tk=abc\nWebinar-ID: 881 2345 6789"),
        "ORGANIZER;CN=WIFI Tirol Webinare:mailto:no-reply@zoom.us",
        "LOCATION:https://zoom.us/w/88123456789",
    ]], "-//Zoom Video Communications//Zoom Webinar//EN"), 0, trap="webinar-de"))

    out.append(ev("course-wifi-de", cal([[
        "UID:wifi-kurs-24-1187-teilnehmer-5521@wifi.at",
        "DTSTAMP:20250210T080000Z",
        "DTSTART;TZID=Europe/Vienna:20250314T090000",
        "DTEND;TZID=Europe/Vienna:20250314T170000",
        "SUMMARY:WIFI-Kurs: Interviewtechniken für Führungskräfte (Personalauswahl)",
        "DESCRIPTION:" + d(
            "Kursnummer 24-1187, Trainer: Mag. Robert Knapp\nInhalte: strukturierte Interviews, "
            "Fragetechnik, Beurteilungsfehler\nOrt: WIFI Innsbruck, Egger-Lienz-Straße 116, Raum 2.14"),
        "LOCATION:WIFI Innsbruck\\, Raum 2.14",
        "ORGANIZER;CN=WIFI Tirol:mailto:kundenservice@wktirol.at",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + WORK,
    ]], "-//WIFI Tirol//Kursverwaltung//DE", tzids=(V,)), 0, trap="class-interviewing-de"))

    out.append(ev("press-tt-de", cal([[
        'ORGANIZER;CN="Gruber, Tobias":mailto:' + WORK,
        o_att("r.plattner@tt.com", "Plattner, Ruth"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Interview für die Tiroler Tageszeitung zum Saisonstart der Skischule und zum Skilehrermangel. "
            "Fotograf kommt mit (ca. 15 Min. Fotos am Hang)."),
        "UID:040000008200E00074C5B7101A82E00800000000FEDCBA9876DB01000000000000000010000000AB",
        "SUMMARY;LANGUAGE=de-AT:Interview Tiroler Tageszeitung – Saisonstart Skischule",
        "DTSTART;TZID=W. Europe Standard Time:20251128T100000",
        "DTEND;TZID=W. Europe Standard Time:20251128T110000",
        "DTSTAMP:20251120T120000Z",
        "LOCATION;LANGUAGE=de-AT:Lobby Hotel Alpenhof",
    ]], OUTLOOK, tzids=(WEST,)), 0, trap="press-interview-de"))

    out.append(ev("podcast-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250604T180000",
        "DTEND;TZID=Europe/Vienna:20250604T190000",
        "DTSTAMP:20250520T090000Z",
        "ORGANIZER;CN=Bergfunk Podcast:mailto:hallo@bergfunk-podcast.at",
        "UID:bergfunk-ep-84-gruber@bergfunk-podcast.at",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + ME,
        "DESCRIPTION:" + d(
            "Podcast-Aufnahme Folge 84: \"Wer unterrichtet morgen noch Skifahren?\" – Interview mit Tobias "
            "Gruber, Skischulleiter in Igls. Aufnahme via Riverside: https://riverside.fm/studio/bergfunk"),
        "SUMMARY:Podcast-Aufnahme Bergfunk – Interview zum Skilehrermangel",
    ]], "-//Riverside//Recording//EN", tzids=(V,)), 0, trap="podcast-interview-de"))

    out.append(ev("user-research-en", cal([[
        "UID:ur-session-3391-tgruber@userinterviews.com",
        "DTSTAMP:20250512T140000Z",
        "DTSTART:20250515T140000Z",
        "DTEND:20250515T144500Z",
        "SUMMARY:User Interview: Ski resort booking app study (45 min, €60 voucher)",
        "DESCRIPTION:" + d(
            "Thanks for signing up! You'll talk to a product researcher from SkiHop about how ski schools "
            "manage group bookings. This is not a job interview.\n\nJoin: https://meet.google.com/usr-skih-opx"),
        "ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + WORK,
    ]], "-//User Interviews//Sessions//EN"), 0, trap="user-research-en"))

    out.append(ev("radio-orf-de", cal([[
        "UID:5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D",
        "DTSTAMP:20251210T080000Z",
        "DTSTART;TZID=Europe/Vienna:20251212T071500",
        "DTEND;TZID=Europe/Vienna:20251212T073000",
        "SUMMARY:Radio Tirol Live-Interview (Telefon) – Lawinenlage & Skikurse",
        "DESCRIPTION:Redakteur ruft um 7:10 an. Thema Bergrettung + Skischule\\, 3 Min. live.",
    ]], IOS, method=None, tzids=(V,)), 0, trap="radio-interview-de"))

    out.append(ev("coffee-chat-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250227T153000",
        "DTEND;TZID=Europe/Vienna:20250227T163000",
        "DTSTAMP:20250224T100000Z",
        "ORGANIZER;CN=Martina Hofer:mailto:martina.hofer.tvb@gmail.com",
        "UID:3w4e5r6t7y8u9i0o1p2a@google.com",
        g_att("martina.hofer.tvb@gmail.com", "Martina Hofer", ps="ACCEPTED"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(
            "Kaffee & Austausch – du wolltest wissen, wie der Alltag in einem TVB so ausschaut. Keine "
            "offene Stelle bei uns, aber ich erzähl gern."),
        "LOCATION:Kaffeesieder\\, Innsbruck",
        "SUMMARY:Kaffee Martina / Tobias – Austausch Tourismusverband",
    ]], GOOGLE, tzids=(V,)), 0, trap="coffee-chat-de"))

    out.append(ev("coffee-chat-en", cal([[
        "DTSTART:20250306T120000Z",
        "DTEND:20250306T123000Z",
        "DTSTAMP:20250303T100000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + ME,
        "UID:6y7u8i9o0p1a2s3d4f5g@google.com",
        g_att("lukas.berger.mkt@gmail.com", "Lukas Berger"),
        g_att(ME, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:" + d(
            "Informal chat – Lukas moved from ski school management into destination marketing in Munich; "
            "asking him how he made the switch."),
        "SUMMARY:Coffee chat – career in destination marketing (Lukas)",
        "LOCATION:https://meet.google.com/cof-feec-hat",
    ]], GOOGLE), 0, trap="informational-chat-en"))

    out.append(ev("job-fair-de", cal([[
        "DTSTART;VALUE=DATE:20250322",
        "DTEND;VALUE=DATE:20250323",
        "DTSTAMP:20250301T100000Z",
        "UID:7i8o9p0a1s2d3f4g5h6j@google.com",
        "DESCRIPTION:" + d(
            "Tourismus-Karrieremesse in der Messe Innsbruck, 10–17 Uhr. Aussteller: Bergbahnen, Hotelgruppen, "
            "TVBs. Lebensläufe ausdrucken (20 Stk.)."),
        "LOCATION:Messe Innsbruck\\, Halle A",
        "SUMMARY:Karrieremesse Tourismus & Freizeit Innsbruck",
        "TRANSP:TRANSPARENT",
    ]], GOOGLE, method="PUBLISH", tzids=(V,)), 0, trap="job-fair-de"))

    out.append(ev("job-fair-bz-de", cal([[
        "UID:jobboerse-hgv-2025-05@hgv.it",
        "DTSTAMP:20250415T080000Z",
        "DTSTART;TZID=Europe/Rome:20250510T090000",
        "DTEND;TZID=Europe/Rome:20250510T150000",
        "SUMMARY:Jobbörse Hotellerie & Gastronomie Bozen / Borsa lavoro alberghiero",
        "DESCRIPTION:" + d(
            "Ihre Anmeldung als Besucher ist bestätigt. Über 60 Betriebe stellen sich vor, Speed-Dating mit "
            "Arbeitgebern ohne Voranmeldung.\nMesse Bozen, Halle D"),
        "ORGANIZER;CN=HGV Jobbörse:mailto:jobboerse@hgv.it",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + ME,
    ]], "-//HGV//Eventanmeldung//DE", tzids=("Europe/Rome",)), 0, trap="job-fair-speed-dating-de"))

    out.append(ev("referee-call-de", cal([[
        'ORGANIZER;CN="Wimmer, Karin":mailto:k.wimmer@hotel-seespitz.at',
        o_att(WORK, "Gruber, Tobias"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Sehr geehrter Herr Gruber,\n\nHerr Stefan Ladner hat Sie als Referenz angegeben (Skilehrer bei "
            "Ihnen 2019–2024). Darf ich Sie zu seiner Bewerbung als Sportanimateur kurz anrufen?\n\n"
            "Karin Wimmer, HR Hotel Seespitz"),
        "UID:040000008200E00074C5B7101A82E0080000000099887766554433DB010000000000000000100000",
        "SUMMARY;LANGUAGE=de-AT:Referenzauskunft Stefan Ladner (Telefonat)",
        "DTSTART;TZID=W. Europe Standard Time:20250319T113000",
        "DTEND;TZID=W. Europe Standard Time:20250319T114500",
        "DTSTAMP:20250317T100000Z",
        "LOCATION;LANGUAGE=de-AT:Telefon",
    ]], OUTLOOK, tzids=(WEST,)), 0, trap="reference-referee-de"))

    out.append(ev("headhunter-no-employer-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250305T123000",
        "DTEND;TZID=Europe/Vienna:20250305T130000",
        "DTSTAMP:20250303T080000Z",
        "ORGANIZER;CN=Mag. Helmut Kessler:mailto:h.kessler@kessler-partner.at",
        "UID:2s3d4f5g6h7j8k9l0z1x@google.com",
        g_att("h.kessler@kessler-partner.at", "Mag. Helmut Kessler", ps="ACCEPTED"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(
            "Erstes vertrauliches Telefonat über ein Mandat im Bergbahnbereich (Name des Unternehmens kann ich "
            "erst nach Ihrer Zustimmung nennen). Außerdem möchte ich Ihr Profil für künftige Positionen "
            "aufnehmen."),
        "SUMMARY:Telefonat Kessler & Partner – vertrauliches Mandat",
    ]], GOOGLE, tzids=(V,)), 0, trap="recruiter-no-employer-de"))

    out.append(ev("recruiter-no-employer-en", cal([[
        "UID:bullhorn-apt-77812-tg",
        "DTSTAMP:20250310T090000Z",
        "DTSTART:20250312T160000Z",
        "DTEND:20250312T162000Z",
        "SUMMARY:Intro call – Tobias Gruber / Summit Hospitality Search",
        "DESCRIPTION:" + d(
            "Hi Tobias, quick intro call to understand what you're looking for next and which regions work for "
            "you. We represent several Alpine hotel groups.\nCharlotte"),
        "ORGANIZER;CN=Charlotte Evans:mailto:charlotte@summithospitalitysearch.co.uk",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + ME,
    ]], "-//Summit Hospitality Search//Bullhorn//EN"), 0, trap="recruiter-no-employer-en"))

    out.append(ev("prep-block-de", cal([[
        "UID:8B9C0D1E-2F3A-4B5C-6D7E-8F9A0B1C2D3E",
        "DTSTAMP:20250323T200000Z",
        "DTSTART;TZID=Europe/Vienna:20250324T190000",
        "DTEND;TZID=Europe/Vienna:20250324T210000",
        "SUMMARY:Vorbereitung Gespräch Arlberger Seilbahnen",
        "DESCRIPTION:Geschäftsbericht lesen\\, Fragen an Huber notieren\\, Gehaltsband recherchieren.",
    ]], IOS, method=None, tzids=(V,)), 0, trap="prep-block-de"))

    out.append(ev("prep-block-en", cal([[
        "DTSTART;TZID=Europe/Vienna:20250326T180000",
        "DTEND;TZID=Europe/Vienna:20250326T200000",
        "DTSTAMP:20250320T190000Z",
        "UID:9d8f7g6h5j4k3l2z1x0c@google.com",
        "DESCRIPTION:Prep for Alpstay HM interview: STAR stories\\, partner pipeline numbers\\, questions for Felix.",
        "SUMMARY:Prep: Alpstay interview",
        "TRANSP:OPAQUE",
    ]], GOOGLE, method="PUBLISH", tzids=(V,)), 0, trap="prep-block-en"))

    out.append(ev("hiring-apprentice-de", cal([[
        "UID:personio-appointment-3321007@personio.de",
        "DTSTAMP:20251103T080000Z",
        "DTSTART;TZID=Europe/Vienna:20251106T150000",
        "DTEND;TZID=Europe/Vienna:20251106T153000",
        "SUMMARY:Schnuppertag & Gespräch Lehrling Sport- und Freizeitbetreuung – Noah Mair",
        "DESCRIPTION:" + d(
            "Lehrstellenbewerber Noah Mair (15) mit Mutter. Gesprächsführung: Tobias Gruber. Anschließend "
            "Schnuppern im Verleih."),
        "ORGANIZER;CN=Renate Abfalterer:mailto:personal@hotel-alpenhof-igls.at",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT:mailto:" + WORK,
        "ATTENDEE;CN=Noah Mair;ROLE=REQ-PARTICIPANT:mailto:mair.familie@tele2.at",
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,)), 0, trap="user-as-interviewer-apprentice-de"))

    out.append(ev("calibration-en", cal([[
        "DTSTART;TZID=Europe/Vienna:20251015T140000",
        "DTEND;TZID=Europe/Vienna:20251015T150000",
        "DTSTAMP:20251010T080000Z",
        "ORGANIZER;CN=Petra Nagele:mailto:p.nagele@alpenhof-hotels.com",
        "UID:4r5t6y7u8i9o0p1a2s3d@google.com",
        g_att(WORK, "Tobias Gruber"),
        g_att("m.holzknecht@alpenhof-hotels.com", "Michael Holzknecht"),
        "DESCRIPTION:" + d(
            "Hiring committee – Spa & Sports Supervisor (Igls). Candidates: A. Rieder, K. Lanser, P. Wolf. "
            "Please bring your interview notes; Tobias as hiring manager makes the call."),
        "SUMMARY:Hiring committee: Spa & Sports Supervisor",
    ]], GOOGLE, tzids=(V,)), 0, trap="user-as-interviewer-hiring-committee-en"))

    return out
