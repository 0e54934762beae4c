"""holdout162 events, part I: the clinic's everyday calendar and Camille's personal life (negatives)."""

from holdout162ev_tz import GOOGLE_PARIS, ROMANCE, ZURICH, ev

EVENTS = [
    ev("doctolib", "doctolib-rdv-5518820391",
       (0, "", "", "", "", "personal-gp-appointment"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-rdv-5518820391
DTSTAMP:20250210T073000Z
DTSTART:20250214T171500Z
DTEND:20250214T173000Z
SUMMARY:RDV Dr Morel Anne - Médecin généraliste
DESCRIPTION:Consultation de suivi. 45 rue Notre-Dame\, 33000 Bordeaux. Pens
 ez à votre carte Vitale. Gérer le rendez-vous : https://www.doctolib.fr/ac
 count/appointments
LOCATION:45 rue Notre-Dame\, 33000 Bordeaux
END:VEVENT
END:VCALENDAR
"""),
    ev("dentiste", "4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8",
       (0, "", "", "", "", "personal-dentist-typed"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250410T080000Z
DTEND:20250424T184500
DTSTAMP:20250410T080012Z
DTSTART:20250424T181500
SUMMARY:dentiste détartrage
LOCATION:Dr Sanson\, cours Portal
UID:4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("banque", "ca-aquitaine-rdv-77123004",
       (0, "", "", "", "", "bank-meeting-practice-loan"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Credit Agricole//Prise de RDV//FR
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
UID:ca-aquitaine-rdv-77123004
DTSTAMP:20250404T090000Z
DTSTART;TZID=Europe/Paris:20250412T100000
DTEND;TZID=Europe/Paris:20250412T110000
SUMMARY:Rendez-vous avec votre conseiller - Projet professionnel
DESCRIPTION:Objet : financement installation / rachat de parts cabinet lib
 éral. Votre conseiller : M. Lionel Barthe\, agence Bordeaux Chartrons. Mer
 ci d'apporter vos 3 derniers bulletins de salaire et votre avis d'imposit
 ion.
LOCATION:Crédit Agricole\, agence Bordeaux Chartrons
ORGANIZER;CN=Lionel Barthe:mailto:lionel.barthe@ca-aquitaine.fr
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("biometrie", "vfs-ca-bdx-bio-2025-0519-11382",
       (0, "", "", "", "", "official-visa-biometrics-appointment"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VFS Global//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:vfs-ca-bdx-bio-2025-0519-11382
DTSTAMP:20250505T100000Z
DTSTART:20250519T080000Z
DTEND:20250519T083000Z
SUMMARY:Canada Visa Application Centre - Biometrics appointment
DESCRIPTION:Reference number: FRBO/180525/11382. Applicant: LEFEVRE CAMILLE
 . Programme: International Experience Canada (Working Holiday). Please bri
 ng your passport and Biometric Instruction Letter (BIL).
LOCATION:VFS Global – Canada Visa Application Centre\, Paris
END:VEVENT
END:VCALENDAR
"""),
    ev("staff-recurrent", "040000008200E00074C5B7101A82E00800000000F6F7A8B9C0D1DB01000000000000000010000000ST01",
       (0, "", "", "", "", "weekly-multidisciplinary-staff-with-override"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dr Sarraute\, Paul":mailto:p.sarraute@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefèvre\, Cam
 ille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lartigue\, Ma
 rion":mailto:m.lartigue@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Staff pluridisciplinaire SMR : point patients (
 médecins\, kinés\, ergos\, APA\, IDE). Sorties de la semaine et nouveaux en
 trants.\n
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20250703T113000Z
UID:040000008200E00074C5B7101A82E00800000000F6F7A8B9C0D1DB01000000000000000010000000ST01
SUMMARY;LANGUAGE=fr-FR:Staff pluri SMR
DTSTART;TZID=Romance Standard Time:20250109T133000
DTEND;TZID=Romance Standard Time:20250109T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250105T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de staff 2e
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Dr Sarraute\, Paul":mailto:p.sarraute@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefèvre\, Cam
 ille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Exceptionnellement en salle du Conseil (visite d
 e certification HAS en 2e).\n
RECURRENCE-ID;TZID=Romance Standard Time:20250410T133000
UID:040000008200E00074C5B7101A82E00800000000F6F7A8B9C0D1DB01000000000000000010000000ST01
SUMMARY;LANGUAGE=fr-FR:Staff pluri SMR (salle du Conseil)
DTSTART;TZID=Romance Standard Time:20250410T140000
DTEND;TZID=Romance Standard Time:20250410T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:CHARTRONS Salle du Conseil
END:VEVENT
END:VCALENDAR
"""),
    ev("bilan-patient", "2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E",
       (0, "", "", "", "", "patient-assessment-bilan"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250224T070000Z
DTEND:20250226T100000
DTSTAMP:20250224T070015Z
DTSTART:20250226T091500
DESCRIPTION:bilan de sortie + tests isocinétiques (J+5 mois LCA DIDT). déc
 ision reprise course avec Dr S.
SUMMARY:Bilan M. Garcia - reprise course
LOCATION:salle isocinétisme
UID:2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("seance-groupe", "040000008200E00074C5B7101A82E00800000000A7A8B9C0D1E2DB01000000000000000010000000BA01",
       (0, "", "", "", "", "group-therapy-session-shift"),
       r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=fr-FR:Groupe lombalgie chronique (8 patients\, séance
  6/12). Balnéo puis renforcement. Remplacer Julien absent.\n
UID:040000008200E00074C5B7101A82E00800000000A7A8B9C0D1E2DB01000000000000000010000000BA01
SUMMARY;LANGUAGE=fr-FR:Séance balnéo - groupe lombalgie
DTSTART;TZID=Romance Standard Time:20250320T100000
DTEND;TZID=Romance Standard Time:20250320T113000
CLASS:PUBLIC
DTSTAMP:20250318T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Balnéo
END:VEVENT
END:VCALENDAR
"""),
    ev("formation", "fifpl-tm-module3-2025-05-cl@formation-kine.fr",
       (0, "", "", "", "", "continuing-education-course-multi-day"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Formation Kiné Sud-Ouest//Agenda//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:fifpl-tm-module3-2025-05-cl@formation-kine.fr
DTSTAMP:20250201T100000Z
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250517
SUMMARY:Formation Thérapie manuelle – Module 3 (rachis cervical)
DESCRIPTION:Formation DPC n° 99KN2425003. Formateur : J.-P. Lacoste. 9h-17h3
 0 les deux jours. Mérignac\, salle Aéroparc. Repas libre.
LOCATION:Mérignac
END:VEVENT
END:VCALENDAR
"""),
    ev("garde-respi", "7d2c8e41-garde-respi-wk19@chartrons",
       (0, "", "", "", "", "weekend-on-call-respiratory-physio"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Octime//Planning//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:7d2c8e41-garde-respi-wk19@chartrons
DTSTAMP:20250420T120000Z
DTSTART;TZID=Europe/Paris:20250510T080000
DTEND;TZID=Europe/Paris:20250510T130000
SUMMARY:GARDE KINE RESPI - LEFEVRE C.
DESCRIPTION:Astreinte kiné respiratoire samedi matin. Bip 4412.
LOCATION:Clinique des Chartrons
END:VEVENT
END:VCALENDAR
"""),
    ev("jury-ifmk", "ifmk-bdx-jury-memoires-2025-06-12-cl",
       (0, "", "", "", "", "ifmk-dissertation-exam-jury-not-hiring"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Madame\,\n\nNous vous remercions d'avoir accepté de siéger au j
 ury des soutenances de mémoires de fin d'études (K4). Vous évaluerez 5 étu
 diants (20 min de présentation + 15 min de questions). Les mémoires vous
  seront transmis le 2 juin.\n\nSecrétariat pédagogique – IFMK Bordeaux
DTEND;TZID="Romance Standard Time":20250612T170000
DTSTAMP:20250515T090000Z
DTSTART;TZID="Romance Standard Time":20250612T130000
LOCATION:IFMK Bordeaux\, amphi B
ORGANIZER;CN="Secrétariat pédagogique IFMK":mailto:scolarite@ifmk-bordeaux.fr
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Jury soutenances mémoires K4
TRANSP:OPAQUE
UID:ifmk-bdx-jury-memoires-2025-06-12-cl
END:VEVENT
END:VCALENDAR
"""),
    ev("etp-patient", "040000008200E00074C5B7101A82E00800000000B8B9C0D1E2F3DB01000000000000000010000000ETP1",
       (0, "", "", "", "", "patient-education-motivational-entretien"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Coordination ETP":mailto:etp@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Programme ETP « Dos actif » : entretien motivati
 onnel individuel avec Mme Lopez (bilan éducatif partagé de fin de programm
 e). Support BEP dans le dossier patient.\n
UID:040000008200E00074C5B7101A82E00800000000B8B9C0D1E2F3DB01000000000000000010000000ETP1
SUMMARY;LANGUAGE=fr-FR:ETP - entretien individuel Mme LOPEZ
DTSTART;TZID=Romance Standard Time:20250403T150000
DTEND;TZID=Romance Standard Time:20250403T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau ETP
END:VEVENT
END:VCALENDAR
"""),
    ev("point-mensuel", "040000008200E00074C5B7101A82E00800000000C9C0D1E2F3A4DB01000000000000000010000000PM01",
       (0, "", "", "", "", "monthly-one-to-one-with-manager"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lartigue\, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefèvre\, Cam
 ille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Point mensuel : planning\, congés d'été\, encadr
 ement des stagiaires.\n
RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=10
UID:040000008200E00074C5B7101A82E00800000000C9C0D1E2F3A4DB01000000000000000010000000PM01
SUMMARY;LANGUAGE=fr-FR:Point Marion / Camille
DTSTART;TZID=Romance Standard Time:20250106T170000
DTEND;TZID=Romance Standard Time:20250106T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241220T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau cadre
END:VEVENT
END:VCALENDAR
"""),
    ev("match", "ticketing-ubb-st-2025-04-19-sec-k-row-12",
       (0, "", "", "", "", "rugby-match-ticket-names-target-club"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//UBB Billetterie//Ticketing//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:ticketing-ubb-st-2025-04-19-sec-k-row-12
DTSTAMP:20250312T200000Z
DTSTART:20250419T190500Z
DTEND:20250419T210000Z
SUMMARY:Union Bordeaux Bègles – Stade Toulousain (Top 14\, J21)
DESCRIPTION:Billet n° 0041877213 – Tribune K\, rang 12\, place 8. Ouvertur
 e des portes 1h30 avant le coup d'envoi.
LOCATION:Stade Chaban-Delmas\, Bordeaux
END:VEVENT
END:VCALENDAR
"""),
    ev("visite-appart", "5u8x1a4d7g0j3m6p9s2v5y8b1e@google.com",
       (0, "", "", "", "", "apartment-viewing-geneva"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250311T123000
DTEND;TZID=Europe/Zurich:20250311T130000
DTSTAMP:20250306T191500Z
UID:5u8x1a4d7g0j3m6p9s2v5y8b1e@google.com
CREATED:20250306T191500Z
DESCRIPTION:Régie Pilet & Renaud\, 2 pièces rue de Carouge\, CHF 1'790 cc.
  Visite collective\, apporter attestation de salaire / extrait poursuites
  (FR ok ?)
LAST-MODIFIED:20250306T191500Z
LOCATION:Rue de Carouge 58\, Genève
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite appart Genève (Plainpalais)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("deadline", "0v3y6b9e2h5k8n1q4t7w0z3c6f@google.com",
       (0, "", "", "", "", "application-deadline-all-day-reminder"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250214
DTEND;VALUE=DATE:20250215
DTSTAMP:20250601T090000Z
UID:0v3y6b9e2h5k8n1q4t7w0z3c6f@google.com
CREATED:20250203T204500Z
DESCRIPTION:date limite candidature CHUV physio (poste 8812) + Vall d'Hebr
 on bolsa. lettre FR + CV ES à finir
LAST-MODIFIED:20250203T204500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:⚠️ deadline candidatures CHUV / Vall d'Hebron
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
