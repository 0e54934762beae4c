"""holdout147 events, part g: space start-ups, small suppliers, CNES and the Bordeaux MRO."""

from holdout147ev_tz import TZ_PARIS

EVENTS = [
    {
        "kind": "ashby-screen",
        "label": {
            "uid": "ashby-interview-9e2c40a1-55f7-4d8b-a1c3-7b0e6d2f9a18@ashbyhq.com",
            "is_interview": 1,
            "company": "Orbitale Systèmes",
            "role": "Head of Quality & Supplier Assurance",
            "stage": "recruiter_screen",
            "interviewers": "camille.verdier@orbitale.space",
            "trap": "ashby-english-space-startup-intro",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-9e2c40a1-55f7-4d8b-a1c3-7b0e6d2f9a18@ashbyhq.com
DTSTAMP:20250127T162012Z
DTSTART:20250129T160000Z
DTEND:20250129T163000Z
SUMMARY:Ines Carvalho <> Orbitale Systèmes - Intro call
DESCRIPTION:Hi Ines\,\n\nLooking forward to speaking! This is a 30-minute
 intro with Camille Verdier (Talent) about the Head of Quality & Supplier
 Assurance role.\n\nGoogle Meet: https://meet.google.com/orb-tfwz-kqa\n\nNe
 ed to reschedule? Use this link: https://app.ashbyhq.com/interview/resche
 dule/9e2c40a1
LOCATION:https://meet.google.com/orb-tfwz-kqa
ORGANIZER;CN=Camille Verdier:mailto:camille.verdier@orbitale.space
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Camille Verdier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 camille.verdier@orbitale.space
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-case",
        "label": {
            "uid": "ml-evt-3c8a1f57b90e4d22a6e1@modernloop.io",
            "is_interview": 1,
            "company": "Orbitale Systèmes",
            "role": "Head of Quality & Supplier Assurance",
            "stage": "technical",
            "interviewers": "hugo.marchand@orbitale.space;priya.nair@orbitale.space",
            "trap": "modernloop-case-study-debrief-candidate-side",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-3c8a1f57b90e4d22a6e1@modernloop.io
DTSTAMP:20250210T110400Z
DTSTART:20250213T130000Z
DTEND:20250213T143000Z
SUMMARY:Orbitale Systèmes | Case study presentation (Ines Carvalho)
DESCRIPTION:Hi Ines\,\n\nYou'll present the take-home case (supplier qual
 ification plan for the propulsion module's valve supplier) and discuss it
  with:\n• Hugo Marchand\, CTO\n• Priya Nair\, AIT Lead\n\nPlease send you
 r slides by noon the day before.\n\nJoin: https://meet.google.com/orb-cas
 e-pnx\n\nScheduled by ModernLoop on behalf of Orbitale Systèmes
LOCATION:https://meet.google.com/orb-case-pnx
ORGANIZER;CN=Orbitale Systèmes Recruiting:mailto:scheduling@modernloop.io
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Hugo Marchand;ROLE=REQ-PARTICIPANT:mailto:hugo.marchand@orbita
 le.space
ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT:mailto:priya.nair@orbitale.spa
 ce
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-interview",
        "label": {
            "uid": "lever-interview-8f1b5d7e-0c24-4a63-9b8e-2d7f1c0a6e35",
            "is_interview": 1,
            "company": "Nanolune",
            "role": "Product Assurance Engineer",
            "stage": "hiring_manager",
            "interviewers": "maxime.thibault@nanolune.space",
            "trap": "lever-hiring-manager-english-cubesat",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8f1b5d7e-0c24-4a63-9b8e-2d7f1c0a6e35
DTSTAMP:20250303T174518Z
DTSTART:20250306T100000Z
DTEND:20250306T104500Z
SUMMARY:Interview with Nanolune: Ines Carvalho - Product Assurance Engine
 er
DESCRIPTION:Interviewer: Maxime Thibault (Head of AIT & Product Assurance)
 \nFormat: Video call - https://nanolune.zoom.us/j/83055012274\n\nAbout Nan
 olune: we build 16U platforms in Labège. Ines\, Maxime will go over your
 background and the PA role. Bring questions!
LOCATION:https://nanolune.zoom.us/j/83055012274
ORGANIZER;CN=Nanolune Hiring:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Maxime Thibault;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 maxime.thibault@nanolune.space
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "founder-gmail",
        "label": {
            "uid": "1q3e5t7u9o2w4r6y8i0p1s3f5h@google.com",
            "is_interview": 1,
            "company": "Hélios Propulsion",
            "role": "Responsable Qualité",
            "stage": "",
            "interviewers": "thibaut.roques.helios@gmail.com",
            "trap": "founder-free-mail-cafe-is-interview",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250307T073000Z
DTEND:20250307T083000Z
DTSTAMP:20250303T221604Z
ORGANIZER;CN=Thibaut Roques:mailto:thibaut.roques.helios@gmail.com
UID:1q3e5t7u9o2w4r6y8i0p1s3f5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thibau
 t Roques;X-NUM-GUESTS=0:mailto:thibaut.roques.helios@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ines.carvalho31@orange.fr;X-NUM-GUESTS=0:mailto:ines.carvalho31@ora
 nge.fr
DESCRIPTION:Salut Inès\, comme dit au tel : on prend un café avant ton bur
 eau pour parler du poste de Responsable Qualité chez Hélios (on passe en
  phase qualif moteur\, il nous faut quelqu'un pour monter le SMQ EN9100 e
 t gérer les sous-traitants). Je t'expliquerai le package / BSPCE.\nThibaut
LOCATION:Le Mermoz\, Blagnac
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Thibaut / Inès - poste RQ Hélios
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "wttj-entretien",
        "label": {
            "uid": "wk-interview-2f7a11c9@welcomekit.co",
            "is_interview": 1,
            "company": "Pyrène Usinage de Précision",
            "role": "Responsable Qualité (H/F) - CDI",
            "stage": "hiring_manager",
            "interviewers": "n.sarrat@pyrene-usinage.fr",
            "trap": "welcome-kit-sme-ceo-interview",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-interview-2f7a11c9@welcomekit.co
DTSTAMP:20250210T082400Z
DTSTART;TZID=Europe/Paris:20250217T170000
DTEND;TZID=Europe/Paris:20250217T180000
SUMMARY:Entretien - Responsable Qualité (H/F) - CDI - Pyrène Usinage de P
 récision
DESCRIPTION:Bonjour Inès\,\n\nNicolas Sarrat (Dirigeant) vous attend pour
  un entretien en visio.\n\nLien de la visio : https://meet.google.com/pyr-
 ehvq-ndt\n\nÀ bientôt !\nPowered by Welcome to the Jungle
LOCATION:https://meet.google.com/pyr-ehvq-ndt
ORGANIZER;CN=Nicolas Sarrat:mailto:n.sarrat@pyrene-usinage.fr
ATTENDEE;CN=Inès Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "journee-immersion",
        "label": {
            "uid": "6w8e0r2t4y6u8i0o2p4a6s8d0f@google.com",
            "is_interview": 1,
            "company": "Pyrène Usinage de Précision",
            "role": "Responsable Qualité",
            "stage": "onsite",
            "interviewers": "n.sarrat@pyrene-usinage.fr",
            "trap": "trial-day-journee-immersion-all-day-candidate",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250307
DTEND;VALUE=DATE:20250308
DTSTAMP:20250224T181100Z
ORGANIZER;CN=Nicolas Sarrat:mailto:n.sarrat@pyrene-usinage.fr
UID:6w8e0r2t4y6u8i0o2p4a6s8d0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nicola
 s Sarrat;X-NUM-GUESTS=0:mailto:n.sarrat@pyrene-usinage.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ines.c
 arvalho31@orange.fr;X-NUM-GUESTS=0:mailto:ines.carvalho31@orange.fr
DESCRIPTION:Journée d'immersion à l'usine (Bordères-sur-l'Échez) avant déc
 ision : 8h accueil\, tour atelier 5 axes + métrologie\, déjeuner avec l'éq
 uipe\, revue de 2-3 dossiers NC avec moi l'après-midi. Chaussures de sécu
  à prévoir. Frais de déplacement remboursés.
LOCATION:Pyrène Usinage de Précision\, ZI Bastillac\, Bordères-sur-l'Éch
 ez
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée immersion Pyrène Usinage - Inès
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleez-entretien",
        "label": {
            "uid": "taleez-rdv-77120943@taleez.com",
            "is_interview": 1,
            "company": "Occitane Traitements de Surface",
            "role": "Responsable Qualité & Procédés Spéciaux (NADCAP)",
            "stage": "",
            "interviewers": "sylvie.bories@ots-montauban.fr",
            "trap": "taleez-special-processes-visite-et-entretien",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez ATS//FR
METHOD:REQUEST
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:taleez-rdv-77120943@taleez.com
DTSTAMP:20250306T084200Z
DTSTART;TZID=Europe/Paris:20250320T140000
DTEND;TZID=Europe/Paris:20250320T160000
SUMMARY:Rendez-vous : Responsable Qualité & Procédés Spéciaux (NADCAP)
DESCRIPTION:Bonjour Inès Carvalho\,\n\nVous êtes invité(e) à un rendez-vou
 s avec Sylvie Bories (Gérante) dans le cadre de votre candidature.\nProgra
 mme : visite des lignes d'anodisation et de peinture\, puis entretien.\nAd
 resse : 12 rue de l'Industrie\, ZI Nord\, 82000 Montauban\n\nCordialement\,
 \nOccitane Traitements de Surface
LOCATION:12 rue de l'Industrie\, ZI Nord\, 82000 Montauban
ORGANIZER;CN=Occitane Traitements de Surface:mailto:notifications@taleez.
 com
ATTENDEE;CN=Inès Carvalho;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ines.carva
 lho31@orange.fr
ATTENDEE;CN=Sylvie Bories;ROLE=REQ-PARTICIPANT:mailto:sylvie.bories@ots-mo
 ntauban.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "digitalrecruiters",
        "label": {
            "uid": "dr-meeting-4419-0a7c2e@digitalrecruiters.com",
            "is_interview": 1,
            "company": "Aquitaine Composites",
            "role": "Ingénieur Amélioration Continue Lean H/F",
            "stage": "recruiter_screen",
            "interviewers": "julie.sallaberry@aquitaine-composites.fr",
            "trap": "digitalrecruiters-continuous-improvement-bordeaux",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//DR Planning//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:dr-meeting-4419-0a7c2e@digitalrecruiters.com
DTSTAMP:20250227T090000Z
DTSTART:20250304T080000Z
DTEND:20250304T083000Z
SUMMARY:Pré-qualification téléphonique - Ingénieur Amélioration Continue
 Lean H/F
DESCRIPTION:Bonjour\,\n\nJulie Sallaberry\, Responsable RH d'Aquitaine Com
 posites\, vous appellera pour une pré-qualification de votre candidature
  (poste basé à Mérignac).\n\nL'équipe recrutement
LOCATION:Téléphone
ORGANIZER;CN=Aquitaine Composites:mailto:no-reply@digitalrecruiters.com
ATTENDEE;CN=CARVALHO Inès;RSVP=TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=SALLABERRY Julie:mailto:julie.sallaberry@aquitaine-composites
 .fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jury-cnes",
        "label": {
            "uid": "talentsoft-conv-CNES-2025-0117-jury-03",
            "is_interview": 1,
            "company": "CNES",
            "role": "Ingénieur Assurance Produit - Approvisionnements (H/F)",
            "stage": "final",
            "interviewers": "Anne Laurens;Frédéric Combes;Isabelle N'Diaye",
            "trap": "public-agency-jury-names-only-talentsoft",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid//Talentsoft Recruiting//FR
METHOD:PUBLISH
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:talentsoft-conv-CNES-2025-0117-jury-03
DTSTAMP:20250321T160000Z
DTSTART;TZID=Europe/Paris:20250402T093000
DTEND;TZID=Europe/Paris:20250402T103000
SUMMARY:Convocation - entretien avec le jury - Ingénieur Assurance Produi
 t - Approvisionnements (H/F) - Réf. 2025-0117
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convoquer à un entre
 tien devant le jury de recrutement composé de :\n- Anne Laurens\, cheffe
  du service Assurance Produit\n- Frédéric Combes\, responsable qualité ach
 ats\n- Isabelle N'Diaye\, Direction des Ressources Humaines\n\nPrésentatio
 n de 10 minutes de votre parcours suivie d'un échange de 40 minutes.\n\nCe
 ntre Spatial de Toulouse\, 18 avenue Edouard Belin\, 31400 Toulouse – accu
 eil principal\, pièce d'identité obligatoire.\n\nLa Direction des Ressourc
 es Humaines
LOCATION:CNES - Centre Spatial de Toulouse\, 18 av. Edouard Belin
ORGANIZER;CN=CNES Recrutement:mailto:recrutement@cnes.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-interview",
        "label": {
            "uid": "workable-event-2a0c91e4@satys.workable.com",
            "is_interview": 1,
            "company": "Satys",
            "role": "Responsable Qualité Site Toulouse H/F",
            "stage": "",
            "interviewers": "lionel.bertrand@satys.com",
            "trap": "workable-site-quality-aircraft-painting",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-2a0c91e4@satys.workable.com
DTSTAMP:20250317T120012Z
DTSTART:20250321T100000Z
DTEND:20250321T110000Z
SUMMARY:Interview: Inès Carvalho for Responsable Qualité Site Toulouse H/F
DESCRIPTION:Inès Carvalho has been invited to an interview with Lionel Ber
 trand for the Responsable Qualité Site Toulouse H/F job.\n\nLocation: Sat
 ys - Hangar peinture Blagnac\, 1 rue Louis Blériot\n\n---\nSent via Workab
 le
LOCATION:Satys - 1 rue Louis Blériot\, 31700 Blagnac
ORGANIZER;CN=Lionel Bertrand:mailto:lionel.bertrand@satys.com
ATTENDEE;CN=Inès Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings",
        "label": {
            "uid": "bookings-7f3a9b2c-5e1d-4c8a-b6f0-1d2e3f4a5b6c",
            "is_interview": 1,
            "company": "Sabena technics",
            "role": "Ingénieur Qualité Fournisseurs Pièces et Réparations",
            "stage": "recruiter_screen",
            "interviewers": "Laetitia Dupouy",
            "trap": "ms-bookings-candidate-booked-slot-shared-mailbox",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bookings-7f3a9b2c-5e1d-4c8a-b6f0-1d2e3f4a5b6c
DTSTAMP:20250311T191512Z
DTSTART:20250314T123000Z
DTEND:20250314T130000Z
SUMMARY:Entretien de présélection - Ingénieur Qualité Fournisseurs Pièces
  et Réparations
DESCRIPTION:Votre rendez-vous est confirmé.\n\nService : Entretien de prés
 élection (30 minutes)\nMembre du personnel : Laetitia Dupouy (Chargée de r
 ecrutement)\nAdresse : Microsoft Teams (le lien figure dans cette invitation
 )\n\nRéunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_c2Fi%40thread.v2/0\n\nPour annuler ou modifier : https://outlo
 ok.office365.com/owa/calendar/SabenatechnicsRecrutement@sabenatechnics.co
 m/bookings/\n\nSabena technics BOD - Mérignac
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=Sabena technics Recrutement:mailto:SabenatechnicsRecrutement
 @sabenatechnics.com
ATTENDEE;CN=Ines Carvalho;RSVP=TRUE:mailto:ines.carvalho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
