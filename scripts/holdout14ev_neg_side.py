"""holdout14: events where Tobias sits on the interviewer's side at Stadtwerke Kiel (all negative)."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    ME_WORK,
    P_APPLE,
    P_BOOKINGS,
    P_CALENDLY,
    P_EXCHANGE,
    P_GOOGLE,
    P_OUTLOOK,
    P_PERSONIO,
    P_SOFTGARDEN,
    Item,
    cal,
    meet,
    olson,
    org,
    teams,
    vevent,
    who,
    windows,
)

WE = "W. Europe Standard Time"
HR = "bewerbermanagement@stadtwerke-kiel.de"
UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def neg(kind: str, lang: str, text: str, uid: str) -> Item:
    """Given a kind, language, text and UID returns a negative item."""
    return Item(kind, lang, text, uid, False)


def items() -> list[Item]:
    """Given nothing returns the user-as-interviewer events."""
    out: list[Item] = []

    uid = "040000008200E00074C5B7101A82E00800000000SWK0001A5DDB01000000000000000010000000SW01"
    ev = vevent(uid, "Vorstellungsgespräch Fachkraft für Schutz und Sicherheit – Herr Emre Yilmaz", "20261202T090000",
                "20261202T100000", WE,
                desc=("Liebe Kolleginnen und Kollegen,\n\nanbei der Termin für das Vorstellungsgespräch mit Herrn "
                      "Yilmaz (Bewerbung Nr. 2026-0871, Fachkraft für Schutz und Sicherheit, Werkschutz Hafen). "
                      "Lebenslauf und Bewertungsbogen liegen im Bewerberportal.\n\nViele Grüße\nIhre "
                      "Personalabteilung"),
                loc="Stadtwerke Kiel, Verwaltung Raum 3.14",
                lines=[org(HR, "Bewerbermanagement Stadtwerke Kiel"), who(ME_WORK, "Krüger, Tobias"),
                       who("s.petersen@stadtwerke-kiel.de", "Petersen, Sönke", quote=True),
                       who("emre.yilmaz93@gmail.com", "Emre Yilmaz"),
                       who("raum314@stadtwerke-kiel.de", "Raum 3.14", cutype="ROOM", role="NON-PARTICIPANT",
                           rsvp=False)])
    out.append(neg("side-hr-invite", "de", cal(P_EXCHANGE, [ev], zones=(windows(WE),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0002B5DDB01000000000000000010000000SW02"
    ev = vevent(uid, "Auswahlkommission Werkschutz – Bewerbungsgespräche Tag 1 (mit Betriebsrat)", "20261208T080000",
                "20261208T160000", UTC1,
                desc=("Auswahlkommission: T. Krüger (Fachbereich Sicherheit), H. Lorenzen (Personal), M. Gotthardt "
                      "(Betriebsrat), R. Albers (Schwerbehindertenvertretung)\n\n08:00 Kandidat 1\n09:15 Kandidatin 2"
                      "\n10:30 Kandidat 3\n13:00 Kandidatin 4\n14:15 Kandidat 5\nAnschließend Abstimmung der "
                      "Bewertungen."),
                loc="Großer Sitzungssaal",
                lines=[org("h.lorenzen@stadtwerke-kiel.de", "Lorenzen, Heike"), who(ME_WORK, "Krüger, Tobias"),
                       who("m.gotthardt@stadtwerke-kiel.de", "Gotthardt, Maren (Betriebsrat)", quote=True),
                       who("r.albers@stadtwerke-kiel.de", "Albers, Rainer", quote=True),
                       who("sitzungssaal@stadtwerke-kiel.de", "Großer Sitzungssaal", cutype="ROOM",
                           role="NON-PARTICIPANT", rsvp=False)])
    out.append(neg("side-selection-board", "de", cal(P_OUTLOOK, [ev], zones=(windows(UTC1),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0003C5DDB01000000000000000010000000SW03"
    ev = vevent(uid, "Standortbegehung mit Bewerberin Frau Petersen (Leitstelle)", "20261209T133000",
                "20261209T150000", WE,
                desc=("Hallo Tobias,\nkannst du mit Frau Petersen nach ihrem Gespräch die Runde über das "
                      "Heizkraftwerk und die Leitstelle machen? Sie bewirbt sich als Leitstellendisponentin. "
                      "Besucherausweis liegt an der Pforte.\nDanke, Heike"),
                loc="Pforte Nord, Heizkraftwerk Kiel",
                lines=[org("h.lorenzen@stadtwerke-kiel.de", "Lorenzen, Heike"), who(ME_WORK, "Krüger, Tobias"),
                       who("jule.petersen@web.de", "Jule Petersen")])
    out.append(neg("side-site-walk", "de", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "azubi-auswahltag-2027-ssk@stadtwerke-kiel.de"
    ev = vevent(uid, "Azubi-Auswahltag Fachkraft Schutz & Sicherheit (Ausbildungsstart 2027)", "20270113",
                "20270114", "DATE",
                desc=("Auswahltag für 12 Bewerberinnen und Bewerber: Begrüßung, schriftlicher Test, "
                      "Gruppenaufgabe, Einzelgespräche. Jury: Ausbildungsleitung (F. Thießen), T. Krüger, "
                      "Jugend- und Auszubildendenvertretung."),
                loc="Ausbildungszentrum, Uhlenkrog 32",
                lines=[org("f.thiessen@stadtwerke-kiel.de", "Frauke Thießen"), who(ME_WORK, "Tobias Krüger"),
                       who("jav@stadtwerke-kiel.de", "JAV Stadtwerke Kiel")])
    out.append(neg("side-apprentice-day", "de", cal(P_OUTLOOK, [ev]), uid))

    uid = "serie-bewerbergespraeche-sicherheitsdienst@stadtwerke-kiel.de"
    series = vevent(uid, "Bewerbergespräche Sicherheitsdienst (Slot)", "20261201T140000", "20261201T153000",
                    "Europe/Berlin",
                    desc="Geblockter Slot für Bewerbergespräche im Sicherheitsdienst. Termine trägt die "
                         "Personalabteilung ein.",
                    loc="Raum 3.14",
                    lines=[org(ME_WORK, "Krüger, Tobias"), "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8"])
    moved = vevent(uid, "Bewerbergespräche Sicherheitsdienst (Slot) – heute Raum 2.05", "20261222T100000",
                   "20261222T113000", "Europe/Berlin", seq=1, loc="Raum 2.05",
                   lines=[org(ME_WORK, "Krüger, Tobias"), "RECURRENCE-ID;TZID=Europe/Berlin:20261222T140000"])
    out.append(neg("side-recurring-slot", "de", cal(P_OUTLOOK, [series, moved], method="",
                                                     zones=(olson("Europe/Berlin"),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0006F5DDB01000000000000000010000000SW06"
    ev = vevent(uid, "Abgesagt: Vorstellungsgespräch Sicherheitsmitarbeiter – Herr Kowalczyk", "20261210T110000",
                "20261210T120000", WE, seq=1, status="CANCELLED",
                desc="Der Bewerber hat seine Bewerbung zurückgezogen. Der Termin entfällt.",
                lines=[org(HR, "Bewerbermanagement Stadtwerke Kiel"), who(ME_WORK, "Krüger, Tobias"),
                       who("p.kowalczyk@gmx.de", "Piotr Kowalczyk")])
    out.append(neg("side-cancelled", "de", cal(P_EXCHANGE, [ev], method="CANCEL", zones=(windows(WE),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0007A5DDB01000000000000000010000000SW07"
    ev = vevent(uid, "Kennenlerngespräch – Stelle Sicherheitsmitarbeiter/in – Stadtwerke Kiel", "20261204T130000",
                "20261204T140000", WE,
                desc=("Hallo Herr Hein,\n\nvielen Dank für Ihre Bewerbung. Gern lade ich Sie zu einem ersten "
                      "Kennenlerngespräch per Teams ein.\n\nMit freundlichen Grüßen\nTobias Krüger\n"
                      "Sicherheitskoordinator, Stadtwerke Kiel AG\n\n"
                      + teams("de", "SGVpbjIwMjYtMTI0", "377 100 228 904")),
                lines=[org(ME_WORK, "Krüger, Tobias"), who("jonas.hein@gmx.net", "Jonas Hein")])
    out.append(neg("side-user-invites-gmx", "de", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "F1E2D3C4-B5A6-4978-8695-OLSENNOTIZ"
    ev = vevent(uid, "Bewerber Hr. Olsen interviewen 10h – Fragen ausdrucken!", "20261211T100000", "20261211T110000",
                "")
    out.append(neg("side-first-person-note", "de", cal(P_APPLE, [ev], method=""), uid))

    uid = "sg-5521877-interviewer-2@softgarden.io"
    ev = vevent(uid, "Interview: Lena Kowalski – Sicherheitsfachkraft (m/w/d)", "20261215T090000", "20261215T100000",
                "Europe/Berlin",
                desc=("Sie wurden als Interviewer:in für folgendes Gespräch eingeplant.\n\nKandidatin: Lena "
                      "Kowalski\nStelle: Sicherheitsfachkraft (m/w/d), Stadtwerke Kiel AG\nBewertungsbogen: "
                      "https://stadtwerke-kiel.softgarden.io/evaluation/5521877\n\nBitte füllen Sie die Bewertung "
                      "innerhalb von 24 Stunden nach dem Gespräch aus."),
                loc="Stadtwerke Kiel, Raum 3.14",
                lines=[org("noreply@softgarden.io", "Stadtwerke Kiel via softgarden"), who(ME_WORK, "Tobias Krüger"),
                       who("h.lorenzen@stadtwerke-kiel.de", "Heike Lorenzen")])
    out.append(neg("side-softgarden-interviewer", "de", cal(P_SOFTGARDEN, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0010D5DDB01000000000000000010000000SW10"
    ev = vevent(uid, "Nachbesprechung Bewerbungsgespräche Werkschutz mit BR", "20261208T161500", "20261208T170000",
                WE, desc="Abgleich der Bewertungsbögen, Rangfolge, Vorschlag an die Geschäftsführung.",
                lines=[org("h.lorenzen@stadtwerke-kiel.de", "Lorenzen, Heike"), who(ME_WORK, "Krüger, Tobias"),
                       who("m.gotthardt@stadtwerke-kiel.de", "Gotthardt, Maren", quote=True)])
    out.append(neg("side-debrief", "de", cal(P_OUTLOOK, [ev]), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0011E5DDB01000000000000000010000000SW11"
    ev = vevent(uid, "Schulung: Strukturierte Interviews & AGG für Auswahlkommissionen", "20261203T130000",
                "20261203T163000", WE,
                desc=("Pflichtschulung für alle Mitglieder von Auswahlkommissionen: Interviewleitfäden, "
                      "Beurteilungsfehler, Allgemeines Gleichbehandlungsgesetz, Rolle des Betriebsrats."),
                loc="Schulungsraum 1",
                lines=[org("personalentwicklung@stadtwerke-kiel.de", "Personalentwicklung"),
                       who(ME_WORK, "Krüger, Tobias"), who("s.petersen@stadtwerke-kiel.de", "Petersen, Sönke",
                                                          quote=True)])
    out.append(neg("side-interviewer-training", "de", cal(P_EXCHANGE, [ev], zones=(windows(WE),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0012F5DDB01000000000000000010000000SW12"
    ev = vevent(uid, "Interview – Security Analyst (OT) – Stadtwerke Kiel", "20261207T100000", "20261207T110000",
                WE,
                desc=("Dear Ms Andersen,\n\nthank you for applying for the Security Analyst (OT) position. I'm happy "
                      "to invite you to an interview via Teams together with our IT security lead Dirk Vogt.\n\n"
                      "Best regards\nTobias Krüger\nSecurity Coordinator, Stadtwerke Kiel AG\n\n"
                      + teams("en", "QW5kZXJzZW4yMDI2", "312 118 772 650")),
                lines=[org(ME_WORK, "Krüger, Tobias"), who("sofie.andersen@outlook.dk", "Sofie Andersen"),
                       who("d.vogt@stadtwerke-kiel.de", "Vogt, Dirk", quote=True)])
    out.append(neg("side-user-invites-en", "en", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "securus-kv-3310@securus-personal.de"
    ev = vevent(uid, "Kandidatenvorstellung: Herr M. Brandt (Werkschutz, über Securus Personal)", "20261216T100000",
                "20261216T110000", "Europe/Berlin",
                desc=("Sehr geehrter Herr Krüger,\n\nwie besprochen stellen wir Ihnen unseren Kandidaten Herrn Mirko "
                      "Brandt für die vakante Stelle im Werkschutz vor. Profil anbei. Herr Brandt kommt zu Ihnen "
                      "in die Verwaltung.\n\nMit freundlichen Grüßen\nMarkus Jepsen, Securus Personal GmbH"),
                loc="Stadtwerke Kiel, Verwaltung",
                lines=[org("m.jepsen@securus-personal.de", "Markus Jepsen (Securus Personal)"),
                       who(ME_WORK, "Tobias Krüger"), who("mirko.brandt@t-online.de", "Mirko Brandt")])
    out.append(neg("side-agency-sends-candidate", "de", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "calendly-0c9d8e7f-host-tobias-hein"
    ev = vevent(uid, "Bewerbergespräch Sicherheitsdienst zwischen Tobias Krüger und Arne Sievers", "20261205T080000",
                "20261205T083000", "Z",
                desc=("Event Name: Bewerbergespräch Sicherheitsdienst\n\nLocation: Telefon – Tobias Krüger ruft an.\n\n"
                      "Invitee: Arne Sievers\nInvitee Email: arne.sievers@posteo.de\n\nQuestions: Für welche Stelle "
                      "haben Sie sich beworben? – Sicherheitsmitarbeiter Nachtdienst\n\nPowered by Calendly.com"),
                lines=[org(ME_WORK, "Tobias Krüger"), who(ME_WORK, "Tobias Krüger", partstat="ACCEPTED"),
                       who("arne.sievers@posteo.de", "Arne Sievers", partstat="ACCEPTED")])
    out.append(neg("side-calendly-host", "de", cal(P_CALENDLY, [ev]), uid))

    uid = "bookings-swk-bewerbung-8e21-4aa0@stadtwerke-kiel.de"
    ev = vevent(uid, "Stadtwerke Kiel Bewerbungsgespräch – Ausbildung Elektroniker/in Betriebstechnik",
                "20261217T083000", "20261217T090000", "Z",
                desc=("Neue Buchung\n\nDienst: Bewerbungsgespräch Ausbildung\nMitarbeiter: Tobias Krüger\nKunde: "
                      "Leonie Brandt (leonie.brandt07@gmail.com)\nNotizen: Schülerin, Abschluss 2027"),
                loc="Ausbildungszentrum Uhlenkrog",
                lines=[org("Ausbildung@stadtwerke-kiel.de", "Ausbildung Stadtwerke Kiel"),
                       who(ME_WORK, "Tobias Krüger"),
                       who("leonie.brandt07@gmail.com", "Leonie Brandt")])
    out.append(neg("side-bookings-staff", "de", cal(P_BOOKINGS, [ev]), uid))

    uid = "E0D1C2B3-A4F5-4E6D-7C8B-BEWERTUNG"
    ev = vevent(uid, "Bewertungsbögen Azubi-Auswahl ausfüllen + an Fr. Thießen", "20270114T080000",
                "20270114T090000", "Europe/Berlin")
    out.append(neg("side-scoring", "de", cal(P_APPLE, [ev], method="", zones=(olson("Europe/Berlin"),)), uid))

    uid = "personio-swk-panel-81733@stadtwerke-kiel.de"
    ev = vevent(uid, "Panel interview – Apprentice IT security, candidate: Aylin Demir", "20261218T140000",
                "20261218T144500", "Europe/Berlin",
                desc=("Panel: Tobias Krüger (Security), Dirk Vogt (IT), Maren Gotthardt (works council). Candidate "
                      "CV and interview guide attached in Personio. Please submit your rating in Personio after "
                      "the interview."),
                loc="Raum 3.14",
                lines=[org("personal@stadtwerke-kiel.de", "Personal Stadtwerke Kiel"), who(ME_WORK, "Tobias Krüger"),
                       who("d.vogt@stadtwerke-kiel.de", "Dirk Vogt"),
                       who("m.gotthardt@stadtwerke-kiel.de", "Maren Gotthardt")])
    out.append(neg("side-personio-panel", "en", cal(P_PERSONIO, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0018G5DDB01000000000000000010000000SW18"
    ev = vevent(uid, "Entretien candidat – stage sûreté (Erasmus) – Mme Garnier", "20261210T150000",
                "20261210T154500", WE,
                desc=("Bonjour Madame Garnier,\n\nSuite à votre candidature pour le stage en sûreté industrielle chez "
                      "Stadtwerke Kiel, je vous propose un entretien en visio.\n\nCordialement,\nTobias Krüger\n\n"
                      + teams("fr", "R2FybmllcjIwMjY", "355 201 664 908")),
                lines=[org(ME_WORK, "Krüger, Tobias"), who("chloe.garnier@orange.fr", "Chloé Garnier")])
    out.append(neg("side-user-invites-fr", "fr", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "7a9c1e3g5i7k9m1o3q5s7u9w1y@google.com"
    ev = vevent(uid, "Entrevista con candidata Erasmus+ (prácticas seguridad) – Stadtwerke Kiel", "20261211T160000",
                "20261211T163000", "Europe/Berlin",
                desc=("Hola Lucía, te escribo desde Stadtwerke Kiel sobre tu solicitud de prácticas Erasmus+ en "
                      "nuestro departamento de seguridad. Te entrevistaré yo mismo, Tobias Krüger (coordinador de "
                      "seguridad).\n\n" + meet("es", "rno-jskv-qtz")),
                lines=[org(ME_PRIV, "Tobias Krüger"), who(ME_PRIV, "Tobias Krüger", partstat="ACCEPTED"),
                       who("lucia.mendizabal@ehu.eus", "Lucía Mendizabal"),
                       who(ME_WORK, "Tobias Krüger (Stadtwerke)", role="OPT-PARTICIPANT")])
    out.append(neg("side-user-invites-es", "es", cal(P_GOOGLE, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0020H5DDB01000000000000000010000000SW20"
    ev = vevent(uid, "Probeschicht Bewerber Nowak – begleiten (Nachtdienst Pforte)", "20261219T220000",
                "20261220T060000", WE,
                desc="Herr Nowak (Bewerber Sicherheitsdienst) läuft eine Probeschicht mit. Tobias begleitet und "
                     "gibt danach Feedback an die Personalabteilung.",
                loc="Pforte Süd",
                lines=[org("s.petersen@stadtwerke-kiel.de", "Petersen, Sönke"), who(ME_WORK, "Krüger, Tobias")])
    out.append(neg("side-trial-shift", "de", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000SWK0021I5DDB01000000000000000010000000SW21"
    ev = vevent(uid, "Vorstellungsgespräch Leitung Konzernsicherheit – Kandidat Dr. Albers", "20261217T140000",
                "20261217T153000", WE,
                desc=("Hallo Herr Krüger,\n\nder Geschäftsführer bittet Sie, als Fachvertreter Sicherheit am "
                      "Vorstellungsgespräch mit dem externen Kandidaten Dr. Jan Albers (Leitung Konzernsicherheit) "
                      "teilzunehmen und Fragen zu KRITIS und Werkschutz zu stellen.\n\nPersonalabteilung"),
                loc="Raum 5.02 (Geschäftsführung)",
                lines=[org("h.lorenzen@stadtwerke-kiel.de", "Lorenzen, Heike"),
                       who("c.baumann@stadtwerke-kiel.de", "Baumann, Dr. Christoph", quote=True),
                       who(ME_WORK, "Krüger, Tobias"), who("jan.albers@albers-consult.de", "Dr. Jan Albers")])
    out.append(neg("side-panel-senior-role", "de", cal(P_EXCHANGE, [ev], zones=(windows(WE),)), uid))
    return out
