# ruff: noqa: E501, W291, W293, RUF100
"""holdout278 events, part A: the five main applications (national museum, Montval, ChromaLab, ESARV, Geneva)."""

from holdout278ev_zones import PARIS_GOOGLE, ROMANCE_OUTLOOK, UTC01_FR_OUTLOOK, WEUROPE_OUTLOOK, ZURICH_GOOGLE

EVENTS = [
    dict(
        kind="ios-handtyped-practical-test",
        uid="6D1E0F3A-8B42-4C7E-9A15-2F7B3C9E1D04",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251006T191204Z
DTEND:20251104T133000
DTSTAMP:20251006T191432Z
DTSTART:20251104T093000
LAST-MODIFIED:20251006T191432Z
LOCATION:Musée Hubert-Robert\, entrée du personnel\, 9 rue des Tanneurs-Vi
 eux\, Paris 3e
SEQUENCE:0
SUMMARY:Épreuve pratique MNHR (restauratrice peintures)
DESCRIPTION:Convoc RH : arriver 9h15\, pièce d'identité. Examen d'un table
 au + rédaction constat d'état et proposition de traitement (3h\, sans doc)
 . Apporter blouse\, loupe frontale\, lampe UV perso. 
TRANSP:OPAQUE
UID:6D1E0F3A-8B42-4C7E-9A15-2F7B3C9E1D04
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H30M
UID:0B9D3C8E-71A4-4F02-8E55-6A2D9F4C1B77
X-WR-ALARMUID:0B9D3C8E-71A4-4F02-8E55-6A2D9F4C1B77
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée national Hubert-Robert",
        role="restauratrice peintures",
        stage="technical",
        interviewers="",
        trap="concours-practical-test-handtyped-floating",
        hiring=False,
    ),
    dict(
        kind="outlook-jury-audition",
        uid="040000008200E00074C5B7101A82E00800000000F0C3A1D2E94ADC010000000000000000100000004B7E2A91C0D34F5BA6E81F29D3C7A105",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Recrutement MNHR;SENT-BY="mailto:sylvie.pasquier@musee-hubert-
 robert.example.fr":mailto:recrutement@musee-hubert-robert.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ollivier,
  Bertrand":mailto:bertrand.ollivier@musee-hubert-robert.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferhat, N
 adia":mailto:nadia.ferhat@musee-hubert-robert.example.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul-Émile
  Sarrazin:mailto:pe.sarrazin@sarrazin-restauration.example.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN
 =MNHR - Salle du Conseil (12 pl.):mailto:salle.conseil@musee-hubert-robert
 .example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à l'examen de votre dossier e
 t à l'épreuve pratique du 4 novembre\, nous avons le plaisir de vous convo
 quer à l'audition devant le jury de recrutement pour le poste de restaurat
 eur/restauratrice de peintures (contrat de 3 ans\, catégorie A).\n\nL'audi
 tion durera 40 minutes : présentation de votre parcours et de vos motivati
 ons (10 min)\, puis échange avec le jury.\n\nComposition du jury : M. Bert
 rand Ollivier\, directeur des collections (président)\; Mme Nadia Ferhat\,
  conservatrice du patrimoine\, département des Peintures\; M. Paul-Émile S
 arrazin\, restaurateur de peintures\, personnalité extérieure.\n\nMerci de
  vous présenter 15 minutes avant l'heure à l'accueil du personnel\, munie 
 d'une pièce d'identité.\n\nBien cordialement\,\n\nSylvie Pasquier\nBureau 
 du recrutement et des concours\nMusée national Hubert-Robert\n01 84 60 27 
 13\n
UID:040000008200E00074C5B7101A82E00800000000F0C3A1D2E94ADC01000000000000000
 0100000004B7E2A91C0D34F5BA6E81F29D3C7A105
SUMMARY;LANGUAGE=fr-FR:Convocation – Audition jury – Restaurateur/restaura
 trice de peintures
DTSTART;TZID=Romance Standard Time:20251118T140000
DTEND;TZID=Romance Standard Time:20251118T144000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MNHR - Salle du Conseil (12 pl.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTSEQ:0
X-MICROSOFT-CDO-OWNERAPPTID:2124637712
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée national Hubert-Robert",
        role="Restaurateur/restauratrice de peintures",
        stage="final",
        interviewers="bertrand.ollivier@musee-hubert-robert.example.fr;nadia.ferhat@musee-hubert-robert.example.fr;pe.sarrazin@sarrazin-restauration.example.fr",
        trap="outlook-jury-audition-sent-by-room",
        hiring=False,
    ),
    dict(
        kind="outlook-jury-audition-update",
        uid="040000008200E00074C5B7101A82E00800000000F0C3A1D2E94ADC010000000000000000100000004B7E2A91C0D34F5BA6E81F29D3C7A105",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Recrutement MNHR;SENT-BY="mailto:sylvie.pasquier@musee-hubert-
 robert.example.fr":mailto:recrutement@musee-hubert-robert.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=helene.marchet
 ti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ollivier,
  Bertrand":mailto:bertrand.ollivier@musee-hubert-robert.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferhat, N
 adia":mailto:nadia.ferhat@musee-hubert-robert.example.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul-Émile
  Sarrazin:mailto:pe.sarrazin@sarrazin-restauration.example.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN
 =MNHR - Salle du Conseil (12 pl.):mailto:salle.conseil@musee-hubert-robert
 .example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNOUVELLE DATE : en raison de l'indi
 sponibilité d'un membre du jury\, votre audition pour le poste de restaura
 teur/restauratrice de peintures est reportée au mardi 25 novembre à 10h30
 . Le déroulé est inchangé (40 minutes\, dont 10 minutes de présentation).\n
 \nComposition du jury : M. Bertrand Ollivier (président)\, Mme Nadia Ferha
 t\, M. Paul-Émile Sarrazin.\n\nNous vous prions de nous excuser pour ce co
 ntretemps.\n\nSylvie Pasquier\nBureau du recrutement et des concours\nMusé
 e national Hubert-Robert\n
UID:040000008200E00074C5B7101A82E00800000000F0C3A1D2E94ADC01000000000000000
 0100000004B7E2A91C0D34F5BA6E81F29D3C7A105
SUMMARY;LANGUAGE=fr-FR:Convocation – Audition jury – Restaurateur/restaura
 trice de peintures
DTSTART;TZID=Romance Standard Time:20251125T103000
DTEND;TZID=Romance Standard Time:20251125T111000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T163009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:MNHR - Salle du Conseil (12 pl.)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQ:1
X-MICROSOFT-CDO-OWNERAPPTID:2124637712
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée national Hubert-Robert",
        role="restaurateur/restauratrice de peintures",
        stage="final",
        interviewers="bertrand.ollivier@musee-hubert-robert.example.fr;nadia.ferhat@musee-hubert-robert.example.fr;pe.sarrazin@sarrazin-restauration.example.fr",
        trap="outlook-jury-audition-rescheduled-sequence-1",
        hiring=False,
    ),
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000A07E5B3C4D3ADC0100000000000000001000000091C2D4E6F8A04B1C9D2E3F405162738A",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC01_FR_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Lemaire, Christine":mailto:christine.lemaire@ville-montval.ex
 ample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Marchetti-Roux\,\n\nComme conven
 u par téléphone\, je vous appellerai au 06 71 28 44 90 pour un premier éch
 ange d'environ 30 minutes concernant votre candidature au poste de Respons
 able du pôle conservation-restauration du Musée des Beaux-Arts (réf. 2025-
 CULT-117\, cadre d'emplois des attachés territoriaux de conservation du pa
 trimoine).\n\nCordialement\,\n\nChristine Lemaire\nChargée de recrutement
  – Direction des Ressources Humaines\nVille de Montval\n\n
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique de présélection - Responsabl
 e du pôle conservation-restauration (MBA)
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251015T1
 10000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251015T113
 000
UID:040000008200E00074C5B7101A82E00800000000A07E5B3C4D3ADC01000000000000000
 01000000091C2D4E6F8A04B1C9D2E3F405162738A
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T085744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Appel téléphonique
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta name="Generator" content="Mi
 crosoft Exchange Server"></head><body><p>Bonjour Madame Marchetti-Roux\,</
 p><p>Comme convenu par téléphone\, je vous appellerai au 06 71 28 44 90 po
 ur un premier échange d'environ 30 minutes concernant votre candidature au
  poste de <b>Responsable du pôle conservation-restauration</b> du Musée de
 s Beaux-Arts (réf. 2025-CULT-117).</p><p>Cordialement\,</p><p>Christine Le
 maire<br>Chargée de recrutement – Direction des Ressources Humaines<br>Vil
 le de Montval</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOSTARTCHECK:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des Beaux-Arts de Montval",
        role="Responsable du pôle conservation-restauration",
        stage="recruiter_screen",
        interviewers="christine.lemaire@ville-montval.example.fr",
        trap="french-outlook-utc-zone-name-city-hr-phone-screen",
        hiring=False,
    ),
    dict(
        kind="outlook-recruitment-jury",
        uid="040000008200E00074C5B7101A82E008000000006C1D9E2A8B45DC01000000000000000010000000D3E4F5A6B7C8490A1B2C3D4E5F607182",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC01_FR_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Lemaire, Christine":mailto:christine.lemaire@ville-montval.ex
 ample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vidal, Jean-M
 arc":mailto:jean-marc.vidal@ville-montval.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kerbrat, Anne
 -Sophie":mailto:anne-sophie.kerbrat@ville-montval.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Rolland, Mon
 ique":mailto:monique.rolland@ville-montval.example.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN=HDV - Salle des Commissions (RDC):mailto:hdv.salle.commissions@ville-mo
 ntval.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nVotre candidature a été retenue. No
 us vous prions de bien vouloir vous présenter devant le jury de recrutemen
 t pour le poste de Responsable du pôle conservation-restauration du Musée 
 des Beaux-Arts de Montval.\n\nDéroulé :\n- 30 min de préparation d'un cas
  pratique (plan de sauvegarde des collections en cas d'inondation des rése
 rves)\n- 10 min de présentation au jury\n- 35 min d'entretien\n\nLe jury s
 era composé de M. Jean-Marc Vidal (DGA Culture et Patrimoine)\, Mme Anne-S
 ophie Kerbrat (directrice des musées) et Mme Monique Rolland (adjointe au 
 Maire déléguée à la culture).\n\nHôtel de Ville\, 1 place de la Républiqu
 e\, Montval – se présenter à l'accueil du 1er étage.\n\nChristine Lemaire\
 nDRH – Ville de Montval\n
SUMMARY;LANGUAGE=fr-FR:Jury de recrutement – Resp. pôle conservation-resta
 uration MBA – H. MARCHETTI-ROUX
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251106T0
 91500
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251106T103
 000
UID:040000008200E00074C5B7101A82E008000000006C1D9E2A8B45DC01000000000000000
 010000000D3E4F5A6B7C8490A1B2C3D4E5F607182
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T140211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:HDV - Salle des Commissions (RDC)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des Beaux-Arts de Montval",
        role="Responsable du pôle conservation-restauration",
        stage="onsite",
        interviewers="jean-marc.vidal@ville-montval.example.fr;anne-sophie.kerbrat@ville-montval.example.fr;monique.rolland@ville-montval.example.fr",
        trap="collectivite-jury-with-case-study-resource-attendee",
        hiring=False,
    ),
    dict(
        kind="outlook-final-direction",
        uid="040000008200E00074C5B7101A82E00800000000B2F48C6D1E51DC0100000000000000001000000028A9B7C6D5E4F3021F0E1D2C3B4A5968",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Tessier, Olivier";SENT-BY="mailto:secretariat.dgs@ville-montv
 al.example.fr":mailto:olivier.tessier@ville-montval.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kerbrat, Anne
 -Sophie":mailto:anne-sophie.kerbrat@ville-montval.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nÀ la suite de votre audition par le
  jury le 6 novembre\, M. Olivier Tessier\, Directeur général des services\
 , et Mme Anne-Sophie Kerbrat\, directrice des musées\, souhaitent vous ren
 contrer pour un dernier entretien avant décision.\n\nBureau du DGS – Hôtel
  de Ville\, 2e étage.\n\nPour le Secrétariat de la Direction générale\nNa
 thalie Rigaud\n
SUMMARY;LANGUAGE=fr-FR:Entretien avec la Direction générale – Mme Marchett
 i-Roux
DTSTART:20251202T083000Z
DTEND:20251202T091500Z
UID:040000008200E00074C5B7101A82E00800000000B2F48C6D1E51DC01000000000000000
 01000000028A9B7C6D5E4F3021F0E1D2C3B4A5968
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T152246Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hôtel de Ville de Montval - Bureau du DGS
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des Beaux-Arts de Montval",
        role="",
        stage="final",
        interviewers="olivier.tessier@ville-montval.example.fr;anne-sophie.kerbrat@ville-montval.example.fr",
        trap="entretien-avec-la-direction-utc-sent-by-secretariat",
        hiring=False,
    ),
    dict(
        kind="teams-agency-screen",
        uid="040000008200E00074C5B7101A82E0080000000047A1C3E5F73BDC0100000000000000001000000064B8D2F0A1C34E5F8091A2B3C4D5E6F7",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Masson, Aurélie":mailto:aurelie.masson@verlaine-recrutement.e
 xample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Hélène\,\n\nJe vous confirme notre entr
 etien en visio concernant le poste de Conservation Scientist (CDI\, Saint-
 Ouen) que nous accompagnons pour notre client ChromaLab Patrimoine\, labor
 atoire privé d'analyses scientifiques appliquées aux œuvres d'art.\n\nAu p
 lus tôt\,\nAurélie Masson\nConsultante senior – Cabinet Verlaine Recrute
 ment\n+33 1 76 41 93 08\n\n_____________________________________________
 ___________________________________\nRéunion Microsoft Teams\nRejoindre s
 ur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici
  pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_ZjQ1NzY4MmQtYjE2Ni00ZWQ3LTk1NzgtM2E0ZTFmYjI5OGNk%40thread.v2/0
 ?context=%7b%22Tid%22%3a%22a91c2e44-6b1d-4f3e-9c22-1d7e0b5a8f31%22%7d>\nI
 D de la réunion : 372 615 948 207\nCode secret : Wq7Sp3\nTélécharger Team
 s<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindr
 e sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nEn
  savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https:/
 /teams.microsoft.com/meetingOptions/>\n__________________________________
 ______________________________________________\n
SUMMARY;LANGUAGE=fr-FR:Entretien Cabinet Verlaine – Conservation Scientist
  (client ChromaLab Patrimoine) – H. Marchetti-Roux
DTSTART;TZID=Romance Standard Time:20251009T170000
DTEND;TZID=Romance Standard Time:20251009T174500
UID:040000008200E00074C5B7101A82E0080000000047A1C3E5F73BDC01000000000000000
 01000000064B8D2F0A1C34E5F8091A2B3C4D5E6F7
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T112055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZjQ1NzY4MmQtYjE2Ni00ZWQ3LTk1NzgtM2E0ZTFmYjI5OGNk%40thread.v2/
 0?context=%7b%22Tid%22%3a%22a91c2e44-6b1d-4f3e-9c22-1d7e0b5a8f31%22%7d
X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.co
 m/teamsforbusiness/ffc9a1b2-33d4-4e5f-8a6b-7c8d9e0f1a2b
X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_ZjQ1NzY4MmQtYjE2Ni00ZWQ
 3LTk1NzgtM2E0ZTFmYjI5OGNk@thread.v2"\,"rid":0\,"mid":0\,"uid":null\,"priv
 ate":true\,"type":0}
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:aurelie.masson@verlaine-recrute
 ment.example.fr\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjQ1N
 zY4MmQtYjE2Ni00ZWQ3LTk1NzgtM2E0ZTFmYjI5OGNk-thread.v2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ChromaLab Patrimoine",
        role="Conservation Scientist",
        stage="recruiter_screen",
        interviewers="aurelie.masson@verlaine-recrutement.example.fr",
        trap="cabinet-de-recrutement-names-client-windows-zone-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="google-case-study",
        uid="3v8k1q0mfl2b7c9t5e6r4h2jx0@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251021T140000
DTEND;TZID=Europe/Paris:20251021T153000
DTSTAMP:20251013T091207Z
ORGANIZER;CN=Karim Benali:mailto:karim.benali@chromalab-patrimoine.example.fr
UID:3v8k1q0mfl2b7c9t5e6r4h2jx0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Karim Benali;X-NUM-GUESTS=0:mailto:karim.benali@chromalab-patrimoine.e
 xample.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julie Tran;X-NUM-GUESTS=0:mailto:julie.tran@chromalab-patrimoine.examp
 le.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/xbr-tqkd-pme
CREATED:20251013T091205Z
DESCRIPTION:Bonjour Hélène\,<br><br>Comme annoncé par Aurélie (Cabinet Ver
 laine)\, voici le créneau pour l'étude de cas du poste de Conservation Sci
 entist.<br><br>Au programme : interprétation d'un jeu de données réel (ca
 rtographies MA-XRF\, spectres FTIR\, deux coupes stratigraphiques) sur un
  tableau du XVIIe siècle\, puis 30 min de restitution et questions avec J
 ulie et moi. Les fichiers vous seront envoyés 48 h avant.<br><br>À bientô
 t\,<br>Karim Benali<br>Responsable R&amp\;D – ChromaLab Patrimoine\n\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-\nParticiper avec Google Meet : https://meet.google.com/xbr-tqk
 d-pme\nOu appeler le : (FR) +33 1 87 40 52 19 Code : 604 881 372#\nAutres 
 numéros de téléphone : https://tel.meet/xbr-tqkd-pme?pin=5530197246618\n\n
 Pour en savoir plus sur Meet : https://support.google.com/a/users/answer/9
 282720\n\nVeuillez ne pas modifier cette section.\n-::~:~::~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251013T091206Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Étude de cas – Conservation Scientist – Hélène Marchetti-Roux
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ChromaLab Patrimoine",
        role="Conservation Scientist",
        stage="technical",
        interviewers="karim.benali@chromalab-patrimoine.example.fr;julie.tran@chromalab-patrimoine.example.fr",
        trap="google-meet-data-interpretation-case-study",
        hiring=False,
    ),
    dict(
        kind="google-founder-freemail-final",
        uid="0q7s2mcn5kd1o3b8vtr6a4e9hl@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251030T113000
DTEND;TZID=Europe/Paris:20251030T140000
DTSTAMP:20251024T194412Z
ORGANIZER;CN=Etienne Faure-Garnier:mailto:etienne.faure.garnier@gmail.com
UID:0q7s2mcn5kd1o3b8vtr6a4e9hl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Etienne Faure-Garnier;X-NUM-GUESTS=0:mailto:etienne.faure.garnier@gmai
 l.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:helene.marchetti.roux@
 free.fr
CREATED:20251024T194410Z
DESCRIPTION:Chère Hélène\, Karim et Julie m'ont fait un très bon retour de
  votre étude de cas. Je vous propose qu'on se voie pour un dernier échange
  avant de vous faire une proposition : visite du labo (bâtiment B\, 2e ét
 .) puis déjeuner ensemble. Bien à vous\, Etienne\n\n-::~:~::~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nIn
 vitation from Google Calendar: https://calendar.google.com/calendar/\n\nYo
 u are receiving this email because you are an attendee on the event. To s
 top receiving future updates for this event\, decline this event.\n\nForwa
 rding this invitation could allow any recipient to send a response to the
  organizer\, be added to the guest list\, invite others regardless of the
 ir own invitation status\, or modify your RSVP.\n\nLearn more https://sup
 port.google.com/calendar/answer/37135#forwarding\n-::~:~::~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251024T194411Z
LOCATION:ChromaLab Patrimoine\, 41 rue du Docteur-Bauer-Neuve\, 93400 Sain
 t-Ouen-sur-Seine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ChromaLab – dernier échange Hélène / Etienne (labo + déjeuner)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ChromaLab Patrimoine",
        role="",
        stage="final",
        interviewers="etienne.faure.garnier@gmail.com",
        trap="founder-gmail-final-lunch-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="flatchr-trial-lesson",
        uid="flatchr-evt-5f8a21c7-2b9d-4e63-a0f4-8c1e7d3b6a92",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Planification entretiens//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-5f8a21c7-2b9d-4e63-a0f4-8c1e7d3b6a92
DTSTAMP:20251016T080314Z
DTSTART:20251027T130000Z
DTEND:20251027T143000Z
SUMMARY:Leçon d'essai + entretien pédagogique – Enseignant(e) en restaurat
 ion de peintures – Hélène MARCHETTI-ROUX
ORGANIZER;CN=ESARV Recrutement:mailto:recrutement@esarv.example.fr
ATTENDEE;CN=Hélène MARCHETTI-ROUX;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Mathilde Cordier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :m.cordier@esarv.example.fr
ATTENDEE;CN=Laure Bastide;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:l.
 bastide@esarv.example.fr
LOCATION:ESARV – 58 rue Vaugirard-Prolongée\, 75015 Paris – Atelier Peint
 ure (4e étage)
DESCRIPTION:Bonjour Hélène\,\n\nNous avons le plaisir de vous inviter à la
  seconde étape du recrutement pour le poste d'Enseignant(e) en restauratio
 n de peintures (CDI\, mi-temps\, ateliers de 3e et 4e années).\n\n1) Leçon
  d'essai (30 min) devant un groupe d'étudiants de 4e année. Sujet : « Le 
 refixage des couches picturales soulevées : choix des adhésifs et des mét
 hodes ».\n2) Entretien pédagogique (45 min) avec Mathilde Cordier\, direct
 rice des études\, et Laure Bastide\, responsable de la spécialité Peinture
 .\n\nVidéoprojecteur disponible\; merci d'apporter votre présentation sur 
 clé USB.\n\nL'équipe recrutement ESARV\n\n--\nÉvénement planifié via Flatc
 hr – ne pas répondre à ce message.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ESARV",
        role="Enseignant(e) en restauration de peintures",
        stage="technical",
        interviewers="m.cordier@esarv.example.fr;l.bastide@esarv.example.fr",
        trap="french-ats-teaching-trial-lesson-utc",
        hiring=False,
    ),
    dict(
        kind="zoom-director-talk",
        uid="ZOOM84512937760-0Q2bT9",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTAMP:20251104T102933Z
DTSTART;TZID=Europe/Paris:20251112T180000
DTEND;TZID=Europe/Paris:20251112T184500
SUMMARY:Entretien avec Renaud Aubertin (directeur ESARV) - poste d'enseign
 ante peinture
UID:ZOOM84512937760-0Q2bT9
TZID:Europe/Paris
DESCRIPTION:Renaud Aubertin vous invite à une réunion Zoom planifiée.\n\nR
 ejoindre la réunion Zoom\nhttps://us06web.zoom.us/j/84512937760?pwd=Qm9zW
 kR1bEhKc0ZyN2pUT2h3VnBtdz09\n\nID de réunion: 845 1293 7760\nCode secret:
  417285\n\n---\n\nUne seule touche sur l'appareil mobile\n+33170372246\,\,8
 4512937760#\,\,\,\,*417285# France\n\nRejoindre par téléphone\n• +33 1 70 
 37 22 46 France\n\nID de réunion: 845 1293 7760\nCode secret: 417285\n\n
LOCATION:https://us06web.zoom.us/j/84512937760?pwd=Qm9zWkR1bEhKc0ZyN2pUT2h
 3VnBtdz09
ORGANIZER;CN=Renaud Aubertin:mailto:renaud.aubertin@esarv.example.fr
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ESARV",
        role="enseignante peinture",
        stage="hiring_manager",
        interviewers="renaud.aubertin@esarv.example.fr",
        trap="zoom-publish-no-attendees-school-director",
        hiring=False,
    ),
    dict(
        kind="successfactors-phone-screen",
        uid="SF-INT-25-0412-7731-40c9b2e1",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH_GOOGLE
        + r"""BEGIN:VEVENT
UID:SF-INT-25-0412-7731-40c9b2e1
DTSTAMP:20251001T121510Z
DTSTART;TZID=Europe/Zurich:20251008T090000
DTEND;TZID=Europe/Zurich:20251008T093000
SUMMARY:Entretien téléphonique : Restaurateur-trice de peintures à 80% (R
 éf. 25-0412)
ORGANIZER;CN=Valérie Schaller:mailto:valerie.schaller@mbal-geneve.example.ch
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Valérie Schaller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 valerie.schaller@mbal-geneve.example.ch
LOCATION:Téléphone – Mme Schaller vous appellera au +33 6 71 28 44 90
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous confirmer un premier
  entretien téléphonique concernant votre postulation au poste de Restaura
 teur-trice de peintures à 80% au Musée des Beaux-Arts du Léman (MBAL)\, Ge
 nève.\n\nDurée : environ 30 minutes.\nInterlocutrice : Mme Valérie Schalle
 r\, gestionnaire RH.\n\nNous vous prions d'agréer\, Madame\, nos salutatio
 ns distinguées.\n\nService des ressources humaines – MBAL\n\nCe message a 
 été généré automatiquement par SAP SuccessFactors Recruiting.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des Beaux-Arts du Léman",
        role="Restaurateur-trice de peintures à 80%",
        stage="recruiter_screen",
        interviewers="valerie.schaller@mbal-geneve.example.ch",
        trap="swiss-french-successfactors-postulation",
        hiring=False,
    ),
    dict(
        kind="outlook-swiss-first-round",
        uid="040000008200E00074C5B7101A82E008000000005D9C7B1A3F40DC01000000000000000010000000E1F2A3B4C5D6478899AABBCCDDEEFF01",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEUROPE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Rochat, Isabelle":mailto:isabelle.rochat@mbal-geneve.example.
 ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Berset, Marc-
 Antoine":mailto:marc-antoine.berset@mbal-geneve.example.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nSuite à votre entretien téléphoniqu
 e avec Mme Schaller\, nous avons le plaisir de vous convier à un premier e
 ntretien par visioconférence pour le poste de restaurateur-trice de peint
 ures (taux d'activité 80%).\n\nVous vous entretiendrez avec Dr Isabelle Ro
 chat\, conservatrice responsable des Beaux-Arts\, et M. Marc-Antoine Berse
 t\, responsable de l'atelier de restauration.\n\nMeilleures salutations\n\n
 ________________________________________________________________________
 ________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, appli
 cation mobile ou appareil de salle\nCliquez ici pour participer à la réun
 ion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4YjZmZDItMGM
 zYS00YjA1LWFhNzItOWQ0ZTY4MjFiNTQx%40thread.v2/0?context=%7b%22Tid%22%3a%2
 27f3a9c12-5e6b-4d8a-b1c0-2e4f6a8b0c1d%22%7d>\nID de la réunion : 318 204 
 557 691\nCode secret : dR9vK2\n___________________________________________
 _____________________________________\n
SUMMARY;LANGUAGE=fr-CH:1er entretien – Restaurateur-trice de peintures 80%
  – Mme Marchetti-Roux
DTSTART;TZID=W. Europe Standard Time:20251023T100000
DTEND;TZID=W. Europe Standard Time:20251023T110000
UID:040000008200E00074C5B7101A82E008000000005D9C7B1A3F40DC01000000000000000
 010000000E1F2A3B4C5D6478899AABBCCDDEEFF01
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T134408Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NmE4YjZmZDItMGMzYS00YjA1LWFhNzItOWQ0ZTY4MjFiNTQx%40thread.v2/
 0?context=%7b%22Tid%22%3a%227f3a9c12-5e6b-4d8a-b1c0-2e4f6a8b0c1d%22%7d
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des Beaux-Arts du Léman",
        role="restaurateur-trice de peintures",
        stage="hiring_manager",
        interviewers="isabelle.rochat@mbal-geneve.example.ch;marc-antoine.berset@mbal-geneve.example.ch",
        trap="w-europe-standard-time-geneva-teams",
        hiring=False,
    ),
    dict(
        kind="outlook-swiss-second-round",
        uid="040000008200E00074C5B7101A82E00800000000C8A3E4F1B657DC0100000000000000001000000077A8B9C0D1E24F3A5B6C7D8E9F0A1B2C",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Rochat, Isabelle":mailto:isabelle.rochat@mbal-geneve.example.
 ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Berset, Marc-
 Antoine":mailto:marc-antoine.berset@mbal-geneve.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gachet, Laure
 nt":mailto:laurent.gachet@mbal-geneve.example.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=M
 BAL Atelier restauration 2:mailto:atelier.restauration2@mbal-geneve.exampl
 e.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nNous avons le plaisir de vous convi
 er au second tour pour le poste de restaurateur-trice de peintures à 80%.
 \n\n09h00–11h00 : épreuve pratique à l'atelier (diagnostic d'une toile du 
 XIXe siècle et proposition de traitement chiffrée)\n11h15–12h15 : entreti
 en final avec M. Laurent Gachet\, directeur\, Dr Isabelle Rochat et M. Mar
 c-Antoine Berset.\n\nMerci de vous munir d'une pièce d'identité. Les frais
  de déplacement depuis Paris sont pris en charge sur présentation des jus
 tificatifs.\n\nMeilleures salutations\nIsabelle Rochat\n
SUMMARY;LANGUAGE=fr-CH:2e tour : épreuve pratique + entretien final (Rest
 aurateur-trice de peintures)
DTSTART;TZID=W. Europe Standard Time:20251113T090000
DTEND;TZID=W. Europe Standard Time:20251113T121500
UID:040000008200E00074C5B7101A82E00800000000C8A3E4F1B657DC01000000000000000
 01000000077A8B9C0D1E24F3A5B6C7D8E9F0A1B2C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T081930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MBAL\, chemin des Pâquis-Verts 12\, 1202 Genève
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des Beaux-Arts du Léman",
        role="restaurateur-trice de peintures à 80%",
        stage="final",
        interviewers="isabelle.rochat@mbal-geneve.example.ch;marc-antoine.berset@mbal-geneve.example.ch;laurent.gachet@mbal-geneve.example.ch",
        trap="w-europe-zone-without-vtimezone-practical-plus-final",
        hiring=False,
    ),
]
