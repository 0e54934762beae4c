"""holdout67: negatives, part A (mock interviews, webinar, research/press/podcast, doctors, authorities, bank ...)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    U_CN,
    U_WEB,
    Ev,
    a_g,
    a_ol,
    a_plain,
    digits,
    esc,
    google_export,
    google_uid,
    guid,
    hexid,
    html,
    meet_en,
    org,
    outlook_tail,
    outlook_uid,
    t,
    vcal,
)

H_IOS = ["CALSCALE:GREGORIAN", "PRODID:-//Apple Inc.//iPhone OS 18.2//EN", "VERSION:2.0"]


def _ios(seed: str, summary: str, start: str, end: str, desc: str = "", loc: str = "",
         extra: list[str] | None = None) -> tuple[str, list[str]]:
    uid = guid(seed, upper=True)
    ve = ["BEGIN:VEVENT", "CREATED:20261110T180000Z", f"DTEND;TZID=Europe/Berlin:{end}", "DTSTAMP:20261110T180012Z",
          f"DTSTART;TZID=Europe/Berlin:{start}", "LAST-MODIFIED:20261110T180012Z", *(extra or []),
          "SEQUENCE:0", t("SUMMARY", summary), "TRANSP:OPAQUE", f"UID:{uid}"]
    if desc:
        ve.append(t("DESCRIPTION", desc))
    if loc:
        ve.append(t("LOCATION", loc))
    ve += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "END:VEVENT"]
    return uid, ve


def n_mock_career_service() -> Ev:
    uid = outlook_uid("mock-cs")
    desc = ("Hallo Herr Demir,\n\n"
            "hiermit bestätigen wir Ihren Termin für ein Mock-Interview (Übungs-Vorstellungsgespräch) im Rahmen "
            "unseres Alumni-Angebots. Wir simulieren ein Gespräch auf Basis einer echten Stellenanzeige Ihrer Wahl, "
            "zeichnen es auf Wunsch auf Video auf und geben Ihnen anschließend ausführliches Feedback.\n\n"
            "Bitte bringen Sie die Stellenanzeige und Ihren Lebenslauf mit.\n\n"
            "Viele Grüße\nKarin Bühler\nCareer Service · HS Plochingen")
    ve = [
        "BEGIN:VEVENT", org("Bühler, Karin", "career@hs-plochingen.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Mock-Interview (Bewerbungstraining) – Yusuf Demir"),
        "DTSTART;TZID=W. Europe Standard Time:20261120T170000", "DTEND;TZID=W. Europe Standard Time:20261120T180000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261112T140000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "HS Plochingen, Gebäude 3, Raum 3.112 (Career Service)"),
        *outlook_tail("mock-cs"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-mock-interview-career-service-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 0,
              trap="mock-interview-career-service-de")


def n_mock_cousin_tr() -> Ev:
    uid = google_uid("mock-deniz")
    desc = ("Deniz bana Lindqvist için İngilizce mülakat provası yaptıracak – teknik sorular + "
            "\"tell me about yourself\". Laptop + kulaklık hazır olsun.")
    ve = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20261213T190000", "DTEND;TZID=Europe/Berlin:20261213T200000",
        "DTSTAMP:20261211T093000Z", org(U_CN, U_WEB), f"UID:{uid}",
        a_g("Deniz Demir", "deniz.demir.2001@gmail.com"), a_g(U_CN, U_WEB, ps="ACCEPTED"),
        "CREATED:20261211T092959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261211T092959Z",
        "LOCATION:WhatsApp görüntülü", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Deniz ile mülakat provası (İngilizce) 🎤"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-mock-with-cousin-tr", vcal(H_GOOGLE, ["Europe/Berlin"], [ve]), uid, 0,
              trap="mock-interview-family-names-company-tr")


def n_webinar() -> Ev:
    mid = digits("webinar-ingnetz", 11)
    uid = f"ZOOM{mid}"
    desc = ("Hallo Yusuf,\n\n"
            "vielen Dank für Ihre Anmeldung zu „Gehaltsverhandlung & Vorstellungsgespräch für Ingenieur:innen im "
            "Berufseinstieg“ (IngNetz e.V.).\n\n"
            "Referentin: Dr. Miriam Ostrowski, Karrierecoach\n"
            "Inhalte: typische Fragen im Vorstellungsgespräch, Gehaltsbänder in der Metall- und Elektroindustrie, "
            "Verhandlungstaktik, Q&A\n\n"
            f"Sie können über folgenden Link beitreten:\nhttps://us06web.zoom.us/w/{mid}?tk={hexid('tk', 40)}\n\n"
            f"Webinar-ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nKenncode: {digits('wpc', 6)}")
    ve = [
        "BEGIN:VEVENT", "DTSTAMP:20261116T201500Z", f"UID:{uid}", "DTSTART:20261124T170000Z",
        "DTEND:20261124T183000Z",
        t("SUMMARY", "Webinar: Gehaltsverhandlung & Vorstellungsgespräch für Ingenieur:innen (IngNetz e.V.)"),
        t("DESCRIPTION", desc), t("LOCATION", f"https://us06web.zoom.us/w/{mid}"),
        org("IngNetz e.V.", "no-reply@zoom.us"), "END:VEVENT",
    ]
    hdr = ["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    return Ev("zoom-webinar-interview-tips-de", vcal(hdr, [], [ve]), uid, 0, trap="webinar-interview-tips-de")


def n_user_research() -> Ev:
    uid = google_uid("flowbyte-research")
    desc = ("Hi Yusuf,\n\n"
            "Thanks for signing up for our user research study! We're building a tool for PLC commissioning and "
            "would love to hear how you work today. This is not a sales call and there are no right or wrong "
            "answers. As a thank-you you'll receive a €50 voucher after the session.\n\n"
            "The session will be recorded for internal use only (consent form: https://flowbyte.io/research/consent)."
            "\n\nBest,\nHanna Lind\nUX Researcher, Flowbyte\n\n" + meet_en("flowbyte-research"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261202T110000Z", "DTEND:20261202T114500Z", "DTSTAMP:20261126T090000Z",
        org("Hanna Lind", "hanna@flowbyte.io"), f"UID:{uid}",
        a_g("Hanna Lind", "hanna@flowbyte.io", ps="ACCEPTED"),
        a_g("Research Notes", "research@flowbyte.io", role="OPT-PARTICIPANT", ps="ACCEPTED"), a_g(U_CN, U_WEB),
        "CREATED:20261126T085959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261126T085959Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "User research interview: PLC commissioning workflows (45 min, €50 voucher)"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-user-research-interview-en", vcal(H_GOOGLE, [], [ve]), uid, 0, trap="user-research-en")


def n_press_alumni() -> Ev:
    uid = outlook_uid("alumni-press")
    desc = ("Hallo Herr Demir,\n\n"
            "vielen Dank, dass Sie für unser Alumni-Magazin „Filstal Impulse“ zur Verfügung stehen! Wir möchten ein "
            "kurzes Porträt über Ihren Berufseinstieg in der Automatisierungstechnik bringen. Das Interview führen wir "
            "telefonisch (ca. 30 Minuten); ein Foto können Sie uns gern im Anschluss schicken.\n\n"
            "Herzliche Grüße\nJudith Amann\nHochschulkommunikation · HS Plochingen")
    ve = [
        "BEGIN:VEVENT", org("Amann, Judith", "presse@hs-plochingen.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Interview für das Alumni-Magazin „Filstal Impulse“"),
        "DTSTART;TZID=W. Europe Standard Time:20261208T123000", "DTEND;TZID=W. Europe Standard Time:20261208T130000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261201T100000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Telefon", *outlook_tail("alumni-press"), "END:VEVENT",
    ]
    return Ev("outlook-press-interview-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 0,
              trap="press-interview-de")


def n_podcast() -> Ev:
    uid = google_uid("podcast")
    desc = ("Servus Yusuf,\n\nmerci, dass du dabei bist! Folge 42 von „Schaltschrank & Schnitzel“: Berufseinstieg in "
            "die Automatisierung – vom Werkstudenten zum Ingenieur. Wir nehmen über Riverside auf, bitte Kopfhörer "
            "und wenn möglich ein externes Mikro.\n\nLink: https://riverside.fm/studio/schaltschrank-schnitzel\n\n"
            "Bis Samstag\nFlo")
    ve = [
        "BEGIN:VEVENT", "DTSTART:20270109T100000Z", "DTEND:20270109T113000Z", "DTSTAMP:20261229T180000Z",
        org("Florian Reiser", "flo.reiser.podcast@gmail.com"), f"UID:{uid}",
        a_g("Florian Reiser", "flo.reiser.podcast@gmail.com", ps="ACCEPTED"), a_g(U_CN, U_WEB),
        "CREATED:20261229T175959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261229T175959Z",
        "LOCATION:Riverside.fm", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Podcast-Aufnahme „Schaltschrank & Schnitzel“ – Interview Folge 42"), "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("google-podcast-interview-de", vcal(H_GOOGLE, [], [ve]), uid, 0, trap="podcast-interview-de")


def n_doctor() -> Ev:
    uid, ve = _ios("hausarzt", "Hausarzt Dr. Schuster – Blutabnahme (nüchtern!)", "20261123T073000",
                   "20261123T080000", loc="Praxis Dr. Schuster, Marktplatz 3, Wendlingen am Neckar")
    return Ev("ios-doctor-de", vcal(H_IOS, ["Europe/Berlin"], [ve]), uid, 0, trap="doctor-de")


def n_dentist_doctolib() -> Ev:
    uid = f"doctolib-appointment-{digits('doctolib', 10)}@doctolib.de"
    desc = ("Ihr Termin bei Zahnarztpraxis Dr. Aydın & Kollegen\n\nBesuchsgrund: Kontrolluntersuchung mit "
            "professioneller Zahnreinigung\n\nBitte bringen Sie Ihre Versichertenkarte mit.\n\n"
            "Termin verwalten: https://www.doctolib.de/appointments\n\nDoctolib")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T190000Z", "DTSTART:20270108T070000Z",
        "DTEND:20270108T080000Z", t("SUMMARY", "Termin bei Zahnarztpraxis Dr. Aydın & Kollegen"),
        t("DESCRIPTION", desc), t("LOCATION", "Bahnhofstraße 21, 73207 Plochingen"), "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Doctolib//Doctolib Calendar//DE", "METHOD:PUBLISH"]
    return Ev("doctolib-dentist-de", vcal(hdr, [], [ve]), uid, 0, trap="doctor-doctolib-de")


def n_buergerbuero() -> Ev:
    uid = f"tevis-{digits('buergerbuero', 8)}@wendlingen.de"
    desc = ("Terminbestätigung\n\nAnliegen: Personalausweis beantragen (1 Person)\nVorgangsnummer: WEN-"
            f"{digits('vorgang', 6)}\n\nBitte mitbringen: alter Ausweis oder Reisepass, 1 biometrisches Passfoto, "
            "Gebühr (EC-Karte).\n\nStadt Wendlingen am Neckar – Bürgerbüro")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261125T170000Z", "DTSTART;TZID=Europe/Berlin:20261204T081000",
        "DTEND;TZID=Europe/Berlin:20261204T082000", t("SUMMARY", "Bürgerbüro Wendlingen – Personalausweis beantragen"),
        t("DESCRIPTION", desc), t("LOCATION", "Rathaus Wendlingen, Am Marktplatz 2, Bürgerbüro EG"), "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//TEVIS//Terminvereinbarung//DE", "METHOD:PUBLISH"]
    return Ev("authority-booking-de", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 0, trap="authority-appointment-de")


def n_kfz() -> Ev:
    uid, ve = _ios("kfz", "Zulassungsstelle Esslingen – Ummeldung Golf", "20270122T080000", "20270122T083000",
                   desc="eVB-Nummer, Fahrzeugbrief, Perso, SEPA-Mandat")
    return Ev("ios-authority-de", vcal(H_IOS, ["Europe/Berlin"], [ve]), uid, 0, trap="authority-appointment-de")


def n_bank() -> Ev:
    uid = outlook_uid("bank")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "vielen Dank für Ihre Terminanfrage. Gerne berate ich Sie zu den Themen Vermögenswirksame Leistungen "
            "und Bausparen. Bitte bringen Sie Ihre letzte Gehaltsabrechnung mit.\n\n"
            "Mit freundlichen Grüßen\nAndrea Kübler\nPrivatkundenberaterin · Neckarsparkasse, Filiale Wendlingen")
    ve = [
        "BEGIN:VEVENT", org("Kübler, Andrea", "andrea.kuebler@neckarsparkasse.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Beratungsgespräch mit Herrn Demir"),
        "DTSTART;TZID=W. Europe Standard Time:20261211T163000", "DTEND;TZID=W. Europe Standard Time:20261211T173000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261203T100000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "Neckarsparkasse, Filiale Wendlingen, Beratungsraum 2"),
        *outlook_tail("bank"), "END:VEVENT",
    ]
    return Ev("outlook-bank-advice-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 0,
              trap="bank-gespraech-de")


def n_visa_en() -> Ev:
    uid = f"ais-{digits('visa', 9)}@ais.usvisa-info.com"
    desc = ("Applicant: DEMIR, YUSUF\nVisa class: B1/B2\nConfirmation No.: "
            f"{digits('visa-conf', 8)}\n\nPlease bring: valid passport, DS-160 confirmation page, this appointment "
            "confirmation, one photo (5x5 cm), invitation letter from the customer site (business trip for Neckar "
            "Automation), proof of employment.\n\nElectronic devices are not permitted in the consulate.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261218T110000Z", "DTSTART;TZID=Europe/Berlin:20270203T081500",
        "DTEND;TZID=Europe/Berlin:20270203T091500",
        t("SUMMARY", "Visa Interview Appointment – U.S. Consulate General Frankfurt"), t("DESCRIPTION", desc),
        t("LOCATION", "U.S. Consulate General Frankfurt, Visa Section"), "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//AIS//Appointment//EN", "METHOD:PUBLISH"]
    return Ev("visa-interview-consulate-en", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 0, trap="visa-interview-en")


def n_language_course() -> Ev:
    uid = google_uid("vhs-nl")
    ve = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20270111T183000", "DTEND;TZID=Europe/Berlin:20270111T200000",
        "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO", "DTSTAMP:20270120T190001Z", f"UID:{uid}",
        "CREATED:20261215T200000Z", t("DESCRIPTION", "Kurs 27F-412, Raum 104 – Lehrbuch „Welkom!“ mitbringen"),
        "LAST-MODIFIED:20261215T200000Z", t("LOCATION", "VHS Wendlingen, Albstraße 12"), "SEQUENCE:0",
        "STATUS:CONFIRMED", t("SUMMARY", "VHS Niederländisch A2"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-recurring-language-course-de", vcal(google_export(), ["Europe/Berlin"], [ve]), uid, 0,
              trap="school-language-course-de")


def n_gym_intro() -> Ev:
    uid = f"booking-{hexid('gym-intro', 16)}@powerzone-fitness.de"
    desc = ("Hallo Yusuf,\n\ndein Termin ist bestätigt: Einführungsgespräch & Trainingsplanerstellung mit deinem "
            "Trainer Kevin. Wir besprechen deine Ziele, machen eine Körperanalyse und zeigen dir die Geräte.\n\n"
            "Sportliche Grüße\nDein PowerZone Fitness Team Plochingen")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261121T120000Z", "DTSTART:20261128T090000Z",
        "DTEND:20261128T100000Z", t("SUMMARY", "Einführungsgespräch & Trainingsplan – PowerZone Fitness"),
        t("DESCRIPTION", desc), t("LOCATION", "PowerZone Fitness, Eisenbahnstraße 40, Plochingen"),
        org("PowerZone Fitness Plochingen", "termine@powerzone-fitness.de"), a_plain(U_CN, U_WEB), "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Magicline//Booking//DE", "METHOD:REQUEST"]
    return Ev("gym-intro-booking-de", vcal(hdr, [], [ve]), uid, 0, trap="fitness-gespraech-de")


def n_gym_recurring() -> Ev:
    uid, ve = _ios("gym-weekly", "Gym – Push/Pull 💪", "20261124T190000", "20261124T203000",
                   loc="PowerZone Fitness Plochingen", extra=["RRULE:FREQ=WEEKLY;BYDAY=TU,TH"])
    return Ev("ios-recurring-gym-de", vcal(H_IOS, ["Europe/Berlin"], [ve]), uid, 0, trap="fitness-recurring-de")


def events() -> list[Ev]:
    return [n_mock_career_service(), n_mock_cousin_tr(), n_webinar(), n_user_research(), n_press_alumni(),
            n_podcast(), n_doctor(), n_dentist_doctolib(), n_buergerbuero(), n_kfz(), n_bank(), n_visa_en(),
            n_language_course(), n_gym_intro(), n_gym_recurring()]

