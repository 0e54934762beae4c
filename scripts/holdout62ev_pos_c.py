"""holdout62: the user's own interviews, part C (eastern Switzerland, city offices, Romandie, Graubünden)."""

from __future__ import annotations

from holdout62ev_boiler import teams, webex
from holdout62ev_ics import (
    ME,
    Ev,
    apple_event,
    att,
    g_att,
    google_event,
    google_uid,
    h,
    head_apple,
    head_generic,
    head_google,
    head_outlook,
    head_tb,
    o_att,
    o_room,
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

WIN_LONG_FR = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"


def rsb_final() -> Ev:
    uid = google_uid("rsb")
    desc = ("Sehr geehrter Herr Keller\n\nIch freue mich, Sie im Namen des Verwaltungsrats zum Schlussgespräch für "
            "die Position Geschäftsführer/in der Rheintal Strassenbau AG einzuladen. Teilnehmen werden "
            "VR-Präsident Hansjörg Eugster und ich. Wir möchten mit Ihnen die Eckpunkte des Vertrags und Ihre "
            "Vorstellungen für die ersten 100 Tage besprechen.\n\nFreundliche Grüsse\nClaudia Nüesch\n"
            "Mitglied des Verwaltungsrats, Vorsitzende Nominationsausschuss\nRSB Rheintal Strassenbau AG, "
            "Werkstrasse 5, 9443 Widnau")
    ev = google_event(uid=uid, start="20251202T1700", end="20251202T1830",
                      summary="Schlussgespräch mit dem Verwaltungsrat – Geschäftsführer/in RSB", desc=desc,
                      organizer=org("claudia.nueesch@rsb-ag.ch", "Claudia Nüesch"),
                      atts=[g_att("claudia.nueesch@rsb-ag.ch", "Claudia Nüesch", "ACCEPTED"),
                            g_att("h.eugster@rsb-ag.ch", "Hansjörg Eugster", "ACCEPTED"), g_att(ME)],
                      location="Rheintal Strassenbau AG, Werkstrasse 5, 9443 Widnau, Schweiz",
                      stamp="20251124T201500Z", created="20251124T201211Z")
    text = vcal(head_google(), [ev])
    return Ev("google-final-board-de", text, uid, 1, "Rheintal Strassenbau AG", "Geschäftsführer/in", "final",
              "claudia.nueesch@rsb-ag.ch;h.eugster@rsb-ag.ch", "final-board-abbrev-de")


ZELLWEGER = "Zellweger Bau AG"


def zellweger_calendly() -> Ev:
    uid = f"{uuid('zell1')}"
    desc = ("Event-Name: Telefonisches Erstgespräch (20 Min.) – Zellweger Bau AG\n\nDieser Termin ist ein "
            "Telefonanruf. Nicole Frei (HR Business Partner) ruft Sie an unter +41 79 412 58 03.\n\n"
            "Für welche Stelle interessieren Sie sich?\nLeiter/in Tiefbau (Geschäftsbereichsleitung)\n\n"
            "Möchten Sie Änderungen an diesem Termin vornehmen?\nAbsagen: https://calendly.com/cancellations/"
            f"{uuid('zell1c')}\nNeu planen: https://calendly.com/reschedulings/{uuid('zell1c')}\n\n"
            "Powered by Calendly.com")
    ev = plain_event(uid=uid, start="20251003T1330", end="20251003T1350", utc_times=True,
                     summary="Matthias Keller und Nicole Frei", desc=desc, location="+41 79 412 58 03",
                     organizer=org("nicole.frei@zellweger-bau.ch", "Nicole Frei"),
                     atts=[att(ME, "Matthias Keller", partstat="ACCEPTED", rsvp=False),
                           att("nicole.frei@zellweger-bau.ch", "Nicole Frei", partstat="ACCEPTED", rsvp=False)],
                     stamp="20250929T095100Z")
    text = vcal(head_generic("-//Calendly//Calendly//EN"), [ev])
    return Ev("calendly-phone-de", text, uid, 1, ZELLWEGER, "Leiter/in Tiefbau", "recruiter_screen",
              "nicole.frei@zellweger-bau.ch", "calendly-invitee-names-only-de")


def zellweger_hm() -> Ev:
    uid = outlook_uid("zell2")
    desc = ("Grüezi Herr Keller\n\nNach dem Telefonat mit Frau Frei freue ich mich, Sie persönlich kennenzulernen. "
            "Die Geschäftsbereichsleitung Tiefbau würde direkt an mich rapportieren.\n\nTreffpunkt: Empfang, "
            "Zellweger Bau AG, Zürcherstrasse 201, 8406 Winterthur.\n\nFreundliche Grüsse\nRoman Zellweger\n"
            "Inhaber und Vorsitzender der Geschäftsleitung")
    ev = outlook_event(uid=uid, start="20251016T1600", end="20251016T1730",
                       summary="Gespräch Roman Zellweger / Matthias Keller – Leitung Tiefbau", desc=desc,
                       organizer=org("roman.zellweger@zellweger-bau.ch", "Zellweger, Roman"),
                       atts=[o_att(ME, "Matthias Keller")], location="Zürcherstrasse 201, 8406 Winterthur",
                       stamp="20251006T171700Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-owner-hm-de", text, uid, 1, ZELLWEGER, "Leitung Tiefbau", "hiring_manager",
              "roman.zellweger@zellweger-bau.ch", "owner-direct-de")


WIN = "Stadt Winterthur"


def win_first() -> Ev:
    uid = outlook_uid("win1")
    desc = ("Sehr geehrter Herr Keller\n\nBesten Dank für Ihre Bewerbung als Leiter/in Projektierung & Realisierung im "
            "Tiefbauamt. Gerne laden wir Sie zu einem Vorstellungsgespräch ein. Sie treffen Peter Gloor "
            "(Stadtingenieur) und Ursula Rechsteiner (HR-Fachfrau).\n\nOrt: Superblock, Pionierstrasse 7, "
            "8403 Winterthur, Sitzungszimmer 3.14 (bitte am Empfang melden).\n\nFreundliche Grüsse\n"
            "Ursula Rechsteiner\nStadt Winterthur, Human Resources")
    ev = outlook_event(uid=uid, start="20251119T1400", end="20251119T1515",
                       summary="Vorstellungsgespräch Leiter/in Projektierung & Realisierung (Tiefbauamt)", desc=desc,
                       organizer=org("ursula.rechsteiner@win.ch", "Rechsteiner Ursula (HR)"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch"), o_att("peter.gloor@win.ch",
                                                                            "Gloor Peter (DBS)"),
                             o_room("sz-sb-3.14@win.ch", "SB Sitzungszimmer 3.14")],
                       location="SB Sitzungszimmer 3.14", stamp="20251110T092000Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-city-room-de", text, uid, 1, WIN, "Leiter/in Projektierung & Realisierung", "",
              "ursula.rechsteiner@win.ch;peter.gloor@win.ch", "city-office-room-de")


def win_tech() -> Ev:
    uid = outlook_uid("win2")
    desc = ("Sehr geehrter Herr Keller\n\nFür das zweite Gespräch bitten wir Sie, eine Fachpräsentation von 15 "
            "Minuten zum Thema «Zielkonflikte bei der Umgestaltung von Stadtstrassen – Verkehr, Stadtklima, "
            "Werkleitungen» vorzubereiten. Anschliessend Fachdiskussion mit Peter Gloor und Daniel Bosshard "
            "(Leiter Verkehrsplanung).\n\nFreundliche Grüsse\nUrsula Rechsteiner")
    ev = outlook_event(uid=uid, start="20251203T0830", end="20251203T1000",
                       summary="Fachpräsentation & Fachgespräch – Hr. Keller", desc=desc,
                       organizer=org("ursula.rechsteiner@win.ch", "Rechsteiner Ursula (HR)"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch"), o_att("peter.gloor@win.ch",
                                                                            "Gloor Peter (DBS)"),
                             o_att("daniel.bosshard@win.ch", "Bosshard Daniel (DBS)")],
                       location="Superblock, Sitzungszimmer 2.07", stamp="20251124T131300Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-city-presentation-de", text, uid, 1, WIN, "", "technical",
              "peter.gloor@win.ch;daniel.bosshard@win.ch", "presentation-coordinator-hr-de")


ALPSTEIN = "Alpstein Infrastruktur AG"


def alpstein_sr() -> Ev:
    uid = f"{h('alp1', 24)}@smartrecruiters.com"
    desc = ("Hi Matthias,\n\nThank you for accepting our invitation. Below are the details of your interview.\n\n"
            "Job: Bereichsleiter/in Infrastruktur (100%)\nInterview type: Phone screening\nInterviewer: Fabienne "
            "Koller, Talent Acquisition\nLocation: Phone call – we will call you\n\nWe look forward to speaking "
            "with you.\nAlpstein Infrastruktur AG Hiring Team")
    ev = plain_event(uid=uid, start="20251027T0900", end="20251027T0930", tzid="Europe/Zurich",
                     summary="Interview: Matthias Keller for Bereichsleiter/in Infrastruktur (100%)", desc=desc,
                     organizer=org("noreply@smartrecruiters.com", "Alpstein Infrastruktur AG"),
                     atts=[att(ME, "Matthias Keller"), att("fabienne.koller@alpstein-infra.ch", "Fabienne Koller")],
                     location="Phone call", stamp="20251021T140000Z")
    text = vcal(head_generic("-//SmartRecruiters//Interview Scheduler//EN"), [olson_tz(), ev])
    return Ev("smartrecruiters-phone-en", text, uid, 1, ALPSTEIN, "Bereichsleiter/in Infrastruktur",
              "recruiter_screen", "fabienne.koller@alpstein-infra.ch", "smartrecruiters-noreply-en")


def alpstein_final() -> Ev:
    uid = uuid("alp2", True)
    ev = apple_event(uid=uid, start="20251209T1800", end="20251209T1930",
                     summary="Abschlussgespräch Bereichsleitung Infrastruktur – M. Keller / M. Inauen",
                     organizer=org("mario.inauen@alpstein-infra.ch", "Mario Inauen"),
                     atts=[att("mario.inauen@alpstein-infra.ch", "Mario Inauen", partstat="ACCEPTED", rsvp=False,
                               cutype="INDIVIDUAL"),
                           att(ME, "Matthias Keller", cutype="INDIVIDUAL")],
                     desc="Letzte Runde, anschliessend Nachtessen im Hotel Einstein. Gruss, Mario Inauen, CEO",
                     location="Alpstein Infrastruktur AG\nLerchenfeldstrasse 3\n9014 St. Gallen",
                     stamp="20251201T070000Z", alarm=60)
    text = vcal(head_apple(os_="Mac OS X 15.1"), [olson_tz(lic=False), ev])
    return Ev("apple-final-ceo-de", text, uid, 1, ALPSTEIN, "Bereichsleitung Infrastruktur", "final",
              "mario.inauen@alpstein-infra.ch", "final-ceo-macos-de")


def vogelsang() -> Ev:
    uid = outlook_uid("vogel")
    tb, url = teams("vogel", "de")
    desc = ("Sehr geehrter Herr Keller,\n\nvielen Dank für das erste Gespräch. Im Fachinterview für die Leitung "
            "unseres neuen Standorts Basel (Verkehrsanlagen) würden wir gern mit Ihnen über Ihre Erfahrung mit "
            "HOAI/SIA-Phasen, Claim-Management und Bauen unter Verkehr sprechen.\n\nTeilnehmer: Dr.-Ing. Helmut "
            "Vogelsang (Geschäftsführer), Anja Rademacher (Leiterin Verkehrsanlagen)\n\nMit freundlichen Grüßen\n"
            "Anja Rademacher\nVogelsang Consult GmbH\nAachener Straße 1040, 50858 Köln\n\n" + tb)
    ev = plain_event(uid=uid, start="20251205T1000", end="20251205T1115", tzid="Europe/Berlin",
                     summary="Fachinterview: Leitung Standort Basel (m/w/d) – Matthias Keller", desc=desc,
                     organizer=org("anja.rademacher@vogelsang-consult.de", "Anja Rademacher"),
                     atts=[att(ME, "Matthias Keller"), att("helmut.vogelsang@vogelsang-consult.de",
                                                           "Helmut Vogelsang")],
                     location="Microsoft Teams-Besprechung", stamp="20251127T111100Z",
                     extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    text = vcal(head_generic("-//Microsoft Corporation//Outlook for Mac 16.91//EN"), [olson_tz("Europe/Berlin"),
                                                                                      ev])
    return Ev("outlook-mac-technical-de", text, uid, 1, "Vogelsang Consult GmbH", "Leitung Standort Basel",
              "technical", "helmut.vogelsang@vogelsang-consult.de;anja.rademacher@vogelsang-consult.de",
              "outlook-mac-olson-de")


SARINE = "Sarine Génie Civil SA"


def sarine_hm() -> Ev:
    uid = outlook_uid("sarine1")
    tb, url = teams("sarine1", "fr")
    desc = ("Bonjour Monsieur Keller,\n\nJe vous remercie pour votre candidature au poste de directeur·rice des "
            "travaux. Je vous propose un premier entretien par Teams ; en tant que futur supérieur direct, je "
            "souhaite vous présenter nos chantiers en cours (routes, ponts et réseaux) et l'organisation de "
            "l'équipe.\n\nMeilleures salutations\nYves Jaquier\nDirecteur\nSarine Génie Civil SA, Route de la "
            "Pâla 112, 1630 Bulle\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251110T0800", end="20251110T0900",
                       summary="Entretien – Directeur·rice des travaux – M. Keller", desc=desc,
                       organizer=org("yves.jaquier@sarine-gc.ch", "Jaquier Yves"),
                       atts=[o_att(ME, "Matthias Keller")], location="Réunion Microsoft Teams", lang="fr-CH",
                       tzid=WIN_LONG_FR, stamp="20251103T070000Z", teams_url=url)
    text = vcal(head_outlook(), [windows_tz(WIN_LONG_FR), ev])
    return Ev("outlook-teams-hm-fr", text, uid, 1, SARINE, "Directeur·rice des travaux", "hiring_manager",
              "yves.jaquier@sarine-gc.ch", "hiring-manager-long-tz-fr")


def sarine_typed() -> Ev:
    uid = uuid("sarine2", True)
    ev = apple_event(uid=uid, start="20251126T0930", end="20251126T1100", summary="Entretien Sarine GC – Bulle",
                     desc="Demander Mme Nadia Overney (RH) à la réception. Avec Yves Jaquier + chef de chantier.",
                     location="Rte de la Pâla 112, Bulle", stamp="20251117T191900Z", alarm=90)
    text = vcal(head_apple(method=None, os_="iPhone OS 18.1.1"), [olson_tz(lic=False), ev])
    return Ev("apple-typed-fr", text, uid, 1, SARINE, "", "", "nadia overney;yves jaquier", "handtyped-apple-fr")


def sion() -> Ev:
    uid = outlook_uid("sion")
    wb, url = webex("sion", "sion-ch", "fr")
    desc = ("Monsieur,\n\nNous avons le plaisir de vous inviter à la deuxième étape de la procédure de recrutement "
            "pour le poste d'ingénieur-e de Ville adjoint-e. Vous disposerez de 45 minutes pour préparer un cas "
            "pratique (réaménagement d'une traversée de localité), que vous présenterez ensuite au jury composé de M. "
            "Jean-Daniel Rey, ingénieur de Ville, et Mme Marielle Bonvin, cheffe du service des travaux publics.\n\n"
            "Ressources humaines\nVille de Sion\n\n" + wb)
    ev = outlook_event(uid=uid, start="20251205T1330", end="20251205T1530",
                       summary="Cas pratique – Ingénieur-e de Ville adjoint-e", desc=desc,
                       organizer=org("rh@sion.ch", "Ressources humaines Ville de Sion"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("jean-daniel.rey@sion.ch", "Rey Jean-Daniel"),
                             o_att("marielle.bonvin@sion.ch", "Bonvin Marielle")],
                       location=url, lang="fr-CH", stamp="20251125T100500Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-webex-case-fr", text, uid, 1, "Ville de Sion", "Ingénieur-e de Ville adjoint-e", "technical",
              "jean-daniel.rey@sion.ch;marielle.bonvin@sion.ch", "city-case-webex-fr")


def hydroplan() -> Ev:
    uid = uuid("hydro")
    desc = ("Grüezi Herr Keller\n\nwie telefonisch vereinbart: Gespräch zur Leitung des Bereichs Wasserbau & "
            "Naturgefahren, den Sie als mein direkter Report führen würden.\n\nBis bald in Chur!\n"
            "Seraina Caduff\nCEO Hydroplan Ingenieure AG")
    ev = tb_event(uid=uid, start="20251031T1400", end="20251031T1530",
                  summary="Gespräch Hydroplan / Keller – Leitung Wasserbau & Naturgefahren",
                  organizer=org("seraina.caduff@hydroplan.ch", "Seraina Caduff"),
                  atts=[att(ME, "Matthias Keller", cutype="INDIVIDUAL"),
                        att("seraina.caduff@hydroplan.ch", "Seraina Caduff", cutype="INDIVIDUAL",
                            partstat="ACCEPTED", role="CHAIR", rsvp=False)],
                  desc=desc, location="Hydroplan Ingenieure AG, Ringstrasse 34, 7000 Chur",
                  stamp="20251022T153040Z")
    text = vcal(head_tb(), [olson_tz(), ev])
    return Ev("thunderbird-ceo-hm-de", text, uid, 1, "Hydroplan Ingenieure AG", "Leitung Wasserbau & Naturgefahren",
              "hiring_manager", "seraina.caduff@hydroplan.ch", "thunderbird-invite-de")


def events() -> list[Ev]:
    return [rsb_final(), zellweger_calendly(), zellweger_hm(), win_first(), win_tech(), alpstein_sr(),
            alpstein_final(), vogelsang(), sarine_hm(), sarine_typed(), sion(), hydroplan()]

