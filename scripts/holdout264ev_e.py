# ruff: noqa: E501, W291, W293, RUF100
"""holdout264 events, part E: other negatives (patients, schools, personal, training, press, family)."""

from holdout264ev_zones import BERLIN, PARIS, ROMANCE

EVENTS = [
    dict(
        kind="ios-parents-entretien",
        uid="A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250915T183000Z
DTSTAMP:20250915T183010Z
DTSTART;TZID=Europe/Paris:20250922T170000
DTEND;TZID=Europe/Paris:20250922T174500
SUMMARY:Entretien parents Noah B. - anamnèse avant bilan
DESCRIPTION:ordonnance Dr Salomé (pédiatre) : bilan langage oral + rééduc si nécessaire. père + mère.
LOCATION:Cabinet
UID:A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="entretien-parents-anamnese",
        hiring=False,
    ),
    dict(
        kind="booking-platform-bilan",
        uid="rdv-88412377-cabinetvauban@rdv-sante.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV Santé//Agenda praticien//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-88412377-cabinetvauban@rdv-sante.example
DTSTAMP:20250920T091500Z
DTSTART:20250925T143000Z
DTEND:20250925T153000Z
SUMMARY:Bilan orthophonique – Lina Desprez (8 ans) – 1re consultation
DESCRIPTION:Motif : Bilan orthophonique (langage écrit)\nPatient : Lina Desp
 rez\, née le 03/02/2017\nRéservé par : Mme Desprez (mère)\nNouveau patient : 
 oui\nPraticien : Clémence Vandamme
LOCATION:Cabinet Ortho Vauban\, 31 boulevard Vauban\, Lille
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="patient-booking-bilan-orthophonique",
        hiring=False,
    ),
    dict(
        kind="outlook-ess",
        uid="040000008200E00074C5B7101A82E00800000000ESS00001DC01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Wattebled, Corinne (Enseignante référente)":mailto:corinne.wattebled@ac-nord.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="c.vandamme@cabinet-ortho-vauban.fr":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Directeur école Jules-Ferry":mailto:ce.0591234x@ac-nord.example
SUMMARY;LANGUAGE=fr-FR:ESS – Timéo R. (CE2) – école Jules-Ferry
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\nJe vous invite à l'équipe de suivi de la scolarisation de Timéo (PPS\, AESH mutualisée). Votre regard d'orthophoniste sur l'évolution du langage écrit sera précieux. Présents : famille\, enseignante\, AESH\, psychologue EN\, orthophoniste\, ergothérapeute.\n
UID:040000008200E00074C5B7101A82E00800000000ESS00001DC01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8
DTSTART;TZID=Romance Standard Time:20251023T170000
DTEND;TZID=Romance Standard Time:20251023T180000
DTSTAMP:20251013T081500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:École Jules-Ferry\, salle des maîtres
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="ess-school-meeting-equipe-de-suivi",
        hiring=False,
    ),
    dict(
        kind="recurring-patient-override",
        uid="6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{PARIS}BEGIN:VEVENT
CREATED:20250901T080000Z
LAST-MODIFIED:20251015T080000Z
DTSTAMP:20251015T080000Z
UID:6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f
SUMMARY:Séance Hugo D. (bégaiement - Lidcombe)
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T215959Z
EXDATE;TZID=Europe/Paris:20251028T163000
DTSTART;TZID=Europe/Paris:20250902T163000
DTEND;TZID=Europe/Paris:20250902T171500
END:VEVENT
BEGIN:VEVENT
CREATED:20251015T080000Z
LAST-MODIFIED:20251015T080000Z
DTSTAMP:20251015T080000Z
UID:6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f
SUMMARY:Séance Hugo D. + entretien avec la maman (point trimestriel)
RECURRENCE-ID;TZID=Europe/Paris:20251021T163000
DTSTART;TZID=Europe/Paris:20251021T163000
DTEND;TZID=Europe/Paris:20251021T173000
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="recurring-patient-session-override-entretien-maman",
        hiring=False,
    ),
    dict(
        kind="ios-personal-bank",
        uid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251001T120000Z
DTSTAMP:20251001T120010Z
DTSTART;TZID=Europe/Paris:20251008T180000
DTEND;TZID=Europe/Paris:20251008T190000
SUMMARY:Entretien conseillère banque (prêt immo) - Mme Poulain
LOCATION:Caisse Flandres Mutuel\, rue Nationale
DESCRIPTION:apporter 3 derniers avis d'imposition + relevés BNC + compromis
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="personal-bank-entretien",
        hiring=False,
    ),
    dict(
        kind="google-mock-interview",
        uid="5tg6yh7uj8ik9ol0pa1sd2fg3h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251005T103000
DTEND;TZID=Europe/Paris:20251005T120000
DTSTAMP:20251001T200000Z
ORGANIZER;CN=Aurélie Pinte:mailto:aurelie.pinte@gmail.com
UID:5tg6yh7uj8ik9ol0pa1sd2fg3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aurélie Pinte;X-NUM-GUESTS=0:mailto:aurelie.pinte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
DESCRIPTION:Simulation d'entretien avant le CHU : je joue la cadre de santé\, 
 tu me fais ta présentation en 3 min + questions pièges (pourquoi quitter le l
 ibéral ? salaire ?). Brunch après :)\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:chez Aurélie
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulation d'entretien CHU (avec Aurélie)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="mock-interview-friend-plays-cadre",
        hiring=False,
    ),
    dict(
        kind="zoom-webinar",
        uid="zoom-webinar-83310927744@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250925T100000Z
DTSTART:20251002T180000Z
DTEND:20251002T193000Z
SUMMARY:Webinaire SRON : réussir son entretien d'embauche en structure (hôpital\, CAMSP\, SSR)
UID:zoom-webinar-83310927744@zoom.us
DESCRIPTION:Merci de vous être inscrit(e) au webinaire « Réussir son entretie
 n d'embauche en structure ».\nIntervenantes : Anne Duquesne (orthophoniste\, 
 cadre de rééducation) et Marie Lobry (juriste\, grilles salariales FPH/CCN 51
 /CCN 66).\n\nRejoindre : https://us06web.zoom.us/w/83310927744?tk=Xb9\nSyndicat
  Régional des Orthophonistes du Nord
LOCATION:https://us06web.zoom.us/w/83310927744
ORGANIZER;CN=SRON:mailto:contact@sron-orthophonistes.example
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="webinar-about-job-interviews",
        hiring=False,
    ),
    dict(
        kind="training-motivational-interviewing",
        uid="dpc-2025-OR-4471-S2@formation-ortho.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Formation Ortho//Sessions//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:dpc-2025-OR-4471-S2@formation-ortho.example
DTSTAMP:20250901T000000Z
DTSTART;VALUE=DATE:20251017
DTEND;VALUE=DATE:20251019
SUMMARY:Formation DPC : l'entretien motivationnel en orthophonie (2 jours)
DESCRIPTION:Action DPC n° 99OR2525001. Formatrice : Valérie Coppin. Public : o
 rthophonistes. Objectifs : conduire un entretien motivationnel avec les pati
 ents adultes (dysphagie\, voix) et les parents.
LOCATION:Hôtel Couvent des Minimes\, Lille
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="all-day-training-entretien-motivationnel",
        hiring=False,
    ),
    dict(
        kind="outlook-press-interview",
        uid="040000008200E00074C5B7101A82E00800000000PRESSE01DC0100000000000000001000000011223344556677881122334455667788",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Carton, Julien":mailto:j.carton@gazette-du-nord.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="c.vandamme@cabinet-ortho-vauban.fr":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Interview La Gazette du Nord - journée mondiale de la voix
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\, comme convenu\, interview téléphonique de 20 min pour notre page santé (16 avril) : prévention des troubles de la voix chez les enseignants. Un photographe pourra passer au cabinet ensuite.\nJulien Carton\, journaliste\n
UID:040000008200E00074C5B7101A82E00800000000PRESSE01DC0100000000000000001000000011223344556677881122334455667788
DTSTART;TZID=Romance Standard Time:20260409T121500
DTEND;TZID=Romance Standard Time:20260409T123500
DTSTAMP:20260401T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="press-interview-journalist",
        hiring=False,
    ),
    dict(
        kind="google-research-interview",
        uid="2ws3ed4rf5tg6yh7uj8ik9ol0p@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T120000Z
DTEND:20251015T130000Z
DTSTAMP:20251008T090000Z
ORGANIZER;CN=Camille Roux:mailto:camille.roux.doc@univ-lillemetropole.example
UID:2ws3ed4rf5tg6yh7uj8ik9ol0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
DESCRIPTION:Bonjour\, merci d'avoir accepté de participer à ma thèse (sciences
  de l'éducation) : entretien semi-directif enregistré d'environ 1h sur vos p
 ratiques de téléorthophonie. Formulaire de consentement en pièce jointe.\nCa
 mille Roux\, doctorante\n\nJoin with Google Meet: https://meet.google.com/rmp-qzxe-kta\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/rmp-qzxe-kta
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de recherche (thèse) – pratiques de téléorthophonie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="research-interview-user-is-participant",
        hiring=False,
    ),
    dict(
        kind="ios-informational-coffee",
        uid="0F1E2D3C-4B5A-4697-8877-665544332211",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250908T190000Z
DTSTAMP:20250908T190010Z
DTSTART;TZID=Europe/Paris:20250913T100000
DTEND;TZID=Europe/Paris:20250913T113000
SUMMARY:Café avec Sophie (ortho au CAMSP de Tourcoing) - c'est comment le salariat ?
DESCRIPTION:lui demander : salaire réel CCN 66\, temps de synthèse\, ambiance\, est-ce qu'ils recrutent bientôt
LOCATION:Méert\, rue Esquermoise
UID:0F1E2D3C-4B5A-4697-8877-665544332211
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="informational-coffee-with-salaried-colleague",
        hiring=False,
    ),
    dict(
        kind="all-day-job-fair",
        uid="forum-emploi-sante-2025@hdf-emploi-sante.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HDF Emploi Santé//Evenements//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:forum-emploi-sante-2025@hdf-emploi-sante.example
DTSTAMP:20250901T100000Z
DTSTART;VALUE=DATE:20251016
DTEND;VALUE=DATE:20251017
SUMMARY:Forum Emploi Santé & Médico-social – Lille Grand Palais
DESCRIPTION:Plus de 80 établissements recruteurs (CHU\, cliniques\, ESMS\, SSR
 ). Job dating de 10 min sur stands\, ateliers CV. Entrée libre sur inscription.
LOCATION:Lille Grand Palais
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="job-fair-all-day-job-dating",
        hiring=False,
    ),
    dict(
        kind="outlook-reference-call",
        uid="040000008200E00074C5B7101A82E00800000000REFCALL1DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600770088",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Delmotte, Anne-Laure (RH)":mailto:al.delmotte@polyclinique-scarpe.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="c.vandamme@cabinet-ortho-vauban.fr":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Prise de références – candidature de Mme Inès Carpentier (orthophoniste)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Vandamme\,\nMme Carpentier\, que vous avez encadrée en stage\, vous a citée comme référente pour sa candidature chez nous. Je vous appellerai 15 minutes au cabinet.\nAnne-Laure Delmotte\, Polyclinique de la Scarpe\n
UID:040000008200E00074C5B7101A82E00800000000REFCALL1DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600770088
DTSTART:20251124T123000Z
DTEND:20251124T124500Z
DTSTAMP:20251119T140000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="reference-call-user-is-referee-employer-named",
        hiring=False,
    ),
    dict(
        kind="thunderbird-prep-block",
        uid="ab12cd34-ef56-4a78-9b0c-d1e2f3a4b5c6",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251004T090000Z
LAST-MODIFIED:20251004T090000Z
DTSTAMP:20251004T090000Z
UID:ab12cd34-ef56-4a78-9b0c-d1e2f3a4b5c6
SUMMARY:Préparer entretien CHU : relire projet de service neuro + BDAE
DTSTART:20251006T190000
DTEND:20251006T210000
DESCRIPTION:imprimer CV\, attestation CCO\, lettre. Questions à poser au Dr Verhaeghe : temps de bilan\, astreintes ? staff UNV.
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="prep-block-names-employer-and-interviewer",
        hiring=False,
    ),
    dict(
        kind="ios-thank-you-reminder",
        uid="11223344-5566-4778-8899-AABBCCDDEEFF",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250924T120000Z
DTSTAMP:20250924T120010Z
DTSTART;TZID=Europe/Paris:20250924T201500
DTEND;TZID=Europe/Paris:20250924T203000
SUMMARY:Mail de remerciement CAMSP (Dr Lemaire + Mme Caron) suite entretien
UID:11223344-5566-4778-8899-AABBCCDDEEFF
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="thank-you-reminder-after-interview",
        hiring=False,
    ),
    dict(
        kind="recruiter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000CONFID01DC01000000000000000010000000ABCDEF98765432100123456789FEDCBA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Masquelier, Aurélie":mailto:a.masquelier@sante-rh-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
SUMMARY;LANGUAGE=fr-FR:Échange téléphonique – opportunité orthophoniste salariée (client confidentiel)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Clémence\,\nJ'ai vu votre profil sur notre CVthèque. Je travaille sur plusieurs postes d'orthophoniste salariée dans la métropole lilloise pour des clients que je ne peux pas encore nommer. Pouvons-nous en parler 15 minutes ?\nAurélie Masquelier\, Santé RH Conseil\n
UID:040000008200E00074C5B7101A82E00800000000CONFID01DC01000000000000000010000000ABCDEF98765432100123456789FEDCBA
DTSTART:20251028T171500Z
DTEND:20251028T173000Z
DTSTAMP:20251027T110000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="recruiter-names-no-employer-yet",
        hiring=False,
    ),
    dict(
        kind="google-pco-meeting",
        uid="7uj8ik9ol0pa1sd2fg3hj4kl5z@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251030T113000Z
DTEND:20251030T130000Z
DTSTAMP:20251020T100000Z
ORGANIZER;CN=PCO Métropole Lilloise:mailto:coordination@pco-metropole.example
UID:7uj8ik9ol0pa1sd2fg3hj4kl5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.vandamme@cabinet-ortho-vauban.fr;X-NUM-GUESTS=0:mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr Hélène Boutry;X-NUM-GUESTS=0:mailto:h.boutry@pco-metropole.example
DESCRIPTION:Réunion de synthèse pluridisciplinaire : 4 situations d'enfants 
 adressés à la plateforme (bilans orthophoniques en cours). Entretien de resti
 tution aux familles à planifier.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Visio
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Synthèse PCO – situations d'octobre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="synthese-meeting-pluridisciplinary",
        hiring=False,
    ),
    dict(
        kind="outlook-school-psychologist",
        uid="040000008200E00074C5B7101A82E00800000000RASED001DC01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lemaître, Agnès (Psychologue EN)":mailto:agnes.lemaitre@ac-nord.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="c.vandamme@cabinet-ortho-vauban.fr":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique psy EN / orthophoniste – Maëlys V. (CP)
DESCRIPTION;LANGUAGE=fr-FR:Échange sur la situation de Maëlys avant la demande de PAP. Accord des parents recueilli.\n
UID:040000008200E00074C5B7101A82E00800000000RASED001DC01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878
DTSTART;TZID=W. Europe Standard Time:20251113T124500
DTEND;TZID=W. Europe Standard Time:20251113T130500
DTSTAMP:20251106T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="entretien-telephonique-about-patient",
        hiring=False,
    ),
    dict(
        kind="ios-family-interview",
        uid="99887766-5544-4332-a110-ffeeddccbbaa",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251009T070000Z
DTSTAMP:20251009T070010Z
DTSTART;TZID=Europe/Paris:20251014T133000
DTEND;TZID=Europe/Paris:20251014T150000
SUMMARY:Théo entretien d'embauche Norvélo 14h - lui prêter la Clio
DESCRIPTION:il passe prendre les clés au cabinet à 13h30. croiser les doigts pour lui !
UID:99887766-5544-4332-a110-ffeeddccbbaa
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="brother-job-interview-user-lends-car",
        hiring=False,
    ),
    dict(
        kind="google-german-partner",
        uid="4rf5tg6yh7uj8ik9ol0pq1aw2s@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251120T100000
DTEND;TZID=Europe/Berlin:20251120T120000
DTSTAMP:20251110T200000Z
ORGANIZER;CN=Tom Becker:mailto:tom.becker.lille@gmail.com
UID:4rf5tg6yh7uj8ik9ol0pq1aw2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Becker;X-NUM-GUESTS=0:mailto:tom.becker.lille@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
DESCRIPTION:Mein Vorstellungsgespräch bei Kessler Automotive in Aachen (Werk 
 Eilendorf). Du fährst mit und wartest im Café? Abfahrt 7:15 in Lille.\nTom\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Kessler Automotive GmbH\, Aachen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Tom – Kessler Automotive
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="partner-german-job-interview-user-invited",
        hiring=False,
    ),
    dict(
        kind="ios-spanish-friend",
        uid="ABCDEF01-2345-4678-9ABC-DEF012345678",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T210000Z
DTSTAMP:20251020T210010Z
DTSTART:20251023T090000Z
DTEND:20251023T091500Z
SUMMARY:Entrevista de Lucía (logopeda\, Hospital de Valencia) - mandarle un audio de ánimo
DESCRIPTION:su entrevista es a las 11h hora de Madrid. llamarla después !
UID:ABCDEF01-2345-4678-9ABC-DEF012345678
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="friend-spanish-entrevista-same-trade",
        hiring=False,
    ),
    dict(
        kind="outlook-urps-commission",
        uid="040000008200E00074C5B7101A82E00800000000URPS0001DC01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="URPS Orthophonistes HdF - Secrétariat":mailto:secretariat@urps-ortho-hdf.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Commission démographie & offres d'emploi – réunion trimestrielle
DESCRIPTION;LANGUAGE=fr-FR:Ordre du jour : bilan des annonces publiées sur la bourse d'emploi URPS (remplacements\, collaborations\, postes salariés)\, zones sous-denses\, enquête délais de prise en charge.\n
UID:040000008200E00074C5B7101A82E00800000000URPS0001DC01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0
DTSTART;TZID=Romance Standard Time:20251125T193000
DTEND;TZID=Romance Standard Time:20251125T211500
DTSTAMP:20251103T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Visio Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="urps-commission-about-job-offers",
        hiring=False,
    ),
    dict(
        kind="thunderbird-accountant",
        uid="fe98dc76-ba54-4321-8fed-cba987654321",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251101T100000Z
LAST-MODIFIED:20251101T100000Z
DTSTAMP:20251101T100000Z
UID:fe98dc76-ba54-4321-8fed-cba987654321
SUMMARY:RDV comptable AGA - bilan 2035 + simulation si passage salariée
DTSTART:20251105T090000
DTEND:20251105T100000
LOCATION:Cabinet Devos & associés
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="accountant-bilan-mentions-salaried-switch",
        hiring=False,
    ),
    dict(
        kind="ios-end-of-care",
        uid="AA00BB11-CC22-4D33-8E44-FF5566778899",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251201T080000Z
DTSTAMP:20251201T080010Z
DTSTART;TZID=Europe/Paris:20251205T173000
DTEND;TZID=Europe/Paris:20251205T181500
SUMMARY:Entretien fin de prise en charge - famille Lefort (bilan de renouvellement)
UID:AA00BB11-CC22-4D33-8E44-FF5566778899
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="entretien-fin-de-prise-en-charge",
        hiring=False,
    ),
    dict(
        kind="recurring-supervision",
        uid="supervision-gap-2025@ortho-analyse-pratique.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Clémence perso
X-WR-TIMEZONE:Europe/Paris
{PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250915T200000
DTEND;TZID=Europe/Paris:20250915T220000
RRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=10
DTSTAMP:20251201T100000Z
UID:supervision-gap-2025@ortho-analyse-pratique.example
SUMMARY:Groupe d'analyse de la pratique (orthos)
DESCRIPTION:animé par Mme Lussier\, psychologue. Apporter une situation clinique.
LOCATION:Maison des associations\, Lille
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251124T190000
DTEND;TZID=Europe/Paris:20251124T210000
RECURRENCE-ID;TZID=Europe/Paris:20251117T200000
DTSTAMP:20251201T100000Z
UID:supervision-gap-2025@ortho-analyse-pratique.example
SUMMARY:Groupe d'analyse de la pratique (orthos) – REPORTÉ au 24
LOCATION:Maison des associations\, Lille
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="recurring-practice-supervision-moved-occurrence",
        hiring=False,
    ),
    dict(
        kind="outlook-cpam-visit",
        uid="040000008200E00074C5B7101A82E00800000000CPAM0001DC01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Delannoy, Franck (DAM - CPAM)":mailto:franck.delannoy@cpam-lille.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="c.vandamme@cabinet-ortho-vauban.fr":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Entretien confraternel / visite DAM – nouvelle convention orthophonistes
DESCRIPTION;LANGUAGE=fr-FR:Visite du délégué de l'Assurance Maladie : présentation de l'avenant conventionnel\, téléconsultation\, accès direct.\n
UID:040000008200E00074C5B7101A82E00800000000CPAM0001DC01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0
DTSTART;TZID=Romance Standard Time:20251203T133000
DTEND;TZID=Romance Standard Time:20251203T140000
DTSTAMP:20251120T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet Ortho Vauban
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="insurance-delegate-visit-entretien-wording",
        hiring=False,
    ),
    dict(
        kind="google-round-table",
        uid="8ik9ol0pa1sd2fg3hj4kl5zx6c@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Clémence perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251009T193000
DTEND;TZID=Europe/Paris:20251009T213000
DTSTAMP:20251201T100000Z
UID:8ik9ol0pa1sd2fg3hj4kl5zx6c@google.com
SUMMARY:Table ronde SRON « Exercer en salariat : témoignages » (CHU\, CAMSP\, SSR)
DESCRIPTION:3 orthos salariées racontent leur recrutement (entretien\, jury\, 
 journée d'observation) et la grille FPH. Inscrite.
LOCATION:Faculté de médecine\, amphi C
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="round-table-about-salaried-recruitment",
        hiring=False,
    ),
    dict(
        kind="all-day-conference",
        uid="jon-2025-jour1@journees-ortho-nord.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Journées Ortho Nord//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:jon-2025-jour1@journees-ortho-nord.example
DTSTAMP:20250801T000000Z
DTSTART;VALUE=DATE:20251128
DTEND;VALUE=DATE:20251129
SUMMARY:Journées d'orthophonie du Nord – jour 1 (dysphagie & neuro)
DESCRIPTION:Conférences\, ateliers pratiques\, espace exposants et offres d'emploi des établissements partenaires.
LOCATION:Lille Grand Palais
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="all-day-conference-with-job-board",
        hiring=False,
    ),
    dict(
        kind="doctor-appointment",
        uid="rdv-55120934@rdv-sante.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV Santé//Patient//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-55120934@rdv-sante.example
DTSTAMP:20251010T100000Z
DTSTART:20251022T071500Z
DTEND:20251022T074500Z
SUMMARY:RDV Dr Lesage (ORL) – audiogramme + nasofibroscopie
DESCRIPTION:Patient : Clémence Vandamme. Motif : enrouement persistant. Apporter carte Vitale et ordonnance.
LOCATION:Cabinet ORL\, 8 place Rihour\, Lille
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="personal-medical-appointment",
        hiring=False,
    ),
    dict(
        kind="podcast-interview",
        uid="riverside-rec-7731-paroledepros@riverside-mail.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Recording Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-7731-paroledepros@riverside-mail.example
DTSTAMP:20251112T100000Z
DTSTART:20251126T190000Z
DTEND:20251126T200000Z
SUMMARY:Enregistrement podcast « Parole de pros » – interview de Clémence Vandamme
ORGANIZER;CN=Maud Level:mailto:maud@paroledepros-podcast.example
ATTENDEE;CN=Clémence Vandamme;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Épisode 42 : « Orthophoniste en libéral à 30 ans : et après ? ». 
 Interview de 45 min\, micro-casque conseillé. Studio : https://riverside.exa
 mple/studio/paroledepros
LOCATION:Riverside studio (en ligne)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="podcast-interview-of-user",
        hiring=False,
    ),
    dict(
        kind="outlook-insurance-advisor",
        uid="040000008200E00074C5B7101A82E00800000000MACSF001DC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ghesquière, Paul":mailto:paul.ghesquiere@assur-soignants.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
SUMMARY;LANGUAGE=fr-FR:Entretien conseil – prévoyance et RCP en cas de passage au salariat
DESCRIPTION;LANGUAGE=fr-FR:Rendez-vous téléphonique avec votre conseiller : maintien de vos garanties si vous devenez salariée à temps partiel et gardez une activité libérale.\n
UID:040000008200E00074C5B7101A82E00800000000MACSF001DC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0
DTSTART:20251120T113000Z
DTEND:20251120T120000Z
DTSTAMP:20251114T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="insurance-advisor-entretien-about-job-change",
        hiring=False,
    ),
    dict(
        kind="visio-parents",
        uid="3hj4kl5zx6cv7bn8m9qw0er1ty@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251118T173000Z
DTEND:20251118T180000Z
DTSTAMP:20251112T090000Z
ORGANIZER;CN=c.vandamme@cabinet-ortho-vauban.fr:mailto:c.vandamme@cabinet-ortho-vauban.fr
UID:3hj4kl5zx6cv7bn8m9qw0er1ty@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=c.vandamme@cabinet-ortho-vauban.fr;X-NUM-GUESTS=0:mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=famille.bertin@free.fr;X-NUM-GUESTS=0:mailto:famille.bertin@free.fr
DESCRIPTION:Point d'étape après 20 séances (Noé\, retard de langage). Compte-
 rendu du bilan de renouvellement envoyé au médecin.\n\nJoin with Google Meet: https://meet.google.com/wqe-zvxp-lrd\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/wqe-zvxp-lrd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visio parents Noé – point d'étape
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-organizes-parent-video-call",
        hiring=False,
    ),
    dict(
        kind="outlook-partners-meeting",
        uid="040000008200E00074C5B7101A82E00800000000CONTRAT1DC01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dumortier, Hélène":mailto:h.dumortier@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Réunion d'associés – répartition des bureaux et départs 2026
DESCRIPTION;LANGUAGE=fr-FR:Ordre du jour : congé maternité de Clémence (remplaçante)\, candidatures de Clémence à l'extérieur et organisation si départ\, nouveau centre de dépistage\, loyers.\n
UID:040000008200E00074C5B7101A82E00800000000CONTRAT1DC01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00
DTSTART;TZID=Romance Standard Time:20251201T201500
DTEND;TZID=Romance Standard Time:20251201T213000
DTSTAMP:20251124T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet - salle de réunion
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="partners-meeting-mentions-user-applications",
        hiring=False,
    ),
]
