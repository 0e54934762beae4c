"""holdout65: the user's own interviews, Belgian employers (French and English)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, pos

GUDULE = r"""BEGIN:VEVENT
DESCRIPTION:Bonjour Mathieu Lambert\,\n\nVotre rendez-vous est confirmé.\n\nService : Entretien de
 recrutement (45 minutes)\nMembre du personnel : Wim De Smet\n\nRejoindre la réunion Microsoft Teams\n
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM4NWQ2\n\nPour modifier ou annuler votre
 rendez-vous\, utilisez la page de réservation.\n\nLes Cuisines de Sainte-Gudule\nRue du Bois Sauvage 15\,
 1000 Bruxelles\n+32 2 512 44 80
UID:040000008200E00074C5B7101A82E00800000000B2D8E61F9A71DB01000000000000000010000000E4C27A9B1D6F3058
SUMMARY;LANGUAGE=fr-BE:Entretien de recrutement – Chef de production
DTSTART;TZID=Romance Standard Time:20261207T140000
DTEND;TZID=Romance Standard Time:20261207T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T103344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=Recrutement Sainte-Gudule:mailto:RecrutementSainteGudule@cuisines-saintegudule.be
ATTENDEE;CN=Wim De Smet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wim.desmet@cuisines-saintegudule.be
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM4NWQ2
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:bookings@cuisines-saintegudule.be
END:VEVENT"""

SABLON_SCREEN = r"""BEGIN:VEVENT
UID:tt-interview-c27e05b4-81f9-4a3d-b6e0-7d5a9c1f2e83@teamtailor.com
DTSTAMP:20261119T121500Z
DTSTART;TZID=Europe/Brussels:20261126T110000
DTEND;TZID=Europe/Brussels:20261126T113000
SUMMARY:Appel découverte – Executive Chef – Hôtel Sablon Royal
DESCRIPTION:Bonjour Mathieu\,\n\nMerci pour votre intérêt pour le poste d'Executive Chef. Élise Dubois\,
 Talent Acquisition Manager\, vous contactera par téléphone pour un premier échange d'une trentaine de
 minutes.\n\nÀ bientôt\,\nHôtel Sablon Royal – Place du Grand Sablon 21\, 1000 Bruxelles\n\nModifier le
 rendez-vous : https://sablonroyal.teamtailor.com/candidate/interviews/c27e05b4
LOCATION:Téléphone
ORGANIZER;CN=Élise Dubois:mailto:elise.dubois@sablonroyal.be
ATTENDEE;CN=Élise Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elise.dubois@sablonroyal.be
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

SABLON_FINAL = r"""BEGIN:VEVENT
UID:tt-interview-e9a4d17c-35b2-4f60-8c1e-2b7f0a6d9c54@teamtailor.com
DTSTAMP:20261207T084012Z
DTSTART;TZID=Europe/Brussels:20261218T100000
DTEND;TZID=Europe/Brussels:20261218T120000
SUMMARY:Entretien – Executive Chef – Hôtel Sablon Royal
DESCRIPTION:Bonjour Mathieu\,\n\nNous avons le plaisir de vous inviter à votre second et dernier entretien
 pour le poste d'Executive Chef\, à l'hôtel.\n\nVous rencontrerez Frédéric Lambotte (Directeur Général) et
 Inès Wauters (Directrice des Opérations)\, puis vous visiterez les cuisines avec notre sous-chef.\n\nÉlise
 Dubois vous accueillera à la réception.\n\nÀ très vite\,\nL'équipe Talent – Hôtel Sablon Royal
LOCATION:Hôtel Sablon Royal\, Place du Grand Sablon 21\, 1000 Bruxelles\, Belgique
ORGANIZER;CN=Élise Dubois:mailto:elise.dubois@sablonroyal.be
ATTENDEE;CN=Frédéric Lambotte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.lambotte@sablonroyal.be
ATTENDEE;CN=Inès Wauters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i.wauters@sablonroyal.be
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

VANACKER = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261203T140102Z
DESCRIPTION:Hi Mathieu\,\n\nGreat talking to you on Friday. As promised\, here is a Teams slot to discuss the
 Head Chef position in our Ghent production kitchen (events up to 1\,200 guests). My business partner Lotte
 Claes will join as well.\n\nBest regards\,\nPieter Van Acker\nManaging Director\n\n
 ________________________________________________________________________________\nMicrosoft Teams meeting
 \nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 372 118 604
 221\nPasscode: Lk3pQz\nDownload Teams | Join on the web\nLearn More | Meeting options\n
 ________________________________________________________________________________
DTEND;TZID=Romance Standard Time:20261210T100000
DTSTAMP:20261203T140102Z
DTSTART;TZID=Romance Standard Time:20261210T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Van Acker, Pieter":mailto:pieter@vanacker-catering.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.lambert.chef@gmail.com
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claes, Lotte":mailto:lotte@vanacker-catering.be
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Head Chef position - Mathieu Lambert / Van Acker Catering
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000073A1F5C08E72DB0100000000000000001000000029D6B4E8F1A3C7B0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk0ZmE2
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[Ev]:
    return [
        pos("ms-bookings-fr", cal(GUDULE, "Microsoft Exchange Server 2010", tz=("Romance Standard Time",)),
            "Les Cuisines de Sainte-Gudule", "Chef de production", "", "wim.desmet@cuisines-saintegudule.be",
            "ms-bookings-teams-be-fr"),
        pos("teamtailor-phone-be-fr", cal(SABLON_SCREEN, "-//Teamtailor//Interview//EN", tz=("Europe/Brussels",)),
            "Hôtel Sablon Royal", "Executive Chef", "recruiter_screen", "elise.dubois@sablonroyal.be",
            "teamtailor-phone-screen-be-fr"),
        pos("teamtailor-final-be-fr", cal(SABLON_FINAL, "-//Teamtailor//Interview//EN", tz=("Europe/Brussels",)),
            "Hôtel Sablon Royal", "Executive Chef", "final", "f.lambotte@sablonroyal.be;i.wauters@sablonroyal.be",
            "teamtailor-final-coordinator-be-fr"),
        pos("outlook-teams-be-en", cal(VANACKER, OUTLOOK, tz=("Romance Standard Time",)),
            "Van Acker Catering", "Head Chef", "", "pieter@vanacker-catering.be;lotte@vanacker-catering.be",
            "outlook-teams-owner-no-stage-be-en"),
    ]
