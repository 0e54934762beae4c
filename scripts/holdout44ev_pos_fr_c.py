"""holdout44: the user's own interviews, French, part C (Google, Workable, Personio, Proton, agency)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Ondine Cosmétiques": "Ondine",
    "Tilia": "",
    "Pharmacies du Léman": "",
    "TRPJ": "Transports Régionaux du Pied-du-Jura",
    "Ascenseurs Pittet": "",
    "Maréchaux Sécurité": "Maréchaux",
}

_HELVEA_CASE = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260422T140000
DTEND;TZID=Europe/Zurich:20260422T150000
DTSTAMP:20260414T082911Z
ORGANIZER;CN=Joëlle Cuendet:mailto:j.cuendet@helvea.ch
UID:7bq1m4s9t2e6k0h3v8c5n1p7ag@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Gavillet;X-NUM-GUESTS=0:
  ~mailto:s.gavillet@helvea.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maude Rouiller;X-NUM-GUESTS=0:
  ~mailto:m.rouiller@helvea.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Joëlle Cuendet;X-NUM-GUESTS=0:
  ~mailto:j.cuendet@helvea.ch
CREATED:20260414T082640Z
DESCRIPTION:Bonjour Madame Favre,\n\nSuite à votre entretien avec M. Gavillet, voici la deuxième étape : vous
  présenterez en 20 minutes votre analyse du cas transmis (budget et plan de trésorerie d'un portefeuille de 12
  immeubles), suivie d'environ 40 minutes de questions avec M. Stéphane Gavillet et Mme Maude Rouiller, directrice de
  la gérance.\n\nUn beamer et un câble HDMI/USB-C sont à disposition. Je vous accueillerai à la réception.\n\nBelle
  journée,\nJoëlle Cuendet\nAssistante de direction\nHelvea Immobilier SA
LAST-MODIFIED:20260414T082911Z
LOCATION:Helvea Immobilier SA, Avenue de la Gare 29, 1003 Lausanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Helvea Immobilier – présentation étude de cas (Mme Favre)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_ONDINE_RESCHEDULED = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:workable-event-5d2c1e0b7a3f4e6d9c8b@workable.com
SEQUENCE:2
DTSTAMP:20260428T132045Z
DTSTART;TZID=Europe/Zurich:20260507T093000
DTEND;TZID=Europe/Zurich:20260507T103000
SUMMARY:Entretien reprogrammé : Ondine Cosmétiques – Responsable financière
ORGANIZER;CN=Ondine Cosmétiques:mailto:ondine@candidates.workablemail.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Juliette Aebi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:juliette@ondine.ch
ATTENDEE;CN=Raphaël Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raphael@ondine.ch
LOCATION:https://ondine.zoom.us/j/84512907733
DESCRIPTION:Bonjour Chloé,\n\nVotre entretien a été reprogrammé à la demande de l'équipe.\n\nNouvelle date :
  jeudi 7 mai 2026, 09:30 – 10:30 (heure d'Europe centrale)\nAncienne date : mardi 28 avril 2026, 14:00\n\nType :
  étude de cas (présentation de 20 minutes, puis questions)\nAvec : Juliette Aebi (CEO) et Raphaël Nguyen (Head of
  Operations)\n\nRejoindre la réunion Zoom\nhttps://ondine.zoom.us/j/84512907733?pwd=bUx0ZkR3cVhYa1NqT2pWZ0
  \nID de réunion : 845 1290 7733\nCode secret : 207415\n\nÀ bientôt,\nL'équipe Ondine\n\n--\nEnvoyé via Workable
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_TILIA_FOUNDER = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260316T121500
DTEND;TZID=Europe/Zurich:20260316T130000
DTSTAMP:20260312T223051Z
ORGANIZER;CN=Thomas Vuilleumier:mailto:thomas.vuilleumier@gmail.com
UID:1c5e9g3k7m1o5q9s3u7w1y5a3c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Vuilleumier;X-NUM-GUESTS=0:
  ~mailto:thomas.vuilleumier@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/qpe-ufzt-wmd
DESCRIPTION:Salut Chloé,\n\nMerci d'avoir répondu à mon message LinkedIn ! Comme évoqué, on cherche quelqu'un pour
  reprendre toute la partie finance chez Tilia (assurance vélo & trottinette, 14 personnes, levée de fonds en
  cours) – idéalement une responsable financière à 60-80 %. On en parle tranquillement à midi ?\n\nThomas\n
  ~Co-fondateur\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n
  ~Participez à la réunion Google Meet : https://meet.google.com/qpe-ufzt-wmd\n\nEn savoir plus sur Meet :
  https://support.google.com/a/users/answer/9282720\n\nVeuillez ne pas modifier cette section.\n
  ~-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260312T223051Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chloé / Thomas – visio
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_PHARMA_PERSONIO = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz berlin
BEGIN:VEVENT
UID:personio-interview-4418207-93311@personio.de
DTSTAMP:20260304T131907Z
DTSTART;TZID=Europe/Berlin:20260310T173000
DTEND;TZID=Europe/Berlin:20260310T180000
SUMMARY:Entretien téléphonique - Responsable comptable (H/F) - Chloé Favre
ORGANIZER;CN=Sabrina Ducret:mailto:sabrina.ducret@pharmacies-leman.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Sabrina Ducret;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sabrina.ducret@pharmacies-leman.ch
LOCATION:Téléphone
DESCRIPTION:Bonjour Chloé Favre,\n\nNous vous remercions pour votre candidature au poste Responsable comptable
  (H/F) chez Pharmacies du Léman SA. Nous aimerions faire votre connaissance lors d'un bref entretien téléphonique.
  \n\nDate : 10.03.2026\nHeure : 17:30 - 18:00\nInterlocutrice : Sabrina Ducret, HR Business Partner\n\nNous vous
  appellerons au numéro indiqué dans votre candidature.\n\nMeilleures salutations\nVotre équipe de recrutement
  Pharmacies du Léman\n\nPowered by Personio
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_TRPJ_HM = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Jaquet, Olivier":mailto:olivier.jaquet@trpj.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bolomey, Sylvie":mailto:sylvie.bolomey@trpj.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame,\n\nJe vous remercie pour votre dossier et me réjouis de faire votre
  connaissance. Mme Sylvie Bolomey, responsable RH, participera également à cet entretien.\n\nRendez-vous au
  bâtiment administratif de la gare d'Orbe, 2e étage (ascenseur à gauche de l'entrée).\n\nOlivier Jaquet\nDirecteur
  \nTRPJ – Transports Régionaux du Pied-du-Jura SA\nRue de la Gare 1 | 1350 Orbe\n
UID:040000008200E00074C5B7101A82E00800000000E5C7B3A9D1C1DC01000000000000000010000000AB12CD34EF56AB12CD34EF56AB12CD34
SUMMARY;LANGUAGE=fr-CH:Entretien - Responsable finances & controlling
DTSTART;TZID=W. Europe Standard Time:20260326T080000
DTEND;TZID=W. Europe Standard Time:20260326T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260317T165509Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Orbe\, bâtiment administratif gare
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_PITTET_AGENCY = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260409T140000
DTEND;TZID=Europe/Zurich:20260409T150000
DTSTAMP:20260402T101744Z
ORGANIZER;CN=Karim Benali:mailto:k.benali@finstaff.ch
UID:5hq8c2l6n0r4t8v2x6z0b4d8fa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karim Benali;X-NUM-GUESTS=0:
  ~mailto:k.benali@finstaff.ch
DESCRIPTION:Bonjour Chloé,\n\nJe vous confirme le rendez-vous chez notre client, Ascenseurs Pittet SA, Chemin
  de la Raye 14, 1023 Crissier. Vous serez reçue par M. Yves Pittet, administrateur délégué, et par M. Bastien
  Oguey, responsable de la comptabilité.\n\nMerci de ne pas aborder la question du salaire lors de ce premier
  rendez-vous ; nous en parlerons ensemble ensuite. Je ne serai pas présent.\n\nBonne chance !\nKarim Benali\n
  ~Consultant – FinStaff Romandie SA\n+41 21 311 40 72
LAST-MODIFIED:20260402T101744Z
LOCATION:Chemin de la Raye 14\, 1023 Crissier
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rendez-vous chez notre client – Contrôleur de gestion (Crissier)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_MARECHAUX_PROTON = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.61.2//EN
CALSCALE:GREGORIAN
@tz zurich
BEGIN:VEVENT
UID:Zx4Kq9rT2mW7vB1nL8pC3sD6fG0hJ5kA@proton.me
DTSTAMP:20260313T080511Z
DTSTART;TZID=Europe/Zurich:20260318T123000
DTEND;TZID=Europe/Zurich:20260318T130000
SUMMARY:Tél RH Maréchaux Sécurité
DESCRIPTION:Léa Rapaz (RH) m'appelle sur le natel. Contrôleur de gestion 100 %, Renens. Demander fourchette
  salariale + télétravail.
SEQUENCE:0
STATUS:CONFIRMED
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Tél RH Maréchaux Sécurité
END:VALARM
END:VEVENT
END:VCALENDAR
"""

_MARECHAUX_HM = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260402T100000
DTEND;TZID=Europe/Zurich:20260402T111500
DTSTAMP:20260324T150022Z
ORGANIZER;CN=Nicolas Ferrari:mailto:n.ferrari@marechaux-securite.ch
UID:4fa8k2m6p0s4w8a2e6i0m4q8uc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicolas Ferrari;X-NUM-GUESTS=0:
  ~mailto:n.ferrari@marechaux-securite.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre;X-NUM-GUESTS=0:
  ~mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Léa Rapaz;X-NUM-GUESTS=0:
  ~mailto:l.rapaz@marechaux-securite.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Renens-2-Salle Bourdonnette (8);
  ~X-NUM-GUESTS=0:mailto:c_1889ab5d1f7f3e2b04c1@resource.calendar.google.com
DESCRIPTION:Bonjour Madame Favre,\n\nMerci pour votre échange avec Léa. Je vous propose de nous rencontrer pour
  parler plus concrètement du poste de contrôleur de gestion (reporting mensuel des 6 succursales, budget,
  projet ERP). Léa vous accueillera et vous amènera à la salle, elle ne restera pas pour l'entretien.\n\nAu plaisir,
  \nNicolas Ferrari\nCFO – Maréchaux Sécurité SA
LAST-MODIFIED:20260324T150022Z
LOCATION:Renens-2-Salle Bourdonnette (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien contrôleur de gestion – Chloé Favre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("google-case-coordinator-fr", "fr", "7bq1m4s9t2e6k0h3v8c5n1p7ag@google.com", _HELVEA_CASE, 1,
       "Helvea Immobilier", "", "technical", "s.gavillet@helvea.ch;m.rouiller@helvea.ch",
       "google-case-study-coordinator-fr"),
    Ev("workable-rescheduled-fr", "fr", "workable-event-5d2c1e0b7a3f4e6d9c8b@workable.com", _ONDINE_RESCHEDULED, 1,
       "Ondine Cosmétiques", "Responsable financière", "technical", "juliette@ondine.ch;raphael@ondine.ch",
       "workable-rescheduled-zoom-fr"),
    Ev("freemail-founder-fr", "fr", "1c5e9g3k7m1o5q9s3u7w1y5a3c@google.com", _TILIA_FOUNDER, 1,
       "Tilia", "responsable financière", "", "thomas.vuilleumier@gmail.com", "freemail-founder-company-in-body-fr"),
    Ev("personio-phone-fr", "fr", "personio-interview-4418207-93311@personio.de", _PHARMA_PERSONIO, 1,
       "Pharmacies du Léman", "Responsable comptable (H/F)", "recruiter_screen",
       "sabrina.ducret@pharmacies-leman.ch", "personio-phone-screen-berlin-tz-fr"),
    Ev("outlook-director-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000E5C7B3A9D1C1DC01000000000000000010000000AB12CD34EF56AB12CD34EF56AB12CD34",
       _TRPJ_HM, 1, "TRPJ", "Responsable finances & controlling", "hiring_manager",
       "olivier.jaquet@trpj.ch;sylvie.bolomey@trpj.ch", "outlook-acronym-company-fr"),
    Ev("agency-body-only-fr", "fr", "5hq8c2l6n0r4t8v2x6z0b4d8fa@google.com", _PITTET_AGENCY, 1,
       "Ascenseurs Pittet", "Contrôleur de gestion", "", "yves pittet;bastien oguey",
       "agency-employer-in-body-only-fr"),
    Ev("proton-handtyped-phone-fr", "fr", "Zx4Kq9rT2mW7vB1nL8pC3sD6fG0hJ5kA@proton.me", _MARECHAUX_PROTON, 1,
       "Maréchaux Sécurité", "Contrôleur de gestion", "recruiter_screen", "léa rapaz",
       "proton-user-typed-phone-screen-fr"),
    Ev("google-room-hm-fr", "fr", "4fa8k2m6p0s4w8a2e6i0m4q8uc@google.com", _MARECHAUX_HM, 1,
       "Maréchaux Sécurité", "contrôleur de gestion", "hiring_manager", "n.ferrari@marechaux-securite.ch",
       "google-resource-room-coordinator-fr"),
]
