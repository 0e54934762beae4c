"""holdout42: other events that are not the user's own interview (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout42ev_ics import ME_WORK, Ev, boiler
from holdout42ev_pos_de import PN, P, Spec, W

WA = f"{ME_WORK}|Hartmann, Sabine|REQ|ACCEPTED"


def specs() -> list[Spec]:
    s: list[Spec] = []

    def neg(kind: str, lang: str, prod: str, ev: Ev, trap: str, method: str = "REQUEST", tz: str = "Europe/Berlin"
            ) -> None:
        s.append(Spec(kind, lang, prod, [ev], 0, trap=trap, method=method, tz=tz))

    neg("neg-mock-coach", "de", "google", Ev(
        "m0ck1nt3rv13wc0ach42abcde@google.com", "Probe-Vorstellungsgespräch mit Coach (Medtech-Rollen)",
        "20261109T1800", 60,
        "Übungsinterview: typische Fragen zu ISO 13485, Stärken/Schwächen, Gehalt. Bitte Stellenanzeige von "
        "Medtronic als Beispiel mitbringen.\n" + boiler("meet", 1, "mck-prbt-uux"),
        "", "karin.wolff.coaching@gmail.com|Karin Wolff", ["karin.wolff.coaching@gmail.com|Karin Wolff", P],
        utc=True), "mock_interview")
    neg("neg-mock-friend", "de", "ios", Ev(
        "0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E", "Mock-Interview mit Anne (sie spielt Roche-HR)",
        "20261122T1100", 60, "Üben für Donnerstag", "bei Anne, Weinheim", "", [], floating=True),
        "mock_interview", method="")
    neg("neg-mock-agentur", "de", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000MCK42DB01000000000000000010000000A0A0",
        "Interviewtraining (Outplacement) – Rollenspiel", "20261114T0900", 90,
        "Rollenspiel Vorstellungsgespräch mit Videoaufzeichnung und Feedback. Programm Karriere 45+.",
        "Mannheim, N7 13", "termine@karrierewerk-rhein.de|Karrierewerk Rhein", [PN]), "mock_interview")
    neg("neg-webinar-mdr", "en", "zoom", Ev(
        "ZOOMWEB88120044@zoom.us", "Webinar: How to ace your QA/RA job interview in medtech",
        "20261110T1700", 60,
        "Hi Sabine,\n\nThank you for registering for \"How to ace your QA/RA job interview in medtech\".\n"
        "Please submit any questions to: qa-careers@raps-events.org\n\nJoin from a PC, Mac, iPad: "
        "https://us06web.zoom.us/w/88120044?tk=abc\nPasscode: 221100\n\nYou can cancel your registration at any time.",
        "https://us06web.zoom.us/w/88120044", "no-reply@zoom.us|RAPS Europe", [P], utc=True), "webinar")
    neg("neg-class-ihk", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000IHK42DB01000000000000000010000000A1A1",
        "IHK-Seminar: Auswahlgespräche rechtssicher führen (AGG)", "20261103T0900", 420,
        "Seminar für Ausbilder/innen und Personalverantwortliche. Anmeldung über Rheinchem Weiterbildung.",
        "IHK Pfalz, Ludwigsplatz 2, Ludwigshafen", "weiterbildung@rheinchem-werke.de|Weiterbildung", [WA]),
        "class")
    neg("neg-user-research", "en", "google", Ev(
        "us3rr3s34rchl4bapp0123456@google.com", "User interview: lab software feedback (45 min, 50 EUR voucher)",
        "20261111T1600", 45,
        "Hi Sabine, thanks for signing up for our user research study about LIMS usability. We'll record the "
        "session. - Research team, Labforward\n" + boiler("meet", 7, "lbf-uxrs-qqa"),
        "", "research@labforward.io|Labforward Research", ["research@labforward.io|Labforward Research", P],
        utc=True), "user_research")
    neg("neg-press", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000PRS42DB01000000000000000010000000A2A2",
        "Interview Rheinpfalz – Ausbildung im Labor (Pressetermin)", "20261116T1000", 45,
        "Die Rheinpfalz möchte für die Ausbildungsbeilage mit Frau Hartmann über den Beruf Chemielaborant/in "
        "sprechen. Begleitung durch Unternehmenskommunikation.", "L 210, Ausbildungslabor",
        "presse@rheinchem-werke.de|Unternehmenskommunikation", [WA, "m.jung@rheinpfalz.de|Jung, Miriam"]),
        "press_interview")
    neg("neg-podcast", "en", "google", Ev(
        "p0dc4stl4bw0m3nst3mepis07@google.com", "Podcast recording: 'Women in the Lab' episode interview",
        "20261201T1900", 60, "Remote recording via Riverside. Topic: from lab bench to quality management.",
        "https://riverside.fm/studio/women-in-the-lab", "hosts@womeninthelab.fm|Women in the Lab",
        ["hosts@womeninthelab.fm|Women in the Lab", P], utc=True), "podcast")
    neg("neg-doctor", "de", "ios", Ev(
        "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D", "Zahnarzt Dr. Weber", "20261118T0730", 30, "",
        "Mannheim, O3 4", "", [], floating=True), "personal", method="")
    neg("neg-bank", "de", "google", Ev(
        "b4nkg3spr4chb4uf1n4nz1999@google.com", "Beratungsgespräch Baufinanzierung Sparkasse",
        "20261121T1000", 90, "Unterlagen: Gehaltsnachweise, Eigenkapital", "Sparkasse Vorderpfalz, Ludwigshafen",
        "", [], utc=True), "personal", method="")
    neg("neg-kita", "de", "apple", Ev(
        "6B5A4C3D-2E1F-4A0B-9C8D-7E6F5A4B3C2D", "Aufnahmegespräch Kita Sonnenblume (Emil)",
        "20261123T1500", 45, "Aufnahmegespräch mit der Kita-Leitung, Impfpass mitbringen", "Kita Sonnenblume",
        "", []), "personal_interview_word", method="")
    neg("neg-allday-birthday", "de", "google", Ev(
        "b1rthd4ym4m4sabine0000001@google.com", "Geburtstag Mama", "20261129", 1440, "", "", "", []),
        "personal", method="")
    neg("neg-internal-audit", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000AUD42DB01000000000000000010000000A3A3",
        "Internes Audit QK-Labor – Interviews mit Mitarbeitenden", "20261126T0800", 240,
        "Im Rahmen des ISO-9001-Audits werden Mitarbeitende interviewt. Sabine: Bereitstellung Prüfpläne.",
        "L 305", "qm-audit@rheinchem-werke.de|QM Audit", [WA, "jens.probst@rheinchem-werke.de|Probst, Jens"]),
        "internal")
    neg("neg-jahresgespraech", "de", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000MAG42DB01000000000000000010000000A4A4",
        "Mitarbeiterjahresgespräch Sabine Hartmann", "20261208T1400", 60,
        "Zielvereinbarung 2027, Weiterbildungswünsche.", "Büro Stahl",
        "joerg.stahl@rheinchem-werke.de|Stahl, Jörg", [WA]), "internal_review")
    neg("neg-teammeeting", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000TMM42DB01000000000000000010000000A5A5",
        "Jour fixe QK-Labor", "20261109T0830", 30, "Agenda: Schichtplan, OOS-Fälle, Kalibrierung HPLC 3",
        "L 305 Besprechung", "joerg.stahl@rheinchem-werke.de|Stahl, Jörg",
        [WA, "tobias.lenz@rheinchem-werke.de|Lenz, Tobias"], rrule="FREQ=WEEKLY;BYDAY=MO"), "internal")
    neg("neg-coffee-info", "de", "google", Ev(
        "inf0c0ff33qmp4thw4y12ab34@google.com", "Kaffee mit Nina (QM bei Fresenius) – Erfahrungsaustausch",
        "20261112T1730", 45,
        "Nina erzählt, wie sie vom Labor ins QM gewechselt ist. Keine Bewerbung, nur Tipps.",
        "Café Extrablatt, Mannheim", "nina.roth84@gmail.com|Nina Roth",
        ["nina.roth84@gmail.com|Nina Roth|REQ|ACCEPTED", P], utc=True), "coffee_chat")
    neg("neg-coffee-linkedin", "en", "google", Ev(
        "l1nk3d1nc0ff33chat9876543@google.com", "Virtual coffee - Sabine & Tom (RA at Philips)",
        "20261119T1230", 30,
        "Informal chat to learn about regulatory affairs careers - not a job interview, Tom just offered to share "
        "his path.\n" + boiler("meet", 3, "tcf-fffe-aqw"),
        "", "tom.vermeulen@philips.com|Tom Vermeulen", ["tom.vermeulen@philips.com|Tom Vermeulen", P], utc=True),
        "coffee_chat")
    neg("neg-coffee-fr", "fr", "google", Ev(
        "c4f3r3s34uqu4l1t3str4sb0g@google.com", "Café réseau - échange sur les métiers de la qualité",
        "20261128T1000", 60, "Rencontre informelle avec Claire (ancienne collègue) pour parler du marché à "
        "Strasbourg.", "Café Bretelles, Strasbourg", "", [], utc=True), "coffee_chat", method="",
        tz="Europe/Paris")
    neg("neg-jobfair", "de", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000JBF42DB01000000000000000010000000A6A6",
        "Karrieremesse Life Sciences Rhein-Neckar", "20261114", 1440,
        "Messe mit 60 Ausstellern (Roche, SAP, BASF, Heidelberg Pharma). Lebensläufe drucken.",
        "Rosengarten Mannheim", "", []), "job_fair", method="")
    neg("neg-jobfair-en", "en", "google", Ev(
        "j0bf41rb4s3lm3dt3ch2026ab@google.com", "Basel Life Sciences Career Fair - speed interviews",
        "20261205T1000", 360,
        "Open career fair; companies offer 10-minute speed meetings at their booths. Registration QR code attached.",
        "Congress Center Basel", "", [], utc=True), "job_fair", method="", tz="Europe/Zurich")
    neg("neg-reference", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000REF42DB01000000000000000010000000A7A7",
        "Referenzgespräch zu Marco Feil (ehem. Azubi)", "20261125T1200", 20,
        "Frau Hartmann, Herr Feil hat Sie als Referenz angegeben. Ich würde Sie gern kurz zu seiner Zeit bei Ihnen "
        "im Labor befragen. Viele Grüße, Svenja Arndt, Personal, Biontech",
        "Telefon", "svenja.arndt@biontech.de|Arndt, Svenja", ["svenja.arndt@biontech.de|Arndt, Svenja", W]),
        "reference_call")
    neg("neg-reference-en", "en", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000REF43DB01000000000000000010000000A8A8",
        "Reference check - Katharina Zeller", "20261209T1100", 15,
        "Hi Sabine, Katharina listed you as a reference for the Lab Analyst role with us. Would a quick call work?"
        " Thanks, Oliver (Lonza Talent Acquisition)",
        "Phone", "oliver.haas@lonza.com|Haas, Oliver", ["oliver.haas@lonza.com|Haas, Oliver", PN]),
        "reference_call", tz="Europe/Zurich")
    neg("neg-recruiter-generic", "de", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000RGN42DB01000000000000000010000000A9A9",
        "Kennenlernen – Ihre Karriere in Life Sciences (Hays)", "20261110T1200", 30,
        "Liebe Frau Hartmann, gerne möchte ich Sie kennenlernen, Ihre Wünsche besprechen und Sie in unseren "
        "Talentpool aufnehmen. Konkrete Vakanzen stellen wir danach vor. Nils Obermeier, Hays AG",
        "Telefon", "nils.obermeier@hays.de|Obermeier, Nils", ["nils.obermeier@hays.de|Obermeier, Nils", PN]),
        "recruiter_no_employer")
    neg("neg-recruiter-en", "en", "calendly", Ev(
        "calendly-Xp9sL2a-20261113", "Candidate intake call: Sabine Hartmann & Ross (Proclinical)",
        "20261113T1600", 20,
        "Event Name: Candidate intake call\nWe'll discuss your background and what you're looking for so we can "
        "match you to suitable QA/RA openings across our clients.\nLocation: phone",
        "+49 170 5550123", "ross.mitchell@proclinical.com|Ross Mitchell",
        ["ross.mitchell@proclinical.com|Ross Mitchell|REQ|ACCEPTED", P], utc=True), "recruiter_no_employer")
    neg("neg-es-recruiter", "es", "google", Ev(
        "h34dhunt3rbcn4lc4l1d4d001@google.com", "Llamada con headhunter - perfil Calidad",
        "20261203T1700", 30,
        "Conversación inicial para conocer tu perfil; aún no hay cliente asignado. Michael Page Life Sciences.",
        "", "laura.ibanez@michaelpage.es|Laura Ibáñez", ["laura.ibanez@michaelpage.es|Laura Ibáñez", P],
        utc=True), "recruiter_no_employer", tz="Europe/Madrid")
    neg("neg-prep-block", "de", "ios", Ev(
        "7C8D9E0F-1A2B-4C3D-9E4F-5A6B7C8D9E0F", "Vorbereitung Interview Novartis (Fragen, STAR-Beispiele)",
        "20261112T1900", 90, "", "", "", [], floating=True), "prep_block", method="")
    neg("neg-es-dni", "es", "apple", Ev(
        "8D9E0F1A-2B3C-4D4E-8F5A-6B7C8D9E0F1A", "Cita consulado - renovar pasaporte de Luis",
        "20261206T1000", 30, "", "Consulado de España, Frankfurt", "", []), "personal", method="")
    neg("neg-fr-webinaire", "fr", "webex", Ev(
        "webex-evt-2650881123-20261208", "Webinaire : Réussir son entretien d'embauche dans l'industrie pharma",
        "20261208T1230", 60,
        "Merci pour votre inscription au webinaire organisé par l'APEC.\n\n" + boiler("webex", 6, "f3a1", "apec"),
        "Webex", "evenements@apec.fr|APEC Événements", [P], utc=True), "webinar", tz="Europe/Paris")
    neg("neg-tickler", "de", "google", Ev(
        "afterview-tickler-thanks-medivora-7c1e@afterview.local", "Dankesnachrichten senden – Medivora, QA/RA",
        "20261113T1200", 15, "Erinnerung von afterview: Danke-Mails an Interviewer/innen schreiben.", "", "", [],
        utc=True, extra=["X-AFTERVIEW-OWNER:afterview"]), "afterview_tickler", method="")
    neg("neg-exit-colleague", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000EXT42DB01000000000000000010000000ABAB",
        "Abschied Tobias – Umtrunk", "20261211T1530", 60, "", "Sozialraum L 305",
        "joerg.stahl@rheinchem-werke.de|Stahl, Jörg", [WA]), "internal")
    return s
