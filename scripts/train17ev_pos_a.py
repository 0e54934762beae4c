"""train17: Katrin Vogel's own interviews, part A (German: ATS, interamt, Outlook, direct invites)."""

from __future__ import annotations

from train17ev_ics import (
    APPLE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    OUTLOOK16,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    meet,
    olson,
    org,
    s,
    teams,
    yes,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # interamt invite from a federal agency, selection board, Bonn/remote
    out.append(yes("interamt-board", "de", cal("-//interamt.de//Terminverwaltung 3.2//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:ia-7781204-termin-22@interamt.de",
        "DTSTAMP:20261118T101500Z",
        "DTSTART;TZID=Europe/Berlin:20261203T093000",
        "DTEND;TZID=Europe/Berlin:20261203T103000",
        s("Vorstellungsgespräch – Stellenangebot 1184231: Referentin/Referent Digitalisierung (E 13)"),
        d("Sehr geehrte Frau Vogel,\n\nvielen Dank für Ihre Bewerbung über INTERAMT. Wir laden Sie hiermit zu einem "
          "strukturierten Auswahlgespräch beim Bundesamt für Verwaltungsdigitalisierung (BAVD), Referat Z 4, ein.\n\n"
          "Das Gespräch findet per Videokonferenz statt. Der Auswahlkommission gehören an: Herr Dr. Tobias Kranz "
          "(Referatsleiter), Frau Meike Albers (Personalreferat) sowie ein Mitglied des Personalrats.\n\n"
          "Bitte halten Sie Ihren Personalausweis bereit.\n\nMit freundlichen Grüßen\nIm Auftrag\nSandra Pohl\n"
          "Personalgewinnung"),
        loc("Videokonferenz (Link folgt separat)"),
        org("personalgewinnung@bavd.bund.de", "BAVD Personalgewinnung"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "Bundesamt für Verwaltungsdigitalisierung", "Referentin Digitalisierung", "", ""))

    # Outlook invite from a Munich consultancy, Windows zone, Teams, interviewers as attendees
    out.append(yes("outlook-direct", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Hartl, Simone\":mailto:simone.hartl@kommunalberatung-sp.de",
        att(ME_PRIVATE, "katrin.vogel@mailbox.org"),
        att("jens.ruhland@kommunalberatung-sp.de", "Ruhland, Jens"),
        att("recruiting@kommunalberatung-sp.de", "Recruiting Steinhoff & Partner", role="OPT-PARTICIPANT"),
        d("Liebe Frau Vogel,\n\nwie telefonisch besprochen hier die Einladung zu unserem Fachgespräch für die "
          "Position Senior Consultant Public Sector (m/w/d). Mit dabei ist Jens Ruhland, Partner für "
          "kommunale Finanzen. Wir freuen uns!\n\nViele Grüße\nSimone Hartl\n\n" + teams("de", "372 118 904 55",
                                                                                       "Xk7pQ2")),
        s("Fachgespräch Katrin Vogel – Senior Consultant Public Sector"),
        "DTSTART;TZID=W. Europe Standard Time:20261208T140000",
        "DTEND;TZID=W. Europe Standard Time:20261208T150000",
        "UID:040000008200E00074C5B7101A82E00800000000B0E4A9C1F35EDB01000000000000000010000000A7B2",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261125T081233Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        loc("Microsoft Teams-Besprechung"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Steinhoff & Partner", "Senior Consultant Public Sector", "technical",
        "simone.hartl@kommunalberatung-sp.de;jens.ruhland@kommunalberatung-sp.de"))

    # Personio invite, recruiter screen, phone
    out.append(yes("personio-screen", "de", cal("-//Personio GmbH//Personio Calendar//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:personio-interview-5f2a91c0-77d1-4a0e-9d3b-formwerk",
        "DTSTAMP:20261116T140211Z",
        "DTSTART:20261124T080000Z",
        "DTEND:20261124T083000Z",
        s("Telefoninterview: Formwerk GmbH – Product Owner E-Government"),
        d("Hallo Katrin,\n\nwir freuen uns, dich im Rahmen deiner Bewerbung als Product Owner E-Government "
          "(Vollzeit, München oder remote) kennenzulernen. Lena Brandt aus unserem People-Team ruft dich unter "
          "der angegebenen Nummer an. Plane ca. 30 Minuten ein.\n\nBeste Grüße\ndein Formwerk Recruiting-Team\n\n"
          "Diese Einladung wurde über Personio versendet."),
        loc("Telefon"),
        "ORGANIZER;CN=Formwerk GmbH:mailto:no-reply@formwerk.personio.de",
        att("lena.brandt@formwerk.de", "Lena Brandt"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"),
        "Formwerk", "Product Owner E-Government", "recruiter_screen", "lena.brandt@formwerk.de"))

    # rexx systems invite, second round on site, with room resource
    out.append(yes("rexx-onsite", "de", cal("-//rexx systems//rexx Recruiting//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:rexx-bew-20931-gespraech-2@quadra-it.de",
        "DTSTAMP:20261201T073000Z",
        "DTSTART;TZID=Europe/Berlin:20261210T100000",
        "DTEND;TZID=Europe/Berlin:20261210T123000",
        s("2. Gesprächsrunde vor Ort - Quadra IT-Beratung GmbH"),
        d("Sehr geehrte Frau Vogel,\n\ngerne laden wir Sie zur zweiten Gesprächsrunde für die Stelle "
          "\"Berater*in Digitale Verwaltung\" in unser Büro in der Sonnenstraße ein. Sie sprechen mit Herrn "
          "Markus Eder (Bereichsleiter Öffentliche Auftraggeber) und Frau Petra Lindl (Teamlead). Im Anschluss "
          "stellen Sie uns bitte in 15 Minuten eine kurze Fallstudie vor (Unterlagen anbei).\n\n"
          "Bitte melden Sie sich am Empfang im 4. OG.\n\nFreundliche Grüße\nIhr HR-Team der Quadra IT-Beratung"),
        loc("Quadra IT-Beratung GmbH, Sonnenstraße 19, 80331 München, Besprechungsraum Isar"),
        org("bewerbermanagement@quadra-it.de", "Quadra HR"),
        att(ME_PRIVATE, "Vogel, Katrin"),
        att("m.eder@quadra-it.de", "Markus Eder"),
        att("p.lindl@quadra-it.de", "Petra Lindl"),
        att("raum.isar@quadra-it.de", "Besprechungsraum Isar", cutype="ROOM", role="NON-PARTICIPANT", rsvp=""),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "Quadra IT-Beratung", "Berater*in Digitale Verwaltung", "onsite", "m.eder@quadra-it.de;p.lindl@quadra-it.de"))

    # hand-typed Apple entry, terse: second round at Nordlicht
    out.append(yes("handtyped", "de", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:8C1E4B7A-2D3F-4A19-B0E6-77A1C3D9F012",
        "DTSTAMP:20261119T194402Z",
        "DTSTART;TZID=Europe/Berlin:20261126T110000",
        "DTEND;TZID=Europe/Berlin:20261126T120000",
        s("Nordlicht 2. Runde (Fachbereich) – Teams"),
        d("mit Hr. Asmussen + Fr. Okafor\nCase: Antragsstrecke Wohngeld vorbereiten!"),
        "CREATED:20261119T194355Z",
        "LAST-MODIFIED:20261119T194402Z",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:-PT30M",
        "UID:5E0B3C2A-1111-4C4C-9F9F-ABCDEF012345",
        "END:VALARM",
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)),
        "Nordlicht", "", "technical", ""))

    # Google invite from a founder on gmail, startup, names company in title
    out.append(yes("founder-gmail", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261130T160000Z",
        "DTEND:20261130T164500Z",
        "DTSTAMP:20261123T120311Z",
        "ORGANIZER;CN=Felix Amtmann:mailto:felix.amtmann@gmail.com",
        "UID:3kq9b2m1vd8s0p7t4c6n5jh2rr@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Felix Amtmann;"
        "X-NUM-GUESTS=0:mailto:felix.amtmann@gmail.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=katrin.vogel@mailbox.org;X-NUM-GUESTS=0:mailto:katrin.vogel@mailbox.org",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1912883401",
        "CREATED:20261123T120310Z",
        d("Hi Katrin, wie besprochen: lockeres aber ernst gemeintes Gespräch über die Rolle als erste Product "
          "Ownerin bei Amtlich Labs. Ich erzähle dir, wo wir mit der Bauantrags-App stehen, du erzählst mir von "
          "der Kämmerei. Danach entscheiden wir über einen Probetag.\n\nFelix\n\n" + meet("de", "vqe-hzbt-kro")),
        "LAST-MODIFIED:20261123T120311Z",
        loc(""),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        s("Amtlich Labs <> Katrin: Gespräch Product Ownerin"),
        "TRANSP:OPAQUE",
        "END:VEVENT"]), method="REQUEST"),
        "Amtlich Labs", "Product Ownerin", "hiring_manager", "felix.amtmann@gmail.com"))

    # SAP SuccessFactors invite, rescheduled (SEQUENCE 2), Zurich consultancy
    out.append(yes("successfactors-moved", "de", cal("-//SAP SuccessFactors//Interview Scheduling//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:SF-INTV-000482211-polarispc",
        "DTSTAMP:20261127T090000Z",
        "SEQUENCE:2",
        "DTSTART;TZID=Europe/Zurich:20261204T133000",
        "DTEND;TZID=Europe/Zurich:20261204T143000",
        s("Verschoben: Interview Senior Consultant E-Government (Req. 4471) – Polaris Public Consulting AG"),
        d("Guten Tag Frau Vogel\n\nLeider mussten wir Ihr Interview verschieben. Der neue Termin ist unten "
          "ersichtlich. Ihre Gesprächspartner sind Herr Reto Baumgartner (Managing Director Public Sector) "
          "und Frau Nadine Frei (Senior Managerin).\n\nFreundliche Grüsse\nTalent Acquisition Polaris\n\n"
          + teams("de", "381 445 022 17", "9fKq3D")),
        loc("Microsoft Teams"),
        org("talent@polaris-pc.ch", "Talent Acquisition Polaris"),
        att(ME_PRIVATE, "Katrin Vogel"),
        att("reto.baumgartner@polaris-pc.ch", "Baumgartner Reto"),
        att("nadine.frei@polaris-pc.ch", "Frei Nadine"),
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Zurich")),
        "Polaris Public Consulting", "Senior Consultant E-Government", "",
        "reto.baumgartner@polaris-pc.ch;nadine.frei@polaris-pc.ch"))

    # Workday invite, German, software firm with brand-different domain
    out.append(yes("workday-panel", "de", cal("-//Workday Inc.//Workday Calendar//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:WD-INTERVIEW-ed7731f0c9a94e1e8a0b44e1c2aa0912",
        "DTSTAMP:20261202T151200Z",
        "DTSTART:20261209T090000Z",
        "DTEND:20261209T103000Z",
        s("Interview: Katrin Vogel - Product Owner Public Sector (R-20813)"),
        d("Interview Schedule\nCandidate: Katrin Vogel\nJob Requisition: R-20813 Product Owner Public Sector "
          "(m/w/d)\nCompany: Civitas Software GmbH\n\n10:00 - 10:45 Dr. Anja Feldmann, Head of Product\n"
          "10:45 - 11:30 Ömer Kaya, Lead Engineer Fachverfahren\n\nLocation: Zoom\n\n"
          + zoom("de", "civitas", "845 2291 0034", "cVtS02kL")),
        loc("Zoom"),
        "ORGANIZER;CN=Civitas Talent Acquisition:mailto:civitas@myworkday.com",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("anja.feldmann@civitas.software", "Anja Feldmann"),
        att("oemer.kaya@civitas.software", "Ömer Kaya"),
        "END:VEVENT"]), method="REQUEST"),
        "Civitas Software", "Product Owner Public Sector", "technical",
        "anja.feldmann@civitas.software;oemer.kaya@civitas.software"))

    # city IT department interviewing her (internal move) - sent to work address, but she is the candidate
    out.append(yes("internal-move-candidate", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Stellenbesetzung IT-Referat\":mailto:stellenbesetzung.itr@muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att("florian.wiesmayr@muenchen.de", "Wiesmayr, Florian (IT-Referat)"),
        att("gabriele.huber@muenchen.de", "Huber, Gabriele (IT-Referat, Personal)"),
        d("Sehr geehrte Frau Vogel,\n\nvielen Dank für Ihre Bewerbung auf die Stelle \"Product Owner*in "
          "Digitale Bürgerservices\" (Ausschreibungs-Nr. ITR-2026-118) im IT-Referat. Wir laden Sie zum "
          "Auswahlgespräch ein. Die Auswahlkommission besteht aus Herrn Wiesmayr (Abteilungsleitung) und "
          "Frau Huber (Personalservice); der Personalrat ist informiert.\n\nBitte bringen Sie Ihre letzte "
          "dienstliche Beurteilung mit.\n\nMit freundlichen Grüßen\nIT-Referat – Personal"),
        s("Auswahlgespräch Product Owner*in Digitale Bürgerservices – Frau Vogel"),
        "DTSTART;TZID=W. Europe Standard Time:20261215T090000",
        "DTEND;TZID=W. Europe Standard Time:20261215T100000",
        "UID:040000008200E00074C5B7101A82E0080000000060D1F28A205FDB010000000000000000100000003C11",
        "DTSTAMP:20261128T103010Z",
        loc("Agnes-Pockels-Bogen 21, Raum 2.041"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "IT-Referat München", "Product Owner*in Digitale Bürgerservices", "",
        "florian.wiesmayr@muenchen.de;gabriele.huber@muenchen.de", trap="internal_move_candidate"))

    # Microsoft Bookings from an NGO in Berlin, recruiter screen
    out.append(yes("bookings-screen", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Vernetzt Verwalten e.V.:mailto:bewerbung@vernetzt-verwalten.org",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("hannah.roth@vernetzt-verwalten.org", "Hannah Roth"),
        d("Ihr Termin wurde gebucht.\n\nDienst: Erstgespräch Bewerbung Projektleitung Verwaltungsmodernisierung"
          "\nMitarbeiter: Hannah Roth\nDauer: 30 Minuten\n\nÜber Microsoft Teams teilnehmen\n"
          + teams("de", "312 007 551 28", "aB3c9Q") + "\n\nTermin verwalten oder stornieren: "
          "https://outlook.office365.com/owa/calendar/VernetztVerwalten@vernetzt-verwalten.org/bookings/"),
        s("Erstgespräch Bewerbung Projektleitung Verwaltungsmodernisierung"),
        "DTSTART;TZID=W. Europe Standard Time:20261201T153000",
        "DTEND;TZID=W. Europe Standard Time:20261201T160000",
        "UID:040000008200E00074C5B7101A82E00800000000D02C55B6105EDB01000000000000000010000000FF01",
        "DTSTAMP:20261124T170055Z",
        "STATUS:CONFIRMED",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Vernetzt Verwalten e.V.", "Projektleitung Verwaltungsmodernisierung", "recruiter_screen",
        "hannah.roth@vernetzt-verwalten.org"))

    # agency (headhunter) naming the client; agency is the sender, client interviewers attend
    out.append(yes("agency-client", "de", cal(OUTLOOK16, "\n".join([
        "BEGIN:VEVENT",
        "UID:{A7F1C0D2-33B8-4F0A-9E1D-2C8B5A7E4410}",
        "DTSTAMP:20261126T110000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261203T160000",
        "DTEND;TZID=W. Europe Standard Time:20261203T170000",
        s("Vorstellungsgespräch bei KommunalCloud GmbH – Produktmanagerin Fachverfahren (via Talentbrücke)"),
        d("Liebe Frau Vogel,\n\nwie angekündigt stellen Sie sich am Donnerstag bei unserer Mandantin, der "
          "KommunalCloud GmbH (Regensburg), vor. Gesprächspartner: Herr Claus Weidinger (CPO) und Frau Ina "
          "Sailer (HR Business Partner). Ich bin nicht dabei, rufe Sie aber danach an.\n\nHerzliche Grüße\n"
          "Bernd Ostermaier\nTalentbrücke Personalberatung\n\n" + teams("de", "355 801 677 02", "Ht5mRe")),
        "ORGANIZER;CN=Bernd Ostermaier:mailto:b.ostermaier@talentbruecke.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("claus.weidinger@kommunalcloud.de", "Claus Weidinger"),
        att("ina.sailer@kommunalcloud.de", "Ina Sailer"),
        att("b.ostermaier@talentbruecke.de", "Bernd Ostermaier", role="OPT-PARTICIPANT", partstat="ACCEPTED"),
        loc("Microsoft Teams-Besprechung"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "KommunalCloud", "Produktmanagerin Fachverfahren", "",
        "claus.weidinger@kommunalcloud.de;ina.sailer@kommunalcloud.de"))

    # Lever (German text) technical/case interview at a Berlin GovTech firm with brand-different domain
    out.append(yes("lever-case", "de", cal("-//Lever//Lever Hire//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:lever-7d0c3f6e-1a2b-4c5d-8e9f-0a1b2c3d4e5f",
        "DTSTAMP:20261204T090500Z",
        "DTSTART:20261211T130000Z",
        "DTEND:20261211T141500Z",
        s("Fallstudie & Fachinterview – Bürgerbau (Product Owner Plattform)"),
        d("Hallo Katrin,\n\ndanke für das gute Erstgespräch! Im nächsten Schritt präsentierst du uns deine "
          "Gedanken zur Fallstudie (20 Min.), danach Fragen aus dem Team.\n\nDabei: Kemal Yıldız (Engineering), "
          "Sophie Krüger (Product Lead)\n\nBürgerbau Technologies GmbH · Berlin\n\n" + meet("de", "pzx-ugbm-faw")),
        "ORGANIZER;CN=Bürgerbau Recruiting:mailto:recruiting@buergerbau.tech",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("kemal@buergerbau.tech", "Kemal Yıldız"),
        att("sophie@buergerbau.tech", "Sophie Krüger"),
        att("bb-scheduling@hire.lever.co", "Bürgerbau Scheduling", role="NON-PARTICIPANT", rsvp="FALSE"),
        "END:VEVENT"]), method="REQUEST"),
        "Bürgerbau", "Product Owner Plattform", "technical", "kemal@buergerbau.tech;sophie@buergerbau.tech"))

    # all-day assessment centre at a Land agency (interamt) - all-day event
    out.append(yes("assessment-allday", "de", cal("-//interamt.de//Terminverwaltung 3.2//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:ia-8120033-ac-1@interamt.de",
        "DTSTAMP:20261201T080000Z",
        "DTSTART;VALUE=DATE:20270114",
        "DTEND;VALUE=DATE:20270115",
        s("Assessment-Center Landesamt für Digitalisierung Bayern – Stelle 2026/311"),
        d("Sehr geehrte Bewerberin,\n\nSie sind zum ganztägigen Assessment-Center für die Stelle "
          "\"Sachgebietsleitung Digitale Verwaltungsleistungen\" (A 13/E 13) eingeladen. Beginn 08:30 Uhr, Ende "
          "ca. 16:30 Uhr. Ablauf: Präsentation, Gruppenübung, strukturiertes Interview mit der "
          "Auswahlkommission.\n\nLandesamt für Digitalisierung Bayern (LDBY), Sachgebiet Personal"),
        loc("LDBY, St.-Martin-Straße 47, 81541 München, Raum E.12"),
        org("bewerbung@ldby.bayern.de", "LDBY Personal"),
        att(ME_PRIVATE),
        "TRANSP:TRANSPARENT",
        "END:VEVENT"]), method="REQUEST"),
        "Landesamt für Digitalisierung Bayern", "Sachgebietsleitung Digitale Verwaltungsleistungen", "onsite", ""))

    # Calendly booked by the user with a hiring manager in Vienna
    out.append(yes("calendly-hm", "de", cal("-//Calendly//Calendly//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:c7a2e4b0-9d1f-4e3a-a5b6-1c2d3e4f5a6b@calendly.com",
        "DTSTAMP:20261125T091011Z",
        "DTSTART:20261202T090000Z",
        "DTEND:20261202T094500Z",
        s("Katrin Vogel und Georg Lehner: Gespräch Fachbereichsleitung"),
        d("Veranstaltungsname: Gespräch Fachbereichsleitung\n\nBitte bereiten Sie sich auf ein Gespräch über "
          "die ausgeschriebene Position Managerin Public Sector Advisory (Wien) vor.\n\n"
          "Ort: Dies ist ein Google Meet-Web-Konferenz. https://meet.google.com/hwa-qmrd-tfe\n\n"
          "Kaiser & Lorenz Unternehmensberatung GmbH\n\nTermin absagen oder verschieben: "
          "https://calendly.com/cancellations/c7a2e4b0"),
        loc("https://meet.google.com/hwa-qmrd-tfe"),
        "ORGANIZER;CN=Georg Lehner:mailto:g.lehner@k-l.at",
        att(ME_PRIVATE, "Katrin Vogel", partstat="ACCEPTED"),
        att("g.lehner@k-l.at", "Georg Lehner", partstat="ACCEPTED"),
        "END:VEVENT"]), method="REQUEST"),
        "Kaiser & Lorenz", "Managerin Public Sector Advisory", "hiring_manager", "g.lehner@k-l.at"))

    # cancelled interview (STATUS:CANCELLED, METHOD:CANCEL) - still her own interview
    out.append(yes("cancelled", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Stadler, Verena\":mailto:verena.stadler@datenwerk-gruppe.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("tim.korbinian@datenwerk-gruppe.de", "Korbinian, Tim"),
        d("Leider müssen wir das Interview für die Position Business Analyst Öffentliche Verwaltung absagen. "
          "Wir melden uns mit einem neuen Terminvorschlag."),
        s("Abgesagt: Interview Business Analyst Öffentliche Verwaltung – Datenwerk"),
        "DTSTART;TZID=W. Europe Standard Time:20261207T110000",
        "DTEND;TZID=W. Europe Standard Time:20261207T120000",
        "UID:040000008200E00074C5B7101A82E00800000000A09BB00F1B5EDB0100000000000000001000000077D0",
        "DTSTAMP:20261203T160000Z",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "PRIORITY:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "END:VEVENT"]), method="CANCEL", tz=TZ_WEST),
        "Datenwerk", "Business Analyst Öffentliche Verwaltung", "",
        "verena.stadler@datenwerk-gruppe.de;tim.korbinian@datenwerk-gruppe.de", trap="cancelled"))

    return out
