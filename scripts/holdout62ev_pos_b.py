"""holdout62: the user's own interviews, part B (Germany, Austria, agencies, hand-typed entries)."""

from __future__ import annotations

from holdout62ev_boiler import meet, teams, webex, zoom
from holdout62ev_ics import (
    ME,
    WIN_LONG_DE,
    Ev,
    att,
    google_uid,
    h,
    head_generic,
    head_google,
    head_outlook,
    head_tb,
    o_att,
    olson_tz,
    org,
    outlook_event,
    outlook_uid,
    plain_event,
    tb_event,
    uuid,
    vcal,
    windows_tz,
)

LINDENMAIER = "Lindenmaier Ingenieure GmbH"


def lindenmaier_video() -> Ev:
    uid = f"sg-interview-{h('lin1', 24)}@softgarden.io"
    tb, url = teams("lin1", "de")
    desc = ("Sehr geehrter Herr Keller,\n\nhiermit bestätigen wir Ihren Interviewtermin.\n\nStelle: "
            "Niederlassungsleitung Schweiz (m/w/d)\nArt des Termins: Videointerview (Microsoft Teams)\n"
            "Gesprächspartner: Dipl.-Ing. Frank Lindenmaier (Geschäftsführer, an den die Niederlassungsleitung "
            "berichtet) und Katrin Hessler (Personalreferentin)\n\nDen Link zur Besprechung finden Sie unten. "
            "Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte über Ihr Kandidatenkonto ab.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Lindenmaier Ingenieure GmbH\n\n" + tb)
    ev = plain_event(uid=uid, start="20251022T1000", end="20251022T1100", tzid="Europe/Berlin",
                     summary="Interview: Niederlassungsleitung Schweiz (m/w/d) – Lindenmaier Ingenieure GmbH",
                     desc=desc, location="Microsoft Teams",
                     organizer=org("noreply@softgarden.io", "Lindenmaier Ingenieure GmbH via softgarden"),
                     atts=[att(ME, "Matthias Keller"),
                           att("frank.lindenmaier@lindenmaier-ingenieure.de", "Frank Lindenmaier"),
                           att("katrin.hessler@lindenmaier-ingenieure.de", "Katrin Hessler")],
                     stamp="20251015T120312Z", url=url)
    text = vcal(head_generic("-//softgarden e-recruiting GmbH//softgarden//DE"), [olson_tz("Europe/Berlin"), ev])
    return Ev("softgarden-teams-de", text, uid, 1, LINDENMAIER, "Niederlassungsleitung Schweiz", "hiring_manager",
              "frank.lindenmaier@lindenmaier-ingenieure.de;katrin.hessler@lindenmaier-ingenieure.de",
              "softgarden-noreply-organizer-de")


def lindenmaier_onsite() -> Ev:
    uid = f"{uuid('lin2')}@lindenmaier-ingenieure.de"
    desc = ("Zweitgespräch vor Ort in Stuttgart\n\nTeilnehmer: Frank Lindenmaier (GF), Dr.-Ing. Jörg Seitz "
            "(Technischer Leiter)\nAnschließend Rundgang durch das Büro und gemeinsames Mittagessen.\n\n"
            "Adresse: Lindenmaier Ingenieure GmbH, Heilbronner Straße 190, 70191 Stuttgart. Parkplätze in der "
            "Tiefgarage, bitte beim Empfang melden.")
    ev = plain_event(uid=uid, start="20251113T1000", end="20251113T1300", tzid=None,
                     summary="Zweitgespräch Niederlassungsleitung Schweiz – Herr Keller", desc=desc,
                     location="Heilbronner Straße 190, 70191 Stuttgart",
                     organizer=org("katrin.hessler@lindenmaier-ingenieure.de", "Katrin Hessler"),
                     atts=[att(ME, "Matthias Keller"),
                           att("frank.lindenmaier@lindenmaier-ingenieure.de", "Frank Lindenmaier"),
                           att("joerg.seitz@lindenmaier-ingenieure.de", "Jörg Seitz")],
                     stamp="20251104T151500Z")
    text = vcal(head_generic("-//Lindenmaier Ingenieure//Terminplaner 2.1//DE"), [ev], folded=False)
    return Ev("floating-onsite-unfolded-de", text, uid, 1, LINDENMAIER, "Niederlassungsleitung Schweiz", "onsite",
              "frank.lindenmaier@lindenmaier-ingenieure.de;joerg.seitz@lindenmaier-ingenieure.de",
              "floating-time-hr-organizer-de")


def autobahn() -> Ev:
    uid = outlook_uid("autobahn")
    wb, url = webex("autobahn", "autobahn", "de")
    desc = ("Sehr geehrter Herr Keller,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem strukturierten "
            "Auswahlgespräch für die Stelle Bereichsleitung Planung (m/w/d) in der Außenstelle Kempten ein.\n\n"
            "Auswahlkommission:\n- Herr Dr. Tobias Wegmann, Direktor der Niederlassung Südbayern\n- Frau Sabine "
            "Kreuzer, Abteilungsleitung Planung\n- Frau Melanie Schreiber, Personal\nFrau Gabriele Sommer "
            "(Gleichstellungsbeauftragte) nimmt beobachtend teil.\n\nBitte halten Sie zu Beginn einen amtlichen "
            "Lichtbildausweis bereit.\n\nMit freundlichen Grüßen\nMelanie Schreiber\nDie Autobahn GmbH des Bundes\n"
            "Niederlassung Südbayern\n\n" + wb)
    ev = outlook_event(uid=uid, start="20251118T0900", end="20251118T1015",
                       summary="Auswahlgespräch – Bereichsleitung Planung (m/w/d), Außenstelle Kempten",
                       desc=desc, organizer=org("melanie.schreiber@autobahn.de", "Schreiber, Melanie"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch"), o_att("tobias.wegmann@autobahn.de",
                                                                            "Wegmann, Tobias"),
                             o_att("sabine.kreuzer@autobahn.de", "Kreuzer, Sabine"),
                             o_att("gabriele.sommer@autobahn.de", "Sommer, Gabriele", role="OPT-PARTICIPANT")],
                       location=url, lang="de-DE", stamp="20251106T103000Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-webex-panel-de", text, uid, 1, "Die Autobahn GmbH des Bundes", "Bereichsleitung Planung", "",
              "tobias.wegmann@autobahn.de;sabine.kreuzer@autobahn.de;melanie.schreiber@autobahn.de",
              "public-panel-observer-de")


def brenner() -> Ev:
    uid = f"SF-INT-{h('brenner', 12, True)}@successfactors.eu"
    desc = ("Hallo Herr Keller,\n\nIhr Interview wurde geplant.\n\nPosition: Projektdirektor Ingenieurbau (m/w/d) – "
            "Region Süd (Req 4127)\nInterviewer: Lena Obermaier (Talent Acquisition Partner)\nDauer: 30 Minuten\n"
            "Art: Telefoninterview\n\nFrau Obermaier ruft Sie unter der von Ihnen angegebenen Telefonnummer an.\n\n"
            "Viele Grüße\nIhr Recruiting-Team\nBrenner Bau GmbH & Co. KG")
    ev = plain_event(uid=uid, start="20251009T1500", end="20251009T1530", tzid="Europe/Berlin", utc_times=True,
                     summary="Telefoninterview: Projektdirektor Ingenieurbau (m/w/d) - Req 4127", desc=desc,
                     organizer=org("recruiting@brenner-bau.de", "Brenner Bau Recruiting"),
                     atts=[att(ME, "Matthias Keller"), att("lena.obermaier@brenner-bau.de", "Lena Obermaier")],
                     location="Telefon", stamp="20251003T080102Z")
    text = vcal(head_generic("-//SAP SuccessFactors//Interview Scheduling//EN"), [ev])
    return Ev("successfactors-phone-de", text, uid, 1, "Brenner Bau GmbH & Co. KG", "Projektdirektor Ingenieurbau",
              "recruiter_screen", "lena.obermaier@brenner-bau.de", "successfactors-phone-de")


PS = "Pichler & Strobl Ziviltechniker GmbH"


def ps_video() -> Ev:
    uid = outlook_uid("ps1")
    zb, url = zoom("ps1", "de", "Georg Strobl", "Video-Interview Projektleitung Infrastruktur",
                   "27.Nov..2025 04:00 PM Wien")
    desc = ("Sehr geehrter Herr DI Keller,\n\nwie telefonisch vereinbart, sende ich Ihnen die Einladung zu unserem "
            "Video-Interview. Teilnehmen werden Mag. Eva Pichler (Prokuristin) und ich als Ihr künftiger direkter "
            "Vorgesetzter.\n\nMit freundlichen Grüßen\nDI Georg Strobl\nGeschäftsführer\nPichler & Strobl "
            "Ziviltechniker GmbH\n\n" + zb)
    ev = outlook_event(uid=uid, start="20251127T1600", end="20251127T1700",
                       summary="Video-Interview Projektleitung Infrastruktur / DI Keller", desc=desc,
                       organizer=org("georg.strobl@pichler-strobl.at", "Georg Strobl"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("eva.pichler@pichler-strobl.at", "Eva Pichler")],
                       location=url, lang="de-AT", stamp="20251119T090000Z")
    text = vcal(head_outlook(prodid="Microsoft Exchange Server 2010"), [windows_tz(), ev])
    return Ev("outlook-zoom-hm-at", text, uid, 1, PS, "Projektleitung Infrastruktur", "hiring_manager",
              "georg.strobl@pichler-strobl.at;eva.pichler@pichler-strobl.at", "zoom-austrian-hm-de")


def ps_onsite() -> Ev:
    uid = outlook_uid("ps2")
    desc = ("Sehr geehrter Herr DI Keller,\n\nleider muss ich unser persönliches Gespräch verschieben. Neuer Termin: "
            "Donnerstag, 15. Jänner 2026, 10:00 Uhr (statt 8. Jänner). Mit dabei sind Mag. Eva Pichler und "
            "DI Martin Hofer (Leiter Brückenbau).\n\nAdresse: Pichler & Strobl ZT GmbH, Schottenring 16, 1010 Wien, "
            "3. Stock.\n\nIch bitte um Verständnis und freue mich auf Ihren Besuch.\n\nMit freundlichen Grüßen\n"
            "Georg Strobl")
    ev = outlook_event(uid=uid, start="20260115T1000", end="20260115T1200",
                       summary="Verschoben: Persönliches Gespräch in Wien – Projektleitung Infrastruktur",
                       desc=desc, organizer=org("georg.strobl@pichler-strobl.at", "Georg Strobl"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("eva.pichler@pichler-strobl.at", "Eva Pichler"),
                             o_att("martin.hofer@pichler-strobl.at", "Martin Hofer")],
                       location="Schottenring 16, 1010 Wien", tzid=WIN_LONG_DE, lang="de-AT", seq=2,
                       stamp="20251219T101500Z")
    text = vcal(head_outlook(), [windows_tz(WIN_LONG_DE), ev])
    return Ev("outlook-rescheduled-onsite-at", text, uid, 1, PS, "Projektleitung Infrastruktur", "onsite",
              "georg.strobl@pichler-strobl.at;eva.pichler@pichler-strobl.at;martin.hofer@pichler-strobl.at",
              "rescheduled-seq2-jaenner-de")


def alpenbau() -> Ev:
    uid = f"{uuid('alpenbau')}@teamtailor.com"
    mb, url = meet("alpenbau", "de")
    desc = ("Hallo Matthias,\n\nschön, dass es klappt! Hier nochmal die Details zu unserem Kennenlerngespräch "
            "(ca. 30 Minuten) für die Position Projektdirektor:in Tunnel- und Ingenieurbau.\n\nWir sprechen über "
            "deinen Werdegang, unsere laufenden Projekte in Tirol und Südtirol und deine Fragen.\n\nBis bald!\n"
            "Verena Gstrein\nRecruiting & Employer Branding | Alpenbau Tirol GmbH\n\n" + mb)
    ev = plain_event(uid=uid, start="20251016T0900", end="20251016T0930", tzid="Europe/Vienna",
                     summary="Alpenbau Tirol: Kennenlernen mit Verena – Matthias Keller", desc=desc, location=url,
                     organizer=org("verena.gstrein@alpenbau.tirol", "Verena Gstrein"),
                     atts=[att(ME, "Matthias Keller"), att("verena.gstrein@alpenbau.tirol", "Verena Gstrein",
                                                           partstat="ACCEPTED")],
                     stamp="20251010T124400Z")
    text = vcal(head_generic("-//Teamtailor//Teamtailor Meetings//EN"), [olson_tz("Europe/Vienna"), ev])
    return Ev("teamtailor-meet-at", text, uid, 1, "Alpenbau Tirol GmbH", "Projektdirektor:in Tunnel- und Ingenieurbau",
              "recruiter_screen", "verena.gstrein@alpenbau.tirol", "teamtailor-brand-domain-de")


DONAU = "Donau Ingenieure ZT GmbH"


def donau_cal() -> Ev:
    uid = f"{alnum_id('donau1')}@Cal.com"
    desc = ("Was:\nErstgespräch (30 Min.) zwischen Birgit Wallner und Matthias Keller\n\nWann:\nDonnerstag, "
            "6. November 2025 | 10:00 - 10:30 (Europe/Vienna)\n\nWer:\nBirgit Wallner - Organisator\n"
            "birgit.wallner@donau-ing.at\nMatthias Keller\nmatthias.keller@bluewin.ch\n\nWo:\nTelefon: "
            "+41 79 412 58 03\n\nZusätzliche Notizen:\nBewerbung Leitung Geschäftsbereich Verkehr, Donau "
            "Ingenieure Linz\n\nMüssen Sie etwas ändern? Stornieren oder neu planen: https://cal.com/booking/"
            + h("donau1b", 22))
    ev = plain_event(uid=uid, start="20251106T1000", end="20251106T1030", tzid="Europe/Vienna", utc_times=True,
                     summary="Erstgespräch zwischen Birgit Wallner und Matthias Keller", desc=desc,
                     location="+41 79 412 58 03", organizer=org("birgit.wallner@donau-ing.at", "Birgit Wallner"),
                     atts=[att(ME, "Matthias Keller", partstat="ACCEPTED", rsvp=False)], stamp="20251030T171200Z")
    text = vcal(head_generic("-//Cal.com Inc.//Cal.com Event//EN"), [ev])
    return Ev("calcom-phone-at", text, uid, 1, DONAU, "Leitung Geschäftsbereich Verkehr", "recruiter_screen",
              "birgit.wallner@donau-ing.at", "calcom-booking-phone-de")


def alnum_id(seed: str) -> str:
    return h(seed, 22)


def donau_tech() -> Ev:
    uid = outlook_uid("donau2")
    tb, url = teams("donau2", "de")
    desc = ("Sehr geehrter Herr Keller,\n\nim Fachgespräch möchten wir mit Ihnen ein Fallbeispiel aus unserer Praxis "
            "besprechen (Generalsanierung einer Donaubrücke unter Aufrechterhaltung von Schiffs- und Straßenverkehr). "
            "Gesprächspartner: DI Christoph Haslinger (Geschäftsführer) und DI Dr. Petra Aigner (Leiterin "
            "Konstruktiver Ingenieurbau).\n\nLG\nBirgit Wallner\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251120T1300", end="20251120T1430",
                       summary="Fachgespräch Leitung GB Verkehr – Fallbeispiel Brückensanierung", desc=desc,
                       organizer=org("birgit.wallner@donau-ing.at", "Wallner Birgit"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("christoph.haslinger@donau-ing.at",
                                                                 "Haslinger Christoph"),
                             o_att("petra.aigner@donau-ing.at", "Aigner Petra")],
                       location="Microsoft Teams-Besprechung", lang="de-AT", stamp="20251111T084000Z",
                       teams_url=url)
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-teams-technical-at", text, uid, 1, DONAU, "Leitung GB Verkehr", "technical",
              "christoph.haslinger@donau-ing.at;petra.aigner@donau-ing.at", "technical-teams-de")


VBG = "Amt der Vorarlberger Landesregierung"


def vbg_first() -> Ev:
    uid = outlook_uid("vbg1")
    tb, url = teams("vbg1", "de")
    desc = ("Sehr geehrter Herr DI Keller,\n\nIm Namen von Landesbaudirektor DI Werner Nägele lade ich Sie zur "
            "ersten Runde des Auswahlverfahrens für die Leitung der Abteilung Straßenbau (VIb) ein. Das Gespräch "
            "führen DI Werner Nägele und ich.\n\nMit freundlichen Grüßen\nMag. Julia Fink\nAbteilung Personal (PrsA)"
            "\nAmt der Vorarlberger Landesregierung\nLandhaus, Römerstraße 15, 6900 Bregenz\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251201T1400", end="20251201T1500",
                       summary="Auswahlgespräch (1. Runde) – Leitung Abteilung Straßenbau (VIb)", desc=desc,
                       organizer=org("julia.fink@vorarlberg.at", "Fink Julia"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch"), o_att("werner.naegele@vorarlberg.at",
                                                                            "Nägele Werner")],
                       location="Microsoft Teams-Besprechung", lang="de-AT", stamp="20251121T100000Z",
                       teams_url=url)
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-teams-round1-at", text, uid, 1, VBG, "Leitung Abteilung Straßenbau", "",
              "werner.naegele@vorarlberg.at;julia.fink@vorarlberg.at", "public-office-round1-de")


def vbg_hearing() -> Ev:
    uid = outlook_uid("vbg2")
    desc = ("Sehr geehrter Herr DI Keller,\n\nWir freuen uns, Ihnen mitzuteilen, dass Sie zum Hearing (Endrunde) "
            "eingeladen sind. Die Hearingkommission besteht aus DI Werner Nägele (Landesbaudirektor), Dr. Stefan "
            "Moosbrugger (Landesamtsdirektor-Stv.) und Mag. Julia Fink (Personal). Bitte bereiten Sie eine "
            "Präsentation von max. 10 Minuten zum Thema „Straßenerhaltung 2035“ vor.\n\nOrt: Landhaus Bregenz, "
            "Römerstraße 15, Sitzungssaal 3. Stock\n\nMit freundlichen Grüßen\nJulia Fink")
    ev = outlook_event(uid=uid, start="20260113T0900", end="20260113T1030",
                       summary="Hearing (Endrunde) – Leitung Abteilung Straßenbau", desc=desc,
                       organizer=org("julia.fink@vorarlberg.at", "Fink Julia"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch"), o_att("werner.naegele@vorarlberg.at",
                                                                            "Nägele Werner"),
                             o_att("stefan.moosbrugger@vorarlberg.at", "Moosbrugger Stefan")],
                       location="Landhaus Bregenz, Sitzungssaal 3. Stock", lang="de-AT", stamp="20251216T080000Z",
                       busy="BUSY")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-hearing-final-at", text, uid, 1, VBG, "Leitung Abteilung Straßenbau", "final",
              "werner.naegele@vorarlberg.at;stefan.moosbrugger@vorarlberg.at;julia.fink@vorarlberg.at",
              "hearing-endrunde-de")


def stp() -> Ev:
    uid = outlook_uid("stp")
    desc = ("Lieber Herr Keller\n\nHerzlichen Dank für das angenehme Telefonat. Wie besprochen treffen wir uns zu "
            "einem ersten Gespräch über die Nachfolge der Bereichsleitung Brückenbau. Mit dabei ist unser CEO, "
            "Beat Steiner, dem die Bereichsleitung direkt unterstellt ist.\n\nIch freue mich!\n\nMartin Tobler\n"
            "Partner, Leiter Brückenbau\nSTP Steiner Tobler Partner AG | Seefeldstrasse 224 | 8008 Zürich")
    ev = outlook_event(uid=uid, start="20251024T1630", end="20251024T1800",
                       summary="Gespräch STP / M. Keller – Nachfolge Bereichsleitung Brückenbau", desc=desc,
                       organizer=org("martin.tobler@stp.ch", "Tobler, Martin"),
                       atts=[o_att(ME, "Keller, Matthias"), o_att("beat.steiner@stp.ch", "Steiner, Beat")],
                       location="STP, Seefeldstrasse 224, 8008 Zürich", tzid=WIN_LONG_DE, stamp="20251017T174500Z")
    text = vcal(head_outlook(), [windows_tz(WIN_LONG_DE), ev])
    return Ev("outlook-long-tz-hm-de", text, uid, 1, "Steiner Tobler Partner AG", "Bereichsleitung Brückenbau",
              "hiring_manager", "martin.tobler@stp.ch;beat.steiner@stp.ch", "abbrev-brand-long-tz-de")


KESSLER = "Kessler Bau AG"


def kessler_bookings() -> Ev:
    uid = outlook_uid("kessler1")
    desc = ("Ihr Termin bei Kessler Bau AG wurde bestätigt.\n\nDienst: Telefonisches Erstgespräch (30 Min.)\n"
            "Mitarbeiterin: Yvonne Bucher\nTelefonnummer des Kunden: +41 79 412 58 03\nNotizen: Bewerbung "
            "Gesamtprojektleiter Infrastruktur\n\nWir rufen Sie zur vereinbarten Zeit an.\n\nBuchung verwalten: "
            f"https://outlook.office365.com/owa/calendar/KesslerBauKarriere@kesslerbau.ch/bookings/s/{h('kb', 22)}"
            "\n\nMicrosoft Bookings")
    ev = outlook_event(uid=uid, start="20251007T0800", end="20251007T0830",
                       summary="Telefonisches Erstgespräch – Kessler Bau AG", desc=desc,
                       organizer=org("KesslerBauKarriere@kesslerbau.ch", "Kessler Bau Karriere"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("yvonne.bucher@kesslerbau.ch", "Yvonne Bucher")],
                       location="Telefon", stamp="20251002T192200Z", html=False)
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("bookings-phone-de", text, uid, 1, KESSLER, "Gesamtprojektleiter Infrastruktur", "recruiter_screen",
              "yvonne.bucher@kesslerbau.ch", "ms-bookings-phone-de")


def kessler_typed() -> Ev:
    uid = google_uid("kessler2")
    ev = ["BEGIN:VEVENT", "DTSTART:20251028T140000", "DTEND:20251028T153000", "DTSTAMP:20251023T060000Z",
          f"UID:{uid}", "CREATED:20251022T195512Z",
          "DESCRIPTION:mit Reto Amrein (Leiter Infrastrukturbau)\\, Zeugnisse + Referenzliste mitnehmen",
          "LAST-MODIFIED:20251022T195512Z", "LOCATION:Kessler Bau\\, Luzern", "SEQUENCE:0", "STATUS:CONFIRMED",
          "SUMMARY:Zweitgespräch Kessler Bau", "TRANSP:OPAQUE", "END:VEVENT"]
    text = vcal(head_google(method="PUBLISH", calname="Matthias privat", wrtz="Europe/Zurich"), [ev])
    return Ev("typed-wrtz-floating-de", text, uid, 1, KESSLER, "", "", "reto amrein", "handtyped-x-wr-timezone-de")


def gotthard() -> Ev:
    uid = f"{h('gotthard', 16)}@workable.com"
    desc = ("Hi Matthias,\n\nYou are invited to the following interview with Gotthard Tunnelbau AG.\n\nJob: "
            "Projektdirektor/in Untertagbau\nInterview: Technical interview (Fachinterview)\nInterviewers: Dr. Marco "
            "Bernasconi (Leiter Technik), Sandro Zgraggen (Bereichsleiter Tunnelbau)\nLocation: Gotthard Tunnelbau "
            "AG, Gotthardstrasse 7, 6490 Andermatt\n\nBitte bringen Sie Referenzprojekte (TBM- und "
            "Sprengvortrieb) mit.\n\nSent via Workable")
    ev = plain_event(uid=uid, start="20251125T1000", end="20251125T1130", tzid="Europe/Zurich",
                     summary="Interview invitation: Gotthard Tunnelbau AG - Projektdirektor/in Untertagbau",
                     desc=desc, location="Gotthardstrasse 7, 6490 Andermatt",
                     organizer=org("gotthard-tunnelbau@workablemail.com", "Gotthard Tunnelbau AG"),
                     atts=[att(ME, "Matthias Keller"),
                           att("marco.bernasconi@gotthard-tunnelbau.ch", "Marco Bernasconi"),
                           att("sandro.zgraggen@gotthard-tunnelbau.ch", "Sandro Zgraggen")],
                     stamp="20251114T092000Z")
    text = vcal(head_generic("-//Workable//Workable Events//EN"), [olson_tz(), ev])
    return Ev("workable-technical-de", text, uid, 1, "Gotthard Tunnelbau AG", "Projektdirektor/in Untertagbau",
              "technical", "marco.bernasconi@gotthard-tunnelbau.ch;sandro.zgraggen@gotthard-tunnelbau.ch",
              "workable-mixed-en-de")


def wyss_lanz() -> Ev:
    uid = uuid("wysslanz")
    ev = tb_event(uid=uid, start="20251110T1400", end="20251110T1530", summary="Gespräch Wyss & Lanz (Bern)",
                  desc="Thomas Lanz, Stelle Leiter Tragwerksplanung.\nZug 12:32 ab ZH HB. Unterlagen: "
                       "Referenzliste, Zeugnisse.",
                  location="Effingerstrasse 17, Bern", stamp="20251103T204011Z",
                  extra=["X-MOZ-LASTACK:20251103T204011Z"])
    text = vcal(head_tb(method=None), [olson_tz(), ev])
    return Ev("thunderbird-typed-de", text, uid, 1, "Wyss & Lanz Bauingenieure GmbH", "Leiter Tragwerksplanung", "",
              "thomas lanz", "handtyped-thunderbird-de")


def huerlimann() -> Ev:
    uid = outlook_uid("huerli")
    desc = ("Grüezi Herr Keller\n\nGerne bestätige ich Ihnen den Termin bei unserer Mandantin, der Hürlimann "
            "Ingenieure AG in Zug. Sie treffen Herrn Beat Hürlimann (CEO, Ihr künftiger Vorgesetzter) sowie Frau "
            "Caroline Steffen (Leiterin HR).\n\nAdresse: Baarerstrasse 78, 6300 Zug\n\nBitte melden Sie sich nach "
            "dem Gespräch kurz telefonisch bei mir.\n\nFreundliche Grüsse\nDaniel Gasser\nPartner | Alpin Kader "
            "Selection AG | Bahnhofplatz 1 | 8001 Zürich")
    ev = outlook_event(uid=uid, start="20251112T0900", end="20251112T1030",
                       summary="Vorstellungsgespräch Hürlimann Ingenieure AG, Zug – Herr M. Keller", desc=desc,
                       organizer=org("daniel.gasser@alpin-kader.ch", "Gasser, Daniel"),
                       atts=[o_att(ME, "Matthias Keller")], location="Baarerstrasse 78, 6300 Zug",
                       stamp="20251105T160000Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("agency-outlook-hm-de", text, uid, 1, "Hürlimann Ingenieure AG", "", "hiring_manager",
              "beat hürlimann;caroline steffen", "agency-names-employer-de")


def events() -> list[Ev]:
    return [lindenmaier_video(), lindenmaier_onsite(), autobahn(), brenner(), ps_video(), ps_onsite(), alpenbau(),
            donau_cal(), donau_tech(), vbg_first(), vbg_hearing(), stp(), kessler_bookings(), kessler_typed(),
            gotthard(), wyss_lanz(), huerlimann()]

