"""train15: a few more German, French and Spanish events, both ways."""

from __future__ import annotations

from train15ev_ics import (
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    OUTLOOK16,
    Ev,
    cal,
    g_att,
    meet,
    o_att,
    outlook_tail,
    teams,
    tx,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "AAMkAGLindenhofBuchung-0917@lindenhof-labor.de"
    out.append(Ev("bookings-de", "de", uid, 1, "Lindenhof Labor", "Kundenbetreuung Tierarztpraxen",
                  "recruiter_screen", "c.weber@lindenhof-labor.de", "scheduler-bookings", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Lindenhof Labor Karriere:mailto:karriere-termine@lindenhof-labor.de",
                      o_att(ME, "Aoife Brennan"), o_att("c.weber@lindenhof-labor.de", "Weber, Carina"),
                      tx("DESCRIPTION;LANGUAGE=de-DE", "Buchungsbestätigung\n\nDienst: Bewerbungsgespräch "
                         "(telefonisch, 30 Min.) - Kundenbetreuung Tierarztpraxen\nMitarbeiterin: Carina Weber, "
                         "Personalreferentin\n\nLindenhof Labor GmbH - Veterinärdiagnostik seit 1987\n\n"
                         "Termin ändern oder absagen: über den Link in Ihrer Bestätigungs-E-Mail."),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=de-DE", "Bewerbungsgespräch Kundenbetreuung Tierarztpraxen für Aoife "
                         "Brennan"),
                      "DTSTART;TZID=W. Europe Standard Time:20261125T100000",
                      "DTEND;TZID=W. Europe Standard Time:20261125T103000", "DTSTAMP:20261118T143000Z",
                      "LOCATION;LANGUAGE=de-DE:Telefon", *outlook_tail()]], tzs=("W. Europe Standard Time",))))

    uid = "sanivia-n1-cpec-2026@sanivia-lab.com"
    out.append(Ev("outlook-hm-fr", "fr", uid, 1, "Sanivia", "Chef de projet études cliniques vétérinaires",
                  "hiring_manager", "b.lemoine@sanivia-lab.com", "", cal(OUTLOOK16, [[
                      "ORGANIZER;CN=Lemoine Bruno:mailto:b.lemoine@sanivia-lab.com",
                      o_att(ME, "Aoife Brennan"), o_att("b.lemoine@sanivia-lab.com", "Lemoine Bruno"),
                      tx("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Aoife,\n\nSuite à votre échange avec notre "
                         "chargée de recrutement, je vous propose un entretien avec moi, futur N+1, pour le "
                         "poste de Chef de projet études cliniques vétérinaires (Lyon, 2 jours de télétravail)."
                         "\n\nCordialement,\nBruno Lemoine\nResponsable R&D clinique - Sanivia\n\n"
                         + teams("fr", uid)),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=fr-FR", "Entretien manager - Chef de projet études cliniques - A. "
                         "Brennan"),
                      "DTSTART;TZID=Romance Standard Time:20261201T093000",
                      "DTEND;TZID=Romance Standard Time:20261201T103000", "DTSTAMP:20261124T100000Z",
                      "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", *outlook_tail()]],
                      tzs=("Romance Standard Time",))))

    uid = "referenz-lena-schmitt@kleintierklinik-am-ring.de"
    out.append(Ev("reference-de", "de", uid, 0, "", "", "", "", "reference", cal(GOOGLE, [[
        "DTSTART:20261109T150000Z", "DTEND:20261109T151500Z", "DTSTAMP:20261104T100000Z",
        "ORGANIZER;CN=Dr. Petra Haas:mailto:p.haas@kleintierklinik-am-ring.de", f"UID:{uid}",
        g_att("p.haas@kleintierklinik-am-ring.de", "Dr. Petra Haas", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Liebe Frau Brennan, Lena Schmitt hat Sie als Referenz für ihr Praktikum bei Ihnen in "
           "Cork angegeben. Sie bewirbt sich bei uns als TFA. Darf ich Sie kurz anrufen? Gerne auf Englisch."),
        "LOCATION:Telefon", "SEQUENCE:0", tx("SUMMARY", "Referenzgespräch zu Lena Schmitt"),
        "TRANSP:OPAQUE"]])))

    uid = "kaffee-jonas-msl-erfahrung@google.com"
    out.append(Ev("coffee-chat-de", "de", uid, 0, "", "", "", "", "coffee-chat", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Berlin:20261012T173000", "DTEND;TZID=Europe/Berlin:20261012T180000",
        "DTSTAMP:20261008T090000Z", "ORGANIZER;CN=Aoife Brennan:mailto:" + ME, f"UID:{uid}",
        g_att(ME, "Aoife Brennan", "ACCEPTED"), g_att("jonas.richter@web.de", "Jonas Richter"),
        tx("DESCRIPTION", "Virtueller Kaffee mit Jonas (arbeitet als MSL in Frankfurt) - Erfahrungsaustausch, "
           "wie der Alltag aussieht und welche Firmen gerade suchen. Kein Bewerbungsgespräch.\n\n"
           + meet("de", uid)),
        "SEQUENCE:0", tx("SUMMARY", "Virtueller Kaffee mit Jonas - Erfahrungsaustausch MSL"),
        "TRANSP:OPAQUE"]], tzs=("Europe/Berlin",))))

    uid = "simulacro-entrevista-clara@ios"
    out.append(Ev("mock-es", "es", uid, 0, "", "", "", "", "mock", cal(IOS, [[
        f"UID:{uid}", "DTSTAMP:20261111T200000Z",
        "DTSTART;TZID=Europe/Dublin:20261114T110000", "DTEND;TZID=Europe/Dublin:20261114T120000",
        tx("SUMMARY", "Simulacro de entrevista con Clara (profe de español)"),
        tx("DESCRIPTION", "practicar respuestas para Calvet / Sierra Alta en español. Clara hace de "
           "entrevistadora. " + zoom("es", uid)),
        "SEQUENCE:0"]], method=None, tzs=("Europe/Dublin",))))

    uid = "talentovet-primera-llamada@talentovet.es"
    out.append(Ev("recruiter-es", "es", uid, 0, "", "", "", "", "recruiter-no-employer", cal(GOOGLE, [[
        "DTSTART:20261023T090000Z", "DTEND:20261023T093000Z", "DTSTAMP:20261019T120000Z",
        "ORGANIZER;CN=Andrea Ruiz - Talento Vet:mailto:andrea.ruiz@talentovet.es", f"UID:{uid}",
        g_att("andrea.ruiz@talentovet.es", "Andrea Ruiz - Talento Vet", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Hola Aoife, una primera llamada para conocerte y entender qué buscas (puesto, "
           "ubicación, salario). Todavía no hay cliente concreto; después te propondré procesos.\n\n"
           + meet("es", uid)),
        "SEQUENCE:0", tx("SUMMARY", "Primera llamada Talento Vet - Aoife Brennan"), "TRANSP:OPAQUE"]])))

    return out
