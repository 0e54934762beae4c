"""holdout17: Aylin Demir's own interviews written in German (Personio, softgarden, SuccessFactors, Outlook, notes).

Given nothing, events() returns the German interview events with their labels; each event is written by hand.
"""

from __future__ import annotations

from holdout17ev_boiler import meet, teams, zoom
from holdout17ev_ics import APPLE_X, ME_PRIVATE, ME_WORK, OUTLOOK_X, Event, Label, alarm, calendar, person, vevent

P = ME_PRIVATE


def events() -> list[Event]:
    """Given nothing, returns the German interview events of holdout17 with their labels."""
    out: list[Event] = []

    def add(kind: str, uid: str, text: str, label: Label) -> None:
        out.append(Event(kind, "de", uid, text, label))

    u = "personio-h17-ev-58211@personio.de"
    desc = ("Hallo Aylin,\n\nvielen Dank für Ihre Bewerbung als HR Business Partner (m/w/d) bei der Rheinmaas "
            "Logistik GmbH. Wir freuen uns auf ein erstes Kennenlerngespräch mit unserer Recruiterin Leonie "
            "Brandt.\n\nDauer: 30 Minuten, per Microsoft Teams.\n\n" + teams(58, "de") + "\n\nGesendet über Personio")
    add("personio-kennenlernen", u, calendar("personio", [vevent(
        u, "Kennenlerngespräch: HR Business Partner (m/w/d) – Aylin Demir", "20261104T100000",
        "20261104T103000", "Europe/Berlin",
        organizer=person("ORGANIZER", "Rheinmaas Logistik Recruiting",
                         "recruiting@rheinmaas-logistik.jobs.personio.de"),
        attendees=[person("ATTENDEE", "Leonie Brandt", "leonie.brandt@rheinmaas-logistik.de"),
                   person("ATTENDEE", "Aylin Demir", P)], description=desc)], zones=["Europe/Berlin"]),
        Label(True, "Rheinmaas Logistik", "HR Business Partner", "recruiter_screen",
              ["leonie.brandt@rheinmaas-logistik.de"]))

    u = "softgarden-h17-4412-IV2"
    desc = ("Sehr geehrte Frau Demir,\n\nhiermit bestätigen wir Ihren Termin für das Fachgespräch zur Stelle "
            "Referentin Personalgewinnung (w/m/d) bei der Taunusblick Hotelgruppe.\n\nIhre Gesprächspartner:\n"
            "Herr Dr. Felix Hahn, Leiter Personal\nFrau Ute Scholz, Betriebsrätin\n\nOrt: Hotel Taunusblick, "
            "Konferenzraum Feldberg, Am Kurpark 3, 61462 Königstein\n\nMit freundlichen Grüßen\nIhr Recruiting-Team")
    add("softgarden-fachgespraech", u, calendar("softgarden", [vevent(
        u, "Fachgespräch Referentin Personalgewinnung – Taunusblick Hotelgruppe", "20261109T140000",
        "20261109T153000", "Europe/Berlin",
        organizer=person("ORGANIZER", "Taunusblick Hotelgruppe via softgarden", "noreply@softgarden.io"),
        attendees=[person("ATTENDEE", "Dr. Felix Hahn", "f.hahn@taunusblick-hotels.de"),
                   person("ATTENDEE", "Ute Scholz", "u.scholz@taunusblick-hotels.de"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description=desc, location="Hotel Taunusblick, Konferenzraum Feldberg, Am Kurpark 3, 61462 Königstein")],
        zones=["Europe/Berlin"]),
        Label(True, "Taunusblick Hotelgruppe", "Referentin Personalgewinnung", "technical",
              ["f.hahn@taunusblick-hotels.de", "u.scholz@taunusblick-hotels.de"]))

    u = "h17-de-iphone-0091"
    add("terse-de-zweitgespraech", u, calendar("ios", [vevent(
        u, "Zweitgespräch Kranich Software 14h Hr. Albers (Teamlead People)", "20261118T140000",
        "20261118T150000", "Europe/Berlin", extra=[*APPLE_X, *alarm(30)])], zones=["Europe/Berlin"], method=None),
        Label(True, "Kranich Software", "", "hiring_manager", [], "terse_hand_typed"))

    u = "040000008200E00074C5B7101A82E00800000000H17DE55AA0000000000000000000000010000"
    desc = ("Liebe Frau Demir,\n\nwie telefonisch besprochen lade ich Sie zum finalen Gespräch mit unserer "
            "Geschäftsführung ein (Position: Head of People & Culture, Standort Wien).\n\nTeilnehmer: Mag. Clemens "
            "Strobl (CEO), Barbara Lechner (CFO)\n\nBeste Grüße\nJasmin Wallner\nAssistentin der Geschäftsführung\n"
            "Alpenmarkt Handels AG")
    add("outlook-de-final-gf", u, calendar("outlook", [vevent(
        u, "Finales Gespräch Head of People & Culture – Fr. Demir", "20261126T100000", "20261126T113000",
        "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Wallner Jasmin", "jasmin.wallner@alpenmarkt.at"),
        attendees=[person("ATTENDEE", "Strobl Clemens", "clemens.strobl@alpenmarkt.at"),
                   person("ATTENDEE", "Lechner Barbara", "barbara.lechner@alpenmarkt.at"),
                   person("ATTENDEE", "aylin.demir@gmail.com", P),
                   person("ATTENDEE", "Besprechungsraum Großglockner", "bespr-grossglockner@alpenmarkt.at",
                          cutype="RESOURCE", role="NON-PARTICIPANT")],
        description=desc, location="Besprechungsraum Großglockner; Wiedner Hauptstraße 120, 1050 Wien",
        extra=OUTLOOK_X)], zones=["W. Europe Standard Time"], zone_blocks=False),
        Label(True, "Alpenmarkt Handels AG", "Head of People & Culture", "final",
              ["clemens.strobl@alpenmarkt.at", "barbara.lechner@alpenmarkt.at"], "coordinator_organizer"))

    u = "h17-sf-de-INT-301177@successfactors.eu"
    desc = ("Guten Tag Frau Demir,\n\nSie sind zu einem Vorstellungsgespräch eingeladen.\nStelle: Talent "
            "Acquisition Specialist (m/w/d), Zürich\nGesprächsart: Videointerview\nInterviewer: Reto Käser, "
            "HR Manager\n\n" + teams(77, "de"))
    add("successfactors-de-video", u, calendar("successfactors", [vevent(
        u, "Vorstellungsgespräch Talent Acquisition Specialist (m/w/d) – Limmat Versand AG", "20261112T090000",
        "20261112T100000", "Europe/Zurich",
        organizer=person("ORGANIZER", "Limmat Versand Karriere", "karriere-noreply@successfactors.eu"),
        attendees=[person("ATTENDEE", "Reto Käser", "reto.kaeser@limmatversand.ch"),
                   person("ATTENDEE", "Aylin Demir", P)], description=desc)], zones=["Europe/Zurich"]),
        Label(True, "Limmat Versand", "Talent Acquisition Specialist", "technical", ["reto.kaeser@limmatversand.ch"]))

    u = "h17-gmx-gruender-4"
    add("founder-gmx-de", u, calendar("google", [vevent(
        u, "Aylin x Brotzeit Bande – Gespräch People Lead", "20261120T163000Z", "20261120T171500Z", None,
        organizer=person("ORGANIZER", "Jakob Meier", "jakob.meier.brotzeit@gmx.de"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Hi Aylin, wie besprochen das Gespräch mit mir (Gründer) über die Rolle als People Lead für "
                    "unsere 6 Filialen. Ganz locker, aber ich will verstehen, wie du Recruiting aufziehen würdest.\n\n"
                    + meet(12, "de"))]), Label(True, "Brotzeit Bande", "People Lead", "hiring_manager",
                                                ["jakob.meier.brotzeit@gmx.de"], "founder_free_mail"))

    u = "h17-agentur-de-71@hays-like-personal.de"
    desc = ("Liebe Aylin,\n\nanbei der Termin bei meinem Kunden, der Spedition Kessler & Söhne in Frankfurt-"
            "Fechenheim, für die Position HR Generalist. Gesprächspartnerin ist Frau Monika Kessler "
            "(Geschäftsführerin). Bitte 10 Minuten früher da sein.\n\nViele Grüße\nTim Oberle\nMainPersonal "
            "Beratung")
    add("agency-de-client", u, calendar("outlook", [vevent(
        u, "Vorstellungsgespräch Kessler & Söhne (über MainPersonal)", "20261113T110000", "20261113T120000",
        "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Tim Oberle", "t.oberle@mainpersonal.de"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description=desc, location="Spedition Kessler & Söhne, Orber Straße 16, 60386 Frankfurt",
        extra=OUTLOOK_X)], zones=["W. Europe Standard Time"]),
        Label(True, "Kessler & Söhne", "HR Generalist", "hiring_manager", ["Monika Kessler"], "agency"))

    u = "h17-de-calendly-screen@calendly.com"
    add("calendly-de-telefon", u, calendar("calendly", [vevent(
        u, "Telefoninterview (20 Min.) zwischen Selin Aksoy und Aylin Demir", "20261103T081500Z",
        "20261103T083500Z", None,
        organizer=person("ORGANIZER", "Selin Aksoy", "selin.aksoy@frischwerk.de"),
        attendees=[person("ATTENDEE", "Aylin Demir", P, partstat="ACCEPTED")],
        description="Veranstaltungsname: Telefoninterview (20 Min.)\n\nFrischwerk GmbH – Recruiting für die "
                    "Position Personalreferentin Filialen.\nSelin ruft Sie unter Ihrer Nummer an.\n\n"
                    "Powered by Calendly.com")], method=None),
        Label(True, "Frischwerk", "Personalreferentin Filialen", "recruiter_screen", ["selin.aksoy@frischwerk.de"]))

    u = "h17-de-zoom-panel-9@zoom.us"
    add("zoom-de-panel", u, calendar("zoom", [vevent(
        u, "Panelgespräch HRBP Operations | Nordlicht Fulfillment", "20261124T130000", "20261124T141500",
        "Europe/Berlin",
        organizer=person("ORGANIZER", "Daniela Wirth", "daniela.wirth@nordlicht-fulfillment.de"),
        attendees=[person("ATTENDEE", "Daniela Wirth", "daniela.wirth@nordlicht-fulfillment.de",
                          partstat="ACCEPTED"),
                   person("ATTENDEE", "Sven Pohl", "sven.pohl@nordlicht-fulfillment.de"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Runde 2 von 3 – Fallstudie Betriebsratsanhörung und Schichtplanung.\n\n"
                    + zoom(92, "Daniela Wirth", "de"))], zones=["Europe/Berlin"]),
        Label(True, "Nordlicht Fulfillment", "HRBP Operations", "technical",
              ["daniela.wirth@nordlicht-fulfillment.de", "sven.pohl@nordlicht-fulfillment.de"]))

    u = "h17-wd-de-REQ-2231@myworkday.com"
    add("workday-de-cancel", u, calendar("workday", [vevent(
        u, "Abgesagt: Interview – People Partner Retail (m/w/d) – Aylin Demir", "20261119T150000",
        "20261119T160000", "Europe/Berlin",
        organizer=person("ORGANIZER", "Isarwelt Warenhaus Recruiting", "isarwelt@myworkday.com"),
        attendees=[person("ATTENDEE", "Carina Huber", "carina.huber@isarwelt.de"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Dieser Termin wurde abgesagt. Wir melden uns mit einem neuen Terminvorschlag.",
        status="CANCELLED", sequence=1)], zones=["Europe/Berlin"], method="CANCEL"),
        Label(True, "Isarwelt Warenhaus", "People Partner Retail", "", ["carina.huber@isarwelt.de"], "cancelled"))

    u = "h17-de-owa-work-44"
    add("owa-de-work-address", u, calendar("exchange", [vevent(
        u, "Interview Personalreferentin – Gastrowerk Holding", "20261110T063000Z", "20261110T071500Z", None,
        organizer=person("ORGANIZER", "Kaya, Derya", "derya.kaya@gastrowerk-holding.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK)],
        description="Hallo Frau Demir, wie gewünscht vor Ihrem Dienstbeginn. Ich rufe Sie an. Derya Kaya, HR",
        extra=OUTLOOK_X)]),
        Label(True, "Gastrowerk Holding", "Personalreferentin", "recruiter_screen",
              ["derya.kaya@gastrowerk-holding.de"], "work_address"))

    u = "h17-de-floating-notiz"
    add("floating-de-note", u, calendar("apple", [vevent(
        u, "Bewerbungsgespräch Sonnentor Reisen", "20261125T093000", "20261125T103000", None,
        description="Fr. Pichler (HR-Leitung) + Hr. Gruber (Vertrieb)\nStelle: Recruiterin\nAdresse: "
                    "Mariahilfer Str. 88, Wien – Zeugnisse mitnehmen!", location="Sonnentor Reisen Wien",
        extra=APPLE_X)], method=None),
        Label(True, "Sonnentor Reisen", "Recruiterin", "", [], "hand_typed_floating"))
    return out
