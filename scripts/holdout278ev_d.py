# ruff: noqa: E501, W291, W293, RUF100
"""holdout278 events, part D: negatives with the user on the hiring or assessing side (juries, interns, scorecards)."""

from holdout278ev_zones import PARIS_GOOGLE, ROMANCE_OUTLOOK, WEUROPE_OUTLOOK

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NEG,
        kind="outlook-diploma-jury",
        uid="040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB010000000000000000100000007766554433221100FFEEDDCCBBAA9988",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Scolarité IRBCP:mailto:scolarite@irbcp.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marchetti
 -Roux, Hélène":mailto:h.marchetti@atelier-restauration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duhamel, Fran
 çois":mailto:francois.duhamel@irbcp.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okonkwo, Adaez
 e":mailto:adaeze.okonkwo@irbcp.example.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=I
 RBCP - Amphi Chaptal:mailto:amphi.chaptal@irbcp.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous vous remercions d'avoir accept
 é de siéger au jury de soutenance des mémoires de fin d'études (diplôme d
 e conservateur-restaurateur\, spécialité Peinture).\n\nOrdre de passage :
 \n09h00 – Lucie Garnier : « Le rentoilage à la cire-résine au XXe siècle 
 : étude et dérestauration d'un portrait de l'école de Lyon »\n10h15 – Max
 ime Royer : « Vernis synthétiques et retouches : vieillissement comparé »
 \n11h30 – Salomé Petit : « Un décor peint sur toile marouflée : diagnosti
 c et traitement »\n\nChaque candidat présente 30 min\, suivies de 30 min d
 e questions du jury. Grille d'évaluation et mémoires sur l'espace partagé
 .\n\nService de la scolarité – IRBCP\n
SUMMARY;LANGUAGE=fr-FR:Jury de soutenance – mémoires de fin d'études – spé
 cialité Peinture
DTSTART;TZID=Romance Standard Time:20251205T090000
DTEND;TZID=Romance Standard Time:20251205T130000
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000
 0100000007766554433221100FFEEDDCCBBAA9988
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T090013Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:IRBCP - Amphi Chaptal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-diploma-thesis-jury",
    ),
    dict(
        NEG,
        kind="ios-handtyped-intern-interview",
        uid="4B8E2D61-7A3C-4F90-B1E5-D92C0A6F3B78",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251114T072010Z
DTEND:20251119T124500
DTSTAMP:20251114T072233Z
DTSTART:20251119T121500
LAST-MODIFIED:20251114T072233Z
SEQUENCE:0
SUMMARY:Entretien stagiaire – Camille N. (M1 CR) – visio
DESCRIPTION:CV + portfolio dans son mail du 12/11. Lui demander : dispo m
 ars-juin\, retouche\, stage précédent chez Lefort. Convention à signer pa
 r l'atelier.
TRANSP:OPAQUE
UID:4B8E2D61-7A3C-4F90-B1E5-D92C0A6F3B78
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-intern-handtyped-floating",
    ),
    dict(
        NEG,
        kind="calendly-host-notification",
        uid="a7d3c9e1-4f26-4b08-8e5c-2b1f0d9a6c34",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
UID:a7d3c9e1-4f26-4b08-8e5c-2b1f0d9a6c34
DTSTAMP:20251120T090455Z
DTSTART;TZID=Europe/Paris:20251126T173000
DTEND;TZID=Europe/Paris:20251126T180000
SUMMARY:Lucas Ferrand et Hélène Marchetti-Roux – Entretien candidature st
 age (30 min)
ORGANIZER;CN=Hélène Marchetti-Roux:mailto:h.marchetti@atelier-restauration
 -paris.example.fr
ATTENDEE;CN=Lucas Ferrand;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luc
 as.ferrand@etu-sorbonne-nord.example.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:m
 ailto:h.marchetti@atelier-restauration-paris.example.fr
LOCATION:Atelier Restauration Paris\, 17 passage des Doreurs\, 75011 Paris
DESCRIPTION:Nouvel événement planifié\n\nNom de l'événement : Entretien ca
 ndidature stage (30 min)\n\nInvité : Lucas Ferrand\nE-mail de l'invité : l
 ucas.ferrand@etu-sorbonne-nord.example.fr\n\nQuestions :\nÉtablissement 
 et niveau : Master 1 conservation-restauration des biens culturels\nPério
 de de stage souhaitée : avril – juillet 2026\n\nVoir l'événement dans Cal
 endly : https://calendly.com/app/scheduled_events/user/me\n\nPropulsé par
  Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-calendly-host-new-event",
    ),
    dict(
        NEG,
        kind="gmail-candidate-reply",
        uid="040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC01000000000000000010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251203T153000Z
DTEND:20251203T161500Z
DTSTAMP:20251126T192203Z
ORGANIZER;CN="Marchetti-Roux, Hélène":mailto:h.marchetti@atelier-restaurat
 ion-paris.example.fr
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC01000000000000000
 010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inès B
 arbier;X-NUM-GUESTS=0:mailto:ines.barbier.cr@gmail.com
COMMENT:Merci beaucoup\, je serai là ! Je viendrai avec mon portfolio. In
 ès
CREATED:20251126T191955Z
DESCRIPTION:Entretien pour le stage d'été 2026 à l'atelier (6 semaines\, p
 einture de chevalet).
LAST-MODIFIED:20251126T192203Z
LOCATION:Atelier Restauration Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien stage été 2026 – Inès Barbier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-accepted-reply",
    ),
    dict(
        NEG,
        kind="google-entrance-exam-examiner",
        uid="2e6r0t4y8u1i5o9p3a7s1d5f9g@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260211T083000
DTEND;TZID=Europe/Paris:20260211T170000
DTSTAMP:20251208T103341Z
ORGANIZER;CN=Concours IRBCP:mailto:concours@irbcp.example.fr
UID:2e6r0t4y8u1i5o9p3a7s1d5f9g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=François Duhamel;X-NUM-GUESTS=0:mailto:francois.duhamel@irbcp.example
 .fr
CREATED:20251208T103339Z
DESCRIPTION:Chère collègue\,\n\nVous êtes désignée examinatrice pour l'épr
 euve pratique d'admissibilité du concours d'entrée (copie d'après modèle 
 et dessin d'observation\, 6 h). 24 candidats répartis en deux salles\; no
 tation sur la grille commune\, harmonisation à 16h30.\n\nBureau des concou
 rs – IRBCP
LAST-MODIFIED:20251208T103340Z
LOCATION:IRBCP – ateliers du 2e étage
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Concours d'entrée 2026 – épreuve pratique – examinatrice
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-entrance-exam-examiner",
    ),
    dict(
        NEG,
        kind="thunderbird-scorecard-block",
        uid="5c0e8a36-9b14-4d72-a3f8-6e1d2c7b0a95",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
CREATED:20251208T171502Z
LAST-MODIFIED:20251208T171540Z
DTSTAMP:20251208T171540Z
UID:5c0e8a36-9b14-4d72-a3f8-6e1d2c7b0a95
SUMMARY:Remplir grilles d'évaluation – candidats assistant·e d'atelier (5)
DTSTART;TZID=Europe/Paris:20251209T180000
DTEND;TZID=Europe/Paris:20251209T190000
DESCRIPTION:noter Marion C.\, Paul D.\, Yasmine K.\, Jordan L.\, Hugo T. s
 ur : geste (test retouche)\, rigueur doc\, autonomie\, équipe. Envoyer à 
 Sabine avant mercredi.
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-scorecard-block",
    ),
    dict(
        NEG,
        kind="google-hiring-debrief",
        uid="8a2s6d0f4g7h1j5k9l3z7x1c5v@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251210T083000
DTEND;TZID=Europe/Paris:20251210T091500
DTSTAMP:20251205T160019Z
ORGANIZER;CN=Sabine Royer:mailto:sabine.royer@atelier-restauration-paris.e
 xample.fr
UID:8a2s6d0f4g7h1j5k9l3z7x1c5v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sabine Royer;X-NUM-GUESTS=0:mailto:sabine.royer@atelier-restauration-p
 aris.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:h.marchetti@atelier-re
 stauration-paris.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Antoine Dubreuil;X-NUM-GUESTS=0:mailto:antoine.dubreuil@atelier-resta
 uration-paris.example.fr
CREATED:20251205T160017Z
DESCRIPTION:On compare les 5 candidats assistant·e restaurateur·rice vus l
 undi et mardi (grilles d'Hélène + les miennes) et on décide qui on rappel
 le pour la journée d'essai.
LAST-MODIFIED:20251205T160018Z
LOCATION:Atelier – cuisine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Débrief candidats assistant·e restaurateur·rice
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-hiring-debrief-same-people-as-her-internal-interview",
    ),
    dict(
        NEG,
        kind="outlook-agency-presents-candidate",
        uid="040000008200E00074C5B7101A82E008000000004D5E6F708192DC010000000000000000100000001F2E3D4C5B6A79880F1E2D3C4B5A6978",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Fabre, Louise":mailto:louise.fabre@artsetmetiers-recrutement
 .example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restau
 ration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marion Chevali
 er:mailto:marion.chevalier.restauration@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Marchetti-Roux\,\n\nComme convenu
 \, je vous présente Marion Chevalier pour le poste d'assistante restaurat
 rice que vous nous avez confié (CDD 12 mois\, Atelier Restauration Paris)
 . Diplômée en 2023\, 2 ans d'expérience en atelier privé\, très à l'aise e
 n retouche et en documentation photo. Son dossier de présentation est en 
 pièce jointe.\n\nJe vous laisse conduire l'entretien\; je vous appellerai 
 ensuite pour votre retour.\n\nLouise Fabre\nConsultante – Arts & Métiers 
 Recrutement\n
SUMMARY;LANGUAGE=fr-FR:Présentation candidate : Marion Chevalier – Assista
 nte restauratrice (Arts & Métiers Recrutement)
DTSTART;TZID=Romance Standard Time:20251208T110000
DTEND;TZID=Romance Standard Time:20251208T120000
UID:040000008200E00074C5B7101A82E008000000004D5E6F708192DC01000000000000000
 0100000001F2E3D4C5B6A79880F1E2D3C4B5A6978
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T100804Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Atelier Restauration Paris\, 17 passage des Doreur
 s\, 75011 Paris
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-agency-presents-candidate",
    ),
    dict(
        NEG,
        kind="ios-candidate-trial-day",
        uid="D05A8C31-6E92-4B47-8F1D-3A7C9B2E0D64",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251202T202011Z
DTEND:20251215T173000
DTSTAMP:20251202T202140Z
DTSTART:20251215T090000
LAST-MODIFIED:20251202T202140Z
LOCATION:Atelier
SEQUENCE:0
SUMMARY:Journée d'essai – Thomas Lavigne (doreur) à l'atelier
DESCRIPTION:le mettre sur le cadre Louis XV (reprises dorure à l'eau + pat
 ine). Vérifier geste apprêt/bol. Convention journée d'essai signée ? Le d
 éfrayer.
TRANSP:OPAQUE
UID:D05A8C31-6E92-4B47-8F1D-3A7C9B2E0D64
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-trial-day-at-her-atelier",
    ),
    dict(
        NEG,
        kind="outlook-vae-jury",
        uid="040000008200E00074C5B7101A82E008000000005E6F708192A3DC0100000000000000001000000023344556677889900AABBCCDDEEFF112",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Service VAE - IRBCP":mailto:vae@irbcp.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okonkwo, Adaez
 e":mailto:adaeze.okonkwo@irbcp.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nVous siégez en qualité de professio
 nnelle au jury de validation des acquis de l'expérience pour le titre de 
 conservateur-restaurateur de biens culturels.\n\nCandidate : Mme Ana Pere
 ira (livret 2 déposé le 3 octobre). Entretien avec le jury : 45 minutes\,
  délibération : 15 minutes.\n\nService VAE\n
SUMMARY;LANGUAGE=fr-FR:Jury VAE – titre conservateur-restaurateur – entret
 ien candidate Mme Pereira
DTSTART:20260115T130000Z
DTEND:20260115T140000Z
UID:040000008200E00074C5B7101A82E008000000005E6F708192A3DC01000000000000000
 01000000023344556677889900AABBCCDDEEFF112
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:IRBCP - salle du conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-vae-jury-entretien-candidate",
    ),
    dict(
        NEG,
        kind="outlook-external-jury-member",
        uid="040000008200E00074C5B7101A82E008000000006F708192A3B4DC010000000000000000100000003445566778899AABBCCDDEEFF0011223",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Le Bihan, Gaëlle":mailto:gaelle.lebihan@musee-costume-lamball
 e.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux (membre extérieure):mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Quéré, Yves":
 mailto:yves.quere@musee-costume-lamballe.example.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=M
 CL - Salle de réunion 1er:mailto:salle1@musee-costume-lamballe.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Chère Hélène\,\n\nMerci encore d'avoir accepté 
 d'être membre extérieure du jury de recrutement pour notre poste de resta
 urateur·rice textiles. Planning des entretiens :\n\n09h30 – Mme Julia Ker
 marrec\n10h30 – M. Samuel Bertin\n11h30 – Mme Anouk Delmas\n14h00 – Mme 
 Fatou Ndiaye\n16h00 – délibération\n\nVous trouverez les dossiers des can
 didats et la grille d'entretien dans le dossier partagé.\n\nGaëlle Le Bih
 an\nDirectrice – Musée du Costume de Lamballe-les-Dunes\n
SUMMARY;LANGUAGE=fr-FR:Jury de recrutement – restaurateur·rice textiles –
  entretiens candidats
DTSTART;TZID=Romance Standard Time:20251217T093000
DTEND;TZID=Romance Standard Time:20251217T170000
UID:040000008200E00074C5B7101A82E008000000006F708192A3B4DC01000000000000000
 0100000003445566778899AABBCCDDEEFF0011223
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T111108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MCL - Salle de réunion 1er
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-external-jury-member-museum-recruitment",
    ),
    dict(
        NEG,
        kind="greenhouse-interview-kit",
        uid="5b1n9m3q7w0e4r8t2y6u0i4o8p@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251210T150000Z
DTEND:20251210T160000Z
DTSTAMP:20251203T114505Z
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@whitmoregallery.example.org.
 uk
UID:5b1n9m3q7w0e4r8t2y6u0i4o8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Edward Lyle;X-NUM-GUESTS=0:mailto:edward.lyle@whitmoregallery.example.
 org.uk
CREATED:20251203T114503Z
DESCRIPTION:Interviewers: Hélène Marchetti-Roux (external assessor)\, Edw
 ard Lyle\n\nCandidate: Priya Nair\nJob: Paintings Conservator (Ref. WG-CON
 -114)\nInterview: Technical Interview\n\nInterview Kit: https://app.greenh
 ouse.io/guides/48213377/people/93310582?application_id=120774219\n\nPleas
 e submit your scorecard within 24 hours of the interview.\n\nThe candidate
  will join via Teams\; you will receive the link separately.\n\nThis inte
 rview was scheduled via Greenhouse.
LAST-MODIFIED:20251203T114504Z
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Priya Nair for Paintings Conservator – Technical Interv
 iew
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-greenhouse-interview-kit-external-assessor",
    ),
    dict(
        NEG,
        kind="zimbra-selection-committee-member",
        uid="f3a8c2d7-61e4-4b9a-8c05-9d7e2f1b6a40",
        ics=r"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendrier
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
UID:f3a8c2d7-61e4-4b9a-8c05-9d7e2f1b6a40
SUMMARY:Comité de sélection MCF 22 – poste 0412 – auditions des candidats
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Pierre-Yves Lallemand;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:ma
 ilto:py.lallemand@univ-garonne-sud.example.fr
ORGANIZER;CN=Pierre-Yves Lallemand:mailto:py.lallemand@univ-garonne-sud.ex
 ample.fr
DTSTART;TZID="Europe/Paris":20260114T090000
DTEND;TZID="Europe/Paris":20260114T173000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LAST-MODIFIED:20251215T100217Z
DTSTAMP:20251215T100217Z
SEQUENCE:0
LOCATION:Visioconférence (Renater) – lien envoyé aux membres
DESCRIPTION:Chères et chers collègues membres du comité de sélection\,\n\n
 Les auditions des 6 candidats retenus pour le poste de maître de conféren
 ces 0412 (histoire de l'art et conservation-restauration) se dérouleront 
 le 14 janvier. Ordre de passage et rapports en pièce jointe. Merci à Hélè
 ne Marchetti-Roux\, membre extérieure\, d'interroger plus particulièremen
 t sur la partie pratique.\n\nP.-Y. Lallemand\, président du comité\n
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-comite-de-selection-member",
    ),
    dict(
        NEG,
        kind="google-export-recurring-override",
        uid="0p4o8i2u6y9t3r7e1w5q9a3s7d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Atelier – Hélène
X-WR-TIMEZONE:Europe/Paris
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260106T170000
DTEND;TZID=Europe/Paris:20260106T183000
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU
DTSTAMP:20251216T092207Z
UID:0p4o8i2u6y9t3r7e1w5q9a3s7d@google.com
CREATED:20251216T091955Z
DESCRIPTION:Créneaux pour recevoir les candidat·es au stage de M1 (3 x 30 
 min par soir). Ils s'inscrivent via le doc partagé. Grille : motivation\, 
 portfolio\, test de retouche sur éprouvette.
LAST-MODIFIED:20251216T092205Z
LOCATION:Atelier Restauration Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretiens candidats stage M1 (créneaux)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260114T090000
DTEND;TZID=Europe/Paris:20260114T103000
DTSTAMP:20251216T092207Z
UID:0p4o8i2u6y9t3r7e1w5q9a3s7d@google.com
RECURRENCE-ID;TZID=Europe/Paris:20260113T170000
CREATED:20251216T091955Z
DESCRIPTION:Déplacé au mercredi matin (vernissage mardi soir).
LAST-MODIFIED:20251216T092205Z
LOCATION:Atelier Restauration Paris
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretiens candidats stage M1 (créneaux)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-recurring-slots-recurrence-id-override",
    ),
    dict(
        NEG,
        kind="bookings-staff-member",
        uid="040000008200E00074C5B7101A82E00800000000708192A3B4C5DC0100000000000000001000000056677889900AABBCCDDEEFF001122334",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=ARP Recrutement:mailto:ARPRecrutement@atelier-restauration-par
 is.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marchetti
 -Roux, Hélène":mailto:h.marchetti@atelier-restauration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Noé Garcia:ma
 ilto:noe.garcia.doreur@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Nouveau rendez-vous réservé.\n\nService : Entre
 tien candidat·e alternance (BMA doreur-ornemaniste)\nClient : Noé Garcia\n
 Téléphone : 07 58 22 14 09\nMembre du personnel : Hélène Marchetti-Roux\nD
 urée : 45 minutes\n\nNotes du client : Je suis en 1re année de BMA et che
 rche un atelier pour l'alternance à partir de février.\n\nRéservé avec Mi
 crosoft Bookings
SUMMARY;LANGUAGE=fr-FR:Entretien candidat·e alternance – Noé Garcia
DTSTART;TZID=Romance Standard Time:20260108T100000
DTEND;TZID=Romance Standard Time:20260108T104500
UID:040000008200E00074C5B7101A82E00800000000708192A3B4C5DC01000000000000000
 01000000056677889900AABBCCDDEEFF001122334
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251218T161442Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Atelier Restauration Paris
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-bookings-staff-member-apprentice",
    ),
    dict(
        NEG,
        kind="teamtailor-interviewer-invite",
        uid="teamtailor-interview-6e2c0f88-1a7b-4d39-b5e4-0c9d8a7f6e21",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-6e2c0f88-1a7b-4d39-b5e4-0c9d8a7f6e21
DTSTAMP:20251202T081733Z
DTSTART:20251208T090000Z
DTEND:20251208T094500Z
SUMMARY:Entretien : Yasmine Kaci – Assistant·e restaurateur·rice
ORGANIZER;CN=Sabine Royer:mailto:sabine.royer@atelier-restauration-paris.e
 xample.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:h.marchetti@atelier-restauration-paris.example.fr
ATTENDEE;CN=Yasmine Kaci;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:yas
 mine.kaci@free.fr
LOCATION:Atelier Restauration Paris\, 17 passage des Doreurs\, 75011 Paris
DESCRIPTION:Vous êtes invitée en tant qu'intervieweuse.\n\nCandidate : Ya
 smine Kaci\nPoste : Assistant·e restaurateur·rice (CDD 12 mois)\nÉtape : 
 Entretien + test de retouche\n\nPensez à remplir la scorecard dans Teamta
 ilor après l'entretien : https://app.teamtailor.com/companies/arp/jobs/41
 877/candidates/2290417\n\nCet entretien a été planifié avec Teamtailor.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-ats-interviewer-invite-scorecard",
    ),
    dict(
        NEG,
        kind="outlook-jury-deliberation",
        uid="040000008200E00074C5B7101A82E0080000000081A2B3C4D5E6DC010000000000000000100000006778899AABBCCDDEEFF0011223344556",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Concours IRBCP:mailto:concours@irbcp.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duhamel, Fran
 çois":mailto:francois.duhamel@irbcp.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Délibération du jury d'admission (oraux d'admi
 ssion des 3 et 4 mars). Établissement de la liste principale et de la lis
 te complémentaire. Présence de tous les membres du jury requise.\n
SUMMARY;LANGUAGE=fr-FR:Concours d'entrée – délibération du jury d'admissio
 n
DTSTART;TZID=Romance Standard Time:20260305T140000
DTEND;TZID=Romance Standard Time:20260305T170000
UID:040000008200E00074C5B7101A82E0080000000081A2B3C4D5E6DC01000000000000000
 0100000006778899AABBCCDDEEFF0011223344556
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T143002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:IRBCP - salle du conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-admission-jury-deliberation",
    ),
    dict(
        NEG,
        kind="thunderbird-subcontractor-vetting",
        uid="9e4b7a20-3c81-4f56-bd29-a1c6e8f0d473",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
CREATED:20251021T121504Z
LAST-MODIFIED:20251021T121612Z
DTSTAMP:20251021T121612Z
UID:9e4b7a20-3c81-4f56-bd29-a1c6e8f0d473
SUMMARY:Entretien doreur sous-traitant M. Giraud – chantier Vaucelles
DTSTART;TZID=Europe/Paris:20251023T083000
DTEND;TZID=Europe/Paris:20251023T093000
LOCATION:café place Léon-Blum
DESCRIPTION:voir ses références MH\, attestation décennale\, taux journali
 er\, dispo janvier pour les cadres du retable. Si OK : devis avant le 10/11
 .
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-subcontractor-vetting-entretien",
    ),
    dict(
        NEG,
        kind="google-residency-auditions",
        uid="7z1x5c9v3b6n0m4q8w2e6r0t4y@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260120T093000
DTEND;TZID=Europe/Paris:20260120T163000
DTSTAMP:20251219T110004Z
ORGANIZER;CN=Fondation Carmin:mailto:residences@fondation-carmin.example.org
UID:7z1x5c9v3b6n0m4q8w2e6r0t4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:helene.marchetti.roux@
 free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olga Sørensen;X-NUM-GUESTS=0:mailto:olga.sorensen@fondation-carmin.ex
 ample.org
CREATED:20251219T110002Z
DESCRIPTION:Jury de sélection – résidence « Jeunes restaurateurs » 2026.\n
 \nAuditions des 8 candidats présélectionnés (20 min de présentation du pr
 ojet + 10 min de questions). Vous trouverez les dossiers et la grille de n
 otation dans le drive du jury. Déjeuner sur place.\n\nFondation Carmin – 
 programme Résidences
LAST-MODIFIED:20251219T110003Z
LOCATION:Fondation Carmin\, 11 rue des Teinturiers-Bas\, Paris 13e
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auditions candidats – résidence Jeunes restaurateurs (jury)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-residency-selection-auditions",
    ),
    dict(
        NEG,
        kind="outlook-german-volontariat-panel",
        uid="040000008200E00074C5B7101A82E0080000000092B3C4D5E6F7DC010000000000000000100000007889AABBCCDDEEFF0011223344556677",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEUROPE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Hartung, Sebastian":mailto:s.hartung@kunsthalle-oberrhein.exa
 mple.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weiß, Miriam"
 :mailto:m.weiss@kunsthalle-oberrhein.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Marchetti-Roux\,\n\nherzlichen Dank\
 , dass Sie als externe Gutachterin an unseren Bewerbungsgesprächen für da
 s Volontariat Gemälderestaurierung teilnehmen. Wir sprechen nacheinander 
 mit drei Bewerberinnen (je 45 Minuten\, Unterlagen anbei). Danach kurze A
 bstimmung im Team.\n\nViele Grüße\nSebastian Hartung\nLeiter Restaurierung
 \n\n_____________________________________________________________________
 ___________\nMicrosoft Teams-Besprechung\nHier klicken\, um an der Bespre
 chung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _YjI0ZTc4ZDEtM2Q2Ni00NjcyLWI1ZWQtYzY4YWE5MjIwMTk1%40thread.v2/0>\n______
 __________________________________________________________________________\n
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräche Volontariat Gemälderestaurierun
 g (externe Gutachterin)
DTSTART;TZID=W. Europe Standard Time:20260122T090000
DTEND;TZID=W. Europe Standard Time:20260122T123000
UID:040000008200E00074C5B7101A82E0080000000092B3C4D5E6F7DC01000000000000000
 0100000007889AABBCCDDEEFF0011223344556677
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251216T085533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-german-bewerbungsgespraeche-external-assessor",
    ),
]
