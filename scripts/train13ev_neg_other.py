"""train13 event corpus: look-alikes that are not Mei Chen's job interviews (EN/DE), each event on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams, webex, zoom
from train13ev_ics import Att, Ev, coord, me, room


def events() -> list[Ev]:
    """Returns English and German negatives: intakes, mocks, classes, research, offices, fairs, chats."""
    out: list[Ev] = []
    add = out.append
    add(Ev("headhunter-intake", "en", "Intro call – Mei Chen / Calloway Search (hardware leadership roles)",
           "2026-12-01 12:30", False, style="outlook", tz="Europe/London", minutes=30,
           organizer=Att("Harriet Pryce", "harriet.pryce@callowaysearch.com"),
           attendees=[me(), Att("Harriet Pryce", "harriet.pryce@callowaysearch.com")],
           desc="Hi Mei,\n\nLovely to connect. I'd like to understand what you're looking for next; we work with "
                "several robotics and medtech clients on confidential product leadership searches and I can share "
                "more once I know your priorities.\n\n" + teams("en", "399 281 004 315", "Hp2Cs9")))
    add(Ev("linkedin-recruiter", "en", "Mei / Jack – quick chat re: opportunities", "2026-12-02 17:00", False,
           minutes=20, organizer=Att("Jack Thornton", "jack.thornton@apexrecruit.io"),
           attendees=[Att("Jack Thornton", "jack.thornton@apexrecruit.io", partstat="ACCEPTED"), me()],
           desc="Following up on my LinkedIn InMail. I'm recruiting for a few TPM roles across Europe (can't name "
                "the clients yet). 20 minutes to see if any fit?\n\n" + meet("en",
                "hqw-abxe-uvr") + "\n" + gfooter("en")))
    add(Ev("mock-interview", "en", "Mock interview: PM behavioural round (with coach)", "2026-12-03 19:00", False,
           style="apple", minutes=60, organizer=Att("Grace Adeyemi", "grace@careerlift-coaching.com"),
           attendees=[me(), Att("Grace Adeyemi", "grace@careerlift-coaching.com")],
           desc="Practice session: STAR stories, 'tell me about a product you shipped', prioritisation question. "
                "I'll play the hiring manager at a robotics company.\n\n" + zoom("en", "733 902 1184", "Mk1ntv")))
    add(Ev("webinar", "en", "Webinar: Acing the Technical Program Manager interview", "2026-12-03 16:00", False,
           style="ats", prodid="-//ON24//Webcast//EN", tz="America/New_York", minutes=60,
           organizer=coord("TPM Academy Events", "events@tpmacademy.org", "CHAIR"), attendees=[me()],
           desc="Thank you for registering! Learn how hiring managers at top hardware companies evaluate TPM "
                "candidates: system design for hardware, program execution stories, stakeholder questions.\n\n"
                "Join: https://event.on24.com/wcc/r/4417720/AB12"))
    add(Ev("user-research", "en", "User interview: Vantor fleet app (research session, €50 voucher)",
           "2026-12-04 13:00", False, minutes=45, organizer=Att("Mira Santos", "mira.santos@vantor-robotics.com"),
           attendees=[Att("Mira Santos", "mira.santos@vantor-robotics.com", partstat="ACCEPTED"), me()],
           desc="Thanks for signing up for our UX research study. We'll ask about how engineers configure robot "
                "fleets. Session is recorded for research only; you'll receive a €50 voucher.\n\n"
                + meet("en", "ywk-nttp-zrc")))
    add(Ev("podcast", "en", "Podcast interview – 'Hardware Heroes' ep. 42 (guest: Mei Chen)", "2026-12-07 18:00", False,
           style="ats", prodid="-//Riverside.fm//Riverside//EN", tz="Europe/London", minutes=60,
           organizer=Att("Tom Baxter", "tom@hardwareheroes.fm"), attendees=[me()],
           desc="Recording link: https://riverside.fm/studio/hardware-heroes\nTopic: from mechanical design to "
                "product management. Please use headphones."))
    add(Ev("visa-interview", "en", "US visa interview – Consulate General Munich", "2026-12-08 08:15", False,
           style="ios", minutes=120, location="U.S. Consulate General, Königinstraße 5, 80539 München",
           desc="B1/B2 visa appointment. Bring DS-160 confirmation, passport, photo, appointment letter. No "
                "electronics."))
    add(Ev("reference-call", "en", "Reference call for Tim Berger (he's applying at Festral)", "2026-12-09 12:00",
           False, minutes=20, organizer=Att("Ines Walther", "ines.walther@festral-automation.de"),
           attendees=[Att("Ines Walther", "ines.walther@festral-automation.de", partstat="ACCEPTED"), me()],
           desc="Hi Mei, Tim Berger named you as a reference for our Mechanical Design Lead role. 20 minutes about "
                "your time working together at Kessler would be great.\n\n" + gfooter("en")))
    add(Ev("job-fair", "en", "Automatica Career Day – Messe München", "2026-12-10", False, style="allday",
           location="Messe München, Halle B5", desc="Career day at the automation fair: company booths, CV check, "
                                                     "talks. Bring 10 printed CVs."))
    add(Ev("coffee-chat", "en", "Coffee chat with Yara (PM at a surgical robotics startup)", "2026-12-11 08:00", False,
           style="floating", minutes=30, location="Mokka Bar, Stuttgart",
           desc="Informational – ask how she moved from ME to PM, no open role. Alumni network intro."))
    add(Ev("class", "en", "Course: Product Management for Hardware – Session 5: Interviewing users", "2026-12-14 18:30",
           False, style="outlook", minutes=120, organizer=Att("Programme Office", "pm-course@hdm-stuttgart.de"),
           attendees=[me()], location="HdM Stuttgart, Raum 1.12",
           desc="Evening course, module 5: customer discovery interviews, Jobs-to-be-done, synthesis."))
    add(Ev("onboarding", "en", "Onboarding day 1 – welcome to Kinetrix!", "2027-02-15 09:00", False, minutes=480,
           organizer=Att("People Team", "people@kinetrix.io"),
           attendees=[me(), Att("People Team", "people@kinetrix.io"),
                      room("MUC-Isar (6)", "c_18874f2a@resource.calendar.google.com")],
           desc="Welcome aboard, Mei! Laptop pickup, HR paperwork, team lunch, safety briefing.\n\n" + gfooter("en")))
    add(Ev("press-interview", "en", "Press interview – Stuttgarter Zeitung on women in engineering", "2026-12-15 11:00",
           False, style="outlook", minutes=45, organizer=Att("Kommunikation", "presse@kessler-antriebe.de"),
           attendees=[me(True, "Chen, Mei"), Att("Anna Vogel", "a.vogel@stzn.de")],
           desc="Journalist Anna Vogel interviews Mei for a feature on engineers at Kessler. Corporate comms attends."))
    add(Ev("prep-block", "en", "Prep: Robomed panel – STAR stories + questions", "2026-12-14 19:00", False,
           style="apple", minutes=90, desc="Rehearse the 3 stories, re-read their 510(k) news, questions for Anja."))
    add(Ev("internal-meeting", "en", "Design review – gearbox housing rev C", "2026-12-16 14:00", False,
           style="outlook", minutes=60, organizer=me(True, "Chen, Mei"),
           attendees=[Att("Maurer, Jens", "j.maurer@kessler-antriebe.de"),
                      Att("Fink, Oliver", "o.fink@kessler-antriebe.de"),
                      room("STR-Geb.4-Raum 2.12 (Beamer)", "raum.4-2.12@kessler-antriebe.de")],
           desc="Review FEA results and tolerance stack before release."))
    add(Ev("mock-interview", "en", "Practice interview with Dan (he plays Kinetrix HM)", "2027-01-16 11:00", False,
           minutes=60, organizer=Att("Dan Whitaker", "dan.whitaker@gmail.com"),
           attendees=[Att("Dan Whitaker", "dan.whitaker@gmail.com", partstat="ACCEPTED"), me()],
           desc="Dry run for Monday's onsite. I'll grill you on tolerance stacks and roadmaps :) – Dan\n\n"
                + meet("en", "gzu-pwra-iqs")))
    add(Ev("tickler", "en", "Send thank-you notes — Ortheon Medical, Technical Program Manager", "2026-12-10 16:00",
           False,
           style="ats", prodid="-//afterview//afterview//EN", tz="Europe/Berlin", minutes=15,
           desc="Write down reflections and interviewer names, then open the drafts in your Drafts folder.",
           extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KIND:thank-you"]))
    add(Ev("exit-interview", "en", "Exit interview (HR) – Mei Chen", "2027-02-10 15:00", False, style="exchange",
           minutes=45, organizer=Att("Lang, Katrin", "k.lang@kessler-antriebe.de"), attendees=[me(True, "Chen, Mei")],
           desc="Standard exit conversation before your last day: feedback on team, processes and reasons for "
                "leaving. Confidential."))

    add(Ev("headhunter-intake", "de", "Kennenlernen – Frau Chen / Berger & Roth Executive Search", "2026-12-01 09:00",
           False, style="outlook", minutes=45, organizer=Att("Roth, Wolfgang", "w.roth@berger-roth.de"),
           attendees=[me(), Att("Roth, Wolfgang", "w.roth@berger-roth.de")],
           desc="Sehr geehrte Frau Chen,\n\nvielen Dank für Ihr Interesse. In diesem ersten Gespräch möchte ich Sie "
                "und "
                "Ihre Vorstellungen kennenlernen. Zu konkreten Mandaten kann ich Ihnen danach mehr sagen.\n\n"
                "Mit freundlichen Grüßen\nWolfgang Roth"))
    add(Ev("jobcenter-termin", "de", "Termin Agentur für Arbeit – Beratungsgespräch (Arbeitssuchendmeldung)",
           "2026-12-02 08:30", False, style="ios", minutes=30,
           location="Agentur für Arbeit Stuttgart, Nordbahnhofstraße 30-34",
           desc="Einladung zum Gespräch mit der Arbeitsvermittlung. Lebenslauf und Kündigung mitbringen."))
    add(Ev("mock-interview", "de", "Probeinterview mit Sandra (Bewerbungscoaching)", "2026-12-05 10:00", False,
           style="apple", minutes=60, organizer=Att("Sandra Kühn", "kontakt@kuehn-coaching.de"),
           attendees=[me(), Att("Sandra Kühn", "kontakt@kuehn-coaching.de")],
           desc="Wir simulieren ein Vorstellungsgespräch für eine Produktmanagement-Stelle in der Robotik, inkl. "
                "Gehaltsverhandlung. Feedback im Anschluss.\n\n" + zoom("de", "715 440 9921", "Kh9Cz3")))
    add(Ev("webinar", "de", "Webinar: Souverän ins Vorstellungsgespräch – Tipps für Ingenieur:innen",
           "2026-12-08 17:00",
           False, style="ats", prodid="-//GoToWebinar//GoTo//DE", minutes=90,
           organizer=coord("VDI Karriere", "webinare@vdi-karriere.de", "CHAIR"), attendees=[me()],
           desc="Vielen Dank für Ihre Anmeldung. Themen: typische Fragen im Vorstellungsgespräch, Selbstpräsentation, "
                "Gehalt. Referentin: Dr. Petra Lindemann."))
    add(Ev("auslaenderbehoerde", "de", "Termin Ausländerbehörde – Blaue Karte Verlängerung", "2026-12-09 10:40",
           False, style="floating", minutes=30, location="Ausländerbehörde Stuttgart, Eberhardstraße 39",
           desc="Vorsprache zur Verlängerung des Aufenthaltstitels. Pass, Arbeitsvertrag, Gehaltsnachweise, "
                "biometrisches Foto."))
    add(Ev("mitarbeitergespraech", "de", "Jahresgespräch Mei / Jens", "2026-12-11 14:00", False, style="outlook",
           minutes=60, organizer=Att("Maurer, Jens", "j.maurer@kessler-antriebe.de"), attendees=[me(True, "Chen, Mei")],
           desc="Jährliches Mitarbeitergespräch: Zielerreichung 2026, Ziele 2027, Weiterbildung."))
    add(Ev("research-interview", "de", "Interview für Masterarbeit (Uni Stuttgart) – Agile Hardwareentwicklung",
           "2026-12-16 16:00", False, minutes=45, organizer=Att("Leonie Hahn", "st178832@stud.uni-stuttgart.de"),
           attendees=[Att("Leonie Hahn", "st178832@stud.uni-stuttgart.de", partstat="ACCEPTED"), me()],
           desc="Liebe Frau Chen, vielen Dank, dass Sie sich als Expertin für ein Interview zu meiner Masterarbeit "
                "zur Verfügung stellen. Dauer ca. 45 Minuten, Aufzeichnung nur mit Ihrer Zustimmung.\n\n"
                + meet("de", "fuv-kqdm-zhe") + "\n" + gfooter("de")))
    add(Ev("reference-call", "de", "Referenzgespräch für Lars Bühler – Anruf Cobotik", "2026-12-18 11:30", False,
           style="floating", minutes=20,
           desc="Frau Vogt von Cobotik ruft mich als Referenz für Lars (ehem. Kollege) an. Stichpunkte vorbereiten."))
    add(Ev("job-fair", "de", "bonding Firmenkontaktmesse Stuttgart", "2027-01-13", False, style="allday",
           location="Universität Stuttgart, Campus Vaihingen",
           desc="Firmenkontaktmesse – Kessler-Stand betreuen? Oder selbst umschauen."))
    add(Ev("coffee-chat", "de", "Kaffee mit Thomas (ehem. Kommilitone, jetzt bei Voltaro)", "2027-01-09 10:00", False,
           style="ios", minutes=60, location="Café Kaiserbau, Stuttgart",
           desc="Einfach mal hören, wie es bei Voltaro so ist – keine Bewerbung, nur Austausch."))
    add(Ev("linkedin-recruiter", "de", "Telefonat Recruiterin (LinkedIn) – Wechselmotivation", "2027-01-11 12:15",
           False, minutes=20, organizer=Att("Jana Pohl", "jana.pohl@hirehub-personal.de"),
           attendees=[Att("Jana Pohl", "jana.pohl@hirehub-personal.de", partstat="ACCEPTED"), me()],
           desc="Hallo Mei, danke für die Rückmeldung auf LinkedIn! Ich würde gerne deine Wechselmotivation und "
                "Gehaltsvorstellung besprechen – meine Kunden stelle ich dir danach vor.\n\n" + meet("de",
                "jvh-dusq-mze")))
    add(Ev("class", "de", "IHK-Seminar: Interviewtechniken im Einkauf und Vertrieb", "2027-01-14 09:00", False,
           style="outlook", minutes=420, organizer=Att("IHK Region Stuttgart", "seminare@stuttgart.ihk.de"),
           attendees=[me(True, "Chen, Mei")], location="IHK Stuttgart, Jägerstraße 30",
           desc="Tagesseminar: Gesprächsführung, Fragetechniken, Interviews mit Lieferanten und Kunden."))
    add(Ev("prep-block", "de", "Vorbereitung Gespräch Sanovia (Präsentation üben)", "2027-01-14 19:30", False,
           style="apple", minutes=120, desc="Folien durchgehen, 15 Minuten stoppen, Fragen an Dr. Gerlach notieren."))
    add(Ev("personal", "de", "Zahnarzt Dr. Scholz", "2027-01-18 07:45", False, style="ios", minutes=45,
           location="Praxis Dr. Scholz, Marienplatz 3, Stuttgart"))
    add(Ev("internal-meeting", "de", "Jour fixe Konstruktion", "2027-01-05 09:00", False, style="outlook", minutes=30,
           rrule="FREQ=WEEKLY;BYDAY=TU", override=("2027-01-19 09:00", "2027-01-19 11:00", ""),
           organizer=Att("Maurer, Jens", "j.maurer@kessler-antriebe.de"),
           attendees=[me(True, "Chen, Mei"), Att("Fink, Oliver", "o.fink@kessler-antriebe.de")],
           desc="Wöchentlicher Abgleich Projekte, Freigaben, Ressourcen.\n\n" + teams("de", "330 118 274 559",
           "Jf7Kn1")))
    add(Ev("onboarding", "de", "Onboarding bei Cobotik – erster Arbeitstag", "2027-03-01 08:30", False,
           style="exchange", minutes=480, organizer=Att("Vogt, Nadine", "n.vogt@cobotik.de"), attendees=[me()],
           desc="Herzlich willkommen! Wir starten mit IT-Ausstattung, Arbeitssicherheit und einem Mittagessen mit dem "
                "Team. Bitte bringen Sie Ihre Steuer-ID und Sozialversicherungsnummer mit."))
    add(Ev("cancelled-negative", "de", "Abgesagt: Webinar Gehaltsverhandlung für Ingenieurinnen", "2027-01-20 18:00",
           False, style="outlook", minutes=60, status="CANCELLED", sequence=1,
           organizer=Att("Netzwerk Ingenieurinnen", "events@ingenieurinnen-netz.de"), attendees=[me()],
           desc="Das Webinar muss leider entfallen. Ein Ersatztermin folgt. " + webex("de", "2311 662 0894",
           "ingnetz")))
    return out
