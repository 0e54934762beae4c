"""train20: more of the user's own interviews (brands that differ from domains, mixed languages)."""

from __future__ import annotations

from train20ev_ics import EXCHANGE, GOOGLE, ME, OUTLOOK, WEBEX, Item, cal, esc

TEAMS_FR = (
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
    "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
    "%40thread.v2/0>\nID de la réunion : {num}\nCode secret : {pw}\n"
    "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion\n"
    "________________________________________________________________________________"
)


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, lang: str, text: str, *label: str, iv: tuple[str, ...] = (), trap: str = "") -> None:
        company, role, stage = [*label, "", "", ""][:3]
        out.append(Item(kind, lang, text, 1, company, role, stage, iv, trap))

    add("exchange-partner", "en", cal(EXCHANGE, [[
        "ORGANIZER;CN=\"Achterberg-Lowe, Rowan\":mailto:rowan.al@rwnp.co.uk",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kim, Daniel\":mailto:{ME}",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Daniel,\n\nFurther to your application for the Customer Success Principal position, I would be "
            "pleased to meet you at our offices. I will be joined by no one else - this is a one-to-one with me "
            "as the partner you would report to.\n\nRegards,\nRowan Achterberg-Lowe\nPartner\nRowan Partners LLP\n"
            "rwnp.co.uk\n"),
        "UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB01000000000000000010000000E7F8",
        "SUMMARY;LANGUAGE=en-GB:Daniel Kim / Rowan Partners",
        "DTSTART;TZID=GMT Standard Time:20261209T090000",
        "DTEND;TZID=GMT Standard Time:20261209T100000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261201T083300Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        r"LOCATION;LANGUAGE=en-GB:Rowan Partners\, 5 Bream's Buildings\, London EC4A 1DY",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    ]], tzids=("GMT Standard Time",), method="REQUEST"), "Rowan Partners", "Customer Success Principal",
        "hiring_manager", iv=("rowan.al@rwnp.co.uk",))

    add("brand-vs-legal", "en", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-fslending-teams-cs",
        "DTSTAMP:20261126T120000Z",
        "DTSTART;TZID=GMT Standard Time:20261204T103000",
        "DTEND;TZID=GMT Standard Time:20261204T113000",
        "SUMMARY;LANGUAGE=en-GB:Interview - Customer Success Manager (Merchants) - Fairshare",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Hi Daniel,\n\nThanks for your time so far. This interview is with Callum Reeve (Customer Success "
            "Manager, Merchants team) and Tasha Green (Head of Merchant Success).\n\nFS Lending Technologies Ltd, "
            "trading as Fairshare. Registered in England No. 11923044.\n"),
        "ORGANIZER;CN=\"Green, Tasha\":mailto:tasha.green@fairshare-group.com",
        f"ATTENDEE;CN={ME}:mailto:{ME}",
        "ATTENDEE;CN=\"Reeve, Callum\":mailto:callum.reeve@fairshare-group.com",
        "LOCATION:Microsoft Teams Meeting",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zn",
    ]], tzids=("GMT Standard Time",), method="REQUEST"), "Fairshare", "Customer Success Manager (Merchants)", "",
        iv=("tasha.green@fairshare-group.com", "callum.reeve@fairshare-group.com"))

    add("webex-panel-manchester", "en", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20261207T133000",
        "DTEND;TZID=Europe/London:20261207T143000",
        "DTSTAMP:20261201T110000Z",
        "ORGANIZER;CN=Ffion Jenkins:mailto:ffion@tradeyard.co.uk",
        "UID:5b7q9s1d3f5g7h9j1k3l5z7x9c@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ffion Jenkins:mailto:"
        "ffion@tradeyard.co.uk",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rob Ashcroft:mailto:"
        "rob.ashcroft@tradeyard.co.uk",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Tradeyard Interviews (scheduling)"
        ":mailto:interviews@tradeyard.co.uk",
        "DESCRIPTION:" + esc(
            "Panel interview - Customer Success Lead, Sellers (Manchester, hybrid). Ffion (Head of Seller "
            "Success) and Rob (Seller Ops).\n\n" + WEBEX.format(num="2641 880 1193", pw="Yard26", site="tradeyard",
                                                                mid="f00d1e2a3b", num2="26418801193")),
        "SUMMARY:Tradeyard panel - Daniel Kim",
        "LOCATION:Webex",
    ]], tzids=("Europe/London",), header=("X-WR-CALNAME:dan.kim.uk@gmail.com", "X-WR-TIMEZONE:Europe/London")),
        "Tradeyard", "Customer Success Lead, Sellers", "",
        iv=("ffion@tradeyard.co.uk", "rob.ashcroft@tradeyard.co.uk"))

    add("de-zweitgespraech", "de", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Berlin:20261210T110000",
        "DTEND;TZID=Europe/Berlin:20261210T120000",
        "DTSTAMP:20261202T090000Z",
        "ORGANIZER;CN=Henrik Wagner:mailto:henrik.wagner@mittecommerce.de",
        "UID:6c8w0d2f4g6h8j0k2l4z6x8c0v@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Henrik Wagner:mailto:henrik.wagner@mittecommerce.de",
        "DESCRIPTION:" + esc(
            "Hallo Daniel,\n\nwie besprochen das Zweitgespräch mit mir als Head of Customer Success bei mitte "
            "für die Rolle Senior Customer Success Manager (Remote, UK).\n\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Mit Google Meet teilnehmen: https://meet.google.com/mit-tecm-zwg\n\n"
            "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "Bitte bearbeiten Sie diesen Abschnitt nicht.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        "SUMMARY:Zweitgespräch mitte x Daniel Kim",
    ]], tzids=("Europe/Berlin",)), "mitte", "Senior Customer Success Manager (Remote, UK)", "hiring_manager",
        iv=("henrik.wagner@mittecommerce.de",))

    add("fr-mise-en-situation", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-ardoise-mes",
        "DTSTAMP:20261203T090000Z",
        "DTSTART;TZID=Romance Standard Time:20261211T100000",
        "DTEND;TZID=Romance Standard Time:20261211T113000",
        "SUMMARY;LANGUAGE=fr-FR:Mise en situation - Lead Customer Success - Ardoise",
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(
            "Bonjour Daniel,\n\nPour cette étape, vous jouerez un rendez-vous de renouvellement avec un client "
            "mécontent (joué par Inès Carpentier), puis débrief avec Mathieu Roche.\n\nBien à vous,\n"
            "L'équipe recrutement Ardoise\n\n" + TEAMS_FR.format(mid="YXJkb2lz", num="376 441 002 918",
                                                                pw="Ar3dZk")),
        "ORGANIZER;CN=Recrutement Ardoise:mailto:recrutement@ardoise.io",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=\"Carpentier, Inès\":mailto:ines.carpentier@ardoise.io",
        "ATTENDEE;CN=\"Roche, Mathieu\":mailto:mathieu.roche@ardoise.io",
    ]], tzids=("Romance Standard Time",)), "Ardoise", "Lead Customer Success", "technical",
        iv=("ines.carpentier@ardoise.io", "mathieu.roche@ardoise.io"))
    return out
