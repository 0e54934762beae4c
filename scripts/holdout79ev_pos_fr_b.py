"""holdout79: the user's own interviews, Swiss and Belgian French, part B (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import teams, webex
from holdout79ev_ics import ME, UTC_BRU, alarm, cal, esc, ev, html, label, outlook_x

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def lemanis() -> dict[str, object]:
    uid = "0f6a2d91c7e84b3a9e55d1c0b7a42f68@lemanis.webex.com"
    body = ("Bonjour Madame Fontaine,\n\nNous vous remercions de l'intérêt porté à Lémanis SA. Suite à l'examen de "
            "votre dossier, nous avons le plaisir de vous proposer un premier entretien vidéo avec Mme Corinne "
            "Favre, Chargée RH, pour le poste de Spécialiste Assurance Qualité GMP (80-100 %) basé à Epalinges.\n\n"
            "Salutations distinguées,\nRessources humaines – Lémanis SA\n\n"
            + webex("fr", "lemanis", "27418836095", "Qa7Lm3"))
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260223T131207Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Zurich:20260302T090000", "DTEND;TZID=Europe/Zurich:20260302T094500",
        "SUMMARY:Entretien vidéo – Spécialiste Assurance Qualité GMP",
        f"DESCRIPTION:{esc(body)}", "LOCATION:https://lemanis.webex.com/meet/c.favre",
        "ORGANIZER;CN=Corinne Favre:mailto:corinne.favre@lemanis.ch",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    )
    return label("webex-ch-fr", cal("-//Cisco//Webex Meetings//FR", e, tz=("Europe/Zurich",)), uid, 1, "Lémanis",
                 "Spécialiste Assurance Qualité GMP", "recruiter_screen", "corinne.favre@lemanis.ch",
                 "webex-swiss-hr-fr")


def jura_final() -> dict[str, object]:
    uid = "jg-20260415-final-fontaine@juragalenics.ch"
    body = ("Madame,\n\nSuite à nos précédents échanges, nous avons le plaisir de vous convier à l'entretien final "
            "pour le poste de Head of Quality Operations, en présence de M. Laurent Perrenoud (CEO) et de "
            "Mme Daniela Rota (COO).\n\nL'entretien se déroulera sur notre site de Neuchâtel (Rue de la Maladière "
            "23). Vos frais de déplacement depuis Bruxelles seront remboursés.\n\nMeilleures salutations,\n"
            "Sandrine Vuille\nAssistante de direction\nJura Galenics SA")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260408T150000Z", "DTSTART:20260415T103000", "DTEND:20260415T120000",
        "SUMMARY:Entretien final – Head of Quality Operations", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Jura Galenics SA\\, Rue de la Maladière 23\\, 2000 Neuchâtel",
        "ORGANIZER;CN=Sandrine Vuille:mailto:s.vuille@juragalenics.ch",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Laurent Perrenoud:mailto:l.perrenoud@juragalenics.ch",
        "ATTENDEE;CN=Daniela Rota:mailto:d.rota@juragalenics.ch",
    )
    return label("floating-final-fr", cal("-//Jura Galenics//Agenda 1.0//FR", e), uid, 1, "Jura Galenics",
                 "Head of Quality Operations", "final", "l.perrenoud@juragalenics.ch;d.rota@juragalenics.ch",
                 "floating-time-assistant-organizer-fr")


def helvepharm_note() -> dict[str, object]:
    uid = "7c2m1p0q9r8s6t5u4v3w2x1y0z@google.com"
    e = ev(
        "DTSTART;TZID=Europe/Brussels:20260226T113000", "DTEND;TZID=Europe/Brussels:20260226T120000",
        "DTSTAMP:20260224T203312Z", f"UID:{uid}", "CREATED:20260224T203301Z",
        "DESCRIPTION:Mme Sabine Keller (RH) m'appelle – poste RA CMC Bâle. Prévoir prétentions salariales en CHF"
        "\\, date dispo\\, permis.",
        "LAST-MODIFIED:20260224T203312Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Tél RH Helvepharm", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
        "END:VALARM",
    )
    return label("google-note-phone-fr", cal(GOOGLE, e, method="PUBLISH", tz=("Europe/Brussels",), calscale=True,
                                             head=("X-WR-CALNAME:Amélie", "X-WR-TIMEZONE:Europe/Brussels")),
                 uid, 1, "Helvepharm", "RA CMC", "recruiter_screen", "Sabine Keller", "terse-phone-note-fr")


def kempen_tb() -> dict[str, object]:
    uid = "5b0e8d4a-2c71-4f93-a6d8-19e3b7c05f2d"
    body = ("Bonjour Amélie,\n\nComme discuté au téléphone, voici l'invitation pour l'entretien technique "
            "(dossiers CTD module 1 et 3, procédures décentralisées, génériques) pour le poste de Regulatory "
            "Affairs Officer FR/NL.\n\nNous serons deux : moi-même et Wim Goossens, Senior RA Officer.\n"
            "L'entretien se fera en français et en partie en néerlandais.\n\nMet vriendelijke groeten / "
            "Bien à vous,\nAn Claessens\nRegulatory Affairs Manager – Kempen Generics NV\nGeel")
    e = ev(
        "CREATED:20260309T101522Z", "LAST-MODIFIED:20260309T101640Z", "DTSTAMP:20260309T101640Z", f"UID:{uid}",
        "SUMMARY:Entretien technique RA Officer – Amélie Fontaine",
        "ORGANIZER;RSVP=TRUE;CN=An Claessens;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:an.claessens@kempengenerics.be",
        f"ATTENDEE;RSVP=TRUE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}",
        "ATTENDEE;RSVP=TRUE;CN=Wim Goossens;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:"
        "wim.goossens@kempengenerics.be",
        "DTSTART;TZID=Europe/Brussels:20260316T140000", "DTEND;TZID=Europe/Brussels:20260316T150000",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Kempen Generics\\, Kleinhoefstraat 9\\, 2440 Geel",
        "SEQUENCE:0", "TRANSP:OPAQUE", "X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-GENERATION:2",
    )
    return label("thunderbird-fr", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", e,
                                       tz=("mozilla:Europe/Brussels",)),
                 uid, 1, "Kempen Generics", "Regulatory Affairs Officer FR/NL", "technical",
                 "an.claessens@kempengenerics.be;wim.goossens@kempengenerics.be", "thunderbird-bilingual-fr")


def valbio() -> dict[str, object]:
    uid = "A91F2C7D-0E4B-4B8A-B3D6-5C8E7F10A2B4"
    body = ("Bonjour Amélie,\n\nMerci encore pour notre premier échange. Comme annoncé, voici le 2e tour pour le "
            "poste de pharmacien·ne responsable suppléant·e : rencontre avec Pascal Fournier (Site Head) et "
            "moi-même, suivie d'une visite du site de production.\n\nÀ bientôt,\nMarie-Laure Berclaz\n"
            "Responsable Qualité – Valbio SA\n\nEnvoyé de mon iPhone")
    e = ev(
        "CREATED:20260317T064412Z", "DTEND;TZID=Europe/Zurich:20260326T160000", "DTSTAMP:20260317T064521Z",
        "DTSTART;TZID=Europe/Zurich:20260326T140000", "LAST-MODIFIED:20260317T064521Z",
        "ORGANIZER;CN=Marie-Laure Berclaz:mailto:ml.berclaz@valbio.ch",
        f"ATTENDEE;CN=Amélie Fontaine;CUTYPE=INDIVIDUAL;EMAIL={ME};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;"
        f"RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Pascal Fournier;CUTYPE=INDIVIDUAL;EMAIL=pascal.fournier@valbio.ch;PARTSTAT=ACCEPTED;"
        "ROLE=REQ-PARTICIPANT:mailto:pascal.fournier@valbio.ch",
        "ATTENDEE;CN=Marie-Laure Berclaz;CUTYPE=INDIVIDUAL;EMAIL=ml.berclaz@valbio.ch;PARTSTAT=ACCEPTED;"
        "ROLE=CHAIR:mailto:ml.berclaz@valbio.ch",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Valbio SA\\nRoute des Ilettes 18\\n1870 Monthey\\nSuisse",
        "SEQUENCE:0", "SUMMARY:Valbio – 2e tour Amélie Fontaine", f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    )
    return label("apple-invite-ch-fr", cal("-//Apple Inc.//macOS 14.3.1//EN", e, tz=("apple:Europe/Zurich",),
                                           calscale=True),
                 uid, 1, "Valbio", "pharmacien·ne responsable suppléant·e", "",
                 "ml.berclaz@valbio.ch;pascal.fournier@valbio.ch", "apple-second-round-no-stage-fr")


def brightwater_gh() -> dict[str, object]:
    uid = "gh-interview-41877203-5@greenhouse.io"
    body = ("Bonjour Amélie,\n\nMerci de confirmer votre disponibilité pour votre entretien final chez Brightwater "
            "Pharmaceuticals pour le poste de Medical Affairs Lead – Belgium.\n\nVotre programme :\n"
            "14:00 - 14:45 Kathleen O'Rourke, VP Medical Affairs Europe\n14:45 - 15:30 Stéphane Collard, "
            "General Manager Belux\n\nVotre coordinatrice : Ines Vos (Recruiting Coordinator) – pour toute question, "
            "répondez simplement à cet e-mail.\n\n" + teams("fr", "517602239948", "hB4pW8", dial=False) +
            "\n\nBrightwater Pharmaceuticals | Avenue Louise 480, 1050 Bruxelles")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260506T094420Z", "DTSTART:20260512T120000Z", "DTEND:20260512T133000Z",
        "SUMMARY:Entretien final avec Brightwater Pharmaceuticals", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Ines Vos:mailto:ines.vos@brightwaterpharma.com",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kathleen O'Rourke:mailto:"
        "kathleen.orourke@brightwaterpharma.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stéphane Collard:mailto:"
        "stephane.collard@brightwaterpharma.com",
        "SEQUENCE:0", "STATUS:CONFIRMED",
    )
    return label("greenhouse-fr", cal("-//Greenhouse Software//Greenhouse Recruiting//EN", e), uid, 1,
                 "Brightwater Pharmaceuticals", "Medical Affairs Lead – Belgium", "final",
                 "kathleen.orourke@brightwaterpharma.com;stephane.collard@brightwaterpharma.com",
                 "greenhouse-final-coordinator-fr")


def pharmalog_allday() -> dict[str, object]:
    uid = "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com"
    e = ev(
        "DTSTART;VALUE=DATE:20260422", "DTEND;VALUE=DATE:20260423", "DTSTAMP:20260413T182209Z", f"UID:{uid}",
        "CREATED:20260413T182150Z",
        "DESCRIPTION:Assessment center toute la journée (tests\\, mise en situation audit GDP\\, entretien "
        "jury). Poste Responsible Person GDP. Train 7h12 Bruxelles-Midi -> Malines.",
        "LAST-MODIFIED:20260413T182209Z", "LOCATION:Pharmalog Benelux\\, Mechelen", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Assessment Pharmalog", "TRANSP:TRANSPARENT",
    )
    return label("allday-assessment-fr", cal(GOOGLE, e, method="PUBLISH", calscale=True,
                                             head=("X-WR-CALNAME:amelie.fontaine.pharma@skynet.be",
                                                   "X-WR-TIMEZONE:Europe/Brussels")),
                 uid, 1, "Pharmalog Benelux", "Responsible Person GDP", "onsite", "", "all-day-assessment-fr")


def medqualis_gmail() -> dict[str, object]:
    uid = "6j4k2l0m8n6b4v2c0x8z6a4s2d@google.com"
    body = ("Bonjour Amélie,\n\nComme promis, un créneau pour parler du poste de consultante QA/GMP chez "
            "MedQualis (nous sommes 14 consultants, missions chez des sites de production en Wallonie et en "
            "Flandre). Je serais votre manager direct.\n\nJ'utilise mon adresse perso, notre Google Workspace "
            "est en migration.\n\nJeroen De Meyer\nManaging Partner")
    e = ev(
        "DTSTART;TZID=Europe/Brussels:20260407T173000", "DTEND;TZID=Europe/Brussels:20260407T181500",
        "DTSTAMP:20260401T122012Z", "ORGANIZER;CN=Jeroen De Meyer:mailto:jeroen.demeyer75@gmail.com", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};"
        f"X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jeroen De Meyer;"
        "X-NUM-GUESTS=0:mailto:jeroen.demeyer75@gmail.com",
        "CREATED:20260401T122010Z", f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260401T122012Z",
        "LOCATION:Le Pain Quotidien\\, Place du Luxembourg\\, Bruxelles", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entretien Amélie / Jeroen", "TRANSP:OPAQUE",
    )
    return label("gmail-manager-fr", cal(GOOGLE, e, tz=("Europe/Brussels",), calscale=True), uid, 1,
                 "MedQualis", "consultante QA/GMP", "hiring_manager", "jeroen.demeyer75@gmail.com",
                 "free-mail-manager-company-in-body-fr")


def arp_newdate() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000A2D7F10B51ACDC01000000000000000010000000"
           "C3E5A7F9B1D24E6F8A0C2E4B6D8F0A1C")
    body = ("Madame Fontaine,\n\nComme annoncé par M. Hanquet, voici la nouvelle date de votre entretien pour le poste "
            "de Responsable Assurance Qualité (radiopharmaceutiques). M. Didier Hanquet, Directeur Qualité, vous "
            "recevra ; je vous accueillerai à la réception mais ne participerai pas à l'entretien.\n\n"
            "Adresse : ARP – Ardenne Radiopharma, Zoning Industriel, Avenue de l'Espérance 1, 6220 Fleurus.\n\n"
            "Cordialement,\nLaetitia Gilson\nGestionnaire RH")
    e = ev(
        'ORGANIZER;CN="Gilson, Laetitia":mailto:laetitia.gilson@arp-isotopes.be',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hanquet, Didier":mailto:'
        "didier.hanquet@arp-isotopes.be",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=FLE-Salle Curie:mailto:"
        "salle.curie@arp-isotopes.be",
        f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-BE:Entretien – Responsable Assurance Qualité (nouvelle date)",
        f'DTSTART;TZID="{UTC_BRU}":20260409T093000', f'DTEND;TZID="{UTC_BRU}":20260409T103000',
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260401T080112Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-BE:Fleurus – salle Curie", *outlook_x(), html(body), *alarm(30),
    )
    return label("outlook-utc-zone-fr", cal("Microsoft Exchange Server 2010", e, tz=(UTC_BRU,)), uid, 1,
                 "Ardenne Radiopharma", "Responsable Assurance Qualité", "hiring_manager",
                 "didier.hanquet@arp-isotopes.be", "new-date-hr-organizer-room-fr")


def genvalis_hr() -> dict[str, object]:
    uid = "genvalis-screen-0324-amelie-fontaine@genvalis.eu"
    body = ("Bonjour Amélie,\n\nMerci pour votre candidature ! Je vous propose un premier échange de 30 minutes pour "
            "faire connaissance et vous présenter Genvalis et le poste de Pharmacien·ne Responsable (QP).\n\n"
            "Bien à vous,\nSarah Lambrechts\nTalent Acquisition Specialist\n\n"
            + teams("fr", "660183427705", "Lq9Vn3"))
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260320T101544Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Brussels:20260324T120000", "DTEND;TZID=Europe/Brussels:20260324T123000",
        "SUMMARY:Genvalis – premier échange (30 min)", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Réunion Microsoft Teams",
        "ORGANIZER;CN=Sarah Lambrechts:mailto:sarah.lambrechts@genvalis.eu",
        f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:{ME}", "STATUS:CONFIRMED",
    )
    return label("teams-screen-fr", cal("-//Genvalis//Outlook Web//FR", e, tz=("Europe/Brussels",)), uid, 1,
                 "Genvalis", "Pharmacien·ne Responsable (QP)", "recruiter_screen", "sarah.lambrechts@genvalis.eu",
                 "first-exchange-ta-fr")


def events() -> list[dict[str, object]]:
    return [lemanis(), jura_final(), helvepharm_note(), kempen_tb(), valbio(), brightwater_gh(), pharmalog_allday(),
            medqualis_gmail(), arp_newdate(), genvalis_hr()]

