# ruff: noqa: E501, W291, W293, RUF100
"""holdout260 events, part c: negatives with the user on the hiring or assessing side."""

from holdout260ev_zones import (
    ME,
    ME_WORK,
    VTZ_WEU,
    WIN_UTC1,
    apple,
    ats,
    google,
    outlook,
    teams,
    thunderbird,
)


def hiring(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=True)


EVENTS = [
    hiring(
        "outlook-schnuppertag", "040000008200E00074C5B7101A82E00800000000SCHNUP01DC0100000000000000001000000011112222333344445555666677778888",
        outlook(
            "040000008200E00074C5B7101A82E00800000000SCHNUP01DC0100000000000000001000000011112222333344445555666677778888",
            "Schnuppertag Laborant/in EFZ Chemie - Lea Brunner (Sek P, 2. Klasse)",
            "20251022T073000", "20251022T160000",
            ("Berufsbildung Rheinpharma", "berufsbildung@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Aebi, Kevin (Lernender 3. LJ)", "kevin.aebi@rheinpharma-basel.ch", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Hallo Nadine\n\nLea Brunner schnuppert am Mittwoch bei euch im QC-Labor (Interesse Lehrstelle Laborantin EFZ "
            "Fachrichtung Chemie, Lehrbeginn August 2026). Bitte am Ende den Schnupperbericht ausfüllen "
            "(Beurteilung Geschicklichkeit, Sorgfalt, Interesse, Umgangsformen) und bis Freitag an uns zurück.\n"
            "Kevin begleitet sie am Nachmittag.\n\nDanke & Gruss\nTeam Berufsbildung",
            location="QC-Labor Bau 12, Empfang Tor 3", stamp="20251015T083000Z",
        ),
        "user-as-interviewer-schnuppertag-apprentice-candidate-rating",
    ),
    hiring(
        "outlook-apprentice-interview", "040000008200E00074C5B7101A82E00800000000LEHRE2026DC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        outlook(
            "040000008200E00074C5B7101A82E00800000000LEHRE2026DC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
            "Bewerbungsgespräch Lehrstelle Laborant EFZ 2026 - Noah Rüfenacht",
            "20251105T140000", "20251105T150000",
            ("Iseli, Martina", "martina.iseli@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Rüfenacht Noah", "noah.ruefenacht@schule-muttenz.example", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("BB Schulungsraum 1", "bb-schulung1@rheinpharma-basel.ch", "NON-PARTICIPANT", "ROOM")],
            "Hallo Nadine\n\nDu führst das Gespräch mit Noah (Multicheck 78 %, Schnuppertag bei euch war gut) zusammen mit mir. "
            "Leitfaden und Bewertungsbogen liegen im Teams-Ordner Berufsbildung/Selektion 2026. Eltern sind eingeladen.\n\nGruss Martina",
            location="BB Schulungsraum 1", stamp="20251028T120000Z",
        ),
        "user-as-interviewer-apprentice-applicant-bewerbungsgespraech",
    ),
    hiring(
        "outlook-recurring", "040000008200E00074C5B7101A82E00800000000SELEKT26DC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Gerber, Nadine":mailto:nadine.gerber@rheinpharma-basel.ch
DESCRIPTION;LANGUAGE=de-CH:Slots für Vorstellungsgespräche Lernende Labor
 ant/in EFZ (Lehrbeginn 2026). Kandidat:innen werden von der Berufsbildung 
 eingetragen. Bewertungsbogen Selektion mitnehmen.\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000SELEKT26DC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
SUMMARY;LANGUAGE=de-CH:Selektion Lernende - Vorstellungsgespräche (Block)
DTSTART;TZID=W. Europe Standard Time:20251106T130000
DTEND;TZID=W. Europe Standard Time:20251106T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:BB Schulungsraum 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Gerber, Nadine":mailto:nadine.gerber@rheinpharma-basel.ch
DESCRIPTION;LANGUAGE=de-CH:Heute nur 2 Gespräche: 13:00 Elif Yilmaz\, 14:00 
 Jonas Frey. Danach Debrief mit Martina.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20251120T130000
UID:040000008200E00074C5B7101A82E00800000000SELEKT26DC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
SUMMARY;LANGUAGE=de-CH:Selektion Lernende - Vorstellungsgespräche (Elif Y.
 \, Jonas F.)
DTSTART;TZID=W. Europe Standard Time:20251120T130000
DTEND;TZID=W. Europe Standard Time:20251120T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:BB Schulungsraum 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-recurring-apprentice-slots-recurrence-id-override",
    ),
    hiring(
        "workday-interviewer-kit", "WD-INTV-ee41c7b0-3a9d-4f12-8c6e-rheinpharma-qca@myworkday.example",
        ats(
            "WD-INTV-ee41c7b0-3a9d-4f12-8c6e-rheinpharma-qca@myworkday.example",
            "Interview: Marco Steiner - QC Analyst Chemistry (JR-1187) - Interviewer: Nadine Gerber",
            "20251030T080000Z", "20251030T090000Z",
            ("Rheinpharma Talent Acquisition", "talent@rheinpharma-basel.ch"),
            [("Nadine Gerber", ME_WORK, "REQ-PARTICIPANT"), ("Christoph Baumann", "christoph.baumann@rheinpharma-basel.ch", "REQ-PARTICIPANT")],
            "You have been scheduled as an interviewer.\n\nCandidate: Marco Steiner\nJob Requisition: QC Analyst Chemistry (JR-1187)\n"
            "Interview type: Technical interview\nInterview kit: open your Workday inbox > Interview Feedback to view the "
            "competencies (HPLC troubleshooting, GMP documentation, teamwork) and the candidate's resume.\n"
            "Please submit your feedback within 24 hours after the interview.",
            prodid="-//Workday Inc//Workday Recruiting Calendar//EN", location="BS-QC Sitzungszimmer 2.04",
        ),
        "user-as-interviewer-workday-interview-kit-technical",
    ),
    hiring(
        "greenhouse-scorecard", "gh-scorecard-reminder-77123-rheinpharma@greenhouse.example",
        ats(
            "gh-scorecard-reminder-77123-rheinpharma@greenhouse.example",
            "Reminder: submit scorecard for Priya Nair (QC Analyst II)",
            "20251113T160000Z", "20251113T161500Z",
            ("Greenhouse", "no-reply@us.greenhouse-mail.example"),
            [("Nadine Gerber", ME_WORK, "REQ-PARTICIPANT")],
            "Hi Nadine,\n\nYour scorecard for Priya Nair (QC Analyst II - Onsite Interview, Nov 12) is overdue. "
            "Please rate: Technical skills, GMP mindset, Communication, Overall recommendation (Strong Yes / Yes / No / Strong No).\n\n"
            "Submit: https://app.greenhouse.example/scorecards/77123",
            prodid="-//Greenhouse//Greenhouse Calendar//EN",
        ),
        "user-as-interviewer-greenhouse-scorecard-reminder",
    ),
    hiring(
        "teams-debrief", "040000008200E00074C5B7101A82E00800000000DEBRIEFDC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE",
        outlook(
            "040000008200E00074C5B7101A82E00800000000DEBRIEFDC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE",
            "Debrief Kandidat:innen QC Analyst Chemistry (Steiner / Nair / Bosshard)",
            "20251114T110000", "20251114T113000",
            ("Baumann, Christoph", "christoph.baumann@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Widmer, Sandra", "sandra.widmer@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Kurzer Abgleich der Interview-Eindrücke und Entscheid, wen wir zum Probearbeiten einladen. "
            "Bitte Scorecards vorher in Greenhouse erfassen.\n\n" + teams("de", "debrief-qca"),
            location="Microsoft Teams-Besprechung", stamp="20251112T170000Z",
        ),
        "user-as-interviewer-hiring-debrief",
    ),
    hiring(
        "calendly-host", "c4f7e2a1-0d9b-4c3e-8a6f-host-nadine@calendly.example",
        ats(
            "c4f7e2a1-0d9b-4c3e-8a6f-host-nadine@calendly.example",
            "New Event: Ana Costa - 20 min Kennenlerngespräch Praktikum QC-Labor",
            "20251119T120000Z", "20251119T122000Z",
            ("Nadine Gerber", ME_WORK),
            [("Ana Costa", "ana.costa.lab@gmail.com", "REQ-PARTICIPANT")],
            "Hi Nadine Gerber,\n\nA new event has been scheduled.\n\nEvent Type: 20 min Kennenlerngespräch Praktikum QC-Labor\n"
            "Invitee: Ana Costa\nInvitee Email: ana.costa.lab@gmail.com\nQuestions: Warum interessieren Sie sich für ein Praktikum bei uns?\n"
            "Antwort: Ich studiere Chemie an der FHNW und suche ein 6-monatiges Praktikum.\n\nView event in Calendly",
            prodid="-//Calendly//Calendly Scheduling//EN", location="Telefon: Nadine ruft an",
        ),
        "user-as-interviewer-calendly-host-intern-candidate",
    ),
    hiring(
        "accepted-reply", "040000008200E00074C5B7101A82E00800000000REPLYACCDC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Bosshard Lara:mailto:lara.bosshard@hotmail.example
COMMENT;LANGUAGE=de-CH:Vielen Dank für die Einladung\, ich komme gerne!\n
SUMMARY;LANGUAGE=de-CH:Angenommen: Vorstellungsgespräch Laborant/in QC (60-80 %)
DTSTART;TZID=W. Europe Standard Time:20251118T100000
DTEND;TZID=W. Europe Standard Time:20251118T110000
UID:040000008200E00074C5B7101A82E00800000000REPLYACCDC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
ORGANIZER;CN="Gerber, Nadine":mailto:nadine.gerber@rheinpharma-basel.ch
LOCATION;LANGUAGE=de-CH:Rheinpharma Basel AG\, Empfang Tor 3
DTSTAMP:20251111T194400Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-candidate-accepted-reply-no-vtimezone",
    ),
    hiring(
        "agency-presents-candidate", "040000008200E00074C5B7101A82E00800000000AGENCYPRDC010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        outlook(
            "040000008200E00074C5B7101A82E00800000000AGENCYPRDC010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
            "Kandidatenvorstellung: Herr Yusuf Demir (Laborant EFZ, temporär) - via LabStaff",
            "20251121T090000", "20251121T094500",
            ("Brügger, Fabienne", "fabienne.bruegger@labstaff.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Demir, Yusuf", "y.demir@bluewin.example", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Hallo Frau Gerber\n\nWie telefonisch besprochen stelle ich Ihnen für die temporäre Vakanz (Mutterschaftsvertretung "
            "QC-Labor, 6 Monate) Herrn Yusuf Demir vor. Dossier anbei. Ich begleite das Gespräch.\n\n"
            "Freundliche Grüsse\nFabienne Brügger\nLabStaff Personal AG",
            location="Rheinpharma Basel AG, Bau 12, Sitzungszimmer QC", stamp="20251117T160500Z",
        ),
        "user-as-interviewer-agency-presents-temp-candidate-same-agency",
    ),
    hiring(
        "thunderbird-trial-host", "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
        thunderbird(
            "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
            "Probearbeiten Kandidatin S. Meier bei uns im QC (ich begleite)",
            "20251126T070000", "20251126T120000", tz="Europe/Zurich",
            notes="Sarah Meier, Bewerberin QC Analyst. Aufgabe: Gehaltsbestimmung Titration + Dokumentation nach GMP. "
                  "Beobachtungsbogen ausfüllen, danach Feedback an Christoph.",
            categories="Arbeit",
        ),
        "user-as-interviewer-trial-shift-host-observes",
    ),
    hiring(
        "outlook-practical-test", "040000008200E00074C5B7101A82E00800000000PRAKTTESTDC01000000000000000010000000C0C0C0C0D1D1D1D1E2E2E2E2F3F3F3F3",
        outlook(
            "040000008200E00074C5B7101A82E00800000000PRAKTTESTDC01000000000000000010000000C0C0C0C0D1D1D1D1E2E2E2E2F3F3F3F3",
            "Praktische Prüfung Bewerber:innen Laborant QC (Titration/KF) - Aufsicht",
            "20251203T130000", "20251203T170000",
            ("Baumann, Christoph", "christoph.baumann@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("QC Labor 2.11", "qc-lab211@rheinpharma-basel.ch", "NON-PARTICIPANT", "RESOURCE")],
            "Nadine, kannst du bitte die praktische Prüfung der beiden Finalisten beaufsichtigen und bewerten? "
            "Bewertungsraster im Anhang. Danke!",
            tz=WIN_UTC1, vtz=False, location="QC Labor 2.11", stamp="20251125T080000Z",
        ),
        "user-as-interviewer-practical-test-supervisor",
    ),
    hiring(
        "google-qv-expert", "5qv0expert2025lab8m4n1c7x9z@google.com",
        google(
            "5qv0expert2025lab8m4n1c7x9z@google.com",
            "QV Laborant/in EFZ - Einsatz als Prüfungsexpertin (Fachgespräch)",
            "20260609T063000Z", "20260609T150000Z",
            ("Chefexpertin QV Chemie BS/BL", "chefexpertin.qv@pruefungskommission-bsbl.example"),
            [("Nadine Gerber", ME)],
            "Liebe Prüfungsexpertin\n\nDu bist am 9. Juni als Expertin für die Fachgespräche (IPA-Präsentation + "
            "Fachgespräch) der Kandidat:innen Laborant/in EFZ Fachrichtung Chemie eingeteilt. Notenblätter und "
            "Bewertungskriterien im Expertenportal.\n\nDanke für deinen Einsatz!",
            location="Berufsfachschule, Laborgebäude, Raum C112", stamp="20251104T090000Z",
        ),
        "user-as-interviewer-qv-exam-expert-fachgespraech",
    ),
    hiring(
        "hirevue-review", "hv-review-qca-1187-nadine@hirevue.example",
        ats(
            "hv-review-qca-1187-nadine@hirevue.example",
            "Review HireVue responses - QC Analyst Chemistry (6 candidates)",
            "20251029T130000Z", "20251029T140000Z",
            ("Rheinpharma Talent Acquisition", "talent@rheinpharma-basel.ch"),
            [("Nadine Gerber", ME_WORK, "REQ-PARTICIPANT")],
            "Hi Nadine,\n\nblocking time for you to review and rate the on-demand video interviews of the 6 shortlisted "
            "candidates for JR-1187. Use the 1-5 rating per question in HireVue.\n\nThanks, TA team",
            prodid="-//HireVue//HireVue Scheduling//EN", location="HireVue",
        ),
        "user-as-interviewer-hirevue-review-block",
    ),
    hiring(
        "teams-internal-panel", "040000008200E00074C5B7101A82E00800000000INTPANELDC010000000000000000100000009876FEDC5432BA109876FEDC5432BA10",
        outlook(
            "040000008200E00074C5B7101A82E00800000000INTPANELDC010000000000000000100000009876FEDC5432BA109876FEDC5432BA10",
            "Interview panel: internal candidate Lab Coordinator Stability (R. Fankhauser)",
            "20251111T100000", "20251111T110000",
            ("Widmer, Sandra", "sandra.widmer@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Fankhauser, Ramon", "ramon.fankhauser@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Oberli, Martin", "martin.oberli@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Dear panel,\n\nRamon applied internally for the Lab Coordinator Stability role. Nadine, please cover the "
            "technical questions (stability protocols, chamber excursions); Martin leads.\n\nThanks, Sandra\n\n" + teams("en", "intpanel"),
            lang="en-US", location="Microsoft Teams Meeting", stamp="20251105T151500Z",
        ),
        "user-as-interviewer-internal-panel-colleague-candidate",
    ),
    hiring(
        "bookings-staff", "040000008200E00074C5B7101A82E00800000000BOOKSTAFFDC0100000000000000001000000000FF00FF00FF00FF11EE11EE11EE11EE",
        outlook(
            "040000008200E00074C5B7101A82E00800000000BOOKSTAFFDC0100000000000000001000000000FF00FF00FF00FF11EE11EE11EE11EE",
            "Schnupperlehre Anmeldung: Mila Schaub (Laborant/in EFZ)",
            "20251201T073000", "20251201T120000",
            ("Rheinpharma Berufsbildung Buchungen", "BerufsbildungBookings@rheinpharma-basel.ch"),
            [("Nadine Gerber", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Mila Schaub", "mila.schaub@edu-bs.example", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Neue Buchung\n\nDienst: Schnupperlehre Laborant/in EFZ (halber Tag)\nKunde: Mila Schaub\nMitarbeiter: Nadine Gerber\n"
            "Notizen des Kunden: Ich bin in der 3. Sek und interessiere mich für Chemie.\n\nDiese Buchung wurde mit Microsoft Bookings erstellt.",
            location="QC-Labor Bau 12", html=False, stamp="20251120T184500Z",
        ),
        "user-as-interviewer-bookings-staff-schnupperlehre",
    ),
    hiring(
        "iphone-phone-screen", "7C1E9A3B-5D2F-4A8C-B6E0-4F2D8A1C3E95",
        apple(
            "7C1E9A3B-5D2F-4A8C-B6E0-4F2D8A1C3E95",
            "Tel. Bewerberin Chemielaborantin (Fr. Wehrle, Lörrach) - ich rufe an",
            "20251106T120000", "20251106T122000",
            notes="Grenzgängerin, G-Bewilligung nötig? Fragen: Erfahrung Empower, Schicht ok?, Kündigungsfrist. CV im Teams.",
            alarm="-PT5M",
        ),
        "user-as-interviewer-phone-screen-she-calls",
    ),
    hiring(
        "outlook-ac-observer", "040000008200E00074C5B7101A82E00800000000ACOBSDC0100000000000000001000000055555555666666667777777788888888",
        outlook(
            "040000008200E00074C5B7101A82E00800000000ACOBSDC0100000000000000001000000055555555666666667777777788888888",
            "Assessment Center Trainee-Programm Quality - Beobachterin",
            "20251208T080000", "20251208T170000",
            ("Talent Development, Rheinpharma", "talent.development@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Liebe Nadine\n\nDanke, dass du als Beobachterin im AC für das Quality-Trainee-Programm mitmachst. "
            "Briefing 08:00, danach Gruppenübung, Rollenspiele und Präsentationen der 8 Kandidat:innen. "
            "Beobachtungsbögen und Ratingskala erhältst du beim Briefing. Beobachterkonferenz ab 15:30.",
            location="Ausbildungszentrum Rheinpharma, Raum Aula", stamp="20251119T090000Z",
        ),
        "user-as-interviewer-ac-observer-trainee-programme",
    ),
    hiring(
        "greenhouse-interviewer-invite", "gh-interview-91877-onsite-nair-nadine@greenhouse.example",
        ats(
            "gh-interview-91877-onsite-nair-nadine@greenhouse.example",
            "Interview with Priya Nair for QC Analyst II",
            "20251112T130000Z", "20251112T134500Z",
            ("Sandra Widmer", "sandra.widmer@rheinpharma-basel.ch"),
            [("Nadine Gerber", ME_WORK, "REQ-PARTICIPANT"), ("Priya Nair", "priya.nair.qc@gmail.com", "REQ-PARTICIPANT")],
            "Interviewer: Nadine Gerber\nCandidate: Priya Nair\nJob: QC Analyst II\nInterview: Technical Interview (45 min)\n\n"
            "Interview kit: https://app.greenhouse.example/guides/91877\nResume: https://app.greenhouse.example/people/5542/resume\n\n"
            "Remember to submit your scorecard after the interview.",
            prodid="-//Greenhouse//Greenhouse Calendar//EN", location="BS-QC Sitzungszimmer 2.04",
        ),
        "user-as-interviewer-greenhouse-interviewer-invite-candidate-gmail",
    ),
    hiring(
        "thunderbird-cv-screening", "d5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80",
        thunderbird(
            "d5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80",
            "Bewerbungsdossiers Lehrstelle 2026 sichten (42 Stk.)",
            "20251024T130000", "20251024T160000",
            notes="Vorselektion: Multicheck, Zeugnisse, Motivationsschreiben. Top 12 zum Schnuppern einladen.",
            categories="Berufsbildung",
        ),
        "user-as-interviewer-cv-screening-apprentice-dossiers",
    ),
    hiring(
        "outlook-schnupper-feedback", "040000008200E00074C5B7101A82E00800000000FEEDBACKSCHDC010000000000000000100000004A4B4C4D4E4F50515253545556575859",
        outlook(
            "040000008200E00074C5B7101A82E00800000000FEEDBACKSCHDC010000000000000000100000004A4B4C4D4E4F50515253545556575859",
            "Feedbackgespräch Schnupperlehre Lea Brunner (mit Eltern)",
            "20251029T170000", "20251029T173000",
            ("Gerber, Nadine", ME_WORK),
            [("Brunner, Lea", "familie.brunner@bluewin.example", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Iseli, Martina", "martina.iseli@rheinpharma-basel.ch", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Rückmeldung zum Schnuppertag und Info zum weiteren Selektionsverfahren (Multicheck, Vorstellungsgespräch).",
            location="Empfang Tor 3", stamp="20251023T120000Z",
        ),
        "user-as-interviewer-schnupper-feedback-user-organizer",
    ),
]
