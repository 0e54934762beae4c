"""holdout16: Daniel on the hiring side at Kingsway Academy (negatives; one hand-made event each)."""

from __future__ import annotations

from holdout16ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    OUTLOOK16,
    A,
    Ev,
    Item,
    calendar,
    item,
    teams,
    zoom,
)

W = A(ME_WORK, "Daniel Adeyemi")
HR = ("hr@kingsway-academy.org.uk", "Kingsway Academy HR")


def _neg(kind: str, lang: str, ics: str, uid: str) -> Item:
    return item(kind, lang, ics, uid, False)


def events() -> list[Item]:
    """Given nothing, returns the user-as-interviewer events."""
    out: list[Item] = []

    u = "ka-apprentice-int-01"
    out.append(_neg("user-as-interviewer-apprentice", "en", calendar(OUTLOOK, [Ev(
        u, "IT Apprentice interview - Callum Reid", "20261202T141500", 30, tz="GMT Standard Time", style="win",
        organizer=HR, attendees=[W, A("callumreid2008@gmail.com", "Callum Reid"),
                                 A("b.foster@kingsway-academy.org.uk", "Foster, Beverley")],
        description="Daniel - you and Bev are on the panel for the Level 3 IT apprentice post. Candidate CV and "
        "question sheet attached. Please score on the form.", location="IT Office, Block C")]), u))

    u = "ka-tech-practical"
    out.append(_neg("user-as-interviewer-practical-test", "en", calendar(OUTLOOK16, [Ev(
        u, "Practical test - IT Technician applicants (x3)", "20261203T090000", 180, tz="GMT Standard Time",
        style="win", organizer=(ME_WORK, "Daniel Adeyemi"),
        attendees=[A("j.patel@kingsway-academy.org.uk", "Patel, Jas"),
                   A("ict-suite-2@kingsway-academy.org.uk", "ICT Suite 2", cutype="ROOM", role="NON-PARTICIPANT")],
        description="Rebuild a laptop from the image, fix the printer fault, talk through a ticket. Jas to "
        "invigilate with me. Applicants arrive 9:00 / 10:00 / 11:00.", location="ICT Suite 2")]), u))

    u = "ka-support-panel-3"
    out.append(_neg("panel-member-support-staff", "en", calendar(OUTLOOK, [Ev(
        u, "Interviews: Exams Officer (support staff panel)", "20261208T130000", 180, tz="GMT Standard Time",
        style="win", organizer=("headteacher.pa@kingsway-academy.org.uk", "Office of the Headteacher"),
        attendees=[W, A("m.grant@kingsway-academy.org.uk", "Grant, Margaret"),
                   A("r.ahmed@kingsway-academy.org.uk", "Ahmed, Rukhsana")],
        description="Thank you for sitting on the panel. Three candidates. Safer recruitment question must be asked "
        "by the trained panel member (Margaret).", location="Meeting Room 1")]), u))

    u = "ka-note-first-person"
    out.append(_neg("first-person-note", "en", calendar(IOS, [Ev(
        u, "interviewing apprentice candidate 2 - Leah", "20261209T153000", 30, style="float",
        description="ask about the home network project on her CV")], method=""), u))

    u = "ka-calendly-host"
    out.append(_neg("host-calendly", "en", calendar("-//Calendly//Calendly Scheduling//EN", [Ev(
        u, "Technician applicant call: Marcus Bell and Daniel Adeyemi", "20261210T161500", 20, style="utc",
        organizer=(ME_WORK, "Daniel Adeyemi"),
        attendees=[A(ME_WORK, "Daniel Adeyemi", partstat="ACCEPTED"),
                   A("marcus.bell93@hotmail.co.uk", "Marcus Bell", partstat="ACCEPTED")],
        description="Event Name: Technician applicant call\nInvitee: Marcus Bell\nQuestions: Which post are you "
        "applying for? - IT Technician (term-time)\n\nPowered by Calendly.com")]), u))

    u = "ka-debrief"
    out.append(_neg("debrief", "en", calendar(OUTLOOK, [Ev(
        u, "Apprentice interviews – debrief & decision", "20261211T080000", 30, tz="GMT Standard Time", style="win",
        organizer=("b.foster@kingsway-academy.org.uk", "Foster, Beverley"), attendees=[W],
        description="Agree the scores and who we offer. References to be requested after.")]), u))

    u = "ka-agency-candidate"
    out.append(_neg("agency-sends-candidate", "en", calendar(GOOGLE, [Ev(
        u, "Interview: Priyesh Kaur for Kingsway Academy – IT Technician (Temp to Perm)", "20261215T110000", 45,
        tz="Europe/London", organizer=("sam@edutemps-midlands.co.uk", "Sam Holt"),
        attendees=[W, A("priyesh.kaur@yahoo.co.uk", "Priyesh Kaur")],
        description="Hi Daniel, as discussed I'm sending Priyesh to you for the technician vacancy. CV attached; "
        "he's available from January.", location="Kingsway Academy reception")], zones=("Europe/London",)), u))

    u = "ka-recurring-slot"
    s1 = Ev(u, "Apprentice interview slot (hold)", "20270105T153000", 60, tz="GMT Standard Time", style="win",
            rrule="FREQ=WEEKLY;COUNT=4", organizer=(ME_WORK, "Daniel Adeyemi"),
            description="Holding this slot for apprentice applicant interviews this half term.")
    s2 = Ev(u, "Apprentice interview slot (hold)", "20270114T130000", 60, tz="GMT Standard Time", style="win",
            recurrence_id="20270112T153000", sequence=1, organizer=(ME_WORK, "Daniel Adeyemi"),
            description="Moved: staff meeting on Tuesday.")
    out.append(_neg("interviewer-slot-recurring", "en", calendar(OUTLOOK16, [s1, s2], method=""), u))

    u = "ka-cancelled-candidate"
    out.append(_neg("user-as-interviewer-cancelled", "en", calendar(OUTLOOK, [Ev(
        u, "Canceled: Interview - Network Technician - Ellie Barnes", "20270107T100000", 45, tz="GMT Standard Time",
        style="win", status="CANCELLED", sequence=1, organizer=HR,
        attendees=[W, A("ellie.barnes@student.bcu.example.ac.uk", "Ellie Barnes")],
        description="Candidate has withdrawn.")], method="CANCEL"), u))

    u = "ka-de-bewerber"
    out.append(_neg("user-as-interviewer", "de", calendar(GOOGLE, [Ev(
        u, "Bewerbungsgespräch Azubi Fachinformatiker – Jonas Weber (Gastschüler-Austausch)", "20261216T100000",
        30, tz="Europe/Berlin", organizer=(ME_WORK, "Daniel Adeyemi"),
        attendees=[A("jonas.weber07@web.de", "Jonas Weber")],
        description="Ich führe das Gespräch mit Jonas für unseren Ausbildungsplatz in der IT der Kingsway Academy "
        "(Partnerprogramm mit der Schule in Leipzig). Fragen: Motivation, Hardware-Grundlagen.\n" +
        zoom("de", "821 7788 9900"))], zones=("Europe/Berlin",)), u))

    u = "ka-de-panel"
    out.append(_neg("panel-member", "de", calendar(OUTLOOK, [Ev(
        u, "Auswahlgespräche IT-Techniker (ich in der Kommission)", "20270111T090000", 120,
        tz="W. Europe Standard Time", style="win", organizer=(ME_WORK, "Adeyemi, Daniel"),
        attendees=[A("k.schulz@kingsway-academy.org.uk", "Schulz, Katja")],
        description="Notiz für mich: Katja (deutsche Partnerschule) sitzt mit in der Kommission; wir bewerten "
        "zwei Bewerber für die Technikerstelle bei uns.")]), u))

    u = "ka-de-probe"
    out.append(_neg("trial-shift-user-host", "de", calendar(APPLE, [Ev(
        u, "Probetag Bewerberin Lena Krause – ich betreue", "20270113T080000", 300, style="float",
        description="Lena (lena.krause@gmx.de) macht einen Probetag im IT-Team. Ich zeige ihr den Servicedesk.")],
        method=""), u))

    u = "ka-de-scorecard"
    out.append(_neg("scorecard", "de", calendar(GOOGLE, [Ev(
        u, "Bewertungsbögen ausfüllen – Bewerber IT-Azubi", "20270115T160000", 30, tz="Europe/Berlin",
        description="Bewertungsbögen der drei Bewerber für die Azubi-Stelle bis Freitag an HR.")], method="",
        zones=("Europe/Berlin",)), u))

    u = "ka-fr-candidat"
    out.append(_neg("user-as-interviewer", "fr", calendar(OUTLOOK16, [Ev(
        u, "Entretien candidat technicien informatique – Théo Marchand", "20261217T140000", 40,
        tz="GMT Standard Time", style="win", organizer=(ME_WORK, "Daniel Adeyemi"),
        attendees=[A("theo.marchand@laposte.net", "Théo Marchand")],
        description="Bonjour Théo, je vous propose un entretien pour le poste de technicien informatique à la "
        "Kingsway Academy (Birmingham). Je suis responsable technique et je mènerai l'entretien.\n\n" +
        teams("fr", "304 552 119 870", "Km3Dx"))]), u))

    u = "ka-fr-jury"
    out.append(_neg("panel-member", "fr", calendar(GOOGLE, [Ev(
        u, "Jury d'entretiens – apprentis informatique (je suis membre du jury)", "20270108T093000", 150,
        tz="Europe/London", organizer=HR, attendees=[W],
        description="Trois candidats à l'apprentissage. Grille d'évaluation jointe.")], zones=("Europe/London",)),
        u))

    u = "ka-fr-debrief"
    out.append(_neg("debrief", "fr", calendar(IOS, [Ev(
        u, "Débrief candidats technicien avec Bev", "20270119T083000", 20, style="float")], method=""), u))

    u = "ka-fr-formation"
    out.append(_neg("interviewer-training", "fr", calendar(OUTLOOK, [Ev(
        u, "Formation recrutement sécurisé (pour les membres de jury)", "20270120T133000", 120,
        tz="GMT Standard Time", style="win", organizer=HR, attendees=[W],
        description="Formation obligatoire pour les personnels qui mènent des entretiens d'embauche à l'académie.")]),
        u))

    u = "ka-es-candidato"
    out.append(_neg("user-as-interviewer", "es", calendar(GOOGLE, [Ev(
        u, "Entrevista candidato técnico IT - Pablo Ruiz", "20261218T120000", 30, tz="Europe/London",
        organizer=(ME_WORK, "Daniel Adeyemi"), attendees=[A("pablo.ruiz.v@gmail.com", "Pablo Ruiz")],
        description="Hola Pablo, soy Daniel, responsable técnico de IT en la Kingsway Academy. Te entrevistaré para "
        "la plaza de técnico de soporte (prácticas Erasmus+).")], zones=("Europe/London",)), u))

    u = "ka-es-prueba"
    out.append(_neg("practical-test-user-host", "es", calendar(OUTLOOK16, [Ev(
        u, "Prueba práctica aspirantes a técnico (yo evalúo)", "20270121T100000", 90, tz="GMT Standard Time",
        style="win", organizer=(ME_WORK, "Daniel Adeyemi"),
        attendees=[A("ict-suite-2@kingsway-academy.org.uk", "ICT Suite 2", cutype="ROOM", role="NON-PARTICIPANT")],
        description="Dos aspirantes del programa Erasmus+: montaje de equipo y resolución de incidencias.")]), u))

    u = "ka-es-comite"
    out.append(_neg("hiring-committee", "es", calendar(GOOGLE, [Ev(
        u, "Comité de selección - auxiliar de soporte", "20270126T150000", 45, tz="Europe/London",
        organizer=("b.foster@kingsway-academy.org.uk", "Beverley Foster"), attendees=[W],
        description="Decidir entre las dos candidatas entrevistadas la semana pasada.")], zones=("Europe/London",)),
        u))
    u = "ka-fwd-private-2nd"
    out.append(_neg("user-as-interviewer-private-copy", "en", calendar(OUTLOOK, [Ev(
        u, "FW: 2nd interview - IT Technician - Kingsway Academy - Aisha Rahman", "20270129T100000", 45,
        tz="GMT Standard Time", style="win", organizer=(ME_WORK, "Adeyemi, Daniel"),
        attendees=[A(ME_PRIVATE, "Dan (home)")],
        description="Forwarding to my own calendar as I'm off-site in the morning. I'm leading Aisha's second "
        "interview for our technician vacancy with Bev; Aisha is the applicant.\n-----Original Appointment-----\n"
        "From: Kingsway Academy HR\nSubject: 2nd interview - IT Technician - Aisha Rahman")]), u))
    return out
