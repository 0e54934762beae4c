"""holdout216: the user on the hiring side (debriefs, juries, concours ITA, forums) -- raw iCalendar text."""

from holdout216ev_tz import PARIS_APPLE, PARIS_GOOGLE, PARIS_SHORT, ROMANCE

EVENTS = [
    (
        "zimbra-invite",
        {"uid": "44e1c9a0-77b2-4f3e-9d1c-hymat-debrief-pd", "i": 0, "trap": "user-as-interviewer-postdoc-debrief"},
        """BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:44e1c9a0-77b2-4f3e-9d1c-hymat-debrief-pd
SUMMARY:Débrief candidats postdoc HYMAT (Raman / Herrera / Weber)
ORGANIZER;CN=Stéphane Garnier:mailto:stephane.garnier@univ-lyon1.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:clement.rousseau@univ-lyon1.fr
DTSTART;TZID="Europe/Paris":20250127T113000
DTEND;TZID="Europe/Paris":20250127T120000
STATUS:CONFIRMED
CLASS:PRIVATE
TRANSP:OPAQUE
DTSTAMP:20250124T172000Z
SEQUENCE:0
LOCATION:Bureau 214
DESCRIPTION:On se met d'accord sur le classement avant d'envoyer la propositi
 on à la DR7 (date d'embauche 1er avril si possible). Apporte tes notes.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "CNRS-DR07-CONC-T-BAPB-2025-EP-PRATIQUE",
            "i": 0,
            "trap": "user-as-interviewer-cnrs-ita-concours-epreuve-pratique",
        },
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
"""
        + ROMANCE
        + """BEGIN:VEVENT
UID:CNRS-DR07-CONC-T-BAPB-2025-EP-PRATIQUE
DTSTAMP:20250602T071500Z
DTSTART;TZID="Romance Standard Time":20250618T083000
DTEND;TZID="Romance Standard Time":20250618T170000
SUMMARY:Concours externe T - BAP B - épreuve pratique (examinateurs)
ORGANIZER;CN="Service concours DR07":mailto:concours.dr07@cnrs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rousseau Clément":mailto:clement.rousseau@un
 iv-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Baptiste Lemoine":mailto:baptiste.lemoine@cnrs.fr
LOCATION:Laboratoire LCMF - salle de TP 3 (bât. Chevreul)
DESCRIPTION:Madame\\, Monsieur\\,\\n\\nVous avez été désigné(e) examinateur spéc
 ialiste pour l'épreuve pratique du concours externe de technicien (BAP B - Sc
 iences chimiques et sciences des matériaux)\\, emploi-type « Technicien chimis
 te ». 6 candidats admissibles\\, 1 h chacun (préparation d'une solution titrée
 \\, synthèse simple\\, consignes de sécurité). Grilles de notation remises sur
  place par le président du jury\\, M. Baptiste Lemoine.\\n\\nDélégation Rhône
  Auvergne - Service des concours
CLASS:PUBLIC
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000C0FFEE00BEEFDB01000000000000000010000000F00DF00D"
            "F00DF00DF00DF00DF00DF00D",
            "i": 0,
            "trap": "user-as-interviewer-phd-candidate-teams-abroad",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="ROUSSEAU, Clément":mailto:clement.rousseau@univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ahmed.trabelsi@enit.utm.tn:mailto:ahmed.trabel
 si@enit.utm.tn
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GARNIER, Stéphane":mailto:stephane.garnier@univ-ly
 on1.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Ahmed\\,\\n\\nSuite à votre candidature sur la thèse financée par l'ANR (H
 YMAT\\, début octobre 2025)\\, nous vous proposons un entretien en visio. Merci de préparer une présentation
  de 10 minutes de votre projet de fin d'études.\\n\\nCordialement\\,\\nClément Rousseau et Stéphane Garnier\\
 n\\nRéunion Microsoft Teams\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFi\\nID : 391 551 208
  713 Code secret : Pk8mE3\\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE00BEEFDB01000000000000000010000000F00DF00DF00DF00DF00DF00DF
 00DF00D
SUMMARY;LANGUAGE=fr-FR:Entretien - thèse ANR HYMAT - A. Trabelsi
DTSTART;TZID=Romance Standard Time:20250520T110000
DTEND;TZID=Romance Standard Time:20250520T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-invite",
        {
            "uid": "8h0j2l4n6p8r0t2v4x6z8b0d2f@google.com",
            "i": 0,
            "trap": "user-as-interviewer-erc-postdoc-shortlist-committee",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250312T090000
DTEND;TZID=Europe/Paris:20250312T103000
DTSTAMP:20250305T120000Z
ORGANIZER;CN=Nadia Ferhat:mailto:nadia.ferhat.lab@gmail.com
UID:8h0j2l4n6p8r0t2v4x6z8b0d2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau@univ-lyon1.fr;X-NUM-GUESTS=0:mailto:clement.rousse
 au@univ-lyon1.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Ferhat;X-NUM-GUESTS=0:mailto:nadia.ferhat.lab@gmail.com
CREATED:20250305T115958Z
DESCRIPTION:Comité de recrutement ERC CoG SOLARMOF - postdoc n°2 : 27 candida
 tures\\, on arrête une shortlist de 5 pour les visios de fin mars. Merci d'ave
 c lu les CV annotés sur le drive partagé (onglet « tri »).
LAST-MODIFIED:20250305T115959Z
LOCATION:Bureau Nadia / Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SOLARMOF - comité recrutement postdoc 2 (shortlist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-note",
        {"uid": "9B1F8E30-2C47-4A6D-B5E2-7F3A0C1D9E84", "i": 0, "trap": "user-as-interviewer-lab-trial-supervised"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20241210T083000Z
DTEND;TZID=Europe/Paris:20241213T120000
DTSTAMP:20241210T083100Z
DTSTART;TZID=Europe/Paris:20241213T093000
LAST-MODIFIED:20241210T083100Z
LOCATION:labo 208 (sorbonne hotte 3)
SEQUENCE:0
SUMMARY:Inès au labo - mise en situation sol-gel (avant décision stage)
DESCRIPTION:réserver hotte 3 + EPI visiteur. lui faire faire synthèse TEOS/P1
 23 simple\\, voir autonomie + sécurité. feedback à Stéphane l'aprem
UID:9B1F8E30-2C47-4A6D-B5E2-7F3A0C1D9E84
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {
            "uid": "cpe-re-stage5a-2025-0117-rousseau",
            "i": 0,
            "trap": "user-as-interviewer-school-placement-office-sends-candidate",
        },
        """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:cpe-re-stage5a-2025-0117-rousseau
SUMMARY:CPE Lyon - présentation candidat stage 5A (Maël Bonnet) - labo LCMF
ORGANIZER;CN=CPE Lyon - Relations Entreprises:mailto:stages@cpe.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau@univ-l
 yon1.fr
ATTENDEE;CN=Maël Bonnet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mael.bonnet@cpe.fr
DTSTART;TZID="Europe/Paris":20250117T133000
DTEND;TZID="Europe/Paris":20250117T140000
STATUS:CONFIRMED
TRANSP:OPAQUE
DTSTAMP:20250113T100000Z
SEQUENCE:0
LOCATION:CPE Lyon\\, bât. Hubert Curien\\, bureau des stages
DESCRIPTION:Bonjour\\,\\n\\nSuite à votre offre de stage de 5e année déposée sur
  notre plateforme\\, nous vous présentons la candidature de Maël Bonnet (filièr
 e Chimie & Génie des procédés\\, option Matériaux). CV et lettre en pièce join
 te. Nous vous proposons un entretien dans nos locaux ou par visio à votre conv
 enance.\\n\\nLe service Relations Entreprises - CPE Lyon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-entry",
        {"uid": "3j5l7n9p1r3t5v7x9z1b3d5f7h@google.com", "i": 0, "trap": "user-as-interviewer-forum-stand-for-interns"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20241114T130000
DTEND;TZID=Europe/Paris:20241114T170000
DTSTAMP:20241105T090000Z
UID:3j5l7n9p1r3t5v7x9z1b3d5f7h@google.com
CREATED:20241105T085950Z
DESCRIPTION:Tenir le stand de l'équipe au forum des stages du Master Chimie
  (avec Chloé). Prendre 20 flyers sujets M2 + feuille pour noter les étudiants
  intéressés -> mini-entretiens sur place\\, puis on recontacte les meilleurs.
LAST-MODIFIED:20241105T085951Z
LOCATION:Amphi Thémis\\, La Doua
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum stages Master Chimie - stand équipe MH
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-entry",
        {
            "uid": "6m8o0q2s4u6w8y0a2c4e6g8i0k@google.com",
            "i": 0,
            "trap": "user-as-interviewer-screen-applications-block",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20241126T140000
DTEND;TZID=Europe/Paris:20241126T170000
DTSTAMP:20241120T070000Z
UID:6m8o0q2s4u6w8y0a2c4e6g8i0k@google.com
CREATED:20241120T065959Z
DESCRIPTION:12 candidatures reçues via le site du master + ABG. trier\\, garder
  4-5 pour visio semaine pro. envoyer lien Calendly aux retenus.
LAST-MODIFIED:20241120T070000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tri CV/lettres stage M2 photocatalyse
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E008000000001E1E2D2D3C3CDB0100000000000000001000000012ABCD34"
            "EF5678901234ABCDEF567890",
            "i": 0,
            "trap": "user-as-interviewer-cdd-engineer-selection-panel",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="VIDAL, Corinne";SENT-BY="mailto:secretariat.lcmf@univ-lyon1.fr":mailto:corinne.vidal@univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU, Clément":mailto:clement.rousseau@uni
 v-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GARNIER, Stéphane":mailto:stephane.garnier@univ-ly
 on1.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LCMF - Salle de réunion 1er":mailto:lcmf.salle1@un
 iv-lyon1.fr
DESCRIPTION;LANGUAGE=fr-FR:Commission de sélection - CDD ingénieur d'études plateforme DRX (12 mois\\, ANR H
 YMAT).\\n3 candidats retenus\\, 40 min chacun :\\n9h00 K. Mensah\\n9h45 J. Roy\\n10h30 A. Lopes\\n11h15 délibé
 ration\\nClément : questions techniques DRX / affinement Rietveld.\\n
UID:040000008200E00074C5B7101A82E008000000001E1E2D2D3C3CDB0100000000000000001000000012ABCD34EF5678901234ABC
 DEF567890
SUMMARY;LANGUAGE=fr-FR:Commission CDD IE DRX
DTSTART;TZID=Romance Standard Time:20250226T090000
DTEND;TZID=Romance Standard Time:20250226T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:LCMF - Salle de réunion 1er
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reply-declined",
        {
            "uid": "0b7e2f1c-6a4d-4d1e-9c3b-lcmf-stage-m2-ybenali",
            "i": 0,
            "trap": "user-as-interviewer-candidate-declined-reply",
        },
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:0b7e2f1c-6a4d-4d1e-9c3b-lcmf-stage-m2-ybenali
DTSTAMP:20241204T081500Z
DTSTART:20241206T100000Z
DTEND:20241206T103000Z
SUMMARY:Refusé : Entretien candidature stage M2 - Yasmine Benali
ORGANIZER;CN=Clément Rousseau:mailto:clement.rousseau@univ-lyon1.fr
ATTENDEE;PARTSTAT=DECLINED;CN=Yasmine Benali:mailto:yasmine.benali@etu.univ-lyon1.fr
COMMENT:Bonjour\\, j'ai accepté une autre offre de stage ce matin\\, merci beauc
 oup pour votre temps. Yasmine
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
