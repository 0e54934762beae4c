# ruff: noqa: E501, W291
"""holdout190: Bordeaux practices, hand-typed entries, the public sector, Spanish (Donostia)."""

from holdout190ev_tz import ev

EVENTS = [
    ev("practice-first-meeting", "2m9v0hq7k1s5d3c8f6n4b2x0te@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250219T180000
DTEND;TZID=Europe/Paris:20250219T190000
DTSTAMP:20250213T113342Z
ORGANIZER;CN=Pauline Lestrade:mailto:p.lestrade@atelier-lestrade.fr
UID:2m9v0hq7k1s5d3c8f6n4b2x0te@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pauline Lestrade;X-NUM-GUESTS=0:mailto:p.lestrade@atelier-lestrade.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:amelie.fontaine.archi@orange.
 fr
DESCRIPTION:Bonjour Amélie\,\nMerci pour votre candidature spontanée\, votr
 e parcours chez Atelier Garonne nous intéresse beaucoup. Je vous propose d
 e passer à l'agence mercredi en fin de journée pour qu'on se rencontre.\nP
 auline Lestrade\, architecte associée
LOCATION:Atelier Lestrade & Associés\, 14 quai des Chartrons\, 33000 Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Atelier Lestrade / Amélie Fontaine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Lestrade & Associés", stage="hiring_manager", interviewers="p.lestrade@atelier-lestrade.fr",
       trap="spontaneous-application-rencontre-wording"),

    ev("team-lunch-visit", "4h1c8b2n6m0q9w3e5r7t1y4u2i@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250307T120000
DTEND;TZID=Europe/Paris:20250307T140000
DTSTAMP:20250224T080919Z
ORGANIZER;CN=Pauline Lestrade:mailto:p.lestrade@atelier-lestrade.fr
UID:4h1c8b2n6m0q9w3e5r7t1y4u2i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pauline Lestrade;X-NUM-GUESTS=0:mailto:p.lestrade@atelier-lestrade.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=François Lestrade;X-NUM-GUESTS=0:mailto:f.lestrade@atelier-lestrade.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:amelie.fontaine.archi@orange.
 fr
DESCRIPTION:Second rendez-vous : visite de l'agence\, échange avec François
  (associé) sur le poste d'architecte chef de projet\, puis déjeuner avec l
 'équipe chez Le Petit Commerce. On vous dira rapidement après.
LOCATION:14 quai des Chartrons\, 33000 Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Atelier Lestrade – visite + déjeuner équipe (A. Fontaine)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Lestrade & Associés", role="architecte chef de projet", stage="onsite",
       interviewers="p.lestrade@atelier-lestrade.fr;f.lestrade@atelier-lestrade.fr", trap="second-round-as-lunch-and-visit"),

    ev("founder-gmail", "0b5n7m3k1j9h8g6f4d2s0a1q3w@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T063000Z
DTEND:20250416T073000Z
DTSTAMP:20250411T212755Z
ORGANIZER;CN=Julien Marty:mailto:julien.marty.archi@gmail.com
UID:0b5n7m3k1j9h8g6f4d2s0a1q3w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Marty;X-NUM-GUESTS=0:mailto:julien.marty.archi@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
DESCRIPTION:Salut Amélie\, comme dit au tel : on monte l'agence avec Lucie 
 Rivière depuis 18 mois et on cherche notre premier(e) archi chef de proje
 t. On se retrouve au Node (café en bas de notre bureau partagé)\, on t'exp
 lique les projets (2 maisons + une école en Dordogne) et tu nous poses tout
 es tes questions. Apporte quelques projets sur ta tablette.\nJulien
LOCATION:Le Node\, 12 rue des Gobelets\, Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Amélie / Julien & Lucie – poste archi chef de projet
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Marty Rivière Architectes", role="archi chef de projet", stage="hiring_manager",
       interviewers="julien.marty.archi@gmail.com;Lucie Rivière", trap="founder-free-mail-cafe-setting"),

    ev("public-jury", "bm-20250515-a3c7e1f9@bluemind.bordeaux-metropole.fr", r"""
BEGIN:VCALENDAR
PRODID:-//BlueMind//BlueMind Calendar//FR
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:bm-20250515-a3c7e1f9@bluemind.bordeaux-metropole.fr
DTSTAMP:20250430T091204Z
DTSTART;TZID=Europe/Paris:20250515T140000
DTEND;TZID=Europe/Paris:20250515T144500
SUMMARY:Jury de recrutement – Architecte chargé(e) d'opérations (cat. A) – Mme FONTAINE
ORGANIZER;CN=DRH Recrutement Mobilité:mailto:drh-recrutement@bordeaux-metropole.fr
ATTENDEE;CN=Amélie FONTAINE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
LOCATION:Immeuble Laure Gatet\, 39-41 cours du Maréchal Juin\, Bordeaux – salle 5.07
DESCRIPTION:Madame\,\n\nVotre candidature au poste d'architecte chargé(e) d'opérations (cadre d'emplois des ingénieurs territoriaux / contractuel)\, Direction des bâtiments\, a retenu l'attention du service.\nVous êtes convoquée à un entretien devant le jury de recrutement composé de :\n- M. Éric Labarthe\, directeur des bâtiments\n- Mme Sonia Ferreira\, cheffe du service maîtrise d'ouvrage\n- Mme Agnès Puyo\, chargée de recrutement\n\nDurée : 45 minutes (présentation de 10 minutes de votre parcours puis questions).\nMerci de vous présenter 10 minutes avant à l'accueil muni(e) d'une pièce d'identité.\n\nLa Direction des Ressources Humaines
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Bordeaux Métropole", role="Architecte chargé(e) d'opérations (cat. A)", stage="onsite",
       interviewers="Éric Labarthe;Sonia Ferreira;Agnès Puyo", trap="public-sector-recruitment-jury-bluemind"),

    ev("typed-floating", "20250305T201144Z-31876-texier@fontaine-android", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:DAVx5/4.4.5-ose ical4j/3.2.19
BEGIN:VEVENT
DTSTAMP:20250305T201144Z
UID:20250305T201144Z-31876-texier@fontaine-android
SUMMARY:Entretien Agence Texier 14h30 !!
DTSTART:20250310T143000
DTEND:20250310T153000
LOCATION:Agence Texier - 22 cours de l'Intendance
DESCRIPTION:prendre book A3 + attestation HMONP. poser congé aprèm à l'agence (dire rdv médical)
END:VEVENT
END:VCALENDAR
""", 1, company="Agence Texier", trap="typed-floating-time-in-summary", crlf=False),

    ev("typed-phone", "b8f1d0c2-7a3e-4f95-8c61-2e9d0a4b7f13", r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@TZ_PARIS@@
BEGIN:VEVENT
CREATED:20250423T192011Z
LAST-MODIFIED:20250423T192201Z
DTSTAMP:20250423T192201Z
UID:b8f1d0c2-7a3e-4f95-8c61-2e9d0a4b7f13
SUMMARY:rdv tel Lecomte archi - poste chef de proj
DTSTART;TZID=Europe/Paris:20250428T101500
DTEND;TZID=Europe/Paris:20250428T104500
DESCRIPTION:Arnaud & Lecomte\, M. Lecomte m'appelle. si pas d'appel à 10h30 rappeler 05 56 79 42 18.\nquestions : taille équipe\, projets en cours (EHPAD Cenon ?)\, statut cadre ?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Arnaud & Lecomte Architectes", role="chef de proj", interviewers="M. Lecomte",
       trap="typed-thunderbird-abbreviated-phone", crlf=False),

    ev("typed-revit-test", "8B3C1E70-2D4A-4F9B-A6E5-71C0D2F8B943", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250514T210233Z
DTEND:20250522T113000
DTSTAMP:20250514T210301Z
DTSTART:20250522T090000
LAST-MODIFIED:20250514T210301Z
LOCATION:Nadal archi\, 5 rue Fondaudège
SEQUENCE:0
SUMMARY:Test Revit chez Nadal (2h30)
DESCRIPTION:exo sur leur gabarit. amener clé USB + souris. ils ont Revit 2023 pas 2024 attention familles
TRANSP:OPAQUE
UID:8B3C1E70-2D4A-4F9B-A6E5-71C0D2F8B943
END:VEVENT
END:VCALENDAR
""", 1, company="Nadal Architectes", stage="technical", trap="typed-floating-revit-test", crlf=False),

    ev("trial-day", "7t3r5e1w9q2z4x6c8v0b1n3m5k@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250528
DTEND;VALUE=DATE:20250529
DTSTAMP:20250519T143150Z
ORGANIZER;CN=Xavier Dupouy:mailto:xavier@atelier-dune.fr
UID:7t3r5e1w9q2z4x6c8v0b1n3m5k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Xavier Dupouy;X-NUM-GUESTS=0:mailto:xavier@atelier-dune.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
DESCRIPTION:Amélie\, comme convenu : une journée avec nous à l'atelier pour
  voir si on fonctionne bien ensemble. Matin : esquisse d'une extension de
  villa au Moulleau en binôme avec Chloé\, aprèm : visite du chantier du Ca
 p Ferret avec moi. Journée rémunérée bien sûr. Arrivée 9h\, on finit vers
  18h.\nXavier
LOCATION:Atelier Dune\, 41 boulevard de la Plage\, 33120 Arcachon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'essai – Amélie
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Dune", stage="onsite", interviewers="xavier@atelier-dune.fr",
       trap="all-day-paid-trial-day"),

    ev("entrevista-meet", "5s8d1f4g7h0j3k6l9z2x5c8v1b@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250407T093000
DTEND;TZID=Europe/Madrid:20250407T101500
DTSTAMP:20250401T081822Z
ORGANIZER;CN=Ane Etxeberria:mailto:ane@aranburu-etxeberria.eus
UID:5s8d1f4g7h0j3k6l9z2x5c8v1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ane Etxeberria;X-NUM-GUESTS=0:mailto:ane@aranburu-etxeberria.eus
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/ojc-uvdw-ktr
DESCRIPTION:Hola Amélie\,\n\nGracias por tu candidatura. Como te comenté p
 or correo\, abrimos una oficina en Burdeos para el concurso de viviendas 
 de Bègles y buscamos una arquitecta de proyecto francófona. Te propongo u
 na primera entrevista por videollamada (podemos hablar en francés o en cas
 tellano\, como prefieras).\n\nUn saludo\,\nAne Etxeberria\nSocia – Aranbur
 u Etxeberria Arquitectos\, Donostia\n\nUnirse con Google Meet: https://mee
 t.google.com/ojc-uvdw-ktr
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Arquitecta de proyecto (oficina de Burdeos)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Aranburu Etxeberria Arquitectos", role="Arquitecta de proyecto (oficina de Burdeos)",
       stage="hiring_manager", interviewers="ane@aranburu-etxeberria.eus", trap="spanish-entrevista-madrid-zone"),

    ev("segunda-entrevista", "AE-20250425-segunda-fontaine@aranburu-etxeberria.eus", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
UID:AE-20250425-segunda-fontaine@aranburu-etxeberria.eus
DTSTAMP:20250414T112003Z
DTSTART;TZID=Europe/Madrid:20250425T110000
DTEND;TZID=Europe/Madrid:20250425T130000
SUMMARY:Segunda entrevista en el estudio – Amélie Fontaine
ORGANIZER;CN="Iñaki Aranburu";SENT-BY="mailto:administracion@aranburu-etxeberria.eus":mailto:inaki@aranburu-etxeberria.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amélie Fontaine":mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ane Etxeberria":mailto:ane@aranburu-etxeberria.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Iñaki Aranburu":mailto:inaki@aranburu-etxeberria.eus
LOCATION:Estudio – Calle Prim 19\, 20006 Donostia-San Sebastián
DESCRIPTION:Hola Amélie\,\n\nTe confirmamos la segunda entrevista\, ya con los dos socios\, en nuestro estudio de Donostia. Será la entrevista final: te enseñaremos el estudio\, hablaremos del concurso de Bègles y de las condiciones. Te reembolsamos el tren desde Burdeos (vía Hendaya).\n\nUn abrazo\,\nMaite Garmendia\nAdministración
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Aranburu Etxeberria Arquitectos", stage="final",
       interviewers="ane@aranburu-etxeberria.eus;inaki@aranburu-etxeberria.eus", trap="spanish-final-sent-by-administration"),

    ev("phone-call", "f4a8c2e6-1b9d-4e37-a0c5-8d2f6b1e9a74", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:f4a8c2e6-1b9d-4e37-a0c5-8d2f6b1e9a74
DTSTAMP:20250224T163015Z
DTSTART;TZID=Europe/Paris:20250228T130000
DTEND;TZID=Europe/Paris:20250228T133000
SUMMARY:Appel Mme Fontaine (candidature)
ORGANIZER;CN="Sylvie Garcia":mailto:s.garcia@garcia-lanusse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="amelie.fontaine.archi@orange.fr":mailto:amelie.fontaine.archi@orange.fr
LOCATION:Téléphone : 06 71 28 90 44
DESCRIPTION:Bonjour Madame Fontaine\,\n\nMerci pour votre candidature au poste d'architecte de projet à l'agence. Je vous appellerai vendredi à 13h pour un premier échange\, si cela vous convient.\n\nSylvie Garcia\nArchitecte DPLG – co-gérante\nAgence Garcia Lanusse\, Pau\n05 59 27 13 66
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Agence Garcia Lanusse", role="architecte de projet", interviewers="s.garcia@garcia-lanusse.fr",
       trap="phone-call-summary-from-employer-side"),

    ev("assessment-day", "talentsoft-session-AC-2025-06-05-0193@sofia-immobilier.talent-soft.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid Talentsoft//Recruiting//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:talentsoft-session-AC-2025-06-05-0193@sofia-immobilier.talent-soft.com
DTSTAMP:20250523T090000Z
DTSTART;TZID=Europe/Paris:20250605T083000
DTEND;TZID=Europe/Paris:20250605T163000
SUMMARY:Journée d'évaluation (assessment center) – Responsable de programmes H/F
ORGANIZER;CN=Sofia Immobilier - Recrutement:mailto:recrutement@sofia-immobilier.fr
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
LOCATION:Sofia Immobilier – Direction régionale Nouvelle-Aquitaine\, 2 quai de Paludate\, 33800 Bordeaux
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convier à notre journée d'évaluation pour le poste de Responsable de programmes H/F.\n\nProgramme :\n08h30 Accueil\n09h00 Étude de cas en sous-groupe (montage d'une opération de 60 logements)\n11h00 Présentation orale devant un jury (directeur régional\, directrice technique\, DRH)\n13h00 Déjeuner\n14h00 Entretiens individuels\n16h00 Conclusion\n\nMerci de confirmer votre présence.\nLa Direction des Ressources Humaines – Sofia Immobilier
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Sofia Immobilier", role="Responsable de programmes H/F", stage="onsite",
       trap="assessment-centre-with-oral-jury"),
]
