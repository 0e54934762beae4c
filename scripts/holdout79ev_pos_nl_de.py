"""holdout79: the user's own interviews in Dutch and German (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet, meet_footer, teams, zoom
from holdout79ev_ics import ME, ROMANCE, WEUROPE, alarm, cal, esc, ev, html, label, outlook_x

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def maasdelta_recruitee() -> dict[str, object]:
    uid = "recruitee-interview-2196634@recruitee.com"
    body = ("Beste Amélie,\n\nBedankt voor je sollicitatie bij Maasdelta Steriel! We nodigen je graag uit voor een "
            "eerste (video)gesprek met onze recruiter Demi Bakker voor de vacature Qualified Person (QP) – "
            "steriele productie, Rotterdam.\n\nDeelnemen: https://meet.recruitee.com/maasdelta/2196634\n\n"
            "Past dit moment toch niet? Laat het ons weten via de link in je e-mail.\n\nMet vriendelijke groet,\n"
            "Team Recruitment Maasdelta Steriel B.V.")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260304T143120Z", "DTSTART:20260311T090000Z", "DTEND:20260311T093000Z",
        "SUMMARY:Eerste gesprek – Qualified Person (QP) | Maasdelta Steriel", f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://meet.recruitee.com/maasdelta/2196634",
        "ORGANIZER;CN=Demi Bakker:mailto:demi.bakker@maasdelta.nl",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}", "STATUS:CONFIRMED",
    )
    return label("recruitee-nl", cal("-//Recruitee//Recruitee Calendar//NL", e), uid, 1, "Maasdelta Steriel",
                 "Qualified Person (QP)", "recruiter_screen", "demi.bakker@maasdelta.nl", "recruitee-first-talk-nl")


def maasdelta_manager() -> dict[str, object]:
    uid = "maasdelta-kennismaking-teamleider-20260325@maasdelta.nl"
    body = ("Hoi Amélie,\n\nLeuk dat je door bent naar de volgende ronde van de sollicitatieprocedure! Hierbij de "
            "uitnodiging voor een kennismakingsgesprek met Ruben Smit, teamleider QA Operations en je "
            "toekomstige leidinggevende. Demi sluit niet aan.\n\n" + teams("nl", "817224609931", "Vf2Sd4"))
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260318T085000Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Amsterdam:20260325T133000", "DTEND;TZID=Europe/Amsterdam:20260325T143000",
        "SUMMARY:Kennismakingsgesprek Ruben Smit / Amélie Fontaine", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams-vergadering",
        "ORGANIZER;CN=Demi Bakker:mailto:demi.bakker@maasdelta.nl",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Ruben Smit;PARTSTAT=ACCEPTED:mailto:ruben.smit@maasdelta.nl",
    )
    return label("teams-manager-nl", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", e,
                                         tz=("Europe/Amsterdam",)),
                 uid, 1, "Maasdelta Steriel", "", "hiring_manager", "ruben.smit@maasdelta.nl",
                 "kennismaking-with-future-manager-nl")


def kempen_final() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000C8A1D3F56BB2DC01000000000000000010000000"
           "A1B2C3D4E5F60718293A4B5C6D7E8F90")
    body = ("Beste Amélie,\n\nNa je gesprek met An en Wim nodigen we je graag uit voor het eindgesprek voor de functie "
            "Regulatory Affairs Officer FR/NL, met Koen Vermeulen (Directeur Regulatory & Quality) en Griet "
            "Janssens (HR Business Partner).\n\nAdres: Kempen Generics NV, Kleinhoefstraat 9, 2440 Geel – "
            "melden aan het onthaal.\n\nMet vriendelijke groeten,\nGriet Janssens")
    e = ev(
        'ORGANIZER;CN="Janssens, Griet":mailto:griet.janssens@kempengenerics.be',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vermeulen, Koen":mailto:'
        "koen.vermeulen@kempengenerics.be",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=GEE Vergaderzaal Nete:mailto:"
        "vz.nete@kempengenerics.be",
        f"DESCRIPTION;LANGUAGE=nl-BE:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=nl-BE:Eindgesprek RA Officer – Amélie Fontaine",
        f"DTSTART;TZID={ROMANCE}:20260401T103000", f"DTEND;TZID={ROMANCE}:20260401T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260324T151111Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=nl-BE:GEE Vergaderzaal Nete", *outlook_x(), html(body), *alarm(15),
    )
    return label("outlook-final-nl", cal("Microsoft Exchange Server 2010", e, tz=(ROMANCE,)), uid, 1,
                 "Kempen Generics", "Regulatory Affairs Officer FR/NL", "final",
                 "koen.vermeulen@kempengenerics.be;griet.janssens@kempengenerics.be", "outlook-final-hr-room-nl")


def noordkade_case() -> dict[str, object]:
    uid = "3c5v7b9n1m3k5j7h9g1f3d5s7a@google.com"
    body = ("Hoi Amélie,\n\nZoals besproken met Joris: het casusgesprek voor de rol Regulatory Affairs Specialist "
            "(MDR). Je krijgt een dag van tevoren een korte casus (classificatie van een app onder de MDR) die "
            "we samen doorlopen met Fleur Visser (QA/RA Lead) en mij.\n\nGroet,\nThijs de Graaf\n"
            "Head of Clinical & Regulatory – Noordkade Health\n\n" + meet("nl", "nqp-vkdz-hat") + meet_footer("nl"))
    e = ev(
        "DTSTART:20260317T130000Z", "DTEND:20260317T140000Z", "DTSTAMP:20260310T094417Z",
        "ORGANIZER;CN=Thijs de Graaf:mailto:thijs@noordkade.health", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};"
        f"X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fleur Visser;"
        "X-NUM-GUESTS=0:mailto:fleur@noordkade.health",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thijs de Graaf;"
        "X-NUM-GUESTS=0:mailto:thijs@noordkade.health",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/nqp-vkdz-hat", "CREATED:20260310T094415Z",
        f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260310T094417Z", "LOCATION:", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Casusgesprek RA Specialist MDR – Amélie Fontaine", "TRANSP:OPAQUE",
    )
    return label("google-case-nl", cal(GOOGLE, e, calscale=True), uid, 1, "Noordkade Health",
                 "Regulatory Affairs Specialist (MDR)", "technical", "thijs@noordkade.health;fleur@noordkade.health",
                 "google-case-nl")


def zeeland_zoom() -> dict[str, object]:
    uid = "zm-88102466731-20260310@zoom.us"
    body = ("Beste Amélie,\n\nHierbij de bevestiging van ons oriënterende gesprek (30 min) over de vacature Senior "
            "Manager Regulatory Affairs (Biologics) bij Zeeland Biosciences in Leiden.\n\nHartelijke groet,\n"
            "Lisa Mulder – Corporate Recruiter\n\n" + zoom("nl", "Lisa Mulder", "88102466731", "ZbQ0mT7sLx2Kp9"))
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260305T121200Z", "DTSTART;TZID=Europe/Amsterdam:20260310T163000",
        "DTEND;TZID=Europe/Amsterdam:20260310T170000",
        "SUMMARY:Gesprek recruiter Zeeland Biosciences – Amélie Fontaine", f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us02web.zoom.us/j/88102466731",
        "ORGANIZER;CN=Lisa Mulder:mailto:lisa.mulder@zeelandbio.nl",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}", "STATUS:CONFIRMED",
    )
    return label("zoom-recruiter-nl", cal("-//Zoom Video Communications//Zoom Calendar//NL", e,
                                          tz=("Europe/Amsterdam",)),
                 uid, 1, "Zeeland Biosciences", "Senior Manager Regulatory Affairs (Biologics)", "recruiter_screen",
                 "lisa.mulder@zeelandbio.nl", "zoom-orienting-talk-nl")


def flandria_agency() -> dict[str, object]:
    uid = "LFS-GESPREK-4471-20260320@lifeforce-select.be"
    body = ("Dag Amélie,\n\nZoals telefonisch afgesproken: je gesprek bij onze klant Flandria Plasma voor de functie "
            "QA Officer Plasma Fractionation. Je wordt ontvangen door Els Van Damme (QA Manager) en Dirk "
            "Wouters (Plant Manager), met aansluitend een rondleiding in de productie. Het gesprek verloopt in het "
            "Nederlands; vragen in het Frans of Engels mogen ook.\n\nAdres: Flandria Plasma NV, Industrieweg 120, "
            "9032 Wondelgem (Gent).\n\nVeel succes!\nTine Desmet\nLifeforce Select – Life Sciences Recruitment")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260316T101000Z", "DTSTART;TZID=Europe/Brussels:20260320T090000",
        "DTEND;TZID=Europe/Brussels:20260320T110000",
        "SUMMARY:Gesprek bij klant – QA Officer (Gent)", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Industrieweg 120\\, 9032 Wondelgem",
        "ORGANIZER;CN=Tine Desmet:mailto:tine.desmet@lifeforce-select.be",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}",
        "STATUS:CONFIRMED", "SEQUENCE:0",
    )
    return label("agency-body-nl", cal("-//Lifeforce Select//Agenda//NL", e, tz=("Europe/Brussels",)), uid, 1,
                 "Flandria Plasma", "QA Officer Plasma Fractionation", "onsite", "Els Van Damme;Dirk Wouters",
                 "agency-client-in-body-nl")


def vlietland_note() -> dict[str, object]:
    uid = "F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9"
    e = ev(
        "CREATED:20260326T071533Z", "DTEND;TZID=Europe/Amsterdam:20260402T123000", "DTSTAMP:20260326T071540Z",
        "DTSTART;TZID=Europe/Amsterdam:20260402T100000", "LAST-MODIFIED:20260326T071540Z",
        "LOCATION:Vlietland Tx\\, J.H. Oortweg 21\\, Leiden", "SEQUENCE:0",
        "SUMMARY:2e gesprek Vlietland (op locatie)",
        "DESCRIPTION:Trein 6u47 Brussel-Zuid → Leiden Centraal. Joost + iemand van CMC. Vragen: team\\, "
        "thuiswerk\\, Leiden vs Brussel", f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    )
    return label("apple-note-nl", cal("-//Apple Inc.//macOS 14.4//EN", e, method=None, calscale=True,
                                      tz=("Europe/Amsterdam",)),
                 uid, 1, "Vlietland Therapeutics", "", "", "Joost", "terse-second-talk-nl")


def rheinknie_softgarden() -> dict[str, object]:
    uid = "softgarden-appointment-9920415@softgarden.io"
    body = ("Sehr geehrte Frau Fontaine,\n\nvielen Dank für Ihre Bewerbung als Regulatory Strategy Lead (m/w/d) – "
            "Rare Disease. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem "
            "Vorstellungsgespräch mit Herrn Mathieu Favre (VP Regulatory Affairs, Ihr künftiger Vorgesetzter) ein."
            "\n\nDas Gespräch findet per Videokonferenz statt:\n" + teams("de", "644210783315", "Gh8Kq3") +
            "\n\nMit freundlichen Grüssen\nLea Hofer\nHR Recruiting – Rheinknie Therapeutics AG, Basel")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260413T090500Z", "DTSTART;TZID=Europe/Zurich:20260420T100000",
        "DTEND;TZID=Europe/Zurich:20260420T110000",
        "SUMMARY:Vorstellungsgespräch Regulatory Strategy Lead (m/w/d)", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams", "ORGANIZER;CN=Rheinknie Therapeutics AG:mailto:jobs@rheinknie-tx.ch",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Mathieu Favre:mailto:mathieu.favre@rheinknie-tx.ch", "STATUS:CONFIRMED",
    )
    return label("softgarden-de", cal("-//softgarden//softgarden e-recruiting//DE", e, tz=("Europe/Zurich",)),
                 uid, 1, "Rheinknie Therapeutics", "Regulatory Strategy Lead (m/w/d) – Rare Disease", "hiring_manager",
                 "mathieu.favre@rheinknie-tx.ch", "softgarden-de")


def limmat_onsite() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000D4F6A8C1E3B5DC01000000000000000010000000"
           "0F1E2D3C4B5A69788796A5B4C3D2E1F0")
    body = ("Guten Tag Frau Fontaine\n\nWie telefonisch besprochen, laden wir Sie zum Zweitgespräch vor Ort ein "
            "(Stelle: RA/QA Manager IVD). Sie treffen Nicole Meier (Head of Quality & Regulatory) sowie unseren "
            "CEO, Dr. Andreas Furrer; anschliessend Rundgang durch Labor und Produktion.\n\nAdresse: Limmat "
            "Diagnostics AG, Hardturmstrasse 161, 8005 Zürich, Empfang 2. OG.\n\nFreundliche Grüsse\n"
            "Petra Huber, HR")
    e = ev(
        'ORGANIZER;CN="Huber, Petra":mailto:petra.huber@limmatdx.ch',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meier, Nicole":mailto:'
        "nicole.meier@limmatdx.ch",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Furrer, Andreas":mailto:'
        "andreas.furrer@limmatdx.ch",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=ZRH SZ Uetliberg (10):mailto:"
        "sz.uetliberg@limmatdx.ch",
        f"DESCRIPTION;LANGUAGE=de-CH:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-CH:Zweitgespräch vor Ort – A. Fontaine (RA/QA Manager IVD)",
        f"DTSTART;TZID={WEUROPE}:20260413T130000", f"DTEND;TZID={WEUROPE}:20260413T153000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260327T140312Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-CH:ZRH SZ Uetliberg (10)", *outlook_x(), html(body),
    )
    return label("outlook-onsite-de", cal("Microsoft Exchange Server 2010", e, tz=(WEUROPE,)), uid, 1,
                 "Limmat Diagnostics", "RA/QA Manager IVD", "onsite",
                 "nicole.meier@limmatdx.ch;andreas.furrer@limmatdx.ch", "outlook-onsite-room-de")


def alpenrose_phone() -> dict[str, object]:
    uid = "SF-IV-00018734-20260305-TEL@alpenrose.successfactors.eu"
    body = ("Sehr geehrte Frau Fontaine\n\nBesten Dank für Ihre Bewerbung als Pharmacovigilance Lead Europe. Gerne "
            "würden wir ein erstes Telefoninterview mit Ihnen führen. Simone Kälin (HR Recruiting) wird Sie unter "
            "der angegebenen Nummer anrufen.\n\nFreundliche Grüsse\nAlpenrose Biologics AG – Human Resources")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260302T082000Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Zurich:20260305T083000", "DTEND;TZID=Europe/Zurich:20260305T090000",
        "SUMMARY:Telefoninterview – Pharmacovigilance Lead Europe", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Telefon", "ORGANIZER;CN=Simone Kälin:mailto:simone.kaelin@alpenrose-bio.com",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}", "STATUS:CONFIRMED",
    )
    return label("phone-screen-de", cal("-//SAP SuccessFactors//Recruiting//DE", e, tz=("Europe/Zurich",)), uid, 1,
                 "Alpenrose Biologics", "Pharmacovigilance Lead Europe", "recruiter_screen",
                 "simone.kaelin@alpenrose-bio.com", "phone-screen-de")


def dreiland_teams() -> dict[str, object]:
    uid = "dreiland-fachgespraech-qp-0428@dreiland.ch"
    body = ("Guten Tag Frau Fontaine\n\nIm Anschluss an das Gespräch mit Herrn Brunner laden wir Sie zu einem "
            "Fachgespräch für die Position Qualified Person / Fachtechnisch verantwortliche Person (FvP) ein. "
            "Teilnehmende: Dr. Claudia Stöckli (Leiterin Qualitätssicherung) und Marco Bianchi (QA Batch "
            "Release). Themen: Chargenfreigabe, Abweichungen, Swissmedic-Inspektionen.\n\n"
            + teams("de", "559013287746", "Tr6Wn1") + "\n\nFreundliche Grüsse\nDreiland Pharma AG, Pratteln")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260421T133000Z", "DTSTART:20260428T120000Z", "DTEND:20260428T131500Z",
        "SUMMARY:Fachgespräch QP/FvP – Amélie Fontaine", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams-Besprechung",
        "ORGANIZER;CN=Dreiland Pharma Personal:mailto:personal@dreiland.ch",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Claudia Stöckli:mailto:claudia.stoeckli@dreiland.ch",
        "ATTENDEE;CN=Marco Bianchi:mailto:marco.bianchi@dreiland.ch", "STATUS:CONFIRMED",
    )
    return label("teams-technical-de", cal("-//Dreiland Pharma//Outlook Web//DE", e), uid, 1, "Dreiland Pharma",
                 "Qualified Person / Fachtechnisch verantwortliche Person (FvP)", "technical",
                 "claudia.stoeckli@dreiland.ch;marco.bianchi@dreiland.ch", "teams-technical-de")


def events() -> list[dict[str, object]]:
    return [maasdelta_recruitee(), maasdelta_manager(), kempen_final(), noordkade_case(), zeeland_zoom(),
            flandria_agency(), vlietland_note(), rheinknie_softgarden(), limmat_onsite(), alpenrose_phone(),
            dreiland_teams()]
