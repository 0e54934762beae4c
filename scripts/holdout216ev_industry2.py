"""holdout216: industry (cabinet de recrutement for Seqens, headhunter for Hutchinson, Elkem, bioMérieux, ...)."""

from holdout216ev_tz import PARIS_APPLE, PARIS_GOOGLE, ROMANCE

EVENTS = [
    (
        "calendly-booking",
        {
            "uid": "BSKD3QF7UXW2LE4T@calendly.com",
            "i": 1,
            "company": "Seqens",
            "role": "Chef de projet R&D - chimie des matériaux (H/F)",
            "stage": "recruiter_screen",
            "who": "m.lefebvre@alcyon-talents.fr",
            "trap": "agency-calendly-screen-client-named-in-description",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:BSKD3QF7UXW2LE4T@calendly.com
DTSTAMP:20250114T162204Z
DTSTART:20250121T081500Z
DTEND:20250121T084500Z
SUMMARY:Entretien de qualification (30 min) - Clément Rousseau
ORGANIZER;CN=Mathieu Lefebvre:mailto:m.lefebvre@alcyon-talents.fr
ATTENDEE;CN=Clément Rousseau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:clement.rousseau.chim
 ie@free.fr
ATTENDEE;CN=Mathieu Lefebvre;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:m.lefebvre@alcyon-talents.fr
LOCATION:Mathieu vous appellera au +33671245590
DESCRIPTION:Event Name: Entretien de qualification (30 min)\\n\\nAlcyon Talent
 s - cabinet de recrutement spécialisé R&D / sciences des matériaux.\\n\\nObjet
  : poste de Chef de projet R&D - chimie des matériaux (H/F) chez notre client
  Seqens (site de Saint-Fons / Villeurbanne). Nous ferons le point sur votre p
 arcours\\, vos attentes et vos disponibilités avant une éventuelle présentati
 on de votre candidature au client.\\n\\nNeed to make changes to this event?\\nC
 ancel: https://calendly.com/cancellations/BSKD3QF7UXW2LE4T\\nReschedule: http
 s://calendly.com/reschedulings/BSKD3QF7UXW2LE4T\\n\\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000B8C9DAEBFC0DDB0100000000000000001000000013579BDF"
            "2468ACE013579BDF2468ACE0",
            "i": 1,
            "company": "Seqens",
            "role": "Chef de projet R&D - chimie des matériaux (H/F)",
            "stage": "hiring_manager",
            "who": "karim.haddad@seqens.com;m.lefebvre@alcyon-talents.fr",
            "trap": "client-interview-after-agency-recruiter-attends",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="HADDAD Karim":mailto:karim.haddad@seqens.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clement.rousseau.chimie@free.fr":mailto:cleme
 nt.rousseau.chimie@free.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mathieu Lefebvre (Alcyon Talents)":mailto:m.lefe
 bvre@alcyon-talents.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Rousseau\\,\\n\\nMathieu Lefebvre m'a transmis votre dossier. Je vous p
 ropose un entretien dans nos locaux de Villeurbanne (Lyon R&D Center) pour échanger sur le poste de chef de
  projet R&D. Mathieu se joindra à nous en début d'entretien.\\n\\nCordialement\\,\\nKarim Haddad\\nDirecteur R&
 D Matériaux - Seqens\\n
UID:040000008200E00074C5B7101A82E00800000000B8C9DAEBFC0DDB0100000000000000001000000013579BDF2468ACE013579BD
 F2468ACE0
SUMMARY;LANGUAGE=fr-FR:RDV M. Rousseau - poste CdP R&D
DTSTART;TZID=Romance Standard Time:20250204T100000
DTEND;TZID=Romance Standard Time:20250204T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250128T090114Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Seqens Lyon R&D Center - 12 rue Jean Bertin\\, Villeurbanne - accueil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "0o4k9g2s6v1b8n3m5c7x2z4q1a@google.com",
            "i": 1,
            "company": "Hutchinson",
            "role": "Responsable d'équipe R&D Matériaux (H/F)",
            "stage": "recruiter_screen",
            "who": "agathe.vernet@arverne-search.com",
            "trap": "headhunter-names-employer-only-in-body",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250306T124500
DTEND;TZID=Europe/Paris:20250306T131500
DTSTAMP:20250303T175212Z
ORGANIZER;CN=Agathe Vernet:mailto:agathe.vernet@arverne-search.com
UID:0o4k9g2s6v1b8n3m5c7x2z4q1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Agathe Vernet;X-NUM-GUESTS=0:mailto:agathe.vernet@arverne-search.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250303T175210Z
DESCRIPTION:Bonjour Clément\\,<br><br>Merci pour votre retour. Comme indiqué\\,
  je mène pour le compte de <b>Hutchinson</b> (Centre de Recherche & Innovati
 on\\, Montargis) le recrutement d'un(e) Responsable d'équipe R&D Matériaux. Ce
 t échange confidentiel me permettra de vous présenter le contexte et de mieu
 x connaître votre parcours.<br><br>Je vous appelle sur votre portable.<br><br>
 Agathe Vernet<br>Associée - Arverne Search (chasse de têtes\\, industrie & R&D)
LAST-MODIFIED:20250303T175211Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange confidentiel - A. Vernet / C. Rousseau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims-invite",
        {
            "uid": "icims-elkem-interview-2025-18442-2@icims.com",
            "i": 1,
            "company": "Elkem Silicones",
            "role": "Ingénieur Recherche Chimie des Silicones H/F",
            "stage": "",
            "who": "sylvie.marechal@elkem.com;arnaud.pichon@elkem.com",
            "trap": "icims-second-round-no-stage-label",
        },
        """BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:icims-elkem-interview-2025-18442-2@icims.com
DTSTAMP:20250402T083313Z
DTSTART;TZID=Europe/Paris:20250410T100000
DTEND;TZID=Europe/Paris:20250410T113000
SUMMARY:Elkem - 2nd round - Ingénieur Recherche Chimie des Silicones H/F (2025-18442)
ORGANIZER;CN=Elkem Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Sylvie Marechal;ROLE=REQ-PARTICIPANT:mailto:sylvie.marechal@elkem.com
ATTENDEE;CN=Arnaud Pichon;ROLE=REQ-PARTICIPANT:mailto:arnaud.pichon@elkem.com
LOCATION:Elkem Silicones - ATRiON\\, 9 rue Specia\\, 69190 Saint-Fons
DESCRIPTION:Bonjour Clement\\,\\n\\nNous avons le plaisir de vous confirmer la de
 uxième étape de votre processus de recrutement\\, sur site : rencontre avec Sy
 lvie Maréchal (Global R&D Manager) et Arnaud Pichon (Lab Manager)\\, puis visi
 te du centre ATRiON.\\n\\nÀ bientôt\\,\\nElkem Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "taleo-invite",
        {
            "uid": "TALEO-BMX-25000311-INTV-77310",
            "i": 1,
            "company": "bioMérieux",
            "role": "Scientifique R&D Surfaces et Matériaux (H/F)",
            "stage": "hiring_manager",
            "who": "frederic.aubert@biomerieux.com",
            "trap": "taleo-utc-times-manager-interview-marcy",
        },
        """BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TALEO-BMX-25000311-INTV-77310
DTSTAMP:20250220T150512Z
DTSTART:20250226T083000Z
DTEND:20250226T093000Z
SUMMARY:Entretien - Scientifique R&D Surfaces et Matériaux (H/F) - 25000311
ORGANIZER;CN=bioMérieux Recrutement:mailto:biomerieux@taleo.net
LOCATION:bioMérieux - Chemin de l'Orme\\, 69280 Marcy l'Étoile - Bât. Accueil
DESCRIPTION:Madame\\, Monsieur\\,\\n\\nNous vous confirmons votre entretien pour
  le poste Scientifique R&D Surfaces et Matériaux (H/F) - réf. 25000311.\\nVous
  serez reçu(e) par Frédéric Aubert\\, Responsable du laboratoire Consommables
  & Matériaux (frederic.aubert@biomerieux.com).\\n\\nMerci de vous présenter à
  l'accueil 10 minutes avant l'heure du rendez-vous.\\n\\nLa Direction des Ress
 ources Humaines
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-invite",
        {
            "uid": "bookings-5e7a2c10-9d3f-4b6e-8a21-0f4c6d2e9b73",
            "i": 1,
            "company": "OPmobility",
            "role": "Ingénieur R&D Matériaux Composites (H/F)",
            "stage": "recruiter_screen",
            "who": "Émilie Garnier",
            "trap": "microsoft-bookings-preselection-user-is-customer",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN=OPmobility Recrutement:mailto:OPmobilityRecrutement@opmobility.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Rousseau:mailto:clement.rousseau.chimi
 e@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\\n\\nService : Entretien de présélection - Ingénie
 ur R&D Matériaux Composites (H/F)\\nMembre du personnel : Émilie Garnier\\nDurée : 30 minutes\\n\\nRejoindre
  la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjg5\\n\\nGérer la réser
 vation : https://outlook.office365.com/owa/calendar/OPmobilityRecrutement@opmobility.onmicrosoft.com/booking
 s/\\n
UID:bookings-5e7a2c10-9d3f-4b6e-8a21-0f4c6d2e9b73
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection - Ingénieur R&D Matériaux Composites (H/F)
DTSTART;TZID=Romance Standard Time:20250122T163000
DTEND;TZID=Romance Standard Time:20250122T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T201733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "lever-invite",
        {
            "uid": "lever-interview-3c9d1e7a-soitec-8f42",
            "i": 1,
            "company": "Soitec",
            "role": "Process Engineer - Advanced Substrates (Bernin)",
            "stage": "technical",
            "who": "guillaume.perrin@soitec.com;anais.roux@soitec.com",
            "trap": "lever-technical-deep-dive-english",
        },
        """BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-3c9d1e7a-soitec-8f42
DTSTAMP:20250129T101010Z
DTSTART:20250205T150000Z
DTEND:20250205T160000Z
SUMMARY:Soitec - Technical deep dive with Guillaume Perrin & Anaïs Roux
ORGANIZER;CN=Soitec Talent Team:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Guillaume Perrin:mailto:guillaume.perrin@soitec.com
ATTENDEE;CN=Anaïs Roux:mailto:anais.roux@soitec.com
LOCATION:https://soitec.zoom.us/j/88472019355
DESCRIPTION:Hi Clément\\,\\n\\nHere are the details of your upcoming interview f
 or Process Engineer - Advanced Substrates (Bernin).\\n\\nThis session is a tech
 nical deep dive: be ready to discuss thin-film deposition\\, wafer bonding and
  a characterization problem we will share on screen.\\n\\nZoom: https://soitec.
 zoom.us/j/88472019355 - Meeting ID 884 7201 9355\\n\\nThe Soitec Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ipad-entry",
        {
            "uid": "6A2D1F44-90B3-4E8C-B7F1-3C5E9A0D2B68",
            "i": 1,
            "company": "STMicroelectronics",
            "role": "",
            "stage": "",
            "who": "",
            "trap": "typed-abbreviated-st-crolles-entretien",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPad OS 18.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20250120T211502Z
DTEND;TZID=Europe/Paris:20250130T113000
DTSTAMP:20250120T211620Z
DTSTART;TZID=Europe/Paris:20250130T100000
LAST-MODIFIED:20250120T211620Z
LOCATION:ST Crolles\\, 850 rue Jean Monnet - accueil bât. 3
SEQUENCE:0
SUMMARY:ST Crolles entretien (ingé matériaux dépôt ALD)
DESCRIPTION:2 pers. du labo dépôts + RH. prendre 7h50 TER Grenoble puis navette
 \\n-> insister sur ALD/XPS\\, pas trop sur catalyse
UID:6A2D1F44-90B3-4E8C-B7F1-3C5E9A0D2B68
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
