"""holdout143: the user on the HIRING side at Maison Lachine (part 1)."""

from holdout143ev_common import no

EVENTS = []

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevin.tran
 88@gmail.com:mailto:kevin.tran88@gmail.com
DESCRIPTION;LANGUAGE=fr-CA:Olivier\, je t'ai booké l'entrevue de Kevin Tra
 n pour le poste de cuisinier de ligne (quart soir\, Atwater). CV en pièc
 e jointe dans le courriel. 3 ans chez Ferreira\, dispo tout de suite. On
  fait ça au bureau en haut\, je prends les notes.\n\nNancy\n
UID:040000008200E00074C5B7101A82E00800000000A9C8E7F6D5B4DB010000000000000
 000100000006A7B8C9D0E1F20314253647586970A1B
SUMMARY;LANGUAGE=fr-CA:Entrevue – Cuisinier de ligne – Kevin Tran
DTSTART;TZID=Eastern Standard Time:20250212T143000
DTEND;TZID=Eastern Standard Time:20250212T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T153300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau administration (2e) – Atwater
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A9C8E7F6D5B4DB010000000000000000100000006A7B8C9D0E1F20314253647586970A1B",
    "user-as-interviewer-hr-books-line-cook-interview-for-user", hiring=True))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250218T230145Z
UID:5D0A7C3E-2B19-4F86-A4E2-C1B7F9E3D058
DTSTART:20250221T160000
DTEND:20250221T220000
SUMMARY:stage Jérémie - garde-manger
DESCRIPTION:le mettre avec Vicky au froid. regarder vitesse\, propreté\,
  s'il goûte. payer 4h si ok (Nancy)
DTSTAMP:20250218T230145Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "5D0A7C3E-2B19-4F86-A4E2-C1B7F9E3D058", "user-as-interviewer-supervises-candidate-stage-phone-entry",
    hiring=True, crlf=False))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250303T133002Z
DESCRIPTION:Mamadou D. – candidat plonge (référé par Ibrahim). Essai 4h p
 endant le rush. Montrer la machine\, le tri\, la plonge batterie. Fiche
  d'évaluation dans le classeur RH.\n
DTEND;TZID="Eastern Standard Time":20250306T210000
DTSTAMP:20250303T133002Z
DTSTART;TZID="Eastern Standard Time":20250306T170000
LAST-MODIFIED:20250303T133002Z
LOCATION:Plonge – Atwater
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Essai plonge – Mamadou
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000708C1D2E3F4ADB010000000000000
 00010000000C3D4E5F60718293A4B5C6D7E8F901A2B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000708C1D2E3F4ADB01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901A2B",
    "user-as-interviewer-dishwasher-essai-outlook-self-appointment", hiring=True))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250225T140000
DTEND;TZID=America/Montreal:20250225T144500
DTSTAMP:20250220T171200Z
ORGANIZER;CN=Julie Marchand - Placement Cuisine Pro:mailto:julie@placemen
 tcuisinepro.ca
UID:0a2c4e6g8i0k2m4o6q8s0u2w4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@mais
 on-lachine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Roxanne Tessier;X-NUM-GUESTS=0:mailto:roxanne.tessier.patisserie@gmail
 .com
DESCRIPTION:Bonjour Olivier\,\n\nTel que discuté\, je te présente Roxanne
  Tessier pour ton poste de sous-chef pâtissière. 6 ans d'expérience (Pâ
 tisserie Rhubarbe\, Hôtel Nelligan)\, bilingue\, disponible le 10 mars. E
 lle passera à ton restaurant mardi à 14h. Ma facturation suit notre ente
 nte habituelle (15 % si embauche).\n\nJulie Marchand\nPlacement Cuisine Pro
LOCATION:Maison Lachine – Atwater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Roxanne Tessier (sous-chef pâtissière) – Placement Cuisin
 e Pro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0a2c4e6g8i0k2m4o6q8s0u2w4y@google.com", "user-as-interviewer-agency-presents-candidate-to-user", hiring=True))

EVENTS.append(no("reply", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250311T183000Z
DTEND:20250311T191500Z
DTSTAMP:20250307T021544Z
ORGANIZER;CN="Bélanger, Olivier":mailto:o.belanger@maison-lachine.ca
UID:040000008200E00074C5B7101A82E0080000000090A1B2C3D4E5DB01000000000000000
 010000000E6F7A8B9C0D1E2F30415263748596A7B
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maria
 na Souza;X-NUM-GUESTS=0:mailto:marianasouza.chef@gmail.com
CREATED:20250307T021544Z
LAST-MODIFIED:20250307T021544Z
LOCATION:Maison Lachine Griffintown
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – Chef de partie chaud – Mariana Souza
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000090A1B2C3D4E5DB01000000000000000010000000E6F7A8B9C0D1E2F30415263748596A7B",
    "user-as-interviewer-candidate-accepted-reply", hiring=True))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250313T124500Z
DESCRIPTION:Réf. pour Sophie Lévesque (chef de partie)\n1) Marc-Antoine
  Hébert\, ex-sous-chef Joe Beef – 514-555-0116\n2) Carole Nguyen\, proprio
  Bistro Cocagne – 514-555-0177\nQuestions : ponctualité\, gestion du st
 ress au coup de feu\, raison du départ\, réembaucherais-tu?\n
DTEND;TZID="Eastern Standard Time":20250314T103000
DTSTAMP:20250313T124500Z
DTSTART;TZID="Eastern Standard Time":20250314T100000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Appels références – Sophie L.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000
 00010000000112233445566778899AABBCCDDEEFF00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000112233445566778899AABBCCDDEEFF00",
    "user-as-interviewer-checks-candidate-references", hiring=True))

EVENTS.append(no("workable", r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T150000Z
DTEND:20250320T153000Z
DTSTAMP:20250318T120001Z
ORGANIZER;CN=Maison Lachine:mailto:noreply@workablemail.com
UID:workable-event-9e2d4c6b8a0f1e3d@workable.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Olivier Bélanger:mailto:o.belanger@maison-lachine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sa
 muel Ouellet:mailto:sam.ouellet.qc@outlook.com
DESCRIPTION:Appel vidéo : Samuel Ouellet – Commis de cuisine (Maison Lachi
 ne Atwater)\n\nÉvaluateur : Olivier Bélanger\nN'oubliez pas de remplir la
  fiche d'évaluation dans Workable après l'appel : https://maison-lachine.
 workable.com/backend/jobs/3349812/candidates/88120344\n\nLien vidéo : http
 s://meet.google.com/wkb-mlch-samo
LOCATION:https://meet.google.com/wkb-mlch-samo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel vidéo : Samuel Ouellet – Commis de cuisine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "workable-event-9e2d4c6b8a0f1e3d@workable.com", "user-as-interviewer-workable-evaluator-same-ats-as-own",
    hiring=True))

EVENTS.append(no("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferland, Mar
 co":mailto:m.ferland@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:On fait le tour des 3 finalistes sous-chef Gri
 ffintown (Mélissa\, David\, Ana) : vos notes des entrevues + stages\, fou
 rchette salariale\, date d'entrée. Décision d'ici vendredi.\n____________
 ____________________________________________________________________\nRéu
 nion Microsoft Teams\nRejoindre la réunion maintenant<https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_ZGVicmllZg%40thread.v2/0>\nID de la ré
 union : 288 145 660 203\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB010000000000000
 00010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=fr-CA:Débrief finalistes sous-chef Griffintown
DTSTART;TZID=Eastern Standard Time:20250402T100000
DTEND;TZID=Eastern Standard Time:20250402T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T190010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
    "user-as-interviewer-debrief-finalists", hiring=True))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ferland, Marco":mailto:m.ferland@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ricard, Nanc
 y":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arsenault, P
 aul":mailto:p.arsenault@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Comité d'embauche – postes cuisine (toutes suc
 cursales). Ordre du jour : candidats en cours\, besoins été (terrasses)\,
  grille salariale commis.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB010000000000000
 00010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6
SUMMARY;LANGUAGE=fr-CA:Comité d'embauche cuisine
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=MO
DTSTART;TZID=Eastern Standard Time:20250407T090000
DTEND;TZID=Eastern Standard Time:20250407T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T140211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle de réunion – siège (Lachine)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6",
    "user-as-interviewer-weekly-hiring-committee", hiring=True))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Olivier\, comme tu vas mener les entrevues de
  plongeurs cet été\, viens observer comment je fais les entrevues de gr
 oupe (mise en situation\, questions\, grille). Tu prendras le relais la s
 emaine suivante.\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB010000000000000
 00010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6
SUMMARY;LANGUAGE=fr-CA:Observation – entrevues de groupe (plonge)
DTSTART;TZID=Eastern Standard Time:20250424T100000
DTEND;TZID=Eastern Standard Time:20250424T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T144020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle du personnel – Atwater
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6",
    "user-as-interviewer-shadows-hr-group-interviews", hiring=True))
