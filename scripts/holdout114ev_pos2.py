"""holdout114 interviews, part 2: Outlook/Exchange, Google, Apple and Thunderbird invites, direct and hand-typed."""

from __future__ import annotations

from holdout114ev_common import ME, UTC1_WIEN, WEST, cal, d, ev, g_att, o_att

V = "Europe/Vienna"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
IOS = "-//Apple Inc.//iPhone OS 17.4.1//EN"
TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

TEAMS_DE = (
    "\n________________________________________________________________________________\n"
    "Microsoft Teams Hilfe benötigt?\nJetzt an der Besprechung teilnehmen\n"
    "Besprechungs-ID: 362 118 447 902\nKennung: Xa9mQ2\n"
    "________________________________________________________________________________\n"
)
TEAMS_EN = (
    "\n________________________________________________________________________________\n"
    "Microsoft Teams Need help?\nJoin the meeting now\nMeeting ID: 318 552 901 744\nPasscode: 7Hk2pz\n"
    "________________________________________________________________________________\n"
)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    desc = (
        "Sehr geehrter Herr Gruber,\n\nwie telefonisch besprochen, darf ich Sie im Namen von Herrn Huber zum "
        "Vorstellungsgespräch für die Stelle Leitung Skischulkooperationen & Pistenservice einladen.\n\n"
        "Gesprächspartner: Markus Huber, Bereichsleiter Betrieb\nOrt: Verwaltungsgebäude Arlberger Seilbahnen, "
        "Dorfstraße 62, 6580 St. Anton am Arlberg, Besprechungsraum Valluga\n\nMit freundlichen Grüßen\n"
        "Sandra Tschol\nAssistentin Bereichsleitung Betrieb"
    )
    alt = (
        "<html><body><p>Sehr geehrter Herr Gruber,</p><p>wie telefonisch besprochen, darf ich Sie im Namen von "
        "Herrn Huber zum Vorstellungsgespräch einladen.</p><p>Sandra Tschol</p></body></html>"
    )
    out.append(ev("outlook-sentby-de", cal([[
        'ORGANIZER;CN="Huber, Markus";SENT-BY="mailto:sandra.tschol@arlberger-seilbahnen.at":mailto:'
        "markus.huber@arlberger-seilbahnen.at",
        o_att(ME, "Tobias Gruber"),
        "DESCRIPTION;LANGUAGE=de-DE:" + d(desc),
        "UID:040000008200E00074C5B7101A82E0080000000070F1C6A3D58EDB01000000000000000010000000"
        "4F2D8E7B1A3C5D49A1E0F6B2C9D87E31",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Leitung Skischulkooperationen & Pistenservice",
        "DTSTART;TZID=W. Europe Standard Time:20250325T100000",
        "DTEND;TZID=W. Europe Standard Time:20250325T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250317T134501Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Verwaltung St. Anton – Besprechungsraum Valluga",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-ALT-DESC;FMTTYPE=text/html:" + alt,
    ]], OUTLOOK, tzids=(WEST,)),
        1, "Arlberger Seilbahnen", "Leitung Skischulkooperationen & Pistenservice", "hiring_manager",
        "markus.huber@arlberger-seilbahnen.at"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nnach den positiven Gesprächen der ersten Runde laden wir Sie herzlich zum "
        "Abschlussgespräch mit unserer Geschäftsführung ein (Position: Leitung Vertrieb & Marketing).\n\n"
        "Teilnehmende: Mag. Elisabeth Pfeifer (GF), Ing. Thomas Walch (GF)\nDas Gespräch findet via Teams "
        "statt.\n\nBeste Grüße\nVerena Krismer, HR" + TEAMS_DE
    )
    out.append(ev("outlook-utc-zone-final-de", cal([[
        'ORGANIZER;CN="Krismer, Verena":mailto:v.krismer@oigb.at',
        o_att("e.pfeifer@oigb.at", "Pfeifer, Elisabeth"),
        o_att("t.walch@oigb.at", "Walch, Thomas"),
        o_att(ME, "tobias.gruber.tirol@aon.at"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000D02B4F5E1C95DB010000000000000000100000009A77C1E0",
        "SUMMARY;LANGUAGE=de-AT:Abschlussgespräch GF – Leitung Vertrieb & Marketing (T. Gruber)",
        f"DTSTART;TZID=\"{UTC1_WIEN}\":20250430T160000",
        f"DTEND;TZID=\"{UTC1_WIEN}\":20250430T170000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250422T082233Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ]], OUTLOOK, tzids=(UTC1_WIEN,)),
        1, "Oberinntaler Gletscherbahnen", "Leitung Vertrieb & Marketing", "final",
        "e.pfeifer@oigb.at;t.walch@oigb.at"))

    desc = (
        "Lieber Herr Gruber,\n\nwir freuen uns auf Ihren Besuch in Heiligenblut! Ablauf:\n"
        "13:00 Rundgang Erlebniswelt mit Mag. Bernhard Lackner (Prokurist)\n14:00 Gespräch mit Mag. Lackner und "
        "Dr. Ursula Steiner (Geschäftsführerin)\n\nRaum ist gebucht, der Beamer steht bereit.\n\nLG\n"
        "Carina Oberlercher (Office)"
    )
    out.append(ev("outlook-room-onsite-de", cal([[
        'ORGANIZER;CN="Oberlercher, Carina":mailto:office@glockner-erlebniswelt.at',
        o_att("b.lackner@glockner-erlebniswelt.at", "Lackner, Bernhard"),
        o_att("u.steiner@glockner-erlebniswelt.at", "Steiner, Ursula"),
        o_att(ME, "Gruber, Tobias"),
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Besprechungsraum Großglockner (14):"
        "mailto:raum.grossglockner@glockner-erlebniswelt.at",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Beamer mobil 2:mailto:beamer2@glockner-erlebniswelt.at",
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000409C12E7AA97DB0100000000000000001000000055E1",
        "SUMMARY;LANGUAGE=de-AT:Vorstellung vor Ort – Leitung Besucherservice (Hr. Gruber)",
        "DTSTART;TZID=W. Europe Standard Time:20250507T130000",
        "DTEND;TZID=W. Europe Standard Time:20250507T153000",
        "DTSTAMP:20250428T101000Z",
        "LOCATION;LANGUAGE=de-AT:Besprechungsraum Großglockner (14)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]], OUTLOOK, tzids=(WEST,)),
        1, "Glockner Erlebniswelt", "Leitung Besucherservice", "onsite",
        "b.lackner@glockner-erlebniswelt.at;u.steiner@glockner-erlebniswelt.at", "outlook-room-resource-de"))

    desc = (
        "Dear Tobias,\n\nThank you for your time on the phone last week. As promised, please find an invite for "
        "an interview with myself for the General Manager, Alpine Lodges (Austria) role. We'll cover your "
        "experience running winter operations and how you'd approach our three lodges in Ischgl, Lech and Ehrwald."
        "\n\nKind regards,\nRichard Ashworth\nChief Operating Officer, Brightwater Hospitality" + TEAMS_EN
    )
    out.append(ev("outlook-hm-en", cal([[
        'ORGANIZER;CN="Ashworth, Richard":mailto:richard.ashworth@brightwaterhospitality.co.uk',
        o_att(ME, "Tobias Gruber"),
        o_att("georgia.hale@brightwaterhospitality.co.uk", "Hale, Georgia", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=en-GB:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000C1D6B3AF2B96DB01000000000000000010000000E0",
        "SUMMARY;LANGUAGE=en-GB:Interview – General Manager\\, Alpine Lodges (Austria)",
        "DTSTART;TZID=GMT Standard Time:20250402T090000",
        "DTEND;TZID=GMT Standard Time:20250402T100000",
        "DTSTAMP:20250326T162040Z",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ]], OUTLOOK, extra=(
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE")),
        1, "Brightwater Hospitality", "General Manager, Alpine Lodges (Austria)", "hiring_manager",
        "richard.ashworth@brightwaterhospitality.co.uk", "outlook-gmt-optional-en"))

    desc = (
        "Hallo Herr Gruber,\n\nanbei der Termin für unser erstes Kennenlernen (ca. 30 Min.) zur Stelle "
        "Leiter/in Gästemarketing Zugspitzland.\n\nViele Grüße\nKerstin Huber\nPersonal\n\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        "Mit Google Meet teilnehmen: https://meet.google.com/zug-bahn-wqe\nOder telefonisch teilnehmen: "
        "(DE) +49 30 300195061 PIN: 771 402 188#\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )
    out.append(ev("google-meet-de", cal([[
        "DTSTART;TZID=Europe/Berlin:20250313T140000",
        "DTEND;TZID=Europe/Berlin:20250313T143000",
        "DTSTAMP:20250310T092210Z",
        "ORGANIZER;CN=Kerstin Huber:mailto:k.huber@zugspitzland-bahnen.de",
        "UID:4k8q1v0m2s7p3n5r6t9w0x1y2z@google.com",
        g_att("k.huber@zugspitzland-bahnen.de", "Kerstin Huber", ps="ACCEPTED"),
        g_att(ME, "tobias.gruber.tirol@aon.at"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/zug-bahn-wqe",
        "CREATED:20250310T092209Z",
        "DESCRIPTION:" + d(desc),
        "LAST-MODIFIED:20250310T092209Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Kennenlernen Herr Gruber / Zugspitzland Bergbahnen",
        "TRANSP:OPAQUE",
    ]], GOOGLE, tzids=("Europe/Berlin",)),
        1, "Zugspitzland Bergbahnen", "Leiter/in Gästemarketing Zugspitzland", "recruiter_screen",
        "k.huber@zugspitzland-bahnen.de"))

    desc = (
        "Servus Tobias,\n\nfreut mich, dass du dir Zeit nimmst! Kurz zum Hintergrund: wir bauen mit Pistenpass "
        "eine Plattform für Saisonkarten-Abos über mehrere Skigebiete – Seed-Runde ist durch, jetzt suchen wir "
        "jemanden für Resort Partnerships, der die Bergbahnen kennt. Lass uns einfach quatschen, wie du das "
        "angehen würdest.\n\nBis dann\nFlorian"
    )
    out.append(ev("founder-gmail-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20250321T160000",
        "DTEND;TZID=Europe/Vienna:20250321T164500",
        "DTSTAMP:20250318T213300Z",
        "ORGANIZER;CN=Florian Stecher:mailto:florian.stecher.ibk@gmail.com",
        "UID:1u7d0cq4glb2r9mve8k3qf5o6a@google.com",
        g_att("florian.stecher.ibk@gmail.com", "Florian Stecher", ps="ACCEPTED"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Café Munding, Kiebachgasse 16, 6020 Innsbruck".replace(",", "\\,"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Tobias / Florian – Resort Partnerships",
        "TRANSP:OPAQUE",
    ]], GOOGLE, tzids=(V,)),
        1, "Pistenpass", "Resort Partnerships", "", "florian.stecher.ibk@gmail.com", "founder-freemail-de"))

    out.append(ev("hand-typed-floating-de", cal([[
        "UID:7A1C0E55-3B7F-4E0D-9D2A-66B1F0C3E8A9",
        "DTSTAMP:20250402T194500Z",
        "CREATED:20250402T194455Z",
        "DTSTART:20250408T140000",
        "DTEND:20250408T153000",
        "SUMMARY:VG TDM – Bereichsleitung Destinationsentwicklung",
        "LOCATION:Maria-Theresien-Str. 55\\, Ibk",
        "DESCRIPTION:Fr. Dr. Lechner + Hr. Wörgötter. Mappe + Zeugnisse mit!",
        "SEQUENCE:0",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:-PT1H",
        "END:VALARM",
    ]], IOS, method=None),
        1, "Tirol Destination Management", "Bereichsleitung Destinationsentwicklung", "",
        "Dr. Lechner;Wörgötter", "hand-typed-ios-floating-de"))

    desc = (
        "Grüß dich Tobias,\n\nwie am Telefon gesagt – komm einfach ins Hotel Gamsburg, wir setzen uns in die "
        "Zirbenstube und reden über die Stelle als Hoteldirektor. Meine Frau Resi ist auch dabei.\n\nLG Sepp"
    )
    out.append(ev("owner-icloud-de", cal([[
        "UID:E3B1A2C4-58D6-4F7E-9A0B-1C2D3E4F5061",
        "DTSTAMP:20250414T183000Z",
        "DTSTART;TZID=Europe/Vienna:20250417T150000",
        "DTEND;TZID=Europe/Vienna:20250417T163000",
        "SUMMARY:Tobias Gruber – Gespräch",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Hotel Gamsburg\\, Hahnenkammstraße 9\\, Kitzbühel",
        "ORGANIZER;CN=Sepp Hechenberger:mailto:sepp.hechenberger@icloud.com",
        "ATTENDEE;CN=Resi Hechenberger;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:resi.hechenberger@icloud.com",
        "ATTENDEE;CN=Tobias Gruber;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "SEQUENCE:0",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]], "-//Apple Inc.//macOS 14.4//EN", tzids=(V,)),
        1, "Hotel Gamsburg", "Hoteldirektor", "", "sepp.hechenberger@icloud.com;resi.hechenberger@icloud.com",
        "owner-icloud-body-company-de"))

    out.append(ev("thunderbird-phone-de", cal([[
        "CREATED:20250305T171212Z",
        "LAST-MODIFIED:20250305T171340Z",
        "DTSTAMP:20250305T171340Z",
        "UID:b6c1a7f2-0e3d-4c59-8a41-2f9d7e6c5b10",
        "SUMMARY:Telefoninterview Bayerische Alpen Marketing (Fr. Seidl)",
        "DTSTART;TZID=Europe/Vienna:20250311T083000",
        "DTEND;TZID=Europe/Vienna:20250311T090000",
        "DESCRIPTION:Sabine Seidl (Personal) ruft an\\, Handy bereithalten. Stelle: Projektleitung "
        "Destinationsmarketing Alpenregion. Gehaltsvorstellung überlegen!",
        "CATEGORIES:Bewerbung",
        "X-MOZ-GENERATION:2",
        "TRANSP:OPAQUE",
    ]], TB, method=None, tzids=(V,)),
        1, "Bayerische Alpen Marketing", "Projektleitung Destinationsmarketing Alpenregion", "recruiter_screen",
        "Sabine Seidl", "thunderbird-phone-screen-de"))

    desc = (
        "Hallo Herr Gruber,\n\nvielen Dank für Ihre Bewerbung als Direktor (m/w/d) der Tourismusgenossenschaft "
        "Obervinschgau. Wie vereinbart das Gespräch mit unserem Präsidenten Hannes Thöni und mir.\n\n"
        "Ort: Sitzungssaal Tourismusbüro, Hauptstraße 4, 39027 Graun im Vinschgau\n\nFreundliche Grüße\n"
        "Petra Blaas\nVizepräsidentin"
    )
    out.append(ev("google-xwr-tz-de", cal([[
        "DTSTART:20250415T100000",
        "DTEND:20250415T113000",
        "DTSTAMP:20250408T111111Z",
        "ORGANIZER;CN=Petra Blaas:mailto:petra.blaas@obervinschgau.it",
        "UID:3hq9e2c1ovd8mf7t6b5a4n0k2s@google.com",
        g_att("petra.blaas@obervinschgau.it", "Petra Blaas", ps="ACCEPTED"),
        g_att("praesident@obervinschgau.it", "Hannes Thöni"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Tourismusbüro Graun im Vinschgau",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Gespräch Bewerbung Direktor – Tourismusgenossenschaft Obervinschgau",
    ]], GOOGLE, extra=("X-WR-CALNAME:Tourismus Obervinschgau", "X-WR-TIMEZONE:Europe/Rome")),
        1, "Tourismusgenossenschaft Obervinschgau", "Direktor (m/w/d)", "",
        "petra.blaas@obervinschgau.it;praesident@obervinschgau.it", "x-wr-timezone-de"))

    desc = (
        "Buongiorno Signor Gruber / Guten Tag Herr Gruber,\n\ncome concordato / wie vereinbart: colloquio per la "
        "posizione di Resort Manager / Vorstellungsgespräch für die Stelle Resort Manager – Dolomiten Aktiv "
        "Resort Kronwald.\n\nGesprächspartnerin: Dr. Martina Pichler (Personalleitung)\n\nMicrosoft Teams: "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_DAR77\n\nCordiali saluti / Freundliche Grüße"
    )
    out.append(ev("outlook-bilingual-it-de", cal([[
        'ORGANIZER;CN="Pichler, Martina":mailto:martina.pichler@dolomiten-aktiv.it',
        o_att(ME, "Tobias Gruber"),
        "DESCRIPTION;LANGUAGE=it-IT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000E5A1B7C9D0A1DB0100000000000000001000000031AB",
        "SUMMARY;LANGUAGE=it-IT:Colloquio / Vorstellungsgespräch – Resort Manager Kronwald",
        "DTSTART;TZID=W. Europe Standard Time:20250318T090000",
        "DTEND;TZID=W. Europe Standard Time:20250318T094500",
        "DTSTAMP:20250312T071500Z",
        "LOCATION;LANGUAGE=it-IT:Riunione di Microsoft Teams",
        "SEQUENCE:0",
    ]], OUTLOOK16, tzids=(WEST,)),
        1, "Dolomiten Aktiv Resorts", "Resort Manager", "recruiter_screen", "martina.pichler@dolomiten-aktiv.it",
        "outlook-bilingual-hr-de-it"))

    desc = (
        "Hallo Tobias,\n\nlass uns am Donnerstag über die Betriebsleitung Winter reden – ich hab mir deinen "
        "Lebenslauf angeschaut, passt gut. Komm bitte zur Talstation, Büro ist gleich neben der Kassa.\n\n"
        "Gruß\nWalter Gapp\nGeschäftsführer Sonnjoch Bahnen AG"
    )
    out.append(ev("thunderbird-invite-de", cal([[
        "CREATED:20250424T122000Z",
        "LAST-MODIFIED:20250424T122100Z",
        "DTSTAMP:20250424T122100Z",
        "UID:9e0d6c5b-4a3f-4e2d-b1c0-8f7e6d5c4b3a",
        "SUMMARY:Gespräch Betriebsleitung Winter",
        "ORGANIZER;CN=Walter Gapp:mailto:w.gapp@sonnjoch.it",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Gruber;CUTYPE=INDIVIDUAL:"
        "mailto:" + ME,
        "DTSTART;TZID=Europe/Rome:20250501T100000",
        "DTEND;TZID=Europe/Rome:20250501T110000",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Talstation Sonnjoch",
        "SEQUENCE:0",
        "X-MOZ-SEND-INVITATIONS:TRUE",
    ]], TB, tzids=("Europe/Rome",)),
        1, "Sonnjoch Bahnen", "Betriebsleitung Winter", "hiring_manager", "w.gapp@sonnjoch.it",
        "thunderbird-direct-gf-de"))

    return out
