"""holdout114 negatives, part 1: Tobias on the hiring side at Hotel Alpenhof Igls (ski school, sports, staff)."""

from __future__ import annotations

from holdout114ev_common import WEST, WORK, cal, d, ev, g_att, o_att

V = "Europe/Vienna"
HR = "personal@hotel-alpenhof-igls.at"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
IOS = "-//Apple Inc.//iPhone OS 17.4.1//EN"


def neg(kind: str, text: str) -> dict[str, str]:
    return ev(kind, text, 0, trap=f"user-as-interviewer-{kind}")


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    out.append(neg("personio-de", cal([[
        "UID:personio-appointment-3302117@personio.de",
        "DTSTAMP:20250903T070000Z",
        "DTSTART;TZID=Europe/Vienna:20250910T100000",
        "DTEND;TZID=Europe/Vienna:20250910T104500",
        "SUMMARY:Vorstellungsgespräch | Skilehrer/in Wintersaison 2025/26 | Lukas Hofer",
        "DESCRIPTION:" + d(
            "Interviewer: Tobias Gruber (Leitung Skischule)\nKandidat: Lukas Hofer, Staatl. gepr. Skilehrer\n"
            "Bitte Bewertung nach dem Gespräch in Personio eintragen.\n\nRenate Abfalterer, Personalbüro"
        ),
        "LOCATION:Skischulbüro Alpenhof",
        "ORGANIZER;CN=Renate Abfalterer:mailto:" + HR,
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT:mailto:" + WORK,
        "ATTENDEE;CN=Lukas Hofer;ROLE=REQ-PARTICIPANT:mailto:lukas.hofer98@gmx.at",
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,))))

    out.append(neg("hand-typed-de", cal([[
        "UID:4C2E9B1A-7D3F-4A8E-B6C0-1F2E3D4C5B6A",
        "DTSTAMP:20250912T180000Z",
        "DTSTART;TZID=Europe/Vienna:20250916T140000",
        "DTEND;TZID=Europe/Vienna:20250916T143000",
        "SUMMARY:Gespräch Saisonpersonal – Anna M. (Kinderskikurs)",
        "DESCRIPTION:Bewerberin Anna Moser\\, Anwärterin. Tel 0664 88 12 331. Zeugnis Landesskilehrer fehlt noch.",
        "LOCATION:Büro Skischule",
    ]], IOS, method=None, tzids=(V,))))

    desc = (
        "Eventname: Bewerbung Skischule Alpenhof – 15 Min. Kennenlernen\n\nNeues Ereignis: Tobias Gruber und "
        "Manuel Ortner\n\nEingeladener: Manuel Ortner (manuel.ortner@hotmail.com)\n\nAntworten:\n"
        "Ausbildung: Anwärter, Landesskilehrer im Dezember\nVerfügbarkeit: 20.12.–6.4.\n\n"
        "Unterstützt von Calendly.com"
    )
    out.append(neg("calendly-host-de", cal([[
        "DTSTART:20250918T070000Z",
        "DTEND:20250918T071500Z",
        "DTSTAMP:20250915T120000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:calendly-host-1a2b3c4d-5e6f",
        g_att("manuel.ortner@hotmail.com", "Manuel Ortner", ps="ACCEPTED"),
        g_att(WORK, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Telefon",
        "STATUS:CONFIRMED",
        "SUMMARY:Manuel Ortner und Tobias Gruber – Bewerbung Skischule Alpenhof",
    ]], "-//Calendly//Calendly//EN")))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nwie besprochen stellen wir Ihnen unseren Kandidaten Marco Ferrari "
        "(Sportshop-Leitung, 8 Jahre Erfahrung Intersport) vor. Das Gespräch führen Sie mit Herrn Ferrari direkt "
        "in Ihrem Haus. Den Lebenslauf finden Sie im Anhang.\n\nFreundliche Grüße\nSimone Kofler\n"
        "Tirol Personal Service – Ihr Partner für Saisonkräfte"
    )
    out.append(neg("agency-candidate-de", cal([[
        'ORGANIZER;CN="Kofler, Simone":mailto:s.kofler@tirol-personal.at',
        o_att(WORK, "Gruber, Tobias"),
        o_att("marco.ferrari.bz@gmail.com", "Marco Ferrari"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123456DB010000000000000000100000001F",
        "SUMMARY;LANGUAGE=de-AT:Kandidatenvorstellung: Herr Marco Ferrari (Sportshop-Leitung) bei Alpenhof Igls",
        "DTSTART;TZID=W. Europe Standard Time:20250923T110000",
        "DTEND;TZID=W. Europe Standard Time:20250923T120000",
        "DTSTAMP:20250917T090000Z",
        "LOCATION;LANGUAGE=de-AT:Hotel Alpenhof Igls",
    ]], OUTLOOK, tzids=(WEST,))))

    out.append(neg("scorecard-reminder-de", cal([[
        "UID:personio-task-3302117-feedback@personio.de",
        "DTSTAMP:20250910T105000Z",
        "DTSTART;TZID=Europe/Vienna:20250911T080000",
        "DTEND;TZID=Europe/Vienna:20250911T081500",
        "SUMMARY:Bewertungsbogen ausfüllen: Bewerbung Snowboardlehrer/in – Lukas Hofer",
        "DESCRIPTION:Bitte Ihre Bewertung (Fachkompetenz\\, Auftreten\\, Verfügbarkeit) bis Freitag abgeben.",
        "ORGANIZER;CN=Personio:mailto:noreply@personio.de",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + WORK,
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,))))

    out.append(neg("debrief-de", cal([[
        'ORGANIZER;CN="Gruber, Tobias":mailto:' + WORK,
        o_att("sport@alpenhof-sport-igls.at", "Neurauter, Patrick"),
        o_att(HR, "Abfalterer, Renate"),
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Kurze Abstimmung zu den drei Bewerber:innen Sportshop-Leitung (Ferrari, Wille, Kapferer). "
            "Entscheidung bis Monatsende."),
        "UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB0100000000000000001000000042",
        "SUMMARY;LANGUAGE=de-AT:Debrief Kandidaten Sportshop-Leitung",
        "DTSTART;TZID=W. Europe Standard Time:20250926T153000",
        "DTEND;TZID=W. Europe Standard Time:20250926T160000",
        "DTSTAMP:20250923T130000Z",
        "LOCATION;LANGUAGE=de-AT:Büro GF",
    ]], OUTLOOK, tzids=(WEST,))))

    out.append(neg("panel-de", cal([[
        'ORGANIZER;CN="Abfalterer, Renate":mailto:' + HR,
        o_att(WORK, "Gruber, Tobias"),
        o_att("gf@hotel-alpenhof-igls.at", "Siller, Hubert"),
        o_att("julia.berger.ibk@gmx.at", "Julia Berger"),
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Seminarraum Patscherkofel:mailto:seminar1@hotel-alpenhof-igls.at",
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Panel: Hubert Siller (GF), Tobias Gruber (Leitung Sport), Renate Abfalterer (Personal)\n"
            "Kandidatin: Julia Berger – Assistenz Sportmanagement\nBitte Interviewleitfaden mitbringen."),
        "UID:040000008200E00074C5B7101A82E00800000000DDEE11FF22AADB0100000000000000001000000077",
        "SUMMARY;LANGUAGE=de-AT:Panel-Interview Assistenz Sportmanagement – Kandidatin Julia Berger",
        "DTSTART;TZID=W. Europe Standard Time:20251002T090000",
        "DTEND;TZID=W. Europe Standard Time:20251002T100000",
        "DTSTAMP:20250926T080000Z",
        "LOCATION;LANGUAGE=de-AT:Seminarraum Patscherkofel",
    ]], OUTLOOK, tzids=(WEST,))))

    out.append(neg("trial-day-shadowing-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20251213T090000",
        "DTEND;TZID=Europe/Vienna:20251213T153000",
        "DTSTAMP:20251201T100000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:3a4s5d6f7g8h9j0k1l2z@google.com",
        g_att("katharina.pfurtscheller@gmail.com", "Katharina Pfurtscheller", ps="ACCEPTED"),
        g_att("florian.kirchmair@alpenhof-sport-igls.at", "Florian Kirchmair"),
        g_att(WORK, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:" + d(
            "Probetag Skilehrerin (Bewerberin Katharina Pfurtscheller): vormittags Einfahren mit Florian, "
            "nachmittags Shadowing Kindergruppe. Feedback an mich bis 17 Uhr."),
        "LOCATION:Patscherkofel Talstation",
        "STATUS:CONFIRMED",
        "SUMMARY:Probetag / Shadowing Skilehrerin K. Pfurtscheller",
    ]], GOOGLE, tzids=(V,))))

    out.append(neg("teams-en", cal([[
        'ORGANIZER;CN="Gruber, Tobias":mailto:' + WORK,
        o_att("j.whitfield.ski@outlook.com", "James Whitfield"),
        "DESCRIPTION;LANGUAGE=en-GB:" + d(
            "Hi James,\n\nThanks for your application as ski instructor (BASI Level 3) for the coming winter. "
            "Let's have a quick video call so I can get to know you and explain how our ski school works.\n\n"
            "Best,\nTobias Gruber\nHead of Ski School & Sports, Hotel Alpenhof Igls\n\n"
            "Microsoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: 355 201 889 004"),
        "UID:040000008200E00074C5B7101A82E008000000007788990011AADB01000000000000000010000000CD",
        "SUMMARY;LANGUAGE=en-GB:Interview: Ski instructor applicant – James Whitfield (UK)",
        "DTSTART;TZID=W. Europe Standard Time:20250930T170000",
        "DTEND;TZID=W. Europe Standard Time:20250930T173000",
        "DTSTAMP:20250925T090000Z",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
    ]], OUTLOOK, tzids=(WEST,))))

    desc = (
        "Interview Kit – Leitung Kinderskikurs (m/w/d)\nCandidate: Sophie Wallner\nYour focus area: "
        "Pädagogik & Gruppenführung\nQuestions:\n1. Erzählen Sie von einer schwierigen Kindergruppe …\n"
        "2. Wie gehen Sie mit Eltern-Beschwerden um?\n\nSubmit your scorecard in Greenhouse within 24 hours."
    )
    out.append(neg("greenhouse-kit-en", cal([[
        "DTSTAMP:20251006T080000Z",
        "UID:gh-kit-55123-tgruber@greenhouse.io",
        "DTSTART;TZID=Europe/Vienna:20251008T110000",
        "DTEND;TZID=Europe/Vienna:20251008T114500",
        "SUMMARY:Interview with Sophie Wallner for Leitung Kinderskikurs – your interview kit",
        "DESCRIPTION:" + d(desc),
        "ORGANIZER;CN=Alpenhof Hotels Recruiting:mailto:recruiting@hotel-alpenhof-igls.at",
        g_att(WORK, "Tobias Gruber"),
        g_att("sophie.wallner@chello.at", "Sophie Wallner"),
    ]], "-//Greenhouse Software//Interview Scheduler//EN", tzids=(V,))))

    out.append(neg("entretien-fr", cal([[
        "DTSTART;TZID=Europe/Vienna:20251007T180000",
        "DTEND;TZID=Europe/Vienna:20251007T183000",
        "DTSTAMP:20251001T190000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:8u7y6t5r4e3w2q1a0s9d@google.com",
        g_att("camille.roux74@orange.fr", "Camille Roux"),
        g_att(WORK, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:" + d(
            "Bonjour Camille,\n\nmerci pour votre candidature comme monitrice de ski (ESF, Diplôme d'État) pour "
            "la saison d'hiver à Igls. Je vous propose un court entretien en visio.\n\nCordialement,\n"
            "Tobias Gruber – Directeur école de ski, Hotel Alpenhof Igls\n\nhttps://meet.google.com/alp-skis-fra"
        ),
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien moniteur/monitrice de ski – Camille Roux",
    ]], GOOGLE, tzids=(V,))))

    out.append(neg("entrevista-es", cal([[
        "DTSTART;TZID=Europe/Vienna:20251009T190000",
        "DTEND;TZID=Europe/Vienna:20251009T193000",
        "DTSTAMP:20251003T190000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:1z2x3c4v5b6n7m8q9w0e@google.com",
        g_att("pablo.ortega.snow@gmail.com", "Pablo Ortega"),
        g_att(WORK, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:" + d(
            "Hola Pablo: gracias por tu solicitud como monitor de snowboard (TD1) para la temporada en Igls. "
            "Te llamo por WhatsApp.\n\nSaludos\nTobias"),
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista: monitor de snowboard – Pablo Ortega",
    ]], GOOGLE, tzids=(V,))))

    out.append(neg("recurring-applicant-day-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20251014T090000",
        "DTEND;TZID=Europe/Vienna:20251014T120000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        "DTSTAMP:20251001T080000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:bewerbertag-saison-2025@alpenhof-sport-igls.at",
        "ATTENDEE;CN=Renate Abfalterer;PARTSTAT=ACCEPTED:mailto:" + HR,
        "DESCRIPTION:" + d(
            "Fixer Block für Vorstellungsgespräche Saisonpersonal (Skilehrer, Verleih, Kinderbetreuung). "
            "Bewerber:innen trägt Renate ein."),
        "LOCATION:Skischulbüro",
        "SUMMARY:Bewerbertag Saisonpersonal",
    ]], "-//Apple Inc.//macOS 14.4//EN", tzids=(V,))))

    out.append(neg("bookings-staff-de", cal([[
        "UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000001",
        "SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Skischule Alpenhof – Jonas Stadler",
        "DESCRIPTION;LANGUAGE=de-AT:" + d(
            "Dienst: Bewerbungsgespräch Saisonpersonal\nMitarbeiter: Tobias Gruber\nKunde: Jonas Stadler\n"
            "E-Mail: jonas.stadler@student.uibk.ac.at\nTelefon: +43 650 1234 567"),
        "DTSTART;TZID=W. Europe Standard Time:20251016T150000",
        "DTEND;TZID=W. Europe Standard Time:20251016T153000",
        "DTSTAMP:20251010T080000Z",
        "ORGANIZER;CN=Skischule Alpenhof Termine:mailto:SkischuleTermine@alpenhof-sport-igls.at",
        o_att(WORK, "Gruber, Tobias", ps="ACCEPTED"),
        o_att("jonas.stadler@student.uibk.ac.at", "Jonas Stadler"),
        "LOCATION;LANGUAGE=de-AT:Skischulbüro Igls",
    ]], OUTLOOK, tzids=(WEST,))))

    out.append(neg("feedback-round-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20251020T160000",
        "DTEND;TZID=Europe/Vienna:20251020T163000",
        "DTSTAMP:20251017T080000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:" + WORK,
        "UID:5t6y7u8i9o0p1a2s3d4f@google.com",
        g_att("florian.kirchmair@alpenhof-sport-igls.at", "Florian Kirchmair"),
        g_att("lena.haider@alpenhof-sport-igls.at", "Lena Haider"),
        g_att(WORK, "Tobias Gruber", ps="ACCEPTED"),
        "DESCRIPTION:Feedbackrunde zu den Bewerber:innen Kinderskikurs-Betreuung. Wer bekommt Zusage?",
        "SUMMARY:Feedbackrunde Bewerber Kinderskikurs-Betreuung",
    ]], GOOGLE, tzids=(V,))))

    out.append(neg("practical-test-de", cal([[
        "UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6",
        "DTSTAMP:20251128T180000Z",
        "DTSTART;TZID=Europe/Vienna:20251206T083000",
        "DTEND;TZID=Europe/Vienna:20251206T120000",
        "SUMMARY:Einfahren Skilehrer-Anwärter (Bewerber Stadler\\, Ortner\\, Hofer)",
        "DESCRIPTION:Praktischer Test für die Bewerber – Technik\\, Demo Grundstufe. Bewertungsbogen mitnehmen.",
        "LOCATION:Patscherkofel\\, Übungshang Heiligwasserwiese",
    ]], IOS, method=None, tzids=(V,))))

    out.append(neg("bergrettung-intake-de", cal([[
        "DTSTART;TZID=Europe/Vienna:20251105T193000",
        "DTEND;TZID=Europe/Vienna:20251105T203000",
        "DTSTAMP:20251030T120000Z",
        "ORGANIZER;CN=Tobias Gruber:mailto:tobias.gruber.tirol@aon.at",
        "UID:6g7h8j9k0l1z2x3c4v5b@google.com",
        g_att("tobias.gruber.tirol@aon.at", "Tobias Gruber", ps="ACCEPTED"),
        g_att("m.rainalter@bergrettung-igls.at", "Martin Rainalter"),
        g_att("elias.spiegl@gmx.at", "Elias Spiegl"),
        "DESCRIPTION:" + d(
            "Aufnahmegespräch mit Anwärter Elias Spiegl (Ortsstelle Igls). Martin und ich als Ausbildungsleiter. "
            "Fragen: Tourenbuch, Erste-Hilfe-Kurs, Verfügbarkeit."),
        "LOCATION:Bergrettung Ortsstelle Igls",
        "SUMMARY:Aufnahmegespräch Anwärter Bergrettung – E. Spiegl",
    ]], GOOGLE, tzids=(V,))))

    out.append(neg("reference-check-caller-de", cal([[
        "UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A",
        "DTSTAMP:20250924T070000Z",
        "DTSTART;TZID=Europe/Vienna:20250925T091500",
        "DTEND;TZID=Europe/Vienna:20250925T093000",
        "SUMMARY:Referenz einholen: Skischule Serfaus re M. Ferrari",
        "DESCRIPTION:Bewerber Ferrari (Sportshop) – ehem. Chef anrufen\\, 05476 6210. Fragen: Zuverlässigkeit\\, "
        "Kassa.",
    ]], IOS, method=None, tzids=(V,))))

    out.append(neg("phone-interview-hr-de", cal([[
        "UID:personio-appointment-3310554@personio.de",
        "DTSTAMP:20251020T070000Z",
        "DTSTART;TZID=Europe/Vienna:20251022T140000",
        "DTEND;TZID=Europe/Vienna:20251022T142000",
        "SUMMARY:Telefoninterview | Aushilfe Sportverleih (geringfügig) | Leonie Schranz",
        "DESCRIPTION:" + d(
            "Telefoninterview mit Leonie Schranz\nInterviewer: Tobias Gruber\nTelefon der Bewerberin: "
            "+43 680 5512 876"),
        "ORGANIZER;CN=Renate Abfalterer:mailto:" + HR,
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT:mailto:" + WORK,
        "ATTENDEE;CN=Leonie Schranz;ROLE=REQ-PARTICIPANT:mailto:leonie.schranz@aon.at",
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,))))

    return out
