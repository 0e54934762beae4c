"""holdout79: the user's own interviews, Belgian French, part A (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet, meet_footer, teams, zoom
from holdout79ev_ics import ME, ROMANCE, WORK, alarm, cal, esc, ev, html, label, outlook_x

OUTLOOK = "Microsoft Exchange Server 2010"


def mediane() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000D0B5A1F3B9A6DC01000000000000000010000000"
           "A4C1E7F26B1D4A4B8E1D2C5F9A0B7E11")
    body = ("Bonjour Amélie,\n\nSuite à votre échange avec Sophie de notre service RH, je vous propose un entretien "
            "pour le poste de Regulatory Affairs Manager Benelux. Nous parlerons de votre parcours en pharmacie "
            "hospitalière, des dossiers de variations et des contacts avec l'AFMPS.\n\nAu plaisir,\n"
            "Catherine Dubois-Lemaire\nHead of Regulatory Affairs Benelux\nMédiane Pharma SA – Wavre\n\n"
            + teams("fr", "348921556017", "Xk7pQ2"))
    e = ev(
        'ORGANIZER;CN="Dubois-Lemaire, Catherine":mailto:catherine.dubois-lemaire@medianepharma.be',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Wauters, Sophie\":mailto:"
        "sophie.wauters@medianepharma.be",
        f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-BE:Entretien – Regulatory Affairs Manager Benelux (A. Fontaine)",
        f"DTSTART;TZID={ROMANCE}:20260310T100000",
        f"DTEND;TZID={ROMANCE}:20260310T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260303T091522Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams",
        *outlook_x(), html(body), *alarm(15),
    )
    return label("mediane-outlook-fr", cal(OUTLOOK, e, tz=(ROMANCE,)), uid, 1, "Médiane Pharma",
                 "Regulatory Affairs Manager Benelux", "hiring_manager", "catherine.dubois-lemaire@medianepharma.be",
                 "outlook-windows-tz-fr")


def brabantia() -> dict[str, object]:
    uid = "tt-interview-8f31c2d0-5a9e-4b7c-a3e1-6d0f2b9c4e71@teamtailor.com"
    body = ("Bonjour Amélie,\n\nMerci pour votre candidature au poste de Medical Science Liaison – Oncologie "
            "(Bruxelles/Wallonie) chez Brabantia Bio. Voici la confirmation de notre premier entretien "
            "(30 minutes) avec Lotte Verhaegen, Talent Acquisition Partner.\n\nLien vers la réunion : "
            "https://app.teamtailor.com/meetings/v/8f31c2d0\n\nSi ce créneau ne vous convient plus, vous pouvez "
            "le modifier ici : https://career.brabantiabio.com/meetings/8f31c2d0/reschedule\n\n"
            "Brabantia Biologics NV · Researchpark Haasrode · Leuven")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260211T140312Z",
        "DTSTART:20260217T093000Z", "DTEND:20260217T100000Z",
        "SUMMARY:Premier entretien – Medical Science Liaison Oncologie | Brabantia Bio",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://app.teamtailor.com/meetings/v/8f31c2d0",
        "ORGANIZER;CN=Lotte Verhaegen:mailto:lotte.verhaegen@brabantiabio.com",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Lotte Verhaegen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lotte.verhaegen@brabantiabio.com",
        "STATUS:CONFIRMED", "SEQUENCE:0",
    )
    return label("teamtailor-fr", cal("-//Teamtailor//Meetings//EN", e), uid, 1, "Brabantia Biologics",
                 "Medical Science Liaison – Oncologie", "recruiter_screen", "lotte.verhaegen@brabantiabio.com",
                 "teamtailor-brand-fr")


def santerra_workday() -> dict[str, object]:
    uid = "WD-INT-20260305-77120431@santerra.wd3.myworkday.com"
    body = ("Madame Fontaine,\n\nNous avons le plaisir de vous convier à un entretien téléphonique dans le cadre "
            "de votre candidature :\n\nPoste : Responsable Affaires Réglementaires Belgique-Luxembourg (R-26-0418)\n"
            "Type d'entretien : Entretien téléphonique – Talent Acquisition\nInterlocuteur : Julien Marchal, "
            "Talent Acquisition Partner\nDurée : 30 minutes\n\nJulien vous appellera au +32 475 61 20 88.\n\n"
            "Cordialement,\nL'équipe Recrutement Santerra\n\nCe message a été généré automatiquement par Workday. "
            "Merci de ne pas y répondre.")
    e = ev(
        "DTSTAMP:20260227T101144Z", f"UID:{uid}", "SEQUENCE:0",
        "ORGANIZER;CN=Santerra Recrutement:mailto:santerra@myworkday.com",
        "ATTENDEE;CN=Julien Marchal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julien.marchal@santerra.com",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "DTSTART;TZID=Europe/Brussels:20260305T161500", "DTEND;TZID=Europe/Brussels:20260305T164500",
        "SUMMARY:Entretien téléphonique – Responsable Affaires Réglementaires BeLux",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Téléphone", "STATUS:CONFIRMED",
    )
    return label("workday-phone-fr", cal("-//Workday//Workday Recruiting//FR", e, tz=("Europe/Brussels",)), uid, 1,
                 "Santerra", "Responsable Affaires Réglementaires Belgique-Luxembourg", "recruiter_screen",
                 "julien.marchal@santerra.com", "workday-phone-screen-fr")


def pharmabel() -> dict[str, object]:
    uid = "b7d2f0e4-93c1-4a58-8e22-5f1c9a7d6b30"
    body = ("Événement : Échange téléphonique – Consultant(e) Affaires Réglementaires\n\nNom de l'invité : "
            "Amélie Fontaine\nE-mail de l'invité : " + ME + "\n\nQuestions :\nNuméro de téléphone : "
            "+32 475 61 20 88\nQuelques mots sur votre parcours : Pharmacienne hospitalière (CHU, 9 ans), "
            "comité médico-pharmaceutique, intérêt pour les affaires réglementaires.\n\nRéservé avec Calendly : "
            "https://calendly.com/pharmabel-rc/echange-consultant-ra\n\nAnnuler : https://calendly.com/cancellations/"
            "b7d2f0e4\nReprogrammer : https://calendly.com/reschedulings/b7d2f0e4")
    e = ev(
        "DTSTART:20260219T080000Z", "DTEND:20260219T083000Z", "DTSTAMP:20260214T194502Z",
        "ORGANIZER;CN=Nathalie Gobert:mailto:nathalie.gobert@pharmabel-rc.be", f"UID:{uid}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nathalie Gobert:mailto:"
        "nathalie.gobert@pharmabel-rc.be",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amélie Fontaine:mailto:{ME}",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Nathalie vous appellera au +32 475 61 20 88", "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Échange téléphonique – Consultant(e) Affaires Réglementaires entre Nathalie Gobert et "
        "Amélie Fontaine",
        "TRANSP:OPAQUE",
    )
    return label("calendly-phone-fr", cal("-//Calendly//Calendly//EN", e), uid, 1, "Pharmabel Consulting",
                 "Consultant(e) Affaires Réglementaires", "recruiter_screen", "nathalie.gobert@pharmabel-rc.be",
                 "calendly-body-only-fr")


def lysandre_onsite() -> dict[str, object]:
    uid = "ev_2gq7r1m0k4c9s8d5f3a6@lysandre-tx.com"
    body = ("Bonjour Amélie,\n\nNous avons le plaisir de vous accueillir à Gosselies pour la journée d'entretiens "
            "sur site (poste : Quality Assurance Manager – Clinical Supply).\n\nProgramme :\n"
            "09:00 – Accueil à la réception (Aéropôle, bâtiment B) par Chloé Lemaire, coordinatrice RH\n"
            "09:15 – Marc Verbist, Head of Quality\n10:00 – Isabelle N'Diaye, QP & Clinical Supply Lead\n"
            "10:45 – Pause / visite de la zone de conditionnement\n11:15 – Tom Bracke, VP Technical Operations\n"
            "12:00 – Déjeuner avec l'équipe QA (informel)\n\nMerci de vous munir d'une pièce d'identité. "
            "Parking visiteurs disponible.\n\nChloé Lemaire\nCoordinatrice Talent Acquisition")
    e = ev(
        "DTSTART:20260324T080000Z", "DTEND:20260324T113000Z", "DTSTAMP:20260316T083015Z",
        "ORGANIZER;CN=Chloé Lemaire:mailto:chloe.lemaire@lysandre-tx.com", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine;"
        f"X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Verbist;"
        "X-NUM-GUESTS=0:mailto:marc.verbist@lysandre-tx.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Isabelle N'Diaye;"
        "X-NUM-GUESTS=0:mailto:isabelle.ndiaye@lysandre-tx.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Tom Bracke;"
        "X-NUM-GUESTS=0:mailto:tom.bracke@lysandre-tx.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Chloé Lemaire;"
        "X-NUM-GUESTS=0:mailto:chloe.lemaire@lysandre-tx.com",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=GOS-B-1-Salle Sambre (8);"
        "X-NUM-GUESTS=0:mailto:c_18842k1v0e6s2@resource.calendar.google.com",
        "CREATED:20260316T082811Z", f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260316T083015Z",
        "LOCATION:Lysandre Therapeutics\\, Rue Santos-Dumont 12\\, 6041 Gosselies\\, Belgique",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Journée d'entretiens sur site – QA Manager Clinical Supply",
        "TRANSP:OPAQUE",
    )
    return label("onsite-room-fr", cal("-//Google Inc//Google Calendar 70.9054//EN", e, calscale=True), uid, 1,
                 "Lysandre Therapeutics", "Quality Assurance Manager – Clinical Supply", "onsite",
                 "marc.verbist@lysandre-tx.com;isabelle.ndiaye@lysandre-tx.com;tom.bracke@lysandre-tx.com",
                 "google-onsite-coordinator-room-fr")


def genvalis_case() -> dict[str, object]:
    uid = "genvalis-case-0412-amelie-fontaine@genvalis.eu"
    body = ("Bonjour Madame Fontaine,\n\nComme convenu, voici l'invitation pour l'étude de cas (deuxième étape) "
            "pour le poste de Pharmacien·ne Responsable / Qualified Person (thérapie cellulaire).\n\n"
            "Vous recevrez le dossier (déviation sur un lot ATMP) 48 h avant. Vous le présenterez en 20 minutes, "
            "suivi de 40 minutes de questions avec Dr Hélène Roosens (Directrice Qualité) et Bertrand Lejeune "
            "(Responsable Production).\n\nBien à vous,\nHélène Roosens\n\n"
            + zoom("fr", "Hélène Roosens", "84417392065", "Zk9Qm2aLx7TnR1"))
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260402T075511Z", "SEQUENCE:1",
        "DTSTART;TZID=Europe/Brussels:20260414T140000", "DTEND;TZID=Europe/Brussels:20260414T150000",
        "SUMMARY:Étude de cas – Pharmacien·ne Responsable (QP) – Genvalis",
        f"DESCRIPTION:{esc(body)}", "LOCATION:https://us02web.zoom.us/j/84417392065",
        "ORGANIZER;CN=Hélène Roosens:mailto:helene.roosens@genvalis.eu",
        f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:{ME}",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Bertrand Lejeune:mailto:bertrand.lejeune@genvalis.eu",
        "STATUS:CONFIRMED",
    )
    return label("case-zoom-fr", cal("-//Zoom Video Communications//Zoom Calendar//FR", e, tz=("Europe/Brussels",)),
                 uid, 1, "Genvalis", "Pharmacien·ne Responsable / Qualified Person", "technical",
                 "helene.roosens@genvalis.eu;bertrand.lejeune@genvalis.eu", "case-study-zoom-fr")


def delvaux_note() -> dict[str, object]:
    uid = "3E8A1C52-77B4-4F0D-9B16-0C2D5A8E4F93"
    e = ev(
        "CREATED:20260220T211804Z", "DTEND;TZID=Europe/Brussels:20260226T113000",
        "DTSTAMP:20260220T211831Z", "DTSTART;TZID=Europe/Brussels:20260226T100000",
        "LAST-MODIFIED:20260220T211831Z",
        "LOCATION:Laboratoires Delvaux-Marchal\\nChaussée de Louvain 410\\, 5004 Bouge\\, Belgique",
        "SEQUENCE:0", "SUMMARY:Entretien Delvaux-Marchal – PR", f"UID:{uid}",
        "DESCRIPTION:Demander M. Marchal à l'accueil. Apporter diplôme + visa AFMPS. Parking derrière.",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        *alarm(60, "Rappel"),
    )
    ics = cal("-//Apple Inc.//iPhone OS 17.3.1//EN", e, method=None, tz=("apple:Europe/Brussels",), calscale=True)
    return label("apple-note-fr", ics, uid, 1, "Laboratoires Delvaux-Marchal", "PR", "", "",
                 "hand-typed-abbrev-fr")


def vesale_agency() -> dict[str, object]:
    uid = "PFR-7730-ENT-2-20260312@pharmaforce-recruitment.be"
    body = ("Bonjour Amélie,\n\nBonne nouvelle : notre client Vesale Pharma souhaite vous rencontrer pour le poste "
            "de Medical Advisor Cardio-Métabolisme. L'entretien aura lieu dans leurs bureaux avec le "
            "Dr Pierre-Yves Collignon (Medical Director Belgique), votre futur responsable.\n\nAdresse : "
            "Avenue de Tervueren 270, 1150 Woluwe-Saint-Pierre – 3e étage.\n\nJe vous appelle la veille pour "
            "préparer ensemble. N'hésitez pas à me contacter au +32 2 640 18 90.\n\nBien à vous,\nGrégoire Hansen\n"
            "Senior Consultant Life Sciences – Pharmaforce Recruitment")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260306T160240Z",
        "DTSTART;TZID=Europe/Brussels:20260312T110000", "DTEND;TZID=Europe/Brussels:20260312T120000",
        "SUMMARY:Entretien client : Medical Advisor Cardio-Métabolisme (Vesale Pharma)",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Vesale Pharma\\, Avenue de Tervueren 270\\, 1150 Bruxelles",
        "ORGANIZER;CN=Grégoire Hansen:mailto:g.hansen@pharmaforce-recruitment.be",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "CLASS:PUBLIC",
    )
    return label("agency-client-fr", cal("-//Bullhorn//Bullhorn ATS//FR", e, tz=("Europe/Brussels",)), uid, 1,
                 "Vesale Pharma", "Medical Advisor Cardio-Métabolisme", "hiring_manager", "Pierre-Yves Collignon",
                 "agency-names-employer-fr")


def mosane() -> dict[str, object]:
    uid = "0u6k3b8r1s9p2m7v4c5j0t1d2e@google.com"
    body = ("Bonjour Amélie,\n\nRavi de poursuivre l'échange entamé au salon. Je vous propose un premier contact "
            "en visio pour parler du poste de Regulatory & Quality Lead que nous ouvrons chez Mosane "
            "(préparation du premier dossier IMPD et mise en place du système qualité).\n\nÀ jeudi,\n"
            "Olivier Dethier\nCo-fondateur & CEO\n\n" + meet("fr", "rvk-pqzd-nfe") + meet_footer("fr"))
    e = ev(
        "DTSTART:20260305T123000Z", "DTEND:20260305T131500Z", "DTSTAMP:20260302T170933Z",
        "ORGANIZER;CN=Olivier Dethier:mailto:olivier@mosane.bio", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};"
        f"X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olivier Dethier;"
        "X-NUM-GUESTS=0:mailto:olivier@mosane.bio",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/rvk-pqzd-nfe", "CREATED:20260302T170931Z",
        f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260302T170933Z", "LOCATION:", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Amélie Fontaine / Mosane – premier contact", "TRANSP:OPAQUE",
    )
    return label("google-founder-fr", cal("-//Google Inc//Google Calendar 70.9054//EN", e, calscale=True), uid, 1,
                 "Mosane", "Regulatory & Quality Lead", "", "olivier@mosane.bio", "founder-first-contact-fr")


def hexagone() -> dict[str, object]:
    uid = "sr-2f9a7c1e-6b40-4d2e-91c8-3e7a5d0b8f14"
    body = ("Bonjour Amélie,\n\nVous êtes invitée à un entretien technique pour le poste : Chargé(e) de "
            "Pharmacovigilance – Vaccins (Rixensart).\n\nIntervenants :\n- Dr Anne-Sophie Mathy, QPPV "
            "adjointe\n- Koen De Smet, Signal Management Lead\n\nAu programme : cas pratique sur un ICSR et "
            "questions sur la détection de signaux.\n\n" + teams("fr", "291774005318", "b2Tz9R", dial=False)
            + "\n\nHexagone Vaccines – Talent Acquisition\nPropulsé par SmartRecruiters")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260409T121700Z", "SEQUENCE:0",
        "DTSTART:20260416T073000Z", "DTEND:20260416T083000Z",
        "SUMMARY:Entretien technique - Chargé(e) de Pharmacovigilance - Vaccins",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Hexagone Vaccines Recrutement:mailto:noreply@smartrecruiters.com",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Anne-Sophie Mathy;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:as.mathy@hexvax.com",
        "ATTENDEE;CN=Koen De Smet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:koen.desmet@hexvax.com",
        "ATTENDEE;CN=Manon Piret (Talent Acquisition);ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:"
        "manon.piret@hexvax.com",
        "STATUS:CONFIRMED",
    )
    return label("smartrecruiters-fr", cal("-//SmartRecruiters//Interview Scheduler//EN", e), uid, 1,
                 "Hexagone Vaccines", "Chargé(e) de Pharmacovigilance – Vaccins", "technical",
                 "as.mathy@hexvax.com;koen.desmet@hexvax.com", "smartrecruiters-technical-fr")


def ncf_personio() -> dict[str, object]:
    uid = "personio-interview-5521907-2026-03-18@ncf.be"
    body = ("Bonjour Amélie Fontaine,\n\nNous vous remercions pour votre candidature au poste de QA Officer "
            "(batch record review / libération) et sommes heureux de vous inviter à un premier entretien avec "
            "notre HR Business Partner, Valérie Lambotte.\n\nDate : 18.03.2026\nHeure : 13:30 - 14:15\n"
            "Lieu : Nivelles Cell Factory, Rue de l'Industrie 3, 1400 Nivelles (accueil bâtiment A)\n\n"
            "Meilleures salutations,\nVotre équipe NCF")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260311T090410Z",
        "DTSTART;TZID=Europe/Brussels:20260318T133000", "DTEND;TZID=Europe/Brussels:20260318T141500",
        "SUMMARY:Entretien | QA Officer | Amélie Fontaine",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Rue de l'Industrie 3\\, 1400 Nivelles",
        "ORGANIZER;CN=NCF Recruiting:mailto:jobs@ncf.be",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Valérie Lambotte;RSVP=FALSE:mailto:valerie.lambotte@ncf.be",
    )
    return label("personio-fr", cal("-//Personio GmbH//Personio//DE", e, tz=("Europe/Brussels",)), uid, 1,
                 "Nivelles Cell Factory", "QA Officer", "recruiter_screen", "valerie.lambotte@ncf.be",
                 "personio-acronym-domain-fr")


def clinisphere() -> dict[str, object]:
    uid = "AAMkADc4ZjY1MmQxLTBiNDQtNGYyOS1hNzE3LWE1ZTQ0ZWQ3NDI2OQBGAAAAAAB3kq"
    body = ("Bonjour Amélie Fontaine,\n\nVotre rendez-vous est confirmé.\n\nService : Entretien de présélection – "
            "Regulatory Start-up Specialist (études cliniques)\nDate : mercredi 25 février 2026\nHeure : 15:00 "
            "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\nMembre du personnel : Aurore Denis\n\n"
            "Clinisphere, Rue Granbonpré 11, 1435 Mont-Saint-Guibert\n\n"
            "Participer à la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "Y2E0OTBm%40thread.v2/0\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/"
            "Clinisphere@clinisphere.com/bookings/")
    e = ev(
        "ORGANIZER;CN=Clinisphere Recrutement:mailto:recrutement@clinisphere.com",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Aurore Denis:mailto:aurore.denis@"
        "clinisphere.com",
        f"DESCRIPTION;LANGUAGE=fr-FR:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – Regulatory Start-up Specialist",
        "DTSTART;TZID=Romance Standard Time:20260225T150000", "DTEND;TZID=Romance Standard Time:20260225T153000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260219T112233Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", *outlook_x("BUSY"),
    )
    return label("bookings-fr", cal(OUTLOOK, e, tz=(ROMANCE,)), uid, 1, "Clinisphere",
                 "Regulatory Start-up Specialist", "recruiter_screen", "aurore.denis@clinisphere.com",
                 "ms-bookings-fr")


def arp_cancel() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E008000000005C1E3A07C0A9DC01000000000000000010000000"
           "7D1A2F4E0B9C48E5A6F3D2C1B0E9F8A7")
    body = ("Bonjour Madame Fontaine,\n\nJe suis au regret de devoir annuler notre entretien de mardi : "
            "un audit client a été avancé. Notre service RH reviendra vers vous pour fixer une nouvelle date.\n\n"
            "Cordialement,\nDidier Hanquet\nDirecteur Qualité – ARP (Ardenne Radiopharma)")
    e = ev(
        'ORGANIZER;CN="Hanquet, Didier":mailto:didier.hanquet@arp-isotopes.be',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-BE:Annulé : Entretien Responsable Assurance Qualité – A. Fontaine",
        f"DTSTART;TZID={ROMANCE}:20260331T140000", f"DTEND;TZID={ROMANCE}:20260331T150000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20260327T154010Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:2", "LOCATION;LANGUAGE=fr-BE:Fleurus – bâtiment administratif\\, salle Curie",
        *outlook_x("FREE", seq=2),
    )
    return label("cancelled-outlook-fr", cal(OUTLOOK, e, method="CANCEL", tz=(ROMANCE,)), uid, 1,
                 "Ardenne Radiopharma", "Responsable Assurance Qualité", "hiring_manager",
                 "didier.hanquet@arp-isotopes.be", "cancelled-method-cancel-fr")


def orbital_moved() -> dict[str, object]:
    uid = "4hbd1o0c2v9a7t6l3k8q5n1w3f@google.com"
    body = ("Nouvelle date – désolée pour le changement !\n\nEntretien avec Jan Peeters (Head of Regulatory & "
            "Clinical Affairs) pour le poste de Regulatory Affairs Specialist IVDR.\n\nOrganisé par Elise "
            "Demoulin (Talent), qui ne participera pas à l'entretien.\n\n" + meet("fr", "qwd-hxpa-oun"))
    e = ev(
        "DTSTART;TZID=Europe/Brussels:20260409T100000", "DTEND;TZID=Europe/Brussels:20260409T104500",
        "DTSTAMP:20260403T081522Z", "ORGANIZER;CN=Elise Demoulin:mailto:elise.demoulin@orbitaldx.com",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Amélie Fontaine;"
        f"X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jan Peeters;"
        "X-NUM-GUESTS=0:mailto:jan.peeters@orbitaldx.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elise Demoulin;"
        "X-NUM-GUESTS=0:mailto:elise.demoulin@orbitaldx.com",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/qwd-hxpa-oun", "CREATED:20260325T130200Z",
        f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260403T081522Z", "LOCATION:", "SEQUENCE:3",
        "STATUS:CONFIRMED",
        "SUMMARY:[Reprogrammé] Orbital Diagnostics – entretien Head of Regulatory (RA Specialist IVDR)",
        "TRANSP:OPAQUE",
    )
    return label("rescheduled-google-fr",
                 cal("-//Google Inc//Google Calendar 70.9054//EN", e, tz=("Europe/Brussels",), calscale=True),
                 uid, 1, "Orbital Diagnostics", "Regulatory Affairs Specialist IVDR", "hiring_manager",
                 "jan.peeters@orbitaldx.com", "rescheduled-sequence-fr")


def santerra_sentby() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000F3A8C2E61DAADC01000000000000000010000000"
           "19C4E2B07A5D4F31B8E6C0D9A2F17B55")
    body = ("Chère Madame Fontaine,\n\nÀ la demande du Dr Frédéric Wouters, Medical Director Benelux, je vous "
            "transmets cette invitation pour un entretien concernant le poste de Medical Affairs Manager – "
            "Immunologie. Le Dr Wouters sera votre responsable direct.\n\nLieu : Santerra Benelux, "
            "Boulevard de la Plaine 5, 1050 Ixelles – réception 6e étage.\n\nBien cordialement,\nNadia Rahmouni\n"
            "Assistante de direction – Medical Affairs")
    e = ev(
        'ORGANIZER;CN="Wouters, Frédéric";SENT-BY="mailto:nadia.rahmouni@santerra.com":mailto:'
        "frederic.wouters@santerra.com",
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amélie Fontaine":mailto:{WORK}',
        f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-BE:Entretien Dr Wouters / A. Fontaine – Medical Affairs Manager Immunologie",
        f"DTSTART;TZID={ROMANCE}:20260421T083000", f"DTEND;TZID={ROMANCE}:20260421T093000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260414T140205Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-BE:Santerra Benelux – Bd de la Plaine 5\\, Ixelles",
        *outlook_x(), html(body), *alarm(15),
    )
    return label("outlook-sentby-work-fr", cal(OUTLOOK, e, tz=(ROMANCE,)), uid, 1, "Santerra",
                 "Medical Affairs Manager – Immunologie", "hiring_manager", "frederic.wouters@santerra.com",
                 "sent-by-assistant-to-work-address-fr")


def events() -> list[dict[str, object]]:
    return [mediane(), brabantia(), santerra_workday(), pharmabel(), lysandre_onsite(), genvalis_case(),
            delvaux_note(), vesale_agency(), mosane(), hexagone(), ncf_personio(), clinisphere(), arp_cancel(),
            orbital_moved(), santerra_sentby()]
