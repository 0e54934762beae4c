"""holdout102: the user's own interviews (French, part 3: agencies, video boilerplate, series, changes)."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

ZOOM_FR = (
    r"Rejoindre la réunion Zoom\nhttps://us06web.zoom.us/j/{mid}?pwd={pwd}\n\nID de réunion : {mids}\n"
    r"Code secret : {code}\n\n---\n\nUne seule touche sur l'appareil mobile\n+33170372246\,\,{mid}# France\n\n"
    r"Composez un numéro en fonction de votre emplacement\n• +33 1 7037 2246 France\n• +33 1 7095 0103 France\n"
)

WEBEX_FR = (
    r"Rejoindre la réunion Webex\nhttps://mutualistebassin.webex.com/mutualistebassin/j.php?MTID=m4b1f0e9a2c\n"
    r"Numéro de la réunion (code d'accès) : 2744 918 3305\nMot de passe de la réunion : Soins2026\n\n"
    r"Rejoindre par téléphone\n+33-1-7091-8646 France Toll\nCode d'accès : 274 491 83305\n"
)


def _agency_belair() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261209T150000
DTEND;TZID=Europe/Paris:20261209T160000
DTSTAMP:20261203T113000Z
UID:a9f8e7d6-c5b4-4a39-8271-6f5e4d3c2b1a
SUMMARY:Entretien client - Clinique Bel-Air (Lormont) - IDE CDI médecine polyvalente
ORGANIZER;CN=Justine Mora - Medi'Interim Aquitaine:mailto:j.mora@medi-interim-aquitaine.fr
ATTENDEE;CN=Camille Roux;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Justine Mora;PARTSTAT=ACCEPTED:mailto:j.mora@medi-interim-aquitaine.fr
LOCATION:Clinique Bel-Air\, 18 rue de la Côte\, 33310 Lormont
DESCRIPTION:Bonjour Camille\,\n\nComme convenu\, je vous confirme votre entretien avec Mme Sandrine Faure
 \, cadre de santé du service de médecine polyvalente de la Clinique Bel-Air. Je ne serai pas présente mai
 s je vous appelle juste après pour avoir votre retour.\n\nJustine Mora\nConsultante recrutement santé\nM
 edi'Interim Aquitaine - Travail temporaire & CDI
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("agency-client-fr", cal(body, OUTLOOK, tz=("Europe/Paris", "olson")), 1, "Clinique Bel-Air",
              "IDE CDI médecine polyvalente", "hiring_manager", "Sandrine Faure", "agency-names-employer-fr",
              ["Clinique Bel-Air Lormont"])


def _agency_icas() -> Ev:
    body = r"""BEGIN:VEVENT
UID:STC-2026-1207-ROUX-ICAS
DTSTAMP:20261207T160000Z
DTSTART;TZID=Europe/Paris:20261218T100000
DTEND;TZID=Europe/Paris:20261218T113000
SUMMARY:RDV ICAS - Faisant fonction cadre de santé (oncologie) - C. Roux
ORGANIZER;CN=Olivier Maurel (Santé Talents Conseil):mailto:o.maurel@sante-talents-conseil.fr
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Véronique Delteil;ROLE=REQ-PARTICIPANT:mailto:v.delteil@icas-cancer.fr
ATTENDEE;CN=Olivier Maurel;ROLE=OPT-PARTICIPANT:mailto:o.maurel@sante-talents-conseil.fr
LOCATION:Institut de cancérologie Aquitaine-Sud\, 229 cours de l'Argonne\, Bordeaux - Direction des soins
DESCRIPTION:Camille\,\nVoici l'invitation pour votre rencontre avec Véronique Delteil\, directrice des so
 ins de l'ICAS\, pour le poste de faisant fonction de cadre de santé en oncologie médicale. Pensez à appor
 ter votre projet professionnel (IFCS 2028).\nBien à vous\,\nOlivier
END:VEVENT"""
    return Ev("headhunter-ffcs-fr", cal(body, "-//Santé Talents Conseil//Agenda//FR", tz=("Europe/Paris", "olson")), 1,
              "Institut de cancérologie Aquitaine-Sud", "faisant fonction de cadre de santé", "hiring_manager",
              "v.delteil@icas-cancer.fr", "headhunter-acronym-fr", ["ICAS"])


def _icas_final() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270108T083000
DTEND;TZID=Europe/Paris:20270108T091500
DTSTAMP:20261222T145612Z
UID:1f2g3h4j5k6l7m8n9p0q1r2s3t@google.com
SUMMARY:ICAS - entretien DG (dernier tour)
DESCRIPTION:Pr Lagarde (DG) + V. Delteil. 2e étage admin. Relire projet de soins ICAS 2025-2029 !!
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("hand-typed-acronym-final", cal(body, GOOGLE, method="PUBLISH", tz=("Europe/Paris", "olson")), 1,
              "Institut de cancérologie Aquitaine-Sud", "", "final", "Pr Lagarde;V. Delteil", "hand-typed-acronym-fr")


def _zoom_ssiad() -> Ev:
    desc = (
        r"Bonjour Madame Roux\,\nSuite à votre candidature pour le poste d'infirmière coordinatrice du SSIAD\,"
        r" je vous propose un entretien en visio avec Mme Berthelot (vice-présidente) et moi-même.\n"
        r"Bien cordialement\,\nGérard Seguin\, président de l'association SSIAD du Pays de Buch\n\n"
        + ZOOM_FR.format(mid="83145529071", mids="831 4552 9071", pwd="bUp4QzR0eTRmK1dT", code="771204")
    )
    body = rf"""BEGIN:VEVENT
UID:ZOOM83145529071-1
DTSTAMP:20261204T171500Z
DTSTART;TZID=Europe/Paris:20261211T180000
DTEND;TZID=Europe/Paris:20261211T190000
SUMMARY:Entretien visio - Infirmière coordinatrice SSIAD
ORGANIZER;CN=Gérard Seguin:mailto:gerard.seguin33@orange.fr
ATTENDEE;CN=camille.roux.ide@laposte.net;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Martine Berthelot:mailto:m.berthelot.ssiad@gmail.com
DESCRIPTION:{desc}
LOCATION:https://us06web.zoom.us/j/83145529071?pwd=bUp4QzR0eTRmK1dT
END:VEVENT"""
    return Ev("zoom-freemail-association-fr", cal(body, "-//zoom.us//iCalendar Event//EN",
                                                  tz=("Europe/Paris", "olson")), 1,
              "SSIAD du Pays de Buch", "infirmière coordinatrice", "hiring_manager",
              "gerard.seguin33@orange.fr;m.berthelot.ssiad@gmail.com", "zoom-fr-freemail-only-body",
              ["SSIAD Pays de Buch", "Association SSIAD du Pays de Buch"])


def _webex_bassin() -> Ev:
    body = rf"""BEGIN:VEVENT
UID:c7b2a1e0d9f84e3c9b1a2d3e4f5a6b7c@webex.com
DTSTAMP:20261205T092000Z
DTSTART;TZID=Europe/Paris:20261216T140000
DTEND;TZID=Europe/Paris:20261216T144500
SUMMARY:Entretien de recrutement IDE chirurgie ambulatoire
ORGANIZER;CN=Fabienne Lalanne:mailto:f.lalanne@cmbassin.fr
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Damien Roche:mailto:d.roche@cmbassin.fr
DESCRIPTION:Fabienne Lalanne (cadre UCA) et Damien Roche (DRH) vous invitent à un entretien pour le poste
  d'IDE en chirurgie ambulatoire à la Clinique Mutualiste du Bassin (La Teste-de-Buch).\n\n{WEBEX_FR}
LOCATION:https://mutualistebassin.webex.com/mutualistebassin/j.php?MTID=m4b1f0e9a2c
END:VEVENT"""
    return Ev("webex-fr", cal(body, "-//Cisco//Webex//EN", tz=("Europe/Paris", "olson")), 1,
              "Clinique Mutualiste du Bassin", "IDE en chirurgie ambulatoire", "",
              "f.lalanne@cmbassin.fr;d.roche@cmbassin.fr", "webex-fr")


def _series_platanes() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270111T100000
DTEND;TZID=Europe/Paris:20270111T110000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20261214T083000Z
UID:6q8r0t2v4x6z8b0d2f4h6j8l0n@google.com
ORGANIZER;CN=Clinique Les Platanes - RH:mailto:rh@clinique-lesplatanes.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Dr Bernard Aymar:mailto:b.aymar@clinique-lesplatanes.fr
ATTENDEE;CN=Christelle Noguès:mailto:c.nogues@clinique-lesplatanes.fr
SUMMARY:Entretiens - Infirmier(e) référent(e) faisant fonction cadre - Clinique Les Platanes
DESCRIPTION:Deux entretiens successifs : jour 1 avec Mme Noguès (DRH)\, jour 2 avec le Dr Aymar (médecin
  chef d'établissement). Clinique psychiatrique Les Platanes\, 5 avenue Jean Zay\, 33150 Cenon.
LOCATION:Clinique Les Platanes\, 33150 Cenon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270114T150000
DTEND;TZID=Europe/Paris:20270114T160000
RECURRENCE-ID;TZID=Europe/Paris:20270112T100000
DTSTAMP:20261218T101500Z
UID:6q8r0t2v4x6z8b0d2f4h6j8l0n@google.com
ORGANIZER;CN=Clinique Les Platanes - RH:mailto:rh@clinique-lesplatanes.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Dr Bernard Aymar:mailto:b.aymar@clinique-lesplatanes.fr
ATTENDEE;CN=Christelle Noguès:mailto:c.nogues@clinique-lesplatanes.fr
SUMMARY:Entretiens - Infirmier(e) référent(e) faisant fonction cadre - Clinique Les Platanes (Dr Aymar\, dé
 placé)
DESCRIPTION:Entretien avec le Dr Aymar déplacé au jeudi 14/01 15h.
LOCATION:Clinique Les Platanes\, 33150 Cenon
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT"""
    return Ev("recurring-override-fr", cal(body, GOOGLE, tz=("Europe/Paris", "olson")), 1, "Clinique Les Platanes",
              "Infirmier(e) référent(e) faisant fonction cadre", "",
              "c.nogues@clinique-lesplatanes.fr;b.aymar@clinique-lesplatanes.fr", "recurring-override-fr",
              ["Clinique psychiatrique Les Platanes"])


def _rescheduled() -> Ev:
    body = r"""BEGIN:VEVENT
ORGANIZER;CN="Bouyssou, Agathe":mailto:a.bouyssou@clinique-emailleurs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux.ide@lapo
 ste.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Tardieu, Jérôme":mailto:j.tardieu@clinique-emailleurs.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Salle de réunion Vienne:mailto:salle.vienne
 @clinique-emailleurs.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nSuite à un imprévu\, nous devons décaler votre entretien sur site
  (initialement le 13/01) au mercredi 20 janvier 10h. Au programme : entretien avec M. Tardieu (directeur
  des soins) et moi-même\, puis visite du service de cardiologie.\n\nAgathe Bouyssou\nCadre supérieure de
  santé\nClinique des Émailleurs – Limoges
UID:040000008200E00074C5B7101A82E0080000000080E1D2C3B4A5DB01000000000000000010000000D4C3B2A1F0E9D8C
 7B6A5948372615049
SUMMARY;LANGUAGE=fr-FR:Nouvel horaire : Entretien sur site – IDE cardiologie – Mme Roux
DTSTART;TZID=Romance Standard Time:20270120T100000
DTEND;TZID=Romance Standard Time:20270120T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270106T080511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Salle de réunion Vienne
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2118461207
END:VEVENT"""
    return Ev("outlook-rescheduled-onsite", cal(body, OUTLOOK, tz=("Romance Standard Time", "windows")), 1,
              "Clinique des Émailleurs", "IDE cardiologie", "onsite",
              "a.bouyssou@clinique-emailleurs.fr;j.tardieu@clinique-emailleurs.fr", "rescheduled-room-fr")


def _flatchr() -> Ev:
    body = r"""BEGIN:VEVENT
UID:flatchr-event-2a7c9e11b3d54f06@flatchr.io
DTSTAMP:20261210T142200Z
DTSTART:20270106T100000Z
DTEND:20270106T104500Z
SUMMARY:Entretien téléphonique - IDE hôpital de jour oncologie - Clinique Minimes-Océan
DESCRIPTION:Bonjour Camille\, Laetitia Guérin (Responsable recrutement) vous appellera au numéro indiqué
  dans votre candidature. Clinique Minimes-Océan\, La Rochelle. Envoyé avec Flatchr.
ORGANIZER;CN=Laetitia Guérin:mailto:l.guerin@minimes-ocean.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION:mailto:camille.roux.ide@laposte.net
LOCATION:Appel téléphonique
END:VEVENT"""
    return Ev("flatchr-phone-fr", cal(body, "-//Flatchr//Flatchr Calendar//FR"), 1, "Clinique Minimes-Océan",
              "IDE hôpital de jour oncologie", "recruiter_screen", "l.guerin@minimes-ocean.fr", "flatchr-phone-fr")


def _wttj_telesoins() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261208T123000
DTEND;TZID=Europe/Paris:20261208T131500
DTSTAMP:20261202T210044Z
UID:0k2m4o6q8s0u2w4y6a8c0e2g4i@google.com
ORGANIZER;CN=Thomas Bardet:mailto:thomas.bardet.pro@gmail.com
ATTENDEE;CN=Thomas Bardet;PARTSTAT=ACCEPTED:mailto:thomas.bardet.pro@gmail.com
ATTENDEE;CN=camille.roux.ide@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
SUMMARY:Camille <> Thomas - visio
DESCRIPTION:Hello Camille\, ravi de ton intérêt pour le poste d'infirmière coordinatrice en télésurveilla
 nce chez Télésoins Plus (vu sur Welcome to the Jungle). 45 min pour te présenter la boîte et parler de to
 n parcours. À mardi !\nThomas\, cofondateur\n\nParticiper avec Google Meet : https://meet.google.com/ntr-
 qpkv-zea
LOCATION:
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("freemail-founder-body-only-fr", cal(body, GOOGLE, tz=("Europe/Paris", "olson")), 1, "Télésoins Plus",
              "infirmière coordinatrice en télésurveillance", "", "thomas.bardet.pro@gmail.com",
              "freemail-founder-company-in-body-fr", ["Télésoins+"])


def _ashby_okasio() -> Ev:
    body = r"""BEGIN:VEVENT
UID:ashby-interview-9c1e5f3a-7b28-4d60-a4e2-0f8d7c6b5a49
DTSTAMP:20261211T090301Z
DTSTART:20270107T143000Z
DTEND:20270107T153000Z
SUMMARY:Okasio - Mise en situation : Référente clinique (Infirmière) - Camille Roux
DESCRIPTION:Bonjour Camille\,\n\nVoici les détails de votre étape de mise en situation pour le poste de R
 éférente clinique (Infirmière) chez Okasio.\n\nAu programme (60 min) : étude de cas sur la coordination d
 'un retour à domicile post-opératoire\, puis échange.\n\nIntervenantes :\n• Pauline Meunier - Head of Ca
 re\n• Inès Haddad - Infirmière produit\n\nLien visio : https://meet.google.com/ofd-ykzw-hbc\n\nScheduled
  with Ashby
ORGANIZER;CN=Okasio Recrutement:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Pauline Meunier:mailto:pauline@okasio.co
ATTENDEE;CN=Inès Haddad:mailto:ines@okasio.co
ATTENDEE;CN=Léa Fontan (Coordination):mailto:lea.fontan@okasio.co
LOCATION:https://meet.google.com/ofd-ykzw-hbc
END:VEVENT"""
    return Ev("ashby-case-fr", cal(body, "-//Ashby//Ashby Scheduling//EN"), 1, "Okasio",
              "Référente clinique (Infirmière)", "technical", "pauline@okasio.co;ines@okasio.co",
              "ashby-case-coordinator-fr", [])


def _personio_castelmaure() -> Ev:
    body = r"""BEGIN:VEVENT
UID:personio-appointment-4471920@personio.de
DTSTAMP:20261209T110000Z
DTSTART;TZID=Europe/Paris:20261217T100000
DTEND;TZID=Europe/Paris:20261217T110000
SUMMARY:Entretien : Infirmier(ère) santé au travail - Domaines Castelmaure
DESCRIPTION:Bonjour Camille Roux\,\n\nNous vous remercions pour votre candidature au poste d'Infirmier(è
 re) santé au travail (vignobles et chais\, 420 salariés). Nous avons le plaisir de vous inviter à un entr
 etien avec Arnaud Béziade (Responsable QHSE) et Claire Fourcade (RH).\n\nAdresse : Château Castelmaure\,
  route des Vignes\, 33250 Pauillac\n\nMeilleures salutations\,\nVotre équipe Domaines Castelmaure\nPowe
 red by Personio
ORGANIZER;CN=Domaines Castelmaure:mailto:recrutement@castelmaure.jobs.personio.de
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Arnaud Béziade:mailto:a.beziade@castelmaure.fr
ATTENDEE;CN=Claire Fourcade:mailto:c.fourcade@castelmaure.fr
LOCATION:Château Castelmaure\, route des Vignes\, 33250 Pauillac
END:VEVENT"""
    return Ev("personio-fr", cal(body, "-//Personio//Personio Calendar//DE", tz=("Europe/Paris", "olson")), 1,
              "Domaines Castelmaure", "Infirmier(ère) santé au travail", "hiring_manager",
              "a.beziade@castelmaure.fr;c.fourcade@castelmaure.fr", "personio-fr", ["Castelmaure"])


def _aci_outlook() -> Ev:
    body = r"""BEGIN:VEVENT
ORGANIZER;CN="Pradier, Stéphanie (ACI - HR)":mailto:stephanie.pradier@aci-composites.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux.ide@laposte.net:mailto:camil
 le.roux.ide@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr Hourcade, Luc":mailto:luc.hourcade@aci-co
 mposites.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="MRG-B12-Salle Atlantique (8)":mailto:mrg-b12-atlantique@
 aci-composites.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Roux\,\n\nNous vous confirmons votre entretien pour le poste d'
 Infirmier(ère) Santé au Travail – site de Mérignac (Aquitaine Composites Industrie). Vous rencontrerez le
  Dr Luc Hourcade\, médecin du travail du site. Je vous accueillerai à l'entrée visiteurs (badge à retirer
  au poste de garde\, pièce d'identité obligatoire).\n\nStéphanie Pradier\nHR Business Partner
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB0100000000000000001000000077AA88BB99CC00D
 D11EE22FF33004411
SUMMARY;LANGUAGE=fr-FR:Entretien IST Mérignac – C. ROUX
DTSTART;TZID=Romance Standard Time:20270113T140000
DTEND;TZID=Romance Standard Time:20270113T150000
DTSTAMP:20261228T101500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MRG-B12-Salle Atlantique (8)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return Ev("outlook-industry-occhealth-fr", cal(body, "Microsoft Exchange Server 2010",
                                                   tz=("Romance Standard Time", "windows")), 1,
              "Aquitaine Composites Industrie", "Infirmier(ère) Santé au Travail", "hiring_manager",
              "luc.hourcade@aci-composites.com", "outlook-hr-host-resource-fr", ["ACI"])


def _garonne_agenais() -> Ev:
    body = r"""BEGIN:VEVENT
UID:B3F0A9C2-41D7-4E8B-9F26-7C1D5E0A8B34
DTSTAMP:20261214T203300Z
DTSTART;TZID=Europe/Paris:20270115T110000
DTEND;TZID=Europe/Paris:20270115T120000
SUMMARY:Entretien Clinique Garonne-Agenais
LOCATION:Agen
DESCRIPTION:Train 8h04 St-Jean -> Agen 9h12. Entretien avec Mme Cassagne (cadre de pôle chir.) puis visite
  bloc. Poste IDE chirurgie orthopédique.
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SEQUENCE:0
END:VEVENT"""
    return Ev("apple-hand-typed-fr", cal(body, "-//Apple Inc.//macOS 15.1//EN", method=None,
                                         tz=("Europe/Paris", "apple"), head="CALSCALE:GREGORIAN"), 1,
              "Clinique Garonne-Agenais", "IDE chirurgie orthopédique", "hiring_manager", "Mme Cassagne",
              "apple-hand-typed-fr")


def events() -> list[Ev]:
    return [_agency_belair(), _agency_icas(), _icas_final(), _zoom_ssiad(), _webex_bassin(), _series_platanes(),
            _rescheduled(), _flatchr(), _wttj_telesoins(), _ashby_okasio(), _personio_castelmaure(), _aci_outlook(),
            _garonne_agenais()]
