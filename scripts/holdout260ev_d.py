# ruff: noqa: E501, W291, W293, RUF100
"""holdout260 events, part d: other negatives (audits, personal 'Gespräche', mock interviews, press, family...)."""

from holdout260ev_zones import (
    ME,
    ME_WORK,
    VTZ_WEU,
    VTZ_ZURICH,
    WIN_UTC1,
    WIN_WEU,
    apple,
    ats,
    google,
    outlook,
    teams,
    thunderbird,
)


def other(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=False)


EVENTS = [
    other(
        "outlook-inspection", "040000008200E00074C5B7101A82E00800000000INSPSMDC01000000000000000010000000ABCDEFABCDEFABCDEFABCDEFABCDEF01",
        outlook(
            "040000008200E00074C5B7101A82E00800000000INSPSMDC01000000000000000010000000ABCDEFABCDEFABCDEFABCDEFABCDEF01",
            "Behördeninspektion (GMP) - Interview QC-Labor: Datenintegrität / Audit Trail Review",
            "20251016T130000", "20251016T150000",
            ("Quality Assurance Rheinpharma", "qa-inspections@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Baumann, Christoph", "christoph.baumann@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Backroom Inspektion 1.01", "backroom101@rheinpharma-basel.ch", "NON-PARTICIPANT", "ROOM")],
            "Die Inspektor:innen möchten im Rahmen der GMP-Inspektion ein Interview mit den Laborant:innen der QC "
            "zur Audit-Trail-Review im CDS (Empower) führen. Nadine demonstriert am System. Bitte SOP QC-0412 bereithalten. "
            "Keine Spekulationen, nur Fragen beantworten, die gestellt werden.",
            location="QC-Labor 2.11 / Frontroom", stamp="20251010T080000Z",
        ),
        "gmp-inspection-interview-of-staff",
    ),
    other(
        "teams-customer-audit", "040000008200E00074C5B7101A82E00800000000CUSTAUDDC01000000000000000010000000112233445566778899AABBCCDDEEFF00",
        outlook(
            "040000008200E00074C5B7101A82E00800000000CUSTAUDDC01000000000000000010000000112233445566778899AABBCCDDEEFF00",
            "Customer audit Ostara Biopharma - interview with QC personnel (training records)",
            "20251023T090000", "20251023T103000",
            ("Kovacs, Eszter", "eszter.kovacs@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Lindqvist, Anna (Ostara Biopharma)", "anna.lindqvist@ostara-bio.com", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Our client Ostara Biopharma audits our QC release testing for their product OB-221. The auditor would like to "
            "interview a QC technician about training records and the handling of OOS results. Nadine, please join.\n\n" + teams("en", "ostara-audit"),
            lang="en-US", location="Microsoft Teams Meeting", stamp="20251017T090000Z",
        ),
        "customer-audit-by-company-she-applies-to-interview-word",
    ),
    other(
        "outlook-performance-review", "040000008200E00074C5B7101A82E00800000000MAG2025DC010000000000000000100000000A0B0C0D0E0F101112131415161718191A",
        outlook(
            "040000008200E00074C5B7101A82E00800000000MAG2025DC010000000000000000100000000A0B0C0D0E0F101112131415161718191A",
            "MAG 2025 Nadine / Christoph (Jahresgespräch & Zielvereinbarung)",
            "20251204T090000", "20251204T103000",
            ("Baumann, Christoph", "christoph.baumann@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Mitarbeitergespräch 2025: Rückblick Ziele, Kompetenzen, Entwicklung (Teamleitung?), Ziele 2026. "
            "Bitte Selbsteinschätzung in SuccessFactors bis 1.12. ausfüllen.",
            location="Büro Christoph, Bau 12 / 3.07", stamp="20251110T100000Z",
        ),
        "mitarbeitergespraech-annual-review-successfactors-mention",
    ),
    other(
        "google-mock-interview", "8mock4int2coach0k9j7h5g3f1@google.com",
        google(
            "8mock4int2coach0k9j7h5g3f1@google.com",
            "Mock-Interview mit Coach (Laufbahnberatung) - Übungsrunde Teamleitung",
            "20251025T080000Z", "20251025T093000Z",
            ("Barbara Senn", "barbara.senn@laufbahncoaching.example"),
            [("Barbara Senn", "barbara.senn@laufbahncoaching.example"), ("Nadine Gerber", ME)],
            "Liebe Nadine\n\nWir simulieren ein Vorstellungsgespräch für eine Teamleiterstelle (inkl. Fragen zu "
            "Führung, Konflikten und Gehalt) und filmen es zur Besprechung. Bring deine Bewerbungsunterlagen mit.\n\nBarbara",
            location="Praxis Senn, Gerbergasse 30, Basel", stamp="20251020T190000Z",
        ),
        "mock-interview-with-career-coach",
    ),
    other(
        "zoom-webinar", "ZOOM-WEB-96541203387@zoom.example",
        ats(
            "ZOOM-WEB-96541203387@zoom.example",
            "Webinar: Ace your HireVue & panel interview in Life Sciences",
            "20251028T170000Z", "20251028T180000Z",
            ("Life Science Careers Network", "events@lsc-network.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Thank you for registering for \"Ace your HireVue & panel interview in Life Sciences\".\n\n"
            "Speakers: Dr. Emma Lau (ex-Talent Acquisition Lead, global pharma) and Tobias Ruch (career coach).\n"
            "Join from PC, Mac, iPad or Android: https://lsc-network.zoom.us/w/96541203387\nWebinar ID: 965 4120 3387",
            prodid="-//zoom.us//iCalendar Event//EN", location="https://lsc-network.zoom.us/w/96541203387",
        ),
        "webinar-about-interviews-speakers-named",
    ),
    other(
        "thunderbird-course", "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
        thunderbird(
            "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
            "Kurs Führungsfachfrau SVF - Modul 4: Bewerbungsgespräche führen & Personalauswahl",
            "20251108T083000", "20251108T163000",
            location="Bildungszentrum kv Basel, Raum 5.2",
            notes="Rollenspiele Interviewführung (wir spielen Interviewer und Kandidat). Unterlagen Modul 4 mitnehmen.",
            categories="Weiterbildung",
        ),
        "class-on-conducting-interviews-roleplay",
    ),
    other(
        "google-press-interview", "3press9bz0lab5k1n7m2q4r6t8@google.com",
        google(
            "3press9bz0lab5k1n7m2q4r6t8@google.com",
            "Interview Basler Tagblatt: Laborberufe & Berufsbildung (mit Foto)",
            "20251111T130000Z", "20251111T140000Z",
            ("Mirjam Stähelin", "mirjam.staehelin@basler-tagblatt.example"),
            [("Mirjam Stähelin", "mirjam.staehelin@basler-tagblatt.example"), ("Nadine Gerber", ME_WORK)],
            "Hallo Frau Gerber\n\nDanke, dass Sie sich für unser Porträt zur Berufsbildung in den Life Sciences Zeit nehmen. "
            "Ich stelle Ihnen Fragen zu Ihrem Weg als Laborantin und zur Betreuung der Lernenden; unser Fotograf kommt um 14:30.\n\n"
            "Mediensprecherin Rheinpharma ist informiert.\n\nMirjam Stähelin, Redaktion Wirtschaft",
            location="Rheinpharma Basel AG, Empfang Tor 3", stamp="20251103T150000Z",
        ),
        "press-interview-user-is-interviewee-not-job",
    ),
    other(
        "ethz-research-interview", "rs-2025-lab-automation-p17@ethz.example",
        ats(
            "rs-2025-lab-automation-p17@ethz.example",
            "Research interview (participant P17): Lab automation and the future of lab technicians",
            "20251120T160000Z", "20251120T170000Z",
            ("Dr. Leonie Frischknecht", "leonie.frischknecht@ethz.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Dear Nadine,\n\nThank you for participating in our qualitative study. The semi-structured interview takes about 60 minutes "
            "and will be recorded (consent form attached). You will receive a CHF 50 voucher.\n\nZoom: https://ethz.zoom.example/j/61234509876",
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Zoom",
        ),
        "research-study-interview-participant",
    ),
    other(
        "iphone-coffee", "9A8B7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3",
        apple(
            "9A8B7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3",
            "Kafi mit Sandra (arbeitet bei Helvion) - Infos QA", "20251024T121500", "20251024T131500",
            location="Markthalle Basel",
            notes="Sie erzählt wie's bei Helvion so ist (Kultur, Chefs, Lohn). KEIN Gespräch mit HR - nur Infos aus erster Hand.",
        ),
        "informational-coffee-friend-at-target-employer",
    ),
    other(
        "allday-job-fair", "2jobfair5basel8lifesci0x1c@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Nadine privat
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251015
DTEND;VALUE=DATE:20251016
DTSTAMP:20251001T101010Z
UID:2jobfair5basel8lifesci0x1c@google.com
CREATED:20250918T181500Z
DESCRIPTION:Life Sciences Career Fair Basel - Stände von Novagen\, Helvion\
 , Veltrix\, Lorzen u.v.m. Lebenslauf-Check am Stand 14. CVs ausdrucken (10
 x)!
LAST-MODIFIED:20251001T101010Z
LOCATION:Messe Basel\, Halle 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Career Fair Life Sciences (Messe)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "allday-job-fair-lists-employer-names",
    ),
    other(
        "outlook-reference-call", "040000008200E00074C5B7101A82E00800000000REFCALLDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        outlook(
            "040000008200E00074C5B7101A82E00800000000REFCALLDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
            "Referenzauskunft Jana Vogt (Novagen HR ruft an)",
            "20251030T113000", "20251030T114500",
            ("Frei, Lukas", "lukas.frei@novagen-pharma.com"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Guten Tag Frau Gerber\n\nJana Vogt hat Sie als Referenz angegeben (ehemalige Kollegin im QC). Ich würde Sie "
            "gerne kurz telefonisch zu ihrer Arbeitsweise befragen. Ich rufe Sie auf Ihrer Geschäftsnummer an.\n\n"
            "Freundliche Grüsse\nLukas Frei, HR Business Partner, Novagen Pharma AG",
            location="Telefon", stamp="20251027T142000Z",
        ),
        "reference-call-user-as-referee-same-employer-she-applies-to",
    ),
    other(
        "iphone-prep-block", "4F3E2D1C-0B9A-4876-9543-210FEDCBA987",
        apple(
            "4F3E2D1C-0B9A-4876-9543-210FEDCBA987",
            "Vorbereitung Interview Novagen (Panel) - 100-Tage-Plan", "20251125T190000", "20251125T213000",
            notes="STAR-Beispiele: OOS Q2, Audit 2024, Lernende. Fragen an Panel. Outfit bügeln.",
            alarm="",
        ),
        "prep-block-names-employer-and-panel",
    ),
    other(
        "thunderbird-reminder", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
        thunderbird(
            "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
            "Dankesmail an Helvion (Jonas + Eva) schicken!",
            "20251111T180000", "20251111T181500", alarm="-PT0M",
            notes="Bezug auf Fallstudie Bioburden nehmen. Kurz halten.",
        ),
        "thank-you-reminder-after-interview",
    ),
    other(
        "recruiter-no-employer", "6rec0nym2x8k4c1v9b3n5m7q0w@google.com",
        google(
            "6rec0nym2x8k4c1v9b3n5m7q0w@google.com",
            "Call mit Recruiterin (Pharma-Jobs.ch) - vertrauliche Position QC Head",
            "20251021T150000Z", "20251021T151500Z",
            ("Nicole Ammann", "nicole.ammann@pharma-jobs-recruiting.example"),
            [("Nicole Ammann", "nicole.ammann@pharma-jobs-recruiting.example"), ("Nadine Gerber", ME)],
            "Hallo Frau Gerber\n\nWie auf LinkedIn geschrieben: Ich habe ein spannendes Mandat bei einem namhaften "
            "Pharmaunternehmen in der Region Basel (Name kann ich noch nicht nennen). Kurzer Austausch, ob das grundsätzlich passt?\n\n"
            "Beste Grüsse\nNicole Ammann",
            location="Telefon", stamp="20251018T100000Z",
        ),
        "recruiter-names-no-employer-yet",
    ),
    other(
        "iphone-family", "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
        apple(
            "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
            "Lukas Vorstellungsgespräch Zürich -> ich hole Mia ab (Kita)", "20251107T160000", "20251107T180000",
            notes="Lukas hat 2. Runde bei der SBB, kommt erst spät. Kita schliesst 18:00!",
        ),
        "family-member-job-interview-pickup",
    ),
    other(
        "google-spanish-family", "7esp3carla1bcn9k5j2h8g4f6d@google.com",
        google(
            "7esp3carla1bcn9k5j2h8g4f6d@google.com",
            "Entrevista de trabajo de Carla (Barcelona) - llamarla después",
            "20251112T170000Z", "20251112T173000Z",
            ("Nadine Gerber", ME),
            [],
            "Carla tiene la entrevista a las 16h en el hospital. Llamarla por la tarde para saber cómo le fue.",
            footer=False, export_name="Nadine privat", stamp="20251109T201500Z",
        ),
        "spanish-sister-in-law-entrevista",
    ),
    other(
        "outlook-parent-teacher", "040000008200E00074C5B7101A82E00800000000ELTERNGDC010000000000000000100000003A3B3C3D3E3F404142434445464748494A",
        outlook(
            "040000008200E00074C5B7101A82E00800000000ELTERNGDC010000000000000000100000003A3B3C3D3E3F404142434445464748494A",
            "Elterngespräch Kindergarten Mia",
            "20251117T163000", "20251117T170000",
            ("Kindergarten Bläsi, Frau Eglin", "kg-blaesi@edu-bs.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Lukas Gerber", "lukas.gerber@gmx.example", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Liebe Eltern\n\nGerne lade ich Sie zum jährlichen Elterngespräch ein (Entwicklungsstand, Beobachtungen, Fragen). "
            "Es dauert ca. 30 Minuten.\n\nHerzliche Grüsse\nF. Eglin",
            tz=WIN_WEU, vtz=False, location="Kindergarten Bläsi, Basel", html=False, stamp="20251101T090000Z",
            prodid="Microsoft Exchange Server 2010",
        ),
        "parent-teacher-gespraech",
    ),
    other(
        "laufbahnberatung", "bz-erstgespraech-20251020-ngerber@biz-basel.example",
        ats(
            "bz-erstgespraech-20251020-ngerber@biz-basel.example",
            "Erstgespräch Laufbahnberatung (BIZ)",
            "20251020T123000Z", "20251020T133000Z",
            ("BIZ Berufs- und Laufbahnberatung", "termine@biz-basel.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Ihr Termin für ein Erstgespräch Laufbahnberatung ist bestätigt. Beraterin: Frau Regula Hotz. "
            "Bitte Lebenslauf und Zeugnisse mitbringen. Kosten: CHF 120.",
            prodid="-//BIZ Basel//Terminbuchung//DE", location="BIZ, Rosentalstrasse 17, Basel",
        ),
        "career-counselling-erstgespraech",
    ),
    other(
        "outlook-oos-investigation", "040000008200E00074C5B7101A82E00800000000OOSINVDC0100000000000000001000000010203040506070809000A0B0C0D0E0F0",
        outlook(
            "040000008200E00074C5B7101A82E00800000000OOSINVDC0100000000000000001000000010203040506070809000A0B0C0D0E0F0",
            "OOS-2025-087 Phase I investigation - analyst interview (root cause)",
            "20251014T100000", "20251014T110000",
            ("Kovacs, Eszter", "eszter.kovacs@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Aebi, Kevin (Lernender 3. LJ)", "kevin.aebi@rheinpharma-basel.ch", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Interview with the analyst (Nadine) as part of the Phase I laboratory investigation for OOS-2025-087 "
            "(assay, batch RP-7741). Please bring the raw data, sample prep sheet and the balance logbook.",
            tz=WIN_UTC1, lang="en-US", location="QA Office 1.14", stamp="20251013T160000Z",
        ),
        "oos-investigation-analyst-interview",
    ),
    other(
        "outlook-onboarding", "040000008200E00074C5B7101A82E00800000000EINARBDC01000000000000000010000000F0E0D0C0B0A090807060504030201000",
        outlook(
            "040000008200E00074C5B7101A82E00800000000EINARBDC01000000000000000010000000F0E0D0C0B0A090807060504030201000",
            "Einarbeitung Mira Kälin: HPLC-Schulung & Einführungsgespräch",
            "20251103T080000", "20251103T120000",
            ("Gerber, Nadine", ME_WORK),
            [("Kälin, Mira", "mira.kaelin@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Willkommen Mira! Einführungsgespräch (Ablauf Einarbeitung, Schulungsplan), danach HPLC-Schulung nach SOP QC-0101.",
            location="QC-Labor 2.11", stamp="20251029T090000Z",
        ),
        "onboarding-new-colleague-einfuehrungsgespraech",
    ),
    other(
        "outlook-recurring-override", "040000008200E00074C5B7101A82E00800000000QCWEEKLYDC01000000000000000010000000505152535455565758595A5B5C5D5E5F",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Baumann, Christoph":mailto:christoph.baumann@rheinpharma-basel.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber, Nadi
 ne":mailto:nadine.gerber@rheinpharma-basel.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kälin, Mi
 ra":mailto:mira.kaelin@rheinpharma-basel.ch
DESCRIPTION;LANGUAGE=de-CH:Wöchentliches QC-Teammeeting: Auslastung\, Abwe
 ichungen\, Geräte\, Lernende.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000QCWEEKLYDC01000000000000000010000000505152535455565758595A5B5C5D5E5F
SUMMARY;LANGUAGE=de-CH:QC Weekly Chemie
DTSTART;TZID=W. Europe Standard Time:20250901T083000
DTEND;TZID=W. Europe Standard Time:20250901T091500
DTSTAMP:20250825T070000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:BS-QC Sitzungszimmer 2.04
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Baumann, Christoph":mailto:christoph.baumann@rheinpharma-basel.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber, Nadi
 ne":mailto:nadine.gerber@rheinpharma-basel.ch
DESCRIPTION;LANGUAGE=de-CH:Heute mit Vorstellung der neuen Teamleiterin Mik
 ro (Stellenbesetzung abgeschlossen) und Info zum Interview-Plan der Behörd
 eninspektion.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20251201T083000
UID:040000008200E00074C5B7101A82E00800000000QCWEEKLYDC01000000000000000010000000505152535455565758595A5B5C5D5E5F
SUMMARY;LANGUAGE=de-CH:QC Weekly Chemie - Vorstellung neue TL Mikro
DTSTART;TZID=W. Europe Standard Time:20251201T090000
DTEND;TZID=W. Europe Standard Time:20251201T100000
DTSTAMP:20251126T070000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Aula Bau 12
END:VEVENT
END:VCALENDAR
""",
        "recurring-team-meeting-override-new-lead-introduction",
    ),
    other(
        "iphone-sports", "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70",
        apple(
            "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70",
            "Probetraining Unihockey Damen (Vorstellen beim Trainer)", "20251015T193000", "20251015T210000", tz="",
            location="Sporthalle Rankhof", notes="Hallenschuhe! Trainer heisst Pascal.",
        ),
        "probetraining-sports-club",
    ),
    other(
        "iphone-car-service", "E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A81",
        apple(
            "E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A81",
            "Entretien Peugeot - Garage du Rhin (St-Louis)", "20251122T083000", "20251122T100000", tz="Europe/Paris",
            location="Garage du Rhin, rue de Mulhouse 8, Saint-Louis",
            notes="Entretien annuel + pneus hiver. Demander devis freins.",
        ),
        "french-entretien-means-car-service",
    ),
    other(
        "google-apartment", "0wohn5bew3erb9ung1k7m2n4p6@google.com",
        google(
            "0wohn5bew3erb9ung1k7m2n4p6@google.com",
            "Besichtigung Wohnung Gundeli + Bewerbungsunterlagen abgeben",
            "20251018T080000Z", "20251018T083000Z",
            ("Nadine Gerber", ME),
            [],
            "4.5 Zi, Verwaltung Immo Rhyblick. Betreibungsauszug + Lohnausweis mitnehmen. Bewerbungsformular ausgefüllt.",
            location="Gundeldingerstrasse 311, Basel", footer=False, export_name="Nadine privat", tz="Europe/Zurich",
            stamp="20251012T081500Z",
        ),
        "apartment-application-viewing-bewerbung-word",
    ),
    other(
        "allday-deadline", "F6A7B8C9-D0E1-4F2A-9B3C-4D5E6F7A8B92",
        apple(
            "F6A7B8C9-D0E1-4F2A-9B3C-4D5E6F7A8B92",
            "Bewerbungsfrist Lorzen Pharma (QA Specialist) - online bewerben!", "20251019", "20251020", allday=True,
            notes="Motivationsschreiben EN, Zeugnisse als ein PDF.", alarm="-PT9H",
        ),
        "allday-application-deadline-reminder",
    ),
    other(
        "zoom-spanish-class", "ZOOM-CLS-77319028441@zoom.example",
        ats(
            "ZOOM-CLS-77319028441@zoom.example",
            "Clase de español B1: la entrevista de trabajo (role-play)",
            "20251027T180000Z", "20251027T193000Z",
            ("Escuela Hispana Basilea", "clases@escuela-hispana-basel.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Hola a todos:\n\nEl lunes practicamos el vocabulario de una entrevista de trabajo con un juego de rol "
            "(entrevistador/candidato). Traed vuestro CV en español.\n\nProfesora: Marta Ibáñez\nhttps://escuela-hispana.zoom.us/j/77319028441",
            prodid="-//zoom.us//iCalendar Event//EN", tz="Europe/Zurich", zone=VTZ_ZURICH,
            extra="RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO\n",
        ),
        "spanish-class-interview-roleplay-recurring",
    ),
    other(
        "outlook-apprentice-coaching", "040000008200E00074C5B7101A82E00800000000BEWTRAINDC01000000000000000010000000606162636465666768696A6B6C6D6E6F",
        outlook(
            "040000008200E00074C5B7101A82E00800000000BEWTRAINDC01000000000000000010000000606162636465666768696A6B6C6D6E6F",
            "Bewerbungstraining Lernende 4. LJ (Übungs-Vorstellungsgespräche)",
            "20251209T133000", "20251209T163000",
            ("Iseli, Martina", "martina.iseli@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Aebi, Kevin (Lernender 3. LJ)", "kevin.aebi@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Unsere Lernenden im letzten Lehrjahr üben Vorstellungsgespräche für ihre erste Stelle nach der Lehre. "
            "Nadine und ich spielen die Personalverantwortlichen und geben Feedback. Kein echtes Auswahlverfahren.",
            location="BB Schulungsraum 1", stamp="20251124T110000Z",
        ),
        "apprentice-application-coaching-practice-interviews",
    ),
    other(
        "podcast-interview", "pod-labtalk-ep42-guest@riverside.example",
        ats(
            "pod-labtalk-ep42-guest@riverside.example",
            "Podcast recording \"Lab Talk\" Ep. 42 - guest: Nadine Gerber (Laborantin & Berufsbildnerin)",
            "20251129T090000Z", "20251129T100000Z",
            ("Lab Talk Podcast", "hello@labtalk-podcast.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Jessica Wyss", "jessica@labtalk-podcast.example", "CHAIR")],
            "Hi Nadine! Looking forward to our interview for the podcast. We'll chat about your path from apprentice to "
            "lab trainer and tips for young women in lab careers. Recording link: https://riverside.example/studio/labtalk",
            prodid="-//Riverside//Studio//EN", location="Riverside studio (online)",
        ),
        "podcast-guest-interview",
    ),
    other(
        "bank-appointment", "ubx-termin-88122190@bank-termine.example",
        ats(
            "ubx-termin-88122190@bank-termine.example",
            "Beratungsgespräch Vorsorge & Hypothek",
            "20251113T163000Z", "20251113T173000Z",
            ("Regiobank beider Basel", "termine@regiobank-bb.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Ihr Termin mit Ihrem Kundenberater Herr Stefan Rieder ist bestätigt. Themen: Säule 3a, Hypothek. "
            "Falls Sie den Arbeitgeber wechseln: bitte Pensionskassenausweis mitbringen.",
            prodid="-//Regiobank//Terminbuchung//DE", location="Filiale Aeschenplatz",
        ),
        "bank-beratungsgespraech-mentions-job-change",
    ),
    other(
        "outlook-offboarding-colleague", "040000008200E00074C5B7101A82E00800000000EXITINTDC01000000000000000010000000707172737475767778797A7B7C7D7E7F",
        outlook(
            "040000008200E00074C5B7101A82E00800000000EXITINTDC01000000000000000010000000707172737475767778797A7B7C7D7E7F",
            "Übergabe Geräteverantwortung Ramon -> Nadine (vor seinem Exit-Interview)",
            "20251212T140000", "20251212T150000",
            ("Fankhauser, Ramon", "ramon.fankhauser@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Hoi Nadine, bevor ich um 15:30 mein Exit-Interview mit HR habe, gehen wir die Geräteliste (KF, UV, GC-2) "
            "und die offenen Qualifizierungen durch. Gruss Ramon",
            location="QC-Labor 2.11", stamp="20251205T080000Z",
        ),
        "handover-before-colleague-exit-interview",
    ),
    other(
        "utc-anniversary", "A1B2C3D4-0000-4000-8000-ANNIV2025NG",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251001T070000Z
DTSTART:20251206T180000Z
DTEND:20251206T220000Z
DTSTAMP:20251001T070000Z
LOCATION:Restaurant Krafft\, Basel
SEQUENCE:0
SUMMARY:Jahrestag Lukas & ich 💍 (Tisch reserviert)
DESCRIPTION:Nicht über Jobsuche reden :)
TRANSP:OPAQUE
UID:A1B2C3D4-0000-4000-8000-ANNIV2025NG
END:VEVENT
END:VCALENDAR
""",
        "personal-dinner-utc-mentions-job-search",
    ),
    other(
        "kita-aufnahme", "C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E01",
        apple(
            "C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E01",
            "Aufnahmegespräch Kita Sunnebärg (für Mia, ab Jan)", "20251028T171500", "20251028T180000", tz="",
            location="Kita Sunnebärg, Dornacherstrasse 140",
            notes="Betreuungsvertrag, Eingewöhnung, Bestätigung Arbeitspensum (neuer Job?) mitbringen. Leiterin Fr. Schaad.",
            alarm="-PT1H",
        ),
        "kita-aufnahmegespraech-floating",
    ),
]
