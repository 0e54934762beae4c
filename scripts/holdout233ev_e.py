"""holdout233 events, part E: Youssef on the HIRING side at Câblages du Détroit (hand-written)."""

from holdout233ev_tz import CASA, MOROCCO_WIN, OUTLOOK_HEAD_MA, neg

EVENTS = [
    dict(
        kind="entretien-candidat",
        uid=("040000008200E00074C5B7101A82E00800000000694F39CBA555C7BB"
             "0000000000000000100000009E70C4285FCD501F9A77D0066662FEDC"),
        label=neg("user-as-interviewer-rh-invite-technicien-logistique"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
 , Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CDD-Salle RH 1":mailto:salle.rh1@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Youssef\,\n\nJe te propose de recevoir e
 nsemble M. Hamza OUALI pour le poste de Technicien Logistique (équipe ré
 ception). CV en PJ\, grille d'évaluation à imprimer.\n\nMerci\,\nSamira\
 n
UID:040000008200E00074C5B7101A82E00800000000694F39CBA555C7BB0000000000000000100000009E70C4285FCD501F9A77D0066662FEDC
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien Logistique - M. Hamza OUALI
DTSTART;TZID=Morocco Standard Time:20260114T100000
DTEND;TZID=Morocco Standard Time:20260114T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CDD-Salle RH 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="grille-evaluation",
        uid=("040000008200E00074C5B7101A82E00800000000481E4597D8E21956"
             "0000000000000000100000006E12E2395BDC98F44D9443A3F155321F"),
        label=neg("user-as-interviewer-grille-evaluation-block-self"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:3 candidats tech log (Ouali\, Kadiri\, Fathi)
  – noter savoir-être / SAP / sécurité cariste. Envoyer à Samira avan
 t 17h.\n
UID:040000008200E00074C5B7101A82E00800000000481E4597D8E219560000000000000000100000006E12E2395BDC98F44D9443A3F155321F
SUMMARY;LANGUAGE=fr-FR:Remplir grilles d'évaluation candidats
DTSTART;TZID=Morocco Standard Time:20260115T150000
DTEND;TZID=Morocco Standard Time:20260115T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260114T171000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="debrief-recrutement",
        uid=("040000008200E00074C5B7101A82E008000000008188D59CCB96CE35"
             "000000000000000010000000B4778B79C4C542921718E58AE66A17CA"),
        label=neg("user-as-interviewer-debrief-decision-rh-directeur"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Filali, Hassan":mailto:h.filali@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Débrief des entretiens Technicien Logistique :
  consolidation des grilles\, choix du candidat retenu et du suppléant\, p
 roposition salariale.\n
UID:040000008200E00074C5B7101A82E008000000008188D59CCB96CE35000000000000000010000000B4778B79C4C542921718E58AE66A17CA
SUMMARY;LANGUAGE=fr-FR:Débrief recrutement Tech. Log. – décision
DTSTART;TZID=Morocco Standard Time:20260116T113000
DTEND;TZID=Morocco Standard Time:20260116T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="reply-accepted",
        uid=("040000008200E00074C5B7101A82E008000000002735469255CE3216"
             "000000000000000010000000DC9E8FB60B56ACAE44D07763685A31FD"),
        label=neg("user-as-interviewer-candidate-accepted-reply-gmail"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260204T090000Z
DTEND:20260204T100000Z
DTSTAMP:20260130T194512Z
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
UID:040000008200E00074C5B7101A82E008000000002735469255CE3216000000000000000010000000DC9E8FB60B56ACAE44D07763685A31FD
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ayoub
  Kadiri;X-NUM-GUESTS=0:mailto:ayoub.kadiri94@gmail.com
COMMENT:Merci\, je serai présent inchallah.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entretien – Poste Approvisionneur – Câblages du Détroit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="invite-candidat",
        uid=("040000008200E00074C5B7101A82E0080000000038F1BFF45612F550"
             "000000000000000010000000E3C4480DD9E22E953AF39AC5DC163895"),
        label=neg("user-as-interviewer-organizer-invites-candidate-free-mail"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ilyas.fath
 i.log@gmail.com:mailto:ilyas.fathi.log@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouhlal,
  Samira":mailto:samira.bouhlal@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Fathi\,\n\nSuite à votre candidature
 \, nous vous invitons à un entretien pour le poste d'Approvisionneur au s
 ein de Câblages du Détroit SA\, Zone Franche Tanger Med – Ilot 14.\nMe
 rci de vous présenter au poste de garde avec votre CIN.\n\nCordialement\,
 \nYoussef El Amrani\nIngénieur Supply Chain\n
UID:040000008200E00074C5B7101A82E0080000000038F1BFF45612F550000000000000000010000000E3C4480DD9E22E953AF39AC5DC163895
SUMMARY;LANGUAGE=fr-FR:Entretien – Poste Approvisionneur – Câblages du Détroit
DTSTART;TZID=Morocco Standard Time:20260204T143000
DTEND;TZID=Morocco Standard Time:20260204T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T160300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Supply Chain – Bât. A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="agence-interim",
        uid="tis-proposition-2026-0211-cdd@tangerinterim.ma",
        label=neg("user-as-interviewer-interim-agency-presents-candidate"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260211T090000
DTEND;TZID=Africa/Casablanca:20260211T094500
DTSTAMP:20260209T113000Z
ORGANIZER;CN=Khalid Ammari – Tanger Intérim Services:mailto:k.ammari@tangerinterim.ma
UID:tis-proposition-2026-0211-cdd@tangerinterim.ma
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=y.elamrani@cablages-detroit.ma;X-NUM-GUESTS=0:mailto:y.elamrani@ca
 blages-detroit.ma
DESCRIPTION:Bonjour M. El Amrani\,\n\nComme convenu\, je vous présente M.
  Karim Lamrani pour la mission de chef d'équipe magasin (intérim 6 mois
  renouvelable) : 8 ans en magasin matières premières câblage\, CACES\,
  SAP WM. Il se présentera chez vous accompagné de notre chargée de miss
 ion. CV et prétentions en PJ.\n\nKhalid Ammari\nTanger Intérim Services
LOCATION:Câblages du Détroit – accueil
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation profil – Chef d'équipe magasin (M. Lamrani)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="notes-candidat",
        uid="71C0E8A2-5B3D-4F19-A6E7-0D2C4B6A8E10",
        label=neg("user-as-interviewer-hand-typed-callback-notes"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
BEGIN:VEVENT
UID:71C0E8A2-5B3D-4F19-A6E7-0D2C4B6A8E10
DTSTAMP:20260218T124500Z
DTSTART:20260218T163000
DTEND:20260218T164500
SUMMARY:Rappeler Rachid B. (planif)
DESCRIPTION:retour après son entretien de mardi : bon niveau SAP PP\, MRP
  ok\, faible en anglais. dispo 1 mois. le mettre en n°2 après Fathi. dir
 e à Samira.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-host",
        uid=("040000008200E00074C5B7101A82E00800000000526B25643BBFB5DB"
             "000000000000000010000000A449DD7A0600DB45E65B538863035D1B"),
        label=neg("user-as-interviewer-microsoft-bookings-staff-host"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Câblages du Détroit – Recrutement:mailto:Recrutement@cablagesdetroit.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien de
  présélection – Technicien Méthodes Logistiques (30 min)\nMembre du p
 ersonnel : Youssef El Amrani\nClient : Oussama Rifi\nE-mail : oussama.rifi
 @outlook.fr\nTéléphone : +212 6 70 11 42 09\n\nRejoindre la réunion Mic
 rosoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q0RE
 Ym9v\n
UID:040000008200E00074C5B7101A82E00800000000526B25643BBFB5DB000000000000000010000000A449DD7A0600DB45E65B538863035D1B
SUMMARY;LANGUAGE=fr-FR:Oussama Rifi – Entretien de présélection – Technicien Méthodes Logistiques
DTSTART;TZID=Morocco Standard Time:20260225T140000
DTEND;TZID=Morocco Standard Time:20260225T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260222T212233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-BOOKINGS-SERVICE:Entretien de présélection – Technicien Méthodes Logistiques
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="journee-essai",
        uid=("040000008200E00074C5B7101A82E0080000000023D3F56D6EE50560"
             "0000000000000000100000005985FD05CC0103530FF0EB565FF0ADBA"),
        label=neg("user-as-interviewer-supervises-candidate-trial-day"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Akhdim, Mustapha":mailto:m.akhdim@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Mise en situation du candidat M. Karim Lamrani (
 chef d'équipe magasin) : briefing sécurité\, inventaire tournant zone B
 \, préparation d'un kit de composants selon OF. Youssef accompagne et rem
 plit la grille d'observation\; Mustapha (chef magasin) en appui.\nBadge vi
 siteur à prévoir au poste de garde.\n
UID:040000008200E00074C5B7101A82E0080000000023D3F56D6EE505600000000000000000100000005985FD05CC0103530FF0EB565FF0ADBA
SUMMARY;LANGUAGE=fr-FR:Mise en situation magasin – K. Lamrani (demi-journée)
DTSTART;TZID=Morocco Standard Time:20260216T080000
DTEND;TZID=Morocco Standard Time:20260216T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260212T145500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Magasin MP – Zone B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="binome-rh",
        uid=("040000008200E00074C5B7101A82E008000000003C491221D89B39DD"
             "000000000000000010000000D6BE46CA588D2A47B74BE11295503C51"),
        label=neg("user-as-interviewer-shadowing-hr-recruiter-training"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
 , Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Comme discuté avec Hassan\, tu assistes en obse
 rvateur à 3 entretiens d'opérateurs câblage (vague de recrutement mars)
  pour te former à la conduite d'entretien structuré avant la campagne te
 chniciens. Tu ne poses pas de questions sur les 2 premiers.\n
UID:040000008200E00074C5B7101A82E008000000003C491221D89B39DD000000000000000010000000D6BE46CA588D2A47B74BE11295503C51
SUMMARY;LANGUAGE=fr-FR:Binôme entretiens opérateurs (observation)
DTSTART;TZID=Morocco Standard Time:20260105T090000
DTEND;TZID=Morocco Standard Time:20260105T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260102T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CDD-Salle RH 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
