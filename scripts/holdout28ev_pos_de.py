"""holdout28: the user's own interviews written in German (hand-written, one event each)."""

from __future__ import annotations

from holdout28ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    MEET_TXT,
    OUTLOOK,
    TEAMS_TXT,
    ZOOM_TXT,
    Case,
    Ev,
    att,
    cal,
    person,
    tzdt,
)

W = "W. Europe Standard Time"
V = "Europe/Vienna"


def cases() -> list[Case]:
    """Given nothing, returns the German positive cases."""
    out: list[Case] = []

    u = "h28-de01@successfactors.eu"
    ev = Ev(u, "Vorstellungsgespräch Category Manager Molkerei – MPREIS", tzdt("DTSTART", V, "20261202T100000"),
            tzdt("DTEND", V, "20261202T110000"),
            desc=("Sehr geehrter Herr Hofer,\n\nvielen Dank für Ihre Bewerbung als Category Manager Molkerei "
                  "(m/w/d). Wir freuen uns, Sie zu einem persönlichen Gespräch in unserer Zentrale in Völs "
                  "einzuladen.\n\nIhre Gesprächspartner:innen: Verena Strobl (Leitung Einkauf Frische) und "
                  "Thomas Wieser (HR Business Partner).\n\nMit freundlichen Grüßen\nIhr MPREIS Recruiting-Team"),
            loc="MPREIS Zentrale, Landesstraße 14, 6176 Völs",
            org=person("ORGANIZER", "noreply@successfactors.eu", "MPREIS Recruiting"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("v.strobl@mpreis.at", "Verena Strobl"),
                  att("t.wieser@mpreis.at", "Thomas Wieser")])
    out.append(Case("ats_successfactors", "de", cal("-//SAP SuccessFactors//Interview Scheduling//DE", [ev], (V,),
                    "REQUEST"), u, True, "MPREIS", "Category Manager Molkerei", "onsite",
                    ("v.strobl@mpreis.at", "t.wieser@mpreis.at")))

    u = "040000008200E00074C5B7101A82E0080000000070A1C4E0B4D5DC01000000000000000010000000A1"
    ev = Ev(u, "Telefoninterview Junior Buyer Non-Food", tzdt("DTSTART", W, "20261203T083000"),
            tzdt("DTEND", W, "20261203T090000"),
            desc=("Hallo Herr Hofer,\nwie besprochen rufe ich Sie am Donnerstag kurz an – ca. 30 Minuten zum "
                  "gegenseitigen Kennenlernen. Ich erreiche Sie unter der Nummer aus Ihrem Lebenslauf.\n\n"
                  "Beste Grüße\nSabine Kollmann\nTalent Acquisition\nLIBRO Handelsgesellschaft mbH"),
            loc="Telefon", org=person("ORGANIZER", "sabine.kollmann@libro.at", "Kollmann Sabine"),
            atts=[att(ME_PRIVATE, "lukas.hofer@gmx.at")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    out.append(Case("phone_screen_outlook", "de", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, True, "Libro",
                    "Junior Buyer Non-Food", "recruiter_screen", ("sabine.kollmann@libro.at",)))

    u = "h28de03-personio-7781@personio.de"
    ev = Ev(u, "Interview: Lukas Hofer | Category Analyst (m/w/d)", "DTSTART:20261204T130000Z",
            "DTEND:20261204T140000Z",
            desc=("Interview für die Position Category Analyst (m/w/d) bei Mymuesli GmbH.\n"
                  "Teilnehmer: Jonas Brandl, Anna Ritter\n\n" + ZOOM_TXT),
            loc="https://us06web.zoom.us/j/84412093377",
            org=person("ORGANIZER", "jobs@mymuesli.com", "Mymuesli GmbH"),
            atts=[att("jonas.brandl@mymuesli.com", "Jonas Brandl"), att("anna.ritter@mymuesli.com", "Anna Ritter"),
                  att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("ats_personio_zoom", "de", cal("-//Personio GmbH//Personio//DE", [ev], (), "REQUEST"), u, True,
                    "Mymuesli", "Category Analyst", "", ("jonas.brandl@mymuesli.com", "anna.ritter@mymuesli.com")))

    u = "dvinci-22931-interview@dvinci.de"
    ev = Ev(u, "Einladung zum Fachgespräch – Einkäufer Obst & Gemüse (w/m/d)", tzdt("DTSTART", "Europe/Berlin",
            "20261208T140000"), tzdt("DTEND", "Europe/Berlin", "20261208T153000"),
            desc=("Guten Tag Herr Hofer,\n\nim Anschluss an Ihr Telefonat mit unserer Personalabteilung laden wir "
                  "Sie zum Fachgespräch ein. Sie sprechen mit Herrn Dr. Markus Feil (Bereichsleiter Einkauf "
                  "Frische). Bitte bereiten Sie eine kurze Sortimentsanalyse (15 Minuten) vor.\n\n"
                  "Ort: Globus SB-Warenhaus Holding, Leipziger Straße 8, St. Wendel\n"
                  "Ihre Ansprechpartnerin im Recruiting: Carina Lenz"),
            org=person("ORGANIZER", "bewerbermanagement@dvinci-mail.de", "Globus Karriere"),
            atts=[att(ME_PRIVATE, "Hofer, Lukas"), att("markus.feil@globus.net", "Dr. Markus Feil"),
                  att("carina.lenz@globus.net", "Carina Lenz", role="OPT-PARTICIPANT")])
    out.append(Case("ats_dvinci_technical", "de", cal("-//d.vinci HR-Systems//Bewerbermanagement//DE", [ev],
                    ("Europe/Berlin",), "REQUEST"), u, True, "Globus", "Einkäufer Obst & Gemüse", "technical",
                    ("markus.feil@globus.net",), "coordinator_attends"))

    u = "7k2q9fi1o3m0n2s8h28de05@google.com"
    ev = Ev(u, "Kennenlernen Lukas / Katrin (Gründerin) – Teeladen", tzdt("DTSTART", "Europe/Berlin",
            "20261205T110000"), tzdt("DTEND", "Europe/Berlin", "20261205T114500"),
            desc=("Hi Lukas, danke für deine Bewerbung als Head of Sortiment bei Teemana! Lass uns einfach mal "
                  "quatschen, wie du dir den Aufbau unseres Sortiments vorstellst.\n\n" + MEET_TXT),
            org=person("ORGANIZER", "katrin.teemana@gmail.com", "Katrin Vogl"),
            atts=[att("katrin.teemana@gmail.com", "Katrin Vogl", stat="ACCEPTED"), att(ME_PRIVATE, None)],
            extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-rtvk-bno"])
    out.append(Case("founder_freemail", "de", cal(GOOGLE, [ev], ("Europe/Berlin",), "REQUEST",
                    ("X-WR-CALNAME:lukas.hofer@gmx.at",)), u, True, "Teemana", "Head of Sortiment", "hiring_manager",
                    ("katrin.teemana@gmail.com",), "free_mail_founder"))

    u = "h28-de06-teamtailor-4411@teamtailor.com"
    ev = Ev(u, "Gespräch mit Hiring Manager – Retail Analyst (Wien)", "DTSTART:20261209T090000Z",
            "DTEND:20261209T100000Z",
            desc=("Hallo Lukas,\ndein Gespräch mit Philipp Auer (Head of Retail Analytics) ist bestätigt.\n"
                  "Firma: Shpock / willhaben Marktplatz\nHinweis: willhaben internet service GmbH\n\n"
                  + TEAMS_TXT),
            org=person("ORGANIZER", "noreply@teamtailor-mail.com", "willhaben via Teamtailor"),
            atts=[att("philipp.auer@willhaben.at", "Philipp Auer"), att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("ats_teamtailor_hm", "de", cal("-//Teamtailor//Teamtailor Calendar//EN", [ev]), u, True,
                    "willhaben", "Retail Analyst", "hiring_manager", ("philipp.auer@willhaben.at",)))

    u = "softgarden-88213-h28@softgarden.io"
    ev = Ev(u, "Ihr Vorstellungsgespräch bei dm drogerie markt – Category Management Assistent",
            tzdt("DTSTART", V, "20261210T091500"), tzdt("DTEND", V, "20261210T101500"),
            desc=("Wir freuen uns auf das Gespräch mit Ihnen! Mit dabei: Elisabeth Gruber (Category Managerin "
                  "Haarpflege) und Stefan Rainer (Personalentwicklung).\nBitte melden Sie sich am Empfang.\n\n"
                  "Diese Einladung wurde über softgarden versendet."),
            loc="dm drogerie markt GmbH, Ginzkeyplatz 11, 5020 Salzburg",
            org=person("ORGANIZER", "dm-at@softgarden.io", "dm drogerie markt Recruiting"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("elisabeth.gruber@dm.at", "Elisabeth Gruber"),
                  att("stefan.rainer@dm.at", "Stefan Rainer"),
                  att("besprechung-3og@dm.at", "Besprechungsraum 3.OG Salzach", cutype="ROOM",
                      role="NON-PARTICIPANT", rsvp=False)])
    out.append(Case("ats_softgarden_room", "de", cal("-//softgarden//Interview//DE", [ev], (V,), "REQUEST"), u, True,
                    "dm drogerie markt", "Category Management Assistent", "onsite",
                    ("elisabeth.gruber@dm.at", "stefan.rainer@dm.at"), "room_attendee"))

    u = "h28de08@hand"
    ev = Ev(u, "Spar Zentrale – 2. Runde", "DTSTART:20261211T100000", "DTEND:20261211T120000",
            loc="Europastraße 3, Salzburg")
    out.append(Case("terse_floating", "de", cal(APPLE, [ev], head=("X-WR-TIMEZONE:Europe/Vienna",)), u, True,
                    "Spar", "", "", (), "terse_hand_typed"))

    u = "AAMkADg3h28de09OWA=="
    ev = Ev(u, "Abgesagt: Vorstellungsgespräch Sortimentsmanager Getränke", tzdt("DTSTART", W, "20261214T100000"),
            tzdt("DTEND", W, "20261214T110000"),
            desc=("Sehr geehrter Herr Hofer,\nleider müssen wir den Termin krankheitsbedingt absagen. Wir melden "
                  "uns mit einem neuen Terminvorschlag.\nFreundliche Grüße\nMonika Haas, Personal\n"
                  "Kastner Großhandelsgesellschaft m.b.H."),
            org=person("ORGANIZER", "m.haas@kastner.at", "Haas Monika"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("g.pichler@kastner.at", "Pichler Gerald")],
            extra=["STATUS:CANCELLED", "SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"])
    out.append(Case("cancelled_outlook", "de", cal(EXCHANGE, [ev], (W,), "CANCEL"), u, True, "Kastner",
                    "Sortimentsmanager Getränke", "", ("m.haas@kastner.at", "g.pichler@kastner.at"), "cancelled"))

    u = "h28de10-workday-R-20391@myworkdayjobs.com"
    ev = Ev(u, "Interview – Senior Category Manager Snacks (R-20391) – Mondelez", "DTSTART:20261215T080000Z",
            "DTEND:20261215T090000Z",
            desc=("Candidate: Lukas Hofer\nRequisition: R-20391 Senior Category Manager Snacks (DACH)\n"
                  "Interviewer: Birgit Lang, Customer Development Director\nFormat: Microsoft Teams\n\n"
                  + TEAMS_TXT),
            org=person("ORGANIZER", "mondelez@myworkday.com", "Workday"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("birgit.lang@mdlz.com", "Lang, Birgit")])
    out.append(Case("ats_workday_de", "de", cal("-//Workday Inc.//Workday Recruiting//EN", [ev], (), "REQUEST"), u,
                    True, "Mondelez", "Senior Category Manager Snacks", "hiring_manager", ("birgit.lang@mdlz.com",)))

    u = "h28de11-agency@hays.at"
    ev = Ev(u, "Vorstellungsgespräch bei Unilever Austria (über Hays)", tzdt("DTSTART", W, "20261216T140000"),
            tzdt("DTEND", W, "20261216T150000"),
            desc=("Lieber Herr Hofer,\nwie telefonisch besprochen hier die Bestätigung: Ihr Gespräch mit Unilever "
                  "Austria für die Position Customer Category Analyst findet in der Niederlassung Wien statt. "
                  "Gesprächspartnerin ist Frau Ursula Hinterberger (Category Lead).\nIch selbst bin nicht dabei – "
                  "melden Sie sich gerne danach bei mir!\n\nViele Grüße\nDaniel Sommer\nHays Österreich"),
            loc="Unilever Austria GmbH, Stella-Klein-Löw-Weg 13, 1020 Wien",
            org=person("ORGANIZER", "daniel.sommer@hays.at", "Sommer, Daniel"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("ursula.hinterberger@unilever.com", "Hinterberger, Ursula")])
    out.append(Case("agency_names_employer", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u, True, "Unilever",
                    "Customer Category Analyst", "hiring_manager", ("ursula.hinterberger@unilever.com",),
                    "agency"))

    u = "h28de12@icloud.com"
    ev = Ev(u, "Probearbeitstag Hofer bei Denn's Biomarkt Regionalleitung", "DTSTART;VALUE=DATE:20261217",
            "DTEND;VALUE=DATE:20261218",
            desc="Hospitation + Gespräch mit Regionalleiterin Frau Ebner am Nachmittag. Schuhe!",
            loc="Denn's Biomarkt, Mariahilfer Straße 120, Wien")
    out.append(Case("allday_trial_day", "de", cal(APPLE, [ev]), u, True, "Denn's Biomarkt", "Regionalleitung",
                    "onsite", (), "all_day"))

    u = "h28de13-calendly-ab12@calendly.com"
    ev = Ev(u, "Erstgespräch: Lukas Hofer und Miriam Kraus", "DTSTART:20261207T150000Z", "DTEND:20261207T152000Z",
            desc=("Eingeladener: Lukas Hofer\nE-Mail: lukas.hofer@gmx.at\n\nVeranstaltungsname: Erstgespräch "
                  "Junior Category Manager – Hofer KG (Einkauf Süßwaren)\n\nAntworten:\nWarum möchten Sie "
                  "zu uns? Wechsel aus der Filialleitung in den Einkauf.\n\nBetrieben von Calendly.com"),
            loc="Telefonanruf: Miriam Kraus ruft +43 664 1234567 an",
            org=person("ORGANIZER", "miriam.kraus@hofer.at", "Miriam Kraus"),
            atts=[att("miriam.kraus@hofer.at", "Miriam Kraus", stat="ACCEPTED"), att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("calendly_name_clash", "de", cal("-//Calendly//Calendly//EN", [ev]), u, True, "Hofer KG",
                    "Junior Category Manager", "recruiter_screen", ("miriam.kraus@hofer.at",),
                    "company_equals_user_surname"))

    u = "h28de14-rewe@rewe-group.com"
    ev = Ev(u, "Assessment Center Trainee Einkauf – REWE Group", tzdt("DTSTART", W, "20261218T083000"),
            tzdt("DTEND", W, "20261218T163000"),
            desc=("Ablauf: 08:30 Begrüßung, 09:00 Fallstudie Sortiment, 11:00 Gruppenübung, 13:30 Einzelinterviews "
                  "mit Fachbereich (Martina Holzer, Einkauf Trockensortiment; Reinhard Berger, Category "
                  "Management)\nVerpflegung ist organisiert."),
            loc="REWE International AG, IZ-NÖ Süd Straße 3, 2355 Wiener Neudorf",
            org=person("ORGANIZER", "recruiting@rewe-group.at", "REWE Group Recruiting"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("martina.holzer@rewe-group.at", "Holzer Martina"),
                  att("reinhard.berger@rewe-group.at", "Berger Reinhard"),
                  att("recruiting@rewe-group.at", "REWE Group Recruiting", role="CHAIR", stat="ACCEPTED")])
    out.append(Case("assessment_center", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u, True, "REWE Group",
                    "Trainee Einkauf", "onsite", ("martina.holzer@rewe-group.at", "reinhard.berger@rewe-group.at")))

    u = "h28de15@google.com"
    ev = Ev(u, "Zalando – Case Interview Buying (Lukas Hofer)", tzdt("DTSTART", "Europe/Berlin",
            "20261221T100000"), tzdt("DTEND", "Europe/Berlin", "20261221T111500"),
            desc=("Hi Lukas,\nfür dein Case Interview (Buyer Sports) triffst du Lea Schumann (Senior Buyer) und "
                  "Ömer Yilmaz (Buying Manager). Das Case bekommst du 24h vorher per Mail.\n"
                  "Bei Fragen: Jana aus dem Recruiting Team.\n\n" + MEET_TXT),
            org=person("ORGANIZER", "jana.koch@zalando.de", "Jana Koch"),
            atts=[att("jana.koch@zalando.de", "Jana Koch", stat="ACCEPTED", role="OPT-PARTICIPANT"),
                  att("lea.schumann@zalando.de", "Lea Schumann"), att("oemer.yilmaz@zalando.de", "Ömer Yilmaz"),
                  att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("google_case_interview", "de", cal(GOOGLE, [ev], ("Europe/Berlin",), "REQUEST"), u, True,
                    "Zalando", "Buyer Sports", "technical", ("lea.schumann@zalando.de", "oemer.yilmaz@zalando.de"),
                    "coordinator_attends"))

    u = "h28de16@hand"
    ev = Ev(u, "Billa Plus Gespräch Hr. Moser", tzdt("DTSTART", V, "20261222T161500"),
            tzdt("DTEND", V, "20261222T170000"), desc="Stelle Category Buyer Convenience. Zeugnisse mitnehmen.")
    out.append(Case("terse_hand", "de", cal(APPLE, [ev], (V,)), u, True, "Billa", "Category Buyer Convenience", "",
                    (), "terse_hand_typed"))

    u = "h28de17-bookings@metro.de"
    ev = Ev(u, "Online-Interview Key Account Analyst – METRO", "DTSTART:20261207T090000Z",
            "DTEND:20261207T094500Z",
            desc=("Ihr Termin wurde gebucht.\nDienst: Bewerbungsgespräch Key Account Analyst\nMitarbeiter: "
                  "Tobias Engel\nFirma: METRO Deutschland GmbH\n\n" + TEAMS_TXT),
            org=person("ORGANIZER", "Karriere-Termine@metro.de", "METRO Karriere Termine"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("tobias.engel@metro.de", "Tobias Engel")])
    out.append(Case("ms_bookings", "de", cal("-//Microsoft Corporation//Microsoft Bookings//EN", [ev], (),
                    "REQUEST"), u, True, "METRO", "Key Account Analyst", "", ("tobias.engel@metro.de",)))

    u = "h28de18-lidl@lidl.ch"
    ev = Ev(u, "Finales Gespräch Category Manager Frische – Lidl Schweiz", tzdt("DTSTART", "Europe/Zurich",
            "20270107T130000"), tzdt("DTEND", "Europe/Zurich", "20270107T150000"),
            desc=("Letzte Runde mit der Geschäftsleitung Einkauf: Herr René Baumann und Frau Corinne Frei.\n"
                  "Reisekosten werden erstattet."),
            loc="Lidl Schweiz, Dunantstrasse 15, 8570 Weinfelden",
            org=person("ORGANIZER", "corinne.frei@lidl.ch", "Frei Corinne"),
            atts=[att("rene.baumann@lidl.ch", "Baumann René"), att(ME_PRIVATE, "Lukas Hofer")])
    out.append(Case("final_round_zurich", "de", cal(OUTLOOK, [ev], ("Europe/Zurich",), "REQUEST"), u, True, "Lidl",
                    "Category Manager Frische", "final", ("corinne.frei@lidl.ch", "rene.baumann@lidl.ch")))

    u = "h28de19-work@frischmarkt.at"
    ev = Ev(u, "Privat: Termin Brau Union", tzdt("DTSTART", W, "20261208T073000"),
            tzdt("DTEND", W, "20261208T083000"),
            desc=("Weitergeleitet von lukas.hofer@gmx.at\n---\nVorstellungsgespräch Trade Marketing & Category "
                  "Analyst\nmit Herrn Andreas Lechner, Brau Union Österreich AG\nLinz, Poschacherstraße 35"),
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"),
            extra=["CLASS:PRIVATE", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"])
    out.append(Case("private_copy_work_calendar", "de", cal(OUTLOOK, [ev], (W,)), u, True, "Brau Union",
                    "Trade Marketing & Category Analyst", "", (), "work_address_private_copy"))

    u = "h28de20-gt@goodtime.io"
    ev = Ev(u, "Interviewtag bei Red Bull – Category Insights Manager", "DTSTART:20261210T080000Z",
            "DTEND:20261210T113000Z",
            desc=("Ihr Interviewplan:\n09:00–09:45 Sarah Pichler, Category Insights Lead\n09:45–10:30 Martin "
                  "Koller, Sales Director Modern Trade\n10:45–11:30 Petra Unger, HR\n11:30–12:30 Fallstudie\n\n"
                  "Koordination: Eva Hausmann (Recruiting Coordinator) – nimmt nicht an Gesprächen teil.\n"
                  "Powered by GoodTime"),
            loc="Red Bull GmbH, Am Brunnen 1, 5330 Fuschl am See",
            org=person("ORGANIZER", "eva.hausmann@redbull.com", "Eva Hausmann"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("sarah.pichler@redbull.com", "Sarah Pichler"),
                  att("martin.koller@redbull.com", "Martin Koller"), att("petra.unger@redbull.com", "Petra Unger")])
    out.append(Case("goodtime_loop", "de", cal("-//GoodTime.io//Interview Scheduler//EN", [ev], (), "REQUEST"), u,
                    True, "Red Bull", "Category Insights Manager", "onsite",
                    ("sarah.pichler@redbull.com", "martin.koller@redbull.com", "petra.unger@redbull.com"),
                    "coordinator_organizer"))

    u = "h28de21@google.com"
    ev = Ev(u, "Rückruf Personalabteilung Hornbach wg. Bewerbung", "DTSTART:20261204T143000Z",
            "DTEND:20261204T150000Z",
            desc=("Kurzes telefonisches Erstgespräch zur Stelle Sortimentsmanager Garten (Österreich). "
                  "Frau Seidl ruft an."),
            org=person("ORGANIZER", ME_PRIVATE, "Lukas Hofer"))
    out.append(Case("self_entered_screen", "de", cal(GOOGLE, [ev], head=("X-WR-TIMEZONE:Europe/Vienna",)), u, True,
                    "Hornbach", "Sortimentsmanager Garten", "recruiter_screen", (), "self_organized"))

    u = "h28de22-rec@hand"
    ev1 = Ev(u, "Probearbeit Online-Shop Team – Unimarkt", tzdt("DTSTART", V, "20261214T090000"),
             tzdt("DTEND", V, "20261214T130000"),
             desc="Zwei Vormittage im E-Commerce-Team (Bewerbung E-Commerce Category Manager). Ansprechpartner "
                  "Florian Weiß.", org=person("ORGANIZER", "florian.weiss@unimarkt.at", "Florian Weiß"),
             atts=[att(ME_PRIVATE, "Lukas Hofer")], extra=["RRULE:FREQ=DAILY;COUNT=2"])
    ev2 = Ev(u, "Probearbeit Online-Shop Team – Unimarkt (verschoben)", tzdt("DTSTART", V, "20261215T100000"),
             tzdt("DTEND", V, "20261215T140000"), org=person("ORGANIZER", "florian.weiss@unimarkt.at",
                                                             "Florian Weiß"),
             atts=[att(ME_PRIVATE, "Lukas Hofer")], extra=[tzdt("RECURRENCE-ID", V, "20261215T090000"),
                                                           "SEQUENCE:1"])
    out.append(Case("recurring_trial_override", "de", cal(OUTLOOK, [ev1, ev2], (V,), "REQUEST"), u, True,
                    "Unimarkt", "E-Commerce Category Manager", "onsite", ("florian.weiss@unimarkt.at",),
                    "recurring_override"))

    u = "h28de23@gmx.at"
    ev = Ev(u, "Videocall Thalia – Einkauf Spielwaren", tzdt("DTSTART", "Europe/Berlin", "20261216T110000"),
            tzdt("DTEND", "Europe/Berlin", "20261216T120000"),
            desc=("Zweites Gespräch mit Teamleitung Einkauf (Herr Nils Brockmann) und Fachbereich.\n\n"
                  + WEBEX), org=person("ORGANIZER", "n.brockmann@thalia.de", "Brockmann, Nils"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("k.vos@thalia.de", "Vos, Kerstin")])
    out.append(Case("webex_second_round", "de", cal(OUTLOOK, [ev], ("Europe/Berlin",), "REQUEST"), u, True,
                    "Thalia", "Einkauf Spielwaren", "hiring_manager", ("n.brockmann@thalia.de", "k.vos@thalia.de")))

    u = "h28de24-ms@hand"
    ev = Ev(u, "VG Müller Handels GmbH München", "DTSTART;TZID=Europe/Berlin:20261219T100000",
            "DURATION:PT1H30M", desc="VG = Vorstellungsgespräch Category Manager Drogerie. U-Bahn bis Olympiapark.")
    out.append(Case("terse_abbrev", "de", cal(APPLE, [ev], ("Europe/Berlin",)), u, True, "Müller",
                    "Category Manager Drogerie", "", (), "terse_hand_typed"))

    u = "h28de25@teams.microsoft.com"
    ev = Ev(u, "Bewerbungsgespräch | Demand Planner | Manner", tzdt("DTSTART", W, "20261222T093000"),
            tzdt("DTEND", W, "20261222T103000"),
            desc="Guten Morgen Herr Hofer, hier der Link für unser Gespräch.\n" + TEAMS_TXT + "\nLG Christina Ott",
            org=person("ORGANIZER", "c.ott@manner.com", "Ott Christina"),
            atts=[att(ME_PRIVATE, "lukas.hofer@gmx.at"), att("w.hauser@manner.com", "Hauser Wolfgang")])
    out.append(Case("teams_plain", "de", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, True, "Manner", "Demand Planner",
                    "", ("c.ott@manner.com", "w.hauser@manner.com")))

    u = "h28de26-resched@successfactors.eu"
    ev = Ev(u, "Verschoben: Interview Category Controller – Spar Österreich", tzdt("DTSTART", V,
            "20261229T140000"), tzdt("DTEND", V, "20261229T150000"),
            desc=("Neuer Termin für Ihr Interview. Gesprächspartner unverändert: Mag. Helmut Reisinger "
                  "(Leitung Category Controlling)."),
            org=person("ORGANIZER", "noreply@successfactors.eu", "SPAR Karriere"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("helmut.reisinger@spar.at", "Mag. Helmut Reisinger")],
            extra=["SEQUENCE:3"])
    out.append(Case("rescheduled", "de", cal("-//SAP SuccessFactors//Interview Scheduling//DE", [ev], (V,),
                    "REQUEST"), u, True, "Spar", "Category Controller", "hiring_manager",
                    ("helmut.reisinger@spar.at",), "rescheduled"))

    u = "h28de27@google.com"
    ev = Ev(u, "Kaffee mit Anja (Flink) – nächste Runde", tzdt("DTSTART", "Europe/Berlin", "20270108T100000"),
            tzdt("DTEND", "Europe/Berlin", "20270108T110000"),
            desc=("Nach unserem ersten Call: persönliches Gespräch als 2. Runde für die Rolle Category Lead "
                  "Berlin. Anja Kühn (Director Category) + Tim aus Pricing."),
            loc="Flink HQ, Brunnenstraße 19, Berlin",
            org=person("ORGANIZER", "anja.kuehn@goflink.com", "Anja Kühn"),
            atts=[att(ME_PRIVATE, "Lukas Hofer"), att("tim.becker@goflink.com", "Tim Becker")])
    out.append(Case("cafe_is_round_two", "de", cal(GOOGLE, [ev], ("Europe/Berlin",), "REQUEST"), u, True, "Flink",
                    "Category Lead", "onsite", ("anja.kuehn@goflink.com", "tim.becker@goflink.com"),
                    "coffee_word_real_interview"))
    return out


WEBEX = ("Meeting beitreten\nhttps://thalia.webex.com/thalia/j.php?MTID=m88\nMeeting-Kennnummer: 2733 901 8821\n"
         "Passwort: Buch2026")
