"""holdout136: the user's own interviews invited directly by employees (Outlook, Google, Apple, Thunderbird)."""

from __future__ import annotations

from holdout136ev_ics import (
    BERLIN,
    P_EXCHANGE,
    P_GOOGLE,
    P_MAC,
    P_OUTLOOK,
    P_TB,
    USER_CN,
    USER_FREE,
    UTC1_DE,
    VIENNA,
    WIN,
    ZURICH,
    alarm,
    alt_html,
    att,
    google_footer_de,
    item,
    meet_de,
    meet_en,
    ms_props,
    one,
    org,
    teams_de,
    teams_en,
)


def _outlook(uid: str, summary: str, start: str, end: str, txt: str, organizer: str, attendees: list[str],
             loc: str, tz: str = WIN, prodid: str = P_OUTLOOK, busy: str = "TENTATIVE", **kw: object) -> str:
    return one(uid, summary, start, end, prodid=prodid, tz=tz, organizer=organizer, attendees=attendees, desc=txt,
               loc=loc, extra=(alt_html(txt), *ms_props(busy), "CLASS:PUBLIC", "TRANSP:OPAQUE"), **kw)  # type: ignore[arg-type]


def events() -> list[dict[str, object]]:
    out = []
    me = att(USER_FREE, USER_CN)

    uid = "040000008200E00074C5B7101A82E00800000000E0C6A39B11ACDC010000000000000000100000006D0F5A2E7C1B4C4FA8"
    txt = ("Sehr geehrte Frau Hofbauer,\n\nvielen Dank für Ihre Bewerbung als Rooms Division Manager. Gerne laden "
           "wir Sie zu einem persönlichen Gespräch mit Herrn Georg Thaler (Hotel Manager) und mir ein.\n\n"
           "Treffpunkt: Rezeption, Sie werden abgeholt. Parkmöglichkeit in der Altstadtgarage.\n\n"
           "Mit freundlichen Grüßen\nBirgit Leitner\nDirector of Human Resources\nGrand Hotel Mönchsberg")
    out.append(item("outlook-onsite-de", uid, _outlook(
        uid, "Vorstellungsgespräch Rooms Division Manager – Frau Hofbauer", "20260319T140000", "20260319T153000",
        txt, org("b.leitner@grandhotel-moenchsberg.at", "Leitner, Birgit"),
        [att(USER_FREE, "'verena.hofbauer@aon.at'"), att("g.thaler@grandhotel-moenchsberg.at", "Thaler, Georg")],
        "Grand Hotel Mönchsberg, Mönchsberg 12, 5020 Salzburg – Treffpunkt Rezeption"),
        1, "Grand Hotel Mönchsberg", "Rooms Division Manager", "hiring_manager",
        "b.leitner@grandhotel-moenchsberg.at;g.thaler@grandhotel-moenchsberg.at", "outlook-winzone-de"))

    uid = "040000008200E00074C5B7101A82E00800000000F1D7B4AC22BDDC010000000000000000100000007E105B3F8D2C5D50B9"
    txt = ("Sehr geehrte Frau Hofbauer,\n\nHerr KR Rieder freut sich, Sie als letzten Schritt im Auswahlverfahren "
           "persönlich kennenzulernen. Das Gespräch findet in seinem Büro statt (1. Stock, Direktion).\n\n"
           "Mit freundlichen Grüßen\nSekretariat der Direktion\nGrand Hotel Mönchsberg")
    out.append(item("outlook-director-de", uid, _outlook(
        uid, "Gespräch mit dem Direktor – Fr. Hofbauer (Rooms Division Manager)", "20260402T110000",
        "20260402T120000", txt,
        org("w.rieder@grandhotel-moenchsberg.at", "Rieder, Wolfgang KR",
            sent_by="sekretariat@grandhotel-moenchsberg.at"),
        [att(USER_FREE, "Verena Hofbauer")], "Direktion, 1. OG", tz=UTC1_DE, busy="BUSY"),
        1, "Grand Hotel Mönchsberg", "Rooms Division Manager", "final", "w.rieder@grandhotel-moenchsberg.at",
        "outlook-sentby-director-de"))

    uid = "040000008200E00074C5B7101A82E0080000000090C1D2E3F4A5DC01000000000000000010000000A9C3E1F0B2D4"
    txt = ("Liebe Frau Hofbauer,\n\nvielen Dank für Ihre Bewerbung als Leitung Besucherservice. Wir würden Sie gerne "
           "in einem ersten Gespräch (ca. 45 Min.) näher kennenlernen – mit mir aus der Personalabteilung und "
           "Katrin Obauer, Leiterin Kartenbüro.\n\nBeste Grüße\nJudith Pammer\nPersonal | Salzachklang Festival"
           + teams_de("361 884 209 441", "NzFjYTBiMjktOTE"))
    out.append(item("outlook-teams-festival-de", uid, _outlook(
        uid, "Kennenlernen Leitung Besucherservice / Salzachklang Festival", "20260312T150000", "20260312T154500",
        txt, org("j.pammer@salzachklang.at", "Pammer, Judith"),
        [me, att("k.obauer@salzachklang.at", "Obauer, Katrin")], "Microsoft Teams-Besprechung"),
        1, "Salzachklang Festival", "Leitung Besucherservice", "recruiter_screen",
        "j.pammer@salzachklang.at;k.obauer@salzachklang.at", "outlook-teams-festival-de"))

    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000C4D5E6F7A8B9"
    txt = ("Liebe Frau Hofbauer,\n\nwie telefonisch vereinbart: Gespräch mit unserer kaufmännischen Direktorin "
           "Mag. Eva Brandauer im Festspielbezirk, Hofstallgasse, Verwaltungstrakt 2. Stock. Es ist die letzte "
           "Runde; eine Entscheidung fällt bis Ende April.\n\nBeste Grüße\nJudith Pammer")
    out.append(item("outlook-final-festival-de", uid, _outlook(
        uid, "Gespräch mit der kaufm. Direktorin (Mag. Brandauer)", "20260414T100000", "20260414T110000", txt,
        org("j.pammer@salzachklang.at", "Pammer, Judith"),
        [me, att("e.brandauer@salzachklang.at", "Brandauer, Eva")], "Verwaltung, Hofstallgasse, 2. Stock"),
        1, "Salzachklang Festival", "", "final", "e.brandauer@salzachklang.at",
        "outlook-final-coordinator-de"))

    uid = "5p0h8a3k9t2ndg6ojl1vcq4r7m@google.com"
    out.append(item("google-de", uid, one(
        uid, "Vorstellungsgespräch Front Office Manager – Verena Hofbauer", "20260317T080000Z", "20260317T090000Z",
        prodid=P_GOOGLE, tz=None,
        organizer=org("carina.huber@maxhof-muenchen.de", "Carina Huber"),
        attendees=[att("carina.huber@maxhof-muenchen.de", "Carina Huber", stat="ACCEPTED", rsvp="TRUE"),
                   att("s.wallner@maxhof-muenchen.de", "Stefan Wallner", stat="ACCEPTED"), me],
        desc="Hallo Frau Hofbauer,\n\nanbei die Einladung für unser Gespräch mit Stefan Wallner (Rooms Division) "
             "und mir. Wir freuen uns!\n\nCarina Huber, Personal – Maximilianshof Hotel München\n\n"
             + meet_de("mxh-fomx-qea", "771 309 482") + google_footer_de("verena.hofbauer@aon.at"),
        loc="", extra=("TRANSP:OPAQUE",), head=("X-GOOGLE-CALID:carina.huber@maxhof-muenchen.de",)),
        1, "Maximilianshof Hotel München", "Front Office Manager", "",
        "carina.huber@maxhof-muenchen.de;s.wallner@maxhof-muenchen.de", "google-meet-de"))

    uid = "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DC01000000000000000010000000D8E9FA0B1C2D"
    txt = ("Sehr geehrte Frau Hofbauer,\n\nich freue mich, Sie nach dem Gespräch mit Frau Huber und Herrn Wallner "
           "persönlich in München kennenzulernen. Im Anschluss zeigt Ihnen Herr Wallner gerne das Haus.\n\n"
           "Mit freundlichen Grüßen\nDr. Anton Reisinger\nGeneral Manager")
    out.append(item("outlook-gm-de", uid, _outlook(
        uid, "Gespräch mit Direktor Dr. Reisinger – Front Office Manager", "20260401T150000", "20260401T160000",
        txt, org("a.reisinger@maxhof-muenchen.de", "Reisinger, Anton Dr."),
        [att(USER_FREE, "Hofbauer Verena"),
         att("s.wallner@maxhof-muenchen.de", "Wallner, Stefan", role="OPT-PARTICIPANT")],
        "Maximilianshof, Maximilianstraße 31, 80539 München – Büro GM", tz=BERLIN),
        1, "Maximilianshof Hotel München", "Front Office Manager", "final", "a.reisinger@maxhof-muenchen.de",
        "outlook-gm-tzid-de"))

    uid = "040000008200E00074C5B7101A82E00800000000B7C8D9EAFB0CDC01000000000000000010000000E1F2A3B4C5D6"
    txt = ("Liebe Frau Hofbauer,\n\nnach Ihrem Probetag möchte sich unser Direktor, Herr Mag. Hannes Hechenberger, "
           "noch kurz per Teams mit Ihnen austauschen.\n\nHerzliche Grüße\nSekretariat Hotel Kaiserblick"
           + teams_de("318 402 669 270", "OWUwOTBhNjEtZTI"))
    out.append(item("outlook-teams-director-de", uid, _outlook(
        uid, "Teams: Gespräch mit dem Direktor", "20260422T170000", "20260422T173000", txt,
        org("direktion@kaiserblick-kitz.at", "Direktion Hotel Kaiserblick"),
        [me, att("h.hechenberger@kaiserblick-kitz.at", "Hechenberger, Hannes")], "Microsoft Teams-Besprechung"),
        1, "Hotel Kaiserblick", "", "hiring_manager", "h.hechenberger@kaiserblick-kitz.at",
        "outlook-teams-director-no-role-de"))

    uid = "A3F0C1E2-7B4D-4E8A-9C21-5D6E7F8091AB"
    out.append(item("icloud-owner-de", uid, one(
        uid, "Verena / Christina – Kennenlernen", "20260321T100000", "20260321T113000", prodid=P_MAC,
        organizer=org("c.laimer@icloud.com", "Christina Laimer"),
        attendees=[att("c.laimer@icloud.com", "Christina Laimer", stat="ACCEPTED", rsvp=None, cutype="INDIVIDUAL"),
                   att(USER_FREE, "Verena Hofbauer", cutype="INDIVIDUAL")],
        desc="Liebe Verena, wie am Telefon besprochen: Kaffee bei uns in der Seevilla, dann zeig ich dir das Haus "
             "und wir reden über die Hotelleitung ab Mai. Liebe Grüße, Christina (Strobler Seevilla)",
        loc="Strobler Seevilla\nSeestraße 4, 5350 Strobl, Österreich", seq=1, stamp="20260315T194400Z",
        extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE", "CREATED:20260315T194112Z")),
        1, "Strobler Seevilla", "Hotelleitung", "", "c.laimer@icloud.com", "icloud-owner-body-de"))

    uid = "6b1f2e44-3c0a-4d6f-8d2e-9a0b7c11ee42"
    out.append(item("thunderbird-de", uid, one(
        uid, "Vorstellungsgespräch Guest Relations Manager", "20260323T130000", "20260323T140000", prodid=P_TB,
        tz=BERLIN, organizer=org("gm@hotel-viktualienmarkt.de", "Ludwig Sedlmayr"),
        attendees=[att(USER_FREE, "Verena Hofbauer", extra="X-NUM-GUESTS=0")],
        desc="Grüß Gott Frau Hofbauer,\nwie besprochen bei mir im Büro, Eingang über die Westenriederstraße. "
             "Bringen's bitte Ihre Zeugnisse mit.\nLudwig Sedlmayr, Direktor – Hotel am Viktualienmarkt",
        loc="Hotel am Viktualienmarkt, Westenriederstraße 7, München", stamp="20260309T174512Z",
        extra=("X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-LASTACK:20260309T174512Z", "CREATED:20260309T174400Z")),
        1, "Hotel am Viktualienmarkt", "Guest Relations Manager", "hiring_manager", "gm@hotel-viktualienmarkt.de",
        "thunderbird-de"))

    uid = "webex-8fa31c02e7d94be1b4c6a3f1d2e5c7b9@praterresidenz.webex.com"
    out.append(item("webex-de", uid, one(
        uid, "Webex: Erstgespräch Revenue Manager/in – Prater Residenz", "20260320T083000Z", "20260320T091500Z",
        prodid="-//Cisco Systems Inc.//Webex Meetings//EN", tz=None,
        organizer=org("m.zach@prater-residenz.at", "Mario Zach"), attendees=[me],
        desc="Mario Zach (Personalentwicklung) lädt Sie zu diesem Webex-Meeting ein.\n\nMeeting beitreten\n"
             "https://praterresidenz.webex.com/praterresidenz/j.php?MTID=m8fa31c02e7d94be1\n\nMeeting-Kennnummer "
             "(Zugriffscode): 2731 448 0192\nMeeting-Passwort: Prater2026\n\nPer Telefon beitreten\n"
             "+43-1-2675-3020 Österreich gebührenpflichtig",
        loc="https://praterresidenz.webex.com/praterresidenz/j.php?MTID=m8fa31c02e7d94be1"),
        1, "Hotel Prater Residenz", "Revenue Manager/in", "recruiter_screen", "m.zach@prater-residenz.at",
        "webex-de"))

    uid = "1q9hfa3p0c6v2k4r8t7mne5sdo@google.com"
    out.append(item("google-owner-de", uid, one(
        uid, "Interview FOM – Ötztaler Naturhotel", "20260330T090000Z", "20260330T100000Z", prodid=P_GOOGLE, tz=None,
        organizer=org("martin@oetztaler-naturhotel.at", "Martin Grüner"),
        attendees=[att("martin@oetztaler-naturhotel.at", "Martin Grüner", stat="ACCEPTED"), me],
        desc="Servus Verena, freu mich auf unser Gespräch! Martin (Gastgeber)\n\n"
             + meet_de("otz-nath-fom", "208 114 775")
             + google_footer_de("verena.hofbauer@aon.at")),
        1, "Ötztaler Naturhotel", "Front Office Manager", "hiring_manager", "martin@oetztaler-naturhotel.at",
        "google-owner-abbrev-role-de"))

    uid = "040000008200E00074C5B7101A82E0080000000066778899AABBDC01000000000000000010000000DNK0A1B2C3"
    txt = ("Dear Verena,\n\nthank you for your time on the phone last week. As discussed, I'd like to invite you to "
           "an interview for the Hotel Operations Manager position at Donaukai Vienna. We can switch to German "
           "anytime.\n\nBest regards\nKerstin Vogl\nDirector of Operations | Donaukai Apartments & Hotel"
           + teams_en("374 601 228 913", "ZGZlMWI5MjQtYzM"))
    out.append(item("outlook-en", uid, _outlook(
        uid, "Interview – Hotel Operations Manager | Donaukai Vienna", "20260327T100000", "20260327T110000", txt,
        org("k.vogl@donaukai.com", "Vogl, Kerstin"), [me], "Microsoft Teams Meeting", tz=VIENNA),
        1, "Donaukai Apartments & Hotel", "Hotel Operations Manager", "hiring_manager", "k.vogl@donaukai.com",
        "outlook-teams-en"))

    uid = "7hc2m0j4u9s1e3fkr6b8lqp5ad@google.com"
    out.append(item("google-second-de", uid, one(
        uid, "Zweitgespräch Hotel Operations Manager (Nymphenburg Garten)", "20260408T070000Z", "20260408T080000Z",
        prodid=P_GOOGLE, tz=None,
        organizer=org("c.eberl@hotel-nymphenburggarten.de", "Carolin Eberl"),
        attendees=[att("c.eberl@hotel-nymphenburggarten.de", "Carolin Eberl", stat="ACCEPTED"), me,
                   att("buero@hotel-nymphenburggarten.de", "Büro Hotel Nymphenburg Garten", role="OPT-PARTICIPANT")],
        desc="Liebe Frau Hofbauer,\nich freue mich auf das zweite Gespräch. Diesmal gerne persönlich bei uns im Haus "
             "– falls die Anreise nicht klappt, nehmen wir den Meet-Link.\nCarolin Eberl, Hoteldirektorin\n\n"
             + meet_de("nym-gart-zwg", "330 127 905"),
        loc="Hotel Nymphenburg Garten, Romanstraße 20, 80639 München"),
        1, "Hotel Nymphenburg Garten", "Hotel Operations Manager", "hiring_manager",
        "c.eberl@hotel-nymphenburggarten.de",
        "google-second-round-de"))

    uid = "040000008200E00074C5B7101A82E0080000000077889900AABBDC0100000000000000001000000051A4F0E2C7"
    txt = ("Dear Ms Hofbauer,\n\nPlease find below the details for your final interview with our General Manager, "
           "Mr Patrick Roth, and Mrs Verena Suter from the owners' board. A short hotel tour is included.\n\n"
           "Kind regards\nMelanie Graf\nHR Coordinator, Sihlpark Hotel Zürich")
    out.append(item("exchange-final-en", uid, one(
        uid, "Final interview – Front Office Manager – Sihlpark Hotel Zürich", "20260423T130000", "20260423T143000",
        prodid=P_EXCHANGE, tz=ZURICH,
        organizer=org("m.graf@sihlpark-hotel.ch", "Graf, Melanie"),
        attendees=[me, att("p.roth@sihlpark-hotel.ch", "Roth, Patrick"),
                   att("v.suter@sihlpark-holding.ch", "Suter, Verena")],
        desc=txt, loc="Sihlpark Hotel Zürich, Sihlquai 88, 8005 Zürich", extra=(alt_html(txt), *ms_props("BUSY"))),
        1, "Sihlpark Hotel Zürich", "Front Office Manager", "final",
        "p.roth@sihlpark-hotel.ch;v.suter@sihlpark-holding.ch",
        "exchange-namesake-en"))

    uid = "040000008200E00074C5B7101A82E0080000000088990011AABBDC010000000000000000100000005CA16E0A15E7"
    txt = ("Liebe Frau Hofbauer,\n\ndas Gespräch findet in unserer Bibliothek statt, anschließend kurzer Rundgang "
           "durch Rezeption und Bankettbereich mit unserer Empfangschefin. Gesprächspartner: Mag. Florian Haslauer "
           "(Direktor) und Andrea Moser (Personal).\n\nLiebe Grüße aus Aigen\nAndrea Moser")
    out.append(item("outlook-room-de", uid, _outlook(
        uid, "Vorstellungsgespräch FOM, Schlosshotel Aigen", "20260324T100000", "20260324T113000", txt,
        org("personal@schlosshotel-aigen.at", "Moser, Andrea"),
        [me, att("f.haslauer@schlosshotel-aigen.at", "Haslauer, Florian"),
         att("bibliothek@schlosshotel-aigen.at", "Bibliothek (Besprechung)", cutype="ROOM", role="NON-PARTICIPANT",
             rsvp=None)],
        "Bibliothek (Besprechung)", busy="BUSY"),
        1, "Schlosshotel Aigen", "Front Office Manager", "onsite",
        "f.haslauer@schlosshotel-aigen.at;personal@schlosshotel-aigen.at", "outlook-room-escaped-comma-de"))

    uid = "040000008200E00074C5B7101A82E00800000000FEEDC0DE2026DC0100000000000000001000000091B2C3D4E5F6"
    txt = ("Dear Verena,\n\nFollowing your conversation with Clara, I am happy to invite you to the final round "
           "with our General Manager Dr. Helmut Strasser and Ines Fabris, Director of Rooms. Clara will join "
           "for the first five minutes to coordinate.\n\nBest regards\nClara Wolfsberger\nTalent & Culture"
           + teams_en("350 774 118 092", "YTBmNzJjZDEtNmI"))
    out.append(item("outlook-final-en", uid, _outlook(
        uid, "Ringpalais – final round: Assistant Director of Rooms", "20260326T140000", "20260326T150000", txt,
        org("clara.wolfsberger@ringpalais.wien", "Wolfsberger, Clara"),
        [me, att("h.strasser@ringpalais.wien", "Strasser, Helmut"), att("i.fabris@ringpalais.wien", "Fabris, Ines"),
         att("clara.wolfsberger@ringpalais.wien", "Wolfsberger, Clara", role="OPT-PARTICIPANT", rsvp=None)],
        "Microsoft Teams Meeting", tz=VIENNA),
        1, "Ringpalais Hotel Wien", "Assistant Director of Rooms", "final",
        "h.strasser@ringpalais.wien;i.fabris@ringpalais.wien", "outlook-final-coordinator-en"))

    uid = "3kd9v0s7fjq2a8n1u5e6hbcl4o@google.com"
    out.append(item("google-es", uid, one(
        uid, "Segunda entrevista – Jordi Castells (Director de Operaciones Europa Central)", "20260401T083000Z",
        "20260401T093000Z", prodid=P_GOOGLE, tz=None,
        organizer=org("jordi.castells@hotelesbrisamar.com", "Jordi Castells"),
        attendees=[att("jordi.castells@hotelesbrisamar.com", "Jordi Castells", stat="ACCEPTED"), me,
                   att("lucia.ferrer@hotelesbrisamar.com", "Lucía Ferrer Vidal", role="OPT-PARTICIPANT")],
        desc="Hola Verena, nos vemos para la segunda entrevista (Directora de Recepción, Brisamar Viena). "
             "Hablamos en inglés si te resulta más cómodo.\nJordi\n\n" + meet_en("bsm-2nd-jcv", "601 442 778"),
        extra=alarm(10, "Recordatorio")),
        1, "Hoteles Brisamar", "Directora de Recepción", "hiring_manager", "jordi.castells@hotelesbrisamar.com",
        "google-second-es"))

    uid = "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC0100000000000000001000000087654321ABCD"
    txt = ("Liebe Frau Hofbauer,\n\nwie besprochen laden wir Sie zu einem Probearbeiten an der Rezeption ein "
           "(Frühdienst, 7:00–15:00). Bitte in Businesskleidung; Mittagessen im Personalrestaurant. Betreuung: "
           "Georg Thaler.\n\nMit freundlichen Grüßen\nBirgit Leitner")
    out.append(item("outlook-probetag-de", uid, _outlook(
        uid, "Probearbeiten Rezeption – Fr. Hofbauer", "20260327T070000", "20260327T150000", txt,
        org("b.leitner@grandhotel-moenchsberg.at", "Leitner, Birgit"),
        [me, att("g.thaler@grandhotel-moenchsberg.at", "Thaler, Georg")], "Grand Hotel Mönchsberg – Rezeption"),
        1, "Grand Hotel Mönchsberg", "", "technical", "g.thaler@grandhotel-moenchsberg.at",
        "outlook-probearbeiten-de"))

    return out
