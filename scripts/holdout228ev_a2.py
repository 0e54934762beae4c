"""holdout228 events, part A2: public employers (transit, cities, utility, government). (continued)"""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_APPLE, TOR_ATS, TOR_GOOGLE, ev

RTC = "Réseau de transport de la Capitale"
HQ = "Hydro-Québec"

EVENTS = []

EVENTS.append(ev("examen-ville", "3F0E2D7C-1B8A-4C5D-96E7-A0B1C2D3E4F5", 1, "typed-floating-municipal-exam",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250203T013022Z
DTEND:20250219T120000
DTSTAMP:20250203T013140Z
DTSTART:20250219T083000
LAST-MODIFIED:20250203T013140Z
LOCATION:Ville de Québec - 1595 Monseigneur-Plessis
DESCRIPTION:examen connaissances + test psychométrique. arriver 8h15\, stat
 ionnement payant. pas de cell. congé pris (dire à Steve que c'est le dentis
 te)
SEQUENCE:0
SUMMARY:Examen Ville de Qc - contremaître flotte
UID:3F0E2D7C-1B8A-4C5D-96E7-A0B1C2D3E4F5
END:VEVENT
END:VCALENDAR
""", company="Ville de Québec", role="contremaître flotte", stage="technical", crlf=False))

EVENTS.append(ev("entrevue-comite", "TSC-INTV-20250311-004417@taleo.net", 1, "taleo-comite-names-only-in-description",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center 23A//FR
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:TSC-INTV-20250311-004417@taleo.net
DTSTAMP:20250303T170955Z
DTSTART;TZID=America/Toronto:20250311T091500
DTEND;TZID=America/Toronto:20250311T101500
SUMMARY:Convocation - Entrevue de sélection - Contremaître ou contremaîtress
 e\, Gestion des équipements motorisés (P-2025-0093)
ORGANIZER;CN=Ville de Québec - Dotation:mailto:ne-pas-repondre@taleo.net
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=Mathieu Bouchard:mailto:mathie
 u.bouchard.meca@videotron.ca
LOCATION:Centre de gestion des équipements motorisés\, 1180 rue des Rocaill
 es\, Québec (réception\, 2e étage)
DESCRIPTION:Monsieur Bouchard\,\n\nVous êtes convoqué à une entrevue devan
 t le comité de sélection.\nMembres du comité : Luc Bérubé (directeur de la
  division)\, Annie Savard (conseillère en dotation)\, Patrick Lévesque (co
 ntremaître\, atelier Hamel).\n\nVeuillez apporter vos diplômes originaux (
 DEP Mécanique de véhicules lourds routiers) et votre permis de conduire cl
 asse 3.\n\nCe message est envoyé automatiquement. Ne pas y répondre.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Ville de Québec",
    role="Contremaître ou contremaîtresse, Gestion des équipements motorisés", stage="onsite",
    who="Luc Bérubé;Annie Savard;Patrick Lévesque"))

EVENTS.append(ev("meet-stlevis", "0r7jd2kgq9v3h5n1m4a8c6e0b2@google.com", 1, "google-meet-hiring-manager",
    TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250226T160000
DTEND;TZID=America/Toronto:20250226T165000
DTSTAMP:20250221T134512Z
ORGANIZER;CN=Sébastien Roy:mailto:sroy@stlevis.ca
UID:0r7jd2kgq9v3h5n1m4a8c6e0b2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sébastien Roy;X-NUM-GUESTS=0:mailto:sroy@stlevis.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.bouchard.meca@videotron.ca;X-NUM-GUESTS=0:mailto:mathieu.b
 ouchard.meca@videotron.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/qhz-vbtn-rke
CREATED:20250221T134510Z
DESCRIPTION:Bonjour Mathieu\, comme discuté au téléphone\, on se parle mer
 credi après ton shift. Je vais te présenter le garage de la rue Saint-Omer 
 et le poste. 50 min max.\n\nSébastien Roy\, directeur Entretien\nSociété d
 e transport de Lévis\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticipez avec Goo
 gle Meet : https://meet.google.com/qhz-vbtn-rke\nOu appelez le : (CA) +1 6
 13-902-6218 NIP : 482 119 307#\n\nEn savoir plus sur Meet : https://suppor
 t.google.com/a/users/answer/9282720\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250221T134512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mathieu Bouchard / STLévis - poste contremaître entretien
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""]), company="Société de transport de Lévis", role="contremaître entretien", stage="hiring_manager",
    who="sroy@stlevis.ca"))

EVENTS.append(ev("comite-cger", "040000008200E00074C5B7101A82E00800000000906E1D4FB7A5DB01000000000000000010000000D5C4B3A291807F6E5D4C3B2A19080706", 1,
    "government-comite-teams-no-clear-stage", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Comité de sélection CGER:mailto:selection.cger@transports.gouv
 .qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bilodeau\, Fra
 nce:mailto:france.bilodeau@transports.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tardif\, Yanic
 k:mailto:yanick.tardif@transports.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ménard\, Kim:m
 ailto:kim.menard@transports.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Processus de qualification 25-CGER-0042 – Planif
 icatrice ou planificateur de l'entretien (technicien en mécanique\, classe 
 principal)\n\nBonjour\,\nVotre candidature a été retenue. L'entrevue de sé
 lection se déroulera sur Teams\, caméra ouverte. Ayez une pièce d'identité
  à portée de main.\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2Y0ZDdhNzItOGI2Mi00ZTBkLWI3ZjEtNWM4ZTg5NmQ0YWJj%40thread.v2/0\nID de réunion : 219 447 862 310\nCode secret : 9wHk3b\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000906E1D4FB7A5DB01000000000000000
 010000000D5C4B3A291807F6E5D4C3B2A19080706
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection – 25-CGER-0042 – M. Bouchard
DTSTART:20250408T150000Z
DTEND:20250408T160000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T193020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""", company="Centre de gestion de l'équipement roulant",
    role="Planificatrice ou planificateur de l'entretien", stage="",
    who="france.bilodeau@transports.gouv.qc.ca;yanick.tardif@transports.gouv.qc.ca;kim.menard@transports.gouv.qc.ca"))

EVENTS.append(ev("preselection-stm", "stm-taleo-sched-88120455", 1, "taleo-preselection-telephonique-noreply",
    r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center 23A//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:stm-taleo-sched-88120455
DTSTAMP:20250224T140502Z
DTSTART:20250303T143000Z
DTEND:20250303T150000Z
SUMMARY:Présélection téléphonique – Contremaître d'entretien (Autobus) – 25
 -0217
ORGANIZER;CN=STM Carrières:mailto:ne-pas-repondre@stm.info
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=Mathieu Bouchard:mailto:mathie
 u.bouchard.meca@videotron.ca
LOCATION:Par téléphone - la conseillère vous appellera
DESCRIPTION:Bonjour\,\n\nKarine Lavoie\, conseillère en acquisition de tal
 ents à la Société de transport de Montréal\, communiquera avec vous à l'he
 ure indiquée. L'appel est d'une durée de 20 à 30 minutes.\n\nNote : le pos
 te est situé au centre de transport Legendre (Montréal). Disponibilité à d
 éménager requise.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Société de transport de Montréal", role="Contremaître d'entretien (Autobus)",
    stage="recruiter_screen", who="Karine Lavoie"))

EVENTS.append(ev("entrevue-levis", "A91B7E2C-44D0-4F6A-B3C8-5E1D2F9A0C34", 1, "typed-apple-city-interview",
    TOR_APPLE.join([r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
""", r"""BEGIN:VEVENT
CREATED:20250409T001205Z
DTEND;TZID=America/Toronto:20250417T113000
DTSTAMP:20250409T001312Z
DTSTART;TZID=America/Toronto:20250417T103000
LAST-MODIFIED:20250409T001312Z
LOCATION:Garage municipal\, 5333 rue de la Rotonde\, Lévis
DESCRIPTION:Jean-Pierre Nadeau (chef division équipements) + qqn des RH. 
 Parc = 300 unités\, déneigement. Parler de la planif hiver\, chenillettes\, 
 souffleuses
SEQUENCE:0
SUMMARY:Entrevue Ville de Lévis
UID:A91B7E2C-44D0-4F6A-B3C8-5E1D2F9A0C34
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
UID:1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F
END:VALARM
END:VEVENT
END:VCALENDAR
"""]), company="Ville de Lévis", stage="", who="Jean-Pierre Nadeau", crlf=False))

EVENTS.append(ev("bookings-tel", "040000008200E00074C5B7101A82E00800000000AC32E2F4C8A8DB01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70", 1,
    "microsoft-bookings-phone-screen-cote-nord", TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN=Ville de Sept-Îles - Recrutement:mailto:RecrutementVSI@septil
 es.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Bo
 uchard:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Geneviève Bou
 dreau:mailto:genevieve.boudreau@septiles.ca
DESCRIPTION;LANGUAGE=fr-CA:Votre rendez-vous est confirmé\n\nService : Entr
 evue téléphonique - Contremaître\, atelier mécanique (Travaux publics)\nPe
 rsonnel : Geneviève Boudreau\nNuméro où vous joindre : 418-555-0182\n\nPou
 r annuler ou replanifier\, utilisez le lien de votre courriel de confirmat
 ion.\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E00800000000AC32E2F4C8A8DB01000000000000000
 010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-CA:Entrevue téléphonique - Contremaître\, atelier mécan
 ique (Travaux publics)
DTSTART;TZID=America/Toronto:20250404T090000
DTEND;TZID=America/Toronto:20250404T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T121540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""]), company="Ville de Sept-Îles", role="Contremaître, atelier mécanique (Travaux publics)",
    stage="recruiter_screen", who="genevieve.boudreau@septiles.ca"))

EVENTS.append(ev("webinaire-entrevue", "zoom-webinar-87412290315-20250220@zoom.us", 0, "webinar-about-public-sector-interviews",
    r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250213T181233Z
DTSTART:20250220T170000Z
DTEND:20250220T183000Z
SUMMARY:Webinaire : Réussir son entrevue de sélection dans le secteur publi
 c (examens\, comités\, mises en situation)
UID:zoom-webinar-87412290315-20250220@zoom.us
TZID:America/Toronto
DESCRIPTION:Bonjour Mathieu\,\n\nMerci de vous être inscrit à « Réussir so
 n entrevue de sélection dans le secteur public ».\nPrésenté par le Carrefo
 ur emploi Capitale-Nationale.\n\nJoindre le webinaire : https://us06web.zo
 om.us/w/87412290315?tk=Yx81kZq\nCode secret : 551390\nOu composez : +1 438
  809 7799 ID du webinaire : 874 1229 0315\n
LOCATION:https://us06web.zoom.us/w/87412290315?tk=Yx81kZq
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("remerciement-rtc", "6E2F1A0B-93C4-4D85-A7B6-C8D9E0F1A2B3", 0, "thank-you-email-reminder-after-comite",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T191044Z
DTEND:20250320T201500
DTSTAMP:20250320T191102Z
DTSTART:20250320T200000
LAST-MODIFIED:20250320T191102Z
DESCRIPTION:courriel merci à Isabelle G. pour le comité (Drolet\, Fortin\, 
 Côté). mentionner la mise en situation bris de DEF / autobus hors service
SEQUENCE:0
SUMMARY:écrire merci RTC
UID:6E2F1A0B-93C4-4D85-A7B6-C8D9E0F1A2B3
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""", crlf=False))
