"""Notices (Mededelingen) shown on the questions they concern."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_path
from parsers.model import Answer, Notice

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)


def sample(name: str):
    path = SAMPLES / name
    return parse_path(path, cache=None), path


async def test_deferred_questions_show_the_mededeling(make_app, loaded, ui):
    doc, path = sample("kamervragen-mededeling.txt")
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        for qid in ("1", "2"):
            assert screen.nav.current.id == qid
            assert ui.title(screen, "#answer-pane") == "Mededeling (antwoord uitgesteld)"
            body = ui.shown(screen, "#answer-pane")
            assert body == ("Mededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport) "
                            "(ontvangen 15 november 2024).\n\n"
                            "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.")
            # no audit note: the title says the answer is deferred, the notice says why
            assert "geen antwoord" not in ui.screen_text(app)
            await pilot.press("j")
        await pilot.press("y")
        # the notice stands in place of the answer, and the message says what was copied
        assert app.notes[-1] == "Mededeling bij vraag 2 gekopieerd (181 tekens)"
        assert app.clipboard.startswith("Mededeling van Staatssecretaris Karremans")
        assert app.clipboard.endswith("termijn worden beantwoord.")
        await pilot.press("Y")
        assert app.clipboard.startswith(
            "Vraag 2\nWanneer kan de Kamer de informatie verwachten?\n\n"
            "Mededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport) (ontvangen 15 november 2024).\n\n"
            "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n\nBron: ")
        assert "Antwoord 2" not in app.clipboard


async def test_notice_by_reference(make_app, loaded, ui):
    doc, path = sample("kamervragen-mededeling-verwijzing.txt")
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("G")
        assert screen.nav.current.id == "3"
        assert ui.title(screen, "#answer-pane") == "Mededeling (beantwoord met een verwijzing)"
        assert "(Kamerstuk 29 023, nr. 501)" in ui.shown(screen, "#answer-pane")


async def test_a_notice_only_for_some_questions_and_after_an_answer(make_app, loaded, ui, doc):
    doc.notices.append(Notice(label=None, text="Vraag 2 volgt later [bold]echt[/].", questions=["SP-2"]))
    doc.notices.append(Notice(label=None, text="Ook hierover volgt meer.", questions=["SP-1"]))
    app = make_app(doc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        # an answer of its own stays; the notice follows it
        assert ui.title(screen, "#answer-pane") == "Antwoord 1"
        assert ui.shown(screen, "#answer-pane").endswith("en de balans.\n\nMededeling\n\nOok hierover volgt meer.")
        await pilot.press("j")
        assert ui.title(screen, "#answer-pane") == "Mededeling (geen antwoord)"
        assert ui.shown(screen, "#answer-pane") == "Mededeling\n\nVraag 2 volgt later [bold]echt[/]."
        await pilot.press("j")  # SP-3: not concerned
        assert "Mededeling" not in ui.shown(screen, "#answer-pane")


async def test_a_document_of_only_a_notice_shows_it_as_text(make_app, loaded, ui):
    doc, path = sample("kamervragen-uitstel.docx")
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert screen.state == "plain"
        assert "niet binnen de gebruikelijke termijn kunnen worden beantwoord" in screen.message_text
        assert screen.message_text.rstrip().endswith("P.H.M. Adema")


def _styled(content, style) -> list[str]:
    """The texts of ``content`` styled ``style``."""
    return [content.plain[s.start:s.end] for s in content.spans if str(s.style) == style]


async def test_search_finds_notice_text_and_opens_its_question(make_app, loaded, ui, doc):
    from tui.highlight import STYLES

    doc.notices.append(Notice(label="Mededeling van de minister (ontvangen 1 juli 2026).",
                              text="Vraag 2 volgt na de zomer.", questions=["SP-2"]))
    doc.notices.append(Notice(label=None, text="Ook hierover volgt meer na de zomer.", questions=["VOLT-2"]))
    app = make_app(doc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"na de zomer", "enter")
        await pilot.pause()
        assert [(h.index, h.field) for h in screen.nav.hits] == [(1, "notice"), (6, "notice")]
        assert screen.nav.current.id == "SP-2"
        assert "treffer 1/2 voor “na de zomer”" in ui.shown(screen, "#status")
        assert ui.shown(screen, "#answer-pane").startswith(
            "Mededeling van de minister (ontvangen 1 juli 2026).\n\nVraag 2 volgt na de zomer.")
        body = screen.query_one("#answer-pane").body.visual
        assert _styled(body, STYLES["hit-current"]) == ["na de zomer"]
        await pilot.press("n")
        assert screen.nav.current.id == "VOLT-2"
        body = screen.query_one("#answer-pane").body.visual
        # after the long answer: the pane scrolled down to the notice
        assert "slotsom.\n\nMededeling\n\nOok hierover volgt meer na de zomer." in body.plain
        assert _styled(body, STYLES["hit-current"]) == ["na de zomer"]
        await pilot.pause()
        assert screen.query_one("#answer-pane").scroll_y > 0
        # words of the printed opening line are found too
        await pilot.press("slash", *"ontvangen 1 juli", "enter")
        assert [(h.index, h.field) for h in screen.nav.hits] == [(1, "notice")]
        assert screen.nav.current.id == "SP-2"
