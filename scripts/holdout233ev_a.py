"""holdout233 events, part A: Renault, Stellantis, the Casablanca cabinet / Lear, Yazaki (hand-written)."""

from holdout233ev_tz import CASA, MOROCCO_WIN

GMAIL = "youssef.elamrani.scm@gmail.com"

EVENTS = [
    dict(
        kind="workday-screen",
        uid="WD-INT-4f1c2a90-77b3-4c1e-9d0a-renault-0117@myworkday.com",
        label=(1, "Renault Group", "Responsable Supply Chain Usine (H/F)", "recruiter_screen",
               "kenza.berrada@renault.com", "workday-teams-recruiter-screen-french"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + CASA + r"""BEGIN:VEVENT
UID:WD-INT-4f1c2a90-77b3-4c1e-9d0a-renault-0117@myworkday.com
DTSTAMP:20260112T094512Z
SEQUENCE:0
DTSTART;TZID=Africa/Casablanca:20260115T103000
DTEND;TZID=Africa/Casablanca:20260115T111500
SUMMARY:Entretien - Responsable Supply Chain Usine (H/F) - R0112458
DESCRIPTION:Bonjour Youssef\,\n\nMerci pour votre candidature au poste de R
 esponsable Supply Chain Usine (H/F) – Tanger Melloussa (réf. R0112458).\n\
 nVotre entretien avec Kenza Berrada (Talent Acquisition Partner) aura lieu
  sur Microsoft Teams.\n\n________________________________________________
 ________________\nRéunion Microsoft Teams\nRejoindre : https://teams.micro
 soft.com/l/meetup-join/19%3ameeting_ZTk3NjA1\nID de réunion : 365 118 902
  44\nCode secret : 9bQx2T\n______________________________________________
 __________________\n\nRenault Group – Talent Acquisition Maroc
LOCATION:Microsoft Teams
ORGANIZER;CN=Kenza Berrada:mailto:kenza.berrada@renault.com
ATTENDEE;CN=Youssef El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Kenza Berrada;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ken
 za.berrada@renault.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-technique",
        uid=("040000008200E00074C5B7101A82E0080000000030A1B5C27D84DC01"
             "000000000000000010000000A8F3D1E2C4B5A69788796A5B4C3D2E1F"),
        label=(1, "Renault Group", "", "technical",
               "omar.tazi@renault.com", "outlook-sent-by-assistant-entretien-technique-room"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Tazi, Omar";SENT-BY="mailto:hajar.elfassi@renault.com":mailto
 :omar.tazi@renault.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Berrada,
  Kenza":mailto:kenza.berrada@renault.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="TNG-MEL Salle Bouregreg (8)":mailto:tng-mel-bouregreg@renault.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. El Amrani\,\n\nSuite à votre échange
  avec Mme Berrada\, M. Tazi (Directeur Logistique Usine) vous recevra pour
  un entretien technique : flux amont/aval\, MRP\, gestion des magasins bord
  de ligne\, KPI OTD et taux de service.\n\nMerci de vous présenter au post
 e de garde Melloussa 1 muni de votre CIN 15 min avant.\n\nCordialement\,\n
 Hajar El Fassi\nAssistante Direction Logistique\n
UID:040000008200E00074C5B7101A82E0080000000030A1B5C27D84DC01000000000000000
 010000000A8F3D1E2C4B5A69788796A5B4C3D2E1F
SUMMARY;LANGUAGE=fr-FR:Entretien technique - M. El Amrani / Direction Logis
 tique
DTSTART;TZID=Morocco Standard Time:20260129T140000
DTEND;TZID=Morocco Standard Time:20260129T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T161022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:TNG-MEL Salle Bouregreg (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-reschedule",
        uid=("040000008200E00074C5B7101A82E0080000000030A1B5C27D84DC01"
             "000000000000000010000000A8F3D1E2C4B5A69788796A5B4C3D2E1F"),
        label=(1, "Renault Group", "", "technical",
               "omar.tazi@renault.com", "rescheduled-same-uid-higher-sequence-entretien-technique"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Tazi, Omar";SENT-BY="mailto:hajar.elfassi@renault.com":mailto
 :omar.tazi@renault.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Berrada,
  Kenza":mailto:kenza.berrada@renault.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="TNG-MEL Salle Bouregreg (8)":mailto:tng-mel-bouregreg@renault.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. El Amrani\,\n\nSuite à un audit progr
 ammé à l'usine le 29\, M. Tazi est contraint de décaler notre rendez-vous.
  Nouveau créneau ci-dessous\, même lieu.\n\nMerci de vous présenter au pos
 te de garde Melloussa 1 muni de votre CIN 15 min avant.\n\nCordialement\,\
 nHajar El Fassi\nAssistante Direction Logistique\n
UID:040000008200E00074C5B7101A82E0080000000030A1B5C27D84DC01000000000000000
 010000000A8F3D1E2C4B5A69788796A5B4C3D2E1F
SUMMARY;LANGUAGE=fr-FR:Entretien technique - M. El Amrani / Direction Logis
 tique (NOUVELLE DATE)
DTSTART;TZID=Morocco Standard Time:20260203T093000
DTEND;TZID=Morocco Standard Time:20260203T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T083455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:TNG-MEL Salle Bouregreg (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="final-plant",
        uid="7c0d1b3e-renault-final-youssef@google.com",
        label=(1, "Renault Group", "Responsable Supply Chain Usine", "final",
               "jean-marc.delorme@renault.com;kenza.berrada@renault.com", "google-final-round-directeur-usine"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260217T100000
DTEND;TZID=Africa/Casablanca:20260217T113000
DTSTAMP:20260209T170301Z
ORGANIZER;CN=Kenza Berrada:mailto:kenza.berrada@renault.com
UID:7c0d1b3e-renault-final-youssef@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Delorme;X-NUM-GUESTS=0:mailto:jean-marc.delorme@renault.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kenza Berrada;X-NUM-GUESTS=0:mailto:kenza.berrada@renault.com
CREATED:20260209T170301Z
DESCRIPTION:Dernier tour pour le poste de Responsable Supply Chain Usine :
  rencontre avec M. Delorme\, Directeur de l'usine de Tanger\, en présence de
  Kenza (RH). Prévoir 1h30 dont une visite des magasins CKD.
LAST-MODIFIED:20260209T170301Z
LOCATION:Renault Tanger Méditerranée\, Zone Franche Melloussa\, Tanger
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – Renault Tanger / Y. El Amrani
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="successfactors-screen",
        uid="SF-IS-20260121-000388172@successfactors.eu",
        label=(1, "Stellantis", "S&OP Manager – Kenitra Plant", "recruiter_screen",
               "nadia.alaoui@stellantis.com", "successfactors-interview-scheduling-phone-screen"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
UID:SF-IS-20260121-000388172@successfactors.eu
DTSTAMP:20260121T081500Z
SEQUENCE:0
ORGANIZER;CN=Stellantis Careers:mailto:noreply@successfactors.eu
ATTENDEE;CN=Youssef El Amrani;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yousse
 f.elamrani.scm@gmail.com
ATTENDEE;CN=Nadia Alaoui;PARTSTAT=ACCEPTED:mailto:nadia.alaoui@stellantis.c
 om
DTSTART;TZID=Africa/Casablanca:20260126T160000
DTEND;TZID=Africa/Casablanca:20260126T163000
SUMMARY:Interview: S&OP Manager – Kenitra Plant (Req 71204)
DESCRIPTION:Dear Youssef\,\n\nYou have selected the following slot for you
 r interview.\n\nPosition: S&OP Manager – Kenitra Plant\nRequisition: 7120
 4\nInterviewer: Nadia Alaoui\, HR Business Partner\nType: Telephone – Nadia
  will call you on +212 6 61 23 45 78\n\nTo cancel or reschedule please use
  the link in your candidate profile.\n\nStellantis Talent Acquisition
LOCATION:Phone call
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="case-study",
        uid="e58d2c10a4b74c66b0c7stellantis-case@google.com",
        label=(1, "Stellantis", "", "technical",
               "philippe.garnier@stellantis.com;hind.benmoussa@stellantis.com", "etude-de-cas-teams-presentation"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260205T150000
DTEND;TZID=Africa/Casablanca:20260205T163000
DTSTAMP:20260130T112045Z
ORGANIZER;CN=Hind Benmoussa:mailto:hind.benmoussa@stellantis.com
UID:e58d2c10a4b74c66b0c7stellantis-case@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hind B
 enmoussa;X-NUM-GUESTS=0:mailto:hind.benmoussa@stellantis.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Philippe Garnier;X-NUM-GUESTS=0:mailto:philippe.garnier@stellantis
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Bonjour Youssef\,<br><br>Comme convenu\, voici le créneau pour
  la restitution de l'étude de cas S&amp;OP (données envoyées par mail ce jo
 ur) : 30 min de présentation puis échanges avec Philippe Garnier\, Supply
  Chain Director MEA.<br><br>Lien Teams : https://teams.microsoft.com/l/meet
 up-join/19%3ameeting_N2RjOGQ5<br><br>Bonne préparation\,<br>Hind
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stellantis – Restitution étude de cas S&OP (Y. El Amrani)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="onsite-panel",
        uid=("040000008200E00074C5B7101A82E00800000000D0C4E8A19E94DC01"
             "000000000000000010000000F1E2D3C4B5A6978877665544332211AA"),
        label=(1, "Stellantis", "S&OP Manager", "onsite",
               "philippe.garnier@stellantis.com;rachid.ouazzani@stellantis.com;hind.benmoussa@stellantis.com",
               "outlook-onsite-panel-kenitra-badge"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + CASA + r"""BEGIN:VEVENT
ORGANIZER;CN="Benmoussa, Hind":mailto:hind.benmoussa@stellantis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Garnier, Phil
 ippe":mailto:philippe.garnier@stellantis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Ouazzani, Ra
 chid":mailto:rachid.ouazzani@stellantis.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="KEN-ADM-R+1 Sal
 le Sebou":mailto:ken-adm-sebou@stellantis.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Youssef\,\n\nJe vous confirme votre jour
 née sur site à Kenitra :\n- 09h00 accueil sécurité + badge visiteur\n- 09h
 30 entretien avec Philippe Garnier (Supply Chain Director)\n- 10h30 entret
 ien avec Rachid Ouazzani (Directeur d'usine)\n- 11h30 échange RH avec moi-
 même\n- 12h15 visite ligne de montage et plateforme logistique\n\nChaussur
 es de sécurité fournies. Pièce d'identité obligatoire.\n\nHind Benmoussa\n
 HRBP – Stellantis Kenitra\n
UID:040000008200E00074C5B7101A82E00800000000D0C4E8A19E94DC01000000000000000
 010000000F1E2D3C4B5A6978877665544332211AA
SUMMARY;LANGUAGE=fr-FR:Journée sur site – candidature S&OP Manager
DTSTART;TZID=Africa/Casablanca:20260224T090000
DTEND;TZID=Africa/Casablanca:20260224T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260213T094200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Stellantis Kenitra – Atlantic Free Zone\, bâtiment
  administratif
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cabinet-call",
        uid="5s1v0ks7m3ce1p0bq0c2ms8q4n@google.com",
        label=(0, "", "", "", "", "recruiter-call-no-employer-named-equipementier-kenitra"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260108T123000
DTEND;TZID=Africa/Casablanca:20260108T130000
DTSTAMP:20260106T183311Z
ORGANIZER;CN=Sofia Bennani:mailto:sofia.bennani@atlastalents.ma
UID:5s1v0ks7m3ce1p0bq0c2ms8q4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia
  Bennani;X-NUM-GUESTS=0:mailto:sofia.bennani@atlastalents.ma
DESCRIPTION:Bonjour Youssef\,\n\nSuite à notre échange sur LinkedIn\, je vo
 us propose un premier appel de 30 min pour vous présenter une opportunité
  de Supply Chain Manager chez un grand équipementier automobile à Kenitra (
 câblage / intérieur véhicule). Le nom du client vous sera communiqué après
  cet échange\, mission confidentielle.\n\nJe vous appelle sur votre portab
 le.\n\nSofia Bennani\nConsultante Senior – Atlas Talents Conseil\nCasablan
 ca
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Atlas Talents – échange opportunité Supply Chain Manager (Kenitra)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cabinet-qualif",
        uid="0r8h2mvc7kq1c4lbd5s9o3t2vb@google.com",
        label=(1, "Lear Corporation", "", "recruiter_screen",
               "sofia.bennani@atlastalents.ma", "cabinet-screen-client-named-only-in-body"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260114T180000
DTEND;TZID=Africa/Casablanca:20260114T190000
DTSTAMP:20260109T101522Z
ORGANIZER;CN=Sofia Bennani:mailto:sofia.bennani@atlastalents.ma
UID:0r8h2mvc7kq1c4lbd5s9o3t2vb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamrani.
 scm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia
  Bennani;X-NUM-GUESTS=0:mailto:sofia.bennani@atlastalents.ma
DESCRIPTION:Bonjour Youssef\,\n\nMerci pour l'échange de jeudi. Comme promi
 s je peux maintenant vous le dire : notre client est Lear Corporation\, si
 te E-Systems de Kenitra. Je vous propose un entretien de qualification app
 rofondi (parcours\, S&OP\, management d'équipe\, prétentions) avant de tra
 nsmettre votre dossier.\n\nRejoindre Google Meet : https://meet.google.com
 /qhv-nkdt-rwe\nOu par téléphone : (MA) +212 5 20-48 71 03 PIN : 480 119 27
 3#\n\nSofia Bennani\nAtlas Talents Conseil
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de qualification – mission SCM Kenitra
TRANSP:OPAQUE
CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.google.com/qhv-nkdt-rwe
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="lear-hm",
        uid=("040000008200E00074C5B7101A82E00800000000B07A3F12A891DC01"
             "000000000000000010000000C1D2E3F405162738495A6B7C8D9E0F10"),
        label=(1, "Lear Corporation", "Supply Chain Manager", "hiring_manager",
               "kidrissi@lear.com", "outlook-hiring-manager-sent-by-hr-assistant"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Idrissi, Karim";SENT-BY="mailto:lbouzid@lear.com":mailto:kidr
 issi@lear.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.benn
 ani@atlastalents.ma:mailto:sofia.bennani@atlastalents.ma
DESCRIPTION;LANGUAGE=en-US:Dear Mr. El Amrani\,\n\nOn behalf of Karim Idris
 si\, Operations Manager Kenitra E-Systems\, please find below the invitati
 on for your interview for the Supply Chain Manager position.\n\nAddress: L
 ear Corporation\, Atlantic Free Zone\, Lot 42\, Kenitra. Please bring your
  ID.\n\nBest regards\,\nLamia Bouzid\nHR Assistant\n
UID:040000008200E00074C5B7101A82E00800000000B07A3F12A891DC01000000000000000
 010000000C1D2E3F405162738495A6B7C8D9E0F10
SUMMARY;LANGUAGE=en-US:Interview Youssef El Amrani - SCM position
DTSTART;TZID=Morocco Standard Time:20260202T110000
DTEND;TZID=Morocco Standard Time:20260202T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T135812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Kenitra plant - Meeting room 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="taleo-rh",
        uid="TALEO-IV-YAZ-2600871-1@taleo.net",
        label=(1, "Yazaki", "Logistics Manager", "recruiter_screen",
               "loubna.chraibi@yazaki-europe.com", "taleo-entretien-rh-onsite"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-IV-YAZ-2600871-1@taleo.net
DTSTAMP:20260203T142000Z
DTSTART:20260210T090000Z
DTEND:20260210T100000Z
SUMMARY:Entretien RH - Logistics Manager (2600871) - Yazaki Morocco
DESCRIPTION:Cher(e) Youssef El Amrani\,\n\nNous avons le plaisir de vous co
 nvier à un entretien RH pour le poste Logistics Manager (2600871) au sein
  de Yazaki Morocco – Tanger Automotive City.\n\nInterlocutrice : Loubna Chr
 aibi\, Responsable Recrutement\nAdresse : Tanger Automotive City\, Lot 17
 \, Jouamaa\n\nMerci de vous munir d'une copie de votre CV et de vos diplôm
 es.\n\nCeci est un message automatique\, merci de ne pas y répondre.
LOCATION:Tanger Automotive City\, Lot 17
ORGANIZER;CN=Yazaki Recrutement:mailto:no-reply@yazaki.taleo.net
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.c
 om
ATTENDEE;CN=Loubna Chraibi:mailto:loubna.chraibi@yazaki-europe.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="psychotest",
        uid="ct-session-84f3e1-yazaki-2600871@centraltest.com",
        label=(1, "Yazaki", "Logistics Manager", "technical", "",
               "online-psychotechnical-test-assessment-platform-no-human"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Central Test//Assessment Invitations//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:ct-session-84f3e1-yazaki-2600871@centraltest.com
DTSTAMP:20260211T093000Z
DTSTART:20260213T080000Z
DTEND:20260213T093000Z
SUMMARY:Test psychotechnique en ligne – Yazaki Morocco (Logistics Manager)
DESCRIPTION:Bonjour\,\n\nDans le cadre de votre candidature chez Yazaki Mor
 occo\, vous êtes invité(e) à passer une évaluation en ligne (raisonnement
  logique\, numérique\, personnalité professionnelle). Durée estimée : 75 mi
 nutes. Prévoyez un endroit calme et une connexion stable.\n\nLien personne
 l : https://www.centraltest.com/session/84f3e1\nDate limite : 14/02/2026 2
 3h59\n\nL'équipe Central Test
ORGANIZER;CN=Central Test:mailto:noreply@centraltest.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
