"""holdout134 negatives: the user on the hiring side at Maison Valois (her boutique, rue Saint-Honoré)."""

from __future__ import annotations

from holdout134ev_ics import TZ_PARIS, TZ_ROMANCE, Ev, cal


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(_neg("hiring-candidate-freemail-fr", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000VALOIS0001DB01000000000000000010000000C01
DTSTAMP:20250310T100000Z
DTSTART;TZID=Romance Standard Time:20250313T100000
DTEND;TZID=Romance Standard Time:20250313T104500
ORGANIZER;CN="Marchand, Chloé":mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN="Inès Bouaziz";RSVP=TRUE:mailto:ines.bouaziz95@gmail.com
SUMMARY;LANGUAGE=fr-FR:Entretien - poste Conseillère de Vente CDI - Inès Bouaziz
LOCATION;LANGUAGE=fr-FR:Maison Valois\, 211 rue Saint-Honoré - salon du 1er
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nJe vous confirme notre entretien pour le poste de
  Conseillère de Vente. Présentez-vous à l'entrée boutique et demandez Chloé Marchand\, Responsable
  de boutique.\n\nÀ jeudi\,\nChloé
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="outlook", tz=(TZ_ROMANCE,)),
        "040000008200E00074C5B7101A82E00800000000VALOIS0001DB01000000000000000010000000C01",
        "user-as-interviewer-candidate-freemail-fr"))

    out.append(_neg("hiring-workday-interviewer-en", cal(r"""
BEGIN:VEVENT
UID:WD-INT-b42f9e10-1c7d-4a55-9e0f-7d3c2a1b0e99@myworkday.com
DTSTAMP:20250317T091500Z
DTSTART;TZID=Europe/Paris:20250320T150000
DTEND;TZID=Europe/Paris:20250320T154500
SUMMARY:Interview Scheduled: Client Advisor (R-0031557) - Candidate: Lucas Ferreira
ORGANIZER;CN=Maison Valois Talent Acquisition:mailto:maisonvalois@myworkday.com
ATTENDEE;CN=Chloé Marchand;ROLE=REQ-PARTICIPANT:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Lucas Ferreira;ROLE=REQ-PARTICIPANT:mailto:lucas.ferreira.pro@outlook.fr
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Lucas Ferreira\nJob Requisition:
  Client Advisor (R-0031557) - Boutique Saint-Honoré\nInterviewers: Chloé Marchand\n\nPlease submit
  your feedback in Workday within 24 hours of the interview.
LOCATION:Boutique Saint-Honoré
END:VEVENT
""", prodid="-//Workday//Workday Recruiting//EN", tz=(TZ_PARIS,)),
        "WD-INT-b42f9e10-1c7d-4a55-9e0f-7d3c2a1b0e99@myworkday.com", "user-as-interviewer-workday-en"))

    out.append(_neg("hiring-debrief-fr", cal(r"""
BEGIN:VEVENT
UID:valois-debrief-stock-0321@maison-valois-paris.fr
DTSTAMP:20250319T120000Z
DTSTART;TZID=Europe/Paris:20250321T183000
DTEND;TZID=Europe/Paris:20250321T190000
SUMMARY:Débrief recrutements stock (3 candidats)
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Margaux Petit:mailto:m.petit@maison-valois-paris.fr
ATTENDEE;CN=Karine Dufour (RH):mailto:k.dufour@maison-valois-paris.fr
DESCRIPTION:Tour de table sur Moussa\, Jade et Kévin. Décision avant lundi.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-debrief-stock-0321@maison-valois-paris.fr", "user-as-interviewer-debrief-fr"))

    out.append(_neg("hiring-scorecard-reminder-fr", cal(r"""
BEGIN:VEVENT
UID:valois-grille-eval-yanis-0326@maison-valois-paris.fr
DTSTAMP:20250325T080000Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
SUMMARY:À faire : grille d'évaluation candidat Yanis T. (entretien conseiller de vente)
ORGANIZER;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
DESCRIPTION:Chloé\, peux-tu remplir la grille d'entretien (scorecard) de Yanis avant vendredi ?
  Merci ! Karine - RH Retail
TRANSP:TRANSPARENT
END:VEVENT
"""),
        "valois-grille-eval-yanis-0326@maison-valois-paris.fr", "user-as-interviewer-scorecard-fr"))

    out.append(_neg("hiring-calendly-host-fr", cal(r"""
BEGIN:VEVENT
UID:calendly-c19e7d44-55aa-4f0e-9b3b-98f1d2e4a6b7
DTSTAMP:20250402T191200Z
DTSTART:20250404T090000Z
DTEND:20250404T092000Z
SUMMARY:Entretien téléphonique 20 min entre Chloé Marchand et Sofia Lemaire
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Sofia Lemaire;RSVP=TRUE:mailto:sofialemaire.sl@hotmail.fr
LOCATION:Téléphone : +33 7 xx xx xx 58 (numéro de l'invitée)
DESCRIPTION:Nom de l'événement : Entretien téléphonique 20 min\n\nInvitée : Sofia Lemaire
  (sofialemaire.sl@hotmail.fr)\n\nRéponses :\nPoste visé : Conseillère de vente CDD renfort
  fêtes\nLangues : français\, anglais\, italien\n\nVoir l'événement dans Calendly :
  https://calendly.com/events/c19e7d44\n\nOptimisé par Calendly.com
END:VEVENT
""", prodid="-//Calendly//Calendly//EN"),
        "calendly-c19e7d44-55aa-4f0e-9b3b-98f1d2e4a6b7", "user-as-interviewer-calendly-host-fr"))

    out.append(_neg("hiring-agency-candidate-fr", cal(r"""
BEGIN:VEVENT
UID:adequat-luxe-presentation-8810@adequatluxe.fr
DTSTAMP:20250407T140000Z
DTSTART;TZID=Europe/Paris:20250410T113000
DTEND;TZID=Europe/Paris:20250410T121500
SUMMARY:Présentation candidat - Stock Manager - M. Karim Haddad
ORGANIZER;CN=Julie Marceau - Adéquat Luxe:mailto:julie.marceau@adequatluxe.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Karim Haddad:mailto:karim.haddad.stock@gmail.com
LOCATION:Maison Valois Saint-Honoré
DESCRIPTION:Bonjour Chloé\,\n\nComme convenu\, je vous présente M. Karim Haddad pour votre poste de
  Stock Manager (CDI). Son CV est en pièce jointe\; 6 ans de logistique boutique (dont 3 en
  maroquinerie). Il se présentera à l'entrée du personnel.\n\nMerci de me faire votre retour après
  l'entretien.\nJulie Marceau\nConsultante - Adéquat Luxe
END:VEVENT
""", tz=(TZ_PARIS,)),
        "adequat-luxe-presentation-8810@adequatluxe.fr", "user-as-interviewer-agency-candidate-fr"))

    out.append(_neg("hiring-hand-mes-fr", cal(r"""
BEGIN:VEVENT
UID:E2A1B3C4-D5E6-4F70-8A9B-VALOIS-MES
DTSTAMP:20250408T070000Z
DTSTART;TZID=Europe/Paris:20250411T100000
DTEND;TZID=Europe/Paris:20250411T110000
SUMMARY:MES vente candidate Clara N. - boutique
DESCRIPTION:elle vend un sac Iéna à Margaux (cliente US). grille MES dans le classeur
END:VEVENT
""", prodid="ios", method=None, tz=(TZ_PARIS,)),
        "E2A1B3C4-D5E6-4F70-8A9B-VALOIS-MES", "user-as-interviewer-hand-mes-fr"))

    out.append(_neg("hiring-panel-fr", cal(r"""
BEGIN:VEVENT
UID:valois-panel-assmgr-0415@maison-valois-paris.fr
DTSTAMP:20250409T100000Z
DTSTART;TZID=Europe/Paris:20250415T140000
DTEND;TZID=Europe/Paris:20250415T170000
SUMMARY:Panel entretiens Assistant(e) Manager Saint-Honoré - 3 candidats
ORGANIZER;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand;ROLE=REQ-PARTICIPANT:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Sylvie Lefèvre (DR):mailto:s.lefevre@maison-valois-paris.fr
ATTENDEE;CUTYPE=ROOM;CN=Valois Siège - Salle Faubourg:mailto:salle.faubourg@maison-valois-paris.fr
LOCATION:Valois Siège - Salle Faubourg
DESCRIPTION:Jury : Sylvie Lefèvre (Directrice Régionale)\, Chloé Marchand (Responsable de
  boutique)\, Karine Dufour (RH).\n14h Mme Renaud (interne)\n15h M. Dossou\n16h Mme Calvi\nKits
  d'entretien dans le dossier partagé.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-panel-assmgr-0415@maison-valois-paris.fr", "user-as-interviewer-panel-fr"))

    out.append(_neg("hiring-shadowing-fr", cal(r"""
BEGIN:VEVENT
UID:valois-shadow-margaux-0417@maison-valois-paris.fr
DTSTAMP:20250414T090000Z
DTSTART;TZID=Europe/Paris:20250417T093000
DTEND;TZID=Europe/Paris:20250417T103000
SUMMARY:Shadowing entretien - Margaux observe (recrutement conseiller)
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Margaux Petit:mailto:m.petit@maison-valois-paris.fr
DESCRIPTION:Margaux (1ère vendeuse) assiste à mon entretien avec le candidat Théo G. pour apprendre
  à mener un entretien. Elle ne pose pas de questions\, débrief à 10h30.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-shadow-margaux-0417@maison-valois-paris.fr", "user-as-interviewer-shadowing-fr"))

    out.append(_neg("hiring-teams-candidate-en", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000VALOIS0002DB01000000000000000010000000C02
DTSTAMP:20250414T160000Z
DTSTART;TZID=Romance Standard Time:20250418T113000
DTEND;TZID=Romance Standard Time:20250418T121500
ORGANIZER;CN="Marchand, Chloé":mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN="Tom Avery";RSVP=TRUE:mailto:tom.avery@valois-london.co.uk
ATTENDEE;CN="Dufour, Karine";ROLE=OPT-PARTICIPANT:mailto:k.dufour@maison-valois-paris.fr
SUMMARY;LANGUAGE=en-GB:Interview - Client Advisor (internal transfer London > Paris) - Tom Avery
LOCATION:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Hi Tom\, looking forward to talking about the Client Advisor opening in
  my boutique. Karine from HR may join.\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile
  app or room device\nMeeting ID: 356 021 447 118\nPasscode: Vl2kT9\n\nChloé Marchand\nBoutique
  Manager - Maison Valois Saint-Honoré
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="outlook", tz=(TZ_ROMANCE,)),
        "040000008200E00074C5B7101A82E00800000000VALOIS0002DB01000000000000000010000000C02",
        "user-as-interviewer-internal-transfer-en"))

    out.append(_neg("hiring-invite-sf-fr", cal(r"""
BEGIN:VEVENT
UID:WD-INT-0e6c2a18-0a4f-47a2-8f6e-3b2d1c0a9f88@myworkday.com
DTSTAMP:20250422T090000Z
DTSTART;TZID=Europe/Paris:20250424T100000
DTEND;TZID=Europe/Paris:20250424T110000
SUMMARY:Entretien : Conseiller de Vente H/F - Candidat : Hugo Marin - Intervieweurs : Chloé
  Marchand\, Margaux Petit
ORGANIZER;CN=Maison Valois Recrutement:mailto:maisonvalois@myworkday.com
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Margaux Petit:mailto:m.petit@maison-valois-paris.fr
DESCRIPTION:Vous êtes invité(e) en tant qu'intervieweur.\nCandidat : Hugo Marin\nCV et kit
  d'entretien disponibles dans Workday > Mes tâches.
LOCATION:Maison Valois - Boutique Saint-Honoré
END:VEVENT
""", prodid="-//Workday//Workday Recruiting//EN", tz=(TZ_PARIS,)),
        "WD-INT-0e6c2a18-0a4f-47a2-8f6e-3b2d1c0a9f88@myworkday.com", "user-as-interviewer-workday-kit-fr"))

    out.append(_neg("hiring-agency-call-fr", cal(r"""
BEGIN:VEVENT
UID:valois-call-adequat-0425@maison-valois-paris.fr
DTSTAMP:20250423T080000Z
DTSTART;TZID=Europe/Paris:20250425T123000
DTEND;TZID=Europe/Paris:20250425T130000
SUMMARY:Call Adéquat Luxe - retour candidats CDD fêtes
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Julie Marceau:mailto:julie.marceau@adequatluxe.fr
DESCRIPTION:Mes retours sur les 4 profils vus en entretien cette semaine + besoin de 2 renforts
  stock.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-call-adequat-0425@maison-valois-paris.fr", "user-as-interviewer-agency-feedback-fr"))

    out.append(_neg("hiring-intern-school-fr", cal(r"""
BEGIN:VEVENT
UID:valois-stage-vm-lea-0428@maison-valois-paris.fr
DTSTAMP:20250424T100000Z
DTSTART;TZID=Europe/Paris:20250428T163000
DTEND;TZID=Europe/Paris:20250428T170000
SUMMARY:Entretien stage VM - Léa Roussel (Mod'Art)
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Léa Roussel:mailto:lea.roussel@etu.modart-paris.fr
LOCATION:Boutique Saint-Honoré
DESCRIPTION:Stage visual merchandising 6 mois à partir de septembre. Apporter votre book. Chloé
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-stage-vm-lea-0428@maison-valois-paris.fr", "user-as-interviewer-intern-school-fr"))

    out.append(_neg("hiring-job-dating-fr", cal(r"""
BEGIN:VEVENT
UID:valois-jobdating-0430@maison-valois-paris.fr
DTSTAMP:20250422T100000Z
DTSTART;TZID=Europe/Paris:20250430T090000
DTEND;TZID=Europe/Paris:20250430T130000
SUMMARY:Job dating boutique - entretiens flash 15 min (renforts été)
ORGANIZER;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Margaux Petit:mailto:m.petit@maison-valois-paris.fr
LOCATION:Salon clientèle\, 1er étage
DESCRIPTION:12 candidats convoqués par France Travail. Chloé et Margaux reçoivent en parallèle.
  Fiches d'évaluation à rendre à 13h.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-jobdating-0430@maison-valois-paris.fr", "user-as-interviewer-job-dating-fr"))

    out.append(_neg("hiring-calibration-fr", cal(r"""
BEGIN:VEVENT
UID:valois-calibrage-grille-0502@maison-valois-paris.fr
DTSTAMP:20250428T100000Z
DTSTART;TZID=Europe/Paris:20250502T090000
DTEND;TZID=Europe/Paris:20250502T100000
SUMMARY:Calibrage grille d'entretien conseillers - Responsables boutiques IDF
ORGANIZER;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Responsables Boutiques IDF:mailto:rb-idf@maison-valois-paris.fr
LOCATION:Teams
DESCRIPTION:Harmoniser nos questions d'entretien et la notation (1 à 4) pour les recrutements de
  conseillers de vente.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-calibrage-grille-0502@maison-valois-paris.fr", "user-as-interviewer-calibration-fr"))

    out.append(_neg("hiring-phone-prequal-fr", cal(r"""
BEGIN:VEVENT
UID:4D3C2B1A-0F9E-4D8C-B7A6-VALOIS-PREQUAL
DTSTAMP:20250505T070000Z
DTSTART:20250506T091500
DTEND:20250506T093000
SUMMARY:Préqualif tél. candidat magasinier - Moussa D. (06 xx xx xx 12)
DESCRIPTION:le rappeler moi-même. dispo week-end ? CACES ?
END:VEVENT
""", prodid="ios", method=None),
        "4D3C2B1A-0F9E-4D8C-B7A6-VALOIS-PREQUAL", "user-as-interviewer-phone-prequal-floating-fr"))

    out.append(_neg("hiring-candidate-es", cal(r"""
BEGIN:VEVENT
UID:valois-entrevista-lucia-0507@maison-valois-paris.fr
DTSTAMP:20250502T100000Z
DTSTART;TZID=Europe/Paris:20250507T113000
DTEND;TZID=Europe/Paris:20250507T121500
SUMMARY:Entrevista - Client Advisor hispanohablante - Lucía Gómez
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Lucía Gómez;RSVP=TRUE:mailto:luciagomez.moda@gmail.com
LOCATION:https://meet.google.com/vls-ruqx-ptz
DESCRIPTION:Hola Lucía\, gracias por tu candidatura para el puesto de Client Advisor en nuestra
  boutique de la rue Saint-Honoré (clientela latinoamericana y española). Te entrevistaré yo misma
  por videollamada.\nUn saludo\,\nChloé Marchand - Responsable de boutique\, Maison Valois
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-entrevista-lucia-0507@maison-valois-paris.fr", "user-as-interviewer-candidate-es"))

    out.append(_neg("hiring-candidate-de", cal(r"""
BEGIN:VEVENT
UID:valois-gespraech-vogt-0509@maison-valois-paris.fr
DTSTAMP:20250505T100000Z
DTSTART;TZID=Europe/Paris:20250509T140000
DTEND;TZID=Europe/Paris:20250509T144500
SUMMARY:Vorstellungsgespräch Anna Vogt - Client Advisor (deutschsprachige Kundschaft)
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Anna Vogt;RSVP=TRUE:mailto:anna.vogt@web.de
ATTENDEE;CN=Sylvie Lefèvre:mailto:s.lefevre@maison-valois-paris.fr
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Liebe Frau Vogt\,\n\nvielen Dank für Ihre Bewerbung bei Maison Valois. Unsere
  Regionaldirektorin Sylvie Lefèvre und ich freuen uns auf das Gespräch.\n\nHerzliche Grüsse\nChloé
  Marchand\nBoutique-Leiterin Saint-Honoré
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-gespraech-vogt-0509@maison-valois-paris.fr", "user-as-interviewer-candidate-de"))

    out.append(_neg("hiring-kit-prep-fr", cal(r"""
BEGIN:VEVENT
UID:valois-prep-kits-adjointe-0512@maison-valois-paris.fr
DTSTAMP:20250509T100000Z
DTSTART;TZID=Europe/Paris:20250512T080000
DTEND;TZID=Europe/Paris:20250512T090000
SUMMARY:Préparer kits d'entretien - Responsable adjointe (2 candidates finalistes)
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
DESCRIPTION:Relire CV Mme Calvi et Mme Renaud\, questions mise en situation managériale\, cas
  planning.
TRANSP:OPAQUE
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-prep-kits-adjointe-0512@maison-valois-paris.fr", "user-as-interviewer-kit-prep-fr"))

    out.append(_neg("hiring-decision-fr", cal(r"""
BEGIN:VEVENT
UID:valois-decision-adjointe-0516@maison-valois-paris.fr
DTSTAMP:20250512T100000Z
DTSTART;TZID=Europe/Paris:20250516T173000
DTEND;TZID=Europe/Paris:20250516T180000
SUMMARY:Décision finale recrutement Responsable adjointe - DR + Chloé + RH
ORGANIZER;CN=Sylvie Lefèvre:mailto:s.lefevre@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
LOCATION:Teams
DESCRIPTION:Comparer les deux finalistes après leurs entretiens finaux\, valider la proposition.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-decision-adjointe-0516@maison-valois-paris.fr", "user-as-interviewer-final-decision-fr"))
    return out
