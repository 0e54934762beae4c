"""Holdout12 negatives: Noor Haddad as the interviewer at Klinikum Hansestadt, in every form.

Given nothing, EVENTS is a list of Ev records; no function raises.
"""

from __future__ import annotations

from holdout12ev_boiler import teams, zoom
from holdout12ev_ics import ME_P, ME_W, Att, Ev, opt, room

W = "W. Europe Standard Time"
NOOR_W = Att("Haddad, Noor", ME_W)
KH = "klinikum-hansestadt.de"

EVENTS: list[Ev] = [
    Ev("hr-panel", "de", "outlook", "Vorstellungsgespräch Gesundheits- und Krankenpflegerin ITS 5A – Frau Lea Schubert",
       "20261202T130000", "20261202T140000", W,
       organizer=("Krüger, Sabine", f"s.krueger@{KH}"),
       attendees=[NOOR_W, Att("Krüger, Sabine", f"s.krueger@{KH}"), Att("Dr. Ahrens, Volker", f"v.ahrens@{KH}"),
                  room("KH Haus 3 Besprechung 1.11", f"raum-h3-111@{KH}")],
       description="Liebe Kolleginnen und Kollegen\\,\n\nfür die ausgeschriebene Stelle auf der ITS 5A stellt sich "
       "Frau Lea Schubert vor. Lebenslauf und Zeugnisse liegen in rexx. Bitte bringen Sie den Interviewleitfaden "
       "Pflege mit. Frau Haddad übernimmt den fachlichen Teil (Beatmung\\, Hygiene).\n\nViele Grüße\nSabine Krüger\n"
       "Personalabteilung",
       location="KH Haus 3 Besprechung 1.11", trap="interviewer_hr_panel"),
    Ev("rexx-interviewer", "de", "rexx", "Interviewtermin: Jonas Petrov – Fachkrankenpfleger Intensiv (Kennziffer "
       "26-0311)",
       "20261204T100000", "20261204T104500", "Europe/Berlin",
       organizer=("Klinikum Hansestadt Recruiting", f"recruiting@{KH}"),
       attendees=[NOOR_W, Att("Tessa Behrendt", f"t.behrendt@{KH}")],
       description="Sie wurden als Interviewer/in für folgenden Termin eingeplant:\n\nBewerber: Jonas Petrov\n"
       "Stelle: Fachkrankenpfleger Intensiv (Kennziffer 26-0311)\nRolle: Fachinterview\nBewertungsbogen: bitte im "
       "Anschluss im rexx-Portal ausfüllen.\n\nrexx Recruitment – automatische Benachrichtigung",
       location="ITS 5A Stationszimmer", trap="interviewer_ats_invite"),
    Ev("hospitation", "de", "outlook", "Hospitation Bewerberin Aylin Kaya – ITS 5A (Begleitung: N. Haddad)",
       "20261208T063000", "20261208T140000", W,
       organizer=("Behrendt, Tessa", f"t.behrendt@{KH}"),
       attendees=[NOOR_W, Att("Behrendt, Tessa", f"t.behrendt@{KH}")],
       description="Hallo Noor\\,\n\nFrau Kaya hospitiert am Montag im Frühdienst bei uns. Bitte nimm sie mit\\, "
       "zeig ihr "
       "Station und Abläufe und gib mir danach kurz deine Einschätzung für die Einstellung.\n\nDanke! Tessa "
       "(Stationsleitung)",
       location="ITS 5A", trap="interviewer_hospitation"),
    Ev("skills-check", "de", "owa", "Praxischeck Bewerber Tomasz Nowak: Beatmung & Perfusoren",
       "20261209T140000", "20261209T150000", W,
       organizer=("Haddad, Noor", ME_W),
       attendees=[NOOR_W, Att("Nowak, Tomasz", "tomasz.nowak@wp.pl"), Att("Behrendt, Tessa", f"t.behrendt@{KH}"),
                  room("Skills Lab Haus 2", f"skillslab@{KH}")],
       description="Guten Tag Herr Nowak\\,\n\nwie besprochen führen wir im Rahmen Ihrer Bewerbung einen kurzen "
       "praktischen Check im Skills Lab durch (Beatmungsgerät\\, Perfusoren\\, Dokumentation). Bitte bringen Sie "
       "bequeme Kleidung mit.\n\nMit freundlichen Grüßen\nNoor Haddad\\, Praxisanleiterin ITS 5A\\, Klinikum "
       "Hansestadt",
       location="Skills Lab Haus 2", trap="interviewer_skills_check"),
    Ev("noor-invites-webde", "de", "outlook", "Vorstellungsgespräch ITS 5A",
       "20261210T110000", "20261210T114500", W,
       organizer=("Haddad, Noor", ME_W),
       attendees=[Att("Maria Schulte", "maria.schulte@web.de"), Att("Behrendt, Tessa", f"t.behrendt@{KH}")],
       description="Sehr geehrte Frau Schulte\\,\n\nvielen Dank für Ihre Bewerbung auf unserer Intensivstation. Wir "
       "laden Sie herzlich zu einem Gespräch mit Frau Behrendt (Stationsleitung) und mir ein. Treffpunkt: Eingang "
       "Haus 5\\, Ebene 2.\n\nFreundliche Grüße\nNoor Haddad",
       location="Haus 5, Ebene 2", trap="interviewer_user_organizes"),
    Ev("azubi-auswahltag", "de", "outlook", "Auswahltag Ausbildung Pflegefachfrau/-mann 2027 – Gruppe B",
       "20261211T080000", "20261211T130000", W,
       organizer=("Bildungszentrum Pflege", f"bildungszentrum@{KH}"),
       attendees=[NOOR_W, Att("Schmidt, Karin", f"k.schmidt@{KH}"), Att("Özdemir, Selin", f"s.oezdemir@{KH}"),
                  room("BZ Seminarraum 1", f"bz-sr1@{KH}"), room("BZ Seminarraum 2", f"bz-sr2@{KH}")],
       description="Ablauf Auswahltag (Gruppe B\\, 12 Bewerber/innen):\n08:00 Begrüßung\n08:30 Gruppenaufgabe\n10:00 "
       "Einzelgespräche (je 15 Min.) – Kommission: K. Schmidt\\, S. Özdemir\\, N. Haddad\n12:30 Abstimmung der "
       "Kommission",
       location="Bildungszentrum Pflege", trap="interviewer_trainee_selection"),
    Ev("stationsleitung-panel", "de", "owa", "Auswahlkommission Stationsleitung IMC – Gespräche mit 3 Kandidat*innen",
       "20261215T090000", "20261215T130000", W,
       organizer=("Pflegedirektion", f"pflegedirektion@{KH}"),
       attendees=[NOOR_W, Att("Vogel, Annette", f"a.vogel@{KH}"), Att("Betriebsrat KH", f"betriebsrat@{KH}"),
                  room("Konferenzraum Pflegedirektion", f"kr-pd@{KH}")],
       description="Sehr geehrte Mitglieder der Auswahlkommission\\,\n\nanbei der Zeitplan: 09:00 Frau Meyer\\, 10:15 "
       "Herr Brandl\\, 11:30 Frau Dos Santos. Frau Haddad vertritt die Pflegefachkräfte der Intensivbereiche. "
       "Unterlagen vertraulich.\n\nAnnette Vogel\\, Pflegedirektorin",
       location="Konferenzraum Pflegedirektion", trap="interviewer_selection_panel"),
    Ev("debrief", "de", "owa", "Nachbesprechung Bewerbungsgespräche ITS 5A (Schubert, Petrov)",
       "20261211T143000", "20261211T150000", W,
       organizer=("Behrendt, Tessa", f"t.behrendt@{KH}"),
       attendees=[NOOR_W, Att("Krüger, Sabine", f"s.krueger@{KH}")],
       description="Kurze Abstimmung zu den Gesprächen dieser Woche und Entscheidung\\, wem wir ein Angebot machen.",
       location="Stationsleitungsbüro 5A", trap="interviewer_debrief"),
    Ev("recurring-slot", "de", "outlook", "Bewerbergespräche ITS (fester Slot)",
       "20270107T133000", "20270107T150000", W,
       organizer=("Behrendt, Tessa", f"t.behrendt@{KH}"),
       attendees=[NOOR_W],
       description="Wöchentlicher Block für Vorstellungsgespräche mit Bewerber/innen für die Intensivstationen. "
       "Kandidat/innen werden jeweils in rexx zugeordnet.",
       location="Stationsleitungsbüro 5A", trap="interviewer_recurring_override",
       rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=8", override=("20270121T133000", "20270122T100000", "20270122T113000")),
    Ev("cancelled-int", "de", "outlook", "Abgesagt: Vorstellungsgespräch Herr Okonkwo – Fachpflege Anästhesie",
       "20261216T100000", "20261216T110000", W,
       organizer=("Krüger, Sabine", f"s.krueger@{KH}"),
       attendees=[NOOR_W, Att("Dr. Ahrens, Volker", f"v.ahrens@{KH}")],
       description="Der Bewerber hat seine Bewerbung zurückgezogen. Der Termin entfällt.",
       trap="interviewer_cancelled", status="CANCELLED", method="CANCEL", sequence=2),
    Ev("intl-nurse-en", "en", "outlook", "Interview – international nurse applicant Ms Joy Santos (Manila) – ICU",
       "20261207T080000", "20261207T084500", W,
       organizer=("International Recruitment Office", f"international@{KH}"),
       attendees=[NOOR_W, Att("Joy Santos", "joy.santos.rn@yahoo.com"), Att("Richter, Paul", f"p.richter@{KH}")],
       description="Dear all,\n\nThis is the interview with Ms Joy Santos, ICU nurse from Manila, applying through our "
       "international recruitment programme. Ms Haddad will assess clinical knowledge (ventilation, sedation "
       "scoring); Mr Richter covers recognition of qualifications and the German language course.\n\n" +
       teams("en", "kh-intl"),
       trap="interviewer_international_en"),
    Ev("agency-sends", "de", "outlook", "Vorstellung Kandidatin über Pflegewerk Personal – Frau Irina Volkova",
       "20261214T143000", "20261214T151500", W,
       organizer=("Jan Hollmann | Pflegewerk Personal", "j.hollmann@pflegewerk-personal.de"),
       attendees=[NOOR_W, Att("Behrendt, Tessa", f"t.behrendt@{KH}"), Att("Irina Volkova", "irina.volkova@mail.ru")],
       description="Sehr geehrte Frau Haddad\\, sehr geehrte Frau Behrendt\\,\n\nwie vereinbart stelle ich Ihnen "
       "unsere "
       "Kandidatin Frau Irina Volkova (Fachkrankenschwester Intensiv\\, 8 Jahre Erfahrung) vor. Ihr Profil finden Sie "
       "im Anhang.\n\nBeste Grüße\nJan Hollmann\\, Pflegewerk Personal GmbH",
       location="Klinikum Hansestadt, ITS 5A", trap="interviewer_agency_sends_candidate"),
    Ev("es-triplewin", "es", "outlook", "Entrevista candidata enfermera UCI – Klinikum Hansestadt (Sra. Lucía Herrera)",
       "20261209T100000", "20261209T104500", W,
       organizer=("Haddad, Noor", ME_W),
       attendees=[Att("Lucía Herrera", "lucia.herrera.enf@gmail.com"), opt("Richter, Paul", f"p.richter@{KH}")],
       description="Hola Lucía:\n\nSoy Noor Haddad\\, enfermera de la UCI 5A del Klinikum Hansestadt en Hamburgo. Como "
       "hablamos\\, te entrevisto para la plaza de enfermera en nuestra unidad. Hablaremos de tu experiencia en "
       "cuidados intensivos y del curso de alemán.\n\n" + teams("es", "kh-es"),
       trap="interviewer_es"),
    Ev("fr-candidate", "fr", "owa", "Entretien candidate infirmière – Mme Chloé Martin – Klinikum Hansestadt",
       "20261217T090000", "20261217T094500", W,
       organizer=("Haddad, Noor", ME_W),
       attendees=[Att("Chloé Martin", "chloe.martin@orange.fr"), Att("Behrendt, Tessa", f"t.behrendt@{KH}")],
       description="Bonjour Madame Martin\\,\n\nJe vous confirme notre entretien pour le poste d'infirmière en "
       "réanimation au Klinikum Hansestadt (Hambourg). Mme Behrendt\\, cadre de l'unité\\, sera présente. "
       "L'entretien se fera en français et en allemand.\n\n" + zoom("fr", "kh-fr"),
       trap="interviewer_fr"),
    Ev("private-note", "de", "apple", "Bewerbungsgespräche führen (ich im Panel) 10–13",
       "20261218T100000", "20261218T130000", "Europe/Berlin",
       description="3 Bewerberinnen Fachpflege\\, Leitfaden ausdrucken\\, danach Bewertungsbögen",
       location="Klinikum", trap="interviewer_private_note", method=""),
    Ev("calendly-host", "de", "calendly", "Kennenlernen Praktikum ITS: Jan Becker und Noor Haddad",
       "20261203T150000", "20261203T152000", "Europe/Berlin",
       organizer=("Noor Haddad", ME_W),
       attendees=[Att("Noor Haddad", ME_W, partstat="ACCEPTED"), Att("Jan Becker", "jan.becker98@gmail.com")],
       description="Veranstaltungsname: Kennenlernen Praktikum ITS (20 Min)\n\nEingeladener: Jan Becker\n"
       "E-Mail: jan.becker98@gmail.com\n\nFragen:\nWarum möchten Sie ein Praktikum auf der Intensivstation machen? "
       "Ich studiere Pflege (B.Sc.) im 3. Semester.\n\nPowered by Calendly.com",
       location="Telefon", trap="interviewer_calendly_host"),
    Ev("interviewer-training", "de", "outlook", "Schulung: Strukturierte Auswahlgespräche führen (für Interviewende)",
       "20261201T130000", "20261201T160000", W,
       organizer=("Personalentwicklung", f"personalentwicklung@{KH}"),
       attendees=[NOOR_W, Att("Krüger, Sabine", f"s.krueger@{KH}")],
       description="Pflichtschulung für alle Mitarbeitenden\\, die in Auswahlkommissionen sitzen: AGG\\, Leitfaden\\, "
       "Bewertungsbogen\\, Beurteilungsfehler.",
       location="BZ Seminarraum 3", trap="interviewer_training"),
    Ev("scorecard-reminder", "de", "dvinci", "Erinnerung: Bewertungsbogen Kandidatin K. Hoffmann ausfüllen",
       "20261211T120000", "20261211T121500", "Europe/Berlin",
       organizer=("d.vinci Bewerbermanagement", f"noreply@{KH}"),
       attendees=[NOOR_W],
       description="Bitte hinterlegen Sie Ihre Bewertung zum Vorstellungsgespräch mit Frau Katharina Hoffmann "
       "(Gesundheits- und Krankenpflegerin ITS) bis Freitag im d.vinci-Portal.",
       trap="interviewer_scorecard"),
    Ev("teams-hotmail-en", "en", "owa", "Interview – ICU nurse position (Station 5A) – Ahmed Rahman",
       "20261215T160000", "20261215T164500", W,
       organizer=("Haddad, Noor", ME_W),
       attendees=[Att("Ahmed Rahman", "ahmed.rahman87@hotmail.com"), Att("Behrendt, Tessa", f"t.behrendt@{KH}")],
       description="Dear Mr Rahman,\n\nthank you for your application to our intensive care unit. Tessa Behrendt "
       "(ward manager) and I would like to meet you online.\n\n" + teams("en", "kh-ahmed") + "\n\nBest regards\n"
       "Noor Haddad\nICU 5A, Klinikum Hansestadt",
       trap="interviewer_user_organizes_en"),
    Ev("doctor-panel", "de", "outlook", "Vorstellungsgespräch Oberarzt/Oberärztin Intensivmedizin – Dr. Kessler",
       "20261222T120000", "20261222T130000", W,
       organizer=("Sekretariat Anästhesie", f"sekretariat.anaesthesie@{KH}"),
       attendees=[Att("Prof. Lorenz, Dietmar", f"d.lorenz@{KH}"), NOOR_W, Att("Krüger, Sabine", f"s.krueger@{KH}")],
       description="Teilnehmende: Prof. Lorenz (Chefarzt)\\, Frau Krüger (Personal)\\, Frau Haddad (Vertretung Pflege "
       "ITS). Bewerber: Dr. med. Felix Kessler.",
       location="Chefarztsekretariat Anästhesie", trap="interviewer_doctor_panel"),
    Ev("posteo-forward", "de", "google", "ITS Bewerbungsgespräch Frau Demir (für mich zur Info)",
       "20261204T130000", "20261204T133000", "Europe/Berlin",
       organizer=("Noor Haddad", ME_P),
       attendees=[Att("Noor Haddad", ME_P, partstat="ACCEPTED")],
       description="Aus dem Dienstkalender kopiert: ich führe das Gespräch mit der Bewerberin Emine Demir "
       "(Fachweiterbildung Intensiv)\\, Station 5A.",
       trap="interviewer_copied_to_private", method=""),
]
