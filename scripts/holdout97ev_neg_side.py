"""holdout97 negatives: the user on the hiring side at the university lab. Blind author, CC0 1.0."""

from __future__ import annotations

from holdout97ev_ics import USER_WORK, att, cal, event, fl, meet, org, rec, teams, u, z, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
W_EU = "W. Europe Standard Time"
ME = org(USER_WORK, "Keller Matthias")
PROF = "andreas.ziegler@chem-unibasel-lab.ch"


def build() -> list[dict]:
    out: list[dict] = []

    def one(kind, prodid, uid, summary, se, desc, loc, organizer, atts, trap, method="REQUEST",
            tzs=("Europe/Zurich",), extra=(), events=None):
        evs = events or [event(uid, summary, se[0], se[1], desc=desc, loc=loc, organizer=organizer, attendees=atts,
                               extra=extra)]
        out.append(rec(kind, cal(evs, prodid, method, tzs), uid, 0, trap="user-as-interviewer-" + trap))

    one("msc-candidate-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010",
        "Interview: MSc project candidate – Lea Frei", z("20250312", "1400-1430", W_EU),
        "Hi Lea,\n\nThanks for your interest in a Master's project in the Ziegler group (photoredox). Let's meet in "
        "my office 3.12, Organic Chemistry, St. Johanns-Ring 19. Bring your transcript.\n\nBest,\nMatthias Keller",
        "Büro 3.12, Departement Chemie", ME, [att("lea.frei@stud.unibas-mail.ch", "Lea Frei")], "msc-candidate-en",
        tzs=(W_EU,))

    one("scorecard-en", GOOGLE, "sc7m2k1n0b9v8c7x6z5a@google.com", "Submit scorecards – PhD candidate interviews",
        z("20250321", "1600-1630"),
        "Fill in the evaluation forms for Priya Raman, Jonas Imhof and Wei Zhang before the Monday decision meeting "
        "with Andreas. Criteria: chemistry knowledge, motivation, lab experience, English.",
        None, None, [], "scorecard-en", method=None)

    one("berufungskommission-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000BB12CC23DD34DB010000000000000000",
        "Berufungskommission Assistenzprofessur Org. Chemie – Probevorträge", z("20250409", "0830-1700", W_EU),
        "Liebe Mitglieder der Berufungskommission\n\nAnbei das Programm der Probevorträge und Kandidatengespräche. "
        "Matthias Keller nimmt als Vertreter des Mittelbaus teil.\n\n08:30 Dr. A. Novak\n10:30 Dr. R. Sørensen\n"
        "13:30 Dr. C. Bianchi\n15:30 Beratung der Kommission\n\nFreundliche Grüsse\nDekanat",
        "Hörsaal 1, Departement Chemie", org("dekanat-phil@unibas-admin.ch", "Dekanat, Phil.-Nat."),
        [att(USER_WORK, "Keller, Matthias"), att(PROF, "Ziegler, Andreas")], "faculty-search-committee-de",
        tzs=(W_EU,))

    one("calendly-host-de", "-//Calendly//Calendly//EN", "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d@calendly.com",
        "Lukas Meier und Matthias Keller", u("20250318", "0900-0920"),
        "Event-Name: Infogespräch Masterarbeit (20 Min.)\n\nEingeladene Person: Lukas Meier\nE-Mail: "
        "lukas.meier99@bluewin.ch\n\nFragen: Ich interessiere mich für eine Masterarbeit in Photokatalyse ab "
        "September.\n\nOrt: Büro 3.12\n\nPowered by Calendly.com", "Büro 3.12", ME,
        [att(USER_WORK, "Matthias Keller", partstat="ACCEPTED"), att("lukas.meier99@bluewin.ch", "Lukas Meier")],
        "calendly-host-de", tzs=())

    one("agency-sends-candidate-de", OUTLOOK, "chemstaff-kandidat-20250320-0981",
        "Kandidatenvorstellung Laborant/in EFZ – Frau Ana Lopes (Chemstaff)", z("20250320", "1000-1045"),
        "Grüezi Herr Keller\n\nWie besprochen stellt sich unsere Kandidatin Frau Ana Lopes für die befristete "
        "Laborantenstelle in Ihrer Gruppe vor. Dossier im Anhang.\n\nFreundliche Grüsse\nNicole Baumann\n"
        "Chemstaff Personal AG", "Departement Chemie, Büro 3.12", org("n.baumann@chemstaff.ch", "Nicole Baumann"),
        [att(USER_WORK, "Matthias Keller"), att("ana.lopes.lab@gmail.com", "Ana Lopes")],
        "agency-candidate-to-user-de")

    one("debrief-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CC13DD24EE45DB010000000000000000",
        "Debrief: lab technician interviews", z("20250321", "1130-1200", W_EU),
        "Quick debrief on Ana Lopes and Reto Schmid. Please bring your notes.", "Büro Ziegler 3.20",
        org(PROF, "Ziegler, Andreas"), [att(USER_WORK, "Keller, Matthias"),
                                        att("sabrina.nyffeler@chem-unibasel-lab.ch", "Nyffeler, Sabrina")],
        "debrief-en", tzs=(W_EU,))

    one("shadowing-en", GOOGLE, "sh4d0w1ng2k3j4h5g6f7@google.com", "Shadow Andreas: PhD applicant interviews",
        z("20250325", "1300-1500"),
        "Sit in on the PhD applicant interviews (2 candidates) to learn how Andreas runs them. Observe only.",
        "Büro Ziegler 3.20", ME, [att(PROF, "Andreas Ziegler")], "shadowing-en")

    one("hand-typed-en", "-//Apple Inc.//iPhone OS 17.4//EN", "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        "Interview w/ Chen (MSc applicant)", fl("20250313", "1100-1130"),
        "ask about NMR experience + availability from Sept", "3.12", None, [], "hand-typed-en", method=None, tzs=())

    one("stage-candidate-fr", GOOGLE, "st4g3m2c4nd1d4t3fr0x@google.com", "Entretien candidate stage M2 – Camille Roux",
        z("20250319", "1500-1530"),
        "Bonjour Camille,\n\nJe vous propose un échange en visio au sujet du stage de M2 (6 mois, synthèse "
        "photocatalytique) dans notre groupe à Bâle.\n\n" + meet("cxr-mqta-wpe", "412 775 310#")
        + "\n\nBien cordialement,\nMatthias Keller, postdoc, groupe Ziegler",
        "https://meet.google.com/cxr-mqta-wpe", ME, [att("camille.roux.m2@etu.unistra-mail.fr", "Camille Roux")],
        "internship-candidate-fr")

    one("interview-kit-en", GOOGLE, "k1tpr3p0st4d0c5yn7h3@google.com",
        "Interview kit prep – Postdoc position (Synthesis)",
        z("20250324", "0900-1000"),
        "Draft question list + problem set for the postdoc interviews next week. Align rubric with Andreas.", None,
        None, [], "kit-prep-en", method=None)

    one("laborant-teams-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000DD14EE25FF56DB010000000000000000",
        "Bewerbungsgespräch Laborant/in – Reto Schmid", z("20250319", "1400-1445", W_EU),
        "Guten Tag Herr Schmid\n\nGerne lade ich Sie zum Bewerbungsgespräch für die Stelle als Chemielaborant/in "
        "(befristet, 12 Monate) ein.\n\n" + teams("33128847106", "Lab2025", "de")
        + "\n\nFreundliche Grüsse\nMatthias Keller", "Microsoft Teams-Besprechung", ME,
        [att("reto.schmid.ch@hotmail.com", "Reto Schmid"), att(PROF, "Ziegler, Andreas", "OPT-PARTICIPANT")],
        "laborant-teams-de", tzs=(W_EU,))

    one("phd-zoom-en", "-//zoom.us//iCalendar Event//EN", "zm-81122334455-1742500000@zoom.us",
        "PhD applicant interview – Priya Raman", z("20250320", "1000-1045"),
        "Matthias Keller is inviting you to a scheduled Zoom meeting.\n\nTopic: PhD applicant interview – Priya "
        "Raman\n\n" + zoom("81122334455", "ZGphd1"), "Zoom", ME,
        [att("priya.raman.chem@gmail.com", "Priya Raman"), att(PROF, "Andreas Ziegler")], "phd-zoom-en")

    one("tfm-es", GOOGLE, "tfm3ntr3v1st4j4v13r0@google.com", "Entrevista candidato TFM – Javier Ortega",
        z("20250326", "1530-1600"),
        "Hola Javier,\n\nTe propongo una videollamada para hablar de tu estancia Erasmus y el trabajo de fin de "
        "máster en nuestro grupo.\n\n" + meet("jvo-rtga-pqa", "551 301 778#") + "\n\nSaludos,\nMatthias",
        "https://meet.google.com/jvo-rtga-pqa", ME, [att("javier.ortega.q@gmail.com", "Javier Ortega")],
        "erasmus-candidate-es")

    one("selection-panel-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000EE15FF26AA67DB010000000000000000",
        "Selection panel – SNSF doctoral position (Catalysis)", z("20250402", "0900-1200", W_EU),
        "Panel: A. Ziegler (chair), M. Keller, S. Nyffeler. Three shortlisted candidates, 45 min each incl. a short "
        "presentation.", "Sitzungszimmer 2.05", org(PROF, "Ziegler, Andreas"),
        [att(USER_WORK, "Keller, Matthias"), att("sabrina.nyffeler@chem-unibasel-lab.ch", "Nyffeler, Sabrina"),
         att("sz205@chem-unibasel-lab.ch", "Sitzungszimmer 2.05", "NON-PARTICIPANT", cutype="ROOM")],
        "selection-panel-en", tzs=(W_EU,))

    one("bewertung-de", GOOGLE, "b3w3rtung5b0g3n6h1w1@google.com", "Bewertungsbogen ausfüllen – HiWi-Kandidaten",
        z("20250314", "1630-1700"), "Bewertung für die 3 HiWi-Bewerbungen (Gespräche Do) ans Sekretariat schicken",
        None, None, [], "scorecard-de", method=None)

    one("probearbeitstag-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000FF16AA27BB78DB010000000000000000",
        "Probearbeitstag Kandidat J. Steiner (Labor 2.14)", z("20250327", "0800-1600", W_EU),
        "Herr Steiner arbeitet einen Tag mit. Betreuung: M. Keller. Sicherheitsinstruktion 08:00.",
        "Labor 2.14", ME, [att("jan.steiner.lab@gmx.ch", "Jan Steiner")], "trial-day-de", tzs=(W_EU,))

    one("calibration-en", GOOGLE, "c4l1br4t10n7r4t1ngph@google.com", "Calibration: ranking PhD candidates",
        z("20250324", "1600-1700"), "Compare scores, agree on offers. Andreas, Sabrina, me.", "Büro Ziegler",
        org(PROF, "Andreas Ziegler"), [att(USER_WORK, "Matthias Keller"),
                                       att("sabrina.nyffeler@chem-unibasel-lab.ch", "Sabrina Nyffeler")],
        "calibration-en")

    uid = "msc-interview-slots-2025@chem-unibasel-lab.ch"
    base = event(uid, "Interview slots – MSc projects autumn", "DTSTART;TZID=Europe/Zurich:20250505T140000",
                 "DTEND;TZID=Europe/Zurich:20250505T160000",
                 desc="Hold for interviewing MSc applicants (students book 20-min slots via the group page).",
                 loc="Büro 3.12", organizer=ME, extra=("RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO",))
    ovr = event(uid, "Interview slots – MSc projects autumn (moved)", "DTSTART;TZID=Europe/Zurich:20250513T100000",
                "DTEND;TZID=Europe/Zurich:20250513T120000", desc="Moved because of Pfingstmontag week planning.",
                loc="Büro 3.12", organizer=ME, extra=("RECURRENCE-ID;TZID=Europe/Zurich:20250512T140000",), seq=1)
    one("recurring-slots-en", GOOGLE, uid, "", ("", ""), None, None, None, [], "recurring-slots-en", method=None,
        events=[base, ovr])

    one("candidate-talk-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000AB17BC28CD89DB010000000000000000",
        "Candidate talk: Dr. R. Sørensen (Junior Group Leader search)", z("20250410", "1615-1730", W_EU),
        "Departmental seminar by a shortlisted candidate, followed by a meeting with the search committee "
        "(incl. M. Keller). Feedback form link will follow.", "Kleiner Hörsaal, Departement Chemie",
        org("dekanat-phil@unibas-admin.ch", "Dekanat, Phil.-Nat."), [att(USER_WORK, "Keller, Matthias")],
        "candidate-talk-en", tzs=(W_EU,))

    one("bookings-host-de", OUTLOOK, "AAMkADBookingsZieglerGroupNinaBauer2025AAAA",
        "Projektgespräch mit Nina Bauer", z("20250415", "1030-1050", W_EU),
        "Neue Buchung\nDienst: Bewerbungsgespräch Bachelorarbeit\nKundin: Nina Bauer (nina.bauer@stud.unibas-mail.ch)"
        "\nMitarbeiter: Matthias Keller\n\nZiegler Group Bookings", "Büro 3.12",
        org("ZieglerGroup@chem-unibasel-lab.ch", "Ziegler Group"),
        [att(USER_WORK, "Matthias Keller"), att("nina.bauer@stud.unibas-mail.ch", "Nina Bauer")],
        "bookings-host-de", tzs=(W_EU,))
    return out
