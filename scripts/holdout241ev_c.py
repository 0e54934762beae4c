"""holdout241: the user's own interviews in the civil service (mobilité, jurys de recrutement) (raw iCalendar text)."""
from holdout241ev_tz import PARIS, ROMANCE, E

EVENTS = []

# Région Bretagne: pre-selection call then recruitment jury (application on Place de l'emploi public).
EVENTS.append(E("region-preselection", "evt-rh-2026-0087-presel@bretagne.bzh", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + """BEGIN:VEVENT
UID:evt-rh-2026-0087-presel@bretagne.bzh
DTSTAMP:20260121T103300Z
DTSTART;TZID=Romance Standard Time:20260127T110000
DTEND;TZID=Romance Standard Time:20260127T113000
SUMMARY;LANGUAGE=fr:Échange téléphonique – candidature PEP 2026-0087 – Char
 gé(e) de conformité juridique et de contrôle interne
DESCRIPTION;LANGUAGE=fr:Madame\\,\\n\\nVotre candidature déposée sur la Pla
 ce de l'emploi public a retenu notre attention. Je vous propose un échange
  téléphonique de pré-sélection d'une trentaine de minutes (parcours\\, mot
 ivations\\, situation statutaire : détachement ou mutation).\\n\\nJe vous
  appellerai au numéro indiqué dans votre dossier.\\n\\nGaëlle Texier\\nCha
 rgée de recrutement – Direction des ressources humaines\\nRégion Bretagne
  – 283 avenue du Général Patton\\, Rennes
ORGANIZER;CN="TEXIER Gaëlle":mailto:gaelle.texier@bretagne.bzh
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION;LANGUAGE=fr:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Région Bretagne", "Chargé(e) de conformité juridique et de contrôle interne", "recruiter_screen",
    "gaelle.texier@bretagne.bzh", "place-emploi-public-preselection-call"))

EVENTS.append(E("jury-recrutement", "evt-rh-2026-0087-jury@bretagne.bzh", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + """BEGIN:VEVENT
UID:evt-rh-2026-0087-jury@bretagne.bzh
DTSTAMP:20260202T141500Z
DTSTART;TZID=Romance Standard Time:20260210T143000
DTEND;TZID=Romance Standard Time:20260210T151500
SUMMARY;LANGUAGE=fr:Convocation – entretien de recrutement – PEP 2026-0087
DESCRIPTION;LANGUAGE=fr:Madame\\,\\n\\nJ'ai le plaisir de vous convier à un
  entretien de recrutement devant un jury composé de :\\n- M. Hervé Le Cam
 \\, directeur des affaires juridiques et de la commande publique\\n- Mme S
 terenn Guégan\\, cheffe du service contrôle interne\\n- Mme Gaëlle Texier
 \\, chargée de recrutement (DRH)\\n\\nDurée : 45 minutes (10 minutes de pr
 ésentation de votre parcours\\, puis échanges avec le jury). Une mise en s
 ituation courte pourra vous être proposée.\\n\\nMerci de vous présenter 10
  minutes avant à l'accueil du bâtiment Patton (pièce d'identité).\\n\\nKen
 avo ar wech all\\,\\nGaëlle Texier
ORGANIZER;CN="TEXIER Gaëlle":mailto:gaelle.texier@bretagne.bzh
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE CAM Hervé":mailto:herve.lecam@bretagne.bzh
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="GUEGAN Sterenn":mailto:sterenn.guegan@bretagne.bzh
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Patton - Salle Bréhat 3.1
 2":mailto:patton-brehat312@bretagne.bzh
LOCATION;LANGUAGE=fr:Hôtel de Région\\, bâtiment Patton\\, salle Bréhat 3.12
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Région Bretagne", "", "onsite",
    "herve.lecam@bretagne.bzh;sterenn.guegan@bretagne.bzh;gaelle.texier@bretagne.bzh",
    "regional-council-jury-de-recrutement"))

# Cour d'appel de Rennes: internal mobility interview (a job interview, from inside justice.fr).
EVENTS.append(E(
    "entretien-mobilite",
    "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="MENGUY Christine";SENT-BY="mailto:secretariat-dg.ca-rennes@ju
 stice.fr":mailto:christine.menguy@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ROBIN Frédéric":mailto:frederic.robin@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\,\\n\\nDans le cadre de votre candidatur
 e au poste de greffière – chambre de la famille (poste profilé n° CA35-202
 6-014\\, campagne de mobilité 2026)\\, Mme Menguy\\, directrice de greffe
  de la cour d'appel\\, et M. Robin\\, président de la chambre de la famill
 e\\, vous recevront pour un entretien.\\n\\nMerci d'en informer votre dire
 ctrice de greffe.\\n\\nLe secrétariat de la direction de greffe\\nCour d'a
 ppel de Rennes – Parlement de Bretagne
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000
 010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=fr-FR:Entretien mobilité – poste profilé CA35-2026-014 – Mme LE BIHAN (TJ Rennes)
DTSTART;TZID=Romance Standard Time:20260122T103000
DTEND;TZID=Romance Standard Time:20260122T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T151000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Parlement de Bretagne – bureau de la DG (1er étage)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, "Cour d'appel de Rennes", "greffière – chambre de la famille", "hiring_manager",
    "christine.menguy@justice.fr;frederic.robin@justice.fr", "internal-mobility-application-work-address"))

# Préfecture d'Ille-et-Vilaine: service head, then secrétaire général.
EVENTS.append(E(
    "prefecture-interview",
    "040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="HAMON Ludovic (Chef de bureau) - PREF35/DCL/BCJ":mailto:ludovic.hamon@ille-et-vilaine.gouv.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwen.lebih
 an@orange.fr:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PICHON Armelle - PREF35
 /SG/RH":mailto:armelle.pichon@ille-et-vilaine.gouv.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame\\,\\n\\nSuite à votre candidature
  (Place de l'emploi public\\, réf. 2026-1184502)\\, je vous confirme notre
  rendez-vous pour le poste d'adjointe au chef du bureau du contentieux et
  des affaires juridiques.\\n\\nSe présenter au 3 avenue de la Préfecture\\
 , accueil principal\\, avec une pièce d'identité (contrôle Vigipirate).\\n
 \\nCordialement\\nLudovic Hamon\\nChef du bureau du contentieux et des aff
 aires juridiques
UID:040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADC01000000000000000
 01000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=fr-FR:RDV candidature adjointe BCAJ – Mme Le Bihan
DTSTART;TZID=Romance Standard Time:20260303T090000
DTEND;TZID=Romance Standard Time:20260303T100000
DTSTAMP:20260224T171200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Préfecture d'Ille-et-Vilaine – bâtiment C\\, bureau 214
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Préfecture d'Ille-et-Vilaine", "adjointe au chef du bureau du contentieux et des affaires juridiques",
    "hiring_manager", "ludovic.hamon@ille-et-vilaine.gouv.fr;armelle.pichon@ille-et-vilaine.gouv.fr",
    "prefecture-rdv-candidature-outlook"))

EVENTS.append(E("typed-prefecture-sg", "3c9e0f4a-2b61-4d7e-a5f8-1e0d9c7b6a53", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:gwen.lebihan@orange.fr
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20260318T153000Z
DTEND:20260318T161500Z
DTSTAMP:20260311T202145Z
UID:3c9e0f4a-2b61-4d7e-a5f8-1e0d9c7b6a53
CREATED:20260311T202145Z
DESCRIPTION:2e entretien préf. avec le SG (M. Castel) + Hamon\\nrevoir : conte
 ntieux étrangers\\, référés\\, titres de séjour\\, délais TA\\ndemander : RIFSEEP
  / IFSE groupe 2\\, date de prise de poste\\, détachement ou PNA ?
LAST-MODIFIED:20260311T202145Z
LOCATION:Préfecture\\, 3 av. de la Préfecture
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Préf 35 - 2e entretien SG
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Préfecture d'Ille-et-Vilaine", "", "final", "M. Castel;Hamon", "typed-google-second-round-secretary-general"))

# Ville de Rennes / Rennes Métropole.
EVENTS.append(E("metropole-jury", "rm-recrut-26-0412-jury@rennesmetropole.fr", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:rm-recrut-26-0412-jury@rennesmetropole.fr
DTSTAMP:20260325T090500Z
DTSTART;TZID=Europe/Paris:20260407T100000
DTEND;TZID=Europe/Paris:20260407T104500
SUMMARY:Jury de recrutement – Juriste assurances et responsabilité (cat. A) – Mme LE BIHAN
DESCRIPTION:Madame\\,\\nVous êtes convoquée devant le jury de recrutement pou
 r le poste de juriste assurances et responsabilité (direction des affaires
  juridiques\\, Ville de Rennes et Rennes Métropole).\\nJury : Mme Corinne Tirel
  (directrice DAJ)\\, M. Fabien Noury (chef du service assurances)\\, un représ
 entant de la DRH.\\nHôtel de Rennes Métropole\\, 4 avenue Henri Fréville – sa
 lle 0.14.\\nService recrutement – Rennes Métropole
ORGANIZER;CN=Recrutement Rennes Métropole:mailto:recrutement@rennesmetropole.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=LE BIHAN G
 wenaëlle:mailto:gwen.lebihan@orange.fr
LOCATION:Hôtel de Rennes Métropole – salle 0.14
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Rennes Métropole", "juriste assurances et responsabilité", "onsite", "Corinne Tirel;Fabien Noury",
    "metropole-jury-names-in-body-shared-mailbox"))

# Département d'Ille-et-Vilaine, Teams.
EVENTS.append(E(
    "departement-teams",
    "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC0100000000000000001000000055667788990011223344556677889900",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="Rolland, Maïwenn":mailto:maiwenn.rolland@ille-et-vilaine.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwen.lebih
 an@orange.fr:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bertho, Yanni
 ck":mailto:yannick.bertho@ille-et-vilaine.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Le Bihan\\,\\n\\nComme convenu\\,
  je vous adresse l'invitation pour notre entretien en visio concernant le
  poste de chargée de contentieux – aide sociale et protection de l'enfance
 . Yannick Bertho\\, chef du service juridique\\, y participera.\\n________
 ________________________________________________________________________\\
 nRéunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, application m
 obile ou appareil de salle\\nCliquez ici pour participer à la réunion<http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ2YTg5%40thread.v2/0>
 \\nID de la réunion : 352 118 004 271\\nCode secret : Xr4Mp9\\nRejoindre p
 ar téléphone\\n+33 1 70 37 21 04\\,\\,812774392#   France\\, Paris\\nID de
  conférence téléphonique : 812 774 392#\\n________________________________
 ________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000
 01000000055667788990011223344556677889900
SUMMARY;LANGUAGE=fr-FR:Entretien – chargée de contentieux ASE – G. Le Bihan
DTSTART;TZID=Romance Standard Time:20260415T133000
DTEND;TZID=Romance Standard Time:20260415T142000
DTSTAMP:20260409T100311Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ2YTg5%40thread.v2/0
END:VEVENT
END:VCALENDAR
""", 1, "Département d'Ille-et-Vilaine", "chargée de contentieux – aide sociale et protection de l'enfance",
    "hiring_manager",
    "maiwenn.rolland@ille-et-vilaine.fr;yannick.bertho@ille-et-vilaine.fr",
    "department-teams-outlook-last-first"))

# CHU de Rennes, typed on desktop (floating).
EVENTS.append(E("typed-chu", "20260226T084512Z-4410-gwen@thunderbird", """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260226T084512Z
LAST-MODIFIED:20260226T084630Z
DTSTAMP:20260226T084630Z
UID:20260226T084512Z-4410-gwen@thunderbird
SUMMARY:CHU Pontchaillou - entrtien DAJ (juriste resp. médicale)
DTSTART:20260306T110000
DTEND:20260306T120000
LOCATION:CHU Pontchaillou\\, bât. administratif\\, 2e
DESCRIPTION:Mme Garnier (directrice des affaires juridiques) + 1 juriste.\\nP
 oste contractuel 3 ans\\, catégorie A. Demander si détachement possible.
END:VEVENT
END:VCALENDAR
""",
    1,
    "CHU de Rennes",
    "juriste resp. médicale",
    "hiring_manager",
    "Mme Garnier",
    "typed-thunderbird-typo-entrtien"))

# Tribunal administratif de Rennes (détachement), Outlook from juradm.fr.
EVENTS.append(E("ta-detachement", "9F3B1A2C-TA-RENNES-2026-0219@juradm.fr", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + """BEGIN:VEVENT
UID:9F3B1A2C-TA-RENNES-2026-0219@juradm.fr
DTSTAMP:20260212T124400Z
DTSTART;TZID=Romance Standard Time:20260219T170000
DTEND;TZID=Romance Standard Time:20260219T174500
SUMMARY;LANGUAGE=fr:Échange poste greffière de chambre – détachement – Mme Le Bihan
DESCRIPTION;LANGUAGE=fr:Madame\\,\\nMme Anne Cosquer\\, greffière en chef\\
 , vous recevra pour échanger sur votre candidature au poste de greffière d
 e chambre (4e chambre – contentieux des étrangers) ouvert au détachement.
 \\nTribunal administratif de Rennes\\, 3 contour de la Motte.
ORGANIZER;CN="COSQUER Anne":mailto:anne.cosquer@juradm.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION;LANGUAGE=fr:TA Rennes – 3 contour de la Motte
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Tribunal administratif de Rennes", "greffière de chambre", "hiring_manager", "anne.cosquer@juradm.fr",
    "echange-candidature-detachement-administrative-court"))

# Banque de France, Webex.
EVENTS.append(E("webex-interview", "bdf-recrut-CT-2026-337-2@banque-france.fr", """BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:bdf-recrut-CT-2026-337-2@banque-france.fr
DTSTAMP:20260420T081500Z
DTSTART;TZID=Europe/Paris:20260428T100000
DTEND;TZID=Europe/Paris:20260428T110000
SUMMARY:Entretien – Contractuel(le) juriste contrôle LCB-FT (ACPR) – CT-2026-337
DESCRIPTION:Madame\\,\\n\\nVotre entretien avec la cellule de recrutement et l
 e chef de service (M. Pascal Renaudin) aura lieu par Webex.\\n\\nRejoindre la
  réunion : https://banque-france.webex.com/banque-france/j.php?MTID=m8f1e2d
 \\nNuméro de la réunion : 2741 908 1123\\nMot de passe : Bdf2026!\\nRejoindre
  par téléphone : +33-1-7091-8646 France Toll\\n\\nBanque de France – Direction
  du recrutement et de la mobilité
ORGANIZER;CN=Recrutement Banque de France:mailto:recrutement-contractuels@banque-france.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle
  Le Bihan:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pascal Renaudin:mailto:p
 ascal.renaudin@acpr.banque-france.fr
LOCATION:Webex
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Banque de France", "Contractuel(le) juriste contrôle LCB-FT (ACPR)", "hiring_manager",
    "pascal.renaudin@acpr.banque-france.fr", "webex-central-bank-contract-post"))

# Chambre des notaires d'Ille-et-Vilaine, GoTo Meeting.
EVENTS.append(E("goto-interview", "goto-8a1f77e2-chambre35@gotomeeting.com", """BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:goto-8a1f77e2-chambre35@gotomeeting.com
DTSTAMP:20260401T163000Z
DTSTART;TZID=Europe/Paris:20260406T170000
DTEND;TZID=Europe/Paris:20260406T174500
SUMMARY:Entretien responsable juridique & déontologie – Chambre des notaires 35
DESCRIPTION:Bonjour\\,\\n\\nMe Florence Lemoine\\, présidente de la Chambre\\, et
  M. Olivier Nédélec\\, directeur\\, s'entretiendront avec vous au sujet du pos
 te de responsable juridique & déontologie.\\n\\nParticipez à ma réunion depui
 s votre ordinateur\\, tablette ou smartphone.\\nhttps://meet.goto.com/5512086
 37\\n\\nVous pouvez aussi appeler.\\nFrance : +33 170 950 594\\nCode d'accès : 5
 51-208-637
ORGANIZER;CN=Olivier Nédélec:mailto:o.nedelec@chambre-35.notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Florence Lemoine:mailto:florence.lemoine@notaires.fr
LOCATION:GoTo Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Chambre des notaires d'Ille-et-Vilaine", "responsable juridique & déontologie", "hiring_manager",
    "o.nedelec@chambre-35.notaires.fr;florence.lemoine@notaires.fr", "goto-meeting-notaries-chamber"))
