"""holdout105: negatives that are not the user's job interviews (part 2: life, prep, work)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    USER_WORK,
    WIN_LUX,
    cal,
    esc,
    google_footer,
    outlook_tail,
    row,
    zoom,
)
from holdout105ev_neg_other1 import _ev

BMP = "banque-moselle-privee.lu"
APPLE = "-//Apple Inc.//iOS 18.5//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def _n(kind: str, ics: str, uid: str) -> dict[str, object]:
    return row(kind, ics, uid, iv=0)


def events() -> list[dict[str, object]]:
    out = []
    lux = ("Europe/Luxembourg",)
    ber = ("Europe/Berlin",)

    uid = "A0B1C2D3-0001-4E5F-8A9B-DOCTEURWEBER"
    ev = _ev(uid, "Dr Weber – médecin généraliste", "DTSTART;TZID=Europe/Luxembourg:20250915T173000",
             "DTEND;TZID=Europe/Luxembourg:20250915T180000", "Prise de sang à jeun le matin ! Carte CNS.",
             loc="Cabinet médical, 12 rue de Strasbourg, Luxembourg")
    out.append(_n("doctor-fr", cal(ev, prodid=APPLE, method=None, tzids=lux), uid))

    uid = "stb-mueller-20251002-kieffer@stb-mueller-trier.de"
    desc = ("Sehr geehrte Frau Kieffer,\n\nwie vereinbart besprechen wir Ihre Einkommensteuererklärung 2024 "
            "(Grenzgängerin, Einkünfte Luxemburg / Vermietung Trier). Bitte bringen Sie die "
            "Lohnsteuerbescheinigung und die Nebenkostenabrechnung mit.\n\nSteuerberatung Müller & Kollegen")
    ev = _ev(uid, "Termin Steuerberater – Einkommensteuer 2024", "DTSTART;TZID=Europe/Berlin:20251002T170000",
             "DTEND;TZID=Europe/Berlin:20251002T180000", desc, loc="Paulinstraße 7, 54292 Trier",
             org="CN=Kanzlei Müller:mailto:termine@stb-mueller-trier.de",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(_n("steuerberater-de", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                          tzids=ber), uid))

    uid = "A0B1C2D3-0003-4E5F-8A9B-ECOLELEA"
    ev = _ev(uid, "Entretien avec l'institutrice de Léa (cycle 3.1)", "DTSTART:20251016T161500",
             "DTEND:20251016T164500", "Mme Reuter – bilan du 1er trimestre. Avec Marc si possible.",
             loc="École fondamentale Belair")
    out.append(_n("school-teacher-entretien-fr", cal(ev, prodid=APPLE, method=None), uid))

    uid = "rdv-pret-immo-20251020@spuerbank-ost.lu"
    desc = ("Madame Kieffer,\n\nNous vous confirmons votre rendez-vous avec votre conseillère pour l'étude de "
            "votre prêt immobilier (achat appartement Bertrange). Pièces : 3 dernières fiches de salaire, "
            "compromis de vente.\n\nVotre agence de Bertrange")
    ev = _ev(uid, "RDV banque – prêt immobilier", "DTSTART;TZID=Europe/Luxembourg:20251020T123000",
             "DTEND;TZID=Europe/Luxembourg:20251020T133000", desc, loc="Agence Bertrange",
             org="CN=Conseillère clientèle:mailto:agence.bertrange@ostbank.lu",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(_n("bank-appointment-fr", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                             tzids=lux), uid))

    uid = "biergerzenter-rdv-88120@vdl.lu"
    ev = _ev(uid, "Biergerzenter – Pass fir d'Léa", "DTSTART;TZID=Europe/Luxembourg:20250926T083000",
             "DTEND;TZID=Europe/Luxembourg:20250926T084500",
             "Rendez-vous passeport biométrique pour enfant mineur. Présence des deux parents ou autorisation. "
             "Numéro de dossier : 88120.", loc="Bierger-Center, 44 place Guillaume II")
    out.append(_n("passport-lb", cal(ev, prodid=APPLE, method=None, tzids=lux), uid))

    uid = "040000008200E00074C5B7101A82E00800000000C0111717EE01DC0100000000000000001000000022AA44BB66CC88DD"
    desc = esc("Compliance Committee Q4 – agenda: AML risk assessment update, CSSF inspection follow-up, "
               "sanctions screening tuning, training completion (96%), recruitment status in the AML team.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Majerus, Jeff":mailto:jeff.majerus@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Thinnes, Paul (CEO)":mailto:paul.thinnes@{BMP}
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Compliance Committee Q4
DTSTART;TZID={WIN_LUX}:20251127T140000
DTEND;TZID={WIN_LUX}:20251127T160000
DTSTAMP:20251020T080000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-GB:Salle du Conseil
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(_n("internal-committee-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "telefonat-personalberater-0930@gmx.de"
    ev = _ev(uid, "Telefonat Personalberater (Hr. Seidel) – vertrauliche Position",
             "DTSTART;TZID=Europe/Berlin:20250930T123000", "DTEND;TZID=Europe/Berlin:20250930T130000",
             "Hr. Seidel ruft an. Mandant wird noch nicht genannt – 'Versicherer im Rhein-Main-Gebiet', "
             "Leitung Compliance. Gehaltsrahmen erfragen.", org=f"CN=Stéphanie Kieffer:mailto:{USER_FREE}")
    out.append(_n("recruiter-no-employer-de", cal(ev, prodid=GOOGLE, tzids=ber), uid))

    uid = "A0B1C2D3-0008-4E5F-8A9B-PREPRHEINWALD"
    ev = _ev(uid, "Prep Rheinwald – Geschäftsbericht + BaFin-Prüfbericht lesen",
             "DTSTART;TZID=Europe/Luxembourg:20250923T190000", "DTEND;TZID=Europe/Luxembourg:20250923T210000",
             "Vorbereitung Vorstellungsgespräch morgen: Fragen an Dr. Albers, eigene Stärken, 3 Beispiele "
             "(Remediation 2022, CSSF-Prüfung, Teamaufbau).")
    out.append(_n("prep-block-de", cal(ev, prodid=APPLE, method=None, tzids=lux), uid))

    uid = "8s1d4f7g0h3j6k9l2z5x8c1v4b@google.com"
    ev = _ev(uid, "Préparation entretien BDGD", "DTSTART:20250922T180000Z", "DTEND:20250922T193000Z",
             "Relire circulaire CSSF 16/644 (dépositaires), préparer questions pour Mme Koch." +
             google_footer("fr", USER_FREE), org=f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",
             extra="TRANSP:OPAQUE")
    out.append(_n("prep-block-fr", cal(ev, prodid=GOOGLE), uid))

    uid = "A0B1C2D3-0010-4E5F-8A9B-MERCIKFA"
    ev = _ev(uid, "Mail de remerciement KFA (Hengen + Wirtz)", "DTSTART;VALUE=DATE:20250926",
             "DTEND;VALUE=DATE:20250927", "Envoyer avant 18h. Mentionner le point sur les RAIF.",
             extra="TRANSP:TRANSPARENT")
    out.append(_n("thank-you-task-fr", cal(ev, prodid=APPLE, method=None), uid))

    uid = "2w5e8r1t4y7u0i3o6p9a2s5d8f@google.com"
    ev = _ev(uid, "Intercambio de idiomas con Carmen (español/francés)", "DTSTART:20251008T170000Z",
             "DTEND:20251008T180000Z", "Café en Gare. Esta semana: vocabulario de trabajo y entrevistas." +
             google_footer("en", USER_FREE), org="CN=Carmen Ruiz:mailto:carmen.ruiz.lux@gmail.com",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(_n("language-exchange-es", cal(ev, prodid=GOOGLE), uid))

    uid = "webinar-entrevista-banca-1119@on24.com"
    desc = ("Gracias por registrarse.\n\nWebinar: Cómo preparar una entrevista de trabajo en banca "
            "internacional – cumplimiento normativo y riesgos\nPonentes: headhunters de banca privada\n\n"
            + zoom("en", "88120044513", "V2ViaW5hcg"))
    ev = _ev(uid, "Webinar: Cómo preparar una entrevista de trabajo en banca", "DTSTART:20251119T170000Z",
             "DTEND:20251119T180000Z", desc, loc="Online", org="CN=Eventos Finanzas:mailto:eventos@finanzas-pro.es",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(_n("webinar-es", cal(ev, prodid="-//ON24//Webcast//EN"), uid))

    uid = "A0B1C2D3-0013-4E5F-8A9B-ELTERNABEND"
    ev = _ev(uid, "Elternabend Deutsche Schule – Klasse 5b (Tom)", "DTSTART;TZID=Europe/Luxembourg:20250911T190000",
             "DTEND;TZID=Europe/Luxembourg:20250911T203000", "Wahl Elternvertreter. Klassenfahrt Trier.",
             loc="Aula")
    out.append(_n("parents-evening-de", cal(ev, prodid=APPLE, method=None, tzids=lux), uid))

    uid = "acams-lux-chapter-panel-1023@acams.org"
    ev = _ev(uid, "ACAMS Luxembourg Chapter – panel 'The MLRO of tomorrow'",
             "DTSTART;TZID=Europe/Luxembourg:20251023T173000", "DTEND;TZID=Europe/Luxembourg:20251023T200000",
             "Panel + networking. Stéphanie Kieffer speaking (10 min) on staffing AML teams. Cocktail after.",
             loc="Chambre de Commerce, Kirchberg", org="CN=ACAMS Luxembourg:mailto:luxembourg@acams-chapter.org",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(_n("conference-panel-en", cal(ev, prodid="-//Eventbrite//Eventbrite//EN", tzids=lux), uid))

    uid = "A0B1C2D3-0015-4E5F-8A9B-MARCENTRETIEN"
    ev = _ev(uid, "Marc – entretien chez Luxlogistics (je récupère les enfants)",
             "DTSTART;TZID=Europe/Luxembourg:20251009T150000", "DTEND;TZID=Europe/Luxembourg:20251009T170000",
             "Marc a son 2e entretien à Contern. Moi : école 16h15 + natation Tom 17h.")
    out.append(_n("partner-interview-fr", cal(ev, prodid=APPLE, method=None, tzids=lux), uid))

    uid = "040000008200E00074C5B7101A82E00800000000DE30DE30DE30DC01000000000000000010000000AB12AB12AB12AB12"
    desc = esc("Vendor demo – KYC screening platform (ScreenMatic). Sanctions & PEP list coverage, fuzzy "
               "matching, audit trail, price for 12,000 clients.\nFrom ScreenMatic: Jordan Blake (Account "
               "Executive), Mei Chen (Solutions Engineer).")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jordan.blake@screenmatic.com:mailto:jordan.blake@screenmatic.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Demo ScreenMatic – KYC screening
DTSTART;TZID={WIN_LUX}:20251015T150000
DTEND;TZID={WIN_LUX}:20251015T160000
DTSTAMP:20251008T080000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(_n("vendor-demo-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "ila-jury-oral-compliance-1114@ila.lu"
    desc = ("Chère Madame Kieffer,\n\nMerci d'avoir accepté de siéger au jury des épreuves orales du "
            "certificat « Compliance Officer » (session d'automne). 6 candidats, 25 minutes chacun. La grille "
            "d'évaluation vous sera remise sur place.\n\nInstitut Luxembourgeois de Formation Financière")
    ev = _ev(uid, "Jury – oraux certificat Compliance Officer", "DTSTART;TZID=Europe/Luxembourg:20251114T090000",
             "DTEND;TZID=Europe/Luxembourg:20251114T130000", desc, loc="ILFF, 12 rue Erasme, Kirchberg",
             org="CN=ILFF Secrétariat:mailto:secretariat@ilff.lu",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_WORK}",))
    out.append(_n("exam-jury-fr", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                      tzids=lux), uid))

    uid = "040000008200E00074C5B7101A82E00800000000AB90AB90CD12DC01000000000000000010000000EF34EF34EF34EF34"
    desc = esc("Jahresgespräch 2025 mit Pedro Almeida (Senior AML Officer): Zielerreichung, Weiterbildung "
               "(CAMS), Gehaltsrunde. Formular im HR-Tool vorab ausfüllen.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch P. Almeida
DTSTART;TZID={WIN_LUX}:20251203T100000
DTEND;TZID={WIN_LUX}:20251203T113000
DTSTAMP:20251103T080000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Bureau S. Kieffer
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(_n("appraisal-of-report-de", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))
    return out
