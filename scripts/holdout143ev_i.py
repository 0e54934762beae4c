"""holdout143: the user on the HIRING side at Maison Lachine (part 2)."""

from holdout143ev_common import no

EVENTS = []

EVENTS.append(no("calendly", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a91e5c3b-7d20-4f68-b14e-2c8d0f6a9e57@calendly.com
DTSTAMP:20250326T011500Z
DTSTART:20250327T190000Z
DTEND:20250327T192000Z
SUMMARY:Karine Dubé et Olivier Bélanger
DESCRIPTION:Nouvel événement planifié\n\nType d'événement : Entrevue cuisi
 nier(ère) – 20 min\nInvitée : Karine Dubé (karine.dube.cuisine@gmail.com)\
 nNuméro de téléphone de l'invitée : +1 450-555-0138\n\nQuestions :\nPoste
  visé : Cuisinière – brunch fin de semaine\nExpérience : 2 ans à l'Anecdo
 te\, DEP cuisine 2022\n\nVoir l'événement dans Calendly : https://calendl
 y.com/app/scheduled_events/user/me
ORGANIZER;CN=Olivier Bélanger:mailto:o.belanger@maison-lachine.ca
ATTENDEE;CN=Karine Dubé;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:karin
 e.dube.cuisine@gmail.com
LOCATION:+1 450-555-0138
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "a91e5c3b-7d20-4f68-b14e-2c8d0f6a9e57@calendly.com", "user-as-interviewer-calendly-host-booked-by-candidate",
    hiring=True))

EVENTS.append(no("bookings", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Maison Lachine:mailto:RecrutementMaisonLachine@mai
 son-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger,
  Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ahmed Bou
 zid:mailto:ahmed.bouzid1999@hotmail.com
DESCRIPTION;LANGUAGE=fr-CA:Réservation confirmée\n\nService : Journée d'em
 bauche express – rencontre 15 min\nMembre du personnel : Olivier Bélanger
 \nClient : Ahmed Bouzid\nTéléphone : 514-555-0152\nNotes du client : Aide-
 cuisinier\, disponible soirs et fins de semaine\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB010000000000000
 00010000000D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5E6
SUMMARY;LANGUAGE=fr-CA:Journée d'embauche express – Ahmed Bouzid
DTSTART;TZID=Eastern Standard Time:20250503T101500
DTEND;TZID=Eastern Standard Time:20250503T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T221144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Maison Lachine – Atwater (salle à manger)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5E6",
    "user-as-interviewer-bookings-staff-member-job-day", hiring=True))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250409
DTEND;VALUE=DATE:20250410
DTSTAMP:20250320T151005Z
ORGANIZER;CN=Nancy Ricard:mailto:n.ricard@maison-lachine.ca
UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@maison-la
 chine.ca
DESCRIPTION:Kiosque Maison Lachine au Salon emploi ITHQ. On cherche commis\,
  cuisiniers\, plongeurs pour l'été. Olivier : faire les mini-entrevues s
 ur place (fiches + QR code Workable). Apporter des bouchées pour le kiosq
 ue (30-40).
LOCATION:ITHQ\, 3535 Rue Saint-Denis\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kiosque Salon emploi ITHQ
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com", "user-as-interviewer-staffs-employer-booth-at-job-fair", hiring=True))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250129T150000
DTEND;TZID=America/Montreal:20250129T153000
DTSTAMP:20250127T184011Z
ORGANIZER;CN=Jean-Philippe Côté:mailto:jpcote.cuisine@gmail.com
UID:2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Philippe Côté;X-NUM-GUESTS=0:mailto:jpcote.cuisine@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@mais
 on-lachine.ca
DESCRIPTION:Bonjour Chef\, merci de m'avoir répondu pour le poste de commi
 s. Je vous envoie l'invitation pour mercredi comme convenu. J'apporte mon
  CV papier. Jean-Philippe
LOCATION:Maison Lachine Atwater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre avec Chef Olivier - poste commis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com", "user-as-interviewer-candidate-on-gmail-sends-invite", hiring=True))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250408T040233Z
UID:8B4E2D1F-6A07-4C93-B5D8-E2A1F0C7B946
DTSTART:20250409T110000
DTEND:20250409T113000
SUMMARY:appeler Nadia (cv commis) + Luis (plonge) pr entrevue
DESCRIPTION:Nadia 438-555-0161 dispo jeudi?\nLuis 514-555-0109 parle pas
  bcp fr\, faire en anglais/espagnol
DTSTAMP:20250408T040233Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "8B4E2D1F-6A07-4C93-B5D8-E2A1F0C7B946", "user-as-interviewer-phone-note-to-call-applicants",
    hiring=True, crlf=False))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Bélanger, Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ricard, Nanc
 y":mailto:n.ricard@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevues de groupe – plongeurs et aides-cuisin
 iers pour la saison terrasse. 6 à 8 candidats par séance. Nancy envoie
  les convocations.\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB010000000000000
 00010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6
SUMMARY;LANGUAGE=fr-CA:Entrevues de groupe – plonge / aides (terrasse)
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
DTSTART;TZID=Eastern Standard Time:20250501T100000
DTEND;TZID=Eastern Standard Time:20250501T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T160002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle du personnel – Atwater
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Bélanger, Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ricard, Nanc
 y":mailto:n.ricard@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Déplacé à 14h (livraison Viandes Lacoste le mat
 in).\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB010000000000000
 00010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6
RECURRENCE-ID;TZID=Eastern Standard Time:20250515T100000
SUMMARY;LANGUAGE=fr-CA:Entrevues de groupe – plonge / aides (terrasse)
DTSTART;TZID=Eastern Standard Time:20250515T140000
DTEND;TZID=Eastern Standard Time:20250515T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T120344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Salle du personnel – Atwater
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB01000000000000000010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6",
    "user-as-interviewer-recurring-group-interviews-with-override", hiring=True))

EVENTS.append(no("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=melissa.ge
 ndron@icloud.com:mailto:melissa.gendron@icloud.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mélissa\,\n\nVoici l'invitation pour vo
 tre deuxième entrevue pour le poste de sous-chef à Maison Lachine Griffi
 ntown\, avec Olivier Bélanger (sous-chef\, Atwater) et moi-même. Nous pa
 rlerons de gestion d'équipe et de coûts de nourriture.\n\nNancy Ricard\nC
 onseillère RH\, Maison Lachine\n_________________________________________
 _______________________________________\nRéunion Microsoft Teams\nRejoindr
 e la réunion maintenant<https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_TWVsaXNzYQ%40thread.v2/0>\nID de la réunion : 230 558 914 007\nCode
  secret : Wq2zP8\n
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB010000000000000
 00010000000F1F2F3F4F5F6F7F8F9A0A1A2A3A4A5A6
SUMMARY;LANGUAGE=fr-CA:2e entrevue – Sous-chef Griffintown – Mélissa Gendr
 on
DTSTART;TZID=Eastern Standard Time:20250320T140000
DTEND;TZID=Eastern Standard Time:20250320T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T174400Z
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
""", "040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000010000000F1F2F3F4F5F6F7F8F9A0A1A2A3A4A5A6",
    "user-as-interviewer-second-round-teams-user-named-in-body", hiring=True))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250225T170311Z
DESCRIPTION:Amélie prépare 3 desserts à l'assiette + 1 viennoiserie. Elle
  arrive 13h pour sa mise en place\, dégustation 15h avec Marco. Lui réser
 ver le four 2 et le marbre.\n
DTEND;TZID="Eastern Standard Time":20250227T160000
DTSTAMP:20250225T170311Z
DTSTART;TZID="Eastern Standard Time":20250227T150000
LOCATION:Pâtisserie – Atwater
ORGANIZER;CN="Bélanger, Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;CN="Ferland, Marco";RSVP=TRUE:mailto:m.ferland@maison-lachine.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Dégustation – Amélie R. (chef pâtissière)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB010000000000000
 000100000000102030405060708090A0B0C0D0E0F01
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB010000000000000000100000000102030405060708090A0B0C0D0E0F01",
    "user-as-interviewer-candidate-pastry-chef-tasting", hiring=True))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250122T100000
DTEND;TZID=America/Montreal:20250122T103000
DTSTAMP:20250116T150500Z
ORGANIZER;CN=Service des stages ITHQ:mailto:stages@ithq.qc.ca
UID:3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@mais
 on-lachine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Léa Montpetit;X-NUM-GUESTS=0:mailto:lea.montpetit@etu.ithq.qc.ca
DESCRIPTION:Entrevue de sélection pour le stage de fin d'études (DEP Cuis
 ine\, 6 semaines\, avril-mai) – étudiante : Léa Montpetit. Le milieu de s
 tage confirme son choix au Service des stages après l'entrevue.
LOCATION:Maison Lachine Atwater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue stage – Léa Montpetit / Maison Lachine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com", "user-as-interviewer-selects-school-intern", hiring=True))

EVENTS.append(no("harri", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harri//Harri Scheduler 3.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:harri-iv-0b9c8d7e-6f5a-4b3c-a2d1-e0f9a8b7c6d5
DTSTAMP:20250505T140002Z
DTSTART:20250508T180000Z
DTEND:20250508T183000Z
SUMMARY:Interview: Line Cook - Maison Lachine Griffintown
DESCRIPTION:Hi Olivier\,\n\nAn interview has been scheduled for you as in
 terviewer.\n\nCandidate: Tyler Brooks-Noël\nPosition: Line Cook\nLocatio
 n: Maison Lachine Griffintown\nInterview type: In person\n\nView candidat
 e profile: https://harri.com/team/candidates/77120938\n\nPowered by Harri
ORGANIZER;CN=Harri Scheduler:mailto:no-reply@harri.com
ATTENDEE;CN=Olivier Bélanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:o.bela
 nger@maison-lachine.ca
ATTENDEE;CN=Tyler Brooks-Noël;PARTSTAT=ACCEPTED:mailto:tbrooksnoel@gmail.c
 om
LOCATION:Maison Lachine Griffintown
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "harri-iv-0b9c8d7e-6f5a-4b3c-a2d1-e0f9a8b7c6d5", "user-as-interviewer-harri-same-tool-as-own-screen",
    hiring=True))
