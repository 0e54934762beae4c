"""holdout33: the user's own interviews in French and German."""

from __future__ import annotations

from holdout33ev_ics import ME, Ev, att, desc, dt, loc, meet, org, room, summ, teams, webex, zoom

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P = "Romance Standard Time"
W = "W. Europe Standard Time"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev("fr-rh-screen", "fr", OL, [
        "UID:040000008200E00074C5B7101A82E0080000000027C8D9E0F38DDB01000000000000000010000000B8B8",
        dt("DTSTART", P, "20261207T100000"), dt("DTEND", P, "20261207T103000"),
        summ("Entretien téléphonique – Contrôleur de gestion H/F – Valentina Rossi"),
        org("recrutement@mac-conseil.fr", "Recrutement Moreau & Associés"),
        att("sophie.lambert@mac-conseil.fr", "Sophie Lambert"), att(ME, "Valentina Rossi"),
        desc("Bonjour Valentina,\n\nSuite à votre candidature au poste de Contrôleur de gestion H/F, Sophie "
             "Lambert, chargée de recrutement chez Moreau & Associés Conseil, vous appellera pour un premier "
             "échange de 30 minutes.\n\nBien cordialement,\nL'équipe Recrutement")],
        "Moreau & Associés Conseil", "Contrôleur de gestion", "recruiter_screen", ["sophie.lambert@mac-conseil.fr"],
        tz=[P]))
    e.append(Ev("fr-geneve-manager", "fr", G, [
        "UID:4f6h8j0l2n4p6r8t0v2x4z6b8d@google.com", dt("DTSTART", "Europe/Zurich", "20261214T090000"),
        dt("DTEND", "Europe/Zurich", "20261214T100000"),
        summ("Entretien avec le Directeur financier – Banque Lémanique (Financial Controller)"),
        org("f.dufour@blsa.ch", "François Dufour"), att("f.dufour@blsa.ch", "François Dufour", ps="ACCEPTED"),
        att("i.roch@blsa.ch", "Isabelle Roch"), att(ME, "Valentina Rossi"),
        desc("Chère Madame Rossi,\nNous avons le plaisir de vous convier à un deuxième entretien, dans nos "
             "locaux du quai du Mont-Blanc, avec Isabelle Roch, Directrice financière, et moi-même.\n"
             "Banque Lémanique SA")],
        "Banque Lémanique", "Financial Controller", "hiring_manager", ["f.dufour@blsa.ch", "i.roch@blsa.ch"],
        tz=["Europe/Zurich"]))
    e.append(Ev("fr-teams-technique", "fr", OL, [
        "UID:040000008200E00074C5B7101A82E0080000000038D9E0F1A48DDB01000000000000000010000000C9C9",
        dt("DTSTART", P, "20261215T140000"), dt("DTEND", P, "20261215T153000"),
        summ("Cas pratique FP&A – Entretien technique"),
        org("julien.marchand@fretalp.fr", "MARCHAND Julien"), att(ME, "Valentina Rossi"),
        att("julien.marchand@fretalp.fr", "MARCHAND Julien", ps="ACCEPTED"),
        att("nadia.benali@fretalp.fr", "BENALI Nadia"),
        desc("Bonjour Valentina,\nComme convenu, voici l'invitation pour le cas pratique (budget d'un entrepôt) "
             "dans le cadre de votre candidature au poste d'Analyste FP&A chez FretAlp Logistique.\n"
             "Julien Marchand, Responsable Contrôle de gestion\n\n" + teams("ZDNhNjE1YmMt", "fr"))],
        "FretAlp Logistique", "Analyste FP&A", "technical", ["julien.marchand@fretalp.fr", "nadia.benali@fretalp.fr"],
        tz=[P]))
    e.append(Ev("fr-welcome-jungle", "fr", "-//Welcome to the Jungle//Scheduling//FR", [
        "UID:wttj-9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e", dt("DTSTART", None, "20261210T130000Z"),
        dt("DTEND", None, "20261210T134500Z"), summ("Entretien avec Lina – Maison Arlaud"),
        org("noreply@welcometothejungle.com", "Welcome to the Jungle"),
        att("l.garnier@maison-arlaud.fr", "Lina Garnier"), att(ME, "Valentina Rossi"),
        desc("Votre entretien pour le poste de Business Controller est confirmé.\nEntreprise : Maison Arlaud\n"
             "Avec : Lina Garnier, Talent Acquisition\n\n" + meet("nsd-bqwe-kfo", "fr"))],
        "Maison Arlaud", "Business Controller", "recruiter_screen", ["l.garnier@maison-arlaud.fr"], method=None))
    e.append(Ev("fr-final-paris-floating", "fr", "-//Apple Inc.//macOS 14.6//EN", [
        "UID:5A6B7C8D-9E0F-4A1B-2C3D-4E5F6A7B8C9D", dt("DTSTART", None, "20270105T143000"),
        dt("DTEND", None, "20270105T160000"), summ("Entretiens finaux Paris – FretAlp (DAF + DG)"),
        loc("FretAlp, 18 rue de Londres, 75009 Paris"),
        desc("Analyste FP&A. Rencontre avec la DAF (Mme Perrin) puis le DG. Vol Valencia-Orly 08h05.")],
        "FretAlp Logistique", "Analyste FP&A", "final", [], trap="hand_typed_floating", method=None))
    e.append(Ev("fr-webex-banque", "fr", OL, [
        "UID:040000008200E00074C5B7101A82E0080000000049E0F1A2B58DDB01000000000000000010000000DADA",
        dt("DTSTART", P, "20261221T110000"), dt("DTEND", P, "20261221T120000"),
        summ("Entretien RH – Business Partner Finance – Crédit Rhodanien"),
        org("talents@credit-rhodanien.fr", "Talents Crédit Rhodanien"),
        att("margaux.petit@credit-rhodanien.fr", "Margaux Petit"), att(ME, "Valentina Rossi"),
        desc("Madame,\nNous vous confirmons votre entretien RH pour le poste de Business Partner Finance (Lyon ou "
             "télétravail partiel).\n\n" + webex("2650 883 1409"))],
        "Crédit Rhodanien", "Business Partner Finance", "recruiter_screen", ["margaux.petit@credit-rhodanien.fr"],
        tz=[P]))
    e.append(Ev("de-exchange-erstgespraech", "de", OL, [
        "UID:040000008200E00074C5B7101A82E008000000005AF1A2B3C68DDB01000000000000000010000000EBEB",
        dt("DTSTART", W, "20261208T110000"), dt("DTEND", W, "20261208T114500"),
        summ("Erstgespräch – Controllerin (m/w/d) Logistik – Frau Rossi"),
        org("karriere@hartmann-ll.de", "Karriere Hartmann"), att("j.becker@hartmann-ll.de", "Becker, Julia"),
        att(ME, "Valentina Rossi"),
        desc("Sehr geehrte Frau Rossi,\n\nvielen Dank für Ihre Bewerbung als Controllerin (m/w/d) Logistik. "
             "Gerne laden wir Sie zu einem telefonischen Erstgespräch mit Julia Becker (Recruiting) ein.\n\n"
             "Mit freundlichen Grüßen\nHartmann Lagerlogistik GmbH & Co. KG")],
        "Hartmann Lagerlogistik", "Controllerin (m/w/d) Logistik", "recruiter_screen", ["j.becker@hartmann-ll.de"],
        tz=[W]))
    e.append(Ev("de-fachgespraech-teams", "de", OL, [
        "UID:040000008200E00074C5B7101A82E008000000006B02B3C4D78DDB01000000000000000010000000FCFC",
        dt("DTSTART", W, "20261215T100000"), dt("DTEND", W, "20261215T113000"),
        summ("Fachinterview Controlling – Bewerberin V. Rossi"),
        org("j.becker@hartmann-ll.de", "Becker, Julia"), att(ME, "Valentina Rossi"),
        att("m.schroeder@hartmann-ll.de", "Schröder, Markus"), att("t.yilmaz@hartmann-ll.de", "Yilmaz, Tarek"),
        room("ffm-raum-main@hartmann-ll.de", "FFM Raum Main 2.14"),
        desc("Liebe Frau Rossi,\nim Fachinterview sprechen Sie mit Markus Schröder (Leiter Controlling) und "
             "Tarek Yilmaz (Senior Controller). Ich organisiere nur den Termin.\n\n" + teams("ODRmZDQ1OWIt", "de"))],
        "Hartmann Lagerlogistik", "Controllerin (m/w/d) Logistik", "technical",
        ["m.schroeder@hartmann-ll.de", "t.yilmaz@hartmann-ll.de"], tz=[W]))
    e.append(Ev("de-personio-scaleup", "de", "-//Personio//Interview//DE", [
        "UID:personio-interview-4412987@personio.de", dt("DTSTART", None, "20261209T150000Z"),
        dt("DTEND", None, "20261209T154500Z"), summ("Vorstellungsgespräch: FP&A Lead – Valentina Rossi"),
        org("jobs@stromwerk.energy", "Stromwerk Jobs"), att("lena.hoffmann@stromwerk.energy", "Lena Hoffmann"),
        att(ME, "Valentina Rossi"),
        desc("Hallo Valentina,\ndein Vorstellungsgespräch mit Lena Hoffmann (VP Finance) für die Position FP&A "
             "Lead (Remote/Berlin) bei Stromwerk ist bestätigt.\n\n" + zoom("873 4410 2296", "Sw8nQe2PzR", "de"))],
        "Stromwerk", "FP&A Lead", "hiring_manager", ["lena.hoffmann@stromwerk.energy"], method=None))
    e.append(Ev("de-final-frankfurt", "de", G, [
        "UID:6r8t0v2x4z6b8d0f2h4j6l8n0p@google.com", dt("DTSTART", "Europe/Berlin", "20270112T090000"),
        dt("DTEND", "Europe/Berlin", "20270112T130000"),
        summ("Finale Gesprächsrunde vor Ort – RheinMain Handelsbank"),
        org("anja.krueger@rmhb.de", "Anja Krüger"), att(ME, "Valentina Rossi"),
        att("lukas.weber@rmhb.de", "Lukas Weber"), att("c.vogel@rmhb.de", "Claudia Vogel"),
        desc("Sehr geehrte Frau Rossi,\nzur finalen Runde (Senior Controller, Group Finance) treffen Sie Herrn "
             "Weber und Frau Dr. Vogel (CFO). Anja Krüger begleitet Sie nur zum Empfang.\nNeue Mainzer Str. 52, "
             "Frankfurt am Main")],
        "RheinMain Handelsbank", "Senior Controller, Group Finance", "final", ["lukas.weber@rmhb.de",
                                                                              "c.vogel@rmhb.de"],
        tz=["Europe/Berlin"]))
    e.append(Ev("de-handtyped", "de", "-//Apple Inc.//iOS 17.6//EN", [
        "UID:8C9D0E1F-2A3B-4C5D-6E7F-8091A2B3C4D5", dt("DTSTART", "Europe/Berlin", "20261217T160000"),
        dt("DTEND", "Europe/Berlin", "20261217T163000"), summ("Telefoninterview Stromwerk (HR, Frau Koch)"),
        desc("ruft an. Gehaltsvorstellung parat haben!")],
        "Stromwerk", "FP&A Lead", "recruiter_screen", [], trap="hand_typed", tz=["Europe/Berlin"], method=None))
    e.append(Ev("de-smartrecruiters-bigfour", "de", "-//SmartRecruiters//Interview//EN", [
        "UID:sr-int-1c3e5a7b-9d0f-4e2a-b4c6-d8e0f2a4b6c8", dt("DTSTART", None, "20261211T083000Z"),
        dt("DTEND", None, "20261211T093000Z"), summ("Interview | Manager Finance Transformation (w/m/d)"),
        org("noreply@smartrecruiters.com", "Albrecht Sommer Partner"),
        att("h.wolff@asp-advisory.de", "Henrik Wolff"), att(ME, "Valentina Rossi"),
        desc("Liebe Valentina,\nwir freuen uns auf das Gespräch mit Henrik Wolff (Director, Finance "
             "Transformation) bei Albrecht Sommer Partner Wirtschaftsprüfungsgesellschaft mbH.\n\n"
             + webex("2744 019 5521", "de"))],
        "Albrecht Sommer Partner", "Manager Finance Transformation (w/m/d)", "", ["h.wolff@asp-advisory.de"],
        method=None))
    return e
