# ruff: noqa: E501, W291, W293, RUF100
"""holdout267 events, part D: other negatives (work, community project, press, personal, job-hunt admin)."""

from holdout267ev_zones import TZ_GMT_STD, TZ_LONDON, TZ_MADRID, TZ_PARIS, TZ_W_EUROPE

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        _NEG,
        kind="google-export",
        uid="8a0s2d4f6g8h0j2k4l6z8x0c2v@google.com",
        trap="welsh-cyfweliad-oral-history-resident",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lleisiau'r Cwm - oral history
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261017T140000
DTEND;TZID=Europe/London:20261017T153000
DTSTAMP:20261010T090000Z
UID:8a0s2d4f6g8h0j2k4l6z8x0c2v@google.com
CREATED:20261010T090000Z
DESCRIPTION:Cyfweliad hanes llafar / oral history interview with Mrs Gwen Morgan (91) about the colliery rows and the chapel before demolition. Consent form (bilingual) + Zoom H5 recorder + spare batteries. Her daughter Ann will be there.
LAST-MODIFIED:20261010T090000Z
LOCATION:12 Heol y Capel\, Trebanog
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cyfweliad - Mrs Gwen Morgan (Lleisiau'r Cwm)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-recurring-override",
        uid="1z3x5c7v9b1n3m5q7w9e1r3t5y@google.com",
        trap="recurring-oral-history-interviews-with-override",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lleisiau'r Cwm - oral history
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261104T180000
DTEND;TZID=Europe/London:20261104T200000
RRULE:FREQ=WEEKLY;UNTIL=20261216T235959Z;BYDAY=WE
DTSTAMP:20261028T100000Z
UID:1z3x5c7v9b1n3m5q7w9e1r3t5y@google.com
CREATED:20261028T100000Z
DESCRIPTION:Weekly recording evening at the Stiwt - residents drop in to be interviewed for the community archive. Volunteers: Dilys\, Alun. Recorder kit in the blue box.
LAST-MODIFIED:20261028T100000Z
LOCATION:Y Stiwt community hall\, Trebanog
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Oral history interviews - drop-in evening
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261125T170000
DTEND;TZID=Europe/London:20261125T190000
DTSTAMP:20261120T120000Z
UID:1z3x5c7v9b1n3m5q7w9e1r3t5y@google.com
RECURRENCE-ID;TZID=Europe/London:20261125T180000
CREATED:20261028T100000Z
DESCRIPTION:Earlier this week - hall booked for Zumba at 7. Interviewing Mr Idris Thomas (ex-NUM lodge secretary) first.
LAST-MODIFIED:20261120T120000Z
LOCATION:Y Stiwt community hall\, Trebanog
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Oral history interviews - drop-in evening (5pm!)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-tv-interview",
        uid="040000008200E00074C5B7101A82E00800000000888192A3B5ADC010000000000000000100000008192A3B4C5D6E7F8091A2B3C4D5E6F78",
        trap="tv-documentary-interview-filming",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Rees-Jones, Mererid":mailto:mererid@tanproductions.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Rhys\,\n\nConfirming filming for 'Cymoedd Cudd / Hidden Valleys' (Series 2\, Ep 4). We'd like a sit-down interview with you at the Llanilltud trenches (approx. 20 mins on camera) about the Roman villa finds\, then some GVs of the team working. Crew of 4. Release forms on the day.\n\nMererid Rees-Jones\nAssistant Producer\, Tân Productions\n
UID:040000008200E00074C5B7101A82E00800000000888192A3B5ADC010000000000000000100000008192A3B4C5D6E7F8091A2B3C4D5E6F78
SUMMARY;LANGUAGE=en-GB:Filming - interview with Rhys (Hidden Valleys S2E4)
DTSTART;TZID=GMT Standard Time:20261110T090000
DTEND;TZID=GMT Standard Time:20261110T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Llanilltud evaluation site\, Field 4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="ios-press-call",
        uid="9E1C3A5F-7B2D-4C68-A0E4-B6D8F0A2C457",
        trap="newspaper-phone-interview-press",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261112T101000Z
DTEND;TZID=Europe/London:20261113T123000
DTSTAMP:20261112T101000Z
DTSTART;TZID=Europe/London:20261113T121500
SEQUENCE:0
SUMMARY:Phone interview - Glamorgan Gazette re villa finds
DESCRIPTION:reporter Kyle Bennett. comms approved 3 lines only - no location details (nighthawks!)
TRANSP:OPAQUE
UID:9E1C3A5F-7B2D-4C68-A0E4-B6D8F0A2C457
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="zoom-research-interview",
        uid="ZOOM-86110044732-20261203@zoom.us",
        trap="phd-research-interview-about-commercial-archaeology",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
DTSTAMP:20261125T140000Z
DTSTART;TZID=Europe/London:20261203T170000
DTEND;TZID=Europe/London:20261203T180000
SUMMARY:Research interview - Working lives in commercial archaeology (PhD study)
UID:ZOOM-86110044732-20261203@zoom.us
DESCRIPTION:Hannah Blake is inviting you to a scheduled Zoom meeting.\n\nThank you for agreeing to take part in my doctoral research on careers\, pay and precarity in UK commercial archaeology. The semi-structured interview lasts up to an hour and will be recorded with your consent (information sheet attached\, ethics ref. UOY-ARCH-2026-311).\n\nJoin Zoom Meeting\nhttps://york-ac-example.zoom.us/j/86110044732\nMeeting ID: 861 1004 4732\nPasscode: 204417\n
ORGANIZER;CN=Hannah Blake:mailto:hb812@york.ac.example.uk
ATTENDEE;CN=rhys.llewellyn.arch@gmail.com;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:https://york-ac-example.zoom.us/j/86110044732
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-all-day-watching-brief",
        uid="040000008200E00074C5B7101A82E00800000000999A2B3C4D5ADC010000000000000000100000009A2B3C4D5E6F708192A3B4C5D6E7F809",
        trap="multi-day-all-day-watching-brief",
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Archaeological watching brief during groundworks for 14 houses (planning condition 9). Contractor: Pen-y-Bont Civils\, site manager Darren 07700 900310. TT job no. 26/118.\n
UID:040000008200E00074C5B7101A82E00800000000999A2B3C4D5ADC010000000000000000100000009A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=en-GB:Watching brief - Heol Fawr\, Pencoed (groundworks)
DTSTART;VALUE=DATE:20261102
DTEND;VALUE=DATE:20261105
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T080000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Heol Fawr\, Pencoed
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-trial-trenching",
        uid="5y7u9i1o3p5a7s9d1f3g5h7j9k@google.com",
        trap="trial-trenching-evaluation-not-trial-day",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:TT fieldwork
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261109T073000
DTEND;TZID=Europe/London:20261109T163000
RRULE:FREQ=DAILY;COUNT=5;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20261030T090000Z
UID:5y7u9i1o3p5a7s9d1f3g5h7j9k@google.com
CREATED:20261030T090000Z
DESCRIPTION:Evaluation: 12 trial trenches (30m x 1.8m)\, 360 tonne machine + toothless bucket. Assess survival of Roman villa outbuildings. Team: RL\, Gruff\, Ffion\, Jac. County archaeologist monitoring visit Weds.
LAST-MODIFIED:20261030T090000Z
LOCATION:Llanilltud Farm\, Field 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial trenching - Llanilltud Farm (eval)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-monitoring-visit",
        uid="040000008200E00074C5B7101A82E00800000000AAAB3C4D5E5ADC01000000000000000010000000AB3C4D5E6F708192A3B4C5D6E7F8091A",
        trap="monitoring-visit-by-council-he-applied-to",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beynon, Rhodri":mailto:r.beynon@brotaf.gov.example.uk
DESCRIPTION;LANGUAGE=en-GB:Monitoring visit by Bro Taf planning (archaeology) to the evaluation trenches\, to agree whether condition 7 can be discharged or full excavation is needed. Bring trench plans and the context register.\n
UID:040000008200E00074C5B7101A82E00800000000AAAB3C4D5E5ADC01000000000000000010000000AB3C4D5E6F708192A3B4C5D6E7F8091A
SUMMARY;LANGUAGE=en-GB:Site monitoring visit - Llanilltud eval - Bro Taf BC
DTSTART;TZID=GMT Standard Time:20261111T110000
DTEND;TZID=GMT Standard Time:20261111T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Llanilltud Farm\, Field 4 (meet at the welfare cabin)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000BBBC4D5E6F5ADC01000000000000000010000000BC4D5E6F708192A3B4C5D6E7F8091A2B",
        trap="post-excavation-assessment-review-meeting",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Whelan, Carys":mailto:c.whelan@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dr Lisa Hayward (pottery specialist)":mailto:lisa@haywardceramics.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Post-excavation assessment review for Cowbridge Road (26/071): specialist assessments (pottery\, CBM\, animal bone\, environmental)\, updated project design and costs for analysis. Please read the draft PXA beforehand.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 318 774 002 115\nPasscode: Tt8bPx\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BBBC4D5E6F5ADC01000000000000000010000000BC4D5E6F708192A3B4C5D6E7F8091A2B
SUMMARY;LANGUAGE=en-GB:PXA review - Cowbridge Rd (26/071) - specialist assessments
DTSTART;TZID=GMT Standard Time:20261119T140000
DTEND;TZID=GMT Standard Time:20261119T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-recurring-finds",
        uid="040000008200E00074C5B7101A82E00800000000CCCD5E6F705ADC01000000000000000010000000CD5E6F708192A3B4C5D6E7F8091A2B3C",
        trap="weekly-finds-processing-recurring",
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Finds processing: washing\, marking\, bagging and boxing for Cowbridge Rd and Llanilltud. Volunteers welcome (Weds group moved to Thurs).\n
RRULE:FREQ=WEEKLY;UNTIL=20270225T170000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000CCCD5E6F705ADC01000000000000000010000000CD5E6F708192A3B4C5D6E7F8091A2B3C
SUMMARY;LANGUAGE=en-GB:Finds processing
DTSTART;TZID=GMT Standard Time:20261105T130000
DTEND;TZID=GMT Standard Time:20261105T163000
EXDATE;TZID=GMT Standard Time:20261224T130000,20261231T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261101T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Finds room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-appraisal",
        uid="040000008200E00074C5B7101A82E00800000000DDDE6F70815ADC01000000000000000010000000DE6F708192A3B4C5D6E7F8091A2B3C4D",
        trap="annual-pdr-review-with-line-manager",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Annual PDR (performance & development review). Please complete the self-assessment form and your CPD log beforehand. We'll look at objectives for 2027 and your IFHP accreditation upgrade.\n
UID:040000008200E00074C5B7101A82E00800000000DDDE6F70815ADC01000000000000000010000000DE6F708192A3B4C5D6E7F8091A2B3C4D
SUMMARY;LANGUAGE=en-GB:PDR review - Rhys / Eleri
DTSTART;TZID=GMT Standard Time:20261214T100000
DTEND;TZID=GMT Standard Time:20261214T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261130T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 2 (Caerau)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="ios-gp-appointment",
        uid="0A2C4E6A-8B1D-4F39-B5C7-D9E1F3A5B768",
        trap="personal-medical-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261016T081500Z
DTEND:20261022T085000
DTSTAMP:20261016T081500Z
DTSTART:20261022T084000
LOCATION:Canton Health Centre
SEQUENCE:0
SUMMARY:GP - Dr Ahmed (knee)
TRANSP:OPAQUE
UID:0A2C4E6A-8B1D-4F39-B5C7-D9E1F3A5B768
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-mortgage-interview",
        uid="2f4h6j8k0l2z4x6c8v0b2n4m6q@google.com",
        trap="mortgage-interview-building-society",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261205T100000Z
DTEND:20261205T113000Z
DTSTAMP:20261121T120000Z
ORGANIZER;CN=Severn Building Society - Mortgage appointments:mailto:appointments@severnbs.example.co.uk
UID:2f4h6j8k0l2z4x6c8v0b2n4m6q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261121T120000Z
DESCRIPTION:Your mortgage interview with adviser Gemma Price is confirmed. Please bring: 3 months' payslips\, P60\, bank statements\, photo ID for both applicants. If you're changing jobs soon\, please tell your adviser.
LAST-MODIFIED:20261121T120000Z
LOCATION:Severn BS\, 40 Queen Street\, Cardiff
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mortgage interview - Severn Building Society
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-entrevista-piso",
        uid="4s6d8f0g2h4j6k8l0z2x4c6v8b@google.com",
        trap="spanish-entrevista-letting-agent-flat-santiago",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261201T100000
DTEND;TZID=Europe/Madrid:20261201T104500
DTSTAMP:20261124T190000Z
ORGANIZER;CN=Inmobiliaria Compostela Norte:mailto:citas@compostelanorte.example.es
UID:4s6d8f0g2h4j6k8l0z2x4c6v8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261124T190000Z
DESCRIPTION:Entrevista con el propietario y visita al piso (Rúa de San Pedro 41\, 2º). Traiga DNI/pasaporte\, contrato de trabajo o carta de oferta y las tres últimas nóminas. Fianza: dos meses.
LAST-MODIFIED:20261124T190000Z
LOCATION:Inmobiliaria Compostela Norte\, Rúa da Virxe da Cerca 7\, Santiago de Compostela
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista y visita piso - Rúa de San Pedro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-gespraech-kooperation",
        uid="040000008200E00074C5B7101A82E00800000000EEEF708192ADC010000000000000000100000000EF708192A3B4C5D6E7F8091A2B3C4D5E",
        trap="german-gespraech-research-cooperation",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Vogt, Anke (Dr.)":mailto:anke.vogt@landesamt-denkmal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=de-DE:Lieber Herr Llewellyn\,\n\nwie besprochen ein kurzes Gespräch zu unserem geplanten Kooperationsprojekt zur römischen Grobkeramik (Rheinland / Südwales) und zum gemeinsamen Antrag. Gerne auf Englisch.\n\nBeste Grüße\nAnke Vogt\n
UID:040000008200E00074C5B7101A82E00800000000EEEF708192ADC010000000000000000100000000EF708192A3B4C5D6E7F8091A2B3C4D5E
SUMMARY;LANGUAGE=de-DE:Gespräch Kooperation Grobkeramik - Vogt / Llewellyn
DTSTART;TZID=W. Europe Standard Time:20261208T150000
DTEND;TZID=W. Europe Standard Time:20261208T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261126T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-entretien-radio",
        uid="6q8w0e2r4t6y8u0i2o4p6a8s0d@google.com",
        trap="french-entretien-radio-press",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261215T113000
DTEND;TZID=Europe/Paris:20261215T120000
DTSTAMP:20261207T140000Z
ORGANIZER;CN=Yann Le Bihan:mailto:yann.lebihan@radiokerne.example.fr
UID:6q8w0e2r4t6y8u0i2o4p6a8s0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261207T140000Z
DESCRIPTION:Bonjour Rhys\, merci d'avoir accepté cet entretien pour l'émission 'Mondes celtes'. Nous parlerons des fouilles de la villa romaine et du projet d'histoire orale au Pays de Galles. Enregistrement par téléphone\, 20 minutes environ\, diffusion en janvier.\n\nYann\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/
LAST-MODIFIED:20261207T140000Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien radio - Mondes celtes (Radio Kerne)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="ios-mock-interview",
        uid="3C5E7A9B-1D2F-4A46-8C0E-F2A4B6C8D091",
        trap="mock-interview-practice-for-real-panel",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261118T210000Z
DTEND;TZID=Europe/London:20261124T200000
DTSTAMP:20261118T210000Z
DTSTART;TZID=Europe/London:20261124T183000
LOCATION:Bethan's\, Pontcanna
SEQUENCE:0
SUMMARY:Mock interview w/ Bethan (practice for Henebion panel)
DESCRIPTION:she'll grill me on Success Profiles behaviours + run the slurry lagoon pres. bring wine
TRANSP:OPAQUE
UID:3C5E7A9B-1D2F-4A46-8C0E-F2A4B6C8D091
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="zoom-webinar",
        uid="ZOOM-WBN-82299100457-20261021@zoom.us",
        trap="webinar-about-competency-interviews",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{TZ_LONDON}BEGIN:VEVENT
DTSTAMP:20261014T080000Z
DTSTART;TZID=Europe/London:20261021T123000
DTEND;TZID=Europe/London:20261021T133000
SUMMARY:IFHP lunchtime webinar: Nailing the competency-based interview (heritage sector)
UID:ZOOM-WBN-82299100457-20261021@zoom.us
DESCRIPTION:Hi Rhys Llewellyn\,\n\nThank you for registering for 'Nailing the competency-based interview'. Speakers: Jo Farrant (HR consultant) and Dr Amara Osei (IFHP). Topics: STAR answers\, presentations\, assessment days\, questions to ask the panel. Counts as 1 hour CPD.\n\nPlease submit any questions to: training@ifhp.example.org.uk\n\nJoin from a PC\, Mac\, iPad\, or Android: https://ifhp-example.zoom.us/w/82299100457?tk=Yx3\nWebinar ID: 822 9910 0457\n
ORGANIZER;CN=IFHP Training:mailto:training@ifhp.example.org.uk
LOCATION:https://ifhp-example.zoom.us/w/82299100457?tk=Yx3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="eventbrite-workshop",
        uid="eventbrite-order-8841920217-evt-771044@eventbrite.example.com",
        trap="union-interview-skills-workshop-class",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
{TZ_LONDON}BEGIN:VEVENT
UID:eventbrite-order-8841920217-evt-771044@eventbrite.example.com
DTSTAMP:20261023T170000Z
DTSTART;TZID=Europe/London:20261031T100000
DTEND;TZID=Europe/London:20261031T130000
SUMMARY:Interview skills & CV workshop for heritage workers (Cynghrair Union Learning)
LOCATION:Temple of Peace\, Cathays Park\, Cardiff
DESCRIPTION:Free workshop for union members: applications and personal statements\, competency interviews\, salary negotiation. Practice interviews in pairs. Order #8841920217 - 1 x General admission.\n\nhttps://www.eventbrite.example.com/e/771044
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-coffee",
        uid="8d0f2g4h6j8k0l2z4x6c8v0b2n@google.com",
        trap="informational-coffee-career-chat",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261016T080000Z
DTEND:20261016T084500Z
DTSTAMP:20261012T200000Z
ORGANIZER;CN=Rhys Llewellyn:mailto:rhys.llewellyn.arch@gmail.com
UID:8d0f2g4h6j8k0l2z4x6c8v0b2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Oduya;X-NUM-GUESTS=0:mailto:sam.oduya@gmail.example.com
CREATED:20261012T200000Z
DESCRIPTION:Coffee with Sam (ex-Henebion\, now freelance) - what's it really like being an Inspector? no job on the table\, just picking his brains before I apply.
LAST-MODIFIED:20261012T200000Z
LOCATION:Coffee #1\, Wellfield Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Sam Oduya - career chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="all-day-careers-fair",
        uid="3h5j7k9l1z3x5c7v9b1n3m5q7w@google.com",
        trap="heritage-careers-fair-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rhys (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261024
DTEND;VALUE=DATE:20261025
DTSTAMP:20261001T090000Z
UID:3h5j7k9l1z3x5c7v9b1n3m5q7w@google.com
CREATED:20261001T090000Z
DESCRIPTION:Heritage & Archaeology Careers Fair - 30+ employers (units\, councils\, Henebion\, consultancies). Take 20 CVs. Halcyon + Avonmere stands?
LAST-MODIFIED:20261001T090000Z
LOCATION:Cardiff City Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Heritage Careers Fair
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-referee-call",
        uid="040000008200E00074C5B7101A82E00800000000FFF08192A3ADC01000000000000000010000000F08192A3B4C5D6E7F8091A2B3C4D5E6F",
        trap="user-is-referee-for-former-colleague",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="HR - Ridgeway Archaeological Services":mailto:hr@ridgewayarch.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Llewellyn\,\n\nCeri Jones has given your name as a referee for the post of Project Officer with us. We'd be grateful for a 15-minute reference call covering Ceri's fieldwork\, supervisory and reporting skills\, and confirmation of dates of employment.\n\nKind regards\,\nHR\, Ridgeway Archaeological Services\n
UID:040000008200E00074C5B7101A82E00800000000FFF08192A3ADC01000000000000000010000000F08192A3B4C5D6E7F8091A2B3C4D5E6F
SUMMARY;LANGUAGE=en-GB:Reference call - Ceri Jones (Project Officer applicant)
DTSTART;TZID=GMT Standard Time:20261202T163000
DTEND;TZID=GMT Standard Time:20261202T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261126T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="thunderbird-prep-block",
        uid="e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b",
        trap="prep-block-before-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261117T200000Z
LAST-MODIFIED:20261117T200100Z
DTSTAMP:20261117T200100Z
UID:e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b
SUMMARY:PREP - Henebion presentation slides + STAR examples
DTSTART:20261122T100000
DTEND:20261122T130000
DESCRIPTION:10 min max!! slurry lagoon / barrow setting. 3 STAR: Llanilltud\, Cowbridge Rd overspend\, the JCB incident
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="ios-reminder",
        uid="5E7A9C1B-3D4F-4B68-A2C0-E4F6A8B0C2D3",
        trap="thank-you-email-reminder-after-interview",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261029T131000Z
DTEND;TZID=Europe/London:20261029T181500
DTSTAMP:20261029T131000Z
DTSTART;TZID=Europe/London:20261029T180000
SEQUENCE:0
SUMMARY:Send thank-you email to Hafren panel (Aled + Catrin)
DESCRIPTION:mention the section drawing + the Tawe valley question
TRANSP:TRANSPARENT
UID:5E7A9C1B-3D4F-4B68-A2C0-E4F6A8B0C2D3
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="agency-confidential-call",
        uid="spadework-crm-evt-20261110-3102@spadework-recruitment.example.co.uk",
        trap="recruiter-call-confidential-client-no-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bullhorn//Bullhorn Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:spadework-crm-evt-20261110-3102@spadework-recruitment.example.co.uk
DTSTAMP:20261106T150000Z
DTSTART:20261110T173000Z
DTEND:20261110T180000Z
SUMMARY:Call - Kate Morrow (Spadework) / Rhys Llewellyn - PM opportunities
ORGANIZER;CN=Kate Morrow:mailto:kate.morrow@spadework-recruitment.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:Phone - Kate to call
DESCRIPTION:Hi Rhys\, thanks for connecting on LinkedIn. I'm working on a couple of senior/PM roles with confidential clients in the North and South West (commercial units) and would love to hear what you're looking for. I can't name the clients yet. 30 mins.\n\nKate Morrow | Spadework Recruitment
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-family-interview",
        uid="7x9c1v3b5n7m9q1w3e5r7t9y1u@google.com",
        trap="partners-job-interview-lift",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Family
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261109T083000
DTEND;TZID=Europe/London:20261109T090000
DTSTAMP:20261105T070000Z
UID:7x9c1v3b5n7m9q1w3e5r7t9y1u@google.com
CREATED:20261105T070000Z
DESCRIPTION:Siân's interview at the bank (Senior Mortgage Adviser) 9am - drop her at Callaghan Sq then straight to Llanilltud
LAST-MODIFIED:20261105T070000Z
LOCATION:Callaghan Square\, Cardiff
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Drop Siân - her interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="ios-pip-assessment",
        uid="7A9C1E3B-5D6F-4B80-A4C2-E6F8A0B2C4D5",
        trap="parents-benefit-assessment-phone",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261201T090000Z
DTEND;TZID=Europe/London:20261218T120000
DTSTAMP:20261201T090000Z
DTSTART;TZID=Europe/London:20261218T103000
LOCATION:Mam a Dad's\, Tonyrefail
SEQUENCE:0
SUMMARY:Dad - PIP assessment (phone) - be there
DESCRIPTION:assessor rings landline. have his meds list + GP letters
TRANSP:OPAQUE
UID:7A9C1E3B-5D6F-4B80-A4C2-E6F8A0B2C4D5
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="all-day-closing-date",
        uid="9b1n3m5q7w9e1r3t5y7u9i1o3p@google.com",
        trap="application-closing-date-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rhys (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261020
DTEND;VALUE=DATE:20261021
DTSTAMP:20261005T200000Z
UID:9b1n3m5q7w9e1r3t5y7u9i1o3p@google.com
CREATED:20261005T200000Z
DESCRIPTION:Closing date 23:59 - Henebion Cymru Inspector of Ancient Monuments (JR 104377). Welsh-language personal statement optional. Shortlisting w/c 26 Oct.
LAST-MODIFIED:20261005T200000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CLOSING DATE - Henebion Inspector application
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="outlook-site-induction",
        uid="040000008200E00074C5B7101A82E00800000000101192A3B4ADC010000000000000000100000001192A3B4C5D6E7F8091A2B3C4D5E6F708",
        trap="site-induction-rams-briefing",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Pritchard, Wayne":mailto:wayne.pritchard@tarianbuild.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Principal contractor site induction and RAMS briefing for all archaeological staff before the topsoil strip. CSCS cards checked at the gate. Toolbox talk on buried services and the new haul road.\n
UID:040000008200E00074C5B7101A82E00800000000101192A3B4ADC010000000000000000100000001192A3B4C5D6E7F8091A2B3C4D5E6F708
SUMMARY;LANGUAGE=en-GB:Site induction + RAMS briefing - Pentwyn Solar Farm
DTSTART;TZID=GMT Standard Time:20270111T073000
DTEND;TZID=GMT Standard Time:20270111T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270104T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Pentwyn Solar Farm - main compound
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="teams-client-meeting",
        uid="040000008200E00074C5B7101A82E00800000000121292A3B4ADC0100000000000000001000000012A3B4C5D6E7F8091A2B3C4D5E6F70819",
        trap="client-meeting-with-employer-he-applies-to",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Griffiths, Tom":mailto:tom.griffiths@maesenergy.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Mynydd Bach Wind Farm - Written Scheme of Investigation for the turbine bases and access tracks: comments from the county archaeologist\, programme and sign-off. Tom Griffiths (Head of Consents)\, Tir Treftadaeth team.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 399 120 448 017\nPasscode: Mb7wsi\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000121292A3B4ADC0100000000000000001000000012A3B4C5D6E7F8091A2B3C4D5E6F70819
SUMMARY;LANGUAGE=en-GB:Mynydd Bach WF - WSI sign-off (Maes Energy / TT)
DTSTART;TZID=GMT Standard Time:20261020T140000
DTEND;TZID=GMT Standard Time:20261020T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261013T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-research-panel",
        uid="1o3p5a7s9d1f3g5h7j9k1l3z5x@google.com",
        trap="research-framework-panel-session-not-interview-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270120T100000Z
DTEND:20270120T160000Z
DTSTAMP:20270105T110000Z
ORGANIZER;CN=Welsh Archaeology Research Framework:mailto:framework@warf.example.org.uk
UID:1o3p5a7s9d1f3g5h7j9k1l3z5x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=r.llewellyn@tirtreftadaeth.example.co.uk;X-NUM-GUESTS=0:mailto:r.llewellyn@tirtreftadaeth.example.co.uk
CREATED:20270105T110000Z
DESCRIPTION:Roman period panel - annual review of the research agenda. Short presentations from units on 2026 fieldwork (Rhys: Llanilltud villa\, 10 mins)\, then panel discussion and Q&A.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20270105T110000Z
LOCATION:Aberystwyth\, Canolfan y Morlan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research Framework - Roman panel meeting + presentations
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-volunteer-induction",
        uid="5a7s9d1f3g5h7j9k1l3z5x7c9v@google.com",
        trap="community-dig-volunteer-induction-selection-words",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lleisiau'r Cwm - oral history
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20270206T100000
DTEND;TZID=Europe/London:20270206T130000
DTSTAMP:20270120T100000Z
UID:5a7s9d1f3g5h7j9k1l3z5x7c9v@google.com
CREATED:20270120T100000Z
DESCRIPTION:Volunteer induction for the spring community test-pitting: H&S\, finds handling\, how to interview residents for the archive. 24 places\, first come first served - no selection.
LAST-MODIFIED:20270120T100000Z
LOCATION:Y Stiwt community hall\, Trebanog
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Volunteer induction - community test pits
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="google-podcast-recording",
        uid="9x1c3v5b7n9m1q3w5e7r9t1y3u@google.com",
        trap="podcast-guest-interview-recording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270128T190000Z
DTEND:20270128T200000Z
DTSTAMP:20270115T180000Z
ORGANIZER;CN=Trowel Talk Podcast:mailto:hello@troweltalk.example.com
UID:9x1c3v5b7n9m1q3w5e7r9t1y3u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20270115T180000Z
DESCRIPTION:Guest interview recording for Trowel Talk ep. 87 - 'Oral history meets the trowel'. We'll record on Riverside.fm\, headphones please. Host: Priti Shah.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20270115T180000Z
LOCATION:https://riverside.fm/studio/trowel-talk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trowel Talk podcast - guest interview (Rhys)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
