"""train19: Laura Bianchi on the hiring side at Atelier Seefeld Architekten AG (all negatives)."""

from __future__ import annotations

from train19ev_ics import (
    ABACUS,
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    TEAMTAILOR,
    Ev,
    Item,
    Person,
    boiler,
    cal,
    hire,
    room,
)

W = "W. Europe Standard Time"
Z = "Europe/Zurich"


def items() -> list[Item]:
    out: list[Item] = []
    lw = Person(ME_WORK, "Bianchi Laura")
    keller = Person("m.keller@atelier-seefeld.ch", "Keller Martin")
    huber = Person("s.huber@atelier-seefeld.ch", "Huber Sibylle")
    sitz = room("sitzungszimmer@atelier-seefeld.ch", "Atelier Seefeld Sitzungszimmer")

    u = "AAMkAtelier-vg-praktikum-meier@atelier-seefeld.ch"
    e = Ev(u, "Vorstellungsgespräch Praktikum Architektur – Jonas Meier", "20261202T100000",
           "20261202T110000", W,
           description=("Hallo Jonas\n\nVielen Dank für deine Bewerbung für das Praktikum ab Februar. Wir "
                        "freuen uns, dich im Atelier kennenzulernen. Bitte bring dein Portfolio mit.\n\n"
                        "Liebe Grüsse\nLaura Bianchi\nArchitektin ETH\nAtelier Seefeld Architekten AG"),
           location="Atelier Seefeld, Seefeldstrasse 88, 8008 Zürich",
           organizer=Person(ME_WORK, "Bianchi Laura"),
           attendees=[Person("jonas.meier.arch@gmail.com", "Jonas Meier"), keller, sitz])
    out.append(hire("user-organises-candidate-gmail", "de", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "3C9D0E11-private-lea"
    e = Ev(u, "Interview Praktikantin Lea (Atelier)", "20261203T160000", "20261203T170000",
           description="Mappe anschauen, Fragen zu Rhino/Revit. Martin kommt dazu.")
    out.append(hire("private-handtyped-copy", "de", u, cal(IOS, [e])))

    u = "abarec-atelier-4412@abacus.ch"
    e = Ev(u, "Interviewplanung: Zeichnerin EFZ Fachrichtung Architektur – Nina Keller", "20261207T140000",
           "20261207T150000", W,
           description=("Sie wurden als Interviewerin eingeplant.\n\nStelle: Zeichner/in EFZ Architektur "
                        "(Lehrstelle 2027)\nBewerberin: Nina Keller\nInterviewer: Laura Bianchi, Sibylle Huber\n"
                        "Bewertungsbogen: im AbaRecruiting-Portal unter «Meine Interviews»\n\nDiese Nachricht "
                        "wurde automatisch von AbaRecruiting erstellt."),
           location="Atelier Seefeld, Sitzungszimmer",
           organizer=Person("recruiting@atelier-seefeld.ch", "Atelier Seefeld Recruiting"),
           attendees=[lw, huber, sitz])
    out.append(hire("ats-abacus-interviewer-assignment", "de", u, cal(ABACUS, [e], "REQUEST")))

    u = "AAMkAtelier-wg-lernende@atelier-seefeld.ch"
    e = Ev(u, "WG: Vorstellungsgespräch Lernende Zeichnerin – Aylin Demir", "20261209T083000",
           "20261209T093000", W,
           description=("-----Ursprüngliche Nachricht-----\nVon: Huber Sibylle\nGesendet: Montag, 30. November "
                        "2026 09:12\nAn: Demir Aylin; Bianchi Laura\nBetreff: Vorstellungsgespräch Lernende "
                        "Zeichnerin\n\nLiebe Aylin\nWir laden dich herzlich zum Gespräch ein. Laura Bianchi "
                        "(Berufsbildnerin) und ich freuen uns auf dich.\nSibylle Huber, Administration"),
           organizer=Person(ME_WORK, "Bianchi Laura"),
           attendees=[Person(ME_PRIVATE, "Laura Bianchi")])
    out.append(hire("forwarded-to-private", "de", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "atelier-portfolio-roux@atelier-seefeld.ch"
    e = Ev(u, "Revue de portfolio – candidature stage, Camille Roux", "20261208T150000", "20261208T160000", W,
           description=("Bonjour Camille,\n\nmerci pour ta candidature au stage chez Atelier Seefeld. Je te "
                        "propose de passer en revue ton portfolio ensemble par Teams.\n\nLaura\n\n"
                        + boiler("teams_fr", "310", "OWYx", "cR4t")),
           organizer=Person(ME_WORK, "Bianchi Laura"),
           attendees=[Person("camille.roux@etu.unige.ch", "Camille Roux")])
    out.append(hire("portfolio-review-fr-student", "fr", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "calendly-host-atelier-7741@calendly.com"
    e = Ev(u, "Portfolio-Gespräch Praktikum (Atelier Seefeld) zwischen Laura Bianchi und Noemi Wyss",
           "20261210T090000Z", "20261210T093000Z",
           description=("Event-Typ: Portfolio-Gespräch Praktikum (30 Min)\n\nEingeladen: Noemi Wyss "
                        "(noemi.wyss@hotmail.com)\nAntworten: Ich studiere im 5. Semester an der ZHAW und "
                        "bewerbe mich für das Praktikum Sommer 2027.\n\nOrt: Atelier Seefeld, Seefeldstrasse "
                        "88\n\nPowered by Calendly.com"),
           organizer=Person(ME_WORK, "Laura Bianchi"),
           attendees=[Person("noemi.wyss@hotmail.com", "Noemi Wyss"),
                      Person(ME_WORK, "Laura Bianchi", partstat="ACCEPTED", rsvp=False)])
    out.append(hire("calendly-user-host", "de", u, cal(CALENDLY, [e], "REQUEST")))

    u = "baupersonal-kandidat-9901@baupersonal.ch"
    e = Ev(u, "Kandidatenvorstellung: Marco Bernasconi (Hochbauzeichner EFZ) – Atelier Seefeld",
           "20261211T100000", "20261211T110000", W,
           description=("Liebe Frau Bianchi\n\nwie besprochen stelle ich Ihnen unseren Kandidaten Marco "
                        "Bernasconi für Ihre offene Stelle als Hochbauzeichner vor. Dossier im Anhang.\n\n"
                        "Freundliche Grüsse\nMelanie Gut\nBaupersonal Zürich AG"),
           location="Atelier Seefeld Architekten AG, Zürich",
           organizer=Person("m.gut@baupersonal.ch", "Melanie Gut"),
           attendees=[lw, Person("marco.bernasconi@bluemail.ch", "Marco Bernasconi")])
    out.append(hire("agency-sends-candidate", "de", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "atelier-eth-praktikum@atelier-seefeld.ch"
    e = Ev(u, "Praktikumsinterview ETH – Tim Odermatt", "20261214T110000", "20261214T114500", Z,
           description=("Tim (MSc Architektur, ETH) – Interview für das Praktikum im Wettbewerbsteam. "
                        "Fragen vorbereiten: Holzbau, Handskizzen.\n\n" + boiler("zoom_de", "6630021", "T2x",
                                                                                 "557102")),
           organizer=Person(ME_WORK, "Laura Bianchi"),
           attendees=[Person("todermatt@student.ethz.ch", "Tim Odermatt"), Person(ME_WORK, "Laura Bianchi",
                                                                                 partstat="ACCEPTED")])
    out.append(hire("university-candidate", "de", u, cal(GOOGLE, [e], "REQUEST")))

    u = "atelier-slot-bewerbungen-2027@atelier-seefeld.ch"
    base = Ev(u, "Bewerbungsgespräche Praktikum (Slot)", "20261201T160000", "20261201T170000", W,
              description="Wöchentlicher Slot für Gespräche mit Praktikumsbewerber:innen. Laura + Martin.",
              organizer=Person(ME_WORK, "Bianchi Laura"), attendees=[keller, sitz],
              rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6")
    ov = Ev(u, "Bewerbungsgespräche Praktikum (Slot) – heute mit Sara Kälin", "20261208T170000",
            "20261208T180000", W, description="Verschoben wegen Bauherrensitzung. Kandidatin: Sara Kälin.",
            organizer=Person(ME_WORK, "Bianchi Laura"), attendees=[keller, sitz],
            recurrence_id="20261208T160000", sequence=1)
    out.append(hire("recurring-slot-override", "de", u, cal(OUTLOOK, [base, ov], "REQUEST")))

    u = "AAMkAtelier-abgesagt-brunner@atelier-seefeld.ch"
    e = Ev(u, "Abgesagt: Vorstellungsgespräch Praktikum – Luca Brunner", "20261204T140000",
           "20261204T150000", W,
           description="Der Kandidat hat eine andere Stelle angenommen. Gespräch entfällt.",
           organizer=Person(ME_WORK, "Bianchi Laura"),
           attendees=[Person("luca.brunner@gmx.ch", "Luca Brunner"), keller], status="CANCELLED", sequence=1)
    out.append(hire("cancelled-candidate", "de", u, cal(OUTLOOK, [e], "CANCEL")))

    u = "atelier-debrief-fs27@atelier-seefeld.ch"
    e = Ev(u, "Nachbesprechung Bewerbungen Praktikum FS27", "20261215T120000", "20261215T123000", W,
           description="Kurze Runde: Meier, Wyss, Odermatt – wer bekommt eine Zusage? Bewertungsbögen mitnehmen.",
           organizer=Person("m.keller@atelier-seefeld.ch", "Keller Martin"), attendees=[lw, huber])
    out.append(hire("debrief", "de", u, cal(EXCHANGE, [e], "REQUEST")))

    u = "9E1B-note-sara"
    e = Ev(u, "Gespräch mit Praktikumsbewerberin Sara – Mappe mitnehmen", "20261208T170000",
           "20261208T180000", description="ich führe das Gespräch, Martin nur kurz am Schluss")
    out.append(hire("first-person-note", "de", u, cal(APPLE, [e])))

    u = "AAMkAtelier-2gespraech-demir@atelier-seefeld.ch"
    e = Ev(u, "Interview: Lernende Zeichnerin EFZ – 2. Gespräch (Aylin Demir)", "20261216T133000",
           "20261216T143000", W,
           description="Zweites Gespräch mit Aylin und ihren Eltern. Ablauf: Rundgang, Fragen, Schnupperaufgabe.",
           organizer=huber, attendees=[lw, Person("aylin.demir08@gmail.com", "Aylin Demir"), sitz])
    out.append(hire("second-round-candidate", "de", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "atelier-entrevista-ruiz@atelier-seefeld.ch"
    e = Ev(u, "Entrevista prácticas – Tomás Ruiz (Atelier Seefeld, Zúrich)", "20261209T160000Z",
           "20261209T164500Z",
           description=("Hola Tomás:\n\nGracias por tu candidatura a las prácticas en nuestro estudio. Te "
                        "propongo una videollamada para revisar tu portfolio.\n\nUn saludo,\nLaura Bianchi\n\n"
                        + boiler("meet_es", "118", "atl-sfdd-ruz", "220 118")),
           organizer=Person(ME_WORK, "Laura Bianchi"),
           attendees=[Person("tomas.ruiz.arq@gmail.com", "Tomás Ruiz")])
    out.append(hire("spanish-intern-candidate", "es", u, cal(GOOGLE, [e], "REQUEST")))

    u = "atelier-schnuppertag-elias@atelier-seefeld.ch"
    e = Ev(u, "Schnuppertag Lernender Zeichner – Elias Frei", "20261217", "20261218",
           description="Elias schnuppert einen Tag. Ich betreue ihn und fülle danach den Beurteilungsbogen aus.",
           organizer=Person(ME_WORK, "Bianchi Laura"), attendees=[Person("familie.frei@bluewin.ch",
                                                                        "Familie Frei")],
           transp="TRANSPARENT")
    out.append(hire("trial-day-she-assesses", "de", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "atelier-bewertung-block@atelier-seefeld.ch"
    e = Ev(u, "Bewertungsbögen ausfüllen – Praktikumsbewerbungen", "20261211T163000", "20261211T170000", W,
           description="Blocker: Scorecards für Meier, Wyss und Odermatt im AbaRecruiting erfassen.",
           organizer=Person(ME_WORK, "Bianchi Laura"))
    out.append(hire("scorecard-block", "de", u, cal(OUTLOOK, [e])))

    u = "atelier-hr-private-invite@atelier-seefeld.ch"
    e = Ev(u, "Vorstellungsgespräch Zeichner – kannst du dabei sein?", "20261218T100000", "20261218T110000", W,
           description=("Hoi Laura, schicke dir das an die private Adresse, weil dein Outlook spinnt. "
                        "Kandidat: Reto Gisler, Bewerbung als Zeichner EFZ. Du führst den fachlichen Teil.\n"
                        "Gruss Sibylle"),
           organizer=huber, attendees=[Person(ME_PRIVATE, "laura.bianchi@bluewin.ch"),
                                       Person("reto.gisler@sunrise.ch", "Reto Gisler")])
    out.append(hire("hr-invites-private-address", "de", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "atelier-entretien-morel@atelier-seefeld.ch"
    e = Ev(u, "Entretien stagiaire – Léa Morel (HEPIA)", "20261210T140000", "20261210T150000", W,
           description=("Bonjour Léa,\n\nsuite à ta candidature spontanée, Martin Keller et moi aimerions "
                        "faire ta connaissance.\n\nCordialement\nLaura Bianchi, architecte\nAtelier Seefeld\n\n"
                        + boiler("teams_fr", "902", "NjQ4", "Wq9s")),
           organizer=Person(ME_WORK, "Bianchi Laura"),
           attendees=[Person("lea.morel@hes-so.ch", "Léa Morel"), keller])
    out.append(hire("fr-intern-candidate", "fr", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "tt-atelier-5520@teamtailor.com"
    e = Ev(u, "Interview with Noah Frei for Praktikant:in Architektur", "20261214T150000Z", "20261214T154500Z",
           description=("You have been added as an interviewer.\n\nCandidate: Noah Frei\nJob: Praktikant:in "
                        "Architektur – Atelier Seefeld Architekten AG\nInterviewers: Laura Bianchi, Martin "
                        "Keller\n\nOpen the interview kit in Teamtailor to leave your rating."),
           organizer=Person("noreply@teamtailor.com", "Atelier Seefeld Architekten"),
           attendees=[lw, keller, Person("noah.frei@outlook.com", "Noah Frei")])
    out.append(hire("ats-teamtailor-interviewer", "en", u, cal(TEAMTAILOR, [e], "REQUEST")))

    u = "atelier-hiring-sync-en@atelier-seefeld.ch"
    e = Ev(u, "Hiring sync – draughtsperson role (shortlist)", "20261207T083000", "20261207T090000", W,
           description=("Partners + Laura: agree shortlist for the draughtsperson vacancy, who interviews whom "
                        "next week. Candidate CVs in the shared folder."),
           organizer=keller, attendees=[lw, Person("r.baumgartner@atelier-seefeld.ch", "Baumgartner Regula")])
    out.append(hire("hiring-sync-en", "en", u, cal(OUTLOOK, [e], "REQUEST")))

    u = "D7A2-lunch-candidate"
    e = Ev(u, "Lunch w/ applicant Sofia Conti (intern) – Seefeld Quai", "20261222T120000", "20261222T133000",
           Z, description="Informal lunch after her interview with us; Martin pays. Ask about availability.")
    out.append(hire("lunch-with-applicant", "en", u, cal(GOOGLE, [e], xwr="Europe/Zurich")))

    u = "copy-atelier-erasmus-0221@google.com"
    e = Ev(u, "Copy of: Candidate interview – Part 2 architecture intern (Erasmus applicant, Delft)",
           "20261217T100000Z", "20261217T104500Z",
           description=("Copied from my work calendar. I lead this one: ask Pieter about his Delft housing "
                        "project and availability from March. Martin joins for the last 10 min.\n\n"
                        "Original organizer: l.bianchi@atelier-seefeld.ch\nCandidate: pieter.devries@tudelft.nl"),
           organizer=Person(ME_PRIVATE, "Laura Bianchi"))
    out.append(hire("private-google-copy-en", "en", u, cal(GOOGLE, [e], xwr="Europe/Zurich")))
    return out
