# ruff: noqa: E501, W291, W293, RUF100
"""holdout260 events, part a: the user's own interviews (Basel, Zug, Lörrach, Mulhouse; ATS and Outlook)."""

from holdout260ev_zones import (
    ME,
    ME_WORK,
    VTZ_BERLIN,
    WIN_PARIS,
    WIN_UTC1,
    apple,
    ats,
    google,
    outlook,
    teams,
    thunderbird,
)

ZOOM_SERTIS = """Join Zoom Meeting
https://sertis-cro.zoom.us/j/84120937712?pwd=cVdNeGtEaXJ0b2tBa2h4
Meeting ID: 841 2093 7712
Passcode: 552190
One tap mobile
+41315280988,,84120937712#,,,,*552190# Switzerland
"""

EVENTS = [
    dict(
        kind="workday-invite", uid="WD-INT-9c1f2e77-4b1a-4f8e-a0d2-1e5b7c3d9012@novagen.myworkday.example",
        ics=ats(
            "WD-INT-9c1f2e77-4b1a-4f8e-a0d2-1e5b7c3d9012@novagen.myworkday.example",
            "Phone Screen: Team Lead Quality Control (m/f/d) - R-0048213",
            "20251104T090000Z", "20251104T093000Z",
            ("Novagen Talent Acquisition", "talent.acquisition@novagen-pharma.com"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Sophie Laurent", "sophie.laurent@novagen-pharma.com", "REQ-PARTICIPANT")],
            "Dear Nadine,\n\nThank you for your interest in the position Team Lead Quality Control (m/f/d) (R-0048213) at Novagen Pharma AG, Basel.\n\n"
            "Your phone screen has been scheduled:\nDate: Tuesday, 4 November 2025\nTime: 10:00 - 10:30 (Central European Time)\n"
            "Interviewer: Sophie Laurent, Talent Acquisition Partner\nFormat: Phone call. Sophie will call you on the number in your candidate profile.\n\n"
            "To reschedule, please use the link in your Workday candidate home.\n\nKind regards,\nNovagen Talent Acquisition\n\n"
            "This message was sent from Workday. Please do not reply.",
            prodid="-//Workday Inc//Workday Recruiting Calendar//EN", location="Phone",
        ),
        is_interview=1, company="Novagen Pharma AG", role="Team Lead Quality Control (m/f/d)", stage="recruiter_screen",
        interviewers="sophie.laurent@novagen-pharma.com", trap="workday-utc-phone-screen-noreply-organizer", hiring=False,
    ),
    dict(
        kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000B0C1D2E3F44DDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000B0C1D2E3F44DDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
            "Interview Nadine Gerber - Team Lead QC (R-0048213)",
            "20251112T140000", "20251112T150000",
            ("Keller, Andreas", "andreas.keller@novagen-pharma.com"),
            [("nadine.gerber@bluewin.ch", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Laurent, Sophie", "sophie.laurent@novagen-pharma.com", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Hi Nadine,\n\nthanks for taking the time - looking forward to our conversation about the Team Lead QC role in "
            "our Release Testing lab. We will talk about your experience with OOS handling, team topics and your expectations. "
            "Plan about 60 min.\n\nBest regards\nAndreas Keller\nHead QC Release Testing, Novagen Pharma AG\n\n" + teams("en", "novagen-hm"),
            lang="en-US", location="Microsoft Teams Meeting", stamp="20251105T161022Z",
        ),
        is_interview=1, company="Novagen Pharma AG", role="Team Lead QC", stage="hiring_manager",
        interviewers="andreas.keller@novagen-pharma.com", trap="outlook-teams-candidate-name-in-subject-recruiter-optional", hiring=False,
    ),
    dict(
        kind="outlook-panel", uid="040000008200E00074C5B7101A82E00800000000F03A8B9C5F53DC0100000000000000001000000077C2D1A0B3E44F7E9A22D5B1C3E7F0A9",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000F03A8B9C5F53DC0100000000000000001000000077C2D1A0B3E44F7E9A22D5B1C3E7F0A9",
            "Final round / Panel + lab tour - Team Lead QC (Gerber)",
            "20251126T090000", "20251126T123000",
            ("Keller, Andreas", "andreas.keller@novagen-pharma.com"),
            [("nadine.gerber@bluewin.ch", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Meier, Claudia Dr.", "claudia.meier@novagen-pharma.com", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Frei, Lukas", "lukas.frei@novagen-pharma.com", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("BS-1060 Meeting Room 3.12 (8)", "bs1060-mr312@novagen-pharma.com", "NON-PARTICIPANT", "ROOM"),
             ("BS-1060 Visitor Badge Desk", "bs1060-visitors@novagen-pharma.com", "NON-PARTICIPANT", "RESOURCE")],
            "Dear Nadine,\n\nas discussed, please find the agenda for your final round:\n"
            "09:00 Welcome at reception Building 1060 (please bring ID for the visitor badge)\n"
            "09:15 Panel interview with Dr. Claudia Meier (Head of Quality Control), Lukas Frei (HR Business Partner) and myself\n"
            "10:30 Short presentation by you: \"My first 100 days as Team Lead QC\" (max. 15 min, no slides needed)\n"
            "11:00 Lab tour Release Testing / Stability (GMP gowning on site)\n12:00 Q&A\n\n"
            "Petra Huber will welcome you at the reception.\n\nBest regards\nAndreas",
            tz=WIN_UTC1, vtz=False, lang="en-US", location="Novagen Pharma AG, Bau 1060, Klybeckstrasse 210, 4057 Basel",
            sent_by="petra.huber@novagen-pharma.com", stamp="20251118T093311Z",
        ),
        is_interview=1, company="Novagen Pharma AG", role="Team Lead QC", stage="final",
        interviewers="claudia.meier@novagen-pharma.com;lukas.frei@novagen-pharma.com;andreas.keller@novagen-pharma.com",
        trap="outlook-utc-offset-zone-without-vtimezone-room-resource-sent-by", hiring=False,
    ),
    dict(
        kind="greenhouse-invite", uid="greenhouse-interview-58231904-helvion@greenhouse.example",
        ics=ats(
            "greenhouse-interview-58231904-helvion@greenhouse.example",
            "Interview Confirmation: Nadine Gerber for QA Specialist GMP (80-100%)",
            "20251030T130000Z", "20251030T133000Z",
            ("Helvion Biologics Recruiting", "no-reply@us.greenhouse-mail.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Mara Sutter", "mara.sutter@helvion-bio.com", "REQ-PARTICIPANT")],
            "Hi Nadine,\n\nYour interview for QA Specialist GMP (80-100%) at Helvion Biologics AG is confirmed.\n\n"
            "Thursday, October 30, 2025\n2:00 PM - 2:30 PM CET\nRecruiter Call with Mara Sutter (Talent Partner)\n\n"
            "Join Zoom Meeting\nhttps://helvion.zoom.us/j/93310250447\nMeeting ID: 933 1025 0447\n\n"
            "Need to reschedule? Reply to this email.\n\nPowered by Greenhouse",
            prodid="-//Greenhouse//Greenhouse Calendar//EN", location="Zoom",
        ),
        is_interview=1, company="Helvion Biologics AG", role="QA Specialist GMP (80-100%)", stage="recruiter_screen",
        interviewers="mara.sutter@helvion-bio.com", trap="greenhouse-zoom-recruiter-call", hiring=False,
    ),
    dict(
        kind="google-invite", uid="3k9vq1p0c7m2h8tdl6r4s5aab0@google.com",
        ics=google(
            "3k9vq1p0c7m2h8tdl6r4s5aab0@google.com",
            "Helvion | Case presentation - QA Specialist GMP (N. Gerber)",
            "20251111T080000Z", "20251111T093000Z",
            ("Jonas Brändli", "jonas.braendli@helvion-bio.com"),
            [("Jonas Brändli", "jonas.braendli@helvion-bio.com"), ("Eva Roth", "eva.roth@helvion-bio.com"), ("nadine.gerber@bluewin.ch", ME)],
            "Hoi Nadine\n\nWie besprochen: 2. Runde mit Fallbeispiel. Du bekommst am Vorabend eine Deviation (Abweichung "
            "im Bioburden-Test) und stellst uns deine Root-Cause-Analyse und CAPA-Vorschläge vor (20 min), danach Fragen "
            "von Eva (QA Operations) und mir.\n\nGruess\nJonas",
            meet="kfr-txqe-mzu", stamp="20251104T170455Z",
        ),
        is_interview=1, company="Helvion Biologics AG", role="QA Specialist GMP", stage="technical",
        interviewers="jonas.braendli@helvion-bio.com;eva.roth@helvion-bio.com", trap="google-invite-deviation-case-study-swiss-german", hiring=False,
    ),
    dict(
        kind="outlook-rescheduled", uid="040000008200E00074C5B7101A82E0080000000060A7E14B9C4DDC010000000000000000100000004E2F8A17C90B4D5D8B1EAF2C77D01B36",
        ics=outlook(
            "040000008200E00074C5B7101A82E0080000000060A7E14B9C4DDC010000000000000000100000004E2F8A17C90B4D5D8B1EAF2C77D01B36",
            "Vorstellungsgespräch Laborleiterin QC - NEUER TERMIN",
            "20251120T153000", "20251120T163000",
            ("Schmid, Regula", "regula.schmid@rhenus-tx.ch"),
            [("Gerber Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Vogel, Thomas", "thomas.vogel@rhenus-tx.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Sitzungszimmer Rhein EG", "sz-rhein@rhenus-tx.ch", "NON-PARTICIPANT", "ROOM")],
            "Sehr geehrte Frau Gerber\n\nLeider müssen wir unser Gespräch verschieben - Herr Vogel ist am ursprünglichen "
            "Termin (Dienstag, 18.11.) an einem Audit. Neu: Donnerstag, 20. November 2025, 15:30 Uhr.\n\n"
            "Gesprächspartner: Thomas Vogel (Head of Operations) und ich.\nBitte melden Sie sich am Empfang, Hochbergerstrasse 60, 4057 Basel.\n\n"
            "Freundliche Grüsse\nRegula Schmid\nHR Business Partner\nRhenus Therapeutics AG",
            seq=2, location="Rhenus Therapeutics AG, Sitzungszimmer Rhein EG", stamp="20251113T074501Z",
        ),
        is_interview=1, company="Rhenus Therapeutics AG", role="Laborleiterin QC", stage="hiring_manager",
        interviewers="regula.schmid@rhenus-tx.ch;thomas.vogel@rhenus-tx.ch", trap="outlook-rescheduled-sequence-2-room", hiring=False,
    ),
    dict(
        kind="iphone-handtyped", uid="A7C3E1F0-5B2D-4E8A-9C6F-31D0B7A2E845",
        ics=apple(
            "A7C3E1F0-5B2D-4E8A-9C6F-31D0B7A2E845",
            "Schnuppertag Rhenus 🧪", "20251203T080000", "20251203T163000", tz="",
            location="Hochbergerstr. 60, Basel",
            notes="Labormantel + Schutzbrille mitnehmen, Hr. Vogel holt mich am Empfang ab. Mittag mit Team. Fragen: Schichtplan? Lohnband?",
            alarm="-PT12H",
        ),
        is_interview=1, company="Rhenus Therapeutics AG", role="", stage="onsite",
        interviewers="Hr. Vogel", trap="handtyped-floating-schnuppertag-as-candidate", hiring=False,
    ),
    dict(
        kind="outlook-panel", uid="040000008200E00074C5B7101A82E00800000000C1F2A3B4D55EDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000C1F2A3B4D55EDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
            "Vorstellungsgespräch Stelle 22-417 Teamleiter/in Lebensmittelanalytik (80-100 %)",
            "20251028T100000", "20251028T111500",
            ("Kunz, Andrea (KLNW)", "andrea.kunz@klnw.ch"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Wirz, Beat (KLNW)", "beat.wirz@klnw.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Tanner, Ruth (KLNW)", "ruth.tanner@klnw.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Sehr geehrte Frau Gerber\n\nWir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen. Die Auswahlkommission "
            "besteht aus Dr. Beat Wirz (Kantonschemiker), Ruth Tanner (Leiterin Abteilung Lebensmittel) und Andrea Kunz (Personaldienst).\n\n"
            "Ort: Kantonales Laboratorium Nordwestschweiz, Kannenfeldstrasse 12, 4056 Basel, 2. OG, Sitzungszimmer 204.\n"
            "Bitte bringen Sie Ihre Diplome (Kopie) mit.\n\nFreundliche Grüsse\nAndrea Kunz\nPersonaldienst",
            lang="de-CH", location="KLNW, Sitzungszimmer 204", stamp="20251016T130000Z",
        ),
        is_interview=1, company="Kantonales Laboratorium Nordwestschweiz", role="Teamleiter/in Lebensmittelanalytik (80-100 %)",
        stage="onsite", interviewers="beat.wirz@klnw.ch;ruth.tanner@klnw.ch;andrea.kunz@klnw.ch",
        trap="cantonal-lab-selection-committee-lastname-comma-cn", hiring=False,
    ),
    dict(
        kind="thunderbird-entry", uid="5e0b8b3a-2c41-4d7e-9a1b-7f6c3e2d1a09",
        ics=thunderbird(
            "5e0b8b3a-2c41-4d7e-9a1b-7f6c3e2d1a09",
            "Eignungsabklärung (Assessment) Kantonslabor - Brunner Assessment AG",
            "20251110T083000", "20251110T150000",
            location="Brunner Assessment AG, Aeschenvorstadt 48, Basel",
            notes="2. Runde für die Stelle Teamleiterin Lebensmittelanalytik am KLNW.\nAblauf lt. Mail Fr. Kunz: "
                  "Persönlichkeitstests, Rollenspiel Mitarbeitergespräch, Interview mit Dr. Iris Maag (Psychologin). "
                  "Ergebnis geht an die Auswahlkommission.\nZnüni mitnehmen!",
            categories="Bewerbung",
        ),
        is_interview=1, company="Kantonales Laboratorium Nordwestschweiz", role="Teamleiterin Lebensmittelanalytik",
        stage="onsite", interviewers="Dr. Iris Maag", trap="external-assessment-firm-names-employer-only-in-notes", hiring=False,
    ),
    dict(
        kind="google-invite", uid="0b7ds9pq2vlsn4a1kx3m8r6f2c@google.com",
        ics=google(
            "0b7ds9pq2vlsn4a1kx3m8r6f2c@google.com",
            "Entretien téléphonique - Responsable de laboratoire CQ (H/F) - Mme Gerber",
            "20251029T083000Z", "20251029T090000Z",
            ("Camille Roux", "camille.roux@analytika-alsace.fr"),
            [("Camille Roux", "camille.roux@analytika-alsace.fr"), ("Nadine Gerber", ME)],
            "Bonjour Madame Gerber,\n\nSuite à votre candidature, je vous propose un premier entretien téléphonique "
            "(30 min) pour le poste de Responsable de laboratoire contrôle qualité à Mulhouse. Je vous appellerai au "
            "+41 79 000 48 12.\nL'entretien peut se dérouler en français ou en allemand.\n\nBien cordialement,\n"
            "Camille Roux\nChargée de recrutement - Analytika Alsace SAS\n12 rue des Frères Lumière, 68200 Mulhouse",
            location="Téléphone", stamp="20251022T142210Z",
        ),
        is_interview=1, company="Analytika Alsace", role="Responsable de laboratoire CQ (H/F)", stage="recruiter_screen",
        interviewers="camille.roux@analytika-alsace.fr", trap="french-entretien-telephonique-google", hiring=False,
    ),
    dict(
        kind="outlook-onsite", uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E56BDC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000A9B8C7D6E56BDC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B",
            "Entretien sur site + visite du laboratoire - N. Gerber",
            "20251119T100000", "20251119T123000",
            ("Muller, Julien", "julien.muller@analytika-alsace.fr"),
            [("Gerber Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Roux, Camille", "camille.roux@analytika-alsace.fr", "OPT-PARTICIPANT", "INDIVIDUAL"),
             ("Schaeffer, Anne", "anne.schaeffer@analytika-alsace.fr", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Madame Gerber,\n\nJe vous confirme notre rendez-vous pour un entretien sur site avec Anne Schaeffer "
            "(Responsable Assurance Qualité) et moi-même, suivi d'une visite du laboratoire HPLC/GC.\n"
            "Adresse : 12 rue des Frères Lumière, 68200 Mulhouse. Parking visiteurs devant le bâtiment B.\n\n"
            "Cordialement,\nJulien Muller\nDirecteur de site",
            tz=WIN_PARIS, lang="fr-FR", location="Analytika Alsace - Bâtiment B, salle Vosges", stamp="20251105T091500Z",
        ),
        is_interview=1, company="Analytika Alsace", role="", stage="onsite",
        interviewers="julien.muller@analytika-alsace.fr;anne.schaeffer@analytika-alsace.fr",
        trap="french-romance-standard-time-onsite-with-optional-recruiter", hiring=False,
    ),
    dict(
        kind="softgarden-invite", uid="sg-appointment-2025-77103-dreilaender@softgarden.example",
        ics=ats(
            "sg-appointment-2025-77103-dreilaender@softgarden.example",
            "Einladung zum Vorstellungsgespräch: Teamleitung Qualitätskontrolle (m/w/d)",
            "20251106T140000", "20251106T153000",
            ("Dreiländer Pharma GmbH - Personalabteilung", "jobs@dreilaender-pharma.de"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"),
             ("Dr. Katrin Hesse", "katrin.hesse@dreilaender-pharma.de", "REQ-PARTICIPANT"),
             ("Oliver Brand", "oliver.brand@dreilaender-pharma.de", "REQ-PARTICIPANT")],
            "Sehr geehrte Frau Gerber,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen "
            "Vorstellungsgespräch ein.\n\nIhre Gesprächspartner: Frau Dr. Katrin Hesse (Leitung Qualitätseinheit) und "
            "Herr Oliver Brand (Personalreferent).\nOrt: Dreiländer Pharma GmbH, Brombacher Str. 41, 79539 Lörrach, Empfang Gebäude A\n\n"
            "Bitte bestätigen Sie den Termin über Ihr Bewerberkonto.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\n"
            "Diese Nachricht wurde über softgarden versendet.",
            prodid="-//softgarden e-recruiting GmbH//Interview Scheduler//DE", tz="Europe/Berlin", zone=VTZ_BERLIN,
            location="Dreiländer Pharma GmbH, Brombacher Str. 41, 79539 Lörrach",
        ),
        is_interview=1, company="Dreiländer Pharma GmbH", role="Teamleitung Qualitätskontrolle (m/w/d)", stage="hiring_manager",
        interviewers="katrin.hesse@dreilaender-pharma.de;oliver.brand@dreilaender-pharma.de", trap="softgarden-germany-berlin-zone", hiring=False,
    ),
    dict(
        kind="thunderbird-entry", uid="c2a91f6e-8d74-4b03-b5e2-0a6d9f17e3c4",
        ics=thunderbird(
            "c2a91f6e-8d74-4b03-b5e2-0a6d9f17e3c4",
            "2. Gespräch Dreiländer Pharma (GF) - Lörrach",
            "20251124T090000", "20251124T103000", tz="Europe/Berlin",
            location="Brombacher Str. 41, Lörrach",
            notes="mit Dr. Steinbach (Geschäftsführer) + Fr. Dr. Hesse. Personalausweis, Zeugnisse, Grenzgänger-Fragen "
                  "(G-Bewilligung? nein - umgekehrt, ich wäre Grenzgängerin nach D!). Parkplatz Tor 2.",
            alarm="-PT2H",
        ),
        is_interview=1, company="Dreiländer Pharma GmbH", role="", stage="final",
        interviewers="Dr. Steinbach;Fr. Dr. Hesse", trap="thunderbird-berlin-zone-second-round-no-attendees", hiring=False,
    ),
    dict(
        kind="personio-invite", uid="personio-interview-4471298@markgraefler-analytik.jobs.personio.example",
        ics=ats(
            "personio-interview-4471298@markgraefler-analytik.jobs.personio.example",
            "Interview: Laborleitung (m/w/d) - Nadine Gerber",
            "20251105T080000Z", "20251105T090000Z",
            ("Felix Ganter", "felix.ganter@markgraefler-analytik.de"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Felix Ganter", "felix.ganter@markgraefler-analytik.de", "CHAIR")],
            "Hallo Frau Gerber,\n\nwie telefonisch besprochen hier die Einladung für unser Gespräch per Video.\n"
            "Link: https://meet.google.com/uqa-hbzr-wpe\n\nViele Grüße\nFelix Ganter\nGeschäftsführer, Markgräfler Analytik GmbH, Weil am Rhein",
            prodid="-//Personio GmbH//Personio Recruiting//DE", location="https://meet.google.com/uqa-hbzr-wpe",
        ),
        is_interview=1, company="Markgräfler Analytik GmbH", role="Laborleitung (m/w/d)", stage="",
        interviewers="felix.ganter@markgraefler-analytik.de", trap="personio-video-interview-stage-unclear", hiring=False,
    ),
    dict(
        kind="hirevue-invite", uid="hv-8f31c0a2-zugerberg-qc-tl@hirevue.example",
        ics=ats(
            "hv-8f31c0a2-zugerberg-qc-tl@hirevue.example",
            "HireVue Video Interview - QC Team Lead Bioassays (Zugerberg Biosciences)",
            "20251113T180000Z", "20251113T184500Z",
            ("Zugerberg Biosciences Talent", "no-reply@hirevue.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Hello Nadine,\n\nYou scheduled time to complete your on-demand video interview for QC Team Lead Bioassays.\n"
            "5 questions, 3 minutes per answer, 1 practice question. Please complete by 16 November 2025.\n\n"
            "Start your interview: https://app.hirevue.example/i/zgb-qctl-8f31c0a2\n\nGood luck!",
            prodid="-//HireVue//HireVue Scheduling//EN", location="Online (HireVue)",
        ),
        is_interview=1, company="Zugerberg Biosciences AG", role="QC Team Lead Bioassays", stage="recruiter_screen",
        interviewers="", trap="hirevue-one-way-video-no-human-interviewer", hiring=False,
    ),
    dict(
        kind="outlook-onsite", uid="040000008200E00074C5B7101A82E0080000000015F3C2B1A07ADC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899",
        ics=outlook(
            "040000008200E00074C5B7101A82E0080000000015F3C2B1A07ADC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899",
            "Onsite Interview - QC Team Lead Bioassays",
            "20251202T093000", "20251202T130000",
            ("Huwiler, Stefan", "stefan.huwiler@zugerberg-bio.ch"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Marti, Lena", "lena.marti@zugerberg-bio.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("ZG-Room Rigi", "room.rigi@zugerberg-bio.ch", "NON-PARTICIPANT", "ROOM")],
            "Dear Nadine,\n\ngreat to move forward! Agenda:\n09:30 Interview with me (Head of QC) and Lena Marti (QC Bioassay Lead)\n"
            "10:45 ELISA/cell-based assay lab walk-through\n11:30 Meet the team (informal)\n12:15 Lunch\n\n"
            "Address: Zugerberg Biosciences AG, Baarerstrasse 101, 6300 Zug (5 min from Zug station).\n\nKind regards\nStefan",
            tz=WIN_UTC1, lang="en-GB", location="ZG-Room Rigi; Zugerberg Biosciences AG, Baarerstrasse 101, 6300 Zug",
            stamp="20251119T101500Z",
        ),
        is_interview=1, company="Zugerberg Biosciences AG", role="QC Team Lead Bioassays", stage="onsite",
        interviewers="stefan.huwiler@zugerberg-bio.ch;lena.marti@zugerberg-bio.ch", trap="outlook-utc-offset-zone-with-vtimezone-onsite", hiring=False,
    ),
    dict(
        kind="successfactors-invite", uid="SF-INTSCHED-771002-3321-lorzen@successfactors.example",
        ics=ats(
            "SF-INTSCHED-771002-3321-lorzen@successfactors.example",
            "Interview Invitation: QA Specialist Batch Record Review (Req 7710)",
            "20251118T130000Z", "20251118T140000Z",
            ("Lorzen Pharma Recruiting", "recruiting@lorzen-pharma.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Rahel Iten", "rahel.iten@lorzen-pharma.ch", "REQ-PARTICIPANT"),
             ("Recruiting Coordinator", "recruiting@lorzen-pharma.ch", "NON-PARTICIPANT")],
            "Dear Nadine Gerber,\n\nWe are pleased to invite you to an interview for the position QA Specialist Batch Record Review (Req 7710).\n\n"
            "Interviewer: Rahel Iten, Head of QA Operations\nDuration: 60 minutes\nLocation: Microsoft Teams (link below)\n\n"
            + teams("en", "lorzen") + "\n\nPlease accept or decline this invitation in the SuccessFactors candidate portal.",
            prodid="-//SAP SuccessFactors//Interview Scheduling//EN", location="Microsoft Teams",
        ),
        is_interview=1, company="Lorzen Pharma AG", role="QA Specialist Batch Record Review", stage="hiring_manager",
        interviewers="rahel.iten@lorzen-pharma.ch", trap="successfactors-teams-coordinator-attendee", hiring=False,
    ),
    dict(
        kind="smartrecruiters-invite", uid="sr-ev-2c7f1d90-veltrix-panel@smartrecruiters.example",
        ics=ats(
            "sr-ev-2c7f1d90-veltrix-panel@smartrecruiters.example",
            "Veltrix | Panel Interview - Associate Manager QC Operations",
            "20251107T123000Z", "20251107T140000Z",
            ("Veltrix Talent Acquisition", "veltrix-ta@smartrecruiters-mail.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"),
             ("Marcus Whitfield", "marcus.whitfield@veltrix.com", "REQ-PARTICIPANT"),
             ("Priska Odermatt", "priska.odermatt@veltrix.com", "REQ-PARTICIPANT"),
             ("Yannick Borer", "yannick.borer@veltrix.com", "REQ-PARTICIPANT")],
            "Hi Nadine,\n\nYour technical panel interview for Associate Manager QC Operations (Basel site) is scheduled.\n"
            "Panel: Marcus Whitfield (Director QC), Priska Odermatt (QC Chemistry), Yannick Borer (QC Data Integrity).\n"
            "Topics: HPLC method transfer, data integrity (ALCOA+), LIMS, investigations.\n\nWebex: https://veltrix.webex.com/meet/qc-panel-2291\n",
            prodid="-//SmartRecruiters//Interview Scheduler//EN", location="Webex",
        ),
        is_interview=1, company="Veltrix Pharmaceuticals", role="Associate Manager QC Operations", stage="technical",
        interviewers="marcus.whitfield@veltrix.com;priska.odermatt@veltrix.com;yannick.borer@veltrix.com",
        trap="smartrecruiters-technical-panel-webex", hiring=False,
    ),
    dict(
        kind="outlook-cancel", uid="040000008200E00074C5B7101A82E00800000000D4C3B2A1F05ADC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000D4C3B2A1F05ADC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210",
            "Abgesagt: Final Interview - Associate Manager QC Operations",
            "20251125T100000", "20251125T110000",
            ("Whitfield, Marcus", "marcus.whitfield@veltrix.com"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Dear Nadine,\n\nunfortunately we have to cancel the final interview for now - the position has been put on hold "
            "pending budget approval. Our recruiter will get back to you as soon as we know more.\n\nApologies and best regards\nMarcus",
            method="CANCEL", status="CANCELLED", seq=1, lang="en-US", location="Veltrix Basel, Building 3, Room 3.08",
            stamp="20251120T084500Z",
        ),
        is_interview=1, company="Veltrix Pharmaceuticals", role="Associate Manager QC Operations", stage="final",
        interviewers="marcus.whitfield@veltrix.com", trap="outlook-method-cancel-position-on-hold", hiring=False,
    ),
    dict(
        kind="outlook-assessment", uid="040000008200E00074C5B7101A82E008000000007E6D5C4B3A29DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        ics=outlook(
            "040000008200E00074C5B7101A82E008000000007E6D5C4B3A29DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
            "Assessment Center - QC Supervisor (Candidate: Nadine Gerber)",
            "20251209T083000", "20251209T160000",
            ("Ostara AC Team", "ac-team@ostara-bio.com"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Kovac, Nina Dr.", "nina.kovac@ostara-bio.com", "OPT-PARTICIPANT", "INDIVIDUAL"),
             ("Amsler, Peter", "peter.amsler@ostara-bio.com", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Dear Ms Gerber,\n\nWe are happy to invite you to our one-day Assessment Center for the role QC Supervisor.\n"
            "Programme: group exercise, in-basket exercise (shift handover with 3 OOS results), role play with a "
            "team member, short presentation, and a closing interview with the assessors Dr. Nina Kovac (Head QC) "
            "and Peter Amsler (HR).\nLunch is provided. Please bring a photo ID.\n\nOstara Biopharma AG, Rosentalstrasse 33, 4058 Basel",
            lang="en-GB", location="Ostara Biopharma AG, Training Center, Rosentalstrasse 33, Basel", stamp="20251125T140000Z",
        ),
        is_interview=1, company="Ostara Biopharma AG", role="QC Supervisor", stage="onsite",
        interviewers="nina.kovac@ostara-bio.com;peter.amsler@ostara-bio.com", trap="own-assessment-center-assessors-optional", hiring=False,
    ),
    dict(
        kind="lever-google-invite", uid="1hq7c0v3ss2k9m4p6t8e0lever@google.com",
        ics=google(
            "1hq7c0v3ss2k9m4p6t8e0lever@google.com",
            "Castellan Life Sciences - Intro call with Talent (QA Specialist, Basel)",
            "20251031T150000Z", "20251031T153000Z",
            ("Hannah Brooks", "hannah.brooks@castellan-ls.com"),
            [("Hannah Brooks", "hannah.brooks@castellan-ls.com"), ("nadine.gerber@bluewin.ch", ME)],
            "Hi Nadine,\n\nLooking forward to connecting! This is a 30-minute intro call to walk through your background "
            "and the QA Specialist opening at our Basel site.\n\nScheduled via Lever.",
            meet="wbd-ocax-pyn", stamp="20251027T110307Z",
        ),
        is_interview=1, company="Castellan Life Sciences", role="QA Specialist, Basel", stage="recruiter_screen",
        interviewers="hannah.brooks@castellan-ls.com", trap="lever-via-google-meet-intro-call", hiring=False,
    ),
    dict(
        kind="outlook-internal", uid="040000008200E00074C5B7101A82E00800000000019FA2B3C44CDC01000000000000000010000000CAFEBABE0011223344556677889900AA",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000019FA2B3C44CDC01000000000000000010000000CAFEBABE0011223344556677889900AA",
            "Gespräch interne Ausschreibung Teamleitung QC Mikrobiologie",
            "20251027T133000", "20251027T143000",
            ("Baumann, Christoph", "christoph.baumann@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Widmer, Sandra", "sandra.widmer@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("BS-QC Sitzungszimmer 2.04", "qc-sz204@rheinpharma-basel.ch", "NON-PARTICIPANT", "ROOM")],
            "Hoi Nadine\n\nDanke für deine Bewerbung auf die interne Ausschreibung (Job-ID INT-2025-118). Sandra (HR BP) "
            "und ich möchten gerne mit dir über die Stelle Teamleitung QC Mikrobiologie sprechen.\n"
            "Bitte noch vertraulich behandeln - dein direkter Vorgesetzter ist informiert.\n\nGruss\nChristoph",
            location="BS-QC Sitzungszimmer 2.04", stamp="20251020T151200Z",
        ),
        is_interview=1, company="Rheinpharma Basel AG", role="Teamleitung QC Mikrobiologie", stage="hiring_manager",
        interviewers="christoph.baumann@rheinpharma-basel.ch;sandra.widmer@rheinpharma-basel.ch",
        trap="internal-application-work-address-same-domain", hiring=False,
    ),
    dict(
        kind="outlook-internal", uid="040000008200E00074C5B7101A82E008000000008F1E2D3C4B5ADC01000000000000000010000000DEADBEEF99887766554433221100FFEE",
        ics=outlook(
            "040000008200E00074C5B7101A82E008000000008F1E2D3C4B5ADC01000000000000000010000000DEADBEEF99887766554433221100FFEE",
            "INT-2025-118 TL QC Mikro - 2. Runde (N. Gerber)",
            "20251110T160000", "20251110T170000",
            ("Widmer, Sandra", "sandra.widmer@rheinpharma-basel.ch"),
            [("Gerber, Nadine", ME_WORK, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Baumann, Christoph", "christoph.baumann@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Oberli, Martin", "martin.oberli@rheinpharma-basel.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Liebe Nadine\n\nWie angekündigt: zweites Gespräch mit Martin Oberli (Site Head Quality) und Christoph. "
            "Bitte bereite eine kurze Präsentation (10 min) vor: \"Wie würdest du das Mikro-Team durch die Umstellung "
            "auf Rapid Micro Methods führen?\"\n\nLiebe Grüsse\nSandra\n\n" + teams("de", "rp-int-2"),
            location="Microsoft Teams-Besprechung", stamp="20251030T100012Z",
        ),
        is_interview=1, company="Rheinpharma Basel AG", role="TL QC Mikro", stage="final",
        interviewers="martin.oberli@rheinpharma-basel.ch;christoph.baumann@rheinpharma-basel.ch",
        trap="internal-second-round-hr-organizer-is-coordinator", hiring=False,
    ),
    dict(
        kind="calendly-invite", uid="6f0c8d31-0a5e-4a62-bd3e-sertis-cal@calendly.example",
        ics=ats(
            "6f0c8d31-0a5e-4a62-bd3e-sertis-cal@calendly.example",
            "Erstgespräch QA Specialist GCP/GMP between Daniel Huber and Nadine Gerber",
            "20251103T151500Z", "20251103T154500Z",
            ("Daniel Huber", "daniel.huber@sertis-cro.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Event Name: Erstgespräch QA Specialist GCP/GMP\n\nLocation: This is a Zoom web conference.\n\n" + ZOOM_SERTIS
            + "\nNeed to make changes to this event?\nCancel: https://calendly.example/cancellations/6f0c8d31\n"
            "Reschedule: https://calendly.example/reschedulings/6f0c8d31\n\nPowered by Calendly.com",
            prodid="-//Calendly//Calendly Scheduling//EN", location="Zoom", method="PUBLISH",
        ),
        is_interview=1, company="Sertis Clinical Research AG", role="QA Specialist GCP/GMP", stage="recruiter_screen",
        interviewers="daniel.huber@sertis-cro.ch", trap="calendly-user-as-invitee-between-names", hiring=False,
    ),
    dict(
        kind="bookings-invite", uid="040000008200E00074C5B7101A82E00800000000BOOKINGS3C1D2E3F4A5B6C7D8E9F00112233445566778899",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000BOOKINGS3C1D2E3F4A5B6C7D8E9F00112233445566778899",
            "Bewerbungsgespräch Laborleitung Klinische Chemie",
            "20251114T080000", "20251114T090000",
            ("Medilab Birsfelden Karriere", "karriere@medilab-birsfelden.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Corinne Jenni", "corinne.jenni@medilab-birsfelden.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbungsgespräch Laborleitung Klinische Chemie (60 Minuten)\n"
            "Mitarbeiter: Corinne Jenni (Leitung Labor)\nOrt: Medilab Birsfelden AG, Hauptstrasse 88, 4127 Birsfelden\n\n"
            "Termin verwalten: https://outlook.office365.com/book/MedilabKarriere@medilab-birsfelden.ch/\n\n"
            "Diese Buchung wurde mit Microsoft Bookings erstellt.",
            location="Medilab Birsfelden AG, Hauptstrasse 88, 4127 Birsfelden", html=False, stamp="20251107T072015Z",
        ),
        is_interview=1, company="Medilab Birsfelden AG", role="Laborleitung Klinische Chemie", stage="",
        interviewers="corinne.jenni@medilab-birsfelden.ch", trap="microsoft-bookings-user-as-customer", hiring=False,
    ),
]
