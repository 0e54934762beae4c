"""holdout108: the user's own interviews sent by ATS and scheduling tools (blind author; CC0 1.0)."""

from __future__ import annotations

from holdout108ev_ics import (
    BERLIN,
    ME,
    att,
    cal,
    ev,
    hexid,
    meet_en,
    org,
    rec,
    teams,
    tz_central,
    tz_outlook,
    webex_de,
    when,
    zoom,
)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "personio-interview-" + hexid("a1", 20)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260224T100000", "20260224T110000"),
        "Vorstellungsgespräch Leonie Hartmann – Logopäde/Logopädin (m/w/d) Neurologie",
        organizer=org("l.franke@rehaklinik-bergisch.de", "Lisa Franke"),
        attendees=[att(ME, "Leonie Hartmann"), att("s.roth@rehaklinik-bergisch.de", "Dr. med. Sabine Roth"),
                   att("k.moeller@rehaklinik-bergisch.de", "Katrin Möller")],
        desc="Hallo Leonie,\n\nvielen Dank für Ihre Bewerbung als Logopäde/Logopädin (m/w/d) Neurologie bei der "
             "Rehaklinik Bergisches Land. Wir freuen uns, Sie persönlich kennenzulernen.\n\n"
             "Ihre Gesprächspartnerinnen:\n- Dr. med. Sabine Roth, Chefärztin Neurologie\n"
             "- Katrin Möller, Leitung Sprachtherapie\n\nBitte melden Sie sich am Empfang Haus B. "
             "Parkplätze finden Sie vor Haus A.\n\nBei Fragen erreichen Sie mich unter 02202 9871-140.\n\n"
             "Viele Grüße\nLisa Franke\nPersonalabteilung\n\n-- \nDieser Termin wurde mit Personio erstellt.",
        loc="Rehaklinik Bergisches Land, Haus B, Konferenzraum Dhünn, Am Kurpark 12, 51519 Odenthal"),
        "-//Personio GmbH//Personio Recruiting//DE", tz=BERLIN)
    out.append(rec("personio-de", ics, uid, 1, "personio-de", "Rehaklinik Bergisches Land",
                   "Logopäde/Logopädin (m/w/d) Neurologie", "hiring_manager",
                   "s.roth@rehaklinik-bergisch.de;k.moeller@rehaklinik-bergisch.de"))

    uid = "sg-" + hexid("a2", 24) + "@softgarden.io"
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260303T140000", "20260303T150000"),
        "Einladung: Vorstellungsgespräch Logopädin / Logopäde (m/w/d) Frühförderung",
        organizer=org("noreply@softgarden.io", "SHZ Ruhr Recruiting"),
        attendees=[att(ME, "Leonie Hartmann"), att("m.albrecht@shz-ruhr.de", "Martin Albrecht"),
                   att("e.reuter@shz-ruhr.de", "Dr. Eva Reuter")],
        desc="Sehr geehrte Frau Hartmann,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch "
             "bei der Sprachheilzentrum Ruhr gGmbH.\n\nStelle: Logopädin / Logopäde (m/w/d) Frühförderung\n"
             "Ihre Gesprächspartner: Martin Albrecht (Geschäftsführung), Dr. Eva Reuter (Bereichsleitung "
             "Frühförderung)\nDauer: ca. 60 Minuten\n\nSollten Sie den Termin nicht wahrnehmen können, "
             "sagen Sie bitte über den Link in Ihrer Einladungs-E-Mail ab.\n\nMit freundlichen Grüßen\n"
             "Ihr Team der SHZ Ruhr\n\nPowered by softgarden",
        loc="SHZ Ruhr, Huttropstraße 40, 45138 Essen"),
        "-//softgarden e-recruiting GmbH//Interview Scheduler//DE", tz=BERLIN)
    out.append(rec("softgarden-de", ics, uid, 1, "softgarden-de", "Sprachheilzentrum Ruhr",
                   "Logopädin / Logopäde (m/w/d) Frühförderung", "",
                   "m.albrecht@shz-ruhr.de;e.reuter@shz-ruhr.de"))

    uid = "SF-INT-" + hexid("a3", 16).upper()
    ics = cal(ev(
        uid, when("", "20260305T090000Z", "20260305T100000Z"),
        "Interviewtermin: Logopäde (m/w/d) Phase B/C – Medivita Klinik Bad Honnef (Req. 48213)",
        organizer=org("noreply@successfactors.eu", "Medivita Kliniken Recruiting"),
        attendees=[att(ME, "Leonie Hartmann"), att("j.hambach@medivita-kliniken.de", "Hambach, Jörg"),
                   att("n.clasen@medivita-kliniken.de", "Clasen, Dr. Nina")],
        desc="Sehr geehrte Frau Hartmann,\n\nwir laden Sie zu einem Online-Interview für die Position "
             "Logopäde (m/w/d) Phase B/C in der Medivita Klinik Bad Honnef ein.\n\nInterviewer:\n"
             "Jörg Hambach – Therapieleitung\nDr. Nina Clasen – Oberärztin Neurologische Frührehabilitation\n\n"
             + webex_de("2731 448 9903") + "\n\nMedivita Kliniken GmbH · Talent Acquisition",
        loc="Webex"),
        "-//SAP SuccessFactors//Interview Scheduling//EN")
    out.append(rec("successfactors-de", ics, uid, 1, "successfactors-utc-de", "Medivita Klinik Bad Honnef",
                   "Logopäde (m/w/d) Phase B/C", "hiring_manager",
                   "j.hambach@medivita-kliniken.de;n.clasen@medivita-kliniken.de"))

    uid = "WD-" + hexid("a4", 12) + "-R0024518@myworkday.com"
    ics = cal(ev(
        uid, when("", "20260226T130000Z", "20260226T133000Z"),
        "Einladung zum Interview: Sprachtherapeut/Logopäde (m/w/d) – R0024518",
        organizer=org("curanova@myworkday.com", "Curanova Talent Acquisition"),
        attendees=[att(ME, "Leonie Hartmann"), att("m.vos@curanova.de", "Meike Vos")],
        desc="Hallo Leonie Hartmann,\n\nvielen Dank für Ihr Interesse an der Position Sprachtherapeut/Logopäde "
             "(m/w/d) in der Curanova Rehaklinik Münsterland (Stellen-ID R0024518).\n\nIm ersten Gespräch "
             "lernen Sie Meike Vos (Talent Acquisition Partner) kennen. Es geht um Ihren Werdegang, "
             "Ihre Wechselmotivation und Rahmenbedingungen.\n\n" + teams("de", "a4")
             + "\n\nDiese Nachricht wurde von Workday gesendet. Bitte nicht antworten.",
        loc="Microsoft Teams-Besprechung"),
        "-//Workday Inc.//Workday Recruiting//EN")
    out.append(rec("workday-de", ics, uid, 1, "workday-screen-de", "Curanova Rehaklinik Münsterland",
                   "Sprachtherapeut/Logopäde (m/w/d)", "recruiter_screen", "m.vos@curanova.de"))

    uid = hexid("a5", 24) + "@smartrecruiters.com"
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260310T133000", "20260310T143000"),
        "Interview: Logopädin (m/w/d) Stroke Unit | Kreisklinikum Eifelland",
        organizer=org("recruiting@kkh-eifelland.de", "Recruiting Team Kreisklinikum"),
        attendees=[att(ME, "Leonie Hartmann"), att("b.heuser@kkh-eifelland.de", "Birgit Heuser"),
                   att("r.kempen@kkh-eifelland.de", "Dr. Ralf Kempen"),
                   att("recruiting@kkh-eifelland.de", "Recruiting Team", role="NON-PARTICIPANT", rsvp=False)],
        desc="Fachgespräch mit Fallbeispiel\n\nLiebe Frau Hartmann,\nim zweiten Gespräch möchten wir mit Ihnen "
             "einen Fall aus der Stroke Unit besprechen (Dysphagie nach Mediainfarkt, Befund liegt vor Ort aus). "
             "Bitte planen Sie 15 Minuten für Ihre Einschätzung zu Diagnostik und Kostform ein.\n\n"
             "Gesprächspartner: Birgit Heuser (leitende Logopädin), Dr. Ralf Kempen (Oberarzt Neurologie)\n"
             "Organisation: Recruiting Team (nimmt nicht teil)\n\nSent via SmartRecruiters",
        loc="Kreisklinikum Eifelland, Klinikstraße 3, 53894 Mechernich, Besprechungsraum Neurologie"),
        "-//SmartRecruiters//SmartRecruiters Calendar//EN", tz=BERLIN)
    out.append(rec("smartrecruiters-case-de", ics, uid, 1, "smartrecruiters-case-de", "Kreisklinikum Eifelland",
                   "Logopädin (m/w/d) Stroke Unit", "technical",
                   "b.heuser@kkh-eifelland.de;r.kempen@kkh-eifelland.de"))

    uid = "dvinci-termin-88142-" + hexid("a6", 8)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260312T090000", "20260312T100000"),
        "Ihr Vorstellungsgespräch im Marienhospital Rheinbach",
        organizer=org("bewerbung@marienhospital-rheinbach.de", "Personalabteilung Marienhospital"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Sehr geehrte Frau Hartmann,\n\nwir bestätigen Ihren Termin zum Vorstellungsgespräch für die Stelle "
             "Logopädin (m/w/d) in Teilzeit (75 %) – Akutgeriatrie.\n\nAn dem Gespräch nehmen teil:\n"
             "Frau Ulrike Nettersheim, Pflegedirektorin\nHerr Dr. Stefan Pütz, Chefarzt Geriatrie\n\n"
             "Bitte bringen Sie Ihre Zeugnisse im Original mit.\n\nMit freundlichen Grüßen\n"
             "Ihre Personalabteilung\n\n(versendet über d.vinci Bewerbermanagement)",
        loc="Marienhospital Rheinbach, Verwaltungsgebäude, Raum 104, Hospitalstraße 8, 53359 Rheinbach"),
        "-//d.vinci HR-Systems GmbH//Bewerbermanagement 6.4//DE", tz=BERLIN)
    out.append(rec("dvinci-de", ics, uid, 1, "dvinci-names-only-de", "Marienhospital Rheinbach",
                   "Logopädin (m/w/d) in Teilzeit (75 %) – Akutgeriatrie", "hiring_manager",
                   "Ulrike Nettersheim;Stefan Pütz"))

    uid = "rexx-" + hexid("a7", 20) + "@hildegard-hospital.de"
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260402T150000", "20260402T160000"),
        "2. Gesprächsrunde – Logopädin (m/w/d) – Frau Leonie Hartmann",
        organizer=org("personal@hildegard-hospital.de", "St. Hildegard-Hospital Opladen – Personal"),
        attendees=[att(ME, "Leonie Hartmann"), att("t.breuer@hildegard-hospital.de", "Thomas Breuer"),
                   att("m.lenz@hildegard-hospital.de", "Monika Lenz")],
        desc="Sehr geehrte Frau Hartmann,\n\nnach dem angenehmen ersten Gespräch laden wir Sie zur finalen "
             "Gesprächsrunde mit unserem Geschäftsführer Herrn Breuer und Frau Lenz (Therapieleitung) ein. "
             "Dabei möchten wir auch Vertragsdetails (Eintrittstermin, Stundenumfang) besprechen.\n\n"
             "Mit freundlichen Grüßen\nPersonalabteilung St. Hildegard-Hospital Opladen\n\nrexx systems",
        loc="Geschäftsführung, Haus 1, 3. OG, Am Hildegardpark 2, 51379 Leverkusen"),
        "-//rexx systems GmbH//rexx Recruiting//DE", tz=BERLIN)
    out.append(rec("rexx-final-de", ics, uid, 1, "rexx-final-de", "St. Hildegard-Hospital Opladen",
                   "Logopädin (m/w/d)", "final", "t.breuer@hildegard-hospital.de;m.lenz@hildegard-hospital.de"))

    uid = "tt-interview-" + hexid("a8", 18)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260217T083000", "20260217T090000"),
        "Interview: Leonie Hartmann / Therapiewerk Essen",
        organizer=org("s.kaufmann@therapiewerk.de", "Sina Kaufmann"),
        attendees=[att(ME, "Leonie Hartmann"), att("s.kaufmann@therapiewerk.de", "Sina Kaufmann",
                                                   partstat="ACCEPTED")],
        desc="Hi Leonie,\n\nschön, dass es klappt! Im ersten Kennenlernen (30 Min.) sprechen wir über die Stelle "
             "„Logopädin (m/w/d) – Schwerpunkt Neurologie, Vollzeit“ und deine Fragen.\n\nLiebe Grüße\n"
             "Sina (Recruiting)\n\n" + teams("de", "a8") + "\n\nGeplant mit Teamtailor",
        loc="Microsoft Teams"),
        "-//Teamtailor//Teamtailor Calendar//EN", tz=BERLIN)
    out.append(rec("teamtailor-de", ics, uid, 1, "teamtailor-screen-de", "Therapiewerk Essen",
                   "Logopädin (m/w/d) – Schwerpunkt Neurologie, Vollzeit", "recruiter_screen",
                   "s.kaufmann@therapiewerk.de"))

    uid = "workable-" + hexid("a9", 22)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260219T161500", "20260219T170000"),
        "Interview for Speech and Language Therapist (Learning Support) at Rhine Valley International School",
        organizer=org("noreply@workablemail.com", "Rhine Valley International School"),
        attendees=[att(ME, "Leonie Hartmann"), att("f.mcallister@rvis.de", "Fiona McAllister"),
                   att("d.okafor@rvis.de", "Daniel Okafor")],
        desc="Dear Leonie,\n\nThank you for your application. You are invited to an interview with Fiona "
             "McAllister (Head of Learning Support) and Daniel Okafor (Deputy Principal).\n\n"
             + zoom("en", "852 1190 4437", "R3hW1x9PqkVbTtLm") + "\n\nKind regards,\nRVIS Human Resources\n\n"
             "This event was scheduled with Workable.",
        loc="Zoom"),
        "-//Workable//Workable Calendar//EN", tz=BERLIN)
    out.append(rec("workable-en", ics, uid, 1, "workable-en", "Rhine Valley International School",
                   "Speech and Language Therapist (Learning Support)", "hiring_manager",
                   "f.mcallister@rvis.de;d.okafor@rvis.de"))

    uid = hexid("a10", 32) + "@greenhouse.io"
    ics = cal(ev(
        uid, when("", "20260311T140000Z", "20260311T151500Z"),
        "Interview Confirmation: Clinical Case Review – Leonie Hartmann (Clinical Speech Therapist, Aphasia)",
        organizer=org("paula.winter@sprachbruecke.app", "Paula Winter"),
        attendees=[att(ME, "Leonie Hartmann"), att("marta.schenk@sprachbruecke.app", "Marta Schenk"),
                   att("tobias.lang@sprachbruecke.app", "Tobias Lang"),
                   att("paula.winter@sprachbruecke.app", "Paula Winter", role="OPT-PARTICIPANT",
                       partstat="ACCEPTED")],
        desc="Hi Leonie,\n\nHere are the details for your Clinical Case Review with Sprachbrücke.\n\n"
             "15:00 – 15:45 CET  Case discussion (anonymised aphasia case) – Marta Schenk, Head of Therapy\n"
             "15:45 – 16:15 CET  How you would design an exercise for the app – Tobias Lang, Product Manager\n\n"
             "Paula Winter (Recruiting Coordinator) will open the call and then leave.\n\n"
             + meet_en("kdq-rwtz-hne") + "\n\nPowered by Greenhouse",
        loc="Google Meet"),
        "-//Greenhouse Software//Greenhouse Recruiting//EN")
    out.append(rec("greenhouse-case-en", ics, uid, 1, "greenhouse-case-utc-en", "Sprachbrücke",
                   "Clinical Speech Therapist, Aphasia", "technical",
                   "marta.schenk@sprachbruecke.app;tobias.lang@sprachbruecke.app"))

    uid = "lever-" + hexid("a11", 24)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260218T170000", "20260218T174500"),
        "Leonie Hartmann <> Cogniva Health – Hiring Manager Interview",
        organizer=org("ben@cogniva.health", "Ben Adeyemi"),
        attendees=[att(ME, "Leonie Hartmann"), att("ben@cogniva.health", "Ben Adeyemi", partstat="ACCEPTED")],
        desc="Role: Clinical Lead Speech Therapy (DACH)\nInterviewer: Ben Adeyemi, VP Clinical Operations\n\n"
             "Hi Leonie, looking forward to our chat about building out the speech therapy programme in "
             "Germany.\n\n" + meet_en("xpo-hfem-jsa") + "\n\nScheduled via Lever",
        loc="https://meet.google.com/xpo-hfem-jsa"),
        "-//Lever//Lever Interview//EN", tz=BERLIN)
    out.append(rec("lever-hm-en", ics, uid, 1, "lever-hm-en", "Cogniva Health", "Clinical Lead Speech Therapy (DACH)",
                   "hiring_manager", "ben@cogniva.health"))

    uid = "ashby-" + hexid("a12", 28)
    ics = cal(ev(
        uid, when("", "20260407T080000Z", "20260407T091500Z"),
        "Wortwerk Health – Case Presentation: Leonie Hartmann",
        organizer=org("mia.torres@wortwerk.health", "Mia Torres"),
        attendees=[att(ME, "Leonie Hartmann"), att("hanna.berg@wortwerk.health", "Dr. Hanna Berg"),
                   att("felix@wortwerk.health", "Felix Oduya"),
                   att("mia.torres@wortwerk.health", "Mia Torres", role="NON-PARTICIPANT", rsvp=False)],
        desc="Position: Clinical Lead – Speech Therapy\n\nAgenda\n- 25 min: your case presentation (a child with "
             "a phonological disorder, moving from in-person to video therapy)\n- 30 min: Q&A with Dr. Hanna "
             "Berg (Head of Clinical) and Felix Oduya (CEO)\n- 10 min: your questions\n\n"
             "Coordinator: Mia Torres (not joining)\n\n" + zoom("en", "861 4402 7719", "WwH2026caseQ")
             + "\n\nScheduled with Ashby",
        loc="Zoom"),
        "-//Ashby//Ashby Scheduling//EN")
    out.append(rec("ashby-case-en", ics, uid, 1, "ashby-case-en", "Wortwerk Health", "Clinical Lead – Speech Therapy",
                   "technical", "hanna.berg@wortwerk.health;felix@wortwerk.health"))

    uid = hexid("a13", 8) + "-" + hexid("a13b", 4) + "-calendly"
    ics = cal(ev(
        uid, when("", "20260323T110000Z", "20260323T113000Z"),
        "Screening Call (Clinical Lead Speech Therapy) between Jana Feld and Leonie Hartmann",
        organizer=org("jana.feld@wortwerk.health", "Jana Feld"),
        attendees=[att(ME, "Leonie Hartmann", partstat="ACCEPTED"), att("jana.feld@wortwerk.health", "Jana Feld")],
        desc="Event Name: Screening Call (Clinical Lead Speech Therapy)\n\nLocation: This is a Google Meet web "
             "conference.\nhttps://meet.google.com/jwn-qozb-ett\n\nNeed to make changes to this event?\n"
             "Cancel: https://calendly.com/cancellations/" + hexid("a13c", 36) + "\n"
             "Reschedule: https://calendly.com/reschedulings/" + hexid("a13c", 36) + "\n\n"
             "Powered by Calendly.com",
        loc="https://meet.google.com/jwn-qozb-ett"),
        "-//Calendly//Calendly//EN")
    out.append(rec("calendly-screen-en", ics, uid, 1, "calendly-screen-en", "Wortwerk Health",
                   "Clinical Lead Speech Therapy", "recruiter_screen", "jana.feld@wortwerk.health"))

    uid = "icims-" + hexid("a14", 20) + "@talent.icims.com"
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260316T100000", "20260316T110000"),
        "Interview Scheduled – Clinical Specialist Rehabilitation (m/f/d), Germany West",
        organizer=org("sonavia-talent@talent.icims.com", "Sonavia Talent Acquisition"),
        attendees=[att(ME, "Leonie Hartmann"), att("claire.dubois@sonavia.com", "Claire Dubois"),
                   att("jan.verhoeven@sonavia.com", "Jan Verhoeven")],
        desc="Dear Leonie,\n\nYour interview for Clinical Specialist Rehabilitation (m/f/d), Germany West "
             "(Job ID 2026-3318) at Sonavia Hearing has been scheduled.\n\nInterviewers:\n"
             "Claire Dubois – Regional Clinical Manager EMEA\nJan Verhoeven – Clinical Specialist, Benelux\n\n"
             + teams("en", "a14") + "\n\nSonavia Hearing is an equal opportunity employer.",
        loc="Microsoft Teams Meeting"),
        "-//iCIMS//iCIMS Recruit//EN", tz=BERLIN)
    out.append(rec("icims-en", ics, uid, 1, "icims-en", "Sonavia Hearing",
                   "Clinical Specialist Rehabilitation (m/f/d), Germany West", "hiring_manager",
                   "claire.dubois@sonavia.com;jan.verhoeven@sonavia.com"))

    uid = "goodtime-" + hexid("a15", 24)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260414T093000", "20260414T130000"),
        "Audivo Medical | Onsite Interview – Leonie Hartmann (Rehabilitation Specialist CI)",
        organizer=org("scheduling@audivo-medical.com", "Audivo Recruiting Scheduling"),
        attendees=[att(ME, "Leonie Hartmann"), att("l.brandes@audivo-medical.com", "Lena Brandes",
                                                   role="OPT-PARTICIPANT"),
                   att("s.kowalski@audivo-medical.com", "Sven Kowalski"),
                   att("a.ferreira@audivo-medical.com", "Ana Ferreira"),
                   att("h.gruen@audivo-medical.com", "Dr. Henrike Grün"),
                   att("raum.rhein@audivo-medical.com", "DUS-3.OG-Rhein (8)", cutype="ROOM",
                       role="NON-PARTICIPANT")],
        desc="Welcome to Audivo Medical Düsseldorf!\n\n09:30 Welcome & office tour – Lena Brandes (Recruiter, "
             "host only)\n10:00 Panel: rehabilitation team – Sven Kowalski, Ana Ferreira\n"
             "11:00 Practical: auditory-verbal training session with a CI user (role play)\n"
             "12:00 Hiring manager – Dr. Henrike Grün, Head of Clinical Rehabilitation DACH\n\n"
             "Address: Speditionstraße 21, 40221 Düsseldorf, 3rd floor, meeting room Rhein.\n"
             "Please bring ID for reception.\n\nScheduled with GoodTime",
        loc="Audivo Medical, Speditionstraße 21, 40221 Düsseldorf – Room Rhein"),
        "-//GoodTime.io//GoodTime Hire//EN", tz=BERLIN)
    out.append(rec("goodtime-onsite-en", ics, uid, 1, "goodtime-onsite-room-en", "Audivo Medical",
                   "Rehabilitation Specialist CI", "onsite",
                   "s.kowalski@audivo-medical.com;a.ferreira@audivo-medical.com;h.gruen@audivo-medical.com"))

    uid = "ml-" + hexid("a16", 30)
    ics = cal(ev(
        uid, when("", "20260421T120000Z", "20260421T130000Z"),
        "Final Interview with Sprachbrücke founders – Leonie Hartmann",
        organizer=org("paula.winter@sprachbruecke.app", "Paula Winter"),
        attendees=[att(ME, "Leonie Hartmann"), att("nils@sprachbruecke.app", "Nils Ahrens"),
                   att("marta.schenk@sprachbruecke.app", "Marta Schenk")],
        desc="Final round for Clinical Speech Therapist (Aphasia).\nInterviewers: Nils Ahrens (Co-founder & CEO), "
             "Marta Schenk (Co-founder, Head of Therapy)\nFormat: values & collaboration, offer timeline\n\n"
             + meet_en("uvy-ktbn-rrc") + "\n\nThis interview was scheduled with ModernLoop.",
        loc="Google Meet"),
        "-//ModernLoop//ModernLoop Scheduler//EN")
    out.append(rec("modernloop-final-en", ics, uid, 1, "modernloop-final-en", "Sprachbrücke",
                   "Clinical Speech Therapist (Aphasia)", "final",
                   "nils@sprachbruecke.app;marta.schenk@sprachbruecke.app"))

    uid = "recruitee-" + hexid("a17", 22)
    ics = cal(ev(
        uid, when("Europe/Amsterdam", "20260225T110000", "20260225T120000"),
        "Sollicitatiegesprek / Interview: Logopedist (Duitstalig) – Leonie Hartmann",
        organizer=org("werkenbij@rc-heuvelland.nl", "Werken bij Revalidatiecentrum Heuvelland"),
        attendees=[att(ME, "Leonie Hartmann"), att("m.janssen@rc-heuvelland.nl", "Marieke Janssen"),
                   att("p.cremers@rc-heuvelland.nl", "Pieter Cremers")],
        desc="Dear Leonie,\n\nThank you for applying for Logopedist (Duitstalig) at Revalidatiecentrum Heuvelland. "
             "Since you do not (yet) speak Dutch, the interview will be in English and German.\n\n"
             "You will meet Marieke Janssen (teamleider logopedie) and Pieter Cremers (revalidatiearts).\n\n"
             + teams("en", "a17") + "\n\nMet vriendelijke groet,\nHR Revalidatiecentrum Heuvelland\n(Recruitee)",
        loc="Microsoft Teams"),
        "-//Recruitee//Recruitee Interviews//EN", tz=tz_central("Europe/Amsterdam"))
    out.append(rec("recruitee-nl-en", ics, uid, 1, "recruitee-nl-en", "Revalidatiecentrum Heuvelland",
                   "Logopedist (Duitstalig)", "hiring_manager",
                   "m.janssen@rc-heuvelland.nl;p.cremers@rc-heuvelland.nl"))

    uid = "indeed-interview-" + hexid("a18", 20)
    ics = cal(ev(
        uid, when("", "20260304T171500Z", "20260304T174500Z"),
        "Indeed Interview: Logopädin (m/w/d) bei Therapiepunkt Neuss",
        organizer=org("interview@indeed.com", "Indeed Interview"),
        attendees=[att(ME, "Leonie Hartmann"), att("h.sommer@therapiepunkt-neuss.de", "Heike Sommer")],
        desc="Ihr Videointerview mit Heike Sommer (Inhaberin, Therapiepunkt Neuss) für die Stelle "
             "Logopädin (m/w/d).\n\nZum Interview: https://interview.indeed.com/room/" + hexid("a18r", 12)
             + "\n\nTreten Sie einige Minuten vorher bei und testen Sie Kamera und Mikrofon.\n"
             "Indeed Interview – keine Software-Installation nötig.",
        loc="Indeed Interview (Video)"),
        "-//Indeed//Indeed Interview//EN")
    out.append(rec("indeed-video-de", ics, uid, 1, "indeed-video-de", "Therapiepunkt Neuss", "Logopädin (m/w/d)",
                   "hiring_manager", "h.sommer@therapiepunkt-neuss.de"))

    uid = hexid("a19", 8).upper() + "-BOOKINGS-" + hexid("a19b", 12).upper()
    ics = cal(ev(
        uid, when("W. Europe Standard Time", "20260309T080000", "20260309T084500"),
        "Bewerbungsgespräch Logopädie",
        organizer=org("BewerbungFFZ@ffzlindenthal.onmicrosoft.com", "Frühförderzentrum Lindenthal – Bewerbung"),
        attendees=[att(ME, "Leonie Hartmann"), att("c.wegener@ffz-lindenthal.de", "Claudia Wegener")],
        desc="Buchungsbestätigung\n\nDienst: Bewerbungsgespräch Logopädie (45 Minuten)\n"
             "Mitarbeiter: Claudia Wegener (Leitung)\nKunde: Leonie Hartmann, " + ME + "\n\n"
             "Frühförderzentrum Lindenthal, Dürener Straße 201, 50931 Köln\n\n"
             "Buchung verwalten: https://outlook.office365.com/owa/calendar/FFZLindenthal@ffzlindenthal."
             "onmicrosoft.com/bookings/\n\nMicrosoft Bookings",
        loc="Frühförderzentrum Lindenthal, Dürener Straße 201, 50931 Köln"),
        "Microsoft Exchange Server 2010", tz=tz_outlook("W. Europe Standard Time"))
    out.append(rec("bookings-de", ics, uid, 1, "ms-bookings-windows-tz-de", "Frühförderzentrum Lindenthal",
                   "", "", "c.wegener@ffz-lindenthal.de"))
    return out

