"""holdout105: the user's own interviews in Frankfurt (part 1)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    UTC_AMS,
    WIN_LUX,
    cal,
    esc,
    outlook_tail,
    row,
    teams,
    zoom,
)


def events() -> list[dict[str, object]]:
    out = []

    uid = "040000008200E00074C5B7101A82E00800000000B0C9A3E1D826DC01000000000000000010000000EE41C7A20B3F9D12"
    desc = esc(
        "Sehr geehrte Frau Kieffer,\n\nvielen Dank für Ihre Bewerbung als Leiterin Compliance / "
        "Geldwäschebeauftragte (m/w/d). Gerne laden wir Sie zu einem persönlichen Gespräch mit Herrn Dr. Frank "
        "Albers (Bereichsleiter Recht & Compliance) und mir ein.\n\nAdresse: Rheinwald Privatbank AG, "
        "Bockenheimer Landstraße 42, 60323 Frankfurt am Main. Bitte melden Sie sich am Empfang im EG.\n\nMit "
        "freundlichen Grüßen\nAnja Weber\nPersonal\nRheinwald Privatbank AG")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Anja":mailto:anja.weber@rheinwald-privatbank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Albers, Frank Dr.":mailto:frank.albers@rheinwald-privatbank.de
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Kieffer – Leitung Compliance / GwB (m/w/d)
DTSTART;TZID={WIN_LUX}:20250924T100000
DTEND;TZID={WIN_LUX}:20250924T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T114012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bockenheimer Landstraße 42\\, 60323 Frankfurt
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-lastfirst-de", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   company="Rheinwald Privatbank", role="Leitung Compliance / GwB (m/w/d)", stage="hiring_manager",
                   who=("anja.weber@rheinwald-privatbank.de", "frank.albers@rheinwald-privatbank.de")))

    uid = "040000008200E00074C5B7101A82E0080000000061D2F0C3AA31DC0100000000000000001000000031B8E0F47C25AA60"
    desc = esc(
        "Sehr geehrte Frau Kieffer,\n\nwie telefonisch besprochen bestätige ich hiermit das Abschlussgespräch "
        "mit dem Vorstand (Herr Claus Rheinwald, Sprecher des Vorstands; Frau Dr. Ute Sander, Vorständin "
        "Risiko). Herr Dr. Albers nimmt ebenfalls teil.\n\nMit freundlichen Grüßen\nAnja Weber")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Anja":mailto:anja.weber@rheinwald-privatbank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Rheinwald, Claus":mailto:claus.rheinwald@rheinwald-privatbank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sander, Ute Dr.":mailto:ute.sander@rheinwald-privatbank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Albers, Frank Dr.":mailto:frank.albers@rheinwald-privatbank.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="FRA-Vorstandsetage Raum Taunus":mailto:raum.taunus@rheinwald-privatbank.de
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Vorstand – Frau Kieffer
DTSTART;TZID="{UTC_AMS}":20251016T150000
DTEND;TZID="{UTC_AMS}":20251016T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T090455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:FRA-Vorstandsetage Raum Taunus
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-final-room-de", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(UTC_AMS,)), uid,
                   company="Rheinwald Privatbank", stage="final",
                   who=("claus.rheinwald@rheinwald-privatbank.de", "ute.sander@rheinwald-privatbank.de",
                        "frank.albers@rheinwald-privatbank.de")))

    uid = "softgarden-appointment-1192834-7f0e@softgarden.io"
    desc = esc(
        "Guten Tag Frau Kieffer,\n\nvielen Dank für Ihr Interesse an der Position Head of Compliance & AML "
        "(w/m/d) bei der Mainufer Bank AG. Wir freuen uns, Sie zu einem ersten Telefoninterview einzuladen.\n\n"
        "Gesprächspartnerin: Katrin Vogel, Recruiting\nDauer: ca. 30 Minuten\nWir rufen Sie unter der "
        "angegebenen Telefonnummer an.\n\nViele Grüße\nIhr Recruiting-Team der Mainufer Bank AG\n\n"
        "Dieser Termin wurde über softgarden vereinbart.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250908T070000Z
DTSTART;TZID=Europe/Berlin:20250912T093000
DTEND;TZID=Europe/Berlin:20250912T100000
SUMMARY:Telefoninterview – Head of Compliance & AML (w/m/d) – Mainufer Bank AG
DESCRIPTION:{desc}
LOCATION:Telefon
ORGANIZER;CN=Mainufer Bank AG:mailto:jobs@mainufer-bank.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Katrin Vogel:mailto:katrin.vogel@mainufer-bank.de
END:VEVENT"""
    out.append(row("softgarden-phone-de", cal(ev, prodid="-//softgarden//softgarden e-recruiting//DE",
                                              tzids=("Europe/Berlin",)), uid,
                   company="Mainufer Bank", role="Head of Compliance & AML (w/m/d)", stage="recruiter_screen",
                   who=("katrin.vogel@mainufer-bank.de",)))

    uid = "040000008200E00074C5B7101A82E00800000000D4E5A6B7C83ADC01000000000000000010000000A9B8C7D6E5F40312"
    desc = esc(
        "Hallo Frau Kieffer,\n\nanbei die Einladung zum Fachgespräch. Teilnehmer: Thomas Richter (CRO) und "
        "Sabine Yilmaz (Leiterin Interne Revision). Schwerpunkte: Gefährdungsanalyse nach § 5 GwG, "
        "Auslagerung von Sicherungsmaßnahmen, Zusammenarbeit mit der BaFin.\n\n" +
        teams("de", "MmU4ZjFiYzctOGE", "q9Rt4W") + "\n\nBeste Grüße\nKatrin Vogel")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:katrin.vogel@mainufer-bank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Richter, Thomas":mailto:thomas.richter@mainufer-bank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Yilmaz, Sabine":mailto:sabine.yilmaz@mainufer-bank.de
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Fachgespräch Head of Compliance & AML – Stéphanie Kieffer
DTSTART;TZID=W. Europe Standard Time:20250929T130000
DTEND;TZID=W. Europe Standard Time:20250929T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T145512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
{outlook_tail()}
END:VEVENT"""
    out.append(row("teams-fachgespraech-de", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   company="Mainufer Bank", role="Head of Compliance & AML", stage="technical",
                   who=("thomas.richter@mainufer-bank.de", "sabine.yilmaz@mainufer-bank.de")))

    uid = "E2F4A6C8-1B3D-4E5F-8091-A2B3C4D5E6F7"
    desc = esc(
        "Liebe Frau Kieffer,\n\nHerr von Löwenstein freut sich auf ein erstes, unverbindliches Kennenlernen "
        "bei einem Kaffee in unserem Haus. Thema: die Nachfolge unseres Geldwäschebeauftragten.\n\nHerzliche "
        "Grüße\nBettina Kraus\nSekretariat der Geschäftsleitung\nBankhaus Löwenstein & Cie.\nNeue Mainzer "
        "Straße 9, 60311 Frankfurt")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250926T084500Z
DTSTART;TZID=Europe/Berlin:20251003T083000
DTEND;TZID=Europe/Berlin:20251003T093000
SUMMARY:Kennenlernen Frau Kieffer / Herr von Löwenstein
DESCRIPTION:{desc}
LOCATION:Bankhaus Löwenstein & Cie.\\, Neue Mainzer Straße 9\\, Frankfurt
ORGANIZER;CN=Maximilian von Löwenstein;SENT-BY="mailto:bettina.kraus@loewenstein-bank.de"
 :mailto:m.vonloewenstein@loewenstein-bank.de
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
SEQUENCE:0
END:VEVENT"""
    out.append(row("kennenlernen-sentby-de", cal(ev, prodid="-//Apple Inc.//macOS 15.3//EN",
                                                 tzids=("Europe/Berlin",)), uid,
                   company="Bankhaus Löwenstein & Cie.", who=("m.vonloewenstein@loewenstein-bank.de",)))

    uid = "personio-interview-0b7f3e52-91c6-4da8-westend@personio.de"
    desc = esc(
        "Hallo Stéphanie,\n\nwir freuen uns auf das Interview mit dir!\n\nPosition: Head of Compliance & AML "
        "(m/w/d)\nUnternehmen: Westend Capital Bank AG\nGesprächspartner: Jan-Philipp Roth (Vorstand "
        "Marktfolge)\nOrt: Google Meet – https://meet.google.com/ytd-ogav-ewk\n\nBis bald!\nDein People-Team "
        "der Westend Capital Bank\n\nGesendet über Personio")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251001T150000Z
DTSTART;TZID=Europe/Berlin:20251010T110000
DTEND;TZID=Europe/Berlin:20251010T120000
SUMMARY:Interview: Head of Compliance & AML (m/w/d) – Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ytd-ogav-ewk
ORGANIZER;CN=Westend Capital Bank AG:mailto:noreply@personio.de
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Jan-Philipp Roth:mailto:jp.roth@westendcapital.de
ATTENDEE;CN=Lena Hofmann;ROLE=OPT-PARTICIPANT:mailto:lena.hofmann@westendcapital.de
END:VEVENT"""
    out.append(row("personio-de", cal(ev, prodid="-//Personio GmbH//Personio//DE", tzids=("Europe/Berlin",)), uid,
                   company="Westend Capital Bank", role="Head of Compliance & AML (m/w/d)", stage="hiring_manager",
                   who=("jp.roth@westendcapital.de",)))

    uid = "wd-taunus-depot-91bc0e4f-55a1@myworkday.com"
    desc = esc(
        "Sehr geehrte Frau Kieffer,\n\nhiermit bestätigen wir Ihren Termin:\n\nStelle: JR-20931 "
        "Geldwäschebeauftragte/r und Leitung Compliance (m/w/d)\nInterviewart: Fallstudie mit Präsentation "
        "(90 Min.)\nInterviewer: Dr. Heike Brandt (Generalbevollmächtigte), Oliver Wendt (Leiter "
        "Depotbankkontrolle)\n\nDie Unterlagen zur Fallstudie erhalten Sie 48 Stunden vorher per E-Mail.\n\n"
        + zoom("de", "83127764509", "VGF1bnVzRGVw") + "\n\nTaunus Depotbank GmbH – Talent Acquisition")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251006T121200Z
DTSTART:20251020T080000Z
DTEND:20251020T093000Z
SUMMARY:Fallstudie: JR-20931 Geldwäschebeauftragte/r und Leitung Compliance (m/w/d)
DESCRIPTION:{desc}
LOCATION:Zoom
ORGANIZER;CN=Taunus Depotbank Talent Acquisition:mailto:taunusdepot@myworkday.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Heike Brandt:mailto:heike.brandt@taunus-depotbank.de
ATTENDEE;CN=Oliver Wendt:mailto:oliver.wendt@taunus-depotbank.de
END:VEVENT"""
    out.append(row("workday-case-de", cal(ev, prodid="-//Workday Inc//Workday Calendar//EN"), uid,
                   company="Taunus Depotbank", role="Geldwäschebeauftragte/r und Leitung Compliance (m/w/d)",
                   stage="technical", who=("heike.brandt@taunus-depotbank.de", "oliver.wendt@taunus-depotbank.de")))
    return out
