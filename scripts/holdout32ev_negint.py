"""holdout32 negatives: the user sits on the hiring side at Brenner Zulieferteile."""

from __future__ import annotations

from holdout32ev_ical import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    Entry,
    att,
    cal,
    ev,
    ms_extra,
    neg,
    org,
    resource,
    room,
    teams,
    zoom,
)

U = "user_as_interviewer"
B = "brenner-zulieferteile.de"


def entries() -> list[Entry]:
    out: list[Entry] = []
    a = out.append

    a(neg("werkstudent-interview", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000110F22E3A15EDB01000000000000000010000000A001",
        "Vorstellungsgespräch Werkstudent Konstruktion – Frau Lina Bauer", "20261202T100000", "20261202T110000",
        lang="de-DE",
        desc="Hallo zusammen,\n\nanbei der Termin mit der Bewerberin Lina Bauer (Werkstudentin Konstruktion, "
             "Uni Stuttgart). Mehmet übernimmt den fachlichen Teil, ich den HR-Teil. Lebenslauf liegt im "
             "Bewerbermanagement.\n\nGruß\nDoris Wenzel\nPersonal, Brenner Zulieferteile GmbH",
        loc="BZ Feuerbach, Geb. 2, Raum Neckar",
        people=[org(f"doris.wenzel@{B}", "Wenzel, Doris"), att(ME_WORK, "Yilmaz, Mehmet"),
                att("lina.bauer@stud.uni-stuttgart.de", "Lina Bauer"), room(f"raum.neckar@{B}", "FEU 2.03 Neckar")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("cad-test", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000022F033A4A25EDB01000000000000000010000000A002",
        "CAD-Test Bewerber Junior-Konstrukteur (Hr. Petrović)", "20261203T130000", "20261203T150000",
        lang="de-DE",
        desc="CAD-Test mit dem Bewerber Nikola Petrović. Aufgabe: Halterung in CATIA V5, 90 Minuten. Mehmet "
             "betreut den Test und bewertet anhand des Bewertungsbogens.",
        loc="CAD-Schulungsraum FEU 1.12",
        people=[org(ME_WORK, "Yilmaz, Mehmet"), att("nikola.petrovic93@gmx.de", "Nikola Petrović"),
                resource(f"cad-arbeitsplatz-4@{B}", "CAD-Arbeitsplatz 4")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("hiring-panel", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000033A144B5A35EDB01000000000000000010000000A003",
        "Auswahlgespräche Junior-Ingenieur Entwicklung (3 Kandidaten) – Panel", "20261208T083000",
        "20261208T120000", lang="de-DE",
        desc="Panel: Hr. Kraus (Abteilungsleiter), Hr. Yilmaz (Konstruktion), Fr. Wenzel (Personal).\n"
             "08:30 Kandidat A – Felix Roth\n09:45 Kandidatin B – Emine Aksoy\n11:00 Kandidat C – Jan Möller\n"
             "Interviewleitfaden und Bewertungsbögen im Teams-Kanal \"Recruiting Entwicklung\".",
        loc="Besprechungsraum Rems",
        people=[org(f"juergen.kraus@{B}", "Kraus, Jürgen"), att(ME_WORK, "Yilmaz, Mehmet"),
                att(f"doris.wenzel@{B}", "Wenzel, Doris"), room(f"raum.rems@{B}", "FEU 2.07 Rems")],
        extra=ms_extra())], EXCHANGE), U))

    a(neg("thesis-candidate", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000044B255C6A45EDB01000000000000000010000000A004",
        "Gespräch Abschlussarbeit – Bewerber M. Schulze (Masterarbeit Leichtbau)", "20261204T140000",
        "20261204T144500", lang="de-DE",
        desc="Hallo Herr Schulze,\n\nvielen Dank für Ihr Interesse an einer Masterarbeit bei uns zum Thema "
             "Leichtbau-Halterungen. Gern lerne ich Sie in einem kurzen Gespräch per Teams kennen.\n\n"
             "Viele Grüße\nMehmet Yilmaz\nKonstruktion Fahrwerk, Brenner Zulieferteile GmbH\n\n"
             + teams("de", "NTY3ODkwMTIzNDU2", "Bz4hTq"),
        people=[org(ME_WORK, "Yilmaz, Mehmet"), att("m.schulze@student.kit.edu", "Maximilian Schulze")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("private-copy-note", "de", cal([ev(
        "E1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8", "Interview Werkstudent (ich bin Interviewer!) 14 Uhr",
        "20261209T140000", "20261209T150000", tz="Europe/Berlin",
        desc="Bei Brenner: Werkstudent für die Konstruktion, Kandidat Tim Haller. Fragen vorbereiten, "
             "Leitfaden von Doris.", people=[])], IOS, method=None, tzs=("Europe/Berlin",)), U))

    a(neg("debrief", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000055C366D7A55EDB01000000000000000010000000A006",
        "Nachbesprechung Interviews Junior-Ingenieur / Entscheidung", "20261208T133000", "20261208T140000",
        lang="de-DE", desc="Abstimmung der Bewertungen aus den Auswahlgesprächen von heute Vormittag.",
        people=[org(f"juergen.kraus@{B}", "Kraus, Jürgen"), att(ME_WORK, "Yilmaz, Mehmet"),
                att(f"doris.wenzel@{B}", "Wenzel, Doris")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("agency-candidate", "de", cal([ev(
        "hays-like-cand-2291@technoplacement.de", "Vorstellung Kandidat – Konstrukteur (Profil 2291) bei Brenner",
        "20261210T100000", "20261210T110000", tz="Europe/Berlin",
        desc="Sehr geehrter Herr Yilmaz,\n\nwie vereinbart stellt sich Ihnen unser Kandidat Herr Ömer Kaya "
             "(Profil 2291, Konstrukteur Blechteile) persönlich bei der Brenner Zulieferteile GmbH vor. Das "
             "anonymisierte Profil hatten wir Ihnen gesendet.\n\nMit freundlichen Grüßen\nRebecca Sommer\n"
             "TechnoPlacement GmbH",
        loc="Brenner Zulieferteile GmbH, Stuttgart-Feuerbach",
        people=[org("r.sommer@technoplacement.de", "Rebecca Sommer"), att(ME_WORK, "Mehmet Yilmaz"),
                att("oemer.kaya.ing@web.de", "Ömer Kaya")])], OUTLOOK, tzs=("Europe/Berlin",)), U))

    a(neg("successfactors-interviewer", "de", cal([ev(
        "sf-int-99120-interviewer@successfactors.eu",
        "Interviewtermin: Praktikant Entwicklung (m/w/d) – Kandidat: Leon Vogt", "20261211T090000",
        "20261211T094500", tz="Europe/Berlin",
        desc="Sie wurden als Interviewer für folgenden Termin eingeplant.\nKandidat: Leon Vogt\nStelle: Praktikant "
             "Entwicklung (m/w/d), Brenner Zulieferteile GmbH\nBitte füllen Sie nach dem Gespräch das "
             "Interview-Feedback in SuccessFactors aus.",
        people=[org("noreply@successfactors.eu", "Brenner Recruiting"), att(ME_WORK, "Mehmet Yilmaz"),
                att("leon.vogt@posteo.de", "Leon Vogt")])],
        "-//SAP SE//SuccessFactors Recruiting//DE", tzs=("Europe/Berlin",)), U))

    a(neg("recurring-slot", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000066D477E8A65EDB01000000000000000010000000A009",
        "Slot Bewerbergespräche Werkstudenten (Konstruktion)", "20261201T150000", "20261201T160000",
        lang="de-DE", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        desc="Fester Slot für Gespräche mit Werkstudenten-Bewerbern. Doris trägt die Namen ein.",
        people=[org(ME_WORK, "Yilmaz, Mehmet"), att(f"doris.wenzel@{B}", "Wenzel, Doris")],
        extra=ms_extra()),
        ev("040000008200E00074C5B7101A82E0080000000066D477E8A65EDB01000000000000000010000000A009",
           "Slot Bewerbergespräche Werkstudenten – Kandidatin Sara Nowak", "20261208T153000", "20261208T163000",
           lang="de-DE", recid="20261208T150000", seq=1,
           desc="Diesmal 15:30: Sara Nowak (Werkstudentin Konstruktion, Hochschule Esslingen).",
           people=[org(ME_WORK, "Yilmaz, Mehmet"), att(f"doris.wenzel@{B}", "Wenzel, Doris"),
                   att("sara.nowak@hs-esslingen.de", "Sara Nowak")],
           extra=ms_extra())], OUTLOOK), U))

    a(neg("cancelled-candidate", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000077E588F9A75EDB01000000000000000010000000A010",
        "Abgesagt: Vorstellungsgespräch Junior-Konstrukteurin Hanna Keller", "20261214T100000", "20261214T110000",
        lang="de-DE", status="CANCELLED", seq=1,
        desc="Die Bewerberin hat ihre Bewerbung zurückgezogen.",
        people=[org(f"doris.wenzel@{B}", "Wenzel, Doris"), att(ME_WORK, "Yilmaz, Mehmet"),
                att("hanna.keller@gmail.com", "Hanna Keller")],
        extra=ms_extra("FREE"))], OUTLOOK, method="CANCEL"), U))

    a(neg("forwarded-to-private", "de", cal([ev(
        "5F6A7B8C-9D0E-4F1A-B2C3-D4E5F6A7B8C9", "WG: Bewerbungsgespräch Konstrukteur – Kandidat Felix Roth",
        "20261208T083000", "20261208T093000", tz="Europe/Berlin",
        desc="Von meinem Dienstkalender weitergeleitet, damit ich es privat sehe. Ich sitze im Panel (mit "
             "Jürgen Kraus), Kandidat ist Felix Roth.",
        people=[org(ME_PRIV, "Mehmet Yılmaz")])], APPLE, method=None, tzs=("Europe/Berlin",)), U))

    a(neg("calendly-host", "en", cal([ev(
        "b81c2e0d-33aa-4f19-a5c2-7e41d9b0f6c8", "Thesis candidate chat: Mehmet Yilmaz and Arjun Mehta",
        "20261207T120000Z", "20261207T123000Z", tz=None,
        desc="Event Name: Thesis applicants – 30 min (Brenner Zulieferteile, chassis design)\n\nInvitee: Arjun Mehta\n"
             "Invitee Email: arjun.mehta@tum.de\nQuestions: Thesis topic of interest? – \"Topology optimisation "
             "of brackets\"\n\nYou are the host of this event.\n\nPowered by Calendly.com",
        people=[org(ME_WORK, "Mehmet Yilmaz"), att("arjun.mehta@tum.de", "Arjun Mehta")])],
        "-//Calendly//Calendly//EN", tzs=()), U))

    a(neg("interviewer-en", "en", cal([ev(
        "040000008200E00074C5B7101A82E0080000000088F699AAA85EDB01000000000000000010000000A013",
        "Interview: Junior Design Engineer candidate (Priya Nair) – technical part", "20261209T100000",
        "20261209T110000", lang="en-US",
        desc="Hi Mehmet, Jürgen,\n\nCandidate Priya Nair (Junior Design Engineer, req. BZ-2026-117) joins via "
             "Teams from Pune. Mehmet covers the design questions, Jürgen the team fit. Scorecards in "
             "SuccessFactors please.\n\nDoris\n\n" + teams("en", "Nzg5MDEyMzQ1Njc4", "Hj7eWq"),
        people=[org(f"doris.wenzel@{B}", "Wenzel, Doris"), att(ME_WORK, "Yilmaz, Mehmet"),
                att(f"juergen.kraus@{B}", "Kraus, Jürgen"), att("priya.nair.eng@gmail.com", "Priya Nair")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("scorecard-block", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000099A7AABBA95EDB01000000000000000010000000A014",
        "Blocker: Bewertungsbögen Interviews ausfüllen", "20261209T113000", "20261209T120000", lang="de-DE",
        desc="Feedback zu Priya Nair + CAD-Test Petrović eintragen.",
        people=[], extra=ms_extra("OOF"))], OUTLOOK, method="PUBLISH"), U))

    a(neg("handtyped-note", "de", cal([ev(
        "7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D", "ich interviewe: Praktikantin (Ayşe D.) – Fragen aus Leitfaden",
        "20261215T090000", "20261215T094500", tz=None, desc="Raum Rems. Doris macht HR-Teil.", people=[])],
        IOS, method=None, tzs=()), U))

    a(neg("interview-training", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000AAB8BBCCAA5EDB01000000000000000010000000A016",
        "Schulung: Strukturierte Interviews führen (für Interviewer im Fachbereich)", "20261205T090000",
        "20261205T120000", lang="de-DE",
        desc="Pflichtschulung für alle, die in Auswahlgesprächen der Entwicklung als Interviewer mitwirken. "
             "Inhalte: AGG, Leitfaden, Bewertungsbogen.",
        loc="Schulungszentrum FEU 0.10",
        people=[org(f"personalentwicklung@{B}", "Personalentwicklung BZ"), att(ME_WORK, "Yilmaz, Mehmet"),
                att(f"juergen.kraus@{B}", "Kraus, Jürgen")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("gmail-candidate", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000BBC9CCDDAB5EDB01000000000000000010000000A017",
        "Bewerbungsgespräch Werkstudent Konstruktion", "20261216T140000", "20261216T144500", lang="de-DE",
        desc="Hallo Herr Aydın,\n\nwie telefonisch besprochen das Gespräch zu Ihrer Bewerbung als Werkstudent in "
             "unserer Konstruktion. Ich freue mich auf Sie.\n\nViele Grüße\nMehmet Yilmaz\n"
             "Brenner Zulieferteile GmbH",
        loc="Brenner Zulieferteile, Feuerbach, Pforte Tor 1",
        people=[org(ME_WORK, "Yilmaz, Mehmet"), att("baris.aydin2001@gmail.com", "Barış Aydın")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("fr-candidat", "fr", cal([ev(
        "040000008200E00074C5B7101A82E00800000000CCDADDEEAC5EDB01000000000000000010000000A018",
        "Entretien candidat stagiaire – Louis Girard (INSA Lyon)", "20261210T150000", "20261210T154500",
        lang="fr-FR",
        desc="Bonjour Louis,\n\nJe vous propose un entretien pour le stage en conception mécanique chez Brenner "
             "Zulieferteile. Je mènerai l'entretien avec ma collègue Doris Wenzel (RH).\n\nCordialement,\n"
             "Mehmet Yilmaz\n\n" + teams("fr", "ODkwMTIzNDU2Nzg5", "Fr8pLx"),
        people=[org(ME_WORK, "Yilmaz, Mehmet"), att("louis.girard@insa-lyon.fr", "Louis Girard"),
                att(f"doris.wenzel@{B}", "Wenzel, Doris")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("es-candidato", "es", cal([ev(
        "2d9e0f1a3b4c@brenner-zulieferteile.de", "Entrevista candidato prácticas – Pablo Serrano (UPC)",
        "20261211T110000", "20261211T114500", tz="Europe/Berlin",
        desc="Hola Pablo, te escribo desde Brenner Zulieferteile: soy quien te entrevistará para las prácticas "
             "en diseño mecánico. Nos vemos por Zoom.\nMehmet\n\n" + zoom("Mehmet Yilmaz", "83344556677",
                                                                         "QnJlbm5lcg", "es"),
        people=[org(ME_WORK, "Mehmet Yilmaz"), att("pablo.serrano.upc@gmail.com", "Pablo Serrano")])],
        "-//zoom.us//iCalendar Event//EN", tzs=("Europe/Berlin",)), U))

    a(neg("shadowing", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000DDEBEEFFAD5EDB01000000000000000010000000A020",
        "Hospitation: Interview Kandidatin Konstruktion (Mehmet als Beisitzer)", "20261217T130000",
        "20261217T140000", lang="de-DE",
        desc="Mehmet hospitiert beim Interview von Jürgen mit der Kandidatin Julia Brandl (Senior Konstrukteurin), "
             "um Interviewerfahrung zu sammeln.",
        people=[org(f"juergen.kraus@{B}", "Kraus, Jürgen"), att(ME_WORK, "Yilmaz, Mehmet", role="OPT-PARTICIPANT"),
                att("julia.brandl@outlook.de", "Julia Brandl")],
        extra=ms_extra())], OUTLOOK), U))

    a(neg("google-private-copy-panel", "en", cal([ev(
        "0q9w8e7r6t5y4u3i2o1p0a9s8d@google.com", "Brenner panel – I interview 2 junior engineers (copy)",
        "20261218T080000Z", "20261218T103000Z", tz=None,
        desc="Copied from work calendar. I'm on the panel, not a candidate. Candidates: Kim Vo, Lukas Stein.",
        people=[])], GOOGLE, method="PUBLISH", xwr="Europe/Berlin", tzs=()), U))

    return out
