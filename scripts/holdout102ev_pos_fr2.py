"""holdout102: the user's own interviews (French, part 2: ATS and schedulers)."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal


def _teamtailor() -> Ev:
    body = r"""BEGIN:VEVENT
UID:teamtailor-interview-8841207-c3f1@teamtailor.com
DTSTAMP:20261130T151700Z
DTSTART:20261207T090000Z
DTEND:20261207T094500Z
SUMMARY:Entretien : Infirmier(ère) de coordination HAD - HAD Santé Gironde
DESCRIPTION:Bonjour Camille\,\n\nMerci d'avoir accepté notre invitation ! Voici le récapitulatif de votre
  entretien.\n\nPoste : Infirmier(ère) de coordination HAD (CDI)\nParticipants : Émilie Ravel (Cadre de
  santé coordinatrice)\, Yann Le Goff (Chargé de recrutement)\nLieu : 14 avenue de la Libération\, 33700 Mér
 ignac\n\nPour modifier ou annuler ce rendez-vous : https://hadsantegironde.teamtailor.com/interviews/8841
 207\n\nÀ très vite\,\nL'équipe recrutement HAD Santé Gironde
LOCATION:14 avenue de la Libération\, 33700 Mérignac
ORGANIZER;CN=HAD Santé Gironde:mailto:noreply@teamtailor.com
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@lap
 oste.net
ATTENDEE;CN=Émilie Ravel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.ravel@had-sante-gironde.fr
ATTENDEE;CN=Yann Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:y.legoff@had-sante-gironde.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("teamtailor-fr", cal(body, "-//Teamtailor//Interview//EN"), 1, "HAD Santé Gironde",
              "Infirmier(ère) de coordination HAD", "", "e.ravel@had-sante-gironde.fr;y.legoff@had-sante-gironde.fr",
              "teamtailor-fr", ["Hospitalisation à domicile Santé Gironde"])


def _had_final() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261216T163000
DTEND;TZID=Europe/Paris:20261216T173000
DTSTAMP:20261209T072210Z
UID:7c0ab6rg3tq1n8m2e5f4d9s6hu@google.com
DESCRIPTION:2e tour HAD - avec le directeur M. Garrigues + Émilie R.\, prévoir questions astreintes et
  véhicule de service
SUMMARY:HAD Gironde entretien final directeur
LOCATION:Mérignac siège
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("hand-typed-final-fr", cal(body, "-//Google Inc//Google Calendar 70.9054//EN", method="PUBLISH",
                                          tz=("Europe/Paris", "olson")), 1,
              "HAD Santé Gironde", "", "final", "M. Garrigues;Émilie R.", "hand-typed-final-fr")


def _calendly() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTAMP:20261125T130455Z
UID:calendly-9f2d7e1a-0c84-4b6e-bd21-3ea5c1f07d66
DTSTART:20261203T130000Z
DTEND:20261203T133000Z
SUMMARY:Camille Roux and Élodie Perrin
DESCRIPTION:Event Name: Échange téléphonique - IDE en santé au travail (30 min)\n\nLocation: This is a p
 hone call. Élodie Perrin will call the invitee at +33 6 71 42 18 09\n\nQuestions and answers:\nVotre exp
 érience en santé au travail ?\n: aucune\, 8 ans IDE en chirurgie au CHU\n\nNeed to make changes to this e
 vent?\nCancel: https://calendly.com/cancellations/9f2d7e1a-0c84-4b6e-bd21-3ea5c1f07d66\nReschedule: https
 ://calendly.com/reschedulings/9f2d7e1a-0c84-4b6e-bd21-3ea5c1f07d66\n\nPowered by Calendly.com
LOCATION:+33 6 71 42 18 09
ORGANIZER;CN=Élodie Perrin:mailto:e.perrin@sist-bordeaux-ocean.fr
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Élodie Perrin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.perrin@sist-bordeaux-ocean.fr
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-phone-fr", cal(body, "-//Calendly//Calendly//EN"), 1, "SIST Bordeaux-Océan",
              "IDE en santé au travail", "recruiter_screen", "e.perrin@sist-bordeaux-ocean.fr", "calendly-phone-fr",
              ["Service interentreprises de santé au travail Bordeaux-Océan"])


def _sist_hm() -> Ev:
    desc = (
        r"Bonjour Madame Roux\,\n\nSuite à votre échange avec Élodie Perrin\, le Dr Marc Ithurralde\, médecin"
        r" coordinateur\, vous recevra pour un entretien concernant le poste d'infirmier(ère) en santé au travail"
        r" (secteur Mérignac/Pessac).\n\nCordialement\,\nService RH – SIST Bordeaux-Océan"
    )
    body = rf"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261207T100211Z
DESCRIPTION:{desc}
DTEND;TZID=Romance Standard Time:20261219T113000
DTSTAMP:20261207T100211Z
DTSTART;TZID=Romance Standard Time:20261219T103000
LAST-MODIFIED:20261207T100211Z
LOCATION;LANGUAGE=fr:SIST Bordeaux-Océan – 27 rue Lecocq\, Bordeaux – 3e étage
ORGANIZER;CN="RH SIST":mailto:rh@sist-bordeaux-ocean.fr
ATTENDEE;CN="Ithurralde, Marc (Dr)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.ithurralde@sist-bordeaux-ocean.fr
ATTENDEE;CN="Roux, Camille";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien IDEST – Dr Ithurralde / C. Roux
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000030A7E4C5E46CDB01000000000000000010000000F1A2B3C4D5E6F70
 8192A3B4C5D6E7F80
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return Ev("outlook-last-first-fr", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                           tz=("Romance Standard Time", "windows")), 1,
              "SIST Bordeaux-Océan", "infirmier(ère) en santé au travail", "hiring_manager",
              "m.ithurralde@sist-bordeaux-ocean.fr", "outlook-last-first-fr")


def _bookings() -> Ev:
    body = r"""BEGIN:VEVENT
DESCRIPTION:Rendez-vous Recrutement IDE\n\nCentre hospitalier des Landes-Marsan – Direction des ressource
 s humaines\n\nVotre rendez-vous avec : Mme Agnès Larrieu\, chargée de recrutement\n\nRejoindre la réunion
  Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmM4Y2I1%40thread.v2/0\n\nPour
  modifier ou annuler votre rendez-vous\, rendez-vous sur la page de réservation : https://outlook.office3
 65.com/owa/calendar/RecrutementCHLM@chlandesmarsan.onmicrosoft.com/bookings/
UID:040000008200E00074C5B7101A82E00800000000B8F3E0D4E56CDB0100000000000000001000000011C07E8B83D4C6
 4FA6E3F8F50F2D1A09
SUMMARY;LANGUAGE=fr-FR:Rendez-vous Recrutement IDE pour Camille Roux
DTSTART;TZID=Romance Standard Time:20261211T150000
DTEND;TZID=Romance Standard Time:20261211T153000
ORGANIZER;CN=Recrutement CHLM:mailto:RecrutementCHLM@chlandesmarsan.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux.ide@lapo
 ste.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Agnès Larrieu:mailto:a.larrieu@ch-landes-ma
 rsan.fr
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T171404Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT"""
    return Ev("ms-bookings-fr", cal(body, "Microsoft Exchange Server 2010", tz=("Romance Standard Time", "windows")),
              1, "Centre hospitalier des Landes-Marsan", "IDE", "recruiter_screen", "a.larrieu@ch-landes-marsan.fr",
              "ms-bookings-fr", ["CH des Landes-Marsan", "CHLM"])


def _smartrecruiters() -> Ev:
    body = r"""BEGIN:VEVENT
UID:sr-interview-3f6c0e9d-1b7a-4e52-8c33-a0d4e71b2f95
DTSTAMP:20261202T084511Z
DTSTART:20261210T130000Z
DTEND:20261210T140000Z
SUMMARY:Invitation à un entretien : Infirmier(ère) Coordinateur(rice) H/F - Résidence Les Glycines (Pessac)
DESCRIPTION:Bonjour Camille\,\n\nAubépine Seniors vous invite à un entretien pour le poste Infirmier(ère)
  Coordinateur(rice) H/F - Résidence Les Glycines (Pessac).\n\nDate : jeudi 10 décembre 2026\nHeure : 14:0
 0 - 15:00 (heure de Paris)\nLieu : Résidence Les Glycines\, 31 avenue Jean Jaurès\, 33600 Pessac\n\nInt
 ervenants :\nMarion Sarrazin - Directrice d'établissement\nDr Paul Vigneau - Médecin coordonnateur\n\nCe
 t e-mail a été envoyé via SmartRecruiters pour le compte d'Aubépine Seniors.
LOCATION:Résidence Les Glycines\, 31 avenue Jean Jaurès\, 33600 Pessac
ORGANIZER;CN=Aubépine Seniors Recrutement:mailto:aubepineseniors@smartrecruiters.com
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Marion Sarrazin;PARTSTAT=ACCEPTED:mailto:marion.sarrazin@aubepine-seniors.fr
ATTENDEE;CN=Paul Vigneau;PARTSTAT=ACCEPTED:mailto:paul.vigneau@aubepine-seniors.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("smartrecruiters-ehpad-fr", cal(body, "-//SmartRecruiters//Interview Scheduler//EN"), 1,
              "Aubépine Seniors", "Infirmier(ère) Coordinateur(rice) H/F", "hiring_manager",
              "marion.sarrazin@aubepine-seniors.fr;paul.vigneau@aubepine-seniors.fr", "smartrecruiters-ehpad-fr",
              ["Groupe Aubépine Seniors"])


def _workday() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTAMP:20261203T101010Z
DTSTART:20261214T093000Z
DTEND:20261214T103000Z
UID:WD-INTERVIEW-hexagonesante-0000048291-1
SUMMARY:Interview Scheduled - Infirmier/Infirmière DE - Bloc opératoire (R-0048291)
DESCRIPTION:Bonjour Camille\,\n\nVotre entretien pour le poste Infirmier/Infirmière DE - Bloc opératoire
  (R-0048291) - Hôpital privé Hexagone Santé Mérignac a été planifié.\n\nEntretien avec : Frédéric Moulin
  (Responsable bloc opératoire)\; Sandrine Oudin (Cadre de santé)\nType : Entretien sur site\n\nCordialeme
 nt\,\nTalent Acquisition - Hexagone Santé\n\nThis message was generated by Workday.
LOCATION:Hôpital privé Hexagone Santé Mérignac\, Accueil principal
ORGANIZER;CN=Hexagone Santé Talent Acquisition:mailto:hexagonesante@myworkday.com
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT:mailto:camille.roux.ide@laposte.net
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("workday-onsite-fr", cal(body, "-//Workday//Recruiting//EN"), 1, "Hexagone Santé",
              "Infirmier/Infirmière DE - Bloc opératoire", "onsite", "Frédéric Moulin;Sandrine Oudin",
              "workday-names-only-fr", ["Hôpital privé Hexagone Santé Mérignac", "Hôpital privé Hexagone Santé"])


def _hexagone_phone() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261204T121500
DTEND;TZID=Europe/Paris:20261204T123000
DTSTAMP:20261201T160002Z
UID:3e7k9s0d2f4h6j8l1q3w5r7t9y@google.com
ORGANIZER;CN=Audrey Cazenave:mailto:audrey.cazenave@hexagone-sante.fr
ATTENDEE;CN=Audrey Cazenave;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:audrey.cazenave@hexagone-sante.fr
ATTENDEE;CN=camille.roux.ide@laposte.net;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:camille.roux.ide@la
 poste.net
SUMMARY:Appel téléphonique - préqualification candidature IDE bloc
DESCRIPTION:Je vous appelle au 06 12 48 90 33. 15 minutes pour faire connaissance avant de transmettre vo
 tre dossier au bloc.\n\nAudrey Cazenave\nChargée de recrutement - Hexagone Santé
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("phone-screen-fr", cal(body, "-//Google Inc//Google Calendar 70.9054//EN",
                                     tz=("Europe/Paris", "olson")), 1,
              "Hexagone Santé", "IDE bloc", "recruiter_screen", "audrey.cazenave@hexagone-sante.fr", "phone-screen-fr")


def _successfactors() -> Ev:
    body = r"""BEGIN:VEVENT
UID:SFSF-INT-mutsudatl-184420-0
DTSTAMP:20261205T123300Z
DTSTART;TZID=Europe/Paris:20261215T140000
DTEND;TZID=Europe/Paris:20261215T150000
SUMMARY:Invitation entretien : Infirmier coordinateur SSIAD/Centre de santé (Réf. 184420)
DESCRIPTION:Madame Roux\,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste référencé
  ci-dessus au sein de la Mutualité Sud-Atlantique.\n\nIntervenants :\n- Delphine Arrestat\, Responsable d
 u pôle soins à domicile\n- Karim Bensaïd\, Responsable RH\n\nMerci de confirmer votre présence en répond
 ant à cette invitation.\n\nSAP SuccessFactors Recruiting
LOCATION:Mutualité Sud-Atlantique - 9 cours du Médoc\, Bordeaux
ORGANIZER;CN=Recrutement Mutualité Sud-Atlantique:mailto:recrutement@mutualite-sudatlantique.fr
ATTENDEE;CN=Camille ROUX;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Delphine Arrestat:mailto:d.arrestat@mutualite-sudatlantique.fr
ATTENDEE;CN=Karim Bensaid:mailto:k.bensaid@mutualite-sudatlantique.fr
END:VEVENT"""
    return Ev("successfactors-fr", cal(body, "-//SAP SuccessFactors//Interview Scheduling//EN",
                                       tz=("Europe/Paris", "olson")), 1,
              "Mutualité Sud-Atlantique", "Infirmier coordinateur SSIAD/Centre de santé", "hiring_manager",
              "d.arrestat@mutualite-sudatlantique.fr;k.bensaid@mutualite-sudatlantique.fr", "successfactors-fr")


def _workable() -> Ev:
    body = r"""BEGIN:VEVENT
UID:workable-event-6f21b0a9c4@workablemail.com
DTSTAMP:20261206T090000Z
DTSTART:20261216T084500Z
DTEND:20261216T093000Z
SUMMARY:Entretien vidéo avec Clinique Adour-Océan
DESCRIPTION:Bonjour Camille\,\n\nVous avez un entretien vidéo pour le poste IDE Soins intensifs (nuit) c
 hez Clinique Adour-Océan.\n\nRejoindre : https://meet.google.com/bqa-xwtn-kdu\n\nAvec : Jon Etxeberria (
 Cadre de santé USC)\n\nPowered by Workable
ORGANIZER;CN=Clinique Adour-Océan:mailto:jobs@clinique-adour-ocean.workablemail.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Jon Etxeberria:mailto:j.etxeberria@adour-ocean-sante.fr
LOCATION:https://meet.google.com/bqa-xwtn-kdu
END:VEVENT"""
    return Ev("workable-video-fr", cal(body, "-//Workable//Calendar//EN"), 1, "Clinique Adour-Océan",
              "IDE Soins intensifs (nuit)", "hiring_manager", "j.etxeberria@adour-ocean-sante.fr", "workable-fr")


def _icims_cancel() -> Ev:
    body = r"""BEGIN:VEVENT
UID:icims-7742-0193558-dialysud@icims.com
DTSTAMP:20261208T171700Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART:20261212T080000Z
DTEND:20261212T090000Z
SUMMARY:ANNULÉ : Entretien - Infirmier(ère) en hémodialyse - DialySud Atlantique
DESCRIPTION:Bonjour Camille\,\n\nNous sommes au regret de devoir annuler votre entretien du 12/12 avec Mm
 e Nadia Ferreira (Cadre de santé\, centre de Talence). Nous reviendrons vers vous rapidement pour une nou
 velle date.\n\nL'équipe recrutement DialySud Atlantique
ORGANIZER;CN=DialySud Atlantique Recrutement:mailto:dialysud-recrutement@talent.icims.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Nadia Ferreira:mailto:nferreira@dialysud.fr
END:VEVENT"""
    return Ev("icims-cancelled-fr", cal(body, "-//iCIMS//Interview Scheduling//EN", method="CANCEL"), 1,
              "DialySud Atlantique", "Infirmier(ère) en hémodialyse", "hiring_manager", "nferreira@dialysud.fr",
              "icims-method-cancel-fr", ["DialySud"])


def _calcom() -> Ev:
    body = r"""BEGIN:VEVENT
UID:kP3x9vQ2mW7tR5yB1nL8cJ@Cal.com
DTSTAMP:20261207T200101Z
DTSTART:20261214T180000Z
DTEND:20261214T184500Z
SUMMARY:Entretien IDEC entre Sébastien Lartigue et Camille Roux
DESCRIPTION:Quoi : Entretien IDEC (45 min)\nQuand : lundi 14 décembre 2026 19:00 - 19:45 (Europe/Paris)\n
 Qui :\nSébastien Lartigue - Organisateur\nslartigue.domisoins@outlook.fr\nCamille Roux\ncamille.roux.ide
 @laposte.net\nOù : Cal Video https://app.cal.com/video/kP3x9vQ2mW7tR5yB1nL8cJ\nNotes complémentaires : Dom
 isoins 33 - cabinet de soins infirmiers à domicile (12 IDE) - création d'un poste de coordinatrice
LOCATION:https://app.cal.com/video/kP3x9vQ2mW7tR5yB1nL8cJ
ORGANIZER;CN=Sébastien Lartigue:mailto:slartigue.domisoins@outlook.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calcom-freemail-founder-fr", cal(body, "-//Cal.com Inc.//Cal.com Event//EN"), 1, "Domisoins 33",
              "IDEC", "", "slartigue.domisoins@outlook.fr", "calcom-freemail-founder-fr", ["Domisoins"])


def _taleez() -> Ev:
    body = r"""BEGIN:VEVENT
UID:taleez-itw-551902@taleez.com
DTSTAMP:20261208T101500Z
DTSTART;TZID=Europe/Paris:20270105T103000
DTEND;TZID=Europe/Paris:20270105T111500
SUMMARY:Entretien Infirmier(e) saisonnier(e) - Thermes Adour-Sources
DESCRIPTION:Bonjour Camille\,\nVotre entretien pour l'offre "Infirmier(e) saisonnier(e) - saison 2027" e
 st confirmé.\nAvec : Corinne Labeyrie\, responsable soins thermaux.\nAdresse : Thermes Adour-Sources\, 2 b
 oulevard des Sports\, 40100 Dax\nÀ bientôt !
LOCATION:2 boulevard des Sports\, 40100 Dax
ORGANIZER;CN=Thermes Adour-Sources:mailto:no-reply@taleez.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Corinne Labeyrie:mailto:c.labeyrie@thermes-adoursources.fr
END:VEVENT"""
    return Ev("taleez-fr", cal(body, "-//Taleez//Taleez//FR", tz=("Europe/Paris", "olson")), 1,
              "Thermes Adour-Sources", "Infirmier(e) saisonnier(e)", "hiring_manager",
              "c.labeyrie@thermes-adoursources.fr", "taleez-fr")


def events() -> list[Ev]:
    return [_teamtailor(), _had_final(), _calendly(), _sist_hm(), _bookings(), _smartrecruiters(), _workday(),
            _hexagone_phone(), _successfactors(), _workable(), _icims_cancel(), _calcom(), _taleez()]
