"""holdout228 events, part D: bus makers, bus operators, utilities and other fleets."""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_ATS, TOR_GOOGLE, ev

NOVA = "Nova Bus"

EVENTS = []

EVENTS.append(ev("smartrecruiters-tech", "SR-INT-c83a0f51e7d24b96", 1, "smartrecruiters-entrevue-technique-bus-operator",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//FR
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:SR-INT-c83a0f51e7d24b96
DTSTAMP:20250224T200311Z
DTSTART;TZID=America/Toronto:20250304T131500
DTEND;TZID=America/Toronto:20250304T141500
SUMMARY:Entrevue technique - Chef d'équipe entretien autocars (Québec) - M
 athieu Bouchard
ORGANIZER;CN=Keolis Canada:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Benoît Arsenault:mailto:benoit.arsenault@keolis.ca
DESCRIPTION:Bonjour Mathieu\,\n\nVous rencontrerez Benoît Arsenault\, resp
 onsable maintenance Orléans Express\, au garage de Sainte-Foy (2700 rue Ei
 nstein). Au programme : lecture de codes (diag Prevost/Volvo D13)\, systèm
 e de freins\, priorisation des autocars pour le départ de 6 h.\n\nCet envo
 i a été généré par SmartRecruiters.
LOCATION:2700 rue Einstein\, Québec
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Keolis Canada", role="Chef d'équipe entretien autocars (Québec)", stage="technical",
    who="benoit.arsenault@keolis.ca"))

EVENTS.append(ev("calcom-fondateur", "calcom-8QmT3vZp1xYk", 1, "founder-free-mail-cal-com",
    r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-8QmT3vZp1xYk
DTSTAMP:20250129T031244Z
DTSTART:20250201T150000Z
DTEND:20250201T160000Z
SUMMARY:Jasette 60 min entre JP Lemay et Mathieu Bouchard
ORGANIZER;CN=JP Lemay:mailto:jplemay.convertix@gmail.com
ATTENDEE;CN=Mathieu Bouchard;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:mathieu.bou
 chard.meca@videotron.ca
DESCRIPTION:Quoi : Jasette 60 min entre JP Lemay et Mathieu Bouchard\nOù : 
 https://app.cal.com/video/8QmT3vZp1xYk\n\nNote de l'invité : Salut JP\, 
 suite à ton message sur LinkedIn pour le poste de chef d'atelier chez Conv
 ertix (conversion électrique de camions de livraison). Dispo samedi mati
 n.\n\nRéponse de JP : Parfait\, je veux te parler du poste\, te montrer 
 nos 2 prototypes par caméra et voir si ça clique. On est 9 employés\, en d
 émarrage.
LOCATION:https://app.cal.com/video/8QmT3vZp1xYk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Convertix", role="chef d'atelier", stage="hiring_manager",
    who="jplemay.convertix@gmail.com"))

EVENTS.append(ev("autobus-rencontre", "040000008200E00074C5B7101A82E00800000000B2C4E6F8A17FDB01000000000000000010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5", 1,
    "small-bus-company-outlook-rencontre", TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN=Hélène Laval:mailto:hlaval@autobuslaval.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Bo
 uchard:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Robert Giguère
 :mailto:rgiguere@autobuslaval.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nTel que convenu au télépho
 ne\, Robert (notre chef mécanicien qui prend sa retraite en août) et moi ai
 merions vous rencontrer pour le poste de chef d'atelier. 110 autobus scola
 ires et minibus. On prendra le temps de vous faire voir le garage.\n\nHélè
 ne Laval\nVice-présidente\, Autobus Laval ltée\n
UID:040000008200E00074C5B7101A82E00800000000B2C4E6F8A17FDB01000000000000000
 010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
SUMMARY;LANGUAGE=fr-CA:Rencontre – poste de chef d'atelier
DTSTART;TZID=America/Toronto:20250124T163000
DTEND;TZID=America/Toronto:20250124T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250120T134102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Autobus Laval\, 445 rue Soumande\, Québec
END:VEVENT
END:VCALENDAR
"""]), company="Autobus Laval", role="chef d'atelier", stage="hiring_manager",
    who="hlaval@autobuslaval.com;rgiguere@autobuslaval.com"))

EVENTS.append(ev("test-pratique", "j4k6m8n0p2q4r6s8t0u2@google.com", 1, "test-pratique-in-garage-selection-stage",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250405T120000Z
DTEND:20250405T160000Z
DTSTAMP:20250331T002912Z
UID:j4k6m8n0p2q4r6s8t0u2@google.com
CREATED:20250331T002855Z
DESCRIPTION:Transdev - test pratique (étape 2 du processus) pour chef mécan
 o. Diag électrique multiplex + freins à air + lecture schéma. Apporter mes
  outils à main? -> non\, fournis. Bottes + lunettes. Évaluateurs : Guy Pi
 card + un mécano senior.
LAST-MODIFIED:20250331T002912Z
LOCATION:Transdev garage Charlesbourg\, 8500 boul. Henri-Bourassa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TEST PRATIQUE Transdev
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", company="Transdev", role="chef mécano", stage="technical", who="Guy Picard"))

EVENTS.append(ev("hirevue-video", "hv-ondemand-5510-CN-MB", 1, "one-way-video-interview-deadline",
    r"""BEGIN:VCALENDAR
PRODID:-//HireVue//On Demand Interview//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-ondemand-5510-CN-MB
DTSTAMP:20250305T150001Z
DTSTART:20250310T040000Z
DTEND:20250310T043000Z
SUMMARY:Complete your CN video interview - Supervisor Mechanical\, Motor V
 ehicle Fleet (Quebec)
DESCRIPTION:Hi Mathieu\,\n\nCN invites you to complete an on-demand video 
 interview (6 questions\, about 20 minutes). You can complete it any time b
 efore the deadline shown. Bonjour Mathieu\, vous pouvez répondre en françai
 s.\n\nStart here: https://app.hirevue.com/interviews/kY7p2Qw9\n\nHireVue
LOCATION:https://app.hirevue.com/interviews/kY7p2Qw9
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", company="CN", role="Supervisor Mechanical, Motor Vehicle Fleet (Quebec)", stage="recruiter_screen"))

EVENTS.append(ev("greenhouse-panel", "gh-interview-88301772-4", 1, "greenhouse-panel-utility-fleet",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:gh-interview-88301772-4
DTSTAMP:20250409T181020Z
DTSTART;TZID=America/Toronto:20250416T090000
DTEND;TZID=America/Toronto:20250416T103000
SUMMARY:Entrevue avec Énergir - Chef\, entretien du parc de véhicules (pan
 el)
ORGANIZER;CN=Énergir Recrutement:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Isabelle Provencher:mailto:isabelle.provencher@energir.com
ATTENDEE;CN=Mario Grenier:mailto:mario.grenier@energir.com
ATTENDEE;CN=Chantal Dubé:mailto:chantal.dube@energir.com
DESCRIPTION:Bonjour Mathieu\,\n\nVoici les détails de votre entrevue avec 
 Énergir.\n\nPanel :\n- Isabelle Provencher\, directrice Gestion du parc\n
 - Mario Grenier\, chef d'atelier\, Québec\n- Chantal Dubé\, partenaire RH\n
 \nLieu : 1350 rue Nobel\, Boucherville (ou Teams sur demande)\n\nCoordonnée
  par : Emma Leduc\, coordonnatrice recrutement\n\nSent via Greenhouse
LOCATION:1350 rue Nobel\, Boucherville
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Énergir", role="Chef, entretien du parc de véhicules", stage="onsite",
    who="isabelle.provencher@energir.com;mario.grenier@energir.com;chantal.dube@energir.com"))

EVENTS.append(ev("modernloop-tech", "ml-evt-3f9a1b7c5d", 1, "modernloop-technical-ev-bus-maker",
    r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-3f9a1b7c5d
DTSTAMP:20250127T160744Z
DTSTART:20250204T150000Z
DTEND:20250204T161500Z
SUMMARY:Lion Électrique | Entrevue technique - Superviseur(e)\, service ap
 rès-vente - Mathieu Bouchard
ORGANIZER;CN=Lion Recrutement:mailto:recrutement@thelionelectric.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Yannick Proulx:mailto:yannick.proulx@thelionelectric.com
ATTENDEE;CN=Amélie Rioux:mailto:amelie.rioux@thelionelectric.com
DESCRIPTION:Bonjour Mathieu\,\n\nEntrevue technique (75 min) sur Teams avec
  Yannick Proulx (directeur Service) et Amélie Rioux (ingénieure support te
 rrain). Sujets : haute tension\, cadenassage\, diag à distance\, garantie.
 \n\nJoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDFj
 MmE0YjctYzE4Zi00MGE1LWI5NTItOWE3YzY0ZDA1NjIx%40thread.v2/0\n\nPlanifié av
 ec ModernLoop
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Lion Électrique", role="Superviseur(e), service après-vente", stage="technical",
    who="yannick.proulx@thelionelectric.com;amelie.rioux@thelionelectric.com"))

EVENTS.append(ev("workday-bilingue", "WD-VOLVO-NB-61aa0e4f2c", 1, "workday-volvo-group-bilingual-screen",
    r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-VOLVO-NB-61aa0e4f2c
DTSTAMP:20250401T125003Z
DTSTART:20250403T180000Z
DTEND:20250403T183000Z
SUMMARY:Interview / Entrevue - Maintenance Planner / Planificateur entreti
 en - Nova Bus Saint-Eustache (JR-0158824)
ORGANIZER;CN=Volvo Group Talent Acquisition:mailto:volvogroup@myworkday.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Julie-Anne Massé:mailto:julie-anne.masse@volvo.com
DESCRIPTION:Hello Mathieu / Bonjour Mathieu\,\n\nJulie-Anne Massé (Talent A
 cquisition Partner) will call you. / Julie-Anne Massé vous appellera.\n\nT
 his message was sent from Workday.
LOCATION:Phone / Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company=NOVA, role="Maintenance Planner / Planificateur entretien", stage="recruiter_screen",
    who="julie-anne.masse@volvo.com"))

EVENTS.append(ev("visite-atelier", "040000008200E00074C5B7101A82E00800000000C3A5E7F9B2B0DB01000000000000000010000000BC9A87654321FEDCBA0987654321ABCD", 1,
    "visite-atelier-before-offer-candidate-side", TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN="Lalonde, Stéphane":mailto:stephane.lalonde@volvo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Massé, Julie-
 Anne":mailto:julie-anne.masse@volvo.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="NB-STE-Salle Va
 nguard":mailto:nb-ste-vanguard@volvo.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nAvant de finaliser notre dé
 cision\, j'aimerais que tu viennes passer l'avant-midi avec nous : visite d
 e l'atelier de préparation et du service après-livraison\, rencontre avec 
 les deux chefs d'équipe\, puis 45 minutes avec moi pour répondre à tes que
 stions et parler des prochaines étapes.\n\nStéphane Lalonde\nDirecteur ma
 intenance\, usine de Saint-Eustache\nNova Bus – Groupe Volvo\n
UID:040000008200E00074C5B7101A82E00800000000C3A5E7F9B2B0DB01000000000000000
 010000000BC9A87654321FEDCBA0987654321ABCD
SUMMARY;LANGUAGE=fr-CA:Visite de l'atelier + rencontre S. Lalonde
DTSTART;TZID=America/Toronto:20250424T083000
DTEND;TZID=America/Toronto:20250424T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T203355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Nova Bus\, 1000 boul. Industriel\, Saint-Eustache 
 - NB-STE-Salle Vanguard
END:VEVENT
END:VCALENDAR
"""]), company=NOVA, role="", stage="final", who="stephane.lalonde@volvo.com"))
