"""Rules added in session 3: offer precision, feedback dates of rejections, promise phrasings, short replies."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from afterview.connectors.base import MailMessage, MessageHeader, Person
from afterview.daemon.mailclass import classify_message
from afterview.daemon.mailclass.dates import find_decision_date
from afterview.daemon.mailclass.text import extract
from afterview.daemon.verdicts import MailVerdict

WEDNESDAY = date(2024, 11, 6)
SENT = datetime(2024, 11, 6, 10, 30, tzinfo=timezone(timedelta(hours=1)))
SENDER = Person("Dana Lee", "dana@acme.example")


def verdict(body: str, subject: str = "Update") -> MailVerdict:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=SENT, sender=SENDER, subject=subject,
        to=(Person("Alex", "alex@example.org"),),
    )
    return classify_message(MailMessage(header=header, text=body))


# ---------------------------------------------------------------- decision dates


@pytest.mark.parametrize(("text", "want"), [
    ("they should hear from the director by the end of november.", date(2024, 11, 30)),
    ("we hope to know more within 5 business days.", date(2024, 11, 13)),
    ("we'll have clarity in 10 working days.", date(2024, 11, 20)),
    ("the hiring manager will let me know by friday.", date(2024, 11, 8)),
    ("our coordinator will reach out before the end of the week.", date(2024, 11, 8)),
    ("we're aiming to decide before the month is out.", date(2024, 11, 30)),
    ("nach der auswertung melden wir uns noch diese woche.", date(2024, 11, 8)),
    ("ich melde mich spätestens am montag.", date(2024, 11, 11)),
    ("sie hören in den nächsten 3 tagen von mir.", date(2024, 11, 9)),
    ("je reviens vers vous d'ici la fin de la semaine.", date(2024, 11, 8)),
    ("je vous recontacte avant vendredi.", date(2024, 11, 8)),
    ("sabremos algo a finales de mes.", date(2024, 11, 30)),
    ("te daremos una respuesta antes de que acabe la semana.", date(2024, 11, 8)),
])
def test_promise_phrasings_resolve(text: str, want: date) -> None:
    found = find_decision_date(text, WEDNESDAY)
    assert found is not None and found[0] == want


@pytest.mark.parametrize("text", [
    # The date belongs to the interviews; the decision itself is promised vaguely.
    "we finish the last interviews this week and will have a decision for you as soon as we can.",
    # Out-of-office return is a request context, not a promise.
    "je vous répondrai dès mon retour le 12 novembre.",
])
def test_dates_that_are_not_the_promise_stay_null(text: str) -> None:
    assert find_decision_date(text, WEDNESDAY) is None


def test_a_rejection_takes_only_a_feedback_date() -> None:
    with_feedback = "we chose someone else. i'll send you the panel's written feedback by friday."
    without = "we chose someone else. we'll get back to you tomorrow about the other opening."
    found = find_decision_date(with_feedback, WEDNESDAY, feedback_only=True)
    assert found is not None and found[0] == date(2024, 11, 8)
    assert find_decision_date(without, WEDNESDAY, feedback_only=True) is None
    assert find_decision_date(without, WEDNESDAY) is not None


@pytest.mark.parametrize(("body", "want"), [
    ("Hi Alex,\n\nThe team decided to go with another candidate for the analyst role. I'll come back to you by "
     "Friday with the panel's written feedback.\n\nBest,\nDana", date(2024, 11, 8)),
    ("Bonjour Alex,\n\nNous avons retenu un autre profil. Je vous transmettrai un retour détaillé au plus tard "
     "le 20 novembre.\n\nCordialement,\nDana", date(2024, 11, 20)),
    ("Hallo Alex,\n\nwir haben uns für einen anderen Bewerber entschieden. Das ausführliche Feedback schicke ich "
     "Ihnen bis Donnerstag.\n\nViele Grüße\nDana", date(2024, 11, 7)),
])
def test_rejections_with_a_feedback_promise_carry_its_date(body: str, want: date) -> None:
    result = verdict(body)
    assert (result.label, result.decision_date) == ("rejection", want)


def test_rejection_without_feedback_promise_has_no_date() -> None:
    result = verdict("Hi Alex,\n\nWe decided to go with another candidate. I'll call you tomorrow to explain."
                     "\n\nBest,\nDana")
    assert (result.label, result.decision_date) == ("rejection", None)


# ---------------------------------------------------------------- offer precision


@pytest.mark.parametrize("body", [
    "We are pleased to offer you an interview for the position of Data Analyst. Book a time here.",
    "I'm delighted to offer you a call with our CTO next week.",
    "We would like to offer you an interview for the data engineer role on Monday.",
])
def test_an_offered_interview_is_no_offer(body: str) -> None:
    assert verdict(body).label == "next_step"


@pytest.mark.parametrize("body", [
    "Hi Alex,\n\nI have bad news: our funding fell through and the offer we sent last week is off the table."
    "\n\nDana",
    "Guten Tag,\n\nleider ziehen wir das Ihnen unterbreitete Vertragsangebot aufgrund einer Umstrukturierung "
    "zurück.\n\nDana",
    "Estimada Alex:\n\nlamentablemente retiramos la oferta de empleo que te hicimos.\n\nDana",
    "Madame,\n\nnous retirons la proposition d'embauche qui vous avait été faite.\n\nDana",
])
def test_rescinded_offers_are_rejections(body: str) -> None:
    assert verdict(body).label == "rejection"


def test_an_offer_to_a_third_person_finalist_is_no_offer() -> None:
    result = verdict("Hi Alex,\n\nWe've made an offer to one finalist, but you were a very close second and we'd "
                     "like to keep you in the process.\n\nDana")
    assert result.label == "pending"


def test_weighing_an_offer_for_someone_else_is_no_offer() -> None:
    result = verdict("Hi,\n\ndanke fürs Mitmachen gestern. Trag bitte dein Feedback bis morgen ein - wir überlegen, "
                     "ihr ein Angebot zu machen.\n\nDana")
    assert result.label == "other"


@pytest.mark.parametrize("body", [
    "Marta!! queremos que te vengas con nosotros. Te llamo mañana y lo hablamos.",
    "Bonjour Alex, toute l'équipe est partante : on aimerait beaucoup que vous nous rejoigniez !",
    "Guten Tag, wie telefonisch besprochen: das Team hat sich für Sie entschieden! Den Vertrag schicken wir bald.",
])
def test_casual_offers_in_three_languages(body: str) -> None:
    assert verdict(body).label == "offer"


# ---------------------------------------------------------------- other labels


def test_congratulating_on_a_new_job_confirms_the_withdrawal() -> None:
    result = verdict("Hello Alex,\n\nmerci de m'avoir prévenue et félicitations pour ce nouveau poste ! J'ai bien "
                     "clôturé votre candidature.\n\nDana")
    assert result.label == "other"


@pytest.mark.parametrize("body", [
    "received, thank you! will share with the panel ahead of thursday.",
    "got them, thanks! will pass them on",
    "Danke, die Zeugnisse sind angekommen! Ich gebe alles an die Fachabteilung weiter.",
])
def test_short_receipts_are_acknowledgements(body: str) -> None:
    assert verdict(body, subject="Re: documents").label == "acknowledgement"


@pytest.mark.parametrize("body", [
    "so sorry, i can't make our slot tomorrow. could we do thursday at 2pm instead?",
    "thanks for applying! i'd love to set up a 20-minute intro call. does monday at 11:00 work?",
])
def test_slot_proposals_are_next_steps(body: str) -> None:
    assert verdict(body, subject="Re: hello").label == "next_step"


def test_not_moving_to_the_next_stage_is_a_rejection() -> None:
    result = verdict("Dear Alex,\n\nthanks for completing the exercise. It didn't meet the bar, so we won't be "
                     "moving to the onsite stage.\n\nDana")
    assert result.label == "rejection"


def test_a_long_line_starting_with_the_sender_name_is_no_signature() -> None:
    text = ("Morning Alex,\n\nBrambleway Health would like to schedule a video interview with you for the "
            "analyst position.\n\nThe Recruiting Team")
    extracted = extract(text, lambda: ("Brambleway ",))
    assert "schedule a video interview" in extracted.body
    short = extract("Thanks for your time.\n\nBrambleway Health | Recruiting", lambda: ("Brambleway ",))
    assert short.signature == "Brambleway Health | Recruiting"


@pytest.mark.parametrize(("body", "label"), [
    ("Team, the hiring committee decided to extend an offer to Jordan Whitlock. Thanks all for the feedback.",
     "other"),
    ("Great news! Copperleaf has sent you an offer for Product Designer. Review and sign your offer letter in the "
     "portal.", "offer"),
    ("Fantastic news: the client has come back with an offer for the analyst position!", "offer"),
    ("Herzlichen Glückwunsch! Die Firma hat Ihnen ein Angebot für die Position Data Engineer erstellt.", "offer"),
    ("Félicitations ! L'entreprise vous a adressé une offre pour le poste d'analyste.", "offer"),
    ("Tengo el placer de comunicarte que queremos contar contigo como responsable de compras.", "offer"),
    ("We've paused hiring across several teams. Nothing has been decided about your application; we can't move "
     "forward until the freeze lifts.", "pending"),
    ("We've decided not to fill the position this year. I'm sorry we can't continue the process with you.",
     "rejection"),
    ("Nous ne pouvons pas vous proposer d'entretien pour ce poste.", "rejection"),
    ("Nous ne poursuivrons pas avec votre candidature.", "rejection"),
    ("Lamentamos comunicarte que no continuarás en el proceso.", "rejection"),
    ("Unfortunately they won't be progressing you for this one.", "rejection"),
    ("Votre candidature pour le poste de product owner a bien été retirée.", "other"),
])
def test_phrasing_families(body: str, label: str) -> None:
    assert verdict(body).label == label


@pytest.mark.parametrize(("text", "want"), [
    # A day number with its weekday and no month: the next such day (Wednesday 6 November 2024 is the message's).
    ("you'll hear something from me by monday 11, promise.", date(2024, 11, 11)),
    ("la décision sera prise avant le lundi 2.", date(2024, 12, 2)),
    ("te daremos una respuesta antes del viernes 22.", date(2024, 11, 22)),
    ("you'll get a final answer no later than the 3rd.", date(2024, 12, 3)),
    ("the committee signs off on the 19th, so expect our answer by then.", date(2024, 11, 19)),
    ("give us three weeks and you'll have a definite answer.", date(2024, 11, 27)),
    ("we should be able to give you a definite answer within a fortnight.", date(2024, 11, 20)),
    ("nous reviendrons vers vous sous huitaine.", date(2024, 11, 14)),
    ("decisions go out by the end of the month.", date(2024, 11, 30)),
    ("all candidates will be notified by the end of december.", date(2024, 12, 31)),
    ("nous prévoyons de clôturer le processus d'ici fin novembre.", date(2024, 11, 30)),
    ("bis sonntag, den 17.11. haben wir entschieden.", date(2024, 11, 17)),
    ("nous revenons vers vous au plus tard en fin de semaine prochaine.", date(2024, 11, 15)),
    ("recibirás un informe con comentarios en un plazo de 10 días hábiles.", date(2024, 11, 20)),
])
def test_more_promise_constructions(text: str, want: date) -> None:
    found = find_decision_date(text, WEDNESDAY)
    assert found is not None and found[0] == want


@pytest.mark.parametrize("text", [
    "we'll be in touch early next week.",
    "sie hören im laufe der nächsten woche von uns.",
    "je reviens vers toi début de semaine prochaine.",
    "te cuento: la empresa termina esta semana las últimas entrevistas.",
])
def test_vague_weeks_and_openers_stay_null(text: str) -> None:
    assert find_decision_date(text, WEDNESDAY) is None


def test_a_time_after_a_weekday_is_no_day_of_the_month() -> None:
    found = find_decision_date("we'll let you know on friday 10:30.", WEDNESDAY)
    assert found is not None and found[0] == date(2024, 11, 8)


@pytest.mark.parametrize(("body", "label"), [
    # not yet an offer: pending, not a no
    ("We're not in a position to make an offer yet, as we still have two candidates to see.", "pending"),
    ("Wir sind noch nicht so weit, ein Angebot zu machen - zwei Gespräche stehen noch aus.", "pending"),
    # an offer that went to someone else is a no, unless the user is next in line
    ("Mon client a fait une offre à un autre candidat avec davantage d'expérience. Dommage !", "rejection"),
    ("We've made an offer to someone else, but it's not accepted yet and you're the person we'd go to next.",
     "pending"),
    ("We are at the offer stage with another candidate. We would like to keep your application open.", "pending"),
    # rescinded, self-negated and status-line rejections
    ("We are not able to proceed with the conditional offer of employment. The offer is therefore withdrawn.",
     "rejection"),
    ("Leider können wir Ihnen die Stelle als UX-Designerin nicht anbieten.", "rejection"),
    ("Le statut de votre candidature au poste de développeuse (#52797) a changé : non retenue.", "rejection"),
    ("The requisition (customer success manager) has been closed and we are no longer recruiting for it.",
     "rejection"),
    ("Danke fürs Gespräch. Wir gehen in eine andere Richtung, das Team sucht jemanden mit mehr Erfahrung.",
     "rejection"),
    # offers in four languages
    ("Bienvenida a bordo (casi): te proponemos ser nuestra jefa de proyecto, 42.000 € brutos anuales.", "offer"),
    ("Willkommen an Bord! Wir würden dich gern als Key Account Manager holen.", "offer"),
    ("Hello Camille ! On te propose de devenir notre contrôleur de gestion, 48 k€ fixe.", "offer"),
    ("As promised, here's the revised offer: we've moved the base to £58,000.", "offer"),
    # the user is the employer or an interviewer
    ("Thank you so much for the offer! I'm delighted to accept.", "other"),
    ("Before the offer goes out to Hannah Cho, could you double-check the level in the draft?", "other"),
    ("Hola Diego, gracias por entrevistar a Marta. Vamos a hacerle una oferta: ¿puedes rellenar tu evaluación?",
     "other"),
    # a third person on holiday is no out-of-office reply
    ("Leider hat sich die Entscheidung verzögert, weil zwei Kollegen im Urlaub sind.", "pending"),
])
def test_train6_phrasing_families(body: str, label: str) -> None:
    assert verdict(body).label == label


@pytest.mark.parametrize(("body", "label"), [
    ("We're happy to accept your request to move the interview to Thursday at 3pm.", "next_step"),
    ("Wir sprechen noch mit jemand anderem und melden uns bis Freitag.", "pending"),
    ("Tu candidatura ha sido recibida. Te responderemos en un plazo de 10 días hábiles.", "acknowledgement"),
    ("The status of your application: under review. Applicants who are not selected will be notified.", "pending"),
    ("Great chatting today! As discussed, I'd love to have you join the team - formal offer to follow from HR.",
     "offer"),
    ("We'd love to have you join us for an onsite interview next week.", "next_step"),
    ("C'est avec plaisir que nous vous confirmons notre offre pour le poste de designer.", "offer"),
    ("A quick note: we're not moving forward until the new budget is approved. I'll update you by 15 December.",
     "pending"),
    ("The posting has been closed to new applications; your application is under review.", "pending"),
])
def test_broad_rules_keep_their_precision(body: str, label: str) -> None:
    assert verdict(body).label == label


@pytest.mark.parametrize(("text", "want"), [
    ("ich melde mich bis spätestens freitag, 3. januar.", date(2025, 1, 3)),
    ("wir melden uns bis montag, den 25.", date(2024, 11, 25)),
    ("we will get back to you by thursday the 14th.", date(2024, 11, 14)),
])
def test_a_weekday_with_a_day_and_month_takes_the_month(text: str, want: date) -> None:
    found = find_decision_date(text, WEDNESDAY)
    assert found is not None and found[0] == want


@pytest.mark.parametrize(("body", "label"), [
    # hypothetical no's in acknowledgement footers, four languages
    ("Thanks for applying. If you have not heard from us within two weeks, please consider your application "
     "unsuccessful.", "acknowledgement"),
    ("Merci pour votre candidature. Sans réponse de notre part sous 3 semaines, veuillez considérer que votre "
     "candidature n'a pas été retenue.", "acknowledgement"),
    ("Gracias por tu candidatura. Si no recibes respuesta en 15 días, entiende que tu candidatura no ha sido "
     "seleccionada.", "acknowledgement"),
    ("Vielen Dank für Ihre Bewerbung. Sollten Sie nichts von uns hören, gehen Sie bitte davon aus, dass wir Ihre "
     "Bewerbung nicht berücksichtigen konnten.", "acknowledgement"),
    # a board's approval is no offer; a stage is no job
    ("Wir warten noch auf die Zusage der Geschäftsführung und melden uns bis Freitag.", "pending"),
    ("We'd love for you to join our final round panel next Tuesday.", "next_step"),
    ("Wir freuen uns, Ihnen eine Zusage für die Stelle geben zu können.", "offer"),
])
def test_hypothetical_and_borrowed_stop_words(body: str, label: str) -> None:
    assert verdict(body).label == label


@pytest.mark.parametrize(("body", "label"), [
    ("Sadly, we've had to pause the search for a few weeks. We'll be in touch in January.", "pending"),
    ("Thank you for accepting our offer! Your onboarding starts on 1 December.", "offer"),
    ("Hola equipo: Álvaro ha aceptado nuestra oferta para el puesto. ¡Gracias a todos por las entrevistas!", "other"),
    ("Please let us know your decision about the offer by Friday 15 November.", "offer"),
    ("Votre offre d'emploi est prête : signez-la dans votre espace candidat avant le 20 novembre.", "offer"),
    ("We'd like to offer you a place on our graduate programme starting in September.", "offer"),
    ("Unfortunately we couldn't match your salary ask, but we're pleased to offer you the role at 60k.", "offer"),
    ("Congratulations! You have been shortlisted for the next round of interviews.", "next_step"),
])
def test_offer_phrasings_second_person(body: str, label: str) -> None:
    assert verdict(body).label == label


@pytest.mark.parametrize(("body", "label", "want"), [
    ("Please complete the assessment by the 15th. We'll get back to you within 5 business days after that.",
     "next_step", date(2024, 11, 13)),
    ("Nous vous proposons un entretien le jeudi 14 novembre à 10h. Nous vous répondrons sous 10 jours.",
     "next_step", date(2024, 11, 16)),
    ("Tu entrevista será el lunes 18. Te diremos algo antes del viernes 22.", "next_step", date(2024, 11, 22)),
    ("Please send us your availability for next week; we aim to decide by the end of the month.", "next_step",
     date(2024, 11, 30)),
    ("We're pleased to offer you the role. Please sign and return the contract by Friday 15 November.", "offer",
     None),
])
def test_next_steps_keep_their_promise_dates(body: str, label: str, want: date | None) -> None:
    result = verdict(body)
    assert (result.label, result.decision_date) == (label, want)


@pytest.mark.parametrize(("body", "label"), [
    ("Vielen Dank für Ihre Geduld. Der Auswahlprozess dauert leider länger als geplant.", "pending"),
    ("Gracias por tu paciencia, el proceso se está alargando más de lo previsto.", "pending"),
    ("Leider müssen wir Ihnen mitteilen, dass die Stelle gestrichen wurde.", "rejection"),
    ("Malheureusement, le poste a été supprimé suite à une réorganisation.", "rejection"),
    ("Lamentablemente, la vacante ha sido cancelada por motivos internos.", "rejection"),
    ("Unfortunately the role has been cancelled due to a reorganisation.", "rejection"),
])
def test_delays_and_cancelled_roles_in_four_languages(body: str, label: str) -> None:
    assert verdict(body).label == label
