"""holdout105: the user's own interviews in Frankfurt (part 2)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    cal,
    esc,
    google_footer,
    meet,
    row,
    teams,
)


def events() -> list[dict[str, object]]:
    out = []

    uid = "5h2k8q0r7t1v3x6z9b4d2f0g1j@google.com"
    desc = esc(
        "Liebe Frau Kieffer,\n\nwie besprochen: erstes Gespräch mit unserem Mandanten, der Frankfurter "
        "Effektenbank AG, zur Position Geldwäschebeauftragte/r (Vollzeit, Frankfurt, 2 Tage mobil).\n\n"
        "Ihr Gesprächspartner: Dr. Martin Kessler, CFO (martin.kessler@feb-ag.de)\nOrt: FEB, Taunusanlage 18, "
        "Frankfurt – 5. OG\n\nIch rufe Sie danach kurz an.\n\nBeste Grüße\nNils Baumann\nHayward Lane "
        "Recruitment – Financial Services" + google_footer("de", USER_FREE))
    ev = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251002T140000
DTEND;TZID=Europe/Berlin:20251002T150000
DTSTAMP:20250925T171010Z
ORGANIZER;CN=Nils Baumann:mailto:nils.baumann@haywardlane.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nils Baumann;X-NUM-GUESTS=0
 :mailto:nils.baumann@haywardlane.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu;X-NUM-GUESTS=0
 :mailto:{USER_FREE}
DESCRIPTION:{desc}
LOCATION:Taunusanlage 18\\, 60325 Frankfurt am Main
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Geldwäschebeauftragte/r – Mandant Frankfurt (Kieffer)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("agency-body-employer-de", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                                  tzids=("Europe/Berlin",)), uid,
                   company="Frankfurter Effektenbank", role="Geldwäschebeauftragte/r",
                   who=("martin.kessler@feb-ag.de",)))

    uid = "a91f03c2-6b7e-4d28-bb1a-5e0c9d7f4321"
    ev = f"""BEGIN:VEVENT
CREATED:20251008T191500Z
LAST-MODIFIED:20251008T191620Z
DTSTAMP:20251008T191620Z
UID:{uid}
SUMMARY:FEB 2. Gespräch – Dr. Kessler + Vorstand Hr. Ebert
DTSTART;TZID=Europe/Berlin:20251017T100000
DTEND;TZID=Europe/Berlin:20251017T113000
LOCATION:Taunusanlage 18\\, 5. OG
DESCRIPTION:Zug 7:12 ab Lux\\, Umstieg Koblenz. Gehaltsvorstellung klären!
CLASS:PRIVATE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT3H
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT"""
    out.append(row("thunderbird-handtyped-de", cal(ev, prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                                                   method=None, tzids=("Europe/Berlin",)), uid,
                   company="Frankfurter Effektenbank", who=("Dr. Kessler", "Hr. Ebert")))

    uid = "SFSF-INT-20251007-RV-55120"
    desc = esc(
        "Sehr geehrte Frau Kieffer,\n\nwir laden Sie herzlich zu einem Video-Interview für die Position "
        "Chief Compliance Officer (m/w/d) – Römer Versicherung AG ein.\n\nIhre Gesprächspartnerin: Daniela "
        "Fuchs, Talent Acquisition\nDauer: 30 Minuten\n\n" + teams("de", "YjQ5OWE0ZTYtMTI", "Rv55Q1") +
        "\n\nRömer Versicherung AG | Personalgewinnung\nDiese Nachricht wurde automatisch von SAP "
        "SuccessFactors versendet.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251001T063000Z
DTSTART;TZID=Europe/Berlin:20251007T161500
DTEND;TZID=Europe/Berlin:20251007T164500
SUMMARY:Video-Interview Chief Compliance Officer (m/w/d)
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
ORGANIZER;CN=Römer Versicherung Recruiting:mailto:recruiting@roemer-versicherung.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Daniela Fuchs:mailto:daniela.fuchs@roemer-versicherung.de
END:VEVENT"""
    out.append(row("successfactors-video-de", cal(ev, prodid="-//SAP SuccessFactors//Recruiting//DE",
                                                  tzids=("Europe/Berlin",)), uid,
                   company="Römer Versicherung", role="Chief Compliance Officer (m/w/d)", stage="recruiter_screen",
                   who=("daniela.fuchs@roemer-versicherung.de",)))

    uid = "roemer-ac-20251029-kieffer@roemer-versicherung.de"
    desc = esc(
        "Assessment-Center für die Position Chief Compliance Officer (m/w/d).\n\nAblauf: 9:00 Begrüßung, "
        "Präsentation (Fallstudie Sanktionsscreening), Rollenspiel mit einem Fachbereich, Interview mit Herrn "
        "Dr. Axel Gruber (Vorstand) und Frau Petra Lang (Bereichsleitung Recht).\nMittagessen mit dem Team.\n"
        "Ende ca. 16:00.\n\nAdresse: Römer Versicherung AG, Mainzer Landstraße 201, Frankfurt.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251015T080000Z
DTSTART;VALUE=DATE:20251029
DTEND;VALUE=DATE:20251030
SUMMARY:Assessment-Center Römer Versicherung – CCO
DESCRIPTION:{desc}
LOCATION:Mainzer Landstraße 201\\, Frankfurt
ORGANIZER;CN=Daniela Fuchs:mailto:daniela.fuchs@roemer-versicherung.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Axel Gruber:mailto:axel.gruber@roemer-versicherung.de
ATTENDEE;CN=Petra Lang:mailto:petra.lang@roemer-versicherung.de
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("allday-assessment-de", cal(ev, prodid="-//SAP SuccessFactors//Recruiting//DE"), uid,
                   company="Römer Versicherung", role="CCO", stage="onsite",
                   who=("axel.gruber@roemer-versicherung.de", "petra.lang@roemer-versicherung.de")))

    uid = "7b21c0d9-gh-interview-51028844@greenhouse.io"
    desc = esc(
        "Hi Stéphanie,\n\nYou're confirmed for your Hiring Manager Interview for Head of Compliance (MLRO) at "
        "Zinsfluss.\n\nInterviewer: Friederike Haas, Chief Operating Officer\nDuration: 45 min\n\n"
        + meet("de", "kzv-fqre-hbn") + "\n\nPlease let me know if you need any accommodations.\n\nBest,\n"
        "Moritz (Talent @ Zinsfluss)")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251002T111100Z
DTSTART;TZID=Europe/Berlin:20251009T143000
DTEND;TZID=Europe/Berlin:20251009T151500
SUMMARY:Hiring Manager Interview - Head of Compliance (MLRO) - Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:Google Meet
ORGANIZER;CN=Moritz Engel:mailto:moritz.engel@zinsfluss.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Friederike Haas:mailto:friederike.haas@zinsfluss.de
END:VEVENT"""
    out.append(row("greenhouse-hm-en", cal(ev, prodid="-//Greenhouse Software//Greenhouse//EN",
                                           tzids=("Europe/Berlin",)), uid,
                   company="Zinsfluss", role="Head of Compliance (MLRO)", stage="hiring_manager",
                   who=("friederike.haas@zinsfluss.de",)))

    uid = "modernloop-3f8e2a10-b7c4-4d19-zinsfluss"
    desc = esc(
        "Final Round – Head of Compliance (MLRO)\nCandidate: Stéphanie Kieffer\n\nAgenda\n13:00 Values "
        "interview – Carla Neumann (CEO & Co-founder)\n13:45 BaFin & audit readiness – Dr. Stefan Ulrich "
        "(Supervisory Board, Risk Committee)\n14:30 Team fit – Aylin Demir (Compliance Lead, future direct "
        "report)\n\nLocation: Zinsfluss HQ, Hanauer Landstraße 146, Frankfurt – 3rd floor, ring 'Zinsfluss'.\n"
        "Coordinator on site: Moritz Engel\n\nScheduled with ModernLoop")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251016T093000Z
DTSTART;TZID=Europe/Berlin:20251023T130000
DTEND;TZID=Europe/Berlin:20251023T151500
SUMMARY:[Final Round] Stéphanie Kieffer – Head of Compliance (MLRO)
DESCRIPTION:{desc}
LOCATION:Hanauer Landstraße 146\\, 60314 Frankfurt
ORGANIZER;CN=Zinsfluss Recruiting:mailto:recruiting@zinsfluss.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Carla Neumann:mailto:carla.neumann@zinsfluss.de
ATTENDEE;CN=Stefan Ulrich:mailto:s.ulrich@ulrich-advisory.de
ATTENDEE;CN=Aylin Demir:mailto:aylin.demir@zinsfluss.de
ATTENDEE;CN=Moritz Engel;ROLE=NON-PARTICIPANT:mailto:moritz.engel@zinsfluss.de
END:VEVENT"""
    out.append(row("modernloop-final-en", cal(ev, prodid="-//ModernLoop//Scheduling//EN",
                                              tzids=("Europe/Berlin",)), uid,
                   company="Zinsfluss", role="Head of Compliance (MLRO)", stage="final",
                   who=("carla.neumann@zinsfluss.de", "s.ulrich@ulrich-advisory.de", "aylin.demir@zinsfluss.de")))

    uid = "c6d1e2f3-calendly-klarwerk-4a5b@calendly.com"
    desc = esc(
        "Terminname: Kennenlernen Head of Compliance (30 Min.)\n\nEingeladene Person: Stéphanie Kieffer\n"
        "E-Mail: steph.kieffer@pt.lu\n\nOrt: Telefonanruf – Tobias ruft dich an: +352 621 48 73 10\n\n"
        "Änderungen? Absagen: https://calendly.com/cancellations/c6d1e2f3\nNeu planen: "
        "https://calendly.com/reschedulings/c6d1e2f3\n\nBereitgestellt von Calendly.com")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251011T200000Z
DTSTART:20251014T070000Z
DTEND:20251014T073000Z
SUMMARY:Kennenlernen Head of Compliance zwischen Tobias Reinhardt und Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:+352 621 48 73 10
ORGANIZER;CN=Tobias Reinhardt:mailto:tobias@klarwerk.io
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
END:VEVENT"""
    out.append(row("calendly-phone-de", cal(ev, prodid="-//Calendly//Calendly//EN"), uid,
                   company="Klarwerk", role="Head of Compliance", stage="recruiter_screen",
                   who=("tobias@klarwerk.io",)))

    uid = "dvinci-termin-88412-payvana-2025"
    desc = esc(
        "Sehr geehrte Frau Kieffer,\n\nbezugnehmend auf Ihre Bewerbung als MLRO / Leitung Geldwäscheprävention "
        "(m/w/d) laden wir Sie zu einem fachlichen Interview ein. Sie sprechen mit Dr. Jana Pohl (Head of "
        "Legal & Regulatory) und Ben Okoro (Head of Fraud & Transaction Monitoring). Bitte bereiten Sie eine "
        "kurze Einschätzung zu unserer Risikoanalyse für Kartenzahlungen vor.\n\n"
        "Videokonferenz: https://payvana.webex.com/meet/jana.pohl\n\nPayvana GmbH – People Team\n"
        "(versendet über d.vinci)")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251013T094000Z
DTSTART;TZID=Europe/Berlin:20251022T090000
DTEND;TZID=Europe/Berlin:20251022T100000
SUMMARY:Fachinterview MLRO / Leitung Geldwäscheprävention (m/w/d) – Payvana
DESCRIPTION:{desc}
LOCATION:Webex
ORGANIZER;CN=Payvana People Team:mailto:jobs@payvana.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Jana Pohl:mailto:jana.pohl@payvana.de
ATTENDEE;CN=Ben Okoro:mailto:ben.okoro@payvana.de
END:VEVENT"""
    out.append(row("dvinci-webex-de", cal(ev, prodid="-//d.velop//d.vinci//DE", tzids=("Europe/Berlin",)), uid,
                   company="Payvana", role="MLRO / Leitung Geldwäscheprävention (m/w/d)", stage="technical",
                   who=("jana.pohl@payvana.de", "ben.okoro@payvana.de")))
    return out
