"""holdout60: the user's own interviews, French and German employers."""

from __future__ import annotations

from holdout60ev_boiler import meet, teams, zoom
from holdout60ev_ics import Ev, pos


def garonne_outlook() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000010A3C5E7F9B2DB01000000000000000010000000"
           "A9C1E3B5D7F9A1C3E5B7D9F1A3C5E7B9")
    tz = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
    t = teams("fr", "329 880 416 127", "Gt5Wd8", "NzE3ZjA2ODYtZDQ1Ny00YjE0LTgxMTAtMzM2ZmI4YzY1OGQy")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:{tz}@@
BEGIN:VEVENT
ORGANIZER;CN="Lafitte, Mathieu":mailto:m.lafitte@ateliergaronne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuy, Claire":mailto:c.dupuy@ateliergaronne.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Lucía\,\n\nSuite à votre candidature au poste d'architecte junior (H/F)\,
  nous vous proposons un entretien en visio avec Claire Dupuy (cheffe de projet) et moi-même.\n\nNous
  pourrons échanger en français ou en espagnol.\n\nBien cordialement\,\n\nMathieu Lafitte\nArchitecte
  associé – Atelier Garonne Architectes\n14 quai des Chartrons\, 33000 Bordeaux\n\n{t}\n
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien – Architecte junior (H/F) – L. Ferreira Gómez
DTSTART;TZID="{tz}":20250410T140000
DTEND;TZID="{tz}":20250410T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T083005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-utc-zone-teams-fr", uid, text, "Atelier Garonne Architectes", "Architecte junior (H/F)", "",
               "m.lafitte@ateliergaronne.fr;c.dupuy@ateliergaronne.fr")


def batiroc_workday_phone() -> Ev:
    uid = "WD-batiroc-INTERVIEW-9c1e3a5b7d9f1b3d@myworkday.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250407T150233Z
DTSTART:20250411T073000Z
DTEND:20250411T080000Z
SUMMARY:Batiroc – Entretien téléphonique : Chargé(e) de synthèse BIM (H/F) (R-30412)
ORGANIZER;CN=Batiroc Recrutement:mailto:batiroc@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie Marchal:mailto:sophie.marchal@batiroc.fr
DESCRIPTION:Bonjour Lucía\,\n\nNous avons le plaisir de vous convier à un entretien téléphonique pour le
  poste de Chargé(e) de synthèse BIM (H/F) – Direction Technique Île-de-France (R-30412).\n\nType
  d'entretien : Pré-qualification RH\nInterlocutrice : Sophie Marchal\, Chargée de recrutement\nDurée : 30
  minutes\nSophie vous appellera au numéro indiqué dans votre candidature.\n\nCordialement\,\nL'équipe
  Recrutement Batiroc
LOCATION:Entretien téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("workday-phone-screen-fr", uid, text, "Batiroc", "Chargé(e) de synthèse BIM (H/F)",
               "recruiter_screen", "sophie.marchal@batiroc.fr")


def batiroc_technical() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000B0D4F6A8C0E3DB01000000000000000010000000"
           "C1E3B5D7F9A1C3E5B7D9F1A3C5E7B9D1")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="GARNIER Thomas":mailto:thomas.garnier@batiroc.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="NDIAYE Aurélie":mailto:aurelie.ndiaye@batiroc.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MARCHAL Sophie":mailto:sophie.marchal@batiroc.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="PAR-DEF-T1-12-Salle Seine":mailto:
 salle.seine.t1@batiroc.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Lucía\,\n\nComme convenu avec Sophie\, je vous confirme l'entretien
  technique pour le poste de chargé(e) de synthèse BIM : 1h d'exercice sur poste (synthèse
  CVC/structure sur une maquette Revit + Navisworks) puis 45 min d'échange avec Aurélie Ndiaye (BIM
  Manager) et moi-même.\n\nSophie vous accueillera à l'accueil de la tour (pièce d'identité
  demandée).\n\nCordialement\,\nThomas Garnier\nResponsable Synthèse BIM – Direction Technique IDF\n
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien technique + exercice Revit – Chargé(e) de synthèse BIM – L. FERREIRA GOMEZ
DTSTART;TZID=Romance Standard Time:20250429T093000
DTEND;TZID=Romance Standard Time:20250429T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250418T141520Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:PAR-DEF-T1-12-Salle Seine
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-technical-room-fr", uid, text, "Batiroc", "Chargé(e) de synthèse BIM", "technical",
               "thomas.garnier@batiroc.fr;aurelie.ndiaye@batiroc.fr")


def moreau_wttj() -> Ev:
    uid = "wk-interview-0b2d4f6a8c0e@welcomekit.co"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
@@TZ:Europe/Paris@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250513T101044Z
DTSTART;TZID=Europe/Paris:20250521T103000
DTEND;TZID=Europe/Paris:20250521T113000
SUMMARY:Entretien avec Agence Moreau Kessler – Architecte BIM (H/F)
ORGANIZER;CN=Agence Moreau Kessler:mailto:no-reply@welcomekit.co
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Julien Kessler;PARTSTAT=ACCEPTED:mailto:julien@moreaukessler.com
ATTENDEE;CN=Camille Moreau;PARTSTAT=ACCEPTED:mailto:camille@moreaukessler.com
DESCRIPTION:Bonjour Lucía\,\n\nVous êtes invitée au dernier entretien pour le poste Architecte BIM (H/F) avec
  les deux associés de l'agence\, Camille Moreau et Julien Kessler.\n\nAdresse : 47 rue de Meaux\, 75019
  Paris (code porte 4712B\, 2e étage).\n\nÀ très vite !\nL'équipe Agence Moreau Kessler\n\nEnvoyé via
  Welcome to the Jungle
LOCATION:47 rue de Meaux\, 75019 Paris
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("wttj-final-fr", uid, text, "Agence Moreau Kessler", "Architecte BIM (H/F)", "final",
               "julien@moreaukessler.com;camille@moreaukessler.com")


def lumen_calendly() -> Ev:
    uid = "3d5f7b9c-1e2a-4c4e-86a8-0b2d4f6e8a1c@calendly.com"
    m = meet("fr", "uyb-drkq-fwz", "+33 1 87 40 21 56", "509 773 214")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250424T092900Z
DTSTART:20250430T080000Z
DTEND:20250430T083000Z
SUMMARY:Lucía Ferreira Gómez et Amandine Roux
ORGANIZER;CN=Amandine Roux:mailto:amandine.roux@studiolumen.fr
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Amandine Roux;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:amandine.roux@studiolumen.fr
DESCRIPTION:Nom de l'événement : Premier échange RH – Architecte (H/F) Lyon\n\nLieu : Il s'agit d'une
  conférence web Google Meet.\n\nQuestions : Comment avez-vous connu Studio Lumen ?\nPar une ancienne
  collègue qui y a fait son stage.\n\n{m}\n\nBesoin d'apporter des modifications à cet événement
  ?\nAnnuler : https://calendly.com/cancellations/3d5f7b9c-1e2a-4c4e-86a8-0b2d4f6e8a1c\nReprogrammer :
  https://calendly.com/reschedulings/3d5f7b9c-1e2a-4c4e-86a8-0b2d4f6e8a1c\n\nOptimisé par Calendly.com
LOCATION:https://meet.google.com/uyb-drkq-fwz
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return pos("calendly-hr-screen-fr", uid, text, "Studio Lumen Architecture", "Architecte (H/F) Lyon",
               "recruiter_screen", "amandine.roux@studiolumen.fr")


def seram_thunderbird() -> Ev:
    uid = "e47c2a19-6b5d-4f38-9a0e-71d3c5b8f246"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Europe/Paris@@
BEGIN:VEVENT
CREATED:20250502T081500Z
LAST-MODIFIED:20250502T081733Z
DTSTAMP:20250502T081733Z
UID:{uid}
SUMMARY:SERAM – exercice pratique BIM + entretien technique (Mme Ferreira Gómez)
ORGANIZER;RSVP=TRUE;CN=Olivier Bastide;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:o.bastide@seram-ingenierie.fr
ATTENDEE;RSVP=TRUE;CN=Olivier Bastide;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:o.bastide@seram-ingenierie.fr
ATTENDEE;RSVP=TRUE;CN=Malik Ferhat;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:m.ferhat@seram-ingenierie.fr
ATTENDEE;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVI
 DUAL:mailto:lucia.ferreira.gomez@hotmail.com
DTSTART;TZID=Europe/Paris:20250515T140000
DTEND;TZID=Europe/Paris:20250515T163000
LOCATION:SERAM Ingénierie\, 12 boulevard de Dunkerque\, 13002 Marseille
DESCRIPTION:Madame\,\n\nSuite à notre échange téléphonique\, je vous confirme votre venue pour la
  deuxième étape du recrutement au poste de Projeteuse BIM (CDI\, Marseille) : un exercice pratique sur
  Revit (1h30) suivi d'un entretien technique avec Malik Ferhat (responsable BIM) et moi-même.\n\nBien
  à vous\,\nOlivier Bastide\nDirecteur du pôle Bâtiment\nSERAM Ingénierie – Société d'Études et de
  Réalisations Alpes-Méditerranée
SEQUENCE:0
X-MOZ-SEND-INVITATIONS:TRUE
END:VEVENT
END:VCALENDAR
"""
    return pos("thunderbird-invite-technical-fr", uid, text, "SERAM Ingénierie", "Projeteuse BIM", "technical",
               "o.bastide@seram-ingenierie.fr;m.ferhat@seram-ingenierie.fr")


def weidmann_softgarden() -> Ev:
    uid = "softgarden-appointment-5f1b7d3a-9e2c-4a6d-8b0f-c4e2a6d8b0f1"
    t = teams("de", "352 610 978 443", "Xy4Nq7", "MGE3YzU2ZGEtYjY2Ni00NTg1LTk0MTEtYWE0ZDcwMzFkOWMw")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
@@TZ:Europe/Berlin@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250425T074811Z
DTSTART;TZID=Europe/Berlin:20250505T110000
DTEND;TZID=Europe/Berlin:20250505T114500
SUMMARY:Einladung zum Kennenlerngespräch: BIM-Modelliererin (m/w/d) – Remote Spanien
ORGANIZER;CN=Weidmann + Roth Architekten GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Katrin Bauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.bauer@weidmann-roth.de
DESCRIPTION:Liebe Frau Ferreira Gómez\,\n\nvielen Dank für Ihre Bewerbung als BIM-Modelliererin (m/w/d) –
  Remote Spanien. Gerne möchten wir Sie in einem ersten Kennenlerngespräch mit Katrin Bauer
  (Personalreferentin) näher kennenlernen. Das Gespräch kann auf Englisch oder Deutsch stattfinden.\n\n
  Mit freundlichen Grüßen\nIhr Recruiting-Team\nWeidmann + Roth Architekten GmbH\, Berlin\n\n{t}
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("softgarden-teams-de", uid, text, "Weidmann + Roth Architekten", "BIM-Modelliererin (m/w/d)",
               "recruiter_screen", "k.bauer@weidmann-roth.de")


def planwerk_personio() -> Ev:
    uid = "personio-interview-4471026-8a3c@planwerk-digital.personio.de"
    z = zoom("en", "Jonas Pfeiffer", "865 4432 1098", "TnZ4Q1ZrL2pGYjNtU0tIdz09", "204118")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250508T122033Z
DTSTART:20250514T080000Z
DTEND:20250514T090000Z
SUMMARY:Fachgespräch - BIM Consultant Spain (m/w/d) - Planwerk Digital GmbH
ORGANIZER;CN=Planwerk Digital GmbH:mailto:noreply@planwerk-digital.personio.de
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Jonas Pfeiffer;PARTSTAT=ACCEPTED:mailto:j.pfeiffer@planwerk-digital.de
ATTENDEE;CN=Elif Demir;PARTSTAT=ACCEPTED:mailto:e.demir@planwerk-digital.de
DESCRIPTION:Hallo Lucía\,\n\nwir freuen uns\, dich zum Fachgespräch für die Position BIM Consultant Spain
  (m/w/d) einzuladen. Gesprächspartner: Jonas Pfeiffer (Head of BIM Consulting) und Elif Demir (Senior BIM
  Consultant). Wir sprechen über ein Praxisbeispiel (openBIM/IFC-Koordination). Das Gespräch führen wir auf
  Englisch.\n\n(English: technical interview with Jonas and Elif\, held in English.)\n\n{z}\n\nViele
  Grüße\nPeople Team\, Planwerk Digital GmbH
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""
    return pos("personio-zoom-technical-de", uid, text, "Planwerk Digital", "BIM Consultant Spain (m/w/d)",
               "technical", "j.pfeiffer@planwerk-digital.de;e.demir@planwerk-digital.de")


def events() -> list[Ev]:
    return [
        garonne_outlook(),
        batiroc_workday_phone(),
        batiroc_technical(),
        moreau_wttj(),
        lumen_calendly(),
        seram_thunderbird(),
        weidmann_softgarden(),
        planwerk_personio(),
    ]
