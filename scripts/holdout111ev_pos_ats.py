"""holdout111: the user's own interviews sent by ATS and scheduling tools."""

from __future__ import annotations

from holdout111ev_ics import (
    FREE,
    GOOGLE,
    OUTLOOK,
    USER,
    Ev,
    att,
    gatt,
    me,
    meet,
    one,
    person,
    room,
    teams,
    vcal,
    vevent,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(one(
        "greenhouse-screen", "greenhouse-en",
        (1, "Nexalis Biologics", "QA Manager, Drug Substance", "recruiter_screen", "rahul.menon@nexalis.com"),
        prodid=GOOGLE, uid="5h2k9q0v7m1c3n8r4t6w@google.com", start="2026-02-17 09:30", mins=30,
        summary="Margaux Lefèvre <> Nexalis | Recruiter Screen (QA Manager, Drug Substance)",
        org=("Lena Imboden", "lena.imboden@nexalis.com"),
        att=[gatt("Lena Imboden", "lena.imboden@nexalis.com", "ACCEPTED"),
             gatt("Rahul Menon", "rahul.menon@nexalis.com", "ACCEPTED"), me(google=True)],
        desc=("Hi Margaux,\n\nThank you for your interest in Nexalis Biologics! This is a 30-minute phone "
              "conversation with Rahul Menon (Senior Talent Partner) about the QA Manager, Drug Substance "
              "position at our Visp site. Rahul will call you on +41 79 412 88 30.\n\n"
              "If you need to reschedule, just reply to this email.\n\nBest,\nLena Imboden\n"
              "Recruiting Coordinator, Nexalis Biologics\n\nScheduled with Greenhouse"),
        loc="Phone call - Rahul will call you"))
    out.append(one(
        "greenhouse-hm", "greenhouse-hiring-manager-en",
        (1, "Nexalis Biologics", "QA Manager, Drug Substance", "hiring_manager", "martina.zurbriggen@nexalis.com"),
        prodid=GOOGLE, uid="0c6f1e3b8a2d@greenhouse.io", start="2026-03-03 14:00", mins=45,
        summary="Interview: Margaux Lefèvre for QA Manager, Drug Substance - Hiring Manager",
        org=("Lena Imboden", "lena.imboden@nexalis.com"),
        att=[gatt("Martina Zurbriggen", "martina.zurbriggen@nexalis.com", "ACCEPTED"),
             gatt(USER, FREE, "ACCEPTED")],
        desc=("Candidate: Margaux Lefèvre\nRole: QA Manager, Drug Substance (Req #2291)\n"
              "Interviewer: Martina Zurbriggen, Director Quality Operations\n\n"
              "Martina leads the QA Operations team in Visp; expect questions on batch record review, "
              "deviation management and how you have built a team.\n\n" + meet("en", "ukp-rwzt-hbn")),
        loc="https://meet.google.com/ukp-rwzt-hbn"))
    out.append(one(
        "lever-technical", "lever-panel-en",
        (1, "Rhodanie Biotech", "Validation Lead (CQV)", "technical",
         "tobias.frei@rhodanie-bio.ch;ana.sousa@rhodanie-bio.ch"),
        prodid=GOOGLE, uid="lever-6a1f93d2-0e4b-4b6f-9c8b-2f7e1d05aa41", start="2026-02-24 10:00", mins=60,
        summary="Rhodanie Biotech – Technical interview – Validation Lead (CQV)",
        org=("Chloé Bally", "chloe.bally@rhodanie-bio.ch"),
        att=[gatt("Tobias Frei", "tobias.frei@rhodanie-bio.ch"), gatt("Ana Sousa", "ana.sousa@rhodanie-bio.ch"),
             gatt(USER, FREE, "ACCEPTED")],
        desc=("Hello Margaux,\n\nAs discussed, please find the invitation for your technical interview.\n\n"
              "Panel:\n- Tobias Frei, Head of Engineering\n- Ana Sousa, Senior CQV Engineer\n\n"
              "They will walk you through a qualification scenario (IQ/OQ/PQ of a new filling line, risk-based "
              "approach per ASTM E2500). No preparation required.\n\nKind regards,\nChloé Bally, People Team\n\n"
              + zoom("en", 84213370915) + "\n\n-- sent via Lever"),
        loc="Zoom"))
    out.append(one(
        "ashby-hm", "ashby-en",
        (1, "Genevance Therapeutics", "Head of Quality Systems", "hiring_manager", "hannah.wirz@genevance.com"),
        prodid=GOOGLE, uid="ashby-interview-event-8e2c44d1-3b1a-47b0-a0e9-c1d9f0a6b77e",
        start="2026-03-10 16:00", mins=45, tz="utc",
        summary="Margaux Lefèvre / Hannah Wirz — Hiring Manager Interview",
        org=("Genevance Recruiting", "recruiting@genevance.com"),
        att=[gatt("Hannah Wirz", "hannah.wirz@genevance.com"), gatt("Margaux Lefèvre", FREE, "ACCEPTED")],
        desc=("Genevance Therapeutics · Head of Quality Systems\n\nHiring Manager Interview with Hannah Wirz "
              "(VP Quality). Format: video call, 45 minutes.\n\n" + meet("en", "qsd-mmfe-kpa")
              + "\n\nScheduled with Ashby"),
        loc="Google Meet"))
    out.append(one(
        "ashby-cancel", "cancelled-ashby-en",
        (1, "Genevance Therapeutics", "Head of Quality Systems", "onsite",
         "hannah.wirz@genevance.com;olivier.baud@genevance.com"),
        prodid=GOOGLE, method="CANCEL", uid="ashby-interview-event-0f91b5aa-6d2e-4c8c-93a7-5e0b1c2d3f44",
        start="2026-03-24 09:00", mins=180, status="CANCELLED", seq=1, stamp="20260318T101200Z",
        summary="Canceled: Onsite Interview – Margaux Lefèvre – Head of Quality Systems",
        org=("Genevance Recruiting", "recruiting@genevance.com"),
        att=[gatt("Hannah Wirz", "hannah.wirz@genevance.com"), gatt("Olivier Baud", "olivier.baud@genevance.com"),
             gatt("Margaux Lefèvre", FREE)],
        desc=("This event has been canceled.\n\nHi Margaux, unfortunately we have to postpone your onsite at "
              "Genevance Therapeutics (Chemin des Aulx, Plan-les-Ouates). Our recruiting team will reach out "
              "with new options.\n\nScheduled with Ashby"),
        loc="Genevance Therapeutics, Chemin des Aulx 12, 1228 Plan-les-Ouates"))
    out.append(one(
        "workday-screen-de", "workday-phone-screen-de",
        (1, "Synthalis AG", "Senior Specialist Regulatory Affairs (m/w/d)", "recruiter_screen",
         "katrin.voegeli@synthalis.com"),
        prodid="-//Workday//Workday Recruiting//EN", uid="WD-INT-2026-0118774@synthalis.myworkday.com",
        start="2026-02-19 08:30", mins=30, tz="utc",
        summary="Telefoninterview: Senior Specialist Regulatory Affairs (m/w/d) - R-2026-01187",
        org=("Synthalis Talent Acquisition", "synthalis@myworkday.com"),
        att=[att("Katrin Vögeli", "katrin.voegeli@synthalis.com"), me(part="ACCEPTED")],
        desc=("Sehr geehrte Frau Lefèvre\n\nVielen Dank für Ihre Bewerbung bei der Synthalis AG. Gerne bestätigen "
              "wir Ihnen das telefonische Erstgespräch mit Frau Katrin Vögeli (Talent Acquisition Partner). "
              "Frau Vögeli wird Sie unter der angegebenen Nummer anrufen.\n\nStelle: Senior Specialist "
              "Regulatory Affairs (m/w/d), Basel\nDauer: ca. 30 Minuten\n\nFreundliche Grüsse\n"
              "Ihr Synthalis Recruiting Team"),
        loc="Telefon"))
    out.append(one(
        "workday-technical-de", "workday-fachinterview-de",
        (1, "Synthalis AG", "Senior Specialist Regulatory Affairs (m/w/d)", "technical",
         "reto.amsler@synthalis.com;ines.kuhn@synthalis.com"),
        prodid="-//Workday//Workday Recruiting//EN", uid="WD-INT-2026-0121530@synthalis.myworkday.com",
        start="2026-03-05 13:30", mins=75, tz="utc",
        summary="Fachinterview Regulatory Affairs – Margaux Lefèvre",
        org=("Synthalis Talent Acquisition", "synthalis@myworkday.com"),
        att=[att("Reto Amsler", "reto.amsler@synthalis.com"), att("Ines Kuhn", "ines.kuhn@synthalis.com"),
             att("Katrin Vögeli", "katrin.voegeli@synthalis.com", role="OPT-PARTICIPANT"), me()],
        desc=("Sehr geehrte Frau Lefèvre\n\nWir freuen uns, Sie zum Fachinterview einzuladen. Gesprächspartner: "
              "Dr. Reto Amsler (Head Regulatory CMC) und Ines Kuhn (Regulatory Lead Swissmedic Submissions). "
              "Frau Vögeli nimmt als Koordinatorin teil und stellt keine Fragen.\n\nBitte bereiten Sie eine kurze "
              "Präsentation (10 Min.) zu einer Variation Typ II vor.\n\n" + teams("de", 41)),
        loc="Microsoft Teams-Besprechung"))
    out.append(one(
        "smartrecruiters-hm", "smartrecruiters-fr",
        (1, "Cyteris", "Responsable Assurance Qualité Opérations", "hiring_manager", "f.darbellay@cyteris.ch"),
        prodid="-//SmartRecruiters//Interview Scheduler//EN", uid="sr-9d1e7a0c-51f2-4e3b-a6e4-31c0d97b2e18",
        start="2026-02-26 11:00", mins=60,
        summary="Entretien avec Cyteris SA – Responsable Assurance Qualité Opérations",
        org=("Cyteris SA Recrutement", "noreply@smartrecruiters.com"),
        att=[att("François Darbellay", "f.darbellay@cyteris.ch"), me()],
        desc=("Bonjour Margaux,\n\nNous avons le plaisir de vous confirmer votre entretien avec François Darbellay, "
              "Directeur des Opérations et futur responsable hiérarchique du poste.\n\nLieu : Cyteris SA, "
              "Route de la Galaise 34, 1228 Plan-les-Ouates – merci de vous annoncer à la réception.\n"
              "Durée : 1 heure\n\nMeilleures salutations,\nL'équipe Talent Acquisition de Cyteris\n\n"
              "Propulsé par SmartRecruiters"),
        loc="Cyteris SA, Route de la Galaise 34, 1228 Plan-les-Ouates"))
    out.append(one(
        "smartrecruiters-case", "smartrecruiters-case-study-fr",
        (1, "Cyteris", "Responsable Assurance Qualité Opérations", "technical",
         "a.menetrey@cyteris.ch;k.osei@cyteris.ch"),
        prodid="-//SmartRecruiters//Interview Scheduler//EN", uid="sr-2b77c0e4-09aa-4d1b-8f3c-7c5e61d0f9a2",
        start="2026-03-12 14:00", mins=90,
        summary="Étude de cas – Margaux Lefèvre – Responsable AQ Opérations",
        org=("Cyteris SA Recrutement", "noreply@smartrecruiters.com"),
        att=[att("Anne Ménétrey", "a.menetrey@cyteris.ch"), att("Kwame Osei", "k.osei@cyteris.ch"), me()],
        desc=("Bonjour Margaux,\n\nSuite à votre premier entretien, nous vous invitons à la seconde étape : une "
              "étude de cas (investigation d'une déviation et plan CAPA) que vous présenterez à Anne Ménétrey "
              "(Qualified Person) et Kwame Osei (QC Manager). Le cas vous sera remis sur place 30 minutes avant."
              "\n\nL'équipe Talent Acquisition de Cyteris\nPropulsé par SmartRecruiters"),
        loc="Cyteris SA, salle Salève"))
    out.append(one(
        "personio-screen", "personio-fr",
        (1, "Sauvabelle Diagnostics", "Quality Manager IVD (80-100%)", "recruiter_screen",
         "celine.piguet@sauvabelle-dx.ch"),
        prodid="-//Personio GmbH//Personio//DE", uid="personio-appointment-55821904", method="REQUEST",
        start="2026-02-12 17:30", mins=30, tz="berlin",
        summary="Entretien | Quality Manager IVD (80-100%) | Margaux Lefèvre",
        org=("Céline Piguet", "celine.piguet@sauvabelle-dx.ch"),
        att=[att("Céline Piguet", "celine.piguet@sauvabelle-dx.ch", part="ACCEPTED"), me()],
        desc=("Bonjour Madame Lefèvre,\n\nMerci pour votre candidature. Je vous propose un premier échange "
              "téléphonique d'environ 30 minutes pour faire connaissance et parler du poste de Quality Manager IVD "
              "chez Sauvabelle Diagnostics SA à Epalinges.\n\nJe vous appellerai sur votre natel.\n\n"
              "Céline Piguet\nHR Business Partner"),
        loc="Téléphone"))
    out.append(one(
        "personio-final", "personio-direction-fr",
        (1, "Sauvabelle Diagnostics", "Quality Manager IVD (80-100%)", "final",
         "marc-antoine.jaquier@sauvabelle-dx.ch;celine.piguet@sauvabelle-dx.ch"),
        prodid="-//Personio GmbH//Personio//DE", uid="personio-appointment-55836117",
        start="2026-03-18 08:30", mins=60, tz="berlin",
        summary="Entretien final – Direction générale – Sauvabelle Diagnostics",
        org=("Céline Piguet", "celine.piguet@sauvabelle-dx.ch"),
        att=[att("Marc-Antoine Jaquier", "marc-antoine.jaquier@sauvabelle-dx.ch"),
             att("Céline Piguet", "celine.piguet@sauvabelle-dx.ch", part="ACCEPTED"), me(part="ACCEPTED")],
        desc=("Bonjour Margaux,\n\nComme convenu, voici l'invitation pour le dernier entretien avec notre CEO, "
              "Marc-Antoine Jaquier, en ma présence. Nous nous retrouverons dans nos locaux du Biopôle.\n\n"
              "À bientôt,\nCéline"),
        loc="Sauvabelle Diagnostics SA, Biopôle, Route de la Corniche 5, 1066 Epalinges"))
    out.append(one(
        "teamtailor-case", "teamtailor-cas-pratique-fr",
        (1, "Laboratoires Brenaz", "Responsable Validation H/F", "technical",
         "j.ferrand@brenaz.fr;s.marchal@brenaz.fr"),
        prodid="-//Teamtailor//Teamtailor Meetings//EN", uid="tt-meeting-3390417@teamtailor.com",
        start="2026-03-09 14:00", mins=90, tz="paris",
        summary="Entretien avec Laboratoires Brenaz",
        org=("Laboratoires Brenaz", "noreply@teamtailor.com"),
        att=[att("Julien Ferrand", "j.ferrand@brenaz.fr"), att("Sophie Marchal", "s.marchal@brenaz.fr"), me()],
        desc=("Bonjour Margaux,\n\nVous êtes invitée à un entretien pour le poste Responsable Validation H/F.\n\n"
              "Au programme : un cas pratique (requalification d'un autoclave après changement de charge) puis "
              "un échange avec Julien Ferrand, Responsable Ingénierie, et Sophie Marchal, Pharmacien "
              "Responsable Intérimaire.\n\nAdresse : 14 rue de Gerland, 69007 Lyon. Pensez à prendre une pièce "
              "d'identité.\n\nÀ bientôt !"),
        loc="14 rue de Gerland, 69007 Lyon"))
    out.append(one(
        "softgarden-de", "softgarden-de",
        (1, "Juralab AG", "Leiter/in Qualitätssicherung 100%", "hiring_manager",
         "daniel.schnyder@juralab.ch;petra.luethi@juralab.ch"),
        prodid="-//softgarden//softgarden e-recruiting//DE", uid="sg-interview-1299034-7781@softgarden.io",
        start="2026-02-20 10:00", mins=60, tz="berlin",
        summary="Vorstellungsgespräch: Leiter/in Qualitätssicherung 100% – Juralab AG",
        org=("Petra Lüthi", "petra.luethi@juralab.ch"),
        att=[att("Daniel Schnyder", "daniel.schnyder@juralab.ch"), att("Petra Lüthi", "petra.luethi@juralab.ch"),
             me()],
        desc=("Sehr geehrte Frau Lefèvre\n\nWir freuen uns, Sie zu einem persönlichen Gespräch in Biel "
              "einzuladen. Sie sprechen mit Herrn Daniel Schnyder (Leiter Produktion, direkter Vorgesetzter) und "
              "mir.\n\nAdresse: Juralab AG, Rue de la Gabelle 9, 2503 Biel/Bienne\n\nFreundliche Grüsse\n"
              "Petra Lüthi, HR\n\n-- \nDiese Einladung wurde über softgarden versendet."),
        loc="Juralab AG, Rue de la Gabelle 9, 2503 Biel/Bienne"))
    out.append(one(
        "workable-nostage", "workable-no-stage-en",
        (1, "Orthomed Romandie", "Supplier Quality Engineer", "", "p.grandjean@orthomed-romandie.ch"),
        prodid="-//Workable//Workable Calendar//EN", uid="workable-ev-7f3a2c1d@workable.com",
        start="2026-02-27 15:00", mins=45,
        summary="Interview with Orthomed Romandie: Supplier Quality Engineer",
        org=("Orthomed Romandie SA", "notifications@workablemail.com"),
        att=[att("Pierre Grandjean", "p.grandjean@orthomed-romandie.ch"), me()],
        desc=("Hi Margaux,\n\nYour interview for Supplier Quality Engineer at Orthomed Romandie SA is confirmed.\n"
              "Interviewer: Pierre Grandjean\nType: Video call\n\n" + teams("en", 57)
              + "\n\nPowered by Workable"),
        loc="Microsoft Teams"))
    out.append(one(
        "icims-onsite", "icims-onsite-room-en",
        (1, "Kessler Aseptics", "QA Manager Sterile Operations", "onsite",
         "m.baumann@kessler-aseptics.com;j.oduya@kessler-aseptics.com;c.widmer@kessler-aseptics.com"),
        prodid="-//iCIMS//Interview Scheduling//EN", uid="iCIMS-INT-8843-20260316@kessler.icims.com",
        start="2026-03-16 09:00", mins=210, tz="win",
        summary="Kessler Aseptics – Onsite Interview – QA Manager Sterile Operations (Req 4471)",
        org=("Yvonne Hartmann", "y.hartmann@kessler-aseptics.com"),
        att=[att("Baumann, Markus", "m.baumann@kessler-aseptics.com"),
             att("Oduya, Joy", "j.oduya@kessler-aseptics.com"),
             att("Widmer, Claudia", "c.widmer@kessler-aseptics.com"),
             room("Stein-B2-Rhein (12)", "room.rhein@kessler-aseptics.com"),
             me()],
        desc=("Dear Margaux,\n\nWe look forward to welcoming you in Stein AG.\n\n09:00 Welcome (Yvonne Hartmann, "
              "Talent Acquisition)\n09:15 Markus Baumann, Site Quality Head\n10:00 Joy Oduya, Sterility Assurance "
              "Lead\n10:45 Break and gowning\n11:00 Cleanroom walk-through with Claudia Widmer, Production Manager, "
              "followed by Q&A\n\nPlease bring a valid ID for the gatehouse.\n\nBest regards,\nYvonne Hartmann"),
        loc="Kessler Aseptics AG, Industriestrasse 20, 4332 Stein AG – Building B2"))
    out.append(one(
        "successfactors-final", "successfactors-final-en",
        (1, "Helix Sterile Solutions", "Validation Manager (f/m/d)", "final",
         "beat.gerber@hss-basel.ch;lucia.ferrari@hss-basel.ch"),
        prodid="-//SAP SuccessFactors//Interview Scheduling//EN", uid="SF_IS_20260325_004417_HSS",
        start="2026-03-25 13:00", mins=90, tz="utcwin",
        summary="Interview Invitation: Validation Manager (f/m/d) – Final round",
        org=("HSS Recruiting", "recruiting@hss-basel.ch"),
        att=[att("Gerber, Beat", "beat.gerber@hss-basel.ch"), att("Ferrari, Lucia", "lucia.ferrari@hss-basel.ch"),
             me()],
        desc=("Dear Ms. Lefèvre,\n\nWe are pleased to invite you to the final interview for the position "
              "Validation Manager (f/m/d) at Helix Sterile Solutions AG, Basel.\n\nInterview panel: Beat Gerber "
              "(Managing Director), Lucia Ferrari (Head of Quality)\nLocation: Hochbergerstrasse 60, 4057 Basel\n\n"
              "Kind regards\nHSS Recruiting\n\nThis is an automatically generated message from SAP SuccessFactors."),
        loc="Hochbergerstrasse 60, 4057 Basel"))
    out.append(one(
        "successfactors-screen", "successfactors-screen-en",
        (1, "Helix Sterile Solutions", "Validation Manager (f/m/d)", "recruiter_screen", "nadine.oberli@hss-basel.ch"),
        prodid="-//SAP SuccessFactors//Interview Scheduling//EN", uid="SF_IS_20260303_003902_HSS",
        start="2026-03-03 10:30", mins=30, tz="utcwin",
        summary="HSS | First interview (phone) | Validation Manager (f/m/d)",
        org=("HSS Recruiting", "recruiting@hss-basel.ch"),
        att=[att("Oberli, Nadine", "nadine.oberli@hss-basel.ch"), me()],
        desc=("Dear Ms. Lefèvre,\n\nThank you for applying. Nadine Oberli, HR Business Partner, will call you for "
              "a first interview of about 30 minutes.\n\nKind regards\nHSS Recruiting"),
        loc="Phone"))
    # GoodTime onsite loop (coordinator organises, does not interview)
    out.append(one(
        "goodtime-onsite", "goodtime-onsite-coordinator-fr",
        (1, "SwissFill CDMO", "QA Operations Manager", "onsite",
         "alain.dubey@swissfill.ch;nora.egger@swissfill.ch;thibault.roch@swissfill.ch"),
        prodid="-//GoodTime.io//GoodTime Hire//EN", uid="gt-evt-20260311-margaux-lefevre-a92f@goodtime.io",
        start="2026-03-11 08:45", mins=195,
        summary="Onsite Interview – Margaux Lefèvre – QA Operations Manager",
        org=("Sarah Tinguely (Coordinatrice RH)", "sarah.tinguely@swissfill.ch"),
        att=[att("Alain Dubey", "alain.dubey@swissfill.ch"), att("Nora Egger", "nora.egger@swissfill.ch"),
             att("Thibault Roch", "thibault.roch@swissfill.ch"),
             att("Sarah Tinguely", "sarah.tinguely@swissfill.ch", role="NON-PARTICIPANT", part="ACCEPTED"),
             room("BUL-Salle Moléson", "salle.moleson@swissfill.ch"), me()],
        desc=("Bonjour Margaux,\n\nVoici votre programme sur site à Bulle :\n08:45 Accueil à la réception "
              "(Sarah Tinguely, coordination – ne participe pas aux entretiens)\n09:00 Alain Dubey, Site Head\n"
              "09:45 Nora Egger, QC Lead\n10:30 Thibault Roch, Head of Aseptic Manufacturing – visite des lignes\n"
              "11:30 Fin\n\nVotre interlocutrice pour la logistique : Sarah, +41 26 919 40 12.\n\n"
              "Scheduled with GoodTime"),
        loc="SwissFill CDMO SA, Rue de l'Industrie 30, 1630 Bulle"))
    out.append(one(
        "modernloop-case", "modernloop-case-presentation-en",
        (1, "Nordtal Pharma", "Associate Director, Quality Compliance", "technical",
         "eva.lindqvist@nordtal.com;stefan.moser@nordtal.com;priya.raman@nordtal.com"),
        prodid="-//ModernLoop//ModernLoop Scheduler//EN", uid="ml_int_71c0e9d4b2a6@modernloop.io",
        start="2026-03-17 15:00", mins=60, tz="utc",
        summary="[Nordtal] Case Presentation – Margaux Lefèvre (Assoc. Dir. Quality Compliance)",
        org=("Nordtal Talent", "talent@nordtal.com"),
        att=[gatt("Eva Lindqvist", "eva.lindqvist@nordtal.com"), gatt("Stefan Moser", "stefan.moser@nordtal.com"),
             gatt("Priya Raman", "priya.raman@nordtal.com"), gatt("Margaux Lefèvre", FREE)],
        desc=("Interview: Case Presentation (60 min)\nCandidate: Margaux Lefèvre\n\nPanel\n• Eva Lindqvist – "
              "Global Head Quality Compliance\n• Stefan Moser – Inspection Readiness Lead\n• Priya Raman – QA "
              "Auditor\n\nCase: 'Preparing a Basel site for an FDA pre-approval inspection' – 20 min presentation, "
              "40 min Q&A.\n\n" + teams("en", 63) + "\n\nScheduled with ModernLoop"),
        loc="Microsoft Teams Meeting"))
    out.append(one(
        "calendly-screen", "calendly-invitee-fr",
        (1, "Lemanis Clinical", "Chargée d'affaires réglementaires", "recruiter_screen",
         "bastien.cuendet@lemanis-clinical.ch"),
        prodid="-//Calendly//Calendly//EN", uid="a7d0b6d2-8c1e-4e59-9d3b-1f62ae05c8d1@calendly.com",
        start="2026-02-16 12:15", mins=30, tz="utc",
        summary="Lemanis Clinical – premier échange (30 min) between Bastien Cuendet and Margaux Lefèvre",
        org=("Bastien Cuendet", "bastien.cuendet@lemanis-clinical.ch"),
        att=[att("Margaux Lefèvre", FREE, part="ACCEPTED")],
        desc=("Event Name: Lemanis Clinical – premier échange (30 min)\n\nLocation: This is a phone call. Bastien "
              "Cuendet will call the invitee at +41 79 233 17 08\n\nQuestions and Answers:\n"
              "Poste visé ?\nChargée d'affaires réglementaires (annonce jobs.ch)\n\n"
              "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a7d0b6d2\n"
              "Reschedule: https://calendly.com/reschedulings/a7d0b6d2\n\nPowered by Calendly.com"),
        loc="+41 79 233 17 08"))
    return out


def assessment_center() -> Ev:
    """Two-day assessment centre: a daily series of two with an override of day two (same UID)."""
    uid = "040000008200E00074C5B7101A82E00800000000B0C4D2A95D8ADC01000000000000000010000000E3F1A7C4"
    common = dict(
        org=("Hess, Corinne", "corinne.hess@rheinfeld-bio.ch"),
        att=[att("Wyss, Andreas", "andreas.wyss@rheinfeld-bio.ch"),
             att("Hess, Corinne", "corinne.hess@rheinfeld-bio.ch", part="ACCEPTED"),
             att("Dr. Frey, Martin", "martin.frey@rheinfeld-bio.ch"),
             person("ATTENDEE", "Lefèvre Margaux", FREE)],
        loc="Rheinfeld Biopharma AG, Schwarzwaldallee 215, 4058 Basel", tz="win", stamp="20260210T121500Z")
    desc = ("Sehr geehrte Frau Lefèvre\n\nGerne laden wir Sie als letzte Runde unseres Auswahlverfahrens zum "
            "zweitägigen Assessment-Center für die Position Leiter/in Validierung ein. Beobachter: Andreas Wyss "
            "(Head of Quality), Dr. Martin Frey (Site Director) und Corinne Hess (HR).\n\nTag 1: Fallstudie "
            "Validierungsmasterplan, Gruppenübung\nTag 2: Präsentation, Abschlussgespräch (Beginn 8 Uhr)\n\n"
            "Freundliche Grüsse\nCorinne Hess")
    series = vevent(uid=uid, start="2026-04-13 09:00", mins=480, rrule="FREQ=DAILY;COUNT=2",
                    summary="Assessment-Center Leiter/in Validierung – Rheinfeld Biopharma", desc=desc, **common)
    override = vevent(uid=uid, start="2026-04-14 08:00", mins=420, recid="2026-04-14 09:00",
                      summary="Assessment-Center Leiter/in Validierung – Rheinfeld Biopharma (Tag 2)", desc=desc,
                      **common)
    text = vcal(OUTLOOK, [series, override], tz="win")
    return Ev("assessment-center-de", text, uid, 1, "Rheinfeld Biopharma", "Leiter/in Validierung", "final",
              "andreas.wyss@rheinfeld-bio.ch;martin.frey@rheinfeld-bio.ch;corinne.hess@rheinfeld-bio.ch",
              "recurring-override-assessment-de")


def all_events() -> list[Ev]:
    return [*events(), assessment_center()]
