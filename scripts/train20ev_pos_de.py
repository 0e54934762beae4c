"""train20: the user's own interviews in German."""

from __future__ import annotations

from train20ev_ics import GOOGLE, IOS, ME, OUTLOOK, TEAMS, Item, cal, esc

TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-Besprechung\nÜber Computer, mobile App oder Raumgerät teilnehmen\n"
    "Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
    "%40thread.v2/0>\nBesprechungs-ID: {num}\nPasscode: {pw}\nTeams herunterladen | Im Web beitreten\n"
    "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n"
    "________________________________________________________________________________"
)


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, text: str, *label: str, iv: tuple[str, ...] = (), trap: str = "") -> None:
        company, role, stage = [*label, "", "", ""][:3]
        out.append(Item(kind, "de", text, 1, company, role, stage, iv, trap))

    add("de-personio-erst", cal("-//Personio//Interview//DE", [[
        "UID:personio-interview-4471002-kranich",
        "DTSTAMP:20261118T080000Z",
        "DTSTART;TZID=Europe/Berlin:20261124T150000",
        "DTEND;TZID=Europe/Berlin:20261124T153000",
        "SUMMARY:Erstgespräch Kranich Software | Daniel Kim",
        "DESCRIPTION:" + esc("Hallo Daniel,\n\nwir freuen uns auf das Erstgespräch zur Position Teamlead Customer "
                             "Success (m/w/d). Dein Gesprächspartner: Jonas Reuter, Talent Acquisition.\n\n"
                             "Viele Grüße\nKranich Software GmbH"),
        "ORGANIZER;CN=Jonas Reuter:mailto:jonas.reuter@kranich.io",
        f"ATTENDEE;CN=Daniel Kim;RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://kranich.zoom.us/j/86640021177",
    ]], tzids=("Europe/Berlin",)), "Kranich Software", "Teamlead Customer Success", "recruiter_screen",
        iv=("jonas.reuter@kranich.io",))

    add("de-outlook-fach", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-zahlwerk-fach-0312",
        "DTSTAMP:20261125T090000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261203T100000",
        "DTEND;TZID=W. Europe Standard Time:20261203T113000",
        "SUMMARY;LANGUAGE=de-DE:Fachinterview mit Case Study - Senior Customer Success Manager",
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(
            "Sehr geehrter Herr Kim,\n\nim zweiten Gespräch stellen Sie Ihre Case Study Frau Dr. Sabine Albers "
            "(Bereichsleiterin Kundenerfolg) und Herrn Tobias Kern vor.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"
            "Zahlwerk GmbH\n\n" + TEAMS_DE.format(mid="YjQ2Mzk3", num="367 002 118 455", pw="Zw4kRt")),
        "ORGANIZER;CN=\"Albers, Sabine\":mailto:sabine.albers@zahlwerk.de",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=\"Kern, Tobias\":mailto:tobias.kern@zahlwerk.de",
    ]], tzids=("W. Europe Standard Time",)), "Zahlwerk", "Senior Customer Success Manager", "technical",
        iv=("sabine.albers@zahlwerk.de", "tobias.kern@zahlwerk.de"))

    add("de-hm-meet", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Berlin:20261130T170000",
        "DTEND;TZID=Europe/Berlin:20261130T174500",
        "DTSTAMP:20261123T140000Z",
        "ORGANIZER;CN=Mira Stoltenberg:mailto:mira@mpnord.com",
        "UID:8i9o0p1a2s3d4f5g6h7j8k9l0z@google.com",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=ACCEPTED:mailto:{ME}",
        "ATTENDEE;CN=Mira Stoltenberg;PARTSTAT=ACCEPTED:mailto:mira@mpnord.com",
        "DESCRIPTION:" + esc("Kennenlernen mit mir als künftiger Vorgesetzter (Head of Customer) - Rolle: "
                             "Customer Success Lead DACH & UK.\nGoogle Meet: https://meet.google.com/mpn-ordx-hml"),
        "SUMMARY:Gespräch Marktplatz Nord / Daniel Kim",
    ]], tzids=("Europe/Berlin",)), "Marktplatz Nord", "Customer Success Lead DACH & UK", "hiring_manager",
        iv=("mira@mpnord.com",))

    add("de-vorort", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-lindenberg-vorort",
        "DTSTAMP:20261127T080000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261211T093000",
        "DTEND;TZID=W. Europe Standard Time:20261211T140000",
        "SUMMARY;LANGUAGE=de-DE:Vor-Ort-Termin Lindenberg & Partner: Interviews Client Success Director",
        r"LOCATION;LANGUAGE=de-DE:Lindenberg & Partner\, Friedrichstraße 68\, 10117 Berlin\, 5. OG",
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(
            "Ablauf:\n09:30 Dr. Felix Lindenberg (Managing Partner)\n10:30 Aylin Demir (Delivery)\n11:30 "
            "Mittagessen mit dem Team\n13:00 Abschluss mit HR (Frau Brandt)\n\nBitte Personalausweis mitbringen."),
        "ORGANIZER;CN=\"Brandt, Kerstin\":mailto:k.brandt@lindenberg-partner.de",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=\"Lindenberg, Felix\":mailto:f.lindenberg@lindenberg-partner.de",
        "ATTENDEE;CN=\"Demir, Aylin\":mailto:a.demir@lindenberg-partner.de",
        "ATTENDEE;CUTYPE=ROOM;CN=Besprechungsraum Spree:mailto:raum.spree@lindenberg-partner.de",
    ]], tzids=("W. Europe Standard Time",)), "Lindenberg & Partner", "Client Success Director", "onsite",
        iv=("f.lindenberg@lindenberg-partner.de", "a.demir@lindenberg-partner.de", "k.brandt@lindenberg-partner.de"))

    add("de-handtyped", cal(IOS, [[
        "UID:F0E1D2C3-B4A5-4697-8877-fuchsbau-call",
        "DTSTAMP:20261122T210000Z",
        "DTSTART:20261126T130000",
        "DTEND:20261126T134500",
        "SUMMARY:Vorstellungsgespräch Fuchsbau (Video)",
        "DESCRIPTION:Link kommt per Mail. CS Manager Rolle.",
    ]]), "Fuchsbau", "CS Manager", "")

    add("de-final-teams", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-bergwerk-final",
        "DTSTAMP:20261201T090000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261216T160000",
        "DTEND;TZID=W. Europe Standard Time:20261216T170000",
        "SUMMARY;LANGUAGE=de-DE:Finales Gespräch - Head of Customer Success - Bergwerk",
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(
            "Hi Daniel, letzte Runde mit unseren Gründern Paul Sander und Nele Faber. Das Gespräch findet auf "
            "Englisch statt.\n\n" + TEAMS.format(mid="NTk0ZDFm", num="399 017 662 504", pw="Bw8nXc")),
        "ORGANIZER;CN=Bergwerk People:mailto:people@bergwerk.io",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Paul Sander:mailto:paul@bergwerk.io",
        "ATTENDEE;CN=Nele Faber:mailto:nele@bergwerk.io",
    ]], tzids=("W. Europe Standard Time",)), "Bergwerk", "Head of Customer Success", "final",
        iv=("paul@bergwerk.io", "nele@bergwerk.io"))

    add("de-abgesagt", cal("-//Greenhouse Software//Interview Scheduling//DE", [[
        "UID:gh-3361440-interview-563002@greenhouse.io",
        "DTSTAMP:20261128T100000Z",
        "DTSTART:20261207T090000Z",
        "DTEND:20261207T094500Z",
        "SUMMARY:Abgesagt: Interview Sonnental - Customer Success Manager",
        "DESCRIPTION:Dieses Interview wurde abgesagt. Wir melden uns mit einem neuen Termin. Interviewer: "
        "Ole Petersen",
        "ORGANIZER;CN=Sonnental Recruiting:mailto:recruiting@sonnental.de",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Ole Petersen:mailto:ole.petersen@sonnental.de",
        "STATUS:CANCELLED",
    ]], method="CANCEL"), "Sonnental", "Customer Success Manager", "", iv=("ole.petersen@sonnental.de",),
        trap="cancelled")
    return out
