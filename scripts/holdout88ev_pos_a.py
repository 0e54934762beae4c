"""holdout88: the user's own interviews, part A (direct invites, Outlook/Exchange, Workday, SuccessFactors)."""

from __future__ import annotations

from holdout88ev_common import (
    APPLE_IOS,
    GOOGLE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    UTC1_FR,
    cal,
    pos,
)

FORMS_A = {
    "Transports Delcourt": "",
    "Logistique Flandres Services": "LFS|LFS Logistique",
    "Bricomax": "Bricomax France",
    "Nordhem": "Nordhem France",
    "Opale Froid": "",
}


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(pos("google-phone-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260303T173000
DTEND;TZID=Europe/Paris:20260303T180000
DTSTAMP:20260226T091512Z
ORGANIZER;CN=Céline Marchand:mailto:c.marchand@transports-delcourt.fr
UID:5m2q0rj7k3hd1v8b6cgt4e9fsl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Céline Marchand;X-NUM-GUESTS=0:
 mailto:c.marchand@transports-delcourt.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
CREATED:20260226T091510Z
DESCRIPTION:Bonjour M. Lefebvre\,\n\nComme convenu par téléphone\, je vous ap
 pelle mardi à 17h30 pour un premier échange sur le poste de Responsable de s
 ite (Lesquin). Comptez une trentaine de minutes.\n\nJe vous appellerai au 06
  12 48 77 30.\n\nBien cordialement\,\nCéline Marchand\nChargée de recrutemen
 t – Transports Delcourt
LAST-MODIFIED:20260226T091512Z
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique - Responsable de site (Transports Delcourt)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "Transports Delcourt", "Responsable de site", "recruiter_screen",
        "c.marchand@transports-delcourt.fr", "google-phone-screen-fr"))

    ev.append(pos("google-rescheduled-onsite-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260317T140000
DTEND;TZID=Europe/Paris:20260317T160000
DTSTAMP:20260311T154402Z
ORGANIZER;CN=Céline Marchand:mailto:c.marchand@transports-delcourt.fr
UID:1a7uq3c9dn0ef5k2gh8vrt6p4m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Céline Marchand;X-NUM-GUESTS=0:
 mailto:c.marchand@transports-delcourt.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Philippe Delcourt;X-NUM-GUESTS=
 0:mailto:p.delcourt@transports-delcourt.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
CREATED:20260304T101100Z
DESCRIPTION:NOUVELLE DATE : mardi 17 mars à 14h (au lieu du jeudi 12).\n\nBo
 njour Mathieu\,\nSuite à notre échange\, M. Philippe Delcourt (directeur gén
 éral) et moi-même serions ravis de vous recevoir sur notre site de Lesquin p
 our un second entretien\, suivi d'une visite des quais.\n\nAdresse : ZA du M
 oulin\, 12 rue de l'Épinette\, 59810 Lesquin. Parking visiteurs à gauche de
  l'accueil.\nMerci de vous munir de chaussures de sécurité pour la visite.\n
 \nCéline
LAST-MODIFIED:20260311T154402Z
LOCATION:Transports Delcourt\, 12 rue de l'Épinette\, 59810 Lesquin
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:2nd entretien + visite site - M. Lefebvre (déplacé)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "Transports Delcourt", "", "onsite",
        "p.delcourt@transports-delcourt.fr;c.marchand@transports-delcourt.fr", "rescheduled-onsite-fr"))

    ev.append(pos("outlook-romance-teams-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Vandenbussche, Hélène":mailto:helene.vandenbussche@lfs-logistique.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@orange.fr:mailto:mat
 .lefebvre59@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roussel, Franck":mailto:franck.rou
 ssel@lfs-logistique.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Lefebvre\,\n\nJe vous confirme no
 tre entretien pour le poste de Responsable d'exploitation entrepôt (site de
  Seclin). Vous échangerez avec Franck Roussel\, directeur des opérations\, et
  moi-même.\n\n__________________________________________________________________
 ______________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votr
 e application mobile ou votre appareil de salle\nCliquez ici pour rejoindre
  la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1NzYx@th
 read.v2/0>\nID de la réunion : 318 442 907 615\nCode secret : g7Xk2P\n______
 ____________________________________________________________________________\n
SUMMARY;LANGUAGE=fr-FR:Entretien Responsable d'exploitation – M. Lefebvre
DTSTART;TZID=Romance Standard Time:20260305T103000
DTEND;TZID=Romance Standard Time:20260305T113000
UID:040000008200E00074C5B7101A82E008000000008A4C1F9E19ABDC010000000000000000100000007D3E2A1B5C4F8E4AB9D2C1F0E3A4B5C6
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T144310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "Logistique Flandres Services", "Responsable d'exploitation entrepôt", "hiring_manager",
        "helene.vandenbussche@lfs-logistique.fr;franck.roussel@lfs-logistique.fr", "outlook-windows-tz-teams-fr"))

    ev.append(pos("exchange-utc-label-final-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Roussel, Franck";SENT-BY="mailto:assistante.direction@lfs-logistique.fr":mailto:franck
 .roussel@lfs-logistique.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dhalluin, Marc":mailto:marc.dhalluin@lfs-logistique.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LFS Seclin - Salle Escaut
  (8)":mailto:salle.escaut@lfs-logistique.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien final avec Marc Dhalluin (Directeur régi
 onal Nord) et Franck Roussel.\nPoste : Responsable d'exploitation entrepôt\n
 Merci de vous présenter à l'accueil du bâtiment B 10 minutes avant.\n\nEnvoy
 é par Sandrine Lheureux\, assistante de direction\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Entretien final avec <b>Marc Dhal
 luin</b> (Directeur régional Nord) et Franck Roussel.</p><p>Poste : Responsa
 ble d'exploitation entrepôt</p></body></html>
SUMMARY;LANGUAGE=fr-FR:Entretien final - Mathieu Lefebvre
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260324T090000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260324T103000
UID:040000008200E00074C5B7101A82E00800000000E1B2C3D4F5A6DC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260318T081205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:LFS Seclin - Salle Escaut (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz=UTC1_FR), "Logistique Flandres Services", "Responsable d'exploitation entrepôt", "final",
        "marc.dhalluin@lfs-logistique.fr;franck.roussel@lfs-logistique.fr", "exchange-sent-by-room-final-fr"))

    ev.append(pos("workday-hm-fr", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-a3f09c1e77d24b8b9a1f0c55e2d6b310
DTSTAMP:20260305T130211Z
DTSTART:20260310T130000Z
DTEND:20260310T140000Z
SUMMARY:Entretien : Chef de Dépôt H/F - R-0041872 - Mathieu Lefebvre
ORGANIZER;CN=Bricomax Recrutement:mailto:bricomax@myworkday.com
ATTENDEE;CN=Mathieu Lefebvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Mathieu\,\n\nVotre entretien pour le poste Chef de Dépôt
  H/F (R-0041872) - Entrepôt régional de Lauwin-Planque est planifié.\n\nEntre
 tien avec le manager du poste : Nicolas Pruvost\, Directeur Logistique Nord\n
 Durée : 60 minutes\nFormat : Microsoft Teams (le lien vous sera envoyé par v
 otre interlocuteur)\n\nPour toute question\, répondez au message de votre Ch
 argée de recrutement\, Laure Dumont.\n\nBricomax France - Carrières
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Workday//Workday Recruiting//EN"), "Bricomax", "Chef de Dépôt", "hiring_manager",
        "Nicolas Pruvost", "workday-fr-name-only"))

    ev.append(pos("workday-case-fr", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-7be21d0f63a94c0e8f4411d09ac2e5b4
DTSTAMP:20260316T084530Z
DTSTART:20260320T080000Z
DTEND:20260320T100000Z
SUMMARY:Mise en situation : Chef de Dépôt H/F - R-0041872 - Mathieu Lefebvre
ORGANIZER;CN=Bricomax Recrutement:mailto:bricomax@myworkday.com
ATTENDEE;CN=Mathieu Lefebvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Nicolas Pruvost;ROLE=REQ-PARTICIPANT:mailto:nicolas.pruvost@bricomax.fr
ATTENDEE;CN=Aurélie Desmet;ROLE=REQ-PARTICIPANT:mailto:aurelie.desmet@bricomax.fr
LOCATION:Entrepôt Bricomax\, 300 rue Joseph Marie Jacquard\, Lauwin-Planque
DESCRIPTION:Étape 2 : étude de cas (dimensionnement des équipes de préparati
 on sur un pic saisonnier\, 30 min de préparation puis restitution orale).\nJ
 ury : Nicolas Pruvost (Directeur Logistique Nord)\, Aurélie Desmet (Responsa
 ble RH site).\nMerci de vous munir d'une pièce d'identité pour l'accueil.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Workday//Workday Recruiting//EN"), "Bricomax", "Chef de Dépôt", "technical",
        "nicolas.pruvost@bricomax.fr;aurelie.desmet@bricomax.fr", "workday-case-study-fr"))

    ev.append(pos("exchange-sentby-final-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Hocquet, Valérie";SENT-BY="mailto:secretariat.drh@bricomax.fr":mailto:valerie.hocquet@bricomax.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@orange.fr:mailto:mat
 .lefebvre59@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dumont, Laure":mailto:laure.dumont@bricomax.fr
SUMMARY;LANGUAGE=fr-FR:Bricomax - dernier entretien Chef de Dépôt (DRH)
DTSTART;TZID=Romance Standard Time:20260402T110000
DTEND;TZID=Romance Standard Time:20260402T120000
UID:040000008200E00074C5B7101A82E0080000000033DD54A2F7C0DC01000000000000000010000000F00DBA11C0FFEE0123456789ABCDEF01
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nMme Valérie Hocquet\, DRH Bricomax Fr
 ance\, souhaite vous rencontrer pour un dernier échange avant décision. Laur
 e Dumont (chargée de recrutement) est en copie pour l'organisation et ne part
 icipera pas à l'entretien.\n\nSiège : 45 avenue de la Marne\, Marcq-en-Barœu
 l\, 3e étage.\n\nLe secrétariat DRH
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège Bricomax - Marcq-en-Barœul
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "Bricomax", "Chef de Dépôt", "final", "valerie.hocquet@bricomax.fr",
        "outlook-sent-by-coordinator-cc-fr"))

    ev.append(pos("successfactors-phone-en", cal(r"""
BEGIN:VEVENT
UID:SF-INTV-00019872-20260309-1
DTSTAMP:20260303T163000Z
DTSTART;TZID=Europe/Paris:20260309T120000
DTEND;TZID=Europe/Paris:20260309T123000
SUMMARY:Interview invitation: Logistics Team Manager - Lille DC (Req 24019)
ORGANIZER;CN=Nordhem Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Mathieu Lefebvre;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Karin Lindqvist;PARTSTAT=ACCEPTED:mailto:karin.lindqvist@nordhem.com
LOCATION:Phone call - we will call you
DESCRIPTION:Dear Mathieu\,\n\nThank you for your interest in Nordhem. We are
  pleased to invite you to a first phone interview for the position Logistics
  Team Manager - Lille DC.\n\nInterviewer: Karin Lindqvist\, Talent Acquisitio
 n Partner France/Benelux\nDuration: 30 minutes\nThe interview can be held in
  English or French.\n\nKind regards\,\nNordhem Talent Acquisition\n\nThis is
  an automated message from SAP SuccessFactors. Please do not reply.
STATUS:CONFIRMED
END:VEVENT
""", "-//SAP SuccessFactors//Recruiting Management//EN", tz=PARIS), "Nordhem", "Logistics Team Manager",
        "recruiter_screen", "karin.lindqvist@nordhem.com", "successfactors-phone-en"))

    ev.append(pos("allday-assessment-fr", cal(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260326
DTEND;VALUE=DATE:20260327
DTSTAMP:20260316T110245Z
ORGANIZER;CN=Karin Lindqvist:mailto:karin.lindqvist@nordhem.com
UID:0q9r8s7t6u5v4w3x2y1z0a9b8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Bonjour Mathieu\,\n\nVoici le programme de votre journée d'évalu
 ation au centre de distribution de Lille (Fretin) :\n09h00 accueil par Karin
  (TA)\n09h30 visite de l'entrepôt avec Johan Berg\, Site Manager\n11h00 entr
 etien avec Johan Berg et Émilie Carpentier (HR Business Partner)\n12h30 déje
 uner avec l'équipe\n14h00 exercice de planification (shift planning)\n16h00
  fin\n\nTenue confortable et chaussures de sécurité (fournies si besoin).\nKa
 rin
LOCATION:Nordhem Distribution Center\, Parc d'activités du Moulin\, 59273 Fretin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nordhem - Journée d'évaluation (Logistics Team Manager)
TRANSP:TRANSPARENT
END:VEVENT
""", GOOGLE, tz=PARIS), "Nordhem", "Logistics Team Manager", "onsite", "Johan Berg;Émilie Carpentier",
        "all-day-assessment-fr"))

    ev.append(pos("apple-handtyped-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260302T193355Z
DTEND;TZID=Europe/Paris:20260306T110000
DTSTAMP:20260302T193412Z
DTSTART;TZID=Europe/Paris:20260306T100000
LAST-MODIFIED:20260302T193412Z
LOCATION:Opale Froid\, Boulogne-sur-Mer
SEQUENCE:0
SUMMARY:Entretien Opale Froid - Boulogne 10h (M. Caron)
TRANSP:OPAQUE
UID:6F1C2A7E-3B8D-4E5F-9A0B-1C2D3E4F5A6B
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H30M
UID:9D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F60
END:VALARM
END:VEVENT
""", APPLE_IOS, method=None, tz=PARIS), "Opale Froid", "", "", "M. Caron", "handtyped-apple-fr"))

    return ev
