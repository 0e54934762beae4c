"""holdout136: the user's own interviews - hand-typed entries, agencies, founders and odd time shapes."""

from __future__ import annotations

from holdout136ev_ics import (
    BERLIN,
    P_EXCHANGE,
    P_GMX,
    P_GOOGLE,
    P_IOS,
    P_MAC,
    P_OUTLOOK,
    USER_CN,
    USER_FREE,
    VIENNA,
    WIN,
    ZURICH,
    alarm,
    alt_html,
    att,
    calendar,
    dt,
    google_footer_de,
    item,
    ms_props,
    one,
    org,
    t,
    zoom_de,
    zoom_en,
)

_GEXPORT = ("X-WR-CALNAME:verena.hofbauer@aon.at", "X-WR-TIMEZONE:Europe/Vienna")


def events() -> list[dict[str, object]]:
    out = []
    me = att(USER_FREE, USER_CN)

    uid = "2r5t8c1m6qk0v9jh3e7ndb4sfa@google.com"
    out.append(item("gmail-founder-de", uid, one(
        uid, "Videocall Verena Hofbauer / Sepp – Betriebsleitung", "20260314T180000Z", "20260314T184500Z",
        prodid=P_GOOGLE, tz=None,
        organizer=org("sepp.hauser.wildschoenau@gmail.com", "Sepp Hauser"),
        attendees=[att("sepp.hauser.wildschoenau@gmail.com", "Sepp Hauser", stat="ACCEPTED"), me],
        desc="Hallo Verena,\nwie am Telefon ausgemacht ein kurzer Videocall zur Betriebsleitung für unser "
             "Chaletdorf in der Wildschönau (14 Chalets + Restaurant, Eröffnung der zweiten Bauphase im Juni). "
             "Meine Frau Resi ist auch dabei.\nLG Sepp\n\n" + zoom_de("862 4401 3390", "Q2hhbGV0ZG9yZg")
             + google_footer_de("verena.hofbauer@aon.at")),
        1, "Chaletdorf Wildschönau", "Betriebsleitung", "", "sepp.hauser.wildschoenau@gmail.com",
        "gmail-founder-body-de"))

    uid = "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000001000000033A7E0F1B2C9"
    txt = ("Sehr geehrte Frau Hofbauer,\n\nvielen Dank für Ihre Bewerbung. Für ein erstes telefonisches "
           "Kennenlernen ruft Sie Nadine Pfeffer (Personalmanagement) zum vereinbarten Zeitpunkt auf Ihrer "
           "Mobilnummer an.\n\nFreundliche Grüße\nGasteiner Alpentherme Resort – Personalabteilung")
    out.append(item("outlook-phone-de", uid, one(
        uid, "Telefonisches Erstgespräch – Guest Relations Managerin", "20260311T090000", "20260311T093000",
        prodid=P_OUTLOOK, tz=WIN, organizer=org("n.pfeffer@alpentherme-gastein.at", "Pfeffer, Nadine"),
        attendees=[att(USER_FREE, "verena.hofbauer@aon.at")], desc=txt,
        loc="Telefon – wir rufen Sie an (+43 664 3185220)", extra=(alt_html(txt), *ms_props())),
        1, "Gasteiner Alpentherme Resort", "Guest Relations Managerin", "recruiter_screen",
        "n.pfeffer@alpentherme-gastein.at", "outlook-phone-screen-de"))

    uid = "040000008200E00074C5B7101A82E00800000000C0FFEE11AA22DC010000000000000000100000007E57AB1E0F0A"
    txt = ("Sehr geehrte Frau Hofbauer,\n\nleider muss ich unseren Termin am 9. April krankheitsbedingt verschieben. "
           "Neuer Termin: Donnerstag, 16. April, 15:00 Uhr, gleicher Ort (Hotel Hofgarten Residenz, Rennweg 6, "
           "Innsbruck).\n\nIch bitte um Verständnis.\nRainer Schöpf, Direktor")
    out.append(item("exchange-rescheduled-de", uid, one(
        uid, "Verschoben: Vorstellungsgespräch Front Office Manager", "20260416T150000", "20260416T160000",
        prodid=P_EXCHANGE, tz=WIN, organizer=org("r.schoepf@hofgarten-residenz.at", "Schöpf, Rainer"),
        attendees=[me], desc=txt, loc="Hotel Hofgarten Residenz, Rennweg 6, 6020 Innsbruck", seq=2,
        stamp="20260406T101200Z", extra=(alt_html(txt), *ms_props("BUSY"))),
        1, "Hotel Hofgarten Residenz", "Front Office Manager", "", "r.schoepf@hofgarten-residenz.at",
        "exchange-rescheduled-de"))

    uid = "040000008200E00074C5B7101A82E00800000000DEADBEEF0011DC01000000000000000010000000C0A1C2E3D4F5"
    out.append(item("outlook-cancel-de", uid, one(
        uid, "Abgesagt: Vorstellungsgespräch Rezeptionsleitung – Seehotel Thumersbach", "20260409T140000",
        "20260409T150000", prodid=P_OUTLOOK, tz=WIN, method="CANCEL", status="CANCELLED", seq=1,
        organizer=org("m.steger@seehotel-thumersbach.at", "Steger, Monika"), attendees=[me],
        desc="Liebe Frau Hofbauer, wie telefonisch besprochen sagen wir den Termin ab – die Stelle wird intern "
             "nachbesetzt. Wir wünschen Ihnen alles Gute! Monika Steger",
        loc="Seehotel Thumersbach, Zell am See", stamp="20260403T071500Z",
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:FREE", "PRIORITY:1")),
        1, "Seehotel Thumersbach", "Rezeptionsleitung", "", "m.steger@seehotel-thumersbach.at",
        "outlook-method-cancel-de"))

    uid = "hkp-termin-2026-0412-hofbauer@hkp-personal.de"
    txt = ("Liebe Frau Hofbauer,\n\nich freue mich, Ihnen den Vorstellungstermin bei unserem Mandanten, dem Hotel "
           "Englischer Garten in München, bestätigen zu können. Ihre Gesprächspartnerin ist Frau Ulrike Brandl, "
           "Hotel Managerin. Ich selbst bin nicht dabei, rufe Sie aber im Anschluss für ein kurzes Feedback an.\n\n"
           "Beste Grüße\nNils Hartmann\nHKP Hotelkarriere Partner GmbH | Personalberatung Hotellerie")
    out.append(item("agency-de", uid, one(
        uid, "Interview-Termin: Hotel Englischer Garten München – Front Office Manager (über HKP)", "20260413T110000",
        "20260413T120000", prodid=P_OUTLOOK, tz=BERLIN, organizer=org("n.hartmann@hkp-personal.de", "Nils Hartmann"),
        attendees=[me, att("u.brandl@hotel-englischergarten.de", "Ulrike Brandl", role="OPT-PARTICIPANT")],
        desc=txt, loc="Hotel Englischer Garten, Königinstraße 50, 80539 München", extra=(alt_html(txt),)),
        1, "Hotel Englischer Garten", "Front Office Manager", "hiring_manager", "u.brandl@hotel-englischergarten.de",
        "agency-names-employer-de"))

    uid = "ahr-9d41c7e0-limmatblick-grm@alpine-hr.ch"
    out.append(item("agency-en", uid, one(
        uid, "Interview Hotel Limmatblick Zürich – Guest Relations Manager (V. Hofbauer)", "20260318T160000",
        "20260318T164500", prodid=P_OUTLOOK, tz=ZURICH, organizer=org("fiona.gerber@alpine-hr.ch", "Fiona Gerber"),
        attendees=[me, att("m.bernasconi@limmatblick.ch", "Marco Bernasconi")],
        desc="Hi Verena,\n\nas promised, here is the video interview with Marco Bernasconi, Front Office Director at "
             "Hotel Limmatblick. I have shared your CV and our notes with him. Good luck – call me afterwards!\n\n"
             + zoom_en("951 3300 2718", "TGltbWF0Ymw") + "\n\nFiona Gerber\nSenior Consultant Hospitality | "
             "Alpine Hospitality Recruiters AG",
        loc="Zoom", extra=(alt_html("Hi Verena, as promised..."),)),
        1, "Hotel Limmatblick", "Guest Relations Manager", "hiring_manager", "m.bernasconi@limmatblick.ch",
        "agency-video-en"))

    uid = "040000008200E00074C5B7101A82E00800000000LMB0F1NA1DC01000000000000000010000000AA11BB22CC33"
    txt = ("Dear Verena,\n\nWe are delighted to invite you to Zurich for your final interview for the Guest "
           "Relations Manager position, including a tour of the hotel and lunch with the front office team. "
           "You will meet Beatrice Kunz (General Manager) and Marco Bernasconi again.\n\nTravel expenses will be "
           "reimbursed.\n\nKind regards\nLaura Meier, HR Assistant – Hotel Limmatblick")
    out.append(item("outlook-final-en2", uid, one(
        uid, "Final interview on site – Guest Relations Manager", "20260429T100000", "20260429T133000",
        prodid=P_OUTLOOK, tz=ZURICH, organizer=org("hr@limmatblick.ch", "HR Hotel Limmatblick",
                                                   sent_by="l.meier@limmatblick.ch"),
        attendees=[me, att("b.kunz@limmatblick.ch", "Kunz, Beatrice"), att("m.bernasconi@limmatblick.ch",
                                                                        "Bernasconi, Marco")],
        desc=txt, loc="Hotel Limmatblick, Limmatquai 112, 8001 Zürich", extra=(alt_html(txt), *ms_props("BUSY"))),
        1, "Hotel Limmatblick", "Guest Relations Manager", "final", "b.kunz@limmatblick.ch;m.bernasconi@limmatblick.ch",
        "outlook-final-sentby-en"))

    uid = "TL-2026-04-0087@talentlounge-tourismus.at"
    out.append(item("agency-body-de", uid, one(
        uid, "Gespräch – Ihre Bewerbung Hotel Operations Manager (Arlberg)", "20260410T130000", "20260410T140000",
        prodid=P_OUTLOOK, organizer=org("office@talentlounge-tourismus.at", "Talentlounge Tourismus – Petra Amon"),
        attendees=[me],
        desc="Liebe Frau Hofbauer,\n\nunser Mandant, das Valluga Resort in St. Anton am Arlberg, möchte Sie gerne "
             "kennenlernen. Gesprächspartner ist Direktor Lukas Tschol, per Videocall.\n\n"
             + zoom_de("874 0012 6650", "VmFsbHVnYQ") + "\n\nHerzliche Grüße\nPetra Amon\nTalentlounge Tourismus",
        loc="Zoom"),
        1, "Valluga Resort", "Hotel Operations Manager", "hiring_manager", "Lukas Tschol", "agency-body-only-de"))

    uid = "F7B2C9D1-44AE-4B0B-9E6C-1A2B3C4D5E6F"
    out.append(item("ios-hand-de", uid, calendar([[
        "CREATED:20260306T201455Z", "DTSTAMP:20260306T201512Z", "LAST-MODIFIED:20260306T201512Z", f"UID:{uid}",
        "DTSTART:20260318T140000", "DTEND:20260318T150000", "SEQUENCE:0", "SUMMARY:VG Kaiserblick Kitz",
        t("LOCATION", "Kitzbühel"), "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        *alarm(90, "Reminder"),
    ]], P_IOS, method=None), 1, "Hotel Kaiserblick", "", "", "", "ios-hand-terse-floating-de"))

    uid = "0s3ldr8g1nbq7c4kf2m9v6eti5@google.com"
    out.append(item("google-allday-de", uid, calendar([[
        dt("DTSTART", "20260420", "DATE"), dt("DTEND", "20260421", "DATE"), "DTSTAMP:20260407T090103Z",
        f"UID:{uid}", "CREATED:20260401T163022Z",
        t("DESCRIPTION", "Probetag Rezeption + Gespräch mit Hr. Hechenberger am Nachmittag. Zug 6:12 ab Sbg, "
                         "schwarzer Hosenanzug. Frühdienst-Übergabe mit Empfangschefin Nina."),
        "LAST-MODIFIED:20260401T163122Z", t("LOCATION", "Hotel Kaiserblick, Kitzbühel"), "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Probetag Kaiserblick", "TRANSP:TRANSPARENT",
    ]], P_GOOGLE, method="PUBLISH", head=_GEXPORT), 1, "Hotel Kaiserblick", "", "technical", "Hechenberger",
        "google-export-allday-probetag-de"))

    uid = "6nq1e0c8b2d7o5v4p3tk9jfa1r@google.com"
    out.append(item("google-hand-de", uid, calendar([[
        dt("DTSTART", "20260316T160000", VIENNA), dt("DTEND", "20260316T170000", VIENNA), "DTSTAMP:20260309T070011Z",
        f"UID:{uid}", "CREATED:20260305T212201Z", t("DESCRIPTION", "Zeugnisse, Referenzliste mit. Er will wissen ab "
                                                                   "wann ich kann."),
        "LAST-MODIFIED:20260305T212201Z", t("LOCATION", "Kaigasse 9"), "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Gespräch Kaigasse Hr. Wimmer 16h", "TRANSP:OPAQUE",
    ]], P_GOOGLE, method="PUBLISH", tzids=(VIENNA,), head=_GEXPORT),
        1, "Altstadthotel Kaigasse", "", "", "Wimmer", "google-export-hand-de"))

    uid = "9C2E6B1A-5F3D-4B7E-8A90-D1C2B3A4F5E6"
    out.append(item("mac-hand-de", uid, calendar([[
        "CREATED:20260402T184411Z", f"UID:{uid}", "DTEND:20260415T113000", "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "SUMMARY:Josefstadt VG 2. Runde (Revenue)",
        "LAST-MODIFIED:20260402T184530Z", "DTSTAMP:20260402T184530Z", "DTSTART:20260415T100000", "SEQUENCE:0",
        t("LOCATION", "Stadthotel Josefstadt\nLange Gasse 22, 1080 Wien, Österreich"),
        t("DESCRIPTION", "Fr. Dr. Wallisch + Controller. Railjet 7:08 → Wien Hbf 9:30"),
    ]], P_MAC, method=None), 1, "Stadthotel Josefstadt", "Revenue", "", "Wallisch",
        "mac-hand-floating-de"))

    uid = "4hb8s2l0q6e1c9n3m7k5v0pd2u@google.com"
    base = [org("hanna.lechner@isarperle.de", "Hanna Lechner"),
            att("hanna.lechner@isarperle.de", "Hanna Lechner", stat="ACCEPTED"), me]
    body = ("Hallo Verena, wie besprochen zwei Probetage bei uns: Tag 1 Frühdienst an der Rezeption, Tag 2 "
            "Spätdienst inkl. Abrechnung und ein Gespräch mit mir über die Stelle als Front Office Managerin. "
            "Übernachtung im Haus ist gebucht.\nLiebe Grüße, Hanna (Gastgeberin Isarperle)")
    ics = calendar([
        [dt("DTSTART", "20260428T070000", BERLIN), dt("DTEND", "20260428T150000", BERLIN),
         "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20260410T121500Z", *base, f"UID:{uid}", "SEQUENCE:0",
         "STATUS:CONFIRMED", t("SUMMARY", "Probetage Isarperle – Verena Hofbauer"), t("DESCRIPTION", body),
         t("LOCATION", "Isarperle Boutique Hotel, Erhardtstraße 11, München")],
        [dt("DTSTART", "20260429T120000", BERLIN), dt("DTEND", "20260429T200000", BERLIN),
         dt("RECURRENCE-ID", "20260428T070000".replace("28T", "29T"), BERLIN), "DTSTAMP:20260410T121500Z", *base,
         f"UID:{uid}", "SEQUENCE:1", "STATUS:CONFIRMED",
         t("SUMMARY", "Probetage Isarperle – Verena Hofbauer (Spätdienst + Gespräch)"), t("DESCRIPTION", body),
         t("LOCATION", "Isarperle Boutique Hotel, Erhardtstraße 11, München")],
    ], P_GOOGLE, tzids=(BERLIN,))
    out.append(item("google-recurring-de", uid, ics, 1, "Isarperle Boutique Hotel", "Front Office Managerin",
                    "technical", "hanna.lechner@isarperle.de", "google-recurring-override-probetag-de"))

    uid = "gmx-20260306-7733019-seefelderhof@gmx.net"
    out.append(item("gmx-owner-de", uid, one(
        uid, "Kennenlernen Seefelder Hof – Frau Hofbauer", "20260322T110000", "20260322T123000", prodid=P_GMX,
        organizer=org("theresia.leitgeb@gmx.at", "Theresia Leitgeb"), attendees=[me],
        desc="Liebe Frau Hofbauer,\nwir (mein Mann und ich, Seefelder Hof Wellnessresort) freuen uns auf ein "
             "Gespräch wegen der Stelle als Empfangsleitung/Guest Relations. Treffpunkt Lobby, danach Mittagessen."
             "\nHerzliche Grüße\nTheresia Leitgeb",
        loc="Seefelder Hof, Seefeld in Tirol"),
        1, "Seefelder Hof Wellnessresort", "Empfangsleitung/Guest Relations", "", "theresia.leitgeb@gmx.at",
        "gmx-owner-de"))

    uid = "B5D1E7A0-2C3F-4E9B-A6D8-7F0E1C2B3A45"
    out.append(item("ios-probetag-de", uid, calendar([[
        "CREATED:20260324T064010Z", "DTSTAMP:20260324T064022Z", f"UID:{uid}", "DTSTART:20260407T080000",
        "DTEND:20260407T160000", "SUMMARY:Probetag Seefelder Hof 8–16 Uhr (schwarzer Anzug!)", "SEQUENCE:0",
        t("DESCRIPTION", "Fr. Leitgeb holt mich um 7:45 am Bhf Seefeld ab"), "TRANSP:OPAQUE",
    ]], P_IOS, method=None), 1, "Seefelder Hof Wellnessresort", "", "technical", "", "ios-hand-probetag-de"))

    uid = "040000008200E00074C5B7101A82E00800000000A0B0C0D0E0F0DC010000000000000000100000001F2E3D4C5B6A"
    out.append(item("outlook-self-de", uid, one(
        uid, "Telefoninterview Donaustern (Fr. Kalcher) – Handy!", "20260305T123000", "20260305T130000",
        prodid=P_OUTLOOK, tz=WIN, method=None, organizer=None, attendees=[], status=None,
        desc="Recruiterin ruft an wegen Cluster Revenue Manager. Mittagspause mit Miriam tauschen.",
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", *alarm(30))),
        1, "Donaustern Hotels", "Cluster Revenue Manager", "recruiter_screen", "Kalcher",
        "outlook-self-phone-screen-de"))

    uid = "6E3A9B2C-1D4F-4A8E-B7C0-3F2E1D0C9B8A"
    out.append(item("ios-hand-en", uid, calendar([[
        "CREATED:20260327T113100Z", "DTSTAMP:20260327T113144Z", f"UID:{uid}", "DTSTART:20260331T070000Z",
        "DTEND:20260331T073000Z", "SUMMARY:Call w/ Meridian Crown recruiter (Hannah P.) – Dir. Guest Exp.",
        "SEQUENCE:0", t("LOCATION", "she calls my mobile"), "TRANSP:OPAQUE",
    ]], P_IOS, method=None), 1, "Meridian Crown", "Director of Guest Experience", "recruiter_screen",
        "Hannah P.", "ios-hand-utc-en"))

    return out
