"""holdout114 interviews, part 3: time shapes (recurring, cancelled, rescheduled, all-day, UTC), agencies, stages."""

from __future__ import annotations

from holdout114ev_common import ME, WEST, WORK, cal, d, ev, g_att, o_att

V = "Europe/Vienna"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    desc = (
        "Lieber Herr Gruber,\n\nwie besprochen laden wir Sie zu zwei Hospitationstagen in unser Haus Steinbock "
        "Sölden ein (Position: Hoteldirektor/in). Sie begleiten Frau Praxmarer durch den Tagesablauf und "
        "führen am Nachmittag Gespräche mit den Abteilungsleitungen.\n\nTag 1: Führung, Front Office, Spa\n"
        "Tag 2: Gespräch mit Eigentümerfamilie (Fam. Scheiber) und Abschluss\n\nHerzliche Grüße\n"
        "Carmen Praxmarer\nRegionaldirektorin Steinbock Hotels"
    )
    base = [
        "DTSTAMP:20250502T080000Z",
        "UID:5b8f1e2d-hospitation-steinbock-2025@steinbock-hotels.at",
        "ORGANIZER;CN=Carmen Praxmarer:mailto:c.praxmarer@steinbock-hotels.at",
        "ATTENDEE;CN=Carmen Praxmarer;PARTSTAT=ACCEPTED:mailto:c.praxmarer@steinbock-hotels.at",
        "ATTENDEE;CN=Tobias Gruber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "LOCATION:Hotel Steinbock Sölden\\, Dorfstraße 40\\, 6450 Sölden",
    ]
    out.append(ev("recurring-override-de", cal([
        [*base,
         "DTSTART;TZID=Europe/Vienna:20250512T090000",
         "DTEND;TZID=Europe/Vienna:20250512T170000",
         "RRULE:FREQ=DAILY;COUNT=2",
         "SUMMARY:Hospitation Steinbock Sölden – Hoteldirektor/in (T. Gruber)",
         "DESCRIPTION:" + d(desc),
         "SEQUENCE:1"],
        [*base,
         "RECURRENCE-ID;TZID=Europe/Vienna:20250513T090000",
         "DTSTART;TZID=Europe/Vienna:20250513T100000",
         "DTEND;TZID=Europe/Vienna:20250513T140000",
         "SUMMARY:Hospitation Tag 2 – Gespräch Familie Scheiber (T. Gruber)",
         "DESCRIPTION:" + d("Tag 2 beginnt erst um 10 Uhr, Abschlussgespräch mit Fam. Scheiber bis 14 Uhr."),
         "SEQUENCE:1"],
    ], "-//Apple Inc.//macOS 14.4//EN", tzids=(V,)),
        1, "Steinbock Hotels", "Hoteldirektor/in", "onsite", "c.praxmarer@steinbock-hotels.at",
        "recurring-override-de"))

    out.append(ev("cancel-method-de", cal([[
        'ORGANIZER;CN="Rainer, Gudrun":mailto:g.rainer@pongauer-bergwelt.at',
        o_att(ME, "Tobias Gruber"),
        o_att("m.oberauer@pongauer-bergwelt.at", "Oberauer, Michael"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Sehr geehrter Herr Gruber,\n\nleider müssen wir das Vorstellungsgespräch (Marketingleitung) "
            "absagen, da Herr Oberauer kurzfristig verhindert ist. Wir melden uns mit einem neuen Termin.\n\n"
            "Mit freundlichen Grüßen\nGudrun Rainer"),
        "UID:040000008200E00074C5B7101A82E0080000000030E7F1A2B398DB01000000000000000010000000C4D5",
        "SUMMARY;LANGUAGE=de-AT:Abgesagt: Vorstellungsgespräch Marketingleitung – Pongauer Bergwelt",
        "DTSTART;TZID=W. Europe Standard Time:20250326T140000",
        "DTEND;TZID=W. Europe Standard Time:20250326T150000",
        "DTSTAMP:20250324T155500Z",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "PRIORITY:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    ]], OUTLOOK, method="CANCEL", tzids=(WEST,)),
        1, "Pongauer Bergwelt Tourismus", "Marketingleitung", "", "m.oberauer@pongauer-bergwelt.at",
        "cancelled-outlook-de"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\naufgrund einer Gemeinderatssitzung müssen wir das Gespräch leider "
        "verschieben. Neuer Termin: Montag, 14. April, 17:00 Uhr.\n\nIhre Gesprächspartner im finalen Gespräch: "
        "Bürgermeister Mag. Christian Margreiter (Aufsichtsratsvorsitzender) und Geschäftsführerin Eva Schwaighofer."
        "\n\nStelle: Citymanager/in Hall in Tirol\n\nFreundliche Grüße\nEva Schwaighofer"
    )
    out.append(ev("rescheduled-final-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250414T170000",
        "DTEND;TZID=Europe/Vienna:20250414T180000",
        "DTSTAMP:20250409T130101Z",
        "ORGANIZER;CN=Eva Schwaighofer:mailto:e.schwaighofer@hall-altstadt.at",
        "UID:6p2m9v4r1k8s3t0q7w5x@google.com",
        g_att("e.schwaighofer@hall-altstadt.at", "Eva Schwaighofer", ps="ACCEPTED"),
        g_att("buergermeister@hall-in-tirol.at", "Christian Margreiter"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Rathaus Hall\\, Oberer Stadtplatz 1\\, 6060 Hall in Tirol",
        "SEQUENCE:3",
        "STATUS:CONFIRMED",
        "SUMMARY:VERSCHOBEN: Finales Gespräch Citymanager/in – Haller Altstadt Marketing",
        "LAST-MODIFIED:20250409T130101Z",
    ]], GOOGLE, tzids=(V,)),
        1, "Haller Altstadt Marketing", "Citymanager/in Hall in Tirol", "final",
        "e.schwaighofer@hall-altstadt.at;buergermeister@hall-in-tirol.at", "rescheduled-final-de"))

    out.append(ev("allday-assessment-de", cal([[
        "DTSTART;VALUE=DATE:20250520",
        "DTEND;VALUE=DATE:20250521",
        "DTSTAMP:20250505T090000Z",
        "UID:AC-OBE-2025-05-20-gruber@oberallgaeu-bergerlebnis.de",
        "ORGANIZER;CN=Personalabteilung Oberallgäu Bergerlebnis:mailto:personal@oberallgaeu-bergerlebnis.de",
        "ATTENDEE;CN=Tobias Gruber;RSVP=TRUE:mailto:" + ME,
        "SUMMARY:Assessment Center – Bereichsleitung Bergerlebnis & Events",
        "DESCRIPTION:" + d(
            "Ganztägiges Assessment Center in Oberstdorf (Beginn 8:30 Uhr, Ende ca. 17 Uhr): Gruppenübung, "
            "Präsentation, Interview mit Geschäftsführung (Herr Dr. Thomas Zeller) und Betriebsrat.\n"
            "Oberallgäu Bergerlebnis GmbH – Personal"),
        "LOCATION:Verwaltung Oberallgäu Bergerlebnis\\, Oberstdorf",
        "TRANSP:TRANSPARENT",
    ]], "-//Oberallgaeu Bergerlebnis//Bewerbermanagement//DE"),
        1, "Oberallgäu Bergerlebnis", "Bereichsleitung Bergerlebnis & Events", "onsite", "Dr. Thomas Zeller",
        "all-day-assessment-de"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nim Auftrag unseres Mandanten, der Vinschger Bergbahnen Genossenschaft, "
        "darf ich Ihnen den Termin für das Vorstellungsgespräch zur Position Betriebsleiter/in bestätigen.\n\n"
        "Gesprächspartner beim Kunden: Dr. Armin Wallnöfer (Direktor), Georg Stecher (Obmann)\n"
        "Ort: Verwaltung Vinschger Bergbahnen, Schlanders\n\nIch selbst bin beim Gespräch nicht dabei und melde "
        "mich danach telefonisch bei Ihnen.\n\nBeste Grüße\nMag. Helmut Kessler\nKessler & Partner Executive Search"
    )
    out.append(ev("agency-client-named-de", cal([[
        'ORGANIZER;CN="Kessler, Helmut":mailto:h.kessler@kessler-partner.at',
        o_att(ME, "Gruber, Tobias"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000A4B2C3D4E5F6DB0100000000000000001000000076",
        "SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Vinschger Bergbahnen – Betriebsleitung (Kessler & Partner)",
        "DTSTART;TZID=W. Europe Standard Time:20250408T143000",
        "DTEND;TZID=W. Europe Standard Time:20250408T160000",
        "DTSTAMP:20250401T101900Z",
        "LOCATION;LANGUAGE=de-AT:Vinschger Bergbahnen\\, Schlanders",
        "SEQUENCE:0",
    ]], OUTLOOK, tzids=(WEST,)),
        1, "Vinschger Bergbahnen", "Betriebsleiter/in", "", "Dr. Armin Wallnöfer;Georg Stecher",
        "agency-names-employer-de"))

    desc = (
        "Lieber Herr Gruber,\n\nsuper Neuigkeiten: Familie Kofler möchte Sie im Hotel Edelweißhof in Meran zum "
        "finalen Gespräch (Direktion) kennenlernen! Dabei sind Anton und Magdalena Kofler (Eigentümer).\n\n"
        "Ich begleite Sie persönlich und stelle Sie vor, bin aber nicht Teil der Entscheidung.\n\n"
        "Viele Grüße\nJasmin Hofer\nAlpine Talents Personalberatung"
    )
    out.append(ev("agency-final-work-address-de", cal([[
        "DTSTART;TZID=Europe/Rome:20250506T110000",
        "DTEND;TZID=Europe/Rome:20250506T123000",
        "DTSTAMP:20250429T151500Z",
        "ORGANIZER;CN=Jasmin Hofer:mailto:j.hofer@alpine-talents.com",
        "UID:0a9s8d7f6g5h4j3k2l1z@google.com",
        g_att("j.hofer@alpine-talents.com", "Jasmin Hofer", ps="ACCEPTED"),
        g_att("info@edelweisshof-meran.it", "Familie Kofler"),
        g_att(WORK, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Hotel Edelweißhof\\, Laurinstraße 12\\, 39012 Meran",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Finales Gespräch Hotel Edelweißhof – Direktion (via Alpine Talents)",
    ]], GOOGLE, tzids=("Europe/Rome",)),
        1, "Hotel Edelweißhof", "Direktion", "final", "info@edelweisshof-meran.it",
        "agency-final-to-work-address-de"))

    desc = (
        "Dear Tobias,\n\nAs discussed, our client Seehotel Achenblick (5* lifestyle hotel at Lake Achensee) would "
        "like to meet you for the Director of Sales & Marketing position. You will meet Mr Konrad Rieder, "
        "Managing Director, at the hotel.\n\nI'll call you the day after to debrief.\n\nBest wishes,\n"
        "Charlotte Evans\nSummit Hospitality Search Ltd"
    )
    out.append(ev("agency-client-named-en", cal([[
        "UID:SHS-20250422-TG-achenblick",
        "DTSTAMP:20250415T110000Z",
        "DTSTART;TZID=Europe/Vienna:20250422T150000",
        "DTEND;TZID=Europe/Vienna:20250422T163000",
        "SUMMARY:Meeting with Seehotel Achenblick – Director of Sales & Marketing (Tobias Gruber)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Seehotel Achenblick\\, Pertisau",
        "ORGANIZER;CN=Charlotte Evans:mailto:charlotte@summithospitalitysearch.co.uk",
        "ATTENDEE;CN=Tobias Gruber;RSVP=TRUE:mailto:" + ME,
        "ATTENDEE;CN=Konrad Rieder:mailto:k.rieder@achenblick.at",
    ]], "-//Summit Hospitality Search//Bullhorn//EN", tzids=(V,)),
        1, "Seehotel Achenblick", "Director of Sales & Marketing", "", "k.rieder@achenblick.at",
        "agency-names-employer-en"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nwie per E-Mail vereinbart, rufe ich Sie für ein kurzes telefonisches "
        "Erstgespräch (ca. 20 Minuten) zur Stelle Destination Manager/in an.\nIch erreiche Sie unter "
        "+43 676 5512 093.\n\nFreundliche Grüße\nBirgit Kranebitter\nPersonal & Verwaltung\n"
        "Ferienregion Lechauer Land"
    )
    out.append(ev("phone-screen-de", cal([[
        'ORGANIZER;CN="Kranebitter, Birgit":mailto:b.kranebitter@lechauer-land.at',
        o_att(ME, "tobias.gruber.tirol@aon.at"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E008000000005C7E9A1B2C3DDB01000000000000000010000000A1",
        "SUMMARY;LANGUAGE=de-AT:Telefonisches Erstgespräch – Destination Manager/in",
        "DTSTART;TZID=W. Europe Standard Time:20250304T113000",
        "DTEND;TZID=W. Europe Standard Time:20250304T115000",
        "DTSTAMP:20250228T100000Z",
        "LOCATION;LANGUAGE=de-AT:Telefon (wir rufen Sie an)",
    ]], OUTLOOK, tzids=(WEST,)),
        1, "Ferienregion Lechauer Land", "Destination Manager/in", "recruiter_screen",
        "b.kranebitter@lechauer-land.at", "phone-screen-de"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nals zweiten Schritt im Auswahlverfahren bitten wir Sie um eine "
        "Probeführung: Führen Sie eine Gästegruppe (gespielt von Mitgliedern des Vorstands) 45 Minuten durch "
        "Steinach und präsentieren Sie anschließend ein Wochenprogramm für Sommergäste.\n\n"
        "Jury: Obmann Josef Mair, Andrea Hörtnagl, Thomas Gogl (Vorstand)\nTreffpunkt: Infobüro Steinach\n\n"
        "Daniela Kerschbaumer"
    )
    out.append(ev("practical-test-de", cal([[
        "UID:personio-appointment-2419021@personio.de",
        "DTSTAMP:20250326T090000Z",
        "DTSTART;TZID=Europe/Vienna:20250402T160000",
        "DTEND;TZID=Europe/Vienna:20250402T180000",
        "SUMMARY:Praxisaufgabe Probeführung | Geschäftsführer/in (m/w/d) | Tobias Gruber",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Infobüro Steinach am Brenner",
        "ORGANIZER;CN=Daniela Kerschbaumer:mailto:bewerbung@wipptal-brenner.at",
        "ATTENDEE;CN=Josef Mair;ROLE=REQ-PARTICIPANT:mailto:obmann@wipptal-brenner.at",
        "ATTENDEE;CN=Andrea Hörtnagl;ROLE=REQ-PARTICIPANT:mailto:a.hoertnagl@wipptal-brenner.at",
        "ATTENDEE;CN=Thomas Gogl;ROLE=REQ-PARTICIPANT:mailto:t.gogl@wipptal-brenner.at",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,)),
        1, "Tourismusverband Wipptal-Brenner", "Geschäftsführer/in (m/w/d)", "technical",
        "obmann@wipptal-brenner.at;a.hoertnagl@wipptal-brenner.at;t.gogl@wipptal-brenner.at",
        "practical-probefuehrung-de"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nwir laden Sie zum Hearing vor dem Vorstand des Tourismusverbandes ein "
        "(Letzte Runde, drei Kandidat:innen). Redezeit 15 Minuten, danach Fragen des Vorstands (8 Mitglieder).\n"
        "\nOrt: Gemeindesaal Steinach\n\nDaniela Kerschbaumer\nim Auftrag von Obmann Josef Mair"
    )
    out.append(ev("hearing-final-de", cal([[
        "UID:personio-appointment-2420188@personio.de",
        "DTSTAMP:20250407T081000Z",
        "DTSTART;TZID=Europe/Vienna:20250415T190000",
        "DTEND;TZID=Europe/Vienna:20250415T194500",
        "SUMMARY:Hearing Vorstand | Geschäftsführer/in (m/w/d) | Tobias Gruber",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Gemeindesaal Steinach am Brenner",
        "ORGANIZER;CN=Daniela Kerschbaumer:mailto:bewerbung@wipptal-brenner.at",
        "ATTENDEE;CN=Vorstand TVB Wipptal-Brenner;CUTYPE=GROUP:mailto:vorstand@wipptal-brenner.at",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,)),
        1, "Tourismusverband Wipptal-Brenner", "Geschäftsführer/in (m/w/d)", "final", "vorstand@wipptal-brenner.at",
        "hearing-board-final-de"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nfür die nächste Runde bitten wir Sie, eine Fallstudie zu bearbeiten: "
        "\"Destinationsstrategie Tiroler Oberland 2030\". Die Unterlagen erhalten Sie 48 Stunden vorher. "
        "Präsentation 20 Min. vor Dr. Katharina Lechner (Geschäftsführerin) und Mag. Stefan Wörgötter "
        "(Bereichsleiter Strategie), anschließend Diskussion.\n\nTirol Destination Management GmbH"
    )
    out.append(ev("case-study-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250429T090000",
        "DTEND;TZID=Europe/Vienna:20250429T103000",
        "DTSTAMP:20250417T140000Z",
        "ORGANIZER;CN=TDM Personal:mailto:personal@tdm-tirol.at",
        "UID:tdm-case-gruber-0429@tdm-tirol.at",
        "ATTENDEE;CN=Dr. Katharina Lechner:mailto:k.lechner@tdm-tirol.at",
        "ATTENDEE;CN=Mag. Stefan Wörgötter:mailto:s.woergoetter@tdm-tirol.at",
        "ATTENDEE;CN=Tobias Gruber;RSVP=TRUE:mailto:" + ME,
        "DESCRIPTION:" + d(desc),
        "LOCATION:TDM\\, Maria-Theresien-Straße 55\\, 6020 Innsbruck",
        "SUMMARY:Fallstudie & Präsentation – Bereichsleitung Destinationsentwicklung",
    ]], "-//TDM Tirol//HR Kalender//DE", tzids=(V,)),
        1, "Tirol Destination Management", "Bereichsleitung Destinationsentwicklung", "technical",
        "k.lechner@tdm-tirol.at;s.woergoetter@tdm-tirol.at", "case-study-de"))

    desc = (
        "Guten Tag Herr Gruber,\n\nhiermit laden wir Sie zum Vorstellungsgespräch für die Stelle Leitung "
        "Gästeservice (m/w/d) im Kur- und Tourismusbetrieb Bergried ein.\nAuswahlkommission: Erster Bürgermeister "
        "Ludwig Haslinger, Kurdirektorin Sabine Gschwendtner, Personalrat Franz Reiser.\n\nBitte melden Sie sich "
        "an der Pforte des Rathauses (Zimmer 12).\n\nMit freundlichen Grüßen\ni. A. Monika Zangl\nPersonalamt"
    )
    out.append(ev("municipal-bavaria-de", cal([[
        'ORGANIZER;CN="Zangl, Monika":mailto:personalamt@bergried.de',
        o_att(ME, "tobias.gruber.tirol@aon.at"),
        o_att("buergermeister@bergried.de", "Haslinger, Ludwig"),
        o_att("s.gschwendtner@bergried.de", "Gschwendtner, Sabine"),
        o_att("f.reiser@bergried.de", "Reiser, Franz"),
        "DESCRIPTION;LANGUAGE=de-DE:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000099",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Leitung Gästeservice (m/w/d) - Gruber",
        "DTSTART;TZID=W. Europe Standard Time:20250508T100000",
        "DTEND;TZID=W. Europe Standard Time:20250508T110000",
        "DTSTAMP:20250425T093000Z",
        "LOCATION;LANGUAGE=de-DE:Rathaus Bergried\\, Zimmer 12",
    ]], OUTLOOK, tzids=(WEST,)),
        1, "Kur- und Tourismusbetrieb Bergried", "Leitung Gästeservice (m/w/d)", "",
        "buergermeister@bergried.de;s.gschwendtner@bergried.de;f.reiser@bergried.de", "municipal-panel-de"))

    desc = (
        "Hallo Herr Gruber,\n\nhier der Link zu unserer finalen Gesprächsrunde mit Geschäftsführer Dr. Maximilian "
        "Auer.\n\nCisco Webex Meeting\nMeeting-Link: https://bam-bayern.webex.com/meet/m.auer\n"
        "Meeting-Kennnummer: 2741 882 0156\nPasswort: Alpen25\n\nÜber Videosystem beitreten: m.auer@"
        "bam-bayern.webex.com\n\nViele Grüße\nSabine Seidl\nBayerische Alpen Marketing GmbH"
    )
    out.append(ev("webex-final-de", cal([[
        "UID:bam-final-0415-2a7c@bam-bayern.de",
        "DTSTAMP:20250410T080000Z",
        "DTSTART:20250424T080000Z",
        "DTEND:20250424T090000Z",
        "SUMMARY:Finale Gesprächsrunde – Projektleitung Destinationsmarketing (Webex)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Webex",
        "ORGANIZER;CN=Sabine Seidl:mailto:s.seidl@bam-bayern.de",
        "ATTENDEE;CN=Dr. Maximilian Auer;ROLE=REQ-PARTICIPANT:mailto:m.auer@bam-bayern.de",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
    ]], "-//Microsoft Corporation//Outlook for Mac 16.83//EN"),
        1, "Bayerische Alpen Marketing", "Projektleitung Destinationsmarketing", "final", "m.auer@bam-bayern.de",
        "webex-final-utc-de"))

    desc = (
        "Hi Tobias,\n\nGreat to connect on LinkedIn! Here's a Zoom link for a 30-minute intro call about the "
        "Resort Manager role in Ehrwald.\n\nJoin Zoom Meeting\nhttps://peakline.zoom.us/j/81234509876?pwd=UGVhaw\n"
        "Meeting ID: 812 3450 9876\nPasscode: 441290\n\nCheers,\nHolly Brennan\nTalent Partner, Peakline"
    )
    out.append(ev("zoom-screen-en", cal([[
        "DTSTART:20250307T100000Z",
        "DTEND:20250307T103000Z",
        "DTSTAMP:20250303T141414Z",
        "ORGANIZER;CN=Holly Brennan:mailto:holly.brennan@peakline-holidays.co.uk",
        "UID:0r4n2d0m9z8y7x6w5v4u@google.com",
        g_att("holly.brennan@peakline-holidays.co.uk", "Holly Brennan", ps="ACCEPTED"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:https://peakline.zoom.us/j/81234509876?pwd=UGVhaw",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Intro call – Tobias Gruber / Peakline",
    ]], GOOGLE),
        1, "Peakline Mountain Holidays", "Resort Manager", "recruiter_screen",
        "holly.brennan@peakline-holidays.co.uk", "zoom-screen-utc-en"))

    desc = (
        "Hallo Herr Gruber,\n\nanbei die Einladung zum Vorstellungsgespräch für die Betriebsleitung Winter bei "
        "der Hörnle-Isarwinkel Bergbahnen GmbH. Teilnehmer: Georg Hainz (Geschäftsführer), Anton Demmel "
        "(technischer Leiter).\n\nMit Google Meet teilnehmen: https://meet.google.com/hib-ekqs-xnm"
    )
    out.append(ev("google-utc-de", cal([[
        "DTSTART:20250416T120000Z",
        "DTEND:20250416T130000Z",
        "DTSTAMP:20250411T070707Z",
        "ORGANIZER;CN=Georg Hainz:mailto:georg.hainz@hoernle-bahnen.de",
        "UID:8f7e6d5c4b3a2z1y0x9w@google.com",
        g_att("georg.hainz@hoernle-bahnen.de", "Georg Hainz", ps="ACCEPTED"),
        g_att("anton.demmel@hoernle-bahnen.de", "Anton Demmel"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Vorstellungsgespräch Betriebsleitung Winter",
    ]], GOOGLE),
        1, "Hörnle-Isarwinkel Bergbahnen", "Betriebsleitung Winter", "",
        "georg.hainz@hoernle-bahnen.de;anton.demmel@hoernle-bahnen.de", "google-utc-de"))

    return out
