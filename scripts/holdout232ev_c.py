"""holdout232 events, part C: big groups' ATS (Workday, SuccessFactors), Calendly, Outlook with assistants."""

EVENTS = [
    dict(
        kind="ats-invite",
        uid="WD-INT-2025-0211-7734-8812@vinorelle.wd3.myworkday.com",
        y=1,
        company="Groupe Vinorelle",
        role="Directeur Technique Vignobles Bordeaux (H/F)",
        stage="recruiter_screen",
        who="camille.aubertin@vinorelle.com",
        trap="workday-hr-screen-group-of-chateaux",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-2025-0211-7734-8812@vinorelle.wd3.myworkday.com
DTSTAMP:20250206T141502Z
DTSTART:20250211T080000Z
DTEND:20250211T084500Z
SUMMARY:Entretien : Directeur Technique Vignobles Bordeaux (H/F) - R-0004
 417
ORGANIZER;CN=Groupe Vinorelle Recrutement:mailto:vinorelle@myworkday.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Camille Aubertin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :camille.aubertin@vinorelle.com
DESCRIPTION:Bonjour Elodie\,\n\nVotre entretien pour le poste Directeur Tec
 hnique Vignobles Bordeaux (H/F) (R-0004417) est programmé.\n\nType : Entr
 etien téléphonique RH\nIntervenant(e) : Camille Aubertin\, Talent Acquisi
 tion Partner\nDurée : 45 minutes\n\nCamille vous appellera au numéro indiq
 ué dans votre profil candidat.\n\nPour toute modification\, connectez-vous
  à votre compte candidat : https://vinorelle.wd3.myworkday.com/vinorelle/
 d/task/2997$1124.htmld\n\nCeci est un message automatique\, merci de ne p
 as y répondre.
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000007F3A5E9C1B97DB01000000000000000010000000E1D4B7A2093C5F41",
        y=1,
        company="Groupe Vinorelle",
        role="Directeur Technique Vignobles Bordeaux",
        stage="hiring_manager",
        who="olivier.descamps@vinorelle.com",
        trap="outlook-sent-by-assistant-ops-director-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Descamps, Olivier";SENT-BY="mailto:agnes.ribeiro@vinorelle.co
 m":mailto:olivier.descamps@vinorelle.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Aubertin,
  Camille":mailto:camille.aubertin@vinorelle.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;C
 N="BDX-Chartrons-3-Salle Margaux (8)":mailto:bdx.salle.margaux@vinorelle.
 com
DESCRIPTION;LANGUAGE=fr-FR:Madame Castaing\,\n\nM. Descamps\, Directeur de
 s Opérations Bordeaux\, vous recevra dans nos bureaux des Chartrons pour
  un entretien d'environ 1h30 (présentation des 6 propriétés du groupe\, vo
 tre parcours\, cas pratique sur l'organisation des vendanges entre deux s
 ites).\n\nMerci de vous présenter à l'accueil\, 3e étage.\n\nAgnès Ribeir
 o\nAssistante de M. Descamps\n
UID:040000008200E00074C5B7101A82E008000000007F3A5E9C1B97DB0100000000000000
 0010000000E1D4B7A2093C5F41
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Castaing – DT Vignobles Bordeaux
DTSTART;TZID=W. Europe Standard Time:20250225T163000
DTEND;TZID=W. Europe Standard Time:20250225T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T101722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:BDX-Chartrons-3-Salle Margaux (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="SF-INTV-48817203-1@brissonfreres.successfactors.eu",
        y=1,
        company="Cognac Brisson Frères",
        role="Maître de Chai Adjoint (H/F)",
        stage="recruiter_screen",
        who="laetitia.moreau@brisson-freres.com",
        trap="successfactors-bilingual-interview-invitation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:SF-INTV-48817203-1@brissonfreres.successfactors.eu
DTSTAMP:20250304T091144Z
DTSTART;TZID=Europe/Paris:20250310T110000
DTEND;TZID=Europe/Paris:20250310T114500
SUMMARY:Interview Invitation / Invitation à un entretien : Maître de Chai
  Adjoint (H/F) - Req 12045
ORGANIZER;CN=Brisson Frères Talent Acquisition:mailto:noreply@successfacto
 rs.eu
ATTENDEE;CN=Elodie CASTAING;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.c
 astaing.oeno@laposte.net
ATTENDEE;CN=Laetitia MOREAU;ROLE=REQ-PARTICIPANT:mailto:laetitia.moreau@br
 isson-freres.com
DESCRIPTION:Dear Elodie / Chère Elodie\,\n\nYou have been invited to an int
 erview for the position Maître de Chai Adjoint (H/F) (Req 12045)\, Cognac
  (16100).\nVous êtes invitée à un entretien pour le poste ci-dessus.\n\nIn
 terviewer / Recruteur : Laetitia MOREAU\, Talent Acquisition Specialist\n
 Format : Microsoft Teams (lien ci-dessous)\n\nhttps://teams.microsoft.com/
 l/meetup-join/19%3ameeting_NTk4Mzc0@thread.v2/0\n\nPlease accept or declin
 e the invitation in the candidate portal. / Merci de confirmer votre prés
 ence depuis votre espace candidat.\n\nBrisson Frères – a company of Atlan
 tic Spirits Group
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="6sk2b9t1m0dq7hf4rv3nj8pc5e@google.com",
        y=1,
        company="Cognac Brisson Frères",
        role="Maître de chai adjoint",
        stage="onsite",
        who="gregoire.brisson@brisson-freres.com;laetitia.moreau@brisson-freres.com",
        trap="onsite-cognac-chais-blind-tasting-and-distillery",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250401T090000
DTEND;TZID=Europe/Paris:20250401T153000
DTSTAMP:20250324T170205Z
ORGANIZER;CN=Laetitia Moreau:mailto:laetitia.moreau@brisson-freres.com
UID:6sk2b9t1m0dq7hf4rv3nj8pc5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laetitia Moreau;X-NUM-GUESTS=0:mailto:laetitia.moreau@brisson-freres.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Grégoire Brisson;X-NUM-GUESTS=0:mailto:gregoire.brisson@brisson-freres
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
CREATED:20250324T170203Z
DESCRIPTION:Bonjour Élodie\,\n\nProgramme de la journée à Cognac :\n9h00 a
 ccueil\, café\n9h30 dégustation à l'aveugle avec Grégoire Brisson (maître
  de chai) – eaux-de-vie nouvelles et comptes 2 à 6\n11h00 visite de la di
 stillerie (alambics charentais) avec Yann Le Goff\, chef distillateur\n12
 h30 déjeuner\n14h00 entretien avec Grégoire et moi-même\n\nChaussures fer
 mées obligatoires dans les chais.\nLaetitia
LAST-MODIFIED:20250324T170205Z
LOCATION:Brisson Frères\, 14 rue de la Pierre\, 16100 Cognac
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée Cognac – Élodie Castaing (MDC adjoint)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="booking",
        uid="calendly-5f0c2a71-9e3b-4d8a-b6c4-1a7e9f3d2b88",
        y=1,
        company="Château La Croix-Maubert",
        role="Maître de chai",
        stage="hiring_manager",
        who="g.roumier@croix-maubert.com",
        trap="calendly-booked-on-estate-director-link",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-5f0c2a71-9e3b-4d8a-b6c4-1a7e9f3d2b88
DTSTAMP:20250128T211903Z
DTSTART:20250203T130000Z
DTEND:20250203T133000Z
SUMMARY:Échange candidature maître de chai between Gaëlle Roumier and Élod
 ie Castaing
ORGANIZER;CN=Gaëlle Roumier:mailto:g.roumier@croix-maubert.com
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Gaëlle Roumier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:g
 .roumier@croix-maubert.com
LOCATION:Gaëlle Roumier will call you at +33 6 71 22 48 90
DESCRIPTION:Event Name: Échange candidature maître de chai\n\nNeed to make
  changes to this event?\nCancel: https://calendly.com/cancellations/5f0c2
 a71-9e3b-4d8a-b6c4-1a7e9f3d2b88\nReschedule: https://calendly.com/resched
 ulings/5f0c2a71-9e3b-4d8a-b6c4-1a7e9f3d2b88\n\nQuestions:\nQuel est votre
  préavis ?\n3 mois\, mais je peux négocier après vendanges\n\nPowered by
  Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="3ab8q0u5l2n7d9ek6t1cjr4pm0@google.com",
        y=1,
        company="Château La Croix-Maubert",
        role="",
        stage="technical",
        who="g.roumier@croix-maubert.com;Louis Fabre",
        trap="degustation-with-consultant-named-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250219T143000
DTEND;TZID=Europe/Paris:20250219T170000
DTSTAMP:20250206T080118Z
ORGANIZER;CN=Gaëlle Roumier:mailto:g.roumier@croix-maubert.com
UID:3ab8q0u5l2n7d9ek6t1cjr4pm0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gaëlle Roumier;X-NUM-GUESTS=0:mailto:g.roumier@croix-maubert.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
CREATED:20250206T080117Z
DESCRIPTION:Suite à notre échange\, je vous propose de venir à la propriét
 é pour une dégustation des cuves et barriques 2024 avec Louis Fabre\, not
 re œnologue conseil. Nous aimerions entendre vos propositions d'assemblag
 e et vos choix d'élevage.\nEnsuite visite du cuvier et échange.\n\nGaëlle
LAST-MODIFIED:20250206T080118Z
LOCATION:Château La Croix-Maubert\, lieu-dit Maubert\, 33330 Saint-Émilion
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Élodie Castaing @ La Croix-Maubert
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000C8E1F04A2B95DB01000000000000000010000000F7A3C2E1",
        y=1,
        company="Château Brane-Lamothe",
        role="Directeur technique",
        stage="technical",
        who="gerard.ponsan@brane-lamothe.com;Stéphane Vidou",
        trap="outlook-blind-tasting-resource-room-sent-by-assistant",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Ponsan, Gérard";SENT-BY="mailto:secretariat@brane-lamothe.co
 m":mailto:gerard.ponsan@brane-lamothe.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;
 CN=Salle de dégustation Orangerie:mailto:salle.orangerie@brane-lamothe.co
 m
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;
 CN=Véhicule de service Clio:mailto:vehicule.clio@brane-lamothe.com
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous avons le plaisir de vous convie
 r à la seconde étape de notre processus de recrutement pour le poste de D
 irecteur technique : une dégustation technique à l'aveugle (vins de la pr
 opriété et de l'appellation Margaux\, 2015 à 2023)\, suivie d'un échange a
 vec M. Ponsan\, gérant\, et M. Stéphane Vidou\, chef de culture.\n\nUn vé
 hicule viendra vous chercher à la gare de Margaux à 8h45 si besoin.\n\nLe
  secrétariat du Château Brane-Lamothe\n
UID:040000008200E00074C5B7101A82E00800000000C8E1F04A2B95DB0100000000000000
 0010000000F7A3C2E1
SUMMARY;LANGUAGE=fr-FR:Dégustation à l'aveugle – 2e étape DT (Mme Castaing)
DTSTART;TZID=W. Europe Standard Time:20250306T090000
DTEND;TZID=W. Europe Standard Time:20250306T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T150338Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de dégustation Orangerie
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="TS-ITW-20250129-000381@haut-verdelais.talent-soft.com",
        y=1,
        company="Château Haut-Verdelais",
        role="Maître de chai (H/F) – CDI",
        stage="recruiter_screen",
        who="recrutement@assurvin-domaines.fr",
        trap="talentsoft-screen-insurance-owned-estate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cegid Talentsoft//Recruiting//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TS-ITW-20250129-000381@haut-verdelais.talent-soft.com
DTSTAMP:20250129T103355Z
DTSTART:20250206T083000Z
DTEND:20250206T091500Z
SUMMARY:Entretien de présélection – Maître de chai (H/F) – CDI – Château
  Haut-Verdelais
ORGANIZER;CN=AssurVin Domaines - Recrutement:mailto:recrutement@assurvin-d
 omaines.fr
ATTENDEE;CN=CASTAING Elodie;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION:Madame CASTAING\,\n\nNous avons bien reçu votre candidature au p
 oste de Maître de chai (H/F) – CDI au Château Haut-Verdelais (Pessac-Léogn
 an\, Grand Cru Classé de Graves)\, propriété d'AssurVin Domaines.\n\nNous
  vous proposons un entretien de présélection téléphonique avec notre ser
 vice recrutement.\n\nRéférence de l'offre : AVD-2025-014\n\nCordialement\,
 \nL'équipe Recrutement AssurVin Domaines
LOCATION:Entretien téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="7hd1p5k9s3b0q2ln8rt6mv4ca1@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="oenologue-visit-degustation-cuves-at-work",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250115T090000
DTEND;TZID=Europe/Paris:20250115T123000
DTSTAMP:20250110T164017Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:7hd1p5k9s3b0q2ln8rt6mv4ca1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Philippe Larrieu;X-NUM-GUESTS=0:mailto:p.larrieu@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc Villeneuve;X-NUM-GUESTS=0:mailto:m.villeneuve@vineo-medoc.fr
CREATED:20250110T164016Z
DESCRIPTION:Passage de Marc (Vinéo) : dégustation cuve par cuve des 2024 a
 près FML\, point sur les SO2 libres et le programme de soutirage / ouilla
 ge. Élodie : sortir les analyses du labo (AV\, AT\, malique) pour les cuv
 es 1 à 18.
LAST-MODIFIED:20250110T164017Z
LOCATION:Cuvier inox
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite œnologue – dégustation 2024 post-FML
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="9ct4h8m2v0k6rb1ps3le7qn5dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="own-entretien-professionnel-appraisal-with-dg",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250130T150000
DTEND;TZID=Europe/Paris:20250130T163000
DTSTAMP:20250116T112201Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:9ct4h8m2v0k6rb1ps3le7qn5dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Philippe Larrieu;X-NUM-GUESTS=0:mailto:p.larrieu@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
CREATED:20250116T112158Z
DESCRIPTION:Entretien professionnel annuel (bilan 2024\, objectifs 2025\, f
 ormation\, évolution). Merci de compléter le support d'entretien envoyé p
 ar Nathalie et de me le retourner 48h avant.\nPhilippe
LAST-MODIFIED:20250116T112201Z
LOCATION:Bureau DG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien professionnel – Élodie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
