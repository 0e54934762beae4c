"""holdout84: the user's own interviews, part D (phone screens, agencies, direct invites, odd time shapes)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, USER_WORK, cal, esc, label, meet_en, meet_fr, teams_en, webex_fr, zoom_fr

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def montblanc_phone():
    uid = "7b0q2r9s4t1u6v3w8x5y0z2a4b@google.com"
    d = esc(
        "Bonjour Claire,\n\nJe vous appellerai au 06 71 22 48 90 pour un premier échange téléphonique "
        "concernant le poste de vétérinaire chef d'équipe à Sallanches. Environ 20 minutes.\n\n"
        "Céline Dumas\nRessources humaines – Groupe Mont-Blanc Vétérinaire"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260303T124500
        DTEND;TZID=Europe/Paris:20260303T130500
        DTSTAMP:20260226T150000Z
        ORGANIZER;CN=Céline Dumas:mailto:rh@gmbveto.fr
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dubois
        >;X-NUM-GUESTS=0:mailto:{USER_FREE}
        DESCRIPTION:{d}
        LOCATION:Appel téléphonique
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Échange téléphonique – vétérinaire chef d'équipe Sallanches
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid=GOOGLE, tzs=("Europe/Paris",))
    return "phone-screen-fr", ics, label(
        uid, 1, "Groupe Mont-Blanc Vétérinaire", "vétérinaire chef d'équipe", "recruiter_screen",
        "rh@gmbveto.fr", "phone-screen-body-company-fr")


def sanavet_phone():
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000SNV01"
    tz = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    d = esc(
        "Hi Claire,\n\nAs discussed, a short phone screen for the Veterinary Affairs Manager BeLux role. "
        "I will call you on your mobile.\n\nKind regards,\nEls Van den Berg\nTalent Acquisition – Sanavet Benelux"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Van den Berg, Els":mailto:els.vandenberg@sanavet.eu
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=claire.dubois.veto@laposte.net:mailto:{USER_FREE}
        DESCRIPTION;LANGUAGE=en-US:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:Phone screen Claire Dubois - Veterinary Affairs Manager BeLux
        DTSTART;TZID="{tz}":20260304T153000
        DTEND;TZID="{tz}":20260304T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260302T091000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Phone
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
    """, prodid=OUTLOOK, tzs=(tz,))
    return "outlook-phone-en", ics, label(
        uid, 1, "Sanavet Benelux", "Veterinary Affairs Manager BeLux", "recruiter_screen",
        "els.vandenberg@sanavet.eu", "phone-screen-outlook-utc-zone-en")


def sanavet_second():
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000SNV02"
    d = esc(
        "Dear Claire,\n\nFollowing your call with Els, I'd like to invite you to a second interview at our "
        "Mechelen office with myself and Dr. Joris Wouters (Medical Director).\n\nBest regards,\n"
        "Katrien Maes\nVeterinary Affairs Director Benelux\n\n" + teams_en("347 220 981 665", "ZDg1NTNhMjgtNDg0")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Maes, Katrien":mailto:katrien.maes@sanavet.eu
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dubois, Claire":mailto:{USER_FREE}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Wouters, Joris":mailto:joris.wouters@sanavet.eu
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MEC-1.04 Dijle":mailto:mec-dijle@sanavet.eu
        ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Van den Berg, Els":mailto:els.vandenberg@sanavet.eu
        DESCRIPTION;LANGUAGE=en-US:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:2nd interview – Veterinary Affairs Manager BeLux
        DTSTART;TZID=Romance Standard Time:20260318T100000
        DTEND;TZID=Romance Standard Time:20260318T113000
        DTSTAMP:20260310T130000Z
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Sanavet Mechelen\\, Schaliënhoevedreef 20\\, 2800 Mechelen
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
    """, prodid=OUTLOOK, tzs=("Romance Standard Time",))
    return "outlook-direct-en", ics, label(
        uid, 1, "Sanavet Benelux", "Veterinary Affairs Manager BeLux", "hiring_manager",
        "katrien.maes@sanavet.eu;joris.wouters@sanavet.eu", "outlook-cn-lastfirst-room-optional-en")


def lvac_webex():
    uid = "webex-m3f9a1c-lvac-20260319"
    d = esc(
        "Bonjour Docteur Dubois,\n\nNous vous confirmons l'entretien technique pour le poste de Vétérinaire "
        "biologiste – relations praticiens. Il sera mené par le Dr Frédéric Noël (directeur du laboratoire) "
        "et le Dr Agnès Colin (responsable hématologie).\n\n" + webex_fr("lvac-fr", "2741 118 9032")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260312T100000Z
        DTSTART;TZID=Europe/Paris:20260319T140000
        DTEND;TZID=Europe/Paris:20260319T150000
        SUMMARY:Entretien technique LVAC
        ORGANIZER;CN=Frédéric Noël:mailto:f.noel@lvac-labo.fr
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Agnès Colin:mailto:a.colin@lvac-labo.fr
        LOCATION:Webex
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Cisco//Webex Meetings//FR", tzs=("Europe/Paris",))
    return "webex-technical-fr", ics, label(
        uid, 1, "Laboratoire Vétérinaire d'Analyses du Centre", "Vétérinaire biologiste – relations praticiens",
        "technical", "f.noel@lvac-labo.fr;a.colin@lvac-labo.fr", "webex-acronym-only-fr")


def clineo_final():
    uid = "3m9n2b8v7c6x5z4l1k0j9h8g7f@google.com"
    d = esc(
        "Claire,\n\nPour clôturer le process, nous vous proposons un déjeuner-rencontre avec les deux associés "
        "de la clinique Lyon 7e (Dr Renaud Gauthier et Dr Ophélie Simon) et moi-même.\n\nAnne\n\n"
        + meet_fr("hzx-uyre-lkm")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260401T121500
        DTEND;TZID=Europe/Paris:20260401T140000
        DTSTAMP:20260323T081000Z
        ORGANIZER;CN=Anne Moulin:mailto:anne.moulin@clineo-veto.fr
        UID:{uid}
        ATTENDEE;CN=Anne Moulin;PARTSTAT=ACCEPTED:mailto:anne.moulin@clineo-veto.fr
        ATTENDEE;CN=Renaud Gauthier;PARTSTAT=ACCEPTED:mailto:r.gauthier@clineo-veto.fr
        ATTENDEE;CN=Ophélie Simon;PARTSTAT=TENTATIVE:mailto:o.simon@clineo-veto.fr
        ATTENDEE;CN=Claire Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
        DESCRIPTION:{d}
        LOCATION:Brasserie du Parc\\, 12 rue de Gerland\\, Lyon
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Clinéo Lyon 7 – rencontre associés (dernière étape)
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid=GOOGLE, tzs=("Europe/Paris",))
    return "google-final-lunch-fr", ics, label(
        uid, 1, "Clinéo", "", "final",
        "anne.moulin@clineo-veto.fr;r.gauthier@clineo-veto.fr;o.simon@clineo-veto.fr", "final-lunch-fr")


def vetflow_case():
    uid = "9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com"
    d = esc(
        "Hi Claire – as discussed, here's the practical exercise round for the Veterinary Clinical Advisor "
        "role. You'll get 20 min to review our consultation-notes templates and tell us what a busy small-animal "
        "vet would change. With Nora (Product) and Dr. Benoît Charpentier (Clinical lead).\n\nCheers,\nNora\n\n"
        + meet_en("wer-tyui-opa")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART:20260317T130000Z
        DTEND:20260317T140000Z
        DTSTAMP:20260312T180000Z
        ORGANIZER;CN=Nora Haddad:mailto:nora@vetflow.app
        UID:{uid}
        ATTENDEE;CN=Nora Haddad;PARTSTAT=ACCEPTED:mailto:nora@vetflow.app
        ATTENDEE;CN=Benoît Charpentier;PARTSTAT=ACCEPTED:mailto:benoit@vetflow.app
        ATTENDEE;CN=claire.dubois.veto@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
        DESCRIPTION:{d}
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:VetFlow – practical exercise (Claire D.)
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid=GOOGLE, head=("X-WR-CALNAME:claire.dubois.veto@laposte.net", "X-WR-TIMEZONE:Europe/Paris"))
    return "google-practical-en", ics, label(
        uid, 1, "VetFlow", "Veterinary Clinical Advisor", "technical", "nora@vetflow.app;benoit@vetflow.app",
        "x-wr-timezone-practical-en")


def oxyvet_agency_final():
    uid = "vr-conseil-evt-20260409-0031"
    d = esc(
        "Chère Claire,\n\nBonne nouvelle : vous êtes retenue pour l'entretien final chez notre client, le Groupe "
        "Oxyvet, pour le poste de Vétérinaire référent(e) qualité & formation.\nVous serez reçue par "
        "M. Christophe Lenoir (DRH groupe) et le Dr Émilie Barbier (directrice médicale).\n"
        "Adresse : siège Oxyvet, 6 rue Servient, Lyon 3e – 9e étage.\n\nJe reste disponible pour préparer "
        "l'entretien avec vous la veille.\n\nGaëlle Morin\nVetRecrut Conseil"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260401T090000Z
        DTSTART;TZID=Europe/Paris:20260409T160000
        DTEND;TZID=Europe/Paris:20260409T173000
        SUMMARY:Entretien final – client Oxyvet (via VetRecrut Conseil)
        ORGANIZER;CN=Gaëlle Morin:mailto:gaelle.morin@vetrecrut-conseil.fr
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:6 rue Servient\\, 69003 Lyon
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//VetRecrut Conseil//Agenda//FR", tzs=("Europe/Paris",))
    return "agency-final-fr", ics, label(
        uid, 1, "Oxyvet", "Vétérinaire référent(e) qualité & formation", "final",
        "M. Christophe Lenoir;Dr Émilie Barbier", "agency-client-final-names-only-fr")


def nordvet_agency_hm():
    uid = "hvp-cal-44821-nordvet"
    d = esc(
        "Hi Claire,\n\nGreat news – Nordvet Animal Health would like you to meet the hiring manager, "
        "Dr. Henrik Dahl (Head of Veterinary Services Southern Europe), over Teams. Please join 5 minutes "
        "early. I'll call you afterwards for feedback.\n\nSarah Whitmore\nHunt Vet Partners\n\n"
        + teams_en("388 104 227 950", "YjQwZTVhYmMtZjYx")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260401T140000Z
        DTSTART:20260403T080000Z
        DTEND:20260403T090000Z
        SUMMARY:Claire Dubois / Nordvet – interview with Henrik Dahl
        ORGANIZER;CN=Sarah Whitmore:mailto:sarah@huntvetpartners.co.uk
        ATTENDEE;CN=Claire Dubois:mailto:{USER_FREE}
        ATTENDEE;CN=Henrik Dahl:mailto:henrik.dahl@nordvet.dk
        DESCRIPTION:{d}
        LOCATION:Microsoft Teams Meeting
        END:VEVENT
    """, prodid=OUTLOOK)
    return "agency-hm-en", ics, label(
        uid, 1, "Nordvet Animal Health", "", "hiring_manager", "henrik.dahl@nordvet.dk", "agency-hm-utc-en")


def aubrac_final_coord():
    uid = "040000008200E00074C5B7101A82E00800000000AUBRAC02DC01000000000000000010000000E5"
    d = esc(
        "Bonjour Claire,\n\nJe vous confirme votre dernier entretien pour le poste de Vétérinaire Services "
        "Techniques. Je vous accueillerai à l'accueil du site de Gerland et vous accompagnerai ; vous "
        "rencontrerez ensuite successivement :\n- Dr Hélène Cartier, Responsable Services Techniques\n"
        "- M. Denis Aubert, Directeur Business Unit Animaux de Compagnie\n\n"
        "Cordialement,\nSarah Benali, assistante RH (coordination des entretiens)"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Benali, Sarah":mailto:sarah.benali@aubrac-sante-animale.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dubois, Claire":mailto:{USER_FREE}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Cartier, Hélène":mailto:helene.cartier@aubrac-sante-animale.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Aubert, Denis":mailto:denis.aubert@aubrac-sante-animale.com
        DESCRIPTION;LANGUAGE=fr-FR:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-FR:Entretien final - Claire Dubois - Vétérinaire Services Techniques
        DTSTART;TZID=Romance Standard Time:20260408T093000
        DTEND;TZID=Romance Standard Time:20260408T113000
        DTSTAMP:20260330T090000Z
        LOCATION;LANGUAGE=fr-FR:Aubrac Santé Animale – Lyon Gerland\\, bâtiment C
        SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
    """, prodid=OUTLOOK, tzs=("Romance Standard Time",))
    return "outlook-final-coordinator-fr", ics, label(
        uid, 1, "Aubrac Santé Animale", "Vétérinaire Services Techniques", "final",
        "helene.cartier@aubrac-sante-animale.com;denis.aubert@aubrac-sante-animale.com",
        "coordinator-organizer-not-interviewer-fr")


def fauna_onsite():
    uid = "fm-2026-04-15-dubois@faunamedica.ch"
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260404T101000Z
        DTSTART;TZID=Europe/Zurich:20260415T090000
        DTEND;TZID=Europe/Zurich:20260415T160000
        SUMMARY:Journée d'essai Fauna Medica – Dr Rochat / Dr Keller-Blanc
        LOCATION:Fauna Medica SA\\, Rue de Lausanne 45\\, 1201 Genève\\, Suisse
        ORGANIZER;CN=Valérie Rochat:mailto:v.rochat@faunamedica.ch
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Marc Keller-Blanc:mailto:m.kellerblanc@faunamedica.ch
        DESCRIPTION:{esc("Journée d'essai rémunérée (consultations + chirurgie de convenance), puis entretien avec")}
        >{esc(" les deux associés à 15h. Merci de vous munir de votre autorisation de pratiquer / diplôme.")}
        END:VEVENT
    """, prodid="-//Apple Inc.//Mac OS X 10.15.7//EN", tzs=("Europe/Zurich",))
    return "onsite-trial-day-ch", ics, label(
        uid, 1, "Fauna Medica", "", "onsite", "v.rochat@faunamedica.ch;m.kellerblanc@faunamedica.ch",
        "escaped-commas-trial-day-fr")


def biolynx_final_xwr():
    uid = "2q3w4e5r6t7y8u9i0o1p2a3s4d@google.com"
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART:20260407T143000
        DTEND:20260407T153000
        DTSTAMP:20260331T090000Z
        ORGANIZER;CN=Élise Marchand:mailto:e.marchand@biolynx-dx.com
        UID:{uid}
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Jean-Marc Tessier:mailto:jm.tessier@biolynx-dx.com
        DESCRIPTION:{esc("Dernier entretien avec Jean-Marc Tessier, directeur général. Poste : Vétérinaire conseil.")}
        LOCATION:Biolynx – Dardilly
        SUMMARY:Biolynx – entretien DG
        END:VEVENT
    """, prodid=GOOGLE, head=("X-WR-CALNAME:Claire", "X-WR-TIMEZONE:Europe/Paris"))
    return "x-wr-timezone-final-fr", ics, label(
        uid, 1, "Biolynx Diagnostics", "Vétérinaire conseil", "final", "jm.tessier@biolynx-dx.com",
        "x-wr-timezone-floating-fr")


def vetodis_handtyped():
    uid = "0E2C1A7B-6D3F-4C88-B1A2-9F0E8D7C6B5A"
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260325T202000Z
        DTSTART:20260331T183000
        DTEND:20260331T191500
        SUMMARY:visio Vétodis 2e tour (G. Masson + DRH)
        DESCRIPTION:lien dans mail du 25/03. tenue correcte, pas depuis la clinique !!
        END:VEVENT
    """, prodid="-//Apple Inc.//iPhone OS 17.4//EN", method=None, version_first=True)
    return "handtyped-floating-fr", ics, label(
        uid, 1, "Vétodis", "", "", "g.masson@vetodis.coop", "handtyped-second-round-fr")


def meridian_tb_room():
    uid = "c0ffee84-1d2e-4f3a-9b8c-7d6e5f4a3b21"
    ics = cal(f"""
        BEGIN:VEVENT
        CREATED:20260409T100000Z
        LAST-MODIFIED:20260409T100500Z
        DTSTAMP:20260409T100500Z
        UID:{uid}
        SUMMARY:Final interview – Country Lead Professional Services France
        ORGANIZER;CN=James Whitfield:mailto:james.whitfield@meridianah.com
        ATTENDEE;CN=Claire Dubois;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{USER_FREE}
        ATTENDEE;CN=Caroline Vidal (VP Europe South);PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT
        >:mailto:caroline.vidal@meridianah.com
        ATTENDEE;CUTYPE=ROOM;PARTSTAT=ACCEPTED;ROLE=NON-PARTICIPANT;CN=LYO-23-Rhône:mailto:lyo-23-rhone@meridianah.com
        DTSTART;TZID=Europe/Paris:20260416T140000
        DTEND;TZID=Europe/Paris:20260416T150000
        LOCATION:LYO-23-Rhône
        DESCRIPTION:{esc("Claire, Caroline will join us in person from Barcelona. Looking forward, James")}
        SEQUENCE:0
        END:VEVENT
    """, prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tzs=("Europe/Paris",))
    return "thunderbird-final-room-en", ics, label(
        uid, 1, "Meridian Animal Health", "Country Lead Professional Services France", "final",
        "james.whitfield@meridianah.com;caroline.vidal@meridianah.com", "thunderbird-room-final-en")


def helvepharm_hm():
    uid = "softgarden-appointment-8812311@softgarden.io"
    d = esc(
        "Dear Dr. Dubois,\n\nThank you for the pleasant first conversation. As a next step we would like to invite "
        "you to an interview with Dr. Matthias Keller, Head of Technical Services Europe, in English.\n\n"
        "Kind regards\nJulia Frei\nTalent Acquisition – Helvepharm Animal Health AG"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260410T080000Z
        DTSTART;TZID=Europe/Zurich:20260414T103000
        DTEND;TZID=Europe/Zurich:20260414T113000
        SUMMARY:Interview with the hiring manager – Technical Service Veterinarian (w/m/d)
        ORGANIZER;CN=Julia Frei:mailto:julia.frei@helvepharm.ch
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Matthias Keller:mailto:matthias.keller@helvepharm.ch
        LOCATION:Microsoft Teams
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//softgarden//softgarden e-recruiting//EN", tzs=("Europe/Zurich",))
    return "softgarden-hm-en", ics, label(
        uid, 1, "Helvepharm Animal Health", "Technical Service Veterinarian (w/m/d)", "hiring_manager",
        "matthias.keller@helvepharm.ch", "softgarden-hiring-manager-en")


def zoopharma_final():
    uid = "greenhouse-interview-58120447-7@zoopharma.com"
    d = esc(
        "Hi Claire,\n\nCongratulations on reaching the final stage! You'll meet Dr. Pascal Renard, Country "
        "Manager France, at our Lyon office (Cité Internationale). Hannah (coordination) will meet you at the "
        "reception.\n\nPowered by Greenhouse"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260401T100000Z
        DTSTART;TZID=Europe/Paris:20260410T100000
        DTEND;TZID=Europe/Paris:20260410T110000
        SUMMARY:Final Interview – Technical Services Veterinarian (France)
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@zoopharma.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Pascal Renard:mailto:pascal.renard@zoopharma.com
        LOCATION:Zoopharma France\\, 60 quai Charles de Gaulle\\, 69006 Lyon
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Greenhouse Software//Greenhouse Scheduler//EN", tzs=("Europe/Paris",))
    return "greenhouse-final-en", ics, label(
        uid, 1, "Zoopharma", "Technical Services Veterinarian (France)", "final", "pascal.renard@zoopharma.com",
        "greenhouse-final-en")


def tailwise_second_work():
    uid = "5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com"
    d = esc(
        "Salut Claire, on enchaîne avec l'étape 2 : mise en situation sur 5 dossiers sinistres anonymisés, "
        "avec Chloé et Hugo (notre médecin-conseil). Invitation envoyée aussi sur ton adresse pro à ta demande.\n\n"
        + zoom_fr("Chloé Martin", "812 3390 5471", "UlN2bG9hR0Nx")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260319T123000
        DTEND;TZID=Europe/Paris:20260319T133000
        DTSTAMP:20260314T100000Z
        ORGANIZER;CN=Chloé Martin:mailto:chloe@tailwise.fr
        UID:{uid}
        ATTENDEE;CN=Chloé Martin;PARTSTAT=ACCEPTED:mailto:chloe@tailwise.fr
        ATTENDEE;CN=Hugo Lemoine;PARTSTAT=ACCEPTED:mailto:hugo@tailwise.fr
        ATTENDEE;CN=Claire Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_WORK}
        DESCRIPTION:{d}
        SEQUENCE:0
        SUMMARY:Tailwise – étape 2 (cas pratiques)
        END:VEVENT
    """, prodid=GOOGLE, tzs=("Europe/Paris",))
    return "google-work-address-fr", ics, label(
        uid, 1, "Tailwise", "", "technical", "chloe@tailwise.fr;hugo@tailwise.fr", "work-address-case-fr")


EVENTS = [
    montblanc_phone, sanavet_phone, sanavet_second, lvac_webex, clineo_final, vetflow_case, oxyvet_agency_final,
    nordvet_agency_hm, aubrac_final_coord, fauna_onsite, biolynx_final_xwr, vetodis_handtyped, meridian_tb_room,
    helvepharm_hm, zoopharma_final, tailwise_second_work,
]
