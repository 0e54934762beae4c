"""holdout147 events, part f: Toulouse, Tarbes, Figeac and Bordeaux aerostructure, rail and defence firms."""

from holdout147ev_tz import TZ_ROMANCE

EVENTS = [
    {
        "kind": "flatchr-visio",
        "label": {
            "uid": "flatchr-evt-6b1d52e0c7f94a3e@flatchr.io",
            "is_interview": 1,
            "company": "Latécoère",
            "role": "Ingénieur Qualité Fournisseurs Câblage H/F",
            "stage": "recruiter_screen",
            "interviewers": "elodie.marquez@latecoere.aero",
            "trap": "flatchr-visio-premier-echange",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-6b1d52e0c7f94a3e@flatchr.io
DTSTAMP:20250124T133300Z
DTSTART;TZID=Europe/Paris:20250130T091500
DTEND;TZID=Europe/Paris:20250130T094500
SUMMARY:Visio - Ingénieur Qualité Fournisseurs Câblage H/F - Latécoère
DESCRIPTION:Bonjour Inès\,\n\nNous avons bien reçu votre candidature et so
 uhaitons échanger avec vous en visio.\n\nInterlocutrice : Élodie Marquez\,
  Chargée de recrutement\nLien : https://meet.google.com/lat-xgqe-vdn\n\nBi
 en cordialement\,\nL'équipe RH Latécoère
LOCATION:Google Meet
ORGANIZER;CN=Latécoère RH:mailto:no-reply@flatchr.io
ATTENDEE;CN=Inès Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
ATTENDEE;CN=Élodie Marquez;PARTSTAT=ACCEPTED:mailto:elodie.marquez@latecoe
 re.aero
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rencontre-operationnels",
        "label": {
            "uid": "flatchr-evt-a40c77e1d2b84f06@flatchr.io",
            "is_interview": 1,
            "company": "Latécoère",
            "role": "Ingénieur Qualité Fournisseurs Câblage H/F",
            "stage": "onsite",
            "interviewers": "elodie.marquez@latecoere.aero;patrick.soula@latecoere.aero;"
            "yasmina.haddad@latecoere.aero",
            "trap": "rencontre-operationnels-plus-test-personnalite",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-a40c77e1d2b84f06@flatchr.io
DTSTAMP:20250207T090105Z
DTSTART;TZID=Europe/Paris:20250214T133000
DTEND;TZID=Europe/Paris:20250214T163000
SUMMARY:Rencontre opérationnels + test de personnalité - Latécoère Montre
 don
DESCRIPTION:Bonjour Inès\,\n\nSuite à notre échange\, voici le programme d
 e l'après-midi :\n- 13h30 : test de personnalité (questionnaire en ligne s
 ur place\, 30 min)\n- 14h15 : rencontre avec Patrick Soula\, Responsable Q
 ualité Achats\, et Yasmina Haddad\, Acheteuse Leader\n- 15h30 : débrief av
 ec moi\n\nAdresse : 135 rue de Périole\, 31500 Toulouse (site Montredon :
  merci de vous présenter à l'accueil)\n\nÉlodie Marquez
LOCATION:Latécoère\, 135 rue de Périole\, 31500 Toulouse
ORGANIZER;CN=Latécoère RH:mailto:no-reply@flatchr.io
ATTENDEE;CN=Inès Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
ATTENDEE;CN=Élodie Marquez;PARTSTAT=ACCEPTED:mailto:elodie.marquez@latecoe
 re.aero
ATTENDEE;CN=Patrick Soula;PARTSTAT=ACCEPTED:mailto:patrick.soula@latecoere
 .aero
ATTENDEE;CN=Yasmina Haddad;PARTSTAT=TENTATIVE:mailto:yasmina.haddad@latec
 oere.aero
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "daher-teams",
        "label": {
            "uid": "040000008200E00074C5B7101A82E008000000009F6B2E4C1D71DB01000000000000000010000000"
            "C7E9A1B3D5F70214365879ABCDEF0123",
            "is_interview": 1,
            "company": "Daher",
            "role": "Responsable Qualité Fournisseurs TBM",
            "stage": "hiring_manager",
            "interviewers": "c.lacoste@daher.com",
            "trap": "outlook-echange-poste-no-entretien-word",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LACOSTE Cyril":mailto:c.lacoste@daher.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nMerci pour votre CV transmis p
 ar notre service RH. Je vous propose un premier échange sur le poste de R
 esponsable Qualité Fournisseurs TBM (site de Tarbes) : présentation de l'
 équipe\, de nos enjeux cadence et de votre expérience.\n\nCyril Lacoste\nD
 irecteur Qualité Avions - Daher\n\n_______________________________________
 _________________________________________\nRéunion Microsoft Teams\nCliquez
  ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_ZGFo%40thread.v2/0>\nID de la réunion : 357 118 004 262\nCode
  secret : 4Hn8Rr\n_______________________________________________________
 _________________________\n
UID:040000008200E00074C5B7101A82E008000000009F6B2E4C1D71DB0100000000000000
 0010000000C7E9A1B3D5F70214365879ABCDEF0123
SUMMARY;LANGUAGE=fr-FR:Échange poste RQF TBM - Inès Carvalho
DTSTART;TZID=Romance Standard Time:20250220T180000
DTEND;TZID=Romance Standard Time:20250220T184500
DTSTAMP:20250217T072115Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "collins-workday",
        "label": {
            "uid": "wd-rtx-interview-01702291-6a7b-45c8-b2d9-ratierfigeac",
            "is_interview": 1,
            "company": "Ratier-Figeac",
            "role": "Ingénieur Qualité Fournisseurs / Supplier Quality Engineer",
            "stage": "technical",
            "interviewers": "j.fabre@collins.com;m.cayrol@collins.com",
            "trap": "brand-vs-legal-entity-collins-ratier",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-rtx-interview-01702291-6a7b-45c8-b2d9-ratierfigeac
DTSTAMP:20250225T100033Z
DTSTART:20250303T090000Z
DTEND:20250303T100000Z
SUMMARY:Collins Aerospace - Interview - Ingénieur Qualité Fournisseurs / Su
 pplier Quality Engineer (01702291)
DESCRIPTION:Bonjour Ines\,\n\nVotre entretien technique pour le poste Ingé
 nieur Qualité Fournisseurs / Supplier Quality Engineer chez Ratier-Figeac
  (Collins Aerospace\, Figeac) est confirmé.\n\nIntervenants : Julien Fabre
  (SQE Lead) et Marion Cayrol (Manager Supplier Quality\, Propeller Systems
 )\n\nMicrosoft Teams : https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_cmF0%40thread.v2/0\n\nCollins Aerospace Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Collins Aerospace Recruiting:mailto:rtx@myworkday.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Julien Fabre;ROLE=REQ-PARTICIPANT:mailto:J.Fabre@collins.com
ATTENDEE;CN=Marion Cayrol;ROLE=REQ-PARTICIPANT:mailto:M.Cayrol@collins.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-floating",
        "label": {
            "uid": "9B2F6C31-84AD-4E07-B1C5-AA0D73E5F618",
            "is_interview": 1,
            "company": "Airbus Atlantic",
            "role": "Supplier Quality Manager",
            "stage": "",
            "interviewers": "Sophie Rieu",
            "trap": "user-typed-floating-time-ex-stelia",
        },
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9B2F6C31-84AD-4E07-B1C5-AA0D73E5F618
DTSTAMP:20250116T211041Z
CREATED:20250116T210955Z
DTSTART:20250122T123000
DTEND:20250122T131500
SUMMARY:Entretien Airbus Atlantic (ex-Stelia) – Sophie Rieu RH
DESCRIPTION:Supplier Quality Manager – Rochefort OU Colomiers ? à clarifie
 r\nelle appelle sur le portable\, pause déj -> s'isoler salle 3
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "caf-entretien",
        "label": {
            "uid": "20250305T080000Z-caf-fr-rh-1193@caf.net",
            "is_interview": 1,
            "company": "CAF France",
            "role": "Responsable Qualité Fournisseurs Ferroviaire",
            "stage": "onsite",
            "interviewers": "pierre.abadie@caf.net;ainhoa.etxeberria@caf.net",
            "trap": "rail-onsite-bilingual-french-basque-names",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
UID:20250305T080000Z-caf-fr-rh-1193@caf.net
DTSTAMP:20250305T080000Z
DTSTART;TZID="Romance Standard Time":20250313T093000
DTEND;TZID="Romance Standard Time":20250313T120000
SUMMARY:Entretien Responsable Qualité Fournisseurs - Mme Carvalho
DESCRIPTION:Bonjour Madame Carvalho\,\n\nNous vous confirmons votre entre
 tien sur notre site de Bagnères-de-Bigorre avec M. Pierre Abadie (Directe
 ur Qualité) et Mme Ainhoa Etxeberria (Calidad Proveedores\, Beasain) qui
  sera présente ce jour-là. Une partie de l'échange pourra se tenir en esp
 agnol. Visite de l'atelier de montage des bogies à l'issue (chaussures de
  sécurité fournies).\n\nService RH - CAF France\nAvenue du Général de Gau
 lle\, 65200 Bagnères-de-Bigorre
LOCATION:CAF France - Bagnères-de-Bigorre - Accueil
ORGANIZER;CN="RH CAF France":mailto:rh.bagneres@caf.net
ATTENDEE;CN="ines.carvalho31@orange.fr";RSVP=TRUE:mailto:ines.carvalho31@
 orange.fr
ATTENDEE;CN="Abadie Pierre";ROLE=REQ-PARTICIPANT:mailto:pierre.abadie@caf.
 net
ATTENDEE;CN="Etxeberria Ainhoa";ROLE=REQ-PARTICIPANT:mailto:ainhoa.etxeber
 ria@caf.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "alstom-screen",
        "label": {
            "uid": "SFSF-IS-ALSTOM-449120-1",
            "is_interview": 1,
            "company": "Alstom",
            "role": "Supplier Quality Development Engineer",
            "stage": "recruiter_screen",
            "interviewers": "emilie.castex@alstomgroup.com",
            "trap": "rail-successfactors-english-title-french-body",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFSF-IS-ALSTOM-449120-1
DTSTAMP:20250131T150000Z
DTSTART:20250205T150000Z
DTEND:20250205T153000Z
SUMMARY:Interview - Supplier Quality Development Engineer - Tarbes
DESCRIPTION:Bonjour Inès\,\n\nÉmilie Castex (Talent Acquisition) vous con
 tactera par téléphone pour un premier entretien concernant le poste Suppl
 ier Quality Development Engineer basé à Séméac (Tarbes).\n\nCordialement\,
 \nAlstom Talent Acquisition\n\nThis is an automated message.
LOCATION:Phone
ORGANIZER;CN=Alstom Careers:mailto:alstom-noreply@successfactors.eu
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
ATTENDEE;CN=Emilie Castex;ROLE=REQ-PARTICIPANT:mailto:emilie.castex@alstom
 group.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "assessment-center",
        "label": {
            "uid": "SFSF-IS-ALSTOM-449120-2",
            "is_interview": 1,
            "company": "Alstom",
            "role": "Supplier Quality Development Engineer",
            "stage": "onsite",
            "interviewers": "olivier.duffau@alstomgroup.com;emilie.castex@alstomgroup.com;"
            "sabrina.nunes@alstomgroup.com",
            "trap": "assessment-centre-mise-en-situation-candidate-side",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFSF-IS-ALSTOM-449120-2
DTSTAMP:20250217T100500Z
DTSTART:20250224T080000Z
DTEND:20250224T120000Z
SUMMARY:Assessment center - Supplier Quality Development Engineer - Tarbes
DESCRIPTION:Bonjour Inès\,\n\nVous êtes conviée à notre assessment center
  sur le site de Séméac :\n- mise en situation : audit fournisseur simulé
  (préparation 30 min + restitution)\n- entretien avec Olivier Duffau\, Su
 pplier Quality Manager\n- entretien avec Sabrina Nunes\, HRBP\, et Émilie
  Castex\n\nMerci d'apporter une pièce d'identité et des chaussures fermées
 .\n\nAlstom Talent Acquisition
LOCATION:Alstom Tarbes\, Rue du Maréchal Foch\, 65600 Séméac
ORGANIZER;CN=Alstom Careers:mailto:alstom-noreply@successfactors.eu
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
ATTENDEE;CN=Olivier Duffau;ROLE=REQ-PARTICIPANT:mailto:olivier.duffau@alst
 omgroup.com
ATTENDEE;CN=Sabrina Nunes;ROLE=REQ-PARTICIPANT:mailto:sabrina.nunes@alstom
 group.com
ATTENDEE;CN=Emilie Castex;ROLE=REQ-PARTICIPANT:mailto:emilie.castex@alstom
 group.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ariane-outlook",
        "label": {
            "uid": "040000008200E00074C5B7101A82E0080000000055D0AB9E3C76DB01000000000000000010000000"
            "2A4C6E8F0B1D3F5A7C9E1B3D5F7A9C0E",
            "is_interview": 1,
            "company": "ArianeGroup",
            "role": "Ingénieur Qualité Fournisseurs Propulsion Solide",
            "stage": "",
            "interviewers": "veronique.lafitte@ariane.group;arnaud.mesplede@ariane.group",
            "trap": "bordeaux-site-security-clearance-entretien",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=LAFITTE Veronique:mailto:veronique.lafitte@ariane.group
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MESPLEDE
 Arnaud:mailto:arnaud.mesplede@ariane.group
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=LHN-BAT 12-SAL
 LE 104 (10P):mailto:lhn-b12-s104@ariane.group
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nVeuillez trouver ci-joint la convoc
 ation à votre entretien au Haillan. IMPORTANT : votre demande d'accès (zo
 ne à régime restrictif) doit nous parvenir 10 jours ouvrés avant\, copie d
 e la pièce d'identité à retourner par mail.\n\nVéronique Lafitte\nRH Recru
 tement - ArianeGroup Le Haillan\n
UID:040000008200E00074C5B7101A82E0080000000055D0AB9E3C76DB0100000000000000
 00100000002A4C6E8F0B1D3F5A7C9E1B3D5F7A9C0E
SUMMARY;LANGUAGE=fr-FR:Convocation entretien - Ingénieur Qualité Fourniss
 eurs Propulsion Solide
DTSTART;TZID=Romance Standard Time:20250407T140000
DTEND;TZID=Romance Standard Time:20250407T160000
DTSTAMP:20250319T141100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:LHN-BAT 12-SALLE 104 (10P)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dassault-assistante",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000E7C3A2D1B077DB01000000000000000010000000"
            "91A3C5E7092B4D6F8A1C3E5F7092B4D6",
            "is_interview": 1,
            "company": "Dassault Aviation",
            "role": "Responsable Qualité Fournisseurs Mérignac",
            "stage": "final",
            "interviewers": "bernard.castaing@dassault-aviation.com",
            "trap": "outlook-sent-by-final-director-romance",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="CASTAING Bernard";SENT-BY="mailto:helene.darrigade@dassault
 -aviation.com":mailto:bernard.castaing@dassault-aviation.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nM. Castaing\, Directeur Qualité d
 e l'établissement\, vous recevra pour le dernier entretien relatif au pos
 te de Responsable Qualité Fournisseurs. Rendez-vous à l'accueil principal
 \, 54 avenue Marcel Dassault\, Mérignac.\n\nHélène Darrigade\nAssistante de
  Direction\n
UID:040000008200E00074C5B7101A82E00800000000E7C3A2D1B077DB0100000000000000
 001000000091A3C5E7092B4D6F8A1C3E5F7092B4D6
SUMMARY;LANGUAGE=fr-FR:RDV M. Castaing - Mme Carvalho
DTSTART;TZID=Romance Standard Time:20250416T110000
DTEND;TZID=Romance Standard Time:20250416T120000
DTSTAMP:20250409T100100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Mérignac - Bât. Direction - bureau M. Castaing
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
]
