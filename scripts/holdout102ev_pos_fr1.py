"""holdout102: the user's own interviews (French, part 1: Google, Outlook, Apple, Thunderbird, hand-typed)."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.6.1//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

MEET_FR = (
    r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    r"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
    r"Ou appeler le : (FR) +33 1 87 40 {pin}\nCode : {pin2}#\n\n"
    r"En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
    r"Veuillez ne pas modifier cette section.\n"
    r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)

TEAMS_FR = (
    r"________________________________________________________________________________\n"
    r"Réunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\n"
    r"Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
    r"%40thread.v2/0>\nID de la réunion : {num}\nCode secret : {pw}\n"
    r"Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
    r"Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    r"Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
    r"meetingOptions/>\n________________________________________________________________________________"
)


def _p1() -> Ev:
    desc = (
        r"Bonjour Camille\,\n\nComme convenu au téléphone\, je vous propose un entretien pour le poste d'IDE de bloc"
        r" opératoire (CDI\, temps plein). Nous échangerons sur votre parcours au CHU et sur l'organisation du"
        r" bloc (astreintes\, ortho/viscéral).\n\nBien cordialement\,\nIsabelle Marchal\nCadre de santé – Bloc"
        r" opératoire\nClinique des Chartrons\n\n"
        + MEET_FR.format(code="vqk-ftzr-hme", pin="93 48", pin2="418 552 907")
    )
    body = rf"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261208T140000
DTEND;TZID=Europe/Paris:20261208T150000
DTSTAMP:20261124T091212Z
ORGANIZER;CN=Isabelle Marchal:mailto:i.marchal@clinique-chartrons.fr
UID:2b0e5n7hq1u8s4kx9f3mcv6ad1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Isabelle Marchal;
 X-NUM-GUESTS=0:mailto:i.marchal@clinique-chartrons.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux.ide@laposte.net;
 X-NUM-GUESTS=0:mailto:camille.roux.ide@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/vqk-ftzr-hme
CREATED:20261124T091211Z
DESCRIPTION:{desc}
LAST-MODIFIED:20261124T091211Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Camille Roux / Isabelle Marchal – IDE bloc
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-direct-fr", cal(body, GOOGLE, tz=("Europe/Paris", "olson"), head="CALSCALE:GREGORIAN"), 1,
              "Clinique des Chartrons", "IDE de bloc opératoire", "hiring_manager", "i.marchal@clinique-chartrons.fr",
              "google-direct-fr", ["Chartrons"])


def _p2() -> Ev:
    desc = (
        r"Madame Roux\,\n\nSuite à votre entretien avec Mme Marchal\, la Directrice des soins\, Mme Hélène"
        r" Vasseur\, souhaite vous rencontrer pour un dernier entretien avant décision.\nMerci de vous présenter"
        r" à l'accueil principal\, 12 rue Poyenne (bâtiment A\, 2e étage).\n\nBien à vous\,\nLaure Dantin\n"
        r"Assistante de direction"
    )
    body = rf"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261217T093000
DTEND;TZID=Europe/Paris:20261217T101500
DTSTAMP:20261210T160405Z
ORGANIZER;CN=Laure Dantin:mailto:direction@clinique-chartrons.fr
UID:0mj4u5s3o8p2b7t1l6r9eq2c4v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène Vasseur;X-NUM-GUESTS=0:mailto:
 h.vasseur@clinique-chartrons.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laure Dantin;X-NUM-GUESTS=0:mailto:di
 rection@clinique-chartrons.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux;X-NUM-GUE
 STS=0:mailto:camille.roux.ide@laposte.net
DESCRIPTION:{desc}
LOCATION:Clinique des Chartrons\, 12 rue Poyenne\, 33000 Bordeaux\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – Direction des soins
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-final-fr", cal(body, GOOGLE, tz=("Europe/Paris", "olson"), head="CALSCALE:GREGORIAN"), 1,
              "Clinique des Chartrons", "", "final", "h.vasseur@clinique-chartrons.fr", "coordinator-assistant-fr")


def _p3() -> Ev:
    alt = (
        r"<html><body><p>Bonjour Madame Roux\,</p><p>Nous avons le plaisir de vous convier à un premier entretien"
        r" RH pour le poste d'<b>Infirmier(ère) coordinateur(rice)</b>.</p><p>Nathalie Lemoine<br>Responsable"
        r" Ressources Humaines<br>Polyclinique Garonne Rive Droite</p></body></html>"
    )
    desc = (
        r"Bonjour Madame Roux\,\n\nNous avons le plaisir de vous convier à un premier entretien RH pour le poste"
        r" d'Infirmier(ère) coordinateur(rice).\n\nNathalie Lemoine\nResponsable Ressources Humaines\nPolyclinique"
        r" Garonne Rive Droite\n\n" + TEAMS_FR.format(mid="NzQ1ZGE4OTUtYjQ0", num="354 118 902 776", pw="g7Xq2B")
    )
    body = rf"""BEGIN:VEVENT
ORGANIZER;CN="Lemoine, Nathalie";SENT-BY="mailto:secretariat.rh@pgrd.fr":mailto:n.lemoine@pgrd.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux.ide@laposte.net:mailto:camil
 le.roux.ide@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:040000008200E00074C5B7101A82E0080000000050C36A0AF460DB01000000000000000010000000A9D14A6B2E0C4F4
 9B7E4E81C6D1F9A3C
SUMMARY;LANGUAGE=fr-FR:Entretien RH – Infirmier(ère) coordinateur(rice) – Mme ROUX
DTSTART;TZID=Romance Standard Time:20261210T110000
DTEND;TZID=Romance Standard Time:20261210T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261126T143322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:{alt}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT"""
    return Ev("outlook-teams-rh-fr", cal(body, OUTLOOK, tz=("Romance Standard Time", "windows")), 1,
              "Polyclinique Garonne Rive Droite", "Infirmier(ère) coordinateur(rice)", "recruiter_screen",
              "n.lemoine@pgrd.fr", "outlook-sent-by-fr", ["PGRD"])


def _p4() -> Ev:
    body = r"""BEGIN:VEVENT
UID:5C1E7A2B-9D04-4F31-8E6A-0B7F2D3C9A18
DTSTAMP:20261129T184502Z
CREATED:20261129T184455Z
LAST-MODIFIED:20261129T184502Z
DTSTART;TZID=Europe/Paris:20261211T173000
DTEND;TZID=Europe/Paris:20261211T183000
SUMMARY:Entretien Camille - poste IDEC
LOCATION:Résidence Les Tilleuls\n4 allée des Tilleuls\n33340 Lesparre-Médoc
DESCRIPTION:Bonjour Camille\,\nJe vous confirme notre rendez-vous pour le poste d'infirmière coordinatrice
  de la résidence (EHPAD associatif\, 78 lits). Vous rencontrerez aussi le Dr Pujol\, médecin coordonnateur.
 \nJean-Marc Dufau\nDirecteur – Les Tilleuls du Médoc\n\nEnvoyé de mon iPhone
ORGANIZER;CN=Jean-Marc Dufau:mailto:jm.dufau@icloud.com
ATTENDEE;CN=Jean-Marc Dufau;CUTYPE=INDIVIDUAL;EMAIL=jm.dufau@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:
 jm.dufau@icloud.com
ATTENDEE;CN=Camille Roux;CUTYPE=INDIVIDUAL;EMAIL=camille.roux.ide@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE;ROLE=REQ-PARTICIPANT:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Dr Anne Pujol;CUTYPE=INDIVIDUAL;EMAIL=anne.pujol33@orange.fr;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PA
 RTICIPANT:mailto:anne.pujol33@orange.fr
SEQUENCE:0
URL;VALUE=URI:
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=4 allée des Tilleuls\, 33340 Lesparre-Médoc;X-APPLE-RADIU
 S=70.58;X-TITLE=Résidence Les Tilleuls:geo:45.306221,-0.937514
END:VEVENT"""
    return Ev("apple-icloud-director-fr", cal(body, APPLE, tz=("Europe/Paris", "apple"), head="CALSCALE:GREGORIAN"),
              1, "Les Tilleuls du Médoc", "infirmière coordinatrice", "hiring_manager",
              "jm.dufau@icloud.com;anne.pujol33@orange.fr", "apple-freemail-director-fr",
              ["Résidence Les Tilleuls", "EHPAD Les Tilleuls", "Association Les Tilleuls du Médoc"])


def _p5() -> Ev:
    body = r"""BEGIN:VEVENT
CREATED:20261201T102233Z
LAST-MODIFIED:20261201T102301Z
DTSTAMP:20261201T102301Z
UID:8f3b2c1e-77aa-4d0e-a9f1-5c62e0d9b4a7
SUMMARY:Rencontre - poste infirmier(ère) en santé au travail
ORGANIZER;CN=Dr Philippe Castaing:mailto:p.castaing@stme-medoc.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Camille Roux:mailto:camille.roux.ide@lap
 oste.net
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=CHAIR;CN=Dr Philippe Castaing:mailto:p.castaing@stme-medoc.fr
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Sylvie Ardouin (IDEST):mailto:s.ardouin@stme-medoc.fr
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-GENERATION:1
DTSTART;TZID=Europe/Paris:20261215T090000
DTEND;TZID=Europe/Paris:20261215T100000
LOCATION:Santé Travail Médoc-Estuaire - centre de Pauillac\, 2 quai Léon Perrier
DESCRIPTION:Madame\,\n\nSuite à votre candidature\, je vous propose un entretien pour le poste d'infirmie
 r(ère) en santé au travail (IDEST) de notre centre de Pauillac. Mme Ardouin\, infirmière de l'équipe\, se
 ra présente.\n\nDr P. Castaing\nMédecin du travail\, coordinateur de l'équipe pluridisciplinaire
SEQUENCE:0
END:VEVENT"""
    return Ev("thunderbird-occhealth-fr", cal(body, TBIRD, tz=("Europe/Paris", "olson")), 1,
              "Santé Travail Médoc-Estuaire", "infirmier(ère) en santé au travail", "hiring_manager",
              "p.castaing@stme-medoc.fr;s.ardouin@stme-medoc.fr", "thunderbird-occhealth-fr", ["STME"])


def _p6() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261209T100000
DTEND;TZID=Europe/Paris:20261209T110000
DTSTAMP:20261202T194107Z
UID:1l7pq0c2kq9d8e6gq4v1h3b2s5@google.com
CREATED:20261202T194054Z
DESCRIPTION:visio\, lien dans le mail de la RH
LAST-MODIFIED:20261202T194054Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Clinique du Clain (Poitiers)
TRANSP:OPAQUE
END:VEVENT"""
    head = "CALSCALE:GREGORIAN\nX-WR-CALNAME:camille.roux.ide@laposte.net\nX-WR-TIMEZONE:Europe/Paris"
    return Ev("hand-typed-fr", cal(body, GOOGLE, method="PUBLISH", tz=("Europe/Paris", "olson"), head=head), 1,
              "Clinique du Clain", "", "", "", "hand-typed-no-stage-fr")


def _p7() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART:20261214T113000Z
DTEND:20261214T120000Z
DTSTAMP:20261203T081530Z
UID:4d9a2jv8s0ah3f6l1u7m5b2g0q@google.com
CREATED:20261203T081520Z
DESCRIPTION:
LAST-MODIFIED:20261203T081520Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:tel RH Polyclinique Périgord-Blanc (pause déj)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT"""
    head = "CALSCALE:GREGORIAN\nX-WR-CALNAME:Camille perso\nX-WR-TIMEZONE:Europe/Paris"
    return Ev("hand-typed-phone-utc", cal(body, GOOGLE, method="PUBLISH", head=head), 1,
              "Polyclinique Périgord-Blanc", "", "recruiter_screen", "", "hand-typed-phone-x-wr-timezone-fr")


def _p8() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20261218
DTEND;VALUE=DATE:20261219
DTSTAMP:20261204T201144Z
UID:6b1c4r8e2lo5m9h7t0j3k6p1wa@google.com
CREATED:20261204T201139Z
DESCRIPTION:mise en situation IDE en SSR (journée en doublure avec l'équipe du matin)\, 7h-15h\, blouse
  fournie\, apporter diplôme + carte vitale. Contact : Mme Lacombe\, cadre.
LAST-MODIFIED:20261204T201144Z
LOCATION:Centre de rééducation Les Embruns\, Arcachon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Les Embruns - mise en situation IDE
TRANSP:TRANSPARENT
END:VEVENT"""
    head = "CALSCALE:GREGORIAN\nX-WR-CALNAME:Camille\nX-WR-TIMEZONE:Europe/Paris"
    return Ev("hand-typed-allday-practical", cal(body, GOOGLE, method="PUBLISH", head=head), 1,
              "Centre de rééducation Les Embruns", "IDE en SSR", "technical", "Mme Lacombe",
              "all-day-practical-fr", ["Les Embruns"])


def _p9() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART:20270112T140000
DTEND:20270112T150000
DTSTAMP:20261221T110912Z
UID:20261221T110912-3318@camille-agenda
SUMMARY:Entretien visio Polyclinique Béarn-Marsan (Pau) - IDE réa
DESCRIPTION:avec la cadre de réa + DRH ?? lien Teams envoyé par mail
END:VEVENT"""
    return Ev("floating-hand-fr", cal(body, "-//Camille//Agenda perso//FR", method="PUBLISH"), 1,
              "Polyclinique Béarn-Marsan", "IDE réa", "", "", "floating-time-fr")


def _p10() -> Ev:
    desc = (
        r"Madame\,\n\nDans le cadre de votre candidature au poste d'infirmière au sein de l'unité de soins"
        r" intensifs de cardiologie\, nous vous confirmons votre entretien avec M. Olivier Brethes\, Directeur"
        r" des soins\, et Mme Carine Dupuy\, Cadre supérieure de santé du pôle médecine.\n\nLieu : Direction"
        r" des soins\, bâtiment administratif\, salle Dordogne.\nMerci de vous munir d'une pièce d'identité.\n\n"
        r"Secrétariat de la Direction des soins\nCentre hospitalier Val-de-Dronne"
    )
    body = rf"""BEGIN:VEVENT
ORGANIZER;CN="Secrétariat DS":mailto:secretariat.ds@ch-valdedronne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Brethes, Olivier":mailto:o.brethes@ch-valde
 dronne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Dupuy, Carine":mailto:c.dupuy@ch-valdedron
 ne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux.ide@laposte.net:mailto:camil
 le.roux.ide@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Salle Dordogne (Bât. admin
 istratif)":mailto:salle.dordogne@ch-valdedronne.fr
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:040000008200E00074C5B7101A82E00800000000D0F2C1B77B6ADB010000000000000000100000004E3D9C0A1B2F8E4
 1A6C0D5E7F9B3A214
SUMMARY;LANGUAGE=fr-FR:2e entretien - Direction des soins - Mme Camille ROUX (IDE USIC)
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20270107T140000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20270107T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261215T091045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Dordogne (Bât. administratif)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT"""
    tz = ("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", "windows")
    return Ev("outlook-utc-zone-room-fr", cal(body, OUTLOOK, tz=tz), 1, "Centre hospitalier Val-de-Dronne",
              "infirmière USIC", "final", "o.brethes@ch-valdedronne.fr;c.dupuy@ch-valdedronne.fr",
              "outlook-room-resource-fr", ["CH Val-de-Dronne", "Hôpital Val-de-Dronne"])


def events() -> list[Ev]:
    return [_p1(), _p2(), _p3(), _p4(), _p5(), _p6(), _p7(), _p8(), _p9(), _p10()]
