"""holdout204: the user's own interviews in Graz and Styria (part 2, hand-written iCalendar)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, ev

EVENTS = [
    ev(
        "smartrecruiters-teams",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:sr-7f3b9c10-44e2-4a1d-9b6e-2c58d0a1f7e3
DTSTAMP:20251017T093015Z
DTSTART:20251024T070000Z
DTEND:20251024T073000Z
SUMMARY:Erstgespräch | Pflegedienstleitung (DGKP) Pflegewohnhaus Graz-Andritz
ORGANIZER;CN=Caritas Steiermark:mailto:caritas-steiermark@smartrecruiters.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Sabine Knoll;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sabine.knoll@caritas-steiermark.at
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Verena Pichler\,\n\nvielen Dank für Ihr Interesse an der S
 telle Pflegedienstleitung (DGKP) Pflegewohnhaus Graz-Andritz. Ihr Erstgesp
 räch mit Sabine Knoll (Recruiting) ist bestätigt.\n\nTeams-Link: https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_NmQ2MWE0%40thread.v2/0\n\nSie müs
 sen einen Termin verschieben? Nutzen Sie bitte den Link in Ihrer Bestätigun
 gs-E-Mail.\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="sr-7f3b9c10-44e2-4a1d-9b6e-2c58d0a1f7e3",
        iv=1,
        company="Caritas Steiermark",
        role="Pflegedienstleitung (DGKP) Pflegewohnhaus Graz-Andritz",
        stage="recruiter_screen",
        who="sabine.knoll@caritas-steiermark.at",
        trap="smartrecruiters-utc-erstgespraech",
    ),
    ev(
        "gmail-phone-call",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251205T120000
DTEND;TZID=Europe/Vienna:20251205T123000
DTSTAMP:20251202T161100Z
ORGANIZER;CN=Renate Fuchs:mailto:renate.fuchs.vhstmk@gmail.com
UID:0g7k2j9p4b1s6d3f8h5l0n2q4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Renate Fuchs;X-NUM-GUESTS=0:mailto:renate.fuchs.vhstmk@gmail.com
CREATED:20251202T161058Z
DESCRIPTION:Liebe Frau Pichler\, wie besprochen ein kurzes Telefonat wegen d
 er PDL Hauskrankenpflege Graz-Umgebung Süd. Ich rufe Sie an (0664 3124487).
 \nLG Renate Fuchs\, Regionalleitung Volkshilfe Steiermark
LAST-MODIFIED:20251202T161100Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Pichler / Volkshilfe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="0g7k2j9p4b1s6d3f8h5l0n2q4r@google.com",
        iv=1,
        company="Volkshilfe Steiermark",
        role="PDL Hauskrankenpflege Graz-Umgebung Süd",
        who="renate.fuchs.vhstmk@gmail.com",
        trap="regional-manager-on-gmail-phone-call",
    ),
    ev(
        "outlook-room-resource",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Fink, Brigitte";SENT-BY="mailto:Katrin.Eder@auva.at":mailto:B
 rigitte.Fink@auva.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pirker, M
 anfred":mailto:Manfred.Pirker@auva.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="UKH-ST BR Direktion 2.OG (10)":mailto:ukhst.br.dir2og@auva.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nanbei die Einladu
 ng zum Bewerbungsgespräch für die Stationsleitung Bettenstation C (Unfallch
 irurgie/Wirbelsäule). Gesprächspartner: PDL Brigitte Fink und Ärztlicher D
 irektor Prim. Dr. Manfred Pirker.\nAnfahrt: Göstinger Straße 24\, Parkplatz
  P2\, bitte beim Portier melden.\n\nMfG\nKatrin Eder\, Sekretariat Pflegedir
 ektion UKH Steiermark\n
UID:040000008200E00074C5B7101A82E008000000005CF2D10A8B41DC01000000000000000
 010000000C0D1E2F3A4B5C6D7E8F90A1B2C3D4E5F
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch SL Station C - Fr. DGKP Pichler
DTSTART;TZID=W. Europe Standard Time:20251118T083000
DTEND;TZID=W. Europe Standard Time:20251118T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T131207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:UKH-ST BR Direktion 2.OG (10)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000005CF2D10A8B41DC01000000000000000010000000C0D1E2F3A4B5C6D7E8F90A1B2C3D4E5F",
        iv=1,
        company="AUVA UKH Steiermark",
        role="Stationsleitung Bettenstation C (Unfallchirurgie/Wirbelsäule)",
        stage="hiring_manager",
        who="brigitte.fink@auva.at;manfred.pirker@auva.at",
        trap="exchange-sent-by-secretary-room-mixed-case-email",
    ),
    ev(
        "workable-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-5c1e8a42d7@workable.com
DTSTAMP:20260107T101500Z
DTSTART:20260114T130000Z
DTEND:20260114T140000Z
SUMMARY:Interview: Lehrgangsleitung Pflegeassistenz / Pflegefachassistenz - Verena Pichler
DESCRIPTION:Hallo Verena\,\n\nDas Interview für Lehrgangsleitung Pflegeassi
 stenz / Pflegefachassistenz bei BFI Steiermark findet statt am Mittwoch\, 14
 . Jänner 2026\, 14:00 (Europe/Vienna).\n\nOrt: BFI Steiermark\, Eggenberger
  Allee 15\, 8020 Graz\, 3. Stock\nInterviewer: Harald Zechner\, Christina Wo
 lf\n\nBitte bereiten Sie eine kurze Skizze (max. 1 Seite) zum Ablauf eines
  Lehrgangs vor.\n\n--\nGesendet mit Workable
ORGANIZER;CN=BFI Steiermark:mailto:noreply@workablemail.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:BFI Steiermark\, Eggenberger Allee 15\, 8020 Graz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="workable-event-5c1e8a42d7@workable.com",
        iv=1,
        company="BFI Steiermark",
        role="Lehrgangsleitung Pflegeassistenz / Pflegefachassistenz",
        who="Harald Zechner;Christina Wolf",
        trap="workable-education-role-names-in-body",
    ),
]
