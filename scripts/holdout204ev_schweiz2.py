"""holdout204: the user's own interviews in French-speaking and eastern Switzerland (hand-written iCalendar)."""

from holdout204ev_tz import TZ_ZURICH, ev

EVENTS = [
    ev(
        "entretien-fr",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN="Rossier Emilie":mailto:emilie.rossier@h-fr.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jungo Pascal":m
 ailto:pascal.jungo@h-fr.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nNous avons le plaisir de vous convier
  à un entretien pour le poste d'infirmière cheffe d'unité de soins (ICUS) –
  médecine interne\, site de Fribourg (80-100%). L'entretien se déroulera en
  français et en allemand (poste bilingue).\nVous rencontrerez M. Pascal Jung
 o\, infirmier chef de service\, et moi-même.\n\nRejoindre la réunion Microsof
 t Teams<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SEZSMjAy%40t
 hread.v2/0>\nID de la réunion : 348 902 117 65\n\nMeilleures salutations\nEm
 ilie Rossier\, Ressources humaines HFR\n
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F650DC01000000000000000
 010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-CH:Entretien ICUS médecine interne - Mme Pichler
DTSTART;TZID=Europe/Zurich:20260127T100000
DTEND;TZID=Europe/Zurich:20260127T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000B2C3D4E5F650DC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70",
        iv=1,
        company="HFR Hôpital fribourgeois",
        role="Infirmière cheffe d'unité de soins (ICUS) – médecine interne",
        who="emilie.rossier@h-fr.ch;pascal.jungo@h-fr.ch",
        trap="french-entretien-bilingual-swiss-hospital",
    ),
    ev(
        "zoom-vorstellung",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20260202T151500Z
DTSTART:20260209T140000Z
DTEND:20260209T150000Z
SUMMARY:Spital Männedorf | Vorstellung Stationsleitung Medizin
UID:20260202T151500Z-99218830514@fe80:0:0:0:8a1:2bff:fe3c:4d5eeth0
TZID:Europe/Zurich
DESCRIPTION:Jasmin Oberholzer lädt Sie zu einem geplanten Zoom-Meeting ein.\n
 \nZoom-Meeting beitreten\nhttps://spitalmaennedorf.zoom.us/j/99218830514\n\n
 Meeting-ID: 992 1883 0514\nKenncode: 8032\n\n---\nTeilnehmende: Jasmin Oberho
 lzer (Leiterin Pflege Medizin)\, Verena Pichler
LOCATION:https://spitalmaennedorf.zoom.us/j/99218830514
ORGANIZER;CN=Jasmin Oberholzer:mailto:jasmin.oberholzer@spitalmaennedorf.ch
END:VEVENT
END:VCALENDAR
""",
        uid="20260202T151500Z-99218830514@fe80:0:0:0:8a1:2bff:fe3c:4d5eeth0",
        iv=1,
        company="Spital Männedorf",
        role="Stationsleitung Medizin",
        stage="hiring_manager",
        who="jasmin.oberholzer@spitalmaennedorf.ch",
        trap="zoom-native-ics-vorstellung-no-attendees",
    ),
    ev(
        "tel-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251118T120112Z
DTSTAMP:20251118T120200Z
LAST-MODIFIED:20251118T120200Z
UID:7F3E1C2A-9B84-4D6E-8A15-C2D0E9B4F761
SUMMARY:Tel Geriatrische Klinik SG (Fr. Eisenring ruft an)
DTSTART:20251120T124500
DTEND:20251120T131500
DESCRIPTION:Stv. Leitung Pflege / Fachverantwortung Bildung\, 80%\nCH-Zeit
  = unsere Zeit\nin der Mittagspause! Handy laut
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="7F3E1C2A-9B84-4D6E-8A15-C2D0E9B4F761",
        iv=1,
        company="Geriatrische Klinik St.Gallen",
        role="Stv. Leitung Pflege / Fachverantwortung Bildung",
        who="Eisenring",
        trap="hand-typed-phone-call-floating",
        lf=True,
    ),
]
