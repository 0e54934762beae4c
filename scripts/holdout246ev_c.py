# ruff: noqa: E501, W291
"""holdout246 events, part C: negatives with the user on the hiring / assessing side."""
from holdout246ev_zones import GOOGLE_ES, GOOGLE_FR, PARIS, ROMANCE, TEAMS_FR

FORMS = {}
W = "karim.haddad@ac-montpellier.fr"
P = "karim.haddad34@laposte.net"


def ev(kind, uid, ics, trap):
    assert trap.startswith("user-as-interviewer-")
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="",
                interviewers="", trap=trap, hiring=True)


EVENTS = [
ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000AED0JURY0A1B2C3D4E5FDC0100000000000000001000000001", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Mercadier, Françoise":mailto:francoise.mercadier@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pons, Sarah":mailto:sarah.pons@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Jury de recrutement des assistants d'éducation (2 po
 stes à pourvoir au 1er septembre\\, dont 1 AED internat).\\nJury : F. Mercadier
 \\, K. Haddad (CPE)\\, S. Pons (AED référente).\\n4 candidats reçus : 14h00 / 14h
 30 / 15h00 / 15h30. Grilles d'entretien dans le dossier partagé.\\n
UID:040000008200E00074C5B7101A82E00800000000AED0JURY0A1B2C3D4E5FDC0100000000000000001000000001
SUMMARY;LANGUAGE=fr-FR:Jury recrutement AED - entretiens candidats
DTSTART;TZID=Romance Standard Time:20260617T140000
DTEND;TZID=Romance Standard Time:20260617T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260603T101101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle du conseil d'administration
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-aed-jury-member"),

ev("calendly-host", "c1d2e3f4-aed-lucas-perrin-calendly", """BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c1d2e3f4-aed-lucas-perrin-calendly
DTSTAMP:20260608T184412Z
DTSTART:20260616T071500Z
DTEND:20260616T073500Z
SUMMARY:Lucas Perrin et Karim Haddad - Entretien candidature AED (20 min)
ORGANIZER;CN=Karim Haddad:mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;CN=Lucas Perrin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucas.perrin96@gmail.com
DESCRIPTION:Nouvel événement programmé\\n\\nType d'événement : Entretien candida
 ture AED (20 min)\\nInvité : Lucas Perrin (lucas.perrin96@gmail.com)\\nRéponses
  :\\nDiplôme : Licence STAPS en cours\\nDisponibilités : temps plein\\, internat
  possible\\n\\nLieu : Lycée Jean-Baptiste-Delmas\\, bureau vie scolaire\\n\\nVoir 
 l'événement dans Calendly : https://calendly.com/app/scheduled_events/user/me
LOCATION:Lycée Jean-Baptiste-Delmas - bureau vie scolaire
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-calendly-host-notification"),

ev("outlook-reply", "040000008200E00074C5B7101A82E00800000000AED0GARNIER0C3D4E5F6DC0100000000000000001000000002", """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Inès Garnier:mailto:ines.garnier.pro@outlook.fr
COMMENT;LANGUAGE=fr-FR:Bonjour Monsieur\\, je serai présente. Merci pour votre r
 etour. Inès Garnier\\n
ORGANIZER;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
UID:040000008200E00074C5B7101A82E00800000000AED0GARNIER0C3D4E5F6DC0100000000000000001000000002
SUMMARY;LANGUAGE=fr-FR:Accepté: Entretien candidature AED - Inès Garnier
DTSTART;TZID=W. Europe Standard Time:20260616T103000
DTEND;TZID=W. Europe Standard Time:20260616T105000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260609T062255Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau vie scolaire
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-candidate-accepted-reply"),

ev("zimbra-invite", "d4e5f6a7-debrief-aed-2026@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:d4e5f6a7-debrief-aed-2026@ac-montpellier.fr
SUMMARY:Débrief recrutement AED - harmonisation des grilles + classement
ATTENDEE;CN=MERCADIER Françoise;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:francoise.mercadier@ac-montpellier.fr
ATTENDEE;CN=PONS Sarah;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sarah.pons@ac-montpellier.fr
ORGANIZER;CN=HADDAD Karim:mailto:{W}
DTSTART;TZID="Europe/Paris":20260617T164500
DTEND;TZID="Europe/Paris":20260617T173000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Bureau CPE
DTSTAMP:20260610T120000Z
SEQUENCE:0
DESCRIPTION:On compare nos grilles (posture\\, connaissance du public ado\\, dispo
 internat)\\, on classe les 4 candidats et je prépare les propositions pour la 
 proviseure.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-debrief-ranking-organizer"),

ev("outlook-all-day", "040000008200E00074C5B7101A82E00800000000JURYCPE0EXT2026DC0100000000000000001000000003", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="DGRH - Bureau des concours CPE":mailto:concours.cpe@jury-education.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HADDAD Karim":mailto:karim.haddad@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\, Monsieur\\,\\nVous êtes convoqué(e) en quali
 té de membre du jury pour les épreuves orales d'admission du concours externe
  de conseiller principal d'éducation\\, session 2026 (commission n°7).\\nRéunion
  d'harmonisation le premier jour à 8h00. Ordres de mission dans Chorus DT.\\n
UID:040000008200E00074C5B7101A82E00800000000JURYCPE0EXT2026DC0100000000000000001000000003
SUMMARY;LANGUAGE=fr-FR:Convocation jury - oraux d'admission concours externe CPE 2026
DTSTART;VALUE=DATE:20260622
DTEND;VALUE=DATE:20260627
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260415T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Lycée d'accueil des oraux - Lyon
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-concours-jury-convocation-all-day"),

ev("zimbra-invite", "e6f7a8b9-stagiaire-cpe-visite@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:e6f7a8b9-stagiaire-cpe-visite@ac-montpellier.fr
SUMMARY:Entretien de positionnement - Mme Léa Fournier (CPE stagiaire) - avis de titularisation
ATTENDEE;CN=FOURNIER Léa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.fournier@ac-montpellier.fr
ORGANIZER;CN=HADDAD Karim:mailto:{W}
DTSTART;TZID="Europe/Paris":20260430T140000
DTEND;TZID="Europe/Paris":20260430T153000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Lycée Delmas - bureau CPE 2
DTSTAMP:20260422T090000Z
SEQUENCE:0
DESCRIPTION:Tutorat : bilan de l'année\\, grille du référentiel de compétences
 \\, rédaction de mon avis de tuteur pour le jury de titularisation.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-tutor-rates-trainee-for-tenure"),

ev("zimbra-invite", "f8a9b0c1-vivier-cpe-contractuels@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:f8a9b0c1-vivier-cpe-contractuels@ac-montpellier.fr
SUMMARY:Entretiens candidats CPE contractuels (vivier académique) - binôme IA-IPR / CPE
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=LARRIEU Vincent;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vincent.larrieu@ac-montpellier.fr
ORGANIZER;CN=DPE - Bureau des contractuels:mailto:ce.dpe-contractuels@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260527T090000
DTEND;TZID="Europe/Paris":20260527T123000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Rectorat - salle 1.08
DTSTAMP:20260512T081500Z
SEQUENCE:0
DESCRIPTION:Merci d'avoir accepté de siéger avec M. Larrieu pour les entretien
 s d'habilitation des candidats au vivier des CPE contractuels. 6 candidats (3
 0 min chacun). Les dossiers et la grille d'évaluation sont joints.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-contract-pool-rectorat-same-names-as-own-process"),

ev("google-invite", "9sd3f7g1h5j0k2l8z4x6c0vbnm@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260915T101500
DTEND;TZID=Europe/Paris:20260915T104500
DTSTAMP:20260909T131245Z
ORGANIZER;CN=Manon Teixeira:mailto:manon.teixeira@engages-civiques34.org
UID:9sd3f7g1h5j0k2l8z4x6c0vbnm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad@ac-montpellier.fr;X-NUM-GUESTS=0:mailto:karim.haddad@ac-
 montpellier.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Manon Teixeira;X-NUM-GUESTS=0:mailto:manon.teixeira@engages-civiques34.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Clara Dumas;X-NUM-GUESTS=0:mailto:clara.dumas.2005@gmail.com
CREATED:20260909T131200Z
DESCRIPTION:Bonjour M. Haddad\\,\\nComme convenu\\, nous vous présentons la cand
 idature de Clara Dumas (19 ans) pour la mission de service civique « lutte co
 ntre le décrochage » au lycée Delmas. Je l'accompagnerai pour ce premier entr
 etien.\\nManon - Engagés Civiques 34{GOOGLE_FR.format(code="pwe-mnxz-cka")}
LAST-MODIFIED:20260909T131245Z
LOCATION:Lycée Jean-Baptiste-Delmas
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation candidature service civique - Clara Dumas / Lycée Delmas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-agency-presents-volunteer"),

ev("teams-invite", "040000008200E00074C5B7101A82E00800000000AED0BELKACEM0D4E5F6DC0100000000000000001000000004", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.belkacem@outlook.fr:mailto:yanis.belkacem@outlook.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Belkacem\\,\\n\\nSuite à votre candid
 ature au poste d'assistant d'éducation (internat)\\, je vous propose un entreti
 en en visio\\, vous étant actuellement à Lyon.\\n\\nCordialement\\,\\nKarim Haddad\\n
 CPE\\n\\n{TEAMS_FR.format(mid="YmE0OTE5MzEtMjc1Ni00ZDQ2LWJiYzAtMmU1", num="352 998 114 027", pw="hG6sP4")}
UID:040000008200E00074C5B7101A82E00800000000AED0BELKACEM0D4E5F6DC0100000000000000001000000004
SUMMARY;LANGUAGE=fr-FR:Entretien AED (internat) - M. Yanis Belkacem
DTSTART;TZID=Romance Standard Time:20260618T110000
DTEND;TZID=Romance Standard Time:20260618T112500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260611T150511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-teams-organizer-candidate-attendee"),

ev("thunderbird-typed", "1a2b3c4d-grilles-aed-typed", """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260617T193000Z
LAST-MODIFIED:20260617T193000Z
DTSTAMP:20260617T193000Z
UID:1a2b3c4d-grilles-aed-typed
SUMMARY:remplir grilles éval candidats AED + avis à la proviseure
DTSTART:20260618T080000
DTEND:20260618T090000
DESCRIPTION:Perrin / Garnier / Belkacem / Soulié. Classer\\, motiver\\, envoye
 r avant 12h.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-scorecard-block-typed"),

ev("zimbra-invite", "a2b3c4d5-service-civique-info-co@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:PUBLISH
{PARIS}
BEGIN:VEVENT
UID:a2b3c4d5-service-civique-info-co@ac-montpellier.fr
SUMMARY:Info collective + entretiens individuels candidats service civique (x6)
ORGANIZER;CN=HADDAD Karim:mailto:{W}
DTSTART;TZID="Europe/Paris":20260923T133000
DTEND;TZID="Europe/Paris":20260923T170000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:CDI
DTSTAMP:20260915T070000Z
SEQUENCE:0
DESCRIPTION:13h30 présentation des 3 missions (décrochage\\, éco-délégués\\, CVL)
  - 14h30 entretiens individuels 15 min avec Mme Castel (tutrice) - grille ANS.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-group-info-session-volunteers"),

ev("bookings-staff", "b3c4d5e6-bookings-delmas-sc-riviere@ac-montpellier.fr", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Lycée Delmas - Recrutements vie scolaire:mailto:RecrutementsVS@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maëlle Rivière:mailto:maelle.riviere@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\\n\\nService : Entretien candida
 ture service civique (20 min)\\nClient : Maëlle Rivière\\, maelle.riviere@lapos
 te.net\\, 06 12 40 77 31\\nMembre du personnel : Karim Haddad\\n\\nNotes du clien
 t : intéressée par la mission éco-délégués.\\n
UID:b3c4d5e6-bookings-delmas-sc-riviere@ac-montpellier.fr
SUMMARY;LANGUAGE=fr-FR:Entretien candidature service civique pour Maëlle Rivière
DTSTART;TZID=Romance Standard Time:20260924T091000
DTEND;TZID=Romance Standard Time:20260924T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau vie scolaire
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-bookings-staff-candidate-laposte-too"),

ev("outlook-recurring", "040000008200E00074C5B7101A82E00800000000AED0SERIE0SEPT2026DC0100000000000000001000000005", f"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
X-WR-CALNAME:Calendrier
{ROMANCE}
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AED0SERIE0SEPT2026DC0100000000000000001000000005
SUMMARY;LANGUAGE=fr-FR:Entretiens recrutement AED (remplacements rentrée)
DTSTART;TZID=Romance Standard Time:20260831T140000
DTEND;TZID=Romance Standard Time:20260831T160000
RRULE:FREQ=DAILY;COUNT=4
ORGANIZER;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Créneaux candidats AED (liste SIRH contractuels). 
 Je reçois avec Sarah.\\n
LOCATION;LANGUAGE=fr-FR:Bureau vie scolaire
DTSTAMP:20260825T080000Z
SEQUENCE:0
CLASS:PUBLIC
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AED0SERIE0SEPT2026DC0100000000000000001000000005
RECURRENCE-ID;TZID=Romance Standard Time:20260902T140000
SUMMARY;LANGUAGE=fr-FR:Entretiens recrutement AED (remplacements rentrée) - décalé (pré-rentrée élèves)
DTSTART;TZID=Romance Standard Time:20260902T163000
DTEND;TZID=Romance Standard Time:20260902T180000
ORGANIZER;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
LOCATION;LANGUAGE=fr-FR:Bureau vie scolaire
DTSTAMP:20260825T080000Z
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-recurring-series-with-override"),

ev("zimbra-invite", "c4d5e6f7-deliberation-jury-cpe-7@jury-education.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:c4d5e6f7-deliberation-jury-cpe-7@jury-education.fr
SUMMARY:Délibération commission 7 - oraux CPE externe
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ORGANIZER;CN=Présidente commission 7:mailto:presidence.c7@jury-education.fr
DTSTART;TZID="Europe/Paris":20260626T163000
DTEND;TZID="Europe/Paris":20260626T183000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Salle des jurys - bâtiment C
DTSTAMP:20260616T080000Z
SEQUENCE:0
DESCRIPTION:Harmonisation des notes de la semaine\\, examen des cas limites\\, sa
 isie des notes définitives.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-concours-deliberation"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000CPE0RIGAL0REMPL0DC0100000000000000001000000006", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mercadier, Françoise":mailto:francoise.mercadier@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Rigal:mailto:thomas.rigal34@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien avec M. Rigal\\, candidat proposé par la DP
 E pour le remplacement de Mme Lopez (congé maternité\\, mars-juillet). Karim\\, 
 peux-tu lui présenter le service vie scolaire et me donner ton avis ?\\n
UID:040000008200E00074C5B7101A82E00800000000CPE0RIGAL0REMPL0DC0100000000000000001000000006
SUMMARY;LANGUAGE=fr-FR:Entretien candidat CPE contractuel - remplacement Mme Lopez
DTSTART;TZID=Romance Standard Time:20260223T100000
DTEND;TZID=Romance Standard Time:20260223T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260218T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau de la proviseure
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-same-job-title-cpe-candidate"),

ev("ios-typed", "4F3E2D1C-0B9A-4877-8655-443322110099", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260612T170511Z
DTEND;TZID=Europe/Paris:20260619T133000
DTSTAMP:20260612T170530Z
DTSTART;TZID=Europe/Paris:20260619T114500
LAST-MODIFIED:20260612T170530Z
LOCATION:Self
SEQUENCE:0
SUMMARY:Mise en situation candidats AED - surveillance self (observer Soulié + Garnier)
TRANSP:OPAQUE
UID:4F3E2D1C-0B9A-4877-8655-443322110099
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-observes-trial-shift"),

ev("zimbra-invite", "d5e6f7a8-commission-aesh-pial-nord@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:d5e6f7a8-commission-aesh-pial-nord@ac-montpellier.fr
SUMMARY:Commission de recrutement AESH - PIAL Montpellier-Nord
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=GINESTE Claire;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.gineste@ac-montpellier.fr
ORGANIZER;CN=Coordination PIAL Montpellier-Nord:mailto:pial.montpellier-nord@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260701T090000
DTEND;TZID="Europe/Paris":20260701T120000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Collège Les Garrigues - salle polyvalente
DTSTAMP:20260622T101000Z
SEQUENCE:0
DESCRIPTION:Vous êtes désigné membre de la commission (avec Mme Gineste\\, IEN
 ASH). 8 candidats AESH\\, entretiens de 20 min. Grille DSDEN.
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-aesh-commission-member"),

ev("google-invite", "5mn1b2v3c4x5z6l7k8j9h0gfds@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260616T133000
DTEND;TZID=Europe/Paris:20260616T160000
DTSTAMP:20260605T121212Z
ORGANIZER;CN=Sarah Pons:mailto:sarah.pons.vs@gmail.com
UID:5mn1b2v3c4x5z6l7k8j9h0gfds@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sarah Pons;X-NUM-GUESTS=0:mailto:sarah.pons.vs@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
CREATED:20260605T121100Z
DESCRIPTION:Karim\\, je t'envoie sur ta boîte perso\\, l'académique bloque enco
 re Google. Créneau pour les entretiens d'embauche AED : on reçoit les candida
 ts ensemble (toi les questions discipline/internat\\, moi le terrain).{GOOGLE_FR.format(code="fda-kqwe-rty")}
LAST-MODIFIED:20260605T121212Z
LOCATION:Bureau vie scolaire
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretiens d'embauche AED - créneau K. Haddad / S. Pons
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-colleague-invite-private-address"),

ev("google-invite", "8ab2cd4ef6gh0ij2kl4mn6op8q@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260507T150000Z
DTEND:20260507T153000Z
DTSTAMP:20260430T080808Z
ORGANIZER;CN=karim.haddad34@laposte.net:mailto:karim.haddad34@laposte.net
UID:8ab2cd4ef6gh0ij2kl4mn6op8q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@laposte.
 net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferrándiz;X-NUM-GUESTS=0:mailto:lucia.ferrandiz@alumni.uv-ejemplo.es
CREATED:20260430T080700Z
DESCRIPTION:Entrevista con Lucía Ferrándiz\\, candidata a las prácticas Erasmu
 s+ (Máster en Educación\\, Valencia) en la vida escolar del lycée\\, septiembre-
 diciembre. Preguntas: motivación\\, nivel de francés\\, experiencia con adolesce
 ntes.{GOOGLE_ES.format(code="lfz-qxrw-pkn")}
LAST-MODIFIED:20260430T080808Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista candidata prácticas Erasmus+ - Lucía Ferrándiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-spanish-erasmus-intern-selection"),

ev("thunderbird-invite", "e7f8a9b0-apprenti-bpjeps-internat", f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
CREATED:20260520T100000Z
DTSTAMP:20260520T100100Z
UID:e7f8a9b0-apprenti-bpjeps-internat
SUMMARY:Entretien candidat apprenti BPJEPS (internat) - Kylian Marty
ORGANIZER;CN=Karim Haddad:mailto:{W}
ATTENDEE;RSVP=TRUE;CN=Kylian Marty;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:kylian.marty@hotmail.fr
ATTENDEE;RSVP=TRUE;CN=Jérôme Castan;PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:j.castan@cfa-sport-occitanie.fr
DTSTART;TZID=Europe/Paris:20260528T170000
DTEND;TZID=Europe/Paris:20260528T174500
DESCRIPTION:Candidature apprentissage BPJEPS animateur - mission internat (ve
 illée\\, activités du mercredi). M. Castan (CFA) assiste.
LOCATION:Internat - bureau maître d'internat
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-apprentice-candidate-cfa"),
]
