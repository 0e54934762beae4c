"""holdout176 events, part B: Fable & Field, Canadian Digital Service, Lumen Santé."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import iv

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


# Fable & Field: a small research & design agency on Google Workspace.
add("agency-partner-chat", iv(
    "0d6n4ub0r7c4eqe0q9h6mhl2ss@google.com", "Fable & Field", "Research Director", "hiring_manager",
    "jonah@fableandfield.co", "agency-employer-partner-coffee-worded-interview"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250923T160000Z
DTEND:20250923T164500Z
DTSTAMP:20250917T022945Z
ORGANIZER;CN=Jonah Feld:mailto:jonah@fableandfield.co
UID:0d6n4ub0r7c4eqe0q9h6mhl2ss@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonah Feld;X-NUM-GUESTS=0:mailto:jonah@fableandfield.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20250917T022944Z
DESCRIPTION:Great to connect\\, Priya. Let's grab a coffee at the studio an
 d talk about the Research Director role — what the job really is day to 
 day at an agency our size\\, the clients\\, and your work at Carewell. Brin
 g anything you'd like to show\\, but no formal presentation needed.\\n\\nJon
 ah\\nCo-founder & Managing Partner\\, Fable & Field
LAST-MODIFIED:20250917T022944Z
LOCATION:Fable & Field\\, 401 Richmond St W\\, Suite 210\\, Toronto\\, ON M5V 3A8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya <> Jonah (Fable & Field) – Research Director
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("agency-team-session", iv(
    "7hh1rj8b0l3d2ugp9v4c6sn1ee@google.com", "Fable & Field", "Research Director", "onsite",
    "jonah@fableandfield.co;maya@fableandfield.co;theo@fableandfield.co",
    "agency-working-session-with-team-lunch"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251003T150000Z
DTEND:20251003T180000Z
DTSTAMP:20250926T141201Z
ORGANIZER;CN=Fable & Field Studio:mailto:hello@fableandfield.co
UID:7hh1rj8b0l3d2ugp9v4c6sn1ee@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonah Feld;X-NUM-GUESTS=0:mailto:jonah@fableandfield.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maya Osei;X-NUM-GUESTS=0:mailto:maya@fableandfield.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Theo Marchetti;X-NUM-GUESTS=0:mailto:theo@fableandfield.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20250926T141200Z
DESCRIPTION:Round two for the Research Director role 🎉\\n\\n11:00 Working s
 ession with Maya (Design Lead) and Theo (Strategy) — we'll give you a real
  (anonymised) client brief and plan a study together on the whiteboard\\n12
 :15 Lunch with the team\\n1:15 Wrap-up with Jonah\\n\\nNothing to prepare. 
 Buzz #210 at the side door on Richmond.
LAST-MODIFIED:20250926T141200Z
LOCATION:Fable & Field\\, 401 Richmond St W\\, Suite 210\\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fable & Field – working session + team lunch (Priya R.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

# Canadian Digital Service: bilingual government Outlook/Teams invites.
add("gov-written-assessment", iv(
    "040000008200E00074C5B7101A82E008000000004C7F0AA8B92ADC010000000000000000100000009A41B3E2C07D6E4DA1F2B6C8D3E5A901",
    "Canadian Digital Service", "UX Research Manager", "technical", "",
    "government-bilingual-written-assessment-no-interviewer"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Recrutement SNC / CDS Recruitment":mailto:recrutement-recruitment@cds-snc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:(English follows)\\n\\nBonjour Priya\\,\\n\\nVous ête
 s invitée à l'évaluation écrite pour le processus de sélection 25-CDS-EA-0
 412 – Gestionnaire\\, recherche UX. Durée : 2 heures. Vous recevrez les qu
 estions par courriel au début de la séance et remettrez vos réponses par 
 courriel à la fin. Une personne du Secrétariat restera disponible dans Te
 ams pour répondre aux questions techniques.\\n\\nHello Priya\\,\\n\\nYou are i
 nvited to the written assessment for selection process 25-CDS-EA-0412 – UX
  Research Manager. Duration: 2 hours. You will receive the questions by ema
 il at the start and submit your answers by email at the end. A staffing te
 am member will remain available in Teams for technical questions.\\n\\nRéunion Mi
 crosoft Teams / Microsoft Teams meeting\\nID de la réunion / Meeting ID: 2
 41 608 335 129\\n
UID:040000008200E00074C5B7101A82E008000000004C7F0AA8B92ADC010000000000000000100000009A41B3E2C07D6E4DA1F2B6C8D3E5A901
SUMMARY;LANGUAGE=fr-CA:Évaluation écrite / Written assessment – 25-CDS-EA-0412
DTSTART;TZID=Eastern Standard Time:20251104T130000
DTEND;TZID=Eastern Standard Time:20251104T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T150022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")

add("gov-board-interview", iv(
    "040000008200E00074C5B7101A82E00800000000D2C55E1F6A3ADC01000000000000000010000000E4B9A06C2F1D7743B0C8E2D9F6A1B357",
    "Canadian Digital Service", "UX Research Manager", "onsite",
    "anne-marie.leblanc@cds-snc.ca;raj.patel@cds-snc.ca;heather.mackenzie@cds-snc.ca",
    "government-bilingual-entrevue-board"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="LeBlanc, Anne-Marie (CDS/SNC)":mailto:anne-marie.leblanc@cds-snc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Patel, Raj (CDS/SNC)":mailto:raj.patel@cds-snc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MacKenzie, Heather (CDS/SNC)":mailto:heather.mackenzie@cds-snc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recrutement SNC / CDS Recruitment":mailto:recrutement-recruitment@cds-snc.ca
DESCRIPTION;LANGUAGE=fr-CA:(English follows)\\n\\nBonjour Priya\\,\\n\\nFélicita
 tions! Vous avez réussi l'évaluation écrite. Voici l'invitation à l'entrev
 ue pour le processus 25-CDS-EA-0412. Le comité d'évaluation sera composé d
 'Anne-Marie LeBlanc (présidente)\\, Raj Patel et Heather MacKenzie. Vous re
 cevrez les questions 15 minutes avant l'entrevue. Vous pouvez répondre dan
 s la langue officielle de votre choix.\\n\\nHello Priya\\,\\n\\nCongratulation
 s! You passed the written assessment. This is your interview for process 2
 5-CDS-EA-0412. The assessment board: Anne-Marie LeBlanc (chair)\\, Raj Pate
 l and Heather MacKenzie. You'll receive the questions 15 minutes before th
 e interview. You may answer in the official language of your choice.\\n\\nR
 éunion Microsoft Teams / Microsoft Teams meeting\\n
UID:040000008200E00074C5B7101A82E00800000000D2C55E1F6A3ADC01000000000000000010000000E4B9A06C2F1D7743B0C8E2D9F6A1B357
SUMMARY;LANGUAGE=fr-CA:Entrevue / Interview – Gestionnaire\\, recherche UX / UX Research Manager
DTSTART;TZID=Eastern Standard Time:20251119T100000
DTEND;TZID=Eastern Standard Time:20251119T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T201533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")

# Lumen Santé (Montréal): Workable in UTC, then Google with America/Montreal.
add("workable-entrevue-tel", iv(
    "workable-3f9a2c1e-80b4-4d7e-9a66-c2e1f0b7d845@workable.com", "Lumen Santé", "Responsable de la recherche UX",
    "recruiter_screen", "genevieve.roy@lumensante.ca", "workable-utc-french-entrevue-telephonique"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-3f9a2c1e-80b4-4d7e-9a66-c2e1f0b7d845@workable.com
DTSTAMP:20250924T133000Z
DTSTART:20250930T140000Z
DTEND:20250930T143000Z
SUMMARY:Entrevue téléphonique : Responsable de la recherche UX – Lumen Santé
DESCRIPTION:Bonjour Priya\\,\\n\\nMerci pour votre intérêt envers Lumen Santé
  ! Geneviève Roy\\, conseillère en acquisition de talents\\, vous appellera 
 au numéro indiqué dans votre candidature pour un premier échange d'environ
  30 minutes.\\n\\nAu plaisir\\,\\nL'équipe Lumen Santé\\n\\nPowered by Workable
LOCATION:Appel téléphonique
ORGANIZER;CN=Geneviève Roy:mailto:genevieve.roy@lumensante.ca
ATTENDEE;CN=Geneviève Roy;PARTSTAT=ACCEPTED:mailto:genevieve.roy@lumensante.ca
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("entrevue-vp-produit", iv(
    "2n3o7rc0hm4gm9v8b7q6j5p1uf@google.com", "Lumen Santé", "Responsable de la recherche UX", "hiring_manager",
    "marc-andre.gagnon@lumensante.ca", "google-america-montreal-french-vp-produit"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Montreal@@
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20251009T150000
DTEND;TZID=America/Montreal:20251009T160000
DTSTAMP:20251002T172740Z
ORGANIZER;CN=Geneviève Roy:mailto:genevieve.roy@lumensante.ca
UID:2n3o7rc0hm4gm9v8b7q6j5p1uf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc-André Gagnon;X-NUM-GUESTS=0:mailto:marc-andre.gagnon@lumensante.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20251002T172739Z
DESCRIPTION:Bonjour Priya\\,\\n\\nComme convenu\\, voici l'invitation pour vot
 re entrevue avec Marc-André Gagnon\\, VP Produit\\, à qui le poste relève. 
 L'entrevue se déroulera en français (et en anglais au besoin!).\\n\\nRejoin
 dre avec Google Meet : https://meet.google.com/fqw-ocnb-vte\\n\\nGeneviève
LAST-MODIFIED:20251002T172739Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – Priya Raman / Marc-André Gagnon (VP Produit)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("entrevue-finale", iv(
    "4c7d3sd0o2bq6l1nq8r5t9m0ah@google.com", "Lumen Santé", "Responsable de la recherche UX", "final",
    "marc-andre.gagnon@lumensante.ca;chloe.bergeron@lumensante.ca;nadia.benali@lumensante.ca",
    "french-entrevue-finale-etude-de-cas-in-person-montreal"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Montreal@@
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20251023T130000
DTEND;TZID=America/Montreal:20251023T160000
DTSTAMP:20251014T190522Z
ORGANIZER;CN=Geneviève Roy:mailto:genevieve.roy@lumensante.ca
UID:4c7d3sd0o2bq6l1nq8r5t9m0ah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc-André Gagnon;X-NUM-GUESTS=0:mailto:marc-andre.gagnon@lumensante.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Chloé Bergeron;X-NUM-GUESTS=0:mailto:chloe.bergeron@lumensante.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Benali;X-NUM-GUESTS=0:mailto:nadia.benali@lumensante.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20251014T190521Z
DESCRIPTION:Déroulement de la dernière étape :\\n\\n13 h – Présentation d'une
  étude de cas (45 min\\, le sujet de votre choix) devant Marc-André (VP Pro
 duit)\\, Chloé (designer principale) et Nadia (directrice des opérations cli
 niques)\\n14 h – Période de questions\\n14 h 30 – Visite des bureaux et café
  avec l'équipe\\n\\nNous remboursons votre billet de train VIA Rail. Préven
 ez-nous à l'accueil du 8e étage.
LAST-MODIFIED:20251014T190521Z
LOCATION:Lumen Santé\\, 1250 rue Guy\\, 8e étage\\, Montréal (QC) H3H 2T4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue finale : étude de cas – Priya Raman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
