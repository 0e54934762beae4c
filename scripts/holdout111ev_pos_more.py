"""holdout111: more of the user's own interviews (schedulers, later rounds, Spanish, German, all-day)."""

from __future__ import annotations

from holdout111ev_ics import (
    APPLE,
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    USER,
    Ev,
    att,
    gatt,
    me,
    meet,
    one,
    room,
    teams,
)

MS = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "CLASS:PUBLIC"]


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(one(
        "google-es", "direct-es",
        (1, "Laboratorios Vallmar", "Responsable de Validación", "hiring_manager", "jordi.puig@vallmar.es"),
        prodid=GOOGLE, uid="1fv7k2g9ph0sq4o3nmac6jb8ld@google.com", start="2026-03-05 17:00", mins=45, tz="madrid",
        summary="Entrevista – Responsable de Validación (planta de Friburgo) – Laboratorios Vallmar",
        org=("Marta Casals", "marta.casals@vallmar.es"),
        att=[gatt("Jordi Puig", "jordi.puig@vallmar.es"), gatt("Marta Casals", "marta.casals@vallmar.es", "ACCEPTED"),
             gatt(USER, FREE)],
        desc=("Hola Margaux:\n\nTal como hablamos, te envío la convocatoria para la entrevista con Jordi Puig, "
              "Director Técnico y responsable del proyecto de la nueva planta de Friburgo (Suiza). Yo organizo la "
              "reunión pero no participaré.\n\nUn saludo,\nMarta Casals – Selección, Laboratorios Vallmar S.A.\n\n"
              + meet("en", "vmr-tkqa-pzd")),
        loc="Google Meet"))
    d = ("Madame,\n\nLa commission de recrutement vous recevra pour le poste de Responsable Assurance Qualité (80%). "
         "Membres : Dr Hélène Favre (pharmacienne responsable), M. Luca Bernasconi (directeur administratif), "
         "Mme Aline Monnier (radiochimiste).\n\nAdresse : CRR, Chemin des Isotopes 3, 1015 Lausanne.\n\n"
         "Avec nos meilleures salutations\nSecrétariat de direction")
    out.append(one(
        "outlook-commission", "hiring-committee-no-stage-fr",
        (1, "Centre de Radiopharmacie Romand", "Responsable Assurance Qualité (80%)", "",
         "helene.favre@crr-radiopharma.ch;luca.bernasconi@crr-radiopharma.ch;aline.monnier@crr-radiopharma.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000070A4AF43D88ADC0100000000000000001000000033",
        start="2026-03-23 14:00", mins=60, tz="win",
        summary="Entretien de recrutement – RAQ 80% – Mme Lefèvre",
        org=("Secrétariat Direction CRR", "direction@crr-radiopharma.ch"),
        att=[att("Favre, Hélène", "helene.favre@crr-radiopharma.ch"),
             att("Bernasconi, Luca", "luca.bernasconi@crr-radiopharma.ch"),
             att("Monnier, Aline", "aline.monnier@crr-radiopharma.ch"), att("Lefèvre, Margaux", FREE)],
        desc=d, extra=MS, loc="CRR, salle du Conseil"))
    out.append(one(
        "welcomekit-screen", "welcome-kit-recruiter-screen-fr",
        (1, "Orvalis Médical", "Ingénieur Affaires Réglementaires DM (H/F)", "recruiter_screen",
         "lea.berthet@orvalis-medical.fr"),
        prodid="-//Welcome to the Jungle//Welcome Kit//FR", uid="wk-interview-b81d7e60a2@welcomekit.co",
        start="2026-02-18 12:30", mins=30, tz="paris",
        summary="Orvalis Médical x Margaux Lefèvre – Entretien téléphonique",
        org=("Léa Berthet", "lea.berthet@orvalis-medical.fr"),
        att=[att("Léa Berthet", "lea.berthet@orvalis-medical.fr", part="ACCEPTED"), me()],
        desc=("Bonjour Margaux,\n\nMerci pour votre candidature au poste Ingénieur Affaires Réglementaires DM (H/F). "
              "Je vous propose un échange téléphonique de 30 minutes pour faire connaissance.\n\nLéa Berthet, "
              "Talent Acquisition – Orvalis Médical (Villeurbanne)\n\nEnvoyé avec Welcome Kit"),
        loc="Téléphone"))
    d = ("Dear Ms Lefèvre,\n\nFollowing your conversation with our HR, Dr. Jan Hofstetter (Head Clinical Supply "
         "Quality, your future manager) would like to meet you virtually.\n\nMit freundlichen Grüssen / Kind "
         "regards\nMelanie Graf, HR Cellvera AG, Basel\n\n")
    out.append(one(
        "outlook-hm-en-de", "outlook-hiring-manager-en-de",
        (1, "Cellvera", "Head QA Clinical Supply", "hiring_manager", "jan.hofstetter@cellvera.com"),
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E0080000000080FA07A3E38ADC0100000000000000001000000066",
        start="2026-03-26 11:00", mins=60, tz="win",
        summary="Interview Cellvera – Head QA Clinical Supply – M. Lefèvre / Dr. J. Hofstetter",
        org=("Graf, Melanie", "melanie.graf@cellvera.com"),
        att=[att("Hofstetter, Jan (Dr.)", "jan.hofstetter@cellvera.com"), att("Lefèvre, Margaux", FREE)],
        desc=d + teams("de", 77), extra=MS, loc="Microsoft Teams-Besprechung"))
    d = ("Bonjour Madame Lefèvre,\n\nMerci pour votre intérêt pour le poste de Responsable Qualité Emballages "
         "Pharmaceutiques. Je vous propose un premier entretien en visio.\n\nMeilleures salutations\n"
         "Damien Oulevey\nTalent Acquisition | Polyvia SA | Romont\n\n")
    out.append(one(
        "teams-screen-fr", "teams-recruiter-screen-fr",
        (1, "Polyvia", "Responsable Qualité Emballages Pharmaceutiques", "recruiter_screen",
         "damien.oulevey@polyvia.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000E66C2D91E78ADC0100000000000000001000000088",
        start="2026-02-09 11:30", mins=30, tz="utcwin",
        summary="1er entretien – Responsable Qualité Emballages Pharmaceutiques",
        org=("Oulevey, Damien", "damien.oulevey@polyvia.ch"), att=[att("Lefèvre, Margaux", FREE)],
        desc=d + teams("fr", 31), extra=MS, loc="Réunion Microsoft Teams"))
    out.append(one(
        "bookings-screen", "microsoft-bookings-fr",
        (1, "Vireo Implants", "Responsable Qualité & Affaires Réglementaires", "recruiter_screen",
         "laetitia.bovet@vireo-implants.ch"),
        prodid=EXCHANGE, uid="bookings-4a8f11c2-7e0d-4b55-a3c9-0d2e6f71b9e4", start="2026-02-20 08:15", mins=30,
        tz="win", summary="Entretien de préqualification – Margaux Lefèvre",
        org=("Vireo Implants Recrutement", "recrutement@vireo-implants.ch"),
        att=[att("Laetitia Bovet", "laetitia.bovet@vireo-implants.ch"), att(USER, FREE)],
        desc=("Votre rendez-vous a été confirmé.\n\nService : Entretien de préqualification – Responsable Qualité & "
              "Affaires Réglementaires\nPersonnel : Laetitia Bovet\nVireo Implants SA, Y-Parc, Rue Galilée 7, "
              "1400 Yverdon-les-Bains\n\nAjoutez-le à votre calendrier. Pour modifier ou annuler, utilisez le lien "
              "de gestion dans l'e-mail de confirmation.\n\nMicrosoft Bookings"),
        loc="Téléphone", extra=MS))
    out.append(one(
        "ios-phone-en", "phone-screen-name-only-en",
        (1, "Alvessa Bioservices", "QA Manager GMP", "recruiter_screen", "daniel ortiz"),
        prodid=APPLE, method="", uid="C1D44E0B-2F6A-4A8D-9B1E-7E3A55F0C912", start="2026-03-02 12:30", mins=30,
        summary="Alvessa Bioservices – phone screen w/ Daniel Ortiz (TA)",
        desc="QA Manager GMP, Geneva CDMO. He calls my natel. Ask: team size, shift pattern, QP?",
        extra=["CREATED:20260226T172211Z", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]))
    out.append(one(
        "personio-de-nostage", "personio-no-stage-de",
        (1, "Dr. Kunz AG", "Fachtechnisch verantwortliche Person (FvP)", "",
         "thomas.kunz@drkunz.ch;sabine.imhof@drkunz.ch"),
        prodid="-//Personio GmbH//Personio//DE", uid="personio-appointment-55912043",
        start="2026-03-31 14:00", mins=60, tz="berlin",
        summary="Einladung zum Vorstellungsgespräch – Fachtechnisch verantwortliche Person (FvP)",
        org=("Sabine Imhof", "sabine.imhof@drkunz.ch"),
        att=[att("Thomas Kunz", "thomas.kunz@drkunz.ch"), att("Sabine Imhof", "sabine.imhof@drkunz.ch",
                                                             part="ACCEPTED"), me()],
        desc=("Sehr geehrte Frau Lefèvre\n\nHerzlichen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
              "Gespräch mit unserem Inhaber Thomas Kunz und mir ein.\n\nOrt: Dr. Kunz AG, Bahnhofstrasse 18, "
              "3011 Bern\n\nFreundliche Grüsse\nSabine Imhof, Personal"),
        loc="Dr. Kunz AG, Bahnhofstrasse 18, 3011 Bern"))
    out.append(one(
        "allday-final-handtyped", "all-day-hand-typed-en",
        (1, "Nordtal Pharma", "Associate Director, Quality Compliance", "final", ""),
        prodid=APPLE, method="", tz="date", uid="8D2B6E71-0A4C-4F1B-9E35-AB40C27D9E16",
        start="2026-04-02 00:00", mins=1440,
        summary="Nordtal final round – Basel (all day)",
        desc="Final interviews at Nordtal, Rosentalstrasse. 8:30 badge pick-up. Take 6:46 IC from Lausanne.",
        transp="OPAQUE", extra=["CREATED:20260320T201500Z"]))
    out.append(one(
        "google-final-ceo", "final-ceo-en",
        (1, "Rhodanie Biotech", "Validation Lead (CQV)", "final", "claire.udry@rhodanie-bio.ch"),
        prodid=GOOGLE, uid="6hn4r0s8bd2v1mc7q9olpek3tj@google.com", start="2026-03-13 16:30", mins=45,
        summary="Final conversation – Claire Udry (CEO) / Margaux Lefèvre",
        org=("Chloé Bally", "chloe.bally@rhodanie-bio.ch"),
        att=[gatt("Claire Udry", "claire.udry@rhodanie-bio.ch"), gatt(USER, FREE, "ACCEPTED")],
        desc=("Hi Margaux, the last step in our process for the Validation Lead (CQV) role: a conversation with our "
              "CEO Claire Udry at the Campus Biotech, Geneva.\nChloé – People Team, Rhodanie Biotech"),
        loc="Campus Biotech, Chemin des Mines 9, 1202 Genève"))
    out.append(one(
        "calcom-hm", "cal-com-fr",
        (1, "Biocéane", "Responsable Affaires Réglementaires DM", "hiring_manager", "pierre-yves.garnier@bioceane.fr"),
        prodid="-//Cal.com Inc.//Cal.com Event//EN", uid="calcom-3bDx9QeT7kLmN2pR@cal.com",
        start="2026-02-25 13:00", mins=45, tz="utc",
        summary="Entretien RA entre Pierre-Yves Garnier et Margaux Lefèvre",
        org=("Pierre-Yves Garnier", "pierre-yves.garnier@bioceane.fr"),
        att=[att("Margaux Lefèvre", FREE, part="ACCEPTED")],
        desc=("Quoi : Entretien RA (45 min)\nQui :\nPierre-Yves Garnier – Organisateur (Directeur Qualité & "
              "Réglementaire, Biocéane SA)\nMargaux Lefèvre – margaux.lefevre.qa@bluewin.ch\nOù : Cal Video\n"
              "Description : Échange autour du poste Responsable Affaires Réglementaires DM (Lyon).\n\n"
              "Besoin de modifier ? Annuler ou reprogrammer : https://cal.com/booking/3bDx9QeT7kLmN2pR"),
        loc="https://app.cal.com/video/3bDx9QeT7kLmN2pR"))
    out.append(one(
        "google-case-fr", "case-study-dossier-fr",
        (1, "Biocéane", "Responsable Affaires Réglementaires DM", "technical",
         "pierre-yves.garnier@bioceane.fr;agnes.royer@bioceane.fr"),
        prodid=GOOGLE, uid="2cq9m7b1ksv0ho4j8nte5gdr6p@google.com", start="2026-03-11 14:00", mins=120, tz="paris",
        summary="Biocéane – cas pratique MDR (revue de documentation technique)",
        org=("Pierre-Yves Garnier", "pierre-yves.garnier@bioceane.fr"),
        att=[gatt("Pierre-Yves Garnier", "pierre-yves.garnier@bioceane.fr", "ACCEPTED"),
             gatt("Agnès Royer", "agnes.royer@bioceane.fr"), gatt(USER, FREE)],
        desc=("Bonjour Margaux,\nComme annoncé, seconde étape : un cas pratique. Vous recevrez 1 h avant un extrait "
              "de documentation technique (annexe II MDR) à analyser, puis restitution devant Agnès Royer "
              "(Responsable Clinique) et moi.\nBiocéane SA, 7 rue Jonas Salk, 69007 Lyon.\nP-Y"),
        loc="Biocéane SA, 7 rue Jonas Salk, 69007 Lyon"))
    out.append(one(
        "outlook-onsite-de", "zweitgespraech-onsite-de",
        (1, "Juralab AG", "Leiter/in Qualitätssicherung 100%", "onsite",
         "daniel.schnyder@juralab.ch;urs.kaempf@juralab.ch"),
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000502BB8A4EB8ADC0100000000000000001000000099",
        start="2026-03-10 13:30", mins=150, tz="win",
        summary="Zweitgespräch vor Ort inkl. Betriebsrundgang – Frau Lefèvre",
        org=("Lüthi, Petra", "petra.luethi@juralab.ch"),
        att=[att("Schnyder, Daniel", "daniel.schnyder@juralab.ch"), att("Kämpf, Urs", "urs.kaempf@juralab.ch"),
             att("Lefèvre, Margaux", FREE), room("BIE-Sitzungszimmer Chasseral", "sz-chasseral@juralab.ch")],
        desc=("Grüezi Frau Lefèvre\n\nWie besprochen: Zweitgespräch mit Daniel Schnyder und Urs Kämpf (CEO), "
              "anschliessend Rundgang durch Labor und Reinraum. Ich hole Sie am Empfang ab.\n\nPetra Lüthi"),
        extra=MS, loc="BIE-Sitzungszimmer Chasseral"))
    d = ("Bonjour Margaux,\n\nMerci pour le premier échange avec Bastien. Voici l'invitation à l'entretien "
         "technique avec Dr Romain Aebi (Head of Regulatory) : préparation d'une demande d'autorisation d'essai "
         "clinique (Swissmedic / swissethics), ICH GCP.\n\nRomain\n\n")
    out.append(one(
        "teams-technical-fr", "teams-technical-fr",
        (1, "Lemanis Clinical", "Chargée d'affaires réglementaires", "technical", "romain.aebi@lemanis-clinical.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000F4C41B5FEF8ADC0100000000000000001000000044",
        start="2026-03-03 16:30", mins=60, tz="win",
        summary="Entretien technique – Affaires réglementaires – Lemanis Clinical",
        org=("Aebi, Romain", "romain.aebi@lemanis-clinical.ch"),
        att=[att("Lefèvre, Margaux", FREE),
             att("Cuendet, Bastien", "bastien.cuendet@lemanis-clinical.ch", role="OPT-PARTICIPANT")],
        desc=d + teams("fr", 52), extra=MS, loc="Réunion Microsoft Teams"))
    out.append(one(
        "greenhouse-final-room", "greenhouse-final-onsite-room-en",
        (1, "Nexalis Biologics", "QA Manager, Drug Substance", "final",
         "martina.zurbriggen@nexalis.com;felix.imstepf@nexalis.com;grace.liu@nexalis.com"),
        prodid=GOOGLE, uid="c9d2a7e1f4b3@greenhouse.io", start="2026-03-19 09:30", mins=240, tz="utc",
        summary="Final Round (Onsite) – Margaux Lefèvre – QA Manager, Drug Substance",
        org=("Lena Imboden", "lena.imboden@nexalis.com"),
        att=[gatt("Martina Zurbriggen", "martina.zurbriggen@nexalis.com"),
             gatt("Felix Imstepf", "felix.imstepf@nexalis.com"), gatt("Grace Liu", "grace.liu@nexalis.com"),
             gatt("VSP-Lonza-Str-Room Bietschhorn", "c_188a9e@resource.calendar.google.com", "ACCEPTED",
                  "NON-PARTICIPANT"),
             gatt(USER, FREE)],
        desc=("Candidate: Margaux Lefèvre\nRole: QA Manager, Drug Substance (Req #2291)\n\nAgenda\n09:30 Martina "
              "Zurbriggen – leadership & values\n10:30 Felix Imstepf, Head of Manufacturing DS – collaboration\n"
              "11:30 Grace Liu, Site Head – final conversation\n12:30 Lunch with the QA team (optional)\n\n"
              "Coordinator (not interviewing): Lena Imboden, +41 27 948 12 00\n\nScheduled with Greenhouse"),
        loc="Nexalis Biologics, Visp – Room Bietschhorn"))
    out.append(one(
        "teamtailor-screen", "teamtailor-recruiter-screen-fr",
        (1, "Laboratoires Brenaz", "Responsable Validation H/F", "recruiter_screen", "m.guillot@brenaz.fr"),
        prodid="-//Teamtailor//Teamtailor Meetings//EN", uid="tt-meeting-3371182@teamtailor.com",
        start="2026-02-23 09:00", mins=30, tz="paris",
        summary="Échange RH – Laboratoires Brenaz",
        org=("Laboratoires Brenaz", "noreply@teamtailor.com"),
        att=[att("Manon Guillot", "m.guillot@brenaz.fr"), me()],
        desc=("Bonjour Margaux,\n\nVous avez rendez-vous avec Manon Guillot, Chargée RH, pour un premier échange "
              "d'une demi-heure autour du poste Responsable Validation H/F.\n\n" + meet("fr", "brz-xkqw-mna")),
        loc="Google Meet"))
    out.append(one(
        "thunderbird-handtyped-en", "hand-typed-onsite-en",
        (1, "Pelagos Vaccines", "QA Validation Manager", "onsite", "kelechi okafor"),
        prodid=THUNDERBIRD, method="PUBLISH", uid="f0a17c3e-5b92-4d8e-a6c1-3e7b90d2f458",
        start="2026-03-24 13:00", mins=180,
        summary="Pelagos – 2nd round onsite (K. Okafor + site visit)",
        desc="Meyrin, Rue de la Bergère 7. Ask for Kelechi at reception. Bring ID + GMP certificates.",
        loc="Pelagos Vaccines, Meyrin"))
    return out

