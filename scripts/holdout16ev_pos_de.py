"""holdout16: Daniel Adeyemi's own interviews written in German (one hand-made event each)."""

from __future__ import annotations

from holdout16ev_ics import (
    APPLE,
    GOOGLE,
    ME_PRIVATE,
    OUTLOOK,
    OUTLOOK16,
    A,
    Ev,
    Item,
    calendar,
    item,
    meet,
    teams,
    zoom,
)

ME = A(ME_PRIVATE, "Daniel Adeyemi")


def events() -> list[Item]:
    """Given nothing, returns the German positive events."""
    out: list[Item] = []

    u = "personio-7712-berlin"
    out.append(item("ats-personio", "de", calendar("-//Personio//Personio Calendar//DE", [Ev(
        u, "Vorstellungsgespräch: Teamleitung IT-Support (m/w/d) – Daniel Adeyemi", "20261202T100000", 60,
        tz="Europe/Berlin", organizer=("recruiting@kranich-software.de", "Kranich Software GmbH"),
        attendees=[ME, A("j.hoffmann@kranich-software.de", "Julia Hoffmann"),
                   A("s.yilmaz@kranich-software.de", "Serkan Yilmaz")],
        description="Hallo Daniel,\nwir freuen uns auf das Gespräch mit Julia Hoffmann (Head of IT) und Serkan "
        "Yilmaz (Teamlead Service Desk).\n\n" + teams("de", "345 980 221 774", "Bw3Ez"))], zones=("Europe/Berlin",)),
        u, True, "Kranich Software", "Teamleitung IT-Support", "", ("j.hoffmann@kranich-software.de",
                                                                   "s.yilmaz@kranich-software.de")))

    u = "charite-like-klinik-0042"
    out.append(item("outlook-klinik", "de", calendar(OUTLOOK, [Ev(
        u, "Auswahlgespräch Leitung IT-Servicedesk - Herr Adeyemi", "20261204T133000", 75,
        tz="W. Europe Standard Time", style="win", organizer=("bewerbung@vivantes-spree.example.de",
                                                             "Bewerbermanagement, Klinikum Spreebogen"),
        attendees=[ME, A("k.bergmann@vivantes-spree.example.de", "Bergmann, Katrin"),
                   A("u.lenz@vivantes-spree.example.de", "Lenz, Uwe (Personalrat)"),
                   A("R-Haus3-Besprechung1@vivantes-spree.example.de", "Haus 3 Besprechungsraum 1", cutype="ROOM",
                     role="NON-PARTICIPANT")],
        description="Sehr geehrter Herr Adeyemi,\nvielen Dank für Ihre Bewerbung als Leitung IT-Servicedesk. Wir laden "
        "Sie zu einem persönlichen Auswahlgespräch ein. Teilnehmende: Frau Bergmann (Abteilungsleitung IT-Betrieb), "
        "Herr Lenz (Personalrat).\nMit freundlichen Grüßen\nIhr Bewerbermanagement",
        location="Klinikum Spreebogen, Haus 3, Besprechungsraum 1")], zones=("W. Europe Standard Time",)), u, True,
        "Klinikum Spreebogen", "Leitung IT-Servicedesk", "onsite",
        ("k.bergmann@vivantes-spree.example.de", "u.lenz@vivantes-spree.example.de")))

    u = "terse-de-01"
    out.append(item("terse-hand", "de", calendar(APPLE, [Ev(
        u, "Tel. Hafenstadt IT 11h - Fr. Schäfer (Recruiting)", "20261208T110000", 30, style="float")], method=""),
        u, True, "Hafenstadt IT", "", "recruiter_screen", ()))

    u = "softgarden-99812"
    out.append(item("ats-softgarden", "de", calendar("-//softgarden//Interview//DE", [Ev(
        u, "Interview Fachgespräch - IT Operations Lead bei Lindwurm Handel AG", "20261210T140000", 60,
        tz="Europe/Berlin", organizer=("noreply@softgarden.io", "softgarden"),
        attendees=[ME, A("markus.reuter@lindwurm-handel.de", "Markus Reuter"),
                   A("anna.klose@lindwurm-handel.de", "Anna Klose")],
        description="Guten Tag Herr Adeyemi,\nhiermit bestätigen wir Ihren Termin für das Fachgespräch. Ihre "
        "Gesprächspartner: Markus Reuter (CIO) und Anna Klose (IT-Infrastruktur). Dauer ca. 60 Minuten.\n\n" +
        zoom("de", "833 4419 0021"))], zones=("Europe/Berlin",)), u, True, "Lindwurm Handel", "IT Operations Lead",
        "technical", ("markus.reuter@lindwurm-handel.de", "anna.klose@lindwurm-handel.de")))

    u = "direct-google-de-51"
    out.append(item("direct-google", "de", calendar(GOOGLE, [Ev(
        u, "Kennenlernen Daniel Adeyemi x Brückner Systemhaus (Teamleiter Support)", "20261215T160000", 45,
        tz="Europe/Berlin", organizer=("lea.brueckner@brueckner-systemhaus.de", "Lea Brückner"),
        attendees=[A("lea.brueckner@brueckner-systemhaus.de", "Lea Brückner", partstat="ACCEPTED"), ME],
        description="Hallo Daniel, wie am Telefon besprochen: erstes Gespräch zur Stelle Teamleiter Support in "
        "unserem MSP-Team. Ich bin Geschäftsführerin; wir sprechen über Ihren Werdegang und die Stelle.\n\n" +
        meet("de", "qwe-rtzu-iop"))], zones=("Europe/Berlin",)), u, True, "Brückner Systemhaus", "Teamleiter Support",
        "hiring_manager", ("lea.brueckner@brueckner-systemhaus.de",)))

    u = "uni-de-panel-2027"
    out.append(item("university-panel", "de", calendar(OUTLOOK16, [Ev(
        u, "Vorstellungsgespräch Stelle 2027-014 (IT-Koordination Service)", "20270112T090000", 60,
        tz="W. Europe Standard Time", style="win",
        organizer=("berufungen@tu-havelland.example.de", "Personalabteilung TU Havelland"),
        attendees=[ME, A("prof.weiland@tu-havelland.example.de", "Prof. Dr. Weiland"),
                   A("c.marx@tu-havelland.example.de", "Marx, Carola"),
                   A("gleichstellung@tu-havelland.example.de", "Gleichstellungsbeauftragte")],
        description="Kennziffer 2027-014, IT-Koordination Service im Rechenzentrum. Auswahlkommission: Prof. Dr. "
        "Weiland (Leitung Rechenzentrum), Carola Marx (Servicedesk), Gleichstellungsbeauftragte.",
        location="Rechenzentrum, Raum 0.12")]), u, True, "TU Havelland", "IT-Koordination Service", "",
        ("prof.weiland@tu-havelland.example.de", "c.marx@tu-havelland.example.de",
         "gleichstellung@tu-havelland.example.de")))

    u = "agency-de-hansa-77"
    out.append(item("agency-names-employer", "de", calendar(GOOGLE, [Ev(
        u, "Vorstellungsgespräch bei der Elbmarkt Gruppe (über Kessler Personal)", "20270113T110000", 60,
        tz="Europe/Berlin", organizer=("t.kessler@kessler-personal.de", "Tim Kessler"),
        attendees=[ME, A("d.wagner@elbmarkt-gruppe.de", "Dirk Wagner")],
        description="Hallo Daniel, wie besprochen: Gespräch mit Dirk Wagner, Leiter IT-Betrieb der Elbmarkt Gruppe "
        "(Einzelhandel), zur Position Service Desk Manager. Ich bin nicht dabei.\nViele Grüße, Tim",
        location="Elbmarkt Gruppe, Zentrale, Hamburg-Harburg")], zones=("Europe/Berlin",)), u, True,
        "Elbmarkt Gruppe", "Service Desk Manager", "", ("d.wagner@elbmarkt-gruppe.de",)))

    u = "workday-de-44109"
    out.append(item("ats-workday", "de", calendar("-//Workday Inc//Workday//EN", [Ev(
        u, "Interviewtermin: JR-44109 Teamleiter IT Field Services", "20270115T143000", 45, style="utc",
        organizer=("sternwerk@myworkday.com", "Sternwerk Medizintechnik"),
        attendees=[ME, A("oliver.haas@sternwerk.de", "Oliver Haas")],
        description="Kandidat: Daniel Adeyemi\nStelle: JR-44109 Teamleiter IT Field Services (Berlin)\nRunde: "
        "Gespräch mit Hiring Manager\nGesprächspartner: Oliver Haas\nDies ist eine automatische Nachricht.")]),
        u, True, "Sternwerk Medizintechnik", "Teamleiter IT Field Services", "hiring_manager",
        ("oliver.haas@sternwerk.de",)))

    u = "cancel-de-2"
    out.append(item("cancelled-interview", "de", calendar(OUTLOOK, [Ev(
        u, "Abgesagt: Zweitgespräch Daniel Adeyemi – Spreewerk Logistik", "20270119T100000", 60,
        tz="W. Europe Standard Time", style="win", status="CANCELLED", sequence=1,
        organizer=("h.neumann@spreewerk-logistik.de", "Neumann, Hanna"), attendees=[ME],
        description="Leider müssen wir das Zweitgespräch (IT Support Lead) verschieben. Neuer Termin folgt.")],
        method="CANCEL"), u, True, "Spreewerk Logistik", "IT Support Lead", "", ("h.neumann@spreewerk-logistik.de",)))

    u = "final-de-vorstand"
    out.append(item("final-round", "de", calendar(GOOGLE, [Ev(
        u, "Finales Gespräch mit CTO - Wolkig GmbH", "20270121T150000", 60, tz="Europe/Berlin",
        organizer=("people@wolkig.io", "Wolkig People Team"),
        attendees=[ME, A("n.petrov@wolkig.io", "Nikolai Petrov"),
                   A("people@wolkig.io", "Wolkig People Team", role="OPT-PARTICIPANT")],
        description="Letzte Runde für die Rolle IT Operations Manager: 60 min mit Nikolai (CTO). Danach melden wir "
        "uns innerhalb einer Woche.", location="Wolkig GmbH, Torstraße 140, Berlin")], zones=("Europe/Berlin",)),
        u, True, "Wolkig", "IT Operations Manager", "final", ("n.petrov@wolkig.io",)))

    u = "smartr-de-881"
    out.append(item("ats-smartrecruiters", "de", calendar("-//SmartRecruiters//Interview//EN", [Ev(
        u, "Telefoninterview – Service Delivery Lead – Alpenrot Versand", "20270126T091500", 30,
        tz="Europe/Berlin", organizer=("noreply@smartrecruiters.com", "Alpenrot Versand via SmartRecruiters"),
        attendees=[ME, A("sabine.ott@alpenrot.de", "Sabine Ott")],
        description="Sabine Ott aus dem Recruiting ruft Sie unter Ihrer Mobilnummer an.")],
        zones=("Europe/Berlin",)), u, True, "Alpenrot Versand", "Service Delivery Lead", "recruiter_screen",
        ("sabine.ott@alpenrot.de",)))

    u = "praxistag-de-3"
    out.append(item("practical-day", "de", calendar(OUTLOOK16, [Ev(
        u, "Probearbeiten / Praxistag IT-Support-Teamleitung – Herr Adeyemi", "20270128T083000", 420,
        tz="W. Europe Standard Time", style="win", organizer=("it-leitung@nordwind-kliniken.de", "Falk, Rainer"),
        attendees=[ME, A("it-leitung@nordwind-kliniken.de", "Falk, Rainer")],
        description="Praxistag im Rahmen des Auswahlverfahrens: Mitarbeit im 2nd-Level-Support, anschließend "
        "Abschlussgespräch mit Herrn Falk (IT-Leitung Nordwind Kliniken).", location="Nordwind Kliniken, IT, "
        "Gebäude C")]), u, True, "Nordwind Kliniken", "IT-Support-Teamleitung", "onsite",
        ("it-leitung@nordwind-kliniken.de",)))
    return out
