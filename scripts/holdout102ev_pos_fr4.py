"""holdout102: the user's own interviews (French, part 4: Zimbra, DigitalRecruiters, Recruitee, misc.)."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal


def _zimbra() -> Ev:
    alt = (
        r"<html><body id='htmlmode'><div style='font-family: arial\, helvetica\, sans-serif\; font-size: 12pt'>"
        r"<div>Madame\,</div><div>Je vous confirme l'entretien d'embauche pour le poste d'IDE en EHPAD/USLD"
        r" avec Mme Rigal\, cadre de santé\, et moi-même.</div><div>Cordialement\,<br>M. Bordessoules\, DRH"
        r"</div></div></body></html>"
    )
    body = rf"""BEGIN:VEVENT
UID:4a1e5f0c-8d2b-4c73-9e16-b0d7a3f28c51
SUMMARY:Entretien d'embauche - IDE EHPAD/USLD
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@la
 poste.net
ATTENDEE;CN=Rigal Nadège;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadege.rigal@ch-bazadais.fr
ORGANIZER;CN=Bordessoules Thierry:mailto:thierry.bordessoules@ch-bazadais.fr
DTSTART;TZID="Europe/Brussels":20261217T140000
DTEND;TZID="Europe/Brussels":20261217T144500
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LOCATION:Centre hospitalier du Bazadais - Direction des ressources humaines (bureau 14)
DTSTAMP:20261208T093100Z
SEQUENCE:0
DESCRIPTION:Madame\, Je vous confirme l'entretien d'embauche pour le poste d'IDE en EHPAD/USLD avec Mme R
 igal\, cadre de santé\, et moi-même. Cordialement\, M. Bordessoules\, DRH
X-ALT-DESC;FMTTYPE=text/html:{alt}
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=START:-PT5M
DESCRIPTION:Reminder
END:VALARM
END:VEVENT"""
    return Ev("zimbra-public-hospital-fr", cal(body, "Zimbra-Calendar-Provider", tz=("Europe/Brussels", "olson")), 1,
              "Centre hospitalier du Bazadais", "IDE en EHPAD/USLD", "",
              "nadege.rigal@ch-bazadais.fr;thierry.bordessoules@ch-bazadais.fr", "zimbra-brussels-zone-fr",
              ["CH du Bazadais", "Hôpital du Bazadais"])


def _digitalrecruiters() -> Ev:
    body = r"""BEGIN:VEVENT
UID:dr-meeting-1d8e22f4a90c@digitalrecruiters.com
DTSTAMP:20261211T100000Z
DTSTART;TZID=Europe/Paris:20270111T140000
DTEND;TZID=Europe/Paris:20270111T150000
SUMMARY:Entretien - IDE Urgences - Polyclinique Côte Basque Sud
DESCRIPTION:Bonjour Camille\,\n\nVotre entretien est confirmé pour l'offre IDE Urgences (H/F) - CDI.\nVou
 s serez reçue par Ainhoa Larralde (Cadre de santé des urgences) et Mathieu Capdevielle (Chargé RH).\nAdr
 esse : Polyclinique Côte Basque Sud\, 7 avenue de Biarritz\, 64500 Saint-Jean-de-Luz\n\nCe message vous a
  été envoyé par DigitalRecruiters pour le compte de Polyclinique Côte Basque Sud.
ORGANIZER;CN=Polyclinique Côte Basque Sud:mailto:no-reply@digitalrecruiters.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
LOCATION:7 avenue de Biarritz\, 64500 Saint-Jean-de-Luz
END:VEVENT"""
    return Ev("digitalrecruiters-fr", cal(body, "-//DigitalRecruiters//Agenda//FR", tz=("Europe/Paris", "olson")), 1,
              "Polyclinique Côte Basque Sud", "IDE Urgences (H/F)", "hiring_manager",
              "Ainhoa Larralde;Mathieu Capdevielle", "digitalrecruiters-names-only-fr", [])


def _recruitee() -> Ev:
    body = r"""BEGIN:VEVENT
UID:recruitee-event-c0f3b1d7-6e8a-49b2-a5c4-2d9e0f1a7b36
DTSTAMP:20261209T161616Z
DTSTART:20261214T143000Z
DTEND:20261214T150000Z
SUMMARY:HAD Béarn et Soule – Échange téléphonique avec Camille Roux
DESCRIPTION:Poste : Infirmier coordinateur (H/F) – HAD Béarn et Soule\nType : Échange téléphonique (préq
 ualification)\nAvec : Maialen Etcheverry\, assistante RH\n\nPowered by Recruitee
ORGANIZER;CN=Maialen Etcheverry:mailto:m.etcheverry@had-bearn-soule.fr
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Maialen Etcheverry:mailto:m.etcheverry@had-bearn-soule.fr
LOCATION:Téléphone
END:VEVENT"""
    return Ev("recruitee-phone-fr", cal(body, "-//Recruitee//Recruitee//EN"), 1, "HAD Béarn et Soule",
              "Infirmier coordinateur (H/F)", "recruiter_screen", "m.etcheverry@had-bearn-soule.fr",
              "recruitee-phone-fr", ["HAD Béarn-Soule", "Hospitalisation à domicile Béarn et Soule"])


def _perigord_hm() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261221T141500
DTEND;TZID=Europe/Paris:20261221T151500
DTSTAMP:20261215T084412Z
UID:7u9w1y3a5c7e9g1i3k5m7o9q1s@google.com
ORGANIZER;CN=Gaëlle Peyrat:mailto:g.peyrat@ppblanc.fr
ATTENDEE;CN=Gaëlle Peyrat;PARTSTAT=ACCEPTED:mailto:g.peyrat@ppblanc.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Secrétariat Direction PPB;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:secretariat.direction@
 ppblanc.fr
SUMMARY:Entretien avec la cadre du service - poste IDE chirurgie digestive
DESCRIPTION:Bonjour Camille\,\nSuite à votre échange avec le service RH\, je vous attends lundi au 3e éta
 ge (chirurgie digestive). Nous ferons un tour du service après l'entretien.\nGaëlle Peyrat\, cadre de san
 té\nPolyclinique Périgord-Blanc\, Périgueux
LOCATION:Polyclinique Périgord-Blanc\, 3e étage
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("google-hm-secretariat-fr", cal(body, "-//Google Inc//Google Calendar 70.9054//EN",
                                              tz=("Europe/Paris", "olson")), 1,
              "Polyclinique Périgord-Blanc", "IDE chirurgie digestive", "hiring_manager", "g.peyrat@ppblanc.fr",
              "google-hm-non-participant-fr")


def _creche_employer() -> Ev:
    body = r"""BEGIN:VEVENT
UID:welcomekit-interview-71c4e9a2@welcometothejungle.com
DTSTAMP:20261212T112000Z
DTSTART:20270108T130000Z
DTEND:20270108T134500Z
SUMMARY:Entretien - Infirmier(ère) référent(e) santé & inclusion - Coccinelle & Cie
DESCRIPTION:Bonjour Camille\,\n\nMerci pour votre candidature ! Aurore Lamothe\, directrice de secteur Gi
 ronde\, vous propose un entretien en visio pour le poste d'infirmier(ère) référent(e) santé & inclusion
  sur nos 9 crèches bordelaises.\n\nLien : https://meet.google.com/gkd-pwqa-mtz\n\nL'équipe Coccinelle &
  Cie\n\nEnvoyé depuis Welcome to the Jungle
ORGANIZER;CN=Coccinelle & Cie:mailto:notifications@welcomekit.co
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Aurore Lamothe:mailto:aurore.lamothe@coccinelle-creches.fr
LOCATION:https://meet.google.com/gkd-pwqa-mtz
END:VEVENT"""
    return Ev("wttj-creche-employer-fr", cal(body, "-//Welcome to the Jungle//Welcome Kit//FR"), 1, "Coccinelle & Cie",
              "Infirmier(ère) référent(e) santé & inclusion", "hiring_manager", "aurore.lamothe@coccinelle-creches.fr",
              "wttj-creche-as-employer-fr", ["Coccinelle et Cie", "Crèches Coccinelle & Cie"])


def _agency_pinsfrancs() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270105T173000
DTEND;TZID=Europe/Paris:20270105T180000
DTSTAMP:20261218T154500Z
UID:6a8c0e2g4i6k8m0o2q4s6u8w0y@google.com
ORGANIZER;CN=Florian Bacqué:mailto:florian.bacque.recrutement@gmail.com
ATTENDEE;CN=Florian Bacqué;PARTSTAT=ACCEPTED:mailto:florian.bacque.recrutement@gmail.com
ATTENDEE;CN=camille.roux.ide@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
SUMMARY:Call avec la Clinique des Pins Francs (Mérignac) - IDE coordinatrice bloc
DESCRIPTION:Camille\, la clinique vous appelle directement : M. Hervé Dulucq\, directeur des soins\, au 06
  12 48 90 33. Je suis consultant indépendant (cabinet Bacqué Santé Recrutement)\, je ne serai pas en lig
 ne. Débrief à 18h15 si vous voulez.\nFlorian
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("freemail-consultant-names-employer-fr", cal(body, "-//Google Inc//Google Calendar 70.9054//EN",
                                                           tz=("Europe/Paris", "olson")), 1,
              "Clinique des Pins Francs", "IDE coordinatrice bloc", "", "Hervé Dulucq",
              "freemail-agency-phone-fr", ["Pins Francs"])


def _clos_fleuri() -> Ev:
    desc = (
        r"Bonjour Mme Roux\,\n\nJe vous propose un entretien en visioconférence (Teams) pour le poste d'infirmière"
        r" en EHPAD public (possibilité d'évolution vers IDEC à 18 mois).\n\nCordialement\,\nFrançoise Mazeau\n"
        r"Directrice\nEHPAD public Le Clos Fleuri – Saint-Émilion\n\n"
        r"________________________________________________________________________________\n"
        r"Réunion Microsoft Teams\nParticiper : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xvc2Zs"
        r"%40thread.v2/0\nID de la réunion : 381 552 004 917\nCode secret : Pz6nC3\n"
        r"________________________________________________________________________________"
    )
    body = rf"""BEGIN:VEVENT
ORGANIZER;CN="Mazeau, Françoise":mailto:direction@ehpad-closfleuri.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roux, Camille":mailto:camille.roux.ide@
 laposte.net
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11D00DDB010000000000000000100000001234ABCD5678EF90
 1234ABCD5678EF90
SUMMARY;LANGUAGE=fr-FR:Entretien poste IDE – EHPAD Le Clos Fleuri
DTSTART;TZID=Romance Standard Time:20261222T160000
DTEND;TZID=Romance Standard Time:20261222T164500
DTSTAMP:20261216T112000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xvc2Zs%40thread.v2/0
END:VEVENT"""
    return Ev("outlook-teams-ehpad-public-fr", cal(body, "Microsoft Exchange Server 2010",
                                                   tz=("Romance Standard Time", "windows")), 1,
              "EHPAD Le Clos Fleuri", "infirmière en EHPAD public", "hiring_manager", "direction@ehpad-closfleuri.fr",
              "outlook-generic-mailbox-fr", ["Le Clos Fleuri", "EHPAD public Le Clos Fleuri"])


def _clain_hm() -> Ev:
    body = r"""BEGIN:VEVENT
UID:20261215-clain-entretien-2@clinique-duclain.fr
DTSTAMP:20261215T170000Z
DTSTART;TZID=Europe/Paris:20261229T100000
DTEND;TZID=Europe/Paris:20261229T110000
SUMMARY:Entretien IDE - Service de chirurgie viscérale - 2ème rencontre
ORGANIZER;CN=Valérie Bonnin:mailto:v.bonnin@clinique-duclain.fr
ATTENDEE;CN=Valérie Bonnin;ROLE=CHAIR:mailto:v.bonnin@clinique-duclain.fr
ATTENDEE;CN=ROUX Camille;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Dr Cyril Thébault;ROLE=REQ-PARTICIPANT:mailto:c.thebault@clinique-duclain.fr
DESCRIPTION:Madame Roux\, nous vous recevrons sur place à Poitiers pour une deuxième rencontre avec le Dr
  Thébault (chirurgien viscéral) et moi-même (cadre de santé). Visite du service prévue.
LOCATION:Clinique du Clain\, Poitiers - salle de staff 2e étage
END:VEVENT"""
    return Ev("thunderbird-second-round-fr", cal(body, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                                                 tz=("Europe/Paris", "olson"), cont="\t"), 1,
              "Clinique du Clain", "IDE - Service de chirurgie viscérale", "onsite",
              "v.bonnin@clinique-duclain.fr;c.thebault@clinique-duclain.fr", "tab-folded-second-round-fr")


def events() -> list[Ev]:
    return [_zimbra(), _digitalrecruiters(), _recruitee(), _perigord_hm(), _creche_employer(), _agency_pinsfrancs(),
            _clos_fleuri(), _clain_hm()]
