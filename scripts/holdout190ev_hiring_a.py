# ruff: noqa: E501, W291
"""holdout190: the user on the hiring side at Atelier Garonne (interns, projeteurs, chefs de projet) – part A."""

from holdout190ev_tz import ev

EVENTS = [
    ev("intern-interview", "1a3s5d7f9g2h4j6k8l0z1x3c5v@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250311T170000
DTEND;TZID=Europe/Paris:20250311T174500
DTSTAMP:20250305T094412Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:1a3s5d7f9g2h4j6k8l0z1x3c5v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.bonnet33@gmail.com;X-NUM-GUESTS=0:mailto:lea.bonnet33@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU
 E;CN=Isabelle Nayrac;X-NUM-GUESTS=0:mailto:i.nayrac@ateliergaronne.fr
DESCRIPTION:Bonjour Léa\,\n\nMerci pour votre candidature pour le stage de 
 M1 (mai–août). Je vous propose de passer à l'agence mardi 11 mars à 17h po
 ur en parler. Apportez votre book (papier ou tablette).\n\nAmélie Fontaine
 \nArchitecte DE HMONP – Atelier Garonne\n12 rue du Mirail\, 33000 Bordeaux
LOCATION:Atelier Garonne\, 12 rue du Mirail\, 33000 Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien stage – Léa Bonnet (ENSAP Bx\, M1)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-intern-interview-organizer", hiring=True),

    ev("candidate-accepted", "040000008200E00074C5B7101A82E00800000000D1C4F0B2A89EDB01000000000000000010000000C3A7E2B90D1F5846B2E0A9C7D4F13B66", r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Hugo Lambert:mailto:hugo.lambert@outlook.fr
COMMENT;LANGUAGE=fr-FR:Bonjour Madame Fontaine\, c'est noté\, merci ! J'apporterai mon portfolio et mon mémoire. Hugo Lambert\n
UID:040000008200E00074C5B7101A82E00800000000D1C4F0B2A89EDB01000000000000000010000000C3A7E2B90D1F5846B2E0A9C7D4F13B66
SUMMARY;LANGUAGE=fr-FR:Accepté: Entretien stage PFE - Atelier Garonne
DTSTART:20250313T160000Z
DTEND:20250313T164500Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T183311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Atelier Garonne\, 12 rue du Mirail\, Bordeaux
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-candidate-reply-accepted", hiring=True),

    ev("agency-sends-candidate", "c7d1e0a2-93f4-4b85-8e6a-1f2b3c4d5e60@archi-interim.fr", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:c7d1e0a2-93f4-4b85-8e6a-1f2b3c4d5e60@archi-interim.fr
DTSTAMP:20250327T154502Z
DTSTART;TZID=Europe/Paris:20250402T100000
DTEND;TZID=Europe/Paris:20250402T110000
SUMMARY:Présentation candidat – M. Karim Benali (dessinateur-projeteur Revit)
ORGANIZER;CN="Morin, Delphine":mailto:d.morin@archi-interim.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="a.fontaine@ateliergaronne.fr":mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="p.dubourg@ateliergaronne.fr":mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Karim Benali":mailto:karim.benali.dp@gmail.com
LOCATION:Atelier Garonne – 12 rue du Mirail\, Bordeaux
DESCRIPTION:Bonjour Madame Fontaine\, bonjour Monsieur Dubourg\,\n\nSuite à votre demande du 20 mars (renfort dessinateur-projeteur Revit\, mission de 6 mois pour le dossier PRO/DCE de la résidence de Bègles)\, je vous propose de rencontrer M. Karim Benali dans vos locaux. Vous trouverez son CV et son book en pièce jointe : 8 ans d'expérience\, très à l'aise en Revit et en synthèse\, disponible sous 15 jours.\n\nJe reste à votre disposition pour organiser d'autres rencontres.\n\nCordialement\,\nDelphine Morin\nChargée de recrutement – Archi'Intérim Bordeaux\n05 56 44 90 12
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-agency-presents-candidate", hiring=True),

    ev("calendly-host", "calendly-host-4b0e7d12-8c3a-49f5-b6e1-0a9d2c7f3e58@calendly.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-host-4b0e7d12-8c3a-49f5-b6e1-0a9d2c7f3e58@calendly.com
DTSTAMP:20250418T071522Z
DTSTART:20250423T120000Z
DTEND:20250423T123000Z
SUMMARY:Marion Petit et Amélie Fontaine
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CN=Marion Petit;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marion.petit.archi@gmail.com
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.fontaine@ateliergaronne.fr
LOCATION:Atelier Garonne\, 12 rue du Mirail\, Bordeaux
DESCRIPTION:Type d'événement : Rencontre candidat·e stage (30 min)\n\nNom de l'invité : Marion Petit\nE-mail de l'invité : marion.petit.archi@gmail.com\n\nRéponses de l'invité :\nÉcole et niveau : ENSAP Bordeaux\, Master 2 (PFE)\nPériode de stage : septembre 2025 – février 2026\nBook : https://www.behance.net/marionpetit\n\nVoir l'événement dans Calendly : https://calendly.com/app/scheduled_events/user/me\n\nPropulsé par Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-calendly-host", hiring=True),

    ev("school-bookings", "8f3e1a60-2b7d-4c95-9e04-6d1c0b8a7f23@ensapbx.onmicrosoft.com", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=ENSAP Bordeaux - Rencontres stages:mailto:RencontresStages@ensapbx.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine (Atelier Garonne):mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Yanis Cherif:mailto:yanis.cherif@etu.bordeaux.archi.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Rencontre étudiant·e / agence – stage de Master (20 min)\nMembre du personnel : Amélie Fontaine (Atelier Garonne)\nClient : Yanis Cherif\, M1\, yanis.cherif@etu.bordeaux.archi.fr\nNotes du client : cherche un stage de 4 mois en agence à partir de juin\, intéressé par le logement et le bois.\n\nLieu : ENSAP Bordeaux\, hall principal – table 6\n
UID:8f3e1a60-2b7d-4c95-9e04-6d1c0b8a7f23@ensapbx.onmicrosoft.com
SUMMARY;LANGUAGE=fr-FR:Rencontre étudiant·e / agence – Yanis Cherif
DTSTART:20250206T140000Z
DTEND:20250206T142000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T111844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:ENSAP Bordeaux – hall principal\, table 6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-bookings-staff-school-internship-meets", hiring=True),

    ev("hiring-debrief", "5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250327T123000
DTEND;TZID=Europe/Paris:20250327T131500
DTSTAMP:20250324T080233Z
ORGANIZER;CN=Isabelle Nayrac:mailto:i.nayrac@ateliergaronne.fr
UID:5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Nayrac;X-NUM-GUESTS=0:mailto:i.nayrac@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
DESCRIPTION:On fait le tour des 5 rencontrés (Léa B.\, Hugo L.\, Inès M.\, 
 Nolwenn P. – annulé\, Théo R.) et on décide qui on prend pour mai–août. 
 Chacun apporte ses notes. Sandwichs offerts :)
LOCATION:Salle de réunion RDC
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Débrief stagiaires été
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-intern-debrief", hiring=True),

    ev("revit-test-supervision", "8k6j4h2g0f9d7s5a3q1w8e6r4t@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250415T090000
DTEND;TZID=Europe/Paris:20250415T113000
DTSTAMP:20250409T171150Z
ORGANIZER;CN=Pierre Dubourg:mailto:p.dubourg@ateliergaronne.fr
UID:8k6j4h2g0f9d7s5a3q1w8e6r4t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
DESCRIPTION:Test Revit de Thomas Garnier (candidat projeteur). Amélie : pré
 parer le fichier test (plots + 1 niveau de la résidence Bègles\, vue en p
 lan à coter + coupe + nomenclature portes)\, l'installer sur le poste 4\, 
 puis corriger avec la grille. On en parle à 11h30.
LOCATION:Poste 4 (open space)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Test Revit – T. Garnier (projeteur)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-supervises-revit-test", hiring=True),

    ev("candidate-notes", "0D9E8F7A-6B5C-4D3E-2F1A-0B9C8D7E6F5A", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250312T171821Z
DTEND:20250312T180000
DTSTAMP:20250312T172540Z
DTSTART:20250312T170000
LAST-MODIFIED:20250312T172540Z
SEQUENCE:1
SUMMARY:Inès M. (stage)
DESCRIPTION:bon book\, maquettes ++\, jamais vu de chantier. Revit moyen\, SketchUp ok. dispo mai-août. un peu timide mais questions pertinentes sur le réemploi. -> plutôt oui\, à revoir avec Isabelle
UID:0D9E8F7A-6B5C-4D3E-2F1A-0B9C8D7E6F5A
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-typed-notes-on-candidate", hiring=True, crlf=False),

    ev("hiring-committee", "2z4x6c8v0b1n3m5a7s9d1f3g5h@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250506T083000
DTEND;TZID=Europe/Paris:20250506T093000
DTSTAMP:20250430T190005Z
ORGANIZER;CN=Pierre Dubourg:mailto:p.dubourg@ateliergaronne.fr
UID:2z4x6c8v0b1n3m5a7s9d1f3g5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Nayrac;X-NUM-GUESTS=0:mailto:i.nayrac@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
DESCRIPTION:Choix du/de la chef·fe de projet pour reprendre le portefeuill
 e de Julien (départ fin juin). 3 profils vus : C. Brunet\, M. Dagorn\, S.
  Kebir. Grilles remplies dans le Drive > RH > Recrutement CDP 2025. Déci
 sion + fourchette salaire.
LOCATION:Bureau Pierre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point recrutement CDP (remplacement Julien)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-hiring-decision-meeting", hiring=True),

    ev("supervised-trial-day", "6n8m0q2w4e6r8t0y2u4i6o8p0a@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250513
DTEND;VALUE=DATE:20250514
DTSTAMP:20250507T102244Z
ORGANIZER;CN=Isabelle Nayrac:mailto:i.nayrac@ateliergaronne.fr
UID:6n8m0q2w4e6r8t0y2u4i6o8p0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Nayrac;X-NUM-GUESTS=0:mailto:i.nayrac@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
DESCRIPTION:Maxime Dupré vient passer la journée avec nous (poste assistan
 t chef de projet). Amélie l'encadre : matin relevé + plans EDL maison Cau
 déran\, aprèm réunion de chantier Bègles avec elle. Retour à faire le soi
 r même à Pierre et moi.
LOCATION:Atelier Garonne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'essai – Maxime D. (encadrement Amélie)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-supervises-trial-day", hiring=True),
]
