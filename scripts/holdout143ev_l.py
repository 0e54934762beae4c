"""holdout143: the trade's everyday calendar and more look-alikes (not interviews)."""

from holdout143ev_common import no

EVENTS = []

EVENTS.append(no("7shifts", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//7shifts//Schedule Export//EN
X-WR-CALNAME:Mes quarts – Maison Lachine
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
UID:7shifts-recurring-brunch-olivier-3318@7shifts.com
DTSTAMP:20250301T120000Z
DTSTART;TZID=America/Toronto:20250301T070000
DTEND;TZID=America/Toronto:20250301T153000
RRULE:FREQ=WEEKLY;BYDAY=SA,SU;COUNT=16
SUMMARY:Quart – Sous-chef (ouverture brunch)
LOCATION:Maison Lachine – Atwater
DESCRIPTION:Poste : Sous-chef\nRôle : Ouverture\, mise en place brunch
END:VEVENT
BEGIN:VEVENT
UID:7shifts-recurring-brunch-olivier-3318@7shifts.com
DTSTAMP:20250318T090000Z
RECURRENCE-ID;TZID=America/Toronto:20250322T070000
DTSTART;TZID=America/Toronto:20250322T100000
DTEND;TZID=America/Toronto:20250322T180000
SUMMARY:Quart – Sous-chef (échange avec Vicky)
LOCATION:Maison Lachine – Atwater
DESCRIPTION:Quart échangé : Vicky ouvre\, Olivier ferme.
END:VEVENT
END:VCALENDAR
""", "7shifts-recurring-brunch-olivier-3318@7shifts.com", "trade-recurring-shifts-with-override"))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferland,
  Marco":mailto:m.ferland@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Formation obligatoire Gestionnaire d'établisse
 ment alimentaire (MAPAQ) – 12 h réparties sur 2 jours. Formateur externe
  (Groupe Hygiène Pro). Examen à la fin du 2e jour.\n
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C9DB010000000000000
 00010000000CACACACADBDBDBDBECECECECFDFDFDFD
SUMMARY;LANGUAGE=fr-CA:Formation Hygiène et salubrité – gestionnaire (jour 1)
DTSTART;TZID=Eastern Standard Time:20250128T080000
DTEND;TZID=Eastern Standard Time:20250128T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250114T130001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle de formation – siège (Lachine)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C9DB01000000000000000010000000CACACACADBDBDBDBECECECECFDFDFDFD",
    "trade-food-safety-training-with-exam"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250410T190011Z
UID:3C6D9E2F-5A84-4B17-D0F3-8A1B4C7E0D56
DTSTART:20250426T090000
DTEND:20250426T150000
SUMMARY:MEP banquet mariage 180p - salle Lachine
DESCRIPTION:canapés x 6 (1080 pcs)\, entrée betteraves\, bœuf braisé\, v
 égé = risotto orge. commande Lacoste jeudi. 3 commis + Vicky
DTSTAMP:20250410T190011Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "3C6D9E2F-5A84-4B17-D0F3-8A1B4C7E0D56", "trade-banquet-mise-en-place", crlf=False))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250315T140000
DTEND;TZID=America/Montreal:20250315T153000
DTSTAMP:20250303T184502Z
ORGANIZER;CN=Évènements Maison Lachine:mailto:evenements@maison-lachine.ca
UID:0k2m4o6q8s0u2w4y6a8c0e2g4i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@mais
 on-lachine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Audrey Tremblay;X-NUM-GUESTS=0:mailto:audrey.tremblay.roy@gmail.com
DESCRIPTION:Dégustation menu mariage Tremblay-Roy (26 avril\, 180 pers.).
  Les mariés goûtent 2 entrées\, 2 plats\, 1 option végé. Olivier présen
 te les plats. Contrat signé\, dépôt reçu.
LOCATION:Maison Lachine – salle privée
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation mariage Tremblay-Roy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0k2m4o6q8s0u2w4y6a8c0e2g4i@google.com", "trade-client-wedding-menu-tasting"))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250330T080000
DTEND;TZID=America/Montreal:20250330T130000
DTSTAMP:20250221T140000Z
ORGANIZER;CN=Concours Chef de l'année:mailto:concours@chefdelannee.quebec
UID:2m4o6q8s0u2w4y6a8c0e2g4i6k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier.bel
 anger.cuisine@hotmail.com
DESCRIPTION:Épreuve de sélection régionale – Montréal. Candidat n° 07. Arr
 ivée 7h30\, 30 min de mise en place\, 4 h d'épreuve\, envoi des assiett
 es au jury à 12h00 précises. Panier mystère + plat imposé (agneau du Qué
 bec).
LOCATION:Institut de tourisme et d'hôtellerie du Québec\, cuisine 2.14
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Concours Chef de l'année – épreuve régionale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2m4o6q8s0u2w4y6a8c0e2g4i6k@google.com", "cooking-competition-candidate-jury-not-hiring"))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250108T163344Z
DESCRIPTION:Bonjour Olivier\,\n\nVoici notre 2e rencontre de bilan de com
 pétences : passation des tests d'intérêts et retour sur ton portfolio. P
 révois 90 minutes.\n\nIsabelle Côté\, c.o.\nConseillère d'orientation\n
DTEND;TZID="Eastern Standard Time":20250115T110000
DTSTAMP:20250108T163344Z
DTSTART;TZID="Eastern Standard Time":20250115T093000
LOCATION:Cabinet Trajectoires\, 1255 Rue Peel\, bureau 900
ORGANIZER;CN="Isabelle Côté":mailto:icote@cabinet-trajectoires.ca
ATTENDEE;CN="Olivier Bélanger";RSVP=TRUE:mailto:olivier.belanger.cuisine@ho
 tmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Bilan de compétences – rencontre 2
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D0DB010000000000000
 00010000000DEDEDEDEEFEFEFEF0A0A0A0A1B1B1B1B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D0DB01000000000000000010000000DEDEDEDEEFEFEFEF0A0A0A0A1B1B1B1B",
    "career-counselling-session"))

EVENTS.append(no("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arsenault, P
 aul":mailto:p.arsenault@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Révision des descriptions de poste cuisine (co
 mmis\, cuisinier\, chef de partie\, sous-chef) avant la mise à jour de l
 a structure salariale. Lire le document partagé avant.\n\nRéunion Micros
 oft Teams\nRejoindre la réunion maintenant<https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_UkhkZXNj%40thread.v2/0>\n
UID:040000008200E00074C5B7101A82E00800000000F5A6B7C8D9E1DB010000000000000
 00010000000EDEDEDEDFEFEFEFE0B0B0B0B1C1C1C1C
SUMMARY;LANGUAGE=fr-CA:RH – descriptions de poste cuisine
DTSTART;TZID=Eastern Standard Time:20250227T100000
DTEND;TZID=Eastern Standard Time:20250227T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T130202Z
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
""", "040000008200E00074C5B7101A82E00800000000F5A6B7C8D9E1DB01000000000000000010000000EDEDEDEDFEFEFEFE0B0B0B0B1C1C1C1C",
    "internal-hr-meeting-job-descriptions"))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T113000Z
DTEND:20250320T130000Z
DTSTAMP:20250312T210400Z
ORGANIZER;CN=Recherche Salut Bonjour:mailto:recherche.sb@tva.ca
UID:4o6q8s0u2w4y6a8c0e2g4i6k8m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
DESCRIPTION:Segment cuisine en direct : recette de cabane à sucre revisit
 ée (3 min en ondes). Arrivée au studio 7h30 pour le maquillage et la mis
 e en place. Un « prêt-à-servir » + une version en étapes.
LOCATION:Studios TVA\, 1600 Boul. De Maisonneuve E\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tournage Salut Bonjour – Olivier Bélanger (segment cuisine)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4o6q8s0u2w4y6a8c0e2g4i6k8m@google.com", "tv-cooking-segment-media"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250215T143300Z
UID:4D7E0F3A-6B95-4C28-E1A4-9B2C5D8F1E67
DTSTART:20250225T093000
DTEND:20250225T103000
SUMMARY:Entrevue CPE Les Petits Pois (Rose)
LOCATION:CPE Les Petits Pois\, rue de l'Église
DESCRIPTION:place dispo sept. via La Place 0-5. avec Julie. apporter carn
 et vaccination + certificat naissance
DTSTAMP:20250215T143300Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "4D7E0F3A-6B95-4C28-E1A4-9B2C5D8F1E67", "personal-daycare-admission-entrevue", crlf=False))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Leblanc, Hélène (ITHQ)":mailto:hleblanc@ithq.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
DESCRIPTION;LANGUAGE=fr-CA:Merci d'avoir accepté d'agir comme membre du j
 ury externe pour l'évaluation pratique de fin de programme (DEP Cuisine\,
  groupe 24-B). Vous évaluerez 6 élèves selon la grille ministérielle. Dîn
 er offert.\n
UID:040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F2DB010000000000000
 00010000000FCFCFCFC0D0D0D0D1E1E1E1E2F2F2F2F
SUMMARY;LANGUAGE=fr-CA:Jury externe – évaluation pratique DEP Cuisine
DTSTART;TZID=Eastern Standard Time:20250604T080000
DTEND;TZID=Eastern Standard Time:20250604T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T121100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:ITHQ – cuisine pédagogique 1.08
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F2DB01000000000000000010000000FCFCFCFC0D0D0D0D1E1E1E1E2F2F2F2F",
    "external-jury-student-practical-exam"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250314T021544Z
UID:5E8F1A4B-7C06-4D39-F2B5-0C3D6E9A2F78
DTSTART:20250321T093000
DTEND:20250321T094500
SUMMARY:Relancer Saputo (Hugo RH) si pas de nouvelles
DESCRIPTION:entrevue du 13. courriel court\, redire intérêt pour le poste
  innovation
DTSTAMP:20250314T021544Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "5E8F1A4B-7C06-4D39-F2B5-0C3D6E9A2F78", "follow-up-reminder-after-own-interview", crlf=False))
