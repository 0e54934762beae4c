"""holdout129 interviews sent by ATS and schedulers (Workday, Teamtailor, Recruitee, Personio, softgarden …)."""

from __future__ import annotations

from holdout129ev_ics import (
    EXCHANGE,
    ME_FREE,
    OUTLOOK,
    TEAMS_EN,
    TEAMS_FR,
    TZ_BRUSSELS,
    Ev,
    att,
    cal,
    desc,
    org,
    teams,
    tz_windows,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "wd-INT-0017734-7f3c@scheldtforwarding.myworkdayjobs.com"
    out.append(Ev("workday-hm-en", cal([
        "DTSTAMP:20260203T091512Z",
        f"UID:{uid}",
        "SEQUENCE:0",
        "DTSTART;TZID=Europe/Brussels:20260211T100000",
        "DTEND;TZID=Europe/Brussels:20260211T110000",
        "SUMMARY:Interview: Transport Manager Road (R-004418) - Gauthier Lambotte",
        "LOCATION:Microsoft Teams",
        org("noreply@scheldtforwarding.myworkdayjobs.com", "Scheldt Forwarding Talent Acquisition"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("pieter.goossens@scheldtforwarding.com", "Pieter Goossens"),
        desc("Dear Gauthier,\n\nThank you for your interest in the position Transport Manager Road (R-004418) at "
             "Scheldt Forwarding NV.\n\nYou are invited to an interview with Pieter Goossens, Head of Road "
             "Operations, who is the hiring manager for this role.\n\nDate: Wednesday 11 February 2026\nTime: "
             "10:00 - 11:00 (CET)\n\n" + teams(TEAMS_EN, "NzA1YjQ3", "381 220 774 915", "Hq7sP2")
             + "\n\nIf you need to reschedule, please reply to this message.\n\nKind regards,\nTalent "
             "Acquisition | Scheldt Forwarding NV | Noorderlaan 147, 2030 Antwerpen"),
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ], prodid="-//Workday//Recruiting Calendar//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Scheldt Forwarding", "Transport Manager Road", "hiring_manager", "pieter.goossens@scheldtforwarding.com",
        "workday-en"))

    uid = "wd-INT-0017921-a01b@scheldtforwarding.myworkdayjobs.com"
    out.append(Ev("workday-final-en", cal([
        "DTSTAMP:20260219T140202Z",
        f"UID:{uid}",
        "DTSTART;TZID=Europe/Brussels:20260226T133000",
        "DTEND;TZID=Europe/Brussels:20260226T160000",
        "SUMMARY:Final Interview - Transport Manager Road (R-004418)",
        "LOCATION:Scheldt Forwarding\\, Noorderlaan 147\\, 2030 Antwerpen - Reception building B",
        org("noreply@scheldtforwarding.myworkdayjobs.com", "Scheldt Forwarding Talent Acquisition"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("pieter.goossens@scheldtforwarding.com", "Pieter Goossens"),
        att("an.verlinden@scheldtforwarding.com", "An Verlinden"),
        att("hr.recruitment@scheldtforwarding.com", "Els Maes (Recruitment Coordinator)", role="OPT-PARTICIPANT"),
        desc("Dear Gauthier,\n\nWe are pleased to invite you to the final round for Transport Manager Road.\n\n"
             "13:30 - 14:30  Interview with An Verlinden (Operations Director Benelux) and Pieter Goossens\n"
             "14:30 - 15:15  Site visit road terminal with Pieter\n15:15 - 16:00  Wrap-up\n\n"
             "Please bring your ID card; parking is available at gate 3. Els Maes coordinates your visit "
             "and will welcome you at reception.\n\nKind regards,\nTalent Acquisition"),
    ], prodid="-//Workday//Recruiting Calendar//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Scheldt Forwarding", "Transport Manager Road", "final",
        "an.verlinden@scheldtforwarding.com;pieter.goossens@scheldtforwarding.com", "workday-final-coordinator-en"))

    uid = "tt-interview-5518203@teamtailor.com"
    out.append(Ev("teamtailor-screen-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260204T080011Z",
        "DTSTART:20260209T083000Z",
        "DTEND:20260209T090000Z",
        "SUMMARY:Entretien téléphonique – Coordinateur logistique | Ardenne Fret",
        org("no-reply@teamtailor.com", "Ardenne Fret"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("sophie.gillet@ardennefret.be", "Sophie Gillet"),
        "LOCATION:Téléphone – Sophie vous appelle au +32 475 12 88 40",
        desc("Bonjour Gauthier,\n\nMerci pour votre candidature au poste de Coordinateur logistique chez "
             "Ardenne Fret SA. Sophie Gillet (RH) vous appellera pour un premier entretien téléphonique "
             "d'environ 30 minutes.\n\nBien à vous,\nL'équipe recrutement d'Ardenne Fret\n\n"
             "Propulsé par Teamtailor"),
    ], prodid="-//Teamtailor//Teamtailor Calendar//EN", method="REQUEST"), uid, 1,
        "Ardenne Fret", "Coordinateur logistique", "recruiter_screen", "sophie.gillet@ardennefret.be",
        "teamtailor-phone-fr"))

    uid = "recruitee-ev-88c1e0a2-4b17-4d2c-93a4-1f0c6a55e210"
    out.append(Ev("recruitee-test-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260210T120000Z",
        "DTSTART;TZID=Europe/Brussels:20260217T090000",
        "DTEND;TZID=Europe/Brussels:20260217T113000",
        "SUMMARY:Gauthier Lambotte - Responsable transport (test Excel + mise en situation)",
        "LOCATION:Logipôle Hermalle\\, Rue de l'Écluse 12\\, 4681 Hermalle-sous-Argenteau",
        org("invitations@recruiteemail.com", "Logipôle Hermalle via Recruitee"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("c.delhez@logipole-hermalle.be", "Cédric Delhez"),
        att("planning@logipole-hermalle.be", "Salle Meuse", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
        desc("Bonjour Gauthier,\n\nComme convenu, nous vous attendons pour la deuxième étape de la sélection "
             "au poste de Responsable transport :\n- test Excel (tableau croisé\\, RECHERCHEV\\, planning "
             "de tournées) – 45 min\n- mise en situation : replanifier une journée avec deux chauffeurs "
             "malades – 1 h\n- échange avec Cédric Delhez\\, responsable exploitation\n\nMunissez-vous de votre "
             "carte d'identité.\n\nCordialement,\nLogipôle Hermalle SRL"),
    ], prodid="-//Recruitee//Recruitee Calendar//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Logipôle Hermalle", "Responsable transport", "technical", "c.delhez@logipole-hermalle.be",
        "recruitee-test-excel-room-fr"))

    uid = "personio-7712904-interview@eupen-logistik.jobs.personio.de"
    out.append(Ev("personio-de", cal([
        f"UID:{uid}",
        "DTSTAMP:20260205T154433Z",
        "DTSTART:20260212T130000Z",
        "DTEND:20260212T140000Z",
        "SUMMARY:Vorstellungsgespräch: Gauthier Lambotte – Disponent / Fuhrparkleiter (m/w/d)",
        "LOCATION:Eupen Logistik GmbH\\, Industriestraße 21\\, 4700 Eupen",
        org("noreply@personio.de", "Eupen Logistik GmbH"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("m.kever@eupen-logistik.be", "Marco Kever"),
        att("j.ortmann@eupen-logistik.be", "Julia Ortmann"),
        desc("Guten Tag Herr Lambotte,\n\nvielen Dank für Ihre Bewerbung als Disponent / Fuhrparkleiter (m/w/d). "
             "Wir freuen uns\\, Sie zu einem persönlichen Gespräch mit Marco Kever (Geschäftsführer) und Julia "
             "Ortmann (Personal) einzuladen.\n\nBitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\n"
             "Eupen Logistik GmbH"),
    ], prodid="-//Personio GmbH//Personio//DE", method="REQUEST"), uid, 1,
        "Eupen Logistik", "Disponent / Fuhrparkleiter", "", "m.kever@eupen-logistik.be;j.ortmann@eupen-logistik.be",
        "personio-utc-de"))

    uid = "sg-20260303-3318847@softgarden.io"
    out.append(Ev("softgarden-final-de", cal([
        f"UID:{uid}",
        "DTSTAMP:20260224T101010Z",
        "DTSTART;TZID=Europe/Brussels:20260303T140000",
        "DTEND;TZID=Europe/Brussels:20260303T153000",
        "SUMMARY:Einladung zum Zweitgespräch – Leitung Disposition (Spedition Hilger & Kohn)",
        "LOCATION:Spedition Hilger & Kohn\\, Wiesenbachstraße 8\\, 4780 St. Vith",
        org("jobs@hilger-kohn.softgarden.io", "Spedition Hilger & Kohn – Recruiting"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("r.hilger@hilger-kohn.be", "Raphael Hilger"),
        att("b.kohn@hilger-kohn.be", "Birgit Kohn"),
        desc("Sehr geehrter Herr Lambotte,\n\nnach dem angenehmen ersten Gespräch laden wir Sie herzlich zum "
             "abschließenden Zweitgespräch mit unserer Geschäftsführung (Raphael Hilger\\, Birgit Kohn) ein.\n\n"
             "Dieser Termin wurde über softgarden geplant. Termin absagen oder verschieben: "
             "https://hilger-kohn.softgarden.io/appointment/3318847\n\nFreundliche Grüße\nIhr Recruiting-Team"),
    ], prodid="-//softgarden//Interview Scheduling//DE", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Spedition Hilger & Kohn", "Leitung Disposition", "final", "r.hilger@hilger-kohn.be;b.kohn@hilger-kohn.be",
        "softgarden-final-de"))

    uid = "SR-ev-6c2e7c0cf4c94b8a@smartrecruiters.com"
    out.append(Ev("smartrecruiters-phone-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260202T071500Z",
        "DTSTART;TZID=Europe/Brussels:20260206T110000",
        "DTEND;TZID=Europe/Brussels:20260206T113000",
        "SUMMARY:Phone Interview - Transport & Distribution Coordinator - Medilog Pharma Distribution",
        "LOCATION:Phone call",
        org("noreply@smartrecruiters.com", "Medilog Pharma Distribution"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("kathleen.devos@medilog-pharma.eu", "Kathleen De Vos"),
        desc("Hi Gauthier,\n\nYour phone interview for Transport & Distribution Coordinator (Wavre) is "
             "confirmed. Kathleen De Vos\\, Talent Partner\\, will call you on +32 486 40 21 77.\n\n"
             "Need to change the time? Use the link in your confirmation email.\n\nPowered by SmartRecruiters"),
    ], prodid="-//SmartRecruiters//Interview//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Medilog Pharma Distribution", "Transport & Distribution Coordinator", "recruiter_screen",
        "kathleen.devos@medilog-pharma.eu", "smartrecruiters-phone-en"))

    uid = "SR-ev-91af0d3b2e8f4d77@smartrecruiters.com"
    out.append(Ev("smartrecruiters-excel-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260212T161500Z",
        "DTSTART;TZID=Europe/Brussels:20260219T093000",
        "DTEND;TZID=Europe/Brussels:20260219T113000",
        "SUMMARY:Entretien + test Excel – Coordinateur Transport & Distribution (Wavre)",
        "LOCATION:Medilog Pharma Distribution\\, Avenue Lavoisier 3\\, 1300 Wavre",
        org("noreply@smartrecruiters.com", "Medilog Pharma Distribution"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("f.lambert@medilog-pharma.eu", "François Lambert"),
        att("kathleen.devos@medilog-pharma.eu", "Kathleen De Vos", role="OPT-PARTICIPANT"),
        desc("Bonjour Gauthier,\n\nVotre deuxième entretien est confirmé :\n09h30 – test Excel (45 min\\, sur "
             "place\\, PC fourni)\n10h15 – entretien avec François Lambert\\, Transport Manager GDP\n\n"
             "Kathleen De Vos vous accueillera à l'accueil mais ne participe pas à l'entretien.\n\n"
             "Powered by SmartRecruiters"),
    ], prodid="-//SmartRecruiters//Interview//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Medilog Pharma Distribution", "Coordinateur Transport & Distribution", "technical",
        "f.lambert@medilog-pharma.eu", "smartrecruiters-excel-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000D0B1E7A4B38BDC01000000000000000010000000C4E1D5E3A2F6B4"
    out.append(Ev("outlook-onsite-room-fr", cal([
        org("o.renard@bierset-airlogistics.be", "Renard, Olivier"),
        att(ME_FREE, "gauthier.lambotte@skynet.be"),
        att("m.thonon@bierset-airlogistics.be", "Thonon, Marie"),
        att("salle.cargo2@bierset-airlogistics.be", "Salle Cargo 2 (Bât. B)", cutype="RESOURCE",
            role="NON-PARTICIPANT", rsvp=False),
        desc("Bonjour Monsieur Lambotte,\n\nSuite à notre conversation téléphonique\\, je vous confirme "
             "l'entretien pour le poste de Shift Leader Export (cargo aérien) avec Marie Thonon (RH) et "
             "moi-même\\, suivi d'une visite de l'entrepôt export.\n\nMerci de vous présenter au poste de garde "
             "côté zone fret\\, avec votre carte d'identité (badge visiteur).\n\nOlivier Renard\n"
             "Operations Manager Export\n"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien G. Lambotte – Shift Leader Export",
        "DTSTART;TZID=Romance Standard Time:20260216T140000",
        "DTEND;TZID=Romance Standard Time:20260216T153000",
        f"UID:{uid}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260209T103412Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-BE:Bierset Air Logistics – Zone fret Bât. B\\, Salle Cargo 2",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Monsieur Lambotte\\,</p><p>Suite à notre "
        "conversation téléphonique\\, je vous confirme l'entretien pour le poste de <b>Shift Leader Export</b>"
        ".</p><p>Olivier Renard</p></body></html>",
    ], prodid=OUTLOOK, method="REQUEST", tz=tz_windows()), uid, 1,
        "Bierset Air Logistics", "Shift Leader Export", "onsite",
        "o.renard@bierset-airlogistics.be;m.thonon@bierset-airlogistics.be", "outlook-windows-tz-resource-fr"))

    uid = "040000008200E00074C5B7101A82E008000000007A2C33F1C88BDC0100000000000000001000000091B0A7E3C2D84F"
    out.append(Ev("exchange-customs-test-fr", cal([
        org("v.moreau@eurodouane.be", "Moreau, Valérie", sent_by="assistante.direction@eurodouane.be"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("t.fraipont@eurodouane.be", "Fraipont, Thierry"),
        att("assistante.direction@eurodouane.be", "Nyssen, Carine", role="OPT-PARTICIPANT"),
        desc("Monsieur Lambotte\\,\n\nNous avons le plaisir de vous inviter à la seconde étape pour le poste "
             "de Déclarant en douane / Customs Officer :\n- exercice pratique : établir une déclaration "
             "d'importation (PLDA) à partir d'une facture commerciale et d'une CMR (1 h)\n- entretien avec "
             "Thierry Fraipont\\, responsable du département douane\\, et moi-même.\n\nCarine Nyssen\\, "
             "assistante de direction\\, vous accueillera.\n\nValérie Moreau\nDirectrice\nEurodouane Services "
             "SRL\n"),
        "SUMMARY;LANGUAGE=fr-FR:Eurodouane – exercice pratique PLDA + entretien (Déclarant en douane)",
        "DTSTART;TZID=\"(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\":20260224T090000",
        "DTEND;TZID=\"(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\":20260224T110000",
        f"UID:{uid}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260218T083000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=fr-FR:Eurodouane\\, Rue de l'Aéroport 52\\, 4460 Grâce-Hollogne",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1844502211",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")), uid, 1,
        "Eurodouane Services", "Déclarant en douane / Customs Officer", "technical",
        "t.fraipont@eurodouane.be;v.moreau@eurodouane.be", "exchange-utc-zone-sent-by-fr"))

    uid = "wd-INT-0031145-44d0@herstal-pieces.wd3.myworkdayjobs.com"
    out.append(Ev("workday-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260302T100000Z",
        "DTSTART;TZID=Europe/Brussels:20260309T103000",
        "DTEND;TZID=Europe/Brussels:20260309T113000",
        "SUMMARY:Entretien : Gestionnaire flux transport (H/F) – JR-2291",
        org("herstalpieces@myworkday.com", "Herstal Pièces Distribution – Recrutement"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("l.collignon@hpd-group.be", "Laurence Collignon"),
        "LOCATION:Microsoft Teams",
        desc("Bonjour Gauthier\\,\n\nVous êtes invité(e) à un entretien pour le poste Gestionnaire flux transport "
             "(H/F) chez Herstal Pièces Distribution.\n\nInterlocutrice : Laurence Collignon\\, Responsable "
             "Supply Chain.\n\n" + teams(TEAMS_FR, "MzEyZGE4", "342 118 906 51", "tR4x9K")),
    ], prodid="-//Workday//Recruiting Calendar//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Herstal Pièces Distribution", "Gestionnaire flux transport", "", "l.collignon@hpd-group.be",
        "workday-brand-domain-fr"))

    return out
