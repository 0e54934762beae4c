"""holdout233 events, part D2: more single-round interviews, typed entries (hand-written)."""

from holdout233ev_tz import CASA, MADRID, MOROCCO_WIN, PARIS

EVENTS = [
    dict(
        kind="workable",
        uid="workable-event-9a77c0e3-logifrio@workable.com",
        label=(1, "Logifrio", "Jefe de Almacén Frigorífico", "",
               "mjimenez@logifrio.es", "workable-spanish-cold-chain-madrid-tz"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:workable-event-9a77c0e3-logifrio@workable.com
DTSTAMP:20260408T074544Z
DTSTART;TZID=Europe/Madrid:20260414T180000
DTEND;TZID=Europe/Madrid:20260414T184500
SUMMARY:Entrevista con Logifrio – Jefe de Almacén Frigorífico
DESCRIPTION:Hola Youssef\,\n\nGracias por tu candidatura. Te confirmamos la
  videoentrevista con Manuel Jiménez (Director de Operaciones\, plataforma
  de Algeciras).\n\nEnlace: https://meet.google.com/lgf-wrka-bln\n\nEnviado
  con Workable
LOCATION:Video call
ORGANIZER;CN=Logifrio:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Manuel Jiménez:mailto:mjimenez@logifrio.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-sekurit",
        uid=("040000008200E00074C5B7101A82E0080000000055C1E3A7F29FDC01"
             "00000000000000001000000009182736455463728190A0B0C0D0E0F0"),
        label=(1, "Saint-Gobain", "Responsable Supply Chain", "hiring_manager",
               "nabil.guessous@saint-gobain.com", "outlook-teams-romance-resp-usine"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="GUESSOUS Nabil":mailto:nabil.guessous@saint-gobain.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TAHIRI Leila":mailto:leila.tahiri@saint-gobain.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Youssef\,\n\nComme évoqué avec Leila (
 RH)\, je vous propose un échange d'une heure sur le poste de Responsable
  Supply Chain de notre usine Sekurit de Kenitra (vitrage automobile\, clie
 nts Renault et Stellantis).\n\n___________________________________________
 _____________________________________\nRéunion Microsoft Teams\nCliquez i
 ci pour participer à la réunion<https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_c2VrdXJp>\nID de réunion : 395 017 882 640\nCode secret :
  mR2k7Z\n_________________________________________________________________
 _______________\n\nNabil GUESSOUS\nDirecteur d'usine\n
UID:040000008200E00074C5B7101A82E0080000000055C1E3A7F29FDC0100000000000000001000000009182736455463728190A0B0C0D0E0F0
SUMMARY;LANGUAGE=fr-FR:Echange Youssef El Amrani / N. Guessous
DTSTART;TZID=Morocco Standard Time:20260415T163000
DTEND;TZID=Morocco Standard Time:20260415T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260409T081219Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-technique",
        uid="0j7h5g3f1d9s8a6p4o2i0adient@google.com",
        label=(1, "Adient", "Logistics Manager", "technical",
               "driss.elouardi@adient.com", "google-zoom-entretien-technique-sap-mm"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260422T100000
DTEND;TZID=Africa/Casablanca:20260422T110000
DTSTAMP:20260416T143001Z
ORGANIZER;CN=Driss El Ouardi:mailto:driss.elouardi@adient.com
UID:0j7h5g3f1d9s8a6p4o2i0adient@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Driss El Ouardi;X-NUM-GUESTS=0:mailto:driss.elouardi@adient.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Entretien technique – poste Logistics Manager Adient Kenitra
  (sièges). Au programme : paramétrage MRP SAP (MM/PP)\, séquencement JI
 S avec le client\, gestion des emballages\, EDI DELFOR/DESADV. Prévoir un
  exemple chiffré de réduction de stock.\n\nZoom : https://adient.zoom.us
 /j/92310776654\nPasscode : 118230
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique – Logistics Manager (Y. El Amrani)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="test-pratique",
        uid=("040000008200E00074C5B7101A82E00800000000C0F1C4B2A8A0DC01"
             "0000000000000000100000000FEDCBA98765432100112233445566AA"),
        label=(1, "Coficab", "Resp. Appro & Planif", "technical",
               "hajar.mansouri@coficab.com", "outlook-test-pratique-excel-sap-plus-entretien"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Mansouri, Hajar":mailto:hajar.mansouri@coficab.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="KEN Salle forma
 tion PC":mailto:ken.salleformation@coficab.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nVous êtes convié à la deuxième
  étape du processus : test pratique sur PC (Excel – tableaux croisés\,
  calcul de besoins nets\; SAP MM) suivi d'un entretien avec Mme Mansouri\,
  Supply Chain Manager.\n\nCOFICAB Kenitra\, Atlantic Free Zone.\n
UID:040000008200E00074C5B7101A82E00800000000C0F1C4B2A8A0DC010000000000000000100000000FEDCBA98765432100112233445566AA
SUMMARY;LANGUAGE=fr-FR:Test pratique + entretien - Resp. Appro & Planif
DTSTART;TZID=Morocco Standard Time:20260428T090000
DTEND;TZID=Morocco Standard Time:20260428T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260421T160012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:KEN Salle formation PC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="gotomeeting",
        uid="goto-8a7b6c5d4e3f-cmacgm@gotomeeting.com",
        label=(1, "CMA CGM", "Responsable Logistique Terminal", "recruiter_screen",
               "ssn.leroux@cma-cgm.com", "gotomeeting-french-paris-tz-screen"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:goto-8a7b6c5d4e3f-cmacgm@gotomeeting.com
DTSTAMP:20260427T101500Z
DTSTART;TZID=Europe/Paris:20260430T150000
DTEND;TZID=Europe/Paris:20260430T153000
SUMMARY:CMA CGM – 1er échange RH – Resp. Logistique Terminal (Tanger Med)
DESCRIPTION:Bonjour Youssef\,\n\nPremier échange RH de 30 min pour le post
 e de Responsable Logistique Terminal basé à Tanger Med.\n\nParticiper à
  ma réunion depuis un ordinateur\, une tablette ou un smartphone.\nhttps:
 //meet.goto.com/482119503\n\nVous pouvez aussi appeler.\nFrance : +33 170
  950 594\nCode d'accès : 482-119-503\n\nSuzanne Leroux\nTalent Acquisitio
 n – CMA CGM Marseille
LOCATION:GoTo Meeting
ORGANIZER;CN=Suzanne Leroux:mailto:ssn.leroux@cma-cgm.com
ATTENDEE;CN=youssef.elamrani.scm@gmail.com;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="epreuve-ecrite",
        uid="tmpa-concours-2026-log-0117@tangermed.ma",
        label=(1, "Tanger Med Port Authority", "Cadre Logistique – Pôle Portuaire", "technical", "",
               "written-selection-exam-concours-all-candidates"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tanger Med//Recrutement//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:tmpa-concours-2026-log-0117@tangermed.ma
DTSTAMP:20260320T090000Z
DTSTART:20260404T080000Z
DTEND:20260404T110000Z
SUMMARY:Épreuve écrite – Recrutement Cadre Logistique (TMPA)
DESCRIPTION:Convocation à l'épreuve écrite de sélection – Cadre Logis
 tique – Pôle Portuaire (réf. TMPA-LOG-0117).\nCandidat : EL AMRANI You
 ssef – N° 0117\nDurée : 3h (QCM + étude de cas logistique portuaire).
 \nSe présenter à 08h30 avec CIN et convocation imprimée. Les candidats
  admissibles seront convoqués à l'entretien oral.
LOCATION:Centre d'affaires Tanger Med\, Ksar Sghir
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-labelvie",
        uid="ab12cd34ef56ab78cd90@mobile.labelvie",
        label=(1, "Label'Vie", "", "", "Mme Kettani", "user-typed-rekrute-siege-rabat-ask-for-name"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:youssef.elamrani.scm@gmail.com
X-WR-TIMEZONE:Africa/Casablanca
BEGIN:VEVENT
DTSTART:20260505T090000Z
DTEND:20260505T100000Z
DTSTAMP:20260429T120000Z
UID:ab12cd34ef56ab78cd90@mobile.labelvie
CREATED:20260429T115912Z
DESCRIPTION:annonce rekrute SCM plateforme Skhirat\, demander Mme Kettani a l'accueil
LAST-MODIFIED:20260429T115912Z
LOCATION:Label'Vie siège\, Rabat (Souissi)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:entretien Label'vie (Carrefour) 10h
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-darija",
        uid="3C9D2E1F-0A4B-4C5D-9E6F-7A8B9C0D1E2F",
        label=(1, "Polydesign Systems", "", "", "", "user-typed-darija-inchallah-no-interviewer"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3C9D2E1F-0A4B-4C5D-9E6F-7A8B9C0D1E2F
DTSTAMP:20260507T204405Z
DTSTART:20260512T143000
DTEND:20260512T153000
SUMMARY:Entretien Polydesign inchallah – Nouaceur
DESCRIPTION:2e entretien\, cette fois avec le directeur des opérations. Mzyan la 1ère fois\, rester sur 32k. Safi.
LOCATION:Polydesign Systems\, Nouaceur
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-arabic",
        uid="8d7c6b5a-4f3e-2d1c-0b9a-tfzls@android",
        label=(1, "TFZ Logistics Services", "Chef de plateforme", "", "Hamza Ziani",
               "user-typed-arabic-script-moqabala"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:8d7c6b5a-4f3e-2d1c-0b9a-tfzls@android
DTSTAMP:20260512T090000Z
DTSTART:20260518T103000
DTEND:20260518T113000
SUMMARY:مقابلة TFZ Logistics – chef de plateforme
DESCRIPTION:m3a Hamza Ziani (directeur)\, bureau zone franche porte 2\nposte chef de plateforme cross-dock
LOCATION:Tanger Free Zone
END:VEVENT
END:VCALENDAR
"""),
]
