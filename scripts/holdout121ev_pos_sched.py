"""holdout121: the user's own interviews booked through schedulers (Calendly, Cal.com, Bookings ...) and agencies."""

from __future__ import annotations

from holdout121ev_ics import (
    ME_FREE,
    OUTLOOK,
    W_EUROPE,
    att,
    org,
    pos,
    teams,
    tz,
    vcal,
    vevent,
    zoom,
)

B = "Europe/Berlin"
CPH = "Europe/Copenhagen"


def events() -> list[dict[str, str]]:
    out = []

    uid = "b1f0c3d2-calendly-7e55-4a9f-nordicfoodtalent"
    desc = """Event Name: Introductory call (30 min)

Brewery Operations Manager – Skovgaard Bryghus (Aarhus). Camilla will walk you through the role and ask about
your experience in brewing and packaging.

Location: This is a phone call. Camilla Vestergaard will call you at +49 171 5523806

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/b1f0c3d2-7e55-4a9f
Reschedule: https://calendly.com/reschedulings/b1f0c3d2-7e55-4a9f

Powered by Calendly.com"""
    ev = vevent(uid, "20250210T130000Z", "20250210T133000Z", "Henning Brandt and Camilla Vestergaard", desc=desc,
                loc="+49 171 5523806", organizer=org("camilla@nordicfoodtalent.dk", "Camilla Vestergaard"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED")])
    out.append(pos("calendly-agency-en", vcal([ev], prodid="-//Calendly//Calendly//EN", method="REQUEST"), uid,
                   "Skovgaard Bryghus", "Brewery Operations Manager", "recruiter_screen",
                   "camilla@nordicfoodtalent.dk", "calendly-agency-names-employer-en"))

    uid = "calcom-9f2a71d0-sanddorn-kennenlernen@cal.com"
    desc = """Was: Kennenlernen Leitung Produktion zwischen Wiebke Harms und Henning Brandt
Wann: Freitag, 21. Februar 2025 11:00 - 11:45 (Europe/Berlin)
Wer:
Wiebke Harms - Veranstalter
wiebke.harms@gmail.com
Henning Brandt
henning.brandt@t-online.de
Wo: https://cal.com/video/9f2a71d0
Zusätzliche Anmerkungen: Hallo Herr Brandt, schön, dass es klappt! Kurz zu uns: Sanddorn Nord ist eine kleine
Saft- und Fruchtaufstrich-Manufaktur in Dithmarschen, wir wachsen gerade kräftig und suchen jemanden, der die
Produktion übernimmt. Beste Grüße, Wiebke

Absagen oder verschieben: https://cal.com/booking/9f2a71d0"""
    ev = vevent(uid, tz(B, "20250221T110000"), tz(B, "20250221T114500", "DTEND"),
                "Kennenlernen Leitung Produktion zwischen Wiebke Harms und Henning Brandt", desc=desc,
                loc="https://cal.com/video/9f2a71d0", organizer=org("wiebke.harms@gmail.com", "Wiebke Harms"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED")])
    out.append(pos("calcom-founder-de", vcal([ev], prodid="-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST",
                                             zones=(B,)), uid, "Sanddorn Nord", "Leitung Produktion", "",
                   "wiebke.harms@gmail.com", "calcom-founder-gmail-de"))

    uid = "bookings-e7c2a5f1-3b9d-4c8e-harzquell"
    desc = """Ihre Buchung wurde bestätigt.

Buchungsseite: Harzquell Karriere
Dienst: Bewerbergespräch Betriebsleitung Abfüllung
Mitarbeiter: Jörg Wendt (Technischer Leiter – Ihre künftige Führungskraft)
Dauer: 60 Minuten

Harzquell Mineralbrunnen GmbH · Brunnenstraße 3 · 38667 Bad Harzburg

Über Microsoft Teams teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HQ77%40thread.v2/0

Termin verwalten: https://outlook.office365.com/owa/calendar/HarzquellKarriere@harzquell.de/bookings/"""
    ev = vevent(uid, tz(W_EUROPE, "20250407T100000"), tz(W_EUROPE, "20250407T110000", "DTEND"),
                "Bewerbergespräch Betriebsleitung Abfüllung", desc=desc, loc="Microsoft Teams",
                organizer=org("HarzquellKarriere@harzquell.de", "Harzquell Karriere"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED"), att("j.wendt@harzquell.de", "Jörg Wendt")])
    out.append(pos("ms-bookings-de", vcal([ev], prodid="Microsoft Exchange Server 2010", method="REQUEST",
                                          zones=(W_EUROPE,)), uid, "Harzquell Mineralbrunnen",
                   "Betriebsleitung Abfüllung", "hiring_manager", "j.wendt@harzquell.de", "ms-bookings-de"))

    uid = "modernloop-evt-0d3f9a61-kattegat-final"
    desc = """Final interview – Head of Operations

Interviewer: Morten Vad (CEO)
Format: Microsoft Teams (link below)

Henning, this is the last step in our process. Morten would like to hear your 100-day plan for the Hirtshals
plant (10 minutes, no slides needed).

Scheduled by Sofie Dahl via ModernLoop

Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KSFinal%40thread.v2/0"""
    ev = vevent(uid, tz(CPH, "20250326T133000"), tz(CPH, "20250326T143000", "DTEND"),
                "Final interview – Head of Operations (Henning Brandt)", desc=desc, loc="Microsoft Teams",
                organizer=org("sofie.dahl@kattegatseafood.dk", "Sofie Dahl"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("morten.vad@kattegatseafood.dk", "Morten Vad")])
    out.append(pos("modernloop-en", vcal([ev], prodid="-//ModernLoop//ModernLoop Scheduling//EN", method="REQUEST",
                                         zones=(CPH,)), uid, "Kattegat Seafood", "Head of Operations", "final",
                   "morten.vad@kattegatseafood.dk", "modernloop-final-ceo-en"))

    uid = "calendly-4d7e0b91-kahle-wangerland"
    desc = """Veranstaltungsname: Telefonat 45 Min.

Sehr geehrter Herr Brandt, wie angekündigt möchte ich mit Ihnen über die Position des Betriebsleiters bei
meinem Mandanten, der Wangerland Brauerei in Hohenkirchen, sprechen. Ich rufe Sie an.

Dr. Gerhard Kahle
Weser Personalberatung – Executive Search Lebensmittel & Getränke

Änderungen: https://calendly.com/reschedulings/4d7e0b91"""
    ev = vevent(uid, tz(B, "20250213T180000"), tz(B, "20250213T184500", "DTEND"),
                "Henning Brandt und Dr. Gerhard Kahle", desc=desc, loc="Telefon",
                organizer=org("kahle@weser-personalberatung.de", "Dr. Gerhard Kahle"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED")])
    out.append(pos("calendly-personalberater-de", vcal([ev], prodid="-//Calendly//Calendly//EN", method="REQUEST",
                                                       zones=(B,)), uid, "Wangerland Brauerei", "Betriebsleiter",
                   "recruiter_screen", "kahle@weser-personalberatung.de", "personalberater-calendly-de"))

    uid = "calendly-a8c1f604-teigwaren-erstgespraech"
    desc = """Veranstaltungsname: HTM | Erstgespräch Produktionsleitung (30 Min.)

Hamburger Teigwaren Manufaktur – wir freuen uns auf das Gespräch! Ich rufe Sie unter der angegebenen Nummer an.

Fragen an: Linnea Lindqvist, People & Culture

Stornieren: https://calendly.com/cancellations/a8c1f604"""
    ev = vevent(uid, tz(B, "20250219T083000"), tz(B, "20250219T090000", "DTEND"),
                "Henning Brandt und Linnea Lindqvist", desc=desc, loc="Telefon: +49 171 5523806",
                organizer=org("l.lindqvist@htm-pasta.de", "Linnea Lindqvist"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED")])
    out.append(pos("calendly-hr-de", vcal([ev], prodid="-//Calendly//Calendly//EN", method="REQUEST", zones=(B,)),
                   uid, "Hamburger Teigwaren Manufaktur", "Produktionsleitung", "recruiter_screen",
                   "l.lindqvist@htm-pasta.de", "calendly-company-in-event-type-de"))

    uid = "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000FOODJOBS2025WBK01"
    desc = """Sehr geehrter Herr Brandt,

wie telefonisch besprochen, hat unser Kunde, die Wendland Bio-Konserven GmbH, Sie zu einem persönlichen
Gespräch für die Position Werkleiter (m/w/d) eingeladen.

Gesprächspartner vor Ort: Herr Werner Pahl (Geschäftsführer) und Frau Ute Jahnke (Produktionsleitung Gemüse)
Adresse: Wendland Bio-Konserven GmbH, Am Rundling 12, 29439 Lüchow
Im Anschluss ist ein Werksrundgang geplant.

Ich begleite Sie nicht vor Ort, stehe Ihnen aber vorher und nachher gern telefonisch zur Verfügung.

Mit freundlichen Grüßen
Tobias Reents
Senior Consultant
FoodJobs Personal GmbH · Hamburg"""
    ev = vevent(uid, tz(W_EUROPE, "20250317T130000"), tz(W_EUROPE, "20250317T150000", "DTEND"),
                "Vorstellungsgespräch bei Wendland Bio-Konserven GmbH – Werkleiter (m/w/d)", desc=desc,
                loc="Am Rundling 12, 29439 Lüchow", organizer=org("t.reents@foodjobs-personal.de", "Reents, Tobias"),
                attendees=[att(ME_FREE, "Henning Brandt")])
    out.append(pos("agency-outlook-de", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(W_EUROPE,)), uid,
                   "Wendland Bio-Konserven", "Werkleiter (m/w/d)", "onsite", "werner pahl;ute jahnke",
                   "agency-client-onsite-de"))

    uid = "hes-2025-0331-fyns-brandt"
    desc = f"""Dear Henning,

Please find below the details for your second interview with our client Fyns Chokoladefabrik A/S for the
position of Chief Operating Officer.

Interviewers: Helle Bruun (CEO) and Anders Lykke (Chairman of the Board)
Format: Zoom (details below). Please allow 90 minutes.

I'll call you afterwards for a debrief.

Kind regards,
Ulrike Sommer
Partner | Hanse Executive Search | Hamburg

{zoom("en", 17)}"""
    ev = vevent(uid, tz(B, "20250331T140000"), tz(B, "20250331T153000", "DTEND"),
                "Fyns Chokoladefabrik – 2nd interview COO – H. Brandt", desc=desc, loc="Zoom",
                organizer=org("u.sommer@hanse-executive.de", "Ulrike Sommer"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("hb@fynschoko.dk", "Helle Bruun"),
                           att("anders.lykke@fynschoko.dk", "Anders Lykke")])
    out.append(pos("agency-zoom-en", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(B,)), uid,
                   "Fyns Chokoladefabrik", "Chief Operating Officer", "hiring_manager",
                   "hb@fynschoko.dk;anders.lykke@fynschoko.dk", "exec-search-zoom-en"))

    uid = "calendly-52e9b0aa-vestjysk-hm"
    desc = f"""Event Name: Plant Manager Holstebro – interview with the plant director (60 min)

Hi Henning, Mette passed on your details. Looking forward to talking about the Holstebro plant!
Niels Brask, Plant Director, Vestjysk Mejeri

{teams("en", 44)}

Reschedule: https://calendly.com/reschedulings/52e9b0aa"""
    ev = vevent(uid, tz(CPH, "20250304T080000"), tz(CPH, "20250304T090000", "DTEND"),
                "Henning Brandt and Niels Brask", desc=desc, loc="Microsoft Teams",
                organizer=org("niels.brask@vestmejeri.dk", "Niels Brask"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED")])
    out.append(pos("calendly-hm-en", vcal([ev], prodid="-//Calendly//Calendly//EN", method="REQUEST", zones=(CPH,)),
                   uid, "Vestjysk Mejeri", "Plant Manager Holstebro", "hiring_manager", "niels.brask@vestmejeri.dk",
                   "calendly-hiring-manager-en"))
    return out
