"""holdout105: the user's own interviews in Brussels and elsewhere (part 2)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    WIN_BXL,
    WIN_LUX,
    cal,
    esc,
    google_footer,
    meet,
    outlook_tail,
    row,
)


def events() -> list[dict[str, object]]:
    out = []

    uid = "9F3E1C7A-55B2-4D08-A6E1-7C2B0D4E8F19"
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250918T201300Z
DTSTART;TZID=Europe/Brussels:20250923T080000
DTEND;TZID=Europe/Brussels:20250923T090000
SUMMARY:Petit-déjeuner Stéphanie Kieffer / Dyle Re
DESCRIPTION:Stéphanie\\, ravi que Eleanor ait pu organiser cela. Rendez-vous au Pain Quotidien du Sablon\\, je
  réserve une table au nom de Dyle Re. Au plaisir\\, Marc\\n\\nEnvoyé de mon iPhone
LOCATION:Le Pain Quotidien\\, Rue des Sablons 11\\, Bruxelles
ORGANIZER;CN=Marc Goossens:mailto:marc.goossens@dylere.be
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Marc Goossens;PARTSTAT=ACCEPTED:mailto:marc.goossens@dylere.be
SEQUENCE:0
END:VEVENT"""
    out.append(row("ios-breakfast-ceo-fr", cal(ev, prodid="-//Apple Inc.//iPhone OS 18.6//EN",
                                               tzids=("Europe/Brussels",)), uid,
                   company="Dyle Re", who=("marc.goossens@dylere.be",)))

    uid = "040000008200E00074C5B7101A82E008000000003E4F5A6B7C40DC010000000000000000100000009A8B7C6D5E4F3021"
    desc = esc(
        "Dear Stéphanie,\n\nPlease find below the agenda for your on-site panel interview for the Chief "
        "Compliance Officer role:\n\n10:00 Bart Claes, CEO Ardent Insurance Belgium\n10:45 Ingrid Van Damme, "
        "General Counsel\n11:30 Lunch with Koen De Smet (Talent Acquisition – not an interview)\n\nAddress: "
        "Ardent Insurance, Boulevard du Roi Albert II 21, 1000 Brussels. Visitor parking level -1.\n\nKind "
        "regards,\nKoen")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="De Smet, Koen":mailto:koen.desmet@ardent-insurance.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Claes, Bart":mailto:bart.claes@ardent-insurance.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Van Damme, Ingrid":mailto:ingrid.vandamme@ardent-insurance.be
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="BRU-RA2-12.04 (8p)":mailto:bru-ra2-1204@ardent-insurance.be
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:On-site panel – Stéphanie Kieffer – CCO
DTSTART;TZID={WIN_BXL}:20251010T100000
DTEND;TZID={WIN_BXL}:20251010T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T133000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BRU-RA2-12.04 (8p)
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-panel-onsite-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_BXL,)),
                   uid, company="Ardent Insurance", role="CCO", stage="onsite",
                   who=("bart.claes@ardent-insurance.be", "ingrid.vandamme@ardent-insurance.be")))

    uid = "040000008200E00074C5B7101A82E0080000000018E7D6C5B443DC0100000000000000001000000077665544332211AA"
    desc = esc(
        "Bonjour Madame Kieffer,\n\nSuite à votre candidature pour le poste de Compliance Officer / AMLCO "
        "(réf. MS-2025-31), je vous propose un premier entretien téléphonique d'une vingtaine de minutes.\n\n"
        "Je vous appellerai au +352 621 48 73 10.\n\nCordialement,\nCéline Dubois\nRecrutement – Meuse & "
        "Sambre Assurances")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Dubois, Céline":mailto:celine.dubois@meuse-sambre.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
DESCRIPTION;LANGUAGE=fr-BE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-BE:Entretien téléphonique – Compliance Officer / AMLCO
DTSTART;TZID={WIN_BXL}:20250917T120000
DTEND;TZID={WIN_BXL}:20250917T122000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T150500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Téléphone
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-phone-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_BXL,)), uid,
                   company="Meuse & Sambre Assurances", role="Compliance Officer / AMLCO", stage="recruiter_screen",
                   who=("celine.dubois@meuse-sambre.be",)))

    uid = "webex-ms-mise-en-situation-4418@meuse-sambre.be"
    desc = esc(
        "Mise en situation – Compliance Officer / AMLCO\n\nJury : Alain Lefèvre (Directeur Risques) et "
        "Nathalie Mertens (Actuaire en chef, fonction clé).\nCas : déclaration de soupçon à la CTIF sur un "
        "rachat anticipé de contrat d'assurance-vie Branche 23 – vous disposerez de 20 minutes de "
        "préparation sur place.\n\nRejoindre la réunion Webex\nhttps://meuse-sambre.webex.com/meet/alain."
        "lefevre\nNuméro de réunion : 2741 556 09\n\nCéline Dubois – Recrutement")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250926T091200Z
DTSTART;TZID=Europe/Brussels:20251008T140000
DTEND;TZID=Europe/Brussels:20251008T151500
SUMMARY:Mise en situation – Compliance Officer / AMLCO – Mme Kieffer
DESCRIPTION:{desc}
LOCATION:Webex
ORGANIZER;CN=Céline Dubois:mailto:celine.dubois@meuse-sambre.be
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Alain Lefèvre:mailto:alain.lefevre@meuse-sambre.be
ATTENDEE;CN=Nathalie Mertens:mailto:nathalie.mertens@meuse-sambre.be
END:VEVENT"""
    out.append(row("webex-mise-en-situation-fr", cal(ev, prodid="-//Cisco//Webex//FR", tzids=("Europe/Brussels",)),
                   uid, company="Meuse & Sambre Assurances", role="Compliance Officer / AMLCO", stage="technical",
                   who=("alain.lefevre@meuse-sambre.be", "nathalie.mertens@meuse-sambre.be")))

    uid = "040000008200E00074C5B7101A82E00800000000ABCDEF0123F1DC01000000000000000010000000BEEF0042CAFE1177"
    desc = esc(
        "Estimada Stéphanie:\n\nTal como hablamos, le confirmo una breve entrevista telefónica para el puesto "
        "de Responsable de Cumplimiento Normativo y Prevención de Blanqueo en nuestra sucursal de "
        "Luxemburgo.\n\nLe llamaré yo misma al número de su CV.\n\nUn saludo,\nMarta Iglesias\nSelección – "
        "Banco Ibérico")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Iglesias, Marta":mailto:marta.iglesias@bancoiberico.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica – Responsable de Cumplimiento (Luxemburgo)
DTSTART;TZID={WIN_LUX}:20251001T163000
DTEND;TZID={WIN_LUX}:20251001T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-phone-es", cal(ev, prodid="Microsoft Exchange Server 2016", tzids=(WIN_LUX,)), uid,
                   company="Banco Ibérico Luxembourg", role="Responsable de Cumplimiento", stage="recruiter_screen",
                   who=("marta.iglesias@bancoiberico.es",)))

    uid = "6t3n9b2v5c8x1z4q7w0e3r6y9u@google.com"
    desc = esc(
        "Hola Stéphanie,\n\nTe envío la invitación para la entrevista con Javier Ortega (Director General de "
        "la sucursal de Luxemburgo) y conmigo. Hablaremos en inglés o francés, como prefieras.\n\n"
        + meet("es", "bix-qrmu-tsa") + "\n\nSaludos,\nMarta" + google_footer("en", USER_FREE))
    ev = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251014T100000
DTEND;TZID=Europe/Madrid:20251014T110000
DTSTAMP:20251006T141100Z
ORGANIZER;CN=Marta Iglesias:mailto:marta.iglesias@bancoiberico.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javier Ortega;X-NUM-GUESTS=0
 :mailto:javier.ortega@bancoiberico.lu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Iglesias;X-NUM-GUESTS=0
 :mailto:marta.iglesias@bancoiberico.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu;X-NUM-GUESTS=0
 :mailto:{USER_FREE}
DESCRIPTION:{desc}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Stéphanie Kieffer – Director General sucursal Luxemburgo
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("google-meet-es", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                         tzids=("Europe/Madrid",)), uid,
                   company="Banco Ibérico Luxembourg", stage="hiring_manager",
                   who=("javier.ortega@bancoiberico.lu", "marta.iglesias@bancoiberico.es")))

    uid = "AAMkADc4NzYzNDQ1LTJjZTEtNGY2Zi04Yjk5LTE1NTEzZDk5NmM2NwBGAAAAAADNordstern=="
    desc = esc(
        "Your booking is confirmed\n\nService: Interview – Director, AML Advisory\nStaff: Pieter Hoekstra "
        "(Partner)\nDuration: 1 hour\nLocation: Nordstern Audit, 2 rue Gerhard Mercator, L-2182 Luxembourg "
        "(Cloche d'Or)\n\nIf you need to change your booking, please use the link in your confirmation email."
        "\n\nNordstern Audit S.à r.l. – Careers")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251014T100000Z
DTSTART;TZID={WIN_LUX}:20251024T110000
DTEND;TZID={WIN_LUX}:20251024T120000
SUMMARY:Interview – Director\\, AML Advisory
DESCRIPTION:{desc}
LOCATION:2 rue Gerhard Mercator\\, L-2182 Luxembourg
ORGANIZER;CN=Nordstern Audit Careers:mailto:careers-bookings@nordstern-audit.lu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Pieter Hoekstra:mailto:pieter.hoekstra@nordstern-audit.lu
END:VEVENT"""
    out.append(row("ms-bookings-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   company="Nordstern Audit", role="Director, AML Advisory", stage="hiring_manager",
                   who=("pieter.hoekstra@nordstern-audit.lu",)))

    uid = "4e8r1t5y9u2i6o0p3a7s1d5f8g@google.com"
    desc = esc(
        "Hi Stéphanie,\n\nGreat to hear from you through the ALCO network. As promised, let's sit down and talk "
        "about the Head of Compliance role at Northbridge Fund Administration – I'll bring Sarah Collins, our "
        "Conducting Officer for Risk.\n\nWe're in the Kirchberg office, reception on the ground floor.\n\n"
        "Best,\nDaniel Brennan\nCountry Manager, Northbridge Luxembourg" + google_footer("en", USER_FREE))
    ev = f"""BEGIN:VEVENT
DTSTART:20251104T100000Z
DTEND:20251104T110000Z
DTSTAMP:20251027T164400Z
ORGANIZER;CN=Daniel Brennan:mailto:daniel.brennan@northbridgefa.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Brennan;X-NUM-GUESTS=0
 :mailto:daniel.brennan@northbridgefa.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Collins;X-NUM-GUESTS=0
 :mailto:sarah.collins@northbridgefa.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu;X-NUM-GUESTS=0
 :mailto:{USER_FREE}
DESCRIPTION:{desc}
LOCATION:Northbridge Fund Administration\\, 15 avenue J.F. Kennedy\\, Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stéphanie Kieffer / Northbridge – Head of Compliance
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("google-direct-en", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                           head="CALSCALE:GREGORIAN\nX-WR-TIMEZONE:Europe/Luxembourg"), uid,
                   company="Northbridge Fund Administration", role="Head of Compliance",
                   who=("daniel.brennan@northbridgefa.com", "sarah.collins@northbridgefa.com")))
    return out
