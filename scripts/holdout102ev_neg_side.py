"""holdout102: negatives with the user on the hiring side at the CHU (interviewing candidates)."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
RST = ("Romance Standard Time", "windows")
PAR = ("Europe/Paris", "olson")
CHU = "chu-bx-pellegrin-sante.fr"


def _outlook(uid_tail: str, summary: str, start: str, end: str, organizer: str, attendees: str, desc: str,
             location: str = "", method: str = "REQUEST") -> str:
    body = f"""BEGIN:VEVENT
ORGANIZER;{organizer}
{attendees}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:040000008200E00074C5B7101A82E00800000000{uid_tail}
SUMMARY;LANGUAGE=fr-FR:{summary}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:{location}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return cal(body, OUTLOOK, method=method, tz=RST)


def _hand(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", allday: bool = False) -> str:
    if allday:
        times = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}"
    else:
        times = f"DTSTART;TZID=Europe/Paris:{start}\nDTEND;TZID=Europe/Paris:{end}"
    body = f"""BEGIN:VEVENT
{times}
DTSTAMP:20261120T190000Z
UID:{uid}
SUMMARY:{summary}
DESCRIPTION:{desc}
LOCATION:{loc}
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    return cal(body, GOOGLE, method="PUBLISH", tz=None if allday else PAR,
               head="CALSCALE:GREGORIAN\nX-WR-CALNAME:Camille\nX-WR-TIMEZONE:Europe/Paris")


def events() -> list[Ev]:
    ev: list[Ev] = []

    def add(kind: str, ics: str, trap: str) -> None:
        ev.append(Ev(kind, ics, 0, trap=trap))

    add("panel-candidate-ide", _outlook(
        "1100AA22BB33DB01000000000000000010000000AA11BB22CC33DD44EE55FF6600112233",
        "Entretien candidat IDE – M. Kévin Lopes – jury : F. Garnier / C. Roux", "20261210T140000",
        "20261210T144500", f'CN="Garnier, Florence":mailto:f.garnier@{CHU}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roux, Camille":mailto:camille.roux@{CHU}\n'
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevin.lopes.ide@gmail.com:mailto:kevin.l'
        "\n opes.ide@gmail.com",
        r"Camille\, tu peux te joindre à moi pour l'entretien de M. Lopes (IDE DE 2024\, candidature sur le poste"
        r" de chirurgie vasculaire) ? Son CV est dans le dossier partagé Recrutement. Florence",
        "Bureau cadre – Chirurgie B, 3e étage"), "user-as-interviewer-panel-fr")
    add("hand-candidate-as", _hand(
        "h102-hand-as-diallo@camille", "entretien AS candidate 14h (Mme Diallo) bureau cadre", "20261214T140000",
        "20261214T143000", "avec Florence. prendre grille AS + planning nuit"), "user-as-interviewer-hand-fr")
    add("scorecard-grilles", _hand(
        "h102-grilles-as@camille", "Remplir grilles d'évaluation entretiens AS (3 candidats) - à rendre vendredi",
        "20261215T203000", "20261215T213000", r"Diallo / Fofana / Marchetti - noter savoir-être\, motivation nuit\,"
        r" expérience EHPAD. Envoyer à F. Garnier"), "user-as-interviewer-scorecard-fr")
    add("debrief-as-nuit", _outlook(
        "2200BB33CC44DB01000000000000000010000000BB22CC33DD44EE55FF66001122334455",
        "Debrief recrutement AS nuit – décision", "20261217T133000", "20261217T140000",
        f'CN="Garnier, Florence":mailto:f.garnier@{CHU}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Roux, Camille":mailto:camille.roux@{CHU}\n'
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lacoste, Bruno":mailto:b.lacoste@{CHU}',
        r"Mise en commun des grilles\, classement des 3 candidat(e)s AS de nuit et proposition à la DRH.",
        "Bureau cadre – Chirurgie B"), "user-as-interviewer-debrief-fr")
    add("jury-ide-drh", _outlook(
        "3300CC44DD55DB01000000000000000010000000CC33DD44EE55FF660011223344556677",
        "Jury de recrutement IDE – session de janvier", "20270114T090000", "20270114T123000",
        f'CN="Bessière, Anne-Laure";SENT-BY="mailto:recrutement.pm@{CHU}":mailto:al.bessiere@{CHU}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Roux, Camille":mailto:camille.roux@{CHU}\n'
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Garnier, Florence":mailto:f.garnier@{CHU}\n'
        f'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="DRH - Salle du conseil":mailto:salle.conseil.drh@{CHU}',
        r"Madame\, Monsieur\,\nVous êtes désigné(e) membre du jury de recrutement IDE (6 candidats\, 30 min"
        r" chacun). Les dossiers des candidats vous seront transmis la veille. Merci de confirmer votre présence."
        r"\nDirection des ressources humaines – Pôle recrutement", "DRH - Salle du conseil"),
        "user-as-interviewer-jury-fr")
    add("shadowing-cadre", _hand(
        "h102-binome-entretiens@camille", "Observation entretiens d'embauche (binôme avec F. Garnier)",
        "20261221T100000", "20261221T120000", r"parcours faisant fonction : j'observe 2 entretiens IDE menés par"
        r" Florence puis on débriefe. Pas de questions de ma part cette fois."), "user-as-interviewer-shadowing-fr")
    bookings = r"""BEGIN:VEVENT
DESCRIPTION:Entretien candidat(e) ASH job d'été\n\nClient : Lina Benali\nlina.benali2006@gmail.com\n06 5
 8 11 24 90\n\nPersonnel : Camille Roux\n\nService : Entretien job d'été ASH (20 min)\nRéservé via Micros
 oft Bookings – Pôle chirurgie CHU
UID:040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB0100000000000000001000000044DD55EE66FF0011
SUMMARY;LANGUAGE=fr-FR:Entretien job d'été ASH – Lina Benali
DTSTART;TZID=Romance Standard Time:20270203T150000
DTEND;TZID=Romance Standard Time:20270203T152000
ORGANIZER;CN=Recrutement Pôle Chirurgie:mailto:RecrutementPoleChir@chubxpellegrin.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lina Benali:mailto:lina.benali2006@gmail.com
DTSTAMP:20270120T101000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau IDE – Chirurgie B
END:VEVENT"""
    add("bookings-user-staff", cal(bookings, EXCH, tz=RST), "user-as-interviewer-bookings-staff-fr")
    calendly = r"""BEGIN:VEVENT
DTSTAMP:20270105T183000Z
UID:calendly-0d4e8a2c-5f17-4b93-a6e0-c2b9f1d3e7a8
DTSTART:20270112T130000Z
DTEND:20270112T132000Z
SUMMARY:Yanis Haddou and Camille Roux
DESCRIPTION:Event Name: Entretien candidats aide-soignant(e) - Chirurgie B (20 min)\n\nLocation: This is
  a phone call. Camille Roux will call the invitee at +33 7 66 02 41 18\n\nInvitee: Yanis Haddou\nInvitee
  Email: yanis.haddou@hotmail.fr\n\nQuestions and answers:\nVotre diplôme ?\n: DEAS juin 2026\n\nPowered by
  Calendly.com
ORGANIZER;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=ACCEPTED:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Yanis Haddou;PARTSTAT=ACCEPTED:mailto:yanis.haddou@hotmail.fr
END:VEVENT"""
    add("calendly-user-host", cal(calendly, "-//Calendly//Calendly//EN"), "user-as-interviewer-calendly-host-fr")
    agency = r"""BEGIN:VEVENT
UID:sei-2026-12-presentation-benali-chub
DTSTAMP:20261207T111100Z
DTSTART;TZID=Europe/Paris:20261211T103000
DTEND;TZID=Europe/Paris:20261211T110000
SUMMARY:Présentation candidate IDE intérim : Mme Sarah Benali - entretien avec Mme Roux (IDE référente)
DESCRIPTION:Madame Roux\,\nComme convenu avec Mme Garnier\, nous vous présentons notre candidate Sarah Ben
 ali (IDE\, 4 ans d'expérience en chirurgie orthopédique) pour les missions de renfort de janvier. Elle se
  présentera au bureau IDE à 10h30. Son CV est joint.\nCordialement\,\nKarine Desport - Soignants Express
  Intérim
ORGANIZER;CN=Karine Desport:mailto:k.desport@soignants-express.fr
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Sarah Benali:mailto:sarah.benali.ide@yahoo.fr
LOCATION:CHU - Chirurgie B\, bureau IDE
END:VEVENT"""
    add("agency-sends-candidate", cal(agency, OUTLOOK, tz=PAR), "user-as-interviewer-agency-candidate-fr")
    beetween = r"""BEGIN:VEVENT
UID:beetween-itw-330981-panel@beetween.com
DTSTAMP:20261209T094000Z
DTSTART:20261216T090000Z
DTEND:20261216T093000Z
SUMMARY:Vous êtes invité(e) à l'entretien de Jordan Petit - Aide-soignant(e) de nuit (Chirurgie)
DESCRIPTION:Bonjour Camille\,\nVous faites partie du jury d'entretien pour le candidat Jordan Petit (Aide
 -soignant(e) de nuit - Chirurgie). Fiche candidat et grille d'évaluation : https://chu-bx.beetween.com/c
 andidats/330981\nMerci de saisir votre évaluation après l'entretien.\nDRH - Recrutement
ORGANIZER;CN=DRH Recrutement CHU:mailto:noreply@beetween.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Florence Garnier:mailto:f.garnier@chu-bx-pellegrin-sante.fr
LOCATION:Bureau cadre - Chirurgie B
END:VEVENT"""
    add("ats-panel-invite", cal(beetween, "-//Beetween//Agenda//FR"), "user-as-interviewer-ats-fr")
    add("kit-questions", _hand(
        "h102-kit-as@camille", "préparer questions situationnelles entretiens AS jeudi (kit d'entretien)",
        "20261214T200000", "20261214T210000", r"reprendre le kit DRH : 3 mises en situation (chute patient\,"
        r" famille agressive\, transmission nuit). Imprimer 4 grilles."), "user-as-interviewer-kit-fr")
    add("calibration-grille", _outlook(
        "5500EE66FF77DB01000000000000000010000000EE55FF66007711228833449955AA66BB",
        "Harmonisation grille d'évaluation – jurys recrutement AS", "20270107T140000", "20270107T150000",
        f'CN="Bessière, Anne-Laure":mailto:al.bessiere@{CHU}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Roux, Camille":mailto:camille.roux@{CHU}\n'
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Garnier, Florence":mailto:f.garnier@{CHU}\n'
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lacoste, Bruno":mailto:b.lacoste@{CHU}',
        r"Objectif : que tous les membres de jury notent de la même façon (barème 1-4\, exemples de réponses).",
        "Teams"), "user-as-interviewer-calibration-fr")
    add("organizer-to-freemail", _outlook(
        "6600FF7700AADB01000000000000000010000000FF6600771188229933AA44BB55CC66DD",
        "Entretien de recrutement IDE nuit – Mme Chloé Vidal", "20270119T133000", "20270119T141500",
        f'CN="Roux, Camille":mailto:camille.roux@{CHU}',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.vidal.ide@gmail.com:mailto:chloe.'
        "\n vidal.ide@gmail.com\n"
        f'ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Garnier, Florence":mailto:f.garnier@{CHU}',
        r"Bonjour Madame Vidal\,\nJe vous confirme l'entretien pour le poste d'IDE de nuit en chirurgie (visio"
        r" Teams). Mme Garnier\, cadre de santé\, se joindra à nous si possible.\nCamille Roux\, IDE référente",
        "Réunion Microsoft Teams"), "user-as-interviewer-organizer-freemail-fr")
    add("job-dating-stand", _hand(
        "h102-jobdating-chu@camille", "Job dating CHU - stand chirurgie - entretiens flash candidats",
        "20270206", "20270207", r"tenue du stand avec Florence : entretiens flash de 10 min avec les candidats"
        r" IDE/AS\, fiches à remplir pour la DRH", "Hall Pellegrin", allday=True), "user-as-interviewer-jobdating-fr")
    add("visit-candidate", _hand(
        "h102-visite-candidate@camille", "accueil candidate IDE (Mme Pons) visite service + échange",
        "20261222T141500", "20261222T150000", r"montrer salle de soins\, SSPI\, planning 12h. avis à Florence"),
        "user-as-interviewer-visit-fr")
    add("ifsi-jury", _outlook(
        "7700AA88BB99DB01000000000000000010000000AA77BB88CC99DD00EE11FF2200334455",
        "Jury oral sélection IFSI (formation professionnelle continue) – 6 candidats", "20270310T083000",
        "20270310T123000", f'CN="IFSI - Secrétariat sélection":mailto:ifsi.selection@{CHU}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Roux, Camille":mailto:camille.roux@{CHU}\n'
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Mercadier, Hélène (formatrice)":mailto:h.mercadier@{CHU}',
        r"Vous êtes convoquée en qualité de membre de jury (professionnelle de terrain) pour l'entretien oral des"
        r" candidats FPC. Grilles d'entretien et dossiers à retirer au secrétariat.", "IFSI – salle 104"),
        "user-as-interviewer-ifsi-jury-fr")
    es = r"""BEGIN:VEVENT
UID:chu-intl-2027-02-romero@chu-bx-pellegrin-sante.fr
DTSTAMP:20270120T090000Z
DTSTART;TZID=Europe/Paris:20270204T113000
DTEND;TZID=Europe/Paris:20270204T121500
SUMMARY:Entrevista candidata enfermera – programa de contratación CHU (Lucía Romero)
DESCRIPTION:Hola Lucía\, te confirmamos la entrevista por videollamada para el puesto de enfermera en ciru
 gía (CHU Bordeaux-Pellegrin). Entrevistadoras: Florence Garnier (supervisora) y Camille Roux (enfermera
  referente). La entrevista será en francés y español.\nCoordinación internacional – DRH CHU
ORGANIZER;CN=Coordination internationale DRH:mailto:intl.recrutement@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Lucía Romero:mailto:lucia.romero.enf@gmail.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Florence Garnier:mailto:f.garnier@chu-bx-pellegrin-sante.fr
LOCATION:Teams
END:VEVENT"""
    add("intl-candidate-es", cal(es, OUTLOOK, tz=PAR), "user-as-interviewer-es")
    en = r"""BEGIN:VEVENT
UID:gnl-int-20270128-byrne@globalnurselink.co.uk
DTSTAMP:20270118T100000Z
DTSTART:20270128T100000Z
DTEND:20270128T104500Z
SUMMARY:Video interview - Candidate: Aoife Byrne (RN) - Interviewers: F. Garnier\, C. Roux
DESCRIPTION:Dear Florence and Camille\,\nPlease find below the video link for your interview with our ca
 ndidate Aoife Byrne (RN\, 6 years surgical ward\, Dublin; French B2). CV and NMBI registration attached.
 \nKind regards\,\nOwen Fitzgerald\nGlobal Nurse Link - International Healthcare Recruitment\n\nJoin: ht
 tps://globalnurselink.zoom.us/j/94011287730
ORGANIZER;CN=Owen Fitzgerald:mailto:owen@globalnurselink.co.uk
ATTENDEE;CN=Florence Garnier:mailto:f.garnier@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Aoife Byrne:mailto:aoife.byrne.rn@gmail.com
LOCATION:Zoom
END:VEVENT"""
    add("agency-candidate-en", cal(en, "-//zoom.us//iCalendar Event//EN"), "user-as-interviewer-agency-en")
    add("preembauche-esi", _hand(
        "h102-prerecrut-esi@camille", "Entretiens pré-recrutement ESI 3A (contrat allocation d'études)",
        "20270225T140000", "20270225T170000", r"avec F. Garnier : 4 étudiantes de 3e année qui veulent signer"
        r" avec le pôle. Je pose les questions cliniques."), "user-as-interviewer-preembauche-fr")
    add("phone-screen-by-user", _hand(
        "h102-appel-candidat-as@camille", "appeler candidat AS pré-sélection (M. Haddou 07 66 02 41 18)",
        "20261218T131500", "20261218T133000", r"questions : dispo nuits\, DEAS\, expérience chir"),
        "user-as-interviewer-phone-screen-fr")
    de = r"""BEGIN:VEVENT
UID:dfj-pflege-2027-vogt@chu-bx-pellegrin-sante.fr
DTSTAMP:20270112T080000Z
DTSTART;TZID=Europe/Paris:20270126T150000
DTEND;TZID=Europe/Paris:20270126T154500
SUMMARY:Vorstellungsgespräch Frau Lena Vogt (Pflegefachfrau) - Gesprächsführung: F. Garnier\, C. Roux
DESCRIPTION:Liebe Frau Garnier\, liebe Frau Roux\,\nhiermit die Einladung zum Vorstellungsgespräch mit Fr
 au Lena Vogt (deutsch-französisches Austauschprogramm Pflege). Das Gespräch findet auf Französisch statt
 .\nMit freundlichen Grüßen\nJonas Weber\, Koordination Austauschprogramm
ORGANIZER;CN=Jonas Weber:mailto:j.weber@dfpflege-austausch.eu
ATTENDEE;CN=Florence Garnier:mailto:f.garnier@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
ATTENDEE;CN=Lena Vogt:mailto:lena.vogt92@web.de
LOCATION:Videokonferenz
END:VEVENT"""
    add("candidate-de", cal(de, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tz=PAR),
        "user-as-interviewer-de")
    return ev
