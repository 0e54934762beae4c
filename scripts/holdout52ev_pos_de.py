"""holdout52: the user's own interviews, German-language invitations (Vienna, Munich, Zurich)."""

from __future__ import annotations

from holdout52ev_boiler import meet, teams, zoom
from holdout52ev_ics import GMX, ME_CN, WIN_UTC1, T, att, cal, ev, ms_uid, org, room, vev, when, xalt

FORMS = {
    "Alpenwert Versicherung": ["Alpenwert"],
    "Lindgrün Mobility": ["Lindgrün"],
    "Quellwerk Analytics": ["Quellwerk"],
    "Sennhof Retail": ["Sennhof"],
    "Pannonia Energie": ["Pannonia"],
    "Rheintal Medtech": ["Rheintal"],
    "Gipfelkraft": [],
    "Datenhaus Linz": ["Datenhaus"],
    "Mediflux": [],
    "Kora Versicherung": ["Kora"],
    "Wolkenhain": [],
    "Isarwerk Energie": ["Isarwerk"],
    "Marchfeld Logistik": ["Marchfeld"],
    "Traunsee Bank": [],
    "Grünblick Energie": ["Grünblick"],
    "Hohenau Immobilien": ["Hohenau"],
    "Kaiserwerk Digital": ["Kaiserwerk"],
    "Donau Capital Partners": ["Donau Capital"],
    "TEWAG": ["Tiroler Energie- und Wasserwerke", "Tiroler Energie- und Wasserwerke AG"],
}


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "wd-int-7719302-aa81@alpenwert.myworkday.com"
    a(ev("workday-de", cal("workday", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20250923T100000", "20250923T113000"),
        T("SUMMARY", "Interview: Data Analyst (w/m/d) Schadenanalytik – SQL-Fallstudie"),
        org("alpenwert@myworkday.com", "Alpenwert Versicherung AG Recruiting"),
        att(GMX, ME_CN), att("k.lechner@alpenwert.at", "Katharina Lechner"),
        att("f.strasser@alpenwert.at", "Florian Strasser"),
        T("DESCRIPTION", "Sehr geehrte Frau Moser,\n\nvielen Dank für Ihre Bewerbung als Data Analyst (w/m/d) "
          "Schadenanalytik (JR-2025-0418). Wir laden Sie herzlich zu einer SQL-Fallstudie mit Katharina Lechner "
          "(Teamleitung Analytics) und Florian Strasser (Senior Data Analyst) ein.\n\nBitte halten Sie einen "
          "Laptop bereit.\n\n" + teams("de", "NzQ1YjE0ZGQt", "381774520193")
          + "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Alpenwert Versicherung AG"),
        T("LOCATION", "Microsoft Teams-Besprechung"), "SEQUENCE:0", "STATUS:CONFIRMED"), tz=("Europe/Vienna",)),
        uid, 1, "Alpenwert Versicherung", "Data Analyst (w/m/d) Schadenanalytik", "technical",
        ["k.lechner@alpenwert.at", "f.strasser@alpenwert.at"]))

    uid = "personio-interview-5b2e91c4-7a0d-4f3e-9a8e-1d2c3b4a5f60"
    a(ev("personio-de", cal("personio", vev(
        f"UID:{uid}", *when("Europe/Berlin", "20250925T143000", "20250925T150000"),
        T("SUMMARY", "Kennenlerngespräch | Teresa Moser | Analytics Engineer (m/w/d)"),
        org("jobs@lindgruen-mobility.de", "Lindgrün Mobility GmbH"),
        att(GMX, "Teresa Moser"), att("hannah.voss@lindgruen-mobility.de", "Hannah Voss"),
        T("DESCRIPTION", "Hallo Teresa,\n\nwir freuen uns auf ein erstes Kennenlernen! Hannah aus unserem "
          "People-Team erzählt dir mehr über Lindgrün, das Data-Team in München und die Rolle als Analytics "
          "Engineer (m/w/d).\n\n" + meet("de", "qzv-hxbt-ome")
          + "\n\nDieser Termin wurde über Personio erstellt."),
        T("LOCATION", "https://meet.google.com/qzv-hxbt-ome")), tz=("Europe/Berlin",)),
        uid, 1, "Lindgrün Mobility", "Analytics Engineer (m/w/d)", "recruiter_screen",
        ["hannah.voss@lindgruen-mobility.de"]))

    uid = "sg-appt-3309817-2@softgarden.io"
    a(ev("softgarden-de", cal("softgarden", vev(
        f"UID:{uid}", *when("Europe/Berlin", "20251002T090000", "20251002T100000"),
        T("SUMMARY", "Fachinterview – Data Analyst Pricing (m/w/d) – Quellwerk Analytics GmbH"),
        org("noreply@softgarden.io", "Quellwerk Analytics GmbH über softgarden"),
        att(GMX, "Moser, Teresa"), att("m.ostermaier@quellwerk.de", "Michael Ostermaier"),
        att("j.kiefer@quellwerk.de", "Julia Kiefer"),
        T("DESCRIPTION", "Guten Tag Frau Moser,\n\nhiermit bestätigen wir Ihren Termin für das Fachinterview.\n"
          "Gesprächspartner: Michael Ostermaier (Lead Pricing Analytics), Julia Kiefer (Data Scientist)\n"
          "Dauer: ca. 60 Minuten, Inhalt: Python/SQL-Aufgaben und Ihre bisherigen Projekte.\n\n"
          + zoom("de", "84512093377") + "\n\nTermin absagen oder verschieben: "
          "https://quellwerk.softgarden.io/appointment/3309817"),
        T("LOCATION", "Zoom")), tz=("Europe/Berlin",)),
        uid, 1, "Quellwerk Analytics", "Data Analyst Pricing (m/w/d)", "technical",
        ["m.ostermaier@quellwerk.de", "j.kiefer@quellwerk.de"]))

    uid = "SF-INT-000481220-1759329000@sennhof.successfactors.eu"
    a(ev("successfactors-de-ch", cal("successfactors", vev(
        f"UID:{uid}", *when("Europe/Zurich", "20251016T133000", "20251016T160000"),
        T("SUMMARY", "Schlussgespräch Senior Data Analyst E-Commerce – Sennhof Retail AG"),
        org("recruiting@sennhof.ch", "Sennhof Recruiting"),
        att(GMX, "Teresa Moser"), att("urs.baumgartner@sennhof.ch", "Urs Baumgartner"),
        att("corinne.wyss@sennhof.ch", "Corinne Wyss"),
        att("lea.meier@sennhof.ch", "Lea Meier (HR Coordination)", role="OPT-PARTICIPANT"),
        room("sz-zh-4-ost@sennhof.ch", "ZH Hardturm 4.OG Sitzungszimmer Ost"),
        T("DESCRIPTION", "Grüezi Frau Moser\n\nGerne bestätigen wir Ihnen das Schlussgespräch vor Ort an der "
          "Hardturmstrasse 181, 8005 Zürich. Sie treffen Urs Baumgartner (Leiter Customer Analytics) und "
          "Corinne Wyss (CFO). Lea Meier empfängt Sie am Empfang im Erdgeschoss.\n\nBitte bringen Sie einen "
          "amtlichen Ausweis mit.\n\nFreundliche Grüsse\nSennhof Retail AG, Human Resources"),
        T("LOCATION", "Sennhof Retail AG, Hardturmstrasse 181, 8005 Zürich")), tz=("Europe/Zurich",)),
        uid, 1, "Sennhof Retail", "Senior Data Analyst E-Commerce", "final",
        ["urs.baumgartner@sennhof.ch", "corinne.wyss@sennhof.ch"]))

    uid = ms_uid("pannonia-hm-moser")
    body = ("Liebe Frau Moser,\n\nwie telefonisch besprochen sende ich Ihnen im Namen von Herrn Huber die "
            "Einladung zum Gespräch für die Position Analytics Engineer im Bereich Energiehandel.\n\n"
            "Beste Grüße\nSandra Pichler\nAssistenz Bereichsleitung Trading\n\n")
    a(ev("outlook-windows-de", cal("outlook", vev(
        "CLASS:PUBLIC", "CREATED:20250915T121102Z",
        T("DESCRIPTION", body + teams("de", "ZGI3NzE2YTct", "294011837265")),
        *when("W. Europe Standard Time", "20251007T110000", "20251007T120000"),
        T("LOCATION", "Microsoft Teams-Besprechung"), "PRIORITY:5", "SEQUENCE:0",
        T("SUMMARY", "Gespräch Analytics Engineer Energiehandel – Fr. Moser / Hr. Huber"),
        "TRANSP:OPAQUE", f"UID:{uid}",
        org("markus.huber@pannonia-energie.at", "Huber, Markus", sent_by="sandra.pichler@pannonia-energie.at"),
        att(GMX, "teresa.moser@gmx.at"), att("markus.huber@pannonia-energie.at", "Huber, Markus", ps="ACCEPTED"),
        xalt("<p>Liebe Frau Moser,</p><p>wie telefonisch besprochen sende ich Ihnen im Namen von Herrn Huber "
             "die Einladung.</p>"), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"), tz=("W. Europe Standard Time",), tznames=False),
        uid, 1, "Pannonia Energie", "Analytics Engineer", "hiring_manager", ["markus.huber@pannonia-energie.at"],
        "outlook-windows-sentby-de"))

    uid = ms_uid("rheintal-tech-ts-2025")
    a(ev("outlook-utc-zone-de", cal("outlook", vev(
        T("DESCRIPTION", "Guten Tag Frau Moser\n\nAnbei die Einladung zum technischen Interview (Power BI, "
          "SQL, Datenmodellierung) mit Reto Brunner und Nadine Keller. Ich selbst begleite Sie nur zum Raum "
          "und bin beim Gespräch nicht dabei.\n\nFreundliche Grüsse\nSimone Frei, HR Koordination"),
        *when(WIN_UTC1, "20251009T083000", "20251009T100000"),
        T("LOCATION", "Rheintal Medtech, Haus B, Raum Säntis"), "SEQUENCE:1",
        T("SUMMARY", "Technisches Interview Data Analyst Qualität – Teresa Moser"), f"UID:{uid}",
        org("simone.frei@rheintal-medtech.ch", "Frei, Simone"),
        att(GMX, "Teresa Moser"), att("reto.brunner@rheintal-medtech.ch", "Brunner, Reto"),
        att("nadine.keller@rheintal-medtech.ch", "Keller, Nadine"),
        room("raum.saentis@rheintal-medtech.ch", "Raum Säntis (Haus B)"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"), tz=(WIN_UTC1,), tznames=False),
        uid, 1, "Rheintal Medtech", "Data Analyst Qualität", "technical",
        ["reto.brunner@rheintal-medtech.ch", "nadine.keller@rheintal-medtech.ch"], "outlook-utc-zone-room-de"))

    uid = "8C1F2E7A-44B0-4F0D-9E62-3A5D1C7B9E01"
    a(ev("apple-invite-de", cal("apple", vev(
        "CREATED:20250919T170411Z", f"UID:{uid}", *when("Europe/Berlin", "20251014T100000", "20251014T140000"),
        T("SUMMARY", "Vor-Ort-Termin Gipfelkraft (Teamtag Data)"),
        org("tobias@gipfelkraft.de", "Tobias Brandl"), att(GMX, "Teresa Moser"),
        att("tobias@gipfelkraft.de", "Tobias Brandl", ps="ACCEPTED"), att("eva@gipfelkraft.de", "Eva Hartl"),
        T("DESCRIPTION", "Hi Teresa, wie besprochen: Du lernst das Team kennen, wir machen zusammen die "
          "Case-Präsentation und danach Mittagessen. Danach noch 30 min mit Eva (CEO). Adresse: "
          "Rosenheimer Str. 145e, 3. Stock. Bis dann! Tobias"),
        T("LOCATION", "Gipfelkraft GmbH\nRosenheimer Str. 145e\n81671 München"),
        "TRANSP:OPAQUE", "SEQUENCE:0"), tz=("Europe/Berlin",)),
        uid, 1, "Gipfelkraft", "", "onsite", ["tobias@gipfelkraft.de", "eva@gipfelkraft.de"]))

    uid = "b61d09a2-f3c7-4a22-8e5b-5d90c1e7a3f4"
    a(ev("thunderbird-de", cal("thunderbird", vev(
        "CREATED:20250922T081500Z", "LAST-MODIFIED:20250922T081712Z", f"UID:{uid}",
        T("SUMMARY", "Technisches Gespräch BI-Entwicklerin / Data Analyst – Datenhaus Linz"),
        org("g.wimmer@datenhaus-linz.at", "Gerhard Wimmer"),
        att(GMX, "Teresa Moser", ps="NEEDS-ACTION"), att("g.wimmer@datenhaus-linz.at", "Gerhard Wimmer",
                                                          role="CHAIR", ps="ACCEPTED"),
        att("a.hofer@datenhaus-linz.at", "Anna Hofer"),
        *when("Europe/Vienna", "20251001T150000", "20251001T160000"),
        T("DESCRIPTION", "Sehr geehrte Frau Moser,\n\nwie vereinbart das technische Gespräch mit Anna Hofer "
          "und mir (SQL Server, SSIS, Power BI). Wir telefonieren über Zoom:\n\n" + zoom("de", "93120884410")
          + "\n\nMfG Gerhard Wimmer, Datenhaus Linz GmbH"),
        T("LOCATION", "Zoom"), "X-MOZ-SEND-INVITATIONS:TRUE"), tz=("Europe/Vienna",)),
        uid, 1, "Datenhaus Linz", "BI-Entwicklerin / Data Analyst", "technical",
        ["g.wimmer@datenhaus-linz.at", "a.hofer@datenhaus-linz.at"]))

    uid = "e0a2c7b4d91f4e39@gmx.at-kalender"
    a(ev("hand-typed-de", cal("apple", vev(
        f"UID:{uid}", *when(None, "20251003T160000", "20251003T170000"),
        T("SUMMARY", "IV Mediflux – Fallstudie präsentieren!!"),
        T("DESCRIPTION", "Folien auf USB-Stick + Laptop. Lobkowitzplatz, 2. Stock klingeln"),
        T("LOCATION", "Mediflux, Wien 1")), method=None),
        uid, 1, "Mediflux", "", "technical", [], "hand-typed-floating-de"))

    uid = "3f9a1e20c7b845d6a1e0@gmx.at-kalender"
    a(ev("phone-screen-hand-de", cal("apple", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20250918T121500", "20250918T123000"),
        T("SUMMARY", "Telefonat Sabine Berger (HR Kora Versicherung) – Erstgespräch"),
        T("DESCRIPTION", "ruft mich an auf 0664 …, Gehaltsvorstellung überlegen! Stelle: Data Analyst Vertrieb"),
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT10M", "END:VALARM"),
        method=None, tz=("Europe/Vienna",)),
        uid, 1, "Kora Versicherung", "Data Analyst Vertrieb", "recruiter_screen", ["sabine berger"],
        "phone-screen-hand-de"))

    uid = "tt-meeting-88213-kzf2Qe@teamtailor.com"
    a(ev("teamtailor-phone-de", cal("teamtailor", vev(
        f"UID:{uid}", *when("Z", "20250930T070000", "20250930T073000"),
        T("SUMMARY", "Telefoninterview: Junior Analytics Engineer – Wolkenhain"),
        org("notifications@teamtailor.com", "Wolkenhain"),
        att(GMX, "Teresa Moser"), att("lisa.kern@wolkenhain.at", "Lisa Kern"),
        T("DESCRIPTION", "Hallo Teresa,\n\nLisa Kern (Talent Acquisition) ruft dich unter der von dir "
          "angegebenen Nummer an. Das Gespräch dauert ca. 30 Minuten.\n\nLiebe Grüße\nDein Wolkenhain Team"),
        T("LOCATION", "Telefon")), method="REQUEST"),
        uid, 1, "Wolkenhain", "Junior Analytics Engineer", "recruiter_screen", ["lisa.kern@wolkenhain.at"],
        "phone-screen-teamtailor-de"))

    uid = "smartrecruiters-int-ee2f5b7a0c1d4a@isarwerk-energie"
    a(ev("smartrecruiters-de", cal("smartrecruiters", vev(
        f"UID:{uid}", *when("Europe/Berlin", "20251021T110000", "20251021T115000"),
        T("SUMMARY", "Interview mit Teamleitung: Data Analyst Netzbetrieb (m/w/d)"),
        org("no-reply@smartrecruiters.com", "Isarwerk Energie GmbH"),
        att(GMX, "Teresa Moser"), att("stefanie.zeller@isarwerk-energie.de", "Stefanie Zeller"),
        T("DESCRIPTION", "Liebe Frau Moser,\n\nSie sprechen mit Stefanie Zeller, Teamleiterin Netzanalytik"
          ". \n\n" + teams("de", "YjE3ZmQ2OGIt", "310228470551")),
        T("LOCATION", "Online")), tz=("Europe/Berlin",)),
        uid, 1, "Isarwerk Energie", "Data Analyst Netzbetrieb (m/w/d)", "hiring_manager",
        ["stefanie.zeller@isarwerk-energie.de"]))
    return out
