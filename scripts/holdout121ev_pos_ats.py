"""holdout121: the user's own interviews sent by applicant-tracking systems (Personio, softgarden, Teamtailor ...)."""

from __future__ import annotations

from holdout121ev_ics import (
    ME_FREE,
    att,
    org,
    pos,
    teams,
    tz,
    vcal,
    vevent,
)

B = "Europe/Berlin"
CPH = "Europe/Copenhagen"


def events() -> list[dict[str, str]]:
    out = []

    uid = "personio-7f3a1c20-5b9e-4d7c-9a61-hansetal-44812"
    desc = f"""Hallo Herr Brandt,

vielen Dank für Ihre Bewerbung als Werksleiter (m/w/d) für unseren Standort Edewecht. Wie telefonisch
besprochen, lade ich Sie hiermit zu einem ersten Kennenlernen per Microsoft Teams ein (ca. 45 Minuten).

Ihre Gesprächspartnerin: Anke Lüders, Personalreferentin

Viele Grüße
Anke Lüders
Hansetal Molkerei eG

{teams("de", 11)}"""
    ev = vevent(uid, tz(B, "20250212T100000"), tz(B, "20250212T104500", "DTEND"),
                "Erstgespräch Werksleiter (m/w/d) – Henning Brandt", desc=desc, loc="Microsoft Teams-Besprechung",
                organizer=org("anke.lueders@hansetal-molkerei.de", "Anke Lüders"),
                attendees=[att(ME_FREE, "Henning Brandt")],
                extra=("X-PERSONIO-APPLICATION-ID:44812", "TRANSP:OPAQUE"))
    out.append(pos("personio-de", vcal([ev], prodid="-//Personio GmbH//Personio Recruiting//DE", method="REQUEST",
                                       zones=(B,)), uid, "Hansetal Molkerei", "Werksleiter (m/w/d)",
                   "recruiter_screen", "anke.lueders@hansetal-molkerei.de", "personio-teams-de"))

    uid = "sg-iv-20250219-31877-friesenkrone@softgarden.io"
    desc = """Sehr geehrter Herr Brandt,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position
Leiter Produktion und Technik (m/w/d) einladen zu dürfen.

Termin: Mittwoch, 19.02.2025, 13:00 – 16:00 Uhr
Ort: Brauerei Friesenkrone, Am Sielhafen 4, 26409 Wittmund (Anmeldung an der Pforte, Tor 2)

Ihre Gesprächspartner:
- Dr. Jan Hinrichs, Geschäftsführer Technik
- Silke Bruns, Leiterin Personal

Im Anschluss an das Gespräch zeigen wir Ihnen Sudhaus und Abfüllung. Bitte denken Sie an festes Schuhwerk.

Diesen Termin können Sie über folgenden Link bestätigen oder verschieben:
https://friesenkrone.softgarden.io/interview/31877/confirm

Mit freundlichen Grüßen
Ihr Recruiting-Team der Friesenkrone Brauerei GmbH"""
    ev = vevent(uid, tz(B, "20250219T130000"), tz(B, "20250219T160000", "DTEND"),
                "Vorstellungsgespräch: Leiter Produktion und Technik (m/w/d)", desc=desc,
                loc="Friesenkrone Brauerei GmbH, Am Sielhafen 4, 26409 Wittmund",
                organizer=org("noreply@softgarden.io", "Friesenkrone Brauerei GmbH"),
                attendees=[att(ME_FREE, "Henning Brandt"),
                           att("jan.hinrichs@friesenkrone.de", "Dr. Jan Hinrichs"),
                           att("silke.bruns@friesenkrone.de", "Silke Bruns")])
    out.append(pos("softgarden-de", vcal([ev], prodid="-//softgarden e-recruiting GmbH//Interview Scheduler//DE",
                                         method="REQUEST", zones=(B,)), uid, "Friesenkrone Brauerei",
                   "Leiter Produktion und Technik (m/w/d)", "onsite",
                   "jan.hinrichs@friesenkrone.de;silke.bruns@friesenkrone.de", "softgarden-onsite-de"))

    uid = "tt-interview-9c2e61b4a7@teamtailor.com"
    desc = f"""Hi Henning,

Thank you for your application for the position Plant Manager – Holstebro at Vestjysk Mejeri. I'm looking
forward to our video call, where we'll talk about your background in food production, the role and
the next steps in the process.

Mette Kjær
Talent Partner, Vestjysk Mejeri A/S

{teams("en", 12)}

Need to reschedule? https://career.vestmejeri.dk/interviews/9c2e61b4a7"""
    ev = vevent(uid, tz(CPH, "20250214T090000"), tz(CPH, "20250214T094500", "DTEND"),
                "Video interview: Plant Manager – Holstebro (Vestjysk Mejeri)", desc=desc,
                loc="Microsoft Teams", organizer=org("mette.kjaer@vestmejeri.dk", "Mette Kjær"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("mette.kjaer@vestmejeri.dk", "Mette Kjær",
                                                               stat="ACCEPTED")])
    out.append(pos("teamtailor-en", vcal([ev], prodid="-//Teamtailor//Teamtailor Interview//EN", method="REQUEST",
                                         zones=(CPH,)), uid, "Vestjysk Mejeri", "Plant Manager – Holstebro",
                   "recruiter_screen", "mette.kjaer@vestmejeri.dk", "teamtailor-video-en"))

    uid = "WD-INTERVIEW-EVENT-3-118842-2025"
    desc = """Interview Details

Candidate: Henning Brandt
Job Requisition: R-0004127 Supply Chain Director DACH (Hamburg)
Interview Type: Hiring Manager Interview
Interviewer: Lars Vinther (VP Supply Chain Europe)
Location: Dagmar Foods Hamburg office, Großer Burstah 36, 20457 Hamburg, 4th floor

Please bring a valid ID for the reception.

This is a system generated message from Workday. Please do not reply."""
    ev = vevent(uid, "20250225T130000Z", "20250225T141500Z",
                "Interview: Supply Chain Director DACH (Hamburg) - Hiring Manager Interview", desc=desc,
                loc="Dagmar Foods Hamburg, Großer Burstah 36, 20457 Hamburg",
                organizer=org("dagmarfoods@myworkday.com", "Dagmar Foods Recruiting"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("lars.vinther@dagmarfoods.com", "Lars Vinther")])
    out.append(pos("workday-en", vcal([ev], prodid="-//Workday Inc//Workday Calendar//EN", method="REQUEST"),
                   uid, "Dagmar Foods", "Supply Chain Director DACH (Hamburg)", "hiring_manager",
                   "lars.vinther@dagmarfoods.com", "workday-utc-en"))

    uid = "3b6f0c6e-smartrecruiters-interview-774201"
    desc = """Guten Tag Herr Brandt,

Sie sind zu folgendem Gespräch eingeladen:

Stelle: Leitung Supply Chain & Logistik (m/w/d)
Art: Fachgespräch (vor Ort)
Dauer: 90 Minuten
Gesprächspartner: Birte Ohm (Leitung Operations), Timo Gerdes (Leitung Einkauf)

Im Fachgespräch möchten wir mit Ihnen anhand eines Fallbeispiels über Bedarfsplanung, S&OP und die Steuerung
unserer Co-Packer sprechen. Eine Vorbereitung ist nicht erforderlich.

Nordheide Feinkost GmbH · Industriestraße 12 · 21244 Buchholz in der Nordheide

Powered by SmartRecruiters"""
    ev = vevent(uid, tz(B, "20250304T093000"), tz(B, "20250304T110000", "DTEND"),
                "Fachgespräch | Leitung Supply Chain & Logistik (m/w/d) | Nordheide Feinkost", desc=desc,
                loc="Nordheide Feinkost GmbH, Industriestraße 12, 21244 Buchholz i. d. N.",
                organizer=org("noreply@smartrecruiters.com", "Nordheide Feinkost Recruiting"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("b.ohm@nordheide-feinkost.de", "Birte Ohm"),
                           att("t.gerdes@nordheide-feinkost.de", "Timo Gerdes")])
    out.append(pos("smartrecruiters-de", vcal([ev], prodid="-//SmartRecruiters//Interview Scheduling//EN",
                                              method="REQUEST", zones=(B,)), uid, "Nordheide Feinkost",
                   "Leitung Supply Chain & Logistik (m/w/d)", "technical",
                   "b.ohm@nordheide-feinkost.de;t.gerdes@nordheide-feinkost.de", "smartrecruiters-fachgespraech-de"))

    uid = "SF_INTV_8841257_20250306"
    desc = """Sehr geehrter Herr Brandt,

hiermit bestätigen wir Ihren Interviewtermin:

Position: Betriebsleiter Mühle Hamburg (m/w/d) – Job-ID 12047
Datum: 06.03.2025
Uhrzeit: 14:00 – 15:30 Uhr (MEZ)
Ort: NordGetreide Mühlenwerke AG, Werk Hamburg-Wilhelmsburg, Reiherstieg 81, 21107 Hamburg
Interviewer: Ralf Oetken, Dr. Meike Sander

Bitte melden Sie sich beim Werkschutz.

SAP SuccessFactors Recruiting – NGM Karriere"""
    ev = vevent(uid, "20250306T130000Z", "20250306T143000Z", "Interview – Betriebsleiter Mühle Hamburg (m/w/d)",
                desc=desc, loc="NGM Werk Hamburg-Wilhelmsburg, Reiherstieg 81, 21107 Hamburg",
                organizer=org("recruiting@nordgetreide.com", "NGM Recruiting"),
                attendees=[att(ME_FREE, "Brandt, Henning"), att("ralf.oetken@nordgetreide.com", "Oetken, Ralf"),
                           att("meike.sander@nordgetreide.com", "Sander, Meike Dr.")])
    out.append(pos("successfactors-de", vcal([ev], prodid="-//SAP SuccessFactors//Interview Scheduling//EN",
                                             method="REQUEST", head=("X-WR-TIMEZONE:Europe/Berlin",)),
                   uid, "NordGetreide Mühlenwerke", "Betriebsleiter Mühle Hamburg (m/w/d)", "",
                   "ralf.oetken@nordgetreide.com;meike.sander@nordgetreide.com", "successfactors-utc-de"))

    uid = "greenhouse-onsite-5521983-kattegat"
    desc = """Hi Henning,

Thanks again for your time so far! Below is the agenda for your onsite visit at our Hirtshals plant.

09:30 – 10:00  Welcome & plant safety briefing (Sofie Dahl, Recruiting Coordinator)
10:00 – 11:00  Operations & leadership – Peter Holm, COO
11:00 – 11:45  Quality & food safety (BRCGS, MSC) – Anne Kirkegaard, Quality Director
11:45 – 12:30  Lunch with the shift leads
12:30 – 13:15  Cost, KPIs & budgeting – Jens Bach, Plant Controller
13:15 – 14:00  Plant tour

Sofie will meet you at the main gate. Travel expenses will be reimbursed – please keep your receipts.

Best,
Sofie Dahl | Recruiting Coordinator | Kattegat Seafood A/S"""
    ev = vevent(uid, tz(CPH, "20250312T093000"), tz(CPH, "20250312T140000", "DTEND"),
                "Onsite Interview - Henning Brandt - Head of Operations, Hirtshals", desc=desc,
                loc="Kattegat Seafood A/S, Nordsøvej 20, 9850 Hirtshals",
                organizer=org("sofie.dahl@kattegatseafood.dk", "Sofie Dahl"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("peter.holm@kattegatseafood.dk", "Peter Holm"),
                           att("anne.kirkegaard@kattegatseafood.dk", "Anne Kirkegaard"),
                           att("jens.bach@kattegatseafood.dk", "Jens Bach"),
                           att("hirtshals.skagen@kattegatseafood.dk", "Hirtshals - Mødelokale Skagen (12)",
                               role="NON-PARTICIPANT", stat="ACCEPTED", cutype="ROOM")])
    out.append(pos("greenhouse-en", vcal([ev], prodid="-//Greenhouse Software//Greenhouse Calendar//EN",
                                         method="REQUEST", zones=(CPH,)), uid, "Kattegat Seafood",
                   "Head of Operations", "onsite",
                   "peter.holm@kattegatseafood.dk;anne.kirkegaard@kattegatseafood.dk;jens.bach@kattegatseafood.dk",
                   "greenhouse-onsite-room-en"))

    uid = "lever-8f1d2a7e-ivw-haferwerk-case"
    desc = """Hi Henning,

as discussed, here's the invite for the case study round for Head of Production.

Task: "Scaling Line 2 from 8 to 20 million litres per year" – please prepare a short presentation (max. 20
min) covering capacity, staffing and the aseptic filling bottleneck. We'll discuss it for another 40 min.

Panel: Nele Fricke (COO) and Bastian Oltmanns (Head of Quality)

Location: Haferwerk HQ, Am Holzhafen 3, 28217 Bremen
Questions? Just reply to this email.

Cheers,
Jana from the Haferwerk people team

---
Sent via Lever"""
    ev = vevent(uid, tz(B, "20250227T140000"), tz(B, "20250227T150000", "DTEND"),
                "Case Study – Head of Production – Henning Brandt", desc=desc,
                loc="Haferwerk HQ, Am Holzhafen 3, 28217 Bremen",
                organizer=org("jana.wittrock@haferwerk.de", "Jana Wittrock"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("nele.fricke@haferwerk.de", "Nele Fricke"),
                           att("bastian.oltmanns@haferwerk.de", "Bastian Oltmanns")])
    out.append(pos("lever-en", vcal([ev], prodid="-//Lever//Lever Interview Scheduling//EN", method="REQUEST",
                                    zones=(B,)), uid, "Haferwerk", "Head of Production", "technical",
                   "nele.fricke@haferwerk.de;bastian.oltmanns@haferwerk.de", "lever-case-en"))

    uid = "ashby-int-0e44b3a1-founders-haferwerk"
    desc = """Final round for Head of Production: a conversation with our founders Malte Siebels and Nele Fricke
about culture, ownership and how we want to grow the plant over the next three years.

Location: Haferwerk HQ, Am Holzhafen 3, 28217 Bremen – we'll grab lunch afterwards.

Coordinated by Jana Wittrock (People). Scheduled with Ashby."""
    ev = vevent(uid, tz(B, "20250318T110000"), tz(B, "20250318T123000", "DTEND"),
                "Henning Brandt <> Haferwerk: Final round with founders", desc=desc,
                loc="Haferwerk HQ, Am Holzhafen 3, 28217 Bremen",
                organizer=org("jana.wittrock@haferwerk.de", "Jana Wittrock"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("malte@haferwerk.de", "Malte Siebels"),
                           att("nele.fricke@haferwerk.de", "Nele Fricke")])
    out.append(pos("ashby-en", vcal([ev], prodid="-//Ashby//Ashby Scheduling//EN", method="REQUEST", zones=(B,)),
                   uid, "Haferwerk", "Head of Production", "final",
                   "malte@haferwerk.de;nele.fricke@haferwerk.de", "ashby-final-founders-en"))

    uid = "workable-ph-61c7e0f2d9a4@workablemail.com"
    desc = """Phone screen with Rasmus Lund for the Operations Manager position at Fjordmælk A/S.

Rasmus will call you on +49 171 5523806. The call will take about 30 minutes.

Powered by Workable"""
    ev = vevent(uid, tz(CPH, "20250220T150000"), tz(CPH, "20250220T153000", "DTEND"),
                "Phone screen: Operations Manager (Henning Brandt)", desc=desc, loc="Phone call",
                organizer=org("rasmus.lund@fjordmaelk.dk", "Rasmus Lund"),
                attendees=[att(ME_FREE, "Henning Brandt")])
    out.append(pos("workable-phone-en", vcal([ev], prodid="-//Workable//Workable Calendar//EN", method="REQUEST",
                                             zones=(CPH,)), uid, "Fjordmælk", "Operations Manager",
                   "recruiter_screen", "rasmus.lund@fjordmaelk.dk", "workable-phone-screen-en"))

    uid = "icims-req2025-1184-intv-3"
    desc = """Interview Confirmation

Dear Henning,

This confirms your interview for Plant Manager – Osnabrück (Req 2025-1184) with OKV Osnabrücker
Kartoffelveredelung GmbH, a Harvest Valley Foods company.

Interviewer: Mark Devlin, Regional VP Operations Europe (hiring manager)
Format: Microsoft Teams video call (link below)

https://teams.microsoft.com/l/meetup-join/19%3ameeting_OKV2025a%40thread.v2/0

If you need to reschedule, please contact Talent Acquisition at ta-europe@harvestvalleyfoods.com."""
    ev = vevent(uid, "20250311T150000Z", "20250311T160000Z", "Interview Confirmation: Plant Manager – Osnabrück",
                desc=desc, loc="Microsoft Teams",
                organizer=org("ta-europe@harvestvalleyfoods.com", "Harvest Valley Talent Acquisition"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("mark.devlin@harvestvalleyfoods.com", "Mark Devlin")])
    out.append(pos("icims-en", vcal([ev], prodid="-//iCIMS//iCIMS Talent Platform//EN", method="REQUEST"), uid,
                   "OKV Osnabrücker Kartoffelveredelung", "Plant Manager – Osnabrück", "hiring_manager",
                   "mark.devlin@harvestvalleyfoods.com", "icims-parent-group-en"))

    uid = "personio-2b91ce40-weserperle-50177"
    desc = """Hallo Herr Brandt,

leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch (Betriebsleiter Abfüllung (m/w/d))
absagen, da Herr Rademacher kurzfristig verhindert ist. Wir melden uns zeitnah mit einem neuen Terminvorschlag.

Beste Grüße
Lisa Hoppe, Personal
Weserperle Getränke GmbH"""
    ev = vevent(uid, tz(B, "20250226T090000"), tz(B, "20250226T103000", "DTEND"),
                "Abgesagt: Vorstellungsgespräch Betriebsleiter Abfüllung (m/w/d)", desc=desc,
                loc="Weserperle Getränke GmbH, Brunnenweg 7, 27283 Verden", status="CANCELLED", seq=1,
                organizer=org("lisa.hoppe@weserperle.de", "Lisa Hoppe"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("k.rademacher@weserperle.de", "Kai Rademacher")])
    out.append(pos("personio-cancel-de", vcal([ev], prodid="-//Personio GmbH//Personio Recruiting//DE",
                                              method="CANCEL", zones=(B,)), uid, "Weserperle Getränke",
                   "Betriebsleiter Abfüllung (m/w/d)", "", "k.rademacher@weserperle.de", "method-cancel-de"))

    uid = "goodtime-7731-onsite-dagmar-hh"
    desc = """Onsite interview – Supply Chain Director DACH

13:00  Lars Vinther – VP Supply Chain Europe
13:45  Karin Østergaard – CFO DACH
14:30  Mikkel Rask – Head of Demand Planning
15:15  Wrap-up, travel expenses, next steps

Room: Hamburg – Elbe (6th floor)
Scheduled with GoodTime on behalf of Dagmar Foods Talent Acquisition."""
    ev = vevent(uid, tz(B, "20250402T130000"), tz(B, "20250402T153000", "DTEND"),
                "Onsite interview: Henning Brandt – Supply Chain Director DACH", desc=desc,
                loc="Dagmar Foods Hamburg – Elbe (6th floor)",
                organizer=org("julie.brondum@dagmarfoods.com", "Julie Brøndum"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("lars.vinther@dagmarfoods.com", "Lars Vinther"),
                           att("karin.ostergaard@dagmarfoods.com", "Karin Østergaard"),
                           att("mikkel.rask@dagmarfoods.com", "Mikkel Rask"),
                           att("hh-elbe@dagmarfoods.com", "Hamburg - Elbe", role="NON-PARTICIPANT",
                               stat="ACCEPTED", cutype="ROOM")])
    out.append(pos("goodtime-en", vcal([ev], prodid="-//GoodTime.io//GoodTime Hire//EN", method="REQUEST",
                                       zones=(B,)), uid, "Dagmar Foods", "Supply Chain Director DACH", "onsite",
                   "lars.vinther@dagmarfoods.com;karin.ostergaard@dagmarfoods.com;mikkel.rask@dagmarfoods.com",
                   "goodtime-panel-en"))

    uid = "sg-iv-20250305-29114-teufelsmoor@softgarden.io"
    desc = """Sehr geehrter Herr Brandt,

wie telefonisch besprochen, verschieben wir Ihr Vorstellungsgespräch für die Position Werkleiter (m/w/d) auf
den 13.03.2025 um 10:00 Uhr. Der ursprüngliche Termin am 05.03.2025 entfällt.

Ihr Gesprächspartner ist unser Geschäftsführer Heiner Tietjen.

Teufelsmoor Fleischwaren GmbH & Co. KG
Moorchaussee 40, 27711 Osterholz-Scharmbeck"""
    ev = vevent(uid, tz(B, "20250313T100000"), tz(B, "20250313T113000", "DTEND"),
                "Terminänderung: Vorstellungsgespräch Werkleiter (m/w/d)", desc=desc, seq=2,
                loc="Teufelsmoor Fleischwaren, Moorchaussee 40, 27711 Osterholz-Scharmbeck",
                organizer=org("noreply@softgarden.io", "Teufelsmoor Fleischwaren GmbH & Co. KG"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("h.tietjen@teufelsmoor-fleisch.de", "Heiner Tietjen")])
    out.append(pos("softgarden-resched-de", vcal([ev], prodid="-//softgarden e-recruiting GmbH//Interview "
                                                 "Scheduler//DE", method="REQUEST", zones=(B,)), uid,
                   "Teufelsmoor Fleischwaren", "Werkleiter (m/w/d)", "", "h.tietjen@teufelsmoor-fleisch.de",
                   "rescheduled-de"))

    uid = "personio-5d0e7a93-gruenland-61920"
    desc = """Guten Tag Herr Brandt,

gerne möchten wir Sie im Rahmen Ihrer Bewerbung als Produktionsleiter Käserei (m/w/d) im Werk Lingen
näher kennenlernen. Ich rufe Sie zum vereinbarten Zeitpunkt unter Ihrer Mobilnummer an.

Dauer: ca. 30 Minuten

Freundliche Grüße
Kerstin Wessels
Personalabteilung Grünlandmilch Emsland eG"""
    ev = vevent(uid, tz(B, "20250217T163000"), tz(B, "20250217T170000", "DTEND"),
                "Telefoninterview Produktionsleiter Käserei (m/w/d)", desc=desc, loc="Telefon",
                organizer=org("k.wessels@gruenlandmilch.de", "Kerstin Wessels"),
                attendees=[att(ME_FREE, "Henning Brandt")])
    out.append(pos("personio-phone-de", vcal([ev], prodid="-//Personio GmbH//Personio Recruiting//DE",
                                             method="REQUEST", zones=(B,)), uid, "Grünlandmilch Emsland",
                   "Produktionsleiter Käserei (m/w/d)", "recruiter_screen", "k.wessels@gruenlandmilch.de",
                   "phone-screen-de"))
    return out
