"""holdout15: Sofia Esposito's own interviews written in German (Zurich, Vienna, remote)."""

from __future__ import annotations

from holdout15ev_ics import (
    EXCHANGE,
    GOOGLE,
    MACOS,
    ME_PRIV,
    OUTLOOK,
    UTC1,
    WEU,
    Ev,
    Item,
    att,
    meet,
    olson,
    org,
    outlook_tz,
    pos,
    teams,
    webex,
    zoom,
)

SF = "-//SAP SuccessFactors//Interview Scheduling//DE"
PERSONIO = "-//Personio GmbH//Personio Calendar//DE"


def items() -> list[Item]:
    """Given nothing returns the German positive events of holdout15."""
    r: list[Item] = []
    r.append(pos("sf-erstgespraech", "de", "Helvetia Digital Versicherung", "Leiterin Kundenservice Prozesse",
                 "recruiter_screen", ("nadine.keller@helvetiadigital.ch",), SF,
                 Ev("SF-INT-4471209-h15", "Vorstellungsgespräch (Telefon) – Leiterin Kundenservice Prozesse",
                    "20261124T140000", "20261124T143000", tz=WEU,
                    organizer=org("noreply@successfactors.eu", "Helvetia Digital Versicherung Recruiting"),
                    attendees=(att("nadine.keller@helvetiadigital.ch", "Nadine Keller"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Sehr geehrte Frau Esposito\n\nGerne bestätigen wir Ihnen das telefonische "
                    "Erstgespräch für die Stelle «Leiterin Kundenservice Prozesse (80–100 %)» in Zürich. Frau Nadine "
                    "Keller, Talent Acquisition Partnerin, wird Sie unter der angegebenen Nummer anrufen.\n\n"
                    "Freundliche Grüsse\nIhr Recruiting-Team der Helvetia Digital Versicherung"),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("personio-fachgespraech", "de", "Zahlwerk", "Product Operations Manager", "technical",
                 ("j.hofer@zahlwerk.at", "m.steiner@zahlwerk.at"), PERSONIO,
                 Ev("personio-interview-883120-h15", "Fachgespräch Zahlwerk – Product Operations Manager (m/w/d)",
                    "20261201T100000", "20261201T111500", tz="Europe/Vienna",
                    organizer=org("jobs@zahlwerk.at", "Zahlwerk GmbH"),
                    attendees=(att("j.hofer@zahlwerk.at", "Julia Hofer"),
                               att("m.steiner@zahlwerk.at", "Martin Steiner"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Hallo Sofia,\n\nwir freuen uns auf das Fachgespräch mit Julia Hofer (Head of Product) "
                    "und Martin Steiner (Lead Payments Operations). Wir sprechen über einen konkreten Fall aus dem "
                    "Chargeback-Prozess.\n\n" + meet("de", "hzf-tkpa-rws")),
                 tzs=(olson("Europe/Vienna"),)))
    r.append(pos("outlook-hm-wien", "de", "Donauversicherung Direkt", "Teamleitung Schadenservice",
                 "hiring_manager", ("g.pichler@donau-direkt.at",), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000E5h15dd", "Gespräch Frau Esposito / Hr. Pichler – "
                    "Teamleitung Schadenservice", "20261203T090000", "20261203T100000", tz=WEU,
                    organizer=org("g.pichler@donau-direkt.at", "Pichler, Gerhard"),
                    attendees=(att(ME_PRIV, "Esposito, Sofia"),
                               att("raum-4-12@donau-direkt.at", "Besprechungsraum 4.12", cutype="ROOM",
                                   role="NON-PARTICIPANT")),
                    location="Besprechungsraum 4.12; Untere Donaustraße 21, 1020 Wien",
                    description="Sehr geehrte Frau Esposito,\n\nanbei die Einladung zum persönlichen Gespräch mit mir "
                    "als künftigem Vorgesetzten. Bitte melden Sie sich am Empfang im EG.\n\nMit freundlichen Grüßen\n"
                    "Gerhard Pichler\nBereichsleiter Schaden"),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("agency-de", "de", "Bergkristall Privatbank", "Compliance Operations Specialist",
                 "recruiter_screen", ("s.brandt@alpenpersonal.ch",), OUTLOOK,
                 Ev("h15-alpenpersonal-025", "Telefoninterview Alpenpersonal – Mandat Bergkristall Privatbank",
                    "20261125T120000", "20261125T123000", tz=UTC1,
                    organizer=org("s.brandt@alpenpersonal.ch", "Brandt Stefanie"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Grüezi Frau Esposito\n\nWie besprochen rufe ich Sie an. Unser Kunde, die "
                    "Bergkristall Privatbank in Zürich, sucht eine/n Compliance Operations Specialist. Ich möchte "
                    "Ihren Werdegang kurz durchgehen, bevor ich Ihr Dossier weiterleite.\n\nStefanie Brandt\n"
                    "Alpenpersonal AG"),
                 tzs=(outlook_tz(UTC1),)))
    r.append(pos("panel-zurich", "de", "Limmat Pay", "Head of Merchant Operations", "onsite",
                 ("r.zuercher@limmatpay.ch", "a.baumann@limmatpay.ch", "t.kovac@limmatpay.ch"), GOOGLE,
                 Ev("h15-limmat-026@google.com", "Interviewtag Limmat Pay – Sofia Esposito", "20261209T083000",
                    "20261209T130000", tz="Europe/Zurich",
                    organizer=org("people@limmatpay.ch", "Limmat Pay People Team"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("r.zuercher@limmatpay.ch", "Reto Zürcher"),
                               att("a.baumann@limmatpay.ch", "Anja Baumann"), att("t.kovac@limmatpay.ch", "Tea Kovač"),
                               att("beamer-3og@limmatpay.ch", "Beamer 3. OG", cutype="RESOURCE",
                                   role="NON-PARTICIPANT")),
                    location="Limmat Pay AG, Hardturmstrasse 161, 8005 Zürich",
                    description="Ablauf deines Interviewtags (Head of Merchant Operations):\n08:30 Begrüssung\n"
                    "09:00 Reto Zürcher, CEO\n10:15 Anja Baumann, CFO – Fallstudie Händler-Onboarding\n11:30 Tea "
                    "Kovač, Head of Risk\n12:30 Mittagessen mit dem Team\n\nBei Fragen erreichst du uns unter "
                    "people@limmatpay.ch."),
                 tzs=(olson("Europe/Zurich"),)))
    r.append(pos("terse-de", "de", "Rheintal Assekuranz", "", "", ("Fr. Vogt",), MACOS,
                 Ev("D1E2F3A4-0000-4B5C-8D9E-H15000000027", "Rheintal Assek. 2. Gespräch 15h Fr. Vogt",
                    "20261210T150000", "20261210T160000", tz=""),
                 method=None))
    r.append(pos("final-vorstand", "de", "Kontora Bank", "Leiterin Kundenerlebnis", "final",
                 ("h.lindner@kontora.de",), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000F1h15kb", "Finales Gespräch – Leiterin Kundenerlebnis "
                    "(Vorstand)", "20261215T140000", "20261215T150000", tz=WEU,
                    organizer=org("karriere@kontora.de", "Kontora Bank Karriere"),
                    attendees=(att("h.lindner@kontora.de", "Lindner, Heike (Vorstand)"),
                               att(ME_PRIV, "Sofia Esposito"),
                               att("l.roth@kontora.de", "Roth, Lena (HR-Koordination)", role="OPT-PARTICIPANT")),
                    description="Sehr geehrte Frau Esposito,\n\nwir laden Sie zum abschließenden Gespräch mit Frau "
                    "Dr. Heike Lindner, Vorständin Privatkunden, ein. Frau Roth organisiert den Termin und nimmt "
                    "nicht teil.\n\n" + teams("de", "903817264")),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("founder-gmx", "de", "Klarfluss", "", "hiring_manager", ("felix.klarfluss@gmx.de",), GOOGLE,
                 Ev("h15-klar-029@google.com", "Kennenlernen Klarfluss (Felix, Gründer) – Ops-Rolle",
                    "20261202T180000", "20261202T184500", tz="Europe/Berlin",
                    organizer=org("felix.klarfluss@gmx.de", "Felix Ahrens"),
                    attendees=(att("felix.klarfluss@gmx.de", "Felix Ahrens", ps="ACCEPTED"), att(ME_PRIV)),
                    description="Hi Sofia, wie per Mail: ich würde dir gern die Rolle als erste Ops-Verantwortliche "
                    "bei Klarfluss (Versicherungs-Vergleich für KMU) vorstellen und mehr über dich erfahren. "
                    "Bewerbungsgespräch light :)\n\n" + meet("de", "aqo-pyrt-nmd")),
                 tzs=(olson("Europe/Berlin"),)))
    r.append(pos("zoom-case-de", "de", "Aurum Consulting", "Senior Consultant Operational Excellence",
                 "technical", ("k.weiss@aurum-consulting.ch", "p.moser@aurum-consulting.ch"), OUTLOOK,
                 Ev("h15-aurum-030@aurum-consulting.ch", "Case-Interview Aurum Consulting – Fr. Esposito",
                    "20261207T130000", "20261207T143000", tz=WEU,
                    organizer=org("k.weiss@aurum-consulting.ch", "Weiss Katrin"),
                    attendees=(att("k.weiss@aurum-consulting.ch", "Weiss Katrin"),
                               att("p.moser@aurum-consulting.ch", "Moser Pascal"), att(ME_PRIV, "Sofia Esposito")),
                    description="Liebe Frau Esposito\n\nIm zweiten Schritt für die Position Senior Consultant "
                    "Operational Excellence (Banking) lösen Sie mit uns einen Case zur Filialnetz-Optimierung.\n\n"
                    + zoom("de", "84412093377")),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("webex-screen-de", "de", "Versicura", "Risk Manager Operations", "recruiter_screen",
                 ("t.gruber@versicura.at",), OUTLOOK,
                 Ev("h15-versicura-031", "Erstgespräch Versicura | Risk Manager Operations", "20261126T083000",
                    "20261126T090000", tz="Europe/Vienna",
                    organizer=org("t.gruber@versicura.at", "Gruber Thomas"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Guten Tag Frau Esposito,\nvielen Dank für Ihre Bewerbung. Ich (Recruiting) freue mich "
                    "auf ein erstes Kennenlernen per Webex.\n\n" + webex("de", "27384019912")),
                 tzs=(olson("Europe/Vienna"),)))
    r.append(pos("cancelled-de", "de", "Nordlicht Payments", "Teamlead Dispute Management", "technical",
                 ("o.janssen@nordlicht-payments.de",), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000A9h15nl", "Abgesagt: Zweitgespräch Nordlicht Payments – "
                    "Teamlead Dispute Management", "20261204T110000", "20261204T120000", tz=WEU,
                    organizer=org("o.janssen@nordlicht-payments.de", "Janssen, Ole"),
                    attendees=(att(ME_PRIV, "Esposito, Sofia"),), status="CANCELLED", seq=1,
                    description="Liebe Frau Esposito, leider muss ich unser Fachgespräch absagen; ein neuer Termin "
                    "folgt.\n\n" + teams("de", "118204773")),
                 method="CANCEL", tzs=(outlook_tz(WEU),)))
    r.append(pos("workday-de-hm", "de", "Edelweiss Leben", "Leiter/in Antragsprozesse", "hiring_manager",
                 ("marco.frei@edelweiss-leben.ch",), GOOGLE,
                 Ev("h15-wd-edel-033@myworkday.com", "Interview: Sofia Esposito – Leiter/in Antragsprozesse (R-88120)",
                    "20261208T100000", "20261208T110000", tz="Z",
                    organizer=org("edelweissleben@myworkday.com", "Edelweiss Leben Recruiting"),
                    attendees=(att("marco.frei@edelweiss-leben.ch", "Marco Frei"), att(ME_PRIV, "Sofia Esposito")),
                    description="Gespräch mit der zukünftigen Führungskraft (Marco Frei, Bereichsleiter Operations).\n"
                    "Format: Microsoft Teams\n" + teams("de", "440182995")),
                 method="REQUEST"))
    r.append(pos("online-assessment-de", "de", "Sparkraft Digitalbank", "Product Owner Onboarding", "technical",
                 ("l.brenner@sparkraft.de", "y.aydin@sparkraft.de"), GOOGLE,
                 Ev("h15-sparkraft-034@google.com", "Sparkraft | Arbeitsprobe + Gespräch (Product Owner Onboarding)",
                    "20261211T140000", "20261211T153000", tz="Europe/Berlin",
                    organizer=org("l.brenner@sparkraft.de", "Lea Brenner"),
                    attendees=(att("l.brenner@sparkraft.de", "Lea Brenner", ps="ACCEPTED"),
                               att("y.aydin@sparkraft.de", "Yusuf Aydın"), att(ME_PRIV, "Sofia Esposito")),
                    description="Wir besprechen deine Arbeitsprobe (Kontoeröffnung in drei Schritten statt neun) "
                    "mit Lea Brenner (Tribe Lead) und Yusuf Aydın (UX Research).\n\n" + meet("de", "bpe-wnxs-otr")),
                 tzs=(olson("Europe/Berlin"),)))
    return r
