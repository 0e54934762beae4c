"""Holdout19: a few more cases both ways (work address used as candidate, candidate-side ATS wording)."""

from __future__ import annotations

from holdout19ev_ics import ME, WORK, Ev, Item, att, cal, meet, org, teams, webex, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def positives() -> list[Item]:
    """Given nothing returns the extra interview events."""
    out: list[Item] = []
    ev = Ev("gh-candidate-view-3381@greenhouse.io", "Interview with candidate Lucía Fernández – Teach-back session",
            "20261212T100000", "20261212T110000", tz="Europe/Dublin",
            desc="Hi Lucía,\n\nHere are the details of your teach-back session for the Learning Facilitator role "
                 "at Aer Dalta. You'll deliver a 15-minute micro-lesson to Brendan Hayes (Cabin Services Training "
                 "Lead) and Maeve Quigley (Instructional Designer).\n\n" + webex("e41b77c0d2a9f35") +
                 "\nSent from Greenhouse on behalf of Aer Dalta Recruiting",
            organizer=org("no-reply@greenhouse.io", "Aer Dalta Recruiting"),
            attendees=[att(WORK, "Lucía Fernández"), att("brendan.hayes@aerdalta.com", "Brendan Hayes"),
                       att("maeve.quigley@aerdalta.com", "Maeve Quigley")])
    out.append(Item("candidate-wording-work-address", "en", cal("-//Greenhouse//Scheduling//EN", [ev]), True,
                    "Aer Dalta", "Learning Facilitator", "technical",
                    ("brendan.hayes@aerdalta.com", "maeve.quigley@aerdalta.com"), "work_address_candidate"))

    ev = Ev("7r0c2m9lz1@google.com", "Skylark Airways – final stage (Learning & Development Specialist)",
            "20261219T110000", "20261219T120000", tz="Europe/Dublin",
            desc="Hi Lucía, congratulations on reaching the final stage! You'll meet our Director of People, "
                 "Ronan Clarke, and Aoife again.\n\n" + meet("sky-finl-aab") + "\n",
            organizer=org("aoife.brennan@skylarkairways.ie", "Aoife Brennan"),
            attendees=[att("aoife.brennan@skylarkairways.ie", "Aoife Brennan", partstat="ACCEPTED"),
                       att("ronan.clarke@skylarkairways.ie", "Ronan Clarke"), att(ME, "Lucía Fernández")])
    out.append(Item("final-google-en", "en", cal(GOOGLE, [ev]), True, "Skylark Airways",
                    "Learning & Development Specialist", "final",
                    ("aoife.brennan@skylarkairways.ie", "ronan.clarke@skylarkairways.ie")))

    ev = Ev("zweitgespraech-hh-07@nordstern-regional.de", "Zweitgespräch Nordstern Regional – Frau Fernández",
            "20261216T130000", "20261216T143000", tz="Europe/Berlin",
            desc="Liebe Frau Fernández,\n\nwir freuen uns auf das Zweitgespräch mit Ihnen. Teilnehmen werden "
                 "Herr Florian Steege (Leiter Cabin Training) und Frau Merle Janssen (Recruiting). Bitte bringen "
                 "Sie eine Unterrichtsskizze für eine Notfallschulung mit.\n\n" + zoom("890 1220 4471", "Nsr2Gs77",
                                                                                        "de"),
            organizer=org("merle.janssen@nordstern-regional.de", "Merle Janssen"),
            attendees=[att(ME, "Lucía Fernández"), att("florian.steege@nordstern-regional.de", "Florian Steege"),
                       att("merle.janssen@nordstern-regional.de", "Merle Janssen", partstat="ACCEPTED")])
    out.append(Item("second-round-de", "de", cal(OUTLOOK, [ev]), True, "Nordstern Regional",
                    "", "hiring_manager",
                    ("florian.steege@nordstern-regional.de", "merle.janssen@nordstern-regional.de")))

    ev = Ev("A9E1B2C3-hand-de-01", "Interview Kesselhaus (HR) 14h", "20261204T140000", "20261204T143000",
            tz="Europe/Berlin", desc="Nora S. oder jemand aus HR ruft an. Senior Learning Designer.")
    out.append(Item("handtyped-de", "de", cal("-//Apple Inc.//iOS 18.2//EN", [ev], method=""), True,
                    "Kesselhaus Versicherung", "Senior Learning Designer", "recruiter_screen", (),
                    "handtyped"))

    ev = Ev("040000008200E00074C5B7101A82E00800000000AB12CD34@banquelacustre.ch",
            "Entretien avec Lucía Fernández – Learning Partner (2e entretien)", "20261218T100000",
            "20261218T110000", tz="Romance Standard Time",
            desc="Bonjour Lucía,\n\nComme convenu, voici le second entretien avec Mme Delphine Aubert (DRH) et "
                 "M. Grégoire Python.\n\n" + teams("fr", "371 550 022 814"),
            organizer=org("delphine.aubert@banquelacustre.ch", "Aubert Delphine"),
            attendees=[att(ME, "Lucía Fernández"), att("gregoire.python@banquelacustre.ch", "Python Grégoire"),
                       att("delphine.aubert@banquelacustre.ch", "Aubert Delphine", partstat="ACCEPTED")])
    out.append(Item("second-round-fr", "fr", cal(OUTLOOK, [ev]), True, "Banque Lacustre", "Learning Partner",
                    "", ("gregoire.python@banquelacustre.ch", "delphine.aubert@banquelacustre.ch")))

    ev = Ev("entrevista-online-ucm-2@google.com", "Entrevista online – Formadora e-learning (remoto)",
            "20261203T170000", "20261203T174500", tz="Europe/Madrid",
            desc="Hola Lucía:\n\nSoy Gonzalo Feliu, director académico de Campus Nubia. Me gustaría conocerte para "
                 "el puesto de Formadora e-learning en remoto. Hablaremos de tu experiencia y de Moodle.\n\n" +
                 meet("cnb-entr-ovw", "es"),
            organizer=org("gonzalo.feliu@campusnubia.com", "Gonzalo Feliu"),
            attendees=[att("gonzalo.feliu@campusnubia.com", "Gonzalo Feliu", partstat="ACCEPTED"), att(ME, None)])
    out.append(Item("hm-direct-es", "es", cal(GOOGLE, [ev]), True, "Campus Nubia", "Formadora e-learning",
                    "hiring_manager", ("gonzalo.feliu@campusnubia.com",)))
    return out


def negatives() -> list[Item]:
    """Given nothing returns the extra negative events."""
    out: list[Item] = []
    ev = Ev("hermano-entrevista-1", "Entrevista de Pablo (mi hermano) – llevarle en coche", "20261210T080000",
            "20261210T090000", tz="Europe/Madrid", desc="Su entrevista es a las 9 en Alcobendas, le dejo y vuelvo.")
    out.append(Item("family-errand-es", "es", cal("-//Apple Inc.//iOS 18.2//EN", [ev], method=""), False,
                    trap="personal"))

    ev = Ev("online-seminar-fuehren-3@akademie", "Online-Seminar: Strukturierte Vorstellungsgespräche führen",
            "20261215T090000", "20261215T123000", tz="Europe/Berlin",
            desc="Weiterbildung für Personalverantwortliche und Ausbilder*innen: Interviewleitfäden, "
                 "Beurteilungsfehler, Bewertungsskalen.\n\n" + teams("de", "310 447 908 561"),
            organizer=org("seminare@hr-akademie-nord.de", "HR Akademie Nord"),
            attendees=[att(WORK, "Lucía Fernández")])
    out.append(Item("seminar-conducting-interviews-de", "de", cal(OUTLOOK, [ev]), False, trap="webinar"))
    return out
