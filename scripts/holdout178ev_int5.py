"""holdout178 events, part 5: Montpellier clinics, headhunters, groups and their ATS."""

from holdout178ev_common import iv

EVENTS = [
    (
        "cal-com",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-uRk2v8Qx4NpB7mT1yW0e
DTSTAMP:20251008T154512Z
DTSTART:20251015T113000Z
DTEND:20251015T120000Z
SUMMARY:Appel découverte entre Dr Lucas Fabre et Élodie Vasseur
ORGANIZER;CN=Dr Lucas Fabre:mailto:lucas@veto-arceaux.fr
ATTENDEE;CN=Élodie Vasseur;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:elo
 die.vasseur.veto@orange.fr
DESCRIPTION:Quoi : Appel découverte (30 min)\nQui : Dr Lucas Fabre - Organi
 sateur\, Élodie Vasseur - Invité\nOù : Téléphone +33671234890\nNotes supp
 lémentaires : Candidature au poste de vétérinaire canin - Clinique des Arc
 eaux\, Montpellier. Mobilité envisagée pour l'été.\n\nAnnuler ou replanifi
 er : https://cal.com/booking/uRk2v8Qx4NpB7mT1yW0e
LOCATION:+33671234890
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("calcom-uRk2v8Qx4NpB7mT1yW0e", "Clinique Vétérinaire des Arceaux",
            "vétérinaire canin", "recruiter_screen", "lucas@veto-arceaux.fr",
            "cal-com-discovery-call-user-books")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E7B2C9D1-0F3A-4A68-8C5E-93D1A0F4B627
DTSTAMP:20251112T064501Z
DTSTART:20251119T080000
DTEND:20251119T123000
SUMMARY:Pic St Loup - matinée d'observation
LOCATION:St-Gély-du-Fesc
DESCRIPTION:Dr Rouquette. Demander pour le logement (appart au-dessus clini
 que ?) + rurale mixte ou 100% canine
END:VEVENT
END:VCALENDAR
""",
        [iv("E7B2C9D1-0F3A-4A68-8C5E-93D1A0F4B627", "Vétérinaires du Pic Saint-Loup", "",
            "onsite", "Dr Rouquette", "phone-typed-matinee-observation-floating")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Granier, Pascale":mailto:p.granier@cv-montpelliersud.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Massol, Thier
 ry":mailto:t.massol@cv-montpelliersud.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ribes, Chloé"
 :mailto:c.ribes@cv-montpelliersud.fr
DESCRIPTION;LANGUAGE=fr-FR:Chère consœur\,\n\nLes trois associés seront pré
 sents. Nous aimerions vous présenter le projet d'agrandissement et discuter
  des conditions de votre arrivée comme vétérinaire responsable du pôle can
 in.\nDîner ensuite si vous restez sur Montpellier.\n\nPascale Granier\n
UID:040000008200E00074C5B7101A82E00800000000B7E4D1A52D57DC010000000000000000
 10000000D2C3B4A5968778695A4B3C2D1E0F9081
SUMMARY;LANGUAGE=fr-FR:Rencontre associés / Dr Vasseur
DTSTART;TZID=Romance Standard Time:20251128T183000
DTEND;TZID=Romance Standard Time:20251128T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Centre Vétérinaire Montpellier Sud - salle de réunio
 n
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000B7E4D1A52D57DC010000000000000000"
            "10000000D2C3B4A5968778695A4B3C2D1E0F9081", "Centre Vétérinaire Montpellier Sud",
            "vétérinaire responsable du pôle canin", "final",
            "p.granier@cv-montpelliersud.fr;t.massol@cv-montpelliersud.fr;"
            "c.ribes@cv-montpelliersud.fr", "outlook-rencontre-associes-consoeur")],
    ),
    (
        "agency-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251002T160000Z
DTEND:20251002T163000Z
DTSTAMP:20250929T110245Z
ORGANIZER;CN=Sébastien Marchal:mailto:s.marchal@veto-recrutement.fr
UID:6gq2al9vt4o1m8ces5d0k3bnfh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sébast
 ien Marchal;X-NUM-GUESTS=0:mailto:s.marchal@veto-recrutement.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour Élodie\,\n\nComme convenu\, échange de qualification pou
 r le poste de directrice médicale que je gère pour le Centre Vétérinaire de
  l'Écusson (Montpellier centre\, 6 vétérinaires\, 14 ASV). Je vous présent
 erai la structure\, le package et nous validerons ensemble votre dossier a
 vant transmission aux associés.\n\nJe vous appelle au 06 71 23 48 90.\n\nS
 ébastien Marchal\nConsultant senior - Véto Recrutement\n"Le cabinet des mé
 tiers de la santé animale"
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Élodie Vasseur / Véto Recrutement - poste Directrice médicale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("6gq2al9vt4o1m8ces5d0k3bnfh@google.com", "Centre Vétérinaire de l'Écusson",
            "Directrice médicale", "recruiter_screen", "s.marchal@veto-recrutement.fr",
            "headhunter-names-client-only-in-body")],
    ),
    (
        "agency-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ROMANCE@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Docteur\,\n\nSuite à notre échange LinkedIn\, je vous c
 onfirme notre entretien téléphonique au sujet de l'opportunité de vétérina
 ire canin(e) senior pour mon client\, la Clinique Vétérinaire du Val de Ma
 rque à Villeneuve-d'Ascq (clinique indépendante\, 5 associés).\nMerci de m
 e faire parvenir votre CV à jour d'ici là.\n\nBien cordialement\,\nCaroline
  Duquesne\nProVéto Conseil - Recrutement vétérinaire\n
DTEND;TZID="Romance Standard Time":20250925T124500
DTSTAMP:20250923T160811Z
DTSTART;TZID="Romance Standard Time":20250925T121500
LOCATION:Appel téléphonique - je vous appelle
ORGANIZER;CN="Caroline Duquesne":mailto:c.duquesne@proveto-conseil.fr
ATTENDEE;CN="elodie.vasseur.veto@orange.fr";RSVP=TRUE:mailto:elodie.vasseur.
 veto@orange.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:ProVéto Conseil - Dr Vasseur (entretien tél.)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004F6D8E92A52CDC0100000000000000001
 00000007A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E008000000004F6D8E92A52CDC0100000000000000001"
            "00000007A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D", "Clinique Vétérinaire du Val de Marque",
            "vétérinaire canin(e) senior", "recruiter_screen", "c.duquesne@proveto-conseil.fr",
            "agency-screen-client-named-in-description")],
    ),
    (
        "successfactors",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-000184377-20251006@successfactors.eu
DTSTAMP:20250930T150022Z
DTSTART:20251006T150000Z
DTEND:20251006T154500Z
SUMMARY:Entretien - Directeur(rice) de clinique H/F (Req 4120) - Vasseur Élo
 die
ORGANIZER;CN=Veterinae Recrutement:mailto:sfnoreply@successfactors.eu
ATTENDEE;CN=Vasseur Élodie;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.vass
 eur.veto@orange.fr
ATTENDEE;CN=Morel Amélie;ROLE=REQ-PARTICIPANT:mailto:amelie.morel@veterinae.
 fr
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convier à un entretien
  avec Amélie Morel\, Responsable recrutement\, dans le cadre de votre candi
 dature au poste de Directeur(rice) de clinique H/F - Hauts-de-France.\n\nL
 ien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ5Nj
 Ex\n\nCordialement\,\nLa Direction des Ressources Humaines - Veterinae
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("SF-ISC-000184377-20251006@successfactors.eu", "Veterinae",
            "Directeur(rice) de clinique H/F", "recruiter_screen", "amelie.morel@veterinae.fr",
            "successfactors-group-hr-screen")],
    ),
    (
        "greenhouse",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88120455-3310972@greenhouse.io
DTSTAMP:20251110T092712Z
DTSTART:20251117T130000Z
DTEND:20251117T140000Z
SUMMARY:Élodie Vasseur <> Univet Santé - Clinic Lead Lille (Entretien manag
 er)
ORGANIZER;CN=Univet Santé Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Élodie Vasseur;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.va
 sseur.veto@orange.fr
ATTENDEE;CN=Damien Carpentier;PARTSTAT=ACCEPTED:mailto:damien.carpentier@un
 ivet-sante.com
ATTENDEE;CN=Léa Fournier (Coordination);PARTSTAT=ACCEPTED:mailto:lea.fourn
 ier@univet-sante.com
DESCRIPTION:Bonjour Élodie\,\n\nVotre entretien avec Damien Carpentier (Dir
 ecteur des opérations Nord) est confirmé. Léa Fournier\, coordinatrice rec
 rutement\, ne sera pas présente mais reste votre contact.\n\nGoogle Meet :
  https://meet.google.com/fqi-zkdb-tsn\n\nÀ bientôt\,\nL'équipe Talent Univ
 et Santé
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("greenhouse-interview-88120455-3310972@greenhouse.io", "Univet Santé",
            "Clinic Lead Lille", "hiring_manager", "damien.carpentier@univet-sante.com",
            "greenhouse-coordinator-attendee-not-interviewer")],
    ),
    (
        "recruitee",
        r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-5531209@recruitee.com
DTSTAMP:20251021T084009Z
DTSTART:20251028T090000Z
DTEND:20251028T093000Z
SUMMARY:Interview: Dierenarts / Vétérinaire (Brussel-Bruxelles) - Elodie Vas
 seur
ORGANIZER;CN=Argos Vétérinaire:mailto:notifications@recruiteemail.com
ATTENDEE;CN=Elodie Vasseur;RSVP=TRUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Sofie Janssens:mailto:sofie.janssens@argosvet.be
DESCRIPTION:Bonjour Elodie / Beste Elodie\,\n\nSofie Janssens (HR Business P
 artner) vous appellera pour un premier entretien téléphonique.\nSofie Jans
 sens belt je voor een eerste telefonisch gesprek.\n\nTel: +33 6 71 23 48 9
 0\n\nArgos Vétérinaire / Argos Dierenartsen
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("recruitee-event-5531209@recruitee.com", "Argos Vétérinaire",
            "Dierenarts / Vétérinaire", "recruiter_screen", "sofie.janssens@argosvet.be",
            "recruitee-bilingual-belgian-phone-screen")],
    ),
    (
        "welcome-kit",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-meeting-b91c4e77a2@welcomekit.co
DTSTAMP:20251103T101500Z
DTSTART:20251110T100000Z
DTEND:20251110T110000Z
SUMMARY:[Cap Vétérinaire] Entretien - Élodie Vasseur - Vétérinaire manager
  de site (Paris 15)
ORGANIZER;CN=Cap Vétérinaire:mailto:no-reply@welcomekit.co
ATTENDEE;CN=Élodie Vasseur;RSVP=TRUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Hugo Lesage:mailto:hugo.lesage@capveto.fr
ATTENDEE;CN=Dr Inès Benali:mailto:ines.benali@capveto.fr
DESCRIPTION:Étape : Entretien opérationnel\n\nAvec : Hugo Lesage (Head of O
 ps) et Dr Inès Benali (Directrice médicale)\nLieu : Cap Vétérinaire\, 214
  rue de Vaugirard\, 75015 Paris\n\nEnvoyé via Welcome to the Jungle
LOCATION:214 rue de Vaugirard\, 75015 Paris
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("wk-meeting-b91c4e77a2@welcomekit.co", "Cap Vétérinaire",
            "Vétérinaire manager de site", "hiring_manager",
            "hugo.lesage@capveto.fr;ines.benali@capveto.fr", "welcome-kit-entretien-operationnel")],
    ),
    (
        "goodtime",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7b3e90c1-44af-4d12-8e05-1c9a6f2d3b80@goodtime.io
DTSTAMP:20251016T141122Z
DTSTART:20251024T130000Z
DTEND:20251024T134500Z
SUMMARY:Hill's Pet Nutrition | Veterinary Affairs Manager France | Elodie V
 asseur
ORGANIZER;CN=Hill's Recruiting Coordination:mailto:hills-scheduling@goodtim
 e.io
ATTENDEE;CN=Elodie Vasseur;RSVP=TRUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Laura Bianchi:mailto:laura_bianchi@hillspet.com
DESCRIPTION:Interview Details\n\nCandidate: Elodie Vasseur\nPosition: Veter
 inary Affairs Manager France\nInterviewer: Laura Bianchi\, Head of Veterin
 ary Affairs Southern Europe\n\nJoin Zoom Meeting\nhttps://hillspet.zoom.us/
 j/93300118452\nMeeting ID: 933 0011 8452\nOne tap mobile: +33170372246\,\,93
 300118452#\n\nThis interview was scheduled using GoodTime.
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("gt-7b3e90c1-44af-4d12-8e05-1c9a6f2d3b80@goodtime.io", "Hill's Pet Nutrition",
            "Veterinary Affairs Manager France", "hiring_manager",
            "laura_bianchi@hillspet.com", "goodtime-english-coordination-organizer")],
    ),
]
