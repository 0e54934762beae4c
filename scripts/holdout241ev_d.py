"""holdout241: the user's own interviews with companies (legal ops, compliance),
in several languages (raw iCalendar text)."""
from holdout241ev_tz import PARIS, W_EUROPE, E, cet_zone

EVENTS = []

# Groupe Avelis (agro-food, Brittany) via Workday, French.
EVENTS.append(E("workday-interview", "WD-INTERVIEW-JR-10822-0001@myworkday.com", """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:WD-INTERVIEW-JR-10822-0001@myworkday.com
DTSTAMP:20260406T131500Z
DTSTART;TZID=Europe/Paris:20260413T100000
DTEND;TZID=Europe/Paris:20260413T110000
SUMMARY:Entretien planifié : JR-10822 Juriste contrats & legal operations (F/H) – Châteaubourg
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nVotre entretien a été planifié.\\nInterlo
 cuteur(s) : Benoît Lemaître (Responsable juridique contrats)\\nFormat : Micro
 soft Teams – le lien vous sera envoyé séparément par votre interlocuteur.\\n\\
 nCordialement\\,\\nGroupe Avelis – Acquisition de talents
ORGANIZER;CN=Groupe Avelis Talent Acquisition:mailto:avelis@myworkday.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Benoît Lemaître;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:benoit.lemaitre@avelis-group.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "Groupe Avelis",
    "Juriste contrats & legal operations (F/H)",
    "hiring_manager",
    "benoit.lemaitre@avelis-group.com",
    "workday-french-entretien-planifie"))

EVENTS.append(E("final-director", "WD-INTERVIEW-JR-10822-0002@myworkday.com", """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:WD-INTERVIEW-JR-10822-0002@myworkday.com
DTSTAMP:20260422T090210Z
DTSTART;TZID=Europe/Paris:20260429T140000
DTEND;TZID=Europe/Paris:20260429T153000
SUMMARY:Entretien planifié : JR-10822 – rencontre Direction juridique (site de Châteaubourg)
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nDernière étape du processus : rencontre
  sur site avec Mme Delphine Carré\\, Directrice juridique groupe\\, et Benoît
  Lemaître. Visite du site et du service incluse.\\nAdresse : ZA de la Gaute
 rie\\, 35220 Châteaubourg – badge visiteur à l'accueil.\\n\\nGroupe Avelis – A
 cquisition de talents
ORGANIZER;CN=Groupe Avelis Talent Acquisition:mailto:avelis@myworkday.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Delphine Carré;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:delphine.carre@avelis-group.com
ATTENDEE;CN=Benoît Lemaître;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:benoit.lemaitre@avelis-group.com
LOCATION:Site de Châteaubourg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Groupe Avelis", "", "final", "delphine.carre@avelis-group.com;benoit.lemaitre@avelis-group.com",
    "workday-final-legal-director-onsite"))

# Jurilab: legaltech founder on free mail.
EVENTS.append(E("founder-gmail", "5qk2n0v8r7c1e9jurilab3m4t6@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260204T083000
DTEND;TZID=Europe/Paris:20260204T093000
DTSTAMP:20260130T221044Z
ORGANIZER;CN=Thibault Morin:mailto:thibault.morin.jurilab@gmail.com
UID:5qk2n0v8r7c1e9jurilab3m4t6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thibaul
 t Morin;X-NUM-GUESTS=0:mailto:thibault.morin.jurilab@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gwen.lebihan@orange.fr;X-NUM-GUESTS=0:mailto:gwen.lebihan@orange.fr
DESCRIPTION:Hello Gwenaëlle\\, ravi de votre retour ! On se retrouve au Café
  des Champs Libres pour parler du poste (première recrue côté produit juridi
 que : Legal Ops / experte procédure pour notre outil de gestion des audiences
 ). Je vous présenterai la boîte\\, vous me raconterez le greffe vu de l'intér
 ieur :)\\nThibault – cofondateur Jurilab
LOCATION:Café des Champs Libres\\, 10 cours des Alliés\\, Rennes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Gwenaëlle / Thibault (Jurilab)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Jurilab", "Legal Ops / experte procédure", "hiring_manager", "thibault.morin.jurilab@gmail.com",
    "founder-free-mail-cafe-is-a-job-interview"))

EVENTS.append(E("founder-followup", "7b1c9x0z2jurilab8w4q5e6r7t@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260217T180000
DTEND;TZID=Europe/Paris:20260217T190000
DTSTAMP:20260210T075533Z
ORGANIZER;CN=Thibault Morin:mailto:thibault.morin.jurilab@gmail.com
UID:7b1c9x0z2jurilab8w4q5e6r7t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gwen.lebihan@orange.fr;X-NUM-GUESTS=0:mailto:gwen.lebihan@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inès Ba
 rbier;X-NUM-GUESTS=0:mailto:ines@jurilab.fr
DESCRIPTION:Suite de notre café : petit exercice concret avec Inès (CTO). On
  te montrera la maquette du module « audiences JAF » et on aimerait que tu n
 ous dises ce qui ne marcherait jamais dans un vrai greffe. Pas de prépa néce
 ssaire.\\n\\nhttps://meet.google.com/ytd-kqwp-zna
LOCATION:https://meet.google.com/ytd-kqwp-zna
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jurilab – atelier maquette avec Inès
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Jurilab", "", "technical", "thibault.morin.jurilab@gmail.com;ines@jurilab.fr",
    "founder-workshop-product-exercise-meet"))

# Tilt Software (Rennes SaaS) via Ashby, English.
EVENTS.append(E("ashby-hm", "ashby-interview-2f6d0a4e-7b1c-tilt@ashbyhq.com", """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-2f6d0a4e-7b1c-tilt@ashbyhq.com
DTSTAMP:20260303T151200Z
DTSTART:20260306T100000Z
DTEND:20260306T104500Z
SUMMARY:Gwenaëlle Le Bihan – Hiring Manager Interview – Legal Operations Specialist
DESCRIPTION:Interviewers: Hannah Kowalski (General Counsel)\\n\\nJoin Zoom Me
 eting\\nhttps://tilt-io.zoom.us/j/91847735021?pwd=dFlsb2xI\\nMeeting ID: 918 4
 773 5021\\nPasscode: 662140\\n\\nNeed to reschedule? Use the link in your confi
 rmation email.\\n\\nTilt Software – Powered by Ashby
ORGANIZER;CN=Tilt Recruiting:mailto:recruiting@tilt.io
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Hannah Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.kowalski@tilt.io
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "Tilt Software",
    "Legal Operations Specialist",
    "hiring_manager",
    "hannah.kowalski@tilt.io",
    "ashby-english-hm-utc"))

EVENTS.append(E("ashby-exercise", "ashby-interview-8e3c1b77-40aa-tilt@ashbyhq.com", """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-8e3c1b77-40aa-tilt@ashbyhq.com
DTSTAMP:20260311T093000Z
DTSTART:20260316T130000Z
DTEND:20260316T140000Z
SUMMARY:Gwenaëlle Le Bihan – Contract Workflow Exercise Review – Legal Operations Specialist
DESCRIPTION:Interviewers: Hannah Kowalski (General Counsel)\\, Pierre-Yves Ga
 llais (RevOps Lead)\\n\\nYou'll walk us through the NDA / MSA intake workflow
  you designed in the take-home (15 min)\\, then Q&A.\\n\\nJoin Zoom Meeting\\nht
 tps://tilt-io.zoom.us/j/93310482255\\n\\nTilt Software – Powered by Ashby
ORGANIZER;CN=Tilt Recruiting:mailto:recruiting@tilt.io
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Hannah Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.kowalski@tilt.io
ATTENDEE;CN=Pierre-Yves Gallais;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pierre-yves.gallais@tilt.io
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Tilt Software", "Legal Operations Specialist", "technical",
    "hannah.kowalski@tilt.io;pierre-yves.gallais@tilt.io", "ashby-take-home-review"))

# Nordvik Line (ferries) via Lever, English, Europe/Oslo.
EVENTS.append(E("lever-screen", "lever-interview-c0a83e15-nordvik@hire.lever.co", """BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + cet_zone("Europe/Oslo") + """BEGIN:VEVENT
UID:lever-interview-c0a83e15-nordvik@hire.lever.co
DTSTAMP:20260112T120500Z
DTSTART;TZID=Europe/Oslo:20260115T140000
DTEND;TZID=Europe/Oslo:20260115T143000
SUMMARY:Nordvik Line: Phone Screen with Ingrid Solheim
DESCRIPTION:Hi Gwenaëlle\\,\\n\\nThis is a confirmation of your phone screen for
  the Compliance Officer – France (Roscoff / remote) position. Ingrid will cal
 l you on +33 6 71 24 58 90.\\n\\nBest regards\\,\\nNordvik Line People Team
ORGANIZER;CN=Ingrid Solheim:mailto:ingrid.solheim@nordvikline.no
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Nordvik Line", "Compliance Officer – France", "recruiter_screen", "ingrid.solheim@nordvikline.no",
    "lever-oslo-zone-phone-screen"))

# Kessler Logistik GmbH via Personio, German.
EVENTS.append(E("personio-german", "personio-event-19934051-kessler@personio.de", """BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + cet_zone("Europe/Berlin", "MEZ", "MESZ") + """BEGIN:VEVENT
UID:personio-event-19934051-kessler@personio.de
DTSTAMP:20260127T084000Z
DTSTART;TZID=Europe/Berlin:20260202T110000
DTEND;TZID=Europe/Berlin:20260202T120000
SUMMARY:Vorstellungsgespräch: Compliance Officer (m/w/d) – Niederlassung Rennes
DESCRIPTION:Sehr geehrte Frau Le Bihan\\,\\n\\nvielen Dank für Ihre Bewerbung.
  Gerne laden wir Sie zu einem Videogespräch mit Herrn Jochen Albers (Leitu
 ng Recht & Compliance) und Frau Sabine Kühn (HR Business Partner) ein. Das Ge
 spräch findet auf Deutsch und Französisch statt.\\n\\nMicrosoft Teams: https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_OGEx%40thread.v2/0\\n\\nMit f
 reundlichen Grüßen\\nKessler Logistik GmbH – Personalabteilung
ORGANIZER;CN=Sabine Kühn:mailto:s.kuehn@kessler-logistik.de
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Jochen Albers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.albers@kessler-logistik.de
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Kessler Logistik", "Compliance Officer (m/w/d)", "hiring_manager",
    "j.albers@kessler-logistik.de;s.kuehn@kessler-logistik.de", "personio-german-vorstellungsgespraech"))

# Dreyer & Partner (Strasbourg office): second talk, Outlook W. Europe Standard Time, German.
EVENTS.append(E(
    "zweites-gespraech",
    "040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + """BEGIN:VEVENT
ORGANIZER;CN="Dreyer, Katharina":mailto:k.dreyer@dreyer-partner.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwen.lebih
 an@orange.fr:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weber, Matthi
 as":mailto:m.weber@dreyer-partner.eu
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Le Bihan\\,\\n\\nwie telefonisch besp
 rochen\\, anbei die Einladung zu unserem zweiten Gespräch (Büroleitung / O
 ffice Manager Paralegal-Team\\, Büro Straßburg). Herr Weber (Partner) wird
  ebenfalls teilnehmen.\\n\\nBeste Grüße\\nKatharina Dreyer\\nRechtsanwälti
 n | Partnerin\\n
UID:040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC01000000000000000
 0100000003C4D5E6F708192A3B4C5D6E7F8091A2B
SUMMARY;LANGUAGE=de-DE:Zweites Gespräch Fr. Le Bihan
DTSTART;TZID=W. Europe Standard Time:20260324T160000
DTEND;TZID=W. Europe Standard Time:20260324T170000
DTSTAMP:20260316T101010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Dreyer & Partner", "Büroleitung / Office Manager Paralegal-Team", "final",
    "k.dreyer@dreyer-partner.eu;m.weber@dreyer-partner.eu", "outlook-w-europe-german-zweites-gespraech"))

# Grupo Alcora via Workable, Spanish, Europe/Madrid.
EVENTS.append(E("workable-spanish", "workable-evt-5512aa90c3-alcora@workablemail.com", """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + cet_zone("Europe/Madrid") + """BEGIN:VEVENT
UID:workable-evt-5512aa90c3-alcora@workablemail.com
DTSTAMP:20260209T104500Z
DTSTART;TZID=Europe/Madrid:20260212T160000
DTEND;TZID=Europe/Madrid:20260212T163000
SUMMARY:Entrevista: Responsable de Cumplimiento Normativo – Francia (Grupo Alcora)
DESCRIPTION:Hola Gwenaëlle\\,\\n\\nGracias por tu interés en Grupo Alcora. Te
  confirmamos una primera entrevista telefónica con Marta Iglesias (Talent Ac
 quisition). Puede realizarse en español o en francés.\\n\\nGoogle Meet: https
 ://meet.google.com/bxr-fmqa-tgo\\n\\nUn saludo\\,\\nEquipo de Selección – Grupo
  Alcora
ORGANIZER;CN=Grupo Alcora:mailto:alcora@workablemail.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Marta Iglesias;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marta.iglesias@grupoalcora.es
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Grupo Alcora", "Responsable de Cumplimiento Normativo – Francia", "recruiter_screen",
    "marta.iglesias@grupoalcora.es", "workable-spanish-entrevista-madrid-zone"))
