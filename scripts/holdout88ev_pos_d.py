"""holdout88: the user's own interviews, part D (Belgian and Flemish invites, agencies, hand-typed, recurring)."""

from __future__ import annotations

from holdout88ev_common import (
    APPLE_MAC,
    BRUSSELS,
    GOOGLE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    THUNDERBIRD,
    cal,
    pos,
)

FORMS_D = {
    "Verhaeghe Retail": "Verhaeghe",
    "Petit Nuage": "",
    "Brasserie du Pévèle": "Brasserie Pévèle",
    "Transports Lemaire & Fils": "Transports Lemaire",
    "Modalia": "",
    "Centrale Achats Nord": "CAN",
    "Cofrilys": "",
    "Belpak Parcels": "Belpak",
}


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(pos("outlook-hm-nl", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Decock, Pieter":mailto:pieter.decock@verhaeghe-retail.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='mat.lefebvre59@orange.fr':mailto:m
 at.lefebvre59@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vermeulen, Lies":mailto:lies.verme
 ulen@verhaeghe-retail.be
DESCRIPTION;LANGUAGE=nl-BE:Hallo Mathieu\,\n\nIk kijk uit naar ons gesprek ov
 er de functie van DC-manager in Kortrijk (vers & diepvries). Lies van HR sch
 uift mee aan om de praktische kant toe te lichten.\nWe kunnen het gesprek oo
 k in het Frans voeren als je dat liever hebt.\n\nGroet\,\nPieter Decock\nDir
 ecteur Logistiek\n
SUMMARY;LANGUAGE=nl-BE:Gesprek DC-manager Kortrijk
DTSTART;TZID=Romance Standard Time:20260317T100000
DTEND;TZID=Romance Standard Time:20260317T113000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
CLASS:PUBLIC
DTSTAMP:20260310T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Verhaeghe Retail - DC Kortrijk\, Ter Bede 14
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "Verhaeghe Retail", "DC-manager Kortrijk", "hiring_manager",
        "pieter.decock@verhaeghe-retail.be;lies.vermeulen@verhaeghe-retail.be", "outlook-nl-hm"))

    ev.append(pos("google-founder-final-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260325T180000
DTEND;TZID=Europe/Paris:20260325T190000
DTSTAMP:20260319T084422Z
ORGANIZER;CN=Claire Dufresne:mailto:claire@petitnuage.fr
UID:2v4x6z8b0d2f4h6j8l0n2p4r6t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Dufresne;X-NUM-GUESTS=0:
 mailto:claire@petitnuage.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Bonsoir Mathieu\,\nMerci encore pour les échanges avec Théo. Je s
 uis ravie de te rencontrer pour ce dernier entretien (responsable entrepôt e
 -commerce) - on en profitera pour parler package et date d'arrivée.\nClaire\,
  fondatrice\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRej
 oindre avec Google Meet : https://meet.google.com/pnx-aqzr-uvw\n\nPour en sav
 oir plus sur Meet : https://support.google.com/a/users/answer/9282720\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Petit Nuage x Mathieu - dernier échange
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "Petit Nuage", "Responsable entrepôt e-commerce", "final", "claire@petitnuage.fr",
        "google-meet-founder-final-fr"))

    ev.append(pos("thunderbird-floating-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260307T192200Z
LAST-MODIFIED:20260307T192245Z
DTSTAMP:20260307T192245Z
UID:e3d2c1b0-a9f8-4e7d-b6c5-a4b3c2d1e0f9
SUMMARY:RDV brasserie Pévèle - poste resp. logistique (voir avec Gérard)
DTSTART:20260312T150000
DTEND:20260312T160000
LOCATION:Brasserie du Pévèle\, Templeuve
DESCRIPTION:Gérard = patron. Apporter CV papier + certificats CACES. Parler
  tournées livraison CHR + stock fûts.
TRANSP:OPAQUE
END:VEVENT
""", THUNDERBIRD, method=None), "Brasserie du Pévèle", "resp. logistique", "", "Gérard",
        "handtyped-floating-thunderbird-fr"))

    ev.append(pos("apple-terse-phone-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260224T121500Z
DTEND;TZID=Europe/Paris:20260225T124500
DTSTAMP:20260224T121530Z
DTSTART;TZID=Europe/Paris:20260225T123000
LAST-MODIFIED:20260224T121530Z
SEQUENCE:0
SUMMARY:Appel T. Lemaire (chef de quai) 📞
TRANSP:OPAQUE
UID:2C7F9A1B-4D6E-48F0-9B3A-5E7C9D1F3A5B
URL;VALUE=URI:
END:VEVENT
""", APPLE_MAC, method=None, tz=PARIS), "Transports Lemaire & Fils", "chef de quai", "", "T. Lemaire",
        "terse-phone-apple-fr"))

    ev.append(pos("greenhouse-phone-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-60112458-1772791200@greenhouse.io
DTSTAMP:20260302T093000Z
DTSTART:20260306T100000Z
DTEND:20260306T103000Z
SUMMARY:Modalia – Phone Screen for Fulfillment Center Manager (Roubaix)
ORGANIZER;CN=Modalia Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Ines Martins:mailto:ines.martins@modalia.com
LOCATION:Phone – Ines will call +33612487730
DESCRIPTION:Hi Mathieu\,\n\nThanks for applying to Modalia! Ines Martins from
  our Talent team will give you a call for a 30-minute phone screen about the
  Fulfillment Center Manager role in Roubaix.\n\nBest\,\nModalia Talent Team
STATUS:CONFIRMED
END:VEVENT
""", "-//Greenhouse//Greenhouse Calendar//EN"), "Modalia", "Fulfillment Center Manager", "recruiter_screen",
        "ines.martins@modalia.com", "greenhouse-phone-en"))

    ev.append(pos("greenhouse-case-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-60112501-1773914400@greenhouse.io
DTSTAMP:20260313T112000Z
DTSTART;TZID=Europe/Paris:20260319T110000
DTEND;TZID=Europe/Paris:20260319T123000
SUMMARY:Modalia – Case Study: Peak Season Staffing (Mathieu Lefebvre)
ORGANIZER;CN=Modalia Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Bart Smolders:mailto:bart.smolders@modalia.com
ATTENDEE;CN=Camille Royer:mailto:camille.royer@modalia.com
LOCATION:Google Meet – https://meet.google.com/hvt-kzrm-qds
DESCRIPTION:Case study interview\n\nInterviewers:\n• Bart Smolders\, Director
  Fulfillment EMEA\n• Camille Royer\, Senior Ops Analyst\n\nYou'll receive the
  case pack 48h before. Please prepare a 20-minute presentation: staffing pla
 n for Black Friday\, temp agency mix\, KPIs.\n\nJoin with Google Meet\nhttps:
 //meet.google.com/hvt-kzrm-qds
STATUS:CONFIRMED
END:VEVENT
""", "-//Greenhouse//Greenhouse Calendar//EN", tz=PARIS), "Modalia", "", "technical",
        "bart.smolders@modalia.com;camille.royer@modalia.com", "greenhouse-case-en"))

    ev.append(pos("agency-client-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260318T100000
DTEND;TZID=Europe/Paris:20260318T113000
DTSTAMP:20260312T170512Z
ORGANIZER;CN=Antoine Leroux - Talentis Supply Chain:mailto:a.leroux@talentis-sc.fr
UID:7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lefebvre;
 X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Antoine Leroux;X-NUM-GUESTS=0:m
 ailto:a.leroux@talentis-sc.fr
DESCRIPTION:Mathieu\,\n\nVoici la confirmation de votre entretien chez notre
  client Centrale Achats Nord (CAN) pour le poste de Responsable d'entrepôt p
 roduits frais.\nVous serez reçu par M. Jean-Marc Lefort\, Directeur Supply
  Chain\, et Mme Nathalie Sergeant (RH). Je ne serai pas présent mais je vous
  appelle juste après pour le débrief.\n\nAdresse : CAN\, 210 rue du Grand Ca
 rré\, 59160 Lomme.\n\nAntoine Leroux\nConsultant senior - Talentis Supply Cha
 in
LOCATION:Centrale Achats Nord - Lomme
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien client : Centrale Achats Nord – Responsable d'entrepôt frais
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "Centrale Achats Nord", "Responsable d'entrepôt produits frais", "hiring_manager",
        "Jean-Marc Lefort;Nathalie Sergeant", "agency-names-employer-fr"))

    ev.append(pos("temp-agency-client-fr", cal(r"""
BEGIN:VEVENT
UID:20260304-actif-interim-8812@actif-interim-nord.fr
DTSTAMP:20260304T103000Z
DTSTART;TZID=Europe/Paris:20260305T163000
DTEND;TZID=Europe/Paris:20260305T173000
SUMMARY:Présentation client Cofrilys - chef d'équipe froid négatif
ORGANIZER;CN=Laetitia - Actif Intérim Nord:mailto:laetitia.b@actif-interim-nord.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Cofrilys\, 4 rue du Froid\, 59115 Leers
DESCRIPTION:Bonjour Mathieu\, comme convenu je vous accompagne chez Cofrilys
  pour le poste de chef d'équipe en froid négatif (CDI après mission). Entreti
 en avec M. Rudy Hennart\, responsable d'exploitation. RDV 16h15 devant l'acc
 ueil\, prévoir une veste chaude pour la visite (-25°C).\nLaetitia\, Actif In
 térim Nord agence de Roubaix
STATUS:CONFIRMED
END:VEVENT
""", "-//Actif Interim Nord//Agenda//FR", tz=PARIS), "Cofrilys", "chef d'équipe froid négatif", "hiring_manager",
        "Rudy Hennart", "temp-agency-names-employer-fr"))

    ev.append(pos("recurring-override-practical-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260312T060000
DTEND;TZID=Europe/Paris:20260312T100000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20260309T141000Z
ORGANIZER;CN=Rudy Hennart:mailto:r.hennart@cofrilys.fr
UID:1f3h5j7l9n1p3r5t7v9x1z3b5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Mise en situation sur 2 matinées (poste chef d'équipe froid néga
 tif) : prise de poste avec l'équipe du matin\, animation du brief\, suivi d
 e la préparation. Évaluation par Rudy Hennart.\nEPI fournis.
LOCATION:Cofrilys Leers - quai 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cofrilys - mise en situation chef d'équipe (M. Lefebvre)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260313T130000
DTEND;TZID=Europe/Paris:20260313T170000
RECURRENCE-ID;TZID=Europe/Paris:20260313T060000
DTSTAMP:20260310T081500Z
ORGANIZER;CN=Rudy Hennart:mailto:r.hennart@cofrilys.fr
UID:1f3h5j7l9n1p3r5t7v9x1z3b5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Deuxième demi-journée décalée sur l'équipe d'après-midi (13h-17h)
 \, avec débrief final avec Rudy Hennart à 16h30.
LOCATION:Cofrilys Leers - quai 3
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Cofrilys - mise en situation chef d'équipe (M. Lefebvre) - équipe AM
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "Cofrilys", "chef d'équipe", "technical", "r.hennart@cofrilys.fr",
        "recurring-override-practical-fr"))

    ev.append(pos("headhunter-client-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mercier, Jérôme":mailto:jerome.mercier@cabinet-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Koen Maes:mailto:koen.maes@belpak.be
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mathieu\,\n\nJ'ai le plaisir de vous confi
 rmer votre entretien avec Koen Maes\, Network Operations Director chez Belpa
 k Parcels\, pour le poste de Hub Manager (Bruxelles-Haren). L'entretien se f
 era en français\, avec quelques questions en néerlandais.\nJe reste votre c
 ontact pour toute question.\n\nJérôme Mercier\nCabinet Vauban RH\n
SUMMARY;LANGUAGE=fr-FR:Belpak Parcels - entretien Hub Manager (via Cabinet Vauban)
DTSTART;TZID=Romance Standard Time:20260320T140000
DTEND;TZID=Romance Standard Time:20260320T150000
UID:040000008200E00074C5B7101A82E008000000006C5D4E3F2A1BDC0100000000000000001000000012121212343434345656565678787878
CLASS:PUBLIC
DTSTAMP:20260313T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "Belpak Parcels", "Hub Manager", "hiring_manager", "koen.maes@belpak.be",
        "headhunter-names-employer-fr"))

    ev.append(pos("brussels-final-nl-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260409T100000
DTEND;TZID=Europe/Brussels:20260409T120000
DTSTAMP:20260401T100000Z
ORGANIZER;CN=Koen Maes:mailto:koen.maes@belpak.be
UID:9z7x5v3t1r9p7n5l3j1h9f7d5b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Koen Maes;X-NUM-GUESTS=0:mailto
 :koen.maes@belpak.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Griet Van den Broeck;X-NUM-GUES
 TS=0:mailto:griet.vandenbroeck@belpak.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Finaal gesprek / entretien final - Hub Manager Haren\nMet/avec :
  Koen Maes & Griet Van den Broeck (CEO)\nAdres : Belpak Hub Haren\, Lindevel
 d 2\, 1130 Brussel\nBadge aan het onthaal / badge à l'accueil.
LOCATION:Belpak Hub Haren\, Lindeveld 2\, 1130 Brussel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finaal gesprek Hub Manager - Mathieu Lefebvre
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=BRUSSELS), "Belpak Parcels", "Hub Manager", "final",
        "koen.maes@belpak.be;griet.vandenbroeck@belpak.be", "bilingual-nl-fr-final"))

    return ev
