"""holdout128: negatives – practice routine, talks and courses, coffee chats, fairs, references, prep blocks."""

from __future__ import annotations

from holdout128ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    TEAMS_ES,
    WIN_W_EUROPE,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)
from holdout128ev_neg_a import typed
from holdout128ev_side_a import ME_ATT, WYSS, outlook

ZH = "Europe/Zurich"


def praxissitzung() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000BB01BB01BB3BDC01000000000000000010000000D0D0D0D0E0E0E0E0F0F0",
        "Praxissitzung", "20250902T120000", "20250902T124500",
        r"Traktanden in OneNote. Jede/r bringt 1 Punkt mit.", [ME_ATT, WYSS],
        organizer="ORGANIZER;CN=\"Roth, Jasmin\":mailto:j.roth@zahnarzt-seefeld.ch", location="Pausenraum",
        stamp="20250825T080000Z")
    body.insert(1, "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20251223T110000Z")
    return ev("outlook-weekly-meeting", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="internal-recurring-de")


def qm_zirkel() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000BB02BB02BB3BDC01000000000000000010000000D1D1D1D1E1E1E1E1F1F1",
        "QM-Zirkel: Hygieneplan + Sterilisationsvalidierung", "20251028T120000", "20251028T130000",
        r"Swissmedic-Leitfaden\, Validierung Autoklav 2\, Checkliste neu.", [ME_ATT],
        organizer="ORGANIZER;CN=\"Bisang, Anna\":mailto:a.bisang@zahnarzt-seefeld.ch", location="Steri")
    return ev("outlook-qm-zirkel", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False, trap="internal-qm-de")


def znueni() -> dict[str, str]:
    body = typed("B5C6D7E8-F9A0-4B1C-2D3E-4F5A6B7C8D9E", "Znüni mit Team (Gipfeli mitnehmen!)", "20251017T094500",
                 "20251017T101500", "Jasmins Geburi")
    return ev("ios-znueni", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="team-snack-de")


def talk_seniors() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251113T143000",
        "DTEND;TZID=Europe/Zurich:20251113T160000",
        "DTSTAMP:20251020T101500Z",
        "ORGANIZER;CN=Monika Isler:mailto:monika.isler@az-hottingen.ch",
        "UID:4a0c6e2b8d5f7b9d1f3c5a7e9b1d3f6a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=m.schnyder@zahnarzt-seefe"
        "ld.ch;X-NUM-GUESTS=0:mailto:m.schnyder@zahnarzt-seefeld.ch",
        r"DESCRIPTION:Vortrag für Bewohnerinnen\, Bewohner und Pflegeteam: «Mundhygiene im Alter – Prothesen\, "
        r"Implantate\, trockener Mund». Beamer vorhanden. Danach Fragerunde mit Kaffee.",
        "LOCATION:Alterszentrum Hottingen\\, Saal",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Vortrag Mundhygiene im Alter – AZ Hottingen",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-patient-education-talk", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False,
              trap="patient-education-talk-de")


def kongress() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250815T080000Z",
        "UID:A9B0C1D2-E3F4-4A5B-6C7D-8E9F0A1B2C3D",
        "DTSTART;VALUE=DATE:20251120",
        "DTEND;VALUE=DATE:20251122",
        "SUMMARY:Jahreskongress Dentalhygiene Schweiz (Fortbildung)",
        "DESCRIPTION:Kursaal Bern. 12 Fortbildungsstunden. Hotel gebucht (Bestätigung Mail 14.8.)",
        "LOCATION:Kursaal Bern",
        "TRANSP:TRANSPARENT",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("ios-allday-congress", cal(APPLE, body, method=None), pos=False, trap="fortbildung-allday-de")


def coffee_chat() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250913T100000",
        "DTEND;TZID=Europe/Zurich:20250913T113000",
        "DTSTAMP:20250910T202020Z",
        "ORGANIZER;CN=Fabienne Keller:mailto:fabi.keller@hotmail.com",
        "UID:6c2e8a4d0f7b9d1f3a5c7e9b1d3f5a8c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=martina.schnyder@bluewin."
        "ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Kafi und Gipfeli! Ich erzähl dir gern\, wie es bei Zahnwerk in Oerlikon so läuft "
        r"(Dienstplan\, Chefs\, Lohn) – ganz inoffiziell :) Fabi",
        "LOCATION:Café Schober\\, Napfgasse 4",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Kafi Fabi – Infos Zahnwerk",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-coffee-chat-names-employer", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False,
              trap="informational-coffee-chat-de")


def jobmesse() -> dict[str, str]:
    body = typed("C7D8E9F0-A1B2-4C3D-4E5F-6A7B8C9D0E1F", "Dental Jobday Zürich (Besucherin)", "20250920T100000",
                 "20250920T140000", r"Stände: Zahnwerk\, Dentalys\, Alpendent\, MediStaff. CVs ausdrucken (10x)",
                 "Kongresshaus Zürich")
    return ev("ios-job-fair-visitor", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False,
              trap="job-fair-visitor-de")


def reference_call() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000BB03BB03BB3BDC01000000000000000010000000D2D2D2D2E2E2E2E2F2F2",
        "Referenzauskunft für Jana Keller – Anruf Zahnklinik Seeblick", "20251021T121500", "20251021T123000",
        r"Guten Tag Frau Schnyder\, Frau Keller hat Sie als Referenz angegeben (ehemalige Arbeitskollegin). "
        r"Darf ich Sie kurz telefonisch zu ihrer Arbeitsweise befragen? Freundliche Grüsse\, Nicole Egli\, "
        r"Leitung DH\, Zahnklinik Seeblick",
        [ME_ATT], organizer="ORGANIZER;CN=\"Egli, Nicole\":mailto:nicole.egli@zahnklinik-seeblick.ch",
        location="Telefon")
    return ev("outlook-reference-referee", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="reference-call-user-referee-de")


def recruiter_no_employer() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250916T123000",
        "DTEND;TZID=Europe/Zurich:20250916T125000",
        "DTSTAMP:20250912T140000Z",
        "ORGANIZER;CN=Sandra Imhof:mailto:s.imhof@dentaltalents.ch",
        "UID:8e4a0c6f2b9d1f3b5d7a9c1e3b5d7f0e@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Hallo Frau Schnyder\, danke für Ihr Profil auf unserer Plattform. In einem kurzen "
        r"Telefonat würde ich gerne Ihre Wünsche (Pensum\, Region\, Lohn) aufnehmen – ich habe aktuell "
        r"mehrere DH-Mandate im Raum Zürich und Basel\, die ich Ihnen danach vorstellen kann.\n"
        r"Freundliche Grüsse\, Sandra Imhof\, Dental Talents GmbH",
        "LOCATION:Telefon",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Telefonat Dental Talents – Ihre Wunschstelle",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-agency-call-no-employer", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False,
              trap="recruiter-call-no-employer-de")


def prep_dentalys() -> dict[str, str]:
    body = typed("D9E0F1A2-B3C4-4D5E-6F7A-8B9C0D1E2F3A", "Vorbereitung Probearbeiten Dentalys",
                 "20251012T160000", "20251012T180000",
                 r"Paro-Klassifikation 2018 repetieren\, Instrumente schleifen\, Fragen an Fr. Ammann notieren")
    return ev("ios-prep-block-de", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False,
              trap="prep-block-names-employer-de")


def prep_clearflow() -> dict[str, str]:
    body = typed("E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B", "Prep: ClearFlow case walkthrough (slides)",
                 "20251014T190000", "20251014T210000", "Attachments/IPR slide\\, hygiene tips\\, 10 min max",
                 tz=False)
    return ev("ios-prep-block-en", cal(APPLE, body, method=None), pos=False, trap="prep-block-floating-en")


def laufbahnberatung() -> dict[str, str]:
    body = typed("F3A4B5C6-D7E8-4F9A-0B1C-2D3E4F5A6B7C", "Laufbahnberatung BIZ Oerlikon – Erstgespräch",
                 "20250908T170000", "20250908T180000", "Lebenslauf + Diplome mitnehmen. Thema: DH -> Praxismanagement?",
                 "BIZ Oerlikon\\, Dörflistrasse 120")
    return ev("ios-career-counselling", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False,
              trap="career-counselling-erstgespraech-de")


def qv_expertin() -> dict[str, str]:
    body = outlook(
        "040000008200E00074C5B7101A82E00800000000BB04BB04BB3BDC01000000000000000010000000D3D3D3D3E3E3E3E3F3F3",
        "QV Dentalassistent/in EFZ – Einsatz als Prüfungsexpertin (praktische Arbeit)", "20251126T073000",
        "20251126T170000",
        r"Guten Tag Frau Schnyder\n\nbesten Dank für Ihren Einsatz als Expertin. Sie beurteilen zusammen mit "
        r"Herrn Gut zwei Kandidatinnen (IPA-Fachgespräch 14:00 und 15:15). Bewertungsraster folgt.\n\n"
        r"Chefexpertin QV Dentalassistenz Kanton Zürich",
        [ME_ATT], organizer="ORGANIZER;CN=\"Chefexpertin QV DA ZH\":mailto:qv-da@zh-dentalberufe.ch",
        location="Berufsschule ZZBZ\\, Zimmer 3.12")
    return ev("outlook-exam-expert", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="exam-expert-fachgespraech-de")


def formation_fr() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251108T090000",
        "DTEND;TZID=Europe/Zurich:20251108T170000",
        "DTSTAMP:20250919T090000Z",
        "ORGANIZER;CN=Formation continue HD Romandie:mailto:inscriptions@hd-formation.ch",
        "UID:0a6c2e8b4d1f3d5f7b9a1c3e5d7f9b2a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=martina.schnyder@bluewin."
        "ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Confirmation d'inscription – Cours «Traitement parodontal non chirurgical : mise à jour "
        r"2025». Lieu : Lausanne\, salle Léman. Pause de midi incluse. 7 heures de formation continue.",
        "LOCATION:Lausanne\\, Avenue de la Gare 10",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Cours : parodontologie non chirurgicale (Lausanne)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-course-fr", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=False, trap="class-fr")


def webinar_es() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Odontia Academy\":mailto:academy@odontia.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        r"DESCRIPTION;LANGUAGE=es-ES:Gracias por inscribirte en el webinar «Profilaxis en pacientes con "
        r"implantes: nuevas evidencias» de Odontia Academy. Ponente: Dr. Javier Ortega.\n"
        + fill(TEAMS_ES, id="ZTNkMGUxMjItYmM5MS00NWI0LWJhNDQtZDE3M2E0MmY5YjQx", mid="301 774 528 993", pc="Ha9kD4"),
        "UID:040000008200E00074C5B7101A82E00800000000BB05BB05BB3BDC01000000000000000010000000D4D4D4D4E4E4E4E4F4F4",
        "SUMMARY;LANGUAGE=es-ES:Webinar Odontia Academy: profilaxis en pacientes con implantes",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251112T190000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251112T200000",
        "DTSTAMP:20251101T100000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "END:VEVENT",
    ]
    return ev("outlook-webinar-es", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=False,
              trap="webinar-by-interviewing-company-es")


def flat_viewing() -> dict[str, str]:
    body = typed("A5B6C7D8-E9F0-4A1B-2C3D-4E5F6A7B8C9D", "Wohnungsbesichtigung 3.5 Zi. Winterthur-Veltheim",
                 "20251018T110000", "20251018T113000", "Verwaltung Hürlimann\\, Betreibungsauszug mitnehmen",
                 "Bachtelstrasse 15\\, Winterthur")
    return ev("ios-flat-viewing", cal(APPLE, body, method=None, tz=tz_olson(ZH)), pos=False, trap="personal-flat-de")


def press_fr() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20251105T113000Z",
        "DTEND:20251105T120000Z",
        "DTSTAMP:20251029T080000Z",
        "ORGANIZER;CN=Léa Monnier:mailto:lea.monnier@revue-hd.ch",
        "UID:2c8e4a0b6d3f5b7d9f1a3c5e7a9d1b4c@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.schnyder@zahnarzt-s"
        "eefeld.ch;X-NUM-GUESTS=0:mailto:m.schnyder@zahnarzt-seefeld.ch",
        r"DESCRIPTION:Bonjour Madame Schnyder\, merci d'avoir accepté cette interview pour notre dossier "
        r"«Former les apprenties en cabinet» (revue Hygiène dentaire Romandie). 30 minutes par téléphone"
        r"\, en français ou en allemand. Bien à vous\, Léa Monnier",
        "LOCATION:Téléphone",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Interview revue HD Romandie – M. Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-press-interview-fr", cal(GOOGLE, body), pos=False, trap="press-interview-fr")


EVENTS = [
    praxissitzung, qm_zirkel, znueni, talk_seniors, kongress, coffee_chat, jobmesse, reference_call,
    recruiter_no_employer, prep_dentalys, prep_clearflow, laufbahnberatung, qv_expertin, formation_fr, webinar_es,
    flat_viewing, press_fr,
]
